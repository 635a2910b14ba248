"""Throughput of a longcot pipeline against the same steps written directly in datatrove (issue 2).

Synthetic rows go reader → two trivial filters → Parquet writer twice, on the same JSONL shards:

(a) longcot: a `PipelineConfig` built from a dict (`length` on `completion`, then `where` with a SQL
    predicate) run by `run_pipeline` on the local executor; whole polars frames flow between steps.
(b) datatrove: `JsonlReader` → two `BaseFilter` subclasses with the same predicates per `Document` →
    datatrove's `ParquetWriter`, on a `LocalPipelineExecutor` with the same tasks and workers.

Both sides must keep exactly the same rows (the script exits 1 otherwise). It prints rows/s of each,
their ratio (longcot / datatrove; the target is >= 1.0) and the adapter's per-row overhead, measured
in this process: the same frames through two chained `ProcessorStep.run` vs the processors' `process()`
called directly.

Input format: JSONL, because it is what datatrove's `JsonlReader` reads and what longcot pipelines
usually start from; one set of files is generated once and read by both sides. Both writers use zstd.

Usage:
    python bench/pipeline_bench.py                 # 1,000,000 rows, 8 shards, 2 workers
    python bench/pipeline_bench.py --quick         # 50,000-row smoke
    python bench/pipeline_bench.py --rows 200000 --row-chars 1200 --workdir /tmp/lcbench
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import ParquetWriter
from loguru import logger

import longcot
from longcot.pipeline.adapter import ProcessorStep, frame_to_documents
from longcot.pipeline.base import Processor
from longcot.pipeline.config import build_config
from longcot.pipeline.run import run_pipeline


# Quiet datatrove's per-task INFO lines on stderr (they stay in each run's logs/ folder). This module is
# re-imported in the executor's worker processes, so this applies there too; LOGURU_LEVEL (the default
# level of loguru's `add`, read at import) covers the stderr handler datatrove re-adds after each task.
logger.disable("datatrove.utils.logging")
os.environ.setdefault("LOGURU_LEVEL", "WARNING")

GOLD_DROP_SUFFIX = "7"  # `where` drops gold answers ending in 7 (about 10% of rows)
WHERE_KEEP = f"gold_answer NOT LIKE '%{GOLD_DROP_SUFFIX}'"
MAX_LEN_FACTOR = 1.4  # `length` drops completions longer than 1.4x the mean (about 10% of rows)
EMPTY_FRACTION = 0.01  # and the 1% of empty completions

_WORDS = (
    "let x be a real number such that the sum of its digits equals prime integer triangle circle "
    "therefore we compute modulo square root factor polynomial degree coefficient derivative integral "
    "∑ ∫ √ π ≤ ≥ ≠ = + - * / ( ) [ ] 0 1 2 3 4 5 6 7 8 9 wait, check again: so hence thus"
)


# ---------------------------------------------------------------------------------------------- data


def generate_input(folder: Path, *, rows: int, shards: int, row_chars: int, seed: int = 0) -> dict[str, Any]:
    """Write `rows` synthetic rows as `shards` JSONL files; return the meta (with the expected kept count).

    A row is `{"problem_id", "problem", "completion", "gold_answer"}`; `problem` averages a quarter of
    `row_chars` and `completion` three quarters (uniform in 0.5x..1.5x of that), 1% empty.
    """
    meta = {"rows": rows, "shards": shards, "row_chars": row_chars, "seed": seed, "version": 1}
    marker = folder.with_name(folder.name + "-meta.json")  # outside the folder: longcot reads *.json as JSONL
    if marker.exists():
        previous = json.loads(marker.read_text())
        if {k: previous.get(k) for k in meta} == meta:
            return previous
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)

    rng = np.random.default_rng(seed)
    corpus = " ".join(rng.choice(_WORDS.split(), size=400_000).tolist())
    problem_mean = max(row_chars // 4, 8)
    completion_mean = max(row_chars - problem_mean, 8)
    max_len = int(completion_mean * MAX_LEN_FACTOR)
    kept = 0
    bounds = np.linspace(0, rows, shards + 1).astype(np.int64)
    for shard in range(shards):
        lo, hi = int(bounds[shard]), int(bounds[shard + 1])
        n = hi - lo
        p_len = rng.integers(problem_mean // 2, problem_mean * 3 // 2 + 1, size=n)
        c_len = rng.integers(completion_mean // 2, completion_mean * 3 // 2 + 1, size=n)
        c_len[rng.random(n) < EMPTY_FRACTION] = 0
        p_off = rng.integers(0, len(corpus) - problem_mean * 2, size=n)
        c_off = rng.integers(0, len(corpus) - completion_mean * 2, size=n)
        gold = rng.integers(0, 1000, size=n)
        ids = range(lo, hi)
        problems = [f"Problem {i}: {corpus[o : o + k]}" for i, o, k in zip(ids, p_off.tolist(), p_len.tolist())]
        golds = [str(g) for g in gold.tolist()]
        completions = [
            f"{corpus[o : o + k]} The answer is \\boxed{{{g}}}." if k else ""
            for o, k, g in zip(c_off.tolist(), c_len.tolist(), golds)
        ]
        frame = pl.DataFrame({"problem_id": [f"p{i:08d}" for i in ids], "problem": problems})
        frame = frame.with_columns(completion=pl.Series(completions), gold_answer=pl.Series(golds))
        frame.write_ndjson(folder / f"shard-{shard:05d}.jsonl")
        kept += sum(1 for c, g in zip(completions, golds) if keeps(c, g, max_len))
    meta.update(max_len=max_len, expected_kept=kept, bytes=sum(p.stat().st_size for p in folder.glob("*.jsonl")))
    marker.write_text(json.dumps(meta, indent=2))
    return meta


def keeps(completion: str | None, gold: str | None, max_len: int) -> bool:
    """The two filters' joint predicate, in plain Python (the reference for both sides)."""
    return bool(completion) and len(completion) <= max_len and gold is not None and not gold.endswith(GOLD_DROP_SUFFIX)


