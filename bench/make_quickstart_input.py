"""Build the quickstart's offline input: 202 lines in LIMO's columns from `shared/data`, two malformed on purpose.

    python bench/make_quickstart_input.py --output limo-local.jsonl   # from $LONGCOT_SHARED_DATA or ../shared/data
    LONGCOT_BENCHMARKS_DIR=../shared/data longcot run recipes/pipelines/quickstart.yaml --set input=limo-local.jsonl

LIMO (GAIR/LIMO) has `question`, `solution` (a long worked solution ending in `\\boxed{}`) and `answer`.
No LIMO file ships offline, so the rows are real competition problems with their real AoPS solutions:
200 historical AIME problems (1983-2023, evenly spread over the years) from `aime_1983_2023.jsonl`,
which is not one of the quickstart's evaluation benchmarks (AIME 2024/2025, MATH-500, AMC 2023). Line 51
is cut off mid-JSON and line 152 holds a list where the solution text should be: both go to `rejects/`.
The data is read at run time and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]


def build(shared: Path, output: Path, *, rows: int = 200) -> int:
    """Write `rows` good lines plus two malformed ones to `output`; return the number of lines."""
    with open(shared / "aime_1983_2023.jsonl", encoding="utf-8") as handle:
        source = [json.loads(line) for line in handle]
    step = len(source) / rows
    picked = [source[int(i * step)] for i in range(rows)]
    limo = [{"question": r["problem"], "solution": r["solution"], "answer": str(r["answer"])} for r in picked]
    lines = [json.dumps(r, ensure_ascii=False) for r in limo]
    lines.insert(50, lines[50][: len(lines[50]) // 2])  # line 51: a line cut off mid-way
    bad = json.loads(lines[151])
    bad["solution"] = [bad["solution"]]  # line 152: not text
    lines.insert(151, json.dumps(bad, ensure_ascii=False))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("LONGCOT_SHARED_DATA") or str(REPO.parent / "shared" / "data")
    parser.add_argument("--shared-data", type=Path, default=Path(default), help="the shared/data folder")
    parser.add_argument("--output", "-o", type=Path, default=Path("limo-local.jsonl"))
    parser.add_argument("--rows", type=int, default=200, help="good rows (two malformed lines are added)")
    args = parser.parse_args()
    n = build(args.shared_data, args.output, rows=args.rows)
    print(f"wrote {n} lines to {args.output}")


if __name__ == "__main__":
    main()
