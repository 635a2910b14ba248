"""THIRTYSIXTH: a held-out batch of labelled answer-verification pairs from a mixed competition pool (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch36) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style, and the last 30 lines of outside_twentyninth.py, for the closing asserts),
and without running longcot, math-verify or any other grader on any pair. Every pair was labelled by hand (python
used by hand only to check arithmetic); pairs a reasonable grader could label either way were left out. Committed
before any grading run, so its first run is an out-of-sample number.

Theme: a fresh mixed pool drawn like a long-CoT distillation set for AMC 10/12, AIME, HMMT and MATH-500 problems:
integers, fractions, radicals, expressions, intervals, ordered pairs, sets, angles in degrees, money, percents,
AMC choice letters and a few text answers (a weekday, yes/no, which of two powers is larger). Rows are
`(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or "truncated"
(the response stops mid-sentence or mid-computation before it states any final answer). The question is not part
of the row; the comment above each problem states it.

Each problem has one worked reasoning (`_X_G`, reaching the gold, its last paragraph a self-contained check), one
flawed reasoning whose last paragraph holds the gold as a rejected candidate or intermediate before a wrong turn
(`_X_B`), and one flawed reasoning without the gold (`_X_E`). Response styles rotate per problem over thirteen
teacher endings: a boxed closing sentence, `**Final Answer**` over a display box, "The answer is $x$.", a bold
`**Answer:**` line, Minerva "Final Answer: The final answer is $x$. I hope it is correct.", GSM8K `#### x`, a
`### Final Answer` heading, DeepSeek-R1 `<think>`...`</think>` then a summary and a display box, Gemini
"**Final Answer:** The final answer is $\\boxed{x}$", a box followed by a closing remark, a closing prose sentence
only, a Llama/Mistral chat reply, a QwQ monologue, a Claude markdown reply with `## Answer`, and a small distilled
model that repeats its answer. `_two` appends an earlier box and a "Wait, let me recheck" paragraph, so the last
stated final answer wins: a wrong box fixed to the gold (correct) or a right box overruled by a wrong recheck
(hard negative). `_half` keeps the first paragraph of the worked reasoning and stops two thirds of the way into
the first sentence of the second (a max-token cut, mid-sentence and often inside an open `$`).
Correct rows vary the form: `\\dfrac`/`\\tfrac`/slash fractions and exact decimals, unsimplified radicals
(`\\sqrt{45}`, `\\frac{36\\sqrt3}{4}`), reordered sets and sums, `x =` and `f^{-1}(x) =` prefixes, inequalities
for intervals, `x = 5, y = 2` for a pair, `\\left(`, degree signs or bare degrees where the question asks degrees,
dollar signs, `{,}` separators and trailing cents, percent signs or bare numbers where the question asks a percent,
`\\textbf{(D)}`, `(D)` and the letter with its value, `\\text{}` and bold text answers.
Negatives lean on precision: an off-by-one count, a dropped or extra set element, an open endpoint for a closed
one, a swapped ordered pair, a factor of two, a sign, the complementary angle or share, the other letter, the
next member of a residue class read away, and the unordered count for an ordered one; about two thirds are hard.
57 problems in 12 categories (integers 10, fractions 5, radicals 5, expressions 5, intervals 4, tuples 4, sets 4,
angles 4, money 4, percents 4, choice 5, text 3); 480 rows: 243 correct, 191 incorrect, 46 truncated. Of the 191
negatives, 129 are hard (a flawed reasoning that holds the gold, or a right box later overruled by a wrong
recheck) and 62 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYSIXTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYSIXTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _last(r: str) -> str:
    """The last paragraph of a reasoning (a self-contained check or the flawed turn)."""
    return r.split("\n\n")[-1]


def _boxs(r: str, a: str) -> str:
    return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    return r + "\n\n**Final Answer**\n\n$$\\boxed{" + a + "}$$"


def _is(r: str, a: str) -> str:
    return r + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    return r + "\n\n**Answer:** $" + a + "$"


def _mn(r: str, a: str) -> str:
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    return r + "\n#### " + a


def _head(r: str, a: str) -> str:
    return r + "\n\n### Final Answer\n\n$\\boxed{" + a + "}$"


def _r1(r: str, a: str) -> str:
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nI set up the problem, worked it through, and checked the result once more.\n\n"
        + "**Final Answer**\n\\[\n\\boxed{"
        + a
        + "}\n\\]"
    )


def _gem(r: str, a: str) -> str:
    return r + "\n\n**Final Answer:** The final answer is $\\boxed{" + a + "}$"


def _rem(r: str, a: str) -> str:
    return (
        r
        + "\n\n$\\boxed{"
        + a
        + "}$\n\nThis agrees with the check above. Let me know if you'd like any step expanded!"
    )


def _prose(r: str, a: str) -> str:
    return r + "\n\nPutting everything together, the quantity asked for is $" + a + "$."


def _llama(r: str, a: str) -> str:
    return "I'd be happy to help with this problem!\n\n" + r + "\n\nThe final answer is: $\\boxed{" + a + "}$"


def _qwq(r: str, a: str) -> str:
    return (
        "Okay, let me think about this. "
        + r
        + "\n\nYeah, I'm fairly confident now. The answer should be \\(\\boxed{"
        + a
        + "}\\)."
    )


def _claude(r: str, a: str) -> str:
    return "## Working\n\n" + r + "\n\n## Answer\n\n$$\\boxed{" + a + "}$$"


def _rep(r: str, a: str) -> str:
    return r + "\n\nSo the answer is " + a + ".\n\nSo the answer is " + a + ".\n\n**Final Answer**\n\\boxed{" + a + "}"


_STYLES = [_boxs, _fa, _is, _bold, _mn, _gsm, _head, _r1, _gem, _rem, _prose, _llama, _qwq, _claude, _rep]
_WAITS = [
    "Wait, let me recheck that before finalizing.",
    "Hmm, wait. Let me double-check this.",
    "Actually, hold on, let me verify once more.",
    "Let me re-examine that last step.",
]


def _two(r: str, first: str, recheck: str, final: str, k: int) -> str:
    """An earlier box, a recheck paragraph, then the final answer in a rotating style (the last one wins)."""
    body = r + "\n\nSo I get $\\boxed{" + first + "}$.\n\n" + _WAITS[k % len(_WAITS)] + " " + recheck
    return _STYLES[(k + 4) % len(_STYLES)](body, final)


def _half(r: str) -> str:
    """The first paragraph and the first half of the second: a max-token cut mid-sentence."""
    paras = r.split("\n\n")
    assert len(paras) >= 3
    words = paras[1].split(" ")
    end = next(j for j, w in enumerate(words) if w.endswith((".", ".$", "?")))
    n = max(2, (2 * end) // 3)
    return paras[0] + "\n\n" + " ".join(words[:n])


def _std(
    cat: str, gold: str, g: str, b: str, e: str, forms: list[str], bad: str, plain: str, cut: bool = True
) -> None:
    """Rows for one problem from its three reasonings, three accepted forms of the gold and two wrong answers."""
    i = _TALLY["problems"]

    def s(k: int):
        return _STYLES[(i + k) % len(_STYLES)]

    rows = [
        (C, s(0)(g, forms[0])),
        (C, s(3)(g, forms[1])),
        (C, s(6)(g, forms[2])),
        (C, _two(b, bad, _last(g), forms[i % 3], i)),
        (H, s(1)(b, bad)),
        (H, _two(g, forms[0], _last(b), bad, i + 2)),
        (P, s(2)(e, plain)),
    ]
    if i % 4 == 0:
        rows.append((C, s(9)(g, forms[1])))
    if i % 4 == 0:
        rows.append((H, s(5)(b, bad)))
    if i % 12 == 1:
        rows.append((P, s(7)(e, plain)))
    if cut and i % 6 != 5:
        rows.append((T, _half(g)))
    _add(cat, gold, rows)


# ---------------------------------------------------------------- integers

# How many positive divisors of 720 are perfect squares?
_I1_G = _t(r"""
First factor: $720 = 72 \cdot 10 = 2^3 \cdot 3^2 \cdot 2 \cdot 5 = 2^4 \cdot 3^2 \cdot 5$.

A divisor $2^a 3^b 5^c$ is a perfect square exactly when $a, b, c$ are all even. I first wrote $a \in \{0, 2\}$,
but wait, $a$ can go up to $4$, so $a \in \{0, 2, 4\}$ gives 3 choices; $b \in \{0, 2\}$ gives 2 choices; and
$c = 0$ is the only even option for the exponent of 5.

Check: the count is $3 \cdot 2 \cdot 1 = 6$, and listing them, $1, 4, 16, 9, 36, 144$ all divide 720 (for
instance $720 / 144 = 5$). So there are 6 square divisors.
""")
_I1_B = _t(r"""
We have $720 = 2^4 \cdot 3^2 \cdot 5$, and a square divisor needs even exponents: $a \in \{0,2,4\}$,
$b \in \{0, 2\}$, $c = 0$.

That is $3 \cdot 2 = 6$ choices: $1, 4, 16, 9, 36, 144$. Hmm, but $1$ is the trivial divisor and is a square
of nothing interesting; the problem surely means squares of integers greater than 1, so I drop it and count
$4, 9, 16, 36, 144$, which leaves 5.
""")
_I1_E = _t(r"""
$720 = 2^4 \cdot 3^2 \cdot 5$. Even exponents for 2 are $0$ and $2$, for 3 are $0$ and $2$, and 5 must be
absent.

That gives $2 \cdot 2 = 4$ square divisors: $1, 4, 9, 36$.
""")
_std("integers", "6", _I1_G, _I1_B, _I1_E, ["6", r"6", r"6 \text{ divisors}"], "5", "4")

# What is the remainder when $3^{100}$ is divided by 7?
_I2_G = _t(r"""
Powers of 3 modulo 7: $3^1 = 3$, $3^2 = 9 \equiv 2$, $3^3 \equiv 6$, $3^4 \equiv 18 \equiv 4$, $3^5 \equiv 12
\equiv 5$, $3^6 \equiv 15 \equiv 1$. So the order of 3 is 6.

Now $100 = 6 \cdot 16 + 4$. I was about to use $100 \bmod 7$, but wait, Fermat's little theorem gives the period
$p - 1 = 6$, not 7. So $3^{100} \equiv 3^4 \pmod 7$.

Check: $3^4 = 81 = 7 \cdot 11 + 4$, so $3^{100} \equiv 4 \pmod 7$ and the remainder is 4.
""")
_I2_B = _t(r"""
By Fermat, $3^6 \equiv 1 \pmod 7$. Writing $100 = 96 + 4$, I get $3^{100} \equiv 3^4 = 81$.

