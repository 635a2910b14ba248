"""Global steps: processors that decide from every row of a run, wherever the rows landed.

A pass rate per problem, near-duplicate clusters and an s1-style selection need all rows of a problem,
not one batch's or one task's. Such a step is a :class:`GlobalProcessor` with three parts, and a
pipeline holding one runs as a chain of datatrove jobs, the multi-stage pattern of datatrove's MinHash
dedup (signatures → buckets → clusters → filter)::

    steps: [s1, G, s2]            (G global; s1, s2 per batch)

    stage "NN-G/collect"  tasks=N   read → s1 → collect(G): each task writes its rows and a small summary
    stage "NN-G/reduce"   tasks=1   reduce(G): every task's summary → one decision table
    final                 tasks=N   apply(G) on the task's rows with the decision → s2 → write

Each stage is its own datatrove executor with its own logging dir, chained with `depends=`, so resume
after a crash is datatrove's per stage: finished tasks of every stage are skipped. Files, under the run's
output folder::

    global/NN-<step>/rows/rank-00000.parquet     rows of each task as they reached the step (with `_lc_row`)
    global/NN-<step>/parts/rank-00000.parquet    the task's summary (what `collect` returned)
    global/NN-<step>/decision.parquet            what `reduce` decided, read by every task of the next stage
    global/NN-<step>/...                         anything else the step writes (clusters, pass rates)
    logs/global-NN-<step>-collect/, -reduce/     the datatrove logging dirs of the earlier stages

`rows/` is deleted once the whole run has finished; everything else stays as evidence.

In memory (:func:`longcot.pipeline.run.apply_steps`, or calling the processor on a frame) a global step
runs collect → reduce → apply over that one frame, so the same code decides in a notebook and on a
cluster.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from abc import abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from longcot.errors import ConfigError, LongcotError
from longcot.io import ParquetShardWriter, write_parquet
from longcot.pipeline.adapter import _Supervised
from longcot.pipeline.base import Processor, StepStats


#: The row id a global step carries between its stages: `rank << 40 | row number within the task`.
ROW_ID = "_lc_row"
_RANK_SHIFT = 40


class GlobalProcessor(Processor):
    """A step whose decision needs every row of the run: collect (per task) → reduce (once) → apply (per task).

    Subclasses implement :meth:`collect` (a small summary frame of a batch, keyed by whatever `reduce`
    needs, e.g. `_lc_row` or a problem key), :meth:`reduce` (all summaries → a decision frame) and
    :meth:`mark` (a batch plus the decision → the batch with the step's columns and a `drop_reason`
    column, null for rows kept). The base class drops, counts each reason and sets dropped rows aside as
    a :class:`~longcot.pipeline.base.Filter` does.
    """

    def is_global(self) -> bool:
        """Whether this instance needs a stage that sees every row (a step may not, given its options)."""
        return True

    @abstractmethod
    def collect(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Summarise one batch (which has a `_lc_row` column) for :meth:`reduce`."""

    @abstractmethod
    def reduce(self, parts: pl.DataFrame, *, out_dir: Path | None) -> pl.DataFrame:
        """Decide from every task's summaries; `out_dir` (None in memory) is where to write evidence files."""

    @abstractmethod
    def mark(self, batch: pl.DataFrame, decision: pl.DataFrame) -> pl.DataFrame:
        """Add the step's columns and a `drop_reason` column (null: keep) to a batch, given the decision."""

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        """The whole step over one in-memory frame: collect, reduce and apply to the same rows."""
        framed = batch.with_row_index(ROW_ID).with_columns(pl.col(ROW_ID).cast(pl.UInt64))
        if not self.is_global():
            return self.finish(self.mark(framed, pl.DataFrame())).drop(ROW_ID)
        decision = self.reduce(self.collect(framed), out_dir=None)
        return self.finish(self.mark(framed, decision)).drop(ROW_ID)

    def finish(self, marked: pl.DataFrame) -> pl.DataFrame:
        """Drop the rows with a `drop_reason`, count them and hand them to the drop sink."""
        if "drop_reason" not in marked.columns:
            return marked
        dropped_mask = marked["drop_reason"].is_not_null()
        if not dropped_mask.any():
            return marked.drop("drop_reason")
        dropped = marked.filter(dropped_mask)
        self.stats.count_drops(dropped["drop_reason"])
        if self.drop_sink is not None:
            self.drop_sink.write(dropped.drop(ROW_ID, strict=False).with_columns(pl.lit(self.name).alias("drop_step")))
        return marked.filter(~dropped_mask).drop("drop_reason")


def is_global(step: Any) -> bool:
    """Whether a pipeline step is a global step that needs its own stages."""
    return isinstance(step, GlobalProcessor) and step.is_global()


def stage_dir(output: str | Path, index: int, step: Processor) -> Path:
    """The folder of the global step at pipeline position `index` (1-based)."""
    return Path(output).absolute() / "global" / f"{index:02d}-{step.name}"


def _done_marker(folder: Path, rank: int) -> Path:
    return folder / "parts" / f"rank-{rank:05d}.done"


