"""Rows for the classes TWENTYTHIRD (tests/verify/outside_twentythird.py) found at first contact, by the lead.

TWENTYTHIRD (chat-assistant and textbook styles, half without a box) was written blind and committed before its
first run (84.5% accuracy, 98.9% precision: 2 false positives, 71 misses); these rows were written afterwards, one
class per fix, with values of their own, and hold the near misses that must stay wrong beside the forms that must
now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "I set up the computation and checked it twice; a first pass gave 11, which I rejected."


_TABLE = "| Item | Work | Value |\n|---|---|---|\n| Pairs | 27 | 27 |\n"


def _closing(text: str) -> str:
    return _WORK + "\n\n" + text


TWENTYTHIRD_FIXES: list[tuple[str, str, str, str]] = [
    # Numbers said in words, in a closing sentence or as the answer.
    ("words", "-4", _closing("So the final value is negative four."), C),
    ("words", "4", _closing("So the final value is negative four."), W),
    ("words", "-6", _closing("So it ended at minus six degrees."), C),
    ("words", "41", _closing("So Ana is currently forty-one."), C),
    ("words", "14", _closing("So Ana is currently forty-one."), W),
    ("words", "\\frac{2}{5}", _closing("So, **two-fifths** of the tank is full."), C),
    ("words", "\\frac{2}{5}", _closing("So, **three-fifths** of the tank is full."), W),
    ("words", "\\frac{5}{9}", _closing("The chance of a match is **5 over 9**."), C),
    ("words", "\\frac{5}{9}", _closing("The chance of a match is **9 over 5**."), W),
    ("words", "12", _closing("So it's the twelfth term."), C),
    ("words", "12", _closing("So it's the eleventh term."), W),
    ("words", "12", _closing("Answer: the twelfth term."), C),
    ("words", "8", _closing("**Answer:** eight vertices"), C),
    ("words", "8", _closing("**Answer:** eight vertices and six faces"), W),
    ("words", "6.25", _closing("So his change is 6 dollars and 25 cents."), C),
    ("words", "6.25", _closing("So his change is 6 dollars and 52 cents."), W),
    ("words", "30", _closing("So it was a thirty percent drop."), C),
    # Unicode math in closing prose: superscript exponents, `×`, `≈`, units after them.
    ("unicode", "3.2 \\times 10^{-5}", _closing("So the mass is 3.2 × 10⁻⁵ kg."), C),
    ("unicode", "3.2 \\times 10^{-5}", _closing("So the mass is 3.2 × 10⁻⁴ kg."), W),
    ("unicode", "2.1 \\times 10^{22}", _closing("So N = 2.1 × 10²² atoms."), C),
    ("unicode", "50.3", _closing("So A ≈ 50.3 cm²."), C),
    ("unicode", "50.3", _closing("So A ≈ 50.2 cm²."), W),
    ("unicode", "6.4 \\times 10^{3}", _closing("Answer: 6.4e3 grains."), C),
    # A stated rounding answers a rounded gold: the exact value alone does, a finer rounding does not.
    ("rounding", "8.7", _closing("So the length is $\\sqrt{75} \\approx 8.66$."), W),
    ("rounding", "8.7", _closing("**√75 ≈ 8.66**"), W),
    ("rounding", "8.66", _closing("**√75 ≈ 8.66**"), C),
    ("rounding", "8.7", _closing("So the length is $\\sqrt{75} \\approx 8.7$."), C),
    ("rounding", "\\sqrt{75}", _closing("So the length is $\\sqrt{75} \\approx 8.66$."), C),
    ("rounding", "2.45", _closing("Answer: t ≈ 2.45"), C),
    # Numbered steps state their result without a full stop; a day of the week closes a sentence.
    ("steps", "36", _closing("Step 3: 4 × 9 = 36\nStep 4: Total = 36"), C),
    ("steps", "36", _closing("Step 3: 4 × 9 = 36\nStep 4: Total = 63"), W),
    ("steps", "36", _closing("Step 3: 4 × 9 = 36\nStep 4: Total = 36 +"), T),
    ("days", "\\text{Monday}", _closing("So 50 days from today is a Monday."), C),
    ("days", "\\text{Monday}", _closing("So 50 days from today is a Sunday."), W),
    ("days", "\\text{Monday}", _closing("It fell on a Monday."), C),
    ("days", "\\text{Monday}", _closing("Step 4: One day after Sunday = Monday"), C),
    # A markdown table whose last row stops before its value cell is cut off.
    ("table", "54", _closing(_TABLE + "| Total | 27 × 2 |"), T),
    ("table", "54", _closing(_TABLE + "| Total | 27 × 2 | 54 |"), C),
    # Values assigned in plain text close the response: every one of them is the answer.
    ("assigned", "-3, 5", _closing("So x = −3 or x = 5."), C),
    ("assigned", "-3, 5", _closing("So x = −3 or x = 6."), W),
    ("assigned", "(4, 1)", _closing("Therefore x = 4 and y = 1."), C),
    ("assigned", "(4, 1)", _closing("Therefore x = 1 and y = 4."), W),
    # A box, then a recheck, then a closing paragraph that states another answer (TWENTYFOURTH's 22 false
    # positives): the last stated answer wins; a recheck that concludes nothing leaves the box.
    (
        "recheck",
        "15",
        _closing("So there are $\\boxed{15}$ ways.\n\nWait, let me recheck. Order matters: 30.\n\nSo 30 ways."),
        W,
    ),
    (
        "recheck",
        "30",
        _closing("So there are $\\boxed{15}$ ways.\n\nWait, let me recheck. Order matters: 30.\n\nSo 30 ways."),
        C,
    ),
    (
        "recheck",
        "15",
        _closing("So there are $\\boxed{15}$ ways.\n\nWait, let me recheck: 6 · 5 / 2 = 15 ✓.\n\nGood."),
        C,
    ),
    (
        "recheck",
        "15",
        _closing("So there are $\\boxed{15}$ ways.\n\nHmm, let me recheck. Still 15.\n\nSo there are 15 ways."),
        C,
    ),
    # A quantity closing a sentence whose subject is a name, or after `Rounding up,`.
    ("quantity", "7", _closing("Rounding up, the club needs 7 vans."), C),
    ("quantity", "7", _closing("Rounding up, the club needs 8 vans."), W),
    ("quantity", "12.40", _closing("Omar gets $12.40 in change."), C),
]
