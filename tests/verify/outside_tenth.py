"""TENTH: a third held-out batch of labelled answer-verification pairs in outside styles (issue 12, section 2).

Written on 2026-12-01 by a helper session (branch h/batch10) for the lead, after NINTH and with problems and values
invented for this file, to measure the verifier at first contact. Written blind: without reading
toolkit/longcot/verify/, the README's verification section, or any other file in tests/verify/ (only the first 40
lines of outside_fifth.py and the first 60 lines of outside_ninth.py, for the row format and the header style), and
without running longcot, math-verify or any other grader on any pair. Every pair was labelled by hand (sympy used
by hand to check the arithmetic only); pairs a reasonable grader could label either way (a unit conversion, a
rounding, a form the question may have demanded) were left out. Committed before any grading run, so its first
run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops before it states any final answer). Of the 393 rows, 226 (58%) are correct, 149
(38%) are close negatives (a nearby value, a sign, a swapped ordered tuple, a magnitude, a similar but inequivalent
expression, an open endpoint for a closed one, a wrong choice letter, an answer stated and then overruled by a later
final statement), and 18 (5%) are truncated. The response builders below imitate the shapes of real model
outputs: DeepSeek-R1 / QwQ / Qwen3 think blocks, Sky-T1 thought/solution tags, Minerva's "Final Answer" line,
markdown chat answers, GSM8K's "####" line, and chat-template tails after the answer.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _j(*parts: str) -> str:
    return "\n\n".join(p.strip("\n") for p in parts)


def _r1(think: str, *answer: str) -> str:
    """DeepSeek-R1 / QwQ: the whole reasoning in a think block, then a written solution."""
    return "<think>\n" + think.strip("\n") + "\n</think>\n\n" + _j(*answer)


def _qwen3(think: str, *answer: str) -> str:
    """Qwen3 chat output as decoded with special tokens kept."""
    return _r1(think, *answer) + "<|im_end|>"


def _sky(thought: str, *solution: str) -> str:
    return (
        "<|begin_of_thought|>\n\n"
        + thought.strip("\n")
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\n"
        + _j(*solution)
        + "\n\n<|end_of_solution|>"
    )


def _minerva(solution: str, final: str) -> str:
    return solution.strip("\n") + f"\nFinal Answer: The final answer is ${final}$. I hope it is correct."


def _gsm(solution: str, final: str) -> str:
    return solution.strip("\n") + f"\n#### {final}"


_EOS_DS = "<｜end▁of▁sentence｜>"
_EOS_QWEN = "<|im_end|>\n<|endoftext|>"
_TAIL_LLAMA = (
    "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nCould you redo it with 12 instead of 7?<|eot_id|>"
    "<|start_header_id|>assistant<|end_header_id|>\n\nSure! Let's redo it step by step."
)
_TAIL_LLAMA2 = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nThanks! Is there a faster way?<|eot_id|>"
_TAIL_MISTRAL = "</s>[INST] Now solve the same problem for n = 30. [/INST]"
_TAIL_PHI = "<|end|>\n<|user|>\nExplain step 2 again, please.<|end|>\n<|assistant|>"
_TAIL_HUMAN = "\n\nHuman: What would change if the coin were biased?\n\nAssistant: If the coin lands heads with"
_TAIL_GEMMA = "<end_of_turn>\n<start_of_turn>user\nOk, and the next one?<end_of_turn>"
_OFFER = "\n\nLet me know if you'd like me to walk through any step in more detail!"

# --------------------------------------------------------------------------------------------- integers, AIME

_MOD = r"""Okay, so I need the remainder of $3^{100}$ upon division by $7$. Let me list powers of 3 modulo 7:
$3^1 = 3$, $3^2 = 9 \equiv 2$, $3^3 \equiv 6$, $3^4 \equiv 18 \equiv 4$, $3^5 \equiv 12 \equiv 5$, $3^6 \equiv 15
\equiv 1$. So the order of 3 mod 7 is 6, consistent with Fermat's little theorem.

Now $100 = 6 \cdot 16 + 4$, so $3^{100} = (3^6)^{16} \cdot 3^4 \equiv 3^4$."""

_SIGMA = r"""We want the sum of all positive divisors of 360. Factor: $360 = 2^3 \cdot 3^2 \cdot 5$. The divisor sum
is multiplicative, so
$$\sigma(360) = (1+2+4+8)(1+3+9)(1+5).$$"""

_AIME_CNT = r"""Let me count the integers $1 \le n \le 1000$ divisible by 3 or 5 but not by 15.

Multiples of 3: $\lfloor 1000/3 \rfloor = 333$. Multiples of 5: $200$. Multiples of 15: $\lfloor 1000/15 \rfloor
= 66$. By inclusion-exclusion, multiples of 3 or 5: $333 + 200 - 66 = 467$.

