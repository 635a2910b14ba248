"""THIRTYNINTH: a held-out batch of labelled answer-verification pairs from a general long-CoT pool (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch39) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style, and the last 30 lines of outside_twentyninth.py, for the closing asserts),
and without running longcot, math-verify, a sympy-based grader or any other grader on any pair. Every pair was
labelled by hand (python used by hand to check the arithmetic only); pairs a reasonable grader could label either
way were left out (no bare decimal for an exact constant, no radians for a question asked in degrees, no
unsimplified fraction where a common fraction is asked, no bare value for a choice-letter gold). Committed before
any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The theme is a
fresh general pool drawn like a real long-CoT distillation set (NuminaMath, OpenR1-Math, DeepScaleR, MATH-500,
AIME/AMC-style): integers, fractions, radicals, expressions in a variable, intervals and unions, ordered pairs and
triples, root sets, angles, a closed form in n, money and percents, choice letters, and text answers (a weekday).
Each response models a long chain of thought (setup, a wrong turn, "Wait, let me recheck", a check) ending in one
of the distillation teachers' styles: a boxed sentence, a display box under **Final Answer**, "The answer is", a
bold **Answer:** line, the Minerva "Final Answer: The final answer is $x$. I hope it is correct.", `#### x`, a
"### Final Answer" heading (boxed and unboxed), a DeepSeek-R1 `<think>`...`</think>` block then a display box, a
Gemini "**Final Answer:**" line, a box followed by a chat remark, an answer only in a closing prose sentence, and
an earlier box overruled by a later one after a recheck (the last stated final answer wins).
Correct rows vary the form: `x =` prefixes, `\\dfrac`/`\\tfrac`/slash fractions, a repeating decimal for a
fraction, `8(x+1)` for `8x+8`, factored and expanded closed forms, `2 < x < 3` and set-builder for an interval,
"x < -2 or x > 4" in words, reordered root sets, `\\pm` against two listed roots, degree signs, `\\$66.00` and
"66 dollars", "4 percent", `\\textbf{(B)}` and "(B) 2", angle brackets and i-j-k form for a vector, and earlier
wrong boxes corrected by the recheck. The negatives lean on precision: about two thirds are hard, with the gold in
the text (an intermediate, a rejected candidate, or a right box overruled by a wrong recheck) while the final
answer is slightly off: a sign, a factor of two, off by one, a swapped pair, a closed endpoint, an extraneous or a
missing root, an extra element, the complementary interval, the exterior for the interior angle, a wrong letter,
the neighbouring weekday.
Each problem has one worked reasoning (`_X_G`), one flawed reasoning holding the gold (`_X_B`) and one flawed
reasoning without it (`_X_E`); `_two` appends an earlier box and a recheck, and `_half` keeps the first paragraphs
of the worked reasoning and stops mid-computation (a token limit). Rows are added per problem through `_add`,
which tags each negative as hard (H) or plain (P) in `_TALLY`; the question is in the comment above each problem.
24 problems in 14 categories; 189 rows: 101 correct, 72 incorrect, 16 truncated. Of the 72 negatives, 48 are hard
and 24 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYNINTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYNINTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A boxed closing sentence."""
    return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """A display box under **Final Answer**."""
    return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """`The answer is $a$.` with no box."""
    return r + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    """A bold **Answer:** line."""
    return r + "\n\n**Answer:** $" + a + "$"


def _mnv(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $a$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### a`."""
    return r + "\n#### " + a


def _head(r: str, a: str, box: bool = False) -> str:
    """A `### Final Answer` heading with the answer on the next line."""
    shown = "\\boxed{" + a + "}" if box else a
    return r + "\n\n### Final Answer\n$" + shown + "$"


def _r1(r: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then a display box."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nCollecting the steps worked out above gives the result.\n\n**Final Answer**\n\\[\n\\boxed{"
        + a
        + "}\n\\]"
    )


def _gem(r: str, a: str) -> str:
    """Gemini: a `**Final Answer:**` line."""
    return r + "\n\n**Final Answer:** $" + a + "$"


def _rem(r: str, a: str) -> str:
    """A box followed by a chat remark."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + a
        + "}$.\n\nI hope this helps! Let me know if you'd like me to go through any of the steps in more detail."
    )


def _say(r: str, sentence: str) -> str:
    """The answer only in a closing prose sentence."""
    return r + "\n\n" + sentence


def _o1(r: str, a: str) -> str:
    """o1/o3 style: the answer first in bold, then the reasoning as a short explanation."""
    return "**Answer: $" + a + "$**\n\nHow it comes out:\n\n" + r


def _two(r: str, first: str, recheck: str, final: str) -> str:
    """An earlier box, a recheck, and a later final answer that overrules it."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + first
        + "}$.\n\nWait, let me recheck. "
        + _t(recheck)
        + "\n\nSo the final answer is $\\boxed{"
        + final
        + "}$."
    )


def _half(r: str, n: int, tail: str) -> str:
    """The first n paragraphs of a reasoning, then a paragraph cut off mid-computation (a token limit)."""
    return "\n\n".join(r.split("\n\n")[:n] + [_t(tail)])


# 1. How many positive divisors does 720 have?
_A_G = _t(r"""
Let me factor 720 first. $720 = 72 \cdot 10 = 8 \cdot 9 \cdot 10 = 2^3 \cdot 3^2 \cdot 2 \cdot 5$, so
$720 = 2^4 \cdot 3^2 \cdot 5$.

The number of divisors is the product of (exponent + 1) over the primes: $(4+1)(2+1)(1+1)$. Hmm, at first I wrote
$2^3$ for the power of two, which would give $4 \cdot 3 \cdot 2 = 24$. Wait, let me recheck: $2^4 = 16$ and
$16 \cdot 45 = 720$, yes, so the exponent is 4.

So the count is $5 \cdot 3 \cdot 2 = 30$. Sanity check with pairs: $1 \cdot 720, 2 \cdot 360, 3 \cdot 240,
4 \cdot 180, 5 \cdot 144, 6 \cdot 120, 8 \cdot 90, 9 \cdot 80, 10 \cdot 72, 12 \cdot 60, 15 \cdot 48, 16 \cdot 45,
18 \cdot 40, 20 \cdot 36, 24 \cdot 30$: that is 15 pairs, 30 divisors.
""")
_A_B = _t(r"""
$720 = 2^4 \cdot 3^2 \cdot 5$, so the divisor count formula gives $(4+1)(2+1)(1+1) = 30$.

But the question asks about divisors of 720, and I think the intended count excludes 720 itself, since a number is
not usually listed among its own divisors in these problems. Removing it leaves $30 - 1 = 29$.
""")
_A_E = _t(r"""
$720 = 2^3 \cdot 3^2 \cdot 10$, and treating $10$ as one more factor, the count is $(3+1)(2+1)(1+1) = 24$.

Checking a few: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, ... this looks consistent with 24.
""")
_add(
    "integer",
    "30",
    [
        (C, _box(_A_G, "30")),
        (C, _r1(_A_G, "30")),
        (C, _gsm(_A_G, "30")),
        (
            C,
            _two(
                _A_E,
                "24",
                r"""$2^3 \cdot 3^2 \cdot 10 = 720$ but $10 = 2 \cdot 5$ is not prime, so the
        factorisation is $2^4 \cdot 3^2 \cdot 5$ and the count is $5 \cdot 3 \cdot 2 = 30$.""",
                "30",
            ),
        ),
        (H, _fa(_A_B, "29")),
        (H, _two(_A_G, "30", r"""Divisors here should be proper divisors, so I drop 720 itself: 29.""", "29")),
        (P, _is(_A_E, "24")),
        (T, _half(_A_G, 1, r"The number of divisors is the product of (exponent + 1), which is $(4+1)(2+1)")),
    ],
)

