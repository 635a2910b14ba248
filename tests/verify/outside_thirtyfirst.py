"""THIRTYFIRST: a held-out batch of labelled answer-verification pairs in probability, counting, stats, NT (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch31) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the asserts, plus
its first 5 lines, its docstring opening, read by an over-wide command), and
without running longcot, math-verify, a sympy-based grader or any other grader on any pair. Python was used by hand
only to check the arithmetic and the printed tool outputs. Every pair was labelled by hand; pairs a reasonable
grader could label either way were left out (bare decimal approximations of exact values, a base-10 value for a
base-2 question, truncations whose kept text already states the answer). Committed before any grading run, so its
first run is an out-of-sample number.

Theme: probability, counting, statistics and number theory in AIME/AMC/MATH style. Rows are `(category, gold,
whole model response, expected verdict)`; verdicts are "correct", "incorrect", or "truncated" (the response stops
mid-computation or mid-sentence before it states any final answer). Each response models a long chain of thought:
case analysis and recounts, a second method as a check, "Wait, let me recheck" turns and rejected candidates,
then one of many endings: an inline `\\boxed{}` sentence, a display box under **Final Answer**, "The answer is
$x$.", a bold **Answer:** line, Minerva "Final Answer: The final answer is $x$. I hope it is correct.", GSM8K
`#### x`, MetaMath "The answer is: x", a "### Final Answer" heading (boxed and unboxed), DeepSeek-R1
`<think>`...`</think>` then a summary and a display box, a box followed by a friendly remark, a closing prose
sentence, tool-integrated reasoning (a ```python block and its ```output), and an earlier box overruled by a
recheck and a later final answer (the last stated final answer wins).
Correct rows vary the form: fractions as `\\frac`, `\\dfrac`, `a/b`, unsimplified fractions, terminating and
repeating decimals (`0.13\\overline{8}`, `0.4\\overline{6}`, `15.1\\overline{6}`), percents for probabilities,
mixed numbers (`2\\frac{19}{36}`, `1\\frac{1}{2}`, `40\\frac{1}{5}`), AIME `m + n` integers (also as `m + n = 10`),
counts as `\\binom{9}{4}`, `{9 \\choose 4}`, factorial and power products (`8! \\cdot 3!`, `4! \\cdot 2^4`,
`13^4`, `2^{20}`), digit separators (`1,048,576`, `1{,}048{,}576`, `1\\,048\\,576`), scientific notation
(`3.2 \\times 10^{5}`), base subscripts (`100101_2`, `(100101)_2`, `177_{10}`), remainders in words, ratios and
odds (`3:5`, `3 : 5`, "3 to 5"), `\\sqrt{8}` for `2\\sqrt{2}`, divisor lists in set braces or reordered, and
equations ending in the value (`\\gcd(1001, 1547) = 91`).
Negatives lean on precision: about two thirds are hard, with the gold in the text (an intermediate, a rejected
candidate, or an earlier box overruled by a flawed recheck) while the final answer differs slightly: a misread
complement, a doubled or halved count, a double-counted case, an off-by-one term, a dropped empty set or whole
set, a missing or extra divisor, sample for population variance, a swapped odds order, a reversed binary string,
the wrong repeating block, a factor 10 slip in a percent, the next member of a residue class, a sign dropped.
Each problem has one worked reasoning (`_X_G`, reaching the gold), one flawed reasoning with the gold in it
(`_X_B`) and one flawed reasoning without it (`_X_E`); `_two` adds an earlier box and a recheck, and `_half` keeps
the first paragraphs of `_X_G` and stops mid-computation. Rows are added per problem through `_add`, which tags
each negative as hard (H) or plain (P) in `_TALLY`. The question itself is not part of the row; the comment above
each problem states it.
60 problems in 8 categories (counting 16, probability 11, number_theory 9, statistics 8, expected_value 6,
modular 4, aime 3, base_n 3); 438 rows: 215 correct, 180 incorrect, 43 truncated. Of the 180 negatives, 120 are
hard and 60 plain.
"""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYFIRST: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYFIRST.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A closing sentence with an inline box."""
    return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """A **Final Answer** line with a display box under it."""
    return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """`The answer is $a$.` with no box."""
    return r + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    """A bold **Answer:** line."""
    return r + "\n\n**Answer:** $" + a + "$"


def _min(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $a$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _meta(r: str, a: str) -> str:
    """MetaMath: `The answer is: answer` as the last line, no box."""
    return r + "\n\nThe answer is: " + a


def _head(r: str, a: str, box: bool = False) -> str:
    """A `### Final Answer` heading, the answer on the next line."""
    shown = "\\boxed{" + a + "}" if box else a
    return r + "\n\n### Final Answer\n$" + shown + "$"


def _r1(r: str, a: str, summary: str = "Summing up the computation above.") -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return "<think>\n" + r + "\n</think>\n\n" + summary + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _rem(r: str, a: str) -> str:
    """A box followed by a friendly remark."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + a
        + "}$.\n\nLet me know if you would like me to walk through any step again!"
    )


def _prose(r: str, sentence: str) -> str:
    """A closing prose sentence that states the answer without a box."""
    return r + "\n\n" + sentence


def _two(r: str, first: str, recheck: str, final: str) -> str:
    """An earlier box, a recheck, then a final answer that overrules it (the last stated final answer wins)."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + first
        + "}$.\n\nWait, let me recheck this before I finish. "
        + _t(recheck)
        + "\n\nSo the final answer is $\\boxed{"
        + final
        + "}$."
    )


def _tir(r: str, code: str, out: str, a: str, box: bool = True) -> str:
    """Tool-integrated reasoning: a python block, its output block, then the answer (boxed or plain)."""
    end = "$\\boxed{" + a + "}$" if box else "$" + a + "$"
    return (
        r
        + "\n\nLet me confirm this with Python.\n\n```python\n"
        + code
        + "\n```\n```output\n"
        + out
        + "\n```\nThe output agrees with the work above. The final answer is "
        + end
        + "."
    )


def _half(r: str, keep: int, tail: str) -> str:
    """The first `keep` paragraphs of a reasoning, then an unfinished line (no final answer is stated)."""
    return "\n\n".join(r.split("\n\n")[:keep]) + "\n\n" + tail


# ---------------------------------------------------------------------------------------------------------------
# Probability.
# ---------------------------------------------------------------------------------------------------------------

# Two fair six-sided dice are rolled. What is the probability that the sum of the faces is 8?
_P1_G = _t(r"""
Two fair dice give $6 \cdot 6 = 36$ equally likely ordered outcomes, so I need the number of ordered pairs
$(a, b)$ with $a + b = 8$ and $1 \le a, b \le 6$.

Listing them: $(2,6), (3,5), (4,4), (5,3), (6,2)$. The pair $(1,7)$ is impossible since no face shows 7. That
is 5 outcomes.

Wait, let me recheck $(4,4)$: in ordered outcomes it is a single outcome (both dice show 4), while $(3,5)$ and
$(5,3)$ are different outcomes. So the count is 5, not 6.

So the probability is $\frac{5}{36} = \frac{10}{72} \approx 0.139$.
""")
_P1_B = _t(r"""
There are 36 ordered outcomes. The sums of 8 come from $(2,6), (3,5), (4,4), (5,3), (6,2)$, which would give
$5/36$.

Hmm, but $(4,4)$ can happen in two ways: the first die shows 4 and the second shows 4, or the second shows 4
and the first shows 4. Just as $(3,5)$ and $(5,3)$ were counted separately, $(4,4)$ should count twice, so there
are 6 favorable outcomes.

That gives $\frac{6}{36} = \frac{1}{6}$.
""")
_P1_E = _t(r"""
I'll count unordered results. With two dice there are $\binom{6}{2} + 6 = 15 + 6 = 21$ unordered outcomes.

Sum 8: $\{2,6\}, \{3,5\}, \{4,4\}$, so 3 outcomes.

Let me recheck the total: 15 pairs with different faces and 6 doubles, 21 in all. So the probability is
$\frac{3}{21} = \frac{1}{7}$.
""")
_add(
    "probability",
    r"\frac{5}{36}",
    [
        (C, _box(_P1_G, r"\frac{5}{36}")),
        (C, _gsm(_P1_G, "5/36")),
        (C, _min(_P1_G, r"0.13\overline{8}")),
        (C, _r1(_P1_G, r"\dfrac{5}{36}", "Five of the 36 equally likely ordered outcomes have sum 8.")),
        (
            C,
            _two(
                _P1_B,
                r"\frac{1}{6}",
                r"""The outcome $(4,4)$ is one ordered pair; swapping the dice gives the same pair, unlike
                $(3,5)$. So there are only 5 favorable outcomes out of 36.""",
                r"\frac{5}{36}",
            ),
        ),
        (H, _fa(_P1_B, r"\frac{1}{6}")),
        (H, _meta(_P1_B, "1/6")),
        (P, _is(_P1_E, r"\frac{1}{7}")),
        (T, _half(_P1_G, 1, r"Listing them: $(2,6), (3,5), (4,4)$, then $(5,3)$ and")),
    ],
)


# A bag holds 5 red and 3 blue marbles. Two marbles are drawn at random without replacement. What is the
# probability that they are the same color?
_P2_G = _t(r"""
Without replacement, the number of unordered pairs is $\binom{8}{2} = 28$.

Both red: $\binom{5}{2} = 10$. Both blue: $\binom{3}{2} = 3$. So 13 pairs of the same color.

Let me double-check with sequential draws: $\frac{5}{8} \cdot \frac{4}{7} + \frac{3}{8} \cdot \frac{2}{7} =
\frac{20}{56} + \frac{6}{56} = \frac{26}{56}$. Hmm, that is $\frac{13}{28}$ again. Good.

So the probability that both marbles have the same color is $\frac{13}{28}$.
""")
_P2_B = _t(r"""
Pairs: $\binom{8}{2} = 28$. Same color: $\binom{5}{2} + \binom{3}{2} = 10 + 3 = 13$, so $\frac{13}{28}$.

Wait, let me recheck with a product of probabilities. The first marble is red with probability $\frac{5}{8}$, and
the second is red with probability $\frac{5}{8}$ too, so both red is $\frac{25}{64}$; both blue is $\frac{9}{64}$.
Total $\frac{34}{64} = \frac{17}{32}$.

The two methods disagree; the product method is more direct, so I'll trust $\frac{17}{32}$.
""")
_P2_E = _t(r"""
Total pairs $\binom{8}{2} = 28$. Same color means both red: $\binom{5}{2} = 10$.

Let me recheck: $5 \cdot 4 / 2 = 10$, yes. So the probability is $\frac{10}{28} = \frac{5}{14}$.
""")
_add(
    "probability",
    r"\frac{13}{28}",
    [
        (C, _fa(_P2_G, r"\frac{13}{28}")),
        (C, _bold(_P2_G, r"\dfrac{26}{56}")),
        (C, _head(_P2_G, "13/28")),
        (
            C,
            _two(
                _P2_B,
                r"\frac{17}{32}",
                r"""The draws are without replacement, so after a red marble only 4 of
        the remaining 7 are red: $\frac{5}{8}\cdot\frac{4}{7} + \frac{3}{8}\cdot\frac{2}{7} = \frac{26}{56}$, which
        matches the combination count.""",
                r"\frac{13}{28}",
            ),
        ),
        (H, _box(_P2_B, r"\frac{17}{32}")),
        (H, _prose(_P2_B, r"Hence the probability of drawing two marbles of the same color is $17/32$.")),
        (P, _min(_P2_E, r"\frac{5}{14}")),
    ],
)


# A fair coin is flipped 5 times. The probability that at least two consecutive flips are both heads is m/n in
# lowest terms. Find m + n.
_P3_G = _t(r"""
Count the complement: strings of length 5 over $\{H, T\}$ with no two consecutive H's. If $a_k$ counts such
strings of length $k$, then $a_k = a_{k-1} + a_{k-2}$ (end in T, or end in TH), with $a_1 = 2$, $a_2 = 3$.

So $a_3 = 5$, $a_4 = 8$, $a_5 = 13$.

Let me recheck $a_3 = 5$ by listing: TTT, TTH, THT, HTT, HTH. Yes, five.

So 13 of the 32 strings avoid HH, and $32 - 13 = 19$ contain it. The probability is $\frac{19}{32}$, already in
lowest terms, so $m + n = 19 + 32 = 51$.
""")
_P3_B = _t(r"""
Strings with no HH: $a_1 = 2$, $a_2 = 3$, $a_3 = 5$, $a_4 = 8$, $a_5 = 13$. So $32 - 13 = 19$ strings contain
HH, a probability of $\frac{19}{32}$, and $m + n = 51$.

Hmm, wait. Let me reread: I think the question is really about the flips avoiding two heads in a row, i.e.
the probability of no two consecutive heads. That is $\frac{13}{32}$.

So $m + n = 13 + 32 = 45$.
""")
_P3_E = _t(r"""
Strings with no two consecutive heads: $a_1 = 2$, $a_2 = 3$, $a_3 = 5$, $a_4 = 8$, $a_5 = 12$.

So $32 - 12 = 20$ strings contain HH, a probability of $\frac{20}{32} = \frac{5}{8}$.

Then $m + n = 5 + 8 = 13$.
""")
_add(
    "aime",
    "51",
    [
        (C, _box(_P3_G, "51")),
        (C, _meta(_P3_G, "51")),
        (C, _r1(_P3_G, "51", "The probability is $19/32$, so $m+n = 51$.")),
        (
            C,
            _tir(
                _P3_G,
                "from itertools import product\ns = [''.join(p) for p in product('HT', repeat=5)]\n"
                "good = sum('HH' in x for x in s)\nprint(good, len(s))",
                "19 32",
                "51",
            ),
        ),
        (H, _fa(_P3_B, "45")),
        (H, _gsm(_P3_B, "45")),
        (P, _is(_P3_E, "13")),
        (T, _half(_P3_G, 2, r"Let me recheck $a_3 = 5$ by listing: TTT, TTH, THT,")),
    ],
)


# A fair die is rolled 4 times. What is the probability that at least one roll is a 6?
_P4_G = _t(r"""
Use the complement. The probability that a single roll is not a 6 is $\frac{5}{6}$, so the probability that
none of the 4 rolls is a 6 is $\left(\frac{5}{6}\right)^4 = \frac{625}{1296}$.

Wait, $5^4 = 625$ and $6^4 = 1296$; yes.

