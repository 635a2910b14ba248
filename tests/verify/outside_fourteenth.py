"""FOURTEENTH: a held-out batch of labelled answer-verification pairs shaped like distillation output (issue 12).

Written on 2026-12-02 by a helper session (branch h/batch14) for the lead, after THIRTEENTH and with problems
and values invented for this file, to measure the verifier at first contact. Written blind: without reading
toolkit/longcot/verify/, any part of the README, or any other file in tests/verify/ (only the first 60 lines of
outside_ninth.py and of outside_eleventh.py, for the row format and header style), without reading other
branches, and without running longcot, math-verify or any other grader on any pair. Every pair was labelled by
hand (sympy used by hand to check the arithmetic only); pairs a reasonable grader could label either way were
left out. Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; the category names the problem source
(a MATH subject, AIME, AMC, GSM8K, an olympiad set) and verdicts are "correct", "incorrect" or "truncated".
About 60% are correct, about 35% close negatives (a nearby value, a sign, a swapped tuple, a magnitude, an
open/closed endpoint, a similar expression, a wrong letter, a unit slip, an answer stated and then overruled by a
later final statement, a correct intermediate followed by a wrong final value) and about 5% truncated: those
responses stop mid-computation or mid-sentence before they state any final answer (a response cut off in a check
after its final answer is deliberately absent, since graders disagree on it). The responses imitate what a data
engineer distilling long chain-of-thought data gets back from teachers: DeepSeek-R1 / QwQ / Qwen3 `<think>`
blocks followed by a short solution, Sky-T1 / Bespoke `<|begin_of_thought|>` blocks, o1-style terse answers,
Claude final texts in markdown, GPT-4o `### Final Answer` displays, Gemini `**Final Answer:**` lines,
Llama-3 / Qwen2.5-Math "I hope it is correct." endings, GSM8K `####` lines and NuminaMath-CoT solutions, some
with several boxes (the last counts), words after the answer, equivalent forms and chat-template tails.
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _r1(think: str, tail: str) -> str:
    """DeepSeek-R1 / QwQ / Qwen3: a thinking block, then a short written solution."""
    return "<think>\n" + think + "\n</think>\n\n" + tail


def _sky(think: str, solution: str) -> str:
    """Sky-T1 / Bespoke-Stratos: thought and solution sections in their own markers."""
    return (
        "<|begin_of_thought|>\n\n"
        + think
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\n"
        + solution
        + "\n\n<|end_of_solution|>"
    )


def _gpt(body: str, answer: str) -> str:
    """GPT-4o: worked steps, then a Final Answer heading over a displayed box."""
    return body + "\n\n### Final Answer\n\n\\[\n\\boxed{" + answer + "}\n\\]"


def _gem(body: str, answer: str) -> str:
    """Gemini: a bold Final Answer line that repeats the phrase inside it."""
    return body + "\n\n**Final Answer:** The final answer is $\\boxed{" + answer + "}$"


def _llama(body: str, answer: str) -> str:
    """Llama-3 / Qwen2.5-Math-Instruct in the MATH few-shot ending."""
    return body + "\n\nTherefore, the final answer is: $\\boxed{" + answer + "}$. I hope it is correct."


def _gsm(body: str, answer: str) -> str:
    """GSM8K reference style: steps with calculator annotations, then the #### line."""
    return body + "\n#### " + answer


def _numina(body: str, answer: str) -> str:
    """NuminaMath-CoT: a textbook solution that closes on a boxed value in running text."""
    return body + "\n\nThus, the answer is $\\boxed{" + answer + "}$."


def _claude(body: str, answer: str) -> str:
    """Claude final text: markdown steps and a bold Answer label."""
    return body + "\n\n**Answer:** " + answer


def _box(answer: str) -> str:
    return "\\boxed{" + answer + "}"


def _disp(answer: str) -> str:
    return "\\[\n\\boxed{" + answer + "}\n\\]"


def _cut(text: str) -> str:
    """A response that stopped at a length limit: the text as given, with no closing marker."""
    return text


_IM = "<|im_end|>"
_IM_TURN = "<|im_end|>\n<|im_start|>user\nNice. Could you also check it numerically?<|im_end|>\n"
_EOT = "<|eot_id|>"
_DS = "<｜end▁of▁sentence｜>"
_ENDTXT = "<|im_end|>\n<|endoftext|>"
_REMARK = "\n\nLet me know if you would like me to walk through any step in more detail!"
_REMARK2 = "\n\n(This can also be checked quickly by plugging the value back into the original equation.)"


# --- MATH algebra -------------------------------------------------------------------------------------------

_A1 = (
    "Okay, so I need to solve 3x - 7 = 11. Adding 7 to both sides gives 3x = 18, and dividing by 3 gives x = 6. "
    "Let me check: 3*6 - 7 = 18 - 7 = 11. Yes, that works."
)
_A2 = (
    "The quadratic is x^2 - 5x + 6. By Vieta, the sum of the roots is -(-5)/1 = 5. Factoring, (x-2)(x-3), so the "
    "roots are 2 and 3, and 2 + 3 = 5. Consistent."
)
_A3 = "The slope is (11 - 3)/(6 - 2) = 8/4 = 2. Hmm, rise over run, yes: change in y over change in x."
_A4 = (
    "For $\\sqrt{x-3}$ to be real we need $x - 3 \\ge 0$, so $x \\ge 3$. The endpoint 3 is allowed because "
    "$\\sqrt{0} = 0$ is defined. So the domain is everything from 3 upward, including 3."
)
_A5 = "First g(2) = 2*2 - 1 = 3. Then f(3) = 3^2 + 1 = 10. Let me make sure I compose in the right order: f(g(2))."
_A6 = (
    "Expand (x+3)(x-5): x*x = x^2, x*(-5) = -5x, 3*x = 3x, 3*(-5) = -15. Combine: x^2 - 2x - 15. "
    "Check at x = 1: (4)(-4) = -16 and 1 - 2 - 15 = -16. Good."
)
_A7 = "Midpoint: ((-4 + 10)/2, (7 + (-3))/2) = (6/2, 4/2) = (3, 2)."
_A8 = (
    "|2x - 1| = 5 means 2x - 1 = 5 or 2x - 1 = -5. First case: 2x = 6, x = 3. Second case: 2x = -4, x = -2. "
    "Both check: |5| = 5 and |-5| = 5."
)
_A9 = (
    "Multiply numerator and denominator by the conjugate $\\sqrt5 + 2$: the denominator becomes $5 - 4 = 1$, so "
    "the expression equals $\\sqrt5 + 2$."
)
_A10 = "32 = 2^5, so x + 1 = 5 and x = 4. Check: 2^5 = 32."
_A11 = (
    "The series 1 + 4 + 7 + ... + 31 is arithmetic with difference 3. Number of terms: (31 - 1)/3 + 1 = 11. "
    "Sum = 11 * (1 + 31) / 2 = 11 * 16 = 176."
)
_A12 = (
    "We have x + y = 10 and x - y = 4. Adding, 2x = 14 so x = 7, and then y = 3. The question asks for xy, "
    "which is 7 * 3 = 21."
)

_ALG: list[tuple[str, str, str, str]] = [
    ("algebra", "6", _r1(_A1, "Adding 7 and dividing by 3:\n\n$$x = " + _box("6") + "$$"), C),
    ("algebra", "6", _r1(_A1, "Solving, $3x = 18$, so " + _disp("x = 6")), C),
    ("algebra", "6", _llama("## Step 1: Add 7\n3x = 18\n\n## Step 2: Divide by 3\nx = 6", "6"), C),
    ("algebra", "6", _llama("## Step 1: Subtract 7\n3x = 4\n\n## Step 2: Divide by 3\nx = 4/3", "\\frac{4}{3}"), W),
    ("algebra", "5", _gpt("By Vieta's formulas the sum of the roots is $-\\frac{b}{a} = 5$.", "5"), C),
    (
        "algebra",
        "5",
        _gpt("By Vieta's formulas the sum of the roots is $-\\frac{b}{a}$, which here is $-5$.", "-5"),
        W,
    ),
    ("algebra", "5", _r1(_A2, "The roots are $2$ and $3$, so their sum is $\\boxed{5}$." + _DS), C),
    ("algebra", "5", _r1(_A2, "The roots are $2$ and $3$, so their product is $\\boxed{6}$." + _DS), W),
    ("algebra", "2", _gem("The slope is $\\frac{11-3}{6-2} = \\frac{8}{4} = 2$.", "2"), C),
    ("algebra", "2", _gem("The slope is $\\frac{6-2}{11-3} = \\frac{4}{8}$.", "\\frac{1}{2}"), W),
    ("algebra", "2", _r1(_A3, "**Answer.** The slope is $m = 2$." + _IM), C),
    ("algebra", "[3,\\infty)", _r1(_A4, "The domain is " + _disp("[3, \\infty)")), C),
    ("algebra", "[3,\\infty)", _claude("We need $x - 3 \\ge 0$.", "the domain is $x \\ge 3$."), C),
    ("algebra", "[3,\\infty)", _r1(_A4, "The domain is " + _disp("(3, \\infty)")), W),
    ("algebra", "[3,\\infty)", _gpt("We need $x - 3 \\ge 0$.", "[-3, \\infty)"), W),
    ("algebra", "10", _numina("We compute $g(2) = 3$ and then $f(3) = 3^2 + 1 = 10$.", "10"), C),
    ("algebra", "10", _numina("We compute $f(2) = 5$ and then $g(5) = 2 \\cdot 5 - 1 = 9$.", "9"), W),
    ("algebra", "10", _sky(_A5, "$g(2) = 3$, so $f(g(2)) = f(3) = 10$.\n\n\\[\n\\boxed{10}\n\\]"), C),
    ("algebra", "x^2-2x-15", _r1(_A6, "$$(x+3)(x-5) = " + _box("x^2 - 2x - 15") + "$$"), C),
    ("algebra", "x^2-2x-15", _claude("FOIL the two binomials.", "$-15 - 2x + x^2$"), C),
    ("algebra", "x^2-2x-15", _r1(_A6, "$$(x+3)(x-5) = " + _box("x^2 + 2x - 15") + "$$"), W),
    ("algebra", "x^2-2x-15", _gpt("Using FOIL, $x^2 - 5x + 3x - 15$.", "x^2 - 8x - 15"), W),
    (
        "algebra",
        "(3,2)",
        _gpt("Average the coordinates: $\\left(\\frac{-4+10}{2}, \\frac{7-3}{2}\\right)$.", "(3, 2)"),
        C,
    ),
    ("algebra", "(3,2)", _r1(_A7, "The midpoint is $\\boxed{\\left(3, 2\\right)}$."), C),
    ("algebra", "(3,2)", _r1(_A7, "The midpoint is $\\boxed{\\left(2, 3\\right)}$."), W),
    ("algebra", "(3,2)", _llama("Midpoint formula: ((-4+10)/2, (7+3)/2)", "(3,5)"), W),
    ("algebra", "3, -2", _r1(_A8, "The solutions are $x = 3$ and $x = -2$, i.e. $\\boxed{-2, 3}$."), C),
    ("algebra", "3, -2", _claude("Split into the two cases $2x-1 = \\pm 5$.", "$x = -2$ or $x = 3$"), C),
    ("algebra", "3, -2", _r1(_A8.split(" Second case")[0], "So $\\boxed{3}$."), W),
    ("algebra", "3, -2", _gpt("Solve $2x - 1 = \\pm 5$.", "3, 2"), W),
    ("algebra", "\\sqrt{5}+2", _r1(_A9, "$$\\frac{1}{\\sqrt5 - 2} = " + _box("2 + \\sqrt{5}") + "$$"), C),
    ("algebra", "\\sqrt{5}+2", _gem("Multiply by the conjugate; the denominator is $5-4=1$.", "\\sqrt{5}+2"), C),
    ("algebra", "\\sqrt{5}+2", _gem("Multiply by the conjugate; the denominator is $5-4=1$.", "\\sqrt{5}-2"), W),
    ("algebra", "4", _gsm("32 = 2^5, so x + 1 = 5 and x = 5 - 1 = <<5-1=4>>4.", "4"), C),
    ("algebra", "4", _r1(_A10, "Since $2^{x+1} = 2^5$, we get $x = \\boxed{4}$.\n\nThat's the value of $x$."), C),
    ("algebra", "4", _r1(_A10, "Since $2^{x+1} = 2^5$, the exponent is $x + 1 = \\boxed{5}$."), W),
    ("algebra", "176", _numina("There are $11$ terms, so the sum is $\\frac{11(1+31)}{2} = 176$.", "176"), C),
    ("algebra", "176", _r1(_A11, "There are 11 terms with average 16, giving " + _disp("176") + _ENDTXT), C),
    ("algebra", "176", _numina("There are $10$ terms, so the sum is $\\frac{10(1+31)}{2} = 160$.", "160"), W),
    ("algebra", "176", _r1(_A11, "There are 11 terms and the last one is 31, so the sum is " + _disp("186")), W),
    ("algebra", "21", _r1(_A12, "From the system, $x = 7$ and $y = 3$, so $xy = \\boxed{21}$."), C),
    ("algebra", "21", _r1(_A12, "From the system, $x = 7$ and $y = 3$, so " + _box("x = 7, y = 3") + "."), W),
    ("algebra", "21", _sky(_A12, "Solving gives $x = 7$, $y = 3$. Hence $xy = 21$.\n\n$$\\boxed{21}$$"), C),
]