And $81 = 77 + 4$, so the remainder looks like 4. Hmm, but actually I think the exponent should be reduced
modulo 7 itself: $100 \bmod 7 = 2$, so $3^{100} \equiv 3^2 = 9 \equiv 2 \pmod 7$. The remainder is 2.
""")
_I2_E = _t(r"""
The powers of 3 repeat with period 6 modulo 7. Since $100 \bmod 6 = 5$, we need $3^5 = 243$.

$243 = 7 \cdot 34 + 5$, so the remainder is 5.
""")
_std("integers", "4", _I2_G, _I2_B, _I2_E, ["4", r"4", r"3^{100} \equiv 4 \pmod{7}"], "2", "5")

# How many trailing zeros does $125!$ have?
_I3_G = _t(r"""
Trailing zeros come from factors of 10, and factors of 2 are plentiful, so count factors of 5 in $125!$.

Legendre: $\lfloor 125/5 \rfloor = 25$, $\lfloor 125/25 \rfloor = 5$, $\lfloor 125/125 \rfloor = 1$. Wait, do I
double count 125? No: 125 contributes three 5s, and it is counted once in each of the three terms, which is
exactly right.

Check: the total is $25 + 5 + 1 = 31$ factors of 5, so $125!$ ends in 31 zeros.
""")
_I3_B = _t(r"""
Factors of 5 in $125!$: multiples of 5 give 25, multiples of 25 give 5 more, and 125 gives 1 more.

So $25 + 5 + 1 = 31$. Hmm, but 125 was already counted among the multiples of 25, so that last term double
counts it. Removing it: $25 + 5 = 30$ trailing zeros.
""")
_I3_E = _t(r"""
Each multiple of 5 up to 125 gives one trailing zero with a matching 2.

There are $125/5 = 25$ multiples of 5, so $125!$ ends in 25 zeros.
""")
_std("integers", "31", _I3_G, _I3_B, _I3_E, ["31", r"31", r"31 \text{ zeros}"], "30", "25")

# How many ordered pairs of positive integers $(x, y)$ satisfy $3x + 5y = 100$?
_I4_G = _t(r"""
Since $5 \mid 100$ and $5 \mid 5y$, we need $5 \mid 3x$, so $x = 5k$. Then $15k + 5y = 100$ gives
$y = 20 - 3k$.

Positivity: $x > 0$ means $k \ge 1$, and $y > 0$ means $3k < 20$, so $k \le 6$. At first I allowed $k = 0$,
but wait, that gives $x = 0$, which is not positive.

Check: $k = 1, \dots, 6$ gives $(5, 17), (10, 14), (15, 11), (20, 8), (25, 5), (30, 2)$, and for example
$3 \cdot 30 + 5 \cdot 2 = 100$. That is 6 pairs.
""")
_I4_B = _t(r"""
We need $x = 5k$ and then $y = 20 - 3k$, with $y > 0$ forcing $k \le 6$.

So $k = 1, \dots, 6$ gives 6 pairs. But hold on, $k = 0$ gives $(0, 20)$, and $3 \cdot 0 + 5 \cdot 20 = 100$
works too, so I should include it: 7 pairs.
""")
_I4_E = _t(r"""
Write $x = 5k$, $y = 20 - 3k$. For $y$ positive we need $k < 20/3$, so $k \le 5$.

Then $k = 1, \dots, 5$ gives 5 pairs.
""")
_std("integers", "6", _I4_G, _I4_B, _I4_E, ["6", r"6", r"6 \text{ pairs}"], "7", "5")

# How many integers from 1 to 200 inclusive are divisible by 3 or 5 but not by 15?
_I5_G = _t(r"""
Multiples of 3 up to 200: $\lfloor 200/3 \rfloor = 66$. Multiples of 5: $40$. Multiples of 15:
$\lfloor 200/15 \rfloor = 13$.

By inclusion-exclusion, divisible by 3 or 5: $66 + 40 - 13 = 93$. These 93 still include the 13 multiples of
15 (they were counted twice and subtracted once), so removing them leaves $93 - 13 = 80$.

Check another way: multiples of 3 but not 15 are $66 - 13 = 53$, multiples of 5 but not 15 are $40 - 13 = 27$,
and $53 + 27 = 80$. So the count is 80.
""")
_I5_B = _t(r"""
Multiples of 3: 66; of 5: 40; of 15: 13. Then $66 + 40 - 13 = 93$ are divisible by 3 or 5.

Removing multiples of 15 would give $93 - 13 = 80$. Hmm, wait: inclusion-exclusion already subtracted the 13
multiples of 15, so they are already gone, and the count is 93.
""")
_I5_E = _t(r"""
Multiples of 3 up to 200: 67. Multiples of 5: 40. Multiples of 15: 13.

Those divisible by exactly one of 3 and 5: $67 + 40 - 2 \cdot 13 = 81$.
""")
_std("integers", "80", _I5_G, _I5_B, _I5_E, ["80", r"80", r"80 \text{ integers}"], "93", "81")

# How many ordered pairs of positive integers $(a, b)$ satisfy $ab = 360$?
_I6_G = _t(r"""
Each ordered pair corresponds to a choice of $a$ as a positive divisor of 360, with $b = 360/a$.

$360 = 2^3 \cdot 3^2 \cdot 5$, so $d(360) = (3+1)(2+1)(1+1) = 24$. I almost halved this to count pairs, but wait,
the pairs are ordered, so $(8, 45)$ and $(45, 8)$ are different and no halving is needed.

Check: 360 is not a perfect square, so no divisor pairs with itself, and the 24 divisors give exactly 24
ordered pairs.
""")
_I6_B = _t(r"""
$360 = 2^3 \cdot 3^2 \cdot 5$ has $4 \cdot 3 \cdot 2 = 24$ divisors.

Each divisor $a$ gives a pair, so 24. But $(a, b)$ and $(b, a)$ describe the same factorization, and 360 is not
a square, so I divide by two: 12 pairs.
""")
_I6_E = _t(r"""
$360 = 2^3 \cdot 3^2 \cdot 5$. The number of divisors is the product of the exponents, $3 \cdot 2 \cdot 1$.

So there are 6 ordered pairs.
""")
_std("integers", "24", _I6_G, _I6_B, _I6_E, ["24", r"24", r"24 \text{ ordered pairs}"], "12", "6")

# What is the remainder when $1 + 2 + \cdots + 2026$ is divided by 1000?
_I7_G = _t(r"""
The sum is $\frac{2026 \cdot 2027}{2} = 1013 \cdot 2027$.

Compute: $1013 \cdot 2027 = 2027000 + 13 \cdot 2027 = 2027000 + 26351 = 2053351$. Wait, I should not forget
the halving: $2026 \cdot 2027 = 4106702$, and half of that is indeed $2053351$.

Check modulo 1000: $1013 \equiv 13$ and $2027 \equiv 27$, and $13 \cdot 27 = 351$. So the remainder is 351.
""")
_I7_B = _t(r"""
Sum $= \frac{n(n+1)}{2}$ with $n = 2026$: $1013 \cdot 2027 = 2053351$, remainder 351.

Hmm, but the sum from 1 to 2026 has 2026 terms, so I think it should be $\frac{2026 \cdot 2025}{2} = 1013 \cdot
2025 = 2051325$, which leaves remainder 325.
""")
_I7_E = _t(r"""
The sum is $2026 \cdot 2027 = 4106702$.

Modulo 1000 this is 702.
""")
_std("integers", "351", _I7_G, _I7_B, _I7_E, ["351", r"351", r"351"], "325", "702")

# What is the least three-digit positive integer $n$ with $n \equiv 2 \pmod 3$, $n \equiv 3 \pmod 5$,
# $n \equiv 2 \pmod 7$?
_I8_G = _t(r"""
From $n \equiv 2 \pmod 3$ and $n \equiv 2 \pmod 7$, we get $n \equiv 2 \pmod{21}$: $n = 2, 23, 44, 65, \dots$

Among these, $2 \bmod 5 = 2$ but $23 \bmod 5 = 3$, so $n \equiv 23 \pmod{105}$. Wait, 23 is only two digits, so
I need the next one: $23 + 105 = 128$.

Check $128$: $128 = 3 \cdot 42 + 2$, $128 = 5 \cdot 25 + 3$, $128 = 7 \cdot 18 + 2$. All three hold, and 128 is
the least three-digit member of the class, so $n = 128$.
""")
_I8_B = _t(r"""
Combining the mod 3 and mod 7 conditions gives $n \equiv 2 \pmod{21}$, and then $n = 23$ also satisfies the mod 5
condition, so $n \equiv 23 \pmod{105}$.

The three-digit version would be $23 + 105 = 128$. But rereading, the conditions already pin down the least
solution, and the smallest positive one is what matters here, so $n = 23$.
""")
_I8_E = _t(r"""
$n \equiv 2 \pmod{21}$ gives $2, 23, 44, 65, 86, 107, \dots$

The first three-digit one is 107, so $n = 107$.
""")
_std("integers", "128", _I8_G, _I8_B, _I8_E, ["128", r"n = 128", r"128"], "23", "107")

# How many integers $n$ with $1 \le n \le 100$ satisfy $\gcd(n, 100) = 1$?
_I9_G = _t(r"""
This is Euler's totient $\varphi(100)$, with $100 = 2^2 \cdot 5^2$.

$\varphi(100) = 100 \left(1 - \tfrac12\right)\left(1 - \tfrac15\right) = 100 \cdot \tfrac12 \cdot \tfrac45 = 40$.
Wait, should $n = 1$ count? Yes, $\gcd(1, 100) = 1$, and the totient includes it.

Check by inclusion-exclusion: $100 - 50 - 20 + 10 = 40$ numbers divisible by neither 2 nor 5. So the count is 40.
""")
_I9_B = _t(r"""
$\varphi(100) = 100 \cdot \tfrac12 \cdot \tfrac45 = 40$.

Hmm, but $n = 1$ is not really coprime in an interesting sense, since 1 divides everything; leaving it out gives
39.
""")
_I9_E = _t(r"""
Remove the multiples of 2 (there are 50) and the multiples of 5 (there are 20).

That leaves $100 - 50 - 20 = 30$.
""")
_std("integers", "40", _I9_G, _I9_B, _I9_E, ["40", r"40", r"\varphi(100) = 40"], "39", "30")

# If $\log_2 x + \log_4 x = 6$, what is $x$?
_I10_G = _t(r"""
Convert to base 2: $\log_4 x = \frac{\log_2 x}{\log_2 4} = \frac{\log_2 x}{2}$.