So the probability of at least one 6 is $1 - \frac{625}{1296} = \frac{671}{1296}$. The numerator 671 is
$11 \cdot 61$ and the denominator is $2^4 3^4$, so this is in lowest terms, about $0.518$.
""")
_P4_B = _t(r"""
The complement is that no roll is a 6: $\left(\frac{5}{6}\right)^4 = \frac{625}{1296}$, giving
$\frac{671}{1296}$.

Let me recheck $5^4$: $5^2 = 25$ and $25^2 = 525$. So the complement is $\frac{525}{1296}$, and the answer is
$1 - \frac{525}{1296} = \frac{771}{1296} = \frac{257}{432}$.
""")
_P4_E = _t(r"""
Each roll gives a 6 with probability $\frac{1}{6}$, and there are 4 rolls, so the probability of at least one 6
is $4 \cdot \frac{1}{6} = \frac{2}{3}$.

Checking: this is below 1, so it is a valid probability.
""")
_add(
    "probability",
    r"\frac{671}{1296}",
    [
        (C, _rem(_P4_G, r"\frac{671}{1296}")),
        (C, _is(_P4_G, r"1 - \left(\frac{5}{6}\right)^4 = \frac{671}{1296}")),
        (C, _head(_P4_G, r"\frac{671}{1296}", box=True)),
        (H, _box(_P4_B, r"\frac{257}{432}")),
        (
            H,
            _two(
                _P4_G,
                r"\frac{671}{1296}",
                r"""$5^2 = 25$ and $25^2 = 525$, so the complement is
        $\frac{525}{1296}$ and the probability is $\frac{771}{1296}$.""",
                r"\frac{771}{1296}",
            ),
        ),
        (P, _bold(_P4_E, r"\frac{2}{3}")),
        (T, _half(_P4_G, 1, r"Wait, $5^4 = 625$ and $6^4 = 1296$; so the probability of at least one 6 is $1 -")),
    ],
)


# A fair six-sided die is rolled once; X is the number shown. Find E[X^2].
_P5_G = _t(r"""
$E[X^2] = \frac{1}{6}(1 + 4 + 9 + 16 + 25 + 36)$.

The sum of squares is $1 + 4 = 5$, $+9 = 14$, $+16 = 30$, $+25 = 55$, $+36 = 91$. Check with the formula
$\frac{n(n+1)(2n+1)}{6} = \frac{6 \cdot 7 \cdot 13}{6} = 91$.

Note this is not $(E[X])^2 = (3.5)^2 = 12.25$; the difference $\frac{91}{6} - \frac{49}{4} = \frac{35}{12}$ is
the variance, which is a good consistency check.

So $E[X^2] = \frac{91}{6} = 15\frac{1}{6}$.
""")
_P5_B = _t(r"""
Sum of squares $1 + 4 + 9 + 16 + 25 + 36 = 91$, so the raw second moment is $\frac{91}{6}$.

Hmm, but the second moment is usually taken about the mean, $E[(X - \mu)^2]$, with $\mu = \frac{7}{2}$. That is
$\frac{91}{6} - \frac{49}{4} = \frac{182 - 147}{12} = \frac{35}{12}$.

So $E[X^2]$ in that sense is $\frac{35}{12}$.
""")
_P5_E = _t(r"""
$E[X] = 3.5$, so $E[X^2] = (E[X])^2 = 3.5^2 = 12.25$.

Let me check: $3.5 \cdot 3.5 = 12.25$. So $E[X^2] = \frac{49}{4}$.
""")
_add(
    "expected_value",
    r"\frac{91}{6}",
    [
        (C, _fa(_P5_G, r"\frac{91}{6}")),
        (C, _min(_P5_G, r"15\frac{1}{6}")),
        (C, _gsm(_P5_G, "91/6")),
        (C, _bold(_P5_G, r"15.1\overline{6}")),
        (H, _is(_P5_B, r"\frac{35}{12}")),
        (H, _rem(_P5_B, r"\frac{35}{12}")),
        (P, _box(_P5_E, r"\frac{49}{4}")),
    ],
)


# A fair die is rolled repeatedly until two 6's appear on consecutive rolls. What is the expected number of
# rolls?
_P6_G = _t(r"""
Let $E_0$ be the expected number of further rolls from the start (or right after a non-6), and $E_1$ the
expected number right after a single 6.

From the start: $E_0 = 1 + \frac{1}{6}E_1 + \frac{5}{6}E_0$. After a 6: $E_1 = 1 + \frac{1}{6}\cdot 0 +
\frac{5}{6}E_0$.

From the first equation, $\frac{1}{6}E_0 = 1 + \frac{1}{6}E_1$, so $E_0 = 6 + E_1$. Substituting,
$E_1 = 1 + \frac{5}{6}(6 + E_1) = 6 + \frac{5}{6}E_1$, so $\frac{1}{6}E_1 = 6$ and $E_1 = 36$.

Wait, let me recheck: then $E_0 = 6 + 36 = 42$. This matches the known pattern formula
$\frac{1}{p} + \frac{1}{p^2} = 6 + 36$. So the expected number of rolls is 42.
""")
_P6_B = _t(r"""
Set up states: $E_0 = 6 + E_1$ and $E_1 = 1 + \frac{5}{6}E_0$, which gives $E_1 = 36$ and $E_0 = 42$.

Hmm, wait. That seems too large to me; a pattern of two symbols each with probability $\frac{1}{6}$ occurs with
probability $\frac{1}{36}$ per pair of rolls, so the expected waiting time should just be $\frac{1}{p^2} = 36$.
The 42 must double count the first 6.

So the expected number of rolls is 36.
""")
_P6_E = _t(r"""
The expected number of rolls to get a 6 is 6, and we need two of them, so $6 + 6 = 12$.

Checking the logic: after the first 6 we need another 6, which takes 6 more rolls on average. So 12.
""")
_add(
    "expected_value",
    "42",
    [
        (C, _box(_P6_G, "42")),
        (C, _prose(_P6_G, "On average it takes 42 rolls.")),
        (C, _head(_P6_G, "42")),
        (
            C,
            _two(
                _P6_B,
                "36",
                r"""The per-pair argument ignores overlaps: the pairs of rolls are not
        independent trials. Solving the state equations again: $E_1 = 36$ is the wait after a 6, and from scratch
        $E_0 = 6 + E_1 = 42$.""",
                "42",
            ),
        ),
        (H, _meta(_P6_B, "36")),
        (H, _fa(_P6_B, "36")),
        (P, _gsm(_P6_E, "12")),
        (T, _half(_P6_G, 2, r"From the first equation, $\frac{1}{6}E_0 = 1 + \frac{1}{6}E_1$, so")),
    ],
)


# An integer is chosen at random from 1 to 100 inclusive. What is the probability that it is divisible by 3 or
# by 5?
_P7_G = _t(r"""
Multiples of 3 up to 100: $\lfloor 100/3 \rfloor = 33$. Multiples of 5: $20$. Multiples of both, i.e. of 15:
$\lfloor 100/15 \rfloor = 6$ (15, 30, 45, 60, 75, 90).

By inclusion-exclusion, $33 + 20 - 6 = 47$ integers are divisible by 3 or 5.

Wait, let me recheck the multiples of 15: $15 \cdot 6 = 90 \le 100 < 105$. Yes, 6.

So the probability is $\frac{47}{100} = 0.47$.
""")
_P7_B = _t(r"""
Multiples of 3: 33; multiples of 5: 20; multiples of 15: 6. So $33 + 20 - 6 = 47$.

Hmm, but the multiples of 15 were counted in both lists, so I should remove them from both: $33 + 20 - 2 \cdot 6
= 41$. That way no number is counted for both 3 and 5.

So the probability is $\frac{41}{100}$.
""")
_P7_E = _t(r"""
Multiples of 3 up to 100: 33. Multiples of 5: 20. Together $33 + 20 = 53$.

So the probability is $\frac{53}{100}$.
""")
_add(
    "probability",
    r"\frac{47}{100}",
    [
        (C, _is(_P7_G, "0.47")),
        (C, _bold(_P7_G, r"47\%")),
        (C, _meta(_P7_G, "47/100")),
        (C, _fa(_P7_G, r"\frac{47}{100}")),
        (H, _box(_P7_B, r"\frac{41}{100}")),
        (H, _min(_P7_B, "0.41")),
        (P, _head(_P7_E, r"\frac{53}{100}", box=True)),
        (T, _half(_P7_G, 1, r"By inclusion-exclusion, the count is $33 + 20 -")),
    ],
)


# Two numbers x and y are chosen independently and uniformly from [0, 1]. What is the probability that
# |x - y| < 1/3?
_P8_G = _t(r"""
In the unit square, the region $|x - y| \ge \frac{1}{3}$ consists of two right triangles at the corners $(1,0)$
and $(0,1)$, each with legs $\frac{2}{3}$.

Each triangle has area $\frac{1}{2}\left(\frac{2}{3}\right)^2 = \frac{2}{9}$, so together $\frac{4}{9}$.

Wait, the favorable region is the band around the diagonal, not the triangles. So the probability is
$1 - \frac{4}{9} = \frac{5}{9}$.
""")
_P8_B = _t(r"""
The band $|x - y| < \frac{1}{3}$ has area $1 - \left(\frac{2}{3}\right)^2 = \frac{5}{9}$.

Hmm, let me recheck by computing directly. The two triangles have legs $\frac{2}{3}$, each area $\frac{2}{9}$,
total $\frac{4}{9}$. The two triangles are exactly where the points are close to each other, I think, so the
probability is $\frac{4}{9}$.
""")
_P8_E = _t(r"""
The condition $|x - y| < \frac{1}{3}$ means $y$ lies in an interval of length $\frac{2}{3}$ around $x$.

So the probability is $\frac{2}{3}$.
""")
_add(
    "probability",
    r"\frac{5}{9}",
    [
        (C, _box(_P8_G, r"\frac{5}{9}")),
        (C, _min(_P8_G, r"0.\overline{5}")),
        (C, _r1(_P8_G, "5/9", "The complement is two triangles of total area $4/9$.")),
        (H, _is(_P8_B, r"\frac{4}{9}")),
        (H, _gsm(_P8_B, "4/9")),
        (P, _fa(_P8_E, r"\frac{2}{3}")),
        (T, _half(_P8_G, 1, r"Each triangle has area $\frac{1}{2}\cdot")),
    ],
)


# A family has two children. Given that at least one of them is a boy, what is the probability that both are
# boys? (Each child is independently a boy or a girl with probability 1/2.)
_P9_G = _t(r"""
The equally likely outcomes are BB, BG, GB, GG. Conditioning on at least one boy removes GG, leaving BB, BG, GB.

Only BB has two boys, so the conditional probability is $\frac{1}{3}$.

Wait, let me recheck the common mistake: "the other child is a boy with probability $\frac{1}{2}$" would apply
if we knew a specific child (say the elder) is a boy. Here we only know at least one is, so $\frac{1}{3}$ stands:
$P = \frac{P(BB)}{P(\text{at least one boy})} = \frac{1/4}{3/4} = \frac{1}{3}$.
""")
_P9_B = _t(r"""
Outcomes BB, BG, GB, GG; at least one boy leaves three, one of which is BB, so $\frac{1}{3}$.

Hmm, but BG and GB describe the same family: one boy and one girl. So really the cases are "two boys" and "one
boy and one girl", and the other child is equally likely to be a boy or a girl. So the probability is
$\frac{1}{2}$.
""")
_P9_E = _t(r"""
Each child is a boy with probability $\frac{1}{2}$, so both are boys with probability
$\frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}$.
""")
_add(
    "probability",
    r"\frac{1}{3}",
    [
        (C, _head(_P9_G, r"\frac{1}{3}")),
        (C, _bold(_P9_G, r"0.\overline{3}")),
        (C, _meta(_P9_G, "1/3")),
        (
            C,
            _two(
                _P9_B,
                r"\frac{1}{2}",
                r"""BG and GB are different outcomes with probability $\frac{1}{4}$
        each; merging them into one case makes the cases unequal in probability. So the answer is
        $\frac{1/4}{3/4}$.""",
                r"\frac{1}{3}",
            ),
        ),
        (H, _box(_P9_B, r"\frac{1}{2}")),
        (H, _prose(_P9_B, "So the answer is one half.")),
        (P, _rem(_P9_E, r"\frac{1}{4}")),
    ],
)


# A disease affects 2% of a population. A test detects it with probability 99% when present and gives a false
# positive with probability 5% when absent. A random person tests positive; what is the exact probability that
# they have the disease?
_P10_G = _t(r"""
By Bayes: $P(D \mid +) = \frac{0.99 \cdot 0.02}{0.99 \cdot 0.02 + 0.05 \cdot 0.98}$.

The numerator is $0.0198$. The false-positive term is $0.05 \cdot 0.98 = 0.049$, so the denominator is
$0.0198 + 0.049 = 0.0688$.

Wait, let me recheck that the 5% applies only to the 98% without the disease: yes, a false positive needs a
healthy person. So $P = \frac{0.0198}{0.0688} = \frac{198}{688} = \frac{99}{344}$, about 28.8%.
""")
_P10_B = _t(r"""
Bayes gives $\frac{0.0198}{0.0198 + 0.049} = \frac{198}{688} = \frac{99}{344}$.

Hmm, let me recheck the false-positive term. The test gives a false positive 5% of the time, and that rate is
quoted for everyone tested, so the term should be $0.05$, not $0.049$. Then the denominator is $0.0698$ and
$P = \frac{198}{698} = \frac{99}{349}$.
""")
_P10_E = _t(r"""
The probability of having the disease and testing positive is $0.99 \cdot 0.02 = 0.0198$.

So $P = 0.0198 = \frac{99}{5000}$.
""")
_add(
    "probability",
    r"\frac{99}{344}",
    [
        (C, _box(_P10_G, r"\frac{99}{344}")),
        (C, _is(_P10_G, r"\frac{198}{688}")),
        (
            C,
            _tir(
                _P10_G,
                "from fractions import Fraction as F\nnum = F(99,100)*F(2,100)\n"
                "den = num + F(5,100)*F(98,100)\nprint(num/den)",
                "99/344",
                r"\frac{99}{344}",
            ),
        ),
        (H, _fa(_P10_B, r"\frac{99}{349}")),
        (H, _bold(_P10_B, "99/349")),
        (P, _gsm(_P10_E, "99/5000")),
        (T, _half(_P10_G, 1, r"The numerator is $0.0198$. The false-positive term is $0.05 \cdot 0.98 =")),
    ],
)


# Three distinct vertices of a regular octagon are chosen at random. The probability that they form a right
# triangle is m/n in lowest terms. Find m + n.
_P11_G = _t(r"""
A triangle inscribed in a circle is right exactly when one of its sides is a diameter. The octagon has 4
diameters (pairs of opposite vertices).

