"""TWENTYEIGHTH: a held-out batch of labelled answer-verification pairs drawn like a real long-CoT evaluation pool.

Written on 2026-12-03 by a helper session (branch h/batch28) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any
pair. Every pair was labelled by hand (python and sympy used by hand to check the arithmetic only); pairs a
reasonable grader could label either way were left out. Committed before any grading run, so its first run is an
out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The pool is
mixed the way a grader meets it on MATH-500, AIME, AMC, GSM8K and OlympiadBench runs: answer types weighted like
MATH-500 (about 45% integers, 15% fractions, 10% radicals and surds, 10% algebraic expressions, 5% intervals, 5%
tuples and points, 5% choice letters and text, 5% sets and lists of roots), golds stored as the datasets store
them (`\\frac{14}{3}`, `\\dfrac{\\sqrt{3}}{2}`, `(3,-1)`, `[-2,5)`, `\\text{(C)}`, `10\\sqrt{2}`, `\\{1,2,3\\}`,
`x^2+2x+1`, `25000`, `32.4`), and response styles mixed in about equal parts: Minerva ("Final Answer: The final
answer is $x$. I hope it is correct."), GSM8K `#### x` as the last line, OpenAI-o1-like prose with a bold answer,
Claude/GPT markdown with a rule and "**Answer:** x", DeepSeek-R1 `<think>`...`</think>` then a summary and
"**Final Answer**" with `\\[\\boxed{}\\]`, AIME three-digit answers (gold `7` answered `007`, sometimes after a
restatement "so $m+n=7$"), and AMC choices with letter and value (`\\boxed{\\textbf{(C)}\\ 8}`), plus plain boxes,
a box followed by a remark, and "The answer is" sentences.
Each response models a real long chain of thought: several steps with intermediate numbers, a check, a false
start ("Wait, let me recheck") and a rejected candidate, then the ending. Correct rows use equivalent forms a
careful human grader accepts (`007` for `7` in AIME, `\\textbf{(C)}\\ 8` for `8`, `\\boxed{C}` for `\\text{(C)}`,
`\\dfrac`, `14/3`, mixed numbers, terminating decimals for fractions, unsimplified fractions and surds (`\\sqrt{200}`,
`\\frac{36\\sqrt{3}}{4}`), reordered sets and roots, `\\pm`, `x=` and `f^{-1}(x)=` prefixes, inequalities for
intervals, `x=3, y=-1` for a pair, factor orders, units and dollar signs, thousands separators, degree signs) and
earlier wrong boxes that a later recheck overrules (the last stated final answer wins).
About two thirds of the negatives are hard, with the gold in the text (an intermediate, a rejected candidate, an
earlier box later overruled) while the final answer differs slightly (off by one, a sign, a factor of two, a
missing root, a closed or open endpoint, a swapped pair, the smaller root, the reciprocal, a wrong letter, the
cost for the change, the other person's share, the average of the speeds).
Each problem has one worked reasoning (`_X_G`, reaching the gold), one flawed reasoning with the gold in it
(`_X_B`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier box and a recheck (on `_X_B` it
turns a wrong box into the gold, on `_X_G` it talks a right box into a wrong answer), and `_cut` stops a reasoning
mid-sentence (some inside an unclosed `<think>`). Rows are added per problem through `_add`, which tags each
negative as hard (H) or plain (P) in `_TALLY`. The question itself is not part of the row; the comment above each
problem states it (with its choices for AMC problems).
60 problems in 12 categories (integer 11, aime 7, gsm8k 6, amc 4, fraction 8, radical 6, expression 6, interval 3,
tuple 3, set 3, choice 2, text 1); 461 rows: 250 correct, 180 incorrect, 31 truncated. Of the 180 negatives, 120
are hard (built on a flawed reasoning that holds the gold, or on a right box later overruled by a wrong answer) and
60 plain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYEIGHTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYEIGHTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _mnv(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $a$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _o1(r: str, a: str, lead: str = "So the answer is", tail: str = "") -> str:
    """o1-like closing prose with the answer in bold (a math answer comes with its own `$`)."""
    return r + "\n\n" + lead + " **" + a + "**" + tail + "."


def _md(r: str, a: str) -> str:
    """Claude/GPT markdown: a rule, then `**Answer:** a` (a math answer comes with its own `$`)."""
    return r + "\n\n---\n\n**Answer:** " + a


def _r1(r: str, a: str, s: str = "Summarizing the computation above.") -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return "<think>\n" + r + "\n</think>\n\n" + s + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _bx(r: str, a: str) -> str:
    """A plain closing box: `The answer is $\\boxed{a}$.`"""
    return r + "\n\nThe answer is $\\boxed{" + a + "}$."


def _bxr(r: str, a: str, remark: str = "Let me know if you would like the check written out in more detail!") -> str:
    """A display box followed by a remark without numbers."""
    return r + "\n\n$$\\boxed{" + a + "}$$\n\n" + remark


def _aime(r: str, a: str, pre: str = "") -> str:
    """AIME: an optional restatement, then the three-digit box."""
    return r + "\n\n" + pre + "The answer is $\\boxed{" + a + "}$."


def _amc(r: str, a: str) -> str:
    """AMC: the choice with letter and value in a box, as in AoPS solutions."""
    return r + "\n\nThe answer is $\\boxed{" + a + "}$."


def _amcb(r: str, a: str) -> str:
    """AMC, markdown variant: a bold line with the choice."""
    return r + "\n\n**Answer: $" + a + "$**"


def _two(r: str, first: str, note: str, a: str, end: Callable[[str, str], str]) -> str:
    """An earlier box, a recheck (`note`), then `end` states the last final answer `a`."""
    return end(r + "\n\nSo the answer is $\\boxed{" + first + "}$.\n\nWait, let me recheck. " + _t(note), a)


def _cut(r: str, marker: str, think: bool = False) -> str:
    """The reasoning up to (not including) `marker`, stopping mid-sentence; `think` opens an unclosed `<think>`."""
    assert marker in r, marker
    return ("<think>\n" if think else "") + r[: r.index(marker)].rstrip()


# ---------------------------------------------------------------- integers (MATH-style)

# How many positive divisors does 720 have?
_DIV_G = _t(r"""
I need the prime factorization of 720 first. 720 = 72 \cdot 10 = 8 \cdot 9 \cdot 10 = 2^3 \cdot 3^2 \cdot 2 \cdot 5,
so 720 = 2^4 \cdot 3^2 \cdot 5.

A divisor has the form 2^a 3^b 5^c with 0 \le a \le 4, 0 \le b \le 2, 0 \le c \le 1. My first thought was
4 \cdot 2 \cdot 1 = 8, but that forgets the zero exponents. Wait, let me recheck: each exponent has one more choice
than its maximum, so the count is (4+1)(2+1)(1+1) = 5 \cdot 3 \cdot 2 = 30.

Check by pairing: the divisors below \sqrt{720} \approx 26.8 are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24,
which is 15 of them, and each pairs with exactly one divisor above 26.8 (720 is not a square), so there are
2 \cdot 15 = 30 in all.
""")
_DIV_B = _t(r"""
720 = 2^4 \cdot 3^2 \cdot 5, so the number of divisors is (4+1)(2+1)(1+1) = 30.

Hmm, but 1 and 720 itself are the trivial divisors; the interesting ones are the divisors strictly between them.
Removing those two leaves 30 - 2 = 28.
""")
_DIV_E = _t(r"""
720 = 8 \cdot 9 \cdot 5 \cdot 2, and grouping the factors I get 2^3 \cdot 3^2 \cdot 5 (the 8 gives 2^3 and the 9 gives
3^2).

The divisor count is then (3+1)(2+1)(1+1) = 4 \cdot 3 \cdot 2 = 24. Let me recheck the formula on 12 = 2^2 \cdot 3:
(2+1)(1+1) = 6, and indeed 1, 2, 3, 4, 6, 12. Good, so 720 has 24 divisors.
""")
_add(
    "integer",
    "30",
    [
        (C, _mnv(_DIV_G, "30")),
        (C, _o1(_DIV_G, "30", "So 720 has", " positive divisors")),
        (C, _r1(_DIV_G, "30", "Since 720 = 2^4 \\cdot 3^2 \\cdot 5, the divisor count is (4+1)(2+1)(1+1).")),
        (
            C,
            _two(
                _DIV_B,
                "28",
                "Nothing in the question excludes 1 or 720; it asks for all positive divisors, so the count is the "
                "full product 5 \\cdot 3 \\cdot 2 = 30.",
                "$30$",
                _md,
            ),
        ),
        (H, _gsm(_DIV_B, "28")),
        (
            H,
            _two(
                _DIV_G,
                "30",
                "The pairing check counted 15 small divisors, but 24 \\cdot 30 = 720 and 30 is not below 26.8, and 1 "
                "pairs with 720 itself, which I should not count twice... so I take 15 + 14 = 29.",
                "29",
                _bx,
            ),
        ),
        (P, _mnv(_DIV_E, "24")),
        (T, _cut(_DIV_G, "(4+1)(2+1)(1+1) = 5", think=True)),
    ],
)

# What is the remainder when 3^{100} is divided by 7?
_POW_G = _t(r"""
Fermat's little theorem gives 3^6 \equiv 1 \pmod 7. Let me list the cycle to be safe: 3^1 = 3, 3^2 = 9 \equiv 2,
3^3 \equiv 6, 3^4 \equiv 18 \equiv 4, 3^5 \equiv 12 \equiv 5, 3^6 \equiv 15 \equiv 1. So the period is 6.

100 = 6 \cdot 16 + 4, so 3^{100} = (3^6)^{16} \cdot 3^4 \equiv 3^4 = 81. I was about to write 81 - 70 = 11, but that
is still bigger than 7. Wait, let me recheck: 81 = 7 \cdot 11 + 4, so 3^{100} \equiv 4.

Cross-check with squares: 3^{100} = 9^{50} \equiv 2^{50}, and 2^3 \equiv 1, 50 = 3 \cdot 16 + 2, so
2^{50} \equiv 2^2 = 4. Both routes agree.
""")
_POW_B = _t(r"""
The powers of 3 mod 7 go 3, 2, 6, 4, 5, 1 and then repeat, a cycle of length 6.

100 = 6 \cdot 16 + 4, so I need the entry in position 4 of the cycle. Counting 3^1 as position 1 that entry is 4, but
I think the positions should start at 3^0 = 1, so position 4 is the fifth term of 1, 3, 2, 6, 4, 5, which is 4...
no, the fifth term after skipping the leading 1 is 5. So 3^{100} \equiv 5.
""")
_POW_E = _t(r"""
By Fermat's little theorem 3^7 \equiv 1 \pmod 7, so I reduce the exponent mod 7: 100 = 7 \cdot 14 + 2.

Then 3^{100} \equiv 3^2 = 9, and 9 - 7 = 2. So the remainder is 2.
""")
_add(
    "integer",
    "4",
    [
        (C, _gsm(_POW_G, "4")),
        (C, _bxr(_POW_G, "4", "Both the period-6 cycle and the squaring route give the same remainder.")),
        (C, _md(_POW_G, "The remainder is $4$.")),
        (
            C,
            _two(
                _POW_B,
                "5",
                "With 3^1 in position 1, position 4 holds 3^4 = 81 = 77 + 4; the entry is 4, not 5, and "
                "3^{100} = (3^6)^{16} 3^4 confirms it.",
                "4",
                _mnv,
            ),
        ),
        (H, _o1(_POW_B, "5", "Therefore the remainder when $3^{100}$ is divided by 7 is")),
        (
            H,
            _two(
                _POW_G,
                "4",
                "The cycle 3, 2, 6, 4, 5, 1 starts at 3^1, and 100 = 6 \\cdot 16 + 4 lands one step past 3^4, on 5.",
                "5",
                _bx,
            ),
        ),
        (P, _r1(_POW_E, "2", "Reducing the exponent mod 7 gives 3^2.")),
        (T, _cut(_POW_G, "7 \\cdot 11 + 4")),
    ],
)

# How many integers x satisfy |x - 3| < 7?
_ABS_G = _t(r"""
|x - 3| < 7 means -7 < x - 3 < 7, so -4 < x < 10.

The integers strictly between -4 and 10 are -3, -2, \dots, 9. My first count was 10 - (-4) = 14, but that counts one
endpoint. Wait, let me recheck: from -3 to 9 inclusive there are 9 - (-3) + 1 = 13 integers.

Check: -3 gives |-6| = 6 < 7, yes; -4 gives 7, not less than 7; 9 gives 6, yes; 10 gives 7, no. So the list
-3, \dots, 9 is right, 13 integers.
""")
_ABS_B = _t(r"""
-7 < x - 3 < 7 gives -4 < x < 10, and the integers from -3 to 9 number 13.

Hmm, but at x = -4 and x = 10 the distance is exactly 7, and an absolute value inequality like this usually
includes the boundary, so I should count from -4 to 10: 10 - (-4) + 1 = 15.
""")
_ABS_E = _t(r"""
|x-3| < 7 gives -4 < x < 10. The number of integers in the interval is its length, 10 - (-4) = 14.

Check: the interval has length 14, and integers are spaced 1 apart, so 14 of them fit.
""")
_add(
    "integer",
    "13",
    [
        (C, _o1(_ABS_G, "13", "So there are", " integers")),
        (C, _mnv(_ABS_G, "13")),
        (C, _r1(_ABS_G, "13 \\text{ integers}", "The solutions are the integers from -3 to 9.")),
        (
            C,
            _two(
                _ABS_B,
                "15",
                "The inequality is strict: at x = -4 and x = 10 we get |x - 3| = 7, which is not less than 7. "
                "So the integers are -3 through 9, which is 13.",
                "13",
                _gsm,
            ),
        ),
        (H, _bx(_ABS_B, "15")),
        (
            H,
            _two(
                _ABS_G,
                "13",
                "-4 < x < 10 has length 14, and counting integers from -4 to 10 gives 15, minus the one endpoint "
                "-4 leaves 14.",
                "$14$",
                _md,
            ),
        ),
        (P, _gsm(_ABS_E, "14")),
        (T, _cut(_ABS_G, "9 - (-3) + 1")),
    ],
)

# What is the coefficient of x^3 in the expansion of (2x - 1)^5?
_BIN_G = _t(r"""
The general term of (2x - 1)^5 is \binom{5}{k} (2x)^k (-1)^{5-k}.

For x^3 take k = 3: \binom{5}{3} \cdot 2^3 \cdot (-1)^2 = 10 \cdot 8 \cdot 1 = 80. I almost wrote (-1)^3 for the sign,
which would give -80, but the exponent on -1 is 5 - 3 = 2, so the sign is positive.

Check by the full expansion: 32x^5 - 80x^4 + 80x^3 - 40x^2 + 10x - 1, whose coefficients sum to
32 - 80 + 80 - 40 + 10 - 1 = 1 = (2 - 1)^5. The x^3 coefficient is 80.
""")
_BIN_B = _t(r"""
The term with x^3 is \binom{5}{3} (2x)^3 (-1)^{?}. The magnitude is 10 \cdot 8 = 80.

For the sign, x^3 is the third power, and I take the sign from (-1)^3 = -1. So the coefficient is -80.
""")
_BIN_E = _t(r"""
Using \binom{5}{k}(2x)^{5-k}(-1)^k, the x^3 term needs 5 - k = 3, so k = 2... wait, I'll just take k = 3 for x^3:
\binom{5}{3} 2^{2} (-1)^3 = 10 \cdot 4 \cdot (-1) = -40.

So the coefficient is -40.
""")
_add(
    "integer",
    "80",
    [
        (C, _md(_BIN_G, "$80$")),
        (C, _bx(_BIN_G, "80")),
        (C, _gsm(_BIN_G, "80")),
        (
            C,
            _two(
                _BIN_B,
                "-80",
                "The power of -1 is 5 - k = 2, not 3: the term is \\binom{5}{3} (2x)^3 (-1)^2 = +80x^3, which matches "
                "the full expansion.",
                "+80",
                _bx,
            ),
        ),
        (H, _mnv(_BIN_B, "-80")),
        (
            H,
            _two(
                _BIN_G,
                "80",
                "The expansion alternates in sign starting with +32x^5, so x^3, two places later, should be... "
                "32x^5, -80x^4, +80x^3; hmm, I think I mixed up the x^4 and x^3 terms, and x^3 is -80.",
                "-80",
                _mnv,
            ),
        ),
        (P, _o1(_BIN_E, "$-40$", "The coefficient of $x^3$ is")),
    ],
)

# In degrees, what is the sum of the interior angles of a convex polygon with 12 sides?
_ANG_G = _t(r"""
A convex n-gon splits into n - 2 triangles from one vertex, so the angle sum is (n - 2) \cdot 180^\circ.

For n = 12 that is 10 \cdot 180^\circ = 1800^\circ. I first wrote 12 \cdot 180 = 2160, which counts 12 triangles from
an interior point, but then the 360^\circ around the point must be removed: 2160 - 360 = 1800. Same result.

Check with a regular 12-gon: each exterior angle is 360/12 = 30^\circ, so each interior angle is 150^\circ, and
12 \cdot 150 = 1800.
""")
_ANG_B = _t(r"""
From one vertex I can draw diagonals to the other vertices, which cuts the polygon into triangles. There are
12 - 2 = 10 triangles, so 10 \cdot 180 = 1800.

Hmm, wait, the diagonals go to 12 - 3 = 9 vertices, which gives 9 regions plus... let me redo: I think there are
n - 1 = 11 triangles, so the sum is 11 \cdot 180 = 1980.
""")
_ANG_E = _t(r"""
Join an interior point to all 12 vertices: this makes 12 triangles, each with angle sum 180^\circ.

