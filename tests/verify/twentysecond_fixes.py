"""Rows for the classes TWENTYSECOND (tests/verify/outside_twentysecond.py) found at first contact, by the lead.

TWENTYSECOND was written blind and committed before its first run (97.3% accuracy, 100% precision, 12 misses and
5 status misses); these rows were written afterwards, one class per fix, with values of their own, and hold the
near misses that must stay wrong beside the forms that must now be read. Rows are `(category, gold, whole model
response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "Counting the cases one by one gives the totals below; I first wrote 31 and then rechecked the sum."
_CHOICE_WORK = (
    _WORK + "\n\nSo the perimeter is $\\boxed{\\textbf{(A) } 22}$.\n\nWait, let me recheck that. The sides are 7 "
    "and 5, so the perimeter is $2(7 + 5) = 24$, which is choice (B)."
)


def _closing(sentence: str) -> str:
    return _WORK + "\n\n" + sentence


_NONE = _closing("Both sides reduce to $4 = 9$, so the equation has no solution.")
_MANY = _closing("The lines coincide, so the system has infinitely many solutions.")


TWENTYSECOND_FIXES: list[tuple[str, str, str, str]] = [
    # AIME's three-digit form restated after the value: the value is read, the restatement is not a remark.
    ("aime", "57", _closing("The answer is 57 (three-digit: 057)."), C),
    ("aime", "057", _closing("The answer is 57 (three-digit form: 057)."), C),
    ("aime", "58", _closing("The answer is 57 (three-digit: 057)."), W),
    ("aime", "7", _closing("The number of such triples is $7$, entered as 007."), C),
    ("aime", "8", _closing("The number of such triples is $7$, entered as 007."), W),
    ("aime", "7", _closing("So the remainder is 7, written as 007."), C),
    ("aime", "70", _closing("So the remainder is 7, written as 007."), W),
    # `answer choice B` closing the response: after an earlier box, the last statement wins.
    ("choice", "B", _CHOICE_WORK + "\n\nThat is answer choice B.", C),
    ("choice", "A", _CHOICE_WORK + "\n\nThat is answer choice B.", W),
    ("choice", "B", _CHOICE_WORK + "\n\nThe perimeter is 24, which is answer choice (B).", C),
    ("choice", "B", _CHOICE_WORK + "\n\nSo I pick answer option **B**.", C),
    ("choice", "B", _CHOICE_WORK + "\n\nIt is not answer choice B.", W),  # a denial is no statement: the box stands
    ("choice", "A", _CHOICE_WORK + "\n\nIt is not answer choice B.", C),
    # How many solutions, said in a closing sentence; `infinitely many` and `\infty`, with or without the noun.
    ("solutions", "\\text{no solution}", _NONE, C),
    ("solutions", "\\varnothing", _NONE, C),
    ("solutions", "4", _NONE, W),
    ("solutions", "\\text{no real solution}", _closing("No real $y$ works, so there is no real solution."), C),
    ("solutions", "\\text{infinitely many}", _MANY, C),
    ("solutions", "\\text{no solution}", _MANY, W),
    ("solutions", "\\text{infinitely many}", _WORK + "\n\n$\\boxed{\\text{infinitely many solutions}}$", C),
    ("solutions", "\\text{infinitely many}", _WORK + "\n\nSo the answer is $\\infty$.", C),
    ("solutions", "\\infty", _WORK + "\n\nSo the answer is $\\boxed{\\text{infinitely many}}$.", C),
    ("solutions", "\\infty", _WORK + "\n\nSo the answer is $\\boxed{-\\infty}$.", W),
    ("solutions", "\\text{infinitely many}", _WORK + "\n\nSo the answer is $\\boxed{2\\infty}$.", W),
    ("solutions", "\\text{infinitely many}", _WORK + "\n\nSo the answer is $\\boxed{2}$.", W),
    ("solutions", "\\text{odd}", _WORK + "\n\nSo the answer is $\\boxed{\\text{infinitely many}}$.", W),
    # A `$` that opens a formula is no dollar amount: `The sum is $5 + (-2)` stops inside math.
    ("cut", "3", _closing("The sum is $5 + (-2)"), T),
    ("cut", "40", _closing("So the count is $4 \\cdot 5 \\cdot 2"), T),
    ("cut", "5", _closing("Maria pays $12 and $3, $15 in all. From $20 she gets back **$5** in change."), C),
    # A `since` clause with math and no main clause after it is a cut.
    ("cut", "5+i", _closing("Expanding gives $2 - 2i + 3i - 3i^2$.\n\nSince $i^2 = -1$"), T),
    ("cut", "5+i", _closing("Since $i^2 = -1$, the product is $5 + i$."), C),
    ("cut", "5+i", _closing("The product is $\\boxed{5+i}$.\n\nIf you have more questions just ask"), C),
]
