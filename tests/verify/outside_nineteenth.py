"""NINETEENTH: a held-out batch of labelled answer-verification pairs in long chain-of-thought styles (issue 12).

Written on 2026-12-02 by a helper session (branch h/batch19) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 60 lines of outside_seventeenth.py and
outside_eighteenth.py, for the row format, builder style and header style), and without running longcot,
math-verify or any other grader on any pair. Every pair was labelled by hand (sympy used by hand to check the
arithmetic only); pairs a reasonable grader could label either way were left out. Committed before any grading
run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates, then an ending less common in older batches: Magistral `[THINK]...[/THINK]`
with a summary and a box (and a bold "**Answer:**" variant without one), Seed-OSS `<seed:think>` with a
`<seed:cot_budget_reflect>` token count inside the thought, Kimi `◁think▷...◁/think▷`, Qwen3 output that begins
mid-thought and has only a closing `</think>` (then `<|im_end|>`), GLM-4 `<think>` with a trailing `<|user|>`
turn that holds numbers, Phi-4-reasoning `<think>` with "**Final Answer:**" (boxed and unboxed), Llama-Nemotron
style with no tags and a "Final answer:" line, OpenThoughts `<|begin_of_thought|>`/`<|begin_of_solution|>`,
Gemma's bold answer followed by `<end_of_turn>\n<start_of_turn>user`, answers in a `\\[ \\]` display without a
box, bold markdown answers, "Therefore, the answer is (B) 3^{20}." choice prose, a box followed by a long closing
summary or a "Verification" section that restates intermediate numbers, two boxes where the later corrects the
earlier, an answer on the last line of an `align*` block, and responses ending in a markdown table or a numbered
list. The batch leans on precision: about two thirds of the negatives are hard, with the gold in the text (an
intermediate, a rejected candidate, an earlier box later corrected, a value in a check) while the final answer
differs slightly (off by one, a sign, a factor of two, a missing or extra root, an open endpoint, a swapped tuple,
a transposed matrix, a residue where the next member of the class was asked, a wrong letter, m^2 converted with
100, a truncation where rounding was asked, interest for amount). Correct rows use equivalent forms (decimals for
fractions, `\\dfrac`, `\\tfrac`, `x=` prefixes, reordered sets and roots, unsimplified surds and fractions, `\\pm`
against two listed values, degree signs, units in `\\text{}`, thin-space and `{,}` digit separators, percents
where the question asks a percent, `\\left(`, `\\langle`, bmatrix for pmatrix) and earlier wrong boxes that a later
final answer overrules (the last stated final answer wins).
Each problem has one worked reasoning (`_X_G`, reaching the gold), usually one flawed reasoning with the gold in
it (`_X_B`, sometimes a second `_X_B2`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier
box and a recheck (`_X_FIX` turns a wrong box into the gold, `_X_BRK` a right box into a wrong answer), and `_cut`
stops a reasoning mid-sentence right after a marker. The question itself is not part of the row; the comment above
each problem states it.
62 problems in 18 categories (integers, fractions, decimals, radicals, complex, trig, intervals, sets, tuples,
matrices, expressions, equations, units, base_n, modular, choice, text, probability; 3 or 4 problems each); 426
rows: 217 correct, 188 incorrect, 21 truncated. Of the 188 negatives, 126 are hard (built on a flawed reasoning
that holds the gold, or on a right box later overruled by a wrong answer) and 62 plain.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"

_IM_END = "<|im_end|>"
_GLM_NEXT = "<|user|>\nThanks. Now do the same problem with every number doubled, please."
_GEMMA_NEXT = "<end_of_turn>\n<start_of_turn>user\nGreat! What would change if the 3 were a 5?<end_of_turn>\n"
_BUDGET = (
    "<seed:cot_budget_reflect>I have used 412 tokens, and there are 3684 tokens remaining for use."
    "</seed:cot_budget_reflect>"
)


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _mag(r: str, a: str) -> str:
    """Magistral: [THINK] ... [/THINK], a short markdown summary, then a box."""
    return (
        "[THINK]\n"
        + r
        + "\n[/THINK]\n\n**Summary.** I set up the computation, carried it out, and double-checked the step where I"
        " first went wrong.\n\nThe final answer is $\\boxed{" + a + "}$."
    )


def _mag_md(r: str, a: str) -> str:
    """Magistral with a bold final line and no box."""
    return (
        "[THINK]\n"
        + r
        + "\n[/THINK]\n\n## Solution\n\nThe computation in the reasoning above gives the result directly; the"
        " re-check agrees.\n\n**Answer: " + a + "**"
    )


def _seed(r: str, a: str) -> str:
    """Seed-OSS: <seed:think> ... </seed:think> with a budget reflection after the first paragraph, then a box."""
    head, _, tail = r.partition("\n\n")
    body = head + "\n\n" + _BUDGET + "\n\n" + tail if tail else r
    return "<seed:think>\n" + body + "\n</seed:think>\n\nSo the answer is $\\boxed{" + a + "}$."


def _kimi(r: str, a: str) -> str:
    """Kimi: ◁think▷ ... ◁/think▷ then a one-line answer with a box."""
    return "◁think▷" + r + "◁/think▷\n\nThe final answer is $\\boxed{" + a + "}$."


def _q3(r: str, a: str) -> str:
    """Qwen3 with the opening <think> in the prompt: begins mid-thought, only a closing tag."""
    return (
        r
        + "\n</think>\n\nWorking through it step by step (and re-checking the doubtful step), we get\n\n$$\\boxed{"
        + a
        + "}$$"
        + _IM_END
    )


def _glm(r: str, a: str) -> str:
    """GLM-4: <think> ... </think>, a boxed answer, then the next user turn."""
    return "<think>" + r + "</think>\n\nThe answer is $\\boxed{" + a + "}$.\n" + _GLM_NEXT


def _phi(r: str, a: str) -> str:
    """Phi-4-reasoning: <think> ... </think>, a short solution, then "**Final Answer:**" with a box."""
    return (
        "<think>"
        + r
        + "</think>\n\nWe follow the approach from the analysis: set up the relation, compute, and verify.\n\n"
        "**Final Answer:** $\\boxed{" + a + "}$"
    )


def _phi_nb(r: str, a: str) -> str:
    """Phi-4-reasoning with "**Final Answer:**" and no box."""
    return (
        "<think>"
        + r
        + "</think>\n\nCarrying out the steps above and checking them once more:\n\n**Final Answer:** "
        + a
    )


def _nemo(r: str, a: str) -> str:
    """Llama-Nemotron style: no tags, a "Final answer:" line."""
    return r + "\n\nFinal answer: " + a


def _ot(r: str, a: str) -> str:
    """OpenThoughts thought and solution blocks."""
    return (
        "<|begin_of_thought|>\n\n"
        + r
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\nFollowing the analysis above, the result is\n\n"
        "\\[\n\\boxed{" + a + "}\n\\]\n\n<|end_of_solution|>"
    )


def _gemma(r: str, a: str) -> str:
    """Gemma: a bold answer, then the end of the turn and a new user turn."""
    return r + "\n\n**Answer:** " + a + _GEMMA_NEXT


def _disp(r: str, a: str) -> str:
    """The answer in a display, no box."""
    return r + "\n\nTherefore the answer is\n\\[\n" + a + "\n\\]"


def _bold(r: str, a: str) -> str:
    """A bold markdown answer inside a closing sentence."""
    return r + "\n\nSo the final answer is **" + a + "**."


def _verif(r: str, a: str, v: str) -> str:
    """A box, then a Verification section restating intermediate numbers."""
    return r + "\n\n**Answer:** $\\boxed{" + a + "}$\n\n### Verification\n\n" + v + "\n\nEverything is consistent."


def _long(r: str, a: str, v: str) -> str:
    """A box, then a long closing summary that restates intermediate numbers."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\n$\\boxed{"
        + a
        + "}$\n\n### Summary of the solution\n\n"
        + v
        + "\n\nThe key idea was to organise the computation so that each step could be checked on its own; the"
        " one slip I made along the way was caught by the re-check, and the boxed value above is what remains."
    )


def _two(r: str, a1: str, fix: str, a2: str) -> str:
    """Two boxes: an earlier one, a recheck, and a later one (the later one is the final answer)."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nSo the answer is $\\boxed{"
        + a1
        + "}$.\n\nWait, let me recheck that before I finish. "
        + fix
        + "\n\nSo the corrected final answer is $\\boxed{"
        + a2
        + "}$."
    )


def _align(r: str, lines: list[str], a: str) -> str:
    """The answer as the last line of an align* block."""
    body = " \\\\\n".join(lines + ["&= " + a])
    return r + "\n\nPutting the whole computation together:\n\\begin{align*}\n" + body + "\n\\end{align*}"


def _table(r: str, rows: list[tuple[str, str]], a: str) -> str:
    """A closing markdown table whose last row holds the answer."""
    lines = ["| Step | Value |", "|---|---|"] + ["| " + k + " | " + v + " |" for k, v in rows]
    return (
        r + "\n\nHere is a summary of the computation:\n\n" + "\n".join(lines + ["| **Final answer** | " + a + " |"])
    )


def _list(r: str, items: list[str], a: str) -> str:
    """A closing numbered list whose last item states the answer."""
    lines = [str(i + 1) + ". " + s for i, s in enumerate(items)]
    lines.append(str(len(items) + 1) + ". **Final answer:** " + a)
    return r + "\n\nTo summarise:\n\n" + "\n".join(lines)


def _cut(opener: str, r: str, marker: str) -> str:
    """A response cut off right after `marker`, mid-sentence, before any final answer."""
    return opener + r[: r.index(marker) + len(marker)]


def _p(cat: str, gold: str, *items: tuple[str, str]) -> list[tuple[str, str, str, str]]:
    return [(cat, gold, resp, verdict) for resp, verdict in items]


NINETEENTH: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------------------------------------------
# integers
# ---------------------------------------------------------------------------------------------------------------

# I1. What is the sum of all positive divisors of 360?
_I1_G = _t(r"""
Okay, so I need the sum of all positive divisors of 360. First factor it: 360 = 8 * 45 = 2^3 * 3^2 * 5.

The divisor sum is multiplicative, so sigma(360) = sigma(2^3) * sigma(3^2) * sigma(5). sigma(2^3) = 1 + 2 + 4 + 8
= 15. sigma(3^2) = 1 + 3 + 9 = 12... wait, 1 + 3 + 9 = 13, not 12. Let me redo: 13. sigma(5) = 1 + 5 = 6.

Product: 15 * 13 = 195, and 195 * 6 = 1170.

Let me sanity-check with a rough pairing: divisors pair up as (1, 360), (2, 180), (3, 120), (4, 90), (5, 72),
(6, 60), (8, 45), (9, 40), (10, 36), (12, 30), (15, 24), (18, 20). Pair sums: 361, 182, 123, 94, 77, 66, 53, 49, 46,
42, 39, 38. Adding: 361 + 182 = 543, + 123 = 666, + 94 = 760, + 77 = 837, + 66 = 903, + 53 = 956, + 49 = 1005, + 46
= 1051, + 42 = 1093, + 39 = 1132, + 38 = 1170. That matches, and the question says all positive divisors, so 360
itself is included. The sum is 1170.
""")
_I1_B = _t(r"""
Okay, the sum of the positive divisors of 360. Factor: 360 = 2^3 * 3^2 * 5.

sigma(2^3) = 15, sigma(3^2) = 13, sigma(5) = 6, so sigma(360) = 15 * 13 * 6 = 1170.

Hmm, wait. When people say "the divisors of n" in these problems they often mean the proper ones, and including
360 itself feels like it double counts the number. Let me take the divisors other than 360: 1170 - 360 = 810.

Check: 810 is the sum of 1, 2, 3, ..., 180, which looks plausible. So the sum is 810.
""")
_I1_E = _t(r"""
Let me factor 360 = 2^3 * 3^2 * 5. The sum of divisors is the product of the geometric sums.

For 2^3: 1 + 2 + 4 + 8 = 15. For 3^2: 1 + 3 + 9 = 12 (I add 3 + 9 = 12 and then the 1 is the trivial factor, which
I have already counted in the 2-part). For 5: 1 + 5 = 6.

So the sum is 15 * 12 * 6 = 180 * 6 = 1080.
""")
_I1_FIX = _t(r"""
For 3^2 the sum is 1 + 3 + 9 = 13: each prime-power sum includes its own 1, that is what makes the product count
every divisor once. So the total is 15 * 13 * 6 = 1170, and the pairing (1, 360), (2, 180), ... gives 1170 too.
""")
_I1_BRK = _t(r"""
The question may intend the proper divisors, since 360 is the number itself. Removing it: 1170 - 360 = 810.
""")
_I1_V = "sigma(2^3) = 15, sigma(3^2) = 13, sigma(5) = 6; 15 * 13 = 195 and 195 * 6; the twelve divisor pairs agree."
NINETEENTH += _p(
    "integers",
    "1170",
    (_mag(_I1_G, "1170"), C),
    (_seed(_I1_G, "1\\,170"), C),
    (_verif(_I1_G, "1170", _I1_V), C),
    (_two(_I1_E, "1080", _I1_FIX, "1170"), C),
    (_kimi(_I1_B, "810"), W),
    (_two(_I1_G, "1170", _I1_BRK, "810"), W),
    (_nemo(_I1_E, "1080"), W),
)

# I2. How many zeros does 125! end with?
_I2_G = _t(r"""
Let me count factors of 5 in 125!, since factors of 2 are more plentiful and each trailing zero needs one 2 and one
5.

Multiples of 5 up to 125: floor(125/5) = 25. Multiples of 25: floor(125/25) = 5. Multiples of 125: floor(125/125) =
1. Multiples of 625: 0.

Total: 25 + 5 + 1 = 31.

Wait, let me make sure I am not double counting. The number 125 = 5^3 contributes three fives: it is counted once in
the 25 multiples of 5, once in the 5 multiples of 25, and once in the 1 multiple of 125. That is three, exactly
right. And 50 = 2 * 5^2 is counted in the first two groups only, two fives. Good.

Factors of 2: 62 + 31 + 15 + 7 + 3 + 1 = 119, way more than 31. So 125! ends with 31 zeros.
""")
_I2_B = _t(r"""
Count the fives: floor(125/5) = 25, floor(125/25) = 5, floor(125/125) = 1, total 31.

Hmm, but 125 = 5^3 has three fives and I only counted it once in the first group... and 25, 50, 75, 100 each have
two fives, which I counted once in the 25. Let me add the extra ones back in: 125 needs 2 more. That gives 31 + 2 =
33.

So 125! should end in 33 zeros.
""")
_I2_E = _t(r"""
Trailing zeros come from factors of 10 = 2 * 5, and fives are the limiting factor.

Multiples of 5 up to 125: 125/5 = 25. Then the multiples of 25 each give an extra five: 125/25 = 5. So the count is
25 + 5 = 30.

Let me check 25! quickly with the same method: 5 + 1 = 6, and 25! = 15511210043330985984000000 ends in 6 zeros. So the
method works, and 125! ends in 30 zeros.
""")
_I2_BRK = _t(r"""
The number 125 = 5^3 has three fives, and in the first group I counted it only once, so I should add two more fives
for it: 31 + 2 = 33.
""")
NINETEENTH += _p(
    "integers",
    "31",
    (_q3(_I2_G, "31"), C),
    (_long(_I2_G, "31", "Fives: 25 from the multiples of 5, 5 from the multiples of 25, 1 from 125; twos: 119."), C),
    (_bold(_I2_G, "31 trailing zeros"), C),
    (_glm(_I2_G, "31"), C),
    (_ot(_I2_B, "33"), W),
    (_two(_I2_G, "31", _I2_BRK, "33"), W),
    (_phi(_I2_E, "30"), W),
    (_cut("<seed:think>\n", _I2_G, "Multiples of 25: floor(125/25) ="), T),
)

# I3. What is gcd(462, 1071)?
_I3_G = _t(r"""
Use the Euclidean algorithm on 1071 and 462.

1071 = 2 * 462 + 147 (since 2 * 462 = 924 and 1071 - 924 = 147).
462 = 3 * 147 + 21 (3 * 147 = 441, 462 - 441 = 21).
147 = 7 * 21 + 0.

So the last nonzero remainder is 21.

Let me double-check with factorizations. 462 = 2 * 231 = 2 * 3 * 77 = 2 * 3 * 7 * 11. 1071 = 3 * 357 = 3 * 3 * 119 =
3^2 * 7 * 17. Common primes with the smaller exponent: 3^1 and 7^1, so the gcd is 3 * 7 = 21. At first I was tempted to
take 3^2 because 1071 has it, but 462 has only one 3. Both methods agree: 21.
""")
_I3_B = _t(r"""
Euclid: 1071 = 2 * 462 + 147, 462 = 3 * 147 + 21, 147 = 7 * 21. So the algorithm says 21.

