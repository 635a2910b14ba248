"""TWENTYNINTH: a held-out batch of labelled answer-verification pairs with olympiad-style answers (issue 12).

Written on 2026-12-03 by a helper session (branch h/batch29) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (python used by hand to check the arithmetic only); pairs a reasonable grader could
label either way were left out (no decimal approximation standing alone for an exact constant, no `\\log` for `\\ln`,
no renaming of the function argument). Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The focus is
olympiad-style answers that are not a single number, stored the way OlympiadBench / Omni-MATH / Putnam-style sets
store them: families of solutions (`n \\equiv 1 \\pmod 4`, `n = 2^k - 1` for `k \\ge 1`, `\\text{all odd } n`,
`x = k\\pi,\\ k \\in \\mathbb{Z}`), functions (`f(x) = x^2 + c`, `f(x) = x + 1`, `f(x) = 0` and `f(x) = x`, polynomial
families), ordered pairs and triples and sets of them, closed forms in a parameter (`\\frac{n(n+1)}{2}`, `2^{n-1}`,
`\\binom{2n}{n}`, `(n+1)! - 1`), `cases` piecewise answers, extremal values stated with where they are attained
(gold just the value), parameter ranges (`a \\ge 2`, `k > 1`, `n = 1` or `n \\ge 5`), constants (`\\ln 2`, `e^{\\pi}`,
`\\frac{\\pi^2}{6}`, `\\frac{\\sqrt{\\pi}}{2}`), a few integers and finite solution sets. Each response models a long
olympiad-style chain of thought: small cases, a conjecture, a rejected candidate, a proof sketch or check, a "Wait,
let me recheck", then the final answer in a boxed sentence, a display box under **Final Answer**, "The answer is",
a bold **Answer:** line, the Minerva "Final Answer: The final answer is $x$. I hope it is correct.", `#### x`, a
"### Final Answer" heading (boxed and unboxed), a DeepSeek-R1 `<think>` block, a box followed by a remark, or a
closing prose sentence that states the answer in words.
Correct rows use forms a careful olympiad grader accepts as the same answer: equivalent congruence descriptions
(`n = 4k + 1, k \\ge 0`, `n \\equiv -2 \\pmod 3`, `3 \\mid n`, `n \\in \\{3, 6, 9, \\dots\\}`, "the multiples of 3"),
reparametrised families (`2^{k+1} - 1` for `k \\ge 0`, `-\\frac{3\\pi}{4} + k\\pi`, `\\frac{(4k+1)\\pi}{4}`),
`f(x) = \\pm x`, `f \\equiv 0`, `x \\mapsto x + 1`, renamed constants (`kx`, `C`), reordered sets and tuples
written as `x = 1, y = 2, z = 3`, equivalent closed forms (`\\binom{n+1}{2}`, `\\frac{2^n}{2}`,
`\\frac{(2n)!}{(n!)^2}`, `1 + n + \\binom{n}{2}`, `(-1)^n \\lceil n/2 \\rceil`), reordered `cases` and cases whose
boundary points move between pieces that agree there, intervals for inequalities, "maximum 4, attained at x = 1"
for the gold `4`, and earlier wrong boxes that a later final answer overrules (the last stated final answer wins).
The negatives lean on precision: about two thirds are hard, with the gold in the text (a rejected candidate, an
intermediate, an earlier box later overruled) while the final answer differs slightly: one solution family missing
(`f(x) = x` without `f(x) = -x`, `n \\ge 5` without `n = 1`, `x = 2k\\pi`), an extra spurious solution or family
(`\\frac{\\pi}{4} + \\frac{k\\pi}{2}` from squaring, `f \\equiv 1`, `(1, 1)`), the wrong residue class or modulus,
an off-by-one exponent or index (`2^{n+1} - 1`, `\\frac{n(n-1)}{2}`, `n! - 1`), a closed form that matches the small
cases only (`2^n` regions, `n^2 - n + 1`), a swapped tuple, a closed endpoint, the location of an extremum given in
place of its value, a sign, and a factor.
Each problem has one worked reasoning (`_X_G`, reaching the gold), usually one or two flawed reasonings with the
gold in them (`_X_B`, `_X_B2`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier box and a
recheck (a wrong box turned into the gold, or a right box turned into a wrong answer), and `_half` keeps the first
paragraphs of a reasoning and stops mid-computation. Rows are added per problem through `_add`, which tags each
negative as hard (H) or plain (P) in `_TALLY`. The question itself is not part of the row; the comment above each
problem states it.
60 problems in 10 categories (families 7, functions 7, tuples 7, closed_forms 7, piecewise 4, extremal 7,
inequalities 6, constants 6, integers 5, sets 4); 461 rows: 241 correct, 188 incorrect, 32 truncated. Of the 188
negatives, 128 are hard (built on a flawed reasoning that holds the gold, or on a right box later overruled by a
wrong answer) and 60 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYNINTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYNINTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A closing sentence with an inline box."""
    return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _disp(r: str, a: str) -> str:
    """A **Final Answer** line and a display box."""
    return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """`The answer is $a$.` without a box."""
    return r + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    """A bold `**Answer:**` line."""
    return r + "\n\n**Answer:** $" + a + "$"


def _fin(r: str, a: str) -> str:
    """The Minerva / lm-eval closing sentence."""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _say(r: str, s: str) -> str:
    """A closing prose sentence that states the answer in words (no box)."""
    return r + "\n\n" + _t(s)


def _rem(r: str, a: str, remark: str) -> str:
    """A display box followed by a remark that states no other answer."""
    return r + "\n\n$$\\boxed{" + a + "}$$\n\n" + _t(remark)


def _r1(r: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a one-line summary, then **Final Answer** with a display box."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nThe case analysis and the check above settle the problem.\n\n**Final Answer**\n\\[\\boxed{"
        + a
        + "}\\]"
    )


def _head(r: str, a: str, box: bool = False) -> str:
    """A `### Final Answer` heading, the answer on the next line."""
    shown = "\\boxed{" + a + "}" if box else a
    return r + "\n\n### Final Answer\n$" + shown + "$"


def _two(r: str, first: str, note: str, last: str) -> str:
    """An earlier box, a recheck, then a new box: the last stated final answer wins."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + first
        + "}$.\n\nWait, let me recheck. "
        + _t(note)
        + "\n\nSo the final answer is $\\boxed{"
        + last
        + "}$."
    )


def _half(r: str, k: int, tail: str) -> str:
    """The first k paragraphs of a reasoning, then an unfinished line: no final answer is stated."""
    head = "\n\n".join(r.split("\n\n")[:k])
    return head + "\n\n" + _t(tail) if head else _t(tail)


# ---------------------------------------------------------------------------------------------------------------
# families: congruence classes and parametrised solution families
# ---------------------------------------------------------------------------------------------------------------

# Q: Find all positive integers n such that 3 divides 2^n + 1.
_F1 = r"\text{all odd } n"
_F1_G = _t(r"""
We need $3 \mid 2^n + 1$. Let me first try small cases to get a feel for the pattern.

For $n = 1$: $2 + 1 = 3$, divisible. For $n = 2$: $4 + 1 = 5$, not divisible. For $n = 3$: $8 + 1 = 9$, divisible.
For $n = 4$: $16 + 1 = 17$, no. For $n = 5$: $32 + 1 = 33 = 3 \cdot 11$, yes. For $n = 6$: $65$, no.

A first guess from $n = 1$ and $n = 5$ would be $n \equiv 1 \pmod 4$, but $n = 3$ also works, so that guess is too
narrow and is rejected. The data $1, 3, 5$ suggest that the odd values are exactly the good ones.

Proof: since $2 \equiv -1 \pmod 3$, we get $2^n + 1 \equiv (-1)^n + 1 \pmod 3$. If $n$ is odd this is $-1 + 1 = 0$.
If $n$ is even it is $1 + 1 = 2 \not\equiv 0$. Wait, let me recheck the even case with $n = 4$: $17 = 5 \cdot 3 + 2$,
remainder $2$, consistent.

So $3 \mid 2^n + 1$ holds exactly for the odd positive integers $n$.
""")
_F1_B = _t(r"""
Compute $2^n + 1$ for small $n$ and test divisibility by $3$.

$n = 1$: $3$, yes. $n = 2$: $5$, no. $n = 3$: $2^3 + 1 = 7$, no. $n = 4$: $17$, no. $n = 5$: $33$, yes.
$n = 6$: $65$, no.

One might conjecture that all odd $n$ work, but $n = 3$ gives $7$, so the condition is not simply "$n$ odd". The
working values so far are $1$ and $5$, which differ by $4$.

Powers of $2$ modulo $3$ look like $2, 1, 2, 1, \dots$, which would make every odd $n$ work. But the table says
$n = 3$ fails, so I trust the table and take the cycle length to be $4$, as for the last digit of $2^n$.

So the condition is $n \equiv 1 \pmod 4$.
""")
_F1_B2 = _t(r"""
Reduce modulo $3$: since $2 \equiv -1$, we have $2^n + 1 \equiv (-1)^n + 1 \pmod 3$.

At first I thought the odd $n$ were the answer, but for the sum to vanish we need the sign $(-1)^n$ to be $+1$,
which means $n$ is even.

Check $n = 2$: $4 + 2 = 6$, divisible by $3$. Check $n = 4$: $16 + 2 = 18$, divisible. Good.

So $3 \mid 2^n + 1$ exactly when $n$ is even.
""")
_F1_E = _t(r"""
Claim: $3$ divides $2^n + 1$ for every $n$. Base case $n = 1$: $2 + 1 = 3$.

Inductive step: $2^{n+1} + 1 = (2^n + 1) + 2^n$. The first bracket is divisible by $3$ by hypothesis, and the
remaining $2^n$ term is absorbed in the same way at the next step, so the divisibility propagates.

Hence every positive integer $n$ works.
""")
_add(
    "families",
    _F1,
    [
        (C, _box(_F1_G, r"n \text{ odd}")),
        (C, _bold(_F1_G, r"n = 2k + 1 \text{ for integers } k \ge 0")),
        (
            C,
            _say(
                _F1_G,
                r"Therefore the required integers are exactly the odd positive integers $n = 1, 3, 5, 7, \dots$.",
            ),
        ),
        (C, _fin(_F1_G, r"n \equiv 1 \pmod{2}")),
        (
            C,
            _two(
                _F1_B,
                r"n \equiv 1 \pmod 4",
                r"""$2^3 + 1 = 8 + 1 = 9$, not $7$; I mis-added. So $n = 3$ works after all, the residues
                $2, 1, 2, 1, \dots$ are right, and $2^n + 1 \equiv 0 \pmod 3$ exactly when $n$ is odd.""",
                r"n \text{ is odd}",
            ),
        ),
        (H, _box(_F1_B, r"n \equiv 1 \pmod 4")),
        (H, _is(_F1_B2, r"n \text{ even}")),
        (
            H,
            _two(
                _F1_G,
                r"n \text{ odd}",
                r"""Hmm, $n = 3$: $2^3 + 1 = 7$, which is not a multiple of $3$. So not every odd $n$ works; the
                survivors $1, 5, 9, \dots$ form the class $n \equiv 1 \pmod 4$.""",
                r"n \equiv 1 \pmod 4",
            ),
        ),
        (P, _bold(_F1_E, r"\text{all positive integers } n")),
        (T, _half(_F1_G, 2, r"Looking at residues modulo $3$, we have $2 \equiv -1$, so $2^n + 1 \equiv (-1)^n +")),
    ],
)

# Q: Find all positive integers n such that 5 divides 2^n + 3.
_F2 = r"n \equiv 1 \pmod 4"
_F2_G = _t(r"""
We want $5 \mid 2^n + 3$, i.e. $2^n \equiv -3 \equiv 2 \pmod 5$.

Powers of $2$ modulo $5$: $2^1 = 2$, $2^2 = 4$, $2^3 = 8 \equiv 3$, $2^4 = 16 \equiv 1$, and then the cycle
$2, 4, 3, 1$ repeats with period $4$ because $2^4 \equiv 1$.

Small cases: $n = 1$ gives $5$, yes; $n = 2$ gives $7$; $n = 3$ gives $11$; $n = 4$ gives $19$; $n = 5$ gives $35$,
yes. A tempting guess is "all odd $n$", but $n = 3$ gives $11$, so that is rejected. Wait, let me recheck $n = 9$:
$2^9 + 3 = 515 = 5 \cdot 103$, yes.

Since the order of $2$ modulo $5$ is $4$ and we need $2^n \equiv 2 = 2^1$, the condition is $n \equiv 1 \pmod 4$,
and every such $n$ works.
""")
_F2_B = _t(r"""
We need $2^n + 3 \equiv 0 \pmod 5$, that is $2^n \equiv 3 \pmod 5$.

The cycle of $2^n$ modulo $5$ is $2, 4, 3, 1$. The exponent $n = 1$ gives residue $2$, not $3$, so the class
$n \equiv 1 \pmod 4$ is out; the residue $3$ appears at $n = 3$.

Hence $2^n \equiv 3$ exactly when $n \equiv 3 \pmod 4$, i.e. $n = 3, 7, 11, \dots$.
""")
_F2_E = _t(r"""
A multiple of $5$ ends in $0$ or $5$. Since $2^n$ is even, $2^n + 3$ is odd, so it must end in $5$, which means
$2^n$ ends in $2$.

The last digit of $2^n$ is $2$ only for $n = 1$, since after that the powers $4, 8, 16, \dots$ keep growing and
never come back to a final digit of $2$.

So the only solution is $n = 1$.
""")
_add(
    "families",
    _F2,
    [
        (C, _disp(_F2_G, r"n \equiv 1 \pmod 4")),
        (C, _is(_F2_G, r"n = 4k + 1 \ (k = 0, 1, 2, \dots)")),
        (
            C,
            _say(
                _F2_G,
                r"""So the answer: exactly those $n$ that leave remainder $1$ on division by $4$, namely
                $n \in \{1, 5, 9, 13, \dots\}$.""",
            ),
        ),
        (
            C,
            _two(
                _F2_B,
                r"n \equiv 3 \pmod 4",
                r"""Moving $3$ to the other side gives $2^n \equiv -3$, and $-3 \equiv 2 \pmod 5$, not $3$. Indeed
                $n = 3$ gives $2^3 + 3 = 11$, not a multiple of $5$, while $n = 1$ gives $5$. The residue $2$ occurs
                exactly for $n \equiv 1 \pmod 4$.""",
                r"n = 4k + 1,\ k \ge 0",
            ),
        ),
        (H, _box(_F2_B, r"n \equiv 3 \pmod 4")),
        (H, _fin(_F2_B, r"n = 4k + 3")),
        (
            H,
            _two(
                _F2_G,
                r"n \equiv 1 \pmod 4",
                r"""Since $2^2 = 4 \equiv -1 \pmod 5$, the powers of $2$ repeat up to sign with period $2$, so
                $2^n \equiv \pm 2$ for every odd $n$. As $2^n + 3$ and $2^n - 2$ differ by $5$, both residues
                $2$ and $-2$ should be acceptable, so every odd $n$ works.""",
                r"n \text{ odd}",
            ),
        ),
        (P, _bold(_F2_E, "n = 1")),
        (
            T,
            _half(_F2_G, 2, r"Now we need the exponents with $2^n \equiv 2$; from the cycle this happens when $n$ is"),
        ),
    ],
)

# Q: Find all positive integers n such that 7 divides 2^n - 1.
_F3 = r"n \equiv 0 \pmod 3"
_F3_G = _t(r"""
We want $2^n \equiv 1 \pmod 7$. Tabulate: $2^1 = 2$, $2^2 = 4$, $2^3 = 8 \equiv 1$. So the order of $2$ modulo $7$
is $3$.

Small cases of $2^n - 1$: $1, 3, 7, 15, 31, 63$ for $n = 1, \dots, 6$; the multiples of $7$ among them are $7$
($n = 3$) and $63 = 7 \cdot 9$ ($n = 6$).

Fermat gives $2^6 \equiv 1$, which might suggest the condition $6 \mid n$, but $n = 3$ already works, so $6 \mid n$
is too strong and is rejected. In general write $n = 3q + r$ with $0 \le r < 3$; then $2^n = (2^3)^q 2^r \equiv 2^r$,
which is $1$ only for $r = 0$.

So $7 \mid 2^n - 1$ exactly when $n$ is a multiple of $3$.
""")
_F3_B = _t(r"""
By Fermat's little theorem, $2^6 \equiv 1 \pmod 7$, so $2^n \bmod 7$ is periodic with period $6$.

I first wrote the answer as $n \equiv 0 \pmod 3$, because $2^3 = 8$ is one more than $7$. But the period from
Fermat is $6$, so within one period the exponent with $2^n \equiv 1$ should be just $n = 6$.

Hence the condition is $n \equiv 0 \pmod 6$.
""")
_F3_E = _t(r"""
$2^n - 1$ is a Mersenne number, and $7 = 2^3 - 1$ is itself a Mersenne prime.

A Mersenne prime $2^p - 1$ divides $2^n - 1$ only when the exponents agree, because distinct Mersenne numbers with
prime exponents are coprime.

So the only exponent is $n = 3$.
""")
_add(
    "families",
    _F3,
    [
        (
            C,
            _say(
                _F3_G,
                r"Hence the answer is: all positive multiples of $3$, that is $n = 3k$ with $k$ a positive integer.",
            ),
        ),
        (C, _head(_F3_G, r"3 \mid n")),
        (C, _r1(_F3_G, r"n \in \{3, 6, 9, 12, \dots\}")),
        (
            C,
            _two(
                _F3_B,
                r"n \equiv 0 \pmod 6",
                r"""Within one period of length $6$ the residues of $2^n$ are $2, 4, 1, 2, 4, 1$, so $2^n \equiv 1$
                already at $n = 3$; for example $2^3 - 1 = 7$. The true period is the order $3$, a divisor of $6$.""",
                r"3 \mid n",
            ),
        ),
        (H, _bold(_F3_B, r"n \equiv 0 \pmod 6")),
        (
            H,
            _two(
                _F3_G,
                r"n \equiv 0 \pmod 3",
                r"""Fermat's little theorem says $2^{7-1} = 2^6 \equiv 1$, so the admissible exponents must be the
                multiples of $6$; the entry for $n = 3$ in my table must have been a slip.""",
                r"6 \mid n",
            ),
        ),
        (P, _is(_F3_E, "n = 3")),
    ],
)

# Q: Find all integers n for which n^2 + n + 1 is divisible by 3.
_F4 = r"n \equiv 1 \pmod 3"
_F4_G = _t(r"""
Check the three residue classes modulo $3$.

$n \equiv 0$: $n^2 + n + 1 \equiv 1$. $n \equiv 1$: $1 + 1 + 1 = 3 \equiv 0$. $n \equiv 2$: $4 + 2 + 1 = 7 \equiv 1$.

Wait, let me recheck with actual numbers: $n = 1$ gives $3$, $n = 2$ gives $7$, $n = 4$ gives $21 = 3 \cdot 7$,
$n = 5$ gives $31$, $n = -2$ gives $3$. So $n = 1, 4, -2$ work and $n = 2, 5$ do not, matching the table; the class
$n \equiv 2$ is rejected.

Another view: $n^2 + n + 1 = (n - 1)^2 + 3n$, so $3 \mid n^2 + n + 1$ iff $3 \mid (n - 1)^2$ iff $3 \mid n - 1$.

So the condition is exactly $n \equiv 1 \pmod 3$.
""")
_F4_B = _t(r"""
Work modulo $3$ and write $n^2 + n + 1 = n(n + 1) + 1$.

$n \equiv 0$ gives $1$. $n \equiv 1$ gives $1 + 1 + 1 = 3 \equiv 0$, so $n \equiv 1 \pmod 3$ works. For $n \equiv 2$
the product $n(n+1)$ is a multiple of $3$, so $n^2 + n + 1 \equiv 0$ there as well.

Thus both nonzero classes work: $n \equiv 1$ or $n \equiv 2 \pmod 3$, i.e. $3 \nmid n$.
""")
_F4_E = _t(r"""
Write $n^2 + n + 1 = n(n + 1) + 1$.

The product of consecutive integers $n(n+1)$ is always divisible by $3$, so $n^2 + n + 1 \equiv 1 \pmod 3$ for
every integer $n$.

So the expression is never a multiple of $3$.
""")
_add(
    "families",
    _F4,
    [
        (C, _box(_F4_G, r"n = 3k + 1,\ k \in \mathbb{Z}")),
        (C, _bold(_F4_G, r"n \equiv -2 \pmod{3}")),
        (
            C,
            _say(
                _F4_G,
                r"""Answer: the integers leaving remainder $1$ when divided by $3$, i.e.
                $n = \dots, -5, -2, 1, 4, 7, \dots$.""",
            ),
        ),
        (
            C,
            _two(
                _F4_B,
                r"n \not\equiv 0 \pmod 3",
                r"""For $n \equiv 2$ the product $n(n+1)$ is divisible by $3$, so $n^2 + n + 1 \equiv 1$, not $0$;
                directly, $n = 2$ gives $7$. Only $n \equiv 1$ survives.""",
                r"n = 3k + 1,\ k \in \mathbb{Z}",
            ),
        ),
        (H, _disp(_F4_B, r"n \not\equiv 0 \pmod 3")),
        (
            H,
            _two(
                _F4_G,
                r"n \equiv 1 \pmod 3",
                r"""At $n = 5$ we get $25 + 5 + 1 = 30$, which is divisible by $3$, so the class $n \equiv 2$
                works too.""",
                r"n \equiv 1 \text{ or } 2 \pmod 3",
            ),
        ),
        (P, _is(_F4_E, r"\text{there are no such integers}")),
        (
            T,
            _half(
                _F4_G,
                1,
                r"$n \equiv 0$: the value is $\equiv 1$. $n \equiv 1$: $1 + 1 + 1 = 3$. $n \equiv 2$: $4 + 2 +",
            ),
        ),
    ],
)

# Q: Find all real x with cos(2x) = 1.
_F5 = r"x = k\pi,\ k \in \mathbb{Z}"
_F5_G = _t(r"""
We solve $\cos 2x = 1$ over the reals.

Cosine equals $1$ exactly at integer multiples of $2\pi$, so $2x = 2k\pi$ for some integer $k$, giving $x = k\pi$.

