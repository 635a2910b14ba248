"""SIXTH: held-out labelled answer-verification pairs, written blind by a helper session (issue 12).

Written on 2026-12-01 by the helper session on branch h/batch6, without reading toolkit/longcot/verify/ or any
other labelled batch in tests/verify/ (only the first 40 lines of outside_fifth.py, to copy the row format),
and committed before longcot or math-verify graded any of its pairs, so its first run is a first-contact
number. Every pair was invented for this file; each label was checked by hand (sympy used by hand for the
equivalences, never the verifier). Rows are `(category, gold, whole model response, expected verdict)`; the
classes are those of issue 12 sections 1-2 (categories: find, compare, gold, choice, precision), about 40%
of them close negatives. Pairs on which a reasonable grader could disagree (rounded values against exact
golds, a vector against a tuple) were left out.
"""

from __future__ import annotations


C, W = "correct", "incorrect"


def _p(*parts: str) -> str:
    """Paragraphs joined by blank lines."""
    return "\n\n".join(parts)


def _r1(think: str, *summary: str) -> str:
    """A DeepSeek-R1 / QwQ response: reasoning in think tags, then a summary."""
    return "<think>\n" + think + "\n</think>\n\n" + _p(*summary)


_T_DICE = _p(
    "Okay, so two fair six-sided dice are rolled and I need the probability that the sum is 8.",
    "The ordered pairs with sum 8: (2,6), (3,5), (4,4), (5,3), (6,2). That's 5 outcomes. The total number of "
    "outcomes is 6*6 = 36.",
    "Wait, should (4,4) be counted twice? No, as an ordered pair it is a single outcome. So 5 out of 36.",
    "Let me sanity-check against the sum 7, which has 6 outcomes, the most of any sum; 8 has one fewer, 5. "
    "Good, 5/36.",
)
_T_DICE_WRONG = _p(
    "Okay, two dice, sum equal to 8. Pairs: (2,6), (3,5), (4,4). Since order doesn't matter for the sum, "
    "I count 3 pairs, but (2,6) and (6,2) are different outcomes... hmm, the sample space of 36 is ordered.",
    "Actually let me just count unordered pairs over unordered outcomes: 3 favourable out of 21 unordered "
    "outcomes, which gives 3/21 = 1/7.",
)
_T_DIV = _p(
    "The positive divisors of 12 are 1, 2, 3, 4, 6, 12.",
    "Sum: 1+2 = 3, 3+3 = 6, 6+4 = 10, 10+6 = 16, 16+12 = 28.",
    "Hmm, does the question want proper divisors? It says 'all positive divisors', so 12 itself is included. "
    "Check with the formula: 12 = 2^2 * 3, sigma = (1+2+4)(1+3) = 7*4 = 28. Yes.",
)
_T_DIV_PROPER = _p(
    "The divisors of 12 other than 12 itself are 1, 2, 3, 4, 6, and they sum to 16.",
    "Wait, the problem says proper divisors, I think. Yes, I'll go with the proper divisors: 16.",
)
_T_LINE = _p(
    "The line passes through (1, 5) and (3, 9). Slope m = (9 - 5)/(3 - 1) = 4/2 = 2.",
    "Point-slope: y - 5 = 2(x - 1), so y = 2x - 2 + 5 = 2x + 3.",
    "Check the second point: 2*3 + 3 = 9. Correct.",
)
_T_COMMITTEE = _p(
    "We choose a president, a vice-president and a treasurer from 8 people, no one holding two offices.",
    "The president can be any of 8, then the vice-president any of the remaining 7, then the treasurer any of "
    "6, giving 8*7*6.",
    "8*7 = 56, 56*6 = 336.",
    "Hmm, but should I divide by 3! because the three people form a group? No: the offices are distinct, so "
    "order matters. 336.",
)
_T_TRUNC = _p(
    "We need the number of lattice points strictly inside the triangle with vertices (0,0), (12,0), (0,9).",
    "By Pick's theorem, A = I + B/2 - 1. The area is 12*9/2 = 54. Boundary points: on the x-axis 12, on the "
    "y-axis 9, and on the hypotenuse gcd(12, 9) = 3, so B = 12 + 9 + 3 = 24.",
    "Hmm, wait, let me recount the boundary before using the formula. The segment from (0,0) "
    "to (12,0) has 13 lattice points including both ends, the one from (0,0) to (0,9) has 10, and the",
)
_T_CONTRA = _p(
    "We count the arrangements of the letters of ABBA-like strings of length 4 with two A's and two B's, "
    "up to reversal.",
    "Total arrangements: 4!/(2!2!) = 6: AABB, ABAB, ABBA, BAAB, BABA, BBAA. Reversal pairs AABB with BBAA, "
    "ABAB with BABA, and fixes ABBA and BAAB. So classes: 2 + 2 = 4.",
)

