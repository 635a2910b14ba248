"""Build the README's end-to-end contamination input: N rows of ~4,000 characters, every AIME 1983-2023
problem planted once.

    python bench/make_contamination_input.py --output rows-1m.parquet   # 1,000,000 rows, 975 planted
    LONGCOT_BENCHMARKS_DIR=../shared/data longcot contamination-check rows-1m.parquet \\
        --benchmark aime1983-2025 --report report.jsonl --drop rows-1m.clean.parquet --json
    python bench/make_contamination_input.py --rows 20000 --copies 20 --output rows-20k.parquet   # a quick one

Rows are 4,000-character pieces of the real Sky-T1 chains of thought on MATH-500
(`cot_skyt1_math500.jsonl`), cycled; at `--copies` evenly spaced rows (0.1% of 1M by default) one
AIME 1983-2023 problem (`aime_1983_2023.jsonl`, each once when `--copies` is 975) is restated mid-way,
as "Problem: <text>". Columns: `id`, `text` (the column the check finds by itself) and `planted` (the
AIME item id, or null), so `report.jsonl` can be scored against what was planted:

    python -c "import polars as pl, json; r={json.loads(l)['row'] for l in open('report.jsonl')}; \\
        f=pl.read_parquet('rows-1m.parquet', columns=['planted']).with_row_index(); \\
        p=f.filter(pl.col('planted').is_not_null()); print(sum(i in r for i in p['index']), 'of', p.height)"

The shared data is read at run time and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path

import polars as pl


REPO = Path(__file__).resolve().parents[1]


def build(shared: Path, output: Path, *, rows: int = 1_000_000, copies: int = 975, seed: int = 0) -> int:
    """Write the input; return how many rows have a planted AIME problem."""
    with open(shared / "cot_skyt1_math500.jsonl", encoding="utf-8") as handle:
        hosts = [json.loads(line)["generation"] for line in handle]
    with open(shared / "aime_1983_2023.jsonl", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    pieces = [h[i : i + 4000] for h in hosts for i in range(0, len(h) - 3999, 4000)]
    rng = random.Random(seed)
    chosen = rng.sample(items, min(copies, len(items))) if copies <= len(items) else rng.choices(items, k=copies)
    spacing = rows / max(len(chosen), 1)
    planted_at = {int(i * spacing + spacing / 2): item for i, item in enumerate(chosen)}
    texts, planted = [], []
    for row in range(rows):
        text = pieces[row % len(pieces)]
        item = planted_at.get(row)
        if item is not None:
            cut = rng.randrange(len(text))
            text = f"{text[:cut]}\n\nProblem: {item['problem']}\n\n{text[cut:]}"
        texts.append(text)
        planted.append(item["id"] if item is not None else None)
    frame = pl.DataFrame(
        {"id": [f"row-{i}" for i in range(rows)], "text": texts, "planted": planted},
        schema={"id": pl.String, "text": pl.String, "planted": pl.String},
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    frame.write_parquet(output)
    return len(planted_at)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("LONGCOT_SHARED_DATA") or str(REPO.parent / "shared" / "data")
    parser.add_argument("--shared-data", type=Path, default=Path(default), help="the shared/data folder")
    parser.add_argument("--output", "-o", type=Path, default=Path("rows-1m.parquet"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--copies", type=int, default=975, help="rows with an AIME 1983-2023 problem inside")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    n = build(args.shared_data, args.output, rows=args.rows, copies=args.copies, seed=args.seed)
    print(f"wrote {args.rows:,} rows ({n} with an AIME problem inside) to {args.output}")


if __name__ == "__main__":
    main()
