"""NINTH: a second held-out batch of labelled answer-verification pairs in outside styles (issue 12, section 2).

Written on 2026-12-01 by a helper session (branch h/batch8) for the lead, after EIGHTH and with different
problems and values, to measure the verifier at first contact. Written blind: without reading
toolkit/longcot/verify/, the README's verification section, or any other file in tests/verify/ (only the first
40 lines of outside_fifth.py, for the row format), and without running longcot, math-verify or any other grader
on any pair. Every pair was invented for this file and labelled by hand (sympy used by hand to check the
arithmetic only); pairs a reasonable grader could label either way were left out. Committed before any grading
run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect",
or "truncated" (the response stops before it states any final answer). About 60% are correct and 40% close
negatives (a nearby value, a sign, a swapped tuple, a magnitude, a similar expression, an answer stated and
then overruled by a later final statement).
"""

from __future__ import annotations

from outside_eighth import _j, _minerva, _r1, _sky  # the same response builders (one writer, two batches)


C, W, T = "correct", "incorrect", "truncated"


def _claude(*sections: str) -> str:
    return _j(*sections)


_EOS_DS = "<｜end▁of▁sentence｜>"
_EOS_QWEN = "<|im_end|>\n<|endoftext|>"
_TURN_QWEN = "<|im_end|>\n<|im_start|>user\nGreat. Now do part (b).<|im_end|>\n<|im_start|>assistant\n"
_TURN_LLAMA = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhy did you divide by two?<|eot_id|>"
_TURN_HUMAN = "\n\nHuman: Can you give a shorter solution?\n\nAssistant:"
_TURN_GEMMA = "<end_of_turn>\n<start_of_turn>user\nAnd for five dice?<end_of_turn>"
_NOTE = "\n\n*Note: I double-checked the arithmetic above. Let me know if you'd like a diagram.*"

_T_DIV = (
    "Okay, so I need the number of positive divisors of 2024. Let me factor it: 2024 / 2 = 1012, 1012 / 2 = 506, "
    "506 / 2 = 253, and 253 = 11 * 23. So 2024 = 2^3 * 11 * 23. The number of divisors is (3+1)(1+1)(1+1) = 16. "
    "Wait, let me double-check 11 * 23 = 253. Yes. Hmm, does the question ask only for odd divisors? Re-reading: "
    "no, all positive divisors. The odd ones would be 1, 11, 23, 253, that is 4, but that's not what's asked."
)
_T_CARD = (
    "Two cards are drawn without replacement. P(first heart) = 13/52 = 1/4. P(second heart | first heart) = "
    "12/51 = 4/17. So the probability is 1/4 * 4/17 = 1/17. Let me sanity check: C(13,2)/C(52,2) = 78/1326. "
    "1326 / 78 = 17. Yes, 1/17. With replacement it would have been 1/16, but these are without replacement."
)
_T_CPLX = (
    "Alright, so let's solve $x^2 + 4x + 13 = 0$. The discriminant is $16 - 52 = -36$, so $\\sqrt{-36} = 6i$. "
    "Then $x = \\frac{-4 \\pm 6i}{2} = -2 \\pm 3i$. Check: $(-2+3i)^2 = 4 - 12i - 9 = -5 - 12i$; "
    "$4(-2+3i) = -8 + 12i$; sum with 13: $-5 - 12i - 8 + 12i + 13 = 0$. Good."
)
_T_EQT = (
    "The area of an equilateral triangle with side $s$ is $\\frac{\\sqrt{3}}{4}s^2$. With $s = 6$, that's "
    "$\\frac{\\sqrt3}{4}\\cdot 36 = 9\\sqrt{3}$. Alternatively the height is $3\\sqrt{3}$ and the area is "
    "$\\frac12 \\cdot 6 \\cdot 3\\sqrt3 = 9\\sqrt3$. Both agree."
)
_T_SQ = (
    "We want $S_n = 1^2 + 2^2 + \\cdots + n^2$. Use $(k+1)^3 - k^3 = 3k^2 + 3k + 1$ and telescope: "
    "$(n+1)^3 - 1 = 3S_n + \\frac{3n(n+1)}{2} + n$. Solving, $S_n = \\frac{n(n+1)(2n+1)}{6}$. Check $n = 2$: "
    "$1 + 4 = 5$ and $\\frac{2 \\cdot 3 \\cdot 5}{6} = 5$. Check $n = 3$: $14$ and $\\frac{3\\cdot4\\cdot7}{6} = 14$."
)
_T_INEQ = (
    "Hmm, $x^2 - x - 2 \\ge 0$. Factor: $(x - 2)(x + 1) \\ge 0$. Roots at $-1$ and $2$. Upward parabola, so "
    "nonnegative outside the roots, and the endpoints are included because of $\\ge$. So $x \\le -1$ or "
    "$x \\ge 2$. Wait, let me test $x = 0$: $-2 \\ge 0$ is false, good, 0 is excluded. $x = 3$: $4 \\ge 0$, true."
)
_T_MAT = (
    "The matrix is $\\begin{pmatrix} 2 & 1 \\\\ 1 & 1 \\end{pmatrix}$ with determinant $2 - 1 = 1$. The inverse "
    "is $\\frac{1}{1}\\begin{pmatrix} 1 & -1 \\\\ -1 & 2 \\end{pmatrix}$. Check: the product's top-left entry is "
    "$2 \\cdot 1 + 1 \\cdot (-1) = 1$ and top-right is $2 \\cdot (-1) + 1 \\cdot 2 = 0$. Good."
)
_T_BAKER = (
    "The baker makes 24 cupcakes per batch and 15 batches, so 24 * 15 = <<24*15=360>>360 cupcakes. "
    "He packs them 6 to a box: 360 / 6 = <<360/6=60>>60 boxes. Each box sells for $12, so he earns "
    "60 * 12 = <<60*12=720>>720 dollars."
)
_T_FE = (
    "Let me think about $f(x + y) = f(x) + y$ for all reals. Put $x = 0$: $f(y) = f(0) + y$. And the extra "
    "condition $f(1) = 1$ forces $f(0) = 0$. So $f(y) = y$. Verify: $f(x+y) = x + y = f(x) + y$. Yes. Could "
    "there be another solution like $f(x) = -x$? Then $f(x + y) = -x - y$ but $f(x) + y = -x + y$, not equal."
)
_T_LONG = (
    "Let me set up coordinates. Put $A = (0, 0)$, $B = (8, 0)$, and $C = (0, 6)$, so $BC = 10$. The midpoint "
    "of $BC$ is $M = (4, 3)$, and $AM = 5$. Hmm, the problem wants the length of the altitude from $A$ to "
    "$BC$. The area is $\\frac12 \\cdot 8 \\cdot 6 = 24$, and area $= \\frac12 \\cdot BC \\cdot h$, so "
    "$24 = 5h$, $h = \\frac{24}{5}$. Wait, is that right? $\\frac12 \\cdot 10 \\cdot h = 5h$, yes. So "
    "$h = 4.8$. Let me double check with the distance formula: line $BC$ is $3x + 4y = 24$, distance from the "
    "origin is $\\frac{24}{\\sqrt{9 + 16}} = \\frac{24}{5}$. Consistent. Earlier I got $AM = 5$, which is "
    "the median, not the altitude; don't confuse them."
)

