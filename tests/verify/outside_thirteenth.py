"""THIRTEENTH: a held-out batch of labelled answer-verification pairs in competition-math answer kinds (issue 12).

Written on 2026-12-01 by a helper session (branch h/batch13) for the lead, after TWELFTH and with problems and
values invented for this file, to measure the verifier at first contact. Written blind: without reading
toolkit/longcot/verify/, any part of the README, or any other file in tests/verify/ (only the first 60 lines of
outside_ninth.py and outside_eleventh.py, for the row format and header style), and without running longcot,
math-verify or any other grader on any pair. Every pair was labelled by hand (sympy used by hand to check the
arithmetic only); pairs a reasonable grader could label either way were left out (unsimplified radicals where
simplifying was asked, decimals against percents, mixed numbers, angles outside a stated range, approximations
of irrational values, a factored form against an asked-for expansion). Committed before any grading run, so its
first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops before it states any final answer). The category is the answer's source kind:
the seven MATH-500 subjects (algebra, counting_probability, geometry, intermediate_algebra, number_theory,
prealgebra, precalculus), then aime, amc and olympiad. About 60% are correct, about 35% close negatives (a
nearby value, a sign, a swapped tuple, a magnitude, an open/closed endpoint, a similar expression, a wrong
letter, a wrong unit conversion, an answer stated and then overruled by a later final statement, a correct
intermediate value followed by a wrong final one) and about 5% truncated. Golds are written as those datasets
write them (intervals and unions, `\\left( ... \\right)` points, pmatrix vectors, complex numbers, `\\text{(E)}`
letters, polynomials, equations of lines, radicals, degrees, dollars, multiples of pi, `\\dfrac`, lists and
sets, repeating decimals, scientific notation, base-n numerals, `k = 4`, text golds). The responses copy the
styles models really write: DeepSeek-R1/QwQ `<think>` blocks with a boxed summary, Sky-T1 thought and solution
blocks, GPT-4o `### Final Answer` displays, Claude prose with bold answers, Qwen2.5-Math closing sentences,
Minerva endings, GSM8K `####` lines and plain "Answer:" lines, with equivalent forms of the gold (unsimplified
but equal fractions, decimals for fractions, `x = 5` for `5`, reordered sums, sets and unions, `\\left(` for
`(`, `\\dfrac` for `\\frac`, degrees with and without `^\\circ`, intervals written as inequalities). A few
responses finish without giving any answer (labelled incorrect, not truncated), and a few state the answer and then
run on into a check that is cut off (labelled by the answer they stated). The last block, _MORE, adds rows of the
same subjects written after a first count, to bring the share of correct rows up.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _j(*parts: str) -> str:
    return "\n\n".join(parts)


def _r1(reasoning: str, *summary: str) -> str:
    """DeepSeek-R1 / QwQ: a think block, then a short summary that usually boxes the answer."""
    return "<think>\n" + reasoning + "\n</think>\n\n" + _j(*summary)


def _sky(reasoning: str, *solution: str) -> str:
    """Sky-T1: thought and solution blocks with their begin and end markers."""
    return (
        "<|begin_of_thought|>\n\n"
        + reasoning
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\n"
        + _j(*solution)
        + "\n\n<|end_of_solution|>"
    )


def _gpt(*steps: str, ans: str) -> str:
    """GPT-4o: numbered steps, then a Final Answer heading over a displayed box."""
    return _j(*steps, "### Final Answer\n\\[\n\\boxed{" + ans + "}\n\\]")


def _gpt_inline(*steps: str, ans: str) -> str:
    """GPT-4o's other ending: the heading, then a sentence with an inline box."""
    return _j(*steps, "### Final Answer\nThe final answer is \\( \\boxed{" + ans + "} \\).")


def _qwen(*steps: str, ans: str) -> str:
    """Qwen2.5-Math: the closing sentence with an inline box."""
    return _j(*steps, "The final answer is $\\boxed{" + ans + "}$.")


def _minerva(*steps: str, ans: str) -> str:
    """Minerva's few-shot ending."""
    return _j(*steps) + "\nFinal Answer: The final answer is $" + ans + "$. I hope it is correct."


def _gsm(*lines: str, ans: str) -> str:
    """GSM8K: short calculation lines, then the answer after four hashes."""
    return "\n".join(lines) + "\n#### " + ans


def _plain(*steps: str, ans: str) -> str:
    """A bare 'Answer:' line after the working."""
    return _j(*steps) + "\n\nAnswer: " + ans


_DS_EOS = "<｜end▁of▁sentence｜>"
_IM_END = "<|im_end|>"


_ALGEBRA: list[tuple[str, str, str, str]] = [
    (
        "algebra",
        "2, -5",
        _r1(
            r"Factor $x^2 + 3x - 10$. I need two numbers with product $-10$ and sum $3$: that's $5$ and $-2$. "
            r"So $(x+5)(x-2) = 0$. Check $x = 2$: $4 + 6 - 10 = 0$. Check $x = -5$: $25 - 15 - 10 = 0$. Both work.",
            r"Factoring gives $(x+5)(x-2) = 0$, so the solutions are $\boxed{-5, 2}$.",
        ),
        C,
    ),
    (
        "algebra",
        "2, -5",
        _gpt(
            r"We solve $x^2 + 3x - 10 = 0$ by factoring:",
            r"\[ (x + 5)(x - 2) = 0 \]",
            r"Setting each factor to zero gives $x = -5$ or $x = 2$.",
            ans=r"x = 2, \ x = -5",
        ),
        C,
    ),
    (
        "algebra",
        "2, -5",
        _qwen(
            r"To solve $x^2 + 3x - 10 = 0$ we look for factors of $-10$ that add to $3$. Taking $-5$ and $2$, "
            r"we get $(x - 5)(x + 2) = 0$, so the roots are $x = 5$ and $x = -2$.",
            ans="5, -2",
        ),
        W,
    ),
    (
        "algebra",
        "2, -5",
        _plain(
            r"$x^2 + 3x - 10 = (x + 5)(x - 2)$, and the factor $x - 2$ vanishes at $x = 2$.",
            ans="x = 2",
        ),
        W,
    ),
    (
        "algebra",
        "x^2 + 7x + 10",
        _qwen(
            r"Using FOIL, $(x+2)(x+5) = x \cdot x + 5x + 2x + 2 \cdot 5 = x^2 + 7x + 10$.",
            ans="x^2+7x+10",
        ),
        C,
    ),
    (
        "algebra",
        "x^2 + 7x + 10",
        _j(
            "Let me multiply each term of the first factor by each term of the second:",
            "- $x \\cdot x = x^2$\n- $x \\cdot 5 + 2 \\cdot x = 7x$\n- $2 \\cdot 5 = 10$",
            "Adding these up, the expanded product is **$10 + 7x + x^2$**.",
        ),
        C,
    ),
    (
        "algebra",
        "x^2 + 7x + 10",
        _minerva(
            r"We have $(x+2)(x+5) = x^2 + (2 \cdot 5)x + (2 + 5) = x^2 + 10x + 7$.",
            ans="x^2 + 10x + 7",
        ),
        W,
    ),
    (
        "algebra",
        "x^2 + 7x + 10",
        _r1(
            r"Expand (x+2)(x+5). x^2 + 5x + 2x + 10 = x^2 + 7x + 10. Hmm, the problem says (x+2)(x+5) then adds "
            r"2 more? No, re-reading, it's just the product. But wait, I think I misread and it's (x+3)(x+4)... "
            r"Let me go with what I think it is: x^2 + 7x + 12.",
            r"$\boxed{x^2 + 7x + 12}$",
        ),
        W,
    ),
    (
        "algebra",
        "y = 2x + 3",
        _gpt(
            r"**Step 1.** The slope through $(1, 5)$ and $(3, 9)$ is $m = \frac{9 - 5}{3 - 1} = 2$.",
            r"**Step 2.** Point-slope form: $y - 5 = 2(x - 1)$, so $y = 2x - 2 + 5 = 2x + 3$.",
            ans="y = 2x + 3",
        ),
        C,
    ),
    (
        "algebra",
        "y = 2x + 3",
        _r1(
            "Slope is (9 - 5)/(3 - 1) = 2. Intercept: 5 = 2(1) + b, so b = 3. Check with (3, 9): 2(3) + 3 = 9. Good.",
            r"The line is $\boxed{y = 3 + 2x}$.",
        ),
        C,
    ),
    (
        "algebra",
        "y = 2x + 3",
        _qwen(
            r"The slope is $m = \frac{9-5}{3-1} = 2$. For the intercept, $b = mx - y = 2 \cdot 3 - 9 = -3$.",
            r"So the equation of the line is $y = 2x - 3$.",
            ans="y = 2x - 3",
        ),
        W,
    ),
    (
        "algebra",
        "y = 2x + 3",
        _plain(
            r"Since $m = \frac{9-5}{3-1} = 2$ and the line meets the $y$-axis at $3$, the slope-intercept form is "
            r"$y = 3x + 2$.",
            ans="y = 3x + 2",
        ),
        W,
    ),
    (
        "algebra",
        r"\frac{9}{4}",
        _minerva(
            r"We have $\left(\frac{2}{3}\right)^{-2} = \left(\frac{3}{2}\right)^{2} = \frac{9}{4}$.",
            ans=r"\frac{9}{4}",
        ),
        C,
    ),
    (
        "algebra",
        r"\frac{9}{4}",
        _plain(r"A negative exponent flips the base: $(2/3)^{-2} = (3/2)^2 = 9/4 = 2.25$.", ans="2.25"),
        C,
    ),
    (
        "algebra",
        r"\frac{9}{4}",
        _qwen(
            r"Squaring the fraction, $\left(\frac{2}{3}\right)^{2} = \frac{4}{9}$, and that is the value.",
            ans=r"\frac{4}{9}",
        ),
        W,
    ),
    (
        "algebra",
        "[-2, 7)",
        _r1(
            r"We need x + 2 >= 0, so x >= -2. The denominator sqrt(7 - x) needs 7 - x > 0 (it can't be zero), "
            r"so x < 7. Together: -2 <= x < 7.",
            r"The domain is $\boxed{[-2, 7)}$.",
        ),
        C,
    ),
    (
        "algebra",
        "[-2, 7)",
        _gpt(
            r"1. The numerator $\sqrt{x+2}$ requires $x + 2 \ge 0$, i.e. $x \ge -2$.",
            r"2. The denominator $\sqrt{7-x}$ must be real and nonzero, so $7 - x > 0$, i.e. $x < 7$.",
            ans=r"-2 \le x < 7",
        ),
        C,
    ),
    (
        "algebra",
        "[-2, 7)",
        _qwen(
            r"We need $x + 2 \geq 0$ and $7 - x \geq 0$, so $-2 \leq x \leq 7$.",
            ans="[-2, 7]",
        ),
        W,
    ),
    (
        "algebra",
        "[-2, 7)",
        _j(
            r"For the square root in the numerator we need $x + 2 > 0$, and for the denominator $7 - x > 0$.",
            r"So the domain of the function is **$(-2, 7)$**.",
        ),
        W,
    ),
    (
        "algebra",
        r"(-\infty, 3] \cup [5, \infty)",
        _sky(
            "We need x^2 - 8x + 15 >= 0. Factor: (x - 3)(x - 5). The roots are 3 and 5. The parabola opens upward, "
            "so it is nonnegative outside the roots, including the roots themselves. Test x = 0: 15 >= 0, yes. "
            "Test x = 4: 16 - 32 + 15 = -1 < 0, no. Test x = 6: 36 - 48 + 15 = 3, yes.",
            r"Since $x^2 - 8x + 15 = (x-3)(x-5)$ and the parabola opens upward, the inequality holds for "
            r"$x \le 3$ or $x \ge 5$:",
            r"$$\boxed{(-\infty, 3] \cup [5, \infty)}$$",
        ),
        C,
    ),
    (
        "algebra",
        r"(-\infty, 3] \cup [5, \infty)",
        _gpt(
            r"Factor: $x^2 - 8x + 15 = (x - 3)(x - 5) \ge 0$. A sign chart shows the product is nonnegative when "
            r"both factors have the same sign or one is zero.",
            ans=r"[5, \infty) \cup (-\infty, 3]",
        ),
        C,
    ),
    (
        "algebra",
        r"(-\infty, 3] \cup [5, \infty)",
        _j(
            r"The quadratic factors as $(x-3)(x-5)$, which is zero at $3$ and $5$ and positive outside them.",
            r"So the solution set is **$x \le 3$ or $x \ge 5$**.",
        ),
        C,
    ),
    (
        "algebra",
        r"(-\infty, 3] \cup [5, \infty)",
        _qwen(
            r"The roots are $3$ and $5$, and $(x-3)(x-5) > 0$ outside them, so",
            ans=r"(-\infty, 3) \cup (5, \infty)",
        ),
        W,
    ),
    (
        "algebra",
        r"(-\infty, 3] \cup [5, \infty)",
        _minerva(
            r"The roots of $x^2-8x+15$ are $3$ and $5$, so the expression is nonnegative between them.",
            ans="[3,5]",
        ),
        W,
    ),
    (
        "algebra",
        r"\left( -\frac{1}{2}, 4 \right)",
        _r1(
            "Midpoint of (-3, 7) and (2, 1): x = (-3 + 2)/2 = -1/2, y = (7 + 1)/2 = 4.",
            r"The midpoint is $\boxed{\left(-\frac{1}{2}, 4\right)}$.",
        ),
        C,
    ),
    (
        "algebra",
        r"\left( -\frac{1}{2}, 4 \right)",
        _plain("Average the coordinates: ((-3 + 2)/2, (7 + 1)/2) = (-0.5, 4).", ans="(-0.5, 4)"),
        C,
    ),
    (
        "algebra",
        r"\left( -\frac{1}{2}, 4 \right)",
        _qwen(r"The midpoint is $\left(\frac{-3+2}{2}, \frac{7+1}{2}\right)$.", ans=r"(-\frac12, 4)"),
        C,
    ),
    (
        "algebra",
        r"\left( -\frac{1}{2}, 4 \right)",
        _gpt(
            r"The midpoint formula gives $y = \frac{7 + 1}{2} = 4$ and $x = \frac{-3 + 2}{2} = -\frac{1}{2}$.",
            ans=r"\left( 4, -\frac{1}{2} \right)",
        ),
        W,
    ),
    (
        "algebra",
        r"\left( -\frac{1}{2}, 4 \right)",
        _j(
            r"Averaging the $x$-coordinates: $\frac{-3 + 2}{2} = \frac{1}{2}$. Averaging the $y$-coordinates: "
            r"$\frac{7 + 1}{2} = 4$.",
            r"**Midpoint: $\left(\frac{1}{2}, 4\right)$**",
        ),
        W,
    ),
    (
        "algebra",
        "6",
        _minerva(r"Adding $7$ to both sides gives $3x = 18$, so $x = 6$.", ans="6"),
        C,
    ),
    (
        "algebra",
        "6",
        _r1(
            "3x - 7 = 11. Subtract 7... no, add 7 to both sides: 3x = 18. x = 6. Check: 18 - 7 = 11. Yes.",
            r"Adding $7$ to both sides gives $3x = 18$, so $\boxed{x = 6}$.",
        ),
        C,
    ),
    (
        "algebra",
        "6",
        _plain("3x - 7 = 11", "3x = 11 - 7 = 4", "x = 4/3", ans=r"$x = \frac{4}{3}$"),
        W,
    ),
    (
        "algebra",
        r"2\sqrt{3}",
        _qwen(
            r"Multiply by $\frac{\sqrt3}{\sqrt3}$: $\frac{6}{\sqrt3} = \frac{6\sqrt3}{3} = 2\sqrt3$.",
            ans=r"2\sqrt{3}",
        ),
        C,
    ),
    (
        "algebra",
        r"2\sqrt{3}",
        _gpt_inline(
            r"Rationalizing the denominator: $\dfrac{6}{\sqrt{3}} \cdot \dfrac{\sqrt{3}}{\sqrt{3}} = "
            r"\dfrac{6\sqrt{3}}{3}$, and $6 / 3 = 2$.",
            ans=r"2 \sqrt 3",
        ),
        C,
    ),
    (
        "algebra",
        r"2\sqrt{3}",
        _r1(
            r"6 over sqrt 3. Multiply top and bottom by sqrt 3: top 6 sqrt 3, bottom (sqrt 3)^2 ... that's 9? "
            r"Hmm, I'll take 9. So 6 sqrt 3 / 9 = 2 sqrt 3 / 3.",
            r"$$\boxed{\frac{2\sqrt{3}}{3}}$$",
        ),
        W,
    ),
    (
        "algebra",
        "1275",
        _gsm(
            "The terms go up by 4, so there are (99 - 3)/4 + 1 = 25 terms.",
            "The sum is 25 * (3 + 99)/2 = 25 * 51 = 1275.",
            ans="1275",
        ),
        C,
    ),
    (
        "algebra",
        "1275",
        _r1(
            "Arithmetic series 3, 7, ..., 99 with difference 4. Number of terms (99 - 3)/4 + 1 = 25. Sum = "
            "25 * 102 / 2 = 1275. Hmm wait, let me recount. (99 - 3)/4 = 24, and I think that's already the number "
            "of terms. So 24 terms, sum = 24 * 51 = 1224.",
            r"The sum is $\boxed{1224}$.",
        ),
        W,
    ),
    (
        "algebra",
        "1275",
        _j(
            "This is an arithmetic series with first term 3, last term 99 and common difference 4, so it has "
            "$\\frac{99-3}{4} + 1 = 25$ terms.",
            "Pairing first and last terms, the sum is $25 \\times \\frac{3 + 99}{2} = 25 \\times 51$, which is "
            "**1,275**.",
        ),
        C,
    ),
    (
        "algebra",
        "5",
        _qwen(r"First $g(2) = 3(2) - 4 = 2$, then $f(2) = 2^2 + 1 = 5$.", ans="5"),
        C,
    ),
    (
        "algebra",
        "5",
        _plain("f(2) = 2^2 + 1 = 5, then g(5) = 3(5) - 4 = 11.", ans="11"),
        W,
    ),
    (
        "algebra",
        "k = 4",
        _gpt(
            r"Rewrite $kx + 2y = 6$ as $y = -\frac{k}{2}x + 3$. Parallel to $y = -2x + 1$ means $-\frac{k}{2} = -2$.",
            ans="k = 4",
        ),
        C,
    ),
    (
        "algebra",
        "k = 4",
        _r1(
            "Slope of kx + 2y = 6 is -k/2. Set equal to -2: k = 4.",
            r"For the lines to be parallel the slopes must match, so $\boxed{4}$.",
        ),
        C,
    ),
    (
        "algebra",
        "k = 4",
        _minerva(
            r"The slope of $kx + 2y = 6$ is $\frac{k}{2}$, and setting it equal to $-2$ gives $k = -4$.", ans="-4"
        ),
        W,
    ),
    (
        "algebra",
        "3 - 2i",
        _r1(
            "Multiply numerator and denominator by the conjugate 2 + i. Numerator: (4 - 7i)(2 + i) = 8 + 4i - 14i "
            "- 7i^2 = 8 - 10i + 7 = 15 - 10i. Denominator: 4 + 1 = 5. So 3 - 2i.",
            r"$$\frac{4 - 7i}{2 - i} = \boxed{3 - 2i}$$",
        ),
        C,
    ),
    (
        "algebra",
        "3 - 2i",
        _gpt(
            r"Multiply by the conjugate: $\frac{(4 - 7i)(2 + i)}{(2 - i)(2 + i)} = \frac{15 - 10i}{5}$.",
            ans="-2i + 3",
        ),
        C,
    ),
    (
        "algebra",
        "3 - 2i",
        _qwen(
            r"$\frac{4-7i}{2-i} \cdot \frac{2+i}{2+i} = \frac{8 + 4i - 14i + 7}{5}$. Dropping a sign on the "
            r"imaginary part, this is $\frac{15 + 10i}{5}$.",
            ans="3 + 2i",
        ),
        W,
    ),
    (
        "algebra",
        "3 - 2i",
        _j(
            r"Multiplying through by the conjugate $2 + i$ gives $\frac{15 - 10i}{5}$.",
            r"So the quotient is **$2 - 3i$**.",
        ),
        W,
    ),
    (
        "algebra",
        r"8\sqrt{2}",
        _qwen(r"$d = \sqrt{(9-1)^2 + (10-2)^2} = \sqrt{64 + 64} = \sqrt{128} = 8\sqrt{2}$.", ans=r"8\sqrt2"),
        C,
    ),
    (
        "algebra",
        r"8\sqrt{2}",
        _gpt(r"Using the distance formula, $d = \sqrt{8^2 + 8^2} = \sqrt{2 \cdot 64}$.", ans=r"8 \sqrt{2}"),
        C,
    ),
    (
        "algebra",
        r"8\sqrt{2}",
        _plain("The horizontal and vertical gaps are both 8, so the distance is sqrt(64) = 8.", ans="8"),
        W,
    ),
    (
        "algebra",
        "(7, 3)",
        _r1(
            "Add the equations: 2x = 14, x = 7. Then y = 10 - 7 = 3. Check x - y = 4. Yes.",
            r"$\boxed{(7,3)}$",
        ),
        C,
    ),
    (
        "algebra",
        "(7, 3)",
        _j(
            "Adding the two equations eliminates $y$: $2x = 14$, so $x = 7$, and then $y = 10 - 7 = 3$.",
            "**The solution is $x = 7$, $y = 3$.**",
        ),
        C,
    ),
    (
        "algebra",
        "(7, 3)",
        _qwen(
            r"Subtracting the equations gives $2y = 6$, so $y = 3$ and $x = 7$. As an ordered pair $(y, x)$:",
            ans="(3, 7)",
        ),
        W,
    ),
    (
        "algebra",
        r"\frac{9}{2}",
        _minerva(r"By Vieta's formulas the sum of the roots of $2x^2 - 9x + 4$ is $-\frac{-9}{2} = 4.5$.", ans="4.5"),
        C,
    ),
    (
        "algebra",
        r"\frac{9}{2}",
        _qwen(r"By Vieta's formulas, the sum of the roots is $\frac{b}{a} = \frac{-9}{2}$.", ans=r"-\frac{9}{2}"),
        W,
    ),
    (
        "algebra",
        r"\frac{9}{2}",
        _r1(
            "Roots of 2x^2 - 9x + 4: (9 +- sqrt(81 - 32))/4 = (9 +- 7)/4, so 4 and 1/2. Sum 9/2.",
            r"The sum of the roots is $\boxed{\dfrac{9}{2}}$.",
        ),
        C,
    ),
    (
        "algebra",
        "6",
        _plain("Since 2^6 = 64, log base 2 of 64 is 6.", ans="6"),
        C,
    ),
    (
        "algebra",
        "6",
        "<think>\nWe need log base 2 of 64. Powers of two: 2, 4, 8, 16, 32, and then 2^6 = ",
        T,
    ),
    (
        "algebra",
        r"\frac{9}{2}",
        _r1(
            "Sum of roots of 2x^2 - 9x + 4 is -b/a by Vieta, with a = 2 and b = -9.",
            r"By Vieta's formulas, the sum of the roots is $\boxed{\frac{9",
        ),
        T,
    ),
]


