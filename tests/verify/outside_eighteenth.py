"""EIGHTEENTH: a held-out batch of labelled answer-verification pairs in long chain-of-thought styles (issue 12).

Written on 2026-12-02 by a helper session (branch h/batch18) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 60 lines of outside_ninth.py,
outside_fifteenth.py and outside_seventeenth.py, for the row format, builder style and header style), and without
running longcot, math-verify or any other grader on any pair. Every pair was labelled by hand (sympy used by hand
to check the arithmetic only); pairs a reasonable grader could label either way were left out. Committed before
any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates, then one of the endings real models write: DeepSeek-R1 `<think>` with a summary
and a box (and a shorter "**Final Answer:**" variant), QwQ "**Final Answer**" with `\\[\\boxed{}\\]`, Sky-T1
thought/solution blocks, o1-style closing prose without a box, Claude-style "**Answer:**", Minerva's "Final
Answer: ... I hope it is correct.", GSM8K "####", gpt-oss harmony channels (`<|channel|>analysis<|message|>` ...
`<|channel|>final<|message|>`), a Mistral reply followed by a new `[INST]` turn, Gemini-like markdown with a bold
final line, Qwen and Llama chat-template tails followed by a new user turn, "The answer is 12." with no box,
answers in `\\(...\\)`, a box followed by a short closing remark, and a bare `**Final Answer:** \\boxed{}` line.
The batch leans on precision: about two thirds of the negatives are hard, with the gold in the text (an
intermediate, a rejected candidate, an earlier box later corrected, a value in a check) while the final answer
differs slightly (off by one, a sign, a factor of two, a missing or extra root, an open endpoint, a swapped tuple,
a transposed matrix, a wrong modulus, a wrong letter, a wrong digit order in base 2, r for r^2). Correct rows use
equivalent forms (decimals for fractions, `\\dfrac`, `x=` prefixes, reordered sets and roots, unsimplified surds
and fractions, `\\pm` against two listed values, degree signs, `\\text{ cm}^2` units, thin-space and `{,}` digit
separators, a percent with or without `\\%` where the question asks a percent, `+\\infty`, `\\left(`) and earlier
wrong boxes that a later final answer overrules (the last stated final answer wins).
Each problem has one worked reasoning (`_X_G`, reaching the gold), usually one flawed reasoning with the gold in
it (`_X_B`) and one flawed reasoning without it (`_X_E`); `_over` appends an earlier box and a recheck (`_X_FIX`
turns a wrong box into the gold, `_X_BRK` a right box into a wrong answer), and the `_t_*` builders cut a
reasoning mid-sentence. The question itself is not part of the row; the comment above each problem states it.
62 problems in 18 categories (integers, fractions, radicals, complex, trig, intervals, sets, tuples, matrices,
expressions, equations, units, base_n, congruences, choice, text, probability, combinatorics; 3 or 4 problems
each); 423 rows: 214 correct, 187 incorrect, 22 truncated. Of the 187 negatives, 126 are hard (built on a flawed
reasoning that holds the gold, or on a right box later overruled by a wrong answer) and 61 plain.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"

_EOS_DS = "<｜end▁of▁sentence｜>"
_TURN_QWEN = "<|im_end|>\n<|im_start|>user\nNice. Can you do the next one too?<|im_end|>\n<|im_start|>assistant\n"
_TURN_LLAMA = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nCan you explain the first step again?<|eot_id|>"
_TURN_MISTRAL = "</s>[INST] Thanks. Could you check it another way? [/INST]"


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _r1(r: str, a: str) -> str:
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nI worked through the problem step by step and re-checked the key computation.\n\n"
        + "The answer is $\\boxed{"
        + a
        + "}$."
        + _EOS_DS
    )


def _r1s(r: str, a: str) -> str:
    return "<think>\n" + r + "\n</think>\n\n**Final Answer:** $\\boxed{" + a + "}$"


def _qwq(r: str, a: str) -> str:
    return r + "\n\n**Final Answer**\n\\[ \\boxed{" + a + "} \\]"


def _sky(r: str, a: str) -> str:
    return (
        "<|begin_of_thought|>\n\n"
        + r
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\nFollowing the steps worked out above, the result is"
        + "\n\n\\[\n\\boxed{"
        + a
        + "}\n\\]\n\n<|end_of_solution|>"
    )


def _o1(r: str, a: str) -> str:
    return r + "\n\nPutting it all together, the answer is $" + a + "$."


def _claude(r: str, a: str) -> str:
    return r + "\n\n**Answer:** $" + a + "$"


def _minerva(r: str, a: str) -> str:
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    return r + "\n#### " + a


def _harmony(r: str, a: str) -> str:
    return (
        "<|channel|>analysis<|message|>"
        + r
        + "<|end|><|start|>assistant<|channel|>final<|message|>Here is the result of the computation."
        + "\n\n**Answer:** $\\boxed{"
        + a
        + "}$<|return|>"
    )


def _mistral(r: str, a: str) -> str:
    return r + "\n\nSo the answer is $\\boxed{" + a + "}$." + _TURN_MISTRAL


def _gemini(r: str, a: str) -> str:
    return (
        "Here's a step-by-step solution.\n\n### Working\n\n"
        + r
        + "\n\n### Conclusion\n\n**The final answer is $"
        + a
        + "$.**"
    )


def _qwen(r: str, a: str) -> str:
    return r + "\n\nThus the final answer is $\\boxed{" + a + "}$." + _TURN_QWEN


def _llama(r: str, a: str) -> str:
    return "## Step 1: Set up and compute\n" + r + "\n\nThe final answer is: $\\boxed{" + a + "}$" + _TURN_LLAMA


def _plain(r: str, a: str) -> str:
    return r + "\n\nThe answer is " + a + "."


def _paren(r: str, a: str) -> str:
    return r + "\n\nHence the answer is \\(" + a + "\\)."


def _remark(r: str, a: str) -> str:
    return r + "\n\n\\[\n\\boxed{" + a + "}\n\\]\n\nLet me know if you'd like me to go over any of the steps again!"


def _bold(r: str, a: str) -> str:
    return r + "\n\n**Final Answer:** \\boxed{" + a + "}"


def _over(r: str, first: str, recheck: str) -> str:
    """A reasoning that boxes `first`, then a recheck; the ending wrapped around it states the last answer."""
    return r + "\n\nSo the answer is $\\boxed{" + first + "}$.\n\n" + recheck


def _cut(r: str, upto: str) -> str:
    """`r` up to and including the first `upto`: a response that stops mid-sentence."""
    return r[: r.index(upto) + len(upto)]


def _t_think(r: str, upto: str) -> str:
    return "<think>\n" + _cut(r, upto)


def _t_sky(r: str, upto: str) -> str:
    return "<|begin_of_thought|>\n\n" + _cut(r, upto)


def _t_harmony(r: str, upto: str) -> str:
    return "<|channel|>analysis<|message|>" + _cut(r, upto)


def _t_plain(r: str, upto: str) -> str:
    return _cut(r, upto)


PAIRS: list[tuple[str, str, str, str]] = []


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    PAIRS.extend((category, gold, response, verdict) for response, verdict in rows)


# ---------------------------------------------------------------- integers

# Number of positive divisors of 3600.
_DIV_G = _t(r"""
We need the number of positive divisors of 3600. Factor it: 3600 = 36 · 100 = (2^2 · 3^2)(2^2 · 5^2) = 2^4 · 3^2 · 5^2.
The number of divisors is (4+1)(2+1)(2+1). Wait, let me recheck the power of 2: 3600/2 = 1800, /2 = 900, /2 = 450,
/2 = 225, and 225 is odd, so the exponent of 2 is 4.

So the count is 5 · 3 · 3 = 45. Hmm, at first I wrote (4)(2)(2) = 16 by forgetting the +1s, but each exponent e
gives e+1 choices (0 through e), so 45 is right. Sanity check: 3600 = 60^2 is a perfect square, so it must have an
odd number of divisors, and 45 is odd.
""")
_DIV_B = _t(r"""
Factor 3600 = 2^4 · 3^2 · 5^2 (3600 → 1800 → 900 → 450 → 225 after four halvings, and 225 = 9 · 25). The divisor
count formula gives (4+1)(2+1)(2+1) = 45.

Hmm, but 3600 = 60^2 is a perfect square, so in the pairing d ↔ 3600/d the divisor 60 pairs with itself. I should
not count it twice, so I subtract it once: 45 - 1 = 44 divisors.
""")
_DIV_E = _t(r"""
3600 = 2^4 · 3^2 · 5^2. The number of divisors is the product of the exponents: 4 · 2 · 2 = 16. Let me double
check that the exponents are right: 2^4 = 16, 3^2 = 9, 5^2 = 25, and 16 · 9 · 25 = 144 · 25 = 3600. Yes. So 16.
""")
_DIV_FIX = _t(r"""
Wait, that's wrong. A square has an odd number of divisors precisely because 60 pairs with itself, and it is
already counted only once in (4+1)(2+1)(2+1). Nothing was double counted, so the count stays 45.
""")
_DIV_BRK = _t(r"""
Hmm, but should 3600 itself be counted? I think the intended count leaves out the number itself, so I'll take
45 - 1 = 44.
""")
_add(
    "integers",
    "45",
    [
        (_gsm(_DIV_G, "45"), C),
        (_qwq(_over(_DIV_B, "44", _DIV_FIX), "45"), C),
        (_o1(_DIV_G, "45"), C),
        (_claude(_DIV_B, "44"), W),
        (_sky(_over(_DIV_G, "45", _DIV_BRK), "44"), W),
        (_minerva(_DIV_E, "16"), W),
        (_t_think(_DIV_G, "Wait, let me recheck the power of 2: 3600/2 = 1800, /2 = 900,"), T),
    ],
)

# Sum of the integers from 1 to 150 divisible by 4 or by 6.
_SUM_G = _t(r"""
Multiples of 4 up to 150: 4, 8, ..., 148, which is 37 terms (148/4 = 37). Their sum is 4(1 + 2 + ... + 37) =
4 · 703 = 2812. Multiples of 6: 6, ..., 150, that's 25 terms, with sum 6 · (25 · 26/2) = 6 · 325 = 1950.

Numbers divisible by both are the multiples of 12: 12, ..., 144, 12 terms, sum 12 · 78 = 936. By
inclusion-exclusion the total is 2812 + 1950 - 936. Let me compute: 2812 + 1950 = 4762, minus 936 is 3826.

Wait, should the overlap be multiples of 24? No: lcm(4, 6) = 4 · 6 / gcd(4, 6) = 24/2 = 12. So the overlap is the
multiples of 12 and the total is 3826.
""")
_SUM_B = _t(r"""
Multiples of 4 up to 150: 37 of them, sum 4 · (37 · 38/2) = 4 · 703 = 2812. Multiples of 6: 25 of them, sum
6 · 325 = 1950. Multiples of 12: 12 of them, sum 12 · 78 = 936.

Then 2812 + 1950 = 4762, and subtracting the multiples of 12 gives 4762 - 936 = 3826. Hmm, but wait: the multiples
of 12 are numbers I want (they are divisible by 4, and by 6), so I should not throw them away. Keeping them, the
sum is 4762.
""")
_SUM_E = _t(r"""
Multiples of 4 up to 150 sum to 4 · 703 = 2812 and multiples of 6 sum to 6 · 325 = 1950, together 4762. The
overlap is the multiples of 4 · 6 = 24: 24, 48, ..., 144, six terms, sum 24 · 21 = 504. So the total is
4762 - 504 = 4258.
""")
_SUM_FIX = _t(r"""
Wait, that double counts. A multiple of 12 like 24 appears in both lists, so it is added twice in 4762;
subtracting 936 once leaves each such number counted exactly once. The sum is 3826.
""")
_add(
    "integers",
    "3826",
    [
        (_gsm(_SUM_G, "3826"), C),
        (_sky(_over(_SUM_B, "4762", _SUM_FIX), "3826"), C),
        (_claude(_SUM_G, "3{,}826"), C),
        (_gsm(_SUM_B, "4762"), W),
        (_mistral(_SUM_B, "4762"), W),
        (_harmony(_SUM_E, "4258"), W),
    ],
)

# Number of trailing zeros of 125!.
_ZER_G = _t(r"""
Trailing zeros come from factors of 10 = 2 · 5, and factors of 2 are plentiful, so I count the factors of 5 in
125!. floor(125/5) = 25, floor(125/25) = 5, floor(125/125) = 1, floor(125/625) = 0. Total 25 + 5 + 1 = 31.

Let me double check the method on a smaller case: 25! should have 5 + 1 = 6 zeros, and indeed
25! = 15511210043330985984000000 ends in six zeros. So 125! ends in 31 zeros.
""")
_ZER_B = _t(r"""
Count factors of 5: floor(125/5) = 25, floor(125/25) = 5, floor(125/125) = 1, so 25 + 5 + 1 = 31.

Hmm, but 125 = 5^3 was already counted among the 25 multiples of 5 and again among the 5 multiples of 25, so
adding 1 once more double counts it. The correct count should be 25 + 5 = 30.
""")
_ZER_E = _t(r"""
Each multiple of 5 pairs with an even number to make a 10. Up to 125 there are 125/5 = 25 multiples of 5, and
there are far more even numbers, so 125! ends in 25 zeros.
""")
_ZER_FIX = _t(r"""
No wait, that reasoning is wrong: 125 contributes three factors of 5, one counted by each of the three floors. All
three terms are needed, so the count is 31.
""")
_add(
    "integers",
    "31",
    [
        (_minerva(_ZER_G, "31"), C),
        (_llama(_ZER_G, "31"), C),
        (_remark(_over(_ZER_B, "30", _ZER_FIX), "31"), C),
        (_o1(_ZER_B, "30"), W),
        (_qwen(_ZER_B, "30"), W),
        (_gemini(_ZER_E, "25"), W),
    ],
)

# a_1 = 2, a_2 = 5, a_n = a_{n-1} + a_{n-2}; find a_8.
_FIB_G = _t(r"""
List the terms: a_1 = 2, a_2 = 5, a_3 = 7, a_4 = 12, a_5 = 19, a_6 = 31, a_7 = 50, a_8 = 81.

