"""THIRTYTHIRD: a held-out batch of labelled answer-verification pairs from a mixed distillation-style pool (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch33) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify, a sympy-based grader or any other grader on any pair. Every
pair was labelled by hand (python used by hand only to check the arithmetic); pairs a reasonable grader could
label either way were left out. Committed before any grading run, so its first run is an out-of-sample number.

Theme: a mixed pool drawn like a real long-CoT distillation set: 22 AIME-style problems with integer answers in
0-999 (divisor and lattice counts, last three digits, Legendre, inclusion-exclusion, Vieta power sums, CRT,
stars and bars), 21 MATH-500-style problems (common fractions, simplest radical form, rational expressions,
interval notation, an ordered pair, degrees, dollars, a percent, a weekday, a complex number, a base-7 numeral, a
list of roots, an answer in terms of pi, a line in slope-intercept form) and 11 olympiad / Omni-MATH-style problems
(closed forms in n and k, solution sets of a divisibility condition and a Diophantine equation, a functional
equation, a constrained minimum). Rows are `(category, gold, whole model response, expected verdict)`; verdicts
are "correct", "incorrect", or "truncated" (the response stops mid-computation or mid-sentence before it states
any final answer). The question is not part of the row; the comment above each problem states it.

Response styles mimic the output shapes of several teacher models: OpenAI o1/o3 (a visible summary, then a bold
`**Final answer:**` line), Claude with extended thinking (markdown `##` sections, then `The answer is **42**.`),
DeepSeek-R1 (`<think>`...`</think>`, the last paragraph as a summary, `**Final Answer**` and a display box), QwQ/Qwen
(a closing `Wait,` pass, then `\\(\\boxed{}\\)`), Gemini (`**Final Answer:** The final answer is $\\boxed{42}$`),
small distilled models (the boxed conclusion said twice, then `<|im_end|>`), Minerva (`Final Answer: The final
answer is $42$. I hope it is correct.`), GSM8K `#### 42`, a `### Final Answer` heading over a display box, a box
followed by a remark with no answer in it, a closing prose sentence, a bold `**Answer:**` line, and an earlier box
overruled after `Wait, let me recheck` by a later `**Final Answer**` (the last stated final answer wins).
Truncated rows keep the first paragraphs of a worked reasoning and stop mid-sentence, as at a max-token limit,
some after a small model's loop of `Wait, let me recompute that step.`

Each problem has one worked reasoning (`_X_G`, with a wrong turn and a recheck, reaching the gold), one flawed
reasoning that holds the gold as a rejected candidate or intermediate (`_X_B`) and one flawed reasoning without
it (`_X_E`). Correct rows vary the form of the answer: `\\dfrac`, `a/b`, exact decimals, `x =` and `f^{-1}(x) =`
prefixes, `\\left(` `\\right)`, reordered sets and roots, factored and expanded closed forms (`1 + n(n+1)/2`,
`\\binom{n+1}{2} + 1`, `1/4 - 1/(2(n+1)(n+2))`), degree signs, `\\$` and `.00`, percents, `\\text{}` weekdays, base
subscripts as `5623_{7}` and `(5623)_7`, set-builder-free prose (`n odd`, `n = 2k + 1`), and a wrong box fixed by a
recheck. Negatives lean on precision: off by one (`143`, `48`, `99`, `95`), a sign (`-4-i`, `2\\sqrt5-2\\sqrt2`,
`2x-5`), a factor of two (`2/17`, `184`, `n2^n`, `n(n+3)/(2(n+1)(n+2))`), a missing or extra element (a dropped root,
pair or `0`, an extraneous `x = -2` kept), a closed endpoint, a swapped tuple, reversed base digits, the total in
place of the interest, the final price share in place of the decrease, an index shift (`2^{n+1}-1`), and a right
box later overruled by a wrong one.

54 problems in 17 categories; 420 rows: 216 correct, 162 incorrect, 42 truncated. Of the 162 negatives, 108 are
hard (the gold appears in the text as a rejected candidate, an intermediate or an earlier overruled box while the
final answer differs) and 54 plain."""

from __future__ import annotations

import re
from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYTHIRD: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYTHIRD.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _paras(r: str) -> list[str]:
    return r.split("\n\n")


def _m(a: str) -> str:
    """An answer in running text: bare when it is a plain number or word, else in `$...$`."""
    return a if re.fullmatch(r"-?[0-9][0-9.,]*|[A-Za-z ]+", a) else "$" + a + "$"


def _o1(r: str, a: str) -> str:
    """OpenAI o1/o3: a visible summary of the hidden reasoning, then a bold answer line."""
    return "**Summary of the reasoning**\n\n" + r + "\n\n**Final answer:** " + _m(a)


def _claude(r: str, a: str) -> str:
    """Claude with extended thinking: markdown sections, then `The answer is **a**.`"""
    ps = _paras(r)
    out = "## Setting up\n\n" + ps[0]
    if len(ps) > 2:
        out += "\n\n## Working it out\n\n" + "\n\n".join(ps[1:-1])
    if len(ps) > 1:
        out += "\n\n## Checking\n\n" + ps[-1]
    return out + "\n\nThe answer is **" + _m(a) + "**."


def _r1(r: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, the last paragraph as a summary, **Final Answer** and a display box."""
    return "<think>\n" + r + "\n</think>\n\n" + _paras(r)[-1] + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _qwq(r: str, a: str) -> str:
    """QwQ/Qwen: a closing `Wait,` pass over the steps, then an inline box."""
    return (
        r
        + "\n\nWait, let me make sure I didn't miss anything. Going back through each step once more, "
        + "everything still holds up.\n\nSo the final answer is \\(\\boxed{"
        + a
        + "}\\)."
    )


def _gem(r: str, a: str) -> str:
    """Gemini: `**Final Answer:** The final answer is $\\boxed{a}$`."""
    return r + "\n\n**Final Answer:** The final answer is $\\boxed{" + a + "}$"


def _small(r: str, a: str) -> str:
    """A small distilled model: the conclusion repeated, then a chat-template tail."""
    return r + "\n\nSo the answer is $\\boxed{" + a + "}$.\n\nSo the answer is $\\boxed{" + a + "}$.<|im_end|>"


def _minerva(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $a$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _head(r: str, a: str) -> str:
    """A `### Final Answer` heading with a display box under it."""
    return r + "\n\n### Final Answer\n\n\\[\n\\boxed{" + a + "}\n\\]"


def _remark(r: str, a: str) -> str:
    """A box, then a closing remark with no answer in it."""
    return (
        r
        + "\n\nTherefore the answer is $\\boxed{"
        + a
        + "}$.\n\nRemark: the same method works for the general version of the problem, "
        + "and the check above is a quick way to catch slips in it."
    )


def _prose(r: str, a: str) -> str:
    """A closing prose sentence with the answer, no box."""
    return r + "\n\nPutting it all together, the answer is " + _m(a) + "."


def _bold(r: str, a: str) -> str:
    """A bold `**Answer:**` line."""
    return r + "\n\n**Answer:** " + _m(a)


def _two(r: str, early: str, note: str, final: str) -> str:
    """An earlier box, a recheck, and a later final answer that overrules it (the last stated answer wins)."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + early
        + "}$.\n\nWait, let me recheck this before I commit. "
        + _t(note)
        + "\n\n**Final Answer**\n\\[\n\\boxed{"
        + final
        + "}\n\\]"
    )


def _half(r: str, k: int, frag: str) -> str:
    """A response cut off by a max-token limit: the first k paragraphs, then an unfinished sentence."""
    return "\n\n".join(_paras(r)[:k]) + "\n\n" + _t(frag)


def _loop(r: str, k: int, frag: str) -> str:
    """A small model stuck in a loop, cut off mid-sentence by the token limit."""
    rep = "Wait, let me recompute that step. "
    return "\n\n".join(_paras(r)[:k]) + "\n\n" + rep * 4 + _t(frag)


# ---------------------------------------------------------------- AIME-style integers (0-999)

# Q: How many positive divisors of $N = 2^4 \cdot 3^3 \cdot 5^2$ are multiples of $12$?
_A1_G = _t(r"""
A divisor of $N$ has the form $2^a 3^b 5^c$ with $0 \le a \le 4$, $0 \le b \le 3$, $0 \le c \le 2$. In total that
is $5 \cdot 4 \cdot 3 = 60$ divisors, but we only want the multiples of $12 = 2^2 \cdot 3$.

A divisor is a multiple of $12$ exactly when $a \ge 2$ and $b \ge 1$. So $a \in \{2, 3, 4\}$ gives $3$ choices, $b
\in \{1, 2, 3\}$ gives $3$ choices, and $c \in \{0, 1, 2\}$ is free with $3$ choices. At first I wrote $4$ choices
for $a$, but that would allow $a = 1$, and $2 \cdot 3 = 6$ is not a multiple of $12$. Wait, let me recheck: $a$
runs over $2, 3, 4$ only, so $3$ choices.

Another way to see it: the multiples of $12$ dividing $N$ correspond to divisors of $N/12 = 2^2 \cdot 3^2 \cdot
5^2$, which has $3 \cdot 3 \cdot 3 = 27$ divisors. Both counts agree: $27$.
""")
_A1_B = _t(r"""
Divisors of $N$ look like $2^a 3^b 5^c$. For a multiple of $12$ we need the factor $2^2 \cdot 3$.

My first count: $a \in \{2,3,4\}$, $b \in \{1,2,3\}$, $c \in \{0,1,2\}$, which gives $3 \cdot 3 \cdot 3 = 27$.
Hmm, but $12 = 4 \cdot 3$ and the exponent of $2$ only has to be at least $1$ for evenness... Let me redo it: I
think the condition is $a \ge 1$ and $b \ge 1$, giving $4 \cdot 3 \cdot 3 = 36$.

Checking a small case: $2 \cdot 3 = 6$ divides $N$ and is even and a multiple of $3$, so it should count. That
supports $36$ over $27$.
""")
_A1_E = _t(r"""
The number of divisors of $N = 2^4 \cdot 3^3 \cdot 5^2$ is $(4+1)(3+1)(2+1) = 60$.

Since $12$ divides $N$, every divisor pairs with a multiple... actually each divisor $d$ gives $N/d$, and I will
take all of them as the relevant set. So the count is $60$.
""")
_add(
    "integer",
    "27",
    [
        (C, _r1(_A1_G, "27")),
        (C, _claude(_A1_G, "27")),
        (C, _gsm(_A1_G, "27")),
        (
            C,
            _two(
                _A1_E,
                "60",
                r"""That counts every divisor, not just multiples of $12$. The multiples of $12$ are $12 d$ with
                $d \mid N/12 = 2^2 3^2 5^2$, and that has $3 \cdot 3 \cdot 3$ divisors.""",
                "27",
            ),
        ),
        (H, _qwq(_A1_B, "36")),
        (
            H,
            _two(
                _A1_G,
                "27",
                r"""Multiples of $12$ must be even and divisible by $3$, so $a \ge 1$, $b \ge 1$: that is
                $4 \cdot 3 \cdot 3$.""",
                "36",
            ),
        ),
        (P, _minerva(_A1_E, "60")),
        (T, _half(_A1_G, 1, r"A divisor is a multiple of $12$ exactly when $a \ge 2$ and $b \ge 1$. So $a$ has")),
    ],
)

# Q: Find the last three digits of $7^{2026}$.
_A2_G = _t(r"""
We want $7^{2026} \bmod 1000$. Start with small powers: $7^2 = 49$, $7^4 = 2401 \equiv 401 \pmod{1000}$.

Now $401^2 = 160801 \equiv 801$, $401^4 \equiv 801^2 = 641601 \equiv 601$, and $401^5 \equiv 601 \cdot 401 =
241001 \equiv 1$. So $7^{20} = (7^4)^5 \equiv 1 \pmod{1000}$.

Since $2026 = 20 \cdot 101 + 6$, we get $7^{2026} \equiv 7^6 \pmod{1000}$. I first wrote $7^6 = 117549$, wait, let
me recheck: $7^5 = 16807$, $7^6 = 117649$. So the residue is $649$.

Check modulo $8$: $7 \equiv -1$, so $7^{2026} \equiv 1$, and $649 = 81 \cdot 8 + 1$. Good. The last three digits
are $649$.
""")
_A2_B = _t(r"""
Euler: $\varphi(1000) = 400$, so $7^{400} \equiv 1$ and $7^{2026} \equiv 7^{26} \pmod{1000}$.

Compute $7^{20} \equiv 1$ (from $7^4 \equiv 401$ and $401^5 \equiv 1$), so $7^{26} \equiv 7^6 = 117649$, i.e.
$649$. Hmm, but I reduced $2026$ modulo $400$ first and got $26$, let me redo: $2026 - 5 \cdot 400 = 26$, yes.
Then $26 = 20 + 6$... Actually I should double-check $7^6$: $7^3 = 343$, $343^2 = 117649$. Hmm, I worry about the
square; recomputing $343^2 = 343 \cdot 343 = 117{,}449$? Let me use that: the residue would be $449$.

So rather than $649$, the last three digits are $449$.
""")
_A2_E = _t(r"""
The cycle of last digits of powers of $7$ is $7, 9, 3, 1$, so the powers repeat every $4$. Assume the last three
digits repeat with period $4$ too. Then $2026 \equiv 2 \pmod 4$ and $7^{2026}$ ends like $7^2 = 49$, that is, in
$049$.
""")
_add(
    "integer",
    "649",
    [
        (C, _head(_A2_G, "649")),
        (C, _o1(_A2_G, "649")),
        (C, _small(_A2_G, "649")),
        (
            C,
            _two(
                _A2_E,
                "049",
                r"""The period-4 pattern only holds for the last digit. Modulo $1000$ the order of $7$ is $20$,
                and $2026 \equiv 6 \pmod{20}$, so the residue is $7^6 = 117649 \equiv 649$.""",
                "649",
            ),
        ),
        (H, _gem(_A2_B, "449")),
        (H, _claude(_A2_B, "449")),
        (P, _bold(_A2_E, "049")),
        (T, _half(_A2_G, 2, r"Since $2026 = 20 \cdot 101 + 6$, we get $7^{2026} \equiv 7^6$, and $7^6 =")),
    ],
)

# Q: How many integers $n$ with $1 \le n \le 1000$ are divisible by $3$ or by $5$ but not by $15$?
_A3_G = _t(r"""
Multiples of $3$ up to $1000$: $\lfloor 1000/3 \rfloor = 333$. Multiples of $5$: $200$. Multiples of $15$:
$\lfloor 1000/15 \rfloor = 66$.

Divisible by $3$ or $5$: $333 + 200 - 66 = 467$. Those divisible by $15$ are all inside that set, and we must
remove them: $467 - 66 = 401$.

Wait, let me recheck by counting the two pieces directly: multiples of $3$ that are not multiples of $15$:
$333 - 66 = 267$; multiples of $5$ that are not multiples of $15$: $200 - 66 = 134$. These are disjoint, and
$267 + 134 = 401$. Consistent.
""")
_A3_B = _t(r"""
Count: $333$ multiples of $3$, $200$ of $5$, $66$ of $15$.

The set "divisible by 3 or 5" has $333 + 200 - 66 = 467$ elements. Then excluding multiples of $15$ gives $401$...
hmm, but inclusion-exclusion already subtracted the multiples of $15$ once, so subtracting them again would be
double-removing. I think the exclusion is already done, and the count is $467$.
""")
_A3_E = _t(r"""
Multiples of $3$: $1000/3 \approx 333.3$, round to $334$. Multiples of $5$: $200$. Multiples of $15$: $66$.

Exactly one of the two: $(334 - 66) + (200 - 66) = 268 + 134 = 402$.
""")
_add(
    "integer",
    "401",
    [
        (C, _claude(_A3_G, "401")),
        (C, _gem(_A3_G, "401")),
        (C, _prose(_A3_G, "401")),
        (
            C,
            _two(
                _A3_E,
                "402",
                r"""Rounding $333.3$ up is wrong: the multiples of $3$ up to $1000$ end at $999 = 3 \cdot 333$.
                So it is $(333 - 66) + (200 - 66) = 267 + 134$.""",
                "401",
            ),
        ),
        (H, _r1(_A3_B, "467")),
        (
            H,
            _two(
                _A3_G,
                "401",
                r"""Inclusion-exclusion already took the $66$ multiples of $15$ out once, so removing them a
                second time double-counts the removal. The answer should be $333 + 200 - 66$.""",
                "467",
            ),
        ),
        (P, _gsm(_A3_E, "402")),
        (T, _half(_A3_G, 1, r"Divisible by $3$ or $5$: $333 + 200 - 66 =")),
    ],
)