_COUNTING: list[tuple[str, str, str, str]] = [
    (
        "counting_probability",
        r"\frac{5}{36}",
        _r1(
            "Pairs summing to 8: (2,6), (3,5), (4,4), (5,3), (6,2). That's 5 out of 36.",
            r"The probability is $\boxed{\frac{5}{36}}$.",
        ),
        C,
    ),
    (
        "counting_probability",
        r"\frac{5}{36}",
        _gpt(
            r"There are $36$ equally likely outcomes, and $5$ of them give a sum of $8$.",
            ans=r"\dfrac{5}{36}",
        ),
        C,
    ),
    (
        "counting_probability",
        r"\frac{5}{36}",
        _qwen(r"The sums of two dice peak at $6$ outcomes, so the probability is $\frac{6}{36}$.", ans=r"\frac{1}{6}"),
        W,
    ),
    (
        "counting_probability",
        r"\frac{5}{36}",
        _plain("Favourable ordered outcomes: 5. Unordered total: 18.", ans="5/18"),
        W,
    ),
    (
        "counting_probability",
        "120",
        _gsm("Choose 3 of the 10 people: C(10, 3) = 10 * 9 * 8 / 6 = 120.", ans="120"),
        C,
    ),
    (
        "counting_probability",
        "120",
        _gsm("President, vice president and secretary: 10 * 9 * 8 = 720.", ans="720"),
        W,
    ),
    (
        "counting_probability",
        "120",
        _sky(
            "The committee is unordered, so we want C(10,3). 10*9*8 = 720, divided by 3! = 6 gives 120.",
            r"The number of committees is $\binom{10}{3} = \boxed{120}$.",
        ),
        C,
    ),
    (
        "counting_probability",
        "180",
        _qwen(
            r"LETTER has $6$ letters with E and T each repeated twice, so $\frac{6!}{2!\,2!} = \frac{720}{4} = 180$.",
            ans="180",
        ),
        C,
    ),
    (
        "counting_probability",
        "180",
        _r1(
            "LETTER: L, E, T, T, E, R. Six letters, T twice, E twice. 6!/(2!2!) = 180. Hmm, but should I only divide "
            "by one 2!? The E's are repeated too. Actually I'll just divide by 2: 360.",
            r"$\boxed{360}$",
        ),
        W,
    ),
    (
        "counting_probability",
        r"\frac{15}{16}",
        _minerva(
            r"The complement, all tails, has probability $\frac{1}{16}$, so the answer is $1 - \frac{1}{16} = "
            r"\frac{15}{16}$.",
            ans=r"\frac{15}{16}",
        ),
        C,
    ),
    (
        "counting_probability",
        r"\frac{15}{16}",
        _plain("P(no heads) = (1/2)^4 = 0.0625, so P(at least one head) = 0.9375.", ans="0.9375"),
        C,
    ),
    (
        "counting_probability",
        r"\frac{15}{16}",
        _qwen(r"The probability of getting all tails is $\left(\frac12\right)^4$.", ans=r"\frac{1}{16}"),
        W,
    ),
    (
        "counting_probability",
        "4.5",
        _gpt(r"$E = \frac{1 + 2 + \cdots + 8}{8} = \frac{36}{8}$.", ans=r"\frac{9}{2}"),
        C,
    ),
    (
        "counting_probability",
        "4.5",
        _j("The faces are 1 through 8, so the average roll is $\\frac{1 + 8}{2}$.", "**Expected value: 4.5**"),
        C,
    ),
    (
        "counting_probability",
        "4.5",
        _minerva(r"The middle face of an 8-sided die is $4$, so the expected value is $4$.", ans="4"),
        W,
    ),
    (
        "counting_probability",
        "32",
        _r1(
            "Subsets of {1,...,6} containing 1: the other 5 elements are free, 2^5 = 32.",
            r"There are $\boxed{32}$ such subsets.",
        ),
        C,
    ),
    (
        "counting_probability",
        "32",
        _qwen(r"Each of the $6$ elements is in or out, so there are $2^6$ subsets.", ans="64"),
        W,
    ),
    (
        "counting_probability",
        r"\frac{4}{17}",
        _gpt(
            r"After the first card, $12$ of the remaining $51$ cards share its suit.",
            ans=r"\frac{12}{51}",
        ),
        C,
    ),
    (
        "counting_probability",
        r"\frac{4}{17}",
        _r1(
            "First card anything. Second card same suit: 12/51 = 4/17.",
            r"The probability that both cards have the same suit is $\boxed{\tfrac{4}{17}}$.",
        ),
        C,
    ),
    (
        "counting_probability",
        r"\frac{4}{17}",
        _qwen(r"The second card matches the suit with probability $\frac{13}{52}$.", ans=r"\frac{1}{4}"),
        W,
    ),
    (
        "counting_probability",
        "24",
        _gsm("Fix one person's seat, then arrange the other 4: 4! = 24.", ans="24"),
        C,
    ),
    (
        "counting_probability",
        "24",
        _plain("Five people in five seats: 5! = 120 arrangements.", ans="120"),
        W,
    ),
    (
        "counting_probability",
        "40",
        _minerva(
            r"The $x^3$ term is $\binom{5}{3}x^3 \cdot 2^2 = 10 \cdot 4 x^3$, so the coefficient is $40$.", ans="40"
        ),
        C,
    ),
    (
        "counting_probability",
        "40",
        _qwen(r"The $x^3$ term is $\binom{5}{3} x^{3} 2^{3}$, which gives $10 \cdot 8 = 80$.", ans="80"),
        W,
    ),
    (
        "counting_probability",
        "40",
        _sky(
            "By the binomial theorem, the x^3 term of (x + 2)^5 is C(5,3) x^3 2^(5-3) = 10 * 4 x^3 = 40 x^3.",
            r"The coefficient of $x^3$ is $\boxed{40}$.",
        ),
        C,
    ),
    (
        "counting_probability",
        "60",
        _r1(
            "Choose 2 men from 6: C(6,2) = 15. Choose 3 women from 4: C(4,3) = 4. Multiply: 60.",
            r"$\binom{6}{2}\binom{4}{3} = 15 \cdot 4 = \boxed{60}$",
        ),
        C,
    ),
    (
        "counting_probability",
        "60",
        _gpt(r"$\binom{6}{2} + \binom{4}{3} = 15 + 4$.", ans="19"),
        W,
    ),
    (
        "counting_probability",
        r"\frac{3}{28}",
        _qwen(r"$P = \frac{3}{8} \cdot \frac{2}{7} = \frac{6}{56} = \frac{3}{28}$.", ans=r"\frac{3}{28}"),
        C,
    ),
    (
        "counting_probability",
        r"\frac{3}{28}",
        _plain(r"$\binom{3}{2} / \binom{8}{2} = 3/28$", ans="3/28"),
        C,
    ),
    (
        "counting_probability",
        r"\frac{3}{28}",
        _gpt(
            r"Each draw is red with probability $\frac{3}{8}$, so $P = \left(\frac{3}{8}\right)^2$.",
            ans=r"\frac{9}{64}",
        ),
        W,
    ),
    (
        "counting_probability",
        "90",
        _gsm("A 4-digit palindrome is abba with a from 1-9 and b from 0-9.", "9 * 10 = 90", ans="90"),
        C,
    ),
    (
        "counting_probability",
        "90",
        _r1(
            "4-digit palindromes abba: a in 1..9, b in 0..9, so 90. Hmm, but could a be 0? Then it's not 4-digit. "
            "So 90. Wait, actually the middle digits are independent? abba: second and third must match. Still 90.",
            "There are $\\boxed{90}$ four-digit palindromes.",
        ),
        C,
    ),
    (
        "counting_probability",
        "90",
        _qwen(r"Both $a$ and $b$ range over the $10$ digits, giving $10 \times 10$ palindromes.", ans="100"),
        W,
    ),
    (
        "counting_probability",
        "9",
        _gpt(
            r"The number of derangements is $!4 = 4!\left(1 - 1 + \frac{1}{2} - \frac{1}{6} + \frac{1}{24}\right) = "
            r"24 \cdot \frac{3}{8}$.",
            ans="9",
        ),
        C,
    ),
    (
        "counting_probability",
        "9",
        _r1(
            "Derangements of 4: D(4) = 3(D(3) + D(2)) = 3(2 + 1) = 9. Hmm, but the question asks for the number of "
            "ways that at least one letter goes to the right envelope, so 24 - 9 = 15.",
            r"$\boxed{15}$",
        ),
        W,
    ),
    (
        "counting_probability",
        "56",
        _minerva(
            r"A path is a choice of which $3$ of the $8$ steps go up, so there are $\binom{8}{3} = 56$ paths.",
            ans="56",
        ),
        C,
    ),
    (
        "counting_probability",
        "56",
        _j("Each path uses 5 right steps and 3 up steps, in any order.", "That gives $\\binom{8}{3}$ = **56** paths."),
        C,
    ),
    (
        "counting_probability",
        "56",
        _qwen(r"Each of the $8$ steps can go right or up, so there are $2^8$ paths.", ans="256"),
        W,
    ),
    (
        "counting_probability",
        r"\frac{1}{3}",
        _r1(
            "Three people in a random line; A is in the middle with probability 1/3 by symmetry.",
            r"$$P = \boxed{\frac13}$$",
        ),
        C,
    ),
    (
        "counting_probability",
        r"\frac{1}{3}",
        _plain("By symmetry each of the three people is equally likely to be in the middle.", ans="1/3"),
        C,
    ),
    (
        "counting_probability",
        r"\frac{1}{3}",
        _qwen(
            r"There are $3! = 6$ orders and $A$ is in the middle in $2$ of them, so the probability is "
            r"$\frac{2}{6}$. But $A$ must also be next to $B$, which halves it.",
            ans=r"\frac{1}{6}",
        ),
        W,
    ),
    (
        "counting_probability",
        "56",
        "<think>\nLattice paths with 5 rights and 3 ups. The count is 8 choose 3, which is 8*7*6 divided by",
        T,
    ),
    (
        "counting_probability",
        "60",
        "First choose the men. There are $\\binom{6}{2}$ ways to do that, which is $\\frac{6 \\cdot 5}{2} = ",
        T,
    ),
]


