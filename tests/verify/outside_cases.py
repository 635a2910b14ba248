"""Labelled pairs in answer styles written outside this repo (issue 12), kept apart from the main table.

`FRESH` was written and labelled before any code for issue 12 changed and run once as written (the
first-contact numbers are in the README's "Answer verification" section); `SECOND` was written after
the fixes and run once as written; `THIRD` was written by another session after both, committed before
longcot or math-verify first graded it, and run once as written; `FOURTH` likewise, after THIRD's fixes.
They then joined the table (`verify_cases.CASES`), so every row is a regression test; `THIRD_FIXES` and
`FOURTH_FIXES` are the rows written while fixing each batch's misses (in-sample by construction).
Rows are `(category, gold, whole response, expected verdict)`; responses are raw
model outputs in the styles other graders' datasets use (Minerva, chat templates, prose endings, ...).
"""

from __future__ import annotations


C, W, N, T = "correct", "incorrect", "no_answer", "truncated"

_MINERVA = "Final Answer: The final answer is ${}$. I hope it is correct."
_IM_TAIL = "<|im_end|>\n<|im_start|>user\nThanks! Can you also check problem 7?<|im_end|>\n<|im_start|>assistant\n"


def minerva(answer: str) -> str:
    """A Minerva-style ending after a short derivation."""
    return "We simplify the expression step by step.\n\n" + _MINERVA.format(answer)


