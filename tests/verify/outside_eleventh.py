"""ELEVENTH: another held-out batch of labelled answer-verification pairs in outside styles (issue 12, section 2).

Written on 2026-12-01 by a helper session (branch h/batch11) for the lead, after TENTH and with problems and
values invented for this file, to measure the verifier at first contact. Written blind: without reading
toolkit/longcot/verify/, the README's verification or Benchmarks sections, or any other file in tests/verify/
(only the first 40 lines of outside_fifth.py and the first 60 lines of outside_ninth.py, for the row format and
header style), and without running longcot, math-verify or any other grader on any pair. Every pair was
labelled by hand (sympy used by hand to check the arithmetic only); pairs a reasonable grader could label either
way were left out. Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect",
or "truncated" (the response stops before it states any final answer). About 60% are correct, about 35% close
negatives (a nearby value, a sign, a swapped tuple, a magnitude, an open/closed endpoint, a similar expression,
a wrong letter, an answer stated and then overruled by a later final statement) and about 5% truncated. The
endings are meant to be varied: closing prose, final displays and bare lines, tables, bullet lists, labels
("Final result:", "Result:", "Solution:", "A:", "=>", "∴"), emphasis, verification paragraphs after the answer,
questions back to the user, chat-template tails, several thinking-tag families, JSON, Minerva and GSM8K endings.
Golds are written in the styles real datasets use (MATH-500 LaTeX, AIME integers, AMC letters, NuminaMath
`$...$` and `\\boxed{}` golds, text golds).
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


def _rsn(reasoning: str, tail: str) -> str:
    return "<reasoning>\n" + reasoning + "\n</reasoning>\n" + tail


def _kimi(reasoning: str, tail: str) -> str:
    return "◁think▷" + reasoning + "◁/think▷\n" + tail


def _minerva(answer: str) -> str:
    return "Final Answer: The final answer is $" + answer + "$. I hope it is correct."


_IM_END = "<|im_end|>"
_IM_TURN = "<|im_end|>\n<|im_start|>user\nThanks! Can you try a harder one?<|im_end|>\n<|im_start|>assistant\n"
_EOT = "<|eot_id|>"
_EOT_TURN = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nCan you explain step two again?<|eot_id|>"
_GEMMA = "<end_of_turn>\n<start_of_turn>user\nOk, what if the numbers were doubled?<end_of_turn>"
_MISTRAL = "</s>[INST] Great, now check it with a different method. [/INST]"
_DS = "<｜end▁of▁sentence｜>"
_PHI = "<|end|>\n<|user|>\nWhy is that the last step?<|end|>\n<|assistant|>"
_HUMAN = "\n\nHuman: Could you make the explanation shorter?\n\nAssistant: Sure."
_ASK = "\n\nWould you like me to walk through an alternative approach?"


_DIV = (
    "We factor $3600 = 36 \\cdot 100 = 2^4 \\cdot 3^2 \\cdot 5^2$. A positive divisor has the form $2^a 3^b 5^c$ "
    "with $0 \\le a \\le 4$, $0 \\le b \\le 2$ and $0 \\le c \\le 2$, and different exponent triples give "
    "different divisors, so we count the triples: $(4+1)(2+1)(2+1)$."
)
_POW7 = (
    "We need $7^{2026} \\bmod 1000$. Since $\\gcd(7, 1000) = 1$ and the Carmichael function gives "
    "$\\lambda(1000) = \\operatorname{lcm}(2, 100) = 100$, we have $7^{100} \\equiv 1$, so "
    "$7^{2026} \\equiv 7^{26} \\pmod{1000}$.\n\n"
    "Now $7^4 = 2401 \\equiv 401$, $7^8 \\equiv 401^2 = 160801 \\equiv 801$, $7^{16} \\equiv 801^2 = 641601 "
    "\\equiv 601$, $7^{24} = 7^{16} \\cdot 7^{8} \\equiv 601 \\cdot 801 = 481401 \\equiv 401$, and finally "
    "$7^{26} = 7^{24} \\cdot 49 \\equiv 401 \\cdot 49 = 19649$."
)
_DICE = (
    "Two fair dice give 36 equally likely ordered outcomes. The outcomes with sum 9 are $(3,6)$, $(4,5)$, "
    "$(5,4)$ and $(6,3)$, four in all."
)
_DIST = "By the distance formula, $d = \\sqrt{(4-1)^2 + (5-(-2))^2} = \\sqrt{9 + 49}$."
_CIRC = (
    "The inscribed circle touches all four sides of the square, so its diameter equals the side length 10 and "
    "its radius is 5. Its area is $\\pi r^2$."
)
_INEQ = (
    "Factor: $x^2 - 5x + 4 = (x-1)(x-4)$. A product of two linear factors is non-positive exactly between the "
    "roots, and the roots themselves are included because the inequality $\\le 0$ is not strict. Testing "
    "$x = 2$: $(1)(-2) = -2 \\le 0$, consistent."
)
_LINES = "Setting $2x + 1 = -x + 7$ gives $3x = 6$, so $x = 2$, and then $y = 2(2) + 1 = 5$."
_CUBIC = (
    "Try $x = 1$: $1 - 6 + 11 - 6 = 0$, so $x - 1$ is a factor. Synthetic division gives "
    "$x^3 - 6x^2 + 11x - 6 = (x-1)(x^2 - 5x + 6) = (x-1)(x-2)(x-3)$."
)
_FOIL = "Using FOIL: $x \\cdot x + x \\cdot (-5) + 3 \\cdot x + 3 \\cdot (-5) = x^2 - 5x + 3x - 15$."
_PRISM = (
    "A hexagonal prism has two hexagonal faces with 6 edges each, plus 6 lateral edges joining corresponding "
    "vertices: $6 + 6 + 6 = 18$ edges."
)
_DAYS = "Since $100 = 14 \\cdot 7 + 2$, 100 days after a Monday falls on the same weekday as 2 days after a Monday."
_DECA = (
    "The interior angles of an $n$-gon sum to $(n-2) \\cdot 180^\\circ$. For a decagon that is "
    "$8 \\cdot 180^\\circ = 1440^\\circ$, and each of the 10 equal angles is a tenth of that."
)
_CPLX = "$(2+3i)(1-i) = 2 - 2i + 3i - 3i^2$, and since $i^2 = -1$ the last term is $+3$."
_BASE = (
    "Divide repeatedly by 8: $2026 = 8 \\cdot 253 + 2$, $253 = 8 \\cdot 31 + 5$, $31 = 8 \\cdot 3 + 7$, "
    "$3 = 8 \\cdot 0 + 3$. Reading the remainders from the last one to the first"
)
_PCT = "The price went up by $100 - 80 = 20$ dollars, and a percent increase is measured against the original price."
_LINE = (
    "In slope-intercept form $y = mx + b$ we have $m = -2$, and because the line passes through $(0, 3)$ the "
    "intercept is $b = 3$."
)
_GAUSS = (
    "Pair the first and last terms: $1 + 2000 = 2 + 1999 = \\cdots = 2001$. There are 2000 terms, so there are "
    "1000 such pairs."
)
_DET = (
    "For a $2 \\times 2$ matrix $\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$ the determinant is $ad - bc$. "
    "Here $a = 2$, $b = 1$, $c = 5$, $d = 3$."
)
_LIN = "Add 5 to both sides: $2x > 6$. Dividing by the positive number 2 keeps the direction, so $x > 3$."
_INV = "Write $y = 3x - 4$ and swap the roles of $x$ and $y$: solving $x = 3y - 4$ for $y$ gives $3y = x + 4$."
_VEC = (
    "$2\\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix} = \\begin{pmatrix} 2 \\\\ 2 \\end{pmatrix}$, and adding "
    "$\\begin{pmatrix} 1 \\\\ -3 \\end{pmatrix}$ componentwise gives"
)
_EUCL = (
    "Run the Euclidean algorithm: $1071 = 2 \\cdot 462 + 147$, $462 = 3 \\cdot 147 + 21$, "
    "$147 = 7 \\cdot 21 + 0$. The last nonzero remainder is the gcd."
)
_BOOKS = (
    "The order of the 4 chosen books does not matter, so we count combinations: "
    "$\\binom{10}{4} = \\frac{10 \\cdot 9 \\cdot 8 \\cdot 7}{4!} = \\frac{5040}{24}$"
)
_SPH = "The volume of a sphere is $V = \\frac{4}{3}\\pi r^3$. With $r = 3$ this is $\\frac{4}{3}\\pi \\cdot 27$"
_INT = "An antiderivative of $e^x$ is $e^x$, so $\\int_0^2 e^x\\,dx = e^x \\big|_0^2 = e^2 - e^0$"
_COS = (
    "The angle $\\frac{5\\pi}{6}$ lies in the second quadrant with reference angle $\\frac{\\pi}{6}$, and cosine "
    "is negative in the second quadrant."
)
_LIM = "Write $\\frac{\\sin 3x}{x} = 3 \\cdot \\frac{\\sin 3x}{3x}$ and use $\\lim_{u \\to 0} \\frac{\\sin u}{u} = 1$."
_ARITH = "The common difference is $7 - 3 = 4$, so the general term is $a_n = 3 + (n-1) \\cdot 4$."
_NEG = "Subtract 40 from both sides of $3x + 40 = 4$: $3x = -36$. Then divide by 3."
_SLOPE = "Slope $= \\frac{y_2 - y_1}{x_2 - x_1} = \\frac{2 - 5}{5 - 1}$"
_PRIME = (
    "To test whether 221 is prime, check the primes up to $\\sqrt{221} \\approx 14.9$. It is odd, its digit sum "
    "5 is not a multiple of 3, it does not end in 0 or 5, $7 \\cdot 31 = 217$ and $11 \\cdot 20 = 220$ miss it, "
    "but $13 \\cdot 17 = 221$."
)
_SQ2 = "$(1 + \\sqrt{2})^2 = 1^2 + 2 \\cdot 1 \\cdot \\sqrt{2} + (\\sqrt{2})^2 = 1 + 2\\sqrt{2} + 2$"
_SHOP = "Three notebooks cost $3 \\times \\$4.25 = \\$12.75$, and the pen adds $\\$6.00$."
_SCI = "$400 \\times 800 = 4 \\times 8 \\times 10^{2} \\times 10^{2} = 32 \\times 10^{4}$."
_SYS = (
    "Subtracting the third equation $y + z = 1$ from the first $x + y + z = 2$ gives $x = 1$. Then $x - y = 3$ "
    "gives $y = -2$, and $y + z = 1$ gives $z = 3$. Check: $1 - 2 + 3 = 2$."
)
_SQRT = "We solve $x^2 = 49$. Taking square roots of both sides, and remembering both signs,"
_FERM = (
    "By Fermat's little theorem $3^6 \\equiv 1 \\pmod 7$. Since $100 = 6 \\cdot 16 + 4$, "
    "$3^{100} \\equiv 3^4 = 81 \\pmod 7$, and $81 = 11 \\cdot 7 + 4$."
)
_POW13 = (
    "Modulo 100 the order of 13 divides $\\lambda(100) = 20$, and $2027 = 20 \\cdot 101 + 7$, so we need "
    "$13^7 \\bmod 100$. $13^2 = 169 \\equiv 69$, $13^4 \\equiv 69^2 = 4761 \\equiv 61$, "
    "$13^6 \\equiv 61 \\cdot 69 = 4209 \\equiv 9$, $13^7 \\equiv 9 \\cdot 13 = 117$."
)
_SIGMA = (
    "$360 = 2^3 \\cdot 3^2 \\cdot 5$, and the divisor-sum function is multiplicative, so "
    "$\\sigma(360) = (1 + 2 + 4 + 8)(1 + 3 + 9)(1 + 5) = 15 \\cdot 13 \\cdot 6$."
)
_PHI360 = (
    "$\\varphi(360) = 360\\left(1 - \\frac12\\right)\\left(1 - \\frac13\\right)\\left(1 - \\frac15\\right) "
    "= 360 \\cdot \\frac12 \\cdot \\frac23 \\cdot \\frac45$"
)
_FAC = "Trial division: $2431 = 11 \\cdot 221$ and $221 = 13 \\cdot 17$, so $2431 = 11 \\cdot 13 \\cdot 17$."
_FRAC = "With common denominator 12: $\\frac14 + \\frac16 = \\frac{3}{12} + \\frac{2}{12}$"
_RECT = "The perimeter of a rectangle is $2(\\ell + w)$. Here $\\ell = 4$ and $w = 3$."
_LIN2 = "Add 3 to both sides of $2x - 3 = 7$ to get $2x = 10$, then divide by 2."
_LARGE = (
    "Compute each option: (A) $2^{10} = 1024$, (B) $3^7 = 2187$, (C) $5^4 = 625$, (D) $10^3 = 1000$, (E) $7^3 = 343$."
)
_TRAIN = "Time is distance divided by speed: $\\frac{720\\text{ km}}{60\\text{ km/h}}$."
_ACOS = "We need the angle in $[0, \\pi]$ whose cosine is $\\frac12$. Since $\\cos\\frac{\\pi}{3} = \\frac12$,"
_MAG = "$\\|(2, 4)\\| = \\sqrt{2^2 + 4^2} = \\sqrt{20}$, and $\\sqrt{20} = \\sqrt{4 \\cdot 5}$."
_QUAD = (
    "Factor $x^2 - x - 6 = (x - 3)(x + 2)$. The product is positive when both factors have the same sign, that "
    "is, to the left of the smaller root or to the right of the larger one; the roots themselves give 0 and "
    "are excluded."
)
_QROOT = "Factor $x^2 - 3x - 4 = (x - 4)(x + 1)$ and set each factor to zero."
_DERIV = (
    "Differentiate term by term: $\\frac{d}{dx}\\frac{x^4}{2} = 2x^3$, $\\frac{d}{dx}(-x^3) = -3x^2$, "
    "$\\frac{d}{dx}(4x) = 4$."
)
_DIFF = "$x^2 - 9$ is a difference of squares, $x^2 - 3^2$, and $a^2 - b^2 = (a - b)(a + b)$."
_EVEN = (
    "Replace $x$ by $-x$: $(-x)^4 + \\cos(-x) = x^4 + \\cos x$, because even powers and cosine are both unchanged "
    "by a sign flip. So $f(-x) = f(x)$ for every $x$."
)
_POW3 = "$3^{10} = 59049$, and the remainder on division by 1000 is given by the last three digits."
_INTR = "Simple interest is $I = Prt = 5000 \\cdot 0.05 \\cdot 5$."
_ARR = "The three books can be arranged in $3! = 3 \\cdot 2 \\cdot 1$ orders."
_POW2 = "$2^{10} = 1024$, so $2^{20} = 1024^2 = 1024 \\cdot 1000 + 1024 \\cdot 24 = 1{,}024{,}000 + 24{,}576$."
_NIM = (
    "Positions with a multiple of 4 stones are losing for the player to move: whatever $k \\in \\{1,2,3\\}$ "
    "one player takes, the other takes $4 - k$. The game starts at 20 stones, a multiple of 4, with Alice "
    "to move."
)
_HALF = "The legs of the isosceles right triangle are each 3, so the hypotenuse is $3\\sqrt{2}$ and half of it is"
_ZEROS = (
    "Trailing zeros of $250!$ come from factors of 10, and factors of 2 are more plentiful than factors of 5, "
    "so I only need to count the factors of 5 in $250!$.\n\n"
    "By Legendre's formula the exponent of 5 is $\\left\\lfloor \\frac{250}{5} \\right\\rfloor + "
    "\\left\\lfloor \\frac{250}{25} \\right\\rfloor + \\left\\lfloor \\frac{250}{125} \\right\\rfloor + "
    "\\left\\lfloor \\frac{250}{625} \\right\\rfloor = 50 + 10 + 2 + 0$.\n\n"
    "Double-checking the middle term: multiples of 25 up to 250 are $25, 50, \\dots, 250$, which is 10 numbers. "
    "Multiples of 125 are 125 and 250, two numbers."
)
_HEADS = (
    "Let me think about the complement. The only way to get no heads in 4 flips of a fair coin is TTTT, which "
    "has probability $\\left(\\frac12\\right)^4 = \\frac{1}{16}$.\n\n"
    "So the probability of at least one head is $1 - \\frac{1}{16}$."
)
_SHOE = (
    "Use the shoelace formula with vertices $(0,0)$, $(6,0)$, $(2,5)$:\n\n"
    "$$A = \\frac12 \\left| 0\\cdot 0 - 6 \\cdot 0 + 6 \\cdot 5 - 2 \\cdot 0 + 2 \\cdot 0 - 0 \\cdot 5 \\right| "
    "= \\frac12 \\cdot 30.$$\n\n"
    "As a check, the base along the $x$-axis has length 6 and the height is the $y$-coordinate 5 of the third "
    "vertex, so $\\frac12 \\cdot 6 \\cdot 5$ agrees."
)
_STAIRS = (
    "Let $s_n$ be the number of ways to climb $n$ stairs taking 1 or 2 steps at a time. The last move is a single "
    "step or a double step, so $s_n = s_{n-1} + s_{n-2}$ with $s_1 = 1$ and $s_2 = 2$.\n\n"
    "Then $s_3 = 3$, $s_4 = 5$, $s_5 = 8$, $s_6 = 13$, $s_7 = 21$, $s_8 = 34$."
)
_LOG = (
    "The domain requires $x > 0$ and $x - 6 > 0$, so $x > 6$. Combining the logarithms, "
    "$\\log_3\\big(x(x-6)\\big) = 3$, so $x(x - 6) = 27$, i.e. $x^2 - 6x - 27 = 0$, which factors as "
    "$(x - 9)(x + 3) = 0$.\n\n"
    "The root $x = -3$ is outside the domain, so it is extraneous. Check $x = 9$: "
    "$\\log_3 9 + \\log_3 3 = 2 + 1 = 3$. ✓"
)
_SQDIE = (
    "Let $X$ be the roll of a fair six-sided die. Then $E[X^2] = \\frac{1}{6}(1 + 4 + 9 + 16 + 25 + 36)$.\n\n"
    "The sum of the squares is $\\frac{6 \\cdot 7 \\cdot 13}{6} = 91$, so $E[X^2] = \\frac{91}{6}$. Note that "
    "this is not $(E[X])^2 = 3.5^2 = 12.25$; the difference $\\frac{91}{6} - \\frac{49}{4} = \\frac{35}{12}$ is "
    "the variance, which matches the known variance of a die."
)
_COPRIME = (
    "We count $n \\le 100$ with $\\gcd(n, 100) = 1$. This is Euler's totient: $100 = 2^2 \\cdot 5^2$, so "
    "$\\varphi(100) = 100 \\cdot \\frac12 \\cdot \\frac45$.\n\n"
    "Inclusion-exclusion agrees: $100 - 50 - 20 + 10$ (multiples of 2, of 5, of 10)."
)
_GEOM = (
    "This is a geometric series with first term $a = 3$ and ratio $r = \\frac12$. Since $|r| < 1$ it converges "
    "to $\\frac{a}{1 - r} = \\frac{3}{1/2}$."
)
_AREA = (
    "The curves $y = x^2$ and $y = 2x$ meet where $x^2 = 2x$, i.e. at $x = 0$ and $x = 2$. On $(0, 2)$ the line "
    "lies above the parabola (at $x = 1$: $2 > 1$).\n\n"
    "$$\\int_0^2 (2x - x^2)\\,dx = \\left[x^2 - \\frac{x^3}{3}\\right]_0^2 = 4 - \\frac{8}{3}.$$"
)
_VERTEX = (
    "$f(x) = -2x^2 + 8x + 1$ opens downward, so its maximum is at the vertex $x = -\\frac{b}{2a} = "
    "-\\frac{8}{2(-2)} = 2$. Then $f(2) = -8 + 16 + 1$."
)
_DIAG = (
    "Each of the 12 vertices connects by a diagonal to the $12 - 3 = 9$ vertices that are neither itself nor its "
    "two neighbours, and each diagonal is counted twice, so the count is $\\frac{12 \\cdot 9}{2}$."
)
_CENTER = (
    "Complete the square: $x^2 - 6x + y^2 + 4y = 12$ becomes $(x - 3)^2 - 9 + (y + 2)^2 - 4 = 12$, so "
    "$(x - 3)^2 + (y + 2)^2 = 25$. The radius is 5."
)
_COOKIE = (
    "Maria bakes 4 trays of 18 cookies, which is 4 x 18 = 72 cookies. She gives away 25, leaving 72 - 25 = 47. "
    "She sells each for $0.50, so she earns 47 x 0.50 = 23.50 dollars."
)
_VIETA = (
    "For $2x^2 - 7x + 3 = 0$, Vieta's formulas give the sum of the roots as $-\\frac{b}{a} = -\\frac{-7}{2}$. "
    "Indeed the roots are $3$ and $\\frac12$, since $2x^2 - 7x + 3 = (2x - 1)(x - 3)$."
)
_AMGM = (
    "For $x > 0$, AM-GM gives $x + \\frac{4}{x} \\ge 2\\sqrt{x \\cdot \\frac4x} = 2\\sqrt{4}$, with equality "
    "when $x = \\frac4x$, i.e. $x = 2$."
)
_CIRCUM = (
    "A 3-4-5 triangle is right-angled ($9 + 16 = 25$), and the circumcenter of a right triangle is the midpoint "
    "of the hypotenuse, so the circumradius is half the hypotenuse: $R = \\frac{5}{2}$ would follow, but let me "
    "double check with $R = \\frac{abc}{4K}$: $K = 6$, so $R = \\frac{60}{24}$."
)
_CONE = "$V = \\frac13 \\pi r^2 h = \\frac13 \\pi \\cdot 9 \\cdot 4$"
_EVSUB = (
    "Pair each subset $S$ of $\\{1, \\dots, 6\\}$ with $S \\triangle \\{1\\}$ (toggle the element 1). This is a "
    "bijection that changes the parity of the sum, so exactly half of the $2^6 = 64$ subsets have an even sum "
    "(the empty set counts, with sum 0)."
)


ELEVENTH: list[tuple[str, str, str, str]] = [
    # --- integers
    ("integer", "45", _DIV + "\n\nThat gives $5 \\cdot 3 \\cdot 3 = 45$ divisors in all.", C),
    ("integer", "45", _think(_DIV, _DIV + " Multiplying out, 3600 has exactly **45** positive divisors."), C),
    ("integer", "45", _DIV + "\n\n#### 45", C),
    ("integer", "45", _DIV + "\n\nLeaving out 3600 itself, there are $\\boxed{44}$ divisors.", W),
    (
        "integer",
        "45",
        "Write $3600 = 2^4 \\cdot 3^2 \\cdot 5^2$. Multiply the exponents: $4 \\cdot 2 \\cdot 2$.\n\nFinal result: 16",
        W,
    ),
    ("integer", "649", _kimi(_POW7, "The remainder is $649$."), C),
    ("integer", "649", _POW7 + " Reducing, $19649 \\equiv 649$.\n\nA: 649", C),
    (
        "integer",
        "649",
        _POW7 + "\n\nSo the last three digits of $7^{2026}$ are 649, i.e. the remainder is **649**. ✅",
        C,
    ),
    ("integer", "649", _POW7 + "\n\nThe remainder is $\\boxed{469}$.", W),
    (
        "integer",
        "649",
        _POW7 + " So the remainder is 649.\n\nHmm, wait. I should double check $7^{16}$: I think I "
        "dropped a carry. Redoing the chain with $7^{16} \\equiv 201$ gives $7^{24} \\equiv 1$ and "
        "$7^{26} \\equiv 49$.\n\nI'll go with $\\boxed{49}$.",
        W,
    ),
    ("integer", "649", _POW7 + " The remainder is 649." + _IM_END, C),
    # --- fractions
    ("fraction", "\\frac{1}{9}", _DICE + " Hence $P = \\frac{4}{36} = \\frac{1}{9}$.", C),
    (
        "fraction",
        "\\frac{1}{9}",
        _DICE + "\n\n| event | outcomes |\n|---|---|\n| sum is 9 | 4 |\n| total | 36 |\n| **probability** | **1/9** |",
        C,
    ),
    (
        "fraction",
        "\\frac{1}{9}",
        _DICE + " So the probability is $\\frac{4}{36}$, which reduces to $\\tfrac{1}{9}$.",
        C,
    ),
    ("fraction", "\\frac{1}{9}", _DICE + "\n\nResult: $\\frac{1}{8}$", W),
    ("fraction", "\\frac{1}{9}", _DICE + "\n\n$\\boxed{\\frac{4}{9}}$", W),
    ("fraction", "\\frac{1}{9}", _DICE + " The probability is 1/9 ≈ 0.111." + _EOT_TURN, C),
    # --- radicals
    ("radical", "\\sqrt{58}", _DIST + " $= \\sqrt{58}$.\n\n∴ $d = \\sqrt{58}$", C),
    ("radical", "\\sqrt{58}", _think(_DIST, "The distance is $\\sqrt{58} \\approx 7.62$."), C),
    ("radical", "\\sqrt{58}", _DIST + "\n\nSo $d = \\boxed{2\\sqrt{14}}$.", W),
    (
        "radical",
        "\\sqrt{58}",
        "By the distance formula, $d = \\sqrt{(4-1)^2 + (5-2)^2} = \\sqrt{9 + 9}$.\n\nThe distance is $3\\sqrt{2}$.",
        W,
    ),
    # --- pi
    ("pi", "25\\pi", _CIRC + "\n\n$$\\pi \\cdot 5^2 = 25\\pi$$", C),
    ("pi", "25\\pi", _CIRC + "\n\nResult: $25\\pi \\approx 78.54$ square units.", C),
    ("pi", "25\\pi", _CIRC + " Taking $r = 10$ this is $\\boxed{100\\pi}$.", W),
    ("pi", "25\\pi", _CIRC + '\n\n{"answer": "25*pi"}', C),
    ("pi", "25\\pi", _CIRC + '\n\n{"answer": "50\\\\pi"}', W),
    # --- intervals
    ("interval", "[1, 4]", _INEQ + "\n\nSolution: $x \\in [1, 4]$", C),
    ("interval", "[1, 4]", _INEQ + "\n\nSo the solution set is all $x$ with $1 \\le x \\le 4$.", C),
    ("interval", "[1, 4]", _INEQ + "\n\nSo the solution set is $(1, 4)$.", W),
    ("interval", "[1, 4]", _INEQ + "\n\n**Answer:** $[1, 4)$", W),
    ("interval", "[1, 4]", _INEQ + " The answer is $\\boxed{[1,4]}$." + _GEMMA, C),
    # --- ordered pairs
    ("tuple", "(2, 5)", _LINES + "\n\nThe lines meet at $(2, 5)$.", C),
    ("tuple", "(2, 5)", _LINES + "\n\nThe lines meet at $(5, 2)$.", W),
    ("tuple", "(2, 5)", _bot(_LINES, "Intersection point: $\\boxed{(2,5)}$"), C),
    ("tuple", "(2, 5)", _LINES + "\n\n- $x = 2$\n- $y = 5$\n\nSo the intersection point is $(2,5)$.", C),
    ("tuple", "(2, 5)", _LINES + "\n\nThe solution of the system is $x = 2$, $y = 5$.", C),
    ("tuple", "(2, 5)", _bot(_LINES, "Intersection point: $\\boxed{(2,-5)}$"), W),
    # --- sets of roots
    ("set", "1, 2, 3", _CUBIC + " The roots are $x = 1$, $x = 2$ and $x = 3$.", C),
    ("set", "1, 2, 3", _CUBIC + "\n\nRoots: $\\{1, 2, 3\\}$", C),
    ("set", "1, 2, 3", _CUBIC + "\n\n$$\\boxed{3, 2, 1}$$", C),
    ("set", "1, 2, 3", _CUBIC + " Hence the roots are $\\boxed{1, 2}$.", W),
    ("set", "1, 2, 3", _CUBIC + "\n\nThe roots are $-1, -2, -3$.", W),
    # --- polynomials
    ("expression", "x^2 - 2x - 15", _FOIL + "\n\nCombining like terms: $\\boxed{x^2-2x-15}$", C),
    ("expression", "x^2 - 2x - 15", _FOIL + "\n\nFinal result: $-15 - 2x + x^2$", C),
    ("expression", "x^2 - 2x - 15", _FOIL + "\n\n=> x^2 + 2x - 15", W),
    ("expression", "x^2 - 2x - 15", _FOIL + "\n\nSo the expansion is $x^2 - 2x + 15$.", W),
    ("expression", "x^2 - 2x - 15", _FOIL + "\n\n=> x^2 - 2x - 15", C),
    # --- multiple choice (AMC golds)
    ("choice", "\\textbf{(C)}\\ 18", _PRISM + " That is choice $\\textbf{(C)}$.", C),
    ("choice", "\\textbf{(C)}\\ 18", _PRISM + "\n\nThe answer is (C) 18.", C),
    ("choice", "\\textbf{(C)}\\ 18", _PRISM + "\n\n**C**", C),
    ("choice", "\\textbf{(C)}\\ 18", _PRISM + "\n\nThe answer is $\\boxed{\\text{(D)}}$.", W),
    (
        "choice",
        "\\textbf{(C)}\\ 18",
        "A hexagonal prism has 6 lateral edges and 12 edges on the two hexagons, but "
        "the top and bottom share vertices, so I count $12 + 8 = 20$.\n\nAnswer: D",
        W,
    ),
    ("choice", "\\textbf{(C)}\\ 18", _PRISM + "\n\n$\\boxed{18}$", C),
    # --- text answers
    ("text", "\\text{Wednesday}", _DAYS + " That day is a **Wednesday**.", C),
    ("text", "\\text{Wednesday}", _DAYS + "\n\nIt will be Wednesday. 📅", C),
    ("text", "\\text{Wednesday}", _DAYS + " Counting one day forward from Monday, the answer is Tuesday.", W),
    ("text", "\\text{Wednesday}", _DAYS + "\n\n$\\boxed{\\text{Thursday}}$", W),
    # --- degrees
    ("degrees", "144^\\circ", _DECA + "\n\nEach interior angle measures $144^\\circ$.", C),
    ("degrees", "144^\\circ", _DECA + "\n\nEach interior angle measures 144 degrees.", C),
    (
        "degrees",
        "144^\\circ",
        _DECA + "\n\nThe exterior angle is $\\frac{360^\\circ}{10}$, so $\\boxed{36^\\circ}$.",
        W,
    ),
    ("degrees", "144^\\circ", _DECA + "\n\n$\\therefore$ each angle is $\\boxed{1440^\\circ}$", W),
    # --- complex numbers
    ("complex", "5+i", _CPLX + " So the product is $5 + i$.", C),
    ("complex", "5+i", _CPLX + "\n\n\\[\\boxed{i + 5}\\]", C),
    ("complex", "5+i", _CPLX + " So the product is $5 - i$.", W),
    ("complex", "5+i", _CPLX + "\n\nSo the product is $-1 + i$.", W),
    # --- bases
    ("base", "3752_8", _BASE + " gives $3752_8$.", C),
    ("base", "3752_8", _BASE + ".\n\n$2026_{10} = \\boxed{3752_8}$", C),
    ("base", "3752_8", _BASE + " is not needed; reading them in order gives\n\n$\\boxed{2573_8}$", W),
    ("base", "3752_8", _BASE + " gives $3742_8$.", W),
    # --- percent
    ("percent", "25\\%", _PCT + " $\\frac{20}{80} = 0.25$, a 25% increase.", C),
    ("percent", "25\\%", _PCT + "\n\nPercent increase: **25%**", C),
    ("percent", "25\\%", _PCT + " $\\frac{20}{100} = 20\\%$.", W),
    # --- equations of lines
    ("equation", "y = -2x + 3", _LINE + " The equation is $y = -2x + 3$.", C),
    ("equation", "y = -2x + 3", _LINE + "\n\n$$\\boxed{y=3-2x}$$", C),
    ("equation", "y = -2x + 3", _LINE + " The equation is $y = 2x + 3$.", W),
    ("equation", "y = -2x + 3", _LINE + "\n\nEquation: $y = -2x - 3$", W),
    # --- number formats
    ("format", "2001000", _GAUSS + " The sum is $1000 \\times 2001 = 2{,}001{,}000$.", C),
    ("format", "2001000", _GAUSS + "\n\nTotal = 2,001,000", C),
    ("format", "2001000", _GAUSS + "\n\nTotal: 2 001 000", C),
    ("format", "2001000", _GAUSS + " The sum is $2000 \\times 2001 = 4{,}002{,}000$.", W),
    ("format", "2001000", _GAUSS + " So the sum is $1000 \\cdot 2001$.\n\n#### 2001000", C),
    ("format", "2001000", _GAUSS + " So the sum is $1000 \\cdot 2001$.\n\n#### 2000100", W),
    # --- short integer answers
    ("integer", "6", "Since $2^6 = 64$, we get $\\log_2 64 = \\boxed{6}$." + _IM_END, C),
    ("integer", "6", "Since $8^2 = 64$, we get $\\log_2 64 = \\boxed{8}$." + _IM_END, W),
    ("integer", "1", _DET + " So $\\det = 2 \\cdot 3 - 1 \\cdot 5 = 6 - 5 = 1$.", C),
    ("integer", "1", _DET + " So $\\det = 2 \\cdot 3 + 1 \\cdot 5 = 11$.", W),
    (
        "integer",
        "1",
        _DET + "\n\n**Final Answer:** $\\boxed{1}$\n\nLet me verify by row reduction: subtracting "
        "$\\tfrac52$ of row 1 from row 2 leaves $3 - \\tfrac52 = \\tfrac12$ on the diagonal, and "
        "$2 \\cdot \\tfrac12 = 1$. ✓",
        C,
    ),
    # --- inequalities
    ("interval", "(3, \\infty)", _LIN + "\n\nSo the solution is $x > 3$.", C),
    ("interval", "(3, \\infty)", _LIN + "\n\nIn interval notation: $(3, \\infty)$.", C),
    ("interval", "(3, \\infty)", _LIN + "\n\nIn interval notation: $[3, \\infty)$.", W),
    (
        "interval",
        "(3, \\infty)",
        "Add 5 to both sides: $2x > 6$. Dividing flips the sign, so the solution is $x < 3$.",
        W,
    ),
    # --- functions
    ("expression", "\\frac{x+4}{3}", _INV + "\n\nTherefore $f^{-1}(x) = \\dfrac{x+4}{3}$.", C),
    ("expression", "\\frac{x+4}{3}", _INV + "\n\nTherefore $f^{-1}(x) = \\frac{x}{3} + \\frac{4}{3}$.", C),
    ("expression", "\\frac{x+4}{3}", _INV + "\n\nTherefore $f^{-1}(x) = \\frac{x-4}{3}$.", W),
    ("expression", "\\frac{x+4}{3}", _INV + "\n\n$f^{-1}(x) = \\frac{x}{3} + 4$", W),
    # --- vectors
    ("vector", "\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}", _VEC + " $\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}$.", C),
    (
        "vector",
        "\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}",
        _VEC + "\n\n$$\\boxed{\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}}$$",
        C,
    ),
    ("vector", "\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}", _VEC + " $\\begin{pmatrix} -1 \\\\ 3 \\end{pmatrix}$.", W),
    ("vector", "\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}", _VEC + " $\\begin{pmatrix} 3 \\\\ 1 \\end{pmatrix}$.", W),
    # --- gcd
    ("integer", "21", _EUCL + " So $\\gcd(462, 1071) = 21$.", C),
    ("integer", "21", _EUCL + "\n\nThe GCD is $\\boxed{147}$.", W),
    ("integer", "21", _rsn(_EUCL, "<answer>21</answer>"), C),
    ("integer", "21", _rsn(_EUCL, "<answer>7</answer>"), W),
    # --- combinations
    ("integer", "210", _BOOKS + " $= 210$.\n\nThere are 210 ways to choose the books.", C),
    ("integer", "210", _BOOKS + " $= 210$.\n\n=> 210", C),
    (
        "integer",
        "210",
        _BOOKS + ".\n\nActually, the books go on a shelf, so order matters and we should not divide "
        "by $4!$. The number of ways is $5040$.",
        W,
    ),
    ("integer", "210", _BOOKS + " $= 120$.\n\nThere are 120 ways.", W),
    # --- volumes
    ("pi", "36\\pi", _SPH + " $= 36\\pi$ cubic units.", C),
    ("pi", "36\\pi", _SPH + ".\n\nVolume $= \\boxed{36\\pi}\\ \\text{cm}^3$", C),
    ("pi", "36\\pi", _SPH + " $= 108\\pi$.", W),
    ("pi", "36\\pi", _SPH + ".\n\n*Volume:* $\\mathbf{12\\pi}$", W),
    # --- calculus
    ("expression", "e^2 - 1", _INT + " $= e^2 - 1 \\approx 6.389$.", C),
    ("expression", "e^2 - 1", _INT + ".\n\n\\[\\boxed{-1 + e^{2}}\\]", C),
    ("expression", "e^2 - 1", _INT + " $= e^2$, since $e^0$ vanishes.", W),
    ("expression", "e^2 - 1", _INT + ".\n\nFinal result: $e^2 + 1$", W),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _COS + " So $\\cos\\frac{5\\pi}{6} = -\\frac{\\sqrt{3}}{2}$.", C),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _COS + "\n\n$\\boxed{-\\tfrac{\\sqrt3}{2}}$", C),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _COS + " So $\\cos\\frac{5\\pi}{6} = \\frac{\\sqrt{3}}{2}$.", W),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _COS + " So $\\cos\\frac{5\\pi}{6} = -\\frac{1}{2}$.", W),
    ("integer", "3", _LIM + "\n\nThe limit equals 3.", C),
    ("integer", "3", _LIM + "\n\nThe limit equals $\\frac{1}{3}$.", W),
    ("integer", "3", _think(_LIM, "\\(\\lim_{x\\to0}\\frac{\\sin 3x}{x} = \\boxed{3}\\)"), C),
    # --- sequences
    ("integer", "79", _ARITH + " For $n = 20$: $a_{20} = 3 + 19 \\cdot 4 = 79$.", C),
    ("integer", "79", _ARITH + " For $n = 20$: $a_{20} = 3 + 20 \\cdot 4 = 83$.", W),
    ("integer", "79", _ARITH + "\n\n**Answer: seventy-nine (79)**", C),
    # --- negatives
    ("integer", "-12", _NEG + "\n\nx = −12", C),
    ("integer", "-12", _NEG + "\n\n$x = 12$", W),
    ("integer", "-12", _NEG + "\n\nx = -12. Plugging back in: 3(-12) + 40 = -36 + 40 = 4 ✓", C),
    ("fraction", "-\\frac{3}{4}", _SLOPE + " $= \\frac{-3}{4}$.", C),
    ("fraction", "-\\frac{3}{4}", _SLOPE + " $= -0.75$.", C),
    ("fraction", "-\\frac{3}{4}", _SLOPE + " $= \\frac{3}{4}$.", W),
    ("fraction", "-\\frac{3}{4}", _SLOPE + " $= -\\frac{4}{3}$.", W),
    # --- yes/no
    ("text", "\\text{No}", _PRIME + "\n\nNo — 221 is not prime, since it equals $13 \\times 17$.", C),
    ("text", "\\text{No}", _PRIME + "\n\nSo the answer is no.", C),
    (
        "text",
        "\\text{No}",
        "To test whether 221 is prime, check the primes up to 14: 2, 3, 5, 7, 11 and 13. None of "
        "them divides 221 evenly.\n\nYes, 221 is prime.",
        W,
    ),
    # --- radical expressions
    ("radical", "3+2\\sqrt{2}", _SQ2 + " $= 3 + 2\\sqrt{2}$.", C),
    ("radical", "3+2\\sqrt{2}", _SQ2 + ".\n\n$$\\boxed{2\\sqrt{2}+3}$$", C),
    ("radical", "3+2\\sqrt{2}", _SQ2 + " $= 3 + \\sqrt{2}$.", W),
    ("radical", "3+2\\sqrt{2}", _SQ2 + " $= 5\\sqrt{2}$.", W),
    # --- money
    ("money", "\\$18.75", _SHOP + " Altogether she spends $\\$18.75$.", C),
    ("money", "\\$18.75", _SHOP + "\n\nTotal: 18.75 dollars", C),
    ("money", "\\$18.75", _SHOP + " Altogether she spends $\\$18.57$.", W),
    ("money", "\\$18.75", _SHOP + "\n\n#### 18.75", C),
    ("money", "\\$18.75", _SHOP + "\n\n#### 12.75", W),
    # --- scientific notation
    ("format", "3.2 \\times 10^{5}", _SCI + " In scientific notation this is $3.2 \\times 10^5$.", C),
    ("format", "3.2 \\times 10^{5}", _SCI + "\n\nThat is 320,000.", C),
    ("format", "3.2 \\times 10^{5}", _SCI + " In scientific notation this is $3.2 \\times 10^4$.", W),
    ("format", "3.2 \\times 10^{5}", _SCI + "\n\nThat is 32,000.", W),
    # --- triples
    ("tuple", "(1, -2, 3)", _SYS + "\n\n$(x, y, z) = (1, -2, 3)$", C),
    ("tuple", "(1, -2, 3)", _SYS + "\n\n$(x, y, z) = (1, 3, -2)$", W),
    ("tuple", "(1, -2, 3)", _SYS + "\n\nSo $x = 1$, $y = -2$, $z = 3$.", C),
    ("tuple", "(1, -2, 3)", _SYS + "\n\n$(x, y, z) = (-1, 2, -3)$", W),
    # --- plus-minus
    ("set", "\\pm 7", _SQRT + " $x = 7$ or $x = -7$.", C),
    ("set", "\\pm 7", _SQRT + " $x = \\pm 7$.", C),
    ("set", "\\pm 7", "We solve $x^2 = 49$. Taking the square root of both sides, $x = 7$.", W),
    ("set", "\\pm 7", _SQRT + " $x = \\pm 49$.", W),
    # --- modular arithmetic
    ("integer", "4", _FERM + "\n\nThe remainder is 4.", C),
    ("integer", "4", _FERM + "\n\nThe remainder is 3.", W),
    ("integer", "4", _FERM + " So the remainder is $\\fbox{4}$.", C),
    ("integer", "4", _FERM + " The remainder is $\\boxed{4}$." + _MISTRAL, C),
    ("integer", "17", _POW13 + "\n\nThe last two digits are 17.", C),
    ("integer", "17", _POW13 + "\n\nThe last two digits are 71.", W),
    ("integer", "1170", _SIGMA + " $= 1170$.", C),
    (
        "integer",
        "1170",
        _SIGMA + " $= 1170$. Removing 360 itself leaves the proper divisors, so the answer is $\\boxed{810}$.",
        W,
    ),
    ("integer", "96", _PHI360 + " $= 96$.", C),
    ("integer", "96", _PHI360 + " $= 144$.", W),
    ("integer", "17", _FAC + " The largest prime factor is 17.", C),
    ("integer", "17", _FAC + " The largest prime factor is 13.", W),
    # --- NuminaMath-style golds
    ("fraction", "$\\frac{5}{12}$", _FRAC + " $= \\frac{5}{12}$.", C),
    ("fraction", "$\\frac{5}{12}$", _FRAC + ".\n\nAs a decimal, $\\frac{5}{12} = 0.41\\overline{6}$.", C),
    (
        "fraction",
        "$\\frac{5}{12}$",
        "Adding numerators and denominators: $\\frac14 + \\frac16 = \\frac{2}{10}$.\n\nSo the sum is $\\frac{1}{5}$.",
        W,
    ),
    ("fraction", "$\\frac{5}{12}$", _FRAC + " $= \\frac{5}{24}$.", W),
    ("integer", "$\\boxed{14}$", _RECT + " So the perimeter is $2(4 + 3) = 14$.", C),
    ("integer", "$\\boxed{14}$", _RECT + "\n\nP = 2(7) = 14 units.", C),
    (
        "integer",
        "$\\boxed{14}$",
        "The area of the rectangle is $\\ell w = 4 \\cdot 3$.\n\nSo the answer is **12**.",
        W,
    ),
    ("integer", "$\\boxed{14}$", _RECT + " So the perimeter is $4 + 3 = \\boxed{7}$.", W),
    ("equation", "x=5", _LIN2 + "\n\n$x = 5$", C),
    ("equation", "x=5", _LIN2 + "\n\n5", C),
    ("equation", "x=5", _LIN2 + "\n\n$x = -5$", W),
    ("equation", "x=5", _LIN2 + " The solution is $x = \\frac{10}{2} = 5$." + _DS, C),
    ("equation", "x=5", "Subtract 3 from both sides of $2x - 3 = 7$ to get $2x = 4$, then divide by 2.\n\n$x = 2$", W),
    # --- letters
    ("choice", "\\text{(B)}", _LARGE + " The largest is $3^7 = 2187$, option **(B)**.", C),
    ("choice", "\\text{(B)}", _LARGE + "\n\n$\\boxed{B}$", C),
    ("choice", "\\text{(B)}", _LARGE + "\n\nThe largest value is $1024$, so the answer is (A).", W),
    ("choice", "\\text{(B)}", _LARGE + "\n\nOption B is the largest." + _PHI, C),
    ("choice", "\\text{(B)}", _LARGE + " So the smallest is (E) and the largest is (B).\n\nAnswer: (E)", W),
    # --- units
    ("units", "12", _TRAIN + " That is 12 hours.\n\nIt takes 12 hours.", C),
    ("units", "12", _TRAIN + "\n\n$t = 12\\ \\text{h}$", C),
    ("units", "12", _TRAIN + "\n\n$t = 1.2$ hours", W),
    ("units", "12", _TRAIN + " Oops, the speed is 72 km/h, not 60.\n\nSo the trip takes 10 hours.", W),
    ("trig", "\\frac{\\pi}{3}", _ACOS + " $\\arccos\\frac12 = \\dfrac{\\pi}{3}$.", C),
    ("trig", "\\frac{\\pi}{3}", _ACOS + " the answer is π/3.", C),
    (
        "trig",
        "\\frac{\\pi}{3}",
        "We need the angle whose sine is $\\frac12$, which is $\\frac{\\pi}{6}$.\n\n"
        "So $\\arccos\\frac12 = \\frac{\\pi}{6}$.",
        W,
    ),
    ("trig", "\\frac{\\pi}{3}", _ACOS + " the principal value is $\\frac{2\\pi}{3}$.", W),
    ("radical", "2\\sqrt{5}", _MAG + " So the magnitude is $2\\sqrt{5}$.", C),
    ("radical", "2\\sqrt{5}", _MAG + "\n\n\\underline{Answer:} $2\\sqrt5$", C),
    ("radical", "2\\sqrt{5}", _MAG + " So the magnitude is $4\\sqrt{5}$.", W),
    ("radical", "2\\sqrt{5}", _MAG + " So the magnitude is $\\sqrt{5}$.", W),
    # --- unions
    ("interval", "(-\\infty, -2) \\cup (3, \\infty)", _QUAD + "\n\nSo $x < -2$ or $x > 3$.", C),
    ("interval", "(-\\infty, -2) \\cup (3, \\infty)", _QUAD + "\n\n$$x \\in (-\\infty,-2)\\cup(3,\\infty)$$", C),
    ("interval", "(-\\infty, -2) \\cup (3, \\infty)", _QUAD + "\n\nSo the solution set is $(-2, 3)$.", W),
    ("interval", "(-\\infty, -2) \\cup (3, \\infty)", _QUAD + "\n\n$$x \\in (-\\infty,-2]\\cup[3,\\infty)$$", W),
    ("interval", "(-\\infty, -2) \\cup (3, \\infty)", _QUAD + "\n\nSo $x < -3$ or $x > 2$.", W),
    ("set", "\\{-1, 4\\}", _QROOT + " The solutions are $x = 4$ and $x = -1$.", C),
    ("set", "\\{-1, 4\\}", _QROOT + "\n\nSolution: $x \\in \\{-1, 4\\}$", C),
    ("set", "\\{-1, 4\\}", _QROOT + " The solutions are $x = 1$ and $x = -4$.", W),
    ("expression", "2x^3 - 3x^2 + 4", _DERIV + "\n\nSo $f'(x) = 2x^3 - 3x^2 + 4$.", C),
    ("expression", "2x^3 - 3x^2 + 4", _DERIV + "\n\nSo $f'(x) = 2x^3 - 3x^2 + 4x$.", W),
    ("expression", "2x^3 - 3x^2 + 4", _DERIV + "\n\nSolution: $f'(x)=4-3x^2+2x^3$", C),
    ("expression", "(x-3)(x+3)", _DIFF + " So $x^2 - 9 = (x + 3)(x - 3)$.", C),
    ("expression", "(x-3)(x+3)", _DIFF + " So $x^2 - 9 = (x - 3)^2$.", W),
    ("expression", "(x-3)(x+3)", _DIFF + "\n\n$\\boxed{(x-3)(x+3)}$ 🙂", C),
    ("text", "\\text{even}", _EVEN + "\n\nTherefore $f$ is an even function.", C),
    ("text", "\\text{even}", _EVEN + " That is the definition of an odd function.\n\n**odd**", W),
    ("text", "\\text{even}", _EVEN + "\n\nResult: even", C),
    # --- AIME leading zeros
    ("integer", "49", _POW3 + "\n\nThe remainder is 049.", C),
    ("integer", "49", _POW3 + "\n\n$\\boxed{049}$", C),
    ("integer", "49", _POW3 + "\n\n$\\boxed{490}$", W),
    ("money", "\\$1{,}250", _INTR + " $= 1250$.\n\nThe interest earned is \\$1,250.", C),
    ("money", "\\$1{,}250", _INTR + "\n\nInterest: $1,250.00", C),
    ("money", "\\$1{,}250", "Compounded yearly, $5000(1.05^5 - 1) \\approx 1381.41$.\n\nInterest: $1,381.41", W),
    ("money", "\\$1{,}250", _INTR + " $= 125$.\n\nThe interest earned is \\$125.", W),
    # --- number words
    ("integer", "6", _ARR + "\n\nThere are six such arrangements.", C),
    ("integer", "6", _ARR + "\n\nThere are three such arrangements.", W),
    ("integer", "6", _ARR + " That's **six (6)** ways. 📚", C),
    ("format", "1048576", _POW2 + "\n\n$2^{20} = 1{,}048{,}576$", C),
    ("format", "1048576", _POW2 + "\n\nSo $2^{20}$ = 1 048 576.", C),
    ("format", "1048576", _POW2 + "\n\nSo $2^{20} = 1{,}048{,}567$.", W),
    ("format", "1048576", _POW2 + "\n\nFinal result: 1,048,576", C),
    ("text", "\\text{Bob}", _NIM + " So Bob, moving second, can always win.\n\nBob wins.", C),
    ("text", "\\text{Bob}", _NIM + "\n\n**Winner:** Bob", C),
    ("text", "\\text{Bob}", "Alice takes 3 stones first, leaving 17, and then mirrors Bob's moves.\n\nAlice wins.", W),
    ("radical", "\\frac{3\\sqrt{2}}{2}", _HALF + " $\\tfrac{3\\sqrt2}{2}$.", C),
    ("radical", "\\frac{3\\sqrt{2}}{2}", _HALF + "\n\n$$\\frac{3\\sqrt{2}}{2} \\approx 2.12$$", C),
    ("radical", "\\frac{3\\sqrt{2}}{2}", _HALF + " $\\frac{3\\sqrt{3}}{2}$.", W),
    ("radical", "\\frac{3\\sqrt{2}}{2}", _HALF + " just $3\\sqrt{2}$.", W),
    # --- longer responses, varied endings
    ("integer", "62", _ZEROS + "\n\nSo $250!$ ends in $50 + 10 + 2 = 62$ zeros.", C),
    (
        "integer",
        "62",
        _think(
            _ZEROS,
            "**Solution.** Counting factors of 5 with Legendre's formula:\n\n"
            "$$50 + 10 + 2 = 62.$$\n\nThus $250!$ has $\\underline{62}$ trailing zeros.",
        ),
        C,
    ),
    ("integer", "62", _ZEROS + "\n\nSo the number of trailing zeros is $50 + 10 = 60$.", W),
    ("integer", "62", _think(_ZEROS + " Total $62$.", "The answer is $\\boxed{62}$." + _EOT), C),
    (
        "integer",
        "62",
        _ZEROS + "\n\nSumming: **62**.\n\nSummary: we counted multiples of 5, 25 and 125 up to 250 "
        "and added them; powers of 2 are never the bottleneck." + _ASK,
        C,
    ),
    (
        "integer",
        "62",
        _ZEROS + "\n\nSumming gives 62. But the question asks for the trailing zeros of $250!$ in "
        "base 5... no, base 10. Hmm, on reflection I also need factors of 2, and there are 244 of those, so the "
        "count is $\\min(244, 62)$.\n\nFinal result: 244",
        W,
    ),
    ("fraction", "\\frac{15}{16}", _HEADS + "\n\nThat is $\\frac{15}{16}$.", C),
    ("fraction", "\\frac{15}{16}", _HEADS + "\n\n$P = 0.9375$", C),
    ("fraction", "\\frac{15}{16}", _HEADS + "\n\n$P = \\frac{1}{16}$", W),
    (
        "fraction",
        "\\frac{15}{16}",
        "Each flip is heads with probability $\\frac12$, and there are 4 flips, so the "
        "probability of at least one head is $4 \\cdot \\frac12 = 2$... that exceeds 1, so instead I'll take "
        "$\\frac{4}{16}$.\n\nResult: $\\frac{1}{4}$",
        W,
    ),
    ("fraction", "\\frac{15}{16}", _bot(_HEADS, "$$P(\\text{at least one head}) = \\boxed{\\dfrac{15}{16}}$$"), C),
    ("integer", "15", _SHOE + "\n\nSo the area is 15 square units.", C),
    ("integer", "15", _SHOE + "\n\n∴ Area $= 15$", C),
    ("integer", "15", _SHOE + "\n\nSo the area is 30 square units.", W),
    ("integer", "15", _SHOE + "\n\nArea: $\\textbf{15}$" + _HUMAN, C),
    ("integer", "34", _STAIRS + "\n\nThere are 34 ways to climb the staircase.", C),
    ("integer", "34", _STAIRS + " Continuing one more step, $s_9 = 55$.\n\nThere are $\\boxed{55}$ ways.", W),
    ("integer", "34", _kimi(_STAIRS, "**Answer:** 34 ways"), C),
    ("integer", "34", _STAIRS + "\n\nThere are $\\boxed{21}$ ways.", W),
    ("integer", "9", _LOG + "\n\nTherefore $x = 9$.", C),
    (
        "integer",
        "9",
        "Combining the logarithms, $x(x - 6) = 27$, so $(x - 9)(x + 3) = 0$.\n\nThe solutions are "
        "$x = 9$ and $x = -3$.",
        W,
    ),
    (
        "integer",
        "9",
        _LOG + "\n\n| candidate | in domain? |\n|---|---|\n| $x = 9$ | yes |\n| $x = -3$ | no |\n\nAnswer: $x = 9$",
        C,
    ),
    ("integer", "9", _LOG + "\n\nTherefore $x = 27$.", W),
    ("fraction", "\\frac{91}{6}", _SQDIE, C),
    ("fraction", "\\frac{91}{6}", _SQDIE + "\n\n$$E[X^2] = \\frac{91}{6} \\approx 15.17$$", C),
    ("fraction", "\\frac{91}{6}", _SQDIE + "\n\nSo the requested value is $\\frac{35}{12}$.", W),
    (
        "fraction",
        "\\frac{91}{6}",
        "Let $X$ be the roll. Then $E[X] = 3.5$, so $E[X^2] = 3.5^2 = 12.25$.\n\nFinal result: $\\frac{49}{4}$",
        W,
    ),
    ("integer", "40", _COPRIME + "\n\nBoth methods give 40.", C),
    (
        "integer",
        "40",
        _COPRIME + "\n\n$\\boxed{40}$\n\nVerification: the residues coprime to 10 in each block "
        "of 10 are 1, 3, 7, 9, four per block, and there are 10 blocks, giving 40 again.",
        C,
    ),
    ("integer", "40", _COPRIME + "\n\nBoth methods give 60.", W),
    ("integer", "40", _rsn(_COPRIME, "<answer>\n40\n</answer>"), C),
    ("integer", "6", _GEOM + " $= 6$.", C),
    ("integer", "6", _GEOM + " $= \\frac{3}{2}$.", W),
    ("integer", "6", _GEOM + "\n\nThe series converges to six." + _IM_TURN, C),
    ("fraction", "\\frac{4}{3}", _AREA + "\n\nThe enclosed area is $\\frac{4}{3}$.", C),
    ("fraction", "\\frac{4}{3}", _AREA + "\n\n$$\\boxed{\\tfrac43}$$", C),
    ("fraction", "\\frac{4}{3}", _AREA + "\n\nThe enclosed area is $\\frac{8}{3}$.", W),
    ("fraction", "\\frac{4}{3}", _AREA + " That is $1.\\overline{3}$ square units.", C),
    ("integer", "9", _VERTEX + "\n\nThe maximum value is $9$, attained at $x = 2$.", C),
    ("integer", "9", _VERTEX + "\n\nThe maximum occurs at $\\boxed{2}$.", W),
    ("integer", "9", _VERTEX + "\n\n=> max f = 9", C),
    ("integer", "54", _DIAG + " $= 54$.", C),
    (
        "integer",
        "54",
        _DIAG + " $= 54$.\n\nHmm, but should I also count the sides? Adding the 12 sides gives 66 "
        "segments.\n\nSo the answer is 66.",
        W,
    ),
    ("integer", "54", _DIAG + "\n\n_The 12-gon has 54 diagonals._", C),
    (
        "integer",
        "54",
        "Each vertex connects to 9 others by a diagonal, so there are $12 \\cdot 9 = 108$ diagonals.",
        W,
    ),
    ("tuple", "(3, -2)", _CENTER + " The center is $(3, -2)$.", C),
    ("tuple", "(3, -2)", _CENTER + " The center is $(-3, 2)$.", W),
    ("tuple", "(3, -2)", _CENTER + "\n\n- center: $(3,-2)$\n- radius: $5$\n\nThe center is $\\boxed{(3,-2)}$.", C),
    ("tuple", "(3, -2)", _CENTER + " The center is $(3, 2)$.", W),
    ("decimal", "23.5", _COOKIE + "\n#### 23.50", C),
    ("decimal", "23.5", _COOKIE + "\n#### 23.5", C),
    ("decimal", "23.5", "Maria bakes 4 x 18 = 72 cookies and sells them all at $0.50: 72 x 0.50 = 36.\n#### 36", W),
    ("decimal", "23.5", _COOKIE + "\nShe earns $23.50.", C),
    ("decimal", "23.5", _COOKIE + "\n#### 47", W),
    ("fraction", "\\frac{7}{2}", _VIETA + "\n\nSo the sum of the roots is $\\frac{7}{2}$.", C),
    ("fraction", "\\frac{7}{2}", _VIETA + "\n\nSo the sum of the roots is $3.5$.", C),
    ("fraction", "\\frac{7}{2}", _VIETA + "\n\nSo the sum of the roots is $-\\frac{7}{2}$.", W),
    ("fraction", "\\frac{7}{2}", _VIETA + "\n\nTheir product is $\\frac{3}{2}$, so the answer is $\\frac{3}{2}$.", W),
    ("integer", "4", _AMGM + "\n\nThe minimum value is $4$.", C),
    ("integer", "4", _AMGM + "\n\nThe minimum is attained at $x = 2$, so the answer is $2$.", W),
    ("integer", "4", _AMGM + " So the minimum is $2\\sqrt4 = 4$. 🎯", C),
    ("fraction", "\\frac{5}{2}", _CIRCUM + "\n\nBoth give $R = 2.5$.", C),
    ("fraction", "\\frac{5}{2}", _CIRCUM + "\n\n$R = \\frac{60}{24} = \\frac{5}{2}$, confirmed." + _DS, C),
    (
        "fraction",
        "\\frac{5}{2}",
        "A 3-4-5 triangle is right-angled, and the circumradius equals the hypotenuse.\n\n$R = 5$",
        W,
    ),
    ("pi", "12\\pi", _CONE + " $= 12\\pi$.", C),
    ("pi", "12\\pi", _CONE + " $= 36\\pi$.", W),
    ("pi", "12\\pi", _CONE + ".\n\nFinal result: $V = 12\\pi \\approx 37.7$", C),
    ("integer", "32", _EVSUB + "\n\nTherefore 32 subsets have an even sum.", C),
    ("integer", "32", _EVSUB + " Excluding the empty set, 31 remain.\n\nTherefore 31 subsets have an even sum.", W),
    ("integer", "32", _EVSUB + '\n\n```json\n{"answer": 32}\n```', C),
    ("integer", "32", _EVSUB + '\n\n```json\n{"answer": 64}\n```', W),
    # --- thinking blocks: a draft inside, the final answer outside
    (
        "integer",
        "62",
        _think(
            "Counting factors of 5: 50 + 10 = 60. So $\\boxed{60}$? Wait, I forgot 125 and 250, "
            "each with a third factor of 5.",
            "Counting factors of 5 in $250!$: $50 + 10 + 2 = 62$.\n\n**Final Answer**\n\\[\\boxed{62}\\]",
        ),
        C,
    ),
    (
        "integer",
        "34",
        _think(
            _STAIRS + " So $\\boxed{34}$.",
            "Using the Fibonacci recurrence the count for 8 stairs "
            "is $s_8$, but the problem has 9 stairs, so the answer is $s_9 = 55$.\n\n$\\boxed{55}$",
        ),
        W,
    ),
    (
        "fraction",
        "\\frac{15}{16}",
        _think(
            "P(no heads) = 1/16. Hmm, or is it 1/8? No: four flips, $2^4 = 16$. So I get $\\boxed{\\frac{15}{16}}$.",
            "The probability of at least one head is $\\frac{15}{16}$.",
        ),
        C,
    ),
    (
        "tuple",
        "(3, -2)",
        _kimi(
            "Completing the square gives center (3,-2)? Let me redo the sign: $(y+2)^2$ means $y = -2$. Yes.",
            "The center is at $\\boxed{(3,-2)}$ and the radius is $5$.",
        ),
        C,
    ),
    (
        "tuple",
        "(2, 5)",
        _bot(
            "$2x + 1 = -x + 7$, so $x = 2$, $y = 5$. The point is $(2,5)$.",
            "The lines intersect at the point with $y = 2$ and $x = 5$:\n\n$$(5, 2)$$",
        ),
        W,
    ),
    # --- several boxes; the last one answers the question
    (
        "integer",
        "54",
        "First the number of segments joining two vertices: $\\binom{12}{2} = \\boxed{66}$.\n\n"
        "Then subtract the 12 sides: $66 - 12 = \\boxed{54}$ diagonals.",
        C,
    ),
    (
        "integer",
        "210",
        "Step 1: choose 4 of 10 with order: $10 \\cdot 9 \\cdot 8 \\cdot 7 = \\boxed{5040}$.\n\n"
        "Step 2: divide by the $4! = 24$ orders of the same books: $\\frac{5040}{24} = \\boxed{210}$.",
        C,
    ),
    (
        "integer",
        "210",
        "Step 1: choose 4 of 10: $\\binom{10}{4} = \\boxed{210}$.\n\n"
        "Step 2: the shelf order matters, so multiply by $4! = 24$: $\\boxed{5040}$.",
        W,
    ),
    ("integer", "9", "The vertex is at $x = \\boxed{2}$, and the maximum value is $f(2) = \\boxed{9}$.", C),
    # --- chat-template tails and other closings
    ("integer", "40", "$\\varphi(100) = 40$.\n\nThe answer is 40." + _GEMMA, C),
    (
        "integer",
        "40",
        "$\\varphi(100) = 100 \\cdot \\frac12 \\cdot \\frac45 = 40$.\n\nThe answer is 40." + _EOT_TURN,
        C,
    ),
    (
        "integer",
        "40",
        "$\\varphi(100) = 100 \\cdot \\frac12 \\cdot \\frac45 = 40$. Counting the numbers sharing a factor "
        "instead gives $100 - 40 = 60$.\n\nThe answer is 60." + _PHI,
        W,
    ),
    ("fraction", "\\frac{4}{3}", "$\\int_0^2 (2x - x^2)\\,dx = \\frac43$.\n\nThe area is 4/3." + _HUMAN, C),
    ("fraction", "\\frac{4}{3}", "$\\int_0^2 (x^2 - 2x)\\,dx = -\\frac43$.\n\nThe area is -4/3." + _HUMAN, W),
    ("pi", "36\\pi", "$V = \\frac43 \\pi (3)^3 = 36\\pi$.\n\nThe volume is $36\\pi$ cubic units." + _MISTRAL, C),
    ("pi", "36\\pi", "$V = \\frac43 \\pi (3)^2 = 12\\pi$.\n\nThe volume is $12\\pi$ cubic units." + _MISTRAL, W),
    ("interval", "[1, 4]", "$(x-1)(x-4) \\le 0$ holds for $1 \\le x \\le 4$.\n\nSo $x \\in [1,4]$." + _IM_TURN, C),
    ("interval", "[1, 4]", "$(x-1)(x-4) \\le 0$ holds for $1 < x < 4$.\n\nSo $x \\in (1,4)$." + _IM_TURN, W),
    (
        "choice",
        "\\textbf{(C)}\\ 18",
        "Two hexagons give 12 edges and there are 6 vertical edges: 18.\n\nThe correct option is **(C) 18**." + _DS,
        C,
    ),
    (
        "choice",
        "\\textbf{(C)}\\ 18",
        "Two hexagons give 12 edges and there are 6 vertical edges: 18.\n\nThe correct option is **(B) 15**." + _DS,
        W,
    ),
    ("complex", "5+i", "Multiplying out: $2 - 2i + 3i + 3 = 5 + i$.\n\nSo $(2+3i)(1-i) = 5+i$." + _EOT, C),
    ("complex", "5+i", "Multiplying out: $2 - 2i + 3i - 3 = -1 + i$.\n\nSo $(2+3i)(1-i) = -1+i$." + _EOT, W),
    ("equation", "y = -2x + 3", "Slope $-2$, intercept $3$.\n\nSolution: $y=-2x+3$" + _GEMMA, C),
    ("set", "1, 2, 3", "The cubic factors as $(x-1)(x-2)(x-3)$.\n\nSolution: $x = 1, 2, 3$", C),
    ("set", "\\{-1, 4\\}", "$(x-4)(x+1) = 0$.\n\nSolution: $x = -1$ or $x = 4$." + _ASK, C),
    (
        "text",
        "\\text{Wednesday}",
        "$100 \\equiv 2 \\pmod 7$, and two days after Monday is Wednesday.\n\nA: Wednesday",
        C,
    ),
    (
        "text",
        "\\text{Bob}",
        "20 is a multiple of 4, so the second player wins with the take-$(4-k)$ strategy.\n\nA: Alice",
        W,
    ),
    ("units", "12", "720 / 60 = 12\n\nResult: 12 hours ⏱️", C),
    ("units", "12", "720 / 6 = 120\n\nResult: 120 hours ⏱️", W),
    (
        "radical",
        "\\sqrt{58}",
        "$d^2 = 3^2 + 7^2 = 58$, so\n\n$$d = \\sqrt{58}$$\n\nIs there anything else you'd like "
        "me to compute for these points?",
        C,
    ),
    ("radical", "3+2\\sqrt{2}", "Expanding, $(1+\\sqrt2)^2 = 3 + 2\\sqrt2$.\n\n*Answer:* *$3+2\\sqrt{2}$*", C),
    ("fraction", "\\frac{1}{9}", "Four of the 36 outcomes have sum 9.\n\nThe probability is $\\textbf{1/9}$.", C),
    ("fraction", "\\frac{1}{9}", "Five of the 36 outcomes have sum 9.\n\nThe probability is $\\textbf{5/36}$.", W),
    (
        "integer",
        "649",
        "$7^{2026} \\equiv 7^{26} \\equiv 649 \\pmod{1000}$.\n\nRemainder: six hundred forty-nine (649).",
        C,
    ),
    ("integer", "17", _minerva("17"), C),
    (
        "integer",
        "17",
        "Since $2431 = 11 \\cdot 13 \\cdot 17$, the largest prime factor is 17.\n\n" + _minerva("17"),
        C,
    ),
    (
        "integer",
        "17",
        "Since $2431 = 11 \\cdot 13 \\cdot 17$, the largest prime factor is 17.\n\n" + _minerva("2431"),
        W,
    ),
    (
        "fraction",
        "\\frac{7}{2}",
        "By Vieta, the sum of the roots is $\\frac{7}{2}$.\n\n" + _minerva("\\frac{7}{2}"),
        C,
    ),
    (
        "fraction",
        "\\frac{7}{2}",
        "By Vieta, the sum of the roots is $\\frac{7}{2}$.\n\n" + _minerva("\\frac{2}{7}"),
        W,
    ),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _minerva("-\\frac{\\sqrt{3}}{2}"), C),
    (
        "trig",
        "\\frac{\\pi}{3}",
        "$\\cos\\frac{\\pi}{3} = \\frac12$ and $\\frac{\\pi}{3} \\in [0, \\pi]$.\n\n" + _minerva("\\pi/3"),
        C,
    ),
    (
        "vector",
        "\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}",
        "Componentwise: $2 + 1 = 3$ and $2 - 3 = -1$.\n\n" + _minerva("\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}"),
        C,
    ),
    ("integer", "45", '{"reasoning": "3600 = 2^4 * 3^2 * 5^2, so (4+1)(2+1)(2+1) divisors", "answer": 45}', C),
    ("integer", "45", '{"reasoning": "3600 = 2^4 * 3^2 * 5^2, so 4*2*2 divisors", "answer": 16}', W),
    (
        "integer",
        "1170",
        'Using multiplicativity, $\\sigma(360) = 15 \\cdot 13 \\cdot 6$.\n\n{"final_answer": "1170"}',
        C,
    ),
    ("percent", "25\\%", "Increase of 20 on a base of 80.\n\n- increase: $20\n- base: $80\n- percent: **25%**", C),
    ("percent", "25\\%", "Increase of 20 on a base of 100.\n\n- increase: $20\n- base: $100\n- percent: **20%**", W),
    (
        "format",
        "2001000",
        "The sum is $\\frac{2000 \\cdot 2001}{2}$, which equals two million one thousand, i.e. 2,001,000.",
        C,
    ),
    (
        "format",
        "1048576",
        "$2^{20}$ is a little over a million: exactly **1,048,576**.\n\nFun fact: that's why a "
        "mebibyte has 1,048,576 bytes. 💾",
        C,
    ),
    (
        "format",
        "1048576",
        "$2^{20} = 2^{10} \\cdot 2^{10} = 1024 \\cdot 1024$, a little over a million: roughly **1,000,000**.",
        W,
    ),
    ("decimal", "23.5", "72 - 25 = 47 cookies at $0.50 each.\n\nShe earns **$23.50** 🍪", C),
    ("decimal", "23.5", "72 - 25 = 47 cookies at $0.50 each.\n\nShe earns **$235** 🍪", W),
    (
        "base",
        "3752_8",
        "$3 \\cdot 512 + 7 \\cdot 64 + 5 \\cdot 8 + 2 = 2026$, so in base eight the number is written "
        "3752.\n\n=> 3752_8",
        C,
    ),
    ("expression", "x^2 - 2x - 15", "$(x+3)(x-5) = x^2 - 5x + 3x - 15$.\n\n\\textbf{Answer:} $x^2 - 2x - 15$", C),
    (
        "expression",
        "\\frac{x+4}{3}",
        "Solving $x = 3y - 4$ for $y$:\n\n$$f^{-1}(x) = \\frac{x+4}{3}$$\n\n"
        "Check: $f(f^{-1}(x)) = 3 \\cdot \\frac{x+4}{3} - 4 = x$. ✓",
        C,
    ),
    (
        "expression",
        "\\frac{x+4}{3}",
        "Solving $x = 3y + 4$ for $y$:\n\n$$f^{-1}(x) = \\frac{x-4}{3}$$\n\nCheck: $f(f^{-1}(x)) = x$. ✓",
        W,
    ),
    ("interval", "(3, \\infty)", "$2x - 5 > 1 \\iff x > 3$.\n\n∴ $x \\in (3, +\\infty)$", C),
    (
        "interval",
        "(-\\infty, -2) \\cup (3, \\infty)",
        "Sign chart of $(x-3)(x+2)$: positive, negative, positive.\n\n∴ $x \\in (-\\infty, -2) \\cup (3, +\\infty)$",
        C,
    ),
    # --- truncated: cut off before any final answer
    (
        "truncated",
        "62",
        "<think>\nTrailing zeros of $250!$: count factors of 5. $\\lfloor 250/5 \\rfloor = 50$, "
        "$\\lfloor 250/25 \\rfloor = 10$, $\\lfloor 250/",
        T,
    ),
    ("truncated", "62", _ZEROS + "\n\nAdding these up, the number of trailing zeros is $50 + 10 +", T),
    (
        "truncated",
        "\\frac{15}{16}",
        "Let me think about the complement. The only way to get no heads in 4 flips is "
        "TTTT, with probability $\\left(\\frac12\\right)^",
        T,
    ),
    ("truncated", "34", "<think>\n" + _STAIRS[:236], T),
    (
        "truncated",
        "9",
        "<|begin_of_thought|>\n\nThe domain requires $x > 6$. Combining the logarithms, $x(x-6) = 27$, "
        "so $x^2 - 6x - 27 = 0$. Factoring: we need two numbers whose product is $-27$ and whose sum is $-6$. "
        "Those are",
        T,
    ),
    (
        "truncated",
        "\\frac{91}{6}",
        "Let $X$ be the roll of a fair die. Then $E[X^2] = \\frac16(1 + 4 + 9 + 16 + 25",
        T,
    ),
    (
        "truncated",
        "40",
        "◁think▷We count $n \\le 100$ coprime to 100. Multiples of 2: 50. Multiples of 5: 20. "
        "Multiples of 10: 10. By inclusion-exclusion the count of numbers sharing a factor with 100 is "
        "$50 + 20 - 10 = 60$, so the coprime ones number $100 -",
        T,
    ),
    ("truncated", "\\frac{4}{3}", _AREA[:150], T),
    (
        "truncated",
        "(3, -2)",
        "Complete the square: $x^2 - 6x + y^2 + 4y = 12$ becomes $(x - 3)^2 - 9 + (y + 2)^2 -",
        T,
    ),
    (
        "truncated",
        "\\textbf{(C)}\\ 18",
        "Let me carefully count the edges of the hexagonal prism. The top face is a "
        "hexagon, contributing 6 edges. The bottom face is also a hexagon, contributing another 6 edges. Then each "
        "vertex on the top is joined to the corresponding vertex on the bottom, and there are",
        T,
    ),
    (
        "truncated",
        "649",
        "<think>\nWe need $7^{2026} \\bmod 1000$. By CRT, work mod 8 and mod 125. Mod 8: "
        "$7 \\equiv -1$, so $7^{2026} \\equiv 1$. Mod 125: $\\varphi(125) = 100$, so $7^{2026} \\equiv 7^{26}$. "
        "$7^2 = 49$, $7^4 = 2401 \\equiv 26$, $7^8 \\equiv 676 \\equiv 51$, $7^{16} \\equiv 2601 \\equiv",
        T,
    ),
    (
        "truncated",
        "\\frac{7}{2}",
        "<reasoning>\nFor $2x^2 - 7x + 3 = 0$, Vieta gives the sum of the roots as "
        "$-\\frac{b}{a}$. Here $b = -7$ and $a = 2$, so the sum is $-\\frac{-7}",
        T,
    ),
    (
        "truncated",
        "1048576",
        "$2^{10} = 1024$, so $2^{20} = 1024^2$. Let me multiply: $1024 \\times 1024 = "
        "1024 \\times 1000 + 1024 \\times 24 = 1{,}024{,}000 + ",
        T,
    ),
    (
        "truncated",
        "12\\pi",
        "The volume of a cone is $V = \\frac13 \\pi r^2 h$. With $r = 3$ and $h = 4$, we get "
        "$V = \\frac{1}{3}\\pi \\cdot",
        T,
    ),
    (
        "truncated",
        "\\$18.75",
        "Three notebooks cost $3 \\times \\$4.25$. Let me compute that: $4.25 \\times 3$ is "
        "$12$ plus $0.75$, and then adding the pen, which costs",
        T,
    ),
    (
        "truncated",
        "32",
        "Pair each subset $S$ with $S \\triangle \\{1\\}$. This toggles whether 1 is in the subset "
        "and so changes the sum by exactly 1, flipping its parity. The map is its own inverse, hence a bijection "
        "between the even-sum and the odd-sum subsets, and therefore the number of even-sum subsets equals",
        T,
    ),
    (
        "truncated",
        "(1, -2, 3)",
        "<think>\nFrom the first and third equations, $x = 1$. Then $x - y = 3$ gives "
        "$y = -2$. Now $y + z = 1$ gives $z =",
        T,
    ),
    (
        "truncated",
        "\\frac{5}{2}",
        "A 3-4-5 triangle is right-angled since $3^2 + 4^2 = 5^2$. For a right triangle the "
        "circumcenter is the midpoint of the hypotenuse, so the circumradius is half of the",
        T,
    ),
    # --- more closings
    (
        "integer",
        "45",
        "Since $3600 = 2^4 \\cdot 3^2 \\cdot 5^2$, the divisor count is $5 \\cdot 3 \\cdot 3$.\n\n## Answer\n\n45",
        C,
    ),
    (
        "integer",
        "21",
        "```python\nfrom math import gcd\nprint(gcd(462, 1071))\n```\n\nOutput:\n\n```\n21\n```\n\n"
        "So the greatest common divisor is 21.",
        C,
    ),
    ("integer", "210", "Choosing 4 of 10 books without regard to order: $\\binom{10}{4}$.\n\nANSWER: 210", C),
    ("integer", "79", "$a_{20} = 3 + 19 \\cdot 4$ → 79", C),
    ("integer", "79", "$a_{20} = 3 + 19 \\cdot 4$ → 76", W),
    (
        "fraction",
        "\\frac{15}{16}",
        "至少出现一次正面的概率等于 1 减去全是反面的概率：$1 - \\frac{1}{16}$。\n\n答案是 $\\frac{15}{16}$。",
        C,
    ),
    ("fraction", "\\frac{15}{16}", "全是反面的概率是 $\\left(\\frac12\\right)^4$。\n\n答案是 $\\frac{1}{16}$。", W),
    ("text", "\\text{Wednesday}", "100 days is 14 weeks and 2 days, so the day is <b>Wednesday</b>.", C),
    (
        "integer",
        "34",
        "The counts follow the Fibonacci numbers: 1, 2, 3, 5, 8, 13, 21, 34.\n\n\\textbf{Final answer:} 34",
        C,
    ),
    (
        "integer",
        "34",
        "The counts follow the Fibonacci numbers: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89.\n\n\\textbf{Final answer:} 89",
        W,
    ),
    (
        "integer",
        "62",
        "<|start_header_id|>assistant<|end_header_id|>\n\nCount the factors of 5 in $250!$: "
        "$50 + 10 + 2$.\n\nThe answer is 62." + _EOT,
        C,
    ),
    ("radical", "\\sqrt{58}", "d = √((4 − 1)² + (5 + 2)²) = √(9 + 49)\n\nd = √58 ≈ 7.616", C),
    ("radical", "\\sqrt{58}", "d = √((4 − 1)² + (5 − 2)²) = √(9 + 9)\n\nd = √18 ≈ 4.243", W),
    ("pi", "36\\pi", "V = (4/3)π·3³ = (4/3)π·27\n\nV = 36π cm³", C),
    (
        "fraction",
        "\\frac{4}{3}",
        "The region lies between $x = 0$ and $x = 2$, with the line on top.\n\n\\(\\boxed{\\frac{4}{3}}\\)",
        C,
    ),
    ("integer", "9", _LOG + "\n\n**Result**: the only solution is $x = 9$ (the candidate $x = -3$ is rejected).", C),
    ("tuple", "(1, -2, 3)", _SYS + "\n\n$(x, y, z) = (1, -2, 3)$ ∎", C),
    ("integer", "40", "$\\varphi(100) = 40$, so there are **forty** such integers.", C),
    ("money", "\\$18.75", _SHOP + "\n\nShe spends eighteen dollars and seventy-five cents ($18.75).", C),
    ("interval", "[1, 4]", _INEQ + "\n\nThe solution set is the closed interval from 1 to 4, that is, $[1,4]$.", C),
    ("choice", "\\text{(B)}", _LARGE + "\n\n(B) $3^7$", C),
    (
        "integer",
        "649",
        "By the Carmichael function, $7^{2026} \\equiv 7^{26} \\pmod{1000}$, and repeated squaring "
        "gives 649.\n\nThe remainder is 649." + _PHI,
        C,
    ),
    (
        "integer",
        "54",
        _DIAG + "\n\n**54 diagonals.**\n\nLet me know if you'd like the general formula $\\frac{n(n-3)}{2}$! 😊",
        C,
    ),
    ("decimal", "23.5", _COOKIE + "\n\n**Answer: \\$23.50**", C),
    ("integer", "17", _POW13 + " Reducing modulo 100:\n\n$$13^{2027} \\equiv 17 \\pmod{100}$$", C),
    ("integer", "96", _think(_PHI360 + " $= 96$.", "There are 96 integers in $[1, 360]$ coprime to 360."), C),
    (
        "integer",
        "96",
        _think(_PHI360 + " $= 96$.", "There are 264 integers in $[1, 360]$ not coprime to 360, so the answer is 264."),
        W,
    ),
    ("expression", "e^2 - 1", "$\\int_0^2 e^x\\,dx = [e^x]_0^2$.\n\nResult: $e^{2}-1$ ✅", C),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _COS + "\n\nAnswer: −√3/2", C),
    ("trig", "-\\frac{\\sqrt{3}}{2}", _COS + "\n\nAnswer: √3/2", W),
    ("equation", "y = -2x + 3", _LINE + "\n\n**The line is** $\\mathbf{y = -2x + 3}$.", C),
    (
        "truncated",
        "54",
        "<|start_header_id|>assistant<|end_header_id|>\n\nA diagonal joins two vertices that are not "
        "adjacent. From each of the 12 vertices there are",
        T,
    ),
    (
        "truncated",
        "\\text{Bob}",
        "◁think▷Positions with a multiple of 4 stones lose for the player to move. Let me verify "
        "small cases: with 1, 2 or 3 stones the mover takes everything and wins; with 4 stones, any move leaves",
        T,
    ),
    (
        "truncated",
        "3752_8",
        "We convert 2026 to base 8 by repeated division. $2026 \\div 8 = 253$ remainder $2$. "
        "$253 \\div 8 = 31$ remainder $5$. $31 \\div 8 =",
        T,
    ),
]


# Rows the lead wrote while fixing ELEVENTH's first-contact misses (in-sample, like TENTH_FIXES), negatives
# included. After the second round (the rows after "the second round of fixes") ELEVENTH has no miss left and
# is a table row.
_LONG = "We compute the residues one by one and check each. " * 50
_EOT = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nAnd the next one?<|eot_id|>"
ELEVENTH_FIXES: list[tuple[str, str, str, str]] = [
    # a closing line that labels its value, and arrows
    ("label_line", "649", "Reducing, $19649 \\equiv 649$.\n\nA: 649", "correct"),
    ("label_line", "649", "Reducing, $19649 \\equiv 649$.\n\nA: 694", "incorrect"),
    ("label_line", "210", "$\\binom{10}{4} = \\frac{5040}{24}$.\n\n=> 210", "correct"),
    ("label_line", "x^2 - 2x - 15", "Expanding the product.\n\n=> x^2 - 2x + 15", "incorrect"),
    ("label_line", "12", "720 / 60 = 12\n\nResult: 12 hours", "correct"),
    ("label_line", "\\text{Bob}", "The game starts at 20 stones, a multiple of 4.\n\n**Winner:** Bob", "correct"),
    (
        "label_line",
        "\\text{Bob}",
        "It starts at 21 stones, not a multiple of 4.\n\n**Winner:** Alice",
        "incorrect",
    ),
    ("label_line", "\\sqrt{58}", "By the distance formula.\n\n∴ $d = \\sqrt{58}$", "correct"),
    ("label_line", "15", "Base 6, height 5.\n\n∴ Area $= 15$", "correct"),
    ("label_line", "x^2 - 2x - 15", "$(x+3)(x-5)$.\n\n\\textbf{Answer:} $x^2 - 2x - 15$", "correct"),
    ("label_line", "2\\sqrt{5}", "$\\sqrt{20} = \\sqrt{4 \\cdot 5}$.\n\n\\underline{Answer:} $2\\sqrt5$", "correct"),
    ("label_line", "79", "$a_n = 3 + (n-1) \\cdot 4$.\n\n**Answer: seventy-nine (79)**", "correct"),
    ("label_line", "79", "$a_n = 3 + (n-1) \\cdot 4$.\n\n**Answer: seventy-five (75)**", "incorrect"),
    # a check or a plan labels no answer: the line before it (or nothing) does
    ("label_line", "\\frac{x+4}{3}", "$$f^{-1}(x) = \\frac{x+4}{3}$$\n\nCheck: $f(f^{-1}(x)) = x$. ✓", "correct"),
    ("label_line", "\\frac{x+4}{3}", "$$f^{-1}(x) = \\frac{x-4}{3}$$\n\nCheck: $f(f^{-1}(x)) = x$. ✓", "incorrect"),
    ("label_line", "3", "Here is my approach: factor, expand, compare coefficients.", "no_answer"),
    # a labelled line counts as finished however long the text; a bare number ending a long text does not
    ("label_line", "649", _LONG + "\n\nA: 649", "correct"),
    # the closing sentence ends on a span that continues the one before it
    ("continued_span", "210", "$\\binom{10}{4} = \\frac{5040}{24}$ $= 210$.", "correct"),
    (
        "continued_span",
        "36\\pi",
        "With $r = 3$: $\\frac{4}{3}\\pi \\cdot 27$ $= 36\\pi$ cubic units.",
        "correct",
    ),
    (
        "continued_span",
        "36\\pi",
        "With $r = 3$: $\\frac{4}{3}\\pi \\cdot 27$ $= 12\\pi$ cubic units.",
        "incorrect",
    ),
    ("continued_span", "e^2 - 1", "$\\int_0^2 e^x\\,dx = e^2 - e^0$ $= e^2 - 1 \\approx 6.389$.", "correct"),
    ("continued_span", "-\\frac{3}{4}", "Slope $= \\frac{2 - 5}{5 - 1}$ $= -0.75$.", "correct"),
    # JSON endings and R1's `<answer>` tags
    ("json", "32", 'Half the subsets have an even sum.\n\n```json\n{"answer": 32}\n```', "correct"),
    ("json", "32", 'Half the subsets have an even sum.\n\n```json\n{"answer": 16}\n```', "incorrect"),
    ("json", "1170", 'So $\\sigma(360) = 15 \\cdot 13 \\cdot 6$.\n\n{"final_answer": "1170"}', "correct"),
    ("json", "45", '{"reasoning": "3600 = 2^4 * 3^2 * 5^2", "answer": 45}', "correct"),
    ("json", "25\\pi", 'Its area is $\\pi r^2$ with $r = 5$.\n\n{"answer": "25*pi"}', "correct"),
    (
        "answer_tag",
        "21",
        "<reasoning>Euclid: the last remainder is 21.</reasoning>\n<answer>21</answer>",
        "correct",
    ),
    ("answer_tag", "40", "<reasoning>Inclusion-exclusion.</reasoning>\n<answer>\n40\n</answer>", "correct"),
    ("answer_tag", "40", "<reasoning>Inclusion-exclusion.</reasoning>\n<answer>\n60\n</answer>", "incorrect"),
    # trailing symbols, names, words with digits, congruences, `verb at`
    ("closing_prose", "\\text{Wednesday}", "Two days after a Monday.\n\nIt will be Wednesday. 📅", "correct"),
    ("closing_prose", "\\text{Wednesday}", "Two days after a Monday.\n\nIt will be Thursday. 📅", "incorrect"),
    ("closing_prose", "e^2 - 1", "$\\int_0^2 e^x\\,dx = [e^x]_0^2$.\n\nResult: $e^{2}-1$ ✅", "correct"),
    ("closing_prose", "6", "Three books in $3!$ orders. That's **six (6)** ways. 📚", "correct"),
    ("closing_prose", "17", "Reducing modulo 100:\n\n$$13^{2027} \\equiv 17 \\pmod{100}$$", "correct"),
    ("closing_prose", "17", "Reducing modulo 100:\n\n$$13^{2027} \\equiv 71 \\pmod{100}$$", "incorrect"),
    ("closing_prose", "(2, 5)", "So $x = 2$ and $y = 5$.\n\nThe lines meet at $(2, 5)$.", "correct"),
    ("closing_prose", "(2, 5)", "So $x = 5$ and $y = 2$.\n\nThe lines meet at $(5, 2)$.", "incorrect"),
    # a qualifying clause after the value; a count with math after its noun
    ("closing_prose", "9", "So $f(2) = 9$.\n\nThe maximum value is $9$, attained at $x = 2$.", "correct"),
    ("closing_prose", "2", "So $f(2) = 9$.\n\nThe maximum value is $9$, attained at $x = 2$.", "incorrect"),
    ("closing_prose", "96", "<think>phi</think>\n\nThere are 96 integers in $[1, 360]$ coprime to 360.", "correct"),
    ("closing_prose", "360", "<think>phi</think>\n\nThere are 96 integers in $[1, 360]$ coprime to 360.", "incorrect"),
    # --- the second round of fixes (after 34 binary misses were left): each class with its edges
    # a closing markdown table: the last row of two cells is a label and its value
    (
        "table",
        "\\frac{1}{6}",
        "Six outcomes of a die, one of them a 4.\n\n| event | count |\n|---|---|\n| a four | 1 |\n| all | 6 |\n| "
        "**probability** | **1/6** |",
        "correct",
    ),
    (
        "table",
        "\\frac{1}{6}",
        "Six outcomes of a die, two of them even primes or 4.\n\n| event | count |\n|---|---|\n| hits | 2 |\n| "
        "**probability** | **1/3** |",
        "incorrect",
    ),
    (
        "table",
        "\\frac{1}{6}",
        "Six outcomes of a die.\n\n| event | count |\n|---|---|\n| a four | 1 |\n| **probability** | **1/",
        "truncated",
    ),
    (
        "table",
        "42",
        "| step | value |\n|---|---|\n| first | 40 |\n| then | 42 |\n\nThe table is only a sketch; the total is "
        "not settled yet, so I will redo it",
        "truncated",
    ),
    # a labelled line states one value: a label over sentences, an open span or a taken-back value is none
    (
        "label_line",
        "19",
        "Trial division: $1729 = 7 \\cdot 247$ and $247 = 13 \\cdot 19$. The largest prime factor is 19.",
        "correct",
    ),
    (
        "label_line",
        "19",
        "Trial division: $1729 = 7 \\cdot 247$ and $247 = 13 \\cdot 19$. The largest prime factor is 13.",
        "incorrect",
    ),
    # an arrow inside a line of math states the value after it
    ("arrow", "41", "$a_{11} = 1 + 10 \\cdot 4$ → 41", "correct"),
    ("arrow", "41", "$a_{11} = 1 + 10 \\cdot 4$ → 45", "incorrect"),
    ("arrow", "41", "$a_{11} = 1 + 10 \\cdot 4$ →", "truncated"),
    (
        "arrow",
        "41",
        "$a_{11} = 1 + 10 \\cdot 4$ → 41\n\nNo: the first term is 5.\n\n$a_{11} = 5 + 10 \\cdot 4$ → 45",
        "incorrect",
    ),
    # a unicode chain (or a value) followed by its rounding
    ("unicode_approx", "\\sqrt{41}", "d = √(4² + 5²) = √(16 + 25)\n\nd = √41 ≈ 6.403", "correct"),
    ("unicode_approx", "\\sqrt{41}", "d = √(4² + 3²) = √(16 + 9)\n\nd = √25 ≈ 5.000", "incorrect"),
    ("unicode_approx", "\\sqrt{41}", "d = √(4² + 5²) = √(16 + 25)\n\nd = √41 ≈", "truncated"),
    ("unicode_approx", "\\frac{1}{7}", "One winning ticket in seven. The probability is 1/7 ≈ 0.143.", "correct"),
    ("unicode_approx", "\\frac{1}{7}", "One winning ticket in eight. The probability is 1/8 ≈ 0.125.", "incorrect"),
    # a Chinese answer line
    ("chinese", "\\frac{7}{8}", "至少一次正面的概率是 $1 - \\frac{1}{8}$。\n\n答案是 $\\frac{7}{8}$。", "correct"),
    ("chinese", "\\frac{7}{8}", "全是反面的概率是 $\\frac{1}{8}$。\n\n答案是 $\\frac{1}{8}$。", "incorrect"),
    ("chinese", "\\frac{7}{8}", "答案是 $\\frac{1}{8}$。不对，要用 1 减去它：最终答案为 $\\frac{7}{8}$。", "correct"),
    # chat tails after a turn that ends in prose: the answer comes from the assistant's own turn
    ("chat_tail", "8", "Each of 3 coins has 2 faces, so there are 2^3 outcomes. The count is 8." + _EOT, "correct"),
    (
        "chat_tail",
        "8",
        "Each of 3 coins has 2 faces, so there are 2 × 3 outcomes. The count is 6." + _EOT,
        "incorrect",
    ),
    (
        "chat_tail",
        "9",
        "The series $3 + 2 + \\frac43 + \\dots$ has ratio $\\frac23$.\n\nThe series converges to "
        "nine.<|im_end|>\n<|im_start|>user\nNow 9?<|im_end|>\n<|im_start|>assistant\n",
        "correct",
    ),
    (
        "chat_tail",
        "9",
        "The series $3 + 2 + \\frac43 + \\dots$ has ratio $\\frac23$.\n\nThe series converges to "
        "three.<|im_end|>\n<|im_start|>user\nIs it 9?<|im_end|>\n<|im_start|>assistant\nYes, 9.",
        "incorrect",
    ),
    (
        "chat_tail",
        "\\text{(D)}",
        "Compare: (A) $2^5 = 32$, (B) $3^3 = 27$, (C) $5^2 = 25$, (D) $6^2 = 36$.\n\nOption D is the "
        "largest.<|end|>\n<|user|>\nWhy?<|end|>\n<|assistant|>",
        "correct",
    ),
    (
        "chat_tail",
        "\\text{(D)}",
        "Compare: (A) $2^5 = 32$, (B) $3^3 = 27$, (C) $5^2 = 25$, (D) $6^2 = 36$.\n\nOption A is the "
        "largest.<|end|>\n<|user|>\nSure?<|end|>\n<|assistant|>Option D.",
        "incorrect",
    ),
    (
        "chat_tail",
        "\\text{(D)}",
        "Compare: (A) $2^5 = 32$, (D) $6^2 = 36$.\n\nOption D is not the largest.",
        "no_answer",
    ),
    (
        "chat_tail",
        "\\text{(D)}",
        "Compare: (A) $2^5 = 32$, (D) $6^2 = 36$.\n\nOption D is the easiest to rule out.",
        "no_answer",
    ),
    # a choice gold that names a letter and its value: either reading answers it
    (
        "choice_value",
        "\\textbf{(B)}\\ 12",
        "A cube has 12 edges: 4 on top, 4 below, 4 upright.\n\n$\\boxed{12}$",
        "correct",
    ),
    ("choice_value", "\\textbf{(B)}\\ 12", "A cube has 8 corners.\n\n$\\boxed{8}$", "incorrect"),
    (
        "choice_value",
        "\\textbf{(B)}\\ 12",
        "A cube has $4 + 4 + 4 = 12$ edges. That is choice $\\textbf{(B)}$.",
        "correct",
    ),
    (
        "choice_value",
        "\\textbf{(B)}\\ 12",
        "A cube has $4 + 4 + 4 = 12$ edges. That is choice $\\textbf{(D)}$.",
        "incorrect",
    ),
    (
        "choice_value",
        "\\text{(C)}",
        "Compare: (A) $2^5 = 32$, (B) $3^3 = 27$, (C) $6^2 = 36$.\n\n(C) $6^2$",
        "correct",
    ),
    (
        "choice_value",
        "\\text{(C)}",
        "Compare: (A) $2^5 = 32$, (B) $3^3 = 27$, (C) $6^2 = 36$.\n\n(A) $2^5$",
        "incorrect",
    ),
    # spaces between digit groups
    ("digit_spaces", "16777216", "$2^{12} = 4096$, so $2^{24} = 4096^2$.\n\nSo $2^{24}$ = 16 777 216.", "correct"),
    ("digit_spaces", "16777216", "$2^{12} = 4096$, so $2^{24} = 4096^2$.\n\nSo $2^{24}$ = 16 777 261.", "incorrect"),
    ("digit_spaces", "216", "$2^{12} = 4096$, so $2^{24} = 4096^2$.\n\nSo $2^{24}$ = 16 777 216.", "incorrect"),
    # a percent in an apposition closing the sentence
    (
        "percent",
        "20\\%",
        "It rose from 50 to 60, measured against 50. $\\frac{10}{50} = 0.2$, a 20% increase.",
        "correct",
    ),
    (
        "percent",
        "20\\%",
        "It rose from 50 to 60, measured against 60. $\\frac{10}{60} \\approx 0.167$, a 16.7% increase.",
        "incorrect",
    ),
    # a total in prose after an adverb; a value in words with its digits
    ("money", "\\$9.40", "Two pens at $\\$3.20$ and a pad at $\\$3.00$. Altogether he spends $\\$9.40$.", "correct"),
    ("money", "\\$9.40", "Two pens at $\\$3.20$ and a pad at $\\$3.00$. Altogether he spends $\\$9.04$.", "incorrect"),
    (
        "money",
        "\\$9.40",
        "Two pens at $\\$3.20$ and a pad at $\\$3.00$.\n\nHe spends nine dollars and forty cents ($9.40).",
        "correct",
    ),
    (
        "money",
        "\\$9.40",
        "Two pens at $\\$3.20$ and a pad at $\\$3.00$.\n\nHe spends nine dollars and four cents ($9.04).",
        "incorrect",
    ),
    # values in words
    ("number_words", "60", "$\\varphi(99) = 60$, so there are **sixty** such integers.", "correct"),
    ("number_words", "60", "$\\varphi(99) = 60$, so there are **fifty** such integers.", "incorrect"),
    (
        "number_words",
        "3003000",
        "The sum is $\\frac{3000 \\cdot 2002}{2}$, which equals three million three thousand, i.e. 3,003,000.",
        "correct",
    ),
    (
        "number_words",
        "3003000",
        "The sum is $\\frac{3000 \\cdot 2001}{2}$, which equals three million one thousand five hundred, i.e. "
        "3,001,500.",
        "incorrect",
    ),
    # a closing paragraph that opens on a bare yes or no (not a verdict on the work)
    (
        "yes_no",
        "\\text{No}",
        "$391 = 17 \\cdot 23$.\n\nNo — 391 is not prime, since it equals $17 \\times 23$.",
        "correct",
    ),
    (
        "yes_no",
        "\\text{No}",
        "None of 2, 3, 5, 7, 11, 13, 17, 19 divides 389.\n\nYes — 389 is prime, since no prime up to 19 divides it.",
        "incorrect",
    ),
    (
        "yes_no",
        "\\text{Yes}",
        "$391 = 17 \\cdot 23$.\n\nNo, wait, let me recheck whether $17 \\cdot 23 = 391$",
        "no_answer",
    ),
    ("yes_no", "\\text{Yes}", "$391 = 17 \\cdot 23$, so it is composite.\n\nYes, that seems correct.", "no_answer"),
    # the player a closing sentence says wins
    (
        "winner",
        "\\text{Alice}",
        "21 stones is not a multiple of 4, so the first player takes 1 and mirrors.\n\nAlice wins.",
        "correct",
    ),
    (
        "winner",
        "\\text{Alice}",
        "24 stones is a multiple of 4, so the second player mirrors.\n\nBob wins.",
        "incorrect",
    ),
    (
        "winner",
        "\\text{Alice}",
        "It depends on the start.\n\nAlice wins if the pile is not a multiple of 4.",
        "incorrect",
    ),
    # a word answer whose subject is a math span
    (
        "span_word",
        "\\text{odd}",
        "Replace $x$ by $-x$: $(-x)^3 = -x^3$. So $g(-x) = -g(x)$.\n\nTherefore $g$ is an odd function.",
        "correct",
    ),
    (
        "span_word",
        "\\text{odd}",
        "Replace $x$ by $-x$: $(-x)^2 = x^2$. So $g(-x) = g(x)$.\n\nTherefore $g$ is an even function.",
        "incorrect",
    ),
    # HTML bold, italics, a bold count with its own full stop, a closing offer
    ("markup", "\\text{Friday}", "30 days is 4 weeks and 2 days, so the day is <b>Friday</b>.", "correct"),
    ("markup", "\\text{Friday}", "30 days is 4 weeks and 3 days, so the day is <b>Saturday</b>.", "incorrect"),
    (
        "markup",
        "35",
        "Each of 10 vertices meets $10 - 3 = 7$ others by a diagonal, each counted twice.\n\n_The decagon has 35 "
        "diagonals._",
        "correct",
    ),
    (
        "markup",
        "35",
        "Each of 10 vertices meets $10 - 3 = 7$ others by a diagonal.\n\n_The decagon has 70 diagonals._",
        "incorrect",
    ),
    (
        "markup",
        "35",
        "Each of 10 vertices meets $10 - 3 = 7$ others by a diagonal.\n\n_The decagon has 35 diag",
        "truncated",
    ),
    (
        "markup",
        "35",
        "Each of 10 vertices meets 7 others, each diagonal counted twice.\n\n**35 diagonals.**\n\nLet me know if "
        "you'd like the formula $\\frac{n(n-3)}{2}$! 😊",
        "correct",
    ),
    (
        "markup",
        "35",
        "Each of 10 vertices meets 7 others.\n\n**70 diagonals.**\n\nLet me know if you'd like the formula "
        "$\\frac{n(n-3)}{2}$!",
        "incorrect",
    ),
    # a recap of the method after a stated value
    (
        "recap",
        "24",
        "Multiples of 5 up to 100: 20; of 25: 4.\n\nSumming: **24**.\n\nSummary: we counted multiples of 5 and 25 "
        "up to 100; powers of 2 are never short.\n\nWould you like another example?",
        "correct",
    ),
    (
        "recap",
        "24",
        "Multiples of 5 up to 100: 20; of 25: 4.\n\nSumming: **20**.\n\nSummary: we counted multiples of 5 up to "
        "100; powers of 2 are never short.",
        "incorrect",
    ),
    (
        "recap",
        "2",
        "Multiples of 5 up to 100: 20; of 25: 4.\n\nSumming: **24**.\n\nSummary: we counted multiples of 5 and 25 "
        "up to 100; powers of 2 are never short.",
        "incorrect",
    ),
    # a bare value closing a short text
    (
        "bare_value",
        "x=4",
        "Subtract 5 from both sides of $3x + 5 = 17$ to get $3x = 12$, then divide by 3.\n\n4",
        "correct",
    ),
    (
        "bare_value",
        "x=4",
        "Subtract 5 from both sides of $3x + 5 = 17$ to get $3x = 12$, then divide by 3.\n\n5",
        "incorrect",
    ),
    ("bare_value", "x=4", _LONG + "\n\n4", "truncated"),
    # a chain for a labelled gold: its first side equals its last
    ("chain", "x=4", "Then divide by 3. The solution is $x = \\frac{12}{3} = 4$.", "correct"),
    ("chain", "x=4", "Then divide by 3. The solution is $x = \\frac{12}{3} = 3$.", "incorrect"),
    ("chain", "x=4", "Then divide by 3. The solution is $y = \\frac{12}{3} = 4$.", "incorrect"),
    # a derivative named on the left is a label
    ("derivative", "3x^2 - 4x", "Differentiate term by term: $3x^2$ and $-4x$.\n\nSo $f'(x) = 3x^2 - 4x$.", "correct"),
    (
        "derivative",
        "3x^2 - 4x",
        "Differentiate term by term: $3x^2$ and $-4x$.\n\nSo $f'(x) = 3x^2 + 4x$.",
        "incorrect",
    ),
    ("derivative", "3x^2 - 4x", "Differentiate term by term.\n\nSolution: $g'(x)=-4x+3x^2$", "correct"),
    # a closing check or note after the answer (one that restates what is asked is no remark)
    ("remark", "3", "Solving gives $x = 3$. Note that the question asks for $x^2$, which is 9.", "incorrect"),
    (
        "remark",
        "-9",
        "Subtract 30 from both sides of $2x + 30 = 12$: $2x = -18$.\n\nx = -9. Plugging back in: 2(-9) + 30 = -18 "
        "+ 30 = 12 ✓",
        "correct",
    ),
    (
        "remark",
        "-9",
        "Subtract 30 from both sides of $2x + 30 = 12$: $2x = -18$.\n\nx = 9. Plugging back in: 2(9) + 30 = 48, "
        "not 12.",
        "incorrect",
    ),
    (
        "remark",
        "\\frac{7}{2}",
        "The faces are equally likely, so $E[X] = \\frac{21}{6} = \\frac{7}{2}$. Note that this is not a face of "
        "the die; the mean need not be one.",
        "correct",
    ),
    (
        "remark",
        "\\frac{7}{2}",
        "The faces are equally likely, so $E[X] = \\frac{21}{6} = \\frac{7}{3}$. Note that this is not a face of "
        "the die.",
        "incorrect",
    ),
    (
        "remark",
        "\\frac{13}{2}",
        "A 5-12-13 triangle is right-angled, so the circumradius is half the hypotenuse.\n\n$R = \\frac{65}{10} = "
        "\\frac{13}{2}$, confirmed.",
        "correct",
    ),
    (
        "remark",
        "\\frac{13}{2}",
        "A 5-12-13 triangle is right-angled.\n\n$R = \\frac{65}{10} = \\frac{13}{5}$, confirmed.",
        "incorrect",
    ),
    # an equation closing a sentence after a comma, a `since` clause or a cue
    (
        "equation_close",
        "\\frac{\\pi}{6}",
        "We need the angle whose sine is $\\frac12$. Since $\\sin\\frac{\\pi}{6} = \\frac12$, $\\arcsin\\frac12 = "
        "\\dfrac{\\pi}{6}$.",
        "correct",
    ),
    (
        "equation_close",
        "\\frac{\\pi}{6}",
        "We need the angle whose cosine is $\\frac12$. Since $\\cos\\frac{\\pi}{3} = \\frac12$, $\\arccos\\frac12 "
        "= \\dfrac{\\pi}{3}$.",
        "incorrect",
    ),
    (
        "equation_close",
        "\\pm 9",
        "We solve $x^2 = 81$. Taking square roots, and keeping both signs, $x = 9$ or $x = -9$.",
        "correct",
    ),
    (
        "equation_close",
        "\\pm 9",
        "We solve $x^2 = 81$. Taking square roots, and keeping the positive sign, $x = 9$.",
        "incorrect",
    ),
    ("equation_close", "(1, 2, 3)", "Back-substituting gives each value.\n\nSo $x = 1$, $y = 2$, $z = 3$.", "correct"),
    (
        "equation_close",
        "(1, 2, 3)",
        "Back-substituting gives each value.\n\nWe have $x = 1$, $y = 3$, $z = 2$.",
        "incorrect",
    ),
    ("remark", "3", "So $x = 3$. Note that we need $x^2 = 9$.", "no_answer"),
    (
        "recap",
        "24",
        "Multiples of 5 up to 100: 20; of 25: 4.\n\nSumming: **24**.\n\nIn summary, the total is 25.",
        "incorrect",
    ),
    ("recap", "62", "Summing: **62**.\n\nSummary: but the count of 125s was wrong, so the total is 61.", "incorrect"),
    (
        "markup",
        "54",
        "Each vertex meets 9 others.\n\n**54 diagonals.**\n\nLet me know if you think it should be 52 instead.",
        "incorrect",
    ),
    (
        "table",
        "\\frac{1}{6}",
        "| event | count |\n|---|---|\n| **probability** | **1/6** (wrong, see below) |",
        "no_answer",
    ),
    (
        "number_words",
        "6",
        "The series $5 + 1 + \\frac15 + \\dots$ has ratio $\\frac15$.\n\nThe series converges to six hundred.",
        "no_answer",
    ),
    ("money", "18", "So that is 18. Altogether she spends $\\$20$.", "incorrect"),
    # a continued span with a reason after it
    (
        "continued_span",
        "e^2",
        "so $\\int_0^2 e^x\\,dx = e^2 - e^0$ $= e^2$, since I forgot the lower limit, which is wrong.",
        "no_answer",
    ),
    ("bare_value", "1.2", "Time is distance over speed.\n\n$t = 1.2$ hours per", "truncated"),
    ("label_line", "19", "Trial division: 19. The largest prime factor is 23.", "incorrect"),
    # the `<reasoning>` block is a thinking block
    ("reasoning_tag", "5", "<reasoning>\nWe solve $2x = 10$, so $x = 5$.", "truncated"),
    # a short text's closing math or number is whole only as a unit or a bare value, not as a list or a clause going on
    ("bare_value", "5", "Add 3 to both sides, then divide by 2.\n\n$x = 5$ because", "truncated"),
    ("bare_value", "1.2", "Time is distance over speed.\n\n$t = 1.2$ hours", "correct"),
    ("bare_value", "2", "The steps:\n\n1. Add 3 to both sides.\n\n2", "truncated"),
    ("reasoning_tag", "5", "<reasoning>We solve 2x = 10.</reasoning>\n<answer>5</answer>", "correct"),
    ("label_line", "(x-3)^2 - 9", "Complete the square: $x^2 - 6x = 12$ becomes $(x - 3)^2 - 9$ =", "truncated"),
    # a text that stops on a word needing more after the answer is cut off; an equation's words must be its unit
    ("truncated_tail", "5", "Add 3 to both sides, then divide by 2.\n\nThe answer is 5, because", "truncated"),
    (
        "truncated_tail",
        "5",
        "Add 3 to both sides, then divide by 2.\n\nThe answer is 5, because $2 \\cdot 5 = 10$.",
        "correct",
    ),
    (
        "truncated_tail",
        "\\frac{15}{16}",
        "全是反面的概率是 $\\frac{1}{16}$。\n\n答案是 $\\frac{15}{16}$，因为",
        "truncated",
    ),
    ("truncated_tail", "58", "We add the squares.\n\nd = 58 and so the", "truncated"),
    ("truncated_tail", "\\sqrt{58}", "d = √((4 − 1)² + (5 + 2)²)\n\nd = √58 ≈ 7.616 and so the", "truncated"),
    ("truncated_tail", "60", "Distance over time.\n\nAverage speed = 150 km ÷ 2.5 h = 60 km/h", "correct"),
    ("recap", "62", "Summing: **62**.\n\nSummary: we counted multiples of 5", "truncated"),
    # the same classes in nearby forms: more table columns, an arrow inside one span, Chinese 为, no article, single-
    # asterisk italics, a bare choice, past-tense totals, a choice named in a statement, `converges to` a number
    (
        "table",
        "\\frac{1}{4}",
        "| event | count | fraction |\n|---|---|---|\n| two heads | 1 | 1/4 |\n| **probability** | 1/4 | **1/4** |",
        "correct",
    ),
    (
        "table",
        "\\frac{1}{4}",
        "| event | count | fraction |\n|---|---|---|\n| one head | 2 | 2/4 |\n| **probability** | 2/4 | **1/2** |",
        "incorrect",
    ),
    ("arrow", "41", "$a_{11} = 1 + 10 \\cdot 4 \\Rightarrow 41$", "correct"),
    ("arrow", "41", "$a_{11} = 1 + 10 \\cdot 4 \\Rightarrow 44$", "incorrect"),
    ("chinese", "\\frac{7}{8}", "因此，概率为 $\\frac{7}{8}$。", "correct"),
    ("chinese", "\\frac{7}{8}", "因此，概率为 $\\frac{1}{8}$。", "incorrect"),
    ("chinese", "3", "我们检验一下，因为 $x = 3$。", "no_answer"),
    ("span_word", "\\text{odd}", "Replace $x$ by $-x$: $(-x)^3 = -x^3$.\n\nThus $g$ is odd.", "correct"),
    ("span_word", "\\text{odd}", "Replace $x$ by $-x$: $(-x)^2 = x^2$.\n\nThus $g$ is even.", "incorrect"),
    ("span_word", "\\text{odd}", "Replace $x$ by $-x$.\n\nThus $g$ is not odd.", "incorrect"),
    (
        "markup",
        "35",
        "Each of 10 vertices meets 7 others, each diagonal counted twice.\n\n*The decagon has 35 diagonals.*",
        "correct",
    ),
    ("markup", "35", "Each of 10 vertices meets 7 others.\n\n*The decagon has 70 diagonals.*", "incorrect"),
    ("choice_value", "\\text{(C)}", "Compare: (A) $2^5 = 32$, (B) $3^3 = 27$, (C) $6^2 = 36$.\n\n(C)", "correct"),
    ("choice_value", "\\text{(C)}", "Compare: (A) $2^5 = 32$, (B) $3^3 = 27$, (C) $6^2 = 36$.\n\n(A)", "incorrect"),
    ("choice_value", "\\text{(C)}", "Compare the three powers.\n\nThe answer is option (C) $6^2$.", "correct"),
    (
        "choice_value",
        "\\text{(C)}",
        "Compare the three powers.\n\nThe answer is option (C) or option (A).",
        "incorrect",
    ),
    ("money", "\\$9.40", "Two pens at $\\$3.20$ and a pad at $\\$3.00$. Overall, he spent $\\$9.40$.", "correct"),
    ("money", "\\$9.40", "Two pens at $\\$3.20$ and a pad at $\\$3.00$. Overall, he spent $\\$6.40$.", "incorrect"),
    (
        "number_words",
        "9",
        "The ratio is $\\frac23$, so the sum is $\\frac{3}{1 - 2/3}$.\n\nThe series converges to 9.",
        "correct",
    ),
    (
        "number_words",
        "9",
        "The ratio is $\\frac23$.\n\nThe partial sums tend to 9 but the series diverges.",
        "no_answer",
    ),
    ("winner", "\\text{Alice}", "21 stones is not a multiple of 4.\n\nTherefore, Alice wins.", "correct"),
    # a note in parentheses after the answer, a rounding in parentheses, the long arrow
    ("remark", "5", "Hence $x = 5$. (Note: $x = -5$ is rejected since $x > 0$.)", "correct"),
    ("remark", "5", "Hence $x = -5$. (Note: $x = 5$ is rejected since $x < 0$.)", "incorrect"),
    ("remark", "5", "Hence $x = 5$. (Note: actually $x = 6$, since I erred.)", "no_answer"),
    ("unicode_approx", "\\frac{1}{9}", "Four of 36 outcomes. The probability is 1/9 (about 11.1%).", "correct"),
    ("unicode_approx", "\\frac{1}{9}", "Four of 32 outcomes. The probability is 1/8 (about 12.5%).", "incorrect"),
    ("arrow", "79", "$a_{20} = 3 + 19 \\cdot 4$ ⟹ 79", "correct"),
    ("arrow", "79", "$a_{20} = 3 + 19 \\cdot 4$ ⟹ 76", "incorrect"),
    # a cut after the answer's sentence, or after a box, is a closing remark cut, not an unstated answer
    ("choice_value", "\\text{(C)}", "Compare the three powers.\n\nThe answer is option (C) $6^", "incorrect"),
    ("truncated_tail", "12", "**Answer:** $12$\n\nLet me know if you would like a diagram of", "correct"),
    (
        "truncated_tail",
        "\\frac{2}{9}",
        "Two of the nine cells are shaded.\n\nThe answer is $\\boxed{\\frac{2}{9}}$ of the",
        "correct",
    ),
]