# Q: How many ordered pairs $(x, y)$ of positive integers satisfy $\frac{1}{x} + \frac{1}{y} = \frac{1}{60}$?
_A4_G = _t(r"""
Clear denominators: $60y + 60x = xy$, so $xy - 60x - 60y = 0$ and $(x - 60)(y - 60) = 3600$.

Since $1/x < 1/60$, we need $x > 60$, and likewise $y > 60$, so both factors are positive. (Negative factor pairs
would need $x - 60 > -60$ and $y - 60 > -60$ with product $3600$, impossible since then $|x-60||y-60| < 3600$.)

So the ordered pairs correspond to positive divisors $d$ of $3600 = 2^4 \cdot 3^2 \cdot 5^2$, which has $5 \cdot 3
\cdot 3 = 45$ divisors. I briefly thought to halve this for symmetry, but the question asks for ordered pairs, so
$(x, y)$ and $(y, x)$ both count. The count is $45$.
""")
_A4_B = _t(r"""
From $\frac1x + \frac1y = \frac1{60}$ we get $(x-60)(y-60) = 3600$, and $3600 = 2^4 3^2 5^2$ has $45$ divisors.

Each factorization $d \cdot (3600/d)$ gives a pair, but $d$ and $3600/d$ give the same pair up to swapping. Pairing
them up, with the square root $d = 60$ paired with itself, gives $(45 + 1)/2 = 23$ pairs.
""")
_A4_E = _t(r"""
Write $x = 60 + a$, $y = 60 + b$; then $ab = 3600$... hmm, simpler: the solutions come from divisors of $60$, since
each divisor $d$ of $60$ gives $x = 60 + d$. $60 = 2^2 \cdot 3 \cdot 5$ has $3 \cdot 2 \cdot 2 = 12$ divisors.
""")
_add(
    "integer",
    "45",
    [
        (C, _qwq(_A4_G, "45")),
        (C, _o1(_A4_G, "45")),
        (C, _minerva(_A4_G, "45")),
        (
            C,
            _two(
                _A4_E,
                "12",
                r"""The factorization is $(x-60)(y-60) = 3600$, not $60$, so the pairs correspond to divisors of
                $3600 = 2^4 3^2 5^2$: $5 \cdot 3 \cdot 3$ of them.""",
                "45",
            ),
        ),
        (H, _head(_A4_B, "23")),
        (H, _bold(_A4_B, "23")),
        (P, _small(_A4_E, "12")),
    ],
)

# Q: How many distinct arrangements of the letters of BANANAS are there?
_A5_G = _t(r"""
BANANAS has $7$ letters: B, A, N, A, N, A, S. The A appears $3$ times, N twice, B and S once.

The number of distinct arrangements is $\frac{7!}{3!\,2!} = \frac{5040}{12}$. Let me be careful: I first divided by
$3!$ only and got $840$, but that treats the two N's as different. Dividing by $2!$ as well gives $420$.

Sanity check with a smaller word: NANA has $4!/(2!2!) = 6$ arrangements, which matches listing them (NNAA, NANA,
NAAN, ANNA, ANAN, AANN). So the method is right and the answer is $420$.
""")
_A5_B = _t(r"""
Letters: B, A, N, A, N, A, S. Repeated: A three times, N twice.

$7! = 5040$. Divide by $3!$ for the A's: $840$. If I also divide by $2!$ for the N's I get $420$. But hold on: the
question asks for distinct arrangements, and swapping the two N's does give the same word... hmm, I keep going back
and forth. The A's are identical, which is the main repetition; I'll go with dividing by $3!$ only.

So $840$.
""")
_A5_E = _t(r"""
There are $7$ letters, so there are $7! = 5040$ orderings. Since the word has repeated letters, divide by $2$ for
the pair of N's: $2520$.
""")
_add(
    "integer",
    "420",
    [
        (C, _gem(_A5_G, "420")),
        (C, _r1(_A5_G, "420")),
        (C, _remark(_A5_G, "420")),
        (
            C,
            _two(
                _A5_E,
                "2520",
                r"""I forgot the three A's. Dividing by $3!$ for them and $2!$ for the N's: $5040/12$.""",
                "420",
            ),
        ),
        (H, _minerva(_A5_B, "840")),
        (
            H,
            _two(
                _A5_G,
                "420",
                r"""The N's are identical, but I think only the largest repeated block needs to be divided out,
                so $7!/3! = 840$.""",
                "840",
            ),
        ),
        (P, _claude(_A5_E, "2520")),
        (T, _half(_A5_G, 1, r"The number of distinct arrangements is $\frac{7!}{3!\,2!}$, and computing the top,")),
    ],
)

# Q: What is the sum of the digits of $10^{25} - 25$?
_A6_G = _t(r"""
Look at small cases: $10^3 - 25 = 975$, $10^4 - 25 = 9975$, $10^5 - 25 = 99975$. So $10^k - 25$ is $(k-2)$ nines
followed by $75$.

For $k = 25$: $23$ nines and then $7, 5$. The digit sum is $23 \cdot 9 + 7 + 5 = 207 + 12 = 219$.

Wait, let me recheck the number of nines: $10^{25} - 25$ has $25$ digits (it is just below $10^{25}$), and the last
two are $7$ and $5$, so $23$ nines. Yes, $219$.
""")
_A6_B = _t(r"""
$10^{25} - 25$: the pattern from $10^4 - 25 = 9975$ suggests nines followed by $75$.

$10^{25}$ has $26$ digits, so I'll take $24$ nines and then $75$: $24 \cdot 9 + 12 = 228$. Hmm, with $23$ nines it
would be $219$, but the number has $26$ digit positions like $10^{25}$... Let me trust the digit count of
$10^{25}$: $228$.
""")
_A6_E = _t(r"""
$10^{25} - 25$ ends in $...9975$. There are $25$ nines before the $75$, so the sum is $25 \cdot 9 + 7 + 5 = 237$.
""")
_add(
    "integer",
    "219",
    [
        (C, _bold(_A6_G, "219")),
        (C, _small(_A6_G, "219")),
        (C, _head(_A6_G, "219")),
        (
            C,
            _two(
                _A6_E,
                "237",
                r"""Test on $10^4 - 25 = 9975$: only two nines, i.e. $k - 2$ of them. For $k = 25$ that is $23$
                nines, and $23 \cdot 9 + 12$.""",
                "219",
            ),
        ),
        (H, _o1(_A6_B, "228")),
        (
            H,
            _two(
                _A6_G,
                "219",
                r"""Since $10^{25}$ has $26$ digits, the subtraction should leave $24$ nines before $75$, giving
                $24 \cdot 9 + 12$.""",
                "228",
            ),
        ),
        (P, _gem(_A6_E, "237")),
        (T, _loop(_A6_G, 1, r"For $k = 25$: there are $23$ nines and then $7, 5$, so the digit sum is $23 \cdot")),
    ],
)

# Q: How many zeros are at the end of $2026!$?
_A7_G = _t(r"""
The number of trailing zeros is the exponent of $5$ in $2026!$ (there are plenty of $2$'s), by Legendre's formula:
$\lfloor 2026/5 \rfloor + \lfloor 2026/25 \rfloor + \lfloor 2026/125 \rfloor + \lfloor 2026/625 \rfloor + \dots$

The terms: $405$, $81$, $16$, $3$, and $\lfloor 2026/3125 \rfloor = 0$.

Sum: $405 + 81 = 486$, $486 + 16 = 502$, $502 + 3 = 505$. Wait, let me recheck $2026/125 = 16.2$, yes $16$; and
$2026/625 = 3.24$, so $3$. Total $505$.
""")
_A7_B = _t(r"""
Legendre: $\lfloor 2026/5 \rfloor = 405$, $\lfloor 2026/25 \rfloor = 81$, $\lfloor 2026/125 \rfloor = 16$,
$\lfloor 2026/625 \rfloor = 3$, and the sum is $505$.

Hmm, but the multiples of $25$ are already multiples of $5$, so they were counted in the $405$. Adding $81$ would
count them twice. So only the first term matters: $405$.
""")
_A7_E = _t(r"""
Count factors of $5$: $2026/5 = 405$, $2026/25 = 81$, $2026/125 = 16$. Higher powers of $5$ exceed the range that
matters, so the total is $405 + 81 + 16 = 502$.
""")
_add(
    "integer",
    "505",
    [
        (C, _o1(_A7_G, "505")),
        (C, _qwq(_A7_G, "505")),
        (C, _gsm(_A7_G, "505")),
        (
            C,
            _two(
                _A7_E,
                "502",
                r"""$625 = 5^4 < 2026$, so $\lfloor 2026/625 \rfloor = 3$ also counts. Adding it gives
                $502 + 3$.""",
                "505",
            ),
        ),
        (H, _small(_A7_B, "405")),
        (H, _claude(_A7_B, "405")),
        (P, _r1(_A7_E, "502")),
        (T, _half(_A7_G, 2, r"Sum: $405 + 81 = 486$, and then adding the next term")),
    ],
)

# Q: Four fair dice are rolled. The probability that the sum is $14$ is $m/n$ in lowest terms. Find $m + n$.
_A8_G = _t(r"""
The number of outcomes is $6^4 = 1296$. Count solutions of $a + b + c + d = 14$ with $1 \le a, b, c, d \le 6$.
Substitute $a' = a - 1$ etc.: $a' + b' + c' + d' = 10$ with $0 \le a' \le 5$.

Inclusion-exclusion: $\binom{13}{3} - 4\binom{7}{3} + \binom{4}{2}\binom{1}{3} = 286 - 140 + 0 = 146$. (I first
wrote $\binom{13}{3} = 266$; wait, let me recheck: $13 \cdot 12 \cdot 11 / 6 = 286$.)

So the probability is $146/1296 = 73/648$. Is that in lowest terms? $648 = 2^3 \cdot 3^4$ and $73$ is prime, so
yes. Then $m + n = 73 + 648 = 721$.
""")
_A8_B = _t(r"""
Solutions to $a+b+c+d = 14$, each between $1$ and $6$: shifting gives sum $10$ with parts at most $5$.
$\binom{13}{3} = 286$, minus $4\binom{7}{3} = 140$, gives $146$.

So $146/1296 = 73/648$ and $m + n = 721$. Hmm, but I should double check $\binom{7}{3}$: after removing $6$ from one
part the remaining sum is $4$, so it should be $\binom{4+3}{3} = 35$... that is $140$ again. Actually the overflow
part takes $6$, leaving $10 - 6 = 4$... I'll recount as $\binom{13}{3} - 4 \binom{8}{3} + \dots$ hmm, that's
negative-ish. Let me just list: I get $140$ outcomes when I count by hand, so $140/1296 = 35/324$ and
$m + n = 359$.
""")
_A8_E = _t(r"""
The number of ways to get sum $14$ with four dice is $146$, out of $6^4 = 1296$. So $m/n = 146/1296$, and
$m + n = 146 + 1296 = 1442$.
""")
_add(
    "integer",
    "721",
    [
        (C, _claude(_A8_G, "721")),
        (C, _head(_A8_G, "721")),
        (C, _minerva(_A8_G, "721")),
        (
            C,
            _two(
                _A8_E,
                "1442",
                r"""The fraction has to be in lowest terms: $146/1296 = 73/648$, and $\gcd(73, 648) = 1$.""",
                "721",
            ),
        ),
        (H, _gem(_A8_B, "359")),
        (
            H,
            _two(
                _A8_G,
                "721",
                r"""Recounting the outcomes by hand, I find only $140$ with sum $14$, so the probability is
                $140/1296 = 35/324$ and $m + n = 359$.""",
                "359",
            ),
        ),
        (P, _prose(_A8_E, "1442")),
        (T, _half(_A8_G, 1, r"Inclusion-exclusion: $\binom{13}{3} - 4\binom{7}{3}$, where $\binom{13}{3} =")),
    ],
)

# Q: How many points $(x, y)$ with integer coordinates satisfy $x^2 + y^2 \le 25$?
_A9_G = _t(r"""
Count by $x$ from $-5$ to $5$: for each $x$, $y$ ranges over $|y| \le \lfloor \sqrt{25 - x^2} \rfloor$.

$x = 0$: $|y| \le 5$, $11$ points. $x = \pm 1$: $\sqrt{24}$, $|y| \le 4$, $9$ each. $x = \pm 2$: $\sqrt{21}$, $9$
each. $x = \pm 3$: $\sqrt{16} = 4$, $9$ each. $x = \pm 4$: $\sqrt 9 = 3$, $7$ each. $x = \pm 5$: $0$, $1$ each.

Total: $11 + 2(9 + 9 + 9 + 7 + 1) = 11 + 70 = 81$. Wait, let me recheck the boundary: the inequality is $\le$, so
the $12$ points on the circle ($(\pm 5, 0)$, $(0, \pm 5)$, $(\pm 3, \pm 4)$, $(\pm 4, \pm 3)$) are included. Yes,
$81$.
""")
_A9_B = _t(r"""
Points with $x^2 + y^2 \le 25$: counting columns gives $11 + 2(9+9+9+7+1) = 81$.

But points on the circle itself, like $(3, 4)$, lie on the boundary, and a lattice point "in the disk" should be
strictly inside. There are $12$ boundary points, so $81 - 12 = 69$.
""")
_A9_E = _t(r"""
The area of the disk is $25\pi \approx 78.5$, and the number of lattice points is close to the area. Rounding,
there are about $79$ points.
""")
_add(
    "integer",
    "81",
    [
        (C, _small(_A9_G, "81")),
        (C, _bold(_A9_G, "81")),
        (C, _r1(_A9_G, "81")),
        (
            C,
            _two(
                _A9_E,
                "79",
                r"""The area is only an estimate. Counting column by column: $11 + 2(9 + 9 + 9 + 7 + 1)$,
                boundary points included since the inequality is not strict.""",
                "81",
            ),
        ),
        (H, _qwq(_A9_B, "69")),
        (H, _remark(_A9_B, "69")),
        (P, _head(_A9_E, "79")),
        (T, _half(_A9_G, 1, r"$x = 0$: $|y| \le 5$, which gives $11$ points. $x = \pm 1$: $\sqrt{24}$, so")),
    ],
)

# Q: Find the sum of all positive divisors of $200$.
_A10_G = _t(r"""
$200 = 2^3 \cdot 5^2$. The divisor-sum function is multiplicative, so
$\sigma(200) = (1 + 2 + 4 + 8)(1 + 5 + 25) = 15 \cdot 31$.

$15 \cdot 31 = 465$. Let me double check by listing: $1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100, 200$. Sum:
$1+2+4+5+8 = 20$, $+10+20 = 50$, $+25+40 = 115$, $+50+100 = 265$, $+200 = 465$. Both ways give $465$.
""")
_A10_B = _t(r"""
$\sigma(200) = (1+2+4+8)(1+5+25) = 15 \cdot 31 = 465$.

Hmm, "positive divisors" of $200$ should mean the divisors other than $200$ itself, as in the definition of
perfect numbers. So subtract $200$: $465 - 200 = 265$.
""")
_A10_E = _t(r"""
$200 = 2^3 \cdot 5^2$. Sum of divisors: $(1 + 2 + 4 + 8)(5 + 25) = 15 \cdot 30 = 450$.
""")
_add(
    "integer",
    "465",
    [
        (C, _minerva(_A10_G, "465")),
        (C, _claude(_A10_G, "465")),
        (C, _gem(_A10_G, "465")),
        (
            C,
            _two(
                _A10_E,
                "450",
                r"""The factor for $5^2$ must include $5^0 = 1$: $1 + 5 + 25 = 31$, so $15 \cdot 31$.""",
                "465",
            ),
        ),
        (H, _o1(_A10_B, "265")),
        (
            H,
            _two(
                _A10_G,
                "465",
                r"""The divisors asked for should be the proper ones, so $200$ itself is excluded: $465 - 200$.""",
                "265",
            ),
        ),
        (P, _qwq(_A10_E, "450")),
    ],
)

# Q: A sequence has $a_1 = 1$, $a_2 = 3$ and $a_n = a_{n-1} + a_{n-2}$ for $n \ge 3$. Find the remainder when
# $a_{20}$ is divided by $1000$.
_A11_G = _t(r"""
These are the Lucas numbers. Let me list: $1, 3, 4, 7, 11, 18, 29, 47, 76, 123$ (that is $a_1$ to $a_{10}$).

Continue: $a_{11} = 199$, $a_{12} = 322$, $a_{13} = 521$, $a_{14} = 843$, $a_{15} = 1364$, $a_{16} = 2207$,
$a_{17} = 3571$, $a_{18} = 5778$, $a_{19} = 9349$, $a_{20} = 15127$.

Wait, let me recheck a couple: $843 + 521 = 1364$, yes; $5778 + 3571 = 9349$, yes; $9349 + 5778 = 15127$, yes. Also
$a_{20} = L_{10}^2 - 2 = 123^2 - 2 = 15129 - 2 = 15127$. So the remainder is $127$.
""")
_A11_B = _t(r"""
Listing: $1, 3, 4, 7, 11, 18, 29, 47, 76, 123, 199, 322, 521, 843, 1364, 2207, 3571, 5778, 9349, 15127$.

That last one, $15127$, is the $20$th term, remainder $127$. Hmm, wait: should the count start at $a_0$? If
$a_1 = 1$ is the first listed, then the $20$th listed is $a_{20}$... but I think I listed one extra. Let me drop
one: $a_{20} = 9349$, with remainder $349$.
""")
_A11_E = _t(r"""
Each term is the sum of the two before it, so this is the Fibonacci sequence, and $a_{20} = F_{20} = 6765$. The
remainder on division by $1000$ is $765$.
""")
_add(
    "integer",
    "127",
    [
        (C, _remark(_A11_G, "127")),
        (C, _gsm(_A11_G, "127")),
        (C, _o1(_A11_G, "127")),
        (
            C,
            _two(
                _A11_E,
                "765",
                r"""The start differs from Fibonacci ($a_2 = 3$, not $1$), so these are the Lucas numbers. Listing
                them, $a_{20} = 15127$.""",
                "127",
            ),
        ),
        (H, _minerva(_A11_B, "349")),
        (H, _r1(_A11_B, "349")),
        (P, _small(_A11_E, "765")),
        (T, _half(_A11_G, 1, r"Continue: $a_{11} = 199$, $a_{12} = 322$, $a_{13} = 521$, $a_{14} =")),
    ],
)