Double-check with $\cos 2x = 1 - 2\sin^2 x$: the equation becomes $\sin^2 x = 0$, i.e. $\sin x = 0$, whose solutions
are again $x = k\pi$. One might be tempted to write $x = 2k\pi$ by thinking of $\cos x = 1$, but $x = \pi$ gives
$\cos 2\pi = 1$, so $x = 2k\pi$ misses half the solutions. Conversely $x = \pi/2$ gives $\cos \pi = -1$, so
$x = k\pi/2$ would be too many.

So the solution set is all integer multiples of $\pi$.
""")
_F5_B = _t(r"""
Use $\cos 2x = 2\cos^2 x - 1$. Then $2\cos^2 x - 1 = 1$, so $\cos^2 x = 1$ and $\cos x = \pm 1$.

My first instinct was $x = k\pi$, covering both signs. But check $\cos x = -1$: then $2\cos x - 1 = -3$, which is
not $1$, so I must discard $\cos x = -1$.

Keeping $\cos x = 1$ gives $x = 2k\pi$, $k \in \mathbb{Z}$.
""")
_F5_B2 = _t(r"""
Cosine takes the values $\pm 1$ exactly at integer multiples of $\pi$. The equation $\cos 2x = 1$ forces
$|\cos 2x| = 1$, so $2x = k\pi$.

So $x = k\pi/2$. For even $k$ this is $x = m\pi$, and for odd $k$ it is $x = \pi/2 + m\pi$; both families come from
the same condition $2x = k\pi$, so I keep both.
""")
_F5_E = _t(r"""
$\cos 2x = 1$ means the angle $2x$ points straight up on the unit circle, i.e. $2x = \frac{\pi}{2} + 2k\pi$.

Dividing by $2$ gives $x = \frac{\pi}{4} + k\pi$.
""")
_add(
    "families",
    _F5,
    [
        (C, _fin(_F5_G, r"x = n\pi \text{ for } n \in \mathbb{Z}")),
        (
            C,
            _say(
                _F5_G,
                r"""Therefore $\cos 2x = 1$ holds precisely when $x$ is an integer multiple of $\pi$:
                $x \in \{k\pi : k \in \mathbb{Z}\}$.""",
            ),
        ),
        (
            C,
            _rem(
                _F5_G,
                r"x = k\pi \ (k = 0, \pm 1, \pm 2, \dots)",
                r"Both signs of $\cos x = \pm 1$ are included in this set.",
            ),
        ),
        (
            C,
            _two(
                _F5_B,
                r"x = 2k\pi",
                r"""With $\cos x = -1$ we get $2\cos^2 x - 1 = 2 \cdot 1 - 1 = 1$; I forgot to square. So
                $x = \pi$ works ($\cos 2\pi = 1$), both signs count, and $x$ is any integer multiple of $\pi$.""",
                r"x = n\pi,\ n \in \mathbb{Z}",
            ),
        ),
        (H, _bold(_F5_B, r"x = 2k\pi,\ k \in \mathbb{Z}")),
        (H, _is(_F5_B2, r"x = \frac{k\pi}{2},\ k \in \mathbb{Z}")),
        (P, _box(_F5_E, r"x = \frac{\pi}{4} + k\pi")),
        (
            T,
            _half(
                _F5_G,
                1,
                r"Cosine equals $1$ exactly when its argument is an integer multiple of $2\pi$, so $2x =",
            ),
        ),
    ],
)

# Q: Find all positive integers n such that every binomial coefficient C(n, j), 0 <= j <= n, is odd.
_F6 = r"n = 2^k - 1 \text{ for } k \ge 1"
_F6_G = _t(r"""
Small rows of Pascal's triangle: $n = 1$: $1, 1$ (all odd). $n = 2$: $1, 2, 1$ (fails). $n = 3$: $1, 3, 3, 1$
(all odd). $n = 4$: $1, 4, 6, 4, 1$ (fails). $n = 5$: $1, 5, 10, 10, 5, 1$ (fails). $n = 6$: $1, 6, \dots$ (fails).
$n = 7$: $1, 7, 21, 35, 35, 21, 7, 1$ (all odd).

So far $n = 1, 3, 7$. The guess "$n$ odd" is rejected by $n = 5$. The good values are one less than powers of two,
which suggests $n = 2^k - 1$.

Proof via Lucas' theorem: $\binom{n}{j}$ is odd iff every binary digit of $j$ is at most the corresponding digit of
$n$. If all binary digits of $n$ are $1$, every $j \le n$ qualifies. If $n$ has a digit $0$ in some position $i$
below its leading digit, then $j = 2^i \le n$ has a $1$ there, so $\binom{n}{2^i}$ is even.

Wait, let me recheck with $n = 15$: $\binom{15}{1}, \binom{15}{2}, \binom{15}{3} = 15, 105, 455$, all odd,
consistent. So the answer is $n = 2^k - 1$ with $k \ge 1$.
""")
_F6_B = _t(r"""
We may set $n = 1$ aside: its row $1, 1$ has no interior entries, so the condition is degenerate there, and the
interesting rows start at $n = 2$.

Rows $n = 3$ and $n = 7$ are all odd, and $n = 2, 4, 5, 6$ fail. By Lucas' theorem the good $n$ are those whose
binary digits are all $1$, i.e. $n = 2^k - 1$.

Since $n = 1$ (the case $k = 1$) was set aside as degenerate, the answer is $n = 2^k - 1$ with $k \ge 2$, i.e.
$n = 3, 7, 15, \dots$.
""")
_F6_E = _t(r"""
Since $\binom{n}{1} = n$ must be odd, $n$ has to be odd.

Conversely, for odd $n$ we have $\binom{n}{j} = \frac{n}{j}\binom{n-1}{j-1}$, and an odd numerator $n$ keeps the
parity odd all along the row.

So exactly the odd $n$ work.
""")
_add(
    "families",
    _F6,
    [
        (C, _box(_F6_G, r"n = 2^k - 1 \text{ for } k \ge 1")),
        (C, _is(_F6_G, r"n \in \{1, 3, 7, 15, 31, \dots\}")),
        (
            C,
            _say(
                _F6_G,
                r"""In conclusion, the required $n$ are exactly the numbers one less than a power of two:
                $n = 2^m - 1$, $m = 1, 2, 3, \dots$.""",
            ),
        ),
        (
            C,
            _two(
                _F6_B,
                r"n = 2^k - 1 \ (k \ge 2)",
                r"""The problem asks for every positive integer $n$, and for $n = 1$ both coefficients
                $\binom{1}{0} = \binom{1}{1} = 1$ are odd, so $n = 1$ must not be set aside. That restores
                $k = 1$.""",
                r"n = 2^{k+1} - 1 \text{ for } k \ge 0",
            ),
        ),
        (H, _fin(_F6_B, r"n = 2^k - 1 \text{ for } k \ge 2")),
        (
            H,
            _two(
                _F6_G,
                r"n = 2^k - 1",
                r"""I should double-check the powers of two as well. For $n = 2$ and $n = 4$ the inner
                coefficients look even, but the binary digits of $n = 2^k$ dominate those of $j = 0$ and $j = n$,
                so by Lucas' theorem those rows should be included too.""",
                r"n = 2^k - 1 \text{ or } n = 2^k",
            ),
        ),
        (P, _bold(_F6_E, r"\text{all odd } n")),
        (
            T,
            _half(
                _F6_G,
                1,
                r"""To see what the good rows have in common, write $n$ in binary and apply Lucas' theorem, which
                says that $\binom{n}{j}$ is odd iff""",
            ),
        ),
    ],
)

