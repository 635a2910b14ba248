"""TWENTYFIFTH: a held-out batch of labelled answer-verification pairs in reasoning-model transcript styles.

Written on 2026-12-03 by a helper session (branch h/batch25) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any
pair. Every pair was labelled by hand (python and sympy used by hand to check the arithmetic only); pairs a
reasonable grader could label either way were left out. Committed before any grading run, so its first run is an
out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The focus is
transcripts as they come out of open-weight R1/QwQ-style reasoning models and their distillations: a `<think>`
... `</think>` block (long, with false starts, "Hmm", "Wait", rejected candidates, and sometimes a tentative
boxed value inside the think block) followed by a short written solution and a final answer. Endings: a summary
then "**Final Answer**" with `\\boxed{}` on the next line, the same with a `\\[ \\boxed{} \\]` display, a display box
after a sentence, the answer stated only in prose after `</think>` ("Therefore, the answer is $x$."), "**Answer:**
$x$", "Final Answer: The final answer is $x$. I hope it is correct.", a box followed by a remark, "The final answer
is $\\boxed{x}$.", "### Solution" / "### Final Answer" headings, a "**Solution.**" paragraph closed by
`\\(\\boxed{x}\\)`, QwQ-style output with no opening `<think>` tag (the tag sits in the prompt, only `</think>`
appears), GSM8K `#### x`, and responses whose answer is inside the think block only, with nothing after
`</think>` (boxed, under "**Final Answer**", or in plain prose). The label follows the stated answer after
`</think>` when there is one; otherwise the last answer stated inside the think block. A response that stops
inside the think block mid-sentence is truncated.
Answer forms: AIME integers, fractions, surds, expressions in a variable, intervals and unions, solution sets,
ordered pairs and triples, complex numbers a+bi (and a ± bi root pairs), matrices (pmatrix, bmatrix, array,
a scalar times a matrix), degrees and radians, multiple-choice letters with and without the option text, base-n
numerals (`110101_2`, `432_5`, `(110111)_2`, `_{\\text{two}}`), scientific notation, percentages, and text answers
("even", "no solution", the empty set, "diverges").
The batch leans on precision: about two thirds of the negatives are hard, with the gold in the text (an
intermediate, a rejected candidate, a tentative box inside the think block later overruled) while the final answer
differs slightly (off by one, a sign, a factor, a missing or extra root, a closed endpoint, a swapped pair or
triple, a transposed matrix or the adjugate for the inverse, reversed binary digits, a dropped carry, a power of
ten, the substituted variable for the unknown, a wrong letter, a percent of a ratio). Correct rows use equivalent
forms (`\\dfrac`, unsimplified fractions, repeating decimals, mixed numbers, `x=` prefixes, reordered sets, roots
and factors, unsimplified surds, `\\pm` against two listed roots, degree signs and words, units in `\\text{}` and
`\\mathrm{}`, `{,}` digit separators, bmatrix and array for pmatrix, `\\emptyset`, `\\{\\}` and words for the empty
set) and wrong tentative boxes inside the think block that the stated answer after `</think>` overrules.
Each problem has one worked reasoning (`_G`, reaching the gold), one flawed reasoning with the gold in it (`_B`)
and one flawed reasoning without it (`_E`), with a short written solution for each (`_GS`, `_BS`, `_ES`); `_std`
builds the rows of a problem: the worked reasoning under two endings, a flawed reasoning whose tentative box is
corrected by a "Wait" paragraph (`_GF`), the worked reasoning with the answer inside the think block only (or
boxed both inside and after it), the flawed reasoning with the gold, the worked reasoning whose tentative box of
the gold is overruled by a "Wait" paragraph (`_BW`) and a wrong stated answer, the flawed reasoning without the
gold, and (for about half the problems) the first paragraphs of the think block cut off mid-sentence. Endings
rotate from problem to problem. Rows are added per problem through `_add`, which tags each negative as hard (H)
or plain (P) in `_TALLY`. The question itself is not part of the row; the comment above each problem states it.
Two kinds of extra rows: a GSM8K `#### x` ending for each integer problem (correct), and a missing-root answer
(one of the two complex roots of a quadratic) for the quadratic over the complex numbers (hard).
60 problems in 15 categories (integers, fractions, surds, expressions, intervals, sets, tuples, complex,
matrices, angles, choice, base_n, scientific, percent, text; 4 problems each); 457 rows: 244 correct, 181
incorrect, 32 truncated. Of the 181 negatives, 121 are hard (built on a flawed reasoning that holds the gold, or
on a tentative box of the gold inside the think block later overruled by a wrong stated answer) and 60 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYFIFTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYFIFTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _p(block: str) -> list[str]:
    """A wrapped text block as a list of paragraphs."""
    return _t(block).split("\n\n")


def _th(paras: list[str], open_tag: bool = True) -> str:
    """The think block; QwQ-style output has no opening tag (it sits in the prompt), only `</think>`."""
    return ("<think>\n" if open_tag else "") + "\n\n".join(paras) + "\n</think>\n\n"


def _fa(g: list[str], s: str, a: str) -> str:
    """R1: summary, then **Final Answer** with the box on the next line."""
    return _th(g) + s + "\n\n**Final Answer**\n\\boxed{" + a + "}"


def _fad(g: list[str], s: str, a: str) -> str:
    """R1: summary, then **Final Answer** with a display box."""
    return _th(g) + s + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _dis(g: list[str], s: str, a: str) -> str:
    """A display box closing the written solution."""
    return _th(g) + s + " Hence\n\\[ \\boxed{" + a + "} \\]"


def _pro(g: list[str], s: str, a: str) -> str:
    """The answer only in prose after `</think>`, no box."""
    return _th(g) + s + " Therefore, the answer is $" + a + "$."


def _bold(g: list[str], s: str, a: str) -> str:
    """A bold **Answer:** line."""
    return _th(g) + s + "\n\n**Answer:** $" + a + "$"


def _mnv(g: list[str], s: str, a: str) -> str:
    """Minerva-style closing sentence."""
    return _th(g) + s + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _rmk(g: list[str], s: str, a: str) -> str:
    """A display box followed by a remark without numbers."""
    return (
        _th(g)
        + s
        + "\n\n\\[\\boxed{"
        + a
        + "}\\]\n\nThis agrees with the check carried out in the reasoning above, so I am confident in it."
    )


def _fin(g: list[str], s: str, a: str) -> str:
    """`The final answer is $\\boxed{..}$.`"""
    return _th(g) + s + "\n\nThe final answer is $\\boxed{" + a + "}$."


def _hd(g: list[str], s: str, a: str) -> str:
    """Markdown headings: ### Solution, then ### Final Answer with a display box."""
    return _th(g) + "### Solution\n" + s + "\n\n### Final Answer\n\\[ \\boxed{" + a + "} \\]"


def _par(g: list[str], s: str, a: str) -> str:
    """A **Solution.** paragraph closed by an inline `\\(\\boxed{..}\\)`."""
    return _th(g) + "**Solution.** " + s + " Therefore the answer is \\(\\boxed{" + a + "}\\)."


def _qwq(g: list[str], s: str, a: str) -> str:
    """QwQ: no opening `<think>`, the reasoning, `</think>`, a summary and a boxed answer."""
    return _th(g, open_tag=False) + s + "\n\nThe final answer is $\\boxed{" + a + "}$."


def _gsm(g: list[str], s: str, a: str) -> str:
    """A distilled model trained on GSM8K: `#### answer` as the last line."""
    return _th(g) + s + "\n\n#### " + a


_ENDS = [_fa, _fad, _dis, _pro, _bold, _mnv, _rmk, _fin, _hd, _par, _qwq]


def _only(g: list[str], a: str, k: int) -> str:
    """The answer inside the think block only, nothing after `</think>`."""
    tail = [
        "So the final answer is $\\boxed{" + a + "}$.",
        "**Final Answer**\n\\boxed{" + a + "}",
        "Okay, I'm confident now. The answer is $" + a + "$.",
    ][k % 3]
    return "<think>\n" + "\n\n".join(g) + "\n\n" + tail + "\n</think>"


def _rep(g: list[str], s: str, a: str) -> str:
    """R1: **Final Answer** with a box at the end of the think block, repeated after it."""
    return _th(g + ["**Final Answer**\n\\boxed{" + a + "}"]) + s + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _tent(a: str, k: int) -> str:
    """A tentative box inside the think block, before a recheck."""
    return [
        "**Final Answer**\n\\boxed{" + a + "}",
        "So the answer should be $\\boxed{" + a + "}$.",
        "That gives \\(\\boxed{" + a + "}\\). Let me double-check before finalizing.",
    ][k % 3]


def _half(g: list[str], k: int, frag: str, open_tag: bool = True) -> str:
    """The first k paragraphs of a think block, then a sentence cut off mid-way."""
    return ("<think>\n" if open_tag else "") + "".join(p + "\n\n" for p in g[:k]) + frag


