"""TWELFTH: a further held-out batch of labelled answer-verification pairs in outside styles (issue 12, section 2).

Written on 2026-12-01 by a helper session (branch h/batch12) for the lead, after ELEVENTH and with problems and
values invented for this file, to measure the verifier at first contact. Written blind: without reading
toolkit/longcot/verify/, the README's verification or Benchmarks sections, or any other file in tests/verify/
(only the first 60 lines of outside_ninth.py and of outside_eleventh.py, for the row format and header style),
without reading other branches, and without running longcot, math-verify or any other grader on any pair. Every
pair was labelled by hand (sympy used by hand to check the arithmetic only); pairs a reasonable grader could label
either way were left out. Committed before any grading run, so its first run is an out-of-sample number.

The batch imitates what a data engineer distilling long chain-of-thought data meets in real model outputs and
datasets: DeepSeek-R1 / QwQ `<think>` blocks followed by a boxed summary, Sky-T1 / Bespoke
`<|begin_of_thought|>` / `<|begin_of_solution|>` sections, concise o1/o3-style answers, Claude-style markdown
prose with bold answers, GPT-4o "**Final Answer**" sections with `\\[ \\boxed{} \\]`, Qwen2.5-Math and Llama
"The final answer is" endings, Minerva endings, GSM8K `####` lines and NuminaMath CoT solutions, with chat-template
tails. Most endings are ordinary on purpose, because most real outputs are.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect",
or "truncated" (the response stops before it states any final answer: mid-computation or mid-sentence; a
response that states an answer and then goes on is not truncated). About 60% are correct, about 35% close
negatives (a nearby value, a sign, a swapped tuple, a magnitude, an open/closed endpoint, a similar expression,
a wrong letter, an answer stated and then overruled by a later final statement) and about 5% truncated. The
category names the response style (or, for "overruled" and "truncated", the property under test). Golds are
written in the styles real datasets use (MATH-500 LaTeX, AIME integers with leading zeros, AMC letters,
NuminaMath `$...$` and `\\boxed{}` golds, GSM8K integers, plain text).
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _think(reasoning: str, tail: str) -> str:
    return "<think>\n" + reasoning + "\n</think>\n\n" + tail


def _bot(reasoning: str, solution: str) -> str:
    return (
        "<|begin_of_thought|>\n\n"
        + reasoning
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\n"
        + solution
        + "\n\n<|end_of_solution|>"
    )


def _gpt(body: str, answer: str) -> str:
    return body + "\n\n**Final Answer**\n\\[\n\\boxed{" + answer + "}\n\\]"


def _qwen(body: str, answer: str) -> str:
    return body + "\n\nThe final answer is $\\boxed{" + answer + "}$."


def _minerva(body: str, answer: str) -> str:
    return body + "\n\nFinal Answer: The final answer is $" + answer + "$. I hope it is correct."


def _gsm(body: str, answer: str) -> str:
    return body + "\n#### " + answer


_DS = "<｜end▁of▁sentence｜>"
_IM_END = "<|im_end|>"
_IM_TURN = "<|im_end|>\n<|im_start|>user\nNice. Can you do the next one too?<|im_end|>\n<|im_start|>assistant\n"
_EOT = "<|eot_id|>"
_EOT_TURN = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nCould you check step 3?<|eot_id|>"
_ENDOFTEXT = "<|endoftext|>"

_R_MOD = (
    "Okay, I need $7^{100} \\bmod 13$. Since 13 is prime and doesn't divide 7, Fermat gives $7^{12} \\equiv 1$. "
    "$100 = 8 \\cdot 12 + 4$, so $7^{100} \\equiv 7^4$. Now $7^2 = 49 = 39 + 10$, so $7^2 \\equiv 10$, and "
    "$7^4 \\equiv 100 = 91 + 9 \\equiv 9$. Let me double-check by another route: $7^3 = 343 = 26 \\cdot 13 + 5$, "
    "so $7^4 \\equiv 35 \\equiv 9$. Consistent."
)
_R_DICE = (
    "Alright, two fair six-sided dice, and I want the probability the sum is 8. The ordered pairs are (2,6), "
    "(3,5), (4,4), (5,3), (6,2). That's 5 outcomes out of 36. (1,7) isn't possible. So 5/36."
)
_R_DIST = (
    "Distance between $(-2, 3)$ and $(4, -1)$. $\\Delta x = 6$, $\\Delta y = -4$. So $d = \\sqrt{36 + 16} = "
    "\\sqrt{52}$. $52 = 4 \\cdot 13$, so $d = 2\\sqrt{13}$. Approximately 7.21, which seems reasonable."
)
_R_POLAR = (
    "Convert $(0, -3)$ to polar. $r = \\sqrt{0 + 9} = 3$. The point is on the negative $y$-axis, so "
    "$\\theta = \\frac{3\\pi}{2}$ when we require $0 \\le \\theta < 2\\pi$. Check: $3\\cos\\frac{3\\pi}{2} = 0$, "
    "$3\\sin\\frac{3\\pi}{2} = -3$. Good."
)
_R_ABS = (
    "Solve $|2x - 3| < 5$. That means $-5 < 2x - 3 < 5$, so $-2 < 2x < 8$, so $-1 < x < 4$. The inequality is "
    "strict, so the endpoints are excluded. Test $x = 0$: $|-3| = 3 < 5$, yes. Test $x = 4$: $|5| = 5$, not "
    "less than 5."
)
_R_LOG = (
    "Solve $\\log_3 x + \\log_3 (x - 6) = 3$. Combine: $\\log_3(x(x-6)) = 3$, so $x^2 - 6x = 27$, "
    "$x^2 - 6x - 27 = 0$, $(x - 9)(x + 3) = 0$. So $x = 9$ or $x = -3$. But $x = -3$ makes $\\log_3 x$ undefined, "
    "so reject it. Check $x = 9$: $\\log_3 9 + \\log_3 3 = 2 + 1 = 3$. Yes."
)
_R_SIN = (
    "Hmm, $\\sin 75^\\circ = \\sin(45^\\circ + 30^\\circ) = \\sin 45 \\cos 30 + \\cos 45 \\sin 30 = "
    "\\frac{\\sqrt2}{2}\\cdot\\frac{\\sqrt3}{2} + \\frac{\\sqrt2}{2}\\cdot\\frac12 = \\frac{\\sqrt6 + \\sqrt2}{4}$. "
    "Numerically $(2.449 + 1.414)/4 \\approx 0.966$, and $\\sin 75^\\circ \\approx 0.966$. Good."
)
_R_LEVEL = (
    "Arrangements of LEVEL. Letters: L, E, V, E, L. So L twice, E twice, V once. Number of distinct "
    "arrangements is $\\frac{5!}{2!\\,2!} = \\frac{120}{4} = 30$. Let me sanity check a smaller case: ABA has "
    "$3!/2! = 3$ arrangements: ABA, AAB, BAA. Right."
)
_R_ROOTS = (
    "We need to solve $x^2 = 2x + 15$. Rearranging, $x^2 - 2x - 15 = 0$. Factor: I need two numbers with "
    "product $-15$ and sum $-2$: that's $-5$ and $3$. So $(x - 5)(x + 3) = 0$, giving $x = 5$ or $x = -3$. "
    "Check: $25 = 10 + 15$ and $9 = -6 + 15$. Both work."
)
_R_VERTEX = (
    "Vertex of $y = x^2 - 6x + 11$. Complete the square: $x^2 - 6x + 9 + 2 = (x - 3)^2 + 2$. So the vertex is "
    "at $x = 3$, $y = 2$. Alternatively $x = -b/2a = 6/2 = 3$ and $y(3) = 9 - 18 + 11 = 2$."
)
_R_SERIES = (
    "The series $3 + 7 + 11 + \\cdots + 99$. Common difference 4. Number of terms: $(99 - 3)/4 + 1 = 24 + 1 = "
    "25$. Sum $= \\frac{25}{2}(3 + 99) = \\frac{25 \\cdot 102}{2} = 25 \\cdot 51 = 1275$."
)
_R_DAY = (
    "Today is Monday, what day is it 100 days from now? Days repeat every 7. $100 = 14 \\cdot 7 + 2$. So it's "
    "2 days after Monday. Monday + 1 = Tuesday, + 2 = Wednesday."
)

TWELFTH: list[tuple[str, str, str, str]] = [
    # DeepSeek-R1 / QwQ style: a <think> block, then a short summary with a boxed answer.
    (
        "r1",
        "9",
        _think(
            _R_MOD,
            "By Fermat's little theorem, $7^{12} \\equiv 1 \\pmod{13}$, so\n\n"
            "$$7^{100} = (7^{12})^8 \\cdot 7^4 \\equiv 7^4 \\equiv 10^2 \\equiv 9 \\pmod{13}.$$\n\n"
            "The remainder is $\\boxed{9}$.",
        ),
        C,
    ),
    (
        "r1",
        "9",
        _think(
            _R_MOD,
            "Since $7^{12} \\equiv 1 \\pmod{13}$ and $100 \\equiv 4 \\pmod{12}$, we get $7^{100} \\equiv "
            "7^4 \\equiv 9$."
            "\n\n**Answer:** $\\boxed{9}$" + _DS,
        ),
        C,
    ),
    (
        "r1",
        "9",
        _think(
            "We want $7^{100} \\bmod 13$. Fermat: $7^{12} \\equiv 1$. $100 = 12 \\cdot 8 + 4$... so the exponent "
            "reduces to 8? Let me write $7^{100} \\equiv 7^{8}$. $7^2 \\equiv 10$, $7^4 \\equiv 9$, $7^8 \\equiv 81 "
            "\\equiv 3$.",
            "Reducing the exponent modulo 12, $7^{100} \\equiv 7^8 \\equiv 3 \\pmod{13}$.\n\n$\\boxed{3}$",
        ),
        W,
    ),
    (
        "r1",
        "\\frac{5}{36}",
        _think(
            _R_DICE,
            "There are 5 favourable ordered outcomes out of 36, so the probability is $\\boxed{\\dfrac{5}{36}}$.",
        ),
        C,
    ),
    (
        "r1",
        "\\frac{5}{36}",
        _think(
            "Sum of 8 with two dice: {2,6}, {3,5}, {4,4}. That's 3 combinations. Out of 36 outcomes, so 3/36 = 1/12.",
            "The probability of rolling a sum of 8 is $\\boxed{\\frac{1}{12}}$." + _DS,
        ),
        W,
    ),
    (
        "r1",
        "2\\sqrt{13}",
        _think(
            _R_DIST,
            "Using the distance formula,\n$$d = \\sqrt{6^2 + (-4)^2} = \\sqrt{52} = 2\\sqrt{13}.$$\n\n"
            "$$\\boxed{2\\sqrt{13}}$$",
        ),
        C,
    ),
    (
        "r1",
        "2\\sqrt{13}",
        _think(_R_DIST, "$d = \\sqrt{(4-(-2))^2 + (-1-3)^2} = \\boxed{\\sqrt{52}}$"),
        C,
    ),
    (
        "r1",
        "\\left( 3, \\frac{3 \\pi}{2} \\right)",
        _think(_R_POLAR, "The polar coordinates are $\\boxed{\\left(3, \\frac{3\\pi}{2}\\right)}$." + _DS),
        C,
    ),
    (
        "r1",
        "\\left( 3, \\frac{3 \\pi}{2} \\right)",
        _think(
            "Point $(0,-3)$. $r = 3$. The angle: $\\tan\\theta = -3/0$ undefined, so $\\theta = \\pi/2$. "
            "So $(3, \\pi/2)$.",
            "$r = 3$ and $\\theta = \\frac{\\pi}{2}$, so the answer is $\\boxed{\\left(3, \\frac{\\pi}{2}\\right)}$.",
        ),
        W,
    ),
    (
        "r1",
        "(-1,4)",
        _think(_R_ABS, "$$-5 < 2x - 3 < 5 \\iff -1 < x < 4.$$\n\nThe solution set is $\\boxed{(-1, 4)}$."),
        C,
    ),
    (
        "r1",
        "(-1,4)",
        _think(_R_ABS, "Solving the compound inequality gives $\\boxed{-1 < x < 4}$."),
        C,
    ),
    (
        "r1",
        "(-1,4)",
        _think(
            "Solve $|2x - 3| < 5$: $-5 \\le 2x - 3 \\le 5$, so $-1 \\le x \\le 4$.",
            "The solution is $x \\in \\boxed{[-1, 4]}$.",
        ),
        W,
    ),
    (
        "r1",
        "9",
        _think(
            _R_LOG,
            "Combining the logarithms gives $(x-9)(x+3) = 0$; only $x = 9$ is in the domain.\n\n$$\\boxed{x = 9}$$",
        ),
        C,
    ),
    (
        "r1",
        "9",
        _think(
            "Solve $\\log_3 x + \\log_3 (x - 6) = 3$. So $x(x - 6) = 27$, $x^2 - 6x - 27 = 0$, $(x-9)(x+3) = 0$.",
            "The solutions are $\\boxed{x = 9 \\text{ or } x = -3}$.",
        ),
        W,
    ),
    (
        "r1",
        "\\frac{\\sqrt{6}+\\sqrt{2}}{4}",
        _think(
            _R_SIN,
            "Using the angle-addition formula,\n\n$$\\sin 75^\\circ = \\boxed{\\frac{\\sqrt{2} + \\sqrt{6}}{4}}$$",
        ),
        C,
    ),
    (
        "r1",
        "\\frac{\\sqrt{6}+\\sqrt{2}}{4}",
        _think(
            "$\\sin 75^\\circ$. Hmm, I'll use $\\sin(45^\\circ - 30^\\circ)$... wait, that's $15^\\circ$. Never mind, "
            "$\\sin 45 \\cos 30 - \\cos 45 \\sin 30 = \\frac{\\sqrt6 - \\sqrt2}{4}$.",
            "$$\\sin 75^\\circ = \\boxed{\\frac{\\sqrt{6} - \\sqrt{2}}{4}}$$",
        ),
        W,
    ),
    (
        "r1",
        "30",
        _think(
            _R_LEVEL,
            "The word LEVEL has 5 letters with L and E each repeated twice, so there are "
            "$\\frac{5!}{2!\\,2!} = \\boxed{30}$ distinct arrangements." + _DS,
        ),
        C,
    ),
    (
        "r1",
        "-3, 5",
        _think(_R_ROOTS, "Factoring, $(x-5)(x+3) = 0$, so $\\boxed{x = -3, 5}$."),
        C,
    ),
    (
        "r1",
        "-3, 5",
        _think(_R_ROOTS, "The solutions are $\\boxed{5, -3}$."),
        C,
    ),
    (
        "r1",
        "-3, 5",
        _think(
            "$x^2 - 2x - 15 = 0$, factor as $(x + 5)(x - 3)$. So $x = -5$ or $x = 3$.",
            "The solutions are $x = -5$ and $x = 3$, i.e. $\\boxed{-5, 3}$.",
        ),
        W,
    ),
    (
        "r1",
        "(3,2)",
        _think(_R_VERTEX, "Completing the square, $y = (x-3)^2 + 2$, so the vertex is $\\boxed{(3, 2)}$."),
        C,
    ),
    (
        "r1",
        "(3,2)",
        _think(_R_VERTEX, "The vertex is at $\\boxed{(2, 3)}$." + _DS),
        W,
    ),
    (
        "r1",
        "1275",
        _think(_R_SERIES, "There are 25 terms, so the sum is $\\frac{25(3 + 99)}{2} = \\boxed{1275}$."),
        C,
    ),
    (
        "r1",
        "\\text{Wednesday}",
        _think(
            _R_DAY, "Since $100 \\equiv 2 \\pmod 7$, the day is two days after Monday: $\\boxed{\\text{Wednesday}}$."
        ),
        C,
    ),
    (
        "r1",
        "\\text{Wednesday}",
        _think(_R_DAY, "$100 = 7 \\cdot 14 + 2$, so it will be **Wednesday**."),
        C,
    ),
    (
        "r1",
        "\\text{Wednesday}",
        _think(
            "100 days after Monday. $100 \\bmod 7 = 2$. Counting Monday as day 1, day 2 is Tuesday.",
            "It will be $\\boxed{\\text{Tuesday}}$.",
        ),
        W,
    ),
    (
        "r1",
        "42",
        _think(
            "GCD of 84 and 126. Euclid: $126 = 1 \\cdot 84 + 42$, $84 = 2 \\cdot 42 + 0$. So gcd is 42. Check: "
            "$84 = 2^2 \\cdot 3 \\cdot 7$, $126 = 2 \\cdot 3^2 \\cdot 7$, common part $2 \\cdot 3 \\cdot 7 = 42$.",
            "By the Euclidean algorithm, $\\gcd(84, 126) = \\boxed{42}$.",
        ),
        C,
    ),
    (
        "r1",
        "42",
        _think(
            "84 = 2^2 * 3 * 7 and 126 = 2 * 3^2 * 7. Take the highest powers: 2^2 * 3^2 * 7 = 252.",
            "$$\\gcd(84, 126) = \\boxed{252}$$",
        ),
        W,
    ),
    (
        "r1",
        "25\\pi",
        _think(
            "Circumference $10\\pi = 2\\pi r$ so $r = 5$. Area $= \\pi r^2 = 25\\pi$. About 78.5.",
            "The radius is 5, so the area is $\\boxed{25\\pi}$ square units." + _DS,
        ),
        C,
    ),
    (
        "r1",
        "15",
        _think(
            "$f(x) = 2x^2 - 3x + 1$, so $f(-2) = 2 \\cdot 4 - 3 \\cdot (-2) + 1 = 8 + 6 + 1 = 15$.",
            "$f(-2) = 8 + 6 + 1 = \\boxed{15}$",
        ),
        C,
    ),
    (
        "r1",
        "15",
        _think(
            "$f(-2) = 2(-2)^2 - 3(-2) + 1$. $2 \\cdot 4 = 8$, $-3 \\cdot -2$... that's $-6$. So $8 - 6 + 1 = 3$.",
            "Therefore $f(-2) = \\boxed{3}$.",
        ),
        W,
    ),
    (
        "r1",
        "\\begin{pmatrix} -2 & 1 \\\\ \\frac{3}{2} & -\\frac{1}{2} \\end{pmatrix}",
        _think(
            "Inverse of $\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$. Determinant $4 - 6 = -2$. Swap the "
            "diagonal, negate the off-diagonal: $\\begin{pmatrix} 4 & -2 \\\\ -3 & 1 \\end{pmatrix}$, divide by "
            "$-2$: $\\begin{pmatrix} -2 & 1 \\\\ 1.5 & -0.5 \\end{pmatrix}$. Check the product: row 1 times "
            "column 1 is $-2 + 3 = 1$, row 1 times column 2 is $-4 + 4 = 0$. Good.",
            "$$A^{-1} = \\boxed{\\begin{pmatrix} -2 & 1 \\\\ 1.5 & -0.5 \\end{pmatrix}}$$",
        ),
        C,
    ),
    (
        "r1",
        "\\begin{pmatrix} -2 & 1 \\\\ \\frac{3}{2} & -\\frac{1}{2} \\end{pmatrix}",
        _think(
            "Determinant is $-2$. Adjugate, then divide, giving the inverse.",
            "$$A^{-1} = \\boxed{\\begin{pmatrix} -2 & \\frac{3}{2} \\\\ 1 & -\\frac{1}{2} \\end{pmatrix}}$$",
        ),
        W,
    ),
    (
        "r1",
        "\\begin{pmatrix} -2 \\\\ -3 \\\\ 1 \\end{pmatrix}",
        _think(
            "Cross product $(1, 0, 2) \\times (0, 1, 3)$. $i$: $0 \\cdot 3 - 2 \\cdot 1 = -2$. $j$: $2 \\cdot 0 - 1 "
            "\\cdot 3 = -3$. $k$: $1 \\cdot 1 - 0 \\cdot 0 = 1$. Check orthogonality with the first vector: "
            "$-2 + 0 + 2 = 0$. With the second: $0 - 3 + 3 = 0$. Good.",
            "The cross product is $\\boxed{(-2, -3, 1)}$.",
        ),
        C,
    ),
    (
        "r1",
        "\\begin{pmatrix} -2 \\\\ -3 \\\\ 1 \\end{pmatrix}",
        _think(
            "I'll compute $(0,1,3) \\times (1,0,2)$: $(1 \\cdot 2 - 3 \\cdot 0, 3 \\cdot 1 - 0 \\cdot 2, 0 - 1) = "
            "(2, 3, -1)$.",
            "$$\\mathbf{u} \\times \\mathbf{v} = \\boxed{\\begin{pmatrix} 2 \\\\ 3 \\\\ -1 \\end{pmatrix}}$$",
        ),
        W,
    ),
    (
        "r1",
        "5+i",
        _think(
            "$(2 + 3i)(1 - i) = 2 - 2i + 3i - 3i^2 = 2 + i + 3 = 5 + i$.",
            "Expanding and using $i^2 = -1$: $\\boxed{5 + i}$" + _DS,
        ),
        C,
    ),
    (
        "r1",
        "5+i",
        _think(
            "$(2 + 3i)(1 - i) = 2 - 2i + 3i - 3i^2$. With $i^2 = -1$ that's $2 + i - 3 = -1 + i$.",
            "$$(2+3i)(1-i) = \\boxed{-1 + i}$$",
        ),
        W,
    ),
    (
        "r1",
        "-\\frac{1}{2}",
        _think(
            "$\\cos(2\\pi/3)$: that's 120 degrees, second quadrant, reference angle 60 degrees, cosine negative. "
            "So $-\\cos 60^\\circ = -1/2$.",
            "$\\cos\\frac{2\\pi}{3} = \\boxed{-0.5}$",
        ),
        C,
    ),
    (
        "r1",
        "-\\frac{1}{2}",
        _think(
            "$\\cos(2\\pi/3)$ is 120 degrees, reference angle 60, so $\\cos = 1/2$.",
            "$\\cos\\frac{2\\pi}{3} = \\boxed{\\frac{1}{2}}$",
        ),
        W,
    ),
    (
        "r1",
        "x^2-3x-10",
        _think(
            "$(x + 2)(x - 5) = x^2 - 5x + 2x - 10 = x^2 - 3x - 10$. Check at $x = 1$: $3 \\cdot (-4) = -12$ and "
            "$1 - 3 - 10 = -12$. Good.",
            "$$(x+2)(x-5) = \\boxed{x^2 - 3x - 10}$$",
        ),
        C,
    ),
    (
        "r1",
        "\\text{No}",
        _think(
            "Is 221 prime? $\\sqrt{221} \\approx 14.9$, so test primes up to 13. 2 no, 3: digit sum 5, no. 5 no. "
            "7: $7 \\cdot 31 = 217$, remainder 4. 11: $11 \\cdot 20 = 220$, remainder 1. 13: $13 \\cdot 17 = 221$. "
            "So 221 is composite.",
            "No. $221 = 13 \\times 17$, so it is not prime." + _DS,
        ),
        C,
    ),
    (
        "r1",
        "\\text{No}",
        _think(
            "Is 221 prime? Not divisible by 2, 3, 5, 7, or 11. $\\sqrt{221} < 15$, and I've checked up to 11...",
            "Since 221 has no prime factor up to 11, it is prime. **Answer: Yes.**",
        ),
        W,
    ),
    (
        "r1",
        "400",
        _think(
            "Sum of the first 20 odd numbers: $1 + 3 + \\cdots + 39$. The sum of the first $n$ odd numbers is "
            "$n^2$. So $400$. Check with $n = 3$: $1 + 3 + 5 = 9$.",
            "The sum of the first $n$ odd numbers is $n^2$, so the answer is $\\boxed{400}$.",
        ),
        C,
    ),
    (
        "r1",
        "12",
        _think(
            "15 percent of 80: $0.15 \\times 80 = 12$. Or 10% is 8 and 5% is 4, total 12.",
            "$15\\%$ of $80$ is $\\boxed{12}$.",
        ),
        C,
    ),
    (
        "r1",
        "\\frac{7}{2}",
        _think(
            "Solve $4x - 3 = 2x + 4$. Subtract $2x$: $2x - 3 = 4$, so $2x = 7$, $x = 3.5$.",
            "Therefore $x = \\boxed{3.5}$.",
        ),
        C,
    ),
    (
        "r1",
        "\\frac{\\sqrt{3}}{3}",
        _think(
            "$\\tan 30^\\circ = \\frac{\\sin 30}{\\cos 30} = \\frac{1/2}{\\sqrt3/2} = \\frac{1}{\\sqrt3}$.",
            "$$\\tan 30^\\circ = \\boxed{\\frac{1}{\\sqrt{3}}}$$",
        ),
        C,
    ),
    (
        "r1",
        "\\frac{\\sqrt{3}}{3}",
        _think(
            "$\\tan 30^\\circ$... $\\tan = \\cos/\\sin$? No wait. I'll go with $\\frac{\\sqrt3/2}{1/2} = \\sqrt3$.",
            "$$\\tan 30^\\circ = \\boxed{\\sqrt{3}}$$",
        ),
        W,
    ),
    (
        "r1",
        "2^{10}",
        _think(
            "Number of subsets of a 10-element set is $2^{10} = 1024$.",
            "Each element is either in or out, so there are $2^{10} = \\boxed{1024}$ subsets.",
        ),
        C,
    ),
    # QwQ-32B-Preview style: long prose reasoning with no tags, a Final Answer header at the end.
    (
        "qwq",
        "35",
        "So I have this problem: how many ways can I choose 3 books from 7 distinct books? Alright, order doesn't "
        "matter, so this is a combination. $\\binom{7}{3} = \\frac{7 \\cdot 6 \\cdot 5}{3 \\cdot 2 \\cdot 1} = "
        "\\frac{210}{6} = 35$.\n\nWait, let me make sure I'm not confusing it with permutations. Permutations would "
        "be $7 \\cdot 6 \\cdot 5 = 210$, but since the books are just chosen, not ordered, it's 35.\n\n"
        "**Final Answer**\n\n\\[ \\boxed{35} \\]",
        C,
    ),
    (
        "qwq",
        "35",
        "Let's see. I need to choose 3 books from 7, and I think the order matters here because... actually, "
        "hmm. I'll compute $7 \\times 6 \\times 5 = 210$.\n\nSo there are 210 ways.\n\n**Final Answer**\n\n"
        "\\[ \\boxed{210} \\]",
        W,
    ),
    (
        "qwq",
        "\\frac{1}{4}",
        "Okay, so I have two fair coins, and I want the probability that both land heads. Each coin is heads with "
        "probability $\\frac{1}{2}$, and they're independent, so I multiply: $\\frac12 \\cdot \\frac12 = \\frac14$."
        "\n\nLet me list the outcomes to double-check: HH, HT, TH, TT. Only one of the four is HH. Yep.\n\n"
        "**Final Answer**\n\n\\[ \\boxed{0.25} \\]",
        C,
    ),
    (
        "qwq",
        "\\frac{1}{4}",
        "Two coins, probability of at least one head. Outcomes HH, HT, TH, TT: three of four have a head.\n\n"
        'Wait, the problem asks for both heads? Let me re-read... it says "at least one head". OK, so '
        "$\\frac{3}{4}$.\n\n**Final Answer**\n\n\\[ \\boxed{\\dfrac{3}{4}} \\]",
        W,
    ),
    (
        "qwq",
        "64",
        "I'm trying to find $4^3$. That's $4 \\times 4 \\times 4$. $4 \\times 4 = 16$, and $16 \\times 4 = 64$.\n\n"
        'Hmm, is there any trick? The problem says "the volume of a cube with edge 4 cm", so it\'s $4^3 = 64$ '
        "cubic centimetres.\n\n**Final Answer**\n\n\\[ \\boxed{64 \\text{ cm}^3} \\]",
        C,
    ),
    (
        "qwq",
        "64",
        "The cube has edge length 4 cm, and I want the surface area... no wait, the volume. Actually, let me "
        'reread: "total surface area". Six faces of $16$ each, so $96$.\n\n**Final Answer**\n\n'
        "\\[ \\boxed{96} \\]",
        W,
    ),
    # Sky-T1 / Bespoke-Stratos style: thought and solution sections.
    (
        "sky",
        "4",
        _bot(
            "Okay, so I need to find the sum of the roots of $2x^2 - 8x + 3 = 0$. By Vieta's formulas, the sum is "
            "$-b/a = 8/2 = 4$. Let me verify with the quadratic formula: $x = \\frac{8 \\pm \\sqrt{64 - 24}}{4} = "
            "\\frac{8 \\pm \\sqrt{40}}{4}$. Adding the two roots, the radicals cancel, giving $16/4 = 4$. Yes.",
            "By Vieta's formulas, for $ax^2 + bx + c = 0$ the sum of the roots is $-\\frac{b}{a}$. Here $a = 2$ and "
            "$b = -8$, so the sum is\n\n\\[\n-\\frac{-8}{2} = 4.\n\\]\n\nThus, the sum of the roots is "
            "\\(\\boxed{4}\\).",
        ),
        C,
    ),
    (
        "sky",
        "4",
        _bot(
            "Sum of roots of $2x^2 - 8x + 3$. Hmm, Vieta: sum is $c/a$? That gives $3/2$. I think that's right.",
            "Using Vieta's formulas, the sum of the roots is \\(\\boxed{\\frac{3}{2}}\\).",
        ),
        W,
    ),
    (
        "sky",
        "36",
        _bot(
            "Okay, LCM of 12 and 18. $12 = 2^2 \\cdot 3$, $18 = 2 \\cdot 3^2$. LCM takes max powers: $2^2 \\cdot 3^2 "
            "= 36$. Check: $36/12 = 3$, $36/18 = 2$. And nothing smaller: multiples of 18 are 18, 36; 18 isn't "
            "divisible by 12.",
            "The prime factorizations are $12 = 2^2 \\cdot 3$ and $18 = 2 \\cdot 3^2$. Taking the highest power of "
            "each prime,\n\n\\[\n\\operatorname{lcm}(12, 18) = 2^2 \\cdot 3^2 = \\boxed{36}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "35",
        _bot(
            "Alright, diagonals of a decagon. Each vertex connects to $10 - 3 = 7$ non-adjacent vertices, and each "
            "diagonal is counted twice, so $10 \\cdot 7 / 2 = 35$. Alternatively $\\binom{10}{2} - 10 = "
            "45 - 10 = 35$.",
            "A polygon with $n$ sides has $\\frac{n(n-3)}{2}$ diagonals. For $n = 10$:\n\n\\[\n\\frac{10 \\cdot 7}{2} "
            "= 35\n\\]\n\nThe decagon has \\(\\boxed{35}\\) diagonals.",
        ),
        C,
    ),
    (
        "sky",
        "35",
        _bot(
            "Diagonals of a decagon: any two vertices determine a segment, $\\binom{10}{2} = 45$.",
            "The number of diagonals is \\(\\boxed{45}\\).",
        ),
        W,
    ),
    (
        "sky",
        "\\frac{4}{3}",
        _bot(
            "The line $3x + 4y = 12$ has slope $-3/4$. A perpendicular line has slope equal to the negative "
            "reciprocal, which is $4/3$. Check: $(-3/4)(4/3) = -1$. Good.",
            "Rewriting $3x + 4y = 12$ as $y = -\\frac{3}{4}x + 3$, the slope is $-\\frac34$. The perpendicular slope "
            "is the negative reciprocal:\n\n\\[\n\\boxed{\\dfrac{4}{3}}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "\\frac{4}{3}",
        _bot(
            "Slope of $3x + 4y = 12$ is $-3/4$. Perpendicular slope is the reciprocal, $-4/3$.",
            "The slope of the perpendicular line is \\(\\boxed{-\\frac{4}{3}}\\).",
        ),
        W,
    ),
    (
        "sky",
        "(7,3)",
        _bot(
            "Solve $x + y = 10$ and $x - y = 4$. Add: $2x = 14$, $x = 7$. Then $y = 3$. Check: $7 - 3 = 4$.",
            "Adding the equations gives $2x = 14$, so $x = 7$ and $y = 3$.\n\n\\[\n\\boxed{(7, 3)}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "(7,3)",
        _bot(
            "Solve $x + y = 10$, $x - y = 4$. Subtracting, $2y = 6$, $y = 3$, and $x = 7$. So the pair is $(x,y)$.",
            "The solution is $x = 7$, $y = 3$.\n\n\\[\n\\boxed{x = 7,\\ y = 3}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "(7,3)",
        _bot(
            "$x + y = 10$, $x - y = 4$. Subtracting gives $2y = 6$, so $y = 3$ and $x = 7$.",
            "The ordered pair is \\(\\boxed{(3, 7)}\\).",
        ),
        W,
    ),
    (
        "sky",
        "[2,5) \\cup (5,\\infty)",
        _bot(
            "Domain of $\\frac{\\sqrt{x - 2}}{x - 5}$. Need $x - 2 \\ge 0$, so $x \\ge 2$, and $x \\ne 5$. So "
            "$[2, 5) \\cup (5, \\infty)$. Note $x = 2$ is allowed since $\\sqrt{0} = 0$ and the denominator is $-3$.",
            "We need $x \\ge 2$ for the square root and $x \\neq 5$ for the denominator. The domain is\n\n\\[\n"
            "\\boxed{[2, 5) \\cup (5, \\infty)}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "[2,5) \\cup (5,\\infty)",
        _bot(
            "Domain: radicand positive, $x > 2$, and $x \\ne 5$.",
            "The domain is \\(\\boxed{(2, 5) \\cup (5, \\infty)}\\).",
        ),
        W,
    ),
    (
        "sky",
        "\\frac{3}{2}",
        _bot(
            "Infinite geometric series $1 + \\frac13 + \\frac19 + \\cdots$. First term 1, ratio $\\frac13$. Sum "
            "$= \\frac{1}{1 - 1/3} = \\frac{3}{2}$.",
            "The sum of the infinite geometric series is $\\frac{a}{1-r} = \\frac{1}{2/3}$, so the answer is "
            "\\(\\boxed{1.5}\\).",
        ),
        C,
    ),
    (
        "sky",
        "12\\pi",
        _bot(
            "Volume of a cone with radius 3 and height 4: $\\frac13 \\pi r^2 h = \\frac13 \\pi \\cdot 9 \\cdot 4 = "
            "12\\pi$.",
            "\\[\nV = \\frac{1}{3}\\pi (3)^2 (4) = \\boxed{12\\pi}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "-i",
        _bot(
            "Compute $i^{2023}$. Powers of $i$ cycle with period 4: $i, -1, -i, 1$. $2023 = 4 \\cdot 505 + 3$, so "
            "$i^{2023} = i^3 = -i$.",
            "Since $2023 \\equiv 3 \\pmod 4$, $i^{2023} = i^3 = \\boxed{-i}$.",
        ),
        C,
    ),
    (
        "sky",
        "-i",
        _bot(
            "$i^{2023}$: $2023 \\bmod 4$. $2020$ is divisible by 4, so remainder 3. $i^3$... $i^2 = -1$, so "
            "$i^3 = -1 \\cdot i$, wait I'll take $i^3 = i$.",
            "\\[\ni^{2023} = \\boxed{i}\n\\]",
        ),
        W,
    ),
    (
        "sky",
        "\\frac{4}{13}",
        _bot(
            "Probability of an ace or a heart from a standard deck. Aces: 4. Hearts: 13. Ace of hearts counted "
            "twice, so $4 + 13 - 1 = 16$. $16/52 = 4/13$.",
            "By inclusion-exclusion, $P = \\frac{4 + 13 - 1}{52} = \\frac{16}{52} = \\boxed{\\frac{4}{13}}$.",
        ),
        C,
    ),
    (
        "sky",
        "\\frac{4}{13}",
        _bot(
            "Aces 4, hearts 13, total 17 favourable cards.",
            "The probability is \\(\\boxed{\\frac{17}{52}}\\).",
        ),
        W,
    ),
    (
        "sky",
        "24",
        _bot(
            "Trailing zeros of $100!$: count factors of 5. $\\lfloor 100/5 \\rfloor = 20$, $\\lfloor 100/25 \\rfloor "
            "= 4$, $\\lfloor 100/125 \\rfloor = 0$. Total 24.",
            "Counting the factors of 5 in $100!$: $20 + 4 = 24$.\n\n\\[\n\\boxed{24}\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "6",
        _bot(
            "Median of 3, 9, 4, 7, 12, 5. Sort: 3, 4, 5, 7, 9, 12. Even count, so average the middle two: "
            "$(5 + 7)/2 = 6$.",
            "Sorted, the data are $3, 4, 5, 7, 9, 12$; the median is $\\frac{5 + 7}{2} = \\boxed{6}$.",
        ),
        C,
    ),
    (
        "sky",
        "6",
        _bot(
            "Median of 3, 9, 4, 7, 12, 5. The middle values are 4 and 7, average 5.5.",
            "The median is \\(\\boxed{5.5}\\).",
        ),
        W,
    ),
    (
        "sky",
        "8\\sqrt{2}",
        _bot(
            "$\\sqrt{50} + \\sqrt{18} = 5\\sqrt2 + 3\\sqrt2 = 8\\sqrt2$. Numerically $7.07 + 4.24 = 11.31$, and "
            "$8 \\cdot 1.414 = 11.31$.",
            "Simplifying each radical, $\\sqrt{50} = 5\\sqrt{2}$ and $\\sqrt{18} = 3\\sqrt{2}$, so the sum is "
            "\\(\\boxed{8\\sqrt{2}}\\).",
        ),
        C,
    ),
    (
        "sky",
        "\\{1,2,4,8\\}",
        _bot(
            "Positive divisors of 8: 1, 2, 4, 8. That's all since $8 = 2^3$.",
            "Since $8 = 2^3$, its positive divisors are the powers $2^0, \\dots, "
            "2^3$:\n\n\\[\n\\boxed{\\{8, 4, 2, 1\\}}"
            "\n\\]",
        ),
        C,
    ),
    (
        "sky",
        "\\{1,2,4,8\\}",
        _bot(
            "Divisors of 8 other than 8 itself? No, positive divisors: 1, 2, 4.",
            "The positive divisors are \\(\\boxed{\\{1, 2, 4\\}}\\).",
        ),
        W,
    ),
    # o1 / o3 style: a concise derivation and a plain final answer line.
    (
        "o1",
        "46",
        "Multiples of 3 below 100: 33. Multiples of 5: 19. Multiples of 15: 6.\n\n"
        "By inclusion-exclusion, 33 + 19 - 6 = 46.\n\n**Answer: 46**",
        C,
    ),
    (
        "o1",
        "46",
        "**Answer:** 46\n\nThere are ⌊99/3⌋ = 33 multiples of 3 and ⌊99/5⌋ = 19 multiples of 5 below 100; the 6 "
        "multiples of 15 are counted twice, which leaves 33 + 19 − 6 = 46.",
        C,
    ),
    (
        "o1",
        "46",
        "Multiples of 3 up to 100: 33; of 5: 20; of 15: 6. Total 33 + 20 − 6 = 47.\n\n**Answer: 47**",
        W,
    ),
    (
        "o1",
        "7",
        "2^10 = 1024, whose digits sum to 1 + 0 + 2 + 4 = 7.\n\nAnswer: 7",
        C,
    ),
    (
        "o1",
        "6",
        "Take the base from (0,0) to (4,0), length 4. The third vertex (1,3) is at height 3. "
        "Area = ½ · 4 · 3 = **6**.",
        C,
    ),
    (
        "o1",
        "6",
        "Using the shoelace formula with (0,0), (4,0), (1,3): |0·0 − 4·0 + 4·3 − 1·0 + 1·0 − 0·3| = 12.\n\n"
        "Area = **12**.",
        W,
    ),
    (
        "o1",
        "4",
        "32 = 2^5, so x + 1 = 5 and **x = 4**.",
        C,
    ),
    (
        "o1",
        "13",
        "By the Pythagorean theorem, √(5² + 12²) = √169 = 13.\n\nThe hypotenuse is 13.",
        C,
    ),
    (
        "o1",
        "\\frac{4}{11}",
        "Let x = 0.363636…; then 100x = 36.3636…, so 99x = 36 and x = 36/99 = 4/11.\n\n**Answer:** 4/11",
        C,
    ),
    (
        "o1",
        "\\frac{7}{2}",
        "The expected value of a fair die is (1 + 2 + 3 + 4 + 5 + 6)/6 = 21/6 = 3.5.\n\n**Answer: 3.5**",
        C,
    ),
    (
        "o1",
        "7",
        "The integers with |x| ≤ 3 are −3, −2, −1, 0, 1, 2, 3, so there are **7** of them.",
        C,
    ),
    (
        "o1",
        "97",
        "91 = 7·13, 93 = 3·31, 95 = 5·19, and 97 has no prime factor ≤ 9, so the smallest prime greater than 90 is "
        "**97**.",
        C,
    ),
    (
        "o1",
        "97",
        "91 is not divisible by 2, 3 or 5, so the smallest prime greater than 90 is **91**.",
        W,
    ),
    (
        "o1",
        "45^\\circ",
        "Exterior angles of any convex polygon sum to 360°, so each exterior angle of a regular octagon is "
        "360°/8 = **45°**.",
        C,
    ),
    (
        "o1",
        "45^\\circ",
        "Each interior angle of a regular octagon is (8 − 2)·180°/8 = **135°**.",
        W,
    ),
    (
        "o1",
        "391",
        "17 × 23 = 17 × 20 + 17 × 3 = 340 + 51 = 391.\n\n**Answer:** 391",
        C,
    ),
    (
        "o1",
        "x+2",
        "Factor the numerator: (x² − 4)/(x − 2) = (x − 2)(x + 2)/(x − 2) = x + 2 for x ≠ 2.\n\n**Answer:** $x + 2$",
        C,
    ),
    (
        "o1",
        "x+2",
        "(x² − 4)/(x − 2) = (x − 2)(x + 2)/(x − 2)… cancelling gives **x − 2**.",
        W,
    ),
    (
        "o1",
        "(3,-4)",
        "Complete the square: x² − 6x + y² + 8y = 0 becomes (x − 3)² + (y + 4)² = 25.\n\n"
        "Center: **(3, −4)**, radius 5.",
        C,
    ),
    (
        "o1",
        "(3,-4)",
        "x² − 6x + y² + 8y = 0 → (x + 3)² + (y − 4)² = 25.\n\nCenter: **(−3, 4)**",
        W,
    ),
    (
        "o1",
        "3x^2\\sin x + x^3\\cos x",
        "By the product rule, d/dx[x³ sin x] = $x^3 \\cos x + 3x^2 \\sin x$.",
        C,
    ),
    (
        "o1",
        "3x^2\\sin x + x^3\\cos x",
        "By the product rule the derivative is $3x^2 \\cos x$.",
        W,
    ),
    (
        "o1",
        "\\frac{8}{3}",
        "∫₀² x² dx = [x³/3]₀² = 8/3.\n\nAnswer: $\\tfrac{8}{3}$",
        C,
    ),
    (
        "o1",
        "\\frac{8}{3}",
        "∫₀² x² dx = [x³/3]₀² = 8/3 − 0 … wait, the integrand is x², and its antiderivative is x³/3, so this is "
        "(2³ − 0)/3 = 8/3. Hmm, but the question integrates from 1 to 2, so it's (8 − 1)/3 = 7/3.\n\n"
        "Answer: 7/3",
        W,
    ),
    (
        "o1",
        "3",
        "As x → 0, sin(3x)/x = 3 · sin(3x)/(3x) → 3 · 1.\n\n**Limit = 3**",
        C,
    ),
    (
        "o1",
        "30",
        "An icosahedron has 20 triangular faces; each edge is shared by 2 faces, so E = 20·3/2 = **30**.",
        C,
    ),
    (
        "o1",
        "30",
        "An icosahedron has 20 faces and 12 vertices. Euler: V − E + F = 2 gives E = 12 + 20 − 2 = **30**.",
        C,
    ),
    # Claude style: markdown headers, prose, a bold final answer.
    (
        "claude",
        "80",
        "## Finding the average speed\n\nAverage speed is total distance divided by total time:\n\n"
        "$$v = \\frac{240 \\text{ km}}{3 \\text{ h}} = 80 \\text{ km/h}$$\n\n"
        "The train's average speed is **80 km/h**.",
        C,
    ),
    (
        "claude",
        "80",
        "I'll divide the distance by the time.\n\n$$\\frac{240}{3} = 80$$\n\n"
        "**Answer: 80 kilometres per hour**\n\nIf you'd like it in metres per second, that's about 22.2 m/s.",
        C,
    ),
    (
        "claude",
        "80",
        "## Setting up\n\nThe train covers 240 km, but it stops for 30 minutes, so its moving time is 2.5 hours.\n\n"
        "## Result\n\n$$v = \\frac{240}{2.5} = 96 \\text{ km/h}$$\n\n**The average speed is 96 km/h.**",
        W,
    ),
    (
        "claude",
        "1102.50",
        "## Compound interest\n\nWith annual compounding, $A = P(1 + r)^t$:\n\n"
        "$$A = 1000 \\times 1.05^2 = 1000 \\times 1.1025 = 1102.50$$\n\n"
        "After two years the account holds **$1,102.50**.",
        C,
    ),
    (
        "claude",
        "1102.50",
        "## Interest after two years\n\nThe interest each year is 5% of \\$1,000, which is \\$50, so after two years "
        "the balance is\n\n$$1000 + 2 \\times 50 = 1100.$$\n\n**Final balance: \\$1,100**",
        W,
    ),
    (
        "claude",
        "2 \\pm 2i",
        "## Solving $x^2 - 4x + 8 = 0$\n\nThe discriminant is $16 - 32 = -16$, so the roots are complex:\n\n"
        "$$x = \\frac{4 \\pm \\sqrt{-16}}{2} = \\frac{4 \\pm 4i}{2} = 2 \\pm 2i$$\n\n"
        "**Answer:** $x = 2 + 2i$ and $x = 2 - 2i$.",
        C,
    ),
    (
        "claude",
        "2 \\pm 2i",
        "Using the quadratic formula on $x^2 - 4x + 8 = 0$:\n\n"
        "$$x = \\frac{-4 \\pm \\sqrt{16 - 32}}{2} = -2 \\pm 2i$$\n\n**So the solutions are $-2 \\pm 2i$.**",
        W,
    ),
    (
        "claude",
        "75^\\circ",
        "## Positions of the hands at 3:30\n\n"
        "- The minute hand points at 6, which is $180^\\circ$ from 12.\n"
        "- The hour hand moves $0.5^\\circ$ per minute, so it sits at $90^\\circ + 30 \\times 0.5^\\circ "
        "= 105^\\circ$."
        "\n\n## The angle\n\n$$180^\\circ - 105^\\circ = 75^\\circ$$\n\nThe angle between the hands is **75°**.",
        C,
    ),
    (
        "claude",
        "66",
        "Each handshake is an unordered pair of people, so the count is\n\n"
        "$$\\binom{12}{2} = \\frac{12 \\times 11}{2} = 66.$$\n\n**There are 66 handshakes.**",
        C,
    ),
    (
        "claude",
        "66",
        "Each of the 12 people shakes hands with the 11 others, so there are $12 \\times 11 = 132$ handshakes.\n\n"
        "**Answer: 132**",
        W,
    ),
    (
        "claude",
        "100",
        "## What total is needed\n\nAn average of 88 over five tests means a total of $5 \\times 88 = 440$ points."
        "\n\n## What's been earned\n\nFour tests averaging 85 give $4 \\times 85 = 340$ points.\n\n"
        "## The fifth test\n\n$$440 - 340 = 100$$\n\nShe needs a **100** on the fifth test, a perfect score.",
        C,
    ),
    (
        "claude",
        "3^{20}",
        "Write both with the same exponent:\n\n- $2^{30} = (2^3)^{10} = 8^{10}$\n- $3^{20} = (3^2)^{10} = 9^{10}$\n\n"
        "Since $9 > 8$, **$3^{20}$ is larger**.",
        C,
    ),
    (
        "claude",
        "3^{20}",
        "Compare exponents: $30 > 20$, and the bases 2 and 3 are close, so the larger exponent wins.\n\n"
        "**$2^{30}$ is larger.**",
        W,
    ),
    (
        "claude",
        "2",
        "## Combined rate\n\nPipe A fills $\\frac16$ of the tank per hour and pipe B fills $\\frac13$. Together:\n\n"
        "$$\\frac16 + \\frac13 = \\frac16 + \\frac26 = \\frac12 \\text{ tank per hour}$$\n\n"
        "So the tank fills in **2 hours**.",
        C,
    ),
    (
        "claude",
        "\\text{Bo}",
        "Let's order them. Ann is older than Bo, and Cy is older than Ann, so from oldest to youngest: Cy, Ann, Bo."
        "\n\n**Bo is the youngest.**",
        C,
    ),
    (
        "claude",
        "\\text{Bo}",
        "From the clues, Cy > Ann and Ann > Bo... wait, I read the second clue backwards. Ann is younger than Cy "
        "means Cy is older, so the ordering is Cy, Ann, Bo. Hmm, but the first clue says Bo is older than Ann.\n\n"
        "So the ordering is Cy, Bo, Ann, and **Ann is the youngest.**",
        W,
    ),
    (
        "claude",
        "26",
        "Work from the inside out.\n\n1. $g(2) = 3(2) - 1 = 5$\n2. $f(5) = 5^2 + 1 = 26$\n\n"
        "So $f(g(2)) = \\mathbf{26}$.",
        C,
    ),
    (
        "claude",
        "26",
        "First $f(2) = 2^2 + 1 = 5$, then $g(5) = 3(5) - 1 = 14$.\n\n**$f(g(2)) = 14$**",
        W,
    ),
    (
        "claude",
        "\\frac{5x-3}{2}",
        "## Finding the inverse\n\nSet $y = \\frac{2x + 3}{5}$ and solve for $x$:\n\n"
        "$$5y = 2x + 3 \\implies x = \\frac{5y - 3}{2}$$\n\nSwapping the variable names:\n\n"
        "$$f^{-1}(x) = \\frac{5x - 3}{2}$$\n\n**Check:** $f(f^{-1}(x)) = \\frac{(5x - 3) + 3}{5} = x$. ✓",
        C,
    ),
    (
        "claude",
        "\\frac{5x-3}{2}",
        "Solving $y = \\frac{2x+3}{5}$ for $x$: $5y = 2x + 3$, so $x = \\frac{5y + 3}{2}$.\n\n"
        "**$f^{-1}(x) = \\dfrac{5x + 3}{2}$**",
        W,
    ),
    (
        "claude",
        "\\frac{3}{8}",
        "There are $2^4 = 16$ equally likely sequences, and $\\binom{4}{2} = 6$ of them have exactly two heads.\n\n"
        "$$P = \\frac{6}{16} = \\frac{3}{8} = 0.375$$\n\n**The probability is 0.375.**",
        C,
    ),
    (
        "claude",
        "\\frac{3}{8}",
        "Each flip is heads with probability ½, so two heads has probability $\\left(\\tfrac12\\right)^2 = "
        "\\tfrac14$.\n\n**Answer: 1/4**",
        W,
    ),
    (
        "claude",
        "[2,\\infty)",
        "Since $x^2 \\ge 0$ for every real $x$, with equality at $x = 0$, we get $x^2 + 2 \\ge 2$, and every value "
        "above 2 is reached.\n\n**Range: $[2, \\infty)$**",
        C,
    ),
    (
        "claude",
        "[2,\\infty)",
        "$x^2$ is positive, so $x^2 + 2 > 2$.\n\n**Range: $(2, \\infty)$**",
        W,
    ),
    (
        "claude",
        "8",
        "## Two cases\n\n- $x - 4 = 7 \\Rightarrow x = 11$\n- $x - 4 = -7 \\Rightarrow x = -3$\n\n"
        "## Sum\n\n$11 + (-3) = 8$\n\nThe sum of the solutions is **8**.",
        C,
    ),
    (
        "claude",
        "8",
        "The solutions of $|x - 4| = 7$ are $x = 11$ and $x = -3$, so the sum is $11 - 3 = 8$... though the "
        "question asks for their product: $11 \\times (-3) = -33$.\n\n**Answer: −33**",
        W,
    ),
    (
        "claude",
        "720",
        "$6! = 6 \\times 5 \\times 4 \\times 3 \\times 2 \\times 1 = 720$\n\nSo there are **720** ways to line up "
        "the six runners.",
        C,
    ),
    (
        "claude",
        "1",
        "For a $2 \\times 2$ matrix, $\\det\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} = ad - bc$.\n\n"
        "$$\\det = 2 \\cdot 3 - 1 \\cdot 5 = 6 - 5 = 1$$\n\n**The determinant is 1**, so the matrix is invertible.",
        C,
    ),
    (
        "claude",
        "(5,4)",
        "The numbers $a$ and $b$ are the roots of $t^2 - 9t + 20 = 0$, which factors as $(t - 5)(t - 4)$. "
        "Since $a > b$:\n\n**$(a, b) = (5, 4)$**",
        C,
    ),
    (
        "claude",
        "(5,4)",
        "The roots of $t^2 - 9t + 20 = 0$ are 4 and 5, so **$(a, b) = (4, 5)$**.",
        W,
    ),
    (
        "claude",
        "37.5\\%",
        "To convert a fraction to a percent, multiply by 100:\n\n$$\\frac38 \\times 100 = 37.5$$\n\n"
        "**$\\frac{3}{8} = 37.5\\%$**",
        C,
    ),
    (
        "claude",
        "2, 5",
        "The matrix is diagonal, so its eigenvalues are the diagonal entries.\n\n"
        "**Eigenvalues: $\\lambda = 5$ and $\\lambda = 2$**",
        C,
    ),
    # GPT-4o style: numbered steps, "**Final Answer**" sections and display boxes.
    (
        "gpt4o",
        "72",
        _gpt(
            "To find the area, we first find the dimensions.\n\n### Step 1: Set up the equation\nLet the width be "
            "\\( w \\). Then the length is \\( 2w \\), and the perimeter is \\( 2(w + 2w) = 6w = 36 \\), so \\( w = 6 "
            "\\).\n\n### Step 2: Compute the area\nThe length is \\( 12 \\), so the area is \\( 6 \\times "
            "12 = 72 \\).",
            "72",
        ),
        C,
    ),
    (
        "gpt4o",
        "300",
        "To divide \\$540 in the ratio 4:5:\n\n1. **Total parts:** \\( 4 + 5 = 9 \\).\n2. **Value of one part:** "
        "\\( 540 \\div 9 = 60 \\).\n3. **Larger share:** \\( 5 \\times 60 = 300 \\).\n\nThus, the larger share is:\n"
        "\\[\n\\boxed{\\$300}\n\\]",
        C,
    ),
    (
        "gpt4o",
        "300",
        "1. **Total parts:** \\( 4 + 5 = 9 \\).\n2. **One part:** \\( 540 \\div 9 = 60 \\).\n3. **Smaller share:** "
        "\\( 4 \\times 60 = 240 \\).\n\nThus, the final answer is:\n\\[\n\\boxed{240}\n\\]",
        W,
    ),
    (
        "gpt4o",
        "25",
        _gpt(
            "Use \\( C = \\frac{5}{9}(F - 32) \\):\n\n\\[\nC = \\frac{5}{9}(77 - 32) = \\frac{5}{9} "
            "\\times 45 = 25\n\\]",
            "25^\\circ\\text{C}",
        ),
        C,
    ),
    (
        "gpt4o",
        "25",
        _gpt(
            "Use \\( C = \\frac{9}{5}F + 32 \\):\n\n\\[\nC = \\frac{9}{5} \\times 77 + 32 = 138.6 + 32 = 170.6\n\\]",
            "170.6",
        ),
        W,
    ),
    (
        "gpt4o",
        "(3,\\infty)",
        "To solve \\( 5x + 2 > 17 \\):\n\n1. Subtract 2 from both sides: \\( 5x > 15 \\).\n2. Divide by 5: "
        "\\( x > 3 \\).\n\nThe solution is:\n\\[\n\\boxed{x > 3}\n\\]",
        C,
    ),
    (
        "gpt4o",
        "(3,\\infty)",
        _gpt(
            "Subtracting 2 and dividing by 5 gives \\( x > 3 \\), i.e. all \\( x \\) in the interval", "(3, \\infty)"
        ),
        C,
    ),
    (
        "gpt4o",
        "(3,\\infty)",
        _gpt("Subtract 2: \\( 5x \\geq 15 \\). Divide by 5: \\( x \\geq 3 \\).", "[3, \\infty)"),
        W,
    ),
    (
        "gpt4o",
        "\\frac{99}{100}",
        _gpt(
            "### Step 1: Partial fractions\n\\[\n\\frac{1}{n(n+1)} = \\frac{1}{n} - \\frac{1}{n+1}\n\\]\n\n"
            "### Step 2: Telescoping\nThe sum from \\( n = 1 \\) to \\( 99 \\) collapses to \\( 1 - "
            "\\frac{1}{100} \\).",
            "\\frac{99}{100}",
        ),
        C,
    ),
    (
        "gpt4o",
        "\\frac{99}{100}",
        _gpt("The telescoping sum leaves \\( 1 - \\frac{1}{100} = 0.99 \\).", "0.99"),
        C,
    ),
    (
        "gpt4o",
        "\\frac{99}{100}",
        _gpt("The telescoping sum leaves \\( 1 - \\frac{1}{101} \\).", "\\frac{100}{101}"),
        W,
    ),
    (
        "gpt4o",
        "6\\pi",
        _gpt(
            "The area of a sector is \\( \\frac{\\theta}{360^\\circ} \\pi r^2 \\).\n\n\\[\n\\frac{60}{360} \\times "
            "\\pi \\times 6^2 = \\frac{1}{6} \\times 36\\pi = 6\\pi\n\\]",
            "6\\pi",
        ),
        C,
    ),
    (
        "gpt4o",
        "6\\pi",
        _gpt("\\[\n\\frac{60}{360} \\times 2\\pi \\times 6^2 = 12\\pi\n\\]", "12\\pi"),
        W,
    ),
    (
        "gpt4o",
        "8",
        "### Step 1: Mean\n\\( \\bar{x} = \\frac{2 + 4 + 6 + 8 + 10}{5} = 6 \\).\n\n### Step 2: Squared deviations\n"
        "\\( 16, 4, 0, 4, 16 \\), which sum to \\( 40 \\).\n\n### Step 3: Population variance\n"
        "\\( \\sigma^2 = \\frac{40}{5} = 8 \\).\n\n**Final Answer:** The population variance is \\( \\boxed{8} \\).",
        C,
    ),
    (
        "gpt4o",
        "8",
        "### Step 1: Mean\n\\( \\bar{x} = 6 \\).\n\n### Step 2: Squared deviations\nThey sum to \\( 40 \\).\n\n"
        "### Step 3: Variance\n\\( s^2 = \\frac{40}{5 - 1} = 10 \\).\n\n**Final Answer:** \\( \\boxed{10} \\)",
        W,
    ),
    (
        "gpt4o",
        "8x^9y^6",
        _gpt(
            "Raise each factor to the third power:\n\n\\[\n(2x^3y^2)^3 = 2^3 \\cdot (x^3)^3 \\cdot (y^2)^3 = "
            "8x^9y^6\n\\]",
            "8x^9y^6",
        ),
        C,
    ),
    (
        "gpt4o",
        "1830",
        _gpt("Using \\( \\frac{n(n+1)}{2} \\) with \\( n = 60 \\): \\( \\frac{60 \\cdot 61}{2} = 1830 \\).", "1830"),
        C,
    ),
    (
        "gpt4o",
        "(3,2,1)",
        "From the second and third equations, \\( x = y + 1 \\) and \\( z = y - 1 \\). Substituting into the first:"
        "\n\\[\n(y + 1) + y + (y - 1) = 3y = 6 \\implies y = 2.\n\\]\nSo \\( x = 3 \\) and \\( z = 1 \\).\n\n"
        "The solution is:\n\\[\n\\boxed{(x, y, z) = (3, 2, 1)}\n\\]",
        C,
    ),
    (
        "gpt4o",
        "(3,2,1)",
        _gpt("Solving the system gives \\( y = 2 \\), \\( x = 1 \\), \\( z = 3 \\).", "(1, 2, 3)"),
        W,
    ),
    (
        "gpt4o",
        "8000",
        _gpt(
            "In 12 hours the population doubles \\( 12 / 3 = 4 \\) times:\n\n\\[\n500 \\times 2^4 = 500 \\times 16 = "
            "8000\n\\]",
            "8{,}000",
        ),
        C,
    ),
    (
        "gpt4o",
        "8000",
        _gpt("It doubles \\( 12 / 3 = 4 \\) times, so \\( 500 \\times 2 \\times 4 = 4000 \\).", "4000"),
        W,
    ),
    (
        "gpt4o",
        "6.4 \\times 10^3",
        _gpt(
            "Multiply the coefficients and add the exponents:\n\n\\[\n(3.2 \\times 2) \\times 10^{5 + (-2)} = 6.4 "
            "\\times 10^{3}\n\\]",
            "6400",
        ),
        C,
    ),
    (
        "gpt4o",
        "6.4 \\times 10^3",
        _gpt("\\[\n(3.2 \\times 2) \\times 10^{5 - 2} = 6.4 \\times 10^{3}\n\\]", "6.4 \\times 10^{3}"),
        C,
    ),
    (
        "gpt4o",
        "6.4 \\times 10^3",
        _gpt("\\[\n(3.2 \\times 2) \\times 10^{5 + 2} = 6.4 \\times 10^{7}\n\\]", "6.4 \\times 10^{7}"),
        W,
    ),
    (
        "gpt4o",
        "2500",
        "Since \\( 1 \\text{ km} = 1000 \\text{ m} \\):\n\\[\n2.5 \\times 1000 = 2500\n\\]\n\nThus, the final answer "
        "is:\n\\[\n\\boxed{2500 \\text{ m}}\n\\]",
        C,
    ),
    (
        "gpt4o",
        "-3",
        _gpt("Since \\( \\frac{1}{8} = 2^{-3} \\), we have \\( \\log_2 \\frac18 = -3 \\).", "-3"),
        C,
    ),
    (
        "gpt4o",
        "4",
        _gpt(
            "For the ellipse \\( \\frac{x^2}{25} + \\frac{y^2}{9} = 1 \\), \\( a^2 = 25 \\) and \\( b^2 = 9 \\), so "
            "\\[\nc = \\sqrt{a^2 - b^2} = \\sqrt{16} = 4.\n\\]",
            "4",
        ),
        C,
    ),
    (
        "gpt4o",
        "4",
        _gpt("\\[\nc = \\sqrt{a^2 + b^2} = \\sqrt{34}\n\\]", "\\sqrt{34}"),
        W,
    ),
    (
        "gpt4o",
        "9",
        _gpt(
            "By the Remainder Theorem, the remainder on dividing by \\( x - 2 \\) is \\( p(2) "
            "\\):\n\\[\np(2) = 8 - 4 + "
            "5 = 9\n\\]",
            "9",
        ),
        C,
    ),
    (
        "gpt4o",
        "59",
        "The 20th term is \\( a_{20} = 3(20) - 1 = 59 \\).\n\n**Final Answer**\n\\[ \\boxed{59} \\]",
        C,
    ),
    (
        "gpt4o",
        "80",
        _gpt(
            "The general term is \\( \\binom{5}{k}(2x)^k \\). For \\( k = 3 \\):\n\\[\n\\binom{5}{3} \\cdot 2^3 = "
            "10 \\cdot 8 = 80\n\\]",
            "80",
        ),
        C,
    ),
    (
        "gpt4o",
        "80",
        _gpt("The coefficient of \\( x^3 \\) is \\( \\binom{5}{3} = 10 \\).", "10"),
        W,
    ),
    (
        "gpt4o",
        "2",
        "\\[\n\\mathbf{u} \\cdot \\mathbf{v} = (2)(4) + (-1)(0) + (3)(-2) = 8 + 0 - 6 = 2\n\\]\n\n"
        "Thus, the dot product is \\( \\boxed{2} \\).",
        C,
    ),
    # Qwen2.5-Math and Llama-3 style endings: "Therefore ... \(\boxed{}\)" and "The final answer is".
    (
        "qwen_math",
        "24",
        "To determine the number of positive divisors of 360, we start with its prime factorization:\n\\[\n360 = "
        "2^3 \\times 3^2 \\times 5^1\n\\]\nThe number of divisors is the product of one more than each exponent:\n"
        "\\[\n(3 + 1)(2 + 1)(1 + 1) = 4 \\times 3 \\times 2 = 24\n\\]\nTherefore, 360 has \\(\\boxed{24}\\) positive "
        "divisors." + _IM_END,
        C,
    ),
    (
        "qwen_math",
        "24",
        "The prime factorization of 360 is \\(2^3 \\times 3^2 \\times 5\\). Multiplying the exponents, \\(3 \\times "
        "2 \\times 1 = 6\\).\n\nTherefore, the number of positive divisors is \\(\\boxed{6}\\)." + _IM_END,
        W,
    ),
    (
        "qwen_math",
        "19",
        _qwen(
            "Let the roots be \\(r\\) and \\(s\\). By Vieta's formulas, \\(r + s = 5\\) and \\(rs = 3\\). Then\n\\[\n"
            "r^2 + s^2 = (r + s)^2 - 2rs = 25 - 6 = 19.\n\\]",
            "19",
        ),
        C,
    ),
    (
        "qwen_math",
        "19",
        _qwen("Using \\(r^2 + s^2 = (r + s)^2 + 2rs = 25 + 6\\), we get 31.", "31"),
        W,
    ),
    (
        "qwen_math",
        "4",
        "To find the remainder when \\(2^{50}\\) is divided by 7, note that \\(2^3 = 8 \\equiv 1 \\pmod{7}\\). Since "
        "\\(50 = 3 \\times 16 + 2\\),\n\\[\n2^{50} = (2^3)^{16} \\cdot 2^2 \\equiv 1 \\cdot 4 = 4 \\pmod{7}.\n\\]\n"
        "Thus, the remainder is \\(\\boxed{4}\\).",
        C,
    ),
    (
        "qwen_math",
        "4",
        "Since \\(2^3 \\equiv 1 \\pmod 7\\) and \\(50 = 3 \\times 16 + 2\\), we have \\(2^{50} \\equiv 2 \\pmod 7\\)."
        "\n\nThus, the remainder is \\(\\boxed{2}\\).",
        W,
    ),
    (
        "qwen_math",
        "988",
        _qwen(
            "The largest three-digit number is 999. Dividing, \\(999 = 13 \\times 76 + 11\\), so the largest multiple "
            "of 13 not exceeding 999 is \\(13 \\times 76 = 988\\).",
            "988",
        ),
        C,
    ),
    (
        "qwen_math",
        "988",
        _qwen("Since \\(999 \\div 13 \\approx 76.8\\), we take \\(13 \\times 75 = 975\\).", "975"),
        W,
    ),
    (
        "qwen_math",
        "2",
        "We have \\(\\lceil -2.3 \\rceil = -2\\) and \\(\\lfloor 4.7 \\rfloor = 4\\). Therefore,\n\\[\n"
        "\\lceil -2.3 \\rceil + \\lfloor 4.7 \\rfloor = -2 + 4 = \\boxed{2}.\n\\]" + _IM_END,
        C,
    ),
    (
        "qwen_math",
        "2",
        "We have \\(\\lceil -2.3 \\rceil = -3\\) and \\(\\lfloor 4.7 \\rfloor = 4\\), so the sum is \\(\\boxed{1}\\)."
        + _IM_END,
        W,
    ),
    (
        "llama",
        "(2,3)",
        "## Step 1: Set the equations equal\n$2x - 1 = -x + 5$\n\n## Step 2: Solve for x\n$3x = 6$, so $x = 2$.\n\n"
        "## Step 3: Find y\n$y = 2(2) - 1 = 3$.\n\nThe final answer is: $\\boxed{(2, 3)}$" + _EOT,
        C,
    ),
    (
        "llama",
        "(2,3)",
        "## Step 1: Set the equations equal\n$2x - 1 = -x + 5$\n\n## Step 2: Solve for x\n$x = 2$\n\n"
        "## Step 3: Find y\n$y = -2 + 5 = 3$\n\nThe final answer is: $\\boxed{(3, 2)}$" + _EOT,
        W,
    ),
    (
        "llama",
        "6\\sqrt{2}",
        "## Step 1: Factor out the largest perfect square\n$72 = 36 \\times 2$.\n\n## Step 2: Simplify\n"
        "$\\sqrt{72} = \\sqrt{36}\\sqrt{2} = 6\\sqrt{2}$.\n\nThe final answer is: $\\boxed{6\\sqrt{2}}$",
        C,
    ),
    (
        "llama",
        "6\\sqrt{2}",
        "## Step 1: Factor\n$72 = 9 \\times 8$.\n\n## Step 2: Simplify\n$\\sqrt{72} = 3\\sqrt{8} = 3 \\cdot 2 = 6$, "
        "hmm, so $\\sqrt{72} = 3\\sqrt{2}$.\n\nThe final answer is: $\\boxed{3\\sqrt{2}}$",
        W,
    ),
    (
        "qwen_math",
        "\\frac{\\sqrt{3}+1}{2}",
        _qwen(
            "Multiply the numerator and denominator by the conjugate \\(\\sqrt{3} + "
            "1\\):\n\\[\n\\frac{1}{\\sqrt{3} - 1}"
            " \\cdot \\frac{\\sqrt{3} + 1}{\\sqrt{3} + 1} = \\frac{\\sqrt{3} + 1}{3 - 1} = "
            "\\frac{\\sqrt{3} + 1}{2}.\n\\]",
            "\\frac{1 + \\sqrt{3}}{2}",
        ),
        C,
    ),
    (
        "qwen_math",
        "\\frac{\\sqrt{3}+1}{2}",
        _qwen("Multiplying by the conjugate gives \\(\\frac{\\sqrt3 - 1}{3 - 1}\\).", "\\frac{\\sqrt{3} - 1}{2}"),
        W,
    ),
    (
        "qwen_math",
        "728",
        _qwen(
            "The series \\(2 + 6 + 18 + \\cdots + 2 \\cdot 3^5\\) is geometric with first term 2, ratio 3 "
            "and 6 terms:\n"
            "\\[\nS = \\frac{2(3^6 - 1)}{3 - 1} = 3^6 - 1 = 728.\n\\]",
            "728",
        ),
        C,
    ),
    (
        "qwen_math",
        "81",
        "Each of the 4 positions can be any of 3 letters, so there are \\(3^4 = 81\\) strings.\n\n"
        "The final answer is \\(\\boxed{81}\\).",
        C,
    ),
    (
        "llama",
        "5",
        "## Step 1: Recall the modulus formula\n$|a + bi| = \\sqrt{a^2 + b^2}$\n\n## Step 2: Apply it\n"
        "$|3 - 4i| = \\sqrt{9 + 16} = \\sqrt{25} = 5$\n\nThe final answer is: $\\boxed{5}$" + _EOT_TURN,
        C,
    ),
    (
        "llama",
        "\\frac{\\pi}{3}",
        "## Step 1: Find the modulus\n$|1 + i\\sqrt3| = 2$.\n\n## Step 2: Find the argument\n$\\cos\\theta = \\frac12$"
        " and $\\sin\\theta = \\frac{\\sqrt3}{2}$, so $\\theta = \\frac{\\pi}{3}$.\n\nThe final answer is: "
        "$\\boxed{\\frac{\\pi}{3}}$",
        C,
    ),
    (
        "llama",
        "\\frac{\\pi}{3}",
        "## Step 1: Find the argument\n$\\tan\\theta = \\frac{1}{\\sqrt3}$, so $\\theta = \\frac{\\pi}{6}$.\n\n"
        "The final answer is: $\\boxed{\\frac{\\pi}{6}}$",
        W,
    ),
    (
        "qwen_math",
        "\\frac{\\ln 5}{2}",
        _qwen(
            "Taking the natural logarithm of both sides of \\(e^{2x} = 5\\) gives \\(2x = \\ln 5\\).",
            "\\frac{1}{2}\\ln 5",
        ),
        C,
    ),
    (
        "qwen_math",
        "\\frac{\\ln 5}{2}",
        _qwen("Taking logarithms, \\(2x = \\ln 5\\), so \\(x = \\ln 5 - \\ln 2\\).", "\\ln \\frac{5}{2}"),
        W,
    ),
    (
        "qwen_math",
        "x^2+x-2",
        _qwen(
            "A monic quadratic with roots 1 and \\(-2\\) is \\((x - 1)(x + 2) = x^2 + 2x - x - 2 = x^2 + x - 2\\).",
            "x^2 + x - 2",
        ),
        C,
    ),
    (
        "qwen_math",
        "x^2+x-2",
        _qwen("A quadratic with roots 1 and \\(-2\\) is \\((x + 1)(x - 2)\\).", "x^2 - x - 2"),
        W,
    ),
    (
        "llama",
        "-5",
        "## Step 1: Find the vertex\nThe minimum of $3x^2 - 12x + 7$ is at $x = \\frac{12}{6} = 2$.\n\n## Step 2: "
        "Evaluate\n$f(2) = 12 - 24 + 7 = -5$.\n\nThe final answer is: $\\boxed{-5}$" + _EOT,
        C,
    ),
    (
        "llama",
        "-5",
        "## Step 1: Find the vertex\nThe minimum of $3x^2 - 12x + 7$ occurs at $x = \\frac{12}{6} = 2$.\n\n"
        "The final answer is: $\\boxed{2}$" + _EOT,
        W,
    ),
    (
        "qwen_math",
        "10",
        "The perfect squares from 1 to 100 are \\(1^2, 2^2, \\ldots, 10^2\\). Therefore, there are \\(\\boxed{10}\\) "
        "such integers.<|im_end|>\n<|endoftext|>",
        C,
    ),
    (
        "llama",
        "133",
        "## Step 1: Supplementary angles sum to 180°\n$180^\\circ - 47^\\circ = 133^\\circ$\n\n"
        "The final answer is: $\\boxed{133^\\circ}$",
        C,
    ),
    (
        "llama",
        "133",
        "## Step 1: Complementary angles sum to 90°\n$90^\\circ - 47^\\circ = 43^\\circ$\n\n"
        "The final answer is: $\\boxed{43}$",
        W,
    ),
    # Minerva style: "Final Answer: The final answer is $x$. I hope it is correct."
    (
        "minerva",
        "\\frac{7}{8}",
        _minerva(
            "We have $\\frac12 + \\frac14 + \\frac18 = \\frac48 + \\frac28 + \\frac18 = \\frac78$.", "\\frac{7}{8}"
        ),
        C,
    ),
    (
        "minerva",
        "\\frac{7}{8}",
        _minerva("We have $\\frac12 + \\frac14 + \\frac18 = \\frac{3}{14}$.", "\\frac{3}{14}"),
        W,
    ),
    (
        "minerva",
        "8",
        _minerva("Factoring, $\\frac{3^4 - 3^2}{3^2} = 3^2 - 1 = 8$.", "8"),
        C,
    ),
    (
        "minerva",
        "8",
        _minerva("We have $\\frac{3^4 - 3^2}{3^2} = 3^2 = 9$.", "9"),
        W,
    ),
    (
        "minerva",
        "6",
        _minerva("Cross-multiplying $\\frac{2}{x} = \\frac{5}{15}$ gives $5x = 30$, so $x = 6$.", "x=6"),
        C,
    ),
    (
        "minerva",
        "3",
        _minerva(
            "The units digits of powers of 7 cycle through $7, 9, 3, 1$. Since $23 = 4 \\cdot 5 + 3$, the units "
            "digit of $7^{23}$ is the third in the cycle, which is $3$.",
            "3",
        ),
        C,
    ),
    (
        "minerva",
        "3",
        _minerva("The cycle is $7, 9, 3, 1$ and $23 \\equiv 3 \\pmod 4$, so the digit is $1$.", "1"),
        W,
    ),
    (
        "minerva",
        "\\frac{7}{9}",
        _minerva("Let $x = 0.\\overline{7}$. Then $10x - x = 7$, so $x = \\frac{7}{9}$.", "\\frac79"),
        C,
    ),
    (
        "minerva",
        "-2",
        _minerva("The slope is $\\frac{-3 - 5}{6 - 2} = \\frac{-8}{4} = -2$.", "-2"),
        C,
    ),
    (
        "minerva",
        "-2",
        _minerva("The slope is $\\frac{6 - 2}{-3 - 5} = -\\frac{1}{2}$.", "-\\frac{1}{2}"),
        W,
    ),
    (
        "minerva",
        "56",
        _minerva("We have $\\binom{8}{3} = \\frac{8 \\cdot 7 \\cdot 6}{3 \\cdot 2 \\cdot 1} = 56$.", "56"),
        C,
    ),
    (
        "minerva",
        "12",
        _minerva(
            "The altitude to the side of length 6 bisects it, so it has length $\\sqrt{5^2 - 3^2} = 4$. The area is "
            "$\\frac12 \\cdot 6 \\cdot 4 = 12$.",
            "12",
        ),
        C,
    ),
    (
        "minerva",
        "12",
        _minerva("The altitude has length 4, so the area is $6 \\cdot 4 = 24$.", "24"),
        W,
    ),
    (
        "minerva",
        "-9",
        _minerva("Subtracting $2k$ and $4$ from both sides of $3k + 4 = 2k - 5$ gives $k = -9$.", "-9"),
        C,
    ),
    # GSM8K style: calculator annotations and a "####" line, or the few-shot "The answer is" ending.
    (
        "gsm8k",
        "15",
        _gsm(
            "Lena spends 4 * 3 = <<4*3=12>>12 dollars on notebooks.\nShe spends 2 * 1.50 = <<2*1.5=3>>3 dollars on "
            "pens.\nIn total she spends 12 + 3 = <<12+3=15>>15 dollars.",
            "15",
        ),
        C,
    ),
    (
        "gsm8k",
        "15",
        _gsm(
            "Lena spends 4 * 3 = <<4*3=12>>12 dollars on notebooks.\nShe spends 1.50 dollars on pens.\n"
            "In total she spends 12 + 1.50 = <<12+1.5=13.5>>13.50 dollars.",
            "13.50",
        ),
        W,
    ),
    (
        "gsm8k",
        "36",
        _gsm(
            "The baker sells 120 * 3/5 = <<120*3/5=72>>72 cookies.\nHe has 120 - 72 = <<120-72=48>>48 cookies left.\n"
            "After giving away 12, he has 48 - 12 = <<48-12=36>>36 cookies.",
            "36",
        ),
        C,
    ),
    (
        "gsm8k",
        "36",
        _gsm(
            "The baker sells 120 * 3/5 = <<120*3/5=72>>72 cookies.\nHe has 120 - 72 = <<120-72=48>>48 cookies left.",
            "48",
        ),
        W,
    ),
    (
        "gsm8k",
        "132",
        "Tom runs 5 * 5 = 25 km on weekdays.\nWith Saturday, he runs 25 + 8 = 33 km per week.\n"
        "In 4 weeks he runs 33 * 4 = 132 km.\nThe answer is 132.",
        C,
    ),
    (
        "gsm8k",
        "132",
        "Tom runs 5 * 5 = 25 km on weekdays.\nWith Saturday, he runs 25 + 8 = 33 km per week.\nThe answer is 33.",
        W,
    ),
    (
        "gsm8k",
        "32.4",
        _gsm(
            "The discount is 40 * 0.25 = <<40*0.25=10>>10 dollars, so the sale price is 40 - 10 = <<40-10=30>>30 "
            "dollars.\nThe tax is 30 * 0.08 = <<30*0.08=2.4>>2.40 dollars.\nShe pays 30 + 2.40 = <<30+2.4=32.4>>32.40 "
            "dollars.",
            "32.40",
        ),
        C,
    ),
    (
        "gsm8k",
        "32.4",
        _gsm(
            "The discount is 40 * 0.25 = <<40*0.25=10>>10 dollars.\nShe pays 40 - 10 = <<40-10=30>>30 dollars.", "30"
        ),
        W,
    ),
    (
        "gsm8k",
        "36",
        _gsm(
            "The tip is 90 * 0.20 = <<90*0.20=18>>18 dollars.\nThe total is 90 + 18 = <<90+18=108>>108 dollars.\n"
            "Each friend pays 108 / 3 = <<108/3=36>>36 dollars.",
            "36",
        ),
        C,
    ),
    (
        "gsm8k",
        "320",
        _gsm(
            "In 12 hours the tank loses 15 * 12 = <<15*12=180>>180 liters.\nIt has 500 - 180 = <<500-180=320>>320 "
            "liters left.",
            "320",
        ),
        C,
    ),
    (
        "gsm8k",
        "30",
        "Let the son's age be s, so Mia is 3s.\nIn 10 years: 3s + 10 = 2(s + 10), so 3s + 10 = 2s + 20 and s = 10.\n"
        "Mia is 3 * 10 = 30 years old.\n#### 30",
        C,
    ),
    (
        "gsm8k",
        "30",
        "Let the son's age be s, so Mia is 3s.\nIn 10 years: 3s + 10 = 2(s + 10), so s = 10.\n#### 10",
        W,
    ),
    (
        "gsm8k",
        "7",
        _gsm(
            "If all 30 animals were chickens there would be 30 * 2 = <<30*2=60>>60 legs.\nThere are 74 - 60 = "
            "<<74-60=14>>14 extra legs, and each cow adds 2 more legs, so there are 14 / 2 = <<14/2=7>>7 cows.",
            "7",
        ),
        C,
    ),
    (
        "gsm8k",
        "7",
        _gsm(
            "If all 30 animals were chickens there would be 60 legs.\nThe 14 extra legs mean 7 cows, so there are "
            "30 - 7 = <<30-7=23>>23 chickens.",
            "23",
        ),
        W,
    ),
    (
        "gsm8k",
        "210",
        "First part: 60 * 2.5 = <<60*2.5=150>>150 miles.\nSecond part: 40 * 1.5 = <<40*1.5=60>>60 miles.\n"
        "Total: 150 + 60 = <<150+60=210>>210 miles.\n#### 210 miles",
        C,
    ),
    (
        "gsm8k",
        "16",
        _gsm("Sam needs 240 / 15 = <<240/15=16>>16 weeks.", "16"),
        C,
    ),
    (
        "gsm8k",
        "16",
        "There are 28 * 3/7 = <<28*3/7=12>>12 boys.\nSo there are 28 - 12 = <<28-12=16>>16 girls.\nThe answer is 16.",
        C,
    ),
    (
        "gsm8k",
        "16",
        "There are 28 * 3/7 = <<28*3/7=12>>12 boys in the class.\nThe answer is 12.",
        W,
    ),
    (
        "gsm8k",
        "1",
        _gsm(
            "There are 5 * 8 = <<5*8=40>>40 slices.\nThe people eat 13 * 3 = <<13*3=39>>39 slices.\n"
            "So 40 - 39 = <<40-39=1>>1 slice is left.",
            "1",
        ),
        C,
    ),
    (
        "gsm8k",
        "42",
        _gsm(
            "The trip uses 420 / 35 = <<420/35=12>>12 gallons.\nThe gas costs 12 * 3.50 = <<12*3.5=42>>42 dollars.",
            "42",
        ),
        C,
    ),
    (
        "gsm8k",
        "882",
        _gsm(
            "Regular pay: 40 * 18 = <<40*18=720>>720 dollars.\nOvertime rate: 18 * 1.5 = <<18*1.5=27>>27 dollars.\n"
            "Overtime pay: 6 * 27 = <<6*27=162>>162 dollars.\nTotal: 720 + 162 = <<720+162=882>>882 dollars.",
            "882",
        ),
        C,
    ),
    (
        "gsm8k",
        "882",
        _gsm("Regular pay: 40 * 18 = <<40*18=720>>720.\nOvertime pay: 6 * 18 = <<6*18=108>>108.\nTotal: 828.", "828"),
        W,
    ),
    (
        "gsm8k",
        "13",
        _gsm("Emma needs 312 / 24 = <<312/24=13>>13 days.", "13"),
        C,
    ),
    (
        "gsm8k",
        "200",
        _gsm(
            "The perimeter is 2 * (12 + 8) = <<2*(12+8)=40>>40 meters.\nThe fence costs 40 * 5 = <<40*5=200>>200 "
            "dollars.",
            "200",
        ),
        C,
    ),
    (
        "gsm8k",
        "200",
        _gsm(
            "The area is 12 * 8 = <<12*8=96>>96 square meters.\nThe cost is 96 * 5 = <<96*5=480>>480 dollars.", "480"
        ),
        W,
    ),
    (
        "gsm8k",
        "1200",
        _gsm(
            "The club sold 48 tickets at 25 dollars each, so it raised 48 * 25 = <<48*25=1200>>1200 dollars.", "1,200"
        ),
        C,
    ),
    (
        "gsm8k",
        "1200",
        _gsm("The club raised 48 * 25 = <<48*25=1200>>1200 dollars.", "$1200"),
        C,
    ),
    # NuminaMath CoT style: numbered bold steps, displays, a boxed conclusion; golds as `$...$` or `\boxed{}`.
    (
        "numina",
        "$0$",
        "1. **Identify the integers**: $n^2 < 30$ holds for $-5 \\le n \\le 5$, since $5^2 = 25 < 30$ and "
        "$6^2 = 36 > 30$.\n\n2. **Sum them**: The integers are symmetric about $0$, so they cancel in pairs:\n\\[\n"
        "(-5) + (-4) + \\cdots + 4 + 5 = 0\n\\]\n\n3. **Conclusion**: The sum is $\\boxed{0}$.",
        C,
    ),
    (
        "numina",
        "$0$",
        "1. **Identify the integers**: $n^2 < 30$ gives the positive integers $1, 2, 3, 4, 5$.\n\n"
        "2. **Sum them**: $1 + 2 + 3 + 4 + 5 = 15$.\n\nThus, the sum is $\\boxed{15}$.",
        W,
    ),
    (
        "numina",
        "$-1$",
        "Since $x = 2$ is a root of $ax + 3 = 2x + 3a$, substitute $x = 2$:\n\\[\n2a + 3 = 4 + 3a\n\\]\n"
        "Solving, $a = -1$.\n\nTherefore, the answer is $\\boxed{-1}$.",
        C,
    ),
    (
        "numina",
        "$-1$",
        "Substituting $x = 2$: $2a + 3 = 4 + 3a$, so $a = 1$.\n\nTherefore, the answer is $\\boxed{1}$.",
        W,
    ),
    (
        "numina",
        "185",
        "Given $a_1 = 5$ and $d = 3$, the sum of the first $10$ terms is\n\\[\nS_{10} = \\frac{10}{2}\\left(2a_1 + "
        "9d\\right) = 5(10 + 27) = 185.\n\\]\nHence, $S_{10} = \\boxed{185}$.",
        C,
    ),
    (
        "numina",
        "$3$",
        "Divide the numerator and denominator by $\\cos\\alpha$ (which is nonzero because $\\tan\\alpha$ is "
        "defined):\n\\[\n\\frac{\\sin\\alpha + \\cos\\alpha}{\\sin\\alpha - \\cos\\alpha} = \\frac{\\tan\\alpha + 1}"
        "{\\tan\\alpha - 1} = \\frac{2 + 1}{2 - 1} = 3\n\\]\nSo, the answer is $\\boxed{3}$.",
        C,
    ),
    (
        "numina",
        "$3$",
        "Dividing by $\\cos\\alpha$,\n\\[\n\\frac{\\tan\\alpha + 1}{1 - \\tan\\alpha} = \\frac{3}{-1} = -3\n\\]\n"
        "So, the answer is $\\boxed{-3}$.",
        W,
    ),
    (
        "numina",
        "$(-\\infty, 2]$",
        "The parabola $f(x) = x^2 - 2ax + 3$ opens upward with axis $x = a$, so $f$ is increasing on $[a, +\\infty)$."
        " For $f$ to be increasing on $[2, +\\infty)$ we need $a \\le 2$.\n\nThus, the range of $a$ is "
        "$\\boxed{(-\\infty, 2]}$.",
        C,
    ),
    (
        "numina",
        "$(-\\infty, 2]$",
        "The axis of symmetry is $x = a$, and $f$ increases to its right, so we need $a \\leq 2$.\n\n"
        "Therefore, $\\boxed{a \\leq 2}$.",
        C,
    ),
    (
        "numina",
        "$(-\\infty, 2]$",
        "The axis of symmetry is $x = a$, and we need it strictly to the left of $2$.\n\nThus, the range of $a$ is "
        "$\\boxed{(-\\infty, 2)}$.",
        W,
    ),
    (
        "numina",
        "$i$",
        "Multiply the numerator and denominator by the conjugate of the denominator:\n\\[\nz = \\frac{(1+i)^2}{(1-i)"
        "(1+i)} = \\frac{2i}{2} = i\n\\]\nTherefore, $z = \\boxed{i}$.",
        C,
    ),
    (
        "numina",
        "$i$",
        "\\[\nz = \\frac{(1+i)(1-i)}{(1-i)^2} = \\frac{2}{-2i} = -\\frac{1}{i}\n\\]\nwhich is $\\boxed{-i}$... "
        "hmm, $-\\frac1i = i$. Let me recompute: $\\frac{1}{i} = -i$, so $-\\frac{1}{i} = i$.\n\n"
        "Therefore, $z = \\boxed{i}$.",
        C,
    ),
    (
        "numina",
        "$i$",
        "\\[\nz = \\frac{1+i}{1-i} = \\frac{(1+i)(1+i)}{1 - i^2} = \\frac{1 + 2i + i^2}{2} = \\frac{-2i}{2}\n\\]\n"
        "Therefore, $z = \\boxed{-i}$.",
        W,
    ),
    (
        "numina",
        "\\{1,4\\}",
        "Solve $x^2 - 5x + 4 = 0$: $(x - 1)(x - 4) = 0$, so $B = \\{1, 4\\}$. Both elements lie in $A$, so\n\\[\n"
        "A \\cap B = \\{4, 1\\}\n\\]\nThe answer is $\\boxed{\\{4, 1\\}}$.",
        C,
    ),
    (
        "numina",
        "\\{1,4\\}",
        "Since $B = \\{1, 4\\} \\subseteq A$, the union is $A$ itself.\n\nThe answer is $\\boxed{\\{1, 2, 3, 4\\}}$.",
        W,
    ),
    (
        "numina",
        "$\\frac{1}{2}$",
        "For the ellipse $\\frac{x^2}{16} + \\frac{y^2}{12} = 1$, $a^2 = 16$ and $b^2 = 12$, so $c^2 = a^2 - b^2 = 4$ "
        "and $c = 2$.\n\nThe eccentricity is $e = \\frac{c}{a} = \\frac{2}{4} = \\boxed{\\frac{1}{2}}$.",
        C,
    ),
    (
        "numina",
        "$\\frac{1}{2}$",
        "Here $a = 4$ and $c^2 = 16 + 12 = 28$, so $e = \\frac{\\sqrt{28}}{4} = \\boxed{\\frac{\\sqrt{7}}{2}}$.",
        W,
    ),
    (
        "numina",
        "48",
        "The general term is $a_n = a_1 r^{n-1}$, so $a_5 = 3 \\cdot (-2)^4 = 3 \\cdot 16 = 48$.\n\n"
        "Thus, $a_5 = \\boxed{48}$.",
        C,
    ),
    (
        "numina",
        "\\boxed{20}",
        "The general term of $\\left(x + \\frac{1}{x}\\right)^6$ is $T_{r+1} = \\binom{6}{r} x^{6 - 2r}$. Setting "
        "$6 - 2r = 0$ gives $r = 3$, so the constant term is $\\binom{6}{3} = 20$.\n\nThe answer is $\\boxed{20}$.",
        C,
    ),
    (
        "numina",
        "\\boxed{20}",
        "The general term is $\\binom{6}{r} x^{6 - 2r}$; setting $6 - 2r = 0$ gives $r = 3$, and $\\binom{6}{2} = "
        "15$.\n\nThe answer is $\\boxed{15}$.",
        W,
    ),
    (
        "numina",
        "$2$",
        "By the change-of-base formula,\n\\[\n\\log_2 3 \\cdot \\log_3 4 = \\frac{\\lg 3}{\\lg 2} \\cdot "
        "\\frac{\\lg 4}{\\lg 3} = \\frac{\\lg 4}{\\lg 2} = 2\n\\]\nTherefore, the value is $\\boxed{2}$.",
        C,
    ),
    (
        "numina",
        "$\\frac{3}{10}$",
        "There are $\\binom{5}{2} = 10$ ways to draw two balls and $\\binom{3}{2} = 3$ ways to draw two red balls."
        "\n\nSo the probability is $\\frac{3}{10} = \\boxed{0.3}$.",
        C,
    ),
    (
        "numina",
        "$\\frac{3}{10}$",
        "Each draw is red with probability $\\frac35$, so both are red with probability $\\left(\\frac35\\right)^2 = "
        "\\boxed{\\frac{9}{25}}$.",
        W,
    ),
    (
        "numina",
        "$2$",
        "Since $\\vec a \\perp \\vec b$, $\\vec a \\cdot \\vec b = x - 2 = 0$, so $x = 2$.\n\nTherefore, the answer "
        "is: $\\boxed{2}$.",
        C,
    ),
    (
        "numina",
        "$2$",
        "Since $\\vec a \\parallel \\vec b$, $1 \\cdot (-1) - 2x = 0$, so $x = -\\frac{1}{2}$.\n\nTherefore, the "
        "answer is: $\\boxed{-\\frac{1}{2}}$.",
        W,
    ),
    (
        "numina",
        "2",
        "We have $f'(x) = \\ln x + 1$, so $f'(e) = 1 + 1 = 2$.\n\n$\\boxed{2}$",
        C,
    ),
    (
        "numina",
        "2",
        "Write $\\sin x + \\sqrt3 \\cos x = 2\\sin\\left(x + \\frac{\\pi}{3}\\right)$. Its maximum value is "
        "$\\boxed{2}$, attained at $x = \\frac{\\pi}{6} + 2k\\pi$.",
        C,
    ),
    (
        "numina",
        "2",
        "Write $\\sin x + \\sqrt3 \\cos x = 2\\sin\\left(x + \\frac{\\pi}{3}\\right)$. Its maximum is attained at "
        "$x = \\frac{\\pi}{6}$, so the answer is $\\boxed{\\frac{\\pi}{6}}$.",
        W,
    ),
    (
        "numina",
        "$(-3,1)$",
        "The roots of $(x - 1)(x + 3) = 0$ are $-3$ and $1$, and the product is negative between them. Hence the "
        "solution set is $\\boxed{\\{x \\mid -3 < x < 1\\}}$.",
        C,
    ),
    (
        "numina",
        "$(-3,1)$",
        "The roots are $1$ and $-3$; the product is negative between them, so the solution set is $\\boxed{(-1, 3)}$.",
        W,
    ),
    # AMC multiple choice: golds as `\textbf{(C)}`, `C`, `(C)`, `\text{(C)}`; responses with letters.
    (
        "amc",
        "\\textbf{(C)}",
        _think(
            "The perimeter of the square is 48, so each side is 12. The options: (A) 8, (B) 10, (C) 12, (D) 14, "
            "(E) 16. So (C).",
            "Each side has length $48/4 = 12$.\n\n$\\boxed{\\textbf{(C)}\\ 12}$",
        ),
        C,
    ),
    (
        "amc",
        "\\textbf{(C)}",
        _think(
            "Perimeter 48, but the question asks for the diagonal? No, the side. Hmm, with options (A) 8, (B) 10, "
            "(C) 12, (D) 14, (E) 16, the side is 48/4... I'll say 10.",
            "$\\boxed{\\textbf{(B)}\\ 10}$",
        ),
        W,
    ),
    (
        "amc",
        "C",
        "The three-digit palindromes divisible by 5 end in 5, so they start with 5 as well: $5\\_5$ with 10 choices "
        "for the middle digit. That gives 10, which is choice (C).\n\n**Answer: (C)**",
        C,
    ),
    (
        "amc",
        "C",
        "Palindromes ending in 0 or 5, so 20 of them. That is choice (D).\n\n**Answer: (D)**",
        W,
    ),
    (
        "amc",
        "(D)",
        _bot(
            "The mean of the five numbers is 18, so their sum is 90. Four of them sum to 67, so the fifth is 23. "
            "Choices: (A) 19 (B) 20 (C) 21 (D) 23 (E) 25. That's D.",
            "The fifth number is $90 - 67 = 23$, so the answer is $\\boxed{D}$.",
        ),
        C,
    ),
    (
        "amc",
        "(D)",
        _bot(
            "Sum is 90, four of them sum to 67... so the fifth is 25? 90 - 67 = 23. Hmm, 23 is (D), but let me "
            "recheck the sum of the four: 14 + 16 + 17 + 20 = 67. So 23.",
            "The fifth number is $25$.\n\n$\\boxed{E}$",
        ),
        W,
    ),
    (
        "amc",
        "B",
        "Since $\\frac{3}{5}$ of 40 is 24, the remaining 16 students walk, which is answer $\\mathrm{(B)}$.",
        C,
    ),
    (
        "amc",
        "\\text{(A)}",
        "Only the first expression is negative for all $x > 0$. So the answer is $\\boxed{\\text{A}}$.",
        C,
    ),
    (
        "amc",
        "\\text{(A)}",
        "Testing $x = 1$: (A) gives $-1$, (B) gives $0$. Since (B) is nonpositive as well, I'll pick "
        "$\\boxed{\\text{B}}$.",
        W,
    ),
    (
        "amc",
        "E",
        _think(
            "Let me count the rectangles in a 2 by 3 grid: choose 2 of 3 horizontal lines and 2 of 4 vertical lines: "
            "3 * 6 = 18. Options (A) 12 (B) 14 (C) 15 (D) 16 (E) 18.",
            "There are $\\binom{3}{2}\\binom{4}{2} = 18$ rectangles.\n\n\\boxed{E}" + _DS,
        ),
        C,
    ),
    (
        "amc",
        "E",
        _think(
            "Count rectangles in a 2 by 3 grid: 3 * 6 = 18, option (E). But squares only? The question says "
            "rectangles. OK.",
            "**Answer: (E) 18**",
        ),
        C,
    ),
    (
        "amc",
        "$\\textbf{(A)}\\ 5$",
        "The remainder when $2^{10} + 1 = 1025$ is divided by 17 is $1025 - 17 \\cdot 60 = 5$.\n\n"
        "$\\boxed{\\textbf{(A)}\\ 5}$",
        C,
    ),
    (
        "amc",
        "$\\textbf{(A)}\\ 5$",
        "We have $2^{10} + 1 = 1025 = 17 \\cdot 60 + 5$, so the answer is $\\boxed{A}$.",
        C,
    ),
    (
        "amc",
        "$\\textbf{(A)}\\ 5$",
        "$2^{10} + 1 = 1025$, and $1025 = 17 \\cdot 61 - 12$, so the remainder is $17 - 12 = 5$? I'll double-check: "
        "$17 \\cdot 60 = 1020$, remainder 5. Hmm, but the problem asks about $2^{10} - 1 = 1023$, remainder 3.\n\n"
        "$\\boxed{\\textbf{(B)}\\ 3}$",
        W,
    ),
    (
        "amc",
        "\\textbf{(D)}",
        "Answer: D",
        C,
    ),
    (
        "amc",
        "\\textbf{(D)}",
        "The correct option is **(D)**, since the other four each fail for $n = 2$.",
        C,
    ),
    (
        "amc",
        "\\textbf{(D)}",
        "Options (A), (B) and (D) fail for $n = 2$, so the correct option is **(C)**.",
        W,
    ),
    # AIME integers: golds with and without leading zeros; R1, Sky-T1 and plain endings.
    (
        "aime",
        "111",
        _think(
            "Count $n \\le 1000$ divisible by 6 but not by 9. Divisible by 6: $\\lfloor 1000/6 \\rfloor = 166$. "
            "Divisible by 6 and 9 means divisible by 18: $\\lfloor 1000/18 \\rfloor = 55$. So $166 - 55 = 111$. "
            "Check $18 \\cdot 55 = 990 \\le 1000$ and $18 \\cdot 56 = 1008 > 1000$. Good.\n\n**Final Answer**\n"
            "\\boxed{111}",
            "Of the $166$ multiples of $6$ up to $1000$, the $55$ multiples of $18$ are divisible by $9$, leaving "
            "$166 - 55 = \\boxed{111}$.",
        ),
        C,
    ),
    (
        "aime",
        "111",
        _think(
            "Divisible by 6: 166. Divisible by 54 (6 times 9): 18. So 166 - 18 = 148.",
            "Subtracting the multiples of $54$, the count is $\\boxed{148}$.",
        ),
        W,
    ),
    (
        "aime",
        "027",
        _think(
            "$999^2 = (1000 - 1)^2 = 1000000 - 2000 + 1 = 998001$. Digit sum: $9 + 9 + 8 + 0 + 0 + 1 = 27$.",
            "Since $999^2 = 998001$, the sum of its digits is $\\boxed{27}$." + _DS,
        ),
        C,
    ),
    (
        "aime",
        "027",
        _bot(
            "$999^2 = 998001$, digits sum to 27. AIME answers are three digits, so 027.",
            "$999^2 = 998\\,001$, whose digit sum is $27$.\n\n\\[\n\\boxed{027}\n\\]",
        ),
        C,
    ),
    (
        "aime",
        "027",
        _think(
            "$999^2 = 999000 - 999 = 998001$. Hmm, digit sum $9 + 9 + 8 + 1 = 26$... let me recount: 9, 9, 8, 0, "
            "0, 1. $9 + 9 = 18$, $+ 8 = 26$, $+ 1 = 27$. Wait I keep getting different things. I'll trust 26.",
            "The digit sum is $\\boxed{026}$.",
        ),
        W,
    ),
    (
        "aime",
        "576",
        _think(
            "$2^{10} = 1024 \\equiv 24 \\pmod{1000}$. So $2^{20} \\equiv 24^2 = 576 \\pmod{1000}$. Indeed "
            "$2^{20} = 1048576$.",
            "$2^{20} = 1{,}048{,}576$, so the remainder is $\\boxed{576}$.",
        ),
        C,
    ),
    (
        "aime",
        "576",
        _think(
            "$2^{10} \\equiv 24$, so $2^{20} \\equiv 24 \\cdot 24 = 572$.",
            "Thus $2^{20} \\equiv \\boxed{572} \\pmod{1000}$.",
        ),
        W,
    ),
    (
        "aime",
        "012",
        _think(
            "Lattice points on $x^2 + y^2 = 25$. Axis points: $(\\pm 5, 0)$, $(0, \\pm 5)$: 4 points. Others: "
            "$(\\pm 3, \\pm 4)$ and $(\\pm 4, \\pm 3)$: 8 points. Total 12.",
            "There are $4 + 8 = \\boxed{12}$ lattice points on the circle.",
        ),
        C,
    ),
    (
        "aime",
        "012",
        _think(
            "Lattice points on $x^2 + y^2 = 25$: $3^2 + 4^2 = 25$, so $(\\pm3, \\pm4)$ and $(\\pm4, "
            "\\pm3)$, 8 points.",
            "The answer is $\\boxed{8}$.",
        ),
        W,
    ),
    (
        "aime",
        "014",
        _think(
            "Three dice all distinct: $6 \\cdot 5 \\cdot 4 / 216 = 120/216 = 5/9$. Relatively prime, so $m + n = 14$.",
            "The probability is $\\frac{120}{216} = \\frac{5}{9}$, so $m + n = \\boxed{14}$.",
        ),
        C,
    ),
    (
        "aime",
        "014",
        _think(
            "Three dice all distinct: $6 \\cdot 5 \\cdot 4 / 216 = 5/9$.",
            "The probability that all three dice show different numbers is $\\boxed{\\dfrac{5}{9}}$.",
        ),
        W,
    ),
    (
        "aime",
        "325",
        "The sum is $\\frac{2025 \\cdot 2026}{2} = 2025 \\cdot 1013 = 2{,}051{,}325$, so the remainder modulo 1000 is "
        "**325**.",
        C,
    ),
    (
        "aime",
        "325",
        "The sum is $\\frac{2025 \\cdot 2026}{2} = 2025 \\cdot 1013$. Modulo 1000: $25 \\cdot 13 = 325$... and "
        "$2000 \\cdot 13 \\equiv 0$, $25 \\cdot 1000 \\equiv 0$. So the remainder is **325**. Let me just "
        "double-check by computing in full: $2025 \\cdot 1013 = 2051325$. ✓",
        C,
    ),
    (
        "aime",
        "040",
        _bot(
            "$2160 = 2^4 \\cdot 3^3 \\cdot 5$. Number of divisors $5 \\cdot 4 \\cdot 2 = 40$.",
            "Since $2160 = 2^4 \\cdot 3^3 \\cdot 5$, it has $(4+1)(3+1)(1+1) = 40$ positive divisors.\n\n"
            "\\[\n\\boxed{40}\n\\]",
        ),
        C,
    ),
    (
        "aime",
        "040",
        _bot(
            "$2160 = 2^4 \\cdot 3^3 \\cdot 5$. Divisors: $4 \\cdot 3 \\cdot 1 = 12$.",
            "\\[\n\\boxed{012}\n\\]",
        ),
        W,
    ),
    (
        "aime",
        "001",
        _think(
            "$3^{100} \\bmod 1000$. $\\lambda(1000) = 100$, so $3^{100} \\equiv 1 \\pmod{1000}$. Check via "
            "$3^{10} = 59049 \\equiv 49$; $49^2 = 2401 \\equiv 401$; $401^2 = 160801 \\equiv 801$; so $3^{40} \\equiv "
            "801$, $3^{80} \\equiv 801^2 = 641601 \\equiv 601$. $3^{100} = 3^{80} 3^{20} \\equiv 601 \\cdot 401 = "
            "241001 \\equiv 1$. Yes.",
            "The last three digits of $3^{100}$ are $001$, so the answer is $\\boxed{1}$.",
        ),
        C,
    ),
    (
        "aime",
        "049",
        _think(
            "Last two digits of $7^{2026}$. $7^4 = 2401 \\equiv 1 \\pmod{100}$. $2026 = 4 \\cdot 506 + 2$. So "
            "$7^{2026} \\equiv 49$.",
            "Since $7^4 \\equiv 1 \\pmod{100}$, $7^{2026} \\equiv 7^2 = \\boxed{49} \\pmod{100}$.",
        ),
        C,
    ),
    (
        "aime",
        "049",
        _think(
            "$7^4 \\equiv 1 \\pmod{100}$, and $2026 \\equiv 3 \\pmod 4$? $2024$ is divisible by 4, so the "
            "remainder is "
            "2... no, I'll go with 3: $7^3 = 343$.",
            "$7^{2026} \\equiv 7^3 \\equiv \\boxed{43} \\pmod{100}$",
        ),
        W,
    ),
    (
        "aime",
        "266",
        _think(
            "Count $1 \\le n \\le 1000$ coprime to 30. Inclusion-exclusion over 2, 3, 5: $1000 - 500 - 333 - 200 + "
            "166 + 100 + 66 - 33 = 266$.",
            "By inclusion-exclusion on the primes $2, 3, 5$, the count is\n$$1000 - (500 + 333 + 200) + (166 + 100 + "
            "66) - 33 = 266.$$\n\n**Final Answer:** $\\boxed{266}$",
        ),
        C,
    ),
    (
        "aime",
        "266",
        _think(
            "$\\varphi(30) = 8$, so per 30 numbers there are 8. $1000/30 \\approx 33.33$, $33 \\cdot 8 = 264$, plus "
            "the remaining 991 to 1000: 991, 997. That's 266. Hmm, but 1000 itself? Not coprime. Also 1 counted. "
            "I'll add one for safety.",
            "**Final Answer:** $\\boxed{267}$",
        ),
        W,
    ),
    (
        "aime",
        "003",
        "We need $(a - b)(a + b) = 45$ with $a + b > a - b > 0$ of the same parity. The factor pairs are "
        "$(1, 45)$, $(3, 15)$, $(5, 9)$, giving $(a, b) = (23, 22), (9, 6), (7, 2)$.\n\nThere are $\\boxed{3}$ "
        "such pairs." + _IM_END,
        C,
    ),
    (
        "aime",
        "003",
        "We need $(a - b)(a + b) = 45$. The divisors of 45 are 1, 3, 5, 9, 15, 45, so there are 6 ordered "
        "factorizations.\n\nThere are $\\boxed{6}$ such pairs." + _IM_END,
        W,
    ),
    (
        "aime",
        "013",
        _bot(
            "Choose 3 of 10 people, 4 women and 6 men; probability exactly 2 women: $\\binom42\\binom61/\\binom{10}3"
            " = 36/120 = 3/10$. So $m + n = 13$.",
            "The probability is $\\frac{\\binom{4}{2}\\binom{6}{1}}{\\binom{10}{3}} = \\frac{36}{120} = "
            "\\frac{3}{10}$, "
            "so $m + n = 3 + 10 = \\boxed{13}$.",
        ),
        C,
    ),
    (
        "aime",
        "013",
        _bot(
            "Probability exactly 2 women: $36/120$. Simplify: $36/120 = 3/10$.",
            "So $m = 36$, $n = 120$ and $m + n = \\boxed{156}$.",
        ),
        W,
    ),
    # An answer stated, then overruled by a later final statement: the last statement decides.
    (
        "overruled",
        "14",
        "Counting the paths on the grid, I get 12 paths.\n\nWait, I missed the two paths that go through the top "
        "corner. Adding those, the total is 14.\n\n**Final answer: 14**",
        C,
    ),
    (
        "overruled",
        "12",
        "Counting the paths on the grid, I get 12 paths.\n\nWait, I think I missed the two paths that go through the "
        "top corner. Adding those, the total is 14.\n\n**Final answer: 14**",
        W,
    ),
    (
        "overruled",
        "\\frac{1}{2}",
        "The probability is $\\frac{2}{3}$.\n\nHmm, on reflection the two events are not independent: once the first "
        "card is known, only half of the remaining cases work. So the probability is actually $\\frac{1}{2}$.\n\n"
        "**Answer: 1/2**",
        C,
    ),
    (
        "overruled",
        "\\frac{2}{3}",
        "The probability is $\\frac{2}{3}$.\n\nHmm, on reflection the two events are not independent, so the "
        "probability is actually $\\frac{1}{2}$.\n\n**Answer: 1/2**",
        W,
    ),
    (
        "overruled",
        "6",
        "$\\boxed{5}$\n\nActually, no: in step 2 I dropped a term. Redoing it, $2x + 4 = 16$ gives $x = 6$, and the "
        "correct answer is $\\boxed{6}$.",
        C,
    ),
    (
        "overruled",
        "5",
        "So $x = 5$, i.e. $\\boxed{5}$.\n\nActually, no: in step 2 I dropped a term. Redoing it, $2x + 4 = 16$ gives "
        "$x = 6$, so the correct answer is $\\boxed{6}$.",
        W,
    ),
    (
        "overruled",
        "9",
        _think(
            "First attempt: 7. Then I realized I needed to include the endpoints, which adds 2. So 9.",
            "My first count gave 7, but that earlier answer of 7 was wrong because it left out both endpoints. "
            "Including them, the answer is $\\boxed{9}$.",
        ),
        C,
    ),
    (
        "overruled",
        "7",
        "My first count gave 7. However, that leaves out both endpoints, so the earlier answer of 7 was wrong and "
        "the count is **9**.",
        W,
    ),
    (
        "overruled",
        "-4",
        "Therefore $k = 4$.\n\nLet me verify by substituting: $4^2 + 3 \\cdot 4 = 28 \\neq 4$. That fails. Trying "
        "$k = -4$: $16 - 12 = 4$. ✓ So the correct value is $k = -4$.\n\n**Answer:** $k = -4$",
        C,
    ),
    (
        "overruled",
        "4",
        "Therefore $k = 4$.\n\nLet me verify: substituting $k = 4$ gives $28$, which fails, while $k = -4$ gives $4$."
        " So the correct value is $k = -4$.\n\n**Answer:** $k = -4$",
        W,
    ),
    (
        "overruled",
        "\\text{(B)}",
        "At first glance the answer looks like (D). But (D) double-counts the shared edge; removing it leaves the "
        "value in (B).\n\n**The answer is (B).**",
        C,
    ),
    (
        "overruled",
        "\\text{(D)}",
        "At first glance the answer looks like (D). But (D) double-counts the shared edge; removing it leaves the "
        "value in (B).\n\n**The answer is (B).**",
        W,
    ),
    (
        "overruled",
        "150",
        _gpt(
            "Initially I computed \\( 120 \\), but that used the wrong rate. With the correct rate of \\( 25 \\) per "
            "hour for \\( 6 \\) hours, the total is \\( 150 \\).",
            "150",
        ),
        C,
    ),
    (
        "overruled",
        "120",
        _gpt(
            "Initially I computed \\( 120 \\), but that used the wrong rate. With the correct rate of \\( 25 \\) per "
            "hour for \\( 6 \\) hours, the total is \\( 150 \\).",
            "150",
        ),
        W,
    ),
    (
        "overruled",
        "\\frac{3}{5}",
        "So $\\cos\\theta = \\frac{4}{5}$.\n\nWait, $\\theta$ is the angle opposite the side of length 4, so "
        "$\\sin\\theta = \\frac45$ and $\\cos\\theta = \\frac35$.\n\nThe answer is $\\frac{3}{5}$.",
        C,
    ),
    (
        "overruled",
        "\\frac{4}{5}",
        "So $\\cos\\theta = \\frac{4}{5}$.\n\nWait, $\\theta$ is the angle opposite the side of length 4, so "
        "$\\cos\\theta = \\frac35$.\n\nThe answer is $\\frac{3}{5}$.",
        W,
    ),
    (
        "overruled",
        "21",
        _think(
            "Number of ways: $\\binom{7}{2} = 21$.",
            "There are $\\binom{7}{2} = 21$ ways... hold on, the order of the two officers matters (president and "
            "vice-president), so it's $7 \\cdot 6 = 42$.\n\n$\\boxed{42}$",
        ),
        W,
    ),
    (
        "overruled",
        "42",
        _think(
            "Number of ways: $\\binom{7}{2} = 21$. Hmm, but president and vice-president are different roles, so the "
            "order matters: $7 \\cdot 6 = 42$.",
            "The two roles are distinct, so there are $7 \\cdot 6 = \\boxed{42}$ ways.",
        ),
        C,
    ),
    # Truncated: the response stops before it states any final answer.
    (
        "truncated",
        "408",
        "<think>\nOkay, so the rectangle is 17 by 24 and I need the area. Let me compute 17 * 24. 17 * 20 = 340, "
        "and 17 * 4 = 68, so that's 340 + 68. Hmm, wait, the question asks about the area after the border is "
        "removed, so I should first subtract",
        T,
    ),
    (
        "truncated",
        "\\frac{4}{9}",
        "<think>\nAlright, we draw two marbles without replacement from a bag with 5 red and 4 blue marbles. The "
        "probability that the first is red is 5/9. Then, given that, the second is blue with probability 4/8 = 1/2. "
        "So one ordering gives 5/9 * 1/2 = 5/18. The other ordering, blue then red: 4/9 * 5/8 = 20/72 = 5/18. But "
        "the question is about the probability that both are the same colour, so I need P(RR) + P(BB). P(RR) = "
        "5/9 * 4/8 = 20/72. P(BB) = 4/9 * 3/8",
        T,
    ),
    (
        "truncated",
        "(1,-2)",
        "<|begin_of_thought|>\n\nOkay, let's see. I need to solve the system $3x + y = 1$ and $x - 2y = 5$. From "
        "the first equation, $y = 1 - 3x$. Substituting into the second: $x - 2(1 - 3x) = 5$, so $x - 2 + 6x = 5$, "
        "so $7x = 7$. Then I plug back to get $y$, but first let me double-check the substitution step because",
        T,
    ),
    (
        "truncated",
        "12",
        "## Step 1: Understand the problem\nWe need the number of edges of a polyhedron with 8 vertices and 6 faces."
        "\n\n## Step 2: Apply Euler's formula\nEuler's formula states that $V - E + F = 2$. Substituting the known "
        "values, we get $8 - E + 6 = 2$, and rearranging",
        T,
    ),
    (
        "truncated",
        "72",
        "Janet buys 6 packs of 12 markers.\nShe buys 6 * 12 = <<6*12=72>>72 markers... wait, first she gives away",
        T,
    ),
    (
        "truncated",
        "x^2+6x+5",
        "To expand \\((x + 1)(x + 5)\\), we apply the distributive property:\n\n### Step 1: Distribute \\(x\\)\n"
        "\\[\nx \\cdot x + x \\cdot 5 = x^2 + 5x\n\\]\n\n### Step 2: Distribute \\(1\\)\n\\[\n1 \\cdot x + 1 \\cdot",
        T,
    ),
    (
        "truncated",
        "\\frac{\\pi}{4}",
        "<think>\nThe angle between the vectors $(1, 0)$ and $(1, 1)$. Use $\\cos\\theta = \\frac{u \\cdot v}"
        "{|u||v|}$. $u \\cdot v = 1$. $|u| = 1$, $|v| = \\sqrt2$. So $\\cos\\theta = \\frac{1}{\\sqrt2}$. Hmm, "
        "let me also think about whether the problem wants the angle in degrees or radians, because the answer "
        "format depends on",
        T,
    ),
    (
        "truncated",
        "85",
        "◁think▷Let me find the average of the scores 78, 92, 85, 80 and 90. Sum: 78 + 92 = 170, 170 + 85 = 255, "
        "255 + 80 = 335, 335 +",
        T,
    ),
    (
        "truncated",
        "\\text{(E)}",
        "<think>\nLet's test each choice. (A) fails at $n = 1$ because $1 + 1 = 2$ is prime. (B) fails at $n = 2$. "
        "(C): $n^2 + n + 41$ at $n = 40$ gives $1681 = 41^2$, composite, so (C) fails. (D): I need to check",
        T,
    ),
    (
        "truncated",
        "044",
        "<think>\nWe want the number of positive integers $n < 1000$ such that... let me set up the casework. "
        "Case 1: $n$ has one digit. Then the condition is $n^2 \\equiv n \\pmod{10}$, which holds for $n = 1, 5, 6$."
        " Case 2: two digits. Now $n^2 \\equiv n \\pmod{100}$, which means $100 \\mid n(n-1)$, and since $n$ and "
        "$n - 1$ are coprime, one of them is divisible by 4 and the other by 25, or",
        T,
    ),
    (
        "truncated",
        "2.5",
        "## Rate problem\n\nThe two cyclists approach each other at a combined speed of $12 + 8 = 20$ km/h. They "
        "start 50 km apart, so the time until they meet is",
        T,
    ),
    (
        "truncated",
        "-\\frac{3}{2}",
        "<|begin_of_thought|>\n\nSo I need to find the slope of the line through $(2, 1)$ and $(-2, 7)$. The change "
        "in $y$ is $7 - 1 = 6$ and the change in $x$ is $-2 - 2$",
        T,
    ),
    # Units, money, percents, times: ordinary endings that carry a unit or a symbol.
    (
        "units",
        "18",
        "The sides are 5 cm, 6 cm and 7 cm, so the perimeter is 5 + 6 + 7 = 18.\n\nThe perimeter is **18 cm**.",
        C,
    ),
    (
        "units",
        "60",
        _think(
            "Distance 150 miles in 2.5 hours. $150 / 2.5 = 60$.",
            "The average speed is $\\frac{150}{2.5} = \\boxed{60\\text{ mph}}$.",
        ),
        C,
    ),
    (
        "units",
        "250",
        _gpt("Each of the 4 glasses gets \\( 1000 \\div 4 = 250 \\) mL.", "250 \\text{ mL}"),
        C,
    ),
    (
        "units",
        "4.5",
        "She paints 2 rooms per hour... no, each room takes 1.5 hours, so 3 rooms take $3 \\times 1.5 = 4.5$ "
        "hours.\n\n**Answer: 4.5 hours**",
        C,
    ),
    (
        "money",
        "\\$4.75",
        "The total is \\$3.25 + \\$1.50 + \\$0.50 = \\$5.25, so from a \\$10 bill she receives **\\$4.75** in change.",
        C,
    ),
    (
        "money",
        "12.50",
        _think("5 cups at 2.50 each: 12.50.", "The total cost is $5 \\times \\$2.50 = \\boxed{\\$12.5}$."),
        C,
    ),
    (
        "money",
        "1250",
        "Simple interest: $I = Prt = 5000 \\times 0.05 \\times 5 = 1250$.\n\nThe interest earned is "
        "$\\boxed{\\$1{,}250}$.",
        C,
    ),
    (
        "money",
        "1250",
        "Simple interest: $I = Prt = 5000 \\times 0.05 \\times 5 = 1250$, so the balance after 5 years is "
        "$5000 + 1250 = 6250$.\n\nThe interest earned is $\\boxed{\\$6{,}250}$.",
        W,
    ),
    (
        "percent",
        "20\\%",
        "The price went from \\$50 to \\$40, a drop of \\$10, and $\\frac{10}{50} = 0.2$.\n\nThe price dropped by "
        "**20%**.",
        C,
    ),
    (
        "percent",
        "20\\%",
        "The price went from \\$50 to \\$40, a drop of \\$10, and $\\frac{10}{40} = 0.25$.\n\nThe price dropped by "
        "**25%**.",
        W,
    ),
    (
        "percent",
        "40",
        _qwen("The fraction of red marbles is \\(\\frac{8}{20} = 0.4\\), which is \\(40\\%\\).", "40\\%"),
        C,
    ),
    (
        "time",
        "3:45",
        "The first train leaves at 1:15 and the trip takes 2 hours 30 minutes. Adding: 1:15 + 2:30 = 3:45.\n\n"
        "It arrives at **3:45**.",
        C,
    ),
    (
        "time",
        "3:45",
        "The trip takes 2 hours 30 minutes after the 1:15 departure, so the train arrives at **3:15**... let me add "
        "again: 1:15 + 2:00 = 3:15, plus 30 minutes is 3:45. It arrives at **3:45**.",
        C,
    ),
    (
        "time",
        "\\text{9:20 a.m.}",
        "Working backwards from 11:05 a.m., 1 hour 45 minutes earlier is 9:20 a.m.\n\n**She must leave at 9:20 a.m.**",
        C,
    ),
    (
        "time",
        "\\text{9:20 a.m.}",
        "Working backwards from 11:05 a.m., 1 hour 45 minutes earlier is 9:50 a.m.\n\n**She must leave at 9:50 a.m.**",
        W,
    ),
    # Text, names, yes/no answers.
    (
        "text",
        "\\text{Tuesday}",
        "January 1 is a Friday. $31 + 28 = 59$ days later is March 1, and $59 = 8 \\cdot 7 + 3$, so March 1 is three "
        "days after Friday.\n\nMarch 1 falls on a **Monday**.\n\nWait: Friday + 3 is Monday, so March 2 is Tuesday. "
        "The question asks about March 2, so the answer is **Tuesday**.",
        C,
    ),
    (
        "text",
        "\\text{even}",
        "We check $f(-x) = (-x)^4 - 3(-x)^2 = x^4 - 3x^2 = f(x)$.\n\nSo $f$ is **even**.",
        C,
    ),
    (
        "text",
        "\\text{even}",
        "We check $f(-x) = -x^3 + 2x = -f(x)$.\n\nSo $f$ is **odd**.",
        W,
    ),
    (
        "text",
        "\\text{yes}",
        "Yes. Since $\\gcd(6, 10) = 2$ divides $14$, the equation $6x + 10y = 14$ has integer solutions, for example "
        "$x = -1$, $y = 2$.",
        C,
    ),
    (
        "text",
        "\\text{Alice}",
        "If Alice were lying, then Bob would be telling the truth, but Bob's statement contradicts Carol's... "
        "Checking each case, only the assignment where Bob lies is consistent.\n\n**Bob** is the liar.",
        W,
    ),
    (
        "text",
        "\\text{Alice}",
        "Checking each case, only the assignment where Alice lies and Bob and Carol tell the truth is consistent."
        "\n\n**The liar is Alice.**",
        C,
    ),
    # Scientific notation.
    (
        "sci",
        "3 \\times 10^{8}",
        "The speed is $\\frac{6 \\times 10^{11}}{2 \\times 10^{3}} = 3.0 \\times 10^{8}$ m/s.\n\n"
        "**Answer:** $3.0 \\times 10^8$ m/s",
        C,
    ),
    (
        "sci",
        "1.2 \\times 10^{-3}",
        "$\\frac{3.6 \\times 10^{-5}}{3 \\times 10^{-2}} = 1.2 \\times 10^{-3}$, i.e. $\\boxed{0.0012}$.",
        C,
    ),
    (
        "sci",
        "4.5 \\times 10^{6}",
        "$(1.5 \\times 10^4)(3 \\times 10^2) = 4.5 \\times 10^{6}$? Let me recount the exponents: $4 + 2 = 6$. "
        "Hmm, but $10^4 \\cdot 10^2 = 10^8$... no, $10^6$. So the product is $4.5 \\times 10^6$.\n\n"
        "$\\boxed{4.5 \\times 10^{6}}$",
        C,
    ),
    (
        "sci",
        "4.5 \\times 10^{6}",
        "$(1.5 \\times 10^4)(3 \\times 10^2) = 4.5 \\times 10^{8}$\n\n$\\boxed{4.5 \\times 10^{8}}$",
        W,
    ),
    # Repeated final answers and answers followed by a verification paragraph.
    (
        "repeated",
        "17",
        _think(
            "$x + 2y = 23$ with $y = 3$, so $x = 17$.",
            "Substituting $y = 3$ gives $x = 23 - 6 = \\boxed{17}$.\n\n**Final Answer**\n\\[\n\\boxed{17}\n\\]",
        ),
        C,
    ),
    (
        "repeated",
        "64",
        "The answer is 64.\n\nReasoning: each of the 6 bits doubles the count, so $2^6 = 64$.\n\nFinal Answer: 64",
        C,
    ),
    (
        "repeated",
        "64",
        "The answer is 32.\n\nReasoning: each of the 5 bits doubles the count, so $2^5 = 32$.\n\nFinal Answer: 32",
        W,
    ),
    (
        "verification",
        "7",
        "Solving $3x - 4 = 17$: $3x = 21$, so $x = 7$.\n\n**Check:** $3(7) - 4 = 21 - 4 = 17$ ✓. The value satisfies "
        "the original equation, and since the equation is linear there are no other solutions.",
        C,
    ),
    (
        "verification",
        "\\frac{2}{5}",
        "The answer is $\\frac{2}{5}$.\n\nTo verify: out of 10 draws we expect $\\frac25 \\times 10 = 4$ successes, "
        "which matches the 4 winning tickets among the 10. So the probability checks out.",
        C,
    ),
    (
        "verification",
        "\\frac{2}{5}",
        "The answer is $\\frac{2}{5}$.\n\nTo verify: there are 4 winning tickets among 10, so... wait, 2 of them were "
        "already drawn, leaving 2 winning tickets among 8. The probability is $\\frac{2}{8} = \\frac14$.\n\n"
        "**Corrected answer: 1/4**",
        W,
    ),
    # Finished responses that give no answer at all.
    (
        "no_answer",
        "5",
        "I can't determine the length without knowing the radius of the circle. Could you provide the radius, or "
        "tell me whether the chord passes through the center?",
        W,
    ),
    (
        "no_answer",
        "\\frac{1}{3}",
        _think(
            "The problem is ambiguous about whether the draws are with replacement.",
            "The problem doesn't say whether the draws are made with or without replacement, and the answer depends "
            "on this. Please clarify and I'll finish the calculation.",
        ),
        W,
    ),
    # JSON outputs from structured-output prompts.
    (
        "json",
        "42",
        '{"reasoning": "6 rows of 7 chairs gives 6 * 7 = 42 chairs.", "answer": "42"}',
        C,
    ),
    (
        "json",
        "\\frac{15}{4}",
        '{"steps": ["15 liters shared among 4 bottles", "15 / 4 = 3.75"], "answer": 3.75}',
        C,
    ),
    (
        "json",
        "\\frac{15}{4}",
        '{"steps": ["15 liters shared among 4 bottles", "4 / 15 = 0.2667"], "answer": 0.2667}',
        W,
    ),
    # Chat-template tails after an ordinary ending.
    (
        "chat_tail",
        "8",
        _think("$2^3 = 8$.", "The cube has $2^3 = \\boxed{8}$ vertices." + _IM_TURN),
        C,
    ),
    (
        "chat_tail",
        "8",
        _think("$2^3 = 8$ vertices... or $12$ edges. Vertices it is.", "The cube has $\\boxed{12}$ edges." + _IM_TURN),
        W,
    ),
    (
        "chat_tail",
        "27",
        _qwen("The volume of the cube is \\(3^3 = 27\\) cubic units.", "27") + _EOT_TURN,
        C,
    ),
    (
        "chat_tail",
        "12",
        "The least common multiple of 4 and 6 is $\\boxed{12}$." + _ENDOFTEXT,
        C,
    ),
    (
        "chat_tail",
        "\\frac{1}{6}",
        "Exactly one face of a fair die shows a 4, so the probability is $\\frac{1}{6}$.<|im_end|>",
        C,
    ),
    # Equations, inequalities and expressions given in equivalent forms.
    (
        "expression",
        "y = -2x + 7",
        "The slope is $\\frac{3 - 5}{2 - 1} = -2$, and through $(1, 5)$ the line is $y - 5 = -2(x - 1)$.\n\n"
        "**Answer:** $y = 7 - 2x$",
        C,
    ),
    (
        "expression",
        "y = -2x + 7",
        "The slope is $-2$ and the line passes through $(1, 5)$, so $y - 5 = -2(x - 1)$, i.e. $y = -2x + 3$.\n\n"
        "**Answer:** $y = -2x + 3$",
        W,
    ),
    (
        "expression",
        "x^2 + y^2 = 25",
        _gpt("A circle centred at the origin through \\( (3, 4) \\) has radius \\( 5 \\).", "x^2+y^2=25"),
        C,
    ),
    (
        "expression",
        "x^2 + y^2 = 25",
        _gpt("A circle centred at the origin through \\( (3, 4) \\) has radius \\( 5 \\).", "x^2+y^2=5"),
        W,
    ),
    (
        "expression",
        "x \\le -2",
        "Dividing $-3x \\ge 6$ by $-3$ flips the inequality: $x \\le -2$.\n\nSolution set: $\\boxed{(-\\infty, -2]}$",
        C,
    ),
    (
        "expression",
        "x \\le -2",
        "Dividing $-3x \\ge 6$ by $-3$: $x \\ge -2$.\n\nSolution set: $\\boxed{[-2, \\infty)}$",
        W,
    ),
    (
        "expression",
        "2x^3 - 3x^2 + 1",
        "Integrating $f'(x) = 6x^2 - 6x$ gives $2x^3 - 3x^2 + C$, and $f(0) = 1$ gives $C = 1$.\n\n"
        "$$f(x) = \\boxed{1 - 3x^2 + 2x^3}$$",
        C,
    ),
    (
        "expression",
        "\\sin 2x",
        "By the double-angle identity, the expression equals $\\boxed{2\\sin x\\cos x}$.",
        C,
    ),
    (
        "expression",
        "\\log_2 5",
        "Taking logarithms of $2^x = 5$ gives $x = \\boxed{\\dfrac{\\ln 5}{\\ln 2}}$.",
        C,
    ),
    (
        "expression",
        "\\frac{4}{3}\\pi",
        "The volume of a unit sphere is $\\boxed{\\frac{4\\pi}{3}}$.",
        C,
    ),
    (
        "expression",
        "\\frac{4}{3}\\pi",
        "The surface area of a unit sphere is $4\\pi r^2 = \\boxed{4\\pi}$.",
        W,
    ),
    (
        "expression",
        "60",
        "Each angle of an equilateral triangle is $\\frac{180^\\circ}{3} = \\boxed{60^\\circ}$.",
        C,
    ),
    (
        "expression",
        "(2,-1,4)",
        "The midpoint of $(1, -3, 5)$ and $(3, 1, 3)$ is $\\left(\\frac{1+3}{2}, \\frac{-3+1}{2}, "
        "\\frac{5+3}{2}\\right)"
        "$, so the answer is $\\boxed{\\langle 2, -1, 4 \\rangle}$.",
        C,
    ),
    (
        "expression",
        "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}",
        "Multiplying, $AB = \\begin{bmatrix} 2 \\cdot 1 + 1 \\cdot (-1) & 2 \\cdot (-1) + 1 \\cdot 2 \\\\ "
        "1 \\cdot 1 + "
        "1 \\cdot (-1) & 1 \\cdot (-1) + 1 \\cdot 2 \\end{bmatrix}$, so\n\n$$AB = \\boxed{\\begin{bmatrix} 1 & 0 \\\\ "
        "0 & 1 \\end{bmatrix}}$$",
        C,
    ),
    (
        "expression",
        "\\frac{1}{2}+\\frac{\\sqrt{3}}{2}i",
        "In rectangular form, $e^{i\\pi/3} = \\cos\\frac{\\pi}{3} + i\\sin\\frac{\\pi}{3} = "
        "\\boxed{\\frac{1 + i\\sqrt{3}}{2}}$.",
        C,
    ),
    (
        "expression",
        "\\frac{1}{2}+\\frac{\\sqrt{3}}{2}i",
        "In rectangular form, $e^{i\\pi/3} = \\cos\\frac{\\pi}{3} + i\\sin\\frac{\\pi}{3} = "
        "\\boxed{\\frac{\\sqrt{3}}{2} + \\frac{1}{2}i}$.",
        W,
    ),
    (
        "expression",
        "3-2i",
        "## Dividing complex numbers\n\nMultiply by the conjugate of the denominator:\n\n$$\\frac{8 + i}{2 + i} = "
        "\\frac{(8 + i)(2 - i)}{5} = \\frac{16 - 8i + 2i + 1}{5} = \\frac{17 - 6i}{5}$$\n\nHmm, that isn't clean. "
        "Re-reading the problem, the numerator is $4 - 7i$: $\\frac{(4 - 7i)(2 - i)}{5} = \\frac{8 - 4i - 14i - 7}"
        "{5} = \\frac{1 - 18i}{5}$. Still not clean, so let me recheck the denominator: it is $2 - i$... no wait, "
        "I'll multiply back: $(3 - 2i)(2 + i) = 6 + 3i - 4i + 2 = 8 - i$. So the numerator must be $8 - i$:\n\n"
        "$$\\frac{8 - i}{2 + i} = \\frac{(8 - i)(2 - i)}{5} = \\frac{16 - 8i - 2i - 1}{5} = \\frac{15 - 10i}{5}$$\n\n"
        "**The quotient is $3 - 2i$.**",
        C,
    ),
    # More truncations: mid-sentence, mid-display, and an unfinished box.
    (
        "truncated",
        "144",
        "## Approach\n\nLet $a_n$ count the binary strings of length $n$ with no two consecutive 1s. A valid string "
        "ends in 0 (preceded by any valid string of length $n-1$) or in 01, so\n\n$$a_n = a_{n-1} + a_{n-2}, "
        "\\quad a_1 = 2,\\ a_2 = 3.$$\n\n## Computing\n\n$a_3 = 5$, $a_4 = 8$, $a_5 = 13$, $a_6 = 21$, $a_7$",
        T,
    ),
    (
        "truncated",
        "4",
        "So I have this problem about the number of real roots of $x^4 - 4x^2 + x + 1$. Let me consider the "
        "derivative first: $4x^3 - 8x + 1$. Its roots are hard to find exactly, so maybe I should instead look at "
        "sign changes. $f(-3) = 81 - 36 - 3 + 1 = 43$, $f(-2) = 16 - 16 - 2 + 1 = -1$, $f(0) = 1$, $f(1) = -1$, "
        "and then I need to check whether",
        T,
    ),
    (
        "truncated",
        "15",
        "Let the number of red marbles be \\(r\\). The blue marbles number \\(2r\\), and there are 45 marbles "
        "in all, so \\(r + 2r = 45\\).\n\nTherefore, the final answer is \\(\\boxed{",
        T,
    ),
    (
        "truncated",
        "96",
        "1. **Identify the dimensions**: The box is $4 \\times 4 \\times 4$.\n\n2. **Calculate the surface area**: "
        "Each face has area $4 \\times 4 = 16$, and there are 6 faces, so\n\\[\n",
        T,
    ),
    (
        "truncated",
        "54",
        "Maria picks 18 apples on Monday.\nOn Tuesday she picks twice as many, 18 * 2 = <<18*2=36>>36 apples.\n"
        "Together that is 18 + 36 = <<18+36=",
        T,
    ),
    (
        "truncated",
        "\\frac{1}{8}",
        "## Step 1: Identify the probability of each event\nThe probability of heads on one flip is $\\frac{1}{2}$."
        "\n\n## Step 2: Multiply for independent events\nFor three flips, we multiply",
        T,
    ),
    (
        "truncated",
        "13",
        "<think>\nOkay, let me list the pairs of integers from 1 to 5 with an even sum. Pairs: (1,3), (1,5), (3,5), "
        "(2,4). Hmm, wait, the problem says ordered pairs with repetition allowed, so (1,1) counts too. Let me "
        "redo this carefully. For ordered pairs with repetition, both odd or both even. Odd values: 1, 3, 5. Even "
        "values: 2, 4. Hmm, but is it ordered? Let me re-read the problem statement once more:",
        T,
    ),
    (
        "truncated",
        "20",
        "<|begin_of_thought|>\n\nOkay, so I need the number of ways to choose 3 toppings out of 6. Order doesn't "
        "matter, so it's a combination, $\\binom{6}{3} = \\frac{6 \\cdot 5 \\cdot 4}{3 \\cdot 2 \\cdot 1}$. The "
        "numerator is $6 \\cdot 5 = 30$, times 4 is 120. The denominator is 6. Before dividing, let me make sure "
        "the problem doesn't allow repeated toppings, because then I would need stars and bars instead, which "
        "would give $\\binom{8}{3}$, and",
        T,
    ),
    (
        "truncated",
        "\\frac{\\sqrt{2}}{2}",
        "<think>\nWe need $\\sin 135^\\circ$. 135 degrees is in the second quadrant, where sine is positive. The "
        "reference angle is $180 - 135 = 45$ degrees, and $\\sin 45^\\circ$ is",
        T,
    ),
]


# Rows the lead wrote while fixing TWELFTH's first-contact misses (in-sample, like ELEVENTH_FIXES), with new values
# and negatives: a subject a closing sentence singles out (`**Bo is the youngest.**`, `**$3^{20}$ is larger**`,
# `**Bob** is the liar.`), a choice in `\\mathrm{(B)}`, a double-check after the answer, a consequence clause after
# the value (`**The determinant is 1**, so the matrix is invertible.`), a label line listing spans
# (`**Eigenvalues: $\\lambda = 5$ and $\\lambda = 2$**`), a time of day (`at 9:20 a.m.`) and `km/h` after a value.
TWELFTH_FIXES: list[tuple[str, str, str, str]] = [
    ("text", "\\text{Fay}", "Dee is taller than Eve, and Eve is taller than Fay.\n\n**Fay is the shortest.**", C),
    ("text", "\\text{Dee}", "Dee is taller than Eve, and Eve is taller than Fay.\n\n**Fay is the shortest.**", W),
    (
        "text",
        "\\text{Gus}",
        "Ivy is older than Hal, and Hal is older than Gus.\n\n"
        "So the order is Ivy, Hal, Gus, and **Gus is the youngest.**",
        C,
    ),
    (
        "text",
        "\\text{Hal}",
        "Ivy is older than Hal, and Hal is older than Gus.\n\n"
        "So the order is Ivy, Hal, Gus, and **Gus is the youngest.**",
        W,
    ),
    (
        "text",
        "\\text{Kim}",
        "Only the case where Kim lies makes the other two statements consistent.\n\n**Kim** is the liar.",
        C,
    ),
    (
        "text",
        "\\text{Lee}",
        "Only the case where Kim lies makes the other two statements consistent.\n\n**Kim** is the liar.",
        W,
    ),
    (
        "expression",
        "5^{12}",
        "Write both as twelfth powers: $5^{12}$ and $2^{24} = 4^{12}$.\n\nSince $5 > 4$, **$5^{12}$ is larger**.",
        C,
    ),
    (
        "expression",
        "2^{24}",
        "Write both as twelfth powers: $5^{12}$ and $2^{24} = 4^{12}$.\n\nSince $5 > 4$, **$5^{12}$ is larger**.",
        W,
    ),
    (
        "choice",
        "D",
        "Since 7 of the 28 marbles are red, the probability is $\\frac14$, which is answer $\\mathrm{(D)}$.",
        C,
    ),
    (
        "choice",
        "C",
        "Since 7 of the 28 marbles are red, the probability is $\\frac14$, which is answer $\\mathrm{(D)}$.",
        W,
    ),
    ("choice", "\\text{(A)}", "Only the first expression is negative, which is answer $\\text{(A)}$.", C),
    (
        "aime",
        "412",
        "Reducing modulo 1000 leaves $412$. So the remainder is **412**. Let me just double-check by computing "
        "in full: $3412 - 3 \\cdot 1000 = 412$. ✓",
        C,
    ),
    (
        "aime",
        "412",
        "Reducing modulo 1000 leaves $412$. So the remainder is **412**. Let me double-check: "
        "actually $3413 - 3 \\cdot 1000 = 413$, so the remainder is 413.",
        W,
    ),
    (
        "integer",
        "-2",
        "$$\\det = 1 \\cdot 4 - 2 \\cdot 3 = -2$$\n\n**The determinant is -2**, so the matrix is invertible.",
        C,
    ),
    (
        "integer",
        "2",
        "$$\\det = 1 \\cdot 4 - 2 \\cdot 3 = -2$$\n\n**The determinant is -2**, so the matrix is invertible.",
        W,
    ),
    ("set", "-1, 4", "Factor: $(x - 4)(x + 1) = 0$.\n\n**Roots: $x = 4$ and $x = -1$**", C),
    ("set", "-1, 3", "Factor: $(x - 4)(x + 1) = 0$.\n\n**Roots: $x = 4$ and $x = -1$**", W),
    ("set", "4", "Factor: $(x - 4)(x + 1) = 0$.\n\n**Roots: $x = 4$ and $x = -1$**", W),
    (
        "time",
        "\\text{7:45 p.m.}",
        "Adding 2 hours 30 minutes to 5:15 p.m. gives 7:45 p.m.\n\n**The movie ends at 7:45 p.m.**",
        C,
    ),
    (
        "time",
        "\\text{7:45 a.m.}",
        "Adding 2 hours 30 minutes to 5:15 p.m. gives 7:45 p.m.\n\n**The movie ends at 7:45 p.m.**",
        W,
    ),
    (
        "time",
        "\\text{7:45 p.m.}",
        "Adding 2 hours 30 minutes to 5:15 p.m. gives 7:15 p.m.\n\nThe movie ends at 7:15 p.m.",
        W,
    ),
    ("units", "72", "It covers 180 km in 2.5 hours.\n\n**The average speed is 72 km/h.**", C),
    ("units", "80", "It covers 180 km in 2.5 hours.\n\n**The average speed is 72 km/h.**", W),
]
