"""The labelled (gold, response, expected verdict) table, shared by the tests and bench/verify_bench.py.

Every row was written and labelled by hand against the grading policy in `longcot.verify`; one
comment per group says what it covers. Rows named after a math-verify failure listed in issue 3 are
regressions: math-verify 0.9.0 gets them wrong. `boxed(x)` wraps a bare answer in one of a few
realistic endings (rotating), so the table also exercises extraction.
"""

from __future__ import annotations

from typing import NamedTuple


C, W, N, T, G = "correct", "incorrect", "no_answer", "truncated", "gold_unparseable"  # W: wrong

_ENDINGS = (
    "Let me compute step by step.\n\nAfter simplifying, we get the result.\n\nSo the final answer is $\\boxed{{{}}}$.",
    "<think>\nOkay, let me think about this carefully. Checking again...\n</think>\n\nThe answer is \\(\\boxed{{{}}}\\).",  # noqa: E501
    "We verify every case.\n\n**Final Answer**\n\n\\[ \\boxed{{{}}} \\]",
    "<|begin_of_thought|>\n\nWork.\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\nThus the answer is "
    "\\( \\boxed{{{}}} \\).\n\n<|end_of_solution|>",
)
_counter = [0]


def boxed(answer: str) -> str:
    """A realistic response whose final answer is `\\boxed{answer}` (the ending rotates)."""
    _counter[0] += 1
    return _ENDINGS[_counter[0] % len(_ENDINGS)].format(answer)


class Case(NamedTuple):
    """One labelled pair."""

    category: str
    gold: str
    response: str
    expected: str


def _group(category: str, rows: list[tuple[str, str, str]], *, wrap: bool = True) -> list[Case]:
    return [Case(category, gold, boxed(pred) if wrap else pred, expected) for gold, pred, expected in rows]


CASES: list[Case] = []

# --- integers (AIME-style): plain, signs, leading zeros are the integer, wrong values are wrong
CASES += _group(
    "integer",
    [
        ("204", "204", C),
        ("204", "205", W),
        ("33", "033", C),  # AIME leading zero
        ("33", "0033", C),
        ("5", "005", C),
        ("0", "000", C),
        ("0", "0", C),
        ("100", "10", W),
        ("100", "1000", W),
        ("-7", "-7", C),
        ("-7", "7", W),
        ("7", "-7", W),
        ("25", "+25", C),
        ("721", "721", C),
        ("721", "712", W),
        ("113", "113.0", C),  # exact decimal of an integer
        ("113", "113.5", W),
        ("999", "999", C),
        ("1", "1", C),
        ("1", "l", W),  # a letter is not the digit
        ("12", "12.", C),
        ("42", "42 ", C),
        ("336", "3 3 6", W),
        ("80", "80", C),
        ("80", "81", W),
        ("2016", "2016", C),
        ("2016", "2,016", C),  # digit separator
        ("2016", "20,16", W),
        ("111", "111", C),
        ("111", "11", W),
    ],
)

# --- digit separators, e-notation, unicode (math-verify: `10\,080` read as 90, `1\,000` as 0, `3.2e5` as 3.2·e·5)
CASES += _group(
    "number_format",
    [
        ("10080", "10\\,080", C),  # regression: math-verify reads 90
        ("10080", "10\\!080", C),
        ("10080", "10{,}080", C),
        ("10080", "10 080", C),
        ("1000", "1\\,000", C),  # regression: math-verify reads 0
        ("1000", "1,000", C),
        ("1000000", "1,000,000", C),
        ("1000000", "1\\,000\\,000", C),
        ("1000", "1\\,001", W),
        ("10080", "10\\,800", W),
        ("320000", "3.2e5", C),  # regression: math-verify reads 3.2*e*5
        ("320000", "3.2 \\times 10^5", C),
        ("320000", "3.2 \\cdot 10^{5}", C),
        ("0.0032", "3.2e-3", C),
        ("320000", "3.2e4", W),
        ("-3", "\u22123", C),  # unicode minus
        ("-3", "\u2212 3", C),
        ("2\\pi", "2\u03c0", C),  # unicode pi
        ("\\sqrt{2}", "\u221a2", C),  # unicode sqrt
        ("\\sqrt{2}", "\u221a3", W),
        ("6", "2\u00d73", C),  # unicode times
        ("12345", "12,345", C),
        ("12345", "12.345", W),  # a decimal point is not a separator
        ("1234567", "1{,}234{,}567", C),
        ("5000", "5 \\, 000", C),
    ],
)

# --- fractions and exact rationals (fast path, no sympy)
CASES += _group(
    "fraction",
    [
        ("\\frac{1}{2}", "\\frac{1}{2}", C),
        ("\\frac{1}{2}", "\\frac{2}{4}", C),  # unsimplified
        ("\\frac{1}{2}", "1/2", C),
        ("\\frac{1}{2}", "0.5", C),
        ("\\frac{1}{2}", "\\dfrac{1}{2}", C),
        ("\\frac{1}{2}", "\\tfrac12", C),
        ("\\frac{1}{2}", "\\frac12", C),
        ("\\frac{1}{2}", "\\frac{1}{3}", W),
        ("\\frac{9}{7}", "\\dfrac{9}{7}", C),  # regression: math-verify misses bare \dfrac
        ("\\frac{9}{7}", "\\dfrac{7}{9}", W),
        ("-\\frac{35}{9}", "-\\frac{35}{9}", C),
        ("-\\frac{35}{9}", "\\frac{-35}{9}", C),
        ("-\\frac{35}{9}", "\\frac{35}{-9}", C),
        ("-\\frac{35}{9}", "\\frac{35}{9}", W),
        ("\\frac{14}{3}", "4\\frac{2}{3}", C),  # mixed number
        ("\\frac{14}{3}", "4.\\overline{6}", C),  # exact repeating decimal
        ("\\frac{3}{4}", "0.75", C),
        ("\\frac{3}{4}", "75/100", C),
        ("\\frac{3}{4}", "0.7", W),
        ("\\frac{1}{2^{99}}", "\\frac{1}{2^{99}}", C),
        ("\\frac{1}{2^{99}}", "\\frac{1}{2^{98}}", W),  # regression: math-verify says equal
        ("1/2^{99}", "2^{-99}", C),
        ("\\frac{1}{1024}", "\\frac{1}{2^{10}}", C),
        ("\\frac{1}{1024}", "2^{-10}", C),
        ("\\frac{1}{1024}", "2^{-11}", W),
        ("\\frac{5}{12}", "\\frac{10}{24}", C),
        ("\\frac{5}{12}", "0.41666", W),  # a rounded value is not the exact fraction
        ("\\frac{2}{3}", "\\frac{4}{6}", C),
        ("\\frac{2}{3}", "0.67", W),
        ("\\frac{7}{4}", "1.75", C),
        ("\\frac{7}{4}", "1\\frac{3}{4}", C),
        ("\\frac{7}{4}", "1.74", W),
        ("\\frac{16}{5}", "3.2", C),
        ("\\frac{16}{5}", "3.20", C),
        ("\\frac{16}{5}", "32/10", C),
    ],
)

# --- decimals: exact values, rounded golds
CASES += _group(
    "decimal",
    [
        ("0.15", "0.15", C),
        ("0.15", "\\frac{3}{20}", C),
        ("0.15", "0.150", C),
        ("0.15", "0.16", W),
        ("0.35625", "\\frac{57}{160}", C),
        ("0.35625", "0.3562", W),
        ("2.5", "\\frac{5}{2}", C),
        ("2.5", "2.50", C),
        ("2.5", "25", W),
        ("\\frac{1}{3}", "0.33", W),  # rounded prediction, exact gold
        ("\\frac{1}{3}", "0.333", W),
        ("\\frac{1}{3}", "0.\\overline{3}", C),  # exact repeating decimal
        ("\\frac{1}{3}", "\\frac{1}{3}", C),
        ("0.33", "\\frac{1}{3}", C),  # the gold itself is rounded
        ("3.14", "\\pi", C),  # rounded gold, exact value
        ("3.14", "3.1416", W),  # a longer decimal is another rounding (was C: FOURTEENTH's `3.142` false positive)
        ("3.14", "3.142", W),
        ("2.65", "2.6458", W),  # \sqrt{7} to the nearest hundredth, given to four places
        ("2.65", "\\sqrt{7}", C),  # the exact value still rounds to the gold
        ("3.14", "3.15", W),
        ("3.14", "3.1", W),
        ("1.41", "\\sqrt{2}", C),
        ("\\sqrt{2}", "1.414", W),  # rounded prediction of an irrational gold
        ("\\sqrt{2}", "1.41421356", W),
        ("\\pi", "3.14159", W),
        ("0.1", "\\frac{1}{10}", C),
        ("0.1", "0.01", W),
        ("-0.5", "-\\frac{1}{2}", C),
        ("-0.5", "0.5", W),
        (".5", "0.5", C),
        ("0.5", ".5", C),
        ("1.5", "1.5", C),
        ("1.5", "1.05", W),
    ],
)