_T_INRADIUS = _p(
    "Right triangle with legs 3 and 4, so the hypotenuse is 5. I need the inradius.",
    "Area A = (1/2)(3)(4) = 6. Semiperimeter s = (3 + 4 + 5)/2 = 6. So r = A/s = 6/6 = 1.",
    "Alternatively, for a right triangle r = (a + b - c)/2 = (3 + 4 - 5)/2 = 1. Both agree.",
    "Hmm, the problem might want the circumradius instead? No, it says inscribed circle. So r = 1.",
)

_LLAMA_TAIL = (
    "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nThanks! What if she had started with 20 apples?<|eot_id|>"
)
_QWEN_TAIL = "<|im_end|>\n<|im_start|>user\nCan you double-check step 2?<|im_end|>\n<|im_start|>assistant\n"
_GEMMA_TAIL = "<end_of_turn>\n<start_of_turn>user\nok, and the next one?<end_of_turn>\n"
_MISTRAL_TAIL = "</s>[INST] Now do the same for n = 10. [/INST]"

SIXTH: list[tuple[str, str, str, str]] = [
    # --- finding the answer: R1 / QwQ think blocks, then a summary
    ("find", r"\frac{5}{36}", _r1(_T_DICE, r"The probability is $\boxed{\dfrac{5}{36}}$."), C),
    ("find", r"\frac{5}{36}", _r1(_T_DICE_WRONG, r"**Final Answer**", r"\[ \boxed{\dfrac{1}{7}} \]"), W),
    (
        "find",
        "28",
        _r1(_T_DIV, "The sum of all positive divisors of $12$ is", r"$$\boxed{28}$$"),
        C,
    ),
    ("find", "28", _r1(_T_DIV_PROPER, r"The sum is $\boxed{16}$."), W),
    ("find", "y=2x+3", _r1(_T_LINE, r"### Final Answer", r"The equation of the line is $\boxed{y = 2x + 3}$."), C),
    ("find", "y=2x+3", _r1(_T_LINE, r"### Final Answer", r"The equation of the line is $\boxed{y = 2x - 3}$."), W),
    ("find", "336", _r1(_T_COMMITTEE, r"There are $8 \cdot 7 \cdot 6 = \boxed{336}$ ways."), C),
    ("find", "56", _r1(_T_COMMITTEE, r"There are $8 \cdot 7 \cdot 6 = \boxed{336}$ ways."), W),
    # truncated: the think block never closes and no final answer is given
    # The two truncated negatives: labelled W ("not correct") by the writer; the table states their exact
    # status, `truncated` (set by the lead when SIXTH joined the table, after its first contact).
    ("find", "43", "<think>\n" + _T_TRUNC, "truncated"),
    ("find", "336", "<think>\n" + _T_COMMITTEE[:200], "truncated"),
    # stated, then corrected: the last statement wins
    (
        "find",
        "4",
        _r1(
            _T_CONTRA,
            r"So the answer is $\boxed{6}$.",
            "Wait, I forgot that the problem identifies a string with its reversal. Pairing AABB with BBAA and "
            "ABAB with BABA leaves 4 classes.",
            r"**Final answer:** $\boxed{4}$",
        ),
        C,
    ),
    (
        "find",
        "6",
        _r1(
            _T_CONTRA,
            r"So the answer is $\boxed{6}$.",
            "Wait, I forgot that the problem identifies a string with its reversal. Pairing AABB with BBAA and "
            "ABAB with BABA leaves 4 classes.",
            r"**Final answer:** $\boxed{4}$",
        ),
        W,
    ),
    (
        "find",
        "8",
        _p(
            "The smallest such $n$ should be $7$. Checking: $7^2 + 1 = 50$, which is not divisible by $65$, "
            "so $7$ fails.",
            "Trying $n = 8$: $8^2 + 1 = 65$, which works.",
            "Answer: 8",
        ),
        C,
    ),
    (
        "find",
        "7",
        _p(
            "The smallest such $n$ should be $7$. Checking: $7^2 + 1 = 50$, which is not divisible by $65$, "
            "so $7$ fails.",
            "Trying $n = 8$: $8^2 + 1 = 65$, which works.",
            "Answer: 8",
        ),
        W,
    ),
    (
        "find",
        "8",
        r"<think>" + "\nLet me try 9 first... 9 works? so the answer is \\boxed{9}? Hmm, no: 9 fails the parity "
        "condition, and 8 works.\n</think>\n\nThe answer is 8.",
        C,
    ),
    (
        "find",
        "9",
        r"<think>" + "\nLet me try 9 first... 9 works? so the answer is \\boxed{9}? Hmm, no: 9 fails the parity "
        "condition, and 8 works.\n</think>\n\nThe answer is 8.",
        W,
    ),
    # Minerva
    ("find", r"2\sqrt{5}", "Final Answer: The final answer is $2\\sqrt{5}$. I hope it is correct.", C),
    ("find", r"2\sqrt{5}", "Final Answer: The final answer is $\\sqrt{20}$. I hope it is correct.", C),
    ("find", r"2\sqrt{5}", "Final Answer: The final answer is $5\\sqrt{2}$. I hope it is correct.", W),
    (
        "find",
        "0.25",
        "So each share is a quarter.\nFinal Answer: The final answer is $\\frac{1}{4}$. I hope it is correct.",
        C,
    ),
    (
        "find",
        "0.25",
        "So each share is a fifth.\nFinal Answer: The final answer is $\\frac{1}{5}$. I hope it is correct.",
        W,
    ),
    # simple-evals "Answer: X"
    ("find", "17", "The remainder cycles with period 4, and 2023 leaves remainder 3.\n\nAnswer: 17", C),
    ("find", "17", "The remainder cycles with period 4, and 2023 leaves remainder 3.\n\nAnswer: -17", W),
    # GSM8K
    (
        "find",
        "33",
        "Tom buys 4 packs of 12 pencils, so he has 4 * 12 = <<4*12=48>>48 pencils.\n"
        "He gives away 15, leaving 48 - 15 = <<48-15=33>>33 pencils.\n#### 33",
        C,
    ),
    (
        "find",
        "33",
        "Tom buys 4 packs of 12 pencils, so he has 4 * 12 = <<4*12=48>>48 pencils.\n"
        "He gives 15 to each of his 2 friends.\n#### 48",
        W,
    ),
    (
        "find",
        "1250",
        "Each of the 5 rooms costs $250 to paint, so the total is 5 * 250 = <<5*250=1250>>1,250 dollars.\n#### 1,250",
        C,
    ),
    (
        "find",
        "1250",
        "Each of the 5 rooms costs $25 to paint, so the total is 5 * 25 = <<5*25=125>>125 dollars.\n#### 125",
        W,
    ),
    # chat-template tails after the answer
    ("find", "6", "She started with 10 apples and gave away 4, so she has $\\boxed{6}$ apples left." + _LLAMA_TAIL, C),
    ("find", "6", "She started with 10 apples and gave away 5, so she has $\\boxed{5}$ apples left." + _LLAMA_TAIL, W),
    ("find", r"\frac{2}{3}", "Therefore, the ratio is $\\boxed{\\frac{2}{3}}$." + _QWEN_TAIL, C),
    ("find", r"\frac{2}{3}", "Therefore, the ratio is $\\boxed{\\frac{3}{2}}$." + _QWEN_TAIL, W),
    ("find", "45", "**Answer:** 45" + _GEMMA_TAIL, C),
    ("find", "45", "**Answer:** 54" + _GEMMA_TAIL, W),
    ("find", "55", "Adding the first ten positive integers gives 55. The answer is 55." + _MISTRAL_TAIL, C),
    # the answer only in the closing sentence of prose
    ("find", "14", "Case 1 gives 6 arrangements and case 2 gives 8, so there are 14 ways in total.", C),
    ("find", "14", "Case 1 gives 6 arrangements and case 2 gives 9, so there are 15 ways in total.", W),
    # later restatement, notes after the box, several boxes
    (
        "find",
        "5",
        "Completing the square, $f(x) = (x-2)^2 + 5$.\n\n$$\\boxed{5}$$\n\nTo summarize: the minimum is attained "
        "at $x = 2$, and the minimum value is $5$.",
        C,
    ),
    (
        "find",
        "5",
        "Completing the square, $f(x) = (x+2)^2 - 5$.\n\n$$\\boxed{-5}$$\n\nTo summarize: the minimum is attained "
        "at $x = -2$, and the minimum value is $-5$.",
        W,
    ),
    (
        "find",
        "7",
        "$\\boxed{7}$\n\nNote: the case $k = 0$ is excluded by hypothesis.\n\nNote: all computations were checked "
        "modulo 9.",
        C,
    ),
    ("find", "(3, -1)", "Substituting back, we find $x = \\boxed{3}$ and then $y = \\boxed{-1}$.", C),
    ("find", "(3, -1)", "Substituting back, we find $x = \\boxed{-1}$ and then $y = \\boxed{3}$.", W),
    # bold / o-series / Claude / Llama step format
    ("find", r"\frac34", "The shaded fraction of the square is three quarters.\n\n**Answer: 3/4**", C),
    ("find", r"\frac34", "The ratio of the areas is the reciprocal.\n\n**Answer: 4/3**", W),
    ("find", r"\frac{3}{4}", "So the probability is **0.75**.", C),
    (
        "find",
        "7",
        "The only integer solution is \\(x = 7\\), since \\(x = -3\\) fails the domain.\n\n**Answer:** \\(7\\)",
        C,
    ),
    (
        "find",
        "7",
        "The only integer solution is \\(x = -3\\), since \\(x = 7\\) fails the domain.\n\n**Answer:** \\(-3\\)",
        W,
    ),
    (
        "find",
        r"\frac{5}{36}",
        "## Solution\n\nThere are 36 equally likely outcomes, and 5 of them give a sum of 8.\n\n## Answer\n\n"
        "The probability is $\\frac{5}{36}$.",
        C,
    ),
    (
        "find",
        r"\frac{5}{36}",
        "## Solution\n\nThere are 36 equally likely outcomes, and 6 of them give a sum of 8.\n\n## Answer\n\n"
        "The probability is $\\frac{1}{6}$.",
        W,
    ),
    (
        "find",
        "120",
        "## Step 1: Count the arrangements\nThere are $5! = 120$ orderings of the five books.\n\n"
        "## Step 2: Check restrictions\nThere are no restrictions.\n\nThe final answer is: $\\boxed{120}$",
        C,
    ),
    (
        "find",
        "120",
        "## Step 1: Count the arrangements\nThere are $5! = 120$ orderings of the five books.\n\n"
        "## Step 2: Remove rotations\nCircular arrangements: $120 / 5 = 24$.\n\nThe final answer is: $\\boxed{24}$",
        W,
    ),
    ("find", r"\frac{7}{2}", "Hence the mean of the roots is \\(\\tfrac{7}{2}\\).", C),
    # --- comparing: fractions, radicals, pi
    ("compare", r"\frac{7}{12}", "Unsimplified, the probability is $\\boxed{\\tfrac{14}{24}}$.", C),
    ("compare", r"\frac{7}{12}", "The probability is $\\boxed{\\frac{12}{7}}$.", W),
    ("compare", r"-\frac{3}{4}", "The slope is $\\boxed{\\frac{-3}{4}}$.", C),
    ("compare", r"-\frac{3}{4}", "The slope is $\\boxed{\\frac{3}{4}}$.", W),
    ("compare", r"\frac{\sqrt{3}}{3}", "Thus $\\tan 30^\\circ = \\boxed{\\frac{1}{\\sqrt{3}}}$.", C),
    ("compare", r"\frac{\sqrt{3}}{3}", "Answer: sqrt(3)/3", C),
    ("compare", r"\frac{\sqrt{3}}{3}", "Thus the value is $\\boxed{\\frac{\\sqrt{3}}{2}}$.", W),
    ("compare", r"3\sqrt{2}", "The diagonal has length $\\boxed{\\sqrt{18}}$.", C),
    ("compare", r"3\sqrt2", "The diagonal has length $\\boxed{2\\sqrt{3}}$.", W),
    ("compare", r"2+\sqrt{3}", "So $x = \\boxed{\\dfrac{1}{2-\\sqrt{3}}}$.", C),
    ("compare", r"2+\sqrt{3}", "So $x = \\boxed{2-\\sqrt{3}}$.", W),
    ("compare", r"\frac{\pi}{6}", "The smallest positive solution is $x = \\pi/6$.", C),
    ("compare", r"\frac{\pi}{6}", "The smallest positive solution is $x = \\frac{\\pi}{3}$.", W),
    ("compare", r"12\pi", "The lateral area is $\\boxed{12\\pi \\text{ cm}^2}$.", C),
    ("compare", r"4\pi - 8", "The shaded region has area $\\boxed{4(\\pi - 2)}$.", C),
    ("compare", r"4\pi - 8", "The shaded region has area $\\boxed{4\\pi - 2}$.", W),
    # intervals, inequalities, sets
    ("compare", r"(-\infty, -2) \cup (3, \infty)", "$$\\boxed{x < -2 \\text{ or } x > 3}$$", C),
    ("compare", r"(-\infty, -2) \cup (3, \infty)", "$$\\boxed{(-\\infty,-2]\\cup[3,\\infty)}$$", W),
    ("compare", "[1, 5)", "The solution set is $\\boxed{1 \\le x < 5}$.", C),
    ("compare", "[1, 5)", "The solution set is $\\boxed{(1, 5]}$.", W),
    ("compare", "(-3, 3)", "The inequality holds exactly when $\\boxed{|x| < 3}$.", C),
    ("compare", "(-3, 3)", "The inequality holds exactly when $x \\in \\boxed{[-3, 3]}$.", W),
    ("compare", r"x \geq 2", "The domain is $\\boxed{[2, \\infty)}$.", C),
    ("compare", r"x \ge 2", "The domain is $\\boxed{x > 2}$.", W),
    ("compare", r"\{1, 2, 4\}", "The set of solutions is $\\boxed{\\{4, 2, 1\\}}$.", C),
    ("compare", r"\{1,2,4\}", "Testing each divisor, the solutions are $x = 1, 2, 4$.", C),
    ("compare", r"\{1,2,4\}", "The set of solutions is $\\boxed{\\{1, 2\\}}$.", W),
    ("compare", r"\varnothing", "No real number satisfies both, so the intersection is $\\boxed{\\emptyset}$.", C),
    ("compare", r"\text{no solution}", "The two lines are parallel and distinct.\n\n**Answer:** no solution", C),
    # tuples, matrices, complex numbers
    ("compare", "(2, -5)", "The vertex is at $\\boxed{\\left( 2, -5 \\right)}$.", C),
    ("compare", "(2, -5)", "The vertex is at $\\boxed{(-5, 2)}$.", W),
    ("compare", r"\left(1,\,2,\,3\right)", "The ordered triple is $\\boxed{(1,2,3)}$.", C),
    ("compare", r"\left(1,\,2,\,3\right)", "The ordered triple is $\\boxed{(1,3,2)}$.", W),
    (
        "compare",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        "$$\\boxed{\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}}$$",
        C,
    ),
    (
        "compare",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        "$$\\boxed{\\begin{pmatrix}1&3\\\\2&4\\end{pmatrix}}$$",
        W,
    ),
    ("compare", "3 - 4i", "Therefore $z = \\boxed{-4i + 3}$.", C),
    ("compare", "3 - 4i", "Therefore $z = \\boxed{3 + 4i}$.", W),
    ("compare", r"\frac{1}{2} + \frac{\sqrt{3}}{2}i", "So $w = \\boxed{\\frac{1 + i\\sqrt{3}}{2}}$.", C),
    ("compare", r"\frac{1}{2} + \frac{\sqrt{3}}{2}i", "So $w = \\boxed{\\frac{1 - i\\sqrt{3}}{2}}$.", W),
    # degrees, percent, money, units, separators, decimals
    ("compare", r"120^\circ", "The largest angle measures $\\boxed{120}$ degrees.", C),
    ("compare", r"120^\circ", "The largest angle measures $\\boxed{60^\\circ}$.", W),
    ("compare", r"25\%", "The price rose from 80 to 100.\n\nAnswer: 25%", C),
    ("compare", r"12.5\%", "The discount is $\\boxed{1.25\\%}$.", W),
    ("compare", r"\$18.50", "She spends $\\boxed{18.5}$ dollars in total.", C),
    ("compare", r"\$18.50", "She spends $\\boxed{\\$185}$ in total.", W),
    ("compare", r"15\text{ cm}", "The hypotenuse is $\\boxed{15}$.", C),
    ("compare", r"15 \text{ cm}", "The hypotenuse is $\\boxed{1.5\\text{ cm}}$.", W),
    ("compare", r"1{,}000{,}000", "There are $\\boxed{1000000}$ such strings.", C),
    ("compare", r"10,\!000", "There are $\\boxed{10000}$ such strings.", C),
    ("compare", r"10,\!000", "There are $\\boxed{100{,}000}$ such strings.", W),
    ("compare", "2.5", "The average speed is $\\boxed{\\frac{5}{2}}$.", C),
    ("compare", "0.125", "The probability is $\\boxed{\\frac18}$.", C),
    ("compare", "0.125", "The probability is $\\boxed{\\frac14}$.", W),
    # equations and expressions
    ("compare", "y = 2x + 3", "$\\boxed{y=3+2x}$", C),
    ("compare", r"x^2 - 1", "The product simplifies to $\\boxed{(x-1)(x+1)}$.", C),
    ("compare", r"(x+1)^2", "Expanding, we get $\\boxed{x^2+2x+1}$.", C),
    ("compare", r"(x+1)^2", "Expanding, we get $\\boxed{x^2+1}$.", W),
    ("compare", r"\frac{x+1}{x-1}", "After cancelling, $f^{-1}(x) = \\boxed{\\frac{x-1}{x+1}}$.", W),
    ("compare", r"\frac{n(n+1)}{2}", "The count is $\\boxed{\\binom{n+1}{2}}$.", C),
    ("compare", r"\frac{n(n+1)}{2}", "The count is $\\boxed{\\frac{n(n-1)}{2}}$.", W),
    # text answers, base-n, scientific notation, TheoremQA booleans, AIME leading zeros
    ("compare", r"\text{Alice}", "Alice can always mirror Bob's move.\n\nAnswer: Alice", C),
    ("compare", r"\text{Alice}", "Bob can always mirror Alice's move.\n\nAnswer: Bob", W),
    ("compare", r"\text{a parabola}", "The locus is $\\boxed{\\text{parabola}}$.", C),
    ("compare", r"\text{parabola}", "The locus is $\\boxed{\\text{ellipse}}$.", W),
    ("compare", "1011_2", "In binary, $11 = \\boxed{1011_{2}}$.", C),
    ("compare", "1011_2", "In binary, $13 = \\boxed{1101_{2}}$.", W),
    ("compare", r"6.02 \times 10^{23}", "The number of molecules is approximately 6.02e23.", C),
    ("compare", r"6.02 \times 10^{23}", "The number of molecules is $\\boxed{6.02 \\times 10^{22}}$.", W),
    ("compare", r"3 \times 10^8 \text{ m/s}", "$$\\boxed{3.0 \\times 10^{8}\\ \\mathrm{m/s}}$$", C),
    ("compare", "True", "The series converges absolutely, so the statement holds.\n\nAnswer: True", C),
    ("compare", "True", "The series diverges by comparison, so the statement fails.\n\nAnswer: False", W),
    ("compare", "33", "Therefore, the requested remainder is $\\boxed{033}$.", C),
    ("compare", "33", "Therefore, the requested remainder is $\\boxed{303}$.", W),
    # plus-minus, labelled answers, equation chains, ratios
    ("compare", r"\pm 3", "The solutions are $\\boxed{3, -3}$.", C),
    ("compare", r"x = \pm\sqrt{2}", "$\\boxed{x = \\sqrt{2} \\text{ or } x = -\\sqrt{2}}$", C),
    ("compare", r"\pm\sqrt2", "The solution is $\\boxed{\\sqrt{2}}$.", W),
    ("compare", "5", "So $\\boxed{x = 5}$.", C),
    ("compare", "(a, b) = (4, 7)", "So the pair is $\\boxed{(4, 7)}$.", C),
    ("compare", "(a,b) = (4,7)", "So $\\boxed{a = 7,\\ b = 4}$.", W),
    ("compare", "30", "The number of nonempty proper subsets is $\\boxed{2^5 - 2 = 30}$.", C),
    ("compare", "30", "The number of nonempty subsets is $\\boxed{2^5 - 1 = 31}$.", W),
    ("compare", "3:4", "The ratio of their ages is $\\boxed{3 : 4}$.", C),
    ("compare", "3:4", "The ratio of their ages is $\\boxed{4 : 3}$.", W),
    # --- reading the gold
    ("gold", "\\frac{1}{2}\\", "The probability is $\\boxed{\\frac12}$.", C),
    ("gold", r"\\frac{1}{4}", "The probability is $\\boxed{0.25}$.", C),
    ("gold", r"\\frac{1}{4}", "The probability is $\\boxed{0.4}$.", W),
    ("gold", r"\boxed{7}", "Answer: 7", C),
    ("gold", r"\boxed{7}", "Answer: 9", W),
    ("gold", r"$\frac{2}{3}$", "The fraction is $\\boxed{\\frac{4}{6}}$.", C),
    ("gold", "$x=5$", "The solution is $\\boxed{5}$.", C),
    ("gold", "$x=5$", "The solution is $\\boxed{-5}$.", W),
    # --- multiple choice
    ("choice", "C", "The count is 18, which is choice C.\n\n$\\boxed{\\textbf{(C)}\\ 18}$", C),
    ("choice", "C", "The count is 20, which is choice D.\n\n$\\boxed{\\textbf{(D)}\\ 20}$", W),
    ("choice", "18", "$\\boxed{\\textbf{(C)}\\ 18}$", C),
    ("choice", "B", "Only the second option is consistent with both statements. The answer is (B).", C),
    ("choice", "B", "Only the first option is consistent with both statements. The correct option is **A**.", W),
    ("choice", r"\textbf{(E)}", "None of the smaller values works.\n\nAnswer: E", C),
    ("choice", "A", "Answer: (A) $\\frac{1}{2}$", C),
    ("choice", "D", "Among the options, only D satisfies the boundary condition.\n\nThe answer is D.", C),
    ("choice", "D", "Among the options, only C satisfies the boundary condition.\n\nAnswer: C", W),
    # --- precision: tiny and huge values, rational stand-ins for pi, times, letters in expressions
    ("precision", r"\frac{1}{3^{100}}", "The probability is $\\boxed{3^{-100}}$.", C),
    ("precision", r"\frac{1}{3^{100}}", "The probability is $\\boxed{\\frac{1}{3^{101}}}$.", W),
    ("precision", r"10^{-40}", "The ratio is $\\boxed{10^{-41}}$.", W),
    ("precision", r"e^{-50}", "The probability is $\\boxed{e^{-51}}$.", W),
    ("precision", r"\frac{1}{2^{200}}", "The probability is $\\boxed{2^{-200}}$.", C),
    ("precision", r"\pi", "The ratio is $\\boxed{\\frac{355}{113}}$.", W),
    ("precision", "2^{100}", "$\\boxed{1267650600228229401496703205376}$", C),
    ("precision", "2^{100}", "$\\boxed{2^{99}}$", W),
    ("precision", "20!", "The number of orderings is $\\boxed{2432902008176640000}$.", C),
    ("precision", "20!", "The number of orderings is $\\boxed{19!}$.", W),
    ("precision", "10:00", "The two trains meet at 12:00.\n\nAnswer: 12:00", W),
    ("precision", "2:30", "They finish at $\\boxed{3{:}30}$.", W),
    ("precision", "E", "Thus the total energy is $\\boxed{2E}$.", W),
    # --- added to balance the batch (still written before any grading run)
    ("find", "1", _r1(_T_INRADIUS, r"The inradius is $\boxed{1}$."), C),
    ("find", "1", _r1(_T_INRADIUS, "**Final Answer**", r"\[ \boxed{\dfrac{5}{2}} \]"), W),
    ("find", "6", "Since the legs are 3 and 4, the area is half their product.\n\n**Answer:** 6", C),
    ("find", "-1", "## Step 1: Substitute\nPlugging in gives $-1$.\n\nThe final answer is: $\\boxed{-1}$", C),
    ("find", r"\frac{1}{6}", "Exactly one of the six faces works.\n\nAnswer: 1/6", C),
    ("find", "12", "Multiplying the two counts, we get $3 \\times 4$. So the answer is **12**.", C),
    ("find", "7", "Hence the answer is $\\boxed{\\mathbf{7}}$.", C),
    ("find", "4", "Only four of the integers in the range satisfy all three congruences. The answer is four.", C),
    ("compare", r"\frac{9}{4}", "The ratio of the areas is $\\boxed{2.25}$.", C),
    ("compare", "2^{10}", "The number of subsets is $\\boxed{1024}$.", C),
    ("compare", r"\sqrt[3]{2}", "So $x = \\boxed{2^{1/3}}$.", C),
    ("compare", r"\log_2 5", "Taking logarithms, $x = \\boxed{\\frac{\\ln 5}{\\ln 2}}$.", C),
    ("compare", r"\{-2, 2\}", "The solutions are $x = \\boxed{\\pm 2}$.", C),
    ("compare", "(0, 1]", "The range of $f$ is $\\boxed{0 < y \\leq 1}$.", C),
    ("compare", r"5\sqrt{3}", "The altitude is $\\boxed{\\sqrt{75}}$.", C),
    ("compare", r"\frac{16}{3}\pi", "The volume is $\\boxed{\\frac{16\\pi}{3}}$.", C),
    ("compare", "-i", "Therefore $z = \\boxed{\\frac{1}{i}}$.", C),
    ("compare", "-i", "Therefore $z = \\boxed{i}$.", W),
    ("compare", r"\$1,200", "She earns $\\boxed{\\$1200}$ per month.", C),
    ("compare", r"40\%", "The probability of rain is 40 percent.\n\nAnswer: 40%", C),
    ("compare", r"8 \text{ hours}", "Working together they finish in $\\boxed{8}$ hours.", C),
    (
        "compare",
        r"\text{Tuesday}",
        "Counting forward 100 days from a Thursday gives a Saturday... no: 100 = 14*7 + 2, "
        "so it is 2 days after Thursday.\n\nAnswer: Saturday",
        W,
    ),
    ("compare", r"\text{Saturday}", "100 = 14*7 + 2, so it is 2 days after Thursday.\n\nAnswer: Saturday", C),
    ("compare", "1000", "There are $\\boxed{1\\,000}$ such numbers.", C),
    ("compare", "x = 3", "The only real root is $\\boxed{3}$.", C),
    ("compare", r"\frac{a+b}{2}", "The midpoint coordinate is $\\boxed{\\frac{b+a}{2}}$.", C),
    ("compare", "a^2 b", "The coefficient simplifies to $\\boxed{b a^2}$.", C),
    ("choice", "(B)", "So the only consistent choice is $\\boxed{B}$.", C),
]


