"""Answer verification: is a model's final answer equal to the reference?

Grading policy (precision first: a false positive puts a wrong trace into training data); the README's
"Answer verification" section lists it with examples:

- The final answer is the last `\\boxed{}`/`\\fbox{}` (with the boxes of the same conclusion), unless an
  "answer is …"/"Answer: …"/`#### 42` statement comes after it, else the value stated in the concluding
  sentence. Only the assistant's own (first) turn is read, in any chat template's tokens. A response cut
  off before stating a final answer is `truncated`, even if the gold appears mid-derivation; a closing
  remark after the answer is not a cut.
- Equal but unsimplified forms are accepted (`5!` for 120, `\\sqrt{75}` for `5\\sqrt{3}`). Values are
  exact and equality relative: `0.5 == 1/2`, but `0.33 != 1/3`, `1.414 != \\sqrt{2}` unless the gold
  itself is a rounded decimal, and `e^{-100} != e^{-101}`. An undefined value equals nothing.
- Units, `^\\circ`, `\\%` and `\\$` are decoration; percent is not rescaled. Times of day and durations keep
  their units (`2:45 PM` is `14:45`, not `2:45 AM`; `3 h 20 min` is `200 minutes`). Numbers said in words are
  numbers (`negative two`, `three-fourths`, `nineteenth`).
- "Find all" answers compare as sets (bare braces, unions and `\\emptyset` too); `\\pm a` is the two
  values; tuples in order; intervals by endpoints and bracket types; an inequality (`|x| < 3`, `x \\ne 1`)
  equals the set it describes (`|2x - 1| < 3`, `\\mathbb{R}` too); a labelled answer (`x = 3`, `(p, q) = (3, 2)`,
  `|AB| = 1`, `\\text{A} = 3`, `m + n = 25`) equals its value;
  `B`, `(B)`, `\\text{(B)}` and `\\textbf{(B) }12` all name choice B (a letter inside an expression names
  none); `i` is the imaginary unit when the gold is complex.

Example:
    >>> from longcot.verify import verify_answer
    >>> verify_answer("204", r"... the total is \\boxed{204} minutes.").status.value
    'correct'
"""

from typing import TYPE_CHECKING, Any

from longcot.verify.core import verify_answer
from longcot.verify.extract import extract_answer
from longcot.verify.pool import VerifierPool, verify_batch
from longcot.verify.verdict import Verdict, VerdictStatus


if TYPE_CHECKING:
    from longcot.verify.processor import VerifyAnswers, VerifyAnswersConfig


def __getattr__(name: str) -> Any:
    # The processor pulls in polars and the pipeline; worker processes never need it, so it loads lazily.
    if name in ("VerifyAnswers", "VerifyAnswersConfig"):
        from longcot.verify import processor

        return getattr(processor, name)
    raise AttributeError(f"module 'longcot.verify' has no attribute {name!r}")


__all__ = [
    "Verdict",
    "VerdictStatus",
    "VerifierPool",
    "VerifyAnswers",
    "VerifyAnswersConfig",
    "extract_answer",
    "verify_answer",
    "verify_batch",
]
