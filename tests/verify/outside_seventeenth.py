"""SEVENTEENTH: a held-out batch of labelled answer-verification pairs in long chain-of-thought styles (issue 12).

Written on 2026-12-02 by a helper session (branch h/batch17) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 60 lines of outside_ninth.py and
outside_fifteenth.py, for the row format, builder style and header style), and without running longcot,
math-verify or any other grader on any pair. Every pair was labelled by hand (sympy used by hand to check the
arithmetic only); pairs a reasonable grader could label either way were left out. Committed before any grading
run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates, then one of the endings real models write (DeepSeek-R1 `<think>` with a summary
and a box, QwQ, Sky-T1 thought/solution blocks, o1-style "**Final Answer**" prose, Claude-style "**Answer:**",
Minerva's "Final Answer: ... I hope it is correct.", GSM8K "####", and Llama/Qwen chat-template tails followed by a
new user turn). The batch leans on precision: about two thirds of the negatives are hard, with the gold in the text (an
intermediate, a rejected candidate, an earlier box later corrected, a value in a check) while the final answer
differs slightly (off by one, a sign, a factor of two, a missing root, an open endpoint, a swapped tuple, a
transposed matrix, a wrong letter, a wrong rounding). Correct rows include equivalent forms (decimals for
fractions, `\\dfrac`, `x=` prefixes, reordered sets, unsimplified surds, rationalised forms, degree signs) and
earlier wrong candidates or boxes that the final answer overrules.
Each problem has one worked reasoning (`_G...`, reaching the gold) and usually one flawed reasoning (`_B...`)
that several endings reuse; `_flip` appends a late (right or wrong) correction, `_box2` an earlier box that a
later one overrules, and `_cut` a mid-sentence truncation.
60 problems in 17 categories; 441 rows: 222 correct, 198 incorrect, 21 truncated.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"

_EOS_DS = "<｜end▁of▁sentence｜>"
_TURN_QWEN = (
    "<|im_end|>\n<|im_start|>user\nThanks! Can you also explain the second step?<|im_end|>\n<|im_start|>assistant\n"
)
_TURN_LLAMA = (
    "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nOkay, and what if the numbers were doubled?<|eot_id|>"
)


def _r1(reasoning: str, ans: str) -> str:
    return (
        "<think>\n"
        + reasoning
        + "\n</think>\n\nWorking through the steps above and checking the result, the answer is $\\boxed{"
        + ans
        + "}$."
        + _EOS_DS
    )


def _qwq(reasoning: str, ans: str) -> str:
    return reasoning + "\n\n**Final Answer**\n\n\\[ \\boxed{" + ans + "} \\]"


def _sky(reasoning: str, ans: str) -> str:
    return (
        "<|begin_of_thought|>\n\n"
        + reasoning
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\nFollowing the reasoning above, the solution is "
        + "\\(\\boxed{"
        + ans
        + "}\\).\n\n<|end_of_solution|>"
    )


def _o1(reasoning: str, ans: str) -> str:
    return reasoning + "\n\n**Final Answer**\n\nThe answer is $" + ans + "$."


def _claude(reasoning: str, ans: str) -> str:
    return reasoning + "\n\n**Answer:** $" + ans + "$"


def _minerva(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nFinal Answer: The final answer is $" + ans + "$. I hope it is correct."


def _gsm(reasoning: str, ans: str) -> str:
    return reasoning + "\n#### " + ans


def _llama(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nTherefore, the final answer is: $\\boxed{" + ans + "}$." + _TURN_LLAMA


def _qwen(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nThe final answer is $\\boxed{" + ans + "}$." + _TURN_QWEN


def _flip(build, reasoning: str, why: str, ans: str) -> str:
    """A late second look (right or wrong) that changes the answer, then the ending."""
    return build(reasoning + "\n\nWait, let me recheck that before I commit. " + why, ans)


def _box2(build, reasoning: str, first: str, why: str, ans: str) -> str:
    """An earlier boxed answer, overruled by a later one."""
    return build(reasoning + " So the answer is $\\boxed{" + first + "}$.\n\nHmm, wait. " + why, ans)


def _cut(reasoning: str, marker: str) -> str:
    """The reasoning up to (not including) `marker`: the model stopped there, mid-sentence."""
    assert marker in reasoning, marker
    return "<think>\n" + reasoning[: reasoning.index(marker)]


def _p(cat: str, gold: str, reasoning: str, *ends: tuple) -> list[tuple[str, str, str, str]]:
    return [(cat, gold, build(reasoning, ans), verdict) for build, ans, verdict in ends]


SEVENTEENTH: list[tuple[str, str, str, str]] = []
_add = SEVENTEENTH.extend


# --- integer: divisors of 360 -----------------------------------------------------------------------------------
_G_DIV = (
    "I need the number of positive divisors of 360. First factor it: 360 = 36 * 10 = 2^2 * 3^2 * 2 * 5, "
    "so 360 = 2^3 * 3^2 * 5.\n\nMy first instinct is to multiply the exponents, 3 * 2 * 1 = 6, but that's wrong: "
    "each prime can appear from 0 up to its exponent, so the count is (3+1)(2+1)(1+1).\n\n"
    "(3+1)(2+1)(1+1) = 4 * 3 * 2 = 24.\n\nLet me sanity check by listing the small ones: 1, 2, 3, 4, 5, 6, 8, 9, "
    "10, 12, 15, 18, and their partners 360, 180, 120, 90, 72, 60, 45, 40, 36, 30, 24, 20. That's 12 pairs, "
    "so 24 divisors. Since 360 is not a perfect square, no divisor pairs with itself, so 24 is consistent."
)
_B_DIV = (
    "Number of positive divisors of 360. 360 = 2^3 * 3^2 * 5. The divisor count is (3+1)(2+1)(1+1) = 24, "
    "but the question says proper divisors, so I drop 360 itself... actually I should also drop 1, since "
    "proper usually means other than 1 and n. Hmm, conventions differ. I'll go with excluding both: 24 - 2 = 22."
)
_add(
    _p(
        "integer",
        "24",
        _G_DIV,
        (_r1, "24", C),
        (_sky, "24", C),
        (_gsm, "24", C),
        (_minerva, "24", C),
        (_claude, "23", W),
        (_o1, "25", W),
    )
)
_add(_p("integer", "24", _B_DIV, (_r1, "22", W), (_qwen, "22", W)))
_add(
    [
        (
            "integer",
            "24",
            _flip(_qwq, _G_DIV, "Divisors come in pairs, and I may have counted 1 twice, so it's 23.", "23"),
            W,
        ),
        (
            "integer",
            "24",
            _box2(
                _r1,
                _G_DIV.replace("= 24.\n", "= 12.\n", 1),
                "12",
                "That's only the pairs; each pair gives two divisors, so 12 pairs means 24 divisors.",
                "24",
            ),
            C,
        ),
        ("integer", "24", _cut(_G_DIV, "4 * 3 * 2"), T),
    ]
)

# --- fraction: two dice summing to 8 ----------------------------------------------------------------------------
_G_DICE = (
    "Two fair six-sided dice are rolled; I want P(sum = 8). There are 6 * 6 = 36 equally likely ordered outcomes.\n\n"
    "Pairs with sum 8: (2,6), (3,5), (4,4), (5,3), (6,2). (1,7) is impossible since a die only goes to 6. "
    "That's 5 outcomes.\n\nWait, should (3,5) and (5,3) count separately? Yes, the dice are distinguishable in "
    "the sample space of 36, so both count. So P = 5/36.\n\nCheck against the sum-7 case, which has 6 outcomes "
    "and probability 6/36 = 1/6; sum 8 should be slightly less likely, and 5/36 < 6/36. Good."
)
_B_DICE = (
    "Two dice, P(sum = 8). The unordered pairs are {2,6}, {3,5}, {4,4}, so 3 ways. Total unordered outcomes: "
    "21. So P = 3/21 = 1/7. Hmm, but I'm told to use 36 outcomes... if I count (2,6),(3,5),(4,4) as three out "
    "of 36 that's 3/36 = 1/12. I'll go with 1/12."
)
_add(
    _p(
        "fraction",
        "\\frac{5}{36}",
        _G_DICE,
        (_r1, "\\frac{5}{36}", C),
        (_qwq, "\\dfrac{5}{36}", C),
        (_claude, "5/36", C),
        (_llama, "\\frac{5}{36}", C),
        (_sky, "\\frac{6}{36}", W),
        (_minerva, "\\frac{5}{18}", W),
    )
)
_add(_p("fraction", "\\frac{5}{36}", _B_DICE, (_r1, "\\frac{1}{12}", W), (_o1, "\\frac{1}{12}", W)))
_add(
    [
        (
            "fraction",
            "\\frac{5}{36}",
            _box2(
                _qwq,
                _B_DICE,
                "\\frac{1}{12}",
                "Unordered pairs are not equally "
                "likely: (4,4) happens one way but {3,5} two ways. Ordered count is 5, so 5/36.",
                "\\frac{5}{36}",
            ),
            C,
        ),
        (
            "fraction",
            "\\frac{5}{36}",
            _flip(
                _r1, _G_DICE, "Sum at least 8 is what matters here: 5+4+3+2+1 = 15, so 15/36 = 5/12.", "\\frac{5}{12}"
            ),
            W,
        ),
    ]
)

# --- surd: distance between (1, 2) and (5, 6) -------------------------------------------------------------------
_G_DIST = (
    "Distance between (1, 2) and (5, 6). dx = 5 - 1 = 4, dy = 6 - 2 = 4. d = sqrt(4^2 + 4^2) = sqrt(16 + 16) "
    "= sqrt(32).\n\nSimplify: 32 = 16 * 2, so sqrt(32) = 4 sqrt(2). At first I wrote 2 sqrt(8), which is the same "
    "number but not fully simplified; 8 = 4 * 2 gives 2 * 2 sqrt(2) = 4 sqrt(2).\n\nNumerically 4 * 1.4142 = "
    "5.657, and sqrt(32) = 5.657. Consistent. The diagonal of a 4-by-4 square is 4 sqrt 2, which matches."
)
_B_DIST = (
    "Distance between (1, 2) and (5, 6): the horizontal gap is 4 and the vertical gap is 4, so d^2 = 4 + 4 = 8 "
    "(squaring... hmm, I'll add the gaps first: d^2 = 8). So d = sqrt(8) = 2 sqrt(2)."
)
_add(
    _p(
        "surd",
        "4\\sqrt{2}",
        _G_DIST,
        (_r1, "4\\sqrt{2}", C),
        (_sky, "\\sqrt{32}", C),
        (_o1, "4\\sqrt2", C),
        (_minerva, "2\\sqrt{8}", C),
        (_claude, "4\\sqrt{3}", W),
        (_qwen, "32", W),
    )
)
_add(_p("surd", "4\\sqrt{2}", _B_DIST, (_qwq, "2\\sqrt{2}", W), (_llama, "2\\sqrt{2}", W)))
_add([("surd", "4\\sqrt{2}", _cut(_G_DIST, "= sqrt(16 + 16)"), T)])

# --- pi: circle inscribed in a square of side 10 ----------------------------------------------------------------
_G_INSC = (
    "A circle is inscribed in a square of side 10. The circle touches all four sides, so its diameter equals "
    "the side: d = 10, r = 5.\n\nWait, is it inscribed or circumscribed? Inscribed means inside the square, "
    "so the diameter is the side, not the diagonal. (Circumscribed would have r = 5 sqrt 2 and area 50 pi.)\n\n"
    "Area = pi r^2 = pi * 25 = 25 pi. Numerically about 78.54, which is less than the square's 100. Good."
)
_B_INSC = (
    "Circle inscribed in a square of side 10. The radius is the distance from the center to a corner... "
    "that's half the diagonal, 10 sqrt(2) / 2 = 5 sqrt(2). Area = pi * 50 = 50 pi."
)
_add(
    _p(
        "pi",
        "25\\pi",
        _G_INSC,
        (_r1, "25\\pi", C),
        (_qwq, "25 \\pi", C),
        (_claude, "\\pi \\cdot 25", C),
        (_qwen, "25\\pi", C),
        (_sky, "100\\pi", W),
        (_minerva, "25", W),
    )
)
_add(_p("pi", "25\\pi", _B_INSC, (_o1, "50\\pi", W)))
_add(
    [
        (
            "pi",
            "25\\pi",
            _box2(
                _sky,
                _B_INSC,
                "50\\pi",
                "That's the circumscribed circle. Inscribed means r = 5, so the area is 25\\pi.",
                "25\\pi",
            ),
            C,
        ),
        (
            "pi",
            "25\\pi",
            _flip(
                _r1, _G_INSC, "Maybe they want the circumscribed one after all: r = 5 sqrt 2, area 50 pi.", "50\\pi"
            ),
            W,
        ),
    ]
)

# --- interval: |x - 3| <= 2 -------------------------------------------------------------------------------------
_G_ABS = (
    "Solve |x - 3| <= 2. This means -2 <= x - 3 <= 2. Adding 3 throughout: 1 <= x <= 5.\n\n"
    "Endpoints: at x = 1, |1 - 3| = 2 <= 2, true, so 1 is included. At x = 5, |5 - 3| = 2, included. "
    "At x = 0, |0 - 3| = 3 > 2, excluded; at x = 6, 3 > 2, excluded.\n\nI briefly wrote x - 3 <= 2 only, "
    "which gives x <= 5, but that drops the lower bound. The full solution is the closed interval [1, 5]."
)
_B_ABS = (
    "Solve |x - 3| <= 2. So x - 3 <= 2 or x - 3 >= -2... that's -2 <= x - 3 <= 2, then subtract 3: "
    "-5 <= x <= -1. Hmm, let me make sure: I subtracted instead of added, but I'll trust the algebra: [-5, -1]."
)
_add(
    _p(
        "interval",
        "[1, 5]",
        _G_ABS,
        (_r1, "[1, 5]", C),
        (_sky, "[1,5]", C),
        (_o1, "x \\in [1, 5]", C),
        (_qwq, "\\left[1, 5\\right]", C),
        (_claude, "(1, 5)", W),
        (_minerva, "[1, 5)", W),
        (_qwen, "(-\\infty, 5]", W),
    )
)
_add(_p("interval", "[1, 5]", _B_ABS, (_r1, "[-5, -1]", W)))
_add([("interval", "[1, 5]", _cut(_G_ABS, "1 <= x <= 5.\n"), T)])

# --- set: roots of x^3 - 6x^2 + 11x - 6 -------------------------------------------------------------------------
_G_CUB = (
    "Find all roots of x^3 - 6x^2 + 11x - 6 = 0. Rational root candidates: +-1, +-2, +-3, +-6.\n\n"
    "x = 1: 1 - 6 + 11 - 6 = 0. Yes. Divide by (x - 1): coefficients 1, -6, 11, -6 -> 1, -5, 6, remainder 0. "
    "So x^3 - 6x^2 + 11x - 6 = (x - 1)(x^2 - 5x + 6) = (x - 1)(x - 2)(x - 3).\n\nCheck x = -1: -1 - 6 - 11 - 6 = "
    "-24, not a root, so negative candidates fail (all terms have the same sign). Check x = 3: 27 - 54 + 33 - 6 = 0. "
    "Good. Vieta: sum of roots 1 + 2 + 3 = 6 matches the coefficient 6, product 6 matches. Roots are 1, 2, 3."
)
_add(
    _p(
        "set",
        "1, 2, 3",
        _G_CUB,
        (_r1, "1, 2, 3", C),
        (_qwq, "\\{3, 1, 2\\}", C),
        (_claude, "x = 1, 2, 3", C),
        (_llama, "1,2,3", C),
        (_sky, "1, 2", W),
        (_o1, "1, 2, 4", W),
        (_minerva, "-1, -2, -3", W),
    )
)
_add(
    [
        (
            "set",
            "1, 2, 3",
            _flip(
                _r1,
                _G_CUB,
                "The question wants the roots other than the obvious one x = 1, so that leaves 2 and 3.",
                "2, 3",
            ),
            W,
        ),
    ]
)


# --- tuple: 2x + y = 7, x - y = 2 -------------------------------------------------------------------------------
_G_SYS = (
    "Solve the system 2x + y = 7 and x - y = 2, and give (x, y).\n\nAdd the equations: 3x = 9, so x = 3. "
    "Then y = x - 2 = 1.\n\nCheck: 2(3) + 1 = 7. Yes. 3 - 1 = 2. Yes.\n\nLet me also try substitution to be "
    "safe: from the second, x = y + 2; then 2(y + 2) + y = 7, 3y = 3, y = 1, x = 3. Same. So (x, y) = (3, 1)."
)
_B_SYS = (
    "Solve 2x + y = 7, x - y = 2. Subtract the second from the first: x + 2y = 5. With x - y = 2, subtract "
    "again: 3y = 3, so y = 1... then x = 5 - 2y = 3. Hmm wait, I'll write it as (y, x) order as they appear: "
    "(1, 3)."
)
_add(
    _p(
        "tuple",
        "(3, 1)",
        _G_SYS,
        (_r1, "(3, 1)", C),
        (_sky, "(3,1)", C),
        (_claude, "\\left(3, 1\\right)", C),
        (_qwen, "(3, 1)", C),
        (_o1, "(1, 3)", W),
        (_minerva, "(3, -1)", W),
    )
)
_add(_p("tuple", "(3, 1)", _B_SYS, (_qwq, "(1, 3)", W)))
_add(
    [
        (
            "tuple",
            "(3, 1)",
            _flip(
                _llama,
                _G_SYS,
                "Actually the first equation might be 2x - y = 7: then 3x = 9 still, x = 3, and y = 2x - 7 = -1.",
                "(3, -1)",
            ),
            W,
        )
    ]
)

# --- matrix: A^2 for A = [[1, 2], [3, 4]] ------------------------------------------------------------------------
_G_MSQ = (
    "Compute A^2 where A = [[1, 2], [3, 4]].\n\nRow 1 times column 1: 1*1 + 2*3 = 7. Row 1 times column 2: "
    "1*2 + 2*4 = 10. Row 2 times column 1: 3*1 + 4*3 = 15. Row 2 times column 2: 3*2 + 4*4 = 22.\n\n"
    "My first thought was to square each entry, giving [[1, 4], [9, 16]], but matrix squaring is A times A, not "
    "entrywise. Check with the trace/determinant: tr A = 5, det A = -2, and Cayley-Hamilton gives A^2 = 5A + 2I "
    "= [[5+2, 10], [15, 20+2]] = [[7, 10], [15, 22]]. Agrees."
)
_M_SQ = "\\begin{pmatrix} 7 & 10 \\\\ 15 & 22 \\end{pmatrix}"
_add(
    _p(
        "matrix",
        _M_SQ,
        _G_MSQ,
        (_r1, _M_SQ, C),
        (_qwq, "\\begin{bmatrix} 7 & 10 \\\\ 15 & 22 \\end{bmatrix}", C),
        (_minerva, "\\begin{pmatrix}7&10\\\\15&22\\end{pmatrix}", C),
        (_sky, "\\begin{pmatrix} 7 & 15 \\\\ 10 & 22 \\end{pmatrix}", W),
        (_o1, "\\begin{pmatrix} 7 & 10 \\\\ 15 & 20 \\end{pmatrix}", W),
    )
)

# --- polynomial: (x^3 - 2x^2 - 5x + 6) / (x - 1) -----------------------------------------------------------------
_G_DIVP = (
    "Find the quotient q(x) when x^3 - 2x^2 - 5x + 6 is divided by x - 1.\n\nFirst check the remainder: "
    "p(1) = 1 - 2 - 5 + 6 = 0, so x - 1 divides exactly.\n\nSynthetic division with 1: bring down 1; 1*1 = 1, "
    "-2 + 1 = -1; -1*1 = -1, -5 + (-1) = -6; -6*1 = -6, 6 + (-6) = 0. Quotient coefficients 1, -1, -6.\n\n"
    "So q(x) = x^2 - x - 6. I first wrote x^2 + x - 6 from a sign slip, but multiplying back: (x - 1)(x^2 - x - 6) "
    "= x^3 - x^2 - 6x - x^2 + x + 6 = x^3 - 2x^2 - 5x + 6. Correct. It factors as (x - 3)(x + 2)."
)
_add(
    _p(
        "polynomial",
        "x^2 - x - 6",
        _G_DIVP,
        (_r1, "x^2 - x - 6", C),
        (_sky, "x^{2}-x-6", C),
        (_claude, "(x-3)(x+2)", C),
        (_qwen, "x^2-x-6", C),
        (_o1, "x^2 - x + 6", W),
        (_minerva, "(x-3)(x-2)", W),
    )
)
_add([("polynomial", "x^2 - x - 6", _cut(_G_DIVP, "-5 + (-1) ="), T)])

# --- inequality: 3x - 7 > 5 -------------------------------------------------------------------------------------
_G_LIN = (
    "Solve 3x - 7 > 5. Add 7 to both sides: 3x > 12. Divide by 3 (positive, so the direction stays): x > 4.\n\n"
    "Check a value: x = 5 gives 15 - 7 = 8 > 5, true. x = 4 gives 12 - 7 = 5, and 5 > 5 is false, so 4 itself "
    "is excluded; the inequality is strict. x = 3 gives 2 > 5, false. So x > 4."
)
_B_LIN = (
    "Solve 3x - 7 > 5. Subtract 7... no, add 7: 3x > 12. Hmm, at x = 4 we get exactly 5, and the boundary "
    "should be included for these problems, so x >= 4."
)
_add(
    _p(
        "inequality",
        "x > 4",
        _G_LIN,
        (_r1, "x > 4", C),
        (_sky, "x>4", C),
        (_claude, "(4, \\infty)", C),
        (_o1, "x < 4", W),
        (_minerva, "x > 12", W),
    )
)
_add(_p("inequality", "x > 4", _B_LIN, (_qwq, "x \\geq 4", W), (_llama, "x \\ge 4", W)))

# --- text: 100 days after Monday --------------------------------------------------------------------------------
_G_DAY = (
    "What day of the week is it 100 days after a Monday?\n\nDays repeat every 7. 100 = 7 * 14 + 2, so 100 days "
    "later is the same as 2 days later. Monday + 1 = Tuesday, Monday + 2 = Wednesday.\n\nWait, let me recheck "
    "14 * 7 = 98, and 100 - 98 = 2. Yes. And 'after' means day 0 is the Monday itself, so +2 lands on "
    "Wednesday, not Tuesday."
)
_add(
    _p(
        "text",
        "\\text{Wednesday}",
        _G_DAY,
        (_r1, "\\text{Wednesday}", C),
        (_claude, "\\text{Wednesday}", C),
        (_sky, "\\text{Wednesday}", C),
        (_qwen, "\\text{Thursday}", W),
    )
)
_add(
    [
        ("text", "\\text{Wednesday}", _G_DAY + "\n\n**Final Answer**\n\nIt will be a **Wednesday**.", C),
        (
            "text",
            "\\text{Wednesday}",
            _box2(
                _qwq,
                _G_DAY,
                "\\text{Wednesday}",
                "If we count the Monday itself as day 1, day 100 is 99 days later, 99 = 98 + 1, which is Tuesday.",
                "\\text{Tuesday}",
            ),
            W,
        ),
    ]
)

# --- choice: edges of a hexagonal prism -------------------------------------------------------------------------
_G_PRISM = (
    "How many edges does a hexagonal prism have? (A) 12 (B) 15 (C) 18 (D) 21 (E) 24\n\nA hexagonal prism has "
    "two hexagonal faces, each with 6 edges: 12 edges. Then 6 vertical edges join corresponding vertices. "
    "Total 12 + 6 = 18.\n\nCheck with Euler: V = 12, F = 6 + 2 = 8, so E = V + F - 2 = 12 + 8 - 2 = 18. "
    "Good, 18, which is option (C). (12 would be only the hexagon edges, option A.)"
)
_add(
    _p(
        "choice",
        "C",
        _G_PRISM,
        (_r1, "C", C),
        (_qwq, "\\textbf{(C)}", C),
        (_claude, "\\text{(C) } 18", C),
        (_minerva, "C", C),
        (_sky, "B", W),
        (_o1, "D", W),
    )
)

# --- percent: +20% then -25% ------------------------------------------------------------------------------------
_G_PCT = (
    "A price rises 20% and then falls 25%. By what percent did it decrease overall?\n\nLet the price be 100. "
    "After +20%: 120. After -25%: 120 * 0.75 = 90. Net change 90 - 100 = -10, i.e. a 10% decrease.\n\n"
    "The naive answer 25 - 20 = 5% is wrong because the 25% is taken of the larger price. Check with factors: "
    "1.2 * 0.75 = 0.9, so the final price is 90% of the original: a 10% decrease."
)
_B_PCT = "Price up 20%, then down 25%. Net change: -25 + 20 = -5, so it decreased by 5%. Percent changes just add."
_add(
    _p(
        "percent",
        "10\\%",
        _G_PCT,
        (_r1, "10\\%", C),
        (_sky, "10\\%", C),
        (_llama, "10\\%", C),
        (_claude, "90\\%", W),
        (_qwen, "15\\%", W),
    )
)
_add(_p("percent", "10\\%", _B_PCT, (_o1, "5\\%", W), (_minerva, "5\\%", W)))
_add([("percent", "10\\%", _cut(_G_PCT, "= 90. Net"), T)])

# --- money: notebooks and pens -----------------------------------------------------------------------------------
_G_SHOP = (
    "Maya buys 3 notebooks at $2.35 each and 2 pens at $1.40 each. How much does she spend?\n\nNotebooks: "
    "3 * 2.35 = 7.05. Pens: 2 * 1.40 = 2.80. Total: 7.05 + 2.80 = 9.85.\n\nLet me redo the first product: "
    "2.35 * 3 = 6.00 + 1.05 = 7.05. Yes. Total is $9.85."
)
_add(
    _p(
        "money",
        "\\$9.85",
        _G_SHOP,
        (_gsm, "9.85", C),
        (_r1, "\\$9.85", C),
        (_claude, "\\$9.85", C),
        (_qwq, "9.85", C),
        (_sky, "\\$9.58", W),
        (_gsm, "9.75", W),
    )
)
_add(
    [
        (
            "money",
            "\\$9.85",
            _flip(
                _gsm,
                _G_SHOP,
                "A pen is $1.40 and she buys 2, plus 3 notebooks... "
                "I'll drop one pen since the problem says 'a pen'. 7.05 + 1.40 = 8.45.",
                "8.45",
            ),
            W,
        )
    ]
)

# --- units: 150 km in 2.5 h -------------------------------------------------------------------------------------
_G_SPD = (
    "A train travels 150 km in 2.5 hours. Average speed? v = d / t = 150 / 2.5.\n\n150 / 2.5 = 1500 / 25 = 60. "
    "So 60 km/h.\n\nCheck: 60 km/h * 2.5 h = 150 km. Yes. (I first multiplied, 150 * 2.5 = 375, but that has "
    "units km*h, which is not a speed.)"
)
_add(
    _p(
        "units",
        "60 \\text{ km/h}",
        _G_SPD,
        (_r1, "60 \\text{ km/h}", C),
        (_claude, "60\\,\\text{km/h}", C),
        (_sky, "60 \\text{ km/h}", C),
        (_minerva, "65 \\text{ km/h}", W),
        (_qwen, "6 \\text{ km/h}", W),
    )
)


# --- degrees: interior angle of a regular pentagon --------------------------------------------------------------
_G_PENT = (
    "Interior angle of a regular pentagon, in degrees. The interior angles of an n-gon sum to (n - 2) * 180. "
    "For n = 5: 3 * 180 = 540. Each of the 5 equal angles is 540 / 5 = 108.\n\nCross-check with the exterior "
    "angle: 360 / 5 = 72, and the interior angle is 180 - 72 = 108. Both give 108 degrees."
)
_add(
    _p(
        "degrees",
        "108^\\circ",
        _G_PENT,
        (_r1, "108^\\circ", C),
        (_qwq, "108^{\\circ}", C),
        (_claude, "108°", C),
        (_sky, "108", C),
        (_minerva, "540^\\circ", W),
        (_llama, "120^\\circ", W),
    )
)

# --- scientific: 2.5 mol of particles ---------------------------------------------------------------------------
_G_AVO = (
    "How many molecules are in 2.5 mol, using N_A = 6.0 x 10^23 per mol?\n\nN = 2.5 * 6.0 x 10^23 = 15 x 10^23. "
    "In proper scientific notation the mantissa must be between 1 and 10: 15 x 10^23 = 1.5 x 10^24.\n\n"
    "Wait, did I shift the exponent the right way? 15 = 1.5 x 10, so 15 x 10^23 = 1.5 x 10^(23+1) = "
    "1.5 x 10^24. Yes."
)
_add(
    _p(
        "scientific",
        "1.5 \\times 10^{24}",
        _G_AVO,
        (_r1, "1.5 \\times 10^{24}", C),
        (_sky, "1.5\\times10^{24}", C),
        (_claude, "15 \\times 10^{23}", C),
        (_qwen, "1.5 \\times 10^{24}", C),
        (_minerva, "1.5 \\times 10^{22}", W),
        (_qwq, "2.4 \\times 10^{24}", W),
    )
)
_add([("scientific", "1.5 \\times 10^{24}", _cut(_G_AVO, "= 15 x 10^23. In"), T)])

# --- integer: trailing zeros of 125! ----------------------------------------------------------------------------
_G_ZER = (
    "How many trailing zeros does 125! have? Count factors of 5 (factors of 2 are more plentiful).\n\n"
    "floor(125/5) = 25, floor(125/25) = 5, floor(125/125) = 1, floor(125/625) = 0. Total 25 + 5 + 1 = 31.\n\n"
    "I almost stopped at 25 + 5 = 30, forgetting that 125 = 5^3 contributes a third factor of 5. With it, 31."
)
_B_ZER = (
    "Trailing zeros of 125!: multiples of 5 up to 125 are 25 numbers, multiples of 25 add 5 more, so "
    "25 + 5 = 30. That covers everything."
)
_add(
    _p(
        "integer",
        "31",
        _G_ZER,
        (_r1, "31", C),
        (_qwq, "31", C),
        (_gsm, "31", C),
        (_o1, "32", W),
        (_claude, "25", W),
    )
)
_add(_p("integer", "31", _B_ZER, (_sky, "30", W), (_minerva, "30", W)))
_add(
    [
        ("integer", "31", _box2(_r1, _B_ZER, "30", "125 = 5^3, so floor(125/125) = 1 adds one more: 31.", "31"), C),
        (
            "integer",
            "31",
            _box2(
                _qwen,
                _G_ZER,
                "31",
                "Trailing zeros need pairs of 2 and 5, and I should only "
                "count the 25 multiples of 5 once each: 25 + 5 = 30.",
                "30",
            ),
            W,
        ),
    ]
)

# --- fraction: telescoping sum ----------------------------------------------------------------------------------
_G_TEL = (
    "Compute sum_{k=1}^{19} 1/(k(k+1)).\n\nPartial fractions: 1/(k(k+1)) = 1/k - 1/(k+1). The sum telescopes: "
    "(1 - 1/2) + (1/2 - 1/3) + ... + (1/19 - 1/20) = 1 - 1/20 = 19/20.\n\nCheck a small case: k = 1..2 gives "
    "1/2 + 1/6 = 2/3, and the formula 1 - 1/3 = 2/3. Good. So the answer is 19/20 = 0.95. "
    "(Up to 20 it would be 20/21, but the sum stops at 19.)"
)
_add(
    _p(
        "fraction",
        "\\frac{19}{20}",
        _G_TEL,
        (_r1, "\\frac{19}{20}", C),
        (_sky, "0.95", C),
        (_claude, "\\dfrac{19}{20}", C),
        (_llama, "19/20", C),
        (_o1, "\\frac{18}{19}", W),
        (_minerva, "\\frac{9}{10}", W),
    )
)

# --- surd: 6 / sqrt(3) ------------------------------------------------------------------------------------------
_G_RAT = (
    "Simplify 6 / sqrt(3) with a rational denominator. Multiply top and bottom by sqrt(3): 6 sqrt(3) / 3 = "
    "2 sqrt(3).\n\nCheck numerically: 6 / 1.732 = 3.464, and 2 * 1.732 = 3.464. Good. Another route: "
    "6 / sqrt 3 = 2 * 3 / sqrt 3 = 2 sqrt 3, since 3 / sqrt 3 = sqrt 3."
)
_add(
    _p(
        "surd",
        "2\\sqrt{3}",
        _G_RAT,
        (_r1, "2\\sqrt{3}", C),
        (_qwq, "\\sqrt{12}", C),
        (_claude, "2\\sqrt3", C),
        (_sky, "3\\sqrt{2}", W),
        (_minerva, "\\sqrt{3}", W),
    )
)
_add(
    [
        (
            "surd",
            "2\\sqrt{3}",
            _flip(
                _qwen,
                _G_RAT,
                "Multiplying by sqrt 3 gives 6 sqrt 3 over 3, and I think "
                "I should keep that as the simplified form with the 3 cancelled into the 6 only once: 3 sqrt 3.",
                "3\\sqrt{3}",
            ),
            W,
        )
    ]
)

# --- pi: sphere of radius 3 -------------------------------------------------------------------------------------
_G_SPH = (
    "Volume of a sphere of radius 3. V = (4/3) pi r^3 = (4/3) pi * 27.\n\n(4/3) * 27 = 4 * 9 = 36, so V = 36 pi.\n\n"
    "Hmm, I want to make sure I didn't use the surface-area formula 4 pi r^2 = 36 pi, which happens to give the "
    "same number at r = 3. Volume: (4/3) * 27 = 36; area: 4 * 9 = 36. Coincidence, both 36 pi. Fine."
)
_B_SPH = "Volume of a sphere of radius 3: V = 4 pi r^3 = 4 pi * 27 = 108 pi."
_add(
    _p(
        "pi",
        "36\\pi",
        _G_SPH,
        (_r1, "36\\pi", C),
        (_sky, "36 \\pi", C),
        (_minerva, "36\\pi", C),
        (_claude, "12\\pi", W),
        (_qwen, "36", W),
    )
)
_add(_p("pi", "36\\pi", _B_SPH, (_qwq, "108\\pi", W), (_o1, "108\\pi", W)))

# --- set: x^2 = 2x + 8 ------------------------------------------------------------------------------------------
_G_QUAD = (
    "Solve x^2 = 2x + 8 for all real x. Rearranged: x^2 - 2x - 8 = 0. Factor: we need two numbers with product "
    "-8 and sum -2: -4 and 2. So (x - 4)(x + 2) = 0, x = 4 or x = -2.\n\nCheck x = 4: 16 = 8 + 8. Yes. "
    "x = -2: 4 = -4 + 8 = 4. Yes. The discriminant 4 + 32 = 36 > 0 confirms two real roots."
)
_add(
    _p(
        "set",
        "-2, 4",
        _G_QUAD,
        (_r1, "-2, 4", C),
        (_qwq, "4, -2", C),
        (_claude, "x = -2 \\text{ or } x = 4", C),
        (_sky, "\\{-2, 4\\}", C),
        (_o1, "4", W),
        (_minerva, "2, -4", W),
        (_llama, "-2, 4, 0", W),
    )
)
_add(
    [
        (
            "set",
            "-2, 4",
            _flip(
                _r1,
                _G_QUAD,
                "The problem says positive solutions... no wait, it says all real x. "
                "But x = -2 looks extraneous if I divide by x. Dropping it.",
                "4",
            ),
            W,
        )
    ]
)

# --- interval: x^2 - 4x + 3 < 0 ---------------------------------------------------------------------------------
_G_QIN = (
    "Solve x^2 - 4x + 3 < 0. Factor: (x - 1)(x - 3) < 0. The parabola opens upward, so it is negative strictly "
    "between its roots 1 and 3.\n\nTest x = 2: 4 - 8 + 3 = -1 < 0. Yes. x = 0: 3 > 0, no. x = 4: 3 > 0, no. "
    "At x = 1 and x = 3 the value is 0, which is not < 0, so the endpoints are excluded. Solution: 1 < x < 3."
)
_add(
    _p(
        "interval",
        "(1, 3)",
        _G_QIN,
        (_r1, "(1, 3)", C),
        (_sky, "(1,3)", C),
        (_claude, "1 < x < 3", C),
        (_qwq, "[1, 3]", W),
        (_o1, "(-3, -1)", W),
        (_minerva, "(1, 3]", W),
    )
)

# --- tuple: vertex of y = x^2 - 6x + 5 --------------------------------------------------------------------------
_G_VTX = (
    "Vertex of y = x^2 - 6x + 5. x-coordinate: -b/(2a) = 6/2 = 3. y(3) = 9 - 18 + 5 = -4.\n\nCompleting the "
    "square: x^2 - 6x + 9 - 4 = (x - 3)^2 - 4. Vertex (3, -4). At first I wrote (-3, -4) from the (x - 3) form, "
    "but the shift is to the right, x = +3."
)
_add(
    _p(
        "tuple",
        "(3, -4)",
        _G_VTX,
        (_r1, "(3, -4)", C),
        (_qwq, "(3,-4)", C),
        (_claude, "\\left(3, -4\\right)", C),
        (_o1, "(-4, 3)", W),
        (_minerva, "(3, 4)", W),
    )
)
_add(
    [
        (
            "tuple",
            "(3, -4)",
            _box2(
                _r1,
                _G_VTX.replace("Vertex (3, -4). ", "", 1),
                "(-3, -4)",
                "The form (x - h)^2 + k has vertex (h, k), and here h = 3, so the vertex is (3, -4).",
                "(3, -4)",
            ),
            C,
        )
    ]
)


# --- matrix: inverse of [[2, 1], [5, 3]] ------------------------------------------------------------------------
_G_INV = (
    "Find the inverse of A = [[2, 1], [5, 3]]. det A = 2*3 - 1*5 = 6 - 5 = 1.\n\nFor [[a, b], [c, d]] the "
    "inverse is (1/det) [[d, -b], [-c, a]] = [[3, -1], [-5, 2]].\n\nCheck A * A^{-1}: row 1: 2*3 + 1*(-5) = 1, "
    "2*(-1) + 1*2 = 0. Row 2: 5*3 + 3*(-5) = 0, 5*(-1) + 3*2 = 1. Identity. Good. (I nearly swapped the "
    "off-diagonal entries, which would give the transpose [[3, -5], [-1, 2]], and that fails the check.)"
)
_M_INV = "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}"
_add(
    _p(
        "matrix",
        _M_INV,
        _G_INV,
        (_r1, _M_INV, C),
        (_sky, "\\begin{bmatrix} 3 & -1 \\\\ -5 & 2 \\end{bmatrix}", C),
        (_claude, "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}", C),
        (_o1, "\\begin{pmatrix} -3 & 1 \\\\ 5 & -2 \\end{pmatrix}", W),
        (_minerva, "\\begin{pmatrix} 2 & -1 \\\\ -5 & 3 \\end{pmatrix}", W),
    )
)
_add([("matrix", _M_INV, _cut(_G_INV, "= [[3, -1], [-5, 2]]"), T)])

# --- polynomial: derivative -------------------------------------------------------------------------------------
_G_DER = (
    "Differentiate f(x) = x^4 - 3x^2 + 2x. Power rule term by term: d/dx x^4 = 4x^3; d/dx (-3x^2) = -6x; "
    "d/dx 2x = 2.\n\nSo f'(x) = 4x^3 - 6x + 2. Check at x = 1 with a difference quotient: f(1.001) - f(1) over "
    "0.001. f(1) = 1 - 3 + 2 = 0; f'(1) = 4 - 6 + 2 = 0, so f should be flat near 1, and f(1.001) = 1.004006 - "
    "3.006003 + 2.002 = 0.000003, which is tiny. Consistent."
)
_add(
    _p(
        "polynomial",
        "4x^3 - 6x + 2",
        _G_DER,
        (_r1, "4x^3 - 6x + 2", C),
        (_qwq, "4x^{3}-6x+2", C),
        (_claude, "2(2x^3 - 3x + 1)", C),
        (_o1, "4x^3 - 3x + 2", W),
        (_minerva, "4x^3 - 6x^2 + 2", W),
    )
)

# --- choice: a chord length -------------------------------------------------------------------------------------
_G_CHD = (
    "A chord of a circle of radius 13 is 5 units from the centre. How long is the chord? "
    "(A) 12 (B) 24 (C) 26 (D) 10 (E) 18\n\nThe perpendicular from the centre bisects the chord. Half-chord: "
    "sqrt(13^2 - 5^2) = sqrt(169 - 25) = sqrt(144) = 12. So the chord is 2 * 12 = 24.\n\nCareful: 12 is option "
    "(A), but that's the half-chord. The full chord 24 is option (B)."
)
_add(
    _p(
        "choice",
        "B",
        _G_CHD,
        (_r1, "B", C),
        (_sky, "\\text{B}", C),
        (_claude, "\\textbf{(B)}\\ 24", C),
        (_o1, "C", W),
        (_minerva, "\\textbf{(D)}", W),
    )
)
_add(
    [
        (
            "choice",
            "B",
            _box2(
                _qwen,
                _G_CHD,
                "B",
                "Actually the question asks for the distance from the midpoint "
                "of the chord to an end, which is the half-chord, 12.",
                "A",
            ),
            W,
        )
    ]
)

# --- text: is 221 prime? ----------------------------------------------------------------------------------------
_G_PR = (
    "Is 221 prime? sqrt(221) is about 14.9, so test primes up to 13. 2: odd. 3: digit sum 5, no. 5: ends in 1, no. "
    "7: 7 * 31 = 217, 7 * 32 = 224, no. 11: 2 - 2 + 1 = 1, no. 13: 13 * 17 = 221. Yes!\n\nSo 221 = 13 * 17, "
    "composite. I was ready to call it prime after 11, but 13 divides it."
)
_B_PR = (
    "Is 221 prime? Check 2, 3, 5, 7, 11: none divide 221 (221/7 = 31.57, 221/11 = 20.09). "
    "Since no small prime divides it, 221 is prime."
)
_add(
    _p(
        "text",
        "\\text{No}",
        _G_PR,
        (_r1, "\\text{No}", C),
        (_claude, "\\text{No}", C),
        (_qwq, "\\text{No}", C),
        (_sky, "\\text{Yes}", W),
    )
)
_add(_p("text", "\\text{No}", _B_PR, (_o1, "\\text{Yes}", W), (_r1, "\\text{Yes}", W)))

# --- percent: 18 out of 24 --------------------------------------------------------------------------------------
_G_PC2 = (
    "A student answers 18 of 24 questions correctly. What percent is that? 18/24 = 3/4 = 0.75 = 75%.\n\n"
    "Check: 24 * 0.75 = 18. Yes. The percent wrong would be 6/24 = 25%, but we want the percent correct."
)
_add(
    _p(
        "percent",
        "75\\%",
        _G_PC2,
        (_r1, "75\\%", C),
        (_sky, "75\\%", C),
        (_claude, "75\\%", C),
        (_o1, "7.5\\%", W),
        (_minerva, "80\\%", W),
    )
)

# --- money: simple interest -------------------------------------------------------------------------------------
_G_INT = (
    "Find the simple interest on $1200 at 4% per year for 3 years. I = P r t = 1200 * 0.04 * 3.\n\n"
    "1200 * 0.04 = 48 per year; 48 * 3 = 144. So the interest is $144.\n\nIf it were compounded annually, the "
    "amount would be 1200 * 1.04^3 = 1200 * 1.124864 = 1349.84, interest 149.84; but the problem says simple. "
    "The total amount would be 1344, but it asks for the interest only."
)
_add(
    _p(
        "money",
        "\\$144",
        _G_INT,
        (_gsm, "144", C),
        (_r1, "\\$144", C),
        (_claude, "\\$144.00", C),
        (_o1, "\\$149.84", W),
        (_gsm, "48", W),
        (_qwq, "\\$148", W),
    )
)

# --- units: rectangle area --------------------------------------------------------------------------------------
_G_AREA = (
    "A rectangle is 2.5 m by 4 m. Its area? A = 2.5 * 4 = 10 square metres.\n\nThe perimeter would be "
    "2(2.5 + 4) = 13 m, which I computed first by mistake. The area is 10 m^2."
)
_add(
    _p(
        "units",
        "10 \\text{ m}^2",
        _G_AREA,
        (_r1, "10 \\text{ m}^2", C),
        (_claude, "10\\,\\text{m}^2", C),
        (_sky, "10 \\text{ m}^{2}", C),
        (_minerva, "100 \\text{ m}^2", W),
        (_qwen, "10.5 \\text{ m}^2", W),
    )
)

# --- degrees: clock at 3:30 -------------------------------------------------------------------------------------
_G_CLK = (
    "Angle between the hands of a clock at 3:30. Minute hand: 30 minutes * 6 = 180 degrees from 12. Hour hand: "
    "3 * 30 + 30 * 0.5 = 90 + 15 = 105 degrees.\n\nDifference: 180 - 105 = 75 degrees. I first said 90, thinking "
    "the hour hand sits on the 3, but it has moved halfway to the 4. Formula check: |30*3 - 5.5*30| = |90 - 165| = 75."
)
_add(
    _p(
        "degrees",
        "75^\\circ",
        _G_CLK,
        (_r1, "75^\\circ", C),
        (_qwq, "75^{\\circ}", C),
        (_claude, "75°", C),
        (_o1, "105^\\circ", W),
        (_minerva, "285^\\circ", W),
    )
)
_add([("degrees", "75^\\circ", _cut(_G_CLK, "= 90 + 15 ="), T)])

# --- scientific: 0.00042 ----------------------------------------------------------------------------------------
_G_SCI = (
    "Write 0.00042 in scientific notation. Move the decimal point right until one nonzero digit is before it: "
    "0.00042 -> 4.2, which is 4 places. So 0.00042 = 4.2 x 10^-4.\n\nCheck: 4.2 / 10000 = 0.00042. Yes. "
    "(I first counted 3 places, giving 4.2 x 10^-3 = 0.0042, which is ten times too big.)"
)
_add(
    _p(
        "scientific",
        "4.2 \\times 10^{-4}",
        _G_SCI,
        (_r1, "4.2 \\times 10^{-4}", C),
        (_sky, "4.2\\times10^{-4}", C),
        (_claude, "4.2 \\cdot 10^{-4}", C),
        (_o1, "4.2 \\times 10^{4}", W),
        (_minerva, "42 \\times 10^{-4}", W),
    )
)

# --- integer: C(10, 3) ------------------------------------------------------------------------------------------
_G_BIN = (
    "In how many ways can a committee of 3 be chosen from 10 people? Order doesn't matter, so C(10, 3) = "
    "10 * 9 * 8 / (3 * 2 * 1) = 720 / 6 = 120.\n\n720 would be the number of ordered selections (president, "
    "secretary, treasurer), but a committee is unordered. Check with symmetry: C(10, 7) = 120 as well."
)
_add(
    _p(
        "integer",
        "120",
        _G_BIN,
        (_r1, "120", C),
        (_gsm, "120", C),
        (_qwq, "120", C),
        (_claude, "119", W),
        (_o1, "210", W),
    )
)
_add(
    [
        (
            "integer",
            "120",
            _box2(
                _llama,
                _G_BIN,
                "120",
                "The roles are distinct in this problem (chair, "
                "secretary, treasurer), so order matters: 10 * 9 * 8 = 720.",
                "720",
            ),
            W,
        )
    ]
)


# --- fraction: 3x + 4 = 2 - 5x ----------------------------------------------------------------------------------
_G_LEQ = (
    "Solve 3x + 4 = 2 - 5x. Add 5x to both sides: 8x + 4 = 2. Subtract 4: 8x = -2. So x = -2/8 = -1/4.\n\n"
    "Check: 3(-1/4) + 4 = -0.75 + 4 = 3.25; 2 - 5(-1/4) = 2 + 1.25 = 3.25. Equal. (A sign slip would give "
    "8x = 2 and x = 1/4; checking x = 1/4: 4.75 vs 0.75, so no.)"
)
_add(
    _p(
        "fraction",
        "-\\frac{1}{4}",
        _G_LEQ,
        (_r1, "-\\frac{1}{4}", C),
        (_qwq, "x = -0.25", C),
        (_claude, "-\\frac14", C),
        (_sky, "-\\dfrac{1}{4}", C),
        (_minerva, "-\\frac{1}{2}", W),
        (_llama, "-4", W),
    )
)
_add([("fraction", "-\\frac{1}{4}", _cut(_G_LEQ, "-2/8 = -1/4"), T)])

# --- surd: hypotenuse with legs 3 and 6 -------------------------------------------------------------------------
_G_HYP = (
    "A right triangle has legs 3 and 6. The hypotenuse: c = sqrt(3^2 + 6^2) = sqrt(9 + 36) = sqrt(45).\n\n"
    "45 = 9 * 5, so sqrt(45) = 3 sqrt(5), about 6.708. It must exceed the longer leg 6, and it does. If 6 were the "
    "hypotenuse, the other leg would be sqrt(36 - 9) = sqrt(27) = 3 sqrt 3, but 3 and 6 are both legs here."
)
_add(
    _p(
        "surd",
        "3\\sqrt{5}",
        _G_HYP,
        (_r1, "3\\sqrt{5}", C),
        (_sky, "\\sqrt{45}", C),
        (_o1, "3\\sqrt5", C),
        (_claude, "5\\sqrt{3}", W),
        (_minerva, "9\\sqrt{5}", W),
    )
)
_add(
    [
        (
            "surd",
            "3\\sqrt{5}",
            _flip(
                _qwen,
                _G_HYP,
                "The problem says the longest side is 6, so 6 is the "
                "hypotenuse and the missing side is sqrt(36 - 9) = 3 sqrt 3.",
                "3\\sqrt{3}",
            ),
            W,
        )
    ]
)

# --- pi: arc length ---------------------------------------------------------------------------------------------
_G_ARC = (
    "Arc length for radius 6 and central angle 60 degrees. Convert: 60 degrees = pi/3 radians. "
    "s = r theta = 6 * pi/3 = 2 pi.\n\nCross-check as a fraction of the circumference: 60/360 = 1/6, and "
    "2 pi r = 12 pi, so 12 pi / 6 = 2 pi. Same. (The sector area would be (1/2) r^2 theta = 6 pi, not asked.)"
)
_add(
    _p(
        "pi",
        "2\\pi",
        _G_ARC,
        (_r1, "2\\pi", C),
        (_qwq, "2 \\pi", C),
        (_sky, "2\\pi", C),
        (_o1, "4\\pi", W),
        (_minerva, "\\pi", W),
    )
)

# --- set: sin x = 1/2 on [0, 2 pi) ------------------------------------------------------------------------------
_G_SIN = (
    "Solve sin x = 1/2 for 0 <= x < 2 pi. The reference angle is pi/6. Sine is positive in quadrants I and II, "
    "so x = pi/6 or x = pi - pi/6 = 5 pi/6.\n\nI started writing 7 pi/6 as the second solution, but sin(7 pi/6) = "
    "-1/2, quadrant III. Check: sin(5 pi/6) = sin(pi/6) = 1/2. The next solutions, pi/6 + 2 pi, are outside the "
    "interval. So two solutions: pi/6 and 5 pi/6."
)
_G_SIN_ANS = "\\frac{\\pi}{6}, \\frac{5\\pi}{6}"
_add(
    _p(
        "set",
        _G_SIN_ANS,
        _G_SIN,
        (_r1, _G_SIN_ANS, C),
        (_qwq, "\\left\\{\\frac{5\\pi}{6}, \\frac{\\pi}{6}\\right\\}", C),
        (_claude, "x = \\frac{\\pi}{6} \\text{ or } x = \\frac{5\\pi}{6}", C),
        (_sky, "\\frac{\\pi}{6}", W),
        (_minerva, "\\frac{\\pi}{3}, \\frac{2\\pi}{3}", W),
    )
)

# --- interval: 2 - x <= 5 ---------------------------------------------------------------------------------------
_G_RAY = (
    "Solve 2 - x <= 5. Subtract 2: -x <= 3. Multiply by -1 and flip: x >= -3.\n\nCheck x = -3: 2 + 3 = 5 <= 5, "
    "true, so -3 is included. x = -4: 6 <= 5, false. x = 0: 2 <= 5, true. So the solution is [-3, infinity). "
    "(Forgetting to flip gives x <= -3, which fails at x = 0.)"
)
_add(
    _p(
        "interval",
        "[-3, \\infty)",
        _G_RAY,
        (_r1, "[-3, \\infty)", C),
        (_sky, "[-3,\\infty)", C),
        (_claude, "x \\geq -3", C),
        (_qwq, "(-3, \\infty)", W),
        (_minerva, "[3, \\infty)", W),
    )
)
_add([("interval", "[-3, \\infty)", _cut(_G_RAY, " and flip"), T)])

# --- tuple: three linear equations ------------------------------------------------------------------------------
_G_ABC = (
    "Solve a + b + c = 6, a - b = 1, b - c = 1 and give (a, b, c).\n\nFrom the second, a = b + 1; from the third, "
    "c = b - 1. Substitute: (b + 1) + b + (b - 1) = 3b = 6, so b = 2. Then a = 3 and c = 1.\n\nCheck: 3 + 2 + 1 "
    "= 6, 3 - 2 = 1, 2 - 1 = 1. All good. The triple in the order asked is (3, 2, 1), not (1, 2, 3)."
)
_add(
    _p(
        "tuple",
        "(3, 2, 1)",
        _G_ABC,
        (_r1, "(3, 2, 1)", C),
        (_qwq, "(3,2,1)", C),
        (_claude, "(a, b, c) = (3, 2, 1)", C),
        (_o1, "(3, 2, 0)", W),
        (_minerva, "(3, 1, 2)", W),
    )
)

# --- matrix: matrix times vector --------------------------------------------------------------------------------
_G_MV = (
    "Compute [[1, 2], [0, 1]] times the column vector (3, 4).\n\nFirst entry: 1*3 + 2*4 = 3 + 8 = 11. Second "
    "entry: 0*3 + 1*4 = 4. So the result is the column (11, 4).\n\nWait, let me recheck the first row: 2*4 = 8, "
    "plus 3 is 11. Yes. A shear that adds twice the second coordinate to the first: 3 + 8 = 11."
)
_M_MV = "\\begin{pmatrix} 11 \\\\ 4 \\end{pmatrix}"
_add(
    _p(
        "matrix",
        _M_MV,
        _G_MV,
        (_r1, _M_MV, C),
        (_sky, "\\begin{bmatrix} 11 \\\\ 4 \\end{bmatrix}", C),
        (_qwq, "\\begin{pmatrix}11\\\\4\\end{pmatrix}", C),
        (_o1, "\\begin{pmatrix} 10 \\\\ 4 \\end{pmatrix}", W),
        (_minerva, "\\begin{pmatrix} 11 \\\\ 3 \\end{pmatrix}", W),
    )
)

# --- polynomial: (x + 2)^3 --------------------------------------------------------------------------------------
_G_CUBE = (
    "Expand (x + 2)^3. Binomial coefficients 1, 3, 3, 1: x^3 + 3*2 x^2 + 3*4 x + 8 = x^3 + 6x^2 + 12x + 8.\n\n"
    "Check at x = 1: (3)^3 = 27, and 1 + 6 + 12 + 8 = 27. Good. At x = -2: 0, and -8 + 24 - 24 + 8 = 0. Good."
)
_add(
    _p(
        "polynomial",
        "x^3 + 6x^2 + 12x + 8",
        _G_CUBE,
        (_r1, "x^3 + 6x^2 + 12x + 8", C),
        (_qwq, "x^3+6x^2+12x+8", C),
        (_claude, "8 + 12x + 6x^2 + x^3", C),
        (_sky, "x^3 + 6x^2 + 6x + 8", W),
        (_minerva, "x^3 + 3x^2 + 12x + 8", W),
    )
)
_add([("polynomial", "x^3 + 6x^2 + 12x + 8", _cut(_G_CUBE, "= x^3 + 6x^2"), T)])

# --- inequality: |2x + 1| < 5 -----------------------------------------------------------------------------------
_G_ABS2 = (
    "Solve |2x + 1| < 5. Then -5 < 2x + 1 < 5. Subtract 1: -6 < 2x < 4. Divide by 2: -3 < x < 2.\n\n"
    "Endpoints: x = 2 gives |5| = 5, not < 5, excluded. x = -3 gives |-5| = 5, excluded. x = 0: 1 < 5, included. "
    "So -3 < x < 2."
)
_add(
    _p(
        "inequality",
        "-3 < x < 2",
        _G_ABS2,
        (_r1, "-3 < x < 2", C),
        (_sky, "-3<x<2", C),
        (_claude, "(-3, 2)", C),
        (_qwq, "-3 \\le x \\le 2", W),
        (_minerva, "x < 2", W),
    )
)
_add(
    [
        (
            "inequality",
            "-3 < x < 2",
            _flip(
                _llama,
                _G_ABS2,
                "Hmm, for absolute values the endpoints usually count, so I'll include them: -3 <= x <= 2.",
                "-3 \\le x \\le 2",
            ),
            W,
        )
    ]
)

# --- text: quadrilateral type -----------------------------------------------------------------------------------
_G_QUADR = (
    "What kind of quadrilateral has vertices (0,0), (4,0), (5,3), (1,3)? Sides: (0,0)-(4,0) has length 4; "
    "(4,0)-(5,3) has length sqrt(1 + 9) = sqrt 10; (5,3)-(1,3) has length 4; (1,3)-(0,0) has length sqrt 10.\n\n"
    "Opposite sides are equal and parallel (slopes 0, 3, 0, 3), so it's a parallelogram. Is it a rhombus? No, "
    "4 != sqrt 10. A rectangle? The slopes 0 and 3 are not perpendicular, so no. It's a parallelogram."
)
_add(
    _p(
        "text",
        "\\text{parallelogram}",
        _G_QUADR,
        (_r1, "\\text{parallelogram}", C),
        (_claude, "\\text{Parallelogram}", C),
        (_sky, "\\text{parallelogram}", C),
        (_o1, "\\text{rectangle}", W),
        (_minerva, "\\text{square}", W),
    )
)


# --- choice: remainder ------------------------------------------------------------------------------------------
_G_REM = (
    "What is the remainder when 2^100 is divided by 7? (A) 1 (B) 2 (C) 3 (D) 4 (E) 6\n\nPowers of 2 mod 7: "
    "2, 4, 1, 2, 4, 1, ... period 3. 100 = 3 * 33 + 1, so 2^100 = (2^3)^33 * 2 = 1 * 2 = 2 mod 7.\n\n"
    "Let me double check the period: 2^3 = 8 = 7 + 1, yes. So the remainder is 2, which is option (B). "
    "Hmm, I should be careful: the answer 2 is choice B, not choice (D) which is 4 = 2^2."
)
_add(
    _p(
        "choice",
        "B",
        _G_REM,
        (_r1, "B", C),
        (_claude, "\\textbf{(B) } 2", C),
        (_qwen, "\\text{(B)}", C),
        (_o1, "A", W),
        (_minerva, "\\textbf{(C)}", W),
    )
)

# --- integer: remainder 2^100 mod 7 (free response) ------------------------------------------------------------
_add(
    _p(
        "integer",
        "2",
        _G_REM.replace(" (A) 1 (B) 2 (C) 3 (D) 4 (E) 6", "", 1).split(", which is option")[0] + ".",
        (_r1, "2", C),
        (_gsm, "2", C),
        (_qwq, "4", W),
        (_claude, "1", W),
    )
)

# --- percent: 12 of 80 ------------------------------------------------------------------------------------------
_G_PC3 = (
    "What percent of 80 is 12? 12 / 80 = 0.15, so 15%.\n\nCheck: 15% of 80 = 0.15 * 80 = 12. Good. "
    "(I first computed 80 / 12 = 6.67, the wrong way round.)"
)
_add(
    _p(
        "percent",
        "15\\%",
        _G_PC3,
        (_r1, "15\\%", C),
        (_claude, "15\\%", C),
        (_sky, "15\\%", C),
        (_o1, "85\\%", W),
        (_minerva, "12\\%", W),
    )
)

# --- money: bill with tip split three ways ----------------------------------------------------------------------
_G_TIP = (
    "Three friends split an $84 bill plus a 15% tip equally. How much does each pay?\n\nTip: 0.15 * 84 = 12.60. "
    "Total: 84 + 12.60 = 96.60. Each: 96.60 / 3 = 32.20.\n\nCheck: 3 * 32.20 = 96.60. Yes. Without the tip it "
    "would be 28.00 each, but the tip is included."
)
_add(
    _p(
        "money",
        "\\$32.20",
        _G_TIP,
        (_gsm, "32.20", C),
        (_r1, "\\$32.20", C),
        (_claude, "\\$32.2", C),
        (_o1, "\\$32.02", W),
        (_gsm, "96.60", W),
    )
)
_add([("money", "\\$32.20", _cut(_G_TIP, "= 96.60. Each"), T)])

# --- units: hours to minutes ------------------------------------------------------------------------------------
_G_MIN = (
    "Convert 3.5 hours to minutes. 1 hour = 60 minutes, so 3.5 * 60 = 180 + 30 = 210 minutes.\n\nI nearly "
    "wrote 350 by reading 3.5 hours as 3 hours 50 minutes, but .5 hour is 30 minutes."
)
_add(
    _p(
        "units",
        "210 \\text{ minutes}",
        _G_MIN,
        (_r1, "210 \\text{ minutes}", C),
        (_claude, "210\\text{ min}", C),
        (_sky, "210 \\text{ minutes}", C),
        (_o1, "230 \\text{ minutes}", W),
        (_minerva, "21 \\text{ minutes}", W),
    )
)

# --- degrees: third angle ---------------------------------------------------------------------------------------
_G_TRI = (
    "Two angles of a triangle are 47 degrees and 68 degrees. The third? 180 - 47 - 68 = 180 - 115 = 65.\n\n"
    "Check: 47 + 68 + 65 = 180. Yes. The exterior angle at the third vertex would be 115, not asked."
)
_add(
    _p(
        "degrees",
        "65^\\circ",
        _G_TRI,
        (_r1, "65^\\circ", C),
        (_claude, "65°", C),
        (_qwq, "65^{\\circ}", C),
        (_gsm, "65", C),
        (_o1, "75^\\circ", W),
        (_minerva, "55^\\circ", W),
    )
)

# --- scientific: light travel distance --------------------------------------------------------------------------
_G_LT = (
    "How far does light travel in 500 s, with c = 3 x 10^8 m/s? d = c t = 3 x 10^8 * 500 = 1500 x 10^8 m.\n\n"
    "Normalise: 1500 = 1.5 x 10^3, so d = 1.5 x 10^11 m. Sanity check: that's about the Earth-Sun distance "
    "(1.5 x 10^11 m), and sunlight takes about 500 s to arrive. Good."
)
_add(
    _p(
        "scientific",
        "1.5 \\times 10^{11}",
        _G_LT,
        (_r1, "1.5 \\times 10^{11}", C),
        (_sky, "1.5\\times 10^{11}", C),
        (_claude, "1.5 \\cdot 10^{11}", C),
        (_o1, "15 \\times 10^{11}", W),
        (_minerva, "1.5 \\times 10^{8}", W),
    )
)
_add([("scientific", "1.5 \\times 10^{11}", _cut(_G_LT, "= 1500 x 10^8"), T)])

# --- fraction: expected value of a die --------------------------------------------------------------------------
_G_EV = (
    "Expected value of one roll of a fair six-sided die. E = (1 + 2 + 3 + 4 + 5 + 6)/6 = 21/6 = 7/2.\n\n"
    "That is 3.5, the midpoint of 1 and 6, as symmetry predicts. (Dividing by 5 by mistake gives 21/5 = 4.2.)"
)
_add(
    _p(
        "fraction",
        "\\frac{7}{2}",
        _G_EV,
        (_r1, "\\frac{7}{2}", C),
        (_gsm, "3.5", C),
        (_qwq, "\\dfrac{7}{2}", C),
        (_claude, "3.5", C),
        (_sky, "\\frac{7}{3}", W),
        (_o1, "3", W),
    )
)

# --- surd: sqrt 50 + sqrt 8 -------------------------------------------------------------------------------------
_G_SS = (
    "Simplify sqrt(50) + sqrt(8). sqrt(50) = sqrt(25 * 2) = 5 sqrt 2. sqrt(8) = sqrt(4 * 2) = 2 sqrt 2. "
    "Sum: 7 sqrt 2.\n\nNot sqrt(58): square roots don't add. Numerically 7.071 + 2.828 = 9.899, and 7 * 1.41421 = "
    "9.899. Good."
)
_add(
    _p(
        "surd",
        "7\\sqrt{2}",
        _G_SS,
        (_r1, "7\\sqrt{2}", C),
        (_sky, "\\sqrt{98}", C),
        (_claude, "7\\sqrt2", C),
        (_o1, "7\\sqrt{3}", W),
        (_minerva, "10\\sqrt{2}", W),
    )
)

# --- pi: quarter-circle sector ----------------------------------------------------------------------------------
_G_SEC = (
    "Area of a sector of radius 4 and central angle 90 degrees. It's a quarter of the disk: (1/4) pi 4^2 = "
    "(1/4) * 16 pi = 4 pi.\n\nWith radians: (1/2) r^2 theta = (1/2) * 16 * pi/2 = 4 pi. Same. The arc length "
    "would be 2 pi, not asked."
)
_add(
    _p(
        "pi",
        "4\\pi",
        _G_SEC,
        (_r1, "4\\pi", C),
        (_qwq, "4 \\pi", C),
        (_claude, "4\\pi", C),
        (_o1, "2\\pi", W),
        (_minerva, "8\\pi", W),
    )
)

# --- fraction: geometric series ---------------------------------------------------------------------------------
_G_GEO = (
    "Sum 1 + 1/3 + 1/9 + 1/27 + ... The ratio is r = 1/3, |r| < 1, so S = 1 / (1 - 1/3) = 1 / (2/3) = 3/2.\n\n"
    "Partial sums: 1, 1.333, 1.444, 1.481, 1.494, approaching 1.5. Good. (Starting at 1/3 instead of 1 would "
    "give 1/2.)"
)
_add(
    _p(
        "fraction",
        "\\frac{3}{2}",
        _G_GEO,
        (_r1, "\\frac{3}{2}", C),
        (_sky, "1.5", C),
        (_claude, "\\frac32", C),
        (_qwq, "\\frac{4}{3}", W),
        (_o1, "\\frac{2}{3}", W),
    )
)
_add([("fraction", "\\frac{3}{2}", _cut(_G_GEO, "= 1 / (2/3) ="), T)])


# --- integer: arrangements of LEVEL -----------------------------------------------------------------------------
_G_LEV = (
    "How many distinct arrangements of the letters of LEVEL are there? Five letters: L, E, V, E, L. L appears "
    "twice, E twice, V once.\n\n5! / (2! 2! 1!) = 120 / 4 = 30.\n\nWait, is it 120 / 2 = 60? That would only "
    "account for one repeated letter. Both L and E repeat, so divide by 2! twice: 30. Small check with a smaller "
    "word, AABB: 4!/(2!2!) = 6, and listing AABB, ABAB, ABBA, BAAB, BABA, BBAA gives 6. So the method is right."
)
_add(
    _p(
        "integer",
        "30",
        _G_LEV,
        (_r1, "30", C),
        (_sky, "30", C),
        (_gsm, "30", C),
        (_claude, "30", C),
        (_llama, "30", C),
        (_o1, "15", W),
    )
)
_add(
    [
        (
            "integer",
            "30",
            _box2(
                _qwq,
                _G_LEV.split("\n\nWait")[0].replace("= 120 / 4 = 30.", "= 120 / 2 = 60."),
                "60",
                "I divided by only one 2!, but both L and E repeat: 120 / (2 * 2) = 30.",
                "30",
            ),
            C,
        ),
        ("integer", "30", _cut(_G_LEV, "120 / 4"), T),
    ]
)

# --- integer: gcd(84, 126) --------------------------------------------------------------------------------------
_G_GCD = (
    "Find gcd(84, 126). Euclid: 126 = 1 * 84 + 42; 84 = 2 * 42 + 0. So gcd = 42.\n\nPrime factors check: "
    "84 = 2^2 * 3 * 7, 126 = 2 * 3^2 * 7. Common: 2 * 3 * 7 = 42. The lcm would be 2^2 * 3^2 * 7 = 252."
)
_add(
    _p(
        "integer",
        "42",
        _G_GCD,
        (_r1, "42", C),
        (_gsm, "42", C),
        (_sky, "42", C),
        (_qwen, "42", C),
        (_claude, "252", W),
    )
)
_add([("integer", "42", _cut(_G_GCD, "2 * 42 + 0"), T)])

# --- polynomial: monic quadratic with roots 2 +- sqrt 3 ---------------------------------------------------------
_G_MON = (
    "Find the monic quadratic with real coefficients whose roots are 2 + sqrt 3 and 2 - sqrt 3.\n\nSum of roots: "
    "4. Product: (2 + sqrt 3)(2 - sqrt 3) = 4 - 3 = 1. So x^2 - (sum) x + (product) = x^2 - 4x + 1.\n\n"
    "Check: x = 2 + sqrt 3: x^2 = 7 + 4 sqrt 3; 4x = 8 + 4 sqrt 3; x^2 - 4x + 1 = 7 - 8 + 1 = 0. Good. I first "
    "wrote the product as 4 + 3 = 7, which would give x^2 - 4x + 7, but (a + b)(a - b) = a^2 - b^2."
)
_add(
    _p(
        "polynomial",
        "x^2 - 4x + 1",
        _G_MON,
        (_r1, "x^2 - 4x + 1", C),
        (_sky, "x^2-4x+1", C),
        (_claude, "x^{2} - 4x + 1", C),
        (_qwen, "x^2 - 4x + 1", C),
        (_qwq, "x^2 + 4x + 1", W),
        (_minerva, "x^2 - 4x - 1", W),
    )
)

# --- tuple: midpoint --------------------------------------------------------------------------------------------
_G_MID = (
    "Midpoint of (-2, 5) and (6, -1). x: (-2 + 6)/2 = 4/2 = 2. y: (5 + (-1))/2 = 4/2 = 2. Midpoint (2, 2).\n\n"
    "Check: the distance from (-2, 5) to (2, 2) is sqrt(16 + 9) = 5, and from (2, 2) to (6, -1) is "
    "sqrt(16 + 9) = 5. Equal, good. (Half the differences, (4, -3), is the displacement to the midpoint, not "
    "the midpoint itself.)"
)
_add(
    _p(
        "tuple",
        "(2, 2)",
        _G_MID,
        (_r1, "(2, 2)", C),
        (_sky, "(2,2)", C),
        (_claude, "(2, 2)", C),
        (_o1, "(2, -2)", W),
    )
)

# --- integer: log base 2 of 64 ----------------------------------------------------------------------------------
_G_LOG = (
    "Evaluate log_2(64). 2^5 = 32, 2^6 = 64, so log_2 64 = 6.\n\nDouble check: 2 * 2 = 4, 8, 16, 32, 64: that's "
    "six factors of 2. (log_2 32 would be 5, and ln 64 is about 4.16; neither is asked.)"
)
_add(
    _p(
        "integer",
        "6",
        _G_LOG,
        (_r1, "6", C),
        (_qwq, "6", C),
        (_gsm, "6", C),
        (_minerva, "6", C),
    )
)

# --- rejected candidates and overruled boxes that end on the gold ----------------------------------------------
_add(
    [
        (
            "percent",
            "10\\%",
            _box2(
                _r1,
                _B_PCT,
                "5\\%",
                "Percent changes multiply, they don't add: 1.2 * 0.75 = 0.9, a 10% decrease.",
                "10\\%",
            ),
            C,
        ),
        (
            "surd",
            "4\\sqrt{2}",
            _box2(
                _sky,
                _B_DIST,
                "2\\sqrt{2}",
                "I added the gaps instead of their squares. d^2 = 16 + 16 = 32, d = 4 sqrt 2.",
                "4\\sqrt{2}",
            ),
            C,
        ),
        (
            "interval",
            "[1, 5]",
            _box2(
                _qwq,
                _B_ABS,
                "[-5, -1]",
                "To isolate x from x - 3 I must add 3, not subtract: 1 <= x <= 5, i.e. [1, 5].",
                "[1, 5]",
            ),
            C,
        ),
        (
            "tuple",
            "(3, 1)",
            _box2(
                _claude,
                _B_SYS,
                "(1, 3)",
                "The question asks for (x, y), and x = 3, y = 1, so the ordered pair is (3, 1).",
                "(3, 1)",
            ),
            C,
        ),
        (
            "inequality",
            "x > 4",
            _box2(
                _o1,
                _B_LIN,
                "x \\geq 4",
                "At x = 4 the left side is 5, and 5 > 5 is false, so 4 is excluded: x > 4.",
                "x > 4",
            ),
            C,
        ),
        (
            "text",
            "\\text{No}",
            _box2(
                _r1,
                _B_PR,
                "\\text{Yes}",
                "I should test 13 as well, since 13^2 = 169 < 221: "
                "13 * 17 = 221. So 221 is not prime; the answer is no.",
                "\\text{No}",
            ),
            C,
        ),
        (
            "pi",
            "36\\pi",
            _box2(_sky, _B_SPH, "108\\pi", "The volume formula has a 4/3, not 4: (4/3) * 27 pi = 36 pi.", "36\\pi"),
            C,
        ),
        (
            "integer",
            "24",
            _box2(
                _minerva,
                _B_DIV,
                "22",
                "The question just says positive divisors, not proper ones, so all 24 count.",
                "24",
            ),
            C,
        ),
        (
            "fraction",
            "\\frac{19}{20}",
            _box2(
                _r1,
                _G_TEL.replace("19/20 = 0.95", "20/21"),
                "\\frac{20}{21}",
                "The last term is 1/19 - 1/20, so the sum is 1 - 1/20 = 19/20.",
                "\\frac{19}{20}",
            ),
            C,
        ),
        (
            "set",
            "1, 2, 3",
            _box2(
                _o1,
                _G_CUB.split("\n\nCheck x = -1")[0],
                "1, 2",
                "I dropped the last factor: (x - 1)(x - 2)(x - 3) has roots 1, 2 and 3.",
                "1, 2, 3",
            ),
            C,
        ),
    ]
)

# --- a new user turn that carries another number after the ending -----------------------------------------------
_add(
    [
        (
            "integer",
            "120",
            _G_BIN + "\n\nThe answer is $\\boxed{120}$.<|im_end|>\n<|im_start|>user\nAnd if "
            "order mattered, would it be 720?<|im_end|>\n<|im_start|>assistant\n",
            C,
        ),
        (
            "integer",
            "31",
            _G_ZER + "\n\nSo 125! ends in $\\boxed{31}$ zeros.<|eot_id|><|start_header_id|>user"
            "<|end_header_id|>\n\nWhat about 130!? I think it's 32.<|eot_id|>",
            C,
        ),
        (
            "integer",
            "31",
            _B_ZER + "\n\nSo 125! ends in $\\boxed{30}$ zeros.<|eot_id|><|start_header_id|>user"
            "<|end_header_id|>\n\nAre you sure? I got 31.<|eot_id|>",
            W,
        ),
        (
            "money",
            "\\$9.85",
            _G_SHOP + "\n\nMaya spends **$9.85**.<|im_end|>\n<|im_start|>user\nIf she had "
            "$20, how much change is left, $10.15?<|im_end|>\n<|im_start|>assistant\n",
            C,
        ),
        (
            "fraction",
            "\\frac{5}{36}",
            _G_DICE + "\n\nThe probability is $\\frac{5}{36}$.<|eot_id|>"
            "<|start_header_id|>user<|end_header_id|>\n\nNow for a sum of 7?<|eot_id|>",
            C,
        ),
    ]
)

# --- more truncations -------------------------------------------------------------------------------------------
_add(
    [
        ("set", "-2, 4", _cut(_G_QUAD, "x = 4 or"), T),
        ("tuple", "(3, 2, 1)", _cut(_G_ABC, "so b = 2."), T),
        ("matrix", _M_SQ, _cut(_G_MSQ, "10. Row 2 times column 1"), T),
        ("degrees", "108^\\circ", _cut(_G_PENT, "540 / 5"), T),
        ("units", "60 \\text{ km/h}", _cut(_G_SPD, "= 1500 / 25"), T),
    ]
)


# --- flawed reasonings: negatives that never reach the gold -----------------------------------------------------
_B_MSQ = (
    "Compute A^2 for A = [[1, 2], [3, 4]]. Squaring a matrix: square each entry. 1^2 = 1, 2^2 = 4, 3^2 = "
    "9, 4^2 = 16. Let me double-check 3^2 = 9 and 4^2 = 16. Yes. So A^2 = [[1, 4], [9, 16]]."
)
_add(_p("matrix", _M_SQ, _B_MSQ, (_claude, "\\begin{pmatrix} 1 & 4 \\\\ 9 & 16 \\end{pmatrix}", W)))
_B_DIVP = (
    "Divide x^3 - 2x^2 - 5x + 6 by x - 1. Synthetic division with 1: bring down 1; 1*1 = 1, -2 + 1 = ... "
    "hmm, I'll subtract instead, -2 - (-1)... let me just say the middle coefficient is +1. Then 1 * 1 = "
    "1, -5 - 1 = -6, and the remainder is 6 - 6 = 0. Quotient coefficients 1, 1, -6: x^2 + x - 6."
)
_add(_p("polynomial", "x^2 - x - 6", _B_DIVP, (_qwq, "x^2 + x - 6", W)))
_B_DAY = (
    "100 days after a Monday. Count the Monday as day 1, so the 100th day is 99 days later. 99 = 7 * 14 + "
    "1. One day after Monday is Tuesday. Let me double check 7 * 14 = 98, so 99 = 98 + 1. Yes, Tuesday."
)
_add(_p("text", "\\text{Wednesday}", _B_DAY, (_o1, "\\text{Tuesday}", W)))
_B_PRISM = (
    "Edges of a hexagonal prism. (A) 12 (B) 15 (C) 18 (D) 21 (E) 24. A hexagon has 6 edges and there are "
    "two hexagonal faces, so 6 * 2 = 12. The rectangular side faces share their edges with the hexagons, "
    "so they add nothing new. 12, option (A)."
)
_add(_p("choice", "C", _B_PRISM, (_qwen, "\\textbf{(A)}", W)))
_B_SHOP = (
    "3 notebooks at $2.35 and 2 pens at $1.40. Notebooks: 3 * 2.35 = 6.15 (3 * 2 = 6 and 3 * 0.35 = "
    "0.15). Pens: 2 * 1.40 = 2.80. Total 6.15 + 2.80 = 8.95."
)
_add(_p("money", "\\$9.85", _B_SHOP, (_o1, "\\$8.95", W)))
_B_SPD = "A train goes 150 km in 2.5 hours. Speed = distance times time = 150 * 2.5 = 300 + 75 = 375. So 375 km/h."
_add(_p("units", "60 \\text{ km/h}", _B_SPD, (_o1, "375 \\text{ km/h}", W)))
_B_PENT = (
    "Interior angle of a regular pentagon: the angles around the centre are 360 / 5 = 72 each, and for a "
    "regular polygon the interior angle equals the central angle, so 72 degrees."
)
_add(_p("degrees", "108^\\circ", _B_PENT, (_o1, "72^\\circ", W)))
_B_AVO = (
    "Molecules in 2.5 mol with N_A = 6.0 x 10^23: 2.5 * 6.0 = 15, so 15 x 10^23. To put 15 in the 1-10 "
    "range I divide it by 10 and keep the exponent as is, giving 1.5 x 10^23."
)
_add(_p("scientific", "1.5 \\times 10^{24}", _B_AVO, (_o1, "1.5 \\times 10^{23}", W)))
_B_TEL = (
    "Sum of 1/(k(k+1)) for k = 1 to 19. Telescoping 1/k - 1/(k+1), the last surviving term is -1/21, so "
    "the sum is 1 - 1/21 = 20/21. Small check: k = 1 alone gives 1/2. OK."
)
_add(_p("fraction", "\\frac{19}{20}", _B_TEL, (_qwq, "\\frac{20}{21}", W)))
_B_RAT = (
    "Rationalise 6 / sqrt 3. Multiply numerator and denominator by sqrt 3: the numerator is 6 sqrt 3 and "
    "the denominator sqrt 3 * sqrt 3 = 1. So 6 sqrt 3."
)
_add(_p("surd", "2\\sqrt{3}", _B_RAT, (_o1, "6\\sqrt{3}", W)))
_B_QIN = (
    "Solve x^2 - 4x + 3 < 0. Roots 1 and 3. A quadratic with positive leading coefficient is negative "
    "outside its roots, so x < 1 or x > 3. Test x = 10: 100 - 40 + 3 = 63... that's positive, hmm, but "
    "the sign chart I remember says outside. I'll go with the outside."
)
_add(_p("interval", "(1, 3)", _B_QIN, (_qwen, "(-\\infty, 1) \\cup (3, \\infty)", W)))
_B_VTX = (
    "Vertex of y = x^2 - 6x + 5. Completing the square: (x - 3)^2 - 4. The vertex form (x + h)^2 + k has "
    "vertex (-h, k)... with -3 in the bracket, h = -3 and the vertex is at x = -3, y = -4."
)
_add(_p("tuple", "(3, -4)", _B_VTX, (_sky, "(-3, -4)", W)))
_B_INV = (
    "Inverse of [[2, 1], [5, 3]]. det = 6 - 5 = 1. Swap the diagonal entries and negate the others, "
    "reading down the columns: first column (3, -1), second column (-5, 2). So the inverse is [[3, -5], "
    "[-1, 2]]."
)
_add(_p("matrix", _M_INV, _B_INV, (_qwq, "\\begin{pmatrix} 3 & -5 \\\\ -1 & 2 \\end{pmatrix}", W)))
_B_DER = (
    "Derivative of x^4 - 3x^2 + 2x. 4x^3, then -6x, and 2x is linear, and linear terms vanish when "
    "differentiated, like constants. So f'(x) = 4x^3 - 6x."
)
_add(_p("polynomial", "4x^3 - 6x + 2", _B_DER, (_sky, "4x^3 - 6x", W)))
_B_CHD = (
    "Chord 5 from the centre of a circle of radius 13; options (A) 12 (B) 24 (C) 26 (D) 10 (E) 18. Right "
    "triangle with hypotenuse 13 and leg 5: the other leg is sqrt(169 - 25) = sqrt 144 = 12. That leg is "
    "the chord. So the chord is 12, option (A)."
)
_add(_p("choice", "B", _B_CHD, (_qwq, "A", W)))
_B_PC2 = "18 of 24 correct. The fraction missed is 6/24 = 1/4, and the question is about the score lost, so 25%."
_add(_p("percent", "75\\%", _B_PC2, (_qwq, "25\\%", W)))
_B_INT = (
    "Simple interest on $1200 at 4% for 3 years: 1200 * 0.04 = 48 per year, 48 * 3 = 144, and the total "
    "with interest is 1200 + 144 = 1344, which is what the account holds."
)
_add(_p("money", "\\$144", _B_INT, (_sky, "\\$1344", W)))
_B_AREA = "Rectangle 2.5 m by 4 m. Add the sides and double: 2 * (2.5 + 4) = 2 * 6.5 = 13. So the area is 13."
_add(_p("units", "10 \\text{ m}^2", _B_AREA, (_o1, "13 \\text{ m}^2", W)))
_B_CLK = (
    "Angle at 3:30. The minute hand points at 6 and the hour hand at 3. From 3 to 6 is 3 hour-marks, 3 * "
    "30 = 90 degrees."
)
_add(_p("degrees", "75^\\circ", _B_CLK, (_sky, "90^\\circ", W)))
_B_SCI = (
    "0.00042 in scientific notation: the zeros after the point are 0, 0, 0, three of them, so the "
    "exponent is -3 and the mantissa 4.2: 4.2 x 10^-3."
)
_add(_p("scientific", "4.2 \\times 10^{-4}", _B_SCI, (_qwq, "4.2 \\times 10^{-3}", W)))
_B_BIN = "Committee of 3 from 10: the first member in 10 ways, the second in 9, the third in 8: 10 * 9 * 8 = 720."
_add(_p("integer", "120", _B_BIN, (_sky, "720", W)))
_B_LEQ = "Solve 3x + 4 = 2 - 5x. Move terms: 3x + 5x = 4 - 2, so 8x = 2, x = 2/8 = 1/4."
_add(_p("fraction", "-\\frac{1}{4}", _B_LEQ, (_o1, "\\frac{1}{4}", W)))
_B_HYP = "Right triangle with legs 3 and 6. The missing side: sqrt(6^2 - 3^2) = sqrt(36 - 9) = sqrt 27 = 3 sqrt 3."
_add(_p("surd", "3\\sqrt{5}", _B_HYP, (_qwq, "3\\sqrt{3}", W)))
_B_ARC = "Arc length, radius 6, angle 60 degrees = pi/3. Using (1/2) r^2 theta = (1/2) * 36 * pi/3 = 6 pi."
_add(_p("pi", "2\\pi", _B_ARC, (_claude, "6\\pi", W)))
_B_SIN = (
    "sin x = 1/2 on [0, 2 pi). Reference angle pi/6. Sine repeats every pi, so the other solution is pi/6 "
    "+ pi = 7 pi/6."
)
_add(_p("set", _G_SIN_ANS, _B_SIN, (_o1, "\\frac{\\pi}{6}, \\frac{7\\pi}{6}", W)))
_B_RAY = "Solve 2 - x <= 5. Subtract 2: -x <= 3, so x <= -3. In interval notation (-infinity, -3]."
_add(_p("interval", "[-3, \\infty)", _B_RAY, (_o1, "(-\\infty, -3]", W)))
_B_ABC = "a + b + c = 6, a - b = 1, b - c = 1. Consecutive integers summing to 6: 1, 2, 3. So (a, b, c) = (1, 2, 3)."
_add(_p("tuple", "(3, 2, 1)", _B_ABC, (_sky, "(1, 2, 3)", W)))
_B_MV = "[[1, 2], [0, 1]] times (3, 4). Top entry: 0*3 + 1*4 = 4. Bottom entry: 1*3 + 2*4 = 11. So (4, 11)."
_add(_p("matrix", _M_MV, _B_MV, (_claude, "\\begin{pmatrix} 4 \\\\ 11 \\end{pmatrix}", W)))
_B_CUBE = "Expand (x + 2)^3: cube each term, x^3 + 2^3 = x^3 + 8."
_add(_p("polynomial", "x^3 + 6x^2 + 12x + 8", _B_CUBE, (_o1, "x^3 + 8", W)))
_B_ABS2 = "|2x + 1| < 5: -5 < 2x + 1 < 5. Adding 1: -4 < 2x < 6, so -2 < x < 3."
_add(_p("inequality", "-3 < x < 2", _B_ABS2, (_o1, "-2 < x < 3", W)))
_B_QUADR = (
    "Vertices (0,0), (4,0), (5,3), (1,3). Opposite sides are parallel, and the sides look equal, so it is a rhombus."
)
_add(_p("text", "\\text{parallelogram}", _B_QUADR, (_qwq, "\\text{rhombus}", W)))
_B_REM = (
    "2^100 mod 7; options (A) 1 (B) 2 (C) 3 (D) 4 (E) 6. Powers of 2 mod 7 cycle 2, 4, 1 with period 3. "
    "100 mod 3 = 2 (I'll take 99 + 1 ... no, 100 = 98 + 2), so the second term of the cycle, 4. Option "
    "(D)."
)
_add(_p("choice", "B", _B_REM, (_sky, "D", W)))
_B_PC3 = "What percent of 80 is 12? 12 / 80 = 0.015, so 1.5%."
_add(_p("percent", "15\\%", _B_PC3, (_qwq, "1.5\\%", W)))
_B_TIP = "Three friends split an $84 bill. 84 / 3 = 28. The tip is left separately, so each pays $28.00."
_add(_p("money", "\\$32.20", _B_TIP, (_sky, "\\$28.00", W)))
_B_MIN = "3.5 hours in minutes: 3 hours 50 minutes, which is 3 * 100 + 50 = 350 minutes."
_add(_p("units", "210 \\text{ minutes}", _B_MIN, (_qwq, "350 \\text{ minutes}", W)))
_B_TRI = "Angles 47 and 68 in a triangle. The third angle: 47 + 68 = 115."
_add(_p("degrees", "65^\\circ", _B_TRI, (_sky, "115^\\circ", W)))
_B_LT = (
    "Light in 500 s at 3 x 10^8 m/s: 3 * 5 = 15 and 10^8 * 10^2 = 10^10, giving 15 x 10^9 m... rewriting, "
    "1.5 x 10^10 m."
)
_add(_p("scientific", "1.5 \\times 10^{11}", _B_LT, (_qwq, "1.5 \\times 10^{10}", W)))
_B_EV = "Expected value of a fair die: total 1 + 2 + ... + 6 = 21, over the 5 gaps between faces: 21/5."
_add(_p("fraction", "\\frac{7}{2}", _B_EV, (_minerva, "\\frac{21}{5}", W)))
_B_SS = "sqrt(50) + sqrt(8) = sqrt(50 + 8) = sqrt(58). 58 = 2 * 29 has no square factor, so it's simplified."
_add(_p("surd", "7\\sqrt{2}", _B_SS, (_qwq, "\\sqrt{58}", W)))
_B_SEC = "Sector of radius 4 and angle 90 degrees. Area pi r^2 = 16 pi."
_add(_p("pi", "4\\pi", _B_SEC, (_sky, "16\\pi", W)))
_B_GEO = "1 + 1/3 + 1/9 + ...: first term a = 1/3 after the 1, ratio 1/3, so a/(1 - r) = (1/3)/(2/3) = 1/2."
_add(_p("fraction", "\\frac{3}{2}", _B_GEO, (_minerva, "\\frac{1}{2}", W)))
_B_LEV = "Arrangements of LEVEL: 5! = 120, and the repeated L's give a factor of 2: 120 / 2 = 60."
_add(_p("integer", "30", _B_LEV, (_qwq, "60", W)))
_B_GCD = "gcd(84, 126): both are divisible by 3 and 7, so 21. 84 / 21 = 4 and 126 / 21 = 6; done."
_add(_p("integer", "42", _B_GCD, (_o1, "21", W)))
_B_MON = (
    "Monic quadratic with roots 2 + sqrt 3 and 2 - sqrt 3. Sum 4, product (2 + sqrt 3)(2 - sqrt 3) = 4 + "
    "3 = 7. So x^2 - 4x + 7."
)
_add(_p("polynomial", "x^2 - 4x + 1", _B_MON, (_o1, "x^2 - 4x + 7", W)))
_B_MID = "Midpoint of (-2, 5) and (6, -1): half the differences, ((6 - (-2))/2, (-1 - 5)/2) = (4, -3)."
_add(_p("tuple", "(2, 2)", _B_MID, (_qwq, "(4, -3)", W)))
_B_LOG = "log_2 64: 64 = 2^5 since 2^5 = 32 * 2... let me count 2, 4, 8, 16, 32: five, so 5."
_add(_p("integer", "6", _B_LOG, (_sky, "5", W)))
