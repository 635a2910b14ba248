"""TWENTIETH: a held-out batch of labelled answer-verification pairs in long chain-of-thought styles (issue 12).

Written on 2026-12-03 by a helper session (branch h/batch20) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 60 lines of outside_nineteenth.py and
outside_eighteenth.py, for the row format, builder style and header style), and without running longcot,
math-verify or any other grader on any pair. Every pair was labelled by hand (python and sympy used by hand to
check the arithmetic and the printed tool outputs only); pairs a reasonable grader could label either way were
left out. Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates, then an ending less common in older batches: NuminaMath-TIR tool-integrated
reasoning (a ```python block, an ```output block with numbers, sympy reprs, numpy arrays or float artifacts such
as `(-0-8j)` and `0.13333333333333333`, then a boxed or plain final answer), GSM8K `#### 42` as the last line,
MetaMath "The answer is: 42", QwQ-style Chinese closes ("所以答案是 $\\boxed{..}$" and an unboxed "答案：..."), an
uppercase "ANSWER: ..." line, a JSON object `{"answer": "..."}` as the last line, `\\fbox{}`, a "### Final Answer"
markdown heading with the answer on the next line (boxed and unboxed), DeepSeek-R1 `<think>`...`</think>` then
"**Final Answer**" with `\\[\\boxed{}\\]`, the answer on the last line of an `aligned` display, a box followed by
"Let me know if you have other questions!", a box followed by a Qwen chat-template tail whose next user turn holds
numbers, and o1-style closing prose. Answer forms include scientific notation (`3.2 \\times 10^{5}`), mixed
numbers, repeating decimals (`0.\\overline{36}`, `0.13\\overline{8}`), infinite intervals and unions, set-builder
notation, the empty set and "no real solutions", base subscripts (`101011_2`, `(105)_8`), polar, cis and
exponential complex forms, column vectors, `f(x)=...` answers, and choice letters as `\\textbf{(C)}`.
The batch leans on precision: about two thirds of the negatives are hard, with the gold in the text (an
intermediate, a rejected candidate, a tool output, an earlier box later corrected) while the final answer differs
slightly (off by one, a sign, a factor of two, a missing or extra root, a closed endpoint, a swapped tuple or
triple, a transposed matrix or adjugate, a swapped repeating block, the next member of a residue class, the
substituted variable for the unknown, a wrong letter, a unit factor of 1000 for 10000, reversed binary digits).
Correct rows use equivalent forms (decimals and repeating decimals for fractions, mixed numbers, `\\dfrac`,
`\\tfrac`, `x=` prefixes, reordered sets and roots, unsimplified surds and fractions, `\\pm` against two listed
values, degree signs, units in `\\text{}` and `\\mathrm{}`, thin-space and `{,}` digit separators, percents where
the question asks a percent, `\\left(`, bmatrix and array for pmatrix, `\\varnothing` and `\\{\\}` for the empty
set) and earlier wrong boxes that a later final answer overrules (the last stated final answer wins).
Each problem has one worked reasoning (`_X_G`, reaching the gold), usually one flawed reasoning with the gold in
it (`_X_B`, sometimes a second `_X_B2`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier
box and a recheck (`_X_FIX` turns a wrong box into the gold, `_X_BRK` a right box into a wrong answer), and
`_half` keeps the first paragraphs of a reasoning and stops mid-computation or right after a marker ("So the
answer is", "ANSWER:", "### Final Answer", an opened `\\boxed{`, an unfinished python block). Rows are added per
problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`. The question itself is not
part of the row; the comment above each problem states it.
62 problems in 18 categories (integers, fractions, decimals, radicals, complex, trig, intervals, sets, tuples,
matrices, expressions, equations, units, base_n, modular, choice, text, probability; 3 or 4 problems each); 457
rows: 243 correct, 186 incorrect, 28 truncated. Of the 186 negatives, 124 are hard (built on a flawed reasoning
that holds the gold, or on a right box later overruled by a wrong answer) and 62 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTIETH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()

_QWEN_NEXT = (
    "<|im_end|>\n<|im_start|>user\nNice. Now redo it with 8 and 15 in place of the first two numbers.<|im_end|>\n"
    "<|im_start|>assistant\n"
)


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTIETH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _tir(r: str, code: str, out: str, a: str, lead: str = "The output agrees with the work above.", box: bool = True):
    """NuminaMath-TIR: a python block, its output block, then a sentence and the answer (boxed or plain)."""
    end = "$\\boxed{" + a + "}$" if box else a
    return (
        r
        + "\n\nLet me confirm this with Python.\n\n```python\n"
        + code
        + "\n```\n```output\n"
        + out
        + "\n```\n"
        + lead
        + " The final answer is "
        + end
        + "."
    )


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _meta(r: str, a: str) -> str:
    """MetaMath: `The answer is: answer` as the last line, no box."""
    return r + "\n\nThe answer is: " + a


def _zh(r: str, a: str) -> str:
    """QwQ-style Chinese close with a box."""
    return r + "\n\n综上所述，所以答案是 $\\boxed{" + a + "}$。"


def _zhc(r: str, a: str) -> str:
    """Chinese close without a box: `答案：answer`."""
    return r + "\n\n检查一遍，计算无误。\n\n答案：" + a


def _up(r: str, a: str) -> str:
    """An uppercase `ANSWER:` line."""
    return r + "\n\nANSWER: " + a


def _json(r: str, a: str) -> str:
    """A JSON object as the last line."""
    return r + '\n\nReturning the result in the requested format:\n{"answer": "' + a + '"}'


def _fbox(r: str, a: str) -> str:
    """`\\fbox{}` in place of `\\boxed{}`."""
    return r + "\n\nHence the answer is $\\fbox{" + a + "}$."


def _head(r: str, a: str, box: bool = False) -> str:
    """A `### Final Answer` heading, the answer on the next line."""
    shown = "\\boxed{" + a + "}" if box else a
    return r + "\n\n### Final Answer\n$" + shown + "$"


def _r1(r: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nI worked through the problem step by step and re-checked the key computation.\n\n"
        + "**Final Answer**\n\\[\n\\boxed{"
        + a
        + "}\n\\]"
    )


def _thx(r: str, a: str) -> str:
    """A box followed by a friendly closing line."""
    return r + "\n\nSo the final answer is $\\boxed{" + a + "}$.\n\nLet me know if you have other questions!"


def _chat(r: str, a: str) -> str:
    """A box followed by a Qwen chat-template tail whose next user turn holds numbers."""
    return r + "\n\nThe answer is $\\boxed{" + a + "}$." + _QWEN_NEXT


def _plain(r: str, a: str) -> str:
    """o1-style closing prose with the answer in inline math and no box."""
    return r + "\n\nTherefore, the final answer is $" + a + "$."


def _ali(r: str, lines: list[str]) -> str:
    """The answer on the last line of an `aligned` block in a display, no box."""
    return r + "\n\nCollecting the steps:\n\\[\n\\begin{aligned}\n" + " \\\\\n".join(lines) + "\n\\end{aligned}\n\\]"


def _two(r: str, first: str, recheck: str) -> str:
    """An earlier box, then a recheck paragraph; the caller's builder states the final answer."""
    return r + "\n\nSo the answer is $\\boxed{" + first + "}$.\n\n" + recheck


def _half(r: str, k: int, tail: str) -> str:
    """The first k paragraphs of a reasoning, then a fragment that stops mid-computation or mid-sentence."""
    return "\n\n".join(r.split("\n\n")[:k]) + "\n\n" + tail


def _cut(r: str, marker: str) -> str:
    """A whole reasoning, then a marker with nothing after it."""
    return r + "\n\n" + marker


# ---------------------------------------------------------------- integers
# How many positive divisors does 720 have?
_I1_G = _t(r"""
First factor 720. We have 720 = 72 \cdot 10 = 8 \cdot 9 \cdot 10 = 2^3 \cdot 3^2 \cdot 2 \cdot 5
= 2^4 \cdot 3^2 \cdot 5.
Check: 2^4 = 16, 16 \cdot 9 = 144, 144 \cdot 5 = 720. Good.

Wait, let me recheck the exponent of 2 by halving: 720, 360, 180, 90, 45. Four halvings, so the exponent is 4,
not 3 as I first wrote in 8 \cdot 9 \cdot 10.

The number of divisors is (4+1)(2+1)(1+1) = 5 \cdot 3 \cdot 2 = 30.

Sanity check by pairing: the divisors below \sqrt{720} \approx 26.8 are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18,
20, 24. That is 15 of them, each pairs with one above 26.8, and 720 is not a square, so there are 30 in all.
""")
_I1_B = _t(r"""
Factor: 720 = 16 \cdot 45 = 2^4 \cdot 3^2 \cdot 5. Check: 16 \cdot 45 = 720.

With the divisor-count formula, (4+1)(2+1)(1+1) = 30 divisors in total, from 1 up to 720.

Hmm, wait. Let me recheck whether 720 itself should be counted. In these counting questions a divisor of n is
usually meant to be smaller than n, so I drop 720 from the list. That leaves 30 - 1 = 29.
""")
_I1_E = _t(r"""
Let me factor: 720 = 8 \cdot 90 = 2^3 \cdot 90, and 90 = 9 \cdot 10 = 3^2 \cdot 10.

So 720 = 2^3 \cdot 3^2 \cdot 10. The formula only needs the exponents: (3+1)(2+1)(1+1) = 4 \cdot 3 \cdot 2 = 24.

Quick plausibility check: 24 divisors is a lot for a number below 1000, which fits a highly composite number
like 720. So d(720) = 24.
""")
_I1_CODE = "from sympy import divisor_count\nprint(divisor_count(720))"
_add(
    "integers",
    "30",
    [
        (C, _gsm(_I1_G, "30")),
        (C, _json(_I1_G, "30")),
        (C, _tir(_I1_G, _I1_CODE, "30", "30")),
        (H, _meta(_I1_B, "29")),
        (H, _tir(_I1_B, _I1_CODE, "30", "29", lead="The output, 30, includes 720 itself; leaving it out gives 29.")),
        (P, _up(_I1_E, "24")),
        (T, _half(_I1_G, 2, "The number of divisors is (4+1)(2+1)(1+1) =")),
    ],
)

# Find the sum of all integers n with 1 <= n <= 100 that are divisible by 3 or by 7.
_I2_G = _t(r"""
Multiples of 3 up to 100: 3, 6, \ldots, 99, which is 33 terms, with sum 3(1 + 2 + \cdots + 33) = 3 \cdot 561 = 1683.

Multiples of 7 up to 100: 7, 14, \ldots, 98, which is 14 terms, with sum 7(1 + \cdots + 14) = 7 \cdot 105 = 735.

My first thought is 1683 + 735 = 2418. Wait, numbers like 21 and 42 are in both lists, so they were added twice.
The multiples of 21 up to 100 are 21, 42, 63, 84, with sum 210.

Inclusion-exclusion: 1683 + 735 - 210 = 2208.

Check the pieces: 33 \cdot 34 / 2 = 561, and 14 \cdot 15 / 2 = 105, and 21 \cdot 10 = 210. So the sum is 2208.
""")
_I2_B = _t(r"""
Sum of multiples of 3 up to 99: 3 \cdot (33 \cdot 34/2) = 3 \cdot 561 = 1683.
Sum of multiples of 7 up to 98: 7 \cdot (14 \cdot 15 / 2) = 735.
Multiples of 21: 21 + 42 + 63 + 84 = 210.

So 1683 + 735 - 210 = 2208.

Hmm, wait. Let me recheck that. The multiples of 21 appear in the list for 3 and again in the list for 7, so
each one was counted twice, and to remove them I should take them out of both lists: 2418 - 2 \cdot 210 = 1998.
""")
_I2_E = _t(r"""
The multiples of 3 from 3 to 99 form an arithmetic series with 33 terms: the sum is 33 \cdot (3 + 99)/2 = 33 \cdot 51
= 1683.

The multiples of 7 from 7 to 98 have 14 terms: 14 \cdot (7 + 98)/2 = 7 \cdot 105 = 735.

Divisible by 3 or by 7 means in either list, so I add the two sums: 1683 + 735 = 2418.
""")
_I2_CODE = "print(sum(n for n in range(1, 101) if n % 3 == 0 or n % 7 == 0))"
_I2_XOR = "print(sum(n for n in range(1, 101) if (n % 3 == 0) != (n % 7 == 0)))"
_add(
    "integers",
    "2208",
    [
        (C, _tir(_I2_G, _I2_CODE, "2208", "2208")),
        (C, _gsm(_I2_G, "2208")),
        (C, _thx(_I2_G, "2\\,208")),
        (H, _meta(_I2_B, "1998")),
        (H, _tir(_I2_B, _I2_XOR, "1998", "1998", lead="So the sum is 1998.")),
        (P, _zh(_I2_E, "2418")),
    ],
)

# A bakery sells muffins at $3 each and cookies at $2 each. On Monday it sold 48 muffins and 75 cookies, and its
# costs for the day were $97. What was its profit on Monday, in dollars?
_I3_G = _t(r"""
Muffin revenue: 48 \times 3. Let me do it as 40 \times 3 = 120 and 8 \times 3 = 24, so 144 dollars.

Cookie revenue: 75 \times 2 = 150 dollars.

Total revenue: 144 + 150 = 294 dollars.

Profit is revenue minus costs: 294 - 97. Wait, let me be careful: 294 - 100 = 194, and adding back 3 gives 197.

Check: 197 + 97 = 294. Yes. The profit is 197 dollars.
""")
_I3_B = _t(r"""
Muffins: 48 \times 3 = 144. Cookies: 75 \times 2 = 150. Revenue 144 + 150 = 294, profit 294 - 97 = 197.

Hmm, let me double-check the revenue, since everything depends on it. 48 \times 3 = 144, fine. And 144 + 150:
140 + 150 = 290, plus 4 is 294... wait, I think I dropped the ten: 144 + 150 = 304.

So the profit is 304 - 97 = 207.
""")
_I3_E = _t(r"""
The muffins bring in 48 \times 2 = 96 dollars and the cookies 75 \times 3 = 225 dollars.

Revenue: 96 + 225 = 321 dollars. Subtract the costs: 321 - 97 = 224.

Check: 224 + 97 = 321. So the profit is 224 dollars.
""")
_add(
    "integers",
    "197",
    [
        (C, _gsm(_I3_G, "197")),
        (C, _meta(_I3_G, "197")),
        (C, _plain(_I3_G, "\\$197")),
        (C, _json(_I3_G, "197")),
        (H, _gsm(_I3_B, "207")),
        (H, _up(_I3_B, "$207")),
        (P, _gsm(_I3_E, "224")),
        (T, _half(_I3_G, 3, "Profit is revenue minus costs, so the profit is 294 - 97 =")),
    ],
)