So $\log_2 x + \tfrac12 \log_2 x = \tfrac32 \log_2 x = 6$, giving $\log_2 x = 4$. I first wrote $\log_4 x =
2\log_2 x$, but wait, that is backwards: a larger base gives a smaller logarithm.

Check: $x = 2^4 = 16$, and $\log_2 16 + \log_4 16 = 4 + 2 = 6$. So $x = 16$.
""")
_I10_B = _t(r"""
With $L = \log_2 x$, we have $\log_4 x = L/2$, so $\tfrac32 L = 6$ and $L = 4$, $x = 16$.

Hmm, actually $\log_4 x = 2 \log_2 x$ since $4 = 2^2$, so the equation is $3L = 6$, $L = 2$, and $x = 4$.
""")
_I10_E = _t(r"""
Write $\log_4 x = \frac{\log_2 x}{4}$.

Then $\tfrac54 \log_2 x = 6$, so $\log_2 x = \tfrac{24}{5}$ and $x = 2^{24/5}$.
""")
_std("integers", "16", _I10_G, _I10_B, _I10_E, ["16", r"x = 16", r"16"], "4", r"2^{24/5}")

# ---------------------------------------------------------------- fractions

# Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_F1_G = _t(r"""
There are $6 \cdot 6 = 36$ equally likely ordered outcomes.

Sum 8: $(2,6), (3,5), (4,4), (5,3), (6,2)$. That is 5 outcomes. Wait, should I count $(4,4)$ twice? No, it is a
single ordered outcome.

Check: the sums 2 through 12 have counts $1,2,3,4,5,6,5,4,3,2,1$, adding to 36, and sum 8 has count 5. So the
probability is $\frac{5}{36}$.
""")
_F1_B = _t(r"""
Ordered outcomes: 36, of which $(2,6), (3,5), (4,4), (5,3), (6,2)$ give 8, so $\frac{5}{36}$.

Hmm, but the dice are identical, so I should count unordered outcomes: there are 21 of them, and $\{2,6\},
\{3,5\}, \{4,4\}$ give 8, for a probability of $\frac{3}{21} = \frac17$.
""")
_F1_E = _t(r"""
Sum 8 arises from $(2,6), (3,5), (5,3), (6,2)$.

That is 4 of 36, so $\frac{4}{36} = \frac19$.
""")
_std(
    "fractions",
    r"\frac{5}{36}",
    _F1_G,
    _F1_B,
    _F1_E,
    [r"\frac{5}{36}", r"\dfrac{5}{36}", "5/36"],
    r"\frac{1}{7}",
    r"\frac{1}{9}",
)

# Compute $\frac{1}{1\cdot 2} + \frac{1}{2 \cdot 3} + \cdots + \frac{1}{20 \cdot 21}$.
_F2_G = _t(r"""
Partial fractions: $\frac{1}{k(k+1)} = \frac1k - \frac1{k+1}$.

Summing from $k = 1$ to $k = 20$ telescopes to $1 - \frac{1}{21}$. Wait, the last term is $\frac{1}{20 \cdot
21}$, so $k$ runs to 20 and the surviving tail is $\frac{1}{21}$, not $\frac1{20}$.

Check with a small case: up to $\frac{1}{2 \cdot 3}$ the sum is $\frac12 + \frac16 = \frac23 = 1 - \frac13$.
So the sum is $1 - \frac{1}{21} = \frac{20}{21}$.
""")
_F2_B = _t(r"""
Each term is $\frac1k - \frac1{k+1}$, so the sum telescopes.

It leaves $1 - \frac1{21} = \frac{20}{21}$. Hmm, wait, the last denominator starts with 20, so the tail should
be $\frac{1}{20}$, giving $1 - \frac{1}{20} = \frac{19}{20}$.
""")
_F2_E = _t(r"""
Telescoping $\frac1k - \frac1{k+1}$ for $k = 1$ to $21$.

That gives $1 - \frac1{22} = \frac{21}{22}$.
""")
_std(
    "fractions",
    r"\frac{20}{21}",
    _F2_G,
    _F2_B,
    _F2_E,
    [r"\frac{20}{21}", "20/21", r"\tfrac{20}{21}"],
    r"\frac{19}{20}",
    r"\frac{21}{22}",
)

# If $\frac{x}{y} = \frac34$ and $\frac{y}{z} = \frac25$, what is $\frac{x}{z}$?
_F3_G = _t(r"""
Multiply the two ratios: $\frac{x}{z} = \frac{x}{y} \cdot \frac{y}{z}$.

That is $\frac34 \cdot \frac25 = \frac{6}{20}$. I was tempted to divide the ratios, but wait, dividing would give
$\frac{x}{y} \cdot \frac{z}{y}$, which does not cancel $y$.

Check with numbers: take $y = 4$, then $x = 3$ and $z = 10$, so $\frac{x}{z} = \frac{3}{10}$.
""")
_F3_B = _t(r"""
$\frac{x}{z} = \frac34 \cdot \frac25 = \frac{3}{10}$.

Hmm, with $y = 4$ I get $x = 3$ and $z = 10$; the ratio of $z$ to $x$ is what we want here, $\frac{10}{3}$.
""")
_F3_E = _t(r"""
$\frac{x}{z} = \frac{x/y}{y/z} = \frac{3/4}{2/5}$.

That is $\frac34 \cdot \frac52 = \frac{15}{8}$.
""")
_std(
    "fractions",
    r"\frac{3}{10}",
    _F3_G,
    _F3_B,
    _F3_E,
    [r"\frac{3}{10}", "0.3", r"\dfrac{3}{10}"],
    r"\frac{10}{3}",
    r"\frac{15}{8}",
)

# A positive divisor of 36 is chosen uniformly at random. What is the probability that it is even?
_F4_G = _t(r"""
$36 = 2^2 \cdot 3^2$ has $3 \cdot 3 = 9$ divisors: $1, 2, 3, 4, 6, 9, 12, 18, 36$.

Even divisors need a factor of 2, so the exponent of 2 is 1 or 2: $2 \cdot 3 = 6$ of them, namely
$2, 4, 6, 12, 18, 36$. Wait, should 36 itself count? It is a positive divisor, so yes.

Check: the odd divisors are $1, 3, 9$, which is 3, and $6 + 3 = 9$. So the probability is $\frac{6}{9} =
\frac23$.
""")
_F4_B = _t(r"""
The 9 divisors of 36 include the 6 even ones $2, 4, 6, 12, 18, 36$, so $\frac{6}{9} = \frac23$.

Hmm, but a divisor chosen at random should be a proper divisor, so drop 1 and 36: then 5 of the remaining 7 are
even, for $\frac57$.
""")
_F4_E = _t(r"""
Divisors of 36: $1, 2, 3, 4, 6, 9, 12, 18, 36$, and the even ones are $2, 4, 12, 18, 36$.

That is 5 of 9, so $\frac59$.
""")
_std(
    "fractions",
    r"\frac{2}{3}",
    _F4_G,
    _F4_B,
    _F4_E,
    [r"\frac{2}{3}", r"\frac{6}{9}", r"\dfrac23"],
    r"\frac{5}{7}",
    r"\frac{5}{9}",
)

# Three fair coins are tossed. Given that at least one head appears, what is the expected number of heads?
_F5_G = _t(r"""
Let $X$ be the number of heads. $P(X \ge 1) = 1 - \frac18 = \frac78$, and $E[X] = \frac32$.

Since $X = 0$ contributes nothing to the expectation, $E[X \mid X \ge 1] = \frac{E[X]}{P(X \ge 1)} =
\frac{3/2}{7/8} = \frac{12}{7}$. Wait, let me make sure conditioning really rescales: yes, we renormalize over the
7 remaining outcomes.

Check directly: of the 7 outcomes with a head, 3 have one head, 3 have two, 1 has three, so the mean is
$\frac{3 + 6 + 3}{7} = \frac{12}{7}$.
""")
_F5_B = _t(r"""
Dividing $E[X] = \frac32$ by $P(X \ge 1) = \frac78$ gives $\frac{12}{7}$.

Hmm, but the outcome with no heads adds $0$ to the expectation anyway, so conditioning it away should not change
anything: the answer is just $E[X] = \frac32$.
""")
_F5_E = _t(r"""
Given at least one head, $X$ is 1, 2 or 3.

Averaging these values, $\frac{1 + 2 + 3}{7} = \frac67$.
""")
_std(
    "fractions",
    r"\frac{12}{7}",
    _F5_G,
    _F5_B,
    _F5_E,
    [r"\frac{12}{7}", "12/7", r"\dfrac{12}{7}"],
    r"\frac{3}{2}",
    r"\frac{6}{7}",
)

# ---------------------------------------------------------------- radicals

# What is the distance between $(1, 2)$ and $(7, -1)$?
_R1_G = _t(r"""
The differences are $\Delta x = 7 - 1 = 6$ and $\Delta y = -1 - 2 = -3$.

So $d = \sqrt{6^2 + (-3)^2} = \sqrt{36 + 9} = \sqrt{45}$. Wait, I first wrote $\Delta y = 1$, forgetting the sign
of $-1$; the vertical gap is really 3.

Check: $45 = 9 \cdot 5$, so $\sqrt{45} = 3\sqrt5 \approx 6.71$, a bit more than the horizontal gap 6, as it
should be. The distance is $3\sqrt5$.
""")
_R1_B = _t(r"""
$d = \sqrt{(7-1)^2 + (-1-2)^2} = \sqrt{45} = 3\sqrt5$.

Hmm, let me redo the horizontal part: it should be $7 + 1 = 8$, so $d = \sqrt{64 + 9} = \sqrt{73}$.
""")
_R1_E = _t(r"""
$\Delta x = 6$, $\Delta y = -1 - 2$, which I take as $1$ in size.

So $d = \sqrt{36 + 1} = \sqrt{37}$.
""")
_std(
    "radicals", r"3\sqrt{5}", _R1_G, _R1_B, _R1_E, [r"3\sqrt{5}", r"\sqrt{45}", r"3\sqrt5"], r"\sqrt{73}", r"\sqrt{37}"
)

# Simplify $\sqrt{12} + \sqrt{27} + \sqrt{75}$.
_R2_G = _t(r"""
Pull out square factors: $\sqrt{12} = 2\sqrt3$, $\sqrt{27} = 3\sqrt3$, $\sqrt{75} = 5\sqrt3$.

