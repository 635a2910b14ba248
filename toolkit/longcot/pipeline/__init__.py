"""Composable processors over polars batches, run on datatrove executors."""

from longcot.pipeline.base import DropSink, Filter, Processor, StepStats, require
from longcot.pipeline.registry import available_processors, get_processor, register_processor


__all__ = [
    "DropSink",
    "Filter",
    "Processor",
    "StepStats",
    "available_processors",
    "get_processor",
    "register_processor",
    "require",
]