So the interior angles add to 12 \cdot 180 = 2160 degrees.
""")
_add(
    "integer",
    "1800",
    [
        (C, _mnv(_ANG_G, "1800^\\circ")),
        (C, _o1(_ANG_G, "1,800 degrees", "The interior angles add up to")),
        (C, _bxr(_ANG_G, "1{,}800", "The regular 12-gon check confirms it.")),
        (
            C,
            _two(
                _ANG_B,
                "1980",
                "A triangulation from one vertex uses n - 3 = 9 diagonals and makes n - 2 = 10 triangles (a square "
                "makes 2, not 3). So the sum is 10 \\cdot 180 = 1800.",
                "1800",
                _gsm,
            ),
        ),
        (H, _md(_ANG_B, "$1980^\\circ$")),
        (
            H,
            _two(
                _ANG_G,
                "1800",
                "The exterior angles also add to 360^\\circ, and the question asks for the angles of the polygon, "
                "so I add them: 1800 + 360 = 2160.",
                "2160",
                _bx,
            ),
        ),
        (P, _r1(_ANG_E, "2160^\\circ", "Twelve triangles around an interior point.")),
        (T, _cut(_ANG_G, "10 \\cdot 180^\\circ", think=False)),
    ],
)

# If f(x) = x^2 - 3x + 1, what is f(f(2))?
_FF_G = _t(r"""
First f(2) = 2^2 - 3 \cdot 2 + 1 = 4 - 6 + 1 = -1.

Then f(-1) = (-1)^2 - 3(-1) + 1. I was going to write 1 - 3 + 1 = -1, but -3 \cdot (-1) = +3. Wait, let me recheck:
f(-1) = 1 + 3 + 1 = 5.

Check the inner value once more: 4 - 6 = -2 and -2 + 1 = -1, so f(f(2)) = f(-1) = 5.
""")
_FF_B = _t(r"""
f(2) = 4 - 6 + 1 = -1. Then f(-1) = 1 + 3 + 1 = 5.

Hmm, hold on, I need to be careful with the sign of the middle term: f(-1) = (-1)^2 - 3 \cdot 1 + 1, where I
substitute the absolute value... so 1 - 3 + 1 = -1. Then f(f(2)) = -1.
""")
_FF_E = _t(r"""
f(2) = 2^2 - 3 \cdot 2 - 1 = 4 - 6 - 1 = -3.

Then f(-3) = 9 + 9 + 1 = 19. So f(f(2)) = 19.
""")
_add(
    "integer",
    "5",
    [
        (C, _r1(_FF_G, "5", "f(2) = -1, and f(-1) = 1 + 3 + 1.")),
        (C, _md(_FF_G, "$f(f(2)) = 5$")),
        (C, _mnv(_FF_G, "5")),
        (
            C,
            _two(
                _FF_B,
                "-1",
                "There is no absolute value in f: -3x at x = -1 is -3 \\cdot (-1) = 3, so f(-1) = 1 + 3 + 1 = 5.",
                "5",
                _o1,
            ),
        ),
        (H, _bx(_FF_B, "-1")),
        (H, _gsm(_FF_B, "-1")),
        (P, _o1(_FF_E, "19", "So $f(f(2))$ equals")),
        (T, _cut(_FF_G, "f(-1) = 1 + 3 + 1", think=True)),
    ],
)

# How many zeros are at the end of 100! ?
_FAC_G = _t(r"""
Trailing zeros come from factors of 10 = 2 \cdot 5, and 5s are scarcer than 2s, so I count factors of 5 in 100!.

Multiples of 5 up to 100: \lfloor 100/5 \rfloor = 20. My first answer was 20, but multiples of 25 give an extra 5
each. Wait, let me recheck: \lfloor 100/25 \rfloor = 4 more, and \lfloor 100/125 \rfloor = 0. Total 20 + 4 = 24.

Sanity check on a small case: 25! should have \lfloor 25/5 \rfloor + \lfloor 25/25 \rfloor = 6 zeros, and
25! = 15511210043330985984000000 indeed ends in six zeros. So 100! ends in 24 zeros.
""")
_FAC_B = _t(r"""
Counting factors of 5: \lfloor 100/5 \rfloor + \lfloor 100/25 \rfloor = 20 + 4 = 24.

But the factor 100 itself already ends in two zeros, and those are not produced by a 2 \cdot 5 pair from the other
factors, so I add them: 24 + 2 = 26.
""")
_FAC_E = _t(r"""
Each multiple of 10 up to 100 contributes a zero: 10, 20, \dots, 100 is 10 numbers, and 100 contributes one extra,
giving 11.

The other factors like 2 and 3 do not end in 0, so they add nothing. So 100! ends in 11 zeros.
""")
_add(
    "integer",
    "24",
    [
        (C, _bx(_FAC_G, "24")),
        (C, _o1(_FAC_G, "24", "Hence $100!$ ends in", " zeros")),
        (C, _gsm(_FAC_G, "24")),
        (
            C,
            _two(
                _FAC_B,
                "26",
                "The two 5s inside 100 = 2^2 \\cdot 5^2 are already counted, one by \\lfloor 100/5 \\rfloor and one "
                "by \\lfloor 100/25 \\rfloor; adding 2 counts them twice. The count stays 24.",
                "24",
                _r1,
            ),
        ),
        (H, _mnv(_FAC_B, "26")),
        (
            H,
            _two(
                _FAC_G,
                "24",
                "\\lfloor 100/25 \\rfloor = 4 counts 25, 50, 75, 100, and 100 = 4 \\cdot 25 also carries a third 5 "
                "from 4... no, but 100 has its own zero, so I count it once more: 25.",
                "25",
                _md,
            ),
        ),
        (P, _bx(_FAC_E, "11")),
    ],
)

# What is the least common multiple of 18, 24 and 40?
_LCM_G = _t(r"""
Factor each: 18 = 2 \cdot 3^2, 24 = 2^3 \cdot 3, 40 = 2^3 \cdot 5. The lcm takes the highest power of each prime:
2^3 \cdot 3^2 \cdot 5 = 8 \cdot 9 \cdot 5 = 360.

A quick first guess was 18 \cdot 40 = 720, which is a common multiple, but it is not the least. Wait, let me recheck
360: 360/18 = 20, 360/24 = 15, 360/40 = 9, all integers. And half of it, 180, fails since 180/24 = 7.5.

So the least common multiple is 360.
""")
_LCM_B = _t(r"""
The highest prime powers are 2^3, 3^2 and 5, which give 360. Check: 360/18 = 20, 360/40 = 9, and 360/24 = 14.5...
that is not an integer, so 360 fails.

Doubling, 720/24 = 30, 720/18 = 40, 720/40 = 18, all integers, so the lcm must be 720.
""")
_LCM_E = _t(r"""
The primes involved are 2, 3, 5, and the lcm uses each with the largest exponent needed: 2^3 from 24, 3 from 24,
5 from 40. That is 8 \cdot 3 \cdot 5 = 120.

120/24 = 5 and 120/40 = 3, so 120 works.
""")
_add(
    "integer",
    "360",
    [
        (C, _gsm(_LCM_G, "360")),
        (C, _r1(_LCM_G, "360", "The lcm is 2^3 \\cdot 3^2 \\cdot 5.")),
        (C, _md(_LCM_G, "$\\operatorname{lcm}(18, 24, 40) = 360$")),
        (
            C,
            _two(
                _LCM_B,
                "720",
                "360/24 = 15 exactly (24 \\cdot 15 = 360), I divided wrongly before. So 360 is a common multiple, and "
                "it is the least since it uses only the needed prime powers.",
                "360",
                _mnv,
            ),
        ),
        (H, _o1(_LCM_B, "720", "So the least common multiple is")),
        (
            H,
            _two(
                _LCM_G,
                "360",
                "360/18 = 20 is fine, but I should make sure 18 \\cdot 40 = 720 is not forced: since 18 and 40 "
                "share only a 2 ... I think the lcm must be a multiple of 18 \\cdot 40 / 2 \\cdot 2 = 720.",
                "720",
                _gsm,
            ),
        ),
        (P, _mnv(_LCM_E, "120")),
        (T, _cut(_LCM_G, "8 \\cdot 9 \\cdot 5")),
    ],
)

# How many distinct arrangements of the letters in BANANA are there?
_BAN_G = _t(r"""
BANANA has 6 letters: B once, A three times, N twice. The number of arrangements is
\frac{6!}{3! \, 2! \, 1!} = \frac{720}{12} = 60.

I first divided only by 3! for the A's and got 120, but swapping the two N's also gives the same word, so I must
also divide by 2!. Wait, let me recheck with a count by positions: choose the B's position (6 ways), then the two
N's among the remaining 5 (\binom{5}{2} = 10 ways); the A's fill the rest. 6 \cdot 10 = 60.
""")
_BAN_B = _t(r"""
6!/(3! \cdot 2!) = 720/12 = 60 would be the count if both the A's and the N's were repeated. The N's: B-A-N-A-N-A
has N in positions 3 and 5, and those two N's are different positions, so they do give different words.

So I only divide by 3! for the A's: 720/6 = 120.
""")
_BAN_E = _t(r"""
There are 6 letters, so 6! = 720 arrangements. The letters are in different positions each time, so every
permutation counts. So there are 720 arrangements.
""")
_add(
    "integer",
    "60",
    [
        (C, _o1(_BAN_G, "60", "So BANANA has", " distinct arrangements")),
        (C, _bxr(_BAN_G, "60", "The position count agrees with the multinomial coefficient.")),
        (C, _mnv(_BAN_G, "60")),
        (
            C,
            _two(
                _BAN_B,
                "120",
                "Swapping the two N's leaves the word unchanged (BANANA stays BANANA), so each word is counted 2! "
                "times "
                "in 720/6. Dividing again: 120/2 = 60.",
                "60",
                _bx,
            ),
        ),
        (H, _gsm(_BAN_B, "120")),
        (H, _r1(_BAN_B, "120", "Dividing 6! by 3! for the repeated A's.")),
        (P, _md(_BAN_E, "$720$")),
    ],
)

# What is the greatest prime factor of 3^8 - 1?
_GPF_G = _t(r"""
3^8 - 1 = (3^4 - 1)(3^4 + 1) = 80 \cdot 82.

80 = 2^4 \cdot 5 and 82 = 2 \cdot 41. So 3^8 - 1 = 2^5 \cdot 5 \cdot 41. I first thought 82 might be the answer,
but 82 is even, so it is not prime. Wait, let me recheck that 41 is prime: it is not divisible by 2, 3, 5 and
7^2 = 49 > 41, so yes.

Check the product: 32 \cdot 5 \cdot 41 = 160 \cdot 41 = 6560 = 6561 - 1. So the greatest prime factor is 41.
""")
_GPF_B = _t(r"""
3^8 - 1 = 80 \cdot 82 = 2^5 \cdot 5 \cdot 41, whose largest prime factor is 41.

Hmm, re-reading the problem, it is the number just above 3^8 that matters: 3^8 + 1 = 6562 = 2 \cdot 3281, and
3281 = 17 \cdot 193. So the greatest prime factor is 193.
""")
_GPF_E = _t(r"""
3^8 = 3^4 \cdot 3^4 = 81 \cdot 81 = 6581, so 3^8 - 1 = 6580.

6580 = 4 \cdot 1645 = 4 \cdot 5 \cdot 329 = 2^2 \cdot 5 \cdot 7 \cdot 47. So the greatest prime factor is 47.
""")
_add(
    "integer",
    "41",
    [
        (C, _md(_GPF_G, "$41$")),
        (C, _gsm(_GPF_G, "41")),
        (C, _r1(_GPF_G, "41", "3^8 - 1 = 2^5 \\cdot 5 \\cdot 41.")),
        (
            C,
            _two(
                _GPF_B,
                "193",
                "The question is about 3^8 - 1, not 3^8 + 1. 3^8 - 1 = 6560 = 2^5 \\cdot 5 \\cdot 41.",
                "41",
                _o1,
            ),
        ),
        (H, _mnv(_GPF_B, "193")),
        (
            H,
            _two(
                _GPF_G,
                "41",
                "The factor 3^4 + 1 = 82 itself: the question says greatest prime factor, and 82 was the largest "
                "factor I wrote down in the product 80 \\cdot 82.",
                "$82$",
                _md,
            ),
        ),
        (P, _bx(_GPF_E, "47")),
        (T, _cut(_GPF_G, "2^5 \\cdot 5 \\cdot 41. I first", think=True)),
    ],
)

# How many positive integers not exceeding 100 are divisible by 2 or by 3?
_INC_G = _t(r"""
By inclusion-exclusion: multiples of 2 up to 100: 50; multiples of 3: \lfloor 100/3 \rfloor = 33; multiples of 6:
\lfloor 100/6 \rfloor = 16.

So the count is 50 + 33 - 16 = 67. Adding without the correction would give 83, which double counts the multiples
of 6. Wait, let me recheck by the complement: the numbers divisible by neither are those \equiv 1 or 5 \pmod 6;
1 to 96 holds 16 blocks of six with 2 each, which is 32, plus 97, so 33 of them, and 100 - 33 = 67.
""")
_INC_B = _t(r"""
Multiples of 2: 50, multiples of 3: 33, multiples of 6: 16. Inclusion-exclusion gives 50 + 33 - 16 = 67.

Hmm, but the multiples of 6 are divisible by both 2 and 3, and "divisible by 2 or by 3" in ordinary speech means one
or the other, so I remove them as well: 67 - 16 = 51.
""")
_INC_E = _t(r"""
Multiples of 2 up to 100: 50. Multiples of 3: 33. Together 50 + 33 = 83 numbers are divisible by 2 or by 3.
""")
_add(
    "integer",
    "67",
    [
        (C, _mnv(_INC_G, "67")),
        (C, _o1(_INC_G, "67", "So the number of such integers is")),
        (C, _bx(_INC_G, "n = 67")),
        (
            C,
            _two(
                _INC_B,
                "51",
                'In mathematics "or" is inclusive unless it says "exactly one", so the multiples of 6 stay in. '
                "The complement check gives 100 - 33 = 67.",
                "67",
                _gsm,
            ),
        ),
        (H, _bx(_INC_B, "51")),
        (
            H,
            _two(
                _INC_G,
                "67",
                "\\lfloor 100/3 \\rfloor = 33 and \\lfloor 100/6 \\rfloor = 16, but 100 itself is even and I should "
                "not count the bound, so 49 + 33 - 16 = 66.",
                "66",
                _mnv,
            ),
        ),
        (P, _r1(_INC_E, "83", "Adding the multiples of 2 and of 3.")),
    ],
)


# ---------------------------------------------------------------- AIME (answers 000 to 999)

# Two distinct integers are chosen at random from {1, 2, ..., 10}. The probability that their sum is prime is m/n,
# with m and n relatively prime positive integers. Find m + n.
_PRS_G = _t(r"""
There are \binom{10}{2} = 45 pairs. The possible prime sums are 3, 5, 7, 11, 13, 17, 19 (the sum is between 3 and
19, and 2 is impossible for distinct numbers).

Counting pairs: sum 3: \{1,2\}, one pair; sum 5: \{1,4\}, \{2,3\}, two; sum 7: \{1,6\}, \{2,5\}, \{3,4\}, three;
sum 11: \{1,10\}, \{2,9\}, \{3,8\}, \{4,7\}, \{5,6\}, five; sum 13: \{3,10\}, \{4,9\}, \{5,8\}, \{6,7\}, four;
sum 17: \{7,10\}, \{8,9\}, two; sum 19: \{9,10\}, one. Total 1 + 2 + 3 + 5 + 4 + 2 + 1 = 18.

So the probability is 18/45. I first wrote m + n = 63, but 18/45 is not in lowest terms. Wait, let me recheck:
\gcd(18, 45) = 9, so 18/45 = 2/5, and m + n = 2 + 5 = 7.
""")
_PRS_B = _t(r"""
There are 45 unordered pairs, and the prime sums 3, 5, 7, 11, 13, 17, 19 occur 1, 2, 3, 5, 4, 2, 1 times, for 18
favourable pairs. So the probability is 18/45 = 2/5 and m + n = 7.

Hmm, wait. For the sum 11 I listed (1,10), (2,9), (3,8), (4,7), (5,6), but (6,5), (7,4), (8,3), (9,2), (10,1) are
different draws too, so that is 10 for the sum 11, and 18 - 5 + 10 = 23 favourable out of 45. 23 is prime, so
23/45 is reduced and m + n = 68.
""")
_PRS_E = _t(r"""
The sums range from 3 to 19. The prime sums are 3, 5, 7, 11, 13, and the number of pairs for each is 1, 2, 3, 5, 4,
which is 15.

So the probability is 15/45 = 1/3 and m + n = 4.
""")
_add(
    "aime",
    "7",
    [
        (C, _aime(_PRS_G, "007")),
        (C, _aime(_PRS_G, "007", "So $m + n = 2 + 5 = 7$. ")),
        (C, _mnv(_PRS_G, "7")),
        (
            C,
            _two(
                _PRS_B,
                "068",
                "I mixed ordered and unordered pairs: the 45 in the denominator counts unordered pairs, so the "
                "numerator must too. With 18 unordered favourable pairs the probability is 2/5, and m + n = 7.",
                "007",
                _aime,
            ),
        ),
        (H, _aime(_PRS_B, "068")),
        (
            H,
            _two(
                _PRS_G,
                "007",
                "The problem says the probability is m/n, and the natural count is 18 favourable out of 45, so "
                "m = 18 and n = 45, giving 63.",
                "063",
                _aime,
            ),
        ),
        (P, _r1(_PRS_E, "004", "The probability is 1/3.")),
        (T, _cut(_PRS_G, "1 + 2 + 3 + 5 + 4 + 2 + 1", think=True)),
    ],
)

# Find the remainder when 7^{2026} is divided by 100.
_SEV_G = _t(r"""
The last two digits of powers of 7: 7^1 = 07, 7^2 = 49, 7^3 = 343 \to 43, 7^4 = 2401 \to 01. So 7^4 \equiv 1
\pmod{100} and the cycle has length 4.