FRESH: list[tuple[str, str, str, str]] = [
    # --- finding the answer: "Answer $9$" without a colon
    ("find", "9", "Adding the three cases gives nine.\n\nAnswer $9$", C),
    ("find", "9", "Adding the three cases gives nine.\n\nAnswer $8$", W),
    ("find", "\\frac{3}{4}", "So the probability is as computed.\n\nAnswer: $\\frac34$", C),
    ("find", "17", "Counting carefully.\n\n**Answer** 17", C),
    # --- Minerva ending
    ("find", "12", minerva("12"), C),
    ("find", "12", minerva("13"), W),
    ("find", "\\frac{1}{2}", minerva("\\frac{1}{2}"), C),
    ("find", "2\\sqrt{3}", minerva("\\sqrt{12}"), C),
    ("find", "(2, 3)", minerva("(2,3)"), C),
    ("find", "5", "Final Answer: The final answer is 5. I hope it is correct.", C),
    ("find", "5", "Final Answer: The final answer is 6. I hope it is correct.", W),
    # --- prose: the answer only in the closing sentence
    ("find", "42", "We pair the terms and each pair sums to 6. There are seven pairs, so the total is 42.", C),
    ("find", "42", "We pair the terms and each pair sums to 6. There are seven pairs, so the total is 41.", W),
    ("find", "7", "Trying each value in turn, only one works. The smallest such n is 7.", C),
    ("find", "\\frac{5}{2}", "Solving the linear equation, we find that $x = \\frac{5}{2}$.", C),
    ("find", "100", "Hence, she needs exactly 100 tiles to cover the floor.", C),
    # --- chat-template tails and closing remarks after the answer
    ("find", "36", "The number of ways is $\\boxed{36}$." + _IM_TAIL, C),
    ("find", "36", "The number of ways is $\\boxed{35}$." + _IM_TAIL, W),
    ("find", "8", "Thus the answer is $\\boxed{8}$.\n\nNote: we assumed the coins are distinguishable. " * 3, C),
    (
        "find",
        "8",
        "Thus the answer is $\\boxed{8}$.\n\nI hope this helps! Let me know if you have any other questions "
        "about this problem or want me to explain any step in more detail, I am happy to go through it again",
        C,
    ),
    ("find", "3", "So $\\boxed{3}$ is the answer.<|im_end|>\n<|endoftext|>Human: next question please", C),
    # --- a later "final answer is" after an earlier box: the last statement wins
    ("find", "10", "At first I got $\\boxed{12}$, but that double counts.\n\nThe final answer is 10.", C),
    ("find", "12", "At first I got $\\boxed{12}$, but that double counts.\n\nThe final answer is 10.", W),
    ("find", "4", "Tentatively \\boxed{5}. Rechecking the edge case, the correct answer is $4$.", C),
    # --- several boxes separated by prose
    (
        "find",
        "2, 7",
        "The first root is $\\boxed{2}$. Dividing out, the other root is $\\boxed{7}$.",
        C,
    ),
    ("find", "2", "The first root is $\\boxed{2}$. Dividing out, the other root is $\\boxed{7}$.", W),
    # --- LaTeX without delimiters at the end of a sentence
    ("find", "\\frac{\\pi}{4}", "Putting it together, the angle is \\frac{\\pi}{4}.", C),
    ("find", "\\frac{\\pi}{4}", "Putting it together, the angle is \\frac{\\pi}{3}.", W),
    ("find", "2\\sqrt{2}", "Therefore the distance equals 2\\sqrt{2}.", C),
    # --- labelled answers on either side
    ("label", "(3, 2)", "\\boxed{(p,q)=(3,2)}", C),
    ("label", "(p,q)=(3,2)", "\\boxed{(3,2)}", C),
    ("label", "(3, 2)", "\\boxed{(p,q)=(2,3)}", W),
    ("label", "1", "\\boxed{|AB|=1}", C),
    ("label", "|AB| = 1", "\\boxed{1}", C),
    ("label", "11:21", "\\boxed{V_1:V_2=11:21}", C),
    ("label", "11:21", "\\boxed{V_1:V_2=21:11}", W),
    ("label", "5", "\\boxed{x=5}", C),
    ("label", "x=5", "\\boxed{5}", C),
    ("label", "x=5", "\\boxed{6}", W),
    ("label", "6", "\\boxed{AB = 6}", C),
    # --- equation chains
    ("chain", "11", "\\boxed{x = 5+6 = 11}", C),
    ("chain", "11", "\\boxed{x = 5+6 = 12}", W),
    ("chain", "120", "\\boxed{5! = 120}", C),
    ("chain", "\\frac{1}{3}", "\\boxed{P = \\frac{2}{6} = \\frac{1}{3}}", C),
    # --- inequalities vs intervals, negations
    ("interval", "(-3, 3)", "\\boxed{|x|<3}", C),
    ("interval", "|x| < 3", "\\boxed{(-3,3)}", C),
    ("interval", "(-3, 3)", "\\boxed{|x| \\leq 3}", W),
    ("interval", "[2, \\infty)", "\\boxed{x \\geq 2}", C),
    ("interval", "x \\ge 2", "\\boxed{[2,\\infty)}", C),
    ("interval", "x \\ge 2", "\\boxed{(2,\\infty)}", W),
    ("interval", "(-\\infty, 5)", "\\boxed{5 > x}", C),
    ("interval", "(-\\infty, 1) \\cup (1, \\infty)", "\\boxed{x \\neq 1}", C),
    ("interval", "x \\neq 1", "\\boxed{(-\\infty,1)\\cup(1,\\infty)}", C),
    ("interval", "x \\neq 1", "\\boxed{(-\\infty,2)\\cup(2,\\infty)}", W),
    # --- units and percent words
    ("units", "12", "\\boxed{12 \\text{ cm}}", C),
    ("units", "12", "\\boxed{12\\textbf{ cm}}", C),
    ("units", "12", "\\boxed{12\\textnormal{ meters}}", C),
    ("units", "12", "\\boxed{12\\,\\mathrm{m}}", C),
    ("units", "25", "\\boxed{25\\%}", C),
    ("units", "25\\%", "\\boxed{25}", C),
    ("units", "25", "\\boxed{25 \\text{ percent}}", C),
    ("units", "25", "\\boxed{26\\%}", W),
    ("units", "5", "\\boxed{5\\text{ m}^2}", C),
    ("units", "12 \\text{ inches}", "\\boxed{12}", C),
    # --- sets: bare braces, empty set, unions
    ("set", "\\{1, 2\\}", "\\boxed{{1, 2}}", C),
    ("set", "1, 2", "$\\boxed{\\{2,1\\}}$", C),
    ("set", "\\{1, 2\\}", "\\boxed{{1, 3}}", W),
    ("set", "\\varnothing", "\\boxed{\\emptyset}", C),
    ("set", "\\emptyset", "\\boxed{\\varnothing}", C),
    ("set", "\\emptyset", "\\boxed{\\{\\}}", C),
    ("set", "\\emptyset", "\\boxed{0}", W),
    ("set", "\\{1, 2, 3\\}", "\\boxed{\\{1,2\\}\\cup\\{3\\}}", C),
    ("set", "\\{1, 2, 3\\}", "\\boxed{\\{1,2\\}\\cup\\{4\\}}", W),
    # --- decimal commas
    ("decimal_comma", "0.5", "\\boxed{0,5}", C),
    ("decimal_comma", "2.75", "\\boxed{2,75}", C),
    ("decimal_comma", "2.75", "\\boxed{2,76}", W),
    ("decimal_comma", "3.5", "\\boxed{3{,}5}", C),
    ("decimal_comma", "1000", "\\boxed{1,000}", C),
    # --- digit separators on either side
    ("separator", "10000", "\\boxed{10,\\!000}", C),
    ("separator", "10,\\!000", "\\boxed{10000}", C),
    ("separator", "1\\,234\\,567", "\\boxed{1234567}", C),
    ("separator", "1234567", "\\boxed{1\\,234\\,567}", C),
    ("separator", "10,\\!000", "\\boxed{1000}", W),
    ("separator", "12345", "\\boxed{12\\;345}", C),
    # --- \pm against the listed values
    ("pm", "\\pm 3", "\\boxed{3, -3}", C),
    ("pm", "3, -3", "\\boxed{\\pm 3}", C),
    ("pm", "\\pm 3", "\\boxed{3}", W),
    ("pm", "\\pm 3", "\\boxed{-3, 3}", C),
    ("pm", "1 \\pm \\sqrt{2}", "\\boxed{1+\\sqrt{2}, 1-\\sqrt{2}}", C),
    ("pm", "1+\\sqrt{2}, 1-\\sqrt{2}", "\\boxed{1\\pm\\sqrt2}", C),
    ("pm", "\\{\\pm 2\\}", "\\boxed{\\{2,-2\\}}", C),
    ("pm", "\\{-2, 2\\}", "\\boxed{\\{\\pm 2\\}}", C),
    ("pm", "\\pm 2", "\\boxed{x = \\pm 2}", C),
    ("pm", "1 \\pm \\sqrt{2}", "\\boxed{1\\pm\\sqrt3}", W),
    # --- ASCII math
    ("ascii", "\\frac{\\sqrt{3}}{3}", "The answer is sqrt(3)/3.", C),
    ("ascii", "\\frac{\\pi}{2}", "\\boxed{pi/2}", C),
    ("ascii", "-2\\pi", "\\boxed{-2*pi}", C),
    ("ascii", "-2\\pi", "\\boxed{-2*pi/3}", W),
    ("ascii", "2\\sqrt{2}", "\\boxed{2*sqrt(2)}", C),
    ("ascii", "x^2+1", "\\boxed{x**2 + 1}", C),
    # --- articles in text answers
    ("text", "\\text{parabola}", "\\boxed{\\text{a parabola}}", C),
    ("text", "parabola", "The curve is a parabola.\n\nAnswer: a parabola", C),
    ("text", "\\text{ellipse}", "\\boxed{\\text{an ellipse}}", C),
    ("text", "\\text{ellipse}", "\\boxed{\\text{a parabola}}", W),
    ("text", "\\text{(C)}", "\\boxed{\\text{The answer is (C)}}", C),
    # --- matrices: unevaluated sums and products
    (
        "matrix",
        "\\begin{pmatrix} 3 & 3 \\\\ 3 & 3 \\end{pmatrix}",
        "\\boxed{\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} + "
        "\\begin{pmatrix} 2 & 1 \\\\ 0 & -1 \\end{pmatrix}}",
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 2 & 0 \\\\ 0 & 2 \\end{pmatrix}",
        "\\boxed{2\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}}",
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 2 & 0 \\\\ 0 & 2 \\end{pmatrix}",
        "\\boxed{3\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}}",
        W,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 2 \\\\ 4 \\end{pmatrix}",
        "\\boxed{\\begin{pmatrix} 1 & 1 \\\\ 0 & 2 \\end{pmatrix}\\begin{pmatrix} 0 \\\\ 2 \\end{pmatrix}}",
        C,
    ),
    # --- reordered factors
    ("factors", "(x+1)(x-2)", "\\boxed{(x-2)(x+1)}", C),
    ("factors", "2^3 \\cdot 3^2", "\\boxed{3^2 \\cdot 2^3}", C),
    ("factors", "(x+1)(x-2)", "\\boxed{(x+2)(x-1)}", W),
    ("factors", "x(x+1)", "\\boxed{(x+1)x}", C),
    # --- reading the gold: trailing backslash, doubled backslashes, a boxed solution
    ("gold", "5\\", "\\boxed{5}", C),
    ("gold", "\\\\frac{1}{2}", "\\boxed{\\frac12}", C),
    ("gold", "\\\\sqrt{2}", "\\boxed{\\sqrt{2}}", C),
    ("gold", "\\\\sqrt{2}", "\\boxed{\\sqrt{3}}", W),
    ("gold", "The sum telescopes, so the answer is $\\boxed{7}$.", "\\boxed{7}", C),
    ("gold", "The sum telescopes, so the answer is $\\boxed{7}$.", "\\boxed{8}", W),
    ("gold", "Hence $\\boxed{\\frac{2}{3}}$", "The final answer is $\\frac{2}{3}$", C),
    # --- negatives that must stay incorrect
    ("negative", "2", "\\boxed{2x}", W),
    ("negative", "3", "\\boxed{3, 3}", W),
    ("negative", "(1, 2)", "\\boxed{\\{1, 2\\}}", W),
    ("negative", "1, 2", "\\boxed{(2, 1)}", W),
    ("negative", "0.37", "\\boxed{\\frac{4}{11}}", W),
    ("negative", "\\pi", "\\boxed{\\frac{103993}{33102}}", W),
    ("negative", "x", "\\boxed{\\frac{x}{0}}", W),
    ("negative", "E", "\\boxed{\\mathrm{E}*2}", W),
    ("negative", "10", "The answer is 10 or 11.", W),
    ("negative", "[1, 2]", "\\boxed{(1, 2)}", W),
]