Let me cross-check by factoring. 1071 = 3^2 * 7 * 17 and 462 = 2 * 3 * 7 * 11. The shared primes are 3 and 7; 1071
carries 3^2, so the common part is 3^2 * 7 = 63. Check: 1071 / 63 = 17, exact. So the gcd is 63, and I must have
slipped somewhere in the Euclid steps.
""")
_I3_E = _t(r"""
Factor both. 462 = 2 * 231 = 2 * 3 * 7 * 11. For 1071: digit sum 9, so divisible by 9: 1071 = 9 * 119, and 119 = 7 *
17. So 1071 = 3^2 * 7 * 17.

Common prime factors: 7 appears in both. 11 and 17 are not shared, 2 is not shared.

So gcd(462, 1071) = 7.
""")
_I3_V = "Euclid: 1071 - 924 = 147, 462 - 441 leaves 21, 147 = 7 * 21. Factor check: 3^1 * 7^1."
NINETEENTH += _p(
    "integers",
    "21",
    (_phi(_I3_G, "21"), C),
    (_long(_I3_G, "21", _I3_V), C),
    (_disp(_I3_G, "\\gcd(462, 1071) = 21"), C),
    (_mag(_I3_B, "63"), W),
    (_nemo(_I3_B, "63"), W),
    (_kimi(_I3_E, "7"), W),
)

# I4. How many integers n with 1 <= n <= 500 are divisible by 4 or by 6?
_I4_G = _t(r"""
Inclusion-exclusion. Multiples of 4 up to 500: floor(500/4) = 125. Multiples of 6: floor(500/6) = 83 (6 * 83 = 498).

Numbers divisible by both 4 and 6 are the multiples of lcm(4, 6). Careful: that is 12, not 24, since 4 = 2^2 and 6 =
2 * 3, so lcm = 2^2 * 3 = 12. floor(500/12) = 41 (12 * 41 = 492).

Count = 125 + 83 - 41 = 167.

Quick check on a small range, 1 to 24: multiples of 4: 6, of 6: 4, of 12: 2, so 6 + 4 - 2 = 8. Listing: 4, 6, 8, 12,
16, 18, 20, 24, which is 8. Good, the method is right. The answer is 167.
""")
_I4_B = _t(r"""
Multiples of 4: 125. Multiples of 6: 83. So 125 + 83 = 208, minus the overlap.

The overlap is numbers divisible by both. If the lcm is 12: 41 of them, giving 167. But wait, to be divisible by 4
and by 6 you need to be divisible by 4 * 6 = 24, since the conditions are separate. floor(500/24) = 20.

So the count is 208 - 20 = 188.
""")
_I4_E = _t(r"""
Count multiples of 4 in 1..500: 500/4 = 125. Count multiples of 6: 500/6 = 83.33, so 83.

These are two separate lists, so the numbers divisible by 4 or 6 number 125 + 83 = 208.
""")
_I4_BRK = _t(r"""
Being divisible by both 4 and 6 means being divisible by their product 24, so the overlap is floor(500/24) = 20, and
the count is 125 + 83 - 20 = 188.
""")
NINETEENTH += _p(
    "integers",
    "167",
    (_ot(_I4_G, "167"), C),
    (_verif(_I4_B, "188", "Multiples of 4: 125; of 6: 83; overlap 20 with the lcm taken as 24; 125 + 83 - 20."), W),
    (_gemma(_I4_G, "167"), C),
    (_table(_I4_G, [("multiples of 4", "125"), ("multiples of 6", "83"), ("multiples of 12", "41")], "167"), C),
    (_seed(_I4_B, "188"), W),
    (_two(_I4_G, "167", _I4_BRK, "188"), W),
    (_q3(_I4_E, "208"), W),
    (_cut("", _I4_G, "Count = 125 + 83 -"), T),
)

# ---------------------------------------------------------------------------------------------------------------
# fractions
# ---------------------------------------------------------------------------------------------------------------

# F1. Compute 1/(1*2) + 1/(2*3) + ... + 1/(24*25).
_F1_G = _t(r"""
Each term telescopes: 1/(k(k+1)) = 1/k - 1/(k+1).

So the sum from k = 1 to 24 is (1 - 1/2) + (1/2 - 1/3) + ... + (1/24 - 1/25) = 1 - 1/25.

Wait, let me make sure the last term is right: the last term is 1/(24 * 25), so k runs to 24 and the last piece is
1/24 - 1/25. Not 1/26. So the sum is 1 - 1/25 = 24/25.

Check with the first few partial sums: 1/2, then 1/2 + 1/6 = 2/3, then 2/3 + 1/12 = 3/4. Pattern n/(n+1), so with 24
terms: 24/25 = 0.96.
""")
_F1_B = _t(r"""
Partial fractions: 1/(k(k+1)) = 1/k - 1/(k+1). Telescoping gives 1 - 1/25 = 24/25.

Hmm, but let me count the terms. From 1*2 up to 24*25, there are 25 factors involved, so 25 terms? Then the last
piece would be 1/25 - 1/26, and the sum is 1 - 1/26 = 25/26.

So the sum is 25/26.
""")
_F1_E = _t(r"""
Telescoping: 1/(k(k+1)) = 1/k - 1/(k+1). The sum collapses to the first minus the last: 1 - 1/24.

So it is 23/24. Check: 23/24 is about 0.958, and the terms 1/2 + 1/6 + 1/12 + ... add to something just under 1.
""")
_F1_FIX = _t(r"""
The last term is 1/(24 * 25) = 1/24 - 1/25, so the surviving pieces are 1 and -1/25, not -1/24. The partial sums
1/2, 2/3, 3/4 follow n/(n+1), so with 24 terms the sum is 24/25.
""")
NINETEENTH += _p(
    "fractions",
    "\\frac{24}{25}",
    (_kimi(_F1_G, "\\dfrac{24}{25}"), C),
    (
        _align(
            _F1_G,
            [
                "\\sum_{k=1}^{24}\\frac{1}{k(k+1)} &= \\sum_{k=1}^{24}\\left(\\frac1k - \\frac1{k+1}\\right)",
                "&= 1 - \\frac{1}{25}",
            ],
            "\\frac{24}{25}",
        ),
        C,
    ),
    (_nemo(_F1_G, "24/25"), C),
    (_mag_md(_F1_G, "0.96"), C),
    (_two(_F1_E, "\\frac{23}{24}", _F1_FIX, "\\tfrac{24}{25}"), C),
    (_glm(_F1_B, "\\frac{25}{26}"), W),
    (_phi_nb(_F1_B, "$\\frac{25}{26}$"), W),
    (_ot(_F1_E, "\\frac{23}{24}"), W),
)

# F2. Pipe A fills a tank in 5 hours, pipe B in 8 hours. How many hours do they take together?
_F2_G = _t(r"""
Rates: A fills 1/5 of the tank per hour, B fills 1/8 per hour. Together: 1/5 + 1/8 = 8/40 + 5/40 = 13/40 per hour.

Time = 1 / (13/40) = 40/13 hours.

Hmm, my first instinct was to average 5 and 8 to get 6.5 and halve it to 3.25, but that is not how rates combine.
Check 40/13 ≈ 3.077 hours: in that time A does 3.077/5 ≈ 0.615 of the tank and B does 3.077/8 ≈ 0.385, total 1.000.
Good. So together they take 40/13 hours.
""")
_F2_B = _t(r"""
Rates add: 1/5 + 1/8. Common denominator 40: 1/5 = 8/40, 1/8 = 5/40, so the combined rate is 13/40 and the time is
40/13 hours, about 3.08.

Wait, let me recheck that addition. 1/5 is 8/40 and 1/8 is 5/40... 8 + 5, hmm, I think I need 8/40 + 4/40 since
40/8 = 4... no wait, I will redo with 1/8 = 4/40: total 12/40 = 3/10. Time = 10/3 hours.

So they take 10/3 hours.
""")
_F2_E = _t(r"""
If A alone takes 5 hours and B alone takes 8, working together should take about half the average time. Average:
(5 + 8)/2 = 13/2 = 6.5. Half of that: 13/4 = 3.25 hours.

So together they take 13/4 hours.
""")
_F2_V = "Combined rate 1/5 + 1/8 = 13/40 per hour; A covers about 0.615 of the tank and B about 0.385."
NINETEENTH += _p(
    "fractions",
    "\\frac{40}{13}",
    (_phi(_F2_G, "\\frac{40}{13}"), C),
    (_verif(_F2_G, "\\dfrac{40}{13} \\text{ hours}", _F2_V), C),
    (_gemma(_F2_G, "$40/13$ hours"), C),
    (_q3(_F2_B, "\\frac{10}{3}"), W),
    (_kimi(_F2_B, "\\frac{10}{3}"), W),
    (_seed(_F2_E, "\\frac{13}{4}"), W),
    (_cut("[THINK]\n", _F2_G, "Together: 1/5 + 1/8 = 8/40 +"), T),
)

# F3. Compute (2/3 ÷ 4/9) - 1/4.
_F3_G = _t(r"""
First the division: 2/3 ÷ 4/9 = 2/3 * 9/4 = 18/12 = 3/2.

Then 3/2 - 1/4 = 6/4 - 1/4 = 5/4.

Wait, let me recheck which fraction gets flipped. Dividing by 4/9 means multiplying by its reciprocal 9/4; the first
fraction 2/3 stays. If I flipped the wrong one I would get 3/2 * 4/9 = 2/3 and then 2/3 - 1/4 = 5/12, which is a
different number, so this matters. 2/3 * 9/4 = 18/12 = 1.5. Then 1.5 - 0.25 = 1.25 = 5/4.
""")
_F3_B = _t(r"""
2/3 ÷ 4/9: 2/3 * 9/4 = 18/12 = 3/2, then 3/2 - 1/4 = 5/4.

Hmm, let me redo it more carefully; with division I flip the first fraction: 3/2 * 4/9 = 12/18 = 2/3. Then 2/3 - 1/4
= 8/12 - 3/12 = 5/12.

So the value is 5/12.
""")
_F3_E = _t(r"""
Division of fractions: multiply straight across. 2/3 ÷ 4/9 → (2 * 4)/(3 * 9) = 8/27.

Then 8/27 - 1/4 = 32/108 - 27/108 = 5/108.
""")
_F3_BRK = _t(r"""
For the division I should invert the first fraction: 3/2 * 4/9 = 2/3, and 2/3 - 1/4 = 5/12.
""")
NINETEENTH += _p(
    "fractions",
    "\\frac{5}{4}",
    (_seed(_F3_G, "\\frac{5}{4}"), C),
    (_bold(_F3_G, "1.25"), C),
    (
        _align(
            _F3_G,
            [
                "\\frac{2}{3} \\div \\frac{4}{9} - \\frac{1}{4} &= \\frac{2}{3}\\cdot\\frac{9}{4} - \\frac14",
                "&= \\frac{3}{2} - \\frac{1}{4}",
            ],
            "\\frac{5}{4}",
        ),
        C,
    ),
    (_glm(_F3_G, "\\frac{10}{8}"), C),
    (_mag(_F3_B, "\\frac{5}{12}"), W),
    (_two(_F3_G, "\\frac{5}{4}", _F3_BRK, "\\frac{5}{12}"), W),
    (_nemo(_F3_E, "5/108"), W),
)

# F4. 3/5 of a class are girls; 2/3 of the girls and 1/4 of the boys wear glasses. What fraction of the class
# wears glasses?
_F4_G = _t(r"""
Girls: 3/5 of the class; girls with glasses: 2/3 * 3/5 = 6/15 = 2/5 of the class.

Boys: 1 - 3/5 = 2/5 of the class; boys with glasses: 1/4 * 2/5 = 2/20 = 1/10 of the class.

Total with glasses: 2/5 + 1/10 = 4/10 + 1/10 = 5/10 = 1/2.

Let me check with a concrete class of 60: 36 girls, 24 of them with glasses; 24 boys, 6 with glasses. 24 + 6 = 30
out of 60, half. Hmm, at first I wanted to multiply 1/4 by 3/5 for the boys, but the boys are 2/5 of the class. The
fraction is 1/2.
""")
_F4_B = _t(r"""
Girls with glasses: 2/3 of 3/5 = 2/5. Boys are 2/5 of the class; 1/4 of them is 1/10. Sum 2/5 + 1/10 = 1/2.

Wait, I used 2/5 twice there, let me redo the boys. The boys' share of glasses is 1/4 of the class share... 1/4 *
3/5 = 3/20. Then the total is 2/5 + 3/20 = 8/20 + 3/20 = 11/20.

So 11/20 of the class wears glasses.
""")
_F4_E = _t(r"""
Girls: 2/3 wear glasses; boys: 1/4 wear glasses. Average the two rates: (2/3 + 1/4)/2 = (8/12 + 3/12)/2 = (11/12)/2
= 11/24.

So 11/24 of the class wears glasses.
""")
_F4_FIX = _t(r"""
Averaging the two rates ignores that there are more girls than boys. Weighting properly: 2/3 * 3/5 = 2/5 and 1/4 *
2/5 = 1/10, total 1/2. With 60 students: 24 + 6 = 30 of 60.
""")
NINETEENTH += _p(
    "fractions",
    "\\frac{1}{2}",
    (_ot(_F4_G, "\\frac{1}{2}"), C),
    (_table(_F4_G, [("girls with glasses", "2/5"), ("boys with glasses", "1/10")], "$\\frac{1}{2}$"), C),
    (_kimi(_F4_G, "0.5"), C),
    (_two(_F4_E, "\\frac{11}{24}", _F4_FIX, "\\dfrac{1}{2}"), C),
    (_phi(_F4_B, "\\frac{11}{20}"), W),
    (_gemma(_F4_B, "$\\frac{11}{20}$"), W),
    (_mag(_F4_E, "\\frac{11}{24}"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# decimals and rounding
# ---------------------------------------------------------------------------------------------------------------

# D1. Write 29/7 as a decimal rounded to three decimal places.
_D1_G = _t(r"""
Long division: 29 / 7 = 4 remainder 1. Then 10/7 = 1 r 3, 30/7 = 4 r 2, 20/7 = 2 r 6, 60/7 = 8 r 4, 40/7 = 5 r 5.

So 29/7 = 4.142857...

To three decimal places I look at the fourth decimal digit: 4.142|8... The digit after the cut is 8, which is 5 or
more, so round the third digit up: 4.142 → 4.143.

Hmm, I almost just chopped it to 4.142, but rounding is not truncation. Check: 4.143 * 7 = 29.001, close to 29, and
4.142 * 7 = 28.994, farther. So 4.143.
""")
_D1_B = _t(r"""
29/7 = 4.142857142857...

Three decimal places: I keep 4.142 and the remaining 857... Rounding would give 4.143, but for three decimal places
the convention is to keep the first three digits after the point, so it is 4.142.

So 29/7 ≈ 4.142.
""")
_D1_E = _t(r"""
29 / 7: 7 * 4 = 28, remainder 1, so 4.1... then 10/7 = 1 r 3, so 4.1 and next 30/7 = 4 r 2... I'll approximate
the rest: 1/7 ≈ 0.1286, so 29/7 = 4 + 0.1286 = 4.1286.

Rounded to three decimal places: 4.129.
""")
NINETEENTH += _p(
    "decimals",
    "4.143",
    (_glm(_D1_G, "4.143"), C),
    (_list(_D1_G, ["29/7 = 4.142857...", "the fourth decimal digit is 8", "round the third digit up"], "$4.143$"), C),
    (_nemo(_D1_G, "29/7 ≈ 4.143"), C),
    (_disp(_D1_G, "\\frac{29}{7} \\approx 4.143"), C),
    (_q3(_D1_B, "4.142"), W),
    (_ot(_D1_B, "4.142"), W),
    (_phi_nb(_D1_E, "4.129"), W),
    (_cut("◁think▷", _D1_G, "The digit after the cut is 8, which is 5 or"), T),
)

# D2. Find the mean of 3.2, 4.75, 5.1 and 6.05, rounded to the nearest hundredth.
_D2_G = _t(r"""
Sum: 3.2 + 4.75 = 7.95; 7.95 + 5.1 = 13.05; 13.05 + 6.05 = 19.10.

Mean: 19.10 / 4 = 4.775.

Nearest hundredth: 4.775 sits exactly halfway between 4.77 and 4.78. The usual rule rounds a 5 up, so 4.78. (Even
the round-half-to-even rule gives 4.78 here, since 8 is even.)

Let me re-add to be safe: 3.20 + 4.75 + 5.10 + 6.05: the hundredths 0 + 5 + 0 + 5 = 10, tenths 2 + 7 + 1 + 0 = 10 plus
the carried 1 = 11, units 3 + 4 + 5 + 6 = 18 plus 1 = 19. So 19.10, mean 4.775, rounded 4.78.
""")
_D2_B = _t(r"""
Sum = 3.2 + 4.75 + 5.1 + 6.05 = 19.1. Mean = 19.1/4 = 4.775.

Rounding to the hundredth: the candidates are 4.77 and 4.78. Since the next digit is exactly 5 with nothing after
it, I'll drop it rather than round up, which keeps the value from being overstated: 4.77.
""")
_D2_E = _t(r"""
Add them: 3.2 + 4.75 = 7.95, + 5.1 = 13.05, + 6.05 = 19.0 (5 + 5 hundredths make a tenth, which I fold in).