Adding, $(2 + 3 + 5)\sqrt3 = 10\sqrt3$. Wait, I should not add under the root: $\sqrt{12 + 27 + 75} =
\sqrt{114}$ is a different number.

Check with decimals: $3.464 + 5.196 + 8.660 = 17.320$, and $10\sqrt3 \approx 17.320$. So the sum is $10\sqrt3$.
""")
_R2_B = _t(r"""
$\sqrt{12} = 2\sqrt3$, $\sqrt{27} = 3\sqrt3$, $\sqrt{75} = 5\sqrt3$, which sum to $10\sqrt3$.

Let me double-check the coefficients: $2 + 3 = 5$ and $5 + 5 = 11$, so it is $11\sqrt3$.
""")
_R2_E = _t(r"""
Combine under one root: $\sqrt{12} + \sqrt{27} + \sqrt{75} = \sqrt{12 + 27 + 75}$.

That is $\sqrt{114}$, which does not simplify.
""")
_std(
    "radicals",
    r"10\sqrt{3}",
    _R2_G,
    _R2_B,
    _R2_E,
    [r"10\sqrt{3}", r"\sqrt{300}", r"10\sqrt3"],
    r"11\sqrt{3}",
    r"\sqrt{114}",
)

# Solve $\sqrt{x + 7} = x - 5$.
_R3_G = _t(r"""
Square both sides: $x + 7 = x^2 - 10x + 25$, so $x^2 - 11x + 18 = 0$, which factors as $(x - 2)(x - 9) = 0$.

Candidates are $x = 2$ and $x = 9$. Wait, squaring can introduce extraneous roots, so both must be checked in the
original equation.

Check: $x = 9$ gives $\sqrt{16} = 4 = 9 - 5$, fine; $x = 2$ gives $\sqrt9 = 3$ but $2 - 5 = -3$, so it fails.
The only solution is $x = 9$.
""")
_R3_B = _t(r"""
Squaring gives $x^2 - 11x + 18 = 0$, so $x = 2$ or $x = 9$.

For $x = 9$: $\sqrt{16} = 4$ and $9 - 5 = 4$. For $x = 2$: $\sqrt9 = 3$ and $|2 - 5| = 3$, which also matches, so
both roots work: $x = 2$ and $x = 9$.
""")
_R3_E = _t(r"""
Squaring: $x + 7 = x^2 - 10x + 25$, so $x^2 - 9x + 18 = 0$ and $x = 3$ or $x = 6$.

Taking the larger root, $x = 6$.
""")
_std("radicals", "9", _R3_G, _R3_B, _R3_E, ["9", "x = 9", "x=9"], r"x = 2, \ x = 9", "6")

# Rationalize the denominator: $\frac{1}{\sqrt5 - \sqrt3}$.
_R4_G = _t(r"""
Multiply numerator and denominator by the conjugate $\sqrt5 + \sqrt3$.

The denominator becomes $(\sqrt5)^2 - (\sqrt3)^2 = 5 - 3 = 2$. Wait, I nearly wrote $5 + 3$; the cross terms
cancel and the squares subtract.

Check numerically: $\frac{1}{2.2361 - 1.7321} = \frac{1}{0.5040} \approx 1.984$, and $\frac{2.2361 + 1.7321}{2}
\approx 1.984$. So the result is $\frac{\sqrt5 + \sqrt3}{2}$.
""")
_R4_B = _t(r"""
Multiplying by $\sqrt5 + \sqrt3$ over itself gives $\frac{\sqrt5 + \sqrt3}{5 - 3} = \frac{\sqrt5 + \sqrt3}{2}$.

Hmm, actually the denominator is $(\sqrt5 - \sqrt3)(\sqrt5 + \sqrt3) = 5 + 3 = 8$, so the result is
$\frac{\sqrt5 + \sqrt3}{8}$.
""")
_R4_E = _t(r"""
Multiply top and bottom by $\sqrt5 - \sqrt3$.

The denominator becomes $5 - 3 = 2$, so the result is $\frac{\sqrt5 - \sqrt3}{2}$.
""")
_std(
    "radicals",
    r"\frac{\sqrt{5}+\sqrt{3}}{2}",
    _R4_G,
    _R4_B,
    _R4_E,
    [r"\frac{\sqrt5 + \sqrt3}{2}", r"\frac{\sqrt{3}+\sqrt{5}}{2}", r"\tfrac{1}{2}(\sqrt{5}+\sqrt{3})"],
    r"\frac{\sqrt5 + \sqrt3}{8}",
    r"\frac{\sqrt5 - \sqrt3}{2}",
)

# What is the area of an equilateral triangle with side length 6?
_R5_G = _t(r"""
The height of an equilateral triangle with side $s$ is $\frac{\sqrt3}{2}s$, here $3\sqrt3$.

Area $= \frac12 \cdot 6 \cdot 3\sqrt3 = 9\sqrt3$. Wait, the standard formula is $\frac{\sqrt3}{4}s^2$, not
$\frac{\sqrt3}{2}s^2$; with $s^2 = 36$ it gives $\frac{36\sqrt3}{4} = 9\sqrt3$, consistent.

Check: $9\sqrt3 \approx 15.59$, less than half of the $6 \times 6$ square (18), as it must be. The area is
$9\sqrt3$.
""")
_R5_B = _t(r"""
Using height $3\sqrt3$: area $= \frac12 \cdot 6 \cdot 3\sqrt3 = 9\sqrt3$.

Hmm, the formula I remember is $\frac{\sqrt3}{2}s^2$, which gives $\frac{36\sqrt3}{2} = 18\sqrt3$. I'll go with
the formula.
""")
_R5_E = _t(r"""
Treat the triangle as half of a $6 \times 6$ square.

Area $= \frac{36}{2} = 18$.
""")
_std(
    "radicals",
    r"9\sqrt{3}",
    _R5_G,
    _R5_B,
    _R5_E,
    [r"9\sqrt{3}", r"\frac{36\sqrt3}{4}", r"9\sqrt3"],
    r"18\sqrt{3}",
    "18",
)

# ---------------------------------------------------------------- expressions

# Expand and simplify $(2x - 3)^2 - (x + 1)(x - 1)$.
_X1_G = _t(r"""
First, $(2x - 3)^2 = 4x^2 - 12x + 9$, and $(x+1)(x-1) = x^2 - 1$.

Subtracting: $4x^2 - 12x + 9 - x^2 + 1$. Wait, the minus sign applies to the whole product, so $-(x^2 - 1) =
-x^2 + 1$, not $-x^2 - 1$.

Check at $x = 2$: $(1)^2 - 3 \cdot 1 = -2$, and $3 \cdot 4 - 24 + 10 = -2$. So the result is $3x^2 - 12x + 10$.
""")
_X1_B = _t(r"""
$(2x-3)^2 = 4x^2 - 12x + 9$ and $(x+1)(x-1) = x^2 - 1$, so the difference is $3x^2 - 12x + 10$.

Hmm, subtracting $x^2 - 1$ means subtracting 1 as well, so the constant is $9 - 1 = 8$: $3x^2 - 12x + 8$.
""")
_X1_E = _t(r"""
$(2x - 3)^2 = 4x^2 - 6x + 9$, and subtracting $x^2 - 1$ gives the rest.

So $3x^2 - 6x + 10$.
""")
_std(
    "expressions",
    "3x^2-12x+10",
    _X1_G,
    _X1_B,
    _X1_E,
    ["3x^2-12x+10", "3x^{2} - 12x + 10", "10 - 12x + 3x^2"],
    "3x^2 - 12x + 8",
    "3x^2 - 6x + 10",
)

# Find $f^{-1}(x)$ for $f(x) = \frac{2x + 1}{x - 3}$.
_X2_G = _t(r"""
Set $y = \frac{2x+1}{x-3}$ and solve for $x$: $y(x - 3) = 2x + 1$, so $xy - 3y = 2x + 1$.

Collect: $x(y - 2) = 3y + 1$, so $x = \frac{3y + 1}{y - 2}$. Wait, I first moved $3y$ with the wrong sign; $-3y$
goes to the right as $+3y$.

Check: $f(1) = \frac{3}{-2} = -\frac32$, and $\frac{3(-3/2) + 1}{-3/2 - 2} = \frac{-7/2}{-7/2} = 1$. So
$f^{-1}(x) = \frac{3x + 1}{x - 2}$.
""")
_X2_B = _t(r"""
Solving $y(x-3) = 2x + 1$ gives $x(y - 2) = 3y + 1$, so $f^{-1}(x) = \frac{3x+1}{x-2}$.

Hmm, let me re-derive the sign: $xy - 2x = 3y + 1$ becomes $x(2 - y) = 3y + 1$, so $f^{-1}(x) =
\frac{3x+1}{2-x}$.
""")
_X2_E = _t(r"""
The inverse of a fraction flips it over.

So $f^{-1}(x) = \frac{x - 3}{2x + 1}$.
""")
_std(
    "expressions",
    r"\frac{3x+1}{x-2}",
    _X2_G,
    _X2_B,
    _X2_E,
    [r"\frac{3x+1}{x-2}", r"f^{-1}(x) = \frac{3x+1}{x-2}", r"\dfrac{1+3x}{x-2}"],
    r"\frac{3x+1}{2-x}",
    r"\frac{x-3}{2x+1}",
)

# Find a closed form for $\sum_{k=1}^{n} k(k+1)$.
_X3_G = _t(r"""
Split: $\sum k(k+1) = \sum k^2 + \sum k = \frac{n(n+1)(2n+1)}{6} + \frac{n(n+1)}{2}$.

Common factor: $\frac{n(n+1)}{6}\left[(2n + 1) + 3\right] = \frac{n(n+1)(2n+4)}{6} = \frac{n(n+1)(n+2)}{3}$.
Wait, I first dropped the $\sum k$ part, which only gives the sum of squares.

Check: $n = 1$ gives $1 \cdot 2 = 2$ and $\frac{1 \cdot 2 \cdot 3}{3} = 2$; $n = 2$ gives $2 + 6 = 8$ and
$\frac{2 \cdot 3 \cdot 4}{3} = 8$. So the sum is $\frac{n(n+1)(n+2)}{3}$.
""")
_X3_B = _t(r"""
$\sum k^2 + \sum k$ simplifies to $\frac{n(n+1)(n+2)}{3}$.

Hmm, that looks like the tetrahedral-number formula, which has a 6 in the denominator, so it should be
$\frac{n(n+1)(n+2)}{6}$.
""")
_X3_E = _t(r"""
$k(k+1)$ behaves like $k^2$ for the sum.

