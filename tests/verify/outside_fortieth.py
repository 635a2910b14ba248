"""FORTIETH: a held-out batch of labelled answer-verification pairs whose answers are not a single number (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch40) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify, a sympy-based grader or any other grader on any pair. Every
pair was labelled by hand (python used by hand only to check arithmetic); pairs a reasonable grader could label
either way were left out. Committed before any grading run, so its first run is an out-of-sample number.

Theme: answers that are not a single number. Multi-part answers (labelled `(a)`/`a)`/`(i)` or named, like
`\\text{area } 60,\\ \\text{perimeter } 34`), yes/no and true/false verdicts, word answers (a game winner, a
weekday, a triangle type, a quadrilateral name, knights and knaves, "no solution", "infinitely many", "does not
exist", "never", "always", "diverges"), sets and lists of solutions, solution families (`x = \\frac{\\pi}{4} +
k\\pi`, residue classes, integer parametrizations, `y = Ce^{2x}`), functions (`f(x) = 2x + 1`, inverses,
derivatives, compositions) and multiple choice with letter golds and letter-plus-value golds.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a long chain of thought (exploration, a wrong turn, "Wait, let me recheck", a check) and ends in one of
many styles: a boxed sentence, a display box under **Final Answer**, "The answer is $..$", a bold **Answer:**
line, the Minerva "Final Answer: The final answer is $..$. I hope it is correct.", GSM8K `#### ..`, a
"### Final Answer" heading, DeepSeek-R1 `<think>`...`</think>` then a summary and a display box, a Gemini-style
"**Final Answer:** The final answer is $\\boxed{..}$", an o1-style bulleted summary then an answer line, a box
followed by a chat-assistant remark, labelled answer lines, a closing prose sentence with a bold verdict, and an
earlier box overruled by a later final answer (the last stated final answer wins).
Correct rows vary the order of labelled parts, the labels themselves (`(a)`, `a)`, `**(a)**`, `(i)`, names such
as `A = 60,\\ P = 34`), sets in any order and as `x = \\pm 2i` or "x = 5 or x = -2", intervals as inequalities,
equivalent families (`-\\frac{3\\pi}{4} + k\\pi`, `\\frac{(2k+1)\\pi}{4}`, `(-1)^{k+1}\\frac{\\pi}{6} + k\\pi`, a
shifted integer parametrization, `x \\equiv 4, 9 \\pmod{10}` for `x \\equiv 4 \\pmod 5`), expanded or factored
functions, `\\text{}` and bold verdicts, "DNE", and a letter alone (or `\\textbf{(C)}`) for a letter-plus-value gold.
Negatives lean on precision: one part wrong, two parts swapped, a part or a root missing, an extra element, a
closed endpoint where the set is open (or the reverse), a sign, an off-by-one index or weekday, a doubled period or
halved step, the reverse composition, the wrong letter, and the opposite verdict; about two thirds are hard (the
gold stands in the text as an intermediate, a rejected candidate, or an earlier box that a wrong recheck
overrules).
Rows are added per problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`; the
question is not part of the row, and the comment above each problem states it.
57 problems in 7 categories (multipart, yesno, word, sets, families, functions, choice); 409 rows: 210 correct,
164 incorrect, 35 truncated. Of the 164 negatives, 107 are hard and 57 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

FORTIETH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        FORTIETH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A boxed closing sentence."""
    return _t(r) + "\n\nTherefore the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """**Final Answer** with a display box."""
    return _t(r) + "\n\n**Final Answer**\n\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """`The answer is $a$.` with no box."""
    return _t(r) + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    """A bold **Answer:** line."""
    return _t(r) + "\n\n**Answer:** " + a


def _mnv(r: str, a: str) -> str:
    """Minerva close."""
    return _t(r) + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: `#### answer` as the last line."""
    return _t(r) + "\n#### " + a


def _head(r: str, a: str, box: bool = True) -> str:
    """A `### Final Answer` heading, the answer on the next line."""
    shown = "\\boxed{" + a + "}" if box else a
    return _t(r) + "\n\n### Final Answer\n\n$" + shown + "$"


