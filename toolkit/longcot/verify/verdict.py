"""The verdict vocabulary: one status per row, the extracted answer and a one-line reason."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class VerdictStatus(str, Enum):
    """Outcome of one check; the values are the `verdict` column's vocabulary (see `records.VERDICTS`)."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    NO_ANSWER = "no_answer"
    TRUNCATED = "truncated"
    GOLD_UNPARSEABLE = "gold_unparseable"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Verdict:
    """The result of checking one response against its gold answer.

    Attributes:
        status: One of :class:`VerdictStatus`.
        predicted: The extracted final answer, or None when there is none.
        reason: One line saying why (what was extracted, how it compared).

    Example:
        >>> Verdict(VerdictStatus.CORRECT, "204", "equal").correct
        True
    """

    status: VerdictStatus
    predicted: str | None
    reason: str

    @property
    def correct(self) -> bool:
        """True only for status `correct`."""
        return self.status is VerdictStatus.CORRECT

    def to_tuple(self) -> tuple[str, str | None, str]:
        """Plain data for pickling across processes: `(status, predicted, reason)`."""
        return self.status.value, self.predicted, self.reason

    @classmethod
    def from_tuple(cls, data: tuple[str, str | None, str]) -> Verdict:
        """Inverse of :meth:`to_tuple`."""
        return cls(VerdictStatus(data[0]), data[1], data[2])