# ---------------------------------------------------------------- fractions
# Evaluate (2/3) / (4/9) - 1/4.
_F1_G = _t(r"""
Division first. My first instinct was (2/3)(4/9) = 8/27, but that is multiplication, not division.

Dividing by 4/9 means multiplying by 9/4: \frac{2}{3} \cdot \frac{9}{4} = \frac{18}{12} = \frac{3}{2}.

Now subtract: \frac{3}{2} - \frac{1}{4} = \frac{6}{4} - \frac{1}{4} = \frac{5}{4}.

Check with decimals: 0.6667 / 0.4444 = 1.5, and 1.5 - 0.25 = 1.25 = 5/4.
""")
_F1_B = _t(r"""
Dividing by 4/9 is multiplying by 9/4, so (2/3)(9/4) = 18/12 = 3/2, and 3/2 - 1/4 = 5/4.

Hmm, wait. Let me recheck how the expression groups. If the - 1/4 belongs to the divisor, it reads
\frac{2}{3} \div \left(\frac{4}{9} - \frac{1}{4}\right). Then 4/9 - 1/4 = 16/36 - 9/36 = 7/36, and
\frac{2}{3} \cdot \frac{36}{7} = \frac{72}{21} = \frac{24}{7}. I'll go with this grouping.
""")
_F1_E = _t(r"""
(2/3) divided by (4/9): multiply straight across, 2 \cdot 4 = 8 and 3 \cdot 9 = 27, giving 8/27.

Then 8/27 - 1/4 with common denominator 108: 32/108 - 27/108 = 5/108.

Check: 5/108 is about 0.046, small and positive, which seems plausible.
""")
_add(
    "fractions",
    "\\frac{5}{4}",
    [
        (C, _meta(_F1_G, "\\frac{5}{4}")),
        (C, _up(_F1_G, "1.25")),
        (C, _zh(_F1_G, "1\\frac{1}{4}")),
        (C, _head(_F1_G, "\\frac{10}{8}")),
        (H, _r1(_F1_B, "\\frac{24}{7}")),
        (H, _fbox(_F1_B, "24/7")),
        (P, _json(_F1_E, "5/108")),
    ],
)

# Compute 1/(1*2) + 1/(2*3) + ... + 1/(9*10).
_F2_G = _t(r"""
Each term splits: \frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}. Check with k = 2: 1/2 - 1/3 = 1/6 = 1/(2 \cdot 3).

The terms run from k = 1 (the term 1/(1 \cdot 2)) to k = 9 (the term 1/(9 \cdot 10)), so there are 9 terms.

The sum telescopes: (1 - 1/2) + (1/2 - 1/3) + \cdots + (1/9 - 1/10) = 1 - 1/10 = 9/10.

Partial check: the first two terms are 1/2 + 1/6 = 2/3, and the formula gives 1 - 1/3 = 2/3. Good.
So the sum is 9/10.
""")
_F2_B = _t(r"""
Use \frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}; the sum telescopes to 1 - \frac{1}{10} = \frac{9}{10}.

Hmm, wait, let me recount the terms. The denominators are 1 \cdot 2, 2 \cdot 3, \ldots, 9 \cdot 10, and
counting the second factors 2, 3, \ldots, 10 gives 10 numbers, so there should be ten terms and the last
one is 1/(10 \cdot 11). Then the sum is 1 - \frac{1}{11} = \frac{10}{11}.
""")
_F2_E = _t(r"""
Partial fractions: \frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}.

The sum goes up to the term with 9 in it, so k runs from 1 to 8 with k + 1 = 9 at the end.

Telescoping: 1 - \frac{1}{9} = \frac{8}{9}. Check: 8/9 \approx 0.889, a bit below 1, as it should be.
""")
_F2_CODE = "from fractions import Fraction\nprint(sum(Fraction(1, k * (k + 1)) for k in range(1, 10)))"
_add(
    "fractions",
    "\\frac{9}{10}",
    [
        (C, _tir(_F2_G, _F2_CODE, "9/10", "\\frac{9}{10}")),
        (C, _gsm(_F2_G, "0.9")),
        (
            C,
            _ali(
                _F2_G,
                [
                    "\\sum_{k=1}^{9} \\frac{1}{k(k+1)} &= \\sum_{k=1}^{9}\\left(\\frac{1}{k}-\\frac{1}{k+1}\\right)",
                    "&= 1-\\frac{1}{10}",
                    "&= \\frac{9}{10}",
                ],
            ),
        ),
        (C, _fbox(_F2_G, "\\frac{18}{20}")),
        (H, _r1(_F2_B, "\\frac{10}{11}")),
        (H, _meta(_F2_B, "\\frac{10}{11}")),
        (P, _meta(_F2_E, "\\frac{8}{9}")),
        (T, _half(_F2_G, 2, "The sum telescopes: (1 - 1/2) + (1/2 - 1/3) + \\cdots + (1/9 -")),
    ],
)

# Compute 1/3 + 1/33 as a single fraction in lowest terms.
_F3_G = _t(r"""
I shouldn't add denominators (that would give 2/36, which is wrong). Use the common denominator 33.

1/3 = 11/33, so 11/33 + 1/33 = 12/33.

Reduce: gcd(12, 33) = 3, so 12/33 = 4/11.

Decimal check: 1/3 = 0.3333\ldots and 1/33 = 0.0303\ldots, sum 0.3636\ldots, and 4/11 = 0.3636\ldots. Good.
""")
_F3_B = _t(r"""
Common denominator 33: 1/3 = 11/33, so the sum is 12/33 = 4/11.

As a decimal, 4/11: 11 goes into 40 three times with remainder 7, into 70 six times with remainder 4, and then it
repeats. So the digits are 3, 6, 3, 6, \ldots, and the repeating block written with a bar is 63.
""")
_F3_BRK = _t(r"""
Hmm, let me recheck the conversion of 1/3. Since 33 = 3 \cdot 11, I think the first fraction becomes 3/33, not
11/33, because the 3 in the denominator is the factor that is already there. Then 3/33 + 1/33 = 4/33.
""")
_F3_E = _t(r"""
Add the numerators and the denominators: \frac{1 + 1}{3 + 33} = \frac{2}{36}.

Reduce by 2: \frac{1}{18}.

Check: 1/18 \approx 0.056. Hmm, that is smaller than 1/3, which is odd, but the fraction arithmetic looks right.
""")
_add(
    "fractions",
    "\\frac{4}{11}",
    [
        (C, _zhc(_F3_G, "$0.\\overline{36}$")),
        (C, _plain(_F3_G, "\\frac{12}{33}")),
        (C, _r1(_F3_G, "\\frac{4}{11}")),
        (C, _json(_F3_G, "4/11")),
        (H, _up(_F3_B, "0.\\overline{63}")),
        (H, _r1(_two(_F3_G, "\\frac{4}{11}", _F3_BRK), "\\frac{4}{33}")),
        (P, _json(_F3_E, "1/18")),
    ],
)

# Compute 3 1/2 - 1 2/3.
_F4_G = _t(r"""
Convert to improper fractions: 3\frac{1}{2} = \frac{7}{2} and 1\frac{2}{3} = \frac{5}{3}.

Common denominator 6: \frac{21}{6} - \frac{10}{6} = \frac{11}{6}.

Check with whole parts: 3 - 1 = 2, and \frac{1}{2} - \frac{2}{3} = -\frac{1}{6}, so 2 - \frac{1}{6} =
1\frac{5}{6} = \frac{11}{6}. Both methods agree.
""")
_F4_B = _t(r"""
Improper fractions: 7/2 - 5/3 = 21/6 - 10/6 = 11/6.

Let me double-check with whole parts, which is how these are usually done: 3 - 1 = 2, and for the fractional
parts 2/3 - 1/2 = 4/6 - 3/6 = 1/6. So 2\frac{1}{6}.

Hmm, the two methods disagree. The whole-part method is more direct, so I trust it: 2\frac{1}{6}.
""")
_F4_E = _t(r"""
3\frac{1}{2} = \frac{7}{2}. For 1\frac{2}{3}: 1 + 2 = 3 over 3... no, 1\frac{2}{3} = \frac{1 \cdot 2 + 2}{3} =
\frac{4}{3}.

Then \frac{7}{2} - \frac{4}{3} = \frac{21}{6} - \frac{8}{6} = \frac{13}{6}.

Check: 13/6 \approx 2.17, and 3.5 - 1.67 is about 1.8... close enough given rounding, so 13/6.
""")
_add(
    "fractions",
    "\\frac{11}{6}",
    [
        (C, _meta(_F4_G, "1\\frac{5}{6}")),
        (C, _head(_F4_G, "\\frac{11}{6}")),
        (C, _fbox(_F4_G, "\\frac{22}{12}")),
        (C, _thx(_F4_G, "1.8\\overline{3}")),
        (H, _zh(_F4_B, "2\\frac{1}{6}")),
        (H, _plain(_F4_B, "\\frac{13}{6}")),
        (P, _up(_F4_E, "13/6")),
    ],
)


# ---------------------------------------------------------------- decimals
# Compute 2.75 * 1.6.
_D1_G = _t(r"""
Ignore the decimal points first: 275 \times 16 = 275 \times 10 + 275 \times 6 = 2750 + 1650 = 4400.

Decimal places: 2.75 has two and 1.6 has one, so the product has three: 4.400 = 4.4.

Wait, let me recheck by splitting instead: 1.6 \times 2 = 3.2 and 1.6 \times 0.75 = 1.2, so 3.2 + 1.2 = 4.4.

Estimate: 2.75 is a bit under 3 and 3 \times 1.6 = 4.8, so 4.4 is reasonable.
""")
_D1_B = _t(r"""
Split 2.75 as 2 + 0.75. Then 1.6 \times 2 = 3.2 and 1.6 \times 0.75 = 1.2, giving 3.2 + 1.2 = 4.4.

Hmm, wait, let me redo 1.6 \times 0.75 more carefully: 16 \times 75 = 1200, and there are three decimal places in
1.6 and 0.75 together, so it is 0.120... I think that should be 0.12.

Then the product is 3.2 + 0.12 = 3.32.
""")
_D1_E = _t(r"""
Multiply as whole numbers: 275 \times 16 = 4400.

Now place the decimal point: 2.75 has two decimal places, so the product has two as well: 44.00.

Estimate: 2.75 \times 16 would be 44, and 1.6 is close to 16 in digits, so 44 it is.
""")
_add(
    "decimals",
    "4.4",
    [
        (C, _gsm(_D1_G, "4.4")),
        (C, _tir(_D1_G, "print(2.75 * 1.6)", "4.4", "4.4", box=False)),
        (C, _up(_D1_G, "\\frac{22}{5}")),
        (C, _zhc(_D1_G, "4.40")),
        (H, _meta(_D1_B, "3.32")),
        (H, _gsm(_D1_B, "3.32")),
        (P, _json(_D1_E, "44")),
        (T, _half(_D1_G, 1, "Decimal places: two plus one. Let me confirm with Python.\n\n```python\nprint(2.75 *")),
    ],
)

# Compute (4 * 10^3)(8 * 10^1) and write the result in scientific notation.
_D2_G = _t(r"""
Multiply the mantissas: 4 \times 8 = 32.

Multiply the powers of ten. My first thought was 10^{3 \cdot 1} = 10^3, but exponents add when multiplying:
10^3 \times 10^1 = 10^{4}.

So the product is 32 \times 10^4 = 320000.

To put it in scientific notation the mantissa must be between 1 and 10: 32 = 3.2 \times 10, so
32 \times 10^4 = 3.2 \times 10^5. Check: 3.2 \times 100000 = 320000. Good.
""")
_D2_B = _t(r"""
4 \times 8 = 32 and 10^3 \times 10^1 = 10^4, so the product is 32 \times 10^4 = 320000.

Now normalize. To make 32 into 3.2 I move the decimal point one place to the left, and to compensate I lower the
exponent by one. So 32 \times 10^4 becomes 3.2 \times 10^3.
""")
_D2_E = _t(r"""
Mantissas: 4 \times 8 = 32. Powers of ten: 10^3 \times 10^1 = 10^{3 \times 1} = 10^3.

So the product is 32 \times 10^3 = 32000.

In scientific notation: 32000 = 3.2 \times 10^4.
""")
_add(
    "decimals",
    "3.2\\times10^{5}",
    [
        (C, _r1(_D2_G, "3.2 \\times 10^{5}")),
        (C, _meta(_D2_G, "320000")),
        (C, _thx(_D2_G, "320\\,000")),
        (C, _tir(_D2_G, "print(4e3 * 8e1)", "320000.0", "3.2\\times 10^5")),
        (H, _head(_D2_B, "3.2 \\times 10^{3}")),
        (H, _fbox(_D2_B, "3.2\\times10^{3}")),
        (P, _zh(_D2_E, "3.2\\times10^{4}")),
    ],
)

# Write 7/12 as a decimal rounded to three decimal places.
_D3_G = _t(r"""
Long division of 7 by 12. 70 \div 12 = 5 remainder 10. 100 \div 12 = 8 remainder 4. 40 \div 12 = 3 remainder 4.
40 \div 12 = 3 remainder 4 again, so the 3 repeats: 7/12 = 0.58333\ldots

Rounding to three decimal places: the fourth decimal digit is 3, which is less than 5, so round down.

Wait, let me make sure the repeating 3s cannot push it up: 0.58333\ldots is less than 0.5835, so it rounds to 0.583.
""")
_D3_B = _t(r"""
7 \div 12: 70/12 = 5 r 10, 100/12 = 8 r 4, 40/12 = 3 r 4, and it repeats. So 7/12 = 0.583333\ldots

To three places that is 0.583 followed by more 3s. Hmm, but the 3s go on forever, and infinitely many of them
add up, so the tail pushes the third digit up by one. I'll round up to 0.584.
""")
_D3_E = _t(r"""
Estimate 7/12 step by step. 12 \times 0.57 = 6.84, so the remainder is 7 - 6.84 = 0.16.

Then 0.16 / 12 \approx 0.0013, so 7/12 \approx 0.57 + 0.0013 = 0.5713.

To three decimal places, 0.5713 rounds to 0.571.
""")
_add(
    "decimals",
    "0.583",
    [
        (C, _gsm(_D3_G, "0.583")),
        (C, _plain(_D3_G, "0.583")),
        (C, _ali(_D3_G, ["\\frac{7}{12} &= 0.58333\\ldots", "&\\approx 0.583"])),
        (C, _json(_D3_G, "0.583")),
        (H, _up(_D3_B, "0.584")),
        (H, _r1(_D3_B, "0.584")),
        (P, _meta(_D3_E, "0.571")),
        (T, _half(_D3_G, 1, "Rounding to three decimal places: the fourth decimal digit is")),
    ],
)


# ---------------------------------------------------------------- radicals
# Simplify sqrt(50) + sqrt(18) - sqrt(8).
_R1_G = _t(r"""
Pull out square factors. 50 = 25 \cdot 2, so \sqrt{50} = 5\sqrt{2}. 18 = 9 \cdot 2, so \sqrt{18} = 3\sqrt{2}.
8 = 4 \cdot 2, so \sqrt{8} = 2\sqrt{2}.

Combine like terms: 5\sqrt{2} + 3\sqrt{2} - 2\sqrt{2} = (5 + 3 - 2)\sqrt{2} = 6\sqrt{2}.

Numerical check: \sqrt{50} \approx 7.071, \sqrt{18} \approx 4.243, \sqrt{8} \approx 2.828; 7.071 + 4.243 - 2.828 =
8.486, and 6 \times 1.4142 = 8.485. Good.
""")
_R1_B = _t(r"""
\sqrt{50} = 5\sqrt{2}, \sqrt{18} = 3\sqrt{2}, \sqrt{8} = 2\sqrt{2}, which gives 6\sqrt{2}.

Hmm, wait, let me recheck \sqrt{8}. Dividing 8 by 2 leaves 4, so the coefficient in front of \sqrt{2} should be 4,
that is \sqrt{8} = 4\sqrt{2}. Then 5\sqrt{2} + 3\sqrt{2} - 4\sqrt{2} = 4\sqrt{2}.
""")
_R1_E = _t(r"""
Combine everything under a single root: \sqrt{50} + \sqrt{18} - \sqrt{8} = \sqrt{50 + 18 - 8} = \sqrt{60}.

Simplify: 60 = 4 \cdot 15, so \sqrt{60} = 2\sqrt{15}.

Check: 2\sqrt{15} \approx 7.75, which is in the right range.
""")
_add(
    "radicals",
    "6\\sqrt{2}",
    [
        (C, _zh(_R1_G, "6\\sqrt{2}")),
        (C, _meta(_R1_G, "\\sqrt{72}")),
        (C, _fbox(_R1_G, "6\\sqrt2")),
        (H, _head(_R1_B, "4\\sqrt{2}", box=True)),
        (H, _chat(_R1_B, "4\\sqrt2")),
        (P, _up(_R1_E, "2\\sqrt{15}")),
    ],
)