# --- MATH counting and probability --------------------------------------------------------------------------

_P1 = (
    "Choosing 3 people from 8 where order doesn't matter: C(8,3) = 8*7*6/(3*2*1) = 336/6 = 56. "
    "If order mattered it would be 336, but a committee has no order."
)
_P2 = (
    "There are 36 equally likely outcomes. Sum 7: (1,6),(2,5),(3,4),(4,3),(5,2),(6,1), that's 6 outcomes. "
    "So 6/36 = 1/6."
)
_P3 = (
    "MISSISSIPPI has 11 letters: M once, I four times, S four times, P twice. Arrangements: 11!/(4!4!2!). "
    "11! = 39916800. 4! = 24, so 24*24*2 = 1152. 39916800/1152 = 34650."
)
_P4 = "P(no heads) = (1/2)^3 = 1/8, so P(at least one head) = 1 - 1/8 = 7/8."
_P5 = (
    "Circular arrangements of 5 people where rotations are the same: (5-1)! = 24. Reflections are different "
    "seatings here since the problem doesn't say otherwise."
)
_P6 = (
    "The general term of (x+2)^5 is C(5,k) x^k 2^(5-k). For x^3, k = 3: C(5,3) * 2^2 = 10 * 4 = 40. "
    "Wait, let me double check I'm not mixing up with x^2: k = 2 gives C(5,2) * 2^3 = 10 * 8 = 80. So x^3 is 40."
)
_P7 = "A fair six-sided die: (1+2+3+4+5+6)/6 = 21/6 = 3.5."
_P8 = "Each of the 6 elements is in or out, so 2^6 = 64 subsets, including the empty set and the full set."
_P9 = "P(first red) = 5/8, P(second red | first red) = 4/7. Product: 20/56 = 5/14."
_P10 = (
    "Committees with at least one woman from 4 men and 3 women choosing 3: total C(7,3) = 35, all-men C(4,3) = 4, "
    "so 35 - 4 = 31."
)

_CNT: list[tuple[str, str, str, str]] = [
    ("counting", "56", _r1(_P1, "The number of committees is $\\binom{8}{3} = \\boxed{56}$."), C),
    ("counting", "56", _gpt("Order matters, so we count $8 \\cdot 7 \\cdot 6 = 336$.", "336"), W),
    ("counting", "56", _gem("We need $\\binom{8}{3} = \\frac{8!}{3!\\,5!} = 56$.", "56"), C),
    ("counting", "56", _r1(_P1, "$\\binom{8}{3} = 56$." + _REMARK), C),
    ("counting", "\\frac{1}{6}", _r1(_P2, "The probability is $\\boxed{\\dfrac{1}{6}}$."), C),
    ("counting", "\\frac{1}{6}", _llama("There are 6 favorable outcomes out of 36.", "1/6"), C),
    ("counting", "\\frac{1}{6}", _llama("There are 5 favorable outcomes out of 36.", "\\frac{5}{36}"), W),
    ("counting", "\\frac{1}{6}", _r1(_P2, "The probability is $\\boxed{\\dfrac{1}{36}}$."), W),
    ("counting", "34650", _r1(_P3, "$$\\frac{11!}{4!\\,4!\\,2!} = " + _box("34{,}650") + "$$"), C),
    ("counting", "34650", _sky(_P3, "The count is $\\dfrac{11!}{4!4!2!} = 34650$.\n\n$\\boxed{34650}$"), C),
    ("counting", "34650", _gpt("The number is $\\frac{11!}{4!\\,4!\\,2!}$.", "34560"), W),
    ("counting", "34650", _r1(_P3, "$$\\frac{11!}{4!\\,4!\\,2!} = " + _box("69300") + "$$"), W),
    ("counting", "\\frac{7}{8}", _gem("The complement has probability $\\frac18$.", "\\frac{7}{8}"), C),
    ("counting", "\\frac{7}{8}", _claude("$P = 1 - (1/2)^3 = 7/8$.", "$0.875$"), C),
    ("counting", "\\frac{7}{8}", _gem("The probability of no heads is $\\frac18$.", "\\frac{1}{8}"), W),
    ("counting", "\\frac{7}{8}", _r1(_P4, "$$P = 1 - \\tfrac18 = " + _box("\\tfrac{7}{8}") + "$$" + _IM), C),
    ("counting", "24", _r1(_P5, "There are $(5-1)! = \\boxed{24}$ seatings."), C),
    ("counting", "24", _r1(_P5, "Answer: $\\boxed{24}$ distinct arrangements.<|eot_id|>"), C),
    ("counting", "24", _numina("Arranging $5$ people in a row gives $5! = 120$ ways.", "120"), W),
    ("counting", "24", _numina("Up to rotation and reflection there are $\\frac{4!}{2} = 12$ ways.", "12"), W),
    ("counting", "40", _r1(_P6, "The coefficient of $x^3$ is $\\binom{5}{3} 2^2 = \\boxed{40}$."), C),
    ("counting", "40", _r1(_P6, "The coefficient of $x^3$ is $\\boxed{40}$, while that of $x^2$ is $80$."), C),
    ("counting", "40", _r1(_P6.split(" Wait")[0], "Hmm, I'll use $\\binom{5}{2} 2^3$: $\\boxed{80}$."), W),
    ("counting", "40", _gpt("The coefficient is $\\binom{5}{3} = 10$.", "10"), W),
    ("counting", "3.5", _gsm("(1+2+3+4+5+6)/6 = 21/6 = <<21/6=3.5>>3.5", "3.5"), C),
    ("counting", "3.5", _llama("The expected value is $\\frac{21}{6}$.", "\\frac{7}{2}"), C),
    ("counting", "3.5", _llama("The expected value is the median roll.", "3"), W),
    ("counting", "64", _r1(_P8, "So the set has $2^6 = \\boxed{64}$ subsets."), C),
    ("counting", "64", _r1(_P8, "Excluding the empty set, there are $\\boxed{63}$ subsets."), W),
    ("counting", "64", _claude("Each element is either in or out, so $2^6$.", "**64**"), C),
    ("counting", "\\frac{5}{14}", _r1(_P9, "$$P = \\frac58 \\cdot \\frac47 = " + _box("\\frac{5}{14}") + "$$"), C),
    (
        "counting",
        "\\frac{5}{14}",
        _r1(_P9, "With replacement: $\\left(\\frac58\\right)^2 = " + _box("\\frac{25}{64}") + "$"),
        W,
    ),
    (
        "counting",
        "\\frac{5}{14}",
        _sky(_P9, "$\\frac{\\binom52}{\\binom82} = \\frac{10}{28} = \\frac{5}{14}$.\n\n$\\boxed{\\frac{5}{14}}$"),
        C,
    ),
    ("counting", "\\frac{5}{14}", _gpt("We get $\\frac{5}{8} \\cdot \\frac{4}{7}$.", "\\frac{9}{15}"), W),
    ("counting", "31", _r1(_P10, "Subtracting the all-men committees: $35 - 4 = \\boxed{31}$."), C),
    ("counting", "31", _gem("Subtract the $\\binom43 = 4$ all-men committees from $\\binom73 = 35$.", "31"), C),
    ("counting", "31", _gem("There are $\\binom{3}{1}\\binom{4}{2} = 18$ committees.", "18"), W),
]


# --- MATH geometry ------------------------------------------------------------------------------------------

_G1 = (
    "Heron: s = (13+14+15)/2 = 21. Area = sqrt(21*8*7*6) = sqrt(7056) = 84. Alternatively the height to the side "
    "14 is 12 (a 5-12-13 and a 9-12-15 triangle), so (1/2)*14*12 = 84."
)
_G2 = "5^2 + 12^2 = 25 + 144 = 169 = 13^2, so the hypotenuse is 13."
_G3 = "Area of a circle is pi r^2 = pi * 9 = 9pi. The circumference would be 2 pi r = 6 pi, but the area is asked."
_G4 = "Sum of interior angles of a hexagon: (6-2)*180 = 720. Each of the six equal angles: 720/6 = 120 degrees."
_G5 = "Cone volume is (1/3) pi r^2 h = (1/3) * pi * 9 * 4 = 12 pi."
_G6 = "The diagonal of a square with side s is s*sqrt(2), so 7 sqrt 2. Numerically about 9.9."
_G7 = "Distance = sqrt((4-1)^2 + (6-2)^2) = sqrt(9 + 16) = sqrt(25) = 5."
_G8 = "Equilateral triangle area = (sqrt3/4) s^2 = (sqrt3/4)*16 = 4 sqrt3."
_G9 = "An inscribed angle is half of its intercepted arc: 100/2 = 50 degrees."
_G10 = (
    "Similar triangles with ratio of sides 2:5 have ratio of areas 4:25. The small one has area 12, so the "
    "large one has area 12 * 25/4 = 75."
)