For each diameter, the third vertex can be any of the other 6 vertices, giving $4 \cdot 6 = 24$ right
triangles. A triangle cannot contain two diameters (that would need 4 vertices), so there is no double counting.

The total is $\binom{8}{3} = 56$, so the probability is $\frac{24}{56} = \frac{3}{7}$ and $m + n = 3 + 7 = 10$.
""")
_P11_B = _t(r"""
Right triangles need a diameter: $4 \cdot 6 = 24$ of them out of $\binom{8}{3} = 56$, so $\frac{3}{7}$ and
$m + n = 10$.

Hmm, wait: each right triangle has two legs meeting at the right angle, and I think I counted each triangle
once from each end of the hypotenuse. So there are really $12$ right triangles, a probability of
$\frac{12}{56} = \frac{3}{14}$.

Then $m + n = 3 + 14 = 17$.
""")
_P11_E = _t(r"""
There are 24 right triangles. The number of ways to choose 3 vertices is $8 \cdot 7 \cdot 6 = 336$.

So the probability is $\frac{24}{336} = \frac{1}{14}$, and $m + n = 15$.
""")
_add(
    "aime",
    "10",
    [
        (C, _fa(_P11_G, "10")),
        (C, _gsm(_P11_G, "10")),
        (C, _is(_P11_G, "m + n = 10")),
        (
            C,
            _two(
                _P11_B,
                "17",
                r"""The 24 was counted by choosing the diameter (the hypotenuse) and then the
        third vertex; each right triangle has exactly one hypotenuse, so it was counted once, not twice. So
        $\frac{24}{56} = \frac{3}{7}$.""",
                "10",
            ),
        ),
        (H, _box(_P11_B, "17")),
        (H, _min(_P11_B, "17")),
        (P, _meta(_P11_E, "15")),
        (T, _half(_P11_G, 2, r"The total is $\binom{8}{3} =")),
    ],
)


# Three people sit down at random in a row of 5 chairs (one person per chair). What is the probability that no
# two of them sit in adjacent chairs?
_P12_G = _t(r"""
The set of occupied chairs is a uniformly random 3-subset of $\{1, 2, 3, 4, 5\}$, and there are
$\binom{5}{3} = 10$ such subsets.

No two adjacent: the only option is $\{1, 3, 5\}$. Let me double-check with the gap formula
$\binom{5 - 3 + 1}{3} = \binom{3}{3} = 1$. Yes, one subset.

Since the people are distinguishable I could also count ordered seatings: $3! \cdot 1 = 6$ favorable out of
$5 \cdot 4 \cdot 3 = 60$, which is again $\frac{6}{60} = \frac{1}{10}$.
""")
_P12_B = _t(r"""
Occupied sets: $\binom{5}{3} = 10$, and only $\{1, 3, 5\}$ has no two adjacent, so $\frac{1}{10}$.

Hmm, wait. The three people are different, so $\{1,3,5\}$ can be filled in $3! = 6$ ways. So there are 6
favorable arrangements out of the 10 ways of choosing the chairs, a probability of $\frac{6}{10} = \frac{3}{5}$.
""")
_P12_E = _t(r"""
No two adjacent: $\{1,3,5\}$ and $\{1,3,4\}$... no wait, 3 and 4 are adjacent. $\{1,3,5\}$, $\{2,4,5\}$? 4 and 5
are adjacent too. Let me take $\{1,3,5\}$ and $\{1,4,\cdot\}$... I'll say 2 sets work.

So the probability is $\frac{2}{10} = \frac{1}{5}$.
""")
_add(
    "probability",
    r"\frac{1}{10}",
    [
        (C, _box(_P12_G, "0.1")),
        (C, _head(_P12_G, r"\frac{1}{10}", box=True)),
        (C, _prose(_P12_G, r"So the probability is $10\%$.")),
        (C, _r1(_P12_G, r"\frac{6}{60}", "Six of the 60 ordered seatings leave gaps between all three people.")),
        (H, _fa(_P12_B, r"\frac{3}{5}")),
        (H, _is(_P12_B, "0.6")),
        (P, _bold(_P12_E, r"\frac{1}{5}")),
    ],
)


# A biased coin lands heads with probability 1/3. It is flipped 5 times. What is the probability of exactly 2
# heads?
_P13_G = _t(r"""
This is binomial with $n = 5$, $p = \frac{1}{3}$: $P(X = 2) = \binom{5}{2}\left(\frac{1}{3}\right)^2
\left(\frac{2}{3}\right)^3$.

$\binom{5}{2} = 10$, $\left(\frac{1}{3}\right)^2 = \frac{1}{9}$, $\left(\frac{2}{3}\right)^3 = \frac{8}{27}$.

So $P = 10 \cdot \frac{1}{9} \cdot \frac{8}{27} = \frac{80}{243}$. Let me recheck $9 \cdot 27 = 243$. Yes, and
$\frac{80}{243} \approx 0.329$.
""")
_P13_B = _t(r"""
$\binom{5}{2}\left(\frac{1}{3}\right)^2\left(\frac{2}{3}\right)^3 = 10 \cdot \frac{1}{9} \cdot \frac{8}{27} =
\frac{80}{243}$.

Hmm, let me recheck which probability goes with heads. The coin lands heads with probability $\frac{2}{3}$ and
tails with $\frac{1}{3}$, so it should be $10 \cdot \frac{4}{9} \cdot \frac{1}{27} = \frac{40}{243}$.
""")
_P13_E = _t(r"""
Two heads and three tails: $\left(\frac{1}{3}\right)^2 \left(\frac{2}{3}\right)^3 = \frac{1}{9}\cdot\frac{8}{27}
= \frac{8}{243}$.
""")
_add(
    "probability",
    r"\frac{80}{243}",
    [
        (C, _meta(_P13_G, "80/243")),
        (C, _min(_P13_G, r"\frac{80}{243}")),
        (C, _bold(_P13_G, r"\binom{5}{2}\left(\tfrac{1}{3}\right)^2\left(\tfrac{2}{3}\right)^3 = \tfrac{80}{243}")),
        (H, _box(_P13_B, r"\frac{40}{243}")),
        (
            H,
            _two(
                _P13_G,
                r"\frac{80}{243}",
                r"""Heads has probability $\frac{2}{3}$, so two heads and three
        tails is $10 \cdot \frac{4}{9} \cdot \frac{1}{27}$.""",
                r"\frac{40}{243}",
            ),
        ),
        (P, _fa(_P13_E, r"\frac{8}{243}")),
        (T, _half(_P13_G, 2, r"So $P = 10 \cdot \frac{1}{9} \cdot")),
    ],
)


# A fair die is rolled 3 times. What is the expected number of distinct values that appear?
_P14_G = _t(r"""
By linearity, sum over the 6 faces the probability that the face appears at least once:
$1 - \left(\frac{5}{6}\right)^3 = 1 - \frac{125}{216} = \frac{91}{216}$.

So the expectation is $6 \cdot \frac{91}{216} = \frac{546}{216} = \frac{91}{36}$.

Wait, let me sanity-check by direct counting: all distinct in $6\cdot5\cdot4 = 120$ outcomes (3 values), all the
same in 6 outcomes (1 value), and the remaining $216 - 126 = 90$ have 2 values. Expected:
$\frac{360 + 6 + 180}{216} = \frac{546}{216} = \frac{91}{36} = 2\frac{19}{36}$.
""")
_P14_B = _t(r"""
Linearity: $6\left(1 - \left(\frac{5}{6}\right)^3\right) = 6 \cdot \frac{91}{216} = \frac{91}{36}$.

Hmm, let me check directly. All distinct: $6 \cdot 5 \cdot 4 = 120$ outcomes with 3 values; all equal: 6
outcomes with 1 value; two values: $216 - 120 - 6 = 96$ outcomes. So the expectation is
$\frac{360 + 6 + 192}{216} = \frac{558}{216} = \frac{31}{12}$. I trust the direct count more.
""")
_P14_E = _t(r"""
Each roll is a new value with probability $\frac{5}{6}$ except the first, so the expected count is
$1 + \frac{5}{6} + \frac{5}{6} = \frac{8}{3}$.
""")
_add(
    "expected_value",
    r"\frac{91}{36}",
    [
        (C, _box(_P14_G, r"\frac{91}{36}")),
        (C, _is(_P14_G, r"2\frac{19}{36}")),
        (C, _gsm(_P14_G, "91/36")),
        (
            C,
            _tir(
                _P14_G,
                "from itertools import product\nfrom fractions import Fraction as F\n"
                "t = sum(len(set(r)) for r in product(range(6), repeat=3))\nprint(F(t, 216))",
                "91/36",
                r"\frac{91}{36}",
                box=False,
            ),
        ),
        (H, _fa(_P14_B, r"\frac{31}{12}")),
        (H, _head(_P14_B, r"\frac{31}{12}")),
        (P, _min(_P14_E, r"\frac{8}{3}")),
        (T, _half(_P14_G, 1, r"So the expectation is $6 \cdot \frac{91}{216} =")),
    ],
)


# A bag has 3 red and 2 blue balls. Balls are drawn one at a time without replacement until the first red ball
# appears. What is the expected number of draws (including the draw of the red ball)?
_P15_G = _t(r"""
Let $N$ be the number of draws. $P(N = 1) = \frac{3}{5}$. $P(N = 2) = \frac{2}{5}\cdot\frac{3}{4} =
\frac{3}{10}$. $P(N = 3) = \frac{2}{5}\cdot\frac{1}{4}\cdot 1 = \frac{1}{10}$.

Check: $\frac{6}{10} + \frac{3}{10} + \frac{1}{10} = 1$. Good.

$E[N] = 1\cdot\frac{6}{10} + 2\cdot\frac{3}{10} + 3\cdot\frac{1}{10} = \frac{6 + 6 + 3}{10} = \frac{15}{10} =
\frac{3}{2}$. This also matches the formula $\frac{n + 1}{r + 1} = \frac{6}{4}$.
""")
_P15_B = _t(r"""
$P(N=1) = \frac{3}{5}$, $P(N=2) = \frac{3}{10}$, $P(N=3) = \frac{1}{10}$, so $E[N] = \frac{3}{2}$.

Hmm, wait, the question counts the draws until the first red ball appears, which are the blue draws before it.
So I should subtract the red draw: $\frac{3}{2} - 1 = \frac{1}{2}$.
""")
_P15_E = _t(r"""
Each draw is red with probability $\frac{3}{5}$, so the number of draws is geometric with mean
$\frac{1}{3/5} = \frac{5}{3}$.
""")
_add(
    "expected_value",
    r"\frac{3}{2}",
    [
        (C, _fa(_P15_G, r"\frac{3}{2}")),
        (C, _min(_P15_G, "1.5")),
        (C, _bold(_P15_G, r"1\frac{1}{2}")),
        (C, _rem(_P15_G, r"\frac{15}{10}")),
        (H, _is(_P15_B, r"\frac{1}{2}")),
        (H, _gsm(_P15_B, "0.5")),
        (P, _box(_P15_E, r"\frac{5}{3}")),
        (T, _half(_P15_G, 2, r"$E[N] = 1\cdot\frac{6}{10} + 2\cdot")),
    ],
)


# Three cards are drawn at random without replacement from a standard 52-card deck. What is the probability
# that all three are hearts?
_P16_G = _t(r"""
$P = \frac{\binom{13}{3}}{\binom{52}{3}} = \frac{286}{22100}$.

Let me compute $\binom{52}{3} = \frac{52 \cdot 51 \cdot 50}{6} = 22100$ and $\binom{13}{3} = \frac{13 \cdot 12
\cdot 11}{6} = 286$.

Both are divisible by 26: $286 = 26 \cdot 11$ and $22100 = 26 \cdot 850$. So $P = \frac{11}{850}$. Check with
sequential draws: $\frac{13}{52}\cdot\frac{12}{51}\cdot\frac{11}{50} = \frac{1716}{132600} = \frac{11}{850}$.
""")
_P16_B = _t(r"""
Sequentially: $\frac{13}{52}\cdot\frac{12}{51}\cdot\frac{11}{50} = \frac{11}{850}$.

Hmm, but each draw is a heart with probability $\frac{1}{4}$ no matter what, since a quarter of the deck is
hearts. So the answer is $\left(\frac{1}{4}\right)^3 = \frac{1}{64}$.
""")
_P16_E = _t(r"""
$\frac{13}{52} \cdot \frac{12}{52} \cdot \frac{11}{52} = \frac{1716}{140608} = \frac{33}{2704}$.
""")
_add(
    "probability",
    r"\frac{11}{850}",
    [
        (C, _box(_P16_G, r"\frac{11}{850}")),
        (C, _head(_P16_G, r"\frac{286}{22100}")),
        (C, _meta(_P16_G, "11/850")),
        (H, _fa(_P16_B, r"\frac{1}{64}")),
        (H, _rem(_P16_B, r"\frac{1}{64}")),
        (P, _is(_P16_E, r"\frac{33}{2704}")),
    ],
)


# Two distinct integers are chosen at random from 1, 2, ..., 20. The probability that their sum is even is m/n in
# lowest terms. Find m + n.
_P17_G = _t(r"""
The sum is even when both numbers have the same parity. There are 10 odd and 10 even numbers.

Same parity: $\binom{10}{2} + \binom{10}{2} = 45 + 45 = 90$ pairs, out of $\binom{20}{2} = 190$.

So the probability is $\frac{90}{190} = \frac{9}{19}$. Wait, let me check against the complement: different
parity is $10 \cdot 10 = 100$ pairs, and $90 + 100 = 190$. Good. So $m + n = 9 + 19 = 28$.
""")
_P17_B = _t(r"""
Same parity: $90$ of the $190$ pairs, so $\frac{9}{19}$, and $m + n = 28$.

Hmm, wait, the sum of two numbers is even when one is odd and one is even? No... let me think: $1 + 2 = 3$ is
odd. Hmm, and $1 + 3 = 4$ is even. I keep mixing this up; I'll go with the larger group, one odd and one even:
$\frac{100}{190} = \frac{10}{19}$, so $m + n = 29$.
""")
_P17_E = _t(r"""
Choosing with order: $20 \cdot 19 = 380$ ordered pairs; same parity ordered pairs $10 \cdot 9 = 90$.