def _r1(r: str, summary: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return "<think>\n" + _t(r) + "\n</think>\n\n" + _t(summary) + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _gem(r: str, a: str) -> str:
    """Gemini-style last line."""
    return _t(r) + "\n\n**Final Answer:** The final answer is $\\boxed{" + a + "}$"


def _rem(r: str, a: str) -> str:
    """A box followed by a chat-assistant remark."""
    return (
        _t(r) + "\n\n$$\\boxed{" + a + "}$$\n\nLet me know if you'd like me to walk through any step in more detail!"
    )


def _say(r: str, close: str) -> str:
    """A closing prose paragraph (or labelled lines) that states the answer."""
    return _t(r) + "\n\n" + close


def _o1(r: str, points: list[str], close: str) -> str:
    """o1-style: the reasoning, then a short bulleted summary and a closing line."""
    return _t(r) + "\n\n**Summary**\n\n" + "\n".join("- " + p for p in points) + "\n\n" + close


def _two(r: str, first: str, recheck: str, final: str) -> str:
    """An earlier box, a recheck, then a later final answer (the last stated final answer wins)."""
    return (
        _t(r)
        + "\n\nSo the answer is $\\boxed{"
        + first
        + "}$.\n\nWait, let me recheck that. "
        + _t(recheck)
        + "\n\nSo the final answer is $\\boxed{"
        + final
        + "}$."
    )


def _half(r: str, n: int, tail: str) -> str:
    """The first n paragraphs of a reasoning, then a tail that stops mid-computation or mid-sentence."""
    return "\n\n".join(_t(r).split("\n\n")[:n]) + "\n\n" + _t(tail)


# ---------------------------------------------------------------- multi-part answers

# M1. A rectangle has a diagonal of length 13 and one side of length 5. Find its area and its perimeter.
_M1_G = r"""The diagonal, the side of length 5 and the unknown side $w$ form a right triangle, so
$w^2 = 13^2 - 5^2 = 169 - 25 = 144$ and $w = 12$.

For the area I first wrote $13 \cdot 5 = 65$, but that multiplies the diagonal by a side. Wait, let me recheck:
the area uses the two sides, so $A = 5 \cdot 12 = 60$.

The perimeter is $2(5 + 12) = 2 \cdot 17 = 34$.

Check: $5^2 + 12^2 = 25 + 144 = 169 = 13^2$, so the rectangle is consistent."""
_M1_B = r"""The missing side is $\sqrt{169 - 25} = 12$. The area is $5 \cdot 12 = 60$.

For the perimeter, $2(5 + 12) = 34$ would count each side twice. Hmm, but the perimeter is just the sum of the
two distinct sides, $5 + 12 = 17$, so I'll go with that.

So the area is 60 and the perimeter is 17."""
_M1_E = r"""The other side satisfies $w^2 = 13^2 + 5^2 = 194$? No: $w^2 = 13^2 - 5^2$... I'll take $w = 13$ and
the side $5$ as the dimensions, which gives area $13 \cdot 5 = 65$ and perimeter $2(13 + 5) = 36$."""
_add(
    "multipart",
    r"\text{area } 60,\ \text{perimeter } 34",
    [
        (C, _box(_M1_G, r"\text{area } 60,\ \text{perimeter } 34")),
        (C, _say(_M1_G, "**Answers**\n\n(a) Area: $60$\n\n(b) Perimeter: $34$")),
        (C, _say(_M1_G, "So the rectangle has perimeter $34$ and area $60$.")),
        (C, _fa(_M1_G, r"A = 60,\quad P = 34")),
        (
            C,
            _two(
                _M1_E,
                r"\text{area } 65,\ \text{perimeter } 36",
                r"""The diagonal is the hypotenuse, so the
        other side is $\sqrt{169 - 25} = 12$, not $13$. Area $5 \cdot 12 = 60$, perimeter $2 \cdot 17 = 34$.""",
                r"\text{area } 60,\ \text{perimeter } 34",
            ),
        ),
        (H, _box(_M1_B, r"\text{area } 60,\ \text{perimeter } 17")),
        (
            H,
            _two(
                _M1_G,
                r"\text{area } 60,\ \text{perimeter } 34",
                r"""The perimeter of a rectangle with sides 5
        and 12 should be counted once around: $5 + 12 + 5 = 22$... no, the sides are the diagonal pieces: $5 + 12
        + 13 = 30$.""",
                r"\text{area } 60,\ \text{perimeter } 30",
            ),
        ),
        (P, _bold(_M1_E, r"area $65$, perimeter $36$")),
        (T, _half(_M1_G, 2, r"The perimeter is $2(5 + 12) = 2 \cdot")),
    ],
)

# M2. For the parabola y = x^2 - 6x + 5, find (a) the vertex and (b) the y-intercept.
_M2_G = r"""Completing the square: $x^2 - 6x + 5 = (x - 3)^2 - 9 + 5 = (x - 3)^2 - 4$.

So the vertex is at $x = 3$, $y = -4$. Let me double-check with $x = -b/(2a) = 6/2 = 3$ and
$y(3) = 9 - 18 + 5 = -4$. Good.

For the y-intercept set $x = 0$: $y = 5$. (I briefly thought of the x-intercepts $1$ and $5$, but those are where
$y = 0$; the question wants $x = 0$.)"""
_M2_B = r"""The axis is $x = -b/(2a)$. With $b = -6$ I get $x = 6/2 = 3$ and $y(3) = -4$, so the vertex is
$(3, -4)$.

Hmm, wait: $-b/(2a)$ with $b = -6$... I'll redo it as $b/(2a) = -3$, giving the vertex $x = -3$, and
$y(-3) = 9 + 18 + 5 = 32$? That is far from the minimum, so I'll keep $y = -4$ and take the vertex $(-3, -4)$.

The y-intercept is $y(0) = 5$."""
_M2_E = r"""Factoring, $x^2 - 6x + 5 = (x - 1)(x - 5)$, so the roots are 1 and 5. The vertex is midway between them
at $x = 3$, and its height is $y = 3^2 - 6 \cdot 3 = -9$ (dropping the constant), so the vertex is $(3, -9)$.
The y-intercept is $5$."""
_add(
    "multipart",
    r"(a)\ (3, -4)\quad (b)\ 5",
    [
        (C, _say(_M2_G, "**(a)** The vertex is $(3, -4)$.\n\n**(b)** The y-intercept is $5$.")),
        (C, _mnv(_M2_G, r"\text{(a) } (3,-4);\ \text{(b) } 5")),
        (C, _say(_M2_G, "Answer: (b) $y$-intercept $5$; (a) vertex $(3, -4)$.")),
        (C, _r1(_M2_G, "Completing the square gives $(x-3)^2 - 4$.", r"\text{(a) } (3, -4),\ \text{(b) } 5")),
        (H, _say(_M2_B, "**(a)** $(-3, -4)$\n\n**(b)** $5$")),
        (
            H,
            _two(
                _M2_G,
                r"(a)\ (3, -4)\quad (b)\ 5",
                r"""The vertex is usually written as $(y, x)$ for the
        minimum value first: $(-4, 3)$.""",
                r"(a)\ (-4, 3)\quad (b)\ 5",
            ),
        ),
        (P, _box(_M2_E, r"(a)\ (3, -9)\quad (b)\ 5")),
        (T, _half(_M2_G, 1, r"So the vertex is at $x = 3$, and $y(3) = 9 - 18")),
    ],
)

# M3. An arithmetic sequence has a_3 = 11 and a_7 = 27. Find (a) the common difference, (b) the first term,
# (c) a_20.
_M3_G = r"""From $a_7 - a_3 = 4d$ we get $4d = 27 - 11 = 16$, so $d = 4$.

Then $a_1 = a_3 - 2d = 11 - 8 = 3$.

For the twentieth term, $a_{20} = a_1 + 19d = 3 + 76 = 79$. Wait, let me recheck the index: $a_n = a_1 + (n-1)d$,
so $n = 20$ uses $19d$, not $20d$ (which would give 83). Check with $a_7 = 3 + 24 = 27$. Correct."""
_M3_B = r"""$4d = 16$ so $d = 4$, and $a_1 = 11 - 2 \cdot 4 = 3$.

Then $a_{20} = a_1 + 19d = 79$? Hmm, I think the twentieth term is twenty steps of $d$ on top of $a_1$:
$a_{20} = 3 + 20 \cdot 4 = 83$."""
_M3_E = r"""$a_7 - a_3 = 16$ over $7 - 3 = 4$ terms... I'll count five terms from $a_3$ to $a_7$, so $d = 16/5$?
That is not an integer; the gap is really 4 steps with $d = 4$. Then $a_1 = a_3 - 3d = -1$ and
$a_{20} = -1 + 19 \cdot 4 = 75$."""
_add(
    "multipart",
    r"(a)\ 4\quad (b)\ 3\quad (c)\ 79",
    [
        (C, _fa(_M3_G, r"(a)\ d = 4,\quad (b)\ a_1 = 3,\quad (c)\ a_{20} = 79")),
        (C, _say(_M3_G, "a) $d = 4$\nb) $a_1 = 3$\nc) $a_{20} = 79$")),
        (C, _gsm(_M3_G, "(a) 4, (b) 3, (c) 79")),
        (
            C,
            _two(
                _M3_B,
                r"4,\ 3,\ 83",
                r"""$a_n = a_1 + (n-1)d$, so $a_{20} = 3 + 19 \cdot 4 = 79$.""",
                r"(a)\ 4\quad (b)\ 3\quad (c)\ 79",
            ),
        ),
        (H, _fa(_M3_B, r"(a)\ 4\quad (b)\ 3\quad (c)\ 83")),
        (H, _say(_M3_G, "a) $d = 4$\nb) $a_1 = 3$\nc) $a_{20} = 83$")),
        (P, _box(_M3_E, r"(a)\ 4\quad (b)\ -1\quad (c)\ 75")),
    ],
)

# M4. For the data 3, 7, 7, 10, 13 find the mean and the median.
_M4_G = r"""The sum is $3 + 7 + 7 + 10 + 13 = 40$, and there are 5 values, so the mean is $40 / 5 = 8$.

The data are already sorted; the middle (third) value is $7$, so the median is $7$. At first I was going to average
the two 7s, but with an odd count there is a single middle value.

Check: the mean 8 sits a little above the median 7 because of the large value 13."""
_M4_B = r"""Sum $= 40$, five values, mean $= 8$; the middle value is $7$.

Let me match them to the words again: the median is the "average" one and the mean is the middle one, so the mean
is $7$ and the median is $8$."""
_M4_E = r"""Sum $= 3 + 7 + 7 + 10 + 13 = 30$, so the mean is $30/5 = 6$. The median is the middle value, $7$."""
_add(
    "multipart",
    r"\text{mean } 8,\ \text{median } 7",
    [
        (C, _box(_M4_G, r"\text{mean } = 8,\ \text{median } = 7")),
        (C, _say(_M4_G, "The median is $7$ and the mean is $8$.")),
        (C, _o1(_M4_G, ["sum 40 over 5 values", "middle value 7"], "**Answer:** mean $8$, median $7$")),
        (C, _head(_M4_G, r"\text{Mean: } 8;\ \text{Median: } 7")),
        (H, _box(_M4_B, r"\text{mean } 7,\ \text{median } 8")),
        (P, _bold(_M4_E, "mean $6$, median $7$")),
        (T, _half(_M4_G, 1, r"The data are already sorted; the middle (third) value is")),
    ],
)

# M5. Find the quotient and remainder when 500 is divided by 23.
_M5_G = r"""Multiples of 23: $23 \cdot 20 = 460$, $23 \cdot 21 = 483$, $23 \cdot 22 = 506$.

$506$ is too big, so the quotient is $21$ and the remainder is $500 - 483 = 17$.

Check: $0 \le 17 < 23$ and $23 \cdot 21 + 17 = 483 + 17 = 500$."""
_M5_B = r"""$23 \cdot 21 = 483$ leaves $17$. But $23 \cdot 22 = 506$ is closer to 500, so I'll use $q = 22$ and the
remainder $500 - 506 = -6$."""
_M5_E = r"""$23 \cdot 21 = 473$, so the remainder is $500 - 473 = 27$; that exceeds 23, so one more: $q = 22$,
$r = 4$."""
_add(
    "multipart",
    r"q = 21,\ r = 17",
    [
        (C, _box(_M5_G, r"q = 21,\ r = 17")),
        (C, _is(_M5_G, r"\text{quotient } 21,\ \text{remainder } 17")),
        (C, _say(_M5_G, "So $500 = 23 \\cdot 21 + 17$: the quotient is $21$ and the remainder is $17$.")),
        (
            C,
            _two(
                _M5_E,
                r"q = 22,\ r = 4",
                r"$23 \cdot 21 = 483$, not $473$, so $r = 500 - 483 = 17$ and $q = 21$.",
                r"q = 21,\ r = 17",
            ),
        ),
        (H, _box(_M5_B, r"q = 22,\ r = -6")),
        (H, _bold(_M5_G, "quotient $17$, remainder $21$")),
        (P, _mnv(_M5_E, r"q = 22,\ r = 4")),
    ],
)

# M6. Divide x^3 - 2x^2 + 4x - 5 by x - 2: give the quotient and the remainder.
_M6_G = r"""Synthetic division with root $2$ on the coefficients $1, -2, 4, -5$:

bring down $1$; $1 \cdot 2 = 2$, $-2 + 2 = 0$; $0 \cdot 2 = 0$, $4 + 0 = 4$; $4 \cdot 2 = 8$, $-5 + 8 = 3$.

So the quotient is $x^2 + 0x + 4 = x^2 + 4$ and the remainder is $3$. I almost read the row as $x^2 + 4x$, but the
middle coefficient is $0$. Check by the remainder theorem: $p(2) = 8 - 8 + 8 - 5 = 3$."""
_M6_B = r"""Synthetic division by $x - 2$ gives the row $1, 0, 4 \mid 3$, i.e. quotient $x^2 + 4$, remainder 3.

Hmm, for $x - 2$ the root used should be $-2$, I think. Redo: $1$; $-2 - 2 = -4$; $4 + 8 = 12$; $-5 - 24 = -29$.
So quotient $x^2 - 4x + 12$, remainder $-29$."""
_M6_E = r"""Long division: $x^3 \div x = x^2$; $x^2(x - 2) = x^3 - 2x^2$; subtract to get $4x - 5$; then
$4x \div x = 4$, $4(x - 2) = 4x - 8$; subtract: $-5 - 8 = -13$. So the quotient is $x^2 + 4$ and the remainder
$-13$."""
_add(
    "multipart",
    r"\text{quotient } x^2 + 4,\ \text{remainder } 3",
    [
        (C, _box(_M6_G, r"\text{quotient } x^2 + 4,\ \text{remainder } 3")),
        (C, _say(_M6_G, "Hence $x^3 - 2x^2 + 4x - 5 = (x - 2)(x^2 + 4) + 3$: quotient $x^2 + 4$, remainder $3$.")),
        (C, _head(_M6_G, r"q(x) = x^2 + 4,\quad r = 3")),
        (
            C,
            _two(
                _M6_E,
                r"x^2 + 4,\ -13",
                r"""Subtracting $4x - 8$ from $4x - 5$ gives $-5 - (-8) = 3$, not $-13$.""",
                r"\text{quotient } x^2 + 4,\ \text{remainder } 3",
            ),
        ),
        (H, _fa(_M6_B, r"\text{quotient } x^2 - 4x + 12,\ \text{remainder } -29")),
        (
            H,
            _two(
                _M6_G,
                r"x^2 + 4,\ 3",
                r"""Reading the synthetic row $1, 0, 4$ again, the quotient is $x^2 + 4x$.""",
                r"\text{quotient } x^2 + 4x,\ \text{remainder } 3",
            ),
        ),
        (P, _bold(_M6_E, "quotient $x^2 + 4$, remainder $-13$")),
        (T, _half(_M6_G, 2, r"So the quotient is $x^2 + 0x + 4 = x^2 + 4$ and the remainder is")),
    ],
)

# M7. A triangle has sides 6, 8, 10. Find (i) its area, (ii) its inradius, (iii) its circumradius.
_M7_G = r"""Since $6^2 + 8^2 = 36 + 64 = 100 = 10^2$, the triangle is right-angled with legs 6 and 8.

(i) Area $= \tfrac12 \cdot 6 \cdot 8 = 24$.

(ii) The semiperimeter is $s = (6 + 8 + 10)/2 = 12$, so $r = A/s = 24/12 = 2$. Cross-check with the right-triangle
formula $r = (a + b - c)/2 = (6 + 8 - 10)/2 = 2$.

(iii) For a right triangle the hypotenuse is a diameter of the circumcircle. My first thought was $R = 10$, but
wait, that is the diameter; $R = 10/2 = 5$. Check with $R = abc/(4A) = 480/96 = 5$."""
_M7_B = r"""Right triangle, area $24$, $s = 12$, inradius $r = 24/12 = 2$.

For the circumradius, $R = abc/(4A) = 480/96 = 5$... but the hypotenuse subtends the circle, so I'll take the
circumradius to be the hypotenuse itself, $R = 10$."""
_M7_E = r"""Area $= 6 \cdot 8 = 48$ (legs multiplied), $s = 12$, so $r = 48/12 = 4$, and $R = 10/2 = 5$."""
_add(
    "multipart",
    r"(i)\ 24\quad (ii)\ 2\quad (iii)\ 5",
    [
        (C, _say(_M7_G, "(i) $24$\n(ii) $2$\n(iii) $5$")),
        (C, _fa(_M7_G, r"\text{(i) } 24,\ \text{(ii) } r = 2,\ \text{(iii) } R = 5")),
        (C, _say(_M7_G, "So the area is $24$, the circumradius is $5$ and the inradius is $2$.")),
        (C, _gem(_M7_G, r"A = 24,\ r = 2,\ R = 5")),
        (
            C,
            _two(
                _M7_B,
                r"24,\ 2,\ 10",
                r"""The hypotenuse is a diameter, so the radius is half of it: $R = 5$,
        which agrees with $abc/(4A)$.""",
                r"(i)\ 24\quad (ii)\ 2\quad (iii)\ 5",
            ),
        ),
        (H, _box(_M7_B, r"(i)\ 24\quad (ii)\ 2\quad (iii)\ 10")),
        (H, _say(_M7_G, "(i) $24$\n(ii) $5$\n(iii) $2$")),
        (P, _mnv(_M7_E, r"48,\ 4,\ 5")),
        (T, _half(_M7_G, 3, r"(iii) For a right triangle the hypotenuse is a diameter of the circumcircle, so")),
    ],
)

# M8. Find gcd(84, 120) and lcm(84, 120).
_M8_G = r"""Prime factorizations: $84 = 2^2 \cdot 3 \cdot 7$ and $120 = 2^3 \cdot 3 \cdot 5$.

The gcd takes the smaller powers of the common primes: $2^2 \cdot 3 = 12$.

The lcm takes the larger powers of all primes: $2^3 \cdot 3 \cdot 5 \cdot 7 = 840$. I was tempted to just multiply
$84 \cdot 120 = 10080$, but that is $\gcd \cdot \operatorname{lcm}$. Check: $12 \cdot 840 = 10080$. Good."""
_M8_B = r"""$\gcd(84, 120) = 12$ by the Euclidean algorithm: $120 = 84 + 36$, $84 = 2 \cdot 36 + 12$,
$36 = 3 \cdot 12$.

For the lcm, $\operatorname{lcm} = 84 \cdot 120 / 12 = 840$; hmm, but the least common multiple of two numbers
is just their product when we want a common multiple, so $\operatorname{lcm} = 10080$."""
_M8_E = r"""$84 = 2^2 \cdot 3 \cdot 7$, $120 = 2^3 \cdot 3 \cdot 5$. Common part $2 \cdot 3 = 6$, so the gcd is 6 and
the lcm is $10080 / 6 = 1680$."""
_add(
    "multipart",
    r"\gcd = 12,\ \operatorname{lcm} = 840",
    [
        (C, _box(_M8_G, r"\gcd(84,120) = 12,\ \operatorname{lcm}(84,120) = 840")),
        (C, _rem(_M8_G, r"\text{GCD} = 12,\quad \text{LCM} = 840")),
        (C, _say(_M8_G, "**Answer:** the LCM is $840$ and the GCD is $12$.")),
        (
            C,
            _two(
                _M8_E,
                r"6,\ 1680",
                r"""The common factor is $2^2 \cdot 3$, since both have at least $2^2$:
        gcd $12$, lcm $10080/12 = 840$.""",
                r"\gcd = 12,\ \operatorname{lcm} = 840",
            ),
        ),
        (H, _fa(_M8_B, r"\gcd = 12,\ \operatorname{lcm} = 10080")),
        (
            H,
            _two(
                _M8_G,
                r"12,\ 840",
                r"""The lcm must also include the full factor $2^3$ twice? $2^4 \cdot 3 \cdot 5
        \cdot 7 = 1680$.""",
                r"\gcd = 12,\ \operatorname{lcm} = 1680",
            ),
        ),
        (P, _is(_M8_E, r"\gcd = 6,\ \operatorname{lcm} = 1680")),
    ],
)


# ---------------------------------------------------------------- yes / no and true / false

# Y1. Is 221 prime?
_Y1_G = r"""We only need to test primes up to $\sqrt{221} \approx 14.9$: 2, 3, 5, 7, 11, 13.

221 is odd; its digit sum is 5, so not divisible by 3; it does not end in 0 or 5; $7 \cdot 31 = 217$, remainder 4;
$11 \cdot 20 = 220$, remainder 1. So far nothing, and I was about to call it prime.

Wait, let me recheck 13: $13 \cdot 17 = 221$. So 221 is composite."""
_Y1_B = r"""Testing small primes: 2 no, 3 no (digit sum 5), 5 no, 7 no ($221 = 7 \cdot 31 + 4$), 11 no
($221 = 11 \cdot 20 + 1$).

My first instinct was "no, it is composite" because it looks like $15^2 - 2^2$... but $15^2 - 4 = 221$? That is
$225 - 4 = 221$, hmm. Still, none of the primes up to 11 divide it, and $11^2 = 121$ is the last square I need to
check, so 221 is prime."""
_Y1_E = r"""221 is odd and not a multiple of 3, 5 or 7, and the next prime 11 gives $11 \cdot 20 = 220$. Since
$\sqrt{221}$ is about 11, that covers everything."""
_add(
    "yesno",
    r"\text{No}",
    [
        (C, _say(_Y1_G, "**No.** $221 = 13 \\times 17$, so it is not prime.")),
        (C, _box(_Y1_G, r"\text{No}")),
        (C, _say(_Y1_G, "So the answer is no: 221 is not a prime number (it equals $13 \\cdot 17$).")),
        (C, _r1(_Y1_G, "Testing primes up to 13 finds $221 = 13 \\cdot 17$.", r"\text{No}")),
        (H, _say(_Y1_B, "**Yes**, 221 is prime.")),
        (
            H,
            _two(
                _Y1_G,
                r"\text{No}",
                r"""Actually $13 \cdot 17 = 13 \cdot 10 + 13 \cdot 7 = 130 + 81 = 211$, so
        13 does not divide 221 after all, and no prime up to 14 does.""",
                r"\text{Yes}",
            ),
        ),
        (P, _bold(_Y1_E, "**Yes** — 221 is prime.")),
        (T, _half(_Y1_G, 2, r"Wait, let me recheck 13: $13 \cdot 17 =")),
    ],
)

# Y2. True or false: every function that is continuous on [0, 1] is differentiable on (0, 1).
_Y2_G = r"""Differentiable implies continuous, but the converse is the question here.

Take $f(x) = |x - \tfrac12|$ on $[0, 1]$. It is continuous everywhere, but at $x = \tfrac12$ the left derivative is
$-1$ and the right derivative is $+1$, so it is not differentiable there.

I briefly wondered whether closed intervals change anything, but the corner at $\tfrac12$ is an interior point, so
the counterexample stands."""
_Y2_B = r"""A natural counterexample is $|x - \tfrac12|$, which would make the statement false. But on a closed
bounded interval every continuous function is uniformly continuous, and uniformly continuous functions are smooth
enough to have derivatives, so the statement holds."""
_add(
    "yesno",
    r"\text{False}",
    [
        (
            C,
            _say(
                _Y2_G,
                "**False.** $f(x) = |x - \\tfrac12|$ is continuous on $[0,1]$ but not differentiable at $\\tfrac12$.",
            ),
        ),
        (C, _fa(_Y2_G, r"\text{False}")),
        (C, _say(_Y2_G, "The statement is false.")),
        (H, _say(_Y2_B, "**True.**")),
        (
            H,
            _two(
                _Y2_G,
                r"\text{False}",
                r"""The problem says differentiable on the open interval, and one corner
        point has measure zero, so the function is differentiable almost everywhere, which counts.""",
                r"\text{True}",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "Continuity on a closed interval is a strong condition: by the extreme value theorem such a "
                    "function is bounded and attains its extrema, and so it is differentiable."
                ),
                "True",
            ),
        ),
    ],
)