# ----------------------------------------------------------------------------------------- longcot


def longcot_raw(input_dir: Path, output: Path, args: argparse.Namespace, max_len: int) -> dict[str, Any]:
    """The pipeline as the dict a YAML file would hold."""
    return {
        "name": "pipeline-bench",
        "input": {"path": str(input_dir), "format": "jsonl"},
        "steps": [
            {"type": "length", "column": "completion", "max": max_len},
            {"type": "where", "keep": WHERE_KEEP, "reason": "gold_ends_in_7"},
        ],
        "output": {"path": str(output), "keep_dropped": args.keep_dropped, "batch_size": args.batch_size},
        "executor": {"type": "local", "tasks": args.tasks, "workers": args.workers},
    }


def run_longcot(input_dir: Path, output: Path, args: argparse.Namespace, max_len: int) -> dict[str, Any]:
    config = build_config(longcot_raw(input_dir, output, args, max_len), where="pipeline_bench")
    start = time.perf_counter()
    result = run_pipeline(config, fresh=True)
    seconds = time.perf_counter() - start
    if result.tasks_completed != args.tasks:
        raise SystemExit(f"longcot: only {result.tasks_completed}/{args.tasks} tasks completed")
    steps = {s.step: s for s in result.funnel}
    return {
        "seconds": seconds,
        "rows_in": steps["read"].rows_in if "read" in steps else -1,
        "rows_out": result.rows_out,
        "files": sorted((output / "data").glob("*.parquet")),
        "id_column": "problem_id",
        "breakdown": {s.step: s.seconds for s in result.funnel if s.step != "read"},
    }


# --------------------------------------------------------------------------------------- datatrove


