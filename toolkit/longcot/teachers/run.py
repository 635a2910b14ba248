"""Sample a frame of problems: the one entry point the CLI, the `sample` step and notebooks share.

It runs the async sampler on its own event loop, turns the rows into a frame with the schema's
dtypes, and stops gracefully on Ctrl-C (first: no new requests, in-flight ones finish and are kept;
second: in-flight requests are cancelled, every completed one is already in the cache).
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Mapping
from typing import Any

import polars as pl

from longcot.records import SCHEMA
from longcot.teachers.cache import ResponseCache
from longcot.teachers.progress import SampleProgress
from longcot.teachers.sampler import Sampler, SamplerConfig, SampleResult


#: Sample-side columns a sampling run adds, in order.
SAMPLE_COLUMNS: tuple[str, ...] = (
    "teacher", "sample_index", "sampling", "reasoning", "reasoning_source", "reasoning_redacted", "completion",
    "finish_reason", "prompt_tokens", "completion_tokens", "reasoning_tokens", "cost_usd", "latency_s",
    "request_key", "quality_flags",
)  # fmt: skip


def rows_to_frame(
    rows: list[dict[str, Any]], problem_columns: Mapping[str, pl.DataType] | None = None
) -> pl.DataFrame:
    """Rows from the sampler → a frame: problem columns first (their input dtypes), then the sample columns.

    Example:
        >>> rows_to_frame([]).columns[:3]
        ['problem_id', 'problem', 'gold_answer']
    """
    problem_columns = dict(problem_columns or {"problem_id": pl.String(), "problem": pl.String(),
                                               "gold_answer": pl.String()})  # fmt: skip
    names = list(problem_columns) + [c for c in SAMPLE_COLUMNS if c not in problem_columns]
    for row in rows:
        for key in row:
            if key not in names:
                names.append(key)
    schema = {}
    for name in names:
        schema[name] = problem_columns.get(name) or SCHEMA.get(name) or pl.String()
    columns = []
    for name in names:
        values = [row.get(name) for row in rows]
        dtype = schema[name]
        if isinstance(dtype, pl.List):
            # polars converts a list column row by row when given its dtype (~60 µs a row); inferred, then cast,
            # it takes ~0.5 µs (rows_to_frame was a third of the sampler's own CPU per request)
            columns.append(pl.Series(name, values, strict=False).cast(dtype, strict=False))
        else:
            columns.append(pl.Series(name, values, dtype=dtype, strict=False))
    return pl.DataFrame(columns)


def frame_problems(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Problem rows as dicts for the sampler (a missing `gold_answer` becomes null)."""
    rows = frame.to_dicts()
    for row in rows:
        row.setdefault("gold_answer", None)
        row.setdefault("problem_id", None)
    return rows


def sample_frame(
    frame: pl.DataFrame,
    config: SamplerConfig,
    cache: ResponseCache,
    *,
    progress: SampleProgress | None = None,
    handle_sigint: bool = False,
    backends: Mapping[str, Any] | None = None,
    run_id: str | None = None,
) -> tuple[pl.DataFrame, SampleResult]:
    """Sample every problem of `frame` (columns `problem`, optional `problem_id`, `gold_answer`, others).

    Args:
        frame: The problems; every column is carried into the rows.
        config: What to sample.
        cache: The response cache.
        progress: A live display to feed. Defaults to none.
        handle_sigint: Install the graceful Ctrl-C handler (main thread only). Defaults to False.
        backends: Backend per teacher name, for tests. Defaults to building them.
        run_id: Names the run in the cache's spend ledger, so `max_usd` holds across its invocations (the CLI
            passes the output file). Defaults to none (the cap is per call).

    Returns:
        The rows as a frame (schema dtypes) and the full :class:`SampleResult`.
    """
    sampler = Sampler(config, cache, backends=backends, on_update=progress.update if progress else None,
                      run_id=run_id)  # fmt: skip
    problems = frame_problems(frame)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        installed = False
        if handle_sigint and threading.current_thread() is threading.main_thread():
            current = asyncio.current_task()

            def on_sigint() -> None:
                if sampler._stopping is None:
                    sampler.stop("interrupted")
                elif current is not None:
                    current.cancel()

            try:
                loop.add_signal_handler(signal.SIGINT, on_sigint)
                installed = True
            except (NotImplementedError, RuntimeError):
                pass
        try:
            # Not returned: asyncio.run's teardown formats the main task's repr (with its result) when it resets
            # the SIGINT handler, which for a large run cost ~0.2 s per call, twice.
            await sampler.run(problems)
        finally:
            if installed:
                loop.remove_signal_handler(signal.SIGINT)

    try:
        asyncio.run(main())
    except asyncio.CancelledError:
        sampler.stop("interrupted")
    result = sampler.partial_result()
    if progress is not None:
        progress.update(sampler.stats, force=True)
    problem_columns: dict[str, pl.DataType] = {}
    for name in ("problem_id", "problem", "gold_answer"):
        problem_columns[name] = frame.schema[name] if name in frame.schema else pl.String()
    if "problem_id" not in frame.schema or frame.schema["problem_id"] == pl.Null:
        problem_columns["problem_id"] = pl.String()
    problem_columns.update({k: v for k, v in frame.schema.items() if k not in problem_columns})
    return rows_to_frame(result.rows, problem_columns), result