2026 = 4 \cdot 506 + 2, since 4 \cdot 506 = 2024. So 7^{2026} = (7^4)^{506} \cdot 7^2 \equiv 49. I briefly took the
exponent to be 3 mod 4, which would give 43, but 2026 - 2024 = 2. Wait, let me recheck with Euler: \varphi(100) =
40 and 2026 = 40 \cdot 50 + 26, 7^{26} = (7^4)^6 \cdot 7^2 \equiv 49. Consistent.
""")
_SEV_B = _t(r"""
The last two digits of 7^n cycle through 07, 49, 43, 01 with period 4. 2026 leaves remainder 2 when divided by 4,
so I want the second entry of the cycle.

Hmm, but the cycle really starts at n = 0 with 01 (since 7^0 = 1), so the list is 01, 07, 49, 43 and the second entry
is 07. So the remainder is 7.
""")
_SEV_E = _t(r"""
7^4 = 2401 \equiv 1 \pmod{100}. Since 4 \cdot 506 = 2023, 2026 = 4 \cdot 506 + 3.

So 7^{2026} \equiv 7^3 = 343 \equiv 43 \pmod{100}.
""")
_add(
    "aime",
    "49",
    [
        (C, _aime(_SEV_G, "049")),
        (C, _o1(_SEV_G, "049", "So the last two digits are 49, and the AIME answer is")),
        (C, _bxr(_SEV_G, "49", "Both the order-4 cycle and Euler's theorem agree.")),
        (
            C,
            _two(
                _SEV_B,
                "007",
                "The remainder 2 means exponent 2 mod 4, and 7^2 = 49 directly; the position of 01 in the list does "
                "not change which power it is. So the remainder is 49.",
                "049",
                _aime,
            ),
        ),
        (H, _aime(_SEV_B, "007")),
        (
            H,
            _two(
                _SEV_G,
                "049",
                "7^{2024} = (7^4)^{506} \\equiv 1, then times 7^2 = 49... and one more factor of 7 for the last step "
                "gives 343, so the last two digits are 43.",
                "043",
                _aime,
            ),
        ),
        (P, _aime(_SEV_E, "043")),
    ],
)

# Find the number of positive integers n <= 1000 such that gcd(n, 30) = 1.
_COP_G = _t(r"""
I need n not divisible by 2, 3 or 5. Inclusion-exclusion: multiples of 2: 500, of 3: 333, of 5: 200; of 6: 166, of
10: 100, of 15: 66; of 30: 33.

The count divisible by at least one is 500 + 333 + 200 - 166 - 100 - 66 + 33 = 734, so the answer is 1000 - 734 =
266. The density estimate 1000 \cdot \frac{8}{30} \approx 266.7 suggested 267, so let me make sure. Wait, let me
recheck by blocks: each block of 30 has \varphi(30) = 8 such numbers; 990 = 33 \cdot 30 gives 264, and in 991 to 1000
the residues 1 to 10 mod 30 give 991 and 997, two more. 264 + 2 = 266.
""")
_COP_B = _t(r"""
Inclusion-exclusion gives 1000 - (500 + 333 + 200) + (166 + 100 + 66) - 33 = 266.

But the density is \frac{\varphi(30)}{30} = \frac{8}{30}, and 1000 \cdot \frac{8}{30} = 266.67, which rounds to
267; the
floors must have lost a number somewhere, so I trust the density: 267.
""")
_COP_E = _t(r"""
Multiples of 2, 3, 5 up to 1000: 500, 333, 200. Pairwise overlaps (6, 10, 15): 166, 100, 66.

So the numbers divisible by 2, 3 or 5 number 1033 - 332 = 701, leaving 1000 - 701 = 299 coprime to 30.
""")
_add(
    "aime",
    "266",
    [
        (C, _aime(_COP_G, "266")),
        (C, _gsm(_COP_G, "266")),
        (C, _r1(_COP_G, "266", "Inclusion-exclusion and the block count agree.")),
        (
            C,
            _two(
                _COP_B,
                "267",
                "The density 8/30 is exact only over whole blocks of 30; 1000 is not a multiple of 30. The block "
                "count 264 + 2 = 266 matches the inclusion-exclusion.",
                "266",
                _aime,
            ),
        ),
        (H, _aime(_COP_B, "267")),
        (H, _md(_COP_B, "$267$")),
        (P, _aime(_COP_E, "299")),
        (T, _cut(_COP_G, "= 734", think=True)),
    ],
)

# Find the largest positive integer n for which n + 6 divides n^2 + 60.
_DVS_G = _t(r"""
Divide: n^2 + 60 = (n + 6)(n - 6) + 96, since (n+6)(n-6) = n^2 - 36. So n + 6 \mid n^2 + 60 exactly when
n + 6 \mid 96.

The largest n comes from n + 6 = 96, so n = 90. I considered n + 6 = 192 for a moment, but 192 does not divide 96.
Wait, let me recheck n = 90 directly: 90^2 + 60 = 8160 and 8160 / 96 = 85, an integer. So n = 90.
""")
_DVS_B = _t(r"""
Reducing mod n + 6, n \equiv -6, so n^2 + 60 \equiv 36 + 60 = 96, and n + 6 must divide 96, giving n = 90 at most.

Hmm, let me redo the sign: n^2 \equiv (-6)^2, but the 60 should be compared with it, 60 - 36 = 24, so n + 6 \mid 24 and
the largest n is 18. Check: 18^2 + 60 = 384 = 24 \cdot 16. So n = 18.
""")
_DVS_E = _t(r"""
n + 6 \mid n^2 + 60 - n(n + 6) = 60 - 6n = 6(10 - n). This has to be a nonnegative multiple of n + 6, so n \le 10.

At n = 10: n + 6 = 16 and 10^2 + 60 = 160 = 16 \cdot 10. So the largest n is 10.
""")
_add(
    "aime",
    "90",
    [
        (C, _aime(_DVS_G, "090")),
        (C, _md(_DVS_G, "$n = 90$ (AIME format: 090)")),
        (C, _aime(_DVS_G, "090", "So the largest such $n$ is $90$. ")),
        (
            C,
            _two(
                _DVS_B,
                "018",
                "The remainder is 36 + 60, not 60 - 36: substituting n = -6 into n^2 + 60 gives 96. So n + 6 "
                "divides 96 and n = 90 (check: 8160 = 96 \\cdot 85).",
                "$090$",
                _md,
            ),
        ),
        (H, _aime(_DVS_B, "018")),
        (
            H,
            _two(
                _DVS_G,
                "090",
                "The AIME asks for the divisor here: the largest n + 6 is 96.",
                "096",
                _aime,
            ),
        ),
        (P, _aime(_DVS_E, "010")),
        (T, _cut(_DVS_G, "so n = 90. I considered")),
    ],
)

# Find the number of ordered pairs (a, b) of positive integers with a + b = 40 and gcd(a, b) = 1.
_ORD_G = _t(r"""
\gcd(a, 40 - a) = \gcd(a, 40), so I need a in 1, \dots, 39 with \gcd(a, 40) = 1. That is \varphi(40) =
40 \cdot \frac{1}{2} \cdot \frac{4}{5} = 16.

Listing to check: 1, 3, 7, 9, 11, 13, 17, 19, 21, 23, 27, 29, 31, 33, 37, 39, which is 16. Each a gives the ordered
pair (a, 40 - a). I thought about halving for symmetry (8), but the pairs are ordered, so (1, 39) and (39, 1) both
count. Wait, let me recheck a = 20: \gcd(20, 20) = 20, excluded, fine. So there are 16 ordered pairs.
""")
_ORD_B = _t(r"""
The valid a are those coprime to 40, and there are \varphi(40) = 16 of them.

Each pair appears twice, as (a, b) and (b, a), so the number of pairs is 16 / 2 = 8.
""")
_ORD_E = _t(r"""
Since 40 is even, a and b must both be odd for the gcd to be 1 (if both were even they would share 2). The odd a in
1 to 39 number 20, so there are 20 pairs.
""")
_add(
    "aime",
    "16",
    [
        (C, _aime(_ORD_G, "016")),
        (C, _mnv(_ORD_G, "016")),
        (C, _o1(_ORD_G, "16", "So the number of ordered pairs is")),
        (
            C,
            _two(
                _ORD_B,
                "008",
                "The problem asks for ordered pairs, so (1, 39) and (39, 1) are different; there is no halving. "
                "The count is \\varphi(40) = 16.",
                "016",
                _aime,
            ),
        ),
        (H, _aime(_ORD_B, "008")),
        (H, _bx(_ORD_B, "8")),
        (P, _aime(_ORD_E, "020")),
    ],
)

# Triangle ABC has AB = 13, BC = 14, CA = 15. Its circumradius is m/n with m, n relatively prime positive integers.
# Find m + n.
_CIR_G = _t(r"""
First the area by Heron: s = 21, K = \sqrt{21 \cdot 8 \cdot 7 \cdot 6} = \sqrt{7056} = 84.

Then R = \frac{abc}{4K} = \frac{13 \cdot 14 \cdot 15}{336} = \frac{2730}{336}. Dividing by 42: \frac{65}{8}.
I started with abc/(2K) = 65/4, but that formula is wrong. Wait, let me recheck with the law of sines: the angle
opposite 14 has \cos B = \frac{13^2 + 15^2 - 14^2}{2 \cdot 13 \cdot 15} = \frac{198}{390} = \frac{33}{65}, so
\sin B = \frac{56}{65}, and 2R = \frac{14}{56/65} = \frac{65}{4}, R = \frac{65}{8}. So m + n = 65 + 8 = 73.
""")
_CIR_B = _t(r"""
K = 84 by Heron, and R = \frac{abc}{4K} = \frac{2730}{336} = \frac{65}{8}, which would make m + n = 73.

Hmm, I recall the formula as K = \frac{abc}{2R}... then R = \frac{abc}{2K} = \frac{2730}{168} = \frac{65}{4}, so
m + n = 69.
""")
_CIR_E = _t(r"""
K = 84 and s = 21, so the radius is K / s = 84 / 21 = 4 = \frac{4}{1}, giving m + n = 5.
""")
_add(
    "aime",
    "73",
    [
        (C, _aime(_CIR_G, "073")),
        (C, _r1(_CIR_G, "073", "R = 65/8, so m + n = 73.")),
        (C, _gsm(_CIR_G, "73")),
        (
            C,
            _two(
                _CIR_B,
                "069",
                "The formula is K = \\frac{abc}{4R}; the law of sines check 2R = 14 / \\sin B = 65/4 gives R = 65/8. "
                "So m + n = 73.",
                "073",
                _aime,
            ),
        ),
        (H, _aime(_CIR_B, "069")),
        (
            H,
            _two(
                _CIR_G,
                "073",
                "The problem wants the diameter-style quantity from the law of sines, 2R = 65/4, which is reduced, "
                "so m + n = 69.",
                "069",
                _mnv,
            ),
        ),
        (P, _aime(_CIR_E, "005")),
        (T, _cut(_CIR_G, "\\frac{2730}{336}. Dividing", think=True)),
    ],
)

# Find the sum of all positive integers n such that n + 10 divides n^2 + 100.
_SUM_G = _t(r"""
n^2 + 100 = (n + 10)(n - 10) + 200, so n + 10 \mid 200. With n \ge 1 we need n + 10 \ge 11, and the divisors of 200
that are at least 11 are 20, 25, 40, 50, 100, 200.

That gives n = 10, 15, 30, 40, 90, 190. I dropped n + 10 = 10 since it gives n = 0, which is not positive. Wait, let me
recheck n = 15: 225 + 100 = 325 = 25 \cdot 13, yes; n = 190: 36100 + 100 = 36200 = 200 \cdot 181, yes.

The sum is 10 + 15 + 30 + 40 + 90 + 190 = 375.
""")
_SUM_B = _t(r"""
n + 10 \mid 200, so n + 10 \in \{20, 25, 40, 50, 100, 200\} and n \in \{10, 15, 30, 40, 90, 190\}, with sum 375.

Hmm, for n = 10 the quotient step used n - 10 = 0, and then (n + 10)(n - 10) vanishes, so I am not sure n = 10 is
legitimate; I will leave it out. The sum is 375 - 10 = 365.
""")
_SUM_E = _t(r"""
n^2 - 100 = (n+10)(n-10), so n^2 + 100 = (n + 10)(n - 10) + 100 and n + 10 \mid 100.

Divisors of 100 that are at least 11: 20, 25, 50, 100, so n = 10, 15, 40, 90 and the sum is 155.
""")
_add(
    "aime",
    "375",
    [
        (C, _aime(_SUM_G, "375")),
        (C, _md(_SUM_G, "$375$")),
        (C, _mnv(_SUM_G, "375")),
        (
            C,
            _two(
                _SUM_B,
                "365",
                "n = 10 is legitimate: 10^2 + 100 = 200 = 20 \\cdot 10, so 20 divides it. The sum is 375.",
                "375",
                _aime,
            ),
        ),
        (H, _aime(_SUM_B, "365")),
        (
            H,
            _two(
                _SUM_G,
                "375",
                "n + 10 = 200 gives n = 190, but then n + 10 equals the whole remainder, which I think is excluded; "
                "without 190 the sum is 185.",
                "185",
                _aime,
            ),
        ),
        (P, _o1(_SUM_E, "155", "So the requested sum is")),
    ],
)


# ---------------------------------------------------------------- GSM8K word problems

# Janet buys 3 notebooks at $4 each and 2 pens at $1.50 each, and pays with a $20 bill. How much change does she get?
_CHG_G = _t(r"""
The notebooks cost 3 \times 4 = 12 dollars. The pens cost 2 \times 1.50 = 3 dollars.

Total: 12 + 3 = 15 dollars. She pays with 20, so the change is 20 - 15 = 5 dollars.

Wait, let me recheck the pens: 1.50 + 1.50 = 3.00, yes. So she gets 5 dollars back.
""")
_CHG_B = _t(r"""
Notebooks: 3 \times 4 = 12. Pens: 2 \times 1.50 = 3. She spends 12 + 3 = 15, so 20 - 15 = 5 would be left over.

The question is about what she pays for the items, so the amount is 15 dollars.
""")
_CHG_E = _t(r"""
Notebooks: 3 \times 4 = 12 dollars. Pens: 1.50 dollars. She spends 12 + 1.50 = 13.50, so the change is
20 - 13.50 = 6.50 dollars.
""")
_add(
    "gsm8k",
    "5",
    [
        (C, _gsm(_CHG_G, "5")),
        (C, _md(_CHG_G, "Janet gets **\\$5** in change.")),
        (C, _o1(_CHG_G, "$5.00", "Her change is")),
        (
            C,
            _two(
                _CHG_B,
                "15",
                "15 dollars is what she spends; the question asks for the change from a 20 dollar bill, which is "
                "20 - 15 = 5 dollars.",
                "5",
                _gsm,
            ),
        ),
        (H, _gsm(_CHG_B, "15")),
        (
            H,
            _two(
                _CHG_G,
                "5",
                "The pens come to 3 dollars, which she pays in coins, so the 20 dollar bill only covers the "
                "notebooks: "
                "20 - 12 = 8.",
                "8",
                _gsm,
            ),
        ),
        (P, _gsm(_CHG_E, "6.50")),
        (T, _cut(_CHG_G, "12 + 3 = 15")),
    ],
)

# A baker makes 12 dozen cookies. She sells 3/4 of them and then gives away 10 of the rest. How many cookies are left?
_CKE_G = _t(r"""
12 dozen is 12 \times 12 = 144 cookies. She sells \frac{3}{4} \times 144 = 108, leaving 144 - 108 = 36.

Then she gives away 10: 36 - 10 = 26. Let me double check the first step with the remaining quarter:
\frac{1}{4} \times 144 = 36, same. So 26 cookies are left.
""")
_CKE_B = _t(r"""
144 cookies; 3/4 sold is 108, so 36 remain, and after giving away 10 there are 26.

Hmm, wait, re-reading: she sells 3/4, so the cookies she keeps are 3/4 of 144 = 108. Giving away 10 of those leaves 98.
""")
_CKE_E = _t(r"""
12 dozen = 120 cookies. She sells 3/4, so 1/4 remain: 120 / 4 = 30. She gives away 10, leaving 20.
""")
_add(
    "gsm8k",
    "26",
    [
        (C, _gsm(_CKE_G, "26")),
        (C, _mnv(_CKE_G, "26")),
        (C, _r1(_CKE_G, "26 \\text{ cookies}", "36 cookies remain after the sale, and 10 are given away.")),
        (
            C,
            _two(
                _CKE_B,
                "98",
                "Selling 3/4 leaves 1/4, not 3/4: 144 / 4 = 36 remain, and 36 - 10 = 26.",
                "26",
                _gsm,
            ),
        ),
        (H, _gsm(_CKE_B, "98")),
        (
            H,
            _two(
                _CKE_G,
                "26",
                "The 10 are given away before she counts what is left for tomorrow, and tomorrow's batch is the "
                "10 she kept back, so 36 - 10 - 10 = 16.",
                "16",
                _gsm,
            ),
        ),
        (P, _o1(_CKE_E, "20", "So the number of cookies left is")),
    ],
)

# Tom has 3 times as many marbles as Sam. Together they have 48. Tom then gives Sam 6 marbles. How many marbles does
# Tom have now?
_MRB_G = _t(r"""
Let Sam have s marbles; Tom has 3s. Then s + 3s = 4s = 48, so s = 12 and Tom has 36.