So the probability is $\frac{90}{380} = \frac{9}{38}$ and $m + n = 47$.
""")
_add(
    "aime",
    "28",
    [
        (C, _is(_P17_G, "28")),
        (C, _r1(_P17_G, "28", "The probability is $\\frac{9}{19}$.")),
        (C, _bold(_P17_G, "m+n=28")),
        (H, _box(_P17_B, "29")),
        (H, _gsm(_P17_B, "29")),
        (P, _fa(_P17_E, "47")),
        (T, _half(_P17_G, 2, r"So the probability is $\frac{90}{190} =")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# Counting.
# ---------------------------------------------------------------------------------------------------------------

# A committee of 3 is chosen from 6 men and 4 women. How many committees include at least one woman?
_C1_G = _t(r"""
Complement: all committees minus the all-men committees. All committees: $\binom{10}{3} = 120$. All men:
$\binom{6}{3} = 20$.

So $120 - 20 = 100$ committees have at least one woman.

Let me double-check by cases: exactly one woman $4 \cdot \binom{6}{2} = 60$, exactly two $\binom{4}{2}\cdot 6 =
36$, three women $\binom{4}{3} = 4$. Total $60 + 36 + 4 = 100$.
""")
_C1_B = _t(r"""
All committees $\binom{10}{3} = 120$, all-men $\binom{6}{3} = 20$, so $120 - 20 = 100$.

Hmm, wait: committees made only of women should also be removed, since then there is no mix. All-women:
$\binom{4}{3} = 4$. So $100 - 4 = 96$.
""")
_C1_E = _t(r"""
Pick the woman first: 4 ways. Then any 2 of the remaining 9 people: $\binom{9}{2} = 36$. Total $4 \cdot 36 =
144$.
""")
_add(
    "counting",
    "100",
    [
        (C, _box(_C1_G, "100")),
        (C, _meta(_C1_G, "100")),
        (C, _fa(_C1_G, r"\binom{10}{3} - \binom{6}{3} = 100")),
        (
            C,
            _two(
                _C1_E,
                "144",
                r"""Choosing "the" woman first counts a committee with two women twice and one
        with three women three times. The complement count $\binom{10}{3} - \binom{6}{3}$ avoids this.""",
                "100",
            ),
        ),
        (H, _is(_C1_B, "96")),
        (H, _min(_C1_B, "96")),
        (P, _gsm(_C1_E, "144")),
        (T, _half(_C1_G, 1, r"So $120 - 20 =")),
    ],
)


# How many distinct arrangements of the letters of BANANA have the two N's not adjacent?
_C2_G = _t(r"""
Total arrangements: $\frac{6!}{3!\,2!} = \frac{720}{12} = 60$.

Arrangements with the N's adjacent: glue NN into one block, leaving B, A, A, A, [NN], so $\frac{5!}{3!} = 20$.

So $60 - 20 = 40$. Let me double-check with gaps: arrange B, A, A, A in $\frac{4!}{3!} = 4$ ways; the N's go
into 2 of the 5 gaps, $\binom{5}{2} = 10$; total $4 \cdot 10 = 40$.
""")
_C2_B = _t(r"""
Gap method: B, A, A, A in 4 ways, and the N's in 2 of 5 gaps in $\binom{5}{2} = 10$ ways, giving $40$.

Hmm, wait, the two N's could be placed in either order in the chosen gaps, so I should multiply by $2! = 2$.
That gives $4 \cdot 10 \cdot 2 = 80$.
""")
_C2_E = _t(r"""
Total $\frac{6!}{3!\,2!} = 60$. With the N's adjacent: treat NN as one letter: $\frac{5!}{3!\,2!} = 10$.

So $60 - 10 = 50$.
""")
_add(
    "counting",
    "40",
    [
        (C, _head(_C2_G, "40")),
        (C, _bold(_C2_G, "40")),
        (C, _rem(_C2_G, "40")),
        (
            C,
            _tir(
                _C2_G,
                "from itertools import permutations\nw = set(permutations('BANANA'))\n"
                "print(len(w), sum('NN' not in ''.join(x) for x in w))",
                "60 40",
                "40",
            ),
        ),
        (H, _fa(_C2_B, "80")),
        (H, _prose(_C2_B, "So there are 80 such arrangements.")),
        (P, _box(_C2_E, "50")),
        (T, _half(_C2_G, 1, r"Arrangements with the N's adjacent: glue NN into one block, leaving")),
    ],
)


# How many positive divisors does 720 have?
_C3_G = _t(r"""
Factor: $720 = 72 \cdot 10 = 2^3 \cdot 3^2 \cdot 2 \cdot 5 = 2^4 \cdot 3^2 \cdot 5$.

Check: $16 \cdot 9 = 144$, $144 \cdot 5 = 720$. Good.

The number of divisors is $(4 + 1)(2 + 1)(1 + 1) = 5 \cdot 3 \cdot 2 = 30$.
""")
_C3_B = _t(r"""
$720 = 2^4 \cdot 3^2 \cdot 5$, so the count is $(4+1)(2+1)(1+1) = 30$.

Hmm, wait, let me recheck the power of 2: $720 / 2 = 360$, $/2 = 180$, $/2 = 90$, $/2 = 45$. That's four 2's.
Hmm, and 45 is $3^2 \cdot 5$... But 1 and 720 themselves are not usually counted as proper divisors, so I'll
remove them: $30 - 2 = 28$.
""")
_C3_E = _t(r"""
$720 = 2^4 \cdot 3^2 \cdot 5$, so the count is $4 \cdot 2 \cdot 1 = 8$.
""")
_add(
    "number_theory",
    "30",
    [
        (C, _box(_C3_G, "30")),
        (C, _gsm(_C3_G, "30")),
        (C, _prose(_C3_G, "So 720 has 30 positive divisors.")),
        (H, _is(_C3_B, "28")),
        (H, _fa(_C3_B, "28")),
        (P, _bold(_C3_E, "8")),
    ],
)


# How many lattice paths from (0,0) to (5,3), using unit steps right or up, avoid the point (2,1)?
_C4_G = _t(r"""
All paths: 8 steps with 3 of them up, $\binom{8}{3} = 56$.

Paths through $(2,1)$: from $(0,0)$ to $(2,1)$ is $\binom{3}{1} = 3$ ways; from $(2,1)$ to $(5,3)$ is 3 rights and
2 ups, $\binom{5}{2} = 10$ ways. So $3 \cdot 10 = 30$ paths pass through $(2,1)$.

Wait, let me recheck: multiply, not add, since each first half combines with each second half. So $56 - 30 =
26$ paths avoid the point.
""")
_C4_B = _t(r"""
Total $\binom{8}{3} = 56$, through $(2,1)$: $3 \cdot 10 = 30$, so $26$ avoid it.

Hmm, let me recount the total. The path visits 9 lattice points (both endpoints included), so I think the total
should be $\binom{9}{3} = 84$. Then $84 - 30 = 54$.
""")
_C4_E = _t(r"""
Total $\binom{8}{3} = 56$. Through $(2,1)$: $\binom{3}{1} + \binom{5}{2} = 3 + 10 = 13$.

So $56 - 13 = 43$.
""")
_add(
    "counting",
    "26",
    [
        (C, _fa(_C4_G, "26")),
        (C, _min(_C4_G, "26")),
        (C, _meta(_C4_G, "26")),
        (H, _box(_C4_B, "54")),
        (
            H,
            _two(
                _C4_G,
                "26",
                r"""A path visits 9 lattice points, so the total should be $\binom{9}{3} = 84$,
        and $84 - 30 = 54$.""",
                "54",
            ),
        ),
        (P, _head(_C4_E, "43", box=True)),
        (T, _half(_C4_G, 1, r"Paths through $(2,1)$: from $(0,0)$ to $(2,1)$ is")),
    ],
)


# How many four-digit positive integers have digits that are strictly increasing from left to right?
_C5_G = _t(r"""
A strictly increasing digit string is determined by its set of digits. The digit 0 cannot appear: it would
have to be the leading digit.

So choose 4 digits from $\{1, \dots, 9\}$: $\binom{9}{4} = \frac{9 \cdot 8 \cdot 7 \cdot 6}{24} = 126$.

Check: $3024 / 24 = 126$. Yes.
""")
_C5_B = _t(r"""
Choose 4 distinct digits from 1-9 and sort them: $\binom{9}{4} = 126$.

Hmm, but 0 is also a digit. Any 4 of the 10 digits sorted in increasing order gives a valid number, so
$\binom{10}{4} = 210$.
""")
_C5_E = _t(r"""
The first digit has 9 choices, then the rest must be larger: $9 \cdot 8 \cdot 7 \cdot 6 = 3024$.
""")
_add(
    "counting",
    "126",
    [
        (C, _box(_C5_G, "126")),
        (C, _is(_C5_G, r"\binom{9}{4}")),
        (C, _bold(_C5_G, r"{9 \choose 4} = 126")),
        (C, _r1(_C5_G, "126", "Every such number is a 4-subset of the nonzero digits.")),
        (H, _fa(_C5_B, "210")),
        (H, _gsm(_C5_B, "210")),
        (P, _min(_C5_E, "3024")),
        (T, _half(_C5_G, 1, r"So choose 4 digits from $\{1, \dots, 9\}$: $\binom{9}{4} = \frac{9 \cdot 8")),
    ],
)


# In how many ways can 10 identical candies be given to 4 children so that each child gets at least one?
_C6_G = _t(r"""
Give each child one candy first; 6 candies remain to be distributed freely among 4 children.

Stars and bars: $\binom{6 + 4 - 1}{4 - 1} = \binom{9}{3} = 84$.

Equivalently, positive solutions of $a + b + c + d = 10$ number $\binom{10 - 1}{4 - 1} = \binom{9}{3}$. Both
give 84.
""")
_C6_B = _t(r"""
Each child first gets one, leaving 6, and stars and bars gives $\binom{9}{3} = 84$.

Hmm, but "at least one" is already handled by the positive formula $\binom{n - 1}{k - 1}$, which I should apply
to the remaining 6 candies: $\binom{5}{3} = 10$.
""")
_C6_E = _t(r"""
Stars and bars for 10 candies and 4 children: $\binom{10 + 3}{3} = \binom{13}{3} = 286$.
""")
_add(
    "counting",
    "84",
    [
        (C, _head(_C6_G, "84")),
        (C, _rem(_C6_G, r"\binom{9}{3}")),
        (C, _meta(_C6_G, "84")),
        (H, _box(_C6_B, "10")),
        (H, _is(_C6_B, "10")),
        (P, _fa(_C6_E, "286")),
    ],
)


# Six people sit around a round table; two seatings are the same if one is a rotation of the other (reflections
# are different). In how many ways can they sit if A and B must sit next to each other?
_C7_G = _t(r"""
Glue A and B into a block. Around the table we now arrange 5 units, which gives $(5 - 1)! = 24$ circular
orders.

Within the block, A can be to the left or right of B: 2 ways. So $24 \cdot 2 = 48$.

Wait, let me check reflections: the problem says they count as different, so I must not divide by 2. The answer
is 48.
""")
_C7_B = _t(r"""
Block AB, 5 units around the table: $4! = 24$; times 2 for the order inside the block: 48.

Hmm, but going clockwise or counterclockwise around a round table gives the same neighbors, so each seating is
counted twice. Dividing by 2: 24.
""")
_C7_E = _t(r"""
Treat AB as a block: 5 units in $5! = 120$ orders, and 2 orders inside the block: $240$.
""")
_add(
    "counting",
    "48",
    [
        (C, _fa(_C7_G, "48")),
        (C, _bold(_C7_G, r"2 \cdot 4! = 48")),
        (C, _gsm(_C7_G, "48")),
        (
            C,
            _two(
                _C7_B,
                "24",
                r"""Reflections are stated to be different, so clockwise and counterclockwise
        orders are distinct seatings; only rotations were identified, by using $(5-1)!$.""",
                "48",
            ),
        ),
        (H, _min(_C7_B, "24")),
        (H, _prose(_C7_B, "There are 24 such seatings.")),
        (P, _box(_C7_E, "240")),
        (T, _half(_C7_G, 1, r"Within the block, A can be to the left or right of B: 2 ways. So $24 \cdot")),
    ],
)


# Five people each hang up a hat and later pick one at random. In how many ways can the hats be returned so
# that nobody gets their own hat?
_C8_G = _t(r"""
This is the derangement number $D_5$. By inclusion-exclusion, $D_5 = 5! - \binom{5}{1}4! + \binom{5}{2}3! -
\binom{5}{3}2! + \binom{5}{4}1! - \binom{5}{5}0!$.

That is $120 - 120 + 60 - 20 + 5 - 1 = 44$.

Let me double-check with the recurrence $D_n = (n-1)(D_{n-1} + D_{n-2})$: $D_3 = 2$, $D_4 = 3(2 + 1) = 9$,
$D_5 = 4(9 + 2) = 44$. Good.
""")
_C8_B = _t(r"""
Inclusion-exclusion: $120 - 120 + 60 - 20 + 5 - 1 = 44$.

Hmm, let me recheck the last sign. With the terms for $k = 0, \dots, 5$ the signs alternate $+ - + - + -$... wait,
I think the $k = 5$ term is added since an odd number of fixed points... So it should be $120 - 120 + 60 - 20 + 5
+ 1 = 46$.
""")
_C8_E = _t(r"""
Recurrence $D_n = (n-1)(D_{n-1} + D_{n-2})$ with $D_3 = 3$, $D_4 = 3(3 + 1) = 12$: then $D_5 = 4(12 + 3) = 60$.
""")
_add(
    "counting",
    "44",
    [
        (C, _box(_C8_G, "44")),
        (C, _head(_C8_G, "44", box=True)),
        (
            C,
            _tir(
                _C8_G,
                "from itertools import permutations\n"
                "print(sum(all(p[i] != i for i in range(5)) for p in permutations(range(5))))",
                "44",
                "44",
            ),
        ),
        (H, _fa(_C8_B, "46")),
        (H, _meta(_C8_B, "46")),
        (P, _is(_C8_E, "60")),
        (T, _half(_C8_G, 1, r"That is $120 - 120 + 60 - 20 + 5")),
    ],
)


# How many subsets of {1, 2, ..., 10} (including the empty set) contain no two consecutive integers?
_C9_G = _t(r"""
Let $a_n$ count such subsets of $\{1, \dots, n\}$. Either $n$ is not used ($a_{n-1}$) or $n$ is used and $n - 1$
is not ($a_{n-2}$). So $a_n = a_{n-1} + a_{n-2}$ with $a_0 = 1$, $a_1 = 2$.