Hmm, but the multiples of 15 are inside that 467 and must be removed, because "not by 15" excludes them."""

_ZEROS = r"""The number of trailing zeros of $200!$ equals the exponent of 5 in $200!$ (there are plenty of 2s).
By Legendre: $\lfloor 200/5 \rfloor + \lfloor 200/25 \rfloor + \lfloor 200/125 \rfloor = 40 + 8 + 1$."""

_MISS = r"""MISSISSIPPI has 11 letters: M once, I four times, S four times, P twice. The number of distinct
arrangements is the multinomial coefficient
$$\frac{11!}{1!\,4!\,4!\,2!} = \frac{39916800}{1 \cdot 24 \cdot 24 \cdot 2}.$$"""

_ROWS_INT = [
    (
        "integer",
        "4",
        _r1(
            _MOD + "\n\nAnd $3^4 = 81 = 77 + 4$, so the remainder is 4. Let me double check with $3^{10}$:"
            " $3^{10} = 3^6 \\cdot 3^4 \\equiv 4$, and $59049 = 7 \\cdot 8435 + 4$. Yes.",
            "Since $3^6 \\equiv 1 \\pmod 7$ and $100 \\equiv 4 \\pmod 6$,\n\n"
            "$$3^{100} \\equiv 3^4 = 81 \\equiv 4 \\pmod 7.$$\n\nThe remainder is $\\boxed{4}$.",
        ),
        C,
    ),
    (
        "integer",
        "4",
        _minerva(
            "By Fermat, $3^6 \\equiv 1 \\pmod 7$. Writing $100 = 6\\cdot 16 + 4$, we get $3^{100} \\equiv 3^{5}"
            " \\equiv 243 \\equiv 5 \\pmod 7$.",
            "5",
        ),
        W,
    ),
    (
        "integer",
        "4",
        _sky(
            _MOD + " Then $81 - 77 = 4$.",
            "Using $3^6 \\equiv 1 \\pmod{7}$:\n\n$3^{100} = (3^6)^{16}\\cdot 3^4 \\equiv 81 \\equiv 4$.\n\n"
            "Hence the remainder when $3^{100}$ is divided by $7$ is $4$.",
        ),
        C,
    ),
    (
        "integer",
        "\\boxed{1170}",
        _r1(
            _SIGMA + "\n\n$15 \\cdot 13 = 195$ and $195 \\cdot 6 = 1170$.",
            "**Answer:** $\\sigma(360) = 1{,}170$",
        ),
        C,
    ),
    (
        "integer",
        "1170",
        _j(_SIGMA, "That is $15 \\times 13 \\times 6 = 1170$.", "The sum of the divisors is $\\boxed{1170}$."),
        C,
    ),
    (
        "integer",
        "1170",
        _j(
            _SIGMA.replace("(1+2+4+8)", "(2+4+8)"),
            "So the sum is $14 \\cdot 13 \\cdot 6 = 1092$.",
            "$$\\boxed{1092}$$",
        ),
        W,
    ),
    (
        "integer",
        "401",
        _r1(
            _AIME_CNT + " So the answer is $467 - 66 = 401$. Quick check on a small range, $1..30$: multiples of"
            " 3 or 5 are 14 numbers, minus 15 and 30 gives 12, and the formula gives $10 + 6 - 2 - 2 = 12$. Good.",
            "Count multiples of 3 or 5 up to 1000, then remove the multiples of 15:\n\n"
            "$$333 + 200 - 2\\cdot 66 = 401.$$\n\n$\\boxed{401}$",
        )
        + _EOS_DS,
        C,
    ),
    (
        "integer",
        "401",
        _r1(
            _AIME_CNT.split("Hmm")[0] + "That is the count of integers divisible by 3 or 5.",
            "By inclusion-exclusion the number is $333 + 200 - 66 = \\boxed{467}$.",
        ),
        W,
    ),
    (
        "integer",
        "401",
        "## Solution\n\n" + _AIME_CNT.replace("Hmm, but the", "The") + "\n\nSo there are $467 - 66 = 401$ such"
        " integers.\n\n**Final answer: 401**",
        C,
    ),
    ("integer", "49", _j(_ZEROS, "Hence $200!$ ends in $\\boxed{049}$ zeros."), C),
    ("integer", "49", _j(_ZEROS.split(" + \\lfloor 200/125")[0] + "$, i.e. $40 + 8$.", "$\\boxed{48}$"), W),
    (
        "integer",
        "49",
        _qwen3(
            _ZEROS + " That sums to 49. Each factor of 5 pairs with a factor of 2, and there are far more 2s:"
            " $100 + 50 + 25 + 12 + 6 + 3 + 1 = 197$ of them.",
            "The number of trailing zeros of $200!$ is\n\n$$\\left\\lfloor\\frac{200}{5}\\right\\rfloor+"
            "\\left\\lfloor\\frac{200}{25}\\right\\rfloor+\\left\\lfloor\\frac{200}{125}\\right\\rfloor=49.$$",
        ),
        C,
    ),
    (
        "integer",
        "34650",
        _j(_MISS, "This equals $34,650$.", "So there are **34,650** distinct arrangements."),
        C,
    ),
    (
        "integer",
        "34650",
        _sky(
            _MISS + " Compute: $24 \\cdot 24 = 576$, $576 \\cdot 2 = 1152$, $39916800 / 1152 = 34650$.",
            "The number of arrangements is $\\dfrac{11!}{4!\\,4!\\,2!} = \\boxed{34650}$.",
        ),
        C,
    ),
    (
        "integer",
        "34650",
        _minerva(
            "There are 11 letters with I and S each repeated four times, so the count is"
            " $\\frac{11!}{4!\\,4!} = 69300$.",
            "69300",
        ),
        W,
    ),
    (
        "integer",
        "610",
        _j(
            "With $F_1 = F_2 = 1$: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987.",
            "The fifteenth term is $F_{15} = 610$.",
            "**Answer: 610**",
        ),
        C,
    ),
    (
        "integer",
        "610",
        _j(
            "Listing the terms: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987.",
            "Counting to the fifteenth, I get $\\boxed{987}$.",
        ),
        W,
    ),
    (
        "integer",
        "24",
        _minerva(
            "The exponent of 5 in $100!$ is $\\lfloor 100/5\\rfloor + \\lfloor 100/25\\rfloor = 20 + 4 = 24$,"
            " and there are more than enough factors of 2.",
            "24",
        ),
        C,
    ),
    (
        "integer",
        "24",
        _minerva(
            "Every multiple of 5 up to 100 contributes a factor of 5, and there are $100/5 = 20$ of them.",
            "20",
        ),
        W,
    ),
    (
        "integer",
        "1",
        _r1(
            "Units digits of powers of 7 cycle with period 4: 7, 9, 3, 1. Since 2024 is divisible by 4, the units"
            " digit of $7^{2024}$ matches that of $7^4 = 2401$.",
            "The units digit is $\\boxed{1}$.",
        )
        + _TAIL_LLAMA2,
        C,
    ),
    (
        "integer",
        "1",
        _r1(
            "Cycle of units digits: 7, 9, 3, 1. $2024 = 4 \\cdot 506$, so the remainder is 0, which I take as the"
            " first position of the cycle.",
            "The units digit of $7^{2024}$ is $\\boxed{7}$.",
        ),
        W,
    ),
]

_ROWS_WORD = [
    (
        "word",
        "5",
        _gsm(
            "Maria spends 3 * $4 = $<<3*4=12>>12 on notebooks and 2 * $1.50 = $<<2*1.5=3>>3 on pens.\n"
            "In total she spends $12 + $3 = $<<12+3=15>>15.\nHer change is $20 - $15 = $<<20-15=5>>5.",
            "5",
        ),
        C,
    ),
    (
        "word",
        "5",
        _gsm(
            "Maria spends 3 * $4 = $12 on notebooks and 2 * $1.50 = $3 on pens, so $12 + $3 = $15 in total.",
            "15",
        ),
        W,
    ),
    (
        "word",
        "150",
        "To find the distance, multiply speed by time.\n\nDistance = 60 miles/hour × 2.5 hours = 150 miles.\n\n"
        "The train travels 150 miles." + _TAIL_LLAMA,
        C,
    ),
    (
        "word",
        "150",
        "Distance = speed × time = 60 × 2.5.\n\n60 × 2 = 120 and 60 × 0.5 = 30, so the train travels 120 + 30 ="
        " 150 miles.\n\nThe answer is 150." + _TAIL_MISTRAL,
        C,
    ),
    (
        "word",
        "150",
        "Distance = speed × time = 60 × 2.5 = 125 miles.\n\nThe answer is 125.",
        W,
    ),
    (
        "word",
        "12",
        "Let the number of apples Tom has be $t$. Then Ana has $2t$ and together $3t = 36$, so $t = 12$.\n\n"
        "Tom has twelve apples.",
        C,
    ),
    (
        "word",
        "1210",
        "## Compound interest\n\nAfter one year: $1000 \\times 1.1 = 1100$.\n\nAfter two years: $1100 \\times 1.1 ="
        " 1210$.\n\n**The balance after two years is \\$1{,}210.**",
        C,
    ),
    (
        "word",
        "1210",
        "Simple interest: $1000 \\times 0.10 \\times 2 = 200$, so the balance is $1000 + 200 = \\$1200$.\n\n"
        "**Final answer:** $\\boxed{\\$1200}$",
        W,
    ),
    (
        "word",
        "60",
        "The coat costs \\$80 and is 25% off. The discount is $0.25 \\times 80 = \\$20$, so the sale price is"
        " $80 - 20 = \\$60$.\n\n$\\boxed{\\$60.00}$",
        C,
    ),
    (
        "word",
        "60",
        "The discount is $25\\%$ of $\\$80$, which is $\\$20$.\n\nTherefore, the answer is $\\boxed{20}$.",
        W,
    ),
]

# --------------------------------------------------------------------------------------------- fractions, decimals

_DICE8 = r"""Two fair six-sided dice: 36 equally likely ordered outcomes. Sum 8 comes from (2,6), (3,5), (4,4),
(5,3), (6,2), that is 5 outcomes."""

_REPEAT = r"""Let $x = 0.\overline{36}$. Then $100x = 36.\overline{36}$, and subtracting, $99x =
36$, so $x = \frac{36}{99}$.
Both are divisible by 9."""

_ROWS_FRAC = [
    (
        "fraction",
        "\\frac{5}{36}",
        _r1(_DICE8 + " So the probability is 5 out of 36.", "The probability is $\\boxed{\\dfrac{5}{36}}$."),
        C,
    ),
    ("fraction", "$\\frac{5}{36}$", _j(_DICE8, "P(sum = 8) = 5/36"), C),
    (
        "fraction",
        "\\frac{5}{36}",
        _j(
            "The sum of two dice ranges from 2 to 12 and the most likely sums are in the middle. The sum 8 can be"
            " made as 2+6, 3+5, 4+4, which is 3 of the unordered pairs; by symmetry with 6, there are 5 ways.",
            "Out of the $6 \\cdot 6 = 36$ outcomes, but counting $(4,4)$ twice, I get $\\frac{6}{36} = \\frac16$.",
            "**Answer:** $\\frac{1}{6}$",
        ),
        W,
    ),
    ("fraction", "\\frac{5}{36}", _minerva(_DICE8, "\\frac5{36}"), C),
    (
        "fraction",
        "\\frac{7}{8}",
        _minerva(
            "The complement of at least one head is all tails, which has probability $(1/2)^3 = 1/8$. So the"
            " probability is $1 - 1/8 = 7/8$.",
            "0.875",
        ),
        C,
    ),
    (
        "fraction",
        "\\frac{7}{8}",
        _j(
            "Exactly one head in three flips: $\\binom{3}{1}\\left(\\tfrac12\\right)^3 = \\tfrac38$.",
            "So the probability of at least one head is $\\boxed{\\tfrac{3}{8}}$.",
        ),
        W,
    ),
    (
        "fraction",
        "\\frac{4}{11}",
        _r1(_REPEAT + " $36/9 = 4$, $99/9 = 11$.", "$$0.\\overline{36} = \\frac{36}{99} = \\boxed{\\frac{4}{11}}$$"),
        C,
    ),
    (
        "fraction",
        "\\frac{4}{11}",
        _r1(
            "The repeating decimal $0.3636\\ldots$ is close to $0.36 = 36/100$, which reduces to $9/25$.",
            "As a fraction in lowest terms, $0.\\overline{36} = \\boxed{\\frac{9}{25}}$.",
        ),
        W,
    ),
    ("fraction", "\\frac{4}{11}", _j(_REPEAT, "Therefore $0.\\overline{36} = \\frac{36}{99} = 4/11$."), C),
    (
        "fraction",
        "\\frac{5}{3}",
        _j(
            "Write both sides as powers of 2: $8^y = 32$ means $2^{3y} = 2^5$.",
            "So $3y = 5$ and $\\log_8 32 = \\boxed{\\frac{5}{3}}$.",
        ),
        C,
    ),
    (
        "fraction",
        "\\frac{5}{3}",
        _j("We have $8 = 2^3$ and $32 = 2^5$, so the ratio of exponents gives $3/5$.", "$\\log_8 32 = 3/5$"),
        W,
    ),
    (
        "fraction",
        "\\frac{3}{2}",
        _qwen3(
            "Geometric series with first term $a = 1$ and ratio $r = \\frac13$. Since $|r| < 1$ the sum is"
            " $\\frac{a}{1-r} = \\frac{1}{2/3}$.",
            "The sum of the series is $S = \\dfrac{1}{1 - \\frac{1}{3}} = 1.5$.",
        ),
        C,
    ),
    (
        "fraction",
        "\\frac{3}{2}",
        _qwen3(
            "Geometric series, $a = 1$, $r = 1/3$. The sum is $a/(1-r)$. Hmm, with $r = 1/4$ it would be $4/3$...",
            "The infinite sum is $\\frac{1}{1-\\frac14} = \\boxed{\\frac{4}{3}}$.",
        ),
        W,
    ),
    (
        "fraction",
        "3.5",
        _sky(
            "Expected value of a fair die: $(1+2+3+4+5+6)/6 = 21/6$. Simplify: $21/6 = 7/2$.",
            "$E[X] = \\frac{1}{6}\\sum_{k=1}^{6} k = \\boxed{\\frac{7}{2}}$",
        ),
        C,
    ),
    (
        "fraction",
        "3.5",
        _sky(
            "Expected value of a fair die: each face has probability $1/6$. The faces are 1 to 6; the middle"
            " value is 3.",
            "The expected value is $\\boxed{3}$.",
        ),
        W,
    ),
    (
        "fraction",
        "\\frac13",
        _r1(
            "$\\int_0^1 x^2\\,dx = \\left[\\frac{x^3}{3}\\right]_0^1 = \\frac13 - 0$.",
            "$$\\int_0^1 x^2 \\, dx = \\boxed{\\frac{1}{3}}$$",
        ),
        C,
    ),
    ("fraction", "\\frac13", "The antiderivative is x^3/3, so the integral from 0 to 1 equals 1/3.", C),
    (
        "fraction",
        "\\frac{3}{2}",
        _j(
            "For $2x^2 - 7x + 3 = 0$, Vieta gives $x_1 + x_2 = \\frac{7}{2}$ and $x_1 x_2 = \\frac{3}{2}$.",
            "Indeed the roots are $3$ and $\\tfrac12$, whose product is $\\boxed{\\tfrac{3}{2}}$.",
        ),
        C,
    ),
    (
        "fraction",
        "\\frac{3}{2}",
        _j(
            "For $2x^2 - 7x + 3 = 0$, Vieta's formulas: $x_1 + x_2 = -b/a$ and $x_1 x_2 = c/a$.",
            "So the product is $-\\frac{-7}{2} = \\boxed{\\frac{7}{2}}$.",
        ),
        W,
    ),
    (
        "fraction",
        "-\\frac{1}{2}",
        _j(
            "The angle $\\frac{2\\pi}{3}$ is $120^\\circ$, in the second quadrant, with reference angle $60^\\circ$.",
            "Cosine is negative there, so $\\cos\\frac{2\\pi}{3} = -\\cos 60^\\circ = \\boxed{-0.5}$.",
        ),
        C,
    ),
    (
        "fraction",
        "-\\frac{1}{2}",
        _minerva("The reference angle is $\\pi/3$ and $\\cos(\\pi/3) = 1/2$.", "\\frac{1}{2}"),
        W,
    ),
    (
        "fraction",
        "-\\frac{1}{2}",
        _r1(
            "$\\cos(2\\pi/3)$: second quadrant, cosine negative, reference angle $\\pi/3$.",
            "$\\cos\\left(\\frac{2\\pi}{3}\\right) = \\frac{-1}{2}$",
        ),
        C,
    ),
    (
        "fraction",
        "\\frac{3}{8}",
        "**Step 1.** Write $\\frac38$ as a division: $3 \\div 8$.\n\n**Step 2.** $30 \\div 8 = 3$ r 6, $60 \\div 8 ="
        " 7$ r 4, $40 \\div 8 = 5$.\n\n**Answer: 0.375**",
        C,
    ),
    (
        "fraction",
        "0.625",
        _j("Five eighths of the pizza were eaten, since $1 - \\frac{3}{8} = \\frac{5}{8}$.", "$\\boxed{\\frac58}$"),
        C,
    ),
    (
        "fraction",
        "0.625",
        _j("Three eighths of the pizza were eaten.", "$\\boxed{\\frac38}$"),
        W,
    ),
    (
        "fraction",
        "\\frac{5}{14}",
        _r1(
            "Without replacement: first red $5/8$, second red given first red $4/7$. Product $20/56$, reduce by 4.",
            "The probability both marbles are red is $\\frac{5}{8}\\cdot\\frac{4}{7} = \\boxed{\\frac{5}{14}}$.",
        ),
        C,
    ),
    (
        "fraction",
        "\\frac{5}{14}",
        _r1(
            "Probability of red each draw is $5/8$, so two reds is $(5/8)^2$.",
            "$$P = \\left(\\frac{5}{8}\\right)^2 = \\boxed{\\frac{25}{64}}$$",
        ),
        W,
    ),
]

# --------------------------------------------------------------------------------------------- radicals

_DIST = r"""The distance between $(1, 2)$ and $(4, 8)$ is $\sqrt{(4-1)^2 + (8-2)^2} = \sqrt{9 + 36} = \sqrt{45}$, and
$45 = 9 \cdot 5$."""

_QUAD = r"""For $x^2 - 4x + 1 = 0$ the quadratic formula gives
$$x = \frac{4 \pm \sqrt{16 - 4}}{2} = \frac{4 \pm \sqrt{12}}{2} = \frac{4 \pm 2\sqrt3}{2}.$$"""

_ROWS_RAD = [
    ("radical", "3\\sqrt{5}", _j(_DIST, "So the distance is $\\boxed{3\\sqrt5}$."), C),
    ("radical", "3\\sqrt{5}", _r1(_DIST, "The distance is $\\sqrt{45}$ units."), C),
    (
        "radical",
        "3\\sqrt{5}",
        _minerva(
            "The distance is $\\sqrt{(4-1)^2 + (8-2)^2} = \\sqrt{9 + 36}$, which simplifies to $3 \\sqrt{5}$.",
            "3 \\sqrt{5}",
        ),
        C,
    ),
    (
        "radical",
        "3\\sqrt{5}",
        _j("The horizontal change is 3 and the vertical change is 5.", "Distance $= \\sqrt{3^2 + 5^2} = \\sqrt{34}$."),
        W,
    ),
    (
        "radical",
        "3\\sqrt{5}",
        _r1(_DIST + " Hmm, $\\sqrt{45} = 5\\sqrt{3}$?", "**Answer:** $5\\sqrt{3}$"),
        W,
    ),
    (
        "radical",
        "8\\sqrt{2}",
        _j(
            "$\\sqrt{50} = 5\\sqrt2$ and $\\sqrt{18} = 3\\sqrt2$, so the sum is $8\\sqrt2 = \\sqrt{64 \\cdot 2}$.",
            "$$\\boxed{\\sqrt{128}}$$",
        ),
        C,
    ),
    (
        "radical",
        "8\\sqrt{2}",
        _j("Add under one radical: $\\sqrt{50} + \\sqrt{18} = \\sqrt{68}$.", "$$\\boxed{\\sqrt{68}}$$"),
        W,
    ),
    (
        "radical",
        "8\\sqrt{2}",
        _sky(
            "$50 = 25 \\cdot 2$ and $18 = 9 \\cdot 2$.",
            "$\\sqrt{50}+\\sqrt{18}=5\\sqrt{2}+3\\sqrt{2}=\\boxed{8\\sqrt{2}}$",
        ),
        C,
    ),
    (
        "radical",
        "\\frac{\\sqrt{3}+1}{2}",
        _j(
            "Multiply numerator and denominator by the conjugate $\\sqrt3 + 1$:",
            "$$\\frac{1}{\\sqrt3 - 1}\\cdot\\frac{\\sqrt3+1}{\\sqrt3+1} = \\frac{\\sqrt3+1}{3-1} ="
            " \\boxed{\\dfrac{1+\\sqrt{3}}{2}}$$",
        ),
        C,
    ),
    (
        "radical",
        "\\frac{\\sqrt{3}+1}{2}",
        _minerva(
            "Rationalizing, $\\frac{1}{\\sqrt3-1} = \\frac{\\sqrt3+1}{2} = \\frac{\\sqrt3}{2}+\\frac12$.",
            "\\frac{\\sqrt{3}}{2}+\\frac{1}{2}",
        ),
        C,
    ),
    (
        "radical",
        "\\frac{\\sqrt{3}+1}{2}",
        _j(
            "Multiply top and bottom by $\\sqrt3 - 1$: $\\frac{\\sqrt3-1}{(\\sqrt3-1)^2}$... the denominator"
            " becomes $3 - 1 = 2$.",
            "$$\\boxed{\\frac{\\sqrt{3}-1}{2}}$$",
        ),
        W,
    ),
    (
        "radical",
        "\\sqrt{3}",
        _r1(
            "$\\tan 60^\\circ = \\sin 60^\\circ / \\cos 60^\\circ = (\\sqrt3/2)/(1/2)$.",
            "$\\tan\\frac{\\pi}{3}=\\sqrt{3}$",
        ),
        C,
    ),
    (
        "radical",
        "\\sqrt{3}",
        _r1(
            "$\\tan 60^\\circ = \\cos 60^\\circ / \\sin 60^\\circ = (1/2)/(\\sqrt3/2) = 1/\\sqrt3$.",
            "$\\boxed{\\frac{\\sqrt3}{3}}$",
        ),
        W,
    ),
    (
        "radical",
        "\\frac{\\sqrt{2}}{2}",
        "In a 45-45-90 triangle with legs 1, the hypotenuse is $\\sqrt2$, so\n\n"
        "$$\\sin 45^\\circ = \\frac{1}{\\sqrt{2}}.$$\n\n**Answer:** $\\frac{1}{\\sqrt{2}}$",
        C,
    ),
    (
        "radical",
        "\\frac{\\sqrt{2}}{2}",
        "In a 30-60-90 triangle the side opposite the larger acute angle is $\\frac{\\sqrt3}{2}$ of the"
        " hypotenuse.\n\n**Answer:** $\\frac{\\sqrt{3}}{2}$",
        W,
    ),
    (
        "radical",
        "25\\sqrt{3}",
        _j(
            "The area of an equilateral triangle of side $s$ is $\\frac{\\sqrt3}{4}s^2$; with $s = 10$ this is"
            " $\\frac{\\sqrt3}{4}\\cdot 100$.",
            "The area is $\\boxed{25\\sqrt{3}}$ square units.",
        ),
        C,
    ),
    (
        "radical",
        "25\\sqrt{3}",
        _j("Area $= \\frac{\\sqrt3}{2}s^2 = \\frac{\\sqrt3}{2}\\cdot 100$.", "The area is $\\boxed{50\\sqrt{3}}$."),
        W,
    ),
    (
        "radical",
        "25\\sqrt{3}",
        _qwen3(
            "Height of the triangle: $10 \\cdot \\frac{\\sqrt3}{2} = 5\\sqrt3$. Area $= \\frac12"
            " \\cdot 10 \\cdot 5\\sqrt3$.",
            "**Area** $= 25 \\sqrt 3$",
        ),
        C,
    ),
    ("radical", "2\\pm\\sqrt{3}", _j(_QUAD, "Hence $x = \\boxed{2 \\pm \\sqrt{3}}$."), C),
    ("radical", "2\\pm\\sqrt{3}", _j(_QUAD, "The roots are $x = 2 + \\sqrt3$ and $x = 2 - \\sqrt3$."), C),
    (
        "radical",
        "2\\pm\\sqrt{3}",
        _r1(_QUAD, "So the solutions are $\\boxed{2+\\sqrt{3}}$ and $\\boxed{2-\\sqrt{3}}$."),
        C,
    ),
    (
        "radical",
        "2\\pm\\sqrt{3}",
        _j(
            "For $x^2 - 4x + 1 = 0$: $x = \\frac{-4 \\pm \\sqrt{16-4}}{2}$.",
            "So $x = \\boxed{-2 \\pm \\sqrt{3}}$.",
        ),
        W,
    ),
    (
        "radical",
        "17",
        _j("$17^2 = 289$ and $16^2 = 256$, $18^2 = 324$.", "Therefore $\\sqrt{289} = \\boxed{17}$."),
        C,
    ),
]

# --------------------------------------------------------------------------------------------- multiples of pi

_ROWS_PI = [
    (
        "pi",
        "25\\pi",
        _j(
            "The circle inscribed in a square of side 10 has diameter 10, so radius 5.",
            "Its area is $\\pi r^2 = \\boxed{25\\pi}$.",
        ),
        C,
    ),
    ("pi", "25\\pi", "The inscribed circle has radius 5, so the area is π·5² = 25π.", C),
    (
        "pi",
        "25\\pi",
        _minerva("The radius is half the side, $r = 5$, and the area is $\\pi \\cdot 5^2$.", "25\\pi"),
        C,
    ),
    (
        "pi",
        "25\\pi",
        _j("The circle's radius equals the side, 10, so its area is $\\pi \\cdot 10^2$.", "$$\\boxed{100\\pi}$$"),
        W,
    ),
    (
        "pi",
        "25\\pi",
        _j("The radius is 5, so the area is $r^2 = 25$.", "**Answer: 25** square units"),
        W,
    ),
    (
        "pi",
        "36\\pi",
        _r1(
            "Volume of a sphere: $\\frac43\\pi r^3$. With $r = 3$: $\\frac43 \\cdot 27 = 36$.",
            "$V = \\frac{4}{3}\\pi(3)^3 = \\boxed{36\\pi}$ cubic units.",
        ),
        C,
    ),
    (
        "pi",
        "36\\pi",
        _r1(
            "Volume of a sphere: $\\frac43\\pi r^3 = \\frac43 \\pi \\cdot 27$. Hmm, $\\frac43"
            " \\cdot 27 = 36$, times 3...",
            "$V = \\boxed{108\\pi}$",
        ),
        W,
    ),
    (
        "pi",
        "\\frac{3\\pi}{4}",
        _j(
            "$\\arccos$ takes values in $[0, \\pi]$. $\\cos\\theta = -\\frac{\\sqrt2}{2}$ in that range at"
            " $\\theta = \\pi - \\frac{\\pi}{4}$.",
            "$$\\arccos\\left(-\\tfrac{\\sqrt2}{2}\\right) = \\boxed{\\tfrac{3}{4}\\pi}$$",
        ),
        C,
    ),
    (
        "pi",
        "\\frac{3\\pi}{4}",
        _minerva("The angle in $[0,\\pi]$ with cosine $-\\sqrt2/2$ is $\\pi - \\pi/4$.", "0.75\\pi"),
        C,
    ),
    (
        "pi",
        "\\frac{3\\pi}{4}",
        _j(
            "The reference angle is $\\frac{\\pi}{4}$.",
            "So $\\arccos\\left(-\\frac{\\sqrt{2}}{2}\\right) = \\frac{\\pi}{4}$.",
        ),
        W,
    ),
    (
        "pi",
        "2",
        _r1(
            "$\\int_0^\\pi \\sin x\\,dx = [-\\cos x]_0^\\pi = -\\cos\\pi + \\cos 0 = 1 + 1$.",
            "$$\\int_0^{\\pi}\\sin x\\,dx=\\boxed{2}$$",
        ),
        C,
    ),
    (
        "pi",
        "2",
        _r1("$\\int_0^\\pi \\sin x\\,dx = [\\cos x]_0^\\pi = \\cos\\pi - \\cos 0 = -2$.", "$$\\boxed{-2}$$"),
        W,
    ),
    (
        "pi",
        "7\\pi",
        _sky("Circumference $= \\pi d$ with $d = 7$.", "The circumference is $C = \\pi d = 7\\pi$ centimeters."),
        C,
    ),
    (
        "pi",
        "7\\pi",
        _sky("Circumference $= 2\\pi r$ and I take $r = 7$.", "The circumference is $\\boxed{14\\pi}$ centimeters."),
        W,
    ),
    (
        "pi",
        "6\\pi",
        _j(
            "A $60^\\circ$ sector is $\\frac{60}{360} = \\frac16$ of the circle. The full area is $36\\pi$.",
            "Area of the sector $= \\frac16 \\cdot 36\\pi = \\boxed{6\\pi}$.",
        ),
        C,
    ),
    (
        "pi",
        "6\\pi",
        _j(
            "The sector's area is $\\frac{\\theta}{2}r^2$ with $\\theta = 60$, $r = 6$... hmm, that uses radians.",
            "Using $\\theta = \\frac{\\pi}{3}$: $\\frac{\\pi}{6}\\cdot 36 = 6\\pi$. Then the arc length is"
            " $r\\theta = 2\\pi$.",
            "**Final answer:** the sector has area $6\\pi$ (and arc length $2\\pi$).",
        ),
        C,
    ),
    (
        "pi",
        "6\\pi",
        _j("Arc length $= r\\theta = 6 \\cdot \\frac{\\pi}{3}$.", "$\\boxed{2\\pi}$"),
        W,
    ),
]

# --------------------------------------------------------------------------------------------- expressions

_ROWS_EXPR = [
    (
        "expression",
        "x+3",
        _j(
            "Factor the numerator as a difference of squares: $x^2 - 9 = (x-3)(x+3)$.",
            "Cancelling the common factor (for $x \\neq 3$): $\\dfrac{x^2-9}{x-3} = \\boxed{x+3}$.",
        ),
        C,
    ),
    ("expression", "x+3", _minerva("$x^2 - 9 = (x-3)(x+3)$, and the $x - 3$ cancels.", "3 + x"), C),
    (
        "expression",
        "x+3",
        _j("$x^2 - 9 = (x-3)(x+3)$, so dividing by $x + 3$ leaves", "$$\\boxed{x-3}$$"),
        W,
    ),
    (
        "expression",
        "3x^2\\sin x + x^3\\cos x",
        _r1(
            "Product rule with $u = x^3$, $v = \\sin x$: $u' = 3x^2$, $v' = \\cos x$.",
            "$$\\frac{d}{dx}\\left(x^3\\sin x\\right) = 3x^2\\sin x + x^3\\cos x$$",
            "$\\boxed{3x^2\\sin x + x^3\\cos x}$",
        ),
        C,
    ),
    (
        "expression",
        "3x^2\\sin x + x^3\\cos x",
        _j("By the product rule, $(x^3 \\sin x)' = 3x^2 \\sin x + x^3 \\cos x$.", "$\\boxed{x^2(3\\sin x+x\\cos x)}$"),
        C,
    ),
    (
        "expression",
        "3x^2\\sin x + x^3\\cos x",
        _j("Differentiate each factor: $(x^3)' = 3x^2$ and $(\\sin x)' = \\cos x$.", "$\\boxed{3x^2\\cos x}$"),
        W,
    ),
    (
        "expression",
        "3x^2\\sin x + x^3\\cos x",
        _j("Product rule: $u'v + uv'$ with $u = x^3$, $v = \\sin x$.", "$$\\boxed{3x^2\\sin x - x^3\\cos x}$$"),
        W,
    ),
    (
        "expression",
        "\\frac{x-3}{2}",
        _sky(
            "Let $y = 2x + 3$. Swap: $x = 2y + 3$, so $y = (x-3)/2$.",
            "The inverse function is $f^{-1}(x) = \\dfrac{x-3}{2}$.",
        ),
        C,
    ),
    (
        "expression",
        "\\frac{x-3}{2}",
        _sky("Solve $y = 2x + 3$ for $x$: $x = \\frac{y - 3}{2}$.", "$f^{-1}(x) = \\frac{x}{2} - \\frac{3}{2}$"),
        C,
    ),
    (
        "expression",
        "\\frac{x-3}{2}",
        _sky("Undo the operations: subtract... no, add 3, then divide by 2.", "$f^{-1}(x) = \\boxed{\\frac{x+3}{2}}$"),
        W,
    ),
    (
        "expression",
        "(x-2)(x-3)",
        _j(
            "We need two numbers with product 6 and sum $-5$: they are $-2$ and $-3$.",
            "$$x^2 - 5x + 6 = \\boxed{(x-3)(x-2)}$$",
        ),
        C,
    ),
    (
        "expression",
        "(x-2)(x-3)",
        _j("Two numbers with product 6 and sum 5: 2 and 3.", "$$x^2 - 5x + 6 = \\boxed{(x+2)(x+3)}$$"),
        W,
    ),
    (
        "expression",
        "x^3+6x^2+12x+8",
        _minerva(
            "By the binomial theorem, $(x+2)^3 = x^3 + 3\\cdot 2x^2 + 3 \\cdot 4x + 8$.",
            "x^3 + 6x^2 + 12x + 8",
        ),
        C,
    ),
    (
        "expression",
        "x^3+6x^2+12x+8",
        _minerva("By the binomial theorem, $(x+2)^3 = x^3 + 3\\cdot 2x^2 + 3\\cdot 2x + 8$.", "x^3+6x^2+6x+8"),
        W,
    ),
    (
        "expression",
        "8x^6y^3",
        _j("Raise each factor to the third power: $2^3 = 8$, $(x^2)^3 = x^6$, $y^3$.", "$$(2x^2y)^3 = 8x^6y^3$$"),
        C,
    ),
    (
        "expression",
        "8x^6y^3",
        _j("Raise each factor to the third power: $2^3 = 8$, $(x^2)^3 = x^5$, $y^3$.", "$$(2x^2y)^3 = 8x^5y^3$$"),
        W,
    ),
    (
        "expression",
        "\\frac{n(n+1)}{2}",
        _r1(
            "Gauss's pairing: $1 + n$, $2 + (n-1)$, ... each pair sums to $n + 1$ and there are $n/2$ pairs.",
            "$$1 + 2 + \\cdots + n = \\boxed{\\frac{n^2+n}{2}}$$",
        ),
        C,
    ),
    (
        "expression",
        "\\frac{n(n+1)}{2}",
        _r1(
            "Gauss's pairing: $1 + n$, $2 + (n-1)$, ... each pair sums to $n + 1$ and there are $n/2$ pairs.",
            "$$1 + 2 + \\cdots + n = \\boxed{\\frac{n(n-1)}{2}}$$",
        ),
        W,
    ),
    (
        "expression",
        "e^{x^2}+C",
        _j(
            "Substitute $u = x^2$, $du = 2x\\,dx$: $\\int 2x e^{x^2}\\,dx = \\int e^u\\,du = e^u + C$.",
            "$$\\int 2x e^{x^2}\\,dx = \\boxed{e^{x^{2}} + C}$$",
        ),
        C,
    ),
    (
        "expression",
        "e^{x^2}+C",
        _j("Integrate $e^{x^2}$ and keep the factor $2x$ outside... giving", "$$\\boxed{2e^{x^2} + C}$$"),
        W,
    ),
]

# --------------------------------------------------------------------------------------------- equations

_LINE = r"""The slope through $(1, 3)$ and $(3, 7)$ is $\frac{7-3}{3-1} = 2$. Point-slope: $y - 3 = 2(x - 1)$."""

_CIRC = r"""The center is $(2, -1)$ and the radius is 3, so the standard form is $(x-h)^2 + (y-k)^2 = r^2$ with
$h = 2$, $k = -1$, $r^2 = 9$."""

_ROWS_EQN = [
    ("equation", "y=2x+1", _j(_LINE, "So the line is $\\boxed{y = 2x + 1}$."), C),
    ("equation", "y=2x+1", _r1(_LINE + " Expanding, $y = 2x - 2 + 3$.", "The equation of the line is $y=1+2x$."), C),
    ("equation", "y=2x+1", _j(_LINE.replace("y - 3", "y + 3"), "So the line is $\\boxed{y = 2x - 1}$."), W),
    ("equation", "(x-2)^2+(y+1)^2=9", _j(_CIRC, "$$\\boxed{(x - 2)^2 + (y + 1)^2 = 9}$$"), C),
    ("equation", "(x-2)^2+(y+1)^2=9", _j(_CIRC, "$$\\boxed{(x + 2)^2 + (y - 1)^2 = 9}$$"), W),
    ("equation", "(x-2)^2+(y+1)^2=9", _j(_CIRC, "$$(x-2)^2+(y+1)^2=3$$"), W),
    (
        "equation",
        "y=6x-9",
        _r1(
            "The derivative of $x^2$ is $2x$; at $x = 3$ the slope is 6 and the point is $(3, 9)$. Then"
            " $y - 9 = 6(x - 3)$, i.e. $y = 6x - 18 + 9$.",
            "**Tangent line:** $y = 6x - 9$",
        ),
        C,
    ),
    (
        "equation",
        "y=6x-9",
        _r1("Slope at $x = 3$ is $6$, point $(3, 9)$: $y - 9 = 6(x + 3)$.", "**Tangent line:** $y = 6x + 27$"),
        W,
    ),
    ("equation", "3", _j("$81 = 3^4$, so $x + 1 = 4$.", "$$x = 3$$"), C),
    ("equation", "3", _j("$81 = 3^4$, so $x = 4$.", "Therefore $x = \\boxed{4}$."), W),
    (
        "equation",
        "9",
        _r1(
            "$\\log_3 x + \\log_3(x-6) = \\log_3(x(x-6)) = 3$, so $x^2 - 6x = 27$, $(x-9)(x+3) = 0$. The root"
            " $x = -3$ is outside the domain because $\\log_3(-3)$ is undefined.",
            "The only solution is $\\boxed{9}$.",
        ),
        C,
    ),
    (
        "equation",
        "9",
        _r1(
            "$\\log_3 x + \\log_3(x-6) = 3$ gives $x(x-6) = 27$, so $(x-9)(x+3) = 0$.",
            "The solutions are $x = 9$ and $x = -3$.",
        ),
        W,
    ),
    (
        "equation",
        "6",
        _gsm("Subtract 5: 2x = 17 - 5 = <<17-5=12>>12.\nDivide by 2: x = 12 / 2 = <<12/2=6>>6.", "6"),
        C,
    ),
]

# --------------------------------------------------------------------------------------------- intervals, inequalities

_ROWS_INTV = [
    (
        "interval",
        "(2,3)",
        _j(
            "$x^2 - 5x + 6 = (x-2)(x-3)$, which is negative strictly between the roots.",
            "The solution set is $\\boxed{(2, 3)}$.",
        ),
        C,
    ),
    ("interval", "(2,3)", _minerva("The quadratic $(x-2)(x-3)$ is negative between its roots.", "2<x<3"), C),
    (
        "interval",
        "(2,3)",
        _j("The roots are 2 and 3, and the parabola opens upward.", "$$x \\in [2, 3]$$"),
        W,
    ),
    (
        "interval",
        "(2,3)",
        _j(
            "The roots are 2 and 3 and the parabola opens upward, so it is negative outside.",
            "$$x \\in (-\\infty, 2) \\cup (3, \\infty)$$",
        ),
        W,
    ),
    (
        "interval",
        "[5,\\infty)",
        _j("$2x - 7 \\ge 3 \\iff 2x \\ge 10 \\iff x \\ge 5$.", "In interval notation: $\\boxed{[5, \\infty)}$"),
        C,
    ),
    ("interval", "[5,\\infty)", _j("Add 7 and divide by 2.", "$$x \\geq 5$$"), C),
    ("interval", "[5,\\infty)", _j("$2x - 7 \\ge 3$, so $x \\ge 5$.", "$\\boxed{(5,\\infty)}$"), W),
    (
        "interval",
        "(-\\infty,-1)\\cup(3,\\infty)",
        _r1(
            "$|x - 1| > 2$ means $x - 1 > 2$ or $x - 1 < -2$, i.e. $x > 3$ or $x < -1$.",
            "$$x \\in \\left(-\\infty, -1\\right) \\cup \\left(3, \\infty\\right)$$",
        ),
        C,
    ),
    (
        "interval",
        "(-\\infty,-1)\\cup(3,\\infty)",
        _r1("$|x - 1| > 2$: $x > 3$ or $x < -1$.", "**Answer:** $x < -1$ or $x > 3$"),
        C,
    ),
    (
        "interval",
        "(-\\infty,-1)\\cup(3,\\infty)",
        _r1("$|x - 1| > 2$: $x \\ge 3$ or $x \\le -1$.", "$\\boxed{(-\\infty,-1]\\cup[3,\\infty)}$"),
        W,
    ),
    (
        "interval",
        "(-\\infty,-1)\\cup(3,\\infty)",
        _r1("$|x - 1| > 2$ means $-2 < x - 1 < 2$.", "$\\boxed{(-1,3)}$"),
        W,
    ),
    (
        "interval",
        "[2,5)\\cup(5,\\infty)",
        _j(
            "The square root needs $x - 2 \\ge 0$, i.e. $x \\ge 2$, and the denominator needs $x \\ne 5$.",
            "Domain: $\\boxed{[2,5)\\cup(5,\\infty)}$",
        ),
        C,
    ),
    (
        "interval",
        "[2,5)\\cup(5,\\infty)",
        _j(
            "The square root needs $x - 2 > 0$ and the denominator needs $x \\ne 5$.",
            "Domain: $(2,5)\\cup(5,\\infty)$",
        ),
        W,
    ),
    (
        "interval",
        "[2,5)\\cup(5,\\infty)",
        _j("The square root needs $x \\ge 2$.", "Domain: $\\boxed{[2,\\infty)}$"),
        W,
    ),
    (
        "interval",
        "[1,\\infty)",
        _sky(
            "$x^2 \\ge 0$ with equality at 0, so $x^2 + 1 \\ge 1$ and every value above 1 is attained.",
            "The range of $f$ is $[1, \\infty)$.",
        ),
        C,
    ),
    ("interval", "[1,\\infty)", _sky("$x^2 + 1 > 1$ for all $x$.", "The range is $\\boxed{(1, \\infty)}$."), W),
    ("interval", "x>4", _j("$3x - 5 > 7 \\Rightarrow 3x > 12$.", "$$\\boxed{(4,\\infty)}$$"), C),
    ("interval", "x>4", _j("$3x - 5 > 7 \\Rightarrow 3x > 12$.", "$$\\boxed{x>4}$$"), C),
    ("interval", "x>4", _j("$3x - 5 > 7 \\Rightarrow 3x \\ge 12$.", "$$\\boxed{x \\geq 4}$$"), W),
]

# --------------------------------------------------------------------------------------------- sets, several answers

_CUBIC = r"""Try small integer roots of $x^3 - 6x^2 + 11x - 6$: at $x = 1$, $1 - 6 + 11 - 6 = 0$. Divide:
$x^3 - 6x^2 + 11x - 6 = (x-1)(x^2 - 5x + 6) = (x-1)(x-2)(x-3)$."""

_ROWS_SET = [
    ("set", "1,2,3", _j(_CUBIC, "The roots are $x = 1, 2, 3$."), C),
    ("set", "1,2,3", _r1(_CUBIC, "$$\\boxed{\\{1, 2, 3\\}}$$"), C),
    ("set", "1,2,3", _j(_CUBIC, "So the solutions are $\\boxed{3}$, $\\boxed{2}$ and $\\boxed{1}$."), C),
    ("set", "1,2,3", _j(_CUBIC.replace("(x-2)(x-3)", "(x-2)(x-4)"), "The roots are $1, 2, 4$."), W),
    ("set", "1,2,3", _j("$x = 1$ is a root; the quadratic factor is $x^2 - 5x + 6$.", "Roots: $\\boxed{1, 2}$"), W),
    (
        "set",
        "-5, 3",
        _j("$x^2 + 2x - 15 = (x + 5)(x - 3)$.", "So $x = -5$ or $x = 3$."),
        C,
    ),
    ("set", "-5, 3", _minerva("$x^2 + 2x - 15 = (x+5)(x-3) = 0$.", "3, -5"), C),
    ("set", "-5, 3", _minerva("$x^2 + 2x - 15 = (x-5)(x+3) = 0$.", "5, -3"), W),
    (
        "set",
        "\\pm 4i",
        _j("$z^2 = -16 = 16 i^2$, so $z = \\pm 4i$.", "The solutions are $z = 4i$ and $z = -4i$."),
        C,
    ),
    ("set", "\\pm 4i", _j("$z^2 = -16$, take square roots.", "$$z = \\pm 4$$"), W),
    ("set", "\\pm 4i", _r1("$z^2 = -16$, so $z = \\pm\\sqrt{-16}$.", "$\\boxed{z=\\pm 4i}$"), C),
    (
        "set",
        "3",
        _j(
            "$|2x - 3| = 7$ means $2x - 3 = 7$ or $2x - 3 = -7$, so $x = 5$ or $x = -2$.",
            "The sum of the solutions is $5 + (-2) = \\boxed{3}$.",
        ),
        C,
    ),
    (
        "set",
        "3",
        _j("$|2x - 3| = 7$ means $2x - 3 = \\pm 7$.", "The solutions are $\\boxed{x = 5}$ and $\\boxed{x = -2}$."),
        W,
    ),
    (
        "set",
        "1, 3",
        _r1(
            "Characteristic polynomial of $\\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$:"
            " $(2-\\lambda)^2 - 1 = \\lambda^2 - 4\\lambda + 3 = (\\lambda-1)(\\lambda-3)$.",
            "The eigenvalues are $\\lambda = 3$ and $\\lambda = 1$.",
        ),
        C,
    ),
    (
        "set",
        "1, 3",
        _r1(
            "Characteristic polynomial: $(2-\\lambda)^2 + 1$... so $\\lambda^2 - 4\\lambda + 5$.",
            "$\\lambda = 2 \\pm i$",
        ),
        W,
    ),
]

# --------------------------------------------------------------------------------------------- ordered tuples

_ROWS_TUPLE = [
    ("tuple", "(4,3)", _j("Adding the equations: $2x = 8$, so $x = 4$ and $y = 3$.", "$\\boxed{(4, 3)}$"), C),
    ("tuple", "(4,3)", _j("Adding: $2x = 8$, $x = 4$; then $y = 7 - 4 = 3$.", "**Solution:** $x = 4$, $y = 3$"), C),
    ("tuple", "(4,3)", _j("Adding: $2y = 6$... so $y = 4$? Then $x = 3$.", "$\\boxed{(3, 4)}$"), W),
    (
        "tuple",
        "(2,3)",
        _j(
            "Complete the square: $x^2 - 4x + 7 = (x-2)^2 + 3$.",
            "The vertex is $\\boxed{\\left(2,\\,3\\right)}$.",
        ),
        C,
    ),
    ("tuple", "(2,3)", _j("$x^2 - 4x + 7 = (x-2)^2 + 3$.", "The vertex is at $(3, 2)$."), W),
    (
        "tuple",
        "(2,2)",
        _sky(
            "Midpoint of $(-2, 5)$ and $(6, -1)$: $\\left(\\frac{-2+6}{2}, \\frac{5-1}{2}\\right)$.",
            "The midpoint is $(2, 2)$.",
        ),
        C,
    ),
    (
        "tuple",
        "(2,2)",
        _sky(
            "Midpoint: average the coordinates. $\\frac{-2+6}{2} = 2$, $\\frac{5+1}{2} = 3$.",
            "The midpoint is $(2, 3)$.",
        ),
        W,
    ),
    (
        "tuple",
        "\\left( 3, \\frac{\\pi}{2} \\right)",
        _r1(
            "$r = \\sqrt{0^2 + 3^2} = 3$. The point $(0, 3)$ is on the positive $y$-axis, so $\\theta = \\pi/2$.",
            "In polar coordinates the point is $\\boxed{\\left(3, \\dfrac{\\pi}{2}\\right)}$.",
        ),
        C,
    ),
    (
        "tuple",
        "\\left( 3, \\frac{\\pi}{2} \\right)",
        _r1("$r = 3$ and $\\theta = \\arctan(3/0)$... the point is on the $y$-axis.", "$\\boxed{(3, \\pi)}$"),
        W,
    ),
    (
        "tuple",
        "\\left( 3, \\frac{\\pi}{2} \\right)",
        _r1("$r = 3$; the point is on the $y$-axis.", "$\\boxed{\\left(\\frac{\\pi}{2}, 3\\right)}$"),
        W,
    ),
    (
        "tuple",
        "\\left( 2, \\frac{5 \\pi}{3} \\right)",
        _j(
            "$r = \\sqrt{1 + 3} = 2$. The point $(1, -\\sqrt3)$ lies in quadrant IV, with reference angle $\\pi/3$,"
            " so $\\theta = 2\\pi - \\pi/3$.",
            "$$\\boxed{\\left(2, \\frac{5\\pi}{3}\\right)}$$",
        ),
        C,
    ),
    (
        "tuple",
        "\\left( 2, \\frac{5 \\pi}{3} \\right)",
        _j(
            "$r = 2$, reference angle $\\pi/3$, and I place it in quadrant II.",
            "$$\\left(2, \\frac{2\\pi}{3}\\right)$$",
        ),
        W,
    ),
    (
        "tuple",
        "(1,-2,3)",
        _r1(
            "From the third equation $z = 3$; back-substituting, $y + z = 1$ gives $y = -2$, and"
            " $x + y + z = 2$ gives $x = 1$.",
            "$(x, y, z) = \\boxed{(1, -2, 3)}$",
        ),
        C,
    ),
    (
        "tuple",
        "(1,-2,3)",
        _r1("Back-substitution: $z = 3$, $y = -2$, $x = 1$.", "The solution is $x=1$, $y=-2$, $z=3$."),
        C,
    ),
    ("tuple", "(1,-2,3)", _r1("Back-substitution: $z = 3$, $y = 2$, ...", "$\\boxed{(1, 2, 3)}$"), W),
    ("tuple", "(1,-2,3)", _r1("Back-substitution gives $z = 3$, $y = -2$, $x = 1$.", "$\\boxed{(3, -2, 1)}$"), W),
]

# --------------------------------------------------------------------------------------------- vectors, matrices

_ROWS_MAT = [
    (
        "matrix",
        "\\begin{pmatrix} 1 & -1 \\\\ -1 & 2 \\end{pmatrix}",
        _j(
            "For $\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$ the inverse is"
            " $\\frac{1}{ad - bc}\\begin{pmatrix} d & -b \\\\ -c & a \\end{pmatrix}$. Here $ad - bc = 2 - 1 = 1$.",
            "$$\\boxed{\\begin{bmatrix} 1 & -1 \\\\ -1 & 2 \\end{bmatrix}}$$",
        ),
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 1 & -1 \\\\ -1 & 2 \\end{pmatrix}",
        _minerva(
            "The determinant is $1$, so swap the diagonal and negate the off-diagonal.",
            "\\begin{pmatrix}1&-1\\\\-1&2\\end{pmatrix}",
        ),
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 1 & -1 \\\\ -1 & 2 \\end{pmatrix}",
        _j(
            "The determinant is 1; negate the off-diagonal entries.",
            "$$\\begin{pmatrix} 2 & -1 \\\\ -1 & 1 \\end{pmatrix}$$",
        ),
        W,
    ),
    (
        "matrix",
        "10",
        _j("$\\det\\begin{pmatrix} 3 & 2 \\\\ 1 & 4 \\end{pmatrix} = 3 \\cdot 4 - 2 \\cdot 1$.", "$= \\boxed{10}$"),
        C,
    ),
    ("matrix", "10", _j("$\\det = 3 \\cdot 4 + 2 \\cdot 1$.", "$= \\boxed{14}$"), W),
    (
        "matrix",
        "\\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}",
        _r1(
            "$A^2 = \\begin{pmatrix}1&1\\\\0&1\\end{pmatrix}\\begin{pmatrix}1&1\\\\0&1\\end{pmatrix}$: the top"
            " right entry is $1\\cdot1 + 1\\cdot1 = 2$.",
            "$$A^2 = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}$$",
        ),
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}",
        _r1("Square each entry of $A$.", "$$A^2 = \\begin{pmatrix} 1 & 1 \\\\ 0 & 1 \\end{pmatrix}$$"),
        W,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}",
        _r1("Multiply out $A \\cdot A$.", "$$A^2 = \\begin{pmatrix} 1 & 0 \\\\ 2 & 1 \\end{pmatrix}$$"),
        W,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 3 \\\\ 2 \\\\ -3 \\end{pmatrix}",
        _j(
            "$\\mathbf{a} \\times \\mathbf{b}$ for $\\mathbf a = (2, 3, 4)$, $\\mathbf b = (1, 0, 1)$:"
            " $(3\\cdot1 - 4\\cdot0,\\ 4\\cdot1 - 2\\cdot1,\\ 2\\cdot0 - 3\\cdot1)$.",
            "$$\\boxed{\\begin{pmatrix} 3 \\\\ 2 \\\\ -3 \\end{pmatrix}}$$",
        ),
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 3 \\\\ 2 \\\\ -3 \\end{pmatrix}",
        _j(
            "Compute $\\mathbf b \\times \\mathbf a$ component by component.",
            "$$\\boxed{\\begin{pmatrix} -3 \\\\ -2 \\\\ 3 \\end{pmatrix}}$$",
        ),
        W,
    ),
    (
        "matrix",
        "12",
        _j("$(1, 2, 3) \\cdot (4, -5, 6) = 4 - 10 + 18$.", "The dot product is $\\boxed{12}$."),
        C,
    ),
    ("matrix", "12", _j("$(1, 2, 3) \\cdot (4, -5, 6) = 4 + 10 + 18$.", "The dot product is $\\boxed{32}$."), W),
]

# --------------------------------------------------------------------------------------------- complex numbers

_ROWS_CPLX = [
    (
        "complex",
        "5+i",
        _j("$(2+3i)(1-i) = 2 - 2i + 3i - 3i^2 = 2 + i + 3$.", "$$\\boxed{5+i}$$"),
        C,
    ),
    ("complex", "5+i", _minerva("Expanding and using $i^2 = -1$: $2 - 2i + 3i + 3$.", "i + 5"), C),
    ("complex", "5+i", _j("$(2+3i)(1-i) = 2 - 2i + 3i - 3i^2 = 2 + i - 3$.", "$$\\boxed{-1+i}$$"), W),
    ("complex", "5+i", _j("$(2+3i)(1-i) = 2 + 2i - 3i + 3$.", "$$\\boxed{5-i}$$"), W),
    ("complex", "5", _j("$|3 - 4i| = \\sqrt{3^2 + (-4)^2} = \\sqrt{25}$.", "$|3-4i| = 5$"), C),
    (
        "complex",
        "-i",
        _r1("$2023 = 4 \\cdot 505 + 3$, so $i^{2023} = i^3 = -i$.", "$i^{2023} = \\boxed{-i}$"),
        C,
    ),
    ("complex", "-i", _r1("$2023 = 4 \\cdot 505 + 3$, so $i^{2023} = i^3$.", "$i^{2023} = \\boxed{i}$"), W),
    (
        "complex",
        "16",
        _j("$(1+i)^2 = 2i$, so $(1+i)^8 = (2i)^4 = 16 i^4$.", "$$(1+i)^8 = \\boxed{16}$$"),
        C,
    ),
    ("complex", "16", _j("$(1+i)^2 = 2i$, so $(1+i)^8 = (2i)^4$.", "$$(1+i)^8 = \\boxed{16i}$$"), W),
    (
        "complex",
        "1+2i",
        _sky(
            "Multiply by the conjugate of the denominator: $\\frac{(3+i)(1+i)}{(1-i)(1+i)} ="
            " \\frac{3 + 3i + i + i^2}{2}"
            " = \\frac{2 + 4i}{2}$.",
            "$\\dfrac{3+i}{1-i} = \\boxed{1 + 2i}$",
        ),
        C,
    ),
    (
        "complex",
        "1+2i",
        _sky("Multiply by the conjugate: $\\frac{(3+i)(1+i)}{2} = \\frac{4 + 2i}{2}$.", "$\\boxed{2 + i}$"),
        W,
    ),
    ("complex", "0", _j("Euler's identity says $e^{i\\pi} = -1$.", "Hence $e^{i\\pi} + 1 = \\boxed{0}$."), C),
]

# --------------------------------------------------------------------------------------------- multiple choice

_SQCUBE = r"""Perfect squares below 100: $1, 4, 9, \dots, 81$, that is 9 of them. Perfect cubes
below 100: $1, 8, 27, 64$, that is 4. Both (sixth powers): $1$ and $64$. By inclusion-exclusion, $9 + 4 - 2 = 11$.