After Tom gives 6 to Sam, Tom has 36 - 6 = 30 and Sam has 12 + 6 = 18. Check: 30 + 18 = 48, the total is unchanged.
Wait, let me recheck which one the question asks about: Tom. So Tom has 30.
""")
_MRB_B = _t(r"""
4s = 48 gives s = 12, so Tom starts with 36. After the gift Tom has 36 - 6 = 30 and Sam has 12 + 6 = 18.

The question asks how many Sam has now... the one who received the gift, so 18.
""")
_MRB_E = _t(r"""
Tom has 3 times Sam's 48... no, together 48, so Tom has 48 / 3 = 16 and Sam 32. After giving 6, Tom has 10.
""")
_add(
    "gsm8k",
    "30",
    [
        (C, _gsm(_MRB_G, "30")),
        (C, _o1(_MRB_G, "30 marbles", "Tom now has")),
        (C, _bx(_MRB_G, "30")),
        (
            C,
            _two(
                _MRB_B,
                "18",
                "The question asks about Tom, not Sam. Tom has 36 - 6 = 30.",
                "30",
                _md,
            ),
        ),
        (H, _gsm(_MRB_B, "18")),
        (
            H,
            _two(
                _MRB_G,
                "30",
                '"Tom has 3 times as many" describes his count, and the question asks how many Tom has, which is '
                "the 3s = 36 from the setup.",
                "36",
                _gsm,
            ),
        ),
        (P, _gsm(_MRB_E, "10")),
        (T, _cut(_MRB_G, "36 - 6 = 30 and", think=True)),
    ],
)

# A car travels 120 miles in 2 hours and then 180 miles in 4 hours. What is its average speed, in miles per hour, for
# the whole trip?
_AVG_G = _t(r"""
Total distance: 120 + 180 = 300 miles. Total time: 2 + 4 = 6 hours.

Average speed = 300 / 6 = 50 mph. The leg speeds are 60 and 45, and their plain average 52.5 is not the trip's
average, because more time is spent at 45. Wait, let me recheck with time weights: (2 \cdot 60 + 4 \cdot 45)/6 =
(120 + 180)/6 = 50. Same.
""")
_AVG_B = _t(r"""
Total 300 miles in 6 hours is 50 mph overall.

But the question asks for the average speed, and the two speeds are 120/2 = 60 and 180/4 = 45, whose average is
(60 + 45)/2 = 52.5 mph.
""")
_AVG_E = _t(r"""
Speeds: 120/2 = 60 and 180/4 = 40. Since the legs have different lengths, I weight each speed by its distance:
(120 \cdot 60 + 180 \cdot 40)/300 = (7200 + 7200)/300 = 48 mph.
""")
_add(
    "gsm8k",
    "50",
    [
        (C, _gsm(_AVG_G, "50")),
        (C, _md(_AVG_G, "$50$ mph")),
        (C, _mnv(_AVG_G, "50 \\text{ miles per hour}")),
        (
            C,
            _two(
                _AVG_B,
                "52.5",
                "Averaging the two speeds ignores that the car spends 4 hours at 45 mph and only 2 hours at 60 mph. "
                "Average speed is total distance over total time, 300/6 = 50.",
                "50",
                _gsm,
            ),
        ),
        (H, _gsm(_AVG_B, "52.5")),
        (H, _o1(_AVG_B, "52.5 mph", "The average speed is")),
        (P, _gsm(_AVG_E, "48")),
    ],
)

# A shirt costs $40. It is on sale for 25% off, and then 8% sales tax is added to the sale price. What is the final
# price, in dollars?
_SHR_G = _t(r"""
25% off 40: the discount is 0.25 \times 40 = 10, so the sale price is 30 dollars.

Tax is 8% of 30: 0.08 \times 30 = 2.40. Final price: 30 + 2.40 = 32.40 dollars.

Wait, let me recheck whether the tax applies to 40 instead; it says the sale price, so 30 is right, and
30 \times 1.08 = 32.4.
""")
_SHR_B = _t(r"""
Sale price: 40 \times 0.75 = 30. Tax on the sale price: 2.40, so 32.40.

Hmm, but sales tax is normally charged on the ticket price, 8% of 40 = 3.20, so the total is 30 + 3.20 = 33.20.
""")
_SHR_E = _t(r"""
Sale price: 40 \times 0.75 = 30. With 8% tax taken off: 30 \times 0.92 = 27.60.
""")
_add(
    "gsm8k",
    "32.4",
    [
        (C, _gsm(_SHR_G, "32.40")),
        (C, _o1(_SHR_G, "\\$32.40", "The shirt costs")),
        (C, _r1(_SHR_G, "\\$32.40", "The sale price is 30 dollars and the tax on it is 2.40.")),
        (
            C,
            _two(
                _SHR_B,
                "33.20",
                "The problem says the tax is added to the sale price, so it is 8% of 30 = 2.40. Final price 32.40.",
                "32.4",
                _gsm,
            ),
        ),
        (H, _gsm(_SHR_B, "33.20")),
        (
            H,
            _two(
                _SHR_G,
                "32.40",
                "Equivalently I can combine the percents: 25% off and 8% on is 17% off overall, and 40 \\times 0.83 = "
                "33.20.",
                "33.20",
                _md,
            ),
        ),
        (P, _gsm(_SHR_E, "27.60")),
        (T, _cut(_SHR_G, "0.08 \\times 30")),
    ],
)

# A factory makes 1,250 widgets per day and runs 5 days a week. How many widgets does it make in 4 weeks?
_WID_G = _t(r"""
Per week: 1,250 \times 5 = 6,250 widgets. In 4 weeks: 6,250 \times 4 = 25,000.

Wait, let me recheck by days: 4 weeks of 5 working days is 20 days, and 1,250 \times 20 = 25,000. A 7-day count
would give 35,000, but the factory runs only 5 days a week.
""")
_WID_B = _t(r"""
At 5 days a week, 4 weeks is 20 days, and 1,250 \times 20 = 25,000.

Hmm, but 4 weeks is 28 days on the calendar, so over that time it makes 1,250 \times 28 = 35,000.
""")
_WID_E = _t(r"""
4 weeks at 5 days is 20 days. 1,250 \times 20: 1,250 \times 2 = 2,500, and times 10 twice gives 250,000.
""")
_add(
    "gsm8k",
    "25000",
    [
        (C, _gsm(_WID_G, "25,000")),
        (C, _gsm(_WID_G, "25000")),
        (C, _md(_WID_G, "$25{,}000$ widgets")),
        (
            C,
            _two(
                _WID_B,
                "35,000",
                "The factory does not run on weekends: 5 days a week for 4 weeks is 20 production days. "
                "1,250 \\times 20 = 25,000.",
                "25,000",
                _o1,
            ),
        ),
        (H, _gsm(_WID_B, "35,000")),
        (H, _mnv(_WID_B, "35{,}000")),
        (P, _gsm(_WID_E, "250,000")),
    ],
)


# ---------------------------------------------------------------- AMC (gold stored as the value; choices listed)

# How many positive integers less than 50 are multiples of 3 but not multiples of 2?
# (A) 6  (B) 7  (C) 8  (D) 9  (E) 16
_ODD_G = _t(r"""
The multiples of 3 below 50 are 3, 6, \dots, 48, which is 16 numbers. The odd ones are 3, 9, 15, 21, 27, 33, 39, 45.

That is 8 numbers. Wait, let me recheck that 51 is excluded: 51 > 50, yes. And the even ones, 6, 12, \dots, 48, are
the multiples of 6, \lfloor 49/6 \rfloor = 8 of them, so 16 - 8 = 8 odd multiples. I almost chose 16, but that counts
the even multiples too.
""")
_ODD_B = _t(r"""
The odd multiples of 3 below 50 are 3, 9, 15, 21, 27, 33, 39, 45, so 8 of them.

Hmm, but the question says less than 50, and 50 is not a multiple of 3, while 51 is odd and is the next one; I think
the bound is meant to include the next multiple, so 9.
""")
_ODD_E = _t(r"""
There are \lfloor 50/3 \rfloor = 16 multiples of 3 below 50. Not being a multiple of 2 is the usual case, so I
keep all 16.
""")
_add(
    "amc",
    "8",
    [
        (C, _amc(_ODD_G, "\\textbf{(C)}\\ 8")),
        (C, _amcb(_ODD_G, "\\textbf{(C) } 8")),
        (C, _r1(_ODD_G, "\\textbf{(C)}\\ 8", "The odd multiples of 3 below 50 are 3, 9, ..., 45.")),
        (
            C,
            _two(
                _ODD_B,
                "\\textbf{(D)}\\ 9",
                "51 is not less than 50, so it cannot be included. The list 3, 9, ..., 45 has 8 numbers.",
                "\\textbf{(C)}\\ 8",
                _amc,
            ),
        ),
        (H, _amc(_ODD_B, "\\textbf{(D)}\\ 9")),
        (
            H,
            _two(
                _ODD_G,
                "\\textbf{(C)}\\ 8",
                '16 - 8 = 8 is right for the odd ones, but the question says "multiples of 3" first, so it wants '
                "all of them, and choice (E) matches the count of multiples.",
                "\\textbf{(E)}\\ 16",
                _amc,
            ),
        ),
        (P, _amcb(_ODD_E, "\\textbf{(E)}\\ 16")),
        (T, _cut(_ODD_G, "8 numbers. Wait")),
    ],
)

# A jar holds 4 red, 5 blue and 6 green marbles. Two are drawn at random without replacement. What is the probability
# that they are the same color?
# (A) 1/3  (B) 31/105  (C) 2/7  (D) 4/15  (E) 77/225
_JAR_G = _t(r"""
There are \binom{15}{2} = 105 pairs. Same colour: \binom{4}{2} + \binom{5}{2} + \binom{6}{2} = 6 + 10 + 15 = 31.

So the probability is \frac{31}{105}. I first thought of \left(\frac{4}{15}\right)^2 + \left(\frac{5}{15}\right)^2 +
\left(\frac{6}{15}\right)^2 = \frac{77}{225}, but that is with replacement. Wait, let me recheck with ordered draws:
\frac{4 \cdot 3 + 5 \cdot 4 + 6 \cdot 5}{15 \cdot 14} = \frac{62}{210} = \frac{31}{105}. Same.
""")
_JAR_B = _t(r"""
Without replacement: \frac{6 + 10 + 15}{105} = \frac{31}{105}.

Hmm, "drawn at random" with each draw from the full jar means the colours are independent, so
\frac{16 + 25 + 36}{225} = \frac{77}{225}, which is also one of the choices. I'll go with that.
""")
_JAR_E = _t(r"""
The chance the second marble matches the first is about one third, since there are three colours, so
the probability is \frac{1}{3}.
""")
_add(
    "amc",
    "\\frac{31}{105}",
    [
        (C, _amc(_JAR_G, "\\textbf{(B)}\\ \\frac{31}{105}")),
        (C, _amcb(_JAR_G, "\\textbf{(B)}\\ \\dfrac{31}{105}")),
        (C, _mnv(_JAR_G, "\\textbf{(B)}\\ \\frac{31}{105}")),
        (
            C,
            _two(
                _JAR_B,
                "\\textbf{(E)}\\ \\frac{77}{225}",
                "The problem says without replacement, so the second draw comes from 14 marbles. That gives "
                "\\frac{62}{210} = \\frac{31}{105}.",
                "\\textbf{(B)}\\ \\frac{31}{105}",
                _amc,
            ),
        ),
        (H, _amc(_JAR_B, "\\textbf{(E)}\\ \\frac{77}{225}")),
        (
            H,
            _two(
                _JAR_G,
                "\\textbf{(B)}\\ \\frac{31}{105}",
                "\\binom{6}{2} = 15 should be \\binom{6}{2} = 12... no, 15 is right, but then 31/105 is close to "
                "35/105, and the intended answer must be the clean one.",
                "\\textbf{(A)}\\ \\frac{1}{3}",
                _amcb,
            ),
        ),
        (P, _amc(_JAR_E, "\\textbf{(A)}\\ \\frac{1}{3}")),
    ],
)

# What is the sum of the digits of 10^{20} - 20?
# (A) 162  (B) 168  (C) 170  (D) 171  (E) 180
_DIG_G = _t(r"""
10^{20} is 1 followed by 20 zeros. Subtracting 20: 10^{20} - 20 = 99\ldots980, where the digits are eighteen 9s, then
8, then 0 (compare 10^4 - 20 = 9980: two 9s, then 8, then 0, so the pattern is (n - 2) nines).

The digit sum is 18 \cdot 9 + 8 = 162 + 8 = 170. I first counted nineteen 9s, which would give 171 + ... no, the
number has only 20 digits in all. Wait, let me recheck with 10^3 - 20 = 980: one 9, then 8, 0, i.e. 3 - 2 = 1 nine.
So eighteen nines is right, and the sum is 170.
""")
_DIG_B = _t(r"""
10^{20} - 20 = 99\ldots980. With eighteen 9s the sum would be 162 + 8 = 170.

Hmm, 10^{20} - 1 has twenty 9s, and subtracting 19 more only changes the last digit, so I get nineteen 9s and then
the last digits... the sum is 19 \cdot 9 = 171.
""")
_DIG_E = _t(r"""
10^{20} - 20 ends in 80 and has 18 nines in front, so the digits are 9 (eighteen times), 8, 0, and I add the 9s:
18 \cdot 9 = 162.
""")
_add(
    "amc",
    "170",
    [
        (C, _amc(_DIG_G, "\\textbf{(C)}\\ 170")),
        (C, _o1(_DIG_G, "(C) 170", "So the digit sum is choice")),
        (C, _amcb(_DIG_G, "\\textbf{(C)}\\ 170")),
        (
            C,
            _two(
                _DIG_B,
                "\\textbf{(D)}\\ 171",
                "Subtracting 19 from 99...9 changes the last two digits, not one: 10^{20} - 20 ends in 80. So there "
                "are eighteen 9s, then 8, 0, and the sum is 170.",
                "\\textbf{(C)}\\ 170",
                _amc,
            ),
        ),
        (H, _amc(_DIG_B, "\\textbf{(D)}\\ 171")),
        (
            H,
            _two(
                _DIG_G,
                "\\textbf{(C)}\\ 170",
                "The 8 comes from the subtraction, it is a borrow digit, and the question wants the digits of the "
                "nines block: 18 \\cdot 9 = 162.",
                "\\textbf{(A)}\\ 162",
                _amc,
            ),
        ),
        (P, _amc(_DIG_E, "\\textbf{(A)}\\ 162")),
        (T, _cut(_DIG_G, "18 \\cdot 9 + 8", think=True)),
    ],
)

# What is the area of a regular hexagon with side length 2?
# (A) 3\sqrt{3}  (B) 4\sqrt{3}  (C) 6  (D) 6\sqrt{3}  (E) 12\sqrt{3}
_HEX_G = _t(r"""
A regular hexagon splits into 6 equilateral triangles of side 2. Each has area \frac{\sqrt{3}}{4} \cdot 2^2 = \sqrt{3}.

So the hexagon has area 6\sqrt{3}. I first used \frac{\sqrt{3}}{2} s^2 for a triangle, which would give 12\sqrt{3},
but that is twice the equilateral triangle area. Wait, let me recheck with the formula \frac{3\sqrt{3}}{2} s^2 =
\frac{3\sqrt{3}}{2} \cdot 4 = 6\sqrt{3}. Numerically about 10.39.
""")
_HEX_B = _t(r"""
Six equilateral triangles of side 2, each of area \sqrt{3}, give 6\sqrt{3}.

Hmm, the height of each triangle is \sqrt{3} and the base is 2, so each triangle is base times height, 2\sqrt{3},
and six of them make 12\sqrt{3}.
""")
_HEX_E = _t(r"""
The hexagon is two trapezoids with parallel sides 2 and 4 and height 1, each of area \frac{2 + 4}{2} \cdot 1 = 3, so
the total is 6.
""")
_add(
    "amc",
    "6\\sqrt{3}",
    [
        (C, _amc(_HEX_G, "\\textbf{(D)}\\ 6\\sqrt{3}")),
        (C, _amcb(_HEX_G, "\\textbf{(D)}\\ 6\\sqrt 3")),
        (C, _md(_HEX_G, "$\\textbf{(D)}\\ 6\\sqrt{3}$")),
        (
            C,
            _two(
                _HEX_B,
                "\\textbf{(E)}\\ 12\\sqrt{3}",
                "A triangle's area is half of base times height: \\frac{1}{2} \\cdot 2 \\cdot \\sqrt{3} = \\sqrt{3}, "
                "so six give 6\\sqrt{3}.",
                "\\textbf{(D)}\\ 6\\sqrt{3}",
                _amc,
            ),
        ),
        (H, _amc(_HEX_B, "\\textbf{(E)}\\ 12\\sqrt{3}")),
        (H, _r1(_HEX_B, "\\textbf{(E)}\\ 12\\sqrt{3}", "Six triangles of base 2 and height \\sqrt{3}.")),
        (P, _amc(_HEX_E, "\\textbf{(C)}\\ 6")),
    ],
)


# ---------------------------------------------------------------- fractions

# Solve 3x - 5 = 9.
_LIN_G = _t(r"""
Add 5 to both sides: 3x = 14. Divide by 3: x = \frac{14}{3}.

I first wrote 3x = 4 by subtracting the 5, which would give x = \frac{4}{3}, but moving -5 across makes +5. Wait,
let me recheck by substitution: 3 \cdot \frac{14}{3} - 5 = 14 - 5 = 9. Correct.
""")
_LIN_B = _t(r"""
3x - 5 = 9, so 3x = 14 and x = \frac{14}{3}.

