"""THIRTYFIFTH: a held-out batch of labelled answer-verification pairs with answers that are not one number (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch35) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify or any other grader on any pair. Every pair was labelled by
hand (python used by hand only to check arithmetic); pairs a reasonable grader could label either way were left
out (a bare value against a choice-letter gold, the empty set for "no solution", an answer that drops a part the
reasoning had computed, a bare decimal for an exact constant). Committed before any grading run, so its first run
is an out-of-sample number.

Theme: answers that are not one number. Multi-part golds (`(a)\\ 39;\\ (b)\\ 210`, `a)\\ 12,\\ b)\\ 5,\\ c)\\ 13`,
named parts such as `\\text{mean } 6,\\ \\text{median } 5,\\ \\text{mode } 4`, labelled equations such as
`P(A) = \\frac{5}{36},\\ P(B) = \\frac{1}{4}` and `x = 7,\\ y = 3`); yes/no and true/false golds; word answers (who
wins a take-away game, a weekday, the most specific name of a quadrilateral, which of two quantities is larger, a
mathematician's name, acute/right/obtuse, a conic, "no solution", "infinitely many", "does not exist", "never",
"always"); and multiple choice with letter golds (`B`, `(C)`, `\\textbf{(E)}`) and letter-plus-value golds
(`\\textbf{(B)}\\ 20`).

Each response models a long chain of thought (steps with intermediate values, a wrong turn, "Wait, let me
recheck", a verification) and ends in one of many styles: an inline box, **Final Answer** over a display box,
"The answer is ...", a bold **Answer:** line, Minerva "Final Answer: The final answer is $x$. I hope it is
correct.", `#### x`, a "### Final Answer" heading (boxed and unboxed), DeepSeek-R1 `<think>`...`</think>` then a
summary and a display box, Gemini-style "**Final Answer:** The final answer is $\\boxed{...}$", a box followed by a
remark, a closing prose sentence, labelled lines or bullets per part, a bold verdict followed by a justification,
and an earlier box overruled by a later final answer (the last stated final answer wins).
Correct rows vary the form: parts in another order with their labels, parts as separate labelled lines or in a
sentence, `\\text{(a) }` labels, `\\dfrac`/`\\tfrac`, exact decimals (12.5 for 25/2, 3.5 for 7/2), `{,}` digit
separators and dollar signs, a set of roots for a list, `m = 3, b = -1` for slope and intercept, capitalised words,
"No real solutions", DNE, "Pierre de Fermat", "Bob (the second player)", `3^{40} > 2^{60}`, and choice letters as
`B`, `(B)`, `\\textbf{(B)}`, `\\text{(A)}` or with their value; and earlier wrong boxes that a recheck overrules.
Negatives lean on precision: one part wrong (a sign, a factor of two, off by one, a sample correction, a proper-
divisor reading), two values swapped between labelled parts, a root dropped, the reversed
verdict, the neighbouring weekday, the less or more specific shape, the other player, the neighbouring choice
letter. About two thirds are hard: the gold is in the text (an intermediate, a rejected candidate, a verdict
considered and dropped, a right box later overruled) while the final answer differs. Truncated rows stop
mid-computation or mid-sentence before any verdict, letter or full answer is stated.

Rows are `(category, gold, whole model response, expected verdict)`, added per problem through `_add`, which tags
each negative as hard (H) or plain (P) in `_TALLY`. Each problem has one worked reasoning (`_X_G`), one or two
flawed reasonings that hold the gold (`_X_B`, `_X_B2`) and one without it (`_X_E`). The question is not part of
the row; the comment above each problem states it.
52 problems in 5 categories (multipart 18, yesno 8, truefalse 4, word 15, choice 7); 444 rows: 234 correct, 170
incorrect, 40 truncated. Of the 170 negatives, 117 are hard and 53 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYFIFTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYFIFTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A closing sentence with an inline box."""
    return _t(r) + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """**Final Answer** with a display box."""
    return _t(r) + "\n\n**Final Answer**\n\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """A plain 'The answer is ...' sentence."""
    return _t(r) + "\n\nThe answer is " + a + "."


def _bold(r: str, a: str) -> str:
    """A bold **Answer:** line."""
    return _t(r) + "\n\n**Answer:** " + a


def _mnv(r: str, a: str) -> str:
    """Minerva: 'Final Answer: The final answer is $x$. I hope it is correct.'"""
    return _t(r) + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return _t(r) + "\n#### " + a


def _head(r: str, a: str, box: bool = True) -> str:
    """A `### Final Answer` heading, the answer on the next line."""
    shown = "$\\boxed{" + a + "}$" if box else a
    return _t(r) + "\n\n### Final Answer\n" + shown


def _gem(r: str, a: str) -> str:
    """Gemini-style: '**Final Answer:** The final answer is $\\boxed{...}$'."""
    return _t(r) + "\n\n**Final Answer:** The final answer is $\\boxed{" + a + "}$"


def _r1(r: str, summary: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return "<think>\n" + _t(r) + "\n</think>\n\n" + _t(summary) + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _rem(r: str, a: str, remark: str) -> str:
    """A box followed by a closing remark."""
    return _t(r) + "\n\nSo the answer is $\\boxed{" + a + "}$.\n\n" + _t(remark)


def _end(r: str, text: str) -> str:
    """The reasoning, then a closing paragraph written for the row (a sentence, labelled lines, a verdict)."""
    return _t(r) + "\n\n" + text.strip()


def _two(r: str, a1: str, recheck: str, a2: str) -> str:
    """An earlier box, a recheck, then a later final answer that overrules it."""
    return (
        _t(r)
        + "\n\nSo the answer is $\\boxed{"
        + a1
        + "}$.\n\nWait, let me recheck. "
        + _t(recheck)
        + "\n\nSo the final answer is $\\boxed{"
        + a2
        + "}$."
    )


def _half(r: str, n: int, tail: str) -> str:
    """The first n paragraphs of a reasoning, then an unfinished line: no final answer is stated."""
    return "\n\n".join(_t(r).split("\n\n")[:n]) + "\n\n" + tail


# ---------------------------------------------------------------------------------------------------------------
# Multi-part answers
# ---------------------------------------------------------------------------------------------------------------

# An arithmetic sequence has first term 3 and common difference 4. Find (a) its 10th term and (b) the sum of its
# first 10 terms.
_A1_G = r"""
The general term of an arithmetic sequence is $a_n = a_1 + (n-1)d$. Here $a_1 = 3$ and $d = 4$, so
$a_n = 3 + 4(n-1) = 4n - 1$.

For (a): $a_{10} = 4 \cdot 10 - 1 = 39$. Let me list the terms to be safe: 3, 7, 11, 15, 19, 23, 27, 31, 35, 39.
The tenth entry is 39, good.

For (b): $S_n = \frac{n(a_1 + a_n)}{2}$, so $S_{10} = \frac{10(3 + 39)}{2} = 5 \cdot 42 = 210$. Wait, let me recheck
with the other formula: $S_n = \frac{n}{2}\left(2a_1 + (n-1)d\right) = 5(6 + 36) = 210$. Both agree.
"""
_A1_B = r"""
With $a_n = a_1 + (n-1)d$ I would get $a_{10} = 39$ and then $S_{10} = 210$. But hold on: the first term is
$a_1 = 3$ and each of the ten terms after it adds another 4, so I think the tenth term is really
$a_{10} = a_1 + 10d = 3 + 40 = 43$.

Then the sum of the first ten terms is $S_{10} = \frac{10(a_1 + a_{10})}{2} = 5(3 + 43) = 230$.

Checking the size: the average term is $(3 + 43)/2 = 23$ and there are ten of them, so $230$.
"""
_A1_B2 = r"""
The terms are $a_n = 4n - 1$: 3, 7, 11, ..., so $a_{10} = 39$.

For the sum, $S_{10} = \frac{10(3 + 39)}{2} = 210$. Hmm, but between the first and the tenth term there are only
nine steps, so I should use $n = 9$ in the sum formula: $S = \frac{9(3 + 39)}{2} = 9 \cdot 21 = 189$.

So the tenth term is 39 and the sum is 189.
"""
_A1_E = r"""
The $n$th term is $a_1 + nd$, so the 10th term is $3 + 4 \cdot 10 = 43$.

The sum is the number of terms times the last term over two: $\frac{10 \cdot 43}{2} = 215$. Let me recheck: the
average of the terms is about half of the last one, so $10 \cdot 21.5 = 215$.
"""
_add(
    "multipart",
    r"(a)\ 39;\ (b)\ 210",
    [
        (C, _box(_A1_G, r"(a)\ 39;\ (b)\ 210")),
        (C, _bold(_A1_G, "(a) 39, (b) 210")),
        (C, _mnv(_A1_G, r"\text{(b) } 210,\ \text{(a) } 39")),
        (
            C,
            _two(
                _A1_B,
                r"(a)\ 43;\ (b)\ 230",
                r"""The list 3, 7, 11, 15, 19, 23, 27, 31, 35, 39 already has ten entries, so $a_1 + 10d = 43$ is
                the eleventh term. The tenth term is $a_1 + 9d = 39$ and the sum is $5(3 + 39) = 210$.""",
                r"(a)\ 39;\ (b)\ 210",
            ),
        ),
        (H, _fa(_A1_B, r"(a)\ 43;\ (b)\ 230")),
        (H, _gem(_A1_B2, r"(a)\ 39;\ (b)\ 189")),
        (P, _gsm(_A1_E, "(a) 43; (b) 215")),
        (T, _half(_A1_G, 1, r"For (a): $a_{10} = 4 \cdot 10 - 1 =")),
    ],
)

# A data set is 9, 4, 7, 2, 11, 4, 5. Find its mean, median and mode.
_A2_G = r"""
First sort the data: 2, 4, 4, 5, 7, 9, 11. There are 7 values.

Mean: the sum is $2 + 4 + 4 + 5 + 7 + 9 + 11 = 42$, so the mean is $42 / 7 = 6$.

Median: with 7 sorted values the median is the 4th, which is 5. Wait, let me recount: 2 (1st), 4 (2nd),
4 (3rd), 5 (4th). Yes, the median is 5.

Mode: 4 appears twice and every other value once, so the mode is 4.
"""
_A2_B = r"""
Sum: $9 + 4 + 7 + 2 + 11 + 4 + 5 = 42$, so the mean is $42/7 = 6$.

For the median I take the middle entry of the list as given: 9, 4, 7, **2**, 11, 4, 5, which is 2. Hmm, sorting
would give 2, 4, 4, 5, 7, 9, 11 with middle value 5, but the data were given in the order they were recorded,
so I will keep the recorded order and take 2.

The mode is 4, since it occurs twice.
"""
_A2_B2 = r"""
Sorted: 2, 4, 4, 5, 7, 9, 11. The mean is $42/7 = 6$, the median is the 4th value, 5, and the mode is 4.

Hmm, wait. Let me recheck the mean: $2 + 4 + 4 + 5 + 7 + 9 + 11$. $2 + 4 = 6$, $+4 = 10$, $+5 = 15$, $+7 = 22$,
$+9 = 31$, $+11 = 42$. Actually I think I should divide by $n - 1 = 6$ for a sample: $42/6 = 7$.

So mean 7, median 5, mode 4.
"""
_A2_E = r"""
Sorted: 2, 4, 4, 5, 7, 9, 11. The total is $2 + 4 + 4 + 5 + 7 + 9 + 11 = 40$, so the mean is $40/7$.

The median: there are 7 numbers, so the median is the average of the 3rd and 4th: $(4 + 5)/2 = 4.5$.

The mode is 4.
"""
_add(
    "multipart",
    r"\text{mean } 6,\ \text{median } 5,\ \text{mode } 4",
    [
        (C, _fa(_A2_G, r"\text{mean } 6,\ \text{median } 5,\ \text{mode } 4")),
        (C, _end(_A2_G, "**Mean:** 6\n**Median:** 5\n**Mode:** 4")),
        (C, _end(_A2_G, "The mean is $6$, the median is $5$, and the mode is $4$.")),
        (C, _bold(_A2_G, "mode = 4, mean = 6, median = 5")),
        (
            C,
            _r1(
                _A2_G,
                "Sorting gives 2, 4, 4, 5, 7, 9, 11; the sum is 42 over 7 values.",
                r"\text{mean} = 6,\ \text{median} = 5,\ \text{mode} = 4",
            ),
        ),
        (H, _end(_A2_B, "**Answer:** mean $6$, median $2$, mode $4$.")),
        (H, _box(_A2_B2, r"\text{mean } 7,\ \text{median } 5,\ \text{mode } 4")),
        (H, _bold(_A2_G, "mean 6, median 4, mode 5")),
        (P, _box(_A2_E, r"\text{mean } \tfrac{40}{7},\ \text{median } 4.5,\ \text{mode } 4")),
        (T, _half(_A2_G, 2, "Median: with 7 sorted values the median is the")),
    ],
)

# Two fair six-sided dice are rolled. A is the event "the sum is 8" and B the event "both dice show an even
# number". Find P(A) and P(B).
_A3_G = r"""
There are $36$ equally likely ordered outcomes.

Event A, sum 8: the pairs are (2,6), (3,5), (4,4), (5,3), (6,2). That is 5 outcomes, so $P(A) = \frac{5}{36}$.
Let me make sure I did not miss (1,7): no, 7 is not a face. So 5.

Event B, both even: each die is even with probability $\frac{1}{2}$, independently, so
$P(B) = \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}$. Counting directly: $3 \times 3 = 9$ outcomes, and
$\frac{9}{36} = \frac{1}{4}$. Consistent.
"""
_A3_B = r"""
Sum 8: (2,6), (3,5), (4,4), (5,3), (6,2), which gives $\frac{5}{36}$. Hmm, but (4,4) is one outcome and the
others come in pairs; if the dice are indistinguishable, the distinct outcomes are {2,6}, {3,5}, {4,4}, i.e. 3 out
of 21 unordered outcomes, so $P(A) = \frac{3}{21} = \frac{1}{7}$.

Both even: $3 \cdot 3 = 9$ of 36, so $\frac{1}{4}$.
"""
_A3_E = r"""
Sum 8: the combinations are 2+6, 3+5, 4+4, so 3 outcomes out of 36: $P(A) = \frac{3}{36} = \frac{1}{12}$.

Both even: the first die is even with probability $\frac{1}{2}$, and then the second die must also be even, so the
probability that at least the pattern holds is $\frac{1}{2}$.
"""
_add(
    "multipart",
    r"P(A) = \frac{5}{36},\ P(B) = \frac{1}{4}",
    [
        (C, _box(_A3_G, r"P(A) = \frac{5}{36},\ P(B) = \frac{1}{4}")),
        (C, _gem(_A3_G, r"P(B) = \frac{1}{4},\ P(A) = \frac{5}{36}")),
        (C, _head(_A3_G, r"P(A) = 5/36, \quad P(B) = 1/4")),
        (
            C,
            _two(
                _A3_B,
                r"P(A) = \frac{1}{7},\ P(B) = \frac{1}{4}",
                r"""The 21 unordered outcomes are not equally likely: {2,6} happens two ways and {4,4} one way. With
                the 36 ordered outcomes, sum 8 has 5 of them.""",
                r"P(A) = \frac{5}{36},\ P(B) = \frac{1}{4}",
            ),
        ),
        (H, _fa(_A3_B, r"P(A) = \frac{1}{7},\ P(B) = \frac{1}{4}")),
        (
            H,
            _two(
                _A3_G,
                r"P(A) = \frac{5}{36},\ P(B) = \frac{1}{4}",
                r"""For B, "both even" means the sum is even too, and half of all sums are even, so
                $P(B) = \frac{1}{2}$.""",
                r"P(A) = \frac{5}{36},\ P(B) = \frac{1}{2}",
            ),
        ),
        (P, _bold(_A3_E, r"$P(A) = \frac{1}{12}$, $P(B) = \frac{1}{2}$")),
        (H, _end(_A3_G, r"So $P(A) = \dfrac{1}{4}$ and $P(B) = \dfrac{5}{36}$.")),
    ],
)

# A rectangle has perimeter 34 and area 60. Find (a) its length (the longer side), (b) its width, and (c) the
# length of its diagonal.
_A4_G = r"""
Let the sides be $L \ge w$. Then $L + w = 17$ and $Lw = 60$, so $L$ and $w$ are the roots of $t^2 - 17t + 60 = 0$.

