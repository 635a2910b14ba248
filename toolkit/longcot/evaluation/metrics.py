"""Scores of a student on a benchmark: pass@1 with a confidence interval, pass@k, cons@n, tokens.

Every function takes plain per-problem data (how many samples, which were correct, what each
answered) so that the recipe (`recipes/eval.py`), the bench and the tests share one implementation.

- pass@1 is the mean correctness over all n samples of each problem, averaged over problems. It does
  not depend on n (its expectation is the per-sample accuracy); only its variance shrinks as n grows.
- pass@k is the unbiased estimator of Chen et al. (2021), `1 - C(n-c, k) / C(n, k)` per problem,
  computed as a product of ratios (no factorials, no overflow at n = 64 or 1024).
- cons@n is a majority vote over the extracted answers, grouped into classes of mathematically equal
  answers; samples without an answer do not vote. A problem with no voting sample scores 0.
- The confidence interval is a percentile bootstrap over problems (the benchmark's problems are the
  sample; AIME has 30, so one problem moves pass@1 by 3.3 points).

Example:
    >>> pass_at_k(n=4, c=1, k=1)
    0.25
    >>> round(pass_at_k(n=4, c=1, k=2), 4)
    0.5
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from longcot.errors import ConfigError, LongcotError


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k of one problem: the chance that k of its n samples (no replacement) hold a correct one.

    Args:
        n: Samples drawn for the problem.
        c: How many of them are correct.
        k: Samples allowed; `1 <= k <= n`.

    Returns:
        `1 - C(n-c, k) / C(n, k)`, as the stable product `1 - prod_{i=n-c+1}^{n} (1 - k/i)`.

    Raises:
        ConfigError: `k` or `c` is out of range.

    Example:
        >>> pass_at_k(64, 0, 8), pass_at_k(64, 64, 8), pass_at_k(10, 3, 1)
        (0.0, 1.0, 0.3)
    """
    if not 0 <= c <= n:
        raise ConfigError(f"need 0 <= c <= n, got c={c}, n={n}")
    if not 1 <= k <= n:
        raise ConfigError(f"need 1 <= k <= n, got k={k}, n={n}", hint="ask for pass@k only with k up to n")
    if n - c < k:
        return 1.0
    if c == 0:
        return 0.0
    if k == 1:
        return c / n  # the product below, exactly
    return 1.0 - float(np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))


def pass_at_k_mean(ns: Sequence[int], cs: Sequence[int], k: int) -> float:
    """pass@k averaged over problems (each problem by its own n)."""
    if not ns:
        raise ConfigError("no problems to score")
    return sum(pass_at_k(n, c, k) for n, c in zip(ns, cs)) / len(ns)