# Y3. Is 2^10 + 1 divisible by 41?
_Y3_G = r"""$2^{10} + 1 = 1025$. Dividing, $41 \cdot 25 = 1025$, so yes.

Let me double-check with modular arithmetic: $2^5 = 32 \equiv -9 \pmod{41}$, so $2^{10} \equiv 81 \equiv 81 - 82 =
-1$, hence $2^{10} + 1 \equiv 0 \pmod{41}$. Both methods agree.

(At first I wrote $41 \cdot 25 = 1000 + 25$, which is right: $1025$.)"""
_Y3_B = r"""$2^{10} + 1 = 1025$ and $41 \cdot 25 = 1025$ would say yes. But $2^{10} = 1000$ roughly, and checking
$2^5 = 32 \equiv 32$, $32^2 = 1024 \equiv 1024 - 41 \cdot 24 = 1024 - 984 = 40$, so $2^{10} + 1 \equiv 41 - 41$...
hmm, I get $40 + 1 = 41 \not\equiv 0$? I'll trust the mod computation and say no."""
_add(
    "yesno",
    r"\text{Yes}",
    [
        (C, _say(_Y3_G, "**Yes** — $2^{10} + 1 = 1025 = 41 \\cdot 25$.")),
        (C, _gem(_Y3_G, r"\text{Yes}")),
        (C, _say(_Y3_G, "So yes, $41$ divides $2^{10} + 1$.")),
        (C, _mnv(_Y3_G, r"\text{Yes}")),
        (H, _say(_Y3_B, "**No.**")),
        (
            P,
            _bold(
                _t(
                    "$2^{10} + 1 = 1025$, which ends in 5, so it is divisible by 5 and by 25; $1025 / 25 = 41$? "
                    "Hmm, I'll simply check $1025 / 41 \\approx 24.4$, not an integer."
                ),
                "No",
            ),
        ),
        (
            T,
            _t(r"""$2^{10} + 1 = 1025$. Dividing by 41: $41 \cdot 20 = 820$, which leaves $205$, and then
        $41 \cdot"""),
        ),
    ],
)

# Y4. A 6x6 board has two opposite corner squares removed. Can the remaining 34 squares be tiled by 1x2 dominoes?
_Y4_G = r"""Colour the board like a chessboard. Opposite corners have the same colour, so removing them leaves
18 squares of one colour and 16 of the other.

Every domino covers one light and one dark square, so 17 dominoes would cover 17 of each. My first count said
34 squares is even, so a tiling looked possible, but wait: the colour counts $18 \ne 16$ rule it out."""
_Y4_B = r"""The colouring argument would say no, since the removed corners share a colour. But 34 is even and a
6x6 board is small enough that we can snake dominoes row by row around the missing corners, so a tiling exists."""
_add(
    "yesno",
    r"\text{No}",
    [
        (C, _say(_Y4_G, "**No**, it cannot be tiled: the two colours are left with $18$ and $16$ squares.")),
        (C, _box(_Y4_G, r"\text{No}")),
        (C, _o1(_Y4_G, ["opposite corners share a colour", "18 vs 16 squares"], "**Answer: No.**")),
        (H, _say(_Y4_B, "**Yes**, such a tiling exists.")),
        (
            H,
            _two(
                _Y4_G,
                r"\text{No}",
                r"""On a $6 \times 6$ board the opposite corners $(1,1)$ and $(6,6)$ have
        colours of $1+1$ and $6+6$, both even... so they differ from the $(1,6)$ corner, and the counts balance.""",
                r"\text{Yes}",
            ),
        ),
        (
            P,
            _is(
                _t("The board has 36 squares; removing two leaves 34, an even number, so 17 dominoes fit."),
                r"\text{Yes}",
            ),
        ),
        (T, _half(_Y4_G, 1, r"Every domino covers one light and one dark square, so 17 dominoes would")),
    ],
)

# Y5. True or false: the sum of two irrational numbers is always irrational.
_Y5_G = r"""Try $\sqrt2$ and $-\sqrt2$: both are irrational, and their sum is $0$, which is rational.

I first tried $\sqrt2 + \sqrt3$, which is irrational, and that might suggest "true", but one counterexample
suffices to make an "always" statement false. Another: $(1 + \sqrt2) + (1 - \sqrt2) = 2$."""
_Y5_B = r"""A counterexample like $\sqrt2 + (-\sqrt2) = 0$ comes to mind, but $-\sqrt2$ is just the negative of
the same number, so it should not count as a second irrational. For genuinely different irrationals such as
$\sqrt2 + \sqrt3$ or $\pi + e$ the sum stays irrational."""
_add(
    "yesno",
    r"\text{False}",
    [
        (C, _say(_Y5_G, "**False** — for example $\\sqrt2 + (-\\sqrt2) = 0$.")),
        (C, _head(_Y5_G, r"\text{False}")),
        (C, _say(_Y5_G, "So the claim is false.")),
        (C, _r1(_Y5_G, "The pair $\\sqrt2, -\\sqrt2$ sums to the rational number $0$.", r"\text{False}")),
        (H, _bold(_Y5_B, "True")),
        (
            P,
            _say(
                _t(
                    "Irrational numbers have non-repeating decimal expansions, and adding two non-repeating "
                    "expansions gives another non-repeating expansion."
                ),
                "**True.**",
            ),
        ),
    ],
)

# Y6. Does x^2 + y^2 = 2023 have a solution in integers?
_Y6_G = r"""Squares are $0$ or $1 \pmod 4$, so $x^2 + y^2 \in \{0, 1, 2\} \pmod 4$.

$2023 = 4 \cdot 505 + 3 \equiv 3 \pmod 4$. That residue is impossible.

(Consistent with the factorization $2023 = 7 \cdot 17^2$: the prime $7 \equiv 3 \pmod 4$ appears to an odd power.)"""
_Y6_B = r"""Mod 4, a sum of two squares is $0, 1$ or $2$, and $2023 \equiv 3$, which would mean no. But
$2023 = 7 \cdot 17^2$ and $17 = 1^2 + 4^2$ is a sum of two squares, so $17^2$ is too, and multiplying by 7 keeps it
one: so there is a solution."""
_add(
    "yesno",
    r"\text{No}",
    [
        (C, _say(_Y6_G, "**No.** Since $2023 \\equiv 3 \\pmod 4$, it is not a sum of two squares.")),
        (C, _fa(_Y6_G, r"\text{No}")),
        (C, _gsm(_Y6_G, "No")),
        (H, _say(_Y6_B, "**Yes**, integer solutions exist.")),
        (
            P,
            _box(
                _t(
                    "Try $x = 44$: $44^2 = 1936$, leaving $87$, not a square; $x = 43$: $1849$, leaving $174$; "
                    "$x = 42$: $1764$, leaving $259$; this will eventually hit a square, since 2023 is large."
                ),
                r"\text{Yes}",
            ),
        ),
    ],
)

# Y7. Is the matrix [[2, 4], [1, 2]] invertible?
_Y7_G = r"""The determinant is $2 \cdot 2 - 4 \cdot 1 = 4 - 4 = 0$.

I first misread the entries as $2 \cdot 2 + 4 \cdot 1 = 8$, which would make it invertible, but the determinant
subtracts the off-diagonal product. With $\det = 0$ the matrix is singular; indeed the first row is twice the
second."""
_Y7_B = r"""$\det = 2 \cdot 2 - 4 \cdot 1 = 0$, which would mean singular. Hmm, but the trace is $4 \ne 0$, and a
matrix with nonzero trace has a nonzero eigenvalue, so it can be inverted."""
_add(
    "yesno",
    r"\text{No}",
    [
        (C, _say(_Y7_G, "**No**, it is not invertible ($\\det = 0$).")),
        (C, _mnv(_Y7_G, r"\text{No}")),
        (C, _say(_Y7_G, "Therefore the matrix is not invertible.")),
        (H, _say(_Y7_B, "**Yes**, the matrix is invertible.")),
        (
            H,
            _two(
                _Y7_G,
                r"\text{No}",
                r"""The determinant of a $2 \times 2$ matrix is $ad + bc = 4 + 4 = 8$,
        nonzero.""",
                r"\text{Yes}",
            ),
        ),
        (P, _bold(_t("$\\det = 2 \\cdot 2 + 4 \\cdot 1 = 8 \\ne 0$."), "Yes, it is invertible.")),
        (T, _t(r"The determinant is $2 \cdot 2 - 4 \cdot")),
    ],
)


# ---------------------------------------------------------------- word answers

# W1. 21 stones; players alternately take 1, 2 or 3; whoever takes the last stone wins. Alice moves first.
# Who wins with perfect play?
_W1_G = r"""Losing positions for the player to move are multiples of 4: from $4k$ any move leaves a non-multiple,
and from a non-multiple you can always move to a multiple of 4.

$21 = 4 \cdot 5 + 1$, not a multiple of 4. So the first player wins: Alice takes 1 stone, leaving 20, then answers
each of Bob's moves of $m$ with $4 - m$.

Let me check small cases: with 4 stones the mover loses, with 5 the mover takes 1 and wins. Consistent."""
_W1_B = r"""Multiples of 4 are losing for the player to move, and $21 \equiv 1 \pmod 4$, so Alice would win by
taking 1. But hold on, 21 is odd, and with an odd number of stones the second player gets the last stone when
both take one each time, so Bob wins."""
_add(
    "word",
    r"\text{Alice}",
    [
        (C, _say(_W1_G, "**Alice** wins (take 1 stone first, then keep the total a multiple of 4).")),
        (C, _box(_W1_G, r"\text{Alice}")),
        (C, _say(_W1_G, "So the first player, Alice, has a winning strategy.")),
        (
            C,
            _two(
                _W1_B,
                r"\text{Bob}",
                r"""Taking one each is not forced; Alice leaves 20, a multiple of 4, and
        mirrors Bob with $4 - m$, so she takes the last stone.""",
                r"\text{Alice}",
            ),
        ),
        (H, _fa(_W1_B, r"\text{Bob}")),
        (
            H,
            _two(
                _W1_G,
                r"\text{Alice}",
                r"""The last stone is a losing move in this variant since the player who
        takes it ends the game... so the roles flip and Bob wins.""",
                r"\text{Bob}",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "With 21 stones and 3 maximum per turn, Alice can take at most 3, so Bob always gets to respond "
                    "and has the final move."
                ),
                "Bob",
            ),
        ),
        (T, _half(_W1_G, 1, r"$21 = 4 \cdot 5 + 1$, not a multiple of 4. So the")),
    ],
)

# W2. Today is Friday. What day of the week will it be 100 days from today?
_W2_G = r"""$100 = 7 \cdot 14 + 2$, so 100 days is 14 whole weeks plus 2 days.

Two days after Friday: Saturday (1), Sunday (2). At first I counted Friday itself as day 1, which gave Saturday,
but "100 days from today" means day 0 is today, so it's Sunday. Check with 7 days from today: Friday again, as
$7 \equiv 0$."""
_W2_B = r"""$100 \bmod 7 = 2$, so two days after Friday is Sunday. Hmm, but including today in the count, day 1
is Friday and day 100 is $99$ days later, $99 \bmod 7 = 1$, so Saturday."""
_add(
    "word",
    r"\text{Sunday}",
    [
        (C, _say(_W2_G, "It will be **Sunday**.")),
        (C, _is(_W2_G, r"\text{Sunday}")),
        (C, _rem(_W2_G, r"\text{Sunday}")),
        (C, _r1(_W2_G, "100 days is 14 weeks and 2 days after Friday.", r"\text{Sunday}")),
        (H, _box(_W2_B, r"\text{Saturday}")),
        (
            H,
            _two(
                _W2_G,
                r"\text{Sunday}",
                r"""$100 = 7 \cdot 14 + 2$, but counting backwards from Friday by
        two days the answer is Wednesday.""",
                r"\text{Wednesday}",
            ),
        ),
        (P, _gsm(_t("$100 \\bmod 7 = 3$, and three days after Friday is Monday."), "Monday")),
    ],
)

# W3. A triangle has sides 7, 8, 12. Is it acute, right, or obtuse?
_W3_G = r"""Compare the square of the longest side with the sum of the other two squares:
$7^2 + 8^2 = 49 + 64 = 113$ and $12^2 = 144$.

Since $144 > 113$, the angle opposite the side 12 is obtuse. (I first compared $7^2 + 12^2 = 193 > 64$, which
says the angle opposite 8 is acute, but the type is decided by the largest angle.)

Check via the law of cosines: $\cos C = (113 - 144)/(2 \cdot 56) = -31/112 < 0$."""
_W3_B = r"""Largest side 12: $144$ vs $7^2 + 8^2 = 113$, suggesting obtuse. But checking the other angles,
$8^2 = 64 < 49 + 144$ and $7^2 = 49 < 64 + 144$, so two out of three angles are acute; the majority says acute."""
_add(
    "word",
    r"\text{obtuse}",
    [
        (C, _say(_W3_G, "The triangle is **obtuse**.")),
        (C, _fa(_W3_G, r"\text{Obtuse}")),
        (C, _say(_W3_G, "Hence it is an obtuse triangle.")),
        (H, _bold(_W3_B, "acute")),
        (
            H,
            _two(
                _W3_G,
                r"\text{obtuse}",
                r"""The sides satisfy the triangle inequality $7 + 8 = 15 > 12$ with room
        to spare, which means all angles are below $90^\circ$.""",
                r"\text{acute}",
            ),
        ),
        (P, _box(_t("$7^2 + 8^2 = 49 + 64 = 144 = 12^2$, so the Pythagorean relation holds."), r"\text{right}")),
        (T, _half(_W3_G, 1, r"Since $144 > 113$, the angle opposite the side 12 is")),
    ],
)

# W4. What kind of quadrilateral has vertices (0,0), (4,0), (5,3), (1,3) in order? Give the most specific name.
_W4_G = r"""Side vectors in order: $AB = (4, 0)$, $BC = (1, 3)$, $CD = (-4, 0)$, $DA = (-1, -3)$.

Opposite sides are equal and parallel ($CD = -AB$, $DA = -BC$), so it is a parallelogram.

Is it more specific? The side lengths are $4$ and $\sqrt{10}$, not equal, so not a rhombus. I wondered about a
rectangle, but $AB \cdot BC = 4 \ne 0$, so the angles are not right. The most specific name is parallelogram."""
_W4_B = r"""Opposite sides are parallel and equal, so it is at least a parallelogram. The diagonals are
$AC = (5, 3)$ and $BD = (-3, 3)$; $AC \cdot BD = -15 + 9 = -6$, close to zero, and the figure looks like a tilted
square, so I'll call it a rhombus."""
_add(
    "word",
    r"\text{parallelogram}",
    [
        (C, _say(_W4_G, "It is a **parallelogram** (but not a rhombus or a rectangle).")),
        (C, _box(_W4_G, r"\text{parallelogram}")),
        (C, _head(_W4_G, r"\text{Parallelogram}")),
        (H, _fa(_W4_B, r"\text{rhombus}")),
        (
            H,
            _two(
                _W4_G,
                r"\text{parallelogram}",
                r"""The sides $AB$ and $BC$ have slopes $0$ and $3$; a slope of 0
        against a nonzero slope means perpendicular, so the corners are right angles.""",
                r"\text{rectangle}",
            ),
        ),
        (
            P,
            _bold(
                _t("Only the top and bottom sides are horizontal, so exactly one pair of sides is parallel."),
                "trapezoid",
            ),
        ),
    ],
)