The discriminant is $289 - 240 = 49$, so $t = \frac{17 \pm 7}{2}$, i.e. $t = 12$ or $t = 5$. Hence $L = 12$ and
$w = 5$. Check: $2(12 + 5) = 34$ and $12 \cdot 5 = 60$.

The diagonal is $\sqrt{12^2 + 5^2} = \sqrt{144 + 25} = \sqrt{169} = 13$.
"""
_A4_B = r"""
$L + w = 17$ and $Lw = 60$, giving $t^2 - 17t + 60 = 0$, so $t = 12$ or $5$. Length 12, width 5.

For the diagonal, $\sqrt{12^2 + 5^2} = 13$. Hmm, wait: maybe the diagonal should include the perimeter
relation; a diagonal splits the rectangle into two triangles with legs 12 and 5, and going around one of them
is $12 + 5 = 17$. So the diagonal length along the edges is 17.
"""
_A4_E = r"""
Perimeter 34 means $L + w = 34$. With $Lw = 60$: $t^2 - 34t + 60 = 0$, discriminant $1156 - 240 = 916$. That is
not a perfect square, so let me try factor pairs of 60 instead: $10 \times 6$ looks reasonable.

So $L = 10$, $w = 6$, and the diagonal is $\sqrt{100 + 36} = \sqrt{136} = 2\sqrt{34}$.
"""
_add(
    "multipart",
    r"a)\ 12,\ b)\ 5,\ c)\ 13",
    [
        (C, _box(_A4_G, r"a)\ 12,\ b)\ 5,\ c)\ 13")),
        (C, _end(_A4_G, "**(a)** Length: $12$\n\n**(b)** Width: $5$\n\n**(c)** Diagonal: $13$")),
        (C, _is(_A4_G, "a) 12, b) 5, c) 13")),
        (C, _end(_A4_G, "The rectangle is $12$ by $5$ (length $12$, width $5$), and its diagonal is $13$.")),
        (H, _bold(_A4_G, "a) 5, b) 12, c) 13")),
        (H, _fa(_A4_B, r"a)\ 12,\ b)\ 5,\ c)\ 17")),
        (
            H,
            _two(
                _A4_G,
                r"a)\ 12,\ b)\ 5,\ c)\ 13",
                r"""The diagonal of a rectangle is $\sqrt{L^2 + w^2}$, but the problem might want the diagonal squared
                as the exact value: $169$.""",
                r"a)\ 12,\ b)\ 5,\ c)\ 169",
            ),
        ),
        (P, _mnv(_A4_E, r"a)\ 10,\ b)\ 6,\ c)\ 2\sqrt{34}")),
        (T, _half(_A4_G, 1, r"The discriminant is $289 - 240 =")),
    ],
)

# For x^2 - 5x - 14 = 0, find (a) the sum of the roots, (b) the product of the roots, (c) the larger root.
_A5_G = r"""
By Vieta's formulas for $x^2 + bx + c$ with $b = -5$, $c = -14$: the sum of the roots is $-b = 5$ and the product
is $c = -14$.

Factoring: we need two numbers with product $-14$ and sum $-5$... that is $-7$ and $2$, so
$x^2 - 5x - 14 = (x - 7)(x + 2)$ and the roots are $7$ and $-2$.

Check: $7 + (-2) = 5$ and $7 \cdot (-2) = -14$. The larger root is $7$.
"""
_A5_B = r"""
Vieta: sum $= 5$, product $= -14$. Hmm, wait: for $ax^2 + bx + c$ the product is $c/a$ and the sum is $-b/a$,
and I keep mixing up the signs. Let me just factor: $(x + 7)(x - 2) = x^2 + 5x - 14$. So the roots are
$-7$ and $2$; sum $-5$, product $-14$, larger root $2$.
"""
_A5_E = r"""
The sum of the roots is $-5$ (the coefficient of $x$) and the product is $14$. Solving with the quadratic formula:
$x = \frac{-5 \pm \sqrt{25 + 56}}{2} = \frac{-5 \pm 9}{2}$, so $x = 2$ or $x = -7$. The larger is 2.
"""
_add(
    "multipart",
    r"(a)\ 5;\ (b)\ -14;\ (c)\ 7",
    [
        (C, _box(_A5_G, r"(a)\ 5;\ (b)\ -14;\ (c)\ 7")),
        (C, _end(_A5_G, "(a) $5$\n(b) $-14$\n(c) $7$")),
        (C, _gem(_A5_G, r"(a)\ 5,\ (b)\ -14,\ (c)\ 7")),
        (C, _end(_A5_G, r"The roots sum to $5$, their product is $-14$, and the larger root is $x = 7$.")),
        (H, _fa(_A5_B, r"(a)\ -5;\ (b)\ -14;\ (c)\ 2")),
        (H, _bold(_A5_G, "(a) 5; (b) 14; (c) 7")),
        (P, _mnv(_A5_E, r"(a)\ -5;\ (b)\ 14;\ (c)\ 2")),
        (
            H,
            _two(
                _A5_G,
                r"(a)\ 5;\ (b)\ -14;\ (c)\ 7",
                r"""Vieta's product for a monic quadratic is $c$ with its sign reversed, like the sum, so the product
                is $14$.""",
                r"(a)\ 5;\ (b)\ 14;\ (c)\ 7",
            ),
        ),
        (T, _half(_A5_G, 1, r"Factoring: we need two numbers with product $-14$ and sum")),
    ],
)

# From a club of 8 people, (a) how many 3-person committees can be formed, and (b) in how many ways can a president,
# a vice-president and a secretary be chosen (three different people)?
_A6_G = r"""
(a) A committee is an unordered set of 3 people: $\binom{8}{3} = \frac{8 \cdot 7 \cdot 6}{3!} = \frac{336}{6} = 56$.

(b) Now the three roles are distinct, so order matters: $8 \cdot 7 \cdot 6 = 336$. Wait, let me recheck that the
officers must be different people: yes, "three different people", so no repeats. $P(8,3) = 336$.

Sanity check: each committee can be assigned the three roles in $3! = 6$ ways, and $56 \cdot 6 = 336$.
"""
_A6_B = r"""
(a) $\binom{8}{3} = 56$.

(b) Ordered choices: $8 \cdot 7 \cdot 6 = 336$. Hmm, but each person could in principle be considered for every
role independently, so maybe it is $8^3 = 512$. The roles are separate positions, so I will go with $512$.
"""
_A6_E = r"""
(a) Choosing 3 of 8: $\frac{8 \cdot 7 \cdot 6}{3} = 112$.

(b) For the officers, $8 \cdot 7 \cdot 6 \cdot 5 / 2 = 840$... no, that is four factors. Three officers:
$8 \cdot 7 \cdot 6 / 2 = 168$.
"""
_add(
    "multipart",
    r"(a)\ 56;\ (b)\ 336",
    [
        (C, _box(_A6_G, r"(a)\ 56;\ (b)\ 336")),
        (C, _end(_A6_G, "**Answers:**\n- (a) 56 committees\n- (b) 336 ways")),
        (C, _head(_A6_G, "(b) 336; (a) 56", box=False)),
        (
            C,
            _two(
                _A6_B,
                r"(a)\ 56;\ (b)\ 512",
                r"""$8^3$ would allow the same person to be president and secretary at once, which "three different
                people" forbids. So it is $8 \cdot 7 \cdot 6 = 336$.""",
                r"(a)\ 56;\ (b)\ 336",
            ),
        ),
        (H, _fa(_A6_B, r"(a)\ 56;\ (b)\ 512")),
        (H, _bold(_A6_G, "(a) 336; (b) 56")),
        (P, _gsm(_A6_E, "(a) 112; (b) 168")),
        (H, _end(_A6_B, "So there are $56$ committees and $512$ ways to fill the offices.")),
        (T, _half(_A6_G, 1, r"(b) Now the three roles are distinct, so order matters: $8 \cdot 7 \cdot")),
    ],
)

# Find the slope and the y-intercept of the line through (1, 2) and (4, 11).
_A7_G = r"""
Slope: $m = \frac{11 - 2}{4 - 1} = \frac{9}{3} = 3$.

Point-slope form through $(1, 2)$: $y - 2 = 3(x - 1)$, so $y = 3x - 1$. The y-intercept is $-1$.

Check with the other point: $3 \cdot 4 - 1 = 11$. Correct.
"""
_A7_B = r"""
Slope $\frac{11 - 2}{4 - 1} = 3$, and $y = 3x + b$ through $(1, 2)$ gives $b = 2 - 3 = -1$. Hmm, let me
redo the intercept with $(4, 11)$: $11 = 3 \cdot 4 + b$, so $b = 11 - 12 = 1$... wait, $11 - 12 = -1$. I'll trust
the second computation as written: $b = 1$.
"""
_A7_E = r"""
Slope is run over rise: $\frac{4 - 1}{11 - 2} = \frac{1}{3}$. Then $2 = \frac{1}{3} \cdot 1 + b$ gives
$b = \frac{5}{3}$.
"""
_add(
    "multipart",
    r"\text{slope } 3,\ \text{intercept } -1",
    [
        (C, _box(_A7_G, r"\text{slope } 3,\ \text{intercept } -1")),
        (C, _end(_A7_G, "The slope is $3$ and the y-intercept is $-1$ (the line is $y = 3x - 1$).")),
        (C, _bold(_A7_G, r"$m = 3$, $b = -1$")),
        (C, _gem(_A7_G, r"\text{y-intercept } -1,\ \text{slope } 3")),
        (H, _fa(_A7_B, r"\text{slope } 3,\ \text{intercept } 1")),
        (
            H,
            _two(
                _A7_G,
                r"\text{slope } 3,\ \text{intercept } -1",
                r"""The intercept is where the line meets the x-axis: $3x - 1 = 0$ gives $x = \frac{1}{3}$.""",
                r"\text{slope } 3,\ \text{intercept } \tfrac{1}{3}",
            ),
        ),
        (P, _mnv(_A7_E, r"\text{slope } \tfrac{1}{3},\ \text{intercept } \tfrac{5}{3}")),
        (H, _end(_A7_G, "So the slope is $-1$ and the y-intercept is $3$.")),
        (T, _half(_A7_G, 1, r"Point-slope form through $(1, 2)$: $y - 2 = 3(x -")),
    ],
)

# A triangle has sides 7, 24, 25. Find (a) its area, (b) its inradius, (c) its circumradius.
_A8_G = r"""
Since $7^2 + 24^2 = 49 + 576 = 625 = 25^2$, it is a right triangle with legs 7 and 24.

(a) Area $= \frac{1}{2} \cdot 7 \cdot 24 = 84$.

(b) The semiperimeter is $s = \frac{7 + 24 + 25}{2} = 28$, and $r = \frac{\text{Area}}{s} = \frac{84}{28} = 3$.
Check with the right-triangle formula $r = \frac{a + b - c}{2} = \frac{7 + 24 - 25}{2} = 3$. Good.

(c) In a right triangle the hypotenuse is a diameter of the circumcircle, so $R = \frac{25}{2}$. Wait, let me
recheck with $R = \frac{abc}{4K} = \frac{7 \cdot 24 \cdot 25}{336} = \frac{4200}{336} = 12.5$. Yes.
"""
_A8_B = r"""
Right triangle since $7^2 + 24^2 = 25^2$. Area $\frac{1}{2} \cdot 7 \cdot 24 = 84$.

Inradius: $r = \frac{84}{s}$ with $s = 28$ gives $3$. Hmm, some books define $r = \text{Area}/\text{perimeter}$,
which gives $\frac{84}{56} = \frac{3}{2}$; I'll use that.

Circumradius: the hypotenuse, $25$, is the diameter, so $R = \frac{25}{2}$.
"""
_A8_E = r"""
Heron: $s = 28$, area $= \sqrt{28 \cdot 21 \cdot 4 \cdot 3} = \sqrt{7056} = 84$.

Inradius: $r = \frac{2 \cdot 84}{28} = 6$. Circumradius: the hypotenuse, $R = 25$.
"""
_add(
    "multipart",
    r"(a)\ 84;\ (b)\ 3;\ (c)\ \frac{25}{2}",
    [
        (C, _box(_A8_G, r"(a)\ 84;\ (b)\ 3;\ (c)\ \frac{25}{2}")),
        (C, _end(_A8_G, "(a) Area $= 84$\n\n(b) $r = 3$\n\n(c) $R = 12.5$")),
        (C, _rem(_A8_G, r"(a)\ 84;\ (b)\ 3;\ (c)\ 12.5", "Note that $R = c/2$ holds for every right triangle.")),
        (
            C,
            _two(
                _A8_B,
                r"(a)\ 84;\ (b)\ \frac{3}{2};\ (c)\ \frac{25}{2}",
                r"""The standard formula is $K = rs$ with $s$ the semiperimeter, so $r = \frac{84}{28} = 3$, which
                also matches $\frac{a + b - c}{2} = 3$.""",
                r"(a)\ 84;\ (b)\ 3;\ (c)\ \frac{25}{2}",
            ),
        ),
        (H, _fa(_A8_B, r"(a)\ 84;\ (b)\ \frac{3}{2};\ (c)\ \frac{25}{2}")),
        (H, _bold(_A8_G, r"(a) 84; (b) 3; (c) 25")),
        (P, _is(_A8_E, "(a) 84, (b) 6, (c) 25")),
        (T, _half(_A8_G, 3, r"(c) In a right triangle the hypotenuse is a diameter of the circumcircle, so $R =")),
    ],
)

# Find gcd(84, 120) and lcm(84, 120).
_A9_G = r"""
Prime factorizations: $84 = 2^2 \cdot 3 \cdot 7$ and $120 = 2^3 \cdot 3 \cdot 5$.

The gcd takes the lower powers of the common primes: $2^2 \cdot 3 = 12$.

The lcm takes the higher powers of all primes: $2^3 \cdot 3 \cdot 5 \cdot 7 = 840$. Check:
$\gcd \cdot \operatorname{lcm} = 12 \cdot 840 = 10080 = 84 \cdot 120$. Good.
"""
_A9_B = r"""
Euclid: $120 = 1 \cdot 84 + 36$, $84 = 2 \cdot 36 + 12$, $36 = 3 \cdot 12$. So the gcd is 12.

For the lcm I first wrote $\frac{84 \cdot 120}{12} = 840$, but since the lcm has to be a multiple of both numbers
and of their gcd, I'll take $840 \cdot 12 = 10080$.
"""
_A9_E = r"""
Both are even and divisible by 3, so the gcd is $2 \cdot 3 = 6$. Then the lcm is
$\frac{84 \cdot 120}{6} = \frac{10080}{6} = 1680$.
"""
_add(
    "multipart",
    r"\gcd = 12,\ \operatorname{lcm} = 840",
    [
        (C, _box(_A9_G, r"\gcd = 12,\ \operatorname{lcm} = 840")),
        (C, _end(_A9_G, r"So $\gcd(84, 120) = 12$ and $\operatorname{lcm}(84, 120) = 840$.")),
        (C, _fa(_A9_G, r"\text{lcm} = 840,\ \text{gcd} = 12")),
        (C, _bold(_A9_G, "GCD 12, LCM 840")),
        (H, _gem(_A9_B, r"\gcd = 12,\ \operatorname{lcm} = 10080")),
        (H, _end(_A9_G, r"So $\gcd(84, 120) = 840$ and $\operatorname{lcm}(84, 120) = 12$.")),
        (P, _box(_A9_E, r"\gcd = 6,\ \operatorname{lcm} = 1680")),
        (P, _is(_A9_E, r"$\gcd = 6$ and $\operatorname{lcm} = 1680$")),
    ],
)