_GEO: list[tuple[str, str, str, str]] = [
    ("geometry", "84", _r1(_G1, "By Heron's formula the area is $\\boxed{84}$."), C),
    ("geometry", "84", _gpt("Using Heron's formula with $s = 21$: $\\sqrt{21 \\cdot 8 \\cdot 7 \\cdot 6}$.", "84"), C),
    ("geometry", "84", _gpt("With base $14$ and height $12$ the area is $14 \\cdot 12 / 4$.", "42"), W),
    ("geometry", "84", _r1(_G1, "The area is $\\boxed{84}$ square units." + _IM), C),
    ("geometry", "13", _llama("By the Pythagorean theorem, $\\sqrt{25+144} = 13$.", "13"), C),
    ("geometry", "13", _llama("By the Pythagorean theorem, $\\sqrt{144-25} = \\sqrt{119}$.", "\\sqrt{119}"), W),
    ("geometry", "13", _r1(_G2, "The hypotenuse has length $\\boxed{13}$."), C),
    ("geometry", "9\\pi", _r1(_G3, "$$A = \\pi r^2 = " + _box("9\\pi") + "$$"), C),
    ("geometry", "9\\pi", _claude("$A = \\pi \\cdot 3^2$.", "$9\\pi$ square units"), C),
    ("geometry", "9\\pi", _r1(_G3.split(" The circumference")[0], "$$C = 2\\pi r = " + _box("6\\pi") + "$$"), W),
    ("geometry", "9\\pi", _gem("The area is $\\pi r^2$ with $r = 3$.", "3\\pi"), W),
    ("geometry", "120", _r1(_G4, "Each interior angle measures $\\boxed{120^\\circ}$."), C),
    ("geometry", "120", _numina("The angle sum is $720^\\circ$, so each angle is $120^{\\circ}$.", "120^{\\circ}"), C),
    ("geometry", "120", _numina("Each exterior angle is $\\frac{360^\\circ}{6} = 60^\\circ$.", "60^\\circ"), W),
    ("geometry", "120", _gpt("Each angle is $\\frac{(6-2) \\cdot 180^\\circ}{6}$.", "120"), C),
    ("geometry", "12\\pi", _r1(_G5, "$$V = \\tfrac13 \\pi (3^2)(4) = " + _box("12\\pi") + "$$"), C),
    ("geometry", "12\\pi", _r1(_G5, "Using $V = \\pi r^2 h$: $V = " + _box("36\\pi") + "$"), W),
    ("geometry", "12\\pi", _gem("$V = \\frac{1}{3}\\pi r^2 h = \\frac{1}{3}\\pi(9)(4)$.", "12\\pi"), C),
    ("geometry", "7\\sqrt{2}", _r1(_G6, "The diagonal is $\\boxed{7\\sqrt2}$."), C),
    ("geometry", "7\\sqrt{2}", _gpt("The diagonal is $s\\sqrt{2}$ with $s = 7$.", "7 \\sqrt{2}"), C),
    ("geometry", "7\\sqrt{2}", _gpt("The diagonal is $s\\sqrt{3}$ with $s = 7$.", "7\\sqrt{3}"), W),
    ("geometry", "7\\sqrt{2}", _r1(_G6, "The diagonal is $\\boxed{14}$."), W),
    ("geometry", "5", _gsm("The differences are 3 and 4, so the distance is sqrt(9+16) = <<5=5>>5.", "5"), C),
    ("geometry", "5", _r1(_G7, "**Distance:** $\\boxed{5}$"), C),
    ("geometry", "5", _r1(_G7, "The squared distance is $\\boxed{25}$."), W),
    ("geometry", "4\\sqrt{3}", _r1(_G8, "$$A = \\frac{\\sqrt{3}}{4}(4)^2 = " + _box("4\\sqrt{3}") + "$$"), C),
    ("geometry", "4\\sqrt{3}", _claude("$A = \\frac{\\sqrt3}{4} s^2$ with $s = 4$.", "$8\\sqrt{3}$"), W),
    ("geometry", "4\\sqrt{3}", _llama("The area is $\\frac{\\sqrt3}{4} \\cdot 16$.", "4\\sqrt3"), C),
    ("geometry", "4\\sqrt{3}", _llama("The area is $\\frac{\\sqrt3}{4} \\cdot 16$.", "\\sqrt{3}"), W),
    ("geometry", "50^\\circ", _r1(_G9, "The inscribed angle is $\\boxed{50^\\circ}$."), C),
    ("geometry", "50^\\circ", _gpt("An inscribed angle is half its arc.", "50"), C),
    ("geometry", "50^\\circ", _gpt("A central angle equals its arc.", "100^\\circ"), W),
    (
        "geometry",
        "50^\\circ",
        _sky(_G9, "By the inscribed angle theorem, $\\angle ABC = 50^\\circ$.\n\n\\boxed{50^\\circ}"),
        C,
    ),
    ("geometry", "75", _r1(_G10, "The area ratio is $\\frac{25}{4}$, so the area is $\\boxed{75}$."), C),
    ("geometry", "75", _r1(_G10, "Using the side ratio: $12 \\cdot \\frac52 = \\boxed{30}$."), W),
    ("geometry", "75", _numina("The ratio of areas is the square of the ratio of sides: $\\frac{25}{4}$.", "75"), C),
]


# --- MATH intermediate algebra ------------------------------------------------------------------------------

_I1 = (
    "x^2 + 2x + 5 = 0: discriminant 4 - 20 = -16, sqrt = 4i. x = (-2 +- 4i)/2 = -1 +- 2i. "
    "Check -1 + 2i: square is 1 - 4i - 4 = -3 - 4i; plus 2(-1+2i) = -2 + 4i gives -5; plus 5 = 0."
)
_I2 = "|3 + 4i| = sqrt(9 + 16) = 5."
_I3 = "Geometric series with a = 1, r = 1/3: sum = 1/(1 - 1/3) = 3/2."
_I4 = "Remainder theorem: the remainder is p(2) = 2^4 + 1 = 17."
_I5 = (
    "x^2 - 5x + 4 = (x-1)(x-4) < 0. A parabola opening up is negative strictly between its roots, so 1 < x < 4. "
    "The endpoints give 0, which is not < 0, so they're excluded."
)
_I6 = "log base 2 of 64: 2^6 = 64, so 6."
_I7 = "Complete the square: x^2 - 6x + 13 = (x-3)^2 + 4. Minimum is 4 at x = 3."
_I8 = "(1+i)^2 = 2i. (1+i)^4 = (2i)^2 = -4. (1+i)^8 = (-4)^2 = 16."
_I9 = "y = 2x + 3. Swap: x = 2y + 3, so y = (x - 3)/2. Check: f(f^{-1}(x)) = 2(x-3)/2 + 3 = x."
_I10 = (
    "For x^3 - 6x^2 + 11x - 6, the product of roots is -d/a = -(-6)/1 = 6. Indeed it factors as (x-1)(x-2)(x-3) "
    "and 1*2*3 = 6."
)

_INT: list[tuple[str, str, str, str]] = [
    ("intermediate_algebra", "-1+2i, -1-2i", _r1(_I1, "The roots are $\\boxed{-1 \\pm 2i}$."), C),
    (
        "intermediate_algebra",
        "-1+2i, -1-2i",
        _gpt("The quadratic formula gives $\\frac{-2 \\pm 4i}{2}$.", "-1-2i, -1+2i"),
        C,
    ),
    ("intermediate_algebra", "-1+2i, -1-2i", _r1(_I1, "The roots are $\\boxed{1 \\pm 2i}$."), W),
    (
        "intermediate_algebra",
        "-1+2i, -1-2i",
        _gpt("The quadratic formula gives $\\frac{-2 \\pm 4i}{2}$.", "-1 \\pm 4i"),
        W,
    ),
    ("intermediate_algebra", "5", _llama("$|3+4i| = \\sqrt{3^2 + 4^2}$.", "5"), C),
    ("intermediate_algebra", "5", _llama("$|3+4i|^2 = 3^2 + 4^2$.", "25"), W),
    ("intermediate_algebra", "5", _r1(_I2, "$$|3+4i| = " + _box("5") + "$$" + _EOT), C),
    (
        "intermediate_algebra",
        "\\frac{3}{2}",
        _r1(_I3, "$$S = \\frac{1}{1 - \\frac13} = " + _box("\\frac32") + "$$"),
        C,
    ),
    ("intermediate_algebra", "\\frac{3}{2}", _gem("$S = \\frac{a}{1-r} = \\frac{1}{2/3}$.", "1.5"), C),
    ("intermediate_algebra", "\\frac{3}{2}", _gem("$S = \\frac{a}{1+r} = \\frac{1}{4/3}$.", "\\frac{3}{4}"), W),
    ("intermediate_algebra", "\\frac{3}{2}", _r1(_I3, "$$S = " + _box("\\frac{2}{3}") + "$$"), W),
    (
        "intermediate_algebra",
        "17",
        _numina("By the Remainder Theorem the remainder is $p(2) = 16 + 1 = 17$.", "17"),
        C,
    ),
    ("intermediate_algebra", "17", _numina("By the Remainder Theorem the remainder is $p(-2) = 16 + 1$.", "15"), W),
    ("intermediate_algebra", "17", _r1(_I4, "The remainder is $\\boxed{17}$." + _REMARK2), C),
    ("intermediate_algebra", "(1,4)", _r1(_I5, "$$x \\in " + _box("(1, 4)") + "$$"), C),
    ("intermediate_algebra", "(1,4)", _claude("The parabola is negative between its roots.", "$1 < x < 4$"), C),
    ("intermediate_algebra", "(1,4)", _r1(_I5.split(" The endpoints")[0], "$$x \\in " + _box("[1, 4]") + "$$"), W),
    (
        "intermediate_algebra",
        "(1,4)",
        _gpt("The quadratic is negative outside its roots.", "(-\\infty, 1) \\cup (4, \\infty)"),
        W,
    ),
    ("intermediate_algebra", "6", _gsm("2^6 = 64, so log_2 64 = 6", "6"), C),
    ("intermediate_algebra", "6", _r1(_I6, "$\\log_2 64 = \\boxed{6}$"), C),
    ("intermediate_algebra", "6", _r1(_I6, "$\\log_2 64 = \\boxed{8}$"), W),
    ("intermediate_algebra", "4", _r1(_I7, "The minimum value is $\\boxed{4}$, attained at $x = 3$."), C),
    ("intermediate_algebra", "4", _r1(_I7, "The minimum is attained at $\\boxed{x = 3}$."), W),
    ("intermediate_algebra", "4", _gem("Completing the square, $(x-3)^2 + 4 \\ge 4$.", "4"), C),
    ("intermediate_algebra", "16", _r1(_I8, "So $(1+i)^8 = \\boxed{16}$."), C),
    ("intermediate_algebra", "16", _r1(_I8.split(" (1+i)^8")[0], "So $(1+i)^8 = \\boxed{-16}$."), W),
    ("intermediate_algebra", "16", _gpt("Since $(1+i)^2 = 2i$, $(1+i)^8 = (2i)^4$.", "16i"), W),
    ("intermediate_algebra", "16", _gpt("Since $(1+i)^2 = 2i$, $(1+i)^8 = (2i)^4 = 16$.", "16 + 0i"), C),
    ("intermediate_algebra", "\\frac{x-3}{2}", _r1(_I9, "$$f^{-1}(x) = " + _box("\\frac{x-3}{2}") + "$$"), C),
    (
        "intermediate_algebra",
        "\\frac{x-3}{2}",
        _claude("Swap $x$ and $y$ and solve.", "$f^{-1}(x) = \\frac{x}{2} - \\frac{3}{2}$"),
        C,
    ),
    (
        "intermediate_algebra",
        "\\frac{x-3}{2}",
        _claude("Swap $x$ and $y$ and solve.", "$f^{-1}(x) = \\frac{x+3}{2}$"),
        W,
    ),
    ("intermediate_algebra", "\\frac{x-3}{2}", _r1(_I9, "$$f^{-1}(x) = " + _box("\\frac{x}{2} - 3") + "$$"), W),
    ("intermediate_algebra", "6", _r1(_I10, "The product of the roots is $\\boxed{6}$."), C),
    (
        "intermediate_algebra",
        "6",
        _llama("By Vieta, the product of the roots is $-\\frac{d}{a}$, but I'll use $\\frac{d}{a}$.", "-6"),
        W,
    ),
    ("intermediate_algebra", "6", _sky(_I10, "The roots are $1, 2, 3$; their product is $6$.\n\n$$\\boxed{6}$$"), C),
]


# --- MATH number theory -------------------------------------------------------------------------------------

_N1 = "84 = 2^2 * 3 * 7, 126 = 2 * 3^2 * 7. gcd = 2 * 3 * 7 = 42."
_N2 = "12 = 2^2 * 3, 18 = 2 * 3^2. lcm = 2^2 * 3^2 = 36."
_N3 = "2^3 = 8 = 1 mod 7. 2^10 = (2^3)^3 * 2 = 1 * 2 = 2 mod 7."
_N4 = "45 = 32 + 8 + 4 + 1 = 2^5 + 2^3 + 2^2 + 2^0, so the bits from 2^5 down are 1,0,1,1,0,1: 101101."
_N5 = "Divisors of 28: 1, 2, 4, 7, 14, 28. Sum = 56. (28 is perfect: proper divisors sum to 28.)"
_N6 = "Trailing zeros of 100!: floor(100/5) + floor(100/25) = 20 + 4 = 24."
_N7 = "Units digits of powers of 7 cycle 7, 9, 3, 1. 2023 mod 4 = 3, so the third in the cycle: 3."
_N8 = (
    "Convert: 213_4 = 2*16 + 1*4 + 3 = 39. 132_4 = 1*16 + 3*4 + 2 = 30. Sum 69. In base 4: 69 = 64 + 4 + 1 = "
    "1*4^3 + 0*4^2 + 1*4 + 1, so 1011_4."
)
_N9 = "Need 3a = 1 mod 11. 3*4 = 12 = 1 mod 11. So a = 4."
_N10 = (
    "n = 17 (mod 5)... no wait, let me restate: smallest positive n with n = 2 mod 3 and n = 3 mod 5. "
    "Candidates = 3 mod 5: 3, 8, 13. 8 mod 3 = 2. So n = 8."
)