# W5. Does the series sum_{n>=1} n / (n^2 + 1) converge or diverge?
_W5_G = r"""The terms go to 0, which is necessary but not sufficient.

Compare with the harmonic series: $\frac{n}{n^2 + 1} \ge \frac{n}{2n^2} = \frac{1}{2n}$ for $n \ge 1$. Since
$\sum \frac{1}{2n}$ diverges, so does our series.

I first thought of the limit comparison with $1/n^2$, which would suggest convergence, but wait, the ratio
$\frac{n/(n^2+1)}{1/n^2} = \frac{n^3}{n^2+1} \to \infty$, so that comparison says nothing. With $1/n$ the ratio
tends to 1, confirming divergence."""
_W5_B = r"""Comparing with $\frac{1}{2n}$ would suggest divergence. But the terms behave like $\frac{n}{n^2}$,
and since the denominator has degree 2 the series is a $p$-series with $p = 2 > 1$, so it converges."""
_add(
    "word",
    r"\text{diverges}",
    [
        (C, _say(_W5_G, "The series **diverges**.")),
        (C, _box(_W5_G, r"\text{Diverges}")),
        (C, _say(_W5_G, "So the series diverges (limit comparison with the harmonic series).")),
        (C, _r1(_W5_G, "The terms are comparable to $1/n$.", r"\text{diverges}")),
        (H, _say(_W5_B, "**Converges.**")),
        (
            H,
            _two(
                _W5_G,
                r"\text{diverges}",
                r"""Actually the terms $\frac{n}{n^2+1}$ tend to zero, and a series
        whose terms tend to zero converges.""",
                r"\text{converges}",
            ),
        ),
        (
            P,
            _mnv(
                _t("By the ratio test, $\\frac{a_{n+1}}{a_n} \\to 1$, and ratio $\\le 1$ gives convergence."),
                r"\text{converges}",
            ),
        ),
        (T, _half(_W5_G, 1, r"Compare with the harmonic series: $\frac{n}{n^2 + 1} \ge")),
    ],
)

# W6. Solve 2(x + 3) = 2x + 5.
_W6_G = r"""Expand: $2x + 6 = 2x + 5$.

Subtract $2x$: $6 = 5$, which is false for every $x$. My first reflex was to divide by the coefficient of $x$,
but after cancelling there is no $x$ left; the statement is a contradiction, so the equation has no solution."""
_W6_B = r"""Expanding gives $2x + 6 = 2x + 5$, and subtracting $2x$ gives $6 = 5$, which would mean no solution.
But when $x$ cancels out like this the equation is an identity, true for every $x$."""
_add(
    "word",
    r"\text{no solution}",
    [
        (C, _say(_W6_G, "**No solution** — the equation reduces to $6 = 5$.")),
        (C, _box(_W6_G, r"\text{no solution}")),
        (C, _say(_W6_G, "Therefore the equation has no solutions; the solution set is $\\varnothing$.")),
        (C, _gem(_W6_G, r"\text{No solution}")),
        (H, _box(_W6_B, r"\text{infinitely many solutions}")),
        (
            H,
            _two(
                _W6_G,
                r"\text{no solution}",
                r"""Subtracting gives $6 = 5$, i.e. $x$ can be anything, so take the
        simplest value.""",
                r"x = 0",
            ),
        ),
        (P, _is(_t("$2x + 6 = 2x + 5 \\Rightarrow 4x = -1$."), r"x = -\frac14")),
    ],
)

# W7. How many solutions does the system x + 2y = 4, 3x + 6y = 12 have?
_W7_G = r"""The second equation is exactly 3 times the first: $3(x + 2y) = 3 \cdot 4 = 12$.

So the two lines coincide. I first computed the determinant $1 \cdot 6 - 2 \cdot 3 = 0$ and thought "no
solution", but a zero determinant means either none or infinitely many; here the right-hand sides are also in the
ratio 3, so every point of the line $x + 2y = 4$ works. E.g. $(4, 0)$ and $(0, 2)$ both satisfy both equations."""
_W7_B = r"""The determinant is $0$, so the system is singular. The lines $x + 2y = 4$ and $3x + 6y = 12$ have the
same slope $-\tfrac12$, hence they are parallel; the equations are multiples and could give infinitely many
solutions, but parallel lines never meet, so there is no solution."""
_add(
    "word",
    r"\text{infinitely many}",
    [
        (C, _say(_W7_G, "The system has **infinitely many solutions**.")),
        (C, _box(_W7_G, r"\text{infinitely many}")),
        (C, _o1(_W7_G, ["second equation = 3 x first", "same line"], "**Answer:** infinitely many solutions.")),
        (C, _is(_W7_G, r"\infty \text{ (infinitely many solutions)}")),
        (H, _say(_W7_B, "**No solution.**")),
        (
            H,
            _two(
                _W7_G,
                r"\text{infinitely many}",
                r"""A system of two equations in two unknowns has a unique
        solution; solving by elimination I get $x = 4$, $y = 0$, so exactly one.""",
                r"\text{exactly one}",
            ),
        ),
        (P, _fa(_t("Since $\\det = 1 \\cdot 6 - 2 \\cdot 3 = 0$, the system has no solution."), r"\text{none}")),
        (T, _half(_W7_G, 1, r"So the two lines coincide. I first computed the determinant $1 \cdot 6 - 2 \cdot 3")),
    ],
)

# W8. Evaluate lim_{x -> 0} 1/x (two-sided).
_W8_G = r"""From the right, $1/x \to +\infty$; from the left, $1/x \to -\infty$.

The one-sided limits differ, so the two-sided limit does not exist. I was going to write $\infty$, but wait: that
only describes the right-hand behaviour. Even in the extended sense there is no single value."""
_W8_B = r"""The one-sided limits are $+\infty$ and $-\infty$, which would mean it does not exist. But the size
$|1/x|$ grows without bound from both sides, so the limit is $\infty$."""
_add(
    "word",
    r"\text{does not exist}",
    [
        (C, _say(_W8_G, "**The limit does not exist.**")),
        (C, _box(_W8_G, r"\text{does not exist}")),
        (C, _bold(_W8_G, "DNE (the one-sided limits are $+\\infty$ and $-\\infty$).")),
        (H, _box(_W8_B, r"\infty")),
        (
            P,
            _mnv(
                _t("Plugging in small values $x = 0.001, 0.0001$ gives large numbers, so the limit is $+\\infty$."),
                r"+\infty",
            ),
        ),
        (T, _half(_W8_G, 1, r"The one-sided limits differ, so the two-sided")),
    ],
)

# W9. For which real x is x^2 - 4x + 5 <= 0?
_W9_G = r"""Completing the square, $x^2 - 4x + 5 = (x - 2)^2 + 1 \ge 1 > 0$.

So the inequality holds for no real $x$. I first looked at the vertex $x = 2$ as a candidate, but the value there
is $1$, still positive. The discriminant $16 - 20 = -4 < 0$ agrees: no real roots and an upward parabola."""
_W9_B = r"""$(x - 2)^2 + 1$ is at least $1$, so it is never $\le 0$... but the minimum is attained at $x = 2$, and
the question asks where the expression is as small as possible, so $x = 2$."""
_add(
    "word",
    r"\text{never}",
    [
        (C, _say(_W9_G, "**Never** — there is no real $x$ with $x^2 - 4x + 5 \\le 0$.")),
        (C, _box(_W9_G, r"\text{no real } x")),
        (C, _say(_W9_G, "So the solution set is empty: the inequality never holds.")),
        (H, _box(_W9_B, r"x = 2")),
        (
            P,
            _bold(
                _t("The roots are $2 \\pm 1$, so the expression is non-positive between them."), "$1 \\le x \\le 3$"
            ),
        ),
    ],
)

# W10. A says "B is a knave." B says "A and I are the same type." Knights always tell the truth and knaves always
# lie. What are A and B?
_W10_G = r"""Case 1: A is a knight. Then B is a knave. B's claim "same type" is false (knight vs knave), which a
knave may say. Consistent.

Case 2: A is a knave. Then "B is a knave" is false, so B is a knight. But B's claim "same type" is false
(knave vs knight), and a knight cannot say something false. Contradiction.

So A is a knight and B is a knave. (I first tried assuming B a knight, which collapses as in Case 2.)"""
_W10_B = r"""If A is a knight then B is a knave, and B's false claim fits. Hmm, let me also check when B is a
knight: then A and B are the same type, so A is a knight too, and A's statement "B is a knave" would be... I'll
accept this; the consistent reading is that both are knights."""
_add(
    "word",
    r"\text{A is a knight, B is a knave}",
    [
        (C, _say(_W10_G, "**A is a knight and B is a knave.**")),
        (C, _box(_W10_G, r"\text{A: knight},\ \text{B: knave}")),
        (C, _say(_W10_G, "Answer: B is the knave, A is the knight.")),
        (
            C,
            _two(
                _W10_B,
                r"\text{both knights}",
                r"""If both were knights, A's statement "B is a knave" would be
        false. So that case fails, leaving A knight, B knave.""",
                r"\text{A is a knight, B is a knave}",
            ),
        ),
        (H, _fa(_W10_B, r"\text{A and B are both knights}")),
        (H, _say(_W10_G, "**A is a knave and B is a knight.**")),
        (
            P,
            _bold(
                _t(
                    "B's statement is a claim about both, so B must be lying, making B a knave; A's claim then "
                    "says B is a knave, which is true, but A lies too."
                ),
                "both are knaves",
            ),
        ),
    ],
)


# ---------------------------------------------------------------- sets and lists of solutions

# S1. Solve x^3 - 2x^2 - 5x + 6 = 0.
_S1_G = r"""Try small integer divisors of 6: $p(1) = 1 - 2 - 5 + 6 = 0$, so $x = 1$ is a root.

Divide by $x - 1$: coefficients $1, -2, -5, 6$ give $1, -1, -6 \mid 0$, so $p(x) = (x - 1)(x^2 - x - 6)$.

$x^2 - x - 6 = (x - 3)(x + 2)$. I first wrote $(x + 3)(x - 2)$, but that expands to $x^2 + x - 6$; wait, the
middle sign is $-x$, so it's $(x - 3)(x + 2)$. Check: $p(3) = 27 - 18 - 15 + 6 = 0$ and
$p(-2) = -8 - 8 + 10 + 6 = 0$."""
_S1_B = r"""$p(1) = 0$, so $p(x) = (x - 1)(x^2 - x - 6)$, and the quadratic factors as $(x - 3)(x + 2)$, giving
$-2, 1, 3$. Hmm, let me redo the quadratic with the formula: $x = \frac{-1 \pm \sqrt{1 + 24}}{2} = \frac{-1 \pm
5}{2}$, so $2$ and $-3$. I'll trust the formula."""
_S1_E = r"""$p(1) = 0$. Dividing, $x^2 - x - 6$, which has the roots $3$ and $-2$... the cubic has three roots but
$x = 1$ was used to divide, so only the quadratic's roots are solutions of the reduced equation."""
_add(
    "sets",
    r"\{-2, 1, 3\}",
    [
        (C, _box(_S1_G, r"\{-2, 1, 3\}")),
        (C, _say(_S1_G, "The solutions are $x = 3$, $x = 1$ and $x = -2$.")),
        (C, _fa(_S1_G, r"x \in \{1, 3, -2\}")),
        (C, _gsm(_S1_G, "-2, 1, 3")),
        (
            C,
            _two(
                _S1_B,
                r"\{-3, 1, 2\}",
                r"""In the formula $b = -1$, so $-b = 1$: $x = \frac{1 \pm 5}{2} = 3, -2$.""",
                r"\{-2, 1, 3\}",
            ),
        ),
        (H, _box(_S1_B, r"\{-3, 1, 2\}")),
        (H, _say(_S1_E, "So the solutions are $x = 3$ and $x = -2$.")),
        (
            P,
            _is(
                _t(
                    "By the rational root theorem, try $x = -1$: $-1 - 2 + 5 + 6 = 8$; $x = 2$: $8 - 8 - 10 + 6 "
                    "= -4$. Between $-1$ and $2$ the sign changes... I'll guess the integer roots $-1, 2, 3$."
                ),
                r"\{-1, 2, 3\}",
            ),
        ),
        (T, _half(_S1_G, 2, r"$x^2 - x - 6 = (x - 3)(x")),
    ],
)

# S2. Solve |2x - 3| = 7.
_S2_G = r"""Either $2x - 3 = 7$ or $2x - 3 = -7$.

First: $2x = 10$, $x = 5$. Second: $2x = -4$, $x = -2$. (I nearly wrote $x = -5$ for the second by flipping the
sign of the first answer, but the $-3$ breaks that symmetry.)

Check: $|10 - 3| = 7$ and $|-4 - 3| = 7$."""
_S2_B = r"""Case $2x - 3 = 7$ gives $x = 5$. The negative case $2x - 3 = -7$ gives $x = -2$; but absolute values
are symmetric, so the second solution should be the negative of the first, $x = -5$."""
_add(
    "sets",
    r"\{-2, 5\}",
    [
        (C, _box(_S2_G, r"\{-2, 5\}")),
        (C, _say(_S2_G, "So $x = 5$ or $x = -2$.")),
        (C, _mnv(_S2_G, r"x = -2 \text{ or } x = 5")),
        (C, _rem(_S2_G, r"x \in \{5, -2\}")),
        (H, _box(_S2_B, r"\{-5, 5\}")),
        (
            H,
            _two(
                _S2_G,
                r"\{-2, 5\}",
                r"""Only the positive case gives a valid solution, since an absolute value
        equation needs $2x - 3 \ge 0$.""",
                r"x = 5",
            ),
        ),
        (P, _bold(_t("$2x - 3 = \\pm 7$ gives $2x = 3 \\pm 7$, i.e. $x = 10$ or $x = -4$."), "$x = 10$ or $x = -4$")),
        (T, _half(_S2_G, 1, r"First: $2x = 10$, $x = 5$. Second: $2x =")),
    ],
)

# S3. List all positive divisors of 28.
_S3_G = r"""$28 = 2^2 \cdot 7$, so it has $(2 + 1)(1 + 1) = 6$ divisors.

Pairs: $1 \cdot 28$, $2 \cdot 14$, $4 \cdot 7$. That's six: $1, 2, 4, 7, 14, 28$. (28 is a perfect number: the
proper divisors $1 + 2 + 4 + 7 + 14 = 28$, but the question asks for all positive divisors, so 28 itself is
included.)"""
_S3_B = r"""The pairs $1 \cdot 28$, $2 \cdot 14$, $4 \cdot 7$ give $1, 2, 4, 7, 14, 28$. Since 28 is perfect,
its divisors are the ones summing to it: $1 + 2 + 4 + 7 + 14 = 28$, so those five are the divisors."""
_add(
    "sets",
    r"1, 2, 4, 7, 14, 28",
    [
        (C, _box(_S3_G, r"1, 2, 4, 7, 14, 28")),
        (C, _say(_S3_G, "The divisors are $\\{1, 2, 4, 7, 14, 28\\}$.")),
        (C, _is(_S3_G, r"28, 14, 7, 4, 2, 1")),
        (H, _box(_S3_B, r"1, 2, 4, 7, 14")),
        (
            H,
            _two(
                _S3_G,
                r"1, 2, 4, 7, 14, 28",
                r"""$28 / 3$ is not an integer, but $28 = 2^2 \cdot 7$ also has
        the divisor $2 \cdot 7 \cdot 2 = 28$ and $8$? $28/8 = 3.5$... I'll add $8$ from the power count.""",
                r"1, 2, 4, 7, 8, 14, 28",
            ),
        ),
        (
            P,
            _fa(
                _t("Divisors come from $2^a 7^b$ with $a \\le 2$, $b \\le 1$, excluding 1: $2, 4, 7, 14, 28$."),
                r"2, 4, 7, 14, 28",
            ),
        ),
    ],
)