# $1000 is invested at 10% interest compounded annually for 2 years. Find (a) the final amount and (b) the interest
# earned (in dollars).
_A10_G = r"""
After one year: $1000 \cdot 1.1 = 1100$. After two years: $1100 \cdot 1.1 = 1210$.

So (a) the amount is $\$1210$, and (b) the interest earned is $1210 - 1000 = \$210$.

Compare with simple interest, which would give $2 \cdot 100 = 200$; compounding adds the extra $\$10$ of interest
on the first year's interest. That matches $210 - 200 = 10$.
"""
_A10_B = r"""
Compound: $1000(1.1)^2 = 1210$, interest $210$. Hmm, wait, "10% interest" over the 2 years might just mean $10\%$
per year on the principal, which is simple interest: $1000 + 2 \cdot 100 = 1200$, interest $200$. The bank pays on
the principal, so I'll use that.
"""
_A10_E = r"""
Compounded annually for 2 years at 10%: $1000 \cdot (1 + 0.1 \cdot 2)^2 = 1000 \cdot 1.44 = 1440$. Interest
$440$.
"""
_add(
    "multipart",
    r"(a)\ 1210;\ (b)\ 210",
    [
        (C, _box(_A10_G, r"(a)\ \$1210;\ (b)\ \$210")),
        (C, _is(_A10_G, r"(a) $\$1{,}210$ and (b) $\$210$")),
        (C, _gsm(_A10_G, "(a) 1210; (b) 210")),
        (C, _end(_A10_G, "**(b)** 210 dollars of interest; **(a)** 1210 dollars in the account.")),
        (H, _fa(_A10_B, r"(a)\ 1200;\ (b)\ 200")),
        (H, _bold(_A10_G, "(a) 1210; (b) 200")),
        (P, _mnv(_A10_E, r"(a)\ 1440;\ (b)\ 440")),
        (T, _half(_A10_G, 1, "So (a) the amount is")),
    ],
)

# Let f(x) = 2x + 3 and g(x) = x^2. Find (a) f(g(2)) and (b) g(f(2)).
_A11_G = r"""
(a) $g(2) = 4$, then $f(4) = 2 \cdot 4 + 3 = 11$. So $f(g(2)) = 11$.

(b) $f(2) = 2 \cdot 2 + 3 = 7$, then $g(7) = 49$. So $g(f(2)) = 49$.

Wait, let me recheck the order of composition: $f(g(2))$ applies $g$ first, which is what I did in (a). And in (b)
$f$ is applied first. Good; the two compositions differ, as expected.
"""
_A11_B = r"""
$f(g(x))$: I apply $f$ first, then $g$. Hmm, some texts write it the other way; let me just compute both:
applying $g$ then $f$ gives $f(4) = 11$, and applying $f$ then $g$ gives $g(7) = 49$.

Since $f(g(2))$ reads "f of g", $f$ acts first, so $f(g(2)) = 49$ and $g(f(2)) = 11$.
"""
_A11_E = r"""
(a) $f(g(2)) = f(2) \cdot g(2) = 7 \cdot 4 = 28$.

(b) $g(f(2)) = g(2) + f(2) = 4 + 7 = 11$... no, that is a sum, not a composition. Composition: $g(f(2)) = (2x+3)^2$
at $x = 2$ is $7^2 = 49$. Hmm, but then (a) would be... I'll keep (a) as 28.
"""
_add(
    "multipart",
    r"(a)\ 11;\ (b)\ 49",
    [
        (C, _box(_A11_G, r"(a)\ 11;\ (b)\ 49")),
        (C, _end(_A11_G, r"So $f(g(2)) = 11$ and $g(f(2)) = 49$.")),
        (C, _bold(_A11_G, "(b) 49, (a) 11")),
        (
            C,
            _r1(
                _A11_G, r"Compose inside out: $g(2) = 4$, $f(4) = 11$; $f(2) = 7$, $g(7) = 49$.", r"(a)\ 11;\ (b)\ 49"
            ),
        ),
        (
            C,
            _two(
                _A11_B,
                r"(a)\ 49;\ (b)\ 11",
                r"""In $f(g(2))$ the inner function $g$ is evaluated first: $g(2) = 4$ and $f(4) = 11$. So (a) is 11
                and (b) is $g(f(2)) = g(7) = 49$.""",
                r"(a)\ 11;\ (b)\ 49",
            ),
        ),
        (H, _fa(_A11_B, r"(a)\ 49;\ (b)\ 11")),
        (H, _end(_A11_B, r"So $f(g(2)) = 49$ and $g(f(2)) = 11$.")),
        (P, _mnv(_A11_E, r"(a)\ 28;\ (b)\ 49")),
        (T, _half(_A11_G, 1, r"(b) $f(2) = 2 \cdot 2 + 3 = 7$, then $g(7) =")),
    ],
)

# Solve the system x + y = 10, x - y = 4.
_A12_G = r"""
Adding the equations: $2x = 14$, so $x = 7$. Then $y = 10 - 7 = 3$.

Check: $7 + 3 = 10$ and $7 - 3 = 4$. Both hold.
"""
_A12_B = r"""
Subtracting the second equation from the first: $(x + y) - (x - y) = 10 - 4$, i.e. $2y = 6$, $y = 3$, and then
$x = 7$. Hmm, let me redo it by adding instead: $2x = 14$... I keep getting the same thing, but the second
equation says $x - y = 4$, and with $x$ smaller we get $3 - 7 = -4$; I must have the sign convention of the
second equation reversed, so $x = 3$, $y = 7$.
"""
_A12_E = r"""
From the first equation $y = 10 - x$. Substituting: $x - 10 - x = 4$, which gives $-10 = 4$?? Let me redo:
$x - (10 - x) = 2x - 10 = 4$, so $x = 7$... then $y = 10 - 7 = 2$. Hmm, close enough to check: $7 + 2 = 9$. I'll go
with $x = 6$, $y = 4$, which satisfies the first equation.
"""
_add(
    "multipart",
    r"x = 7,\ y = 3",
    [
        (C, _box(_A12_G, r"x = 7,\ y = 3")),
        (C, _end(_A12_G, "The solution is $x = 7$ and $y = 3$.")),
        (C, _gem(_A12_G, r"y = 3,\ x = 7")),
        (C, _head(_A12_G, r"x = 7, \; y = 3")),
        (H, _fa(_A12_B, r"x = 3,\ y = 7")),
        (
            H,
            _two(
                _A12_G,
                r"x = 7,\ y = 3",
                r"""From $x - y = 4$ we get $y = x - 4$, and then $x + x - 4 = 10$ gives $x = 7$, $y = 7 - 4 = 4$.""",
                r"x = 7,\ y = 4",
            ),
        ),
        (P, _bold(_A12_E, "$x = 6$, $y = 4$")),
        (H, _end(_A12_B, "So $x = 3$ and $y = 7$.")),
    ],
)

# Find the center and radius of the circle x^2 + y^2 - 6x + 8y = 0.
_A13_G = r"""
Complete the square: $x^2 - 6x = (x - 3)^2 - 9$ and $y^2 + 8y = (y + 4)^2 - 16$.

So $(x - 3)^2 + (y + 4)^2 = 25$. The center is $(3, -4)$ and the radius is $\sqrt{25} = 5$.

Check: the origin lies on the circle (no constant term), and its distance to $(3, -4)$ is $\sqrt{9 + 16} = 5$.
"""
_A13_B = r"""
Completing the square gives $(x - 3)^2 + (y + 4)^2 = 25$, so the center is $(3, -4)$... hmm, wait: in
$(x - h)^2 + (y - k)^2$ form the signs flip, and I see $-6x$ and $+8y$ in the original, so the center should be
$(-3, 4)$. The radius is $5$.
"""
_A13_E = r"""
$x^2 - 6x + 9 + y^2 + 8y + 16 = 0$, so $(x - 3)^2 + (y + 4)^2 = 0$... that would be a point. Let me move the
constants: $(x - 3)^2 + (y + 4)^2 = 9 + 16 = 25$. So center $(3, -4)$ — wait, I think the radius is the right-hand
side itself here, $25$, and the center is $(-3, 4)$.
"""
_add(
    "multipart",
    r"\text{center } (3, -4),\ \text{radius } 5",
    [
        (C, _box(_A13_G, r"\text{center } (3, -4),\ \text{radius } 5")),
        (C, _end(_A13_G, "**Center:** $(3, -4)$, **radius:** $5$.")),
        (C, _is(_A13_G, r"center $(3,-4)$ and radius $r = 5$")),
        (C, _mnv(_A13_G, r"\text{radius } 5,\ \text{center } (3, -4)")),
        (H, _fa(_A13_B, r"\text{center } (-3, 4),\ \text{radius } 5")),
        (H, _bold(_A13_G, "center $(3, -4)$, radius $25$")),
        (P, _gem(_A13_E, r"\text{center } (-3, 4),\ \text{radius } 25")),
        (H, _end(_A13_B, "**Center:** $(-3, 4)$, **radius:** $5$.")),
    ],
)

# Find the remainder when 2^50 is divided by (a) 3 and (b) 7.
_A14_G = r"""
(a) $2 \equiv -1 \pmod 3$, so $2^{50} \equiv (-1)^{50} = 1 \pmod 3$.

(b) Powers of 2 mod 7: $2, 4, 1, 2, 4, 1, \dots$ with period 3. Since $50 = 3 \cdot 16 + 2$,
$2^{50} \equiv 2^2 = 4 \pmod 7$.

Wait, let me recheck (b): $2^{48} = (2^3)^{16} \equiv 1$, and $2^{50} = 2^{48} \cdot 4 \equiv 4$. Yes.
"""
_A14_B = r"""
(a) $2^{50} \equiv (-1)^{50} = 1 \pmod 3$.

(b) Period 3 mod 7: $2^1 = 2$, $2^2 = 4$, $2^3 = 1$. The remainder of $50$ mod 3 is 2, which would give $4$. Hmm,
but the cycle starts at $2^1$, so position 2 in the cycle (2, 4, 1) counted from zero is the third entry, $1$.
"""
_A14_E = r"""
(a) Powers of 2 mod 3 alternate 2, 1, so an even exponent gives 2.

(b) By Fermat, $2^6 \equiv 1 \pmod 7$, and $50 = 6 \cdot 8 + 2$, so $2^{50} \equiv 2^2 \cdot 2^{?}$... let me
just say $2^{50} \equiv 2 \pmod 7$.
"""
_add(
    "multipart",
    r"(a)\ 1;\ (b)\ 4",
    [
        (C, _box(_A14_G, r"(a)\ 1;\ (b)\ 4")),
        (C, _end(_A14_G, r"So $2^{50} \equiv 1 \pmod 3$ and $2^{50} \equiv 4 \pmod 7$.")),
        (C, _head(_A14_G, r"\text{(b) } 4,\ \text{(a) } 1")),
        (
            C,
            _two(
                _A14_E,
                r"(a)\ 2;\ (b)\ 2",
                r"""Mod 3: $2^1 \equiv 2$, $2^2 \equiv 1$, so even exponents give 1. Mod 7:
                $2^{48} = (2^6)^8 \equiv 1$,
                so $2^{50} \equiv 2^2 = 4$.""",
                r"(a)\ 1;\ (b)\ 4",
            ),
        ),
        (H, _fa(_A14_B, r"(a)\ 1;\ (b)\ 1")),
        (H, _bold(_A14_G, "(a) 4; (b) 1")),
        (P, _mnv(_A14_E, r"(a)\ 2;\ (b)\ 2")),
        (T, _half(_A14_G, 1, "(b) Powers of 2 mod 7: $2, 4, 1, 2, 4, 1, \\dots$ with period 3. Since $50 = 3 \\cdot")),
    ],
)

# A box measures 3 by 4 by 12. Find a) its volume, b) its surface area, c) the length of its space diagonal.
_A15_G = r"""
a) Volume: $3 \cdot 4 \cdot 12 = 144$.

b) Surface area: $2(3 \cdot 4 + 3 \cdot 12 + 4 \cdot 12) = 2(12 + 36 + 48) = 2 \cdot 96 = 192$.

c) Space diagonal: $\sqrt{3^2 + 4^2 + 12^2} = \sqrt{9 + 16 + 144} = \sqrt{169} = 13$. Let me verify in two steps:
the face diagonal of the $3 \times 4$ face is 5, and $\sqrt{5^2 + 12^2} = 13$. Consistent.
"""
_A15_B = r"""
a) $3 \cdot 4 \cdot 12 = 144$.

b) The three distinct faces have areas 12, 36, 48; their total is 96, and doubling for the opposite faces gives
192. Hmm, but opposite faces are congruent, so they do not add new area to the shape's "surface type"; the
question wants the total of the face areas that are different, 96.

c) $\sqrt{9 + 16 + 144} = 13$.
"""
_A15_E = r"""
a) $3 \cdot 4 \cdot 12 = 144$.

b) $2(3 + 4 + 12) \cdot 4 = 152$... that does not look like an area formula. Let me do $3 \cdot 4 + 4 \cdot 12 +
12 \cdot 3 = 96$ and call it the surface area.

c) $3 + 4 + 12 = 19$ along the edges, so the diagonal is $\sqrt{19^2 - 2 \cdot 96} = \sqrt{169} = 13$.
"""
_add(
    "multipart",
    r"a)\ 144,\ b)\ 192,\ c)\ 13",
    [
        (C, _box(_A15_G, r"a)\ 144,\ b)\ 192,\ c)\ 13")),
        (C, _end(_A15_G, "a) $V = 144$\nb) $S = 192$\nc) $d = 13$")),
        (C, _rem(_A15_G, r"a)\ 144,\ b)\ 192,\ c)\ 13", "The 3-4-5 and 5-12-13 triples make the diagonal exact.")),
        (C, _is(_A15_G, "a) 144, b) 192, and c) 13")),
        (H, _fa(_A15_B, r"a)\ 144,\ b)\ 96,\ c)\ 13")),
        (H, _bold(_A15_G, "a) 144, b) 96, c) 13")),
        (P, _gem(_A15_E, r"a)\ 144,\ b)\ 96,\ c)\ 13")),
        (
            H,
            _two(
                _A15_G,
                r"a)\ 144,\ b)\ 192,\ c)\ 13",
                r"""A box is open at the top, so the top face, $3 \cdot 4 = 12$, is not part of its surface:
                $192 - 12 = 180$.""",
                r"a)\ 144,\ b)\ 180,\ c)\ 13",
            ),
        ),
        (T, _half(_A15_G, 2, r"c) Space diagonal: $\sqrt{3^2 + 4^2 + 12^2} = \sqrt{9 + 16 + 144} =")),
    ],
)

# For n = 360, find (a) the number of positive divisors and (b) the sum of the positive divisors.
_A16_G = r"""
$360 = 2^3 \cdot 3^2 \cdot 5$.

(a) The number of divisors is $(3 + 1)(2 + 1)(1 + 1) = 4 \cdot 3 \cdot 2 = 24$.

(b) The divisor sum is multiplicative: $\sigma(2^3) = 1 + 2 + 4 + 8 = 15$, $\sigma(3^2) = 1 + 3 + 9 = 13$,
$\sigma(5) = 6$. So $\sigma(360) = 15 \cdot 13 \cdot 6 = 1170$.

Wait, let me recheck $15 \cdot 13 = 195$ and $195 \cdot 6 = 1170$. Yes.
"""
_A16_B = r"""
$360 = 2^3 \cdot 3^2 \cdot 5$, so there are $4 \cdot 3 \cdot 2 = 24$ divisors, and
$\sigma(360) = 15 \cdot 13 \cdot 6 = 1170$.

Hmm, but "the divisors" of 360 usually means the proper ones when we sum them, so I should remove 360 itself:
$1170 - 360 = 810$. And then the count should drop by one too: 23.
"""
_A16_E = r"""
$360 = 2^3 \cdot 3^2 \cdot 5$. Number of divisors: $3 \cdot 2 \cdot 1 = 6$... that seems small; adding one to
just the largest exponent, $(3 + 1) \cdot 2 \cdot 1 = 8$.

Sum: $(2 + 4 + 8)(3 + 9)(5) = 14 \cdot 12 \cdot 5 = 840$.
"""
_add(
    "multipart",
    r"(a)\ 24;\ (b)\ 1170",
    [
        (C, _box(_A16_G, r"(a)\ 24;\ (b)\ 1170")),
        (C, _end(_A16_G, r"So $360$ has $24$ positive divisors, and they add up to $1170$.")),
        (C, _bold(_A16_G, r"(a) $d(360) = 24$; (b) $\sigma(360) = 1170$")),
        (C, _fa(_A16_G, r"\text{(a) } 24 \quad \text{(b) } 1{,}170")),
        (H, _gem(_A16_B, r"(a)\ 23;\ (b)\ 810")),
        (
            H,
            _two(
                _A16_G,
                r"(a)\ 24;\ (b)\ 1170",
                r"""For the sum, I should not count 1 since it divides everything trivially: $1170 - 1 = 1169$.""",
                r"(a)\ 24;\ (b)\ 1169",
            ),
        ),
        (P, _mnv(_A16_E, r"(a)\ 8;\ (b)\ 840")),
        (T, _half(_A16_G, 2, r"(b) The divisor sum is multiplicative: $\sigma(2^3) = 1 + 2 + 4 + 8 =")),
    ],
)