# Rationalize the denominator of 6 / (3 - sqrt(3)) and simplify.
_R2_G = _t(r"""
Multiply top and bottom by the conjugate 3 + \sqrt{3}.

Denominator: (3 - \sqrt{3})(3 + \sqrt{3}) = 9 - 3 = 6. Wait, is it 9 - 3 or 9 + 3? The product of conjugates is a
difference of squares, 3^2 - (\sqrt{3})^2 = 6.

Numerator: 6(3 + \sqrt{3}) = 18 + 6\sqrt{3}. Dividing by 6 gives 3 + \sqrt{3}.

Check: 6/(3 - 1.732) = 6/1.268 \approx 4.732, and 3 + 1.732 = 4.732. Good.
""")
_R2_B = _t(r"""
Conjugate: 3 + \sqrt{3}. Denominator 9 - 3 = 6, numerator 6(3 + \sqrt{3}), so the result is 3 + \sqrt{3}.

Hmm, wait, I think I multiplied the numerator by the wrong factor. To clear the radical I multiply by the
expression that is already there, so the numerator is 6(3 - \sqrt{3}) = 18 - 6\sqrt{3}, and divided by 6
that is 3 - \sqrt{3}.
""")
_R2_E = _t(r"""
Multiply by (3 + \sqrt{3})/(3 + \sqrt{3}).

Denominator: (3 - \sqrt{3})(3 + \sqrt{3}) = 9 + 3 = 12. Numerator: 18 + 6\sqrt{3}.

So the result is \frac{18 + 6\sqrt{3}}{12} = \frac{3 + \sqrt{3}}{2}.
""")
_R2_CODE = "from sympy import sqrt, radsimp\nprint(radsimp(6 / (3 - sqrt(3))))"
_add(
    "radicals",
    "3+\\sqrt{3}",
    [
        (C, _tir(_R2_G, _R2_CODE, "sqrt(3) + 3", "3+\\sqrt{3}")),
        (C, _r1(_R2_G, "\\sqrt{3}+3")),
        (C, _plain(_R2_G, "\\frac{18+6\\sqrt{3}}{6}")),
        (H, _zh(_R2_B, "3-\\sqrt{3}")),
        (H, _meta(_R2_B, "3 - \\sqrt{3}")),
        (P, _fbox(_R2_E, "\\frac{3+\\sqrt{3}}{2}")),
    ],
)

# Solve sqrt(x + 7) = x - 5 over the real numbers.
_R3_G = _t(r"""
Square both sides: x + 7 = (x - 5)^2 = x^2 - 10x + 25.

Rearrange: x^2 - 11x + 18 = 0, which factors as (x - 2)(x - 9) = 0, so x = 2 or x = 9.

Squaring can introduce extraneous roots, so check both. For x = 9: \sqrt{16} = 4 and 9 - 5 = 4. Works.
For x = 2: \sqrt{9} = 3 but 2 - 5 = -3. A square root is never negative, so x = 2 is rejected.

So the only solution is x = 9.
""")
_R3_B = _t(r"""
Squaring: x + 7 = x^2 - 10x + 25, so x^2 - 11x + 18 = 0, (x - 2)(x - 9) = 0, x = 2 or x = 9.

Check x = 9: \sqrt{16} = 4 = 9 - 5. Check x = 2: \sqrt{9} = 3, and |2 - 5| = 3 as well, so it checks.
Both roots satisfy the equation.
""")
_R3_FIX = _t(r"""
Wait, let me recheck x = 2 in the original equation rather than the squared one. The right side is 2 - 5 = -3,
not 3, and \sqrt{9} = 3 \ne -3. So x = 2 is extraneous and only x = 9 remains.
""")
_R3_E = _t(r"""
Square both sides: x + 7 = (x - 5)^2 = x^2 + 25.

So x^2 - x + 18 = 0. The discriminant is 1 - 72 = -71 < 0.

Hence there is no real x that works.
""")
_add(
    "radicals",
    "9",
    [
        (C, _meta(_R3_G, "9")),
        (C, _head(_R3_G, "x = 9")),
        (C, _up(_R3_G, "x=9")),
        (C, _r1(_two(_R3_B, "2, 9", _R3_FIX), "9")),
        (H, _fbox(_R3_B, "2,\\ 9")),
        (H, _plain(_R3_B, "x = 2 \\text{ or } x = 9")),
        (P, _meta(_R3_E, "no real solutions")),
    ],
)


# ---------------------------------------------------------------- complex
# Compute (2 + 3i)(1 - i).
_X1_G = _t(r"""
Expand term by term: 2 \cdot 1 = 2, 2 \cdot (-i) = -2i, 3i \cdot 1 = 3i, 3i \cdot (-i) = -3i^2.

Now -3i^2: I almost wrote -3, but i^2 = -1, so -3i^2 = +3.

Real part: 2 + 3 = 5. Imaginary part: -2i + 3i = i. So the product is 5 + i.

Check with moduli: |2 + 3i| = \sqrt{13}, |1 - i| = \sqrt{2}, product \sqrt{26}; and |5 + i| = \sqrt{26}. Good.
""")
_X1_BRK = _t(r"""
Hmm, wait, let me recheck the last term. 3i \cdot (-i) = -3 i \cdot i = -3 i^2, and I keep flipping signs here.
I think the product of i and -i is -1, so the term is -3. Then the real part is 2 - 3 = -1 and the product is
-1 + i.
""")
_X1_E = _t(r"""
Multiply the real parts and the imaginary parts: 2 \cdot 1 = 2 and (3i)(-i) = -3i^2 = 3.

Adding: 2 + 3 = 5. The imaginary parts cancel out.

So the product is 5.
""")
_add(
    "complex",
    "5+i",
    [
        (C, _zh(_X1_G, "5+i")),
        (C, _head(_X1_G, "i + 5")),
        (C, _tir(_X1_G, "print((2 + 3j) * (1 - 1j))", "(5+1j)", "5+i")),
        (C, _up(_X1_G, "5 + i")),
        (H, _r1(_two(_X1_G, "5+i", _X1_BRK), "-1+i")),
        (H, _meta(_two(_X1_G, "5+i", _X1_BRK), "-1+i")),
        (P, _fbox(_X1_E, "5")),
    ],
)

# Compute |3 - 4i| * |1 + i|.
_X2_G = _t(r"""
|3 - 4i| = \sqrt{3^2 + 4^2} = \sqrt{25} = 5.

|1 + i| = \sqrt{1 + 1} = \sqrt{2}. (Not 2: the modulus squares the parts before adding.)

So the product is 5\sqrt{2} \approx 7.071.

Check through the product: (3 - 4i)(1 + i) = 3 + 3i - 4i - 4i^2 = 7 - i, and |7 - i| = \sqrt{49 + 1} = \sqrt{50}
= 5\sqrt{2}. Good.
""")
_X2_B = _t(r"""
|3 - 4i| = 5 and |1 + i| = \sqrt{2}, so the product is 5\sqrt{2}.

Let me double-check by multiplying first: (3 - 4i)(1 + i) = 3 + 3i - 4i - 4i^2 = 7 - i. Then
|7 - i| = \sqrt{7^2 - 1^2} = \sqrt{48} = 4\sqrt{3}. Hmm, that disagrees with 5\sqrt{2}; the direct product is
the more reliable computation, so I'll take 4\sqrt{3}.
""")
_X2_E = _t(r"""
|3 - 4i| = \sqrt{9 + 16} = 5.

|1 + i| = 1 + 1 = 2.

Product: 5 \cdot 2 = 10.
""")
_add(
    "complex",
    "5\\sqrt{2}",
    [
        (C, _meta(_X2_G, "5\\sqrt{2}")),
        (C, _plain(_X2_G, "\\sqrt{50}")),
        (C, _ali(_X2_G, ["|3-4i|\\cdot|1+i| &= 5\\cdot\\sqrt{2}", "&= 5\\sqrt{2}"])),
        (H, _zhc(_X2_B, "$4\\sqrt{3}$")),
        (H, _fbox(_X2_B, "4\\sqrt3")),
        (P, _up(_X2_E, "10")),
        (T, _half(_X2_G, 2, "So the product is 5 \\cdot")),
    ],
)

# Compute (1 + i)^6.
_X3_G = _t(r"""
Square first: (1 + i)^2 = 1 + 2i + i^2 = 2i.

Then (1 + i)^6 = ((1 + i)^2)^3 = (2i)^3 = 8i^3. And i^3 = i^2 \cdot i = -i, so the result is -8i.

Check in polar form: 1 + i = \sqrt{2}\,\text{cis}\,45^\circ, so (1 + i)^6 = (\sqrt{2})^6\,\text{cis}\,270^\circ =
8\,\text{cis}\,270^\circ. cos 270^\circ = 0 and sin 270^\circ = -1, which gives -8i. Good.
""")
_X3_B = _t(r"""
(1 + i)^2 = 2i, so (1 + i)^6 = (2i)^3 = 8i^3 = -8i.

Hmm, wait, let me redo it in polar form to be sure. (\sqrt{2})^6 = 8 and 6 \cdot 45^\circ = 270^\circ.
cos 270^\circ = 0, sin 270^\circ = 1. So the result is 8(0 + i) = 8i. The polar computation is cleaner, so
I must have slipped on i^3.
""")
_X3_E = _t(r"""
Binomial expansion: (1 + i)^6 = 1^6 + i^6, since the middle terms are products of 1 and i that pair off.

i^6 = i^4 \cdot i^2 = -1. So (1 + i)^6 = 1 - 1 = 0.
""")
_add(
    "complex",
    "-8i",
    [
        (C, _r1(_X3_G, "-8i")),
        (C, _meta(_X3_G, "8\\operatorname{cis}(270^\\circ)")),
        (C, _zh(_X3_G, "8e^{-i\\pi/2}")),
        (C, _up(_X3_G, "0-8i")),
        (H, _head(_X3_B, "8i")),
        (
            H,
            _tir(
                _X3_B,
                "print((1 + 1j) ** 6)",
                "(-0-8j)",
                "8i",
                lead="The floating-point sign of the output is unreliable here, so I keep the polar result.",
            ),
        ),
        (P, _fbox(_X3_E, "0")),
    ],
)

# Solve z^2 + 2z + 5 = 0 over the complex numbers.
_X4_G = _t(r"""
Quadratic formula: z = \frac{-2 \pm \sqrt{4 - 20}}{2} = \frac{-2 \pm \sqrt{-16}}{2}.

\sqrt{-16} = 4i, so z = \frac{-2 \pm 4i}{2} = -1 \pm 2i.

Check z = -1 + 2i: z^2 = 1 - 4i + 4i^2 = -3 - 4i; 2z = -2 + 4i; sum with 5: -3 - 4i - 2 + 4i + 5 = 0. Good.
The other root is the conjugate, since the coefficients are real.
""")
_X4_B = _t(r"""
z = \frac{-2 \pm \sqrt{-16}}{2} = -1 \pm 2i.

Check -1 + 2i: (-1 + 2i)^2 + 2(-1 + 2i) + 5 = (-3 - 4i) + (-2 + 4i) + 5 = 0. Good.

The question asks for the solution, and the standard choice is the root with positive imaginary part, so I
report -1 + 2i.
""")
_X4_E = _t(r"""
Discriminant: 2^2 - 4 \cdot 5 = -16, so \sqrt{-16} = 4i.

z = -2 \pm 4i, using -b \pm \sqrt{D}.

Check the size: the product of the roots should be 5... (-2)^2 + 4^2 = 20. Hmm, close enough to move on.
""")
_add(
    "complex",
    "-1\\pm 2i",
    [
        (C, _fbox(_X4_G, "-1\\pm 2i")),
        (C, _plain(_X4_G, "-1+2i \\text{ and } -1-2i")),
        (C, _up(_X4_G, "z = -1 - 2i, z = -1 + 2i")),
        (C, _thx(_X4_G, "-1 \\pm 2i")),
        (H, _meta(_X4_B, "-1+2i")),
        (H, _zh(_X4_B, "-1+2i")),
        (P, _r1(_X4_E, "-2\\pm 4i")),
    ],
)


# ---------------------------------------------------------------- trig
# Find the exact value of sin 75 degrees.
_T1_G = _t(r"""
Write 75^\circ = 45^\circ + 30^\circ and use sin(a + b) = sin a cos b + cos a sin b.

sin 45^\circ cos 30^\circ = \frac{\sqrt{2}}{2} \cdot \frac{\sqrt{3}}{2} = \frac{\sqrt{6}}{4}.
cos 45^\circ sin 30^\circ = \frac{\sqrt{2}}{2} \cdot \frac{1}{2} = \frac{\sqrt{2}}{4}.

Sum: \frac{\sqrt{6} + \sqrt{2}}{4}.

Numerical check: (2.449 + 1.414)/4 = 0.9659, and sin 75^\circ \approx 0.9659. Good.
""")
_T1_B = _t(r"""
75^\circ = 45^\circ + 30^\circ. The pieces are \frac{\sqrt{6}}{4} and \frac{\sqrt{2}}{4}, and adding gives
\frac{\sqrt{6} + \sqrt{2}}{4}.

Hmm, wait, let me recheck the sign in the addition formula. I remember a minus sign in one of them; for sine it is
sin(a + b) = sin a cos b - cos a sin b, I believe. Then sin 75^\circ = \frac{\sqrt{6} - \sqrt{2}}{4}.
""")
_T1_E = _t(r"""
Split 75^\circ = 45^\circ + 30^\circ, so sin 75^\circ = sin 45^\circ + sin 30^\circ.

That is \frac{\sqrt{2}}{2} + \frac{1}{2} = \frac{\sqrt{2} + 1}{2}.

Check: (1.414 + 1)/2 = 1.207. Hmm, a sine above 1 is suspicious, but the split looks right.
""")
_add(
    "trig",
    "\\frac{\\sqrt{6}+\\sqrt{2}}{4}",
    [
        (C, _r1(_T1_G, "\\frac{\\sqrt{6}+\\sqrt{2}}{4}")),
        (C, _meta(_T1_G, "\\frac{\\sqrt{2}+\\sqrt{6}}{4}")),
        (C, _head(_T1_G, "\\frac{\\sqrt{2}(\\sqrt{3}+1)}{4}")),
        (H, _zh(_T1_B, "\\frac{\\sqrt{6}-\\sqrt{2}}{4}")),
        (H, _up(_T1_B, "(\\sqrt{6}-\\sqrt{2})/4")),
        (P, _fbox(_T1_E, "\\frac{\\sqrt{2}+1}{2}")),
        (T, _half(_T1_G, 2, "Sum: \\frac{\\sqrt{6} +")),
    ],
)