_GEOMETRY: list[tuple[str, str, str, str]] = [
    (
        "geometry",
        r"4\sqrt{3}",
        _r1(
            "Equilateral triangle with side 4. Area = (sqrt 3 / 4) s^2 = (sqrt 3 / 4)(16) = 4 sqrt 3. Check with the "
            "height: 2 sqrt 3, area = (1/2)(4)(2 sqrt 3) = 4 sqrt 3.",
            r"The area is $\boxed{4\sqrt{3}}$.",
        ),
        C,
    ),
    (
        "geometry",
        r"4\sqrt{3}",
        _gpt(
            r"The area of an equilateral triangle is $\frac{\sqrt{3}}{4}s^2 = \frac{\sqrt{3}}{4} \cdot 16$.",
            ans=r"4 \sqrt{3}",
        ),
        C,
    ),
    (
        "geometry",
        r"4\sqrt{3}",
        _qwen(r"Using $A = \frac{\sqrt{3}}{2}s^2$ with $s = 4$, we get $A = 8\sqrt{3}$.", ans=r"8\sqrt{3}"),
        W,
    ),
    (
        "geometry",
        r"4\sqrt{3}",
        _plain("The height is 2*sqrt(3) and the base is 4, so base times height is 8*sqrt(3).", ans=r"$8\sqrt{3}$"),
        W,
    ),
    (
        "geometry",
        r"120^\circ",
        _minerva(
            r"Each interior angle of a regular hexagon is $\frac{(6-2) \cdot 180^\circ}{6} = 120^\circ$.", ans="120"
        ),
        C,
    ),
    (
        "geometry",
        r"120^\circ",
        _r1(
            "Sum of interior angles of a hexagon is (6 - 2) * 180 = 720. Divide by 6: 120.",
            r"Each interior angle measures $\boxed{120^{\circ}}$.",
        ),
        C,
    ),
    (
        "geometry",
        r"120^\circ",
        _j(
            "A regular hexagon has six equal interior angles summing to $720^\\circ$.",
            "So each interior angle is **120°**.",
        ),
        C,
    ),
    (
        "geometry",
        r"120^\circ",
        _qwen(r"The exterior angles sum to $360^\circ$, so each angle is $\frac{360^\circ}{6}$.", ans=r"60^\circ"),
        W,
    ),
    (
        "geometry",
        r"120^\circ",
        _gpt(r"The interior angles of a hexagon sum to $(6 - 2) \cdot 180^\circ$.", ans=r"720^\circ"),
        W,
    ),
    (
        "geometry",
        r"12\pi",
        _gpt(r"$A = \pi r^2 = \pi (2\sqrt{3})^2 = \pi \cdot 12$.", ans=r"12\pi"),
        C,
    ),
    (
        "geometry",
        r"12\pi",
        _r1(
            "Radius 2 sqrt 3, so r^2 = 4 * 3 = 12. Area = 12 pi.",
            r"$$A = \boxed{12 \pi}$$",
        ),
        C,
    ),
    (
        "geometry",
        r"12\pi",
        _qwen(r"The circle has radius $2\sqrt{3}$, so $2\pi r = 4\sqrt{3}\pi$.", ans=r"4\sqrt{3}\pi"),
        W,
    ),
    (
        "geometry",
        "13",
        _gsm("c^2 = 5^2 + 12^2 = 25 + 144 = 169", "c = 13", ans="13"),
        C,
    ),
    (
        "geometry",
        "13",
        _sky(
            "Legs 5 and 12. Pythagorean theorem: 25 + 144 = 169, sqrt(169) = 13. This is the 5-12-13 triple.",
            r"The hypotenuse has length $\boxed{13}$.",
        ),
        C,
    ),
    (
        "geometry",
        "13",
        _qwen(r"The hypotenuse is $5 + 12$.", ans="17"),
        W,
    ),
    (
        "geometry",
        r"15\pi",
        _qwen(r"$V = \frac{1}{3}\pi r^2 h = \frac{1}{3}\pi (9)(5) = 15\pi$.", ans=r"15\pi"),
        C,
    ),
    (
        "geometry",
        r"15\pi",
        _gpt_inline(r"Volume of a cone: $V = \tfrac13 \pi r^2 h$ with $r = 3$, $h = 5$.", ans=r"15 \pi"),
        C,
    ),
    (
        "geometry",
        r"15\pi",
        _minerva(r"The volume is $\pi r^2 h = \pi \cdot 9 \cdot 5 = 45\pi$.", ans=r"45\pi"),
        W,
    ),
    (
        "geometry",
        r"\frac{\sqrt{3}}{2}",
        _r1(
            "Altitude of equilateral triangle with side 1: sqrt(1 - 1/4) = sqrt(3/4) = sqrt3/2.",
            r"The altitude is $\boxed{\frac{\sqrt3}{2}}$.",
        ),
        C,
    ),
    (
        "geometry",
        r"\frac{\sqrt{3}}{2}",
        _gpt(
            r"By the Pythagorean theorem, $h = \sqrt{1^2 - \left(\tfrac{1}{2}\right)^2} = \sqrt{\tfrac{3}{4}}$.",
            ans=r"\dfrac{\sqrt{3}}{2}",
        ),
        C,
    ),
    (
        "geometry",
        r"\frac{\sqrt{3}}{2}",
        _j(
            "Dropping the altitude splits the triangle into two 30-60-90 triangles with hypotenuse 1.",
            "The altitude is the longer leg, so it equals **$\\frac{1}{2}\\sqrt{3}$**.",
        ),
        C,
    ),
    (
        "geometry",
        r"\frac{\sqrt{3}}{2}",
        _qwen(r"The altitude is $\sqrt{1 - \frac{1}{2}} = \sqrt{\frac12}$.", ans=r"\frac{\sqrt{2}}{2}"),
        W,
    ),
    (
        "geometry",
        r"\frac{\sqrt{3}}{2}",
        _plain("In a 30-60-90 triangle the longer leg is sqrt(3) times the shorter leg.", ans="sqrt(3)"),
        W,
    ),
    (
        "geometry",
        r"80^\circ",
        _qwen(r"$2x + 3x + 4x = 180$, so $x = 20$ and the largest angle is $4x = 80$.", ans="80"),
        C,
    ),
    (
        "geometry",
        r"80^\circ",
        _r1(
            "Angles 2x, 3x, 4x. 9x = 180, x = 20.",
            r"Since $9x = 180^\circ$, we get $x = 20^\circ$, so the answer is $\boxed{20^\circ}$.",
        ),
        W,
    ),
    (
        "geometry",
        r"80^\circ",
        _gpt(r"From $9x = 180^\circ$, $x = 20^\circ$, and the largest angle is $4x$.", ans=r"80^\circ"),
        C,
    ),
    (
        "geometry",
        "10",
        _gsm("The diagonal is sqrt(6^2 + 8^2) = sqrt(100) = 10.", ans="10"),
        C,
    ),
    (
        "geometry",
        "10",
        _qwen(r"Walking along two sides takes $6 + 8$ units.", ans="14"),
        W,
    ),
    (
        "geometry",
        "54",
        _r1(
            "Volume 27 means side 3. Each face has area 9, and there are 6 faces: 54.",
            r"The surface area is $\boxed{54}$.",
        ),
        C,
    ),
    (
        "geometry",
        "54",
        _minerva(r"The side length is $\sqrt[3]{27} = 3$, so a face has area $9$.", ans="9"),
        W,
    ),
    (
        "geometry",
        "12",
        _plain("This is a right triangle with legs 4 and 6, so its area is (1/2)(4)(6) = 12.", ans="12"),
        C,
    ),
    (
        "geometry",
        "12",
        _qwen(r"The legs are $4$ and $6$, so the area is $4 \times 6$.", ans="24"),
        W,
    ),
    (
        "geometry",
        r"50^\circ",
        _gpt(
            r"An inscribed angle is half of the central angle subtending the same arc: $\frac{100^\circ}{2}$.",
            ans=r"50^{\circ}",
        ),
        C,
    ),
    (
        "geometry",
        r"50^\circ",
        _j(
            "The inscribed angle and the central angle intercept the same arc, and they are equal.",
            "**Answer: 100°**",
        ),
        W,
    ),
    (
        "geometry",
        r"\frac{4}{9}",
        _qwen(
            r"The ratio of areas of similar figures is the square of the ratio of sides: $\left(\frac23\right)^2$.",
            ans="4/9",
        ),
        C,
    ),
    (
        "geometry",
        r"\frac{4}{9}",
        _r1(
            "Similar triangles with side ratio 2:3. Areas scale like the square... hmm, but these are perimeters? "
            "No, the question gives the ratio of corresponding sides and asks for the ratio of the areas. Wait, I "
            "will just use the side ratio directly.",
            r"$\boxed{\frac{2}{3}}$",
        ),
        W,
    ),
    (
        "geometry",
        r"\frac{4}{9}",
        _sky(
            "Side ratio 2/3, area ratio (2/3)^2 = 4/9.",
            r"The ratio of the areas is $\left(\frac{2}{3}\right)^2 = \boxed{\frac{4}{9}}$.",
        ),
        C,
    ),
    (
        "geometry",
        r"14\pi",
        _plain("C = 2 * pi * 7 = 14 * pi", ans="14π"),
        C,
    ),
    (
        "geometry",
        r"14\pi",
        _minerva(r"The circle of radius $7$ has $\pi r^2 = 49\pi$.", ans=r"49\pi"),
        W,
    ),
    (
        "geometry",
        "28",
        _gsm("Area = (5 + 9)/2 * 4 = 7 * 4 = 28", ans="28"),
        C,
    ),
    (
        "geometry",
        r"1080^\circ",
        _qwen(r"The interior angles of an octagon sum to $(8-2) \cdot 180^\circ = 1080^\circ$.", ans="1080"),
        C,
    ),
    (
        "geometry",
        r"1080^\circ",
        _gpt(r"For an $n$-gon the sum is $(n-2) \cdot 180^\circ$; here I use $n = 10$.", ans=r"1440^\circ"),
        W,
    ),
    (
        "geometry",
        r"5\sqrt{2}",
        _gpt(r"The diagonal of a square with side $5$ is $5 \cdot \sqrt{2}$.", ans=r"5\sqrt2"),
        C,
    ),
    (
        "geometry",
        r"5\sqrt{2}",
        _qwen(r"The diagonal crosses two sides of length $5$, so it is $5 + 5$.", ans="10"),
        W,
    ),
    (
        "geometry",
        r"15\pi",
        "<think>\nCone with radius 3 and height 5. V = (1/3) pi r^2 h = (1/3) pi (9)(5). Now (1/3)(9) = 3, times 5 is",
        T,
    ),
    (
        "geometry",
        "13",
        "<|begin_of_thought|>\n\nLegs 5 and 12, so the hypotenuse squared is 25 + 144\n\n<|end_of_thought|>\n\n"
        "<|begin_of_solution|>\n\nBy the Pythagorean theorem, $c = \\sqrt{5^2 + 12^2} = \\sqrt{",
        T,
    ),
]