# Q: Find the area of the triangle with vertices $(1, 2)$, $(13, 7)$ and $(5, 19)$.
_A12_G = _t(r"""
Use the shoelace formula: area $= \frac12 \left| x_1 y_2 - x_2 y_1 + x_2 y_3 - x_3 y_2 + x_3 y_1 - x_1 y_3 \right|$.

The three cross terms: $1 \cdot 7 - 13 \cdot 2 = 7 - 26 = -19$; $13 \cdot 19 - 5 \cdot 7 = 247 - 35 = 212$;
$5 \cdot 2 - 1 \cdot 19 = 10 - 19 = -9$. Their sum is $-19 + 212 - 9 = 184$.

So the area is $184/2 = 92$. Wait, let me recheck with vectors: $\vec{AB} = (12, 5)$, $\vec{AC} = (4, 17)$, and
$12 \cdot 17 - 5 \cdot 4 = 204 - 20 = 184$. Half of that is $92$ again.
""")
_A12_B = _t(r"""
Vectors from $(1,2)$: $(12, 5)$ and $(4, 17)$. The cross product is $12 \cdot 17 - 5 \cdot 4 = 184$, and half of
it would be $92$.

Hmm, but the determinant of two edge vectors already gives the area of the region they span, and the triangle is
that region. I don't think the factor $\frac12$ belongs here. So the area is $184$.
""")
_A12_E = _t(r"""
Shoelace with the points in order: $1(7 - 19) + 13(19 - 2) + 5(7 - 2) = -12 + 221 + 25 = 234$. Half of it: $117$.
""")
_add(
    "integer",
    "92",
    [
        (C, _gem(_A12_G, "92")),
        (C, _prose(_A12_G, "92")),
        (C, _claude(_A12_G, "92")),
        (
            C,
            _two(
                _A12_E,
                "117",
                r"""The last term should be $5(y_1 - y_2) = 5(2 - 7) = -25$, not $+25$: $-12 + 221 - 25 = 184$, and
                half of that.""",
                "92",
            ),
        ),
        (H, _small(_A12_B, "184")),
        (
            H,
            _two(
                _A12_G,
                "92",
                r"""The cross product of the edge vectors $(12, 5)$ and $(4, 17)$ is the area, so I should not
                halve it.""",
                "184",
            ),
        ),
        (P, _o1(_A12_E, "117")),
        (T, _half(_A12_G, 1, r"The three cross terms: $1 \cdot 7 - 13 \cdot 2 = -19$; $13 \cdot 19 - 5 \cdot 7 =")),
    ],
)

# Q: How many subsets of $\{1, 2, \dots, 10\}$, including the empty set, contain no two consecutive integers?
_A13_G = _t(r"""
Let $s_n$ be the number of such subsets of $\{1, \dots, n\}$. Either $n$ is not in the subset ($s_{n-1}$ ways) or
it is, and then $n - 1$ is not ($s_{n-2}$ ways). So $s_n = s_{n-1} + s_{n-2}$.

Base cases: $s_0 = 1$ (just the empty set), $s_1 = 2$ ($\varnothing$, $\{1\}$). Then $s_2 = 3$, $s_3 = 5$,
$s_4 = 8$, $s_5 = 13$, $s_6 = 21$, $s_7 = 34$, $s_8 = 55$, $s_9 = 89$, $s_{10} = 144$.

Wait, let me recheck $s_3$ by listing: $\varnothing, \{1\}, \{2\}, \{3\}, \{1,3\}$: five, matching. And the problem
says to include the empty set, so $s_{10} = 144$ is the count.
""")
_A13_B = _t(r"""
The recurrence $s_n = s_{n-1} + s_{n-2}$ with $s_1 = 2$, $s_2 = 3$ gives $s_{10} = 144$.

That total includes the empty set. Usually a subset "containing no two consecutive integers" should contain
something, so I'll remove it: $144 - 1 = 143$.
""")
_A13_E = _t(r"""
This is Fibonacci: $F_1 = 1, F_2 = 1, \dots$, and the count for $\{1, \dots, n\}$ is $F_{n+1}$. For $n = 10$:
$F_{11} = 89$.
""")
_add(
    "integer",
    "144",
    [
        (C, _r1(_A13_G, "144")),
        (C, _minerva(_A13_G, "144")),
        (C, _bold(_A13_G, "144")),
        (
            C,
            _two(
                _A13_E,
                "89",
                r"""Check $n = 1$: the subsets are $\varnothing$ and $\{1\}$, two of them, but $F_2 = 1$. The right
                index is $F_{n+2}$, so for $n = 10$ it is $F_{12}$.""",
                "144",
            ),
        ),
        (H, _gem(_A13_B, "143")),
        (H, _gsm(_A13_B, "143")),
        (P, _remark(_A13_E, "89")),
        (T, _half(_A13_G, 1, r"Base cases: $s_0 = 1$ and $s_1 = 2$. Then $s_2 = 3$, $s_3 = 5$, $s_4 = 8$, $s_5 =")),
    ],
)

# Q: How many positive integers less than $1000$ have digit sum $10$?
_A14_G = _t(r"""
Write each number as three digits $abc$ with leading zeros allowed ($0 \le a, b, c \le 9$). We need
$a + b + c = 10$; the number $000$ is not an issue since its digit sum is $0$.

Stars and bars without the upper bound: $\binom{10 + 2}{2} = \binom{12}{2} = 66$. Now remove solutions where a digit
is at least $10$: that digit must be exactly $10$ and the others $0$, giving $3$ solutions.

So $66 - 3 = 63$. Wait, let me recheck with a quick split by the hundreds digit $a$: for $a = 0$, $b + c = 10$ has
$9$ solutions ($b = 1, \dots, 9$); for $a = k \ge 1$, $b + c = 10 - k$ has $11 - k$ solutions. Total
$9 + (10 + 9 + \dots + 2) = 9 + 54 = 63$. Consistent.
""")
_A14_B = _t(r"""
Digits $a, b, c$ with $a + b + c = 10$: stars and bars gives $\binom{12}{2} = 66$.

I was going to subtract the $3$ solutions with a digit equal to $10$ to get $63$, but those solutions aren't
three-digit strings anyway, so stars and bars never counted them. No subtraction is needed: $66$.
""")
_A14_E = _t(r"""
Number of solutions to $a + b + c = 10$ in digits: by stars and bars, $\binom{10 + 1}{2} = \binom{11}{2} = 55$.
""")
_add(
    "integer",
    "63",
    [
        (C, _o1(_A14_G, "63")),
        (C, _qwq(_A14_G, "63")),
        (C, _head(_A14_G, "63")),
        (
            C,
            _two(
                _A14_E,
                "55",
                r"""Stars and bars for three nonnegative parts summing to $10$ is $\binom{12}{2} = 66$; then remove
                the $3$ with a digit equal to $10$.""",
                "63",
            ),
        ),
        (H, _claude(_A14_B, "66")),
        (
            H,
            _two(
                _A14_G,
                "63",
                r"""The three solutions with a $10$ were never counted by stars and bars, so subtracting them is
                wrong; the count is $\binom{12}{2}$.""",
                "66",
            ),
        ),
        (P, _gem(_A14_E, "55")),
        (T, _half(_A14_G, 2, r"So $66 - 3$, and to confirm I split by the hundreds digit $a$: for $a = 0$,")),
    ],
)

# Q: Let $r, s, t$ be the roots of $x^3 - 9x^2 + 5x - 4 = 0$. Find $r^3 + s^3 + t^3$.
_A15_G = _t(r"""
Vieta: $e_1 = r + s + t = 9$, $e_2 = rs + st + tr = 5$, $e_3 = rst = 4$.

Power sums: $p_1 = 9$, $p_2 = e_1^2 - 2e_2 = 81 - 10 = 71$. Newton: $p_3 = e_1 p_2 - e_2 p_1 + 3e_3$.

$p_3 = 9 \cdot 71 - 5 \cdot 9 + 3 \cdot 4 = 639 - 45 + 12 = 606$. Wait, let me recheck with the other identity:
$p_3 = e_1^3 - 3e_1 e_2 + 3e_3 = 729 - 135 + 12 = 606$. Same.
""")
_A15_B = _t(r"""
$e_1 = 9$, $e_2 = 5$, $e_3 = 4$. The identity is $r^3 + s^3 + t^3 = e_1^3 - 3e_1e_2 + 3e_3 = 729 - 135 + 12 = 606$.

Hmm, but the constant term is $-4$, and for a monic cubic $x^3 + bx^2 + cx + d$ we have $rst = -d$... here $d = -4$,
so $rst = 4$. But then the sign in the identity: I recall $-3e_3$ when the cubic is written with alternating signs.
Using $-3e_3$: $729 - 135 - 12 = 582$.
""")
_A15_E = _t(r"""
Use $r^3 + s^3 + t^3 = (r+s+t)^3 - 3(r+s+t)(rs+st+tr)$ with $r + s + t = 9$ and $rs + st + tr = 5$:
$729 - 135 = 594$.
""")
_add(
    "integer",
    "606",
    [
        (C, _claude(_A15_G, "606")),
        (C, _small(_A15_G, "606")),
        (C, _gem(_A15_G, "606")),
        (
            C,
            _two(
                _A15_E,
                "594",
                r"""The identity is missing the $+3rst$ term: $r^3 + s^3 + t^3 = e_1^3 - 3e_1e_2 + 3e_3$, and
                $e_3 = 4$, so add $12$.""",
                "606",
            ),
        ),
        (H, _r1(_A15_B, "582")),
        (H, _minerva(_A15_B, "582")),
        (P, _bold(_A15_E, "594")),
        (T, _half(_A15_G, 2, r"$p_3 = 9 \cdot 71 - 5 \cdot 9 + 3 \cdot 4 =")),
    ],
)

# Q: In how many ways can you make $50$ cents from pennies, nickels, dimes and quarters?
_A16_G = _t(r"""
Split by the number of quarters $q$.

$q = 2$: nothing left, $1$ way. $q = 1$: $25$ cents from dimes, nickels, pennies. With $0$ dimes, nickels $0$ to $5$:
$6$ ways; $1$ dime, $15$ left: $4$ ways; $2$ dimes, $5$ left: $2$ ways. Total $12$.

$q = 0$: $50$ cents. Dimes $d = 0, 1, \dots, 5$ leave $50 - 10d$ cents, which nickels and pennies make in
$\lfloor (50 - 10d)/5 \rfloor + 1 = 11 - 2d$ ways: $11 + 9 + 7 + 5 + 3 + 1 = 36$.

Total: $1 + 12 + 36 = 49$. Wait, let me recheck the $q = 1$ case with the same formula: $d = 0, 1, 2$ leave $25, 15,
5$ cents, giving $6, 4, 2$ ways, total $12$. So $49$.
""")
_A16_B = _t(r"""
By quarters: $q = 2$ gives $1$; $q = 1$ gives $6 + 4 + 2 = 12$; $q = 0$ gives $11 + 9 + 7 + 5 + 3 + 1 = 36$.
Total $49$.

Hmm, let me recount $q = 0$, $d = 1$: $40$ cents in nickels and pennies, nickels from $0$ to $8$... I count that as
$8$ options, not $9$. Then $q = 0$ gives $35$ and the total is $48$.
""")
_A16_E = _t(r"""
Quarters: $q = 2$: $1$ way. $q = 1$: dimes $0$ or $1$ ($2$ dimes would be $45$ with the quarter, too close), so
$6 + 4 = 10$. $q = 0$: $11 + 9 + 7 + 5 + 3 = 35$ (five dimes is just one coin type, skip it). Total $46$.
""")
_add(
    "integer",
    "49",
    [
        (C, _qwq(_A16_G, "49")),
        (C, _gsm(_A16_G, "49")),
        (C, _remark(_A16_G, "49")),
        (
            C,
            _two(
                _A16_E,
                "46",
                r"""I dropped two valid cases: a quarter with two dimes and a nickel, or with two dimes and five
                pennies, makes $q = 1$ give $12$; and five dimes is a valid way, so $q = 0$ gives $36$. Total
                $1 + 12 + 36$.""",
                "49",
            ),
        ),
        (H, _o1(_A16_B, "48")),
        (
            H,
            _two(
                _A16_G,
                "49",
                r"""For $40$ cents the nickel count runs over $8$ values, so the $q = 0$ subtotal is $35$, and the
                total is $1 + 12 + 35$.""",
                "48",
            ),
        ),
        (P, _minerva(_A16_E, "46")),
        (T, _loop(_A16_G, 1, r"$q = 2$: nothing left, $1$ way. $q = 1$: $25$ cents from dimes, nickels and")),
    ],
)

# Q: How many positive integers $n < 1000$ are perfect squares or perfect cubes?
_A17_G = _t(r"""
Squares below $1000$: $1^2, \dots, 31^2 = 961$ (since $32^2 = 1024$), so $31$. Cubes: $1^3, \dots, 9^3 = 729$
($10^3 = 1000$ is not less than $1000$), so $9$.

Both: sixth powers $1, 64, 729$, so $3$. By inclusion-exclusion: $31 + 9 - 3 = 37$.

Wait, let me recheck that $729$ is a sixth power: $3^6 = 729$, yes, $27^2 = 9^3$. And $4^6 = 4096$ is too big. So
the count is $37$.
""")
_A17_B = _t(r"""
Squares: $31$. Cubes: $9$. Sixth powers (both): $1, 64, 729$, that is $3$.

$31 + 9 - 3 = 37$ counts each number once. Hmm, but the sixth powers appear in both lists, so removing them once
still leaves them in the other list; to count "squares or cubes" without the overlap, remove them from each list:
$31 + 9 - 2 \cdot 3 = 34$.
""")
_A17_E = _t(r"""
Squares under $1000$: $31$. Cubes under $1000$: $9$. Adding them gives $40$.
""")
_add(
    "integer",
    "37",
    [
        (C, _head(_A17_G, "37")),
        (C, _claude(_A17_G, "37")),
        (C, _r1(_A17_G, "37")),
        (
            C,
            _two(
                _A17_E,
                "40",
                r"""The sixth powers $1, 64, 729$ are in both lists and were counted twice; subtract them once:
                $40 - 3$.""",
                "37",
            ),
        ),
        (H, _qwq(_A17_B, "34")),
        (H, _bold(_A17_B, "34")),
        (P, _gem(_A17_E, "40")),
    ],
)

# Q: How many integers $k$ with $1 \le k \le 360$ satisfy $\gcd(k, 360) = 1$?
_A18_G = _t(r"""
This is Euler's totient $\varphi(360)$. Factor: $360 = 2^3 \cdot 3^2 \cdot 5$.

$\varphi(360) = 360 \cdot \left(1 - \tfrac12\right)\left(1 - \tfrac13\right)\left(1 - \tfrac15\right)
= 360 \cdot \tfrac12 \cdot \tfrac23 \cdot \tfrac45$.

$360 \cdot \tfrac12 = 180$, $\cdot \tfrac23 = 120$, $\cdot \tfrac45 = 96$. Wait, let me recheck by the
multiplicative form: $\varphi(8)\varphi(9)\varphi(5) = 4 \cdot 6 \cdot 4 = 96$. Good.
""")
_A18_B = _t(r"""
$\varphi(360) = \varphi(8)\varphi(9)\varphi(5) = 4 \cdot 6 \cdot 4 = 96$.

But $\varphi$ counts $k = 1$, and $1$ is a unit rather than a genuine integer coprime to $360$ in the sense of
sharing no factor... it shares no factor, but it has no factors at all. I'll leave it out: $95$.
""")
_A18_E = _t(r"""
$360 = 2^3 \cdot 3^2 \cdot 5$. Removing multiples of $2$ and $3$: $360 \cdot \tfrac12 \cdot \tfrac23 = 120$.
""")
_add(
    "integer",
    "96",
    [
        (C, _minerva(_A18_G, "96")),
        (C, _o1(_A18_G, "96")),
        (C, _small(_A18_G, "96")),
        (
            C,
            _two(
                _A18_E,
                "120",
                r"""I forgot the prime $5$: multiply by $\tfrac45$ as well, $120 \cdot \tfrac45$.""",
                "96",
            ),
        ),
        (H, _head(_A18_B, "95")),
        (
            H,
            _two(
                _A18_G,
                "96",
                r"""I should exclude $k = 1$, which has no prime factors at all, leaving one fewer.""",
                "95",
            ),
        ),
        (P, _qwq(_A18_E, "120")),
        (T, _half(_A18_G, 1, r"$\varphi(360) = 360 \cdot \left(1 - \tfrac12\right)\left(1 - \tfrac13\right)")),
    ],
)

