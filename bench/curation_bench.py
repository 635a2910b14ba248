"""Curation (issue 9): student_length against its anchor, minhash dedup against an O(n^2) fuzzy pass, the whole stage.

Three parts, each printing both sides and the ratio:

1. `length`: real-length samples (Sky-T1 traces from ../shared/data/cot_skyt1_*.jsonl, repeated and
   perturbed so no two rows are the same string) through a per-row
   `len(tokenizer.apply_chat_template(messages, tokenize=True, return_dict=False))` loop (the anchor) and
   through `student_length`'s two counters: the HF batched one (Rust `encode_batch_fast`, the fallback) and
   the tiktoken one (the default for byte-level BPE tokenizers that convert exactly); each side in its own
   whole process (`python bench/curation_bench.py --side loop|hf|tiktoken ...`: tokenizer load included).
   Counts must be identical on every row (exit 1 otherwise); the tiktoken side says which counter ran.
   `--part codepoints` (minutes, not in `all`): every Unicode code point in ten contexts through the
   tiktoken counter and the Rust tokenizer; exit 1 on any count that differs.
2. `dedup`: `dedup method: minhash` on N problems (MATH train + MATH-500 problems, then renumbered
   siblings of them to reach N: same template, other numbers, so other problems) with 2% planted
   near-copies (wording, case, whitespace and punctuation changed; numbers and formulas kept), against
   open-thoughts-style O(n^2) rapidfuzz (`fuzz.ratio >= 90` on lower-cased text, `process.cdist`) on a
   10k subset. Recall on planted copies, and distinct problems removed (MATH train's same-template
   siblings included: MATH train alone is also run).
3. `stage`: the whole curation block of recipes/pipelines/curate.yaml (student_length, quality,
   difficulty, dedup minhash, select) by `run_pipeline` on the local executor, tasks 2, workers 2, on R
   real-length rows (4 samples per problem): wall time, CPU time of all processes (datatrove's workers
   sampled with psutil), the load average, each datatrove stage's wall time (from its completion
   markers) and each step's time; the 1M-row time it extrapolates to is printed as an extrapolation.

Usage:
    python bench/curation_bench.py                       # all parts: 4,000 / 100,000 / 20,000 rows
    python bench/curation_bench.py --part length --rows 4000
    python bench/curation_bench.py --part dedup --problems 100000 --fuzzy-subset 10000
    python bench/curation_bench.py --part stage --stage-rows 100000
    python bench/curation_bench.py --part codepoints
    python bench/curation_bench.py --quick               # small smoke of every part
"""

from __future__ import annotations

import argparse
import concurrent.futures
import itertools
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import polars as pl


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "toolkit"))
sys.path.insert(0, str(REPO / "tests"))

SHARED = Path(os.environ.get("LONGCOT_SHARED_DATA") or REPO.parent / "shared" / "data")

_SYNONYMS = [
    ("What is", "Find"),
    ("Find", "Determine"),
    ("Compute", "Calculate"),
    ("How many", "What is the number of"),
    ("greatest", "largest"),
    ("smallest", "least"),
    ("Suppose", "Assume"),
    ("such that", "so that"),
    ("positive integers", "positive whole numbers"),
    ("Let", "Suppose"),
    ("value of", "value for"),
]


def load_traces() -> list[dict]:
    rows = []
    for name in ("cot_skyt1_aime24.jsonl", "cot_skyt1_math500.jsonl"):
        rows += [json.loads(line) for line in (SHARED / name).open()]
    return rows


def perturb_prose(text: str, rng: random.Random, *, strength: int = 2) -> str:
    """Wording, case, whitespace and punctuation changes outside `$...$`; numbers and formulas kept."""
    parts = re.split(r"(\[asy\].*?\[/asy\]|\$\$.+?\$\$|\$[^$]+\$|\\\(.+?\\\)|\\\[.+?\\\])", text, flags=re.S)
    applicable = [(a, b) for a, b in _SYNONYMS if any(a in p for p in parts[::2])]
    swaps = rng.sample(applicable, min(strength, len(applicable)))
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a formula or a figure: as it was
            out.append(part)
            continue
        for a, b in swaps:
            part = part.replace(a, b, 1)
        kind = rng.randrange(4)
        if kind == 0:
            part = part.lower()
        elif kind == 1:
            part = re.sub(r" ", lambda m: "  " if rng.random() < 0.2 else " ", part)
        elif kind == 2:
            part = part.replace(",", "").replace("?", " ?")
        else:
            part = re.sub(r"\b([a-z])", lambda m: m.group(1).upper() if rng.random() < 0.1 else m.group(1), part)
        out.append(part)
    return "".join(out)


