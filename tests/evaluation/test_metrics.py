"""Scores of an evaluation run, against brute force and the known failure modes."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from longcot.errors import ConfigError
from longcot.evaluation.metrics import (
    EvalSanityError,
    ProblemResult,
    answer_classes,
    answers_equal,
    bootstrap_ci,
    check_samples,
    check_truncation,
    majority_vote,
    pass_at_k,
    summarize,
)


def brute_pass_at_k(n: int, c: int, k: int) -> float:
    """Fraction of k-subsets of the n samples that hold at least one correct sample."""
    samples = [True] * c + [False] * (n - c)
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(samples[i] for i in s) for s in subsets) / len(subsets)


@pytest.mark.parametrize(
    ("n", "c", "k"),
    [(1, 0, 1), (1, 1, 1), (5, 0, 3), (5, 5, 3), (5, 2, 1), (5, 2, 2), (8, 3, 4), (10, 1, 9), (10, 9, 2), (12, 4, 6)],
)
def test_pass_at_k_equals_brute_force(n: int, c: int, k: int) -> None:
    assert pass_at_k(n, c, k) == pytest.approx(brute_pass_at_k(n, c, k), abs=1e-12)


def test_pass_at_k_is_stable_at_large_n() -> None:
    # C(1024, 512) overflows a float; the product form must not.
    value = pass_at_k(1024, 3, 512)
    assert value == pytest.approx(1 - math.comb(1021, 512) / math.comb(1024, 512), rel=1e-12)
    assert 0.0 <= pass_at_k(1024, 1, 1000) <= 1.0


@pytest.mark.parametrize(("n", "c", "k"), [(4, 5, 1), (4, -1, 1), (4, 2, 0), (4, 2, 5)])
def test_pass_at_k_rejects_out_of_range(n: int, c: int, k: int) -> None:
    with pytest.raises(ConfigError):
        pass_at_k(n, c, k)


def test_pass_at_1_does_not_depend_on_n() -> None:
    """open-r1 #655: a 'pass@1' that fell from 0.47 to 0.05 as n grew. Ours is the per-sample accuracy at any n."""
    rng = np.random.default_rng(0)
    accuracy = rng.uniform(0, 1, size=30)  # a benchmark of 30 problems with these true pass rates
    draws = rng.uniform(size=(30, 1024)) < accuracy[:, None]
    truth = accuracy.mean()
    estimates = {}
    for n in (1, 4, 16, 64, 256, 1024):
        # Average over disjoint groups of n samples: the estimator's expectation at this n.
        groups = draws.reshape(30, -1, n)
        estimates[n] = float(np.mean([[pass_at_k(n, int(g.sum()), 1) for g in row] for row in groups]))
    for n, value in estimates.items():
        assert value == pytest.approx(draws.mean(), abs=1e-12), n  # exactly the sample accuracy, whatever n
    assert estimates[1024] == pytest.approx(truth, abs=0.02)


def test_pass_at_k_grows_with_k_and_reaches_one() -> None:
    values = [pass_at_k(64, 5, k) for k in (1, 2, 4, 8, 16, 32, 64)]
    assert values == sorted(values)
    assert values[-1] == 1.0


def test_bootstrap_ci_contains_the_mean_and_is_seeded() -> None:
    scores = [1.0] * 10 + [0.0] * 20
    low, high = bootstrap_ci(scores, resamples=2000, seed=1)
    assert low < 1 / 3 < high
    assert (low, high) == bootstrap_ci(scores, resamples=2000, seed=1)
    # 30 Bernoulli(1/3) problems: the normal approximation's half width is about 0.17.
    assert 0.25 < high - low < 0.42


def test_bootstrap_ci_narrows_with_more_problems() -> None:
    small = bootstrap_ci([1.0, 0.0] * 15, resamples=2000)
    large = bootstrap_ci([1.0, 0.0] * 250, resamples=2000)
    assert large[1] - large[0] < (small[1] - small[0]) / 3


@pytest.mark.parametrize("bad", [{"resamples": 0}, {"confidence": 1.0}, {"confidence": 0.0}])
def test_bootstrap_ci_rejects_bad_settings(bad: dict) -> None:
    with pytest.raises(ConfigError):
        bootstrap_ci([0.5], **bad)


@pytest.mark.parametrize(
    ("answers", "correct", "expected"),
    [
        (["4", "5", "4", None], [True, False, True, False], (True, "4", 2)),
        (["5", "5", "4", "4"], [False, False, True, True], (False, "5", 2)),  # tie: first class wins
        ([None, None, None], [False, False, False], (False, None, 0)),  # nobody answered
        ([None, None, "7"], [False, False, True], (True, "7", 1)),  # unparsed samples do not vote
        ([r"\frac{1}{2}", "0.5", "1/2", "3"], [True, True, True, False], (True, r"\frac{1}{2}", 3)),
        (["x=3", "3", "2", "2"], [True, True, False, False], (True, "x=3", 2)),
    ],
)
def test_majority_vote_over_equivalent_answers(answers: list, correct: list, expected: tuple) -> None:
    assert majority_vote(answers, correct, answers_equal) == expected


def test_answer_classes_group_equal_values() -> None:
    assert answer_classes(["0.5", "1/2", "2", " 2 ", None, ""], answers_equal) == [[0, 1], [2, 3]]


def _result(pid: str, correct: list[bool], tokens: int = 10, truncated: int = 0) -> ProblemResult:
    n = len(correct)
    answers = tuple("1" if c else "2" for c in correct)
    return ProblemResult(pid, tuple(correct), answers, (tokens,) * n, tuple(i < truncated for i in range(n)))


def test_summarize_reports_every_score() -> None:
    results = [_result("a", [True, True, False, False]), _result("b", [False] * 4, tokens=30, truncated=1)]
    out = summarize(results, ks=[1, 2, 4, 8], equal=answers_equal, resamples=500)
    assert out["n"] == 4 and out["problems"] == 2 and out["samples"] == 8
    assert out["pass@1"]["mean"] == pytest.approx(0.25)
    assert out["pass@1"]["ci_low"] <= 0.25 <= out["pass@1"]["ci_high"]
    assert set(out["pass@k"]) == {"1", "2", "4"}  # k above n is not reported
    assert out["pass@k"]["2"] == pytest.approx((1 - 1 / 6) / 2)
    # "a" ties 2-2 between "1" (correct) and "2": the first class wins; "b" votes "2", wrong.
    assert out["cons@n"] == 0.5
    assert [row["majority_answer"] for row in out["per_problem"]] == ["1", "2"]
    assert out["avg_output_tokens"] == pytest.approx(20.0)
    assert out["avg_output_tokens_correct"] == pytest.approx(10.0)
    assert out["truncation_rate"] == pytest.approx(1 / 8)
    assert [row["problem_id"] for row in out["per_problem"]] == ["a", "b"]


def test_uneven_samples_fail_loudly() -> None:
    results = [_result("a", [True, False]), _result("b", [True])]
    with pytest.raises(EvalSanityError, match="'b' has \\[1\\] samples"):
        summarize(results, ks=[1], equal=answers_equal)
    with pytest.raises(EvalSanityError):
        check_samples([], 4)


def test_truncation_above_the_limit_is_an_error() -> None:
    out = summarize([_result("a", [False] * 4, truncated=2)], ks=[1], equal=answers_equal, resamples=10)
    check_truncation(out, max_rate=0.5)
    with pytest.raises(EvalSanityError, match="50.0% of samples hit the token budget"):
        check_truncation(out, max_rate=0.25)
