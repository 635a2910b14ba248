"""SEVENTH: held-out labelled answer-verification pairs, written blind by a helper session (issue 12), sealed.

Written on 2026-12-01 by the helper session on branch h/batch6, without reading toolkit/longcot/verify/ or any
other labelled batch in tests/verify/ (only the first 40 lines of outside_fifth.py, to copy the row format),
and committed before longcot or math-verify graded any of its pairs. The helper graded only SIXTH; this batch
was never run by it, so the lead's first run of it is a first-contact number. Every pair was invented for this
file; each label was checked by hand (sympy used by hand for the equivalences, never the verifier). Rows are
`(category, gold, whole model response, expected verdict)`; the classes are those of issue 12 sections 1-2
(categories: find, compare, gold, choice, precision), about 40% of them close negatives. Pairs on which a
reasonable grader could disagree (rounded values against exact golds, decimal commas that could be lists,
degrees against radians) were left out.
"""

from __future__ import annotations


C, W = "correct", "incorrect"


def _p(*parts: str) -> str:
    """Paragraphs joined by blank lines."""
    return "\n\n".join(parts)


def _r1(think: str, *summary: str) -> str:
    """A DeepSeek-R1 / QwQ response: reasoning in think tags, then a summary."""
    return "<think>\n" + think + "\n</think>\n\n" + _p(*summary)


_T_ARITH = _p(
    "The sequence 3, 7, 11, ... is arithmetic with first term 3 and common difference 4. I need the sum of the "
    "first 20 terms.",
    "The 20th term is a_20 = 3 + 19*4 = 3 + 76 = 79.",
    "Sum S = n(a_1 + a_n)/2 = 20*(3 + 79)/2 = 10*82 = 820.",
    "Let me double-check with the other formula: S = n/2 * (2a + (n-1)d) = 10*(6 + 76) = 10*82 = 820. Good.",
)
_T_ARITH_WRONG = _p(
    "Arithmetic sequence 3, 7, 11, ..., difference 4. The 20th term is 3 + 20*4 = 83.",
    "So the sum is 20*(3 + 83)/2 = 10*86 = 860.",
)
_T_MOD = _p(
    "I want 2^100 mod 7. Powers of 2 mod 7: 2, 4, 1, 2, 4, 1, ... period 3.",
    "100 = 3*33 + 1, so 2^100 = (2^3)^33 * 2 = 1^33 * 2 = 2 mod 7.",
    "Wait, let me verify the period: 2^3 = 8 = 7 + 1, yes 8 mod 7 = 1. So the remainder is 2.",
)
_T_MOD_WRONG = _p(
    "Powers of 2 mod 7 cycle 2, 4, 1 with period 3. 100 mod 3 is... 99 is divisible by 3, so 100 mod 3 = 1. "
    "Hmm, but indexing from 2^0 = 1, the position 100 falls on the second entry, which is 4.",
)
_T_QUAD = _p(
    "Solve x^2 - 5x + 6 = 0. Looking for two numbers with product 6 and sum 5: 2 and 3.",
    "So (x - 2)(x - 3) = 0, x = 2 or x = 3.",
    "Check: 4 - 10 + 6 = 0 and 9 - 15 + 6 = 0. Both work.",
)
_T_POW = _p(
    "Compute (1 + i)^8. First (1 + i)^2 = 1 + 2i + i^2 = 2i.",
    "Then (1 + i)^4 = (2i)^2 = -4, and (1 + i)^8 = (-4)^2 = 16.",
    "Alternatively, 1 + i = sqrt(2) e^{i pi/4}, so the 8th power is 2^4 e^{2 pi i} = 16. Consistent.",
)
_T_CIRCLE = _p(
    "A circle is inscribed in a square of side 10, so its diameter is 10 and its radius is 5.",
    "Area = pi r^2 = 25 pi. Hmm, should I double check it's inscribed, not circumscribed? Inscribed means the "
    "circle touches all four sides, so the diameter equals the side. Yes, 25 pi.",
)
_T_ACES = _p(
    "Two cards are drawn without replacement from a standard 52-card deck. P(both aces)?",
    "P(first ace) = 4/52 = 1/13. P(second ace | first ace) = 3/51 = 1/17.",
    "Product: 1/13 * 1/17 = 1/221.",
    "Alternatively C(4,2)/C(52,2) = 6/1326 = 1/221. Same.",
)
_T_INEQ = _p(
    "Solve x^2 - 4x - 5 > 0. Factor: (x - 5)(x + 1) > 0.",
    "The roots are -1 and 5; the parabola opens upward, so it is positive outside the roots.",
    "So x < -1 or x > 5.",
)
_T_SYS = _p(
    "2x + y = 7 and x - y = 2. Adding: 3x = 9, x = 3. Then y = x - 2 = 1.",
    "Check: 2*3 + 1 = 7 and 3 - 1 = 2. So (x, y) = (3, 1).",
)
_T_ZEROS = _p(
    "Trailing zeros of 100! come from factors of 10 = 2*5, and there are more 2s than 5s, so count the 5s.",
    "floor(100/5) = 20. floor(100/25) = 4. floor(100/125) = 0.",
    "Wait, I should make sure I'm not double counting: each multiple of 25 contributes two 5s, one counted in "
    "the first term and one in the second. So total = 20 + 4 = 24.",
    "Hmm, let me sanity check with 25!: floor(25/5) + floor(25/25) = 5 + 1 = 6, and 25! = "
    "15511210043330985984000000 has 6 trailing zeros. Good, so 100! has 24.",
)
_T_ZEROS_WRONG = _p(
    "Trailing zeros of 100!: count multiples of 5 up to 100, which is 100/5 = 20. Each gives one zero.",
    "So the answer should be 20.",
)
_T_BOOKS = _p(
    "We need the number of ways to seat 6 people around a round table where two particular people, A and B, "
    "must sit next to each other.",
    "Treat A and B as a block: that's 5 units around a circle, (5 - 1)! = 24 arrangements, times 2 for the "
    "order within the block, giving 48.",
    "Hmm wait, should rotations be considered the same? Yes, it's a round table, so (n-1)! is right. 48.",
)