# Q: How many three-digit positive integers have digits that are strictly increasing from left to right?
_A19_G = _t(r"""
Digits $a < b < c$ with $a \ne 0$ (leading digit). Since the digits increase and $a \ge 1$, none of them can be $0$.

So we choose $3$ distinct digits from $\{1, \dots, 9\}$, and the increasing order is forced: $\binom{9}{3}$.

$\binom{9}{3} = \frac{9 \cdot 8 \cdot 7}{6} = 84$. Wait, let me recheck whether $0$ could appear somewhere other
than the front: it would have to be the smallest digit, hence first, which is not allowed. So $84$.
""")
_A19_B = _t(r"""
Choose three digits and arrange them increasingly: if the digits come from $\{1, \dots, 9\}$, that's
$\binom93 = 84$.

But digits can be $0$ too, so really we choose from $10$ digits: $\binom{10}{3} = 120$. Each choice gives one
increasing number.
""")
_A19_E = _t(r"""
The first digit has $9$ choices, the second $8$ and the third $7$, so there are $9 \cdot 8 \cdot 7 = 504$ such
numbers.
""")
_add(
    "integer",
    "84",
    [
        (C, _gsm(_A19_G, "84")),
        (C, _gem(_A19_G, "84")),
        (C, _claude(_A19_G, "84")),
        (
            C,
            _two(
                _A19_E,
                "504",
                r"""That counts numbers with distinct digits in any order. Strictly increasing fixes the order,
                and $0$ cannot appear (it would have to lead), so it is $\binom{9}{3}$.""",
                "84",
            ),
        ),
        (H, _small(_A19_B, "120")),
        (H, _o1(_A19_B, "120")),
        (P, _r1(_A19_E, "504")),
        (T, _half(_A19_G, 2, r"$\binom{9}{3} = \frac{9 \cdot 8 \cdot 7}{6}$, and $9 \cdot 8 \cdot 7 =")),
    ],
)

# Q: Find the least positive integer $n$ such that $2^n > 10^{30}$.
_A20_G = _t(r"""
Take base-2 logarithms: $n > 30 \log_2 10$. With $\log_2 10 \approx 3.321928$, that is $n > 99.658$.

So the least integer is $n = 100$. Wait, let me recheck with $2^{10} = 1024 > 10^3$: then $2^{100} = 1024^{10} >
10^{30}$, so $n = 100$ works. And $2^{99} = 2^{100}/2 \approx 1.27 \times 10^{30} / 2 \approx 6.3 \times 10^{29} <
10^{30}$, so $99$ does not. The least $n$ is $100$.
""")
_A20_B = _t(r"""
$2^{10} = 1024 \approx 10^3$, so $2^{100} \approx 10^{30}$; more precisely $2^{100} \approx 1.27 \times 10^{30}$.

Since $n > 30 \log_2 10 = 99.66$, the least integer would be $100$... but $2^{100}$ is only about $1.27$ times
$10^{30}$, which is so close that really $2^{99.66} = 10^{30}$ means $n = 99$ is the last one below and the answer
is the floor, $99$.
""")
_A20_E = _t(r"""
$\log_2 10 \approx 3$, so $10^{30} \approx 2^{90}$, and the least $n$ with $2^n$ bigger is $91$.
""")
_add(
    "integer",
    "100",
    [
        (C, _prose(_A20_G, "100")),
        (C, _r1(_A20_G, "100")),
        (C, _qwq(_A20_G, "100")),
        (
            C,
            _two(
                _A20_E,
                "91",
                r"""$\log_2 10 \approx 3.32$, not $3$: $30 \cdot 3.32 \approx 99.66$, so the least $n$ is the next
                integer.""",
                "100",
            ),
        ),
        (H, _gem(_A20_B, "99")),
        (
            H,
            _two(
                _A20_G,
                "100",
                r"""Since $2^{99.66} = 10^{30}$, taking the floor of $99.66$ gives the least $n$.""",
                "99",
            ),
        ),
        (P, _claude(_A20_E, "91")),
    ],
)

# Q: Find the least positive integer $x$ with $x \equiv 2 \pmod 3$, $x \equiv 3 \pmod 5$ and $x \equiv 4 \pmod 7$.
_A21_G = _t(r"""
From the first two: $x \equiv 2 \pmod 3$ and $x \equiv 3 \pmod 5$. Numbers $\equiv 3 \pmod 5$: $3, 8, 13, 18, 23$;
$8 \equiv 2 \pmod 3$. So $x \equiv 8 \pmod{15}$.

Now $x = 8 + 15k \equiv 4 \pmod 7$: $8 \equiv 1$, $15 \equiv 1$, so $1 + k \equiv 4$, $k \equiv 3 \pmod 7$. Then
$x = 8 + 45 = 53$.

Wait, let me recheck: $53 = 17 \cdot 3 + 2$, $53 = 10 \cdot 5 + 3$, $53 = 7 \cdot 7 + 4$. All three hold, and the
solutions are $53 + 105m$, so $53$ is the least positive one.
""")
_A21_B = _t(r"""
$x \equiv 8 \pmod{15}$, and $x = 8 + 15k \equiv 4 \pmod 7$ gives $k \equiv 3$, $x = 53$.

The general solution is $x \equiv 53 \pmod{105}$. Hmm, since we want an $x$ that "satisfies all three
congruences" beyond the trivial range of the moduli, I'll take the representative above $105$: $53 + 105 = 158$.
""")
_A21_E = _t(r"""
$x \equiv 3 \pmod 5$ and $x \equiv 2 \pmod 3$: try $3, 8, 13, 18, 23$. $23 = 7 \cdot 3 + 2$ works, so take
$x = 23$, and then check modulo $7$ roughly: it's fine.
""")
_add(
    "integer",
    "53",
    [
        (C, _bold(_A21_G, "53")),
        (C, _head(_A21_G, "53")),
        (C, _minerva(_A21_G, "53")),
        (
            C,
            _two(
                _A21_E,
                "23",
                r"""$23 = 3 \cdot 7 + 2$, so $23 \equiv 2 \pmod 7$, not $4$. The solutions of the first two are
                $8 + 15k$; $k = 3$ gives a number that is $4 \pmod 7$.""",
                "53",
            ),
        ),
        (H, _claude(_A21_B, "158")),
        (H, _r1(_A21_B, "158")),
        (P, _o1(_A21_E, "23")),
        (T, _half(_A21_G, 1, r"Now $x = 8 + 15k \equiv 4 \pmod 7$: $8 \equiv 1$ and $15 \equiv 1$, so")),
    ],
)

# Q: How many ordered triples $(a, b, c)$ of positive integers satisfy $a + b + c = 20$?
_A22_G = _t(r"""
Stars and bars for positive parts: the number of compositions of $20$ into $3$ positive parts is
$\binom{20 - 1}{3 - 1} = \binom{19}{2}$.

$\binom{19}{2} = \frac{19 \cdot 18}{2} = 171$. Wait, let me recheck the formula on a small case: $a + b + c = 4$
has $\binom{3}{2} = 3$ solutions: $(2,1,1), (1,2,1), (1,1,2)$. Right. So $171$.
""")
_A22_B = _t(r"""
Positive parts: $\binom{19}{2} = 171$. Hmm, but the usual stars-and-bars formula is $\binom{n + k - 1}{k - 1}$,
which for $n = 20$, $k = 3$ is $\binom{22}{2} = 231$. I'll trust the standard formula: $231$.
""")
_A22_E = _t(r"""
Place $2$ bars among $20$ stars: $\binom{20}{2} = 190$.
""")
_add(
    "integer",
    "171",
    [
        (C, _small(_A22_G, "171")),
        (C, _claude(_A22_G, "171")),
        (C, _gsm(_A22_G, "171")),
        (
            C,
            _two(
                _A22_E,
                "190",
                r"""The bars go in the $19$ gaps between the stars, not among the stars, so it is
                $\binom{19}{2}$.""",
                "171",
            ),
        ),
        (H, _minerva(_A22_B, "231")),
        (
            H,
            _two(
                _A22_G,
                "171",
                r"""The standard formula is $\binom{n + k - 1}{k - 1}$, which here is $\binom{22}{2}$.""",
                "231",
            ),
        ),
        (P, _head(_A22_E, "190")),
        (T, _half(_A22_G, 1, r"$\binom{19}{2} = \frac{19 \cdot 18}{2}$, which is")),
    ],
)


# ---------------------------------------------------------------- MATH-500-style answers

# Q: Two cards are drawn at random without replacement from a standard 52-card deck. What is the probability that
# both are hearts? Express your answer as a common fraction.
_M1_G = _t(r"""
The first card is a heart with probability $\frac{13}{52} = \frac14$. Given that, $12$ hearts remain among $51$
cards, so the second is a heart with probability $\frac{12}{51} = \frac{4}{17}$.

Multiply: $\frac14 \cdot \frac{4}{17} = \frac{1}{17}$. Wait, let me recheck with combinations: $\binom{13}{2} /
\binom{52}{2} = \frac{78}{1326}$, and $1326 / 78 = 17$. So the probability is $\frac{1}{17}$.
""")
_M1_B = _t(r"""
$P(\text{first heart}) = \frac{13}{52}$ and $P(\text{second heart} \mid \text{first}) = \frac{12}{51}$, so the
product is $\frac{1}{17}$.

Hmm, but the two hearts could come in either order (first card heart A, second heart B, or the reverse), so I
should double it: $\frac{2}{17}$.
""")
_M1_E = _t(r"""
Each card is a heart with probability $\frac14$, so both are hearts with probability
$\frac14 \cdot \frac14 = \frac{1}{16}$.
""")
_add(
    "fraction",
    r"\frac{1}{17}",
    [
        (C, _gem(_M1_G, r"\frac{1}{17}")),
        (C, _claude(_M1_G, r"\dfrac{1}{17}")),
        (C, _minerva(_M1_G, "1/17")),
        (
            C,
            _two(
                _M1_E,
                r"\frac{1}{16}",
                r"""The draws are without replacement: after one heart, $12$ of the remaining $51$ cards are
                hearts, so it is $\frac{13}{52} \cdot \frac{12}{51}$.""",
                r"\frac{1}{17}",
            ),
        ),
        (H, _r1(_M1_B, r"\frac{2}{17}")),
        (
            H,
            _two(
                _M1_G,
                r"\frac{1}{17}",
                r"""The two hearts can be drawn in two orders, so the probability is twice the product.""",
                r"\frac{2}{17}",
            ),
        ),
        (P, _qwq(_M1_E, r"\frac{1}{16}")),
        (T, _half(_M1_G, 1, r"Multiply: $\frac14 \cdot \frac{4}{17}$, and with combinations $\binom{13}{2} =")),
    ],
)

# Q: What is the distance between the points $(1, -2)$ and $(7, 2)$? Express your answer in simplest radical form.
_M2_G = _t(r"""
The differences are $\Delta x = 7 - 1 = 6$ and $\Delta y = 2 - (-2) = 4$. At first I wrote $\Delta y = 0$, but
that ignores the sign of $-2$; wait, let me recheck: $2 - (-2) = 4$.

Distance $= \sqrt{6^2 + 4^2} = \sqrt{36 + 16} = \sqrt{52}$. Since $52 = 4 \cdot 13$, $\sqrt{52} = 2\sqrt{13}$.

Check: $2\sqrt{13} \approx 7.21$, and the points are a bit more than $6$ apart horizontally, so that is plausible.
""")
_M2_B = _t(r"""
$\Delta x = 6$, $\Delta y = 4$, so the distance is $\sqrt{52}$.

Simplifying: $52 = 4 \cdot 13$, so $\sqrt{52} = 2\sqrt{13}$... hmm, actually I should pull the $4$ out whole, since
it is the perfect-square factor: $\sqrt{52} = 4\sqrt{13}$.
""")
_M2_E = _t(r"""
$\Delta x = 6$, $\Delta y = 4$. Then $6^2 + 4^2 = 36 + 4 = 40$, so the distance is $\sqrt{40} = 2\sqrt{10}$.
""")
_add(
    "radical",
    r"2\sqrt{13}",
    [
        (C, _head(_M2_G, r"2\sqrt{13}")),
        (C, _o1(_M2_G, r"2\sqrt{13}")),
        (C, _small(_M2_G, r"2 \sqrt{13}")),
        (
            C,
            _two(
                _M2_E,
                r"2\sqrt{10}",
                r"""$4^2 = 16$, not $4$: $36 + 16 = 52$, and $\sqrt{52} = \sqrt{4 \cdot 13}$.""",
                r"2\sqrt{13}",
            ),
        ),
        (H, _bold(_M2_B, r"4\sqrt{13}")),
        (H, _gem(_M2_B, r"4\sqrt{13}")),
        (P, _minerva(_M2_E, r"2\sqrt{10}")),
    ],
)

# Q: Simplify $\dfrac{x^2 - 9}{x^2 + x - 6}$.
_M3_G = _t(r"""
Factor the numerator: $x^2 - 9 = (x - 3)(x + 3)$. Factor the denominator: we need two numbers with product $-6$ and
sum $1$, namely $3$ and $-2$, so $x^2 + x - 6 = (x + 3)(x - 2)$.

Cancel the common factor $x + 3$ (for $x \ne -3$): $\frac{x - 3}{x - 2}$.

Wait, let me recheck at $x = 0$: the original is $\frac{-9}{-6} = \frac32$, and $\frac{0 - 3}{0 - 2} = \frac32$.
Good.
""")
_M3_B = _t(r"""
Numerator $(x-3)(x+3)$; denominator $(x+3)(x-2)$, so it simplifies to $\frac{x-3}{x-2}$.

Hmm, let me double-check the denominator: $(x+3)(x-2) = x^2 + x - 6$, yes. But the numerator... I think I should
also have factored out a sign to make it cleaner, writing $x - 3$ over $x - 2$ as $\frac{x+3}{x+2}$ by flipping the
signs of the constants in both.
""")
_M3_E = _t(r"""
$x^2 - 9 = (x - 3)(x + 3)$ and $x^2 + x - 6 = (x + 3)(x + 2)$. Cancelling $x + 3$ gives $\frac{x - 3}{x + 2}$.
""")
_add(
    "expression",
    r"\frac{x-3}{x-2}",
    [
        (C, _r1(_M3_G, r"\frac{x-3}{x-2}")),
        (C, _qwq(_M3_G, r"\dfrac{x - 3}{x - 2}")),
        (C, _prose(_M3_G, r"\frac{x-3}{x-2}")),
        (
            C,
            _two(
                _M3_E,
                r"\frac{x-3}{x+2}",
                r"""$(x+3)(x+2) = x^2 + 5x + 6$, which is not the denominator. The right factorization is
                $(x+3)(x-2)$.""",
                r"\frac{x-3}{x-2}",
            ),
        ),
        (H, _claude(_M3_B, r"\frac{x+3}{x+2}")),
        (
            H,
            _two(
                _M3_G,
                r"\frac{x-3}{x-2}",
                r"""Flipping the signs of the constants in numerator and denominator gives a neater form with
                plus signs.""",
                r"\frac{x+3}{x+2}",
            ),
        ),
        (P, _head(_M3_E, r"\frac{x-3}{x+2}")),
        (T, _half(_M3_G, 1, r"Cancel the common factor $x + 3$, which leaves")),
    ],
)

# Q: Solve $x^2 - x - 12 < 0$. Express your answer in interval notation.
_M4_G = _t(r"""
Factor: $x^2 - x - 12 = (x - 4)(x + 3)$. The roots are $x = 4$ and $x = -3$.

The parabola opens upward, so it is negative strictly between the roots. The inequality is strict, so the
endpoints, where the expression equals $0$, are excluded.

Wait, let me recheck with test points: $x = 0$ gives $-12 < 0$, yes; $x = 5$ gives $8$, no; $x = -4$ gives $8$,
no. So the solution set is $(-3, 4)$.
""")
_M4_B = _t(r"""
$(x-4)(x+3) < 0$ holds between the roots, giving $(-3, 4)$.

Hmm, at the roots the expression is $0$, and when I test $x = 4$: $16 - 4 - 12 = 0$, which is not greater than
$0$, so it satisfies "not positive". I'll include the endpoints: $[-3, 4]$.
""")
_M4_E = _t(r"""
$x^2 - x - 12 = (x + 4)(x - 3)$, with roots $-4$ and $3$. Between the roots the product is negative.
""")
_add(
    "interval",
    "(-3,4)",
    [
        (C, _gem(_M4_G, "(-3, 4)")),
        (C, _bold(_M4_G, r"\left(-3, 4\right)")),
        (C, _minerva(_M4_G, "(-3,4)")),
        (
            C,
            _two(
                _M4_E,
                "(-4,3)",
                r"""$(x+4)(x-3) = x^2 + x - 12$: the middle sign is wrong. It factors as $(x-4)(x+3)$, so the
                roots are $-3$ and $4$, with open endpoints.""",
                "(-3,4)",
            ),
        ),
        (H, _o1(_M4_B, "[-3, 4]")),
        (
            H,
            _two(
                _M4_G,
                "(-3, 4)",
                r"""At the roots the expression is zero, and I think the endpoints belong to the answer.""",
                "[-3, 4]",
            ),
        ),
        (P, _claude(_M4_E, "(-4, 3)")),
        (T, _half(_M4_G, 2, r"Wait, let me recheck with test points: $x = 0$ gives $-12 < 0$; $x = 5$ gives")),
    ],
)