# Solve 2 sin x = 1 for x in [0, 2 pi).
_T2_G = _t(r"""
sin x = 1/2. The reference angle is \pi/6.

Sine is positive in quadrants I and II, so x = \pi/6 and x = \pi - \pi/6 = 5\pi/6.

Wait, let me make sure I'm not missing a third solution: in quadrants III and IV sine is negative, and the
interval [0, 2\pi) is one full turn, so there are exactly two.

Check: sin(5\pi/6) = sin(150^\circ) = 1/2. Good.
""")
_T2_B = _t(r"""
sin x = 1/2 gives the reference angle \pi/6, so one solution is x = \pi/6, and 5\pi/6 comes to mind as well.

Hmm, let me recheck which quadrants. I recall the pattern as "sine positive in I and III", so the second solution
is \pi + \pi/6 = 7\pi/6.
""")
_T2_B2 = _t(r"""
sin x = 1/2. The principal value is \arcsin(1/2) = \pi/6.

There is also 5\pi/6 in quadrant II, but the question asks for the solution x, and \arcsin gives exactly one
value, so I take the principal one, \pi/6.
""")
_T2_E = _t(r"""
2 sin x = 1, so sin x = 1/2. The angle whose cosine is 1/2 is \pi/3.

The other angle in [0, 2\pi) with the same value is 2\pi - \pi/3 = 5\pi/3.
""")
_add(
    "trig",
    "\\frac{\\pi}{6}, \\frac{5\\pi}{6}",
    [
        (C, _zh(_T2_G, "\\frac{\\pi}{6}, \\frac{5\\pi}{6}")),
        (C, _plain(_T2_G, "x=\\frac{5\\pi}{6} \\text{ or } x=\\frac{\\pi}{6}")),
        (C, _up(_T2_G, "\\{\\pi/6, 5\\pi/6\\}")),
        (H, _r1(_T2_B, "\\frac{\\pi}{6}, \\frac{7\\pi}{6}")),
        (H, _fbox(_T2_B2, "\\frac{\\pi}{6}")),
        (P, _meta(_T2_E, "\\frac{\\pi}{3}, \\frac{5\\pi}{3}")),
    ],
)

# If sin(theta) = 3/5 and theta is in quadrant II, find tan(theta).
_T3_G = _t(r"""
cos^2 \theta = 1 - sin^2 \theta = 1 - 9/25 = 16/25, so cos \theta = \pm 4/5.

In quadrant II cosine is negative, so cos \theta = -4/5.

tan \theta = sin \theta / cos \theta = (3/5)/(-4/5) = -3/4.

Check: tangent is negative in quadrant II, and the 3-4-5 triangle gives |tan| = 3/4. Good.
""")
_T3_B = _t(r"""
cos \theta = -4/5 in quadrant II, since 1 - 9/25 = 16/25. Then tan \theta = (3/5)/(-4/5) = -3/4.

Hmm, wait, which way round is tangent? Thinking of the triangle, tangent is adjacent over opposite, so
tan \theta = cos \theta / sin \theta = (-4/5)/(3/5) = -4/3.
""")
_T3_BRK = _t(r"""
Hmm, let me recheck the sign. With sin \theta = 3/5 positive and the 3-4-5 triangle having positive sides, the
ratio of the sides is 3/4, and the triangle's sides are lengths, so the sign should be positive: 3/4.
""")
_T3_E = _t(r"""
tan \theta relates to sin \theta, and in quadrant II tangent is negative.

Since sin \theta = 3/5, tan \theta has the same size with the sign flipped: -3/5.
""")
_add(
    "trig",
    "-\\frac{3}{4}",
    [
        (C, _gsm(_T3_G, "-0.75")),
        (C, _meta(_T3_G, "-\\frac{3}{4}")),
        (C, _json(_T3_G, "-0.75")),
        (C, _fbox(_T3_G, "\\frac{-3}{4}")),
        (C, _r1(_T3_G, "-\\frac{6}{8}")),
        (H, _head(_T3_B, "-\\frac{4}{3}", box=True)),
        (H, _zhc(_two(_T3_G, "-\\frac{3}{4}", _T3_BRK), "$\\frac{3}{4}$")),
        (P, _up(_T3_E, "-3/5")),
    ],
)

# A triangle has sides 5, 7 and 8. Find the angle opposite the side of length 7, in degrees.
_T4_G = _t(r"""
Law of cosines with the angle C opposite c = 7: c^2 = a^2 + b^2 - 2ab cos C, with a = 5, b = 8.

cos C = \frac{a^2 + b^2 - c^2}{2ab} = \frac{25 + 64 - 49}{2 \cdot 5 \cdot 8} = \frac{40}{80} = \frac{1}{2}.

So C = 60^\circ.

Check: 49 = 25 + 64 - 80 \cdot \frac{1}{2} = 89 - 40 = 49. Good.
""")
_T4_B = _t(r"""
cos C = (25 + 64 - 49)/80 = 40/80 = 1/2, so C = 60^\circ.

Hmm, wait, let me recheck the formula's sign. I think it is c^2 = a^2 + b^2 + 2ab cos C, so
cos C = (c^2 - a^2 - b^2)/(2ab) = (49 - 89)/80 = -1/2, which means C = 120^\circ.
""")
_T4_E = _t(r"""
The angle opposite the largest side... let me use the law of cosines with the 8 as the opposite side.

cos \theta = (25 + 49 - 64)/(2 \cdot 5 \cdot 7) = 10/70 = 1/7.

\theta = \arccos(1/7) \approx 81.8^\circ.
""")
_add(
    "trig",
    "60^\\circ",
    [
        (C, _plain(_T4_G, "60^\\circ")),
        (C, _meta(_T4_G, "60")),
        (C, _zh(_T4_G, "60°")),
        (C, _up(_T4_G, "60 degrees")),
        (H, _r1(_T4_B, "120^\\circ")),
        (H, _json(_T4_B, "120")),
        (P, _fbox(_T4_E, "81.8^\\circ")),
        (T, _half(_T4_G, 1, "cos C = \\frac{a^2 + b^2 - c^2}{2ab} = \\frac{25 + 64 - 49}{")),
    ],
)


# ---------------------------------------------------------------- intervals
# Solve |2x - 3| < 5 and give the answer in interval notation.
_V1_G = _t(r"""
|2x - 3| < 5 means -5 < 2x - 3 < 5.

Add 3 throughout: -2 < 2x < 8. Divide by 2: -1 < x < 4.

Endpoints: at x = 4, |8 - 3| = 5, which is not less than 5, so 4 is excluded; at x = -1, |-2 - 3| = 5, also
excluded. Inside, x = 0 gives |-3| = 3 < 5. Good.

So the solution set is the open interval from -1 to 4.
""")
_V1_B = _t(r"""
-5 < 2x - 3 < 5, so -2 < 2x < 8 and -1 < x < 4.

Now the endpoints. At x = 4, |2 \cdot 4 - 3| = 5, which sits right on the boundary, and at x = -1 the value is 5
too. Boundary points of an absolute value inequality belong to the solution, so I include both.
""")
_V1_FIX = _t(r"""
Wait, the inequality is strict: |2x - 3| < 5, and at the endpoints the value equals 5, which is not less than 5.
So both endpoints must be removed, and the set is -1 < x < 4.
""")
_V1_E = _t(r"""
-5 < 2x - 3 < 5. Subtract 3: -8 < 2x < 2. Divide by 2: -4 < x < 1.

Check x = 0: |0 - 3| = 3 < 5, and 0 is in (-4, 1). Good.
""")
_add(
    "intervals",
    "(-1, 4)",
    [
        (C, _r1(_V1_G, "(-1,4)")),
        (C, _meta(_V1_G, "-1<x<4")),
        (C, _head(_V1_G, "\\left(-1, 4\\right)")),
        (C, _up(_V1_G, "\\{x \\mid -1 < x < 4\\}")),
        (C, _plain(_two(_V1_B, "[-1,4]", _V1_FIX), "(-1,4)")),
        (H, _zh(_V1_B, "[-1,4]")),
        (H, _fbox(_V1_B, "-1 \\le x \\le 4")),
        (P, _plain(_V1_E, "(-4,1)")),
    ],
)

# Solve x^2 - 5x + 6 >= 0.
_V2_G = _t(r"""
Factor: x^2 - 5x + 6 = (x - 2)(x - 3). The roots are 2 and 3.

The parabola opens upward, so it is negative strictly between the roots and nonnegative outside them.

Test points: x = 2.5 gives (0.5)(-0.5) = -0.25 < 0, excluded. x = 0 gives 6 \ge 0, included. x = 4 gives
2 \ge 0, included. The roots give 0, and 0 \ge 0, so 2 and 3 are included.

So x \le 2 or x \ge 3.
""")
_V2_B = _t(r"""
(x - 2)(x - 3) \ge 0 with roots 2 and 3; the test point x = 0 gives 6 \ge 0.

Hmm, wait. For a product of two factors to be \ge 0 we need the value to lie between the roots, I think, because
that is where the graph is, between x = 2 and x = 3. Including the roots, that is the closed interval from 2 to 3.
""")
_V2_B2 = _t(r"""
Roots 2 and 3; the parabola opens up, so the expression is positive outside [2, 3].

At the roots the expression is 0. Zero is not positive, so the roots do not satisfy the inequality and I leave
them out: x < 2 or x > 3.
""")
_V2_E = _t(r"""
Factor x^2 - 5x + 6 = (x + 2)(x + 3), since 2 \cdot 3 = 6 and 2 + 3 = 5.

Roots -3 and -2. Opening upward, the expression is \ge 0 outside them: x \le -3 or x \ge -2.
""")
_V2_CODE = (
    "from sympy import symbols, solve_univariate_inequality\n"
    "x = symbols('x', real=True)\n"
    "print(solve_univariate_inequality(x**2 - 5*x + 6 >= 0, x, relational=False))"
)
_add(
    "intervals",
    "(-\\infty, 2] \\cup [3, \\infty)",
    [
        (C, _tir(_V2_G, _V2_CODE, "Union(Interval(-oo, 2), Interval(3, oo))", "(-\\infty, 2] \\cup [3, \\infty)")),
        (C, _meta(_V2_G, "(-\\infty,2]\\cup[3,+\\infty)")),
        (C, _plain(_V2_G, "x \\le 2 \\text{ or } x \\ge 3")),
        (H, _r1(_V2_B, "[2,3]")),
        (H, _zh(_V2_B2, "(-\\infty,2)\\cup(3,\\infty)")),
        (P, _up(_V2_E, "(-\\infty, -3] \\cup [-2, \\infty)")),
    ],
)

# Find the domain of f(x) = sqrt(x - 2) / (x - 5).
_V3_G = _t(r"""
Two conditions. The square root needs x - 2 \ge 0, so x \ge 2. The denominator needs x - 5 \ne 0, so x \ne 5.

Check x = 2: \sqrt{0}/(-3) = 0, which is defined, so 2 is in the domain.

So the domain is all x \ge 2 except 5: [2, 5) \cup (5, \infty).
""")
_V3_B = _t(r"""
The square root needs x \ge 2 and the denominator needs x \ne 5.

Hmm, at x = 2 the numerator is \sqrt{0} = 0. A zero under the root sits on the edge of the domain of \sqrt{}, and
to be safe I'd exclude the edge point, giving x > 2 and x \ne 5.
""")
_V3_E = _t(r"""
The denominator must be positive for the fraction to make sense under the root condition: x - 5 > 0, so x > 5.

For x > 5 the numerator \sqrt{x - 2} is also defined. So the domain is x > 5.
""")
_add(
    "intervals",
    "[2,5)\\cup(5,\\infty)",
    [
        (C, _head(_V3_G, "[2,5)\\cup(5,\\infty)")),
        (C, _fbox(_V3_G, "[2, 5) \\cup (5, +\\infty)")),
        (C, _meta(_V3_G, "[2,5)\\cup(5,\\infty)")),
        (H, _up(_V3_B, "(2,5)\\cup(5,\\infty)")),
        (H, _r1(_V3_B, "(2, 5) \\cup (5, \\infty)")),
        (P, _zhc(_V3_E, "$(5,+\\infty)$")),
        (T, _half(_V3_G, 2, "So the domain is all x \\ge 2 except 5, which in interval notation is")),
    ],
)


# ---------------------------------------------------------------- sets
# Let A = {1, 2, 3, 4, 6} and B = {2, 4, 5, 6, 8}. Find A intersect B.
_S1_G = _t(r"""
Go through A and keep the elements that are also in B.

1: not in B. 2: in B. 3: not in B. 4: in B. 6: in B.

So A \cap B = \{2, 4, 6\}.

Check from B's side: 2, 4, 6 are in A, while 5 and 8 are not. Same answer.
""")
_S1_B = _t(r"""
Elements of A that are in B: 2, 4, 6, giving \{2, 4, 6\} at first glance.

Hmm, wait, let me reread B. I see B as \{2, 4, 5, 8\} on a second look, and 6 is not listed there, so 6 drops
out. The intersection is \{2, 4\}.
""")
_S1_E = _t(r"""
The set of elements in A or B: start with A = \{1, 2, 3, 4, 6\} and add the new ones from B, which are 5 and 8.

That gives \{1, 2, 3, 4, 5, 6, 8\}.
""")
_add(
    "sets",
    "\\{2,4,6\\}",
    [
        (C, _zh(_S1_G, "\\{2,4,6\\}")),
        (C, _meta(_S1_G, "\\{6, 4, 2\\}")),
        (C, _up(_S1_G, "{2, 4, 6}")),
        (C, _json(_S1_G, "{2, 4, 6}")),
        (H, _fbox(_S1_B, "\\{2,4\\}")),
        (H, _r1(_S1_B, "\\{2, 4\\}")),
        (P, _head(_S1_E, "\\{1,2,3,4,5,6,8\\}")),
    ],
)

# Find the set of all real solutions of x^3 - x = 0.
_S2_G = _t(r"""
Factor out x: x^3 - x = x(x^2 - 1) = x(x - 1)(x + 1).

Each factor gives a root: x = 0, x = 1, x = -1.

Check x = -1: (-1)^3 - (-1) = -1 + 1 = 0. Check x = 0: 0. Check x = 1: 1 - 1 = 0.

So the solution set is \{-1, 0, 1\}.
""")
_S2_B = _t(r"""
x(x - 1)(x + 1) = 0 gives \{-1, 0, 1\}.

Hmm, but let me think again. We could also divide both sides by x to get x^2 = 1. The x = 0 root is the trivial
one, and dividing by x shows the equation really reduces to x^2 = 1, so the solutions are x = 1 and x = -1.
""")
_S2_E = _t(r"""
x^3 - x = x(x^2 - 1). Setting each factor to zero: x = 0, or x^2 = 1 which means x = 1.

Check x = 1: 1 - 1 = 0. Check x = 0: 0. So the set is \{0, 1\}.
""")
_S2_CODE = "from sympy import symbols, solve\nx = symbols('x')\nprint(solve(x**3 - x, x))"
_add(
    "sets",
    "\\{-1,0,1\\}",
    [
        (C, _r1(_S2_G, "\\{-1,0,1\\}")),
        (C, _plain(_S2_G, "\\{0, 1, -1\\}")),
        (C, _tir(_S2_G, _S2_CODE, "[-1, 0, 1]", "\\{-1, 0, 1\\}")),
        (H, _meta(_S2_B, "\\{-1,1\\}")),
        (H, _up(_S2_B, "{-1, 1}")),
        (P, _zh(_S2_E, "\\{0,1\\}")),
        (T, _half(_S2_G, 1, "Each factor gives a root: x = 0, x = 1, and from x + 1 = 0,")),
    ],
)

# Find the set {x in R : x^2 + 4 = 0}.
_S3_G = _t(r"""
x^2 + 4 = 0 means x^2 = -4.

For any real x, x^2 \ge 0, so x^2 = -4 is impossible. (The complex solutions \pm 2i are not real.)

Check a few values anyway: x = 0 gives 4, x = 1 gives 5, x = -2 gives 8. Never 0; the minimum is 4.

So no real number is in the set: it is the empty set.
""")
_S3_B = _t(r"""
x^2 = -4 has no real solution, so the set looks empty at first.

Hmm, wait, let me redo the algebra. Moving the 4 across: x^2 + 4 = 0 gives x^2 = 4, and then x = 2 or x = -2.
Both are real, so the set is \{-2, 2\}.
""")
_S3_E = _t(r"""
x^2 + 4 is smallest where x^2 is smallest. Setting x^2 = -4 and taking the root of the 4 gives x = -2.

So the only element is -2.
""")
_add(
    "sets",
    "\\emptyset",
    [
        (C, _plain(_S3_G, "\\emptyset")),
        (C, _meta(_S3_G, "\\varnothing")),
        (C, _head(_S3_G, "\\{\\}")),
        (C, _zh(_S3_G, "\\varnothing")),
        (H, _fbox(_S3_B, "\\{-2, 2\\}")),
        (H, _up(_S3_B, "{-2, 2}")),
        (P, _r1(_S3_E, "\\{-2\\}")),
        (T, _half(_S3_G, 3, "### Final Answer\n")),
    ],
)