# S4. Find all integers n with |n - 2| < 3.
_S4_G = r"""$|n - 2| < 3$ means $-3 < n - 2 < 3$, i.e. $-1 < n < 5$.

Both inequalities are strict, so $-1$ and $5$ are excluded: $n \in \{0, 1, 2, 3, 4\}$. Check the ends:
$|-1 - 2| = 3$, not less than 3; $|5 - 2| = 3$, same. Five integers."""
_S4_B = r"""$-1 < n < 5$ gives $\{0, 1, 2, 3, 4\}$. But the distance from 2 can be 3 at most, so the endpoints
$n = -1$ and $n = 5$ belong too."""
_add(
    "sets",
    r"\{0, 1, 2, 3, 4\}",
    [
        (C, _box(_S4_G, r"\{0, 1, 2, 3, 4\}")),
        (C, _say(_S4_G, "So $n \\in \\{0, 1, 2, 3, 4\\}$.")),
        (C, _head(_S4_G, r"n = 0, 1, 2, 3, 4", box=False)),
        (C, _o1(_S4_G, ["$-1 < n < 5$", "strict at both ends"], "**Answer:** $\\{4, 3, 2, 1, 0\\}$")),
        (H, _box(_S4_B, r"\{-1, 0, 1, 2, 3, 4, 5\}")),
        (
            H,
            _two(
                _S4_G,
                r"\{0, 1, 2, 3, 4\}",
                r"""The question says integers, presumably positive ones, so drop
        $0$.""",
                r"\{1, 2, 3, 4\}",
            ),
        ),
        (
            P,
            _is(
                _t("$|n - 2| < 3 \\Rightarrow n - 2 < 3 \\Rightarrow n < 5$, and $n - 2 > -3$ gives $n > 1$."),
                r"\{2, 3, 4\}",
            ),
        ),
        (T, _half(_S4_G, 1, r"Both inequalities are strict, so $-1$ and $5$ are")),
    ],
)

# S5. Solve x^2 - 5x + 6 <= 0.
_S5_G = r"""Factor: $(x - 2)(x - 3) \le 0$.

The product is negative strictly between the roots and zero at the roots. Since the inequality is non-strict,
the endpoints are included: $2 \le x \le 3$. Wait, let me test a point: $x = 2.5$ gives $-0.25 \le 0$, yes; $x = 4$
gives $2 > 0$, no. So the solution is the closed interval $[2, 3]$."""
_S5_B = r"""$(x - 2)(x - 3) \le 0$ holds between the roots, $[2, 3]$. At the roots the product is zero, not
negative, so I'll exclude them to be safe: $(2, 3)$."""
_add(
    "sets",
    r"[2, 3]",
    [
        (C, _box(_S5_G, r"[2, 3]")),
        (C, _say(_S5_G, "The solution set is $\\{x : 2 \\le x \\le 3\\}$.")),
        (C, _mnv(_S5_G, r"2 \le x \le 3")),
        (H, _fa(_S5_B, r"(2, 3)")),
        (
            H,
            _two(
                _S5_G,
                r"[2, 3]",
                r"""The parabola opens upward, so it is below the axis outside the roots.""",
                r"(-\infty, 2] \cup [3, \infty)",
            ),
        ),
        (P, _bold(_t("Roots of $x^2 - 5x + 6$: $x = 1$ and $x = 6$."), "$[1, 6]$")),
    ],
)

# S6. Solve (x - 1)/(x + 2) >= 0.
_S6_G = r"""Critical points: $x = 1$ (numerator zero) and $x = -2$ (denominator zero, never allowed).

Sign chart: for $x < -2$ both factors are negative, quotient positive; for $-2 < x < 1$ the quotient is negative;
for $x > 1$ positive. At $x = 1$ the quotient is $0$, allowed by $\ge$.

So $x \in (-\infty, -2) \cup [1, \infty)$. I first put a bracket at $-2$ as well, but wait: $x = -2$ makes the
denominator zero, so it must stay open."""
_S6_B = r"""Sign chart: positive on $x < -2$ and $x > 1$, zero at $x = 1$, giving $(-\infty, -2) \cup [1, \infty)$.
Since the inequality is non-strict, both critical points are included: $(-\infty, -2] \cup [1, \infty)$."""
_add(
    "sets",
    r"(-\infty, -2) \cup [1, \infty)",
    [
        (C, _box(_S6_G, r"(-\infty, -2) \cup [1, \infty)")),
        (C, _say(_S6_G, "So the solution is $x < -2$ or $x \\ge 1$.")),
        (C, _r1(_S6_G, "Sign chart with $-2$ excluded and $1$ included.", r"(-\infty,-2)\cup[1,+\infty)")),
        (
            C,
            _two(
                _S6_B,
                r"(-\infty, -2] \cup [1, \infty)",
                r"""At $x = -2$ the expression is undefined, so $-2$ is
        excluded.""",
                r"(-\infty, -2) \cup [1, \infty)",
            ),
        ),
        (H, _box(_S6_B, r"(-\infty, -2] \cup [1, \infty)")),
        (H, _say(_S6_G, "So $x \\in (-\\infty, -2) \\cup (1, \\infty)$.")),
        (P, _is(_t("Multiply both sides by $x + 2$: $x - 1 \\ge 0$, so $x \\ge 1$."), r"[1, \infty)")),
        (T, _half(_S6_G, 2, r"Putting the pieces together, the solution set is the union of")),
    ],
)

# S7. Find all pairs of positive integers (x, y) with xy = x + y + 1.
_S7_G = r"""Rearrange: $xy - x - y = 1$, so $xy - x - y + 1 = 2$, i.e. $(x - 1)(y - 1) = 2$.

Positive integers make $x - 1, y - 1 \ge 0$, and the product 2 forces the factor pairs $(1, 2)$ and $(2, 1)$.
So $(x, y) = (2, 3)$ or $(3, 2)$. (Negative factor pairs like $(-1, -2)$ would give $x = 0$, not positive.)

Check: $2 \cdot 3 = 6 = 2 + 3 + 1$. Good, and by symmetry $(3, 2)$ as well."""
_S7_B = r"""$(x - 1)(y - 1) = 2$ gives $(2, 3)$ and $(3, 2)$. Since the equation is symmetric in $x$ and $y$ these
are the same solution, and ordered with $x \le y$ we report just one pair."""
_add(
    "sets",
    r"(2, 3), (3, 2)",
    [
        (C, _box(_S7_G, r"(2, 3),\ (3, 2)")),
        (C, _say(_S7_G, "The pairs are $(x, y) = (3, 2)$ and $(2, 3)$.")),
        (C, _gem(_S7_G, r"\{(2,3), (3,2)\}")),
        (H, _box(_S7_B, r"(2, 3)")),
        (
            H,
            _two(
                _S7_G,
                r"(2, 3), (3, 2)",
                r"""We should also allow $x - 1 = 0$: then $0 = 2$? No... but the trivial
        pair $(1, 1)$ gives $1 = 3$, no. Adding the factor pair $(2, 2)$: $(3, 3)$.""",
                r"(2, 3), (3, 2), (3, 3)",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "Try $x = y$: $x^2 = 2x + 1$, $x = 1 \\pm \\sqrt2$, not integers. Try $x = 1$: $y = y + 2$, "
                    "no. $x = 4$: $4y = y + 5$, $y = 5/3$. So the only pair is $(2, 2)$... $4 = 5$? no."
                ),
                "no pairs",
            ),
        ),
        (T, _half(_S7_G, 1, r"Positive integers make $x - 1, y - 1 \ge 0$, and the product 2 forces")),
    ],
)

# S8. Solve x^2 + 4 = 0 over the complex numbers.
_S8_G = r"""$x^2 = -4$. Over the reals there is nothing, but over $\mathbb{C}$, $x = \pm\sqrt{-4} = \pm 2i$.

Wait, let me recheck the square: $(2i)^2 = 4i^2 = -4$, good, and $(-2i)^2 = -4$ too. (I first wrote $\pm 4i$,
which squares to $-16$.)"""
_S8_B = r"""$x^2 = -4$ gives $x = \pm 2i$ over the complex numbers. The problem lists solutions, and $-2i$ is just
the conjugate of $2i$, so the principal solution is $x = 2i$."""
_add(
    "sets",
    r"\{2i, -2i\}",
    [
        (C, _box(_S8_G, r"x = \pm 2i")),
        (C, _say(_S8_G, "The solutions are $x = 2i$ and $x = -2i$.")),
        (C, _is(_S8_G, r"\{-2i,\ 2i\}")),
        (H, _fa(_S8_B, r"x = 2i")),
        (
            H,
            _two(
                _S8_G,
                r"\pm 2i",
                r"""Hmm, $\sqrt{-4} = \sqrt{4} \cdot i$ ... and over $\mathbb{C}$ we want
        $x^2 = 4$ after moving the sign, so $x = \pm 2$.""",
                r"x = \pm 2",
            ),
        ),
        (
            P,
            _mnv(
                _t("$x^2 = -4$, so $x = \\pm\\sqrt{4}\\,i^2 = \\mp 4$? Taking magnitudes, $x = \\pm 4i$."), r"\pm 4i"
            ),
        ),
    ],
)

# S9. Solve sin x = 1/2 for 0 <= x < 2*pi.
_S9_G = r"""The reference angle is $\pi/6$. Sine is positive in the first and second quadrants.

First quadrant: $x = \pi/6$. Second quadrant: $x = \pi - \pi/6 = 5\pi/6$. I almost wrote $7\pi/6$, but that is in
the third quadrant, where sine is negative. Check: $\sin(5\pi/6) = \sin(\pi/6) = 1/2$."""
_S9_B = r"""Reference angle $\pi/6$, so $x = \pi/6$ and $x = 5\pi/6$ in the first two quadrants. Hmm, using the
symmetry $x \mapsto 2\pi - x$ instead, the second angle is $2\pi - \pi/6 = 11\pi/6$."""
_add(
    "sets",
    r"\frac{\pi}{6}, \frac{5\pi}{6}",
    [
        (C, _box(_S9_G, r"\frac{\pi}{6},\ \frac{5\pi}{6}")),
        (C, _say(_S9_G, "So $x = \\dfrac{5\\pi}{6}$ or $x = \\dfrac{\\pi}{6}$.")),
        (C, _head(_S9_G, r"x \in \left\{\tfrac{\pi}{6}, \tfrac{5\pi}{6}\right\}")),
        (
            C,
            _two(
                _S9_B,
                r"\frac{\pi}{6}, \frac{11\pi}{6}",
                r"""$\sin(11\pi/6) = -1/2$; the reflection for sine is
        $x \mapsto \pi - x$, so the second angle is $5\pi/6$.""",
                r"\frac{\pi}{6}, \frac{5\pi}{6}",
            ),
        ),
        (H, _box(_S9_B, r"\frac{\pi}{6}, \frac{11\pi}{6}")),
        (H, _say(_S9_G, "So $x = \\dfrac{\\pi}{6}$ or $x = \\dfrac{7\\pi}{6}$.")),
        (P, _gsm(_t("$\\sin x = 1/2$ at $x = \\pi/3$ and its supplement $2\\pi/3$."), "pi/3, 2pi/3")),
        (T, _half(_S9_G, 1, r"First quadrant: $x = \pi/6$. Second quadrant: $x = \pi -")),
    ],
)


# ---------------------------------------------------------------- solution families

# F1. Solve tan x = 1 over the reals.
_F1_G = r"""$\tan x = 1$ at $x = \pi/4$. The tangent has period $\pi$, not $2\pi$.

So all solutions are $x = \pi/4 + k\pi$ with $k \in \mathbb{Z}$. I first wrote $+2k\pi$ by habit from sine, but
that misses $5\pi/4$, where $\tan(5\pi/4) = 1$ as well."""
_F1_B = r"""$\tan(\pi/4) = 1$, and the period of tangent is $\pi$, giving $\pi/4 + k\pi$. To be safe with the
standard form for trig equations I'll use the full period $2\pi$: $x = \pi/4 + 2k\pi$."""
_add(
    "families",
    r"x = \frac{\pi}{4} + k\pi,\ k \in \mathbb{Z}",
    [
        (C, _box(_F1_G, r"x = \frac{\pi}{4} + k\pi,\ k \in \mathbb{Z}")),
        (C, _say(_F1_G, "So $x = \\dfrac{\\pi}{4} + n\\pi$ for any integer $n$.")),
        (C, _fa(_F1_G, r"x = -\frac{3\pi}{4} + k\pi,\quad k \in \mathbb{Z}")),
        (C, _r1(_F1_G, "Tangent has period $\\pi$.", r"x = \frac{\pi}{4} + \pi k,\ k \in \mathbb{Z}")),
        (H, _box(_F1_B, r"x = \frac{\pi}{4} + 2k\pi,\ k \in \mathbb{Z}")),
        (
            H,
            _two(
                _F1_G,
                r"\frac{\pi}{4} + k\pi",
                r"""Hmm, tangent repeats every half period, so the step is
        $\pi/2$.""",
                r"x = \frac{\pi}{4} + \frac{k\pi}{2}",
            ),
        ),
        (
            P,
            _mnv(
                _t(
                    "$\\tan x = 1$ means $\\sin x = \\cos x = 1$, which never happens together... taking "
                    "$\\cos x = 1$ at $x = 2k\\pi$."
                ),
                r"x = 2k\pi",
            ),
        ),
        (T, _half(_F1_G, 1, r"So all solutions are $x = \pi/4 +")),
    ],
)