# --- unsimplified but equal forms, radicals, pi, factorials (sympy tier)
CASES += _group(
    "expression",
    [
        ("120", "5!", C),
        ("120", "\\frac{6!}{6}", C),
        ("720", "6!", C),
        ("720", "5!", W),
        ("5\\sqrt{3}", "\\sqrt{75}", C),
        ("5\\sqrt{3}", "5\\sqrt{3}", C),
        ("5\\sqrt{3}", "\\sqrt{15}", W),
        ("\\frac{3\\sqrt{3}}{4}", "\\frac{3}{4}\\sqrt{3}", C),
        ("\\frac{3\\sqrt{3}}{4}", "\\frac{\\sqrt{27}}{4}", C),
        ("\\frac{3\\sqrt{3}}{4}", "\\frac{3\\sqrt{3}}{2}", W),
        ("2\\sqrt{2}", "\\sqrt{8}", C),
        ("2\\sqrt{2}", "2^{3/2}", C),
        ("2\\sqrt{2}", "\\sqrt{2}", W),
        ("\\sqrt{51}", "\\sqrt{51}", C),
        ("\\sqrt{51}", "51^{1/2}", C),
        ("\\sqrt{51}", "\\sqrt{50}", W),
        ("\\pi", "\\pi", C),
        ("2\\pi", "\\pi \\cdot 2", C),
        ("2\\pi", "4\\pi", W),
        ("\\frac{\\pi}{2}", "\\frac{1}{2}\\pi", C),
        ("\\frac{\\pi}{2}", "90", W),
        ("\\frac{4\\pi}{3}", "\\frac{4}{3}\\pi", C),
        ("9\\pi", "9 \\pi", C),
        ("36 - 4\\pi", "36-4\\pi", C),
        ("36 - 4\\pi", "4\\pi - 36", W),
        ("1 + \\sqrt{2}", "\\sqrt{2} + 1", C),
        ("1 + \\sqrt{2}", "\\frac{1}{\\sqrt{2} - 1}", C),  # rationalised form
        ("1 + \\sqrt{2}", "1 - \\sqrt{2}", W),
        ("\\frac{\\sqrt{3}}{3}", "\\frac{1}{\\sqrt{3}}", C),
        ("\\frac{\\sqrt{3}}{3}", "\\frac{\\sqrt{3}}{2}", W),
        ("\\sqrt[3]{2}", "2^{1/3}", C),
        ("\\sqrt[3]{2}", "2^{1/2}", W),
        ("\\binom{10}{3}", "120", C),
        ("120", "\\binom{10}{3}", C),
        ("120", "\\binom{10}{4}", W),
        ("e^2", "e^{2}", C),
        ("e^2", "e^3", W),
        ("\\ln 2", "\\log 2", C),
        # Degrees inside a function are its argument's unit (TWENTIETH's polar forms): `\sin 30^\circ` is 1/2.
        ("\\frac{1}{2}", "\\sin 30^\\circ", C),
        ("\\frac{\\sqrt{3}}{2}", "\\sin 30^\\circ", W),
        ("\\frac{1}{2}", "\\sin 30", W),  # without the degree sign 30 is in radians
        ("45", "45^\\circ", C),  # outside a function the degree sign is decoration
        ("\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}", C),
        ("2^{10}", "1024", C),
        ("1024", "2^{10}", C),
        ("1024", "2^{11}", W),
        ("3^{100}", "3^{100}", C),
        ("3^{100}", "3^{99}", W),
    ],
)

# --- symbolic expressions in variables (random-point tests)
CASES += _group(
    "symbolic",
    [
        ("p - q", "p-q", C),
        ("p - q", "-q + p", C),
        ("p - q", "q - p", W),
        ("x^2+2x+1", "(x+1)^2", C),
        ("x^2+2x+1", "(x-1)^2", W),
        ("(a+5)(b+2)", "(a + 5)(b + 2)", C),
        ("(a+5)(b+2)", "ab + 2a + 5b + 10", C),
        ("(a+5)(b+2)", "ab + 2a + 5b + 11", W),
        ("2x - 3", "-3 + 2x", C),
        ("2x - 3", "2x + 3", W),
        ("\\frac{x+1}{x-1}", "\\frac{1+x}{x-1}", C),
        ("\\frac{x+1}{x-1}", "\\frac{x-1}{x+1}", W),
        ("x^3 - 3x^2 + 4x - 1", "x^3-3x^2+4x-1", C),
        ("x^3 - 3x^2 + 4x - 1", "x^3-3x^2+4x+1", W),
        ("\\frac{1}{x}", "x^{-1}", C),
        ("\\frac{1}{x}", "x", W),
        ("n^2", "n \\cdot n", C),
        ("n^2", "2n", W),
        ("\\sin x \\cos x", "\\frac{1}{2}\\sin(2x)", C),
        ("\\sin^2 x + \\cos^2 x", "1", C),
        ("\\sin x", "\\cos x", W),
        ("4x^2 - 9", "(2x-3)(2x+3)", C),
        ("4x^2 - 9", "(2x-3)^2", W),
        ("a^2 b", "b a^2", C),
        ("a^2 b", "a b^2", W),
        ("\\frac{k(k+1)}{2}", "\\frac{k^2 + k}{2}", C),
        ("\\frac{k(k+1)}{2}", "\\frac{k^2 - k}{2}", W),
        ("2^n", "2^{n}", C),
        ("2^n", "n^2", W),
        ("x + y", "y + x", C),
        ("x + y", "x - y", W),
        ("x", "y", W),  # different variable
    ],
)

# --- tuples, pairs, vectors: in order
CASES += _group(
    "tuple",
    [
        ("(3,\\frac{\\pi}{2})", "\\left(3,\\ \\frac{\\pi}{2}\\right)", C),
        ("(3,\\frac{\\pi}{2})", "(3, \\pi/2)", C),
        ("(3,\\frac{\\pi}{2})", "(\\frac{\\pi}{2}, 3)", W),  # order matters
        ("(3,\\frac{\\pi}{2})", "(3, \\pi)", W),
        ("(15,-29)", "(15, -29)", C),
        ("(15,-29)", "(-29, 15)", W),
        ("(8,-2)", "( 8 , -2 )", C),
        ("(8,-2)", "(8, 2)", W),
        ("(6,31,-1)", "(6, 31, -1)", C),
        ("(6,31,-1)", "(6, 31)", W),
        ("(6,31,-1)", "(6, 31, -1, 0)", W),
        ("(1, 2)", "\\langle 1, 2 \\rangle", C),
        ("(1, 2)", "1, 2", C),  # bare pair in order
        ("(1, 2)", "2, 1", W),
        ("(0.5, 2)", "(\\frac{1}{2}, 2)", C),
        ("(2, -1, 3)", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}", C),  # column vector
        ("(2, -1, 3)", "\\begin{pmatrix} 2 \\\\ 1 \\\\ 3 \\end{pmatrix}", W),
        ("(1,1,1)", "(1,1,1)", C),
        ("(\\sqrt{2}, \\sqrt{3})", "(\\sqrt{2}, \\sqrt{3})", C),
        ("(\\sqrt{2}, \\sqrt{3})", "(\\sqrt{3}, \\sqrt{2})", W),
        ("(1, -2)", "x = 1, y = -2", C),  # assignments in order
        ("(1, -2)", "x=-2, y=1", W),
        ("(3, 4)", "(3, 4)", C),
        ("(3, 4)", "[3, 4]", W),  # a closed interval is not the pair
    ],
)

