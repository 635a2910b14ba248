"""`verify_answer`: extract, compare fast, and send what needs sympy to a killable worker."""

from __future__ import annotations

from longcot.errors import ConfigError
from longcot.verify.compare import NeedsSympy, compare_answers, parse_gold
from longcot.verify.extract import find_answer
from longcot.verify.verdict import Verdict, VerdictStatus


# Set to True inside worker processes: there the parent enforces the timeout by killing the worker,
# so sympy runs in-process.
IN_WORKER = False
_MAX_PREDICTED = 2_000  # longer "answers" are prose, not answers; kept short for the column


def verify_answer(gold: str, response: str, *, timeout: float = 5.0) -> Verdict:
    """Check a whole model output against a gold answer.

    Plain numbers, fractions, choices, text, lists and intervals of rationals are decided in this
    process without sympy; anything needing algebra runs in a helper process that is killed after
    `timeout` seconds, so this works from any thread and a power tower costs at most the timeout.

    Args:
        gold: The reference answer as the dataset stores it (`\\frac{1}{2}`, `204`, `\\text{(B)}`,
            `[2,5)`, with or without `$`/`\\boxed{}`).
        response: A whole model output, thinking included.
        timeout: Seconds allowed for the algebra of this check. Defaults to 5.0.

    Returns:
        A :class:`Verdict`.

    Raises:
        ConfigError: `timeout` is not positive.

    Example:
        >>> verify_answer("204", r"... so the total is \\boxed{204} minutes.").status.value
        'correct'
        >>> verify_answer(r"\\frac{1}{2}", r"The answer is \\boxed{0.5}.").correct
        True
    """
    if not timeout > 0:
        raise ConfigError(f"timeout must be positive, got {timeout!r}")
    if parse_gold(gold or "") is None:
        return Verdict(VerdictStatus.GOLD_UNPARSEABLE, None, f"cannot read gold answer {str(gold)[:60]!r}")
    found = find_answer(response or "")
    predicted = found.answer[:_MAX_PREDICTED] if found.answer is not None else None
    if found.truncated:
        return Verdict(VerdictStatus.TRUNCATED, predicted, found.reason)
    if predicted is None or not predicted.strip():
        return Verdict(VerdictStatus.NO_ANSWER, None, found.reason)
    try:
        equal, why = compare_answers(gold, predicted, use_sympy=IN_WORKER)
    except NeedsSympy:
        from longcot.verify.pool import compare_in_helper

        outcome = compare_in_helper(gold, predicted, timeout=timeout)
        if outcome is None:
            return Verdict(VerdictStatus.TIMEOUT, predicted, f"comparison took longer than {timeout:g}s")
        equal, why = outcome
    status = VerdictStatus.CORRECT if equal else VerdictStatus.INCORRECT
    return Verdict(status, predicted, f"{found.reason}; {why}")


def verify_in_worker(gold: str, response: str) -> Verdict:
    """The check a worker process runs: sympy in-process, the parent enforces the timeout.

    Args:
        gold: The reference answer.
        response: The whole model output.

    Returns:
        A :class:`Verdict` (never `timeout`; the parent decides that).
    """
    try:
        return verify_answer(gold, response)
    except RecursionError:
        return Verdict(VerdictStatus.INCORRECT, None, "answer nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - a sympy failure on odd input is "not equal", not a crash
        return Verdict(VerdictStatus.INCORRECT, None, f"comparison failed: {type(exc).__name__}")