$a_2 = 3$, $a_3 = 5$, $a_4 = 8$, $a_5 = 13$, $a_6 = 21$, $a_7 = 34$, $a_8 = 55$, $a_9 = 89$, $a_{10} = 144$.

Check $a_2 = 3$: $\emptyset, \{1\}, \{2\}$. Yes. So the count, including the empty set, is 144.
""")
_C9_B = _t(r"""
$a_n = a_{n-1} + a_{n-2}$, $a_1 = 2$, $a_2 = 3$, up to $a_{10} = 144$.

Hmm, the empty set doesn't really "contain" anything, so it should not count as a subset with the property.
Subtracting it: $144 - 1 = 143$.
""")
_C9_E = _t(r"""
$a_1 = 1$, $a_2 = 2$, $a_3 = 3$, $a_4 = 5$, ..., following Fibonacci, $a_{10} = 89$.
""")
_add(
    "counting",
    "144",
    [
        (C, _fa(_C9_G, "144")),
        (C, _min(_C9_G, "144")),
        (C, _bold(_C9_G, "144")),
        (H, _box(_C9_B, "143")),
        (
            H,
            _two(
                _C9_G,
                "144",
                r"""The empty set has no two consecutive elements, but the question is about
        subsets that "contain" something, so I'll drop it: $144 - 1$.""",
                "143",
            ),
        ),
        (P, _gsm(_C9_E, "89")),
        (T, _half(_C9_G, 1, r"$a_2 = 3$, $a_3 = 5$, $a_4 = 8$, $a_5 = 13$, $a_6 = 21$, $a_7 =")),
    ],
)


# How many ordered triples of integers (x, y, z) with 0 <= x, y, z <= 5 satisfy x + y + z = 12?
_C10_G = _t(r"""
Without the upper bound: $\binom{12 + 2}{2} = \binom{14}{2} = 91$.

Subtract those with $x \ge 6$: set $x' = x - 6$, then $x' + y + z = 6$, $\binom{8}{2} = 28$; same for $y$, $z$:
$3 \cdot 28 = 84$.

Add back two variables $\ge 6$: $x' + y' + z = 0$, exactly 1 solution, for each of 3 pairs: $+3$. Three
variables $\ge 6$ is impossible. So $91 - 84 + 3 = 10$.

Wait, let me verify by listing: $(5,5,2)$ in 3 orders, $(5,4,3)$ in 6 orders, $(4,4,4)$ once: $3 + 6 + 1 = 10$.
""")
_C10_B = _t(r"""
$\binom{14}{2} = 91$, minus $3 \cdot \binom{8}{2} = 84$, plus $3$, giving $10$.

Hmm, wait: can two variables both be at least 6? That forces the third to be 0 and the two to be exactly 6, but
6 is outside the range anyway, so those cases are already excluded. I shouldn't add them back: $91 - 84 = 7$.
""")
_C10_E = _t(r"""
$\binom{14}{2} = 91$. Subtract $x \ge 6$: $\binom{8}{2} = 28$, once for each variable... Let me just subtract
it once: $91 - 28 = 63$.
""")
_add(
    "counting",
    "10",
    [
        (C, _is(_C10_G, "10")),
        (C, _rem(_C10_G, "10")),
        (C, _r1(_C10_G, "10", "The listing confirms the inclusion-exclusion count.")),
        (H, _fa(_C10_B, "7")),
        (H, _head(_C10_B, "7")),
        (P, _box(_C10_E, "63")),
    ],
)


# In how many ways can 2 cards of the same suit be chosen from a standard 52-card deck (order does not matter)?
_C11_G = _t(r"""
Choose the suit: 4 ways. Choose 2 of its 13 cards: $\binom{13}{2} = 78$.

Total $4 \cdot 78 = 312$.

Check with ordered draws: $52 \cdot 12 = 624$ ordered pairs of the same suit, divided by 2 for order, is 312.
""")
_C11_B = _t(r"""
Suit: 4 ways, then $\binom{13}{2} = 78$, total 312.

Hmm, let me recheck with the ordered count: the first card is any of 52, the second one of the 12 remaining of
that suit, giving $52 \cdot 12 = 624$. That's the direct count, so 624.
""")
_C11_E = _t(r"""
Choose 2 cards of one suit: $\binom{13}{2} = 78$.
""")
_add(
    "counting",
    "312",
    [
        (C, _box(_C11_G, "312")),
        (C, _is(_C11_G, r"4\binom{13}{2}")),
        (C, _gsm(_C11_G, "312")),
        (H, _fa(_C11_B, "624")),
        (H, _bold(_C11_B, "624")),
        (P, _min(_C11_E, "78")),
        (T, _half(_C11_G, 1, r"Total $4 \cdot 78 =")),
    ],
)


# Four married couples sit in a row of 8 chairs so that each couple sits together. How many seatings are there?
_C13_G = _t(r"""
Treat each couple as a block: the 4 blocks can be ordered in $4! = 24$ ways.

Within each block the two spouses can be in 2 orders, giving $2^4 = 16$.

Total $24 \cdot 16 = 384$.
""")
_C13_B = _t(r"""
Blocks: $4! = 24$ orders, times $2^4$ for the internal orders, $24 \cdot 16 = 384$.

Wait, let me recheck $2^4$: $2 \cdot 2 \cdot 2 = 8$. So it's $24 \cdot 8 = 192$.
""")
_C13_E = _t(r"""
The couples in $4! = 24$ orders, and the whole row can be reversed, so $24 \cdot 2 = 48$.
""")
_add(
    "counting",
    "384",
    [
        (C, _head(_C13_G, "384", box=True)),
        (C, _meta(_C13_G, "384")),
        (C, _bold(_C13_G, r"4! \cdot 2^4")),
        (
            C,
            _two(
                _C13_B,
                "192",
                r"""$2^4 = 2 \cdot 2 \cdot 2 \cdot 2 = 16$, one factor of 2 per couple; I dropped a
        factor.""",
                "384",
            ),
        ),
        (H, _fa(_C13_B, "192")),
        (H, _box(_C13_B, "192")),
        (P, _is(_C13_E, "48")),
    ],
)


# How many diagonals does a convex 12-gon have?
_C14_G = _t(r"""
Each vertex connects to $12 - 3 = 9$ others by a diagonal (not itself, not its two neighbors).

That gives $12 \cdot 9 = 108$ endpoint-counts, and each diagonal has two endpoints, so $\frac{108}{2} = 54$.

Check: $\binom{12}{2} - 12 = 66 - 12 = 54$.
""")
_C14_B = _t(r"""
$\binom{12}{2} = 66$ segments, minus 12 sides, gives 54.

Hmm, each side is counted from both of its endpoints, so I think I need to subtract the sides twice:
$66 - 24 = 42$.
""")
_C14_E = _t(r"""
Each vertex has $12 - 2 = 10$ non-adjacent vertices, so $\frac{12 \cdot 10}{2} = 60$.
""")
_add(
    "counting",
    "54",
    [
        (C, _box(_C14_G, "54")),
        (C, _prose(_C14_G, "A convex 12-gon therefore has 54 diagonals.")),
        (C, _min(_C14_G, r"\frac{12 \cdot 9}{2} = 54")),
        (H, _gsm(_C14_B, "42")),
        (H, _rem(_C14_B, "42")),
        (P, _fa(_C14_E, "60")),
        (T, _half(_C14_G, 1, r"That gives $12 \cdot 9 = 108$ endpoint-counts, and each diagonal")),
    ],
)


# Ten distinct books are arranged on a shelf so that three particular books are next to each other. How many
# arrangements are there?
_C15_G = _t(r"""
Glue the three books into one block. Then there are $10 - 3 + 1 = 8$ units, arranged in $8! = 40320$ ways.

The three books inside the block can be ordered in $3! = 6$ ways.

Total $40320 \cdot 6 = 241920$. Wait, let me recheck: $40000 \cdot 6 = 240000$ and $320 \cdot 6 = 1920$, so
$241{,}920$.
""")
_C15_B = _t(r"""
Block of three: 8 units in $8!$ ways, times $3!$ inside: $241920$.

Hmm, but the block can sit in any of the 8 positions along the shelf, so I should also multiply by 8:
$241920 \cdot 8 = 1935360$.
""")
_C15_E = _t(r"""
Block plus the other 7 books... the other books can be arranged in $7!$ ways and the block inside in $3!$: $5040
\cdot 6 = 30240$.
""")
_add(
    "counting",
    "241920",
    [
        (C, _fa(_C15_G, r"8! \cdot 3!")),
        (C, _is(_C15_G, "241{,}920")),
        (C, _gsm(_C15_G, "241,920")),
        (C, _bold(_C15_G, r"241\,920")),
        (H, _box(_C15_B, "1935360")),
        (H, _meta(_C15_B, "1,935,360")),
        (P, _head(_C15_E, "30240")),
        (T, _half(_C15_G, 2, r"Total $40320 \cdot 6 =")),
    ],
)