# 2. Two fair dice are rolled. What is the probability that the sum is 8?
_B_G = _t(r"""
There are $36$ equally likely ordered outcomes. The pairs with sum 8 are $(2,6), (3,5), (4,4), (5,3), (6,2)$.

I almost counted $(1,7)$ too, but 7 is not a face. So there are 5 favourable outcomes.

Wait, let me recheck $(4,4)$: it is one ordered outcome, not two, so 5 is right. The probability is $5/36$.
""")
_B_B = _t(r"""
The ordered pairs with sum 8 are $(2,6), (3,5), (4,4), (5,3), (6,2)$, which would give $\frac{5}{36}$.

Hmm, but the dice are identical, so I should count unordered outcomes: $\{2,6\}, \{3,5\}, \{4,4\}$, that is 3
outcomes out of $\binom{6}{2} + 6 = 21$ unordered rolls. So the probability is $\frac{3}{21} = \frac{1}{7}$.
""")
_B_E = _t(r"""
Sums from 2 to 12 are possible, and 8 is one of them. The ways to get 8: $(2,6), (3,5), (4,4), (5,3), (6,2),$ and
I'll count $(4,4)$ twice since either die can be the first 4, giving 6 outcomes out of 36, i.e. $\frac{1}{6}$.
""")
_add(
    "fraction",
    r"\frac{5}{36}",
    [
        (C, _box(_B_G, r"\frac{5}{36}")),
        (C, _bold(_B_G, r"\dfrac{5}{36}")),
        (C, _mnv(_B_G, "5/36")),
        (C, _gem(_B_G, r"0.13\overline{8}")),
        (
            C,
            _two(
                _B_B,
                r"\frac{1}{7}",
                r"""The unordered outcomes are not equally likely: $\{4,4\}$ has probability
        $1/36$ but $\{2,6\}$ has $2/36$. With ordered outcomes the count is 5 out of 36.""",
                r"\frac{5}{36}",
            ),
        ),
        (H, _is(_B_B, r"\frac{1}{7}")),
        (
            H,
            _two(
                _B_G,
                r"\frac{5}{36}",
                r"""The dice are indistinguishable, so only 3 unordered sums out of 21.""",
                r"\frac{1}{7}",
            ),
        ),
        (P, _fa(_B_E, r"\frac{1}{6}")),
        (T, _half(_B_G, 1, r"I almost counted $(1,7)$ too, but 7 is not a face. So the favourable count is")),
    ],
)

# 3. Simplify sqrt(50) + sqrt(18).
_C_G = _t(r"""
$\sqrt{50} = \sqrt{25 \cdot 2} = 5\sqrt{2}$ and $\sqrt{18} = \sqrt{9 \cdot 2} = 3\sqrt{2}$.

Adding like radicals: $5\sqrt{2} + 3\sqrt{2} = 8\sqrt{2}$. Check numerically: $\sqrt{50} \approx 7.071$,
$\sqrt{18} \approx 4.243$, sum $\approx 11.314$, and $8 \cdot 1.41421 \approx 11.314$. Good.
""")
_C_B = _t(r"""
$\sqrt{50} = 5\sqrt{2}$, $\sqrt{18} = 3\sqrt{2}$, so the sum is $8\sqrt{2}$.

Hmm, but one could also write $\sqrt{50} + \sqrt{18} = \sqrt{68}$ and then $\sqrt{68} = 2\sqrt{17}$. Let me go with
the single-radical form: $2\sqrt{17}$.
""")
_C_E = _t(r"""
$\sqrt{50} = 5\sqrt{2}$ and $\sqrt{18} = 2\sqrt{3}$ since $18 = 6 \cdot 3$... so the sum is $5\sqrt{2} + 2\sqrt{3}$,
which does not combine further.
""")
_add(
    "radical",
    r"8\sqrt{2}",
    [
        (C, _box(_C_G, r"8\sqrt{2}")),
        (C, _head(_C_G, r"8\sqrt2")),
        (C, _say(_C_G, r"Hence $\sqrt{50} + \sqrt{18}$ simplifies to $\sqrt{128} = 8\sqrt{2}$.")),
        (
            C,
            _two(
                _C_E,
                r"5\sqrt{2} + 2\sqrt{3}",
                r"""$\sqrt{18} = \sqrt{9 \cdot 2} = 3\sqrt{2}$, not $2\sqrt{3}$
        (that would be $\sqrt{12}$). So the sum is $8\sqrt{2}$.""",
                r"8\sqrt{2}",
            ),
        ),
        (H, _fa(_C_B, r"2\sqrt{17}")),
        (
            H,
            _two(
                _C_G,
                r"8\sqrt{2}",
                r"Combining under one root: $\sqrt{50 + 18} = \sqrt{68} = 2\sqrt{17}$.",
                r"2\sqrt{17}",
            ),
        ),
        (P, _is(_C_E, r"5\sqrt{2} + 2\sqrt{3}")),
    ],
)

# 4. Simplify (x + 3)^2 - (x - 1)^2.
_D_G = _t(r"""
Expand each square: $(x+3)^2 = x^2 + 6x + 9$ and $(x-1)^2 = x^2 - 2x + 1$.

Subtract: $x^2 + 6x + 9 - x^2 + 2x - 1 = 8x + 8$. At first I wrote $-2x$ with the wrong sign and got $4x + 8$;
wait, let me recheck: minus $(-2x)$ is $+2x$, so $6x + 2x = 8x$.

Cross-check with difference of squares: $(a-b)(a+b)$ with $a = x+3$, $b = x-1$: $(4)(2x + 2) = 8x + 8$. Also at
$x = 0$: $9 - 1 = 8$. Good.
""")
_D_B = _t(r"""
Difference of squares: $\big((x+3) - (x-1)\big)\big((x+3) + (x-1)\big) = 4 \cdot (2x + 2) = 8x + 8$.

Hmm, let me expand directly to double-check: $x^2 + 6x + 9 - (x^2 - 2x + 1) = x^2 + 6x + 9 - x^2 - 2x - 1 = 4x + 8$.
The direct expansion is more reliable, so I'll go with $4x + 8$.
""")
_D_E = _t(r"""
$(x+3)^2 - (x-1)^2 = (x^2 + 9) - (x^2 + 1) = 8$, since the squares of sums just square each term.
""")
_add(
    "expression",
    "8x+8",
    [
        (C, _box(_D_G, "8x + 8")),
        (C, _rem(_D_G, "8(x+1)")),
        (C, _gsm(_D_G, "8x+8")),
        (
            C,
            _two(
                _D_B,
                "4x + 8",
                r"""$-(x^2 - 2x + 1) = -x^2 + 2x - 1$, so the $x$ terms are $6x + 2x = 8x$.
        The expansion agrees with the factoring: $8x + 8$.""",
                "8x + 8",
            ),
        ),
        (H, _bold(_D_B, "4x + 8")),
        (H, _two(_D_G, "8x+8", r"""Expanding once more: $x^2 + 6x + 9 - x^2 - 2x - 1 = 4x + 8$.""", "4x+8")),
        (P, _mnv(_D_E, "8")),
        (T, _half(_D_G, 1, r"Subtract: $x^2 + 6x + 9 - x^2 + 2x - 1 = $")),
    ],
)