# --- sets ("find all"): any order, same elements, multiple boxes together
CASES += _group(
    "set",
    [
        ("-2,1", "-2, 1", C),
        ("-2,1", "1, -2", C),  # order does not matter
        ("-2,1", "1", W),  # missing an element
        ("-2,1", "-2, 1, 3", W),  # extra element
        ("1, -2", "\\{1, -2\\}", C),
        ("1, -2", "\\{-2, 1\\}", C),
        ("2, 7", "7, 2", C),
        ("2, 7", "x = 2, x = 7", C),
        ("2, 7", "x=2 \\text{ or } x=7", C),
        ("2, 7", "2 \\text{ and } 7", C),
        ("2, 7", "2, 8", W),
        ("0, 1, 2", "2, 0, 1", C),
        ("0, 1, 2", "0, 1", W),
        ("\\frac{1}{2}, 3", "3, 0.5", C),
        ("\\frac{1}{2}, 3", "3, 0.6", W),
        ("\\sqrt{2}, -\\sqrt{2}", "\\pm\\sqrt{2}", C),  # \pm states both values (issue 12)
        ("\\sqrt{2}, -\\sqrt{2}", "-\\sqrt{2}, \\sqrt{2}", C),
        ("1, 2, 3, 4", "4, 3, 2, 1", C),
        ("1, 2, 3, 4", "1, 2, 3, 5", W),
        ("3, 5, 7", "3, 5, 7", C),
    ],
)

# --- intervals and inequalities: endpoints and bracket types must match
CASES += _group(
    "interval",
    [
        ("[2,5)", "[2, 5)", C),
        ("[2,5)", "(2, 5)", W),  # bracket type
        ("[2,5)", "[2, 5]", W),
        ("[2,5)", "2 \\le x < 5", C),  # an inequality equals the interval
        ("[2,5)", "2 \\leq x < 5", C),
        ("[2,5)", "2 < x < 5", W),
        ("[2,5)", "5 > x \\geq 2", C),
        ("[2,5)", "x \\in [2,5)", C),
        ("(-\\infty, 3]", "(-\\infty, 3]", C),
        ("(-\\infty, 3]", "x \\le 3", C),
        ("(-\\infty, 3]", "x < 3", W),
        ("(-\\infty, 3]", "(-\\infty, 3)", W),
        ("(-\\infty, 3]", "(-\u221e, 3]", C),
        ("[1, \\infty)", "x \\geq 1", C),
        ("[1, \\infty)", "[1, +\\infty)", C),
        ("[1, \\infty)", "(1, \\infty)", W),
        ("(-\\infty,-2) \\cup (3,\\infty)", "(-\\infty, -2) \\cup (3, \\infty)", C),
        ("(-\\infty,-2) \\cup (3,\\infty)", "(3, \\infty) \\cup (-\\infty, -2)", C),
        ("(-\\infty,-2) \\cup (3,\\infty)", "(-\\infty, -2] \\cup (3, \\infty)", W),
        ("(-\\infty,-2) \\cup (3,\\infty)", "(-\\infty, 3)", W),
        ("x > 4", "(4, \\infty)", C),
        ("x > 4", "x > 4", C),
        ("x > 4", "x \\ge 4", W),
        ("-3 < x < 3", "(-3, 3)", C),
        ("-3 < x < 3", "[-3, 3]", W),
        ("[0, \\frac{1}{2}]", "[0, 0.5]", C),
        ("[0, \\frac{1}{2}]", "[0, 1/3]", W),
        ("(0, 1]", "0 < x \\leq 1", C),
    ],
)

# --- multiple choice: B, (B), \text{(B)}, \textbf{(B) }12 all mean B
CASES += _group(
    "choice",
    [
        ("\\text{(B)}", "B", C),
        ("\\text{(B)}", "(B)", C),
        ("\\text{(B)}", "\\text{(B)}", C),
        ("\\text{(B)}", "\\textbf{(B) }12", C),
        ("\\text{(B)}", "\\text{(B) } 12", C),
        ("\\text{(B)}", "C", W),
        ("\\text{(B)}", "\\textbf{(C) }12", W),
        ("\\text{(B)}", "12", W),  # a value is not a choice
        ("(C)", "(C) Plane", C),
        ("(C)", "C", C),
        ("(C)", "\\text{C}", C),
        ("(C)", "(A)", W),
        ("B", "(B)", C),
        ("B", "B", C),
        ("B", "D", W),
        ("\\textbf{(E)}", "E", C),
        ("\\textbf{(E)}", "\\mathrm{(E)}", C),
        ("\\textbf{(E)}", "A", W),
        ("A", "\\text{A}", C),
        ("A", "(A) 5", C),
        ("D", "\\textbf{(D)}\\ 2023", C),
        ("D", "(B)", W),
    ],
)

# --- equations: x = 3 equals 3; two-sided equations compare both sides
CASES += _group(
    "equation",
    [
        ("x=3", "3", C),
        ("x=3", "x = 3", C),
        ("x=3", "x=4", W),
        ("x=3", "4", W),
        ("3", "x = 3", C),
        ("3", "x=4", W),
        ("-4", "y = -4", C),
        ("y=2x+3", "y = 3 + 2x", C),
        ("y=2x+3", "y = 2x - 3", W),
        ("y=2x+3", "2x+3", C),
        ("5x-7y+11z+4=0", "5x - 7y + 11z + 4 = 0", C),
        ("5x-7y+11z+4=0", "-5x + 7y - 11z - 4 = 0", C),  # same plane, scaled
        ("5x-7y+11z+4=0", "10x - 14y + 22z + 8 = 0", C),
        ("5x-7y+11z+4=0", "5x - 7y + 11z - 4 = 0", W),
        ("x^2 + y^2 = 25", "x^2+y^2=25", C),
        ("x^2 + y^2 = 25", "y^2 + x^2 = 25", C),
        ("x^2 + y^2 = 25", "x^2 + y^2 = 5", W),
        ("7", "a + b = 7", C),
        ("7", "a + b = 8", W),
        ("20", "a + b + c = 11 + 9 + 0 = 20", C),
        ("20", "a + b + c = 11 + 9 + 0 = 21", W),
        ("k = 2", "k=2", C),
        ("k = 2", "2", C),
        ("k = 2", "k = -2", W),
    ],
)

# --- complex numbers: i is the imaginary unit when the gold is complex (math-verify: i^2 != -1)
CASES += _group(
    "complex",
    [
        ("-2+7i", "-2 + 7i", C),
        ("-2+7i", "7i - 2", C),
        ("-2+7i", "-2 - 7i", W),
        ("-2+7i", "7", W),
        ("-1", "i^2", C),  # regression: math-verify says i^2 != -1
        ("1", "i^4", C),
        ("-i", "i^3", C),
        ("i", "i^3", W),
        ("6-5i", "6 - 5i", C),
        ("6-5i", "3 - 2i", W),
        ("\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i", "\\frac{1 + i\\sqrt{3}}{2}", C),
        ("\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i", "\\frac{1 - i\\sqrt{3}}{2}", W),
        ("2i", "\\sqrt{-4}", C),  # principal square root of a negative
        ("1 + i", "(1+i)", C),
        ("1 + i", "\\frac{2}{1 - i}", C),
        ("1 + i", "1 - i", W),
        ("3 + 4i", "4i + 3", C),
        ("5", "|3 + 4i|", C),
    ],
)

# --- decoration: units, degrees, percent, dollars (a percent also reads as its number over 100)
CASES += _group(
    "decoration",
    [
        ("30", "30^\\circ", C),
        ("30", "30^{\\circ}", C),
        ("30", "30\u00b0", C),
        ("30", "30 \\text{ degrees}", C),
        ("30", "31^\\circ", W),
        ("10", "10\\%", C),
        ("10", "10%", C),
        ("10", "0.1", W),  # percent is not rescaled
        ("10\\%", "10", C),
        ("18.90", "\\$18.90", C),
        ("18.90", "18.9", C),
        ("18.90", "\\$18.80", W),
        ("5", "5 \\text{ cm}", C),
        ("5", "5\\text{ cm}^2", C),
        ("5", "5 \\mbox{ inches}", C),
        ("5", "6 \\text{ cm}", W),
        ("42", "42 \\text{ inches}", C),
        ("12", "12^{\\text{th}}\\text{ grade}", C),
        ("1250", "\\$1250", C),
        ("1250", "\\$1,250", C),
        ("40", "40 \\text{ minutes}", C),
        ("40", "4 \\text{ hours}", W),
        ("150", "150\\text{ feet}", C),
        ("90^\\circ", "90", C),
        ("90^\\circ", "\\frac{\\pi}{2}", W),  # no unit conversion guessed
    ],
)

