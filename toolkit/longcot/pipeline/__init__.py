"""Composable processors over polars batches, run on datatrove executors.

Example:
    >>> from longcot.pipeline import make_pipeline, run_pipeline
    >>> from longcot.pipeline.steps import LengthFilter, LengthFilterConfig, SplitThinking
    >>> config = make_pipeline(
    ...     "traces.jsonl", [SplitThinking(), LengthFilter(LengthFilterConfig(max=60_000))], "runs/demo",
    ...     columns={"problem": "question", "completion": "generation"}, tasks=4, workers=2,
    ... )
    >>> # run_pipeline(config).funnel -> rows in/out and drop reasons per step
"""

from longcot.pipeline.base import DropSink, Filter, Processor, StepStats, require
from longcot.pipeline.config import PipelineConfig, load_config, make_pipeline
from longcot.pipeline.registry import available_processors, get_processor, register_processor
from longcot.pipeline.run import RunResult, apply_steps, collect_funnel, run_pipeline


__all__ = [
    "DropSink",
    "Filter",
    "PipelineConfig",
    "Processor",
    "RunResult",
    "StepStats",
    "apply_steps",
    "available_processors",
    "collect_funnel",
    "get_processor",
    "load_config",
    "make_pipeline",
    "register_processor",
    "require",
    "run_pipeline",
]
