"""Run longcot processors as datatrove pipeline steps.

Between longcot steps the items flowing through datatrove's generator chain are whole polars frames
(one per batch), not one `Document` per row: datatrove's executors only chain generators, so they carry
frames as happily as documents, and a 10k-row batch then costs one pass through each step. A
:class:`ProcessorStep` also accepts datatrove `Document`s (from a datatrove reader or step), batching
them into frames, and emits documents with `emit_documents=True` for a datatrove step downstream.

Each step writes its share of the funnel to `<funnel_dir>/<NN>-<step>/rank-<rank>.json` when its input
is exhausted; :func:`longcot.pipeline.run.collect_funnel` merges ranks.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import polars as pl
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from longcot.errors import ConfigError
from longcot.io import InputSpec, ParquetShardWriter, iter_input, write_jsonl
from longcot.pipeline.base import Processor, StepStats


def _quiet_task_logs() -> None:
    """Keep datatrove's per-task INFO logs in `logs/task_*.log` and show only warnings on stderr.

    datatrove's task logger prints every task's start, stats and end at INFO on stderr, which buries
    the funnel. `LONGCOT_DATATROVE_LOGS=1` restores it. This runs at import, so it also applies in
    executor worker processes, which import this module when they unpickle the pipeline.
    """
    if os.environ.get("LONGCOT_DATATROVE_LOGS") == "1":
        return
    import sys

    import datatrove.executor.base as executor_base
    import datatrove.utils.logging as datatrove_logging
    from loguru import logger

    original = executor_base.add_task_logger
    if getattr(original, "_longcot_quiet", False):
        return

    def add_task_logger(logging_dir: Any, rank: int, local_rank: int = 0, node_rank: int = -1) -> Any:
        # datatrove's own version adds an INFO handler on stderr; the file keeps everything.
        logger.remove()
        logfile = logging_dir.open(f"logs/task_{rank:05d}.log", "w")
        prefix = f"[NODE {node_rank}] " if node_rank != -1 else ""
        logger.add(
            logfile,
            level="DEBUG",
            format=prefix + "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} | {name}:{line} - {message}",
        )
        logger.add(sys.stderr, level="WARNING", format=prefix + "{level}: {message}")
        logger.info(f"Launching pipeline for {rank=}")
        return logfile

    def setup_default_logger() -> None:  # called by close_task_logger after each task
        logger.remove()
        logger.add(sys.stderr, level="WARNING", format="{level}: {message}")

    add_task_logger._longcot_quiet = True  # type: ignore[attr-defined]
    executor_base.add_task_logger = add_task_logger
    datatrove_logging.setup_default_logger = setup_default_logger


_quiet_task_logs()


def _write_stats(funnel_dir: str | None, index: int, stats: StepStats, rank: int) -> None:
    if funnel_dir is None:
        return
    folder = Path(funnel_dir) / f"{index:02d}-{stats.step}"
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"rank-{rank:05d}.json.tmp"
    tmp.write_text(json.dumps(stats.to_dict()))
    os.replace(tmp, folder / f"rank-{rank:05d}.json")


def _batched_frames(data: Iterable[Any], batch_size: int, text_column: str) -> Iterator[pl.DataFrame]:
    """Pass frames through; gather Documents into frames of `batch_size` rows."""
    pending: list[dict[str, Any]] = []
    for item in data:
        if isinstance(item, pl.DataFrame):
            if pending:
                yield pl.from_dicts(pending, infer_schema_length=None)
                pending = []
            yield item
        elif isinstance(item, Document):
            pending.append({**item.metadata, "id": item.id, text_column: item.text})
            if len(pending) >= batch_size:
                yield pl.from_dicts(pending, infer_schema_length=None)
                pending = []
        else:
            raise TypeError(f"a longcot step received {type(item).__name__}; expected a polars DataFrame or Document")
    if pending:
        yield pl.from_dicts(pending, infer_schema_length=None)


def frame_to_documents(frame: pl.DataFrame, *, text_column: str = "problem") -> Iterator[Document]:
    """Turn a frame into datatrove Documents: `text_column` is the text, other columns the metadata."""
    for index, row in enumerate(frame.iter_rows(named=True)):
        text = row.pop(text_column, None) or ""
        doc_id = row.pop("id", None) or row.get("problem_id") or str(index)
        yield Document(text=text, id=str(doc_id), metadata=row)


class ReadInput(PipelineStep):
    """Read the rank's share of an input as polars frames, setting malformed lines aside.

    Args:
        spec: What to read.
        batch_size: Rows per frame handed to the next step. Defaults to 10,000.
        strict: Raise on a malformed line instead of rejecting it. Defaults to False.
        rejects_dir: Where `rank-<rank>.jsonl` with the rejected lines goes. Defaults to nowhere.
        funnel_dir: Where the step's funnel counts go. Defaults to nowhere.
    """

    name = "read"
    type = "🧮 - LONGCOT"

    def __init__(
        self,
        spec: InputSpec,
        *,
        batch_size: int = 10_000,
        strict: bool = False,
        rejects_dir: str | None = None,
        funnel_dir: str | None = None,
    ) -> None:
        super().__init__()
        self.spec, self.batch_size, self.strict = spec, batch_size, strict
        self.rejects_dir, self.funnel_dir = rejects_dir, funnel_dir

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # type: ignore[override]
        if data:
            yield from data
        stats = StepStats(step="read")
        rejects = []
        start = time.perf_counter()
        for frame, bad in iter_input(self.spec, rank=rank, world_size=world_size, strict=self.strict):
            rejects.extend(bad)
            stats.record(rows_in=frame.height + len(bad), rows_out=frame.height, seconds=time.perf_counter() - start)
            if bad:
                stats.dropped["malformed"] += len(bad)
                self.stat_update("dropped_malformed", value=len(bad))
            frame = frame.drop("_line", strict=False)
            for offset in range(0, frame.height, self.batch_size):
                yield frame.slice(offset, self.batch_size)
            start = time.perf_counter()
        if self.rejects_dir is not None:
            path = Path(self.rejects_dir) / f"rank-{rank:05d}.jsonl"
            if rejects:
                write_jsonl([r.to_dict() for r in rejects], path)
            elif path.exists():
                path.unlink()  # a rerun of a task that had rejects before
        _write_stats(self.funnel_dir, 0, stats, rank)


class ProcessorStep(PipelineStep):
    """A datatrove `PipelineStep` that runs one longcot :class:`Processor` over batches.

    Args:
        processor: The processor; it is pickled to each worker and set up there.
        index: Position in the pipeline, for the funnel folder name. Defaults to 1.
        batch_size: Rows per frame when the input is datatrove Documents. Defaults to 10,000.
        funnel_dir: Where the step's funnel counts go. Defaults to nowhere.
        dropped_dir: Where a filter's dropped rows go (`<step>/rank-<rank>.parquet`). Defaults to nowhere.
        emit_documents: Yield datatrove Documents instead of frames, for a datatrove step downstream.
            Defaults to False.
        text_column: The column that is `Document.text` when converting. Defaults to `problem`.
    """

    type = "🧮 - LONGCOT"

    def __init__(
        self,
        processor: Processor,
        *,
        index: int = 1,
        batch_size: int = 10_000,
        funnel_dir: str | None = None,
        dropped_dir: str | None = None,
        emit_documents: bool = False,
        text_column: str = "problem",
    ) -> None:
        if getattr(processor, "is_global", lambda: False)():
            raise ConfigError(
                f"step {processor.name!r} decides from every row of the run and cannot run batch by batch",
                hint="run it with `longcot run` or `run_pipeline`, which give it its own stages (pipeline/stages.py)",
            )
        self.name = processor.name  # before super().__init__, which names the datatrove stats after it
        super().__init__()
        self.processor, self.index, self.batch_size = processor, index, batch_size
        self.funnel_dir, self.dropped_dir = funnel_dir, dropped_dir
        self.emit_documents, self.text_column = emit_documents, text_column

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # type: ignore[override]
        processor = self.processor
        processor.stats = StepStats(step=processor.name)  # a worker may run several ranks in turn
        sink = None
        if self.dropped_dir is not None:
            sink = ParquetShardWriter(Path(self.dropped_dir) / processor.name / f"rank-{rank:05d}.parquet")
            stale = sink.path
            if stale.exists():
                stale.unlink()
        processor.drop_sink = sink
        processor.setup()
        try:
            for frame in _batched_frames(data or (), self.batch_size, self.text_column):
                out = processor(frame)
                if out.height:
                    if self.emit_documents:
                        yield from frame_to_documents(out, text_column=self.text_column)
                    else:
                        yield out
        finally:
            processor.teardown()
            if sink is not None:
                sink.close()
        for reason, n in processor.stats.dropped.items():  # mirrored into datatrove's own stats.json
            self.stat_update(f"dropped_{reason}", value=n)
        _write_stats(self.funnel_dir, self.index, processor.stats, rank)


class WriteParquet(PipelineStep):
    """Write the rank's rows to `<output_dir>/<split>-<rank>-of-<world>.parquet`, atomically.

    The file only appears once the rank has finished, so a killed task leaves no partial shard and
    its rerun writes the same file name again: resumed runs neither lose nor duplicate rows.

    Args:
        output_dir: Folder for the shards (`data/` of the run).
        split: Split name in the file names. Defaults to `train`.
        index: Position in the pipeline, for the funnel. Defaults to 99.
        funnel_dir: Where the step's funnel counts go. Defaults to nowhere.
    """

    name = "write"
    type = "🧮 - LONGCOT"

    def __init__(
        self, output_dir: str, *, split: str = "train", index: int = 99, funnel_dir: str | None = None
    ) -> None:
        super().__init__()
        self.output_dir, self.split, self.index, self.funnel_dir = output_dir, split, index, funnel_dir

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # type: ignore[override]
        path = Path(self.output_dir) / f"{self.split}-{rank:05d}-of-{world_size:05d}.parquet"
        writer = ParquetShardWriter(path)
        stats = StepStats(step="write")
        for frame in _batched_frames(data or (), 10_000, "text"):
            start = time.perf_counter()
            writer.write(frame)
            stats.record(rows_in=frame.height, rows_out=frame.height, seconds=time.perf_counter() - start)
        if writer.rows == 0 and path.exists():
            path.unlink()  # a rerun that now yields nothing must not leave the old shard behind
        writer.close()
        self.stat_update("rows_written", value=writer.rows)
        _write_stats(self.funnel_dir, self.index, stats, rank)
        return
        yield  # a generator that yields nothing: the writer is the end of the chain