# Q: Find the ordered pair $(x, y)$ that satisfies $3x + 2y = 7$ and $2x - y = 7$.
_M5_G = _t(r"""
From the second equation, $y = 2x - 7$. Substitute into the first: $3x + 2(2x - 7) = 7$, so $7x - 14 = 7$ and
$x = 3$.

Then $y = 2 \cdot 3 - 7 = -1$.

Wait, let me recheck both equations: $3(3) + 2(-1) = 9 - 2 = 7$, and $2(3) - (-1) = 6 + 1 = 7$. Both hold, so the
ordered pair is $(3, -1)$.
""")
_M5_B = _t(r"""
From $2x - y = 7$: is $y = 2x - 7$ or $y = 7 - 2x$? Using $y = 2x - 7$, I get $x = 3$ and $y = -1$, the pair
$(3, -1)$.

Hmm, moving $y$ to the right gives $2x - 7 = y$... or I think it's $y = 7 - 2x$ after moving the $7$. With
$x = 3$, that's $y = 1$. So the pair is $(3, 1)$.
""")
_M5_E = _t(r"""
Double the second equation: $4x - 2y = 14$. Adding to the first: $7x = 14$, so $x = 2$. Then $y = 2x - 7 = -3$.
""")
_add(
    "ordered_pair",
    "(3,-1)",
    [
        (C, _claude(_M5_G, "(3, -1)")),
        (C, _small(_M5_G, "(3,-1)")),
        (C, _head(_M5_G, r"\left(3, -1\right)")),
        (
            C,
            _two(
                _M5_E,
                "(2,-3)",
                r"""$7 + 14 = 21$, not $14$, so $7x = 21$ and $x = 3$; then $y = 6 - 7 = -1$. Check:
                $9 - 2 = 7$.""",
                "(3,-1)",
            ),
        ),
        (H, _qwq(_M5_B, "(3, 1)")),
        (H, _minerva(_M5_B, "(3,1)")),
        (P, _r1(_M5_E, "(2, -3)")),
    ],
)

# Q: How many degrees are in the smaller angle formed by the hour and minute hands of a clock at 3:40?
_M6_G = _t(r"""
The minute hand moves $6^\circ$ per minute, so at $40$ minutes it is at $240^\circ$ from $12$.

The hour hand moves $30^\circ$ per hour plus $0.5^\circ$ per minute: at 3:40 it is at $90 + 20 = 110^\circ$. I
first put it at $90^\circ$, as if it stayed on the $3$; wait, let me recheck: it has moved two thirds of the way to
the $4$, that is $20^\circ$ more.

The difference is $240 - 110 = 130^\circ$, and since $130 < 180$ that is already the smaller angle.
""")
_M6_B = _t(r"""
Minute hand: $240^\circ$. Hour hand: $110^\circ$ if it moves continuously, giving $130^\circ$.

But in the usual clock-angle puzzles the hour hand sits on the $3$ at 3 o'clock and I think the question means that
position: $240 - 90 = 150^\circ$.
""")
_M6_E = _t(r"""
At $40$ minutes, the minute hand is at $40 \cdot 5 = 200^\circ$. The hour hand is at $90 + 20 = 110^\circ$. The
angle between them is $200 - 110 = 90^\circ$.
""")
_add(
    "degrees",
    "130",
    [
        (C, _o1(_M6_G, r"130^\circ")),
        (C, _gem(_M6_G, r"130^{\circ}")),
        (C, _remark(_M6_G, "130")),
        (
            C,
            _two(
                _M6_E,
                r"90^\circ",
                r"""The minute hand moves $6^\circ$ per minute ($360/60$), not $5$: it is at $240^\circ$, and
                $240 - 110$.""",
                r"130^\circ",
            ),
        ),
        (H, _head(_M6_B, r"150^\circ")),
        (
            H,
            _two(
                _M6_G,
                r"130^\circ",
                r"""The question wants the hour hand on the $3$, as in the standard puzzle, so $240 - 90$.""",
                r"150^\circ",
            ),
        ),
        (P, _small(_M6_E, r"90^\circ")),
        (T, _half(_M6_G, 1, r"The hour hand moves $30^\circ$ per hour plus $0.5^\circ$ per minute, so at 3:40 it")),
    ],
)

# Q: $\$5000$ is invested at $4\%$ interest compounded annually. How many dollars of interest are earned in
# $3$ years? Give your answer to the nearest cent.
_M7_G = _t(r"""
The balance after $3$ years is $5000 \cdot 1.04^3$. Compute $1.04^2 = 1.0816$ and $1.04^3 = 1.124864$.

So the balance is $5000 \cdot 1.124864 = 5624.32$. The interest is the balance minus the principal: $5624.32 - 5000
= 624.32$.

Wait, let me recheck against simple interest: $3 \cdot 4\% \cdot 5000 = 600$, and compounding should add a little
more, about $600 \cdot 0.04 \approx 24$. That matches $624.32$.
""")
_M7_B = _t(r"""
$5000 \cdot 1.04^3 = 5000 \cdot 1.124864 = 5624.32$, so the interest is $624.32$.

Hmm, though what one "earns" from the investment at the end is the whole amount paid out, $5624.32$; I'll report
the final amount.
""")
_M7_E = _t(r"""
Interest each year is $4\%$ of $5000$, that is $200$, so over $3$ years it is $600$.
""")
_add(
    "dollars",
    "624.32",
    [
        (C, _claude(_M7_G, r"\$624.32")),
        (C, _r1(_M7_G, r"\$624.32")),
        (C, _gsm(_M7_G, "624.32")),
        (
            C,
            _two(
                _M7_E,
                r"\$600",
                r"""The interest compounds, so each year's interest is on the new balance: $5000 \cdot 1.04^3 -
                5000 = 5624.32 - 5000$.""",
                r"\$624.32",
            ),
        ),
        (H, _prose(_M7_B, r"\$5624.32")),
        (
            H,
            _two(
                _M7_G,
                r"\$624.32",
                r"""Rounding $1.04^3$ to four places, $1.1249$, gives $5000 \cdot 0.1249$ in interest.""",
                r"\$624.50",
            ),
        ),
        (P, _gem(_M7_E, r"\$600")),
        (T, _half(_M7_G, 1, r"So the balance is $5000 \cdot 1.124864$, which comes to")),
    ],
)

# Q: A price is increased by $20\%$ and then the new price is decreased by $25\%$. By what percent has the price
# decreased overall?
_M8_G = _t(r"""
Let the original price be $100$. After a $20\%$ increase it is $120$. A $25\%$ decrease removes $0.25 \cdot 120 =
30$, leaving $90$.

So the final price is $90\%$ of the original. My first instinct was $25 - 20 = 5\%$, but the two percents apply to
different bases. Wait, let me recheck with multipliers: $1.2 \cdot 0.75 = 0.9$.

The overall change is a decrease of $100 - 90 = 10$ out of $100$, a $10\%$ decrease.
""")
_M8_B = _t(r"""
Multipliers: $1.2 \cdot 0.75 = 0.9$, so the price drops by $10\%$.

Hmm, the question asks by what percent it has "decreased", and the final price is $0.9$ of the original, that is
$90\%$. I'll give $90\%$.
""")
_M8_E = _t(r"""
The price goes up by $20\%$ and down by $25\%$, and the net effect is $25 - 20 = 5$ percentage points down.
""")
_add(
    "percent",
    "10",
    [
        (C, _bold(_M8_G, r"10\%")),
        (C, _qwq(_M8_G, r"10\%")),
        (C, _minerva(_M8_G, "10")),
        (
            C,
            _two(
                _M8_E,
                r"5\%",
                r"""The $25\%$ applies to the raised price: $1.2 \cdot 0.75 = 0.9$, so the net change is a $10\%$
                drop.""",
                r"10\%",
            ),
        ),
        (H, _claude(_M8_B, r"90\%")),
        (H, _small(_M8_B, r"90\%")),
        (P, _o1(_M8_E, r"5\%")),
        (T, _half(_M8_G, 1, r"So the final price is a fraction of the original equal to")),
    ],
)

# Q: Today is Tuesday. What day of the week will it be $100$ days from today?
_M9_G = _t(r"""
Days of the week repeat every $7$ days, so we need $100 \bmod 7$. $7 \cdot 14 = 98$, so $100 = 98 + 2$ and the
remainder is $2$.

After $98$ days it is Tuesday again. Two more days: Wednesday, then Thursday.

Wait, let me recheck the off-by-one: $1$ day from Tuesday is Wednesday, so $2$ days from Tuesday is Thursday, and
$100$ days has the same effect as $2$. Thursday.
""")
_M9_B = _t(r"""
$100 = 7 \cdot 14 + 2$, so we move $2$ days forward from Tuesday: Thursday.

Hmm, but today counts as the first day, so $100$ days from today lands on day $100$ of the count, which is $99$
days ahead: $99 = 7 \cdot 14 + 1$, one day after Tuesday, Wednesday.
""")
_M9_E = _t(r"""
$100 \div 7 = 14$ remainder $5$. Counting five days forward from Tuesday lands on Sunday.
""")
_add(
    "text",
    r"\text{Thursday}",
    [
        (C, _prose(_M9_G, "Thursday")),
        (C, _gem(_M9_G, r"\text{Thursday}")),
        (C, _claude(_M9_G, "Thursday")),
        (
            C,
            _two(
                _M9_E,
                r"\text{Sunday}",
                r"""$7 \cdot 14 = 98$, so the remainder of $100$ is $2$, not $5$: two days after Tuesday.""",
                r"\text{Thursday}",
            ),
        ),
        (H, _r1(_M9_B, r"\text{Wednesday}")),
        (H, _bold(_M9_B, "Wednesday")),
        (P, _head(_M9_E, r"\text{Sunday}")),
    ],
)

# Q: If $f(x) = \dfrac{2x + 3}{x - 1}$, find $f^{-1}(x)$.
_M10_G = _t(r"""
Set $y = \frac{2x + 3}{x - 1}$ and solve for $x$: $y(x - 1) = 2x + 3$, so $xy - y = 2x + 3$ and $xy - 2x = y + 3$.

Then $x(y - 2) = y + 3$, giving $x = \frac{y + 3}{y - 2}$. Swapping the roles of the variables,
$f^{-1}(x) = \frac{x + 3}{x - 2}$.

Wait, let me recheck with a value: $f(2) = \frac{7}{1} = 7$, and $f^{-1}(7) = \frac{10}{5} = 2$. Good.
""")
_M10_B = _t(r"""
Solving $y = \frac{2x+3}{x-1}$ for $x$ gives $x = \frac{y+3}{y-2}$, so $f^{-1}(x) = \frac{x+3}{x-2}$.

Hmm, but the inverse of a fraction should flip it; I think $f^{-1}$ means $1/f$, which is $\frac{x - 1}{2x + 3}$.
""")
_M10_E = _t(r"""
$y(x - 1) = 2x + 3$ gives $xy - 2x = 3 - y$, so $x = \frac{3 - y}{y - 2}$, and $f^{-1}(x) = \frac{3 - x}{x - 2}$.
""")
_add(
    "expression",
    r"\frac{x+3}{x-2}",
    [
        (C, _minerva(_M10_G, r"\frac{x+3}{x-2}")),
        (C, _head(_M10_G, r"f^{-1}(x) = \frac{x+3}{x-2}")),
        (C, _o1(_M10_G, r"\dfrac{3 + x}{x - 2}")),
        (
            C,
            _two(
                _M10_E,
                r"\frac{3-x}{x-2}",
                r"""Moving $-y$ across gives $+y$: $xy - 2x = y + 3$. Check at $x = 2$: $f(2) = 7$ and the inverse
                must send $7$ back to $2$, which $\frac{x + 3}{x - 2}$ does.""",
                r"\frac{x+3}{x-2}",
            ),
        ),
        (H, _gem(_M10_B, r"\frac{x-1}{2x+3}")),
        (
            H,
            _two(
                _M10_G,
                r"\frac{x+3}{x-2}",
                r"""The inverse of $f$ is its reciprocal, $\frac{x-1}{2x+3}$.""",
                r"\frac{x-1}{2x+3}",
            ),
        ),
        (P, _claude(_M10_E, r"\frac{3-x}{x-2}")),
        (T, _half(_M10_G, 1, r"Then $x(y - 2) = y + 3$, and dividing both sides by")),
    ],
)

# Q: Simplify $(2 + 3i)(1 - 2i)$.
_M11_G = _t(r"""
Expand: $(2 + 3i)(1 - 2i) = 2 - 4i + 3i - 6i^2$.

With $i^2 = -1$: $-6i^2 = 6$, so the real part is $2 + 6 = 8$, and the imaginary part is $-4i + 3i = -i$.

Wait, let me recheck with the modulus: $|2 + 3i|^2 |1 - 2i|^2 = 13 \cdot 5 = 65$, and $8^2 + 1^2 = 65$. Consistent,
so the product is $8 - i$.
""")
_M11_B = _t(r"""
$2 - 4i + 3i - 6i^2$. With $i^2 = -1$ this is $8 - i$.

Hmm, hold on: the term is $-6i^2$ and I replaced $i^2$ by $-1$, giving $-6 \cdot (-1)$... but the minus in front is
already accounted for by the $-1$, so it's $-6$. Then the real part is $2 - 6 = -4$, and the product is $-4 - i$.
""")
_M11_E = _t(r"""
$(2 + 3i)(1 - 2i) = 2 + 4i - 3i + 6 = 8 + i$ (the $-2i$ times $3i$ gives $+6$).
""")
_add(
    "complex",
    "8-i",
    [
        (C, _small(_M11_G, "8-i")),
        (C, _claude(_M11_G, "8 - i")),
        (C, _r1(_M11_G, "-i + 8")),
        (
            C,
            _two(
                _M11_E,
                "8+i",
                r"""The cross terms are $2 \cdot (-2i) = -4i$ and $3i \cdot 1 = 3i$, summing to $-i$.""",
                "8-i",
            ),
        ),
        (H, _qwq(_M11_B, "-4-i")),
        (
            H,
            _two(
                _M11_G,
                "8-i",
                r"""$-6i^2$: the minus sign and $i^2 = -1$ should not both flip the sign, so that term is $-6$,
                and the real part is $-4$.""",
                "-4-i",
            ),
        ),
        (P, _bold(_M11_E, "8+i")),
        (T, _half(_M11_G, 1, r"With $i^2 = -1$: $-6i^2 = 6$, so the real part is")),
    ],
)

# Q: Find the sum of the infinite geometric series $3 - 1 + \frac13 - \frac19 + \cdots$.
_M12_G = _t(r"""
The first term is $a = 3$ and the common ratio is $r = \frac{-1}{3} = -\frac13$. Since $|r| < 1$, the series
converges.

Sum $= \frac{a}{1 - r} = \frac{3}{1 + \frac13} = \frac{3}{\frac43} = \frac{9}{4}$.

Wait, let me recheck with partial sums: $3, 2, 2.333, 2.222, 2.259, \dots$, oscillating around $2.25$. So the sum is
$\frac94$.
""")
_M12_B = _t(r"""
$a = 3$, $r = -\frac13$, sum $\frac{3}{1 + 1/3} = \frac94$.

Hmm, but the formula is $\frac{a}{1 - r}$ and $r$ is the size of the ratio, $\frac13$; the alternating signs are
part of the terms. So the sum is $\frac{3}{1 - 1/3} = \frac92$.
""")
_M12_E = _t(r"""
The ratio is the first term over the second: $\frac{3}{-1} = -3$. Then $\frac{a}{1 - r} = \frac{3}{1 + 3} =
\frac34$.
""")
_add(
    "fraction",
    r"\frac{9}{4}",
    [
        (C, _gem(_M12_G, r"\frac{9}{4}")),
        (C, _o1(_M12_G, "2.25")),
        (C, _minerva(_M12_G, r"\dfrac94")),
        (
            C,
            _two(
                _M12_E,
                r"\frac{3}{4}",
                r"""The ratio is second over first, $-\frac13$, and with $r = -3$ the series would diverge anyway.
                $\frac{3}{1 + 1/3}$.""",
                r"\frac{9}{4}",
            ),
        ),
        (H, _head(_M12_B, r"\frac{9}{2}")),
        (H, _claude(_M12_B, r"\frac{9}{2}")),
        (P, _r1(_M12_E, r"\frac{3}{4}")),
        (T, _half(_M12_G, 1, r"Sum $= \frac{a}{1 - r} = \frac{3}{1 + \frac13}$, and $1 + \frac13 =")),
    ],
)