# ---------------------------------------------------------------- tuples
# Solve the system x + y = 7, 2x - y = 2. Give the answer as an ordered pair (x, y).
_U1_G = _t(r"""
Add the two equations to eliminate y: (x + y) + (2x - y) = 7 + 2, so 3x = 9 and x = 3.

Then y = 7 - x = 4.

Check the second equation: 2 \cdot 3 - 4 = 2. Good. And 3 + 4 = 7.

So (x, y) = (3, 4).
""")
_U1_B = _t(r"""
Adding: 3x = 9, so x = 3, and then y = 7 - 3 = 4.

Check: 2(3) - 4 = 2. Good.

Writing the ordered pair with the value found last first, as I usually do when back-substituting, gives (4, 3).
""")
_U1_E = _t(r"""
Subtract the second equation from the first: (x + y) - (2x - y) = 7 - 2, so -x + 2y = 5... hmm, let me instead
add them but keep the signs as I see them: 3x = 5, so x = 5/3.

Then y = 7 - 5/3 = 16/3.
""")
_add(
    "tuples",
    "(3,4)",
    [
        (C, _meta(_U1_G, "(3,4)")),
        (C, _plain(_U1_G, "x=3,\\ y=4")),
        (C, _r1(_U1_G, "\\left(3, 4\\right)")),
        (C, _json(_U1_G, "(3, 4)")),
        (H, _zh(_U1_B, "(4,3)")),
        (H, _up(_U1_B, "(4, 3)")),
        (P, _fbox(_U1_E, "\\left(\\frac{5}{3},\\frac{16}{3}\\right)")),
    ],
)

# Find the vertex of the parabola y = 2x^2 - 8x + 3.
_U2_G = _t(r"""
The x-coordinate of the vertex is -b/(2a) = 8/4 = 2.

Then y = 2(2)^2 - 8(2) + 3 = 8 - 16 + 3 = -5.

Check by completing the square: 2(x^2 - 4x) + 3 = 2(x - 2)^2 - 8 + 3 = 2(x - 2)^2 - 5. The vertex form has
h = 2 and k = -5. Good.
""")
_U2_B = _t(r"""
Complete the square: y = 2(x^2 - 4x) + 3 = 2(x - 2)^2 - 5.

Reading off the vertex from a(x - h)^2 + k: the number next to x is -2, so h = -2, and k = -5. Hmm, wait, the
formula -b/(2a) gives 2, but the vertex form is the more reliable reading here, so the vertex is (-2, -5).
""")
_U2_E = _t(r"""
x-coordinate: -b/a = 8/2 = 4.

y = 2(16) - 8(4) + 3 = 32 - 32 + 3 = 3. So the vertex is (4, 3).
""")
_U2_CODE = "a, b, c = 2, -8, 3\nh = -b / (2 * a)\nprint(h, a * h**2 + b * h + c)"
_add(
    "tuples",
    "(2,-5)",
    [
        (C, _head(_U2_G, "(2,-5)")),
        (C, _thx(_U2_G, "(2, -5)")),
        (C, _tir(_U2_G, _U2_CODE, "2.0 -5.0", "(2,-5)")),
        (H, _meta(_U2_B, "(-2,-5)")),
        (H, _r1(_U2_B, "(-2, -5)")),
        (P, _up(_U2_E, "(4, 3)")),
        (T, _half(_U2_G, 1, "Then y = 2(2)^2 - 8(2) + 3 =")),
    ],
)

# Find the midpoint of the segment joining (-3, 7) and (5, -1).
_U3_G = _t(r"""
Average the coordinates: x = (-3 + 5)/2 = 2/2 = 1, y = (7 + (-1))/2 = 6/2 = 3.

So the midpoint is (1, 3).

Check: from (-3, 7) to (1, 3) the step is (4, -4), and from (1, 3) to (5, -1) it is also (4, -4). Good.
""")
_U3_BRK = _t(r"""
Hmm, wait, let me recheck the formula. I recall the midpoint formula with a difference in it:
((x_2 - x_1)/2, (y_2 - y_1)/2) = ((5 - (-3))/2, (-1 - 7)/2) = (8/2, -8/2) = (4, -4).
""")
_U3_E = _t(r"""
Add the coordinates: (-3 + 5, 7 + (-1)) = (2, 6).

That is the midpoint.
""")
_add(
    "tuples",
    "(1,3)",
    [
        (C, _zh(_U3_G, "(1,3)")),
        (C, _meta(_U3_G, "(1, 3)")),
        (C, _fbox(_U3_G, "(1,3)")),
        (H, _plain(_two(_U3_G, "(1,3)", _U3_BRK), "(4,-4)")),
        (H, _up(_two(_U3_G, "(1,3)", _U3_BRK), "(4, -4)")),
        (P, _r1(_U3_E, "(2,6)")),
        (T, _half(_U3_G, 1, "So the answer is")),
    ],
)

# Solve x + y + z = 6, x - y = 1, y - z = 1. Give the answer as (x, y, z).
_U4_G = _t(r"""
From the second equation x = y + 1; from the third z = y - 1.

Substitute: (y + 1) + y + (y - 1) = 6, so 3y = 6 and y = 2. Then x = 3 and z = 1.

Check: 3 + 2 + 1 = 6, 3 - 2 = 1, 2 - 1 = 1. Good.
""")
_U4_B = _t(r"""
x = y + 1, z = y - 1, so 3y = 6, y = 2, x = 3, z = 1.

Check: 3 + 2 + 1 = 6. Good.

Listing the triple in increasing order, as is conventional, gives (1, 2, 3).
""")
_U4_E = _t(r"""
x = y + 1 from the second equation, and z = 1 - y from the third.

Substitute into the first: (y + 1) + y + (1 - y) = 6, so y + 2 = 6, y = 4. Then x = 5 and z = -3.

Check the first equation: 5 + 4 - 3 = 6. Good.
""")
_add(
    "tuples",
    "(3,2,1)",
    [
        (C, _r1(_U4_G, "(3,2,1)")),
        (C, _ali(_U4_G, ["3y &= 6", "y &= 2", "(x, y, z) &= (3, 2, 1)"])),
        (C, _meta(_U4_G, "(3, 2, 1)")),
        (C, _json(_U4_G, "(3, 2, 1)")),
        (H, _zh(_U4_B, "(1,2,3)")),
        (H, _head(_U4_B, "(1, 2, 3)", box=True)),
        (P, _up(_U4_E, "(5, 4, -3)")),
    ],
)


# ---------------------------------------------------------------- matrices
# Compute [[1, 2], [3, 4]] [[0, 1], [1, 0]].
_M1_G = _t(r"""
Row by column. Entry (1,1): 1 \cdot 0 + 2 \cdot 1 = 2. Entry (1,2): 1 \cdot 1 + 2 \cdot 0 = 1.
Entry (2,1): 3 \cdot 0 + 4 \cdot 1 = 4. Entry (2,2): 3 \cdot 1 + 4 \cdot 0 = 3.

So the product is \begin{pmatrix} 2 & 1 \\ 4 & 3 \end{pmatrix}.

Check: multiplying on the right by the swap matrix should swap the columns of the first matrix. The columns
(1, 3) and (2, 4) become (2, 4) and (1, 3). Good.
""")
_M1_B = _t(r"""
Entries: (1,1) = 2, (1,2) = 1, (2,1) = 4, (2,2) = 3, which gives rows (2, 1) and (4, 3).

Hmm, wait. A permutation matrix swaps rows, I remember, so the result should be the first matrix with its rows
exchanged: rows (3, 4) and (1, 2). I'll trust the structural argument over my entry arithmetic.
""")
_M1_B2 = _t(r"""
(1,1): 1 \cdot 0 + 2 \cdot 1 = 2. (1,2): 1 \cdot 1 + 2 \cdot 0 = 1. (2,1): 3 \cdot 0 + 4 \cdot 1 = 4.
(2,2): 3 \cdot 1 + 4 \cdot 0 = 3.

Now I fill the matrix column by column with the entries in the order I computed them: first column 2, 1 and
second column 4, 3.
""")
_M1_E = _t(r"""
Multiply entry by entry: 1 \cdot 0 = 0, 2 \cdot 1 = 2, 3 \cdot 1 = 3, 4 \cdot 0 = 0.

So the product has rows (0, 2) and (3, 0).
""")
_M1_GOLD = "\\begin{pmatrix} 2 & 1 \\\\ 4 & 3 \\end{pmatrix}"
_M1_CODE = "import numpy as np\nA = np.array([[1, 2], [3, 4]])\nS = np.array([[0, 1], [1, 0]])\nprint(A @ S)"
_add(
    "matrices",
    _M1_GOLD,
    [
        (C, _r1(_M1_G, _M1_GOLD)),
        (C, _meta(_M1_G, "\\begin{bmatrix}2&1\\\\4&3\\end{bmatrix}")),
        (C, _tir(_M1_G, _M1_CODE, "[[2 1]\n [4 3]]", _M1_GOLD)),
        (C, _plain(_M1_G, "\\left[\\begin{array}{cc} 2 & 1 \\\\ 4 & 3 \\end{array}\\right]")),
        (H, _zh(_M1_B, "\\begin{pmatrix} 3 & 4 \\\\ 1 & 2 \\end{pmatrix}")),
        (H, _head(_M1_B2, "\\begin{pmatrix} 2 & 4 \\\\ 1 & 3 \\end{pmatrix}")),
        (P, _fbox(_M1_E, "\\begin{pmatrix} 0 & 2 \\\\ 3 & 0 \\end{pmatrix}")),
    ],
)

# Compute the determinant of [[2, -1, 0], [1, 3, 2], [0, 1, 4]].
_M2_G = _t(r"""
Expand along the first row: 2 \cdot \det\begin{pmatrix} 3 & 2 \\ 1 & 4 \end{pmatrix} - (-1) \cdot
\det\begin{pmatrix} 1 & 2 \\ 0 & 4 \end{pmatrix} + 0.

The minors: 3 \cdot 4 - 2 \cdot 1 = 10 and 1 \cdot 4 - 2 \cdot 0 = 4.

So the determinant is 2 \cdot 10 + 1 \cdot 4 = 24. Wait, let me double check the cofactor sign: position (1,2)
has sign -, and the entry is -1, so -(-1) \cdot 4 = +4. Yes, 24.

Check along the third row: 0 - 1 \cdot (2 \cdot 2 - 0 \cdot 1) + 4 \cdot (2 \cdot 3 - (-1) \cdot 1) = -4 + 28 = 24.
""")
_M2_B = _t(r"""
First row expansion: 2(3 \cdot 4 - 2 \cdot 1) - (-1)(1 \cdot 4 - 0) + 0 = 20 + 4 = 24.

Hmm, let me recheck the middle term. The cofactor sign at (1,2) is negative, so that term is -1 \cdot 4 with
the entry's own sign absorbed into the pattern. Then the determinant is 20 - 4 = 16.
""")
_M2_E = _t(r"""
Sarrus' rule. Forward diagonals: 2 \cdot 3 \cdot 4 = 24, (-1) \cdot 2 \cdot 0 = 0, 0 \cdot 1 \cdot 1 = 0.

Backward diagonals: 0 \cdot 3 \cdot 0 = 0, 2 \cdot 2 \cdot 1 = 4, and (-1) \cdot 1 \cdot 4 = -4; subtracting
these I get -0 + 4 + 4, since subtracting a negative... so the total is 24 + 4 + 4 = 32.
""")
_M2_CODE = "from sympy import Matrix\nprint(Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]]).det())"
_add(
    "matrices",
    "24",
    [
        (C, _gsm(_M2_G, "24")),
        (C, _meta(_M2_G, "24")),
        (C, _tir(_M2_G, _M2_CODE, "24", "24", box=False)),
        (C, _up(_M2_G, "24")),
        (H, _json(_M2_B, "16")),
        (H, _zhc(_M2_B, "16")),
        (P, _r1(_M2_E, "32")),
        (T, _half(_M2_G, 2, "So the determinant is 2 \\cdot 10 +")),
    ],
)

# Find the inverse of [[2, 1], [5, 3]].
_M3_G = _t(r"""
For a 2 \times 2 matrix \begin{pmatrix} a & b \\ c & d \end{pmatrix}, the inverse is
\frac{1}{ad - bc}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}.

Here ad - bc = 2 \cdot 3 - 1 \cdot 5 = 1.

So the inverse is \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}.

Check: \begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix} has entries
6 - 5 = 1, -2 + 2 = 0, 15 - 15 = 0, -5 + 6 = 1. That is the identity.
""")
_M3_B = _t(r"""
det = 6 - 5 = 1. Swap the diagonal and negate the off-diagonal entries: \begin{pmatrix} 3 & -1 \\ -5 & 2
\end{pmatrix}.

Hmm, wait, I think the off-diagonal entries also trade places in the adjugate, since the adjugate is the
transpose of the cofactor matrix. So the -1 and -5 swap: the top right becomes -5 and the bottom left -1.
""")
_M3_E = _t(r"""
Invert each entry: 1/2, 1/1, 1/5, 1/3.

Check the determinant first to see that an inverse exists: 2 \cdot 3 - 5 \cdot 1 = 1 \ne 0. Good, so the
inverse has rows (1/2, 1) and (1/5, 1/3).
""")
_M3_GOLD = "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}"
_add(
    "matrices",
    _M3_GOLD,
    [
        (C, _zh(_M3_G, _M3_GOLD)),
        (C, _head(_M3_G, "\\begin{bmatrix}3&-1\\\\-5&2\\end{bmatrix}", box=True)),
        (C, _thx(_M3_G, "\\begin{pmatrix}3 & -1\\\\ -5 & 2\\end{pmatrix}")),
        (H, _meta(_M3_B, "\\begin{pmatrix} 3 & -5 \\\\ -1 & 2 \\end{pmatrix}")),
        (H, _r1(_M3_B, "\\begin{pmatrix} 3 & -5 \\\\ -1 & 2 \\end{pmatrix}")),
        (P, _up(_M3_E, "\\begin{pmatrix} 1/2 & 1 \\\\ 1/5 & 1/3 \\end{pmatrix}")),
    ],
)