# --- text answers: words compare case-insensitively
CASES += _group(
    "text",
    [
        ("\\text{Evelyn}", "\\text{Evelyn}", C),
        ("Evelyn", "\\text{Evelyn}", C),
        ("Evelyn", "Evelyn", C),
        ("Evelyn", "\\text{Bob}", W),
        ("\\text{east}", "\\text{East}", C),
        ("\\text{east}", "\\text{west}", W),
        ("\\text{Monday}", "Monday", C),
        ("\\text{Monday}", "Tuesday", W),
        ("\\text{odd}", "\\text{odd}", C),
        ("\\text{odd}", "\\text{even}", W),
        ("\\text{neither}", "\\text{neither}", C),
        ("\\text{yes}", "\\text{no}", W),
    ],
)

# --- integers written in another base: the subscript counts (math-verify: 123_4 = 123_5)
CASES += _group(
    "base",
    [
        ("123_4", "123_4", C),
        ("123_4", "123_5", W),  # regression: math-verify ignores the base
        ("123_4", "123_{4}", C),
        ("123_4", "123", C),  # digits in the asked base
        ("123_4", "132_4", W),
        ("10001_2", "10001_2", C),
        ("10001_2", "10001", C),
        ("10001_2", "10011_2", W),
        ("1A_{16}", "1A_{16}", C),
        ("1A_{16}", "1B_{16}", W),
    ],
)

# --- matrices
CASES += _group(
    "matrix",
    [
        ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", C),
        ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", C),
        ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix} 1 & 3 \\\\ 2 & 4 \\end{pmatrix}", W),
        ("\\begin{pmatrix}-1/3\\\\2/3\\\\5/3\\end{pmatrix}", "\\begin{pmatrix} -\\frac13 \\\\ \\frac23 \\\\ \\frac53 \\end{pmatrix}", C),  # noqa: E501
        ("\\begin{pmatrix}-1/3\\\\2/3\\\\5/3\\end{pmatrix}", "\\begin{pmatrix} -\\frac13 \\\\ \\frac23 \\\\ \\frac43 \\end{pmatrix}", W),  # noqa: E501
        ("\\begin{pmatrix} 0 \\\\ 1 \\end{pmatrix}", "(0, 1)", C),
        ("\\begin{pmatrix} 0 \\\\ 1 \\end{pmatrix}", "(1, 0)", W),
        ("\\begin{pmatrix} \\frac{16}{49} \\\\ \\frac{48}{49} \\end{pmatrix}", "\\begin{pmatrix} 16/49 \\\\ 48/49 \\end{pmatrix}", C),  # noqa: E501
        ("\\begin{pmatrix} 2 & 0 \\\\ 0 & 2 \\end{pmatrix}", "\\begin{pmatrix} 2 & 0 \\\\ 0 & 3 \\end{pmatrix}", W),
        ("\\begin{pmatrix} \\sqrt{2} \\\\ 1 \\end{pmatrix}", "\\begin{pmatrix} \\sqrt{2} \\\\ 1 \\end{pmatrix}", C),
    ],
)  # fmt: skip

# --- a second batch, written and labelled before it was first run (4 of 98 failed then; fixed, see comments)
CASES += _group(
    "expression",
    [
        ("\\frac{\\sqrt{3}}{2}", "\\dfrac{\\sqrt{3}}{2}", C),
        ("\\frac{\\sqrt{3}}{2}", "\\frac{\\sqrt 3}2", C),  # brace-less arguments
        ("\\frac{\\sqrt{3}}{2}", "\\frac{\\sqrt{3}}{3}", W),
        ("2\\sqrt{3}", "2\\sqrt3", C),
        ("2\\sqrt{3}", "\\sqrt{12}", C),
        ("2\\sqrt{3}+1", "1+\\sqrt{12}", C),
        ("\\log_2 8", "3", C),
        ("3", "\\log_2 8", C),
        ("3", "\\log_2 9", W),
        ("\\frac{-1+\\sqrt{5}}{2}", "\\frac{\\sqrt{5}-1}{2}", C),
        ("\\frac{-1+\\sqrt{5}}{2}", "\\frac{1+\\sqrt{5}}{2}", W),
        ("\\frac{-1+\\sqrt{5}}{2}", "0.618", W),  # rounded prediction of an irrational gold
        ("\\infty", "\\infty", C),
        ("\\infty", "-\\infty", W),
        ("4", "\\sqrt{16}", C),
        ("4", "\\sqrt{15}", W),
        ("4", "2^2", C),
        ("24", "4!", C),
        ("24", "4! = 24", C),
        ("\\sqrt{2}", "\\sqrt2", C),
        ("\\sqrt{2}", "2^{0.5}", C),
        ("\\sqrt{2}", "\\frac{2}{\\sqrt{2}}", C),
        ("3\\pi", "3 \\pi", C),
        ("3\\pi", "9.42", W),
        ("\\pi", "3.14", W),
        ("2\\pi", "2\\,\\pi", C),
        ("x^2", "x^{2}", C),
        ("x^2", "x\u00b2", C),  # unicode superscript (first run: failed)
        ("9", "3\u00b2", C),  # unicode superscript (first run: failed)
        ("\\frac{a}{b}", "a/b", C),
        ("\\frac{a}{b}", "b/a", W),
    ],
)
CASES += _group(
    "number_format",
    [
        ("0.001", "10^{-3}", C),
        ("0.001", "1e-3", C),
        ("1000", "1e3", C),
        ("1000", "10^3", C),
        ("1000", "10^4", W),
        ("5", "5.00", C),
        ("5", "5.01", W),
        ("0", "-0", C),
        ("-1", "-1.0", C),
        ("-5", "-5", C),
        ("-5", "- 5", C),
        ("-5", "5", W),
        ("10", "ten", C),  # a count written as a word, zero to twenty (was W before issue 12)
        ("10", "eleven", W),
        ("100", "hundred", W),  # past twenty: not read
        ("7", "7.", C),
        ("7", "$7$", C),
        ("6", "\\boxed{6}", C),
    ],
)
CASES += _group(
    "fraction",
    [
        ("\\frac{1}{7}", "0.\\overline{142857}", C),
        ("\\frac{1}{7}", "0.142857", W),
        ("2.5", "2\\frac{1}{2}", C),
        ("2.5", "\\frac{5}{2}", C),
        ("\\frac{1}{2}", "\\left( \\frac{1}{2} \\right)", C),
        ("\\frac{1}{2}", "\\cfrac{1}{2}", C),
        ("\\frac{3}{2}", "1.5", C),
        ("\\frac{3}{2}", "3/2", C),
        ("\\frac{3}{2}", "2/3", W),
        ("-\\frac{1}{2}", "-0.5", C),
        ("-\\frac{1}{2}", "\\frac{1}{-2}", C),
        ("1.5", "\\frac{3}{2}", C),
        ("\\dfrac{1}{4}", "0.25", C),
        ("0.25", "\\frac14", C),
        ("1/4", "25\\%", C),  # a percent is its number over 100 too
        ("1/4", "20\\%", W),
        ("10\\%", "0.1", C),
        ("10\\%", "0.01", W),
        ("0.125", "12.5 percent", C),
        ("12", "\\textbf{(C) }12", C),  # a choice label, then the value it stands for
        ("13", "(C) 12", W),
        ("5", "101_2", C),  # a number written in base 2 for a decimal gold
        ("101", "101_2", W),
        ("5", "10_0", W),
        ("25", "25\\,\\mathrm{cm^2}", C),  # the unit's power inside the braces
        ("26", "25\\text{ m^{3}}", W),
    ],
)
CASES += _group(
    "interval",
    [
        ("(-\\infty, 0)", "x \\in (-\\infty, 0)", C),
        ("(-\\infty, 0)", "x < 0", C),
        ("(-\\infty, 0)", "x \\le 0", W),
        ("[-1,1]", "-1 \\le x \\le 1", C),
        ("[-1,1]", "-1 < x \\le 1", W),
        ("[-1,1]", "\\left[ -1, 1 \\right]", C),
    ],
)
CASES += _group(
    "set",
    [
        ("\\{1,2,3\\}", "1,2,3", C),
        ("\\{1,2,3\\}", "\\{3,2,1\\}", C),
        ("\\{1,2,3\\}", "\\{1,2\\}", W),
        ("1,2", "x=1 \\text{ or } x=2", C),
        ("1,2", "x = 1, 2", C),
    ],
)
CASES += _group(
    "tuple",
    [
        ("(1,2)", "(1,2)", C),
        ("(1,2)", "(2,1)", W),
        ("(0,0)", "(0, 0)", C),
        ("(0,0)", "0", W),
        ("(2,3)", "x=2, y=3", C),
        ("(2,3)", "(x,y) = (2,3)", C),
        ("a=2, b=3", "a=2, b=3", C),
        ("a=2, b=3", "(2,3)", C),
        ("a=2, b=3", "a=3, b=2", W),  # labels count when both sides have them (first run: graded correct)
        ("2", "x=2 \\text{ and } y=3", W),
    ],
)
CASES += _group(
    "decoration",
    [
        ("45", "45^{\\circ}", C),
        ("\\frac{\\pi}{4}", "45^\\circ", W),  # no unit conversion guessed
        ("12.5", "12.5\\%", C),
        ("5", "\\$5.00", C),
        ("17", "17\\text{ cm}^2", C),
        ("20\\%", "20", C),
        ("20\\%", "0.2", C),  # a percent is its number over 100 too (was W before issue 12)
    ],
)
CASES += _group(
    "choice",
    [
        ("\\text{(D)}", "\\text{(D) }\\frac{1}{2}", C),
        ("\\text{(D)}", "\\textbf{(D)}", C),
        ("\\textbf{(A) }5", "A", C),  # a gold that labels its value (first run: failed)
        ("\\textbf{(A) }5", "B", W),
    ],
)
CASES += _group(
    "text",
    [
        ("\\text{Yes}", "yes", C),
        ("\\text{Yes}", "\\text{No}", W),
    ],
)
CASES += _group(
    "equation",
    [
        ("x=5", "5", C),
        ("x=5", "x=-5", W),
    ],
)