Mean: 19.0/4 = 4.75. To the nearest hundredth that is 4.75.
""")
_D2_V = "Sum 3.2 + 4.75 + 5.1 + 6.05 = 19.10; 19.10 / 4 = 4.775; the half rounds up in the hundredths place."
NINETEENTH += _p(
    "decimals",
    "4.78",
    (_kimi(_D2_G, "4.78"), C),
    (_verif(_D2_G, "4.78", _D2_V), C),
    (_mag_md(_D2_G, "4.78"), C),
    (_seed(_D2_B, "4.77"), W),
    (_bold(_D2_B, "4.77"), W),
    (_glm(_D2_E, "4.75"), W),
)

# D3. Compute 0.125 × 0.64.
_D3_G = _t(r"""
Convert to integers: 125 * 64 = 8000. Decimal places: 0.125 has three, 0.64 has two, total five. So 8000 with the
point moved five places left: 0.08000 = 0.08.

Cross-check with fractions: 0.125 = 1/8 and 0.64 = 16/25. Product: 16/200 = 2/25 = 0.08.

Wait, let me make sure I did not shift one place too many: 0.1 * 0.64 = 0.064 and 0.125 is a bit more than 0.1, so
the answer is a bit more than 0.064. 0.08 fits; 0.008 would not. So 0.08.
""")
_D3_B = _t(r"""
125 * 64 = 8000. Decimal places: 3 + 2 = 5, so 0.08000, which is 0.08.

Hmm, let me recount the places in the product 8000: moving 5 places left from 8000. gives .08000... hmm, I count
8000 → 800.0 → 80.00 → 8.000 → 0.8000 → 0.08000, and then one more for the trailing zero: 0.008.

So 0.125 × 0.64 = 0.008.
""")
_D3_E = _t(r"""
125 * 64: 125 * 60 = 7500 minus... no, 125 * 64 = 125 * 56 + 125 * 8 = 7000 + 1000, hmm, I'll use 125 * 56 = 7000.
So roughly 7000 and five decimal places: 0.07.
""")
NINETEENTH += _p(
    "decimals",
    "0.08",
    (_q3(_D3_G, "0.08"), C),
    (_long(_D3_G, "0.08", "125 * 64 = 8000 with five decimal places; as fractions 1/8 * 16/25 = 2/25."), C),
    (_phi(_D3_G, "\\frac{2}{25}"), C),
    (_nemo(_D3_G, ".08"), C),
    (_ot(_D3_B, "0.008"), W),
    (_mag(_D3_B, "0.008"), W),
    (_kimi(_D3_E, "0.07"), W),
)

# D4. What percent of the integers from 1 to 40 are multiples of 3 or of 5?
_D4_G = _t(r"""
Multiples of 3 in 1..40: floor(40/3) = 13. Multiples of 5: 8. Multiples of both, i.e. of 15: 15 and 30, so 2.

By inclusion-exclusion: 13 + 8 - 2 = 19.

Hmm, wait, I first wrote 12 for the multiples of 3, but 3 * 13 = 39 is at most 40, so 13 is right.

Percent: 19/40 = 0.475 = 47.5%.

Listing to be sure: 3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30, 33, 35, 36, 39, 40. That is 19 numbers.
""")
_D4_B = _t(r"""
Multiples of 3: 13. Multiples of 5: 8. Overlap (multiples of 15): 2. So 13 + 8 - 2 = 19, which is 19/40 = 47.5%.

Hmm, but the overlap numbers 15 and 30 are multiples of 3 and of 5, and "multiples of 3 or of 5" should include them,
so I should not take them away. Count: 13 + 8 = 21, and 21/40 = 52.5%.
""")
_D4_E = _t(r"""
Multiples of 3 up to 40: 3, 6, ..., 36, that's 12. Multiples of 5: 8. Multiples of 15: 2. Total 12 + 8 - 2 = 18.

Percent: 18/40 = 45%.
""")
_D4_BRK = _t(r"""
The numbers 15 and 30 belong to both lists and the question says "or", so they should stay in. 13 + 8 = 21, and 21/40
is 52.5%.
""")
NINETEENTH += _p(
    "decimals",
    "47.5",
    (_seed(_D4_G, "47.5\\%"), C),
    (_gemma(_D4_G, "47.5%"), C),
    (
        _list(
            _D4_G, ["multiples of 3: 13", "multiples of 5: 8", "multiples of 15: 2", "count 19 out of 40"], "47.5\\%"
        ),
        C,
    ),
    (_glm(_D4_B, "52.5\\%"), W),
    (_two(_D4_G, "47.5\\%", _D4_BRK, "52.5\\%"), W),
    (_q3(_D4_E, "45\\%"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# radicals
# ---------------------------------------------------------------------------------------------------------------

# R1. Evaluate sqrt(72) + sqrt(32) - sqrt(18) exactly.
_R1_G = _t(r"""
Pull out square factors. 72 = 36 * 2, so sqrt(72) = 6 sqrt(2). 32 = 16 * 2, so sqrt(32) = 4 sqrt(2). 18 = 9 * 2, so
sqrt(18) = 3 sqrt(2).

Sum: 6 sqrt(2) + 4 sqrt(2) - 3 sqrt(2) = (6 + 4 - 3) sqrt(2) = 7 sqrt(2).

Wait, let me double check sqrt(72): I first thought 72 = 4 * 18 → 2 sqrt(18) = 2 * 3 sqrt(2) = 6 sqrt(2). Same thing.

Numerically: sqrt(72) ≈ 8.485, sqrt(32) ≈ 5.657, sqrt(18) ≈ 4.243. 8.485 + 5.657 - 4.243 = 9.899, and 7 * 1.41421 =
9.899. Matches. So 7 sqrt(2).
""")
_R1_B = _t(r"""
sqrt(32) = 4 sqrt(2) and sqrt(18) = 3 sqrt(2). For sqrt(72): 6 sqrt(2), giving 6 + 4 - 3 = 7, so 7 sqrt(2)?

Hmm, wait, 72 = 36 * 2 but it is also 8 * 9 = 2^3 * 3^2, so the square part is 3^2 and... I think the cleaner
decomposition is 72 = 12 * 6 = (2 sqrt 3)^2 * 3, giving sqrt(72) = 6 sqrt(3). Then the sum is 6 sqrt(3) + 4 sqrt(2)
- 3 sqrt(2) = 6 sqrt(3) + sqrt(2).
""")
_R1_E = _t(r"""
sqrt(72) = sqrt(36 * 2) = 6 sqrt(2). sqrt(32) = sqrt(16 * 2) = 4 sqrt(2). sqrt(18) = sqrt(9 * 2)... hmm, or 18 = 6 * 3,
so 3 sqrt(3)? I'll use 3 sqrt(3).

So 6 sqrt(2) + 4 sqrt(2) - 3 sqrt(3) = 10 sqrt(2) - 3 sqrt(3).
""")
_R1_FIX = _t(r"""
18 = 9 * 2, so sqrt(18) = 3 sqrt(2), not 3 sqrt(3) (3 sqrt(3) is sqrt(27)). Then the sum is 6 + 4 - 3 = 7 copies of
sqrt(2); numerically 8.485 + 5.657 - 4.243 = 9.899 = 7 * 1.414.
""")
NINETEENTH += _p(
    "radicals",
    "7\\sqrt{2}",
    (_mag(_R1_G, "7\\sqrt{2}"), C),
    (_q3(_R1_G, "7\\sqrt2"), C),
    (_phi(_R1_G, "\\sqrt{98}"), C),
    (_two(_R1_E, "10\\sqrt{2} - 3\\sqrt{3}", _R1_FIX, "7 \\sqrt{2}"), C),
    (_seed(_R1_B, "6\\sqrt{3} + \\sqrt{2}"), W),
    (_nemo(_R1_B, "$6\\sqrt{3}+\\sqrt{2}$"), W),
    (_ot(_R1_E, "10\\sqrt{2} - 3\\sqrt{3}"), W),
)

# R2. Rationalise the denominator of 6 / (3 - sqrt(3)).
_R2_G = _t(r"""
Multiply top and bottom by the conjugate 3 + sqrt(3).

Denominator: (3 - sqrt 3)(3 + sqrt 3) = 9 - 3 = 6. Careful with the sign: it is a difference of squares, 3^2 -
(sqrt 3)^2, so 6, not 12.

Numerator: 6(3 + sqrt 3) = 18 + 6 sqrt 3.

So the expression is (18 + 6 sqrt 3)/6 = 3 + sqrt 3.

Numerical check: 3 - 1.732 = 1.268, and 6/1.268 ≈ 4.732. And 3 + 1.732 = 4.732.
""")
_R2_B = _t(r"""
Conjugate: multiply by (3 + sqrt 3)/(3 + sqrt 3). Numerator 6(3 + sqrt 3). If the denominator were 9 - 3 = 6 the
result would be 3 + sqrt 3.

But let me recompute the denominator: (3 - sqrt 3)(3 + sqrt 3) = 9 + 3 sqrt 3 - 3 sqrt 3 - 3... hmm, the last term
is (-sqrt 3)(sqrt 3) = -3, hmm, actually I'll write it as 9 + 3 = 12 since minus times minus... So 6(3 + sqrt 3)/12
= (3 + sqrt 3)/2.
""")
_R2_E = _t(r"""
Multiply by (3 - sqrt 3)/(3 - sqrt 3) to clear the root: numerator 6(3 - sqrt 3), denominator (3 - sqrt 3)^2 which I
will treat as 9 - 3 = 6.

So the result is 6(3 - sqrt 3)/6 = 3 - sqrt 3.
""")
_R2_V = "Conjugate 3 + \\sqrt3; denominator 9 - 3 = 6; numerator 18 + 6\\sqrt3; numerically 6/1.268 ≈ 4.732."
NINETEENTH += _p(
    "radicals",
    "3+\\sqrt{3}",
    (_kimi(_R2_G, "3+\\sqrt{3}"), C),
    (_glm(_R2_G, "\\sqrt{3} + 3"), C),
    (_verif(_R2_G, "\\frac{18+6\\sqrt{3}}{6}", _R2_V), C),
    (_mag_md(_R2_B, "$\\frac{3+\\sqrt{3}}{2}$"), W),
    (_phi(_R2_B, "\\frac{3+\\sqrt{3}}{2}"), W),
    (_q3(_R2_E, "3-\\sqrt{3}"), W),
)

# R3. Solve sqrt(x + 7) = x - 5.
_R3_G = _t(r"""
Square both sides: x + 7 = (x - 5)^2 = x^2 - 10x + 25. So x^2 - 11x + 18 = 0, which factors as (x - 2)(x - 9) = 0.

Candidates: x = 2 and x = 9.

Check each in the original, since squaring can add roots. x = 9: sqrt(16) = 4 and 9 - 5 = 4. Works. x = 2: sqrt(9) =
3 but 2 - 5 = -3. A square root is never negative, so x = 2 is extraneous.

So the only solution is x = 9.
""")
_R3_B = _t(r"""
Squaring: x + 7 = x^2 - 10x + 25 → x^2 - 11x + 18 = 0 → (x - 2)(x - 9) = 0.

Check x = 9: sqrt(16) = 4 = 9 - 5. Yes. Check x = 2: sqrt(9) = 3, and |2 - 5| = 3. Yes as well, since both sides have
size 3.

So both x = 2 and x = 9 solve it.
""")
_R3_E = _t(r"""
Square: x + 7 = x^2 - 25 (squaring x - 5 term by term). Then x^2 - x - 32 = 0, so x = (1 ± sqrt(1 + 128))/2 = (1 ±
sqrt 129)/2.

The negative root makes x - 5 negative, so keep x = (1 + sqrt 129)/2.
""")
_R3_BRK = _t(r"""
For x = 2 the left side is sqrt(9) = 3 and the right side is -3, which has the same size, so it should count too.
Both roots: x = 2 and x = 9.
""")
NINETEENTH += _p(
    "radicals",
    "9",
    (_nemo(_R3_G, "x = 9"), C),
    (_verif(_R3_G, "9", "x^2 - 11x + 18 = (x - 2)(x - 9); x = 9 gives 4 = 4; x = 2 gives 3 against -3."), C),
    (_ot(_R3_G, "x=9"), C),
    (_bold(_R3_G, "x = 9"), C),
    (_seed(_R3_B, "2, 9"), W),
    (_two(_R3_G, "9", _R3_BRK, "x = 2 \\text{ or } x = 9"), W),
    (_gemma(_R3_E, "$x = \\frac{1+\\sqrt{129}}{2}$"), W),
    (_cut("", _R3_G, "x = 9: sqrt(16) = 4 and 9 -"), T),
)

# ---------------------------------------------------------------------------------------------------------------
# complex numbers
# ---------------------------------------------------------------------------------------------------------------

# Z1. Compute (3 + 2i)(1 - 4i).
_Z1_G = _t(r"""
FOIL: 3 * 1 = 3; 3 * (-4i) = -12i; 2i * 1 = 2i; 2i * (-4i) = -8i^2 = +8.

Real part: 3 + 8 = 11. Imaginary part: -12i + 2i = -10i.

So the product is 11 - 10i.

Wait, let me recheck the i^2 sign: i^2 = -1, so -8i^2 = -8(-1) = 8. I first wrote 3 - 8 = -5 in my head, but that
would be treating i^2 as +1. Modulus check: |3 + 2i| = sqrt 13, |1 - 4i| = sqrt 17, product sqrt 221, and |11 -
10i| = sqrt(121 + 100) = sqrt 221. Consistent.
""")
_Z1_B = _t(r"""
(3 + 2i)(1 - 4i) = 3 - 12i + 2i - 8i^2. With i^2 = -1 this is 3 - 10i + 8 = 11 - 10i.

Hmm, but the modulus check sqrt(221) works for 11 + 10i just as well, so let me recheck the imaginary part. The
cross terms are 3 * (-4i) and 2i * 1... I realise I should conjugate when multiplying by (1 - 4i), which flips the
sign: +12i - 2i = +10i. So the product is 11 + 10i.
""")
_Z1_E = _t(r"""
Multiply out: 3(1 - 4i) = 3 - 12i. 2i(1 - 4i) = 2i - 8i^2 = 2i - 8. Total: 3 - 8 + (-12 + 2)i = -5 - 10i.
""")
_Z1_FIX = _t(r"""
2i * (-4i) = -8i^2, and since i^2 = -1 that is +8, not -8. So the real part is 3 + 8 = 11, and the product is 11 -
10i; |11 - 10i|^2 = 221 = 13 * 17.
""")
NINETEENTH += _p(
    "complex",
    "11-10i",
    (_glm(_Z1_G, "11-10i"), C),
    (_align(_Z1_G, ["(3+2i)(1-4i) &= 3 - 12i + 2i - 8i^2", "&= 3 + 8 - 10i"], "11 - 10i"), C),
    (_kimi(_Z1_G, "11 - 10i"), C),
    (_two(_Z1_E, "-5-10i", _Z1_FIX, "11-10i"), C),
    (_mag(_Z1_B, "11+10i"), W),
    (_q3(_Z1_B, "11+10i"), W),
    (_phi_nb(_Z1_E, "$-5 - 10i$"), W),
)

# Z2. Compute (1 + i)^8.
_Z2_G = _t(r"""
(1 + i)^2 = 1 + 2i + i^2 = 2i. Then (1 + i)^8 = ((1 + i)^2)^4 = (2i)^4 = 2^4 * i^4 = 16 * 1 = 16.

Hmm, is i^4 = 1? i^2 = -1, so i^4 = (-1)^2 = 1. Yes.

Polar check: 1 + i = sqrt 2 e^{iπ/4}; to the 8th: (sqrt 2)^8 e^{2πi} = 16 * 1 = 16. Not 256, which would be 2^8 and
mixes up |1 + i| = sqrt 2 with 2.
""")
_Z2_B = _t(r"""
(1 + i)^2 = 2i, so (1 + i)^8 = (2i)^4 = 16 i^4.

Now i^4: i^2 = -1 and i^4 = i^2 * i^2... I'll say i^4 = -1 since i^2 is -1 and squaring a negative unit keeps it on
the negative axis. So 16 * (-1) = -16.

Polar: angle 8 * π/4 = 2π, modulus 16, so 16 in polar form, hmm, but I'll go with the algebra: -16.
""")
_Z2_E = _t(r"""
The modulus of 1 + i is sqrt 2, so |1 + i|^2 = 2. Raising to the 8th power: 2^8 = 256. The angle 8 * 45° = 360° is a
full turn, so the result is real and positive: 256.
""")
NINETEENTH += _p(
    "complex",
    "16",
    (_ot(_Z2_G, "16"), C),
    (_seed(_Z2_G, "16+0i"), C),
    (_nemo(_Z2_G, "16"), C),
    (_phi(_Z2_B, "-16"), W),
    (_gemma(_Z2_B, "$-16$"), W),
    (_kimi(_Z2_E, "256"), W),
    (_cut("<think>\n", _Z2_G, "Then (1 + i)^8 = ((1 + i)^2)^4 = (2i)^4 = 2^4 *"), T),
)

# Z3. Find all complex roots of z^2 - 4z + 13 = 0.
_Z3_G = _t(r"""
Quadratic formula: z = (4 ± sqrt(16 - 52))/2 = (4 ± sqrt(-36))/2 = (4 ± 6i)/2 = 2 ± 3i.

