"""Rows for the classes TWENTYFIRST (tests/verify/outside_twentyfirst.py) found at first contact, by the lead.

TWENTYFIRST was written blind and committed before its first run, graded after TWENTYSECOND's fixes (95.5%
accuracy, 99.6% precision: one false positive, `2:45 AM` for `2:45 PM`, and 20 misses); these rows were written
afterwards, one class per fix, with values of their own, and hold the near misses that must stay wrong beside the
forms that must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "Working through it step by step gives the values below; my first try gave 9, which I then rechecked."


def _boxed(value: str) -> str:
    return _WORK + "\n\nTherefore, the final answer is $\\boxed{" + value + "}$."


def _closing(sentence: str) -> str:
    return _WORK + "\n\n" + sentence


TWENTYFIRST_FIXES: list[tuple[str, str, str, str]] = [
    # A time of day keeps its meridiem (the units no longer swallow it); 24-hour times read as the same time.
    ("clock", "7:15\\text{ PM}", _boxed("7:15\\text{ AM}"), W),
    ("clock", "7:15\\text{ PM}", _boxed("7:15\\text{ PM}"), C),
    ("clock", "7:15\\text{ PM}", _boxed("7:15 p.m."), C),
    ("clock", "7:15\\text{ PM}", _boxed("19:15"), C),
    ("clock", "7:15\\text{ PM}", _boxed("7:15"), C),  # no meridiem: either 7:15
    ("clock", "7:15\\text{ PM}", _boxed("19:51"), W),
    ("clock", "19:15", _boxed("7:15\\text{ pm}"), C),
    ("clock", "19:15", _boxed("7:15\\text{ am}"), W),
    ("clock", "9\\text{ AM}", _boxed("9:00\\text{ a.m.}"), C),
    ("clock", "9\\text{ AM}", _boxed("9\\text{ PM}"), W),
    ("clock", "12:00\\text{ AM}", _boxed("0:00"), C),
    ("clock", "12:00\\text{ AM}", _boxed("12:00\\text{ PM}"), W),
    ("clock", "12:00", _boxed("1:00"), W),  # issue 12, section 1: times are not ratios
    # A duration in any units it is written in: the same length, exactly.
    ("duration", "2\\text{ hours }15\\text{ minutes}", _boxed("2\\text{ h }15\\text{ min}"), C),
    ("duration", "2\\text{ hours }15\\text{ minutes}", _boxed("135\\text{ minutes}"), C),
    ("duration", "2\\text{ hours }15\\text{ minutes}", _boxed("2\\tfrac{1}{4}\\text{ hours}"), C),
    ("duration", "2\\text{ hours }15\\text{ minutes}", _boxed("2.25\\text{ hours}"), C),
    ("duration", "2\\text{ hours }15\\text{ minutes}", _boxed("2\\text{ h }25\\text{ min}"), W),
    ("duration", "2\\text{ hours }15\\text{ minutes}", _boxed("215\\text{ minutes}"), W),
    ("duration", "45\\text{ minutes}", _boxed("45\\text{ seconds}"), W),
    ("duration", "45\\text{ minutes}", _boxed("\\frac{3}{4}\\text{ hour}"), C),
    ("duration", "2\\text{ hours }15\\text{ minutes}", _closing("So the trip takes 2 hours and 15 minutes."), C),
    # Ratios written with `\colon` or `\mathbin{:}`.
    ("ratio", "5:7", _boxed("5 \\colon 7"), C),
    ("ratio", "5:7", _boxed("5\\mathbin{:}7"), C),
    ("ratio", "5:7", _boxed("7 \\colon 5"), W),
    # Units written with negative powers: `\mathrm{m}\,\mathrm{s}^{-1}` is m/s.
    ("units", "12\\text{ m/s}", _boxed("12\\,\\mathrm{m}\\,\\mathrm{s}^{-1}"), C),
    ("units", "12\\text{ m/s}", _boxed("21\\,\\mathrm{m}\\,\\mathrm{s}^{-1}"), W),
    # A function's rule under its name, another name or none.
    ("function", "g^{-1}(x)=\\frac{x-5}{2}", _boxed("\\frac{x-5}{2}"), C),
    ("function", "g^{-1}(x)=\\frac{x-5}{2}", _boxed("y=\\frac{x-5}{2}"), C),
    ("function", "g^{-1}(x)=\\frac{x-5}{2}", _boxed("g^{-1}(x)=\\frac{x+5}{2}"), W),
    ("function", "g^{-1}(x)=\\frac{x-5}{2}", _boxed("2x+5"), W),
    # Conditions listed together hold at once; a complement of an interval; ASCII intervals.
    ("conditions", "[-1,4)\\cup(4,\\infty)", _boxed("x \\geq -1,\\ x \\neq 4"), C),
    ("conditions", "[-1,4)\\cup(4,\\infty)", _boxed("\\{x \\mid x \\geq -1,\\ x \\neq 4\\}"), C),
    ("conditions", "(-1,4)\\cup(4,\\infty)", _boxed("x \\geq -1,\\ x \\neq 4"), W),
    ("conditions", "[-1,4)\\cup(4,\\infty)", _boxed("x \\geq -1,\\ x \\neq 5"), W),
    ("conditions", "(-\\infty,-1)\\cup(4,\\infty)", _boxed("x < -1 \\text{ or } x > 4"), C),
    ("conditions", "[2,6]", _boxed("x \\geq 2,\\ x \\leq 6"), C),
    ("conditions", "[2,6)", _boxed("x \\geq 2,\\ x \\leq 6"), W),
    ("conditions", "(2,6)", _boxed("x = 2,\\ y = 6"), C),  # equations name a point, as the table has it
    ("conditions", "(-\\infty,1]\\cup[5,\\infty)", _boxed("\\mathbb{R}\\setminus(1,5)"), C),
    ("conditions", "(-\\infty,1)\\cup(5,\\infty)", _boxed("\\mathbb{R}\\setminus(1,5)"), W),
    ("conditions", "(-\\infty,1)\\cup(5,\\infty)", _boxed("\\mathbb{R}\\setminus[1,5]"), C),
    ("conditions", "[-1,4)\\cup(4,\\infty)", _WORK + "\n#### [-1, 4) U (4, oo)", C),
    ("conditions", "[-1,4)\\cup(4,\\infty)", _WORK + "\n#### [-1, 4) U [4, oo)", W),
    # `the answer to the question is …`, and a word answer with an aside in parentheses.
    ("text", "\\text{Tuesday}", _closing("Putting it together, the answer to the question is Tuesday."), C),
    ("text", "\\text{Tuesday}", _closing("Putting it together, the answer to the question is Monday."), W),
    ("text", "\\text{Dana}", _closing("The answer is Dana (she took the book)."), C),
    ("text", "\\text{Dana}", _closing("The answer is Eli (Dana has an alibi)."), W),
    ("text", "\\text{Tuesday}", _closing("所以答案是 Tuesday (星期二)。"), C),
    # A line that stops on a conjunction, an operator word or an open parenthesis is a cut.
    ("cut", "(-\\infty,1]\\cup[5,\\infty)", _closing("Solution: x \\le 1 or"), T),
    ("cut", "y=2x+1", _closing("Tangent line: y - 3 = 2(x - 1), so"), T),
    ("cut", "(x+2)^2+(y-1)^2=16", _closing("Equation: (x + 2)^2 + (y"), T),
    ("cut", "20", _closing("Another way: C(6, 3) = 20 subsets, minus"), T),
    ("cut", "(x+2)^2+(y-1)^2=16", _closing("Equation: (x + 2)^2 + (y - 1)^2 = 16"), C),
]
