"""Contamination check against AIME and co.: is a benchmark problem in the training data, and where?

Two verbs: :func:`check_contamination` (rows in, :class:`Report` out) and the pipeline step
:class:`Decontaminate`. Benchmarks come from a registry pinned by Hub revision, or from local files
(:func:`load_benchmarks`). The CLI is `longcot contamination-check`.

Example:
    >>> from longcot.contamination import Benchmark, BenchmarkItem, check_contamination
    >>> item = BenchmarkItem("demo", "d-1", "How many positive divisors does 2024 have in total?")
    >>> rows = ["how many positive divisors does 2024 have in total"]
    >>> check_contamination(rows, [Benchmark("demo", (item,), "inline")]).flagged_rows()
    [0]
"""

from longcot.contamination.checker import CheckConfig, ContaminationChecker, check_contamination, run_checker
from longcot.contamination.normalize import normalize, tokenize
from longcot.contamination.processor import Decontaminate, DecontaminateConfig
from longcot.contamination.registry import (
    DEFAULT_BENCHMARKS,
    REGISTRY,
    Benchmark,
    BenchmarkItem,
    BenchmarkSpec,
    available_benchmarks,
    load_benchmarks,
)
from longcot.contamination.report import FlaggedRow, Match, Report


__all__ = [
    "DEFAULT_BENCHMARKS",
    "REGISTRY",
    "Benchmark",
    "BenchmarkItem",
    "BenchmarkSpec",
    "CheckConfig",
    "ContaminationChecker",
    "Decontaminate",
    "DecontaminateConfig",
    "FlaggedRow",
    "Match",
    "Report",
    "available_benchmarks",
    "check_contamination",
    "load_benchmarks",
    "normalize",
    "run_checker",
    "tokenize",
]