Wait, let me double-check the division: (4 + 6i)/2 = 2 + 3i; both parts get halved, not just the imaginary one.

Check z = 2 + 3i: z^2 = 4 + 12i - 9 = -5 + 12i. -4z = -8 - 12i. Sum with 13: -5 - 8 + 13 + (12 - 12)i = 0. Good.
The other root is the conjugate 2 - 3i (real coefficients). Sum of roots 4, product 4 + 9 = 13, as Vieta says.
""")
_Z3_B = _t(r"""
Discriminant: 16 - 52 = -36, so sqrt = 6i. Roots: (4 ± 6i)/2 = 2 ± 3i.

Hmm, the real coefficient should keep its 4 since the formula is -b ± ..., and then only the root part is divided:
z = 4 ± 6i/2 = 4 ± 3i.

Vieta check: sum 8... hmm, I'll trust the formula. Roots 4 ± 3i.
""")
_Z3_E = _t(r"""
Discriminant: b^2 - 4ac = 16 + 52 = 68. sqrt 68 = 2 sqrt 17. So z = (4 ± 2 sqrt 17)/2 = 2 ± sqrt 17. Both real.
""")
_Z3_B2 = _t(r"""
z = (4 ± sqrt(-36))/2 = 2 ± 3i. Check z = 2 + 3i: z^2 = -5 + 12i, -4z = -8 - 12i, plus 13 gives 0. So z = 2 + 3i is
the root (the principal square root of -36 is +6i, so I take the plus sign).
""")
NINETEENTH += _p(
    "complex",
    "2+3i, 2-3i",
    (_mag(_Z3_G, "2 \\pm 3i"), C),
    (_list(_Z3_G, ["discriminant 16 - 52 = -36", "square root 6i", "halve 4 and 6i"], "$z = 2 \\pm 3i$"), C),
    (_glm(_Z3_G, "z = 2-3i, \\ 2+3i"), C),
    (_q3(_Z3_G, "2+3i,\\ 2-3i"), C),
    (_ot(_Z3_B, "4 \\pm 3i"), W),
    (_seed(_Z3_B2, "2+3i"), W),
    (_phi(_Z3_E, "2 \\pm \\sqrt{17}"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# trig (degrees and radians)
# ---------------------------------------------------------------------------------------------------------------

# T1. Find the exact value of cos 210°.
_T1_G = _t(r"""
210° = 180° + 30°, so it lies in the third quadrant with reference angle 30°.

In the third quadrant both sine and cosine are negative. cos 30° = sqrt(3)/2, so cos 210° = -sqrt(3)/2.

Wait, let me make sure of the quadrant: 90° to 180° is the second, 180° to 270° the third. 210 is between 180 and 270,
so third. And on the unit circle, the point at 210° is (-sqrt3/2, -1/2). The x-coordinate is the cosine: -sqrt(3)/2 ≈
-0.866. The y-coordinate -1/2 is the sine, which I should not mix up with it.
""")
_T1_B = _t(r"""
Reference angle: 210 - 180 = 30°. cos 30° = sqrt3/2. In the third quadrant cosine is negative, giving -sqrt3/2.

Hmm, wait. Actually, 210° measured from the negative x-axis is 30° above it... I think that puts it in the second
quadrant, where cosine is... hmm, also negative. Let me instead use cos(210°) = cos(-150°) = cos(150°)... and then
cos(180° - 30°) = cos 30° = sqrt3/2. So cos 210° = sqrt(3)/2.
""")
_T1_E = _t(r"""
210° = 180° + 30°. Then cos 210° = -sin 30°, since shifting by 180 swaps to the complementary function with a sign
change. sin 30° = 1/2, so cos 210° = -1/2.
""")
_T1_BRK = _t(r"""
cos(210°) = cos(-150°) = cos(150°), and cos(150°) = cos(180° - 30°), which I can write as cos 30°, so the value is
sqrt(3)/2.
""")
NINETEENTH += _p(
    "trig",
    "-\\frac{\\sqrt{3}}{2}",
    (_seed(_T1_G, "-\\frac{\\sqrt{3}}{2}"), C),
    (_phi(_T1_G, "-\\dfrac{\\sqrt3}{2}"), C),
    (_disp(_T1_G, "\\cos 210^\\circ = -\\frac{\\sqrt{3}}{2}"), C),
    (_kimi(_T1_G, "\\frac{-\\sqrt{3}}{2}"), C),
    (_nemo(_T1_B, "$\\frac{\\sqrt{3}}{2}$"), W),
    (_two(_T1_G, "-\\frac{\\sqrt{3}}{2}", _T1_BRK, "\\frac{\\sqrt{3}}{2}"), W),
    (_mag(_T1_E, "-\\frac{1}{2}"), W),
)

# T2. Find the smallest positive x (in radians) with tan x = -1.
_T2_G = _t(r"""
tan(π/4) = 1, so tan(-π/4) = -1. The tangent has period π, so the solutions are x = -π/4 + kπ.

k = 0: -π/4, negative. k = 1: 3π/4, positive. k = 2: 7π/4, also positive but larger.

So the smallest positive solution is 3π/4.

Check: at 3π/4 (135°), sin = sqrt2/2 and cos = -sqrt2/2, so tan = -1. Good. I briefly considered 5π/4, but there tan
= +1 since both sine and cosine are negative.
""")
_T2_B = _t(r"""
tan(-π/4) = -1. Adding periods: -π/4 + π = 3π/4, which has tan(3π/4) = -1.

Hmm, but the period I should use for getting back into [0, 2π) is the full turn 2π, since angles repeat every 2π.
So -π/4 + 2π = 7π/4. That is the positive angle coterminal with -π/4.

So the smallest positive x is 7π/4.
""")
_T2_E = _t(r"""
tan x = -1 happens when sine and cosine have opposite... or equal magnitude. tan(π/4) = 1; going half a turn, π/4 +
π = 5π/4, where the tangent changes sign. So x = 5π/4.
""")
NINETEENTH += _p(
    "trig",
    "\\frac{3\\pi}{4}",
    (_q3(_T2_G, "\\frac{3\\pi}{4}"), C),
    (
        _long(
            _T2_G,
            "\\frac{3\\pi}{4}",
            "tan(-π/4) = -1 and the period is π, so the candidates are -π/4, 3π/4, 7π/4;"
            " 5π/4 was rejected since tan = +1 there.",
        ),
        C,
    ),
    (_gemma(_T2_G, "$x = \\dfrac{3\\pi}{4}$"), C),
    (_ot(_T2_G, "\\frac{3}{4}\\pi"), C),
    (_glm(_T2_B, "\\frac{7\\pi}{4}"), W),
    (_mag_md(_T2_B, "$\\frac{7\\pi}{4}$"), W),
    (_seed(_T2_E, "\\frac{5\\pi}{4}"), W),
)

# T3. A triangle has sides 5, 7, 8. Find the angle opposite the side of length 7, in degrees.
_T3_G = _t(r"""
Law of cosines with the angle B opposite b = 7, and a = 5, c = 8:

cos B = (a^2 + c^2 - b^2)/(2ac) = (25 + 64 - 49)/(2 * 5 * 8) = 40/80 = 1/2.

So B = arccos(1/2) = 60°.

Hmm, could it be 120°? No: cos 120° = -1/2, and arccos on [0°, 180°] is one-to-one, so cos B = 1/2 means B = 60°
exactly. Sanity: the side 7 is the middle side, so its angle should be the middle angle; the largest angle opposite 8
has cos = (25 + 49 - 64)/70 = 1/7, about 81.8°, and the remaining angle is 180 - 60 - 81.8 = 38.2°. Ordering 38.2 <
60 < 81.8 matches 5 < 7 < 8.
""")
_T3_B = _t(r"""
cos B = (25 + 64 - 49)/80 = 40/80 = 1/2, so B is 60° or... in a triangle an angle can be obtuse, and the angle whose
cosine is 1/2 in the second quadrant is 120°. Since 7 is a fairly long side, I'll take the obtuse option: 120°.
""")
_T3_E = _t(r"""
Angle opposite 7: use the law of cosines with the other two sides... cos = (5^2 + 7^2 - 8^2)/(2 * 5 * 7) = (25 + 49 -
64)/70 = 10/70 = 1/7.

So the angle is arccos(1/7) ≈ 81.79°.
""")
NINETEENTH += _p(
    "trig",
    "60^\\circ",
    (_kimi(_T3_G, "60^\\circ"), C),
    (_bold(_T3_G, "60°"), C),
    (_phi_nb(_T3_G, "$60^{\\circ}$"), C),
    (_q3(_T3_B, "120^\\circ"), W),
    (_nemo(_T3_B, "120°"), W),
    (_glm(_T3_E, "81.79^\\circ"), W),
    (_cut("[THINK]\n", _T3_G, "cos B = (a^2 + c^2 - b^2)/(2ac) = (25 + 64 - 49)/(2 * 5"), T),
)

# T4. Evaluate sin(7π/6) + cos(π/3).
_T4_G = _t(r"""
7π/6 = π + π/6, in the third quadrant, where sine is negative: sin(7π/6) = -sin(π/6) = -1/2.

cos(π/3) = 1/2.

Sum: -1/2 + 1/2 = 0.

Wait, let me re-verify sin(7π/6): in degrees that is 210°, the unit-circle point (-sqrt3/2, -1/2), so the sine is
-1/2. Yes. I was momentarily worried it could be -sqrt3/2, but that is the cosine there. So the sum is 0.
""")
_T4_B = _t(r"""
sin(7π/6): reference angle π/6, sin(π/6) = 1/2. In quadrant III sine is negative, so -1/2, and with cos(π/3) = 1/2 the
sum would be 0.

Hmm, but 7π/6 is just past π, and sine goes positive again after π... no wait. Let me think: sin is positive on
(0, π)... and 7π/6 - π = π/6 means it's like π/6 again, so sin(7π/6) = 1/2. Then the sum is 1/2 + 1/2 = 1.
""")
_T4_E = _t(r"""
sin(7π/6): third quadrant, reference π/6. I'll use sin = -sqrt(3)/2 there. cos(π/3) = 1/2.

Sum: 1/2 - sqrt3/2 = (1 - sqrt 3)/2.
""")
NINETEENTH += _p(
    "trig",
    "0",
    (_mag(_T4_G, "0"), C),
    (_bold(_T4_G, "0"), C),
    (_seed(_T4_G, "0"), C),
    (_align(_T4_G, ["\\sin\\frac{7\\pi}{6} + \\cos\\frac{\\pi}{3} &= -\\frac{1}{2} + \\frac{1}{2}"], "0"), C),
    (_kimi(_T4_B, "1"), W),
    (_ot(_T4_B, "1"), W),
    (_phi(_T4_E, "\\frac{1-\\sqrt{3}}{2}"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# intervals and inequalities
# ---------------------------------------------------------------------------------------------------------------

# V1. Solve |2x - 3| <= 5.
_V1_G = _t(r"""
|2x - 3| <= 5 means -5 <= 2x - 3 <= 5. Add 3: -2 <= 2x <= 8. Divide by 2: -1 <= x <= 4.

The inequality is non-strict, so the endpoints are included: at x = -1, |2(-1) - 3| = |-5| = 5 <= 5, yes. At x = 4,
|8 - 3| = 5, yes.

Wait, I should double-check I did not drop the lower branch: just solving 2x - 3 <= 5 gives x <= 4, but x = -3 has
|-9| = 9 > 5, so the lower bound matters. The solution set is [-1, 4].
""")
_V1_B = _t(r"""
-5 <= 2x - 3 <= 5 gives -2 <= 2x <= 8, i.e. -1 <= x <= 4, so [-1, 4].

Hmm, at the endpoints |2x - 3| equals 5 exactly, which is the boundary; absolute value inequalities are usually
written with open intervals, so I'll exclude them: -1 < x < 4.
""")
_V1_E = _t(r"""
|2x - 3| <= 5: remove the absolute value: 2x - 3 <= 5, so 2x <= 8 and x <= 4. The solution is all x up to 4.
""")
_V1_BRK = _t(r"""
At x = -1 and x = 4 the expression equals exactly 5, which is the boundary value, so those points should not be part
of the solution: the answer is the open interval.
""")
NINETEENTH += _p(
    "intervals",
    "[-1,4]",
    (_phi(_V1_G, "[-1, 4]"), C),
    (_nemo(_V1_G, "$-1 \\le x \\le 4$"), C),
    (_glm(_V1_G, "x \\in \\left[-1, 4\\right]"), C),
    (_q3(_V1_B, "(-1, 4)"), W),
    (_two(_V1_G, "[-1,4]", _V1_BRK, "(-1,4)"), W),
    (_mag(_V1_E, "(-\\infty, 4]"), W),
)

# V2. Solve x^2 - 5x - 6 > 0.
_V2_G = _t(r"""
Factor: x^2 - 5x - 6 = (x - 6)(x + 1). Roots -1 and 6.

Sign chart: for x < -1 both factors are negative, product positive. For -1 < x < 6, one is negative, product
negative. For x > 6 both positive, product positive.

The inequality is strict (> 0), so the roots themselves are excluded: at x = 6 the product is 0, not > 0.

So x < -1 or x > 6, i.e. (-∞, -1) ∪ (6, ∞). Test x = 0: -6 > 0? No, so 0 is correctly excluded. Test x = 7: 49 - 35 -
6 = 8 > 0. Good.
""")
_V2_B = _t(r"""
(x - 6)(x + 1) > 0. The parabola opens upward, so it is positive outside the roots: (-∞, -1) ∪ (6, ∞).

Hmm, but the roots -1 and 6 are where the expression touches zero, and I want to include the boundary points as part
of the solution region since the parabola is positive right next to them: (-∞, -1] ∪ [6, ∞).
""")
_V2_B2 = _t(r"""
Roots: (x - 6)(x + 1) = 0 at x = -1 and x = 6. Outside the roots the product is positive: (-∞, -1) ∪ (6, ∞).

Hmm, wait, let me test x = 0: 0 - 0 - 6 = -6... and the inequality says > 0, which... I'll re-read: x^2 - 5x - 6 >
0. The test value -6 lies between the roots, so the region between the roots is where it changes sign. I'll take the
middle region: -1 < x < 6.
""")
_V2_E = _t(r"""
Factor x^2 - 5x - 6 as (x - 2)(x - 3). Roots 2 and 3. Positive outside: x < 2 or x > 3.
""")
NINETEENTH += _p(
    "intervals",
    "(-\\infty,-1)\\cup(6,\\infty)",
    (_seed(_V2_G, "(-\\infty, -1) \\cup (6, \\infty)"), C),
    (
        _verif(
            _V2_G,
            "(-\\infty,-1)\\cup(6,\\infty)",
            "x = 0 gives -6 < 0; x = 7 gives 8 > 0; x = -2 gives 4 + 10 - 6 = 8 > 0.",
        ),
        C,
    ),
    (_ot(_V2_G, "(-\\infty,-1)\\cup(6,+\\infty)"), C),
    (_bold(_V2_G, "$x < -1$ or $x > 6$"), C),
    (_kimi(_V2_B, "(-\\infty,-1]\\cup[6,\\infty)"), W),
    (_gemma(_V2_B2, "$(-1, 6)$"), W),
    (_phi(_V2_E, "(-\\infty, 2) \\cup (3, \\infty)"), W),
)

# V3. Find the domain of f(x) = sqrt(x - 2)/(x - 5), in interval notation.
_V3_G = _t(r"""
Two conditions. The square root needs x - 2 >= 0, so x >= 2. The denominator needs x - 5 ≠ 0, so x ≠ 5.

Together: x >= 2 but not 5. In interval notation: [2, 5) ∪ (5, ∞).

Check x = 2: f(2) = 0/(-3) = 0, defined, so 2 is included (closed bracket). x = 5: division by zero, excluded. x = 1:
sqrt(-1), excluded. So [2, 5) ∪ (5, ∞).
""")
_V3_B = _t(r"""
sqrt(x - 2) needs x >= 2. The denominator is zero at x = 5, so x = 5 is excluded: [2, 5) ∪ (5, ∞).

Hmm, at x = 2 the numerator is sqrt 0 = 0, and a root of zero is a degenerate case, so I'll treat the lower end as
open as well: (2, 5) ∪ (5, ∞).
""")
_V3_E = _t(r"""
The denominator x - 5 must be positive so that the fraction makes sense with a square root on top... so x > 5. And
x > 5 already gives x - 2 > 0. Domain: (5, ∞).
""")
NINETEENTH += _p(
    "intervals",
    "[2,5)\\cup(5,\\infty)",
    (_mag(_V3_G, "[2,5)\\cup(5,\\infty)"), C),
    (_q3(_V3_G, "[2, 5) \\cup (5, \\infty)"), C),
    (_nemo(_V3_G, "$[2,5) \\cup (5,\\infty)$"), C),
    (_glm(_V3_B, "(2,5)\\cup(5,\\infty)"), W),
    (_seed(_V3_B, "(2, 5) \\cup (5, \\infty)"), W),
    (_ot(_V3_E, "(5, \\infty)"), W),
    (_cut("◁think▷", _V3_G, "Together: x >= 2 but"), T),
)

# ---------------------------------------------------------------------------------------------------------------
# sets and multiple roots
# ---------------------------------------------------------------------------------------------------------------

# S1. Solve x^3 - 6x^2 + 11x - 6 = 0.
_S1_G = _t(r"""
Try rational roots ±1, ±2, ±3, ±6. x = 1: 1 - 6 + 11 - 6 = 0. So x - 1 is a factor.