Let me recount the indices to avoid an off-by-one: 2 (1), 5 (2), 7 (3), 12 (4), 19 (5), 31 (6), 50 (7), 81 (8).
Check with the closed form a_n = F_{n-2} a_1 + F_{n-1} a_2: a_8 = F_6 · 2 + F_7 · 5 = 8 · 2 + 13 · 5 = 16 + 65 = 81.
""")
_FIB_B = _t(r"""
Terms: 2, 5, 7, 12, 19, 31, 50, 81, 131. Counting from a_1 = 2, the eighth term is 81.

Hmm, wait. The recurrence is stated for n ≥ 2, which only makes sense if there are two terms before a_2, so the
sequence must start at a_0 = 2, a_1 = 5. Then a_8 is the ninth number in my list, 131.
""")
_FIB_E = _t(r"""
Start with 2 and 5 and keep adding: 7, 12, 19, 31, 50. Counting 2, 5, 7, 12, 19, 31, 50 — with the two given
terms and the six steps that is the eighth term, 50.
""")
_FIB_BRK = _t(r"""
Hmm, wait. Many texts index such sequences from a_0, and the recurrence is given for n ≥ 2, so maybe a_0 = 2 and
a_1 = 5. Then a_8 is one step further, 50 + 81 = 131.
""")
_add(
    "integers",
    "81",
    [
        (_gsm(_FIB_G, "81"), C),
        (_paren(_FIB_G, "81"), C),
        (_harmony(_FIB_G, "81"), C),
        (_claude(_FIB_B, "131"), W),
        (_minerva(_over(_FIB_G, "81", _FIB_BRK), "131"), W),
        (_r1(_FIB_E, "50"), W),
    ],
)

# ---------------------------------------------------------------- fractions and decimals

# 2/3 + 5/8 - 1/4.
_FR1_G = _t(r"""
Common denominator 24: 2/3 = 16/24, 5/8 = 15/24, 1/4 = 6/24. So 16/24 + 15/24 - 6/24 = 25/24.

Wait, let me recheck 5/8: 5 · 3 = 15, yes 15/24. And 2/3: 2 · 8 = 16. So (16 + 15 - 6)/24 = 25/24, about 1.0417.
It can't be reduced since 25 = 5^2 and 24 = 2^3 · 3.
""")
_FR1_B = _t(r"""
With denominator 24: 2/3 = 16/24 and 5/8 = 15/24, so the first two terms give 31/24. Then 1/4 = 6/24 and
31/24 - 6/24 = 25/24.

Hmm, wait, let me recheck 1/4: 24/4 = 6... but I think I should scale by 8/8... no, by 2: 1/4 = 8/24? Redoing it
with 1/4 = 8/24, I get 31/24 - 8/24 = 23/24. So the earlier 25/24 came from converting 1/4 incorrectly.
""")
_FR1_E = _t(r"""
Using the common denominator 24: 2/3 = 16/24, 5/8 = 15/24 and 1/4 = 6/24. Adding all three: 16 + 15 + 6 = 37,
so the value is 37/24, a bit over 1.5.
""")
_add(
    "fractions",
    r"\frac{25}{24}",
    [
        (_qwq(_FR1_G, r"\frac{25}{24}"), C),
        (_claude(_FR1_G, r"\dfrac{25}{24}"), C),
        (_minerva(_FR1_G, "25/24"), C),
        (_r1(_FR1_B, r"\frac{23}{24}"), W),
        (_paren(_FR1_B, r"\frac{23}{24}"), W),
        (_gemini(_FR1_E, r"\frac{37}{24}"), W),
        (_t_harmony(_FR1_G, "So 16/24 + 15/24 - 6/24 ="), T),
    ],
)

# 0.375 + 7/8.
_FR2_G = _t(r"""
0.375 = 375/1000 = 3/8. (I first wanted to write 375/100, but there are three decimal places.) Then
3/8 + 7/8 = 10/8 = 5/4.

As a decimal check: 7/8 = 0.875, and 0.375 + 0.875 = 1.250. And 5/4 = 1.25, consistent.
""")
_FR2_B = _t(r"""
0.375 = 3/8, so 3/8 + 7/8 = 10/8 = 5/4 = 1.25. Hmm, let me verify with decimals: 7/8 = 0.875, and
0.375 + 0.875: 0.3 + 0.8 = 1.1 and 0.075 + 0.075 = 0.05, so 1.15. That doesn't match 1.25, so my fraction work must
be off somewhere; the decimal sum is more direct, so I'll trust 1.15.
""")
_FR2_E = _t(r"""
0.375 = 3/8. Adding fractions: 3/8 + 7/8 = (3 + 7)/(8 + 8) = 10/16, which reduces to 5/8.
""")
_add(
    "fractions",
    r"\frac{5}{4}",
    [
        (_o1(_FR2_G, "1.25"), C),
        (_bold(_FR2_G, r"\frac54"), C),
        (_llama(_FR2_G, "1.25"), C),
        (_sky(_FR2_B, "1.15"), W),
        (_claude(_FR2_B, "1.15"), W),
        (_remark(_FR2_E, r"\frac{5}{8}"), W),
    ],
)

# 0.\overline{36} as a fraction in lowest terms.
_FR3_G = _t(r"""
Let x = 0.363636... Then 100x = 36.3636..., so 99x = 36 and x = 36/99. Divide by 9: 36/99 = 4/11.