NINTH: list[tuple[str, str, str, str]] = [
    # --- divisors of 2024 (AIME-style integer) in R1, Sky-T1, QwQ styles
    ("aime", "16", _r1(_T_DIV, r"$2024 = 2^3 \cdot 11 \cdot 23$ has $(3+1)(1+1)(1+1) = \boxed{16}$ divisors."), C),
    ("aime", "16", _r1(_T_DIV, "**Final Answer**\n\\[\n\\boxed{016}\n\\]"), C),
    ("aime", "16", _sky(_T_DIV, r"The number of positive divisors is $\boxed{16}$."), C),
    ("aime", "16", _r1(_T_DIV, r"The number of odd positive divisors is $\boxed{4}$."), W),
    ("aime", "16", _r1(_T_DIV, r"$2024 = 2^3 \cdot 11 \cdot 23$ has $3 \cdot 2 \cdot 2 = \boxed{12}$ divisors."), W),
    ("aime", "16", _r1(_T_DIV, "So there are 16 of them." + _EOS_DS), C),
    ("aime", "16", _r1(_T_DIV, "So there are 61 of them." + _EOS_DS), W),
    # --- a card probability, many fraction forms
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"The probability is $\boxed{\frac{1}{17}}$."), C),
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"The probability is $\boxed{\dfrac{1}{17}}$."), C),
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"$P = \frac{13}{52}\cdot\frac{12}{51} = \boxed{\frac{12}{204}}$"), C),
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"$P = \boxed{\frac{78}{1326}}$"), C),
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"The probability is $\boxed{1/17}$."), C),
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"With replacement, the probability is $\boxed{\frac{1}{16}}$."), W),
    ("fraction", r"\frac{1}{17}", _r1(_T_CARD, r"The probability is $\boxed{\frac{4}{17}}$."), W),
    (
        "fraction",
        r"\frac{3}{2}",
        "The series $1 + \\frac13 + \\frac19 + \\cdots$ sums to $\\frac{1}{1 - 1/3} = \\boxed{\\frac32}$.",
        C,
    ),
    ("fraction", r"\frac{3}{2}", "The series sums to $\\boxed{1.5}$.", C),
    ("fraction", r"\frac{3}{2}", "The series sums to $\\boxed{\\frac{4}{3}}$.", W),
    ("fraction", r"-\frac{7}{3}", "Therefore $k = \\boxed{-\\dfrac{7}{3}}$.", C),
    ("fraction", r"-\frac{7}{3}", "Therefore $k = \\boxed{\\frac{7}{-3}}$.", C),
    ("fraction", r"-\frac{7}{3}", "Therefore $k = \\boxed{-\\frac{3}{7}}$.", W),
    ("fraction", r"-\frac{7}{3}", "Therefore $k = \\boxed{\\frac{7}{3}}$.", W),
    # --- complex roots and the plus-minus forms
    ("complex", r"-2 \pm 3i", _r1(_T_CPLX, r"The roots are $\boxed{-2 \pm 3i}$."), C),
    ("complex", r"-2 \pm 3i", _r1(_T_CPLX, r"The roots are $\boxed{-2+3i,\ -2-3i}$."), C),
    ("complex", r"-2 \pm 3i", _r1(_T_CPLX, r"So $x = -2 + 3i$ and $x = -2 - 3i$."), C),
    ("complex", r"-2 \pm 3i", _r1(_T_CPLX, r"The roots are $\boxed{2 \pm 3i}$."), W),
    ("complex", r"-2 \pm 3i", _r1(_T_CPLX, r"The roots are $\boxed{-2 \pm 6i}$."), W),
    ("complex", "2i", "Squaring, $(1+i)^2 = 1 + 2i + i^2 = \\boxed{2i}$.", C),
    ("complex", "2i", "Squaring, $(1+i)^2 = \\boxed{0 + 2i}$.", C),
    ("complex", "2i", "Squaring, $(1-i)^2 = \\boxed{-2i}$.", W),
    ("complex", "2i", "Squaring, $(1+i)^2 = \\boxed{2}$.", W),
    (
        "complex",
        "1+i",
        "In polar form, $z = \\boxed{\\sqrt{2}\\left(\\cos\\frac{\\pi}{4} + i \\sin\\frac{\\pi}{4}\\right)}$.",
        C,
    ),
    ("complex", "1+i", "So $z = \\boxed{1 - i}$.", W),
    ("complex", "5", "The modulus is $|3 + 4i| = \\sqrt{9 + 16} = \\boxed{5}$.", C),
    ("complex", "5", "The modulus is $|3 + 4i| = \\boxed{25}$.", W),
    ("pm", "3, -3", "Taking square roots, $x = \\boxed{\\pm 3}$.", C),
    ("pm", "3, -3", "Taking square roots, $x = \\boxed{3}$.", W),
    ("pm", r"\pm\sqrt{2}", "So $x = \\boxed{\\sqrt{2}, -\\sqrt{2}}$.", C),
    ("pm", r"\pm\sqrt{2}", "So $\\boxed{x = -\\sqrt2 \\text{ or } x = \\sqrt2}$.", C),
    ("pm", r"\pm\sqrt{2}", "So $x = \\boxed{\\sqrt{2}}$.", W),
    ("pm", r"\pm\sqrt{2}", "So $x = \\boxed{\\pm 2}$.", W),
    # --- radicals
    ("radical", r"9\sqrt{3}", _sky(_T_EQT, r"The area is $\boxed{9\sqrt{3}}$."), C),
    ("radical", r"9\sqrt{3}", _sky(_T_EQT, r"The area is $\boxed{\frac{36\sqrt{3}}{4}}$."), C),
    ("radical", r"9\sqrt{3}", _sky(_T_EQT, r"The area is $\boxed{\sqrt{243}}$."), C),
    ("radical", r"9\sqrt{3}", _sky(_T_EQT, "The area is $9√3$ square units.\n\nAnswer: 9√3"), C),
    ("radical", r"9\sqrt{3}", _sky(_T_EQT, r"The area is $\boxed{18\sqrt{3}}$."), W),
    ("radical", r"9\sqrt{3}", _sky(_T_EQT, r"The area is $\boxed{9\sqrt{2}}$."), W),
    ("radical", r"\frac{1+\sqrt{5}}{2}", "The golden ratio: (1+sqrt(5))/2\n\nAnswer: (1+sqrt(5))/2", C),
    ("radical", r"\frac{1+\sqrt{5}}{2}", "The ratio is $\\boxed{\\frac{\\sqrt5+1}{2}}$.", C),
    ("radical", r"\frac{1+\sqrt{5}}{2}", "The ratio is $\\boxed{\\frac{\\sqrt5-1}{2}}$.", W),
    ("radical", r"\frac{1+\sqrt{5}}{2}", "The ratio is $\\boxed{1+\\sqrt{5}}$.", W),
    ("radical", r"\sqrt{6}-\sqrt{2}", "So $4\\sin 15^\\circ = \\boxed{\\sqrt6 - \\sqrt2}$.", C),
    ("radical", r"\sqrt{6}-\sqrt{2}", "So the length is $\\boxed{-\\sqrt{2} + \\sqrt{6}}$.", C),
    ("radical", r"\sqrt{6}-\sqrt{2}", "So the length is $\\boxed{\\sqrt{6}+\\sqrt{2}}$.", W),
    ("radical", r"\sqrt{6}-\sqrt{2}", "So the length is $\\boxed{\\sqrt{4}}$.", W),
    # --- pi, e, logs, trig
    ("pi", r"12\pi", "The cone's volume is $\\frac13 \\pi r^2 h = \\frac13\\pi(9)(4) = \\boxed{12\\pi}$.", C),
    ("pi", r"12\pi", "The cone's volume is $\\boxed{12 \\pi \\text{ cubic units}}$.", C),
    ("pi", r"12\pi", "The cylinder's volume is $\\pi r^2 h = \\boxed{36\\pi}$.", W),
    ("pi", r"\frac{3\pi}{4}", "The angle is 3*pi/4 radians.\n\nAnswer: 3*pi/4", C),
    ("pi", r"\frac{3\pi}{4}", "The angle is $\\boxed{\\frac{3}{4}\\pi}$.", C),
    ("pi", r"\frac{3\pi}{4}", "The angle is $\\boxed{\\frac{\\pi}{4}}$.", W),
    ("pi", r"\frac{3\pi}{4}", "The angle is $\\boxed{\\frac{4\\pi}{3}}$.", W),
    ("pi", r"\frac{\pi}{6}", "Therefore $\\theta = π/6$.", C),
    ("pi", r"\frac{\pi}{6}", "Therefore $\\theta = π/3$.", W),
    ("e", "e^2", "The limit equals $\\boxed{e^{2}}$.", C),
    ("e", "e^2", "The limit equals $\\boxed{\\exp(2)}$.", C),
    ("e", "e^2", "The limit equals $\\boxed{2e}$.", W),
    ("log", "4", "Since $3^4 = 81$, $\\log_3 81 = \\boxed{4}$.", C),
    ("log", "4", "Since $3^4 = 81$, $\\log_3 81 = \\boxed{3}$.", W),
    ("log", r"\log_3 5", "So $x = \\boxed{\\frac{\\log 5}{\\log 3}}$.", C),
    ("log", r"\log_3 5", "So $x = \\boxed{\\log_5 3}$.", W),
    ("log", r"\ln 6", "The integral is $\\ln 2 + \\ln 3 = \\boxed{\\ln 6}$.", C),
    ("log", r"\ln 6", "The integral is $\\boxed{\\ln 2 + \\ln 3}$.", C),
    ("log", r"\ln 6", "The integral is $\\boxed{\\ln 5}$.", W),
    ("trig", r"\frac{\sqrt{3}}{2}", "So $\\sin 120^\\circ = \\boxed{\\dfrac{\\sqrt{3}}{2}}$.", C),
    ("trig", r"\frac{\sqrt{3}}{2}", "So $\\sin 120^\\circ = \\boxed{-\\dfrac{\\sqrt{3}}{2}}$.", W),
    ("trig", r"-\sqrt{3}", "Hence $\\tan 120^\\circ = \\boxed{-\\sqrt{3}}$.", C),
    ("trig", r"-\sqrt{3}", "Hence $\\tan 120^\\circ = \\boxed{-\\frac{3}{\\sqrt{3}}}$.", C),
    ("trig", r"-\sqrt{3}", "Hence $\\tan 120^\\circ = \\boxed{-\\frac{\\sqrt3}{3}}$.", W),
    (
        "trig",
        r"\frac{24}{25}",
        "By the double angle formula, $\\sin 2\\theta = 2 \\cdot \\frac35 \\cdot \\frac45 = \\boxed{\\frac{24}{25}}$.",
        C,
    ),
    ("trig", r"\frac{24}{25}", "By the double angle formula, $\\cos 2\\theta = \\boxed{\\frac{7}{25}}$.", W),
    # --- degrees and percent
    ("degree", r"60^\circ", "Each angle measures $\\boxed{60^{\\circ}}$.", C),
    ("degree", r"60^\circ", "Each angle measures 60°.", C),
    ("degree", r"60^\circ", "Each angle measures $\\boxed{30^\\circ}$.", W),
    ("degree", "90", "Since $3^2 + 4^2 = 5^2$, the largest angle is $\\boxed{90^\\circ}$.", C),
    ("degree", "90", "The largest angle is $\\boxed{120^\\circ}$.", W),
    (
        "degree",
        r"108^\circ",
        "The interior angle of a regular pentagon is $\\frac{540^\\circ}{5} = \\boxed{108^\\circ}$.",
        C,
    ),
    ("degree", r"108^\circ", "The exterior angle of a regular pentagon is $\\boxed{72^\\circ}$.", W),
    ("percent", r"37.5\%", "The fraction is $3/8$, i.e. $\\boxed{37.5\\%}$.", C),
    ("percent", r"37.5\%", "That is **37.5 percent**.", C),
    ("percent", r"37.5\%", "The fraction is $5/8$, i.e. $\\boxed{62.5\\%}$.", W),
    ("percent", "20", "The discount is $\\boxed{20\\%}$.", C),
    ("percent", "20", "The discount is $\\boxed{25\\%}$.", W),
    # --- money and GSM8K
    ("gsm8k", "720", _j(_T_BAKER, "#### 720"), C),
    ("gsm8k", "720", _j(_T_BAKER, "He earns $720.\n\n#### $720"), C),
    ("gsm8k", "720", _j(_T_BAKER, "The answer is 720."), C),
    ("gsm8k", "720", _j(_T_BAKER, "#### 60"), W),
    ("gsm8k", "3600", "There are 60 minutes in an hour and 60 seconds in a minute: 60 * 60 = 3,600.\n#### 3,600", C),
    ("gsm8k", "3600", "There are 60 minutes in an hour and 60 seconds in a minute: 60 * 60 = 360.\n#### 360", W),
    ("gsm8k", "7.5", "Half of $15 is $7.50.\n#### 7.50", C),
    ("gsm8k", "7.5", "Half of $15 is $7.50, minus $2.50 is $5.\n#### 5", W),
    ("money", r"\$2,400", "The total rent for the year is $\\boxed{\\$2400.00}$.", C),
    ("money", r"\$2,400", "The total rent for the year is $\\boxed{2400}$ dollars.", C),
    ("money", r"\$2,400", "The total rent for the year is $\\boxed{\\$4,200}$.", W),
    ("money", r"\$2,400", "The total rent for the year is $\\boxed{\\$240}$.", W),
    ("money", "12.75", "Each person pays $\\boxed{\\$12.75}$.", C),
    ("money", "12.75", "Each person pays $\\boxed{\\$12.57}$.", W),
    # --- units and Minerva
    ("units", r"50 \text{ km}", "She drives $\\boxed{50 \\text{ km}}$.", C),
    ("units", r"50 \text{ km}", "She drives $\\boxed{\\text{50 kilometers}}$.", C),
    ("units", r"50 \text{ km}", "She drives $\\boxed{500 \\text{ km}}$.", W),
    ("units", r"9.8 \text{ m/s}^2", "The acceleration is $\\boxed{9.8 \\mathrm{~m} / \\mathrm{s}^{2}}$.", C),
    ("units", r"9.8 \text{ m/s}^2", "The acceleration is $\\boxed{98 \\mathrm{~m/s^2}}$.", W),
    ("units", "6", "The tank fills in $\\boxed{6\\text{ hours}}$.", C),
    ("units", "6", "The tank fills in $\\boxed{\\textbf{6 hours}}$.", C),
    ("units", "6", "The tank fills in $\\boxed{8\\text{ hours}}$.", W),
    (
        "minerva",
        "340",
        _minerva("The speed is $v = f\\lambda = 500 \\times 0.68 = 340$ m/s.", r"340 \mathrm{~m/s}"),
        C,
    ),
    ("minerva", "340", _minerva("The speed is $v = f\\lambda = 500 \\times 0.68 = 340$ m/s.", "340"), C),
    ("minerva", "340", _minerva("The speed is $v = f/\\lambda = 500 / 0.68 \\approx 735$ m/s.", "735"), W),
    ("minerva", r"\frac{24}{5}", _minerva(_T_LONG, r"\frac{24}{5}"), C),
    ("minerva", r"\frac{24}{5}", _minerva(_T_LONG, "4.8"), C),
    ("minerva", r"\frac{24}{5}", _minerva(_T_LONG, "5"), W),
    ("minerva", r"3 \times 10^{8}", _minerva("Light travels at $c$.", r"3 \times 10^{8} \mathrm{~m/s}"), C),
    ("minerva", r"3 \times 10^{8}", _minerva("Light travels at $c$.", r"3 \times 10^{6} \mathrm{~m/s}"), W),
    ("minerva", r"1.6 \times 10^{-19}", _minerva("The elementary charge is 1.6e-19 C.", r"1.6 \cdot 10^{-19}"), C),
    ("minerva", r"1.6 \times 10^{-19}", _minerva("The elementary charge.", r"1.6 \times 10^{19}"), W),
    ("minerva", "-1", _minerva("Evaluating at $x = 2$ gives $-1$.", "-1"), C),
    ("minerva", "-1", _minerva("Evaluating at $x = 2$ gives $1$.", "1"), W),
    # --- the long altitude think block, different closings
    ("long", r"\frac{24}{5}", _r1(_T_LONG, r"The altitude from $A$ has length $\boxed{\frac{24}{5}}$."), C),
    ("long", r"\frac{24}{5}", _r1(_T_LONG, r"The altitude from $A$ has length $h = \frac{24}{5} = \boxed{4.8}$."), C),
    ("long", r"\frac{24}{5}", _r1(_T_LONG, r"The median from $A$ has length $\boxed{5}$."), W),
    ("long", r"\frac{24}{5}", _r1(_T_LONG, r"The altitude from $A$ has length $\boxed{\frac{5}{24}}$."), W),
    # --- intervals and inequalities
    ("interval", r"(-\infty, -1] \cup [2, \infty)", _r1(_T_INEQ, r"$\boxed{(-\infty, -1] \cup [2, \infty)}$"), C),
    ("interval", r"(-\infty, -1] \cup [2, \infty)", _r1(_T_INEQ, r"So $x \le -1$ or $x \ge 2$."), C),
    (
        "interval",
        r"(-\infty, -1] \cup [2, \infty)",
        _r1(_T_INEQ, r"$x \in \boxed{\left(-\infty,-1\right]\cup\left[2,+\infty\right)}$"),
        C,
    ),
    ("interval", r"(-\infty, -1] \cup [2, \infty)", _r1(_T_INEQ, r"$\boxed{[-1, 2]}$"), W),
    ("interval", r"(-\infty, -1] \cup [2, \infty)", _r1(_T_INEQ, r"$\boxed{(-\infty, -1) \cup (2, \infty)}$"), W),
    ("interval", r"[1, \infty)", "The function is increasing for $\\boxed{x \\geq 1}$.", C),
    ("interval", r"[1, \infty)", "The function is increasing on $\\boxed{[1, +\\infty)}$.", C),
    ("interval", r"[1, \infty)", "The function is increasing on $\\boxed{(1, \\infty)}$.", W),
    ("interval", r"[1, \infty)", "The function is increasing on $\\boxed{(-\\infty, 1]}$.", W),
    ("interval", r"\left(-\frac{1}{2}, 3\right]", "The solution set is $\\boxed{(-0.5, 3]}$.", C),
    ("interval", r"\left(-\frac{1}{2}, 3\right]", "The solution set is $\\boxed{-\\frac12 < x \\le 3}$.", C),
    (
        "interval",
        r"\left(-\frac{1}{2}, 3\right]",
        "The solution set is $\\boxed{\\left[-\\frac{1}{2}, 3\\right)}$.",
        W,
    ),
    ("interval", r"\left(-\frac{1}{2}, 3\right]", "The solution set is $\\boxed{\\left(\\frac{1}{2}, 3\\right]}$.", W),
    ("interval", r"(-\infty, \infty)", "The domain is all real numbers, $\\boxed{\\mathbb{R}}$.", C),
    ("interval", r"(-\infty, \infty)", "The domain is $\\boxed{(0, \\infty)}$.", W),
    ("interval", "[-4, 4]", "That is, $\\boxed{|x| \\le 4}$.", C),
    ("interval", "[-4, 4]", "That is, $\\boxed{|x| \\ge 4}$.", W),
    ("inequality", "k < 9", "The equation has two real roots exactly when $\\boxed{k < 9}$.", C),
    ("inequality", "k < 9", "The equation has two real roots exactly when $k \\in \\boxed{(-\\infty, 9)}$.", C),
    ("inequality", "k < 9", "The equation has two real roots exactly when $\\boxed{k \\le 9}$.", W),
    ("inequality", "k < 9", "The equation has two real roots exactly when $\\boxed{k > 9}$.", W),
    # --- sets
    ("set", r"\{2, 3\}", "So $n \\in \\boxed{\\{3, 2\\}}$.", C),
    ("set", r"\{2, 3\}", "The values are $n = 2$ and $n = 3$.\n\n**Answer:** $n = 2, 3$", C),
    ("set", r"\{2, 3\}", "So $n \\in \\boxed{\\{2, 3, 5\\}}$.", W),
    ("set", r"\{2, 3\}", "So $n \\in \\boxed{\\{2\\}}$.", W),
    ("set", r"\{0\}", "The only solution is $\\boxed{\\{0\\}}$.", C),
    ("set", r"\{0\}", "The only solution is $\\boxed{x = 0}$.", C),
    ("set", r"\{0\}", "There is no solution, so the answer is $\\boxed{\\emptyset}$.", W),
    ("set", r"\{1, 3\} \cup \{5\}", "The set is $\\boxed{\\{1, 3, 5\\}}$.", C),
    ("set", r"\{1, 3\} \cup \{5\}", "The set is $\\boxed{\\{1, 3\\}}$.", W),
    ("set", r"\varnothing", "No integer satisfies both, so the set is $\\boxed{\\emptyset}$.", C),
    ("set", r"\varnothing", "No integer satisfies both, so the set is $\\boxed{\\{\\}}$.", C),
    ("set", r"\varnothing", "Only $1$ satisfies both, so the set is $\\boxed{\\{1\\}}$.", W),
    # --- tuples and points
    ("tuple", "(1, -2, 3)", "Back-substituting gives $\\boxed{(x, y, z) = (1, -2, 3)}$.", C),
    ("tuple", "(1, -2, 3)", "Back-substituting gives $(x,y,z) = \\boxed{\\left(1,\\,-2,\\,3\\right)}$.", C),
    ("tuple", "(1, -2, 3)", "Back-substituting gives $\\boxed{(1, 2, -3)}$.", W),
    ("tuple", r"\left(\frac{1}{2}, -\frac{3}{2}\right)", "The vertex is at $\\boxed{(0.5, -1.5)}$.", C),
    (
        "tuple",
        r"\left(\frac{1}{2}, -\frac{3}{2}\right)",
        "The vertex is at $\\boxed{\\left(\\tfrac12, -\\tfrac32\\right)}$.",
        C,
    ),
    (
        "tuple",
        r"\left(\frac{1}{2}, -\frac{3}{2}\right)",
        "The vertex is at $\\boxed{\\left(\\frac12, \\frac32\\right)}$.",
        W,
    ),
    (
        "tuple",
        r"\left(\frac{1}{2}, -\frac{3}{2}\right)",
        "The vertex is at $\\boxed{\\left(-\\frac32, \\frac12\\right)}$.",
        W,
    ),
    ("tuple", "(2, 5)", "We find $x = \\boxed{2}$ and $y = \\boxed{5}$.", C),
    ("tuple", "(2, 5)", "We find $x = \\boxed{5}$ and $y = \\boxed{2}$.", W),
    ("tuple", "(4, 9)", "Hence $(a, b) = (4, 9)$.", C),
    ("tuple", "(4, 9)", "Hence $(a, b) = (9, 4)$.", W),
    ("tuple", "(0, 0), (1, 1)", "The curves meet at $\\boxed{(0,0) \\text{ and } (1,1)}$.", C),
    ("tuple", "(0, 0), (1, 1)", "The curves meet at $\\boxed{(0,0), (1,-1)}$.", W),
    # --- vectors and matrices
    (
        "vector",
        r"\begin{pmatrix} 4 \\ -2 \end{pmatrix}",
        r"Thus $\mathbf{v} = \boxed{\begin{pmatrix}4\\-2\end{pmatrix}}$.",
        C,
    ),
    (
        "vector",
        r"\begin{pmatrix} 4 \\ -2 \end{pmatrix}",
        r"Thus $\mathbf{v} = \boxed{2\begin{pmatrix} 2 \\ -1 \end{pmatrix}}$.",
        C,
    ),
    (
        "vector",
        r"\begin{pmatrix} 4 \\ -2 \end{pmatrix}",
        r"Thus $\mathbf{v} = \boxed{\begin{pmatrix} -2 \\ 4 \end{pmatrix}}$.",
        W,
    ),
    (
        "vector",
        r"\begin{pmatrix} 4 \\ -2 \end{pmatrix}",
        r"Thus $\mathbf{v} = \boxed{\begin{pmatrix} 4 \\ 2 \end{pmatrix}}$.",
        W,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}",
        _r1(_T_MAT, r"$\boxed{\begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}}$"),
        C,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}",
        _r1(_T_MAT, r"$A^{-1} = \boxed{\begin{bmatrix}1&-1\\-1&2\end{bmatrix}}$"),
        C,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}",
        _r1(_T_MAT, r"$\boxed{\begin{pmatrix} 1 & 1 \\ 1 & 2 \end{pmatrix}}$"),
        W,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 2 & 0 \\ 0 & 6 \end{pmatrix}",
        r"So $2A = \boxed{2\begin{pmatrix} 1 & 0 \\ 0 & 3 \end{pmatrix}}$.",
        C,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 2 & 0 \\ 0 & 6 \end{pmatrix}",
        r"So $2A = \boxed{\begin{pmatrix} 2 & 0 \\ 0 & 3 \end{pmatrix}}$.",
        W,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 5 & 6 \\ 7 & 8 \end{pmatrix}",
        r"$IB = \boxed{\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}\begin{pmatrix} 5 & 6 \\ 7 & 8 \end{pmatrix}}$",
        C,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 5 & 6 \\ 7 & 8 \end{pmatrix}",
        r"$B^T = \boxed{\begin{pmatrix} 5 & 7 \\ 6 & 8 \end{pmatrix}}$",
        W,
    ),
    ("matrix", "-2", "The determinant is $1 \\cdot 4 - 2 \\cdot 3 = \\boxed{-2}$.", C),
    ("matrix", "-2", "The determinant is $1 \\cdot 4 + 2 \\cdot 3 = \\boxed{10}$.", W),
    # --- equations and curves
    ("equation", r"y = -\frac{1}{2}x + 4", "The line is $\\boxed{y = 4 - \\frac{x}{2}}$.", C),
    ("equation", r"y = -\frac{1}{2}x + 4", "The line is $\\boxed{y = -0.5x + 4}$.", C),
    ("equation", r"y = -\frac{1}{2}x + 4", "The line is $\\boxed{y = -2x + 4}$.", W),
    ("equation", r"y = -\frac{1}{2}x + 4", "The line is $\\boxed{y = \\frac{1}{2}x + 4}$.", W),
    ("equation", "y = x^2 - 4x + 3", "The parabola is $\\boxed{y = (x-1)(x-3)}$.", C),
    ("equation", "y = x^2 - 4x + 3", "The parabola is $\\boxed{y = (x-2)^2 - 1}$.", C),
    ("equation", "y = x^2 - 4x + 3", "The parabola is $\\boxed{y = x^2 + 4x + 3}$.", W),
    ("equation", "y = x^2 - 4x + 3", "The parabola is $\\boxed{y = (x-2)^2 + 1}$.", W),
    (
        "equation",
        r"\frac{x^2}{9} + \frac{y^2}{4} = 1",
        "The ellipse is $\\boxed{\\frac{x^2}{9}+\\frac{y^2}{4}=1}$.",
        C,
    ),
    (
        "equation",
        r"\frac{x^2}{9} + \frac{y^2}{4} = 1",
        "The ellipse is $\\boxed{\\frac{x^2}{4}+\\frac{y^2}{9}=1}$.",
        W,
    ),
    ("equation", "x^2 + (y-3)^2 = 16", "The circle is $\\boxed{x^2 + (y - 3)^2 = 16}$.", C),
    ("equation", "x^2 + (y-3)^2 = 16", "The circle is $\\boxed{x^2 + (y + 3)^2 = 16}$.", W),
    # --- polynomials
    ("polynomial", "(x-1)(x+2)(x-3)", "Expanding, $p(x) = \\boxed{x^3 - 2x^2 - 5x + 6}$.", C),
    ("polynomial", "(x-1)(x+2)(x-3)", "So $p(x) = \\boxed{(x+2)(x-1)(x-3)}$.", C),
    ("polynomial", "(x-1)(x+2)(x-3)", "Expanding, $p(x) = \\boxed{x^3 - 2x^2 - 5x - 6}$.", W),
    ("polynomial", "(x-1)(x+2)(x-3)", "So $p(x) = \\boxed{(x+1)(x-2)(x+3)}$.", W),
    ("polynomial", "x^4 - 1", "Factoring, $\\boxed{(x^2+1)(x+1)(x-1)}$.", C),
    ("polynomial", "x^4 - 1", "Factoring, $\\boxed{(x^2-1)^2}$.", W),
    ("polynomial", "2x^2 + 3x - 2", "The quotient is $\\boxed{(2x - 1)(x + 2)}$.", C),
    ("polynomial", "2x^2 + 3x - 2", "The quotient is $\\boxed{(2x + 1)(x - 2)}$.", W),
    # --- functions (Omni-MATH style functional equations)
    ("function", "f(x) = x", _r1(_T_FE, r"The only such function is $\boxed{f(x) = x}$."), C),
    ("function", "f(x) = x", _r1(_T_FE, r"**Answer.** $f(x)=x$ for all real $x$."), C),
    ("function", "f(x) = x", _r1(_T_FE, r"The only such function is $\boxed{f(x) = -x}$."), W),
    ("function", "f(x) = x", _r1(_T_FE, r"The only such function is $\boxed{f(x) = x + 1}$."), W),
    ("function", "f(x) = 2x + 1", "Therefore $\\boxed{f(x) = 1 + 2x}$.", C),
    ("function", "f(x) = 2x + 1", "Therefore $\\boxed{f(x) = 2x - 1}$.", W),
    (
        "function",
        r"f^{-1}(x) = \frac{x - 3}{2}",
        "The inverse is $\\boxed{f^{-1}(x) = \\frac{x}{2} - \\frac{3}{2}}$.",
        C,
    ),
    ("function", r"f^{-1}(x) = \frac{x - 3}{2}", "The inverse is $\\boxed{f^{-1}(x) = \\frac{x + 3}{2}}$.", W),
    # --- expressions in n (OlympiadBench)
    ("expr_n", r"\frac{n(n+1)(2n+1)}{6}", _sky(_T_SQ, r"$S_n = \boxed{\dfrac{n(n+1)(2n+1)}{6}}$"), C),
    ("expr_n", r"\frac{n(n+1)(2n+1)}{6}", _sky(_T_SQ, r"$S_n = \boxed{\frac{2n^3 + 3n^2 + n}{6}}$"), C),
    ("expr_n", r"\frac{n(n+1)(2n+1)}{6}", _sky(_T_SQ, r"$S_n = \boxed{\frac{n(n+1)}{2}}$"), W),
    ("expr_n", r"\frac{n(n+1)(2n+1)}{6}", _sky(_T_SQ, r"$S_n = \boxed{\left(\frac{n(n+1)}{2}\right)^2}$"), W),
    ("expr_n", "2^n - 1", "The minimum number of moves is $\\boxed{2^n - 1}$.", C),
    ("expr_n", "2^n - 1", "The minimum number of moves is $\\boxed{-1 + 2^{n}}$.", C),
    ("expr_n", "2^n - 1", "The minimum number of moves is 2^n - 1.", C),
    ("expr_n", "2^n - 1", "The minimum number of moves is $\\boxed{2^{n-1}}$.", W),
    ("expr_n", "2^n - 1", "The minimum number of moves is 2^(n-1).", W),
    ("expr_n", r"\binom{2n}{n}", "The number of paths is $\\boxed{\\frac{(2n)!}{(n!)^2}}$.", C),
    ("expr_n", r"\binom{2n}{n}", "The number of paths is $\\boxed{\\dbinom{2n}{n}}$.", C),
    ("expr_n", r"\binom{2n}{n}", "The number of paths is $\\boxed{\\binom{2n}{n-1}}$.", W),
    ("expr_n", r"3^{n-1}", "The count is $\\boxed{\\frac{3^n}{3}}$.", C),
    ("expr_n", r"3^{n-1}", "The count is 3^(n-1).", C),
    ("expr_n", r"3^{n-1}", "The count is $\\boxed{3^n - 1}$.", W),
    ("expr_n", "n+1", "The answer is $\\boxed{n+1}$ for every $n \\ge 2$.", C),
    ("expr_n", "n+1", "The answer is $\\boxed{n-1}$ for every $n \\ge 2$.", W),
    # --- text answers
    ("text", r"\text{No}", "So such a coloring cannot exist.\n\n$\\boxed{\\text{No}}$", C),
    ("text", r"\text{No}", "So such a coloring exists.\n\n$\\boxed{\\text{Yes}}$", W),
    ("text", r"\text{ellipse}", "The curve is $\\boxed{\\text{an ellipse}}$.", C),
    ("text", r"\text{ellipse}", "The curve is $\\boxed{\\text{a circle}}$.", W),
    ("text", "Alice", "Alice has a winning strategy.\n\n**Answer:** $\\boxed{\\text{Alice}}$", C),
    ("text", "Alice", "Bob has a winning strategy.\n\n**Answer:** $\\boxed{\\text{Bob}}$", W),
    # --- base-n numbers
    ("base", "10110_2", "So $22 = \\boxed{10110_{2}}$.", C),
    ("base", "10110_2", "So the binary form is $\\boxed{10110_2}$.", C),
    ("base", "10110_2", "So the binary form is $\\boxed{11010_2}$.", W),
    ("base", "2012_3", "In base 3, that is $\\boxed{2012_3}$.", C),
    ("base", "2012_3", "In base 3, that is $\\boxed{2102_3}$.", W),
    ("base", "1A_{16}", "In hexadecimal, $\\boxed{1A_{16}}$.", C),
    ("base", "1A_{16}", "In hexadecimal, $\\boxed{A1_{16}}$.", W),
    # --- TheoremQA: booleans, lists, floats
    (
        "theoremqa",
        "True",
        "Since the series converges absolutely, it converges.\n\nTherefore, the answer is $\\boxed{True}$.",
        C,
    ),
    (
        "theoremqa",
        "True",
        "The series diverges by comparison with the harmonic series.\n\nTherefore, the answer is False.",
        W,
    ),
    ("theoremqa", "False", "The group of order 6 need not be cyclic ($S_3$). The answer is False.", C),
    ("theoremqa", "False", "Every group of order 6 is abelian. The answer is True.", W),
    ("theoremqa", "[1, 4, 9]", "The first three squares give [1, 4, 9].\n\nTherefore, the answer is [1, 4, 9].", C),
    ("theoremqa", "[1, 4, 9]", "Therefore, the answer is [1, 4, 8].", W),
    ("theoremqa", "2.0", "The ratio simplifies to exactly 2.\n\nTherefore, the answer is 2.", C),
    ("theoremqa", "2.0", "The ratio simplifies to exactly 0.5.\n\nTherefore, the answer is 0.5.", W),
    ("theoremqa", "0.5", "The probability is one half, so the answer is 1/2.", C),
    ("theoremqa", "0.5", "The probability is one fifth, so the answer is 0.2.", W),
    ("theoremqa", "1.386", "Numerically, the integral is approximately 1.386.\n\nTherefore, the answer is 1.386.", C),
    ("theoremqa", "1.386", "Numerically, the integral is approximately 1.836.\n\nTherefore, the answer is 1.836.", W),
    # --- multiple choice (AMC, MMLU, GPQA)
    ("choice", "C", "Evaluating, the value is 18, which is choice (C).\n\n$\\boxed{\\textbf{(C)}\\ 18}$", C),
    ("choice", "C", "Evaluating, the value is 16, which is choice (B).\n\n$\\boxed{\\text{(B) } 16}$", W),
    ("choice", "18", "Evaluating, the value is 18.\n\n$\\boxed{\\textbf{(C) }18}$", C),
    ("choice", "18", "Evaluating, the value is 20.\n\n$\\boxed{\\textbf{(D) }20}$", W),
    ("choice", "A", "The photon energy matches the first option.\n\nThe correct answer is (A).", C),
    ("choice", "A", "The photon energy matches the third option.\n\nThe correct answer is (C).", W),
    ("choice", "B", "**Answer: (B) 4.2 eV**", C),
    ("choice", "B", "**Answer: (D) 2.4 eV**", W),
    ("choice", "D", "Answer: D", C),
    ("choice", "D", "Answer: C", W),
    ("choice", "E", "So the answer is $\\boxed{\\mathrm{(E)}}$.", C),
    ("choice", "E", "So the answer is $\\boxed{\\mathrm{(A)}}$.", W),
    # --- Claude-style markdown with headings and bold
    (
        "claude",
        "14",
        _claude(
            "## Understanding the problem",
            "We need the number of diagonals of a heptagon.",
            "## Counting",
            "Each vertex connects to $7 - 3 = 4$ non-adjacent vertices, giving $\\frac{7 \\cdot 4}{2} = 14$.",
            "**The heptagon has 14 diagonals.**",
        ),
        C,
    ),
    (
        "claude",
        "14",
        _claude(
            "## Counting",
            "Each vertex connects to $7 - 3 = 4$ non-adjacent vertices, giving $7 \\cdot 4 = 28$.",
            "**The heptagon has 28 diagonals.**",
        ),
        W,
    ),
    (
        "claude",
        r"\frac{5}{36}",
        _claude(
            "# Solution",
            "There are 5 ordered pairs summing to 8: (2,6), (3,5), (4,4), (5,3), (6,2).",
            "## Answer",
            "$$P = \\frac{5}{36}$$",
        ),
        C,
    ),
    (
        "claude",
        r"\frac{5}{36}",
        _claude(
            "# Solution",
            "There are 6 ordered pairs summing to 7.",
            "## Answer",
            "$$P = \\frac{6}{36} = \\frac{1}{6}$$",
        ),
        W,
    ),
    (
        "claude",
        "45",
        "**Step 1.** Choose 2 of 10: $\\binom{10}{2}$.\n\n**Step 2.** Compute.\n\n**Answer: $\\binom{10}{2} = 45$**",
        C,
    ),
    ("claude", "45", "**Step 1.** Arrange 2 of 10: $10 \\cdot 9$.\n\n**Answer: 90**", W),
    # --- OpenAI o-series summaries
    ("oseries", "2500", "Sum of the first 50 odd numbers is $50^2$.\n\n**Answer:** 2,500", C),
    ("oseries", "2500", "Sum of the first 50 odd numbers is $50^2$.\n\n**Answer:** $2\\,500$", C),
    ("oseries", "2500", "Sum of the first 49 odd numbers is $49^2$.\n\n**Answer:** 2401", W),
    ("oseries", "5", "Distance: $\\sqrt{(4-1)^2 + (6-2)^2} = \\sqrt{25}$.\n\n**Final answer: 5**", C),
    ("oseries", "5", "Distance: $\\sqrt{(4-1)^2 + (6-2)^2} = \\sqrt{25}$.\n\n**Final answer: 25**", W),
    # --- chat-template tails, end tokens, new user turns, closing notes
    ("tail", "35", "The number of committees is $\\binom{7}{3} = \\boxed{35}$." + _TURN_QWEN, C),
    ("tail", "35", "The number of committees is $\\binom{7}{3} = \\boxed{210}$." + _TURN_QWEN, W),
    ("tail", "35", "So there are **35** committees." + _EOS_QWEN, C),
    ("tail", r"\frac{1}{2}", "So the probability is $\\boxed{\\frac{1}{2}}$." + _TURN_LLAMA, C),
    ("tail", r"\frac{1}{2}", "So the probability is $\\boxed{\\frac{1}{4}}$." + _TURN_LLAMA, W),
    ("tail", "6", "The final answer is $\\boxed{6}$." + _TURN_HUMAN, C),
    ("tail", "6", "The final answer is $\\boxed{9}$." + _TURN_HUMAN, W),
    (
        "tail",
        r"\frac{91}{216}",
        "So the probability of at least one six is $\\boxed{\\frac{91}{216}}$." + _TURN_GEMMA,
        C,
    ),
    ("tail", r"\frac{91}{216}", "So the probability of no six is $\\boxed{\\frac{125}{216}}$." + _TURN_GEMMA, W),
    ("tail", "81", "Hence the answer is $\\boxed{81}$." + _NOTE, C),
    ("tail", "81", "Hence the answer is $\\boxed{18}$." + _NOTE, W),
    ("tail", "81", "Hence the answer is $\\boxed{81}$." + _NOTE + _NOTE, C),
    # --- an answer stated, then overruled by a later final statement
    (
        "overrule",
        "28",
        _r1(
            "First guess: 8 choose 2 = 28. But wait, maybe order matters? The problem says handshakes, so no.",
            r"The number of handshakes is $\boxed{28}$.",
        ),
        C,
    ),
    (
        "overrule",
        "28",
        "The number of handshakes is $\\boxed{28}$.\n\nActually, since order matters here, we should count "
        "$8 \\cdot 7$.\n\nThe final answer is $\\boxed{56}$.",
        W,
    ),
    (
        "overrule",
        "28",
        "The number of handshakes is $\\boxed{56}$.\n\nOops, each handshake was counted twice; the final answer "
        "is 28.",
        C,
    ),
    (
        "overrule",
        r"\sqrt{13}",
        "So $d = \\sqrt{13}$. Let me recompute: $(5-2)^2 + (6-4)^2 = 9 + 4 = 13$. Hmm, I mixed up a coordinate; "
        "with $(5, 7)$ it's $9 + 9 = 18$. So the final answer is $3\\sqrt{2}$.",
        W,
    ),
    (
        "overrule",
        r"\sqrt{13}",
        "So $d = 3\\sqrt{2}$. Wait, the point is $(5, 6)$, not $(5, 7)$: $9 + 4 = 13$.\n\n"
        "**Final Answer:** $\\sqrt{13}$",
        C,
    ),
    (
        "overrule",
        "-5",
        "Answer: $-5$.\n\nDouble-checking by substitution: $2(-5) + 7 = -3$. Correct, so the answer stands: $x = -5$.",
        C,
    ),
    (
        "overrule",
        "-5",
        "Answer: $-5$.\n\nDouble-checking by substitution: $2(-5) + 7 = -3 \\ne 3$. So that's wrong; solving "
        "again, $2x = -4$, and the final answer is $x = -2$.",
        W,
    ),
    # --- equation chains, labelled answers on either side, gold given boxed
    ("chain", "24", "Therefore $N = 4! = 24$.", C),
    ("chain", "24", "Therefore $N = \\boxed{4! = 24}$.", C),
    ("chain", "24", "Therefore $N = 3! = \\boxed{6}$.", W),
    ("chain", "k = 3", "So $\\boxed{3}$.", C),
    ("chain", "k = 3", "So $\\boxed{k = -3}$.", W),
    ("chain", r"\boxed{7}", "The answer is $\\boxed{7}$.", C),
    ("chain", r"\boxed{7}", "The answer is $\\boxed{17}$.", W),
    ("chain", "AB = 10", "By Pythagoras, $AB = \\sqrt{36 + 64} = \\boxed{10}$.", C),
    ("chain", "AB = 10", "By Pythagoras, $AB = \\sqrt{36 + 64} = \\boxed{100}$.", W),
    # --- formatting variants
    ("format", "1000000", "The answer is $\\boxed{10^6}$.", C),
    ("format", "1000000", "The answer is $\\boxed{1{,}000{,}000}$.", C),
    ("format", "1000000", "The answer is $\\boxed{1\\,000\\,000}$.", C),
    ("format", "1000000", "The answer is $\\boxed{100{,}000}$.", W),
    ("format", "-8", "$$\\boxed{-8}$$", C),
    ("format", "-8", "\\[\\boxed{\\,-8\\,}\\]", C),
    ("format", "-8", "The minimum value is −8.", C),
    ("format", "-8", "$$\\boxed{8}$$", W),
    ("format", r"\frac{2}{9}", "The answer is $\\boxed{\\tfrac29}$.", C),
    ("format", r"\frac{2}{9}", "The answer is $\\boxed{\\frac{2}{9}}.$ And that is final: $\\frac{2}{9}$.", C),
    ("format", r"\frac{2}{9}", "The answer is $\\boxed{\\frac{9}{2}}$.", W),
    ("format", "0.04", "The variance is $\\boxed{0.040}$.", C),
    ("format", "0.04", "The variance is $\\boxed{\\frac{1}{25}}$.", C),
    ("format", "0.04", "The variance is $\\boxed{0.4}$.", W),
    ("format", "12", "The answer is $\\mathbf{12}$.", C),
    ("format", "12", "The answer is $\\textbf{21}$.", W),
    # --- chat-model solution styles
    (
        "llama",
        "11",
        "## Step 1: Write the equation\n$3x - 7 = 26$\n\n## Step 2: Solve\n$3x = 33$, so $x = 11$.\n\n"
        "The final answer is: $\\boxed{11}$",
        C,
    ),
    (
        "llama",
        "11",
        "## Step 1: Write the equation\n$3x - 7 = 26$\n\n## Step 2: Solve\n$3x = 19$, so $x = 19/3$.\n\n"
        "The final answer is: $\\boxed{\\frac{19}{3}}$",
        W,
    ),
    (
        "qwen",
        "11",
        "To solve $3x - 7 = 26$, add 7 to both sides: $3x = 33$. Divide by 3: $x = 11$.\n\n"
        "Thus, the solution is $\\boxed{11}$.",
        C,
    ),
    (
        "qwen",
        "11",
        "To solve $3x - 7 = 26$, subtract 7 from both sides: $3x = 19$.\n\nThus, the solution is $\\boxed{6.33}$.",
        W,
    ),
    (
        "gemma",
        "11",
        "Here's how to solve it:\n\n1. **Add 7:** $3x = 33$\n2. **Divide by 3:** $x = 11$\n\n**Therefore, x = 11.**",
        C,
    ),
    ("mistral", "11", " Adding 7 and dividing by 3, we get x = 11. So, the answer is 11.", C),
    ("phi", "11", "Solution: Adding 7 to both sides gives 3x = 33, so x = 11.\n\nAnswer: x = 11", C),
    ("phi", "11", "Solution: Adding 7 to both sides gives 3x = 33, so x = 11. Then x + 1 = 12.\n\nAnswer: 12", W),
    # --- more correct forms
    ("aime", "16", _r1(_T_DIV, "Final answer: 16"), C),
    ("aime", "16", _r1(_T_DIV, r"The answer is $\boxed{16}$.") + _TURN_QWEN, C),
    (
        "fraction",
        r"\frac{1}{17}",
        _sky(_T_CARD, r"$\frac{13}{52}\times\frac{12}{51} = \frac{156}{2652} = \boxed{\frac{1}{17}}$"),
        C,
    ),
    ("fraction", r"\frac{1}{17}", "Both cards are hearts with probability 13/52 * 12/51.\n\nAnswer: 1/17", C),
    ("complex", r"-2 \pm 3i", _sky(_T_CPLX, r"$x = \boxed{-2 \pm 3i}$"), C),
    ("complex", "3+4i", "So $z = \\boxed{4i + 3}$.", C),
    ("radical", r"\frac{\sqrt{6}}{3}", "The ratio is $\\boxed{\\sqrt{\\frac{2}{3}}}$.", C),
    ("radical", r"4\sqrt{2}", "The diagonal is $\\boxed{\\sqrt{32}}$.", C),
    ("pi", r"\frac{\pi^2}{6}", "The Basel sum is $\\boxed{\\dfrac{\\pi^{2}}{6}}$.", C),
    ("pi", r"2\pi", "The period is $\\boxed{2π}$.", C),
    ("log", r"\log_2 10", "So $x = \\boxed{1 + \\log_2 5}$.", C),
    ("trig", r"\frac{1}{2}", "So $\\sin 30^\\circ = \\boxed{0.5}$.", C),
    ("degree", r"135^\circ", "The obtuse angle measures $\\boxed{135}$ degrees.", C),
    ("percent", r"150\%", "The new price is $\\boxed{150\\%}$ of the old one.", C),
    ("gsm8k", "96", "Each of the 8 shelves holds 12 books: 8 * 12 = <<8*12=96>>96.\n#### 96", C),
    ("gsm8k", "1,500", "She saves $300 a month for 5 months: 300 * 5 = 1500.\n#### 1500", C),
    ("money", r"\$0.45", "Each pencil costs $\\boxed{\\$0.45}$.", C),
    ("units", r"4 \text{ cm}^2", "The area is $\\boxed{4\\ \\text{cm}^2}$.", C),
    ("sci", r"5 \times 10^{-4}", "The probability is $\\boxed{0.0005}$.", C),
    ("interval", "(0, 2)", "So the answer is $\\boxed{0 < x < 2}$.", C),
    ("set", r"\{-1, 0, 1\}", "The fixed points are $\\boxed{\\{0, 1, -1\\}}$.", C),
    ("tuple", "(-1, 4)", "The intersection point is $\\boxed{\\left(-1, 4\\right)}$.", C),
    (
        "vector",
        r"\begin{pmatrix} 0 \\ 1 \\ 0 \end{pmatrix}",
        r"So $\mathbf{n} = \boxed{\begin{pmatrix}0\\1\\0\end{pmatrix}}$.",
        C,
    ),
    ("equation", "y = 3", "The horizontal asymptote is $\\boxed{y = 3}$.", C),
    ("polynomial", "x^2 + 2x + 1", "So the square is $\\boxed{(x+1)^2}$.", C),
    ("function", "f(x) = x^2", "Hence $\\boxed{f(x)=x^{2}}$.", C),
    ("expr_n", "n^2", "The sum of the first $n$ odd numbers is $\\boxed{n^{2}}$.", C),
    ("text", r"\text{Monday}", "The meeting falls on $\\boxed{\\text{Monday}}$.", C),
    ("choice", "B", "Only (B) survives the parity check.\n\n$\\boxed{B}$", C),
    ("choice", "(A)", "The first option is the only consistent one.\n\nAnswer: A", C),
    ("theoremqa", "3", "The rank of the matrix is 3.\n\nTherefore, the answer is 3.", C),
    (
        "minerva",
        r"\frac{\pi}{2}",
        _minerva("The integral of $\\frac{1}{1+x^2}$ over the real line is $\\pi$; half of it.", r"\frac{\pi}{2}"),
        C,
    ),
    ("format", "256", "So the number of subsets is \\(\\boxed{256}\\).", C),
    ("format", "256", "So the number of subsets is $2^8$.\n\nAnswer: **256**", C),
    ("tail", "35", "The number of committees is $\\boxed{35}$." + _EOS_DS, C),
    # --- truncated: cut off before any final answer
    ("truncated", "16", "<think>\n" + _T_DIV[:96], T),
    ("truncated", r"\frac{1}{17}", "<think>\nTwo cards are drawn without replacement. P(first heart) =", T),
    ("truncated", r"-2 \pm 3i", "<think>\nAlright, so let's solve $x^2 + 4x + 13 = 0$. The discriminant is", T),
    (
        "truncated",
        "720",
        "<|begin_of_thought|>\n\nThe baker makes 24 cupcakes per batch and 15 batches, so 24 * 15 =",
        T,
    ),
    ("truncated", r"\frac{24}{5}", "<think>\nLet me set up coordinates. Put $A = (0, 0)$, $B = (8, 0)$, and", T),
    ("truncated", "f(x) = x", "<think>\nLet me think about $f(x + y) = f(x) + y$ for all reals. Put $x = 0$:", T),
    (
        "truncated",
        "14",
        "## Understanding the problem\n\nWe need the number of diagonals of a heptagon.\n\n## Counting\n\nEach vertex",
        T,
    ),
]