_NUM: list[tuple[str, str, str, str]] = [
    ("number_theory", "42", _r1(_N1, "$\\gcd(84, 126) = \\boxed{42}$."), C),
    ("number_theory", "42", _gpt("The common prime factors are $2$, $3$ and $7$.", "42"), C),
    ("number_theory", "42", _gpt("The common prime factors are $3$ and $7$.", "21"), W),
    ("number_theory", "42", _r1(_N1, "$\\operatorname{lcm}(84, 126) = \\boxed{252}$."), W),
    ("number_theory", "36", _llama("The lcm takes the highest powers: $2^2 \\cdot 3^2$.", "36"), C),
    ("number_theory", "36", _llama("The lcm is the product $12 \\cdot 18$.", "216"), W),
    ("number_theory", "36", _r1(_N2, "The least common multiple is $\\boxed{36}$." + _ENDTXT), C),
    ("number_theory", "2", _r1(_N3, "Therefore $2^{10} \\equiv \\boxed{2} \\pmod 7$."), C),
    ("number_theory", "2", _numina("Since $2^3 \\equiv 1 \\pmod 7$, $2^{10} \\equiv 2^{1} \\pmod 7$.", "2"), C),
    ("number_theory", "2", _numina("Since $2^3 \\equiv 1 \\pmod 7$, $2^{10} \\equiv 2^{2} \\pmod 7$.", "4"), W),
    ("number_theory", "101101_2", _r1(_N4, "$$45 = " + _box("101101_2") + "$$"), C),
    ("number_theory", "101101_2", _gem("Writing $45 = 32 + 8 + 4 + 1$ in binary:", "101101_{2}"), C),
    ("number_theory", "101101_2", _gem("Writing $45 = 32 + 16 + 4 + 1$ in binary:", "110101_2"), W),
    (
        "number_theory",
        "101101_2",
        _r1(
            _N4,
            "Reading the remainders in the order found: $\\boxed{101101_2}$. Hmm, wait: "
            "I should read them in reverse, and doubling for the last step the final answer is $\\boxed{1011010_2}$.",
        ),
        W,
    ),
    ("number_theory", "56", _r1(_N5, "The sum of all positive divisors of 28 is $\\boxed{56}$."), C),
    ("number_theory", "56", _r1(_N5, "The sum of the proper divisors of 28 is $\\boxed{28}$."), W),
    ("number_theory", "56", _claude("$\\sigma(28) = (1+2+4)(1+7) = 7 \\cdot 8$.", "$\\sigma(28) = 56$"), C),
    ("number_theory", "24", _r1(_N6, "So $100!$ ends in $\\boxed{24}$ zeros."), C),
    ("number_theory", "24", _gpt("Count the factors of 5: $\\lfloor 100/5 \\rfloor = 20$.", "20"), W),
    ("number_theory", "24", _gpt("Count the factors of 5: $20 + 4$.", "24"), C),
    ("number_theory", "24", _r1(_N6, "So $100!$ ends in $\\boxed{24}$ zeros.<|eot_id|>"), C),
    ("number_theory", "3", _r1(_N7, "The units digit of $7^{2023}$ is $\\boxed{3}$."), C),
    ("number_theory", "3", _llama("The cycle is $7, 9, 3, 1$ and $2023 \\equiv 3 \\pmod 4$.", "3"), C),
    ("number_theory", "3", _llama("The cycle is $7, 9, 3, 1$ and $2023 \\equiv 1 \\pmod 4$.", "7"), W),
    ("number_theory", "3", _r1(_N7, "The units digit of $7^{2023}$ is $\\boxed{9}$."), W),
    ("number_theory", "1011_4", _r1(_N8, "In base 4 the sum is $\\boxed{1011_4}$."), C),
    ("number_theory", "1011_4", _sky(_N8, "$39 + 30 = 69 = 1011_4$.\n\n$$\\boxed{1011_4}$$"), C),
    ("number_theory", "1011_4", _r1(_N8, "In base 4 the sum is $\\boxed{1101_4}$."), W),
    (
        "number_theory",
        "1011_4",
        _gpt("Adding column by column with carries gives $1011_4$, which is $69$ in base 10.", "1011_4"),
        C,
    ),
    ("number_theory", "1011_4", _gpt("Adding column by column without carrying:", "345_4"), W),
    ("number_theory", "4", _r1(_N9, "The inverse of $3$ modulo $11$ is $\\boxed{4}$."), C),
    ("number_theory", "4", _gem("We check $3 \\cdot 8 = 24$.", "8"), W),
    ("number_theory", "4", _gem("We check $3 \\cdot 4 = 12 \\equiv 1 \\pmod{11}$.", "4"), C),
    ("number_theory", "8", _r1(_N10, "The smallest such $n$ is $\\boxed{8}$."), C),
    ("number_theory", "8", _r1(_N10, "The smallest such $n$ is $\\boxed{23}$."), W),
    (
        "number_theory",
        "8",
        _numina("Numbers $\\equiv 3 \\pmod 5$ are $3, 8, 13, \\ldots$ and $8 \\equiv 2 \\pmod 3$.", "8"),
        C,
    ),
]


# --- MATH prealgebra ----------------------------------------------------------------------------------------

_E1 = "15% of 80 = 0.15 * 80 = 12."
_E2 = "Sum: 4 + 8 + 15 + 16 + 23 + 42 = 108. Six numbers: 108 / 6 = 18."
_E3 = "3.14159 to the nearest hundredth: look at the thousandths digit, 1, which is less than 5, so 3.14."
_E4 = "Perimeter of a 7 by 3 rectangle: 2(7 + 3) = 20. The area would be 21."
_E5 = "Let x = 0.333..., 10x = 3.333..., so 9x = 3 and x = 1/3."
_E6 = "2/3 + 3/4 = 8/12 + 9/12 = 17/12."
_E7 = "A 20% discount on $45 is 0.2 * 45 = 9 dollars off, so the price is 45 - 9 = 36 dollars."
_E8 = "Percent increase from 40 to 50: (50 - 40)/40 = 10/40 = 0.25 = 25%."
_E9 = "Order of operations: 8 + 6 / 2 * 3 = 8 + 3 * 3 = 8 + 9 = 17. Division and multiplication left to right."

_PRE: list[tuple[str, str, str, str]] = [
    ("prealgebra", "12", _gsm("15% of 80 is 0.15*80 = <<0.15*80=12>>12", "12"), C),
    ("prealgebra", "12", _gsm("15% of 80 is 0.15*80 = <<0.15*80=12>>12\nSo 80 - 12 = <<80-12=68>>68 remain", "68"), W),
    ("prealgebra", "12", _r1(_E1, "$15\\%$ of $80$ is $\\boxed{12}$."), C),
    ("prealgebra", "18", _r1(_E2, "The mean is $\\frac{108}{6} = \\boxed{18}$."), C),
    ("prealgebra", "18", _llama("The sum is $108$ and there are $6$ numbers.", "18"), C),
    ("prealgebra", "18", _llama("The sum is $108$; the median is the average of $15$ and $16$.", "15.5"), W),
    ("prealgebra", "3.14", _r1(_E3, "Rounded to the nearest hundredth: $\\boxed{3.14}$."), C),
    ("prealgebra", "3.14", _r1(_E3, "Rounded to the nearest thousandth: $\\boxed{3.142}$."), W),
    ("prealgebra", "3.14", _claude("The thousandths digit is $1 < 5$, so we round down.", "$3.14$"), C),
    ("prealgebra", "20", _gpt("The perimeter is $2(7+3)$.", "20"), C),
    ("prealgebra", "20", _gpt("The area is $7 \\times 3$.", "21"), W),
    ("prealgebra", "20", _r1(_E4, "$P = 2(7 + 3) = \\boxed{20}$ units."), C),
    ("prealgebra", "\\frac{1}{3}", _r1(_E5, "$$0.\\overline{3} = " + _box("\\frac{1}{3}") + "$$"), C),
    ("prealgebra", "\\frac{1}{3}", _gem("Let $x = 0.\\overline{3}$; then $9x = 3$.", "\\dfrac{1}{3}"), C),
    ("prealgebra", "\\frac{1}{3}", _gem("Let $x = 0.\\overline{3}$; then $10x = 3$.", "\\frac{3}{10}"), W),
    ("prealgebra", "\\frac{17}{12}", _r1(_E6, "$$\\frac23 + \\frac34 = " + _box("\\frac{17}{12}") + "$$"), C),
    (
        "prealgebra",
        "\\frac{17}{12}",
        _numina("Adding numerators and denominators gives $\\frac{5}{7}$.", "\\frac{5}{7}"),
        W,
    ),
    (
        "prealgebra",
        "\\frac{17}{12}",
        _numina("The common denominator is $12$: $\\frac{8}{12} + \\frac{9}{12}$.", "\\frac{17}{12}"),
        C,
    ),
    ("prealgebra", "\\frac{17}{12}", _r1(_E6, "$$\\frac23 + \\frac34 = " + _box("\\frac{12}{17}") + "$$"), W),
    ("prealgebra", "36", _gsm("Discount: 45*0.2 = $<<45*0.2=9>>9\nNew price: 45 - 9 = $<<45-9=36>>36", "36"), C),
    ("prealgebra", "36", _claude("The discount is $\\$9$.", "The sale price is **\\$36.00**."), C),
    ("prealgebra", "36", _claude("The discount is $\\$9$.", "The discount is **\\$9**."), W),
    ("prealgebra", "36", _r1(_E7, "The sale price is $\\boxed{\\$36}$." + _IM), C),
    ("prealgebra", "25\\%", _r1(_E8, "The percent increase is $\\boxed{25\\%}$."), C),
    ("prealgebra", "25\\%", _gpt("$\\frac{50-40}{40} \\times 100\\%$", "25"), C),
    ("prealgebra", "25\\%", _gpt("$\\frac{50-40}{50} \\times 100\\%$", "20\\%"), W),
    ("prealgebra", "25\\%", _r1(_E8, "The percent increase is $\\boxed{2.5\\%}$."), W),
    ("prealgebra", "17", _r1(_E9, "$$8 + 6 \\div 2 \\times 3 = " + _box("17") + "$$"), C),
    ("prealgebra", "17", _r1(_E9.split(" = 8 + 3")[0], "Doing $2 \\times 3$ first: $8 + 1 = \\boxed{9}$."), W),
    ("prealgebra", "17", _llama("Left to right: $6 \\div 2 = 3$, $3 \\times 3 = 9$, $8 + 9 = 17$.", "17"), C),
]


# --- MATH precalculus ---------------------------------------------------------------------------------------

_C1 = "sin 30 degrees is the short side over the hypotenuse in a 30-60-90 triangle: 1/2."
_C2 = (
    "Polar coordinates of (1, sqrt3): r = sqrt(1 + 3) = 2. theta = arctan(sqrt3/1) = pi/3, and the point is in "
    "the first quadrant so no adjustment. So (2, pi/3)."
)
_C3 = "det [[2,3],[1,4]] = 2*4 - 3*1 = 8 - 3 = 5."
_C4 = "Dot product: 1*4 + 2*(-5) + 3*6 = 4 - 10 + 18 = 12."
_C5 = (
    "Multiply [[1,2],[3,4]] by [[0,1],[1,0]] on the right: this swaps the columns. Row 1: (1*0 + 2*1, 1*1 + 2*0) "
    "= (2, 1). Row 2: (3*0 + 4*1, 3*1 + 4*0) = (4, 3)."
)
_C6 = "tan(pi/4) = 1 and pi/4 is in (-pi/2, pi/2), so arctan 1 = pi/4."
_C7 = "120 degrees is in the second quadrant, reference angle 60, cosine negative: cos 120 = -1/2."
_C8 = "sin(3x) has period 2pi/3, since sin(3(x + 2pi/3)) = sin(3x + 2pi)."
_C9 = "i x j = k, i.e. (1,0,0) x (0,1,0) = (0*0 - 0*1, 0*0 - 1*0, 1*1 - 0*0) = (0, 0, 1)."
_C10 = "225 degrees times pi/180 = 225pi/180 = 5pi/4."