SECOND: list[tuple[str, str, str, str]] = [
    ("find", "64", "Each side doubles, so the volume grows eightfold.\n\nAnswer $64$.", C),
    ("find", "64", "Final Answer: The final answer is $\\boxed{64}$. I hope it is correct.", C),
    ("find", "64", "Final Answer: The final answer is $63$. I hope it is correct.", W),
    ("find", "\\frac{7}{8}", "The complement has probability 1/8, so the probability is $\\frac{7}{8}$.", C),
    ("find", "15", "Counting the lattice points gives 15 in total." + _IM_TAIL, C),
    ("find", "15", "My first count was $\\boxed{14}$, missing the origin. So the final answer is $15$.", C),
    ("find", "14", "My first count was $\\boxed{14}$, missing the origin. So the final answer is $15$.", W),
    ("find", "3, 5", "One solution is $\\boxed{3}$, and the other solution is $\\boxed{5}$.", C),
    ("find", "\\sqrt{5}", "By the Pythagorean theorem, the hypotenuse is \\sqrt{5}.", C),
    ("find", "\\sqrt{5}", "By the Pythagorean theorem, the hypotenuse is \\sqrt{6}.", W),
    ("find", "12", "**Answer:** $12$\n\nLet me know if you would like a diagram of the configuration as well!", C),
    ("label", "(4, -1)", "\\boxed{(x, y) = (4, -1)}", C),
    ("label", "(x, y) = (4, -1)", "\\boxed{(4,-1)}", C),
    ("label", "(x, y) = (4, -1)", "\\boxed{(-1,4)}", W),
    ("label", "BC = 10", "\\boxed{10}", C),
    ("label", "2:3", "\\boxed{a:b = 2:3}", C),
    ("chain", "20", "\\boxed{S = 4 \\cdot 5 = 20}", C),
    ("chain", "20", "\\boxed{S = 4 \\cdot 5 = 21}", W),
    ("interval", "[-2, 2]", "\\boxed{|x| \\le 2}", C),
    ("interval", "[-2, 2]", "\\boxed{|x| < 2}", W),
    ("interval", "(1, \\infty)", "\\boxed{x > 1}", C),
    ("interval", "x < 0", "\\boxed{(-\\infty, 0)}", C),
    ("units", "45", "\\boxed{45\\text{ degrees}}", C),
    ("units", "45", "\\boxed{45^{\\circ}}", C),
    ("units", "80\\%", "\\boxed{80}", C),
    ("units", "7", "\\boxed{7 \\textrm{ hours}}", C),
    ("set", "\\{-1, 0, 1\\}", "\\boxed{\\{0, 1, -1\\}}", C),
    ("set", "\\{-1, 0, 1\\}", "\\boxed{{-1, 1}}", W),
    ("set", "\\varnothing", "\\boxed{\\{ \\}}", C),
    ("set", "\\{1, 3, 5\\}", "\\boxed{\\{1\\} \\cup \\{3, 5\\}}", C),
    ("decimal_comma", "1.25", "\\boxed{1,25}", C),
    ("decimal_comma", "1.25", "\\boxed{1,35}", W),
    ("separator", "250000", "\\boxed{250,\\!000}", C),
    ("separator", "250\\,000", "\\boxed{250000}", C),
    ("pm", "\\pm \\frac{1}{2}", "\\boxed{\\frac12, -\\frac12}", C),
    ("pm", "2, -2", "\\boxed{x = \\pm 2}", C),
    ("pm", "2 \\pm i", "\\boxed{2+i, 2-i}", C),
    ("pm", "\\pm 5", "\\boxed{5, -4}", W),
    ("ascii", "\\frac{\\pi}{3}", "\\boxed{pi/3}", C),
    ("ascii", "3\\sqrt{2}", "\\boxed{3*sqrt(2)}", C),
    ("ascii", "\\frac{1}{4}", "\\boxed{1/4}", C),
    ("text", "\\text{hyperbola}", "\\boxed{\\text{a hyperbola}}", C),
    ("text", "\\text{circle}", "\\boxed{\\text{the circle}}", C),
    ("text", "\\text{circle}", "\\boxed{\\text{an ellipse}}", W),
    (
        "matrix",
        "\\begin{pmatrix} 4 & 6 \\\\ 2 & 8 \\end{pmatrix}",
        "\\boxed{2 \\begin{pmatrix} 2 & 3 \\\\ 1 & 4 \\end{pmatrix}}",
        C,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}",
        "\\boxed{\\begin{pmatrix} 0 & 1 \\\\ 1 & 0 \\end{pmatrix} \\begin{pmatrix} 0 & 1 \\\\ 1 & 0 \\end{pmatrix}}",
        C,
    ),
    ("factors", "(a+b)(a-b)", "\\boxed{(a-b)(a+b)}", C),
    ("factors", "(a+b)(a-b)", "\\boxed{(a-b)^2}", W),
    ("gold", "3\\", "\\boxed{3}", C),
    ("gold", "\\\\frac{\\\\pi}{6}", "\\boxed{\\frac{\\pi}{6}}", C),
    ("gold", "So the total is $\\boxed{9}$.", "The answer is $9$.", C),
    ("negative", "5", "\\boxed{5 + x}", W),
    ("negative", "10^{-40}", "\\boxed{2 \\cdot 10^{-40}}", W),
    ("negative", "\\frac{1}{0}", "\\boxed{\\infty}", W),
    ("negative", "D", "\\boxed{D^2}", W),
    ("negative", "(2, 3)", "\\boxed{\\{2, 3\\}}", W),
    ("negative", "e", "\\boxed{2.718}", W),
]


def long_cot(ending: str, *, inside: str = "", steps: int = 180) -> str:
    """A long reasoning trace (about 12k characters, many numbers) in a `<think>` block, then `ending`."""
    body = "\n\n".join(
        f"Step {k}: we have ${k * k} = {k} \\cdot {k}$, and adding {k} gives {k * k + k}." for k in range(1, steps)
    )
    check = "Let me recheck step 3: $3 \\cdot 3 = 9$. Fine.\n</think>\n\n"
    return "<think>\n" + body + "\n\n" + inside + check + ending