# Q: Express $2026_{10}$ in base $7$.
_M13_G = _t(r"""
Powers of $7$: $7^3 = 343$, $7^4 = 2401 > 2026$, so there are four base-7 digits.

$2026 = 5 \cdot 343 + 311$ (since $5 \cdot 343 = 1715$). $311 = 6 \cdot 49 + 17$ ($6 \cdot 49 = 294$). $17 = 2 \cdot
7 + 3$. So the digits are $5, 6, 2, 3$.

Wait, let me recheck by expanding: $5 \cdot 343 + 6 \cdot 49 + 2 \cdot 7 + 3 = 1715 + 294 + 14 + 3 = 2026$. So
$2026_{10} = 5623_7$.
""")
_M13_B = _t(r"""
Repeated division by $7$: $2026 = 7 \cdot 289 + 3$, $289 = 7 \cdot 41 + 2$, $41 = 7 \cdot 5 + 6$, $5 = 7 \cdot 0 +
5$. Remainders in order: $3, 2, 6, 5$.

Reading them bottom to top gives $5623_7$; but I computed them top to bottom, and the first remainder came first,
so I'll write them in that order: $3265_7$.
""")
_M13_E = _t(r"""
$2026 - 5 \cdot 343 = 321$. $321 = 6 \cdot 49 + 27$. $27 = 3 \cdot 7 + 6$. Digits: $5, 6, 3, 6$.
""")
_add(
    "base_n",
    "5623_7",
    [
        (C, _qwq(_M13_G, "5623_7")),
        (C, _claude(_M13_G, "5623_{7}")),
        (C, _gem(_M13_G, "(5623)_7")),
        (
            C,
            _two(
                _M13_E,
                "5636_7",
                r"""$2026 - 1715 = 311$, not $321$. Then $311 = 6 \cdot 49 + 17$ and $17 = 2 \cdot 7 + 3$.""",
                "5623_7",
            ),
        ),
        (H, _minerva(_M13_B, "3265_7")),
        (
            H,
            _two(
                _M13_G,
                "5623_7",
                r"""The first remainder I get is the first digit, so the remainders should be read in the order
                they are produced.""",
                "3265_7",
            ),
        ),
        (P, _o1(_M13_E, "5636_7")),
        (T, _half(_M13_G, 1, r"$2026 = 5 \cdot 343 + 311$. Next, $311$ divided by $49$ is")),
    ],
)

# Q: Rationalize the denominator of $\dfrac{6}{\sqrt5 - \sqrt2}$ and simplify.
_M14_G = _t(r"""
Multiply top and bottom by the conjugate $\sqrt5 + \sqrt2$: the denominator becomes $5 - 2 = 3$.

So $\frac{6(\sqrt5 + \sqrt2)}{3} = 2(\sqrt5 + \sqrt2) = 2\sqrt5 + 2\sqrt2$.

Wait, let me recheck numerically: $\sqrt5 - \sqrt2 \approx 2.2361 - 1.4142 = 0.8219$, and $6 / 0.8219 \approx 7.300$;
$2(2.2361 + 1.4142) = 7.3006$. Good.
""")
_M14_B = _t(r"""
Multiply by $\frac{\sqrt5 + \sqrt2}{\sqrt5 + \sqrt2}$: $\frac{6(\sqrt5 + \sqrt2)}{3} = 2\sqrt{5}+2\sqrt{2}$.

Hmm, the conjugate should reverse the sign in the denominator's expression, and when it comes to the numerator the
sign stays as in the original denominator: $2\sqrt5 - 2\sqrt2$.
""")
_M14_E = _t(r"""
Multiply by the conjugate: the denominator is $5 + 2 = 7$, so the result is $\frac{6\sqrt5 + 6\sqrt2}{7}$.
""")
_add(
    "radical",
    r"2\sqrt{5}+2\sqrt{2}",
    [
        (C, _r1(_M14_G, r"2\sqrt{5}+2\sqrt{2}")),
        (C, _bold(_M14_G, r"2\sqrt2 + 2\sqrt5")),
        (C, _small(_M14_G, r"2(\sqrt{5}+\sqrt{2})")),
        (
            C,
            _two(
                _M14_E,
                r"\frac{6\sqrt5+6\sqrt2}{7}",
                r"""$(\sqrt5 - \sqrt2)(\sqrt5 + \sqrt2) = 5 - 2 = 3$, a difference of squares, so the result is
                $\frac{6(\sqrt5+\sqrt2)}{3}$.""",
                r"2\sqrt{5}+2\sqrt{2}",
            ),
        ),
        (H, _gem(_M14_B, r"2\sqrt{5}-2\sqrt{2}")),
        (H, _o1(_M14_B, r"2\sqrt5 - 2\sqrt2")),
        (P, _minerva(_M14_E, r"\frac{6\sqrt5+6\sqrt2}{7}")),
        (T, _half(_M14_G, 1, r"So the fraction becomes $\frac{6(\sqrt5 + \sqrt2)}{3}$, and dividing")),
    ],
)

# Q: Find all real solutions of $x^3 - 2x^2 - 5x + 6 = 0$. Enter them separated by commas.
_M15_G = _t(r"""
Try rational roots $\pm1, \pm2, \pm3, \pm6$. $x = 1$: $1 - 2 - 5 + 6 = 0$. So $x - 1$ is a factor.

Divide: $x^3 - 2x^2 - 5x + 6 = (x - 1)(x^2 - x - 6)$, and $x^2 - x - 6 = (x - 3)(x + 2)$. I first wrote
$(x + 3)(x - 2)$, but that has middle coefficient $+1$; wait, let me recheck: $(x-3)(x+2) = x^2 - x - 6$. Right.

So the roots are $1$, $3$ and $-2$. Check $x = -2$: $-8 - 8 + 10 + 6 = 0$. Check $x = 3$: $27 - 18 - 15 + 6 = 0$.
The sum $1 + 3 - 2 = 2$ matches Vieta.
""")
_M15_B = _t(r"""
$x = 1$ is a root, and the quotient $x^2 - x - 6$ gives $x = 3$ and $x = -2$, so the candidates are $-2, 1, 3$.

Let me check each in the original. $x = 1$: $0$. $x = 3$: $27 - 18 - 15 + 6 = 0$. $x = -2$: $-8 - 8 - 10 + 6 = -20$,
not zero. So $-2$ is extraneous, and the real solutions are just $1$ and $3$.
""")
_M15_E = _t(r"""
$x = 1$ is a root; dividing gives $x^2 - x - 6$, which I factor as $(x + 3)(x - 2)$. So the roots are $1$, $-3$ and
$2$.
""")
_add(
    "roots",
    "-2, 1, 3",
    [
        (C, _claude(_M15_G, "-2, 1, 3")),
        (C, _gem(_M15_G, "1, -2, 3")),
        (C, _head(_M15_G, "x = -2, 1, 3")),
        (
            C,
            _two(
                _M15_E,
                "1, -3, 2",
                r"""$(x+3)(x-2) = x^2 + x - 6$, the wrong middle sign. $x^2 - x - 6 = (x-3)(x+2)$, so the roots
                are $1$, $3$, $-2$.""",
                "-2, 1, 3",
            ),
        ),
        (H, _r1(_M15_B, "1, 3")),
        (
            H,
            _two(
                _M15_G,
                "-2, 1, 3",
                r"""Substituting $x = -2$ again, $-8 - 8 - 10 + 6 \ne 0$, so it drops out.""",
                "1, 3",
            ),
        ),
        (P, _qwq(_M15_E, "1, -3, 2")),
        (T, _half(_M15_G, 1, r"Divide: $x^3 - 2x^2 - 5x + 6 = (x - 1)(x^2 - x - 6)$, and the quadratic factors as")),
    ],
)

# Q: Find the equation of the line through $(2, 5)$ perpendicular to $y = 3x - 1$. Write it in slope-intercept
# form.
_M16_G = _t(r"""
The given line has slope $3$, so a perpendicular line has slope $-\frac13$ (the negative reciprocal).

Point-slope form: $y - 5 = -\frac13 (x - 2)$, so $y = -\frac13 x + \frac23 + 5 = -\frac13 x + \frac{17}{3}$.

Wait, let me recheck the constant: $-\frac13 \cdot (-2) = +\frac23$, and $\frac23 + 5 = \frac{17}{3}$. Check the
point: $-\frac23 + \frac{17}{3} = \frac{15}{3} = 5$. Good.
""")
_M16_B = _t(r"""
Slope $-\frac13$, through $(2, 5)$: $y = -\frac13 x + \frac{17}{3}$.

Hmm, let me double-check the perpendicular slope. Perpendicular lines have slopes whose product is... I recall the
reciprocal, $\frac13$. Redoing it: $y - 5 = \frac13(x - 2)$, $y = \frac13 x + \frac{13}{3}$.
""")
_M16_E = _t(r"""
Slope $-\frac13$. Then $y - 5 = -\frac13(x - 2)$ gives $y = -\frac13 x - \frac23 + 5 = -\frac13 x + \frac{13}{3}$.
""")
_add(
    "expression",
    r"y = -\frac{1}{3}x + \frac{17}{3}",
    [
        (C, _o1(_M16_G, r"y = -\frac{1}{3}x + \frac{17}{3}")),
        (C, _minerva(_M16_G, r"y=-\frac{x}{3}+\frac{17}{3}")),
        (C, _remark(_M16_G, r"y = -\tfrac{1}{3}x + \tfrac{17}{3}")),
        (
            C,
            _two(
                _M16_E,
                r"y = -\frac{1}{3}x + \frac{13}{3}",
                r"""$-\frac13 \cdot (-2) = +\frac23$, so the constant is $5 + \frac23$; check: the line must pass
                through $(2, 5)$.""",
                r"y = -\frac{1}{3}x + \frac{17}{3}",
            ),
        ),
        (H, _claude(_M16_B, r"y = \frac{1}{3}x + \frac{13}{3}")),
        (H, _small(_M16_B, r"y=\frac13x+\frac{13}{3}")),
        (P, _gem(_M16_E, r"y = -\frac{1}{3}x + \frac{13}{3}")),
    ],
)

# Q: A fair die is rolled three times. What is the probability of rolling at least one $6$? Express your answer as
# a common fraction.
_M17_G = _t(r"""
Complement: the probability of no $6$ in three rolls is $\left(\frac56\right)^3 = \frac{125}{216}$.

So the probability of at least one $6$ is $1 - \frac{125}{216} = \frac{91}{216}$.

Wait, let me recheck by cases: exactly one six $3 \cdot \frac{25}{216} = \frac{75}{216}$, exactly two $3 \cdot
\frac{5}{216} = \frac{15}{216}$, three sixes $\frac{1}{216}$; total $\frac{91}{216}$. And $91 = 7 \cdot 13$ shares no
factor with $216$, so the fraction is in lowest terms.
""")
_M17_B = _t(r"""
$1 - \left(\frac56\right)^3 = 1 - \frac{125}{216} = \frac{91}{216}$.

Hmm, but "rolling at least one 6" in a question like this usually targets the single-success case, so let me
compute exactly one six: $3 \cdot \frac16 \cdot \frac{25}{36} = \frac{75}{216} = \frac{25}{72}$.
""")
_M17_E = _t(r"""
Each roll gives a $6$ with probability $\frac16$; over three rolls that adds up to $\frac36 = \frac12$.
""")
_add(
    "fraction",
    r"\frac{91}{216}",
    [
        (C, _head(_M17_G, r"\frac{91}{216}")),
        (C, _qwq(_M17_G, r"\dfrac{91}{216}")),
        (C, _prose(_M17_G, "91/216")),
        (
            C,
            _two(
                _M17_E,
                r"\frac{1}{2}",
                r"""Adding probabilities double counts rolls with two or three sixes. Use the complement:
                $1 - (5/6)^3$.""",
                r"\frac{91}{216}",
            ),
        ),
        (H, _gem(_M17_B, r"\frac{25}{72}")),
        (
            H,
            _two(
                _M17_G,
                r"\frac{91}{216}",
                r"""The question is about getting one six, so the relevant case is exactly one:
                $\frac{75}{216}$.""",
                r"\frac{25}{72}",
            ),
        ),
        (P, _claude(_M17_E, r"\frac{1}{2}")),
        (T, _half(_M17_G, 1, r"So the probability of at least one $6$ is $1 - \frac{125}{216}$, which")),
    ],
)

# Q: Find the remainder when $x^5 - 3x^3 + 2x^2 - 7$ is divided by $x^2 - 1$.
_M18_G = _t(r"""
The remainder has degree less than $2$: write it as $ax + b$. Then $p(1) = a + b$ and $p(-1) = -a + b$.

$p(1) = 1 - 3 + 2 - 7 = -7$. $p(-1) = -1 + 3 + 2 - 7 = -3$.

So $a + b = -7$ and $-a + b = -3$. Adding: $2b = -10$, $b = -5$; then $a = -2$. Wait, let me recheck $p(-1)$:
$(-1)^5 = -1$, $-3(-1)^3 = 3$, $2(-1)^2 = 2$, $-7$; total $-3$. So the remainder is $-2x - 5$.
""")
_M18_B = _t(r"""
Remainder $ax + b$ with $a + b = p(1) = -7$ and $-a + b = p(-1) = -3$, giving $b = -5$, $a = -2$: $-2x - 5$.

Hmm, subtracting the equations: $(a + b) - (-a + b) = 2a = -7 - (-3) = -4$... that is $a = -2$. But with the
convention $p(-1) = a - b$... let me redo with $a = 2$: $2 + b = -7$ gives $b = -9$? That doesn't fit the second.
I'll go with $a = 2$, $b = -5$, since the sign of $a$ is the part I trust less: $2x - 5$.
""")
_M18_E = _t(r"""
By the remainder theorem, the remainder on dividing by $x - 1$ is $p(1) = 1 - 3 + 2 - 7 = -7$. Since $x - 1$ is a
factor of $x^2 - 1$, the remainder is $-7$.
""")
_add(
    "expression",
    "-2x-5",
    [
        (C, _bold(_M18_G, "-2x - 5")),
        (C, _r1(_M18_G, "-2x-5")),
        (C, _o1(_M18_G, "-(2x+5)")),
        (
            C,
            _two(
                _M18_E,
                "-7",
                r"""Dividing by a quadratic leaves a linear remainder $ax + b$; $p(1) = -7$ and $p(-1) = -3$ give
                $a = -2$, $b = -5$.""",
                "-2x-5",
            ),
        ),
        (H, _minerva(_M18_B, "2x-5")),
        (H, _head(_M18_B, "2x - 5")),
        (P, _gem(_M18_E, "-7")),
        (T, _half(_M18_G, 2, r"So $a + b = -7$ and $-a + b = -3$. Adding the two equations gives")),
    ],
)

# Q: A triangle with side lengths $6$, $8$ and $10$ is inscribed in a circle. What is the area of the circle?
# Express your answer in terms of $\pi$.
_M19_G = _t(r"""
$6^2 + 8^2 = 36 + 64 = 100 = 10^2$, so the triangle is right-angled, with hypotenuse $10$.

A right triangle's hypotenuse is a diameter of its circumcircle (Thales), so the radius is $5$.

The area is $\pi r^2 = 25\pi$. Wait, let me recheck with $R = \frac{abc}{4K}$: $K = \frac12 \cdot 6 \cdot 8 = 24$,
$R = \frac{480}{96} = 5$. Same radius, so the area is $25\pi$.
""")
_M19_B = _t(r"""
Right triangle, hypotenuse $10$, circumradius $5$, area $25\pi$.

Hmm, wait: the circumradius is the distance from the center to a vertex, and the farthest vertices are $10$ apart,
so I think the radius should be the hypotenuse itself, $10$. Then the area is $100\pi$.
""")
_M19_E = _t(r"""
The radius is $r = \frac{a + b - c}{2} = \frac{6 + 8 - 10}{2} = 2$, so the area is $\pi \cdot 2^2 = 4\pi$.
""")
_add(
    "pi",
    r"25\pi",
    [
        (C, _gem(_M19_G, r"25\pi")),
        (C, _small(_M19_G, r"25 \pi")),
        (C, _claude(_M19_G, r"25\pi")),
        (
            C,
            _two(
                _M19_E,
                r"4\pi",
                r"""$\frac{a + b - c}{2}$ is the inradius; the circle through the vertices has the hypotenuse as
                a diameter, radius $5$.""",
                r"25\pi",
            ),
        ),
        (H, _o1(_M19_B, r"100\pi")),
        (
            H,
            _two(
                _M19_G,
                r"25\pi",
                r"""The radius should be the hypotenuse, since the farthest vertices are that far apart.""",
                r"100\pi",
            ),
        ),
        (P, _minerva(_M19_E, r"4\pi")),
    ],
)

