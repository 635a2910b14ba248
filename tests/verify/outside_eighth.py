"""EIGHTH: held-out labelled answer-verification pairs in outside answer styles (issue 12, section 2).

Written on 2026-12-01 by a helper session (branch h/batch8) for the lead, to measure the verifier at first
contact. Written blind: without reading toolkit/longcot/verify/, the README's verification section, or any
other file in tests/verify/ (only the first 40 lines of outside_fifth.py, for the row format), and without
running longcot, math-verify or any other grader on any pair. Every pair was invented for this file and
labelled by hand (sympy used by hand to check the arithmetic only); pairs a reasonable grader could label
either way were left out. Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect",
or "truncated" (the response stops before it states any final answer). About 60% are correct and 40% close
negatives (a nearby value, a sign, a swapped tuple, a magnitude, a similar expression, an answer stated and
then overruled by a later final statement).
"""

from __future__ import annotations


C, W, T = "correct", "incorrect", "truncated"


def _j(*parts: str) -> str:
    return "\n\n".join(parts)


def _r1(think: str, *answer: str) -> str:
    """DeepSeek-R1 / QwQ: a think block, then a summary."""
    return "<think>\n" + think + "\n</think>\n\n" + _j(*answer)


def _sky(think: str, *answer: str) -> str:
    """Sky-T1 / Bespoke-Stratos: thought and solution markers."""
    return (
        "<|begin_of_thought|>\n\n"
        + think
        + "\n\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\n"
        + _j(*answer)
        + "\n\n<|end_of_solution|>"
    )


def _minerva(work: str, x: str) -> str:
    return work + "\nFinal Answer: The final answer is $" + x + "$. I hope it is correct."


def _disp(x: str) -> str:
    return "**Final Answer**\n\\[\n\\boxed{" + x + "}\n\\]"


_IM = "<|im_end|>\n<|im_start|>user\nThanks! Can you do the next one too?<|im_end|>\n<|im_start|>assistant\n"
_LLAMA = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNow try it with a different starting value.<|eot_id|>"
_GEMMA = (
    "<end_of_turn>\n<start_of_turn>user\nCan you explain the second step again?<end_of_turn>\n<start_of_turn>model\n"
)
_MISTRAL = "</s>[INST] Could you check that with another method? [/INST]"
_PHI = "<|end|>\n<|user|>\nWhat happens if the radius is doubled?<|end|>\n<|assistant|>"

_T_LOG = (
    r"We have $\log_2 x + \log_4 x + \log_{16} x = 7$. Write everything in base 2: $\log_4 x = \frac{1}{2}\log_2 x$ "
    r"and $\log_{16} x = \frac{1}{4}\log_2 x$. So $\left(1 + \frac12 + \frac14\right)\log_2 x = 7$, i.e. "
    r"$\frac{7}{4}\log_2 x = 7$, so $\log_2 x = 4$ and $x = 16$. Hmm, but the problem asks for $m+n$ where "
    r"$\log_x y = m/n$ in lowest terms with $y = 2^{17}$... then $\log_{16} 2^{17} = 17/4$, so $m = 17$, $n = 4$. "
    r"Wait, I should double-check that $17$ and $4$ are coprime: yes. So $m + n = 21$."
)
_T_MOD = (
    "I need the remainder when $3^{100}$ is divided by $1000$. By the Chinese remainder theorem, compute mod 8 "
    "and mod 125. Mod 8: $3^2 = 9 \\equiv 1$, so $3^{100} \\equiv 1$. Mod 125: $\\varphi(125) = 100$, so "
    "$3^{100} \\equiv 1 \\pmod{125}$. So $3^{100} \\equiv 1 \\pmod{1000}$. Let me sanity-check with a smaller "
    "power: $3^{10} = 59049 \\equiv 49 \\pmod{1000}$, and $49^{10} \\bmod 1000$: $49^2 = 2401 \\to 401$, "
    "$401^2 = 160801 \\to 801$, $801^2 \\to 601$, then $49^{10} = 49^8 \\cdot 49^2 \\to 601 \\cdot 401 = 241001 "
    "\\to 1$. Consistent."
)
_T_TRI = (
    "The triangle has sides 13, 14, 15. The semi-perimeter is $s = 21$, so by Heron the area is "
    "$\\sqrt{21 \\cdot 8 \\cdot 7 \\cdot 6} = \\sqrt{7056} = 84$. The inradius is $r = 84/21 = 4$ and the "
    "circumradius is $R = \\frac{abc}{4K} = \\frac{2730}{336} = \\frac{65}{8}$. The question wants $R$, so "
    "$\\frac{65}{8}$. Let me re-verify $abc = 13 \\cdot 14 \\cdot 15 = 2730$ and $4K = 336$; $2730/336$: divide "
    "by 42 to get $65/8$. Yes."
)
_T_QUAD = (
    "Okay, so we want all real $x$ with $x^2 - 2x - 15 < 0$. Factor: $(x-5)(x+3) < 0$. The roots are $-3$ and "
    "$5$; the parabola opens upward, so it is negative strictly between the roots. Endpoints give zero, not "
    "negative, so they are excluded. So $-3 < x < 5$."
)
_T_VEC = (
    "Compute the cross product of $(1, 2, 3)$ and $(4, 5, 6)$. Using the determinant: $i(2\\cdot 6 - 3 \\cdot 5) "
    "- j(1\\cdot 6 - 3\\cdot 4) + k(1\\cdot 5 - 2\\cdot 4) = i(12-15) - j(6-12) + k(5-8) = (-3, 6, -3)$. Check "
    "orthogonality with $(1,2,3)$: $-3 + 12 - 9 = 0$. Good."
)
_T_SEQ = (
    "Let $a_n$ count binary strings of length $n$ that start with 1. The first bit is fixed and each of the "
    "remaining $n-1$ bits is free, so $a_n = 2^{n-1}$. Check: $n=1$ gives 1 string, namely '1'; $n=2$ gives "
    "'10', '11', which is 2; $n=3$ gives 4. Matches $2^{n-1}$."
)
_T_GSM = (
    "Maria buys 3 notebooks at \\$4.50 each and 2 pens at \\$1.25 each. Notebooks: 3 * 4.50 = 13.50. Pens: "
    "2 * 1.25 = 2.50. Total = 13.50 + 2.50 = 16.00. She pays with a \\$20 bill, so her change is 20 - 16 = 4."
)