# 5. Solve x^2 - 5x + 6 < 0.
_E_G = _t(r"""
Factor: $x^2 - 5x + 6 = (x - 2)(x - 3)$. The roots are 2 and 3, and the parabola opens upward, so it is negative
strictly between the roots.

Test $x = 2.5$: $(0.5)(-0.5) < 0$, yes. Test $x = 0$: $6 > 0$. The endpoints give 0, which is not $< 0$, so they are
excluded. The solution set is the open interval $(2, 3)$.
""")
_E_B = _t(r"""
$(x-2)(x-3) < 0$ holds between the roots, i.e. on $(2, 3)$.

Hmm, but the roots themselves are where the expression changes sign, so I'll include them: the solution is
$[2, 3]$.
""")
_E_E = _t(r"""
$(x-2)(x-3) < 0$. The parabola opens upward, so it is negative outside the roots: $x < 2$ or $x > 3$.
""")
_add(
    "interval",
    "(2,3)",
    [
        (C, _box(_E_G, "(2, 3)")),
        (C, _is(_E_G, "2 < x < 3")),
        (C, _fa(_E_G, r"x \in (2,3)")),
        (C, _r1(_E_G, r"\{x \mid 2 < x < 3\}")),
        (
            C,
            _two(
                _E_B,
                "[2, 3]",
                r"""At $x = 2$ the expression equals 0, and $0 < 0$ is false, so the endpoints
        are excluded: $(2, 3)$.""",
                "(2, 3)",
            ),
        ),
        (H, _gem(_E_B, "[2,3]")),
        (H, _two(_E_G, "(2,3)", "The endpoints are roots, so they belong to the solution set: $[2,3]$.", "[2,3]")),
        (P, _box(_E_E, r"(-\infty, 2) \cup (3, \infty)")),
    ],
)

# 6. Solve |x - 1| > 3.
_F_G = _t(r"""
$|x - 1| > 3$ means $x - 1 > 3$ or $x - 1 < -3$, i.e. $x > 4$ or $x < -2$.

Check: $x = 5$ gives $4 > 3$, yes; $x = 0$ gives $1$, no; $x = -3$ gives $4$, yes; $x = 4$ gives exactly 3, not
greater, so 4 is excluded, and likewise $-2$. Solution: $(-\infty, -2) \cup (4, \infty)$.
""")
_F_B = _t(r"""
$|x - 1| > 3$ gives $x > 4$ or $x < -2$, so $(-\infty, -2) \cup (4, \infty)$.

Hmm, wait, I should double-check the direction. $|x-1|$ is the distance from 1, and we want it bigger than 3...
I'll combine the two pieces into $-2 < x < 4$, i.e. $(-2, 4)$.
""")
_F_E = _t(r"""
$|x - 1| > 3$: $x - 1 > 3$ gives $x > 4$; $x - 1 > -3$ gives $x > -2$. Together: $x > -2$, i.e. $(-2, \infty)$.
""")
_add(
    "interval",
    r"(-\infty,-2)\cup(4,\infty)",
    [
        (C, _box(_F_G, r"(-\infty, -2) \cup (4, \infty)")),
        (C, _say(_F_G, r"So the inequality holds exactly when $x < -2$ or $x > 4$.")),
        (C, _head(_F_G, r"(-\infty,-2)\cup(4,+\infty)", box=True)),
        (
            C,
            _two(
                _F_E,
                r"(-2, \infty)",
                r"""The second case is $x - 1 < -3$, not $> -3$: so $x < -2$. The solution
        is $x < -2$ or $x > 4$.""",
                r"(-\infty,-2) \cup (4,\infty)",
            ),
        ),
        (H, _fa(_F_B, "(-2, 4)")),
        (
            H,
            _two(
                _F_G,
                r"(-\infty,-2)\cup(4,\infty)",
                r"""The boundary points $-2$ and $4$ satisfy $|x-1| = 3$, which
        I'll count: $(-\infty, -2] \cup [4, \infty)$.""",
                r"(-\infty,-2]\cup[4,\infty)",
            ),
        ),
        (P, _mnv(_F_E, r"(-2,\infty)")),
        (T, _half(_F_G, 1, r"Check: $x = 5$ gives $4 > 3$, yes; $x = 0$ gives $1$, no; $x = -3$ gives")),
    ],
)

# 7. Solve the system 2x + y = 7, x - y = 2. Give (x, y).
_G_G = _t(r"""
Add the equations: $3x = 9$, so $x = 3$. Then $y = x - 2 = 1$.

Check: $2 \cdot 3 + 1 = 7$ and $3 - 1 = 2$. Both hold. So $(x, y) = (3, 1)$.
""")
_G_B = _t(r"""
Adding: $3x = 9$, $x = 3$, and $y = 1$, so the point $(3, 1)$.

Let me write it in the order the variables were solved... Actually I solved for $y$ in terms of $x$ first, so
listing $y$ first: $(1, 3)$.
""")
_G_E = _t(r"""
From the second equation $y = 2 - x$. Substituting: $2x + 2 - x = 7$, $x = 5$, $y = -3$.
""")
_add(
    "tuple",
    "(3,1)",
    [
        (C, _box(_G_G, "(3, 1)")),
        (C, _bold(_G_G, "x = 3,\\ y = 1")),
        (C, _gsm(_G_G, "(3,1)")),
        (
            C,
            _two(
                _G_E,
                "(5, -3)",
                r"""From $x - y = 2$, $y = x - 2$, not $2 - x$. Then $2x + x - 2 = 7$, $x = 3$,
        $y = 1$.""",
                "(3, 1)",
            ),
        ),
        (H, _fa(_G_B, "(1, 3)")),
        (
            H,
            _two(
                _G_G, "(3,1)", r"""Substituting back: $y = x - 2$... with $x = 3$, $y = -1$. So $(3, -1)$.""", "(3,-1)"
            ),
        ),
        (P, _is(_G_E, "(5, -3)")),
    ],
)