_INTERMEDIATE: list[tuple[str, str, str, str]] = [
    (
        "intermediate_algebra",
        "9",
        _qwen(r"By the Remainder Theorem the remainder is $p(2) = 8 - 4 + 5 = 9$.", ans="9"),
        C,
    ),
    (
        "intermediate_algebra",
        "9",
        _r1(
            "Remainder theorem: dividing by x - 2, evaluate at x = -2: -8 + 4 + 5 = 1.",
            r"The remainder is $\boxed{1}$.",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "-2, -1, 1, 2",
        _gpt(
            r"Let $u = x^2$. Then $u^2 - 5u + 4 = (u - 1)(u - 4) = 0$, so $x^2 = 1$ or $x^2 = 4$.",
            ans=r"\pm 1, \pm 2",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "-2, -1, 1, 2",
        _r1(
            "Substitute u = x^2: u^2 - 5u + 4 = 0 gives u = 1 or u = 4. So x = 1, -1, 2, -2.",
            r"$\boxed{1, -1, 2, -2}$",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "-2, -1, 1, 2",
        _qwen(r"With $u = x^2$ we get $(u-1)(u-4) = 0$, so $x = \sqrt{1}$ or $x = \sqrt{4}$.", ans="1, 2"),
        W,
    ),
    (
        "intermediate_algebra",
        "-2, -1, 1, 2",
        _j(
            "Treating the equation as a quadratic in $x^2$ gives $(x^2 - 1)(x^2 - 4) = 0$.",
            "So the solutions are **$1$ and $4$**.",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "4",
        _r1(
            "Complete the square: x^2 + 6x + 13 = (x + 3)^2 + 4. Minimum is 4 at x = -3.",
            r"The minimum value is $\boxed{4}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "4",
        _qwen(r"Completing the square, $(x+3)^2 + 4$ is smallest when $x + 3 = 0$, so at", ans="-3"),
        W,
    ),
    (
        "intermediate_algebra",
        "4",
        _minerva(r"We have $x^2 + 6x + 13 = (x+3)^2 + 4 \ge 4$, with equality at $x = -3$.", ans="4"),
        C,
    ),
    (
        "intermediate_algebra",
        "9",
        _gsm("First term 6, ratio 1/3.", "Sum = 6 / (1 - 1/3) = 6 / (2/3) = 9", ans="9"),
        C,
    ),
    (
        "intermediate_algebra",
        "9",
        _qwen(r"$S = \frac{a}{1 + r} = \frac{6}{4/3}$.", ans=r"\frac{9}{2}"),
        W,
    ),
    (
        "intermediate_algebra",
        "19",
        _plain(r"$a^2 + b^2 = (a + b)^2 - 2ab = 25 - 6 = 19$.", ans="19"),
        C,
    ),
    (
        "intermediate_algebra",
        "19",
        _r1(
            "a^2 + b^2 = (a+b)^2 - 2ab = 25 - 6 = 19. Hmm, or is it plus? (a+b)^2 = a^2 + 2ab + b^2, so a^2 + b^2 = "
            "(a+b)^2 + 2ab... no wait. I'll go with 25 + 6 = 31.",
            r"$\boxed{31}$",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "(-2, 8)",
        _gpt(r"$|x - 3| < 5 \iff -5 < x - 3 < 5 \iff -2 < x < 8$.", ans=r"-2 < x < 8"),
        C,
    ),
    (
        "intermediate_algebra",
        "(-2, 8)",
        _sky(
            "|x - 3| < 5 means -5 < x - 3 < 5, so -2 < x < 8. Strict inequality, so open interval.",
            r"The solution set is $\boxed{(-2,8)}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "(-2, 8)",
        _qwen(r"We need $-5 \le x - 3 \le 5$, which gives", ans="[-2, 8]"),
        W,
    ),
    (
        "intermediate_algebra",
        "(-2, 8)",
        _r1(
            "|x - 3| < 5. The center is... -3? So -3 - 5 < x < -3 + 5, i.e. -8 < x < 2.",
            r"$\boxed{(-8, 2)}$",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "x^2 - 5x + 4",
        _qwen(r"A monic quadratic with roots $1$ and $4$ is $(x-1)(x-4) = x^2 - 5x + 4$.", ans="x^2 - 5x + 4"),
        C,
    ),
    (
        "intermediate_algebra",
        "x^2 - 5x + 4",
        _r1(
            "(x - 1)(x - 4) = x^2 - 4x - x + 4 = x^2 - 5x + 4.",
            r"$$p(x) = \boxed{x^2-5x+4}$$",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "x^2 - 5x + 4",
        _minerva(r"The polynomial is $(x+1)(x+4) = x^2 + 5x + 4$.", ans="x^2 + 5x + 4"),
        W,
    ),
    (
        "intermediate_algebra",
        "x^2 - 5x + 4",
        _gpt(
            r"By Vieta, the sum of the roots is $5$ and the product is $4$, so $p(x) = x^2 - 4x + 5$.",
            ans="x^2 - 4x + 5",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "19",
        _r1(
            "floor(sqrt k) for k = 1..10: 1,1,1,2,2,2,2,2,3,3. Sum: 3 + 10 + 6 = 19.",
            r"The sum is $\boxed{19}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "5",
        _plain("|3 - 4i| = sqrt(9 + 16) = 5", ans="5"),
        C,
    ),
    (
        "intermediate_algebra",
        "5",
        _qwen(r"$|3 - 4i|^2 = 3^2 + 4^2$.", ans="25"),
        W,
    ),
    (
        "intermediate_algebra",
        "9",
        _r1(
            "log_3(x(x - 6)) = 3, so x^2 - 6x = 27, x^2 - 6x - 27 = 0, (x - 9)(x + 3) = 0. x = -3 is not in the "
            "domain "
            "(log of a negative), so x = 9.",
            r"The solution is $\boxed{9}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "9",
        _qwen(r"Combining the logarithms, $x^2 - 6x - 27 = 0$, so $(x-9)(x+3) = 0$.", ans="9, -3"),
        W,
    ),
    (
        "intermediate_algebra",
        "9",
        _gpt(
            r"Combining logs gives $x(x - 6) = 27$. Only the positive root keeps both logarithms defined.", ans="x = 9"
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "(2, -5)",
        _qwen(r"The vertex is at $x = -\frac{b}{2a} = 2$, and $y = 2(4) - 16 + 3 = -5$.", ans="(2,-5)"),
        C,
    ),
    (
        "intermediate_algebra",
        "(2, -5)",
        _gpt(r"The vertex has $x = \frac{b}{2a} = \frac{-8}{4} = -2$ and $y = -5$.", ans="(-2, -5)"),
        W,
    ),
    (
        "intermediate_algebra",
        "(2, -5)",
        _r1(
            "x = 8/4 = 2. y = 2(4) - 16 + 3 = 8 - 16 + 3 = -5. Hmm, 8 - 16 = -8, -8 + 3 = -5. Hmm, let me redo: "
            "8 + 16 - 16 + 3... I get 5 now? I'll go with 5.",
            r"The vertex is $\boxed{(2, 5)}$.",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "-1",
        _r1(
            "Let a = f(0), b = f(1). x = 0: a + 2b = 0. x = 1: b + 2a = 3. From the first, a = -2b. Then b - 4b = 3, "
            "b = -1. Check: a = 2, 2 + 2(-1) = 0. Good.",
            r"So $f(1) = \boxed{-1}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "-1",
        _qwen(r"Setting $x = 0$ and $x = 1$ gives $f(0) + 2f(1) = 0$ and $f(1) + 2f(0) = 3$, so $f(1) = 1$.", ans="1"),
        W,
    ),
    (
        "intermediate_algebra",
        "-1",
        _sky(
            "Plug in x = 0 and x = 1 and solve the 2x2 system: f(0) = 2, f(1) = -1.",
            r"Solving the system, $f(0) = 2$ and $f(1) = -1$. Therefore $f(1) = \boxed{-1}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        r"\frac{99}{100}",
        _gpt(
            r"Since $\frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}$, the sum telescopes to $1 - \frac{1}{100}$.",
            ans="0.99",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        r"\frac{99}{100}",
        _minerva(r"The sum telescopes to $1 - \frac{1}{101} = \frac{100}{101}$.", ans=r"\frac{100}{101}"),
        W,
    ),
    (
        "intermediate_algebra",
        r"\frac{99}{100}",
        _qwen(
            r"Telescoping, $\sum_{k=1}^{99}\left(\frac1k - \frac1{k+1}\right) = 1 - \frac{1}{100}$.",
            ans=r"\frac{99}{100}",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        r"\text{odd}",
        _r1(
            "f(-x) = (-x)^3 + (-x) = -x^3 - x = -f(x). So f is odd.",
            r"Since $f(-x) = -f(x)$, the function is $\boxed{\text{odd}}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        r"\text{odd}",
        _j("We compute $f(-x) = -x^3 - x = -(x^3 + x) = -f(x)$.", "Therefore $f$ is **odd**."),
        C,
    ),
    (
        "intermediate_algebra",
        r"\text{odd}",
        _qwen(r"Since $f(-x) = (-x)^3 + (-x)$ and both terms have the same degree parity, $f$ is", ans=r"\text{even}"),
        W,
    ),
    (
        "intermediate_algebra",
        r"\text{odd}",
        _gpt(
            r"$f(-x) = -x^3 - x$, which is neither $f(x)$ nor... $-f(x)$? I conclude it is neither.",
            ans=r"\text{neither}",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        "8",
        _plain("a = 5, b = 3, c = sqrt(25 - 9) = 4, and the foci are 2c = 8 apart.", ans="8"),
        C,
    ),
    (
        "intermediate_algebra",
        "8",
        _qwen(r"$c = \sqrt{a^2 - b^2} = \sqrt{25 - 9} = 4$.", ans="4"),
        W,
    ),
    (
        "intermediate_algebra",
        "-2 + 3i, -2 - 3i",
        _gpt(
            r"By the quadratic formula, $x = \frac{-4 \pm \sqrt{16 - 52}}{2} = \frac{-4 \pm 6i}{2}$.", ans=r"-2 \pm 3i"
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "-2 + 3i, -2 - 3i",
        _r1(
            "Discriminant 16 - 52 = -36. x = (-4 +- 6i)/2 = -2 +- 3i.",
            r"The roots are $\boxed{-2 - 3i, -2 + 3i}$.",
        ),
        C,
    ),
    (
        "intermediate_algebra",
        "-2 + 3i, -2 - 3i",
        _qwen(r"$x = \frac{4 \pm 6i}{2}$.", ans=r"2 \pm 3i"),
        W,
    ),
    (
        "intermediate_algebra",
        r"\frac{99}{100}",
        "<think>\nPartial fractions: 1/(k(k+1)) = 1/k - 1/(k+1). So the sum from 1 to 99 telescopes. The first terms "
        "are (1 - 1/2) + (1/2 - 1/3) + ... and everything cancels except",
        T,
    ),
    (
        "intermediate_algebra",
        "8",
        "We have the ellipse $\\frac{x^2}{25} + \\frac{y^2}{9} = 1$, so $a = 5$ and $b = 3$. The distance from the "
        "center to each focus is $c$, where $c^2 = a^2 - b^2 = 25 - 9 =",
        T,
    ),
]


_NUMBER_THEORY: list[tuple[str, str, str, str]] = [
    (
        "number_theory",
        "1011_2",
        _r1(
            "11 in base 2: 11 = 8 + 2 + 1 = 1*8 + 0*4 + 1*2 + 1*1. So 1011.",
            r"$11_{10} = \boxed{1011_2}$",
        ),
        C,
    ),
    (
        "number_theory",
        "1011_2",
        _qwen(r"Repeated division by $2$ gives remainders $1, 1, 0, 1$, read upward as $1011$.", ans="1011_{2}"),
        C,
    ),
    (
        "number_theory",
        "1011_2",
        _gpt(r"$11 = 8 + 4 + 1$, so the binary digits are $1, 1, 0, 1$.", ans="1101_2"),
        W,
    ),
    (
        "number_theory",
        "1011_2",
        _plain("11 = 8 + 2 + 1, so in base 2 it is written 1011.", ans="1011"),
        C,
    ),
    (
        "number_theory",
        "400_5",
        _qwen(r"Since $100 = 4 \cdot 25 + 0 \cdot 5 + 0$, we get $400_5$.", ans="400_5"),
        C,
    ),
    (
        "number_theory",
        "400_5",
        _r1(
            "100 in base 5. 5^2 = 25, 100 / 25 = 4 remainder 0. Hmm, so the digits are 4 and 0: 40.",
            r"$\boxed{40_5}$",
        ),
        W,
    ),
    (
        "number_theory",
        "2",
        _gsm("2^3 = 8 = 1 mod 7.", "100 = 3 * 33 + 1, so 2^100 = 2^1 = 2 mod 7.", ans="2"),
        C,
    ),
    (
        "number_theory",
        "2",
        _qwen(r"Since $2^3 \equiv 1 \pmod 7$ and $100 = 3 \cdot 33 + 1$, the remainder is $2^2$.", ans="4"),
        W,
    ),
    (
        "number_theory",
        "42",
        _plain("84 = 2^2 * 3 * 7 and 126 = 2 * 3^2 * 7, so gcd = 2 * 3 * 7 = 42.", ans="42"),
        C,
    ),
    (
        "number_theory",
        "42",
        _r1(
            "84 = 2^2 * 3 * 7, 126 = 2 * 3^2 * 7. Taking the largest powers: 2^2 * 3^2 * 7 = 252.",
            r"$\boxed{252}$",
        ),
        W,
    ),
    (
        "number_theory",
        "42",
        _gpt(r"Euclid: $126 = 1 \cdot 84 + 42$, $84 = 2 \cdot 42 + 0$. I take half of the last divisor.", ans="21"),
        W,
    ),
    (
        "number_theory",
        r"\text{Thursday}",
        _r1(
            "100 days from Tuesday. 100 = 14 * 7 + 2, so it's 2 days after Tuesday: Wednesday is 1, Thursday is 2.",
            r"It will be $\boxed{\text{Thursday}}$.",
        ),
        C,
    ),
    (
        "number_theory",
        r"\text{Thursday}",
        _j("Since $100 = 7 \\cdot 14 + 2$, the day is two days after Tuesday.", "**Thursday**"),
        C,
    ),
    (
        "number_theory",
        r"\text{Thursday}",
        _qwen(
            r"Since $100 \equiv 2 \pmod 7$, we count $2$ days forward but start the count on Tuesday itself.",
            ans=r"\text{Wednesday}",
        ),
        W,
    ),
    (
        "number_theory",
        r"\text{Thursday}",
        _gpt(r"$100 \div 7$ leaves remainder $3$, so we move three days forward from Tuesday.", ans=r"\text{Friday}"),
        W,
    ),
    (
        "number_theory",
        "24",
        _r1(
            "360 = 2^3 * 3^2 * 5. Number of divisors (3+1)(2+1)(1+1) = 24.",
            r"$360$ has $\boxed{24}$ positive divisors.",
        ),
        C,
    ),
    (
        "number_theory",
        "24",
        _qwen(r"With $360 = 2^3 \cdot 3^2 \cdot 5$, the count is $3 \cdot 2 \cdot 1 \cdot 2$.", ans="12"),
        W,
    ),
    (
        "number_theory",
        "9",
        _minerva(
            r"The units digits of powers of $7$ cycle $7, 9, 3, 1$, and $2026 \equiv 2 \pmod 4$, so the digit is $9$.",
            ans="9",
        ),
        C,
    ),
    (
        "number_theory",
        "9",
        _plain("The cycle is 7, 9, 3, 1 and 2026 leaves remainder 3 when divided by 4.", ans="3"),
        W,
    ),
    (
        "number_theory",
        r"0.\overline{36}",
        _qwen(r"Long division gives $4 \div 11 = 0.363636\ldots$, a repeating block of $36$.", ans=r"0.\overline{36}"),
        C,
    ),
    (
        "number_theory",
        r"0.\overline{36}",
        _r1(
            "4/11: 40/11 = 3 rem 7, 70/11 = 6 rem 4, back to 40. So 0.363636...",
            r"$\frac{4}{11} = \boxed{0.\overline{36}}$",
        ),
        C,
    ),
    (
        "number_theory",
        r"0.\overline{36}",
        _gpt(
            r"Since $\frac{4}{11} = \frac{36}{99}$, the repeating block is written backwards as $63$.",
            ans=r"0.\overline{63}",
        ),
        W,
    ),
    (
        "number_theory",
        r"0.\overline{36}",
        _plain("4 / 11 = 0.3666..., where only the 6 repeats.", ans=r"$0.3\overline{6}$"),
        W,
    ),
    (
        "number_theory",
        "3",
        _gsm("3 * 1 = 3, 3 * 2 = 6, 3 * 3 = 9 = 2 (mod 7).", ans="3"),
        C,
    ),
    (
        "number_theory",
        "3",
        _qwen(r"The inverse of $3$ modulo $7$ is $5$, so $x \equiv 5 \pmod 7$.", ans="5"),
        W,
    ),
    (
        "number_theory",
        "24",
        _r1(
            "Trailing zeros of 100!: floor(100/5) + floor(100/25) = 20 + 4 = 24.",
            r"$100!$ ends in $\boxed{24}$ zeros.",
        ),
        C,
    ),
    (
        "number_theory",
        "24",
        _qwen(r"There are $\left\lfloor \frac{100}{5} \right\rfloor$ multiples of $5$ up to $100$.", ans="20"),
        W,
    ),
    (
        "number_theory",
        "104_8",
        _sky(
            "35_8 = 3*8 + 5 = 29, 47_8 = 4*8 + 7 = 39, sum 68. 68 = 64 + 4 = 1*64 + 0*8 + 4, so 104_8. Direct: 5 + 7 "
            "= "
            "12 = 14_8, write 4 carry 1; 3 + 4 + 1 = 8 = 10_8. So 104_8.",
            r"$35_8 + 47_8 = \boxed{104_8}$",
        ),
        C,
    ),
    (
        "number_theory",
        "104_8",
        _qwen(r"Adding digit by digit, $35 + 47 = 82$.", ans="82_8"),
        W,
    ),
    (
        "number_theory",
        "104_8",
        _gpt(r"In base ten the sum is $29 + 39 = 68$, and $68 = 1 \cdot 8^2 + 0 \cdot 8 + 4$.", ans="104_{8}"),
        C,
    ),
    (
        "number_theory",
        "56",
        _plain("The divisors of 28 are 1, 2, 4, 7, 14, 28, and they add up to 56.", ans="56"),
        C,
    ),
    (
        "number_theory",
        "56",
        _r1(
            "Divisors of 28: 1, 2, 4, 7, 14, 28. Sum = 56. But the proper divisors sum to 28 (perfect number). The "
            "question asks for the sum of proper divisors? Re-reading... it says all positive divisors. So 56.",
            r"The sum of the divisors of $28$ is $\boxed{56}$.",
        ),
        C,
    ),
    (
        "number_theory",
        "10",
        _gsm("Primes below 30: 2, 3, 5, 7, 11, 13, 17, 19, 23, 29.", "That is 10 primes.", ans="10"),
        C,
    ),
    (
        "number_theory",
        "10",
        _gsm("Primes below 30: 3, 5, 7, 11, 13, 17, 19, 23, 29.", "That is 9 primes.", ans="9"),
        W,
    ),
    (
        "number_theory",
        "36",
        _j(
            "$12 = 2^2 \\cdot 3$ and $18 = 2 \\cdot 3^2$, so the least common multiple is $2^2 \\cdot 3^2$.",
            "**LCM = 36**",
        ),
        C,
    ),
    (
        "number_theory",
        "36",
        _minerva(r"$\operatorname{lcm}(12, 18) = \frac{12 \cdot 18}{\gcd(12,18)} = \frac{216}{6} = 36$.", ans="36"),
        C,
    ),
    (
        "number_theory",
        "36",
        _qwen(r"$\operatorname{lcm}(12,18) = 12 \cdot 18$.", ans="216"),
        W,
    ),
    (
        "number_theory",
        "24",
        "<think>\nTrailing zeros of 100! come from factors of 5. Multiples of 5 up to 100: 20. Multiples of 25: 4. So "
        "the total number of factors of 5 is",
        T,
    ),
    (
        "number_theory",
        "1011_2",
        _r1(
            "11 = 8 + 2 + 1, so the binary digits come from the powers 8, 2 and 1, with a 0 for the missing 4.",
            r"Reading the digits from the top, $11$ in base $2$ is $\boxed{",
        ),
        T,
    ),
]


_PREALGEBRA: list[tuple[str, str, str, str]] = [
    (
        "prealgebra",
        r"\$32.50",
        _r1(
            "5 notebooks at $6.50 each. 5 * 6 = 30, 5 * 0.50 = 2.50, total 32.50.",
            r"The total cost is $\boxed{\$32.50}$.",
        ),
        C,
    ),
    (
        "prealgebra",
        r"\$32.50",
        _qwen(r"The cost is $5 \times 6.50 = 32.50$ dollars.", ans="32.50"),
        C,
    ),
    (
        "prealgebra",
        r"\$32.50",
        _j(
            "Each notebook costs \\$6.50, and she buys 5 of them.",
            "$5 \\times \\$6.50$ comes to **\\$32.50** in total.",
        ),
        C,
    ),
    (
        "prealgebra",
        r"\$32.50",
        _gpt(r"Total $= 5 \times 6.5$ dollars.", ans="32.5"),
        C,
    ),
    (
        "prealgebra",
        r"\$32.50",
        _plain("5 * 6 = 30 and 5 * 0.10 = 0.50, so the total is $30.50.", ans=r"\$30.50"),
        W,
    ),
    (
        "prealgebra",
        r"\$32.50",
        _r1(
            "6.50 times 5. Moving the decimal: 650 * 5 = 3250, and two decimal places... I'll put three: 3.250.",
            r"$\boxed{\$3.25}$",
        ),
        W,
    ),
    (
        "prealgebra",
        "24",
        _gsm("30% of 80 = 0.30 * 80 = 24", ans="24"),
        C,
    ),
    (
        "prealgebra",
        "24",
        _qwen(r"$30\%$ of $80$ is $0.03 \times 80$.", ans="2.4"),
        W,
    ),
    (
        "prealgebra",
        r"\frac{3}{4}",
        _plain("9 of the 12 eggs are brown, and 9/12 = 0.75.", ans="0.75"),
        C,
    ),
    (
        "prealgebra",
        r"\frac{3}{4}",
        _qwen(r"The fraction of brown eggs is $\frac{9}{12} = \frac{3}{4}$.", ans=r"\frac34"),
        C,
    ),
    (
        "prealgebra",
        r"\frac{3}{4}",
        _minerva(r"The ratio of eggs to brown eggs is $\frac{12}{9} = \frac{4}{3}$.", ans=r"\frac{4}{3}"),
        W,
    ),
    (
        "prealgebra",
        "150",
        _gsm("2.5 hours * 60 minutes per hour = 150 minutes", ans="150"),
        C,
    ),
    (
        "prealgebra",
        "150",
        _r1(
            "2.5 hours is 2 hours and 50 minutes? 2 hours = 120 minutes, plus 50 is 170.",
            r"The movie lasts $\boxed{170}$ minutes.",
        ),
        W,
    ),
    (
        "prealgebra",
        "150",
        _qwen(r"Since one hour has $60$ minutes, $2.5$ hours is $2.5 \times 60$ minutes.", ans=r"150 \text{ minutes}"),
        C,
    ),
    (
        "prealgebra",
        "18",
        _gsm("4 + 8 + 15 + 16 + 23 + 42 = 108", "108 / 6 = 18", ans="18"),
        C,
    ),
    (
        "prealgebra",
        "18",
        _qwen(r"The middle two values are $15$ and $16$, so the average is $\frac{15 + 16}{2}$.", ans="15.5"),
        W,
    ),
    (
        "prealgebra",
        "288",
        _r1(
            "1 square foot = 12 * 12 = 144 square inches. 2 square feet = 288 square inches.",
            r"$2 \text{ ft}^2 = \boxed{288}$ square inches.",
        ),
        C,
    ),
    (
        "prealgebra",
        "288",
        _qwen(r"There are $12$ inches in a foot, so $2$ square feet is $2 \times 12$ square inches.", ans="24"),
        W,
    ),
    (
        "prealgebra",
        r"1.5 \times 10^{4}",
        _qwen(r"Move the decimal point four places: $15000 = 1.5 \times 10^4$.", ans=r"1.5 \times 10^4"),
        C,
    ),
    (
        "prealgebra",
        r"1.5 \times 10^{4}",
        _gpt(r"Write $15{,}000$ as a number between $1$ and $10$ times a power of ten.", ans=r"1.5 \times 10^{4}"),
        C,
    ),
    (
        "prealgebra",
        r"1.5 \times 10^{4}",
        _r1(
            "15000 = 1.5 times 1000? 1.5 * 1000 = 1500. Hmm, I'll trust the count of zeros: three zeros.",
            r"$\boxed{1.5 \times 10^{3}}$",
        ),
        W,
    ),
    (
        "prealgebra",
        r"1.5 \times 10^{4}",
        _plain("Moving the decimal point, 15000 = 15 x 10^4.", ans=r"$15 \times 10^{4}$"),
        W,
    ),
    (
        "prealgebra",
        "17",
        _minerva(
            r"Division and multiplication first, left to right: $6 \div 2 \times 3 = 9$, so $8 + 9 = 17$.", ans="17"
        ),
        C,
    ),
    (
        "prealgebra",
        "17",
        _plain("6 ÷ (2 × 3) = 1, so 8 + 1 = 9.", ans="9"),
        W,
    ),
    (
        "prealgebra",
        "17",
        _gsm("8 + 6 = 14", "14 / 2 = 7", "7 * 3 = 21", ans="21"),
        W,
    ),
    (
        "prealgebra",
        r"\dfrac{7}{9}",
        _qwen(r"Let $x = 0.\overline{7}$. Then $10x - x = 7$, so $x = \frac{7}{9}$.", ans=r"\frac{7}{9}"),
        C,
    ),
    (
        "prealgebra",
        r"\dfrac{7}{9}",
        _r1(
            "x = 0.777..., 10x = 7.777..., subtract: 9x = 7, x = 7/9.",
            r"$$0.\overline{7} = \boxed{\dfrac{7}{9}}$$",
        ),
        C,
    ),
    (
        "prealgebra",
        r"\dfrac{7}{9}",
        _gpt(r"The digit $7$ sits in the tenths place.", ans=r"\frac{7}{10}"),
        W,
    ),
    (
        "prealgebra",
        r"\dfrac{7}{9}",
        _qwen(r"Taking two decimal places, $0.77 = \frac{77}{100}$.", ans=r"\frac{77}{100}"),
        W,
    ),
    (
        "prealgebra",
        "17",
        _gsm("221 = 13 * 17", "The largest prime factor is 17.", ans="17"),
        C,
    ),
    (
        "prealgebra",
        "17",
        _gsm("221 = 13 * 17", "The smaller factor is 13.", ans="13"),
        W,
    ),
    (
        "prealgebra",
        "28",
        _j("The width is $48 \\div 8 = 6$.", "So the perimeter is $2(8 + 6)$ = **28 units**."),
        C,
    ),
    (
        "prealgebra",
        "28",
        _qwen(r"The width is $48 / 8 = 6$, so the perimeter is $8 + 6$.", ans="14"),
        W,
    ),
    (
        "prealgebra",
        "25",
        _gsm("3 + 5 = 8 parts, 40 / 8 = 5 students per part.", "Girls: 5 * 5 = 25", ans="25"),
        C,
    ),
    (
        "prealgebra",
        "25",
        _gsm("3 + 5 = 8 parts, 40 / 8 = 5 students per part.", "3 * 5 = 15", ans="15"),
        W,
    ),
    (
        "prealgebra",
        "-17",
        _plain("Multiply first: 7 × (-2) = -14. Then -3 + (-14) = -17.", ans="-17"),
        C,
    ),
    (
        "prealgebra",
        "-17",
        _qwen(r"Working left to right, $-3 + 7 = 4$ and $4 \times (-2) = -8$.", ans="-8"),
        W,
    ),
    (
        "prealgebra",
        "3.14",
        _qwen(r"The thousandths digit of $3.14159$ is $1 < 5$, so we round down.", ans="3.14"),
        C,
    ),
    (
        "prealgebra",
        "3.14",
        _r1("3.14159 to the nearest hundredth: look at the 1 in the thousandths place, round up.", r"$\boxed{3.15}$"),
        W,
    ),
    (
        "prealgebra",
        "18",
        "The sum of the six numbers is $4 + 8 + 15 + 16 + 23 + 42$. Adding in pairs: $4 + 42 = 46$, $8 + 23 = 31$, "
        "and ",
        T,
    ),
    (
        "prealgebra",
        r"\$32.50",
        "<|begin_of_thought|>\n\nShe buys 5 notebooks at $6.50 each. So 5 times 6 is 30, and 5 times 0.50 is",
        T,
    ),
]


_PRECALCULUS: list[tuple[str, str, str, str]] = [
    (
        "precalculus",
        r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}",
        _r1(
            "2a = (4, 2). 2a - b = (4 - 3, 2 - 4) = (1, -2).",
            r"$$2\mathbf{a} - \mathbf{b} = \boxed{\begin{pmatrix} 1 \\ -2 \end{pmatrix}}$$",
        ),
        C,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}",
        _gpt(
            r"$2\begin{pmatrix} 2 \\ 1 \end{pmatrix} - \begin{pmatrix} 3 \\ 4 \end{pmatrix} = \begin{pmatrix} 4 - 3 "
            r"\\ 2 - 4 \end{pmatrix}$",
            ans=r"\begin{pmatrix}1\\-2\end{pmatrix}",
        ),
        C,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}",
        _qwen(
            r"$\mathbf{b} - 2\mathbf{a} = \begin{pmatrix} 3 - 4 \\ 4 - 2 \end{pmatrix}$.",
            ans=r"\begin{pmatrix} -1 \\ 2 \end{pmatrix}",
        ),
        W,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}",
        _minerva(
            r"We get $2\mathbf{a} - \mathbf{b} = \begin{pmatrix} 4 - 3 \\ 4 - 2 \end{pmatrix}$.",
            ans=r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}",
        ),
        W,
    ),
    (
        "precalculus",
        r"-\frac{1}{2}",
        _minerva(
            r"$120^\circ$ is in the second quadrant with reference angle $60^\circ$, so $\cos 120^\circ = -\cos "
            r"60^\circ$.",
            ans=r"-\frac12",
        ),
        C,
    ),
    (
        "precalculus",
        r"-\frac{1}{2}",
        _plain("cos(120°) = -cos(60°) = -0.5", ans="-0.5"),
        C,
    ),
    (
        "precalculus",
        r"-\frac{1}{2}",
        _qwen(r"The reference angle is $60^\circ$, and $\cos 60^\circ = \frac{1}{2}$.", ans=r"\frac{1}{2}"),
        W,
    ),
    (
        "precalculus",
        r"\frac{\sqrt{3}}{3}",
        _gpt(
            r"$\tan\frac{\pi}{6} = \frac{\sin(\pi/6)}{\cos(\pi/6)} = \frac{1/2}{\sqrt{3}/2} = \frac{1}{\sqrt3}$, and "
            r"rationalizing gives",
            ans=r"\dfrac{\sqrt{3}}{3}",
        ),
        C,
    ),
    (
        "precalculus",
        r"\frac{\sqrt{3}}{3}",
        _r1("tan(pi/6) = cos/sin? (sqrt3/2)/(1/2) = sqrt 3.", r"$\boxed{\sqrt{3}}$"),
        W,
    ),
    (
        "precalculus",
        r"\frac{\sqrt{3}}{3}",
        _qwen(r"$\tan 30^\circ = \frac{1}{\sqrt{3}} = \frac{\sqrt{3}}{3}$.", ans=r"\frac{\sqrt3}{3}"),
        C,
    ),
    (
        "precalculus",
        "2",
        _qwen(r"$\det = 3 \cdot 2 - 1 \cdot 4 = 6 - 4$.", ans="2"),
        C,
    ),
    (
        "precalculus",
        "2",
        _r1("det [[3,1],[4,2]] = 3*2 + 1*4 = 10.", r"The determinant is $\boxed{10}$."),
        W,
    ),
    (
        "precalculus",
        r"(1, \sqrt{3})",
        _gpt(
            r"$x = 2\cos\frac{\pi}{3} = 1$ and $y = 2\sin\frac{\pi}{3} = \sqrt{3}$.", ans=r"\left( 1, \sqrt{3} \right)"
        ),
        C,
    ),
    (
        "precalculus",
        r"(1, \sqrt{3})",
        _qwen(r"$x = 2\sin\frac{\pi}{3} = \sqrt3$ and $y = 2\cos\frac{\pi}{3} = 1$.", ans=r"(\sqrt{3}, 1)"),
        W,
    ),
    (
        "precalculus",
        r"(1, \sqrt{3})",
        _r1("x = r cos theta = 2 * 1/2 = 1, y = r sin theta = 2 * sqrt3/2 = sqrt3.", r"$\boxed{(1,\sqrt3)}$"),
        C,
    ),
    (
        "precalculus",
        r"\left( 3, \frac{3 \pi}{2} \right)",
        _qwen(
            r"The point $(0, -3)$ lies on the negative $y$-axis, so $r = 3$ and $\theta = \frac{3\pi}{2}$.",
            ans=r"(3, \frac{3\pi}{2})",
        ),
        C,
    ),
    (
        "precalculus",
        r"\left( 3, \frac{3 \pi}{2} \right)",
        _r1("r = 3. The point is on the y-axis, so theta = pi/2.", r"$\boxed{\left(3, \frac{\pi}{2}\right)}$"),
        W,
    ),
    (
        "precalculus",
        r"\left( 3, \frac{3 \pi}{2} \right)",
        _gpt(
            r"$r = \sqrt{0^2 + (-3)^2} = 3$, and the angle pointing straight down, measured in $[0, 2\pi)$, is "
            r"$\frac{3\pi}{2}$.",
            ans=r"\left(3, \frac{3\pi}{2}\right)",
        ),
        C,
    ),
    (
        "precalculus",
        r"-\frac{\pi}{6}",
        _qwen(
            r"$\sin\left(-\frac{\pi}{6}\right) = -\frac{1}{2}$ and $-\frac{\pi}{6}$ lies in $\left[-\frac{\pi}{2}, "
            r"\frac{\pi}{2}\right]$.",
            ans=r"-\frac{\pi}{6}",
        ),
        C,
    ),
    (
        "precalculus",
        r"-\frac{\pi}{6}",
        _plain("sin(-pi/3) = -1/2, so arcsin(-1/2) = -pi/3.", ans=r"$-\frac{\pi}{3}$"),
        W,
    ),
    (
        "precalculus",
        r"-\frac{\pi}{6}",
        _sky(
            "arcsin(-1/2): the angle in [-pi/2, pi/2] whose sine is -1/2. sin(pi/6) = 1/2, so it's -pi/6.",
            r"$\arcsin\left(-\frac{1}{2}\right) = \boxed{-\dfrac{\pi}{6}}$",
        ),
        C,
    ),
    (
        "precalculus",
        "12",
        _gsm("1*4 + 2*(-5) + 3*6 = 4 - 10 + 18 = 12", ans="12"),
        C,
    ),
    (
        "precalculus",
        "12",
        _qwen(r"$1 \cdot 4 + 2 \cdot 5 + 3 \cdot 6 = 4 + 10 + 18$.", ans="32"),
        W,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
        _r1(
            "[[1,2],[3,4]]^2: top-left 1*1 + 2*3 = 7, top-right 1*2 + 2*4 = 10, bottom-left 3*1 + 4*3 = 15, "
            "bottom-right 3*2 + 4*4 = 22.",
            r"$$\boxed{\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}}$$",
        ),
        C,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
        _gpt(r"Squaring each entry:", ans=r"\begin{pmatrix} 1 & 4 \\ 9 & 16 \end{pmatrix}"),
        W,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
        _qwen(r"Multiplying columns by rows, the product is", ans=r"\begin{pmatrix} 7 & 15 \\ 10 & 22 \end{pmatrix}"),
        W,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
        _gpt_inline(
            r"Row times column gives entries $7, 10, 15, 22$.", ans=r"\begin{pmatrix}7&10\\15&22\end{pmatrix}"
        ),
        C,
    ),
    (
        "precalculus",
        r"\frac{2\pi}{3}",
        _qwen(r"The period of $\sin(bx)$ is $\frac{2\pi}{|b|}$, here $b = 3$.", ans=r"\frac{2 \pi}{3}"),
        C,
    ),
    (
        "precalculus",
        r"\frac{2\pi}{3}",
        _minerva(r"The period of $\sin 3x$ is $\frac{\pi}{3}$.", ans=r"\frac{\pi}{3}"),
        W,
    ),
    (
        "precalculus",
        r"\frac{2\pi}{3}",
        _plain("sin(3x) repeats when 3x grows by 2π, i.e. when x grows by 2π/3.", ans="2π/3"),
        C,
    ),
    (
        "precalculus",
        r"45^\circ",
        _gpt(
            r"$\cos\theta = \frac{(1,0)\cdot(1,1)}{1 \cdot \sqrt{2}} = \frac{1}{\sqrt2}$, so $\theta = 45^\circ$.",
            ans="45",
        ),
        C,
    ),
    (
        "precalculus",
        r"45^\circ",
        _qwen(r"$\cos\theta = -\frac{1}{\sqrt{2}}$, so the angle is", ans=r"135^\circ"),
        W,
    ),
    (
        "precalculus",
        "16",
        _r1("(1 + i)^2 = 2i. (2i)^2 = -4. (-4)^2 = 16.", r"$(1+i)^8 = \boxed{16}$"),
        C,
    ),
    (
        "precalculus",
        "16",
        _qwen(r"$(1+i)^2 = 2i$, $(1+i)^4 = (2i)^2 = -4$, and $(1+i)^8 = -(4^2)$.", ans="-16"),
        W,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 0 \\ 0 \\ 1 \end{pmatrix}",
        _gpt(r"$\mathbf{i} \times \mathbf{j} = \mathbf{k}$.", ans=r"\begin{pmatrix} 0 \\ 0 \\ 1 \end{pmatrix}"),
        C,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 0 \\ 0 \\ 1 \end{pmatrix}",
        _qwen(
            r"Using the determinant with the rows in the other order, $\mathbf{j} \times \mathbf{i} = -\mathbf{k}$.",
            ans=r"\begin{pmatrix} 0 \\ 0 \\ -1 \end{pmatrix}",
        ),
        W,
    ),
    (
        "precalculus",
        "2",
        "<think>\nThe determinant of [[3, 1], [4, 2]] is ad - bc. Here a = 3, d = 2, so ad = 6, and bc = 1 * 4 = 4. "
        "Then ad - bc",
        T,
    ),
    (
        "precalculus",
        r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}",
        _r1(
            "2a - b, with a = (2, 1) and b = (3, 4): double a, then subtract b component by component.",
            r"$$\boxed{\begin{pmatrix} 1 \\",
        ),
        T,
    ),
]


_AIME: list[tuple[str, str, str, str]] = [
    (
        "aime",
        "199",
        _r1(
            "Count n <= 1000 divisible by 6 or 15. Multiples of 6: floor(1000/6) = 166. Multiples of 15: "
            "floor(1000/15) "
            "= 66. That's 232 if I just add, but multiples of lcm(6, 15) = 30 are counted twice: floor(1000/30) = 33. "
            "So 232 - 33 = 199. Let me double-check 6 * 166 = 996 and 15 * 66 = 990, 30 * 33 = 990. Yes.",
            r"By inclusion-exclusion, $166 + 66 - 33 = \boxed{199}$.",
        ),
        C,
    ),
    (
        "aime",
        "199",
        _qwen(
            r"There are $\lfloor 1000/6 \rfloor = 166$ multiples of $6$ and $\lfloor 1000/15 \rfloor = 66$ multiples "
            r"of $15$, giving $166 + 66$.",
            ans="232",
        ),
        W,
    ),
    (
        "aime",
        "199",
        _gpt(
            r"**Step 1.** Multiples of 6 up to 1000: $166$.",
            r"**Step 2.** Multiples of 15: $66$.",
            r"**Step 3.** Multiples of both, i.e. of 30: $33$.",
            r"By inclusion-exclusion the count is $166 + 66 - 33$.",
            ans="199",
        ),
        C,
    ),
    (
        "aime",
        "199",
        _r1(
            "Inclusion-exclusion: 166 + 66 - 33 = 199. Hmm, wait: does the problem want n divisible by 6 or 15 but "
            "not "
            "both? If so I subtract the 33 twice: 166 + 66 - 66 = 166. The wording says 'exactly one of', I think.",
            r"$\boxed{166}$",
        ),
        W,
    ),
    (
        "aime",
        "33",
        _r1(
            "The probability simplifies to 8/25, and gcd(8, 25) = 1, so m + n = 33.",
            r"The probability is $\frac{8}{25}$, so $m + n = \boxed{033}$.",
        ),
        C,
    ),
    (
        "aime",
        "33",
        _qwen(r"The probability is $\frac{16}{50} = \frac{8}{25}$.", ans=r"\frac{8}{25}"),
        W,
    ),
    (
        "aime",
        "33",
        _sky(
            "P = 16/50 = 8/25 in lowest terms. m = 8, n = 25, m + n = 33.",
            r"Since $\frac{16}{50} = \frac{8}{25}$ with $\gcd(8, 25) = 1$, we have $m + n = 8 + 25 = \boxed{33}$.",
        ),
        C,
    ),
    (
        "aime",
        "33",
        _gpt(r"The probability is $\frac{16}{50}$, so $m + n = 16 + 50$.", ans="66"),
        W,
    ),
    (
        "aime",
        "512",
        _sky(
            "Each of the 9 elements is either in the subset or not, independently: 2^9 = 512 subsets, including the "
            "empty set, which the problem allows.",
            r"The number of subsets is $2^9 = \boxed{512}$.",
        ),
        C,
    ),
    (
        "aime",
        "512",
        _qwen(r"There are $2^9 = 512$ subsets, but we exclude the empty set.", ans="511"),
        W,
    ),
    (
        "aime",
        "30",
        _r1(
            "720 = 2^4 * 3^2 * 5. Ordered pairs (a, b) with ab = 720 correspond to divisors a of 720. d(720) = 5 * 3 "
            "* "
            "2 = 30.",
            r"There are $\boxed{30}$ ordered pairs.",
        ),
        C,
    ),
    (
        "aime",
        "30",
        _r1(
            "d(720) = 30 divisors. Each pair {a, b} is counted twice, and 720 is not a perfect square, so 15 pairs.",
            r"$\boxed{15}$",
        ),
        W,
    ),
    (
        "aime",
        "28",
        _r1(
            "n divides n^2 + 12 iff n divides 12. Divisors of 12: 1, 2, 3, 4, 6, 12, sum 28.",
            r"The sum is $\boxed{28}$.",
        ),
        C,
    ),
    (
        "aime",
        "28",
        _qwen(r"We need $n \mid 12$ with $n > 1$, so $n \in \{2, 3, 4, 6, 12\}$ and the sum is $27$.", ans="27"),
        W,
    ),
    (
        "aime",
        "505",
        _gpt(
            r"The number of trailing zeros is $\left\lfloor \frac{2026}{5} \right\rfloor + \left\lfloor "
            r"\frac{2026}{25} \right\rfloor + \left\lfloor \frac{2026}{125} \right\rfloor + \left\lfloor "
            r"\frac{2026}{625} \right\rfloor = 405 + 81 + 16 + 3$.",
            ans="505",
        ),
        C,
    ),
    (
        "aime",
        "505",
        _qwen(
            r"$\left\lfloor \frac{2026}{5} \right\rfloor + \left\lfloor \frac{2026}{25} \right\rfloor = 405 + 81$.",
            ans="486",
        ),
        W,
    ),
    (
        "aime",
        "298",
        _qwen(r"$x^2 + y^2 = (x + y)^2 - 2xy = 400 - 102 = 298$.", ans="298"),
        C,
    ),
    (
        "aime",
        "298",
        _r1(
            "x^2 + y^2 = (x + y)^2 - 2xy = 400 - 102 = 298. Hmm, hold on, 2 * 51 = 102, 400 - 102 = 298. Actually, "
            "wait, I should add: (x - y)^2 + 2xy? No, let me use (x + y)^2 + 2xy = 502.",
            r"So $x^2 + y^2 = \boxed{502}$.",
        ),
        W,
    ),
    (
        "aime",
        "986",
        _gsm("1000 / 17 = 58.8, so take 58.", "17 * 58 = 986", ans="986"),
        C,
    ),
    (
        "aime",
        "986",
        _gsm("1000 / 17 is about 58, take 57 to be safe.", "17 * 57 = 969", ans="969"),
        W,
    ),
    (
        "aime",
        "1",
        _r1(
            "7^2 = 49, 7^4 = 2401 = 1 mod 100. 100 = 4 * 25, so 7^100 = 1 mod 100.",
            r"The remainder is $\boxed{001}$.",
        ),
        C,
    ),
    (
        "aime",
        "1",
        _qwen(
            r"Since $7^4 = 2401 \equiv 1 \pmod{100}$, we have $7^{100} \equiv 1 \pmod{100}$, so the last two digits "
            r"are $01$ and the remainder is",
            ans="1",
        ),
        C,
    ),
    (
        "aime",
        "1",
        _gpt(
            r"$7^4 = 2401$, so $7^{100}$ ends in the same two digits as $7^{4 \cdot 25}$, namely those of $2401$.",
            ans="2401",
        ),
        W,
    ),
    (
        "aime",
        "50",
        _j(
            "Every odd square is $1 \\bmod 8$, since $(2k+1)^2 = 4k(k+1) + 1$ and $k(k+1)$ is even.",
            "Even squares are $0$ or $4 \\bmod 8$, so exactly the odd $n$ work, and there are **50** of them.",
        ),
        C,
    ),
    (
        "aime",
        "50",
        _qwen(r"Only $n \equiv 1 \pmod 4$ satisfy the condition, so there are $25$ such $n$.", ans="25"),
        W,
    ),
    (
        "aime",
        "5",
        _qwen(
            r"$\frac{5}{12} + \frac{1}{4} = \frac{5}{12} + \frac{3}{12} = \frac{8}{12} = \frac{2}{3}$, so $m + n = "
            r"5$.",
            ans="5",
        ),
        C,
    ),
    (
        "aime",
        "5",
        _r1(
            "5/12 + 1/4 = 5/12 + 3/12 = 8/12. So m = 8, n = 12, m + n = 20.",
            r"$m + n = \boxed{20}$",
        ),
        W,
    ),
    (
        "aime",
        "5",
        _minerva(r"The sum is $\frac{8}{12} = \frac{2}{3}$, so $m + n = 2 + 3 = 5$.", ans="5"),
        C,
    ),
    (
        "aime",
        "840",
        _r1(
            "Number of ways to choose an ordered president, vice president, and treasurer from 15 people: "
            "15 * 14 * 13 = 2730. Hmm, that's over 999, so that can't be it. Re-read: a committee of 3 from 15 with "
            "one of them chair? C(15, 3) * 3 = 455 * 3 = 1365. Too big again. Let me reconsider: 8 people, "
            "ordered choice of 4: 8 * 7 * 6 * 5 = 1680, no... the problem is 7 people choose 4 in order: 7 * 6 * 5 "
            "* 4 = 840. Yes, that's the setup.",
            r"The number of ordered selections is $7 \cdot 6 \cdot 5 \cdot 4 = \boxed{840}$.",
        ),
        C,
    ),
    (
        "aime",
        "840",
        _sky(
            "7 runners, medals for first through fourth: 7 * 6 * 5 * 4 = 840.",
            "The number of possible podium orders is $\\boxed{840}$.",
        ),
        C,
    ),
    (
        "aime",
        "840",
        _qwen(r"The number of ways to choose $4$ of the $7$ runners is $\binom{7}{4}$.", ans="35"),
        W,
    ),
    (
        "aime",
        "128",
        _gpt(r"Each of the $7$ switches is on or off, giving $2^7$ configurations.", ans="128"),
        C,
    ),
    (
        "aime",
        "128",
        _r1(
            "2^7 = 128. Each switch independent. Or is it 7 switches and 8 states... no, 2^7.",
            r"$\boxed{128}$" + _DS_EOS,
        ),
        C,
    ),
    (
        "aime",
        "128",
        _plain("Seven switches with two states each: 2 * 7 = 14 configurations.", ans="14"),
        W,
    ),
    (
        "aime",
        "505",
        "<think>\nTrailing zeros of 2026!. floor(2026/5) = 405. floor(2026/25) = 81. floor(2026/125) = 16. "
        "floor(2026/625) "
        "= 3. floor(2026/3125) = 0. Sum: 405 + 81 = 486, + 16 = 502, + 3 =",
        T,
    ),
    (
        "aime",
        "199",
        "<think>\nMultiples of 6 up to 1000: 166. Multiples of 15: 66. Now the overlap, multiples of 30: 1000/30 is "
        "33.3, so",
        T,
    ),
]


_AMC: list[tuple[str, str, str, str]] = [
    (
        "amc",
        r"\text{(E)}",
        _r1(
            "The options are (A) 30 (B) 34 (C) 36 (D) 40 (E) 42. I computed 6 * 7 = 42 handshakes counted in each "
            "direction... no, each handshake once: C(7, 2) = 21, times 2 for the two rounds = 42. That's (E).",
            r"$\boxed{E}$",
        ),
        C,
    ),
    (
        "amc",
        r"\text{(E)}",
        _gpt(r"Two rounds of $\binom{7}{2} = 21$ handshakes give $42$, which is choice (E).", ans=r"\textbf{(E)}"),
        C,
    ),
    (
        "amc",
        r"\text{(E)}",
        _qwen(r"The total is $2 \cdot 21 = 42$, choice $\textbf{(E)}$.", ans=r"(E)"),
        C,
    ),
    (
        "amc",
        r"\text{(E)}",
        _j("Each round has $\\binom{7}{2} = 21$ handshakes, and there are two rounds.", "**(E) 42**"),
        C,
    ),
    (
        "amc",
        r"\text{(E)}",
        _r1(
            "C(7, 2) = 21 handshakes per round, two rounds: 42... but the host shakes hands only once? Then 21 + 19 = "
            "40. That's (D).",
            r"$\boxed{\text{(D)}}$",
        ),
        W,
    ),
    (
        "amc",
        r"\text{(E)}",
        _plain(
            "Counting each handshake from both sides gives 7 * 6 = 42, but I halve it for double counting: 21, (A).",
            ans="(A)",
        ),
        W,
    ),
    (
        "amc",
        r"\textbf{(B)}",
        _r1(
            "Options: (A) 10 (B) 12 (C) 15 (D) 18 (E) 20. The LCM of 4 and 6 is 12, so they meet again after 12 "
            "days. (B).",
            r"$\boxed{\textbf{(B) }12}$",
        ),
        C,
    ),
    (
        "amc",
        r"\textbf{(B)}",
        _qwen(
            r"They meet again after $\operatorname{lcm}(4, 6)$ days. Multiplying, $4 + 6 + 5$... I get $15$.",
            ans=r"\textbf{(C) }15",
        ),
        W,
    ),
    (
        "amc",
        r"\textbf{(B)}",
        _minerva(
            r"The first common multiple of $4$ and $6$ is $12$, which is choice $\textbf{(B)}$.", ans=r"\textbf{(B)}"
        ),
        C,
    ),
    (
        "amc",
        r"\text{(C)}",
        _plain("The ratio of the areas is (3/2)^2 = 9/4, which is option C.", ans="C"),
        C,
    ),
    (
        "amc",
        r"\text{(C)}",
        _r1(
            "Area ratio (3/2)^2 = 9/4, which is option (C). Hmm, but the question asks for the ratio of the smaller "
            "to "
            "the larger, so 4/9, option (A). Let me re-read: 'larger to smaller'? I'm not sure. I'll go with (A).",
            r"$\boxed{\text{(A)}}$",
        ),
        W,
    ),
    (
        "amc",
        r"\text{(C)}",
        _gpt_inline(
            r"Since the sides scale by $\frac{3}{2}$, the areas scale by $\frac{9}{4}$, answer choice (C).",
            ans=r"\text{(C)}",
        ),
        C,
    ),
    (
        "amc",
        r"\mathrm{(A)}",
        _minerva(r"The only option with remainder $1$ modulo $4$ is $\mathrm{(A)}$.", ans=r"\mathrm{(A)}"),
        C,
    ),
    (
        "amc",
        r"\mathrm{(A)}",
        _minerva(
            r"Two of the options leave remainder $1$ modulo $4$; the larger one is $\mathrm{(B)}$.",
            ans=r"\mathrm{(B)}",
        ),
        W,
    ),
    (
        "amc",
        r"\mathrm{(A)}",
        _r1("Checking each option mod 4, only (A) works.", r"The answer is $\boxed{\textbf{(A)}}$."),
        C,
    ),
    (
        "amc",
        "27",
        _r1(
            "The sum of the three consecutive integers is 3m where m is the middle one; 3m = 81 gives m = 27, the "
            "middle integer the problem asks for.",
            r"$\boxed{27}$",
        ),
        C,
    ),
    (
        "amc",
        "27",
        _qwen(r"With $3m = 81$, the middle integer is $27$ and the smallest is $26$.", ans="26"),
        W,
    ),
    (
        "amc",
        "27",
        _sky("3m = 81, m = 27.", r"The middle integer is $\boxed{27}$."),
        C,
    ),
    (
        "amc",
        r"\frac{7}{3}",
        _qwen(r"Solving $3x - 2 = 5$ gives $x = \frac{7}{3}$.", ans=r"\frac73"),
        C,
    ),
    (
        "amc",
        r"\frac{7}{3}",
        _gpt(r"From $3x - 2 = 5$, $3x = 7$.", ans=r"\dfrac{7}{3}"),
        C,
    ),
    (
        "amc",
        r"\frac{7}{3}",
        _r1("3x - 2 = 5 so x = 3/7.", r"$\boxed{\frac{3}{7}}$"),
        W,
    ),
    (
        "amc",
        r"\sqrt{5}",
        _gpt(r"The distance from $(1, 2)$ to $(2, 4)$ is $\sqrt{1^2 + 2^2}$.", ans=r"\sqrt 5"),
        C,
    ),
    (
        "amc",
        r"\sqrt{5}",
        _qwen(r"The squared distance is $1^2 + 2^2 = 5$.", ans="5"),
        W,
    ),
    (
        "amc",
        r"\sqrt{5}",
        _j("The legs of the right triangle are 1 and 2.", "So the distance is **$\\sqrt{5}$**, choice (B)."),
        C,
    ),
    (
        "amc",
        r"\text{(D)}",
        _r1(
            "Options: (A) 4 (B) 2 sqrt 3 (C) 2 sqrt 5 (D) 2 sqrt 6 (E) 6. The diagonal is sqrt(4 + 4 + 16) = sqrt 24 "
            "= "
            "2 sqrt 6. That's (D).",
            r"$\boxed{\text{D}}$",
        ),
        C,
    ),
    (
        "amc",
        r"\text{(D)}",
        _j("The space diagonal is $\\sqrt{2^2 + 2^2 + 4^2} = \\sqrt{24} = 2\\sqrt{6}$.", "**Answer: (D)**"),
        C,
    ),
    (
        "amc",
        r"\text{(D)}",
        _qwen(r"The diagonal is $\sqrt{24} = 2\sqrt{6}$.", ans=r"\text{(D)}\ 2\sqrt{6}"),
        C,
    ),
    (
        "amc",
        r"\text{(D)}",
        _gpt(
            r"The face diagonal is $\sqrt{2^2 + 4^2}$... I use only two edges, giving $\sqrt{20} = 2\sqrt5$.",
            ans=r"\text{(C)}\ 2\sqrt{5}",
        ),
        W,
    ),
    (
        "amc",
        r"\text{(D)}",
        _plain("The space diagonal is sqrt(16) = 4, which is choice (A).", ans=r"\textbf{(A)}\ 4"),
        W,
    ),
    (
        "amc",
        "36",
        _gsm("There are 6 * 6 = 36 ordered outcomes for two dice.", ans="36"),
        C,
    ),
    (
        "amc",
        "36",
        _r1("Unordered pairs of dice faces: 21.", r"$\boxed{21}$"),
        W,
    ),
    (
        "amc",
        r"\text{(B)}",
        _sky(
            "The options are (A) 1/4 (B) 1/3 (C) 1/2 (D) 2/3 (E) 3/4. The probability is 2/6 = 1/3, choice (B).",
            r"The probability is $\frac{1}{3}$, so the answer is $\boxed{\textbf{(B)}}$.",
        ),
        C,
    ),
    (
        "amc",
        r"\text{(B)}",
        _qwen(
            r"The probability is $\frac{2}{6} = \frac{1}{3}$; scanning the list, this is option", ans=r"\textbf{(C)}"
        ),
        W,
    ),
    (
        "amc",
        r"\text{(E)}",
        "<think>\nThe options are (A) 30 (B) 34 (C) 36 (D) 40 (E) 42. Handshakes per round: C(7, 2) = 21. Two rounds. "
        "But wait, does the host",
        T,
    ),
    (
        "amc",
        "27",
        "Let the integers be $m - 1$, $m$, $m + 1$. Their sum is $3m = 81$, so the answer is $\\boxed{",
        T,
    ),
]


_OLYMPIAD: list[tuple[str, str, str, str]] = [
    (
        "olympiad",
        "f(x) = x",
        _r1(
            "Functional equation f(x + f(y)) = f(x) + y. Set x = 0: f(f(y)) = f(0) + y, so f is a bijection. Let c = "
            "f(0). Putting y = 0: f(x + c) = f(x), so f is periodic with period c; injective, so c = 0. Then "
            "f(f(y)) = y and f(x + f(y)) = f(x) + y. Put x = f(z): f(f(z) + f(y)) = z + y, so f is additive ... with "
            "monotonic or bounded hypothesis f(x) = kx, and k^2 = 1 with the original gives k = 1... check f(x) = -x: "
            "f(x - y) = -x + y, and f(x) + y = -x + y. Hmm, that works too? f(x + f(y)) = f(x - y) = -(x - y) = -x + "
            "y; "
            "f(x) + y = -x + y. Equal. But the problem also requires f(1) > 0, which rules out -x.",
            r"The only solution is $\boxed{f(x) = x}$.",
        ),
        C,
    ),
    (
        "olympiad",
        "f(x) = x",
        _gpt(
            r"Setting $x = 0$ shows $f$ is bijective; setting $y = 0$ gives $f(0) = 0$; the condition $f(1) > 0$ "
            r"excludes $f(x) = -x$.",
            ans=r"f(x) = x \text{ for all } x \in \mathbb{R}",
        ),
        C,
    ),
    (
        "olympiad",
        "f(x) = x",
        _qwen(
            r"Both $f(x) = x$ and $f(x) = -x$ satisfy the equation, but we choose the decreasing one.", ans="f(x) = -x"
        ),
        W,
    ),
    (
        "olympiad",
        "f(x) = x",
        _plain("Trying linear functions f(x) = x + c, the equation holds for c = 1.", ans="f(x) = x + 1"),
        W,
    ),
    (
        "olympiad",
        "(2, 3), (3, 2)",
        _r1(
            "x + y = 5 and xy = 6 with positive integers: t^2 - 5t + 6 = 0, t = 2 or 3. Ordered pairs: (2, 3), (3, "
            "2).",
            r"The solutions are $\boxed{(3,2), (2,3)}$.",
        ),
        C,
    ),
    (
        "olympiad",
        "(2, 3), (3, 2)",
        _qwen(r"The numbers are the roots of $t^2 - 5t + 6 = 0$, namely $2$ and $3$, so", ans="(2, 3)"),
        W,
    ),
    (
        "olympiad",
        "(2, 3), (3, 2)",
        _j(
            "The pair $\\{x, y\\}$ must be the two roots of $t^2 - 5t + 6$, which are $2$ and $3$.",
            "**Solutions: $(x, y) = (2, 3)$ and $(x, y) = (3, 2)$.**",
        ),
        C,
    ),
    (
        "olympiad",
        r"\frac{n(n+1)}{2}",
        _qwen(r"Summing the contributions $1 + 2 + \cdots + n$ gives $\frac{n^2 + n}{2}$.", ans=r"\frac{n^2 + n}{2}"),
        C,
    ),
    (
        "olympiad",
        r"\frac{n(n+1)}{2}",
        _gpt(r"The total is the triangular number $1 + 2 + \cdots + n$.", ans=r"\dfrac{n(n+1)}{2}"),
        C,
    ),
    (
        "olympiad",
        r"\frac{n(n+1)}{2}",
        _r1(
            "Each pair of the n players plays once: C(n, 2) games. Hmm, but the count includes each player's game "
            "against themselves? No. So n(n - 1)/2.",
            r"$\boxed{\frac{n(n-1)}{2}}$",
        ),
        W,
    ),
    (
        "olympiad",
        "2^{n-1}",
        _r1(
            "Compositions of n: between the n units there are n - 1 gaps, each a cut or not, so 2^(n-1). Check n = 3: "
            "3, 2+1, 1+2, 1+1+1, that's 4 = 2^2. Good.",
            r"The number of compositions is $\boxed{2^{n - 1}}$.",
        ),
        C,
    ),
    (
        "olympiad",
        "2^{n-1}",
        _qwen(r"Each of the $n$ positions can be a cut or not, so there are $2^n$ compositions.", ans="2^n"),
        W,
    ),
    (
        "olympiad",
        "2^{n-1}",
        _plain("With n + 1 possible cut points, the count is 2^(n+1).", ans="$2^{n+1}$"),
        W,
    ),
    (
        "olympiad",
        "2^{n-1}",
        _minerva(r"There are $n - 1$ gaps, each cut or not, giving $2^{n-1}$ compositions.", ans="2^{n-1}"),
        C,
    ),
    (
        "olympiad",
        "3",
        _r1(
            "AM-GM: (a + b + c)/3 >= (abc)^(1/3) = 1, so a + b + c >= 3, equality at a = b = c = 1.",
            r"The minimum value is $\boxed{3}$.",
        ),
        C,
    ),
    (
        "olympiad",
        "3",
        _qwen(r"The minimum is attained at $a = b = c = 1$, each equal to", ans="1"),
        W,
    ),
    (
        "olympiad",
        "3",
        _sky(
            "By AM-GM the sum is at least 3 times the cube root of abc, which is 3.",
            r"By AM-GM, $a + b + c \geq 3\sqrt[3]{abc} = 3$, with equality when $a = b = c = 1$. The minimum is "
            r"$\boxed{3}$.",
        ),
        C,
    ),
    (
        "olympiad",
        r"\frac{1}{4}",
        _gpt(r"$x(1 - x) = \frac14 - \left(x - \frac12\right)^2 \le \frac14$.", ans="0.25"),
        C,
    ),
    (
        "olympiad",
        r"\frac{1}{4}",
        _r1(
            "x(1 - x) is a downward parabola with vertex at x = 1/2.",
            r"The maximum occurs at $x = \frac{1}{2}$, so the answer is $\boxed{\frac{1}{2}}$.",
        ),
        W,
    ),
    (
        "olympiad",
        r"\frac{1}{4}",
        _qwen(r"Completing the square, $x - x^2 = \frac{1}{4} - \left(x - \frac{1}{2}\right)^2$.", ans=r"\frac{1}{4}"),
        C,
    ),
    (
        "olympiad",
        "n = 2",
        _r1(
            "3^n + 4^n = 5^n. n = 1: 7 vs 5. n = 2: 9 + 16 = 25. Yes. For n > 2, (3/5)^n + (4/5)^n is decreasing and "
            "equals 1 at n = 2, so it's < 1 for n > 2.",
            r"The only solution is $\boxed{2}$.",
        ),
        C,
    ),
    (
        "olympiad",
        "n = 2",
        _gpt(
            r"Dividing by $5^n$, $\left(\frac35\right)^n + \left(\frac45\right)^n = 1$, and the left side is "
            r"strictly decreasing.",
            ans="n=2",
        ),
        C,
    ),
    (
        "olympiad",
        "n = 2",
        _qwen(r"The Pythagorean triple $(3, 4, 5)$ suggests the next case, $n = 3$.", ans="n = 3"),
        W,
    ),
    (
        "olympiad",
        r"\sqrt{2}",
        _qwen(r"The ratio of the diagonal to the side of a square is $\sqrt2$.", ans=r"\sqrt2"),
        C,
    ),
    (
        "olympiad",
        r"\sqrt{2}",
        _r1("The ratio of the areas is 2, so the ratio of lengths is... also 2.", r"$\boxed{2}$"),
        W,
    ),
    (
        "olympiad",
        "2024",
        _r1(
            "The sequence satisfies a_{n+1} - a_n = 1 after the first step, so a_2024 = 2024.",
            r"$\boxed{2024}$",
        ),
        C,
    ),
    (
        "olympiad",
        "2024",
        _qwen(r"By induction $a_n = n - 1$ for all $n$, so $a_{2024} = 2023$.", ans="2023"),
        W,
    ),
    (
        "olympiad",
        r"\{1, 3\}",
        _gpt(r"The equation $n^2 - 4n + 3 = (n - 1)(n - 3) = 0$ has roots $1$ and $3$.", ans=r"\{3, 1\}"),
        C,
    ),
    (
        "olympiad",
        r"\{1, 3\}",
        _r1("(n - 1)(n - 3) = 0, n = 1 or 3.", r"The set of solutions is $\boxed{\{1, 3\}}$."),
        C,
    ),
    (
        "olympiad",
        r"\{1, 3\}",
        _qwen(r"Factoring, $n^2 - 4n + 3 = (n - 1)(n + 3)$.", ans=r"\{1, -3\}"),
        W,
    ),
    (
        "olympiad",
        r"\frac{n(n+1)}{2}",
        "<think>\nLet me count small cases first. For n = 1 the total is 1, for n = 2 it is 1 + 2 = 3, for n = 3 it "
        "is "
        "3 + 3 = 6. This looks like",
        T,
    ),
    (
        "olympiad",
        "3",
        "By the AM-GM inequality, $\\frac{a + b + c}{3} \\geq \\sqrt[3]{abc}$, and since $abc = 1$ we get",
        T,
    ),
]


_MORE: list[tuple[str, str, str, str]] = [
    (
        "algebra",
        r"\left( 2, -1 \right)",
        _qwen(r"Adding $2x + y = 3$ and $x - y = 3$ gives $3x = 6$, so $x = 2$ and $y = -1$.", ans="(2, -1)"),
        C,
    ),
    (
        "algebra",
        r"-\frac{3}{2}",
        _plain("2x + 3 = 0, so 2x = -3 and x = -3/2 = -1.5.", ans="-1.5"),
        C,
    ),
    (
        "algebra",
        "3x^2 - 5x + 2",
        _gpt(
            r"$(3x - 2)(x - 1) = 3x^2 - 3x - 2x + 2$. Collecting the terms in increasing degree:", ans="2 - 5x + 3x^2"
        ),
        C,
    ),
    (
        "algebra",
        "12",
        _j(
            "Three quarters of 16 means $\\frac{3}{4} \\times 16 = 3 \\times 4$.",
            "Therefore, the answer is 12.",
        ),
        C,
    ),
    (
        "algebra",
        "12",
        _j(
            "The problem gives the fraction of the students who walk, but not the size of the class.",
            "I'm not able to determine a unique value without knowing the total. Could you clarify the problem?",
        ),
        W,
    ),
    (
        "counting_probability",
        r"\frac{1}{2}",
        _r1(
            "Two fair coin flips, exactly one head: HT or TH, 2 of 4 outcomes.",
            r"The probability is $\boxed{\frac{1}{2}}$.",
            "Let me double-check by listing the outcomes: HH, HT, TH, TT. Exactly one head: HT, TH, so 2 of",
        ),
        C,
    ),
    (
        "counting_probability",
        "210",
        _j(
            "We choose 4 books out of 10 without regard to order, so we need $\\binom{10}{4} = \\frac{10 \\cdot 9 "
            "\\cdot "
            "8 \\cdot 7}{24}$.",
            "So there are **210** ways to choose the books.",
        ),
        C,
    ),
    (
        "geometry",
        r"30^\circ",
        _gpt(
            r"Complementary angles add to $90^\circ$, so the complement of $60^\circ$ is $90^\circ - 60^\circ$.",
            ans=r"30^\circ",
        ),
        C,
    ),
    (
        "geometry",
        r"30^\circ",
        _r1("Complement of 60 degrees: 90 - 60 = 30.", r"$\boxed{30}$"),
        C,
    ),
    (
        "geometry",
        r"6\sqrt{3}",
        _qwen(
            r"The altitude of an equilateral triangle with side $12$ is $\frac{\sqrt{3}}{2} \cdot 12$.",
            ans=r"6\sqrt 3",
        ),
        C,
    ),
    (
        "geometry",
        r"\frac{25\pi}{4}",
        _gpt(r"The radius is $\frac{5}{2}$, so $A = \pi \left(\frac{5}{2}\right)^2$.", ans=r"\frac{25}{4}\pi"),
        C,
    ),
    (
        "geometry",
        r"\frac{25\pi}{4}",
        _plain(r"r = 5/2 = 2.5, so the area is $\pi (2.5)^2 = 6.25\pi$.", ans=r"$6.25\pi$"),
        C,
    ),
    (
        "geometry",
        "54",
        _j(
            "The surface area depends on the edge of the cube shown in the figure.",
            "Without the figure I can't finish this computation; if you can share the edge length I'll complete it.",
        ),
        W,
    ),
    (
        "intermediate_algebra",
        r"(-\infty, -1) \cup (1, \infty)",
        _qwen(r"$x^2 > 1$ means $|x| > 1$.", ans=r"x < -1 \text{ or } x > 1"),
        C,
    ),
    (
        "intermediate_algebra",
        r"(-\infty, -1) \cup (1, \infty)",
        _r1("x^2 - 1 > 0, (x - 1)(x + 1) > 0, outside the roots.", r"$\boxed{(1, \infty) \cup (-\infty, -1)}$"),
        C,
    ),
    (
        "intermediate_algebra",
        r"[0, \infty)",
        _gpt(
            r"Since $x^2 \ge 0$ for every real $x$ and every $t \ge 0$ equals $(\sqrt{t})^2$, the range is",
            ans=r"\left[0, \infty\right)",
        ),
        C,
    ),
    (
        "number_theory",
        "8",
        _j(
            "The digit sum of 2024 is $2 + 0 + 2 + 4 = 8$, so the remainder on division by 9 is 8.",
            "Check: $9 \\times 224 = 2016$ and $2024 - 2016 = 8$. ✓",
        ),
        C,
    ),
    (
        "number_theory",
        r"\text{even}",
        _j(
            "The sum $1 + 2 + \\cdots + 99 = \\frac{99 \\cdot 100}{2} = 4950$.",
            "Since 4950 ends in 0, the sum is **even**.",
        ),
        C,
    ),
    (
        "number_theory",
        r"\text{even}",
        _r1("Sum 1 to 99 is 4950, divisible by 2.", r"$\boxed{\text{Even}}$"),
        C,
    ),
    (
        "prealgebra",
        r"\$4.75",
        _qwen(r"The change is $20 - 15.25 = 4.75$ dollars.", ans=r"\$4.75"),
        C,
    ),
    (
        "prealgebra",
        r"\$4.75",
        _plain("20.00 - 15.25 = 4.75", ans="4.75 dollars"),
        C,
    ),
    (
        "prealgebra",
        r"\frac{3}{5}",
        _gsm("12 of the 20 marbles are red.", "12 / 20 = 0.6", ans="0.6"),
        C,
    ),
    (
        "precalculus",
        r"\left( -\frac{\sqrt{2}}{2}, \frac{\sqrt{2}}{2} \right)",
        _qwen(
            r"$x = \cos\frac{3\pi}{4} = -\frac{\sqrt2}{2}$ and $y = \sin\frac{3\pi}{4} = \frac{\sqrt2}{2}$.",
            ans=r"(-\frac{\sqrt2}{2}, \frac{\sqrt2}{2})",
        ),
        C,
    ),
    (
        "precalculus",
        r"\frac{\pi}{4}",
        _gpt(
            r"$\tan\frac{\pi}{4} = 1$ and $\frac{\pi}{4} \in \left(-\frac{\pi}{2}, \frac{\pi}{2}\right)$.",
            ans=r"\dfrac{\pi}{4}",
        ),
        C,
    ),
    (
        "aime",
        "204",
        _r1(
            "Squares on an 8 x 8 board: k x k squares number (9 - k)^2. Sum over k = 1..8: 64 + 49 + 36 + 25 + 16 + "
            "9 + 4 + 1. 64 + 49 = 113, + 36 = 149, + 25 = 174, + 16 = 190, + 9 = 199, + 4 = 203, + 1 = 204. Hmm, I "
            "first wrote 240 in my head, but the running total says 204.",
            r"So the board contains $\boxed{204}$ squares.",
        ),
        C,
    ),
    (
        "aime",
        "720",
        _j("The six distinct letters can be arranged in $6! = 720$ ways.", "**720**"),
        C,
    ),
    (
        "amc",
        r"\textbf{(C)}",
        _j(
            "The slope works out to $\\frac{3}{4}$, which matches option (C) in the list.",
            "The correct option is (C).",
        ),
        C,
    ),
    (
        "amc",
        "15",
        _plain("The pattern adds 3 each time: 3, 6, 9, 12, 15.", ans="15"),
        C,
    ),
    (
        "olympiad",
        r"\frac{\sqrt{5} - 1}{2}",
        _qwen(
            r"The positive root of $x^2 + x - 1 = 0$ is $x = \frac{-1 + \sqrt{5}}{2}$.", ans=r"\frac{-1 + \sqrt{5}}{2}"
        ),
        C,
    ),
    (
        "olympiad",
        "0",
        _sky(
            "Pair the terms k and -k; every pair cancels, and the middle term is 0.",
            r"All terms cancel in pairs, so the sum is $\boxed{0}$.",
        ),
        C,
    ),
    (
        "olympiad",
        "n^2",
        _r1(
            "Sum of the first n odd numbers: 1 + 3 + ... + (2n - 1) = n^2. Check n = 3: 1 + 3 + 5 = 9.",
            r"$\boxed{n^{2}}$",
        ),
        C,
    ),
    (
        "aime",
        "199",
        _r1(
            "166 + 66 - 33 = 199.",
            r"By inclusion-exclusion the count is $\boxed{199}$.",
            "To double-check, count the multiples of 30 again: 30, 60, ..., 990 is 33 numbers, so 166 + 66 - ",
        ),
        C,
    ),
    (
        "number_theory",
        "8",
        "<think>\nThe remainder of 2024 on division by 9 equals the remainder of its digit sum. The digits are 2, 0, "
        "2, "
        "4, and their sum is",
        T,
    ),
]


THIRTEENTH: list[tuple[str, str, str, str]] = [
    *_ALGEBRA,
    *_COUNTING,
    *_GEOMETRY,
    *_INTERMEDIATE,
    *_NUMBER_THEORY,
    *_PREALGEBRA,
    *_PRECALCULUS,
    *_AIME,
    *_AMC,
    *_OLYMPIAD,
    *_MORE,
]


# Rows the lead wrote while fixing THIRTEENTH's first-contact misses (in-sample), with negatives: a choice gold in
# `\mathrm{(A)}` / `\mathbf{(D)}` (it was read as text, so `\boxed{\textbf{(A)}}` was graded incorrect), and a
# closing "for every real x" on a functional-equation answer (the default domain: dropped; a narrower one is kept).
THIRTEENTH_FIXES: list[tuple[str, str, str, str]] = [
    (
        "amc",
        "\\mathrm{(A)}",
        "Only (A) leaves remainder 1 mod 4.\n\nThe answer is $\\boxed{\\textbf{(A)}}$.",
        "correct",
    ),
    ("amc", "\\mathrm{(A)}", "Only (A) leaves remainder 1 mod 4.\n\nThe answer is $\\boxed{A}$.", "correct"),
    (
        "amc",
        "\\mathrm{(A)}",
        "Only (B) leaves remainder 1 mod 4.\n\nThe answer is $\\boxed{\\textbf{(B)}}$.",
        "incorrect",
    ),
    ("amc", "\\mathbf{(D)}", "Checking the five options, only (D) is prime.\n\nThe answer is (D).", "correct"),
    ("amc", "\\mathbf{(D)}", "Checking the five options, only (E) is prime.\n\nThe answer is (E).", "incorrect"),
    (
        "olympiad",
        "f(x) = x",
        "So $f$ is the identity.\n\n$$\\boxed{f(x) = x \\text{ for all } x \\in \\mathbb{R}}$$",
        "correct",
    ),
    ("olympiad", "f(x) = x", "So $f$ is the identity.\n\n$$\\boxed{f(x) = x \\text{ for all real } x}$$", "correct"),
    (
        "olympiad",
        "f(x) = x",
        "So $f$ is the identity.\n\n$$\\boxed{f(x) = x \\quad \\forall x \\in \\mathbb{R}}$$",
        "correct",
    ),
    (
        "olympiad",
        "f(x) = x^2",
        "Hence $f(x) = x^2$.\n\n$\\boxed{f(x) = x^2 \\text{ for all real numbers } x}$",
        "correct",
    ),
    (
        "olympiad",
        "f(x) = x",
        "So $f$ is minus the identity.\n\n$$\\boxed{f(x) = -x \\text{ for all } x \\in \\mathbb{R}}$$",
        "incorrect",
    ),
    (
        "olympiad",
        "f(x) = x",
        "So $f$ is the identity there.\n\n$$\\boxed{f(x) = x \\text{ for } x > 0}$$",
        "incorrect",
    ),
    (
        "olympiad",
        "f(x) = x",
        "So $f$ is the identity on integers.\n\n$$\\boxed{f(x) = x \\text{ for all } x \\in \\mathbb{Z}}$$",
        "incorrect",
    ),
]