def cut_cot() -> str:
    """A long reasoning trace cut off mid-sentence, the gold (90) stated on the way."""
    body = "\n\n".join(f"Step {k}: we have ${k * k} = {k} \\cdot {k}$, and adding {k} gives" for k in range(1, 91))
    return "<think>\n" + body


_LLAMA_TAIL = (
    "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nGreat. Now what is 2+2?<|eot_id|>"
    "<|start_header_id|>assistant<|end_header_id|>\n\nThat is $\\boxed{4}$."
)
_AB = "\\begin{pmatrix} 1 & 1 \\\\ 0 & 1 \\end{pmatrix}\\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\end{pmatrix}"
_BA = "\\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\end{pmatrix}\\begin{pmatrix} 1 & 1 \\\\ 0 & 1 \\end{pmatrix}"

THIRD: list[tuple[str, str, str, str]] = [
    # --- finding the answer in long responses
    ("find", "204", long_cot("Summing all the contributions, the total number of tiles is 204."), C),
    ("find", "204", long_cot("Summing all the contributions, the total number of tiles is 203."), W),
    ("find", "\\frac{7}{9}", long_cot("**Final Answer**\n\nThe probability is $\\dfrac{7}{9}$."), C),
    ("find", "13", long_cot("Therefore the answer is $13$.", inside="Tentatively $\\boxed{12}$.\n\n"), C),
    ("find", "12", long_cot("Therefore the answer is $13$.", inside="Tentatively $\\boxed{12}$.\n\n"), W),
    ("find", "90", cut_cot(), T),
    ("find", "12", "I am not sure how to approach this problem. Let me think about the geometry more later.", N),
    ("find", "42", "Both counts agree.\n\n**Answer: 42**", C),
    ("find", "42", "Both counts agree.\n\nANSWER: 42", C),
    ("find", "18", "Listing the arrangements one by one, we conclude that 18 is the answer.", C),
    ("find", "18", "Listing the arrangements one by one, we conclude that 17 is the answer.", W),
    ("find", "18", "Multiplying the choices for each seat, there are $18$ ways in total.", C),
    # --- Minerva endings
    (
        "find",
        "\\frac{1}{3}",
        "The sides are 3, 4 and 5, so the ratio is 4 to 12.\nFinal Answer: The final answer is $\\frac{1}{3}$. "
        "I hope it is correct.",
        C,
    ),
    ("find", "7", "Final Answer: The final answer is \\boxed{7}. I hope it is correct.\n\n", C),
    ("find", "-2", "Both roots were checked.\nFinal Answer: The final answer is $-2$. I hope it is correct.", C),
    ("find", "-2", "Both roots were checked.\nFinal Answer: The final answer is $2$. I hope it is correct.", W),
    ("find", "(1, 4)", "Final Answer: The final answer is $(1,4)$. I hope it is correct.", C),
    ("find", "x^2+2x", "Final Answer: The final answer is $x^2+2x$. I hope it is correct.\n" * 2, C),
    # --- chat-template tails of other model families
    ("find", "36", "So the count is $\\boxed{36}$." + _LLAMA_TAIL, C),
    ("find", "4", "So the count is $\\boxed{36}$." + _LLAMA_TAIL, W),
    (
        "find",
        "11",
        "Hence the answer is $11$.<end_of_turn>\n<start_of_turn>user\nAnd if there were 12 coins?<end_of_turn>\n"
        "<start_of_turn>model\nThen the answer is $13$.",
        C,
    ),
    ("find", "5", "The answer is \\boxed{5}.</s>[INST] Try the next one: 3+3? [/INST] The answer is \\boxed{6}.", C),
    (
        "find",
        "7",
        "The total is $\\boxed{7}$.\n\nUser: thanks! what about n = 4?\n\nAssistant: For n = 4 the total is "
        "$\\boxed{9}$.",
        C,
    ),
    ("find", "48", "Thus $\\boxed{48}$.<｜end▁of▁sentence｜><｜User｜>next: 6*9?<｜Assistant｜>\\boxed{54}", C),
    # --- the last statement wins; checks after the answer are not answers
    (
        "find",
        "6",
        "So we get $\\boxed{5}$.\n\nWait, I made an arithmetic error in the second step: 7 - 2 is 5, plus 1 "
        "gives 6. The correct answer is 6.",
        C,
    ),
    (
        "find",
        "5",
        "So we get $\\boxed{5}$.\n\nWait, I made an arithmetic error in the second step: 7 - 2 is 5, plus 1 "
        "gives 6. The correct answer is 6.",
        W,
    ),
    ("find", "9", "\\boxed{8}\n\nHmm, that misses one case.\n\n**Final answer:** 9", C),
    ("find", "24", "The answer is $\\boxed{24}$.\n\nCheck: $3 + 5 = 8$ and $8 \\cdot 3 = 24$. ✓", C),
    (
        "find",
        "24",
        "Therefore, the answer is $\\boxed{24}$. (Double-checking with a different method also gives 24 after "
        "3 steps.)",
        C,
    ),
    # --- several boxes
    ("find", "1, 2, 3", "The solutions are $\\boxed{1}$, $\\boxed{2}$, and $\\boxed{3}$.", C),
    ("find", "2, -3", "So $x = \\boxed{2}$ or $x = \\boxed{-3}$.", C),
    ("find", "2, -3", "So $x = \\boxed{2}$ or $x = \\boxed{-4}$.", W),
    ("find", "3", "Thus $\\boxed{3}$.\n\n**Final Answer**\n\\[\\boxed{3}\\]", C),
    ("find", "6, 12", "The area is $\\boxed{6}$ and the perimeter is $\\boxed{12}$.", C),
    # --- bare LaTeX at the end of a sentence
    ("find", "3\\pi", "Adding the two sectors, the area is 3\\pi.", C),
    ("find", "\\frac{3}{5}", "Dividing the favourable count by the total gives \\dfrac{3}{5}.", C),
    ("find", "-\\frac{1}{4}", "Completing the square, the minimum value is -\\frac{1}{4}.", C),
    ("find", "\\frac{\\pi}{3}", "So the angle between them is \\frac{\\pi}{6}.", W),
    ("find", "1024", "Each step doubles, so the final count equals 2^{10}.", C),
    # --- labelled answers on either side
    ("label", "3", "\\boxed{\\text{A} = 3}", C),
    ("label", "24", "\\boxed{\\text{Area} = 24}", C),
    ("label", "30", "\\boxed{\\angle ABC = 30^\\circ}", C),
    ("label", "25", "\\boxed{m+n=25}", C),
    ("label", "m+n=25", "\\boxed{25}", C),
    ("label", "2x+1", "\\boxed{f(x) = 2x+1}", C),
    ("label", "2x+1", "\\boxed{f(x) = 2x-1}", W),
    ("label", "n = 12", "\\boxed{n = 13}", W),
    ("label", "60", "\\boxed{\\text{speed} = 60 \\text{ km/h}}", C),
    ("label", "(1, 2, 3)", "\\boxed{(a,b,c) = (1,2,3)}", C),
    ("label", "(1, 2, 3)", "\\boxed{(a,b,c) = (1,3,2)}", W),
    # --- equation chains
    ("chain", "15", "\\boxed{\\binom{6}{2} = 15}", C),
    ("chain", "24", "\\boxed{A = \\frac{1}{2} \\cdot 6 \\cdot 8 = 24}", C),
    ("chain", "24", "\\boxed{A = \\frac{1}{2} \\cdot 6 \\cdot 8 = 48}", W),
    ("chain", "1024", "\\boxed{1024 = 2^{10}}", C),
    # --- inequalities vs intervals
    ("interval", "(-2, 5)", "\\boxed{x \\in (-2, 5)}", C),
    ("interval", "(-2, 5)", "\\boxed{-2 < x < 5}", C),
    ("interval", "(-2, 5)", "\\boxed{-2 < x \\le 5}", W),
    ("interval", "(-\\infty, -1) \\cup (3, \\infty)", "\\boxed{x < -1 \\text{ or } x > 3}", C),
    ("interval", "(-\\infty, -1) \\cup (3, \\infty)", "\\boxed{x \\le -1 \\text{ or } x > 3}", W),
    ("interval", "(-1, 3)", "\\boxed{|x - 1| < 2}", C),
    ("interval", "(0, +\\infty)", "\\boxed{x > 0}", C),
    ("interval", "x \\leqslant 2", "\\boxed{(-\\infty, 2]}", C),
    ("interval", "[3, \\infty)", "\\boxed{x > 3}", W),
    # --- units and percent
    ("units", "15", "\\boxed{15 \\mathrm{~cm}^{2}}", C),
    ("units", "12.5", "\\boxed{\\$12.50}", C),
    ("units", "40", "\\boxed{40\\,\\%}", C),
    ("units", "60", "\\boxed{60\\ \\text{km/h}}", C),
    ("units", "2", "\\boxed{2\\, \\mathrm{kg}}", C),
    ("units", "12", "\\boxed{\\text{12 cm}}", C),
    ("units", "16", "\\boxed{15 \\text{ cm}}", W),
    ("units", "35\\%", "\\boxed{35 \\text{\\%}}", C),
    ("units", "9", "\\boxed{9 \\text{ square units}}", C),
    # --- sets, empty sets, unions, "or"
    ("set", "\\{0\\}", "\\boxed{\\emptyset}", W),
    ("set", "\\{1, 2, 3\\}", "\\boxed{\\{1\\}\\cup\\{2\\}\\cup\\{3\\}}", C),
    ("set", "\\{-2, 3\\}", "\\boxed{x \\in \\{-2, 3\\}}", C),
    ("set", "[0, 1] \\cup [2, 3]", "\\boxed{[2,3] \\cup [0,1]}", C),
    ("set", "(0, 2)", "\\boxed{(0,1)\\cup(1,2)}", W),
    ("set", "2, 3", "\\boxed{x = 2 \\text{ or } x = 3}", C),
    ("set", "\\{2, 3\\}", "\\boxed{x = 2 \\text{ or } x = 4}", W),
    ("set", "\\emptyset", "The equation has no real roots, so the solution set is $\\varnothing$.", C),
    # --- decimal commas
    ("decimal_comma", "\\frac{3}{4}", "\\boxed{0,75}", C),
    ("decimal_comma", "12.5", "\\boxed{12,5}", C),
    ("decimal_comma", "1.5", "\\boxed{1,500}", W),
    ("decimal_comma", "3.14", "\\boxed{3,14}", C),
    ("decimal_comma", "1, 5", "\\boxed{1.5}", W),
    # --- digit separators
    ("separator", "1000000", "\\boxed{1{,}000{,}000}", C),
    ("separator", "10^6", "\\boxed{1\\,000\\,000}", C),
    ("separator", "12345.67", "\\boxed{12\\,345.67}", C),
    ("separator", "100000", "\\boxed{1{,}000{,}000}", W),
    ("separator", "1000", "\\boxed{1\\ 000}", C),
    ("separator", "2,024", "\\boxed{2024}", C),
    # --- \pm forms
    ("pm", "\\sqrt{2}, -\\sqrt{2}", "\\boxed{x = \\pm\\sqrt{2}}", C),
    ("pm", "\\frac{\\sqrt{3}}{2}, -\\frac{\\sqrt{3}}{2}", "\\boxed{\\pm\\frac{\\sqrt3}{2}}", C),
    ("pm", "1, 5", "\\boxed{3 \\pm 2}", C),
    ("pm", "\\pm 1", "\\boxed{x = 1 \\text{ or } x = -1}", C),
    ("pm", "4", "\\boxed{\\pm 4}", W),
    ("pm", "2, -2, 0", "\\boxed{\\pm 2}", W),
    ("pm", "\\{-2, -1, 1, 2\\}", "\\boxed{\\{\\pm 1, \\pm 2\\}}", C),
    ("pm", "\\pm 3", "\\boxed{\\mp 3}", C),
    # --- ASCII math
    ("ascii", "\\frac{\\sqrt{2}}{2}", "\\boxed{sqrt(2)/2}", C),
    ("ascii", "\\frac{1+\\sqrt{5}}{2}", "\\boxed{(1+sqrt(5))/2}", C),
    ("ascii", "\\frac{3\\pi}{4}", "\\boxed{3*pi/4}", C),
    ("ascii", "\\frac{\\pi^2}{6}", "\\boxed{pi^2/6}", C),
    ("ascii", "\\sqrt[3]{2}", "\\boxed{2^(1/3)}", C),
    ("ascii", "(x-1)^2", "\\boxed{x^2-2*x+1}", C),
    ("ascii", "\\frac{\\sqrt{2}}{2}", "\\boxed{sqrt(3)/2}", W),
    ("ascii", "3\\sqrt{3}", "Putting it all together, the answer is 3*sqrt(3).", C),
    # --- articles in text answers
    (
        "text",
        "\\text{square}",
        "All four sides are equal and the angles are right, so the shape is a square.\n\nAnswer: a square",
        C,
    ),
    ("text", "\\text{isosceles triangle}", "\\boxed{\\text{an isosceles triangle}}", C),
    ("text", "\\text{ellipse}", "\\boxed{\\text{a circle}}", W),
    # --- matrices: unevaluated differences, products (order matters), scalar multiples
    (
        "matrix",
        "\\begin{pmatrix} 0 & 2 \\\\ 3 & 3 \\end{pmatrix}",
        "\\boxed{\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} - \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}}",
        C,
    ),
    ("matrix", "\\begin{pmatrix} 2 & 1 \\\\ 1 & 1 \\end{pmatrix}", "\\boxed{" + _AB + "}", C),
    ("matrix", "\\begin{pmatrix} 2 & 1 \\\\ 1 & 1 \\end{pmatrix}", "\\boxed{" + _BA + "}", W),
    (
        "matrix",
        "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
        "\\boxed{\\frac{1}{2}\\begin{pmatrix} 2 & 4 \\\\ 6 & 8 \\end{pmatrix}}",
        C,
    ),
    # --- reordered factors
    ("factors", "(x-3)(2x+1)", "\\boxed{(2x+1)(x-3)}", C),
    ("factors", "2^4 \\cdot 3", "\\boxed{3 \\cdot 2^4}", C),
    ("factors", "(1-x)(1+x)", "\\boxed{-(x-1)(x+1)}", C),
    ("factors", "(2x+1)(x-3)", "\\boxed{(x-3)(2x-1)}", W),
    ("factors", "(x+y)^2", "\\boxed{(y+x)^2}", C),
    # --- odd golds
    ("gold", "\\frac{1}{2}\\", "\\boxed{0.5}", C),
    ("gold", "\\\\dfrac{3}{4}", "\\boxed{\\frac34}", C),
    ("gold", "\\\\pi", "\\boxed{\\pi}", C),
    ("gold", "7\\\\", "\\boxed{7}", C),
    ("gold", "Therefore $\\boxed{x = 4}$.", "\\boxed{4}", C),
    ("gold", "$\\boxed{16}$", "\\boxed{15}", W),
    ("gold", "\\(\\frac{5}{6}\\)", "\\boxed{\\frac{5}{6}}", C),
    # --- base-16 literals
    ("base", "26", "\\boxed{0x1A}", C),
    ("base", "1A_{16}", "\\boxed{0x1A}", C),
    ("base", "26", "\\boxed{0x1B}", W),
    ("base", "0x1a", "\\boxed{26}", C),
    # --- section-1 precision traps: tiny and huge values, exactness
    ("precision", "e^{-150}", "\\boxed{e^{-151}}", W),
    ("precision", "e^{-150}", "\\boxed{e^{-150}}", C),
    ("precision", "\\frac{1}{100!}", "\\boxed{\\frac{1}{101!}}", W),
    ("precision", "\\frac{2}{100!}", "\\boxed{\\frac{1}{100!}}", W),
    ("precision", "\\frac{1}{1000!}", "\\boxed{\\frac{1}{1000!}}", C),
    ("precision", "10^{-50}", "\\boxed{1.0000001 \\times 10^{-50}}", W),
    ("precision", "2^{-3000}", "\\boxed{3 \\cdot 2^{-3001}}", W),
    ("precision", "\\frac{\\pi}{10^{40}}", "\\boxed{\\frac{\\pi}{10^{41}}}", W),
    ("precision", "2^{-100}", "\\boxed{\\frac{1}{2^{100}}}", C),
    ("precision", "10^{100}", "\\boxed{10^{100}+1}", W),
    ("precision", "2^{64}", "\\boxed{18446744073709551615}", W),
    ("precision", "2^{64}", "\\boxed{18446744073709551616}", C),
    ("precision", "\\frac{1}{3}", "\\boxed{0.3333333333}", W),
    # --- undefined values equal nothing
    ("undefined", "\\frac{3}{0}", "\\boxed{\\frac{3}{0}}", W),
    ("undefined", "3:00", "\\boxed{6:00}", W),
    ("undefined", "\\frac{0}{0}", "\\boxed{\\frac{0}{0}}", W),
    ("undefined", "5", "\\boxed{\\frac{5}{0}}", W),
    ("undefined", "\\infty", "\\boxed{\\frac{1}{0}}", W),
    # --- choice letters, and letters inside expressions
    ("choice", "C", "\\boxed{2C}", W),
    ("choice", "C", "\\boxed{C+1}", W),
    ("choice", "C", "\\boxed{\\mathrm{C}\\cdot 3}", W),
    ("choice", "C", "\\boxed{(C)}", C),
    ("choice", "B", "\\boxed{\\textbf{(B)}\\ 24}", C),
    ("choice", "B", "\\boxed{B^{-1}}", W),
    ("choice", "D", "\\boxed{\\sqrt{D}}", W),
    ("choice", "A", "Comparing the options, the answer is A.", C),
]

