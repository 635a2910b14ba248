"""`verify_answer`: extract, compare fast, and send what needs sympy to a killable worker."""

from __future__ import annotations

from collections.abc import Callable

from longcot.errors import ConfigError
from longcot.verify.compare import NeedsSympy, compare_answers, parse_gold
from longcot.verify.extract import find_answer
from longcot.verify.parts import answer_parts, closing_parts, gold_parts, joined
from longcot.verify.verdict import Verdict, VerdictStatus
from longcot.verify.workers import compare_in_helper


# Set to True inside worker processes: there the parent enforces the timeout by killing the worker,
# so sympy runs in-process.
IN_WORKER = False
before_sympy: Callable[[], None] | None = None  # set by the worker: flush finished results first
_MAX_PREDICTED = 1_000  # longer "answers" are prose or runaway boxes: unreadable, and short in the column


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
    stage = extract_stage(gold, response)
    if isinstance(stage, Verdict):
        return stage
    return grade(gold, *stage, timeout=timeout)


def extract_stage(gold: str, response: str) -> Verdict | tuple[str, str]:
    """The bounded first half of a check: read the gold, find the final answer, detect truncation.

    Pure string work with bounded cost, so it runs in the caller's process (the parent of a pool);
    only the comparison goes to workers, and responses, however long, never cross a pipe.

    Args:
        gold: The reference answer.
        response: The whole model output.

    Returns:
        A final :class:`Verdict` (`gold_unparseable`, `truncated`, `no_answer`, or `incorrect` for a
        runaway answer), or `(predicted, reason)` to pass to :func:`grade`.
    """
    if parse_gold(gold or "") is None:
        return Verdict(VerdictStatus.GOLD_UNPARSEABLE, None, f"cannot read gold answer {str(gold)[:60]!r}")
    found = find_answer(response or "")
    parts = gold_parts(gold)
    if parts is not None:
        # A gold in parts: a closing paragraph that labels or names each part is the last answer stated (after a
        # box a recheck overruled too); else, when the answer found does not state them all, the closing
        # paragraph's values in order (`The area is 84 and the perimeter is 56.`).
        final = (response or "").rsplit("</think>", 1)[-1]
        stated = closing_parts(final, parts, labelled_only=True)
        if stated is None and (found.answer is None or answer_parts(found.answer, parts) is None):
            stated = closing_parts(final, parts)
        if stated is not None:
            return joined(stated), "answer from the closing paragraph's parts"
    predicted = found.answer[:_MAX_PREDICTED] if found.answer is not None else None
    if found.truncated:
        return Verdict(VerdictStatus.TRUNCATED, predicted, found.reason)
    if predicted is None or not predicted.strip():
        return Verdict(VerdictStatus.NO_ANSWER, None, found.reason)
    if len(found.answer or "") > _MAX_PREDICTED:
        return Verdict(VerdictStatus.INCORRECT, predicted, f"{found.reason}; answer too long to read")
    return predicted, found.reason


def grade(gold: str, predicted: str, found: str, *, timeout: float = 5.0) -> Verdict:
    """The second half of a check: compare an extracted answer with the gold.

    Args:
        gold: The reference answer.
        predicted: The extracted answer.
        found: How it was found (the first half of the verdict's reason).
        timeout: Seconds allowed for sympy when it runs in the helper process. Defaults to 5.0.

    Returns:
        A :class:`Verdict`: `correct`, `incorrect` or (outside workers) `timeout`.
    """
    try:
        equal, why = compare_answers(gold, predicted)
    except NeedsSympy:
        if IN_WORKER:
            # The parent times this row alone: tell it which rows are done before the slow part starts.
            if before_sympy is not None:
                before_sympy()
            equal, why = compare_answers(gold, predicted, use_sympy=True)
        else:
            outcome = compare_in_helper(gold, predicted, timeout=timeout)
            if outcome is None:
                return Verdict(VerdictStatus.TIMEOUT, predicted, f"comparison took longer than {timeout:g}s")
            equal, why = outcome
    status = VerdictStatus.CORRECT if equal else VerdictStatus.INCORRECT
    return Verdict(status, predicted, f"{found}; {why}")


def grade_in_worker(gold: str, predicted: str, found: str) -> Verdict:
    """The comparison a worker process runs: sympy in-process, the parent enforces the timeout.

    Args:
        gold: The reference answer.
        predicted: The extracted answer.
        found: How it was found.

    Returns:
        A :class:`Verdict` (never `timeout`; the parent decides that).
    """
    try:
        return grade(gold, predicted, found)
    except RecursionError:
        return Verdict(VerdictStatus.INCORRECT, predicted, f"{found}; answer nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - a sympy failure on odd input is "not equal", not a crash
        return Verdict(VerdictStatus.INCORRECT, predicted, f"{found}; comparison failed: {type(exc).__name__}")