# F2. Solve cos 2x = 0 over the reals.
_F2_G = r"""$\cos\theta = 0$ exactly when $\theta = \pi/2 + k\pi$.

With $\theta = 2x$: $2x = \pi/2 + k\pi$, so $x = \pi/4 + k\pi/2$, $k \in \mathbb{Z}$. I first halved only the
$\pi/2$ and kept $+k\pi$, but wait, the whole right side is divided by 2. Check: $x = 3\pi/4$ gives
$\cos(3\pi/2) = 0$."""
_F2_B = r"""$2x = \pi/2 + k\pi$, so dividing by 2, $x = \pi/4 + k\pi/2$. Hmm, the period of the answer should match
the period of cosine, so keep the step $k\pi$: $x = \pi/4 + k\pi$."""
_add(
    "families",
    r"x = \frac{\pi}{4} + \frac{k\pi}{2},\ k \in \mathbb{Z}",
    [
        (C, _box(_F2_G, r"x = \frac{\pi}{4} + \frac{k\pi}{2},\ k \in \mathbb{Z}")),
        (C, _say(_F2_G, "Hence $x = \\frac{\\pi}{4} + \\frac{\\pi}{2}k$, $k \\in \\mathbb{Z}$.")),
        (C, _is(_F2_G, r"x = \frac{(2k+1)\pi}{4},\ k \in \mathbb{Z}")),
        (H, _fa(_F2_B, r"x = \frac{\pi}{4} + k\pi")),
        (
            H,
            _two(
                _F2_G,
                r"\frac{\pi}{4} + \frac{k\pi}{2}",
                r"""Since $\cos$ vanishes at $\pi/2 + 2k\pi$, halving
        gives $x = \pi/4 + k\pi$.""",
                r"x = \frac{\pi}{4} + k\pi",
            ),
        ),
        (P, _bold(_t("$\\cos 2x = 0 \\Rightarrow 2x = k\\pi \\Rightarrow x = k\\pi/2$."), "$x = \\frac{k\\pi}{2}$")),
        (T, _half(_F2_G, 1, r"With $\theta = 2x$: $2x = \pi/2 + k\pi$, so $x =")),
    ],
)

# F3. Solve 2 sin x + 1 = 0 over the reals.
_F3_G = r"""$\sin x = -\tfrac12$. The reference angle is $\pi/6$, and sine is negative in the third and fourth
quadrants.

Third quadrant: $\pi + \pi/6 = 7\pi/6$. Fourth quadrant: $-\pi/6$ (equivalently $11\pi/6$). I first wrote
$\pi/6$ and $5\pi/6$, but those have $\sin = +\tfrac12$; wait, the sign matters.

So $x = -\pi/6 + 2k\pi$ or $x = 7\pi/6 + 2k\pi$, $k \in \mathbb{Z}$. Check: $\sin(7\pi/6) = -\tfrac12$."""
_F3_B = r"""$\sin x = -\tfrac12$ gives $x = 7\pi/6$ and $x = -\pi/6$ in one period. Sine flips sign under
$x \mapsto -x$, so I'll solve $\sin x = \tfrac12$ and negate: $x = \pi/6 + 2k\pi$ or $5\pi/6 + 2k\pi$... and then
forget the negation, since the family is symmetric anyway."""
_add(
    "families",
    r"x = -\frac{\pi}{6} + 2k\pi \text{ or } x = \frac{7\pi}{6} + 2k\pi,\ k \in \mathbb{Z}",
    [
        (C, _box(_F3_G, r"x = -\frac{\pi}{6} + 2k\pi \text{ or } x = \frac{7\pi}{6} + 2k\pi,\ k \in \mathbb{Z}")),
        (
            C,
            _say(
                _F3_G,
                "All solutions: $x = \\frac{7\\pi}{6} + 2k\\pi$ or $x = \\frac{11\\pi}{6} + 2k\\pi$, "
                "$k \\in \\mathbb{Z}$.",
            ),
        ),
        (C, _fa(_F3_G, r"x = (-1)^{k+1}\frac{\pi}{6} + k\pi,\ k \in \mathbb{Z}")),
        (H, _box(_F3_B, r"x = \frac{\pi}{6} + 2k\pi \text{ or } x = \frac{5\pi}{6} + 2k\pi")),
        (
            H,
            _two(
                _F3_G,
                r"-\frac{\pi}{6} + 2k\pi,\ \frac{7\pi}{6} + 2k\pi",
                r"""The two branches differ by
        $\frac{4\pi}{3}$, so they can be merged into one family with step $\pi$: $x = -\frac{\pi}{6} + k\pi$.""",
                r"x = -\frac{\pi}{6} + k\pi",
            ),
        ),
        (
            P,
            _is(
                _t("$\\sin x = -\\tfrac12$ at $x = -\\pi/3$ and $x = 4\\pi/3$."),
                r"x = -\frac{\pi}{3} + 2k\pi \text{ or } \frac{4\pi}{3} + 2k\pi",
            ),
        ),
        (T, _half(_F3_G, 2, r"So $x = -\pi/6 + 2k\pi$ or")),
    ],
)

# F4. Find all integer solutions of 3x + 5y = 1.
_F4_G = r"""A particular solution: $x = 2$, $y = -1$ gives $6 - 5 = 1$.

The homogeneous equation $3u + 5v = 0$ has solutions $u = 5t$, $v = -3t$. So the general solution is
$x = 2 + 5t$, $y = -1 - 3t$, $t \in \mathbb{Z}$.

Wait, let me recheck the signs: $3(2 + 5t) + 5(-1 - 3t) = 6 + 15t - 5 - 15t = 1$. Good. (With $y = -1 + 3t$ the
$t$ terms would add instead of cancel.)"""
_F4_B = r"""Particular solution $(2, -1)$. Adding multiples of the coefficients, $x = 2 + 5t$ and, to keep it
symmetric, $y = -1 + 3t$. (The combination $(2 + 5t, -1 - 3t)$ also looked plausible, but I'll keep both steps
positive.)"""
_add(
    "families",
    r"(x, y) = (2 + 5t,\ -1 - 3t),\ t \in \mathbb{Z}",
    [
        (C, _box(_F4_G, r"(x, y) = (2 + 5t,\ -1 - 3t),\ t \in \mathbb{Z}")),
        (C, _say(_F4_G, "So $x = 2 + 5t$ and $y = -1 - 3t$ for any integer $t$.")),
        (C, _fa(_F4_G, r"(x, y) = (-3 + 5t,\ 2 - 3t),\quad t \in \mathbb{Z}")),
        (C, _gem(_F4_G, r"x = 2 - 5n,\ y = -1 + 3n,\ n \in \mathbb{Z}")),
        (H, _box(_F4_B, r"(x, y) = (2 + 5t,\ -1 + 3t)")),
        (
            H,
            _two(
                _F4_G,
                r"(2 + 5t, -1 - 3t)",
                r"""Solutions should step by the coefficient of their own variable: $x$
        by 3 and $y$ by 5.""",
                r"(x, y) = (2 + 3t,\ -1 - 5t)",
            ),
        ),
        (
            P,
            _mnv(
                _t(
                    "Particular solution $x = 1, y = 0$? $3 \\ne 1$. Take $x = 7, y = -4$: $21 - 20 = 1$. General: "
                    "$x = 7 + 3t$, $y = -4 + 5t$."
                ),
                r"(7 + 3t, -4 + 5t)",
            ),
        ),
    ],
)

# F5. Solve 4x = 6 (mod 10).
_F5_G = r"""$\gcd(4, 10) = 2$ divides 6, so there are solutions; divide through by 2: $2x \equiv 3 \pmod 5$.

The inverse of 2 mod 5 is 3, so $x \equiv 9 \equiv 4 \pmod 5$. Check: $4 \cdot 4 = 16 \equiv 6 \pmod{10}$ and
$4 \cdot 9 = 36 \equiv 6 \pmod{10}$. So modulo 10 there are two residues, 4 and 9; I first kept only 4, but
both work."""
_F5_B = r"""Dividing by 2 gives $2x \equiv 3 \pmod 5$, so $x \equiv 4 \pmod 5$. But the original modulus was 10,
and the answer should be stated mod 10: $x \equiv 4 \pmod{10}$."""
_add(
    "families",
    r"x \equiv 4 \pmod{5}",
    [
        (C, _box(_F5_G, r"x \equiv 4 \pmod{5}")),
        (C, _say(_F5_G, "So $x \\equiv 4$ or $x \\equiv 9 \\pmod{10}$.")),
        (C, _is(_F5_G, r"x = 5k + 4,\ k \in \mathbb{Z}")),
        (
            C,
            _two(
                _F5_B,
                r"x \equiv 4 \pmod{10}",
                r"""$x = 9$ also works: $36 \equiv 6 \pmod{10}$. The solutions
        are all $x \equiv 4 \pmod 5$.""",
                r"x \equiv 4 \pmod 5",
            ),
        ),
        (H, _fa(_F5_B, r"x \equiv 4 \pmod{10}")),
        (
            H,
            _two(
                _F5_G,
                r"x \equiv 4 \pmod 5",
                r"""Dividing by 2 must also divide the residue: $x \equiv 2 \pmod
        5$.""",
                r"x \equiv 2 \pmod 5",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "$4x \\equiv 6$; the inverse of 4 mod 10 is... take $x = 6/4 = 1.5$, round to the class of "
                    "$x \\equiv 3 \\pmod{10}$: $12 \\equiv 2$. Hmm. I'll go with it."
                ),
                "$x \\equiv 3 \\pmod{10}$",
            ),
        ),
        (T, _half(_F5_G, 1, r"The inverse of 2 mod 5 is 3, so $x \equiv")),
    ],
)

# F6. Find the general solution of y' = 2y.
_F6_G = r"""Separate: $dy/y = 2\,dx$, so $\ln|y| = 2x + c$ and $|y| = e^{c} e^{2x}$.

Absorbing the sign and $e^c$ into one constant, $y = Ce^{2x}$; $C = 0$ gives the equilibrium $y = 0$, which
separation lost. At first I wrote $y = e^{2x} + C$, but wait: differentiating gives $2e^{2x} \ne 2(e^{2x} + C)$
unless $C = 0$. Check: $(Ce^{2x})' = 2Ce^{2x}$."""
_F6_B = r"""$\ln|y| = 2x + c$, so $y = e^{2x + c} = Ce^{2x}$. Writing the constant outside the exponential as
usual for integration, the general solution is $y = e^{2x} + C$."""
_add(
    "families",
    r"y = Ce^{2x}",
    [
        (C, _box(_F6_G, r"y = Ce^{2x}")),
        (C, _say(_F6_G, "The general solution is $y(x) = Ae^{2x}$, with $A$ an arbitrary constant.")),
        (C, _rem(_F6_G, r"y = C e^{2x},\ C \in \mathbb{R}")),
        (H, _box(_F6_B, r"y = e^{2x} + C")),
        (
            P,
            _is(
                _t("Integrate both sides: $y = \\int 2y\\,dx = y^2 + C$? Treating $y$ as $x$, $y = x^2 + C$."),
                r"y = x^2 + C",
            ),
        ),
        (T, _t(r"Separate: $dy/y = 2\,dx$, so integrating both sides, $\ln|y| =")),
    ],
)


# ---------------------------------------------------------------- functions

# Fn1. If f(x + 1) = 2x + 3 for all x, find f(x).
_N1_G = r"""Let $t = x + 1$, so $x = t - 1$. Then $f(t) = 2(t - 1) + 3 = 2t + 1$.

I first substituted the other way, $f(x) = 2(x + 1) + 3 = 2x + 5$, but wait: that computes $f(x + 2)$. Check
the result: $f(x + 1) = 2(x + 1) + 1 = 2x + 3$. Correct."""
_N1_B = r"""Setting $t = x + 1$ gives $f(t) = 2(t - 1) + 3 = 2t + 1$. Hmm, it seems more direct to replace $x$
by $x + 1$ everywhere: $f(x) = 2(x + 1) + 3 = 2x + 5$."""
_add(
    "functions",
    r"f(x) = 2x + 1",
    [
        (C, _box(_N1_G, r"f(x) = 2x + 1")),
        (C, _say(_N1_G, "So $f(x) = 1 + 2x$.")),
        (C, _mnv(_N1_G, r"2x + 1")),
        (
            C,
            _two(
                _N1_B,
                r"f(x) = 2x + 5",
                r"""Check: with $f(x) = 2x + 5$, $f(x + 1) = 2x + 7 \ne 2x + 3$. The
        substitution $x = t - 1$ is the right one: $f(x) = 2x + 1$.""",
                r"f(x) = 2x + 1",
            ),
        ),
        (H, _box(_N1_B, r"f(x) = 2x + 5")),
        (
            H,
            _two(
                _N1_G,
                r"f(x) = 2x + 1",
                r"""Shifting back by one should subtract 1 from the input, so
        $f(x) = 2x + 3 - 1 = 2x + 2$.""",
                r"f(x) = 2x + 2",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "$f(x+1) = 2x + 3$, so $f(x) = 2x + 3 - 1 = 2x + 2$... or rather $f(x) = 2x + 3 - 2 \\cdot 1"
                    " + 1$; simplifying, $2x + 4$."
                ),
                "$f(x) = 2x + 4$",
            ),
        ),
        (T, _t(r"Let $t = x + 1$, so $x = t - 1$. Then $f(t) = 2(")),
    ],
)

# Fn2. Find the inverse of f(x) = (2x + 1)/(x - 3).
_N2_G = r"""Write $y = \frac{2x + 1}{x - 3}$ and solve for $x$: $y(x - 3) = 2x + 1$, so $yx - 3y = 2x + 1$.

Collect: $yx - 2x = 3y + 1$, so $x(y - 2) = 3y + 1$ and $x = \frac{3y + 1}{y - 2}$.

Swap names: $f^{-1}(x) = \frac{3x + 1}{x - 2}$. I first had $3y - 1$ in the numerator, but wait, moving $-3y$
to the right gives $+3y$. Check: $f(4) = 9/1 = 9$ and $f^{-1}(9) = 28/7 = 4$."""
_N2_B = r"""$yx - 3y = 2x + 1$, so $x(y - 2) = 3y + 1$ and $f^{-1}(x) = \frac{3x + 1}{x - 2}$? Let me redo the
move: $yx - 2x = 1 - 3y$... I'll take $x = \frac{3y - 1}{y - 2}$, so $f^{-1}(x) = \frac{3x - 1}{x - 2}$."""
_add(
    "functions",
    r"f^{-1}(x) = \frac{3x + 1}{x - 2}",
    [
        (C, _box(_N2_G, r"f^{-1}(x) = \frac{3x + 1}{x - 2}")),
        (C, _say(_N2_G, "So the inverse is $f^{-1}(x) = \\dfrac{1 + 3x}{x - 2}$, defined for $x \\ne 2$.")),
        (C, _head(_N2_G, r"f^{-1}(x)=\dfrac{3x+1}{x-2}")),
        (C, _r1(_N2_G, "Solving $y = f(x)$ for $x$ gives $(3y+1)/(y-2)$.", r"\frac{3x+1}{x-2}")),
        (H, _box(_N2_B, r"f^{-1}(x) = \frac{3x - 1}{x - 2}")),
        (
            H,
            _two(
                _N2_G,
                r"\frac{3x + 1}{x - 2}",
                r"""The inverse of a fraction is its reciprocal, so flipping $f$:
        $\frac{x - 3}{2x + 1}$.""",
                r"f^{-1}(x) = \frac{x - 3}{2x + 1}",
            ),
        ),
        (
            P,
            _is(
                _t(
                    "Swap $x$ and $y$: $x = \\frac{2y + 1}{y - 3}$, so $y = \\frac{2x + 1}{x - 3}$ again? It is "
                    "self-inverse up to signs: $f^{-1}(x) = \\frac{2x - 1}{x + 3}$."
                ),
                r"f^{-1}(x) = \frac{2x - 1}{x + 3}",
            ),
        ),
    ],
)