So $\sum_{k=1}^n k(k+1) = \frac{n(n+1)(2n+1)}{6}$.
""")
_std(
    "expressions",
    r"\frac{n(n+1)(n+2)}{3}",
    _X3_G,
    _X3_B,
    _X3_E,
    [r"\frac{n(n+1)(n+2)}{3}", r"\frac{n^3+3n^2+2n}{3}", r"\dfrac{n(n+1)(n+2)}{3}"],
    r"\frac{n(n+1)(n+2)}{6}",
    r"\frac{n(n+1)(2n+1)}{6}",
)

# Simplify $\frac{x^2 - 9}{x^2 + x - 6}$.
_X4_G = _t(r"""
Factor both: $x^2 - 9 = (x - 3)(x + 3)$ and $x^2 + x - 6 = (x + 3)(x - 2)$.

Cancel $x + 3$ (for $x \ne -3$). Wait, I first factored the denominator as $(x - 3)(x + 2)$, but that expands to
$x^2 - x - 6$, the wrong sign on $x$.

Check at $x = 0$: $\frac{-9}{-6} = \frac32$ and $\frac{-3}{-2} = \frac32$. So the simplified form is
$\frac{x - 3}{x - 2}$.
""")
_X4_B = _t(r"""
$x^2 - 9 = (x-3)(x+3)$ and $x^2 + x - 6 = (x+3)(x-2)$, so the fraction is $\frac{x-3}{x-2}$.

Hmm, actually the denominator factors as $(x - 3)(x + 2)$, so cancelling $x - 3$ gives $\frac{x+3}{x+2}$.
""")
_X4_E = _t(r"""
Cancel $x - 3$ from the top against the $-6$ part of the denominator.

That leaves $\frac{x + 3}{x - 2}$.
""")
_std(
    "expressions",
    r"\frac{x-3}{x-2}",
    _X4_G,
    _X4_B,
    _X4_E,
    [r"\frac{x-3}{x-2}", r"\dfrac{x-3}{x-2}", "(x-3)/(x-2)"],
    r"\frac{x+3}{x+2}",
    r"\frac{x+3}{x-2}",
)

# If $f(x) = 3x - 2$, find $f(f(x))$.
_X5_G = _t(r"""
Substitute $f(x)$ into itself: $f(f(x)) = 3 f(x) - 2 = 3(3x - 2) - 2$.

That is $9x - 6 - 2 = 9x - 8$. Wait, I should not square $f$: composition means plugging in, not multiplying.

Check at $x = 1$: $f(1) = 1$ and $f(1) = 1$, and $9 - 8 = 1$; at $x = 2$: $f(2) = 4$, $f(4) = 10$, and
$18 - 8 = 10$. So $f(f(x)) = 9x - 8$.
""")
_X5_B = _t(r"""
$f(f(x)) = 3(3x - 2) - 2 = 9x - 8$.

Hmm, the outer $-2$ is already inside $3x - 2$, so I should not subtract it again: $9x - 6$.
""")
_X5_E = _t(r"""
Composition of $f$ with itself is $f(x)^2$.

So $(3x - 2)^2 = 9x^2 - 12x + 4$.
""")
_std("expressions", "9x-8", _X5_G, _X5_B, _X5_E, ["9x-8", "f(f(x)) = 9x - 8", "-8 + 9x"], "9x - 6", "9x^2 - 12x + 4")

# ---------------------------------------------------------------- intervals

# Solve $|2x - 3| < 5$; give the answer in interval notation.
_V1_G = _t(r"""
The inequality means $-5 < 2x - 3 < 5$.

Add 3: $-2 < 2x < 8$, then divide by 2: $-1 < x < 4$. Wait, the inequality is strict, so the endpoints are
excluded and the interval is open.

Check: $x = 0$ gives $3 < 5$, true; $x = 4$ gives $5 < 5$, false; $x = -1$ gives $5 < 5$, false. So the solution
set is $(-1, 4)$.
""")
_V1_B = _t(r"""
$-5 < 2x - 3 < 5$ gives $-1 < x < 4$, that is $(-1, 4)$.

Hmm, at $x = 4$ we get $|5| = 5$, which is the boundary, and the boundary belongs to the region, so the solution
is $[-1, 4]$.
""")
_V1_E = _t(r"""
$|2x - 3| < 5$ means $2x - 3 < 5$ or $2x + 3 < 5$.

So $x < 4$ and $x < 1$... combining with the negative side gives $(-4, 1)$.
""")
_std("intervals", "(-1,4)", _V1_G, _V1_B, _V1_E, ["(-1,4)", "-1 < x < 4", r"\left(-1, 4\right)"], "[-1,4]", "(-4,1)")

# Find the domain of $g(x) = \frac{\sqrt{x - 2}}{x - 5}$.
_V2_G = _t(r"""
Two conditions: the radicand must be nonnegative, $x - 2 \ge 0$, and the denominator nonzero, $x \ne 5$.

So $x \ge 2$ with $x \ne 5$. Wait, $x = 2$ is allowed: $\sqrt0 = 0$ is fine in the numerator.

Check: $g(2) = \frac{0}{-3} = 0$ exists, $g(5)$ divides by zero, $g(6) = 2$ exists. So the domain is
$[2, 5) \cup (5, \infty)$.
""")
_V2_B = _t(r"""
Need $x - 2 \ge 0$ and $x \ne 5$, giving $[2, 5) \cup (5, \infty)$.

Hmm, but a square root in a fraction should be strictly positive, so I exclude $x = 2$ too: $(2, 5) \cup (5,
\infty)$.
""")
_V2_E = _t(r"""
The square root needs $x \ge 2$.

So the domain is $[2, \infty)$.
""")
_std(
    "intervals",
    r"[2,5)\cup(5,\infty)",
    _V2_G,
    _V2_B,
    _V2_E,
    [r"[2,5)\cup(5,\infty)", r"x \in [2, 5) \cup (5, \infty)", r"[2, 5) \cup (5, +\infty)"],
    r"(2,5)\cup(5,\infty)",
    r"[2,\infty)",
)

# Solve $x^2 - 5x + 4 \le 0$.
_V3_G = _t(r"""
Factor: $x^2 - 5x + 4 = (x - 1)(x - 4)$.

The parabola opens upward, so it is negative between its roots, and the inequality allows equality. Wait, I
almost took the outside region; that is where the product is positive.

Check: $x = 2$ gives $-2 \le 0$, true; $x = 0$ gives $4$, false; $x = 1$ gives $0 \le 0$, true. So the solution
is $[1, 4]$.
""")
_V3_B = _t(r"""
$(x - 1)(x - 4) \le 0$ holds between the roots, so $[1, 4]$.

Hmm, at the roots the expression is zero, not negative, so I drop them: $(1, 4)$.
""")
_V3_E = _t(r"""
$(x-1)(x-4) \le 0$ when both factors have the same sign.

That is $x \le 1$ or $x \ge 4$: $(-\infty, 1] \cup [4, \infty)$.
""")
_std(
    "intervals",
    "[1,4]",
    _V3_G,
    _V3_B,
    _V3_E,
    ["[1,4]", r"1 \le x \le 4", "[1, 4]"],
    "(1,4)",
    r"(-\infty,1]\cup[4,\infty)",
)

# Find the range of $f(x) = x^2 - 6x + 11$ over all real $x$.
_V4_G = _t(r"""
Complete the square: $x^2 - 6x + 11 = (x - 3)^2 + 2$.

The square is at least 0, so $f(x) \ge 2$, with equality at $x = 3$. Wait, the vertex's $x$-coordinate is 3, but
the range is about the output, so the bound is 2.

Check: $f(3) = 9 - 18 + 11 = 2$, and $f$ grows without bound. So the range is $[2, \infty)$.
""")
_V4_B = _t(r"""
$f(x) = (x - 3)^2 + 2$, so the minimum value is $2$ and the range is $[2, \infty)$.

Hmm, the minimum is attained at the vertex $x = 3$, so the range starts at 3: $[3, \infty)$.
""")
_V4_E = _t(r"""
The constant term is the value at the vertex of a parabola.

So the minimum is 11 and the range is $[11, \infty)$.
""")
_std(
    "intervals",
    r"[2,\infty)",
    _V4_G,
    _V4_B,
    _V4_E,
    [r"[2,\infty)", r"[2, +\infty)", r"[2, \infty)"],
    r"[3,\infty)",
    r"[11,\infty)",
    cut=False,
)

# ---------------------------------------------------------------- tuples

# Solve the system $x + y = 7$, $x - 2y = 1$; give $(x, y)$.
_T1_G = _t(r"""
Subtract the second equation from the first: $(x + y) - (x - 2y) = 7 - 1$, so $3y = 6$ and $y = 2$.

Then $x = 7 - y = 5$. Wait, I should keep the order $(x, y)$ as asked, with $x$ first.

Check: $5 + 2 = 7$ and $5 - 4 = 1$. So $(x, y) = (5, 2)$.
""")
_T1_B = _t(r"""
Subtracting gives $3y = 6$, so $y = 2$ and $x = 5$: $(5, 2)$.

Hmm, writing the solved-for variable first, as I did, the pair is $(2, 5)$.
""")
_T1_E = _t(r"""
Subtracting gives $y = 3$, and then $x = 7 - 3 = 4$.

So $(x, y) = (4, 3)$.
""")
_std("tuples", "(5,2)", _T1_G, _T1_B, _T1_E, ["(5,2)", "x = 5, y = 2", r"\left(5, 2\right)"], "(2,5)", "(4,3)")

# Find the vertex of the parabola $y = 2x^2 - 8x + 3$.
_T2_G = _t(r"""
The vertex has $x = -\frac{b}{2a} = \frac{8}{4} = 2$.

Then $y = 2 \cdot 4 - 16 + 3 = -5$. Wait, I first used $-\frac{b}{a} = 4$, forgetting the factor 2.

Check by completing the square: $2(x^2 - 4x) + 3 = 2(x - 2)^2 - 8 + 3 = 2(x-2)^2 - 5$. So the vertex is $(2, -5)$.
""")
_T2_B = _t(r"""
$x = \frac{8}{4} = 2$ and $y = 8 - 16 + 3 = -5$, so $(2, -5)$.

Let me redo the $y$: $8 - 16 = -8$, and $-8 + 3$ is $-3$... wait, hmm, I'll trust this: $(2, -3)$.
""")
_T2_E = _t(r"""
$x = -\frac{b}{a} = 4$, and $y = 2 \cdot 16 - 32 + 3 = 3$.