Hmm, let me redo the division the other way to be safe: x = \frac{3}{14}... since 3x = 14 means x is 14 parts of 3, I
will write x = \frac{3}{14}.
""")
_LIN_E = _t(r"""
3x - 5 = 9 gives 3x = 9 - 5 = 4, so x = \frac{4}{3}.
""")
_add(
    "fraction",
    "\\frac{14}{3}",
    [
        (C, _mnv(_LIN_G, "\\frac{14}{3}")),
        (C, _gsm(_LIN_G, "14/3")),
        (C, _o1(_LIN_G, "$x = \\dfrac{14}{3}$", "The solution is")),
        (C, _bx(_LIN_G, "4\\frac{2}{3}")),
        (
            C,
            _two(
                _LIN_B,
                "\\frac{3}{14}",
                "If x = 3/14 then 3x = 9/14, not 14. Dividing 3x = 14 by 3 gives x = 14/3, and the substitution check "
                "3 \\cdot 14/3 - 5 = 9 works.",
                "\\dfrac{14}{3}",
                _bx,
            ),
        ),
        (H, _mnv(_LIN_B, "\\frac{3}{14}")),
        (H, _md(_LIN_B, "$x = \\frac{3}{14}$")),
        (P, _r1(_LIN_E, "\\frac{4}{3}", "Isolating x.")),
    ],
)

# Two fair six-sided dice are rolled. What is the probability that the sum is 7?
_DIC_G = _t(r"""
There are 36 equally likely ordered outcomes. The pairs with sum 7 are (1,6), (2,5), (3,4), (4,3), (5,2), (6,1), which
is 6.

So the probability is \frac{6}{36} = \frac{1}{6}. At first I counted only 3 unordered pairs, which would give
\frac{3}{36} = \frac{1}{12}, but (1,6) and (6,1) are different outcomes. Wait, let me recheck: whatever the first die
shows, exactly one value of the second die makes 7, so the probability is \frac{1}{6}.
""")
_DIC_B = _t(r"""
Six ordered outcomes give 7 out of 36, so \frac{6}{36} = \frac{1}{6}.

Hmm, but the dice are identical, so (1,6) and (6,1) are the same roll. That leaves 3 rolls with sum 7, out of 36,
so \frac{3}{36} = \frac{1}{12}.
""")
_DIC_E = _t(r"""
The sums run from 2 to 12, which is 11 possible sums, and 7 is one of them, so the probability is \frac{1}{11}.
""")
_add(
    "fraction",
    "\\frac{1}{6}",
    [
        (C, _md(_DIC_G, "$\\frac{1}{6}$")),
        (C, _r1(_DIC_G, "\\dfrac{6}{36}", "Six of the 36 outcomes have sum 7.")),
        (C, _gsm(_DIC_G, "1/6")),
        (
            C,
            _two(
                _DIC_B,
                "\\frac{1}{12}",
                "Identical-looking dice still have 36 equally likely outcomes; counting 3 favourable against 36 "
                "mixes unordered with ordered. The probability is 6/36 = 1/6.",
                "\\frac{1}{6}",
                _mnv,
            ),
        ),
        (H, _bx(_DIC_B, "\\frac{1}{12}")),
        (
            H,
            _two(
                _DIC_G,
                "\\frac{1}{6}",
                "The problem says the sum is 7, so the first die has to be at most 6 and the second one at least 1; "
                "out of the 36 outcomes that leaves 5 that work, (1,6) through (5,2), since (6,1) repeats 6.",
                "\\frac{5}{36}",
                _mnv,
            ),
        ),
        (P, _o1(_DIC_E, "$\\frac{1}{11}$", "So the probability is")),
    ],
)

# Find the sum of the infinite geometric series 3 + 1 + 1/3 + 1/9 + ... .
_GEO_G = _t(r"""
The first term is a = 3 and the ratio is r = \frac{1}{3}. The sum is \frac{a}{1 - r} = \frac{3}{2/3} = \frac{9}{2}.

I briefly wrote \frac{3}{1 + 1/3} = \frac{9}{4}, which is the formula for a ratio of -\frac{1}{3}. Wait, let me
recheck with partial sums: 3 + 1 = 4, + \frac{1}{3} = 4.333, + \frac{1}{9} = 4.444, + \frac{1}{27} \approx 4.481,
approaching 4.5. So the sum is \frac{9}{2}.
""")
_GEO_B = _t(r"""
With a = 3 and r = 1/3, \frac{a}{1 - r} = \frac{9}{2}.

Hmm, but the series starts at the second term after 3, so I should use a = 1: \frac{1}{1 - 1/3} = \frac{3}{2}.
""")
_GEO_E = _t(r"""
a = 3, r = \frac{1}{3}. The sum is \frac{a}{1 + r} = \frac{3}{4/3} = \frac{9}{4}.
""")
_add(
    "fraction",
    "\\frac{9}{2}",
    [
        (C, _gsm(_GEO_G, "4.5")),
        (C, _mnv(_GEO_G, "\\frac{9}{2}")),
        (C, _bxr(_GEO_G, "\\tfrac{9}{2}", "The partial sums approach this value from below, as they should.")),
        (
            C,
            _two(
                _GEO_B,
                "\\frac{3}{2}",
                "The series is 3 + 1 + 1/3 + ..., and its first term is 3; a = 1 would drop the 3. So the sum is "
                "3/(1 - 1/3) = 9/2.",
                "$\\frac{9}{2}$",
                _md,
            ),
        ),
        (H, _mnv(_GEO_B, "\\frac{3}{2}")),
        (
            H,
            _two(
                _GEO_G,
                "\\frac{9}{2}",
                "Dividing 3 by 1 - 1/3 = 2/3 ... hmm, 3 \\div \\frac{2}{3}: I'll multiply by the reciprocal of the "
                "ratio instead, 3 \\cdot \\frac{3}{4}, giving 9/4.",
                "\\frac{9}{4}",
                _bx,
            ),
        ),
        (P, _gsm(_GEO_E, "9/4")),
        (T, _cut(_GEO_G, "= \\frac{3}{2/3}")),
    ],
)

# What is the slope of the line through (2, -3) and (6, 7)?
_SLP_G = _t(r"""
Slope = \frac{y_2 - y_1}{x_2 - x_1} = \frac{7 - (-3)}{6 - 2} = \frac{10}{4} = \frac{5}{2}.

I first wrote \frac{7 - 3}{6 - 2} = 1, forgetting that y_1 is negative. Wait, let me recheck in the other order:
\frac{-3 - 7}{2 - 6} = \frac{-10}{-4} = \frac{5}{2}. Same.
""")
_SLP_B = _t(r"""
The rise is 7 - (-3) = 10 and the run is 6 - 2 = 4, so the ratio 10 to 4 is \frac{5}{2}.

Slope is run over rise... I mean for the steepness we divide the horizontal change by the vertical one, \frac{4}{10} =
\frac{2}{5}.
""")
_SLP_E = _t(r"""
Slope = \frac{7 - 3}{6 - 2} = \frac{4}{4} = 1.
""")
_add(
    "fraction",
    "\\frac{5}{2}",
    [
        (C, _o1(_SLP_G, "$\\frac{5}{2}$", "The slope of the line is")),
        (C, _md(_SLP_G, "$m = 2.5$")),
        (C, _r1(_SLP_G, "\\frac{10}{4}", "Rise 10 over run 4.")),
        (
            C,
            _two(
                _SLP_B,
                "\\frac{2}{5}",
                "Slope is rise over run, the change in y over the change in x: 10/4 = 5/2.",
                "\\frac{5}{2}",
                _gsm,
            ),
        ),
        (H, _o1(_SLP_B, "$\\frac{2}{5}$", "The slope is")),
        (
            H,
            _two(
                _SLP_G,
                "\\frac{5}{2}",
                "Going from (6, 7) to (2, -3) the y drops, so the line goes down and the slope is negative: "
                "-\\frac{5}{2}.",
                "-\\frac{5}{2}",
                _mnv,
            ),
        ),
        (P, _bx(_SLP_E, "1")),
    ],
)

# Express 0.\overline{36} as a common fraction in lowest terms.
_REP_G = _t(r"""
Let x = 0.363636\ldots. Then 100x = 36.3636\ldots, and subtracting, 99x = 36, so x = \frac{36}{99}.

Reducing by 9: \frac{4}{11}. I first compared with 0.36 = \frac{9}{25}, which is the terminating decimal, not the
repeating one. Wait, let me recheck: 4 \div 11 = 0.3636\ldots, yes.
""")
_REP_B = _t(r"""
99x = 36 gives \frac{36}{99} = \frac{4}{11}.

Hmm, since the repeating block is two digits I could also simply read it as 36 hundredths, \frac{36}{100} =
\frac{9}{25}, which is simpler.
""")
_REP_E = _t(r"""
Let x = 0.\overline{36}; then 10x = 3.6\overline{36}... subtracting, 9x = 3.3, so x = \frac{3.3}{9} = \frac{33}{90} =
\frac{11}{30}.
""")
_add(
    "fraction",
    "\\frac{4}{11}",
    [
        (C, _mnv(_REP_G, "\\frac{4}{11}")),
        (C, _bx(_REP_G, "\\dfrac{4}{11}")),
        (C, _gsm(_REP_G, "4/11")),
        (
            C,
            _two(
                _REP_B,
                "\\frac{9}{25}",
                "9/25 = 0.36 exactly, but the number repeats forever, 0.3636.... The subtraction 100x - x = 36 gives "
                "36/99 = 4/11.",
                "\\frac{4}{11}",
                _r1,
            ),
        ),
        (H, _bx(_REP_B, "\\frac{9}{25}")),
        (
            H,
            _two(
                _REP_G,
                "\\frac{4}{11}",
                "36/99: 36 = 4 \\cdot 9 and 99 = 9 \\cdot 11, fine; but the bar covers 3 and 6 starting after the "
                "decimal point, so I should use 1000x: 999x = 363, giving 363/999 = 121/333.",
                "$\\frac{121}{333}$",
                _md,
            ),
        ),
        (P, _mnv(_REP_E, "\\frac{11}{30}")),
    ],
)

# A bag has 5 red and 3 blue marbles. Two are drawn without replacement. What is the probability both are red?
_RED_G = _t(r"""
First red: \frac{5}{8}. Second red given the first: \frac{4}{7}. Product: \frac{20}{56} = \frac{5}{14}.

With replacement it would be \left(\frac{5}{8}\right)^2 = \frac{25}{64}, but the draws are without replacement. Wait,
let me recheck by combinations: \binom{5}{2} / \binom{8}{2} = 10/28 = \frac{5}{14}.
""")
_RED_B = _t(r"""
\frac{5}{8} \cdot \frac{4}{7} = \frac{5}{14}.

Hmm, the two draws can come in either order, red then red counted twice, so I double it: \frac{10}{14} = \frac{5}{7}.
""")
_RED_E = _t(r"""
Each draw is red with probability \frac{5}{8}, so both red is \frac{5}{8} \cdot \frac{5}{8} = \frac{25}{64}.
""")
_add(
    "fraction",
    "\\frac{5}{14}",
    [
        (C, _r1(_RED_G, "\\frac{5}{14}", "Multiplying 5/8 by 4/7.")),
        (C, _o1(_RED_G, "$\\tfrac{5}{14}$", "The probability that both marbles are red is")),
        (C, _md(_RED_G, "$\\frac{10}{28} = \\frac{5}{14}$")),
        (
            C,
            _two(
                _RED_B,
                "\\frac{5}{7}",
                'Both marbles are red, so "red then red" is a single ordering; there is nothing to double. '
                "\\binom{5}{2}/\\binom{8}{2} = 10/28 = 5/14 confirms it.",
                "\\frac{5}{14}",
                _mnv,
            ),
        ),
        (H, _gsm(_RED_B, "5/7")),
        (
            H,
            _two(
                _RED_G,
                "\\frac{5}{14}",
                "After one red is drawn it goes back into the bag before the second draw, the usual convention, so "
                "the second factor is 5/8 again.",
                "\\frac{25}{64}",
                _bx,
            ),
        ),
        (P, _mnv(_RED_E, "\\frac{25}{64}")),
        (T, _cut(_RED_G, "Product:", think=True)),
    ],
)

# Compute 1/(1*2) + 1/(2*3) + ... + 1/(9*10).
_TEL_G = _t(r"""
Each term splits: \frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}. The sum telescopes to 1 - \frac{1}{10} =
\frac{9}{10}.

I almost wrote 1 - \frac{1}{11} = \frac{10}{11}, but the last term is \frac{1}{9 \cdot 10}, so the last k + 1 is 10.
Wait, let me recheck with the first few: \frac{1}{2} + \frac{1}{6} = \frac{2}{3} = 1 - \frac{1}{3}, and adding
\frac{1}{12} gives \frac{3}{4}. The pattern is \frac{n}{n+1}, and n = 9 gives \frac{9}{10}.
""")
_TEL_B = _t(r"""
Telescoping gives 1 - \frac{1}{10} = \frac{9}{10} for the terms up to \frac{1}{9 \cdot 10}.

Counting the terms, there are 10 of them (from 1 \cdot 2 up to 9 \cdot 10 is ten products), so by the pattern
\frac{n}{n+1} the sum is \frac{10}{11}.
""")
_TEL_E = _t(r"""
\frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}, and the sum collapses to \frac{1}{1} - \frac{1}{9} = \frac{8}{9}.
""")
_add(
    "fraction",
    "\\frac{9}{10}",
    [
        (C, _bx(_TEL_G, "\\frac{9}{10}")),
        (C, _gsm(_TEL_G, "0.9")),
        (C, _mnv(_TEL_G, "\\dfrac{9}{10}")),
        (
            C,
            _two(
                _TEL_B,
                "\\frac{10}{11}",
                "The products are 1 \\cdot 2, 2 \\cdot 3, ..., 9 \\cdot 10, which is 9 terms (k = 1 to 9), not 10. "
                "So the sum is 9/10.",
                "$\\frac{9}{10}$",
                _o1,
            ),
        ),
        (H, _bx(_TEL_B, "\\frac{10}{11}")),
        (H, _r1(_TEL_B, "\\frac{10}{11}", "Ten terms, so n/(n+1) with n = 10.")),
        (P, _md(_TEL_E, "$\\frac{8}{9}$")),
        (T, _cut(_TEL_G, "1 - \\frac{1}{10} =")),
    ],
)

# Solve 3/(x + 2) = -4 for x.
_NEG_G = _t(r"""
Multiply both sides by x + 2: 3 = -4(x + 2) = -4x - 8. Then 4x = -11, so x = -\frac{11}{4}.

I first wrote 3 = -4x + 8, which gives x = \frac{5}{4}, but -4 \cdot 2 = -8. Wait, let me recheck by
substitution: x + 2 = -\frac{11}{4} + \frac{8}{4} = -\frac{3}{4}, and \frac{3}{-3/4} = -4. Correct.
""")
_NEG_B = _t(r"""
3 = -4(x + 2) gives 3 = -4x - 8, so -4x = 11 and x = -\frac{11}{4}.

Hmm, dividing 11 by -4 ... I'll recheck: -4x = 11 means x = \frac{11}{4} times the sign of -4 squared, so
x = \frac{11}{4}.
""")
_NEG_E = _t(r"""
3 = -4(x + 2) = -4x + 8, so -4x = -5 and x = \frac{5}{4}... with the sign from the -4 on the right, x = -\frac{5}{4}.
""")
_add(
    "fraction",
    "-\\frac{11}{4}",
    [
        (C, _md(_NEG_G, "$x = -\\frac{11}{4}$")),
        (C, _gsm(_NEG_G, "-2.75")),
        (C, _bxr(_NEG_G, "\\frac{-11}{4}", "The substitution check confirms it.")),
        (C, _o1(_NEG_G, "$-2\\tfrac{3}{4}$", "So $x$ equals")),
        (
            C,
            _two(
                _NEG_B,
                "\\frac{11}{4}",
                "-4x = 11 gives x = 11/(-4) = -11/4; there is no squaring. The check with x + 2 = -3/4 works.",
                "-\\dfrac{11}{4}",
                _mnv,
            ),
        ),
        (H, _mnv(_NEG_B, "\\frac{11}{4}")),
        (
            H,
            _two(
                _NEG_G,
                "-\\frac{11}{4}",
                "3 = -4(x + 2): distributing, -4 \\cdot 2 is -8, and moving it over gives 3 - 8 = -4x, so "
                "-4x = -5 and x = 5/4.",
                "\\frac{5}{4}",
                _bx,
            ),
        ),
        (P, _r1(_NEG_E, "-\\frac{5}{4}", "Clearing the denominator.")),
    ],
)


# ---------------------------------------------------------------- radicals and surds

# A square has side length 10 cm. What is the length of its diagonal, in centimetres?
_DGN_G = _t(r"""
By Pythagoras the diagonal is \sqrt{10^2 + 10^2} = \sqrt{200}.

\sqrt{200} = \sqrt{100 \cdot 2} = 10\sqrt{2}. I nearly halved it to 5\sqrt{2}, which is the distance from the centre
to a corner, not the diagonal. Wait, let me recheck numerically: 10\sqrt{2} \approx 14.14, and 14.14^2 \approx 200.
So the diagonal is 10\sqrt{2} cm.
""")
_DGN_B = _t(r"""
The diagonal is \sqrt{200} = 10\sqrt{2}.