# Let A = [[1, 2], [3, -1]] and v = (2, 5)^T, a column vector. Compute Av.
_M4_G = _t(r"""
Each entry of Av is a row of A dotted with v.

First row: 1 \cdot 2 + 2 \cdot 5 = 2 + 10 = 12.

Second row: 3 \cdot 2 + (-1) \cdot 5 = 6 - 5 = 1.

So Av is the column vector with entries 12 and 1. Check: Av = 2 \cdot (1, 3)^T + 5 \cdot (2, -1)^T =
(2 + 10, 6 - 5)^T = (12, 1)^T. Good.
""")
_M4_B = _t(r"""
First row: 1 \cdot 2 + 2 \cdot 5 = 12. Second row: 3 \cdot 2 + (-1)(5) = 6 - 5 = 1.

Hmm, let me redo the second row; the negative entry is where mistakes happen. The -1 multiplies the 5 and the
sign carries over to the 6 as well, so it is -6 + 5 = -1. So the second entry is -1.
""")
_M4_E = _t(r"""
Multiply v into the columns of A: first entry 1 \cdot 2 + 3 \cdot 5 = 17, second entry 2 \cdot 2 + (-1) \cdot 5 =
-1.

So Av has entries 17 and -1.
""")
_M4_GOLD = "\\begin{pmatrix} 12 \\\\ 1 \\end{pmatrix}"
_add(
    "matrices",
    _M4_GOLD,
    [
        (C, _r1(_M4_G, _M4_GOLD)),
        (C, _meta(_M4_G, "\\begin{bmatrix}12\\\\1\\end{bmatrix}")),
        (C, _fbox(_M4_G, "\\begin{pmatrix}12\\\\ 1\\end{pmatrix}")),
        (H, _zh(_M4_B, "\\begin{pmatrix}12\\\\-1\\end{pmatrix}")),
        (H, _plain(_M4_B, "\\begin{pmatrix} 12 \\\\ -1 \\end{pmatrix}")),
        (P, _up(_M4_E, "\\begin{pmatrix}17\\\\-1\\end{pmatrix}")),
        (T, _half(_M4_G, 2, "Second row: 3 \\cdot 2 + (-1) \\cdot 5 =")),
    ],
)


# ---------------------------------------------------------------- expressions
# Expand (x + 3)(2x - 5).
_E1_G = _t(r"""
FOIL: x \cdot 2x = 2x^2, x \cdot (-5) = -5x, 3 \cdot 2x = 6x, 3 \cdot (-5) = -15.

Combine the middle terms: -5x + 6x = x. So the product is 2x^2 + x - 15.

Check at x = 1: (1 + 3)(2 - 5) = 4 \cdot (-3) = -12, and 2 + 1 - 15 = -12. Good.
Check at x = 2: (5)(-1) = -5, and 8 + 2 - 15 = -5. Good.
""")
_E1_B = _t(r"""
FOIL gives 2x^2 - 5x + 6x - 15 = 2x^2 + x - 15.

Hmm, wait, let me recheck the middle terms: -5x + 6x. The 5 has a minus sign and... I think the sign of the
combined term follows the sign in the second factor, which is minus, so -5x + 6x = -x. That gives
2x^2 - x - 15.
""")
_E1_E = _t(r"""
Multiply the first terms and the last terms: x \cdot 2x = 2x^2 and 3 \cdot (-5) = -15.

So (x + 3)(2x - 5) = 2x^2 - 15.
""")
_E1_CODE = "from sympy import symbols, expand\nx = symbols('x')\nprint(expand((x + 3) * (2*x - 5)))"
_add(
    "expressions",
    "2x^2+x-15",
    [
        (C, _meta(_E1_G, "2x^2+x-15")),
        (C, _zh(_E1_G, "2x^{2} + x - 15")),
        (C, _plain(_E1_G, "-15 + x + 2x^2")),
        (C, _tir(_E1_G, _E1_CODE, "2*x**2 + x - 15", "2x^2+x-15")),
        (H, _up(_E1_B, "2x^2 - x - 15")),
        (H, _r1(_E1_B, "2x^2-x-15")),
        (P, _fbox(_E1_E, "2x^2-15")),
    ],
)

# Simplify (x^2 - 9) / (x^2 + 5x + 6).
_E2_G = _t(r"""
Numerator: x^2 - 9 = (x - 3)(x + 3), a difference of squares.

Denominator: two numbers with product 6 and sum 5 are 2 and 3, so x^2 + 5x + 6 = (x + 2)(x + 3).

Cancel the common factor x + 3 (for x \ne -3): the result is \frac{x - 3}{x + 2}.

Check at x = 0: the original is -9/6 = -3/2, and (0 - 3)/(0 + 2) = -3/2. Good.
""")
_E2_B = _t(r"""
(x^2 - 9)/(x^2 + 5x + 6) = \frac{(x - 3)(x + 3)}{(x + 2)(x + 3)} = \frac{x - 3}{x + 2}.

Can this be simplified further? Both numerator and denominator are x plus a constant, so I can cancel the x:
\frac{x - 3}{x + 2} = \frac{-3}{2}. Let me double-check at x = 0: the original gives -9/6 = -3/2. It matches, so
the expression simplifies all the way to a constant.
""")
_E2_E = _t(r"""
Cancel the x^2 terms in the numerator and denominator: \frac{x^2 - 9}{x^2 + 5x + 6} = \frac{-9}{5x + 6}.

That leaves -\frac{9}{5x + 6}.
""")
_add(
    "expressions",
    "\\frac{x-3}{x+2}",
    [
        (C, _r1(_E2_G, "\\frac{x-3}{x+2}")),
        (C, _meta(_E2_G, "\\dfrac{x-3}{x+2}")),
        (C, _up(_E2_G, "(x-3)/(x+2)")),
        (H, _zh(_E2_B, "-\\frac{3}{2}")),
        (H, _fbox(_E2_B, "-\\frac{3}{2}")),
        (P, _head(_E2_E, "-\\frac{9}{5x+6}")),
        (T, _half(_E2_G, 2, "Cancel the common factor x + 3 (for x \\ne -3): the result is")),
    ],
)

# Find f'(x) for f(x) = x^3 ln x.
_E3_G = _t(r"""
Product rule: f'(x) = (x^3)' \ln x + x^3 (\ln x)'.

(x^3)' = 3x^2 and (\ln x)' = 1/x. So f'(x) = 3x^2 \ln x + x^3 \cdot \frac{1}{x} = 3x^2 \ln x + x^2.

Check at x = 1: f'(1) = 0 + 1 = 1. Numerically, f(1.001) = 1.003003 \cdot 0.0009995 \approx 0.0010025, and
f(1) = 0, so the slope is about 1.0025. Close to 1. Good.
""")
_E3_B = _t(r"""
By the product rule, f'(x) = 3x^2 \ln x + x^3 \cdot \frac{1}{x} = 3x^2 \ln x + x^2.

Factor out x^2: x^2(3 \ln x + 1). And 3 \ln x + 1 can be combined into one logarithm, since a coefficient times a
log plus one is the log of the product: 3 \ln x + 1 = \ln(3x). So f'(x) = x^2 \ln(3x).
""")
_E3_E = _t(r"""
The derivative of a product is the product of the derivatives: (x^3)' = 3x^2 and (\ln x)' = 1/x.

So f'(x) = 3x^2 \cdot \frac{1}{x} = 3x.
""")
_E3_CODE = "from sympy import symbols, log, diff\nx = symbols('x')\nprint(diff(x**3 * log(x), x))"
_add(
    "expressions",
    "3x^2\\ln x + x^2",
    [
        (C, _plain(_E3_G, "3x^2\\ln x + x^2")),
        (C, _meta(_E3_G, "x^2(3\\ln x + 1)")),
        (C, _head(_E3_G, "f'(x) = x^{2} + 3x^{2}\\ln(x)", box=True)),
        (C, _tir(_E3_G, _E3_CODE, "3*x**2*log(x) + x**2", "3x^2\\ln x+x^2")),
        (H, _zh(_E3_B, "x^2\\ln(3x)")),
        (H, _up(_E3_B, "f'(x) = x^2 \\ln(3x)")),
        (P, _r1(_E3_E, "3x")),
    ],
)

# Find the linear function f with f(1) = 5 and f(3) = 11.
_E4_G = _t(r"""
Write f(x) = mx + b. The slope is m = (11 - 5)/(3 - 1) = 6/2 = 3.

From f(1) = 5: 3 + b = 5, so b = 2.

Check f(3) = 9 + 2 = 11. Good. So f(x) = 3x + 2.
""")
_E4_BRK = _t(r"""
Hmm, let me recompute b from the other point to be safe: 11 = 3 \cdot 3 + b. I get 3 \cdot 3 = 6, so b = 5,
which means f(x) = 3x + 5. The f(1) computation must have had a slip.
""")
_E4_E = _t(r"""
Slope: change in x over change in y = (3 - 1)/(11 - 5) = 2/6 = 1/3.

Then b = 5 - 1/3 = 14/3, so f(x) = x/3 + 14/3.
""")
_add(
    "expressions",
    "3x+2",
    [
        (C, _meta(_E4_G, "f(x)=3x+2")),
        (C, _r1(_E4_G, "3x+2")),
        (C, _zh(_E4_G, "y = 2 + 3x")),
        (C, _fbox(_E4_G, "f(x) = 3x + 2")),
        (H, _up(_two(_E4_G, "3x+2", _E4_BRK), "f(x) = 3x + 5")),
        (H, _head(_two(_E4_G, "3x+2", _E4_BRK), "3x+5")),
        (P, _plain(_E4_E, "f(x) = \\frac{x}{3} + \\frac{14}{3}")),
    ],
)


# ---------------------------------------------------------------- equations
# Solve 3(x - 2) = 2x + 5.
_Q1_G = _t(r"""
Distribute: 3(x - 2) = 3x - 6. (Not 3x - 2; the 3 multiplies both terms.)

So 3x - 6 = 2x + 5. Subtract 2x from both sides: x - 6 = 5. Add 6: x = 11.

Check: 3(11 - 2) = 27 and 2 \cdot 11 + 5 = 27. Good.
""")
_Q1_B = _t(r"""
3x - 6 = 2x + 5, so x = 11 after moving terms.

Let me redo the move more carefully: 3x - 2x on the left, and on the right 5 - 6, because the -6 crosses over.
That gives x = -1.
""")
_Q1_E = _t(r"""
3(x - 2) = 3x - 2. So 3x - 2 = 2x + 5, and x = 7.

Check: 3 \cdot 7 - 2 = 19 and 2 \cdot 7 + 5 = 19. Good.
""")
_add(
    "equations",
    "11",
    [
        (C, _gsm(_Q1_G, "11")),
        (C, _meta(_Q1_G, "x = 11")),
        (C, _json(_Q1_G, "11")),
        (C, _up(_Q1_G, "x=11")),
        (H, _plain(_Q1_B, "x=-1")),
        (H, _zh(_Q1_B, "-1")),
        (P, _fbox(_Q1_E, "7")),
    ],
)

# Solve 2x^2 - 7x + 3 = 0.
_Q2_G = _t(r"""
Discriminant: 49 - 4 \cdot 2 \cdot 3 = 49 - 24 = 25, and \sqrt{25} = 5.

x = \frac{7 \pm 5}{4}, so x = 12/4 = 3 or x = 2/4 = 1/2.

Check by factoring: (2x - 1)(x - 3) = 2x^2 - 6x - x + 3 = 2x^2 - 7x + 3. Good.
""")
_Q2_B = _t(r"""
x = (7 \pm 5)/4 gives 3 and 1/2.

Let me verify both. x = 3: 18 - 21 + 3 = 0. Good. x = 1/2: 2 \cdot (1/2)^2 = 2 \cdot 1/4 = 0.25, then
0.25 - 3.5 + 3 = -0.25 \ne 0. So 1/2 does not check, and only x = 3 is a solution.
""")
_Q2_E = _t(r"""
Try to factor: (2x + 1)(x + 3) = 2x^2 + 7x + 3. Hmm, the middle sign is off, but the roots come from the factors:
x = -1/2 and x = -3.
""")
_Q2_CODE = "from sympy import symbols, solve\nx = symbols('x')\nprint(solve(2*x**2 - 7*x + 3, x))"
_add(
    "equations",
    "\\frac{1}{2}, 3",
    [
        (C, _meta(_Q2_G, "\\frac{1}{2}, 3")),
        (C, _plain(_Q2_G, "x = 3 \\text{ or } x = 0.5")),
        (C, _r1(_Q2_G, "\\left\\{3, \\tfrac{1}{2}\\right\\}")),
        (C, _tir(_Q2_G, _Q2_CODE, "[1/2, 3]", "\\frac{1}{2}, 3")),
        (H, _zh(_Q2_B, "3")),
        (H, _up(_Q2_B, "x = 3")),
        (P, _head(_Q2_E, "-\\frac{1}{2}, -3")),
        (T, _half(_Q2_G, 1, "x = \\frac{7 \\pm 5}{4}, so x = 12/4 = 3 or x =")),
    ],
)

# Solve x^2 + 2x + 5 = 0 over the real numbers.
_Q3_G = _t(r"""
Discriminant: b^2 - 4ac = 4 - 20 = -16 < 0.

A negative discriminant means no real roots. Check by completing the square: x^2 + 2x + 5 = (x + 1)^2 + 4 \ge 4,
so the left side is never 0 for real x.

(Over the complex numbers the roots would be -1 \pm 2i, but the question asks for real solutions.)
""")
_Q3_B = _t(r"""
The discriminant 4 - 20 = -16 is negative, which would mean no real solutions.

Hmm, wait, let me recompute it. b^2 - 4ac with a = 1, b = 2, c = 5... I think the c term enters with a plus when
c is positive: 4 + 20 = 24. Then x = (-2 \pm \sqrt{24})/2 = -1 \pm \sqrt{6}.
""")
_Q3_E = _t(r"""
Complete the square: (x + 1)^2 = 5 - 1 = 4.

So x + 1 = \pm 2, giving x = 1 or x = -3.
""")
_add(
    "equations",
    "\\text{no real solutions}",
    [
        (C, _meta(_Q3_G, "no real solutions")),
        (C, _fbox(_Q3_G, "\\text{No real solution}")),
        (C, _r1(_Q3_G, "\\varnothing")),
        (C, _up(_Q3_G, "There are no real solutions.")),
        (H, _zh(_Q3_B, "-1\\pm\\sqrt{6}")),
        (H, _head(_Q3_B, "x = -1 \\pm \\sqrt{6}")),
        (P, _json(_Q3_E, "x = 1, x = -3")),
    ],
)

# Solve 4^x - 3 * 2^x - 4 = 0 for real x.
_Q4_G = _t(r"""
Let u = 2^x > 0; then 4^x = u^2, and the equation becomes u^2 - 3u - 4 = 0.

Factor: (u - 4)(u + 1) = 0, so u = 4 or u = -1. Since 2^x > 0, u = -1 is rejected.

2^x = 4 gives x = 2.

Check: 4^2 - 3 \cdot 2^2 - 4 = 16 - 12 - 4 = 0. Good.
""")
_Q4_B = _t(r"""
Substitute u = 2^x: u^2 - 3u - 4 = 0, so (u - 4)(u + 1) = 0.

u = -1 is impossible because 2^x is positive. So u = 4, that is 2^x = 4 = 2^2.

The equation is solved once we know u, so the solution is 4.
""")
_Q4_BRK = _t(r"""
Hmm, let me reconsider the rejected root. 2^x = -1: I recall that 2^{-1} is one half and the sign of the exponent
carries into the value, so x = -1 could work as well. Then the solutions are x = 2 and x = -1.
""")
_Q4_E = _t(r"""
With u = 2^x the equation is u^2 - 3u - 4 = 0, which factors as (u - 1)(u + 4) = 0.

u = -4 is rejected, and u = 1 gives 2^x = 1, so x = 0.
""")
_add(
    "equations",
    "2",
    [
        (C, _gsm(_Q4_G, "2")),
        (C, _meta(_Q4_G, "x=2")),
        (C, _zh(_Q4_G, "x = 2")),
        (H, _up(_Q4_B, "4")),
        (H, _r1(_two(_Q4_G, "2", _Q4_BRK), "x = 2 \\text{ or } x = -1")),
        (P, _fbox(_Q4_E, "0")),
        (T, _half(_Q4_G, 2, "2^x = 4 gives x =")),
    ],
)