# 8. Find all roots of x^3 - 6x^2 + 11x - 6 = 0.
_H_G = _t(r"""
Try small integer roots (divisors of 6). $x = 1$: $1 - 6 + 11 - 6 = 0$. So $x - 1$ is a factor.

Divide: $x^3 - 6x^2 + 11x - 6 = (x - 1)(x^2 - 5x + 6) = (x-1)(x-2)(x-3)$.

Check $x = 3$: $27 - 54 + 33 - 6 = 0$. And by Vieta the roots sum to 6: $1 + 2 + 3 = 6$, product $6$. The roots
are $1, 2, 3$.
""")
_H_B = _t(r"""
$x = 1$ is a root, and dividing gives $(x-1)(x^2 - 5x + 6)$, so the roots are $1, 2, 3$.

Hmm, wait, let me redo the division: $x^3 - 6x^2 + 11x - 6 \div (x - 1)$: $x^2$, then $-5x$, then $6$... I think
the quadratic is actually $x^2 - 5x - 6 = (x - 6)(x + 1)$, so the roots are $1, -1, 6$.
""")
_H_E = _t(r"""
$x = 1$ works. The rational root test allows $\pm1, \pm2, \pm3, \pm6$; checking $x = 2$: $8 - 24 + 22 - 6 = 0$.
$x = 6$: $216 - 216 + 66 - 6 = 60 \neq 0$. So the roots I find are $1$ and $2$.
""")
_add(
    "set",
    "1, 2, 3",
    [
        (C, _box(_H_G, "1, 2, 3")),
        (C, _fa(_H_G, r"x = 1,\ 2,\ 3")),
        (C, _is(_H_G, r"\{3, 1, 2\}")),
        (C, _r1(_H_G, "x=1, x=2, x=3")),
        (
            C,
            _two(
                _H_E,
                "1, 2",
                r"""A cubic has three roots; dividing by $(x-1)(x-2) = x^2 - 3x + 2$ leaves
        $x - 3$, so $x = 3$ is the third: $27 - 54 + 33 - 6 = 0$.""",
                "1, 2, 3",
            ),
        ),
        (H, _gem(_H_B, "1, -1, 6")),
        (H, _two(_H_G, r"1,2,3", r"""$x = 6$ should also be tested: the roots are $1, 2, 3, 6$.""", "1,2,3,6")),
        (P, _bold(_H_E, r"\{1, 2\}")),
        (T, _half(_H_G, 1, r"Divide: $x^3 - 6x^2 + 11x - 6 = (x - 1)(x^2 - ")),
    ],
)

# 9. What is the measure, in degrees, of an interior angle of a regular dodecagon?
_I_G = _t(r"""
The interior angles of an $n$-gon sum to $(n-2) \cdot 180^\circ$. For $n = 12$: $10 \cdot 180 = 1800^\circ$.

Each of the 12 equal angles is $1800 / 12 = 150^\circ$. Check with exterior angles: $360/12 = 30^\circ$, and
$180 - 30 = 150$. Consistent.
""")
_I_B = _t(r"""
Sum of interior angles: $(12 - 2) \cdot 180 = 1800$, and $1800/12 = 150$.

Hmm, but the question may be about the angle the polygon turns at each vertex; that is $360/12 = 30$ degrees,
and the turning angle is what people usually mean for a regular polygon's vertex angle. I'll give 30.
""")
_I_E = _t(r"""
Sum of interior angles: $12 \cdot 180 = 2160$, so each is $2160/12 = 180$... that can't be, so subtract 1:
$(12 - 1) \cdot 180 / 12 = 165$.
""")
_add(
    "angle",
    "150",
    [
        (C, _box(_I_G, r"150^\circ")),
        (C, _mnv(_I_G, "150")),
        (C, _say(_I_G, r"Each interior angle of a regular dodecagon measures $150$ degrees.")),
        (
            C,
            _two(
                _I_E,
                r"165^\circ",
                r"""The formula is $(n-2) \cdot 180$, so the sum is $1800$ and each angle
        is $150^\circ$.""",
                r"150^{\circ}",
            ),
        ),
        (H, _box(_I_B, r"30^\circ")),
        (H, _two(_I_G, "150^\\circ", r"""Using $(n-1)\cdot 180/n$ instead: $11 \cdot 15 = 165$.""", r"165^\circ")),
        (P, _gsm(_I_E, "165")),
        (T, _half(_I_G, 1, r"Each of the 12 equal angles is $1800 / 12 =")),
    ],
)


# 10. Find a closed form for the sum of k(k+1) for k = 1 to n.
_J_G = _t(r"""
$\sum k(k+1) = \sum k^2 + \sum k = \frac{n(n+1)(2n+1)}{6} + \frac{n(n+1)}{2}$.

Common denominator: $\frac{n(n+1)(2n+1) + 3n(n+1)}{6} = \frac{n(n+1)(2n+4)}{6} = \frac{n(n+1)(n+2)}{3}$.

Check $n = 2$: $1\cdot2 + 2\cdot3 = 8$, and $\frac{2 \cdot 3 \cdot 4}{3} = 8$. Check $n = 3$: $8 + 12 = 20$, and
$\frac{3\cdot4\cdot5}{3} = 20$. Good.
""")
_J_B = _t(r"""
Telescoping: $k(k+1) = \frac{1}{3}[k(k+1)(k+2) - (k-1)k(k+1)]$, so the sum is $\frac{n(n+1)(n+2)}{3}$.

Hmm, I recall the tetrahedral-type formula has a 6 in the denominator, $\frac{n(n+1)(n+2)}{6}$. Check $n=1$: gives
$1$... and $1 \cdot 2 = 2$. Hmm, that doesn't match, but the standard formula is with 6, so I'll trust that one:
$\frac{n(n+1)(n+2)}{6}$.
""")
_J_E = _t(r"""
$\sum k(k+1) = \sum k^2 + \sum k$, and $\sum k^2 = \frac{n(n+1)(2n+1)}{6}$; the extra $\sum k$ is small, so the
answer is essentially $\frac{n(n+1)(2n+1)}{6} + n$.
""")
_add(
    "closed_form",
    r"\frac{n(n+1)(n+2)}{3}",
    [
        (C, _box(_J_G, r"\frac{n(n+1)(n+2)}{3}")),
        (C, _fa(_J_G, r"\dfrac{n^3 + 3n^2 + 2n}{3}")),
        (C, _head(_J_G, r"\frac{n(n+1)(n+2)}{3}", box=True)),
        (
            C,
            _two(
                _J_B,
                r"\frac{n(n+1)(n+2)}{6}",
                r"""At $n = 1$ the sum is $2$, and only
        $\frac{1 \cdot 2 \cdot 3}{3} = 2$ matches; the 6 belongs to $\sum \binom{k+1}{2}$. So the denominator
        is 3.""",
                r"\frac{n(n+1)(n+2)}{3}",
            ),
        ),
        (H, _mnv(_J_B, r"\frac{n(n+1)(n+2)}{6}")),
        (
            H,
            _two(
                _J_G,
                r"\frac{n(n+1)(n+2)}{3}",
                r"""The standard identity is $\sum k(k+1) =
        \frac{n(n+1)(n+2)}{6}$.""",
                r"\frac{n(n+1)(n+2)}{6}",
            ),
        ),
        (P, _box(_J_E, r"\frac{n(n+1)(2n+1)}{6} + n")),
        (T, _half(_J_G, 1, r"Common denominator: $\frac{n(n+1)(2n+1) + 3n(n+1)}{6} = \frac{n(n+1)(")),
    ],
)