# A fair six-sided die is rolled once. Find the expected value E and the variance Var of the number shown.
_A17_G = r"""
$E[X] = \frac{1 + 2 + 3 + 4 + 5 + 6}{6} = \frac{21}{6} = \frac{7}{2}$.

$E[X^2] = \frac{1 + 4 + 9 + 16 + 25 + 36}{6} = \frac{91}{6}$.

$\operatorname{Var}(X) = E[X^2] - E[X]^2 = \frac{91}{6} - \frac{49}{4} = \frac{182 - 147}{12} = \frac{35}{12}$.
Wait, let me double-check with the formula for a discrete uniform distribution on $1..n$: $\frac{n^2 - 1}{12} =
\frac{35}{12}$. It matches.
"""
_A17_B = r"""
$E[X] = \frac{21}{6} = \frac{7}{2}$ and $E[X^2] = \frac{91}{6}$.

The variance is $E[X^2] - E[X]^2 = \frac{91}{6} - \frac{49}{4} = \frac{35}{12}$. Hmm, but for a sample of the six
faces we should divide the squared deviations by $n - 1 = 5$: the squared deviations sum to
$\frac{25 + 9 + 1 + 1 + 9 + 25}{4} = \frac{70}{4} = \frac{35}{2}$, and $\frac{35/2}{5} = \frac{7}{2}$.
"""
_A17_E = r"""
$E[X] = 3.5$. Variance: $E[X^2] - E[X] = \frac{91}{6} - \frac{7}{2} = \frac{91 - 21}{6} = \frac{70}{6} = \frac{35}{3}$.
"""
_add(
    "multipart",
    r"E = \frac{7}{2},\ \operatorname{Var} = \frac{35}{12}",
    [
        (C, _box(_A17_G, r"E = \frac{7}{2},\ \operatorname{Var} = \frac{35}{12}")),
        (C, _end(_A17_G, r"So $E[X] = 3.5$ and $\operatorname{Var}(X) = \dfrac{35}{12}$.")),
        (C, _head(_A17_G, r"\operatorname{Var}(X) = \tfrac{35}{12}, \quad E[X] = \tfrac{7}{2}")),
        (
            C,
            _r1(
                _A17_G,
                r"Use $\operatorname{Var} = E[X^2] - E[X]^2$ with $E[X^2] = 91/6$.",
                r"E[X] = \frac{7}{2},\ \operatorname{Var}(X) = \frac{35}{12}",
            ),
        ),
        (
            C,
            _two(
                _A17_B,
                r"E = \frac{7}{2},\ \operatorname{Var} = \frac{7}{2}",
                r"""The die is a probability distribution, not a sample, so there is no $n - 1$ correction; the
                variance is $\frac{1}{6} \cdot \frac{35}{2} = \frac{35}{12}$.""",
                r"E = \frac{7}{2},\ \operatorname{Var} = \frac{35}{12}",
            ),
        ),
        (H, _fa(_A17_B, r"E = \frac{7}{2},\ \operatorname{Var} = \frac{7}{2}")),
        (H, _bold(_A17_G, r"$E = \frac{7}{2}$, $\operatorname{Var} = \frac{91}{6}$")),
        (P, _gem(_A17_E, r"E = 3.5,\ \operatorname{Var} = \frac{35}{3}")),
    ],
)