class CollectStep(_Supervised, PipelineStep):
    """End of a stage before a global step: write the task's rows and its summary, yield nothing."""

    type = "🧮 - LONGCOT"

    def __init__(self, processor: GlobalProcessor, folder: str) -> None:
        self.name = f"{processor.name}-collect"
        super().__init__()
        self.processor, self.folder = processor, folder

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # type: ignore[override]
        self._guard()
        from longcot.pipeline.adapter import _batched_frames

        folder = Path(self.folder)
        marker = _done_marker(folder, rank)
        marker.unlink(missing_ok=True)
        rows = ParquetShardWriter(folder / "rows" / f"rank-{rank:05d}.parquet")
        parts = ParquetShardWriter(folder / "parts" / f"rank-{rank:05d}.parquet")
        for stale in (rows.path, parts.path):
            stale.unlink(missing_ok=True)  # a rerun of a task that wrote them before
        self.processor.setup()
        offset = 0
        try:
            for frame in _batched_frames(data or (), 10_000, "problem"):
                if frame.height == 0:
                    continue
                ids = pl.int_range(offset, offset + frame.height, dtype=pl.UInt64, eager=True) + (rank << _RANK_SHIFT)
                frame = frame.with_columns(ids.alias(ROW_ID))
                offset += frame.height
                rows.write(frame)
                parts.write(self.processor.collect(frame))
        finally:
            self.processor.teardown()
            rows.close()
            parts.close()
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"rows": offset}))
        return
        yield


class ReduceStep(_Supervised, PipelineStep):
    """One task: read every task's summary, decide, write `decision.parquet`."""

    type = "🧮 - LONGCOT"

    def __init__(self, processor: GlobalProcessor, folder: str, *, tasks: int) -> None:
        self.name = f"{processor.name}-reduce"
        super().__init__()
        self.processor, self.folder, self.tasks = processor, folder, tasks

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # type: ignore[override]
        self._guard()
        folder = Path(self.folder)
        missing = [r for r in range(self.tasks) if not _done_marker(folder, r).exists()]
        if missing:
            raise LongcotError(
                f"global step {self.processor.name!r}: tasks {missing[:5]} of the collect stage left no summary "
                f"in {folder / 'parts'}",
                hint="run the same command again: unfinished tasks rerun",
            )
        files = sorted((folder / "parts").glob("rank-*.parquet"))
        frames = [pl.read_parquet(f) for f in files]
        parts = pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame()
        self.processor.setup()
        try:
            decision = self.processor.reduce(parts, out_dir=folder)
        finally:
            self.processor.teardown()
        write_parquet(decision, folder / "decision.parquet")
        return
        yield


class ApplyStep(_Supervised, PipelineStep):
    """Start of the stage after a global step: read the task's rows back, apply the decision, yield frames."""

    type = "🧮 - LONGCOT"

    def __init__(
        self,
        processor: GlobalProcessor,
        folder: str,
        *,
        index: int,
        batch_size: int = 10_000,
        funnel_dir: str | None = None,
        dropped_dir: str | None = None,
    ) -> None:
        self.name = processor.name
        super().__init__()
        self.processor, self.folder, self.index = processor, folder, index
        self.batch_size, self.funnel_dir, self.dropped_dir = batch_size, funnel_dir, dropped_dir

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # type: ignore[override]
        self._guard()
        from longcot.pipeline.adapter import _write_stats

        if data:
            yield from data
        processor = self.processor
        processor.stats = StepStats(step=processor.name)
        sink = None
        if self.dropped_dir is not None:
            sink = ParquetShardWriter(Path(self.dropped_dir) / processor.name / f"rank-{rank:05d}.parquet")
            sink.path.unlink(missing_ok=True)
        processor.drop_sink = sink
        folder = Path(self.folder)
        decision = pl.read_parquet(folder / "decision.parquet")
        path = folder / "rows" / f"rank-{rank:05d}.parquet"
        processor.setup()
        try:
            if path.exists():
                for record_batch in pq.ParquetFile(path).iter_batches(batch_size=self.batch_size):
                    frame = pl.DataFrame(pl.from_arrow(record_batch))
                    start = time.perf_counter()
                    out = processor.finish(processor.mark(frame, decision)).drop(ROW_ID, strict=False)
                    processor.stats.record(
                        rows_in=frame.height, rows_out=out.height, seconds=time.perf_counter() - start
                    )
                    if out.height:
                        yield out
        finally:
            processor.teardown()
            if sink is not None:
                sink.close()
        for reason, n in processor.stats.dropped.items():
            self.stat_update(f"dropped_{reason}", value=n)
        _write_stats(self.funnel_dir, self.index, processor.stats, rank)


def _stage_config(config: Any, *, tasks: int, workers: int, logging_dir: Path, job: str) -> Any:
    options = {**config.executor.options, "logging_dir": str(logging_dir)}
    if config.executor.type == "slurm":
        options["job_name"] = f"longcot-{config.name}-{job}"
    executor = dataclasses.replace(config.executor, tasks=tasks, workers=workers, options=options)
    return dataclasses.replace(config, executor=executor)