The choices are $\textbf{(A)}\ 10 \qquad \textbf{(B)}\ 11 \qquad \textbf{(C)}\ 12 \qquad \textbf{(D)}\ 13 \qquad
\textbf{(E)}\ 14$."""

_PCT = r"""$30\%$ of $500$ is $150$, and $20\%$ of $150$ is $30$. The options were (A) 15, (B) 25, (C) 30, (D) 60,
(E) 150."""

_ROWS_CHOICE = [
    ("choice", "\\textbf{(B)}\\ 11", _j(_SQCUBE, "$\\boxed{\\textbf{(B)}}$"), C),
    ("choice", "\\textbf{(B)}\\ 11", _r1(_SQCUBE, "The answer is **(B) 11**."), C),
    ("choice", "\\textbf{(B)}\\ 11", _j(_SQCUBE, "$\\boxed{B}$"), C),
    (
        "choice",
        "\\textbf{(B)}\\ 11",
        _j(_SQCUBE.replace("$9 + 4 - 2 = 11$", "$9 + 4 - 1 = 12$"), "$\\boxed{\\textbf{(C)}\\ 12}$"),
        W,
    ),
    ("choice", "\\textbf{(B)}\\ 11", _j(_SQCUBE.replace("9 + 4 - 2 = 11", "9 + 4 - 3 = 10"), "**(A)**"), W),
    ("choice", "C", _j(_PCT, "$\\boxed{C}$"), C),
    ("choice", "C", _minerva(_PCT, "\\text{(C)}"), C),
    ("choice", "C", _sky(_PCT, "The correct option is (C) 30."), C),
    ("choice", "C", _j(_PCT.replace("is $30$", "is $60$"), "$\\boxed{D}$"), W),
    (
        "choice",
        "\\text{(E)}",
        _r1(
            "$2^x = 32 = 2^5$ so $x = 5$ and $x^2 = 25$. Options: (A) 5 (B) 10 (C) 16 (D) 20 (E) 25.",
            "$x^2 = 25$, which is choice $\\boxed{\\text{E}}$.",
        ),
        C,
    ),
    (
        "choice",
        "\\text{(E)}",
        _r1("$2^x = 32$ gives $x = 5$. Options: (A) 5 (B) 10 (C) 16 (D) 20 (E) 25.", "**Answer: (A)**"),
        W,
    ),
    (
        "choice",
        "\\textbf{(D)}",
        _j(
            "The interior angles of a hexagon sum to $(6-2)\\cdot 180^\\circ = 720^\\circ$.",
            "**Answer: (D) 720**",
        ),
        C,
    ),
    (
        "choice",
        "\\textbf{(D)}",
        _j(
            "The interior angles of a pentagon sum to $540^\\circ$, and a hexagon has the same.", "**Answer: (B) 540**"
        ),
        W,
    ),
    (
        "choice",
        "\\textbf{(D)}",
        _qwen3(
            "Sum of interior angles $= (n-2)\\cdot 180$. For $n = 6$ that's 720. Options: (A) 360, (B) 540, (C) 600,"
            " (D) 720, (E) 1080. So D.",
            "The sum of the interior angles is $720^\\circ$.\n\n**Answer: D**",
        )
        + "\n<|endoftext|>",
        C,
    ),
]

# --------------------------------------------------------------------------------------------- text answers

_ROWS_TEXT = [
    (
        "text",
        "\\text{No}",
        _j("Check small primes: $221 / 13 = 17$ exactly, so $221 = 13 \\times 17$.", "**No**, 221 is not prime."),
        C,
    ),
    (
        "text",
        "\\text{No}",
        _j("221 is odd, not divisible by 3 (digit sum 5), 7 ($7 \\cdot 31 = 217$), or 11.", "$\\boxed{\\text{Yes}}$"),
        W,
    ),
    (
        "text",
        "\\text{Wednesday}",
        _j(
            "$100 = 7 \\cdot 14 + 2$, so 100 days after a Monday is 2 days after a Monday.",
            "$\\boxed{\\text{Wednesday}}$",
        ),
        C,
    ),
    ("text", "\\text{Wednesday}", _gsm("100 = 7 * 14 + 2, so two days past Monday.", "Wednesday"), C),
    (
        "text",
        "\\text{Wednesday}",
        _j(
            "$100 = 7 \\cdot 14 + 2$, so 100 days after a Monday is 2 days after it, counting Monday as day one.",
            "The answer is **Tuesday**.",
        ),
        W,
    ),
    (
        "text",
        "3^{20}",
        _r1(
            "Compare $2^{30} = (2^3)^{10} = 8^{10}$ with $3^{20} = (3^2)^{10} = 9^{10}$. Since $9 > 8$, $3^{20}$ is"
            " larger.",
            "$\\boxed{3^{20}}$ is larger.",
        ),
        C,
    ),
    (
        "text",
        "3^{20}",
        _r1("$2^{30}$ has the larger exponent, 30 versus 20.", "$\\boxed{2^{30}}$"),
        W,
    ),
    (
        "text",
        "\\text{does not exist}",
        _j(
            "As $x \\to 0^+$, $1/x \\to +\\infty$; as $x \\to 0^-$, $1/x \\to -\\infty$. The"
            " one-sided limits disagree.",
            "Therefore the limit does not exist.",
        ),
        C,
    ),
    (
        "text",
        "\\text{does not exist}",
        _j("As $x \\to 0^+$, $1/x$ grows without bound.", "$$\\lim_{x\\to 0}\\frac1x = \\boxed{\\infty}$$"),
        W,
    ),
    (
        "text",
        "\\text{odd}",
        _sky(
            "$f(-x) = (-x)^3 - (-x) = -x^3 + x = -(x^3 - x) = -f(x)$.",
            "Since $f(-x) = -f(x)$ for all $x$, the function is **odd**.",
        ),
        C,
    ),
    (
        "text",
        "\\text{odd}",
        _sky("$f(-x) = -x^3 + x$, which is not equal to $f(x)$.", "$f$ is $\\boxed{\\text{neither}}$."),
        W,
    ),
    (
        "text",
        "\\text{parallelogram}",
        _j(
            "Sides: $(0,0)\\to(2,0)$ has length 2; $(2,0)\\to(3,2)$ has length $\\sqrt5$; opposite sides are parallel"
            " and equal, and adjacent sides are unequal, so it is not a rhombus; the slopes 0 and 2 are not"
            " perpendicular, so not a rectangle.",
            "The quadrilateral is a **parallelogram**.",
        ),
        C,
    ),
    (
        "text",
        "\\text{parallelogram}",
        _j("All four sides appear equal in the sketch.", "The quadrilateral is a $\\boxed{\\text{rhombus}}$."),
        W,
    ),
]

# -------------------------------------------------------------------------------------- units, percents, degrees

_ROWS_UNIT = [
    ("units", "60", _j("Speed = distance / time = 150 km / 2.5 h.", "$\\boxed{60\\text{ km/h}}$"), C),
    ("units", "60", "Average speed = 150 km ÷ 2.5 h = 60 km/h.", C),
    ("units", "60", "Average speed = 150 km ÷ 2.5 h = 600 km/h.", W),
    (
        "units",
        "3.6 \\text{ kg}",
        _j("Three boxes of 1.2 kg each: $3 \\times 1.2 = 3.6$.", "Total mass: $3.6\\,\\text{kg}$"),
        C,
    ),
    ("units", "3.6 \\text{ kg}", _j("Three boxes of 1.2 kg each: $3 \\times 12 = 36$.", "Total mass: **36 kg**"), W),
    (
        "units",
        "40",
        _j("The rectangle is 8 cm by 5 cm, so its area is $8 \\times 5$.", "$$A = 40\\ \\mathrm{cm}^2$$"),
        C,
    ),
    (
        "units",
        "40",
        _j("The rectangle is 8 cm by 5 cm; add all the sides.", "$$2(8 + 5) = \\boxed{26 \\text{ cm}}$$"),
        W,
    ),
    (
        "percent",
        "30\\%",
        _j("The increase is $39 - 30 = 9$, and $9/30 = 0.3$.", "The price rose by $\\boxed{30\\%}$."),
        C,
    ),
    ("percent", "30\\%", _j("The increase is $39 - 30 = 9$ out of 30.", "That is a 30 percent increase."), C),
    (
        "percent",
        "30\\%",
        _j("The increase is 9, and $9/39 \\approx 0.23$.", "The price rose by about $\\boxed{23\\%}$."),
        W,
    ),
    ("percent", "30\\%", _j("The new price is $39/30 = 1.3$ times the old one.", "**Answer:** $130\\%$"), W),
    (
        "degrees",
        "108^\\circ",
        _j(
            "Each interior angle of a regular $n$-gon is $\\frac{(n-2)\\cdot 180^\\circ}{n}$; for $n = 5$,"
            " $\\frac{540^\\circ}{5}$.",
            "$$\\boxed{108^{\\circ}}$$",
        ),
        C,
    ),
    ("degrees", "108^\\circ", "Interior angle = (5 − 2) × 180° / 5 = 108°.", C),
    ("degrees", "108^\\circ", _minerva("$\\frac{(5-2)\\cdot 180}{5} = 108$ degrees.", "108"), C),
    ("degrees", "108^\\circ", _j("Each exterior angle is $360^\\circ / 5$.", "$$\\boxed{72^\\circ}$$"), W),
    (
        "degrees",
        "80^\\circ",
        _r1(
            "Angles in ratio $2:3:4$ sum to $180^\\circ$, so $9k = 180$, $k = 20$; the angles are 40, 60, 80.",
            "The largest angle measures $80°$.",
        ),
        C,
    ),
    (
        "degrees",
        "80^\\circ",
        _r1("$9k = 180$, $k = 20$; the angles are 40, 60, 80.", "The largest angle: $60^\\circ$."),
        W,
    ),
]

# ------------------------------------------------------------------------------------ scientific notation, bases

_ROWS_SCI = [
    (
        "scientific",
        "1.2\\times10^{10}",
        _j(
            "$(3 \\times 10^4)(4 \\times 10^5) = 12 \\times 10^9$, and $12 = 1.2 \\times 10$.",
            "$$\\boxed{1.2 \\times 10^{10}}$$",
        ),
        C,
    ),
    (
        "scientific",
        "1.2\\times10^{10}",
        _minerva("Multiplying, $3 \\cdot 4 = 12$ and $10^4 \\cdot 10^5 = 10^9$.", "12000000000"),
        C,
    ),
    (
        "scientific",
        "1.2\\times10^{10}",
        _j("$3 \\cdot 4 = 12$ and $10^4 \\cdot 10^5 = 10^9$.", "$\\boxed{1.2 \\times 10^{9}}$"),
        W,
    ),
    (
        "scientific",
        "10^{-4}",
        _j("$(2.5 \\times 10^{-3})(4 \\times 10^{-2}) = 10 \\times 10^{-5}$.", "$$= 1 \\times 10^{-4}$$"),
        C,
    ),
    (
        "scientific",
        "10^{-4}",
        _j("$2.5 \\cdot 4 = 10$ and $10^{-3}\\cdot 10^{-2} = 10^{-5}$.", "So the product is $0.0001$."),
        C,
    ),
    (
        "scientific",
        "10^{-4}",
        _j("$2.5 \\cdot 4 = 10$, times $10^{-5}$... I'll drop the 10.", "$\\boxed{10^{-5}}$"),
        W,
    ),
    (
        "base",
        "5621_7",
        _r1(
            "$7^3 = 343$. $2024 = 5 \\cdot 343 + 309$; $309 = 6 \\cdot 49 + 15$; $15 = 2 \\cdot 7 + 1$. So the digits"
            " are 5, 6, 2, 1. Check: $1715 + 294 + 14 + 1 = 2024$.",
            "$2024_{10} = \\boxed{5621_7}$",
        ),
        C,
    ),
    ("base", "5621_7", _j("Repeated division by 7 gives remainders 1, 2, 6, 5.", "So $2024 = 5621_{7}$."), C),
    ("base", "5621_7", _j("Repeated division by 7 gives remainders 1, 2, 6, 5.", "So $2024 = \\boxed{1265_7}$."), W),
    ("base", "5621_7", _j("$2024 = 5 \\cdot 343 + 6 \\cdot 49 + 1 \\cdot 7 + 2$.", "So $2024 = \\boxed{5612_7}$."), W),
    ("base", "101101_2", _j("$45 = 32 + 8 + 4 + 1$.", "$45_{10} = 101101_2$"), C),
    ("base", "101101_2", _j("$45 = 32 + 8 + 2 + 1$... ", "$45_{10} = \\boxed{101011_2}$"), W),
    ("base", "27", _j("$123_4 = 1 \\cdot 16 + 2 \\cdot 4 + 3$.", "$= \\boxed{27}$"), C),
    ("base", "27", _j("$123_4 = 1 \\cdot 16 + 2 \\cdot 4 + 3 \\cdot 1$, that is 16 + 8 + 4.", "$= \\boxed{28}$"), W),
    (
        "base",
        "103_6",
        _sky(
            "$25_6 = 17$, $34_6 = 22$, sum $39 = 1\\cdot 36 + 0 \\cdot 6 + 3$. Or column by column:"
            " $5 + 4 = 9 = 13_6$,"
            " write 3 carry 1; $2 + 3 + 1 = 6 = 10_6$.",
            "$25_6 + 34_6 = \\boxed{103_6}$",
        ),
        C,
    ),
    ("base", "103_6", _sky("Add the columns: $5 + 4 = 9$, $2 + 3 = 5$.", "$25_6 + 34_6 = \\boxed{59_6}$"), W),
]

# ----------------------------------------------------------------------------------- more integers, mixed styles

_ROWS_MISC = [
    (
        "integer",
        "$35$",
        _j(
            "A decagon has 10 vertices. Each vertex connects to $10 - 3 = 7$ non-adjacent vertices, and each diagonal"
            " is counted twice.",
            "Number of diagonals $= \\dfrac{10 \\cdot 7}{2} = \\boxed{35}$.",
        ),
        C,
    ),
    ("integer", "35", _j("Choose any two of the 10 vertices.", "$\\binom{10}{2} = \\boxed{45}$"), W),
    ("integer", "18", _minerva("$252 = 2^2 \\cdot 3^2 \\cdot 7$ and $198 = 2 \\cdot 3^2 \\cdot 11$.", "18"), C),
    ("integer", "18", _minerva("$252 = 2^2 \\cdot 3^2 \\cdot 7$ and $198 = 2 \\cdot 3^2 \\cdot 11$.", "36"), W),
    (
        "integer",
        "2772",
        _j(
            "$\\operatorname{lcm}(252, 198) = \\frac{252 \\cdot 198}{\\gcd(252,198)} = \\frac{49896}{18}$.",
            "$= 2{,}772$",
        ),
        C,
    ),
    (
        "integer",
        "2772",
        _j("$\\operatorname{lcm} = 2^2 \\cdot 3^2 \\cdot 7 \\cdot 11$... that is", "$= \\boxed{2727}$"),
        W,
    ),
    ("integer", "13", "By the Pythagorean theorem the hypotenuse is sqrt(5^2 + 12^2) = sqrt(169) = 13.", C),
    ("integer", "13", "By the Pythagorean theorem the hypotenuse is sqrt(5^2 + 12^2) = sqrt(149).", W),
    ("integer", "12", _j("The legs are 4 and 6, so the area is $\\frac12 \\cdot 4 \\cdot 6$.", "Area $= 12$"), C),
    ("integer", "12", _j("Base 4, height 6.", "Area $= 4 \\cdot 6 = 24$"), W),
    (
        "integer",
        "96",
        _sky("A cube has 6 faces, each $4 \\times 4 = 16$.", "Surface area $= 6 \\cdot 16 = 96$ square units."),
        C,
    ),
    ("integer", "96", _sky("Side 4.", "Surface area $= 4^3 = \\boxed{64}$"), W),
    ("integer", "10", _j("$f(-2) = (-2)^2 - 3(-2) = 4 + 6$.", "$f(-2) = \\boxed{10}$"), C),
    ("integer", "10", _j("$f(-2) = (-2)^2 - 3(-2) = 4 - 6$.", "$f(-2) = \\boxed{-2}$"), W),
    (
        "integer",
        "2500",
        _j("The sum of the first $n$ odd numbers is $n^2$, and $1, 3, \\dots, 99$ has 50 terms.", "$50^2 = 2500$"),
        C,
    ),
    ("integer", "2500", _j("Sum $1 + 3 + \\dots + 99$: 50 terms averaging 51.", "$50 \\times 51 = 2550$"), W),
    ("integer", "20", _j("$\\frac{5!}{3!} = 5 \\cdot 4$.", "$\\boxed{20}$"), C),
    (
        "integer",
        "3025",
        _j("$\\sum_{k=1}^{10} k^3 = \\left(\\frac{10 \\cdot 11}{2}\\right)^2 = 55^2$.", "$= 3025$"),
        C,
    ),
    ("integer", "3025", _j("$\\sum_{k=1}^{10} k^3 = \\frac{10 \\cdot 11 \\cdot 21}{6}$.", "$= 385$"), W),
    (
        "integer",
        "3",
        _r1("$\\lim_{x\\to0} \\frac{\\sin 3x}{x} = 3 \\lim_{x \\to 0}\\frac{\\sin 3x}{3x} = 3$.", "$$\\boxed{3}$$"),
        C,
    ),
    ("integer", "3", _r1("$\\frac{\\sin 3x}{x} \\approx \\frac{\\sin 3x}{3x}$ near 0.", "$$\\boxed{1}$$"), W),
    ("integer", "59", _gsm("a_20 = 3 * 20 - 1 = <<3*20-1=59>>59", "59"), C),
    ("integer", "59", _gsm("a_20 = 3 * 21 - 1 = <<3*21-1=62>>62", "62"), W),
    ("integer", "18", _j("Mean $= \\frac{4 + 8 + 15 + 16 + 23 + 42}{6} = \\frac{108}{6}$.", "The mean is $18$."), C),
    ("integer", "18", _j("Mean: the middle two values are 15 and 16.", "The mean is $15.5$."), W),
    (
        "decimal",
        "15.5",
        _j("Sorted: 4, 8, 15, 16, 23, 42; median is the average of 15 and 16.", "Median $= \\frac{31}{2}$"),
        C,
    ),
    ("decimal", "15.5", _j("Sorted: 4, 8, 15, 16, 23, 42.", "Median $= 15$"), W),
    ("integer", "60", _j("BANANA: 6 letters, A three times, N twice.", "$\\frac{6!}{3!\\,2!} = \\boxed{60}$"), C),
    ("integer", "60", _j("BANANA: 6 letters, A three times.", "$\\frac{6!}{3!} = \\boxed{120}$"), W),
    ("integer", "1024", _j("$2^{10} = 1024$.", "So there are $\\boxed{1024}$ subsets."), C),
    ("integer", "64", _j("A set with 6 elements has $2^6$ subsets.", "$2^6 = \\boxed{64}$"), C),
    ("integer", "64", _j("Nonempty subsets of a 6-element set: $2^6 - 1$.", "$\\boxed{63}$"), W),
    (
        "integer",
        "3",
        _j("Distance $= \\frac{|3\\cdot 3 + 4 \\cdot 4 - 10|}{\\sqrt{3^2 + 4^2}} = \\frac{15}{5}$.", "$d = 3$"),
        C,
    ),
    (
        "integer",
        "3",
        _j("Distance $= \\frac{|3\\cdot 3 + 4 \\cdot 4 - 10|}{3^2 + 4^2} = \\frac{15}{25}$.", "$d = \\frac35$"),
        W,
    ),
    ("integer", "59048", _j("$S_{10} = \\frac{2(3^{10} - 1)}{3 - 1} = 3^{10} - 1$.", "$= 59048$"), C),
    ("integer", "59048", _j("$S_{10} = 2 \\cdot 3^{10} / 2 = 3^{10}$.", "$= 59049$"), W),
    (
        "fraction",
        "-\\frac{3}{2}",
        _j("The given slope is $\\frac23$; a perpendicular slope is its negative reciprocal.", "$m = -\\frac{3}{2}$"),
        C,
    ),
    (
        "fraction",
        "-\\frac{3}{2}",
        _j("The perpendicular slope is the reciprocal of $\\frac23$.", "$m = \\frac{3}{2}$"),
        W,
    ),
    ("fraction", "-\\frac{3}{2}", "Perpendicular slope = -1 / (2/3) = -1.5", C),
    ("integer", "1000000", _j("$100^3 = (10^2)^3 = 10^6$.", "$\\boxed{10^6}$"), C),
    (
        "limit",
        "\\infty",
        _j("$x^2$ grows without bound as $x \\to \\infty$.", "$$\\lim_{x \\to \\infty} x^2 = \\infty$$"),
        C,
    ),
    ("limit", "\\infty", _j("$-x^2$ decreases without bound.", "$$\\lim_{x \\to \\infty} (-x^2) = -\\infty$$"), W),
]

# ------------------------------------------------------------------------------ long reasoning, restated answers

_THREE_DIV = r"""Okay, so the question is how many positive integers $n < 100$ have exactly three positive divisors.