class CompletionLength(BaseFilter):
    """`length` (column completion, min 1, max `max_len`) on one Document."""

    name = "length"

    def __init__(self, max_len: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_len = max_len

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        completion = doc.metadata.get("completion")
        if not completion:
            return False, "empty"
        if len(completion) > self.max_len:
            return False, "too_long"
        return True


class GoldAnswerWhere(BaseFilter):
    """`where` with keep = `gold_answer NOT LIKE '%7'` (a null gold answer is dropped, as in SQL)."""

    name = "where"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        gold = doc.metadata.get("gold_answer")
        if gold is None or gold.endswith(GOLD_DROP_SUFFIX):
            return False, "gold_ends_in_7"
        return True


def run_datatrove(input_dir: Path, output: Path, args: argparse.Namespace, max_len: int) -> dict[str, Any]:
    if output.exists():
        shutil.rmtree(output)

    def dropped(step: str) -> ParquetWriter | None:
        if not args.keep_dropped:
            return None
        return ParquetWriter(
            str(output / "dropped" / step),
            compression="zstd",
            expand_metadata=True,
            use_content_defined_chunking=args.datatrove_cdc,
        )

    pipeline = [
        JsonlReader(str(input_dir), text_key="problem", id_key="problem_id", add_file_path=False),
        CompletionLength(max_len, exclusion_writer=dropped("length")),
        GoldAnswerWhere(exclusion_writer=dropped("where")),
        ParquetWriter(
            str(output / "data"),
            compression="zstd",
            expand_metadata=True,
            use_content_defined_chunking=args.datatrove_cdc,
        ),
    ]
    executor = LocalPipelineExecutor(
        pipeline=pipeline, tasks=args.tasks, workers=args.workers, logging_dir=str(output / "logs")
    )
    start = time.perf_counter()
    executor.run()
    seconds = time.perf_counter() - start
    stats = json.loads((output / "logs" / "stats.json").read_text())
    breakdown = {}
    rows_in = -1
    for step in stats:
        total = step.get("time_stats", {}).get("total", 0.0) if isinstance(step.get("time_stats"), dict) else 0.0
        breakdown[step["name"]] = total
        if "Jsonl" in step["name"]:
            rows_in = int(step["stats"].get("documents", {}).get("total", -1))
    return {
        "seconds": seconds,
        "rows_in": rows_in,
        "rows_out": None,
        "files": sorted((output / "data").rglob("*.parquet")),
        "id_column": "id",
        "breakdown": breakdown,
    }


# ------------------------------------------------------------------------------------------ overhead


class _TimedProcess:
    """Wraps a processor's `process` (as an instance attribute) and adds up the time spent inside it."""

    def __init__(self, processor: Processor) -> None:
        self.inner = processor.process
        self.seconds = 0.0

    def __call__(self, batch: pl.DataFrame) -> pl.DataFrame:
        start = time.perf_counter()
        try:
            return self.inner(batch)
        finally:
            self.seconds += time.perf_counter() - start


def _through_steps(processors: list[Processor], data: Iterable[Any], batch_size: int, emit_documents: bool) -> int:
    """Run `data` through one ProcessorStep per processor, chained as datatrove chains them; rows out."""
    chain: Iterator[Any] = iter(data)
    last = len(processors) - 1
    for index, processor in enumerate(processors):
        step = ProcessorStep(
            processor, index=index + 1, batch_size=batch_size, emit_documents=emit_documents and index == last
        )
        chain = step.run(chain, rank=0, world_size=1)
    if emit_documents:
        return sum(1 for _ in chain)
    return sum(frame.height for frame in chain)


def measure_overhead(input_dir: Path, args: argparse.Namespace, max_len: int) -> dict[str, Any]:
    """Time the adapter spends outside the processors' `process()`, in this process.

    The frames run through two chained `ProcessorStep.run` generators while each processor's `process`
    is timed from inside; overhead = wall time of the chain - time inside `process()`. That is what
    the adapter and `Processor.__call__` add (column checks, funnel counts, datatrove stats, generator
    hand-offs) - measured directly rather than as the difference of two noisy polars timings. The
    Documents case feeds datatrove Documents in and emits Documents, so it also pays the conversions.
    """
    frames_all, total = [], 0
    for path in sorted(input_dir.glob("*.jsonl")):
        frames_all.append(pl.read_ndjson(path))
        total += frames_all[-1].height
        if total >= args.overhead_rows:
            break
    data = pl.concat(frames_all).head(args.overhead_rows)
    frames = [data.slice(o, args.batch_size) for o in range(0, data.height, args.batch_size)]
    documents = list(frame_to_documents(data, text_column="problem"))
    processors = build_config(longcot_raw(input_dir, Path("unused"), args, max_len)).steps
    timers = []
    for processor in processors:
        processor.setup()
        timers.append(_TimedProcess(processor))
        processor.process = timers[-1]  # type: ignore[method-assign]

    results: dict[str, list[float]] = {"frames": [], "documents": [], "process": []}
    kept = None
    for _ in range(args.repeats):
        for case, data_in in (("frames", frames), ("documents", documents)):
            for timer in timers:
                timer.seconds = 0.0
            start = time.perf_counter()
            rows_out = _through_steps(processors, data_in, args.batch_size, case == "documents")
            wall = time.perf_counter() - start
            inside = sum(timer.seconds for timer in timers)
            results[case].append(wall - inside)
            if case == "frames":
                results["process"].append(inside)
            if kept is not None and rows_out != kept:
                raise SystemExit(f"overhead: the {case} path kept {rows_out} rows, the frames path {kept}")
            kept = rows_out
    rows = data.height
    median = {key: statistics.median(values) for key, values in results.items()}
    return {
        "rows": rows,
        "batches": len(frames),
        "process_us": median["process"] / rows * 1e6,
        "frames_us": median["frames"] / rows * 1e6,
        "frames_batch_us": median["frames"] / len(frames) / len(processors) * 1e6,
        "documents_us": median["documents"] / rows * 1e6,
    }


# ---------------------------------------------------------------------------------------------- main


def kept_ids(files: list[Path], column: str) -> pl.Series:
    if not files:
        return pl.Series(column, [], dtype=pl.String)
    return pl.scan_parquet(files).select(pl.col(column)).collect()[column].sort()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="synthetic rows (default 1,000,000)")
    parser.add_argument("--quick", action="store_true", help="50,000-row smoke run")
    parser.add_argument("--shards", type=int, default=8, help="JSONL input files (default 8)")
    parser.add_argument("--row-chars", type=int, default=600, help="mean characters per row (default 600)")
    parser.add_argument("--tasks", type=int, default=None, help="datatrove tasks (default: one per shard)")
    parser.add_argument("--workers", type=int, default=2, help="tasks run at once (default 2)")
    parser.add_argument("--batch-size", type=int, default=10_000, help="longcot rows per frame (default 10,000)")
    parser.add_argument("--keep-dropped", action="store_true", help="both sides also write the dropped rows")
    parser.add_argument(
        "--datatrove-cdc",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="datatrove ParquetWriter's content-defined chunking, on by default there (longcot's writer has none)",
    )
    parser.add_argument("--runs", type=int, default=1, help="runs per side, alternating; the fastest is reported")
    parser.add_argument("--only", choices=("both", "longcot", "datatrove"), default="both")
    parser.add_argument("--overhead-rows", type=int, default=200_000, help="rows for the overhead measurement")
    parser.add_argument("--repeats", type=int, default=5, help="repeats of the overhead measurement (median kept)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep input and outputs here (input is reused)")
    args = parser.parse_args(argv)
    if args.quick:
        args.rows = 50_000
        args.overhead_rows = min(args.overhead_rows, 50_000)
    args.tasks = args.tasks or args.shards
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logger.remove()  # datatrove logs every task at INFO; keep warnings only (workers: see longcot.pipeline.adapter)
    logger.add(sys.stderr, level="WARNING", format="{level}: {message}")
    os.environ.setdefault("POLARS_MAX_THREADS", str(os.cpu_count() or 1))

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="longcot-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"longcot {longcot.__version__} · datatrove {metadata.version('datatrove')}"
        f" · polars {pl.__version__} · Python {platform.python_version()} · {os.cpu_count()} cores"
        f" · load avg {os.getloadavg()[0]:.2f}"
    )
    start = time.perf_counter()
    meta = generate_input(workdir / "input", rows=args.rows, shards=args.shards, row_chars=args.row_chars)
    print(
        f"input: {meta['rows']:,} rows in {meta['shards']} JSONL shards, {meta['bytes'] / 2**20:,.0f} MiB "
        f"({workdir / 'input'}; {time.perf_counter() - start:.1f}s)"
    )
    print(
        f"steps: length(completion, max={meta['max_len']}) → where({WHERE_KEEP}); expected kept "
        f"{meta['expected_kept']:,}; tasks={args.tasks} workers={args.workers} batch={args.batch_size:,} "
        f"keep_dropped={args.keep_dropped}"
    )
    runners = {"datatrove": run_datatrove, "longcot": run_longcot}
    sides = list(runners) if args.only == "both" else [args.only]
    results: dict[str, dict[str, Any]] = {}
    for attempt in range(args.runs):  # sides alternate, so background load hits both alike; fastest run kept
        for side in sides:
            res = runners[side](workdir / "input", workdir / f"out-{side}", args, meta["max_len"])
            if args.runs > 1:
                print(f"  run {attempt + 1}/{args.runs} {side}: {res['seconds']:.2f}s")
            if side not in results or res["seconds"] < results[side]["seconds"]:
                results[side] = res

    ok = True
    print()
    print(f"{'side':<10} {'seconds':>8} {'rows/s':>12} {'rows in':>11} {'rows kept':>11}   time per step (all tasks)")
    for side, res in results.items():
        ids = kept_ids(res["files"], res["id_column"])
        res["ids"] = ids
        res["kept"] = ids.len()
        res["rows_per_s"] = meta["rows"] / res["seconds"]
        steps = ", ".join(f"{name} {secs:.1f}s" for name, secs in res["breakdown"].items())
        print(
            f"{side:<10} {res['seconds']:>8.2f} {res['rows_per_s']:>12,.0f} {res['rows_in']:>11,} "
            f"{res['kept']:>11,}   {steps}"
        )
        if res["kept"] != meta["expected_kept"] or res["rows_in"] != meta["rows"]:
            print(f"ERROR: {side} read {res['rows_in']:,} and kept {res['kept']:,} rows; expected "
                  f"{meta['rows']:,} and {meta['expected_kept']:,}")  # fmt: skip
            ok = False
    if len(results) == 2:
        same = results["longcot"]["ids"].equals(results["datatrove"]["ids"])
        print(f"kept rows: {'identical ids' if same else 'DIFFERENT ids'} on both sides")
        ok = ok and same
        ratio = results["longcot"]["rows_per_s"] / results["datatrove"]["rows_per_s"]
        print(f"ratio longcot/datatrove: {ratio:.2f}x ({'meets' if ratio >= 1.0 else 'BELOW'} the >= 1.0 target)")

    overhead = measure_overhead(workdir / "input", args, meta["max_len"])
    print()
    print(
        f"adapter overhead (one process, {overhead['rows']:,} rows in {overhead['batches']} frames of "
        f"{args.batch_size:,}, 2 steps, median of {args.repeats}):"
    )
    print(f"  inside process() (the filters' work):      {overhead['process_us']:8.4f} µs/row")
    print(
        f"  outside process(), frames in/out:          {overhead['frames_us']:8.4f} µs/row "
        f"({overhead['frames_batch_us']:.0f} µs per batch per step)"
    )
    print(f"  outside process(), Documents in/out:       {overhead['documents_us']:8.4f} µs/row (datatrove interop)")
    if "longcot" in results:
        per_row = 1e6 / results["longcot"]["rows_per_s"] * args.workers
        print(f"  = {overhead['frames_us'] / per_row:.3%} of longcot's end-to-end {per_row:.2f} µs/row per worker")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    if not ok:
        print("FAILED: the two sides did not keep the same rows", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