Hmm, the diagonal splits the square into two triangles and the question wants the segment from a vertex to the
point where the diagonals cross... I will take half: 5\sqrt{2}.
""")
_DGN_E = _t(r"""
For a box the diagonal is s\sqrt{3}, so for side 10 the diagonal is 10\sqrt{3} \approx 17.3 cm.
""")
_add(
    "radical",
    "10\\sqrt{2}",
    [
        (C, _mnv(_DGN_G, "10\\sqrt{2}")),
        (C, _md(_DGN_G, "$10\\sqrt{2}$ cm")),
        (C, _bx(_DGN_G, "10\\sqrt{2}\\text{ cm}")),
        (C, _gsm(_DGN_G, "\\sqrt{200}")),
        (
            C,
            _two(
                _DGN_B,
                "5\\sqrt{2}",
                "The question asks for the whole diagonal, corner to opposite corner. That is \\sqrt{200} = "
                "10\\sqrt{2}; half of it is the distance to the centre.",
                "10 \\sqrt 2",
                _r1,
            ),
        ),
        (H, _mnv(_DGN_B, "5\\sqrt{2}")),
        (
            H,
            _two(
                _DGN_G,
                "10\\sqrt{2}",
                "\\sqrt{10^2 + 10^2}: I should add the sides first, 10 + 10 = 20, and the diagonal of a square of "
                "side s is s\\sqrt{2} with s = 20 for the two sides together.",
                "20\\sqrt{2}",
                _bx,
            ),
        ),
        (P, _o1(_DGN_E, "$10\\sqrt{3}$ cm", "The diagonal is")),
    ],
)

# Compute sin 120 degrees.
_SIN_G = _t(r"""
120^\circ is in the second quadrant, where sine is positive. The reference angle is 180^\circ - 120^\circ = 60^\circ.

So \sin 120^\circ = \sin 60^\circ = \frac{\sqrt{3}}{2}. I first wrote -\frac{\sqrt{3}}{2}, mixing it up with cosine's
sign, but only cosine is negative in quadrant II. Wait, let me recheck on the unit circle: the point at 120^\circ is
\left(-\frac{1}{2}, \frac{\sqrt{3}}{2}\right), and its y-coordinate is \frac{\sqrt{3}}{2}.
""")
_SIN_B = _t(r"""
The reference angle is 60^\circ, and \sin 60^\circ = \frac{\sqrt{3}}{2}.

In quadrant II the trig functions pick up a minus sign, so \sin 120^\circ = -\frac{\sqrt{3}}{2}.
""")
_SIN_E = _t(r"""
The point at 120^\circ on the unit circle is \left(-\frac{1}{2}, \ldots\right), and the first coordinate gives
\sin 120^\circ = -\frac{1}{2}.
""")
_add(
    "radical",
    "\\dfrac{\\sqrt{3}}{2}",
    [
        (C, _r1(_SIN_G, "\\frac{\\sqrt{3}}{2}", "The reference angle is 60 degrees and sine is positive in QII.")),
        (C, _mnv(_SIN_G, "\\frac{\\sqrt3}{2}")),
        (C, _o1(_SIN_G, "$\\sin 120^\\circ = \\frac{1}{2}\\sqrt{3}$", "Therefore")),
        (
            C,
            _two(
                _SIN_B,
                "-\\frac{\\sqrt{3}}{2}",
                "In quadrant II sine stays positive (the y-coordinate is above the axis); only cosine and tangent "
                "are negative there. So \\sin 120^\\circ = \\frac{\\sqrt{3}}{2}.",
                "\\dfrac{\\sqrt{3}}{2}",
                _bx,
            ),
        ),
        (H, _r1(_SIN_B, "-\\frac{\\sqrt{3}}{2}", "Reference angle 60 degrees, negative in quadrant II.")),
        (
            H,
            _two(
                _SIN_G,
                "\\frac{\\sqrt{3}}{2}",
                "The unit circle point is \\left(-\\frac{1}{2}, \\frac{\\sqrt{3}}{2}\\right); sine is the first "
                "coordinate, cosine the second, so \\sin 120^\\circ = -\\frac{1}{2}.",
                "$-\\frac{1}{2}$",
                _md,
            ),
        ),
        (P, _gsm(_SIN_E, "-1/2")),
        (T, _cut(_SIN_G, "= \\sin 60^\\circ = \\frac", think=True)),
    ],
)

# What is the distance between the points (1, 2) and (4, 8)? Express in simplest radical form.
_DST_G = _t(r"""
The differences are 4 - 1 = 3 and 8 - 2 = 6. The distance is \sqrt{3^2 + 6^2} = \sqrt{9 + 36} = \sqrt{45}.

\sqrt{45} = \sqrt{9 \cdot 5} = 3\sqrt{5}. I first wrote 5\sqrt{3}, swapping the roles, but 5\sqrt{3} = \sqrt{75}.
Wait, let me recheck: (3\sqrt{5})^2 = 9 \cdot 5 = 45. Good, the distance is 3\sqrt{5} \approx 6.71.
""")
_DST_B = _t(r"""
\sqrt{3^2 + 6^2} = \sqrt{45}, and 45 = 9 \cdot 5, so that is 3\sqrt{5}.

Simplifying once more, 45 = 5 \cdot 9 and \sqrt{9} = 3, so I can write it as 5\sqrt{3}.
""")
_DST_E = _t(r"""
The distance is \sqrt{(4-1)^2 + (8-2)} = \sqrt{9 + 6} = \sqrt{15}.
""")
_add(
    "radical",
    "3\\sqrt{5}",
    [
        (C, _gsm(_DST_G, "3\\sqrt{5}")),
        (C, _md(_DST_G, "$\\sqrt{45} = 3\\sqrt{5}$")),
        (C, _bxr(_DST_G, "3\\sqrt5", "The square of the boxed value is 45, matching the Pythagorean sum.")),
        (
            C,
            _two(
                _DST_B,
                "5\\sqrt{3}",
                "5\\sqrt{3} squared is 75, not 45. The 9 comes out of the root as 3 and the 5 stays inside: "
                "3\\sqrt{5}.",
                "3\\sqrt{5}",
                _mnv,
            ),
        ),
        (H, _bx(_DST_B, "5\\sqrt{3}")),
        (
            H,
            _two(
                _DST_G,
                "3\\sqrt{5}",
                "The points are (1, 2) and (4, 8), so the horizontal change is 4 - 1 = 3 and the vertical is "
                "8 - 2 = 6; I squared the 3 twice: \\sqrt{9 + 9 \\cdot 2} = \\sqrt{27} = 3\\sqrt{3}.",
                "3\\sqrt{3}",
                _gsm,
            ),
        ),
        (P, _mnv(_DST_E, "\\sqrt{15}")),
    ],
)

# Simplify sqrt(50) + sqrt(18).
_SRD_G = _t(r"""
\sqrt{50} = \sqrt{25 \cdot 2} = 5\sqrt{2} and \sqrt{18} = \sqrt{9 \cdot 2} = 3\sqrt{2}.

So the sum is 5\sqrt{2} + 3\sqrt{2} = 8\sqrt{2}. Adding under one root, \sqrt{68}, would be wrong since roots do not
add that way. Wait, let me recheck numerically: \sqrt{50} \approx 7.071, \sqrt{18} \approx 4.243, the sum is about
11.314, and 8\sqrt{2} \approx 11.314.
""")
_SRD_B = _t(r"""
5\sqrt{2} + 3\sqrt{2} = 8\sqrt{2}.

Hmm, actually I can combine first: \sqrt{50} + \sqrt{18} = \sqrt{50 + 18} = \sqrt{68} = 2\sqrt{17}, which is simpler.
""")
_SRD_E = _t(r"""
\sqrt{50} = 5\sqrt{2}, and \sqrt{18} = 3\sqrt{3} since 18 = 3 \cdot 3 \cdot 3 roughly... so the sum is
5\sqrt{2} + 3\sqrt{3}, which does not combine.
""")
_add(
    "radical",
    "8\\sqrt{2}",
    [
        (C, _o1(_SRD_G, "$8\\sqrt{2}$", "The simplified sum is")),
        (C, _mnv(_SRD_G, "8\\sqrt{2}")),
        (C, _r1(_SRD_G, "8\\,\\sqrt{2}", "Both roots are multiples of \\sqrt{2}, with coefficients 5 and 3.")),
        (
            C,
            _two(
                _SRD_B,
                "2\\sqrt{17}",
                "\\sqrt{a} + \\sqrt{b} is not \\sqrt{a + b}: numerically 2\\sqrt{17} \\approx 8.25 but the sum is "
                "about "
                "11.31. The correct simplification is 8\\sqrt{2}.",
                "8\\sqrt2",
                _gsm,
            ),
        ),
        (H, _o1(_SRD_B, "$2\\sqrt{17}$", "So the expression simplifies to")),
        (H, _mnv(_SRD_B, "2\\sqrt{17}")),
        (P, _bx(_SRD_E, "5\\sqrt{2}+3\\sqrt{3}")),
        (T, _cut(_SRD_G, "= 8\\sqrt{2}. Adding")),
    ],
)

# Find the larger root of x^2 - 4x - 1 = 0.
_QDR_G = _t(r"""
By the quadratic formula, x = \frac{4 \pm \sqrt{16 + 4}}{2} = \frac{4 \pm \sqrt{20}}{2} = \frac{4 \pm 2\sqrt{5}}{2}
= 2 \pm \sqrt{5}.

The roots are 2 + \sqrt{5} \approx 4.236 and 2 - \sqrt{5} \approx -0.236. I first took the discriminant as
16 - 4 = 12, but c = -1 makes -4ac = +4. Wait, let me recheck: the sum of the roots is 4 and the product is
(2 + \sqrt{5})(2 - \sqrt{5}) = 4 - 5 = -1. Correct. The larger root is 2 + \sqrt{5}.
""")
_QDR_B = _t(r"""
x = 2 \pm \sqrt{5}, i.e. 2 + \sqrt{5} \approx 4.24 and 2 - \sqrt{5} \approx -0.24.

The larger one in size is the one farther from zero... hmm, I'll compare 2 + \sqrt{5} with 2 - \sqrt{5}: the second
subtracts, and the larger root is the one closer to the vertex side, so 2 - \sqrt{5}.
""")
_QDR_E = _t(r"""
x = \frac{4 \pm \sqrt{16 - 4}}{2} = \frac{4 \pm 2\sqrt{3}}{2} = 2 \pm \sqrt{3}. The larger root is 2 + \sqrt{3}.
""")
_add(
    "radical",
    "2+\\sqrt{5}",
    [
        (C, _bx(_QDR_G, "2+\\sqrt{5}")),
        (C, _md(_QDR_G, "$x = \\sqrt{5} + 2$")),
        (C, _mnv(_QDR_G, "\\frac{4+2\\sqrt{5}}{2}")),
        (
            C,
            _two(
                _QDR_B,
                "2-\\sqrt{5}",
                "2 - \\sqrt{5} \\approx -0.24 is less than 2 + \\sqrt{5} \\approx 4.24, so the larger root is "
                "2 + \\sqrt{5}.",
                "$2+\\sqrt{5}$",
                _o1,
            ),
        ),
        (H, _bx(_QDR_B, "2-\\sqrt{5}")),
        (
            H,
            _two(
                _QDR_G,
                "2+\\sqrt{5}",
                "The formula is x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a} with b = -4, so -b = -4... I used +4. "
                "Redoing: x = -2 \\pm \\sqrt{5}, and the larger root is -2 + \\sqrt{5}.",
                "-2+\\sqrt{5}",
                _r1,
            ),
        ),
        (P, _gsm(_QDR_E, "2 + \\sqrt{3}")),
    ],
)

# What is the area of an equilateral triangle with side length 6?
_EQT_G = _t(r"""
The height is \sqrt{6^2 - 3^2} = \sqrt{27} = 3\sqrt{3}. The area is \frac{1}{2} \cdot 6 \cdot 3\sqrt{3} = 9\sqrt{3}.

I first forgot the \frac{1}{2} and had 18\sqrt{3}. Wait, let me recheck with \frac{\sqrt{3}}{4} s^2 =
\frac{\sqrt{3}}{4} \cdot 36 = 9\sqrt{3} \approx 15.59. Both agree.
""")
_EQT_B = _t(r"""
Height 3\sqrt{3}, so \frac{1}{2} \cdot 6 \cdot 3\sqrt{3} = 9\sqrt{3}.

Hmm, but that is only half of the triangle cut by the altitude; the two halves together give 2 \cdot 9\sqrt{3} =
18\sqrt{3}.
""")
_EQT_E = _t(r"""
For an equilateral triangle the area is s^2 / 2 = 36 / 2 = 18.
""")
_add(
    "radical",
    "9\\sqrt{3}",
    [
        (C, _md(_EQT_G, "$9\\sqrt{3}$")),
        (C, _gsm(_EQT_G, "9\\sqrt{3}")),
        (C, _o1(_EQT_G, "$\\frac{36\\sqrt{3}}{4}$", "The area is", ", which is $9\\sqrt{3}$ in simplest form")),
        (C, _r1(_EQT_G, "9\\sqrt3", "The height is 3\\sqrt{3}.")),
        (
            C,
            _two(
                _EQT_B,
                "18\\sqrt{3}",
                "\\frac{1}{2} \\cdot \\text{base} \\cdot \\text{height} with the full base 6 already covers the whole "
                "triangle, not half of it. The area is 9\\sqrt{3}.",
                "$9\\sqrt{3}$",
                _md,
            ),
        ),
        (H, _md(_EQT_B, "$18\\sqrt{3}$")),
        (
            H,
            _two(
                _EQT_G,
                "9\\sqrt{3}",
                "The altitude from the apex lands at the midpoint, so the base of each right triangle is 3 and the "
                "area is \\frac{1}{2} \\cdot 3 \\cdot 3\\sqrt{3} = \\frac{9\\sqrt{3}}{2}.",
                "\\frac{9\\sqrt{3}}{2}",
                _mnv,
            ),
        ),
        (P, _bx(_EQT_E, "18")),
        (T, _cut(_EQT_G, "\\cdot 6 \\cdot 3\\sqrt{3} = 9", think=True)),
    ],
)


# ---------------------------------------------------------------- algebraic expressions

# If f(x) = x^2 and g(x) = x + 1, find f(g(x)).
_CMP_G = _t(r"""
f(g(x)) means f applied to x + 1: f(x + 1) = (x + 1)^2.

Expanding: (x + 1)^2 = x^2 + 2x + 1. The other order, g(f(x)) = x^2 + 1, is not what is asked. Wait, let me recheck
at x = 2: g(2) = 3 and f(3) = 9, while 2^2 + 2 \cdot 2 + 1 = 9. Good.
""")
_CMP_B = _t(r"""
f(g(x)) = (x + 1)^2 = x^2 + 2x + 1.

Hmm, composition is read left to right: first f, then g. So f(g(x)) means square x first, then add 1: x^2 + 1.
""")
_CMP_E = _t(r"""
f(g(x)) = f(x) \cdot g(x) = x^2 (x + 1) = x^3 + x^2.
""")
_add(
    "expression",
    "x^2+2x+1",
    [
        (C, _mnv(_CMP_G, "x^2+2x+1")),
        (C, _bx(_CMP_G, "(x+1)^2")),
        (C, _md(_CMP_G, "$f(g(x)) = x^2 + 2x + 1$")),
        (C, _r1(_CMP_G, "1 + 2x + x^2", "Substitute x + 1 into f and expand.")),
        (
            C,
            _two(
                _CMP_B,
                "x^2+1",
                "f(g(x)) applies g first (the inner function), then f: f(x + 1) = (x + 1)^2. At x = 2 this gives 9, "
                "and x^2 + 1 gives 5.",
                "x^2+2x+1",
                _gsm,
            ),
        ),
        (H, _mnv(_CMP_B, "x^2+1")),
        (
            H,
            _two(
                _CMP_G,
                "x^2+2x+1",
                "(x + 1)^2 = x^2 + x + x + 1, hmm, the two middle terms are the same x, so I count it once: "
                "x^2 + x + 1.",
                "x^2+x+1",
                _bx,
            ),
        ),
        (P, _o1(_CMP_E, "$x^3 + x^2$", "So $f(g(x))$ is")),
        (T, _cut(_CMP_G, "= x^2 + 2x + 1. The", think=True)),
    ],
)

# Find the inverse of f(x) = 2x + 3.
_INV_G = _t(r"""
Write y = 2x + 3 and solve for x: 2x = y - 3, x = \frac{y - 3}{2}. Swapping the names, f^{-1}(x) = \frac{x - 3}{2}.

I first wrote \frac{x + 3}{2}, but undoing "add 3" means subtracting 3. Wait, let me recheck by composing:
f\left(\frac{x-3}{2}\right) = 2 \cdot \frac{x - 3}{2} + 3 = x - 3 + 3 = x. Good.
""")
_INV_B = _t(r"""
Solving y = 2x + 3 gives x = \frac{y - 3}{2}, so the inverse is \frac{x - 3}{2}.

Hmm, the inverse reverses the operations in reverse order, first undoing the doubling, then the adding: x / 2, then
subtract 3. So f^{-1}(x) = \frac{x}{2} - 3.
""")
_INV_E = _t(r"""
The inverse of a function is its reciprocal, so f^{-1}(x) = \frac{1}{2x + 3}.
""")
_add(
    "expression",
    "\\frac{x-3}{2}",
    [
        (C, _md(_INV_G, "$f^{-1}(x) = \\frac{x-3}{2}$")),
        (C, _gsm(_INV_G, "(x-3)/2")),
        (C, _mnv(_INV_G, "\\frac{1}{2}x-\\frac{3}{2}")),
        (
            C,
            _two(
                _INV_B,
                "\\frac{x}{2}-3",
                "Composing: f(x/2 - 3) = x - 6 + 3 = x - 3, not x. Undo the last operation first: subtract 3, then "
                "halve, so f^{-1}(x) = (x - 3)/2.",
                "\\frac{x-3}{2}",
                _bx,
            ),
        ),
        (H, _md(_INV_B, "$f^{-1}(x) = \\frac{x}{2} - 3$")),
        (
            H,
            _two(
                _INV_G,
                "\\frac{x-3}{2}",
                "The inverse undoes f, and f subtracts... no, f adds 3, so to undo I move the 3 to the other side and "
                "it changes sign to +3: f^{-1}(x) = \\frac{x+3}{2}.",
                "\\frac{x+3}{2}",
                _mnv,
            ),
        ),
        (P, _bx(_INV_E, "\\frac{1}{2x+3}")),
        (T, _cut(_INV_G, "x = \\frac{y - 3}{2}")),
    ],
)

# Factor x^2 - 5x + 6 completely.
_FCT_G = _t(r"""
I need two numbers with product 6 and sum -5: -2 and -3. So x^2 - 5x + 6 = (x - 2)(x - 3).