Let me think about which numbers have exactly three divisors. If $n = p_1^{a_1} \cdots p_k^{a_k}$, the number of
divisors is $(a_1 + 1)\cdots(a_k + 1)$. For this product to be 3, which is prime, there must be a single prime
with $a_1 + 1 = 3$, so $n = p^2$.

Wait, let me double-check with an example: $4 = 2^2$ has divisors 1, 2, 4. Yes, three. And $6$ has 1, 2, 3, 6, four
divisors. And $9$: 1, 3, 9. Good.

So I need primes $p$ with $p^2 < 100$, i.e. $p < 10$: $p = 2, 3, 5, 7$. Then $n = 4, 9, 25, 49$. What about
$p = 11$? $121 > 100$, too big.

Hmm, is 1 a candidate? 1 has only one divisor. No."""

_TRI = r"""We have 6 points, and exactly three of them lie on one line; no other three are collinear.

Any 3 of the 6 points form a triangle unless they are collinear. $\binom{6}{3} = 20$ choices of three points."""

_AREA = r"""The curves $y = x^2$ and $y = 2x$ meet where $x^2 = 2x$, i.e. $x = 0$ or $x = 2$. On $(0, 2)$ the line is
above the parabola (at $x = 1$: $2 > 1$)."""

_RECT = r"""Here's how to solve this problem:

**1. Set up the variables**

* Let the width be $w$. The length is twice the width, so $\ell = 2w$.

**2. Use the perimeter**"""

_QUART = r"""Let $u = x^2$. Then $u^2 - 5u + 4 = 0$, so $(u - 1)(u - 4) = 0$ and $u = 1$ or $u = 4$."""

_CRT = r"""**Step 1:** We need $n \equiv 2 \pmod 5$ and $n \equiv 3 \pmod 7$.

**Step 2:** The numbers $\equiv 3 \pmod 7$ are $3, 10, 17, 24, 31, \dots$

**Step 3:** Check each modulo 5: $3 \to 3$, $10 \to 0$, $17 \to 2$."""

_DIV6 = r"""Multiples of 6 between 1 and 50: $6, 12, \dots$. The count is $\lfloor 50/6 \rfloor$.
$6 \cdot 8 = 48 \le 50$
and $6 \cdot 9 = 54 > 50$."""

_EVEN12 = r"""The positive divisors of 12 are 1, 2, 3, 4, 6, 12 — six of them, each equally likely."""

_ROWS_LONG = [
    (
        "long",
        "4",
        _r1(
            _THREE_DIV + " So the answer should be 4.",
            "The integers with exactly three divisors are squares of"
            " primes. Below 100 these are $2^2, 3^2, 5^2, 7^2$.\n\n**Answer:** $\\boxed{4}$",
        )
        + _EOS_DS,
        C,
    ),
    (
        "long",
        "4",
        _r1(
            _THREE_DIV.replace(
                "Hmm, is 1 a candidate? 1 has only one divisor. No.", "Also $1 = 1^2$ fits the pattern."
            ),
            "The numbers are $1, 4, 9, 25, 49$, so there are $\\boxed{5}$ of them.",
        ),
        W,
    ),
    ("long", "4", _qwen3(_THREE_DIV, "Thus, there are 4 such integers: 4, 9, 25 and 49."), C),
    (
        "long",
        "19",
        _r1(
            _TRI + " So the answer is 20.\n\nWait, the three collinear points don't form a triangle. So I subtract"
            " that one choice: $20 - 1 = 19$.",
            "There are $\\binom63 = 20$ triples, minus the single collinear triple.\n\n$\\boxed{19}$",
        ),
        C,
    ),
    (
        "long",
        "19",
        _j(
            _TRI,
            "Excluding the collinear triple, that leaves $\\boxed{19}$ triangles.",
            "Hmm, actually, I should double-check whether the collinear triple needs to be removed. Since"
            " degenerate triangles still have three vertices, I'll keep it.",
            "**Final answer: 20**",
        ),
        W,
    ),
    (
        "long",
        "19",
        _j(
            _TRI,
            "**Answer: 20**",
            "Correction: three collinear points do not form a triangle, so the count is $20 - 1$.",
            "**Final answer: 19**",
        ),
        C,
    ),
    (
        "long",
        "\\frac{4}{3}",
        "## Setting up the integral\n\n" + _AREA + "\n\n## Computing\n\n"
        "$$A = \\int_0^2 (2x - x^2)\\,dx = \\left[x^2 - \\frac{x^3}{3}\\right]_0^2 = 4 - \\frac{8}{3}.$$\n\n"
        "## Answer\n\nThe area of the region is $\\boxed{\\dfrac{4}{3}}$ square units." + _OFFER,
        C,
    ),
    (
        "long",
        "\\frac{4}{3}",
        "## Setting up the integral\n\n" + _AREA + "\n\n## Computing\n\n"
        "$$A = \\int_0^2 x^2\\,dx = \\frac{8}{3}.$$\n\n## Answer\n\nThe area is $\\boxed{\\dfrac{8}{3}}$.",
        W,
    ),
    (
        "long",
        "\\frac{4}{3}",
        _sky(_AREA + " Area $= \\int_0^2 (2x - x^2)dx = 4 - 8/3 = 4/3$.", "The enclosed area is $\\frac{4}{3}$."),
        C,
    ),
    (
        "long",
        "50",
        _RECT + "\n\n* $2\\ell + 2w = 30$, so $4w + 2w = 30$ and $w = 5$, $\\ell = 10$.\n\n**3. Find the area**\n\n"
        "* Area $= \\ell \\times w = 10 \\times 5 = 50$\n\n**Therefore, the area of the rectangle"
        " is 50 square units.**",
        C,
    ),
    (
        "long",
        "50",
        _RECT + "\n\n* $\\ell + w = 30$, so $3w = 30$ and $w = 10$, $\\ell = 20$.\n\n**3. Find the area**\n\n"
        "* Area $= 20 \\times 10 = 200$\n\n**Therefore, the area of the rectangle is 200 square units.**",
        W,
    ),
    (
        "long",
        "-2,-1,1,2",
        _j(_QUART, "So $x^2 = 1$ or $x^2 = 4$, giving $\\boxed{-2}, \\boxed{-1}, \\boxed{1}, \\boxed{2}$."),
        C,
    ),
    ("long", "-2,-1,1,2", _j(_QUART, "The real solutions are $x = \\pm 1, \\pm 2$."), C),
    ("long", "-2,-1,1,2", _j(_QUART, "The solutions are $\\boxed{1}$ and $\\boxed{4}$."), W),
    ("long", "-2,-1,1,2", _j(_QUART, "Since $x^2 = u$, we get $x = 1$ or $x = 2$."), W),
    (
        "long",
        "11",
        _minerva("We have $g(2) = 2^2 - 1 = 3$, and then $f(3) = 3 \\cdot 3 + 2 = 11$.", "11"),
        C,
    ),
    (
        "long",
        "11",
        _minerva("We have $f(2) = 8$, and then $g(8) = 64 - 1 = 63$.", "63"),
        W,
    ),
    ("long", "17", _CRT + "\n\nSo $n = 17$.\n\nThe final answer is: $\\boxed{17}$" + _TAIL_LLAMA2, C),
    (
        "long",
        "17",
        _CRT + "\n\n**Step 4:** The next solution is $17 + 35 = 52$.\n\nThe final answer is: $\\boxed{52}$",
        W,
    ),
    (
        "long",
        "8",
        _r1(
            _DIV6 + " Hmm, at first I thought $\\boxed{7}$ because I started from 12, but 6 itself counts.",
            "The multiples of 6 from 1 to 50 are $6, 12, \\dots, 48$, which is $\\boxed{8}$ numbers.",
        ),
        C,
    ),
    (
        "long",
        "8",
        _r1(_DIV6 + " So 8.", "Including both 0 and 54 as boundary cases, the count is $\\boxed{9}$."),
        W,
    ),
    (
        "long",
        "\\frac{2}{3}",
        _j(
            _EVEN12,
            "Half of them are even, so the answer is $\\frac12$.",
            "Hmm, wait: the even ones are 2, 4, 6, 12, four of the six. So the probability is $\\frac46$.",
            "Final answer: $\\frac{2}{3}$",
        ),
        C,
    ),
    (
        "long",
        "\\frac{2}{3}",
        _j(
            _EVEN12,
            "The even ones are 2, 4, 6, 12, so the probability is $\\frac{4}{6} = \\frac{2}{3}$.",
            "Actually, 12 is the number itself and should be excluded, leaving 2, 4, 6 out of 1, 2, 3, 4, 6.",
            "Final answer: $\\frac{3}{5}$",
        ),
        W,
    ),
    (
        "long",
        "\\boxed{2\\sqrt{2}}",
        _j(
            "The diagonal of a square with side 2 is $2\\sqrt{2}$ by the Pythagorean theorem.",
            "$\\boxed{2\\sqrt{2}} \\approx 2.83$",
        ),
        C,
    ),
    (
        "long",
        "2\\sqrt{2}",
        _j("The diagonal is $\\sqrt{2^2 + 2^2} = \\sqrt{8}$.", "Diagonal: $\\fbox{$\\sqrt{8}$}$"),
        C,
    ),
    ("long", "2\\sqrt{2}", _j("The diagonal is $\\sqrt{2 + 2}$.", "Diagonal: $\\fbox{2}$"), W),
    ("long", "\\frac{\\sqrt{2}}{2}", "cos(45 deg) = 1/sqrt(2) = sqrt(2)/2\n\nAnswer: sqrt(2)/2", C),
    ("long", "\\frac{\\sqrt{2}}{2}", "cos(45 deg) = 1/2 * sqrt(3)\n\nAnswer: sqrt(3)/2", W),
    ("long", "x^2+2x+1", "Expanding (x + 1)^2 = x^2 + 2*x + 1.\n\nFinal answer: x^2 + 2*x + 1", C),
    ("long", "x^2+2x+1", "Expanding (x + 1)^2 = x^2 + 1.\n\nFinal answer: x^2 + 1", W),
    ("long", "1000000", _j("There are $10^6$ six-digit strings of digits.", "Answer: $1\\,000\\,000$"), C),
]

# --------------------------------------------------------------------------------------------- more correct forms

_ROWS_MORE = [
    (
        "fraction",
        "$\\frac{3}{8}$",
        _r1(
            "Four fair coin flips, exactly two heads: $\\binom42 = 6$ of the $16$ outcomes. So $6/16$, which reduces"
            " to $3/8$. Let me verify by listing: HHTT, HTHT, HTTH, THHT, THTH, TTHH. Six. Good.",
            "**Final Answer**\n\\[\n\\boxed{\\dfrac{3}{8}}\n\\]",
        ),
        C,
    ),
    (
        "fraction",
        "\\boxed{\\frac{3}{8}}",
        _sky(
            "Exactly two heads in four flips: choose which two flips are heads, $\\binom{4}{2} = 6$, out of"
            " $2^4 = 16$.",
            "The probability is $\\frac{6}{16} = \\frac{3}{8}$, i.e. $0.375$.",
        ),
        C,
    ),
    (
        "integer",
        "0",
        _qwen3(
            "Integers with $x^2 < 20$: $16 < 20 < 25$, so $|x| \\le 4$, i.e. $x \\in \\{-4, \\dots,"
            " 4\\}$. They pair off"
            " as $x$ and $-x$, so the sum is zero.",
            "The integers are $-4, -3, \\dots, 3, 4$; they cancel in pairs.\n\n**Answer:** $0$",
        ),
        C,
    ),
    (
        "integer",
        "0",
        _qwen3("Integers with $x^2 < 20$: $|x| \\le 4$. Summing $1 + 2 + 3 + 4$.", "**Answer:** $10$"),
        W,
    ),
    (
        "integer",
        "$401$",
        "**Solution.** Among $1,\\dots,1000$ there are $333$ multiples of $3$, $200$ of $5$ and $66$ of $15$."
        " The integers divisible by exactly one of $3$ and $5$ number $(333 - 66) + (200 - 66) = 267 + 134$.\n\n"
        "**Answer:** $\\mathbf{401}$",
        C,
    ),
    (
        "expression",
        "\\frac{x-3}{2}",
        "To find the inverse, write $y = 2x + 3$ and solve for $x$:\n\n"
        "$$x = \\frac{y-3}{2}.$$\n\nSwapping the variable names, **$f^{-1}(x) = \\tfrac{1}{2}(x - 3)$**.",
        C,
    ),
    (
        "radical",
        "\\frac{\\sqrt{2}}{2}",
        _j(
            "$\\sin\\frac{\\pi}{4} = \\cos\\frac{\\pi}{4}$ and their squares sum to 1.",
            "$$\\boxed{\\tfrac{\\sqrt 2}{2}}$$",
        ),
        C,
    ),
    (
        "pi",
        "36\\pi",
        "Using $V=\\tfrac{4}{3}\\pi r^{3}$ with $r=3$:\n\n$$V=\\tfrac43\\cdot27\\,\\pi=36\\pi\\ \\text{cm}^3.$$\n\n"
        "So the volume is $\\mathbf{36\\pi}$ cubic centimeters." + _TAIL_PHI,
        C,
    ),
    (
        "interval",
        "[1,\\infty)",
        _minerva("Since $x^2 \\ge 0$, $x^2 + 1 \\ge 1$, with equality at $x = 0$.", "[1,\\infty)"),
        C,
    ),
    (
        "complex",
        "-i",
        "The powers of $i$ repeat every four: $i, -1, -i, 1$. Since $2023 \\equiv 3 \\pmod 4$,"
        " $i^{2023} = i^3 = -i$.\n\nAnswer: $-i$" + _TAIL_GEMMA,
        C,
    ),
    (
        "integer",
        "120",
        _r1(
            "A committee of 3 from 10 people, order irrelevant: $\\binom{10}{3} = \\frac{10 \\cdot 9 \\cdot 8}{6}$."
            " $720 / 6 = 120$.",
            "There are $\\boxed{120}$ possible committees.",
        )
        + _EOS_QWEN,
        C,
    ),
    (
        "integer",
        "120",
        _r1("Ordered choices: $10 \\cdot 9 \\cdot 8 = 720$.", "There are $\\boxed{720}$ possible committees."),
        W,
    ),
    (
        "set",
        "1,2,3",
        "I'll use the rational root theorem: candidates are $\\pm1, \\pm2, \\pm3, \\pm6$.\n\n"
        "- $p(1) = 0$ ✓\n- $p(2) = 8 - 24 + 22 - 6 = 0$ ✓\n- $p(3) = 27 - 54 + 33 - 6 = 0$ ✓\n\n"
        "A cubic has at most three roots, so the roots are **1, 2, and 3**." + _TAIL_HUMAN,
        C,
    ),
    (
        "tuple",
        "(4,3)",
        "Adding the two equations eliminates $y$: $2x = 8$.\n\n| variable | value |\n|---|---|\n| $x$ | 4 |\n"
        "| $y$ | 3 |\n\nSo the solution is $(x, y) = (4, 3)$.",
        C,
    ),
    (
        "degrees",
        "108^\\circ",
        "Let me work through this step by step.\n\n1. The sum of the interior angles of a pentagon is"
        " $(5-2)\\times 180^\\circ = 540^\\circ$.\n2. A regular pentagon has five equal angles.\n\n"
        "$$\\frac{540^\\circ}{5} = 108^\\circ$$\n\nEach interior angle measures $\\boxed{108^\\circ}$.",
        C,
    ),
    (
        "equation",
        "y=2x+1",
        "Slope: m = (7 - 3) / (3 - 1) = 2\nIntercept: 3 = 2(1) + b, so b = 1\n\nAnswer: y = 2x + 1",
        C,
    ),
    (
        "word",
        "5",
        "Maria pays $12 for notebooks and $3 for pens, $15 altogether. From $20 she gets back **$5** in change.",
        C,
    ),
]


# ---------------------------------------------------------------------------------------- more long reasoning

_SUM5 = r"""Okay, let me parse the problem. We pick a number from $\{1, 2, 3, 4\}$ uniformly at random, put it back,
and pick again. We want the probability that the two numbers sum to 5.