def renumber(text: str, rng: random.Random) -> str:
    """Change every number (a same-template sibling: another problem)."""
    return re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), text)


# --- part 1: student_length ------------------------------------------------------------------------


def length_rows(n: int, seed: int = 0) -> pl.DataFrame:
    rng = random.Random(seed)
    traces = load_traces()
    out = []
    for i in range(n):
        r = traces[i % len(traces)]
        reasoning = r["reasoning"] or r["generation"]
        words = reasoning.split(" ")
        j = rng.randrange(len(words))
        words[j] = words[j].upper() if rng.random() < 0.5 else words[j] + f" ({i})"  # every row another string
        out.append({"problem": r["problem"], "reasoning": " ".join(words), "completion": r["final_solution"] or ""})
    return pl.DataFrame(out)


def run_side(side: str, rows: int, tokenizer: str, out: Path) -> None:
    """One side in this (fresh) process: load the tokenizer, count every row, save the counts and the time."""
    start = time.perf_counter()
    import resource

    from longcot.curation.length import (
        _conversations,
        count_tokens,
        count_tokens_reference,
        exact_counter,
        load_tokenizer,
    )
    from longcot.records import DEFAULT_CONVERSATION

    frame = length_rows(rows)
    tok = load_tokenizer(tokenizer)
    loaded = time.perf_counter()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    conversations = _conversations(frame, DEFAULT_CONVERSATION)
    tally: Counter[str] = Counter()
    if side in ("hf", "tiktoken"):
        counts = []
        for offset in range(0, len(conversations), 10_000):  # the step's batch size
            batch = conversations[offset : offset + 10_000]
            counts += count_tokens(tok, batch, counter="auto" if side == "tiktoken" else "hf", tally=tally)
    else:
        counts = count_tokens_reference(tok, conversations)
    end = time.perf_counter()
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)  # all threads of the process
    np.save(out, np.array(counts, dtype=np.int64))
    info = {
        "side": side,
        "process_s": end - start,
        "count_s": end - loaded,
        "cpu_s": cpu,
        "tokens": int(sum(counts)),
        "counted_by": dict(tally),
        "counter": exact_counter(tok)[1] if side == "tiktoken" else side,
    }
    print(json.dumps(info))


def bench_length(rows: int, workdir: Path) -> bool:
    from longcot.training.tokenizer import build_qwen2_tokenizer as build_qwen_tokenizer

    tok_dir = build_qwen_tokenizer(SHARED / "tokenizers" / "qwen2.5", workdir / "tokenizer")
    results = {}
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "true"}
    sides = ("loop", "hf", "tiktoken")
    for side in sides:
        out = workdir / f"counts-{side}.npy"
        wall = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--side",
                side,
                "--rows",
                str(rows),
                "--tokenizer",
                str(tok_dir),
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        info = json.loads(proc.stdout.strip().splitlines()[-1])
        info["wall_s"] = time.perf_counter() - wall
        info["counts"] = np.load(out)
        results[side] = info
    loop = results["loop"]
    tokens = loop["tokens"]
    print(f"\n## student_length: {rows:,} real-length rows, {tokens:,} tokens (mean {tokens / rows:,.0f}/row)")
    print("| side | whole process s | counting s (wall) | counting CPU s (all threads) | tokens per CPU-s | rows/s |")
    print("|---|---|---|---|---|---|")
    labels = {
        "loop": "per-row apply_chat_template(tokenize=True) loop (anchor)",
        "hf": "student_length, HF batched counter (fallback)",
        "tiktoken": "student_length, tiktoken counter (default for byte-level BPE)",
    }
    for side in sides:
        r = results[side]
        print(
            f"| {labels[side]} | {r['wall_s']:.1f} | {r['count_s']:.1f} | {r['cpu_s']:.1f} | "
            f"{tokens / r['cpu_s']:,.0f} | {rows / r['wall_s']:,.0f} |"
        )
    for side in sides[1:]:
        r = results[side]
        print(
            f"| **ratio loop / {side}** | **{loop['wall_s'] / r['wall_s']:.2f}x** | "
            f"{loop['count_s'] / r['count_s']:.2f}x | {loop['cpu_s'] / r['cpu_s']:.2f}x | | |"
        )
    print(
        f"tiktoken side: counter {results['tiktoken']['counter']!r}, rows by counter "
        f"{results['tiktoken']['counted_by']}"
    )
    same = True
    for side in sides[1:]:
        mismatched = int((results[side]["counts"] != loop["counts"]).sum())
        print(f"{side}: identical counts on every row: {mismatched == 0} ({mismatched} of {rows:,} rows differ)")
        same &= mismatched == 0
    return same