# --- operators around a value: only an equal value counts (precision first)
CASES += _group(
    "expression",
    [
        ("2", "\\pm 2", W),
        ("2", "\\approx 2", W),
        ("2", "\\geq 2", W),
        ("2", "x^2 = 4", W),
        ("2", "2\\ldots", W),  # an ellipsis is unfinished
        ("2", "x \\to 2", W),
        ("0", "\\emptyset", W),
        ("4", "\\lfloor 4.5 \\rfloor", C),
        ("3", "\\max(1,3)", C),
        ("2", "\\sqrt[3]{8}", C),
        ("8", "2^3 = 8", C),
        ("-1", "e^{i\\pi}", C),  # a real gold: i is still the imaginary unit
        ("2", "\\cos 0 + 1", C),
    ],
)

# --- precision (issue 12): tiny values, undefined values, a choice letter inside an expression.
# Equality is relative and exact where it can be decided: nothing "underflows to 0"; an undefined value
# (division by zero, `12:00` read as a ratio) equals nothing, itself included.
CASES += _group(
    "precision",
    [
        ("\\frac{1}{2004!}", "\\frac{1}{2006!}", W),
        ("\\frac{1}{2004!}", "\\frac{1}{2004!}", C),
        ("\\frac{1}{2004!}", "\\frac{2005 \\cdot 2006}{2006!}", C),
        ("e^{-100}", "e^{-101}", W),
        ("e^{-100}", "\\frac{1}{e^{100}}", C),
        ("2^{-4000}", "2^{-4001}", W),
        ("2^{-4000}", "\\frac{2}{2^{4001}}", C),
        ("\\pi/10^{31}", "2\\pi/10^{31}", W),
        ("\\pi/10^{31}", "\\pi \\cdot 10^{-31}", C),
        ("x/10^{40}", "2x/10^{40}", W),
        ("x/10^{40}", "x \\cdot 10^{-40}", C),
        ("10^{-50}", "10^{-51}", W),
        ("\\frac{1}{3} \\cdot 10^{-40}", "3.3333 \\cdot 10^{-41}", W),
        ("12:00", "1:00", W),
        ("\\frac{1}{0}", "\\frac{5}{0}", W),
        ("\\frac{1}{0}", "\\frac{1}{0}", W),
        ("0", "\\frac{0}{0}", W),
        ("x", "\\frac{x}{0}", W),
        ("x", "\\frac{x}{1-1}", W),
        ("\\infty", "\\frac{1}{0}", W),
        ("E", "\\mathrm{E}*2", W),
        ("E", "E + 1", W),
        ("E", "E^2", W),
        ("E", "\\mathrm{E}", C),
        ("E", "(E) 12", C),
        ("0.37", "\\frac{4}{11}", W),  # 0.3636...: rounds to 0.36
        ("0.36", "\\frac{4}{11}", C),
        ("\\pi", "\\frac{103993}{33102}", W),  # equal to 9 digits, not at 50
        ("\\pi", "103993/33102", W),
        ("\\sqrt{2}", "\\frac{665857}{470832}", W),
        ("1, 2", "(2, 1)", W),  # an ordered answer is not the set
        ("1, 2", "(1, 2)", C),
    ],
)

# --- precision past evalf's default reach (issue 12, h/prec): evalf looked for digits up to 100 working digits,
# so a difference below a relative ~1e-138 of its terms read as zero and these W rows were graded correct. The
# precision it may use now grows with the digits of the numbers in the difference; the C rows stay equal.
CASES += _group(
    "precision",
    [
        ("10^{100}", "\\sqrt{10^{200}+1}", W),  # a relative 5e-201 (was correct)
        ("\\sqrt{10^{400}+1}", "10^{200}", W),  # 5e-401 (was correct)
        ("\\sqrt{2}\\cdot 10^{200}", "\\sqrt{2\\cdot 10^{400}+1}", W),  # (was correct)
        ("e^{500}", "\\sqrt{e^{1000}+1}", W),  # numbers of 434 digits written with small ones (was correct)
        ("\\pi^{400}", "\\sqrt{\\pi^{800}+1}", W),  # (was correct)
        ("\\ln(10^{200}+1)", "200\\ln 10", W),  # (was correct)
        ("\\sqrt{10^{200}+1}", "10^{100}+\\frac{1}{2\\cdot 10^{100}}", W),  # first order agrees: 1e-401 (was correct)
        ("x^{2024}+x^{2023}", "x^{2023}(x+1)+10^{-3000}", W),  # at every point (was correct)
        ("10^{300}+2\\cdot 10^{150}", "(10^{150}+1)^2", W),  # the +1 is missing: exact rationals
        ("(10^{150}+1)^2", "10^{300}+2\\cdot 10^{150}+1", C),
        ("\\sqrt{10^{200}}", "10^{100}", C),
        ("2^{1000}", "4^{500}", C),
        ("\\frac{2006!}{2004!}", "2006\\cdot 2005", C),
        ("1", "\\sin^2 x + \\cos^2 x", C),
        ("e^{500}", "\\sqrt{e^{1000}}", C),
        ("\\ln(10^{200})", "200\\ln 10", C),
        ("\\sin^2(10^{300}) + \\cos^2(10^{300})", "1", C),  # an exact zero evaluated to 622 digits
        ("x^{2024}+x^{2023}", "x^{2023}(x+1)", C),
        ("\\sqrt{10^{200}+1}\\sqrt{10^{200}-1}", "\\sqrt{10^{400}-1}", C),
        ("\\sqrt{10^{200}+1} - 10^{100}", "\\frac{1}{\\sqrt{10^{200}+1}+10^{100}}", C),
    ],
)

# --- a function's argument without parentheses runs over the symbols juxtaposed with it (`\sin 2x` is sin(2x)):
# read as sin(2)·x, `\sin 2x` equalled `x\sin 2` (a false positive, TWELFTH at first contact) and missed
# `2\sin x\cos x`. An operator, a number or another function ends the argument.
CASES += _group(
    "symbolic",
    [
        ("\\sin 2x", "2\\sin x\\cos x", C),
        ("\\sin 2x", "2\\sin(x)\\cos(x)", C),
        ("\\sin 2x", "\\sin(2x)", C),
        ("\\sin 2x", "x\\sin 2", W),  # was correct
        ("\\sin 2x", "2\\sin x", W),
        ("2\\sin x\\cos x", "\\sin 2x", C),
        ("\\cos 2x", "\\cos^2 x - \\sin^2 x", C),
        ("\\cos 2\\theta", "1 - 2\\sin^2\\theta", C),
        ("\\cos 2\\theta", "\\theta\\cos 2", W),  # was correct
        ("\\tan 3x", "3\\tan x", W),
        ("\\sin \\pi x", "\\sin(\\pi x)", C),
        ("\\ln 2x", "\\ln 2 + \\ln x", C),
        ("\\ln 2x", "x\\ln 2", W),  # was correct
        ("\\sin^2 2x", "4\\sin^2 x\\cos^2 x", C),
        ("\\sin x\\cos x", "\\frac{\\sin 2x}{2}", C),  # another function ends the argument
        ("\\sin x \\cdot 2", "2\\sin x", C),  # so does an operator
        ("\\sin x + 1", "1 + \\sin x", C),
        ("\\sin x + 1", "\\sin(x + 1)", W),
    ],
)