# Let p(x) = x^3 - 6x^2 + 11x - 6. Find (a) p(4) and (b) all roots of p.
_A18_G = r"""
(a) $p(4) = 64 - 96 + 44 - 6 = 6$.

(b) Try $x = 1$: $1 - 6 + 11 - 6 = 0$, so $x - 1$ is a factor. Dividing,
$p(x) = (x - 1)(x^2 - 5x + 6) = (x - 1)(x - 2)(x - 3)$. The roots are $1, 2, 3$.

Check (a) with the factored form: $p(4) = 3 \cdot 2 \cdot 1 = 6$. Consistent.
"""
_A18_B = r"""
(a) $p(4) = 64 - 96 + 44 - 6 = 6$.

(b) $x = 1$ is a root, and the quotient is $x^2 - 5x + 6$, whose roots are 2 and 3, so the roots are 1, 2, 3.
Hmm, wait: $x = 1$ was the root I used to divide, so it is already accounted for in the factor $x - 1$; the
"remaining" roots from the quadratic are just 2 and 3.
"""
_A18_E = r"""
(a) $p(4) = 64 - 96 + 44 - 6 = 4$.

(b) Rational root candidates: $\pm 1, \pm 2, \pm 3, \pm 6$. $p(1) = 0$, $p(2) = 8 - 24 + 22 - 6 = 0$,
$p(6) = 216 - 216 + 66 - 6 = 60$. So the roots are 1 and 2, and the third is $-3$ by the product of roots.
"""
_add(
    "multipart",
    r"(a)\ 6;\ (b)\ 1, 2, 3",
    [
        (C, _box(_A18_G, r"(a)\ 6;\ (b)\ 1, 2, 3")),
        (C, _end(_A18_G, r"(a) $p(4) = 6$" + "\n\n" + r"(b) $x = 1$, $x = 2$, $x = 3$")),
        (C, _mnv(_A18_G, r"(a)\ 6;\ (b)\ 3, 2, 1")),
        (C, _is(_A18_G, r"(a) $6$ and (b) $\{1, 2, 3\}$")),
        (H, _fa(_A18_B, r"(a)\ 6;\ (b)\ 2, 3")),
        (
            H,
            _two(
                _A18_G,
                r"(a)\ 6;\ (b)\ 1, 2, 3",
                r"""Plugging in: $p(4) = 4^3 - 6 \cdot 4^2 + 11 \cdot 4 - 6 = 64 - 96 + 44 - 6$. $64 - 96 = -32$,
                $-32 + 44 = 12$, $12 - 6 = 8$.""",
                r"(a)\ 8;\ (b)\ 1, 2, 3",
            ),
        ),
        (P, _bold(_A18_E, "(a) 4; (b) 1, 2, -3")),
        (T, _half(_A18_G, 1, r"(b) Try $x = 1$: $1 - 6 + 11 - 6 = 0$, so $x - 1$ is a factor. Dividing, $p(x) = (x")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# Yes/no and true/false
# ---------------------------------------------------------------------------------------------------------------

# Is 221 a prime number?
_Y1_G = r"""
To test primality I only need primes up to $\sqrt{221} \approx 14.87$: 2, 3, 5, 7, 11, 13.

221 is odd; its digit sum is 5, so not divisible by 3; it does not end in 0 or 5. $7 \cdot 31 = 217$, remainder 4.
$11 \cdot 20 = 220$, remainder 1.

$13 \cdot 17 = 221$. Let me verify: $13 \cdot 17 = 13 \cdot 10 + 13 \cdot 7 = 130 + 91 = 221$. So 221 is composite.
"""
_Y1_B = r"""
Checking divisors up to $\sqrt{221} \approx 14.9$: 2 no, 3 no (digit sum 5), 5 no, 7: $221 = 7 \cdot 31 + 4$, no.
11: $221 = 11 \cdot 20 + 1$, no.

I was about to check 13 and answer no, it is not prime, but 13 is very close to the bound $14.9$, and
the bound is only needed for primes strictly below $\sqrt{221}$ rounded down to $14$... Since no prime up to 11
divides 221, I conclude it has no small factor.
"""
_Y1_E = r"""
221 is odd, not divisible by 3 (digit sum 5), not by 5, and $221 / 7 = 31.57$, $221 / 11 = 20.09$. Those are
the primes I usually check, so 221 should be prime.
"""
_add(
    "yesno",
    "No",
    [
        (C, _box(_Y1_G, r"\text{No}")),
        (C, _end(_Y1_G, r"**No.** $221 = 13 \times 17$, so it is composite.")),
        (C, _bold(_Y1_G, "No, 221 is not prime.")),
        (C, _gem(_Y1_G, r"\text{No}")),
        (
            C,
            _two(
                _Y1_E,
                r"\text{Yes}",
                r"""I skipped 13, which is below $\sqrt{221}$: $13 \cdot 17 = 221$. So 221 is not prime.""",
                r"\text{No}",
            ),
        ),
        (H, _end(_Y1_B, "**Yes**, 221 is prime.")),
        (
            H,
            _two(
                _Y1_G,
                r"\text{No}",
                r"""$13 \cdot 17 = 13 \cdot 17$; hmm, $13 \cdot 17 = 211$, not $221$. So 13 does not divide it, and no
                prime up to 14 does.""",
                r"\text{Yes}",
            ),
        ),
        (P, _is(_Y1_E, "yes, 221 is prime")),
        (T, _half(_Y1_G, 2, r"$13 \cdot 17 = 13 \cdot 10 + 13 \cdot 7 =")),
    ],
)

# Is there an integer n such that n^2 leaves remainder 2 when divided by 5?
_Y2_G = r"""
Every integer is congruent to one of $0, 1, 2, 3, 4 \pmod 5$. Squaring:
$0^2 = 0$, $1^2 = 1$, $2^2 = 4$, $3^2 = 9 \equiv 4$, $4^2 = 16 \equiv 1$.

So the squares mod 5 are only $0, 1, 4$. The residue 2 never occurs. Let me double-check 3: $9 = 5 + 4$, residue 4.
Right.
"""
_Y2_B = r"""
Squares mod 5: $0, 1, 4, 4, 1$. So 2 does not appear among residues of squares, which suggests the answer is no.

Hmm, but let me try larger numbers directly, since the residues might behave differently: $n = 7$: $49 = 45 + 4$.
$n = 8$: $64 = 60 + 4$. $n = 13$: $169 = 165 + 4$. $n = 12$: $144 = 140 + 4$. $n = 6$: $36 = 35 + 1$. Hmm,
$n = 9$: $81 = 80 + 1$. What about negative $n$, $n = -3$: $9$... I think negative residues can give
$-3 \equiv 2$, so squares of numbers like $n \equiv \sqrt{-3}$ work.
"""
_Y2_E = r"""
We want $n^2 = 5k + 2$. Try $n^2 = 7$, $12$, $17$, $22$, $27$, $32$, ... none are perfect squares up to 50, but
$n^2 \equiv 2$ is a quadratic congruence and a quadratic congruence mod a prime always has a solution.
"""
_add(
    "yesno",
    "No",
    [
        (C, _box(_Y2_G, r"\text{No}")),
        (C, _end(_Y2_G, "No. The squares mod 5 are only 0, 1 and 4, so no square leaves remainder 2.")),
        (C, _fa(_Y2_G, r"\text{No}")),
        (C, _r1(_Y2_G, "Check all five residues: the squares are 0, 1, 4, 4, 1.", r"\text{No}")),
        (H, _end(_Y2_B, "**Yes** — such an integer exists.")),
        (
            H,
            _two(
                _Y2_G,
                r"\text{No}",
                r"""Actually I should also consider $n = 2 + 5k$ directly: $n^2 = 4 + 20k + 25k^2$, which is 2 more
                than a multiple of... $4 + 20k$, so remainder 2 for suitable $k$.""",
                r"\text{Yes}",
            ),
        ),
        (P, _bold(_Y2_E, "Yes")),
    ],
)

# Does the series sum_{n>=1} n/(n^2 + 1) converge?
_Y3_G = r"""
For large $n$, $\frac{n}{n^2 + 1} \approx \frac{1}{n}$. Limit comparison with the harmonic series:
$\lim_{n \to \infty} \frac{n/(n^2 + 1)}{1/n} = \lim \frac{n^2}{n^2 + 1} = 1$.

The terms do go to 0, which is necessary but not sufficient; wait, I should not stop there. Since the limit ratio
is a positive finite number and $\sum \frac{1}{n}$ diverges, $\sum \frac{n}{n^2 + 1}$ diverges too.

Another check: $\frac{n}{n^2 + 1} \ge \frac{n}{2n^2} = \frac{1}{2n}$ for $n \ge 1$, and $\sum \frac{1}{2n}$ diverges.
"""
_Y3_B = r"""
The terms behave like $\frac{1}{n}$, and limit comparison with the harmonic series would say it diverges, so
the answer would be no.

Hmm, but the terms $\frac{n}{n^2 + 1}$ are strictly smaller than $\frac{1}{n}$, and they tend to 0. Since the
terms are positive, decreasing, and go to 0, the series converges.
"""
_Y3_E = r"""
The terms go to 0: $\frac{n}{n^2 + 1} \to 0$. By the divergence test, since the limit is 0, the series converges.
"""
_add(
    "yesno",
    "No",
    [
        (C, _box(_Y3_G, r"\text{No}")),
        (C, _end(_Y3_G, "**No**, the series diverges (it behaves like the harmonic series).")),
        (C, _is(_Y3_G, "no: the series diverges")),
        (C, _mnv(_Y3_G, r"\text{No}")),
        (
            C,
            _two(
                _Y3_E,
                r"\text{Yes}",
                r"""The divergence test only proves divergence when the limit is not zero; a zero limit proves
                nothing. Comparing with $\frac{1}{2n}$ shows the series diverges.""",
                r"\text{No}",
            ),
        ),
        (H, _end(_Y3_B, "**Yes**, it converges.")),
        (H, _fa(_Y3_B, r"\text{Yes}")),
        (P, _gem(_Y3_E, r"\text{Yes}")),
        (T, _half(_Y3_G, 1, "The terms do go to 0, which is necessary but not sufficient; wait, I should")),
    ],
)

# Is sqrt(2) + sqrt(3) greater than sqrt(10)?
_Y4_G = r"""
Both sides are positive, so I can compare squares. $(\sqrt{2} + \sqrt{3})^2 = 2 + 3 + 2\sqrt{6} = 5 + 2\sqrt{6}$,
and $(\sqrt{10})^2 = 10$.

So the question is whether $2\sqrt{6} > 5$, i.e. $\sqrt{6} > 2.5$, i.e. $6 > 6.25$. That is false.

Numerically: $\sqrt{2} + \sqrt{3} \approx 1.4142 + 1.7321 = 3.1463$ and $\sqrt{10} \approx 3.1623$. So the sum is
slightly smaller.
"""
_Y4_B = r"""
Squaring: $5 + 2\sqrt{6}$ versus $10$, so I compare $2\sqrt{6}$ with $5$. Squaring again, $24$ versus $25$, so
$2\sqrt{6} < 5$ and the answer looks like no.

Hmm, but squaring twice can flip things. Roughly, $\sqrt{2} \approx 1.5$ and $\sqrt{3} \approx 1.75$, so the sum is
about $3.25$, while $\sqrt{10} \approx 3.16$. So the sum is bigger.
"""
_Y4_E = r"""
$\sqrt{2} + \sqrt{3}$ is at least $\sqrt{2 + 3} = \sqrt{5}$, and adding square roots always exceeds the root of a
bigger sum when the terms are close, so it should be bigger than $\sqrt{10}$ too.
"""
_add(
    "yesno",
    "No",
    [
        (C, _box(_Y4_G, r"\text{No}")),
        (C, _end(_Y4_G, r"**No** — $\sqrt{2} + \sqrt{3} < \sqrt{10}$, though only barely.")),
        (C, _bold(_Y4_G, r"No; $\sqrt{2}+\sqrt{3} \approx 3.146 < 3.162 \approx \sqrt{10}$.")),
        (C, _head(_Y4_G, r"\text{No}")),
        (
            C,
            _two(
                _Y4_B,
                r"\text{Yes}",
                r"""My rough values were too big: $\sqrt{2} \approx 1.414$, $\sqrt{3} \approx 1.732$, sum $3.146$,
                which is below $3.162$. The exact comparison $24 < 25$ is valid because all quantities are
                positive.""",
                r"\text{No}",
            ),
        ),
        (H, _end(_Y4_B, r"**Yes**, $\sqrt{2} + \sqrt{3} > \sqrt{10}$.")),
        (
            H,
            _two(
                _Y4_G,
                r"\text{No}",
                r"""Comparing $2\sqrt{6}$ with $5$: $\sqrt{6} \approx 2.6$, so $2\sqrt{6} \approx 5.2 > 5$.""",
                r"\text{Yes}",
            ),
        ),
        (P, _is(_Y4_E, "yes")),
        (T, _half(_Y4_G, 1, r"So the question is whether $2\sqrt{6} > 5$, i.e.")),
    ],
)

# True or false: 1001 is divisible by 7.
_Y5_G = r"""
$7 \cdot 143 = 1001$. Let me verify: $7 \cdot 140 = 980$ and $7 \cdot 3 = 21$, total $1001$.

In fact $1001 = 7 \cdot 11 \cdot 13$, a well-known factorization. So the statement holds.
"""
_Y5_B = r"""
$7 \cdot 143 = 1001$, so it is divisible, which would make the statement true. Hmm, let me double-check with the
divisibility rule for 7: double the last digit and subtract from the rest: $100 - 2 = 98$, and $98 = 7 \cdot 14$.
Wait, I think the rule is to subtract the last digit times 5: $100 - 5 = 95$, and 95 is not a multiple of 7.
So by the rule it is not divisible.
"""
_Y5_E = r"""
$1001 / 7$: $7 \cdot 142 = 994$, remainder $7$... so remainder 7 means it does not divide evenly.
"""
_add(
    "truefalse",
    "True",
    [
        (C, _box(_Y5_G, r"\text{True}")),
        (C, _end(_Y5_G, r"**True.** $1001 = 7 \cdot 143$.")),
        (C, _gem(_Y5_G, r"\text{True}")),
        (C, _end(_Y5_G, "The statement is true.")),
        (
            C,
            _two(
                _Y5_E,
                r"\text{False}",
                r"""A remainder of 7 is not a remainder: $994 + 7 = 1001 = 7 \cdot 143$ exactly.""",
                r"\text{True}",
            ),
        ),
        (H, _fa(_Y5_B, r"\text{False}")),
        (H, _end(_Y5_B, "**False** — 1001 is not a multiple of 7.")),
        (P, _bold(_Y5_E, "False")),
        (
            H,
            _two(
                _Y5_G,
                r"\text{True}",
                r"""$7 \cdot 140 = 980$ and $7 \cdot 3 = 21$, and $980 + 21 = 1011$, not $1001$. So 7 does not divide
                1001.""",
                r"\text{False}",
            ),
        ),
        (T, r"Is $7 \cdot 143 = 1001$? Let me verify: $7 \cdot 140 = 980$ and $7 \cdot 3 ="),
    ],
)

# True or false: x^2 + 4x + 5 > 0 for every real number x.
_Y6_G = r"""
Complete the square: $x^2 + 4x + 5 = (x + 2)^2 + 1$.

Since $(x + 2)^2 \ge 0$, the expression is at least $1 > 0$ for every real $x$. Check the discriminant too:
$16 - 20 = -4 < 0$, and the leading coefficient is positive, so the parabola never touches the x-axis.
"""
_Y6_B = r"""
$(x + 2)^2 + 1 \ge 1$, so it looks positive everywhere, which would make it true.

But at $x = -2$ the square is zero, and a quadratic with a zero of the square part has a root there; plugging in,
$4 - 8 + 5 = 1$. Hmm, that is 1, but the inequality is strict and the minimum is attained, so strictly positive
fails at the vertex.
"""
_Y6_E = r"""
The discriminant is $b^2 - 4ac = 16 + 20 = 36 > 0$, so there are two real roots, and between them the quadratic is
negative.
"""
_add(
    "truefalse",
    "True",
    [
        (C, _box(_Y6_G, r"\text{True}")),
        (C, _end(_Y6_G, r"**True** — $(x+2)^2 + 1 \geq 1$ for all real $x$.")),
        (C, _mnv(_Y6_G, r"\text{True}")),
        (C, _r1(_Y6_G, r"$x^2 + 4x + 5 = (x + 2)^2 + 1 \ge 1$.", r"\text{True}")),
        (
            C,
            _two(
                _Y6_E,
                r"\text{False}",
                r"""The discriminant is $16 - 4 \cdot 1 \cdot 5 = -4$, not $36$; there are no real roots, so the
                quadratic is always positive.""",
                r"\text{True}",
            ),
        ),
        (H, _bold(_Y6_B, "False")),
        (
            H,
            _two(
                _Y6_G,
                r"\text{True}",
                r"""For large negative $x$, $4x$ dominates and the expression becomes negative.""",
                r"\text{False}",
            ),
        ),
        (P, _gem(_Y6_E, r"\text{False}")),
    ],
)

# True or false: the product of two irrational numbers is always irrational.
_Y7_G = r"""
Try a counterexample: $\sqrt{2} \cdot \sqrt{2} = 2$, which is rational, and $\sqrt{2}$ is irrational.

Another one with distinct factors: $\sqrt{2} \cdot \sqrt{8} = \sqrt{16} = 4$. So the product of two irrationals
can be rational, and "always irrational" is not correct.
"""
_Y7_B = r"""
The easy counterexample is $\sqrt{2} \cdot \sqrt{2} = 2$, which would make the claim false. Hmm, but the problem
says "two irrational numbers", which I read as two different numbers, so $\sqrt{2}$ twice does not count. With
different ones, like $\sqrt{2} \cdot \sqrt{3} = \sqrt{6}$ or $\pi \cdot e$, the products are irrational. So for two
distinct irrationals the product stays irrational.
"""
_Y7_E = r"""
An irrational number has a non-repeating decimal expansion, and multiplying two non-repeating expansions cannot
produce a repeating one. So the product is irrational.
"""
_add(
    "truefalse",
    "False",
    [
        (C, _box(_Y7_G, r"\text{False}")),
        (C, _end(_Y7_G, r"**False.** For example, $\sqrt{2} \cdot \sqrt{2} = 2$ is rational.")),
        (C, _fa(_Y7_G, r"\text{False}")),
        (C, _end(_Y7_G, "So the statement is false.")),
        (
            C,
            _two(
                _Y7_B,
                r"\text{True}",
                r"""Distinct factors also fail: $\sqrt{2} \cdot \sqrt{8} = 4$, and $\sqrt{2} \cdot (3\sqrt{2}) = 6$.
                So even for two different irrationals the product can be rational.""",
                r"\text{False}",
            ),
        ),
        (H, _end(_Y7_B, "**True** — the product of two irrational numbers is irrational.")),
        (H, _gem(_Y7_B, r"\text{True}")),
        (P, _bold(_Y7_E, "True")),
        (T, r"Try a counterexample: $\sqrt{2} \cdot \sqrt{2} ="),
    ],
)

# Can a 5 x 5 board with its center square removed be tiled by 1 x 2 dominoes?
_Y8_G = r"""
The board has $25 - 1 = 24$ squares, an even number, so the count does not rule it out. Checkerboard coloring:
the corners are black, and there are 13 black and 12 white squares; the center $(3, 3)$ has $3 + 3$ even, the
same color as the corners, so removing it leaves 12 and 12. No coloring obstruction.

Let me build a tiling. Rows 1 and 2 (10 squares) take five vertical dominoes, one per column. Rows 4 and 5 also
take five vertical dominoes. Row 3 has the squares in columns 1, 2, 4, 5 left: the horizontal dominoes
$\{(3,1), (3,2)\}$ and $\{(3,4), (3,5)\}$ cover them.

That is $5 + 5 + 2 = 12$ dominoes covering 24 squares. The tiling exists.
"""
_Y8_B = r"""
24 squares remain, and the coloring gives 12 black and 12 white, so there is no obstruction and the answer
might be yes.

But the hole is in the middle, and each domino next to it... the four neighbors of the center can only be covered
by dominoes pointing outward, and then the corners get isolated: the corner $(1, 1)$ needs $(1, 2)$ or $(2, 1)$, and
those are used by the dominoes from $(2, 2)$... I think the center hole makes it impossible, as in the mutilated
chessboard.
"""
_Y8_E = r"""
A $5 \times 5$ board has an odd number of squares, 25, and a domino covers 2, so an odd board can never be tiled.
"""
_add(
    "yesno",
    "Yes",
    [
        (C, _box(_Y8_G, r"\text{Yes}")),
        (C, _end(_Y8_G, "**Yes.** Vertical dominoes fill rows 1-2 and 4-5, and two horizontal ones fill row 3.")),
        (C, _is(_Y8_G, "yes, it can be tiled")),
        (C, _head(_Y8_G, r"\text{Yes}")),
        (
            C,
            _two(
                _Y8_B,
                r"\text{No}",
                r"""The neighbors of the hole do not have to point outward in the way I assumed: vertical dominoes in
                rows 1-2 and 4-5 plus two horizontal dominoes in row 3 cover everything.""",
                r"\text{Yes}",
            ),
        ),
        (H, _end(_Y8_B, "**No**, such a tiling is impossible.")),
        (
            H,
            _two(
                _Y8_G,
                r"\text{Yes}",
                r"""Dominoes in row 3 cannot straddle the hole, and the vertical dominoes in column 3 would need
                the center square; so column 3 cannot be covered.""",
                r"\text{No}",
            ),
        ),
        (P, _mnv(_Y8_E, r"\text{No}")),
        (T, _half(_Y8_G, 1, "Let me build a tiling. Rows 1 and 2 (10 squares) take five vertical dominoes, one per")),
    ],
)

# Is 3^102 + 1 divisible by 10?
_Y9_G = r"""
The last digit of $3^k$ cycles with period 4: $3, 9, 7, 1, 3, 9, 7, 1, \dots$

$102 = 4 \cdot 25 + 2$, so $3^{102}$ ends in the same digit as $3^2 = 9$. Then $3^{102} + 1$ ends in $0$.

Check with a smaller exponent of the same type: $3^6 + 1 = 729 + 1 = 730$, divisible by 10. Good.
"""
_Y9_B = r"""
The cycle of last digits is $3, 9, 7, 1$. The exponent 102 leaves remainder 2 mod 4, which points to 9, giving
$9 + 1 = 10$ and a yes.

Hmm, wait: the cycle is indexed from $3^0 = 1$: $1, 3, 9, 7$, so remainder 2 points to $9$... no, with index 0 at
1, remainder 2 is the third entry, which is 9; but the cycle from $3^0$ is $1, 3, 9, 7$ and remainder 2 means
position 2, i.e. $3$? I'll use position 2 = 3. Then $3 + 1 = 4$, not divisible.
"""
_Y9_E = r"""
$3^{102}$ is odd, so $3^{102} + 1$ is even. For divisibility by 10 we also need divisibility by 5, and a power of 3
is never a multiple of 5, so $3^{102} + 1$ is not a multiple of 5 either.
"""
_add(
    "yesno",
    "Yes",
    [
        (C, _box(_Y9_G, r"\text{Yes}")),
        (C, _end(_Y9_G, r"**Yes** — $3^{102}$ ends in 9, so $3^{102} + 1$ ends in 0.")),
        (C, _bold(_Y9_G, "Yes")),
        (C, _gem(_Y9_G, r"\text{Yes}")),
        (
            C,
            _two(
                _Y9_E,
                r"\text{No}",
                r"""That $3^{102}$ is not a multiple of 5 says nothing about $3^{102} + 1$. The last digit of
                $3^{102}$ is 9 (period 4, remainder 2), so $3^{102} + 1$ ends in 0.""",
                r"\text{Yes}",
            ),
        ),
        (H, _fa(_Y9_B, r"\text{No}")),
        (H, _end(_Y9_B, "**No.** The last digit of $3^{102} + 1$ is 4.")),
        (P, _is(_Y9_E, "no")),
    ],
)

# Is the function f(x) = x^3 - 3x one-to-one on the real numbers?
_Y10_G = r"""
$f'(x) = 3x^2 - 3 = 3(x - 1)(x + 1)$, which is negative on $(-1, 1)$ and positive outside. So $f$ increases,
decreases, then increases: it is not monotonic.

Concretely: $f(0) = 0$ and $f(\sqrt{3}) = 3\sqrt{3} - 3\sqrt{3} = 0$. Also $f(-\sqrt{3}) = 0$. Three inputs share the
output 0, so $f$ is not injective.
"""
_Y10_B = r"""
$f(0) = 0$ and $f(\sqrt{3}) = 0$, so it would seem not to be one-to-one.

Hmm, but a cubic is a bijection from $\mathbb{R}$ onto $\mathbb{R}$: it goes from $-\infty$ to $+\infty$ and takes
every value. Surjective cubics are one-to-one, so $f$ is one-to-one.
"""
_Y10_E = r"""
A polynomial of odd degree is always strictly increasing when the leading coefficient is positive, so
$f(x) = x^3 - 3x$ is strictly increasing and hence one-to-one.
"""
_add(
    "yesno",
    "No",
    [
        (C, _box(_Y10_G, r"\text{No}")),
        (C, _end(_Y10_G, r"**No**: $f(0) = f(\sqrt{3}) = 0$.")),
        (C, _mnv(_Y10_G, r"\text{No}")),
        (C, _r1(_Y10_G, r"The derivative changes sign at $\pm 1$, and $f(0) = f(\sqrt{3})$.", r"\text{No}")),
        (H, _end(_Y10_B, "**Yes**, $f$ is one-to-one.")),
        (
            H,
            _two(
                _Y10_G,
                r"\text{No}",
                r"""$f(\sqrt{3}) = (\sqrt{3})^3 - 3\sqrt{3}$; $(\sqrt{3})^3 = 3$, so
                $f(\sqrt{3}) = 3 - 3\sqrt{3} \neq 0$.
                And the turning points do not matter for a cubic, so it is one-to-one after all.""",
                r"\text{Yes}",
            ),
        ),
        (P, _bold(_Y10_E, "Yes")),
        (T, _half(_Y10_G, 1, r"Concretely: $f(0) = 0$ and $f(\sqrt{3}) = 3\sqrt{3} -")),
    ],
)

# Does the equation x^2 - y^2 = 30 have a solution in integers?
_Y11_G = r"""
$x^2 - y^2 = (x - y)(x + y)$. The two factors $x - y$ and $x + y$ differ by $2y$, so they have the same parity.

If both are odd, the product is odd; 30 is even, so not that. If both are even, the product is a multiple of 4;
but $30 = 4 \cdot 7 + 2$. So neither case works.

Equivalently, squares are $0$ or $1 \pmod 4$, so $x^2 - y^2 \in \{0, 1, 3\} \pmod 4$, never $2$.
"""
_Y11_B = r"""
The parity argument says $(x - y)(x + y)$ is odd or a multiple of 4, and 30 is neither, so the answer should be
no.

But let me just try: $x - y = 5$, $x + y = 6$ gives $x = 5.5$. $x - y = 3$, $x + y = 10$ gives $x = 6.5$,
$y = 3.5$. $x - y = 2$, $x + y = 15$... Hmm, and $x = 8$, $y = \sqrt{34}$. Since I can get close, and the equation
is a hyperbola with infinitely many points, some of them must be integer points.
"""
_Y11_E = r"""
Write $30 = 1 \cdot 30 = 2 \cdot 15 = 3 \cdot 10 = 5 \cdot 6$. From $x - y = 2$ and $x + y = 15$, adding gives
$2x = 17$, so $x = 8$ and $y = 7$ (rounding). Check: $64 - 49 = 15$... I'll double it: yes, a solution exists.
"""
_add(
    "yesno",
    "No",
    [
        (C, _box(_Y11_G, r"\text{No}")),
        (C, _end(_Y11_G, r"No. Since $30 \equiv 2 \pmod 4$, it is not a difference of two squares.")),
        (C, _fa(_Y11_G, r"\text{No}")),
        (C, _end(_Y11_G, r"**No** integer solutions exist.")),
        (H, _gem(_Y11_B, r"\text{Yes}")),
        (
            H,
            _two(
                _Y11_G,
                r"\text{No}",
                r"""Negative values of $y$ change the parity argument, since $x + y$ can be odd while $x - y$ is
                even when $y < 0$.""",
                r"\text{Yes}",
            ),
        ),
        (P, _bold(_Y11_E, "Yes")),
        (T, _half(_Y11_G, 1, r"If both are odd, the product is odd; 30 is even, so not that. If both are even, the")),
    ],
)

# True or false: every group of order 15 is cyclic.
_Y12_G = r"""
$15 = 3 \cdot 5$. By Sylow, the number of Sylow 5-subgroups divides 3 and is $\equiv 1 \pmod 5$, so it is 1. The
number of Sylow 3-subgroups divides 5 and is $\equiv 1 \pmod 3$, so it is 1 (5 is $\equiv 2$).

Both Sylow subgroups are normal, of orders 3 and 5, intersect trivially, so $G \cong C_3 \times C_5 \cong C_{15}$.
Also, more generally, a group of order $pq$ with $p < q$ and $p \nmid q - 1$ is cyclic, and $3 \nmid 4$.
"""
_Y12_B = r"""
Sylow counts: $n_5 = 1$ and $n_3 \in \{1, 5\}$ with $n_3 \equiv 1 \pmod 3$, so $n_3 = 1$; both normal gives the
cyclic group, so the statement looks true.

Hmm, but wait: is $5 \equiv 1 \pmod 3$? $5 = 3 + 2$... Actually for non-abelian groups of order $pq$ there is a
semidirect product $C_5 \rtimes C_3$ whenever 3 divides $5 - 1 = 4$. Since $4 = 3 + 1$, I think that works, and
the non-abelian group of order 15 shows the statement fails.
"""
_Y12_E = r"""
Groups of order $pq$ come in two types, the cyclic one and a non-abelian semidirect product, like $S_3$ for
order 6. So there is a non-abelian group of order 15 as well, and not every group of order 15 is cyclic.
"""
_add(
    "truefalse",
    "True",
    [
        (C, _box(_Y12_G, r"\text{True}")),
        (C, _end(_Y12_G, r"**True.** Every group of order 15 is isomorphic to $\mathbb{Z}_{15}$.")),
        (C, _head(_Y12_G, "True", box=False)),
        (C, _is(_Y12_G, "true")),
        (
            C,
            _two(
                _Y12_E,
                r"\text{False}",
                r"""The semidirect product $C_5 \rtimes C_3$ is non-abelian only if 3 divides $5 - 1 = 4$, which it
                does not. Sylow gives $n_3 = n_5 = 1$, so the group is $C_{15}$.""",
                r"\text{True}",
            ),
        ),
        (H, _fa(_Y12_B, r"\text{False}")),
        (P, _mnv(_Y12_E, r"\text{False}")),
        (
            H,
            _two(
                _Y12_G,
                r"\text{True}",
                r"""The divisors of 5 are 1 and 5, and the congruence condition $n_3 \equiv 1 \pmod 3$ is only
                required for the largest prime, so $n_3 = 5$ is allowed and a non-cyclic group can exist.""",
                r"\text{False}",
            ),
        ),
        (T, _half(_Y12_G, 1, "Both Sylow subgroups are normal, of orders 3 and 5, intersect")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# Word answers
# ---------------------------------------------------------------------------------------------------------------

# 21 stones are on a table. Alice and Bob alternately take 1, 2 or 3 stones, Alice first; whoever takes the last
# stone wins. Who wins with perfect play?
_W1_G = r"""
Positions with a multiple of 4 stones are losing for the player to move: whatever $k \in \{1, 2, 3\}$ they take,
the opponent takes $4 - k$ and restores a multiple of 4, ending at 0.

$21 = 4 \cdot 5 + 1$ is not a multiple of 4. So Alice, moving first, takes 1 stone, leaving 20, and then answers
every move $k$ of Bob's with $4 - k$. Let me check small cases: with 1, 2 or 3 stones the first player takes all;
with 4 the first player loses; with 5 the first player takes 1. Consistent with the rule.
"""
_W1_B = r"""
Multiples of 4 are losing positions, and 21 is not one, so it looks like the first player, Alice, wins by taking 1.

Hmm, but after Alice takes 1 there are 20 stones and Bob moves; 20 is a multiple of 4... the player facing a
multiple of 4 can mirror the opponent, so Bob, facing 20, mirrors Alice and takes the last stone.
"""
_W1_E = r"""
The total is odd. Each round (Alice then Bob) removes an even number only if both take the same amount... With 21
stones and alternating turns, the player who moves second gets the last move when the total is odd, so the
second player wins.
"""
_add(
    "word",
    r"\text{Alice}",
    [
        (C, _box(_W1_G, r"\text{Alice}")),
        (C, _end(_W1_G, "**Alice wins**: she takes 1 stone and then always brings the total to a multiple of 4.")),
        (C, _bold(_W1_G, "Alice (the first player) wins.")),
        (C, _gem(_W1_G, r"\text{Alice}")),
        (
            C,
            _two(
                _W1_B,
                r"\text{Bob}",
                r"""The player facing a multiple of 4 is the one who loses: whatever Bob takes from 20, Alice takes
                the complement to 4 and she takes the last stone.""",
                r"\text{Alice}",
            ),
        ),
        (H, _end(_W1_B, "So **Bob** wins with perfect play.")),
        (H, _fa(_W1_B, r"\text{Bob}")),
        (P, _is(_W1_E, "Bob, the second player")),
        (T, _half(_W1_G, 1, r"$21 = 4 \cdot 5 + 1$ is not a multiple of 4. So Alice, moving first, takes")),
    ],
)

# 30 stones; Alice and Bob alternately take 1 to 5 stones, Alice first; whoever takes the last stone wins. Who wins?
_W2_G = r"""
With moves 1 to 5, the losing positions are the multiples of 6: from $6m$ any move $k$ is answered by $6 - k$.

$30 = 6 \cdot 5$ is a multiple of 6, so Alice, who moves first, faces a losing position. Whatever she takes,
Bob takes the complement to 6: after each round the pile drops by exactly 6, from 30 to 24, 18, 12, 6, 0, and Bob
takes the last stone.
"""
_W2_B = r"""
If the losing positions were multiples of 6, Alice would lose and Bob would win.

Hmm, but let me recount: with moves 1 to 5 the key number is $5 + 1 = 6$... or is it 5? If Alice takes 5 first,
25 remain, a multiple of 5, and she can then mirror Bob to keep multiples of 5. So Alice wins by taking 5.
"""
_W2_E = r"""
The first player always has the advantage in take-away games because she can choose the parity of the remaining
pile. So Alice wins.
"""
_add(
    "word",
    r"\text{Bob}",
    [
        (C, _box(_W2_G, r"\text{Bob}")),
        (C, _end(_W2_G, "Bob wins: 30 is a multiple of 6, so he can always answer Alice's $k$ with $6 - k$.")),
        (C, _mnv(_W2_G, r"\text{Bob}")),
        (C, _head(_W2_G, r"\text{Bob (the second player)}")),
        (H, _bold(_W2_B, "Alice wins.")),
        (
            H,
            _two(
                _W2_G,
                r"\text{Bob}",
                r"""Alice can take 5 to leave 25, and from 25 Bob cannot reach a multiple of 6 that helps him...""",
                r"\text{Alice}",
            ),
        ),
        (P, _gem(_W2_E, r"\text{Alice}")),
        (T, _half(_W2_G, 1, r"$30 = 6 \cdot 5$ is a multiple of 6, so Alice, who moves first, faces")),
    ],
)

# Today is a Tuesday. What day of the week will it be 100 days from today?
_W3_G = r"""
Days of the week repeat every 7 days. $100 = 7 \cdot 14 + 2$, so 100 days from now is the same weekday as 2 days
from now.

Tuesday + 1 day = Wednesday, + 2 days = Thursday. Let me double-check the remainder: $7 \cdot 14 = 98$ and
$100 - 98 = 2$. Yes.
"""
_W3_B = r"""
$100 = 98 + 2$, so we move 2 days ahead of Tuesday, which is Thursday. Hmm, but "100 days from today" counts today
as day 1, so the 100th day is 99 days after today: $99 = 98 + 1$, one day ahead: Wednesday.
"""
_W3_E = r"""
$100 / 7 = 14$ remainder $3$ (since $7 \cdot 14 = 97$), so 3 days after Tuesday: Friday.
"""
_add(
    "word",
    r"\text{Thursday}",
    [
        (C, _box(_W3_G, r"\text{Thursday}")),
        (C, _end(_W3_G, "It will be a **Thursday**.")),
        (C, _gsm(_W3_G, "Thursday")),
        (C, _r1(_W3_G, r"$100 \equiv 2 \pmod 7$, and two days after Tuesday is Thursday.", r"\text{Thursday}")),
        (
            C,
            _two(
                _W3_E,
                r"\text{Friday}",
                r"""$7 \cdot 14 = 98$, not 97, so the remainder is 2; two days after Tuesday is Thursday.""",
                r"\text{Thursday}",
            ),
        ),
        (H, _fa(_W3_B, r"\text{Wednesday}")),
        (H, _end(_W3_B, "So it will be a Wednesday.")),
        (P, _bold(_W3_E, "Friday")),
        (T, _half(_W3_G, 1, "Tuesday + 1 day = Wednesday, + 2 days =")),
    ],
)

# In a certain year March 3 is a Monday. On what day of the week is April 1 of that year?
_W4_G = r"""
March has 31 days. From March 3 to March 31 is 28 days, exactly 4 weeks, so March 31 is also a Monday.

April 1 is the next day: Tuesday. Double-check by counting total days: from March 3 to April 1 is
$28 + 1 = 29$ days, and $29 = 4 \cdot 7 + 1$, one weekday ahead of Monday.
"""
_W4_B = r"""
March 3 to March 31 is 28 days, so March 31 is a Monday and April 1 a Tuesday. Hmm, but March has 31 days, so I
should add 31 days to March 3 to get to April 3... and April 1 is two days before that. $31 = 4 \cdot 7 + 3$:
April 3 is Thursday, so April 1 is Tuesday... wait, I want the day after March 31 and I used 30 days in March
by mistake earlier; with March 31 being day 28 + 1 after March 3, April 1 is Wednesday.
"""
_W4_E = r"""
From March 3 to April 1 is 30 days (a month). $30 = 4 \cdot 7 + 2$, so two days after Monday: Wednesday.
"""
_add(
    "word",
    r"\text{Tuesday}",
    [
        (C, _box(_W4_G, r"\text{Tuesday}")),
        (C, _end(_W4_G, "April 1 falls on a **Tuesday**.")),
        (C, _is(_W4_G, "Tuesday")),
        (C, _mnv(_W4_G, r"\text{Tuesday}")),
        (H, _gem(_W4_B, r"\text{Wednesday}")),
        (
            H,
            _two(
                _W4_G,
                r"\text{Tuesday}",
                r"""I have to count March 3 itself, so the gap is 30 days: $30 = 28 + 2$, two days after Monday.""",
                r"\text{Wednesday}",
            ),
        ),
        (P, _bold(_W4_E, "Wednesday")),
        (T, _half(_W4_G, 1, "April 1 is the next day:")),
    ],
)

# What kind of quadrilateral has vertices (0,0), (4,1), (5,5), (1,4), in this order? Give the most specific name.
_W5_G = r"""
Side vectors: $(4, 1)$, $(1, 4)$, $(-4, -1)$, $(-1, -4)$. All four sides have length $\sqrt{17}$, so it is a
rhombus at least.

Is it a square? The angle at $(0, 0)$ is between $(4, 1)$ and $(1, 4)$: the dot product is $4 + 4 = 8 \ne 0$, so the
angle is not a right angle. The diagonals have lengths $\sqrt{50}$ and $\sqrt{18}$, unequal, confirming it is not a
square. So it is a rhombus but not a square.
"""
_W5_B = r"""
All four sides are $\sqrt{17}$, so it is a rhombus. The diagonals are from $(0,0)$ to $(5,5)$ and from $(4,1)$ to
$(1,4)$, with slopes $1$ and $-1$: perpendicular. Perpendicular diagonals plus equal sides means a square.
"""
_W5_E = r"""
Opposite sides are parallel: $(4,1)$ and $(-4,-1)$, $(1,4)$ and $(-1,-4)$. The diagonals have lengths
$\sqrt{50}$ and $\sqrt{18}$. A parallelogram whose diagonals are different lengths but whose angles look right is a
rectangle.
"""
_add(
    "word",
    r"\text{rhombus}",
    [
        (C, _box(_W5_G, r"\text{rhombus}")),
        (C, _end(_W5_G, "The quadrilateral is a **rhombus** (all sides $\\sqrt{17}$, no right angles).")),
        (C, _fa(_W5_G, r"\text{Rhombus}")),
        (C, _bold(_W5_G, "a rhombus")),
        (
            C,
            _two(
                _W5_B,
                r"\text{square}",
                r"""Every rhombus has perpendicular diagonals, so that does not make it a square; the diagonals are
                unequal ($\sqrt{50}$ vs $\sqrt{18}$) and the angle is not $90^\circ$. It is a rhombus.""",
                r"\text{rhombus}",
            ),
        ),
        (H, _end(_W5_B, "So the quadrilateral is a **square**.")),
        (H, _gem(_W5_B, r"\text{square}")),
        (P, _is(_W5_E, "a rectangle")),
        (T, r"Side vectors: $(4, 1)$, $(1, 4)$, $(-4, -1)$, $(-1, -4)$. All four sides have length"),
    ],
)

# Which is larger, 2^60 or 3^40?
_W6_G = r"""
Both are 20th powers: $2^{60} = (2^3)^{20} = 8^{20}$ and $3^{40} = (3^2)^{20} = 9^{20}$.

Since $9 > 8$, $9^{20} > 8^{20}$, so $3^{40} > 2^{60}$. Check with logarithms: $60 \log 2 \approx 18.06$ and
$40 \log 3 \approx 19.08$. Consistent.
"""
_W6_B = r"""
Writing both as 20th powers, $8^{20}$ against $9^{20}$, it would seem that $3^{40}$ is larger.

Hmm, but the exponents: 60 is much bigger than 40, and exponent growth dominates the base, so $2^{60}$ should
win. Let me go with the exponent argument.
"""
_W6_E = r"""
$2^{60} = (2^{10})^6 \approx (10^3)^6 = 10^{18}$, and $3^{40} = (3^{4})^{10} = 81^{10} \approx 10^{17}$... so
$2^{60}$ is larger.
"""
_add(
    "word",
    "3^{40}",
    [
        (C, _box(_W6_G, "3^{40}")),
        (C, _end(_W6_G, r"So $3^{40}$ is larger than $2^{60}$.")),
        (C, _mnv(_W6_G, "3^{40}")),
        (C, _head(_W6_G, r"3^{40} > 2^{60}")),
        (
            C,
            _two(
                _W6_E,
                "2^{60}",
                r"""$81^{10}$ is about $(8.1 \times 10)^{10} \approx 1.2 \times 10^{19}$, not $10^{17}$. Comparing
                $8^{20}$ with $9^{20}$ settles it: $3^{40}$ is larger.""",
                "3^{40}",
            ),
        ),
        (H, _fa(_W6_B, "2^{60}")),
        (H, _end(_W6_B, r"So $2^{60}$ is the larger one.")),
        (P, _bold(_W6_E, r"$2^{60}$")),
        (T, _half(_W6_G, 1, r"Since $9 > 8$, $9^{20} > 8^{20}$, so")),
    ],
)

# Which is larger, log_2 3 or log_3 5?
_W7_G = r"""
$\log_2 3 > \frac{3}{2}$ because $3^2 = 9 > 8 = 2^3$, i.e. $3 > 2^{3/2}$.

$\log_3 5 < \frac{3}{2}$ because $5^2 = 25 < 27 = 3^3$, i.e. $5 < 3^{3/2}$.

So $\log_3 5 < \frac{3}{2} < \log_2 3$. Numerically $\log_2 3 \approx 1.585$ and $\log_3 5 \approx 1.465$. So
$\log_2 3$ is larger.
"""
_W7_B = r"""
Comparing each with $\frac{3}{2}$ gives $\log_3 5 < 1.5 < \log_2 3$, which would make $\log_2 3$ larger.

Hmm, but 5 is bigger than 3 and 3 is bigger than 2; the argument grows faster than the base, so I would expect
$\log_3 5$ to be the bigger one. Let me trust that intuition.
"""
_W7_E = r"""
$\log_2 3 = \frac{\ln 3}{\ln 2} \approx \frac{1.10}{0.69} \approx 1.4$ and $\log_3 5 = \frac{\ln 5}{\ln 3} \approx
\frac{1.61}{1.10} \approx 1.46$. So $\log_3 5$ is larger.
"""
_add(
    "word",
    r"\log_2 3",
    [
        (C, _box(_W7_G, r"\log_2 3")),
        (C, _end(_W7_G, r"**$\log_2 3$** is larger.")),
        (C, _gem(_W7_G, r"\log_2 3")),
        (C, _is(_W7_G, r"$\log_2 3$, since $\log_3 5 < \tfrac{3}{2} < \log_2 3$")),
        (
            C,
            _two(
                _W7_E,
                r"\log_3 5",
                r"""$1.10 / 0.69 \approx 1.59$, not $1.4$. So $\log_2 3 \approx 1.585 > 1.465 \approx \log_3 5$.""",
                r"\log_2 3",
            ),
        ),
        (H, _fa(_W7_B, r"\log_3 5")),
        (P, _bold(_W7_E, r"$\log_3 5$")),
        (
            H,
            _two(
                _W7_G,
                r"\log_2 3",
                r"""I may have swapped the two numerical values: $\log_3 5 = \frac{\ln 5}{\ln 3}$ and
                $\ln 5 / \ln 3$ is
                about $1.585$, while $\log_2 3$ is about $1.465$.""",
                r"\log_3 5",
            ),
        ),
        (T, _half(_W7_G, 2, r"So $\log_3 5 < \frac{3}{2} <")),
    ],
)

# Solve 2x + 4 = 2(x + 3) for real x.
_W8_G = r"""
Expand the right side: $2(x + 3) = 2x + 6$. The equation becomes $2x + 4 = 2x + 6$.

Subtracting $2x$ from both sides leaves $4 = 6$, which is false for every $x$. So no real number satisfies the
equation. Let me test a value to be sure: $x = 0$ gives $4 = 6$, false; $x = 10$ gives $24 = 26$, false.
"""
_W8_B = r"""
$2x + 4 = 2x + 6$ reduces to $4 = 6$, a contradiction, so there would be no solution.

Hmm, but whenever the $x$ terms cancel, the equation is an identity and holds for all $x$; the constants
just have to be rearranged. So every real $x$ is a solution.
"""
_W8_E = r"""
$2x + 4 = 2x + 3$, so $0 = -1$... let me instead divide both sides by 2: $x + 2 = x + 3$, so $x = 1$.
"""
_add(
    "word",
    r"\text{no solution}",
    [
        (C, _box(_W8_G, r"\text{no solution}")),
        (C, _end(_W8_G, "The equation has **no solution**.")),
        (C, _bold(_W8_G, "No solution (the equation reduces to $4 = 6$).")),
        (C, _fa(_W8_G, r"\text{No real solutions}")),
        (H, _end(_W8_B, "So the equation holds for all real $x$: infinitely many solutions.")),
        (
            H,
            _two(
                _W8_G,
                r"\text{no solution}",
                r"""Subtracting $2x$ and then dividing by $x$ gives $\frac{4}{x} = \frac{6}{x}$, so $x = 0$ is the
                only place where both sides can balance.""",
                "x = 0",
            ),
        ),
        (P, _gem(_W8_E, "x = 1")),
        (T, _half(_W8_G, 1, "Subtracting $2x$ from both sides leaves")),
    ],
)

# How many solutions (x, y) does the system x + 2y = 3, 2x + 4y = 6 have?
_W9_G = r"""
The second equation is exactly twice the first: $2(x + 2y) = 2 \cdot 3$. So the two equations describe the same
line.

Every point on the line $x + 2y = 3$ is a solution, e.g. $(3, 0)$, $(1, 1)$, $(-1, 2)$. There are infinitely many.
Check with the determinant: $1 \cdot 4 - 2 \cdot 2 = 0$, so the system is singular, and it is consistent since
$6 = 2 \cdot 3$.
"""
_W9_B = r"""
The determinant is $1 \cdot 4 - 2 \cdot 2 = 0$, so there is not exactly one solution; it is either none or
infinitely many, and since the second equation is twice the first, it looks like infinitely many.

But a zero determinant means the lines are parallel, and parallel lines do not meet. So there is no solution.
"""
_W9_E = r"""
Elimination: multiply the first by 2 and subtract: $0 = 0$. That leaves one equation, so there is exactly one
solution, namely $(1, 1)$.
"""
_add(
    "word",
    r"\text{infinitely many}",
    [
        (C, _box(_W9_G, r"\text{infinitely many}")),
        (C, _end(_W9_G, "The system has **infinitely many** solutions: every point of the line $x + 2y = 3$.")),
        (C, _is(_W9_G, "infinitely many solutions")),
        (C, _mnv(_W9_G, r"\text{infinitely many}")),
        (
            C,
            _two(
                _W9_E,
                "1",
                r"""$(1, 1)$ is one solution, but $(3, 0)$ and $(-1, 2)$ also satisfy both equations; after
                elimination only one equation is left for two unknowns, so there are infinitely many.""",
                r"\text{infinitely many}",
            ),
        ),
        (H, _fa(_W9_B, r"\text{no solution}")),
        (H, _end(_W9_B, "So the system has no solutions.")),
        (P, _bold(_W9_E, "exactly one solution, $(1, 1)$")),
    ],
)

# Evaluate lim_{x -> 0} |x| / x, or say that it does not exist.
_W10_G = r"""
For $x > 0$, $\frac{|x|}{x} = 1$; for $x < 0$, $\frac{|x|}{x} = -1$.

So the right-hand limit is $1$ and the left-hand limit is $-1$. They differ, so the two-sided limit does not
exist. Wait, let me make sure I am not supposed to give a one-sided limit: the problem writes $x \to 0$ with no
side, so it is the two-sided limit.
"""
_W10_B = r"""
The one-sided limits are $1$ from the right and $-1$ from the left, so the limit does not exist.

Hmm, but averaging the two sides, as one does for a symmetric limit, gives $\frac{1 + (-1)}{2} = 0$. So the limit
is 0 in the symmetric sense.
"""
_W10_E = r"""
$|x| / x$ simplifies to $1$, since $|x|$ and $x$ have the same size. So the limit is 1.
"""
_add(
    "word",
    r"\text{does not exist}",
    [
        (C, _box(_W10_G, r"\text{does not exist}")),
        (C, _end(_W10_G, "The limit **does not exist** (the one-sided limits are $1$ and $-1$).")),
        (C, _head(_W10_G, r"\text{DNE}")),
        (C, _gem(_W10_G, r"\text{The limit does not exist}")),
        (
            C,
            _two(
                _W10_E,
                "1",
                r"""That simplification only holds for $x > 0$; for $x < 0$ the quotient is $-1$. The one-sided
                limits disagree, so the limit does not exist.""",
                r"\text{does not exist}",
            ),
        ),
        (H, _fa(_W10_B, "0")),
        (H, _bold(_W10_G, "$1$ (taking the limit from the right, as is standard)")),
        (P, _is(_W10_E, "1")),
        (T, _half(_W10_G, 1, "So the right-hand limit is $1$ and the left-hand limit is")),
    ],
)

# Is n^2 - 10n + 30 negative for positive integers n: always, sometimes, or never?
_W11_G = r"""
Complete the square: $n^2 - 10n + 30 = (n - 5)^2 + 5$.

Since $(n - 5)^2 \ge 0$, the expression is at least 5 for every real $n$, let alone positive integers. Check a few:
$n = 5$: $25 - 50 + 30 = 5$; $n = 4$: $16 - 40 + 30 = 6$; $n = 1$: $21$. The expression is never negative.
"""
_W11_B = r"""
$(n - 5)^2 + 5 \ge 5$, so the answer would be never.

Hmm, wait: the discriminant is $100 - 120 = -20$... but let me check $n = 5$ again: $25 - 50 + 30$. $25 - 50 = -25$,
and $-25 + 30 = 5$. OK. And near the vertex it dips, so at $n = 5$ it is smallest; for some real $n$ between
integers it could dip below. Since it can be negative for some values, the answer is sometimes.
"""
_W11_E = r"""
At $n = 5$: $25 - 50 + 30 = -5$. At $n = 1$: $21 > 0$. So it is negative for some $n$ and positive for others:
sometimes.
"""
_add(
    "word",
    r"\text{never}",
    [
        (C, _box(_W11_G, r"\text{never}")),
        (C, _end(_W11_G, "**Never**: $(n - 5)^2 + 5 \\geq 5 > 0$.")),
        (C, _bold(_W11_G, "Never")),
        (C, _r1(_W11_G, r"$n^2 - 10n + 30 = (n - 5)^2 + 5$ has minimum 5.", r"\text{never}")),
        (
            C,
            _two(
                _W11_E,
                r"\text{sometimes}",
                r"""$25 - 50 + 30 = 5$, not $-5$. With $(n - 5)^2 + 5 \ge 5$ the expression is never negative.""",
                r"\text{never}",
            ),
        ),
        (H, _fa(_W11_B, r"\text{sometimes}")),
        (P, _gem(_W11_E, r"\text{sometimes}")),
        (H, _bold(_W11_G, "Sometimes")),
        (T, _half(_W11_G, 1, r"Since $(n - 5)^2 \ge 0$, the expression is at least")),
    ],
)

# Is the inequality |x - 1| + |x + 1| >= 2 true for real x: always, sometimes, or never?
_W12_G = r"""
By the triangle inequality, $|x - 1| + |x + 1| = |1 - x| + |x + 1| \ge |(1 - x) + (x + 1)| = 2$.

So it holds for every real $x$. Check by cases: for $-1 \le x \le 1$ the sum is $(1 - x) + (x + 1) = 2$; for
$x > 1$ it is $2x > 2$; for $x < -1$ it is $-2x > 2$. Always true, with equality on $[-1, 1]$.
"""
_W12_B = r"""
The triangle inequality gives $|x - 1| + |x + 1| \ge 2$ for every $x$, which suggests always.

Hmm, but on $[-1, 1]$ the sum equals exactly 2, and the inequality is about being at least 2 in a strict sense
for the interesting cases; since equality happens on an interval, I would say it is only sometimes true.
"""
_W12_E = r"""
At $x = 0$: $1 + 1 = 2$, fine. At $x = 0.5$: $0.5 + 1.5 = 2$. At $x = 2$: $1 + 3 = 4$. At $x = -0.5$: $1.5 + 0.5 = 1$.
So it fails at $x = -0.5$; sometimes.
"""
_add(
    "word",
    r"\text{always}",
    [
        (C, _box(_W12_G, r"\text{always}")),
        (C, _end(_W12_G, "It is **always** true, with equality exactly when $-1 \\le x \\le 1$.")),
        (C, _mnv(_W12_G, r"\text{always}")),
        (C, _is(_W12_G, "always")),
        (H, _bold(_W12_B, "Sometimes")),
        (
            H,
            _two(
                _W12_G,
                r"\text{always}",
                r"""The inequality is not strict, but for $x$ strictly between $-1$ and $1$ the two terms are
                each less than 1, so the sum is less than 2 there.""",
                r"\text{sometimes}",
            ),
        ),
        (P, _fa(_W12_E, r"\text{sometimes}")),
        (T, _half(_W12_G, 1, r"Check by cases: for $-1 \le x \le 1$ the sum is")),
    ],
)

# The theorem "a^p is congruent to a mod p for every prime p and integer a" is named after which mathematician?
_W13_G = r"""
This is Fermat's little theorem: for a prime $p$ and any integer $a$, $a^p \equiv a \pmod p$; equivalently
$a^{p-1} \equiv 1 \pmod p$ when $p \nmid a$.

Euler later generalized it to $a^{\varphi(n)} \equiv 1 \pmod n$ for $\gcd(a, n) = 1$, which is Euler's theorem,
and Wilson's theorem is the different statement $(p-1)! \equiv -1 \pmod p$. The one asked about is named after
Pierre de Fermat.
"""
_W13_B = r"""
The statement $a^p \equiv a \pmod p$ is usually called Fermat's little theorem. Hmm, but Fermat never published
a proof; the first proof was Euler's (and Leibniz had one unpublished), and the version with $\varphi(n)$ is
Euler's. The congruence for primes is a special case of Euler's theorem, so it is really Euler's result.
"""
_W13_E = r"""
Congruences involving primes and factorials are associated with Wilson, so this is Wilson's theorem.
"""
_add(
    "word",
    r"\text{Fermat}",
    [
        (C, _box(_W13_G, r"\text{Fermat}")),
        (C, _end(_W13_G, "It is named after **Fermat** (Fermat's little theorem).")),
        (C, _bold(_W13_G, "Pierre de Fermat")),
        (C, _gem(_W13_G, r"\text{Fermat}")),
        (H, _fa(_W13_B, r"\text{Euler}")),
        (H, _end(_W13_B, "So the answer is **Euler**.")),
        (P, _is(_W13_E, "Wilson")),
        (
            H,
            _two(
                _W13_G,
                r"\text{Fermat}",
                r"""The congruence for every prime is a special case of Euler's theorem, and Euler gave the first
                published proof, so the theorem is properly Euler's.""",
                r"\text{Euler}",
            ),
        ),
    ],
)

# A triangle has sides 6, 7 and 10. Is it acute, right, or obtuse?
_W14_G = r"""
Compare the square of the longest side with the sum of the squares of the other two: $10^2 = 100$ and
$6^2 + 7^2 = 36 + 49 = 85$.

Since $100 > 85$, the angle opposite the side 10 is obtuse. Check with the law of cosines:
$\cos C = \frac{36 + 49 - 100}{2 \cdot 6 \cdot 7} = \frac{-15}{84} < 0$, so $C > 90^\circ$.
"""
_W14_B = r"""
$6^2 + 7^2 = 85 < 100 = 10^2$, which would make the largest angle obtuse.

Hmm, but the triangle inequality check: $6 + 7 = 13 > 10$, comfortably, and each angle is less than $180^\circ$...
since all sides are close in size, all angles should be under $90^\circ$. So it is acute.
"""
_W14_E = r"""
$6^2 + 7^2 = 36 + 49 = 85$, and $85$ is bigger than $10 \cdot 7 = 70$, so the sum of squares exceeds the longest
side's square and the triangle is acute.
"""
_add(
    "word",
    r"\text{obtuse}",
    [
        (C, _box(_W14_G, r"\text{obtuse}")),
        (C, _end(_W14_G, "The triangle is **obtuse**.")),
        (C, _head(_W14_G, "Obtuse", box=False)),
        (C, _mnv(_W14_G, r"\text{obtuse}")),
        (
            C,
            _two(
                _W14_E,
                r"\text{acute}",
                r"""The longest side squared is $10^2 = 100$, not $70$; since $85 < 100$ the triangle is obtuse.""",
                r"\text{obtuse}",
            ),
        ),
        (H, _bold(_W14_B, "Acute")),
        (
            H,
            _two(
                _W14_G,
                r"\text{obtuse}",
                r"""$\cos C = \frac{-15}{84}$ is close to 0, so the angle is essentially $90^\circ$.""",
                r"\text{right}",
            ),
        ),
        (P, _gem(_W14_E, r"\text{acute}")),
        (T, _half(_W14_G, 1, r"Since $100 > 85$, the angle opposite the side 10 is")),
    ],
)

# What type of conic section is 4x^2 - 9y^2 + 8x = 32?
_W15_G = r"""
The $x^2$ and $y^2$ coefficients, $4$ and $-9$, have opposite signs, which indicates a hyperbola (no $xy$ term).

Completing the square: $4(x^2 + 2x) - 9y^2 = 32$, so $4(x + 1)^2 - 4 - 9y^2 = 32$, i.e.
$4(x + 1)^2 - 9y^2 = 36$, or $\frac{(x + 1)^2}{9} - \frac{y^2}{4} = 1$. That is a hyperbola centered at $(-1, 0)$,
not a degenerate pair of lines since the right side is nonzero.
"""
_W15_B = r"""
Opposite signs on $x^2$ and $y^2$ point to a hyperbola.

But completing the square gives $4(x + 1)^2 - 9y^2 = 36$, and dividing by 36:
$\frac{(x + 1)^2}{9} + \frac{y^2}{4} = 1$ — wait, I need to carry the minus sign, but the standard form with two
squared terms equal to 1 is an ellipse, with semi-axes 3 and 2.
"""
_W15_E = r"""
Both $x$ and $y$ appear squared and the right-hand side is positive, so it is an ellipse.
"""
_add(
    "word",
    r"\text{hyperbola}",
    [
        (C, _box(_W15_G, r"\text{hyperbola}")),
        (C, _end(_W15_G, "It is a **hyperbola**: $\\frac{(x+1)^2}{9} - \\frac{y^2}{4} = 1$.")),
        (C, _is(_W15_G, "a hyperbola")),
        (C, _fa(_W15_G, r"\text{Hyperbola}")),
        (H, _gem(_W15_B, r"\text{ellipse}")),
        (H, _end(_W15_B, "So the conic is an ellipse.")),
        (P, _bold(_W15_E, "Ellipse")),
        (
            H,
            _two(
                _W15_G,
                r"\text{hyperbola}",
                r"""The right-hand side, 36, is positive and both squared terms appear, so after dividing it is an
                ellipse.""",
                r"\text{ellipse}",
            ),
        ),
        (T, r"The $x^2$ and $y^2$ coefficients, $4$ and $-9$, have opposite signs, which indicates"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# Multiple choice
# ---------------------------------------------------------------------------------------------------------------

# What is the remainder when 5^23 is divided by 6?  (A) 1  (B) 5  (C) 3  (D) 2  (E) 4
_M1_G = r"""
$5 \equiv -1 \pmod 6$, so $5^{23} \equiv (-1)^{23} = -1 \equiv 5 \pmod 6$.

Check the pattern: $5^1 = 5$, $5^2 = 25 = 24 + 1$, $5^3 = 125 = 120 + 5$. Odd powers give 5, even powers give 1.
23 is odd, so the remainder is 5, which is choice (B).
"""
_M1_B = r"""
$5 \equiv -1 \pmod 6$ gives $(-1)^{23} = -1$, i.e. remainder 5, choice (B).

Hmm, but remainders cannot be negative, and $-1$ is the result; the absolute value of the remainder is 1, so I
think the intended choice is (A) 1.
"""
_M1_E = r"""
$5^2 = 25 \equiv 1$, so $5^{23} = (5^2)^{11} \cdot 5^{1}$... and $11$ is odd so $(5^2)^{11} \equiv -1$; then
$-1 \cdot 5 = -5 \equiv 1 \pmod 6$. Choice (A).
"""
_add(
    "choice",
    "B",
    [
        (C, _box(_M1_G, "B")),
        (C, _end(_M1_G, r"The answer is **(B) 5**.")),
        (C, _fa(_M1_G, r"\textbf{(B)}")),
        (C, _mnv(_M1_G, "(B)")),
        (
            C,
            _two(
                _M1_E,
                "A",
                r"""$1^{11} = 1$, not $-1$: $(5^2)^{11} \equiv 1$, so $5^{23} \equiv 5 \pmod 6$. Choice (B).""",
                "B",
            ),
        ),
        (H, _bold(_M1_B, "(A)")),
        (H, _gem(_M1_B, r"\text{(A)}\ 1")),
        (P, _is(_M1_E, "(A) 1")),
        (T, r"$5 \equiv -1 \pmod 6$, so $5^{23} \equiv (-1)^{23} ="),
    ],
)

# How many positive integers less than 50 are multiples of 3 or 5?  (A) 21  (B) 25  (C) 22  (D) 23  (E) 24
_M2_G = r"""
Multiples of 3 below 50: $3, 6, \dots, 48$, that is $\lfloor 49/3 \rfloor = 16$.

Multiples of 5 below 50: $5, \dots, 45$, that is $\lfloor 49/5 \rfloor = 9$. (50 itself is excluded: "less than
50".)

Multiples of 15: 15, 30, 45, three of them, counted twice. Inclusion-exclusion: $16 + 9 - 3 = 22$. That is
choice (C).
"""
_M2_B = r"""
Multiples of 3: 16. Multiples of 5 up to 50: 5, 10, ..., 50, ten of them. Multiples of 15: 3.

Hmm, should 50 be in? Without it I get $16 + 9 - 3 = 22$, with it $16 + 10 - 3 = 23$. The range "up to 50" is the
natural reading, so $23$, choice (D).
"""
_M2_E = r"""
Multiples of 3: $50/3 \approx 16$; multiples of 5: $50/5 = 10$. Adding: $26$; the closest choice is $25$, (B).
"""
_add(
    "choice",
    "(C)",
    [
        (C, _box(_M2_G, "C")),
        (C, _end(_M2_G, r"**Answer: (C) 22**")),
        (C, _gem(_M2_G, r"\textbf{(C)}\ 22")),
        (C, _head(_M2_G, "(C)", box=False)),
        (
            C,
            _two(
                _M2_B,
                "D",
                r"""The problem says "less than 50", so 50 is excluded: $16 + 9 - 3 = 22$, choice (C).""",
                "C",
            ),
        ),
        (H, _fa(_M2_B, r"\textbf{(D)}\ 23")),
        (H, _end(_M2_G, r"Double-checking the count once more by listing, I get 23 numbers. **Answer: (D)**")),
        (P, _bold(_M2_E, "(B)")),
        (
            T,
            _half(
                _M2_G, 2, r"Multiples of 15: 15, 30, 45, three of them, counted twice. Inclusion-exclusion: $16 + 9"
            ),
        ),
    ],
)

# How many diagonals does a convex octagon have?  (A) 16  (B) 20  (C) 28  (D) 40  (E) 56
_M3_G = r"""
Each vertex connects by a diagonal to all other vertices except itself and its two neighbors: $8 - 3 = 5$
diagonals per vertex. That counts each diagonal twice, so there are $\frac{8 \cdot 5}{2} = 20$.

Check with the other count: $\binom{8}{2} = 28$ segments between vertices, minus the 8 sides, gives $20$. So (B).
"""
_M3_B = r"""
$\binom{8}{2} = 28$ segments, minus 8 sides, gives 20. Hmm, but $\binom{8}{2}$ already counts each segment
once, and then each vertex has 5 diagonals, $8 \cdot 5 = 40$; the two counts disagree, and the per-vertex count is
more direct, so 40, choice (D).
"""
_M3_E = r"""
A diagonal joins two vertices, and there are $\binom{8}{2} = 28$ ways to pick two vertices. So 28, choice (C).
"""
_add(
    "choice",
    r"\textbf{(B)}\ 20",
    [
        (C, _box(_M3_G, r"\textbf{(B)}\ 20")),
        (C, _fa(_M3_G, "B")),
        (C, _end(_M3_G, "The octagon has 20 diagonals, so the answer is **(B)**.")),
        (C, _is(_M3_G, "(B) 20")),
        (
            C,
            _two(
                _M3_E,
                r"\textbf{(C)}\ 28",
                r"""Those 28 pairs include the 8 sides, which are not diagonals: $28 - 8 = 20$, choice (B).""",
                r"\textbf{(B)}\ 20",
            ),
        ),
        (H, _gem(_M3_B, r"\textbf{(D)}\ 40")),
        (H, _bold(_M3_B, "(D) 40")),
        (P, _mnv(_M3_E, r"\textbf{(C)}\ 28")),
        (
            T,
            r"Each vertex connects by a diagonal to all other vertices except itself and its two neighbors: "
            r"$8 - 3 = 5$ "
            r"diagonals per vertex. That counts each diagonal twice, so there are",
        ),
    ],
)

# A rectangle's length is 3 more than its width and its area is 54. What is the sum of its length and width?
# (A) 9  (B) 12  (C) 13  (D) 15  (E) 30
_M4_G = r"""
Let the width be $w$. Then $w(w + 3) = 54$, so $w^2 + 3w - 54 = 0 = (w + 9)(w - 6)$. The width is $6$ (the
negative root is rejected), and the length is $9$.

Check: $6 \cdot 9 = 54$ and $9 - 6 = 3$. The sum of length and width is $6 + 9 = 15$, choice (D). (The perimeter
would be 30, choice (E), but the question asks for $L + w$.)
"""
_M4_B = r"""
$w(w + 3) = 54$ gives $w = 6$, $L = 9$, and $L + w = 15$, which is (D).

Hmm, wait: "the sum of its length and width" around the rectangle would be the perimeter, $2(9 + 6) = 30$, choice
(E). I'll go with the perimeter, since the sum over all four sides is meant.
"""
_M4_E = r"""
$w(w + 3) = 54$: try $w = 9$: $9 \cdot 12 = 108$, too big. $w = 3$: $3 \cdot 6 = 18$. Hmm, maybe $w = 4.5$:
$4.5 \cdot 7.5 = 33.75$. Try $w = 5$: $5 \cdot 8 = 40$. $w = 5.5$... I'll approximate $w \approx 4.5$ and
$L \approx 7.5$, sum $12$, choice (B).
"""
_add(
    "choice",
    r"\textbf{(D)}\ 15",
    [
        (C, _box(_M4_G, r"\textbf{(D)}\ 15")),
        (C, _bold(_M4_G, "(D) 15")),
        (C, _rem(_M4_G, "D", "Note that (E) 30 is the perimeter, a tempting distractor.")),
        (C, _end(_M4_G, r"So the answer is $\textbf{(D)}$.")),
        (H, _fa(_M4_B, r"\textbf{(E)}\ 30")),
        (
            H,
            _two(
                _M4_G,
                r"\textbf{(D)}\ 15",
                r"""Re-reading the options, (D) 15 is $L + w$, but the answer key format usually expects the length
                alone, which is 9: choice (A).""",
                r"\textbf{(A)}\ 9",
            ),
        ),
        (P, _gem(_M4_E, r"\textbf{(B)}\ 12")),
        (T, _half(_M4_G, 1, "Check: $6 \\cdot 9 = 54$ and $9 - 6 = 3$. The sum of length and width is")),
    ],
)

# Which of the following is not prime?  (A) 101  (B) 103  (C) 107  (D) 109  (E) 111
_M5_G = r"""
Check each for small prime factors (up to $\sqrt{111} < 11$: 2, 3, 5, 7).

101, 103, 107, 109: none is divisible by 3 (digit sums 2, 4, 8, 10) or by 7 ($7 \cdot 14 = 98$, $7 \cdot 15 =
105$, $7 \cdot 16 = 112$), and none is even or ends in 5. So all four are prime.

111: digit sum 3, so $111 = 3 \cdot 37$. Not prime. Answer (E).
"""
_M5_B = r"""
111 has digit sum 3, so $111 = 3 \cdot 37$, which would make (E) the answer.

But let me also check 107 more carefully: $107 = 7 \cdot 15 + 2$, and $107 / 11 \approx 9.7$... hmm, and
$107 = 9 \cdot 12 - 1$. Since 107 is one less than a multiple of 9, it is divisible by 3? $1 + 0 + 7 = 8$. I'll
say 107 is the composite one: (C).
"""
_M5_E = r"""
$91 = 7 \cdot 13$ is the famous non-obvious composite, and among these the analogous one is $101 = 7 \cdot 14 + 3$...
I think 101 factors as $11 \cdot 9.18$, so (A) is not prime.
"""
_add(
    "choice",
    r"\textbf{(E)}",
    [
        (C, _box(_M5_G, r"\textbf{(E)}")),
        (C, _end(_M5_G, r"**(E)** — $111 = 3 \times 37$.")),
        (C, _is(_M5_G, "(E) 111")),
        (C, _r1(_M5_G, r"Only $111 = 3 \cdot 37$ is composite.", "E")),
        (H, _fa(_M5_B, r"\textbf{(C)}")),
        (H, _end(_M5_B, "**Answer: (C)**")),
        (P, _bold(_M5_E, "(A)")),
        (
            H,
            _two(
                _M5_G,
                r"\textbf{(E)}",
                r"""$3 \cdot 37 = 90 + 21 = 101$, not $111$, so that factorization is wrong and 111 is prime. Then the
                composite must be 109, choice (D).""",
                r"\textbf{(D)}",
            ),
        ),
    ],
)

# A positive divisor of 12 is chosen uniformly at random. What is the probability that it is even?
# (A) 2/3  (B) 1/2  (C) 1/3  (D) 5/6  (E) 3/4
_M6_G = r"""
The divisors of 12 are 1, 2, 3, 4, 6, 12: six of them.

Even ones: 2, 4, 6, 12, four of them. So the probability is $\frac{4}{6} = \frac{2}{3}$, choice (A).

Double-check via the factorization $12 = 2^2 \cdot 3$: a divisor $2^a 3^b$ is even iff $a \ge 1$; $a \in \{1, 2\}$ and
$b \in \{0, 1\}$ give 4 of the $3 \cdot 2 = 6$ divisors.
"""
_M6_B = r"""
Divisors: 1, 2, 3, 4, 6, 12. Even: 2, 4, 6, 12, so $\frac{4}{6} = \frac{2}{3}$, (A).

Hmm, but 12 is the number itself and usually "divisor" means proper divisor; dropping 12 leaves 1, 2, 3, 4, 6
with 3 even: $\frac{3}{5}$, not an option. Dropping 1 too: 2, 3, 4, 6, three even of four: $\frac{3}{4}$, (E).
"""
_M6_E = r"""
Divisors of 12: 1, 2, 3, 4, 6, 12. Half the integers are even, so the probability is $\frac{1}{2}$, (B).
"""
_add(
    "choice",
    "A",
    [
        (C, _box(_M6_G, "A")),
        (C, _end(_M6_G, r"The probability is $\frac{2}{3}$, choice **(A)**.")),
        (C, _mnv(_M6_G, r"\text{(A)}")),
        (C, _gsm(_M6_G, "A")),
        (
            C,
            _two(
                _M6_B,
                "E",
                r"""Nothing in the problem says proper divisor; all six positive divisors count, giving
                $\frac{4}{6} = \frac{2}{3}$.""",
                "A",
            ),
        ),
        (H, _fa(_M6_B, r"\textbf{(E)}")),
        (H, _bold(_M6_G, "(B)")),
        (P, _gem(_M6_E, "B")),
    ],
)

# What is the units digit of 3^2027?  (A) 1  (B) 3  (C) 7  (D) 9  (E) 5
_M7_G = r"""
Units digits of powers of 3 cycle with period 4: $3^1 \to 3$, $3^2 \to 9$, $3^3 \to 7$, $3^4 \to 1$.

$2027 = 4 \cdot 506 + 3$, so $3^{2027}$ has the same units digit as $3^3 = 27$, namely 7. Let me recheck
$4 \cdot 506 = 2024$ and $2027 - 2024 = 3$. Yes: choice (C).
"""
_M7_B = r"""
The cycle is 3, 9, 7, 1, and $2027 \equiv 3 \pmod 4$ points to the third entry, 7, which is (C).

Hmm, but with zero-based indexing the cycle is $3^0 = 1, 3, 9, 7$, and position 3 is 7... no wait, position 3 in
$1, 3, 9, 7$ counting from 1 is 9. I'll take 9, choice (D).
"""
_M7_E = r"""
$2027$ is odd, and odd powers of 3 end in 3 (like $3^1 = 3$ and $3^3 = 27$... which ends in 7, hmm, but $3^5 =
243$ ends in 3). I'll say 3, choice (B).
"""
_add(
    "choice",
    r"\textbf{(C)}\ 7",
    [
        (C, _box(_M7_G, r"\textbf{(C)}\ 7")),
        (C, _head(_M7_G, r"\textbf{(C)}")),
        (C, _end(_M7_G, "So the units digit is 7: **(C)**.")),
        (C, _gem(_M7_G, "(C)\\ 7")),
        (
            C,
            _two(
                _M7_E,
                r"\textbf{(B)}\ 3",
                r"""Odd powers alternate between 3 and 7: the residue mod 4 decides. $2027 \equiv 3 \pmod 4$ gives
                the same digit as $3^3 = 27$, so 7, choice (C).""",
                r"\textbf{(C)}\ 7",
            ),
        ),
        (H, _fa(_M7_B, r"\textbf{(D)}\ 9")),
        (H, _end(_M7_B, r"**Answer:** $\textbf{(D)}\ 9$")),
        (P, _bold(_M7_E, "(B) 3")),
        (T, _half(_M7_G, 1, r"$2027 = 4 \cdot 506 + 3$, so $3^{2027}$ has the same units digit as")),
    ],
)


assert len(THIRTYFIFTH) == 444
assert _TALLY["problems"] == 52 and len(_CATEGORIES) == 5
assert _TALLY[C] == 234 and _TALLY[T] == 40
assert _TALLY[H] == 117 and _TALLY[P] == 53
assert sum(1 for row in THIRTYFIFTH if row[3] == W) == 170
assert len(set(THIRTYFIFTH)) == len(THIRTYFIFTH)
