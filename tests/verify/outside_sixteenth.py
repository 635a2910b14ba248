"""SIXTEENTH: a held-out batch of labelled answer-verification pairs across answer formats (issue 12, section 2).

Written on 2026-12-02 by a helper session (branch h/batch16) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 60 lines of outside_ninth.py and
outside_fifteenth.py, for the row format and header style), and without running longcot, math-verify or any other
grader on any pair. Every pair was labelled by hand (sympy used by hand to check the arithmetic only); pairs a
reasonable grader could label either way were left out. Committed before any grading run, so its first run is an
out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The batch
spreads over the formats real models and datasets end with: prose answers without a box, `Answer:` lines, Minerva
endings, GSM8K `####` lines, several boxes with prose between them, a later final statement overruling a box,
chat-template tails, labelled answers and equation chains, intervals, unions and inequalities, sets and root lists,
`\\pm`, units, percent and degrees, rounding as asked, thousands separators, ASCII math, matrices and vectors,
ordered tuples, text and multiple-choice answers, scientific notation, complex and base-n numbers, equivalent
expressions, and very small or very large values. The negatives differ from the gold only slightly (off by one, a
sign, a factor of two, a missing or extra root, an open endpoint, a transposed matrix, swapped coordinates, the
wrong rounding, degrees for radians, a neighbouring fraction) or hold the gold only as an intermediate, a rejected
candidate, a check, or an earlier box. Most problems go through `_p`, which gives one neutral set-up several
endings; the several-box, overruled, rejected-candidate and truncated rows are written out one by one.
417 rows: 230 correct, 167 incorrect, 20 truncated.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _j(*parts: str) -> str:
    return "\n\n".join(parts)


def _r1(reasoning: str, ans: str) -> str:
    return "<think>\n" + reasoning + "\n</think>\n\nSo the answer is $\\boxed{" + ans + "}$."


def _r1_eos(reasoning: str, ans: str) -> str:
    return _r1(reasoning, ans) + "<｜end▁of▁sentence｜>"


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


def _qwen_eos(reasoning: str, ans: str) -> str:
    return _qwen(reasoning, ans) + "<|im_end|>\n<|endoftext|>"


def _qwen_turn(reasoning: str, ans: str) -> str:
    return (
        _qwen(reasoning, ans)
        + "<|im_end|>\n<|im_start|>user\nThanks. Now redo it with 10 instead.<|im_end|>\n<|im_start|>assistant\n"
    )


def _llama(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nTherefore, the final answer is: $\\boxed{" + ans + "}$. I hope it is correct.<|eot_id|>"


def _minerva(reasoning: str, ans: str) -> str:
    return reasoning + "\n\nFinal Answer: The final answer is $" + ans + "$. I hope it is correct."


def _prose(reasoning: str, ans: str) -> str:
    """A plain sentence, no box; `ans` is written as is (with its own `$` where it has any)."""
    return reasoning + "\n\nThe answer is " + ans + "."


def _line(reasoning: str, ans: str) -> str:
    """An `Answer:` line, written as is."""
    return reasoning + "\n\nAnswer: " + ans


def _bold(reasoning: str, ans: str) -> str:
    return reasoning + "\n\n**Final answer:** $" + ans + "$"


def _gsm(reasoning: str, ans: str) -> str:
    return reasoning + "\n#### " + ans


def _human(reasoning: str, ans: str) -> str:
    return _qwen(reasoning, ans) + "\n\nHuman: Can you do the same for 12?\n\nAssistant:"


def _p(cat: str, gold: str, setup: str, *endings: tuple) -> list[tuple[str, str, str, str]]:
    return [(cat, gold, build(setup, ans), verdict) for build, ans, verdict in endings]


_S_DIV = (
    r"We factor $360 = 2^3 \cdot 3^2 \cdot 5$. A divisor is $2^a 3^b 5^c$ with $0 \le a \le 3$, $0 \le b \le 2$, "
    r"$0 \le c \le 1$, so the number of positive divisors is $(3+1)(2+1)(1+1)$."
)
_S_SUM = r"Pairing the first and last terms, $1 + 2 + \cdots + 50 = \frac{50 \cdot 51}{2}$."
_S_DICE = (
    "The ordered pairs of two dice with sum 8 are (2,6), (3,5), (4,4), (5,3), (6,2): five of the 36 equally "
    "likely outcomes."
)
_S_ROUND = r"Long division gives $17 \div 7 = 2.428571\ldots$, and we round to the nearest hundredth as asked."
_S_COIN = r"Exactly two heads in three tosses: $\binom{3}{2} = 3$ sequences out of $2^3 = 8$."
_S_LIN = r"From $3x - 7 = 8$ we get $3x = 15$, and dividing by 3 gives the solution."
_S_SYS = r"Adding $x + y = 5$ and $x - y = -1$ gives $2x = 4$, so $x = 2$, and then $y = 5 - 2 = 3$."
_S_LOC = (
    r"By the law of cosines, $AB^2 = AC^2 + BC^2 - 2 \cdot AC \cdot BC \cos 60^\circ = 25 + 64 - 40 = 49$, "
    "and a length is positive."
)
_S_F = r"We substitute $x = 5$ into $f(x) = 2x + 3$."
_S_INT = r"Dividing $-4 < 2x \le 6$ by 2, which is positive, keeps both inequality signs."
_S_QIN = (
    r"Factor: $x^2 - 3x - 4 = (x - 4)(x + 1)$. The product is positive when both factors have the same sign, "
    r"i.e. outside the roots $-1$ and $4$; the endpoints give zero, which is not $> 0$."
)
_S_ROOTS = r"Factor $x^2 + x - 6 = (x + 3)(x - 2) = 0$."
_S_PM = (
    r"By the quadratic formula on $x^2 - 2x - 4 = 0$: $x = \frac{2 \pm \sqrt{4 + 16}}{2} = \frac{2 \pm 2\sqrt5}{2}$."
)
_S_SPEED = "The car covers 135 km in 3 hours, so its average speed is 135 / 3 in km per hour."
_S_PCT = "The price goes from 80 to 100, an increase of 20 on the original 80, and 20/80 = 0.25."
_S_HEX = r"A regular hexagon has interior angle sum $(6 - 2) \cdot 180^\circ = 720^\circ$, split over 6 equal angles."
_S_RAD = (
    r"For $u = (1, 0)$ and $v = (1, \sqrt3)$, $\cos\theta = \frac{u \cdot v}{|u||v|} = \frac{1}{1 \cdot 2} = "
    r"\frac12$, and we want $\theta$ in radians."
)
_S_COS = r"In a 45-45-90 triangle with legs 1 the hypotenuse is $\sqrt2$, so $\cos 45^\circ = \frac{1}{\sqrt2}$."
_S_INV = (
    r"For $A = \begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}$, $\det A = 6 - 5 = 1$, and the inverse swaps the "
    "diagonal and negates the off-diagonal entries, divided by the determinant."
)
_S_VEC = r"With $u = (3, 0, -1)$ and $v = (-1, -1, 2)$, $u + 2v = (3 - 2, 0 - 2, -1 + 4)$."
_S_221 = r"Trial division: $221 = 13 \cdot 17$, so 221 has a divisor other than 1 and itself."
_S_97 = r"$\sqrt{97} < 10$, and 97 is not divisible by 2, 3, 5 or 7, so it has no divisor other than 1 and itself."
_S_ELL = r"Dividing $4x^2 + 9y^2 = 36$ by 36 gives $\frac{x^2}{9} + \frac{y^2}{4} = 1$, two positive squared terms."
_S_MC = (
    r"We need $3^4 - 2^5$ from the options (A) 47, (B) 48, (C) 49, (D) 50, (E) 51. "
    r"$3^4 = 81$ and $2^5 = 32$, so the difference is $81 - 32 = 49$, which is option (C)."
)
_S_MC2 = (
    "Options: (A) 6, (B) 8, (C) 10, (D) 12, (E) 14. A cube has 12 edges: 4 on the top face, 4 on the bottom face "
    "and 4 vertical ones, so it is option (D)."
)
_S_SCI = r"The product is $4 \times (8 \times 10^4) = 32 \times 10^4$, which in scientific notation is a shift."
_S_CPX = r"$(2 - i)^2 = 4 - 4i + i^2 = 4 - 4i - 1$."
_S_BIN = "5 = 4 + 1 = 1*2^2 + 0*2^1 + 1*2^0, so in binary the digits are 1, 0, 1."
_S_B5 = r"$47 = 1 \cdot 25 + 4 \cdot 5 + 2$, so the base-5 digits are 1, 4, 2."
_S_DER = r"Differentiate term by term: $\frac{d}{dx}(x^2 + 2x) = 2x + 2$."
_S_FAC = r"We need two numbers with product $-6$ and sum $-1$: they are $-3$ and $2$."
_S_TINY = r"The 40 events are independent, each with probability $\frac{1}{10}$, so we multiply 40 factors."
_S_BIG = "Each of the 100 elements is either in a subset or not, two choices each, independently."
_S_FRAT = r"$\frac{100!}{98!} = 100 \cdot 99$ since everything from 98 down cancels."
_S_BINOM = r"$\binom{50}{3} = \frac{50 \cdot 49 \cdot 48}{3!} = \frac{117600}{6}$."
_S_GSM = "Maria buys 3 packs of 12 pencils, so she has 3 * 12 = 36 pencils. She gives away 7, so 36 - 7 = 29."
_S_MOD = r"$7 \equiv 2 \pmod 5$ and $2^4 = 16 \equiv 1$, so $7^{100} \equiv (2^4)^{25} \equiv 1^{25} \pmod 5$."
_S_FRAC = r"$\frac13 + \frac14 = \frac{4}{12} + \frac{3}{12}$."
_S_SURD = r"$\sqrt{72} = \sqrt{36 \cdot 2}$."
_S_VIETA = r"For $2x^3 - 6x^2 + 5x - 1 = 0$, Vieta gives the sum of the roots as $-\frac{-6}{2}$."
_S_CIRC = r"A circle of radius 3 cm has area $\pi r^2 = \pi \cdot 3^2$."
_S_COMP = r"With $f(x) = x^2$ and $g(x) = x + 1$, $f(g(x)) = f(x + 1)$."
_S_SOLVE_T = r"From $t = 2y + 1$ we get $2y = t - 1$."
_S_SLOPE = r"The slope through $(1, 3)$ and $(5, 1)$ is $\frac{1 - 3}{5 - 1} = \frac{-2}{4}$."
_S_LINE = r"The slope is $-\frac12$; through $(1, 3)$: $3 = -\frac12 + b$, so $b = \frac72$."
_S_REP = r"Let $s = 0.\overline{36}$. Then $100s - s = 36$, so $s = \frac{36}{99}$."
_S_LEVEL = "LEVEL has 5 letters with L twice and E twice, so we divide 5! by 2! for each repeated letter."
_S_MONEY = "Five notebooks at $2.50 each cost 5 * 2.50 dollars."
_S_TRIPLE = r"From $x - y = -1$ and $y - z = -1$: $x = y - 1$, $z = y + 1$. Then $x + y + z = 3y = 6$, so $y = 2$."
_S_DIVS8 = "The positive divisors of 8 are the powers of 2 up to 2^3."
_S_INTG = r"$\int_0^2 x^2\,dx = \left[\frac{x^3}{3}\right]_0^2 = \frac{8}{3} - 0$."
_S_ANTI = r"The power rule gives $\int x^2\,dx = \frac{x^{2+1}}{2+1}$ plus a constant."
_S_AVG = "The mean of 4, 8, 15, 16 and 23 is (4 + 8 + 15 + 16 + 23) / 5 = 66 / 5."
_S_HYP = r"The hypotenuse of a right triangle with legs 9 and 12 is $\sqrt{81 + 144} = \sqrt{225}$."
_S_BIGE = r"$\frac{50!}{48!\,2!} = \frac{50 \cdot 49}{2}$."
_S_HEXN = "200 = 12*16 + 8, and 12 is the hex digit C, so 200 in base 16 has digits C, 8."
_S_MILE = "The stadium seats 48 sections of 2,500 seats each: 48 * 2500."

ROWS_P: list[tuple[str, str, str, str]] = [
    *_p(
        "integer_prose",
        "24",
        _S_DIV,
        (_prose, "24", C),
        (_line, "24", C),
        (_minerva, "24", C),
        (_prose, "$24$", C),
        (_bold, "24", C),
        (_prose, "23", W),
        (_qwen, "12", W),
    ),
    *_p(
        "thousands",
        "1275",
        _S_SUM,
        (_qwen, "1275", C),
        (_qwen, "1{,}275", C),
        (_gpt, "1,275", C),
        (_claude, r"1\,275", C),
        (_prose, "1,275", C),
        (_minerva, "1,275", C),
        (_qwen, "1276", W),
        (_gpt, "2550", W),
    ),
    *_p(
        "fraction",
        r"\frac{5}{36}",
        _S_DICE,
        (_r1, r"\frac{5}{36}", C),
        (_line, "5/36", C),
        (_sky, r"\dfrac{5}{36}", C),
        (_r1, r"\frac{1}{6}", W),
        (_line, "5/32", W),
        (_claude, r"\frac{6}{36}", W),
    ),
    *_p(
        "rounding_as_asked",
        "2.43",
        _S_ROUND,
        (_qwen, "2.43", C),
        (_prose, "2.43", C),
        (_line, "2.43", C),
        (_qwen, "2.42", W),
        (_gpt, "2.4", W),
        (_claude, "2.53", W),
    ),
    *_p(
        "decimal_vs_fraction",
        r"\frac{3}{8}",
        _S_COIN,
        (_qwen, "0.375", C),
        (_line, "3/8", C),
        (_prose, r"$\frac38$", C),
        (_qwen_eos, r"\frac{3}{8}", C),
        (_qwen, r"\frac{3}{4}", W),
        (_qwen, "0.35", W),
        (_claude, r"\frac{1}{2}", W),
    ),
    *_p(
        "labelled_value",
        "5",
        _S_LIN,
        (_qwen, "x = 5", C),
        (_claude, "x=5", C),
        (_prose, "$x = 5$", C),
        (_qwen_turn, "x = 5", C),
        (_qwen, "x = -5", W),
        (_qwen, "x = 15", W),
        (_line, "x = 3", W),
    ),
    *_p(
        "ordered_pair",
        "(2, 3)",
        _S_SYS,
        (_qwen, "(2,3)", C),
        (_claude, "(x, y) = (2, 3)", C),
        (_gpt, r"x = 2,\ y = 3", C),
        (_prose, "$x = 2$ and $y = 3$", C),
        (_minerva, "(2,3)", C),
        (_qwen, "(3, 2)", W),
        (_r1, "(2, -3)", W),
        (_line, "(x,y)=(3,2)", W),
    ),
    *_p(
        "labelled_length",
        "7",
        _S_LOC,
        (_qwen, "AB = 7", C),
        (_prose, "$AB = 7$", C),
        (_claude, "AB=7", C),
        (_llama, "7", C),
        (_qwen, "AB = 49", W),
        (_qwen, r"AB = \sqrt{89}", W),
        (_line, r"AB = 7\sqrt{2}", W),
    ),
    *_p(
        "equation_chain",
        "13",
        _S_F,
        (_qwen, r"f(5) = 2 \cdot 5 + 3 = 13", C),
        (_claude, "2(5)+3=13", C),
        (_prose, "$f(5) = 10 + 3 = 13$", C),
        (_qwen, r"f(5) = 2 \cdot 5 + 3 = 11", W),
        (_qwen, r"f(5) = 2 \cdot 5 = 10", W),
        (_prose, "$f(5) = 2(5 + 3) = 16$", W),
    ),
    *_p(
        "interval",
        "(-2, 3]",
        _S_INT,
        (_qwen, "(-2, 3]", C),
        (_claude, r"-2 < x \le 3", C),
        (_qwen, r"x \in (-2,3]", C),
        (_prose, r"$-2 < x \leq 3$", C),
        (_qwen, "[-2, 3]", W),
        (_qwen, "(-2, 3)", W),
        (_claude, r"-2 \le x < 3", W),
    ),
    *_p(
        "union",
        r"(-\infty, -1) \cup (4, \infty)",
        _S_QIN,
        (_qwen, r"(-\infty, -1) \cup (4, \infty)", C),
        (_claude, r"x < -1 \text{ or } x > 4", C),
        (_qwen, r"(4, \infty) \cup (-\infty, -1)", C),
        (_sky, r"\left(-\infty,-1\right)\cup\left(4,+\infty\right)", C),
        (_qwen, r"(-\infty, -1] \cup [4, \infty)", W),
        (_qwen, "(-1, 4)", W),
        (_claude, "x > 4", W),
    ),
    *_p(
        "root_list",
        "-3, 2",
        _S_ROOTS,
        (_qwen, "-3, 2", C),
        (_qwen, "2, -3", C),
        (_claude, r"x = -3 \text{ or } x = 2", C),
        (_gpt, r"\{-3, 2\}", C),
        (_prose, "$x = 2$ or $x = -3$", C),
        (_qwen, "2", W),
        (_qwen, "3, -2", W),
        (_qwen, "-3, 0, 2", W),
    ),
    *_p(
        "plus_minus",
        r"1 \pm \sqrt{5}",
        _S_PM,
        (_qwen, r"1 \pm \sqrt{5}", C),
        (_qwen, r"1+\sqrt{5}, 1-\sqrt{5}", C),
        (_claude, r"x = 1 \pm \sqrt5", C),
        (_gpt, r"1 - \sqrt{5},\ 1 + \sqrt{5}", C),
        (_qwen, r"1 + \sqrt{5}", W),
        (_qwen, r"-1 \pm \sqrt{5}", W),
        (_claude, r"1 \pm \sqrt{3}", W),
    ),
    *_p(
        "units",
        "45",
        _S_SPEED,
        (_qwen, r"45 \text{ km/h}", C),
        (_claude, r"45\,\text{km/h}", C),
        (_prose, "45 km/h", C),
        (_qwen, r"45 \mathrm{~km/h}", C),
        (_minerva, r"45\text{ km/h}", C),
        (_qwen, r"54 \text{ km/h}", W),
        (_qwen, r"405 \text{ km/h}", W),
        (_line, "15 km/h", W),
    ),
    *_p(
        "units_gold",
        r"45 \text{ km/h}",
        _S_SPEED,
        (_qwen, "45", C),
        (_line, "45 km/h", C),
        (_qwen, r"45\ \text{km}/\text{h}", C),
        (_qwen, "44", W),
        (_line, "405 km/h", W),
    ),
    *_p(
        "percent",
        r"25\%",
        _S_PCT,
        (_qwen, r"25\%", C),
        (_claude, "25", C),
        (_prose, "25%", C),
        (_qwen, r"25\,\%", C),
        (_qwen, r"20\%", W),
        (_qwen, r"2.5\%", W),
        (_line, "75%", W),
    ),
    *_p(
        "degrees",
        r"120^\circ",
        _S_HEX,
        (_qwen, r"120^\circ", C),
        (_qwen, r"120^{\circ}", C),
        (_prose, "120°", C),
        (_claude, "120", C),
        (_qwen, r"120 \text{ degrees}", C),
        (_line, "120 degrees", C),
        (_qwen, r"60^\circ", W),
        (_qwen, r"720^\circ", W),
        (_line, "108°", W),
    ),
    *_p(
        "radians",
        r"\frac{\pi}{3}",
        _S_RAD,
        (_qwen, r"\frac{\pi}{3}", C),
        (_line, "pi/3", C),
        (_claude, r"\pi/3", C),
        (_prose, "π/3", C),
        (_minerva, r"\frac{\pi}{3}", C),
        (_qwen, "60", W),
        (_qwen, r"\frac{\pi}{6}", W),
        (_qwen, r"\frac{2\pi}{3}", W),
    ),
    *_p(
        "ascii_math",
        r"\frac{\sqrt{2}}{2}",
        _S_COS,
        (_line, "sqrt(2)/2", C),
        (_qwen, r"\frac{1}{\sqrt{2}}", C),
        (_prose, "1/sqrt(2)", C),
        (_qwen, r"\frac{\sqrt2}{2}", C),
        (_qwen, r"\frac{\sqrt{3}}{2}", W),
        (_line, "sqrt(2)", W),
        (_qwen, r"\frac{1}{2}", W),
        (_qwen, r"\sqrt{2}/4", W),
    ),
    *_p(
        "matrix",
        r"\begin{pmatrix} 2 & -1 \\ -5 & 3 \end{pmatrix}",
        _S_INV,
        (_qwen, r"\begin{pmatrix} 2 & -1 \\ -5 & 3 \end{pmatrix}", C),
        (_qwen, r"\begin{bmatrix} 2 & -1 \\ -5 & 3 \end{bmatrix}", C),
        (_claude, r"\left(\begin{array}{cc} 2 & -1 \\ -5 & 3 \end{array}\right)", C),
        (_gpt, r"\begin{pmatrix}2&-1\\-5&3\end{pmatrix}", C),
        (_qwen, r"\begin{pmatrix} 2 & -5 \\ -1 & 3 \end{pmatrix}", W),
        (_qwen, r"\begin{pmatrix} -2 & 1 \\ 5 & -3 \end{pmatrix}", W),
        (_qwen, r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}", W),
    ),
    *_p(
        "vector",
        r"\begin{pmatrix} 1 \\ -2 \\ 3 \end{pmatrix}",
        _S_VEC,
        (_qwen, "(1, -2, 3)", C),
        (_qwen, r"\langle 1, -2, 3 \rangle", C),
        (_claude, r"\begin{pmatrix} 1 \\ -2 \\ 3 \end{pmatrix}", C),
        (_gpt, r"\begin{bmatrix} 1 \\ -2 \\ 3 \end{bmatrix}", C),
        (_qwen, "(1, 2, 3)", W),
        (_qwen, "(3, -2, 1)", W),
        (_qwen, r"\begin{pmatrix} 1 \\ -2 \\ -3 \end{pmatrix}", W),
    ),
    *_p(
        "text_no",
        r"\text{No}",
        _S_221,
        (_qwen, r"\text{No}", C),
        (_prose, "no", C),
        (_claude, r"\text{no}", C),
        (_line, "No", C),
        (_qwen, r"\text{Yes}", W),
        (_prose, "yes", W),
    ),
    *_p(
        "text_yes",
        "yes",
        _S_97,
        (_qwen, r"\text{Yes}", C),
        (_prose, "yes", C),
        (_line, "Yes, 97 is prime", C),
        (_qwen, r"\text{No}", W),
        (_line, "No", W),
    ),
    *_p(
        "text_curve",
        r"\text{ellipse}",
        _S_ELL,
        (_prose, "an ellipse", C),
        (_qwen, r"\text{ellipse}", C),
        (_claude, r"\text{an ellipse}", C),
        (_qwen, r"\text{Ellipse}", C),
        (_line, "Ellipse", C),
        (_qwen, r"\text{hyperbola}", W),
        (_prose, "a parabola", W),
        (_prose, "a circle", W),
    ),
    *_p(
        "multiple_choice",
        "C",
        _S_MC,
        (_qwen, r"\textbf{(C)}", C),
        (_qwen, "C", C),
        (_prose, "(C)", C),
        (_qwen, r"\textbf{(C)}\ 49", C),
        (_line, "(C) 49", C),
        (_qwen, r"\textbf{(B)}", W),
        (_qwen, r"\textbf{(D)}\ 50", W),
        (_line, "B", W),
    ),
    *_p(
        "multiple_choice",
        r"\textbf{(D)}",
        _S_MC2,
        (_qwen, "D", C),
        (_line, "(D)", C),
        (_qwen, r"\mathrm{(D)}", C),
        (_prose, r"$\textbf{(D)}\ 12$", C),
        (_qwen, "E", W),
        (_line, "(C) 10", W),
    ),
    *_p(
        "scientific",
        r"3.2 \times 10^{5}",
        _S_SCI,
        (_qwen, "320000", C),
        (_qwen, "320{,}000", C),
        (_line, "3.2e5", C),
        (_qwen, r"3.2 \times 10^{4}", W),
        (_qwen, r"32 \times 10^{5}", W),
    ),
    *_p(
        "complex",
        "3-4i",
        _S_CPX,
        (_qwen, "3-4i", C),
        (_qwen, "-4i+3", C),
        (_claude, "3 - 4 i", C),
        (_line, "3 - 4i", C),
        (_minerva, "3-4i", C),
        (_qwen, "3+4i", W),
        (_qwen, "-3-4i", W),
    ),
    *_p(
        "base_n",
        "101_2",
        _S_BIN,
        (_qwen, "101_2", C),
        (_qwen, "101_{2}", C),
        (_line, "101 (base 2)", C),
        (_qwen, "110_2", W),
        (_qwen, "1001_2", W),
    ),
    *_p(
        "base_n",
        "142_5",
        _S_B5,
        (_qwen, "142_5", C),
        (_qwen, "142", C),
        (_claude, "142_{5}", C),
        (_qwen, "143_5", W),
        (_qwen, "241_5", W),
    ),
    *_p(
        "base_n",
        "C8_{16}",
        _S_HEXN,
        (_qwen, "C8_{16}", C),
        (_line, "C8", C),
        (_qwen, r"\text{C8}_{16}", C),
        (_qwen, "8C_{16}", W),
        (_qwen, "C9_{16}", W),
    ),
    *_p(
        "expression",
        "2x+2",
        _S_DER,
        (_qwen, "2(x+1)", C),
        (_qwen, "2+2x", C),
        (_claude, "2x + 2", C),
        (_line, "2*x + 2", C),
        (_qwen, "2x+1", W),
        (_qwen, "2(x-1)", W),
    ),
    *_p(
        "factored",
        "(x-3)(x+2)",
        _S_FAC,
        (_qwen, "(x+2)(x-3)", C),
        (_claude, "(x - 3)(x + 2)", C),
        (_qwen, "(x+3)(x-2)", W),
        (_qwen, "(x-3)(x-2)", W),
    ),
    *_p(
        "tiny",
        "10^{-40}",
        _S_TINY,
        (_qwen, "10^{-40}", C),
        (_qwen, r"1 \times 10^{-40}", C),
        (_line, "1e-40", C),
        (_qwen, r"\left(\frac{1}{10}\right)^{40}", C),
        (_qwen, "10^{-41}", W),
        (_qwen, "10^{-39}", W),
        (_qwen, r"4 \times 10^{-40}", W),
    ),
    *_p(
        "huge",
        "2^{100}",
        _S_BIG,
        (_qwen, "2^{100}", C),
        (_qwen, "4^{50}", C),
        (_qwen, "1267650600228229401496703205376", C),
        (_line, "2^100", C),
        (_qwen, "2^{101}", W),
        (_qwen, "2^{99}", W),
        (_qwen, "2^{100} - 1", W),
    ),
    *_p(
        "factorial_ratio",
        "9900",
        _S_FRAT,
        (_qwen, r"100 \cdot 99", C),
        (_qwen, "9{,}900", C),
        (_qwen, "9801", W),
        (_qwen, r"\frac{100!}{97!}", W),
        (_qwen, r"\frac{99!}{98!}", W),
    ),
    *_p(
        "factorial_ratio",
        r"\frac{100!}{98!}",
        _S_FRAT,
        (_qwen, "9900", C),
        (_line, "9900", C),
        (_qwen, "9990", W),
        (_qwen, "990", W),
    ),
    *_p(
        "binomial",
        "19600",
        _S_BINOM,
        (_qwen, "19600", C),
        (_qwen, "19{,}600", C),
        (_qwen, r"\binom{50}{4}", W),
        (_qwen, "117600", W),
    ),
    *_p(
        "gsm8k",
        "29",
        _S_GSM,
        (_gsm, "29", C),
        (_gsm, " 29", C),
        (_prose, "29 pencils", C),
        (_gsm, "36", W),
        (_gsm, "30", W),
    ),
    *_p(
        "modular",
        "1",
        _S_MOD,
        (_qwen, "1", C),
        (_line, "1", C),
        (_bold, r"7^{100} \equiv 1 \pmod 5", C),
        (_qwen, "2", W),
        (_qwen, "4", W),
    ),
    *_p(
        "neighbour_fraction",
        r"\frac{7}{12}",
        _S_FRAC,
        (_qwen, r"\frac{7}{12}", C),
        (_qwen, r"0.58\overline{3}", C),
        (_qwen, r"\frac{7}{11}", W),
        (_qwen, r"\frac{2}{7}", W),
        (_qwen, r"\frac{5}{12}", W),
    ),
    *_p(
        "surd",
        r"6\sqrt{2}",
        _S_SURD,
        (_qwen, r"6\sqrt{2}", C),
        (_qwen, r"6 \sqrt{2}", C),
        (_qwen, r"\sqrt{2} \cdot 6", C),
        (_line, "6 sqrt(2)", C),
        (_qwen, r"6\sqrt{3}", W),
        (_qwen, r"36\sqrt{2}", W),
    ),
    *_p(
        "vieta",
        "3",
        _S_VIETA,
        (_qwen, "3", C),
        (_prose, "$3$", C),
        (_qwen, "-3", W),
        (_qwen, "6", W),
        (_qwen, r"\frac{1}{2}", W),
    ),
    *_p(
        "pi_multiple",
        r"9\pi",
        _S_CIRC,
        (_qwen, r"9\pi", C),
        (_qwen, r"\pi \cdot 9", C),
        (_qwen, r"9\pi \text{ cm}^2", C),
        (_line, "9pi", C),
        (_qwen, r"6\pi", W),
        (_qwen, r"3\pi", W),
        (_qwen, r"81\pi", W),
    ),
    *_p(
        "expression",
        "(x+1)^2",
        _S_COMP,
        (_qwen, "x^2+2x+1", C),
        (_qwen, "(1+x)^2", C),
        (_line, "(x+1)^2", C),
        (_qwen, "x^2+1", W),
        (_qwen, "(x-1)^2", W),
        (_qwen, "x^2+2x+2", W),
    ),
    *_p(
        "other_variable",
        r"\frac{t-1}{2}",
        _S_SOLVE_T,
        (_qwen, r"y = \frac{t-1}{2}", C),
        (_qwen, r"\frac{t}{2} - \frac{1}{2}", C),
        (_qwen, "0.5t - 0.5", C),
        (_qwen, r"\frac{t+1}{2}", W),
        (_qwen, r"\frac{x-1}{2}", W),
        (_qwen, "2t - 1", W),
    ),
    *_p(
        "negative_fraction",
        r"-\frac{1}{2}",
        _S_SLOPE,
        (_qwen, "-0.5", C),
        (_qwen, r"\frac{-1}{2}", C),
        (_qwen, r"\frac{1}{2}", W),
        (_qwen, "-2", W),
        (_line, "-1/3", W),
    ),
    *_p(
        "line_equation",
        r"y = -\frac{1}{2}x + \frac{7}{2}",
        _S_LINE,
        (_qwen, r"y = -\frac{1}{2}x + \frac{7}{2}", C),
        (_qwen, r"y = \frac{7 - x}{2}", C),
        (_qwen, r"y = -0.5x + 3.5", C),
        (_qwen, r"y = -\frac{1}{2}x + \frac{5}{2}", W),
        (_qwen, "y = -2x + 5", W),
        (_qwen, r"y = \frac{1}{2}x + \frac{7}{2}", W),
    ),
    *_p(
        "repeating_decimal",
        r"\frac{4}{11}",
        _S_REP,
        (_qwen, r"\frac{4}{11}", C),
        (_line, "4/11", C),
        (_qwen, r"\frac{9}{25}", W),
        (_qwen, r"\frac{4}{9}", W),
    ),
    *_p(
        "multiset_perm",
        "30",
        _S_LEVEL,
        (_qwen, "30", C),
        (_r1_eos, "30", C),
        (_qwen, "60", W),
        (_qwen, "120", W),
    ),
    *_p(
        "money",
        r"\$12.50",
        _S_MONEY,
        (_qwen, "12.50", C),
        (_qwen, "12.5", C),
        (_qwen, r"\$12.50", C),
        (_gsm, "12.50", C),
        (_qwen, r"\$12.05", W),
        (_qwen, r"\$1250", W),
    ),
    *_p(
        "ordered_triple",
        "(1, 2, 3)",
        _S_TRIPLE,
        (_qwen, "(1,2,3)", C),
        (_claude, "(x, y, z) = (1, 2, 3)", C),
        (_prose, "$x = 1$, $y = 2$, $z = 3$", C),
        (_qwen, "(3, 2, 1)", W),
        (_qwen, "(1, 3, 2)", W),
    ),
    *_p(
        "set_braces",
        r"\{1, 2, 4, 8\}",
        _S_DIVS8,
        (_qwen, r"\{8, 4, 2, 1\}", C),
        (_qwen, "1, 2, 4, 8", C),
        (_claude, r"\left\{1, 2, 4, 8\right\}", C),
        (_qwen, r"\{1, 2, 4\}", W),
        (_qwen, r"\{1, 2, 4, 8, 16\}", W),
    ),
    *_p(
        "definite_integral",
        r"\frac{8}{3}",
        _S_INTG,
        (_qwen, r"\frac{8}{3}", C),
        (_line, "8/3", C),
        (_qwen, r"2.\overline{6}", C),
        (_qwen, r"\frac{4}{3}", W),
        (_qwen, "4", W),
    ),
    *_p(
        "antiderivative",
        r"\frac{x^3}{3} + C",
        _S_ANTI,
        (_qwen, r"\frac{1}{3}x^3 + C", C),
        (_qwen, r"\frac{x^{3}}{3}+C", C),
        (_qwen, r"x^3 + C", W),
        (_qwen, r"\frac{x^2}{2} + C", W),
        (_qwen, r"2x + C", W),
    ),
    *_p(
        "decimal_exact",
        "13.2",
        _S_AVG,
        (_qwen, "13.2", C),
        (_qwen, r"\frac{66}{5}", C),
        (_qwen, "13.20", C),
        (_prose, "13.2", C),
        (_line, "66/5", C),
        (_qwen, "13.25", W),
        (_qwen, "13", W),
    ),
    *_p(
        "integer_box_tail",
        "15",
        _S_HYP,
        (_qwen_eos, "15", C),
        (_qwen_turn, "15", C),
        (_human, "15", C),
        (_llama, "15", C),
        (_sky, "15", C),
        (_r1_eos, "15", C),
        (_qwen_eos, "225", W),
        (_qwen_turn, "21", W),
        (_human, "12", W),
    ),
    *_p(
        "factorial_ratio",
        "1225",
        _S_BIGE,
        (_qwen, "1225", C),
        (_qwen, "2450", W),
        (_qwen, "1275", W),
    ),
    *_p(
        "thousands",
        "120000",
        _S_MILE,
        (_qwen, "120{,}000", C),
        (_qwen, r"120\,000", C),
        (_prose, "120,000 seats", C),
        (_line, "120000", C),
        (_qwen, "12{,}000", W),
        (_qwen, "1{,}200{,}000", W),
    ),
]


_B_MULT7 = (
    "We count the multiples of 7 between 1 and 100. Listing 7, 14, ..., 84 gives 12 numbers, so "
    "$\\boxed{12}$.\n\nWait, 91 = 7 * 13 and 98 = 7 * 14 are also at most 100, so I stopped too early. "
    "The largest multiple is 98 = 7 * 14, so the count is $\\boxed{14}$."
)
_B_VIETA = (
    "For $x^2 - 5x + 6 = 0$ the sum of the roots is $\\boxed{5}$.\n\nBut the question asks for the product of "
    "the roots, not the sum. By Vieta, the product is $\\frac{6}{1}$, so the answer is $\\boxed{6}$."
)
_B_PARTS = (
    "Part of the work: the perimeter of the 5 by 8 rectangle is $\\boxed{26}$. The question asks for the "
    "length of the diagonal, which is $\\sqrt{25 + 64} = \\sqrt{89}$, so the answer is $\\boxed{\\sqrt{89}}$."
)
_B_RECHECK = (
    "The number of handshakes among 9 people is $\\binom{9}{2} = \\boxed{36}$.\n\nLet me double check with "
    "another method: each of the 9 people shakes 8 hands, giving 72, and each handshake is counted twice, "
    "so 72 / 2 = 36. Both agree: $\\boxed{36}$."
)
_O_ADD = (
    "Adding the column: 17 + 26 + 38 + 19 = $\\boxed{99}$.\n\nHmm, let me re-add: 17 + 26 = 43, 43 + 38 = 81, "
    "81 + 19 = 100. I made a slip before. So the final answer is 100."
)
_O_PRIME = (
    "The number of primes less than 30 is $\\boxed{9}$.\n\nLet me list them to be sure: 2, 3, 5, 7, 11, 13, 17, "
    "19, 23, 29. That is ten primes, I missed one. The final answer is $10$."
)
_O_MIN = (
    "The vertex of $y = x^2 - 6x + 11$ is at $x = 3$, giving $\\boxed{3}$.\n\nBut the question asks for the "
    "minimum value of $y$, not where it occurs: $y(3) = 9 - 18 + 11 = 2$.\n\nAnswer: 2"
)
_O_AREA = (
    "Using base 10 and height 6 I first wrote the area as $\\boxed{60}$, but a triangle's area has the factor "
    "one half: $\\frac12 \\cdot 10 \\cdot 6 = 30$.\n\nFinal Answer: The final answer is $30$. I hope it is correct."
)
_R_LEN = (
    "Let the width be $x$; then $x(x + 3) = 28$, so $x^2 + 3x - 28 = 0$, i.e. $(x + 7)(x - 4) = 0$, "
    "so $x = 4$ or $x = -7$. A width cannot be negative, so we reject $x = -7$. The width is 4."
)
_R_LOG = (
    "Solve $\\log_2(x) + \\log_2(x - 2) = 3$: $x(x - 2) = 8$, so $x^2 - 2x - 8 = 0$ and $x = 4$ or $x = -2$. "
    "But $\\log_2(-2)$ is undefined, so $x = -2$ is extraneous.\n\nThe final answer is $\\boxed{4}$."
)
_R_SQRT = (
    "Squaring $\\sqrt{x + 7} = x - 5$ gives $x + 7 = x^2 - 10x + 25$, so $x^2 - 11x + 18 = 0$, "
    "$(x - 2)(x - 9) = 0$. Check $x = 2$: $\\sqrt{9} = 3$ but $2 - 5 = -3$, so it fails. Check $x = 9$: "
    "$\\sqrt{16} = 4 = 9 - 5$. The answer is 9."
)
_I_HEIGHT = (
    "The triangle's area is $\\frac12 \\cdot 6 \\cdot 8 = 24$. The height to the hypotenuse (length 10) "
    "satisfies $\\frac12 \\cdot 10 \\cdot h = 24$, so $h = \\frac{48}{10}$.\n\nThe final answer is "
    "$\\boxed{\\frac{24}{5}}$."
)
_I_CHECK = (
    "Solve $2x + 5 = 11$: $2x = 6$, so $x = 3$.\n\nThe answer is $x = 3$. Check: $2(3) + 5 = 11$, which matches."
)
_I_RATE = (
    "The tank holds 240 litres and the pump moves 15 litres a minute, so it takes 240 / 15 = 16 minutes to fill. "
    "Half the tank is 120 litres.\n\nAnswer: 8 minutes"
)

ROWS_ONE: list[tuple[str, str, str, str]] = [
    ("several_boxes", "14", _B_MULT7, C),
    ("several_boxes", "12", _B_MULT7, W),
    ("several_boxes", "6", _B_VIETA, C),
    ("several_boxes", "5", _B_VIETA, W),
    ("several_boxes", r"\sqrt{89}", _B_PARTS, C),
    ("several_boxes", "26", _B_PARTS, W),
    ("several_boxes", "36", _B_RECHECK, C),
    ("several_boxes", "72", _B_RECHECK, W),
    ("overruled_box", "100", _O_ADD, C),
    ("overruled_box", "99", _O_ADD, W),
    ("overruled_box", "10", _O_PRIME, C),
    ("overruled_box", "9", _O_PRIME, W),
    ("overruled_box", "2", _O_MIN, C),
    ("overruled_box", "3", _O_MIN, W),
    ("overruled_box", "30", _O_AREA, C),
    ("overruled_box", "60", _O_AREA, W),
    ("rejected_candidate", "4", _R_LEN, C),
    ("rejected_candidate", "-7", _R_LEN, W),
    ("rejected_candidate", "4", _R_LOG, C),
    ("rejected_candidate", "-2", _R_LOG, W),
    ("rejected_candidate", "9", _R_SQRT, C),
    ("rejected_candidate", "2", _R_SQRT, W),
    ("intermediate", r"\frac{24}{5}", _I_HEIGHT, C),
    ("intermediate", "4.8", _I_HEIGHT, C),
    ("intermediate", "24", _I_HEIGHT, W),
    ("intermediate", "3", _I_CHECK, C),
    ("intermediate", "11", _I_CHECK, W),
    ("intermediate", "8", _I_RATE, C),
    ("intermediate", "16", _I_RATE, W),
    (
        "minerva",
        r"\frac{3}{4}",
        "The shaded region is 3 of the 4 congruent quarters.\n\nFinal Answer: The final answer is $\\frac{3}{4}$. "
        "I hope it is correct.",
        C,
    ),
    (
        "minerva",
        r"\frac{3}{4}",
        "The shaded region is 3 of the 4 congruent quarters.\n\nFinal Answer: The final answer is $\\frac{1}{4}$. "
        "I hope it is correct.",
        W,
    ),
    (
        "minerva",
        "0.75",
        "The shaded region is 3 of the 4 congruent quarters.\n\nFinal Answer: The final answer is $\\frac34$. "
        "I hope it is correct.",
        C,
    ),
    (
        "answer_line",
        "9",
        "Each row has 3 seats and there are 3 rows, so 3 * 3 = 9 seats.\n\nAnswer: 9",
        C,
    ),
    (
        "answer_line",
        "9",
        "Each row has 3 seats and there are 3 rows, so 3 + 3 = 6 seats.\n\nAnswer: 6",
        W,
    ),
    (
        "answer_line",
        "9",
        "Each row has 3 seats and there are 3 rows.\n\n**Answer:** 9 seats",
        C,
    ),
]


TRUNCATED: list[tuple[str, str, str, str]] = [
    (
        "truncated",
        "720",
        "The number of ways to seat 6 people in a row is $6!$. Computing, $6! = 6 \\cdot 5 \\cdot 4 = 120 \\cdot",
        T,
    ),
    (
        "truncated",
        "42",
        "Let the area be $A$. The rectangle has sides 6 and 7, so we get $A = $",
        T,
    ),
    (
        "truncated",
        r"\frac{35}{144}",
        "<think>\nWe want the probability that the first ball is red and the second is blue. There are 5 red and "
        "7 blue, 12 in all. Hmm, wait, is it with replacement? The problem says the ball is put back, so P(red) = "
        "5/12 and then P(blue) = 7/12, so the product is",
        T,
    ),
    (
        "truncated",
        "17",
        "We are looking for the smallest prime greater than 13. Checking 14: even. Checking 15: divisible by 3 "
        "and 5. Checking 16: even. Checking",
        T,
    ),
    (
        "truncated",
        "(-1, 2), (-2, 1)",
        "Substituting $y = x + 3$ into $x^2 + y = 4$: $x^2 + x + 3 = 4$, so $x^2 + x - 1 = 0$. Hmm, that does "
        "not factor nicely; let me recheck the problem statement. The second equation is $x^2 + y^2 = $",
        T,
    ),
    (
        "truncated",
        "64",
        "<|begin_of_thought|>\n\nSo the volume of the cube with edge 4 is the edge cubed, that is $4^3 = 4 \\cdot "
        "4 \\cdot",
        T,
    ),
    (
        "truncated",
        r"2\sqrt{3}",
        "The altitude of an equilateral triangle with side 4 splits it into two 30-60-90 triangles with "
        "hypotenuse 4 and short leg 2, so the altitude is $\\sqrt{4^2 - 2^2} = \\sqrt{",
        T,
    ),
    (
        "truncated",
        "1024",
        "<think>\nOkay, the number of binary strings of length 10. Each position is 0 or 1, so there are "
        "$2 \\times 2 \\times \\cdots$ choices, which is $2^{10}$. And $2^{10}$ equals",
        T,
    ),
    (
        "truncated",
        r"\frac{1}{3}",
        "Let $p$ be the probability. Conditioning on the first roll, $p = \\frac{1}{2} \\cdot 0 + \\frac12 "
        "\\cdot (1 - p)$, hence $p = \\frac12 - \\frac{p}{2}$, and collecting terms,",
        T,
    ),
    (
        "truncated",
        "210",
        "We choose 4 of the 10 students: $\\binom{10}{4} = \\frac{10 \\cdot 9 \\cdot 8 \\cdot 7}{4 \\cdot 3 "
        "\\cdot 2 \\cdot 1} = \\frac{5040}{",
        T,
    ),
    (
        "truncated",
        "8",
        "Let me set up the equation. If the number of apples is $n$, then $3n + 5 = 29$. Subtracting 5 from both "
        "sides gives",
        T,
    ),
    (
        "truncated",
        r"(-\infty, 2)",
        "We solve $5 - 3x > -1$. Subtracting 5 gives $-3x > -6$. Dividing by $-3$ we must flip the sign, which "
        "gives $x$",
        T,
    ),
    (
        "truncated",
        "3-4i",
        "Multiply numerator and denominator by the conjugate: $\\frac{(2 - 11i)(2 + i)}{(2 - i)(2 + i)} = "
        "\\frac{4 + 2i - 22i - 11i^2}{5} =",
        T,
    ),
    (
        "truncated",
        "3",
        "Step 1: The train leaves at 9:00 and travels at 60 km/h.\n\nStep 2: The second train leaves at 10:00 "
        "at 80 km/h, so when it starts the first one is 60 km ahead.\n\nStep 3: The gap closes at 80 - 60 = 20 "
        "km/h, so the catch-up takes 60 / 20 hours, which means the",
        T,
    ),
    (
        "truncated",
        "5",
        "The answer is the number of distinct real roots of $x^5 - 5x^3 + 4x = 0$. Factor: $x(x^4 - 5x^2 + 4) = "
        "x(x^2 - 1)(x^2 - 4)$, so the roots are $x = 0$,",
        T,
    ),
    (
        "truncated",
        r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
        "$A^2 = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} "
        "= \\begin{pmatrix} 1 \\cdot 1 + 2 \\cdot 3 & 1 \\cdot 2 + 2 \\cdot 4 \\\\ 3 \\cdot 1 + 4 \\cdot 3 & ",
        T,
    ),
    (
        "truncated",
        "96",
        "Okay so the surface area of a cube with edge 4 is 6 faces times the area of each face. Each face is "
        "4 by 4 so the area of each face is 16, and then the total is 6 times",
        T,
    ),
    (
        "truncated",
        r"\frac{\pi}{4}",
        "We need $\\arctan 1$. Since $\\tan\\theta = 1$ means the opposite and adjacent sides are equal, the "
        "angle is half of a right angle, so $\\theta = \\frac{\\pi}{",
        T,
    ),
    (
        "truncated",
        "2500",
        "**Solution.** The sum of the first $n$ odd numbers is $n^2$. Here the odd numbers go up to 99, so "
        "$n = \\frac{99 + 1}{2} = 50$ and the sum is $50^2 =",
        T,
    ),
    (
        "truncated",
        "yes",
        "To decide whether 1001 is divisible by 7, divide: $7 \\times 143 = $",
        T,
    ),
]


SIXTEENTH: list[tuple[str, str, str, str]] = ROWS_P + ROWS_ONE + TRUNCATED