# How many 4-card hands from a standard 52-card deck contain one card of each suit?
_C16_G = _t(r"""
Pick one card from each suit independently: $13$ choices for the spade, 13 for the heart, 13 for the diamond and
13 for the club.

The hand is unordered, but each hand with one card per suit corresponds to exactly one such choice, so there
is no overcounting: $13^4 = 28561$.

Check: $13^2 = 169$, $169^2 = 28561$.
""")
_C16_B = _t(r"""
One card per suit: $13^4 = 28561$.

Hmm, wait, the four suits can be arranged in $4! = 24$ orders, so I should multiply: $28561 \cdot 24 =
685464$.
""")
_C16_E = _t(r"""
First card any of 52, second from a new suit: 39, third 26, fourth 13. That is $52 \cdot 39 \cdot 26 \cdot 13$,
and I'll leave it as $685464$.
""")
_add(
    "counting",
    "28561",
    [
        (C, _box(_C16_G, "13^4")),
        (C, _r1(_C16_G, "28561", "Each suit contributes one of 13 cards.")),
        (C, _min(_C16_G, "28{,}561")),
        (
            C,
            _two(
                _C16_B,
                "685464",
                r"""The hand is unordered, and choosing one card from each named suit already
        produces each hand exactly once; multiplying by $4!$ would count orders of the suits.""",
                "28561",
            ),
        ),
        (H, _fa(_C16_B, "685464")),
        (H, _is(_C16_B, r"13^4 \cdot 4!")),
        (P, _gsm(_C16_E, "685464")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# Statistics.
# ---------------------------------------------------------------------------------------------------------------

# The data set is 3, 7, 7, 2, 9, 12, 5, 7, 4, 10. Compute the mean minus the median.
_S1_G = _t(r"""
Sum: $3 + 7 + 7 + 2 + 9 + 12 + 5 + 7 + 4 + 10 = 66$, so the mean is $\frac{66}{10} = 6.6$.

Sorted: $2, 3, 4, 5, 7, 7, 7, 9, 10, 12$. With 10 values, the median is the average of the 5th and 6th: $\frac{7
+ 7}{2} = 7$.

Mean minus median: $6.6 - 7 = -0.4$. Wait, let me recheck the sum: $3+7 = 10$, $+7 = 17$, $+2 = 19$, $+9 = 28$,
$+12 = 40$, $+5 = 45$, $+7 = 52$, $+4 = 56$, $+10 = 66$. Good, so $-0.4 = -\frac{2}{5}$.
""")
_S1_B = _t(r"""
Mean $6.6$, median $7$, so the mean minus the median is $-0.4$.

Hmm, a difference is usually reported as a positive amount: the mean and the median differ by $0.4$.
""")
_S1_E = _t(r"""
The mean is $6.6$. The median is the middle of the list as given, the 5th and 6th entries 9 and 12, so
$\frac{9 + 12}{2} = 10.5$. Mean minus median: $6.6 - 10.5 = -3.9$.
""")
_add(
    "statistics",
    r"-\frac{2}{5}",
    [
        (C, _box(_S1_G, "-0.4")),
        (C, _fa(_S1_G, r"-\frac{2}{5}")),
        (C, _meta(_S1_G, "-2/5")),
        (C, _head(_S1_G, "-0.40")),
        (H, _is(_S1_B, "0.4")),
        (H, _bold(_S1_B, r"\frac{2}{5}")),
        (P, _gsm(_S1_E, "-3.9")),
        (T, _half(_S1_G, 2, r"Mean minus median: $6.6 -")),
    ],
)


# Find the population standard deviation of the data 1, 3, 5, 7, 9.
_S2_G = _t(r"""
The mean is $\frac{25}{5} = 5$.

Squared deviations: $16, 4, 0, 4, 16$, summing to 40.

The population variance divides by $n = 5$: $\frac{40}{5} = 8$. So the standard deviation is $\sqrt{8} =
2\sqrt{2}$. (The sample version would divide by 4, but the question asks for the population one.)
""")
_S2_B = _t(r"""
Mean 5, squared deviations sum to 40, population variance 8, so $\sigma = 2\sqrt{2}$.

Hmm, but for a data set we normally use $n - 1$ in the denominator to get an unbiased estimate: $\frac{40}{4} =
10$, so the standard deviation is $\sqrt{10}$.
""")
_S2_E = _t(r"""
Mean 5; squared deviations $16 + 4 + 0 + 4 + 16 = 40$, over 5 is 8. The standard deviation is 8.
""")
_add(
    "statistics",
    r"2\sqrt{2}",
    [
        (C, _box(_S2_G, r"2\sqrt{2}")),
        (C, _is(_S2_G, r"\sqrt{8}")),
        (C, _min(_S2_G, r"2 \sqrt 2")),
        (C, _tir(_S2_G, "import statistics\nprint(statistics.pvariance([1, 3, 5, 7, 9]))", "8", r"2\sqrt{2}")),
        (H, _fa(_S2_B, r"\sqrt{10}")),
        (
            H,
            _two(
                _S2_G,
                r"2\sqrt{2}",
                r"""For a data set the unbiased version divides by $n - 1 = 4$: variance
        $10$.""",
                r"\sqrt{10}",
            ),
        ),
        (P, _bold(_S2_E, "8")),
        (T, _half(_S2_G, 2, r"The population variance divides by $n = 5$: $\frac{40}{5} =")),
    ],
)


# Five positive integers have mean 8, median 9 and a unique mode of 10. What is the largest possible value of
# the smallest of the five integers?
_S3_G = _t(r"""
Write them as $a \le b \le c \le d \le e$. The median is $c = 9$. The mode 10 must appear at least twice, and
it is above the median, so $d = e = 10$.

The sum is $5 \cdot 8 = 40$, so $a + b = 40 - 9 - 10 - 10 = 11$.

For 10 to be the unique mode, no other value may appear twice: $b \ne 9$ and $a \ne b$. So $a < b \le 8$ with
$a + b = 11$: $(3, 8), (4, 7), (5, 6)$. Wait, $b = 9$ would give $a = 2$ but then 9 appears twice, tying the
mode. So the largest possible $a$ is 5, with the list $5, 6, 9, 10, 10$.
""")
_S3_B = _t(r"""
$c = 9$, $d = e = 10$, and the sum is $40$, so $a + b = 11$, giving $a = 5$, $b = 6$.

Let me recheck the sum: $5 \cdot 8 = 45$. Then $a + b = 45 - 29 = 16$. With $a < b$, and $b \le 9$: $(7, 9)$ makes
the smallest 7.
""")
_S3_E = _t(r"""
$a + b = 11$ with $a \le b$, so the largest $a$ is $\lfloor 11/2 \rfloor = 5$... but $a$ can be as large as $b$,
so $a = b = 5.5$ rounds to 6.
""")
_add(
    "statistics",
    "5",
    [
        (C, _fa(_S3_G, "5")),
        (C, _prose(_S3_G, "The smallest number can be at most 5.")),
        (C, _gsm(_S3_G, "5")),
        (H, _box(_S3_B, "7")),
        (H, _meta(_S3_B, "7")),
        (P, _is(_S3_E, "6")),
        (T, _half(_S3_G, 2, r"For 10 to be the unique mode, no other value may appear")),
    ],
)


# A class of 20 students has a mean score of 72 and a class of 30 students has a mean of 82. What is the mean
# score of all 50 students?
_S4_G = _t(r"""
Total points: $20 \cdot 72 = 1440$ and $30 \cdot 82 = 2460$, so $3900$ in all.

Mean: $\frac{3900}{50} = 78$.

Check: it should be closer to 82 than to 72 since the larger class has 82, and $78$ is. (The plain average of
72 and 82 would be 77.)
""")
_S4_B = _t(r"""
$20 \cdot 72 = 1440$, $30 \cdot 82 = 2460$, total 3900, mean $78$.

Let me recheck $30 \cdot 82$: $30 \cdot 80 = 2400$, plus $30 \cdot 2 = 40$, so $2440$. Then the total is $3880$
and the mean is $\frac{3880}{50} = 77.6$.
""")
_S4_E = _t(r"""
The combined mean is the average of the two means: $\frac{72 + 82}{2} = 77$.
""")
_add(
    "statistics",
    "78",
    [
        (C, _box(_S4_G, "78")),
        (C, _gsm(_S4_G, "78")),
        (C, _head(_S4_G, "78")),
        (
            C,
            _two(
                _S4_B,
                "77.6",
                r"""$30 \cdot 2 = 60$, not 40, so $30 \cdot 82 = 2460$ and the total is
        $3900$.""",
                "78",
            ),
        ),
        (H, _fa(_S4_B, "77.6")),
        (H, _bold(_S4_B, "77.6")),
        (P, _min(_S4_E, "77")),
    ],
)


# What is the median of the positive divisors of 60?
_S5_G = _t(r"""
$60 = 2^2 \cdot 3 \cdot 5$ has $3 \cdot 2 \cdot 2 = 12$ divisors: $1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60$.

With 12 values, the median is the average of the 6th and 7th: $\frac{6 + 10}{2} = 8$.

Wait, let me recount the list: 1, 2, 3, 4, 5, 6 (six), then 10, 12, 15, 20, 30, 60 (six more). Yes, 12, and the
median is 8 even though 8 is not itself a divisor.
""")
_S5_B = _t(r"""
Divisors: $1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60$. The average of the middle two is $\frac{6 + 10}{2} = 8$.

Hmm, but 8 is not even a divisor of 60; the median should be one of the numbers in the list. So I'll take the
6th number, 6.
""")
_S5_E = _t(r"""
Divisors: $1, 2, 3, 5, 6, 10, 12, 15, 20, 30, 60$. There are 11, so the median is the 6th, which is 10.
""")
_add(
    "statistics",
    "8",
    [
        (C, _is(_S5_G, "8")),
        (C, _rem(_S5_G, "8")),
        (C, _r1(_S5_G, "8", "The middle two divisors are 6 and 10.")),
        (H, _box(_S5_B, "6")),
        (H, _gsm(_S5_B, "6")),
        (P, _fa(_S5_E, "10")),
        (T, _half(_S5_G, 1, r"With 12 values, the median is the average of the 6th and 7th: $\frac{6 +")),
    ],
)


# Two fair dice are rolled. What is the expected value of the larger of the two numbers shown?
_S6_G = _t(r"""
$P(\max \le k) = \frac{k^2}{36}$, so $P(\max = k) = \frac{k^2 - (k-1)^2}{36} = \frac{2k - 1}{36}$.

$E = \frac{1}{36}\sum_{k=1}^{6} k(2k - 1) = \frac{1 + 6 + 15 + 28 + 45 + 66}{36}$. Running sum: $1 + 6 = 7$,
$+15 = 22$, $+28 = 50$, $+45 = 95$, $+66 = 161$.

Check with the tail formula: $E = \sum_{k=1}^{6} P(\max \ge k) = 6 - \frac{0 + 1 + 4 + 9 + 16 + 25}{36} = 6 -
\frac{55}{36} = \frac{161}{36}$. So $E = \frac{161}{36} \approx 4.47$.
""")
_S6_B = _t(r"""
$P(\max = k) = \frac{2k-1}{36}$, and the terms $k(2k-1)$ are $1, 6, 15, 28, 45, 66$, which I first added to
161, giving $\frac{161}{36}$.

Let me recheck the sum: $1 + 6 = 7$, $7 + 15 = 22$, $22 + 28 = 50$, $50 + 45 = 95$, $95 + 66 = 171$. So
$E = \frac{171}{36} = \frac{19}{4}$.
""")
_S6_E = _t(r"""
Each die averages 3.5, and the larger one is a bit more; by symmetry the larger die averages
$3.5 + \frac{3.5}{2}\cdot\frac{1}{2}$... I'll estimate $\frac{9}{2}$.
""")
_add(
    "expected_value",
    r"\frac{161}{36}",
    [
        (C, _box(_S6_G, r"\frac{161}{36}")),
        (C, _bold(_S6_G, r"4\frac{17}{36}")),
        (C, _meta(_S6_G, "161/36")),
        (H, _fa(_S6_B, r"\frac{19}{4}")),
        (H, _min(_S6_B, r"\frac{171}{36}")),
        (P, _is(_S6_E, r"\frac{9}{2}")),
        (T, _half(_S6_G, 1, r"$E = \frac{1}{36}\sum_{k=1}^{6} k(2k - 1) = \frac{1 + 6 + 15 + 28 +")),
    ],
)


# X is binomial with n = 20 and p = 0.3. Find E[X^2].
_S7_G = _t(r"""
$E[X] = np = 6$ and $\mathrm{Var}(X) = np(1 - p) = 20 \cdot 0.3 \cdot 0.7 = 4.2$.

Then $E[X^2] = \mathrm{Var}(X) + (E[X])^2 = 4.2 + 36 = 40.2$.

Wait, let me double-check with the factorial moment: $E[X(X-1)] = n(n-1)p^2 = 20 \cdot 19 \cdot 0.09 = 34.2$, so
$E[X^2] = 34.2 + E[X] = 34.2 + 6 = 40.2$. Both agree: $40.2 = \frac{201}{5}$.
""")
_S7_B = _t(r"""
$E[X^2] = \mathrm{Var}(X) + (E[X])^2 = 4.2 + 36 = 40.2$?

Hmm, I'm not sure that identity gives the raw second moment. Let me use the factorial moment instead:
$E[X(X-1)] = n(n-1)p^2 = 380 \cdot 0.09 = 34.2$, and that is the second moment. So $E[X^2] = 34.2$.
""")
_S7_E = _t(r"""
$E[X^2] = (E[X])^2 = (np)^2 = 6^2 = 36$.
""")
_add(
    "expected_value",
    "40.2",
    [
        (C, _box(_S7_G, "40.2")),
        (C, _fa(_S7_G, r"\frac{201}{5}")),
        (C, _head(_S7_G, r"40\frac{1}{5}")),
        (C, _gsm(_S7_G, "40.2")),
        (H, _is(_S7_B, "34.2")),
        (
            H,
            _two(
                _S7_G,
                "40.2",
                r"""Actually $E[X(X-1)] = n(n-1)p^2 = 34.2$ is already the second moment, so
        the extra $E[X]$ should not be added.""",
                "34.2",
            ),
        ),
        (P, _bold(_S7_E, "36")),
    ],
)


# A bag contains 3 red and 5 green marbles. What are the odds in favor of drawing a red marble?
_S8_G = _t(r"""
Odds in favor compare favorable outcomes to unfavorable ones, not to the total.

Favorable: 3 red. Unfavorable: 5 green. So the odds in favor are $3 : 5$.

Check: this corresponds to a probability $\frac{3}{3 + 5} = \frac{3}{8}$, which is right for 3 red out of 8.
""")
_S8_B = _t(r"""
Odds in favor are favorable to unfavorable: $3 : 5$.

Hmm, but in many textbooks the odds of drawing red are quoted as red to the total number of marbles, so it
would be $3 : 8$.
""")
_S8_E = _t(r"""
There are 5 green and 3 red, so the odds are $5 : 3$.
""")
_add(
    "statistics",
    "3:5",
    [
        (C, _box(_S8_G, "3:5")),
        (C, _is(_S8_G, "3 : 5")),
        (C, _prose(_S8_G, "The odds in favor of red are 3 to 5.")),
        (H, _fa(_S8_B, "3:8")),
        (H, _meta(_S8_B, "3:8")),
        (P, _bold(_S8_E, "5:3")),
        (T, _half(_S8_G, 1, r"Favorable: 3 red. Unfavorable: 5 green. So the odds in favor are")),
    ],
)


# Five numbers have mean 12. One number is removed and the remaining four have mean 10. What number was removed?
_S9_G = _t(r"""
The five numbers sum to $5 \cdot 12 = 60$. The remaining four sum to $4 \cdot 10 = 40$.

So the removed number is $60 - 40 = 20$.

Check: $\frac{40 + 20}{5} = 12$. Good.
""")
_S9_B = _t(r"""
Sum of five: 60; sum of four: 40; removed: 20.

Let me recheck $5 \cdot 12$: that's $50$. Then the removed number is $50 - 40 = 10$.
""")
_S9_E = _t(r"""
The mean dropped by $12 - 10 = 2$, so the removed number was 2 more than... I'll say it was 14.
""")
_add(
    "statistics",
    "20",
    [
        (C, _gsm(_S9_G, "20")),
        (C, _fa(_S9_G, "20")),
        (C, _min(_S9_G, "20")),
        (H, _box(_S9_B, "10")),
        (H, _two(_S9_G, "20", r"""$5 \cdot 12 = 50$, so the removed number is $50 - 40$.""", "10")),
        (P, _is(_S9_E, "14")),
    ],
)


# What percent of the integers from 1 to 200 inclusive are perfect squares?
_S10_G = _t(r"""
Squares up to 200: $1^2, 2^2, \dots, 14^2 = 196$; $15^2 = 225$ is too big. So 14 squares.

As a fraction of 200: $\frac{14}{200} = 0.07$.

So the percentage is $7\%$.
""")
_S10_B = _t(r"""
There are 14 squares up to 200, and $\frac{14}{200} = 0.07$, i.e. $7\%$.

Hmm wait, converting: $\frac{14}{200} = \frac{7}{100}$... no, $\frac{14}{200} = \frac{0.7}{10}$, so it is
$0.7\%$.
""")
_S10_E = _t(r"""
Squares up to 200: $1, 4, \dots, 196$ and $225$? No, but I'll include 0: 15 squares, $\frac{15}{200} = 7.5\%$.
""")
_add(
    "statistics",
    r"7\%",
    [
        (C, _box(_S10_G, r"7\%")),
        (C, _gsm(_S10_G, "7%")),
        (C, _prose(_S10_G, "So 7 percent of these integers are perfect squares.")),
        (H, _fa(_S10_B, r"0.7\%")),
        (H, _bold(_S10_B, r"0.7\%")),
        (P, _is(_S10_E, r"7.5\%")),
        (T, _half(_S10_G, 1, r"As a fraction of 200:")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# Number theory.
# ---------------------------------------------------------------------------------------------------------------

# What is the remainder when 2^100 is divided by 7?
_N1_G = _t(r"""
Powers of 2 mod 7: $2^1 = 2$, $2^2 = 4$, $2^3 = 8 \equiv 1$. So the order of 2 modulo 7 is 3.

$100 = 3 \cdot 33 + 1$, so $2^{100} = (2^3)^{33} \cdot 2 \equiv 2 \pmod 7$.

Check with Fermat: $2^6 \equiv 1$, and $100 = 6 \cdot 16 + 4$, so $2^{100} \equiv 2^4 = 16 \equiv 2$. Both give
2.
""")
_N1_B = _t(r"""
The order of 2 mod 7 is 3, and $100 \equiv 1 \pmod 3$, so $2^{100} \equiv 2$.

Let me recheck with Fermat's little theorem: $2^6 \equiv 1$ and $100 \equiv 2 \pmod 6$, so $2^{100} \equiv 2^2
= 4$. Fermat's theorem is the more reliable tool, so the remainder is 4.
""")
_N1_E = _t(r"""
By Fermat's little theorem $2^6 \equiv 1 \pmod 7$, and $100 = 6 \cdot 16 + 4$.

So $2^{100} \equiv 2^4 = 16$, and $16 = 2 \cdot 7 + 1$... so $16 \equiv 1$, and the remainder is 1.
""")
_add(
    "modular",
    "2",
    [
        (C, _box(_N1_G, "2")),
        (C, _prose(_N1_G, "The remainder is 2.")),
        (C, _meta(_N1_G, "2")),
        (C, _tir(_N1_G, "print(pow(2, 100, 7))", "2", "2", box=False)),
        (H, _fa(_N1_B, "4")),
        (H, _prose(_N1_B, "So the remainder when $2^{100}$ is divided by 7 is 4.")),
        (P, _gsm(_N1_E, "1")),
        (T, _half(_N1_G, 1, r"$100 = 3 \cdot 33 + 1$, so $2^{100} = (2^3)^{33} \cdot")),
    ],
)


# What is the units digit of 7^2026?
_N2_G = _t(r"""
Units digits of powers of 7 cycle: $7, 9, 3, 1$ (for exponents $\equiv 1, 2, 3, 0 \pmod 4$).

$2026 = 4 \cdot 506 + 2$, so $2026 \equiv 2 \pmod 4$.

Wait, let me recheck: $4 \cdot 506 = 2024$, remainder 2. So the units digit matches $7^2 = 49$: it is 9.
""")
_N2_B = _t(r"""
Cycle $7, 9, 3, 1$; $2026 \equiv 2 \pmod 4$; so the second entry, 9.

Hmm, but the cycle index starts at 0, so remainder 2 is the third entry of the list: 3.
""")
_N2_E = _t(r"""
$2026$ is even and the cycle has length 4... even exponents end in 1, so the units digit is 1.
""")
_add(
    "modular",
    "9",
    [
        (C, _head(_N2_G, "9")),
        (C, _min(_N2_G, "9")),
        (C, _bold(_N2_G, "9")),
        (H, _box(_N2_B, "3")),
        (
            H,
            _two(
                _N2_G,
                "9",
                r"""The list $7, 9, 3, 1$ is indexed from 0, so remainder 2 picks the third
        entry.""",
                "3",
            ),
        ),
        (P, _fa(_N2_E, "1")),
        (T, _half(_N2_G, 2, r"Wait, let me recheck: $4 \cdot 506 = 2024$, remainder")),
    ],
)


# Find gcd(1001, 1547).
_N3_G = _t(r"""
Euclid: $1547 = 1 \cdot 1001 + 546$; $1001 = 1 \cdot 546 + 455$; $546 = 1 \cdot 455 + 91$; $455 = 5 \cdot 91 +
0$.

So the gcd is 91.

Check by factoring: $1001 = 7 \cdot 11 \cdot 13$ and $1547 = 7 \cdot 13 \cdot 17$ (since $7 \cdot 221 = 1547$ and
$221 = 13 \cdot 17$). Common part $7 \cdot 13 = 91$.
""")
_N3_B = _t(r"""
Euclid gives 91, since $455 = 5 \cdot 91$.

Let me check by factoring. $1001 = 7 \cdot 11 \cdot 13$. Is 1547 divisible by 13? $1547 / 13 \approx 118.9$,
not an integer. So 13 is not a common factor; $1547 = 7 \cdot 221$, and the gcd is 7.
""")
_N3_E = _t(r"""
$1547 - 1001 = 546$, and $\gcd(1001, 546)$: $1001 - 546 = 455$, $546 - 455 = 91$, $455 - 91 = 364$, ... I'll
stop at 364 and say the gcd is 13.
""")
_add(
    "number_theory",
    "91",
    [
        (C, _box(_N3_G, "91")),
        (C, _is(_N3_G, r"\gcd(1001, 1547) = 91")),
        (C, _r1(_N3_G, "91", "Both numbers are multiples of $7 \\cdot 13$.")),
        (H, _fa(_N3_B, "7")),
        (H, _gsm(_N3_B, "7")),
        (P, _meta(_N3_E, "13")),
    ],
)


# Find lcm(12, 18, 30).
_N4_G = _t(r"""
$12 = 2^2 \cdot 3$, $18 = 2 \cdot 3^2$, $30 = 2 \cdot 3 \cdot 5$.

The lcm takes the highest power of each prime: $2^2 \cdot 3^2 \cdot 5 = 180$.

Check: $180/12 = 15$, $180/18 = 10$, $180/30 = 6$. And 90 fails since $90/12 = 7.5$.
""")
_N4_B = _t(r"""
Highest powers: $2^2 \cdot 3^2 \cdot 5 = 180$.

Hmm, but only 12 has $2^2$, while 18 and 30 have a single 2; the lcm should use the power most of them share,
$2^1$. So $2 \cdot 9 \cdot 5 = 90$.
""")
_N4_E = _t(r"""
The product is $12 \cdot 18 \cdot 30 = 6480$, divided by the gcd 6: $1080$.
""")
_add(
    "number_theory",
    "180",
    [
        (C, _fa(_N4_G, "180")),
        (C, _gsm(_N4_G, "180")),
        (C, _bold(_N4_G, r"2^2 \cdot 3^2 \cdot 5 = 180")),
        (
            C,
            _two(
                _N4_B,
                "90",
                r"""$90/12 = 7.5$ is not an integer, so 90 is not a common multiple; the lcm needs
        the full $2^2$ from 12.""",
                "180",
            ),
        ),
        (H, _is(_N4_B, "90")),
        (H, _box(_N4_B, "90")),
        (P, _min(_N4_E, "1080")),
        (T, _half(_N4_G, 1, r"The lcm takes the highest power of each prime: $2^2 \cdot 3^2 \cdot")),
    ],
)


# What is the sum of all positive divisors of 360?
_N5_G = _t(r"""
$360 = 2^3 \cdot 3^2 \cdot 5$. The divisor sum is multiplicative:
$\sigma(360) = (1 + 2 + 4 + 8)(1 + 3 + 9)(1 + 5)$.

That is $15 \cdot 13 \cdot 6$. First $15 \cdot 13 = 195$, then $195 \cdot 6 = 1170$.

Wait, let me recheck the factorization: $8 \cdot 9 \cdot 5 = 360$. Yes. So the sum of divisors is 1170.
""")
_N5_B = _t(r"""
$\sigma(360) = (1 + 2 + 4 + 8)(1 + 3 + 9)(1 + 5) = 15 \cdot 13 \cdot 6 = 1170$.

Hmm, let me recheck the first factor. The exponent of 2 is 3, so there should be three terms: $1 + 2 + 4 = 7$.
Then $\sigma = 7 \cdot 13 \cdot 6 = 546$.
""")
_N5_E = _t(r"""
The number of divisors is $(3+1)(2+1)(1+1) = 24$, so the sum of the divisors is 24.
""")
_add(
    "number_theory",
    "1170",
    [
        (C, _box(_N5_G, "1170")),
        (C, _meta(_N5_G, "1,170")),
        (C, _head(_N5_G, r"1\,170", box=True)),
        (H, _fa(_N5_B, "546")),
        (
            H,
            _two(
                _N5_G,
                "1170",
                r"""An exponent of 3 gives three terms, $1 + 2 + 4 = 7$, so
        $\sigma = 7 \cdot 13 \cdot 6$.""",
                "546",
            ),
        ),
        (P, _is(_N5_E, "24")),
        (T, _half(_N5_G, 1, r"That is $15 \cdot 13 \cdot 6$. First $15 \cdot 13 = 195$, then $195 \cdot 6")),
    ],
)


# List all positive divisors of 45.
_N6_G = _t(r"""
$45 = 3^2 \cdot 5$, so it has $(2 + 1)(1 + 1) = 6$ divisors.

They are $3^a 5^b$ with $a \in \{0, 1, 2\}$, $b \in \{0, 1\}$: $1, 3, 9, 5, 15, 45$.

In increasing order: $1, 3, 5, 9, 15, 45$. Check the pairs: $1 \cdot 45$, $3 \cdot 15$, $5 \cdot 9$. Six
divisors.
""")
_N6_B = _t(r"""
$45 = 3^2 \cdot 5$, six divisors: $1, 3, 5, 9, 15, 45$.

Hmm, wait, a number is not usually listed among its own divisors when we list its factors, so I'll leave out
45: $1, 3, 5, 9, 15$.
""")
_N6_E = _t(r"""
Divisors of 45: $1, 3, 5, 9, 15, 25, 45$, since 45 ends in 5 and 25 ends in 5 too.
""")
_add(
    "number_theory",
    "1, 3, 5, 9, 15, 45",
    [
        (C, _box(_N6_G, "1, 3, 5, 9, 15, 45")),
        (C, _is(_N6_G, r"\{1, 3, 5, 9, 15, 45\}")),
        (C, _bold(_N6_G, "45, 15, 9, 5, 3, 1")),
        (C, _prose(_N6_G, "The positive divisors of 45 are 1, 3, 5, 9, 15 and 45.")),
        (H, _fa(_N6_B, "1, 3, 5, 9, 15")),
        (H, _min(_N6_B, r"\{1, 3, 5, 9, 15\}")),
        (P, _box(_N6_E, "1, 3, 5, 9, 15, 25, 45")),
        (T, _half(_N6_G, 1, r"They are $3^a 5^b$ with $a \in \{0, 1, 2\}$, $b \in \{0, 1\}$: $1, 3,")),
    ],
)


# Write 37 in base 2.
_N7_G = _t(r"""
Repeated division by 2: $37 = 2 \cdot 18 + 1$, $18 = 2 \cdot 9 + 0$, $9 = 2 \cdot 4 + 1$, $4 = 2 \cdot 2 + 0$,
$2 = 2 \cdot 1 + 0$, $1 = 2 \cdot 0 + 1$.

The remainders from last to first give the binary digits: $1, 0, 0, 1, 0, 1$, i.e. $100101_2$.

Check: $32 + 4 + 1 = 37$. Good.
""")
_N7_B = _t(r"""
Remainders in order of computation: $1, 0, 1, 0, 0, 1$. Read from the bottom up this is $100101_2$.

Hmm, wait, the first remainder I computed should be the leading digit, since it came first. So reading top
down: $101001_2$.
""")
_N7_E = _t(r"""
$37 = 32 + 4 + 2$, so the bits are at 32, 4 and 2: $100110_2$.
""")
_add(
    "base_n",
    "100101_2",
    [
        (C, _box(_N7_G, "100101_2")),
        (C, _fa(_N7_G, "(100101)_2")),
        (C, _gsm(_N7_G, "100101")),
        (C, _head(_N7_G, "100101_{2}")),
        (H, _is(_N7_B, "101001_2")),
        (
            H,
            _two(
                _N7_G,
                "100101_2",
                r"""The first remainder computed is the first digit written, so the digits read
        top down: $1, 0, 1, 0, 0, 1$.""",
                "101001_2",
            ),
        ),
        (P, _meta(_N7_E, "100110_2")),
        (T, _half(_N7_G, 1, r"The remainders from last to first give the binary digits: $1, 0, 0,")),
    ],
)


# Compute 2103_4 + 132_4 and give the result in base 10.
_N8_G = _t(r"""
$2103_4 = 2 \cdot 64 + 1 \cdot 16 + 0 \cdot 4 + 3 = 128 + 16 + 3 = 147$.

$132_4 = 1 \cdot 16 + 3 \cdot 4 + 2 = 16 + 12 + 2 = 30$.

Sum: $147 + 30 = 177$. Let me verify by adding in base 4: $3 + 2 = 11_4$ (write 1, carry 1), $0 + 3 + 1 = 10_4$
(write 0, carry 1), $1 + 1 + 1 = 3$, then 2: $2301_4 = 2 \cdot 64 + 3 \cdot 16 + 0 + 1 = 177$. Good.
""")
_N8_B = _t(r"""
$2103_4 = 147$ and $132_4 = 30$, so the sum is 177.

Let me recompute $132_4$: $1 \cdot 16 + 3 \cdot 4 + 2 = 16 + 12 + 2 = 28$. So the sum is $147 + 28 = 175$.
""")
_N8_E = _t(r"""
Reading the digits as base 10: $2103 + 132 = 2235$.
""")
_add(
    "base_n",
    "177",
    [
        (C, _box(_N8_G, "177")),
        (C, _is(_N8_G, "177_{10}")),
        (C, _tir(_N8_G, "print(int('2103', 4) + int('132', 4))", "177", "177")),
        (H, _fa(_N8_B, "175")),
        (H, _bold(_N8_B, "175")),
        (P, _min(_N8_E, "2235")),
    ],
)


# Compute 1011_2 * 101_2 and give the answer in base 2.
_N9_G = _t(r"""
In decimal, $1011_2 = 11$ and $101_2 = 5$, so the product is $55$.

$55 = 32 + 16 + 4 + 2 + 1$, which is $110111_2$.

Check by binary long multiplication: $1011 \cdot 101 = 1011 + 101100 = 110111$. Both agree.
""")
_N9_B = _t(r"""
$11 \cdot 5 = 55 = 110111_2$.

Let me redo it directly in binary to be safe: $1011 \cdot 101 = 1011 + 101100$. Adding: $1011 + 101100 =
111011$. I'll go with the direct binary computation, $111011_2$.
""")
_N9_E = _t(r"""
$1011_2 \cdot 101_2$: multiply digitwise, $1011 \cdot 101 = 102111$, and reduce the 2 with a carry to get
$110011_2$.
""")
_add(
    "base_n",
    "110111_2",
    [
        (C, _fa(_N9_G, "110111_2")),
        (C, _meta(_N9_G, "110111_2")),
        (C, _rem(_N9_G, "(110111)_2")),
        (H, _box(_N9_B, "111011_2")),
        (H, _head(_N9_B, "111011_2")),
        (P, _is(_N9_E, "110011_2")),
        (T, r"In decimal, $1011_2 = 8 + 2 + 1 = 11$ and $101_2 = 4 + 1 = 5$, so the product is $11 \cdot 5 ="),
    ],
)


# Find the multiplicative inverse of 7 modulo 26, as a residue between 0 and 25.
_N10_G = _t(r"""
Extended Euclid: $26 = 3 \cdot 7 + 5$, $7 = 1 \cdot 5 + 2$, $5 = 2 \cdot 2 + 1$.

Back-substitute: $1 = 5 - 2 \cdot 2 = 5 - 2(7 - 5) = 3 \cdot 5 - 2 \cdot 7 = 3(26 - 3 \cdot 7) - 2 \cdot 7 = 3
\cdot 26 - 11 \cdot 7$.

So $7 \cdot (-11) \equiv 1$, and $-11 \equiv 15 \pmod{26}$. Check: $7 \cdot 15 = 105 = 4 \cdot 26 + 1$. So the
inverse is 15.
""")
_N10_B = _t(r"""
From $1 = 3 \cdot 26 - 11 \cdot 7$ the inverse is $-11 \equiv 15$.

Hmm, wait, the coefficient of 7 is $-11$, and the minus sign is already accounted for by the subtraction in the
identity, so the inverse is just 11.
""")
_N10_E = _t(r"""
$7 \cdot 4 = 28 \equiv 2$, close to 1; so the inverse is 4.
""")
_add(
    "modular",
    "15",
    [
        (C, _box(_N10_G, "15")),
        (C, _is(_N10_G, r"7^{-1} \equiv 15 \pmod{26}")),
        (C, _gsm(_N10_G, "15")),
        (
            C,
            _two(
                _N10_B,
                "11",
                r"""$7 \cdot 11 = 77 = 3 \cdot 26 - 1 \equiv -1$, so 11 is minus the inverse;
        the inverse is $26 - 11$.""",
                "15",
            ),
        ),
        (H, _fa(_N10_B, "11")),
        (H, _min(_N10_B, "11")),
        (P, _bold(_N10_E, "4")),
        (T, _half(_N10_G, 1, r"Back-substitute: $1 = 5 - 2 \cdot 2 = 5 - 2(7 - 5) =")),
    ],
)


# Find the smallest positive integer n with n = 2 (mod 3), n = 3 (mod 5) and n = 2 (mod 7).
_N11_G = _t(r"""
The first and third conditions say $n \equiv 2$ modulo both 3 and 7, so $n \equiv 2 \pmod{21}$.

Candidates: $2, 23, 44, 65, 86$. Modulo 5 these are $2, 3, 4, 0, 1$. So $n = 23$.

Check: $23 - 2 = 21$ is divisible by 3 and by 7, and $23 - 3 = 20$ is divisible by 5. All three hold.
""")
_N11_B = _t(r"""
$n \equiv 2 \pmod{21}$, and among $2, 23, 44, \dots$ the first with remainder 3 mod 5 is $23$.

Hmm, let me reread the conditions: $n \equiv 2 \pmod 3$, $n \equiv 3 \pmod 5$, $n \equiv 1 \pmod 7$. Then from
$3, 8, 13, \dots$ (the values $\equiv 3 \bmod 5$), $8$ is $2 \bmod 3$ and $1 \bmod 7$. So $n = 8$.
""")
_N11_E = _t(r"""
$n \equiv 2 \pmod{21}$ and $n \equiv 3 \pmod 5$; the modulus is $105$, so $n = 2 + 105 = 107$... I'll take 107.
""")
_add(
    "modular",
    "23",
    [
        (C, _fa(_N11_G, "23")),
        (C, _head(_N11_G, "n = 23")),
        (C, _r1(_N11_G, "23", "Combining the conditions modulo 3 and 7 first gives $n \\equiv 2 \\pmod{21}$.")),
        (H, _box(_N11_B, "8")),
        (H, _meta(_N11_B, "8")),
        (P, _is(_N11_E, "107")),
        (T, _half(_N11_G, 1, r"Candidates: $2, 23, 44, 65, 86$. Modulo 5 these are $2,")),
    ],
)


# How many zeros does 100! end with?
_N12_G = _t(r"""
Trailing zeros come from factors of 10, and there are more 2's than 5's, so count the 5's in $100!$.

Multiples of 5: $\lfloor 100/5 \rfloor = 20$. Multiples of 25 contribute an extra 5: $\lfloor 100/25 \rfloor =
4$. Multiples of 125: 0.

Total $20 + 4 = 24$ trailing zeros.
""")
_N12_B = _t(r"""
Factors of 5: $20 + 4 = 24$.

Hmm, but $100 = 10^2$ contributes two zeros by itself, and I counted it only through its 5's... the extra zero
from 100 should be added: $25$.
""")
_N12_E = _t(r"""
Multiples of 5 up to 100: 20. So $100!$ ends in 20 zeros.
""")
_add(
    "number_theory",
    "24",
    [
        (C, _box(_N12_G, "24")),
        (C, _prose(_N12_G, "So $100!$ ends in 24 zeros.")),
        (C, _min(_N12_G, "24")),
        (C, _tir(_N12_G, "import math\ns = str(math.factorial(100))\nprint(len(s) - len(s.rstrip('0')))", "24", "24")),
        (H, _fa(_N12_B, "25")),
        (H, _gsm(_N12_B, "25")),
        (P, _bold(_N12_E, "20")),
    ],
)


# Compute Euler's totient phi(100).
_N13_G = _t(r"""
$100 = 2^2 \cdot 5^2$, so $\varphi(100) = 100\left(1 - \frac{1}{2}\right)\left(1 - \frac{1}{5}\right) = 100
\cdot \frac{1}{2} \cdot \frac{4}{5} = 40$.

Check via multiplicativity on coprime parts: $\varphi(4)\varphi(25) = 2 \cdot 20 = 40$.

So $\varphi(100) = 40$.
""")
_N13_B = _t(r"""
$\varphi(100) = 100 \cdot \frac{1}{2} \cdot \frac{4}{5} = 40$.

Hmm, but also $100 = 10 \cdot 10$ and $\varphi$ is multiplicative, so $\varphi(100) = \varphi(10)^2 = 4^2 =
16$. The two disagree; multiplicativity is a theorem, so I'll trust 16.
""")
_N13_E = _t(r"""
$\varphi(100) = 100 \cdot \frac{1}{2} \cdot \frac{1}{5} = 10$.
""")
_add(
    "number_theory",
    "40",
    [
        (C, _is(_N13_G, r"\varphi(100) = 40")),
        (C, _fa(_N13_G, "40")),
        (C, _meta(_N13_G, "40")),
        (
            C,
            _two(
                _N13_B,
                "16",
                r"""Multiplicativity needs coprime factors, and $\gcd(10, 10) = 10$; with the
        coprime split $4 \cdot 25$ it gives $2 \cdot 20$.""",
                "40",
            ),
        ),
        (H, _box(_N13_B, "16")),
        (H, _rem(_N13_B, "16")),
        (P, _head(_N13_E, "10", box=True)),
        (
            T,
            _t(r"""$100 = 2^2 \cdot 5^2$, so $\varphi(100) = 100\left(1 - \frac{1}{2}\right)\left(1 -
            \frac{1}{5}\right) = 100 \cdot \frac{1}{2} \cdot"""),
        ),
    ],
)


# How many integers from 1 to 1000 inclusive are relatively prime to 30?
_N14_G = _t(r"""
Count those divisible by 2, 3 or 5 and subtract. Singles: $\lfloor 1000/2 \rfloor = 500$,
$\lfloor 1000/3 \rfloor = 333$, $\lfloor 1000/5 \rfloor = 200$, sum $1033$.

Pairs: $\lfloor 1000/6 \rfloor = 166$, $\lfloor 1000/10 \rfloor = 100$, $\lfloor 1000/15 \rfloor = 66$, sum $332$.
Triple: $\lfloor 1000/30 \rfloor = 33$.

Divisible by at least one: $1033 - 332 + 33 = 734$. So $1000 - 734 = 266$ are coprime to 30.

Sanity check: $1000 \cdot \frac{\varphi(30)}{30} = 1000 \cdot \frac{8}{30} \approx 266.7$, consistent with 266.
""")
_N14_B = _t(r"""
Inclusion-exclusion: $1033 - 332 + 33 = 734$ divisible by 2, 3 or 5, so $266$ coprime.

Hmm, the density estimate gives $1000 \cdot \frac{8}{30} = 266.67$, which rounds to 267. The floors must have
lost one somewhere, so the count is 267.
""")
_N14_E = _t(r"""
Divisible by 2, 3 or 5: $500 + 333 + 200 = 1033$... that is more than 1000, so subtract the pairs:
$1033 - 332 = 701$. Coprime: $1000 - 701 = 299$.
""")
_add(
    "number_theory",
    "266",
    [
        (C, _box(_N14_G, "266")),
        (C, _gsm(_N14_G, "266")),
        (C, _tir(_N14_G, "from math import gcd\nprint(sum(gcd(n, 30) == 1 for n in range(1, 1001)))", "266", "266")),
        (H, _fa(_N14_B, "267")),
        (H, _is(_N14_B, "267")),
        (P, _min(_N14_E, "299")),
        (T, _half(_N14_G, 2, r"Divisible by at least one: $1033 - 332 + 33 =")),
    ],
)


# Find the sum of all positive integers n <= 100 with n = 3 (mod 7).
_N15_G = _t(r"""
The terms are $3, 10, 17, \dots$. The largest one at most 100: $3 + 7k \le 100$ gives $k \le 13.86$, so
$k = 13$ and the last term is $3 + 91 = 94$.

Wait, I was about to write 98, but $98 = 7 \cdot 14$ is $\equiv 0$. So the terms run from 3 to 94, which is 14
terms.

Sum: $\frac{14(3 + 94)}{2} = 7 \cdot 97 = 679$.
""")
_N15_B = _t(r"""
Terms $3, 10, \dots, 94$: 14 terms, sum $7 \cdot 97 = 679$.

Hmm, let me recount the terms: $\frac{94 - 3}{7} = 13$, so there are 13 terms. Then the sum is
$\frac{13(3 + 94)}{2} = 630.5$... that is not an integer, so drop the first term instead: $679 - 3 = 676$.
""")
_N15_E = _t(r"""
Terms $3, 10, \dots, 98$; there are 14 of them, so the sum is $\frac{14(3 + 98)}{2} = 7 \cdot 101 = 707$.
""")
_add(
    "number_theory",
    "679",
    [
        (C, _fa(_N15_G, "679")),
        (C, _meta(_N15_G, "679")),
        (C, _bold(_N15_G, "679")),
        (H, _box(_N15_B, "676")),
        (
            H,
            _two(
                _N15_G,
                "679",
                r"""There are $\frac{94 - 3}{7} = 13$ gaps, but I should not count the term 3
        since $3 < 7$: the sum is $679 - 3$.""",
                "676",
            ),
        ),
        (P, _is(_N15_E, "707")),
        (T, _half(_N15_G, 2, r"Sum: $\frac{14(3 + 94)}{2} =")),
    ],
)


# How many subsets does a set with 20 elements have (counting the empty set and the whole set)?
_N16_G = _t(r"""
Each element is either in or out of a subset, so there are $2^{20}$ subsets.

$2^{10} = 1024$, so $2^{20} = 1024^2 = 1048576$.

Check: $1024^2 = (1000 + 24)^2 = 1000000 + 48000 + 576 = 1048576$.
""")
_N16_B = _t(r"""
$2^{20} = 1{,}048{,}576$ subsets in all.

Hmm, the empty set has no elements, so it is not really a subset "of" the set in the usual sense; removing
it leaves $1{,}048{,}575$.
""")
_N16_E = _t(r"""
$2^{20} = 1024^2$, and $1024^2 = 1000^2 + 24^2 = 1000576$.
""")
_add(
    "counting",
    "1048576",
    [
        (C, _box(_N16_G, "1048576")),
        (C, _is(_N16_G, "1{,}048{,}576")),
        (C, _gsm(_N16_G, "1,048,576")),
        (C, _head(_N16_G, r"1\,048\,576", box=True)),
        (C, _r1(_N16_G, "2^{20}", "Each of the 20 elements is independently in or out.")),
        (H, _fa(_N16_B, "1{,}048{,}575")),
        (H, _min(_N16_B, "1048575")),
        (P, _bold(_N16_E, "1000576")),
        (
            T,
            _t(r"""Each element is either in or out of a subset, so I multiply twenty factors of 2. First
            $2^{10} = 1024$, and then $1024^2 = 1000^2 + 2 \cdot 1000 \cdot 24 +"""),
        ),
    ],
)


# A license plate has two letters from the set {A, B, C, D, E, F, G, H} (repetition allowed), then three
# decimal digits (repetition allowed), then one of 5 special symbols. How many plates are possible?
_N17_G = _t(r"""
By the multiplication principle: letters $8 \cdot 8 = 64$, digits $10^3 = 1000$, symbol 5.

Total $64 \cdot 1000 \cdot 5 = 320000$.

Check: $64 \cdot 5 = 320$, times $1000$ is $320{,}000 = 3.2 \times 10^5$.
""")
_N17_B = _t(r"""
Letters $8^2 = 64$, digits $1000$, symbols 5: $320000$.

Hmm, on license plates the two letters are normally different, so the second letter has 7 choices: $8 \cdot 7
\cdot 1000 \cdot 5 = 280000$.
""")
_N17_E = _t(r"""
Letters: $8 + 8 = 16$, digits $10 + 10 + 10 = 30$, symbol 5. Total $16 \cdot 30 \cdot 5 = 2400$.
""")
_add(
    "counting",
    "320000",
    [
        (C, _box(_N17_G, r"3.2 \times 10^{5}")),
        (C, _fa(_N17_G, "320{,}000")),
        (C, _meta(_N17_G, "320,000")),
        (C, _min(_N17_G, r"320\,000")),
        (C, _is(_N17_G, r"3.2\times10^5")),
        (H, _gsm(_N17_B, "280000")),
        (H, _bold(_N17_B, r"2.8 \times 10^{5}")),
        (P, _head(_N17_E, "2400")),
        (T, _half(_N17_G, 1, r"Total $64 \cdot 1000 \cdot")),
    ],
)


# An integer is chosen at random from 1 to 15 inclusive. What is the probability that it divides 24?
_N18_G = _t(r"""
Divisors of $24 = 2^3 \cdot 3$: $1, 2, 3, 4, 6, 8, 12, 24$. Those at most 15: $1, 2, 3, 4, 6, 8, 12$, which is
7 numbers.

So the probability is $\frac{7}{15}$.

As a decimal: $7 / 15 = 0.4666\ldots = 0.4\overline{6}$. Check: $0.4\overline{6} = \frac{4}{10} + \frac{6}{90}
= \frac{36 + 6}{90} = \frac{42}{90} = \frac{7}{15}$.
""")
_N18_B = _t(r"""
Seven of the numbers 1 to 15 divide 24, so the probability is $\frac{7}{15} = 0.4666\ldots$

Writing the repeating decimal, the digits after the point are $4, 6, 6, 6, \dots$, so the repeating block is
$46$: $0.\overline{46}$.
""")
_N18_E = _t(r"""
Divisors of 24: $1, 2, 3, 4, 6, 8, 12, 24$, eight of them, so the probability is $\frac{8}{15}$.
""")
_add(
    "probability",
    r"\frac{7}{15}",
    [
        (C, _box(_N18_G, r"0.4\overline{6}")),
        (C, _fa(_N18_G, r"\frac{7}{15}")),
        (C, _bold(_N18_G, r"\frac{14}{30}")),
        (C, _gsm(_N18_G, "7/15")),
        (H, _is(_N18_B, r"0.\overline{46}")),
        (H, _min(_N18_B, r"0.\overline{46}")),
        (P, _rem(_N18_E, r"\frac{8}{15}")),
    ],
)


assert len(THIRTYFIRST) == 438
assert _TALLY["problems"] == 60 and len(_CATEGORIES) == 8
assert _TALLY[C] == 215 and _TALLY[T] == 43
assert _TALLY[H] == 120 and _TALLY[P] == 60
assert sum(1 for row in THIRTYFIRST if row[3] == W) == 180
assert len(set(THIRTYFIRST)) == len(THIRTYFIRST)