# Q: Solve $\log_2 x + \log_2 (x - 6) = 4$.
_M20_G = _t(r"""
Combine: $\log_2 (x(x - 6)) = 4$, so $x^2 - 6x = 16$ and $x^2 - 6x - 16 = 0$, that is $(x - 8)(x + 2) = 0$.

The candidates are $x = 8$ and $x = -2$. The logarithms need $x > 0$ and $x - 6 > 0$, so $x > 6$; $x = -2$ is
extraneous.

Wait, let me recheck $x = 8$: $\log_2 8 + \log_2 2 = 3 + 1 = 4$. So the only solution is $x = 8$.
""")
_M20_B = _t(r"""
$x(x - 6) = 16$ gives $x^2 - 6x - 16 = 0$, so $x = 8$ or $x = -2$.

Both satisfy the quadratic, and the quadratic is equivalent to the log equation after combining, so both are
solutions: $x = 8$ and $x = -2$.
""")
_M20_E = _t(r"""
$\log_2 x + \log_2 (x - 6) = \log_2(x^2 - 6x) = 4$, so $x^2 - 6x = 4$, $x^2 - 6x - 4 = 0$, and $x = 3 \pm \sqrt{13}$.
Only the positive one with $x > 6$ works: $x = 3 + \sqrt{13}$.
""")
_add(
    "roots",
    "8",
    [
        (C, _claude(_M20_G, "x = 8")),
        (C, _gsm(_M20_G, "8")),
        (C, _r1(_M20_G, "x=8")),
        (
            C,
            _two(
                _M20_E,
                r"3+\sqrt{13}",
                r"""$\log_2 y = 4$ means $y = 2^4 = 16$, not $4$. So $x^2 - 6x - 16 = 0$, roots $8$ and $-2$, and
                only $8$ is in the domain.""",
                "8",
            ),
        ),
        (H, _qwq(_M20_B, "x = 8 \\text{ or } x = -2")),
        (
            H,
            _two(
                _M20_G,
                "8",
                r"""Both roots satisfy $x^2 - 6x - 16 = 0$, so both should be listed.""",
                "-2, 8",
            ),
        ),
        (P, _bold(_M20_E, r"3+\sqrt{13}")),
        (T, _half(_M20_G, 1, r"The candidates are $x = 8$ and $x = -2$, and for the logarithms to be defined we")),
    ],
)

# Q: After a $20\%$ discount, a jacket costs $\$24$. What was its original price, in dollars?
_M21_G = _t(r"""
A $20\%$ discount means the sale price is $80\%$ of the original: $0.8p = 24$.

So $p = 24 / 0.8 = 30$. My first thought was to add $20\%$ of $24$ back, getting $28.80$, but the discount was
$20\%$ of the original price, not of the sale price. Wait, let me recheck: $20\%$ of $30$ is $6$, and $30 - 6 =
24$. Correct.
""")
_M21_B = _t(r"""
$0.8p = 24$ gives $p = 30$.

Hmm, alternatively, to undo a $20\%$ discount you add $20\%$ back: $24 + 0.2 \cdot 24 = 28.80$. That seems the more
direct reading, so the original price is $\$28.80$.
""")
_M21_E = _t(r"""
The original price is the sale price less the discount: $24 - 0.2 \cdot 24 = 24 - 4.80 = 19.20$.
""")
_add(
    "dollars",
    r"\$30",
    [
        (C, _minerva(_M21_G, r"\$30")),
        (C, _o1(_M21_G, "30")),
        (C, _head(_M21_G, r"\$30.00")),
        (
            C,
            _two(
                _M21_E,
                r"\$19.20",
                r"""A discount makes the price smaller, so the original is larger than $24$: $0.8p = 24$, and
                $p = 24 / 0.8$.""",
                r"\$30",
            ),
        ),
        (H, _gem(_M21_B, r"\$28.80")),
        (H, _remark(_M21_B, r"\$28.80")),
        (P, _small(_M21_E, r"\$19.20")),
        (T, _half(_M21_G, 1, r"So $p = 24 / 0.8$, and dividing by $0.8$ is the same as multiplying by")),
    ],
)


# ---------------------------------------------------------------- olympiad / Omni-MATH style

# Q: Find a closed form for $S_n = \sum_{k=1}^{n} k \cdot k!$.
_O1_G = _t(r"""
Small cases first: $S_1 = 1$, $S_2 = 1 + 4 = 5$, $S_3 = 5 + 18 = 23$, $S_4 = 23 + 96 = 119$. These are $2 - 1$,
$6 - 1$, $24 - 1$, $120 - 1$, which suggests $S_n = (n+1)! - 1$.

Proof: $k \cdot k! = (k + 1 - 1) k! = (k+1)! - k!$. So the sum telescopes:
$S_n = \sum_{k=1}^n \left[(k+1)! - k!\right] = (n+1)! - 1!$.

Wait, let me recheck the lower end: the first term is $2! - 1!$ and the last is $(n+1)! - n!$; everything in between
cancels, leaving $(n+1)! - 1$. This matches all four small cases.
""")
_O1_B = _t(r"""
Telescoping $k \cdot k! = (k+1)! - k!$ gives $S_n = (n+1)! - 1$.

Let me test it. $n = 2$: $1 \cdot 1! + 2 \cdot 2! = 1 + 2 = 3$, but $(n+1)! - 1 = 5$. That doesn't match, so the
telescoping must lose something. Try $(n+1)! - n - 1$: for $n = 2$ it gives $6 - 3 = 3$, and for $n = 1$,
$2 - 2 = 0$... hmm, $S_1 = 1$. Close enough given the check at $n = 2$; I'll take $(n+1)! - n - 1$.
""")
_O1_E = _t(r"""
Each term is $k \cdot k! = (k+1)! - k!$, and in a telescoping sum only the top term survives, so
$S_n = (n+1)!$.
""")
_add(
    "closed_form",
    "(n+1)!-1",
    [
        (C, _r1(_O1_G, "(n+1)! - 1")),
        (C, _claude(_O1_G, "(n+1)!-1")),
        (C, _gem(_O1_G, r"\left(n+1\right)! - 1")),
        (
            C,
            _two(
                _O1_E,
                "(n+1)!",
                r"""The bottom term survives too: the sum is $(n+1)! - 1!$. Check $n = 1$: $1 \cdot 1! = 1 =
                2! - 1$.""",
                "(n+1)!-1",
            ),
        ),
        (H, _qwq(_O1_B, "(n+1)!-n-1")),
        (
            H,
            _two(
                _O1_G,
                "(n+1)!-1",
                r"""At $n = 2$ the sum is $1 + 2 = 3$, which the formula misses; $(n+1)! - n - 1$ fits it.""",
                "(n+1)! - n - 1",
            ),
        ),
        (P, _minerva(_O1_E, "(n+1)!")),
        (T, _half(_O1_G, 1, r"Proof: $k \cdot k! = (k + 1 - 1) k! = (k+1)! - k!$. So the sum telescopes to")),
    ],
)

# Q: Into how many regions do $n$ lines in general position (no two parallel, no three concurrent) divide the
# plane?
_O2_G = _t(r"""
Let $R_n$ be the number of regions. $R_0 = 1$, $R_1 = 2$, $R_2 = 4$, $R_3 = 7$.

Adding the $n$-th line: it meets the previous $n - 1$ lines in $n - 1$ distinct points, which cut it into $n$
pieces, and each piece splits one region in two. So $R_n = R_{n-1} + n$.

Hence $R_n = 1 + (1 + 2 + \dots + n) = 1 + \frac{n(n+1)}{2} = \frac{n^2 + n + 2}{2}$. Wait, let me recheck $n = 3$:
$\frac{9 + 3 + 2}{2} = 7$. Yes, and $n = 4$ gives $11$, matching $7 + 4$.
""")
_O2_B = _t(r"""
$R_n = R_{n-1} + n$, so $R_n = R_0 + \frac{n(n+1)}{2}$, and with $R_0 = 1$ that is $\frac{n^2+n+2}{2}$.

Hmm, but with no lines there are no regions cut out, so I'd say $R_0 = 0$. Then $R_n = \frac{n(n+1)}{2}$; for $n = 1$
that is $1$... a single line has two sides, but they form one cut. I'll go with $\frac{n(n+1)}{2}$.
""")
_O2_E = _t(r"""
$R_1 = 2$, $R_2 = 4$: each line doubles the regions, so $R_n = 2^n$.
""")
_add(
    "closed_form",
    r"\frac{n^2+n+2}{2}",
    [
        (C, _o1(_O2_G, r"\frac{n^2+n+2}{2}")),
        (C, _head(_O2_G, r"1 + \frac{n(n+1)}{2}")),
        (C, _small(_O2_G, r"\binom{n+1}{2} + 1")),
        (
            C,
            _two(
                _O2_E,
                "2^n",
                r"""Three lines give $7$ regions, not $8$: the third line crosses two lines and adds only $3$
                regions. In general $R_n = R_{n-1} + n$, so $R_n = 1 + \frac{n(n+1)}{2}$.""",
                r"\frac{n^2+n+2}{2}",
            ),
        ),
        (H, _claude(_O2_B, r"\frac{n(n+1)}{2}")),
        (
            H,
            _two(
                _O2_G,
                r"\frac{n^2+n+2}{2}",
                r"""The count should start from $R_0 = 0$, since no lines cut out no regions; that removes the
                $+1$.""",
                r"\frac{n(n+1)}{2}",
            ),
        ),
        (P, _gem(_O2_E, "2^n")),
        (T, _half(_O2_G, 2, r"Hence $R_n = 1 + (1 + 2 + \dots + n)$, and the triangular number here is")),
    ],
)

# Q: Find all integers $n$ such that $n^2 + 2$ divides $n^3 + 10$.
_O3_G = _t(r"""
Reduce: $n^3 + 10 = n(n^2 + 2) - 2n + 10$, so $n^2 + 2 \mid n^3 + 10$ iff $n^2 + 2 \mid 2n - 10$.

If $2n - 10 = 0$, i.e. $n = 5$, it works ($27 \mid 135$). Otherwise $|2n - 10| \ge n^2 + 2$. For $n > 5$ that
would need $n^2 + 2 \le 2n - 10$, impossible. For $n < 5$ we need $n^2 + 2 \le 10 - 2n$, i.e. $(n + 4)(n - 2) \le
0$, so $-4 \le n \le 2$.

Check each: $n = -4$: $18 \mid -18$, yes. $n = -3$: $11 \mid -16$, no. $n = -2$: $6 \mid -14$, no. $n = -1$:
$3 \mid -12$, yes. $n = 0$: $2 \mid -10$, yes. $n = 1$: $3 \mid -8$, no. $n = 2$: $6 \mid -6$, yes.

Wait, let me recheck $n = -4$ directly: $n^3 + 10 = -54$ and $n^2 + 2 = 18$, quotient $-3$. Good. So the integers
are $-4, -1, 0, 2, 5$.
""")
_O3_B = _t(r"""
From $n^2 + 2 \mid 2n - 10$: $n = 5$, or $-4 \le n \le 2$. Checking the range gives $n \in \{-4, -1, 0, 2\}$, so
together with $5$ the set is $\{-4, -1, 0, 2, 5\}$.

Hmm, for $n = 0$ the divisibility is $2 \mid 10$, which is fine, but the reduction divided through by $n$ when I
wrote $n(n^2+2)$... for $n = 0$ that step is degenerate. To be safe I'll exclude it: $\{-4, -1, 2, 5\}$.
""")
_O3_E = _t(r"""
We need $n^2 + 2 \mid 2n - 10$. Since $n^2 + 2 > |2n - 10|$ for large $n$, only small $n$ work. Trying
$n = 1, 2, 3, 4, 5$: $n = 2$ ($6 \mid -6$) and $n = 5$ ($27 \mid 0$). So $n \in \{2, 5\}$.
""")
_add(
    "solution_set",
    r"\{-4,-1,0,2,5\}",
    [
        (C, _claude(_O3_G, r"\{-4, -1, 0, 2, 5\}")),
        (C, _r1(_O3_G, r"n \in \{-4, -1, 0, 2, 5\}")),
        (C, _gem(_O3_G, r"\{5, 2, 0, -1, -4\}")),
        (
            C,
            _two(
                _O3_E,
                r"\{2, 5\}",
                r"""The question asks for all integers, not just positive ones. For $n < 5$ the bound gives
                $-4 \le n \le 2$, and $n = -4, -1, 0$ also work ($18 \mid -18$, $3 \mid -12$, $2 \mid -10$).""",
                r"\{-4,-1,0,2,5\}",
            ),
        ),
        (H, _o1(_O3_B, r"\{-4, -1, 2, 5\}")),
        (
            H,
            _two(
                _O3_G,
                r"\{-4,-1,0,2,5\}",
                r"""The reduction is degenerate at $n = 0$, so that case should not be counted.""",
                r"\{-4,-1,2,5\}",
            ),
        ),
        (P, _bold(_O3_E, r"\{2, 5\}")),
        (T, _half(_O3_G, 2, r"Check each: $n = -4$: $18 \mid -18$, yes. $n = -3$: $11 \mid -16$, no. $n =")),
    ],
)

# Q: How many $k$-element subsets of $\{1, 2, \dots, n\}$ contain no two consecutive integers? (Answer in terms of
# $n$ and $k$.)
_O4_G = _t(r"""
Write a subset as $a_1 < a_2 < \dots < a_k$ with $a_{i+1} - a_i \ge 2$. Set $b_i = a_i - (i - 1)$. Then
$b_{i+1} - b_i = a_{i+1} - a_i - 1 \ge 1$, so $b_1 < \dots < b_k$, and $1 \le b_1$, $b_k = a_k - k + 1 \le n - k + 1$.

This is a bijection with $k$-subsets of $\{1, \dots, n - k + 1\}$, so the count is $\binom{n - k + 1}{k}$.

Wait, let me recheck with $n = 4$, $k = 2$: the subsets are $\{1,3\}, \{1,4\}, \{2,4\}$, three of them, and
$\binom{3}{2} = 3$. And $n = 5$, $k = 2$: $\binom{4}{2} = 6$: $\{1,3\},\{1,4\},\{1,5\},\{2,4\},\{2,5\},\{3,5\}$.
Correct.
""")
_O4_B = _t(r"""
Shifting $b_i = a_i - (i-1)$ maps the subsets to $k$-subsets of $\{1, \dots, n-k+1\}$, giving $\binom{n-k+1}{k}$.

Hmm, but I should double-check the top: $b_k = a_k - (k - 1) \le n - k$... if $a_k \le n$ then $b_k \le n - k + 1$.
Let me think in terms of gaps instead: $k$ chosen items need $k - 1$ separators, leaving $n - k$ free slots,
and choosing positions among those gives $\binom{n-k}{k}$. I'll trust the gap count.
""")
_O4_E = _t(r"""
Choose the first element, then each later element must skip at least one number. That leaves $n - k$ positions
for the remaining $k - 1$ elements, giving $\binom{n-k}{k-1}$.
""")
_add(
    "closed_form",
    r"\binom{n-k+1}{k}",
    [
        (C, _gem(_O4_G, r"\binom{n-k+1}{k}")),
        (C, _minerva(_O4_G, r"\dbinom{n+1-k}{k}")),
        (C, _remark(_O4_G, r"\binom{n - k + 1}{k}")),
        (
            C,
            _two(
                _O4_E,
                r"\binom{n-k}{k-1}",
                r"""Test $n = 4$, $k = 2$: there are $3$ subsets, but $\binom{2}{1} = 2$. Using the shift
                $b_i = a_i - (i-1)$ instead, the subsets correspond to $k$-subsets of an $(n-k+1)$-set.""",
                r"\binom{n-k+1}{k}",
            ),
        ),
        (H, _r1(_O4_B, r"\binom{n-k}{k}")),
        (H, _head(_O4_B, r"\binom{n-k}{k}")),
        (P, _claude(_O4_E, r"\binom{n-k}{k-1}")),
    ],
)