def bench_codepoints() -> bool:
    """Every code point (surrogates aside) in several contexts: the tiktoken counter against the Rust tokenizer."""
    import unicodedata

    from longcot.curation.bpe_count import tiktoken_counter
    from longcot.curation.length import load_tokenizer
    from longcot.training.tokenizer import build_qwen2_tokenizer as build_qwen_tokenizer

    tok_dir = build_qwen_tokenizer(SHARED / "tokenizers" / "qwen2.5", Path(tempfile.mkdtemp()) / "tokenizer")
    tok = load_tokenizer(str(tok_dir))
    counter = tiktoken_counter(tok)
    start = time.perf_counter()
    texts = [
        f"a{c}b {c}{c}{c} 1{c}2 '{c}s x\n{c}\n {c}  é{c}\u0301{c}"
        for c in map(chr, range(sys.maxunicode + 1))
        if not 0xD800 <= ord(c) <= 0xDFFF
    ]
    ours = counter.count(texts)  # unassigned code points too: the scan checks what the router would avoid
    rust = [len(e) for e in tok._tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
    bad = [hex(ord(t[1])) for t, a, b in zip(texts, ours, rust, strict=True) if a != b]
    unknown = sum(not counter.exact_for(t) for t in texts)
    seconds = time.perf_counter() - start
    print(f"\n## code points: {len(texts):,} texts (every code point in 10 contexts), {seconds:.0f}s")
    print(f"Python's Unicode {unicodedata.unidata_version}: {unknown:,} unassigned (routed to the Rust tokenizer)")
    print(f"counts that differ: {len(bad)} {bad[:20]}")
    return not bad


# --- part 2: dedup ----------------------------------------------------------------------------------


def dedup_problems(n: int, planted_share: float, seed: int = 0) -> tuple[pl.DataFrame, set[str]]:
    """`n` distinct problems (real, then renumbered siblings) plus planted near-copies; returns rows and copy ids."""
    rng = random.Random(seed)
    base = [json.loads(line) for line in (SHARED / "math_train_deepscaler.jsonl").open()]
    base += [json.loads(line) for line in (SHARED / "math500.jsonl").open()]
    # (not AIME: MATH train holds 288 AIME problems verbatim, which would be true duplicates here)
    problems = [
        {"problem_id": f"real-{i}", "problem": r["problem"], "gold_answer": str(r["answer"])}
        for i, r in enumerate(base)
    ]
    seen = {p["problem"] for p in problems}
    numbered = [r for r in base if re.search(r"\d", r["problem"])]
    k = 0
    while len(problems) < n:
        text = renumber(rng.choice(numbered)["problem"], rng)
        if text in seen:
            continue
        seen.add(text)
        problems.append({"problem_id": f"sib-{k}", "problem": text, "gold_answer": None})
        k += 1
    problems = problems[:n]
    planted = []
    for p in rng.sample(problems, int(planted_share * n)):
        planted.append(
            {
                "problem_id": p["problem_id"] + "#copy",
                "problem": perturb_prose(p["problem"], rng),
                "gold_answer": p["gold_answer"],
            }
        )
    frame = pl.DataFrame(
        problems + planted, schema={"problem_id": pl.String, "problem": pl.String, "gold_answer": pl.String}
    )
    return frame.sample(fraction=1.0, shuffle=True, seed=seed), {p["problem_id"] for p in planted}


def score(kept_ids: set[str], frame: pl.DataFrame, copies: set[str]) -> dict[str, float]:
    """Recall on planted pairs (one of the two removed) and distinct problems removed (beyond the planted pairs)."""
    ids = set(frame["problem_id"])
    pairs = [(c, c[: -len("#copy")]) for c in copies if c in ids and c[: -len("#copy")] in ids]
    caught = sum((a not in kept_ids) != (b not in kept_ids) for a, b in pairs)
    originals = [i for i in ids if not i.endswith("#copy")]
    removed = sum(i not in kept_ids for i in originals if i + "#copy" not in ids or (i + "#copy") not in kept_ids)
    return {
        "pairs": len(pairs),
        "recall": caught / max(len(pairs), 1),
        "distinct_removed": removed,
        "distinct_removed_share": removed / max(len(originals), 1),
    }


def fuzzy_dedup(frame: pl.DataFrame, cutoff: int = 90) -> tuple[set[str], float]:
    from rapidfuzz import fuzz, process

    texts = [" ".join(t.lower().split()) for t in frame["problem"].to_list()]
    ids = frame["problem_id"].to_list()
    start = time.perf_counter()
    matrix = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8, workers=-1)
    np.fill_diagonal(matrix, 0)
    removed = set()
    for i, j in zip(*np.nonzero(np.triu(matrix))):  # keep the first of each pair, as open-thoughts does
        if ids[i] not in removed:
            removed.add(ids[j])
    return set(ids) - removed, time.perf_counter() - start