So the vertex is $(4, 3)$.
""")
_std("tuples", "(2,-5)", _T2_G, _T2_B, _T2_E, ["(2,-5)", "(2, -5)", r"\left(2,-5\right)"], "(2,-3)", "(4,3)")

# Find the point on segment $AB$, $A = (1, 2)$, $B = (7, 11)$, that divides it in the ratio $AP : PB = 1 : 2$.
_T3_G = _t(r"""
$AP : PB = 1 : 2$ means $P$ is one third of the way from $A$ to $B$.

$B - A = (6, 9)$, a third of which is $(2, 3)$, so $P = (1 + 2, 2 + 3)$. Wait, I nearly took two thirds; that
would be the point with $AP : PB = 2 : 1$.

Check: $P = (3, 5)$, $AP = \sqrt{4 + 9} = \sqrt{13}$, $PB = \sqrt{16 + 36} = 2\sqrt{13}$. So $P = (3, 5)$.
""")
_T3_B = _t(r"""
One third of $(6, 9)$ is $(2, 3)$, so $P = (3, 5)$.

Hmm, a ratio $1 : 2$ puts the point two parts along out of three, so $P = A + \frac23(6, 9) = (5, 8)$.
""")
_T3_E = _t(r"""
The dividing point is the midpoint of $A$ and $B$.

That is $\left(4, \frac{13}{2}\right)$.
""")
_std(
    "tuples",
    "(3,5)",
    _T3_G,
    _T3_B,
    _T3_E,
    ["(3,5)", "(3, 5)", r"\left( 3, 5 \right)"],
    "(5,8)",
    r"\left(4, \frac{13}{2}\right)",
)

# Positive integers $a < b$ satisfy $a + b = 12$ and $ab = 35$. Find $(a, b)$.
_T4_G = _t(r"""
$a$ and $b$ are roots of $t^2 - 12t + 35 = 0$.

The discriminant is $144 - 140 = 4$, so $t = \frac{12 \pm 2}{2}$, that is $7$ or $5$. Wait, the condition $a < b$
fixes the order: $a$ is the smaller root.

Check: $5 + 7 = 12$, $5 \cdot 7 = 35$, and $5 < 7$. So $(a, b) = (5, 7)$.
""")
_T4_B = _t(r"""
The roots of $t^2 - 12t + 35$ are 5 and 7, so $(a, b) = (5, 7)$.

Listing the roots as the formula gives them, $\frac{12 + 2}{2}$ first, the pair is $(7, 5)$.
""")
_T4_E = _t(r"""
Try pairs summing to 12: $(4, 8)$ gives 32, $(3, 9)$ gives 27.

The closest is $(4, 8)$.
""")
_std("tuples", "(5,7)", _T4_G, _T4_B, _T4_E, ["(5,7)", "a = 5, b = 7", "(5, 7)"], "(7,5)", "(4,8)")

# ---------------------------------------------------------------- sets

# Find all real $x$ with $x^3 = 4x$.
_S1_G = _t(r"""
Move everything to one side: $x^3 - 4x = x(x^2 - 4) = x(x - 2)(x + 2) = 0$.

So $x = 0$, $x = 2$ or $x = -2$. Wait, I must not divide by $x$ at the start; that would lose the root 0.

Check: $0 = 0$, $8 = 8$, $-8 = -8$. The solutions are $\{-2, 0, 2\}$.
""")
_S1_B = _t(r"""
$x(x - 2)(x + 2) = 0$ gives $-2, 0, 2$, that is $\{-2, 0, 2\}$.

Hmm, $x = 0$ is the trivial solution; dividing by $x$ gives the real content $x^2 = 4$, so $\{-2, 2\}$.
""")
_S1_E = _t(r"""
Divide by $x$: $x^2 = 4$, so $x = 2$.

Together with the obvious $x = 0$: $\{0, 2\}$.
""")
_std(
    "sets",
    r"\{-2,0,2\}",
    _S1_G,
    _S1_B,
    _S1_E,
    [r"\{-2,0,2\}", r"\{0, 2, -2\}", r"x = -2, \ x = 0, \ x = 2"],
    r"\{-2,2\}",
    r"\{0,2\}",
)

# Find all integers $x$ with $x^2 - x - 6 < 0$.
_S2_G = _t(r"""
Factor: $x^2 - x - 6 = (x - 3)(x + 2)$, negative strictly between the roots: $-2 < x < 3$.

The integers there are $-1, 0, 1, 2$. Wait, the endpoints give $0 < 0$, which is false, so $-2$ and $3$ are out.

Check: $x = 2$ gives $4 - 2 - 6 = -4 < 0$; $x = -1$ gives $1 + 1 - 6 = -4 < 0$. The set is $\{-1, 0, 1, 2\}$.
""")
_S2_B = _t(r"""
$(x - 3)(x + 2) < 0$ for $-2 < x < 3$, giving $\{-1, 0, 1, 2\}$.

Hmm, at $x = -2$ and $x = 3$ the value is 0, which is not positive, so I include them: $\{-2, -1, 0, 1, 2,
3\}$.
""")
_S2_E = _t(r"""
$(x-3)(x+2) < 0$ for $0 < x < 3$.

So the integers are $\{1, 2\}$.
""")
_std(
    "sets",
    r"\{-1,0,1,2\}",
    _S2_G,
    _S2_B,
    _S2_E,
    [r"\{-1,0,1,2\}", r"\{2, 1, 0, -1\}", r"\{-1, 0, 1, 2\}"],
    r"\{-2,-1,0,1,2,3\}",
    r"\{1,2\}",
)

# Solve $2\sin x = 1$ for $0 \le x < 2\pi$.
_S3_G = _t(r"""
$\sin x = \frac12$. The reference angle is $\frac{\pi}{6}$.

Sine is positive in quadrants I and II, so $x = \frac{\pi}{6}$ or $x = \pi - \frac{\pi}{6} = \frac{5\pi}{6}$.
Wait, $\frac{7\pi}{6}$ is in quadrant III, where sine is negative, so it is not a solution.

Check: $\sin\frac{5\pi}{6} = \frac12$ and $\sin\frac{7\pi}{6} = -\frac12$. The solutions are
$\left\{\frac{\pi}{6}, \frac{5\pi}{6}\right\}$.
""")
_S3_B = _t(r"""
$\sin x = \frac12$ gives $\frac{\pi}{6}$ and $\frac{5\pi}{6}$.

Hmm, adding $\pi$ to the reference angle gives another one, $\frac{7\pi}{6}$, so the set is
$\left\{\frac{\pi}{6}, \frac{5\pi}{6}, \frac{7\pi}{6}\right\}$.
""")
_S3_E = _t(r"""
$\sin x = \frac12$ at $\frac{\pi}{6}$, and by symmetry about the $x$-axis also at $2\pi - \frac{\pi}{6}$.

So $\left\{\frac{\pi}{6}, \frac{11\pi}{6}\right\}$.
""")
_std(
    "sets",
    r"\left\{\frac{\pi}{6},\frac{5\pi}{6}\right\}",
    _S3_G,
    _S3_B,
    _S3_E,
    [
        r"\left\{\frac{\pi}{6}, \frac{5\pi}{6}\right\}",
        r"x = \frac{\pi}{6}, \frac{5\pi}{6}",
        r"\left\{\frac{5\pi}{6}, \frac{\pi}{6}\right\}",
    ],
    r"\left\{\frac{\pi}{6}, \frac{5\pi}{6}, \frac{7\pi}{6}\right\}",
    r"\left\{\frac{\pi}{6}, \frac{11\pi}{6}\right\}",
)

# For which positive integers $n \le 10$ is $n^2 + 1$ prime?
_S4_G = _t(r"""
List $n^2 + 1$: $2, 5, 10, 17, 26, 37, 50, 65, 82, 101$ for $n = 1, \dots, 10$.

Odd $n$ greater than 1 give even values greater than 2, so only $n = 1$ among odd $n$. Wait, $n = 1$ gives 2,
which is prime even though it is even.

Check the even $n$: $5, 17, 37, 101$ are prime and $65 = 5 \cdot 13$ is not. The set is $\{1, 2, 4, 6, 10\}$.
""")
_S4_B = _t(r"""
The prime values are $2, 5, 17, 37, 101$, at $n = 1, 2, 4, 6, 10$: $\{1, 2, 4, 6, 10\}$.

Hmm, $n = 1$ gives the even number 2, and odd $n$ always give even values, so I drop it: $\{2, 4, 6, 10\}$.
""")
_S4_E = _t(r"""
Values: $5, 17, 37, 65$ for $n = 2, 4, 6, 8$, and odd $n$ give even values.

Taking the even $n$: $\{2, 4, 6, 8\}$.
""")
_std(
    "sets",
    r"\{1,2,4,6,10\}",
    _S4_G,
    _S4_B,
    _S4_E,
    [r"\{1,2,4,6,10\}", r"\{10, 6, 4, 2, 1\}", r"n \in \{1, 2, 4, 6, 10\}"],
    r"\{2,4,6,10\}",
    r"\{2,4,6,8\}",
)

# ---------------------------------------------------------------- angles

# What is the measure, in degrees, of each interior angle of a regular 12-gon?
_A1_G = _t(r"""
The interior angles of an $n$-gon sum to $(n - 2) \cdot 180^\circ$, here $10 \cdot 180^\circ = 1800^\circ$.

Each of the 12 equal angles is $\frac{1800^\circ}{12}$. Wait, I should not confuse this with the exterior angle
$\frac{360^\circ}{12} = 30^\circ$; the interior angle is its supplement.

Check: $180^\circ - 30^\circ = 150^\circ$ and $1800 / 12 = 150$. Each interior angle is $150^\circ$.
""")
_A1_B = _t(r"""
Sum $1800^\circ$, so each interior angle is $150^\circ$.

Hmm, the angle at each vertex turned through is the one asked for, $\frac{360^\circ}{12} = 30^\circ$.
""")
_A1_E = _t(r"""
Each angle is $\frac{(n - 1) \cdot 180^\circ}{n}$.

With $n = 12$: $\frac{11 \cdot 180^\circ}{12} = 165^\circ$.
""")
_std("angles", r"150^\circ", _A1_G, _A1_B, _A1_E, [r"150^\circ", "150", r"150^{\circ}"], r"30^\circ", r"165^\circ")

# What is the smaller angle, in degrees, between the hands of a clock at 3:40?
_A2_G = _t(r"""
The minute hand is at $40 \cdot 6^\circ = 240^\circ$ from 12.

The hour hand moves $0.5^\circ$ per minute: $3 \cdot 30^\circ + 40 \cdot 0.5^\circ = 110^\circ$. Wait, I first
used $90^\circ$, forgetting that the hour hand drifts.

