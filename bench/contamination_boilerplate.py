"""Regenerate `toolkit/longcot/data/contamination_boilerplate.txt`: word 5-grams shared by many contest problems.

Run: `LONGCOT_SHARED_DATA=../shared/data python bench/contamination_boilerplate.py`

The list holds phrasing (never whole problems) found in at least `MIN_DF` distinct problems of AIME
1983-2025, AMC 2023, MATH-500 and MATH train: "where m and n are relatively prime positive",
"find the remainder when ... divided by 1000". The index gives these n-grams weight 0.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from longcot.contamination.index import ngrams
from longcot.contamination.normalize import tokenize


MIN_DF = 4
N = 5
FILES = ("aime_1983_2023.jsonl", "aime_2024.jsonl", "aime_2025.jsonl", "amc_2023.jsonl", "math500.jsonl",
         "math_train_deepscaler.jsonl")  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "toolkit" / "longcot" / "data" / "contamination_boilerplate.txt"


def main() -> None:
    data = Path(os.environ.get("LONGCOT_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    seen: set[str] = set()
    df: Counter[tuple[str, ...]] = Counter()
    for name in FILES:
        for line in (data / name).open(encoding="utf-8"):
            toks = tokenize(json.loads(line)["problem"])
            key = " ".join(toks)
            if key in seen:
                continue
            seen.add(key)
            df.update(set(ngrams(toks, N)))
    phrases = sorted(" ".join(g) for g, c in df.items() if c >= MIN_DF and len(g) == N)
    header = (
        "# Word 5-grams common across contest problems (weight 0 in the contamination index); generated.\n"
        "# Regenerate: LONGCOT_SHARED_DATA=../shared/data python bench/contamination_boilerplate.py\n"
        f"# 5-grams of normalised tokens found in at least {MIN_DF} distinct problems of AIME 1983-2025, AMC 2023,\n"
        f"# MATH-500 and MATH train ({len(seen)} problems, {len(phrases)} phrases), one per line.\n"
    )
    OUT.write_text(header + "".join(f"{p}\n" for p in phrases), encoding="utf-8")
    print(f"wrote {len(phrases)} phrases from {len(seen)} problems to {OUT}")


if __name__ == "__main__":
    main()
