"""Rows for the classes TWENTIETH (tests/verify/outside_twentieth.py) found at first contact, written by the lead.

TWENTIETH was written blind and committed before its first run (97.4% accuracy, 100% precision, 12 misses); these
rows were written afterwards, one class per fix, with values of their own, and hold the near misses that must stay
wrong beside the forms that must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "Expanding and collecting terms gives the values below; I first wrote 14 and then rechecked the sum."


def _aligned(*rows: str) -> str:
    """A solution that closes on an `aligned` display inside `\\[ \\]`."""
    return (
        _WORK + "\n\nCollecting the steps:\n\\[\n\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}\n\\]"
    )


def _json(value: str) -> str:
    return _WORK + "\n\nReturning the result in the requested format:\n" + '{"answer": "' + value + '"}'


def _heading(line: str) -> str:
    return _WORK + "\n\n### Final Answer\n" + line


def _said(value: str) -> str:
    return _WORK + "\n\nANSWER: " + value


def _boxed(value: str) -> str:
    return _WORK + "\n\nHence the answer is $\\boxed{" + value + "}$."


TWENTIETH_FIXES: list[tuple[str, str, str, str]] = [
    # An `aligned` display closed by `\]`: the value its last row arrives at, after `=` or `\approx`.
    ("aligned ending", "\\frac{7}{8}", _aligned("S &= 1 - \\frac{1}{8}", "&= \\frac{7}{8}"), C),
    ("aligned ending", "\\frac{7}{8}", _aligned("S &= 1 - \\frac{1}{7}", "&= \\frac{6}{7}"), W),
    ("aligned ending", "(4,1,-2)", _aligned("2y &= 2", "y &= 1", "(x, y, z) &= (4, 1, -2)"), C),
    ("aligned ending", "(4,1,-2)", _aligned("2y &= 2", "y &= 1", "(x, y, z) &= (1, 4, -2)"), W),
    ("aligned ending", "0.714", _aligned("\\frac{5}{7} &= 0.714285\\ldots", "&\\approx 0.714"), C),
    ("aligned ending", "0.714", _aligned("\\frac{5}{7} &= 0.714285\\ldots", "&\\approx 0.715"), W),
    ("aligned ending", "4\\sqrt{3}", _aligned("|2+2i\\sqrt{3}| \\cdot 2 &= 4 \\cdot 2", "&= 8"), W),
    # A JSON object whose string holds braces.
    ("json", "\\{1,3,5\\}", _json("{1, 3, 5}"), C),
    ("json", "\\{1,3,5\\}", _json("{1, 3}"), W),
    ("json", "\\{1,3,5\\}", _json("{1, 3, 5, 7}"), W),
    # A `### Final Answer` heading over a line of math.
    ("heading", "5", _heading("$x \\equiv 5 \\ (\\mathrm{mod}\\ 9)$"), C),
    ("heading", "5", _heading("$x \\equiv 4 \\ (\\mathrm{mod}\\ 9)$"), W),
    ("heading", "12", _heading("$$n = 12$$"), C),
    # A choice letter in parentheses, then its value after a spacing command.
    ("choice", "B", _WORK + "\n\nTherefore, the final answer is $(B)\\ 3\\sqrt{3}$.", C),
    ("choice", "B", _WORK + "\n\nTherefore, the final answer is $(C)\\ 3\\sqrt{3}$.", W),
    ("choice", "B", _boxed("(B)^2"), W),  # an operator joins the letter: no choice named
    # No solution, said in words or as the empty set.
    ("no solution", "\\text{no real solutions}", _boxed("\\text{No real solution}"), C),
    ("no solution", "\\text{no real solutions}", _boxed("\\varnothing"), C),
    ("no solution", "\\text{no real solutions}", _said("There are no real solutions."), C),
    ("no solution", "\\varnothing", _said("There is no solution."), C),
    ("no solution", "\\text{no real solutions}", _boxed("x = -1"), W),
    ("no solution", "\\text{no real solutions}", _boxed("\\{-1\\}"), W),
    ("no solution", "\\varnothing", _boxed("\\text{one real solution}"), W),
    # An adjective answer with the noun it describes.
    ("head noun", "even", _boxed("\\text{even function}"), C),
    ("head noun", "\\text{acute triangle}", _boxed("\\text{acute}"), C),
    ("head noun", "even", _boxed("\\text{odd function}"), W),
    ("head noun", "\\text{even function}", _boxed("\\text{even number}"), W),
    # Polar forms and degrees inside a trigonometric function.
    ("polar", "-4", _said("4\\operatorname{cis}(180^\\circ)"), C),
    ("polar", "4", _said("4\\operatorname{cis}(180^\\circ)"), W),
    ("polar", "1+i\\sqrt{3}", _boxed("2\\,\\text{cis}\\,60^\\circ"), C),
    ("polar", "1-i\\sqrt{3}", _boxed("2\\,\\text{cis}\\,60^\\circ"), W),
    ("polar", "-2i", _boxed("2(\\cos 270^\\circ + i\\sin 270^\\circ)"), C),
    ("polar", "2i", _boxed("2(\\cos 270^\\circ + i\\sin 270^\\circ)"), W),
    ("polar", "\\frac{\\sqrt{2}}{2}", _boxed("\\cos 45^\\circ"), C),
    ("polar", "\\frac{\\sqrt{2}}{2}", _boxed("\\cos 45"), W),  # 45 radians
    # A response that stops inside a code block, or on a comma, is cut off.
    ("cut", "6.3", _WORK + "\n\nLet me confirm with Python.\n\n```python\nprint(2.1 *", T),
    ("cut", "6.3", _WORK + "\n\n```python\nprint(2.1 * 3)\n```\n```output\n6.3\n```\n\nSo the product is 6.3.", C),
    ("cut", "\\{-2,0,2\\}", "Factor: x^3 - 4x = x(x - 2)(x + 2).\n\nThe roots: x = 0, x = 2, and from x + 2 = 0,", T),
    ("cut", "\\{-2,0,2\\}", "Factor: x^3 - 4x = x(x - 2)(x + 2).\n\nThe roots: x = 0, x = 2, and x = -2.", C),
]