# 11. A jacket priced at $80 is discounted 25%, and then 10% sales tax is added to the discounted price. What is
# the final cost in dollars?
_K_G = _t(r"""
Discounted price: $80 \times 0.75 = 60$ dollars.

Tax is 10% of the discounted price: $60 \times 0.10 = 6$, so the total is $60 + 6 = 66$.

Double-check: $80 \times 0.75 \times 1.1 = 66$. The order of discount and tax doesn't matter for the product. The
final cost is \$66.
""")
_K_B = _t(r"""
$80 \times 0.75 = 60$, then with tax $60 \times 1.1 = 66$.

Hmm, but the net effect is 25% off and 10% on, so 15% off overall: $80 \times 0.85 = 68$. That's the cleaner way
to see it, so the final cost is \$68.
""")
_K_E = _t(r"""
The discount is $0.25 \times 80 = 20$, so the price is $60$. The tax is 10% of the original price, $8$, giving
$60 + 8 = 68$... no wait, I'll apply both to the original: $80 - 20 + 8 = 68$. Hmm, and rounding the tax up, 69.
""")
_add(
    "money",
    "66",
    [
        (C, _box(_K_G, r"\$66")),
        (C, _gsm(_K_G, "66")),
        (C, _bold(_K_G, r"\$66.00")),
        (C, _say(_K_G, "So the jacket costs 66 dollars in total.")),
        (
            C,
            _two(
                _K_B,
                r"\$68",
                r"""Percentages multiply, they don't add: $0.75 \times 1.1 = 0.825$, and
        $80 \times 0.825 = 66$.""",
                r"\$66",
            ),
        ),
        (H, _fa(_K_B, r"\$68")),
        (
            H,
            _two(
                _K_G, "66", r"""Combining the percentages: $-25\% + 10\% = -15\%$, so $80 \times 0.85 = 68$.""", "68"
            ),
        ),
        (P, _is(_K_E, r"\$69")),
    ],
)

# 12. A price rises by 20% and then falls by 20%. By what percent is the final price lower than the original?
_L_G = _t(r"""
Let the original be 100. After a 20% rise: 120. After a 20% fall: $120 \times 0.8 = 96$.

So the final price is 96, which is 4 lower than 100, a decrease of 4%. Check with the factor: $1.2 \times 0.8 =
0.96$. Yes, 4% lower.
""")
_L_B = _t(r"""
Start at 100. Up 20%: 120. Down 20%: 96. So the drop is $100 - 96 = 4$, i.e. 4%.

Hmm, but relative to the peak price 120, the drop is $24/120 = 20\%$... The question says lower than the original,
and the final price as a percentage of the original is 96%, so the answer is 96%.
""")
_L_E = _t(r"""
A 20% rise followed by a 20% fall cancel each other out, so the final price equals the original, 0% lower.
""")
_add(
    "percent",
    r"4\%",
    [
        (C, _box(_L_G, r"4\%")),
        (C, _gem(_L_G, r"4\%")),
        (C, _say(_L_G, "The final price is 4 percent lower than the original.")),
        (
            C,
            _two(
                _L_E,
                r"0\%",
                r"""Take 100: $100 \to 120 \to 96$. The 20% fall is taken of the larger number
        120, so the changes don't cancel; the final price is 4% lower.""",
                r"4\%",
            ),
        ),
        (H, _mnv(_L_B, r"96\%")),
        (H, _two(_L_G, r"4\%", r"The decrease from the peak is $24/120$, so 20%.", r"20\%")),
        (P, _fa(_L_E, r"0\%")),
        (T, _half(_L_G, 1, r"So the final price is 96, which is lower than 100 by")),
    ],
)

# 13. What is the remainder when 2^100 is divided by 7? (A) 1 (B) 2 (C) 4 (D) 5 (E) 6
_M_G = _t(r"""
Powers of 2 mod 7: $2, 4, 1, 2, 4, 1, \dots$ with period 3 since $2^3 = 8 \equiv 1$.

$100 = 3 \cdot 33 + 1$, so $2^{100} = (2^3)^{33} \cdot 2 \equiv 2 \pmod 7$.

Wait, let me recheck the exponent: $3 \cdot 33 = 99$, remainder 1. Yes. The remainder is 2, which is choice (B).
""")
_M_B = _t(r"""
$2^3 \equiv 1 \pmod 7$ and $100 = 99 + 1$, so $2^{100} \equiv 2$, which would be (B).

Hmm, but let me use $2^{100} = 4^{50}$ and $4^3 = 64 \equiv 1$; $50 = 48 + 2$, so $4^{50} \equiv 4^2 = 16 \equiv
2$... I'll instead use $4^{50} \equiv 4$ since 50 is even and $4^{\text{even}} \equiv 4$. That is choice (C).
""")
_M_E = _t(r"""
By Fermat, $2^6 \equiv 1 \pmod 7$. $100 = 6 \cdot 16 + 4$, so $2^{100} \equiv 2^4 = 16 \equiv 5$. Choice (D).
""")
_add(
    "choice",
    "B",
    [
        (C, _box(_M_G, r"\textbf{(B)}")),
        (C, _fa(_M_G, "B")),
        (C, _is(_M_G, r"\text{(B) } 2")),
        (
            C,
            _two(
                _M_E,
                r"\text{(D)}",
                r"""$16 \equiv 2 \pmod 7$, not 5: $16 - 14 = 2$. So $2^{100} \equiv 2$,
        choice (B).""",
                r"\text{(B)}",
            ),
        ),
        (H, _bold(_M_B, r"\textbf{(C)}")),
        (H, _two(_M_G, "B", r"""Using $4^{50}$ and the parity shortcut gives remainder 4.""", "C")),
        (P, _gsm(_M_E, "D")),
    ],
)

# 14. Today is Wednesday. What day of the week will it be 100 days from today?
_N_G = _t(r"""
Days repeat every 7. $100 = 7 \cdot 14 + 2$, so 100 days from now is the same weekday as 2 days from now.

Two days after Wednesday: Thursday, then Friday. Wait, let me recheck: $7 \cdot 14 = 98$, $100 - 98 = 2$. Yes, so
it will be Friday.
""")
_N_B = _t(r"""
$100 \bmod 7 = 2$, so two days after Wednesday, which is Friday.

Hmm, but "from today" might count today as day 1, so I should move only $2 - 1 = 1$ day: Thursday.
""")
_N_E = _t(r"""
$100 / 7 \approx 14.3$, so the remainder is 3, and three days after Wednesday is Saturday.
""")
_add(
    "text",
    r"\text{Friday}",
    [
        (C, _box(_N_G, r"\text{Friday}")),
        (C, _say(_N_G, "So 100 days from today it will be a Friday.")),
        (C, _bold(_N_G, r"\text{Friday}")),
        (
            C,
            _two(
                _N_E,
                r"\text{Saturday}",
                r"""$7 \cdot 14 = 98$, so the remainder is $2$, not 3. Two days after
        Wednesday is Friday.""",
                r"\text{Friday}",
            ),
        ),
        (H, _fa(_N_B, r"\text{Thursday}")),
        (
            H,
            _two(
                _N_G,
                r"\text{Friday}",
                r"Counting today as the first day, it moves one day: Thursday.",
                r"\text{Thursday}",
            ),
        ),
        (P, _is(_N_E, r"\text{Saturday}")),
        (T, _half(_N_G, 1, r"Two days after Wednesday: Thursday, then")),
    ],
)