Check: the difference is $240 - 110 = 130$, and the other way round is $230$, so the smaller angle is $130^\circ$.
""")
_A2_B = _t(r"""
Minute hand $240^\circ$, hour hand $110^\circ$, difference $130^\circ$.

Hmm, measured clockwise from the minute hand back to the hour hand it is $360 - 130 = 230^\circ$.
""")
_A2_E = _t(r"""
At 3:40 the hour hand points at 3, which is $90^\circ$.

So the angle is $240 - 90 = 150^\circ$.
""")
_std("angles", r"130^\circ", _A2_G, _A2_B, _A2_E, [r"130^\circ", "130", r"130^{\circ}"], r"230^\circ", r"150^\circ")

# The angles of a triangle are in the ratio $2 : 3 : 7$. What is the largest angle, in degrees?
_A3_G = _t(r"""
The parts add to $2 + 3 + 7 = 12$, so one part is $\frac{180^\circ}{12} = 15^\circ$.

The angles are $30^\circ, 45^\circ, 105^\circ$. Wait, I first divided by 10, which would not sum to
$180^\circ$.

Check: $30 + 45 + 105 = 180$. The largest angle is $105^\circ$.
""")
_A3_B = _t(r"""
One part is $15^\circ$, so the largest angle is $7 \cdot 15^\circ = 105^\circ$.

Hmm, since the largest angle is obtuse, the problem probably wants its supplement at that vertex, $75^\circ$.
""")
_A3_E = _t(r"""
The largest share is $\frac{7}{10}$ of $180^\circ$.

That is $126^\circ$.
""")
_std("angles", r"105^\circ", _A3_G, _A3_B, _A3_E, [r"105^\circ", "105", r"105^{\circ}"], r"75^\circ", r"126^\circ")

# An inscribed angle subtends an arc of $110^\circ$. What is its measure, in degrees?
_A4_G = _t(r"""
The inscribed angle theorem says an inscribed angle is half its intercepted arc.

So the angle is $\frac{110^\circ}{2}$. Wait, it is the central angle that equals the arc, not the inscribed one.

Check: a diameter subtends $180^\circ$ and the inscribed angle on it is $90^\circ$, half as expected. The angle
is $55^\circ$.
""")
_A4_B = _t(r"""
Half the arc: $55^\circ$.

Hmm, actually the angle subtending the arc equals the arc, as with central angles, so $110^\circ$.
""")
_A4_E = _t(r"""
The inscribed angle and the arc add to $180^\circ$.

So the angle is $70^\circ$.
""")
_std("angles", r"55^\circ", _A4_G, _A4_B, _A4_E, [r"55^\circ", "55", r"55^{\circ}"], r"110^\circ", r"70^\circ")

# ---------------------------------------------------------------- money

# An $80 jacket is discounted 20%, and then 10% sales tax is added to the discounted price. What is the final
# price, in dollars?
_M1_G = _t(r"""
After the discount the price is $80 \cdot 0.8 = 64$ dollars.

Tax is applied to the discounted price: $64 \cdot 1.1 = 70.4$. Wait, I first added the tax on the original $80$,
which would be $64 + 8 = 72$; the problem says the tax is on the discounted price.

Check: $64 \cdot 0.1 = 6.40$ in tax, and $64 + 6.40 = 70.40$. The final price is $\$70.40$.
""")
_M1_B = _t(r"""
Discounted price $\$64$, and with tax $64 \cdot 1.1 = \$70.40$.

Hmm, sales tax is normally figured on the sticker price, $10\%$ of $\$80$ is $\$8$, so the total is $\$72$.
""")
_M1_E = _t(r"""
The two changes combine to $20\% + 10\% = 30\%$ off.

So $80 \cdot 0.7 = \$56$.
""")
_std("money", r"\$70.40", _M1_G, _M1_B, _M1_E, [r"\$70.40", "70.40", r"70.4 \text{ dollars}"], r"\$72", r"\$56")

# $1500 is invested at 4% simple annual interest for 3 years. What is the total amount at the end, in dollars?
_M2_G = _t(r"""
Simple interest is $I = Prt = 1500 \cdot 0.04 \cdot 3$.

That is $60 \cdot 3 = 180$ dollars. Wait, the question asks for the total amount, not the interest alone, so I
add the principal.

Check: $1500 + 180 = 1680$; compound interest would give a bit more, $1687.30$, but this is simple interest. The
total is $\$1680$.
""")
_M2_B = _t(r"""
Interest $1500 \cdot 0.04 \cdot 3 = 180$, total $\$1680$.

Hmm, interest is usually credited yearly on the running balance, so $1500 \cdot 1.04^3 = 1687.296$, about
$\$1687.30$.
""")
_M2_E = _t(r"""
Interest per year is $1500 \cdot 0.4 = 600$, so $1800$ over three years.

The total is $1500 + 1800 = \$3300$.
""")
_std("money", r"\$1680", _M2_G, _M2_B, _M2_E, [r"\$1680", r"1{,}680", r"\$1680.00"], r"\$1687.30", r"\$3300")

# Three notebooks and two pens cost $13.50; one notebook and two pens cost $6.50. What does one pen cost, in
# dollars?
_M3_G = _t(r"""
Subtract the second purchase from the first: two notebooks cost $13.50 - 6.50 = 7.00$, so a notebook is $3.50$.

Then two pens cost $6.50 - 3.50 = 3.00$. Wait, that is the price of two pens, so one pen is half of it.

Check: $3 \cdot 3.50 + 2 \cdot 1.50 = 10.50 + 3.00 = 13.50$ and $3.50 + 3.00 = 6.50$. One pen costs $\$1.50$.
""")
_M3_B = _t(r"""
A notebook is $\$3.50$, so two pens are $\$3.00$ and a pen is $\$1.50$.

Let me redo that subtraction: $6.50 - 3.50 = 2.00$, so two pens are $\$2.00$ and one pen is $\$1.00$.
""")
_M3_E = _t(r"""
A notebook is $\$3.50$, and the pens make up the rest of the second purchase.

So a pen costs $6.50 - 3.50 = \$3.00$.
""")
_std("money", r"\$1.50", _M3_G, _M3_B, _M3_E, [r"\$1.50", "1.50", r"\$1.5"], r"\$1.00", r"\$3.00")

# $240 is split between two people in the ratio 3 : 5. How many dollars is the larger share?
_M4_G = _t(r"""
There are $3 + 5 = 8$ parts, each worth $\frac{240}{8} = 30$ dollars.

The larger share is 5 parts. Wait, I first divided by 5 instead of 8, which gives 48 per part and too much money.

Check: the shares are $90$ and $150$, and $90 + 150 = 240$, $90 : 150 = 3 : 5$. The larger share is $\$150$.
""")
_M4_B = _t(r"""
Each part is $\$30$, so the shares are $\$90$ and $\$150$.

The share named first in the ratio, the 3-part share, is the one asked about: $\$90$.
""")
_M4_E = _t(r"""
Each part is $\frac{240}{7.5} = 32$ dollars.

The larger share is $5 \cdot 32 = \$160$.
""")
_std("money", r"\$150", _M4_G, _M4_B, _M4_E, [r"\$150", "150", r"150 \text{ dollars}"], r"\$90", r"\$160")

# ---------------------------------------------------------------- percents

# A price rises from 40 to 52. By what percent did it increase?
_P1_G = _t(r"""
The increase is $52 - 40 = 12$.

As a percent of the original price: $\frac{12}{40} = 0.3$. Wait, the base is the original value 40, not the new
value 52.

Check: $40 \cdot 1.3 = 52$. The increase is $30\%$.
""")
_P1_B = _t(r"""
$\frac{12}{40} = 0.30$, so a $30\%$ increase.

Hmm, the new price is $\frac{52}{40} = 1.3$ times the old one, so the percent is $130\%$.
""")
_P1_E = _t(r"""
The price went up by 12.

That is a $12\%$ increase.
""")
_std("percents", r"30\%", _P1_G, _P1_B, _P1_E, [r"30\%", "30", r"30 \%"], r"130\%", r"12\%")

# What percent of 80 is 14?
_P2_G = _t(r"""
Compute $\frac{14}{80}$.

That is $0.175$. Wait, to convert to a percent I multiply by 100, not by 10.

Check: $17.5\%$ of $80$ is $0.175 \cdot 80 = 14$. So 14 is $17.5\%$ of 80.
""")
_P2_B = _t(r"""
$\frac{14}{80} = 0.175$, which is $17.5\%$.

Let me re-express: $0.175 = 1.75 \cdot 10^{-1}$, so it is $1.75\%$.
""")
_P2_E = _t(r"""
$\frac{14}{80}$ is about $\frac{16}{100}$.

So $16\%$.
""")
_std("percents", r"17.5\%", _P2_G, _P2_B, _P2_E, [r"17.5\%", "17.5", r"17\tfrac{1}{2}\%"], r"1.75\%", r"16\%")

# Successive discounts of 20% and 15% are equivalent to a single discount of what percent?
_P3_G = _t(r"""
After both discounts a price is multiplied by $0.8 \cdot 0.85$.

That is $0.68$. Wait, $0.68$ is the fraction paid; the discount is the rest.

Check with a \$100 item: \$80 after the first, \$68 after the second, so \$32 off. The single discount is $32\%$.
""")
_P3_B = _t(r"""
$0.8 \cdot 0.85 = 0.68$, so the discount is $32\%$.

Hmm, the equivalent single rate is the multiplier itself, $68\%$.
""")
_P3_E = _t(r"""
Discounts add: $20\% + 15\%$.

So a single discount of $35\%$.
""")
_std("percents", r"32\%", _P3_G, _P3_B, _P3_E, [r"32\%", "32", r"32\,\%"], r"68\%", r"35\%")

# In a class, 60% of the students are girls. 25% of the girls and 50% of the boys wear glasses. What percent of
# the class wears glasses?
_P4_G = _t(r"""
Girls with glasses: $0.6 \cdot 0.25 = 0.15$ of the class.

Boys are $40\%$, and $0.4 \cdot 0.5 = 0.20$ of the class. Wait, I should not just average 25 and 50; the groups
have different sizes.

Check with 100 students: 60 girls, 15 with glasses; 40 boys, 20 with glasses; 35 in all. So $35\%$.
""")
_P4_B = _t(r"""
$0.15 + 0.20 = 0.35$, which is $35\%$.

Hmm, each group's rate should count equally, so the overall rate is $\frac{25 + 50}{2} = 37.5\%$.
""")
_P4_E = _t(r"""
The girls are the majority, so use their rate for the girls and half the class for the boys.