_MAT_G = "\\begin{pmatrix} 2 & 1 \\\\ 4 & 3 \\end{pmatrix}"
_VEC_G = "\\begin{pmatrix} 0 \\\\ 0 \\\\ 1 \\end{pmatrix}"

_PRC: list[tuple[str, str, str, str]] = [
    ("precalculus", "\\frac{1}{2}", _r1(_C1, "$$\\sin 30^\\circ = " + _box("\\frac{1}{2}") + "$$"), C),
    (
        "precalculus",
        "\\frac{1}{2}",
        _gem("In a 30-60-90 triangle the side opposite $30^\\circ$ is half the hypotenuse.", "0.5"),
        C,
    ),
    (
        "precalculus",
        "\\frac{1}{2}",
        _gem("In a 30-60-90 triangle the longer leg is $\\frac{\\sqrt3}{2}$.", "\\frac{\\sqrt{3}}{2}"),
        W,
    ),
    (
        "precalculus",
        "\\left( 2, \\frac{\\pi}{3} \\right)",
        _r1(_C2, "$$" + _box("\\left(2, \\frac{\\pi}{3}\\right)") + "$$"),
        C,
    ),
    (
        "precalculus",
        "\\left( 2, \\frac{\\pi}{3} \\right)",
        _claude("$r = 2$ and $\\theta = \\pi/3$.", "$(2, \\pi/3)$"),
        C,
    ),
    (
        "precalculus",
        "\\left( 2, \\frac{\\pi}{3} \\right)",
        _r1(_C2, "$$" + _box("\\left(2, \\frac{\\pi}{6}\\right)") + "$$"),
        W,
    ),
    (
        "precalculus",
        "\\left( 2, \\frac{\\pi}{3} \\right)",
        _gpt("$r = \\sqrt{1+3}$, $\\theta = \\frac{\\pi}{3}$.", "\\left(\\frac{\\pi}{3}, 2\\right)"),
        W,
    ),
    ("precalculus", "5", _llama("$\\det = 2 \\cdot 4 - 3 \\cdot 1$.", "5"), C),
    ("precalculus", "5", _llama("$\\det = 2 \\cdot 4 + 3 \\cdot 1$.", "11"), W),
    ("precalculus", "5", _r1(_C3, "The determinant is $\\boxed{5}$."), C),
    ("precalculus", "12", _r1(_C4, "$$\\mathbf{u} \\cdot \\mathbf{v} = " + _box("12") + "$$"), C),
    ("precalculus", "12", _numina("We compute $4 - 10 + 18 = 12$.", "12"), C),
    ("precalculus", "12", _numina("We compute $4 + 10 + 18 = 32$.", "32"), W),
    ("precalculus", _MAT_G, _r1(_C5, "$$" + _box(_MAT_G) + "$$"), C),
    (
        "precalculus",
        _MAT_G,
        _gpt(
            "Right multiplication by the swap matrix exchanges the columns.",
            "\\begin{bmatrix} 2 & 1 \\\\ 4 & 3 \\end{bmatrix}",
        ),
        C,
    ),
    (
        "precalculus",
        _MAT_G,
        _gpt(
            "Left multiplication by the swap matrix exchanges the rows.",
            "\\begin{pmatrix} 3 & 4 \\\\ 1 & 2 \\end{pmatrix}",
        ),
        W,
    ),
    ("precalculus", _MAT_G, _r1(_C5, "$$" + _box("\\begin{pmatrix} 2 & 1 \\\\ 3 & 4 \\end{pmatrix}") + "$$"), W),
    ("precalculus", "\\frac{\\pi}{4}", _r1(_C6, "$\\arctan 1 = \\boxed{\\dfrac{\\pi}{4}}$"), C),
    ("precalculus", "\\frac{\\pi}{4}", _gem("$\\tan\\frac{\\pi}{4} = 1$.", "\\frac{\\pi}{4}"), C),
    (
        "precalculus",
        "\\frac{\\pi}{4}",
        _gem("$\\tan\\frac{\\pi}{4} = 1$, i.e. $45^\\circ$... in radians, $\\frac{\\pi}{2}$.", "\\frac{\\pi}{2}"),
        W,
    ),
    ("precalculus", "-\\frac{1}{2}", _r1(_C7, "$$\\cos 120^\\circ = " + _box("-\\frac{1}{2}") + "$$"), C),
    (
        "precalculus",
        "-\\frac{1}{2}",
        _r1(_C7.split(", cosine")[0], "$$\\cos 120^\\circ = " + _box("\\frac{1}{2}") + "$$"),
        W,
    ),
    (
        "precalculus",
        "-\\frac{1}{2}",
        _claude("Reference angle $60^\\circ$ in quadrant II.", "$\\cos 120^\\circ = -0.5$"),
        C,
    ),
    (
        "precalculus",
        "-\\frac{1}{2}",
        _claude("Reference angle $60^\\circ$ in quadrant II.", "$-\\frac{\\sqrt3}{2}$"),
        W,
    ),
    ("precalculus", "\\frac{2\\pi}{3}", _r1(_C8, "The period is $\\boxed{\\frac{2\\pi}{3}}$."), C),
    (
        "precalculus",
        "\\frac{2\\pi}{3}",
        _llama("The period of $\\sin(bx)$ is $\\frac{\\pi}{b}$.", "\\frac{\\pi}{3}"),
        W,
    ),
    (
        "precalculus",
        "\\frac{2\\pi}{3}",
        _llama("The period of $\\sin(bx)$ is $\\frac{2\\pi}{b}$.", "\\frac{2}{3}\\pi"),
        C,
    ),
    ("precalculus", _VEC_G, _r1(_C9, "$$\\mathbf{i} \\times \\mathbf{j} = " + _box(_VEC_G) + "$$"), C),
    (
        "precalculus",
        _VEC_G,
        _gpt(
            "By the right-hand rule, $\\mathbf{j} \\times \\mathbf{i} = -\\mathbf{k}$.",
            "\\begin{pmatrix} 0 \\\\ 0 \\\\ -1 \\end{pmatrix}",
        ),
        W,
    ),
    (
        "precalculus",
        _VEC_G,
        _gpt("By the right-hand rule, $\\mathbf{i} \\times \\mathbf{j} = \\mathbf{k}$.", "(0, 0, 1)"),
        C,
    ),
    ("precalculus", "\\frac{5\\pi}{4}", _r1(_C10, "$$225^\\circ = " + _box("\\frac{5\\pi}{4}") + "$$"), C),
    ("precalculus", "\\frac{5\\pi}{4}", _r1(_C10, "$$225^\\circ = " + _box("\\frac{3\\pi}{4}") + "$$"), W),
    (
        "precalculus",
        "\\frac{5\\pi}{4}",
        _sky(_C10, "Multiplying by $\\frac{\\pi}{180}$ gives $\\frac{5\\pi}{4}$.\n\n\\boxed{\\frac{5\\pi}{4}}"),
        C,
    ),
]


# --- AIME ---------------------------------------------------------------------------------------------------

_M1 = (
    "We want 2^100 mod 1000. Mod 8: 2^100 = 0. Mod 125: phi(125) = 100 so 2^100 = 1. CRT: x = 0 mod 8 and "
    "x = 1 mod 125. Try 1, 126, 251, 376: 376/8 = 47. So 376."
)
_M2 = (
    "10! = 3628800 = 2^8 * 3^4 * 5^2 * 7. Let me verify exponent of 2: 5 + 2 + 1 = 8. Of 3: 3 + 1 = 4. Of 5: 2. "
    "Of 7: 1. Number of divisors: 9 * 5 * 3 * 2 = 270."
)
_M3 = (
    "3^100 mod 1000. Mod 8: 3^2 = 1 so 3^100 = 1. Mod 125: phi = 100, so 3^100 = 1. Hence 3^100 = 1 mod 1000. "
    "The AIME answer format is three digits, so 001."
)
_M4 = (
    "Positive integers less than 1000 divisible by neither 5 nor 7. Up to 999: multiples of 5: 199, of 7: 142, "
    "of 35: 28. Inclusion-exclusion: 999 - 199 - 142 + 28 = 686."
)
_M5 = (
    "Two marbles without replacement from 5 red and 3 blue; P(both red) = (5/8)(4/7) = 5/14. gcd(5,14) = 1 so "
    "m = 5, n = 14 and m + n = 19."
)
_M6 = "Trailing zeros of 2024!: 404 + 80 + 16 + 3 = 503, from floor(2024/5), /25, /125, /625; 3125 > 2024."
_M7 = "Multiples of 3 among 1..100: floor(100/3) = 33."
_M8 = (
    "Let the roots of x^2 - 20x + k be r and s, positive integers with r + s = 20, r < s. Then k = rs. Pairs: "
    "(1,19),(2,18),...,(9,11). That's 9 pairs, so 9 values of k. (10,10) would be a double root, which the "
    "problem excludes since it asks for distinct roots."
)

_AIME: list[tuple[str, str, str, str]] = [
    ("aime", "376", _r1(_M1, "By CRT, $2^{100} \\equiv \\boxed{376} \\pmod{1000}$."), C),
    ("aime", "376", _r1(_M1, "**Answer:** $\\boxed{376}$" + _DS), C),
    ("aime", "376", _r1(_M1.split(" CRT")[0], "So $2^{100} \\equiv \\boxed{001} \\pmod{1000}$."), W),
    ("aime", "376", _sky(_M1, "Combining the two congruences gives $376$.\n\n$$\\boxed{376}$$"), C),
    (
        "aime",
        "376",
        _gpt("By the Chinese Remainder Theorem, $x \\equiv 0 \\pmod 8$, $x \\equiv 1 \\pmod{125}$.", "126"),
        W,
    ),
    ("aime", "270", _r1(_M2, "$$d(10!) = (8+1)(4+1)(2+1)(1+1) = " + _box("270") + "$$"), C),
    ("aime", "270", _r1(_M2, "$$d(10!) = 8 \\cdot 4 \\cdot 2 \\cdot 1 = " + _box("64") + "$$"), W),
    ("aime", "270", _claude("$10! = 2^8 \\cdot 3^4 \\cdot 5^2 \\cdot 7$", "**270**"), C),
    ("aime", "270", _claude("$10! = 2^7 \\cdot 3^4 \\cdot 5^2 \\cdot 7$", "**240**"), W),
    ("aime", "001", _r1(_M3, "Therefore the remainder is $\\boxed{001}$."), C),
    ("aime", "001", _r1(_M3, "Therefore the remainder is $\\boxed{1}$."), C),
    (
        "aime",
        "001",
        _gem("By Euler's theorem and $3^2 \\equiv 1 \\pmod 8$, $3^{100} \\equiv 1 \\pmod{1000}$.", "1"),
        C,
    ),
    ("aime", "001", _gem("By Euler's theorem, $3^{100} \\equiv 1 \\pmod{125}$, and modulo 8 it is $3$.", "251"), W),
    ("aime", "686", _r1(_M4, "By inclusion-exclusion there are $\\boxed{686}$ such integers."), C),
    ("aime", "686", _r1(_M4, "By inclusion-exclusion there are $\\boxed{687}$ such integers, counting $0$."), W),
    ("aime", "686", _numina("By inclusion–exclusion: $999 - 199 - 142 + 28 = 686$.", "686"), C),
    ("aime", "686", _numina("By inclusion–exclusion: $999 - 199 - 142 = 658$.", "658"), W),
    ("aime", "19", _r1(_M5, "The probability is $\\frac{5}{14}$, so $m + n = \\boxed{19}$."), C),
    ("aime", "19", _r1(_M5, "The probability is $\\boxed{\\frac{5}{14}}$."), W),
    ("aime", "19", _gpt("The probability is $\\frac{5}{14}$, so $m+n = 5+14$.", "19"), C),
    ("aime", "19", _gpt("The probability is $\\frac{25}{64}$, so $m+n = 25+64$.", "89"), W),
    ("aime", "503", _r1(_M6, "$2024!$ ends in $\\boxed{503}$ zeros."), C),
    (
        "aime",
        "503",
        _llama("$\\lfloor 2024/5 \\rfloor + \\lfloor 2024/25 \\rfloor + \\lfloor 2024/125 \\rfloor = 500$", "500"),
        W,
    ),
    ("aime", "503", _llama("Summing $404 + 80 + 16 + 3$.", "503"), C),
    ("aime", "033", _r1(_M7, "There are $\\boxed{33}$ multiples of 3."), C),
    ("aime", "033", _r1(_M7, "There are $\\boxed{033}$ multiples of 3."), C),
    ("aime", "033", _r1(_M7, "There are $\\boxed{34}$ multiples of 3, including $0$."), W),
    ("aime", "9", _r1(_M8, "So there are $\\boxed{9}$ possible values of $k$."), C),
    ("aime", "9", _r1(_M8.split(" (10,10)")[0], "Including the double root $(10,10)$, $\\boxed{10}$ values."), W),
    ("aime", "9", _sky(_M8, "The pairs $(r, 20 - r)$ for $r = 1, \\ldots, 9$ give $9$ values.\n\n$\\boxed{009}$"), C),
]