# 15. How many zeros does 100! end with?
_O_G = _t(r"""
Trailing zeros come from factors of 10, and there are more 2s than 5s, so I count factors of 5.

$\lfloor 100/5 \rfloor = 20$ multiples of 5, and $\lfloor 100/25 \rfloor = 4$ multiples of 25 each contribute an
extra 5. $125 > 100$, so nothing more.

Total: $20 + 4 = 24$.
""")
_O_B = _t(r"""
Count fives: $\lfloor 100/5 \rfloor + \lfloor 100/25 \rfloor = 20 + 4 = 24$.

Hmm, but each multiple of 25 has two fives, and I only counted one extra... so 25, 50, 75, 100 need two more each
beyond the first count? That gives $20 + 2 \cdot 4 = 28$.
""")
_O_E = _t(r"""
Every multiple of 10 up to 100 gives a zero: $10, 20, \dots, 100$ is 10 zeros, and 100 gives an extra one, so 11.
Also multiples of 5 times even numbers... roughly doubling, about 20.
""")
_add(
    "integer",
    "24",
    [
        (C, _box(_O_G, "24")),
        (C, _mnv(_O_G, "24")),
        (C, _rem(_O_G, "24")),
        (C, _r1(_O_G, "24")),
        (
            C,
            _two(
                _O_B,
                "28",
                r"""$\lfloor 100/5 \rfloor$ already counts the first five of 25, 50, 75, 100, and
        $\lfloor 100/25 \rfloor$ counts the second, so each is counted twice in all: $20 + 4 = 24$.""",
                "24",
            ),
        ),
        (H, _gem(_O_B, "28")),
        (
            H,
            _two(_O_G, "24", r"""The multiples of 25 carry two fives each, to be added twice: $20 + 8 = 28$.""", "28"),
        ),
        (P, _head(_O_E, "20")),
        (T, _half(_O_G, 2, r"Total: $20 + 4")),
    ],
)

# 16. Find the last three digits of 2^2026.
_P_G = _t(r"""
I need $2^{2026} \bmod 1000$. Split $1000 = 8 \cdot 125$. Mod 8: $2^{2026} \equiv 0$.

Mod 125: $\varphi(125) = 100$, so $2^{2026} \equiv 2^{26} \pmod{125}$. $2^{10} = 1024 \equiv 24$, $2^{20} \equiv
576 \equiv 76$, $2^{26} = 2^{20} \cdot 64 \equiv 76 \cdot 64 = 4864 \equiv 4864 - 38 \cdot 125 = 114$.

Now find $x \equiv 0 \pmod 8$, $x \equiv 114 \pmod{125}$: candidates $114, 239, 364, 489, 614, 739, 864$. $864 = 8
\cdot 108$. So the last three digits are 864.
""")
_P_B = _t(r"""
Mod 125, $2^{2026} \equiv 2^{26} \equiv 114$, and mod 8 it is 0, which leads to $864$.

Hmm, let me double check with the period of 2 mod 1000, which is 100 (from $2^{103} \equiv 2^3$). Then $2^{2026}
\equiv 2^{26}$... $2^{26} = 67108864$, last three digits 864. But the period starts at $2^3$, so I should use
$2^{2025}$'s offset: $2^{25} = 33554432$, ending 432.
""")
_P_E = _t(r"""
Powers of 2 end in cycles: the last digit cycles 2, 4, 8, 6 with period 4. Extending to three digits with period
20, $2026 \equiv 6 \pmod{20}$, so $2^{2026}$ ends like $2^6 = 64$, i.e. 064.
""")
_add(
    "integer",
    "864",
    [
        (C, _box(_P_G, "864")),
        (C, _fa(_P_G, "864")),
        (C, _gsm(_P_G, "864")),
        (
            C,
            _two(
                _P_E,
                "064",
                r"""The period of 2 mod 125 is 100, not 20: $2^{20} \equiv 76 \not\equiv 1$. With CRT
        as above, the residue is 864.""",
                "864",
            ),
        ),
        (H, _is(_P_B, "432")),
        (
            H,
            _two(
                _P_G, "864", r"Adjusting for the cycle starting at $2^3$: the ending is that of $2^{25}$, 432.", "432"
            ),
        ),
        (P, _bold(_P_E, "64")),
        (T, _half(_P_G, 2, r"Now find $x \equiv 0 \pmod 8$, $x \equiv 114 \pmod{125}$: candidates $114, 239, 364,")),
    ],
)


# 17. Find the inverse of f(x) = (2x + 1)/(x - 3).
_Q_G = _t(r"""
Set $y = \frac{2x+1}{x-3}$ and solve for $x$: $y(x - 3) = 2x + 1$, so $yx - 3y = 2x + 1$.

Collect the $x$ terms: $x(y - 2) = 3y + 1$, hence $x = \frac{3y+1}{y-2}$. Swapping names,
$f^{-1}(x) = \frac{3x+1}{x-2}$.

Check: $f(0) = -\frac{1}{3}$, and $f^{-1}(-\frac13) = \frac{-1 + 1}{-\frac13 - 2} = 0$. Good.
""")
_Q_B = _t(r"""
$y(x-3) = 2x + 1 \Rightarrow x(y-2) = 3y + 1 \Rightarrow x = \frac{3y+1}{y-2}$, so $f^{-1}(x) = \frac{3x+1}{x-2}$.

Hmm, wait, moving $-3y$ across: $yx - 2x = 1 - 3y$? Let me redo it that way: $x(y - 2) = 1 - 3y$... no, I think
the sign goes the other way: $x = \frac{3x - 1}{x - 2}$ after renaming. I'll go with $\frac{3x-1}{x-2}$.
""")
_Q_E = _t(r"""
The inverse of a fraction flips it: $f^{-1}(x) = \frac{x-3}{2x+1}$.
""")
_add(
    "expression",
    r"\frac{3x+1}{x-2}",
    [
        (C, _box(_Q_G, r"f^{-1}(x) = \frac{3x+1}{x-2}")),
        (C, _fa(_Q_G, r"\frac{3x+1}{x-2}")),
        (C, _gem(_Q_G, r"f^{-1}(x)=\dfrac{1+3x}{x-2}")),
        (
            C,
            _two(
                _Q_E,
                r"\frac{x-3}{2x+1}",
                r"""That is the reciprocal, not the inverse: $f(0) = -\frac13$ but
        the reciprocal at $-\frac13$ is $\frac{-10/3}{1/3} = -10 \ne 0$. Solving $y(x-3) = 2x+1$ properly gives
        $\frac{3x+1}{x-2}$.""",
                r"\frac{3x+1}{x-2}",
            ),
        ),
        (H, _is(_Q_B, r"\frac{3x-1}{x-2}")),
        (
            H,
            _two(
                _Q_G,
                r"\frac{3x+1}{x-2}",
                r"The sign on the constant flips when it crosses: $\frac{3x-1}{x-2}$.",
                r"\frac{3x-1}{x-2}",
            ),
        ),
        (P, _mnv(_Q_E, r"\frac{x-3}{2x+1}")),
        (T, _half(_Q_G, 1, r"Collect the $x$ terms: $x(y - 2) =")),
    ],
)