def _std(
    gold: str,
    g: list[str],
    gs: str,
    forms: list[str],
    b: list[str],
    bs: str,
    bad: str,
    gf: str,
    bw: str,
    e: list[str],
    es: str,
    err: str,
    cut: tuple[int, str],
) -> list[tuple[str, str]]:
    """The standard rows of one problem, endings rotated by the problem's index."""
    i, n = _TALLY["problems"], len(_ENDS)
    gs, bs, es, gf, bw = _t(gs), _t(bs), _t(es), _t(gf), _t(bw)
    rows = [
        (C, _ENDS[i % n](g, gs, forms[0])),
        (C, _ENDS[(i + 4) % n](g, gs, forms[1])),
        (C, _ENDS[(i + 8) % n](b + [_tent(bad, i), gf], gs, forms[2])),
        (C, _only(g, forms[3], i // 2) if i % 2 == 0 else _rep(g, gs, forms[3])),
        (H, _only(b, bad, i) if i % 3 == 0 else _ENDS[(i + 2) % n](b, bs, bad)),
        (H, _ENDS[(i + 6) % n](g + [_tent(gold, i + 1), bw], bs, bad)),
        (P, _ENDS[(i + 9) % n](e, es, err)),
    ]
    if i % 2 == 0 or i % 15 == 7:
        rows.append((T, _half(g, cut[0], cut[1], open_tag=i % 3 != 1)))
    return rows


# ---------------------------------------------------------------- integers (AIME style, 000-999)

# Find the remainder when 7^{2026} is divided by 1000.
_G = _p(r"""
Okay, so I need the remainder of $7^{2026}$ modulo 1000. Euler's theorem gives $\varphi(1000) = 400$, so
$7^{400} \equiv 1$, but maybe the order is much smaller. Let me just compute small powers.

$7^2 = 49$, $7^4 = 2401 \equiv 401 \pmod{1000}$. Hmm, 401 is nice. $401^2 = 160801 \equiv 801$, and
$401^4 \equiv 801^2 = 641601 \equiv 601$. Then $401^5 \equiv 601 \cdot 401 = 241001 \equiv 1$. So
$7^{20} \equiv 1 \pmod{1000}$.

Wait, let me double-check that $7^{20} \equiv 1$ another way: $7^{10} = 282475249 \equiv 249$, and
$249^2 = 62001 \equiv 1$. Yes, good, so the order divides 20.

Now $2026 = 20 \cdot 101 + 6$, so $7^{2026} \equiv 7^6$. I first thought $7^6$ ends like $343 \cdot 7 = 2401$...
no, that's $7^4$. Let me redo: $7^3 = 343$, and $7^6 = 343^2 = 117649$. So the remainder is 649.
""")
_GS = r"""Since $7^4 \equiv 401$ and $401^5 \equiv 1 \pmod{1000}$, we have $7^{20} \equiv 1$. As
$2026 = 20\cdot 101 + 6$, $7^{2026} \equiv 7^6 = 117649 \equiv 649 \pmod{1000}$."""
_B = _p(r"""
Alright, remainder of $7^{2026}$ mod 1000. Let me find the cycle. $7^4 = 2401 \equiv 401$,
$7^{10} = 282475249 \equiv 249$, and $249^2 = 62001 \equiv 1$, so $7^{20} \equiv 1$.

$2026 = 20 \cdot 101 + 6$, so I need $7^6$. $7^3 = 343$ and $343^2 = 343 \cdot 300 + 343 \cdot 43 = 102900 + 14749
= 117649$, which would give 649. Hmm, wait, let me recompute $343 \cdot 43$: $343 \cdot 40 = 13720$ and
$343 \cdot 3 = 1029$... I think I mis-added: $13720 + 1029 = 14649$. Then $102900 + 14649 = 117549$. So
$7^6 \equiv 549$.
""")
_BS = r"""The powers of 7 repeat with period 20 modulo 1000 ($7^{10} \equiv 249$ and $249^2 \equiv 1$). Since
$2026 \equiv 6 \pmod{20}$, the remainder equals that of $7^6 = 117549$, namely 549."""
_GF = r"""Wait, let me recheck that addition: $13720 + 1029 = 14749$, not 14649. So $343^2 = 102900 + 14749 =
117649$, and $7 \cdot 7^5 = 7 \cdot 16807 = 117649$ confirms it. The remainder is 649, not 549."""
_BW = r"""Hmm, hold on, let me recompute $343^2$ by hand to be safe: $343 \cdot 343 = 102900 + (13720 + 1029)$, and
$13720 + 1029 = 14649$, so $343^2 = 117549$. So $7^6 \equiv 549$ and the remainder is 549."""
_E = _p(r"""
We want $7^{2026} \bmod 1000$. I remember $7^4 = 2401$, which is 1 more than a multiple of 100... so
$7^4 \equiv 1$. Then $2026 = 4 \cdot 506 + 2$, so $7^{2026} \equiv 7^2 = 49$.

Let me sanity check with $7^8 = 5764801$, which ends in 01, consistent with $7^4 \equiv 1$. So the remainder is 49.
""")
_ES = r"""Because $7^4 = 2401 \equiv 1$ and $2026 \equiv 2 \pmod 4$, we get $7^{2026} \equiv 7^2 = 49$."""
_add(
    "integers",
    "649",
    _std(
        "649",
        _G,
        _GS,
        ["649", "649", "649", "649"],
        _B,
        _BS,
        "549",
        _GF,
        _BW,
        _E,
        _ES,
        "49",
        (1, "Now 2026 divided by 20 gives 101 with remainder"),
    )
    + [(C, _gsm(_G, _t(_GS), "649"))],
)

# How many ordered pairs of positive integers (a, b) satisfy lcm(a, b) = 360?
_G = _p(r"""
Okay, $360 = 2^3 \cdot 3^2 \cdot 5$. For each prime $p$ with exponent $e$ in 360, the exponents of $p$ in $a$ and
$b$ are $x, y$ with $\max(x, y) = e$. The number of pairs $(x, y)$ in $\{0, \dots, e\}^2$ with max exactly $e$
is $(e+1)^2 - e^2 = 2e + 1$.

Hmm, first I was going to say $(e+1)^2$ for each prime, which would give $16 \cdot 9 \cdot 4 = 576$, but that
counts pairs where neither reaches the max, i.e. pairs whose lcm is a proper divisor. So subtract: for $e = 3$:
$16 - 9 = 7$; for $e = 2$: $9 - 4 = 5$; for $e = 1$: $4 - 1 = 3$.

Total $7 \cdot 5 \cdot 3 = 105$. Quick check on a small case: $\operatorname{lcm}(a, b) = 2$ should give
$2 \cdot 1 + 1 = 3$ pairs: $(1,2), (2,1), (2,2)$. Yes. So there are 105 ordered pairs.
""")
_GS = r"""Write $360 = 2^3\cdot 3^2\cdot 5$. For a prime with exponent $e$ there are $2e+1$ exponent pairs whose
maximum is $e$, so the count is $7\cdot 5\cdot 3 = 105$."""
_B = _p(r"""
$360 = 2^3 \cdot 3^2 \cdot 5$. For each prime the exponent pair $(x, y)$ must have max equal to the exponent $e$,
giving $2e+1$ options: 7, 5 and 3. So $7 \cdot 5 \cdot 3 = 105$.

Hmm, but $(a, b)$ and $(b, a)$ describe the same pair of numbers with the same lcm, so I should not double count.
Only $a = b = 360$ is symmetric with itself, so the number of pairs is $(105 + 1)/2 = 53$.
""")
_BS = r"""There are $7\cdot 5\cdot 3 = 105$ exponent choices; identifying $(a,b)$ with $(b,a)$ and keeping the single
diagonal pair $(360, 360)$ gives $(105+1)/2 = 53$."""
_GF = r"""Wait, the problem says ordered pairs, so $(a, b)$ and $(b, a)$ are different and I should not halve. The
count stays $7 \cdot 5 \cdot 3 = 105$."""
_BW = r"""Hmm, but then $(a, b)$ and $(b, a)$ are counted separately. Only $(360, 360)$ is fixed by swapping, so
identifying swapped pairs gives $(105 + 1)/2 = 53$ pairs."""
_E = _p(r"""
Each of $a$ and $b$ must divide $360 = 2^3 \cdot 3^2 \cdot 5$, so for each prime the exponents of $a$ and $b$ each
range from 0 to $e$ independently. That is $(3+1)^2$ choices for 2, $(2+1)^2$ for 3, $(1+1)^2$ for 5.

So $16 \cdot 9 \cdot 4 = 576$. Let me double check: $16 \cdot 9 = 144$ and $144 \cdot 4 = 576$. So 576 ordered
pairs.
""")
_ES = r"""Each exponent of $a$ and $b$ ranges independently over $0, \dots, e$, giving $16\cdot 9\cdot 4 = 576$
pairs."""
_add(
    "integers",
    "105",
    _std(
        "105",
        _G,
        _GS,
        ["105", "105", "105", "105"],
        _B,
        _BS,
        "53",
        _GF,
        _BW,
        _E,
        _ES,
        "576",
        (1, "For $e = 3$ that is $16 - 9 = 7$, for $e = 2$ it is"),
    )
    + [(C, _gsm(_G, _t(_GS), "105"))],
)

# How many integers n with 1 <= n <= 1000 are divisible by 6 or by 10 but not by 15?
_G = _p(r"""
Let me count multiples of 6 or 10 first. $\lfloor 1000/6 \rfloor = 166$, $\lfloor 1000/10 \rfloor = 100$, and
$\operatorname{lcm}(6,10) = 30$ gives $\lfloor 1000/30 \rfloor = 33$. So $166 + 100 - 33 = 233$ numbers are
divisible by 6 or 10.

Now remove those divisible by 15. A multiple of 6 that is divisible by 15 is a multiple of
$\operatorname{lcm}(6,15) = 30$; a multiple of 10 that is divisible by 15 is also a multiple of 30. So the ones to
remove are exactly the multiples of 30: 33 of them.

Hmm, wait, is that right? A number divisible by 15 and by 6 is divisible by 30, yes, and 15 with 10 also gives
30. So $233 - 33 = 200$.

Check on 1..30: multiples of 6: 6, 12, 18, 24, 30; of 10: 10, 20, 30; union {6, 10, 12, 18, 20, 24, 30}, remove
30, leaving 6 numbers. And $200/1000 \cdot 30 = 6$. Consistent. So the answer is 200.
""")
_GS = r"""There are $166 + 100 - 33 = 233$ multiples of 6 or 10 up to 1000; those also divisible by 15 are exactly the
33 multiples of 30, leaving $233 - 33 = 200$."""
_B = _p(r"""
Multiples of 6 up to 1000: 166. Multiples of 10: 100. Both (multiples of 30): 33. Union: 233. Remove multiples of
15 in the union, which are the multiples of 30: 33. So 200.

Hmm, let me double check the endpoint. 1000 itself is a multiple of 10 and not of 15, so it is in the set. But I
think the intent is $n < 1000$, so drop it: $200 - 1 = 199$.
""")
_BS = r"""The union of multiples of 6 and 10 has 233 elements, 33 of which are multiples of 30; removing them and
then the endpoint 1000 leaves 199."""
_GF = r"""Wait, the condition is $1 \le n \le 1000$, so 1000 is allowed and should stay in. The count is
$233 - 33 = 200$."""
_BW = r"""Hmm, one more thing: the endpoint 1000 is a multiple of 10 and not of 15. I'll treat the range as
$n < 1000$ and drop it, which gives $200 - 1 = 199$."""
_E = _p(r"""
Count multiples of 6 or 10: $166 + 100 - 33 = 233$. Now subtract the multiples of 15 up to 1000, which number
$\lfloor 1000/15 \rfloor = 66$.

So $233 - 66 = 167$.
""")
_ES = r"""233 numbers are multiples of 6 or 10, and subtracting the 66 multiples of 15 leaves 167."""
_add(
    "integers",
    "200",
    _std(
        "200",
        _G,
        _GS,
        ["200", "200", "200", "200"],
        _B,
        _BS,
        "199",
        _GF,
        _BW,
        _E,
        _ES,
        "167",
        (1, "Now remove those divisible by 15. A multiple of 6 that is divisible by 15 is a multiple of"),
    )
    + [(C, _gsm(_G, _t(_GS), "200"))],
)

# Find the sum of the digits of 10^{25} - 25.
_G = _p(r"""
Hmm, $10^{25}$ is 1 followed by 25 zeros. Subtracting 25 gives... let me look at small cases first.
$10^3 - 25 = 975$, $10^4 - 25 = 9975$. So $10^n - 25$ is $(n-2)$ nines followed by 75.

For $n = 25$, that is 23 nines then 7 and 5. Wait, let me count the digits: $10^{25} - 25$ has 25 digits, and
$23 + 2 = 25$. Good.

Digit sum: $23 \cdot 9 + 7 + 5 = 207 + 12 = 219$. Check with $n = 4$: 9975 has digit sum $9+9+7+5 = 30 =
2 \cdot 9 + 12$. The formula works. So 219.
""")
_GS = r"""$10^{25} - 25 = 99\ldots975$ with 23 nines followed by 75, so the digit sum is
$23\cdot 9 + 7 + 5 = 219$."""
_B = _p(r"""
$10^{25} - 25$: subtracting 25 from $100\ldots0$ gives $99\ldots975$. How many nines? $10^{25}$ has 26 digits, so
the result has 25 digits: the last two are 7 and 5 and the other 23 are nines, giving $23 \cdot 9 + 12 = 219$.

Hmm wait, let me redo this with a small case: $10^3 - 25 = 975$ has 3 digits... I think the nines number $n - 1$
here, so for $n = 25$ there are 24 nines. Sum $24 \cdot 9 + 12 = 228$.
""")
_BS = r"""$10^{25} - 25$ consists of 24 nines followed by 75, so its digit sum is $24\cdot 9 + 7 + 5 = 228$."""
_GF = r"""Wait, that's inconsistent: 975 has one nine, and $n - 2 = 1$, not $n - 1 = 2$. So for $n = 25$ there are
23 nines and the digit sum is $23 \cdot 9 + 12 = 219$."""
_BW = r"""Hmm, hold on, let me recount the nines using $10^3 - 25 = 975$: three digits, and I'll say the nines
number $n - 1$. Then for $n = 25$ there are 24 nines, and the sum is $24 \cdot 9 + 12 = 228$."""
_E = _p(r"""
$10^{25} - 25$ ends in 75, and everything before that is nines. The number $10^{25}$ has 25 digits, so the
difference has 24 digits, i.e. 22 nines then 75.

Sum: $22 \cdot 9 + 7 + 5 = 198 + 12 = 210$.
""")
_ES = r"""The difference is 22 nines followed by 75, giving $22\cdot 9 + 12 = 210$."""
_add(
    "integers",
    "219",
    _std(
        "219",
        _G,
        _GS,
        ["219", "219", "219", "219"],
        _B,
        _BS,
        "228",
        _GF,
        _BW,
        _E,
        _ES,
        "210",
        (1, "For $n = 25$, that is"),
    )
    + [(C, _gsm(_G, _t(_GS), "219"))],
)

# ---------------------------------------------------------------- fractions

# Two fair six-sided dice are rolled. What is the probability that the sum is prime?
_G = _p(r"""
Okay, possible sums 2 through 12. The primes are 2, 3, 5, 7, 11. Count outcomes: sum 2: 1 way; sum 3: 2 ways;
sum 5: 4 ways; sum 7: 6 ways; sum 11: 2 ways.

Total $1 + 2 + 4 + 6 + 2 = 15$. Hmm, did I miss 13? No, the max is 12. Is 9 prime? No. So 15 favourable out of
36.

$15/36$ reduces by 3 to $5/12$. Quick check: the complement has 21 outcomes, and $21 + 15 = 36$. So the
probability is $5/12$.
""")
_GS = r"""The prime sums are 2, 3, 5, 7, 11, with $1 + 2 + 4 + 6 + 2 = 15$ of the 36 outcomes, so the probability is
$\frac{15}{36} = \frac{5}{12}$."""
_B = _p(r"""
Prime sums: 2, 3, 5, 7, 11. Ways: 1, 2, 4, 6, 2, total 15, so $15/36 = 5/12$.

Hmm, let me re-list sum 5 to be safe: (1,4), (2,3), (4,1). That's 3, not 4. So the total is 14, and
$14/36 = 7/18$.
""")
_BS = r"""The prime sums 2, 3, 5, 7, 11 occur in $1 + 2 + 3 + 6 + 2 = 14$ of 36 outcomes, so the probability is
$\frac{14}{36} = \frac{7}{18}$."""
_GF = r"""Wait, I left out (3,2) for sum 5: (1,4), (2,3), (3,2), (4,1) is 4 ways. So the count is 15 and the
probability is $15/36 = 5/12$."""
_BW = r"""Hmm, let me re-list sum 5 to be safe: (1,4), (2,3), (4,1). That's 3 ways, so the total is 14 and the
probability is $14/36 = 7/18$."""
_E = _p(r"""
The sum can be any of 2, 3, ..., 12, which is 11 values. The prime ones are 2, 3, 5, 7, 11: five values.

So the probability is $5/11$. Hmm, that seems reasonable.
""")
_ES = r"""Of the 11 possible sums, 5 are prime, giving $\frac{5}{11}$."""
_add(
    "fractions",
    r"\frac{5}{12}",
    _std(
        r"\frac{5}{12}",
        _G,
        _GS,
        [r"\frac{5}{12}", r"\dfrac{15}{36}", "5/12", r"0.41\overline{6}"],
        _B,
        _BS,
        r"\frac{7}{18}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{5}{11}",
        (1, "Total $1 + 2 + 4 + 6 + 2 ="),
    ),
)

# Compute 1/(1*3) + 1/(3*5) + ... + 1/(19*21).
_G = _p(r"""
Partial fractions: $\frac{1}{(2k-1)(2k+1)} = \frac{1}{2}\left(\frac{1}{2k-1} - \frac{1}{2k+1}\right)$. Let me
verify with $k = 1$: $\frac12(1 - \frac13) = \frac13 = \frac{1}{1\cdot 3}$. Good.

The last term $\frac{1}{19 \cdot 21}$ has $2k - 1 = 19$, so $k = 10$. The sum telescopes:
$\frac12\left(1 - \frac{1}{21}\right) = \frac12 \cdot \frac{20}{21} = \frac{10}{21}$.

Hmm, wait, I should double check the number of terms: denominators $1\cdot 3, 3 \cdot 5, \dots, 19 \cdot 21$, so
$k = 1..10$, 10 terms. Check partial sums: the formula $\frac{n}{2n+1}$ gives $\frac13$ for $n = 1$, and
$\frac13 + \frac1{15} = \frac{6}{15} = \frac25$ for $n = 2$. Yes. For $n = 10$: $\frac{10}{21}$.
""")
_GS = r"""Since $\frac{1}{(2k-1)(2k+1)} = \frac12\left(\frac{1}{2k-1} - \frac{1}{2k+1}\right)$, the sum telescopes
to $\frac12\left(1 - \frac{1}{21}\right) = \frac{10}{21}$."""
_B = _p(r"""
Telescoping: $\frac{1}{(2k-1)(2k+1)} = \frac{A}{2k-1} + \frac{B}{2k+1}$. I recall the factor is $\frac12$, which
would give $\frac12(1 - \frac1{21}) = \frac{10}{21}$.

Hmm, wait, let me redo the decomposition: $\frac{1}{2k-1} - \frac{1}{2k+1} = \frac{(2k+1) - (2k-1)}{(2k-1)(2k+1)}
= \frac{2}{(2k-1)(2k+1)}$... I'll take the difference itself as the term. So the sum is
$1 - \frac{1}{21} = \frac{20}{21}$.
""")
_BS = r"""Writing each term as $\frac{1}{2k-1} - \frac{1}{2k+1}$, the sum telescopes to
$1 - \frac{1}{21} = \frac{20}{21}$."""
_GF = r"""Wait, that difference equals $\frac{2}{(2k-1)(2k+1)}$, twice the term, so I need the factor $\frac12$:
the sum is $\frac12\left(1 - \frac{1}{21}\right) = \frac{10}{21}$."""
_BW = r"""Hmm, let me redo the decomposition without the factor: I'll take each term as
$\frac{1}{2k-1} - \frac{1}{2k+1}$. Then the sum telescopes to $1 - \frac{1}{21} = \frac{20}{21}$."""
_E = _p(r"""
The general term is $\frac{1}{(2k-1)(2k+1)}$ and the sum of the first $n$ terms is $\frac{n}{2n+1}$. For the
last denominator $19 \cdot 21$, counting the odd numbers 1, 3, 5, ..., 21 gives 11 terms.

So the sum is $\frac{11}{23}$.
""")
_ES = r"""With $\frac{n}{2n+1}$ for $n$ terms and 11 terms, the sum is $\frac{11}{23}$."""
_add(
    "fractions",
    r"\frac{10}{21}",
    _std(
        r"\frac{10}{21}",
        _G,
        _GS,
        [r"\frac{10}{21}", r"\dfrac{20}{42}", "10/21", r"\tfrac{10}{21}"],
        _B,
        _BS,
        r"\frac{20}{21}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{11}{23}",
        (1, r"The last term $\frac{1}{19 \cdot 21}$ has $2k - 1 = 19$, so $k ="),
    ),
)

# Solve 3/(x - 1) = 5/(x + 2).
_G = _p(r"""
Cross-multiply: $3(x + 2) = 5(x - 1)$. So $3x + 6 = 5x - 5$. Hmm, moving terms: $6 + 5 = 5x - 3x$, so
$11 = 2x$ and $x = \frac{11}{2}$.

Wait, let me make sure I didn't pair things wrongly: $3(x - 1) = 5(x + 2)$ would be the wrong pairing.
Cross-multiplying $\frac ab = \frac cd$ gives $ad = bc$: $3(x+2) = 5(x-1)$. Right.

Check $x = 5.5$: $3/4.5 = 2/3$ and $5/7.5 = 2/3$. Equal. And $x = \frac{11}{2}$ doesn't make a denominator zero.
So $x = \frac{11}{2}$.
""")
_GS = r"""Cross-multiplying gives $3(x+2) = 5(x-1)$, so $3x + 6 = 5x - 5$ and $x = \frac{11}{2}$; both sides equal
$\frac23$ there."""
_B = _p(r"""
Cross-multiplying: $3(x + 2) = 5(x - 1)$ gives $3x + 6 = 5x - 5$, so $x = \frac{11}{2}$. Hmm, but I want to
double-check the pairing of numerators and denominators. I think it's each numerator times its own denominator:
$3(x - 1) = 5(x + 2)$.

Then $3x - 3 = 5x + 10$, so $-13 = 2x$ and $x = -\frac{13}{2}$.
""")
_BS = r"""From $3(x-1) = 5(x+2)$ we get $3x - 3 = 5x + 10$, so $x = -\frac{13}{2}$."""
_GF = r"""Wait, check $x = -\frac{13}{2}$: $3/(-7.5) = -0.4$ but $5/(-4.5) \approx -1.11$. Not equal. The correct
cross-multiplication is $3(x + 2) = 5(x - 1)$, giving $x = \frac{11}{2}$, and $3/4.5 = 5/7.5 = 2/3$ checks out."""
_BW = r"""Hmm, actually, let me redo the cross-multiplication as $3(x - 1) = 5(x + 2)$, pairing each numerator with
its own denominator. Then $3x - 3 = 5x + 10$ and $x = -\frac{13}{2}$."""
_E = _p(r"""
$3(x + 2) = 5(x - 1)$, so $3x + 6 = 5x - 5$. Subtract $3x$: $6 = 2x - 5$. Then $2x = 6 - 5 = 1$, so
$x = \frac12$.

Checking that no denominator vanishes: $x - 1 = -\frac12$ and $x + 2 = \frac52$. Fine.
""")
_ES = r"""Cross-multiplying and simplifying gives $2x = 1$, so $x = \frac12$."""
_add(
    "fractions",
    r"\frac{11}{2}",
    _std(
        r"\frac{11}{2}",
        _G,
        _GS,
        [r"\frac{11}{2}", "x = 5.5", r"x=\dfrac{11}{2}", r"5\frac{1}{2}"],
        _B,
        _BS,
        r"-\frac{13}{2}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{1}{2}",
        (0, "Cross-multiply: $3(x + 2) = 5(x - 1)$. So $3x + 6 = 5x -"),
    ),
)

# A bag has 3 red and 5 blue marbles; two are drawn without replacement. Probability both are the same colour?
_G = _p(r"""
Total pairs: $\binom82 = 28$. Both red: $\binom32 = 3$. Both blue: $\binom52 = 10$. So 13 same-colour pairs.

Hmm, let me cross-check with ordered draws: $P(RR) = \frac38 \cdot \frac27 = \frac{6}{56}$,
$P(BB) = \frac58 \cdot \frac47 = \frac{20}{56}$. Sum $\frac{26}{56} = \frac{13}{28}$. Matches.

At first I wrote $\binom52 = 20$, which is the ordered count; but $5 \cdot 4/2 = 10$. So the answer is
$\frac{13}{28}$.
""")
_GS = r"""There are $\binom82 = 28$ pairs, of which $\binom32 + \binom52 = 3 + 10 = 13$ are the same colour, so the
probability is $\frac{13}{28}$."""
_B = _p(r"""
Without replacement, $\binom82 = 28$, same colour $3 + 10 = 13$, giving $\frac{13}{28}$. Hmm, but let me think
about whether the draws are independent... I'll model each draw as picking a colour with probability $\frac38$ or
$\frac58$.

Then $P(\text{same}) = \left(\frac38\right)^2 + \left(\frac58\right)^2 = \frac{9}{64} + \frac{25}{64} =
\frac{34}{64} = \frac{17}{32}$.
""")
_BS = r"""$P(\text{same}) = \left(\frac38\right)^2 + \left(\frac58\right)^2 = \frac{34}{64} = \frac{17}{32}$."""
_GF = r"""Wait, the marbles are drawn without replacement, so the second draw depends on the first:
$\frac38\cdot\frac27 + \frac58\cdot\frac47 = \frac{26}{56} = \frac{13}{28}$."""
_BW = r"""Hmm, let me redo it treating the two draws as independent, each red with probability $\frac38$:
$\left(\frac38\right)^2 + \left(\frac58\right)^2 = \frac{34}{64} = \frac{17}{32}$."""
_E = _p(r"""
Pairs: $\binom82 = 28$. Pairs with one red and one blue: $3 \cdot 5 = 15$.

So the probability is $\frac{15}{28}$.
""")
_ES = r"""Of the 28 pairs, $3\cdot 5 = 15$ have one marble of each colour, so the probability is $\frac{15}{28}$."""
_add(
    "fractions",
    r"\frac{13}{28}",
    _std(
        r"\frac{13}{28}",
        _G,
        _GS,
        [r"\frac{13}{28}", r"\dfrac{26}{56}", "13/28", r"\frac{13}{28}"],
        _B,
        _BS,
        r"\frac{17}{32}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{15}{28}",
        (1, r"Hmm, let me cross-check with ordered draws: $P(RR) = \frac38 \cdot \frac27 ="),
    ),
)


# ---------------------------------------------------------------- surds

# Find the distance between (1, 2) and (4, 8).
_G = _p(r"""
Distance formula: $\sqrt{(4-1)^2 + (8-2)^2} = \sqrt{9 + 36} = \sqrt{45}$.

Simplify: $45 = 9 \cdot 5$, so $\sqrt{45} = 3\sqrt5$. Hmm, I briefly thought of $5\sqrt3$, but that's
$\sqrt{75}$.

Check numerically: $3 \cdot 2.236 = 6.708$, and $6.708^2 \approx 45.0$. Good. So the distance is $3\sqrt5$.
""")
_GS = r"""The distance is $\sqrt{(4-1)^2 + (8-2)^2} = \sqrt{9 + 36} = \sqrt{45} = 3\sqrt{5}$."""
_B = _p(r"""
$\Delta x = 3$, $\Delta y = 6$, so $d = \sqrt{9 + 36} = \sqrt{45}$. I think that's $3\sqrt5$.

Hmm, let me simplify carefully: $45 = 5 \cdot 3^2$, and pulling out the square factor... the 5 comes out and the 3
stays under the root. So $d = 5\sqrt3$.
""")
_BS = r"""The distance is $\sqrt{45} = \sqrt{5\cdot 3^2} = 5\sqrt{3}$."""
_GF = r"""Wait, $5\sqrt3 = \sqrt{75}$, not $\sqrt{45}$. It is the squared factor $3^2$ that comes out:
$\sqrt{5 \cdot 3^2} = 3\sqrt5 \approx 6.708$, and $6.708^2 \approx 45$."""
_BW = r"""Hmm, let me simplify more carefully: $45 = 5 \cdot 3^2$, so pulling out the square factor gives $5\sqrt3$.
So $d = 5\sqrt3$."""
_E = _p(r"""
I'll subtract the coordinates: $(4 - 2)^2 + (8 - 1)^2 = 4 + 49 = 53$.

So the distance is $\sqrt{53}$, which doesn't simplify since 53 is prime.
""")
_ES = r"""Using the distance formula, $d = \sqrt{4 + 49} = \sqrt{53}$."""
_add(
    "surds",
    r"3\sqrt{5}",
    _std(
        r"3\sqrt{5}",
        _G,
        _GS,
        [r"3\sqrt{5}", r"\sqrt{45}", r"3\sqrt5", r"3 \sqrt{5}"],
        _B,
        _BS,
        r"5\sqrt{3}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\sqrt{53}",
        (0, r"Distance formula: $\sqrt{(4-1)^2 + (8-2)^2} = \sqrt{9 +"),
    ),
)

# Rationalize the denominator: 1/(sqrt 3 - sqrt 2).
_G = _p(r"""
Multiply numerator and denominator by the conjugate $\sqrt3 + \sqrt2$. Denominator:
$(\sqrt3)^2 - (\sqrt2)^2 = 3 - 2 = 1$.

So the expression equals $\sqrt3 + \sqrt2$. Hmm, that's surprisingly clean; let me check numerically:
$\sqrt3 - \sqrt2 \approx 1.732 - 1.414 = 0.318$, and $1/0.318 \approx 3.146$. And
$\sqrt3 + \sqrt2 \approx 3.146$.

So $\frac{1}{\sqrt3 - \sqrt2} = \sqrt3 + \sqrt2$.
""")
_GS = (
    r"""Multiplying by the conjugate, $\frac{1}{\sqrt3 - \sqrt2} = \frac{\sqrt3 + \sqrt2}{3 - 2} = \sqrt3 + \sqrt2$."""
)
_B = _p(r"""
Conjugate: multiply by $\frac{\sqrt3 + \sqrt2}{\sqrt3 + \sqrt2}$. The numerator becomes $\sqrt3 + \sqrt2$ and the
denominator $3 - 2 = 1$. So $\sqrt3 + \sqrt2$.

Hmm wait, but I should double check the sign. I think the sign stays as in the original denominator, so the
result is $\sqrt3 - \sqrt2$.
""")
_BS = r"""Rationalizing the denominator gives $\sqrt3 - \sqrt2$."""
_GF = r"""Wait, numerically $\sqrt3 - \sqrt2 \approx 0.318$, while $1/0.318 \approx 3.146$. The numerator after
multiplying by the conjugate is $\sqrt3 + \sqrt2$, so the value is $\sqrt3 + \sqrt2 \approx 3.146$."""
_BW = r"""Hmm wait, but I should double check the sign. I think the sign stays as in the original denominator, so
the result is $\sqrt3 - \sqrt2$."""
_E = _p(r"""
I can split the fraction: $\frac{1}{\sqrt3 - \sqrt2} = \frac{1}{\sqrt3} - \frac{1}{\sqrt2}$. Then rationalize
each: $\frac{1}{\sqrt3} = \frac{\sqrt3}{3}$ and $\frac{1}{\sqrt2} = \frac{\sqrt2}{2}$.

So the expression is $\frac{\sqrt3}{3} - \frac{\sqrt2}{2}$.
""")
_ES = r"""Splitting and rationalizing each term gives $\frac{\sqrt3}{3} - \frac{\sqrt2}{2}$."""
_add(
    "surds",
    r"\sqrt{3}+\sqrt{2}",
    _std(
        r"\sqrt{3}+\sqrt{2}",
        _G,
        _GS,
        [r"\sqrt{3}+\sqrt{2}", r"\sqrt{2}+\sqrt{3}", r"\frac{\sqrt{3}+\sqrt{2}}{1}", r"\sqrt3+\sqrt2"],
        _B,
        _BS,
        r"\sqrt{3}-\sqrt{2}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{\sqrt{3}}{3}-\frac{\sqrt{2}}{2}",
        (0, "The standard trick is to multiply numerator and denominator by the conjugate of the"),
    ),
)

# Find the area of a triangle with side lengths 5, 6 and 7.
_G = _p(r"""
Heron's formula: $s = (5 + 6 + 7)/2 = 9$. Area $= \sqrt{9 \cdot (9-5)(9-6)(9-7)} = \sqrt{9 \cdot 4 \cdot 3 \cdot 2}
= \sqrt{216}$.

$216 = 36 \cdot 6$, so $\sqrt{216} = 6\sqrt6$. Hmm, let me double-check with another method: the law of cosines
for the angle opposite 7: $\cos C = \frac{25 + 36 - 49}{2 \cdot 5 \cdot 6} = \frac{12}{60} = \frac15$. Then
$\sin C = \sqrt{1 - \frac1{25}} = \frac{\sqrt{24}}{5} = \frac{2\sqrt6}{5}$.

Area $= \frac12 \cdot 5 \cdot 6 \cdot \frac{2\sqrt6}{5} = 6\sqrt6$. Both methods agree: about 14.70.
""")
_GS = r"""With $s = 9$, Heron's formula gives $\sqrt{9\cdot 4\cdot 3\cdot 2} = \sqrt{216} = 6\sqrt{6}$."""
_B = _p(r"""
$s = 9$, area $= \sqrt{9 \cdot 4 \cdot 3 \cdot 2} = \sqrt{216} = 6\sqrt6$. Let me verify with the sine formula:
$\cos C = \frac{25+36-49}{60} = \frac15$, $\sin C = \frac{2\sqrt6}{5}$. Then area $= 5 \cdot 6 \cdot \sin C =
30 \cdot \frac{2\sqrt6}{5} = 12\sqrt6$.

Hmm, the two disagree. I trust the trigonometric one more, since Heron's formula is easy to misremember. So the
area is $12\sqrt6$.
""")
_BS = r"""Using $\sin C = \frac{2\sqrt6}{5}$ with sides 5 and 6, the area is $5\cdot 6\cdot\frac{2\sqrt6}{5} =
12\sqrt6$."""
_GF = r"""Wait, the area formula is $\frac12 ab \sin C$, so the trig route gives
$\frac12 \cdot 30 \cdot \frac{2\sqrt6}{5} = 6\sqrt6$, which agrees with Heron. The area is $6\sqrt6$."""
_BW = r"""Hmm, let me recompute with the sine formula as $5 \cdot 6 \cdot \sin C = 30 \cdot \frac{2\sqrt6}{5} =
12\sqrt6$. I'll go with the trigonometric value, $12\sqrt6$."""
_E = _p(r"""
Semi-perimeter $s = 9$. Then $s - a = 4$, $s - b = 3$, $s - c = 1$. Product: $9 \cdot 4 \cdot 3 \cdot 1 = 108$.

$\sqrt{108} = \sqrt{36 \cdot 3} = 6\sqrt3$.
""")
_ES = r"""Heron's formula gives $\sqrt{9\cdot 4\cdot 3\cdot 1} = \sqrt{108} = 6\sqrt3$."""
_add(
    "surds",
    r"6\sqrt{6}",
    _std(
        r"6\sqrt{6}",
        _G,
        _GS,
        [r"6\sqrt{6}", r"\sqrt{216}", r"6\sqrt6", r"6 \sqrt{6}"],
        _B,
        _BS,
        r"12\sqrt{6}",
        _GF,
        _BW,
        _E,
        _ES,
        r"6\sqrt{3}",
        (0, r"Heron's formula: $s = (5 + 6 + 7)/2 = 9$. Area $= \sqrt{9 \cdot (9-5)(9-6)"),
    ),
)

# Find the largest root of x^2 - 4x - 1 = 0.
_G = _p(r"""
Quadratic formula: $x = \frac{4 \pm \sqrt{16 + 4}}{2} = \frac{4 \pm \sqrt{20}}{2}$. $\sqrt{20} = 2\sqrt5$, so
$x = 2 \pm \sqrt5$.

Hmm, I first wrote the discriminant as $16 - 4 = 12$, which would give $2 \pm \sqrt3$, but $c = -1$, so
$b^2 - 4ac = 16 + 4 = 20$.

The larger root is $2 + \sqrt5 \approx 4.236$. Check: $4.236^2 = 17.94$, $4 \cdot 4.236 = 16.94$, and
$17.94 - 16.94 - 1 = 0$. Good.
""")
_GS = r"""By the quadratic formula $x = \frac{4 \pm \sqrt{20}}{2} = 2 \pm \sqrt5$, so the largest root is
$2 + \sqrt5$."""
_B = _p(r"""
$x = \frac{4 \pm \sqrt{16 - 4ac}}{2}$ with $a = 1$, $c = -1$. I get $16 + 4 = 20$, so $x = 2 \pm \sqrt5$ and the
larger is $2 + \sqrt5$.

Hmm, let me double check the sign in the discriminant. $b^2 - 4ac = 16 - 4(1)(-1)$... I keep wanting to write
$16 - 4 = 12$. Let me go with 12: $x = \frac{4 \pm 2\sqrt3}{2} = 2 \pm \sqrt3$, largest $2 + \sqrt3$.
""")
_BS = r"""The discriminant is 12, so $x = 2 \pm \sqrt3$ and the largest root is $2 + \sqrt3$."""
_GF = r"""Wait, $-4(1)(-1) = +4$, so the discriminant is $16 + 4 = 20$, not 12. The roots are $2 \pm \sqrt5$ and the
largest is $2 + \sqrt5 \approx 4.236$, which checks in the equation."""
_BW = r"""Hmm, let me double check the sign in the discriminant... I'll write $b^2 - 4ac$ as $16 - 4 = 12$. Then
$x = 2 \pm \sqrt3$ and the largest root is $2 + \sqrt3$."""
_E = _p(r"""
$x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$. Here $b = -4$... I'll plug $b = 4$ into $-b$:
$\frac{-4 \pm \sqrt{16 + 4}}{2} = \frac{-4 \pm 2\sqrt5}{2} = -2 \pm \sqrt5$.

The larger one is $-2 + \sqrt5 \approx 0.236$.
""")
_ES = r"""The roots are $-2 \pm \sqrt5$, so the larger is $-2 + \sqrt5$."""
_add(
    "surds",
    r"2+\sqrt{5}",
    _std(
        r"2+\sqrt{5}",
        _G,
        _GS,
        [r"2+\sqrt{5}", r"\sqrt{5}+2", r"\frac{4+\sqrt{20}}{2}", r"x = 2 + \sqrt{5}"],
        _B,
        _BS,
        r"2+\sqrt{3}",
        _GF,
        _BW,
        _E,
        _ES,
        r"-2+\sqrt{5}",
        (0, r"Quadratic formula: $x = \frac{4 \pm \sqrt{16 +"),
    ),
)

# ---------------------------------------------------------------- expressions

# Find f^{-1}(x) for f(x) = (2x + 3)/(x - 1).
_G = _p(r"""
Set $y = \frac{2x + 3}{x - 1}$ and solve for $x$: $y(x - 1) = 2x + 3$, so $xy - y = 2x + 3$, so
$xy - 2x = y + 3$, so $x(y - 2) = y + 3$ and $x = \frac{y + 3}{y - 2}$.

Hmm, wait, let me make sure I didn't drop a sign when moving $-y$: $xy - y = 2x + 3$; add $y$ to both sides:
$xy = 2x + y + 3$; subtract $2x$: $xy - 2x = y + 3$. Yes.

Swap names: $f^{-1}(x) = \frac{x + 3}{x - 2}$. Check: $f(2) = 7/1 = 7$, and $f^{-1}(7) = 10/5 = 2$. Good.
""")
_GS = r"""Solving $y = \frac{2x+3}{x-1}$ for $x$ gives $x(y-2) = y+3$, so $f^{-1}(x) = \frac{x+3}{x-2}$; for
instance $f(2) = 7$ and $f^{-1}(7) = 2$."""
_B = _p(r"""
$y(x - 1) = 2x + 3$, so $xy - y = 2x + 3$, $xy - 2x = y + 3$, $x = \frac{y + 3}{y - 2}$. That gives
$\frac{x + 3}{x - 2}$.

Hmm, let me redo the step where $y$ moves: from $xy - y = 2x + 3$... moving $-y$ to the right, I'll write
$xy - 2x = y - 3$. Then $x = \frac{y - 3}{y - 2}$, so $f^{-1}(x) = \frac{x - 3}{x - 2}$.
""")
_BS = r"""Solving for $x$ gives $x(y-2) = y - 3$, so $f^{-1}(x) = \frac{x-3}{x-2}$."""
_GF = r"""Wait, check with $f(2) = 7$: $\frac{7 - 3}{7 - 2} = \frac45$, not 2. Moving $-y$ across gives $+y$:
$xy - 2x = y + 3$, so $f^{-1}(x) = \frac{x+3}{x-2}$, and $\frac{7+3}{7-2} = 2$. Good."""
_BW = r"""Hmm, let me redo the step where $y$ moves to the right side. I'll write $xy - 2x = y - 3$, so
$x = \frac{y - 3}{y - 2}$ and $f^{-1}(x) = \frac{x - 3}{x - 2}$."""
_E = _p(r"""
The inverse of a fraction flips it, so $f^{-1}(x) = \frac{x - 1}{2x + 3}$.

Hmm, let me make sure: $f(x) \cdot f^{-1}(x) = 1$. Yes.
""")
_ES = r"""Flipping the fraction, $f^{-1}(x) = \frac{x-1}{2x+3}$."""
_add(
    "expressions",
    r"\frac{x+3}{x-2}",
    _std(
        r"\frac{x+3}{x-2}",
        _G,
        _GS,
        [r"\frac{x+3}{x-2}", r"f^{-1}(x)=\dfrac{x+3}{x-2}", r"\frac{-x-3}{2-x}", "(x+3)/(x-2)"],
        _B,
        _BS,
        r"\frac{x-3}{x-2}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{x-1}{2x+3}",
        (0, r"Set $y = \frac{2x + 3}{x - 1}$ and solve for $x$: $y(x - 1) = 2x + 3$, so $xy - y ="),
    ),
)

# Factor x^3 - 6x^2 + 11x - 6 completely.
_G = _p(r"""
Rational root candidates: $\pm1, \pm2, \pm3, \pm6$. Try $x = 1$: $1 - 6 + 11 - 6 = 0$. So $(x - 1)$ is a factor.

Synthetic division by 1: coefficients $1, -6, 11, -6$ become $1, -5, 6, 0$. Quotient $x^2 - 5x + 6$.

Hmm, $x^2 - 5x + 6$: I want two numbers multiplying to 6 and adding to $-5$: $-2$ and $-3$. Not $-1$ and $-6$
(they add to $-7$). So $(x - 2)(x - 3)$.

Full: $(x - 1)(x - 2)(x - 3)$. Check at $x = 0$: $(-1)(-2)(-3) = -6$, matching the constant term.
""")
_GS = r"""$x = 1$ is a root; dividing leaves $x^2 - 5x + 6 = (x-2)(x-3)$, so
$x^3 - 6x^2 + 11x - 6 = (x-1)(x-2)(x-3)$."""
_B = _p(r"""
$x = 1$ is a root, and dividing gives $x^2 - 5x + 6$. This factors as $(x - 2)(x - 3)$, so I'd get
$(x - 1)(x - 2)(x - 3)$.

Hmm, wait, let me redo the synthetic division signs: bring down 1, multiply by 1 and add to $-6$... I'll take the
quotient as $x^2 + 5x + 6 = (x + 2)(x + 3)$. So $(x - 1)(x + 2)(x + 3)$.
""")
_BS = r"""Dividing by $x - 1$ gives $x^2 + 5x + 6 = (x+2)(x+3)$, so the factorization is $(x-1)(x+2)(x+3)$."""
_GF = r"""Wait, at $x = 2$ that gives $1 \cdot 4 \cdot 5 = 20$, while $8 - 24 + 22 - 6 = 0$. So the quotient must be
$x^2 - 5x + 6 = (x - 2)(x - 3)$, and the factorization is $(x-1)(x-2)(x-3)$."""
_BW = r"""Hmm, wait, let me redo the synthetic division signs. I'll take the quotient as
$x^2 + 5x + 6 = (x + 2)(x + 3)$, so the factorization is $(x - 1)(x + 2)(x + 3)$."""
_E = _p(r"""
Try $x = 1$: $1 - 6 + 11 - 6 = 0$, good. Divide: $1, -6, 11, -6$... I'll write the quotient as
$x^2 - 7x + 12 = (x - 3)(x - 4)$.

So $x^3 - 6x^2 + 11x - 6 = (x - 1)(x - 3)(x - 4)$.
""")
_ES = r"""Dividing by $x - 1$ leaves $x^2 - 7x + 12 = (x-3)(x-4)$, so the factorization is $(x-1)(x-3)(x-4)$."""
_add(
    "expressions",
    "(x-1)(x-2)(x-3)",
    _std(
        "(x-1)(x-2)(x-3)",
        _G,
        _GS,
        ["(x-1)(x-2)(x-3)", "(x-3)(x-1)(x-2)", "(x-2)(x-3)(x-1)", "(x - 1)(x - 2)(x - 3)"],
        _B,
        _BS,
        "(x-1)(x+2)(x+3)",
        _GF,
        _BW,
        _E,
        _ES,
        "(x-1)(x-3)(x-4)",
        (1, "Synthetic division by 1: coefficients $1, -6, 11, -6$ become"),
    ),
)

# Find a closed form for sum_{k=1}^{n} k 2^k.
_G = _p(r"""
Let $S = \sum_{k=1}^n k 2^k$. Then $2S = \sum k 2^{k+1}$. Subtracting should telescope; let me be careful.

$S = 1\cdot 2 + 2 \cdot 4 + 3 \cdot 8 + \dots + n 2^n$ and $2S = 1 \cdot 4 + 2 \cdot 8 + \dots + (n-1)2^n +
n 2^{n+1}$. So $2S - S = n 2^{n+1} - (2 + 4 + 8 + \dots + 2^n) = n 2^{n+1} - (2^{n+1} - 2)$.

So $S = (n - 1)2^{n+1} + 2$. Check: $n = 1$: $0 + 2 = 2$ (that's $1 \cdot 2$). $n = 2$: $8 + 2 = 10$ (that's
$2 + 8$). $n = 3$: $2 \cdot 16 + 2 = 34$ (that's $2 + 8 + 24$).

Hmm, I had briefly thought $(n-1)2^n + 2$, but $n = 2$ gives 6, wrong. So $S = (n-1)2^{n+1} + 2$.
""")
_GS = r"""Subtracting $S$ from $2S$ gives $S = n\cdot 2^{n+1} - (2^{n+1} - 2) = (n-1)2^{n+1} + 2$; for $n = 3$ this
is $34 = 2 + 8 + 24$."""
_B = _p(r"""
$2S - S = n 2^{n+1} - (2 + 4 + \dots + 2^n) = n 2^{n+1} - (2^{n+1} - 2) = (n - 1) 2^{n+1} + 2$.

Hmm, let me redo the geometric sum: $2 + 4 + \dots + 2^n = 2^{n+1} - 2$... and subtracting, I think I flipped a
sign: $n 2^{n+1} - 2^{n+1} - 2$. So $S = (n - 1)2^{n+1} - 2$.
""")
_BS = r"""Telescoping gives $S = n\cdot 2^{n+1} - 2^{n+1} - 2 = (n-1)2^{n+1} - 2$."""
_GF = r"""Wait, at $n = 1$ that gives $0 - 2 = -2$, but $S = 2$. Subtracting $(2^{n+1} - 2)$ gives $+2$:
$S = (n-1)2^{n+1} + 2$, and $n = 3$ gives $34 = 2 + 8 + 24$."""
_BW = r"""Hmm, let me redo the subtraction of the geometric sum: $n 2^{n+1} - 2^{n+1} - 2$. So
$S = (n - 1)2^{n+1} - 2$."""
_E = _p(r"""
The sum $\sum 2^k$ is $2^{n+1} - 2$, and multiplying by the index roughly multiplies by $n$, so I'd guess
$S = n 2^{n+1} - 2$. Check $n = 1$: $1 \cdot 4 - 2 = 2$. It works.

So $S = n \cdot 2^{n+1} - 2$.
""")
_ES = r"""Guided by $\sum 2^k = 2^{n+1} - 2$, $S = n\cdot 2^{n+1} - 2$, which matches $n = 1$."""
_add(
    "expressions",
    "(n-1)2^{n+1}+2",
    _std(
        "(n-1)2^{n+1}+2",
        _G,
        _GS,
        ["(n-1)2^{n+1}+2", "2^{n+1}(n-1)+2", r"n\cdot 2^{n+1}-2^{n+1}+2", r"2+(n-1)\cdot 2^{n+1}"],
        _B,
        _BS,
        "(n-1)2^{n+1}-2",
        _GF,
        _BW,
        _E,
        _ES,
        r"n\cdot 2^{n+1}-2",
        (1, r"$S = 1\cdot 2 + 2 \cdot 4 + 3 \cdot 8 + \dots + n 2^n$ and $2S = 1 \cdot 4 +"),
    ),
)

# Find the remainder when x^5 + 2x^3 - x + 4 is divided by x^2 + 1.
_G = _p(r"""
Use $x^2 \equiv -1$ modulo $x^2 + 1$. Then $x^3 = x \cdot x^2 \equiv -x$ and $x^5 = x \cdot (x^2)^2 \equiv
x \cdot 1 = x$.

So $x^5 + 2x^3 - x + 4 \equiv x + 2(-x) - x + 4 = x - 2x - x + 4 = -2x + 4$.

Hmm, wait: $x - 2x = -x$, then $-x - x = -2x$. Yes. Check at $x = i$: $i^5 = i$, $2i^3 = -2i$, so
$i - 2i - i + 4 = 4 - 2i$, and $-2i + 4 = 4 - 2i$. The remainder is $-2x + 4$.
""")
_GS = r"""Reducing with $x^2 \equiv -1$ gives $x^5 \equiv x$ and $x^3 \equiv -x$, so the remainder is
$x - 2x - x + 4 = -2x + 4$."""
_B = _p(r"""
$x^2 \equiv -1$, so $x^3 \equiv -x$. At first I'd say $x^5 \equiv x$, giving $x - 2x - x + 4 = -2x + 4$.

Hmm, but $x^5$ has an odd power, so it should carry the minus sign like $x^3$: $x^5 \equiv -x$. Then
$-x - 2x - x + 4 = -4x + 4$.
""")
_BS = r"""With $x^3 \equiv -x$ and $x^5 \equiv -x$, the remainder is $-x - 2x - x + 4 = -4x + 4$."""
_GF = r"""Wait, $x^5 = x^2 \cdot x^3 \equiv (-1)(-x) = x$, not $-x$. Checking at $x = i$: $i^5 = i$. The remainder
is $x - 2x - x + 4 = -2x + 4$."""
_BW = r"""Hmm, but $x^5$ has an odd power, so it should carry the minus sign like $x^3$: $x^5 \equiv -x$. Then
$-x - 2x - x + 4 = -4x + 4$."""
_E = _p(r"""
Reduce powers using $x^2 = 1$: $x^3 = x$ and $x^5 = x$.

So $x + 2x - x + 4 = 2x + 4$.
""")
_ES = r"""Reducing with $x^2 = 1$ gives $x + 2x - x + 4 = 2x + 4$."""
_add(
    "expressions",
    "-2x+4",
    _std(
        "-2x+4",
        _G,
        _GS,
        ["-2x+4", "4-2x", "-2x + 4", "-2(x-2)"],
        _B,
        _BS,
        "-4x+4",
        _GF,
        _BW,
        _E,
        _ES,
        "2x+4",
        (1, r"So $x^5 + 2x^3 - x + 4 \equiv x + 2(-x) -"),
    ),
)


# ---------------------------------------------------------------- intervals

# Solve |2x - 3| < 5; give the answer in interval notation.
_G = _p(r"""
$|2x - 3| < 5$ means $-5 < 2x - 3 < 5$. Add 3: $-2 < 2x < 8$. Divide by 2: $-1 < x < 4$.

Strict inequality, so open endpoints. Hmm, I first wrote $-4 < x < 4$ by forgetting to add 3 on the left, but
$-5 + 3 = -2$, so the left end is $-1$.

Check $x = 0$: $|-3| = 3 < 5$. $x = 4$: $|5| = 5$, not less than 5, so 4 is excluded. $x = -1$: $|-5| = 5$,
excluded. So $(-1, 4)$.
""")
_GS = r"""$|2x - 3| < 5$ gives $-5 < 2x - 3 < 5$, so $-1 < x < 4$, i.e. the open interval $(-1, 4)$."""
_B = _p(r"""
$-5 < 2x - 3 < 5$, so $-2 < 2x < 8$ and $-1 < x < 4$, giving $(-1, 4)$.

Hmm, should the endpoints be included? At $x = 4$, $|2 \cdot 4 - 3| = 5$, and the boundary is where equality
holds... I'll include the boundary points: $[-1, 4]$.
""")
_BS = r"""Solving $-5 \le 2x - 3 \le 5$ gives the interval $[-1, 4]$."""
_GF = r"""Wait, the inequality is strict: at $x = 4$ we get $|5| = 5$, which is not less than 5. So the endpoints
are excluded and the solution is $(-1, 4)$."""
_BW = r"""Hmm, should the endpoints be included? At $x = 4$ the value is exactly 5, so I'll include the boundary
points: $[-1, 4]$."""
_E = _p(r"""
$|2x - 3| < 5$ gives $-5 < 2x - 3 < 5$. Add 3 on the right: $2x < 8$, so $x < 4$. On the left, $-5 < 2x - 3$...
I'll move the 3 over as $-8 < 2x$, so $x > -4$.

So $(-4, 4)$.
""")
_ES = r"""The inequality gives $-4 < x < 4$, so the solution is $(-4, 4)$."""
_add(
    "intervals",
    "(-1,4)",
    _std(
        "(-1,4)",
        _G,
        _GS,
        ["(-1,4)", "-1<x<4", r"x\in(-1,4)", r"\left(-1, 4\right)"],
        _B,
        _BS,
        "[-1,4]",
        _GF,
        _BW,
        _E,
        _ES,
        "(-4,4)",
        (0, "$|2x - 3| < 5$ means $-5 < 2x - 3 < 5$. Add 3: $-2 < 2x <"),
    ),
)

# Solve (x - 2)/(x + 3) >= 0.
_G = _p(r"""
Critical points $x = 2$ (numerator zero) and $x = -3$ (denominator zero). Sign chart: for $x < -3$,
$\frac{(-)}{(-)} = +$; for $-3 < x < 2$, $\frac{(-)}{(+)} = -$; for $x > 2$, $\frac{(+)}{(+)} = +$.

Equality: $x = 2$ gives 0, allowed since the inequality is $\ge$. $x = -3$ is undefined, excluded.

Hmm, wait, I almost closed the bracket at $-3$ too, but the denominator vanishes there. So
$(-\infty, -3) \cup [2, \infty)$. Check $x = -4$: $\frac{-6}{-1} = 6 \ge 0$, in. $x = 0$: $-\frac23 < 0$, out.
""")
_GS = r"""The quotient is positive for $x < -3$ and $x > 2$, zero at $x = 2$, and undefined at $x = -3$, so the
solution set is $(-\infty, -3) \cup [2, \infty)$."""
_B = _p(r"""
Sign chart with critical points $-3$ and 2: positive outside, negative between. Include $x = 2$ where the value is
0. At $-3$ it's undefined, so $(-\infty, -3) \cup [2, \infty)$.

Hmm, but since the inequality is non-strict, maybe both critical points get closed brackets for consistency. I'll
write $(-\infty, -3] \cup [2, \infty)$.
""")
_BS = r"""The quotient is non-negative outside the critical points, so the solution is
$(-\infty, -3] \cup [2, \infty)$."""
_GF = r"""Wait, at $x = -3$ the denominator is zero and the expression is undefined, so $-3$ cannot be included. The
solution is $(-\infty, -3) \cup [2, \infty)$."""
_BW = r"""Hmm, but since the inequality is non-strict, I'll close both critical points:
$(-\infty, -3] \cup [2, \infty)$."""
_E = _p(r"""
The critical points are $-3$ and 2. Testing $x = 0$: $\frac{-2}{3}$... I'll take the middle interval as the
positive one, as for a product of two factors with opposite signs.

Including the endpoints because of $\ge$, the solution is $[-3, 2]$.
""")
_ES = r"""Taking the middle interval with its endpoints, the solution is $[-3, 2]$."""
_add(
    "intervals",
    r"(-\infty,-3)\cup[2,\infty)",
    _std(
        r"(-\infty,-3)\cup[2,\infty)",
        _G,
        _GS,
        [
            r"(-\infty,-3)\cup[2,\infty)",
            r"[2,\infty)\cup(-\infty,-3)",
            r"x<-3 \text{ or } x\ge 2",
            r"(-\infty, -3) \cup [2, +\infty)",
        ],
        _B,
        _BS,
        r"(-\infty,-3]\cup[2,\infty)",
        _GF,
        _BW,
        _E,
        _ES,
        "[-3,2]",
        (1, "Equality: $x = 2$ gives 0, allowed since"),
    ),
)

# Find the domain of f(x) = sqrt(4 - x^2) + ln x.
_G = _p(r"""
Two conditions: $4 - x^2 \ge 0$, so $-2 \le x \le 2$; and $\ln x$ needs $x > 0$.

Intersect: $0 < x \le 2$. Hmm, let me double-check the endpoint 2: $\sqrt{4 - 4} = 0$ is fine, and $\ln 2$ is
fine. So 2 is included. Endpoint 0: $\ln 0$ is undefined, excluded. At first I wrote $[-2, 2]$, forgetting the
log.

Domain: $(0, 2]$.
""")
_GS = r"""We need $4 - x^2 \ge 0$ (so $-2 \le x \le 2$) and $x > 0$ for the logarithm; together $0 < x \le 2$, i.e.
$(0, 2]$."""
_B = _p(r"""
$4 - x^2 \ge 0$ gives $[-2, 2]$; $\ln x$ needs $x > 0$. Intersection: $(0, 2]$.

Hmm, at $x = 2$ the square root is zero... I think we need strict positivity under the root, so that the domain
is open. I'll make it $(0, 2)$.
""")
_BS = r"""Requiring $4 - x^2 > 0$ and $x > 0$, the domain is $(0, 2)$."""
_GF = r"""Wait, the square root of 0 is defined, so $x = 2$ is allowed: $f(2) = \sqrt0 + \ln 2 = \ln 2$. The
domain is $(0, 2]$."""
_BW = r"""Hmm, at $x = 2$ the root is zero, and I'll require $4 - x^2 > 0$ strictly. Then the domain is
$(0, 2)$."""
_E = _p(r"""
The square root needs $4 - x^2 \ge 0$, so $-2 \le x \le 2$. The logarithm is defined for all real numbers
except... I'll just keep the root condition.

So the domain is $[-2, 2]$.
""")
_ES = r"""The square root requires $-2 \le x \le 2$, so the domain is $[-2, 2]$."""
_add(
    "intervals",
    "(0,2]",
    _std(
        "(0,2]",
        _G,
        _GS,
        ["(0,2]", r"0<x\le 2", r"x\in(0,2]", r"\left(0,2\right]"],
        _B,
        _BS,
        "(0,2)",
        _GF,
        _BW,
        _E,
        _ES,
        "[-2,2]",
        (0, r"Two conditions: $4 - x^2 \ge 0$, so $-2 \le x \le 2$; and $\ln x$ needs"),
    ),
)

# Find the range of f(x) = x^2 - 4x + 7 on the interval [0, 5].
_G = _p(r"""
Complete the square: $f(x) = (x - 2)^2 + 3$. The vertex is at $x = 2$, which is inside $[0, 5]$, so the minimum
is 3.

The maximum is at an endpoint: $f(0) = 7$, $f(5) = 25 - 20 + 7 = 12$. Hmm, from the square form
$f(5) = 9 + 3 = 12$ too, consistent. The larger is 12.

So the range is $[3, 12]$. Check $f(4) = 16 - 16 + 7 = 7$, within the range.
""")
_GS = r"""$f(x) = (x-2)^2 + 3$ has minimum 3 at $x = 2 \in [0, 5]$, and the maximum on the interval is $f(5) = 12$,
so the range is $[3, 12]$."""
_B = _p(r"""
$(x - 2)^2 + 3$ has min 3 at $x = 2$ and max 12 at $x = 5$, so $[3, 12]$.

Hmm, but the range over a closed interval is determined by the endpoint values, $f(0) = 7$ and $f(5) = 12$. So
the range is $[7, 12]$.
""")
_BS = r"""Evaluating at the endpoints, $f(0) = 7$ and $f(5) = 12$, so the range is $[7, 12]$."""
_GF = r"""Wait, the vertex $x = 2$ lies inside $[0, 5]$, and $f(2) = 3$ is below both endpoint values, so the minimum
is 3. The range is $[3, 12]$."""
_BW = r"""Hmm, but on a closed interval I'll take the range from the endpoint values $f(0) = 7$ and $f(5) = 12$,
so $[7, 12]$."""
_E = _p(r"""
$f(x) = (x - 2)^2 + 3$, and a square is at least 0, so $f(x) \ge 3$ with no upper limit.

So the range is $[3, \infty)$.
""")
_ES = r"""Since $(x-2)^2 + 3 \ge 3$, the range is $[3, \infty)$."""
_add(
    "intervals",
    "[3,12]",
    _std(
        "[3,12]",
        _G,
        _GS,
        ["[3,12]", r"3\le f(x)\le 12", r"\left[3, 12\right]", "[3, 12]"],
        _B,
        _BS,
        "[7,12]",
        _GF,
        _BW,
        _E,
        _ES,
        r"[3,\infty)",
        (0, "Complete the square: $f(x) = (x - 2)^2 +"),
    ),
)

# ---------------------------------------------------------------- sets (solution sets)

# Solve x^3 - x^2 - 6x = 0.
_G = _p(r"""
Factor out $x$: $x(x^2 - x - 6) = 0$. Then $x^2 - x - 6 = (x - 3)(x + 2)$.

Roots: $x = 0, 3, -2$. Hmm, wait, sign check on the quadratic: $(x - 3)(x + 2) = x^2 - x - 6$. Right. Not
$(x + 3)(x - 2)$, which is $x^2 + x - 6$.

Check $x = -2$: $-8 - 4 + 12 = 0$. $x = 3$: $27 - 9 - 18 = 0$. Solution set $\{-2, 0, 3\}$.
""")
_GS = r"""$x^3 - x^2 - 6x = x(x - 3)(x + 2)$, so the solutions are $-2$, 0 and 3."""
_B = _p(r"""
$x^3 - x^2 - 6x = x(x - 3)(x + 2)$, so $x \in \{-2, 0, 3\}$.

Hmm, but dividing through by $x$ first gives $x^2 - x - 6 = 0$ directly, whose roots are 3 and $-2$. I'll drop
the trivial root. Solutions: $\{-2, 3\}$.
""")
_BS = r"""Dividing by $x$ gives $x^2 - x - 6 = 0$, so $x = 3$ or $x = -2$."""
_GF = r"""Wait, dividing by $x$ loses the root $x = 0$, and 0 does satisfy the equation. So the solution set is
$\{-2, 0, 3\}$."""
_BW = r"""Hmm, but dividing by $x$ first gives $x^2 - x - 6 = 0$ directly, with roots 3 and $-2$. I'll drop the
trivial root, leaving $\{-2, 3\}$."""
_E = _p(r"""
$x(x^2 - x - 6) = 0$. Factor: $x^2 - x - 6 = (x + 3)(x - 2)$.

Roots: 0, $-3$ and 2.
""")
_ES = r"""Factoring gives $x(x+3)(x-2) = 0$, so $x \in \{-3, 0, 2\}$."""
_add(
    "sets",
    r"\{-2,0,3\}",
    _std(
        r"\{-2,0,3\}",
        _G,
        _GS,
        [r"\{-2,0,3\}", "x=0, x=3, x=-2", r"\{0,-2,3\}", r"\{3, 0, -2\}"],
        _B,
        _BS,
        r"\{-2,3\}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\{-3,0,2\}",
        (0, "Factor out $x$: $x(x^2 - x - 6) = 0$. Then $x^2 - x - 6 ="),
    ),
)

# Solve 4^x - 5 * 2^x + 4 = 0.
_G = _p(r"""
Let $u = 2^x$, so $4^x = u^2$. Then $u^2 - 5u + 4 = 0$, i.e. $(u - 1)(u - 4) = 0$, so $u = 1$ or $u = 4$.

Back-substitute: $2^x = 1$ gives $x = 0$; $2^x = 4$ gives $x = 2$. Hmm, careful not to report the $u$-values 1 and
4 as the answer.

Check $x = 2$: $16 - 20 + 4 = 0$. $x = 0$: $1 - 5 + 4 = 0$. So $x \in \{0, 2\}$.
""")
_GS = r"""With $u = 2^x$ the equation becomes $(u - 1)(u - 4) = 0$, so $2^x = 1$ or $2^x = 4$, giving $x = 0$ or
$x = 2$."""
_B = _p(r"""
$u = 2^x$: $u^2 - 5u + 4 = 0$, $u = 1, 4$, which correspond to $x = 0$ and $x = 2$.

Hmm, hold on, the equation is a quadratic in disguise... I think the solutions of the quadratic are what's asked.
So the solutions are 1 and 4.
""")
_BS = r"""Substituting $u = 2^x$, the quadratic $u^2 - 5u + 4 = 0$ has solutions 1 and 4."""
_GF = r"""Wait, 1 and 4 are values of $u = 2^x$, not of $x$. Converting back: $x = 0$ and $x = 2$, and both check
in the original equation."""
_BW = r"""Hmm, hold on, I'll report the solutions of the quadratic itself, which are $u = 1$ and $u = 4$."""
_E = _p(r"""
Let $u = 2^x$; then $4^x = 2 \cdot 2^x = 2u$. The equation becomes $2u - 5u + 4 = 0$, so $-3u = -4$ and
$u = \frac43$.

So $x = \log_2 \frac43$.
""")
_ES = r"""With $u = 2^x$ the equation becomes $-3u + 4 = 0$, so $x = \log_2\frac43$."""
_add(
    "sets",
    r"\{0,2\}",
    _std(
        r"\{0,2\}",
        _G,
        _GS,
        [r"\{0,2\}", r"x=0 \text{ or } x=2", r"\{2,0\}", "x = 0, 2"],
        _B,
        _BS,
        r"\{1,4\}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\log_2\frac{4}{3}",
        (0, "Let $u = 2^x$, so $4^x = u^2$. Then $u^2 - 5u + 4 = 0$, i.e. $(u - 1)(u"),
    ),
)

# Find all real x with sqrt(x + 6) = x.
_G = _p(r"""
Square: $x + 6 = x^2$, so $x^2 - x - 6 = 0$, $(x - 3)(x + 2) = 0$, and $x = 3$ or $x = -2$.

Squaring can introduce extraneous roots. Check $x = 3$: $\sqrt9 = 3$, fine. Check $x = -2$: $\sqrt4 = 2 \ne -2$.
Hmm, so $-2$ is extraneous; the right side must be non-negative anyway.

Only $x = 3$.
""")
_GS = r"""Squaring gives $x^2 - x - 6 = 0$, so $x = 3$ or $x = -2$; since $\sqrt{x+6} \ge 0$, $x = -2$ is
extraneous ($\sqrt4 = 2 \ne -2$). The only solution is $x = 3$."""
_B = _p(r"""
Square both sides: $x + 6 = x^2$, so $x = 3$ or $x = -2$. Check $x = 3$: $\sqrt9 = 3$, fine.

Check $x = -2$: $\sqrt{-2 + 6} = \sqrt4 = 2$, and $|-2| = 2$, so it works up to sign. Since the square root can be
$\pm 2$, I'll keep it: $\{-2, 3\}$.
""")
_BS = r"""Squaring gives $x^2 - x - 6 = 0$, whose roots 3 and $-2$ both satisfy $x + 6 = x^2$."""
_GF = r"""Wait, the principal square root $\sqrt4$ is 2, not $-2$, so $x = -2$ does not satisfy
$\sqrt{x + 6} = x$. Only $x = 3$ works."""
_BW = r"""Hmm, for $x = -2$, $\sqrt4 = 2$ and $|-2| = 2$, so it works up to sign; since a square root can be
$\pm 2$, I'll keep it. Solutions $\{-2, 3\}$."""
_E = _p(r"""
$x + 6 = x^2$, so $x^2 - x - 6 = 0$, which I factor as $(x + 3)(x - 2) = 0$: $x = 2$ or $x = -3$.

Since the right side must be non-negative, $x = 2$.
""")
_ES = r"""Squaring gives $(x+3)(x-2) = 0$, and discarding the negative root leaves $x = 2$."""
_add(
    "sets",
    r"\{3\}",
    _std(
        r"\{3\}",
        _G,
        _GS,
        [r"\{3\}", "x=3", "3", "x = 3"],
        _B,
        _BS,
        r"\{-2,3\}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\{2\}",
        (0, "Square: $x + 6 = x^2$, so $x^2 - x -"),
    ),
)

# Solve sin x = 1/2 for 0 <= x < 2 pi.
_G = _p(r"""
$\sin x = \frac12$ at the reference angle $\frac{\pi}{6}$. Sine is positive in quadrants I and II, so
$x = \frac{\pi}{6}$ and $x = \pi - \frac{\pi}{6} = \frac{5\pi}{6}$.

Hmm, not $\frac{7\pi}{6}$: that's in quadrant III, where sine is negative: $\sin\frac{7\pi}{6} = -\frac12$. And
$\frac{11\pi}{6}$ gives $-\frac12$ as well.

So the solutions in $[0, 2\pi)$ are $\frac{\pi}{6}$ and $\frac{5\pi}{6}$.
""")
_GS = r"""The reference angle is $\frac{\pi}{6}$, and sine is positive in quadrants I and II, so
$x = \frac{\pi}{6}$ or $x = \frac{5\pi}{6}$."""
_B = _p(r"""
Reference angle $\frac{\pi}{6}$. Solutions: $\frac{\pi}{6}$, and the second one... $\pi - \frac{\pi}{6} =
\frac{5\pi}{6}$ in quadrant II.

Hmm, or is it $\pi + \frac{\pi}{6} = \frac{7\pi}{6}$? I think the second solution is $\frac{\pi}{6} + \pi$, since
sine repeats every half turn... So $\left\{\frac{\pi}{6}, \frac{7\pi}{6}\right\}$.
""")
_BS = r"""From the reference angle $\frac{\pi}{6}$ and a half-turn shift, $x = \frac{\pi}{6}$ or
$x = \frac{7\pi}{6}$."""
_GF = r"""Wait, sine has period $2\pi$, not $\pi$, and $\sin\frac{7\pi}{6} = -\frac12$. The second solution is
$\pi - \frac{\pi}{6} = \frac{5\pi}{6}$, so $x = \frac{\pi}{6}$ or $\frac{5\pi}{6}$."""
_BW = r"""Hmm, or is the second one $\pi + \frac{\pi}{6} = \frac{7\pi}{6}$? I'll use a half-turn shift, so the
solutions are $\frac{\pi}{6}$ and $\frac{7\pi}{6}$."""
_E = _p(r"""
$\sin x = \frac12$... the angle I remember with value $\frac12$ is from $\cos\frac{\pi}{3} = \frac12$, so
$x = \frac{\pi}{3}$.

The other solution in quadrant II is $\pi - \frac{\pi}{3} = \frac{2\pi}{3}$.
""")
_ES = r"""Using the reference angle $\frac{\pi}{3}$, the solutions are $\frac{\pi}{3}$ and $\frac{2\pi}{3}$."""
_add(
    "sets",
    r"\left\{\frac{\pi}{6},\frac{5\pi}{6}\right\}",
    _std(
        r"\left\{\frac{\pi}{6},\frac{5\pi}{6}\right\}",
        _G,
        _GS,
        [
            r"\left\{\frac{\pi}{6},\frac{5\pi}{6}\right\}",
            r"x=\frac{\pi}{6},\ \frac{5\pi}{6}",
            r"\{5\pi/6, \pi/6\}",
            r"\frac{\pi}{6}, \frac{5\pi}{6}",
        ],
        _B,
        _BS,
        r"\left\{\frac{\pi}{6},\frac{7\pi}{6}\right\}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\left\{\frac{\pi}{3},\frac{2\pi}{3}\right\}",
        (0, r"$\sin x = \frac12$ at the reference angle $\frac{\pi}{6}$. Sine is positive in quadrants"),
    ),
)


# ---------------------------------------------------------------- tuples

# Solve the system 3x + 2y = 7, x - y = 4; give the ordered pair (x, y).
_G = _p(r"""
From the second equation, $x = y + 4$. Substitute: $3(y + 4) + 2y = 7$, so $3y + 12 + 2y = 7$, $5y = -5$,
$y = -1$. Then $x = 3$.

Hmm, check in the first: $3 \cdot 3 + 2 \cdot (-1) = 9 - 2 = 7$. Second: $3 - (-1) = 4$. Both hold.

So $(x, y) = (3, -1)$.
""")
_GS = r"""Substituting $x = y + 4$ gives $5y + 12 = 7$, so $y = -1$ and $x = 3$; both equations check."""
_B = _p(r"""
$x = y + 4$, so $5y + 12 = 7$, $y = -1$, $x = 3$. So the solution is $x = 3$, $y = -1$.

Hmm, now to write it as an ordered pair... listing the values in the order I found them, the pair is $(-1, 3)$.
""")
_BS = r"""Solving gives $y = -1$ and then $x = 3$, so the ordered pair is $(-1, 3)$."""
_GF = r"""Wait, the ordered pair is $(x, y)$, with $x$ first: $(3, -1)$."""
_BW = r"""Hmm, listing the values in the order I found them ($y$ first), the pair is $(-1, 3)$."""
_E = _p(r"""
$x = y + 4$. Then $3(y + 4) + 2y = 7$, so $5y + 12 = 7$, so $5y = 7 + 12 = 19$ and $y = \frac{19}{5}$.

Then $x = \frac{19}{5} + 4 = \frac{39}{5}$.
""")
_ES = r"""Substitution gives $y = \frac{19}{5}$ and $x = \frac{39}{5}$."""
_add(
    "tuples",
    "(3,-1)",
    _std(
        "(3,-1)",
        _G,
        _GS,
        ["(3,-1)", r"x=3,\ y=-1", r"\left(3, -1\right)", "(3, -1)"],
        _B,
        _BS,
        "(-1,3)",
        _GF,
        _BW,
        _E,
        _ES,
        r"\left(\frac{39}{5},\frac{19}{5}\right)",
        (0, "From the second equation, $x = y + 4$. Substitute: $3(y + 4) + 2y = 7$, so"),
    ),
)

# Find the vertex of the parabola y = 2x^2 - 8x + 3.
_G = _p(r"""
The $x$-coordinate of the vertex is $-\frac{b}{2a} = \frac{8}{4} = 2$. Then $y = 2 \cdot 4 - 16 + 3 = -5$.

Hmm, let me double check by completing the square: $2(x^2 - 4x) + 3 = 2\left((x - 2)^2 - 4\right) + 3 =
2(x - 2)^2 - 5$. I briefly wrote $-\frac{b}{2a} = -2$, but $b = -8$, so $-b = 8$.

Vertex: $(2, -5)$.
""")
_GS = r"""Completing the square, $y = 2(x - 2)^2 - 5$, so the vertex is $(2, -5)$."""
_B = _p(r"""
$-\frac{b}{2a} = 2$ and $y(2) = 8 - 16 + 3 = -5$. So $(2, -5)$.

Let me confirm by completing the square: $2(x^2 - 4x + 4) - 4 + 3$... hmm, wait, I'll subtract 16 for the 4 I
added: $2(x - 2)^2 - 16 + 3 = 2(x - 2)^2 - 13$. That gives $(2, -13)$.
""")
_BS = r"""Completing the square gives $y = 2(x-2)^2 - 13$, so the vertex is $(2, -13)$."""
_GF = r"""Wait, adding 4 inside the parentheses adds $2 \cdot 4 = 8$, so I subtract 8, not 16: $2(x - 2)^2 - 5$.
That matches $y(2) = -5$, so the vertex is $(2, -5)$."""
_BW = r"""Hmm, let me confirm by completing the square: $2(x^2 - 4x + 4) - 16 + 3 = 2(x - 2)^2 - 13$. I'll trust
the completed square: $(2, -13)$."""
_E = _p(r"""
Vertex at $x = -\frac{b}{2a} = -\frac84 = -2$. Then $y = 2(4) - 8(-2) + 3 = 8 + 16 + 3 = 27$.
""")
_ES = r"""The vertex is at $x = -2$ with $y = 27$, i.e. $(-2, 27)$."""
_add(
    "tuples",
    "(2,-5)",
    _std(
        "(2,-5)",
        _G,
        _GS,
        ["(2,-5)", r"\left(2,-5\right)", "(2, -5)", "(x,y)=(2,-5)"],
        _B,
        _BS,
        "(2,-13)",
        _GF,
        _BW,
        _E,
        _ES,
        "(-2,27)",
        (0, r"The $x$-coordinate of the vertex is $-\frac{b}{2a} = \frac{8}{4} = 2$. Then $y = 2 \cdot 4 -"),
    ),
)

# Find the ordered triple (a, b, c) with a + b + c = 2, a - b + c = -4, 4a + 2b + c = 8.
_G = _p(r"""
Subtract the second equation from the first: $2b = 6$, so $b = 3$. Then $a + c = -1$.

Third: $4a + 2 \cdot 3 + c = 8$, so $4a + c = 2$. Subtract $a + c = -1$: $3a = 3$, so $a = 1$ and $c = -2$.

Hmm, check: $1 + 3 - 2 = 2$; $1 - 3 - 2 = -4$; $4 + 6 - 2 = 8$. All three hold. So $(1, 3, -2)$.
""")
_GS = r"""Subtracting the first two equations gives $b = 3$; then $a + c = -1$ and $4a + c = 2$ give $a = 1$,
$c = -2$."""
_B = _p(r"""
$2b = 6$, so $b = 3$; $a + c = -1$; $4a + c = 2$, so $a = 1$, $c = -2$. So $a = 1$, $c = -2$, $b = 3$.

Hmm, let me list them in the order I solved for them: $(1, -2, 3)$.
""")
_BS = r"""Solving the system gives $a = 1$, $c = -2$, $b = 3$, i.e. $(1, -2, 3)$."""
_GF = r"""Wait, the triple is ordered $(a, b, c)$, so $b$ comes second: $(1, 3, -2)$."""
_BW = r"""Hmm, let me list them in the order I solved them, $a, c, b$: $(1, -2, 3)$."""
_E = _p(r"""
First minus second: $2b = 6$, so $b = 3$ and $a + c = -1$. Third: $4a + c = 2$.

Subtracting: $3a = 2 - 1 = 1$, so $a = \frac13$ and $c = -1 - \frac13 = -\frac43$.
""")
_ES = r"""The system gives $b = 3$, $a = \frac13$, $c = -\frac43$."""
_add(
    "tuples",
    "(1,3,-2)",
    _std(
        "(1,3,-2)",
        _G,
        _GS,
        ["(1,3,-2)", r"a=1,\ b=3,\ c=-2", r"\left(1, 3, -2\right)", "(1, 3, -2)"],
        _B,
        _BS,
        "(1,-2,3)",
        _GF,
        _BW,
        _E,
        _ES,
        r"\left(\frac{1}{3},3,-\frac{4}{3}\right)",
        (0, "Subtract the second equation from the first: $2b = 6$, so $b = 3$. Then $a + c ="),
    ),
)

# Find the ordered pair (m, n) of positive integers with m > n, m^2 - n^2 = 45 and gcd(m, n) = 3.
_G = _p(r"""
$(m - n)(m + n) = 45$ with $m + n > m - n > 0$, both factors odd since 45 is odd. Factor pairs: $(1, 45)$,
$(3, 15)$, $(5, 9)$.

$(1, 45)$: $m = 23$, $n = 22$, gcd 1, no. $(3, 15)$: $m = 9$, $n = 6$, gcd 3, yes. $(5, 9)$: $m = 7$, $n = 2$,
gcd 1, no.

Hmm, so only $(9, 6)$. Check: $81 - 36 = 45$.
""")
_GS = r"""Factoring $m^2 - n^2 = (m - n)(m + n) = 45$ gives $(23, 22)$, $(9, 6)$ and $(7, 2)$; only $(9, 6)$ has
$\gcd = 3$."""
_B = _p(r"""
Factor pairs of 45: $(1, 45)$, $(3, 15)$, $(5, 9)$, giving $(m, n) = (23, 22), (9, 6), (7, 2)$. The gcd is 3
only for $(9, 6)$.

Hmm, so $n = 6$ and $m = 9$... I'll write the pair in increasing order: $(6, 9)$.
""")
_BS = r"""Only $m = 9$, $n = 6$ has gcd 3, so the pair in increasing order is $(6, 9)$."""
_GF = r"""Wait, the pair is $(m, n)$ with $m > n$, so it is $(9, 6)$."""
_BW = r"""Hmm, I'll write the pair in increasing order instead: $(6, 9)$."""
_E = _p(r"""
Since the gcd is 3, write $m = 3a$, $n = 3b$ with coprime $a > b$. Then $9(a^2 + b^2) = 45$, so
$a^2 + b^2 = 5$, giving $a = 2$, $b = 1$.

So $m = 6$ and $n = 3$: $36 + 9 = 45$.
""")
_ES = r"""With $m = 3a$, $n = 3b$ and $a^2 + b^2 = 5$, we get $(m, n) = (6, 3)$."""
_add(
    "tuples",
    "(9,6)",
    _std(
        "(9,6)",
        _G,
        _GS,
        ["(9,6)", r"m=9,\ n=6", r"\left(9,6\right)", "(m,n)=(9,6)"],
        _B,
        _BS,
        "(6,9)",
        _GF,
        _BW,
        _E,
        _ES,
        "(6,3)",
        (1, "$(1, 45)$: $m = 23$, $n = 22$, gcd 1, no. $(3, 15)$: $m ="),
    ),
)

# ---------------------------------------------------------------- complex

# Compute (3 + 2i)(1 - 4i).
_G = _p(r"""
FOIL: $3 \cdot 1 = 3$, $3 \cdot (-4i) = -12i$, $2i \cdot 1 = 2i$, $2i \cdot (-4i) = -8i^2 = +8$.

Real part: $3 + 8 = 11$. Imaginary part: $-12i + 2i = -10i$. Hmm, I wrote $3 - 8$ at first, forgetting that
$i^2 = -1$ flips the sign; it's $3 + 8$.

So $11 - 10i$. Check the modulus: $|3+2i||1-4i| = \sqrt{13}\sqrt{17} = \sqrt{221}$, and
$|11 - 10i| = \sqrt{121 + 100} = \sqrt{221}$. Consistent.
""")
_GS = r"""Expanding, $3 - 12i + 2i - 8i^2 = (3 + 8) - 10i = 11 - 10i$; the moduli agree ($\sqrt{221}$)."""
_B = _p(r"""
$3 - 12i + 2i - 8i^2 = 3 + 8 - 10i = 11 - 10i$.

Hmm, let me recheck the imaginary part: $-12i + 2i$... I'll write it as $12i - 2i = 10i$. So $11 + 10i$.
""")
_BS = r"""Expanding gives $11 + 10i$."""
_GF = r"""Wait, $-12i + 2i = -10i$, not $+10i$. So the product is $11 - 10i$."""
_BW = r"""Hmm, let me recheck the imaginary part: I'll write it as $12i - 2i = 10i$. So the product is
$11 + 10i$."""
_E = _p(r"""
$(3 + 2i)(1 - 4i) = 3 - 12i + 2i - 8i^2$. Taking $i^2$ as 1: $3 - 8 - 10i = -5 - 10i$.
""")
_ES = r"""Expanding gives $3 - 8 - 10i = -5 - 10i$."""
_add(
    "complex",
    "11-10i",
    _std(
        "11-10i",
        _G,
        _GS,
        ["11-10i", "11 - 10i", "-10i+11", r"11-10\,i"],
        _B,
        _BS,
        "11+10i",
        _GF,
        _BW,
        _E,
        _ES,
        "-5-10i",
        (0, r"FOIL: $3 \cdot 1 = 3$, $3 \cdot (-4i) = -12i$, $2i \cdot 1 = 2i$, $2i \cdot (-4i) ="),
    ),
)

# Write (5 + i)/(2 - i) in the form a + bi.
_G = _p(r"""
Multiply by the conjugate: $\frac{(5 + i)(2 + i)}{(2 - i)(2 + i)}$. Denominator: $4 + 1 = 5$.

Numerator: $10 + 5i + 2i + i^2 = 10 + 7i - 1 = 9 + 7i$. Hmm, I first wrote $11 + 7i$, but $i^2 = -1$, so
$10 - 1 = 9$.

So $\frac{9 + 7i}{5} = \frac95 + \frac75 i$. Check: $\left(\frac95 + \frac75 i\right)(2 - i) = \frac{18}{5} -
\frac95 i + \frac{14}{5} i - \frac75 i^2 = \frac{18}{5} + \frac75 + i = 5 + i$.
""")
_GS = r"""Multiplying by the conjugate, $\frac{(5+i)(2+i)}{5} = \frac{9 + 7i}{5} = \frac95 + \frac75 i$."""
_B = _p(r"""
$(5 + i)(2 + i) = 10 + 5i + 2i + i^2 = 9 + 7i$, over 5: $\frac95 + \frac75 i$.

Hmm, but dividing by $2 - i$ should rotate the other way... the imaginary part gets the sign of the denominator's
imaginary part, I think. I'll write $\frac95 - \frac75 i$.
""")
_BS = r"""Rationalizing gives $\frac95 - \frac75 i$."""
_GF = r"""Wait, check by multiplying back: $\left(\frac95 - \frac75 i\right)(2 - i) = \frac{18}{5} - \frac95 i -
\frac{14}{5} i + \frac75 i^2 = \frac{11}{5} - \frac{23}{5} i \ne 5 + i$. With $+\frac75$ the check gives $5 + i$,
so the answer is $\frac95 + \frac75 i$."""
_BW = r"""Hmm, but dividing by $2 - i$ should flip the imaginary sign, so I'll write $\frac95 - \frac75 i$."""
_E = _p(r"""
Multiply by $2 + i$: the numerator is $10 + 5i + 2i + i^2$. With $i^2 = 1$ that's $11 + 7i$; the denominator is
$4 + 1 = 5$.

So $\frac{11}{5} + \frac75 i$.
""")
_ES = r"""The quotient is $\frac{11 + 7i}{5} = \frac{11}{5} + \frac75 i$."""
_add(
    "complex",
    r"\frac{9}{5}+\frac{7}{5}i",
    _std(
        r"\frac{9}{5}+\frac{7}{5}i",
        _G,
        _GS,
        [r"\frac{9}{5}+\frac{7}{5}i", r"\frac{9+7i}{5}", "1.8+1.4i", r"\dfrac{9}{5}+\dfrac{7}{5}i"],
        _B,
        _BS,
        r"\frac{9}{5}-\frac{7}{5}i",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{11}{5}+\frac{7}{5}i",
        (1, "Numerator: $10 + 5i + 2i + i^2 = 10 +"),
    ),
)

# Solve z^2 + 4z + 13 = 0 over the complex numbers.
_G = _p(r"""
Discriminant: $16 - 52 = -36$, and $\sqrt{-36} = 6i$. So $z = \frac{-4 \pm 6i}{2} = -2 \pm 3i$.

Hmm, check $z = -2 + 3i$: $z^2 = 4 - 12i + 9i^2 = -5 - 12i$, and $4z = -8 + 12i$. Sum:
$-5 - 12i - 8 + 12i + 13 = 0$. The conjugate works too since the coefficients are real.

So $z = -2 \pm 3i$.
""")
_GS = r"""The discriminant is $16 - 52 = -36$, so $z = \frac{-4 \pm 6i}{2} = -2 \pm 3i$."""
_B = _p(r"""
Discriminant $16 - 52 = -36$, so $z = \frac{-4 \pm 6i}{2} = -2 \pm 3i$.

Hmm, wait, $-b$ with $b = 4$... I'll redo it as $z = \frac{4 \pm 6i}{2} = 2 \pm 3i$.
""")
_BS = r"""By the quadratic formula $z = \frac{4 \pm 6i}{2} = 2 \pm 3i$."""
_GF = r"""Wait, $-b = -4$, so $z = \frac{-4 \pm 6i}{2} = -2 \pm 3i$. Check: $(-2 + 3i)^2 + 4(-2 + 3i) + 13 =
(-5 - 12i) + (-8 + 12i) + 13 = 0$."""
_BW = r"""Hmm, wait, let me redo the $-b$ part: $z = \frac{4 \pm 6i}{2} = 2 \pm 3i$."""
_E = _p(r"""
$z = \frac{-4 \pm \sqrt{16 - 52}}{2} = \frac{-4 \pm \sqrt{-36}}{2} = \frac{-4 \pm 6i}{2}$.

Dividing, I'll halve only the real part: $-2 \pm 6i$.
""")
_ES = r"""The roots are $z = -2 \pm 6i$."""
_add(
    "complex",
    r"-2\pm 3i",
    _std(
        r"-2\pm 3i",
        _G,
        _GS,
        [r"-2\pm 3i", r"z=-2+3i \text{ or } z=-2-3i", r"\{-2-3i,\,-2+3i\}", r"-2 \pm 3i"],
        _B,
        _BS,
        r"2\pm 3i",
        _GF,
        _BW,
        _E,
        _ES,
        r"-2\pm 6i",
        (0, r"Discriminant: $16 - 52 = -36$, and $\sqrt{-36} ="),
    )
    + [
        (
            H,
            _fa(
                _G
                + [
                    _t(r"""The problem asks for $z$, and I'll give the root with positive imaginary part as the
                answer: $z = -2 + 3i$.""")
                ],
                r"The discriminant is $-36$, so $z = -2 + 3i$.",
                "-2+3i",
            ),
        )
    ],
)

# Compute i^{2026} + i^{2027}.
_G = _p(r"""
Powers of $i$ cycle with period 4: $i^0 = 1$, $i^1 = i$, $i^2 = -1$, $i^3 = -i$.

$2026 \bmod 4$: 2024 is divisible by 4, so $2026 \equiv 2$ and $i^{2026} = -1$. $2027 \equiv 3$, so
$i^{2027} = -i$.

Hmm, let me double-check $2024/4 = 506$. Yes. Sum: $-1 - i$.
""")
_GS = r"""Since $2026 \equiv 2$ and $2027 \equiv 3 \pmod 4$, $i^{2026} = -1$ and $i^{2027} = -i$, so the sum is
$-1 - i$."""
_B = _p(r"""
$2026 \equiv 2 \pmod 4$, so $i^{2026} = -1$. $2027 \equiv 3$, so $i^{2027} = i^3 = -i$. Sum $-1 - i$.

Hmm, wait, $i^3 = i^2 \cdot i$... I keep second-guessing; I'll say $i^3 = i \cdot i \cdot i = i$. So $-1 + i$.
""")
_BS = r"""With $i^{2026} = -1$ and $i^{2027} = i$, the sum is $-1 + i$."""
_GF = r"""Wait, $i^3 = i^2 \cdot i = -i$, not $i$. So the sum is $-1 - i$."""
_BW = r"""Hmm, wait, I'll recompute $i^3$ as $i \cdot i \cdot i = i$. Then the sum is $-1 + i$."""
_E = _p(r"""
$i^4 = 1$, and 2026 is even, so $i^{2026} = 1$. Then $i^{2027} = i^{2026} \cdot i = i$.

Sum: $1 + i$.
""")
_ES = r"""Since 2026 is even, $i^{2026} = 1$ and $i^{2027} = i$, so the sum is $1 + i$."""
_add(
    "complex",
    "-1-i",
    _std(
        "-1-i",
        _G,
        _GS,
        ["-1-i", "-(1+i)", "-i-1", "-1 - i"],
        _B,
        _BS,
        "-1+i",
        _GF,
        _BW,
        _E,
        _ES,
        "1+i",
        (1, r"$2026 \bmod 4$: 2024 is divisible by 4, so $2026 \equiv"),
    ),
)

# ---------------------------------------------------------------- matrices

# Find the inverse of the matrix [[2, 1], [5, 3]].
_G = _p(r"""
$\det = 2 \cdot 3 - 1 \cdot 5 = 6 - 5 = 1$. For $\begin{pmatrix} a & b \\ c & d \end{pmatrix}$ the inverse is
$\frac{1}{\det}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}$.

So $\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$. Hmm, I need to be careful not to transpose: $-b = -1$ goes
top-right, $-c = -5$ bottom-left.

Check: $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix} =
\begin{pmatrix} 6 - 5 & -2 + 2 \\ 15 - 15 & -5 + 6 \end{pmatrix} = I$.
""")
_GS = r"""Since $\det = 1$, the inverse is $\begin{pmatrix} d & -b \\ -c & a \end{pmatrix} =
\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$, and multiplying back gives the identity."""
_B = _p(r"""
$\det = 1$. Inverse: swap $a$ and $d$, negate $b$ and $c$: $\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$.

Hmm, wait, I think the off-diagonal entries also trade places, since the adjugate is the transpose of the cofactor
matrix. So $\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}$.
""")
_BS = r"""Transposing the cofactor matrix, the inverse is $\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}$."""
_GF = r"""Wait, check: $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix} =
\begin{pmatrix} 5 & -8 \\ 12 & -19 \end{pmatrix}$, not the identity. The transpose of the cofactor matrix is
already $\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$, and that product is the identity."""
_BW = r"""Hmm, wait, I think the off-diagonal entries also trade places, since the adjugate is a transpose. So the
inverse is $\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}$."""
_E = _p(r"""
$\det = 6 - 5 = 1$, so no scaling is needed. The inverse swaps the diagonal entries:
$\begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}$.
""")
_ES = r"""Swapping the diagonal entries gives the inverse $\begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}$."""
_add(
    "matrices",
    r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
    _std(
        r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
        _G,
        _GS,
        [
            r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
            r"\begin{bmatrix} 3 & -1 \\ -5 & 2 \end{bmatrix}",
            r"\left(\begin{matrix} 3 & -1 \\ -5 & 2 \end{matrix}\right)",
            r"\begin{pmatrix}3&-1\\-5&2\end{pmatrix}",
        ],
        _B,
        _BS,
        r"\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}",
        (0, r"$\det = 2 \cdot 3 - 1 \cdot 5 = 6 - 5 = 1$. For a $2 \times 2$ matrix the inverse is"),
    ),
)

# Compute AB for A = [[1, 2], [3, 4]] and B = [[0, 1], [1, 0]].
_G = _p(r"""
Right-multiplying by the swap matrix should swap the columns of $A$. Let me just compute: row 1 of $A$, $(1, 2)$,
with column 1 of $B$, $(0, 1)$: 2; with column 2, $(1, 0)$: 1. Row 2, $(3, 4)$: column 1 gives 4, column 2
gives 3.

So $AB = \begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}$. Hmm, if it were $BA$, it would swap rows:
$\begin{pmatrix} 3 & 4 \\ 1 & 2 \end{pmatrix}$. But the question asks for $AB$.

The columns of $A$ are swapped, as expected.
""")
_GS = r"""Multiplying on the right by $\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}$ swaps the columns of $A$, so
$AB = \begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}$."""
_B = _p(r"""
Entry by entry: $(1,1)$: $1 \cdot 0 + 2 \cdot 1 = 2$; $(1,2)$: $1 \cdot 1 + 2 \cdot 0 = 1$; $(2,1)$: 4;
$(2,2)$: 3. So $\begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}$.

Hmm, but multiplying by a permutation matrix permutes the rows... so I'd expect
$\begin{pmatrix} 3 & 4 \\ 1 & 2 \end{pmatrix}$. I'll go with the permutation rule.
""")
_BS = r"""The permutation matrix swaps the rows of $A$, so $AB = \begin{pmatrix} 3 & 4 \\ 1 & 2 \end{pmatrix}$."""
_GF = r"""Wait, a permutation matrix on the left permutes rows; on the right it permutes columns. Here $B$ is on
the right, and the entry-by-entry computation gives $\begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}$."""
_BW = r"""Hmm, but multiplying by a permutation matrix permutes the rows, so I'd expect
$\begin{pmatrix} 3 & 4 \\ 1 & 2 \end{pmatrix}$. I'll go with the permutation rule."""
_E = _p(r"""
Multiply corresponding entries: $1 \cdot 0 = 0$, $2 \cdot 1 = 2$, $3 \cdot 1 = 3$, $4 \cdot 0 = 0$.

So $AB = \begin{pmatrix} 0 & 2 \\ 3 & 0 \end{pmatrix}$.
""")
_ES = r"""Multiplying entries gives $\begin{pmatrix} 0 & 2 \\ 3 & 0 \end{pmatrix}$."""
_add(
    "matrices",
    r"\begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}",
    _std(
        r"\begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}",
        _G,
        _GS,
        [
            r"\begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}",
            r"\begin{bmatrix} 2 & 1 \\ 4 & 3 \end{bmatrix}",
            r"\begin{pmatrix}2&1\\4&3\end{pmatrix}",
            r"\left[\begin{array}{cc} 2 & 1 \\ 4 & 3 \end{array}\right]",
        ],
        _B,
        _BS,
        r"\begin{pmatrix} 3 & 4 \\ 1 & 2 \end{pmatrix}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\begin{pmatrix} 0 & 2 \\ 3 & 0 \end{pmatrix}",
        (0, "Right-multiplying by the swap matrix should swap the columns of $A$. Let me just compute: row 1 of"),
    ),
)

# Compute [[1, 1], [0, 1]]^5.
_G = _p(r"""
$A = I + N$ with $N = \begin{pmatrix} 0 & 1 \\ 0 & 0 \end{pmatrix}$ and $N^2 = 0$. So $A^n = I + nN$ by the
binomial theorem ($I$ and $N$ commute).

$A^5 = I + 5N = \begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}$. Hmm, let me verify $A^2$ directly:
$\begin{pmatrix} 1 & 1 + 1 \\ 0 & 1 \end{pmatrix} = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$. And
$A^3 = \begin{pmatrix} 1 & 3 \\ 0 & 1 \end{pmatrix}$.

The pattern holds: $A^5 = \begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}$.
""")
_GS = r"""Writing $A = I + N$ with $N^2 = 0$ gives $A^n = I + nN$, so
$A^5 = \begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}$."""
_B = _p(r"""
$A^n = \begin{pmatrix} 1 & n \\ 0 & 1 \end{pmatrix}$, so $A^5 = \begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}$.

Hmm, wait, let me count the multiplications instead: $A^5$ is $A$ multiplied by itself 4 times, and each
multiplication adds 1 to the corner, so 4 additions: $\begin{pmatrix} 1 & 4 \\ 0 & 1 \end{pmatrix}$.
""")
_BS = r"""Each multiplication by $A$ adds 1 to the top-right entry; four multiplications give
$\begin{pmatrix} 1 & 4 \\ 0 & 1 \end{pmatrix}$."""
_GF = r"""Wait, $A$ itself already has corner entry 1, and four further multiplications add 4, giving $1 + 4 = 5$.
Indeed $A^2 = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$. So $A^5 = \begin{pmatrix} 1 & 5 \\ 0 & 1
\end{pmatrix}$."""
_BW = r"""Hmm, wait, $A^5$ is $A$ multiplied by itself 4 times, so there are 4 additions to the corner: I'll say
$\begin{pmatrix} 1 & 4 \\ 0 & 1 \end{pmatrix}$."""
_E = _p(r"""
Raise each entry to the 5th power: $1^5 = 1$, $1^5 = 1$, $0^5 = 0$, $1^5 = 1$.

So $A^5 = \begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}$.
""")
_ES = r"""Raising each entry to the fifth power leaves $A$ unchanged: $\begin{pmatrix} 1 & 1 \\ 0 & 1
\end{pmatrix}$."""
_add(
    "matrices",
    r"\begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}",
    _std(
        r"\begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}",
        _G,
        _GS,
        [
            r"\begin{pmatrix} 1 & 5 \\ 0 & 1 \end{pmatrix}",
            r"\begin{bmatrix} 1 & 5 \\ 0 & 1 \end{bmatrix}",
            r"\begin{pmatrix}1&5\\0&1\end{pmatrix}",
            r"\left(\begin{array}{cc} 1 & 5 \\ 0 & 1 \end{array}\right)",
        ],
        _B,
        _BS,
        r"\begin{pmatrix} 1 & 4 \\ 0 & 1 \end{pmatrix}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}",
        (0, "$A = I + N$ with $N$ strictly upper triangular, so"),
    ),
)

# Find the inverse of the matrix [[4, 2], [1, 1]].
_G = _p(r"""
$\det = 4 \cdot 1 - 2 \cdot 1 = 2$. Adjugate: $\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}$. Divide by 2:
$\begin{pmatrix} \frac12 & -1 \\ -\frac12 & 2 \end{pmatrix}$.

Hmm, let me verify: $\begin{pmatrix} 4 & 2 \\ 1 & 1 \end{pmatrix}\begin{pmatrix} \frac12 & -1 \\ -\frac12 & 2
\end{pmatrix} = \begin{pmatrix} 2 - 1 & -4 + 4 \\ \frac12 - \frac12 & -1 + 2 \end{pmatrix} = I$.

I almost forgot the $\frac{1}{\det}$ factor; without it the product would be $2I$.
""")
_GS = r"""$\det = 2$ and $\operatorname{adj} = \begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}$, so the inverse is
$\frac12\operatorname{adj} = \begin{pmatrix} \frac12 & -1 \\ -\frac12 & 2 \end{pmatrix}$."""
_B = _p(r"""
$\det = 2$. Adjugate $\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}$, so the inverse is
$\frac12\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix} = \begin{pmatrix} \frac12 & -1 \\ -\frac12 & 2
\end{pmatrix}$.

Hmm, but the matrix has integer entries; I think the inverse should also be an integer matrix here... I'll report
the adjugate $\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}$.
""")
_BS = r"""The inverse is the adjugate $\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}$."""
_GF = r"""Wait, $\begin{pmatrix} 4 & 2 \\ 1 & 1 \end{pmatrix}\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix} =
\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix} = 2I$, so I must divide by $\det = 2$: the inverse is
$\begin{pmatrix} \frac12 & -1 \\ -\frac12 & 2 \end{pmatrix}$."""
_BW = r"""Hmm, but the matrix has integer entries, so I'll report the adjugate
$\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}$ as the inverse."""
_E = _p(r"""
The inverse of a matrix is made of the reciprocals of its entries: $\frac14$, $\frac12$, $1$, $1$.

So the inverse is $\begin{pmatrix} \frac14 & \frac12 \\ 1 & 1 \end{pmatrix}$.
""")
_ES = r"""Taking reciprocals entrywise gives $\begin{pmatrix} \frac14 & \frac12 \\ 1 & 1 \end{pmatrix}$."""
_add(
    "matrices",
    r"\begin{pmatrix} \frac{1}{2} & -1 \\ -\frac{1}{2} & 2 \end{pmatrix}",
    _std(
        r"\begin{pmatrix} \frac{1}{2} & -1 \\ -\frac{1}{2} & 2 \end{pmatrix}",
        _G,
        _GS,
        [
            r"\begin{pmatrix} \frac{1}{2} & -1 \\ -\frac{1}{2} & 2 \end{pmatrix}",
            r"\frac{1}{2}\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}",
            r"\begin{pmatrix} 0.5 & -1 \\ -0.5 & 2 \end{pmatrix}",
            r"\begin{bmatrix} 1/2 & -1 \\ -1/2 & 2 \end{bmatrix}",
        ],
        _B,
        _BS,
        r"\begin{pmatrix} 1 & -2 \\ -1 & 4 \end{pmatrix}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\begin{pmatrix} \frac{1}{4} & \frac{1}{2} \\ 1 & 1 \end{pmatrix}",
        (0, r"$\det = 4 \cdot 1 - 2 \cdot 1 = 2$. Adjugate: swap the diagonal and negate the"),
    ),
)


# ---------------------------------------------------------------- angles (degrees and radians)

# What is the measure, in degrees, of each interior angle of a regular 12-gon?
_G = _p(r"""
Sum of interior angles: $(n - 2) \cdot 180 = 10 \cdot 180 = 1800$. Each: $1800 / 12 = 150$.

Alternatively, the exterior angle is $360/12 = 30$, and the interior is $180 - 30 = 150$. Hmm, I shouldn't report
30; that's the exterior angle.

So $150^\circ$.
""")
_GS = r"""The angle sum is $(12 - 2)\cdot 180^\circ = 1800^\circ$, so each interior angle is
$1800^\circ/12 = 150^\circ$ (equivalently $180^\circ - 30^\circ$)."""
_B = _p(r"""
Interior angle: $(12 - 2) \cdot 180 / 12 = 150$.

Hmm, but the angle at each vertex, measured as the turning angle as we walk around the polygon, is
$360/12 = 30$. I'll give $30^\circ$.
""")
_BS = r"""Each angle of the regular 12-gon is $360^\circ/12 = 30^\circ$."""
_GF = r"""Wait, $30^\circ$ is the exterior (turning) angle; the interior angle is $180^\circ - 30^\circ =
150^\circ$."""
_BW = r"""Hmm, but measuring the angle at a vertex as the turning angle gives $360/12 = 30$, so I'll give
$30^\circ$."""
_E = _p(r"""
Sum of interior angles is $(n - 1) \cdot 180$ with $n = 12$: $11 \cdot 180 = 1980$.

Divided by 12, that is 165.
""")
_ES = r"""$(12 - 1)\cdot 180^\circ / 12 = 165^\circ$."""
_add(
    "angles",
    r"150^\circ",
    _std(
        r"150^\circ",
        _G,
        _GS,
        [r"150^\circ", "150", r"150\text{ degrees}", r"150^{\circ}"],
        _B,
        _BS,
        r"30^\circ",
        _GF,
        _BW,
        _E,
        _ES,
        r"165^\circ",
        (0, r"Sum of interior angles: $(n - 2) \cdot 180 = 10 \cdot 180 ="),
    ),
)

# Find the angle, in radians, between the vectors (1, 0) and (1, sqrt 3).
_G = _p(r"""
$\cos\theta = \frac{u \cdot v}{|u||v|} = \frac{1}{1 \cdot 2} = \frac12$, since $|v| = \sqrt{1 + 3} = 2$.

$\theta = \arccos\frac12 = \frac{\pi}{3}$. Hmm, not $\frac{\pi}{6}$: that's where the cosine is
$\frac{\sqrt3}{2}$. The vector $(1, \sqrt3)$ makes a $60^\circ$ angle with the $x$-axis, since
$\tan\theta = \sqrt3$.

So $\frac{\pi}{3}$.
""")
_GS = r"""$\cos\theta = \frac{1}{1\cdot 2} = \frac12$, so $\theta = \frac{\pi}{3}$."""
_B = _p(r"""
$u \cdot v = 1$, $|u| = 1$, $|v| = 2$, so $\cos\theta = \frac12$ and $\theta = \frac{\pi}{3}$.

Hmm, but let me compute from the slope: the angle with the $x$-axis is $\arctan\frac{1}{\sqrt3} =
\frac{\pi}{6}$. I'll go with $\frac{\pi}{6}$.
""")
_BS = r"""From the slope, $\theta = \arctan\frac{1}{\sqrt3} = \frac{\pi}{6}$."""
_GF = r"""Wait, the slope of $(1, \sqrt3)$ is $\frac{\sqrt3}{1}$, not $\frac{1}{\sqrt3}$, and
$\arctan\sqrt3 = \frac{\pi}{3}$, matching $\cos\theta = \frac12$. So $\theta = \frac{\pi}{3}$."""
_BW = r"""Hmm, let me compute from the slope instead: $\arctan\frac{1}{\sqrt3} = \frac{\pi}{6}$. I'll go with
$\frac{\pi}{6}$."""
_E = _p(r"""
$u \cdot v = 1$. $|u| = 1$, and $|v| = 1 + 3 = 4$ (sum of the squares). So $\cos\theta = \frac14$.

$\theta = \arccos\frac14 \approx 1.318$.
""")
_ES = r"""$\cos\theta = \frac14$, so $\theta = \arccos\frac14$."""
_add(
    "angles",
    r"\frac{\pi}{3}",
    _std(
        r"\frac{\pi}{3}",
        _G,
        _GS,
        [r"\frac{\pi}{3}", r"\pi/3", r"\dfrac{\pi}{3}", r"\frac{1}{3}\pi"],
        _B,
        _BS,
        r"\frac{\pi}{6}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\arccos\frac{1}{4}",
        (0, r"$\cos\theta = \frac{u \cdot v}{|u||v|} = \frac{1}{1 \cdot"),
    ),
)

# At 3:40, what is the measure in degrees of the smaller angle between the hour and minute hands?
_G = _p(r"""
The minute hand at 40 minutes: $40 \cdot 6 = 240^\circ$ from 12. The hour hand: 3 hours is $90^\circ$, plus
$40 \cdot 0.5 = 20^\circ$, so $110^\circ$.

Difference: $240 - 110 = 130$. That's less than 180, so it is the smaller angle. Hmm, initially I said 150 by
placing the hour hand exactly at 3, but it moves.

Formula check: $|30H - 5.5M| = |90 - 220| = 130$. So $130^\circ$.
""")
_GS = r"""The minute hand is at $240^\circ$ and the hour hand at $90^\circ + 20^\circ = 110^\circ$, so the angle is
$130^\circ$ (also $|30\cdot 3 - 5.5\cdot 40| = 130$)."""
_B = _p(r"""
Minute hand at $240^\circ$. The hour hand at $90^\circ$ if it stayed at 3, giving $150^\circ$. But the hour hand
moves $0.5^\circ$ per minute: $+20^\circ$, so it's at $110^\circ$ and the gap is $130^\circ$.

Hmm, wait, moving the hour hand forward toward 4... I think the gap grows: $150 + 20 = 170^\circ$.
""")
_BS = r"""The minute hand is at $240^\circ$, and the hour hand's advance widens the gap to
$150^\circ + 20^\circ = 170^\circ$."""
_GF = r"""Wait, the hour hand moves toward the minute hand (from $90^\circ$ to $110^\circ$, while the minute hand is
at $240^\circ$), so the gap shrinks: $240 - 110 = 130^\circ$."""
_BW = r"""Hmm, wait, moving the hour hand forward, I think the gap grows: $150 + 20 = 170^\circ$."""
_E = _p(r"""
At 3:40 the hour hand points at 3 ($90^\circ$) and the minute hand at 8 ($240^\circ$).

Difference: $150^\circ$.
""")
_ES = r"""The hands at 3 and 8 are $150^\circ$ apart."""
_add(
    "angles",
    r"130^\circ",
    _std(
        r"130^\circ",
        _G,
        _GS,
        [r"130^\circ", "130", r"130^{\circ}", r"130 \text{ degrees}"],
        _B,
        _BS,
        r"170^\circ",
        _GF,
        _BW,
        _E,
        _ES,
        r"150^\circ",
        (0, r"The minute hand at 40 minutes: $40 \cdot 6 = 240^\circ$ from 12. The hour hand: 3 hours is"),
    ),
)

# Find the smallest positive x, in radians, with tan(2x) = -1.
_G = _p(r"""
$\tan\theta = -1$ at $\theta = \frac{3\pi}{4} + k\pi$. So $2x = \frac{3\pi}{4} + k\pi$ and
$x = \frac{3\pi}{8} + \frac{k\pi}{2}$.

Smallest positive: $k = 0$ gives $\frac{3\pi}{8}$. Hmm, $k = -1$ gives $\frac{3\pi}{8} - \frac{\pi}{2} =
-\frac{\pi}{8} < 0$. So $\frac{3\pi}{8}$.

Check: $\tan\frac{3\pi}{4} = -1$. And I shouldn't report $\frac{3\pi}{4}$ itself: that's $2x$.
""")
_GS = r"""$\tan 2x = -1$ gives $2x = \frac{3\pi}{4} + k\pi$, so $x = \frac{3\pi}{8} + \frac{k\pi}{2}$; the
smallest positive value is $\frac{3\pi}{8}$."""
_B = _p(r"""
$\tan\theta = -1$ gives $\theta = \frac{3\pi}{4} + k\pi$. With $\theta = 2x$: $x = \frac{3\pi}{8} +
\frac{k\pi}{2}$, smallest positive $\frac{3\pi}{8}$.

Hmm, but let me reconsider: tan has period $\pi$, and the smallest positive solution for the angle is
$\frac{3\pi}{4}$. I'll answer $\frac{3\pi}{4}$.
""")
_BS = r"""The smallest positive angle with tangent $-1$ is $\frac{3\pi}{4}$."""
_GF = r"""Wait, $\frac{3\pi}{4}$ is the value of $2x$, not $x$; halving gives $x = \frac{3\pi}{8}$, and
$\tan\left(2 \cdot \frac{3\pi}{8}\right) = \tan\frac{3\pi}{4} = -1$."""
_BW = r"""Hmm, but the smallest positive angle with tangent $-1$ is $\frac{3\pi}{4}$; I'll answer
$\frac{3\pi}{4}$."""
_E = _p(r"""
$\tan 2x = -1$. Since $\tan\frac{\pi}{4} = 1$, I'd say $2x = -\frac{\pi}{4}$, and taking the absolute value to
get a positive angle, $2x = \frac{\pi}{4}$.

So $x = \frac{\pi}{8}$.
""")
_ES = r"""From $2x = \frac{\pi}{4}$ in magnitude, $x = \frac{\pi}{8}$."""
_add(
    "angles",
    r"\frac{3\pi}{8}",
    _std(
        r"\frac{3\pi}{8}",
        _G,
        _GS,
        [r"\frac{3\pi}{8}", r"3\pi/8", r"x=\dfrac{3\pi}{8}", r"\frac{3}{8}\pi"],
        _B,
        _BS,
        r"\frac{3\pi}{4}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\frac{\pi}{8}",
        (0, r"$\tan\theta = -1$ at $\theta = \frac{3\pi}{4} + k\pi$. So $2x ="),
    ),
)

# ---------------------------------------------------------------- choice

# Which is largest? (A) 2^{30} (B) 3^{20} (C) 5^{13} (D) 6^{11} (E) 7^{10}
_G = _p(r"""
Compare logarithms. $\ln 2 \approx 0.693$, $\ln 3 \approx 1.099$, $\ln 5 \approx 1.609$, $\ln 6 \approx 1.792$,
$\ln 7 \approx 1.946$.

$30 \cdot 0.693 = 20.79$; $20 \cdot 1.099 = 21.97$; $13 \cdot 1.609 = 20.92$; $11 \cdot 1.792 = 19.71$;
$10 \cdot 1.946 = 19.46$.

Hmm, (C) $5^{13}$ is close to (A), but (B) at 21.97 is clearly the largest. Double-check (B) against (C):
$3^{20} = 9^{10} \approx 3.49 \cdot 10^9$ and $5^{13} \approx 1.22 \cdot 10^9$. Yes, (B).
""")
_GS = r"""Comparing natural logarithms, $20\ln 3 \approx 21.97$ exceeds $30\ln 2 \approx 20.79$,
$13\ln 5 \approx 20.92$, $11\ln 6 \approx 19.71$ and $10\ln 7 \approx 19.46$, so $3^{20}$ is the largest."""
_B = _p(r"""
Logs: $30\ln 2 \approx 20.79$, $20\ln 3 \approx 21.97$, $13\ln 5 \approx 20.92$. So (B) seems largest.

Hmm, let me recheck $\ln 5$: is it 1.609 or 1.709? I think $\ln 5 \approx 1.709$; then
$13 \cdot 1.709 = 22.22 > 21.97$. So (C) $5^{13}$.
""")
_BS = r"""Using $\ln 5 \approx 1.709$, $13\ln 5 \approx 22.22$ is the largest, so the answer is (C)."""
_GF = r"""Wait, $e^{1.709} \approx 5.52$, too large; $\ln 5 \approx 1.609$. So $13\ln 5 \approx 20.92 < 21.97$, and
(B) $3^{20}$ is the largest: $3^{20} \approx 3.49 \cdot 10^9$ against $5^{13} \approx 1.22 \cdot 10^9$."""
_BW = r"""Hmm, let me recheck $\ln 5$: I think it's about 1.709. Then $13 \cdot 1.709 = 22.22 > 21.97$, so (C)
$5^{13}$ is the largest."""
_E = _p(r"""
$2^{30}$ has the biggest exponent, so it should be the largest; $2^{30} \approx 1.07 \cdot 10^9$.

The others have smaller exponents, 20, 13, 11, 10. I'll go with (A).
""")
_ES = r"""The largest exponent wins, so $2^{30}$, choice (A)."""
_add(
    "choice",
    "B",
    _std(
        "B",
        _G,
        _GS,
        [r"\textbf{(B)}\ 3^{20}", "B", "(B)", r"\text{(B) } 3^{20}"],
        _B,
        _BS,
        r"\textbf{(C)}\ 5^{13}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\textbf{(A)}\ 2^{30}",
        (1, r"$30 \cdot 0.693 = 20.79$; $20 \cdot 1.099 ="),
    ),
)

# If x + 1/x = 3, then x^2 + 1/x^2 = ? (A) 9 (B) 11 (C) 7 (D) 5 (E) 8
_G = _p(r"""
Square: $\left(x + \frac1x\right)^2 = x^2 + 2 + \frac{1}{x^2} = 9$. So $x^2 + \frac{1}{x^2} = 9 - 2 = 7$.

Hmm, careful: the cross term is $2 \cdot x \cdot \frac1x = 2$, so subtract 2, not add. 7 is choice (C). Not (A)
9, which forgets the cross term.

Check with an actual $x$: $x = \frac{3 + \sqrt5}{2} \approx 2.618$, $x^2 \approx 6.854$,
$\frac{1}{x^2} \approx 0.146$, sum $7.0$.
""")
_GS = r"""Squaring gives $x^2 + 2 + \frac{1}{x^2} = 9$, so $x^2 + \frac{1}{x^2} = 7$, which is choice (C)."""
_B = _p(r"""
$\left(x + \frac1x\right)^2 = x^2 + 2 + \frac{1}{x^2} = 9$, so 7, choice (C).

Hmm wait, let me redo: $x^2 + \frac{1}{x^2} = \left(x + \frac1x\right)^2 + 2$... I'll add the cross term back:
$9 + 2 = 11$, choice (B).
""")
_BS = r"""$x^2 + \frac{1}{x^2} = 9 + 2 = 11$, choice (B)."""
_GF = r"""Wait, $\left(x + \frac1x\right)^2 = x^2 + 2 + \frac{1}{x^2}$, so we subtract 2: $9 - 2 = 7$. The numeric
check $x \approx 2.618$ gives $6.854 + 0.146 = 7$. Choice (C)."""
_BW = r"""Hmm wait, let me redo: I'll add the cross term back: $9 + 2 = 11$, which is choice (B)."""
_E = _p(r"""
Square both sides: $x^2 + \frac{1}{x^2} = 3^2 = 9$.

That's choice (A).
""")
_ES = r"""Squaring gives 9, choice (A)."""
_add(
    "choice",
    "C",
    _std(
        "C",
        _G,
        _GS,
        [r"\text{(C)}", "C", r"\textbf{(C) } 7", r"(C)\ 7"],
        _B,
        _BS,
        r"\text{(B)}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\text{(A)}",
        (0, r"Square: $\left(x + \frac1x\right)^2 = x^2 + 2 +"),
    ),
)

# How many positive integers less than 100 are divisible by neither 2 nor 3? (A) 33 (B) 32 (C) 34 (D) 66 (E) 31
_G = _p(r"""
Numbers 1 to 99. Divisible by 2: 49. By 3: 33. By 6: 16. Divisible by 2 or 3: $49 + 33 - 16 = 66$.

Neither: $99 - 66 = 33$. Hmm, (D) 66 is the complement count, a trap. Check with a pattern: in each block of 6,
the numbers $\equiv 1, 5 \pmod 6$ qualify, 2 per block. $96 = 16 \cdot 6$ gives 32, plus 97 ($\equiv 1$); 98 and
99 don't qualify. So 33.

Answer (A) 33.
""")
_GS = r"""Among 1 to 99, $49 + 33 - 16 = 66$ are divisible by 2 or 3, so $99 - 66 = 33$ are divisible by neither:
choice (A)."""
_B = _p(r"""
Inclusion-exclusion on 1 to 99: $49 + 33 - 16 = 66$, so 33 are coprime to 6.

Hmm, let me recount by blocks of 6: each block has 2 such numbers, and there are 16 full blocks, so 32. The
leftover 97, 98, 99... I'll ignore the partial block. (B) 32.
""")
_BS = r"""Counting two numbers per block of six over 16 blocks gives 32, choice (B)."""
_GF = r"""Wait, the partial block 97, 98, 99 contains 97, which is divisible by neither, so the count is
$32 + 1 = 33$, agreeing with inclusion-exclusion. Choice (A)."""
_BW = r"""Hmm, let me recount by blocks of six: 2 per block over 16 blocks is 32, and I'll ignore the leftover 97,
98, 99. So (B) 32."""
_E = _p(r"""
Divisible by 2: 49; by 3: 33; by both: 16. So $49 + 33 - 16 = 66$.

The answer is (D).
""")
_ES = r"""Inclusion-exclusion gives 66, choice (D)."""
_add(
    "choice",
    "A",
    _std(
        "A",
        _G,
        _GS,
        [r"\textbf{(A)}\ 33", "A", "(A)", r"\text{A}"],
        _B,
        _BS,
        r"\textbf{(B)}\ 32",
        _GF,
        _BW,
        _E,
        _ES,
        r"\textbf{(D)}\ 66",
        (0, "Numbers 1 to 99. Divisible by 2: 49. By 3:"),
    ),
)

# The interior angles of a convex polygon sum to 1980 degrees. How many sides? (A) 11 (B) 12 (C) 14 (D) 13 (E) 15
_G = _p(r"""
$(n - 2) \cdot 180 = 1980$, so $n - 2 = 11$ and $n = 13$.

Hmm, careful: 11 is $n - 2$, which is option (A), a trap. $1980/180 = 11$ (since $180 \cdot 11 = 1980$). So
$n = 13$.

13 is option (D), not (C); the options aren't in increasing order here. (C) is 14.
""")
_GS = r"""$(n - 2)\cdot 180^\circ = 1980^\circ$ gives $n - 2 = 11$, so $n = 13$, which is choice (D)."""
_B = _p(r"""
$(n - 2) \cdot 180 = 1980$ gives $n - 2 = 11$ and $n = 13$.

Hmm, wait, I half remember the formula as $(n - 3) \cdot 180$ for the interior angles... I'll use
$(n - 3) \cdot 180 = 1980$, so $n = 14$, option (C).
""")
_BS = r"""Using $(n - 3)\cdot 180^\circ = 1980^\circ$, $n = 14$, choice (C)."""
_GF = r"""Wait, a triangle has angle sum $180^\circ = (3 - 2)\cdot 180^\circ$, so the formula is
$(n - 2)\cdot 180^\circ$. Then $n = 13$, which is option (D)."""
_BW = r"""Hmm, wait, I'll use $(n - 3) \cdot 180 = 1980$ instead, which gives $n = 14$, option (C)."""
_E = _p(r"""
$1980 / 180 = 11$.

So the polygon has 11 sides, option (A).
""")
_ES = r"""$1980^\circ/180^\circ = 11$ sides, choice (A)."""
_add(
    "choice",
    "D",
    _std(
        "D",
        _G,
        _GS,
        [r"\textbf{(D)}\ 13", "D", "(D)", r"\mathrm{(D)}"],
        _B,
        _BS,
        r"\textbf{(C)}\ 14",
        _GF,
        _BW,
        _E,
        _ES,
        r"\textbf{(A)}\ 11",
        (0, r"$(n - 2) \cdot 180 = 1980$, so $n - 2 ="),
    ),
)

# ---------------------------------------------------------------- base_n

# Write 53 in base 2.
_G = _p(r"""
Repeated division: $53/2 = 26$ r 1, $26/2 = 13$ r 0, $13/2 = 6$ r 1, $6/2 = 3$ r 0, $3/2 = 1$ r 1, $1/2 = 0$ r 1.

Reading the remainders from bottom to top: 1 1 0 1 0 1. Hmm, I must read them in reverse; top to bottom would
give 101011, which is 43.

Check: $110101_2 = 32 + 16 + 4 + 1 = 53$.
""")
_GS = r"""Repeated division by 2 gives remainders 1, 0, 1, 0, 1, 1; read in reverse they give
$110101_2 = 32 + 16 + 4 + 1 = 53$."""
_B = _p(r"""
Remainders in order: 1, 0, 1, 0, 1, 1. The binary representation is read from the last remainder to the first:
110101.

Hmm, actually I think the first remainder is the most significant digit... so $101011_2$.
""")
_BS = r"""Writing the remainders in order, $53 = 101011_2$."""
_GF = r"""Wait, $101011_2 = 32 + 8 + 2 + 1 = 43$, not 53. The first remainder is the least significant bit, so
reading in reverse gives $110101_2 = 53$."""
_BW = r"""Hmm, actually I think the first remainder is the most significant digit, so the result is $101011_2$."""
_E = _p(r"""
By powers of 2: $53 - 32 = 21$, $21 - 16 = 5$, $5 - 4 = 1$... and I'll also need a 2 to fill in. So I set the
bits for 32, 16, 4, 2, 1.

That gives $110111_2$.
""")
_ES = r"""Using the powers 32, 16, 4, 2, 1, $53 = 110111_2$."""
_add(
    "base_n",
    "110101_2",
    _std(
        "110101_2",
        _G,
        _GS,
        ["110101_2", "110101_{2}", "(110101)_2", r"110101_{\text{two}}"],
        _B,
        _BS,
        "101011_2",
        _GF,
        _BW,
        _E,
        _ES,
        "110111_2",
        (0, "Repeated division: $53/2 = 26$ r 1, $26/2 = 13$ r 0, $13/2 = 6$ r 1,"),
    ),
)

# Compute 234_5 + 143_5; express the answer in base 5.
_G = _p(r"""
Column addition in base 5, rightmost: $4 + 3 = 7 = 1 \cdot 5 + 2$, write 2, carry 1. Middle:
$3 + 4 + 1 = 8 = 1 \cdot 5 + 3$, write 3, carry 1. Left: $2 + 1 + 1 = 4$, write 4.

Result $432_5$. Hmm, check in decimal: $234_5 = 50 + 15 + 4 = 69$; $143_5 = 25 + 20 + 3 = 48$; the sum is 117,
and $432_5 = 100 + 15 + 2 = 117$.

I briefly wrote 377 by adding without carries, but 7 isn't a base-5 digit.
""")
_GS = r"""Adding column by column with carries ($4 + 3 = 12_5$, $3 + 4 + 1 = 13_5$, $2 + 1 + 1 = 4$) gives $432_5$;
in decimal $69 + 48 = 117 = 432_5$."""
_B = _p(r"""
Rightmost: $4 + 3 = 7$, write 2 carry 1. Middle: $3 + 4 + 1 = 8$, write 3 carry 1. Left: $2 + 1 = 3$, plus the
carry would give 4, so $432_5$.

Hmm, wait, the carry from the middle column... I'll leave the left column as $2 + 1 = 3$. So $332_5$.
""")
_BS = r"""Column addition gives $332_5$."""
_GF = r"""Wait, the carry from the middle column goes into the left column: $2 + 1 + 1 = 4$. Also
$332_5 = 92$, but $69 + 48 = 117 = 432_5$."""
_BW = r"""Hmm, wait, I'll leave the left column as $2 + 1 = 3$ without the carry, giving $332_5$."""
_E = _p(r"""
Add digit by digit: $2 + 1 = 3$, $3 + 4 = 7$, $4 + 3 = 7$.

So $377_5$.
""")
_ES = r"""Digit-by-digit addition gives $377_5$."""
_add(
    "base_n",
    "432_5",
    _std(
        "432_5",
        _G,
        _GS,
        ["432_5", "432_{5}", "(432)_5", r"432_{\text{five}}"],
        _B,
        _BS,
        "332_5",
        _GF,
        _BW,
        _E,
        _ES,
        "377_5",
        (0, r"Column addition in base 5, rightmost: $4 + 3 = 7 = 1 \cdot 5 + 2$, write 2, carry 1. Middle:"),
    ),
)

# Convert 2A7_{16} to base 10.
_G = _p(r"""
$2A7_{16} = 2 \cdot 16^2 + A \cdot 16 + 7$, with $A = 10$. $16^2 = 256$, so $512 + 160 + 7 = 679$.

Hmm, I need to make sure $A = 10$, not 11 (B is 11). Yes, $A = 10$.

Check by converting back: $679 / 16 = 42$ r 7; $42 / 16 = 2$ r 10 (A); then 2. So $2A7$.
""")
_GS = r"""$2A7_{16} = 2\cdot 256 + 10\cdot 16 + 7 = 512 + 160 + 7 = 679$."""
_B = _p(r"""
$2 \cdot 256 = 512$, $A \cdot 16$ with $A = 10$ gives 160, plus 7: 679.

Hmm, wait, the hex digits go 0-9 then A, B, ..., and A is the 11th symbol, so $A = 11$? Then
$512 + 176 + 7 = 695$.
""")
_BS = r"""With $A = 11$, $2A7_{16} = 512 + 176 + 7 = 695$."""
_GF = r"""Wait, A is the 11th symbol but its value is 10, since the digits start at 0. So $512 + 160 + 7 = 679$,
and converting back gives $2A7$."""
_BW = r"""Hmm, wait, A is the 11th symbol, so I'll take $A = 11$: $512 + 176 + 7 = 695$."""
_E = _p(r"""
Each digit times its place value. I'll take the place values as 1, 16, 32 from the right:
$7 \cdot 1 + 10 \cdot 16 + 2 \cdot 32 = 7 + 160 + 64 = 231$.
""")
_ES = r"""With place values 1, 16, 32 we get $7 + 160 + 64 = 231$."""
_add(
    "base_n",
    "679",
    _std(
        "679",
        _G,
        _GS,
        ["679", "679_{10}", "679", "(679)_{10}"],
        _B,
        _BS,
        "695",
        _GF,
        _BW,
        _E,
        _ES,
        "231",
        (0, r"$2A7_{16} = 2 \cdot 16^2 + A \cdot 16 + 7$, with $A = 10$. $16^2 = 256$, so"),
    ),
)

# Compute 1011_2 * 101_2; express the answer in base 2.
_G = _p(r"""
$1011_2 = 11$, $101_2 = 5$. Product 55. Convert 55: $32 + 16 + 4 + 2 + 1 = 55$, so 110111.

Let me also do it in binary: $1011 \times 101 = 1011 + 101100$ (the second is 1011 shifted by 2). Add:
$001011 + 101100 = 110111$.

Hmm, I first added to get 110101, but that's 53; recheck the column adds from the right: $1+0 = 1$, $1+0 = 1$,
$0+1 = 1$, $1+1 = 10$ (write 0, carry 1), $0+0+1 = 1$, $0+1 = 1$: 110111.
""")
_GS = r"""$1011_2 \times 101_2 = 11 \times 5 = 55 = 32 + 16 + 4 + 2 + 1$, i.e. $110111_2$; the shifted sum
$1011 + 101100$ gives the same."""
_B = _p(r"""
In decimal: $11 \times 5 = 55$, which is 110111 in binary. Let me also do it directly: $1011 + 101100$.

Adding column by column I get 110101. Hmm, the two disagree; I trust the direct binary computation more, so
$110101_2$.
""")
_BS = r"""The shifted sum $1011 + 101100$ gives $110101_2$."""
_GF = r"""Wait, $110101_2 = 53$, not 55. Redoing the column addition: 1, 1, 1, then $1 + 1 = 10$ (write 0, carry
1), $0 + 0 + 1 = 1$, and 1: $110111_2 = 55$."""
_BW = r"""Hmm, let me redo the direct binary addition: I get 110101. I'll trust the direct computation:
$110101_2$."""
_E = _p(r"""
Line them up: 1011 and 0101. Combining column by column from the right: $1 + 1 = 10$, carry 1, and so on.

$1011 + 0101 = 10000$.
""")
_ES = r"""Combining $1011_2$ with $101_2$ gives $10000_2$."""
_add(
    "base_n",
    "110111_2",
    _std(
        "110111_2",
        _G,
        _GS,
        ["110111_2", "110111_{2}", "(110111)_2", r"110111_{\text{two}}"],
        _B,
        _BS,
        "110101_2",
        _GF,
        _BW,
        _E,
        _ES,
        "10000_2",
        (0, "$1011_2 = 11$, $101_2 = 5$. Product"),
    ),
)


# ---------------------------------------------------------------- scientific notation

# Compute (6.4 x 10^5)(2.5 x 10^{-2}).
_G = _p(r"""
Multiply the mantissas: $6.4 \times 2.5 = 16$. Exponents: $10^{5 - 2} = 10^3$. So $16 \times 10^3$.

Normalize: $16 \times 10^3 = 1.6 \times 10^4$. Hmm, don't leave it as $1.6 \times 10^3$: moving the decimal point
left raises the exponent by one.

Check: $640000 \times 0.025 = 16000$.
""")
_GS = r"""$6.4 \times 2.5 = 16$ and $10^5 \cdot 10^{-2} = 10^3$, so the product is $16 \times 10^3 = 1.6 \times
10^4$."""
_B = _p(r"""
$6.4 \times 2.5 = 16$ and $10^5 \times 10^{-2} = 10^3$: $16 \times 10^3 = 16000 = 1.6 \times 10^4$.

Hmm, for proper scientific notation I just need the mantissa between 1 and 10: 16 becomes 1.6, and the exponent
stays at 3. So $1.6 \times 10^3$.
""")
_BS = r"""The product is $1.6 \times 10^3$."""
_GF = r"""Wait, changing 16 to 1.6 divides by 10, so the exponent must go up by one: $1.6 \times 10^4 = 16000$,
which matches $640000 \times 0.025$."""
_BW = r"""Hmm, for scientific notation I'll rescale the mantissa 16 to 1.6 and keep the exponent 3, giving
$1.6 \times 10^3$."""
_E = _p(r"""
$6.4 \times 2.5 = 16$. The exponents multiply: $10^{5 \cdot (-2)} = 10^{-10}$.

So $16 \times 10^{-10} = 1.6 \times 10^{-9}$.
""")
_ES = r"""Multiplying the exponents gives $16 \times 10^{-10} = 1.6 \times 10^{-9}$."""
_add(
    "scientific",
    r"1.6\times 10^{4}",
    _std(
        r"1.6\times 10^{4}",
        _G,
        _GS,
        [r"1.6\times10^4", "16{,}000", r"1.6 \cdot 10^{4}", "16000"],
        _B,
        _BS,
        r"1.6\times 10^{3}",
        _GF,
        _BW,
        _E,
        _ES,
        r"1.6\times 10^{-9}",
        (0, r"Multiply the mantissas: $6.4 \times 2.5 = 16$. Exponents: $10^{5 -"),
    ),
)

# Using N_A = 6.02 x 10^{23} per mole, how many molecules are in 0.25 mol of a gas?
_G = _p(r"""
$N = 0.25 \times 6.02 \times 10^{23} = 1.505 \times 10^{23}$.

Hmm, $6.02 / 4 = 1.505$. The exponent stays 23 because $0.25 \times 6.02 = 1.505$ is already between 1 and 10. I
almost wrote $1.505 \times 10^{22}$ by shifting for the 0.25, but that double counts.

Check: $1.505 \times 4 = 6.02$.
""")
_GS = r"""$N = 0.25 \times 6.02 \times 10^{23} = 1.505 \times 10^{23}$ molecules."""
_B = _p(r"""
$0.25 \times 6.02 = 1.505$, so $1.505 \times 10^{23}$.

Hmm, but 0.25 is $2.5 \times 10^{-1}$, so I should take off one power: $1.505 \times 10^{22}$.
""")
_BS = r"""Accounting for $0.25 = 2.5 \times 10^{-1}$, $N = 1.505 \times 10^{22}$ molecules."""
_GF = r"""Wait, that double counts: $0.25 \times 6.02 = 1.505$ already includes the factor $10^{-1}$
($2.5 \times 6.02 = 15.05$). So $N = 1.505 \times 10^{23}$."""
_BW = r"""Hmm, but $0.25 = 2.5 \times 10^{-1}$, so I'll take one more power off: $1.505 \times 10^{22}$."""
_E = _p(r"""
Number of molecules = $N_A / n = 6.02 \times 10^{23} / 0.25 = 24.08 \times 10^{23}$.

Normalizing: $2.408 \times 10^{24}$.
""")
_ES = r"""Dividing, $N = 6.02 \times 10^{23} / 0.25 = 2.408 \times 10^{24}$."""
_add(
    "scientific",
    r"1.505\times 10^{23}",
    _std(
        r"1.505\times 10^{23}",
        _G,
        _GS,
        [
            r"1.505\times 10^{23}",
            r"1.505 \times 10^{23}\text{ molecules}",
            r"15.05\times 10^{22}",
            r"1.505\cdot 10^{23}",
        ],
        _B,
        _BS,
        r"1.505\times 10^{22}",
        _GF,
        _BW,
        _E,
        _ES,
        r"2.408\times 10^{24}",
        (0, r"$N = 0.25 \times 6.02 \times 10^{23} ="),
    ),
)

# Light travels at 3.0 x 10^8 m/s. How far, in metres, does it travel in 5 minutes?
_G = _p(r"""
5 minutes $= 300$ s. Distance $= 3.0 \times 10^8 \times 300 = 9.0 \times 10^{10}$ m.

Hmm, first I multiplied by 5, getting $1.5 \times 10^9$, but the time must be in seconds. $3 \times 3 = 9$ and
$10^8 \times 10^2 = 10^{10}$.

So $9.0 \times 10^{10}$ m: 90 billion metres, about 0.6 AU, plausible since sunlight takes about 8 minutes.
""")
_GS = r"""With $t = 300$ s, $d = (3.0 \times 10^8\ \text{m/s})(300\ \text{s}) = 9.0 \times 10^{10}$ m."""
_B = _p(r"""
$300\ \text{s} \times 3.0 \times 10^8$ m/s $= 900 \times 10^8 = 9 \times 10^{10}$ m.

Hmm, wait, let me recount: 900 has three digits, so $900 = 9 \times 10^3$, and $9 \times 10^3 \times 10^8 =
9 \times 10^{11}$ m.
""")
_BS = r"""$d = 900 \times 10^8$ m $= 9 \times 10^{11}$ m."""
_GF = r"""Wait, $900 = 9 \times 10^2$, not $9 \times 10^3$. So $d = 9 \times 10^2 \times 10^8 = 9 \times 10^{10}$
m."""
_BW = r"""Hmm, let me recount: 900 has three digits, so I'll write $900 = 9 \times 10^3$, giving
$9 \times 10^{11}$ m."""
_E = _p(r"""
Distance = speed $\times$ time $= 3.0 \times 10^8 \times 5 = 15 \times 10^8$.

That's $1.5 \times 10^9$ m.
""")
_ES = r"""$d = 3.0 \times 10^8 \times 5 = 1.5 \times 10^9$ m."""
_add(
    "scientific",
    r"9\times 10^{10}\text{ m}",
    _std(
        r"9\times 10^{10}\text{ m}",
        _G,
        _GS,
        [
            r"9.0\times 10^{10}\text{ m}",
            r"9\times10^{10}",
            r"90{,}000{,}000{,}000\text{ m}",
            r"9 \cdot 10^{10}\ \mathrm{m}",
        ],
        _B,
        _BS,
        r"9\times 10^{11}\text{ m}",
        _GF,
        _BW,
        _E,
        _ES,
        r"1.5\times 10^{9}\text{ m}",
        (0, r"5 minutes $= 300$ s. Distance $= 3.0 \times 10^8 \times"),
    ),
)

# Compute (8 x 10^{-3}) / (4 x 10^5).
_G = _p(r"""
$8 / 4 = 2$. Exponents: $10^{-3} / 10^5 = 10^{-3 - 5} = 10^{-8}$.

So $2 \times 10^{-8}$. Hmm, I nearly wrote $10^2$ by doing $-3 + 5$, but division subtracts exponents.

Check: $0.008 / 400000 = 0.00000002 = 2 \times 10^{-8}$.
""")
_GS = r"""$8/4 = 2$ and $10^{-3}/10^5 = 10^{-8}$, so the quotient is $2 \times 10^{-8}$."""
_B = _p(r"""
$8/4 = 2$, and $10^{-3}/10^5 = 10^{-8}$. So $2 \times 10^{-8}$.

Hmm, let me double check with decimals: $0.008/4 = 0.002$, then divided by 100000 is 0.00000002... counting the
zeros after the point, seven, so I'll go with $2 \times 10^{-7}$.
""")
_BS = r"""The quotient is $0.00000002$, which I write as $2 \times 10^{-7}$."""
_GF = r"""Wait, 0.00000002 has seven zeros after the point and the 2 in the eighth place, so it is
$2 \times 10^{-8}$, which matches the exponent rule."""
_BW = r"""Hmm, let me double check by decimals: 0.00000002 has seven zeros, so I'll call it $2 \times 10^{-7}$."""
_E = _p(r"""
$8/4 = 2$. Exponents: $-3 + 5 = 2$.

So $2 \times 10^2$.
""")
_ES = r"""The quotient is $2 \times 10^2$."""
_add(
    "scientific",
    r"2\times 10^{-8}",
    _std(
        r"2\times 10^{-8}",
        _G,
        _GS,
        [r"2\times 10^{-8}", r"2\cdot 10^{-8}", "0.00000002", r"2.0 \times 10^{-8}"],
        _B,
        _BS,
        r"2\times 10^{-7}",
        _GF,
        _BW,
        _E,
        _ES,
        r"2\times 10^{2}",
        (0, r"$8 / 4 = 2$. Exponents: $10^{-3} / 10^5 ="),
    ),
)

# ---------------------------------------------------------------- percent

# A price rises by 20% and then falls by 25%. By what percent has it decreased overall?
_G = _p(r"""
Start with 100. After $+20\%$: 120. After $-25\%$: $120 \times 0.75 = 90$.

So it's 10 less than the original 100: a $10\%$ decrease. Hmm, not $5\%$: the naive $20 - 25 = -5$ ignores that
the 25% is taken of a larger number.

Check with multipliers: $1.2 \times 0.75 = 0.9$.
""")
_GS = r"""The net multiplier is $1.2 \times 0.75 = 0.9$, so the price decreased by $10\%$."""
_B = _p(r"""
$1.2 \times 0.75 = 0.9$, a $10\%$ decrease.

Hmm, but percent changes just add: $+20 - 25 = -5$, so the net decrease is $5\%$. I'll trust the additive rule.
""")
_BS = r"""Adding the changes, $+20\% - 25\% = -5\%$, a $5\%$ decrease."""
_GF = r"""Wait, percent changes compound, they don't add: $100 \to 120 \to 90$, so the decrease is $10\%$."""
_BW = r"""Hmm, but percent changes just add: $+20 - 25 = -5$, so I'll say the net decrease is $5\%$."""
_E = _p(r"""
Start at 100: $100 \to 120 \to 120 \times 0.75 = 90$.

So the final price is $90\%$ of the original, and that's the answer: $90\%$.
""")
_ES = r"""The final price is 90 out of the original 100, so the answer is $90\%$."""
_add(
    "percent",
    r"10\%",
    _std(
        r"10\%",
        _G,
        _GS,
        [r"10\%", r"10\text{ percent}", r"10 \%", r"10\%"],
        _B,
        _BS,
        r"5\%",
        _GF,
        _BW,
        _E,
        _ES,
        r"90\%",
        (0, r"Start with 100. After $+20\%$: 120. After $-25\%$: $120 \times"),
    ),
)

# What percent of 80 is 28?
_G = _p(r"""
Percent means per hundred, so I want $\frac{28}{80} \times 100$. Hmm, not $\frac{80}{28}$: that would be how many
times 28 fits into 80, about 2.86.

$\frac{28}{80} = 0.35$ (divide both by 8: $\frac{3.5}{10}$). Times 100: 35.

Check: $35\%$ of 80 is $0.35 \times 80 = 28$. So $35\%$.
""")
_GS = r"""$\frac{28}{80} = 0.35$, i.e. $35\%$; indeed $0.35 \times 80 = 28$."""
_B = _p(r"""
$\frac{28}{80} = 0.35$, which is 35 percent.

Hmm, the question asks for the percent, and the ratio is 0.35, so I'll write $0.35\%$.
""")
_BS = r"""$\frac{28}{80} = 0.35$, so the answer is $0.35\%$."""
_GF = r"""Wait, $0.35\%$ of 80 is only 0.28. The ratio 0.35 corresponds to $35\%$, and $35\%$ of 80 is 28."""
_BW = r"""Hmm, the ratio is 0.35, so I'll write it as $0.35\%$."""
_E = _p(r"""
Percent $= \frac{28}{80} \times 100$. $\frac{28}{80}$: since $28/8 = 3.5$, I'll take it as 3.5.

Times 100: $350\%$.
""")
_ES = r"""$\frac{28}{80} \times 100 = 350\%$."""
_add(
    "percent",
    r"35\%",
    _std(
        r"35\%",
        _G,
        _GS,
        [r"35\%", r"35 \text{ percent}", r"35.0\%", r"35 \%"],
        _B,
        _BS,
        r"0.35\%",
        _GF,
        _BW,
        _E,
        _ES,
        r"350\%",
        (1, "Divide both by 8: 28/8 is"),
    ),
)

# A population grows from 2500 to 2809 in two years at a constant annual percent rate. What is the annual rate?
_G = _p(r"""
$2809 / 2500 = 1.1236$. The annual factor $r$ satisfies $r^2 = 1.1236$, so $r = 1.06$ (since
$1.06^2 = 1.1236$).

So $6\%$ per year. Hmm, not $12.36\%/2 = 6.18\%$: compound growth doesn't split evenly. And $12.36\%$ is the
two-year total.

Check: $2500 \times 1.06 = 2650$, and $2650 \times 1.06 = 2809$.
""")
_GS = r"""$2809/2500 = 1.1236 = 1.06^2$, so the annual growth rate is $6\%$."""
_B = _p(r"""
Total growth: $2809/2500 = 1.1236$, i.e. $12.36\%$ over two years. $\sqrt{1.1236} = 1.06$ gives $6\%$.

Hmm, but if the growth is spread evenly over the two years, it's $12.36\%/2 = 6.18\%$ per year. I'll go with
$6.18\%$.
""")
_BS = r"""The two-year growth is $12.36\%$, so the annual rate is $12.36\%/2 = 6.18\%$."""
_GF = r"""Wait, growth at a constant annual rate compounds: $2500 \times 1.0618^2 \approx 2818.5$, which overshoots
2809. With $6\%$: $2500 \to 2650 \to 2809$ exactly. So $6\%$."""
_BW = r"""Hmm, but if the growth is spread evenly, it's $12.36\%/2 = 6.18\%$ per year. I'll go with $6.18\%$."""
_E = _p(r"""
Growth rate $= \frac{2809 - 2500}{2500} = \frac{309}{2500} = 0.1236$.

That's $12.36\%$.
""")
_ES = r"""The growth rate is $\frac{309}{2500} = 12.36\%$."""
_add(
    "percent",
    r"6\%",
    _std(
        r"6\%",
        _G,
        _GS,
        [r"6\%", r"6\text{ percent}", r"6.0\%", r"6 \%"],
        _B,
        _BS,
        r"6.18\%",
        _GF,
        _BW,
        _E,
        _ES,
        r"12.36\%",
        (0, "$2809 / 2500 = 1.1236$. The annual factor $r$ satisfies $r^2 = 1.1236$, so $r ="),
    ),
)

# A class's mean score rose from 64 to 72. What was the percent increase?
_G = _p(r"""
The increase is 8. Relative to the original: $\frac{8}{64} = 0.125 = 12.5\%$.

Hmm, not $\frac{8}{72} \approx 11.1\%$: the base is the original value. And not $8\%$.

Check: $64 \times 1.125 = 72$.
""")
_GS = r"""The increase is 8 on a base of 64, so the percent increase is $\frac{8}{64} = 12.5\%$."""
_B = _p(r"""
Increase 8, and $\frac{8}{64} = 12.5\%$.

Hmm, or should the base be the new value? I'll use the new mean as the reference: $\frac{8}{72} \approx 11.1\%$.
""")
_BS = r"""Relative to the new mean, the increase is $\frac{8}{72} \approx 11.1\%$."""
_GF = r"""Wait, percent increase is measured against the original value: $\frac{8}{64} = 12.5\%$, and
$64 \times 1.125 = 72$."""
_BW = r"""Hmm, or should the base be the new value? I'll use 72 as the reference: $\frac{8}{72} \approx 11.1\%$."""
_E = _p(r"""
The mean went up by $72 - 64 = 8$ points.

So the increase is $8\%$.
""")
_ES = r"""The mean rose by 8 points, i.e. $8\%$."""
_add(
    "percent",
    r"12.5\%",
    _std(
        r"12.5\%",
        _G,
        _GS,
        [r"12.5\%", r"12\tfrac{1}{2}\%", r"12.50\%", r"12.5 \text{ percent}"],
        _B,
        _BS,
        r"11.1\%",
        _GF,
        _BW,
        _E,
        _ES,
        r"8\%",
        (0, r"The increase is 8. Relative to the original: $\frac{8}{64} ="),
    ),
)

# ---------------------------------------------------------------- text

# Is f(x) = x^3 sin x even, odd, or neither?
_G = _p(r"""
$f(-x) = (-x)^3 \sin(-x) = (-x^3)(-\sin x) = x^3 \sin x = f(x)$.

So $f$ is even. Hmm, at first I thought odd because $x^3$ is odd, but $\sin x$ is odd too, and odd times odd is
even.

Numeric check: $f(1) = \sin 1 \approx 0.841$, $f(-1) = (-1)(-0.841) = 0.841$.
""")
_GS = r"""$f(-x) = (-x)^3\sin(-x) = x^3\sin x = f(x)$, so $f$ is even."""
_B = _p(r"""
$f(-x) = (-x)^3 \sin(-x) = -x^3 \cdot (-\sin x) = x^3 \sin x$, which is $f(x)$, so even.

Hmm, wait, let me double-check the sign: $(-x)^3 = -x^3$, and $\sin(-x)$... I'll take it as $\sin x$. So
$f(-x) = -f(x)$: odd.
""")
_BS = r"""Since $(-x)^3 = -x^3$ and $\sin(-x) = \sin x$, $f(-x) = -f(x)$, so $f$ is odd."""
_GF = r"""Wait, $\sin(-x) = -\sin x$, since sine is odd. Then $f(-x) = (-x^3)(-\sin x) = f(x)$, and
$f(-1) = f(1) \approx 0.841$. So $f$ is even."""
_BW = r"""Hmm, wait, let me double-check the sign: I'll take $\sin(-x) = \sin x$, so $f(-x) = -x^3\sin x = -f(x)$,
and $f$ is odd."""
_E = _p(r"""
$x^3$ is odd and $\sin x$ is odd, but a product of two functions doesn't in general have a definite parity.

So neither.
""")
_ES = r"""The product of $x^3$ and $\sin x$ has no definite parity, so the answer is neither."""
_add(
    "text",
    r"\text{even}",
    _std(
        r"\text{even}",
        _G,
        _GS,
        [r"\text{even}", r"\text{Even}", r"\text{even function}", r"\text{even}"],
        _B,
        _BS,
        r"\text{odd}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\text{neither}",
        (0, "$f(-x) = (-x)^3 \\sin(-x) = (-x^3)("),
    ),
)

# Solve 2(x + 3) = 2x + 5.
_G = _p(r"""
Expand: $2x + 6 = 2x + 5$. Subtract $2x$: $6 = 5$, which is false.

Hmm, so there's no $x$ that works. Not "all real numbers": that would be the case if we got a true identity
like $6 = 6$.

The equation has no solution.
""")
_GS = r"""Expanding gives $2x + 6 = 2x + 5$, i.e. $6 = 5$, a contradiction; the equation has no solution."""
_B = _p(r"""
$2x + 6 = 2x + 5$, so $6 = 5$: no solution?

Hmm, wait, the $x$ terms cancel completely, meaning $x$ can be anything... when the variable disappears the
equation holds for all $x$. So all real numbers.
""")
_BS = r"""The $x$-terms cancel, so every real number is a solution."""
_GF = r"""Wait, the $x$-terms cancel but leave $6 = 5$, which is false, so no $x$ satisfies it. Test $x = 0$:
$6 \ne 5$. There is no solution."""
_BW = r"""Hmm, wait, the $x$ terms cancel completely, so $x$ can be anything; I'll say all real numbers."""
_E = _p(r"""
Expand: $2x + 6 = 2x + 5$. Move the $x$ terms to the left: $2x + 2x = 5 - 6$, so $4x = -1$.

So $x = -\frac14$.
""")
_ES = r"""Collecting terms gives $4x = -1$, so $x = -\frac14$."""
_add(
    "text",
    r"\text{no solution}",
    _std(
        r"\text{no solution}",
        _G,
        _GS,
        [r"\text{no solution}", r"\text{No solution}", r"\varnothing", r"\text{no solutions}"],
        _B,
        _BS,
        r"\text{all real numbers}",
        _GF,
        _BW,
        _E,
        _ES,
        r"x=-\frac{1}{4}",
        (0, "Expand: $2x + 6 = 2x + 5$. Subtract"),
    ),
)

# Find the set of real x with x^2 + 4 < 0.
_G = _p(r"""
$x^2 \ge 0$ for all real $x$, so $x^2 + 4 \ge 4 > 0$. The inequality $x^2 + 4 < 0$ never holds.

Hmm, I was about to factor it as $(x - 2)(x + 2)$, but that's $x^2 - 4$, not $x^2 + 4$. The roots of $x^2 + 4$ are
$\pm 2i$, not real.

So the solution set is empty.
""")
_GS = r"""Since $x^2 + 4 \ge 4 > 0$ for every real $x$, no real number satisfies the inequality: the solution set
is empty."""
_B = _p(r"""
$x^2 + 4 \ge 4 > 0$, so it looks like there are no solutions: the empty set.

Hmm, but I think the intended inequality is $x^2 - 4 < 0$, which has an interesting answer: $-2 < x < 2$. So
$(-2, 2)$.
""")
_BS = r"""Solving $x^2 < 4$ gives $-2 < x < 2$, i.e. $(-2, 2)$."""
_GF = r"""Wait, the problem says $x^2 + 4$, not $x^2 - 4$; I shouldn't change it. Since $x^2 + 4 \ge 4$, the
inequality never holds and the solution set is empty."""
_BW = r"""Hmm, but I think the intended inequality is $x^2 - 4 < 0$, so I'll solve that: $-2 < x < 2$, giving
$(-2, 2)$."""
_E = _p(r"""
$x^2 + 4 < 0$ means $x^2 < -4$. Multiply by $-1$ and flip: $-x^2 > 4$... flipping once more, $x^2 > -4$, which is
true for every real $x$.

So all of $\mathbb{R}$.
""")
_ES = r"""The inequality reduces to $x^2 > -4$, true for all real $x$, so the solution set is $\mathbb{R}$."""
_add(
    "text",
    r"\varnothing",
    _std(
        r"\varnothing",
        _G,
        _GS,
        [r"\varnothing", r"\emptyset", r"\{\}", r"\text{the empty set}"],
        _B,
        _BS,
        "(-2,2)",
        _GF,
        _BW,
        _E,
        _ES,
        r"\mathbb{R}",
        (0, r"$x^2 \ge 0$ for all real $x$, so $x^2 + 4 \ge"),
    ),
)

# Does the series sum_{n=2}^infinity 1/(n ln n) converge or diverge?
_G = _p(r"""
Integral test: $f(x) = \frac{1}{x\ln x}$ is positive and decreasing for $x \ge 2$. $\int \frac{dx}{x\ln x} =
\ln(\ln x)$, and as $x \to \infty$, $\ln(\ln x) \to \infty$.

So the integral diverges, and hence the series diverges. Hmm, I briefly thought it converges because $\ln n$
grows and makes the terms smaller than $\frac1n$, but that only gives a comparison in the wrong direction.

Also Cauchy condensation: $2^k \cdot \frac{1}{2^k \cdot k\ln 2} = \frac{1}{k\ln 2}$, a harmonic series, which
diverges.
""")
_GS = r"""By the integral test, $\int_2^\infty \frac{dx}{x\ln x} = \lim \ln(\ln x) = \infty$, so the series diverges
(condensation gives a harmonic series as well)."""
_B = _p(r"""
Integral test: $\int \frac{dx}{x\ln x} = \ln\ln x \to \infty$, which says it diverges.

Hmm, but the terms $\frac{1}{n\ln n}$ are smaller than $\frac1n$ and decay faster, like a $p$-series with $p$
slightly bigger than 1. I'll say it converges.
""")
_BS = r"""Since $\frac{1}{n\ln n}$ decays faster than $\frac1n$, like a $p$-series with $p > 1$, the series
converges."""
_GF = r"""Wait, being smaller than the divergent $\frac1n$ proves nothing, and the integral test gives
$\ln(\ln x) \to \infty$. The series diverges."""
_BW = r"""Hmm, but the terms decay faster than $\frac1n$, like a $p$-series with $p$ slightly above 1, so I'll say it
converges."""
_E = _p(r"""
The terms $\frac{1}{n\ln n} \to 0$ as $n \to \infty$. Ratio test: $\frac{a_{n+1}}{a_n} \to 1$, inconclusive.

Since the terms go to zero, the series converges.
""")
_ES = r"""The terms tend to 0, so the series converges."""
_add(
    "text",
    r"\text{diverges}",
    _std(
        r"\text{diverges}",
        _G,
        _GS,
        [r"\text{diverges}", r"\text{The series diverges}", r"\text{divergent}", r"\text{diverges}"],
        _B,
        _BS,
        r"\text{converges}",
        _GF,
        _BW,
        _E,
        _ES,
        r"\text{converges}",
        (0, r"Integral test: $f(x) = \frac{1}{x\ln x}$ is positive and decreasing for $x \ge 2$. $\int"),
    ),
)


assert _TALLY["problems"] == 60
assert len(_CATEGORIES) == 15
assert len(TWENTYFIFTH) == 457
assert Counter(row[3] for row in TWENTYFIFTH) == {C: 244, W: 181, T: 32}
assert (_TALLY[H], _TALLY[P]) == (121, 60)