$0.6 \cdot 0.5 = 0.3$, so $30\%$.
""")
_std("percents", r"35\%", _P4_G, _P4_B, _P4_E, [r"35\%", "35", r"35 \%"], r"37.5\%", r"30\%")

# ---------------------------------------------------------------- choice

# AMC: What is the units digit of $7^{2026}$? (A) 1 (B) 3 (C) 7 (D) 9 (E) 5
_C1_G = _t(r"""
Units digits of powers of 7 cycle with period 4: $7, 9, 3, 1$ for exponents $1, 2, 3, 4$.

$2026 = 4 \cdot 506 + 2$, so the units digit matches $7^2 = 49$. Wait, I first indexed the cycle from $7^0 = 1$,
which shifts it by one.

Check: $7^2 = 49$ ends in 9, and $7^6 = 117649$ ends in 9 too. The units digit is 9, choice (D).
""")
_C1_B = _t(r"""
$2026 \bmod 4 = 2$, and $7^2 = 49$ ends in 9, which is (D).

Hmm, counting the cycle $1, 7, 9, 3$ from $7^0$, position 2 is 9, but I started at position 0, so position 2 is
the third entry, 3. That is (B).
""")
_C1_E = _t(r"""
$2026 \bmod 4 = 1$, so the units digit is that of $7^1$.

That is 7, choice (C).
""")
_std(
    "choice",
    r"\textbf{(D)}",
    _C1_G,
    _C1_B,
    _C1_E,
    [r"\textbf{(D)}", "D", r"\textbf{(D) } 9"],
    r"\textbf{(B)}",
    r"\textbf{(C)}",
)

# AMC: The interior angles of a convex polygon sum to $1440^\circ$. How many sides does it have?
# (A) 8 (B) 9 (C) 10 (D) 11 (E) 12
_C2_G = _t(r"""
The sum of interior angles is $(n - 2) \cdot 180^\circ$.

$(n - 2) \cdot 180 = 1440$ gives $n - 2 = 8$, so $n = 10$. Wait, 8 is $n - 2$, not $n$; I must add 2 back.

Check: a decagon has $8 \cdot 180 = 1440$ degrees. The polygon has 10 sides, choice (C).
""")
_C2_B = _t(r"""
$n - 2 = 8$, so $n = 10$, which is (C).

Hmm, the number of triangles in a fan triangulation is $1440 / 180 = 8$, and that number is the count the
problem wants, so (A).
""")
_C2_E = _t(r"""
$(n - 2) \cdot 180 = 1440$ gives $n - 2 = 9$.

So $n = 11$, choice (D).
""")
_std(
    "choice",
    r"\textbf{(C)}",
    _C2_G,
    _C2_B,
    _C2_E,
    [r"\textbf{(C)}", r"\text{(C)}", "C"],
    r"\textbf{(A)}",
    r"\textbf{(D)}",
)

# AMC: How many positive integers less than 100 are both perfect squares and perfect cubes?
# (A) 1 (B) 2 (C) 3 (D) 4 (E) 5
_C3_G = _t(r"""
A number that is both a square and a cube is a sixth power.

Sixth powers: $1^6 = 1$, $2^6 = 64$, $3^6 = 729$. Wait, is 1 allowed? It is a positive integer and $1 = 1^2 =
1^3$, so yes.

Check: only 1 and 64 are below 100. That is 2 numbers, choice (B).
""")
_C3_B = _t(r"""
The sixth powers below 100 are 1 and 64, so (B).

Hmm, 1 is trivially every kind of power and is usually not counted, leaving just 64, so (A).
""")
_C3_E = _t(r"""
Squares that are cubes: 1, 16, 64.

That is 3, choice (C).
""")
_std(
    "choice",
    r"\textbf{(B)}",
    _C3_G,
    _C3_B,
    _C3_E,
    [r"\textbf{(B)}", "(B)", r"\textbf{(B)}\ 2"],
    r"\textbf{(A)}",
    r"\textbf{(C)}",
)

# AMC: The mean of five numbers is 12. One number is removed and the mean of the other four is 10. What number was
# removed? (A) 2 (B) 10 (C) 12 (D) 20 (E) 22
_C4_G = _t(r"""
The five numbers sum to $5 \cdot 12 = 60$.

The remaining four sum to $4 \cdot 10 = 40$. Wait, the difference of the means is not the answer; the difference
of the sums is.

Check: $60 - 40 = 20$, and with 20 removed, $40 / 4 = 10$. The removed number is 20, choice (D).
""")
_C4_B = _t(r"""
Sums $60$ and $40$, so the removed number is $20$, (D).

Hmm, the mean dropped by $12 - 10 = 2$, so the removed number must be 2, (A).
""")
_C4_E = _t(r"""
Five numbers with mean 12 sum to 60, and four numbers with mean 12 sum to 48.

So $60 - 48 = 12$ was removed, (C).
""")
_std(
    "choice",
    r"\textbf{(D)}",
    _C4_G,
    _C4_B,
    _C4_E,
    [r"\textbf{(D)}", r"\mathrm{(D)}", r"\text{(D) } 20"],
    r"\textbf{(A)}",
    r"\textbf{(C)}",
)

# AMC: How many diagonals does a convex octagon have? (A) 16 (B) 20 (C) 24 (D) 28 (E) 40
_C5_G = _t(r"""
Each vertex connects by a diagonal to the $8 - 3 = 5$ vertices that are neither itself nor a neighbor.

That gives $8 \cdot 5 = 40$ endpoints-with-direction. Wait, each diagonal is counted from both ends, so I halve.

Check: $\binom82 - 8 = 28 - 8 = 20$. The octagon has 20 diagonals, choice (B).
""")
_C5_B = _t(r"""
$\frac{8 \cdot 5}{2} = 20$, which is (B).

Hmm, each vertex sends out 5 diagonals and there are 8 vertices, so $8 \cdot 5 = 40$, (E).
""")
_C5_E = _t(r"""
Every pair of vertices gives a diagonal.

$\binom82 = 28$, choice (D).
""")
_std(
    "choice",
    r"\textbf{(B)}",
    _C5_G,
    _C5_B,
    _C5_E,
    [r"\textbf{(B)}", "B", r"\text{(B)}"],
    r"\textbf{(E)}",
    r"\textbf{(D)}",
)

# ---------------------------------------------------------------- text

# Today is a Tuesday. What day of the week will it be 100 days from today?
_W1_G = _t(r"""
Days repeat every 7, so only $100 \bmod 7$ matters.

$100 = 7 \cdot 14 + 2$, so it is 2 days after Tuesday. Wait, today is day 0, not day 1, so I should not add an
extra day.

Check: 98 days from now is again a Tuesday, 99 is Wednesday, 100 is Thursday. The answer is Thursday.
""")
_W1_B = _t(r"""
$100 \bmod 7 = 2$, and two days after Tuesday is Thursday.

Hmm, counting today as the first day, day 100 is 99 days later, and $99 \bmod 7 = 1$: Wednesday.
""")
_W1_E = _t(r"""
$100 = 7 \cdot 14 + 3$, so three days later.

That is Friday.
""")
_std(
    "text",
    r"\text{Thursday}",
    _W1_G,
    _W1_B,
    _W1_E,
    [r"\text{Thursday}", "Thursday", r"\textbf{Thursday}"],
    r"\text{Wednesday}",
    r"\text{Friday}",
)

# Is $2^{2026} + 1$ divisible by 5? Answer Yes or No.
_W2_G = _t(r"""
Powers of 2 modulo 5 cycle: $2, 4, 3, 1$ with period 4.

$2026 \bmod 4 = 2$, so $2^{2026} \equiv 4 \pmod 5$. Wait, I first took $2026 \bmod 4 = 0$, but $2024$ is the
multiple of 4, leaving remainder 2.

Check: $2^{2026} + 1 \equiv 4 + 1 = 5 \equiv 0 \pmod 5$, just as $2^2 + 1 = 5$. So yes, it is divisible by 5.
""")
_W2_B = _t(r"""
$2^{2026} \equiv 2^2 = 4$, so $2^{2026} + 1 \equiv 0 \pmod 5$: Yes.

Hmm, reducing the exponent mod 5 instead, $2026 \equiv 1$, so $2^{2026} + 1 \equiv 3 \pmod 5$: No.
""")
_W2_E = _t(r"""
$2026$ is divisible by 2, and I take it as a multiple of 4, so $2^{2026} \equiv 1 \pmod 5$.

Then $2^{2026} + 1 \equiv 2$, not divisible: No.
""")
_std("text", r"\text{Yes}", _W2_G, _W2_B, _W2_E, [r"\text{Yes}", "Yes", r"\text{yes}"], r"\text{No}", r"\text{No}")

# Which is larger, $2^{100}$ or $3^{63}$?
_W3_G = _t(r"""
Compare logarithms: $100 \log_{10} 2 \approx 100 \cdot 0.30103 = 30.103$ and $63 \log_{10} 3 \approx 63 \cdot
0.47712 = 30.059$.

The first is larger, though only slightly. Wait, such a small gap needs care with rounding; the error in each
product is below $0.001$, so the gap $0.044$ is real.

Check: $2^{100} \approx 1.27 \times 10^{30}$ and $3^{63} \approx 1.14 \times 10^{30}$. So $2^{100}$ is larger.
""")
_W3_B = _t(r"""
$\log_{10} 2^{100} \approx 30.103$ and $\log_{10} 3^{63} \approx 30.059$, which points to $2^{100}$.

Hmm, but 3 is a bigger base and $63$ is not that much smaller than $100$; with $\log_{10}3 \approx 0.48$ the
second is $30.24$, so $3^{63}$ is larger.
""")
_W3_E = _t(r"""
Bigger bases win: $3^{63} = (3^{63})$ and $3 > 2$.

So $3^{63}$ is larger.
""")
_std(
    "text",
    r"2^{100}",
    _W3_G,
    _W3_B,
    _W3_E,
    [r"2^{100}", r"2^{100}", r"2^{100} \text{ is larger}"],
    r"3^{63}",
    r"3^{63}",
    cut=False,
)


assert len(THIRTYSIXTH) == 480
assert _TALLY["problems"] == 57 and len(_CATEGORIES) == 12
assert _TALLY[C] == 243 and _TALLY[T] == 46
assert _TALLY[H] == 129 and _TALLY[P] == 62
assert sum(1 for row in THIRTYSIXTH if row[3] == W) == 191
assert len(set(THIRTYSIXTH)) == len(THIRTYSIXTH)