# Fn3. Find all functions f with f(x) + 2f(1 - x) = 3x for all real x.
_N3_G = r"""Replace $x$ by $1 - x$: $f(1 - x) + 2f(x) = 3(1 - x) = 3 - 3x$.

Let $a = f(x)$, $b = f(1 - x)$: $a + 2b = 3x$ and $2a + b = 3 - 3x$. Doubling the second, $4a + 2b = 6 - 6x$;
subtracting the first, $3a = 6 - 9x$, so $a = 2 - 3x$.

Check: $f(1 - x) = 2 - 3 + 3x = 3x - 1$, and $f(x) + 2f(1 - x) = 2 - 3x + 6x - 2 = 3x$. Good. (My first
subtraction gave $3a = 9x - 6$, the opposite sign; the check catches that.)"""
_N3_B = r"""Substituting $1 - x$ gives the system $a + 2b = 3x$, $2a + b = 3 - 3x$. Subtracting the second from
twice the first: $2a + 4b - 2a - b = 6x - 3 + 3x$, so $3b = 9x - 3$ and $b = 3x - 1$. That's $f(1 - x)$, so
$f(x) = 2 - 3x$... but $b$ is what the elimination produced, so $f(x) = 3x - 1$."""
_add(
    "functions",
    r"f(x) = 2 - 3x",
    [
        (C, _box(_N3_G, r"f(x) = 2 - 3x")),
        (C, _say(_N3_G, "The unique solution is $f(x) = -3x + 2$.")),
        (C, _fa(_N3_G, r"f(x) = 2 - 3x")),
        (H, _box(_N3_B, r"f(x) = 3x - 1")),
        (
            H,
            _two(
                _N3_G,
                r"f(x) = 2 - 3x",
                r"""Redoing the subtraction: $3a = 9x - 6$, so $f(x) = 3x - 2$.""",
                r"f(x) = 3x - 2",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "Guess $f(x) = kx$: $kx + 2k(1 - x) = 3x$ gives $-k = 3$ and $2k = 0$; inconsistent, so take "
                    "$k = -3$ anyway."
                ),
                "$f(x) = -3x$",
            ),
        ),
        (T, _half(_N3_G, 1, r"Let $a = f(x)$, $b = f(1 - x)$: $a + 2b = 3x$ and $2a + b = 3 - 3x$. Doubling the")),
    ],
)

# Fn4. Differentiate f(x) = x^2 e^x.
_N4_G = r"""Product rule: $f'(x) = (x^2)' e^x + x^2 (e^x)' = 2x e^x + x^2 e^x$.

Factor: $f'(x) = (x^2 + 2x) e^x = x(x + 2)e^x$. I nearly wrote $(x^2 + 2x + 2)e^x$, but that comes from
integrating by parts, a different operation. Check at $x = 0$: $f'(0) = 0$, and $f$ has a minimum there."""
_N4_B = r"""Product rule gives $2xe^x + x^2e^x = (x^2 + 2x)e^x$. Hmm, the derivative of $e^x$ is itself, so
only $x^2$ really changes: $f'(x) = 2xe^x$."""
_add(
    "functions",
    r"f'(x) = (x^2 + 2x)e^x",
    [
        (C, _box(_N4_G, r"f'(x) = (x^2 + 2x)e^x")),
        (C, _say(_N4_G, "So $f'(x) = x e^x (x + 2)$.")),
        (C, _gsm(_N4_G, "2x e^x + x^2 e^x")),
        (C, _o1(_N4_G, ["product rule", "factor out $e^x$"], "**Answer:** $f'(x) = e^x(x^2 + 2x)$")),
        (H, _box(_N4_B, r"f'(x) = 2xe^x")),
        (
            H,
            _two(
                _N4_G,
                r"(x^2 + 2x)e^x",
                r"""I should double-check with the tabular method: the signs alternate
        and the result is $(x^2 - 2x + 2)e^x$.""",
                r"f'(x) = (x^2 - 2x + 2)e^x",
            ),
        ),
        (P, _mnv(_t("$(x^2)' = 2x$ and $(e^x)' = e^x$, so the derivative is the product of derivatives."), r"2xe^x")),
    ],
)

# Fn5. Find the linear function f with f(1) = 4 and f(3) = 10.
_N5_G = r"""The slope is $\frac{10 - 4}{3 - 1} = \frac{6}{2} = 3$.

Then $f(x) = 3x + b$ with $3 + b = 4$, so $b = 1$. At first I plugged in the point as $b = 4$ (the value at
$x = 1$), but wait, the intercept is the value at $x = 0$. Check: $f(3) = 9 + 1 = 10$."""
_N5_B = r"""Slope $3$. Using point-slope form through $(1, 4)$: $y - 4 = 3(x - 1)$, i.e. $f(x) = 3x + 1$. Hmm,
I think point-slope has a plus: $y - 4 = 3(x + 1)$, so $f(x) = 3x + 7$."""
_add(
    "functions",
    r"f(x) = 3x + 1",
    [
        (C, _box(_N5_G, r"f(x) = 3x + 1")),
        (C, _say(_N5_G, "Therefore $f(x) = 3x + 1$.")),
        (C, _gem(_N5_G, r"f(x) = 1 + 3x")),
        (H, _fa(_N5_B, r"f(x) = 3x + 7")),
        (
            H,
            _two(
                _N5_G,
                r"f(x) = 3x + 1",
                r"""Using the other point: $f(3) = 10$ gives $3 \cdot 3 + b = 10$, so
        $b = 1$... and the slope from $x$ to $y$ should be run over rise, $\frac{2}{6} = \frac13$:
        $f(x) = \frac{x}{3} + \frac{11}{3}$.""",
                r"f(x) = \frac{x}{3} + \frac{11}{3}",
            ),
        ),
        (P, _is(_t("Slope $= \\frac{10 - 4}{3 - 1} = 2$, so $f(x) = 2x + 2$."), r"f(x) = 2x + 2")),
        (T, _half(_N5_G, 1, r"Then $f(x) = 3x + b$ with $3 + b = 4$, so")),
    ],
)

# Fn6. Let f(x) = x^2 and g(x) = x + 3. Find (f o g)(x).
_N6_G = r"""$(f \circ g)(x) = f(g(x)) = f(x + 3) = (x + 3)^2$.

I first wrote $g(f(x)) = x^2 + 3$, but the composition $f \circ g$ applies $g$ first. Expanded, $(x + 3)^2 =
x^2 + 6x + 9$. Check at $x = 1$: $g(1) = 4$, $f(4) = 16 = (1 + 3)^2$."""
_N6_B = r"""$f \circ g$ is "f then g", so start with $f(x) = x^2$ and then apply $g$: $x^2 + 3$. (The other order
would give $(x + 3)^2$.)"""
_add(
    "functions",
    r"(x + 3)^2",
    [
        (C, _box(_N6_G, r"(f \circ g)(x) = (x + 3)^2")),
        (C, _say(_N6_G, "So $(f \\circ g)(x) = x^2 + 6x + 9$.")),
        (C, _bold(_N6_G, "$(x+3)^2$")),
        (
            C,
            _two(
                _N6_B,
                r"x^2 + 3",
                r"""$(f \circ g)(x) = f(g(x))$: $g$ acts first. So $f(x + 3) = (x + 3)^2$.""",
                r"(x + 3)^2",
            ),
        ),
        (H, _box(_N6_B, r"x^2 + 3")),
        (H, _two(_N6_G, r"(x+3)^2", r"""Expanding: $(x + 3)^2 = x^2 + 9$.""", r"x^2 + 9")),
        (P, _mnv(_t("$f \\circ g$ means the product $f(x) g(x) = x^2(x + 3)$."), r"x^3 + 3x^2")),
    ],
)


# ---------------------------------------------------------------- multiple choice

# C1. If 3x - 7 = 11, then 2x + 1 = ?  (A) 11  (B) 13  (C) 15  (D) 17
_C1_G = r"""$3x = 18$, so $x = 6$ and $2x + 1 = 13$.

I first read the second expression as $2x - 1 = 11$, which is choice (A), but the question says $2x + 1$. Check:
$3 \cdot 6 - 7 = 11$, and $2 \cdot 6 + 1 = 13$, which is choice (B)."""
_C1_B = r"""$3x = 18$, $x = 6$, and $2x + 1 = 13$, which is (B). Hmm, but the answer list is (A) 11, (B) 13,
(C) 15, so 13 is the third value if we count from the original 11 on the left... I'll mark (C)."""
_add(
    "choice",
    r"\text{B}",
    [
        (C, _box(_C1_G, r"\text{B}")),
        (C, _say(_C1_G, "The answer is **(B) 13**.")),
        (C, _is(_C1_G, r"\textbf{(B)}")),
        (C, _gsm(_C1_G, "B")),
        (H, _box(_C1_B, r"\text{C}")),
        (
            H,
            _two(
                _C1_G,
                r"\text{B}",
                r"""Reading again, the question asks for $2x - 1$; that is $11$, choice (A).""",
                r"\text{A}",
            ),
        ),
        (P, _bold(_t("$3x = 11 - 7 = 4$, so $x = 4/3$ and $2x + 1 = 11/3$, closest to choice (A)."), "(A)")),
        (T, _t(r"Start from $3x - 7 = 11$: adding 7 to both sides gives $3x =")),
    ],
)

# C2. How many diagonals does a convex octagon have?  (A) 16  (B) 18  (C) 24  (D) 20
_C2_G = r"""Each vertex connects by a diagonal to $8 - 3 = 5$ others, and each diagonal is counted twice:
$\frac{8 \cdot 5}{2} = 20$.

I first used $\binom{8}{2} = 28$, but wait, that counts the 8 sides too: $28 - 8 = 20$. Same answer. Among the
options, 20 is (D)."""
_C2_B = r"""$\binom82 - 8 = 20$, which is option (D). But each diagonal is counted from both ends, so divide
again: $20/2 = 10$? Not an option; the closest is $16$, option (A)."""
_add(
    "choice",
    r"\text{(D) } 20",
    [
        (C, _box(_C2_G, r"\text{(D) } 20")),
        (C, _say(_C2_G, "**Answer: (D)**")),
        (C, _fa(_C2_G, r"\textbf{(D)}\ 20")),
        (C, _mnv(_C2_G, r"\text{D}")),
        (H, _box(_C2_B, r"\text{(A) } 16")),
        (
            H,
            _two(
                _C2_G,
                r"\text{(D) } 20",
                r"""Each vertex has 5 diagonals and 8 vertices, total $40$; halving
        once for double counting is already done in $\binom82$, so we get $28 - 8 = 20$... no, $8 \cdot 3 = 24$
        if each vertex skips its two neighbours and itself.""",
                r"\text{(C) } 24",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "An $n$-gon has $n(n - 3)$ diagonals... for $n = 8$ that's $8 \\cdot 5 / 2$? I'll use "
                    "$\\frac{n(n-2)}{2} \\cdot \\frac{3}{4} = 18$."
                ),
                "(B) 18",
            ),
        ),
    ],
)

# C3. Which is largest?  (A) 5^13  (B) 2^30  (C) 10^9  (D) 3^20
_C3_G = r"""Compare via logarithms (base 10): $13 \log 5 \approx 13 \cdot 0.699 = 9.087$;
$30 \log 2 \approx 30 \cdot 0.301 = 9.03$; $\log 10^9 = 9$; $20 \log 3 \approx 20 \cdot 0.477 = 9.54$.

So $3^{20}$ is largest. I first thought $5^{13}$ because of the big base, but its logarithm is only about 9.09.
Exact values: $3^{20} = 3486784401$ against $5^{13} = 1220703125$. The answer is (D)."""
_C3_B = r"""Logs: $5^{13}$ gives $9.087$, $2^{30}$ gives $9.03$, $10^9$ gives $9$, and $3^{20}$ gives... I'll use
$\log 3 \approx 0.447$, so $8.94$. Then $3^{20}$ (option D) is smaller than $5^{13}$, and the largest is (A)."""
_add(
    "choice",
    r"\text{D}",
    [
        (C, _box(_C3_G, r"\text{D}")),
        (C, _say(_C3_G, "So the largest is **(D)** $3^{20}$.")),
        (C, _head(_C3_G, r"\text{(D)}\ 3^{20}")),
        (H, _box(_C3_B, r"\text{A}")),
        (
            H,
            _two(
                _C3_G,
                r"\text{D}",
                r"""Hmm, $2^{30} = (2^{10})^3 = 1024^3 > 10^9$, and $1024^3 \approx 1.07 \times
        10^9$... and $3^{20}$ is about $3.5 \times 10^8$, so $2^{30}$ wins.""",
                r"\text{B}",
            ),
        ),
        (
            P,
            _is(
                _t("Each is roughly $10^9$, but $10^9$ is exactly a billion and the others are approximations."),
                r"\text{C}",
            ),
        ),
        (
            T,
            _t(r"""Compare via logarithms (base 10): $13 \log 5 \approx 13 \cdot 0.699 = 9.087$;
        $30 \log 2 \approx 30 \cdot 0.301 = 9.03$; $\log 10^9 = 9$; $20 \log 3 \approx 20 \cdot"""),
        ),
    ],
)

# C4. What is the remainder when 7^100 is divided by 5?  (A) 1  (B) 2  (C) 3  (D) 4  (E) 0
_C4_G = r"""$7 \equiv 2 \pmod 5$, and the powers of 2 mod 5 cycle: $2, 4, 3, 1$ with period 4.

$100 = 4 \cdot 25$, so $7^{100} \equiv 2^{100} = (2^4)^{25} \equiv 1$. I first matched exponent 100 with the
fourth entry of the cycle list read as "2, 4, 3, 1" shifted by one, giving 2, but wait: exponent $4k$ lands on
$1$ exactly. So the remainder is 1, choice (A)."""
_C4_B = r"""The cycle of $2^n \bmod 5$ is $2, 4, 3, 1$, and $100 \equiv 0 \pmod 4$ would point to remainder $1$,
choice (A). But a remainder of $0 \pmod 4$ in the exponent means we take the 0th entry, which is the first one
in the list, $2$: choice (B)."""
_add(
    "choice",
    r"\text{A}",
    [
        (C, _box(_C4_G, r"\text{A}")),
        (C, _say(_C4_G, "**(A)** — the remainder is $1$.")),
        (C, _r1(_C4_G, "The cycle of $2^n \\bmod 5$ has length 4 and $4 \\mid 100$.", r"\text{(A)}")),
        (H, _box(_C4_B, r"\text{B}")),
        (
            H,
            _two(
                _C4_G,
                r"\text{A}",
                r"""Since $7 \equiv -3$, $7^{100} \equiv 3^{100}$, and $3$ has order 4 with
        $3^{100} \equiv 3^{0}$... I'll read that as the digit 3 in the cycle: choice (C).""",
                r"\text{C}",
            ),
        ),
        (
            P,
            _gsm(
                _t(
                    "The last digit of $7^{100}$: powers of 7 end in 7, 9, 3, 1, so it ends in 1... then mod 5 "
                    "I'll use the last digit 4 from $7 \\cdot 7 = 49$."
                ),
                "D",
            ),
        ),
    ],
)

