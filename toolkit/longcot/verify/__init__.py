"""Answer verification: is a model's final answer equal to the reference?

Grading policy (precision first: a false positive puts a wrong trace into training data):

- The final answer is the last `\\boxed{}`/`\\fbox{}` (with the boxes beside it when the conclusion
  boxes several parts), else an explicit "answer is …"/"Answer: …", else the value stated in the
  concluding sentence. A response cut off before stating a final answer is `truncated`, even if the
  gold appears mid-derivation.
- Equal but unsimplified forms are accepted (`5!` for 120, `\\sqrt{75}` for `5\\sqrt{3}`). Values
  are exact: `0.5 == 1/2`, but `0.33 != 1/3` and `1.414 != \\sqrt{2}` unless the gold itself is a
  rounded decimal. Leading zeros, digit separators, e-notation and unicode are notation.
- Units, `^\\circ`, `\\%` and `\\$` are decoration; percent is not rescaled.
- "Find all" answers compare as sets; tuples in order; intervals by endpoints and bracket types;
  an inequality equals the interval of the same set; `x = 3` equals `3`; `B`, `(B)`, `\\text{(B)}`
  and `\\textbf{(B) }12` all name choice B; `i` is the imaginary unit when the gold is complex.

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