Synthetic division by 1: coefficients 1, -6, 11, -6 → 1, -5, 6, remainder 0. So the quotient is x^2 - 5x + 6 = (x -
2)(x - 3).

Hmm, wait, let me recheck the division: bring down 1; 1 * 1 = 1, -6 + 1 = -5; -5 * 1 = -5, 11 - 5 = 6; 6 * 1 = 6, -6
+ 6 = 0. Yes.

So the roots are 1, 2, 3. Vieta: sum 6 (matches the coefficient 6), product 6, pairwise 2 + 3 + 6 = 11. All three
roots, and x = 1 must not be forgotten just because it came from the trial step.
""")
_S1_B = _t(r"""
x = 1 is a root (1 - 6 + 11 - 6 = 0). Dividing out x - 1 leaves x^2 - 5x + 6.

Now solve x^2 - 5x + 6 = 0: (x - 2)(x - 3) = 0, so x = 2 or x = 3. Check x = 2: 8 - 24 + 22 - 6 = 0. x = 3: 27 - 54 +
33 - 6 = 0.

So the solutions of the equation are x = 2 and x = 3.
""")
_S1_E = _t(r"""
x = 1 works: 1 - 6 + 11 - 6 = 0. Synthetic division: 1 | 1 -6 11 -6 → 1, -5, 4... so the quotient is x^2 - 5x + 4 =
(x - 1)(x - 4).

Roots: 1 (double) and 4. As a set: 1 and 4.
""")
NINETEENTH += _p(
    "sets",
    "1, 2, 3",
    (_kimi(_S1_G, "1, 2, 3"), C),
    (_q3(_S1_G, "x = 1, \\ x = 2, \\ x = 3"), C),
    (_mag_md(_S1_G, "$\\{3, 2, 1\\}$"), C),
    (_phi(_S1_G, "\\{1,2,3\\}"), C),
    (_seed(_S1_B, "2, 3"), W),
    (_nemo(_S1_B, "x = 2, x = 3"), W),
    (_glm(_S1_E, "1, 4"), W),
)

# S2. Solve 2 sin x = 1 for 0 <= x < 2π.
_S2_G = _t(r"""
sin x = 1/2. The reference angle is π/6. Sine is positive in quadrants I and II.

Quadrant I: x = π/6. Quadrant II: x = π - π/6 = 5π/6.

Other candidates: π/6 + 2π = 13π/6 is beyond 2π, excluded. 7π/6 has sin = -1/2, wrong sign.

Check: sin(π/6) = 0.5, sin(5π/6) = sin(150°) = 0.5. So x = π/6 and x = 5π/6.
""")
_S2_B = _t(r"""
sin x = 1/2: x = π/6 and x = 5π/6 in the first turn. Adding 2π gives 13π/6 and 17π/6.

Hmm, which of these fall in the interval? 13π/6 ≈ 6.8 and 2π ≈ 6.28... wait, I mean 13π/6 ≈ 2.17 π... I'll keep it
since the period just starts the next cycle. So x = π/6, 5π/6, 13π/6.
""")
_S2_E = _t(r"""
2 sin x = 1 → sin x = 1/2 → I think of cos instead: cos(π/3) = 1/2. So x = π/3 and, by symmetry, x = 2π - π/3 = 5π/3.
""")
_S2_FIX = _t(r"""
cos(π/3) = 1/2 is the cosine, but the equation is about sine. sin x = 1/2 at π/6 and at π - π/6 = 5π/6; sin(5π/3)
is negative, so those were wrong.
""")
NINETEENTH += _p(
    "sets",
    "\\frac{\\pi}{6}, \\frac{5\\pi}{6}",
    (_ot(_S2_G, "\\frac{\\pi}{6}, \\frac{5\\pi}{6}"), C),
    (_glm(_S2_G, "\\frac{5\\pi}{6}, \\frac{\\pi}{6}"), C),
    (_two(_S2_E, "\\frac{\\pi}{3}, \\frac{5\\pi}{3}", _S2_FIX, "x=\\frac{\\pi}{6},\\ x=\\frac{5\\pi}{6}"), C),
    (_disp(_S2_B, "x \\in \\left\\{\\frac{\\pi}{6}, \\frac{5\\pi}{6}, \\frac{13\\pi}{6}\\right\\}"), W),
    (_kimi(_S2_B, "\\frac{\\pi}{6}, \\frac{5\\pi}{6}, \\frac{13\\pi}{6}"), W),
    (_seed(_S2_E, "\\frac{\\pi}{3}, \\frac{5\\pi}{3}"), W),
)

# S3. List all integers x with |x - 3| < 2.
_S3_G = _t(r"""
|x - 3| < 2 means -2 < x - 3 < 2, so 1 < x < 5.

Integers strictly between 1 and 5: 2, 3, 4.

The endpoints 1 and 5 give |x - 3| = 2, which is not < 2, so they are out. Check 2: |-1| = 1 < 2. 4: |1| = 1 < 2.
3: 0 < 2. So the set is {2, 3, 4}.
""")
_S3_B = _t(r"""
-2 < x - 3 < 2 → 1 < x < 5. Integers: 2, 3, 4.

Hmm, and at x = 1 and x = 5 the distance to 3 is exactly 2, which is within 2 units of 3, so I think they count:
{1, 2, 3, 4, 5}.
""")
_S3_E = _t(r"""
Split: x - 3 < 2 gives x < 5; and x + 3 > -2 gives x > -5. So -5 < x < 5, and the integers are -4 through 4.
""")
NINETEENTH += _p(
    "sets",
    "\\{2,3,4\\}",
    (_phi_nb(_S3_G, "$\\{2, 3, 4\\}$"), C),
    (
        _table(
            _S3_G,
            [
                ("x = 1", "distance 2, excluded"),
                ("x = 2", "distance 1"),
                ("x = 3", "distance 0"),
                ("x = 4", "distance 1"),
                ("x = 5", "distance 2, excluded"),
            ],
            "$\\{2,3,4\\}$",
        ),
        C,
    ),
    (_gemma(_S3_G, "$x \\in \\{4, 3, 2\\}$"), C),
    (_mag(_S3_G, "2, 3, 4"), C),
    (_q3(_S3_B, "\\{1,2,3,4,5\\}"), W),
    (_ot(_S3_B, "\\{1, 2, 3, 4, 5\\}"), W),
    (_nemo(_S3_E, "$\\{-4,-3,-2,-1,0,1,2,3,4\\}$"), W),
    (_cut("<|begin_of_thought|>\n\n", _S3_G, "Integers strictly between 1 and"), T),
)

# S4. Solve x^4 - 13x^2 + 36 = 0.
_S4_G = _t(r"""
Substitute y = x^2: y^2 - 13y + 36 = 0. Factor: need two numbers with product 36 and sum 13: 4 and 9. So (y - 4)(y - 9)
= 0, y = 4 or y = 9.

Back to x: x^2 = 4 gives x = ±2; x^2 = 9 gives x = ±3.

Wait, I must not stop at y = 4, 9; those are values of x^2. And each gives two x values, both negative and positive.

Check x = -3: 81 - 117 + 36 = 0. x = 2: 16 - 52 + 36 = 0. So x = -3, -2, 2, 3.
""")
_S4_B = _t(r"""
y = x^2: y^2 - 13y + 36 = (y - 4)(y - 9) = 0, so x^2 = 4 or 9, which gives x = ±2 and x = ±3.

Hmm, the original question is about x and a quartic in x^2 only ever gives the same value for x and -x... I'll list
the distinct positive solutions, since the negative ones are just mirror images: x = 2 and x = 3.
""")
_S4_E = _t(r"""
y^2 - 13y + 36: try (y - 3)(y - 12) = y^2 - 15y + 36, hmm, close; I'll go with y = 3 and y = 12 since the product is
36. Then x = ±sqrt 3 and x = ±sqrt 12 = ±2 sqrt 3.
""")
NINETEENTH += _p(
    "sets",
    "-3, -2, 2, 3",
    (_seed(_S4_G, "\\pm 2, \\pm 3"), C),
    (_disp(_S4_G, "x = \\pm 2,\\ \\pm 3"), C),
    (_kimi(_S4_G, "x = \\pm 3, \\pm 2"), C),
    (_list(_S4_G, ["substitute y = x^2", "roots y = 4 and y = 9", "take both square roots"], "$x = 2, -2, 3, -3$"), C),
    (_glm(_S4_B, "2, 3"), W),
    (_phi(_S4_B, "x = 2, 3"), W),
    (_mag(_S4_E, "\\pm\\sqrt{3}, \\pm 2\\sqrt{3}"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# ordered tuples and points
# ---------------------------------------------------------------------------------------------------------------

# P1. Solve the system 2x + 3y = 12, x - y = 1. Give (x, y).
_P1_G = _t(r"""
From the second equation, x = y + 1. Substitute: 2(y + 1) + 3y = 12 → 5y + 2 = 12 → y = 2. Then x = 3.

Check in both: 2 * 3 + 3 * 2 = 6 + 6 = 12. 3 - 2 = 1. Both hold.

Careful with the order: the pair is (x, y) = (3, 2), not (2, 3); the first slot is x.
""")
_P1_B = _t(r"""
x = y + 1, so 2y + 2 + 3y = 12, 5y = 10, y = 2, x = 3.

Check: 2(3) + 3(2) = 12 and 3 - 2 = 1. So y = 2 and x = 3, and I'll write the point with the variables in the order
I solved them: (2, 3).
""")
_P1_E = _t(r"""
From x - y = 1, x = y - 1. Then 2(y - 1) + 3y = 12 → 5y = 14 → y = 14/5, x = 9/5.
""")
_P1_FIX = _t(r"""
x - y = 1 means x = y + 1, not y - 1. Then 5y + 2 = 12, so y = 2 and x = 3; check 2 * 3 + 3 * 2 = 12.
""")
NINETEENTH += _p(
    "tuples",
    "(3, 2)",
    (_nemo(_P1_G, "(3, 2)"), C),
    (
        _long(
            _P1_G,
            "(3,2)",
            "Substituting x = y + 1 gave 5y + 2 = 12, so y = 2 and then x = 3; the two equations check as 12 and 1.",
        ),
        C,
    ),
    (_bold(_P1_G, "x = 3, y = 2"), C),
    (_two(_P1_E, "\\left(\\frac{9}{5}, \\frac{14}{5}\\right)", _P1_FIX, "(x, y) = (3, 2)"), C),
    (_q3(_P1_B, "(2, 3)"), W),
    (_mag(_P1_B, "(2,3)"), W),
    (_kimi(_P1_E, "\\left(\\frac{9}{5}, \\frac{14}{5}\\right)"), W),
)

# P2. Find the midpoint of (-5, 8) and (9, -2).
_P2_G = _t(r"""
Midpoint = ((x1 + x2)/2, (y1 + y2)/2) = ((-5 + 9)/2, (8 + (-2))/2) = (4/2, 6/2) = (2, 3).

Check: the distance from (-5, 8) to (2, 3) is sqrt(49 + 25) = sqrt 74, and from (2, 3) to (9, -2) is sqrt(49 + 25) =
sqrt 74. Equal, and the three points are collinear (slope -5/7 both ways). So the midpoint is (2, 3).
""")
_P2_B = _t(r"""
Averages: (-5 + 9)/2 = 2 and (8 - 2)/2 = 3, so (2, 3)?

Hmm, wait. I remember the midpoint formula as half the difference, since the midpoint is half-way along the
displacement: ((9 - (-5))/2, (-2 - 8)/2) = (7, -5). So the midpoint is (7, -5).
""")
_P2_E = _t(r"""
x: (-5 - 9)/2 = -7. y: (8 - 2)/2 = 3. So the midpoint is (-7, 3).
""")
_P2_V = "Both halves have length sqrt 74 (legs 7 and 5), and the slope is -5/7 on each side."
NINETEENTH += _p(
    "tuples",
    "(2, 3)",
    (_ot(_P2_G, "(2, 3)"), C),
    (_verif(_P2_G, "(2,3)", _P2_V), C),
    (_glm(_P2_G, "\\left(2, 3\\right)"), C),
    (_phi(_P2_B, "(7, -5)"), W),
    (_seed(_P2_B, "(7,-5)"), W),
    (_gemma(_P2_E, "(-7, 3)"), W),
)

# P3. Find the vertex of y = 2x^2 - 8x + 3.
_P3_G = _t(r"""
x-coordinate: -b/(2a) = 8/4 = 2. y-coordinate: 2(4) - 8(2) + 3 = 8 - 16 + 3 = -5.

Completing the square as a check: 2(x^2 - 4x) + 3 = 2(x - 2)^2 - 8 + 3 = 2(x - 2)^2 - 5. Vertex (2, -5).

Symmetry check: y(1) = 2 - 8 + 3 = -3 and y(3) = 18 - 24 + 3 = -3, symmetric about x = 2. The vertex is (2, -5).
""")
_P3_B = _t(r"""
-b/(2a): b = -8, so... I'll write x = b/(2a) = -8/4 = -2. Hmm, the other way gives 2 and y(2) = -5, so (2, -5)?

Let me go with the formula as I remember it, x = b/(2a) = -2: y(-2) = 8 + 16 + 3 = 27. Vertex (-2, 27).
""")
_P3_B2 = _t(r"""
x = -b/(2a) = 2, and y = 8 - 16 + 3 = -5. In vertex form, y = 2(x - 2)^2 - 5, and the vertex form is usually read
as (k, h) with the constant first... so I'll write the vertex as (-5, 2).
""")
_P3_E = _t(r"""
Vertex at x = -b/a = 8/2 = 4. y(4) = 32 - 32 + 3 = 3. Vertex (4, 3).
""")
NINETEENTH += _p(
    "tuples",
    "(2, -5)",
    (_kimi(_P3_G, "(2, -5)"), C),
    (_mag_md(_P3_G, "$(2,-5)$"), C),
    (_nemo(_P3_G, "The vertex is (2, -5)."), C),
    (_q3(_P3_B, "(-2, 27)"), W),
    (_ot(_P3_B2, "(-5, 2)"), W),
    (_glm(_P3_E, "(4, 3)"), W),
    (_cut("<seed:think>\n", _P3_G, "Completing the square as a check: 2(x^2 - 4x) + 3 = 2(x"), T),
)

# ---------------------------------------------------------------------------------------------------------------
# matrices and vectors
# ---------------------------------------------------------------------------------------------------------------

_M1_GOLD = "\\begin{pmatrix}3&-1\\\\-5&2\\end{pmatrix}"

# M1. Find the inverse of the matrix [[2, 1], [5, 3]].
_M1_G = _t(r"""
For [[a, b], [c, d]] the inverse is (1/det) [[d, -b], [-c, a]]. det = 2 * 3 - 1 * 5 = 6 - 5 = 1.

So the inverse is [[3, -1], [-5, 2]].

Check: [[2, 1], [5, 3]] * [[3, -1], [-5, 2]]: row 1: 2*3 + 1*(-5) = 1, 2*(-1) + 1*2 = 0. Row 2: 5*3 + 3*(-5) = 0,
5*(-1) + 3*2 = 1. Identity. Good. I should not transpose it: [[3, -5], [-1, 2]] would give 2*3 + 1*(-1) = 5 in the
corner.
""")
_M1_B = _t(r"""
det = 6 - 5 = 1. Swap the diagonal and negate the off-diagonal: [[3, -1], [-5, 2]].

Hmm, but the adjugate is the transpose of the cofactor matrix. Cofactors: C11 = 3, C12 = -5, C21 = -1, C22 = 2. So
the cofactor matrix is [[3, -5], [-1, 2]], and I'll use it as it stands: [[3, -5], [-1, 2]].
""")
_M1_E = _t(r"""
det = 2 * 3 - 5 * 1 = 1. Inverse: negate the off-diagonal entries, keep the diagonal: [[2, -1], [-5, 3]].
""")
_M1_BRK = _t(r"""
The adjugate comes from the cofactors C11 = 3, C12 = -5, C21 = -1, C22 = 2, and arranged as they stand they give
[[3, -5], [-1, 2]].
""")
NINETEENTH += _p(
    "matrices",
    _M1_GOLD,
    (_seed(_M1_G, "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}"), C),
    (_phi(_M1_G, "\\begin{bmatrix}3&-1\\\\-5&2\\end{bmatrix}"), C),
    (_disp(_M1_G, "A^{-1} = \\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}"), C),
    (_kimi(_M1_B, "\\begin{pmatrix}3&-5\\\\-1&2\\end{pmatrix}"), W),
    (
        _two(
            _M1_G, "\\begin{pmatrix}3&-1\\\\-5&2\\end{pmatrix}", _M1_BRK, "\\begin{pmatrix}3&-5\\\\-1&2\\end{pmatrix}"
        ),
        W,
    ),
    (_q3(_M1_E, "\\begin{pmatrix}2&-1\\\\-5&3\\end{pmatrix}"), W),
)

# M2. Compute (1, 2, 3) × (4, 5, 6).
_M2_G = _t(r"""
Cross product components: (a2 b3 - a3 b2, a3 b1 - a1 b3, a1 b2 - a2 b1).