# --- past evalf's cap (issue 12, h/mutcap): a difference that would need more than 10,000 working digits (numbers
# of more than about 5,000 digits) read as zero at the cap, so these W rows were graded correct. Past the cap the
# tier asks no precision: the difference is zero only when an exact check proves it (rationals; rational multiples of
# logarithms of rationals, at a point too), and otherwise the pair is not proven equal, hence incorrect, even where it
# is equal (the sine row: a correct answer graded wrong costs one trace, a wrong one graded right adds a wrong one).
# Huge integers here are even: sympy may test the primality of an odd one it is given (minutes at 12,000 digits).
CASES += _group(
    "precision",
    [
        ("e^{12000}", "\\sqrt{e^{24000}+1}", W),  # a relative 1e-10423 (was correct)
        ("\\ln(10^{12000}+2)", "12000\\ln 10", W),  # decided exactly: 10^{12000}+2 is not 10^{12000} (was correct)
        ("\\ln(6000!)", "\\ln 6000+\\ln(5999!)+10^{-12000}", W),  # a rational left over (was correct)
        ("x^{2024}+x^{2023}", "x^{2023}(x+1)+10^{-12000}", W),  # exact at every point (was correct)
        ("\\sin^2(10^{6000})+\\cos^2(10^{6000})", "1", W),  # equal, but not proven past the cap (was correct)
        ("\\ln(6000!)", "\\ln 6000+\\ln(5999!)", C),  # 20,066-digit integers: one exact product
        ("\\ln(10^{12000})", "12000\\ln 10", C),
        ("\\frac{1}{2}\\ln(6000!)", "\\ln\\sqrt{6000!}", C),  # a root inside the logarithm: half its logarithm
        ("x\\ln(6000!)", "x(\\ln 6000+\\ln(5999!))", C),  # exact at every point
        ("\\frac{\\ln(6000!)}{\\ln 2}", "\\frac{\\ln 6000+\\ln(5999!)}{\\ln 2}", C),  # over a common denominator
        # equations: the multiple of one's sides is checked exactly, not as ratios within 1e-9 (h/mutcap)
        ("y = x", "y = x + 10^{-20}", W),  # (was correct)
        ("x + y = 1", "x + y = 1 + 10^{-15}", W),  # (was correct)
        ("y = x\\ln(6000!)", "y = x(\\ln 6000+\\ln(5999!))+10^{-12000}", W),  # past the cap (was correct)
        ("y = x\\ln(6000!)", "y = x(\\ln 6000+\\ln(5999!))", C),
        ("y = \\sqrt{2}x", "\\sqrt{2}y = 2x", C),
    ],
)

# --- gold wrappers: $…$, \boxed{}, \(…\) around the gold are notation
CASES += _group(
    "gold_format",
    [
        ("$204$", "204", C),
        ("\\boxed{204}", "204", C),
        ("$\\boxed{204}$", "204", C),
        ("\\(\\frac{1}{2}\\)", "0.5", C),
        ("$\\frac{1}{2}$", "\\frac{2}{4}", C),
        ("\\boxed{\\text{(B)}}", "B", C),
        ("$x=3$", "3", C),
        ("$204$", "240", W),
        ("\\(\\frac{1}{2}\\)", "2", W),
        ("  17  ", "17", C),
    ],
)

# --- extraction: where the final answer is (raw responses, not wrapped)
CASES += _group(
    "extraction",
    [
        ("5", "First I got \\boxed{3}, but that was wrong. Correcting: the answer is \\boxed{5}.", C),  # last box
        ("3", "First I got \\boxed{3}, but that was wrong. Correcting: the answer is \\boxed{5}.", W),
        ("5", "So the result is \\fbox{5}.", C),  # \fbox
        ("5", "So the result is $\\boxed 5$.", C),  # \boxed without braces
        ("5", "\\boxed{\\boxed{5}}", C),  # nested box
        ("2, 7", "The roots are $\\boxed{2}$ and $\\boxed{7}$.", C),  # several boxes in one conclusion
        ("7", "The roots are $\\boxed{2}$ and $\\boxed{7}$.", W),  # regression: two boxes are not one answer
        ("27", "Hmm, $\\boxed{2}$ is a guess.\n\nAfter checking again, the answer is $\\boxed{7}$.", W),  # noqa: E501 - regression: never concatenated
        ("7", "Hmm, $\\boxed{2}$ is a guess.\n\nAfter checking again, the answer is $\\boxed{7}$.", C),
        ("73", "Adding up gives the total.\n\n**Answer:** **73**", C),  # regression: **73** is 73
        ("73", "The final answer is **73**.", C),
        ("73", "The final answer is **37**.", W),
        ("\\frac{9}{7}", "Simplify to get the ratio.\n\nThe answer is $\\dfrac{9}{7}$.", C),  # bare \dfrac
        ("8000", "I think the answer is definitely \\(8000\\).", C),
        ("9", "So the answer is 9 customers.", C),
        ("9", "Answer: 9", C),
        ("9", "ANSWER: 9", C),
        ("9", "Final answer: 8", W),
        ("1250", "So the answer is $1250.\n\nThat settles it.", C),  # a dollar sign, not math
        ("18", "We get 18 in the end. I double-checked and the answer is correct.\n\nSo it is 18.", C),
        ("225", "Therefore, the total number of battalions is indeed 225.\n\nI think that's the final answer.", C),
        ("9", "Counting these, there are 9 elements.\n\nI think that's the answer.", C),  # concluding sentence
        ("0.15", "All methods confirm that \\(\\frac{3}{20}\\) is equal to 0.15.", C),
        ("-4", "So, I'm confident that \\(y = -4\\) is the correct solution.", C),
        ("44", "This matches my earlier result, so I'm confident that 44 is the correct answer.", C),
        ("15", "Therefore, the polygon has 15 sides.\n\nI think that's the correct answer.", C),
        ("4", "So, no matter which way I approach it, I end up with 4 inches per second.", C),
        ("29", "Therefore, the cost of a pencil is indeed 29 cents.", C),
        ("20", "Therefore, the sum \\(a + b + c = 11 + 9 + 0 = 20\\).", C),
        ("2", "In conclusion, we have confirmed that:\n\n$$\\tan A = 2$$", C),
        ("3", "In conclusion, we have confirmed that:\n\n$$\\tan A = 2$$", W),
        ("\\frac{4}{3}", "Thus the asymptote is $$\\boxed{\\frac{4}{3}}.$$ \n\nThis is confirmed by the limit at infinity.", C),  # noqa: E501
        ("204", "The total time is \\( \\boxed{204} \\) minutes. \n<|end_of_solution|>", C),
        ("6", "<think>Let me try 5. No: 6 works.</think>\n\nThe number of intersections is 6.", C),
        ("6", "<think>Let me try 5. No: 6 works.</think>\n\nThe number of intersections is 5.", W),
        ("12", "\\boxed{12} is what I get for part (a), and for part (b) we get \\boxed{15}.", W),
    ],
    wrap=False,
)  # fmt: skip