# 18. Find sin 75 degrees exactly.
_R_G = _t(r"""
$\sin 75^\circ = \sin(45^\circ + 30^\circ) = \sin 45 \cos 30 + \cos 45 \sin 30$.

$= \frac{\sqrt2}{2} \cdot \frac{\sqrt3}{2} + \frac{\sqrt2}{2} \cdot \frac12 = \frac{\sqrt6}{4} + \frac{\sqrt2}{4}
= \frac{\sqrt6 + \sqrt2}{4}$.

Numerically $(2.449 + 1.414)/4 \approx 0.966$, and $\sin 75^\circ \approx 0.9659$. Good.
""")
_R_B = _t(r"""
Using the sum formula: $\sin(45 + 30) = \frac{\sqrt6 + \sqrt2}{4}$.

Hmm, let me use the difference instead to double-check: $\sin(120 - 45) = \sin 120 \cos 45 - \cos 120 \sin 45$...
I'll simplify with the minus sign carried through: $\frac{\sqrt6 - \sqrt2}{4}$.
""")
_R_E = _t(r"""
$\sin 75 = \sin 45 + \sin 30 = \frac{\sqrt2}{2} + \frac12 = \frac{\sqrt2 + 1}{2}$.
""")
_add(
    "radical",
    r"\frac{\sqrt{6}+\sqrt{2}}{4}",
    [
        (C, _box(_R_G, r"\frac{\sqrt{6}+\sqrt{2}}{4}")),
        (C, _r1(_R_G, r"\frac{\sqrt2 + \sqrt6}{4}")),
        (C, _bold(_R_G, r"\frac{\sqrt{2}(\sqrt{3}+1)}{4}")),
        (
            C,
            _two(
                _R_E,
                r"\frac{\sqrt2+1}{2}",
                r"""Sine is not additive: $\frac{\sqrt2 + 1}{2} \approx 1.207 > 1$.
        With the sum formula it is $\frac{\sqrt6 + \sqrt2}{4}$.""",
                r"\frac{\sqrt{6}+\sqrt{2}}{4}",
            ),
        ),
        (H, _fa(_R_B, r"\frac{\sqrt{6}-\sqrt{2}}{4}")),
        (
            H,
            _two(
                _R_G,
                r"\frac{\sqrt6+\sqrt2}{4}",
                r"""Via the difference formula the sign is minus:
        $\frac{\sqrt6 - \sqrt2}{4}$.""",
                r"\frac{\sqrt6-\sqrt2}{4}",
            ),
        ),
        (P, _is(_R_E, r"\frac{\sqrt{2}+1}{2}")),
    ],
)

# 19. Solve log_2(x) + log_2(x - 2) = 3.
_S_G = _t(r"""
Combine: $\log_2(x(x-2)) = 3$, so $x^2 - 2x = 8$, i.e. $x^2 - 2x - 8 = 0 = (x - 4)(x + 2)$.

Candidates $x = 4$ and $x = -2$. The logs need $x > 2$, so $x = -2$ is extraneous.

Check $x = 4$: $\log_2 4 + \log_2 2 = 2 + 1 = 3$. So $x = 4$.
""")
_S_B = _t(r"""
$x(x-2) = 8$ gives $(x-4)(x+2) = 0$, so $x = 4$ works ($2 + 1 = 3$).

And $x = -2$: the product $(-2)(-4) = 8$ is positive, so $\log_2 8 = 3$ holds as well. Both solutions stand:
$x = 4$ and $x = -2$.
""")
_S_E = _t(r"""
$\log_2 x + \log_2(x-2) = \log_2(2x - 2) = 3$, so $2x - 2 = 8$ and $x = 5$.
""")
_add(
    "equation",
    "4",
    [
        (C, _box(_S_G, "x = 4")),
        (C, _gsm(_S_G, "4")),
        (C, _head(_S_G, "x=4")),
        (
            C,
            _two(
                _S_B,
                r"x = 4, -2",
                r"""In the original equation $\log_2(-2)$ is undefined, so $x = -2$ is
        extraneous; only $x = 4$.""",
                "4",
            ),
        ),
        (H, _fa(_S_B, r"x = 4 \text{ or } x = -2")),
        (H, _two(_S_G, "4", r"The product $x(x-2)$ is positive at $x = -2$ too, so both: $\{-2, 4\}$.", r"\{-2, 4\}")),
        (P, _mnv(_S_E, "5")),
        (T, _half(_S_G, 1, r"Candidates $x = 4$ and $x = -2$. The logs need")),
    ],
)

# 20. An arithmetic sequence has a_3 = 7 and a_7 = 19. Find a_20.
_U_G = _t(r"""
$a_7 - a_3 = 4d = 12$, so $d = 3$. Then $a_1 = a_3 - 2d = 1$.

$a_{20} = a_1 + 19d = 1 + 57 = 58$. Check via $a_7$: $a_{20} = 19 + 13 \cdot 3 = 58$. Good.
""")
_U_B = _t(r"""
$d = 3$, $a_1 = 1$. $a_{20} = a_1 + 19 d = 58$.

Hmm, or from $a_3$: $a_{20} = a_3 + 17d = 7 + 51 = 58$. Though counting terms from $a_3$ to $a_{20}$ gives 18
terms, so it should be $7 + 18 \cdot 3 = 61$. I'll go with 61.
""")
_U_E = _t(r"""
$d = (19 - 7)/(7 - 3) = 3$. $a_{20} = a_1 + 20d$ with $a_1 = 1$: $61$... or rather using $a_3$ directly,
$7 + 20 \cdot 3 = 67$.
""")
_add(
    "integer",
    "58",
    [
        (C, _box(_U_G, "58")),
        (C, _rem(_U_G, "a_{20} = 58")),
        (C, _say(_U_G, "So the twentieth term of the sequence is 58.")),
        (C, _two(_U_E, "67", r"""The step count from $a_3$ to $a_{20}$ is $17$, so $a_{20} = 7 + 51 = 58$.""", "58")),
        (H, _bold(_U_B, "61")),
        (H, _two(_U_G, "58", r"The general term is $a_1 + nd$: $1 + 20 \cdot 3 = 61$.", "61")),
        (P, _gem(_U_E, "67")),
    ],
)

# 21. How many distinct arrangements of the letters of BANANA are there?
_V_G = _t(r"""
BANANA has 6 letters: B once, A three times, N twice.

Arrangements: $\frac{6!}{3! \, 2! \, 1!} = \frac{720}{12} = 60$.

Check by choosing positions: $\binom{6}{3}$ for the A's $= 20$, then $\binom{3}{2} = 3$ for the N's, the B is
forced: $20 \cdot 3 = 60$.
""")
_V_B = _t(r"""
$\frac{6!}{3!\,2!} = 60$ distinct arrangements.

But the problem might treat the two N's as identical only... hmm, I think only the A's repeat in a meaningful way,
so $\frac{6!}{3!} = 120$.
""")
_V_E = _t(r"""
6 letters, so $6! = 720$ arrangements, divided by 2 for the repeated N's: 360.
""")
_add(
    "integer",
    "60",
    [
        (C, _box(_V_G, "60")),
        (C, _fa(_V_G, "60")),
        (C, _mnv(_V_G, "60")),
        (C, _two(_V_E, "360", r"""The A's repeat three times too, so divide by $3!$ as well: $720/12 = 60$.""", "60")),
        (H, _is(_V_B, "120")),
        (H, _two(_V_G, "60", "Only the three A's are identical in the count: $720/6 = 120$.", "120")),
        (P, _gsm(_V_E, "360")),
        (T, _half(_V_G, 1, r"Arrangements: $\frac{6!}{3! \, 2! \, 1!} = \frac{720}{")),
    ],
)