First: 2 * 6 - 3 * 5 = 12 - 15 = -3. Second: 3 * 4 - 1 * 6 = 12 - 6 = 6. Third: 1 * 5 - 2 * 4 = 5 - 8 = -3.

So (-3, 6, -3).

Check orthogonality: (-3, 6, -3) · (1, 2, 3) = -3 + 12 - 9 = 0. (-3, 6, -3) · (4, 5, 6) = -12 + 30 - 18 = 0. Good. The
middle component is the one people get wrong with the determinant minus sign; with the cyclic formula it is +6.
""")
_M2_B = _t(r"""
Determinant expansion: i(2*6 - 3*5) - j(1*6 - 3*4) + k(1*5 - 2*4) = -3i - j(6 - 12) - 3k = -3i + 6j - 3k, i.e.
(-3, 6, -3).

Hmm, wait, with the minus sign in front of j the middle entry should be negative: -(1*6 - 3*4)... I think the minus
already makes it -6. So (-3, -6, -3).
""")
_M2_E = _t(r"""
Components: (a3 b2 - a2 b3, a1 b3 - a3 b1, a2 b1 - a1 b2) = (15 - 12, 6 - 12, 8 - 5) = (3, -6, 3).
""")
NINETEENTH += _p(
    "matrices",
    "(-3, 6, -3)",
    (_glm(_M2_G, "(-3,6,-3)"), C),
    (
        _verif(
            _M2_G, "(-3, 6, -3)", "Dot products with (1, 2, 3) and (4, 5, 6): -3 + 12 - 9 = 0 and -12 + 30 - 18 = 0."
        ),
        C,
    ),
    (_mag(_M2_G, "\\langle -3, 6, -3 \\rangle"), C),
    (_ot(_M2_G, "\\begin{pmatrix}-3\\\\6\\\\-3\\end{pmatrix}"), C),
    (_nemo(_M2_B, "(-3, -6, -3)"), W),
    (_phi_nb(_M2_B, "$(-3, -6, -3)$"), W),
    (_seed(_M2_E, "(3, -6, 3)"), W),
)

# M3. Compute the determinant of [[1, 2, 0], [3, -1, 4], [2, 0, 1]].
_M3_G = _t(r"""
Expand along the first row: 1 * det[[-1, 4], [0, 1]] - 2 * det[[3, 4], [2, 1]] + 0.

det[[-1, 4], [0, 1]] = -1 - 0 = -1. det[[3, 4], [2, 1]] = 3 - 8 = -5.

So det = 1 * (-1) - 2 * (-5) = -1 + 10 = 9.

Check along the third column: entries 0, 4, 1 with signs +, -, +. -4 * det[[1, 2], [2, 0]] + 1 * det[[1, 2], [3, -1]]
= -4 * (0 - 4) + (-1 - 6) = 16 - 7 = 9. Both give 9.
""")
_M3_B = _t(r"""
First-row expansion: 1 * (-1 * 1 - 4 * 0) - 2 * (3 * 1 - 4 * 2) = -1 - 2(-5) = -1 + 10 = 9.

Hmm, wait, the cofactor sign pattern for position (1, 2) is +, since 1 + 2 is odd... no... I'll redo it as + for
the middle: -1 + 2 * (-5) = -1 - 10 = -11. So det = -11.
""")
_M3_E = _t(r"""
det = 1 * (-1 - 0) - 2 * (3 + 8) + 0 = -1 - 22 = -23.
""")
_M3_FIX = _t(r"""
The minor for the 2 is det[[3, 4], [2, 1]] = 3 * 1 - 4 * 2 = -5, not 3 + 8. So det = -1 - 2 * (-5) = 9, and the
third-column expansion gives 16 - 7 = 9.
""")
NINETEENTH += _p(
    "matrices",
    "9",
    (_q3(_M3_G, "9"), C),
    (_kimi(_M3_G, "\\det A = 9"), C),
    (_two(_M3_E, "-23", _M3_FIX, "9"), C),
    (_mag_md(_M3_B, "-11"), W),
    (_glm(_M3_B, "-11"), W),
    (_ot(_M3_E, "-23"), W),
    (_cut("<|begin_of_thought|>\n\n", _M3_G, "So det = 1 * (-1) - 2 * (-5) ="), T),
)

# ---------------------------------------------------------------------------------------------------------------
# polynomials and expressions
# ---------------------------------------------------------------------------------------------------------------

# E1. Expand (2x - 3)^2.
_E1_G = _t(r"""
(a - b)^2 = a^2 - 2ab + b^2 with a = 2x, b = 3. a^2 = 4x^2. 2ab = 2 * 2x * 3 = 12x. b^2 = 9.

So (2x - 3)^2 = 4x^2 - 12x + 9.

Check at x = 1: (2 - 3)^2 = 1 and 4 - 12 + 9 = 1. At x = 2: 1 and 16 - 24 + 9 = 1. At x = 0: 9 and 9. Good. (I
first wrote the middle term as 6x, forgetting the 2 in 2ab; x = 2 would give 16 - 12 + 9 = 13, wrong.)
""")
_E1_B = _t(r"""
(2x - 3)^2 = 4x^2 - 12x + 9 by the formula with 2ab = 12x.

Hmm, let me multiply it out directly to be sure: (2x - 3)(2x - 3) = 4x^2 - 6x ... - 6x... I get the cross terms
2x * (-3) = -6x once, and the other is the same product, so I count it once: 4x^2 - 6x + 9.
""")
_E1_E = _t(r"""
Square each term: (2x)^2 = 4x^2 and (-3)^2 = 9. So (2x - 3)^2 = 4x^2 + 9.
""")
NINETEENTH += _p(
    "expressions",
    "4x^2-12x+9",
    (_seed(_E1_G, "4x^2-12x+9"), C),
    (_align(_E1_G, ["(2x-3)^2 &= (2x)^2 - 2\\cdot 2x\\cdot 3 + 3^2"], "4x^2 - 12x + 9"), C),
    (_phi(_E1_G, "4x^{2} - 12x + 9"), C),
    (_gemma(_E1_G, "$9 - 12x + 4x^2$"), C),
    (_kimi(_E1_B, "4x^2-6x+9"), W),
    (_q3(_E1_B, "4x^2 - 6x + 9"), W),
    (_nemo(_E1_E, "4x^2 + 9"), W),
)

# E2. Find the remainder when x^4 - 3x^2 + 2x - 5 is divided by x - 2.
_E2_G = _t(r"""
Remainder theorem: the remainder on division by x - 2 is P(2).

P(2) = 16 - 3 * 4 + 2 * 2 - 5 = 16 - 12 + 4 - 5 = 3.

Let me confirm with synthetic division by 2 on 1, 0, -3, 2, -5: bring down 1; 2 → 0 + 2 = 2; 4 → -3 + 4 = 1; 2 → 2 + 2
= 4; 8 → -5 + 8 = 3. Remainder 3. (Plugging in -2 instead would give 16 - 12 - 4 - 5 = -5, which is the remainder for
x + 2.)
""")
_E2_B = _t(r"""
P(2) = 16 - 12 + 4 - 5 = 3.

Hmm, wait: dividing by x - 2 — the root of the divisor. I have seen the rule written as P(-a) for x - a... let me
use that: P(-2) = 16 - 12 - 4 - 5 = -5. So the remainder is -5.
""")
_E2_E = _t(r"""
P(2) = 2^4 - 3 * 2 + 2 * 2 - 5 = 16 - 6 + 4 - 5 = 9.
""")
_E2_BRK = _t(r"""
For the divisor x - 2 the rule I remember is to substitute the opposite value, so P(-2) = 16 - 12 - 4 - 5 = -5.
""")
NINETEENTH += _p(
    "expressions",
    "3",
    (_mag(_E2_G, "3"), C),
    (_ot(_E2_G, "3"), C),
    (_align(_E2_G, ["P(2) &= 2^4 - 3\\cdot 2^2 + 2\\cdot 2 - 5", "&= 16 - 12 + 4 - 5"], "3"), C),
    (_glm(_E2_B, "-5"), W),
    (_two(_E2_G, "3", _E2_BRK, "-5"), W),
    (_seed(_E2_E, "9"), W),
    (_cut("[THINK]\n", _E2_G, "P(2) = 16 - 3 * 4 + 2 * 2 - 5 = 16 -"), T),
)

# E3. Factor x^2 - x - 12.
_E3_G = _t(r"""
Need two numbers with product -12 and sum -1. Candidates: 3 and -4 (product -12, sum -1). Also -3 and 4 has sum +1,
wrong sign.

So x^2 - x - 12 = (x - 4)(x + 3).

Expand to check: x^2 + 3x - 4x - 12 = x^2 - x - 12. Correct. Roots 4 and -3.
""")
_E3_B = _t(r"""
Product -12, sum -1: the pair is -4 and 3, giving (x - 4)(x + 3).

Hmm, let me double check the sign: (x + 4)(x - 3) = x^2 + x - 12 and (x - 4)(x + 3) = x^2 - x - 12... I keep mixing
them up. The middle term is -x, and I think that comes from the bigger number being positive. So (x + 4)(x - 3).
""")
_E3_E = _t(r"""
Factors of 12 that differ... 6 and 2: (x - 6)(x + 2).
""")
NINETEENTH += _p(
    "expressions",
    "(x-4)(x+3)",
    (_kimi(_E3_G, "(x-4)(x+3)"), C),
    (_nemo(_E3_G, "(x + 3)(x - 4)"), C),
    (_bold(_E3_G, "(x - 4)(x + 3)"), C),
    (_phi(_E3_B, "(x+4)(x-3)"), W),
    (_mag_md(_E3_B, "$(x+4)(x-3)$"), W),
    (_q3(_E3_E, "(x-6)(x+2)"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# equations of lines and curves
# ---------------------------------------------------------------------------------------------------------------

# L1. Find the equation of the line through (1, 2) and (3, 8), in slope-intercept form.
_L1_G = _t(r"""
Slope: (8 - 2)/(3 - 1) = 6/2 = 3.

Intercept: y = 3x + b through (1, 2): 2 = 3 + b, so b = -1.

So y = 3x - 1. Check with the other point: 3 * 3 - 1 = 8. Good. (For a moment I wrote b = 1 from 2 - 3, but 2 - 3 =
-1.)
""")
_L1_B = _t(r"""
Slope 6/2 = 3. Using (1, 2): 2 = 3(1) + b → b = -1, so y = 3x - 1.

Hmm, let me use point-slope instead as a check: y - 2 = 3(x - 1) → y = 3x - 3 + 2 → ... I get 3x + 1 here, hmm, -3 +
2 ... I'll trust this second form: y = 3x + 1.
""")
_L1_E = _t(r"""
Slope = run over rise = (3 - 1)/(8 - 2) = 1/3. Through (1, 2): 2 = 1/3 + b, b = 5/3. y = x/3 + 5/3.
""")
NINETEENTH += _p(
    "equations",
    "y=3x-1",
    (_glm(_L1_G, "y=3x-1"), C),
    (_seed(_L1_G, "y = 3x - 1"), C),
    (_gemma(_L1_G, "$y = -1 + 3x$"), C),
    (_ot(_L1_B, "y = 3x + 1"), W),
    (_nemo(_L1_B, "y = 3x + 1"), W),
    (_kimi(_L1_E, "y = \\frac{1}{3}x + \\frac{5}{3}"), W),
)

# L2. Write the equation of the circle with centre (2, -3) and radius 4.
_L2_G = _t(r"""
Standard form: (x - h)^2 + (y - k)^2 = r^2 with (h, k) = (2, -3), r = 4.

(x - 2)^2 + (y - (-3))^2 = 16, i.e. (x - 2)^2 + (y + 3)^2 = 16.

Check a point: (6, -3) is 4 units right of the centre: (4)^2 + 0 = 16. Good. The right side is r^2 = 16, not r = 4.
""")
_L2_B = _t(r"""
(x - 2)^2 + (y + 3)^2 = r^2 = 16.

Hmm, wait. The centre (2, -3): the signs in the equation are the same as the centre's coordinates when I write it as
(x + h)... I think the standard form is (x + h)^2 + (y + k)^2, which here is (x + 2)^2 + (y - 3)^2 = 16.
""")
_L2_B2 = _t(r"""
Centre (2, -3), so (x - 2)^2 + (y + 3)^2 and the right side is the radius... 16 if squared; but the radius is given
as 4 and the equation uses the radius, so (x - 2)^2 + (y + 3)^2 = 4.
""")
_L2_E = _t(r"""
Centre (2, -3) gives (x - 2)^2 + (y - 3)^2, and with radius 4 the right side is 2 * 4 = 8.
""")
NINETEENTH += _p(
    "equations",
    "(x-2)^2+(y+3)^2=16",
    (_phi(_L2_G, "(x-2)^2+(y+3)^2=16"), C),
    (
        _list(
            _L2_G,
            ["centre (h, k) = (2, -3)", "radius 4, so r^2 = 16", "point check at (6, -3)"],
            "$(x-2)^2 + (y+3)^2 = 16$",
        ),
        C,
    ),
    (_mag(_L2_G, "(x - 2)^2 + (y + 3)^2 = 16"), C),
    (_q3(_L2_G, "(y+3)^2 + (x-2)^2 = 16"), C),
    (_kimi(_L2_B, "(x+2)^2+(y-3)^2=16"), W),
    (_glm(_L2_B2, "(x-2)^2+(y+3)^2=4"), W),
    (_ot(_L2_E, "(x-2)^2+(y-3)^2=8"), W),
)

# L3. Find the line perpendicular to y = 2x + 5 through (4, 1), in slope-intercept form.
_L3_G = _t(r"""
The given slope is 2, so the perpendicular slope is the negative reciprocal: -1/2. (Not 1/2, which is only the
reciprocal.)

y = -x/2 + b through (4, 1): 1 = -2 + b, b = 3.

So y = -x/2 + 3. Check: the product of slopes is 2 * (-1/2) = -1, and at x = 4, y = -2 + 3 = 1. Good.
""")
_L3_B = _t(r"""
Perpendicular slope: -1/2. Hmm, or is it 1/2? For perpendicular lines the slopes multiply to -1... 2 * (1/2) = 1. I
keep going back and forth; I'll use the reciprocal 1/2.

Through (4, 1): 1 = 2 + b → b = -1. y = x/2 - 1.
""")
_L3_E = _t(r"""
Perpendicular means the slope is negated: -2. Through (4, 1): 1 = -8 + b, so b = 9. y = -2x + 9.
""")
NINETEENTH += _p(
    "equations",
    "y=-\\frac{1}{2}x+3",
    (_seed(_L3_G, "y = -\\frac{1}{2}x + 3"), C),
    (_nemo(_L3_G, "$y = -\\frac{x}{2} + 3$"), C),
    (_kimi(_L3_G, "y = 3 - \\tfrac{1}{2}x"), C),
    (_mag_md(_L3_B, "$y = \\frac{1}{2}x - 1$"), W),
    (_phi(_L3_B, "y = \\frac{1}{2}x - 1"), W),
    (_glm(_L3_E, "y = -2x + 9"), W),
    (_cut("<think>\n", _L3_G, "y = -x/2 + b through (4, 1): 1 ="), T),
)

# ---------------------------------------------------------------------------------------------------------------
# units and money
# ---------------------------------------------------------------------------------------------------------------

# U1. Convert 72 km/h to metres per second.
_U1_G = _t(r"""
72 km/h = 72 * 1000 m per 3600 s = 72000/3600 m/s = 20 m/s.

Shortcut: divide by 3.6. 72 / 3.6 = 20. Wait, should it be multiply or divide? A metre per second is faster than a
kilometre per hour (1 m/s = 3.6 km/h), so the number in m/s must be smaller: divide. 72 * 3.6 = 259.2 would be the
wrong direction.

So 20 m/s.
""")
_U1_B = _t(r"""
The factor between km/h and m/s is 3.6. 72 / 3.6 = 20.

Hmm, but going from km to m multiplies by 1000 and hours to seconds multiplies by 3600, and 3600/1000 = 3.6, so the
conversion multiplies by 3.6: 72 * 3.6 = 259.2 m/s.
""")
_U1_E = _t(r"""
72 km/h: 72 * 1000 = 72000 m per hour, and an hour is 60 minutes, so 72000/60 = 1200 m/s.
""")
NINETEENTH += _p(
    "units",
    "20",
    (_mag(_U1_G, "20\\text{ m/s}"), C),
    (_q3(_U1_G, "20 \\, \\text{m/s}"), C),
    (_gemma(_U1_G, "20 m/s"), C),
    (_seed(_U1_B, "259.2\\text{ m/s}"), W),
    (_ot(_U1_B, "259.2 \\text{ m/s}"), W),
    (_phi(_U1_E, "1200\\text{ m/s}"), W),
    (_cut("<think>\n", _U1_G, "72 km/h = 72 * 1000 m per 3600 s ="), T),
)

# U2. $2000 is invested at 5% compounded annually. What is the amount after 3 years, in dollars?
_U2_G = _t(r"""
A = P(1 + r)^n = 2000 * 1.05^3.