# Rows written while fixing THIRD's first-contact misses (so in-sample, never a first-contact number): each
# class that missed, probed around its edges, and the near misses the fixes must not turn into false positives.
THIRD_FIXES: list[tuple[str, str, str, str]] = [
    # turns: a quoted `User:` inside the reasoning is not a turn; an echoed prompt is skipped
    ("find", "3", "<think>\nThe problem says...\nUser: wants x\n</think>\nThe answer is \\boxed{3}.", C),
    ("find", "3", "User: what is 1+2?\n\nAssistant: The answer is \\boxed{3}.", C),
    (
        "find",
        "3",
        "<|im_start|>user\nwhat is 1+2?<|im_end|>\n<|im_start|>assistant\nThe answer is \\boxed{3}.<|im_end|>",
        C,
    ),
    ("find", "4", "The answer is \\boxed{3}.\nUser: and 2+2?\nAssistant: \\boxed{4}", W),
    ("find", "3", "<|start_header_id|>assistant<|end_header_id|>\n\nThe answer is \\boxed{3}.<|eot_id|>", C),
    (
        "find",
        "13",
        "Hence the answer is $11$.<end_of_turn>\n<start_of_turn>user\nAnd 12?<end_of_turn>\n"
        "<start_of_turn>model\nThen the answer is $13$.",
        W,
    ),
    # closing symbols end a sentence; an ellipsis still does not
    ("find", "5", "The answer is \\boxed{5}.\n\nCheck: $2+3=5$ \u220e", C),
    ("find", "5", "The answer is \\boxed{5}.\n\nCheck: $2+3=5$, which gives\u3002", C),
    # "the answer is A"; an article still starts a remark
    ("choice", "B", "Comparing the options, the answer is A.", W),
    ("find", "12", "The answer is a bit tricky: it is 12.", C),
    # bare powers and "X is the answer"
    ("find", "x^2", "Thus the area is x^2.", C),
    ("find", "1024", "Each step doubles, so the final count equals 2^{11}.", W),
    ("find", "8", "We get 2^3 as well, hence 8 is the answer.", C),
    ("find", "8", "We get 2^3 as well, hence 9 is the answer.", W),
    # labels on the gold side: words in \text, sums of unknowns before a constant; not a curve's `x + y`
    ("label", "\\text{A} = 3", "\\boxed{3}", C),
    ("label", "\\text{A} = 3", "\\boxed{4}", W),
    ("label", "\\text{Area} = 24", "\\boxed{24}", C),
    ("label", "a+b+c=-3", "\\boxed{-3}", C),
    ("label", "m+n=25", "\\boxed{24}", W),
    ("label", "x+y=5", "\\boxed{5}", W),
    ("label", "a+b=c", "\\boxed{c}", W),
    # |x - c| < r
    ("interval", "(-3, 1)", "\\boxed{|x + 1| < 2}", C),
    ("interval", "(-1, 3)", "\\boxed{|x + 1| < 2}", W),
    ("interval", "[-1, 3]", "\\boxed{|x-1| \\le 2}", C),
    ("interval", "(-1, 3)", "\\boxed{2 > |x - 1|}", C),
    ("interval", "|x - 1| < 2", "\\boxed{(-1, 3)}", C),
    # units inside the \text with the number
    ("units", "12", "\\boxed{\\text{13 cm}}", W),
    ("units", "7", "\\boxed{\\textrm{7 hours}}", C),
    # base-prefixed literals
    ("base", "11", "\\boxed{0b1011}", C),
    ("base", "15", "\\boxed{0o17}", C),
    ("base", "123_4", "\\boxed{0x1B}", C),
    ("base", "123_4", "\\boxed{0x1C}", W),
    ("base", "-26", "\\boxed{-0x1a}", C),
    # found in the real Sky-T1 rows while measuring speed: compound units, and a bare `$` before an amount
    ("units", "12\\pi", "So, final answer: 12\u03c0 inches per second.", C),
    ("units", "12\\pi", "So, final answer: 13\u03c0 inches per second.", W),
    ("units", "5", "\\boxed{5 \\text{ m/s}^2}", C),
    ("units", "3", "\\boxed{3 \\text{ miles per hour}}", C),
    (
        "units",
        "78",
        "Cost: $15.\n\nProfit: $93 - $15 = $78.\n\nEverything adds up. I think that's the right answer.",
        C,
    ),
    (
        "units",
        "78",
        "Cost: $15.\n\nProfit: $93 - $15 = $79.\n\nEverything adds up. I think that's the right answer.",
        W,
    ),
]