def minhash_dedup(frame: pl.DataFrame) -> tuple[set[str], float, int]:
    from longcot.curation.neardup import MinHashDedup

    step = MinHashDedup()
    start = time.perf_counter()
    out = step(frame)
    return set(out["problem_id"]), time.perf_counter() - start, len(step.clusters)


def bench_dedup(n: int, subset: int, seed: int = 0) -> bool:
    frame, copies = dedup_problems(n, 0.02, seed=seed)
    print(f"\n## dedup method: minhash (seed {seed}) — {frame.height:,} rows: ", end="")
    print(f"{n:,} distinct problems + {len(copies):,} planted near-copies")
    print("| side | problems | seconds | recall on planted copies | distinct removed |")
    print("|---|---|---|---|---|")
    kept, seconds, _ = minhash_dedup(frame)
    full = score(kept, frame, copies)
    print(f"| longcot minhash (all) | {frame.height:,} | {seconds:.1f} | ", end="")
    print(
        f"{full['recall']:.1%} ({full['pairs']:,} pairs) | "
        f"{full['distinct_removed']:,} ({full['distinct_removed_share']:.2%}) |"
    )
    sub = frame.head(subset)
    kept, seconds_sub, _ = minhash_dedup(sub)
    mine = score(kept, sub, copies)
    print(f"| longcot minhash (subset) | {sub.height:,} | {seconds_sub:.1f} | ", end="")
    print(
        f"{mine['recall']:.1%} ({mine['pairs']:,} pairs) | "
        f"{mine['distinct_removed']:,} ({mine['distinct_removed_share']:.2%}) |"
    )
    kept, fuzzy_s = fuzzy_dedup(sub)
    theirs = score(kept, sub, copies)
    print(
        f"| rapidfuzz O(n^2) ratio>=90 (subset) | {sub.height:,} | {fuzzy_s:.1f} | {theirs['recall']:.1%} | "
        f"{theirs['distinct_removed']:,} ({theirs['distinct_removed_share']:.2%}) |"
    )
    print(f"| **ratio on the subset** | | **{fuzzy_s / seconds_sub:.1f}x** | | |")
    print(
        f"O(n^2) at {frame.height:,} problems would take ~{fuzzy_s * (frame.height / sub.height) ** 2 / 60:.0f} min "
        f"(extrapolated from the subset); minhash took {seconds / 60:.1f} min"
    )
    math = pl.DataFrame([json.loads(line) for line in (SHARED / "math_train_deepscaler.jsonl").open()]).select(
        "problem",
        pl.col("answer").cast(pl.String).alias("gold_answer"),
        pl.col("id").cast(pl.String).alias("problem_id"),
    )
    kept, _, clusters = minhash_dedup(math)
    removed = math.height - len(kept)
    print(
        f"MATH train alone ({math.height:,} problems, same-template siblings): {removed} removed "
        f"({removed / math.height:.2%}) in {clusters} clusters; without gold answers: ",
        end="",
    )
    kept, _, clusters = minhash_dedup(math.drop("gold_answer"))
    print(f"{math.height - len(kept)} removed ({(math.height - len(kept)) / math.height:.2%})")
    return full["recall"] >= 0.95 and full["distinct_removed_share"] <= 0.01