_QWEN_END = "<|im_end|>\n<|endoftext|>"
_QWEN_NEXT = "<|im_end|>\n<|im_start|>user\nGreat. Now generalise to n people.<|im_end|>\n<|im_start|>assistant\n"
_LLAMA_END = "<|eot_id|>"
_LLAMA_NEXT = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhy is step 3 valid?<|eot_id|>"
_GEMMA_END = "<end_of_turn>"
_MISTRAL_END = "</s>"
_PHI_NEXT = "<|end|>\n<|user|>\nAnd for the cube?<|end|>\n<|assistant|>"

SEVENTH: list[tuple[str, str, str, str]] = [
    # --- finding the answer: R1 / QwQ think blocks, then a summary
    ("find", "820", _r1(_T_ARITH, "**Final Answer**", "\\[\n\\boxed{820}\n\\]"), C),
    ("find", "820", _r1(_T_ARITH_WRONG, "**Final Answer**", "\\[\n\\boxed{860}\n\\]"), W),
    ("find", "2", _r1(_T_MOD, r"Thus $2^{100} \equiv \boxed{2} \pmod{7}$."), C),
    ("find", "2", _r1(_T_MOD_WRONG, r"Thus the remainder is $\boxed{4}$."), W),
    ("find", "2, 3", _r1(_T_QUAD, r"The roots are $\boxed{2}$ and $\boxed{3}$."), C),
    ("find", r"\{2, 3\}", _r1(_T_QUAD, r"The solutions of the equation are $x = 2$ and $x = 3$."), C),
    ("find", "2, 3", "The roots are $\\boxed{-2}$ and $\\boxed{-3}$, since the product is 6.", W),
    ("find", "16", _r1(_T_POW, r"$$(1+i)^8 = \boxed{16}$$"), C),
    ("find", "16", _r1(_T_POW, r"$$(1+i)^8 = \boxed{16i}$$"), W),
    ("find", r"25\pi", _r1(_T_CIRCLE, r"The area of the circle is $\boxed{25\pi}$."), C),
    ("find", r"25\pi", _r1(_T_CIRCLE, r"The area of the circle is $\boxed{100\pi}$."), W),
    ("find", r"\frac{1}{221}", _r1(_T_ACES, "### Final Answer", r"The probability is \(\boxed{\dfrac{1}{221}}\)."), C),
    (
        "find",
        r"\frac{1}{221}",
        "With replacement each draw is an ace with probability 1/13, so the answer is $\\boxed{\\dfrac{1}{169}}$.",
        W,
    ),
    (
        "find",
        r"(-\infty,-1)\cup(5,\infty)",
        _r1(_T_INEQ, r"**Answer:** $x < -1$ or $x > 5$, i.e. $x \in (-\infty, -1) \cup (5, \infty)$."),
        C,
    ),
    ("find", r"(-\infty,-1)\cup(5,\infty)", _r1(_T_INEQ, r"**Answer:** $x \in (-1, 5)$."), W),
    ("find", "(3,1)", _r1(_T_SYS, r"The solution is $\boxed{(3, 1)}$."), C),
    ("find", "(3,1)", _r1(_T_SYS, r"The solution is $\boxed{(1, 3)}$."), W),
    ("find", "24", _r1(_T_ZEROS, r"The number of trailing zeros in $100!$ is $\boxed{24}$."), C),
    ("find", "24", _r1(_T_ZEROS_WRONG, r"The number of trailing zeros in $100!$ is $\boxed{20}$."), W),
    ("find", "48", _r1(_T_BOOKS, "So there are 48 seatings.", r"**Final answer: $\boxed{48}$**"), C),
    ("find", "48", _r1(_T_BOOKS, "Dividing by 2 for reflections, there are 24 seatings.", r"$\boxed{24}$"), W),
    # truncated: no final answer (labelled W, "not correct", by the writer; the table states their exact status,
    # `truncated`, set by the lead when SEVENTH joined the table after its first contact)
    ("find", "24", "<think>\n" + _T_ZEROS[:260], "truncated"),
    (
        "find",
        "820",
        "To find the sum, we use the formula $S_n = \\frac{n}{2}(a_1 + a_n)$ with $a_{20} = 3 + 19 \\cdot 4 =",
        "truncated",
    ),
    ("find", "48", "<think>\n" + _T_BOOKS[:150], "truncated"),
    # stated, then corrected: the last statement wins
    (
        "find",
        "12",
        _p(
            r"Adding the cases gives $\boxed{15}$.",
            "Hmm, wait. The three arrangements with both red balls at the ends were counted in case 1 and "
            "again in case 3, so I must subtract them once.",
            r"The corrected total is $15 - 3 = 12$, so the answer is $\boxed{12}$.",
        ),
        C,
    ),
    (
        "find",
        "15",
        _p(
            r"Adding the cases gives $\boxed{15}$.",
            "Hmm, wait. The three arrangements with both red balls at the ends were counted in case 1 and "
            "again in case 3, so I must subtract them once.",
            r"The corrected total is $15 - 3 = 12$, so the answer is $\boxed{12}$.",
        ),
        W,
    ),
    ("find", "5", r"A quick guess would be $3$, but $3$ violates the second condition. The answer is $\boxed{5}$.", C),
    ("find", "3", r"A quick guess would be $3$, but $3$ violates the second condition. The answer is $\boxed{5}$.", W),
    # Minerva
    ("find", "0.6", "Final Answer: The final answer is $\\frac{3}{5}$. I hope it is correct.", C),
    ("find", r"\frac{3}{5}", "Final Answer: The final answer is $\\frac{5}{3}$. I hope it is correct.", W),
    ("find", "4.5e33", "Final Answer: The final answer is $4.5 \\times 10^{33}$. I hope it is correct.", C),
    ("find", "4.5e33", "Final Answer: The final answer is $4.5 \\times 10^{32}$. I hope it is correct.", W),
    ("find", "12", "Final Answer: The final answer is $12 \\text{ m/s}$. I hope it is correct.", C),
    # simple-evals
    ("find", r"\frac73", "Clearing denominators, 3x = 7.\n\nAnswer: $\\frac{7}{3}$", C),
    ("find", r"\frac73", "Clearing denominators, 7x = 3.\n\nAnswer: $\\frac{3}{7}$", W),
    ("find", r"\frac{5}{2}", "The midpoint is at 2.5.\n\nAnswer: 2.5", C),
    # GSM8K
    (
        "find",
        "64",
        "Maria reads 8 pages on Monday and twice as many on Tuesday, 8 * 2 = <<8*2=16>>16 pages.\n"
        "Over the week she reads 8 + 16 + 40 = <<8+16+40=64>>64 pages.\n#### 64",
        C,
    ),
    (
        "find",
        "64",
        "Maria reads 8 pages on Monday and twice as many on Tuesday, 8 * 2 = <<8*2=16>>16 pages.\n"
        "Over the week she reads 8 + 16 + 22 = <<8+16+22=46>>46 pages.\n#### 46",
        W,
    ),
    ("find", "12.5", "Each ticket costs $2.50 and he buys 5, so 5 * 2.50 = $<<5*2.5=12.5>>12.50.\n#### 12.50", C),
    # chat-template tails
    ("find", "81", "So $3^4 = \\boxed{81}$." + _QWEN_END, C),
    ("find", "48", "There are $\\boxed{48}$ arrangements." + _QWEN_NEXT, C),
    ("find", "48", "There are $\\boxed{96}$ arrangements." + _QWEN_NEXT, W),
    (
        "find",
        r"\frac{1}{8}",
        "The probability that all three coins land heads is $\\boxed{\\frac{1}{8}}$." + _LLAMA_END,
        C,
    ),
    ("find", "30", "The perimeter is $5 + 12 + 13 = 30$.\n\nThe final answer is: $\\boxed{30}$" + _LLAMA_NEXT, C),
    ("find", "30", "The perimeter is $5 + 12 + 12 = 29$.\n\nThe final answer is: $\\boxed{29}$" + _LLAMA_NEXT, W),
    ("find", "9", "**Answer:** 9" + _GEMMA_END, C),
    ("find", "100", "Therefore, the answer is $\\boxed{100}$.  \n\n" + _MISTRAL_END, C),
    ("find", "27", "The volume of the cube is $3^3 = 27$. So the answer is $\\boxed{27}$." + _PHI_NEXT, C),
    # the answer in the closing sentence, bold, LaTeX without delimiters, notes afterwards
    ("find", "150", "Going 60 mph for 2.5 hours, the total distance traveled is 150 miles.", C),
    ("find", "150", "Going 60 mph for 1.75 hours, the total distance traveled is 105 miles.", W),
    (
        "find",
        "40",
        "Since the base angles are equal, $2x + 100 = 180$ gives $x = 40$. Therefore, $\\angle ABC = 40^\\circ$.",
        C,
    ),
    ("find", r"\frac58", "Counting favourable outcomes, therefore the answer is \\frac{5}{8}.", C),
    ("find", r"\frac58", "Counting favourable outcomes, therefore the answer is \\frac{3}{8}.", W),
    (
        "find",
        "9",
        "The answer is $\\boxed{9}$.\n\n*Remark.* One can also see this by symmetry: the nine cells split into "
        "three rows of three.",
        C,
    ),
    (
        "find",
        "2024",
        "So $N = 2024$.\n\nChecking: $2024 = 8 \\cdot 11 \\cdot 23$, as required.\n\n**Final answer: 2024**",
        C,
    ),
    ("find", r"\frac{\sqrt6}{2}", "**Answer: \\(\\dfrac{\\sqrt{6}}{2}\\)**", C),
    ("find", r"\frac{\sqrt6}{2}", "**Answer: \\(\\dfrac{\\sqrt{3}}{2}\\)**", W),
    ("find", "42", "Multiplying the two results gives 6 times 7.\n\n**The answer is 42.**", C),
    ("find", "-4", "Setting the discriminant to zero, $16 + 4k = 0$. The value of $k$ is: $k = -4$.", C),
    ("find", "-4", "Setting the discriminant to zero, $16 - 4k = 0$. The value of $k$ is: $k = 4$.", W),
    ("find", "17", "The smallest prime greater than 13 that leaves remainder 2 mod 5 is $\\fbox{17}$.", C),
    ("find", "2", "Solving, $\\boxed{x=2}$.", C),
    ("find", "-0.5", "The slope of the perpendicular line is $\\boxed{-\\tfrac{1}{2}}$.", C),
    ("find", "-0.5", "The slope of the perpendicular line is $\\boxed{2}$.", W),
    ("find", r"\frac{7}{2}", "Averaging the endpoints 2 and 5 gives the center.\n\n**Answer**: 3.5", C),
    (
        "find",
        "10",
        _p(
            r"At first sight the count is $\boxed{8}$.",
            "Correction: I missed the two diagonal "
            r"placements, so the count is $\boxed{10}$.",
        ),
        C,
    ),
    (
        "find",
        "8",
        _p(
            r"At first sight the count is $\boxed{8}$.",
            "Correction: I missed the two diagonal "
            r"placements, so the count is $\boxed{10}$.",
        ),
        W,
    ),
    (
        "find",
        "3",
        "In conclusion, the maximum number of non-attacking pieces on the board is \\(\\boxed{3}\\).",
        C,
    ),
    # --- comparing: fractions, radicals, pi
    ("compare", r"\frac{2}{5}", r"The fraction is $\boxed{\dfrac{4}{10}}$.", C),
    ("compare", r"\frac{2}{5}", r"The probability is $\boxed{0.4}$.", C),
    ("compare", r"\frac{2}{5}", r"The probability is $\boxed{\frac{5}{2}}$.", W),
    ("compare", r"\frac{2}{5}", r"The probability is $\boxed{\frac{2}{7}}$.", W),
    ("compare", r"-\frac{1}{2}", r"So $\cos\theta = \boxed{-0.5}$.", C),
    ("compare", r"-\frac{1}{2}", r"So $\cos\theta = \boxed{\frac{1}{2}}$.", W),
    ("compare", r"\frac{\sqrt{2}}{2}", r"The distance is $\boxed{\frac{1}{\sqrt{2}}}$.", C),
    ("compare", r"\frac{\sqrt{2}}{2}", r"The distance is $\boxed{\sqrt{2}}$.", W),
    ("compare", r"\sqrt{5}-1", r"The side length is $\boxed{-1+\sqrt{5}}$.", C),
    ("compare", r"\sqrt{5}-1", r"The side length is $\boxed{1-\sqrt{5}}$.", W),
    ("compare", r"\frac{1+\sqrt{5}}{2}", r"The ratio is $\boxed{\frac{1}{2} + \frac{\sqrt{5}}{2}}$.", C),
    ("compare", r"\frac{1+\sqrt{5}}{2}", r"The ratio is $\boxed{\frac{1-\sqrt{5}}{2}}$.", W),
    ("compare", r"\frac{3\sqrt{3}}{2}", r"The area is $\boxed{\frac{\sqrt{27}}{2}}$.", C),
    ("compare", r"\frac{3\sqrt{3}}{2}", r"The area is $\boxed{\frac{3\sqrt{2}}{2}}$.", W),
    ("compare", r"\sqrt{2}+\sqrt{3}", r"Denesting is optional: $x = \boxed{\sqrt{5 + 2\sqrt{6}}}$.", C),
    ("compare", r"\sqrt{2}+\sqrt{3}", r"Denesting is optional: $x = \boxed{\sqrt{5 + \sqrt{6}}}$.", W),
    ("compare", r"\frac{2\pi}{3}", r"The angle is $\boxed{\frac{2}{3}\pi}$.", C),
    ("compare", r"\frac{2\pi}{3}", r"The angle is $\boxed{\frac{3\pi}{2}}$.", W),
    ("compare", r"2\pi", "The period of the function is 2*pi.\n\nAnswer: 2*pi", C),
    ("compare", r"2\pi", r"The period is $\boxed{\pi}$.", W),
    ("compare", r"100\pi", r"The area is $\boxed{100 \pi \text{ square units}}$.", C),
    # intervals and inequalities
    ("compare", r"(-1, \infty)", r"The domain is $\boxed{x > -1}$.", C),
    ("compare", r"(-1, \infty)", r"The domain is $\boxed{x \geq -1}$.", W),
    ("compare", "[-2, 2]", r"The range is $\boxed{-2 \le x \le 2}$.", C),
    ("compare", "[-2, 2]", r"This holds exactly when $\boxed{|x| \le 2}$.", C),
    ("compare", "[-2, 2]", r"The range is $\boxed{(-2, 2)}$.", W),
    ("compare", r"(-\infty, 0) \cup (0, \infty)", r"The domain is all $\boxed{x \neq 0}$.", C),
    ("compare", r"(-\infty, 0) \cup (0, \infty)", r"The domain is $\boxed{\mathbb{R} \setminus \{0\}}$.", C),
    ("compare", r"(-\infty, 0) \cup (0, \infty)", r"The domain is $\boxed{(0, \infty)}$.", W),
    ("compare", r"(-\infty, 1] \cup [4, \infty)", r"$$\boxed{x \le 1 \text{ or } x \ge 4}$$", C),
    ("compare", r"(-\infty, 1] \cup [4, \infty)", r"$$\boxed{[1, 4]}$$", W),
    ("compare", r"[0, \infty)", r"The range of $\sqrt{x}$ is $\boxed{x \geq 0}$.", C),
    ("compare", "x < 3", r"$\boxed{(-\infty, 3)}$", C),
    ("compare", "x < 3", r"$\boxed{(-\infty, 3]}$", W),
    ("compare", "-1 < x < 2", r"The solution set is $\boxed{(-1, 2)}$.", C),
    ("compare", "-1 < x < 2", r"The solution set is $\boxed{(-2, 1)}$.", W),
    # sets
    ("compare", r"\{-1, 0, 1\}", r"The set of fixed points is $\boxed{\{0, 1, -1\}}$.", C),
    ("compare", r"\{-1, 0, 1\}", "The fixed points are $-1$, $0$ and $1$.\n\nAnswer: -1, 0, 1", C),
    ("compare", r"\{-1, 0, 1\}", r"The set of fixed points is $\boxed{\{-1, 1\}}$.", W),
    ("compare", r"\{3\}", r"The only solution is $\boxed{3}$.", C),
    ("compare", r"\emptyset", r"The intersection is $\boxed{\varnothing}$.", C),
    ("compare", r"\emptyset", r"The intersection is $\boxed{\{0\}}$.", W),
    ("compare", r"\{2, 4, 6\}", r"$\boxed{\{2, 4\} \cup \{6\}}$", C),
    # tuples, points
    ("compare", "(1, -2)", r"The center is $\boxed{(1,\,-2)}$.", C),
    ("compare", "(1, -2)", r"The center is $\boxed{(-2, 1)}$.", W),
    ("compare", "(1, -2)", r"The center is $\boxed{(1, 2)}$.", W),
    ("compare", "(0, 0), (1, 1)", r"The curves meet at $\boxed{(1, 1), (0, 0)}$.", C),
    ("compare", "(x, y, z) = (2, 3, 5)", r"$\boxed{x = 2,\ y = 3,\ z = 5}$", C),
    ("compare", "(x, y, z) = (2, 3, 5)", r"$\boxed{x = 2,\ y = 5,\ z = 3}$", W),
    ("compare", "(5, 12, 13)", r"The ordered triple $(a, b, c)$ is $\boxed{(12, 5, 13)}$.", W),
    # matrices and vectors
    (
        "compare",
        r"\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}",
        r"$$\boxed{\left[\begin{matrix}2 & 0\\0 & 2\end{matrix}\right]}$$",
        C,
    ),
    (
        "compare",
        r"\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}",
        r"$$\boxed{\begin{pmatrix}2 & 0\\0 & -2\end{pmatrix}}$$",
        W,
    ),
    (
        "compare",
        r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}",
        r"$\boxed{\begin{pmatrix}1&0\\0&1\end{pmatrix}\begin{pmatrix}1&1\\0&1\end{pmatrix}}$",
        C,
    ),
    (
        "compare",
        r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}",
        r"$\boxed{\begin{pmatrix}1&0\\0&1\end{pmatrix}+\begin{pmatrix}0&1\\0&0\end{pmatrix}}$",
        C,
    ),
    (
        "compare",
        r"\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}",
        r"$\boxed{\begin{pmatrix}1&0\\1&1\end{pmatrix}}$",
        W,
    ),
    ("compare", r"\begin{pmatrix} 3 \\ -2 \end{pmatrix}", r"$\boxed{\begin{pmatrix}3\\-2\end{pmatrix}}$", C),
    ("compare", r"\begin{pmatrix} 3 \\ -2 \end{pmatrix}", r"$\boxed{\begin{pmatrix}-2\\3\end{pmatrix}}$", W),
    # complex numbers
    ("compare", "1+i", r"So $z = \boxed{i + 1}$.", C),
    ("compare", "1+i", r"In polar form, $z = \boxed{\sqrt{2}\, e^{i\pi/4}}$.", C),
    ("compare", "1+i", r"So $z = \boxed{1 - i}$.", W),
    ("compare", "-2i", r"So $w = \boxed{\frac{4}{2i}}$.", C),
    ("compare", "-2i", r"So $w = \boxed{2i}$.", W),
    # degrees, percent, money
    ("compare", r"45^\circ", "The angle between the diagonals is 45\u00b0.\n\nAnswer: 45\u00b0", C),
    ("compare", r"45^\circ", r"The angle is $\boxed{45}$.", C),
    ("compare", r"45^\circ", r"The angle is $\boxed{135^\circ}$.", W),
    ("compare", "30", r"Each exterior angle is $\boxed{30^{\circ}}$.", C),
    ("compare", r"20\%", r"The markup is $\boxed{20 \%}$.", C),
    ("compare", r"20\%", r"The markup is $\boxed{2\%}$.", W),
    ("compare", r"7.5\%", "The interest rate is 7.5%.", C),
    ("compare", r"\$4.20", r"The change is $\boxed{4.2}$ dollars.", C),
    ("compare", r"\$4.20", r"The change is $\boxed{\$42}$.", W),
    ("compare", r"\$1{,}250", "He saved 1250 dollars.\n\nAnswer: 1250 dollars", C),
    ("compare", "15", r"The cost per person is $\boxed{\$15.00}$.", C),
    # units and magnitudes
    ("compare", r"9\text{ m}", "The ladder reaches 9 meters.\n\nAnswer: 9 meters", C),
    ("compare", r"60 \text{ mph}", r"The average speed is $\boxed{60}$.", C),
    ("compare", r"60 \text{ mph}", r"The average speed is $\boxed{6\text{ mph}}$.", W),
    ("compare", r"3 \text{ km}", r"The distance is $\boxed{30\ \mathrm{km}}$.", W),
    ("compare", r"4.2 \times 10^{-3}", r"The concentration is $\boxed{4.2 \times 10^{-2}}$.", W),
    ("compare", r"1.5 \times 10^{-4}", "The rate constant is 1.5e-4.\n\nAnswer: 1.5e-4", C),
    ("compare", r"1.5 \times 10^{-4}", r"The rate constant is $\boxed{1.5 \times 10^{4}}$.", W),
    ("compare", r"2.998 \times 10^8", r"$c = \boxed{299800000}$", C),
    # thousands separators and decimals
    ("compare", "12,345", r"The sum is $\boxed{12345}$.", C),
    ("compare", "1,000,000", r"There are $\boxed{10^6}$ codes.", C),
    ("compare", "1,000,000", r"There are $\boxed{100{,}000}$ codes.", W),
    ("compare", "2{,}016", r"The year is $\boxed{2016}$.", C),
    ("compare", r"1\,024", r"The number of subsets is $\boxed{1024}$.", C),
    ("compare", "0.75", r"The efficiency is $\boxed{\frac{3}{4}}$.", C),
    ("compare", "1.5", r"The ratio is $\boxed{\frac{3}{2}}$.", C),
    ("compare", "0.2", r"The probability is $\boxed{\frac15}$.", C),
    ("compare", "0.2", r"The probability is $\boxed{\frac12}$.", W),
    ("compare", "3.75", r"The expected value is $\boxed{\frac{15}{4}}$.", C),
    ("compare", "3.75", r"The expected value is $\boxed{3.57}$.", W),
    # equations and expressions
    ("compare", "y = -x + 4", r"The tangent line is $\boxed{x + y = 4}$.", C),
    ("compare", "y = -x + 4", r"The tangent line is $\boxed{y = x + 4}$.", W),
    ("compare", "x^2+y^2=9", r"The circle is $\boxed{x^2 + y^2 = 3^2}$.", C),
    ("compare", r"y = \frac{1}{2}x - 1", r"The line is $\boxed{y = 0.5x - 1}$.", C),
    ("compare", "2x+1", r"$\boxed{1 + 2x}$", C),
    ("compare", "x^3-x", r"Factoring, $\boxed{x(x-1)(x+1)}$.", C),
    ("compare", r"\frac{1}{x(x+1)}", r"By partial fractions, $\boxed{\frac{1}{x} - \frac{1}{x+1}}$.", C),
    ("compare", r"\frac{1}{x(x+1)}", r"By partial fractions, $\boxed{\frac{1}{x} + \frac{1}{x+1}}$.", W),
    ("compare", "n^2", r"The sum of the first $n$ odd numbers is $\boxed{n \cdot n}$.", C),
    ("compare", "2^n - 1", r"The minimum number of moves is $\boxed{2^{n}-1}$.", C),
    ("compare", "2^n - 1", r"The minimum number of moves is $\boxed{2^{n-1}}$.", W),
    ("compare", r"\frac{n(n+1)(2n+1)}{6}", r"$\boxed{\frac{2n^3 + 3n^2 + n}{6}}$", C),
    ("compare", r"\frac{n(n+1)(2n+1)}{6}", r"$\boxed{\frac{n(n+1)}{2}}$", W),
    ("compare", "(a+b)(a-b)", r"$\boxed{a^2 - b^2}$", C),
    ("compare", "3^n", r"The number of colourings is $\boxed{n^3}$.", W),
    # text answers
    (
        "compare",
        r"\text{Carol}",
        "Carol is the only one whose statements are consistent.\n\n**Answer:** \\textbf{Carol}",
        C,
    ),
    ("compare", r"\text{yes}", "Such a configuration exists, as the construction above shows.\n\nAnswer: Yes", C),
    ("compare", r"\text{yes}", "No such configuration exists, by the parity argument.\n\nAnswer: No", W),
    ("compare", r"\text{hyperbola}", "The difference of distances is constant, so the locus is a hyperbola.", C),
    (
        "compare",
        r"\text{hyperbola}",
        "The distance to the focus equals the distance to the line, so the locus is a parabola.",
        W,
    ),
    ("compare", r"\text{infinitely many}", r"There are $\boxed{\text{infinitely many}}$ such triples.", C),
    ("compare", r"\text{even}", r"The sum is always $\boxed{\text{odd}}$.", W),
    # base-n
    ("compare", "2012_3", r"In base three, $59 = \boxed{2012_{3}}$.", C),
    ("compare", "2012_3", r"In base three, $65 = \boxed{2102_{3}}$.", W),
    ("compare", "777_8", r"The largest three-digit octal number is $\boxed{777_{8}}$.", C),
    # TheoremQA and AIME styles
    ("compare", "False", "The function is not uniformly continuous on the open interval.\n\nAnswer: False", C),
    ("compare", "[1, 2, 3]", "The eigenvalues in increasing order are [1, 2, 3].\n\nAnswer: [1, 2, 3]", C),
    ("compare", "[1, 2, 3]", "The eigenvalues in increasing order are [1, 3, 5].\n\nAnswer: [1, 3, 5]", W),
    ("compare", "0.5", "The probability of the event is 1/2.\n\nAnswer: 1/2", C),
    ("compare", "3.0", "The limit is 3.\n\nAnswer: 3", C),
    ("compare", "7", r"The answer is $\boxed{007}$.", C),
    ("compare", "070", r"The answer is $\boxed{70}$.", C),
    ("compare", "070", r"The answer is $\boxed{700}$.", W),
    # plus-minus
    ("compare", r"\pm 5", r"$\boxed{x = 5 \text{ or } x = -5}$", C),
    ("compare", "5, -5", r"$x = \boxed{\pm 5}$", C),
    ("compare", r"\{-4, 4\}", r"$\boxed{x = \pm 4}$", C),
    ("compare", r"\pm 5", r"$\boxed{5}$", W),
    ("compare", r"1 \pm \sqrt{2}", r"The roots are $\boxed{1 + \sqrt{2},\ 1 - \sqrt{2}}$.", C),
    ("compare", r"1 \pm \sqrt{2}", r"The root is $\boxed{1 + \sqrt{2}}$.", W),
    # labelled answers, chains, ratios
    ("compare", "7", r"Hence $\boxed{n = 7}$.", C),
    ("compare", "x=4", r"$\boxed{4}$", C),
    ("compare", "k = 2", r"$\boxed{k = -2}$", W),
    ("compare", "|AB| = 10", r"The length is $\boxed{10}$.", C),
    ("compare", "10", r"Therefore $\boxed{AB = 10}$.", C),
    ("compare", "f(x) = x^2", r"The function is $\boxed{x^2}$.", C),
    ("compare", "(m, n) = (2, 5)", r"$\boxed{m = 2,\ n = 5}$", C),
    ("compare", "(m,n)=(2,5)", r"$\boxed{(5, 2)}$", W),
    ("compare", "42", r"$\boxed{6 \times 7 = 42}$", C),
    ("compare", "42", r"$\boxed{6 \cdot 8 = 48}$", W),
    ("compare", "11", r"So the sum is $x = 5 + 6 = 11$.", C),
    ("compare", "2:3", r"The ratio of the volumes is $\boxed{2 : 3}$.", C),
    ("compare", "2:3", r"The ratio of the volumes is $\boxed{3 : 2}$.", W),
    # --- reading the gold
    ("gold", r"\boxed{\frac{1}{3}}", r"The probability is $\boxed{\frac{2}{6}}$.", C),
    ("gold", "$12$", "Answer: 12", C),
    ("gold", "12.", r"The answer is $\boxed{12}$.", C),
    ("gold", r"\\sqrt{2}", r"The length is $\boxed{\sqrt2}$.", C),
    ("gold", "\\dfrac{5}{7}\\", "Answer: 5/7", C),
    ("gold", "$(1,2)$", r"The point is $\boxed{(2, 1)}$.", W),
    ("gold", " 8 ", r"$\boxed{8}$", C),
    ("gold", r"\boxed{12}", r"$\boxed{21}$", W),
    ("gold", r"The answer is $\boxed{9}$.", "So the total is 9.\n\nAnswer: 9", C),
    ("gold", r"The answer is $\boxed{9}$.", "So the total is 6.\n\nAnswer: 6", W),
    # --- multiple choice
    ("choice", "B", r"Thus the number of such integers is 12. $\boxed{\textbf{(B) }12}$", C),
    ("choice", "B", r"Thus the number of such integers is 10. $\boxed{\textbf{(A) }10}$", W),
    ("choice", r"\textbf{(D)}", r"$\boxed{D}$", C),
    ("choice", "D", "The correct answer is (D).", C),
    ("choice", "D", r"$\boxed{(E)}$", W),
    ("choice", "C", "Option C is the only one consistent with the data.\n\nAnswer: C", C),
    ("choice", "A", "Option C is the only one consistent with the data. The answer is (C).", W),
    ("choice", "12", r"$\boxed{\textbf{(B)}~12}$", C),
    ("choice", "12", r"$\boxed{\textbf{(C)}~14}$", W),
    ("choice", "E", r"The answer is $\boxed{\text{E}}$.", C),
    ("choice", "A", "Only the first option survives.\n\nAnswer: A) 3", C),
    # --- precision: tiny and huge values, rational stand-ins, times, letters in expressions
    ("precision", r"\frac{1}{100!}", r"The probability is $\boxed{\frac{1}{101!}}$.", W),
    ("precision", r"\frac{1}{100!}", r"The probability is $\boxed{(100!)^{-1}}$.", C),
    ("precision", "e^{-200}", r"$\boxed{e^{-201}}$", W),
    ("precision", "e^{-200}", r"$\boxed{\frac{1}{e^{200}}}$", C),
    ("precision", "10^{-50}", r"$\boxed{0.1^{50}}$", C),
    ("precision", "10^{-50}", r"$\boxed{10^{-51}}$", W),
    ("precision", r"\frac{\pi}{10^{40}}", r"$\boxed{\frac{2\pi}{10^{40}}}$", W),
    ("precision", r"\pi", r"$\boxed{\frac{22}{7}}$", W),
    ("precision", r"\sqrt{2}", r"$\boxed{\frac{99}{70}}$", W),
    ("precision", "e", r"$\boxed{\frac{2721}{1001}}$", W),
    ("precision", "3^{200}", r"$\boxed{3^{201}}$", W),
    ("precision", "2^{64}", r"The number of grains is $\boxed{18446744073709551616}$.", C),
    ("precision", "2^{64}", r"The number of grains is $\boxed{18446744073709551615}$.", W),
    ("precision", "12:00", "The bells ring together again at 1:00.\n\nAnswer: 1:00", W),
    ("precision", "7:30", r"They meet at $\boxed{7{:}30}$.", C),
    ("precision", "B", r"$\boxed{B^2}$", W),
    ("precision", "A", r"Hence the area is $\boxed{2A}$.", W),
]


