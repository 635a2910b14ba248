"""FIFTEENTH: a held-out batch of labelled answer-verification pairs aimed at precision (issue 12, section 2).

Written on 2026-12-02 by a helper session (branch h/batch15) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, or any other file in tests/verify/ (only the first 60 lines of outside_ninth.py and outside_eleventh.py,
for the row format and header style), and without running longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (sympy used by hand to check the arithmetic only); pairs a reasonable grader could
label either way were left out. Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The batch
leans on precision, because a grader that passes a wrong answer poisons training data: the negatives differ from
the gold only slightly (off by one, a sign, a factor of two, a missing or extra root, an open instead of a closed
endpoint, a transposed matrix, swapped coordinates, a wrong base, a different rounding than asked, degrees for
radians, a neighbouring fraction or surd, a wrong multiple-choice letter next to the right value, yes for no), or
hold the gold only as an intermediate, a rejected candidate, a value in a check, an earlier box, or an answer
later overruled. The correct rows use equivalent forms (decimals for fractions, `x=` prefixes, reordered sets and
factors, `\\dfrac`, `\\left(`, degree signs, rationalised surds) in the endings real models write.
Most problems go through `_p`, which gives one neutral set-up several endings; the GSM8K, multiple-choice,
rejected-candidate, several-box, overruled and truncated rows are written out one by one. 406 rows: 217 correct,
169 incorrect, 20 truncated.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _r1(reasoning: str, ans: str) -> str:
    return "<think>\n" + reasoning + "\n</think>\n\nSo the answer is $\\boxed{" + ans + "}$."


def _sky(reasoning: str, ans: str) -> str:
    return (
        "<|begin_of_thought|>\n\n"
        + reasoning
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\nThus, the final answer is \\(\\boxed{"
        + ans
        + "}\\).\n\n<|end_of_solution|>"
    )


def _gpt(reasoning: str, ans: str) -> str:
    return reasoning + "\n\n### Final Answer\n\n\\[\n\\boxed{" + ans + "}\n\\]"


def _claude(reasoning: str, ans: str) -> str:
    return reasoning + "\n\n**Answer: $" + ans + "$**"


def _qwen(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nThe final answer is $\\boxed{" + ans + "}$."


def _minerva(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nFinal Answer: The final answer is $" + ans + "$. I hope it is correct."


def _qwq(reasoning: str, ans: str) -> str:
    return "<think>\n" + reasoning + "\n</think>\n\n**Final Answer**\n\n\\[ \\boxed{" + ans + "} \\]"


def _prose(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nTherefore, the answer is $" + ans + "$."


_STYLES = (_r1, _sky, _gpt, _claude, _qwen, _minerva, _qwq, _prose)


def _p(cat: str, gold: str, reasoning: str, ok: list[str], bad: list[str]) -> list[tuple[str, str, str, str]]:
    """One problem: every answer in `ok` is an equivalent form of the gold, every one in `bad` a near miss.

    The reasoning states the set-up but no result, so the verdict rests on the final answer alone; the
    endings rotate through the styles with an offset taken from the gold, so each style meets both verdicts.
    """
    k = len(gold) + len(reasoning)
    rows = [(cat, gold, _STYLES[(k + i) % len(_STYLES)](reasoning, a), C) for i, a in enumerate(ok)]
    rows += [(cat, gold, _STYLES[(k + 3 + i) % len(_STYLES)](reasoning, a), W) for i, a in enumerate(bad)]
    return rows


def _gsm(reasoning: str, n: str) -> str:
    return reasoning + "\n#### " + n


_R_SQRT = (
    r"Square both sides of $\sqrt{2x+6} = x - 1$: $2x + 6 = x^2 - 2x + 1$, so $x^2 - 4x - 5 = 0$, which factors "
    r"as $(x-5)(x+1) = 0$. Any solution must satisfy $x - 1 \ge 0$, so I have to check the candidates."
)
_R_COIN = "Three fair coin tosses give 8 equally likely outcomes. I count those with at least two heads."
_R_SIN = r"The angle $\frac{3\pi}{4}$ lies in the second quadrant with reference angle $\frac{\pi}{4}$."
_R_TAN = r"The function $\tan(x/2)$ repeats when $x/2$ advances by $\pi$, the period of tangent."
_R_QUAD = r"Factor: $x^2 - x - 6 = (x-3)(x+2)$. The product is positive when both factors share a sign."
_R_ABS = r"$|2x - 5| \le 3$ means $-3 \le 2x - 5 \le 3$, so $2 \le 2x \le 8$."
_R_CIRC = r"Complete the squares: $(x^2 - 4x + 4) + (y^2 + 6y + 9) = 12 + 4 + 9 = 25$."
_R_FUNC = r"Put $t = x + 1$: $f(t) = (t-1)^2 + 2(t-1) + 2 = t^2 - 2t + 1 + 2t - 2 + 2$."
_R_LIM = r"$\ln\left(1 - \frac1n\right)^n = n\ln\left(1-\frac1n\right) \to -1$ as $n \to \infty$."
_R_TR = r"The transpose of $\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$ swaps rows and columns."
_R_CUB = r"Try $x = 1$: $1 - 2 - 5 + 6 = 0$. Divide: $x^3 - 2x^2 - 5x + 6 = (x-1)(x^2 - x - 6)$, and factor again."
_R_BASE = r"Divide 11 by 3 repeatedly: $11 = 3 \cdot 3 + 2$, $3 = 1 \cdot 3 + 0$, $1 = 0 \cdot 3 + 1$."
_R_TRI = r"The angles are $k$, $2k$, $3k$ with $6k = 180^\circ$, and the smallest is $k$."
_R_ARC = r"On $(0, \pi/2)$ sine is increasing, and $\sin x = \frac12$ has exactly one solution there, in radians."
_R_ROOT = (
    r"$\sqrt{10}$ lies between 3.16 and 3.17, since $3.16^2 = 9.9856$ and $3.17^2 = 10.0489$; $\sqrt{10} = "
    r"3.16227\ldots$"
)
_R_FR = r"Simplify $\frac{18}{24}$: the greatest common divisor of 18 and 24 is 6."
_R_DIAG = r"A square of side 8 has diagonal $\sqrt{8^2 + 8^2} = \sqrt{128}$."
_R_SLOPE = r"Solve $3x + 2y = 7$ for $y$: $2y = -3x + 7$, so $y = -\frac32 x + \frac72$. The slope is the coefficient."
_R_LINE = r"Point-slope form through $(1, -1)$ with slope 2: $y + 1 = 2(x - 1)$."
_R_DER = r"Differentiate $2x^3 - x^2 + 5$ term by term; the constant vanishes."
_R_INT = r"The power rule for antiderivatives raises the exponent of $x^2$ by one and divides by the new exponent."
_R_FAC = r"I need two numbers with product $-10$ and sum $3$: they are $5$ and $-2$."
_R_LOG = r"$16 = 2^4$, so $\log_2 16$ is the exponent."
_R_BIN = r"Choosing 2 of 5 people, order irrelevant: $\binom{5}{2} = \frac{5 \cdot 4}{2}$."
_R_DICE = r"Sum 8 on two dice: $(2,6), (3,5), (4,4), (5,3), (6,2)$ out of 36 outcomes."
_R_CPX = r"Expand $(2+i)(1-i) = 2 - 2i + i - i^2$ and use $i^2 = -1$."
_R_DIST = r"The distance is $\sqrt{(3-1)^2 + (5-2)^2} = \sqrt{4 + 9}$."
_R_AREA = r"The radius is $2\sqrt3$, so $r^2 = 12$; the circumference would be $4\sqrt3\pi$, but the area is asked."
_R_FACT = r"Five distinct books on a shelf: $5 \cdot 4 \cdot 3 \cdot 2 \cdot 1$ arrangements."
_R_SALE = r"A 25% discount on \$25 takes off $0.25 \cdot 25 = 6.25$ dollars from the price."
_R_TWO = r"Two fair tosses give HH, HT, TH, TT, and exactly one of them is two heads."
_R_RAT = r"$\frac{x-2}{x+1} \le 0$: the numerator vanishes at $x = 2$ (allowed) and the denominator at $x = -1$ (not)."
_R_Q23 = r"$x^2 - 5x + 6 = (x-2)(x-3)$."
_R_SET = r"$A = \{1, 2, 3\}$ and $B = \{1, 2, 4\}$; the intersection keeps the common elements."
_R_MIN = r"Complete the square: $x^2 + 4x = (x + 2)^2 - 4$, minimised at $x = -2$."
_R_VTX = r"$y = x^2 + 4x = (x+2)^2 - 4$, so the vertex is where the square vanishes."
_R_MOD = r"$7^2 = 49$, $7^4 = 2401 \equiv 1 \pmod{100}$, and $2026 = 4 \cdot 506 + 2$."
_R_SIG = (
    r"$120 = 2^3 \cdot 3 \cdot 5$, and $\sigma$ is multiplicative: $\sigma(8)\sigma(3)\sigma(5) = 15 \cdot 4 \cdot 6$."
)
_R_ZER = (
    r"Legendre: $\lfloor 2026/5 \rfloor + \lfloor 2026/25 \rfloor + \lfloor 2026/125 \rfloor + \lfloor 2026/625 "
    r"\rfloor = 405 + 81 + 16 + 3$."
)
_R_LIN = r"From $3x - 2 = 0$, add 2 and divide by 3."
_R_T3 = r"$\tan\frac{\pi}{3} = \frac{\sin(\pi/3)}{\cos(\pi/3)} = \frac{\sqrt3/2}{1/2}$."
_R_T6 = r"$\tan\frac{\pi}{6} = \frac{\sin(\pi/6)}{\cos(\pi/6)} = \frac{1/2}{\sqrt3/2}$."
_R_SUB = r"Each of the 10 elements is in or out of a subset, independently, and the empty set counts."
_R_GAU = r"Pair the first and last terms: each of the $n/2$ pairs sums to $n + 1$."
_R_GEO = r"The sequence $3, 6, 12, 24, \ldots$ has first term 3 and ratio 2."
_R_EXT = r"The exterior angles of a convex polygon sum to $360^\circ$, and a regular pentagon has 5 equal ones."
_R_TRA = r"The triangle with vertices $(0,0)$, $(3,0)$, $(0,3)$ is right-angled with legs 3 and 3."
_R_LN = r"$\int_1^2 \frac{dx}{x} = \ln 2 - \ln 1$."
_R_INT2 = r"$\int_0^1 x^2\,dx = \left[\frac{x^3}{3}\right]_0^1$."
_R_MOD5 = r"$|3 + 4i| = \sqrt{3^2 + 4^2} = \sqrt{9 + 16}$."
_R_SYS = r"Add the equations $x + y = 4$ and $x - y = 2$: $2x = 6$. Then substitute back for $y$."
_R_DET = r"$\det\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} = 1 \cdot 4 - 2 \cdot 3$."
_R_CBRT = r"$512 = 2^9$, and the real cube root of $2^9$ is $2^3$."
_R_PM3 = r"$x^2 = 9$ means $x^2 - 9 = (x - 3)(x + 3) = 0$."
_R_DEC = r"One quarter written as a decimal: divide 1 by 4."
_R_SAV = r"She saves \$125 a month for 10 months: $125 \cdot 10$."
_R_N2 = r"Is $x^2 + x + 1 = 0$ solvable over the reals? Its discriminant is $1 - 4 = -3$."
_R_LIM0 = r"By the squeeze theorem, $\cos x \le \frac{\sin x}{x} \le 1$ near 0, and $\cos x \to 1$."
_R_VOL = r"A cube with edge 3 cm has volume $3^3$ cubic centimetres."
_R_PCT = r"The price went from \$80 to \$92, an increase of \$12 on a base of \$80."
_R_MEAN = r"The five scores are 82, 90, 75, 88, 95; their sum is 430."
_R_HYP = r"The legs are 5 and 12, so the hypotenuse is $\sqrt{25 + 144} = \sqrt{169}$."
_R_POLY = r"Divide $x^3 + 2x^2 - x + 4$ by $x - 1$; by the remainder theorem the remainder is $p(1) = 1 + 2 - 1 + 4$."
_R_EXP = r"$4^{x} = 32$ means $2^{2x} = 2^5$."
_R_INV = r"Swap $x$ and $y$ in $y = 3x - 6$ and solve: $x = 3y - 6$, so $3y = x + 6$."
_R_DOM = r"$\sqrt{x - 3}$ needs $x \ge 3$ and $\frac{1}{x - 5}$ needs $x \ne 5$."
_R_VEC = r"$\vec u = (1, 2, 3)$ and $\vec v = (4, -5, 6)$; the dot product is $4 - 10 + 18$."
_R_CROSS = r"$(1, 0, 0) \times (0, 1, 0)$ follows the right-hand rule."
_R_PROB = (
    r"Drawing 2 balls from 3 red and 2 blue without replacement: $\binom{5}{2} = 10$ pairs, $\binom32 = 3$ all red."
)

_G_STK = "Maria buys 6 packs with 9 stickers each, so she has 6 * 9 = 54 stickers. She gives away 12 of them."
_G_COOK = "The baker makes 3 trays of 24 cookies, 3 * 24 = 72 cookies. He sells 5/6 of them."
_G_TRAIN = "The train covers 180 miles in 3 hours, so its speed is 180 / 3 = 60 miles per hour. In 5 hours:"
_G_WAGE = "Tom earns $15 an hour and works 8 hours a day, which is 15 * 8 = $120 a day, for 5 days."
_G_TAX = "The shirt costs $40 and the tax is 15%, so the tax is 0.15 * 40 = $6."

_MC1 = (
    r"How many positive divisors does 60 have? Options: $\textbf{(A)}\ 10 \qquad \textbf{(B)}\ 11 \qquad "
    r"\textbf{(C)}\ 12 \qquad \textbf{(D)}\ 13 \qquad \textbf{(E)}\ 14$. Since $60 = 2^2 \cdot 3 \cdot 5$, the count "
    r"is $(2+1)(1+1)(1+1)$."
)
_MC2 = (
    r"The options are $\textbf{(A)}\ 6 \qquad \textbf{(B)}\ 7 \qquad \textbf{(C)}\ 8 \qquad \textbf{(D)}\ 9 "
    r"\qquad \textbf{(E)}\ 10$. The number of primes below 18 is what is asked: 2, 3, 5, 7, 11, 13, 17."
)

FIFTEENTH: list[tuple[str, str, str, str]] = [
    *_p("extraneous root", "5", _R_SQRT, ["5", "x = 5", "x=5.0"], ["-1", "x = -1 \\text{ or } x = 5"]),
    *_p(
        "probability",
        r"\frac{1}{2}",
        _R_COIN,
        [r"\frac12", "0.5", r"\dfrac{1}{2}", "1/2"],
        [r"\frac{1}{4}", r"\frac{7}{8}"],
    ),
    *_p(
        "trig value",
        r"\frac{\sqrt{2}}{2}",
        _R_SIN,
        [r"\frac{1}{\sqrt{2}}", r"\dfrac{\sqrt2}{2}", r"\sqrt{2}/2", r"\frac{\sqrt{2}}{2}", r"0.5\sqrt{2}"],
        [r"\sqrt{2}", r"\frac{\sqrt{3}}{2}"],
    ),
    *_p("period", r"2\pi", _R_TAN, [r"2\pi", r"2 \pi", r"T = 2\pi"], [r"\pi", r"\frac{\pi}{2}"]),
    *_p(
        "interval union",
        r"(-\infty, -2) \cup (3, \infty)",
        _R_QUAD,
        [
            r"(-\infty,-2)\cup(3,\infty)",
            r"\left(-\infty,-2\right)\cup\left(3,\infty\right)",
            r"(3,\infty)\cup(-\infty,-2)",
        ],
        [r"(-\infty,-2]\cup[3,\infty)", r"(-\infty,-3)\cup(2,\infty)"],
    ),
    *_p(
        "closed interval",
        "[1, 4]",
        _R_ABS,
        ["[1,4]", r"1 \le x \le 4", r"\left[1, 4\right]", r"x \in [1, 4]"],
        ["(1,4)", "[-1,4]"],
    ),
    *_p("point", "(2,-3)", _R_CIRC, ["(2, -3)", r"\left(2,-3\right)", r"(2,\,-3)"], ["(-3,2)", "(2,3)", "5"]),
    *_p("expression", "x^2+1", _R_FUNC, ["x^2+1", "1+x^2", "f(x)=x^2+1", "x^{2} + 1"], ["x^2-1", "(x+1)^2+1"]),
    *_p("limit", "e^{-1}", _R_LIM, [r"\frac{1}{e}", "e^{-1}", "1/e", r"\dfrac{1}{e}"], ["e", "e^{-2}"]),
    *_p(
        "matrix",
        r"\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}",
        _R_TR,
        [
            r"\begin{pmatrix}1&3\\2&4\end{pmatrix}",
            r"\begin{bmatrix} 1 & 3 \\ 2 & 4 \end{bmatrix}",
            r"\left(\begin{array}{cc} 1 & 3 \\ 2 & 4 \end{array}\right)",
        ],
        [r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", r"\begin{pmatrix} 4 & 2 \\ 3 & 1 \end{pmatrix}"],
    ),
    *_p(
        "root list",
        "-2, 1, 3",
        _R_CUB,
        ["1, 3, -2", r"\{-2,1,3\}", "x = -2, 1, 3", "3, 1, -2"],
        ["1, 3", "-2, 1, 3, 6"],
    ),
    *_p("base", "102_3", _R_BASE, ["102_3", "102_{3}"], ["120_3", "201_3"]),
    *_p("degrees", r"30^\circ", _R_TRI, ["30", r"30^\circ", "30°", r"30^{\circ}"], [r"60^\circ", "45"]),
    *_p(
        "radians",
        r"\frac{\pi}{6}",
        _R_ARC,
        [r"\pi/6", r"\frac{\pi}{6}", r"\dfrac{\pi}{6}", r"x = \frac{\pi}{6}"],
        ["30", r"\frac{5\pi}{6}"],
    ),
    *_p("rounding", "3.16", _R_ROOT, ["3.16", r"\approx 3.16", r"x \approx 3.16"], ["3.17", "3.15"]),
    *_p("fraction", r"\frac{3}{4}", _R_FR, ["0.75", "3/4", r"\tfrac34", r"\frac{3}{4}"], [r"\frac{4}{3}", "0.7"]),
    *_p(
        "surd",
        r"8\sqrt{2}",
        _R_DIAG,
        [r"\sqrt{128}", r"8 \sqrt 2", r"8\sqrt{2}"],
        [r"4\sqrt{2}", r"16\sqrt{2}"],
    ),
    *_p(
        "slope",
        r"-\frac{3}{2}",
        _R_SLOPE,
        ["-1.5", r"-\dfrac{3}{2}", r"\frac{-3}{2}", r"m = -\frac{3}{2}"],
        [r"\frac{3}{2}", r"\frac{7}{2}"],
    ),
    *_p("line", "y = 2x - 3", _R_LINE, ["y=2x-3", "y = -3 + 2x"], ["y=2x+3", "y = 2x - 1"]),
    *_p(
        "derivative",
        "6x^2 - 2x",
        _R_DER,
        ["6x^2-2x", "2x(3x-1)", "-2x+6x^2", "f'(x) = 6x^2 - 2x"],
        ["6x^2-2x+5", "6x^3-2x^2"],
    ),
    *_p(
        "antiderivative",
        r"\frac{x^3}{3} + C",
        _R_INT,
        [r"\frac{1}{3}x^3 + C", "x^3/3 + C", r"\frac{x^{3}}{3} + C"],
        ["x^3 + C", "2x + C"],
    ),
    *_p("factored", "(x-2)(x+5)", _R_FAC, ["(x+5)(x-2)", "(x - 2)(x + 5)"], ["(x+2)(x-5)", "(x-1)(x+10)"]),
    *_p("logarithm", "4", _R_LOG, ["4", "4.0", r"\log_2 16 = 4"], ["8", "2"]),
    *_p("counting", "10", _R_BIN, [r"\binom{5}{2} = 10", "10"], ["20", "25"]),
    *_p(
        "dice",
        r"\frac{5}{36}",
        _R_DICE,
        ["5/36", r"\dfrac{5}{36}", r"\frac{5}{36}"],
        [r"\frac{1}{6}", r"\frac{4}{36}"],
    ),
    *_p("complex", "3 - i", _R_CPX, ["3-i", "-i+3", "z = 3 - i"], ["3+i", "3-2i"]),
    *_p("distance", r"\sqrt{13}", _R_DIST, [r"\sqrt{13}", r"\sqrt {13}", r"d = \sqrt{13}"], ["13", r"\sqrt{5}"]),
    *_p("area", r"12\pi", _R_AREA, [r"12\pi", r"12 \pi", r"\pi \cdot 12"], [r"6\pi", r"24\pi", r"4\sqrt{3}\pi"]),
    *_p("factorial", "120", _R_FACT, ["120", "5! = 120", r"120 \text{ ways}"], ["24", "60"]),
    *_p("money", "18.75", _R_SALE, [r"\$18.75", r"18.75 \text{ dollars}", "18.75"], ["6.25", "31.25"]),
    *_p(
        "probability",
        r"\frac{1}{4}",
        _R_TWO,
        ["0.25", r"\frac14", "1/4", r"\dfrac{1}{4}"],
        [r"\frac{1}{2}", r"\frac{3}{4}"],
    ),
    *_p(
        "half-open interval",
        "(-1, 2]",
        _R_RAT,
        ["(-1,2]", r"-1 < x \le 2", r"\left(-1,2\right]"],
        ["[-1,2]", "[-1,2)"],
    ),
    *_p("root list", "2, 3", _R_Q23, ["3, 2", r"x=2 \text{ or } x=3", r"\{2,3\}"], ["2", "1, 6"]),
    *_p("set", r"\{1, 2\}", _R_SET, [r"\{2, 1\}", r"\{1,2\}", r"\{1, 2\}"], [r"\{1,2,3\}", r"\{3\}"]),
    *_p("minimum", "-4", _R_MIN, ["-4", r"y_{\min} = -4"], ["-2", "0"]),
    *_p("point", "(-2, -4)", _R_VTX, ["(-2,-4)", r"\left(-2, -4\right)"], ["(-4,-2)", "(-2,4)"]),
    *_p("aime", "49", _R_MOD, ["049", "49"], ["43", "7"]),
    *_p("aime", "360", _R_SIG, ["360", r"\sigma(120) = 360"], ["16", "359"]),
    *_p("aime", "505", _R_ZER, ["505"], ["504", "405"]),
    *_p("fraction", r"\frac{2}{3}", _R_LIN, [r"0.\overline{6}", r"x = \frac23"], [r"\frac{3}{2}", r"-\frac{2}{3}"]),
    *_p(
        "trig value",
        r"\sqrt{3}",
        _R_T3,
        [r"\frac{3}{\sqrt{3}}", r"\sqrt 3", r"\sqrt{3}"],
        [r"\frac{\sqrt{3}}{3}", r"\frac{\sqrt{3}}{2}"],
    ),
    *_p(
        "trig value",
        r"\frac{\sqrt{3}}{3}",
        _R_T6,
        [r"\frac{1}{\sqrt3}", r"\dfrac{\sqrt{3}}{3}", r"\frac{\sqrt3}{3}"],
        [r"\sqrt{3}", r"\frac{1}{3}"],
    ),
    *_p("power", "1024", _R_SUB, ["2^{10}", "1024", "1,024"], ["1023", "2^{9}"]),
    *_p(
        "formula",
        r"\frac{n(n+1)}{2}",
        _R_GAU,
        [r"\frac{n^2+n}{2}", r"\dfrac{n(n+1)}{2}", r"\frac{1}{2}n(n+1)"],
        [r"\frac{n(n-1)}{2}", r"\frac{n^2+1}{2}"],
    ),
    *_p(
        "sequence",
        r"a_n = 3 \cdot 2^{n-1}",
        _R_GEO,
        [r"3\cdot 2^{n-1}", r"\frac{3}{2}\cdot 2^n"],
        [r"3\cdot 2^{n}", r"2\cdot 3^{n-1}"],
    ),
    *_p("degrees", "72", _R_EXT, [r"72^\circ", "72"], [r"108^\circ", r"36^\circ"]),
    *_p("area", r"\frac{9}{2}", _R_TRA, ["4.5", r"\frac92", r"\dfrac{9}{2}"], ["9", "3"]),
    *_p("logarithm", r"\ln 2", _R_LN, [r"\ln(2)", r"-\ln\frac{1}{2}", r"\ln 2"], [r"\ln 3", r"-\ln 2"]),
    *_p("limit", "1", _R_LIM0, ["1", "1.0"], ["0", r"\infty"]),
    *_p("integral", r"\frac{1}{3}", _R_INT2, ["1/3", r"0.\overline{3}"], [r"\frac{1}{2}", "3"]),
    *_p("modulus", "5", _R_MOD5, ["5"], ["25", r"\sqrt{7}"]),
    *_p("pair", "(3, 1)", _R_SYS, ["(3,1)", "x=3, y=1", r"\left(3, 1\right)"], ["(1,3)", "(2,2)"]),
    *_p("determinant", "-2", _R_DET, ["-2", r"\det A = -2"], ["2", "10"]),
    *_p("cube root", "8", _R_CBRT, ["8", r"\sqrt[3]{512} = 8"], [r"\pm 8", "64"]),
    *_p("root list", r"\pm 3", _R_PM3, ["3, -3", r"x=\pm 3", "-3, 3"], ["3", r"\pm 9"]),
    *_p("decimal", "0.25", _R_DEC, [r"\frac{1}{4}", "0.250"], ["0.025", "0.5"]),
    *_p("money", "1250", _R_SAV, ["1,250", r"\$1250"], ["125", "1,205"]),
    *_p("yes/no", r"\text{no}", _R_N2, [r"\text{No}", "No"], [r"\text{yes}", "Yes"]),
    *_p("volume", "27", _R_VOL, [r"27 \text{ cm}^3", "27", r"27\,\text{cm}^3"], ["9", r"18 \text{ cm}^3"]),
    *_p("percent", r"15\%", _R_PCT, ["15\\%", "15"], ["12\\%", "0.12"]),
    *_p("mean", "86", _R_MEAN, ["86", "86.0", r"\bar{x} = 86"], ["85", "430"]),
    *_p("hypotenuse", "13", _R_HYP, ["13", "c = 13"], ["169", r"\sqrt{119}"]),
    *_p("remainder", "6", _R_POLY, ["6"], ["-6", "2"]),
    *_p("exponent", r"\frac{5}{2}", _R_EXP, ["2.5", r"x = \frac{5}{2}", r"\frac{5}{2}"], ["5", r"\frac{5}{4}"]),
    *_p(
        "inverse",
        r"\frac{x+6}{3}",
        _R_INV,
        [r"\frac{x}{3} + 2", r"f^{-1}(x) = \frac{x+6}{3}"],
        [r"\frac{x-6}{3}", "3x + 6"],
    ),
    *_p(
        "domain",
        r"[3, 5) \cup (5, \infty)",
        _R_DOM,
        [r"[3,5)\cup(5,\infty)", r"\left[3,5\right)\cup\left(5,\infty\right)"],
        [r"(3,5)\cup(5,\infty)", r"[3,5]\cup(5,\infty)"],
    ),
    *_p("dot product", "12", _R_VEC, ["12"], ["-12", "22"]),
    *_p(
        "vector",
        "(0, 0, 1)",
        _R_CROSS,
        [r"\left(0, 0, 1\right)", r"\begin{pmatrix} 0 \\ 0 \\ 1 \end{pmatrix}", "(0,0,1)"],
        ["(0, 0, -1)", "(0, 1, 0)"],
    ),
    *_p(
        "probability",
        r"\frac{3}{10}",
        _R_PROB,
        ["0.3", r"\frac{3}{10}", r"\dfrac{3}{10}"],
        [r"\frac{3}{5}", r"\frac{1}{10}"],
    ),
    # GSM8K: each response carries its own arithmetic, so the wrong ones compute a wrong value and end on it.
    ("gsm8k", "42", _gsm(_G_STK + " She has 54 - 12 = 42 left.", "42"), C),
    ("gsm8k", "42", _G_STK + " 54 - 12 = 42.\n\nThe answer is 42.", C),
    ("gsm8k", "42", _G_STK + " So she has $\\boxed{42}$ stickers left.", C),
    ("gsm8k", "42", _gsm(_G_STK + " She has 54 - 12 = 43 left.", "43"), W),
    ("gsm8k", "42", _gsm(_G_STK + " She had 54 stickers before giving any away.", "54"), W),
    ("gsm8k", "42", _gsm(_G_STK + " So 54 + 12 = 66.", "66"), W),
    ("gsm8k", "60", _gsm(_G_COOK + " 72 * 5/6 = 60 were sold.", "60"), C),
    ("gsm8k", "60", _G_COOK + " He sold 72 * 5/6 = 60 cookies.\n\n**Answer: 60 cookies**", C),
    ("gsm8k", "60", _gsm(_G_COOK + " He sold 60, so 72 - 60 = 12 are left.", "12"), W),
    ("gsm8k", "60", _gsm(_G_COOK + " 24 * 5/6 = 20 per tray.", "20"), W),
    ("gsm8k", "300", _gsm(_G_TRAIN + " 60 * 5 = 300 miles.", "300"), C),
    ("gsm8k", "300", _G_TRAIN + " 60 * 5 = 300.\n\nThe train travels **300 miles**.", C),
    ("gsm8k", "300", _gsm(_G_TRAIN + " 180 * 5 = 900 miles.", "900"), W),
    ("gsm8k", "300", _gsm(_G_TRAIN + " 60 * 5 = 360 miles.", "360"), W),
    ("gsm8k", "600", _gsm(_G_WAGE + " 120 * 5 = 600.", "600"), C),
    ("gsm8k", "600", _G_WAGE + " 120 * 5 = 600.\n\nTom earns $600 in total.\n#### $600", C),
    ("gsm8k", "600", _gsm(_G_WAGE + " That is $120 per day.", "120"), W),
    ("gsm8k", "600", _gsm(_G_WAGE + " 120 * 5 = 500.", "500"), W),
    ("gsm8k", "46", _gsm(_G_TAX + " The total is 40 + 6 = 46.", "46"), C),
    ("gsm8k", "46", _G_TAX + " Total: 40 + 6 = 46 dollars.\n\nThe answer is $\\$46$.", C),
    ("gsm8k", "46", _gsm(_G_TAX + " So the tax is the answer.", "6"), W),
    ("gsm8k", "46", _gsm(_G_TAX + " The price after subtracting it is 40 - 6 = 34.", "34"), W),
    # Multiple choice: the value next to the letter matches but the letter is wrong, or the letter alone is given.
    ("multiple choice", "C", _r1(_MC1, r"\textbf{(C)}\ 12"), C),
    ("multiple choice", "C", _gpt(_MC1, "C"), C),
    ("multiple choice", "C", _MC1 + "\n\nSo there are 12 divisors, answer **(C)**.", C),
    ("multiple choice", "C", _r1(_MC1, r"\textbf{(B)}\ 12"), W),
    ("multiple choice", "C", _gpt(_MC1, "D"), W),
    ("multiple choice", "C", _qwen(_MC1, r"\text{(E)}"), W),
    ("multiple choice", r"\textbf{(B)}\ 7", _sky(_MC2, "B"), C),
    ("multiple choice", r"\textbf{(B)}\ 7", _claude(_MC2, r"\textbf{(B)}\ 7"), C),
    ("multiple choice", r"\textbf{(B)}\ 7", _sky(_MC2, r"\textbf{(D)}\ 7"), W),
    ("multiple choice", r"\textbf{(B)}\ 7", _claude(_MC2, r"\textbf{(C)}\ 8"), W),
    ("multiple choice", r"\textbf{(B)}\ 7", _qwen(_MC2, "A"), W),
    # The gold appears only as a rejected candidate, an intermediate, a value in a check, or an overruled answer.
    (
        "rejected candidate",
        "5",
        _R_SQRT
        + r" At $x = 5$: $\sqrt{16} = 4 = 5 - 1$. At $x = -1$: $\sqrt{4} = 2 \ne -2$, extraneous. So $x = 5$."
        + "\n\n$\\boxed{5}$",
        C,
    ),
    (
        "rejected candidate",
        "5",
        _R_SQRT + r" I'll treat $x = 5$ as extraneous, so the solution is $x = -1$." + "\n\n$\\boxed{-1}$",
        W,
    ),
    (
        "rejected candidate",
        "-1",
        r"Solve $\frac{x^2 - 1}{x - 1} = 0$ over the reals. The numerator vanishes at $x = \pm 1$, but $x = 1$ makes "
        r"the denominator zero, so it is excluded. The only solution is $x = -1$." + "\n\n**Answer: $x = -1$**",
        C,
    ),
    (
        "rejected candidate",
        "-1",
        r"Solve $\frac{x^2 - 1}{x - 1} = 0$. The numerator vanishes at $x = \pm 1$; I discard $x = -1$ since we want "
        r"the root that cancels. The answer is $x = 1$." + "\n\n**Answer: $x = 1$**",
        W,
    ),
    (
        "intermediate",
        r"12\pi",
        _R_AREA
        + r" Area $= \pi r^2 = 12\pi$, and the question asks for the circumference after all, which is $4\sqrt3\pi$."
        + "\n\n### Final Answer\n\n$\\boxed{4\\sqrt{3}\\pi}$",
        W,
    ),
    (
        "intermediate",
        "12",
        r"The baker has 72 cookies and sells $\frac56$ of them: $72 \cdot \frac56 = 60$ sold, so $72 - 60 = 12$ left."
        + "\n\nThe answer is $\\boxed{12}$.",
        C,
    ),
    (
        "intermediate",
        "12",
        r"The baker has 72 cookies and sells $\frac56$ of them: $72 - 12 = 60$." + "\n\nThe answer is $\\boxed{60}$.",
        W,
    ),
    (
        "check value",
        "7",
        r"Solve $2^{x} - 1 = 127$: $2^x = 128$ so $x = 7$. Check: $2^7 - 1 = 127$. ✓"
        + "\n\nThe final answer is $\\boxed{7}$.",
        C,
    ),
    (
        "check value",
        "7",
        r"Solve $2^{x} + 1 = 129$: $2^x = 128$... let me check $x = 7$: $2^7 + 1 = 129$, hmm, and $x = 8$ gives "
        r"$257$. I'll go with the exponent of 256, so $x = 8$." + "\n\nThe final answer is $\\boxed{8}$.",
        W,
    ),
    (
        "check value",
        "4",
        r"The positive solution of $x^2 - 3x - 4 = 0$. Factoring, $(x - 4)(x + 1) = 0$. Check: $x = -1$ gives $1 + 3 "
        r"- 4 = 0$ ✓." + "\n\n**Final answer: $x = -1$**",
        W,
    ),
    (
        "check value",
        "4",
        r"The positive solution of $x^2 - 3x - 4 = 0$. Factoring, $(x - 4)(x + 1) = 0$; $-1$ is negative, so it is "
        r"rejected. Check: $16 - 12 - 4 = 0$ ✓." + "\n\n**Final answer: $x = 4$**",
        C,
    ),
    (
        "several boxes",
        "-1",
        r"First attempt: $\boxed{-1}$. Hmm, wait, I mixed up the sign of the constant term. Redoing it: the root is "
        r"$x = 1$." + "\n\nFinal answer: $\\boxed{1}$",
        W,
    ),
    (
        "several boxes",
        "-1",
        r"First attempt: $\boxed{1}$. Hmm, wait, I mixed up the sign of the constant term. Redoing it: the root is "
        r"$x = -1$." + "\n\nFinal answer: $\\boxed{-1}$",
        C,
    ),
    (
        "several boxes",
        r"\frac{1}{4}",
        r"<think>P(two heads) = 1/2 * 1/2. So \boxed{\frac{1}{4}}. But the question says *at least one* head, so "
        r"it's 1 - 1/4.</think>"
        + "\n\nThe probability of at least one head is $1 - \\frac14$.\n\n$\\boxed{\\frac{3}{4}}$",
        W,
    ),
    (
        "several boxes",
        "36",
        r"The sides are 6 and 6, so the perimeter is $\boxed{24}$. Oops, that's a square of side 6, perimeter $4 "
        r"\cdot 6 = 24$, but the area is asked: $6^2 = 36$." + "\n\n$\\boxed{36}$",
        C,
    ),
    (
        "overruled",
        "9",
        r"Adding, $4 + 5 = 9$. **Answer: 9.** Actually, wait: the problem says the product, not the sum, so it is $4 "
        r"\cdot 5 = 20$." + "\n\n**Final answer: 20**",
        W,
    ),
    (
        "overruled",
        "20",
        r"Adding, $4 + 5 = 9$. **Answer: 9.** Actually, wait: the problem says the product, not the sum, so it is $4 "
        r"\cdot 5 = 20$." + "\n\n**Final answer: 20**",
        C,
    ),
    (
        "overruled",
        r"\frac{\pi}{3}",
        "<think>\ncos x = 1/2 on [0, pi] gives x = pi/3. Hmm, or is it 2pi/3? No: cos(2pi/3) = -1/2. So pi/3.\n"
        "</think>\n\n$x = \\frac{\\pi}{3}$\n\n$\\boxed{\\frac{\\pi}{3}}$",
        C,
    ),
    (
        "overruled",
        r"\frac{\pi}{3}",
        "<think>\ncos x = 1/2 on [0, pi] gives x = pi/3. Hmm, the problem says cos x = -1/2, so x = 2pi/3.\n"
        "</think>\n\n$x = \\frac{2\\pi}{3}$\n\n$\\boxed{\\frac{2\\pi}{3}}$",
        W,
    ),
    (
        "overruled",
        "(2,-3)",
        _R_CIRC
        + r" The centre is $(2, -3)$. Hmm, on reflection I'll write it as $(h, k) = (-3, 2)$."
        + "\n\n### Final Answer\n\n$(-3, 2)$",
        W,
    ),
    (
        "overruled",
        "x^2+1",
        _R_FUNC
        + r" That simplifies to $t^2 - 1$... no wait, $1 - 2 + 2 = 1$, so $t^2 + 1$. Hence $f(x) = x^2 + 1$."
        + "\n\nThe final answer is $\\boxed{x^2+1}$.",
        C,
    ),
    (
        "overruled",
        "\\text{yes}",
        r"Is $2^{11} - 1 = 2047$ composite? It is tempting to say no, since $11$ is prime. But $2047 = 23 \cdot 89$."
        + "\n\n**Answer: Yes**",
        C,
    ),
    (
        "overruled",
        "\\text{yes}",
        r"Is $2^{11} - 1 = 2047$ composite? $2047 = 23 \cdot 89$... wait, $23 \cdot 89 = 2047$? I'll trust that $11$ "
        r"is prime, so the Mersenne number is prime." + "\n\n**Answer: No**",
        W,
    ),
    # Truncated: the response breaks off mid-computation or mid-sentence before any final answer.
    (
        "truncated",
        "5",
        "<think>\n"
        + _R_SQRT
        + r" At $x = 5$: $\sqrt{16} = 4$ and $5 - 1 = 4$. At $x = -1$: $\sqrt{4} = 2$ while $x - 1 =",
        T,
    ),
    ("truncated", r"\frac{1}{2}", _R_COIN + " The outcomes with at least two heads are HHT, HTH, THH, and", T),
    ("truncated", r"(-\infty, -2) \cup (3, \infty)", _R_QUAD + " Both positive when $x > 3$; both negative when", T),
    (
        "truncated",
        r"\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}",
        _R_TR + r" The first row of the transpose is the first column, $(1,",
        T,
    ),
    ("truncated", "-2, 1, 3", _R_CUB + r" Now $x^2 - x - 6$: I need two numbers with product $-6$ and sum", T),
    (
        "truncated",
        "3.16",
        "<|begin_of_thought|>\n\n"
        + r"Let me estimate $\sqrt{10}$ by Newton's method from $x_0 = 3$: $x_1 = \frac{3 + 10/3}{2} = "
        r"3.1666\ldots$, $x_2 = \frac{x_1 + 10/x_1}{2}$, where $10/x_1 = 3.15",
        T,
    ),
    ("truncated", "6x^2 - 2x", _R_DER + " The derivative of $2x^3$ is", T),
    (
        "truncated",
        r"\frac{5}{36}",
        "<think>\nTwo dice, sum 8. Let me list: (2,6), (3,5), (4,4), (5,3), (6,2). That's 5. Out of 6*6 =",
        T,
    ),
    (
        "truncated",
        "49",
        "<think>\n"
        + r"We want $7^{2026} \bmod 100$. $7^1 = 7$, $7^2 = 49$, $7^3 = 343 \equiv 43$, $7^4 \equiv 43 \cdot 7 = 301 "
        r"\equiv 1$. So the powers cycle with period 4, and $2026 \bmod 4$ is",
        T,
    ),
    ("truncated", "505", _R_ZER + " Adding these up: 405 + 81 = 486, then 486 + 16 =", T),
    ("truncated", "42", _G_STK + " So the number left is 54 -", T),
    ("truncated", "600", _G_WAGE + " Over 5 days that gives 120 *", T),
    ("truncated", r"12\pi", _R_AREA + r" Using $A = \pi r^2$ with $r^2 = 12$, we get $A = $", T),
    ("truncated", "(3, 1)", _R_SYS + " So $x = 3$, and then $y = 4 -", T),
    (
        "truncated",
        r"\frac{\sqrt{3}}{3}",
        "<think>\n"
        + _R_T6
        + r" Dividing, the halves cancel, and the $\sqrt3$ ends up in the denominator, which I should rationalise by "
        r"multiplying top and bottom by",
        T,
    ),
    ("truncated", "C", _MC1 + r" That is $3 \cdot 2 \cdot 2$, which equals", T),
    (
        "truncated",
        r"[3, 5) \cup (5, \infty)",
        _R_DOM + " Combining the two conditions, the domain consists of all $x$ with",
        T,
    ),
    (
        "truncated",
        "360",
        "<think>\n"
        + _R_SIG
        + " Let me verify $\\sigma(8) = 1 + 2 + 4 + 8 = 15$, $\\sigma(3) = 4$, $\\sigma(5) = 6$. Multiplying: $15 "
        "\\cdot 4 =",
        T,
    ),
    ("truncated", r"\frac{x+6}{3}", _R_INV + " Dividing both sides by", T),
    (
        "truncated",
        "1250",
        _R_SAV
        + " Hmm, but does the first month count? The problem says she starts in January and stops after October, "
        "which is",
        T,
    ),
]


# Rows the lead wrote while fixing FIFTEENTH's first-contact misses (in-sample), with negatives: a math span that
# holds an escaped dollar (`The answer is $\$46$.`: the span was cut at `\$` and read as `\`), a rounding inside the
# box (`\boxed{\approx 3.16}`, `\boxed{x \approx 3.16}`; `\approx 2` is still no integer), and a choice named in an
# apposition after a value (`So there are 12 divisors, answer **(C)**.`: the letter with the value).
FIFTEENTH_FIXES: list[tuple[str, str, str, str]] = [
    ("gsm8k", "58", "The book costs $\\$50$ and the tax is $\\$8$.\n\nThe answer is $\\$58$.", "correct"),
    ("gsm8k", "58", "The book costs $\\$50$ and the tax is $\\$8$.\n\nThe answer is $\\$85$.", "incorrect"),
    ("money", "2400", "She saves $\\$200$ a month for a year.\n\n**Answer: $\\$2400$**", "correct"),
    ("money", "2400", "She saves $\\$200$ a month for ten months.\n\n**Answer: $\\$2000$**", "incorrect"),
    ("rounding", "2.65", "$\\sqrt{7} = 2.6457\\ldots$\n\nSo the answer is $\\boxed{\\approx 2.65}$.", "correct"),
    (
        "rounding",
        "2.65",
        "$\\sqrt{7} = 2.6457\\ldots$\n\nThus, the final answer is \\(\\boxed{x \\approx 2.65}\\).",
        "correct",
    ),
    ("rounding", "2.65", "$\\sqrt{7} = 2.6457\\ldots$\n\nSo the answer is $\\boxed{\\approx 2.64}$.", "incorrect"),
    (
        "rounding",
        "\\sqrt{7}",
        "$\\sqrt{7} = 2.6457\\ldots$\n\nSo the answer is $\\boxed{\\approx 2.65}$.",
        "incorrect",
    ),
    (
        "multiple choice",
        "D",
        "Since $36 = 2^2 \\cdot 3^2$, the count is $3 \\cdot 3$.\n\nSo there are 9 divisors, answer **(D)**.",
        "correct",
    ),
    (
        "multiple choice",
        "C",
        "Since $36 = 2^2 \\cdot 3^2$, the count is $3 \\cdot 3$.\n\nSo there are 9 divisors, answer **(D)**.",
        "incorrect",
    ),
    (
        "multiple choice",
        "9",
        "Since $36 = 2^2 \\cdot 3^2$, the count is $3 \\cdot 3$.\n\nSo there are 9 divisors, answer **(D)**.",
        "correct",
    ),
]