# Rows the lead wrote while fixing NINTH's first-contact misses (in-sample, like EIGHTH_FIXES).
NINTH_FIXES: list[tuple[str, str, str, str]] = [
    # a closing sentence's verb ("measures", "totals"), a degree sign, a unicode minus
    ("degree", "60^\\circ", "Each angle measures 50°.", W),
    ("format", "120", "All three shipments together total 120.", C),
    ("format", "8", "The minimum value is −8.", W),
    # compound units written group by group
    ("units", "3 \\text{ N m}", "The torque is $\\boxed{3\\,\\mathrm{N}\\cdot\\mathrm{m}}$.", C),
    ("units", "9.8 \\text{ m/s}^2", "The acceleration is $\\boxed{9.6 \\mathrm{~m} / \\mathrm{s}^{2}}$.", W),
    # a bold `Answer.` label
    ("function", "f(x) = x", "**Answer.** $f(x)=x+1$ for all real $x$.", W),
    # powers with a spaced constant or a parenthesised exponent, closing prose
    ("expr_n", "2^{n-1}", "The minimum number of moves is 2^n - 1.", W),
    ("expr_n", "3^{n} - 1", "The count is 3^(n-1).", W),
    ("expr_n", "2^{n+1} - 2", "So the sum is 2^(n+1) - 2.", C),
]