# Rows the lead wrote while fixing SEVENTH's first-contact misses (in-sample, like SIXTH_FIXES).
SEVENTH_FIXES: list[tuple[str, str, str, str]] = [
    # a text match keeps braces that group (the one false positive): `2^{n-1}` is not `2^n - 1`
    ("precision", "2^n - 1", "The count doubles each time: $\\boxed{2^{n+1}}$.", W),
    ("precision", "2^{n} - 1", "So the number of moves is $\\boxed{2^n-1}$.", C),
    ("precision", "3^{n-1}", "Hence $\\boxed{3^n - 1}$.", W),
    ("precision", "\\{2^{n-1}, 2^n - 1\\}", "The two values are $\\boxed{\\{2^n-1, 2^{n-1}\\}}$.", C),
    ("precision", "\\{2^{n-1}, 2^n - 1\\}", "The two values are $\\boxed{\\{2^n-1\\}}$.", W),
    ("compare", "7:30", "They meet at $\\boxed{7{:}30}$.", C),
    # spans joined by "or" after an answer label, then restated
    ("find", "(-\\infty,-2)\\cup(4,\\infty)", "**Answer:** $x < -2$ or $x > 4$.", C),
    ("find", "(-\\infty,-2)\\cup(4,\\infty)", "**Answer:** $x < -2$ or $x > 3$, i.e. $x \\notin [-2, 3]$.", W),
    ("find", "5", "The answer is $5$, and $5$ is prime.", C),
    # the reals minus points; a one-element set against its element
    ("compare", "(-\\infty, 2) \\cup (2, \\infty)", "The domain is $\\boxed{\\mathbb{R} \\setminus \\{2\\}}$.", C),
    ("compare", "(-\\infty, 2) \\cup (2, \\infty)", "The domain is $\\boxed{\\mathbb{R} \\setminus \\{-2\\}}$.", W),
    ("compare", "(-\\infty,-1)\\cup(-1,1)\\cup(1,\\infty)", "So $\\boxed{\\mathbb{R} - \\{1, -1\\}}$.", C),
    ("compare", "\\{4\\}", "The only solution is $\\boxed{4}$.", C),
    ("compare", "\\{4\\}", "The only solution is $\\boxed{-4}$.", W),
    ("compare", "\\{4, -4\\}", "The only solution is $\\boxed{4}$.", W),
]
