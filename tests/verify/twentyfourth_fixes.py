"""Rows for the classes that TWENTYTHIRD and TWENTYFOURTH still missed after their first fixes, by the lead.

Both batches (tests/verify/outside_twentythird.py, outside_twentyfourth.py) were pinned by row on 2026-12-03 with
27 and 36 known misses (prose answers in tutoring and homework styles). These rows were written on 2026-12-03 (a
later session), one class per fix, with values of their own, and hold the near misses that must stay wrong beside
the forms that must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "I set up the computation and checked it twice; a first pass gave 11, which I rejected."


def _closing(text: str) -> str:
    return _WORK + "\n\n" + text


def _recheck(box: str, closing: str) -> str:
    return _closing(f"So the result is $\\boxed{{{box}}}$.\n\nWait, let me recheck. I slipped on a sign.\n\n{closing}")


TWENTYFOURTH_FIXES: list[tuple[str, str, str, str]] = [
    # A temperature's scale letter goes with its degree sign (`−7°C`, `-7 °C`, `12° F`).
    ("temperature", "-7", _closing("Final answer: -7 °C"), C),
    ("temperature", "-7", _closing("So the reading is −7°C."), C),
    ("temperature", "-7", _closing("So the reading is 7°C."), W),
    ("temperature", "-7", _closing("It is 7 degrees below zero, i.e. −7 °C."), C),
    ("temperature", "12", _closing("**Answer:** 12° F"), C),
    ("temperature", "12", _closing("**Answer:** 21° F"), W),
    ("temperature", "-7", _recheck("7^\\circ\\text{C}", "So the reading is −7°C."), C),
    ("temperature", "-7", _recheck("-7^\\circ\\text{C}", "So the reading is 7°C."), W),
    # Unicode set and sign symbols: `∈`, `±`, `ℝ`.
    ("unicode", "-3, 8", _closing("**Answer:** x ∈ {−3, 8}"), C),
    ("unicode", "-3, 8", _closing("**Answer:** x ∈ {3, 8}"), W),
    ("unicode", "\\pm 5", _closing("**Answer:** x = ±5"), C),
    ("unicode", "\\pm 5", _closing("**Answer:** x = ±6"), W),
    # Plain-text math closing a sentence: a pair, a sum of terms, a product with `·`/`×` and a power of ten.
    ("plain", "(4, -1)", _closing("So (x, y) = (4, −1)."), C),
    ("plain", "(4, -1)", _closing("So (x, y) = (−1, 4)."), W),
    ("plain", "x^2+4x-21", _closing("The expanded form is −21 + 4x + x²."), C),
    ("plain", "x^2+4x-21", _closing("The expanded form is −21 − 4x + x²."), W),
    ("plain", "5a^2b", _closing("So the expression simplifies to 5a²b."), C),
    ("plain", "5ab^2", _closing("So the expression simplifies to 5a²b."), W),
    ("plain", "4ab^2", _closing("So it simplifies to 4ab²."), C),
    ("plain", "3.1\\times10^{-6}", _closing("In scientific notation, the value is 3.1 · 10^(−6)."), C),
    ("plain", "3.1\\times10^{-6}", _closing("In scientific notation, the value is 3.1 · 10^(−5)."), W),
    ("plain", "7.2\\times10^{-3}", _closing("In scientific notation, the mass is 7.2 × 10⁻³."), C),
    # Mixed numbers in plain text: a whole and a proper fraction (`2 5/8` is 21/8, not 2·5/8).
    ("mixed", "\\frac{21}{8}", _closing("Ben walked 2 5/8 miles in total."), C),
    ("mixed", "\\frac{21}{8}", _closing("The board is 2 and 5/8 feet long."), C),
    ("mixed", "\\frac{5}{4}", _closing("Ben walked 2 5/8 miles in total."), W),
    ("mixed", "\\frac{21}{8}", _closing("Ben walked 2 3/8 miles in total."), W),
    ("mixed", "\\frac{21}{8}", _closing("Total: 21 over 8 feet (that is, 2 and 5/8 feet)."), C),
    # Calendar dates in any of the usual forms (not `4/9/2026`, whose day and month order is a convention).
    ("date", "\\text{March 9, 2026}", _closing("So the deadline is March 9, 2026."), C),
    ("date", "\\text{March 9, 2026}", _closing("Answer: 2026-03-09"), C),
    ("date", "\\text{March 9, 2026}", _closing("So the deadline falls on Monday, 9 March 2026."), C),
    ("date", "\\text{March 9, 2026}", _closing("So the deadline is March 10, 2026."), W),
    ("date", "\\text{March 9, 2026}", _closing("Answer: 2026-09-03"), W),
    ("date", "2026-03-09", _closing("So the deadline is March 9th, 2026."), C),
    # A value restated after `, or` (the same value) or `, about` (its rounding); an `, or` between two values
    # is a hedge.
    ("restated", "\\frac{5}{8}", _closing("The probability is 5/8, or 0.625."), C),
    ("restated", "\\frac{5}{8}", _closing("The probability is 5/8, or 62.5%."), C),
    ("restated", "\\frac{5}{8}", _closing("The probability is 3/8, or 0.375."), W),
    ("restated", "5", _closing("The count is 5, or 6."), N),
    ("restated", "36\\pi", _closing("The exact area is 36π square inches, about 113.1 in²."), C),
    ("restated", "36\\pi", _closing("The exact area is 12π square inches, about 37.7 in²."), W),
    ("restated", "\\frac{3}{5}", _closing("The share left is 6/10 of the cake, which is the same as 0.6 of it."), C),
    # Numbers said in words after a verb that is not `is` (the subject's count is not the answer).
    ("spoken", "9", _closing("Three pumps would take nine hours to fill the tank."), C),
    ("spoken", "9", _closing("Three pumps would take six hours to fill the tank."), W),
    ("spoken", "7", _closing("Therefore, 30! ends in seven zeros."), C),
    ("spoken", "7", _closing("Therefore, 30! ends in six zeros."), W),
    ("spoken", "48", _closing("The coat ends up costing forty-eight dollars."), C),
    ("spoken", "48", _closing("The coat ends up costing eighty-four dollars."), W),
    ("spoken", "120", _closing("Therefore, the smaller share is one hundred twenty dollars."), C),
    ("spoken", "140", _closing("Each exterior angle measures one hundred forty degrees."), C),
    ("spoken", "8", _closing("The mean comes out to exactly eight."), C),
    ("spoken", "8", _closing("Therefore, the bus arrives eight minutes late."), C),
    ("spoken", "8", _closing("Therefore, the bus arrives nine minutes late."), W),
    ("spoken", "\\frac{5}{36}", _closing("The probability is five thirty-sixths (5/36)."), C),
    ("spoken", "\\frac{5}{9}", _closing("So the chance of a match is **5 over 9**."), C),
    ("spoken", "9", _closing("So the chance of a match is **5 over 9**."), W),
    # An offer to the reader after the answer in the same paragraph; a prose sentence after `Answer:`.
    ("offer", "18.25", _closing("Lee pays 18 dollars and 25 cents in total. Let me know if any step is unclear!"), C),
    ("offer", "18.25", _closing("Lee pays 18 dollars and 52 cents in total. Let me know if any step is unclear!"), W),
    ("offer", "9", _closing("**Answer: Omar has nine marbles left.**"), C),
    ("offer", "9", _closing("**Answer: Omar has six marbles left.**"), W),
    # There are N things: decimals and scientific notation in the rest of the sentence.
    ("there", "7200", _closing("So there are 7,200 seconds in 2.0 hours."), C),
    ("there", "2", _closing("So there are 7,200 seconds in 2.0 hours."), W),
    ("there", "3.01e23", _closing("There are 3.01e23 atoms in 0.5 mol of helium."), C),
    # A change said to go down: the negative change, or its size.
    ("change", "-6\\%", _closing("So the price has a net decrease of 6%."), C),
    ("change", "6\\%", _closing("So the price has a net decrease of 6%."), C),
    ("change", "-6\\%", _closing("So the price decreased by 6 percent overall."), C),
    ("change", "-6\\%", _closing("The net change is a **6% drop**."), C),
    ("change", "-6\\%", _closing("So the price has a net increase of 6%."), W),
    ("change", "-6\\%", _closing("So the price has a net decrease of 4%."), W),
    ("change", "-6\\%", _closing("Net percent change: negative six percent (a 6% drop)."), C),
    # Bounds said in words, and quantities named first.
    ("bound", "x > 4", _closing("So x must be greater than four."), C),
    ("bound", "x > 4", _closing("So x must be at least four."), W),
    ("bound", "x \\le -1", _closing("So x is at most negative one."), C),
    ("bound", "x \\le -1", _closing("So x is less than negative one."), W),
    ("bound", "n \\ge 12", _closing("Therefore n is at least 12."), C),
    ("first", "\\frac{5}{6}", _closing("Five sixths of the tank is left."), C),
    ("first", "\\frac{5}{6}", _closing("One sixth of the tank is left."), W),
    ("first", "62.7", _closing("About 62.7 kilojoules of energy are needed."), C),
    ("first", "62.7", _closing("About 26.7 kilojoules of energy are needed."), W),
    # Times of day in a sentence that goes on without a number, or restated in parentheses.
    ("time", "9:50 \\text{ pm}", _closing("The game ends at 9:50 PM, so leave the house by then."), C),
    ("time", "9:50 \\text{ pm}", _closing("The game ends at 9:50 AM, so leave the house by then."), W),
    ("time", "9:50 \\text{ pm}", _closing("It ends at 21:50 (that's 9:50 in the evening)."), C),
    # Homework-help forms probed by the lead before the next blind batches (written ahead of them, not from them):
    # a choice with its value and unit, a mixed number before its noun, a percent restating a fraction, a
    # duration in parts for a gold in minutes or hours, other currencies, vulgar fractions, `label → value`,
    # a verb with its object before the value.
    ("probe", "D", _closing("The correct option is (D) 72°."), C),
    ("probe", "C", _closing("The correct option is (D) 72°."), W),
    ("probe", "\\frac{11}{4}", _closing("**Answer:** 2 3/4 cups"), C),
    ("probe", "\\frac{11}{4}", _closing("**Answer:** 2 1/4 cups"), W),
    ("probe", "\\frac{5}{8}", _closing("The probability is 5/8 (62.5%)."), C),
    ("probe", "\\frac{5}{8}", _closing("The probability is 3/8 (37.5%)."), W),
    ("probe", "105", _closing("So the drive takes 1 hour and 45 minutes."), C),
    ("probe", "1.75", _closing("So the drive takes 1 hour and 45 minutes."), C),
    ("probe", "95", _closing("So the drive takes 1 hour and 45 minutes."), W),
    ("probe", "2750", _closing("**Total: €2,750**"), C),
    ("probe", "2750", _closing("**Total: £2,570**"), W),
    ("probe", "\\frac{3}{4}", _closing("So, **¾** of the seats were taken."), C),
    ("probe", "\\frac{3}{8}", _closing("So, **⅜** of the seats were taken."), C),
    ("probe", "\\frac{3}{4}", _closing("So, **⅜** of the seats were taken."), W),
    ("probe", "16", _closing("Final answer → 16"), C),
    ("probe", "16", _closing("Final answer → 61"), W),
    ("probe", "6", _closing("It will take them 6 hours working together."), C),
    ("probe", "6", _closing("It will take them 5 hours working together."), W),
]