Since we replace the number, the two picks are independent, and there are $4 \times 4 = 16$ equally likely
ordered outcomes.

Which ordered pairs sum to 5? $(1,4)$, $(2,3)$, $(3,2)$, $(4,1)$. That is 4 pairs. What about $(5, 0)$? 0 is not
in the set, so no.

Hmm, wait. Should I count $(2,3)$ and $(3,2)$ separately? Yes: the first and second picks are distinguishable,
and the 16 outcomes in the denominator are ordered too, so I must be consistent. So the probability is $4/16$."""

_ASIN = r"""Alright, $\arcsin\frac12$. The range of arcsine is $[-\frac{\pi}{2}, \frac{\pi}{2}]$. Which angle in
that range has sine $\frac12$? $\sin\frac{\pi}{6} = \frac12$. Also $\sin\frac{5\pi}{6} = \frac12$,
but $\frac{5\pi}{6}$ is outside the range.

Let me double-check: $\sin 30^\circ = \frac12$, and $30^\circ = \frac{\pi}{6}$ radians. Yes."""

_INEQ = """Here's a step-by-step solution:

**1. Isolate the variable term**

Subtract 5 from both sides:

$$-2x \\ge -4$$

**2. Divide by -2**
"""

_ROWS_LONG2 = [
    (
        "long",
        "\\frac{1}{4}",
        _r1(
            _SUM5,
            "There are $4^2 = 16$ equally likely ordered outcomes, and exactly four of them, $(1,4), (2,3), (3,2),"
            " (4,1)$, sum to 5.\n\n$$P = \\frac{4}{16} = \\boxed{\\frac{1}{4}}$$",
        )
        + _EOS_DS,
        C,
    ),
    (
        "long",
        "\\frac{1}{4}",
        _r1(
            _SUM5 + " So $\\boxed{\\frac14}$.",
            "Reading the problem again, the two numbers are drawn without replacement, so there are $4 \\cdot 3 = 12$"
            " ordered outcomes, four of which sum to 5.\n\n$$P = \\frac{4}{12} = \\boxed{\\frac{1}{3}}$$",
        ),
        W,
    ),
    (
        "long",
        "\\frac{1}{4}",
        _sky(_SUM5, "With replacement there are 16 outcomes and 4 favorable ones.", "The probability is $0.25$."),
        C,
    ),
    ("long", "\\frac{\\pi}{6}", _r1(_ASIN, "**Final Answer**\n\\[\n\\boxed{\\dfrac{\\pi}{6}}\n\\]"), C),
    (
        "long",
        "\\frac{\\pi}{6}",
        _r1(
            _ASIN.replace("but $\\frac{5\\pi}{6}$ is outside the range.", "and I'll take that one."),
            "**Final Answer**\n\\[\n\\boxed{\\dfrac{5\\pi}{6}}\n\\]",
        ),
        W,
    ),
    (
        "long",
        "(-\\infty,2]",
        _INEQ + "\nDividing by a negative number reverses the inequality:\n\n$$x \\le 2$$\n\n**Answer:** The"
        " solution set is $x \\le 2$, or in interval notation $(-\\infty, 2]$.",
        C,
    ),
    (
        "long",
        "(-\\infty,2]",
        _INEQ
        + "\n$$x \\ge 2$$\n\n**Answer:** The solution set is $x \\ge 2$, or in interval notation $[2, \\infty)$.",
        W,
    ),
    (
        "long",
        "(-\\infty,2]",
        _INEQ + "\nDividing by a negative number reverses the inequality:\n\n$$x < 2$$\n\n**Answer:** $(-\\infty, 2)$",
        W,
    ),
    (
        "word",
        "1210",
        "Year 1: $1000 \\cdot 1.10 = 1100$. Year 2: $1100 \\cdot 1.10 = 1210$.\n\n$$\\boxed{\\$1,\\!210}$$",
        C,
    ),
]


# ---------------------------------------------------------------------------------------- other written forms

_ROWS_FORMS = [
    ("fraction", "\\frac{4}{11}", _j(_REPEAT, "$36/99$ reduces to", "$\\boxed{4/11}$"), C),
    (
        "base",
        "5621_7",
        _minerva("Dividing repeatedly by 7: remainders 1, 2, 6, 5, read from the last.", "5621_{7}"),
        C,
    ),
    (
        "interval",
        "(2,3)",
        _j("The product $(x-2)(x-3)$ is negative only between 2 and 3.", "$\\{x \\mid 2 < x < 3\\}$"),
        C,
    ),
    ("radical", "3\\sqrt{5}", "d = √((4 − 1)² + (8 − 2)²) = √45 = 3√5\n\nThe distance is 3√5.", C),
    (
        "pi",
        "\\frac{3\\pi}{4}",
        "The principal value of arccos lies in $[0, \\pi]$, and cosine equals $-\\frac{\\sqrt2}{2}$ there only at"
        " $\\theta = \\dfrac{3\\pi}{4}$.\n\n**Answer:** $\\dfrac{3\\pi}{4}$" + _TAIL_LLAMA2,
        C,
    ),
    ("set", "-5, 3", _j("$x^2 + 2x - 15 = (x+5)(x-3)$.", "$$x \\in \\{-5,\\ 3\\}$$"), C),
    ("choice", "\\text{(E)}", _j("$x = 5$, so $x^2 = 25$.", "$\\boxed{(E)\\ 25}$"), C),
    (
        "expression",
        "x^3+6x^2+12x+8",
        _j("Pascal's row 1, 3, 3, 1 with powers of 2: $1, 6, 12, 8$.", "$(x+2)^3 = 8 + 12x + 6x^2 + x^3$"),
        C,
    ),
    ("expression", "\\frac{n(n+1)}{2}", _j("Pair the first and last terms.", "$$S_n = \\tfrac{1}{2}n(n+1)$$"), C),
    ("scientific", "1.2\\times10^{10}", _j("$3 \\cdot 4 = 12$ and $10^{4+5} = 10^9$.", "$$1.2 \\cdot 10^{10}$$"), C),
    ("percent", "30\\%", "Increase = 39 - 30 = 9. Percent increase = 9/30 × 100 = 30%.\n\n**30%**", C),
]

# --------------------------------------------------------------------------------------------- truncated

_ROWS_TRUNC = [
    ("truncated", "4", "<think>\n" + _MOD + "\n\nNow $3^4 = 81$, and $81 = 7 \\cdot 11 +", T),
    ("truncated", "1170", _SIGMA + "\n\nComputing the first factor, $1 + 2 + 4 + 8 =", T),
    (
        "truncated",
        "401",
        "<think>\n" + _AIME_CNT + " Wait, do I subtract 66 once or twice? Inclusion-exclusion already subtracted"
        " the multiples of 15 once, so they are counted exactly once in 467. To exclude them entirely I",
        T,
    ),
    ("truncated", "34650", "<|begin_of_thought|>\n\n" + _MISS + "\n\nLet me compute $24 \\cdot 24 = 576$, then", T),
    (
        "truncated",
        "\\frac{5}{36}",
        "<think>\nTwo dice, sum 8. The pairs: (2,6), (3,5), (4,4), (5,3), (6,2). Hmm, should (4,4) count once or"
        " twice? The dice are distinguishable, so each ordered pair is one outcome, and (4,4) is a single outcome."
        " That gives",
        T,
    ),
    (
        "truncated",
        "3\\sqrt{5}",
        "## Step 1: Identify the coordinates\n\nThe points are $(1, 2)$ and $(4, 8)$.\n\n"
        "## Step 2: Apply the distance formula\n\n$$d = \\sqrt{(4-1)^2 + (8-2)^2}$$\n\n## Step 3:",
        T,
    ),
    (
        "truncated",
        "25\\pi",
        "<think>\nOkay, a circle inscribed in a square of side 10. The circle touches all four sides, so its diameter"
        " equals the side length. So the diameter is 10 and the radius is",
        T,
    ),
    (
        "truncated",
        "x+3",
        "<think>\nSimplify $\\frac{x^2-9}{x-3}$. The numerator is a difference of squares. Let me make sure about the"
        " domain first: $x \\neq 3$. Then the numerator factors as",
        T,
    ),
    (
        "truncated",
        "(2,3)",
        "<think>\n" + "Solve $x^2 - 5x + 6 < 0$. Factor: $(x-2)(x-3) < 0$. Test the intervals:"
        " for $x < 2$, both factors negative, product positive; for $2 < x < 3$,",
        T,
    ),
    ("truncated", "1,2,3", "<|begin_of_thought|>\n\n" + _CUBIC + "\n\nNow I should double check each root by", T),
    (
        "truncated",
        "\\begin{pmatrix} 1 & -1 \\\\ -1 & 2 \\end{pmatrix}",
        "<think>\nThe inverse of a $2\\times2$ matrix $\\begin{pmatrix} a & b \\\\ c & d\\end{pmatrix}$ is"
        " $\\frac{1}{ad-bc}\\begin{pmatrix} d & -b \\\\ -c & a\\end{pmatrix}$. Here $a = 2$, $b = 1$, $c = 1$,"
        " $d = 1$, so $ad - bc =",
        T,
    ),
    (
        "truncated",
        "5+i",
        "To multiply $(2+3i)(1-i)$, I'll use FOIL:\n\n- First: $2 \\cdot 1 = 2$\n- Outer: $2 \\cdot (-i) = -2i$\n"
        "- Inner: $3i \\cdot 1 = 3i$\n- Last:",
        T,
    ),
    (
        "truncated",
        "\\textbf{(B)}\\ 11",
        "<think>\nPerfect squares below 100: 1, 4, 9, 16, 25, 36, 49, 64, 81. That's 9. Perfect cubes below 100:"
        " 1, 8, 27, 64. That's 4. Now the overlap: numbers that are both squares and cubes are sixth powers,"
        " so 1 and",
        T,
    ),
    (
        "truncated",
        "\\text{Wednesday}",
        "<think>\nLet me figure out the day 100 days after a Monday. Days repeat every 7. $100 \\div 7 = 14$"
        " remainder",
        T,
    ),
    (
        "truncated",
        "30\\%",
        "The price went from \\$30 to \\$39. The percent increase is\n\n$$\\frac{39 - 30}{30} \\times 100\\% =",
        T,
    ),
    (
        "truncated",
        "5621_7",
        "<think>\nConvert 2024 to base 7. Powers of 7: 1, 7, 49, 343, 2401. Since 2401 > 2024, the leading place is"
        " $343$. $2024 / 343$: $343 \\cdot 5 = 1715$, $343 \\cdot 6 = 2058$, too big. So the leading digit is 5 and"
        " the remainder is $2024 - 1715 = 309$. Next, $309 / 49$:",
        T,
    ),
    ("truncated", "4", "<think>\n" + _THREE_DIV + "\n\nSo the numbers are 4, 9, 25, and", T),
    (
        "truncated",
        "\\frac{4}{3}",
        "## Setting up the integral\n\n" + _AREA + "\n\n## Computing\n\n$$A = \\int_0^2 (2x - x^2)\\,dx ="
        " \\left[x^2 - \\frac{x^3}{3}\\right]_0^2$$\n\nEvaluating at the upper limit,",
        T,
    ),
]

TENTH: tuple[tuple[str, str, str, str], ...] = tuple(
    _ROWS_INT
    + _ROWS_WORD
    + _ROWS_FRAC
    + _ROWS_RAD
    + _ROWS_PI
    + _ROWS_EXPR
    + _ROWS_EQN
    + _ROWS_INTV
    + _ROWS_SET
    + _ROWS_TUPLE
    + _ROWS_MAT
    + _ROWS_CPLX
    + _ROWS_CHOICE
    + _ROWS_TEXT
    + _ROWS_UNIT
    + _ROWS_SCI
    + _ROWS_MISC
    + _ROWS_LONG
    + _ROWS_MORE
    + _ROWS_LONG2
    + _ROWS_FORMS
    + _ROWS_TRUNC
)


# Rows the lead wrote while fixing TENTH's first-contact misses (in-sample, like NINTH_FIXES): each class with
# its edges, negatives included.
_LONG_CUT = "Let me set up the congruences carefully.\n\n" + "We try the next residue and check it again. " * 60
TENTH_FIXES: list[tuple[str, str, str, str]] = [
    # a closing paragraph of bare math: a display, an inline span, a label before it, units after it
    ("closing_math", "[5,\\infty)", "Add 7 and divide by 2.\n\n$$x \\geq 4$$", W),
    ("closing_math", "12", "The legs are 4 and 6.\n\nArea $= 12$ square units.", C),
    ("closing_math", "12", "The legs are 4 and 6.\n\nArea $= 24$", W),
    ("closing_math", "2772", "Divide the product by the gcd.\n\n$= 2{,}772$", C),
    ("closing_math", "2500", "<think>fifty odd numbers</think>\n\n$50^2 = 2500$", C),
    ("closing_math", "\\sqrt{3}", "<think>tan is sin over cos</think>\n\n\\[\\tan\\frac{\\pi}{3}=\\sqrt{2}\\]", W),
    ("closing_math", "30\\%", "Nine out of thirty.\n\n**30%**", C),
    ("closing_math", "30\\%", "Nine out of thirty.\n\n**3%**", W),
    # a display that stops at an operator states nothing
    # A display that stops on `=` is a cut (no_answer here before SIXTEENTH's fixes; FIFTEENTH and SIXTEENTH label
    # the class truncated).
    ("closing_math", "7", "We simplify both sides.\n\n$$2x + 3 =$$", "truncated"),
    # a closing line of plain math on a paragraph of its own (a short text: a long one may be cut off there)
    ("equation_line", "\\frac{5}{36}", "Five outcomes of thirty-six.\n\nP(sum = 8) = 5/36", C),
    ("equation_line", "\\frac{5}{36}", "Five outcomes of thirty-six.\n\nP(sum = 8) = 5/3", W),
    ("equation_line", "-\\frac{3}{2}", "Perpendicular slope = -1 / (2/3) = -1.5", C),
    ("equation_line", "60", "Average speed = 150 km ÷ 2.5 h = 60 km/h.", C),
    ("equation_line", "13", "The hypotenuse is sqrt(5^2 + 12^2) = sqrt(169) = 13.", C),
    ("equation_line", "84", _LONG_CUT + "\n\nSo, age = 7m = 7(12n + 11) = 8", T),
    # dollar amounts do not leave a math span open
    ("currency", "1210", "After two years: $1100 \\times 1.1 = 1210$.\n\n**The balance is \\$1{,}210.**", C),
    ("currency", "5", "She pays $12 and $3, $15 in all. From $20 she gets back **$5** in change.", C),
    ("currency", "5", "She pays $12 and $3, $15 in all. From $20 she gets back **$6** in change.", W),
    # `#### word`, a count word, `does not exist`, one bold value in the closing sentence
    ("closing_words", "\\text{Wednesday}", "Two days past Monday.\n#### Wednesday", C),
    ("closing_words", "\\text{Wednesday}", "Two days past Monday.\n#### Tuesday", W),
    ("closing_words", "12", "Let Tom have $t$ apples, so $3t = 36$.\n\nTom has twelve apples.", C),
    ("closing_words", "12", "Let Tom have $t$ apples, so $3t = 33$.\n\nTom has eleven apples.", W),
    ("closing_words", "\\text{does not exist}", "The limits differ.\n\nTherefore the limit does not exist.", C),
    ("closing_words", "\\text{odd}", "Since $f(-x) = -f(x)$, the function is **odd**.", C),
    ("closing_words", "\\text{odd}", "Since $f(-x) = f(x)$, the function is **even**.", W),
    ("closing_words", "\\text{No}", "$221 = 13 \\times 17$.\n\n**No**, 221 is not prime.", C),
    ("closing_words", "1,2,3", "Each root checks out, so the roots are **1, 2, and 3**.", C),
    ("closing_words", "1,2,3", "Each root checks out, so the roots are **1, 2, and 4**.", W),
    # a bold sentence is not a bold value
    ("closing_words", "48", "**Therefore, the area is 48 square units.**", C),
    # a count before its list, a quantity with any verb, a percent in words
    ("closing_prose", "4", "<think>p = 2, 3, 5, 7</think>\n\nThus, there are 4 such integers: 4, 9, 25 and 49.", C),
    ("closing_prose", "49", "<think>p = 2, 3, 5, 7</think>\n\nThus, there are 4 such integers: 4, 9, 25 and 49.", W),
    ("closing_prose", "150", "Distance is speed times time.\n\nThe train travels 150 miles.", C),
    ("closing_prose", "150", "Distance is speed times time.\n\nThe train travels 140 miles.", W),
    ("closing_prose", "30\\%", "Nine out of thirty.\n\nThat is a 30 percent increase.", C),
    ("closing_prose", "30\\%", "Nine out of thirty.\n\nThat is a 3 percent increase.", W),
    ("closing_prose", "25\\pi", "The radius is 5, so the area is π·5² = 25π.", C),
    ("closing_prose", "3\\sqrt{5}", "d = √45.\n\nThe distance is 3√5.", C),
    ("closing_prose", "3\\sqrt{5}", "d = √45.\n\nThe distance is 5√3.", W),
    # a sentence finished by a (bold) inline span after its lead-in; a value restated after `i.e.`
    ("closing_prose", "\\frac{x-3}{2}", "Swapping the names, **$f^{-1}(x) = \\tfrac{1}{2}(x - 3)$**.", C),
    ("closing_prose", "\\frac{x-3}{2}", "Swapping the names, **$f^{-1}(x) = \\tfrac{1}{2}(x + 3)$**.", W),
    ("closing_prose", "\\frac{3}{8}", "The probability is $\\frac{6}{16} = \\frac{3}{8}$, i.e. $0.375$.", C),
    # a statement whose value is prose around one math span (an aside in parentheses, a restatement)
    ("statement_prose", "6\\pi", "**Final answer:** the sector has area $6\\pi$ (and arc length $2\\pi$).", C),
    ("statement_prose", "2\\pi", "**Final answer:** the sector has area $6\\pi$ (and arc length $2\\pi$).", W),
    ("statement_prose", "(-\\infty,2]", "**Answer:** It is $x \\le 2$, or in interval notation $(-\\infty, 2]$.", C),
    ("statement_prose", "(-\\infty,2)", "**Answer:** It is $x \\le 2$, or in interval notation $(-\\infty, 2]$.", W),
    # comparison: set-builder notation, `\lambda` as a label, a leading `=`
    ("compare", "(2,3)", "$\\boxed{\\{x \\mid 2 < x < 3\\}}$", C),
    ("compare", "(2,3]", "$\\boxed{\\{x \\mid 2 < x < 3\\}}$", W),
    ("compare", "[5,\\infty)", "$\\boxed{\\{x \\in \\mathbb{R} : x \\geq 5\\}}$", C),
    ("compare", "1, 3", "The eigenvalues are $\\lambda = 3$ and $\\lambda = 1$.", C),
    ("compare", "1, 4", "The eigenvalues are $\\lambda = 3$ and $\\lambda = 1$.", W),
    ("compare", "10^{-4}", "Multiply the mantissas.\n\n$$= 1 \\times 10^{-4}$$", C),
    ("compare", "10^{-5}", "Multiply the mantissas.\n\n$$= 1 \\times 10^{-4}$$", W),
]