# Q: Evaluate $\displaystyle\sum_{k=1}^{n} \frac{1}{k(k+1)(k+2)}$ in closed form.
_O5_G = _t(r"""
Partial fractions: $\frac{1}{k(k+1)(k+2)} = \frac12\left[\frac{1}{k(k+1)} - \frac{1}{(k+1)(k+2)}\right]$. Check at
$k = 1$: $\frac12\left[\frac12 - \frac16\right] = \frac12 \cdot \frac13 = \frac16$. Right.

Telescoping: $\sum_{k=1}^n = \frac12\left[\frac{1}{2} - \frac{1}{(n+1)(n+2)}\right] = \frac14 -
\frac{1}{2(n+1)(n+2)}$.

Combine over a common denominator: $\frac{(n+1)(n+2) - 2}{4(n+1)(n+2)} = \frac{n^2 + 3n}{4(n+1)(n+2)} =
\frac{n(n+3)}{4(n+1)(n+2)}$. Wait, let me recheck $n = 2$: direct sum $\frac16 + \frac{1}{24} = \frac{5}{24}$;
formula $\frac{2 \cdot 5}{4 \cdot 3 \cdot 4} = \frac{10}{48} = \frac{5}{24}$. Good.
""")
_O5_B = _t(r"""
Telescoping with the factor $\frac12$ gives $\frac{n(n+3)}{4(n+1)(n+2)}$.

Hmm, let me double-check the partial fraction without the $\frac12$: $\frac{1}{k(k+1)} - \frac{1}{(k+1)(k+2)} =
\frac{(k+2) - k}{k(k+1)(k+2)} = \frac{2}{k(k+1)(k+2)}$... so the difference is twice the term, and I think that means
I should multiply by $2$ rather than halve. Then the sum is $\frac{n(n+3)}{(n+1)(n+2)}$ times $\frac12$, i.e.
$\frac{n(n+3)}{2(n+1)(n+2)}$.
""")
_O5_E = _t(r"""
$\frac{1}{k(k+1)(k+2)} = \frac{1}{k(k+1)} - \frac{1}{(k+1)(k+2)}$, which telescopes to $\frac12 -
\frac{1}{(n+1)(n+2)}$. Hmm, that's for the unhalved version; halving the first term only gives
$\frac14 - \frac{1}{(n+1)(n+2)}$.
""")
_add(
    "closed_form",
    r"\frac{n(n+3)}{4(n+1)(n+2)}",
    [
        (C, _claude(_O5_G, r"\frac{n(n+3)}{4(n+1)(n+2)}")),
        (C, _o1(_O5_G, r"\frac{1}{4} - \frac{1}{2(n+1)(n+2)}")),
        (C, _qwq(_O5_G, r"\frac{n^2+3n}{4(n+1)(n+2)}")),
        (
            C,
            _two(
                _O5_E,
                r"\frac{1}{4} - \frac{1}{(n+1)(n+2)}",
                r"""At $n = 1$ that gives $\frac14 - \frac16 = \frac{1}{12}$, but the sum is $\frac16$. The whole
                bracket must be halved: $\frac12\left[\frac12 - \frac{1}{(n+1)(n+2)}\right]$.""",
                r"\frac{n(n+3)}{4(n+1)(n+2)}",
            ),
        ),
        (H, _gem(_O5_B, r"\frac{n(n+3)}{2(n+1)(n+2)}")),
        (
            H,
            _two(
                _O5_G,
                r"\frac{n(n+3)}{4(n+1)(n+2)}",
                r"""Since the difference of the two fractions is twice the term, the factor outside should
                double the telescoped value, not halve it.""",
                r"\frac{n(n+3)}{2(n+1)(n+2)}",
            ),
        ),
        (P, _r1(_O5_E, r"\frac{1}{4} - \frac{1}{(n+1)(n+2)}")),
        (T, _half(_O5_G, 1, r"Telescoping: the sum becomes $\frac12\left[\frac{1}{2} - \frac{1}{(n+1)(n+2)}")),
    ],
)

# Q: Find all positive integers $n$ such that $3$ divides $2^n + 1$.
_O6_G = _t(r"""
Work modulo $3$: $2 \equiv -1$, so $2^n + 1 \equiv (-1)^n + 1$.

If $n$ is odd, $(-1)^n + 1 = 0$, so $3 \mid 2^n + 1$. If $n$ is even, $(-1)^n + 1 = 2 \not\equiv 0$.

Wait, let me recheck with examples: $n = 1$: $3$, yes. $n = 2$: $5$, no. $n = 3$: $9$, yes. $n = 4$: $17$, no.
$n = 5$: $33$, yes. So exactly the odd positive integers work.
""")
_O6_B = _t(r"""
$2^n + 1 \equiv (-1)^n + 1 \pmod 3$, which is $0$ exactly for odd $n$: all odd $n$.

Checking $n = 1$: $2 + 1 = 3$, which is divisible by $3$ but only trivially, since it equals $3$. The interesting
solutions start at $n = 3$ ($9$), $n = 5$ ($33$). So the answer is all odd $n \ge 3$.
""")
_O6_E = _t(r"""
$2 \equiv -1 \pmod 3$, so $2^n + 1 \equiv (-1)^n + 1$. For this to vanish we need $(-1)^n = 1$, so $n$ is even.
""")
_add(
    "solution_set",
    r"\text{all odd } n",
    [
        (C, _prose(_O6_G, "all odd positive integers n")),
        (C, _small(_O6_G, r"n \text{ odd}")),
        (C, _head(_O6_G, r"n = 2k + 1,\ k \ge 0")),
        (
            C,
            _two(
                _O6_E,
                r"n \text{ even}",
                r"""$(-1)^n + 1 = 0$ needs $(-1)^n = -1$, i.e. $n$ odd; e.g. $n = 2$ gives $5$, not divisible
                by $3$.""",
                r"n \text{ odd}",
            ),
        ),
        (H, _claude(_O6_B, r"\text{all odd } n \ge 3")),
        (
            H,
            _two(
                _O6_G,
                r"\text{all odd } n",
                r"""For $n = 1$ the number is $3$ itself, a trivial case, so I'll start from $n = 3$.""",
                r"\text{odd } n \ge 3",
            ),
        ),
        (P, _o1(_O6_E, r"n \text{ even}")),
        (T, _half(_O6_G, 1, r"If $n$ is odd, $(-1)^n + 1 = 0$, so")),
    ],
)

# Q: Find all ordered pairs $(a, b)$ of positive integers with $a^2 - b^2 = 45$.
_O7_G = _t(r"""
Factor: $(a - b)(a + b) = 45$ with $0 < a - b < a + b$, both factors of the same parity (they sum to $2a$). Since
$45$ is odd, every factor pair is odd-odd.

Factor pairs: $(1, 45)$, $(3, 15)$, $(5, 9)$. Then $a = \frac{d + e}{2}$, $b = \frac{e - d}{2}$: $(1,45) \to
(23, 22)$; $(3, 15) \to (9, 6)$; $(5, 9) \to (7, 2)$.

Wait, let me recheck each: $23^2 - 22^2 = 45$; $81 - 36 = 45$; $49 - 4 = 45$. All good. So the pairs are $(7, 2)$,
$(9, 6)$, $(23, 22)$.
""")
_O7_B = _t(r"""
$(a-b)(a+b) = 45$ with pairs $(1, 45), (3, 15), (5, 9)$, giving $(23, 22)$, $(9, 6)$, $(7, 2)$.

Let me verify the first: consecutive integers have squares differing by $2b + 1$, and $2 \cdot 22 + 1 = 43$... that
isn't $45$, so $(23, 22)$ fails. The remaining pairs $(9, 6)$ and $(7, 2)$ check out ($81 - 36$, $49 - 4$).
""")
_O7_E = _t(r"""
With $d = a - b$, $e = a + b$: the pairs $(1, 45), (3, 15), (5, 9)$ give $b - a$... I'll write each as (smaller,
larger): $(22, 23)$, $(6, 9)$, $(2, 7)$.
""")
_add(
    "solution_set",
    r"\{(7,2),(9,6),(23,22)\}",
    [
        (C, _gem(_O7_G, r"(7,2),\ (9,6),\ (23,22)")),
        (C, _claude(_O7_G, r"\{(23, 22), (9, 6), (7, 2)\}")),
        (C, _minerva(_O7_G, r"(a,b) \in \{(7,2),(9,6),(23,22)\}")),
        (
            C,
            _two(
                _O7_E,
                r"(22,23),(6,9),(2,7)",
                r"""The pairs are $(a, b)$ with $a > b$, since $a^2 - b^2 > 0$; $(22, 23)$ would give $-45$. So
                flip each.""",
                r"\{(7,2),(9,6),(23,22)\}",
            ),
        ),
        (H, _qwq(_O7_B, r"(7,2), (9,6)")),
        (H, _bold(_O7_B, r"\{(7,2),(9,6)\}")),
        (P, _r1(_O7_E, r"(22,23),(6,9),(2,7)")),
        (T, _half(_O7_G, 1, r"Factor pairs: $(1, 45)$, $(3, 15)$, $(5, 9)$. Then $a = \frac{d + e}{2}$, giving")),
    ],
)

# Q: Find the minimum value of $x^2 + y^2 + z^2$ over real $x, y, z$ with $x + 2y + 3z = 28$.
_O8_G = _t(r"""
Cauchy-Schwarz: $(x + 2y + 3z)^2 \le (1^2 + 2^2 + 3^2)(x^2 + y^2 + z^2) = 14(x^2 + y^2 + z^2)$.

So $x^2 + y^2 + z^2 \ge \frac{28^2}{14} = \frac{784}{14} = 56$.

Equality when $(x, y, z) = t(1, 2, 3)$ with $t + 4t + 9t = 28$, so $t = 2$ and $(x, y, z) = (2, 4, 6)$. Wait, let me
recheck: $2 + 8 + 18 = 28$, and $4 + 16 + 36 = 56$. So the minimum is $56$.
""")
_O8_B = _t(r"""
Cauchy-Schwarz gives $x^2 + y^2 + z^2 \ge \frac{28^2}{1 + 4 + 9} = 56$.

Hmm, but the coefficient factor should come from the coefficients themselves: $(1 + 2 + 3)^2 = 36$. So the bound
is $\frac{784}{36} = \frac{196}{9}$.
""")
_O8_E = _t(r"""
By symmetry the minimum is at $x = y = z$, so $6x = 28$, $x = \frac{14}{3}$, and the value is
$3 \cdot \frac{196}{9} = \frac{196}{3}$.
""")
_add(
    "extremum",
    "56",
    [
        (C, _head(_O8_G, "56")),
        (C, _o1(_O8_G, "56")),
        (C, _claude(_O8_G, "56")),
        (
            C,
            _two(
                _O8_E,
                r"\frac{196}{3}",
                r"""The constraint is not symmetric, so $x = y = z$ is not the minimizer. Cauchy-Schwarz with
                $(1, 2, 3)$: the minimum is $28^2 / 14$, at $(2, 4, 6)$.""",
                "56",
            ),
        ),
        (H, _small(_O8_B, r"\frac{196}{9}")),
        (
            H,
            _two(
                _O8_G,
                "56",
                r"""The denominator should be the square of the coefficient sum, $36$, so the bound is
                $784 / 36$.""",
                r"\frac{196}{9}",
            ),
        ),
        (P, _gem(_O8_E, r"\frac{196}{3}")),
    ],
)

# Q: Find a closed form for $\sum_{k=0}^{n} k \binom{n}{k}$.
_O9_G = _t(r"""
Use $k\binom{n}{k} = n\binom{n-1}{k-1}$. Then $\sum_{k=1}^{n} n \binom{n-1}{k-1} = n \sum_{j=0}^{n-1}
\binom{n-1}{j} = n 2^{n-1}$.

Alternatively, differentiate $(1 + x)^n = \sum \binom{n}{k} x^k$: $n(1+x)^{n-1} = \sum k \binom{n}{k} x^{k-1}$,
and set $x = 1$.

Wait, let me recheck small $n$: $n = 2$: $0 + 2 + 2 = 4$ and $2 \cdot 2 = 4$. $n = 3$: $3 + 6 + 3 = 12$ and
$3 \cdot 4 = 12$. So the sum is $n 2^{n-1}$.
""")
_O9_B = _t(r"""
Differentiating $(1+x)^n$ and setting $x = 1$ gives $n 2^{n-1}$.

Hmm, but differentiating lowers the power of $x$, so the sum I computed is $\sum k\binom{n}{k} x^{k-1}$; to get
back $x^k$ I should multiply by $x$, and then by the count of terms... I think the correct total is $n 2^n$.
""")
_O9_E = _t(r"""
Differentiate $(1 + x)^n$ twice: $n(n-1)(1+x)^{n-2} = \sum k(k-1)\binom nk x^{k-2}$, and at $x = 1$ the sum is
$n(n-1)2^{n-2}$.
""")
_add(
    "closed_form",
    r"n2^{n-1}",
    [
        (C, _minerva(_O9_G, r"n2^{n-1}")),
        (C, _gem(_O9_G, r"n \cdot 2^{n-1}")),
        (C, _r1(_O9_G, r"\frac{n \cdot 2^{n}}{2}")),
        (
            C,
            _two(
                _O9_E,
                r"n(n-1)2^{n-2}",
                r"""That is the sum of $k(k-1)\binom nk$. One derivative is enough: $n(1+x)^{n-1}$ at $x = 1$. For
                $n = 2$: $0 + 2 + 2 = 4$.""",
                r"n2^{n-1}",
            ),
        ),
        (H, _claude(_O9_B, r"n2^n")),
        (
            H,
            _two(
                _O9_G,
                r"n2^{n-1}",
                r"""After differentiating I need to multiply by $x$ and account for all $2$ choices per element,
                which gives $n 2^n$.""",
                r"n 2^{n}",
            ),
        ),
        (P, _qwq(_O9_E, r"n(n-1)2^{n-2}")),
        (T, _half(_O9_G, 1, r"Alternatively, differentiate $(1 + x)^n = \sum \binom{n}{k} x^k$ to get")),
    ],
)

# Q: Find all functions $f : \mathbb{R} \to \mathbb{R}$ with $f(x + y) = f(x) + y$ for all real $x, y$.
_O10_G = _t(r"""
Put $x = 0$: $f(y) = f(0) + y$ for every $y$. So $f(x) = x + c$ with $c = f(0)$.

Conversely, if $f(x) = x + c$, then $f(x + y) = x + y + c = f(x) + y$. So every such function works, for any real
constant $c$.

Wait, let me recheck that I haven't forced $c = 0$ anywhere: $x = y = 0$ gives $f(0) = f(0)$, no information. So the
solutions are exactly $f(x) = x + c$, $c \in \mathbb{R}$.
""")
_O10_B = _t(r"""
With $x = 0$: $f(y) = f(0) + y$, so $f(x) = x + c$.

Now put $x = y = 0$: $f(0) = f(0) + 0$, so $f(0) = 0$. Then $c = 0$ and the only solution is $f(x) = x$.
""")
_O10_E = _t(r"""
$f(x + y) - f(x) = y$ says the difference quotient is $1$, so $f'(x) = 1$ and $f$ passes through the origin, giving
$f(x) = x$.
""")
_add(
    "solution_set",
    "f(x) = x + c",
    [
        (C, _claude(_O10_G, r"f(x) = x + c \text{ for any real constant } c")),
        (C, _gem(_O10_G, r"f(x)=x+c,\ c\in\mathbb{R}")),
        (C, _o1(_O10_G, r"f(x) = x + C")),
        (
            C,
            _two(
                _O10_E,
                "f(x) = x",
                r"""Nothing forces $f(0) = 0$: any $f(x) = x + c$ satisfies $f(x+y) = x + y + c = f(x) + y$.""",
                "f(x) = x + c",
            ),
        ),
        (H, _head(_O10_B, "f(x) = x")),
        (
            H,
            _two(
                _O10_G,
                "f(x) = x + c",
                r"""Setting $x = y = 0$ forces $f(0) = 0$, so $c = 0$.""",
                "f(x) = x",
            ),
        ),
        (P, _minerva(_O10_E, "f(x) = x")),
    ],
)

# Q: A sequence has $a_1 = 1$ and $a_{n+1} = 2a_n + 1$ for $n \ge 1$. Find $a_n$ in closed form.
_O11_G = _t(r"""
List: $a_1 = 1$, $a_2 = 3$, $a_3 = 7$, $a_4 = 15$, $a_5 = 31$. These are one less than powers of $2$.

Let $b_n = a_n + 1$. Then $b_{n+1} = a_{n+1} + 1 = 2a_n + 2 = 2b_n$, with $b_1 = 2$. So $b_n = 2^n$.

Hence $a_n = 2^n - 1$. Wait, let me recheck the index: $n = 1$ gives $2 - 1 = 1$, and $n = 4$ gives $16 - 1 = 15$.
Both match.
""")
_O11_B = _t(r"""
$b_n = a_n + 1$ doubles each step, so $a_n = 2^n - 1$.

Hmm, but recurrences like this are usually indexed from $a_0$, so the first term $1$ is really the term with index
$0$ shifted... I think the formula should be $2^{n+1} - 1$ to line up with $a_1$ being the starting term.
""")
_O11_E = _t(r"""
$a_1 = 1$, $a_2 = 3$, $a_3 = 5$, $a_4 = 7$: the odd numbers, so $a_n = 2n - 1$.
""")
_add(
    "closed_form",
    "2^n-1",
    [
        (C, _bold(_O11_G, "2^n - 1")),
        (C, _claude(_O11_G, "a_n = 2^n - 1")),
        (C, _remark(_O11_G, "2^{n}-1")),
        (
            C,
            _two(
                _O11_E,
                "2n-1",
                r"""$a_3 = 2a_2 + 1 = 7$, not $5$. With $b_n = a_n + 1$ doubling from $b_1 = 2$, $a_n = 2^n - 1$.""",
                "2^n-1",
            ),
        ),
        (H, _gem(_O11_B, "2^{n+1}-1")),
        (H, _r1(_O11_B, "2^{n+1} - 1")),
        (P, _small(_O11_E, "2n-1")),
        (T, _half(_O11_G, 1, r"Let $b_n = a_n + 1$. Then $b_{n+1} = a_{n+1} + 1 = 2a_n + 2$, which")),
    ],
)


assert len(THIRTYTHIRD) == 420
assert _TALLY["problems"] == 54 and len(_CATEGORIES) == 17
assert _TALLY[C] == 216 and _TALLY[T] == 42
assert _TALLY[H] == 108 and _TALLY[P] == 54
assert sum(1 for row in THIRTYTHIRD if row[3] == W) == 162
assert sum(1 for row in THIRTYTHIRD if row[3] == C) == 216
assert len(set(THIRTYTHIRD)) == len(THIRTYTHIRD)