def bootstrap_ci(
    per_problem: Sequence[float], *, resamples: int = 10_000, confidence: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of per-problem scores (problems resampled with replacement).

    Args:
        per_problem: One score per problem (e.g. its fraction of correct samples).
        resamples: Bootstrap resamples. Defaults to 10,000.
        confidence: Two-sided level. Defaults to 0.95.
        seed: Seed of the resampling, recorded with the result. Defaults to 0.

    Returns:
        `(low, high)`.

    Example:
        >>> bootstrap_ci([1.0] * 30)
        (1.0, 1.0)
    """
    if not per_problem:
        raise ConfigError("no problems to bootstrap")
    if not 0 < confidence < 1:
        raise ConfigError(f"confidence must be in (0, 1), got {confidence}")
    if resamples < 1:
        raise ConfigError(f"resamples must be >= 1, got {resamples}")
    scores = np.asarray(per_problem, dtype=np.float64)
    rng = np.random.default_rng(seed)
    means = np.empty(resamples)
    # Chunked so 10k resamples of 500 problems stay a few MB.
    chunk = max(1, 2_000_000 // scores.size)
    for start in range(0, resamples, chunk):
        stop = min(resamples, start + chunk)
        picks = rng.integers(0, scores.size, size=(stop - start, scores.size))
        means[start:stop] = scores[picks].mean(axis=1)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(means, [alpha, 1 - alpha])
    return float(low), float(high)


def answer_classes(answers: Sequence[str | None], equal: Callable[[str, str], bool]) -> list[list[int]]:
    """Group sample indices by equal answers; samples whose answer is None are left out.

    Identical strings share a class without a comparison; each new distinct answer is compared with
    one representative of every class so far (a problem has few distinct answers).

    Args:
        answers: The extracted answer of each sample, or None when it has none.
        equal: Whether two answers are the same value (`longcot.verify` equivalence).

    Returns:
        Classes as lists of sample indices, in order of first appearance.

    Example:
        >>> answer_classes(["1/2", "0.5", None, "3"], lambda a, b: {a, b} <= {"1/2", "0.5"})
        [[0, 1], [3]]
    """
    classes: list[list[int]] = []
    by_text: dict[str, int] = {}
    for i, answer in enumerate(answers):
        if answer is None or not answer.strip():
            continue
        key = answer.strip()
        if key in by_text:
            classes[by_text[key]].append(i)
            continue
        for ci, members in enumerate(classes):
            if equal(answers[members[0]].strip(), key):  # type: ignore[union-attr]
                members.append(i)
                by_text[key] = ci
                break
        else:
            by_text[key] = len(classes)
            classes.append([i])
    return classes


def majority_vote(
    answers: Sequence[str | None], correct: Sequence[bool], equal: Callable[[str, str], bool]
) -> tuple[bool, str | None, int]:
    """cons@n for one problem: is the most common answer class correct?

    Ties go to the class that appeared first (deterministic: the sample order is the seed's).

    Args:
        answers: Extracted answer per sample (None: no answer, does not vote).
        correct: Verdict per sample.
        equal: Answer equivalence.

    Returns:
        `(correct, winning answer or None, votes for it)`; `(False, None, 0)` when no sample answered.

    Example:
        >>> majority_vote(["4", "5", "4", None], [True, False, True, False], str.__eq__)
        (True, '4', 2)
    """
    if len(answers) != len(correct):
        raise ConfigError(f"got {len(answers)} answers but {len(correct)} verdicts")
    classes = answer_classes(answers, equal)
    if not classes:
        return False, None, 0
    best = max(classes, key=len)  # max keeps the first of equal lengths
    # Members of a class are equal answers, so they share a verdict; a majority guards against a verifier quirk.
    votes_correct = sum(bool(correct[i]) for i in best)
    return votes_correct * 2 > len(best), answers[best[0]], len(best)


def answers_equal(a: str, b: str) -> bool:
    """Whether two extracted answers are the same value, by `longcot.verify`'s fast comparison (both ways).

    Used to group answers for cons@n. Pairs only sympy could decide count as different (a vote is
    never merged on a guess), as do unreadable answers.

    Example:
        >>> answers_equal(r"\\frac{1}{2}", "0.5"), answers_equal("3", "4")
        (True, False)
    """
    from longcot.verify.compare import NeedsSympy, compare_answers

    if a == b:
        return True
    try:
        return compare_answers(a, b)[0] and compare_answers(b, a)[0]
    except NeedsSympy:
        return False
    except Exception:  # a parser failure on a model's text must not end the evaluation
        return False


@dataclass(frozen=True)
class ProblemResult:
    """What a benchmark run produced for one problem.

    Attributes:
        problem_id: Benchmark item id.
        correct: Verdict per sample (True: `correct`).
        answers: Extracted answer per sample, None when there is none.
        output_tokens: Generated tokens per sample.
        truncated: Per sample: the generation hit the token budget before it stopped.
    """

    problem_id: str
    correct: tuple[bool, ...]
    answers: tuple[str | None, ...]
    output_tokens: tuple[int, ...]
    truncated: tuple[bool, ...]

    @property
    def n(self) -> int:
        return len(self.correct)

    @property
    def c(self) -> int:
        return sum(self.correct)


class EvalSanityError(LongcotError):
    """A benchmark run broke an invariant (uneven n, pass@1 that depends on n, too many truncations)."""


def check_samples(results: Sequence[ProblemResult], n: int) -> None:
    """Every problem has exactly `n` samples, and every per-sample list has the same length.

    Raises:
        EvalSanityError: Naming the first problem that breaks it.
    """
    if not results:
        raise EvalSanityError("no problems were evaluated", hint="check the benchmark file and --limit")
    for r in results:
        sizes = {len(r.correct), len(r.answers), len(r.output_tokens), len(r.truncated)}
        if sizes != {n}:
            raise EvalSanityError(
                f"problem {r.problem_id!r} has {sorted(sizes)} samples, the protocol asks for n={n}",
                hint="a generation was lost: rerun the evaluation; never score an uneven set",
            )


def summarize(
    results: Sequence[ProblemResult],
    *,
    ks: Sequence[int],
    equal: Callable[[str, str], bool],
    resamples: int = 10_000,
    confidence: float = 0.95,
    seed: int = 0,
) -> dict:
    """Every score of a run, as plain data for `eval_results.json`.

    Args:
        results: One entry per problem, all with the same n (checked).
        ks: pass@k values to report; those above n are skipped.
        equal: Answer equivalence for cons@n.
        resamples, confidence, seed: Bootstrap settings (recorded in the output).

    Returns:
        A dict with `n`, `problems`, `pass@1` (mean, ci_low, ci_high), `pass@k`, `cons@n`,
        `avg_output_tokens`, `truncation_rate` and `per_problem` rows.

    Raises:
        EvalSanityError: Uneven samples, or pass@1 from the estimator differs from the mean correctness.
    """
    n = results[0].n if results else 0
    check_samples(results, n)
    ns, cs = [r.n for r in results], [r.c for r in results]
    per_problem_acc = [c / n for c in cs]
    pass1 = float(np.mean(per_problem_acc))
    estimator = pass_at_k_mean(ns, cs, 1)
    if not math.isclose(pass1, estimator, rel_tol=0, abs_tol=1e-12):  # the open-r1 #655 failure mode
        raise EvalSanityError(f"pass@1 {pass1!r} from the mean differs from the estimator's {estimator!r}")
    low, high = bootstrap_ci(per_problem_acc, resamples=resamples, confidence=confidence, seed=seed)
    votes = [majority_vote(r.answers, r.correct, equal) for r in results]
    tokens = np.array([t for r in results for t in r.output_tokens], dtype=np.float64)
    truncated = np.array([t for r in results for t in r.truncated], dtype=bool)
    rows = []
    for r, acc, (vote_ok, vote_answer, vote_count) in zip(results, per_problem_acc, votes):
        rows.append(
            {
                "problem_id": r.problem_id,
                "n": r.n,
                "correct": r.c,
                "pass_rate": acc,
                "cons_correct": vote_ok,
                "majority_answer": vote_answer,
                "majority_votes": vote_count,
                "no_answer": sum(a is None for a in r.answers),
                "avg_output_tokens": float(np.mean(r.output_tokens)),
                "truncated": int(sum(r.truncated)),
            }
        )
    return {
        "n": n,
        "problems": len(results),
        "samples": int(tokens.size),
        "pass@1": {"mean": pass1, "ci_low": low, "ci_high": high, "confidence": confidence},
        "pass@k": {str(k): pass_at_k_mean(ns, cs, k) for k in ks if 1 <= k <= n},
        "cons@n": float(np.mean([v[0] for v in votes])),
        "avg_output_tokens": float(tokens.mean()),
        "avg_output_tokens_correct": float(tokens[_flat_correct(results)].mean()) if sum(cs) else None,
        "truncation_rate": float(truncated.mean()),
        "bootstrap": {"resamples": resamples, "seed": seed, "over": "problems"},
        "per_problem": rows,
    }


def _flat_correct(results: Sequence[ProblemResult]) -> np.ndarray:
    return np.array([c for r in results for c in r.correct], dtype=bool)


def check_truncation(summary: dict, max_rate: float) -> None:
    """Fail when more samples hit the token budget than the protocol allows.

    Raises:
        EvalSanityError: The truncation rate is above `max_rate`.
    """
    rate = summary["truncation_rate"]
    if rate > max_rate:
        raise EvalSanityError(
            f"{rate:.1%} of samples hit the token budget (limit {max_rate:.1%}): the score measures the budget, "
            "not the model",
            hint="raise max_new_tokens in the protocol, or pass --max-truncation-rate to accept it (recorded)",
        )