1.05^2 = 1.1025. 1.05^3 = 1.1025 * 1.05 = 1.157625.

A = 2000 * 1.157625 = 2315.25.

Year by year: 2000 → 2100 → 2205 → 2315.25. Same. (Simple interest would give 2000 + 3 * 100 = 2300, so compounding
adds 15.25.) The interest earned is 315.25, but the question asks for the amount, so $2315.25.
""")
_U2_B = _t(r"""
2000 * 1.05^3 = 2000 * 1.157625 = 2315.25. Year by year 2100, 2205, 2315.25.

The question is how much the investment grows to... hmm, "amount" in these problems often means the interest
amount. So the answer is 2315.25 - 2000 = 315.25.
""")
_U2_E = _t(r"""
Interest per year: 5% of 2000 = 100. For 3 years: 300. Amount: 2300. (Compounding only matters for long periods.)
""")
_U2_BRK = _t(r"""
The question probably wants how much was earned, so subtract the principal: 2315.25 - 2000 = 315.25.
""")
NINETEENTH += _p(
    "units",
    "2315.25",
    (_kimi(_U2_G, "\\$2315.25"), C),
    (_nemo(_U2_G, "$\\$2{,}315.25$"), C),
    (
        _table(_U2_G, [("after year 1", "2100"), ("after year 2", "2205"), ("after year 3", "2315.25")], "\\$2315.25"),
        C,
    ),
    (_glm(_U2_B, "\\$315.25"), W),
    (_two(_U2_G, "\\$2315.25", _U2_BRK, "\\$315.25"), W),
    (_mag_md(_U2_E, "\\$2300"), W),
)

# U3. Convert 3.5 square metres to square centimetres.
_U3_G = _t(r"""
1 m = 100 cm, so 1 m^2 = 100 cm * 100 cm = 10000 cm^2.

3.5 m^2 = 3.5 * 10000 = 35000 cm^2.

Hmm, I want to be sure I squared the factor: a 1 m by 1 m square is 100 cm by 100 cm, which is 10^4 small squares,
not 100. So 35000 cm^2.
""")
_U3_B = _t(r"""
1 m^2 = 10^4 cm^2, which would give 35000 cm^2... but the conversion factor for metres to centimetres is 100, and the
area is already in square units, so I just multiply once: 3.5 * 100 = 350 cm^2.
""")
_U3_E = _t(r"""
Metres to centimetres: multiply by 1000. So 3.5 m^2 = 3500 cm^2.
""")
NINETEENTH += _p(
    "units",
    "35000",
    (_phi(_U3_G, "35\\,000\\text{ cm}^2"), C),
    (_verif(_U3_G, "35000\\text{ cm}^2", "1 m^2 = 100 cm * 100 cm = 10000 cm^2, and 3.5 * 10000 is the area."), C),
    (_ot(_U3_G, "35000"), C),
    (_seed(_U3_G, "35{,}000 \\text{ cm}^2"), C),
    (_q3(_U3_B, "350\\text{ cm}^2"), W),
    (_kimi(_U3_B, "350 \\text{ cm}^2"), W),
    (_glm(_U3_E, "3500\\text{ cm}^2"), W),
    (_cut("◁think▷", _U3_G, "1 m = 100 cm, so 1 m^2 = 100 cm *"), T),
)

# U4. A $45 item is discounted 20%, then 8% sales tax is added to the discounted price. What is the final price?
_U4_G = _t(r"""
Discount: 20% of 45 = 9, so the discounted price is 36.

Tax: 8% of 36 = 2.88. Final: 36 + 2.88 = 38.88.

Check as multipliers: 45 * 0.8 * 1.08 = 45 * 0.864 = 38.88. Note that the tax applies to the discounted price, not to
45: 45 * 0.08 = 3.60 would give 39.60, which is what you get if you net the percentages.
""")
_U4_B = _t(r"""
Discounted price: 36. Tax 8% of 36 = 2.88, giving 38.88.

Hmm, but the usual shortcut is to net the percentages: -20% + 8% = -12%, and 45 * 0.88 = 39.60. That is simpler
and I think it is the intended method. So $39.60.
""")
_U4_E = _t(r"""
Take off both: 20% + 8% = 28%. 45 * 0.72 = 32.40.
""")
_U4_FIX = _t(r"""
The tax is added, not taken off, and it is computed on the discounted price: 45 * 0.8 = 36, then 36 * 1.08 = 38.88.
""")
NINETEENTH += _p(
    "units",
    "38.88",
    (_glm(_U4_G, "\\$38.88"), C),
    (_mag(_U4_G, "38.88"), C),
    (_two(_U4_E, "\\$32.40", _U4_FIX, "\\$38.88"), C),
    (_nemo(_U4_B, "$39.60"), W),
    (_seed(_U4_B, "\\$39.60"), W),
    (_phi_nb(_U4_E, "\\$32.40"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# base n
# ---------------------------------------------------------------------------------------------------------------

# B1. Convert 1011011 (base 2) to base 10.
_B1_G = _t(r"""
Place values from the right: 1, 2, 4, 8, 16, 32, 64. The digits from the right: 1, 1, 0, 1, 1, 0, 1.

So 1 * 1 + 1 * 2 + 0 * 4 + 1 * 8 + 1 * 16 + 0 * 32 + 1 * 64 = 1 + 2 + 8 + 16 + 64 = 91.

Check by doubling from the left: 1 → 2 + 0 = 2 → 4 + 1 = 5 → 10 + 1 = 11 → 22 + 0 = 22 → 44 + 1 = 45 → 90 + 1 = 91.
Both ways 91.
""")
_B1_B = _t(r"""
Right to left: 1, 2, 8, 16, 64 contribute, total 91.

Hmm, wait, I should read the digits with place values starting from the left, since the leftmost digit is the first
one: 1 * 1 + 0 * 2 + 1 * 4 + 1 * 8 + 0 * 16 + 1 * 32 + 1 * 64 = 1 + 4 + 8 + 32 + 64 = 109.
""")
_B1_E = _t(r"""
The 1-bits are at the 64, 16, 8 and 2 places: 64 + 16 + 8 + 2 = 90.
""")
NINETEENTH += _p(
    "base_n",
    "91",
    (_ot(_B1_G, "91"), C),
    (
        _table(
            _B1_G,
            [
                ("place 64", "1"),
                ("place 32", "0"),
                ("place 16", "1"),
                ("place 8", "1"),
                ("place 4", "0"),
                ("place 2", "1"),
                ("place 1", "1"),
            ],
            "91",
        ),
        C,
    ),
    (_kimi(_B1_G, "91_{10}"), C),
    (_bold(_B1_G, "91"), C),
    (_mag(_B1_B, "109"), W),
    (_q3(_B1_B, "109"), W),
    (_nemo(_B1_E, "90"), W),
)

# B2. Write 345 (base 10) in base 7.
_B2_G = _t(r"""
Powers of 7: 1, 7, 49, 343. 345 = 1 * 343 + 2. So the 343-digit is 1, the 49-digit 0, the 7-digit 0, the units 2.

Repeated division check: 345 / 7 = 49 r 2; 49 / 7 = 7 r 0; 7 / 7 = 1 r 0; 1 / 7 = 0 r 1. Remainders read bottom to
top: 1, 0, 0, 2.

So 345 = 1002 in base 7. Check: 343 + 0 + 0 + 2 = 345. Reading the remainders top to bottom would give 2001_7 = 2 *
343 + 1 = 687, wrong.
""")
_B2_B = _t(r"""
345 / 7 = 49 r 2; 49 / 7 = 7 r 0; 7 / 7 = 1 r 0; 1 / 7 = 0 r 1. So the digits are 1, 0, 0, 2... or 2, 0, 0, 1?

The first remainder is the first digit, I'll write them in the order I found them: 2001_7. (That reads 1002 backwards,
but I think the first remainder comes first.)
""")
_B2_E = _t(r"""
345 = 7 * 49 + 2 and 49 = 7 * 7. So 345 = 7^2 * 7 + 2, which I write as the digits 1 (for the 7^2 * 7 part), 0, 2:
102_7.
""")
NINETEENTH += _p(
    "base_n",
    "1002_7",
    (_glm(_B2_G, "1002_7"), C),
    (_phi(_B2_G, "1002_{7}"), C),
    (_seed(_B2_G, "(1002)_7"), C),
    (_kimi(_B2_B, "2001_7"), W),
    (_gemma(_B2_B, "$2001_7$"), W),
    (_ot(_B2_E, "102_7"), W),
    (_cut("[THINK]\n", _B2_G, "Repeated division check: 345 / 7 = 49 r 2; 49 / 7 ="), T),
)

# B3. Compute 1011 (base 2) + 111 (base 2), in base 2.
_B3_G = _t(r"""
In decimal: 1011_2 = 11 and 111_2 = 7, so the sum is 18.

Column addition from the right: 1 + 1 = 10, write 0 carry 1. 1 + 1 + 1 = 11, write 1 carry 1. 0 + 1 + 1 = 10, write 0
carry 1. 1 + 0 + 1 = 10, write 0 carry 1. Final carry 1. Result: 10010.

Check: 10010_2 = 16 + 2 = 18. Yes. So 10010_2.
""")
_B3_B = _t(r"""
11 + 7 = 18 = 16 + 2 = 10010_2.

Let me redo it in columns to be safe: rightmost 1 + 1 = 0 carry 1; next 1 + 1 + 1 = 1 carry 1; next 0 + 1 + 1 = 0
carry 1; next 1 + carry = 0 carry 1... and I think the second column should be 0 as well, giving 10001_2. I'll go
with the column work: 10001_2.
""")
_B3_E = _t(r"""
Add digit by digit: 1011 + 0111: 1+1 = 1 (binary OR), 1+1 = 1, 0+1 = 1, 1+0 = 1. Hmm, so 1111? Or write the
carries... I'll say 1110_2.
""")
NINETEENTH += _p(
    "base_n",
    "10010_2",
    (_mag_md(_B3_G, "$10010_2$"), C),
    (_q3(_B3_G, "10010_{2}"), C),
    (_nemo(_B3_G, "10010_2"), C),
    (_phi(_B3_B, "10001_2"), W),
    (_glm(_B3_B, "10001_2"), W),
    (_seed(_B3_E, "1110_2"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# modular arithmetic
# ---------------------------------------------------------------------------------------------------------------

# N1. Find the remainder when 7^100 is divided by 13.
_N1_G = _t(r"""
By Fermat, 7^12 ≡ 1 (mod 13). 100 = 8 * 12 + 4, so 7^100 ≡ 7^4 (mod 13).

7^2 = 49 = 3 * 13 + 10, so 7^2 ≡ 10. 7^4 ≡ 100 = 7 * 13 + 9 ≡ 9.

Check: 7^4 = 2401 and 13 * 184 = 2392, 2401 - 2392 = 9. So the remainder is 9.

Wait, let me double check 100 mod 12: 12 * 8 = 96, 100 - 96 = 4. Yes. (Not 100 mod 13 = 9, which is a different
thing; that happens to be 9 too, which is a coincidence I should not rely on.)
""")
_N1_B = _t(r"""
Reduce the exponent: 100 mod 13 = 9, so 7^100 ≡ 7^9 (mod 13).

7^2 = 49 ≡ 10, 7^4 ≡ 100 ≡ 9, 7^8 ≡ 81 ≡ 3, 7^9 ≡ 3 * 7 = 21 ≡ 8.