# --- part 3: the whole stage ------------------------------------------------------------------------


def _stage_row_stream(n: int, seed: int = 0) -> Iterator[dict]:
    """The stage bench's rows, one at a time (4 teachers per problem; the same rows for the same n and seed)."""
    rng = random.Random(seed)
    traces = load_traces()
    teachers = ["deepseek:r1", "openai:o3-mini", "anthropic:claude", "qwen:qwq"]
    for p in range(n // 4):
        t = traces[p % len(traces)]
        problem = t["problem"] if p < len(traces) else renumber(t["problem"], rng)
        for s, teacher in enumerate(teachers):
            correct = rng.random() < 0.6
            reasoning = t["reasoning"] or t["generation"]
            yield {
                "problem_id": f"p{p}",
                "problem": problem,
                "gold_answer": t["answer"],
                "subject": str(t.get("level")),
                "teacher": teacher,
                "sample_index": s,
                "reasoning": reasoning[: rng.randint(len(reasoning) // 2, len(reasoning))],
                "completion": t["final_solution"] or "The answer is $\\boxed{" + str(t["answer"]) + "}$.",
                "verdict": "correct" if correct else "incorrect",
                "predicted_answer": t["answer"] if correct else "0",
            }


def write_stage_input(n: int, data: Path, shards: int = 4) -> float:
    """Write the stage bench's input as `shards` Parquet files, one shard in memory at a time.

    Returns the mean reasoning length in characters. Runs in a child process (see :func:`bench_stage`), so
    the rows' memory is gone before datatrove forks its workers and lock manager.
    """
    data.mkdir(parents=True, exist_ok=True)
    stream, per_shard = _stage_row_stream(n), (n // 4) * 4 // shards
    chars = rows = 0
    for shard in range(shards):
        frame = pl.DataFrame(list(itertools.islice(stream, per_shard if shard < shards - 1 else None)))
        chars += frame.select(pl.col("reasoning").str.len_chars().sum()).item()
        rows += frame.height
        frame.write_parquet(data / f"part-{shard}.parquet")
        del frame
    return chars / max(rows, 1)


class _ChildCPU:
    """CPU seconds of every descendant process while the block runs (psutil, sampled every 0.2 s).

    datatrove's local pool starts workers from a forkserver, so `RUSAGE_CHILDREN` never sees them. A
    process that ends between two samples loses at most 0.2 s of its CPU time.
    """

    def __init__(self) -> None:
        import threading

        self._seen: dict[tuple[int, float], float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        import psutil

        me = psutil.Process()
        while True:
            for child in me.children(recursive=True):
                try:
                    times = child.cpu_times()
                    self._seen[(child.pid, child.create_time())] = times.user + times.system
                except psutil.Error:
                    continue
            if self._stop.wait(0.2):
                return

    def __enter__(self) -> _ChildCPU:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def seconds(self) -> float:
        return sum(self._seen.values())


def bench_stage(n: int, workdir: Path, workers: int = 2) -> None:
    from longcot.pipeline.config import load_config
    from longcot.pipeline.run import run_pipeline
    from longcot.training.tokenizer import build_qwen2_tokenizer as build_qwen_tokenizer

    tok_dir = workdir / "tokenizer"
    if not tok_dir.exists():
        build_qwen_tokenizer(SHARED / "tokenizers" / "qwen2.5", tok_dir)
    data = workdir / "stage-in"
    # The input is built in a child process: at 1M rows the rows take ~18 GB while built, and a parent holding
    # them when datatrove forks its lock manager was OOM-killed.
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        chars = pool.submit(write_stage_input, n, data).result()
    import resource

    from longcot.pipeline.stages import stage_plan

    config = load_config(
        REPO / "recipes" / "pipelines" / "curate.yaml",
        overrides=[f"input={data}", f"output={workdir / 'stage-out'}", f"steps.0.tokenizer={tok_dir}",
                   f"steps.4.n={n // 20}", f"executor.workers={workers}"],
    )  # fmt: skip
    load_before = os.getloadavg()
    before = resource.getrusage(resource.RUSAGE_SELF)
    watcher = _ChildCPU()
    start, start_wall = time.perf_counter(), time.time()
    with watcher:
        result = run_pipeline(config, fresh=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    load_after = os.getloadavg()
    # CPU of this process and of datatrove's worker processes (forkserver children, sampled every 0.2 s)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) + watcher.seconds()
    print(f"\n## whole curation stage (recipes/pipelines/curate.yaml, local executor, tasks 2, workers {workers})")
    out = workdir / "stage-out"
    tokens = pl.concat(
        [pl.scan_parquet(out / "data" / "*.parquet"), pl.scan_parquet(out / "dropped" / "*" / "*.parquet")],
        how="diagonal_relaxed",
    ).select(pl.col("student_tokens").mean(), pl.len())
    mean_tokens, counted = tokens.collect().row(0)
    print(
        f"{n:,} rows (mean reasoning {chars:,.0f} chars; {mean_tokens:,.0f} student tokens per row over {counted:,})"
    )
    print(f"load average: before {load_before[0]:.1f}, after {load_after[0]:.1f} (1 min), {load_after[1]:.1f} (5 min)")
    print(f"measured: {seconds:.1f}s wall, {cpu:.0f}s CPU (all processes) = {cpu / n * 1000:.2f} ms CPU per row")
    print(f"extrapolated to 1,000,000 rows: {1e6 / n * seconds / 60:.1f} min wall at this load; ", end="")
    print(f"{cpu / n * 1e6 / 2 / 60:.1f} min on 2 free cores (from CPU time; not run at 1M)")
    ends = []
    for stage in stage_plan(config):
        marks = list((stage.logging_dir / "completions").glob("*"))
        ends.append((stage.label, max((m.stat().st_mtime for m in marks), default=float("nan"))))
    print("| stage | ends at s | took s (wall) |")
    print("|---|---|---|")
    previous = start_wall
    for label, end in ends:
        print(f"| {label} | {end - start_wall:.1f} | {end - previous:.1f} |")
        previous = end
    print("| step | rows in | rows out | seconds (summed over tasks, wall) | dropped |")
    print("|---|---|---|---|---|")
    for s in result.funnel:
        print(f"| {s.step} | {s.rows_in:,} | {s.rows_out:,} | {s.seconds:.1f} | {dict(s.dropped) or '-'} |")


def main() -> int:
    from loguru import logger

    logger.remove()  # datatrove's INFO lines (they stay in each run's logs/)
    logger.add(sys.stderr, level="WARNING")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["length", "dedup", "stage", "codepoints", "all"], default="all")
    parser.add_argument("--rows", type=int, default=4000, help="rows for the student_length part")
    parser.add_argument("--problems", type=int, default=100_000, help="distinct problems for the dedup part")
    parser.add_argument("--fuzzy-subset", type=int, default=10_000)
    parser.add_argument("--stage-rows", type=int, default=20_000)
    parser.add_argument("--stage-workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help="seed of the dedup part's problems and planted copies")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--side", choices=["loop", "hf", "tiktoken"], help=argparse.SUPPRESS)
    parser.add_argument("--tokenizer", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        run_side(args.side, args.rows, args.tokenizer, args.out)
        return 0
    if args.quick:
        args.rows, args.problems, args.fuzzy_subset, args.stage_rows = 400, 12_000, 2_000, 2_000
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="curation-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started_load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {started_load:.1f} (shared: timings are noisy)")
    ok = True
    if args.part in ("length", "all"):
        ok &= bench_length(args.rows, workdir)
    if args.part in ("dedup", "all"):
        ok &= bench_dedup(args.problems, args.fuzzy_subset, seed=args.seed)
    if args.part == "codepoints":  # minutes: not part of `all`
        ok &= bench_codepoints()
    if args.part in ("stage", "all"):
        bench_stage(args.stage_rows, workdir, workers=args.stage_workers)
    print(f"\nload average at start / end: {started_load:.1f} / {os.getloadavg()[0]:.1f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