# --- truncated: cut off before stating a final answer, even when the gold appears mid-derivation
_LONG = "We expand the product and collect terms. " * 20
CASES += _group(
    "truncated",
    [
        ("16", "<think>\nThe modulus is sqrt(256) = 16, so maybe 16. But earlier methods gave me", T),
        ("16", "<|begin_of_thought|>\n\nSo 16 seems right.\n\nBut wait, let me recheck the", T),
        ("2", "<think>\nTry x = 2: it works, so \\boxed{2}. Hmm, but is x = 2 the only one? Let me check x =", T),
        ("24", f"So the answer is 24.\n\nWait, that is not right.\n\n{_LONG}\n\nSo p(0) + p(4) = 24 +", T),
        ("4", f"We get $\\boxed{{4}}$ for now.\n\nBut wait.\n\n{_LONG}\n\nThus \\[ x = \\frac{{1}}{{2}} \\cdot", T),
        ("64", "<|begin_of_thought|>x<|end_of_thought|>\n\n<|begin_of_solution|>\n\nLet \\( a, b, c, d", T),
        ("1", "<|begin_of_solution|>\n\nTo find the maximum we compute the partial derivatives:\n\n1.", T),
        ("90", "The formula is:\n\n\\[\\cos \\theta = \\frac{|\\mathbf{d_1} \\cdot", T),
        ("720", "seat 1 (Pierre), and seats 2 through 8.\n\nBut the block consists of Pierre, Rosa, and", T),
        ("3", "\\[ x \\equiv 3 \\pmod{8} \\]\n\nSo, \\( x = 8k + 3 \\) for some", T),
        ("5", "The answer is \\boxed{5", T),  # cut inside the box
        ("44", "So x = 44 here.\n\nAlternatively, perhaps I can use the fact that", T),
        ("7", "Let's see: 3 + 4 = 7. Now we need to", T),
        ("100", "<think>" + "Compute 100 more steps. " * 40, T),
        ("12", f"$\\boxed{{12}}$\n\n{_LONG}\n\nWait, maybe I need", T),
    ],
    wrap=False,
)

# --- no answer: finished responses that never state one
CASES += _group(
    "no_answer",
    [
        ("204", "<think>long</think> I am not sure.", N),
        ("204", "", N),
        ("204", "   \n  ", N),
        ("5", "I cannot solve this problem without more information.", N),
        ("5", "This problem needs a diagram, which I cannot see.", N),
        ("12", "<think>Hmm.</think>\n\nLet me know if you want a hint!", N),
        ("3", "Here is my approach: factor, expand, compare coefficients.", N),
        ("\\frac{1}{2}", "The question asks for a probability. Probabilities lie between zero and one.", N),
    ],
    wrap=False,
)

# --- unreadable golds: a bad gold is not a wrong answer
CASES += _group(
    "gold_unparseable",
    [
        ("", "\\boxed{3}", G),
        ("   ", "\\boxed{3}", G),
        ("see figure", "\\boxed{3}", G),
        ("answer in the solution", "\\boxed{3}", G),
        ("$$", "\\boxed{3}", G),
    ],
    wrap=False,
)

# --- hostile content: Python in a response is text, never executed
CASES += _group(
    "hostile",
    [
        ("0", "\\boxed{__import__('os').system('touch /tmp/longcot_pwned')}", W),
        ("0", "The answer is __import__('os').system('echo pwned')", W),
        ("1", "\\boxed{eval('1')}", W),
        ("1", "\\boxed{\\text{exec}(1)}", W),
        ("2", "\\boxed{lambda: 2}", W),
    ],
    wrap=False,
)

# --- outside answer styles (issue 12): the batches written before and after the fixes, kept in their own file
from eighteenth_fixes import EIGHTEENTH_FIXES  # noqa: E402
from nineteenth_fixes import NINETEENTH_FIXES  # noqa: E402
from outside_cases import FOURTH, FOURTH_FIXES, FRESH, SECOND, THIRD, THIRD_FIXES  # noqa: E402
from outside_eighteenth import EIGHTEENTH  # noqa: E402
from outside_eighth import EIGHTH, EIGHTH_FIXES  # noqa: E402
from outside_eleventh import ELEVENTH, ELEVENTH_FIXES  # noqa: E402
from outside_fifteenth import FIFTEENTH, FIFTEENTH_FIXES  # noqa: E402
from outside_fifth import FIFTH, FIFTH_FIXES, PROBE_FIXES  # noqa: E402
from outside_fortieth import FORTIETH  # noqa: E402
from outside_fortyfirst import FORTYFIRST  # noqa: E402
from outside_fourteenth import FOURTEENTH, FOURTEENTH_FIXES  # noqa: E402
from outside_nineteenth import NINETEENTH  # noqa: E402
from outside_ninth import NINTH, NINTH_FIXES  # noqa: E402
from outside_seventeenth import SEVENTEENTH  # noqa: E402
from outside_seventh import SEVENTH, SEVENTH_FIXES  # noqa: E402
from outside_sixteenth import SIXTEENTH  # noqa: E402
from outside_sixth import SIXTH, SIXTH_FIXES  # noqa: E402
from outside_tenth import TENTH, TENTH_FIXES  # noqa: E402
from outside_thirteenth import THIRTEENTH, THIRTEENTH_FIXES  # noqa: E402
from outside_thirtieth import THIRTIETH  # noqa: E402
from outside_thirtyeighth import THIRTYEIGHTH  # noqa: E402
from outside_thirtyfifth import THIRTYFIFTH  # noqa: E402
from outside_thirtyfirst import THIRTYFIRST  # noqa: E402
from outside_thirtyfourth import THIRTYFOURTH  # noqa: E402
from outside_thirtyninth import THIRTYNINTH  # noqa: E402
from outside_thirtysecond import THIRTYSECOND  # noqa: E402
from outside_thirtyseventh import THIRTYSEVENTH  # noqa: E402
from outside_thirtysixth import THIRTYSIXTH  # noqa: E402
from outside_thirtythird import THIRTYTHIRD  # noqa: E402
from outside_twelfth import TWELFTH, TWELFTH_FIXES  # noqa: E402
from outside_twentieth import TWENTIETH  # noqa: E402
from outside_twentyeighth import TWENTYEIGHTH  # noqa: E402
from outside_twentyfifth import TWENTYFIFTH  # noqa: E402
from outside_twentyfirst import TWENTYFIRST  # noqa: E402
from outside_twentyninth import TWENTYNINTH  # noqa: E402
from outside_twentysecond import TWENTYSECOND  # noqa: E402
from outside_twentyseventh import TWENTYSEVENTH  # noqa: E402
from outside_twentysixth import TWENTYSIXTH  # noqa: E402
from sixteenth_fixes import SIXTEENTH_FIXES  # noqa: E402
from thirtieth_fixes import THIRTIETH_FIXES  # noqa: E402
from twentieth_fixes import TWENTIETH_FIXES  # noqa: E402
from twentyfirst_fixes import TWENTYFIRST_FIXES  # noqa: E402
from twentyfourth_fixes import TWENTYFOURTH_FIXES  # noqa: E402
from twentysecond_fixes import TWENTYSECOND_FIXES  # noqa: E402
from twentysixth_fixes import TWENTYSIXTH_FIXES  # noqa: E402
from twentythird_fixes import TWENTYTHIRD_FIXES  # noqa: E402


# TWELFTH labels a finished response that asks for clarification "incorrect" (rows 373, 374), and one cut off after
# a complete span (`…, $a_6 = 21$, $a_7$`, row 400) "truncated"; longcot says `no_answer` for all three (it does
# not tell that cut from an ending). The batch's binary labels (not correct) are kept; the table pins the status.
_TWELFTH_STATUS = {373: "no_answer", 374: "no_answer", 400: "no_answer"}
_TWELFTH = [(c, g, r, _TWELFTH_STATUS.get(i, e)) for i, (c, g, r, e) in enumerate(TWELFTH)]
assert all(TWELFTH[i][3] != "correct" for i in _TWELFTH_STATUS)

# THIRTEENTH, likewise: rows 420 and 428 ask for clarification ("incorrect" there, `no_answer` here). Rows 421 and
# 447 state a boxed answer and are then cut off inside a double-check (`…, so 2 of`); the writer labelled them
# "correct", longcot says `truncated` by design: the check might have overruled the box, and a trace that stops
# mid-sentence is no training example. These two are the batch's only binary disagreements, kept as a policy.
_THIRTEENTH_STATUS = {420: "no_answer", 428: "no_answer", 421: "truncated", 447: "truncated"}
_THIRTEENTH = [(c, g, r, _THIRTEENTH_STATUS.get(i, e)) for i, (c, g, r, e) in enumerate(THIRTEENTH)]

# FIFTEENTH: a cut longcot does not tell (binary label kept): `… 120 *` ends like a finished text without an
# answer (`no_answer`); not correct either way. (`… we get $A = $`, read as a stated, wrong value before SIXTEENTH's
# fixes, is `truncated` now, as labelled.)
_FIFTEENTH_STATUS = {397: "no_answer"}
_FIFTEENTH = [(c, g, r, _FIFTEENTH_STATUS.get(i, e)) for i, (c, g, r, e) in enumerate(FIFTEENTH)]
assert all(FIFTEENTH[i][3] != "correct" for i in _FIFTEENTH_STATUS)