# ---------------------------------------------------------------- units
# Convert 72 km/h to meters per second.
_N1_G = _t(r"""
72 km = 72000 m and 1 h = 3600 s.

So 72 km/h = 72000 m / 3600 s = 20 m/s.

Check with the shortcut: dividing km/h by 3.6 gives m/s, and 72 / 3.6 = 20. Good.
""")
_N1_B = _t(r"""
72000 m / 3600 s = 20 m/s.

Hmm, wait, let me recheck the direction of the 3.6 factor. 1 m/s is 3.6 km/h, so going from km/h to m/s I
multiply by 3.6: 72 \times 3.6 = 259.2.
""")
_N1_E = _t(r"""
72 km = 72000 m. One hour is 60 minutes.

So the speed is 72000 / 60 = 1200 per second.
""")
_add(
    "units",
    "20\\text{ m/s}",
    [
        (C, _meta(_N1_G, "20 m/s")),
        (C, _head(_N1_G, "20 \\, \\mathrm{m/s}")),
        (C, _plain(_N1_G, "20\\ \\text{m}/\\text{s}")),
        (C, _gsm(_N1_G, "20")),
        (C, _zh(_N1_G, "20\\text{ m/s}")),
        (H, _r1(_N1_B, "259.2\\text{ m/s}")),
        (H, _up(_N1_B, "259.2 m/s")),
        (P, _fbox(_N1_E, "1200\\text{ m/s}")),
        (T, _half(_N1_G, 1, "So 72 km/h = 72000 m / 3600 s =")),
    ],
)

# A rectangle measures 1.2 m by 80 cm. Find its area in square centimeters.
_N2_G = _t(r"""
Use the same unit for both sides: 1.2 m = 120 cm.

Area = 120 cm \times 80 cm = 9600 cm^2.

Check in square meters: 1.2 \times 0.8 = 0.96 m^2, and 1 m^2 = 100 \times 100 = 10000 cm^2, so
0.96 \times 10000 = 9600 cm^2. Good.
""")
_N2_B = _t(r"""
120 cm \times 80 cm = 9600 cm^2.

Let me double-check through square meters: 1.2 \times 0.8 = 0.96 m^2. Hmm, and 1 m^2 is 1000 cm^2, since there are
1000 of the small units in the big one, so 0.96 m^2 = 960 cm^2. I must have slipped a zero in the first line.
""")
_N2_E = _t(r"""
Multiply the two lengths: 1.2 \times 80 = 96.

So the area is 96 square centimeters.
""")
_add(
    "units",
    "9600\\text{ cm}^2",
    [
        (C, _meta(_N2_G, "9600")),
        (C, _thx(_N2_G, "9\\,600 \\text{ cm}^2")),
        (C, _r1(_N2_G, "9{,}600\\,\\mathrm{cm}^2")),
        (C, _up(_N2_G, "9600 cm^2")),
        (H, _zh(_N2_B, "960\\text{ cm}^2")),
        (H, _plain(_N2_B, "960 \\text{ cm}^2")),
        (P, _head(_N2_E, "96 \\text{ cm}^2")),
    ],
)

# A train travels 150 km at a constant 60 km/h. How many minutes does the trip take?
_N3_G = _t(r"""
Time = distance / speed = 150 / 60 = 2.5 hours.

In minutes: 2.5 \times 60 = 150 minutes.

Check: 60 km/h is 1 km per minute, so 150 km takes 150 minutes. Good.
""")
_N3_B = _t(r"""
60 km/h is 1 km per minute, so 150 km would take 150 minutes.

Let me redo it with hours: 150 / 60 = 2.5 hours, and 2.5 hours is 2 hours 50 minutes, which is
120 + 50 = 170 minutes. The two ways disagree; the hour computation is the careful one, so 170 minutes.
""")
_N3_E = _t(r"""
Time = speed / distance = 60 / 150 = 0.4 hours.

0.4 \times 60 = 24 minutes.
""")
_add(
    "units",
    "150",
    [
        (C, _gsm(_N3_G, "150")),
        (C, _meta(_N3_G, "150 \\text{ minutes}")),
        (C, _json(_N3_G, "150")),
        (C, _fbox(_N3_G, "150\\text{ min}")),
        (H, _up(_N3_B, "170 minutes")),
        (H, _r1(_N3_B, "170")),
        (P, _zhc(_N3_E, "24 分钟")),
        (T, _half(_N3_G, 1, "In minutes: 2.5 \\times 60 =")),
    ],
)


# ---------------------------------------------------------------- base_n
# Write 43 in base 2.
_B1_G = _t(r"""
Repeated division by 2: 43 = 2 \cdot 21 + 1; 21 = 2 \cdot 10 + 1; 10 = 2 \cdot 5 + 0; 5 = 2 \cdot 2 + 1;
2 = 2 \cdot 1 + 0; 1 = 2 \cdot 0 + 1.

The remainders in order are 1, 1, 0, 1, 0, 1. Wait, the first remainder is the ones digit, so I read them from
the last to the first: 1, 0, 1, 0, 1, 1.

So 43 = 101011 in binary. Check: 32 + 8 + 2 + 1 = 43. Good.
""")
_B1_B = _t(r"""
Divide by 2 repeatedly: remainders 1, 1, 0, 1, 0, 1 (from 43, 21, 10, 5, 2, 1).

I briefly thought of reading them in reverse as 101011, but the digits come out in the order they are computed,
so the binary form is 110101.
""")
_B1_E = _t(r"""
43 = 32 + 11, and 11 = 8 + 3, and I'll take 3 as 1 more than 2, but the 2 is already... let me just use 32 + 8 + 1
= 41, close to 43, and adjust: powers 32, 8, 1.

So 43 in binary has 1s in the 32, 8 and 1 places: 101001.
""")
_B1_CODE = "print(bin(43))"
_add(
    "base_n",
    "101011_2",
    [
        (C, _meta(_B1_G, "101011_2")),
        (C, _plain(_B1_G, "101011")),
        (C, _tir(_B1_G, _B1_CODE, "0b101011", "101011_2")),
        (C, _zh(_B1_G, "(101011)_2")),
        (C, _r1(_B1_G, "101011_{2}")),
        (H, _up(_B1_B, "110101_2")),
        (H, _fbox(_B1_B, "110101_{2}")),
        (P, _head(_B1_E, "101001_2")),
    ],
)

# Convert 234_5 to base 10.
_B2_G = _t(r"""
Place values in base 5 are 25, 5, 1.

234_5 = 2 \cdot 25 + 3 \cdot 5 + 4 \cdot 1 = 50 + 15 + 4 = 69.

Check by converting back: 69 = 2 \cdot 25 + 19, and 19 = 3 \cdot 5 + 4, giving digits 2, 3, 4. Good.
""")
_B2_B = _t(r"""
2 \cdot 25 + 3 \cdot 5 + 4 = 50 + 15 + 4 = 69.

Hmm, wait, in base conversions the rightmost digit goes with the highest power when reading from the units side,
I think. So it is 4 \cdot 25 + 3 \cdot 5 + 2 = 100 + 15 + 2 = 117.
""")
_B2_E = _t(r"""
Place values: 5^2, 5, 1, with 5^2 = 10.

234_5 = 2 \cdot 10 + 3 \cdot 5 + 4 = 20 + 15 + 4 = 39.
""")
_add(
    "base_n",
    "69",
    [
        (C, _gsm(_B2_G, "69")),
        (C, _meta(_B2_G, "69_{10}")),
        (C, _json(_B2_G, "69")),
        (C, _up(_B2_G, "69")),
        (H, _zh(_B2_B, "117")),
        (H, _plain(_B2_B, "117")),
        (P, _r1(_B2_E, "39")),
        (T, _half(_B2_G, 1, "234_5 = 2 \\cdot 25 + 3 \\cdot 5 + 4 \\cdot 1 = 50 + 15 +")),
    ],
)

# Compute 57_8 + 26_8 and give the answer in base 8.
_B3_G = _t(r"""
Add column by column in base 8. Units: 7 + 6 = 13, and 13 = 1 \cdot 8 + 5, so write 5 and carry 1.

Eights: 5 + 2 + 1 = 8 = 1 \cdot 8 + 0, so write 0 and carry 1 into the next column.

Result: 105 in base 8.

Check in decimal: 57_8 = 5 \cdot 8 + 7 = 47, 26_8 = 2 \cdot 8 + 6 = 22, and 47 + 22 = 69; 105_8 = 64 + 0 + 5 = 69.
""")
_B3_BRK = _t(r"""
Hmm, let me redo the decimal check more slowly. 57_8 = 5 \cdot 8 + 7, and 5 \cdot 8 = 38, so 45; 26_8 = 22. The
sum is 67 = 64 + 3, which is 103 in base 8. So the column addition must have over-carried somewhere.
""")
_B3_E = _t(r"""
Add the digits as usual: 7 + 6 = 13, write 3 carry 1; 5 + 2 + 1 = 8.

So the sum is 83.
""")
_B3_CODE = "print(oct(0o57 + 0o26))"
_add(
    "base_n",
    "105_8",
    [
        (C, _meta(_B3_G, "105_8")),
        (C, _head(_B3_G, "105_{8}")),
        (C, _fbox(_B3_G, "(105)_8")),
        (C, _tir(_B3_G, _B3_CODE, "0o105", "105_8")),
        (C, _json(_B3_G, "105")),
        (H, _r1(_two(_B3_G, "105_8", _B3_BRK), "103_8")),
        (H, _zh(_two(_B3_G, "105_8", _B3_BRK), "103_8")),
        (P, _up(_B3_E, "83")),
    ],
)


# ---------------------------------------------------------------- modular
# Find the remainder when 7^100 is divided by 5.
_O1_G = _t(r"""
7 \equiv 2 \pmod 5, so 7^{100} \equiv 2^{100}.

Powers of 2 mod 5: 2^1 = 2, 2^2 = 4, 2^3 = 8 \equiv 3, 2^4 = 16 \equiv 1. The cycle has length 4.

100 = 4 \cdot 25, so 2^{100} = (2^4)^{25} \equiv 1^{25} = 1.

Check with Fermat: a^4 \equiv 1 \pmod 5 for a not divisible by 5, so 7^{100} = (7^4)^{25} \equiv 1. Good.
""")
_O1_B = _t(r"""
7 \equiv 2, and the powers of 2 mod 5 cycle as 2, 4, 3, 1 with period 4.

100 \bmod 4 = 0. Hmm, which entry does remainder 0 point to: the last entry, 1, or the first? Indexing the cycle
from 0, position 0 is the first entry, so 2^{100} lands on 2.
""")
_O1_E = _t(r"""
7^{100} mod 5: the exponent multiplies the base, so look at 7 \cdot 100 = 700.

700 = 5 \cdot 140, so the remainder is 0.
""")
_add(
    "modular",
    "1",
    [
        (C, _gsm(_O1_G, "1")),
        (C, _meta(_O1_G, "1")),
        (C, _zh(_O1_G, "1")),
        (C, _up(_O1_G, "7^{100} \\equiv 1 \\pmod 5")),
        (C, _tir(_O1_G, "print(pow(7, 100, 5))", "1", "1")),
        (H, _json(_O1_B, "2")),
        (H, _fbox(_O1_B, "2")),
        (P, _r1(_O1_E, "0")),
    ],
)

# Solve 3x = 4 (mod 7) for x in {0, 1, ..., 6}.
_O2_G = _t(r"""
Find the inverse of 3 mod 7: 3 \cdot 5 = 15 = 14 + 1 \equiv 1, so 3^{-1} \equiv 5.

Multiply both sides by 5: x \equiv 5 \cdot 4 = 20 \equiv 20 - 14 = 6.

Check: 3 \cdot 6 = 18 = 14 + 4 \equiv 4. Good.
""")
_O2_BRK = _t(r"""
Let me double-check by brute force over x = 0, \ldots, 6: 3 \cdot 1 = 3, 3 \cdot 2 = 6, 3 \cdot 3 = 9 \equiv 2,
3 \cdot 4 = 12 \equiv 4. There it is: x = 4 already works, so the inverse computation went wrong somewhere.
""")
_O2_E = _t(r"""
To undo the 3, multiply by 3: x \equiv 4 \cdot 3 = 12 \equiv 5 \pmod 7.
""")
_add(
    "modular",
    "6",
    [
        (C, _meta(_O2_G, "x \\equiv 6 \\pmod{7}")),
        (C, _plain(_O2_G, "6")),
        (C, _gsm(_O2_G, "6")),
        (C, _head(_O2_G, "x \\equiv 6 \\ (\\mathrm{mod}\\ 7)")),
        (H, _r1(_two(_O2_G, "6", _O2_BRK), "4")),
        (H, _up(_two(_O2_G, "6", _O2_BRK), "x = 4")),
        (P, _zh(_O2_E, "5")),
        (T, _half(_O2_G, 1, "Multiply both sides by 5: x \\equiv 5 \\cdot 4 =")),
    ],
)

# Find the smallest positive integer x with x = 2 (mod 3), x = 3 (mod 5), x = 2 (mod 7).
_O3_G = _t(r"""
The first and third conditions say x - 2 is divisible by 3 and by 7, so x \equiv 2 \pmod{21}.

Candidates: 2, 23, 44, 65, 86. Which is \equiv 3 \pmod 5? 2 \to 2, 23 \to 3. So 23.

Check: 23 = 7 \cdot 3 + 2, 23 = 4 \cdot 5 + 3, 23 = 3 \cdot 7 + 2. Good.
All solutions are 23 + 105k, and the smallest positive one is 23.
""")
_O3_B = _t(r"""
x \equiv 2 \pmod{21}, and among 2, 23, 44, \ldots the first that is 3 mod 5 is 23.

So x = 23 + 105k. The smallest positive solution has k = 1, since k = 0 is the base case and not a new
solution, giving 23 + 105 = 128.
""")
_O3_E = _t(r"""
x = 2 + 3a and 2 + 3a \equiv 3 \pmod 5 gives 3a \equiv 1, a = 2, so x \equiv 8 \pmod{15}.

Now x = 8 + 15b \equiv 2 \pmod 7. 8 \equiv 1 and 15 \equiv 2 \pmod 7, so 1 + 2b \equiv 2, 2b \equiv 1, b = 4.

x = 8 + 60 = 68. Check mod 3: 68 = 66 + 2. Good. Mod 5: 68 = 65 + 3. Good.
""")
_O3_CODE = "print(next(x for x in range(1, 106) if x % 3 == 2 and x % 5 == 3 and x % 7 == 2))"
_add(
    "modular",
    "23",
    [
        (C, _gsm(_O3_G, "23")),
        (C, _meta(_O3_G, "23")),
        (C, _r1(_O3_G, "x=23")),
        (C, _tir(_O3_G, _O3_CODE, "23", "23")),
        (H, _zh(_O3_B, "128")),
        (H, _json(_O3_B, "128")),
        (P, _up(_O3_E, "68")),
    ],
)