# --- AMC ----------------------------------------------------------------------------------------------------

_K1 = (
    "The choices were (A) 18 (B) 20 (C) 24 (D) 28 (E) 30. A car travels 120 miles in 2 hours and then 60 miles in "
    "1 hour... no wait, the question is the number of edges of a hexagonal prism: 6 + 6 + 6 = 18. That's (A)."
)
_K2 = (
    "Choices: (A) 5 (B) 6 (C) 7 (D) 8 (E) 9. The number of primes between 10 and 30: 11, 13, 17, 19, 23, 29. "
    "That's 6, choice (B)."
)
_K3 = (
    "Choices: (A) 1/4 (B) 1/3 (C) 3/8 (D) 1/2 (E) 5/8. Probability exactly 2 heads in 3 tosses: C(3,2)/8 = 3/8. "
    "That's (C)."
)
_K4 = (
    "Choices: (A) 36 (B) 42 (C) 48 (D) 54 (E) 60. The rectangle has perimeter 30 and length twice the width: "
    "2(2w + w) = 30, w = 5, l = 10, area 50... hmm, 50 isn't a choice. Re-read: perimeter 36. Then 6w = 36, w = 6, "
    "l = 12, area 72. Still not. Re-read again: length is 3 more than width, perimeter 30: 2(2w + 3) = 30, w = 6, "
    "l = 9, area 54. That's (D)."
)
_K5 = (
    "Choices: (A) 10 (B) 11 (C) 12 (D) 13 (E) 14. The sum of the digits of 2^10 = 1024 is 1 + 0 + 2 + 4 = 7... "
    "the question is 2^12 = 4096: 4 + 0 + 9 + 6 = 19. Hmm, neither. Let me re-read: the number of positive "
    "divisors of 2^12 is 13. That's (D)."
)
_K6 = (
    "Choices: (A) -2 (B) -1 (C) 0 (D) 1 (E) 2. f(x) = x^2 - 2x, f(f(1)) = f(-1) = 1 + 2 = 3... wait f(1) = "
    "1 - 2 = -1 and f(-1) = 1 + 2 = 3, not listed. The question is f(2) + f(0) = 0 + 0 = 0. That's (C)."
)

_AMC: list[tuple[str, str, str, str]] = [
    ("amc", "\\textbf{(A)}", _r1(_K1, "A hexagonal prism has $18$ edges. $\\boxed{\\textbf{(A)}}$"), C),
    ("amc", "\\textbf{(A)}", _r1(_K1, "A hexagonal prism has $18$ edges.\n\n$\\boxed{A}$"), C),
    ("amc", "\\textbf{(A)}", _r1(_K1, "The answer is $\\boxed{\\textbf{(A)}\\ 18}$."), C),
    (
        "amc",
        "\\textbf{(A)}",
        _gpt("Two hexagonal faces ($12$ edges) and $6$ lateral edges give $18$: choice (A).", "\\text{(A)}"),
        C,
    ),
    (
        "amc",
        "\\textbf{(A)}",
        _r1(
            _K1, "Counting faces instead: $8$... no, edges are asked: $18$, but I'll go with $\\boxed{\\textbf{(B)}}$."
        ),
        W,
    ),
    (
        "amc",
        "\\textbf{(A)}",
        _gpt("Two hexagons and six rectangles: $12 + 6 + 6 = 24$ edges, choice (C).", "\\textbf{(C)}"),
        W,
    ),
    ("amc", "B", _r1(_K2, "There are six primes, so the answer is $\\boxed{B}$."), C),
    ("amc", "B", _r1(_K2, "There are six primes, so the answer is **(B) 6**." + _IM), C),
    ("amc", "B", _claude("Primes between 10 and 30: 11, 13, 17, 19, 23, 29.", "**(B)** 6"), C),
    ("amc", "B", _claude("Primes between 10 and 30: 11, 13, 17, 19, 23, 29, 31.", "**(C)** 7"), W),
    ("amc", "B", _r1(_K2, "There are six primes, so the answer is $\\boxed{\\textbf{(E)}}$."), W),
    ("amc", "(C)", _r1(_K3, "$P = \\frac{3}{8}$, which is $\\boxed{\\textbf{(C)}\\ \\frac{3}{8}}$."), C),
    ("amc", "(C)", _gem("Exactly two heads: $\\binom32 / 2^3 = \\frac38$, choice (C).", "C"), C),
    ("amc", "(C)", _gem("At least two heads: $\\frac{4}{8} = \\frac12$, choice (D).", "D"), W),
    ("amc", "(C)", _r1(_K3, "So the answer is $\\boxed{(C)}$."), C),
    (
        "amc",
        "(C)",
        _r1(
            _K3,
            "First I wrote $\\boxed{\\textbf{(C)}}$, but exactly two of "
            "three is $\\frac14$: $\\boxed{\\textbf{(A)}}$.",
        ),
        W,
    ),
    ("amc", "\\textbf{(D)}", _r1(_K4, "The area is $54$.\n\n$\\boxed{\\textbf{(D)}\\ 54}$"), C),
    ("amc", "\\textbf{(D)}", _r1(_K4, "The area is $54$.\n\n$\\boxed{\\textbf{(D)}}$" + _EOT), C),
    (
        "amc",
        "\\textbf{(D)}",
        _r1(_K4.split(" Re-read again")[0], "The closest choice is $\\boxed{\\textbf{(E)}}$."),
        W,
    ),
    ("amc", "\\textbf{(D)}", _sky(_K4, "With $w = 6$ and $l = 9$ the area is $54$.\n\n\\boxed{D}"), C),
    ("amc", "D", _r1(_K5, "$2^{12}$ has $12 + 1 = 13$ divisors: $\\boxed{\\text{D}}$."), C),
    ("amc", "D", _r1(_K5, "$2^{12}$ has $12$ divisors besides itself... so $\\boxed{\\text{C}}$."), W),
    ("amc", "D", _llama("$2^{12}$ has $13$ positive divisors, which is choice D.", "D"), C),
    ("amc", "\\text{(C)}", _r1(_K6, "$f(2) + f(0) = 0$, so $\\boxed{\\text{(C)}}$."), C),
    ("amc", "\\text{(C)}", _r1(_K6, "$f(2) + f(0) = 0$, so $\\boxed{\\mathrm{(C)}}$."), C),
    (
        "amc",
        "\\text{(C)}",
        _r1(_K6.split(" not listed")[0], "None of the choices is $3$; the closest is $\\boxed{\\text{(E)}}$."),
        W,
    ),
    ("amc", "\\text{(C)}", _gpt("$f(2) = 0$ and $f(0) = 0$, so the sum is $0$, choice (C).", "C"), C),
    ("amc", "\\text{(C)}", _gpt("$f(2) = 0$ and $f(1) = -1$, so the sum is $-1$, choice (B).", "B"), W),
]


# --- GSM8K --------------------------------------------------------------------------------------------------

_S1 = "Sam buys 3 packs of 12 pencils, that's 36 pencils. He gives away 15, so 36 - 15 = 21 are left."
_S2 = (
    "The baker makes 48 cupcakes and sells 3/4 of them: 48 * 3/4 = 36 cupcakes. At $2 each that's 36 * 2 = 72 dollars."
)
_S3 = "Tom earns 15 dollars an hour for 8 hours, 120 a day, and works 5 days: 120 * 5 = 600 dollars."
_S4 = "Distance = speed * time = 60 * 2.5 = 150 miles."
_S5 = (
    "Let Tim have t marbles; Lisa has 2t. Together 3t = 54, so t = 18. The question asks for Lisa's marbles: "
    "2 * 18 = 36."
)
_S6 = "Tax is 15% of 80 = 12 dollars. Total 80 + 12 = 92 dollars."
_S7 = "350 pages at 25 pages a day: 350 / 25 = 14 days."
_S8 = "Cows have 4 legs: 17 * 4 = 68. Chickens have 2: 23 * 2 = 46. Total 68 + 46 = 114 legs."
_S9 = "Three notebooks at $2.50 is $7.50, plus a pen at $1.25: 7.50 + 1.25 = 8.75 dollars."
_S10 = "Each loaf needs 250 g, so 6 loaves need 1500 g. 1000 g is 1 kg, so that's 1.5 kg."

_GSM: list[tuple[str, str, str, str]] = [
    ("gsm8k", "21", _gsm("3 packs * 12 pencils = <<3*12=36>>36 pencils\n36 - 15 = <<36-15=21>>21 pencils", "21"), C),
    ("gsm8k", "21", _gsm("3 packs * 12 pencils = <<3*12=36>>36 pencils", "36"), W),
    ("gsm8k", "21", _r1(_S1, "Sam has $36 - 15 = \\boxed{21}$ pencils left."), C),
    ("gsm8k", "21", _llama("Sam starts with $3 \\times 12 = 36$ pencils and gives away 15.", "21"), C),
    ("gsm8k", "72", _r1(_S2, "He sells $36$ cupcakes at $\\$2$ each, so he earns $\\boxed{\\$72}$."), C),
    ("gsm8k", "72", _gsm("48 * 3/4 = <<48*3/4=36>>36 cupcakes sold\n36 * 2 = $<<36*2=72>>72", "72"), C),
    ("gsm8k", "72", _r1(_S2, "He sells $36$ cupcakes, so he earns $\\boxed{36}$ dollars."), W),
    ("gsm8k", "72", _gsm("48 * 2 = $<<48*2=96>>96", "96"), W),
    ("gsm8k", "72", _claude("He sells $36$ cupcakes at $\\$2$ each.", "He earns **\\$72**."), C),
    ("gsm8k", "600", _r1(_S3, "Tom earns $\\boxed{600}$ dollars in total."), C),
    ("gsm8k", "600", _gem("He earns $15 \\times 8 = \\$120$ per day, for 5 days.", "\\$600"), C),
    ("gsm8k", "600", _gem("He earns $15 \\times 8 = \\$120$ per day.", "120"), W),
    ("gsm8k", "600", _gsm("15 * 8 = <<15*8=120>>120 per day\n120 * 5 = <<120*5=600>>600", "600" + _EOT), C),
    ("gsm8k", "150", _r1(_S4, "The train travels $\\boxed{150}$ miles."), C),
    ("gsm8k", "150", _r1(_S4, "The train travels $\\boxed{150 \\text{ miles}}$."), C),
    ("gsm8k", "150", _llama("Distance is speed times time: $60 \\times 2.5$.", "125"), W),
    ("gsm8k", "36", _r1(_S5, "Lisa has $\\boxed{36}$ marbles."), C),
    ("gsm8k", "36", _r1(_S5.split(" The question")[0], "So the answer is $\\boxed{18}$ marbles."), W),
    ("gsm8k", "36", _gsm("Tim: 54 / 3 = <<54/3=18>>18\nLisa: 2 * 18 = <<2*18=36>>36", "36"), C),
    (
        "gsm8k",
        "36",
        _gsm("Tim: 54 / 3 = <<54/3=18>>18\nLisa: 2 * 18 = <<2*18=36>>36\nDifference: 36 - 18 = <<36-18=18>>18", "18"),
        W,
    ),
    ("gsm8k", "92", _r1(_S6, "The total cost is $\\boxed{\\$92}$." + _ENDTXT), C),
    ("gsm8k", "92", _gpt("The tax is $0.15 \\times 80 = 12$.", "12"), W),
    ("gsm8k", "92", _gpt("The tax is $0.15 \\times 80 = 12$, so the total is $80 + 12$.", "\\$92.00"), C),
    ("gsm8k", "14", _r1(_S7, "It takes $\\boxed{14}$ days." + _REMARK), C),
    ("gsm8k", "14", _numina("Dividing, $350 \\div 25 = 14$.", "14"), C),
    ("gsm8k", "14", _numina("Dividing, $350 \\div 25 = 12$ with remainder $50$.", "12"), W),
    ("gsm8k", "114", _r1(_S8, "There are $\\boxed{114}$ legs in total."), C),
    ("gsm8k", "114", _gsm("17 * 4 = <<17*4=68>>68\n23 * 2 = <<23*2=46>>46\n68 + 46 = <<68+46=114>>114", "114"), C),
    ("gsm8k", "114", _gsm("17 + 23 = <<17+23=40>>40 animals\n40 * 4 = <<40*4=160>>160", "160"), W),
    ("gsm8k", "114", _claude("The cows contribute $68$ legs and the chickens $46$.", "$114$ legs"), C),
    ("gsm8k", "8.75", _r1(_S9, "The total is $\\boxed{\\$8.75}$."), C),
    ("gsm8k", "8.75", _gsm("3 * 2.50 = <<3*2.5=7.5>>7.50\n7.50 + 1.25 = <<7.5+1.25=8.75>>8.75", "8.75"), C),
    ("gsm8k", "8.75", _r1(_S9, "The total is $\\boxed{\\$8.25}$."), W),
    ("gsm8k", "1.5", _r1(_S10, "She needs $\\boxed{1.5}$ kg of flour."), C),
    ("gsm8k", "1.5", _r1(_S10.split(" 1000 g")[0], "Converting, $1500$ g is $\\boxed{15}$ kg."), W),
    ("gsm8k", "1.5", _llama("$6 \\times 250 = 1500$ g, and $1500 \\div 1000 = 1.5$ kg.", "1.5"), C),
]