Check: 4/11 = 0.3636..., since 4 · 9 = 36 and 11 · 9 = 99. (I briefly considered 10x, but the period has two
digits, so it's 100x.)
""")
_FR3_B = _t(r"""
Two candidate methods come to mind: 36/99 = 4/11, or 36/90 = 2/5. The 90 in the denominator is for a repeat that
starts one digit after the point, and here, hmm, the digits are 3, 6, 3, 6, ... so the repeating part 6, 3
starts after the 3. I'll go with 36/90 = 2/5.
""")
_FR3_E = _t(r"""
The decimal 0.36 is 36/100, and dividing numerator and denominator by 4 gives 9/25.
""")
_FR3_BRK = _t(r"""
Hmm, wait. For 0.\overline{36} maybe the right denominator is 90 rather than 99, as with other repeating decimals
I've seen. Then the value is 36/90 = 2/5.
""")
_add(
    "fractions",
    r"\frac{4}{11}",
    [
        (_harmony(_FR3_G, r"\frac{4}{11}"), C),
        (_qwq(_FR3_G, r"\dfrac{4}{11}"), C),
        (_plain(_FR3_G, "4/11"), C),
        (_r1(_FR3_B, r"\frac{2}{5}"), W),
        (_sky(_over(_FR3_G, r"\frac{4}{11}", _FR3_BRK), r"\frac{2}{5}"), W),
        (_minerva(_FR3_E, r"\frac{9}{25}"), W),
        (_t_plain(_FR3_G, "so 99x = 36 and x ="), T),
    ],
)

# Solve 4x + 9 = 2x + 2.
_FR4_G = _t(r"""
Subtract 2x from both sides: 2x + 9 = 2. Subtract 9: 2x = -7. So x = -7/2 = -3.5.

Check: 4(-3.5) + 9 = -14 + 9 = -5, and 2(-3.5) + 2 = -7 + 2 = -5. Both sides are -5.
""")
_FR4_B = _t(r"""
Subtract 2x: 2x + 9 = 2. Then 2x = 2 - 9. Hmm, is that -7 or 7? I was about to write x = -7/2, but 9 - 2 = 7, so
2x = 7 and x = 7/2.
""")
_FR4_E = _t(r"""
Move x-terms left and constants right: 4x - 2x = -2 - 9, so 2x = -11 and x = -11/2.
""")
_FR4_BRK = _t(r"""
Hmm, wait, let me redo the subtraction: bringing the 9 across gives 2x = 2 + 9 = 11, so x = 11/2.
""")
_add(
    "fractions",
    r"-\frac{7}{2}",
    [
        (_gsm(_FR4_G, "-3.5"), C),
        (_o1(_FR4_G, "x = -3.5"), C),
        (_claude(_FR4_G, r"x=-\dfrac{7}{2}"), C),
        (_qwq(_FR4_B, r"\frac{7}{2}"), W),
        (_r1(_over(_FR4_G, r"-\frac{7}{2}", _FR4_BRK), r"\frac{11}{2}"), W),
        (_llama(_FR4_E, r"-\frac{11}{2}"), W),
    ],
)

# ---------------------------------------------------------------- radicals

# Simplify sqrt(72) + sqrt(50).
_RA1_G = _t(r"""
√72 = √(36 · 2) = 6√2 and √50 = √(25 · 2) = 5√2. So the sum is 11√2. It's tempting to write √(72 + 50) = √122,
but square roots don't add like that.

Numerically: √72 ≈ 8.485 and √50 ≈ 7.071, sum ≈ 15.556, while 11 · 1.41421 ≈ 15.556 ✓.
""")
_RA1_B = _t(r"""
√72 = 6√2 and √50 = 5√2, so together 11√2. Hmm, is 72 = 36 · 2 or 9 · 8? Both: √72 = 3√8 = 3 · 2√2 = 6√2,
consistent.

But maybe I can write it as one radical directly: √72 + √50 = √(72 + 50) = √122. That's a single simplified
radical, since 122 = 2 · 61 has no square factor.
""")
_RA1_E = _t(r"""
√72 = √(36 · 2) = 6√2 and √50 = √(25 · 2) = 5√2. Adding the coefficients and the radicands:
(6 + 5)√(2 + 2) = 11 · 2 = 22.
""")
_add(
    "radicals",
    r"11\sqrt{2}",
    [
        (_sky(_RA1_G, r"11\sqrt2"), C),
        (_claude(_RA1_G, r"\sqrt{242}"), C),
        (_qwen(_RA1_G, r"11 \sqrt{2}"), C),
        (_minerva(_RA1_B, r"\sqrt{122}"), W),
        (_harmony(_RA1_B, r"\sqrt{122}"), W),
        (_o1(_RA1_E, "22"), W),
    ],
)

# Rationalise 6 / (sqrt5 - sqrt2).
_RA2_G = _t(r"""
Multiply top and bottom by the conjugate √5 + √2. The denominator becomes (√5)^2 - (√2)^2 = 5 - 2 = 3 and the
numerator 6(√5 + √2). So the expression is 6(√5 + √2)/3 = 2(√5 + √2) = 2√5 + 2√2.

Numerically: √5 - √2 ≈ 2.2361 - 1.4142 = 0.8219 and 6/0.8219 ≈ 7.300, while 2√5 + 2√2 ≈ 4.4721 + 2.8284 = 7.3005 ✓.
""")
_RA2_B = _t(r"""
Conjugate: (√5 - √2)(√5 + √2) = 5 - 2 = 3, so 6/(√5 - √2) = 6(√5 + √2)/3 = 2√5 + 2√2.

Let me verify numerically: √5 - √2 ≈ 0.8219, and 6/0.8219 ≈ 3.65. Now 2√5 + 2√2 ≈ 7.30, which is double that,
while √5 + √2 ≈ 3.650 matches. So I must have slipped a factor of 2 — the result is √5 + √2.
""")
_RA2_E = _t(r"""
Multiply by the conjugate over itself: 6(√5 - √2)/((√5 - √2)(√5 + √2)) = 6(√5 - √2)/(5 - 2) = 2(√5 - √2).
""")
_RA2_FIX = _t(r"""
Wait, 6/0.8219 is about 7.30, not 3.65 — I halved it by mistake. So the factor 2 stays: 2√5 + 2√2.
""")
_add(
    "radicals",
    r"2\sqrt{5}+2\sqrt{2}",
    [
        (_qwq(_RA2_G, r"2\sqrt{5}+2\sqrt{2}"), C),
        (_gemini(_RA2_G, r"2(\sqrt{5}+\sqrt{2})"), C),
        (_harmony(_RA2_G, r"2\sqrt2 + 2\sqrt5"), C),
        (_claude(_over(_RA2_B, r"\sqrt{5}+\sqrt{2}", _RA2_FIX), r"2\sqrt{5}+2\sqrt{2}"), C),
        (_r1(_RA2_B, r"\sqrt{5}+\sqrt{2}"), W),
        (_o1(_RA2_B, r"\sqrt5+\sqrt2"), W),
        (_sky(_RA2_E, r"2\sqrt{5}-2\sqrt{2}"), W),
        (_t_sky(_RA2_G, "and the numerator 6(√5 + "), T),
    ],
)

# Distance between (1, -2) and (4, 5).
_RA3_G = _t(r"""
Δx = 4 - 1 = 3 and Δy = 5 - (-2) = 7. I first wrote Δy = 5 - 2 = 3, but the minus sign matters: it's 7.

Distance = √(3^2 + 7^2) = √(9 + 49) = √58. Since 58 = 2 · 29 has no square factor, √58 is already simplified;
numerically ≈ 7.616.
""")
_RA3_B = _t(r"""
Δx = 3 and Δy = 5 - (-2) = 7, so d^2 = 9 + 49 = 58 and d = √58.

Let me simplify: 58 = 2 · 29, so √58 = 2√29.
""")
_RA3_E = _t(r"""
Δx = 4 - 1 = 3 and Δy = 5 - 2 = 3, so d = √(9 + 9) = √18 = 3√2.
""")
_RA3_BRK = _t(r"""
Hmm, wait: the vertical gap between y = -2 and y = 5 — measured from the axis it's 5 - 2 = 3. So
d = √(9 + 9) = √18 = 3√2.
""")
_add(
    "radicals",
    r"\sqrt{58}",
    [
        (_claude(_RA3_G, r"\sqrt{58}"), C),
        (_paren(_RA3_G, r"\sqrt{58}"), C),
        (_llama(_RA3_G, r"\sqrt{58}"), C),
        (_qwq(_RA3_B, r"2\sqrt{29}"), W),
        (_mistral(_RA3_B, r"2\sqrt{29}"), W),
        (_gemini(_over(_RA3_G, r"\sqrt{58}", _RA3_BRK), r"3\sqrt{2}"), W),
        (_r1(_RA3_E, r"3\sqrt{2}"), W),
    ],
)

# Simplify sqrt(2/3) with a rational denominator.
_RA4_G = _t(r"""
√(2/3) = √2/√3. Multiply top and bottom by √3: √6/3. I almost wrote √6/2, but the denominator is (√3)^2 = 3.

Check: (√6/3)^2 = 6/9 = 2/3 ✓. Numerically √6 ≈ 2.449, divided by 3 is ≈ 0.8165, and √0.6667 ≈ 0.8165 ✓.
""")
_RA4_B = _t(r"""
√2/√3 · √3/√3 = √6/3. Hmm, let me double check numerically. I need √(2/3)... I'll compute it as √1.5 ≈ 1.2247.
And √6/3 ≈ 0.816, which doesn't match, while √6/2 ≈ 1.2247 does. So the simplified form is √6/2.
""")
_RA4_E = _t(r"""
√(2/3): the square root of the numerator is √2 and the denominator stays 3, so √(2/3) = √2/3, which already has a
rational denominator.
""")
_add(
    "radicals",
    r"\frac{\sqrt{6}}{3}",
    [
        (_o1(_RA4_G, r"\frac{\sqrt{6}}{3}"), C),
        (_qwen(_RA4_G, r"\frac{\sqrt6}{3}"), C),
        (_bold(_RA4_G, r"\frac{1}{3}\sqrt{6}"), C),
        (_sky(_RA4_B, r"\frac{\sqrt{6}}{2}"), W),
        (_claude(_RA4_B, r"\frac{\sqrt6}{2}"), W),
        (_minerva(_RA4_E, r"\frac{\sqrt{2}}{3}"), W),
    ],
)

# ---------------------------------------------------------------- complex numbers

# (3 + 2i)(1 - 4i).
_CX1_G = _t(r"""
FOIL: 3 · 1 = 3, 3 · (-4i) = -12i, 2i · 1 = 2i, 2i · (-4i) = -8i^2 = +8. Sum: (3 + 8) + (-12i + 2i) = 11 - 10i.

Let me double check the sign of the last term: i^2 = -1, so -8i^2 = 8, yes. Modulus check: |3 + 2i|^2 = 13 and
|1 - 4i|^2 = 17, product 221, and 11^2 + 10^2 = 121 + 100 = 221 ✓.
""")
_CX1_B = _t(r"""
Expand: 3 - 12i + 2i - 8i^2. With i^2 = -1 that's 3 - 10i + 8 = 11 - 10i.

Hmm, wait. Let me redo the last product carefully: 2i · (-4i) = -8i^2, and I keep wanting to write +8, but the
minus sign is already in front, so -8i^2 = -8. Then the real part is 3 - 8 = -5, giving -5 - 10i.
""")
_CX1_E = _t(r"""
3 · 1 = 3, 3 · (-4i) = -12i, 2i · 1 = 2i, 2i · (-4i) = 8. The i-terms: -12i + 2i = +10i, since 12 - 2 = 10. Real
part 3 + 8 = 11. So the product is 11 + 10i.
""")
_CX1_FIX = _t(r"""
Wait, -12i + 2i is -10i, not +10i: the larger term is negative. So the product is 11 - 10i.
""")
_add(
    "complex",
    "11-10i",
    [
        (_minerva(_CX1_G, "11 - 10i"), C),
        (_harmony(_CX1_G, "-10i + 11"), C),
        (_sky(_over(_CX1_E, "11+10i", _CX1_FIX), "11-10i"), C),
        (_qwq(_CX1_B, "-5-10i"), W),
        (_claude(_CX1_B, "-5 - 10i"), W),
        (_o1(_CX1_E, "11+10i"), W),
        (_t_think(_CX1_G, "2i · (-4i) = -8i^2 = "), T),
    ],
)

# (5 + i)/(2 - i).
_CX2_G = _t(r"""
Multiply by the conjugate 2 + i. Numerator: (5 + i)(2 + i) = 10 + 5i + 2i + i^2 = 10 + 7i - 1 = 9 + 7i. Denominator:
(2 - i)(2 + i) = 4 - i^2 = 4 + 1 = 5. So the quotient is (9 + 7i)/5 = 9/5 + (7/5)i = 1.8 + 1.4i.

Check: (2 - i)(1.8 + 1.4i) = 3.6 + 2.8i - 1.8i - 1.4i^2 = 3.6 + 1.4 + 1.0i = 5 + i ✓.
""")
_CX2_B = _t(r"""
Numerator: (5 + i)(2 + i) = 10 + 5i + 2i + i^2 = 9 + 7i, so far (9 + 7i)/5 = 9/5 + 7i/5.

Hmm wait, the denominator: (2 - i)(2 + i) = 4 - i^2, and I'll take that as 4 - 1 = 3. So the result is
(9 + 7i)/3 = 3 + 7i/3.
""")
_CX2_E = _t(r"""
Multiply numerator and denominator by 2 + i. Numerator: 10 + 5i + 2i + i · i = 10 + 7i + 1 = 11 + 7i.
Denominator: 4 + 1 = 5. So the quotient is 11/5 + 7i/5.
""")
_add(
    "complex",
    r"\frac{9}{5}+\frac{7}{5}i",
    [
        (_qwq(_CX2_G, r"\frac{9+7i}{5}"), C),
        (_o1(_CX2_G, "1.8 + 1.4i"), C),
        (_gemini(_CX2_G, r"\dfrac{9}{5} + \dfrac{7}{5}i"), C),
        (_claude(_CX2_B, r"3+\frac{7}{3}i"), W),
        (_llama(_CX2_B, r"3 + \frac{7}{3}i"), W),
        (_minerva(_CX2_E, r"\frac{11}{5}+\frac{7}{5}i"), W),
    ],
)

# Solve z^2 - 6z + 25 = 0.
_CX3_G = _t(r"""
Discriminant: 36 - 100 = -64, and √(-64) = 8i. So z = (6 ± 8i)/2 = 3 ± 4i.

Check z = 3 + 4i: z^2 = 9 + 24i - 16 = -7 + 24i; -6z = -18 - 24i; adding 25: -7 - 18 + 25 + (24 - 24)i = 0 ✓. The
other root is the conjugate 3 - 4i, as it must be for real coefficients. Product of the roots 9 + 16 = 25 ✓, sum
6 ✓.
""")
_CX3_B = _t(r"""
The quadratic formula gives z = (6 ± √(36 - 100))/2 = (6 ± 8i)/2 = 3 ± 4i. Let me verify the root z = 3 + 4i:
z^2 = -7 + 24i, and -7 + 24i - 18 - 24i + 25 = 0 ✓. So z = 3 + 4i solves the equation, and that is the solution.
""")
_CX3_E = _t(r"""
Quadratic formula with a = 1, b = -6, c = 25: z = (-6 ± √(36 - 100))/2 = (-6 ± 8i)/2 = -3 ± 4i.
""")
_add(
    "complex",
    r"3\pm 4i",
    [
        (_sky(_CX3_G, r"3\pm 4i"), C),
        (_claude(_CX3_G, "3+4i, 3-4i"), C),
        (_r1(_CX3_G, r"z = 3 \pm 4i"), C),
        (_paren(_CX3_G, "3 - 4i, 3 + 4i"), C),
        (_qwq(_CX3_B, "3+4i"), W),
        (_harmony(_CX3_B, "3 + 4i"), W),
        (_remark(_CX3_E, r"-3\pm 4i"), W),
    ],
)

# ---------------------------------------------------------------- trigonometry

# Solve sin x = sqrt(3)/2 on [0, 2pi).
_TR1_G = _t(r"""
sin x = √3/2 has reference angle π/3. Sine is positive in quadrants I and II, so x = π/3 and x = π - π/3 = 2π/3. In
quadrants III and IV sine is negative, so there are no more solutions in [0, 2π).

Let me not confuse this with cos x = √3/2, whose solutions are π/6 and 11π/6. Check: sin(2π/3) = sin 120° = √3/2 ✓.
""")
_TR1_B = _t(r"""
The reference angle is π/3 since sin(π/3) = √3/2. In quadrant II the angle π - π/3 = 2π/3 also has this sine. But
the inverse sine only returns values in [-π/2, π/2], and arcsin(√3/2) = π/3, so the solution is x = π/3.
""")
_TR1_B2 = _t(r"""
Reference angle π/3. For the second solution I first thought of π - π/3 = 2π/3, but by symmetry about the x-axis
the other angle with the same reference angle is 2π - π/3 = 5π/3. So x = π/3 and x = 5π/3.
""")
_TR1_E = _t(r"""
sin x = √3/2 happens at the 30° reference angle, π/6. Sine is positive in quadrants I and II, so x = π/6 and
x = π - π/6 = 5π/6.
""")
_TR1_FIX = _t(r"""
Wait, that's wrong: 5π/3 is in quadrant IV, where sin(5π/3) = -√3/2. The second solution is π - π/3 = 2π/3.
""")
_add(
    "trig",
    r"\frac{\pi}{3}, \frac{2\pi}{3}",
    [
        (_r1(_TR1_G, r"\frac{\pi}{3}, \frac{2\pi}{3}"), C),
        (_minerva(_TR1_G, r"\frac{2\pi}{3}, \frac{\pi}{3}"), C),
        (_qwq(_TR1_G, r"\left\{\frac{\pi}{3}, \frac{2\pi}{3}\right\}"), C),
        (_harmony(_over(_TR1_B2, r"\frac{\pi}{3}, \frac{5\pi}{3}", _TR1_FIX), r"\frac{\pi}{3},\frac{2\pi}{3}"), C),
        (_sky(_TR1_B, r"\frac{\pi}{3}"), W),
        (_claude(_TR1_B2, r"\frac{\pi}{3}, \frac{5\pi}{3}"), W),
        (_o1(_TR1_E, r"\frac{\pi}{6}, \frac{5\pi}{6}"), W),
        (_t_sky(_TR1_G, "so x = π/3 and x = π -"), T),
    ],
)

# Exact value of cos 75 degrees.
_TR2_G = _t(r"""
cos 75° = cos(45° + 30°) = cos 45° cos 30° - sin 45° sin 30° = (√2/2)(√3/2) - (√2/2)(1/2) = √6/4 - √2/4
= (√6 - √2)/4.

Numerically (2.4495 - 1.4142)/4 = 0.2588, and cos 75° ≈ 0.2588 ✓. With a plus sign I'd get cos 15° ≈ 0.9659, far too
big for an angle of 75°.
""")
_TR2_B = _t(r"""
cos(45° + 30°): with the formula cos a cos b - sin a sin b I get (√6 - √2)/4. Hmm, hold on — is the addition
formula cos a cos b + sin a sin b? I recall the sign flips, so for a sum the sign is plus:
cos 75° = √6/4 + √2/4 = (√6 + √2)/4.
""")
_TR2_E = _t(r"""
cos 75° = cos 45° cos 30° - sin 45° sin 30°. With cos 45° = sin 45° = √2/2, cos 30° = √3/2 and sin 30° = 1/2,
and combining over the common factor √2/2: (√2/2)(√3 - 1) = (√6 - √2)/2.
""")
_add(
    "trig",
    r"\frac{\sqrt{6}-\sqrt{2}}{4}",
    [
        (_claude(_TR2_G, r"\frac{\sqrt{6}-\sqrt{2}}{4}"), C),
        (_sky(_TR2_G, r"\frac{\sqrt6-\sqrt2}{4}"), C),
        (_o1(_TR2_G, r"\frac{\sqrt{6}}{4}-\frac{\sqrt{2}}{4}"), C),
        (_qwen(_TR2_G, r"\frac{-\sqrt{2}+\sqrt{6}}{4}"), C),
        (_r1(_TR2_B, r"\frac{\sqrt{6}+\sqrt{2}}{4}"), W),
        (_gemini(_TR2_B, r"\frac{\sqrt6+\sqrt2}{4}"), W),
        (_minerva(_TR2_E, r"\frac{\sqrt{6}-\sqrt{2}}{2}"), W),
    ],
)

# Largest angle, in degrees, of the triangle with sides 7, 8 and 13.
_TR3_G = _t(r"""
The largest angle is opposite the longest side, 13. Law of cosines: cos C = (7^2 + 8^2 - 13^2)/(2 · 7 · 8) =
(49 + 64 - 169)/112 = -56/112 = -1/2. So C = 120°.

Check: the triangle exists since 7 + 8 = 15 > 13, and an obtuse angle makes sense because 13^2 = 169 is larger
than 49 + 64 = 113.
""")
_TR3_B = _t(r"""
cos C = (49 + 64 - 169)/112 = -56/112 = -1/2, which points to C = 120°. Hmm, but a cosine of -1/2 — the angle I
know is arccos(1/2) = 60°, and the negative sign just comes from the side ordering, so I'll take the reference
angle: C = 60°.
""")
_TR3_E = _t(r"""
cos C = (49 + 64 - 169)/(2 · 7 · 8) = -56/112 ≈ -0.866. The angle with cosine -0.866 is 150°.
""")
_add(
    "trig",
    "120",
    [
        (_gsm(_TR3_G, "120"), C),
        (_qwq(_TR3_G, r"120^\circ"), C),
        (_plain(_TR3_G, "120°"), C),
        (_mistral(_TR3_G, r"120^{\circ}"), C),
        (_r1(_TR3_B, r"60^\circ"), W),
        (_plain(_TR3_B, "60°"), W),
        (_sky(_TR3_E, r"150^\circ"), W),
    ],
)

# ---------------------------------------------------------------- intervals and inequalities

# Solve |2x - 3| < 7.
_IN1_G = _t(r"""
|2x - 3| < 7 means -7 < 2x - 3 < 7. Add 3: -4 < 2x < 10. Divide by 2: -2 < x < 5.

Endpoints: at x = 5, |10 - 3| = 7, which is not < 7, so 5 is excluded; likewise at x = -2, |-4 - 3| = 7. So the
interval is open. Test x = 0: |-3| = 3 < 7 ✓.
""")
_IN1_B = _t(r"""
-7 < 2x - 3 < 7 gives -4 < 2x < 10, so -2 < x < 5, the interval (-2, 5). At the endpoints |2x - 3| equals 7
exactly, and since 7 is as large as the bound allows, I'll include them.
""")
_IN1_E = _t(r"""
Split into -7 < 2x + 3 < 7. Subtract 3: -10 < 2x < 4, so -5 < x < 2.
""")
_add(
    "intervals",
    "(-2,5)",
    [
        (_claude(_IN1_G, "-2 < x < 5"), C),
        (_llama(_IN1_G, r"x\in(-2,5)"), C),
        (_qwq(_IN1_G, r"\left(-2,5\right)"), C),
        (_minerva(_IN1_B, "[-2,5]"), W),
        (_harmony(_IN1_B, "[-2, 5]"), W),
        (_o1(_IN1_E, "(-5,2)"), W),
        (_t_sky(_IN1_G, "Add 3: -4 < 2x <"), T),
    ],
)

# Solve x^2 - x - 12 >= 0.
_IN2_G = _t(r"""
Factor: x^2 - x - 12 = (x - 4)(x + 3), so the roots are -3 and 4. The parabola opens upward, so it is nonnegative
outside the roots, including the roots themselves: x ≤ -3 or x ≥ 4.

Test x = 0: -12 < 0, excluded ✓. x = 5: 25 - 5 - 12 = 8 ≥ 0 ✓. x = -3: 9 + 3 - 12 = 0 ✓, included.
""")
_IN2_B = _t(r"""
(x - 4)(x + 3) ≥ 0 with roots -3 and 4; the parabola opens upward, so x ≤ -3 or x ≥ 4. Hmm, at the roots the
expression is exactly 0, and 0 isn't positive, so I'll leave the roots out.
""")
_IN2_E = _t(r"""
Factor: x^2 - x - 12 = (x + 4)(x - 3). Roots -4 and 3, upward parabola, so the expression is ≥ 0 for x ≤ -4 or
x ≥ 3.
""")
_IN2_BRK = _t(r"""
Hmm, wait: for a product of two factors to be ≥ 0 between the roots... at x = 0 both factors are -4 and 3, hmm,
I think the product is nonnegative between the roots. So the solution set is [-3, 4].
""")
_add(
    "intervals",
    r"(-\infty,-3]\cup[4,\infty)",
    [
        (_minerva(_IN2_G, r"(-\infty, -3] \cup [4, \infty)"), C),
        (_o1(_IN2_G, r"x \le -3 \text{ or } x \ge 4"), C),
        (_gemini(_IN2_G, r"x\leq -3 \text{ or } x\geq 4"), C),
        (_sky(_IN2_B, r"(-\infty,-3)\cup(4,\infty)"), W),
        (_r1(_over(_IN2_G, r"(-\infty,-3]\cup[4,\infty)", _IN2_BRK), "[-3,4]"), W),
        (_claude(_IN2_E, r"(-\infty,-4]\cup[3,\infty)"), W),
    ],
)

# Domain of f(x) = sqrt(x - 1)/(x - 3).
_IN3_G = _t(r"""
Need x - 1 ≥ 0, so x ≥ 1, and x - 3 ≠ 0, so x ≠ 3. At x = 1 the numerator is √0 = 0 and the denominator is -2, so
f(1) = 0 is defined and 1 is included. I briefly wrote (1, 3), but √0 is fine.

So the domain is [1, 3) ∪ (3, ∞).
""")
_IN3_B = _t(r"""
x - 1 ≥ 0 gives x ≥ 1, and x ≠ 3, so [1, 3) ∪ (3, ∞). Hmm, but at x = 1 the radicand is zero; I'd rather require
the expression under the square root to be positive, so x > 1.
""")
_IN3_E = _t(r"""
The only restriction is the square root: x - 1 ≥ 0, so x ≥ 1.
""")
_add(
    "intervals",
    r"[1,3)\cup(3,\infty)",
    [
        (_minerva(_IN3_G, r"[1,3)\cup(3,\infty)"), C),
        (_o1(_IN3_G, r"[1, 3) \cup (3, \infty)"), C),
        (_harmony(_IN3_G, r"[1,3)\cup(3,+\infty)"), C),
        (_qwq(_IN3_B, r"(1,3)\cup(3,\infty)"), W),
        (_llama(_IN3_B, r"(1, 3) \cup (3, \infty)"), W),
        (_claude(_IN3_E, r"[1,\infty)"), W),
    ],
)

# Range of f(x) = x^2 - 6x + 11.
_IN4_G = _t(r"""
Complete the square: x^2 - 6x + 9 + 2 = (x - 3)^2 + 2. The minimum 2 is attained at x = 3, and the function grows
without bound, so the range is [2, ∞). Check x = 3: 9 - 18 + 11 = 2 ✓. (The vertex is (3, 2); the 3 is the
x-coordinate, not part of the range.)
""")
_IN4_B = _t(r"""
Vertex at x = -b/(2a) = 6/2 = 3, and f(3) = 9 - 18 + 11 = 2, so the vertex is (3, 2). The parabola opens upward
and the range starts at the vertex, so it begins at 3.
""")
_IN4_B2 = _t(r"""
f(x) = (x - 3)^2 + 2. I was going to write [2, ∞), but (x - 3)^2 is a square, which is strictly positive, so
f(x) > 2 always, and the range is (2, ∞).
""")
_add(
    "intervals",
    r"[2,\infty)",
    [
        (_claude(_IN4_G, r"[2,\infty)"), C),
        (_r1s(_IN4_G, r"[2, \infty)"), C),
        (_paren(_IN4_G, r"y \geq 2"), C),
        (_mistral(_IN4_G, r"\left[2,\infty\right)"), C),
        (_r1(_IN4_B2, r"(2,\infty)"), W),
        (_gemini(_IN4_B2, r"(2, \infty)"), W),
        (_sky(_IN4_B, r"[3,\infty)"), W),
    ],
)

# ---------------------------------------------------------------- sets and solution lists

# Solve x^3 - 2x^2 - 15x = 0.
_SE1_G = _t(r"""
Factor out x: x(x^2 - 2x - 15) = 0. For the quadratic I need two numbers multiplying to -15 and summing to -2:
-5 and 3. So x(x - 5)(x + 3) = 0, with roots 0, 5 and -3.

Check x = 5: 125 - 50 - 75 = 0 ✓; x = -3: -27 - 18 + 45 = 0 ✓. I must not divide by x and lose the root 0.
""")
_SE1_B = _t(r"""
Divide by x: x^2 - 2x - 15 = 0, so (x - 5)(x + 3) = 0 and x = 5 or x = -3. The value x = 0 also makes the cubic
zero, but that's the trivial solution I divided out, so the solutions are -3 and 5.
""")
_SE1_E = _t(r"""
x(x^2 - 2x - 15) = 0, and x^2 - 2x - 15 = (x + 5)(x - 3). So x = 0, x = -5 or x = 3.
""")
_add(
    "sets",
    "-3, 0, 5",
    [
        (_qwq(_SE1_G, "0, 5, -3"), C),
        (_claude(_SE1_G, r"\{-3, 0, 5\}"), C),
        (_o1(_SE1_G, "x = -3, x = 0, x = 5"), C),
        (_sky(_SE1_B, "-3, 5"), W),
        (_minerva(_SE1_B, "-3,5"), W),
        (_harmony(_SE1_E, "-5, 0, 3"), W),
        (_t_plain(_SE1_G, "I need two numbers multiplying to -15 and summing to"), T),
    ],
)

# A ∩ B for A = divisors of 12 and B = divisors of 18.
_SE2_G = _t(r"""
A = {1, 2, 3, 4, 6, 12} and B = {1, 2, 3, 6, 9, 18}. Common elements: 1, 2, 3, 6. 4 is not in B and 9 is not in A.

These are exactly the divisors of gcd(12, 18) = 6, which are 1, 2, 3, 6 — a nice check.
""")
_SE2_B = _t(r"""
B = {1, 2, 3, 6, 9, 18}. For A I list 1, 2, 3, 4, 6, 9, 12. The common elements I see at first are 1, 2, 3, 6, but
9 is in both of my lists as well, so A ∩ B = {1, 2, 3, 6, 9}.
""")
_SE2_E = _t(r"""
Divisors of 12: 1, 2, 3, 4, 6, 12. Divisors of 18: 1, 2, 3, 9, 18. The elements in both lists are 1, 2 and 3.
""")
_add(
    "sets",
    r"\{1,2,3,6\}",
    [
        (_qwq(_SE2_G, r"\{1,2,3,6\}"), C),
        (_r1(_SE2_G, r"\{6, 3, 2, 1\}"), C),
        (_llama(_SE2_G, r"\{1, 2, 3, 6\}"), C),
        (_claude(_SE2_B, r"\{1,2,3,6,9\}"), W),
        (_sky(_SE2_B, r"\{1, 2, 3, 6, 9\}"), W),
        (_gemini(_SE2_E, r"\{1,2,3\}"), W),
    ],
)

# Solve sqrt(x + 7) = x - 5.
_SE3_G = _t(r"""
Square both sides: x + 7 = x^2 - 10x + 25, so x^2 - 11x + 18 = 0, which factors as (x - 2)(x - 9) = 0: x = 2 or
x = 9. Squaring can introduce extraneous roots, so check both. x = 2: √9 = 3 but 2 - 5 = -3, and 3 ≠ -3, so reject
it. x = 9: √16 = 4 and 9 - 5 = 4 ✓. Only x = 9 remains.
""")
_SE3_B = _t(r"""
Squaring: x + 7 = x^2 - 10x + 25, so x^2 - 11x + 18 = 0 = (x - 2)(x - 9). Both roots come from the factored
quadratic, so both are solutions. Quick check of x = 9: √16 = 4 = 9 - 5 ✓.
""")
_SE3_E = _t(r"""
Square both sides: x + 7 = x^2 + 25, so x^2 - x + 18 = 0. The discriminant is 1 - 72 = -71 < 0, so there are no real
solutions.
""")
_SE3_FIX = _t(r"""
Wait, I never checked x = 2: √(2 + 7) = 3 but 2 - 5 = -3. So 2 is extraneous and only 9 remains.
""")
_add(
    "sets",
    "9",
    [
        (_minerva(_SE3_G, "x = 9"), C),
        (_claude(_SE3_G, r"\{9\}"), C),
        (_qwq(_over(_SE3_B, "2, 9", _SE3_FIX), "9"), C),
        (_sky(_SE3_B, "2, 9"), W),
        (_o1(_SE3_B, "x = 2, 9"), W),
        (_harmony(_SE3_E, r"\text{no solution}"), W),
        (_t_think(_SE3_G, "x = 2: √9 = 3 but"), T),
    ],
)

# ---------------------------------------------------------------- ordered tuples and points

# Intersection of y = 2x - 1 and x + y = 8.
_TU1_G = _t(r"""
Substitute y = 2x - 1 into x + y = 8: x + 2x - 1 = 8, so 3x = 9 and x = 3. Then y = 2 · 3 - 1 = 5.

Check in the second equation: 3 + 5 = 8 ✓, and in the first: 2 · 3 - 1 = 5 ✓. So the point is (3, 5), with x
first.
""")
_TU1_B = _t(r"""
From the second equation y = 8 - x. Setting 2x - 1 = 8 - x gives 3x = 9, so the value 3 — and then the other
coordinate is 8 - 3 = 5. Hmm, wait, I solved the second equation for y first, so the 3 I found is the
coordinate paired with y... I'll write the point with the value I solved for last in front: (5, 3).
""")
_TU1_E = _t(r"""
Substitute: x + (2x + 1) = 8, so 3x = 7 and x = 7/3. Then y = 8 - 7/3 = 17/3. Let me double-check the first
equation: y = 2 · 7/3 - 1 = 14/3 - 3/3 = 11/3 — hmm, I'll go with the value from the line x + y = 8.
""")
_add(
    "tuples",
    "(3,5)",
    [
        (_gsm(_TU1_G, "(3, 5)"), C),
        (_r1(_TU1_G, r"\left(3,5\right)"), C),
        (_claude(_TU1_G, "x = 3, y = 5"), C),
        (_qwq(_TU1_B, "(5,3)"), W),
        (_paren(_TU1_B, "(5, 3)"), W),
        (_minerva(_TU1_E, r"\left(\frac{7}{3}, \frac{17}{3}\right)"), W),
    ],
)

# Vertex of y = 2x^2 - 12x + 7.
_TU2_G = _t(r"""
x = -b/(2a) = 12/4 = 3. y = 2 · 9 - 36 + 7 = 18 - 36 + 7 = -11.

Complete the square to check: 2(x^2 - 6x) + 7 = 2(x - 3)^2 - 18 + 7 = 2(x - 3)^2 - 11 ✓. So the vertex is (3, -11).
""")
_TU2_B = _t(r"""
x = -b/(2a) = 3, and direct substitution gives y = 18 - 36 + 7 = -11. Let me confirm by completing the square:
2(x^2 - 6x) + 7 = 2(x - 3)^2 - 9 + 7 = 2(x - 3)^2 - 2. That disagrees with -11; the vertex form is the more
reliable way to read off a vertex, so the vertex is (3, -2).
""")
_TU2_E = _t(r"""
The vertex is at x = b/(2a) = -12/4 = -3. Then y = 2 · 9 + 36 + 7 = 61. So the vertex is (-3, 61).
""")
_add(
    "tuples",
    "(3,-11)",
    [
        (_qwq(_TU2_G, "(3,-11)"), C),
        (_o1(_TU2_G, "(3, -11)"), C),
        (_llama(_TU2_G, r"\left(3, -11\right)"), C),
        (_r1(_TU2_B, "(3,-2)"), W),
        (_harmony(_TU2_B, "(3, -2)"), W),
        (_claude(_TU2_E, "(-3,61)"), W),
    ],
)

# Solve x + y + z = 5, 2x - y = 9, y + 3z = 5.
_TU3_G = _t(r"""
From 2x - y = 9: y = 2x - 9. From y + 3z = 5: z = (5 - y)/3 = (14 - 2x)/3. Substitute into x + y + z = 5:
x + 2x - 9 + (14 - 2x)/3 = 5. Multiply by 3: 9x - 27 + 14 - 2x = 15, so 7x = 28 and x = 4.

Then y = 8 - 9 = -1 and z = (5 + 1)/3 = 2. Check: 4 - 1 + 2 = 5 ✓, 8 + 1 = 9 ✓, -1 + 6 = 5 ✓. So
(x, y, z) = (4, -1, 2).
""")
_TU3_B = _t(r"""
Eliminating y and z as functions of x gives 7x = 28, so x = 4. Then z = (14 - 2x)/3 = 6/3 = 2, and y = 2x - 9 =
-1. So x = 4, y = -1, z = 2. I found them in the order x, z, y, so collecting in that order the solution is
(4, 2, -1).
""")
_TU3_E = _t(r"""
y = 2x - 9 and z = (5 - y)/3. Substituting leads to 7x = 28, x = 4, y = -1. Then z = (5 - 1)/3 = 4/3.
""")
_add(
    "tuples",
    "(4,-1,2)",
    [
        (_minerva(_TU3_G, "(4, -1, 2)"), C),
        (_gemini(_TU3_G, "x=4,\\ y=-1,\\ z=2"), C),
        (_sky(_TU3_G, r"\left(4,-1,2\right)"), C),
        (_qwq(_TU3_B, "(4,2,-1)"), W),
        (_o1(_TU3_B, "(4, 2, -1)"), W),
        (_qwen(_TU3_E, r"\left(4,-1,\frac{4}{3}\right)"), W),
        (_t_plain(_TU3_G, "Multiply by 3: 9x - 27 + 14 -"), T),
    ],
)

# ---------------------------------------------------------------- matrices and vectors

_M1 = r"\begin{pmatrix} 2 & -1 \\ 4 & -1 \end{pmatrix}"
# AB for A = [[1, 2], [3, 4]] and B = [[0, 1], [1, -1]].
_MA1_G = _t(r"""
Entry (1,1): row 1 of A times column 1 of B = 1 · 0 + 2 · 1 = 2. (1,2): 1 · 1 + 2 · (-1) = -1. (2,1):
3 · 0 + 4 · 1 = 4. (2,2): 3 · 1 + 4 · (-1) = -1. So AB has rows (2, -1) and (4, -1).

Note BA would be different, with rows (3, 4) and (-2, -2). Check with determinants: det(AB) = 2 · (-1) - (-1) · 4 =
-2 + 4 = 2, and det A · det B = (-2)(-1) = 2 ✓.
""")
_MA1_B = _t(r"""
The four dot products, row of A with column of B: row 1 · col 1 = 2, row 1 · col 2 = -1, row 2 · col 1 = 4,
row 2 · col 2 = -1. Filling the product matrix column by column with these values: the first column is 2, -1 and
the second column is 4, -1.
""")
_MA1_E = _t(r"""
Row 1 of the first factor with the columns: 0 · 1 + 1 · 3 = 3 and 0 · 2 + 1 · 4 = 4. Row 2: 1 · 1 - 1 · 3 = -2
and 1 · 2 - 1 · 4 = -2.
""")
_add(
    "matrices",
    _M1,
    [
        (_qwq(_MA1_G, _M1), C),
        (_r1(_MA1_G, r"\begin{bmatrix} 2 & -1 \\ 4 & -1 \end{bmatrix}"), C),
        (_claude(_MA1_G, r"\begin{pmatrix}2&-1\\4&-1\end{pmatrix}"), C),
        (_sky(_MA1_G, r"\left(\begin{array}{cc} 2 & -1 \\ 4 & -1 \end{array}\right)"), C),
        (_minerva(_MA1_B, r"\begin{pmatrix} 2 & 4 \\ -1 & -1 \end{pmatrix}"), W),
        (_harmony(_MA1_B, r"\begin{bmatrix} 2 & 4 \\ -1 & -1 \end{bmatrix}"), W),
        (_o1(_MA1_E, r"\begin{pmatrix} 3 & 4 \\ -2 & -2 \end{pmatrix}"), W),
        (_t_think(_MA1_G, "(2,2): 3 · 1 +"), T),
    ],
)

_M2 = r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}"
# Inverse of [[2, 1], [5, 3]].
_MA2_G = _t(r"""
det = 2 · 3 - 1 · 5 = 1. For a 2×2 matrix [[a, b], [c, d]] the inverse is (1/det) [[d, -b], [-c, a]], so the
inverse has rows (3, -1) and (-5, 2).

Check: [[2, 1], [5, 3]] · [[3, -1], [-5, 2]] = [[6 - 5, -2 + 2], [15 - 15, -5 + 6]] = [[1, 0], [0, 1]] ✓.
""")
_MA2_B = _t(r"""
det = 6 - 5 = 1. Swapping a and d and negating b and c gives rows (3, -1) and (-5, 2). Hmm, but the inverse is the
adjugate over the determinant, and the cofactors are C11 = 3, C12 = -5, C21 = -1, C22 = 2, so the cofactor matrix
has rows (3, -5) and (-1, 2). I'll use that directly, divided by det = 1.
""")
_MA2_E = _t(r"""
det = 2 · 3 - 1 · 5 = 1. Swap the diagonal entries and keep the others: rows (3, 1) and (5, 2), divided by 1.
""")
_MA2_FIX = _t(r"""
Wait, check: [[2, 1], [5, 3]] · [[3, 1], [5, 2]] = [[11, 4], [30, 11]], not the identity. I forgot to negate the
off-diagonal entries; the inverse has rows (3, -1) and (-5, 2).
""")
_add(
    "matrices",
    _M2,
    [
        (_r1(_MA2_G, _M2), C),
        (_gemini(_MA2_G, r"\begin{bmatrix} 3 & -1 \\ -5 & 2 \end{bmatrix}"), C),
        (_qwen(_MA2_G, r"\begin{pmatrix}3&-1\\-5&2\end{pmatrix}"), C),
        (_qwq(_over(_MA2_E, r"\begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}", _MA2_FIX), _M2), C),
        (_sky(_MA2_B, r"\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}"), W),
        (_claude(_MA2_B, r"\begin{pmatrix}3&-5\\-1&2\end{pmatrix}"), W),
        (_llama(_MA2_E, r"\begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}"), W),
    ],
)

# Determinant of [[2, 0, 1], [1, 3, -1], [0, 4, 2]].
_MA3_G = _t(r"""
Expand along the first row: 2 · det[[3, -1], [4, 2]] - 0 · (...) + 1 · det[[1, 3], [0, 4]]. First minor:
3 · 2 - (-1) · 4 = 6 + 4 = 10. Third minor: 1 · 4 - 3 · 0 = 4. So det = 2 · 10 + 4 = 24.

Check by expanding along column 1: 2 · 10 - 1 · det[[0, 1], [4, 2]] + 0 = 20 - (0 - 4) = 24 ✓.
""")
_MA3_B = _t(r"""
Along the first row: 2 · (3 · 2 - (-1) · 4) + 1 · (1 · 4 - 3 · 0) = 2 · 10 + 4 = 24. Let me double check along
column 1: 2 · 10 - 1 · det[[0, 1], [4, 2]] = 20 - 1 · (0 · 2 - 1 · 4) = 20 - 4 = 16. The two expansions disagree,
24 against 16; the column expansion tracks the signs more carefully, so I'll go with 16.
""")
_MA3_E = _t(r"""
Expanding along the first row, only the first entry matters since the middle entry is zero:
2 · det[[3, -1], [4, 2]] = 2 · (6 + 4) = 20.
""")
_MA3_FIX = _t(r"""
Wait, I dropped the (1,3) entry: it contributes +1 · det[[1, 3], [0, 4]] = 4. So the determinant is 20 + 4 = 24.
""")
_add(
    "matrices",
    "24",
    [
        (_gsm(_MA3_G, "24"), C),
        (_mistral(_MA3_G, r"\det = 24"), C),
        (_claude(_over(_MA3_E, "20", _MA3_FIX), "24"), C),
        (_qwq(_MA3_B, "16"), W),
        (_o1(_MA3_B, "16"), W),
        (_sky(_MA3_E, "20"), W),
    ],
)

_M4 = r"\begin{pmatrix} -2 \\ 13 \\ -8 \end{pmatrix}"
# Cross product (1, 2, 3) x (4, 0, -1).
_MA4_G = _t(r"""
Components of a × b: first, 2 · (-1) - 3 · 0 = -2. Second, 3 · 4 - 1 · (-1) = 12 + 1 = 13. Third,
1 · 0 - 2 · 4 = -8. So a × b = (-2, 13, -8).

Check orthogonality: with (1, 2, 3): -2 + 26 - 24 = 0 ✓; with (4, 0, -1): -8 + 0 + 8 = 0 ✓.
""")
_MA4_B = _t(r"""
First component: 2 · (-1) - 3 · 0 = -2. Second: 3 · 4 - 1 · (-1) = 13. Hmm, wait, the j-component carries a minus
sign in the determinant expansion: -(a1 b3 - a3 b1) = -(1 · (-1) - 3 · 4) = -(-1 - 12)... that is -(-11) = 11.
Third: 1 · 0 - 2 · 4 = -8. So (-2, 11, -8).
""")
_MA4_E = _t(r"""
Set up the determinant with rows i, j, k / 4, 0, -1 / 1, 2, 3. First: 0 · 3 - (-1) · 2 = 2. Second:
-(4 · 3 - (-1) · 1) = -13. Third: 4 · 2 - 0 · 1 = 8. So (2, -13, 8); orthogonality with (1, 2, 3): 2 - 26 + 24 = 0 ✓.
""")
_add(
    "matrices",
    _M4,
    [
        (_minerva(_MA4_G, _M4), C),
        (_r1(_MA4_G, r"\begin{bmatrix} -2 \\ 13 \\ -8 \end{bmatrix}"), C),
        (_harmony(_MA4_G, r"\begin{pmatrix}-2\\13\\-8\end{pmatrix}"), C),
        (_claude(_MA4_G, r"-2\mathbf{i}+13\mathbf{j}-8\mathbf{k}"), C),
        (_qwq(_MA4_B, r"\begin{pmatrix} -2 \\ 11 \\ -8 \end{pmatrix}"), W),
        (_sky(_MA4_B, r"\begin{pmatrix}-2\\11\\-8\end{pmatrix}"), W),
        (_gemini(_MA4_E, r"\begin{pmatrix} 2 \\ -13 \\ 8 \end{pmatrix}"), W),
    ],
)

# ---------------------------------------------------------------- expressions, polynomials and sequences

# Expand (2x - 3)^2 - (x + 1)(x - 1).
_EX1_G = _t(r"""
(2x - 3)^2 = 4x^2 - 12x + 9 and (x + 1)(x - 1) = x^2 - 1. Subtract: 4x^2 - 12x + 9 - x^2 + 1 = 3x^2 - 12x + 10.
Careful with the minus distributing over -1: -(x^2 - 1) = -x^2 + 1.

Check at x = 1: (2 - 3)^2 - 2 · 0 = 1, and 3 - 12 + 10 = 1 ✓.
""")
_EX1_B = _t(r"""
(2x - 3)^2 = 4x^2 - 12x + 9 and (x + 1)(x - 1) = x^2 - 1. Subtracting, 4x^2 - 12x + 9 - (x^2 - 1). I first wrote
3x^2 - 12x + 10, but hmm, 9 minus 1 is 8, so it's 3x^2 - 12x + 8.
""")
_EX1_E = _t(r"""
(2x - 3)^2 = 4x^2 - 6x + 9 and (x + 1)(x - 1) = x^2 - 1, so the difference is 4x^2 - 6x + 9 - x^2 + 1 =
3x^2 - 6x + 10.
""")
_add(
    "expressions",
    "3x^2-12x+10",
    [
        (_claude(_EX1_G, "3x^2 - 12x + 10"), C),
        (_qwen(_EX1_G, "10 - 12x + 3x^2"), C),
        (_o1(_EX1_G, r"3x^{2}-12x+10"), C),
        (_r1(_EX1_B, "3x^2-12x+8"), W),
        (_minerva(_EX1_B, "3x^2 - 12x + 8"), W),
        (_harmony(_EX1_E, "3x^2-6x+10"), W),
        (_t_think(_EX1_G, "Subtract: 4x^2 - 12x + 9 -"), T),
    ],
)

# Derivative of x^3 ln x.
_EX2_G = _t(r"""
Product rule: (x^3)' ln x + x^3 (ln x)' = 3x^2 ln x + x^3 · (1/x) = 3x^2 ln x + x^2, which factors as
x^2(3 ln x + 1).

Check at x = 1: near 1, ln x ≈ x - 1, so f(x) ≈ x^3 (x - 1) has slope 1 at x = 1; the formula gives 0 + 1 = 1 ✓.
""")
_EX2_B = _t(r"""
Product rule gives 3x^2 ln x + x^3 · (1/x) = 3x^2 ln x + x^2. Hmm, let me double check with another approach:
differentiate the power and keep the logarithm as it is, which gives 3x^2 ln x. The logarithm changes slowly, so
its contribution can be dropped, and the derivative is 3x^2 ln x.
""")
_EX2_E = _t(r"""
The derivative of x^3 is 3x^2 and the derivative of ln x is 1/x, so the derivative of the product is
3x^2 · (1/x) = 3x.
""")
_add(
    "expressions",
    r"3x^2\ln x+x^2",
    [
        (_r1(_EX2_G, r"3x^2\ln x+x^2"), C),
        (_qwq(_EX2_G, r"x^2(3\ln x+1)"), C),
        (_gemini(_EX2_G, r"3x^{2}\ln(x) + x^{2}"), C),
        (_paren(_EX2_G, r"x^2 + 3x^2 \ln x"), C),
        (_sky(_EX2_B, r"3x^2\ln x"), W),
        (_claude(_EX2_B, r"3x^{2}\ln x"), W),
        (_llama(_EX2_E, "3x"), W),
    ],
)

# n-th term of 5, 8, 11, 14, ... (first term n = 1).
_EX3_G = _t(r"""
Common difference 3, first term 5. a_n = 5 + (n - 1) · 3 = 3n + 2. Check: n = 1 gives 5 ✓, n = 4 gives 14 ✓. (If I
used 5 + 3n, n = 1 would give 8, which is off by one.)
""")
_EX3_B = _t(r"""
a_n = a_1 + (n - 1)d = 5 + 3(n - 1) = 3n + 2. Hmm, wait — I prefer the form a_n = a + nd, where the first term gets
n times the difference added, so a_n = 5 + 3n.
""")
_EX3_E = _t(r"""
The terms go up by 3, so a_n = 3n + c. With the second term 8 at n = 3... let me fit: 3 · 3 + c = 8 gives c = -1,
so a_n = 3n - 1.
""")
_add(
    "expressions",
    "3n+2",
    [
        (_harmony(_EX3_G, "2+3n"), C),
        (_claude(_EX3_G, "a_n = 3n + 2"), C),
        (_r1s(_EX3_G, "3n + 2"), C),
        (_qwq(_EX3_B, "3n+5"), W),
        (_o1(_EX3_B, "a_n = 3n + 5"), W),
        (_sky(_EX3_E, "3n-1"), W),
    ],
)

# Sum of the first n terms of 2, 6, 18, ....
_EX4_G = _t(r"""
Geometric with a = 2 and r = 3. S_n = a(r^n - 1)/(r - 1) = 2(3^n - 1)/2 = 3^n - 1.

Check n = 1: 3 - 1 = 2 ✓; n = 2: 9 - 1 = 8 = 2 + 6 ✓; n = 3: 27 - 1 = 26 = 2 + 6 + 18 ✓.
""")
_EX4_B = _t(r"""
S_n = 2(3^n - 1)/2 = 3^n - 1. Check n = 2: 3^2 - 1 = 8 = 2 + 6 ✓. Hmm, but the terms are 2 · 3^k, and the
exponents run k = 0, 1, ..., n, so the sum of the first n terms should be 2(3^{n+1} - 1)/2 = 3^{n+1} - 1.
""")
_EX4_E = _t(r"""
Ratio 3. The geometric sum formula (r^n - 1)/(r - 1) gives (3^n - 1)/(3 - 1) = (3^n - 1)/2.
""")
_add(
    "expressions",
    "3^n-1",
    [
        (_qwq(_EX4_G, "3^n-1"), C),
        (_claude(_EX4_G, "-1+3^n"), C),
        (_r1(_EX4_G, r"\frac{2(3^n-1)}{3-1}"), C),
        (_llama(_EX4_G, r"3^{n}-1"), C),
        (_minerva(_EX4_B, "3^{n+1}-1"), W),
        (_gsm(_EX4_B, "3^(n+1) - 1"), W),
        (_mistral(_EX4_E, r"\frac{3^n-1}{2}"), W),
        (_t_harmony(_EX4_G, "S_n = a(r^n - 1)/(r - 1) = 2(3^n -"), T),
    ],
)

# ---------------------------------------------------------------- equations of lines, circles and curves

# Line through (1, 3) and (4, 9).
_EQ1_G = _t(r"""
Slope m = (9 - 3)/(4 - 1) = 6/3 = 2. I first wrote it as 3/6 = 1/2 by flipping rise over run, but it's rise/run.
Point-slope: y - 3 = 2(x - 1), so y = 2x - 2 + 3 = 2x + 1. Check (4, 9): 2 · 4 + 1 = 9 ✓.
""")
_EQ1_B = _t(r"""
m = 2. Intercept: b = y - mx = 3 - 2 · 1 = 1, which would give y = 2x + 1. Hmm, actually I remember the intercept
formula as b = mx - y, so b = 2 - 3 = -1, and the line is y = 2x - 1.
""")
_EQ1_E = _t(r"""
Slope = run/rise = (4 - 1)/(9 - 3) = 1/2. Then y - 3 = (1/2)(x - 1), so y = x/2 + 5/2.
""")
_add(
    "equations",
    "y=2x+1",
    [
        (_gemini(_EQ1_G, "y = 2x + 1"), C),
        (_claude(_EQ1_G, "y = 1 + 2x"), C),
        (_plain(_EQ1_G, "y = 2x + 1"), C),
        (_qwq(_EQ1_B, "y=2x-1"), W),
        (_harmony(_EQ1_B, "y = 2x - 1"), W),
        (_sky(_EQ1_E, r"y=\frac{1}{2}x+\frac{5}{2}"), W),
    ],
)

# Circle with centre (2, -1) through (5, 3).
_EQ2_G = _t(r"""
r^2 = (5 - 2)^2 + (3 - (-1))^2 = 9 + 16 = 25, so r = 5. Centre (2, -1) gives (y - (-1)) = (y + 1). The equation
is (x - 2)^2 + (y + 1)^2 = 25. Check (5, 3): 9 + 16 = 25 ✓.
""")
_EQ2_B = _t(r"""
Radius: r^2 = 3^2 + 4^2 = 25, so r = 5. The standard form is (x - h)^2 + (y - k)^2 = r, so with r = 5 I get
(x - 2)^2 + (y + 1)^2 = 5.
""")
_EQ2_E = _t(r"""
Distance from the centre to the point: √(9 + 16) = 5. Plugging the centre in with the signs of its coordinates:
(x + 2)^2 + (y - 1)^2 = 25.
""")
_add(
    "equations",
    "(x-2)^2+(y+1)^2=25",
    [
        (_minerva(_EQ2_G, "(x-2)^2+(y+1)^2=25"), C),
        (_o1(_EQ2_G, "(x - 2)^2 + (y + 1)^2 = 25"), C),
        (_sky(_EQ2_G, "(y+1)^2+(x-2)^2=25"), C),
        (_bold(_EQ2_G, r"(x-2)^{2}+(y+1)^{2}=25"), C),
        (_r1(_EQ2_B, "(x-2)^2+(y+1)^2=5"), W),
        (_claude(_EQ2_B, "(x - 2)^2 + (y + 1)^2 = 5"), W),
        (_qwq(_EQ2_E, "(x+2)^2+(y-1)^2=25"), W),
    ],
)

# Tangent line to y = x^2 at x = 3.
_EQ3_G = _t(r"""
The point is (3, 9). The derivative is 2x, so the slope is 6. y - 9 = 6(x - 3), so y = 6x - 18 + 9 = 6x - 9.

Check: x^2 - (6x - 9) = (x - 3)^2 ≥ 0 with a double root at 3, so the line touches the parabola there ✓.
""")
_EQ3_B = _t(r"""
Slope 2 · 3 = 6 through (3, 9): y - 9 = 6(x - 3), so y = 6x - 9. Check: x = 3 gives 9 ✓. Hmm, wait, let me redo
the algebra: y - 9 = 6x - 18, and moving the 9 over gives y = 6x - 18 - 9 = 6x - 27.
""")
_EQ3_E = _t(r"""
Slope 6 at x = 3. Write y = 6x + b and use the point (3, 9): b = 18 - 9 = 9. So y = 6x + 9.
""")
_add(
    "equations",
    "y=6x-9",
    [
        (_r1(_EQ3_G, "y = 6x - 9"), C),
        (_qwen(_EQ3_G, "y = -9 + 6x"), C),
        (_harmony(_EQ3_G, "y=6x-9"), C),
        (_sky(_EQ3_B, "y=6x-27"), W),
        (_claude(_EQ3_B, "y = 6x - 27"), W),
        (_o1(_EQ3_E, "y = 6x + 9"), W),
    ],
)

# ---------------------------------------------------------------- units and percents

# Area, in square centimetres, of a 12 cm by 7.5 cm rectangle.
_UN1_G = _t(r"""
Area = length × width = 12 × 7.5 cm^2. 12 × 7 = 84 and 12 × 0.5 = 6, total 90. The units are cm × cm = cm^2.
(The perimeter would be 2(12 + 7.5) = 39 cm, but the question asks for the area.)
""")
_UN1_B = _t(r"""
A quick estimate: 12 × 7.5 is about 90. Exactly: 12 × 7 = 84, and 12 × 0.5 = 0.6, so 84 + 0.6 = 84.6 cm^2. The
estimate was rough, and the step-by-step product is exact, so the area is 84.6 square centimetres.
""")
_UN1_E = _t(r"""
For a rectangle, add the two sides and double: 2 × (12 + 7.5) = 2 × 19.5 = 39.
""")
_add(
    "units",
    "90",
    [
        (_gsm(_UN1_G, "90"), C),
        (_claude(_UN1_G, r"90\text{ cm}^2"), C),
        (_qwen(_UN1_G, r"90 \, \mathrm{cm}^2"), C),
        (_plain(_UN1_G, "90 cm²"), C),
        (_r1(_UN1_B, r"84.6\text{ cm}^2"), W),
        (_gsm(_UN1_B, "84.6"), W),
        (_minerva(_UN1_E, "39"), W),
    ],
)

# Percent increase when a price goes from 80 to 92.
_UN2_G = _t(r"""
Increase = 92 - 80 = 12. Relative to the original price 80: 12/80 = 0.15 = 15%. Not 12/92 ≈ 13.04%, which uses the
new price as the base. Check: 80 × 1.15 = 92 ✓.
""")
_UN2_B = _t(r"""
The increase is 12, and 12/80 = 15%. Hmm, but a change is better measured against where the price ends up, since
that's the current price: 12/92 ≈ 0.1304, so the increase is 13.04%.
""")
_UN2_B2 = _t(r"""
92/80 = 1.15, so the new price is 1.15 times the old, which is a 15% increase on top of the original. The price
went up to 115% of the original, so in percent terms the increase is 115%.
""")
_UN2_E = _t(r"""
The price went up by 92 - 80 = 12 dollars, and each dollar is one percent, so 12%.
""")
_add(
    "units",
    r"15\%",
    [
        (_r1(_UN2_G, r"15\%"), C),
        (_gsm(_UN2_G, "15"), C),
        (_harmony(_UN2_G, r"15\,\%"), C),
        (_paren(_UN2_G, r"15\%"), C),
        (_qwq(_UN2_B, r"13.04\%"), W),
        (_claude(_UN2_B2, r"115\%"), W),
        (_llama(_UN2_E, r"12\%"), W),
        (_t_think(_UN2_G, "Relative to the original price 80: 12/80 ="), T),
    ],
)

# Minutes needed to travel 210 km at 84 km/h.
_UN3_G = _t(r"""
Time = distance / speed = 210/84 h. 84 × 2 = 168, with remainder 42, which is half of 84, so 2.5 h. In minutes:
2.5 × 60 = 150 minutes. Check: 84 km/h is 1.4 km per minute, and 1.4 × 150 = 210 ✓.
""")
_UN3_B = _t(r"""
210/84: 84 × 2 = 168, remainder 42, and 42/84 = 0.5, so 2.5 h, which is 150 min. Let me double check 84 × 2.5 =
168 + 42 = 210 ✓. So it's 2 h 30 min; in minutes, 2 · 60 + 30 = 140.
""")
_UN3_E = _t(r"""
210/84 ≈ 2.4 hours, and 2.4 × 60 = 144 minutes.
""")
_UN3_BRK = _t(r"""
Hmm, wait, 2.5 hours is 2 hours and 50 minutes, so the total is 120 + 50 = 170 minutes.
""")
_add(
    "units",
    "150",
    [
        (_gsm(_UN3_G, "150"), C),
        (_minerva(_UN3_G, r"150\text{ minutes}"), C),
        (_qwq(_UN3_G, r"150 \text{ min}"), C),
        (_plain(_UN3_G, "150 minutes"), C),
        (_sky(_over(_UN3_G, "150", _UN3_BRK), "170"), W),
        (_r1(_UN3_B, "140"), W),
        (_claude(_UN3_E, r"144\text{ minutes}"), W),
        (_t_sky(_UN3_G, "84 × 2 = 168, with remainder 42, which is half of"), T),
    ],
)

# Amount after 2 years of $2000 at 5% compounded annually.
_UN4_G = _t(r"""
Year 1: 2000 × 1.05 = 2100. Year 2: 2100 × 1.05 = 2205. Or directly 2000 × 1.05^2 = 2000 × 1.1025 = 2205. Simple
interest would give 2200; the extra 5 dollars is interest on interest. The interest earned is 205, but the
question asks for the amount, so the amount is 2205 dollars.
""")
_UN4_B = _t(r"""
2000 × 1.05^2 = 2000 × 1.1025 = 2205. The interest is 2205 - 2000 = 205. Since the question is about how much the
investment grows, I'll report the interest: 205 dollars.
""")
_UN4_B2 = _t(r"""
With compounding, 2000 × 1.05^2 = 2205. But 5% per year of 2000 dollars is 100 dollars each year, so after two
years the account holds 2000 + 2 · 100 = 2200.
""")
_UN4_E = _t(r"""
1.05^2 = 1.105, so the amount is 2000 × 1.105 = 2210.
""")
_add(
    "units",
    "2205",
    [
        (_gsm(_UN4_G, "2205"), C),
        (_claude(_UN4_G, r"\$2{,}205"), C),
        (_o1(_UN4_G, r"\$2205"), C),
        (_plain(_UN4_G, "$2,205"), C),
        (_r1(_UN4_B, "205"), W),
        (_gsm(_UN4_B2, "2200"), W),
        (_minerva(_UN4_E, r"\$2210"), W),
    ],
)

# ---------------------------------------------------------------- base-n numbers

# 46 in base 2.
_BA1_G = _t(r"""
Repeated division: 46/2 = 23 r0, 23/2 = 11 r1, 11/2 = 5 r1, 5/2 = 2 r1, 2/2 = 1 r0, 1/2 = 0 r1. Read the remainders
from bottom to top: 1 0 1 1 1 0, so 101110_2.

Check: 32 + 8 + 4 + 2 = 46 ✓. (Reading them top to bottom would give 011101 = 29, wrong.)
""")
_BA1_B = _t(r"""
Remainders in the order they come out: 46 → 0, 23 → 1, 11 → 1, 5 → 1, 2 → 0, 1 → 1. I've seen this written as
101110, reading backwards, but the first remainder comes first, so the digits are 011101, i.e. 11101_2.
""")
_BA1_E = _t(r"""
Powers of two up to 46: 32, 16, 8, 4, 2, 1. Digits: 32 → 1, 16 → 0, 8 → 1, 4 → 1, 2 → 0, 1 → 0. So 101100_2.
""")
_BA1_BRK = _t(r"""
Hmm, wait, the first remainder is the leading digit, isn't it? Then the digits are 011101, i.e. 11101_2.
""")
_add(
    "base_n",
    "101110_2",
    [
        (_r1(_BA1_G, "101110_2"), C),
        (_claude(_BA1_G, r"101110_{2}"), C),
        (_o1(_BA1_G, "101110"), C),
        (_sky(_BA1_G, r"(101110)_2"), C),
        (_qwq(_BA1_B, "11101_2"), W),
        (_gemini(_over(_BA1_G, "101110_2", _BA1_BRK), "11101_2"), W),
        (_minerva(_BA1_E, "101100_2"), W),
    ],
)

# 2143_5 in base 10.
_BA2_G = _t(r"""
2143_5 = 2 · 5^3 + 1 · 5^2 + 4 · 5 + 3 = 2 · 125 + 25 + 20 + 3 = 250 + 25 + 20 + 3 = 298.

Check by Horner: ((2 · 5 + 1) · 5 + 4) · 5 + 3 = (11 · 5 + 4) · 5 + 3 = 59 · 5 + 3 = 298 ✓.
""")
_BA2_B = _t(r"""
Place values: 2 · 125 + 1 · 25 + 4 · 5 + 3 = 250 + 25 + 20 + 3 = 298. Horner check: ((2 · 5 + 1) · 5 + 4) · 5 + 3 =
(55 + 4) · 5 + 3 = 59 · 5 + 3 = 285 + 3 = 288. The Horner computation has fewer steps to get wrong, so 288.
""")
_BA2_E = _t(r"""
Four digits, so the place values are 5^4, 5^3, 5^2, 5^1: 2 · 625 + 1 · 125 + 4 · 25 + 3 · 5 =
1250 + 125 + 100 + 15 = 1490.
""")
_add(
    "base_n",
    "298",
    [
        (_gsm(_BA2_G, "298"), C),
        (_sky(_BA2_G, r"298_{10}"), C),
        (_o1(_BA2_G, "298"), C),
        (_claude(_BA2_B, "288"), W),
        (_harmony(_BA2_B, "288"), W),
        (_r1(_BA2_E, "1490"), W),
    ],
)

# 356_7 + 245_7, in base 7.
_BA3_G = _t(r"""
Add column by column in base 7. Units: 6 + 5 = 11 = 1 · 7 + 4, write 4, carry 1. Sevens: 5 + 4 + 1 = 10 =
1 · 7 + 3, write 3, carry 1. Forty-nines: 3 + 2 + 1 = 6, write 6. Result 634_7.

Check in base 10: 356_7 = 147 + 35 + 6 = 188 and 245_7 = 98 + 28 + 5 = 131, sum 319; 634_7 = 294 + 21 + 4 = 319 ✓.
""")
_BA3_B = _t(r"""
Units: 6 + 5 = 11 → 4, carry 1. Sevens: 5 + 4 + 1 = 10 → 3 and a carry. Top: 3 + 2 = 5. So 534_7. Quick check in
base 10: 188 + 131 = 319, and 319 = 6 · 49 + 25 = 634_7. Hmm, that differs from my column sum, but the top column
3 + 2 = 5 has no carry of its own, so I'll keep 534_7.
""")
_BA3_E = _t(r"""
Add the digits as ordinary numbers: 356 + 245 = 601, and since no digit is 7 or more, this is 601_7.
""")
_add(
    "base_n",
    "634_7",
    [
        (_minerva(_BA3_G, r"634_{7}"), C),
        (_llama(_BA3_G, "634_7"), C),
        (_remark(_BA3_G, "634_{7}"), C),
        (_r1(_BA3_B, "534_7"), W),
        (_o1(_BA3_B, "534_7"), W),
        (_claude(_BA3_E, "601_7"), W),
        (_t_harmony(_BA3_G, "Sevens: 5 + 4 + 1 = 10 = 1 · 7 +"), T),
    ],
)

# ---------------------------------------------------------------- congruences

# Smallest positive x with 7x ≡ 3 (mod 11).
_CO1_G = _t(r"""
Inverse of 7 mod 11: 7 · 8 = 56 = 5 · 11 + 1, so 7^{-1} ≡ 8. Then x ≡ 3 · 8 = 24 ≡ 2 (mod 11). Check: 7 · 2 = 14 =
11 + 3 ✓. The smallest positive solution is 2.
""")
_CO1_B = _t(r"""
7^{-1} ≡ 8 (mod 11) since 56 ≡ 1. So x ≡ 3 · 8 = 24, and 24 - 11 = 13. Check: 7 · 13 = 91 = 88 + 3 ✓. What about
x = 2? 7 · 2 = 14 ≡ 3 works too, but 2 and 13 are the same class mod 11, and 13 is the value my computation
produced, so x = 13.
""")
_CO1_E = _t(r"""
The inverse of 7 mod 11 is 5, because 7 · 5 = 35 is close to 33. So x ≡ 3 · 5 = 15 ≡ 4 (mod 11).
""")
_CO1_FIX = _t(r"""
Wait, 13 isn't the smallest positive representative: 13 - 11 = 2, and x = 2 works (14 ≡ 3). The smallest positive
solution is 2.
""")
_add(
    "congruences",
    "2",
    [
        (_gsm(_CO1_G, "2"), C),
        (_minerva(_CO1_G, "x = 2"), C),
        (_llama(_CO1_G, "2"), C),
        (_qwq(_over(_CO1_B, "13", _CO1_FIX), "2"), C),
        (_r1(_CO1_B, "13"), W),
        (_claude(_CO1_B, "13"), W),
        (_sky(_CO1_E, "4"), W),
    ],
)

# x ≡ 1 (mod 4), x ≡ 2 (mod 5), x ≡ 3 (mod 7).
_CO2_G = _t(r"""
Start with x ≡ 3 (mod 7): x = 3, 10, 17, 24, ... Need x ≡ 2 (mod 5): 3 → 3, 10 → 0, 17 → 2 ✓. So x ≡ 17 (mod 35).
Now mod 4: 17 ≡ 1 ✓. The moduli are pairwise coprime and 4 · 5 · 7 = 140, so x ≡ 17 (mod 140).

Check: 17 = 4 · 4 + 1, 17 = 3 · 5 + 2, 17 = 2 · 7 + 3 ✓.
""")
_CO2_B = _t(r"""
From the mod 7 and mod 5 conditions, x ≡ 17 (mod 35). And 17 ≡ 1 (mod 4) already, so the mod 4 condition adds
nothing new. The combined modulus would be 140 if the condition mod 4 cut the class down, but since 17 satisfies
it already, the solution stays x ≡ 17 (mod 35).
""")
_CO2_E = _t(r"""
x = 17 satisfies all three: 17 = 16 + 1, 17 = 15 + 2, 17 = 14 + 3. The combined modulus is lcm(4, 5, 7), and since
4 · 5 = 20 and 20 · 7 = 70 after cancelling the common 2, the solution is x ≡ 17 (mod 70).
""")
_add(
    "congruences",
    r"x \equiv 17 \pmod{140}",
    [
        (_r1(_CO2_G, r"x \equiv 17 \pmod{140}"), C),
        (_qwq(_CO2_G, r"x\equiv 17\ (\mathrm{mod}\ 140)"), C),
        (_plain(_CO2_G, "x ≡ 17 (mod 140)"), C),
        (_harmony(_CO2_G, r"x \equiv 17 \pmod {140}"), C),
        (_claude(_CO2_B, r"x \equiv 17 \pmod{35}"), W),
        (_minerva(_CO2_B, r"x\equiv 17 \pmod{35}"), W),
        (_gemini(_CO2_E, r"x \equiv 17 \pmod{70}"), W),
        (_t_sky(_CO2_G, "Need x ≡ 2 (mod 5): 3 → 3, 10 →"), T),
    ],
)

# Remainder of 5^83 on division by 13.
_CO3_G = _t(r"""
5^2 = 25 ≡ 25 - 26 = -1 (mod 13), so 5^4 ≡ 1. 83 = 4 · 20 + 3, so 5^83 ≡ 5^3 = 125 ≡ 125 - 117 = 8 (mod 13).

Alternatively 5^83 = (5^2)^41 · 5 ≡ (-1)^41 · 5 = -5 ≡ 8 ✓. The remainder is 8.
""")
_CO3_B = _t(r"""
5^4 ≡ 1 (mod 13), and 83 = 4 · 20 + 3, so 5^83 ≡ 5^3 = 125 ≡ 8. Second method: (5^2)^41 · 5 ≡ (-1)^41 · 5, and a
power of -1 with this exponent is +1, so this gives 5. The two methods disagree; the second uses smaller numbers,
so I trust it: 5.
""")
_CO3_E = _t(r"""
5^4 ≡ 1 (mod 13). 83 divided by 4 leaves remainder 2, so 5^83 ≡ 5^2 = 25 ≡ 12 (mod 13).
""")
_add(
    "congruences",
    "8",
    [
        (_r1(_CO3_G, "8"), C),
        (_gsm(_CO3_G, "8"), C),
        (_claude(_CO3_G, "8"), C),
        (_qwq(_CO3_B, "5"), W),
        (_harmony(_CO3_B, "5"), W),
        (_o1(_CO3_E, "12"), W),
    ],
)

# ---------------------------------------------------------------- multiple choice

# Largest of (A) 2^30 (B) 3^20 (C) 5^13 (D) 10^9 (E) 6^12.
_MC1_G = _t(r"""
Compare base-10 logarithms: (A) 30 · 0.3010 = 9.03; (B) 20 · 0.4771 = 9.54; (C) 13 · 0.6990 = 9.09; (D) 9;
(E) 12 · 0.7782 = 9.34. The largest is (B), 3^20 ≈ 3.49 × 10^9.

Double-check (E), the runner-up: 6^12 = 2^12 · 3^12 = 4096 · 531441 ≈ 2.18 × 10^9, less than 3^20 ✓.
""")
_MC1_B = _t(r"""
Logarithms: (A) 30 · 0.3010 = 9.03; (B) 20 · 0.4471 = 8.94; (C) 13 · 0.6990 = 9.09; (D) 9; (E) 12 · 0.7782 = 9.34.
So (B) is actually the smallest of these and (E) is the largest.
""")
_MC1_E = _t(r"""
10^9 has by far the largest base among the options, and its exponent 9 is not much smaller than the others once
the bases are taken into account, so (D) is the largest.
""")
_add(
    "choice",
    "B",
    [
        (_qwq(_MC1_G, r"\textbf{(B)}"), C),
        (_claude(_MC1_G, "(B)"), C),
        (_r1(_MC1_G, "B"), C),
        (_plain(_MC1_G, "(B) 3^20"), C),
        (_sky(_MC1_B, "E"), W),
        (_minerva(_MC1_B, r"\text{(E)}"), W),
        (_o1(_MC1_E, r"\text{(D)}"), W),
        (_t_think(_MC1_G, "(C) 13 · 0.6990 = 9.09; (D) 9; (E) 12 ·"), T),
    ],
)

# 1/(1·2) + ... + 1/(9·10); (A) 8/9 (B) 10/11 (C) 1 (D) 9/10 (E) 11/10.
_MC2_G = _t(r"""
Telescoping: 1/(k(k+1)) = 1/k - 1/(k+1). Summing from k = 1 to 9 leaves 1 - 1/10 = 9/10. Check a partial sum:
1/2 + 1/6 = 2/3 = 1 - 1/3 ✓. The value 9/10 is choice (D).
""")
_MC2_B = _t(r"""
Telescoping gives 1 - 1/10 = 9/10 if k runs to 9. Hmm, let me recount the terms: 1·2, 2·3, ..., 9·10. I count ten
products when I include both ends, so the sum is 1 - 1/11 = 10/11, which is choice (B).
""")
_MC2_E = _t(r"""
1/(k(k+1)) = 1/k - 1/(k+1), and the sum collapses to 1 - 1/9 = 8/9, choice (A).
""")
_add(
    "choice",
    "D",
    [
        (_r1(_MC2_G, "D"), C),
        (_minerva(_MC2_G, "(D)"), C),
        (_harmony(_MC2_G, r"\textbf{(D)}\ \frac{9}{10}"), C),
        (_qwen(_MC2_G, r"\text{D}"), C),
        (_qwq(_MC2_B, "B"), W),
        (_claude(_MC2_B, r"\textbf{(B)}"), W),
        (_gemini(_MC2_E, r"\text{(A)}"), W),
    ],
)

# Number of primes between 40 and 60: (A) 3 (B) 4 (C) 5 (D) 6 (E) 7.
_MC3_G = _t(r"""
Check the odd numbers: 41 (prime), 43 (prime), 45 = 5 · 9, 47 (prime), 49 = 7^2, 51 = 3 · 17, 53 (prime),
55 = 5 · 11, 57 = 3 · 19, 59 (prime). So the primes are 41, 43, 47, 53, 59: five of them, choice (C).
""")
_MC3_B = _t(r"""
I first counted five primes — 41, 43, 47, 53, 59 — but I think I missed 51: it's odd, not divisible by 5, and not
divisible by 7 (7 · 7 = 49, 7 · 8 = 56). So the primes are 41, 43, 47, 51, 53, 59, six in all, choice (D).
""")
_MC3_E = _t(r"""
Primes in the range: 41, 43, 47, 53. That's four, choice (B).
""")
_add(
    "choice",
    "C",
    [
        (_claude(_MC3_G, "(C)"), C),
        (_llama(_MC3_G, r"\text{C}"), C),
        (_o1(_MC3_G, r"\textbf{(C) }5"), C),
        (_r1(_MC3_B, "D"), W),
        (_minerva(_MC3_B, "(D)"), W),
        (_qwq(_MC3_E, r"\text{(B)}"), W),
    ],
)

# ---------------------------------------------------------------- text answers

# Is 221 prime?
_TX1_G = _t(r"""
√221 ≈ 14.9, so I test the primes up to 13. 2: it's odd. 3: digit sum 5, no. 5: no. 7: 7 · 31 = 217, remainder 4.
11: 11 · 20 = 220, remainder 1. 13: 13 · 17 = 221 ✓. So 221 = 13 × 17 is composite; it is not prime.
""")
_TX1_B = _t(r"""
Test 2, 3, 5, 7, 11: none divide 221 (7 · 31 = 217, 11 · 20 = 220). Since 13^2 = 169 < 221, I should test 13 too:
13 · 17 = 130 + 91 = 211, not 221, and 13 · 18 = 234 is too big. So 13 doesn't divide it either, and 221 is prime.
""")
_TX1_E = _t(r"""
221 is odd, its digit sum 5 is not a multiple of 3, it doesn't end in 0 or 5, and 7 · 31 = 217 leaves remainder 4.
So it has no small factor and is prime.
""")
_add(
    "text",
    r"\text{no}",
    [
        (_qwq(_TX1_G, r"\text{No}"), C),
        (_plain(_TX1_G, "no"), C),
        (_gemini(_TX1_G, r"\text{No}"), C),
        (_r1s(_TX1_G, r"\text{no}"), C),
        (_r1(_TX1_B, r"\text{Yes}"), W),
        (_o1(_TX1_B, r"\text{yes}"), W),
        (_minerva(_TX1_E, r"\text{Yes}"), W),
    ],
)

# Type of conic x^2 - 4y^2 + 2x - 8y = 7.
_TX2_G = _t(r"""
The x^2 and y^2 coefficients have opposite signs (1 and -4), which suggests a hyperbola. Complete the squares:
(x + 1)^2 - 1 - 4(y^2 + 2y) = 7, so (x + 1)^2 - 1 - 4[(y + 1)^2 - 1] = 7, i.e. (x + 1)^2 - 4(y + 1)^2 = 4, or
(x + 1)^2/4 - (y + 1)^2 = 1.

The right side is positive, so it's non-degenerate: a hyperbola centred at (-1, -1). Not an ellipse (that needs
the same signs) and not a parabola (that has only one squared variable).
""")
_TX2_B = _t(r"""
At first sight the minus sign suggests a hyperbola. Completing squares: (x + 1)^2 - 4(y + 1)^2 = 4. Hmm, let me
redo the y-part: -4y^2 - 8y = -4(y^2 + 2y), and moving it across flips the sign, so (x + 1)^2/4 + (y + 1)^2 = 1.
Both squares have positive coefficients, so it is an ellipse.
""")
_TX2_E = _t(r"""
The equation has linear terms 2x and -8y besides the squares, and linear terms shift and bend the curve like a
parabola's, so the conic is a parabola.
""")
_add(
    "text",
    r"\text{hyperbola}",
    [
        (_sky(_TX2_G, r"\text{hyperbola}"), C),
        (_plain(_TX2_G, "a hyperbola"), C),
        (_claude(_TX2_G, r"\text{Hyperbola}"), C),
        (_harmony(_TX2_G, r"\text{a hyperbola}"), C),
        (_qwq(_TX2_B, r"\text{ellipse}"), W),
        (_plain(_TX2_B, "an ellipse"), W),
        (_r1(_TX2_E, r"\text{parabola}"), W),
        (_t_think(_TX2_G, "so (x + 1)^2 - 1 - 4[(y + 1)^2 -"), T),
    ],
)

# Day of the week 100 days after a Tuesday.
_TX3_G = _t(r"""
100 = 7 · 14 + 2. After 98 days (14 weeks) it's Tuesday again, and 2 more days give Wednesday, then Thursday. So
Thursday. (Counting the starting day as day 1 would give an off-by-one; "after" means we don't count it.)
""")
_TX3_B = _t(r"""
100 mod 7 = 2, and Tuesday + 2 = Thursday. Hmm, but day 1 of the hundred is the Tuesday itself, so counting the
days inclusively I should move one day fewer: Tuesday + 1 = Wednesday.
""")
_TX3_E = _t(r"""
100 = 7 · 14 + 3, since 7 · 14 = 98 and the remainder is 3... so three days past Tuesday: Wednesday, Thursday,
Friday.
""")
_add(
    "text",
    r"\text{Thursday}",
    [
        (_plain(_TX3_G, "Thursday"), C),
        (_harmony(_TX3_G, "Thursday"), C),
        (_llama(_TX3_G, r"\text{Thursday}"), C),
        (_claude(_TX3_B, r"\text{Wednesday}"), W),
        (_qwen(_TX3_B, r"\text{Wednesday}"), W),
        (_r1(_TX3_E, r"\text{Friday}"), W),
    ],
)

# ---------------------------------------------------------------- probability

# Probability that two fair dice sum to 8.
_PR1_G = _t(r"""
Ordered pairs summing to 8: (2,6), (3,5), (4,4), (5,3), (6,2) — 5 of them; (1,7) is impossible. Out of 36 equally
likely outcomes, P = 5/36 ≈ 0.139. Don't confuse this with a sum of 7, which has 6 outcomes and probability 1/6.
""")
_PR1_B = _t(r"""
Pairs: (2,6), (3,5), (4,4), (5,3), (6,2), so 5 outcomes and 5/36. Hmm, wait: (4,4) should count twice, since
either die can show the first 4. That makes 6 outcomes, and 6/36 = 1/6.
""")
_PR1_E = _t(r"""
Unordered outcomes of two dice: 21 of them. Those summing to 8: {2,6}, {3,5}, {4,4}, which is 3. So 3/21 = 1/7.
""")
_PR1_FIX = _t(r"""
Wait, that's wrong: (4,4) is a single outcome among the 36 ordered ones, while (3,5) and (5,3) are different. So
there are 5 outcomes and the probability is 5/36.
""")
_add(
    "probability",
    r"\frac{5}{36}",
    [
        (_r1(_PR1_G, r"\frac{5}{36}"), C),
        (_claude(_PR1_G, r"\dfrac{5}{36}"), C),
        (_plain(_PR1_G, "5/36"), C),
        (_qwq(_over(_PR1_B, r"\frac{1}{6}", _PR1_FIX), r"\frac{5}{36}"), C),
        (_minerva(_PR1_B, r"\frac{1}{6}"), W),
        (_mistral(_PR1_B, r"\frac16"), W),
        (_sky(_PR1_E, r"\frac{1}{7}"), W),
        (_t_sky(_PR1_G, "(3,5), (4,4), (5,"), T),
    ],
)

# Bag with 5 red and 3 blue; two drawn without replacement; both red.
_PR2_G = _t(r"""
P(first red) = 5/8, then 4 red remain of 7: 4/7. Product 20/56 = 5/14. Check with combinations:
C(5,2)/C(8,2) = 10/28 = 5/14 ✓. With replacement it would be 25/64, but these draws are without replacement.
""")
_PR2_B = _t(r"""
(5/8)(4/7) = 20/56 = 5/14. Hmm, should order matter? Either red marble could be drawn first, so I multiply by 2:
2 · 5/14 = 10/14 = 5/7.
""")
_PR2_E = _t(r"""
The probability of one red and one blue in either order: 2 · (5/8)(3/7) = 30/56 = 15/28.
""")
_add(
    "probability",
    r"\frac{5}{14}",
    [
        (_gsm(_PR2_G, "5/14"), C),
        (_o1(_PR2_G, r"\dfrac{5}{14}"), C),
        (_harmony(_PR2_G, r"\frac{10}{28}"), C),
        (_llama(_PR2_G, r"\frac{5}{14}"), C),
        (_r1(_PR2_B, r"\frac{5}{7}"), W),
        (_claude(_PR2_B, r"\frac57"), W),
        (_qwq(_PR2_E, r"\frac{15}{28}"), W),
    ],
)

# E[X^2] for one roll X of a fair die.
_PR3_G = _t(r"""
E[X^2] = (1 + 4 + 9 + 16 + 25 + 36)/6 = 91/6 ≈ 15.17. This is not (E[X])^2 = 3.5^2 = 12.25 = 49/4; the difference
91/6 - 49/4 = 182/12 - 147/12 = 35/12 is the variance, which matches the known variance of a die ✓.
""")
_PR3_B = _t(r"""
E[X^2] = 91/6. Subtracting (E[X])^2 = 49/4 gives 182/12 - 147/12 = 35/12, which is the quantity that describes the
squared deviation of a roll.
""")
_PR3_E = _t(r"""
E[X] = 3.5, so E[X^2] = (E[X])^2 = 3.5^2 = 12.25 = 49/4.
""")
_add(
    "probability",
    r"\frac{91}{6}",
    [
        (_qwen(_PR3_G, r"\frac{91}{6}"), C),
        (_sky(_PR3_G, r"\dfrac{91}{6}"), C),
        (_minerva(_PR3_G, "91/6"), C),
        (_gemini(_PR3_B, r"\frac{35}{12}"), W),
        (_r1(_PR3_B, r"\frac{35}{12}"), W),
        (_claude(_PR3_E, r"\frac{49}{4}"), W),
    ],
)

# ---------------------------------------------------------------- combinatorics with large numbers

# C(20, 10).
_CB1_G = _t(r"""
C(20,10) = 20!/(10! · 10!). Stepwise: C(20,10) = C(19,9) · 20/10 = 2 · C(19,9). Known values: C(18,9) = 48620 and
C(19,9) = C(18,8) + C(18,9) = 43758 + 48620 = 92378. So C(20,10) = 2 · 92378 = 184756.

Sanity check: the central coefficient is roughly 4^10/√(10π) ≈ 1048576/5.60 ≈ 187000, close ✓.
""")
_CB1_B = _t(r"""
C(20,10) = C(19,9) + C(19,10) = 2 · 92378 = 184756. But wait: choosing 10 of the 20 splits them into two groups of
10, and choosing a set or its complement gives the same split, so I divide by 2: 92378.
""")
_CB1_E = _t(r"""
C(18,9) = 48620 and C(18,8) = 43762, so C(19,9) = 92382 and C(20,10) = 2 · 92382 = 184764.
""")
_add(
    "combinatorics",
    "184756",
    [
        (_gsm(_CB1_G, "184756"), C),
        (_r1(_CB1_G, "184{,}756"), C),
        (_claude(_CB1_G, r"184\,756"), C),
        (_plain(_CB1_G, "184,756"), C),
        (_qwq(_CB1_B, "92378"), W),
        (_llama(_CB1_B, "92{,}378"), W),
        (_sky(_CB1_E, "184764"), W),
        (_t_harmony(_CB1_G, "C(19,9) = C(18,8) + C(18,9) = 43758 +"), T),
    ],
)

# Arrangements of the letters of MISSISSIPPI.
_CB2_G = _t(r"""
11 letters: M × 1, I × 4, S × 4, P × 2. Arrangements = 11!/(4! · 4! · 2!) = 39916800/(24 · 24 · 2) = 39916800/1152
= 34650.

Check: 1152 × 34650 = 1152 × 30000 + 1152 × 4650 = 34560000 + 5356800 = 39916800 ✓.
""")
_CB2_B = _t(r"""
11!/(4! · 4! · 2!) = 34650. Hmm, wait — the 2! for the P's: there are only two P's, and swapping them is already
covered because I'm dividing by the I's and S's... I think I double-divided. Using 11!/(4! · 4!) =
39916800/576 = 69300.
""")
_CB2_E = _t(r"""
Counts: I × 4, S × 3, P × 2 and M × 1. So 11!/(4! · 3! · 2!) = 39916800/288 = 138600.
""")
_add(
    "combinatorics",
    "34650",
    [
        (_minerva(_CB2_G, "34650"), C),
        (_harmony(_CB2_G, "34{,}650"), C),
        (_o1(_CB2_G, r"34\,650"), C),
        (_qwen(_CB2_G, r"\frac{11!}{4!\,4!\,2!} = 34650"), C),
        (_r1(_CB2_B, "69300"), W),
        (_gsm(_CB2_B, "69300"), W),
        (_claude(_CB2_E, "138600"), W),
    ],
)

# Subsets with at least two elements of a 12-element set.
_CB3_G = _t(r"""
Total subsets: 2^12 = 4096. Remove the empty set (1) and the 12 singletons: 4096 - 1 - 12 = 4083. Check on a small
case: a 3-element set has 2^3 - 1 - 3 = 4 subsets of size at least 2 ({a,b}, {a,c}, {b,c}, {a,b,c}) ✓.
""")
_CB3_B = _t(r"""
2^12 = 4096, minus the 12 singletons gives 4084. The empty set has 0 elements, so should it go too, giving 4083?
Hmm, the empty set has no elements at all, so it was never among the subsets being counted. I'll keep 4084.
""")
_CB3_E = _t(r"""
A 12-element set has 2^12 = 4096 subsets, and leaving out the empty one gives 2^12 - 1 = 4095.
""")
_CB3_FIX = _t(r"""
Wait, that's wrong: the 4096 subsets include the empty set, so it has to be subtracted as well. The count is
4096 - 1 - 12 = 4083.
""")
_add(
    "combinatorics",
    "4083",
    [
        (_gsm(_CB3_G, "4083"), C),
        (_minerva(_CB3_G, "4083"), C),
        (_o1(_CB3_G, r"2^{12}-13"), C),
        (_sky(_over(_CB3_B, "4084", _CB3_FIX), "4083"), C),
        (_r1(_CB3_B, "4084"), W),
        (_harmony(_CB3_B, "4084"), W),
        (_claude(_CB3_E, "4095"), W),
    ],
)

# Five-card poker hands with exactly one pair.
_CB4_G = _t(r"""
Choose the pair's rank: 13 ways. Its suits: C(4,2) = 6. The other three cards need 3 distinct ranks from the
remaining 12: C(12,3) = 220, each with any suit: 4^3 = 64. Total 13 · 6 · 220 · 64. 13 · 6 = 78; 78 · 220 = 17160;
17160 · 64 = 1098240.

I first tried 12 · 11 · 10 = 1320 for the kicker ranks, but that orders them; dividing by 3! = 6 gives 220 ✓.
""")
_CB4_B = _t(r"""
13 · 6 · (12 · 11 · 10) · 64 = 78 · 1320 · 64 = 6589440. Dividing the kicker ranks by 3! would give 1098240, but the
cards are dealt one at a time in order, so I'll keep the ordered count, 6589440.
""")
_CB4_E = _t(r"""
13 ranks for the pair, C(4,2) = 6 suit choices, C(12,3) = 220 kicker ranks, and 4^3 = 32 suit choices for the
kickers: 13 · 6 · 220 · 32 = 17160 · 32 = 549120.
""")
_add(
    "combinatorics",
    "1098240",
    [
        (_qwq(_CB4_G, "1{,}098{,}240"), C),
        (_claude(_CB4_G, r"1\,098\,240"), C),
        (_plain(_CB4_G, "1,098,240"), C),
        (_sky(_CB4_B, "6589440"), W),
        (_gsm(_CB4_B, "6589440"), W),
        (_minerva(_CB4_E, "549120"), W),
        (_t_sky(_CB4_G, "78 · 220 = 17160; 17160 ·"), T),
    ],
)

#: The name the other batches use (`SEVENTEENTH`, ...).
EIGHTEENTH = PAIRS