# 22. A bag has 5 red and 3 blue marbles. Two are drawn without replacement. Probability both are red?
_X_G = _t(r"""
$P = \frac{\binom{5}{2}}{\binom{8}{2}} = \frac{10}{28} = \frac{5}{14}$.

Sequentially: $\frac58 \cdot \frac47 = \frac{20}{56} = \frac{5}{14}$. Same.
""")
_X_B = _t(r"""
$\frac{5}{8} \cdot \frac{4}{7} = \frac{20}{56} = \frac{5}{14}$.

Hmm, but order doesn't matter for the pair, so I should double it for the two orders: $\frac{10}{14} = \frac57$.
""")
_X_E = _t(r"""
With replacement-style reasoning: $\left(\frac58\right)^2 = \frac{25}{64}$.
""")
_add(
    "fraction",
    r"\frac{5}{14}",
    [
        (C, _box(_X_G, r"\frac{5}{14}")),
        (C, _head(_X_G, r"\tfrac{5}{14}", box=True)),
        (C, _bold(_X_G, r"5/14")),
        (
            C,
            _two(
                _X_E,
                r"\frac{25}{64}",
                r"""The draws are without replacement, so the second red is $4/7$:
        $\frac58 \cdot \frac47 = \frac{5}{14}$.""",
                r"\frac{5}{14}",
            ),
        ),
        (H, _fa(_X_B, r"\frac{5}{7}")),
        (H, _two(_X_G, r"\frac{5}{14}", "Doubling for the two orders: $\\frac{5}{7}$.", r"\frac{5}{7}")),
        (P, _is(_X_E, r"\frac{25}{64}")),
    ],
)

# 23. Solve x^2 + 4x + 1 = 0.
_Y_G = _t(r"""
Quadratic formula: $x = \frac{-4 \pm \sqrt{16 - 4}}{2} = \frac{-4 \pm \sqrt{12}}{2} = \frac{-4 \pm 2\sqrt3}{2}$.

So $x = -2 \pm \sqrt3$. Check: sum $-4$, product $4 - 3 = 1$. Matches Vieta.
""")
_Y_B = _t(r"""
$x = \frac{-4 \pm \sqrt{12}}{2} = -2 \pm \sqrt{3}$.

Since the question says solve, and I'd like the root closer to zero as the principal one, $x = -2 + \sqrt3$
(the other root is negative and large).
""")
_Y_E = _t(r"""
Completing the square: $(x + 2)^2 = 1 + 4 = 5$, so $x = -2 \pm \sqrt5$.
""")
_add(
    "equation",
    r"-2\pm\sqrt{3}",
    [
        (C, _box(_Y_G, r"-2 \pm \sqrt{3}")),
        (C, _gem(_Y_G, r"x = -2 + \sqrt{3},\ x = -2 - \sqrt{3}")),
        (C, _r1(_Y_G, r"\{-2-\sqrt{3}, -2+\sqrt{3}\}")),
        (
            C,
            _two(
                _Y_E,
                r"-2 \pm \sqrt5",
                r"""$(x+2)^2 = x^2 + 4x + 4$, so $(x+2)^2 = -1 + 4 = 3$, not 5:
        $x = -2 \pm \sqrt3$.""",
                r"-2 \pm \sqrt3",
            ),
        ),
        (H, _mnv(_Y_B, r"-2 + \sqrt{3}")),
        (
            H,
            _two(
                _Y_G,
                r"-2\pm\sqrt3",
                r"Dividing $\pm 2\sqrt3$ by 2 only on the first term: $-2 \pm 2\sqrt3$.",
                r"-2\pm2\sqrt3",
            ),
        ),
        (P, _fa(_Y_E, r"-2 \pm \sqrt{5}")),
        (T, _half(_Y_G, 0, r"Quadratic formula: $x = \frac{-4 \pm \sqrt{16 - ")),
    ],
)

# 24. Compute (1, 2, 3) x (4, 5, 6).
_Z_G = _t(r"""
Cross product components: $(a_2 b_3 - a_3 b_2,\ a_3 b_1 - a_1 b_3,\ a_1 b_2 - a_2 b_1)$.

$= (2\cdot6 - 3\cdot5,\ 3\cdot4 - 1\cdot6,\ 1\cdot5 - 2\cdot4) = (12 - 15,\ 12 - 6,\ 5 - 8) = (-3, 6, -3)$.

Check orthogonality: $(-3,6,-3)\cdot(1,2,3) = -3 + 12 - 9 = 0$ and $\cdot (4,5,6) = -12 + 30 - 18 = 0$. Good.
""")
_Z_B = _t(r"""
Using the determinant: $\mathbf{i}(12 - 15) - \mathbf{j}(6 - 12) + \mathbf{k}(5 - 8) = (-3, 6, -3)$.

Hmm, I think I mixed the order in the $\mathbf j$ term; it should be $-(12 - 6)$, giving $(-3, -6, -3)$.
""")
_Z_E = _t(r"""
Multiply componentwise and arrange: $(1\cdot4, 2\cdot5, 3\cdot6) = (4, 10, 18)$.
""")
_add(
    "tuple",
    "(-3,6,-3)",
    [
        (C, _box(_Z_G, "(-3, 6, -3)")),
        (C, _is(_Z_G, r"\langle -3, 6, -3 \rangle")),
        (C, _fa(_Z_G, r"-3\mathbf{i} + 6\mathbf{j} - 3\mathbf{k}")),
        (
            C,
            _two(
                _Z_B,
                "(-3, -6, -3)",
                r"""Orthogonality test: $(-3,-6,-3)\cdot(1,2,3) = -3 - 12 - 9 \neq 0$. The
        $\mathbf j$ cofactor is $1\cdot6 - 3\cdot4 = -6$, with the minus sign $+6$: $(-3, 6, -3)$.""",
                "(-3, 6, -3)",
            ),
        ),
        (H, _gem(_Z_B, "(-3,-6,-3)")),
        (
            H,
            _two(
                _Z_G,
                "(-3,6,-3)",
                r"Taking $\mathbf b \times \mathbf a$ order in the formula: $(3, -6, 3)$.",
                "(3,-6,3)",
            ),
        ),
        (P, _bold(_Z_E, "(4, 10, 18)")),
        (T, _half(_Z_G, 1, r"$= (2\cdot6 - 3\cdot5,\ 3\cdot4 - 1\cdot6,\ ")),
    ],
)


assert len(THIRTYNINTH) == 189
assert _TALLY["problems"] == 24 and len(_CATEGORIES) == 14
assert _TALLY[C] == 101 and _TALLY[T] == 16
assert _TALLY[H] == 48 and _TALLY[P] == 24
assert sum(1 for row in THIRTYNINTH if row[3] == W) == 72
assert len(set(THIRTYNINTH)) == len(THIRTYNINTH)
