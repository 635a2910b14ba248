"""Evaluation of a student: the scores `recipes/eval.py` reports, and the protocol it runs.

- :mod:`longcot.evaluation.metrics`: pass@1 with a bootstrap interval, unbiased pass@k, cons@n,
  output tokens, truncation rate and the sanity checks that make a run fail loudly.
- :mod:`longcot.evaluation.protocol`: a pinned protocol read from `recipes/eval/*.yaml`, the
  problems it runs on, and the per-problem pass rates the curation `difficulty` step reads.

Example:
    >>> from longcot.evaluation import pass_at_k
    >>> pass_at_k(n=64, c=16, k=1)
    0.25
"""

from longcot.evaluation.metrics import (
    EvalSanityError,
    ProblemResult,
    answers_equal,
    bootstrap_ci,
    check_samples,
    check_truncation,
    majority_vote,
    pass_at_k,
    pass_at_k_mean,
    summarize,
)


__all__ = [
    "EvalSanityError",
    "ProblemResult",
    "answers_equal",
    "bootstrap_ci",
    "check_samples",
    "check_truncation",
    "majority_vote",
    "pass_at_k",
    "pass_at_k_mean",
    "summarize",
]
