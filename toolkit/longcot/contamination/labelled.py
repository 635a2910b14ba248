"""A labelled set for calibrating and benchmarking contamination checks, built from benchmark files.

The index is AIME 2024 + AIME 2025 (the benchmarks releases report on). Positive kinds copy those
problems the ways training data does; negative kinds are problems that must not match them.

Positives: `exact` copies; `embedded` (the problem restated inside a long chain of thought or a chat
sample); `formatting` (LaTeX, `$`, spacing, case, unicode, digit-grouping changes and lists squeezed to
`200,240,and 300`); `truncated`
(the first 50-70% of the words); `light` and `heavy` paraphrases (hand-written, a JSONL file of
`{item_id, kind, text}`: 50 light, the last 25 of them written before the restatement rule was tuned
and held out from its tuning, and 56 heavy, of which 16 were written before the static embedding pass was
tuned and the last 15 before the paragraph windows and the words-only candidate rule, each batch held
out from that tuning); `heavy_in_cot` (each heavy paraphrase inside a long chain of thought);
`real_ttrl` (AIME 2024 as published as RL training data); `real_cot` (real
long chains of thought generated on AIME 2024 problems: the generation only, without the problem
column; many restate the problem in their own words, some never do, so this kind has no target).
Negatives: `other_year_aime` (AIME 1983-2023), `math500`, `amc2023`, `math_train` (minus its verbatim
historical AIME problems), `long_clean` (long chains of thought on MATH-500 problems), `renumbered`
(the same AIME 2024/2025 problems with every number changed: a different problem, reported apart) and
`near_miss` (hand-written, in the paraphrase file: held-out heavy paraphrases renumbered, and other problems
on the same topics, all written with the 16 held-out heavy ones).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from longcot.contamination.normalize import normalize
from longcot.contamination.registry import Benchmark, BenchmarkItem


POSITIVE_KINDS: tuple[str, ...] = (
    "exact", "embedded", "formatting", "truncated", "light", "heavy", "heavy_in_cot", "real_ttrl", "real_cot",
)  # fmt: skip
NEGATIVE_KINDS: tuple[str, ...] = (
    "other_year_aime", "math500", "amc2023", "math_train", "long_clean", "renumbered", "near_miss",
)  # fmt: skip


@dataclass(frozen=True)
class LabelledRow:
    """One example: its kind, whether it is contaminated, the text, and the benchmark item it copies."""

    kind: str
    positive: bool
    text: str
    item_id: str | None = None


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def index_benchmarks(data_dir: str | Path) -> list[Benchmark]:
    """AIME 2024 and AIME 2025 read from `data_dir` (the benchmarks the labelled set copies)."""
    data = Path(data_dir)
    out = []
    for name, file in (("aime2024", "aime_2024.jsonl"), ("aime2025", "aime_2025.jsonl")):
        items = tuple(BenchmarkItem(name, r["id"], r["problem"], str(r["answer"])) for r in _jsonl(data / file))
        out.append(Benchmark(name, items, str(data / file)))
    return out


_FRAC = re.compile(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}")
_NUMBER = re.compile(r"\d+")


def perturb_format(text: str, rng: random.Random) -> str:
    """The same problem, formatted differently (what copying through another pipeline does)."""
    t = text
    ops = rng.sample(range(8), k=rng.randint(3, 5))
    if 0 in ops:
        t = _FRAC.sub(lambda m: f"{m.group(1)}/{m.group(2)}", t)
    if 1 in ops:
        t = t.replace("$", "")
    if 2 in ops:
        t = re.sub(r"\s+", lambda m: rng.choice([" ", "  ", "\n", " \n "]), t)
    if 3 in ops:
        t = t.upper() if rng.random() < 0.3 else t.lower()
    if 4 in ops:
        t = t.replace("\\cdot", "·").replace("\\times", "×").replace("\\leq", "≤").replace("\\le ", "≤ ")
        t = t.replace("^2", "²").replace("^3", "³")
    if 5 in ops:
        t = re.sub(r"\b(\d)(\d{3})\b", r"\1,\2", t)
    if 6 in ops:
        t = t.replace("\\left", "").replace("\\right", "").replace("$", rng.choice(["$", "\\(", ""]))
    if 7 in ops:  # lists squeezed: `200, 240, and 300` becomes `200,240,and 300` (reads as one grouped number)
        t = re.sub(r",[ \t]+", ",", t)
    return t


def truncate(text: str, rng: random.Random) -> str:
    """The first 50-70% of the words."""
    words = text.split()
    return " ".join(words[: max(1, round(len(words) * rng.uniform(0.5, 0.7)))])


def renumber(text: str, rng: random.Random) -> str:
    """Every integer replaced by a different one (same template, another problem)."""
    return _NUMBER.sub(lambda m: str(int(m.group(0)) + rng.randint(2, 9) * (1 + int(m.group(0)) // 10)), text)


def embed(problem: str, host: str, rng: random.Random) -> str:
    """Restate `problem` inside the long text `host` (a chain of thought), at a paragraph boundary."""
    cuts = [m.end() for m in re.finditer(r"\n\n", host)] or [len(host) // 2]
    at = rng.choice(cuts)
    lead = rng.choice(["Let me restate the problem: ", "Problem: ", "Okay, so the question is: ", "We are asked: "])
    return f"{host[:at]}{lead}{problem}\n\n{host[at:]}"


def build_labelled(
    data_dir: str | Path, paraphrases: str | Path, *, seed: int = 0, per_kind: int | None = None
) -> list[LabelledRow]:
    """Build the labelled set from the benchmark files in `data_dir` and hand-written paraphrases.

    Args:
        data_dir: Folder laid out like `shared/data`.
        paraphrases: JSONL of `{item_id, kind: light|heavy|near_miss, text}` (a near miss has no item).
        seed: Seed of every random choice (the set is deterministic).
        per_kind: Cap on the rows of each kind (a seeded sample), for quick runs.

    Returns:
        The rows, grouped by kind.
    """
    data = Path(data_dir)
    rng = random.Random(seed)
    items = [it for b in index_benchmarks(data) for it in b.items]
    hosts = [r["generation"] for r in _jsonl(data / "cot_skyt1_math500.jsonl") if len(r["generation"]) > 2000]
    rows: dict[str, list[LabelledRow]] = {k: [] for k in (*POSITIVE_KINDS, *NEGATIVE_KINDS)}
    for it in items:
        rows["exact"].append(LabelledRow("exact", True, it.problem, it.item_id))
        rows["embedded"].append(LabelledRow("embedded", True, embed(it.problem, rng.choice(hosts), rng), it.item_id))
        chat = f"<|im_start|>user\n{it.problem}<|im_end|>\n<|im_start|>assistant\n<think>{rng.choice(hosts)}"
        rows["embedded"].append(LabelledRow("embedded", True, chat, it.item_id))
        for _ in range(2):
            rows["formatting"].append(LabelledRow("formatting", True, perturb_format(it.problem, rng), it.item_id))
        rows["truncated"].append(LabelledRow("truncated", True, truncate(it.problem, rng), it.item_id))
        changed = renumber(it.problem, rng)
        if changed != it.problem:
            rows["renumbered"].append(LabelledRow("renumbered", False, changed, it.item_id))
    for r in _jsonl(Path(paraphrases)):
        positive = r["kind"] in POSITIVE_KINDS
        rows[r["kind"]].append(LabelledRow(r["kind"], positive, r["text"], r["item_id"] if positive else None))
    cot_rng = random.Random(f"{seed}-heavy_in_cot")  # its own stream: the other kinds' rows stay as they were
    for row in rows["heavy"]:  # a chain of thought restating the problem in its own words
        text = embed(row.text, cot_rng.choice(hosts), cot_rng)
        rows["heavy_in_cot"].append(LabelledRow("heavy_in_cot", True, text, row.item_id))
    for r in _jsonl(data / "ttrl_aime_ttt_train.jsonl"):
        rows["real_ttrl"].append(LabelledRow("real_ttrl", True, r["problem"], r.get("matches_aime_2024_id")))
    by_text = {normalize(it.problem): it.item_id for it in items}
    for r in _jsonl(data / "cot_skyt1_aime24.jsonl"):
        rows["real_cot"].append(LabelledRow("real_cot", True, r["generation"], by_text.get(normalize(r["problem"]))))
    historical = {normalize(r["problem"]) for r in _jsonl(data / "aime_1983_2023.jsonl")}
    for r in _jsonl(data / "aime_1983_2023.jsonl"):
        rows["other_year_aime"].append(LabelledRow("other_year_aime", False, r["problem"]))
    for kind, file in (("math500", "math500.jsonl"), ("amc2023", "amc_2023.jsonl")):
        rows[kind].extend(LabelledRow(kind, False, r["problem"]) for r in _jsonl(data / file))
    for r in _jsonl(data / "math_train_deepscaler.jsonl"):
        if normalize(r["problem"]) not in historical:  # MATH train holds 288 verbatim historical AIME problems
            rows["math_train"].append(LabelledRow("math_train", False, r["problem"]))
    rows["long_clean"].extend(
        LabelledRow("long_clean", False, r["generation"]) for r in _jsonl(data / "cot_skyt1_math500.jsonl")
    )
    out: list[LabelledRow] = []
    for kind, group in rows.items():
        if per_kind is not None and len(group) > per_kind:
            group = random.Random(f"{seed}-{kind}").sample(group, per_kind)
        out.extend(group)
    return out