# Written after THIRD's fixes by the same session, committed before its first run, and run once as written
# (first contact in the README); its misses were then fixed and its rows joined the table like the others.
FOURTH: list[tuple[str, str, str, str]] = [
    # --- finding the answer
    ("find", "42", "She has 6 bags of 7 apples.\n6 * 7 = 42\n#### 42", C),
    ("find", "42", "She has 6 bags of 7 apples.\n6 * 7 = 42\n#### 41", W),
    (
        "find",
        "\\frac{3}{8}",
        long_cot("**Step 1.** Count the outcomes.\n\n### Final Answer\n$$\\boxed{\\dfrac{3}{8}}$$"),
        C,
    ),
    ("find", "5", "So the area is\n\\[\n\\boxed{5}\n\\]\n", C),
    ("find", "3", "Thus, $x = 3$.", C),
    ("find", "3", "Thus, $x = 4$.", W),
    ("find", "\\frac{1}{2}", "So the answer is $\\frac{1}{2}$, i.e. 0.5.", C),
    ("find", "10", "So the answer is 10.\n\nTo summarize: we counted 4 + 6 = 10 cases.", C),
    ("find", "1", "so the answer is \\boxed{1", T),
    ("find", "3", "The value is \\boxed{3} or \\boxed{4}, depending on the orientation.", W),
    ("find", "C", "Checking each option in turn.\n\nAnswer: (C)", C),
    (
        "find",
        "5",
        "The answer is \\boxed{5}.<|im_end|>\n<|im_start|>assistant\nThe answer is \\boxed{6}.",
        C,
    ),
    ("find", "8", "So we get \\boxed{8}.<|end|>\n<|user|>\nNext?<|end|>\n<|assistant|>\n\\boxed{9}", C),
    ("find", "9", "So we get \\boxed{8}.<|end|>\n<|user|>\nNext?<|end|>\n<|assistant|>\n\\boxed{9}", W),
    # --- radicals, logs, trig, combinatorics
    ("expr", "\\frac{\\sqrt{6}}{3}", "\\boxed{\\sqrt{\\frac{2}{3}}}", C),
    ("expr", "\\frac{2\\sqrt{3}}{3}", "\\boxed{\\frac{2}{\\sqrt{3}}}", C),
    ("expr", "2\\sqrt{2}", "\\boxed{2.83}", W),
    ("expr", "2.83", "\\boxed{2\\sqrt{2}}", C),
    ("expr", "3", "\\boxed{\\log_2 8}", C),
    ("expr", "2", "\\boxed{\\ln(e^2)}", C),
    ("expr", "\\frac{1}{2}", "\\boxed{\\sin(\\pi/6)}", C),
    ("expr", "120", "\\boxed{\\binom{10}{3}}", C),
    ("expr", "45", "\\boxed{\\frac{10!}{8!\\,2!}}", C),
    ("expr", "3^{100}", "\\boxed{3^{99}}", W),
    ("expr", "\\frac{1}{3}", "\\boxed{0.\\overline{3}}", C),
    # --- precision traps
    ("precision", "\\frac{1}{2500!}", "\\boxed{\\frac{1}{2501!}}", W),
    ("precision", "10^{-1000}", "\\boxed{10^{-999}}", W),
    ("precision", "\\frac{\\pi}{2^{200}}", "\\boxed{\\frac{\\pi}{2^{201}}}", W),
    ("precision", "1", "\\boxed{1+10^{-40}}", W),
    ("precision", "1", "\\boxed{0.999999999999999999999}", W),
    ("precision", "e^{-50}", "\\boxed{\\frac{1}{e^{50}}}", C),
    ("precision", "e^{-50}", "\\boxed{e^{-50}+10^{-40}}", W),
    ("precision", "e^{-500}", "\\boxed{0}", W),
    ("precision", "2^{-3000}", "\\boxed{\\frac{1}{2^{3000}}}", C),
    ("undefined", "\\frac{x}{0}", "\\boxed{\\frac{y}{0}}", W),
    ("undefined", "\\frac{2}{0}", "\\boxed{2/0}", W),
    ("undefined", "\\infty", "\\boxed{\\frac{5}{0}}", W),
    # --- intervals and inequalities
    ("interval", "[1, 5)", "\\boxed{1 \\le x < 5}", C),
    ("interval", "(-\\infty, 0] \\cup [1, \\infty)", "\\boxed{x \\le 0 \\text{ or } x \\ge 1}", C),
    ("interval", "(1, 5)", "\\boxed{1 < x \\le 5}", W),
    ("interval", "[2, 3]", "\\boxed{x \\in [2, 3]}", C),
    ("interval", "(2, \\infty)", "\\boxed{x \\geq 2}", W),
    ("interval", "(-1, 2)", "\\boxed{|2x - 1| < 3}", C),
    ("interval", "(-\\infty, \\infty)", "\\boxed{\\mathbb{R}}", C),
    # --- sets
    ("set", "\\{1, 2, 3\\}", "\\boxed{\\{3, 2, 1\\}}", C),
    ("set", "\\{1, 2\\}", "\\boxed{\\{1, 2, 3\\}}", W),
    ("set", "x = 2 \\text{ or } x = 3", "\\boxed{\\{2, 3\\}}", C),
    ("set", "\\{-5, 5\\}", "\\boxed{x = \\pm 5}", C),
    # --- units, percent, money
    ("units", "30", "\\boxed{30^\\circ}", C),
    ("units", "1250", "\\boxed{\\$1{,}250}", C),
    ("units", "1250", "\\boxed{1250 \\text{ dollars}}", C),
    ("units", "5", "\\boxed{5\\text{ cm}^3}", C),
    ("units", "5", "\\boxed{5 \\text{ cubic centimeters}}", C),
    ("units", "7", "\\boxed{7\\,\\text{h}}", C),
    ("units", "12.5", "\\boxed{12.5\\%}", C),
    ("units", "12.5", "\\boxed{1.25\\%}", W),
    ("units", "\\$50", "\\boxed{50}", C),
    # --- number formats
    ("number", "\\frac{1}{8}", "\\boxed{0,125}", C),
    ("number", "1024", "\\boxed{1\\,024}", C),
    ("number", "2^{16}", "\\boxed{65{,}536}", C),
    ("number", "2^{16}", "\\boxed{65{,}535}", W),
    ("number", "1024", "\\boxed{2**10}", C),
    # --- \pm
    ("pm", "\\sqrt{3}", "\\boxed{\\pm\\sqrt{3}}", W),
    ("pm", "2+\\sqrt{3}, 2-\\sqrt{3}", "\\boxed{2 \\pm \\sqrt{3}}", C),
    ("pm", "2+\\sqrt{3}, 2-\\sqrt{3}", "\\boxed{3 \\pm \\sqrt{2}}", W),
    # --- ASCII math
    ("ascii", "\\frac{\\sqrt{2}}{2}", "\\boxed{1/sqrt(2)}", C),
    ("ascii", "\\frac{1}{e}", "\\boxed{e^(-1)}", C),
    ("ascii", "3", "\\boxed{log(8)/log(2)}", C),
    ("ascii", "\\frac{\\pi}{4}", "\\boxed{pi/3}", W),
    # --- text
    ("text", "\\text{no}", "\\boxed{\\text{No}}", C),
    ("text", "\\text{yes}", "\\boxed{\\text{no}}", W),
    ("text", "Bob", "\\boxed{\\text{Bob}}", C),
    ("text", "\\text{equilateral triangle}", "The triangle is an equilateral triangle.", C),
    # --- matrices and vectors
    ("matrix", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", "\\boxed{(1, 2)}", C),
    (
        "matrix",
        "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
        "\\boxed{\\begin{pmatrix} 1 & 3 \\\\ 2 & 4 \\end{pmatrix}}",
        W,
    ),
    (
        "matrix",
        "\\begin{pmatrix} 5 \\\\ 11 \\end{pmatrix}",
        "\\boxed{\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}}",
        C,
    ),
    # --- factors and expanded forms
    ("factors", "(x+2)^2(x-1)", "\\boxed{(x-1)(x+2)^2}", C),
    ("factors", "x^2(x+1)", "\\boxed{x^3 + x^2}", C),
    ("factors", "2(x+3)", "\\boxed{2x+6}", C),
    ("factors", "(x-1)(x+1)", "\\boxed{x^2+1}", W),
    # --- labels and chains
    ("label", "7", "\\boxed{a_7 = 7}", C),
    ("label", "7", "\\boxed{a_7 = 8}", W),
    ("label", "(2, 5)", "\\boxed{x = 2, y = 5}", C),
    ("label", "(2, 5)", "\\boxed{x = 5, y = 2}", W),
    ("chain", "64", "\\boxed{4^3 = 64}", C),
    ("chain", "9", "\\boxed{S_3 = 2 + 3 + 4 = 9}", C),
    # --- odd golds
    ("gold", "\\boxed{5}", "The answer is 5.", C),
    ("gold", "$\\frac{1}{4}$", "\\boxed{0.25}", C),
    ("gold", "12 ", "\\boxed{12}", C),
    ("gold", "\\text{(D) } 7", "\\boxed{D}", C),
    ("gold", "\\text{(D) } 7", "\\boxed{B}", W),
    # --- choices
    ("choice", "A", "\\boxed{A^{2}}", W),
    ("choice", "B", "\\boxed{\\text{B}}", C),
    ("choice", "C", "Comparing, the correct option is (C).", C),
    ("choice", "D", "Thus $\\boxed{D}$.\n\n**Final Answer**\n\\boxed{(D)\\ 14}", C),
]

# Rows written while fixing FOURTH's first-contact misses (in-sample, like THIRD_FIXES).
FOURTH_FIXES: list[tuple[str, str, str, str]] = [
    # GSM8K's `#### value` last line; a Markdown heading is not one
    ("find", "18", "Janet sells 16 - 3 - 4 = 9 eggs.\nShe makes 9 * 2 = $18.\n#### 18", C),
    ("find", "18", "Janet sells 16 - 3 - 4 = 9 eggs.\nShe makes 9 * 2 = $18.\n#### $18", C),
    ("find", "5", "#### Final Answer\n\\boxed{5}", C),
    # Phi's turn tokens
    ("find", "8", "<|assistant|>\nSo we get \\boxed{8}.<|end|>", C),
    ("find", "8", "<|user|>\nWhat is 2*4?<|end|>\n<|assistant|>\nSo we get \\boxed{8}.<|end|>", C),
    # |a x + b| < r
    ("interval", "(-2, 1)", "\\boxed{|-2x - 1| < 3}", C),
    ("interval", "[-1, 2]", "\\boxed{|2x-1| \\le 3}", C),
    ("interval", "(-1, 2)", "\\boxed{|2x + 1| < 3}", W),
    # the real line
    ("interval", "\\mathbb{R}", "\\boxed{(-\\infty, \\infty)}", C),
    ("interval", "\\mathbb{R}", "\\boxed{(0, \\infty)}", W),
    # `0,125`: no thousands group starts with 0; `1,125` stays a grouped number
    ("number", "0.125", "\\boxed{0,126}", W),
    ("number", "1.125", "\\boxed{1,125}", W),
    ("number", "1125", "\\boxed{1,125}", C),
    # a choice or a word answer named in a closing sentence of prose; remarks on the answer are not answers
    ("choice", "C", "Comparing, the correct option is (D).", W),
    ("text", "\\text{parabola}", "Completing the square, we see the curve is a parabola.", C),
    ("text", "\\text{parabola}", "So the curve is a hyperbola.", W),
    ("text", "\\text{square}", "We check all sides. This shape is a square!", C),
    ("text", "\\text{circle}", "It is not a circle.", N),
    ("find", "12", "The answer is a bit tricky.", N),
    ("find", "12", "This is a good problem.", N),
]