# C5. Three fair coins are flipped. What is the probability of at least one head?
#     (A) 1/2  (B) 3/4  (C) 7/8  (D) 1/8
_C5_G = r"""Complement: the only way to get no heads is TTT, with probability $(1/2)^3 = 1/8$.

So $P(\text{at least one head}) = 1 - 1/8 = 7/8$. I momentarily circled $1/8$, which is the complement itself.
Check by counting: 7 of the 8 outcomes contain a head. That is choice (C)."""
_C5_B = r"""No heads means TTT, probability $1/8$, so at least one head is $7/8$ (C). Hmm, but "at least one"
with three coins is like "exactly one, two or three", and exactly one head is $3/8$, two heads $3/8$; so
$3/8 + 3/8 = 3/4$, choice (B)."""
_add(
    "choice",
    r"\text{(C) } \frac{7}{8}",
    [
        (C, _box(_C5_G, r"\text{(C) } \frac{7}{8}")),
        (C, _say(_C5_G, "The answer is (C), $\\tfrac78$.")),
        (C, _fa(_C5_G, r"\textbf{(C)}")),
        (
            C,
            _two(
                _C5_B,
                r"\text{(B) } \frac34",
                r"""I forgot three heads, probability $1/8$: $3/8 + 3/8 + 1/8 =
        7/8$.""",
                r"\text{(C) } \frac{7}{8}",
            ),
        ),
        (H, _box(_C5_B, r"\text{(B) } \frac{3}{4}")),
        (H, _say(_C5_G, "So the answer is **(D)**.")),
        (
            P,
            _bold(
                _t("Each coin shows heads with probability 1/2, so at least one head has probability 1/2."),
                "(A) $\\frac12$",
            ),
        ),
        (T, _half(_C5_G, 1, r"So $P(\text{at least one head}) = 1 -")),
    ],
)

# C6. Which function is odd?  (A) x^2 + 1  (B) x^3 - x  (C) |x|  (D) cos x  (E) e^x
_C6_G = r"""Odd means $f(-x) = -f(x)$.

(A) $x^2 + 1$ is even. (B) $(-x)^3 - (-x) = -x^3 + x = -(x^3 - x)$: odd. (C) $|x|$ is even. (D) $\cos x$ is
even. (E) $e^{-x} \ne -e^x$, neither.

I was briefly unsure about (B) because of the $-x$ term, but both terms are odd powers, so their difference is
odd. The answer is (B)."""
_C6_B = r"""(B) gives $-x^3 + x = -(x^3 - x)$, odd. But $e^x$ also passes through... no; $|x|$ has a corner at 0
and odd functions pass through the origin, as does $|x|$, so (C) is odd too; the question wants a single answer
and (C) is the cleaner example."""
_add(
    "choice",
    r"\text{B}",
    [
        (C, _box(_C6_G, r"\text{B}")),
        (C, _say(_C6_G, "**Answer: (B)** $x^3 - x$")),
        (C, _rem(_C6_G, r"\text{(B)}")),
        (H, _fa(_C6_B, r"\text{C}")),
        (
            H,
            _two(
                _C6_G,
                r"\text{B}",
                r"""Actually $\cos(-x) = -\cos x$, since cosine changes sign under
        reflection, so (D) is the odd one.""",
                r"\text{D}",
            ),
        ),
        (P, _is(_t("An odd function has odd degree... $e^x$ has infinitely many odd-power terms."), r"\text{E}")),
    ],
)


# ---------------------------------------------------------------- a few more, mixed

# M9. Find the real and imaginary parts of (2 + 3i)/(1 - i).
_M9_G = r"""Multiply top and bottom by the conjugate $1 + i$: the denominator becomes $1 - i^2 = 2$.

Numerator: $(2 + 3i)(1 + i) = 2 + 2i + 3i + 3i^2 = 2 + 5i - 3 = -1 + 5i$.

So the quotient is $\frac{-1 + 5i}{2} = -\frac12 + \frac52 i$. I first got $+5$ for the real part by treating
$3i^2$ as $+3$; wait, $i^2 = -1$. Check: $(1 - i)(-\tfrac12 + \tfrac52 i) = -\tfrac12 + \tfrac52 i + \tfrac12 i
- \tfrac52 i^2 = 2 + 3i$."""
_M9_B = r"""Conjugate: numerator $(2 + 3i)(1 + i) = -1 + 5i$, denominator 2, so the quotient is
$-\tfrac12 + \tfrac52 i$. The real part is the coefficient attached to the unit... I'll read the pair in the order
the terms appear after factoring out $i$: $i(\tfrac52 + \tfrac12 i)$, so real part $\tfrac52$ and imaginary part
$-\tfrac12$... no, $\tfrac12$."""
_M9_E = r"""Multiply by $1 + i$: $(2 + 3i)(1 + i) = 2 + 5i + 3 = 5 + 5i$, over 2: $\tfrac52 + \tfrac52 i$."""
_add(
    "multipart",
    r"\operatorname{Re} = -\tfrac12,\ \operatorname{Im} = \tfrac52",
    [
        (C, _box(_M9_G, r"\operatorname{Re} = -\frac12,\ \operatorname{Im} = \frac52")),
        (C, _say(_M9_G, "Real part: $-\\tfrac12$. Imaginary part: $\\tfrac52$.")),
        (C, _say(_M9_G, "So the imaginary part is $2.5$ and the real part is $-0.5$.")),
        (
            C,
            _two(
                _M9_E,
                r"\tfrac52,\ \tfrac52",
                r"""$3i \cdot i = 3i^2 = -3$, so the numerator is $-1 + 5i$:
        real part $-\tfrac12$, imaginary part $\tfrac52$.""",
                r"\operatorname{Re} = -\tfrac12,\ "
                r"\operatorname{Im} = \tfrac52",
            ),
        ),
        (H, _box(_M9_B, r"\operatorname{Re} = \frac52,\ \operatorname{Im} = \frac12")),
        (H, _say(_M9_G, "Real part: $\\tfrac12$. Imaginary part: $\\tfrac52$.")),
        (P, _bold(_M9_E, "Re $= \\frac52$, Im $= \\frac52$")),
        (T, _half(_M9_G, 1, r"Numerator: $(2 + 3i)(1 + i) = 2 + 2i + 3i +")),
    ],
)

# M10. For u = (1, 2) and v = (3, -1), find (a) u + v and (b) u . v.
_M10_G = r"""(a) Add componentwise: $(1 + 3, 2 + (-1)) = (4, 1)$.

(b) Dot product: $1 \cdot 3 + 2 \cdot (-1) = 3 - 2 = 1$. I first wrote $3 + 2 = 5$, dropping the sign of $-1$;
wait, the second product is $-2$.

Sanity check: $u \cdot v = 1 > 0$, so the angle between them is slightly under $90^\circ$, consistent with a
sketch."""
_M10_B = r"""(a) $u + v = (4, 1)$. (b) $u \cdot v = 3 - 2 = 1$; hmm, the dot product measures length, so it
should be positive in both parts: $3 + 2 = 5$."""
_add(
    "multipart",
    r"(a)\ (4, 1)\quad (b)\ 1",
    [
        (C, _say(_M10_G, "**(a)** $u + v = (4, 1)$\n\n**(b)** $u \\cdot v = 1$")),
        (C, _fa(_M10_G, r"\text{(a) } \langle 4, 1 \rangle,\ \text{(b) } 1")),
        (C, _mnv(_M10_G, r"(a)\ (4,1);\ (b)\ 1")),
        (C, _say(_M10_G, "(b) $1$; (a) $(4, 1)$.")),
        (H, _say(_M10_B, "**(a)** $(4, 1)$\n\n**(b)** $5$")),
        (H, _say(_M10_G, "**(a)** $u + v = (1, 4)$\n\n**(b)** $u \\cdot v = 1$")),
        (
            P,
            _box(
                _t(
                    "(a) $(1 + 3, 2 - 1) = (4, 3)$. (b) $1 \\cdot 3 - 2 \\cdot 1 = 1$... let me use $|u||v| = "
                    "\\sqrt5 \\sqrt{10} = 5\\sqrt2$."
                ),
                r"(a)\ (4, 3)\quad (b)\ 5\sqrt2",
            ),
        ),
    ],
)

# Y8. True or false: 0.999... (repeating) equals 1.
_Y8_G = r"""Let $x = 0.999\ldots$. Then $10x = 9.999\ldots$, and subtracting, $9x = 9$, so $x = 1$.

Another view: $0.999\ldots = \sum_{n \ge 1} 9 \cdot 10^{-n} = 9 \cdot \frac{1/10}{1 - 1/10} = 1$. My first instinct
was "false, it is always a little less than 1", but wait: there is no positive real number between them, so
they are the same real number."""
_Y8_B = r"""The algebra $10x - x = 9$ gives $x = 1$, which would make it true. But every finite truncation
$0.9, 0.99, 0.999, \ldots$ is less than 1, so the infinite decimal is less than 1 as well."""
_add(
    "yesno",
    r"\text{True}",
    [
        (C, _say(_Y8_G, "**True.** $0.\\overline{9} = 1$.")),
        (C, _box(_Y8_G, r"\text{True}")),
        (C, _say(_Y8_G, "So the statement is true: $0.999\\ldots$ and $1$ are equal.")),
        (C, _gem(_Y8_G, r"\text{True}")),
        (H, _say(_Y8_B, "**False.**")),
        (
            H,
            _two(
                _Y8_G,
                r"\text{True}",
                r"""The subtraction $10x - x$ is not allowed for infinite decimals, since
        the nines never line up; so the equality fails.""",
                r"\text{False}",
            ),
        ),
        (P, _bold(_t("$1 - 0.999\\ldots = 0.000\\ldots1 > 0$."), "False")),
        (T, _t(r"Let $x = 0.999\ldots$. Then $10x = 9.999\ldots$, and subtracting, $9x =")),
    ],
)

# W11. For positive reals a, b, is a/b + b/a >= 2 always, sometimes, or never true?
_W11_G = r"""By AM-GM, $\frac{a}{b} + \frac{b}{a} \ge 2\sqrt{\frac{a}{b} \cdot \frac{b}{a}} = 2$.

Alternatively, $\frac{a}{b} + \frac{b}{a} - 2 = \frac{a^2 - 2ab + b^2}{ab} = \frac{(a - b)^2}{ab} \ge 0$ since
$ab > 0$. I briefly thought "sometimes", because equality only happens at $a = b$, but the inequality is
non-strict, so it holds for every positive pair."""
_W11_B = r"""$\frac{(a - b)^2}{ab} \ge 0$ shows the inequality always holds. Hmm, but it is strict except when
$a = b$, and equality is only one special case, so the statement "$\ge 2$" is really only sometimes true in the
sense that it is sometimes an equality."""
_add(
    "word",
    r"\text{always}",
    [
        (C, _say(_W11_G, "It is **always** true.")),
        (C, _box(_W11_G, r"\text{always}")),
        (C, _say(_W11_G, "Answer: always (with equality exactly when $a = b$).")),
        (H, _box(_W11_B, r"\text{sometimes}")),
        (
            H,
            _two(
                _W11_G,
                r"\text{always}",
                r"""Taking $a = 1$, $b = 2$: $\frac12 + 2 = 2.5$, fine; but taking
        $a = b$ gives exactly 2, and equality is not "greater", so it fails there: sometimes.""",
                r"\text{sometimes}",
            ),
        ),
        (
            P,
            _bold(
                _t(
                    "With $a = 1$, $b = 100$: $0.01 + 100 > 2$; with $a = 100$, $b = 1$: same. It seems true "
                    "only when $a \\ne b$."
                ),
                "sometimes",
            ),
        ),
        (T, _t(r"By AM-GM, $\frac{a}{b} + \frac{b}{a} \ge 2\sqrt{")),
    ],
)

# S10. Solve x^4 - 5x^2 + 4 = 0 over the reals.
_S10_G = r"""Let $u = x^2$: $u^2 - 5u + 4 = 0$, so $(u - 1)(u - 4) = 0$ and $u = 1$ or $u = 4$.

Back to $x$: $x^2 = 1$ gives $x = \pm 1$; $x^2 = 4$ gives $x = \pm 2$. I almost stopped at $u = 1, 4$, but those
are values of $x^2$. Check: $16 - 20 + 4 = 0$ and $1 - 5 + 4 = 0$, and the polynomial is even, so the negatives
work too."""
_S10_B = r"""With $u = x^2$, $u = 1$ or $u = 4$, so $x = \pm 1, \pm 2$. Since square roots are taken to be
non-negative, I'll keep the principal roots $x = 1$ and $x = 2$."""
_add(
    "sets",
    r"\{-2, -1, 1, 2\}",
    [
        (C, _box(_S10_G, r"\{-2, -1, 1, 2\}")),
        (C, _say(_S10_G, "So $x = \\pm 1$ or $x = \\pm 2$.")),
        (C, _head(_S10_G, r"x \in \{1, -1, 2, -2\}")),
        (C, _gsm(_S10_G, "-2, -1, 1, 2")),
        (H, _box(_S10_B, r"\{1, 2\}")),
        (
            H,
            _two(
                _S10_G,
                r"\{-2, -1, 1, 2\}",
                r"""The substitution $u = x^2$ already solved the problem: the
        solutions are the roots of $u^2 - 5u + 4$.""",
                r"\{1, 4\}",
            ),
        ),
        (P, _is(_t("$x^4 - 5x^2 + 4 = (x^2 - 4)(x^2 + 1)$, so $x = \\pm 2$ only."), r"x = \pm 2")),
        (T, _half(_S10_G, 1, r"Back to $x$: $x^2 = 1$ gives $x = \pm 1$; $x^2 = 4$ gives")),
    ],
)


assert len(FORTIETH) == 409
assert _TALLY["problems"] == 57 and len(_CATEGORIES) == 7
assert _TALLY[C] == 210 and _TALLY[T] == 35
assert _TALLY[H] == 107 and _TALLY[P] == 57
assert sum(1 for row in FORTIETH if row[3] == W) == 164
assert len(set(FORTIETH)) == len(FORTIETH)