# --- olympiad sets ------------------------------------------------------------------------------------------

_O1 = "By AM-GM, xy <= ((x+y)/2)^2 = 1/4, with equality at x = y = 1/2. So the maximum is 1/4."
_O2 = "x^2 = x means x(x - 1) = 0, so x = 0 or x = 1."
_O3 = (
    "Substitute -x: f(-x) + 2f(x) = -3x. Together with f(x) + 2f(-x) = 3x, multiply the second by 2 and "
    "subtract: 2f(-x) + 4f(x) - f(x) - 2f(-x) = -6x - 3x, so 3f(x) = -9x and f(x) = -3x. Check: "
    "-3x + 2*(3x) = 3x. Yes."
)
_O4 = "By AM-GM, a + b >= 2 sqrt(ab) = 2 * 2 = 4, equality when a = b = 2."
_O5 = "Telescoping: 1/(k(k+1)) = 1/k - 1/(k+1). Sum from k = 1 to 99 is 1 - 1/100 = 99/100."
_O6 = "2^30 = 8^10 and 3^20 = 9^10. Since 9 > 8, 3^20 is larger."
_O7 = "100 days = 14 weeks and 2 days. Monday + 2 days = Wednesday."
_O8 = "f(-x) = (-x)^3 + sin(-x) = -x^3 - sin x = -f(x). So f is odd."
_O9 = "|x - 2| <= 3 means -3 <= x - 2 <= 3, so -1 <= x <= 5, closed at both ends."
_O10 = "x^3 - x = x(x - 1)(x + 1), so the roots are -1, 0 and 1."

_OLY: list[tuple[str, str, str, str]] = [
    ("olympiad", "$\\frac{1}{4}$", _r1(_O1, "The maximum value of $xy$ is $\\boxed{\\frac{1}{4}}$."), C),
    ("olympiad", "$\\frac{1}{4}$", _r1(_O1, "The maximum is attained at $\\boxed{x = y = \\frac{1}{2}}$."), W),
    (
        "olympiad",
        "$\\frac{1}{4}$",
        _sky(_O1, "By AM–GM, $xy \\le \\frac14$, with equality at $x=y=\\frac12$.\n\n$$\\boxed{0.25}$$"),
        C,
    ),
    ("olympiad", "$0,1$", _r1(_O2, "The solutions are $\\boxed{0 \\text{ and } 1}$."), C),
    ("olympiad", "$0,1$", _claude("Factor: $x(x-1) = 0$.", "$x \\in \\{0, 1\\}$"), C),
    ("olympiad", "$0,1$", _r1(_O2, "Dividing by $x$ gives $\\boxed{1}$."), W),
    ("olympiad", "$0,1$", _gpt("Factor: $x(x-1) = 0$.", "0, -1"), W),
    ("olympiad", "$f(x)=-3x$", _r1(_O3, "$$" + _box("f(x) = -3x") + "$$"), C),
    ("olympiad", "$f(x)=-3x$", _r1(_O3, "The unique solution is $f(x) = -3x$ for all real $x$.\n\n$\\boxed{-3x}$"), C),
    ("olympiad", "$f(x)=-3x$", _r1(_O3.split(", so 3f(x)")[0] + ".", "Solving the system, $\\boxed{f(x) = 3x}$."), W),
    ("olympiad", "$f(x)=-3x$", _gpt("Substituting $x \\to -x$ and solving the linear system:", "f(x) = -x"), W),
    ("olympiad", "$4$", _r1(_O4, "The minimum of $a + b$ is $\\boxed{4}$."), C),
    ("olympiad", "$4$", _gem("By AM-GM, $a + b \\ge 2\\sqrt{ab}$.", "2"), W),
    ("olympiad", "$4$", _gem("By AM-GM, $a + b \\ge 2\\sqrt{ab} = 4$.", "4"), C),
    (
        "olympiad",
        "\\frac{99}{100}",
        _r1(_O5, "$$\\sum_{k=1}^{99} \\frac{1}{k(k+1)} = " + _box("\\frac{99}{100}") + "$$"),
        C,
    ),
    ("olympiad", "\\frac{99}{100}", _numina("The sum telescopes to $1 - \\frac{1}{100}$.", "0.99"), C),
    ("olympiad", "\\frac{99}{100}", _numina("The sum telescopes to $1 - \\frac{1}{101}$.", "\\frac{100}{101}"), W),
    ("olympiad", "3^{20}", _r1(_O6, "Since $9^{10} > 8^{10}$, the larger number is $\\boxed{3^{20}}$."), C),
    (
        "olympiad",
        "3^{20}",
        _r1(_O6.split(" Since")[0], "Comparing exponents, $30 > 20$, so $\\boxed{2^{30}}$ is larger."),
        W,
    ),
    ("olympiad", "\\text{Wednesday}", _r1(_O7, "It will be $\\boxed{\\text{Wednesday}}$."), C),
    ("olympiad", "\\text{Wednesday}", _claude("$100 = 7 \\cdot 14 + 2$.", "**Wednesday**"), C),
    ("olympiad", "\\text{Wednesday}", _claude("$100 = 7 \\cdot 14 + 2$, and Monday plus one day:", "**Tuesday**"), W),
    ("olympiad", "\\text{odd}", _r1(_O8, "Hence $f$ is $\\boxed{\\text{odd}}$."), C),
    (
        "olympiad",
        "\\text{odd}",
        _r1(_O8.split(" = -f(x)")[0], "Since $f(-x) \\ne f(x)$, $f$ is $\\boxed{\\text{neither}}$."),
        W,
    ),
    ("olympiad", "\\text{odd}", _gem("$f(-x) = -f(x)$ for all $x$.", "\\text{odd}"), C),
    ("olympiad", "[-1,5]", _r1(_O9, "$$x \\in " + _box("[-1, 5]") + "$$"), C),
    ("olympiad", "[-1,5]", _llama("$-3 \\le x - 2 \\le 3$.", "-1 \\le x \\le 5"), C),
    ("olympiad", "[-1,5]", _llama("$-3 < x - 2 < 3$.", "(-1, 5)"), W),
    ("olympiad", "[-1,5]", _r1(_O9, "$$x \\in " + _box("[-5, 1]") + "$$"), W),
    ("olympiad", "\\{-1,0,1\\}", _r1(_O10, "The solution set is $\\boxed{\\{1, -1, 0\\}}$."), C),
    ("olympiad", "\\{-1,0,1\\}", _r1(_O10, "The real roots are $\\boxed{-1, 0, 1}$."), C),
    ("olympiad", "\\{-1,0,1\\}", _gpt("Factoring out $x$ and the difference of squares:", "\\{0, 1\\}"), W),
]


# --- distillation endings: several boxes, overruled answers, words, terse o1-style replies ------------------

_D1 = "x^2 = 49 gives x = 7 or x = -7. So $\\boxed{-7}$? No wait, the problem says x is positive, so only 7 counts."
_D2 = (
    "A heptagon has 7 vertices. Segments between vertices: C(7,2) = 21. But 7 of those are sides, so the diagonals "
    "number 21 - 7 = 14. Formula check: n(n-3)/2 = 7*4/2 = 14."
)
_D3 = "Handshakes among 5 people: each pair once, C(5,2) = 10."
_D4 = "17 * 23 = 17 * 20 + 17 * 3 = 340 + 51 = 391."
_D5 = "We need the number of positive integers n <= 50 that are perfect squares: 1, 4, 9, 16, 25, 36, 49. That's 7."
_D6 = "The sum of the interior angles of a pentagon is (5 - 2) * 180 = 540 degrees."
_D7 = (
    "The function is f(x) = 3x^2 - 12x + 7. The vertex is at x = -b/(2a) = 12/6 = 2, and f(2) = 12 - 24 + 7 = -5. "
    "So the vertex is (2, -5)."
)
_D8 = "Average speed for the round trip: total distance 120 over total time 2 + 3 = 5 hours, so 24 mph."