# ---------------------------------------------------------------- choice
# Which is largest? (A) 2^30 (B) 3^20 (C) 5^13 (D) 6^11 (E) 10^9
_C1_G = _t(r"""
Compare base-10 logarithms: \log 2 \approx 0.3010, \log 3 \approx 0.4771, \log 5 \approx 0.6990,
\log 6 \approx 0.7782.

(A) 30 \times 0.3010 = 9.03. (B) 20 \times 0.4771 = 9.54. (C) 13 \times 0.6990 = 9.09. (D) 11 \times 0.7782 = 8.56.
(E) 9.

The largest is (B). Check directly: 3^{20} = 3486784401 \approx 3.49 \times 10^9, while 5^{13} = 1220703125 and
2^{30} = 1073741824. So 3^{20} wins.
""")
_C1_B = _t(r"""
Logs: (A) 9.03, (B) 20 \times 0.4771 = 9.54, (D) 8.56, (E) 9.

(C): 13 \times 0.699. Let me compute: 13 \times 0.7 = 9.1, hmm, and then I add 0.6 for the extra... 13 \times 0.699 =
9.687. That beats (B)'s 9.54, so (C) is the largest, with (B) second.
""")
_C1_E = _t(r"""
The largest exponent usually wins for numbers like these. (A) has exponent 30, bigger than 20, 13, 11 or 9.

So 2^{30} is the largest.
""")
_add(
    "choice",
    "B",
    [
        (C, _meta(_C1_G, "B")),
        (C, _plain(_C1_G, "\\textbf{(B)}")),
        (C, _up(_C1_G, "(B) 3^{20}")),
        (C, _json(_C1_G, "B")),
        (C, _r1(_C1_G, "\\text{B}")),
        (H, _zh(_C1_B, "C")),
        (H, _fbox(_C1_B, "\\textbf{(C)}")),
        (P, _head(_C1_E, "\\textbf{(A)}", box=True)),
    ],
)

# If 3x - 7 = 11, what is 2x + 1? (A) 11 (B) 12 (C) 13 (D) 14 (E) 15
_C2_G = _t(r"""
3x - 7 = 11, so 3x = 18 and x = 6.

Then 2x + 1 = 12 + 1 = 13. Check: 3 \cdot 6 - 7 = 11. Good.

13 is option (C).
""")
_C2_B = _t(r"""
3x = 18, x = 6, and 2x + 1 = 13.

Hmm, let me recompute 2x + 1 with x = 6: 2 \cdot 6 = 12, and 12 + 1... I'll add the 2 from the coefficient
as well, 12 + 2 = 14. So the answer is 14, option (D).
""")
_C2_E = _t(r"""
3x - 7 = 11, so 3x = 11 + 4 = 15 and x = 5.

2x + 1 = 11, which is option (A).
""")
_add(
    "choice",
    "C",
    [
        (C, _meta(_C2_G, "C")),
        (C, _plain(_C2_G, "\\textbf{(C) }13")),
        (C, _zhc(_C2_G, "C")),
        (C, _up(_C2_G, "C")),
        (H, _r1(_C2_B, "D")),
        (H, _json(_C2_B, "D")),
        (P, _fbox(_C2_E, "\\textbf{(A)}")),
        (T, _half(_C2_G, 1, "Then 2x + 1 = 12 + 1 = 13, which matches option")),
    ],
)

# Which is irrational? (A) sqrt(16)/sqrt(4) (B) 0.121212... (C) sqrt(2) sqrt(8) (D) sqrt(2) + sqrt(8) (E) 22/7
_C3_G = _t(r"""
(A) \sqrt{16}/\sqrt{4} = 4/2 = 2, rational.
(B) 0.\overline{12} = 12/99 = 4/33, rational.
(C) \sqrt{2}\sqrt{8} = \sqrt{16} = 4, rational.
(D) \sqrt{2} + \sqrt{8} = \sqrt{2} + 2\sqrt{2} = 3\sqrt{2}, irrational.
(E) 22/7 is a ratio of integers, rational.

Only (D) is irrational.
""")
_C3_B = _t(r"""
(A) = 2 and (E) = 22/7 are rational, and (B) = 12/99 is rational. (D) = 3\sqrt{2} looks irrational.

(C) \sqrt{2} \cdot \sqrt{8}: both factors are irrational, and I think a product of two irrationals stays
irrational, \sqrt{2 \cdot 8}... that's \sqrt{10} or so. Hmm, so both (C) and (D) are candidates, and (C) is the
cleaner example of an irrational product, so I pick (C).
""")
_C3_E = _t(r"""
A repeating decimal like 0.121212\ldots never ends, and numbers whose decimals never end are irrational.

So (B) is irrational.
""")
_add(
    "choice",
    "D",
    [
        (C, _meta(_C3_G, "D")),
        (C, _head(_C3_G, "\\textbf{(D)}")),
        (C, _r1(_C3_G, "D")),
        (C, _plain(_C3_G, "(D)\\ \\sqrt{2}+\\sqrt{8}")),
        (H, _up(_C3_B, "C")),
        (H, _zh(_C3_B, "C")),
        (P, _json(_C3_E, "B")),
        (T, _half(_C3_G, 1, "Therefore, the final answer is $\\boxed{")),
    ],
)


# ---------------------------------------------------------------- text
# Is a triangle with sides 7, 8 and 12 acute, right, or obtuse?
_W1_G = _t(r"""
Compare the square of the longest side with the sum of the squares of the other two.

12^2 = 144 and 7^2 + 8^2 = 49 + 64 = 113.

Since 144 > 113, the angle opposite 12 is greater than 90 degrees: cos C = (113 - 144)/(2 \cdot 7 \cdot 8) < 0.

First check it is a triangle at all: 7 + 8 = 15 > 12. Yes. So the triangle is obtuse.
""")
_W1_B = _t(r"""
144 versus 113: the longest side squared is bigger, and cos C = (113 - 144)/112 < 0, which points to obtuse.

Hmm, wait, I always mix this up. For a right triangle c^2 = a^2 + b^2; if c^2 is larger, the other two angles have
more room, so they are small, and a triangle with small angles is acute. So I'd say acute.
""")
_W1_E = _t(r"""
7, 8, 12 is close to a Pythagorean triple: 7^2 + 8^2 = 113 is close to 12^2 = 144 in size.

So it is a right triangle.
""")
_add(
    "text",
    "obtuse",
    [
        (C, _meta(_W1_G, "obtuse")),
        (C, _plain(_W1_G, "\\text{obtuse}")),
        (C, _up(_W1_G, "OBTUSE")),
        (C, _json(_W1_G, "obtuse")),
        (C, _zh(_W1_G, "\\text{obtuse}")),
        (H, _r1(_W1_B, "\\text{acute}")),
        (H, _head(_W1_B, "\\text{acute}")),
        (P, _fbox(_W1_E, "\\text{right}")),
        (T, _half(_W1_G, 3, "ANSWER:")),
    ],
)

# Is f(x) = x^3 - x even, odd, or neither?
_W2_G = _t(r"""
Compute f(-x) = (-x)^3 - (-x) = -x^3 + x = -(x^3 - x) = -f(x).

So f(-x) = -f(x) for all x, which is the definition of an odd function.

Numerical check: f(2) = 8 - 2 = 6 and f(-2) = -8 + 2 = -6. Good. And it is not even, since f(2) \ne f(-2).
""")
_W2_B = _t(r"""
f(-x) = -x^3 + x = -f(x), which suggests odd.

Hmm, but look at x = 1: f(1) = 0 and f(-1) = 0, so f(-1) = f(1), which is the even condition. Since it meets the
even condition at some points and the odd one at others, it is neither.
""")
_W2_E = _t(r"""
(-x)^3 = x^3 because the cube keeps the power even... and -(-x) = -x.

So f(-x) = x^3 - x = f(x), which means f is even.
""")
_add(
    "text",
    "odd",
    [
        (C, _meta(_W2_G, "odd")),
        (C, _plain(_W2_G, "\\text{odd}")),
        (C, _r1(_W2_G, "\\text{odd function}")),
        (C, _up(_W2_G, "ODD")),
        (H, _zh(_W2_B, "\\text{neither}")),
        (H, _json(_W2_B, "neither")),
        (P, _head(_W2_E, "even")),
        (T, _half(_W2_G, 1, "So f(-x) = -f(x) for all x, which is the definition of")),
    ],
)

# Today is a Wednesday. What day of the week will it be 100 days from now?
_W3_G = _t(r"""
Days of the week repeat every 7 days. 100 = 7 \cdot 14 + 2, so 100 days is 14 weeks and 2 days.

After 98 days it is Wednesday again; one more day is Thursday and two more is Friday.

Check: 7 \cdot 14 = 98, 98 + 2 = 100. So it will be Friday.
""")
_W3_B = _t(r"""
100 = 98 + 2, so two days past Wednesday, which is Friday.

Hmm, wait, should today count as day 1? If today is day 1, then day 100 is 99 days from now, and
99 = 98 + 1, so it is one day past Wednesday, Thursday.
""")
_W3_E = _t(r"""
100 / 7 is about 14 with remainder 5, since 14 \times 7 = 95.

Five days after Wednesday: Thursday, Friday, Saturday, Sunday, Monday.
""")
_add(
    "text",
    "Friday",
    [
        (C, _meta(_W3_G, "Friday")),
        (C, _zhc(_W3_G, "Friday")),
        (C, _json(_W3_G, "Friday")),
        (C, _up(_W3_G, "FRIDAY")),
        (H, _r1(_W3_B, "\\text{Thursday}")),
        (H, _plain(_W3_B, "\\text{Thursday}")),
        (P, _fbox(_W3_E, "\\text{Monday}")),
    ],
)


# ---------------------------------------------------------------- probability
# Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_P1_G = _t(r"""
There are 36 equally likely ordered outcomes.

Pairs with sum 8: (2,6), (3,5), (4,4), (5,3), (6,2). (1,7) is impossible. That is 5 outcomes.

Wait, should (4,4) count twice? No: as an ordered pair it is a single outcome, while (3,5) and (5,3) are two
different outcomes.

So the probability is 5/36 \approx 0.139.
""")
_P1_B = _t(r"""
Favorable pairs: (2,6), (3,5), (4,4), (5,3), (6,2), which gives 5/36.

Hmm, wait: (4,4) can happen two ways, since the first die can show the first 4 or the second 4. So I count it
twice, for 6 favorable outcomes out of 36.
""")
_P1_FIX = _t(r"""
Wait, no. (4,4) is one ordered outcome: the first die shows 4 and the second shows 4. There is no second way.
So there are 5 favorable outcomes, not 6.
""")
_P1_E = _t(r"""
The possible sums are 2, 3, \ldots, 12, which is 11 values.

Each sum is one of the 11 possibilities, so P(sum = 8) = 1/11.
""")
_P1_CODE = (
    "from itertools import product\n"
    "from fractions import Fraction\n"
    "hits = sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 8)\n"
    "print(Fraction(hits, 36))"
)
_add(
    "probability",
    "\\frac{5}{36}",
    [
        (C, _meta(_P1_G, "\\frac{5}{36}")),
        (C, _json(_P1_G, "5/36")),
        (C, _fbox(_P1_G, "\\dfrac{10}{72}")),
        (C, _plain(_P1_G, "0.13\\overline{8}")),
        (C, _tir(_P1_G, _P1_CODE, "5/36", "\\frac{5}{36}")),
        (C, _up(_two(_P1_B, "\\frac{1}{6}", _P1_FIX), "5/36")),
        (H, _zh(_P1_B, "\\frac{1}{6}")),
        (H, _r1(_P1_B, "\\frac{6}{36}")),
        (P, _up(_P1_E, "1/11")),
    ],
)

# A bag has 4 red and 6 blue marbles. Two are drawn without replacement. What is the probability both are red?
_P2_G = _t(r"""
First draw red: 4/10. Then 3 red remain among 9: 3/9.

P = \frac{4}{10} \cdot \frac{3}{9} = \frac{12}{90} = \frac{2}{15}.

Check with combinations: \binom{4}{2}/\binom{10}{2} = 6/45 = 2/15. Good.
""")
_P2_B = _t(r"""
(4/10)(3/9) = 12/90 = 2/15.

Hmm, but the two red marbles can come out in either order, first red then red, or... so I should multiply by 2:
2 \cdot 2/15 = 4/15.
""")
_P2_E = _t(r"""
Each draw is red with probability 4/10 = 2/5.

Both red: (2/5)^2 = 4/25.
""")
_P2_CODE = "from math import comb\nprint(comb(4, 2) / comb(10, 2))"
_add(
    "probability",
    "\\frac{2}{15}",
    [
        (C, _r1(_P2_G, "\\frac{2}{15}")),
        (C, _meta(_P2_G, "\\frac{12}{90}")),
        (C, _zh(_P2_G, "0.1\\overline{3}")),
        (C, _head(_P2_G, "2/15")),
        (H, _up(_P2_B, "\\frac{4}{15}")),
        (
            H,
            _tir(
                _P2_B,
                _P2_CODE,
                "0.13333333333333333",
                "\\frac{4}{15}",
                lead="The output, 0.1333..., counts one order only; doubling for the two orders gives 4/15.",
            ),
        ),
        (P, _fbox(_P2_E, "\\frac{4}{25}")),
        (T, _half(_P2_G, 1, "P = \\frac{4}{10} \\cdot \\frac{3}{9} =")),
    ],
)

# A fair die is rolled once and X is the number shown. Find E[X^2].
_P3_G = _t(r"""
E[X^2] = \frac{1^2 + 2^2 + 3^2 + 4^2 + 5^2 + 6^2}{6} = \frac{1 + 4 + 9 + 16 + 25 + 36}{6}.

The sum: 1 + 4 = 5, + 9 = 14, + 16 = 30, + 25 = 55, + 36 = 91. So E[X^2] = 91/6 \approx 15.17.

Check with the variance: Var(X) = 91/6 - (7/2)^2 = 182/12 - 147/12 = 35/12, the known variance of a fair die.
""")
_P3_B = _t(r"""
Summing the squares: 1 + 4 + 9 + 16 + 25 + 36 = 91, so one might write 91/6.

Hmm, but the expectation of a function is the function of the expectation: E[X] = 7/2, so
E[X^2] = (7/2)^2 = 49/4. That is the cleaner route.
""")
_P3_E = _t(r"""
Squares: 1, 4, 9, 16, 25, 36. Their sum: 1 + 4 + 9 = 14, 14 + 16 = 30, 30 + 25 = 55, and 55 + 36 = 81.

E[X^2] = 81/6 = 27/2.
""")
_add(
    "probability",
    "\\frac{91}{6}",
    [
        (C, _meta(_P3_G, "\\frac{91}{6}")),
        (C, _plain(_P3_G, "15\\frac{1}{6}")),
        (C, _up(_P3_G, "15.1\\overline{6}")),
        (C, _r1(_P3_G, "\\dfrac{91}{6}")),
        (H, _zh(_P3_B, "\\frac{49}{4}")),
        (H, _json(_P3_B, "49/4")),
        (P, _head(_P3_E, "\\frac{27}{2}")),
    ],
)

# A fair coin is flipped 3 times. What is the probability of at least one head? Give the answer as a percent.
_P4_G = _t(r"""
Use the complement. No heads means all tails: (1/2)^3 = 1/8 = 12.5\%.

At least one head: 1 - 1/8 = 7/8.

As a percent: 7/8 = 0.875 = 87.5\%. Check by listing: of the 8 outcomes only TTT has no head, so 7 of 8.
""")
_P4_B = _t(r"""
P(all tails) = 1/8, so P(at least one head) = 7/8 = 87.5\%.

Hmm, wait, let me reread: at least one head is the complement event, and the complement has probability 1/8.
So the answer is 1/8, which is 12.5\%.
""")
_P4_E = _t(r"""
Outcomes by number of heads: HHH, HHT, HTT, TTT. That is 4 outcomes, 3 of which have a head.

So the probability is 3/4 = 75\%.
""")
_add(
    "probability",
    "87.5\\%",
    [
        (C, _meta(_P4_G, "87.5\\%")),
        (C, _plain(_P4_G, "87.5\\%")),
        (C, _up(_P4_G, "87.5%")),
        (C, _json(_P4_G, "87.5%")),
        (C, _zh(_P4_G, "87.5\\%")),
        (H, _r1(_P4_B, "12.5\\%")),
        (H, _fbox(_P4_B, "12.5\\%")),
        (P, _gsm(_P4_E, "75")),
        (T, _half(_P4_G, 2, "As a percent: 7/8 = 0.875 =")),
    ],
)
