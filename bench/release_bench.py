"""Building a release against the anchor, `datasets.Dataset.from_polars(...).to_parquet(...)` (issue 10).

Input: real long chains of thought (Sky-T1 on MATH-500 and AIME 2024 from the shared data folder,
median ~5k characters, up to 154k), repeated to `--rows` rows, written once as 8 Parquet shards in
the row schema (problem, gold_answer, reasoning, completion, teacher, sampling, request_key, level, ...).

(a) longcot: `build_release` on the folder, end to end: streamed batches, the `messages` column,
    size-sharded zstd Parquet, statistics, histograms, card, manifest with the sha256 of every file.
(b) anchor: read the same files with polars, add the same `messages` column, then
    `datasets.Dataset.from_polars(frame).to_parquet(path)` (one file; the whole input in memory).

Each side runs in its own child process, so its peak memory (ru_maxrss) is its own. Printed per side:
seconds, peak RSS, output bytes; then the time ratio (target: longcot <= 1.2x the anchor) and
longcot's peak memory against the size of its largest shard and of the input.

Usage:
    python bench/release_bench.py                   # 1,000,000 rows
    python bench/release_bench.py --rows 200000 --workdir /tmp/lc-release-bench
    python bench/release_bench.py --quick           # 20,000-row smoke
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import polars as pl


def shared_data() -> Path:
    here = Path(__file__).resolve().parents[1]
    return Path(os.environ.get("LONGCOT_SHARED_DATA") or here.parent / "shared" / "data")


def make_input(folder: Path, rows: int, shards: int = 8) -> dict[str, Any]:
    """Real traces repeated to `rows` rows, as `shards` Parquet files; each repetition gets its own request_key."""
    base = []
    for name in ("cot_skyt1_math500.jsonl", "cot_skyt1_aime24.jsonl"):
        for line in (shared_data() / name).read_text().splitlines():
            r = json.loads(line)
            base.append({
                "problem_id": r["id"], "problem": r["problem"], "gold_answer": r["answer"],
                "reasoning": r["reasoning"], "completion": r["final_solution"] or r["generation"],
                "teacher": "openai-compatible:NovaSky-AI/Sky-T1-32B-Preview", "level": str(r.get("level")),
                "completion_tokens": len(r["generation"]) // 4, "verdict": "correct" if r["correct"] else "incorrect",
            })  # fmt: skip
    template = pl.DataFrame(base).with_columns(
        pl.struct(temperature=pl.lit(0.0), top_p=pl.lit(1.0), max_tokens=pl.lit(32768), seed=pl.lit(0)).alias(
            "sampling"
        )
    )
    folder.mkdir(parents=True, exist_ok=True)
    per = -(-rows // shards)
    written = 0
    for s in range(shards):
        n = min(per, rows - written)
        if n <= 0:
            break
        reps = -(-n // template.height)
        frame = pl.concat([template] * reps).head(n)
        frame = frame.with_columns(
            (pl.lit(f"r{s}-") + pl.int_range(0, n).cast(pl.String) + pl.lit("-") + pl.col("problem_id")).alias(
                "request_key"
            )
        )
        frame.write_parquet(folder / f"train-{s:05d}-of-{shards:05d}.parquet", compression="zstd")
        written += n
    size = sum(p.stat().st_size for p in folder.glob("*.parquet"))
    chars = template.select(pl.col("reasoning").str.len_chars().fill_null(0) + pl.col("completion").str.len_chars())
    return {"rows": written, "bytes": size, "median_chars": int(chars.to_series().median())}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def side_longcot(src: str, out: str, queue: Any) -> None:
    from longcot.release import ReleaseConfig, build_release

    start = time.perf_counter()
    result = build_release(src, name="bench", version="1.0.0", out=out, config=ReleaseConfig(license="apache-2.0"),
                           releases_dir=str(Path(out).parent / "releases"), force=True)  # fmt: skip
    seconds = time.perf_counter() - start
    size = sum(f["bytes"] for f in result.manifest["files"])
    largest = max(f["bytes"] for f in result.manifest["files"] if f["path"].endswith(".parquet"))
    queue.put({"seconds": seconds, "peak_mb": _peak_mb(), "bytes": size, "rows": result.rows,
               "shards": len(result.shards), "largest_shard": largest})  # fmt: skip


def side_anchor(src: str, out: str, queue: Any) -> None:
    import datasets

    from longcot.records import messages_expr

    datasets.disable_progress_bars()
    start = time.perf_counter()
    frame = pl.read_parquet(src).with_columns(messages_expr().alias("messages"))
    Path(out).mkdir(parents=True, exist_ok=True)
    path = Path(out) / "train.parquet"
    datasets.Dataset.from_polars(frame).to_parquet(str(path))
    seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "peak_mb": _peak_mb(), "bytes": path.stat().st_size, "rows": frame.height})


def run_side(target: Any, src: Path, out: Path) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(str(src), str(out), queue))
    proc.start()
    while True:
        try:
            result = queue.get(timeout=2)
            break
        except Exception:  # queue.Empty: keep waiting while the child lives
            if not proc.is_alive():
                raise SystemExit(f"{target.__name__} died with exit code {proc.exitcode}") from None
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="20,000 rows")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--skip-anchor",
        action="store_true",
        help="longcot only (the anchor holds everything in memory: ~115 KB per row here)",
    )
    args = parser.parse_args()
    rows = 20_000 if args.quick else args.rows
    work = args.workdir or Path(tempfile.mkdtemp(prefix="lc-release-bench-"))
    shutil.rmtree(work / "out", ignore_errors=True)
    src = work / f"input-{rows}"
    if not src.is_dir():
        print(f"writing {rows:,} rows to {src} ...", file=sys.stderr)
        info = make_input(src, rows)
        (work / f"input-{rows}.json").write_text(json.dumps(info))
    info = json.loads((work / f"input-{rows}.json").read_text())
    print(f"input: {info['rows']:,} rows, {info['bytes'] / 1e9:.2f} GB Parquet (zstd), median "
          f"{info['median_chars']:,} characters of reasoning + completion per row; "
          f"python {platform.python_version()}, {os.cpu_count()} CPUs")  # fmt: skip
    results = {}
    sides = (("longcot", side_longcot),) if args.skip_anchor else (("anchor", side_anchor), ("longcot", side_longcot))
    for name, target in sides:
        results[name] = run_side(target, src, work / "out" / name)
        shutil.rmtree(work / "out" / name, ignore_errors=True)
    print(f"{'side':<55} {'seconds':>8} {'peak MB':>9} {'output MB':>10}")
    labels = {"anchor": "datasets.Dataset.from_polars(...).to_parquet(...)", "longcot": "longcot release build"}
    for name, r in results.items():
        print(f"{labels[name]:<55} {r['seconds']:>8.1f} {r['peak_mb']:>9.0f} {r['bytes'] / 1e6:>10.0f}")
    lc = results["longcot"]
    print(f"longcot: {lc['shards']} shards, largest {lc['largest_shard'] / 1e6:.0f} MB, "
          f"{lc['rows'] / lc['seconds']:,.0f} rows/s")  # fmt: skip
    if args.skip_anchor:
        return
    anchor = results["anchor"]
    assert lc["rows"] == anchor["rows"] == info["rows"], (lc["rows"], anchor["rows"])
    ratio = lc["seconds"] / anchor["seconds"]
    print(f"time ratio longcot / anchor: {ratio:.2f}x (target <= 1.2x)")
    print(f"peak memory longcot / anchor: {lc['peak_mb'] / anchor['peak_mb']:.2f}x")
    if not args.keep and args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