The pair 2 and 3 with plus signs has the right product but sum +5, giving (x + 2)(x + 3) = x^2 + 5x + 6. Wait, let me
recheck the expansion: (x - 2)(x - 3) = x^2 - 3x - 2x + 6 = x^2 - 5x + 6. Good.
""")
_FCT_B = _t(r"""
Product 6 and sum 5: 2 and 3. With the signs, (x - 2)(x - 3) expands to x^2 - 5x + 6.

But the factors should carry the same signs as the 6, which is positive, so I write (x + 2)(x + 3).
""")
_FCT_E = _t(r"""
Product -6 and sum -5: -6 and 1. So x^2 - 5x + 6 = (x - 6)(x + 1).
""")
_add(
    "expression",
    "(x-2)(x-3)",
    [
        (C, _o1(_FCT_G, "$(x-2)(x-3)$", "The factorization is")),
        (C, _mnv(_FCT_G, "(x-3)(x-2)")),
        (C, _bxr(_FCT_G, "(x - 2)(x - 3)", "Expanding the box gives back the original quadratic.")),
        (
            C,
            _two(
                _FCT_B,
                "(x+2)(x+3)",
                "(x + 2)(x + 3) = x^2 + 5x + 6, the wrong middle sign. Both factors need minus signs so that the sum "
                "is -5 while the product stays +6: (x - 2)(x - 3).",
                "(x-2)(x-3)",
                _gsm,
            ),
        ),
        (H, _o1(_FCT_B, "$(x+2)(x+3)$", "So it factors as")),
        (
            H,
            _two(
                _FCT_G,
                "(x-2)(x-3)",
                "Product 6 could also be 1 and 6; with minus signs, (x - 1)(x - 6) has the constant 6, and I think "
                "the middle term -7x... I will go with (x - 1)(x - 6) since it uses the factor 6 itself.",
                "(x-1)(x-6)",
                _bx,
            ),
        ),
        (P, _mnv(_FCT_E, "(x-6)(x+1)")),
    ],
)

# Simplify (x^2 - 9)/(x - 3) for x != 3.
_CAN_G = _t(r"""
x^2 - 9 is a difference of squares: (x - 3)(x + 3). Dividing by x - 3 (allowed since x \ne 3) leaves x + 3.

I was tempted to cancel x^2/x and 9/3 separately to get x - 3, but terms of a sum cannot be cancelled like that.
Wait, let me recheck at x = 5: (25 - 9)/2 = 8, and 5 + 3 = 8. Good.
""")
_CAN_B = _t(r"""
(x^2 - 9)/(x - 3) = (x - 3)(x + 3)/(x - 3) = x + 3.

Hmm, check at x = 0: (0 - 9)/(0 - 3) = 3, and 0 + 3 = 3, good; at x = 1: -8/-2 = 4, and 1 + 3 = 4. But the question
has x - 3 in the denominator, so the sign flips: the simplified form is -(x + 3) = -x - 3.
""")
_CAN_E = _t(r"""
Cancel term by term: x^2 / x = x and 9 / 3 = 3, so the expression simplifies to x - 3.
""")
_add(
    "expression",
    "x+3",
    [
        (C, _gsm(_CAN_G, "x+3")),
        (C, _r1(_CAN_G, "x+3", "Factor the numerator and cancel x - 3.")),
        (C, _md(_CAN_G, "$3 + x$ (for $x \\neq 3$)")),
        (
            C,
            _two(
                _CAN_B,
                "-x-3",
                "My own checks at x = 0 and x = 1 gave 3 and 4, which are x + 3, not -x - 3; nothing flips. The "
                "simplified form is x + 3.",
                "x+3",
                _mnv,
            ),
        ),
        (H, _bx(_CAN_B, "-x-3")),
        (H, _gsm(_CAN_B, "-x - 3")),
        (P, _o1(_CAN_E, "$x - 3$", "The expression simplifies to")),
        (T, _cut(_CAN_G, "leaves x + 3", think=True)),
    ],
)

# Simplify (a + b)^2 - (a - b)^2.
_DSQ_G = _t(r"""
(a + b)^2 = a^2 + 2ab + b^2 and (a - b)^2 = a^2 - 2ab + b^2.

Subtracting: (a^2 + 2ab + b^2) - (a^2 - 2ab + b^2) = 4ab. I first got 2ab by subtracting only one copy of the middle
term. Wait, let me recheck with the difference of squares: [(a+b) - (a-b)][(a+b) + (a-b)] = (2b)(2a) = 4ab. And at
a = 3, b = 1: 16 - 4 = 12 = 4 \cdot 3 \cdot 1.
""")
_DSQ_B = _t(r"""
a^2 + 2ab + b^2 - (a^2 - 2ab + b^2) = 4ab.

Hmm, let me redo the subtraction more carefully: a^2 - a^2 = 0, 2ab - 2ab = 0, b^2 + b^2 = 2b^2... so the result is
2b^2.
""")
_DSQ_E = _t(r"""
(a + b)^2 - (a - b)^2 = (a^2 + b^2) - (a^2 - b^2) = 2b^2.
""")
_add(
    "expression",
    "4ab",
    [
        (C, _bx(_DSQ_G, "4ab")),
        (C, _mnv(_DSQ_G, "4ab")),
        (C, _o1(_DSQ_G, "$4ba$", "The simplified expression is")),
        (
            C,
            _two(
                _DSQ_B,
                "2b^2",
                "The minus sign distributes over all three terms: -(a^2 - 2ab + b^2) = -a^2 + 2ab - b^2. So b^2 "
                "cancels "
                "and 2ab + 2ab = 4ab; the test a = 3, b = 1 gives 12.",
                "$4ab$",
                _md,
            ),
        ),
        (H, _mnv(_DSQ_B, "2b^2")),
        (
            H,
            _two(
                _DSQ_G,
                "4ab",
                "The middle terms are 2ab and -2ab; subtracting gives 2ab - 2ab... no, 2ab - (-2ab); I will take half "
                "since each expansion contributes once: 2ab.",
                "2ab",
                _gsm,
            ),
        ),
        (P, _bx(_DSQ_E, "2b^2")),
    ],
)

# What is the quotient when x^3 - 1 is divided by x - 1?
_QUO_G = _t(r"""
Difference of cubes: x^3 - 1 = (x - 1)(x^2 + x + 1), so the quotient is x^2 + x + 1 with remainder 0.

I first wrote x^2 - x + 1, which belongs to the sum of cubes x^3 + 1 = (x + 1)(x^2 - x + 1). Wait, let me recheck by
multiplying: (x - 1)(x^2 + x + 1) = x^3 + x^2 + x - x^2 - x - 1 = x^3 - 1. Good.
""")
_QUO_B = _t(r"""
Synthetic division by 1 on the coefficients 1, 0, 0, -1: bring down 1; 1, 1; 1, 1 gives 1, 1, 1 with remainder 0. So
the quotient is x^2 + x + 1.

Hmm, I remember the factor pattern as a^2 - ab + b^2 for cubes, so the quotient should be x^2 - x + 1.
""")
_QUO_E = _t(r"""
x^3 - 1 divided by x - 1: divide each term, x^3 / x = x^2 and -1 / -1 = 1, so the quotient is x^2 - 1... with the
sign from the 1 kept negative.
""")
_add(
    "expression",
    "x^2+x+1",
    [
        (C, _r1(_QUO_G, "x^2+x+1", "Difference of cubes.")),
        (C, _gsm(_QUO_G, "x^2 + x + 1")),
        (C, _md(_QUO_G, "$1 + x + x^2$")),
        (
            C,
            _two(
                _QUO_B,
                "x^2-x+1",
                "a^2 - ab + b^2 is the pattern for a sum of cubes; for a^3 - b^3 it is a^2 + ab + b^2. The synthetic "
                "division already gave 1, 1, 1: x^2 + x + 1.",
                "x^2+x+1",
                _bx,
            ),
        ),
        (H, _r1(_QUO_B, "x^2-x+1", "Using the cube factor pattern.")),
        (
            H,
            _two(
                _QUO_G,
                "x^2+x+1",
                "The product check: x^3 + x^2 + x - x^2 - x - 1. Hmm, the x^2 and x terms cancel, which means they "
                "were not needed, so the quotient is just x^2 + 1.",
                "x^2+1",
                _mnv,
            ),
        ),
        (P, _gsm(_QUO_E, "x^2 - 1")),
    ],
)


# ---------------------------------------------------------------- intervals

# What is the domain of f(x) = sqrt(x + 2) / sqrt(5 - x)? Express your answer in interval notation.
_DOM_G = _t(r"""
The numerator needs x + 2 \ge 0, so x \ge -2. The denominator needs 5 - x > 0, strictly, because \sqrt{5 - x}
cannot be zero in a denominator: x < 5.

So the domain is -2 \le x < 5. I first wrote [-2, 5], but at x = 5 the denominator is \sqrt{0} = 0. Wait, let me
recheck the left end: at x = -2 the numerator is \sqrt{0} = 0 and the denominator is \sqrt{7}, so f(-2) = 0 is
defined. In interval notation: [-2, 5).
""")
_DOM_B = _t(r"""
x + 2 \ge 0 gives x \ge -2, and 5 - x > 0 gives x < 5, so the domain is [-2, 5).

Hmm, for the square root in the denominator I only need 5 - x \ge 0 for the root to exist, so x \le 5, and the
domain is [-2, 5].
""")
_DOM_E = _t(r"""
Both radicands must be positive: x + 2 > 0 and 5 - x > 0, so -2 < x < 5, i.e. (-2, 5).
""")
_add(
    "interval",
    "[-2,5)",
    [
        (C, _mnv(_DOM_G, "[-2,5)")),
        (C, _md(_DOM_G, "$x \\in [-2, 5)$")),
        (C, _o1(_DOM_G, "$-2 \\le x < 5$", "The domain is")),
        (C, _r1(_DOM_G, "\\left[-2, 5\\right)", "Numerator radicand nonnegative, denominator radicand positive.")),
        (
            C,
            _two(
                _DOM_B,
                "[-2,5]",
                "At x = 5 the denominator is \\sqrt{0} = 0, and we cannot divide by zero. So 5 is excluded: [-2, 5).",
                "[-2, 5)",
                _bx,
            ),
        ),
        (H, _mnv(_DOM_B, "[-2,5]")),
        (
            H,
            _two(
                _DOM_G,
                "[-2,5)",
                "At x = -2 the whole fraction is 0, and a square root of zero is a degenerate case usually left out "
                "of the domain, so I exclude it as well: (-2, 5).",
                "(-2,5)",
                _gsm,
            ),
        ),
        (P, _bx(_DOM_E, "(-2,5)")),
        (T, _cut(_DOM_G, "-2 \\le x < 5. I first")),
    ],
)

# Solve x^2 - x - 6 < 0. Give the answer in interval notation.
_INQ_G = _t(r"""
Factor: x^2 - x - 6 = (x - 3)(x + 2). The roots are x = 3 and x = -2.

The parabola opens upward, so it is negative between the roots: -2 < x < 3. I considered closed brackets, but the
inequality is strict, so the roots themselves (where the value is 0) are excluded. Wait, let me recheck with a test
point: x = 0 gives -6 < 0, yes; x = 4 gives 6, no. So the solution set is (-2, 3).
""")
_INQ_B = _t(r"""
(x - 3)(x + 2) < 0 holds between the roots, so (-2, 3).

Hmm, let me double-check the factorization: the roots of x^2 - x - 6 are such that they sum to -1... so they are
-3 and 2, and the interval is (-3, 2).
""")
_INQ_E = _t(r"""
The roots are -2 and 3. Since the leading coefficient is positive, the quadratic is negative outside the roots, so
x < -2 or x > 3, i.e. (-\infty, -2) \cup (3, \infty).
""")
_add(
    "interval",
    "(-2,3)",
    [
        (C, _gsm(_INQ_G, "(-2,3)")),
        (C, _bx(_INQ_G, "-2 < x < 3")),
        (C, _mnv(_INQ_G, "x \\in (-2, 3)")),
        (
            C,
            _two(
                _INQ_B,
                "(-3,2)",
                "For x^2 + bx + c the roots sum to -b = 1, not -1; the roots are 3 and -2 ((x - 3)(x + 2) expands "
                "to x^2 - x - 6). So the solution is (-2, 3).",
                "$(-2, 3)$",
                _md,
            ),
        ),
        (H, _gsm(_INQ_B, "(-3,2)")),
        (
            H,
            _two(
                _INQ_G,
                "(-2,3)",
                "The roots make the expression zero, and they are the boundary of the solution, so they belong to "
                "it: [-2, 3].",
                "[-2,3]",
                _r1,
            ),
        ),
        (P, _o1(_INQ_E, "$(-\\infty, -2) \\cup (3, \\infty)$", "The solution set is")),
    ],
)

# What is the range of f(x) = x^2 + 4x + 7? Express in interval notation.
_RNG_G = _t(r"""
Complete the square: x^2 + 4x + 7 = (x + 2)^2 + 3. The square is at least 0, and equals 0 at x = -2.

So f(x) \ge 3, with f(-2) = 3 attained, and f grows without bound. I first wrote [7, \infty) from f(0) = 7, but the
minimum is at the vertex x = -2, not at x = 0. Wait, let me recheck: f(-2) = 4 - 8 + 7 = 3. So the range is
[3, \infty).
""")
_RNG_B = _t(r"""
(x + 2)^2 + 3 has its minimum 3 at the vertex, so the range is [3, \infty).

Hmm, but (x + 2)^2 is a square, so it is positive, which means f(x) > 3 and the range is (3, \infty).
""")
_RNG_E = _t(r"""
The y-intercept is f(0) = 7 and the parabola opens upward, so the smallest value is 7: the range is [7, \infty).
""")
_add(
    "interval",
    "[3,\\infty)",
    [
        (C, _md(_RNG_G, "$[3, \\infty)$")),
        (C, _r1(_RNG_G, "[3,+\\infty)", "The vertex is at (-2, 3).")),
        (C, _o1(_RNG_G, "$y \\ge 3$", "The range is all", ", i.e. $[3,\\infty)$")),
        (
            C,
            _two(
                _RNG_B,
                "(3,\\infty)",
                "A square is nonnegative, and (x + 2)^2 = 0 at x = -2, where f = 3. So 3 is attained and the bracket "
                "is closed: [3, \\infty).",
                "[3,\\infty)",
                _mnv,
            ),
        ),
        (H, _md(_RNG_B, "$(3, \\infty)$")),
        (H, _mnv(_RNG_B, "(3,\\infty)")),
        (P, _gsm(_RNG_E, "[7,\\infty)")),
    ],
)


# ---------------------------------------------------------------- tuples and points

# Solve the system x + y = 2, 2x + y = 5. Give the answer as an ordered pair (x, y).
_SYS_G = _t(r"""
Subtract the first equation from the second: (2x + y) - (x + y) = 5 - 2, so x = 3.

Then y = 2 - x = 2 - 3 = -1. Wait, let me recheck in the second equation: 2 \cdot 3 + (-1) = 5. Good. I almost wrote
the pair as (-1, 3), but the order is (x, y), so it is (3, -1).
""")
_SYS_B = _t(r"""
x = 3 and y = -1, which satisfies both: 3 + (-1) = 2 and 6 - 1 = 5.

Writing the pair with y first, as the system lists y in both equations last... the pair is (-1, 3).
""")
_SYS_E = _t(r"""
Subtracting the equations: x = 5 + 2 = 7. Then y = 2 - 7 = -5. So (x, y) = (7, -5).
""")
_add(
    "tuple",
    "(3,-1)",
    [
        (C, _bx(_SYS_G, "(3,-1)")),
        (C, _mnv(_SYS_G, "(3, -1)")),
        (C, _md(_SYS_G, "$x = 3,\\ y = -1$")),
        (C, _gsm(_SYS_G, "\\left(3,-1\\right)")),
        (
            C,
            _two(
                _SYS_B,
                "(-1,3)",
                "The problem asks for the pair as (x, y), with x first. x = 3 and y = -1, so it is (3, -1).",
                "$(3,-1)$",
                _o1,
            ),
        ),
        (H, _bx(_SYS_B, "(-1,3)")),
        (
            H,
            _two(
                _SYS_G,
                "(3,-1)",
                "y = 2 - x with x = 3: 2 - 3, and subtracting a larger number... I take the distance, 1, so y = 1 "
                "and the pair is (3, 1).",
                "$(3,1)$",
                _md,
            ),
        ),
        (P, _r1(_SYS_E, "(7,-5)", "Eliminating y.")),
        (T, _cut(_SYS_G, "2 - 3 = -1", think=True)),
    ],
)

# At what point do the lines y = 2x + 1 and y = -x + 7 intersect?
_ISC_G = _t(r"""
Set them equal: 2x + 1 = -x + 7, so 3x = 6 and x = 2.

Then y = 2 \cdot 2 + 1 = 5, and from the other line -2 + 7 = 5 too. I first had x = 6 by forgetting to add x to both
sides properly. Wait, let me recheck: 3x = 6 gives x = 2. The intersection point is (2, 5).
""")
_ISC_B = _t(r"""
2x + 1 = -x + 7 gives x = 2, and y = 5, so the point is (2, 5).