# SIXTEENTH: one cut longcot does not tell (binary label kept): `…, which gives $x$` ends on a closed span after a
# verb, with no full stop, and is read as a stated, wrong value (`incorrect`).
_SIXTEENTH_STATUS = {408: "incorrect"}
_SIXTEENTH = [(c, g, r, _SIXTEENTH_STATUS.get(i, e)) for i, (c, g, r, e) in enumerate(SIXTEENTH)]
assert all(SIXTEENTH[i][3] != "correct" for i in _SIXTEENTH_STATUS)

# TWENTYSECOND: two cuts longcot does not tell (binary labels kept): a closing line of math with no stop
# (`$\cos^2\theta = … = \frac{16}{25}$`) reads as a stated, wrong value (`incorrect`), and one that ends on an
# identity with no stop (`… and $\sin(180^\circ - \theta) = \sin\theta$`) as a finished text without an answer.
_TWENTYSECOND_STATUS = {240: "no_answer", 255: "incorrect"}
_TWENTYSECOND = [(c, g, r, _TWENTYSECOND_STATUS.get(i, e)) for i, (c, g, r, e) in enumerate(TWENTYSECOND)]
assert all(TWENTYSECOND[i][3] != "correct" for i in _TWENTYSECOND_STATUS)

# Rows of table batches still read otherwise (none of them a false positive) are left out here and listed by batch
# in KNOWN_MISSES, which test_verify_table.py checks row by row.
KNOWN_MISSES: dict[str, frozenset[int]] = {
    "TWENTYSIXTH": frozenset({350, 417, 424}),
    "TWENTYSEVENTH": frozenset({83, 144, 190, 235, 280, 408}),
    "TWENTYEIGHTH": frozenset({234, 303}),
    "TWENTYNINTH": frozenset(
        {19, 28, 43, 45, 52, 60, 76, 82, 83, 98, 106, 107, 108, 113, 143, 148, 203, 219, 226, 227, 234, 235, 237}
        | {243, 295, 327, 328, 329, 344}
    ),
    "THIRTIETH": frozenset({351, 353}),
    "THIRTYFIRST": frozenset({250, 286, 299, 343}),
    "THIRTYSECOND": frozenset({105, 216, 312, 314, 351, 359, 368, 376, 407, 408, 421, 423, 428}),
    "THIRTYTHIRD": frozenset({54, 374, 384, 407}),
    "THIRTYFOURTH": frozenset({25, 135}),
    "THIRTYFIFTH": frozenset({29, 43, 129, 185, 256, 265, 299, 301, 318, 320, 342, 359, 360, 376}),
    "THIRTYSIXTH": frozenset({34, 178, 228}),
    "THIRTYSEVENTH": frozenset(
        {36, 114, 199, 200, 205, 215, 230, 257, 283, 284, 292, 301, 316, 317, 318, 319, 368, 372, 373, 376}
        | {381, 390, 399, 406, 407, 408, 409, 415, 416}
    ),
    "THIRTYEIGHTH": frozenset({57, 64, 79, 111, 207, 209, 219, 308, 383}),
    "THIRTYNINTH": frozenset({90}),
    "FORTIETH": frozenset(
        {1, 33, 39, 46, 47, 48, 49, 52, 78, 103, 110, 130, 136, 138, 154, 161, 165, 166, 167, 170, 171, 172, 175}
        | {244, 245, 259, 260, 266, 267, 268, 273, 274, 281, 295, 352, 373, 394, 396}
    ),
    "FORTYFIRST": frozenset({88, 271, 385}),
}
# FORTYFIRST row 136 is left out of the table by policy: `54\ \text{m}^3` against a gold `54` that the question
# meant in litres. A gold without a unit says nothing of the unit, so longcot reads the value (correct); the writer
# labelled it incorrect. `test_verify_table.py` pins that verdict.
POLICY_ROWS: dict[str, dict[int, str]] = {"FORTYFIRST": {136: "correct"}}
_TWENTYSIXTH = [row for i, row in enumerate(TWENTYSIXTH) if i not in KNOWN_MISSES["TWENTYSIXTH"]]
_TWENTYSEVENTH = [row for i, row in enumerate(TWENTYSEVENTH) if i not in KNOWN_MISSES["TWENTYSEVENTH"]]
_TWENTYNINTH = [row for i, row in enumerate(TWENTYNINTH) if i not in KNOWN_MISSES["TWENTYNINTH"]]
_TWENTYEIGHTH = [row for i, row in enumerate(TWENTYEIGHTH) if i not in KNOWN_MISSES["TWENTYEIGHTH"]]
_THIRTIETH = [row for i, row in enumerate(THIRTIETH) if i not in KNOWN_MISSES["THIRTIETH"]]
_THIRTYFIRST = [row for i, row in enumerate(THIRTYFIRST) if i not in KNOWN_MISSES["THIRTYFIRST"]]
_THIRTYSECOND = [row for i, row in enumerate(THIRTYSECOND) if i not in KNOWN_MISSES["THIRTYSECOND"]]
_THIRTYTHIRD = [row for i, row in enumerate(THIRTYTHIRD) if i not in KNOWN_MISSES["THIRTYTHIRD"]]
_THIRTYFOURTH = [row for i, row in enumerate(THIRTYFOURTH) if i not in KNOWN_MISSES["THIRTYFOURTH"]]
_THIRTYFIFTH = [row for i, row in enumerate(THIRTYFIFTH) if i not in KNOWN_MISSES["THIRTYFIFTH"]]
_THIRTYSIXTH = [row for i, row in enumerate(THIRTYSIXTH) if i not in KNOWN_MISSES["THIRTYSIXTH"]]
_THIRTYSEVENTH = [row for i, row in enumerate(THIRTYSEVENTH) if i not in KNOWN_MISSES["THIRTYSEVENTH"]]
_THIRTYEIGHTH = [row for i, row in enumerate(THIRTYEIGHTH) if i not in KNOWN_MISSES["THIRTYEIGHTH"]]
_THIRTYNINTH = [row for i, row in enumerate(THIRTYNINTH) if i not in KNOWN_MISSES["THIRTYNINTH"]]
_FORTIETH = [row for i, row in enumerate(FORTIETH) if i not in KNOWN_MISSES["FORTIETH"]]
_FORTYFIRST = [
    row
    for i, row in enumerate(FORTYFIRST)
    if i not in KNOWN_MISSES["FORTYFIRST"] and i not in POLICY_ROWS["FORTYFIRST"]
]

_BATCHES = (
    *(FRESH, SECOND, THIRD, THIRD_FIXES, FOURTH, FOURTH_FIXES, FIFTH, FIFTH_FIXES, PROBE_FIXES),
    *(SIXTH, SIXTH_FIXES, SEVENTH, SEVENTH_FIXES, EIGHTH, EIGHTH_FIXES, NINTH, NINTH_FIXES, TENTH, TENTH_FIXES),
    *(ELEVENTH, ELEVENTH_FIXES, _TWELFTH, TWELFTH_FIXES, _THIRTEENTH, THIRTEENTH_FIXES),
    *(FOURTEENTH, FOURTEENTH_FIXES, _FIFTEENTH, FIFTEENTH_FIXES, _SIXTEENTH, SIXTEENTH_FIXES, SEVENTEENTH),
    *(EIGHTEENTH, EIGHTEENTH_FIXES, NINETEENTH, NINETEENTH_FIXES, TWENTIETH, TWENTIETH_FIXES),
    *(TWENTYFIRST, TWENTYFIRST_FIXES, _TWENTYSECOND, TWENTYSECOND_FIXES, TWENTYTHIRD_FIXES, TWENTYFOURTH_FIXES),
    *(TWENTYFIFTH, _TWENTYSIXTH, TWENTYSIXTH_FIXES, _TWENTYSEVENTH, _TWENTYEIGHTH, _TWENTYNINTH),
    *(_THIRTIETH, _THIRTYFIRST, _THIRTYSECOND, THIRTIETH_FIXES, _THIRTYTHIRD, _THIRTYFOURTH, _THIRTYFIFTH),
    *(_THIRTYSIXTH, _THIRTYSEVENTH, _THIRTYEIGHTH, _THIRTYNINTH, _FORTIETH, _FORTYFIRST),
)
for _batch in _BATCHES:
    CASES += [Case(f"outside_{category}", gold, response, expected) for category, gold, response, expected in _batch]

CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(case.category for case in CASES))