def build_staged_executor(config: Any) -> Any:
    """The chain of datatrove executors that runs a pipeline with global steps (the last one is returned).

    Stages before the last use their own logging dirs under `logs/`; the last uses the run's own, so
    completion counts, progress and `longcot inspect` see the final stage as they see a one-stage run.

    Raises:
        ConfigError: The executor cannot chain stages.
    """
    from longcot.pipeline.adapter import ProcessorStep, ReadInput, WriteParquet
    from longcot.pipeline.run import logging_dir, make_executor, supervise

    out = Path(config.output.path).absolute()
    funnel_dir = str(out / "funnel")
    dropped_dir = str(out / "dropped") if config.output.keep_dropped else None
    logs = logging_dir(config).absolute()
    tasks, workers = config.executor.tasks, config.executor.workers
    batch = config.output.batch_size

    current: list[Any] = [
        ReadInput(config.input, batch_size=batch, strict=config.strict, rejects_dir=str(out / "rejects"),
                  funnel_dir=funnel_dir)
    ]  # fmt: skip
    previous: Any = None
    for index, processor in enumerate(config.steps, start=1):
        if not is_global(processor):
            current.append(
                ProcessorStep(processor, index=index, batch_size=batch, funnel_dir=funnel_dir, dropped_dir=dropped_dir)
            )
            continue
        folder = stage_dir(out, index, processor)
        tag = f"global-{index:02d}-{processor.name}"
        current.append(CollectStep(processor, str(folder)))
        collect = make_executor(
            _stage_config(config, tasks=tasks, workers=workers, logging_dir=logs / f"{tag}-collect", job="collect"),
            supervise(config, current),
        )
        _chain(collect, previous)
        reduce = make_executor(
            _stage_config(config, tasks=1, workers=1, logging_dir=logs / f"{tag}-reduce", job="reduce"),
            supervise(config, [ReduceStep(processor, str(folder), tasks=tasks)]),
        )
        _chain(reduce, collect)
        previous = reduce
        current = [
            ApplyStep(processor, str(folder), index=index, batch_size=batch, funnel_dir=funnel_dir,
                      dropped_dir=dropped_dir)
        ]  # fmt: skip
    current.append(WriteParquet(str(out / "data"), split=config.output.split, index=len(config.steps) + 1,
                                funnel_dir=funnel_dir))  # fmt: skip
    final = make_executor(config, supervise(config, current))
    _chain(final, previous)
    return final


def _chain(executor: Any, depends: Any) -> None:
    if depends is None:
        return
    if not hasattr(executor, "depends"):
        raise ConfigError(f"the {type(executor).__name__} cannot run global steps (it has no `depends=`)")
    executor.depends = depends


@dataclasses.dataclass(frozen=True)
class Stage:
    """One datatrove job of a run, in the order they run: what it does, its tasks, its completion markers."""

    label: str
    tasks: int
    logging_dir: Path

    def completed(self) -> int:
        """Tasks of this stage with a datatrove completion marker."""
        folder = self.logging_dir / "completions"
        return len(list(folder.iterdir())) if folder.is_dir() else 0


def stage_plan(config: Any) -> list[Stage]:
    """Every stage of a run in order, with the logging dirs :func:`build_staged_executor` gives them.

    A pipeline without global steps is one stage. Progress displays poll each stage's markers (datatrove
    executors have no progress hook; the markers are what every executor, local, Slurm or Ray, writes).

    Example:
        >>> # [s.label for s in stage_plan(curate)] == ["student_length → quality → difficulty: collect",
        >>> #   "difficulty: reduce", "dedup: collect", "dedup: reduce", "select: collect", "select: reduce",
        >>> #   "select → write"]
    """
    from longcot.pipeline.run import logging_dir

    logs = logging_dir(config).absolute()
    tasks = config.executor.tasks
    plan: list[Stage] = []
    pending: list[str] = []
    for index, processor in enumerate(config.steps, start=1):
        if not is_global(processor):
            pending.append(processor.name)
            continue
        tag = f"global-{index:02d}-{processor.name}"
        before = " → ".join(pending)
        plan.append(
            Stage(f"{before + ' → ' if before else ''}{processor.name}: collect", tasks, logs / f"{tag}-collect")
        )
        plan.append(Stage(f"{processor.name}: reduce", 1, logs / f"{tag}-reduce"))
        pending = [processor.name]
    plan.append(Stage(" → ".join([*pending, "write"]), tasks, logs))
    return plan


def has_global_steps(config: Any) -> bool:
    """Whether a pipeline needs stages (a step that sees every row)."""
    return any(is_global(step) for step in config.steps)


def finish_stages(config: Any) -> None:
    """After a finished run: delete the rows the global stages kept between them (the evidence stays)."""
    root = Path(config.output.path) / "global"
    if not root.is_dir():
        return
    for folder in root.iterdir():
        rows = folder / "rows"
        if rows.is_dir():
            shutil.rmtree(rows, ignore_errors=True)