So 7^100 ≡ 8 (mod 13).
""")
_N1_E = _t(r"""
7^2 = 49 ≡ 10 (mod 13). 7^3 ≡ 70 ≡ 6 (mod 13) (70 - 65 = 5, hmm, I'll take 6). 7^12 ≡ 1, so 7^100 ≡ 7^4 = 7^3 * 7
≡ 42 ≡ 3.
""")
_N1_FIX = _t(r"""
70 - 65 = 5, so 7^3 ≡ 5, not 6, and 7^4 ≡ 35 ≡ 9. Directly: 2401 - 13 * 184 = 9.
""")
NINETEENTH += _p(
    "modular",
    "9",
    (_seed(_N1_G, "9"), C),
    (_kimi(_N1_G, "9"), C),
    (_two(_N1_E, "3", _N1_FIX, "9"), C),
    (_disp(_N1_G, "7^{100} \\equiv 9 \\pmod{13}"), C),
    (_ot(_N1_B, "8"), W),
    (_mag(_N1_B, "8"), W),
    (_q3(_N1_E, "3"), W),
)

# N2. Find the smallest integer x > 20 with 5x ≡ 3 (mod 17).
_N2_G = _t(r"""
Inverse of 5 mod 17: 5 * 7 = 35 = 2 * 17 + 1, so 5^{-1} ≡ 7. Then x ≡ 3 * 7 = 21 ≡ 4 (mod 17).

Solutions: 4, 21, 38, ... The question asks for the smallest x greater than 20, and 4 is too small. The next one is
4 + 17 = 21.

Check: 5 * 21 = 105 = 6 * 17 + 3 = 102 + 3. Yes, 105 ≡ 3. So x = 21.
""")
_N2_B = _t(r"""
5 * 7 = 35 ≡ 1, so x ≡ 21 ≡ 4 (mod 17). The solutions are 4, 21, 38, ...

The least residue is 4, and check: 5 * 4 = 20 ≡ 3. So the answer is 4.
""")
_N2_E = _t(r"""
Inverse of 5 mod 17: 5 * 10 = 50 = 3 * 17 - 1, so I'll take 10. x ≡ 30 ≡ 13 (mod 17). The smallest x > 20 in that
class is 30.
""")
_N2_BRK = _t(r"""
The least residue is what these congruence questions want: x ≡ 4 (mod 17), and 5 * 4 = 20 ≡ 3, so the answer is 4.
""")
NINETEENTH += _p(
    "modular",
    "21",
    (_glm(_N2_G, "21"), C),
    (
        _long(
            _N2_G,
            "21",
            "The inverse of 5 is 7 since 35 = 2 * 17 + 1; the residue class is 4 mod 17;"
            " its first member above 20 comes next.",
        ),
        C,
    ),
    (_phi(_N2_G, "x = 21"), C),
    (_verif(_N2_G, "21", "5 * 7 = 35 ≡ 1 (mod 17); 3 * 7 = 21; 5 * 21 = 105 = 102 + 3."), C),
    (_nemo(_N2_B, "4"), W),
    (_two(_N2_G, "21", _N2_BRK, "4"), W),
    (_kimi(_N2_E, "30"), W),
)

# N3. Find the remainder when 3^20 is divided by 100.
_N3_G = _t(r"""
3^5 = 243 ≡ 43 (mod 100). 3^10 ≡ 43^2 = 1849 ≡ 49. 3^20 ≡ 49^2 = 2401 ≡ 1.

Check with the exact value: 3^10 = 59049, and 3^20 = 59049^2 = 3486784401, which ends in 01. So the remainder is 1.

(I wondered whether it might be 99, since by Euler 3^40 ≡ 1 and so 3^20 ≡ ±1, but the direct computation settles it:
+1.)
""")
_N3_B = _t(r"""
3^10 = 59049 ≡ 49, 3^20 ≡ 49^2 = 2401 ≡ 1 (mod 100).

Hmm, but Euler: φ(100) = 40, so 3^40 ≡ 1 and 3^20 is a square root of 1 mod 100. Since 20 is half the period, it
should be the nontrivial root, -1 ≡ 99. So the remainder is 99.
""")
_N3_E = _t(r"""
3^10 ≡ 49 (mod 100). Then 3^20 = 3^10 * 2 ≡ 98.
""")
NINETEENTH += _p(
    "modular",
    "1",
    (_q3(_N3_G, "1"), C),
    (_ot(_N3_G, "1"), C),
    (_bold(_N3_G, "1"), C),
    (_seed(_N3_B, "99"), W),
    (_phi_nb(_N3_B, "99"), W),
    (_glm(_N3_E, "98"), W),
    (_cut("<seed:think>\n", _N3_G, "3^10 ≡ 43^2 = 1849 ≡ 49. 3^20 ≡ 49^2 ="), T),
)

# ---------------------------------------------------------------------------------------------------------------
# multiple choice
# ---------------------------------------------------------------------------------------------------------------


def _choice(r: str, s: str) -> str:
    """Plain closing prose with a choice, no box: "Therefore, the answer is (B) 12."."""
    return r + "\n\nTherefore, the answer is " + s + "."


# C1. Which is largest? (A) 2^30 (B) 3^20 (C) 5^13 (D) 6^11 (E) 7^10
_C1_G = _t(r"""
Compare base-10 logarithms. log 2 ≈ 0.30103, log 3 ≈ 0.47712, log 5 ≈ 0.69897, log 6 ≈ 0.77815, log 7 ≈ 0.84510.

(A) 30 * 0.30103 = 9.031. (B) 20 * 0.47712 = 9.542. (C) 13 * 0.69897 = 9.087. (D) 11 * 0.77815 = 8.560. (E) 10 *
0.84510 = 8.451.

The largest is 9.542, option (B). (C) looked like a contender at first, 5^13 ≈ 1.22 * 10^9, but 3^20 ≈ 3.49 * 10^9
is almost three times bigger. So (B).
""")
_C1_B = _t(r"""
Logs: (A) 9.031, (B) 9.542, (C) 9.087, (D) 8.560, (E) 8.451.

Hmm, (B) looks largest, but let me redo (C) with log 5 ≈ 0.73: 13 * 0.73 = 9.49, and (B) with log 3 ≈ 0.46: 9.2. So
(C) wins. 5 is the bigger base with a big exponent, which fits.
""")
_C1_E = _t(r"""
The biggest exponent usually wins: 2^30 has exponent 30, larger than all the others. So (A).
""")
NINETEENTH += _p(
    "choice",
    "B",
    (_choice(_C1_G, "(B) $3^{20}$"), C),
    (
        _table(
            _C1_G,
            [
                ("(A) log", "9.031"),
                ("(B) log", "9.542"),
                ("(C) log", "9.087"),
                ("(D) log", "8.560"),
                ("(E) log", "8.451"),
            ],
            "(B)",
        ),
        C,
    ),
    (_mag(_C1_G, "B"), C),
    (_glm(_C1_G, "\\text{(B)}"), C),
    (_choice(_C1_B, "(C) $5^{13}$"), W),
    (_seed(_C1_B, "C"), W),
    (_kimi(_C1_E, "A"), W),
)

# C2. The sum of the roots of 3x^2 - 12x + 5 = 0 is (A) -4 (B) 5/3 (C) 4 (D) 12
_C2_G = _t(r"""
Vieta: sum of roots = -b/a = -(-12)/3 = 4. The product would be c/a = 5/3, which is option (B), a distractor.

Check numerically: discriminant 144 - 60 = 84, roots (12 ± sqrt 84)/6 ≈ (12 ± 9.165)/6 ≈ 3.528 and 0.472; sum 4.000.

So the sum is 4, option (C).
""")
_C2_B = _t(r"""
Sum = -b/a. b = -12, a = 3: -b/a = 12/3 = 4, so (C)?

Hmm, wait, the formula is b/a with a minus in front of the whole, and b is negative... -(12/3) = -4 if I read b as
12 from "-12x". Let me settle it as -4: option (A).
""")
_C2_E = _t(r"""
For a quadratic, the roots multiply to c/a and add to... I recall c/a = 5/3 is the sum. So (B).
""")
NINETEENTH += _p(
    "choice",
    "C",
    (_phi(_C2_G, "C"), C),
    (_choice(_C2_G, "(C) 4"), C),
    (_q3(_C2_G, "\\textbf{(C)}"), C),
    (_nemo(_C2_B, "(A)"), W),
    (_choice(_C2_B, "(A) $-4$"), W),
    (_ot(_C2_E, "B"), W),
)

# C3. Which number is prime? (A) 91 (B) 119 (C) 133 (D) 127 (E) 143
_C3_G = _t(r"""
Check each. 91 = 7 * 13. 119 = 7 * 17. 133 = 7 * 19. 143 = 11 * 13.

127: sqrt(127) < 12, so test 2, 3, 5, 7, 11. Odd; digit sum 10, not divisible by 3; does not end in 0 or 5; 7 * 18 =
126, remainder 1; 11 * 11 = 121, remainder 6. So 127 is prime (it is 2^7 - 1, a Mersenne prime).

Wait, I almost picked 119 because it "looks" prime, but 7 * 17 = 119. The answer is (D).
""")
_C3_B = _t(r"""
91 = 7 * 13, 133 = 7 * 19, 143 = 11 * 13, and 127 = 2^7 - 1 which is prime, so (D)?

Let me double-check 119 too: 119 / 7 = 16.something... 7 * 16 = 112, 7 * 17 = 119. Hmm, I get 112 + 7 = 119, which I
keep doubting; and 127 / 7 = 18.1. I think 119 is the prime they intend since 127 is a Mersenne number, which
sounds composite. (B).
""")
_C3_E = _t(r"""
143: not even, digit sum 8, doesn't end in 5, 143 / 7 = 20.4. So 143 looks prime. (E).
""")
NINETEENTH += _p(
    "choice",
    "D",
    (_choice(_C3_G, "(D) 127"), C),
    (_gemma(_C3_G, "(D) 127"), C),
    (_kimi(_C3_G, "D"), C),
    (_mag_md(_C3_B, "(B)"), W),
    (_glm(_C3_B, "B"), W),
    (_choice(_C3_E, "(E) 143"), W),
    (_cut("◁think▷", _C3_G, "so test 2, 3, 5, 7, 11. Odd; digit sum 10, not"), T),
)

# C4. If f(x) = 2x + 3, what is f(f(1))? (A) 5 (B) 10 (C) 13 (D) 16
_C4_G = _t(r"""
f(1) = 2 + 3 = 5. Then f(f(1)) = f(5) = 10 + 3 = 13.

Careful: f(1) = 5 is option (A), but that is only the inner step. And 10 would be 2 * f(1) without the +3. The
composition is 13, option (C).
""")
_C4_B = _t(r"""
f(1) = 5, and f(5) = 13, which is (C).

Hmm, on re-reading, f(f(1)) could be read as f evaluated at "f(1)" where f(1) is the value I need... so the answer
is just the value f(1) = 5. (A).
""")
_C4_E = _t(r"""
f(f(1)) = f(1) * f(1)... no, it's 2 * f(1) = 2 * 5 = 10. (B).
""")
NINETEENTH += _p(
    "choice",
    "C",
    (_seed(_C4_G, "C"), C),
    (_nemo(_C4_G, "(C) 13"), C),
    (_choice(_C4_G, "(C) 13"), C),
    (_q3(_C4_B, "A"), W),
    (_choice(_C4_B, "(A) 5"), W),
    (_phi(_C4_E, "B"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# text answers
# ---------------------------------------------------------------------------------------------------------------

# X1. What day of the week is it 100 days after a Monday?
_X1_G = _t(r"""
Days repeat every 7. 100 = 14 * 7 + 2, so 100 days later is 2 days after Monday in the weekly cycle.

Monday + 1 = Tuesday, + 2 = Wednesday.

Check with a smaller case: 7 days after Monday is Monday, 9 days after Monday is Wednesday (9 = 7 + 2). Same pattern.
So Wednesday. (I briefly wondered whether to count the Monday itself as day 1, but "100 days after" means adding
100.)
""")
_X1_B = _t(r"""
100 mod 7 = 2, so Monday + 2 = Wednesday.

Hmm, but if Monday itself is day 1, then day 100 is 99 days later: 99 = 14 * 7 + 1, Monday + 1 = Tuesday. I'll go
with counting the starting day: Tuesday.
""")
_X1_E = _t(r"""
100 / 7 = 14 remainder 3 (14 * 7 = 97). Monday + 3 = Thursday.
""")
NINETEENTH += _p(
    "text",
    "Wednesday",
    (_kimi(_X1_G, "\\text{Wednesday}"), C),
    (
        _long(
            _X1_B,
            "\\text{Tuesday}",
            "100 mod 7 = 2 would give Wednesday, but counting Monday as day 1 leaves 99 days, and 99 = 14 * 7 + 1.",
        ),
        W,
    ),
    (_bold(_X1_G, "Wednesday"), C),
    (_gemma(_X1_G, "Wednesday"), C),
    (_phi_nb(_X1_B, "Tuesday"), W),
    (_seed(_X1_B, "\\text{Tuesday}"), W),
    (_nemo(_X1_E, "Thursday"), W),
)

# X2. A polygon has interior angles summing to 1080°. What is it called?
_X2_G = _t(r"""
Interior angle sum of an n-gon: (n - 2) * 180°. So (n - 2) * 180 = 1080 → n - 2 = 6 → n = 8.

An 8-sided polygon is an octagon. (Not a hexagon: the 6 is n - 2, not n.)

Check: an octagon splits into 6 triangles from one vertex, 6 * 180 = 1080. Yes.
""")
_X2_B = _t(r"""
(n - 2) * 180 = 1080 gives n - 2 = 6 and n = 8, an octagon.

Hmm, but the 1080/180 = 6 triangles from a vertex... and the number of triangles equals the number of sides for a
fan from the centre, so I'll take n = 6: a hexagon.
""")
_X2_E = _t(r"""
Each interior angle adds 180, so n = 1080/180 = 6, plus one for the closing side: 7 sides. A heptagon.
""")
NINETEENTH += _p(
    "text",
    "octagon",
    (_ot(_X2_G, "\\text{octagon}"), C),
    (_nemo(_X2_G, "An octagon"), C),
    (_glm(_X2_G, "\\text{Octagon}"), C),
    (_mag(_X2_B, "\\text{hexagon}"), W),
    (_q3(_X2_B, "\\text{hexagon}"), W),
    (_kimi(_X2_E, "\\text{heptagon}"), W),
    (_cut("[THINK]\n", _X2_G, "(n - 2) * 180 = 1080 → n - 2 = 6 → n ="), T),
)

# X3. A triangle has sides 6, 7 and 10. Is it acute, right or obtuse?
_X3_G = _t(r"""
Compare the square of the longest side with the sum of the squares of the other two.

10^2 = 100. 6^2 + 7^2 = 36 + 49 = 85.

Since 100 > 85, the angle opposite the side 10 is obtuse (by the law of cosines, cos = (85 - 100)/(2 * 6 * 7) =
-15/84 < 0). Triangle inequality: 6 + 7 = 13 > 10, so it exists. So the triangle is obtuse.
""")
_X3_B = _t(r"""
Longest side squared: 100. Others: 36 + 49 = 85. Since 100 > 85 this would be obtuse...

Hmm, wait, the rule: if c^2 < a^2 + b^2, acute; here I compare 85 and 100, and 85 < 100 reads as "a^2 + b^2 < c^2",
which I think is the acute case. So it's acute.
""")
_X3_E = _t(r"""
6 + 7 = 13 and 13 - 10 = 3, small; 6^2 + 7^2 = 85 is close to 100 in ratio, and the sides look like a scaled 3-4-5
right triangle (6, 8, 10) with 8 changed to 7. I'll call it right.
""")
NINETEENTH += _p(
    "text",
    "obtuse",
    (_seed(_X3_G, "\\text{obtuse}"), C),
    (
        _list(
            _X3_G,
            ["longest side squared: 100", "sum of the other two squares: 85", "100 > 85"],
            "the triangle is **obtuse**",
        ),
        C,
    ),
    (_phi_nb(_X3_G, "Obtuse"), C),
    (_mag_md(_X3_G, "obtuse"), C),
    (_glm(_X3_B, "\\text{acute}"), W),
    (_gemma(_X3_B, "acute"), W),
    (_ot(_X3_E, "\\text{right}"), W),
)

# ---------------------------------------------------------------------------------------------------------------
# probability and combinatorics
# ---------------------------------------------------------------------------------------------------------------

# Q1. Two fair dice are rolled. What is the probability that the sum is 8?
_Q1_G = _t(r"""
Outcomes: 36 equally likely ordered pairs. Pairs summing to 8: (2, 6), (3, 5), (4, 4), (5, 3), (6, 2). That is 5.

(1, 7) is impossible. And (4, 4) appears once, since swapping gives the same ordered pair; I should not count it
twice.

So P = 5/36 ≈ 0.139.
""")
_Q1_B = _t(r"""
Pairs: (2, 6), (3, 5), (4, 4), (5, 3), (6, 2): 5, so 5/36.

Hmm, but (4, 4) can happen two ways since there are two dice, first die 4 and second die 4, or second die 4 and
first die 4. So 6 outcomes: 6/36 = 1/6.
""")
_Q1_E = _t(r"""
Sums of 8: (2, 6), (3, 5), (5, 3), (6, 2). That's 4 out of 36, so 1/9.
""")
_Q1_FIX = _t(r"""
I forgot (4, 4). The ordered pairs are (2, 6), (3, 5), (4, 4), (5, 3), (6, 2): 5 of 36.
""")
NINETEENTH += _p(
    "probability",
    "\\frac{5}{36}",
    (_q3(_Q1_G, "\\frac{5}{36}"), C),
    (_mag(_Q1_G, "\\dfrac{5}{36}"), C),
    (_two(_Q1_E, "\\frac{1}{9}", _Q1_FIX, "\\frac{5}{36}"), C),
    (_kimi(_Q1_B, "\\frac{1}{6}"), W),
    (_nemo(_Q1_B, "1/6"), W),
    (_glm(_Q1_E, "\\frac{1}{9}"), W),
)

# Q2. In how many ways can a committee of 3 be chosen from 10 people?
_Q2_G = _t(r"""
Order does not matter in a committee, so it is C(10, 3) = 10 * 9 * 8 / (3 * 2 * 1) = 720 / 6 = 120.

The 720 counts ordered selections (president, secretary, treasurer), and each committee is counted 3! = 6 times
there. So 120.

Check: C(10, 3) = C(10, 7), and C(10, 2) = 45, C(10, 3) = 45 * 8/3 = 120. Good.
""")
_Q2_B = _t(r"""
C(10, 3) = 720 / 6 = 120.

Hmm, but committee members usually take different seats or roles, so the order of choosing matters: 10 * 9 * 8 = 720.
""")
_Q2_E = _t(r"""
10 * 9 * 8 / 3 = 240 (divide by 3 for the three members).
""")
_Q2_BRK = _t(r"""
The committee members take distinct places, so I should not divide by 3!: 10 * 9 * 8 = 720.
""")
NINETEENTH += _p(
    "probability",
    "120",
    (_ot(_Q2_G, "120"), C),
    (_disp(_Q2_G, "\\binom{10}{3} = 120"), C),
    (_phi(_Q2_G, "\\binom{10}{3} = 120"), C),
    (_seed(_Q2_G, "120"), C),
    (_glm(_Q2_B, "720"), W),
    (_two(_Q2_G, "120", _Q2_BRK, "720"), W),
    (_mag_md(_Q2_E, "240"), W),
    (_cut("<|begin_of_thought|>\n\n", _Q2_G, "so it is C(10, 3) = 10 * 9 * 8 / (3 * 2 *"), T),
)

# Q3. How many distinct arrangements of the letters of LEVEL are there?
_Q3_G = _t(r"""
LEVEL has 5 letters: L twice, E twice, V once.

Arrangements: 5! / (2! * 2!) = 120 / 4 = 30.

Check by placing V first: 5 choices for V, then the remaining 4 slots hold L, L, E, E: C(4, 2) = 6 ways. 5 * 6 = 30.
(Dividing by only one 2! would give 60, which double counts.)
""")
_Q3_B = _t(r"""
5! / (2! 2!) = 30 by the multinomial.

Hmm, but the two E's sit in symmetric positions in LEVEL, so maybe only the L's are repeated in a way that matters.
Dividing by 2! once: 120/2 = 60.
""")
_Q3_E = _t(r"""
Five letters, 5! = 120 arrangements.
""")
NINETEENTH += _p(
    "probability",
    "30",
    (_kimi(_Q3_G, "30"), C),
    (_q3(_Q3_G, "30"), C),
    (_list(_Q3_G, ["5 letters: L, L, E, E, V", "5! = 120", "divide by 2! * 2! = 4"], "30"), C),
    (_phi_nb(_Q3_B, "60"), W),
    (_ot(_Q3_B, "60"), W),
    (_seed(_Q3_E, "120"), W),
)

# Q4. A fair coin is tossed 4 times. What is the probability of at least one head?
_Q4_G = _t(r"""
Complement: P(no heads) = P(all tails) = (1/2)^4 = 1/16.

So P(at least one head) = 1 - 1/16 = 15/16.

Direct check: P(exactly k heads) = C(4, k)/16 for k = 1..4: 4 + 6 + 4 + 1 = 15, so 15/16 = 0.9375. Good.
""")
_Q4_B = _t(r"""
P(all tails) = 1/16, so at least one head is 15/16.

Hmm, wait, (1/2)^4: 1/2 * 1/2 = 1/4, 1/4 * 1/2 = 1/8, and that's three tosses... I think I already have four factors
there, so (1/2)^4 = 1/8. Then 1 - 1/8 = 7/8.
""")
_Q4_E = _t(r"""
Each toss gives a head with probability 1/2, and over 4 tosses the chance of a head somewhere is 1/2 + 1/4 = 3/4.
""")
NINETEENTH += _p(
    "probability",
    "\\frac{15}{16}",
    (_glm(_Q4_G, "\\frac{15}{16}"), C),
    (
        _align(
            _Q4_G,
            ["P(\\text{at least one H}) &= 1 - P(\\text{TTTT})", "&= 1 - \\left(\\tfrac12\\right)^4"],
            "\\frac{15}{16}",
        ),
        C,
    ),
    (_nemo(_Q4_G, "0.9375"), C),
    (_mag(_Q4_G, "1-\\frac{1}{16}"), C),
    (_seed(_Q4_B, "\\frac{7}{8}"), W),
    (_kimi(_Q4_B, "\\frac{7}{8}"), W),
    (_gemma(_Q4_E, "$\\frac{3}{4}$"), W),
    (_cut("", _Q4_G, "So P(at least one head) = 1 -"), T),
)