Hmm, the question lists y first in both equations, so the point should be written (y, x) = (5, 2).
""")
_ISC_E = _t(r"""
2x + 1 = -x + 7 gives 2x - x = 7 - 1, so x = 6, and y = 2 \cdot 6 + 1 = 13. The point is (6, 13).
""")
_add(
    "tuple",
    "(2,5)",
    [
        (C, _o1(_ISC_G, "$(2, 5)$", "The lines meet at")),
        (C, _gsm(_ISC_G, "(2,5)")),
        (C, _bxr(_ISC_G, "(2,\\ 5)", "Both lines give the same y-value there.")),
        (
            C,
            _two(
                _ISC_B,
                "(5,2)",
                "Points are always written (x, y), whatever order the equations use. x = 2, y = 5.",
                "(2,5)",
                _mnv,
            ),
        ),
        (H, _mnv(_ISC_B, "(5,2)")),
        (
            H,
            _two(
                _ISC_G,
                "(2,5)",
                "y = -x + 7 at x = 2 is -2 + 7 = 5, and y = 2x + 1 is 2 \\cdot 2 + 1 = 5; hmm, but I should use the "
                "slope to find y: y = 2 + 1 = 3.",
                "(2,3)",
                _bx,
            ),
        ),
        (P, _md(_ISC_E, "$(6, 13)$")),
    ],
)

# Find the center of the circle x^2 + y^2 - 4x + 6y - 3 = 0.
_CEN_G = _t(r"""
Complete the squares: x^2 - 4x = (x - 2)^2 - 4 and y^2 + 6y = (y + 3)^2 - 9. So (x - 2)^2 + (y + 3)^2 = 3 + 4 + 9 =
16.

The center is (2, -3) and the radius is 4. I first read (y + 3)^2 as a center y-coordinate of 3, but (y - k)^2 with
k = -3 gives (y + 3)^2. Wait, let me recheck by plugging the center into the gradient: 2x - 4 = 0 at x = 2 and
2y + 6 = 0 at y = -3. So the center is (2, -3).
""")
_CEN_B = _t(r"""
(x - 2)^2 + (y + 3)^2 = 16, so the center is (2, -3).

Hmm, the standard form is (x + h)^2 + (y + k)^2 = r^2, I think, so reading off h = -2 and k = 3, the center is
(-2, 3).
""")
_CEN_E = _t(r"""
The center comes from the linear coefficients: -4x gives 4 and 6y gives -6, so the center is (4, -6).
""")
_add(
    "tuple",
    "(2,-3)",
    [
        (C, _mnv(_CEN_G, "(2,-3)")),
        (C, _md(_CEN_G, "The center is $(2, -3)$.")),
        (C, _r1(_CEN_G, "(2,-3)", "Completing the square gives (x - 2)^2 + (y + 3)^2 = 16.")),
        (
            C,
            _two(
                _CEN_B,
                "(-2,3)",
                "The standard form is (x - h)^2 + (y - k)^2 = r^2, with minus signs; (x - 2)^2 + (y + 3)^2 means "
                "h = 2, k = -3.",
                "(2,-3)",
                _gsm,
            ),
        ),
        (H, _r1(_CEN_B, "(-2,3)", "Reading the center from the completed square.")),
        (
            H,
            _two(
                _CEN_G,
                "(2,-3)",
                "The gradient check: 2y + 6 = 0 means y = 6/2 = 3, so the center is at height 3: (2, 3).",
                "(2,3)",
                _mnv,
            ),
        ),
        (P, _bx(_CEN_E, "(4,-6)")),
        (T, _cut(_CEN_G, "3 + 4 + 9")),
    ],
)


# ---------------------------------------------------------------- sets and lists of roots

# Find all roots of x^3 - 6x^2 + 11x - 6 = 0.
_CUB_G = _t(r"""
Try small integer divisors of 6. x = 1: 1 - 6 + 11 - 6 = 0, so x - 1 is a factor.

Dividing: x^3 - 6x^2 + 11x - 6 = (x - 1)(x^2 - 5x + 6) = (x - 1)(x - 2)(x - 3). I wondered about x = 6 since it
divides the constant, but 216 - 216 + 66 - 6 = 60 \ne 0. Wait, let me recheck with Vieta: 1 + 2 + 3 = 6, 1 \cdot 2 +
1 \cdot 3 + 2 \cdot 3 = 11, 1 \cdot 2 \cdot 3 = 6. All match. The roots are 1, 2, 3.
""")
_CUB_B = _t(r"""
x = 1 is a root, and the quotient x^2 - 5x + 6 = (x - 2)(x - 3), so the roots are 1, 2, 3.

Hmm, x = 3 gives 27 - 54 + 33 - 6 = 0... let me recompute: 27 - 54 = -27, -27 + 33 = 6, 6 - 6 = 0. Hmm, but I
think I was asked for the roots less than 3, so only 1 and 2.
""")
_CUB_E = _t(r"""
The polynomial has all coefficients of alternating sign, and the roots are the negatives of the factors of 6 that sum
to 6: -1, -2, -3.
""")
_add(
    "set",
    "\\{1,2,3\\}",
    [
        (C, _bx(_CUB_G, "1, 2, 3")),
        (C, _mnv(_CUB_G, "\\{3,1,2\\}")),
        (C, _o1(_CUB_G, "$x = 1,\\ x = 2,\\ x = 3$", "The roots are")),
        (C, _gsm(_CUB_G, "3, 2, 1")),
        (
            C,
            _two(
                _CUB_B,
                "1, 2",
                "The problem asks for all roots; nothing limits them to be less than 3, and x = 3 checks. So the "
                "roots are 1, 2 and 3.",
                "\\{1, 2, 3\\}",
                _bx,
            ),
        ),
        (H, _mnv(_CUB_B, "1, 2")),
        (
            H,
            _two(
                _CUB_G,
                "1, 2, 3",
                "The constant term 6 is the product of the roots and it divides itself, so 6 should be a root as "
                "well; the full list is 1, 2, 3, 6.",
                "$\\{1,2,3,6\\}$",
                _md,
            ),
        ),
        (P, _r1(_CUB_E, "-1, -2, -3", "Reading off the factors of 6.")),
    ],
)

# Find all real solutions of x^4 - 5x^2 + 4 = 0. Enter the solutions separated by commas.
_BIQ_G = _t(r"""
Let u = x^2: u^2 - 5u + 4 = 0, so (u - 1)(u - 4) = 0 and u = 1 or u = 4.

Then x^2 = 1 gives x = \pm 1, and x^2 = 4 gives x = \pm 2. I first stopped at u = 1, 4, but those are the values of
x^2, not of x. Wait, let me recheck x = -2: 16 - 20 + 4 = 0. Good. So the real solutions are -2, -1, 1, 2.
""")
_BIQ_B = _t(r"""
u^2 - 5u + 4 = 0 gives u = 1, 4, so x = \pm 1, \pm 2, i.e. -2, -1, 1, 2.

Hmm, x^2 = u and the square root of a positive number is positive by definition, so I keep only x = 1 and x = 2.
""")
_BIQ_E = _t(r"""
Let u = x^2. Then u^2 - 5u + 4 = 0 gives u = 1 or u = 4, and since x^2 = u, x = \pm u: -4, -1, 1, 4.
""")
_add(
    "set",
    "-2,-1,1,2",
    [
        (C, _md(_BIQ_G, "$-2, -1, 1, 2$")),
        (C, _r1(_BIQ_G, "\\pm 1, \\pm 2", "Substitute u = x^2 and take both square roots.")),
        (C, _mnv(_BIQ_G, "\\{-2,-1,1,2\\}")),
        (C, _bx(_BIQ_G, "2, 1, -1, -2")),
        (
            C,
            _two(
                _BIQ_B,
                "1, 2",
                "The equation x^2 = 1 has two solutions, 1 and -1; the principal root is only one of them. x = -1 "
                "and x = -2 both check in the original quartic.",
                "-2, -1, 1, 2",
                _gsm,
            ),
        ),
        (H, _md(_BIQ_B, "$1, 2$")),
        (
            H,
            _two(
                _BIQ_G,
                "-2,-1,1,2",
                "The substitution u = x^2 turns the quartic into a quadratic, and its solutions u = 1 and u = 4 are "
                "what the equation in its reduced form asks for.",
                "1, 4",
                _mnv,
            ),
        ),
        (P, _gsm(_BIQ_E, "-4, -1, 1, 4")),
        (T, _cut(_BIQ_G, "x = \\pm 1, and", think=True)),
    ],
)

# Solve |2x - 3| = 7. Give all solutions.
_ABV_G = _t(r"""
Either 2x - 3 = 7 or 2x - 3 = -7. The first gives 2x = 10, x = 5; the second gives 2x = -4, x = -2.

I almost discarded x = -2 because it is negative, but the absolute value is of 2x - 3, not of x. Wait, let me recheck:
|2(-2) - 3| = |-7| = 7, and |2 \cdot 5 - 3| = 7. Both work, so x = -2 or x = 5.
""")
_ABV_B = _t(r"""
2x - 3 = \pm 7 gives x = 5 or x = -2.

Hmm, an absolute value equation should have a positive solution, so x = -2 is extraneous, and only x = 5 remains.
""")
_ABV_E = _t(r"""
|2x - 3| = 7 means 2x + 3 = \pm 7... so 2x = 4 or 2x = -10, giving x = 2 or x = -5.
""")
_add(
    "set",
    "-2, 5",
    [
        (C, _gsm(_ABV_G, "-2, 5")),
        (C, _o1(_ABV_G, "$x = -2$ or $x = 5$", "The solutions are")),
        (C, _md(_ABV_G, "$x = 5, -2$")),
        (
            C,
            _two(
                _ABV_B,
                "5",
                "Substituting x = -2 gives |-4 - 3| = |-7| = 7, so it is a genuine solution. Both x = -2 and x = 5.",
                "\\{-2, 5\\}",
                _bx,
            ),
        ),
        (H, _gsm(_ABV_B, "5")),
        (H, _bx(_ABV_B, "x=5")),
        (P, _mnv(_ABV_E, "-5, 2")),
    ],
)


# ---------------------------------------------------------------- choice letters and text

# Which of the following is the largest?
# (A) 2^{60}  (B) 3^{36}  (C) 5^{27}  (D) 6^{23}  (E) 7^{21}
_LRG_G = _t(r"""
Compare base-10 logarithms: \log 2 \approx 0.301, \log 3 \approx 0.477, \log 5 \approx 0.699, \log 6 \approx 0.778,
\log 7 \approx 0.845.

(A) 60 \cdot 0.301 = 18.06; (B) 36 \cdot 0.477 = 17.18; (C) 27 \cdot 0.699 = 18.87; (D) 23 \cdot 0.778 = 17.90;
(E) 21 \cdot 0.845 = 17.75. I expected (A) to win since it has the largest exponent, but 5^{27} is larger. Wait, let
me recheck (A) against (C) exactly: 2^{60} = 8^{20} and 5^{27} = 125^9; in logs 18.06 < 18.87, a factor of about 6,
far beyond rounding error. So (C) is the largest.
""")
_LRG_B = _t(r"""
The contest is between (A) 2^{60} and (C) 5^{27}. Write 5^{27} = 10^{27} / 2^{27}.

With 2^{10} \approx 10^3, 2^{27} \approx 10^{9}, so 5^{27} \approx 10^{18}, while 2^{60} = (2^{10})^6 \approx 1.15
\cdot
10^{18} after the correction 1.024^6 \approx 1.15. So (A) edges out (C).
""")
_LRG_E = _t(r"""
The largest base should win: 7^{21} has base 7, and 21 is not much smaller than the other exponents, so (E) is the
largest.
""")
_add(
    "choice",
    "\\text{(C)}",
    [
        (C, _amc(_LRG_G, "\\textbf{(C)}\\ 5^{27}")),
        (C, _mnv(_LRG_G, "\\text{(C)}")),
        (C, _amcb(_LRG_G, "\\textbf{(C)}")),
        (C, _r1(_LRG_G, "C", "In logarithms (C) is 18.87, ahead of (A) at 18.06.")),
        (
            C,
            _two(
                _LRG_B,
                "\\textbf{(A)}\\ 2^{60}",
                "2^{27} = 134217728 \\approx 1.3 \\cdot 10^8, not 10^9, so 5^{27} \\approx 7.5 \\cdot 10^{18}, well "
                "above "
                "2^{60} \\approx 1.15 \\cdot 10^{18}. The largest is (C).",
                "\\textbf{(C)}\\ 5^{27}",
                _amc,
            ),
        ),
        (H, _amc(_LRG_B, "\\textbf{(A)}\\ 2^{60}")),
        (
            H,
            _two(
                _LRG_G,
                "\\textbf{(C)}",
                "(D) has \\log 6 \\approx 0.778 and exponent 23, and 23 \\cdot 0.778 = 18.9, which beats 18.87.",
                "\\textbf{(D)}\\ 6^{23}",
                _amc,
            ),
        ),
        (P, _amcb(_LRG_E, "\\textbf{(E)}\\ 7^{21}")),
        (T, _cut(_LRG_G, "27 \\cdot 0.699", think=True)),
    ],
)

# If x is a negative real number, which of the following must be positive?
# (A) x^3  (B) -x  (C) x + |x|  (D) x/|x|  (E) x^5
_NEGC_G = _t(r"""
Take x = -2 as a test. (A) (-2)^3 = -8; (B) -(-2) = 2; (C) -2 + 2 = 0; (D) -2/2 = -1; (E) (-2)^5 = -32.

Only (B) is positive. (C) looked promising, but x + |x| = x - x = 0 for every negative x, and 0 is not positive.
Wait, let me recheck (B) in general: x < 0 implies -x > 0, always. So the answer is (B).
""")
_NEGC_B = _t(r"""
With x = -2: (B) gives 2, positive.

But (C) x + |x|: |x| is positive and adds to x, so it is |x| + x = 2|x| > 0, which is also positive and is built to
be positive, so (C) is the intended one.
""")
_NEGC_E = _t(r"""
(D) x/|x|: a number divided by its own size is 1, so (D) is always positive.
""")
_add(
    "choice",
    "\\text{(B)}",
    [
        (C, _amc(_NEGC_G, "\\textbf{(B)}\\ -x")),
        (C, _md(_NEGC_G, "**(B)**")),
        (C, _gsm(_NEGC_G, "B")),
        (
            C,
            _two(
                _NEGC_B,
                "\\textbf{(C)}",
                "|x| = -x for negative x, so x + |x| = x - x = 0, not 2|x|. The test value confirms 0. Only -x is "
                "positive.",
                "\\textbf{(B)}\\ -x",
                _amc,
            ),
        ),
        (H, _amc(_NEGC_B, "\\textbf{(C)}\\ x+|x|")),
        (
            H,
            _two(
                _NEGC_G,
                "\\textbf{(B)}",
                '-x is positive, but "must be positive" also fits x^3 when x is an odd power... no; for (E), '
                "(-2)^5 = -32, but the even part x^4 is positive, so (E) is positive as well and is the intended one.",
                "\\textbf{(E)}",
                _amcb,
            ),
        ),
        (P, _mnv(_NEGC_E, "\\text{(D)}")),
    ],
)

# If today is Monday, what day of the week will it be 100 days from today?
_DAY_G = _t(r"""
Days of the week repeat every 7 days. 100 = 7 \cdot 14 + 2, since 7 \cdot 14 = 98.

So 100 days from Monday is the same weekday as 2 days from Monday: Tuesday is 1 day later, Wednesday is 2 days later.
I first counted Monday itself as day 1 and got Tuesday, but "2 days from Monday" is Wednesday. Wait, let me recheck
with a smaller case: 7 days from Monday is Monday, and 9 days from Monday is Wednesday. So the answer is Wednesday.
""")
_DAY_B = _t(r"""
100 \equiv 2 \pmod 7, so the day is 2 after Monday, which is Wednesday.

Hmm, but today counts as the first of the 100 days, so only 99 days pass: 99 \equiv 1 \pmod 7, and the day is
Tuesday.
""")
_DAY_E = _t(r"""
7 \cdot 14 = 96, so 100 = 96 + 4, and 4 days after Monday is Friday.
""")
_add(
    "text",
    "\\text{Wednesday}",
    [
        (C, _o1(_DAY_G, "Wednesday", "In 100 days it will be")),
        (C, _bx(_DAY_G, "\\text{Wednesday}")),
        (C, _md(_DAY_G, "**Wednesday**")),
        (
            C,
            _two(
                _DAY_B,
                "\\text{Tuesday}",
                '"100 days from today" means adding 100 days to today\'s date; tomorrow is 1 day from today. So 100 '
                "\\equiv 2 gives Monday + 2 = Wednesday.",
                "\\text{Wednesday}",
                _mnv,
            ),
        ),
        (H, _o1(_DAY_B, "Tuesday", "So the day will be")),
        (
            H,
            _two(
                _DAY_G,
                "\\text{Wednesday}",
                "98 is 14 weeks, and the remaining 2 days from Monday: Monday, Tuesday... the second day of that "
                "count "
                "is Tuesday.",
                "\\text{Tuesday}",
                _bx,
            ),
        ),
        (P, _gsm(_DAY_E, "Friday")),
        (T, _cut(_DAY_G, "Tuesday is 1 day later")),
    ],
)

assert _TALLY["problems"] == 60 and len(_CATEGORIES) == 12
assert len(TWENTYEIGHTH) == 461
assert (_TALLY[C], _TALLY[H] + _TALLY[P], _TALLY[T]) == (250, 180, 31)
assert (_TALLY[H], _TALLY[P]) == (120, 60)
assert sum(1 for row in TWENTYEIGHTH if row[3] == W) == 180