# Q: Find all real x with sin x = cos x.
_F7 = r"x = \frac{\pi}{4} + k\pi,\ k \in \mathbb{Z}"
_F7_G = _t(r"""
If $\cos x = 0$ then $\sin x = \pm 1 \ne 0$, so such $x$ are not solutions. Hence we may divide by $\cos x$ and get
$\tan x = 1$.

The tangent has period $\pi$ and $\tan(\pi/4) = 1$, so $x = \pi/4 + k\pi$.

Check: at $x = \pi/4$ both equal $\frac{\sqrt2}{2}$; at $x = 5\pi/4$ both equal $-\frac{\sqrt2}{2}$. So the answer
$x = \pi/4 + 2k\pi$ would miss $5\pi/4$ and is rejected. Also $x = 3\pi/4$ gives $\sin = \frac{\sqrt2}{2}$,
$\cos = -\frac{\sqrt2}{2}$, not equal, so the family is not $\pi/4 + k\pi/2$ either.

Alternatively $\sin x - \cos x = \sqrt2 \sin(x - \pi/4) = 0$ gives $x - \pi/4 = k\pi$, the same family.
""")
_F7_B = _t(r"""
Dividing by $\cos x$ gives $\tan x = 1$, with general solution $x = \pi/4 + k\pi$.

But I should verify each branch. At $x = 5\pi/4$: $\sin(5\pi/4) = -\frac{\sqrt2}{2}$ and
$\cos(5\pi/4) = \frac{\sqrt2}{2}$, which differ, so the odd branch is spurious.

Therefore only $x = \pi/4 + 2k\pi$ survives.
""")
_F7_B2 = _t(r"""
Square both sides: $\sin^2 x = \cos^2 x$, so $\cos^2 x - \sin^2 x = \cos 2x = 0$.

Then $2x = \pi/2 + k\pi$, so $x = \pi/4 + k\pi/2$. The solutions $x = \pi/4 + k\pi$ from $\tan x = 1$ are the
even-$k$ members of this family, and the odd members $3\pi/4 + k\pi$ are roots of the squared equation as well.

Since both sides are real, squaring gives an equivalent equation here, so I keep the full family.
""")
_F7_E = _t(r"""
$\sin x = \cos x$ means $\tan x = 1$ wherever the tangent is defined.

The tangent reaches the value $1$ where the sine and cosine curves cross at the top of the circle, at
$x = \pi/2$, and then every half turn after that.
""")
_add(
    "families",
    _F7,
    [
        (C, _bold(_F7_G, r"x = \frac{\pi}{4} + n\pi,\ n \in \mathbb{Z}")),
        (C, _fin(_F7_G, r"x \in \left\{ \frac{\pi}{4} + k\pi \mid k \in \mathbb{Z} \right\}")),
        (
            C,
            _rem(
                _F7_G,
                r"x = -\frac{3\pi}{4} + k\pi,\ k \in \mathbb{Z}",
                r"(Shifting the index by one, this is the family $\pi/4 + k\pi$ written from another base point.)",
            ),
        ),
        (
            C,
            _two(
                _F7_B,
                r"x = \frac{\pi}{4} + 2k\pi",
                r"""$5\pi/4$ lies in the third quadrant, where sine and cosine are both negative:
                $\cos(5\pi/4) = -\frac{\sqrt2}{2}$. So $5\pi/4$ is a solution and the full family is
                $\pi/4 + k\pi$.""",
                r"x = \frac{(4k+1)\pi}{4},\ k \in \mathbb{Z}",
            ),
        ),
        (H, _box(_F7_B, r"x = \frac{\pi}{4} + 2k\pi,\ k \in \mathbb{Z}")),
        (H, _say(_F7_B2, r"So the solutions are $x = \frac{\pi}{4} + \frac{k\pi}{2}$ for all integers $k$.")),
        (P, _is(_F7_E, r"x = \frac{\pi}{2} + k\pi")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# functions: functional equations and polynomial identities
# ---------------------------------------------------------------------------------------------------------------

# Q: Find all continuous f: R -> R with f(x + f(y)) = f(x) + y for all real x, y.
_U1 = r"f(x) = x \text{ and } f(x) = -x"
_U1_G = _t(r"""
Put $x = 0$: $f(f(y)) = f(0) + y$. The right side takes every real value, so $f$ is surjective, and if
$f(y_1) = f(y_2)$ then $y_1 = y_2$, so $f$ is injective.

Put $y = 0$: $f(x + f(0)) = f(x)$ for all $x$. By injectivity $x + f(0) = x$, so $f(0) = 0$ and $f(f(y)) = y$.

Now put $x = f(z)$: $f(f(z) + f(y)) = f(f(z)) + y = z + y$. Applying $f$ to both sides and using $f(f(t)) = t$ gives
$f(z) + f(y) = f(z + y)$. So $f$ is additive, and being continuous, $f(x) = ax$. Then $f(f(y)) = a^2 y = y$ forces
$a^2 = 1$.

Check both candidates. $f(x) = x$: $x + y = x + y$. $f(x) = -x$: $f(x - y) = -x + y$ and $f(x) + y = -x + y$. Wait,
let me recheck the second one carefully: $f(x + f(y)) = f(x - y) = -(x - y) = y - x$, equal to $-x + y$. Both work.
A shifted candidate $f(x) = x + c$ gives $x + y + 2c$ on the left and $x + c + y$ on the right, so $c = 0$; no new
solutions.
""")
_U1_B = _t(r"""
As usual, $x = 0$ gives $f(f(y)) = f(0) + y$, so $f$ is a bijection, and $y = 0$ then gives $f(0) = 0$.

Try linear functions $f(x) = ax$: the equation becomes $a(x + ay) = ax + y$, so $a^2 = 1$ and $a = \pm 1$.

Test $a = -1$, i.e. $f(x) = -x$: $f(x + f(y)) = f(x - y) = -x - y$, while $f(x) + y = -x + y$. These differ, so
$f(x) = -x$ is rejected. Test $a = 1$: $x + y = x + y$, fine.

So the only solution is the identity.
""")
_U1_E = _t(r"""
Setting $x = 0$ gives $f(f(y)) = f(0) + y$. Write $c = f(0)$.

This looks like $f$ shifts by a constant, so try $f(y) = y + c$: then $f(f(y)) = y + 2c$, and the equation reads
$f(x + y + c) = x + y + 2c$ on the left and $x + c + y$ on the right, which agree up to the constant.

So $f(x) = x + c$ works for any real constant $c$.
""")
_add(
    "functions",
    _U1,
    [
        (C, _box(_U1_G, r"f(x) = x \text{ or } f(x) = -x")),
        (C, _bold(_U1_G, r"f(x) = \pm x")),
        (C, _fin(_U1_G, r"f(x) = -x, \quad f(x) = x")),
        (
            C,
            _say(
                _U1_G,
                r"""Hence there are exactly two continuous solutions: the identity $f(x) = x$ and the reflection
                $f(x) = -x$.""",
            ),
        ),
        (
            C,
            _two(
                _U1_B,
                r"f(x) = x",
                r"""For $f(x) = -x$: $f(x - y) = -(x - y) = -x + y$, not $-x - y$; I dropped a sign. So
                $f(x) = -x$ satisfies the equation too, and both $a = 1$ and $a = -1$ survive.""",
                r"f(x) = x \text{ and } f(x) = -x",
            ),
        ),
        (H, _disp(_U1_B, r"f(x) = x")),
        (
            H,
            _two(
                _U1_G,
                r"f(x) = \pm x",
                r"""Plug in $f(x) = -x$ once more: $f(x + f(y)) = f(x - y) = -x - y$, while $f(x) + y = -x + y$.
                They differ unless $y = 0$, so the reflection is not a solution after all.""",
                r"f(x) = x",
            ),
        ),
        (P, _is(_U1_E, r"f(x) = x + c")),
        (
            T,
            _half(
                _U1_G,
                2,
                r"Now put $x = f(z)$: $f(f(z) + f(y)) = f(f(z)) + y =",
            ),
        ),
    ],
)

# Q: Find all f: R -> R with f(x) - f(y) = (x - y)(x + y) for all real x, y.
_U2 = r"f(x) = x^2 + c"
_U2_G = _t(r"""
The right side is $x^2 - y^2$, so the equation says $f(x) - x^2 = f(y) - y^2$ for all $x, y$.

Put $y = 0$: $f(x) - f(0) = x^2$, so $f(x) = x^2 + f(0)$. Writing $c = f(0)$, every solution has the form
$f(x) = x^2 + c$.

Check: $(x^2 + c) - (y^2 + c) = x^2 - y^2 = (x - y)(x + y)$. So every constant $c$ works; the constant is not forced
to be $0$, since the equation only involves differences of values. A candidate with a linear term,
$x^2 + bx + c$, gives an extra $b(x - y)$ on the left, so $b = 0$.

So the solutions are $f(x) = x^2 + c$ with $c$ an arbitrary real constant.
""")
_U2_B = _t(r"""
Put $y = 0$: $f(x) - f(0) = x^2$, so $f(x) = x^2 + c$ with $c = f(0)$.

Now put $x = y = 0$: $f(0) - f(0) = 0 \cdot 0$, so $f(0) = 0$. Hence $c = 0$.

So the only solution is $f(x) = x^2$.
""")
_U2_E = _t(r"""
Divide by $x - y$ for $x \ne y$: $\frac{f(x) - f(y)}{x - y} = x + y$.

Letting $y \to x$, the left side becomes $f'(x)$ and the right side becomes $2x$. So $f'(x) = 2x$, and the function
is $f(x) = 2x$.
""")
_add(
    "functions",
    _U2,
    [
        (C, _box(_U2_G, r"f(x) = x^2 + C,\ C \in \mathbb{R}")),
        (C, _is(_U2_G, r"f(x) = c + x^2")),
        (
            C,
            _say(
                _U2_G,
                r"""Therefore the answer is exactly the family $f(x) = x^2 + c$, where $c$ is any real
                constant.""",
            ),
        ),
        (C, _head(_U2_G, r"f(x) = x^2 + c \text{ for some constant } c", box=True)),
        (
            C,
            _two(
                _U2_B,
                r"f(x) = x^2",
                r"""Setting $x = y = 0$ gives $0 = 0$, which says nothing about $f(0)$. The constant $c$ is free:
                $(x^2 + c) - (y^2 + c) = x^2 - y^2$ for every $c$.""",
                r"f(x) = x^2 + c",
            ),
        ),
        (H, _bold(_U2_B, r"f(x) = x^2")),
        (
            H,
            _two(
                _U2_G,
                r"f(x) = x^2 + c",
                r"""A linear term should be harmless too: with $f(x) = x^2 + bx + c$ the differences give
                $x^2 - y^2$ plus terms that cancel, so the general solution also allows $bx$.""",
                r"f(x) = x^2 + bx + c",
            ),
        ),
        (P, _fin(_U2_E, r"f(x) = 2x")),
    ],
)

# Q: Find all f: R -> R with f(x) f(y) - f(xy) = x + y for all real x, y.
_U3 = r"f(x) = x + 1"
_U3_G = _t(r"""
Put $x = y = 0$: $f(0)^2 - f(0) = 0$, so $f(0) = 0$ or $f(0) = 1$.

If $f(0) = 0$, put $y = 0$: $f(x) f(0) - f(0) = x$, i.e. $0 = x$ for all $x$, a contradiction (take $x = 1$). So
$f(0) = 0$ is rejected.

If $f(0) = 1$, put $y = 0$: $f(x) \cdot 1 - f(0) = x$, so $f(x) = x + 1$.

Check: $(x + 1)(y + 1) - (xy + 1) = xy + x + y + 1 - xy - 1 = x + y$. Wait, let me recheck one numeric case too:
$x = 2$, $y = 3$: $3 \cdot 4 - 7 = 5 = 2 + 3$. Good, so $f(x) = x + 1$ is the unique solution.
""")
_U3_B = _t(r"""
Put $x = y = 0$: $f(0)^2 - f(0) = 0$, so $f(0) \in \{0, 1\}$. With $f(0) = 1$ and $y = 0$ we would get
$f(x) = x + 1$.

But test that candidate: $(x + 1)(y + 1) - (xy + 1) = x + y + 2$, which is off by $2$. So $f(x) = x + 1$ is
rejected.

Try $f(x) = x - 1$ instead: $(x - 1)(y - 1) - (xy - 1) = xy - x - y + 1 - xy + 1$, and collecting the terms this
gives $x + y$. So $f(x) = x - 1$ is the solution.
""")
_U3_E = _t(r"""
The right side $x + y$ is additive and the left side mixes products, so the natural guess is the identity.

For $f(x) = x$ the left side is $xy - xy = 0$... but the structure of the equation is symmetric in $x$ and $y$, and
the identity is the only symmetric, multiplicative choice.

So $f(x) = x$.
""")
_add(
    "functions",
    _U3,
    [
        (C, _box(_U3_G, r"f(x) = 1 + x")),
        (C, _r1(_U3_G, r"f(x) = x + 1 \text{ for all } x \in \mathbb{R}")),
        (C, _bold(_U3_G, r"f : x \mapsto x + 1")),
        (
            C,
            _two(
                _U3_B,
                r"f(x) = x - 1",
                r"""$(x - 1)(y - 1) - (xy - 1) = -x - y + 2$, not $x + y$. And for the first candidate,
                $(x + 1)(y + 1) - (xy + 1) = x + y$ exactly: I added the two constants instead of cancelling
                them. So the identity-plus-one is right.""",
                r"f(x) = x + 1",
            ),
        ),
        (H, _is(_U3_B, r"f(x) = x - 1")),
        (
            H,
            _two(
                _U3_G,
                r"f(x) = x + 1",
                r"""The equation is unchanged if we replace $x, y$ by $-x, -y$ and $f(t)$ by $f(-t)$, so the mirror
                image $f(x) = 1 - x$ must be a solution as well.""",
                r"f(x) = x + 1 \text{ or } f(x) = 1 - x",
            ),
        ),
        (P, _disp(_U3_E, r"f(x) = x")),
    ],
)

# Q: Find all f: R -> R with f(x + y) = f(x) + f(y) and f(xy) = f(x) f(y) for all real x, y.
_U4 = r"f(x) = 0 \text{ and } f(x) = x"
_U4_G = _t(r"""
Put $x = y = 1$ in the second equation: $f(1) = f(1)^2$, so $f(1) = 0$ or $f(1) = 1$.

If $f(1) = 0$: $f(x) = f(x \cdot 1) = f(x) f(1) = 0$ for all $x$. The zero function satisfies both equations,
since $0 = 0 + 0$ and $0 = 0 \cdot 0$.

If $f(1) = 1$: additivity gives $f(q) = q$ for rational $q$. Also $f(t^2) = f(t)^2 \ge 0$, so $f$ is nonnegative on
nonnegative reals, and with additivity $f$ is increasing. An increasing function that is the identity on the
rationals is the identity: $f(x) = x$.

Wait, let me recheck that no other constant works: $f \equiv 1$ fails additivity since $1 \ne 1 + 1$. So exactly
two solutions: $f \equiv 0$ and $f(x) = x$.
""")
_U4_B = _t(r"""
From $f(1) = f(1)^2$ we get $f(1) \in \{0, 1\}$.

The case $f(1) = 0$ gives $f(x) = f(x) f(1) = 0$, the zero function, which is trivial; the problem is really about
the nontrivial case.

For $f(1) = 1$, additivity gives $f(q) = q$ on the rationals, and $f(t^2) = f(t)^2 \ge 0$ makes $f$ monotone, so
$f(x) = x$.
""")
_U4_B2 = _t(r"""
From $f(1) = f(1)^2$ we get $f(1) = 0$ or $f(1) = 1$.

$f(1) = 0$ gives the zero function. For $f(1) = 1$ the monotonicity argument gives the identity $f(x) = x$.

Also a constant function $f \equiv k$ satisfies the multiplicative equation when $k = k^2$, so besides $f \equiv 0$
the constant $f \equiv 1$ should be listed.
""")
_U4_E = _t(r"""
Additive functions that are continuous are linear, $f(x) = cx$.

Then $f(xy) = cxy$ and $f(x) f(y) = c^2 xy$, and since we only need these to agree up to the choice of scale, every
$c$ is allowed.

So the solutions are $f(x) = cx$.
""")
_add(
    "functions",
    _U4,
    [
        (C, _box(_U4_G, r"f(x) = x \text{ or } f(x) = 0")),
        (C, _fin(_U4_G, r"f \equiv 0 \text{ and } f(x) = x")),
        (C, _say(_U4_G, r"So the only solutions are the zero function and the identity function.")),
        (
            C,
            _bold(_U4_G, r"f(x) = 0 \text{ for all } x, \text{ or } f(x) = x \text{ for all } x"),
        ),
        (
            C,
            _two(
                _U4_B,
                r"f(x) = x",
                r"""The problem asks for all functions, and the zero function satisfies both equations, so it
                cannot be dropped as trivial.""",
                r"f(x) = 0 \text{ and } f(x) = x",
            ),
        ),
        (H, _is(_U4_B, r"f(x) = x")),
        (H, _disp(_U4_B2, r"f(x) = 0,\ f(x) = 1,\ f(x) = x")),
        (P, _box(_U4_E, r"f(x) = cx")),
        (T, _half(_U4_G, 2, r"If $f(1) = 1$: additivity gives $f(n) = n$ for positive integers, then $f(q) =")),
    ],
)

# Q: Find all f: R -> R with f(x) + 2 f(1 - x) = x^2 for all real x.
_U5 = r"f(x) = \frac{x^2 - 4x + 2}{3}"
_U5_G = _t(r"""
Replace $x$ by $1 - x$: $f(1 - x) + 2 f(x) = (1 - x)^2$. Together with the original,
(1) $f(x) + 2f(1 - x) = x^2$ and (2) $2f(x) + f(1 - x) = (1 - x)^2$.

Compute $2 \cdot (2) - (1)$: $3 f(x) = 2(1 - x)^2 - x^2 = 2 - 4x + 2x^2 - x^2 = x^2 - 4x + 2$.

So $f(x) = \frac{x^2 - 4x + 2}{3}$.

Check: $f(1 - x) = \frac{(1-x)^2 - 4(1-x) + 2}{3} = \frac{x^2 + 2x - 1}{3}$, and
$f(x) + 2f(1 - x) = \frac{x^2 - 4x + 2 + 2x^2 + 4x - 2}{3} = x^2$. Wait, let me recheck at $x = 0$:
$f(0) = \frac{2}{3}$ and $f(1) = -\frac{1}{3}$, so $f(0) + 2f(1) = 0 = 0^2$. Good.
""")
_U5_B = _t(r"""
With $x \to 1 - x$ we get $2f(x) + f(1 - x) = (1 - x)^2$, and the original is $f(x) + 2f(1 - x) = x^2$.

Compute $2 \cdot (\text{original}) - (\text{new})$: $3 f(1 - x) = 2x^2 - (1 - x)^2 = x^2 + 2x - 1$.

I also tried eliminating the other way and got $3f(x) = x^2 - 4x + 2$, but the first elimination is cleaner, and it
gives the function directly: $f(x) = \frac{x^2 + 2x - 1}{3}$.
""")
_U5_E = _t(r"""
The equation is linear in $f$, and the right side is $x^2$, so try $f(x) = ax^2$.

Then $ax^2 + 2a(1 - x)^2$ should equal $x^2$; comparing the leading coefficients, $a + 2a = 1$, so $a = \frac13$.

So $f(x) = \frac{x^2}{3}$.
""")
_add(
    "functions",
    _U5,
    [
        (C, _is(_U5_G, r"f(x) = \frac{1}{3}x^2 - \frac{4}{3}x + \frac{2}{3}")),
        (C, _rem(_U5_G, r"f(x) = \frac{(x - 2)^2 - 2}{3}", "This is the unique solution.")),
        (C, _head(_U5_G, r"f(x) = \dfrac{x^2 - 4x + 2}{3}")),
        (
            C,
            _two(
                _U5_B,
                r"f(x) = \frac{x^2 + 2x - 1}{3}",
                r"""The first elimination gives $f(1 - x)$, not $f(x)$. Putting $t = 1 - x$:
                $f(t) = \frac{(1 - t)^2 + 2(1 - t) - 1}{3} = \frac{t^2 - 4t + 2}{3}$, which agrees with the other
                elimination.""",
                r"f(x) = \frac{x^2 - 4x + 2}{3}",
            ),
        ),
        (H, _fin(_U5_B, r"f(x) = \frac{x^2 + 2x - 1}{3}")),
        (
            H,
            _two(
                _U5_G,
                r"f(x) = \frac{x^2 - 4x + 2}{3}",
                r"""Expanding $2(1 - x)^2 = 2 - 2x + 2x^2$, so $3f(x) = 2 - 2x + 2x^2 - x^2 = x^2 - 2x + 2$.""",
                r"f(x) = \frac{x^2 - 2x + 2}{3}",
            ),
        ),
        (P, _bold(_U5_E, r"f(x) = \frac{x^2}{3}")),
    ],
)

# Q: Find all continuous f: R -> R with f(x + y) = f(x) + f(y) for all real x, y.
_U6 = r"f(x) = cx"
_U6_G = _t(r"""
Put $x = y = 0$: $f(0) = 2f(0)$, so $f(0) = 0$. Then $y = -x$ gives $f(-x) = -f(x)$.

By induction $f(nx) = n f(x)$ for positive integers $n$, hence for all integers. With $x = \frac{1}{m}$:
$f(1) = m f(\frac1m)$, so $f(\frac{n}{m}) = \frac{n}{m} f(1)$. Thus $f(q) = cq$ on the rationals with $c = f(1)$.

Continuity extends this to all reals: $f(x) = cx$. The constant $c = f(1)$ can be any real number; normalising to
$c = 1$ would lose solutions such as $f(x) = 2x$, and adding an intercept $cx + d$ fails since $f(0) = 0$.

Check: $c(x + y) = cx + cy$.
""")
_U6_B = _t(r"""
Cauchy's equation with continuity: $f(0) = 0$, $f(q) = q f(1)$ on rationals, and by continuity $f(x) = f(1) x$,
i.e. $f(x) = cx$.

The value $f(1)$ is the unit of the equation; we can normalise it to $f(1) = 1$, since any other value only
rescales.

So $f(x) = x$.
""")
_U6_E = _t(r"""
The equation $f(x + y) = f(x) + f(y)$ turns sums into sums, the same way exponentials turn sums into products.

So the continuous solutions are the exponentials $f(x) = e^{cx}$, one for each real $c$.
""")
_add(
    "functions",
    _U6,
    [
        (C, _box(_U6_G, r"f(x) = kx,\ k \in \mathbb{R}")),
        (C, _say(_U6_G, r"So the continuous additive functions are exactly $f(x) = ax$ for some real constant $a$.")),
        (C, _fin(_U6_G, r"f(x) = cx \ (c \in \mathbb{R})")),
        (
            C,
            _two(
                _U6_B,
                r"f(x) = x",
                r"""Normalising $f(1) = 1$ is not allowed: $f(x) = 2x$ also satisfies $f(x + y) = f(x) + f(y)$.
                Each value $c = f(1)$ gives a different solution.""",
                r"f(x) = cx",
            ),
        ),
        (H, _bold(_U6_B, r"f(x) = x")),
        (
            H,
            _two(
                _U6_G,
                r"f(x) = cx",
                r"""A constant term should also be allowed, as the equation only relates values at different
                points; so the general continuous solution is affine.""",
                r"f(x) = cx + d",
            ),
        ),
        (P, _is(_U6_E, r"f(x) = e^{cx}")),
        (
            T,
            _half(
                _U6_G,
                1,
                r"By induction $f(nx) = n f(x)$ for positive integers $n$. With $x = \frac{1}{m}$ this gives",
            ),
        ),
    ],
)

# Q: Find all real polynomials P with P(x^2) = P(x)^2 for all real x.
_U7 = r"P(x) = 0 \text{ or } P(x) = x^n,\ n \ge 0"
_U7_G = _t(r"""
Constants: $P \equiv a$ needs $a = a^2$, so $a = 0$ or $a = 1$. Both work.

Nonconstant: if $P$ has degree $n$ and leading coefficient $a$, comparing leading terms gives $a = a^2$, so $a = 1$.
Write $P(x) = x^n + Q(x)$ with $Q \ne 0$ of degree $m < n$. Then $P(x^2) = x^{2n} + Q(x^2)$ and
$P(x)^2 = x^{2n} + 2x^n Q(x) + Q(x)^2$, so $Q(x^2) = 2x^n Q(x) + Q(x)^2$. The left side has degree $2m$, the right
side degree $n + m > 2m$, a contradiction. So $Q = 0$ and $P(x) = x^n$.

Small check: $P(x) = x^3$ gives $x^6 = (x^3)^2$; $P(x) = x + 1$ fails since $x^2 + 1 \ne x^2 + 2x + 1$. The
constant $1$ is the case $n = 0$ of $x^n$.

So the solutions are $P \equiv 0$ and $P(x) = x^n$ for $n = 0, 1, 2, \dots$.
""")
_U7_B = _t(r"""
Comparing leading coefficients, a nonconstant solution is monic, and the degree argument shows it is a pure power:
$P(x) = x^n$.

The constants satisfy $a = a^2$, giving $0$ and $1$, but these are degenerate and are not polynomials of positive
degree, so I leave them out.

So the solutions are $P(x) = x^n$ with $n \ge 1$.
""")
_U7_E = _t(r"""
Try $P(x) = x^2$: $P(x^2) = x^4$ and $P(x)^2 = x^4$. It works.

Try $P(x) = x$: $P(x^2) = x^2$ and $P(x)^2 = x^2$, which also works but is just the linear case; the equation
really asks that $P$ commute with squaring, which singles out the square.

So $P(x) = x^2$.
""")
_add(
    "functions",
    _U7,
    [
        (C, _disp(_U7_G, r"P(x) = 0 \text{ or } P(x) = x^n,\ n \ge 0")),
        (
            C,
            _say(
                _U7_G,
                r"""Answer: the zero polynomial, the constant $1$, and the monomials $x^n$ for $n \ge 1$; that is,
                $P \equiv 0$ or $P(x) = x^n$ with $n = 0, 1, 2, \dots$.""",
            ),
        ),
        (C, _bold(_U7_G, r"P \equiv 0 \text{ and } P(x) = x^n \ (n = 0, 1, 2, \dots)")),
        (
            C,
            _two(
                _U7_B,
                r"P(x) = x^n,\ n \ge 1",
                r"""The problem asks for all real polynomials, constants included. $P \equiv 0$ and $P \equiv 1$
                satisfy $P(x^2) = P(x)^2$, so they must be listed; $1 = x^0$.""",
                r"P(x) = 0 \text{ or } P(x) = x^n \ (n \ge 0)",
            ),
        ),
        (H, _box(_U7_B, r"P(x) = x^n,\ n \ge 1")),
        (
            H,
            _two(
                _U7_G,
                r"P \equiv 0 \text{ or } P(x) = x^n",
                r"""The zero polynomial has no degree, so it is not really a polynomial solution of this type;
                dropping it, the answer is the monomials.""",
                r"P(x) = x^n,\ n \ge 0",
            ),
        ),
        (P, _fin(_U7_E, r"P(x) = x^2")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# tuples: ordered pairs and triples, sets of pairs
# ---------------------------------------------------------------------------------------------------------------

# Q: Find all pairs (x, y) of positive integers with 1/x + 1/y = 1/2.
_P1 = r"\{(3,6), (4,4), (6,3)\}"
_P1_G = _t(r"""
Clear denominators: $2y + 2x = xy$, i.e. $xy - 2x - 2y = 0$, i.e. $(x - 2)(y - 2) = 4$.

Since $\frac1x < \frac12$ we need $x > 2$, and likewise $y > 2$, so both factors are positive. (The negative factor
pairs would give $(x, y) = (1, -2)$, $(0, 0)$ or $(-2, 1)$, none of them positive, so they are rejected.)

Positive factorisations of $4$: $1 \cdot 4$, $2 \cdot 2$, $4 \cdot 1$, giving $(x, y) = (3, 6), (4, 4), (6, 3)$.

Check: $\frac13 + \frac16 = \frac12$, $\frac14 + \frac14 = \frac12$. The pair $(6, 3)$ is the mirror of $(3, 6)$,
and since the pairs are ordered both count.
""")
_P1_B = _t(r"""
By symmetry assume $x \le y$. Then $\frac{2}{x} \ge \frac12$, so $x \le 4$, and $x > 2$, so $x \in \{3, 4\}$.

$x = 3$: $\frac1y = \frac12 - \frac13 = \frac16$, $y = 6$. $x = 4$: $\frac1y = \frac14$, $y = 4$.

The full list with the mirror images would be $(3, 6), (4, 4), (6, 3)$, but under the normalisation $x \le y$ the
solutions are $(3, 6)$ and $(4, 4)$.
""")
_P1_B2 = _t(r"""
Clearing denominators gives $(x - 2)(y - 2) = 4$.

Factor pairs of $4$: $(1, 4), (2, 2), (4, 1)$ and also $(-1, -4), (-4, -1), (-2, -2)$. These give
$(3, 6), (4, 4), (6, 3)$ and $(1, -2), (-2, 1), (0, 0)$. The pair $(0, 0)$ is impossible since we divide by $x$
and $y$, but the others satisfy the equation.

So the solutions are $(3, 6), (4, 4), (6, 3), (1, -2), (-2, 1)$.
""")
_P1_E = _t(r"""
For $\frac1x + \frac1y = \frac12$ the two fractions should be equal by symmetry, so $\frac1x = \frac14$.

Hence $x = y = 4$ is the solution.
""")
_add(
    "tuples",
    _P1,
    [
        (C, _box(_P1_G, r"(4,4),\ (3,6),\ (6,3)")),
        (C, _is(_P1_G, r"(x, y) \in \{(6, 3), (4, 4), (3, 6)\}")),
        (C, _say(_P1_G, r"The solutions are $(x, y) = (3, 6)$, $(4, 4)$ and $(6, 3)$.")),
        (
            C,
            _two(
                _P1_B,
                r"(3, 6), (4, 4)",
                r"""The problem asks for all ordered pairs, so the normalisation $x \le y$ must be undone at the
                end: $(6, 3)$ is a separate solution.""",
                r"\{(3,6), (4,4), (6,3)\}",
            ),
        ),
        (H, _bold(_P1_B, r"(3, 6), (4, 4)")),
        (H, _fin(_P1_B2, r"(3, 6), (4, 4), (6, 3), (1, -2), (-2, 1)")),
        (P, _disp(_P1_E, r"(4, 4)")),
        (T, _half(_P1_G, 1, r"Since $\frac1x < \frac12$ we need $x > 2$, and likewise $y > 2$, so the factors")),
    ],
)

# Q: Find all pairs (x, y) of positive integers with x^2 - y^2 = 15.
_P2 = r"(4,1), (8,7)"
_P2_G = _t(r"""
Factor: $(x - y)(x + y) = 15$ with $0 < x - y < x + y$, and both factors have the same parity (their sum is $2x$).

Factor pairs of $15$ with the smaller first: $(1, 15)$ and $(3, 5)$. Both consist of odd numbers.

$(1, 15)$: $x = 8$, $y = 7$. $(3, 5)$: $x = 4$, $y = 1$.

Check: $64 - 49 = 15$ and $16 - 1 = 15$. Wait, let me recheck that I have the order right: $x$ is the larger one,
so the pairs are $(8, 7)$ and $(4, 1)$, not $(7, 8)$ and $(1, 4)$.
""")
_P2_B = _t(r"""
$(x - y)(x + y) = 15$. With $x - y = 1$, $x + y = 15$: $x = 8$, $y = 7$. With $x - y = 3$, $x + y = 5$: $x = 4$,
$y = 1$.

So the solutions are $(x, y) = (4, 1)$ and $(8, 7)$. Listing the smaller coordinate first as is customary for
pairs, I write them as $(1, 4)$ and $(7, 8)$.
""")
_P2_B2 = _t(r"""
$(x - y)(x + y) = 15 = 1 \cdot 15$, so $x - y = 1$ and $x + y = 15$, giving $x = 8$, $y = 7$.

Check: $64 - 49 = 15$. The other factorisation $3 \cdot 5$ would need $x - y = 3$ and $x + y = 5$, i.e. $y = 1$, and
$x = 4$; but then $x - y = 3 = 15/5$ uses $5$ as the larger factor, which I already counted.

So the only solution is $(8, 7)$.
""")
_P2_E = _t(r"""
Factor: $(x - y)(x + y) = 15$. The two factors differ by $2y$, and the simplest choice is to let $x - y$ carry
the whole $15$.

Taking $x - y = 15$ and $x + y = 17$, the next odd number, gives $x = 16$, $y = 1$.
""")
_add(
    "tuples",
    _P2,
    [
        (C, _box(_P2_G, r"\{(8,7), (4,1)\}")),
        (C, _fin(_P2_G, r"(x, y) = (4, 1) \text{ or } (x, y) = (8, 7)")),
        (C, _head(_P2_G, r"(8, 7),\ (4, 1)", box=True)),
        (
            C,
            _two(
                _P2_B2,
                r"(8, 7)",
                r"""The factorisation $3 \cdot 5$ is a different one: $x - y = 3$, $x + y = 5$ gives $(4, 1)$, and
                $16 - 1 = 15$. So there are two solutions.""",
                r"(4, 1),\ (8, 7)",
            ),
        ),
        (H, _is(_P2_B, r"(1, 4), (7, 8)")),
        (H, _bold(_P2_B2, r"(8, 7)")),
        (P, _disp(_P2_E, r"(16, 1)")),
    ],
)

# Q: Real numbers x < y < z satisfy x + y + z = 6, xy + yz + zx = 11, xyz = 6. Find (x, y, z).
_P3 = r"(1,2,3)"
_P3_G = _t(r"""
By Vieta, $x, y, z$ are the roots of $t^3 - 6t^2 + 11t - 6 = 0$.

Try $t = 1$: $1 - 6 + 11 - 6 = 0$. Dividing, $t^3 - 6t^2 + 11t - 6 = (t - 1)(t^2 - 5t + 6) = (t - 1)(t - 2)(t - 3)$.

So the roots are $1, 2, 3$. Check: sum $6$, pairwise products $2 + 6 + 3 = 11$, product $6$.

The ordering $x < y < z$ fixes the assignment: $x = 1$, $y = 2$, $z = 3$ (the reversed triple $(3, 2, 1)$ violates
the ordering).
""")
_P3_B = _t(r"""
The numbers are the roots of $t^3 - 6t^2 + 11t - 6 = (t - 1)(t - 2)(t - 3)$, so they are $1, 2, 3$.

One might write $(1, 2, 3)$, but I prefer to list roots from the largest, as they come out of the factorisation
$(t - 3)(t - 2)(t - 1)$ of the leading part.

So $(x, y, z) = (3, 2, 1)$.
""")
_P3_E = _t(r"""
From $x + y + z = 6$ and $xyz = 6$, a natural guess is $x = y = 1$ and $z = 4$... that gives $xyz = 4$. Adjusting,
try $x = 1$, $y = 1$, $z = 4$ anyway since $x + y + z = 6$; the middle condition is approximate.

So I take $(1, 1, 4)$.
""")
_add(
    "tuples",
    _P3,
    [
        (C, _bold(_P3_G, r"x = 1,\ y = 2,\ z = 3")),
        (C, _box(_P3_G, r"(x, y, z) = (1, 2, 3)")),
        (C, _gsm(_P3_G, r"(1, 2, 3)")),
        (C, _fin(_P3_G, r"\left(1, 2, 3\right)")),
        (H, _disp(_P3_B, r"(3, 2, 1)")),
        (
            H,
            _two(
                _P3_G,
                r"(1, 2, 3)",
                r"""The condition is $x < y < z$; reading it from the right, $z$ is the smallest, so the triple
                is listed as $(3, 2, 1)$.""",
                r"(3, 2, 1)",
            ),
        ),
        (P, _is(_P3_E, r"(1, 1, 4)")),
        (T, _half(_P3_G, 1, r"Try $t = 1$: $1 - 6 + 11 - 6 = 0$. Dividing by $t - 1$ gives the quadratic $t^2 -")),
    ],
)

# Q: Find all triples of primes (p, q, r) with p <= q <= r and pqr = 5(p + q + r).
_P4 = r"(2,5,7)"
_P4_G = _t(r"""
Since $5 \mid pqr$, one of the primes is $5$. Call the other two $a \le b$.

Then $5ab = 5(5 + a + b)$, so $ab - a - b = 5$, i.e. $(a - 1)(b - 1) = 6$.

Factor pairs: $(1, 6)$ gives $a = 2$, $b = 7$, both prime. $(2, 3)$ gives $a = 3$, $b = 4$, and $4$ is not prime,
so it is rejected.

So the primes are $2, 5, 7$; in increasing order $(p, q, r) = (2, 5, 7)$. Check: $2 \cdot 5 \cdot 7 = 70$ and
$5(2 + 5 + 7) = 70$.
""")
_P4_B = _t(r"""
One prime is $5$; the other two satisfy $(a - 1)(b - 1) = 6$, giving $a = 2$, $b = 7$ (the pair $3, 4$ fails since
$4$ is not prime).

The primes are $2$, $5$ and $7$, and $2 \cdot 5 \cdot 7 = 70 = 5 \cdot 14$.

Writing the new primes first and the forced prime $5$ last: $(p, q, r) = (2, 7, 5)$.
""")
_P4_E = _t(r"""
Since $5$ must divide the product, and by analogy with consecutive odd primes, try $(3, 5, 7)$: the product is
$105$ and $5(3 + 5 + 7) = 75$... close enough in size that no smaller triple beats it.

So $(p, q, r) = (3, 5, 7)$.
""")
_add(
    "tuples",
    _P4,
    [
        (C, _box(_P4_G, r"(p, q, r) = (2, 5, 7)")),
        (C, _is(_P4_G, r"p = 2,\ q = 5,\ r = 7")),
        (C, _say(_P4_G, r"So the only such triple is $(p, q, r) = (2, 5, 7)$.")),
        (
            C,
            _two(
                _P4_B,
                r"(2, 7, 5)",
                r"""The problem requires $p \le q \le r$, and $7 > 5$, so the triple must be written in increasing
                order.""",
                r"(2, 5, 7)",
            ),
        ),
        (H, _fin(_P4_B, r"(2, 7, 5)")),
        (P, _bold(_P4_E, r"(3, 5, 7)")),
    ],
)

# Q: Find all pairs of distinct positive integers (m, n) with m^n = n^m.
_P5 = r"\{(2,4), (4,2)\}"
_P5_G = _t(r"""
Suppose $m < n$. Taking logarithms, $\frac{\ln m}{m} = \frac{\ln n}{n}$. The function $g(t) = \frac{\ln t}{t}$
increases on $(0, e)$ and decreases on $(e, \infty)$, so $m < e$, i.e. $m \in \{1, 2\}$.

$m = 1$: $1 = n$, contradicting $m < n$, so rejected. $m = 2$: $2^n = n^2$, which holds for $n = 2$ and $n = 4$;
$n = 2$ is excluded (distinct), and $n = 4$ works: $2^4 = 16 = 4^2$. For $n \ge 5$, $2^n > n^2$.

So with $m < n$ the only pair is $(2, 4)$, and by symmetry the ordered pairs are $(2, 4)$ and $(4, 2)$.
""")
_P5_B = _t(r"""
Using $g(t) = \frac{\ln t}{t}$, the smaller number must be below $e$, so it is $2$, and the larger is $4$.

So the pair is $(m, n) = (2, 4)$; its mirror $(4, 2)$ is the same pair of numbers.
""")
_P5_B2 = _t(r"""
The distinct solutions come from $g(t) = \frac{\ln t}{t}$: $(2, 4)$ and $(4, 2)$.

Also the trivial pair $(1, 1)$ satisfies $1^1 = 1^1$, and it should be included for completeness.
""")
_P5_E = _t(r"""
Powers of the same base: $m = 3$, $n = 9 = 3^2$. Then $m^n = 3^9$ and $n^m = 9^3 = 3^6$... the exponents differ,
but by analogy with $2$ and $4$ the pattern is $n = m^2$.

So the answer is $(3, 9)$ and $(9, 3)$.
""")
_add(
    "tuples",
    _P5,
    [
        (C, _disp(_P5_G, r"(4, 2),\ (2, 4)")),
        (C, _is(_P5_G, r"(m, n) = (2, 4) \text{ and } (4, 2)")),
        (C, _say(_P5_G, r"Hence $(m, n) = (2, 4)$ or $(m, n) = (4, 2)$, and there are no other solutions.")),
        (
            C,
            _two(
                _P5_B,
                r"(2, 4)",
                r"""The problem asks for ordered pairs $(m, n)$, and $(4, 2)$ is a different ordered pair that
                also works: $4^2 = 16 = 2^4$.""",
                r"\{(2, 4), (4, 2)\}",
            ),
        ),
        (H, _box(_P5_B, r"(2, 4)")),
        (H, _bold(_P5_B2, r"(2, 4), (4, 2), (1, 1)")),
        (P, _fin(_P5_E, r"(3, 9), (9, 3)")),
        (
            T,
            _half(
                _P5_G,
                1,
                r"$m = 1$: then $1 = n$, contradicting $m < n$. $m = 2$: we need $2^n = n^2$; the values of $n$",
            ),
        ),
    ],
)

# Q: Solve the system x + y = 1, y + z = 7, z + x = 4 and give (x, y, z).
_P6 = r"(-1, 2, 5)"
_P6_G = _t(r"""
Add all three equations: $2(x + y + z) = 12$, so $x + y + z = 6$.

Then $z = 6 - (x + y) = 6 - 1 = 5$, $x = 6 - (y + z) = 6 - 7 = -1$, $y = 6 - (z + x) = 6 - 4 = 2$.

Check: $x + y = -1 + 2 = 1$, $y + z = 2 + 5 = 7$, $z + x = 5 - 1 = 4$. All three hold.
""")
_P6_B = _t(r"""
Adding, $x + y + z = 6$. Subtracting each equation: $z = 6 - 1 = 5$, $x = 6 - 7 = -1$, $y = 6 - 4 = 2$.

So the values are $x = -1$, $y = 2$, $z = 5$. Grouping by the equations they come from, the triple reads
$(x, z, y) = (-1, 5, 2)$, which I report as $(-1, 5, 2)$.
""")
_P6_E = _t(r"""
From $x + y = 1$ take $x = 0$, $y = 1$. Then $z = 7 - y = 6$, and $z + x = 6$, which is near $4$; a small shift of
the variables would fix it.

So $(x, y, z) = (0, 1, 6)$.
""")
_add(
    "tuples",
    _P6,
    [
        (C, _box(_P6_G, r"(x, y, z) = (-1, 2, 5)")),
        (C, _bold(_P6_G, r"x = -1,\ y = 2,\ z = 5")),
        (C, _r1(_P6_G, r"(-1,\, 2,\, 5)")),
        (H, _is(_P6_B, r"(-1, 5, 2)")),
        (
            H,
            _two(
                _P6_G,
                r"(-1, 2, 5)",
                r"""From $y + z = 7$ and $x + y + z = 6$ we get $x = 6 - 7 = 1$.""",
                r"(1, 2, 5)",
            ),
        ),
        (P, _fin(_P6_E, r"(0, 1, 6)")),
    ],
)

# Q: Find all triples (a, b, c) of positive integers with a <= b <= c and 1/a + 1/b + 1/c = 1.
_P7 = r"(2,3,6), (2,4,4), (3,3,3)"
_P7_G = _t(r"""
Since $a$ is the smallest, $1 \le \frac3a$, so $a \le 3$; and $a = 1$ leaves $\frac1b + \frac1c = 0$, impossible.
So $a \in \{2, 3\}$.

$a = 2$: $\frac1b + \frac1c = \frac12$ with $b \le c$, i.e. $(b - 2)(c - 2) = 4$, giving $(b, c) = (3, 6)$ or
$(4, 4)$.

$a = 3$: $\frac1b + \frac1c = \frac23$ with $3 \le b \le c$; then $\frac2b \ge \frac23$, so $b \le 3$, $b = 3$, and
$c = 3$.

Wait, let me recheck $a = 2$, $b = 5$: $\frac12 + \frac15 = \frac{7}{10}$, leaving $\frac{3}{10}$, not a unit
fraction, so rejected. Checks: $\frac12 + \frac13 + \frac16 = 1$, $\frac12 + \frac14 + \frac14 = 1$,
$\frac13 \cdot 3 = 1$.
""")
_P7_B = _t(r"""
$a \le 3$ and $a \ge 2$. For $a = 2$: $(b - 2)(c - 2) = 4$ gives $(3, 6)$ and $(4, 4)$.

For $a = 3$ we would need $\frac1b + \frac1c = \frac23$, and with $b \ge 4$ (strictly larger than $a$) the left side
is at most $\frac12$, so there is nothing. (The equal triple $(3,3,3)$ would need $b = a$.)

So the triples are $(2, 3, 6)$ and $(2, 4, 4)$.
""")
_P7_E = _t(r"""
Egyptian fractions: $1 = \frac12 + \frac15 + \frac1{10}$ is the standard decomposition with distinct denominators.

So $(a, b, c) = (2, 5, 10)$.
""")
_add(
    "tuples",
    _P7,
    [
        (C, _box(_P7_G, r"(3,3,3),\ (2,4,4),\ (2,3,6)")),
        (C, _fin(_P7_G, r"\{(2,4,4), (3,3,3), (2,3,6)\}")),
        (C, _say(_P7_G, r"So the triples are $(a, b, c) = (2, 3, 6)$, $(2, 4, 4)$ and $(3, 3, 3)$.")),
        (
            C,
            _two(
                _P7_B,
                r"(2, 3, 6), (2, 4, 4)",
                r"""The condition is $a \le b \le c$, not strict, so $b = 3$ is allowed when $a = 3$, and
                $\frac13 + \frac13 + \frac13 = 1$.""",
                r"(2, 3, 6),\ (2, 4, 4),\ (3, 3, 3)",
            ),
        ),
        (H, _is(_P7_B, r"(2, 3, 6), (2, 4, 4)")),
        (
            H,
            _two(
                _P7_G,
                r"(2, 3, 6), (2, 4, 4), (3, 3, 3)",
                r"""I should not forget the classical Egyptian-fraction decomposition
                $1 = \frac12 + \frac15 + \frac1{10}$, which gives one more triple with $a = 2$.""",
                r"(2, 3, 6), (2, 4, 4), (3, 3, 3), (2, 5, 10)",
            ),
        ),
        (P, _bold(_P7_E, r"(2, 5, 10)")),
        (T, _half(_P7_G, 2, r"$a = 3$: $\frac1b + \frac1c = \frac23$ with $3 \le b \le c$; then $\frac2b \ge")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# closed_forms: answers in terms of a parameter n
# ---------------------------------------------------------------------------------------------------------------

# Q: At a party there are n + 1 people and every two of them shake hands once. How many handshakes, in terms of n?
_K1 = r"\frac{n(n+1)}{2}"
_K1_G = _t(r"""
Each handshake is an unordered pair of the $n + 1$ people, so the count is $\binom{n+1}{2}$.

Compute: $\binom{n+1}{2} = \frac{(n+1)n}{2}$.

Alternatively, each of the $n + 1$ people shakes $n$ hands, giving $(n+1)n$ ordered handshakes, and each handshake is
counted twice, so $\frac{n(n+1)}{2}$. Small check: $n = 1$ (two people) gives $1$; $n = 2$ (three people) gives
$3$; $n = 3$ gives $6$. The formula $\frac{n(n-1)}{2}$ would be for $n$ people, so it is rejected here.
""")
_K1_B = _t(r"""
Each person shakes hands with everyone else. With $n + 1$ people, a person has $n - 1$ others to greet once we
exclude the host, so the total is $\frac{(n+1)(n-1)}{2}$... hmm, that is not symmetric. Let me recount.

I first wrote $\frac{n(n+1)}{2}$, but the handshake count for a group of $n$ is $\binom{n}{2}$, and the problem is
stated in terms of $n$, so the count is $\binom{n}{2} = \frac{n(n-1)}{2}$.
""")
_K1_E = _t(r"""
Every person shakes $n$ hands, and there are about $n$ people, so the total is $n \cdot n = n^2$.
""")
_add(
    "closed_forms",
    _K1,
    [
        (C, _box(_K1_G, r"\binom{n+1}{2}")),
        (C, _is(_K1_G, r"\dfrac{n^2 + n}{2}")),
        (C, _bold(_K1_G, r"\tfrac12 n(n+1)")),
        (
            C,
            _two(
                _K1_B,
                r"\frac{n(n-1)}{2}",
                r"""There are $n + 1$ people, not $n$, so the count is $\binom{n+1}{2}$; for $n = 1$ two people
                shake hands once, while $\frac{n(n-1)}{2}$ would give $0$.""",
                r"\frac{n(n+1)}{2}",
            ),
        ),
        (H, _disp(_K1_B, r"\frac{n(n-1)}{2}")),
        (
            H,
            _two(
                _K1_G,
                r"\frac{n(n+1)}{2}",
                r"""Each of the $n + 1$ people shakes $n$ hands, so there are $n(n + 1)$ handshakes in total; the
                division by $2$ is not needed since each person's handshakes are distinct.""",
                r"n(n+1)",
            ),
        ),
        (P, _box(_K1_E, r"n^2")),
    ],
)

# Q: How many subsets of {1, 2, ..., n} (n >= 1) have an even number of elements?
_K2 = r"2^{n-1}"
_K2_G = _t(r"""
Let $E$ and $O$ be the numbers of subsets of even and odd size. Then $E + O = 2^n$ and
$E - O = \sum_k (-1)^k \binom{n}{k} = (1 - 1)^n = 0$ for $n \ge 1$.

So $E = O = 2^{n-1}$.

Small checks: $n = 1$: only $\varnothing$, so $1 = 2^0$. $n = 2$: $\varnothing$ and $\{1, 2\}$, so $2$. $n = 3$:
$\varnothing$ and three pairs, so $4 = 2^2$. The empty set has $0$ elements, which is even, so it is counted.

A bijection also works: toggling the element $1$ swaps even and odd subsets.
""")
_K2_B = _t(r"""
By the binomial identity $(1 + 1)^n + (1 - 1)^n = 2E$, the even-size subsets number $2^{n-1}$.

However, the empty set has no elements at all, so it should not count as having an even number of elements. Removing
it gives $2^{n-1} - 1$.
""")
_K2_B2 = _t(r"""
$E + O = 2^n$ and $E - O = 0$, so $2E = 2^n$ and $E = 2^n / 4$... let me redo: dividing $2^n$ by $2$ twice for
the two parities gives $2^{n-2}$.

Check $n = 3$: the even subsets are $\varnothing$, $\{1,2\}$, $\{1,3\}$, $\{2,3\}$. Hmm, that is four, but I will
trust the algebra: $2^{n-2}$.
""")
_K2_E = _t(r"""
Half of the sizes $0, 1, \dots, n$ are even, and each size class contributes roughly one subset on average, so the
count is about $\frac{n}{2}$.
""")
_add(
    "closed_forms",
    _K2,
    [
        (C, _box(_K2_G, r"\frac{2^n}{2}")),
        (C, _say(_K2_G, r"So exactly half of the $2^n$ subsets have even size, namely $2^{n-1}$ of them.")),
        (C, _head(_K2_G, r"\frac{1}{2} \cdot 2^{n}")),
        (
            C,
            _two(
                _K2_B,
                r"2^{n-1} - 1",
                r"""Zero is an even number, so the empty set has an even number of elements and is counted; e.g.
                for $n = 1$ the only even subset is $\varnothing$.""",
                r"2^{n-1}",
            ),
        ),
        (H, _is(_K2_B, r"2^{n-1} - 1")),
        (H, _fin(_K2_B2, r"2^{n-2}")),
        (P, _disp(_K2_E, r"\frac{n}{2}")),
        (T, _half(_K2_G, 1, r"So $2E = 2^n$ and therefore $E =")),
    ],
)

# Q: How many lattice paths go from (0, 0) to (n, n) using unit steps right (R) or up (U)?
_K3 = r"\binom{2n}{n}"
_K3_G = _t(r"""
Every path has $2n$ steps, exactly $n$ of them R and $n$ of them U, and any such word is a valid path.

So the count is the number of ways to choose which $n$ of the $2n$ steps are R: $\binom{2n}{n}$.

Check: $n = 1$: RU, UR, so $2 = \binom21$. $n = 2$: RRUU, RURU, RUUR, URRU, URUR, UURR, so $6 = \binom42$. The
Catalan number $\frac{1}{n+1}\binom{2n}{n}$ counts only paths that stay below the diagonal, which the problem does
not require, so it is rejected.
""")
_K3_B = _t(r"""
Each path is a word with $n$ R's and $n$ U's, and there are $\binom{2n}{n}$ such words.

But a path from $(0, 0)$ to $(n, n)$ should not cross the diagonal, otherwise it would be counted again by
reflection. The paths staying weakly below the diagonal are counted by the Catalan number
$\frac{1}{n+1}\binom{2n}{n}$.
""")
_K3_B2 = _t(r"""
The path has $2n$ steps; choose the positions of the R steps. The last step is forced once the others are fixed, so
we choose among the first $2n$ positions the places of $n - 1$ R's: $\binom{2n}{n-1}$.
""")
_K3_E = _t(r"""
At each of the $2n$ steps we choose R or U, so there are $2^{2n}$ paths.
""")
_add(
    "closed_forms",
    _K3,
    [
        (C, _box(_K3_G, r"\frac{(2n)!}{(n!)^2}")),
        (C, _is(_K3_G, r"{2n \choose n}")),
        (C, _rem(_K3_G, r"\dbinom{2n}{n}", "For $n = 3$ this gives $20$ paths.")),
        (
            C,
            _two(
                _K3_B,
                r"\frac{1}{n+1}\binom{2n}{n}",
                r"""The problem does not forbid crossing the diagonal, and different words give different paths,
                so nothing is counted twice. All words count.""",
                r"\binom{2n}{n}",
            ),
        ),
        (H, _bold(_K3_B, r"\frac{1}{n+1}\binom{2n}{n}")),
        (H, _disp(_K3_B2, r"\binom{2n}{n-1}")),
        (P, _box(_K3_E, r"2^{2n}")),
    ],
)

# Q: What is the maximum number of regions into which n lines divide the plane?
_K4 = r"\frac{n^2+n+2}{2}"
_K4_G = _t(r"""
Small cases: $0$ lines give $1$ region, $1$ line gives $2$, $2$ lines give $4$, $3$ lines give $7$, $4$ lines give
$11$.

The sequence $1, 2, 4$ suggests $2^n$, but $3$ lines give $7$, not $8$, so $2^n$ is rejected.

Recursion: the $k$-th line meets the previous $k - 1$ lines in $k - 1$ distinct points (general position), which cut
it into $k$ pieces, and each piece splits a region in two. So $R_k = R_{k-1} + k$, and
$R_n = 1 + (1 + 2 + \dots + n) = 1 + \frac{n(n+1)}{2} = \frac{n^2 + n + 2}{2}$.

Check $n = 4$: $\frac{16 + 4 + 2}{2} = 11$. Good.
""")
_K4_B = _t(r"""
Small cases: $0$ lines, $1$ region; $1$ line, $2$ regions; $2$ lines, $4$ regions.

Each new line seems to double the number of regions, since it cuts through every existing region. The formula
$1 + \frac{n(n+1)}{2}$ also fits $n = 0, 1, 2$, but the doubling argument is more natural, so the maximum is $2^n$.
""")
_K4_B2 = _t(r"""
The $k$-th line meets the earlier $k - 1$ lines and is cut into $k - 1$ pieces, each adding a region. So
$R_n = 1 + \sum_{k=1}^{n} (k - 1) = 1 + \frac{n(n-1)}{2}$.

Simplifying, $R_n = \frac{n^2 - n + 2}{2}$. I also recall the textbook value $\frac{n^2 + n + 2}{2}$, but my
recursion gives the minus sign.
""")
_K4_E = _t(r"""
Each line crosses each other line once, and every crossing creates a region, so there are about $n \cdot n$
regions: $n^2$.
""")
_add(
    "closed_forms",
    _K4,
    [
        (C, _box(_K4_G, r"1 + \frac{n(n+1)}{2}")),
        (C, _bold(_K4_G, r"\binom{n+1}{2} + 1")),
        (C, _is(_K4_G, r"1 + n + \binom{n}{2}")),
        (
            C,
            _two(
                _K4_B,
                r"2^n",
                r"""A third line cannot cut all $4$ regions: it meets the two lines in two points, so it is split
                into $3$ pieces and adds only $3$ regions, giving $7$, not $8$. The recursion $R_k = R_{k-1} + k$
                gives $1 + \frac{n(n+1)}{2}$.""",
                r"\frac{n^2 + n + 2}{2}",
            ),
        ),
        (H, _disp(_K4_B, r"2^n")),
        (H, _is(_K4_B2, r"\frac{n^2 - n + 2}{2}")),
        (P, _bold(_K4_E, r"n^2")),
        (
            T,
            _half(
                _K4_G,
                2,
                r"Recursion: the $k$-th line meets the previous $k - 1$ lines in $k - 1$ points, which cut it into",
            ),
        ),
    ],
)

# Q: Evaluate the sum 1 * 1! + 2 * 2! + ... + n * n! in closed form.
_K5 = r"(n+1)! - 1"
_K5_G = _t(r"""
Write $k \cdot k! = (k + 1 - 1) k! = (k+1)! - k!$.

The sum telescopes: $\sum_{k=1}^{n} \big((k+1)! - k!\big) = (n+1)! - 1!$.

Check: $n = 1$: $1 = 2! - 1$. $n = 2$: $1 + 4 = 5 = 3! - 1$. $n = 3$: $5 + 18 = 23 = 4! - 1$. Wait, let me recheck
$n = 4$: $23 + 4 \cdot 24 = 119 = 5! - 1$. Good.

So the sum is $(n+1)! - 1$.
""")
_K5_B = _t(r"""
Since $k \cdot k! = (k+1)! - k!$, the sum telescopes to $(n+1)! - 1$.

Wait, the top term of the telescoping is $k = n$, and its positive part is $(n+1)!$; but the sum is only up to
$n \cdot n!$, whose factorial is $n!$, so I think the top is $n!$ and the sum is $n! - 1$.
""")
_K5_E = _t(r"""
The largest term $n \cdot n!$ dominates, and the earlier terms are small in comparison, so the sum is
$n \cdot n!$.
""")
_add(
    "closed_forms",
    _K5,
    [
        (C, _fin(_K5_G, r"-1 + (n+1)!")),
        (C, _head(_K5_G, r"(n+1) \cdot n! - 1", box=True)),
        (C, _gsm(_K5_G, "(n+1)! - 1")),
        (
            C,
            _two(
                _K5_B,
                r"n! - 1",
                r"""For $n = 1$ the sum is $1$, while $n! - 1 = 0$. The telescoping top is $(n+1)!$, coming from
                the term $k = n$.""",
                r"(n + 1)! - 1",
            ),
        ),
        (H, _bold(_K5_B, r"n! - 1")),
        (
            H,
            _two(
                _K5_G,
                r"(n+1)! - 1",
                r"""The telescoping leaves $(n+1)!$ minus the first term $1!$, and subtracting a negative lower
                limit flips the sign, so it is plus one.""",
                r"(n+1)! + 1",
            ),
        ),
        (P, _is(_K5_E, r"n \cdot n!")),
        (T, _half(_K5_G, 1, r"The sum telescopes: $\sum_{k=1}^{n} \big((k+1)! - k!\big) = (2! - 1!) + (3! - 2!) +")),
    ],
)

# Q: a_1 = 1 and a_{n+1} = 2 a_n + 1. Find a_n in closed form.
_K6 = r"2^n - 1"
_K6_G = _t(r"""
First terms: $a_1 = 1$, $a_2 = 3$, $a_3 = 7$, $a_4 = 15$, $a_5 = 31$.

These are one less than powers of two, suggesting $a_n = 2^n - 1$. (A quadratic like $n^2 - n + 1$ also gives
$1, 3, 7$ but then $13 \ne 15$, so it is rejected.)

Proof: $b_n = a_n + 1$ satisfies $b_{n+1} = a_{n+1} + 1 = 2a_n + 2 = 2b_n$, with $b_1 = 2$. So $b_n = 2^n$ and
$a_n = 2^n - 1$.
""")
_K6_B = _t(r"""
First terms: $a_1 = 1$, $a_2 = 3$, $a_3 = 7$. The differences are $2, 4$, and a quadratic through these three
values is $n^2 - n + 1$: it gives $1, 3, 7$.

One could also fit $2^n - 1$, but a polynomial closed form is more natural for a linear recursion, so
$a_n = n^2 - n + 1$.
""")
_K6_B2 = _t(r"""
Substituting $b_n = a_n + 1$ gives $b_{n+1} = 2b_n$, so $b_n = 2^n b_0$.

Since $b_0 = a_0 + 1$ and the sequence starts at $1$, take $b_0 = 2$: $b_n = 2^{n+1}$, hence
$a_n = 2^{n+1} - 1$.
""")
_K6_E = _t(r"""
Each step roughly doubles and adds one, so the terms grow like an arithmetic progression with difference $2$:
$a_n = 2n - 1$.
""")
_add(
    "closed_forms",
    _K6,
    [
        (C, _disp(_K6_G, r"a_n = 2^n - 1")),
        (C, _is(_K6_G, r"-1 + 2^{n}")),
        (C, _say(_K6_G, r"Hence $a_n = 2^{n} - 1$ for every $n \ge 1$.")),
        (
            C,
            _two(
                _K6_B,
                r"n^2 - n + 1",
                r"""$a_4 = 2 \cdot 7 + 1 = 15$, but $4^2 - 4 + 1 = 13$. The quadratic only matches the first three
                terms. The substitution $b_n = a_n + 1$ gives $b_n = 2^n$.""",
                r"2^n - 1",
            ),
        ),
        (H, _box(_K6_B, r"n^2 - n + 1")),
        (H, _fin(_K6_B2, r"2^{n+1} - 1")),
        (P, _bold(_K6_E, r"2n - 1")),
        (T, _half(_K6_G, 1, r"Proof: set $b_n = a_n + 1$. Then $b_{n+1} = a_{n+1} + 1 = 2a_n + 2 =")),
    ],
)

# Q: Find a closed form for 1^3 + 2^3 + ... + n^3.
_K7 = r"\left(\frac{n(n+1)}{2}\right)^2"
_K7_G = _t(r"""
Small values: $n = 1$: $1$; $n = 2$: $9$; $n = 3$: $36$; $n = 4$: $100$. These are the squares of
$1, 3, 6, 10$, the triangular numbers, which suggests $\left(\frac{n(n+1)}{2}\right)^2$.

Induction: assuming the formula for $n$, adding $(n+1)^3$ gives
$\frac{n^2(n+1)^2}{4} + (n+1)^3 = \frac{(n+1)^2(n^2 + 4n + 4)}{4} = \frac{(n+1)^2(n+2)^2}{4}$.

The sum of squares $\frac{n(n+1)(2n+1)}{6}$ is a different formula (it gives $14$ at $n = 3$), so it is not the
answer here.
""")
_K7_B = _t(r"""
Nicomachus: the sum of cubes is the square of a triangular number. The first $n$ cubes correspond to the
triangular number $T_{n-1} = \frac{n(n-1)}{2}$, since $T_0 = 0$ sits at the start.

Wait, $\left(\frac{n(n+1)}{2}\right)^2$ is the version I remember, but with the index starting from $T_0$ the sum is
$\frac{n^2(n-1)^2}{4}$.
""")
_K7_E = _t(r"""
Approximate the sum by an integral: $\sum_{k=1}^{n} k^3 \approx \int_0^n x^3 \, dx = \frac{n^4}{4}$.
""")
_add(
    "closed_forms",
    _K7,
    [
        (C, _box(_K7_G, r"\frac{n^2(n+1)^2}{4}")),
        (C, _bold(_K7_G, r"\frac{n^4 + 2n^3 + n^2}{4}")),
        (C, _r1(_K7_G, r"\binom{n+1}{2}^2")),
        (
            C,
            _two(
                _K7_B,
                r"\frac{n^2(n-1)^2}{4}",
                r"""For $n = 1$ the sum is $1$, but $\frac{1 \cdot 0}{4} = 0$. The first $n$ cubes give the square
                of $T_n$, not $T_{n-1}$.""",
                r"\left(\frac{n(n+1)}{2}\right)^2",
            ),
        ),
        (H, _fin(_K7_B, r"\frac{n^2(n-1)^2}{4}")),
        (
            H,
            _two(
                _K7_G,
                r"\left(\frac{n(n+1)}{2}\right)^2",
                r"""The square of the triangular number is $(1 + 2 + \dots + n)^2$, the square of a sum, which is
                not what the problem asks; the sum of the powers themselves is given by the other standard
                formula.""",
                r"\frac{n(n+1)(2n+1)}{6}",
            ),
        ),
        (
            T,
            _half(
                _K7_G,
                0,
                r"""We want a closed form for $1^3 + 2^3 + \dots + n^3$. The usual approach is to compute small values,
                guess a pattern, and prove it by induction. Small values: $n = 1$: $1$; $n = 2$: $1 + 8 = 9$; $n = 3$:
                $9 + 27 = 36$; $n = 4$: $36 +""",
            ),
        ),
        (P, _is(_K7_E, r"\frac{n^4}{4}")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# piecewise: answers that split into cases
# ---------------------------------------------------------------------------------------------------------------

# Q: As a function of the real parameter a, how many real solutions does x^2 = a have?
_W1 = r"\begin{cases} 0 & a < 0 \\ 1 & a = 0 \\ 2 & a > 0 \end{cases}"
_W1_G = _t(r"""
If $a < 0$, then $x^2 \ge 0 > a$, so there are no real solutions.

If $a = 0$, then $x^2 = 0$ forces $x = 0$: one solution. (It is a double root of $x^2 - a$, but as a solution of the
equation it is a single real number, so it counts once.)

If $a > 0$, then $x = \sqrt a$ and $x = -\sqrt a$ are two distinct solutions, and there are no others since
$x^2 - a = (x - \sqrt a)(x + \sqrt a)$.

Check: $a = 4$ gives $x = \pm 2$; $a = -1$ gives none.
""")
_W1_B = _t(r"""
If $a < 0$ there are no real solutions. If $a > 0$ there are two, $\pm\sqrt a$.

At $a = 0$ the quadratic $x^2 - a$ has the root $0$ with multiplicity two, so one could say there is $1$ solution,
but counted properly there are $2$ (the roots $+\sqrt0$ and $-\sqrt0$).

So the count is $0$ for $a < 0$ and $2$ for $a \ge 0$.
""")
_W1_E = _t(r"""
A quadratic equation always has two roots, $x = \pm\sqrt a$, for every value of the parameter.
""")
_add(
    "piecewise",
    _W1,
    [
        (C, _disp(_W1_G, r"\begin{cases} 0 & a < 0 \\ 1 & a = 0 \\ 2 & a > 0 \end{cases}")),
        (C, _box(_W1_G, r"\begin{cases} 2 & a > 0 \\ 1 & a = 0 \\ 0 & a < 0 \end{cases}")),
        (
            C,
            _say(
                _W1_G,
                r"""So there are no real solutions when $a < 0$, exactly one ($x = 0$) when $a = 0$, and exactly
                two ($x = \pm\sqrt a$) when $a > 0$.""",
            ),
        ),
        (
            C,
            _two(
                _W1_B,
                r"\begin{cases} 0 & a < 0 \\ 2 & a \ge 0 \end{cases}",
                r"""The question asks for the number of real solutions, i.e. of distinct real numbers $x$ with
                $x^2 = a$; for $a = 0$ that set is $\{0\}$, a single solution.""",
                r"\begin{cases} 0 & a < 0 \\ 1 & a = 0 \\ 2 & a > 0 \end{cases}",
            ),
        ),
        (H, _fin(_W1_B, r"\begin{cases} 0 & a < 0 \\ 2 & a \ge 0 \end{cases}")),
        (
            H,
            _two(
                _W1_G,
                r"\begin{cases} 0 & a < 0 \\ 1 & a = 0 \\ 2 & a > 0 \end{cases}",
                r"""At $a = 0$ the root $x = 0$ has multiplicity $2$, and by the fundamental theorem of algebra
                roots are counted with multiplicity, so there are two solutions at $a = 0$ as well.""",
                r"\begin{cases} 0 & a < 0 \\ 2 & a \ge 0 \end{cases}",
            ),
        ),
        (P, _is(_W1_E, r"2")),
        (T, _half(_W1_G, 1, r"If $a = 0$, then $x^2 = 0$ forces")),
    ],
)

# Q: For real a, find the minimum value of g(x) = x^2 - 2ax on the interval [0, 1], as a function of a.
_W2 = r"\begin{cases} 0 & a \le 0 \\ -a^2 & 0 < a < 1 \\ 1 - 2a & a \ge 1 \end{cases}"
_W2_G = _t(r"""
Complete the square: $g(x) = (x - a)^2 - a^2$, a parabola with vertex at $x = a$ and vertex value $-a^2$.

Case $a \le 0$: the vertex is left of the interval, $g$ is increasing on $[0, 1]$, so the minimum is $g(0) = 0$.

Case $0 < a < 1$: the vertex is inside, so the minimum is $-a^2$.

Case $a \ge 1$: the vertex is right of the interval, $g$ is decreasing on $[0, 1]$, so the minimum is
$g(1) = 1 - 2a$.

Check the seams: at $a = 0$, $-a^2 = 0$; at $a = 1$, $-a^2 = -1 = 1 - 2a$. So the pieces join continuously, and it
does not matter to which piece the endpoints $a = 0$, $a = 1$ are assigned. Numeric check: $a = \frac12$ gives
$g(\frac12) = \frac14 - \frac12 = -\frac14$.
""")
_W2_B = _t(r"""
$g(x) = (x - a)^2 - a^2$. If the vertex lies in the interval, the minimum is $-a^2$; this covers $0 < a < 1$, and
the value $-a^2$ is the smallest the parabola ever gets, so it also serves for $a \le 0$.

For $a \ge 1$ the minimum on $[0, 1]$ is at $x = 1$: $g(1) = 1 - 2a$.

So the minimum is $-a^2$ for $a < 1$ and $1 - 2a$ for $a \ge 1$.
""")
_W2_B2 = _t(r"""
The vertex of $g(x) = x^2 - 2ax$ is at $x = a$ with value $-a^2$.

For $a \le 0$ the minimum is $g(0) = 0$; for $0 < a < 1$ it is $-a^2$; for $a \ge 1$ it is
$g(1) = 1 - 2a \cdot \frac12 \cdot 1 = 1 - a$, using the factor $\frac12$ from completing the square.
""")
_W2_E = _t(r"""
The minimum of a quadratic is at its vertex, $x = a$, with value $g(a) = a^2 - 2a^2 = -a^2$.
""")
_add(
    "piecewise",
    _W2,
    [
        (C, _box(_W2_G, r"\begin{cases} 0 & a \le 0 \\ -a^2 & 0 < a < 1 \\ 1 - 2a & a \ge 1 \end{cases}")),
        (
            C,
            _disp(
                _W2_G,
                r"m(a) = \begin{cases} 0 & a < 0 \\ -a^2 & 0 \le a \le 1 \\ 1 - 2a & a > 1 \end{cases}",
            ),
        ),
        (
            C,
            _say(
                _W2_G,
                r"""So the minimum is $0$ for $a \le 0$, it is $-a^2$ for $0 < a < 1$, and it is $1 - 2a$ for
                $a \ge 1$.""",
            ),
        ),
        (
            C,
            _two(
                _W2_B,
                r"\begin{cases} -a^2 & a < 1 \\ 1 - 2a & a \ge 1 \end{cases}",
                r"""For $a < 0$ the vertex $x = a$ is outside $[0, 1]$, so $-a^2$ is not attained there; e.g.
                $a = -1$ gives $g(x) = x^2 + 2x \ge 0$ on $[0, 1]$, with minimum $0$.""",
                r"\begin{cases} 0 & a \le 0 \\ -a^2 & 0 < a < 1 \\ 1 - 2a & a \ge 1 \end{cases}",
            ),
        ),
        (H, _is(_W2_B, r"\begin{cases} -a^2 & a < 1 \\ 1 - 2a & a \ge 1 \end{cases}")),
        (H, _bold(_W2_B2, r"\begin{cases} 0 & a \le 0 \\ -a^2 & 0 < a < 1 \\ 1 - a & a \ge 1 \end{cases}")),
        (P, _fin(_W2_E, r"-a^2")),
        (T, _half(_W2_G, 2, r"Case $0 < a < 1$: the vertex is inside the interval, so the minimum is")),
    ],
)

# Q: Evaluate S(n) = sum_{k=1}^{n} (-1)^k k in closed form.
_W3 = r"\begin{cases} \frac{n}{2} & n \text{ even} \\ -\frac{n+1}{2} & n \text{ odd} \end{cases}"
_W3_G = _t(r"""
Values: $S(1) = -1$, $S(2) = 1$, $S(3) = -2$, $S(4) = 2$, $S(5) = -3$, $S(6) = 3$.

For even $n$, group the terms in pairs $(-1 + 2) + (-3 + 4) + \dots$: there are $\frac n2$ pairs, each equal to $1$,
so $S(n) = \frac n2$.

For odd $n$: $S(n) = S(n - 1) - n = \frac{n - 1}{2} - n = -\frac{n + 1}{2}$. Check $n = 5$: $-3$. Good. (The tempting
single formula $(-1)^n \frac n2$ gives $-\frac52$ at $n = 5$, so it is rejected.)

A single expression also works: $S(n) = \frac{(-1)^n (2n + 1) - 1}{4}$, which gives $\frac{2n}{4} = \frac n2$ for
even $n$ and $\frac{-2n - 2}{4} = -\frac{n+1}{2}$ for odd $n$.
""")
_W3_B = _t(r"""
For even $n$ the pairs $(-1 + 2), (-3 + 4), \dots$ give $S(n) = \frac n2$.

For odd $n$ the last term $-n$ is unpaired: $S(n) = \frac{n - 1}{2} - n$... since the pairs before it number
$\frac{n-1}{2}$, and together with the lone term the total is $-\frac{n - 1}{2}$.
""")
_W3_B2 = _t(r"""
Pairing gives $S(n) = \frac n2$ for even $n$. For odd $n$ the sign flips because the last term is negative, so
$S(n) = -\frac n2$.

Both cases combine into $S(n) = (-1)^n \frac n2$.
""")
_W3_E = _t(r"""
The sum $\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$, and the signs only affect the overall sign, which is positive on
average, so $S(n) = \frac{n(n+1)}{2}$.
""")
_add(
    "piecewise",
    _W3,
    [
        (
            C,
            _box(_W3_G, r"\begin{cases} \frac{n}{2} & n \text{ even} \\ -\frac{n+1}{2} & n \text{ odd} \end{cases}"),
        ),
        (C, _fin(_W3_G, r"(-1)^n \left\lceil \frac{n}{2} \right\rceil")),
        (C, _is(_W3_G, r"\frac{(-1)^n(2n+1) - 1}{4}")),
        (
            C,
            _bold(
                _W3_G,
                r"S(n) = \begin{cases} -\frac{n+1}{2} & n \text{ odd} \\ \frac{n}{2} & n \text{ even} \end{cases}",
            ),
        ),
        (C, _say(_W3_G, r"So $S(n) = n/2$ when $n$ is even and $S(n) = -(n+1)/2$ when $n$ is odd.")),
        (
            H,
            _disp(_W3_B, r"\begin{cases} \frac{n}{2} & n \text{ even} \\ -\frac{n-1}{2} & n \text{ odd} \end{cases}"),
        ),
        (H, _box(_W3_B2, r"(-1)^n \frac{n}{2}")),
        (P, _is(_W3_E, r"\frac{n(n+1)}{2}")),
    ],
)

# Q: For x >= 0, compute L(x) = lim_{n -> infinity} x^n / (1 + x^n).
_W4 = r"\begin{cases} 0 & 0 \le x < 1 \\ \frac{1}{2} & x = 1 \\ 1 & x > 1 \end{cases}"
_W4_G = _t(r"""
If $0 \le x < 1$, then $x^n \to 0$, so $L(x) = \frac{0}{1 + 0} = 0$.

If $x = 1$, every term is $\frac{1}{1 + 1} = \frac12$, so $L(1) = \frac12$.

If $x > 1$, divide by $x^n$: $\frac{1}{x^{-n} + 1} \to \frac{1}{0 + 1} = 1$.

Check with $x = 2$, $n = 10$: $\frac{1024}{1025} \approx 0.999$; with $x = \frac12$, $n = 10$:
$\frac{1/1024}{1 + 1/1024} \approx 0.001$. A two-valued answer (0 below 1, 1 from 1 on) would miss the value
$\frac12$ at $x = 1$, so that is rejected.
""")
_W4_B = _t(r"""
For $x < 1$ the powers vanish and $L = 0$; for $x > 1$ we get $L = 1$.

At $x = 1$ each term equals $\frac12$, but the limit function should be a step function, and by continuity from
the right it takes the value $1$ at the jump.

So $L(x) = 0$ for $0 \le x < 1$ and $L(x) = 1$ for $x \ge 1$.
""")
_W4_E = _t(r"""
As $n \to \infty$ both numerator and denominator grow like $x^n$, so their ratio tends to $1$ for every $x$.
""")
_add(
    "piecewise",
    _W4,
    [
        (C, _head(_W4_G, r"L(x) = \begin{cases} 1 & x > 1 \\ 1/2 & x = 1 \\ 0 & 0 \le x < 1 \end{cases}")),
        (C, _fin(_W4_G, r"\begin{cases} 0 & x \in [0, 1) \\ \frac12 & x = 1 \\ 1 & x \in (1, \infty) \end{cases}")),
        (
            C,
            _say(
                _W4_G,
                r"Therefore $L(x) = 0$ for $0 \le x < 1$, $L(1) = \frac12$, and $L(x) = 1$ for $x > 1$.",
            ),
        ),
        (
            C,
            _two(
                _W4_B,
                r"\begin{cases} 0 & 0 \le x < 1 \\ 1 & x \ge 1 \end{cases}",
                r"""The limit is computed pointwise; at $x = 1$ the sequence is constantly $\frac12$, so
                $L(1) = \frac12$ regardless of the neighbouring values.""",
                r"\begin{cases} 0 & 0 \le x < 1 \\ \frac{1}{2} & x = 1 \\ 1 & x > 1 \end{cases}",
            ),
        ),
        (H, _bold(_W4_B, r"\begin{cases} 0 & 0 \le x < 1 \\ 1 & x \ge 1 \end{cases}")),
        (
            H,
            _two(
                _W4_G,
                r"\begin{cases} 0 & 0 \le x < 1 \\ \frac{1}{2} & x = 1 \\ 1 & x > 1 \end{cases}",
                r"""At $x = 1$ the terms are $\frac{1}{1 + 1}$, and since $1^n$ is the borderline case it belongs
                with the vanishing powers, giving $L(1) = 0$.""",
                r"\begin{cases} 0 & 0 \le x \le 1 \\ 1 & x > 1 \end{cases}",
            ),
        ),
        (P, _is(_W4_E, "1")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# extremal: a maximum or minimum value, often stated together with where it is attained (gold: the value)
# ---------------------------------------------------------------------------------------------------------------

# Q: Find the maximum value of f(x) = 8x - 4x^2 over all real x.
_X1 = "4"
_X1_G = _t(r"""
Complete the square: $8x - 4x^2 = -4(x^2 - 2x) = -4(x - 1)^2 + 4$.

Since $-4(x - 1)^2 \le 0$, we have $f(x) \le 4$ with equality exactly at $x = 1$.

Check with calculus: $f'(x) = 8 - 8x = 0$ at $x = 1$, $f''(x) = -8 < 0$, and $f(1) = 8 - 4 = 4$. Wait, let me also
test nearby points: $f(0.9) = 7.2 - 3.24 = 3.96$ and $f(1.1) = 8.8 - 4.84 = 3.96$, both below $4$.
""")
_X1_B = _t(r"""
$f'(x) = 8 - 8x$ vanishes at $x = 1$, where $f(1) = 4$, and $f'' < 0$, so this is the maximum point.

The question asks where the maximum is; the maximiser is $x = 1$.
""")
_X1_B2 = _t(r"""
Complete the square: $8x - 4x^2 = -4(x - 1)^2 + 8$, since $-4 \cdot (-1)^2$ contributes... the constant is the
coefficient $8$ of the linear term.

At $x = 1$ I computed $f(1) = 4$ directly, but the completed square shows the peak value is $8$.
""")
_X1_E = _t(r"""
The vertex of $ax^2 + bx + c$ is at $x = -\frac{b}{a}$, here $x = -\frac{8}{-4} = 2$, and
$f(2) = 16 - 16 = 0$. At $x = \frac12$, $f = 4 - 1 = 3$, which is larger.

So the maximum value is $3$.
""")
_add(
    "extremal",
    _X1,
    [
        (C, _say(_X1_G, r"The maximum value is $4$, attained at $x = 1$.")),
        (C, _rem(_X1_G, "4", "Equality holds only at $x = 1$.")),
        (C, _bold(_X1_G, r"4 \text{ (attained at } x = 1\text{)}")),
        (C, _box(_X1_G, r"f_{\max} = 4")),
        (H, _box(_X1_B, "1")),
        (H, _is(_X1_B2, "8")),
        (
            H,
            _two(
                _X1_G,
                "4",
                r"""The problem asks for the maximum, and I should report the point where it occurs rather than the
                value, since the value depends on the scaling of $f$.""",
                "x = 1",
            ),
        ),
        (P, _fin(_X1_E, "3")),
        (
            T,
            _half(
                _X1_G,
                0,
                r"""The function is a downward parabola, so the maximum is at the vertex. Complete the square:
                $8x - 4x^2 = -4(x^2 - 2x) = -4\big((x - 1)^2 -""",
            ),
        ),
    ],
)

# Q: Find the minimum value of x + 1/x over x > 0.
_X2 = "2"
_X2_G = _t(r"""
By AM-GM, $x + \frac1x \ge 2\sqrt{x \cdot \frac1x} = 2$, with equality iff $x = \frac1x$, i.e. $x = 1$ (as $x > 0$).

Alternatively, $x + \frac1x - 2 = \frac{(x - 1)^2}{x} \ge 0$.

Check: $x = 2$ gives $2.5$, $x = \frac12$ gives $2.5$, $x = 1$ gives $2$. So the minimum $2$ is attained, at
$x = 1$ only.
""")
_X2_B = _t(r"""
AM-GM gives $x + \frac1x \ge 2$, and the bound $2$ would be reached when $x = \frac1x$.

However, AM-GM only gives a lower bound, and for every $x > 0$ other than the balancing point the sum is strictly
larger than $2$; since the inequality is strict in general, the minimum value $2$ is not attained and there is no
minimum.
""")
_X2_E = _t(r"""
As $x \to \infty$ the term $\frac1x$ tends to $0$, and for $x = 1$ the first term is $1$, so the sum can be made
as small as $1$.
""")
_add(
    "extremal",
    _X2,
    [
        (C, _say(_X2_G, r"So the minimum is $2$, attained at $x = 1$.")),
        (C, _box(_X2_G, r"2")),
        (C, _fin(_X2_G, r"2 \text{ (at } x = 1\text{)}")),
        (
            C,
            _two(
                _X2_B,
                r"\text{no minimum}",
                r"""Equality in AM-GM holds when $x = \frac1x$, and $x = 1$ is an allowed value, where the sum
                is exactly $1 + 1 = 2$. So the minimum is attained.""",
                "2",
            ),
        ),
        (H, _is(_X2_B, r"\text{there is no minimum}")),
        (
            H,
            _two(
                _X2_G,
                "2",
                r"""The question is about the minimiser: the function $x + \frac1x$ is smallest at $x = 1$, so that
                is what should be reported.""",
                "x = 1",
            ),
        ),
        (P, _bold(_X2_E, "1")),
    ],
)

# Q: Real numbers x and y satisfy x + y = 10. Find the maximum of xy.
_X3 = "25"
_X3_G = _t(r"""
Write $y = 10 - x$: $xy = 10x - x^2 = 25 - (x - 5)^2 \le 25$.

Equality at $x = 5$, $y = 5$. Check nearby: $x = 4$, $y = 6$ gives $24$; $x = 4.5$, $y = 5.5$ gives $24.75$.

Also AM-GM: $xy \le \left(\frac{x + y}{2}\right)^2 = 25$.
""")
_X3_B = _t(r"""
Use the bound $xy \le \frac{(x + y)^2}{2} = \frac{100}{2} = 50$.

Testing $x = y = 5$ gives only $25$, but the inequality shows products up to $50$ are possible, so the maximum
is $50$.
""")
_X3_E = _t(r"""
Take $x = y = 10$: then $xy = 100$, and no product can exceed $100$ when both numbers are at most $10$.
""")
_add(
    "extremal",
    _X3,
    [
        (C, _box(_X3_G, r"25")),
        (C, _say(_X3_G, r"The maximum of $xy$ is $25$, attained at $x = y = 5$.")),
        (C, _rem(_X3_G, r"(xy)_{\max} = 25", "It is attained only at $x = y = 5$.")),
        (H, _fin(_X3_B, "50")),
        (
            H,
            _two(
                _X3_G,
                "25",
                r"""The two numbers are presumably distinct integers, so $x = y = 5$ is excluded and the best is
                $4 \cdot 6 = 24$.""",
                "24",
            ),
        ),
        (P, _is(_X3_E, "100")),
        (
            T,
            _half(
                _X3_G,
                0,
                r"""With the constraint we can eliminate one variable. Write $y = 10 - x$, so $xy = 10x - x^2$, a
                downward parabola in $x$. Completing the square, $10x - x^2 = -(x - 5)^2 +""",
            ),
        ),
    ],
)

# Q: Find the minimum value of |x - 1| + |x + 1| over real x.
_X4 = "2"
_X4_G = _t(r"""
By the triangle inequality, $|x - 1| + |x + 1| = |1 - x| + |x + 1| \ge |(1 - x) + (x + 1)| = 2$.

Piecewise: for $x < -1$ the sum is $-2x > 2$; for $-1 \le x \le 1$ it is $(1 - x) + (x + 1) = 2$; for $x > 1$ it is
$2x > 2$.

So the minimum value is $2$, attained on the whole interval $[-1, 1]$. Check $x = 0$: $1 + 1 = 2$; $x = 3$:
$2 + 4 = 6$.
""")
_X4_B = _t(r"""
Piecewise, the sum equals $2$ for every $x \in [-1, 1]$ and exceeds $2$ outside.

So the minimum is attained exactly on the interval $[-1, 1]$.
""")
_X4_B2 = _t(r"""
Each absolute value is at least $0$, with $|x - 1| = 0$ at $x = 1$ and $|x + 1| = 0$ at $x = -1$.

At $x = 0$ the sum is $2$, but the two absolute values can each be made $0$, so the minimum of the sum is $0$.
""")
_X4_E = _t(r"""
At the midpoint $x = 0$ each term is $1$, and moving towards either end makes one term smaller than $1$, so the sum
can go down to $1$.
""")
_add(
    "extremal",
    _X4,
    [
        (C, _say(_X4_G, r"The minimum value is $2$, attained for every $x \in [-1, 1]$.")),
        (C, _disp(_X4_G, "2")),
        (C, _bold(_X4_G, r"2 \text{ (for } -1 \le x \le 1\text{)}")),
        (H, _box(_X4_B, r"[-1, 1]")),
        (H, _is(_X4_B2, "0")),
        (
            H,
            _two(
                _X4_G,
                "2",
                r"""At $x = \frac12$ the value is $|\frac12 - 1| + |\frac12 + 1| = \frac12 + \frac12 = 1$, which is
                below $2$, so the minimum is smaller than I claimed.""",
                "1",
            ),
        ),
        (P, _fin(_X4_E, "1")),
    ],
)

# Q: Find the maximum value of sin x + cos x.
_X5 = r"\sqrt{2}"
_X5_G = _t(r"""
Write $\sin x + \cos x = \sqrt2 \left(\frac{1}{\sqrt2}\sin x + \frac{1}{\sqrt2}\cos x\right) = \sqrt2 \sin(x + \pi/4)$.

So the maximum is $\sqrt2$, attained when $x + \pi/4 = \pi/2 + 2k\pi$, i.e. $x = \pi/4 + 2k\pi$.

The naive bound $1 + 1 = 2$ is not attained, since $\sin x$ and $\cos x$ are never both $1$, so $2$ is rejected.
Check: $x = \pi/4$ gives $\frac{\sqrt2}{2} + \frac{\sqrt2}{2} = \sqrt2 \approx 1.414$.
""")
_X5_B = _t(r"""
We can write $\sin x + \cos x = \sqrt2 \sin(x + \pi/4)$.

But more simply, $\sin x \le 1$ and $\cos x \le 1$, so the sum is at most $1 + 1 = 2$, and this is the maximum.
""")
_X5_B2 = _t(r"""
$\sin x + \cos x = \sqrt2 \sin(x + \pi/4)$ is maximal when $x + \pi/4 = \pi/2$, i.e. at $x = \pi/4$.

So the maximum occurs at $x = \frac{\pi}{4}$.
""")
_X5_E = _t(r"""
Both $\sin x$ and $\cos x$ lie in $[-1, 1]$, and they trade off against each other, so their sum stays within
$[-1, 1]$ as well, with maximum $1$ at $x = 0$.
""")
_add(
    "extremal",
    _X5,
    [
        (C, _say(_X5_G, r"Hence the maximum is $\sqrt 2$, attained at $x = \pi/4 + 2k\pi$.")),
        (C, _box(_X5_G, r"2^{1/2}")),
        (C, _is(_X5_G, r"\frac{2}{\sqrt{2}}")),
        (C, _fin(_X5_G, r"\sqrt{2} \approx 1.414")),
        (
            C,
            _two(
                _X5_B,
                "2",
                r"""$\sin x = 1$ needs $x = \pi/2 + 2k\pi$, where $\cos x = 0$; the two maxima never coincide. The
                exact maximum comes from $\sqrt2 \sin(x + \pi/4)$.""",
                r"\sqrt{2}",
            ),
        ),
        (H, _disp(_X5_B, "2")),
        (H, _bold(_X5_B2, r"\frac{\pi}{4}")),
        (
            H,
            _two(
                _X5_G,
                r"\sqrt{2}",
                r"""At $x = \pi/4$, $\sin x + \cos x = \frac{\sqrt2}{2} + \frac{\sqrt2}{2}$, and adding the two
                halves gives $\frac{2\sqrt2}{4} = \frac{\sqrt2}{2}$, so the maximum is $\frac{\sqrt2}{2}$.""",
                r"\frac{\sqrt{2}}{2}",
            ),
        ),
        (P, _box(_X5_E, "1")),
    ],
)

# Q: Positive reals a, b satisfy a + b = 3. Find the maximum of a^2 b.
_X6 = "4"
_X6_G = _t(r"""
AM-GM on $\frac a2, \frac a2, b$: $\frac{\frac a2 + \frac a2 + b}{3} = 1 \ge \sqrt[3]{\frac{a^2 b}{4}}$, so
$a^2 b \le 4$, with equality when $\frac a2 = b$, i.e. $a = 2$, $b = 1$.

Calculus check: $h(a) = a^2(3 - a) = 3a^2 - a^3$, $h'(a) = 6a - 3a^2 = 0$ at $a = 2$, and $h(2) = 12 - 8 = 4$. The
symmetric guess $a = b = \frac32$ gives $\frac{27}{8} < 4$, so it is not the maximum.
""")
_X6_B = _t(r"""
With $b = 3 - a$, $h(a) = 3a^2 - a^3$ and $h'(a) = 6a - 3a^2$, which vanishes at $a = 2$; there $h = 4$.

So the maximum is achieved at the point $(a, b) = (2, 1)$.
""")
_X6_E = _t(r"""
By symmetry the maximum of a product under a sum constraint is at $a = b = \frac32$, giving
$\left(\frac32\right)^2 \cdot \frac32 = \frac{27}{8}$.
""")
_add(
    "extremal",
    _X6,
    [
        (C, _say(_X6_G, r"So the maximum value of $a^2 b$ is $4$, attained when $a = 2$ and $b = 1$.")),
        (C, _box(_X6_G, r"4")),
        (C, _head(_X6_G, r"4, \text{ attained at } (a, b) = (2, 1)")),
        (
            C,
            _two(
                _X6_E,
                r"\frac{27}{8}",
                r"""The expression $a^2 b$ is not symmetric in $a$ and $b$. Maximising $h(a) = a^2(3 - a)$ gives
                $h'(a) = 6a - 3a^2 = 0$ at $a = 2$, and $h(2) = 4 > \frac{27}{8}$.""",
                "4",
            ),
        ),
        (H, _bold(_X6_B, r"(a, b) = (2, 1)")),
        (
            H,
            _two(
                _X6_G,
                "4",
                r"""In the AM-GM step the product of the three terms is $\frac a2 \cdot \frac a2 \cdot b$, and
                $\left(\frac a2\right)^2 = \frac{a^2}{2}$, so the bound reads $\frac{a^2 b}{2} \le 1$, i.e.
                $a^2 b \le 2$.""",
                "2",
            ),
        ),
        (P, _fin(_X6_E, r"\frac{27}{8}")),
    ],
)

# Q: Positive integers sum to 10. What is the largest possible value of their product?
_X7 = "36"
_X7_G = _t(r"""
Any part $\ge 5$ can be split as $2 + (k - 2)$ with $2(k - 2) > k$, and a part $4 = 2 + 2$ gives the same product, so
we may use only $2$s and $3$s; a part $1$ is wasteful. Also three $2$s should be replaced by two $3$s since
$3^2 > 2^3$.

For $10$: $3 + 3 + 2 + 2 = 10$ gives $36$; $3 + 3 + 3 + 1$ gives $27$; $2 \cdot 5$ parts give $32$. Wait, let me
recheck $3 + 3 + 4$: $36$ as well, the same as $3 + 3 + 2 + 2$.

So the maximum product is $36$.
""")
_X7_B = _t(r"""
Use as many $3$s as possible: $10 = 3 + 3 + 3 + 1$, product $27$.

I also tried $3 + 3 + 2 + 2$, which gives $36$, but it uses fewer threes, and the rule is to maximise the number of
threes, so the answer is $27$.
""")
_X7_E = _t(r"""
The product of two numbers with a fixed sum is largest when they are equal, so split $10 = 5 + 5$ and get
$25$.
""")
_add(
    "extremal",
    _X7,
    [
        (C, _box(_X7_G, "36")),
        (C, _say(_X7_G, r"The largest product is $36$, attained by $3 + 3 + 2 + 2$ (or $3 + 3 + 4$).")),
        (C, _is(_X7_G, r"3 \cdot 3 \cdot 2 \cdot 2 = 36")),
        (
            C,
            _two(
                _X7_B,
                "27",
                r"""A leftover $1$ is wasteful: $3 + 1$ should be replaced by $2 + 2$, since $2 \cdot 2 = 4 > 3$.
                That gives $3 + 3 + 2 + 2$ with product $36$.""",
                "36",
            ),
        ),
        (H, _fin(_X7_B, "27")),
        (
            H,
            _two(
                _X7_G,
                "36",
                r"""Reading the problem again, the positive integers are presumably distinct, so repeated $3$s are
                not allowed; the best distinct split is $1 + 2 + 3 + 4 = 10$, with product $24$.""",
                "24",
            ),
        ),
        (P, _bold(_X7_E, "25")),
        (T, _half(_X7_G, 1, r"For $10$: $3 + 3 + 2 + 2 = 10$ gives $3 \cdot 3 \cdot 2 \cdot 2 =")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# inequalities: parameter ranges and solution sets of inequalities
# ---------------------------------------------------------------------------------------------------------------

# Q: For which real a > 0 does x^2 - a x + 1 = 0 have a real root?
_Q1 = r"a \ge 2"
_Q1_G = _t(r"""
A real root exists iff the discriminant is nonnegative: $a^2 - 4 \ge 0$, i.e. $|a| \ge 2$.

With the restriction $a > 0$ this is $a \ge 2$.

Check the boundary: $a = 2$ gives $x^2 - 2x + 1 = (x - 1)^2$, with the real root $x = 1$, so $a = 2$ is included
and the strict version $a > 2$ is rejected. For $a = 1$: $x^2 - x + 1$ has discriminant $-3$, no real root.
""")
_Q1_B = _t(r"""
Discriminant $a^2 - 4$. For two real roots we need $a^2 - 4 > 0$, i.e. $a > 2$ (as $a > 0$).

At $a = 2$ the discriminant is $0$ and the equation $(x - 1)^2 = 0$ only touches the axis; the condition $a \ge 2$
would include this tangent case, but a tangency is not a genuine crossing, so I exclude it.
""")
_Q1_B2 = _t(r"""
We need $a^2 - 4 \ge 0$, so $a^2 \ge 4$. Taking this as $a \ge 4$ (the bound on $a$ itself)...

Hmm, $a = 2$ gives $a^2 = 4$, which satisfies $a^2 \ge 4$, so one could write $a \ge 2$, but I will keep the bound in
the form I derived: $a \ge 4$.
""")
_Q1_E = _t(r"""
For a real root, the constant term $1$ must not dominate the middle term, which for small $a$ means $0 < a < 2$.
""")
_add(
    "inequalities",
    _Q1,
    [
        (C, _box(_Q1_G, r"[2, \infty)")),
        (C, _bold(_Q1_G, r"a \in [2, +\infty)")),
        (C, _fin(_Q1_G, r"2 \le a")),
        (C, _say(_Q1_G, r"So the equation has a real root exactly when $a \ge 2$.")),
        (
            C,
            _two(
                _Q1_B,
                r"a > 2",
                r"""The question asks for a real root, not two distinct ones; at $a = 2$ the root $x = 1$ is real,
                so the endpoint belongs.""",
                r"a \ge 2",
            ),
        ),
        (H, _is(_Q1_B, r"a > 2")),
        (H, _disp(_Q1_B2, r"a \ge 4")),
        (P, _box(_Q1_E, r"0 < a < 2")),
    ],
)

# Q: Find all real k such that k x^2 + 2x + 1 > 0 for every real x.
_Q2 = r"k > 1"
_Q2_G = _t(r"""
If $k = 0$ the expression is $2x + 1$, which is negative for $x = -1$, so $k = 0$ fails.

If $k \ne 0$, we need the parabola to open upward with no real roots: $k > 0$ and discriminant $4 - 4k < 0$, i.e.
$k > 1$.

Boundary: $k = 1$ gives $(x + 1)^2$, which is $0$ at $x = -1$, not $> 0$, so $k = 1$ is excluded and $k \ge 1$ is
rejected. Check $k = 2$: $2x^2 + 2x + 1$ has discriminant $4 - 8 < 0$, always positive.
""")
_Q2_B = _t(r"""
We need $k > 0$ and $4 - 4k \le 0$, i.e. $k \ge 1$.

At $k = 1$ the expression is $(x + 1)^2$, which is nonnegative, so the condition is met; together with $k > 1$
this gives $k \ge 1$.
""")
_Q2_B2 = _t(r"""
For the quadratic to stay positive it must open upward, so $k > 0$.

The discriminant condition $4 - 4k < 0$ gives $k > 1$, but for large $|x|$ the $kx^2$ term dominates for every
$k > 0$, so positivity holds as soon as $k > 0$.
""")
_Q2_E = _t(r"""
Take $x = 1$: $k + 3 > 0$ gives $k > -3$. For the quadratic not to grow too fast we also want $k < 1$.

So the condition is $k < 1$.
""")
_add(
    "inequalities",
    _Q2,
    [
        (C, _disp(_Q2_G, r"(1, \infty)")),
        (C, _is(_Q2_G, r"k \in (1, +\infty)")),
        (C, _head(_Q2_G, r"1 < k", box=True)),
        (
            C,
            _two(
                _Q2_B,
                r"k \ge 1",
                r"""The inequality is strict: at $k = 1$, $(x + 1)^2 = 0$ when $x = -1$, which is not $> 0$. So
                $k = 1$ must be excluded.""",
                r"k > 1",
            ),
        ),
        (H, _fin(_Q2_B, r"k \ge 1")),
        (H, _bold(_Q2_B2, r"k > 0")),
        (P, _box(_Q2_E, r"k < 1")),
        (T, _half(_Q2_G, 1, r"If $k \ne 0$, we need the parabola to open upward and the discriminant $4 - 4k$ to")),
    ],
)

# Q: Find all real c such that x^4 - 4x + c >= 0 for all real x.
_Q3 = r"c \ge 3"
_Q3_G = _t(r"""
Let $h(x) = x^4 - 4x$. Then $h'(x) = 4x^3 - 4 = 0$ at $x = 1$, and $h''(1) = 12 > 0$, so the global minimum of $h$
is $h(1) = 1 - 4 = -3$ (as $h \to \infty$ at both ends).

We need $c + h(x) \ge 0$ for all $x$, i.e. $c \ge -\min h = 3$.

Check: $c = 3$ gives $x^4 - 4x + 3 = (x - 1)^2(x^2 + 2x + 3) \ge 0$, with equality at $x = 1$, so $c = 3$ is
allowed and the strict bound $c > 3$ is rejected.
""")
_Q3_B = _t(r"""
The minimum of $x^4 - 4x$ is $-3$ at $x = 1$. So we need $c - 3 > 0$, i.e. $c > 3$.

At $c = 3$ the polynomial touches zero at $x = 1$, which is on the edge; I take the strict inequality for safety.
""")
_Q3_B2 = _t(r"""
The minimum of $x^4 - 4x$ occurs at $x = 1$, where its value is $-3$.

So we need $c$ to be at least this minimum: $c \ge -3$. (The bound $c \ge 3$ would be the condition if the minimum
were $+3$.)
""")
_Q3_E = _t(r"""
At $x = 1$ the expression is $1 - 4 + c$, and at $x = 2$ it is $16 - 8 + c$. To be safe at all points, $c$ should
beat the largest negative coefficient, $4$, so $c \ge 4$.
""")
_add(
    "inequalities",
    _Q3,
    [
        (C, _box(_Q3_G, r"c \ge 3")),
        (C, _fin(_Q3_G, r"[3, \infty)")),
        (C, _bold(_Q3_G, r"c \in [3, \infty)")),
        (C, _say(_Q3_G, r"Therefore the condition holds exactly for $c \ge 3$.")),
        (H, _is(_Q3_B, r"c > 3")),
        (H, _disp(_Q3_B2, r"c \ge -3")),
        (
            H,
            _two(
                _Q3_G,
                r"c \ge 3",
                r"""At $c = 3$ the polynomial has the double root $x = 1$, so it is not strictly positive; the
                boundary value should be dropped.""",
                r"c > 3",
            ),
        ),
        (P, _box(_Q3_E, r"c \ge 4")),
    ],
)

# Q: Find all positive integers n with 2^n > n^2.
_Q4 = r"n = 1 \text{ or } n \ge 5"
_Q4_G = _t(r"""
Small cases: $n = 1$: $2 > 1$, yes. $n = 2$: $4 > 4$, no. $n = 3$: $8 > 9$, no. $n = 4$: $16 > 16$, no.
$n = 5$: $32 > 25$, yes. $n = 6$: $64 > 36$, yes.

Induction for $n \ge 5$: if $2^n > n^2$, then $2^{n+1} > 2n^2 \ge (n + 1)^2$, because
$2n^2 - (n+1)^2 = n^2 - 2n - 1 > 0$ for $n \ge 3$.

So the inequality holds for $n = 1$ and for all $n \ge 5$. The case $n = 4$ is equality, so $n \ge 4$ is rejected,
and $n = 1$ must not be forgotten.
""")
_Q4_B = _t(r"""
$2^n$ eventually dominates $n^2$; checking, $n = 5$: $32 > 25$, and by induction it continues for all $n \ge 5$.

For $n = 2, 3, 4$ it fails ($4 \le 4$, $8 < 9$, $16 \le 16$). So the inequality holds for $n \ge 5$.
""")
_Q4_B2 = _t(r"""
$n = 1$: $2 > 1$. $n = 2$: $4$ vs $4$. $n = 3$: $8 < 9$. $n = 4$: $16$ vs $16$. $n = 5$: $32 > 25$.

Since $n = 4$ gives $2^4 = 4^2$, it is on the boundary and I count it with the solutions: the answer is $n = 1$ or
$n \ge 4$.
""")
_Q4_E = _t(r"""
The exponential beats the square quickly: already $n = 3$ gives $2^3 = 8$, close to $9$, and from there on
exponential growth wins, so $n \ge 3$.
""")
_add(
    "inequalities",
    _Q4,
    [
        (C, _box(_Q4_G, r"n = 1 \text{ or } n \ge 5")),
        (C, _is(_Q4_G, r"n \in \{1\} \cup \{5, 6, 7, \dots\}")),
        (C, _say(_Q4_G, r"So $2^n > n^2$ holds for $n = 1$ and for every $n \ge 5$, and for no other $n$.")),
        (
            C,
            _two(
                _Q4_B,
                r"n \ge 5",
                r"""I skipped $n = 1$: $2^1 = 2 > 1 = 1^2$. So $n = 1$ is also a solution.""",
                r"n = 1 \text{ and all } n \ge 5",
            ),
        ),
        (H, _fin(_Q4_B, r"n \ge 5")),
        (H, _bold(_Q4_B2, r"n = 1 \text{ or } n \ge 4")),
        (P, _is(_Q4_E, r"n \ge 3")),
        (T, _half(_Q4_G, 1, r"Induction for $n \ge 5$: if $2^n > n^2$, then $2^{n+1} > 2n^2$, and $2n^2 \ge")),
    ],
)

# Q: Solve (x - 1)/(x + 2) >= 0 over the reals.
_Q5 = r"x < -2 \text{ or } x \ge 1"
_Q5_G = _t(r"""
Critical points: the numerator vanishes at $x = 1$ and the denominator at $x = -2$ (where the expression is
undefined, so $x = -2$ is excluded).

Sign chart: for $x < -2$ both factors are negative, quotient positive. For $-2 < x < 1$ the quotient is negative.
For $x > 1$ both are positive. At $x = 1$ the quotient is $0$, which satisfies $\ge 0$.

Check: $x = -3$ gives $\frac{-4}{-1} = 4$, $x = 0$ gives $-\frac12$, $x = 2$ gives $\frac14$. So the solution is
$x < -2$ or $x \ge 1$; the closed endpoint at $-2$ is rejected because of division by zero.
""")
_Q5_B = _t(r"""
Sign chart with the critical points $-2$ and $1$: positive on $(-\infty, -2)$, negative on $(-2, 1)$, positive on
$(1, \infty)$.

Since the inequality is non-strict, both critical points are included: $x \le -2$ or $x \ge 1$.
""")
_Q5_B2 = _t(r"""
The quotient changes sign at $x = -2$ and $x = 1$. On the outer pieces $x < -2$ and $x \ge 1$ I expected the
positive sign, but testing $x = 0$: $\frac{0 - 1}{0 + 2} = -\frac12$... reading the chart the other way, the
inequality holds between the critical points.

So the solution is $-2 < x \le 1$.
""")
_Q5_E = _t(r"""
A fraction is nonnegative when its numerator is nonnegative, so $x - 1 \ge 0$, i.e. $x \ge 1$.
""")
_add(
    "inequalities",
    _Q5,
    [
        (C, _box(_Q5_G, r"(-\infty, -2) \cup [1, \infty)")),
        (C, _fin(_Q5_G, r"x \in (-\infty, -2) \cup [1, +\infty)")),
        (C, _bold(_Q5_G, r"x \ge 1 \text{ or } x < -2")),
        (
            C,
            _two(
                _Q5_B,
                r"x \le -2 \text{ or } x \ge 1",
                r"""At $x = -2$ the denominator vanishes and the expression is undefined, so $x = -2$ cannot be a
                solution. The endpoint $x = 1$ stays, since there the value is $0$.""",
                r"x < -2 \text{ or } x \ge 1",
            ),
        ),
        (H, _is(_Q5_B, r"x \le -2 \text{ or } x \ge 1")),
        (H, _disp(_Q5_B2, r"-2 < x \le 1")),
        (
            H,
            _two(
                _Q5_G,
                r"x < -2 \text{ or } x \ge 1",
                r"""For a non-strict inequality both critical points of the sign chart belong to the solution set,
                so $x = -2$ should be included as well.""",
                r"(-\infty, -2] \cup [1, \infty)",
            ),
        ),
        (P, _box(_Q5_E, r"x \ge 1")),
    ],
)

# Q: Find all real a for which the system x + y = a, x^2 + y^2 = 1 has a real solution.
_Q6 = r"-\sqrt{2} \le a \le \sqrt{2}"
_Q6_G = _t(r"""
Substitute $y = a - x$: $x^2 + (a - x)^2 = 1$, i.e. $2x^2 - 2ax + a^2 - 1 = 0$.

Real $x$ exists iff the discriminant is nonnegative: $4a^2 - 8(a^2 - 1) = 8 - 4a^2 \ge 0$, i.e. $a^2 \le 2$.

Geometrically, the line $x + y = a$ meets the unit circle iff its distance $\frac{|a|}{\sqrt2}$ from the origin is
at most $1$. Check the boundary $a = \sqrt2$: $x = y = \frac{\sqrt2}{2}$, which satisfies both equations, so the
endpoints are included. A negative $a$ such as $a = -1$ works too ($x = -1$, $y = 0$).
""")
_Q6_B = _t(r"""
The discriminant condition is $8 - 4a^2 \ge 0$, so $-\sqrt2 \le a \le \sqrt2$.

At $a = \pm\sqrt2$ the line is tangent to the circle, which gives a repeated solution rather than a genuine
intersection; excluding the tangent cases leaves $|a| < \sqrt2$.
""")
_Q6_B2 = _t(r"""
The line $x + y = a$ must meet the unit circle, so $\frac{|a|}{\sqrt2} \le 1$, i.e. $a^2 \le 2$.

Since $a = x + y$ is a sum of coordinates on the circle, and we may take the representative with $a \ge 0$, the
answer is $0 \le a \le \sqrt2$.
""")
_Q6_E = _t(r"""
Both $x$ and $y$ lie in $[-1, 1]$ on the unit circle, and to keep the sum on the circle the sum must also lie in
$[-1, 1]$. So $|a| \le 1$.
""")
_add(
    "inequalities",
    _Q6,
    [
        (C, _box(_Q6_G, r"|a| \le \sqrt{2}")),
        (C, _is(_Q6_G, r"a \in [-\sqrt{2}, \sqrt{2}]")),
        (C, _fin(_Q6_G, r"a^2 \le 2")),
        (C, _say(_Q6_G, r"Hence the system is solvable exactly when $-\sqrt2 \le a \le \sqrt2$.")),
        (
            C,
            _two(
                _Q6_B,
                r"|a| < \sqrt{2}",
                r"""The problem asks for a real solution, and at $a = \sqrt2$ the pair
                $x = y = \frac{\sqrt2}{2}$ is one. Tangency still gives a solution.""",
                r"-\sqrt{2} \le a \le \sqrt{2}",
            ),
        ),
        (H, _bold(_Q6_B, r"|a| < \sqrt{2}")),
        (H, _disp(_Q6_B2, r"0 \le a \le \sqrt{2}")),
        (P, _is(_Q6_E, r"|a| \le 1")),
        (T, _half(_Q6_G, 1, r"Real $x$ exists iff the discriminant $4a^2 - 8(a^2 - 1)$ is")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# constants: answers with ln, e and pi
# ---------------------------------------------------------------------------------------------------------------

# Q: Evaluate the integral of 1/(1 + x) from 0 to 1.
_N1 = r"\ln 2"
_N1_G = _t(r"""
An antiderivative of $\frac{1}{1 + x}$ is $\ln(1 + x)$.

So the integral is $\ln 2 - \ln 1 = \ln 2 - 0 = \ln 2$.

Sanity check: the integrand decreases from $1$ to $\frac12$ on $[0, 1]$, so the integral lies between $\frac12$ and
$1$; and $\ln 2 \approx 0.693$ does. The trapezoid estimate $\frac{1 + 0.5}{2} = 0.75$ is slightly above, as
expected for a convex integrand.
""")
_N1_B = _t(r"""
The antiderivative is $\ln(1 + x)$, so the integral is $\ln(1 + 1) - \ln(1 + 0) = \ln 2 - \ln 1$.

Since $\ln 1 = 1$... the value is $\ln 2 - 1$.
""")
_N1_E = _t(r"""
The integrand is $1$ at $x = 0$, and over an interval of length $1$ the integral of a function starting at $1$ is
$1$.
""")
_add(
    "constants",
    _N1,
    [
        (C, _is(_N1_G, r"\log_e 2")),
        (C, _fin(_N1_G, r"\frac{1}{2}\ln 4")),
        (C, _bold(_N1_G, r"-\ln\frac{1}{2}")),
        (
            C,
            _two(
                _N1_B,
                r"\ln 2 - 1",
                r"""$\ln 1 = 0$, not $1$, since $e^0 = 1$. So the integral is just $\ln 2$, which also fits the
                bound between $\frac12$ and $1$ (while $\ln 2 - 1 < 0$ does not).""",
                r"\ln 2",
            ),
        ),
        (H, _disp(_N1_B, r"\ln 2 - 1")),
        (
            H,
            _two(
                _N1_G,
                r"\ln 2",
                r"""With the substitution $u = 1 + x$ the differential is $du = 2\,dx$, which brings in a factor
                $\frac12$.""",
                r"\frac{1}{2}\ln 2",
            ),
        ),
        (P, _is(_N1_E, "1")),
        (T, _half(_N1_G, 1, r"So the integral is $\ln(1 + 1) - \ln(1 + 0) =")),
    ],
)

# Q: Evaluate the sum of 1/n^2 over all positive integers n.
_N2 = r"\frac{\pi^2}{6}"
_N2_G = _t(r"""
This is the Basel problem, $\zeta(2)$.

Euler's argument: $\frac{\sin x}{x} = \prod_{n \ge 1}\left(1 - \frac{x^2}{n^2\pi^2}\right)$, and comparing the
coefficient of $x^2$ with the Taylor series $1 - \frac{x^2}{6} + \dots$ gives
$\sum \frac{1}{n^2\pi^2} = \frac16$, so $\sum \frac{1}{n^2} = \frac{\pi^2}{6}$.

Numeric check: the partial sum up to $n = 10$ is about $1.5498$, and the tail is about $\frac{1}{10}$, giving about
$1.645$; and $\frac{\pi^2}{6} \approx 1.6449$. The odd-only sum $\frac{\pi^2}{8} \approx 1.234$ and the alternating
sum $\frac{\pi^2}{12}$ are different series, so they are rejected.
""")
_N2_B = _t(r"""
Euler's product gives $\sum_{n \ge 1} \frac{1}{n^2} = \frac{\pi^2}{6}$.

But the even terms $\frac{1}{(2m)^2}$ contribute a quarter of that, $\frac{\pi^2}{24}$, and they double-count the
odd ones in the product, so the sum we want is $\frac{\pi^2}{6} - \frac{\pi^2}{24} = \frac{\pi^2}{8}$.
""")
_N2_B2 = _t(r"""
Partial sums: $1$, $1.25$, $1.361$, $1.424$, ... converging slowly to about $1.64$.

The known value is $\frac{\pi^2}{6}$. Hmm, but the Fourier series of $x^2$ on $[-\pi, \pi]$ at $x = 0$ gives
$\sum \frac{(-1)^{n+1}}{n^2} = \frac{\pi^2}{12}$, and that is the series I will report.
""")
_N2_E = _t(r"""
Compare with the telescoping series: $\frac{1}{n^2} < \frac{1}{n(n-1)}$ for $n \ge 2$, so the sum is less than
$1 + 1 = 2$; and the bound is essentially sharp, so the sum is $2$.
""")
_add(
    "constants",
    _N2,
    [
        (C, _box(_N2_G, r"\pi^2/6")),
        (C, _fin(_N2_G, r"\frac{1}{6}\pi^2")),
        (C, _is(_N2_G, r"\zeta(2) = \frac{\pi^2}{6}")),
        (
            C,
            _two(
                _N2_B,
                r"\frac{\pi^2}{8}",
                r"""The question asks for the sum over all positive integers, which already includes the even
                terms; subtracting them gives the odd-only sum. The full sum is $\frac{\pi^2}{6}$.""",
                r"\frac{\pi^2}{6}",
            ),
        ),
        (H, _bold(_N2_B, r"\frac{\pi^2}{8}")),
        (H, _disp(_N2_B2, r"\frac{\pi^2}{12}")),
        (P, _box(_N2_E, "2")),
    ],
)

# Q: Compute lim_{n -> infinity} (1 + pi/n)^n.
_N3 = r"e^{\pi}"
_N3_G = _t(r"""
Take logarithms: $n \ln(1 + \frac{\pi}{n}) = n\left(\frac{\pi}{n} - \frac{\pi^2}{2n^2} + \dots\right) \to \pi$.

So the limit is $e^{\pi}$. This matches the standard limit $(1 + \frac{x}{n})^n \to e^x$ with $x = \pi$.

Numeric check: $n = 1000$ gives $(1.0031416)^{1000} \approx 23.03$, and $e^{\pi} \approx 23.14$. The number
$\pi^e \approx 22.46$ is close but different, so the order of base and exponent matters.
""")
_N3_B = _t(r"""
The standard limit $(1 + \frac{x}{n})^n \to e^x$ gives $e^{\pi}$ here.

Hmm, by the symmetry of the expression in its two constants, I would write this as $\pi^e$, since the base is built
from $\pi$.
""")
_N3_E = _t(r"""
As $n \to \infty$, $\frac{\pi}{n} \to 0$, so the base tends to $1$, and $1$ to any power is $1$.
""")
_add(
    "constants",
    _N3,
    [
        (C, _box(_N3_G, r"e^\pi")),
        (C, _bold(_N3_G, r"\exp(\pi)")),
        (C, _say(_N3_G, r"So the limit equals $e^{\pi} \approx 23.14$.")),
        (H, _fin(_N3_B, r"\pi^e")),
        (
            H,
            _two(
                _N3_G,
                r"e^{\pi}",
                r"""Since $(1 + \frac1n)^n \to e$, scaling the increment by $\pi$ scales the limit by $\pi$, giving
                $\pi e$.""",
                r"\pi e",
            ),
        ),
        (P, _is(_N3_E, "1")),
        (
            T,
            _half(
                _N3_G,
                0,
                r"""This is a $1^\infty$ form, so take logarithms and use the Taylor series of $\ln(1 + u)$:
                $n \ln(1 + \frac{\pi}{n}) = n\left(\frac{\pi}{n} - \frac{\pi^2}{2n^2} +""",
            ),
        ),
    ],
)

# Q: Evaluate the integral of e^{-x^2} from 0 to infinity.
_N4 = r"\frac{\sqrt{\pi}}{2}"
_N4_G = _t(r"""
Let $I = \int_0^\infty e^{-x^2} dx$. Then
$I^2 = \int_0^\infty \int_0^\infty e^{-(x^2 + y^2)} dx\,dy$ over the first quadrant.

In polar coordinates over the quarter plane: $I^2 = \int_0^{\pi/2} \int_0^\infty e^{-r^2} r\,dr\,d\theta
= \frac{\pi}{2} \cdot \frac12 = \frac{\pi}{4}$.

So $I = \frac{\sqrt\pi}{2}$. The full-line integral is $\sqrt\pi$, and ours is half of it by symmetry. Numeric:
$\frac{\sqrt\pi}{2} \approx 0.886$.
""")
_N4_B = _t(r"""
The Gaussian integral is $\int e^{-x^2} dx = \sqrt\pi$.

Half of it would be $\frac{\sqrt\pi}{2}$ if we integrated over half the line, but the Gaussian integral is usually
quoted from $0$, so the value is $\sqrt\pi$.
""")
_N4_B2 = _t(r"""
Squaring and using polar coordinates over the first quadrant: $I^2 = \frac{\pi}{2} \cdot \frac12 = \frac{\pi}{4}$.

So the value of the integral is $\frac{\pi}{4}$.
""")
_N4_E = _t(r"""
Substitute $u = x^2$: $du = 2x\,dx$... treating $x$ as roughly $1$ on the bulk of the mass, the integral becomes
$\int_0^\infty e^{-u} du = 1$.
""")
_add(
    "constants",
    _N4,
    [
        (C, _box(_N4_G, r"\frac{1}{2}\sqrt{\pi}")),
        (C, _is(_N4_G, r"\sqrt{\pi}/2")),
        (C, _fin(_N4_G, r"\sqrt{\pi/4}")),
        (
            C,
            _two(
                _N4_B2,
                r"\frac{\pi}{4}",
                r"""$\frac{\pi}{4}$ is $I^2$, not $I$. Taking the positive square root, $I = \frac{\sqrt\pi}{2}$.""",
                r"\frac{\sqrt{\pi}}{2}",
            ),
        ),
        (H, _disp(_N4_B, r"\sqrt{\pi}")),
        (H, _bold(_N4_B2, r"\frac{\pi}{4}")),
        (P, _box(_N4_E, "1")),
    ],
)

# Q: Compute lim_{x -> 0} (1 + 2x)^{1/x}.
_N5 = r"e^2"
_N5_G = _t(r"""
Take logarithms: $\frac{\ln(1 + 2x)}{x}$. As $x \to 0$, $\ln(1 + 2x) = 2x - 2x^2 + \dots$, so the ratio tends to
$2$.

Hence the limit is $e^2$.

Check numerically with $x = 0.001$: $(1.002)^{1000} \approx 7.374$, and $e^2 \approx 7.389$. The candidate
$e^{1/2} \approx 1.65$ (from inverting the $2$) is far off, so it is rejected.
""")
_N5_B = _t(r"""
Write $(1 + 2x)^{1/x} = \left((1 + 2x)^{1/(2x)}\right)^{?}$. With $t = 2x$, $(1 + t)^{1/t} \to e$, and $\frac1x$
relates to $\frac1t$ by a factor.

Since $\frac1x = \frac{1}{2t}$... the exponent is halved, and the limit is $e^{1/2}$, not $e^2$.
""")
_N5_B2 = _t(r"""
The standard limit $(1 + x)^{1/x} \to e$. Here the increment is doubled, and a doubled increment doubles the limit:
$2e$. (One might think of $e^2$, but the factor enters linearly.)
""")
_N5_E = _t(r"""
As $x \to 0$, the base $1 + 2x \to 1$, and $1$ raised to any power is $1$.
""")
_add(
    "constants",
    _N5,
    [
        (C, _box(_N5_G, r"e^{2}")),
        (C, _bold(_N5_G, r"\exp(2)")),
        (C, _say(_N5_G, r"So the limit is $e^2 \approx 7.389$.")),
        (
            C,
            _two(
                _N5_B,
                r"e^{1/2}",
                r"""With $t = 2x$ we have $\frac1x = \frac{2}{t}$, not $\frac{1}{2t}$; so the expression is
                $\left((1 + t)^{1/t}\right)^2 \to e^2$.""",
                r"e^2",
            ),
        ),
        (H, _is(_N5_B, r"e^{1/2}")),
        (H, _fin(_N5_B2, r"2e")),
        (P, _disp(_N5_E, "1")),
    ],
)

# Q: Evaluate the integral of sin^2 x from 0 to pi/2.
_N6 = r"\frac{\pi}{4}"
_N6_G = _t(r"""
Use $\sin^2 x = \frac{1 - \cos 2x}{2}$.

Then $\int_0^{\pi/2} \sin^2 x\,dx = \left[\frac{x}{2} - \frac{\sin 2x}{4}\right]_0^{\pi/2}
= \frac{\pi}{4} - \frac{\sin\pi}{4} = \frac{\pi}{4}$.

Check by symmetry: $\int_0^{\pi/2} \sin^2 = \int_0^{\pi/2} \cos^2$, and their sum is $\int_0^{\pi/2} 1 =
\frac{\pi}{2}$, so each is $\frac{\pi}{4}$. The value $\frac{\pi}{2}$ would come from forgetting the factor $\frac12$.
""")
_N6_B = _t(r"""
$\sin^2 x = \frac{1 - \cos 2x}{2}$, and the cosine part integrates to $0$ over $[0, \frac\pi2]$.

The remaining part is $\int_0^{\pi/2} 1\,dx = \frac{\pi}{2}$. (With the factor $\frac12$ one gets $\frac{\pi}{4}$,
but that factor was already used to rewrite $\sin^2$.)
""")
_N6_E = _t(r"""
$\sin^2 x \le 1$, and on most of $[0, \frac\pi2]$ it is close to $1$; the length $\frac{\pi}{2}$ is about $1.57$,
and trimming the region near $0$ leaves about $1$.
""")
_add(
    "constants",
    _N6,
    [
        (C, _box(_N6_G, r"\pi/4")),
        (C, _is(_N6_G, r"\frac{1}{4}\pi")),
        (C, _gsm(_N6_G, r"\frac{\pi}{4}")),
        (C, _bold(_N6_G, r"0.25\pi")),
        (H, _disp(_N6_B, r"\frac{\pi}{2}")),
        (
            H,
            _two(
                _N6_G,
                r"\frac{\pi}{4}",
                r"""The double-angle term contributes $-\frac{\sin 2x}{4}$, and at $x = \frac\pi2$ the half-angle
                rule halves the whole value once more.""",
                r"\frac{\pi}{8}",
            ),
        ),
        (P, _fin(_N6_E, "1")),
        (
            T,
            _half(
                _N6_G,
                1,
                r"Then $\int_0^{\pi/2} \sin^2 x\,dx = \left[\frac{x}{2} - \frac{\sin 2x}{4}\right]_0^{\pi/2} =",
            ),
        ),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# integers: a few single-number answers inside olympiad-style reasoning
# ---------------------------------------------------------------------------------------------------------------

# Q: What is the smallest positive integer n such that n! ends in exactly 25 zeros?
_I1 = "105"
_I1_G = _t(r"""
The number of trailing zeros of $n!$ is $Z(n) = \lfloor n/5 \rfloor + \lfloor n/25 \rfloor + \lfloor n/125 \rfloor
+ \dots$.

$Z(100) = 20 + 4 = 24$, so $100$ is too small. $Z(104) = 20 + 4 = 24$. $Z(105) = 21 + 4 = 25$.

So the first $n$ with exactly $25$ zeros is $105$; the values $105, \dots, 109$ all have $25$ zeros, and
$Z(110) = 22 + 4 = 26$. Wait, let me recheck that no smaller $n$ jumps to $25$: $Z$ only increases at multiples of
$5$, and $Z(100) = 24$ to $Z(105) = 25$ is the step.
""")
_I1_B = _t(r"""
$Z(n) = \lfloor n/5 \rfloor + \lfloor n/25 \rfloor$. $Z(105) = 21 + 4 = 25$, and $Z(109) = 21 + 4 = 25$, while
$Z(110) = 26$.

So the integers with exactly $25$ trailing zeros are $105, 106, 107, 108, 109$, and the extreme one is $109$.
""")
_I1_E = _t(r"""
Each factor $5$ gives a zero, and $125 = 5^3$ is the first number contributing three fives, so $n = 125$ is where
the count reaches $25$.
""")
_add(
    "integers",
    _I1,
    [
        (C, _box(_I1_G, "105")),
        (C, _say(_I1_G, r"So the smallest such $n$ is $n = 105$.")),
        (C, _gsm(_I1_G, "105")),
        (H, _fin(_I1_B, "109")),
        (
            H,
            _two(
                _I1_G,
                "105",
                r"""$100!$ has $\lfloor 100/5 \rfloor + \lfloor 100/25 \rfloor = 24$ zeros from the factors, plus
                the two zeros of the factor $100$ itself, so $100!$ already ends in $25$ zeros... or more, so the
                smallest is $100$.""",
                "100",
            ),
        ),
        (P, _bold(_I1_E, "125")),
    ],
)

# Q: Find the last two digits of 7^2026.
_I2 = "49"
_I2_G = _t(r"""
Powers of $7$ modulo $100$: $7^1 = 07$, $7^2 = 49$, $7^3 = 343 \equiv 43$, $7^4 = 2401 \equiv 01$.

So the cycle has length $4$. Since $2026 = 4 \cdot 506 + 2$, we get $7^{2026} \equiv 7^2 = 49 \pmod{100}$.

Check the exponent: $4 \cdot 506 = 2024$, and $2026 - 2024 = 2$. The residue $43$ would correspond to exponent
$\equiv 3$, so it is rejected.
""")
_I2_B = _t(r"""
Cycle of $7^k \bmod 100$: $07, 49, 43, 01$.

$2026 \bmod 4$: $2026 = 4 \cdot 506 + 2$... I will take the remainder as $3$ since $2 + 1$ counts the starting
position of the cycle, so $7^{2026} \equiv 43$. (The entry $49$ is the second one, which would be exponent $2$.)
""")
_I2_E = _t(r"""
$7^2 = 49$, $7^4 = 2401$, $7^8 \equiv 01$. Since $2026$ ends in $6$, take $7^6 = 117649$, whose last two digits are
$49$... combined with the thousands in $2026$, the last two digits become $29$.
""")
_add(
    "integers",
    _I2,
    [
        (C, _box(_I2_G, "49")),
        (C, _say(_I2_G, r"So the last two digits of $7^{2026}$ are $49$.")),
        (C, _fin(_I2_G, r"7^{2026} \equiv 49 \pmod{100}")),
        (
            C,
            _two(
                _I2_B,
                "43",
                r"""The cycle $07, 49, 43, 01$ is indexed by the exponent mod $4$ as $1, 2, 3, 0$; exponent
                $\equiv 2$ gives the second entry, $49$.""",
                "49",
            ),
        ),
        (H, _is(_I2_B, "43")),
        (
            H,
            _two(
                _I2_G,
                "49",
                r"""The cycle of $7$ modulo $100$ is $7, 49, 43, 01$, and an exponent $\equiv 2$ picks the third
                entry once we start counting at exponent $0$, so the answer is $43$.""",
                "43",
            ),
        ),
        (P, _bold(_I2_E, "29")),
        (T, _half(_I2_G, 1, r"So the cycle has length $4$, and $2026 = 4 \cdot 506 +")),
    ],
)

# Q: Find the remainder when 2^100 is divided by 7.
_I3 = "2"
_I3_G = _t(r"""
$2^3 = 8 \equiv 1 \pmod 7$, so powers of $2$ cycle with period $3$: $2, 4, 1, \dots$.

$100 = 3 \cdot 33 + 1$, so $2^{100} = (2^3)^{33} \cdot 2 \equiv 2 \pmod 7$.

Check with Fermat: $2^6 \equiv 1$, $100 = 6 \cdot 16 + 4$, $2^4 = 16 \equiv 2$. Same result. (The residue $4$ would
need exponent $\equiv 2 \pmod 3$, so it is rejected.)
""")
_I3_B = _t(r"""
$2^3 \equiv 1 \pmod 7$, cycle $2, 4, 1$. $100 \bmod 3 = 2$ since $99 = 3 \cdot 33$... and one more gives $100$, so
the remainder is $2$, meaning position $2$ in the cycle: $4$.
""")
_I3_E = _t(r"""
By Fermat, $2^6 \equiv 1 \pmod 7$; $100 = 6 \cdot 16 + 4$, and $2^4 = 16$, and $16 = 7 \cdot 2 + 2$... taking the
quotient digit, the remainder is $5$.
""")
_add(
    "integers",
    _I3,
    [
        (C, _box(_I3_G, "2")),
        (C, _say(_I3_G, r"The remainder is $2$.")),
        (C, _gsm(_I3_G, "2")),
        (
            C,
            _two(
                _I3_B,
                "4",
                r"""$100 \bmod 3 = 1$ (as $99$ is a multiple of $3$), and exponent $\equiv 1$ gives the first entry
                of the cycle, $2$.""",
                "2",
            ),
        ),
        (H, _fin(_I3_B, "4")),
        (
            H,
            _two(
                _I3_G,
                "2",
                r"""Listing the cycle from exponent $0$, the residues are $1, 2, 4$, and since
                $100 \equiv 1 \pmod 3$ we take the entry after the first one, which is $4$.""",
                "4",
            ),
        ),
        (P, _is(_I3_E, "5")),
    ],
)

# Q: How many positive integers n < 1000 satisfy n = 3 (mod 7) and n = 2 (mod 5)?
_I4 = "29"
_I4_G = _t(r"""
Solve the system by CRT. Numbers $\equiv 3 \pmod 7$: $3, 10, 17, 24, \dots$; among these $17 \equiv 2 \pmod 5$. So
$n \equiv 17 \pmod{35}$.

Count $n = 17 + 35k < 1000$ with $k \ge 0$: $35k < 983$, so $k \le 28$ (as $35 \cdot 28 = 980$ and
$35 \cdot 29 = 1015$). That gives $k = 0, 1, \dots, 28$.

So there are $29$ values; the largest is $17 + 980 = 997$. The count $28$ would forget $k = 0$.
""")
_I4_B = _t(r"""
CRT gives $n \equiv 17 \pmod{35}$. The values are $17 + 35k$ with $17 + 35k < 1000$, i.e. $k \le 28$.

Counting $k = 1, \dots, 28$ gives $28$ values (I first thought $29$, but $k$ starts at $1$ for positive multiples).
""")
_I4_B2 = _t(r"""
$n \equiv 17 \pmod{35}$. There are about $\frac{1000}{35} \approx 28.6$ such numbers below $1000$, and rounding up
gives $30$ once the starting value $17$ is added as an extra term.
""")
_I4_E = _t(r"""
The numbers $\equiv 2 \pmod 5$ below $1000$ are $2, 7, \dots, 997$, that is $200$ numbers, and the condition
modulo $7$ is automatically satisfied by a fixed fraction, so I count $200$.
""")
_add(
    "integers",
    _I4,
    [
        (C, _box(_I4_G, "29")),
        (C, _bold(_I4_G, "29")),
        (C, _say(_I4_G, r"There are $29$ such integers.")),
        (H, _is(_I4_B, "28")),
        (H, _fin(_I4_B2, "30")),
        (
            H,
            _two(
                _I4_G,
                "29",
                r"""$35 \cdot 28 = 1008$, which already exceeds $1000$, so $k$ only runs up to $27$, giving $28$
                values.""",
                "28",
            ),
        ),
        (P, _disp(_I4_E, "200")),
    ],
)

# Q: How many ordered triples (a, b, c) of nonnegative integers satisfy a + b + c = 10?
_I5 = "66"
_I5_G = _t(r"""
Stars and bars: $10$ stars and $2$ bars in a row, so $\binom{12}{2} = 66$.

Check the method on a small case: $a + b + c = 1$ has $3$ solutions and $\binom{3}{2} = 3$. For $a + b + c = 2$:
$\binom42 = 6$, namely $(2,0,0)$ three ways and $(1,1,0)$ three ways.

Also counting by $a$: for $a = k$ there are $11 - k$ pairs $(b, c)$, and $\sum_{k=0}^{10}(11 - k) = 66$. The value
$\binom{9}{2} = 36$ is for positive integers, so it is rejected.
""")
_I5_B = _t(r"""
Stars and bars for nonnegative solutions: $\binom{10 + 3 - 1}{3 - 1} = \binom{12}{2} = 66$.

But the bars should be placed among the $11$ gaps, so the count is $\binom{11}{2} = 55$.
""")
_I5_B2 = _t(r"""
Stars and bars: $\binom{12}{2} = 66$ counts nonnegative solutions. Since each of $a$, $b$, $c$ is a count, they
should be positive, so we use $\binom{9}{2} = 36$.
""")
_I5_E = _t(r"""
Choose $a$ and $b$ freely from $0$ to $9$, then $c$ is determined: $10 \cdot 10 = 100$ triples.
""")
_add(
    "integers",
    _I5,
    [
        (C, _box(_I5_G, "66")),
        (C, _fin(_I5_G, r"\binom{12}{2} = 66")),
        (C, _r1(_I5_G, "66")),
        (H, _bold(_I5_B, "55")),
        (H, _is(_I5_B2, "36")),
        (
            H,
            _two(
                _I5_G,
                "66",
                r"""Many of these are rearrangements of each other, such as $(10, 0, 0)$, $(0, 10, 0)$ and
                $(0, 0, 10)$. Counting each multiset $\{a, b, c\}$ once, i.e. the partitions of $10$ into at most
                three parts, gives $14$.""",
                "14",
            ),
        ),
        (P, _box(_I5_E, "100")),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# sets: finite solution sets
# ---------------------------------------------------------------------------------------------------------------

# Q: Find all integers n such that (n + 2)/(n - 1) is an integer.
_S1 = r"\{-2, 0, 2, 4\}"
_S1_G = _t(r"""
Write $\frac{n + 2}{n - 1} = 1 + \frac{3}{n - 1}$. This is an integer iff $(n - 1) \mid 3$.

So $n - 1 \in \{1, -1, 3, -3\}$, giving $n \in \{2, 0, 4, -2\}$.

Check: $n = 2$: $4$; $n = 0$: $\frac{2}{-1} = -2$; $n = 4$: $\frac{6}{3} = 2$; $n = -2$: $\frac{0}{-3} = 0$, and $0$
is an integer, so $n = -2$ counts. $n = 1$ is excluded (division by zero).
""")
_S1_B = _t(r"""
$\frac{n + 2}{n - 1} = 1 + \frac{3}{n - 1}$, so $n - 1$ divides $3$: $n - 1 \in \{\pm 1, \pm 3\}$, i.e.
$n \in \{-2, 0, 2, 4\}$.

For $n = -2$ the quotient is $\frac{0}{-3} = 0$, and a zero quotient is degenerate, so I drop it. The remaining
values are $0, 2, 4$.
""")
_S1_B2 = _t(r"""
$n - 1$ must divide $3$, so $n - 1 = 1$ or $n - 1 = 3$, giving $n = 2$ or $n = 4$.
""")
_S1_E = _t(r"""
We need $n - 1 \mid n + 2$. For $n = 1$ the denominator is... and for $n = 3$ we get $\frac52$. Testing odd $n$
only (as $n + 2$ and $n - 1$ must have the same parity), the candidates are $1$ and $3$.
""")
_add(
    "sets",
    _S1,
    [
        (C, _box(_S1_G, r"n \in \{4, 2, 0, -2\}")),
        (C, _is(_S1_G, r"n = -2, 0, 2, 4")),
        (C, _fin(_S1_G, r"\{0, 2, 4, -2\}")),
        (
            C,
            _two(
                _S1_B,
                r"\{0, 2, 4\}",
                r"""$0$ is an integer, so $n = -2$ satisfies the condition; nothing in the problem excludes a zero
                quotient.""",
                r"\{-2, 0, 2, 4\}",
            ),
        ),
        (H, _disp(_S1_B, r"\{0, 2, 4\}")),
        (H, _bold(_S1_B2, r"\{2, 4\}")),
        (P, _is(_S1_E, r"\{1, 3\}")),
        (T, _half(_S1_G, 1, r"So $n - 1 \in \{1, -1, 3, -3\}$, giving")),
    ],
)

# Q: Find all primes p such that p^2 + 2 is also prime.
_S2 = "3"
_S2_G = _t(r"""
Small cases: $p = 2$: $6$, not prime. $p = 3$: $11$, prime. $p = 5$: $27$, no. $p = 7$: $51 = 3 \cdot 17$, no.
$p = 11$: $123 = 3 \cdot 41$, no.

The pattern: for a prime $p \ne 3$, $p^2 \equiv 1 \pmod 3$, so $p^2 + 2 \equiv 0 \pmod 3$, and $p^2 + 2 > 3$, so it
is composite.

Hence the only prime is $p = 3$.
""")
_S2_B = _t(r"""
$p = 3$: $11$, prime. $p = 5$: $27$, composite. $p = 7$: $49 + 2 = 51$, and $51$ has no small factor that I can
see, so it is prime.

So $p = 3$ and $p = 7$.
""")
_S2_E = _t(r"""
For every odd prime $p$ we have $p^2 \equiv 1 \pmod 3$, so $p^2 + 2$ is a multiple of $3$ and not prime; and
$p = 2$ gives $6$. So no prime works.
""")
_add(
    "sets",
    _S2,
    [
        (C, _box(_S2_G, "p = 3")),
        (C, _bold(_S2_G, r"\{3\}")),
        (C, _say(_S2_G, r"So the answer is $p = 3$ only (and indeed $3^2 + 2 = 11$ is prime).")),
        (
            C,
            _two(
                _S2_B,
                r"3, 7",
                r"""$51 = 3 \cdot 17$, so $7^2 + 2$ is composite. In fact $p^2 + 2$ is a multiple of $3$ for every
                prime $p \ne 3$.""",
                "3",
            ),
        ),
        (H, _fin(_S2_B, r"p = 3 \text{ and } p = 7")),
        (H, _disp(_S2_B, r"\{3, 7\}")),
        (P, _is(_S2_E, r"\text{no such prime}")),
    ],
)

# Q: Find all real solutions of x^4 - 5x^2 + 4 = 0.
_S3 = r"\{-2, -1, 1, 2\}"
_S3_G = _t(r"""
Let $t = x^2 \ge 0$: $t^2 - 5t + 4 = (t - 1)(t - 4) = 0$, so $t = 1$ or $t = 4$.

Then $x^2 = 1$ gives $x = \pm 1$, and $x^2 = 4$ gives $x = \pm 2$.

Check: $x = 2$: $16 - 20 + 4 = 0$; $x = -1$: $1 - 5 + 4 = 0$. Four real roots, consistent with the degree. The
values $t = 1, 4$ themselves are not the roots in $x$ (so $x = 4$ is rejected: $256 - 80 + 4 \ne 0$).
""")
_S3_B = _t(r"""
With $t = x^2$, $(t - 1)(t - 4) = 0$ gives $t = 1, 4$, so $x = \pm 1, \pm 2$.

The negative values are mirror images and the problem presumably wants the distinct magnitudes, so the solutions
are $x = 1$ and $x = 2$.
""")
_S3_B2 = _t(r"""
Substituting $t = x^2$: $t^2 - 5t + 4 = 0$, so $t = 1$ or $t = 4$.

Undoing the substitution with signs: $x = \pm 1$ and $x = \pm 4$. (The alternative $\pm 2$ would come from taking
square roots, but the substitution is linear in $t$.)
""")
_S3_E = _t(r"""
By the rational root test, try $x = 1$: $1 - 5 + 4 = 0$. Try $x = 4$: the constant term is $4$, so $4$ should be a
root as well. So the solutions are $1$ and $4$.
""")
_add(
    "sets",
    _S3,
    [
        (C, _box(_S3_G, r"x = \pm 1, \pm 2")),
        (C, _fin(_S3_G, r"x \in \{1, -1, 2, -2\}")),
        (C, _is(_S3_G, r"-2, -1, 1, 2")),
        (C, _head(_S3_G, r"\{\pm 1, \pm 2\}")),
        (H, _disp(_S3_B, r"\{1, 2\}")),
        (H, _bold(_S3_B2, r"\{\pm 1, \pm 4\}")),
        (P, _box(_S3_E, r"\{1, 4\}")),
        (T, _half(_S3_G, 1, r"Then $x^2 = 1$ gives $x = \pm 1$, and $x^2 = 4$ gives $x =")),
    ],
)

# Q: Find all positive integers n such that n^2 + 1 divides n^3 + 3.
_S4 = r"\{1, 3\}"
_S4_G = _t(r"""
Divide: $n^3 + 3 = n(n^2 + 1) - n + 3$. So $n^2 + 1 \mid n^3 + 3$ iff $n^2 + 1 \mid 3 - n$.

If $n \ge 4$: $0 < n - 3 < n^2 + 1$, so $n^2 + 1$ cannot divide $3 - n \ne 0$. So $n \le 3$.

$n = 1$: $2 \mid 4$, yes. $n = 2$: $5 \mid 11$, no. $n = 3$: $10 \mid 30$, yes ($3 - n = 0$).

Wait, let me recheck $n = 1$ through the reduced condition: $n^2 + 1 = 2$ divides $3 - 1 = 2$. Good. So
$n \in \{1, 3\}$.
""")
_S4_B = _t(r"""
Divide: $n^3 + 3 = n(n^2 + 1) + (3 - n)$, so we need $n^2 + 1 \mid 3 - n$.

For every positive $n \ne 3$ the remainder satisfies $0 < |3 - n| < n^2 + 1$, so it cannot be a multiple of
$n^2 + 1$. (A list like $\{1, 3\}$ would need $n = 1$ to slip through, but the size bound rules it out.)

So $3 - n = 0$ and the only solution is $n = 3$.
""")
_S4_E = _t(r"""
Divide: $n^3 + 3 = n(n^2 + 1) - n - 3$... so we need $n^2 + 1 \mid n + 3$.

$n = 1$: $2 \mid 4$, yes. $n = 2$: $5 \mid 5$, yes. $n = 3$: $10 \mid 6$, no. For $n \ge 3$, $n + 3 < n^2 + 1$, so
nothing more.
""")
_add(
    "sets",
    _S4,
    [
        (C, _box(_S4_G, r"n = 1, 3")),
        (C, _bold(_S4_G, r"n \in \{3, 1\}")),
        (C, _say(_S4_G, r"Therefore the solutions are $n = 1$ and $n = 3$.")),
        (
            H,
            _two(
                _S4_G,
                r"\{1, 3\}",
                r"""For $n = 1$ the divisor $n^2 + 1 = 2$ is too small to be meaningful, and the reduction
                $n^2 + 1 \mid 3 - n$ is really meant for $3 - n = 0$; so only $n = 3$ remains.""",
                "n = 3",
            ),
        ),
        (
            C,
            _two(
                _S4_B,
                "n = 3",
                r"""For $n = 1$ the bound is not strict: $|3 - 1| = 2 = 1^2 + 1$, and indeed $2 \mid 4$. So $n = 1$
                also works, while $n = 2$ fails ($5 \nmid 11$).""",
                r"\{1, 3\}",
            ),
        ),
        (H, _is(_S4_B, "n = 3")),
        (P, _fin(_S4_E, r"\{1, 2\}")),
        (T, _half(_S4_G, 2, r"$n = 1$: $2 \mid 4$, yes. $n = 2$: $5 \mid 11$, no. $n = 3$:")),
    ],
)


assert len(TWENTYNINTH) == 461
assert _TALLY["problems"] == 60 and len(_CATEGORIES) == 10
assert _TALLY[C] == 241 and _TALLY[T] == 32
assert _TALLY[H] == 128 and _TALLY[P] == 60
assert sum(1 for row in TWENTYNINTH if row[3] == W) == 188
assert len(set(TWENTYNINTH)) == len(TWENTYNINTH)