_DST: list[tuple[str, str, str, str]] = [
    ("algebra", "7", _r1(_D1, "Since $x > 0$, we take the positive root: $\\boxed{7}$."), C),
    ("algebra", "7", _r1(_D1.split(" No wait")[0], "Taking the root, $\\boxed{-7}$."), W),
    ("algebra", "7", _r1(_D1, "The positive solution is $x = 7$.\n\n**Final answer:** $\\boxed{7}$" + _IM_TURN), C),
    ("geometry", "14", _r1(_D2, "A heptagon has $\\binom72 - 7 = \\boxed{14}$ diagonals."), C),
    (
        "geometry",
        "14",
        _claude(
            "Counting pairs of vertices gives $\\binom{7}{2} = 21$.\n\n**Answer:** 21\n\nWait, that counts the "
            "7 sides too. Subtracting them:",
            "14",
        ),
        C,
    ),
    (
        "geometry",
        "14",
        _claude(
            "Using $\\frac{n(n-3)}{2}$ gives $14$.\n\n**Answer:** 14\n\nHmm, on reflection the sides "
            "should be included as well, since the problem asks for all segments:",
            "21",
        ),
        W,
    ),
    (
        "geometry",
        "14",
        _r1(_D2, "Initially one might say $\\boxed{21}$, but removing the sides gives $\\boxed{14}$."),
        C,
    ),
    ("counting", "10", _r1(_D3, "$\\boxed{10}$ — ten handshakes in all."), C),
    ("counting", "10", _claude("Each of the $\\binom52$ pairs shakes hands once.", "There are ten handshakes."), C),
    ("counting", "10", _r1(_D3, "Each person shakes $4$ hands, so $5 \\cdot 4 = \\boxed{20}$."), W),
    (
        "counting",
        "10",
        "Each of the 5 people shakes hands with 4 others, and each handshake is counted twice: "
        "5 * 4 / 2 = 10.\n\n**Answer: 10**",
        C,
    ),
    (
        "prealgebra",
        "391",
        _r1(_D4 + " So the product is $\\boxed{391}$.", "$$17 \\times 23 = " + _box("391") + "$$"),
        C,
    ),
    (
        "prealgebra",
        "391",
        _r1(_D4 + " So the product is $\\boxed{391}$.", "$$17 \\times 23 = " + _box("381") + "$$"),
        W,
    ),
    ("prealgebra", "391", "17 × 23 = 340 + 51 = **391**.", C),
    ("prealgebra", "391", "17 × 23 = 340 + 41 = **381**.", W),
    ("number_theory", "7", _r1(_D5, "There are $\\boxed{7}$ perfect squares up to 50."), C),
    ("number_theory", "7", "The squares up to 50 are 1, 4, 9, 16, 25, 36, 49.\n\nAnswer: 7", C),
    ("number_theory", "7", "The squares up to 50 are 4, 9, 16, 25, 36, 49 (excluding 1).\n\nAnswer: 6", W),
    (
        "number_theory",
        "7",
        _sky(
            _D5,
            "The squares $1^2, \\ldots, 7^2$ are at most $50$, and $8^2 = 64 > 50$.\n\n"
            "Thus there are $\\boxed{7}$ such integers.",
        ),
        C,
    ),
    ("geometry", "540", _r1(_D6, "The interior angles sum to $\\boxed{540^\\circ}$."), C),
    ("geometry", "540", "(5 − 2) · 180° = **540°**", C),
    ("geometry", "540", "(5 − 2) · 180° = 540°, so each angle of a regular pentagon is **108°**.", W),
    ("geometry", "540", _gpt("The angle sum of an $n$-gon is $(n-2) \\cdot 180^\\circ$.", "540^\\circ"), C),
    ("intermediate_algebra", "(2,-5)", _r1(_D7, "The vertex is $\\boxed{(2, -5)}$."), C),
    ("intermediate_algebra", "(2,-5)", _r1(_D7, "The vertex is $\\boxed{(-5, 2)}$."), W),
    ("intermediate_algebra", "(2,-5)", _r1(_D7.split(", and f(2)")[0] + ".", "The vertex is $\\boxed{(2, 5)}$."), W),
    ("intermediate_algebra", "(2,-5)", _gem("The vertex is at $x = 2$ with $f(2) = -5$.", "\\left(2,-5\\right)"), C),
    ("algebra", "24", _r1(_D8, "The average speed is $\\boxed{24}$ mph."), C),
    ("algebra", "24", _r1(_D8, "Averaging the two speeds, $\\frac{60 + 40}{2} = \\boxed{50}$ mph."), W),
    (
        "algebra",
        "24",
        _gsm("Total distance 120 miles, total time 2 + 3 = <<2+3=5>>5 hours\n120 / 5 = <<120/5=24>>24", "24"),
        C,
    ),
]


# --- truncated: every response stops before it states any final answer -------------------------------------

_TRN: list[tuple[str, str, str, str]] = [
    (
        "algebra",
        "2500",
        _cut(
            "<think>\nOkay, the sum of the first 50 odd numbers. The first is 1 and the 50th is 99, so the "
            "sum is 50 * (1 + 99) / 2 = 50 *"
        ),
        T,
    ),
    (
        "counting",
        "\\frac{2197}{20825}",
        _cut(
            "<think>\nWe want four cards, one from each suit. For each suit there are 13 "
            "choices, so 13^4 = 28561 favourable hands. The total is "
            "C(52,4) = 52*51*50*49/24. 52*51 = 2652, 2652*50 = "
            "132600, times 49 is"
        ),
        T,
    ),
    (
        "number_theory",
        "216",
        _cut(
            "<|begin_of_thought|>\n\nSo I have this problem: find the smallest number that is a "
            "perfect cube and divisible by 12, 18 and 24. Let me first compute "
            "lcm(12, 18, 24) = 72 = 2^3 * 3^2. For a cube, "
            "each exponent must be a multiple of 3, so I need 2^3 * 3^3 = 8 * 27 ="
        ),
        T,
    ),
    (
        "geometry",
        "25\\pi",
        _cut(
            "<think>\nThe circle passes through (0,0), (6,0) and (0,8). The right angle at the origin "
            "means the hypotenuse from (6,0) to (0,8) is a diameter, of "
            "length sqrt(36 + 64) = 10, so the radius is 5. "
            "Then the area is pi times"
        ),
        T,
    ),
    (
        "gsm8k",
        "48",
        _cut(
            "Step 1: Find how many apples Maria picks on Monday.\nShe picks 12 apples.\n\nStep 2: Tuesday "
            "she picks twice as many, 2 * 12 = 24.\n\nStep 3: Wednesday she picks half of Tuesday's amount,"
        ),
        T,
    ),
    (
        "precalculus",
        "\\frac{\\sqrt{2}}{2}",
        _cut(
            "<think>\nI need sin(45 degrees). Hmm, in a 45-45-90 triangle with legs "
            "1 and 1 the hypotenuse is sqrt 2, so the sine is opposite over hypotenuse, 1/sqrt2, which rationalizes to"
        ),
        T,
    ),
    (
        "intermediate_algebra",
        "-2",
        _cut(
            "<think>\nLet me find the sum of the real roots of x^3 + 2x^2 - 5x - 6. Try "
            "x = -1: -1 + 2 + 5 - 6 = 0. So (x + 1) is a factor. Divide: x^3 + 2x^2 - 5x - 6 = (x + 1)(x^2 + x - 6) = "
            "(x + 1)(x + 3)(x - 2). So the roots are -1, -3 and 2, and their sum is -1 - 3 +"
        ),
        T,
    ),
    (
        "aime",
        "054",
        _cut(
            "<think>\nAlright, let's set up coordinates. Put A at the origin and B at (12, 0). The point C "
            "satisfies AC = 9 and BC = 15, hmm, 9^2 + 12^2 = 81 + 144 = 225 "
            "= 15^2, so the angle at A is right. That means"
        ),
        T,
    ),
    (
        "amc",
        "\\textbf{(B)}",
        _cut(
            "<think>\nThe choices are (A) 3 (B) 4 (C) 5 (D) 6 (E) 7. We need the number of integer "
            "solutions of x^2 < 5. x can be -2, -1, 0, 1, 2... wait, that's "
            "five, but the problem says positive integers, so "
            "x = 1 or 2, and also we need x^2 + y^2 < 5 for pairs. Let me list pairs (x, y) with x, y positive: (1,1),"
        ),
        T,
    ),
    (
        "olympiad",
        "$2$",
        _cut(
            "<|begin_of_thought|>\n\nOkay, so I need to find the minimum of x + 1/x for x > 0. By "
            "AM-GM, x + 1/x >= 2 sqrt(x * 1/x) ="
        ),
        T,
    ),
    (
        "prealgebra",
        "45",
        _cut("To find 30% of 150, first write 30% as a decimal: 0.30. Then multiply 0.30 by 150. 0.30 × 150 ="),
        T,
    ),
    (
        "counting",
        "210",
        _cut(
            "<think>\nChoose 4 books from 10: C(10,4) = 10*9*8*7 / (4*3*2*1). 10*9 = 90, 90*8 = 720, "
            "720*7 = 5040. Then 5040 / 24"
        ),
        T,
    ),
    (
        "geometry",
        "60",
        _cut(
            "### Step 1: Identify the triangle\n\nThe sides are 8, 15 and 17, and $8^2 + 15^2 = 289 = "
            "17^2$, so it is a right triangle.\n\n### Step 2: Compute the "
            "area\n\nThe legs are 8 and 15, so the area is "
            "$\\frac{1}{2} \\cdot 8 \\cdot"
        ),
        T,
    ),
    (
        "number_theory",
        "26",
        _cut(
            "<think>\nThe digit sum of 2^{15}. 2^10 = 1024, 2^15 = 1024 * 32 = 32768. Digits: 3, 2, "
            "7, 6, 8. Sum: 3 + 2 = 5, 5 + 7 = 12, 12 + 6 = 18, 18 +"
        ),
        T,
    ),
    (
        "gsm8k",
        "330",
        _cut(
            "<|begin_of_thought|>\n\nLet's see. The store sells 30 shirts at $15 each and some hats. "
            "Shirts: 30 * 15 = 450 dollars. Hmm, wait, the question says the "
            "profit, so I need the cost of each shirt, which "
            "is $4 less than the price, so $11. Then the profit per shirt is"
        ),
        T,
    ),
    (
        "precalculus",
        "\\begin{pmatrix} 7 \\\\ 15 \\end{pmatrix}",
        _cut(
            "<think>\nMultiply [[1,2],[3,4]] by the vector "
            "(1,3). First component: 1*1 + 2*3 = 7. Second component: 3*1 +"
        ),
        T,
    ),
    (
        "algebra",
        "\\frac{5}{2}",
        _cut("<think>\nSolve 4x - 3 = 2x + 2. Subtract 2x: 2x - 3 = 2. Add 3: 2x = 5. So x ="),
        T,
    ),
    (
        "intermediate_algebra",
        "3",
        _cut(
            "We are given $\\log_3(x) + \\log_3(x + 6) = 3$. Combining the logarithms, "
            "$\\log_3(x(x+6)) = 3$, so $x^2 + 6x = 27$, that is $x^2 + 6x - 27 = 0$, which factors as"
        ),
        T,
    ),
    (
        "aime",
        "016",
        _cut(
            "<think>\nWe want the number of ordered triples... let me think about stars and bars. The "
            "equation a + b + c = 10 with a, b, c >= 1 has C(9, 2) = 36 "
            "solutions. But the problem also requires that a "
            "is even. Let a = 2k with k >= 1, then 2k + b + c = 10, b + c = 10 - 2k. For k = 1: b + c = 8, which"
        ),
        T,
    ),
    (
        "olympiad",
        "\\text{yes}",
        _cut(
            "Suppose, for contradiction, that no such coloring exists. Consider the graph on "
            "the 9 points whose edges join points at distance 1. Each "
            "vertex has degree at most 4, so by Brooks' theorem"
        ),
        T,
    ),
]


FOURTEENTH: list[tuple[str, str, str, str]] = [
    *_ALG,
    *_CNT,
    *_GEO,
    *_INT,
    *_NUM,
    *_PRE,
    *_PRC,
    *_AIME,
    *_AMC,
    *_GSM,
    *_OLY,
    *_DST,
    *_TRN,
]


# Rows the lead wrote while fixing FOURTEENTH's first-contact misses (in-sample), with negatives: a longer decimal is
# another rounding, not the gold's (`3.142` for a gold `3.14` was graded correct: the batch's one false positive),
# while an exact value still rounds to a decimal gold; and an answer label over a sentence (`**Answer:** The sale
# price is **\$36.00**.`, `**Answer:** There are ten handshakes.`): the sentence states the value.
FOURTEENTH_FIXES: list[tuple[str, str, str, str]] = [
    ("prealgebra", "2.72", "To the nearest thousandth, $e \\approx \\boxed{2.718}$.", "incorrect"),
    ("prealgebra", "2.72", "To the nearest hundredth, $e \\approx \\boxed{2.72}$.", "correct"),
    ("prealgebra", "1.73", "The exact value is $\\boxed{\\sqrt{3}}$.", "correct"),
    ("prealgebra", "1.73", "Rounded to four places, $\\boxed{1.7321}$.", "incorrect"),
    ("prealgebra", "48", "The tax is $\\$4$.\n\n**Answer:** The total is **\\$48.00**.", "correct"),
    ("prealgebra", "48", "The tax is $\\$4$.\n\n**Answer:** The total is **\\$44.00**.", "incorrect"),
    (
        "counting",
        "15",
        "Each of the $\\binom62$ pairs shakes once.\n\n**Answer:** There are fifteen handshakes.",
        "correct",
    ),
    (
        "counting",
        "15",
        "Each of the $\\binom52$ pairs shakes once.\n\n**Answer:** There are ten handshakes.",
        "incorrect",
    ),
    ("gsm8k", "90", "She reads 30 pages a day for 3 days.\n\n**Answer:** She reads **90** pages.", "correct"),
    ("gsm8k", "7", "**Answer:** It is 7.", "correct"),
]