EIGHTH: list[tuple[str, str, str, str]] = [
    # --- AIME-style integers in R1 / Sky-T1 responses
    ("aime", "21", _r1(_T_LOG, r"Since $\log_{16} 2^{17} = \frac{17}{4}$, we get $m+n = 17+4$.", _disp("21")), C),
    ("aime", "21", _r1(_T_LOG, r"So $m + n = \boxed{021}$."), C),
    ("aime", "21", _r1(_T_LOG, r"Since $\log_{16} 2^{17} = \frac{17}{4}$, we get $m+n = 17+4$.", _disp("12")), W),
    ("aime", "21", _r1(_T_LOG, r"Therefore $m + n = \boxed{20}$."), W),
    ("aime", "1", _r1(_T_MOD, r"The remainder when $3^{100}$ is divided by $1000$ is $\boxed{1}$."), C),
    ("aime", "1", _r1(_T_MOD, r"The last three digits of $3^{100}$ are $001$, so the remainder is $\boxed{001}$."), C),
    ("aime", "1", _r1(_T_MOD, r"The remainder when $3^{100}$ is divided by $1000$ is $\boxed{49}$."), W),
    (
        "aime",
        "468",
        _sky(
            "Count lattice points... each quadrant contributes 117 points by symmetry, so 4 * 117 = 468.",
            r"By symmetry each of the four quadrants contributes $117$ points, so the total is $4 \cdot 117 = "
            r"\boxed{468}$.",
        ),
        C,
    ),
    (
        "aime",
        "468",
        _sky(
            "Count lattice points... each quadrant contributes 117 points by symmetry, so 4 * 117 = 468.",
            r"By symmetry each of the four quadrants contributes $117$ points, so the total is $\boxed{486}$.",
        ),
        W,
    ),
    (
        "aime",
        "116",
        _r1(
            "The probability is 17/99 after reducing 34/198 by 2. gcd(17, 99) = 1 since 99 = 9 * 11.",
            r"The probability is $\frac{17}{99}$, so $m = 17$, $n = 99$ and $m + n = \boxed{116}$.",
        ),
        C,
    ),
    (
        "aime",
        "116",
        _r1(
            "The probability is 17/99 after reducing 34/198 by 2. gcd(17, 99) = 1 since 99 = 9 * 11.",
            r"The probability is $\frac{17}{99}$, so $m + n = \boxed{117}$.",
        ),
        W,
    ),
    ("aime", "0", _r1("Every term is divisible by 7, so the sum is 0 mod 7.", r"The remainder is $\boxed{0}$."), C),
    ("aime", "0", _r1("Every term is divisible by 7 except the last one, which is 1 mod 7.", r"$\boxed{1}$"), W),
    (
        "aime",
        "840",
        _r1(
            "The least common multiple of 1 through 8 is 840: 8 * 3 * 5 * 7 = 840.",
            "**Answer.** The smallest such positive integer is $\\mathbf{840}$.\n\n$\\boxed{840}$",
        ),
        C,
    ),
    (
        "aime",
        "840",
        _r1(
            "The least common multiple of 1 through 8 is 8 * 3 * 5 * 7 = 840, but we also need divisibility by 9.",
            r"So we need $\operatorname{lcm}(1,\dots,9) = 2520$, and the answer is $\boxed{2520}$.",
        ),
        W,
    ),
    # --- circumradius (fractions) in several styles
    ("fraction", r"\frac{65}{8}", _r1(_T_TRI, r"The circumradius is $R = \boxed{\dfrac{65}{8}}$."), C),
    ("fraction", r"\frac{65}{8}", _r1(_T_TRI, r"The circumradius is $R = \boxed{8.125}$."), C),
    ("fraction", r"\frac{65}{8}", _r1(_T_TRI, r"So $R = \frac{65}{8} = \boxed{8.125}$ exactly."), C),
    ("fraction", r"\frac{65}{8}", _r1(_T_TRI, r"The circumradius is $R = \boxed{\dfrac{65}{4}}$."), W),
    ("fraction", r"\frac{65}{8}", _r1(_T_TRI, r"The inradius is $r = \boxed{4}$."), W),
    ("fraction", r"\frac{65}{8}", _sky(_T_TRI, r"$R = \frac{abc}{4K} = \frac{2730}{336} = \boxed{\frac{65}{8}}$"), C),
    ("fraction", r"\frac{65}{8}", _sky(_T_TRI, r"$R = \frac{abc}{4K} = \boxed{\frac{2730}{336}}$"), C),
    ("fraction", r"\frac{65}{8}", _sky(_T_TRI, r"$R = \frac{abc}{4K} = \boxed{\frac{56}{5}}$"), W),
    ("fraction", r"\frac{3}{8}", "The probability is therefore $\\boxed{\\tfrac{3}{8}}$.", C),
    ("fraction", r"\frac{3}{8}", "The probability is therefore $\\boxed{0.375}$.", C),
    ("fraction", r"\frac{3}{8}", "The probability is therefore $\\boxed{\\frac{6}{16}}$.", C),
    ("fraction", r"\frac{3}{8}", "The probability is therefore $\\boxed{\\frac{3}{4}}$.", W),
    ("fraction", r"\frac{3}{8}", "The probability is therefore $\\boxed{\\frac{5}{8}}$.", W),
    ("fraction", r"-\frac{5}{12}", "Hence the slope is $\\boxed{\\frac{-5}{12}}$.", C),
    ("fraction", r"-\frac{5}{12}", "Hence the slope is $\\boxed{−\\frac{5}{12}}$.", C),
    ("fraction", r"-\frac{5}{12}", "Hence the slope is $\\boxed{-\\left(\\frac{5}{12}\\right)}$.", C),
    ("fraction", r"-\frac{5}{12}", "Hence the slope is $\\boxed{\\frac{5}{12}}$.", W),
    ("fraction", r"-\frac{5}{12}", "Hence the slope is $\\boxed{-\\frac{12}{5}}$.", W),
    ("fraction", r"\dfrac{11}{21}", "So the ratio $V_1 : V_2$ simplifies and the fraction is $\\boxed{11/21}$.", C),
    ("fraction", r"\dfrac{11}{21}", "So the fraction is $\\boxed{21/11}$.", W),
    # --- Minerva format
    ("minerva", r"\frac{7}{2}", _minerva("Solving $2x - 7 = 0$ gives $x = 7/2$.", r"\frac{7}{2}"), C),
    ("minerva", r"\frac{7}{2}", _minerva("Solving $2x - 7 = 0$ gives $x = 3.5$.", "3.5"), C),
    ("minerva", r"\frac{7}{2}", _minerva("Solving $7x - 2 = 0$ gives $x = 2/7$.", r"\frac{2}{7}"), W),
    ("minerva", "-4", _minerva("Substituting back, $f(-1) = -4$.", "-4"), C),
    ("minerva", "-4", _minerva("Substituting back, $f(1) = 4$.", "4"), W),
    ("minerva", r"3\sqrt{2}", _minerva("The diagonal of a square of side 3 is $\\sqrt{18}$.", r"\sqrt{18}"), C),
    ("minerva", r"3\sqrt{2}", _minerva("The distance is $\\sqrt{12}$.", r"2\sqrt{3}"), W),
    ("minerva", "12000", _minerva("The product is $1.2 \\times 10^4$.", r"1.2 \times 10^{4}"), C),
    ("minerva", "12000", _minerva("The product is $1.2 \\times 10^3$.", r"1.2 \times 10^{3}"), W),
    ("minerva", "750", _minerva("The wavelength is $750$ nm.", r"750 \mathrm{~nm}"), C),
    ("minerva", "750", _minerva("The wavelength is $570$ nm.", r"570 \mathrm{~nm}"), W),
    ("minerva", r"4.5 \times 10^{-3}", _minerva("So the concentration is 0.0045 M.", "0.0045"), C),
    ("minerva", r"4.5 \times 10^{-3}", _minerva("So the concentration is 0.045 M.", r"4.5 \times 10^{-2}"), W),
    # --- GSM8K
    ("gsm8k", "4", _j(_T_GSM, "She gets $4 back in change.\n#### 4"), C),
    ("gsm8k", "4", _j(_T_GSM, "#### 4.00"), C),
    ("gsm8k", "4", _j(_T_GSM, "She gets $16 worth of items.\n#### 16"), W),
    ("gsm8k", "1,250", "He saves 125 dollars a week for 10 weeks: 125 * 10 = 1250.\n#### 1250", C),
    ("gsm8k", "1250", "He saves 125 dollars a week for 10 weeks: 125 * 10 = 1,250.\n#### 1,250", C),
    ("gsm8k", "1250", "He saves 125 dollars a week for 10 weeks: 125 * 10 = 1205.\n#### 1205", W),
    ("gsm8k", "1250", "He saves 125 dollars a week for 100 weeks: 125 * 100 = 12500.\n#### 12,500", W),
    ("gsm8k", "18", "Janet sells 9 eggs at $2 each: 9 * 2 = <<9*2=18>>18.\n#### 18", C),
    ("gsm8k", "18", "Janet sells 8 eggs at $2 each: 8 * 2 = <<8*2=16>>16.\n#### 16", W),
    ("gsm8k", "42.5", "Each ticket is $8.50 and there are 5 tickets: 5 * 8.50 = $42.50.\n#### 42.50", C),
    ("gsm8k", "42.5", "Each ticket is $8.50 and there are 5 tickets: 5 * 8.50 = $42.05.\n#### 42.05", W),
    # --- simple-evals "Answer:" and lm-eval "The answer is"
    ("simple", r"\frac{1}{6}", "There are 6 favourable outcomes out of 36.\n\nAnswer: 1/6", C),
    ("simple", r"\frac{1}{6}", "There are 6 favourable outcomes out of 36, each equally likely.\n\nAnswer: 1/36", W),
    ("simple", "12", "The number of edges of a cube is 12.\n\nAnswer $12$", C),
    ("simple", "12", "The number of faces of a cube is 6 and it has 12 edges, but we want vertices.\n\nAnswer: 8", W),
    ("simple", "250", "Answer: $250$", C),
    ("simple", "250", "Answer: $\\boxed{205}$", W),
    ("lmeval", "27", "Q: What is 3 cubed?\nA: 3 * 3 * 3 = 27. The answer is 27.", C),
    ("lmeval", "27", "Q: What is 3 cubed?\nA: 3 * 3 = 9. The answer is 9.", W),
    ("lmeval", "-7", "Let's think step by step. 5 - 12 = -7. The answer is -7.", C),
    ("lmeval", "-7", "Let's think step by step. 12 - 5 = 7. The answer is 7.", W),
    # --- Claude-style markdown
    (
        "claude",
        "(2, -1)",
        "## Setting up the system\n\nFrom the first equation, $x = 3 + y$. Substituting into the second "
        "gives $2(3 + y) + y = 3$, so $3y = -3$.\n\n## Solving\n\n$y = -1$, hence $x = 2$.\n\n"
        "**Answer:** $(x, y) = (2, -1)$",
        C,
    ),
    (
        "claude",
        "(2, -1)",
        "## Setting up the system\n\nFrom the first equation, $x = 3 + y$. Substituting gives $3y = -3$.\n\n"
        "## Solving\n\n$y = -1$, hence $x = 2$.\n\n**Answer:** $(x, y) = (-1, 2)$",
        W,
    ),
    (
        "claude",
        "(2, -1)",
        "## Solution\n\nThe solution is $x = 2$ and $y = -1$.\n\n**Answer:** $\\boxed{(2,\\,-1)}$",
        C,
    ),
    ("claude", "(2, -1)", "## Solution\n\n**Answer:** $\\boxed{(2, 1)}$", W),
    (
        "claude",
        r"\frac{\pi}{3}",
        "## Step 1: Use the dot product\n\n$\\cos\\theta = \\frac{\\mathbf{u}\\cdot\\mathbf{v}}{|\\mathbf{u}||"
        "\\mathbf{v}|} = \\frac{1}{2}$.\n\n## Step 2: Invert\n\n**The angle is $\\theta = \\dfrac{\\pi}{3}$.**",
        C,
    ),
    (
        "claude",
        r"\frac{\pi}{3}",
        "## Step 1: Use the dot product\n\n$\\cos\\theta = \\frac{\\sqrt{3}}{2}$.\n\n## Step 2: Invert\n\n"
        "**The angle is $\\theta = \\dfrac{\\pi}{6}$.**",
        W,
    ),
    (
        "claude",
        "17",
        "# Counting the paths\n\nI'll split by the first move.\n\n- Right first: 10 paths\n- Up first: 7 paths\n\n"
        "**Total: 17 paths.**",
        C,
    ),
    (
        "claude",
        "17",
        "# Counting the paths\n\n- Right first: 10 paths\n- Up first: 7 paths\n\nThat double counts the "
        "diagonal path once, so\n\n**Total: 16 paths.**",
        W,
    ),
    # --- o-series style summaries
    ("oseries", "64", "**Solution sketch**\n\n- $4^3 = 64$.\n- No smaller cube works.\n\n**Answer: 64**", C),
    ("oseries", "64", "**Solution sketch**\n\n- $4^3 = 64$, but $8^2 = 64$ too.\n\n**Answer: 46**", W),
    ("oseries", r"2\sqrt{6}", "Reasoning summarized.\n\nFinal answer: $2\\sqrt{6}$", C),
    ("oseries", r"2\sqrt{6}", "Reasoning summarized.\n\nFinal answer: $\\sqrt{24}$", C),
    ("oseries", r"2\sqrt{6}", "Reasoning summarized.\n\nFinal answer: $6\\sqrt{2}$", W),
    ("oseries", r"2\sqrt{6}", "Reasoning summarized.\n\nFinal answer: $4\\sqrt{6}$", W),
    # --- radicals
    ("radical", r"\frac{\sqrt{3}}{3}", "So $\\tan 30^\\circ = \\boxed{\\frac{1}{\\sqrt{3}}}$.", C),
    ("radical", r"\frac{\sqrt{3}}{3}", "So the value is sqrt(3)/3.", C),
    ("radical", r"\frac{\sqrt{3}}{3}", "So $\\tan 60^\\circ = \\boxed{\\sqrt{3}}$.", W),
    ("radical", r"\frac{\sqrt{3}}{3}", "So the value is $\\boxed{\\frac{\\sqrt{3}}{2}}$.", W),
    ("radical", r"1+\sqrt{5}", "Taking the positive root, $x = \\boxed{\\sqrt5 + 1}$.", C),
    ("radical", r"1+\sqrt{5}", "Taking the positive root, $x = \\boxed{\\frac{2 + 2\\sqrt{5}}{2}}$.", C),
    ("radical", r"1+\sqrt{5}", "Taking the negative root, $x = \\boxed{1 - \\sqrt{5}}$.", W),
    ("radical", r"1+\sqrt{5}", "Taking the positive root, $x = \\boxed{\\frac{1 + \\sqrt{5}}{2}}$.", W),
    ("radical", r"\sqrt[3]{2}", "The side length is $\\boxed{2^{1/3}}$.", C),
    ("radical", r"\sqrt[3]{2}", "The side length is $\\boxed{\\sqrt{2}}$.", W),
    ("radical", r"5\sqrt{3}", "Therefore the height is $5\\sqrt{3}$ units, i.e. $\\boxed{\\sqrt{75}}$.", C),
    ("radical", r"5\sqrt{3}", "Therefore the height is $\\boxed{3\\sqrt{5}}$.", W),
    # --- pi
    ("pi", r"16\pi", _r1("Radius 4, area pi r^2 = 16 pi.", r"The area is $\boxed{16\pi}$."), C),
    ("pi", r"16\pi", _r1("Radius 4, area pi r^2 = 16 pi.", "The area is $\\boxed{16π}$."), C),
    ("pi", r"16\pi", _r1("Radius 4, area pi r^2 = 16 pi.", r"The area is $\boxed{\pi \cdot 16}$."), C),
    ("pi", r"16\pi", _r1("Radius 4, circumference 2 pi r = 8 pi.", r"The answer is $\boxed{8\pi}$."), W),
    ("pi", r"16\pi", _r1("Radius 4, area pi r^2.", r"The area is $\boxed{16\pi^2}$."), W),
    ("pi", r"\frac{9\pi}{2}", "The volume of the hemisphere is $\\boxed{\\frac{9}{2}\\pi}$.", C),
    ("pi", r"\frac{9\pi}{2}", "The volume of the hemisphere is $\\boxed{4.5\\pi}$.", C),
    ("pi", r"\frac{9\pi}{2}", "The volume of the hemisphere is $\\boxed{\\frac{2\\pi}{9}}$.", W),
    ("pi", r"\frac{9\pi}{2}", "The volume of the sphere is $\\boxed{9\\pi}$.", W),
    ("pi", r"100\pi - 200", "The shaded region has area $\\boxed{100(\\pi - 2)}$.", C),
    ("pi", r"100\pi - 200", "The shaded region has area $\\boxed{100\\pi - 100}$.", W),
    ("pi", r"100\pi - 200", "The shaded region has area $\\boxed{200 - 100\\pi}$.", W),
    # --- logs
    ("log", r"\log_2 3", "Solving $2^x = 3$ gives $x = \\boxed{\\frac{\\ln 3}{\\ln 2}}$.", C),
    ("log", r"\log_2 3", "Solving $2^x = 3$ gives $x = \\boxed{\\log_{2}3}$.", C),
    ("log", r"\log_2 3", "Solving $3^x = 2$ gives $x = \\boxed{\\log_3 2}$.", W),
    ("log", r"2\ln 2", "The integral evaluates to $\\boxed{\\ln 4}$.", C),
    ("log", r"2\ln 2", "The integral evaluates to $\\boxed{\\ln 2}$.", W),
    ("log", r"2\ln 2", "The integral evaluates to $\\boxed{2\\log_{10} 2}$.", W),
    ("log", "3", "We get $x = \\log_2 8 = \\boxed{3}$.", C),
    # --- trig values
    ("trig", r"\frac{\sqrt{2}}{2}", "Thus $\\sin 45^\\circ = \\boxed{\\frac{1}{\\sqrt 2}}$.", C),
    ("trig", r"\frac{\sqrt{2}}{2}", "Thus $\\sin 60^\\circ = \\boxed{\\frac{\\sqrt3}{2}}$.", W),
    ("trig", r"-\frac{1}{2}", "Therefore $\\cos\\frac{2\\pi}{3} = \\boxed{-\\frac12}$.", C),
    ("trig", r"-\frac{1}{2}", "Therefore $\\cos\\frac{2\\pi}{3} = \\boxed{-0.5}$.", C),
    ("trig", r"-\frac{1}{2}", "Therefore $\\cos\\frac{\\pi}{3} = \\boxed{\\frac12}$.", W),
    ("trig", r"2-\sqrt{3}", "Using the half-angle formula, $\\tan 15^\\circ = \\boxed{2 - \\sqrt{3}}$.", C),
    ("trig", r"2-\sqrt{3}", "Using the half-angle formula, $\\tan 15^\\circ = \\boxed{\\frac{1}{2+\\sqrt{3}}}$.", C),
    ("trig", r"2-\sqrt{3}", "Using the half-angle formula, the value is $\\boxed{\\sqrt{3} - 2}$.", W),
    ("trig", r"2-\sqrt{3}", "Using the half-angle formula, $\\tan 75^\\circ = \\boxed{2 + \\sqrt{3}}$.", W),
    # --- degrees
    ("degree", r"120^\circ", "The interior angle is $\\boxed{120^{\\circ}}$.", C),
    ("degree", r"120^\circ", "The interior angle is $\\boxed{120}$ degrees.", C),
    ("degree", r"120^\circ", "The exterior angle is $\\boxed{60^\\circ}$.", W),
    ("degree", "45", "So $\\angle ABC = \\boxed{45^\\circ}$.", C),
    ("degree", "45", "So $\\angle ABC = \\boxed{135^\\circ}$.", W),
    # --- percent
    ("percent", r"25\%", "The price dropped by $\\boxed{25\\%}$.", C),
    ("percent", r"25\%", "The price dropped by 25%.\n\nAnswer: 25%", C),
    ("percent", r"25\%", "The price dropped by $\\boxed{20\\%}$.", W),
    ("percent", "40", "So $\\boxed{40\\%}$ of the students chose blue.", C),
    ("percent", "40", "So $\\boxed{60\\%}$ of the students chose blue.", W),
    # --- money and thousands separators
    ("money", r"\$18.90", "The total cost is $\\boxed{\\$18.90}$.", C),
    ("money", r"\$18.90", "The total cost is $\\boxed{18.9}$ dollars.", C),
    ("money", r"\$18.90", "The total cost is $\\boxed{\\$19.80}$.", W),
    ("money", "1,234,000", "The population is $\\boxed{1234000}$.", C),
    ("money", "1,234,000", "The population is $\\boxed{1{,}234{,}000}$.", C),
    ("money", "1,234,000", "The population is $\\boxed{123{,}400}$.", W),
    ("money", "1,234,000", "The population is $\\boxed{1{,}243{,}000}$.", W),
    # --- units
    ("units", r"12 \text{ cm}", "The perimeter is $\\boxed{12\\text{ cm}}$.", C),
    ("units", r"12 \text{ cm}", "The perimeter is $\\boxed{12}$ centimetres.", C),
    ("units", r"12 \text{ cm}", "The perimeter is $\\boxed{14\\text{ cm}}$.", W),
    ("units", r"5\text{ m/s}", "The final speed is $\\boxed{5\\ \\mathrm{m/s}}$.", C),
    ("units", r"5\text{ m/s}", "The final speed is $\\boxed{5 \\text{ meters per second}}$.", C),
    ("units", r"5\text{ m/s}", "The final speed is $\\boxed{0.5 \\text{ m/s}}$.", W),
    ("units", r"5\text{ m/s}", "The final speed is $\\boxed{50\\,\\mathrm{m/s}}$.", W),
    # --- scientific notation
    ("sci", r"6.02 \times 10^{23}", "There are $\\boxed{6.02\\times10^{23}}$ molecules.", C),
    ("sci", r"6.02 \times 10^{23}", "There are $\\boxed{6.02 \\cdot 10^{23}}$ molecules.", C),
    ("sci", r"6.02 \times 10^{23}", "There are about 6.02e23 molecules.\n\nAnswer: 6.02e23", C),
    ("sci", r"6.02 \times 10^{23}", "There are $\\boxed{6.02\\times10^{22}}$ molecules.", W),
    ("sci", r"3 \times 10^{-5}", "The rate constant is $\\boxed{0.00003}$.", C),
    ("sci", r"3 \times 10^{-5}", "The rate constant is $\\boxed{3\\times 10^{5}}$.", W),
    ("sci", r"3 \times 10^{-5}", "The rate constant is $\\boxed{3\\times 10^{-6}}$.", W),
    # --- decimals and TheoremQA floats
    ("decimal", "0.125", "The probability is $\\boxed{\\frac{1}{8}}$.", C),
    ("decimal", "0.125", "The probability is $\\boxed{0.0125}$.", W),
    ("decimal", "2.75", "The mean is $\\boxed{2.750}$.", C),
    ("decimal", "2.75", "The mean is $\\boxed{\\frac{11}{4}}$.", C),
    ("decimal", "2.75", "The mean is $\\boxed{2.57}$.", W),
    ("theoremqa", "0.61", "Computing the ratio gives 0.61.\n\nTherefore, the answer is 0.61.", C),
    ("theoremqa", "0.61", "Computing the ratio gives 0.16.\n\nTherefore, the answer is 0.16.", W),
    ("theoremqa", "True", "Every bounded monotone sequence converges, so the statement holds. The answer is True.", C),
    ("theoremqa", "True", "A counterexample exists, so the claim fails. The answer is False.", W),
    (
        "theoremqa",
        "False",
        "The matrix has a repeated eigenvalue with one eigenvector.\n\nTherefore, the answer is False.",
        C,
    ),
    (
        "theoremqa",
        "False",
        "The matrix has distinct eigenvalues, so it is diagonalizable.\n\nTherefore, the answer is True.",
        W,
    ),
    (
        "theoremqa",
        "[2, 3, 5]",
        "The eigenvalues in increasing order are 2, 3, 5. Therefore, the answer is [2, 3, 5].",
        C,
    ),
    (
        "theoremqa",
        "[2, 3, 5]",
        "The eigenvalues in increasing order are 2, 3, 7. Therefore, the answer is [2, 3, 7].",
        W,
    ),
    # --- intervals and inequalities
    ("interval", "(-3, 5)", _r1(_T_QUAD, r"The solution set is $\boxed{(-3, 5)}$."), C),
    ("interval", "(-3, 5)", _r1(_T_QUAD, r"The solution set is $\boxed{-3 < x < 5}$."), C),
    ("interval", "(-3, 5)", _r1(_T_QUAD, r"The solution set is $\boxed{\left( -3, 5 \right)}$."), C),
    ("interval", "(-3, 5)", _r1(_T_QUAD, r"The solution set is $\boxed{[-3, 5]}$."), W),
    ("interval", "(-3, 5)", _r1(_T_QUAD, r"The solution set is $\boxed{(-5, 3)}$."), W),
    ("interval", "(-3, 5)", _r1(_T_QUAD, r"The solution set is $\boxed{(-\infty, -3) \cup (5, \infty)}$."), W),
    ("interval", "[-2, 5)", "So the domain is $\\boxed{[-2,5)}$.", C),
    ("interval", "[-2, 5)", "So the domain is $\\boxed{-2 \\le x < 5}$.", C),
    ("interval", "[-2, 5)", "So the domain is $\\boxed{(-2,5]}$.", W),
    ("interval", "[-2, 5)", "So the domain is $\\boxed{[-2,5]}$.", W),
    (
        "interval",
        r"(-\infty, 3) \cup (4, \infty)",
        "The inequality holds for $x<3$ or $x>4$.\n\nAnswer: $x<3$ or $x>4$",
        C,
    ),
    ("interval", r"(-\infty, 3) \cup (4, \infty)", "Thus $x \\in \\boxed{(-\\infty,3)\\cup(4,+\\infty)}$.", C),
    ("interval", r"(-\infty, 3) \cup (4, \infty)", "Thus $x \\in \\boxed{(3,4)}$.", W),
    ("interval", r"(-\infty, 3) \cup (4, \infty)", "Thus $x \\in \\boxed{(-\\infty,3]\\cup[4,\\infty)}$.", W),
    ("interval", "(-3, 3)", "The condition is $\\boxed{|x| < 3}$.", C),
    ("interval", "(-3, 3)", "The condition is $\\boxed{|x| \\le 3}$.", W),
    ("inequality", r"x \geq 2", "Therefore $\\boxed{x \\in [2, \\infty)}$.", C),
    ("inequality", r"x \geq 2", "Therefore $\\boxed{x \\ge 2}$.", C),
    ("inequality", r"x \geq 2", "Therefore $\\boxed{x > 2}$.", W),
    ("inequality", r"x \geq 2", "Therefore $\\boxed{x \\le 2}$.", W),
    # --- sets and solution lists
    ("set", r"\{1, 2, 4\}", "The divisors are $\\boxed{\\{4, 2, 1\\}}$.", C),
    ("set", r"\{1, 2, 4\}", "The divisors are $\\boxed{1, 2, 4}$.", C),
    ("set", r"\{1, 2, 4\}", "The divisors are $\\boxed{\\{1, 2, 3\\}}$.", W),
    ("set", r"\{1, 2, 4\}", "The divisors are $\\boxed{\\{1, 2, 4, 8\\}}$.", W),
    ("set", r"\emptyset", "No real number works, so the solution set is $\\boxed{\\varnothing}$.", C),
    ("set", r"\emptyset", "Only zero works, so the solution set is $\\boxed{\\{0\\}}$.", W),
    ("set", "-1, 3", "So $x = -1$ or $x = 3$.\n\n**Answer:** $x = -1$ or $x = 3$", C),
    ("set", "-1, 3", "The roots are $\\boxed{3, -1}$.", C),
    ("set", "-1, 3", "The roots are $\\boxed{1, -3}$.", W),
    ("set", "-1, 3", "The roots are $\\boxed{-1}$ and $\\boxed{3}$.", C),
    ("set", r"\pm 2", "The solutions are $\\boxed{2, -2}$.", C),
    ("set", r"\pm 2", "The solutions are $\\boxed{x = \\pm 2}$.", C),
    ("set", r"\pm 2", "The positive solution is $\\boxed{2}$.", W),
    ("set", r"\pm 2", "The solutions are $\\boxed{\\pm 4}$.", W),
    # --- tuples and points
    ("tuple", "(3, -4)", "The center is at $\\boxed{\\left( 3, -4 \\right)}$.", C),
    ("tuple", "(3, -4)", "The center is at $\\boxed{(3,\\,-4)}$.", C),
    ("tuple", "(3, -4)", "The center is at $\\boxed{(-4, 3)}$.", W),
    ("tuple", "(3, -4)", "The center is at $\\boxed{(3, 4)}$.", W),
    ("tuple", "(3, 2)", "Hence $(p, q) = \\boxed{(3, 2)}$.", C),
    ("tuple", "(3, 2)", "Hence $\\boxed{(p,q)=(3,2)}$.", C),
    ("tuple", "(3, 2)", "Hence $\\boxed{(p,q)=(2,3)}$.", W),
    ("tuple", "(1, 2), (2, 1)", "The only solutions are $\\boxed{(2, 1), (1, 2)}$.", C),
    ("tuple", "(1, 2), (2, 1)", "The only solution is $\\boxed{(1, 2)}$.", W),
    # --- vectors and matrices
    (
        "vector",
        r"\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}",
        _r1(_T_VEC, r"$\boxed{\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}}$"),
        C,
    ),
    (
        "vector",
        r"\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}",
        _r1(_T_VEC, r"$\boxed{\begin{pmatrix}-3\\6\\-3\end{pmatrix}}$"),
        C,
    ),
    (
        "vector",
        r"\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}",
        _r1(_T_VEC, r"$\boxed{\begin{pmatrix} 3 \\ -6 \\ 3 \end{pmatrix}}$"),
        W,
    ),
    (
        "vector",
        r"\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}",
        _r1(_T_VEC, r"$\boxed{\begin{pmatrix} -3 \\ -6 \\ -3 \end{pmatrix}}$"),
        W,
    ),
    (
        "vector",
        r"\begin{pmatrix} 1/2 \\ 0 \end{pmatrix}",
        r"The projection is $\boxed{\begin{pmatrix} \frac{1}{2} \\ 0 \end{pmatrix}}$.",
        C,
    ),
    (
        "vector",
        r"\begin{pmatrix} 1/2 \\ 0 \end{pmatrix}",
        r"The projection is $\boxed{\begin{pmatrix} 0 \\ \frac{1}{2} \end{pmatrix}}$.",
        W,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        r"So $A = \boxed{\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}}$.",
        C,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        r"So $A = \boxed{\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}}$.",
        W,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}",
        r"So $M = \boxed{\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix} + \begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}}$"
        ".",
        C,
    ),
    (
        "matrix",
        r"\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}",
        r"So $M = \boxed{\begin{pmatrix} 2 & 0 \\ 0 & -2 \end{pmatrix}}$.",
        W,
    ),
    # --- complex numbers
    ("complex", "3 - 4i", "Therefore $z = \\boxed{3 - 4i}$.", C),
    ("complex", "3 - 4i", "Therefore $z = \\boxed{-4i + 3}$.", C),
    ("complex", "3 - 4i", "Therefore $z = \\boxed{3 + 4i}$.", W),
    ("complex", "3 - 4i", "Therefore $z = \\boxed{4 - 3i}$.", W),
    ("complex", r"\frac{1}{2} + \frac{\sqrt{3}}{2}i", r"So $\omega = \boxed{\frac{1 + i\sqrt{3}}{2}}$.", C),
    ("complex", r"\frac{1}{2} + \frac{\sqrt{3}}{2}i", r"So $\omega = \boxed{\frac{\sqrt{3}}{2} + \frac{1}{2}i}$.", W),
    ("complex", r"\frac{1}{2} + \frac{\sqrt{3}}{2}i", r"So $\omega = \boxed{\frac{1}{2} - \frac{\sqrt{3}}{2}i}$.", W),
    ("complex", "i", "Simplifying, $\\frac{1+i}{1-i} = \\boxed{i}$.", C),
    ("complex", "i", "Simplifying, $\\frac{1-i}{1+i} = \\boxed{-i}$.", W),
    # --- equations
    ("equation", "y = 2x + 3", "The line is $\\boxed{y=2x+3}$.", C),
    ("equation", "y = 2x + 3", "The line is $\\boxed{y = 3 + 2x}$.", C),
    ("equation", "y = 2x + 3", "The line is $\\boxed{y=3x+2}$.", W),
    ("equation", "y = 2x + 3", "The line is $\\boxed{y = 2x - 3}$.", W),
    ("equation", "(x-1)^2 + (y+2)^2 = 9", "The circle is $\\boxed{(x - 1)^2 + (y + 2)^2 = 9}$.", C),
    ("equation", "(x-1)^2 + (y+2)^2 = 9", "The circle is $\\boxed{(x+1)^2+(y-2)^2=9}$.", W),
    ("equation", "(x-1)^2 + (y+2)^2 = 9", "The circle is $\\boxed{(x-1)^2+(y+2)^2=3}$.", W),
    # --- polynomials
    ("polynomial", "x^2 - 5x + 6", "The polynomial is $\\boxed{(x-2)(x-3)}$.", C),
    ("polynomial", "x^2 - 5x + 6", "The polynomial is $\\boxed{(x-3)(x-2)}$.", C),
    ("polynomial", "x^2 - 5x + 6", "The polynomial is $\\boxed{(x+2)(x+3)}$.", W),
    ("polynomial", "x^2 - 5x + 6", "The polynomial is $\\boxed{x^2+5x+6}$.", W),
    ("polynomial", "(x+1)^3", "Expanding, $p(x) = \\boxed{x^3 + 3x^2 + 3x + 1}$.", C),
    ("polynomial", "(x+1)^3", "Expanding, $p(x) = \\boxed{x^3 + 1}$.", W),
    # --- functions
    ("function", "f(x) = 3x - 1", "So the function is $\\boxed{f(x) = 3x-1}$.", C),
    ("function", "f(x) = 3x - 1", "So the function is $\\boxed{3x - 1}$.", C),
    ("function", "f(x) = 3x - 1", "So the function is $\\boxed{f(x)=3x+1}$.", W),
    ("function", "f(x) = 3x - 1", "So the function is $\\boxed{f(x) = 1 - 3x}$.", W),
    # --- expressions in n (OlympiadBench / Omni-MATH)
    ("expr_n", "2^{n-1}", _sky(_T_SEQ, r"$a_n = \boxed{2^{n-1}}$"), C),
    ("expr_n", "2^{n-1}", _sky(_T_SEQ, r"$a_n = \boxed{\frac{2^n}{2}}$"), C),
    ("expr_n", "2^{n-1}", _sky(_T_SEQ, r"$a_n = \boxed{2^n - 1}$"), W),
    ("expr_n", "2^{n-1}", _sky(_T_SEQ, r"$a_n = \boxed{2^{n}}$"), W),
    ("expr_n", r"\frac{n(n+1)}{2}", "The total is $\\boxed{\\binom{n+1}{2}}$.", C),
    ("expr_n", r"\frac{n(n+1)}{2}", "The total is $\\boxed{\\frac{n^2+n}{2}}$.", C),
    ("expr_n", r"\frac{n(n+1)}{2}", "The total is $\\boxed{\\frac{n(n-1)}{2}}$.", W),
    ("expr_n", "n^2 - n + 1", "The maximum is $\\boxed{n^2-n+1}$.", C),
    ("expr_n", "n^2 - n + 1", "The maximum is $\\boxed{n^2+n+1}$.", W),
    # --- text answers
    ("text", r"\text{parabola}", "The locus is $\\boxed{\\text{a parabola}}$.", C),
    ("text", r"\text{parabola}", "The locus is $\\boxed{\\text{hyperbola}}$.", W),
    ("text", "Tuesday", "Counting forward 100 days lands on $\\boxed{\\text{Tuesday}}$.", C),
    ("text", "Tuesday", "Counting forward 100 days lands on $\\boxed{\\text{Thursday}}$.", W),
    ("text", r"\text{even}", "Since $f(-x) = f(x)$, the function is $\\boxed{\\text{even}}$.", C),
    ("text", r"\text{even}", "Since $f(-x) = -f(x)$, the function is $\\boxed{\\text{odd}}$.", W),
    # --- base-n numbers
    ("base", "1011_2", "In binary this is $\\boxed{1011_2}$.", C),
    ("base", "1011_2", "In binary this is $\\boxed{1011_{2}}$.", C),
    ("base", "1011_2", "In binary this is $\\boxed{1101_2}$.", W),
    ("base", "243_5", "Converting, we get $\\boxed{243_5}$.", C),
    ("base", "243_5", "Converting, we get $\\boxed{234_5}$.", W),
    # --- multiple choice (AMC / MMLU / GPQA)
    ("choice", "C", "Only option (C) satisfies both conditions.\n\n$\\boxed{C}$", C),
    ("choice", "C", "Only option (C) satisfies both conditions.\n\n$\\boxed{\\textbf{(C)}}$", C),
    ("choice", "C", "Only option (C) satisfies both conditions.\n\nAnswer: (C)", C),
    ("choice", "C", "Option (C) fails the second condition, so it must be (D).\n\n$\\boxed{D}$", W),
    ("choice", "B", "The correct answer is (B).", C),
    ("choice", "B", "Eliminating (A) and (C), the correct answer is (D).", W),
    ("choice", "A", "Answer: A", C),
    ("choice", "A", "Answer: B", W),
    ("choice", "17", "The minimum is attained at $n = 4$, giving $\\boxed{\\textbf{(D)}\\ 17}$.", C),
    ("choice", "17", "The minimum is attained at $n = 5$, giving $\\boxed{\\textbf{(E)}\\ 19}$.", W),
    # --- chat-template tails and new user turns after the answer
    ("tail", "36", "The number of divisors is $(2+1)(2+1)\\cdot 4 = 36$.\n\n$\\boxed{36}$" + _IM, C),
    ("tail", "36", "The number of divisors is $(2+1)(2+1)\\cdot 3 = 27$.\n\n$\\boxed{27}$" + _IM, W),
    ("tail", r"\frac{4}{9}", "So the probability is $\\boxed{\\frac{4}{9}}$." + _LLAMA, C),
    ("tail", r"\frac{4}{9}", "So the probability is $\\boxed{\\frac{5}{9}}$." + _LLAMA, W),
    ("tail", "72", "The answer is $\\boxed{72}$." + _GEMMA, C),
    ("tail", "72", "The answer is $\\boxed{27}$." + _GEMMA, W),
    ("tail", r"8\pi", "The new circumference is $\\boxed{8\\pi}$ units." + _PHI, C),
    ("tail", r"8\pi", "The new circumference is $\\boxed{4\\pi}$ units." + _PHI, W),
    ("tail", "-2", "Therefore, the final answer is $\\boxed{-2}$." + _MISTRAL, C),
    ("tail", "-2", "Therefore, the final answer is $\\boxed{2}$." + _MISTRAL, W),
    # --- an answer stated, then overruled by a later final statement
    (
        "overrule",
        "15",
        "Counting the handshakes gives $\\boxed{15}$.\n\nWait, I double counted: each handshake was counted "
        "from both sides, but I already divided by 2. Actually I forgot the host. The final answer is 16.",
        W,
    ),
    (
        "overrule",
        "15",
        "Counting the handshakes gives $\\boxed{30}$.\n\nWait, each handshake was counted twice, so divide by 2. "
        "The final answer is $\\boxed{15}$.",
        C,
    ),
    (
        "overrule",
        r"\frac{2}{3}",
        "So the answer is $\\frac{1}{3}$.\n\nHmm, that is the probability of the complement. The probability "
        "asked for is $1 - \\frac13$.\n\n**Final answer:** $\\dfrac{2}{3}$",
        C,
    ),
    (
        "overrule",
        r"\frac{2}{3}",
        "So the answer is $\\frac{2}{3}$.\n\nHmm, that is the probability of the complement. The probability "
        "asked for is $1 - \\frac23$.\n\n**Final answer:** $\\dfrac{1}{3}$",
        W,
    ),
    # --- equation chains and labelled answers
    ("chain", "11", "So $x = 5 + 6 = 11$.", C),
    ("chain", "11", "So the answer is $x = 5 + 6 = \\boxed{11}$.", C),
    ("chain", "11", "So the answer is $x = 5 + 7 = \\boxed{12}$.", W),
    ("chain", "1", "Hence $|AB| = \\boxed{1}$.", C),
    ("chain", "1", "Hence $|AB| = \\boxed{2}$.", W),
    # --- formatting variants of the final statement
    ("format", "1024", "There are $2^{10}$ subsets in all.\n\n$$\\boxed{1024}$$", C),
    ("format", "1024", "There are $2^{10}$ subsets in all.\n\n\\[ \\boxed{1\\,024} \\]", C),
    ("format", "1024", "There are $2^{10}$ subsets in all, so the answer is $1{,}024$.", C),
    ("format", "1024", "There are $2^{10}$ subsets in all.\n\nThe answer is $\\boxed{1,\\!024}$.", C),
    ("format", "1024", "There are $2^{10}$ subsets in all. So there are **1024** subsets.", C),
    ("format", "1024", "There are $2^{10}$ subsets in all.\n\n$$\\boxed{1048}$$", W),
    ("format", "1024", "There are $2^{10}$ subsets in all, minus the empty one: **1023** subsets.", W),
    ("format", r"\frac{5}{3}", "Dividing both sides by 3,\n$$x = \\dfrac{5}{3}.$$", C),
    ("format", r"\frac{5}{3}", "The answer is $\\boxed{\\frac{5}{3}}$. To restate: $x = \\frac{5}{3}$.", C),
    ("format", r"\frac{5}{3}", "The answer is $\\boxed{\\left(\\frac{5}{3}\\right)}$.", C),
    ("format", r"\frac{5}{3}", "The answer is $\\boxed{\\frac{3}{5}}$. To restate: $x = \\frac{3}{5}$.", W),
    ("format", "7", "The answer is $\\boxed{7}$.\n\nThe answer is $\\boxed{7}$.", C),
    ("format", "-3", "Hence $x = \\boxed{\u22123}$.", C),
    ("format", "-3", "Hence $x = \\boxed{3}$.", W),
    ("format", "0.5", "The probability is $\\boxed{.5}$.", C),
    ("format", "100", "The total is $\\boxed{100.}$", C),
    ("format", r"2\sqrt{2}", "The side is $\\boxed{2 \\sqrt 2}$.", C),
    ("format", r"2\sqrt{2}", "The side is $\\boxed{\\sqrt{8}}$ units.", C),
    ("format", r"2\sqrt{2}", "The side is $\\boxed{\\sqrt{2}}$ units.", W),
    # --- chat-model answer styles
    (
        "qwen",
        "48",
        "To find the area, we multiply.\n\n### Step 1: Dimensions\n\n6 by 8.\n\n### Final Answer\n\n"
        "The final answer is $\\boxed{48}$.",
        C,
    ),
    (
        "qwen",
        "48",
        "To find the perimeter, we add.\n\n### Step 1: Dimensions\n\n6 by 8.\n\n### Final Answer\n\n"
        "The final answer is $\\boxed{28}$.",
        W,
    ),
    (
        "llama",
        "48",
        "## Step 1: Find the dimensions\nThe rectangle is 6 by 8.\n\n## Step 2: Multiply\n6 * 8 = 48.\n\n"
        "The final answer is: $\\boxed{48}$",
        C,
    ),
    (
        "llama",
        "48",
        "## Step 1: Find the dimensions\nThe rectangle is 6 by 8.\n\n## Step 2: Multiply\n6 * 9 = 54.\n\n"
        "The final answer is: $\\boxed{54}$",
        W,
    ),
    (
        "gemma",
        "48",
        "**Solution:**\n\nThe area is length times width, 6 * 8.\n\n**Therefore, the area is 48 square units.**",
        C,
    ),
    ("mistral", "48", "The rectangle measures 6 by 8, so its area is 48. The answer is 48.", C),
    ("phi", "48", "The area is 6 times 8.\n\nAnswer: \\boxed{48}", C),
    ("phi", "48", "The area is 6 times 8.\n\nAnswer: \\boxed{14}", W),
    # --- more value forms
    ("fraction", r"\frac{1}{3}", "So the probability is $\\boxed{\\frac{2}{6}}$.", C),
    ("radical", r"\sqrt{2}+\sqrt{3}", "Denesting, $x = \\boxed{\\sqrt{5 + 2\\sqrt{6}}}$.", C),
    ("radical", r"\sqrt{2}+\sqrt{3}", "Denesting, $x = \\boxed{\\sqrt{5}}$.", W),
    ("pi", r"\frac{\pi}{4}", "So $\\arctan 1 = \\boxed{\\tfrac{\\pi}{4}}$.", C),
    ("pi", r"\frac{\pi}{2}", "The period is pi/2.\n\nAnswer: pi/2", C),
    ("pi", r"2\pi", "The total signed angle is -2*pi.\n\nAnswer: -2*pi", W),
    ("interval", "[0, 1]", "The range is $\\boxed{0 \\le y \\le 1}$.", C),
    ("set", r"\{-2, 2\}", "The solution set is $\\boxed{\\{\\pm 2\\}}$.", C),
    ("complex", "-1+i", "So $z = \\boxed{i - 1}$.", C),
    ("equation", "x^2 + y^2 = 25", "The equation is $\\boxed{y^2 + x^2 = 25}$.", C),
    ("polynomial", "x^3 - x", "So $p(x) = \\boxed{x(x-1)(x+1)}$.", C),
    ("expr_n", "n!", "The number of orderings is $\\boxed{n \\cdot (n-1)!}$.", C),
    ("money", r"\$1,500", "She earned $\\boxed{\\$1500}$.", C),
    ("units", r"3 \text{ hours}", "The trip takes $\\boxed{3}$ hours.", C),
    ("degree", r"30^\circ", "The smallest angle is $\\boxed{30^\\circ}$.", C),
    ("percent", r"12.5\%", "The growth rate is $\\boxed{12.5\\%}$.", C),
    ("sci", r"2.5 \times 10^{6}", "The count is $\\boxed{2{,}500{,}000}$.", C),
    ("choice", "D", "Checking each option in turn, only D works.\n\n**Answer: D**", C),
    ("choice", "E", "None of (A) through (D) hold, so the answer is $\\boxed{\\text{(E)}}$.", C),
    ("tf", "True", "The statement holds for all $n$, so the answer is $\\boxed{\\text{True}}$.", C),
    ("log", r"\frac{1}{2}", "Since $9^{1/2} = 3$, $\\log_9 3 = \\boxed{\\frac12}$.", C),
    ("gsm8k", "5", "He needs 20 / 4 = <<20/4=5>>5 boxes.\n#### 5", C),
    ("minerva", r"\frac{1}{4}", _minerva("The fraction remaining after two half-lives is $1/4$.", "0.25"), C),
    ("aime", "500", _r1("Pairing terms gives 250 pairs each summing to 2.", r"So the sum is $\boxed{500}$."), C),
    # --- truncated: cut off before any final answer
    ("truncated", "21", "<think>\n" + _T_LOG[:150], T),
    (
        "truncated",
        r"\frac{65}{8}",
        "<think>\nThe triangle has sides 13, 14, 15. The semi-perimeter is $s = 21$, so by Heron",
        T,
    ),
    ("truncated", "4", "<|begin_of_thought|>\n\nMaria buys 3 notebooks at \\$4.50 each and 2 pens at", T),
    (
        "truncated",
        "(-3, 5)",
        "<think>\nOkay, so we want all real $x$ with $x^2 - 2x - 15 < 0$. Factor: $(x-5)(x+3)",
        T,
    ),
    (
        "truncated",
        "2^{n-1}",
        "<think>\nLet $a_n$ count binary strings of length $n$ that start with 1. The first bit is fixed and",
        T,
    ),
]


# Rows the lead wrote while fixing EIGHTH's first-contact misses (in-sample, like SEVENTH_FIXES).
EIGHTH_FIXES: list[tuple[str, str, str, str]] = [
    # ASCII radicals and pi closing prose
    ("radical", "\\frac{\\sqrt{3}}{3}", "So the value is sqrt(3)/3.", C),
    ("radical", "\\frac{\\sqrt{3}}{2}", "So the value is sqrt(3)/3.", W),
    ("pi", "2\\pi", "The period is 2*pi.", C),
    ("pi", "\\frac{\\pi}{3}", "The period is pi/2.", W),
    # a display that finishes the closing sentence
    ("format", "\\frac{5}{3}", "Dividing both sides by 3,\n$$x = \\dfrac{5}{3}.$$", C),
    ("format", "\\frac{5}{2}", "Dividing both sides by 3,\n$$x = \\dfrac{5}{3}.$$", W),
    ("format", "7", "Collecting terms:\n\\[ n = 7 \\]", C),
    ("format", "8", "Collecting terms:\n\\[ n = 7 \\]", W),
]