# Rows the lead wrote while fixing SIXTH's first-contact misses (in-sample, like FIFTH_FIXES).
SIXTH_FIXES: list[tuple[str, str, str, str]] = [
    # boxes each after its own unknown's label, a few words apart ("then" does not split them)
    ("find", "(3, -1)", "So $x=\\boxed{3}$, $y=\\boxed{-1}$.", C),
    ("find", "(-1, 3)", "Substituting back, we find $x = \\boxed{3}$ and then $y = \\boxed{-1}$.", W),
    ("find", "-1", "Substituting back, we find $x = \\boxed{3}$ and then $y = \\boxed{-1}$.", W),
    ("find", "7", "First $x = \\boxed{3}$, then $x = \\boxed{7}$.", C),  # one unknown twice: the last try
    # a value in e-notation closing prose, after "approximately"
    ("compare", "6.02 \\times 10^{22}", "The number of molecules is approximately 6.02e23.", W),
    ("compare", "1.5 \\times 10^{-3}", "So the rate is roughly 1.5e-3.", C),
    ("find", "12", "The answer is about 12 apples.", C),
    # a count written as a word
    ("compare", "5", "Only four of the integers in the range work. The answer is four.", W),
    ("compare", "12", "So the answer is twelve.", C),
    ("compare", "0", "So the answer is zero.", C),
]
