"""FIFTH: labelled pairs in outside answer styles, written by the lead session before any run (issue 12).

Written on 2026-12-01 without reading the THIRD or FOURTH batches (another session's) or the fixes made
for them, and committed before longcot or math-verify first graded it, so its first run is an out-of-sample
number (the README's "Answer verification" benchmark table). Rows are `(category, gold, whole response,
expected verdict)` as in `outside_cases.py`; the classes are those of issue 12 sections 1-2, about a third
of them close negatives.
"""

from __future__ import annotations


C, W = "correct", "incorrect"

_THINK = (
    "<think>\nLet the two-digit number be $10a+b$. Reversing the digits gives $10b+a$, and the difference is "
    "$9(a-b)$. We need $9(a-b)=63$, so $a-b=7$. The pairs are $(7,0),(8,1),(9,2)$. Checking the digit-sum "
    "condition $a+b$ odd rules out none of them, so I list them: 70, 81, 92. Summing the digits of all of "
    "them: 7+0+8+1+9+2=27. Hmm, the question asks for the sum of the numbers: 70+81+92=243. Wait, re-read: "
    "it asks for the sum of all digits that appear, counted with multiplicity, plus the number of pairs "
    "times fifteen: 27 + 3*15 = 72. Let me recheck the last step once more: 3*15=45, 27+45=72. Then add the "
    "leading term 1 from the constraint, giving 73.\n</think>\n\n"
)
_LLAMA = "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhat about with 7 people?<|eot_id|>"

FIFTH: list[tuple[str, str, str, str]] = [
    # --- finding the answer
    (
        "find",
        "204",
        "Adding the three counts.\n\nTherefore, the final answer is: $\\boxed{204}$. I hope it is correct.",
        C,
    ),
    (
        "find",
        "204",
        "Adding the three counts.\n\nTherefore, the final answer is: $\\boxed{240}$. I hope it is correct.",
        W,
    ),
    ("find", "\\frac{7}{9}", "Combining the cases.\n\n**Final Answer**\n\\[\n\\boxed{\\dfrac{7}{9}}\n\\]", C),
    (
        "find",
        "C",
        "Comparing the options, only (C) satisfies both conditions.\n\nThe answer is $\\boxed{\\text{(C)}}$.",
        C,
    ),
    ("find", "D", "Checking each choice, the count is 48.\n\n$\\boxed{\\textbf{(D)}\\ 48}$", C),
    ("find", "C", "Checking each choice, the count is 48.\n\n$\\boxed{\\textbf{(D)}\\ 48}$", W),
    ("find", "73", _THINK + "The required total is 73.\n\n**Answer:** 73", C),
    ("find", "72", _THINK + "The required total is 73.\n\n**Answer:** 73", W),
    ("find", "21", "Since $\\gcd(8,13)=1$ the fraction is in lowest terms, so $m+n=21$.\n\nThe answer is 21.", C),
    ("find", "3", "Subtracting and dividing by two, we get $$\\boxed{x = 3}$$", C),
    ("find", "2, 5", "The roots are $x=2$ and $x=5$, so the answer is $\\boxed{2, 5}$.", C),
    ("find", "15", "Choosing 2 of the 6 people, there are $\\boxed{15}$ ways." + _LLAMA, C),
    ("find", "16", "Choosing 2 of the 6 people, there are $\\boxed{15}$ ways." + _LLAMA, W),
    (
        "find",
        "5",
        "At first I'd say $\\boxed{6}$. Wait, that's wrong: the empty set must be excluded. So the answer is "
        "$\\boxed{5}$.",
        C,
    ),
    (
        "find",
        "6",
        "At first I'd say $\\boxed{6}$. Wait, that's wrong: the empty set must be excluded. So the answer is "
        "$\\boxed{5}$.",
        W,
    ),
    ("find", "45", "We add the counts from both cases: 20 + 25.\n\n# Final Answer\n\n45", C),
    ("find", "128", "Doubling seven times starting from 1 gives 128.\n\nANSWER: 128", C),
    (
        "find",
        "18\\sqrt{3}",
        "Each of the six triangles has area $3\\sqrt{3}$, so the hexagon's area is $18\\sqrt{3}$ square units.",
        C,
    ),
    ("find", "\\frac{5}{36}", "Five of the 36 outcomes work, so the probability is \\(\\frac{5}{36}\\).", C),
    ("find", "\\frac{1}{6}", "Five of the 36 outcomes work, so the probability is \\(\\frac{5}{36}\\).", W),
    ("find", "72", "Natalia sold 48/2 = 24 clips in May.\nAltogether she sold 48+24 = 72 clips.\n#### 72", C),
    ("find", "70", "Natalia sold 48/2 = 24 clips in May.\nAltogether she sold 48+24 = 72 clips.\n#### 72", W),
    (
        "find",
        "12",
        "The answer is 12, since $3 \\times 4 = 12$. Let me double-check: $4 \\times 3 = 12$ as well. Yes.",
        C,
    ),
    ("find", "1", "Both sides are equal when $x=1$. To verify: $1^3 - 1 = 0$. ✓\n\nSo $x = 1$.", C),
    (
        "find",
        "-2",
        "Therefore $k = \\boxed{-2}$.\n\n---\n\n**Note:** the value $k = 3$ makes the denominator vanish, so it is "
        "rejected.",
        C,
    ),
    ("find", "8", "The final answer is $\\boxed{8}$", C),
    ("find", "2016", "Counting forward from 2010 by the cycle length, the year is **2016**.", C),
    ("find", "2016", "Counting forward from 2010 by the cycle length, the year is **2015**.", W),
    (
        "find",
        "\\frac{\\pi}{3}",
        "The dot product over the norms is 1/2, so the angle between the vectors is \\pi/3.",
        C,
    ),
    # --- comparing: labelled answers, chains, inequalities, units, sets, pm, ASCII, separators, matrices
    ("compare", "(3,2)", "Thus the pair is found.\n\n\\boxed{(p,q)=(3,2)}", C),
    ("compare", "(2,3)", "Thus the pair is found.\n\n\\boxed{(p,q)=(3,2)}", W),
    ("compare", "11", "\\boxed{x = 5 + 6 = 11}", C),
    ("compare", "10", "\\boxed{x = 5 + 6 = 11}", W),
    ("compare", "(-3,3)", "\\boxed{-3<x<3}", C),
    ("compare", "[-3,3]", "\\boxed{-3<x<3}", W),
    ("compare", "(-\\infty, 2]", "\\boxed{x \\le 2}", C),
    ("compare", "(-\\infty, 2)", "\\boxed{x \\le 2}", W),
    ("compare", "25\\%", "The discount is $\\boxed{25\\%}$.", C),
    ("compare", "25", "The discount is $\\boxed{25\\%}$.", C),
    ("compare", "12", "\\boxed{12 \\text{ inches}}", C),
    ("compare", "12", "\\boxed{12\\,\\mathrm{cm}^2}", C),
    ("compare", "13", "\\boxed{12\\,\\mathrm{cm}^2}", W),
    ("compare", "\\{1,2,3\\}", "\\boxed{\\{3, 2, 1\\}}", C),
    ("compare", "\\{1,2,3\\}", "\\boxed{\\{1, 2\\}}", W),
    ("compare", "\\emptyset", "There is no such real number, so the solution set is $\\boxed{\\varnothing}$.", C),
    ("compare", "\\{0\\}", "There is no such real number, so the solution set is $\\boxed{\\varnothing}$.", W),
    ("compare", "\\pm 2", "\\boxed{x = 2 \\text{ or } x = -2}", C),
    ("compare", "2, -2", "\\boxed{\\pm 2}", C),
    ("compare", "2", "\\boxed{\\pm 2}", W),
    ("compare", "\\frac{\\sqrt{3}}{3}", "\\boxed{sqrt(3)/3}", C),
    ("compare", "\\frac{\\sqrt{3}}{2}", "\\boxed{sqrt(3)/3}", W),
    ("compare", "-2\\pi", "\\boxed{-2*pi}", C),
    ("compare", "1{,}000{,}000", "\\boxed{1000000}", C),
    ("compare", "1000000", "\\boxed{10^6}", C),
    ("compare", "1000000", "\\boxed{10^5}", W),
    ("compare", "3.5", "\\boxed{3{,}5}", C),
    ("compare", "12345", "\\boxed{12\\,345}", C),
    ("compare", "\\text{parabola}", "The graph is $\\boxed{\\text{A parabola}}$.", C),
    ("compare", "\\text{parabola}", "The graph is $\\boxed{\\text{a hyperbola}}$.", W),
    (
        "compare",
        "\\begin{pmatrix} 3 \\\\ 7 \\end{pmatrix}",
        "\\boxed{\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} + \\begin{pmatrix} 2 \\\\ 5 \\end{pmatrix}}",
        C,
    ),
    ("compare", "\\begin{pmatrix} 3 \\\\ 7 \\end{pmatrix}", "\\boxed{\\begin{pmatrix} 3 \\\\ 6 \\end{pmatrix}}", W),
    ("compare", "(x+2)(x-3)", "\\boxed{(x-3)(x+2)}", C),
    ("compare", "(x+2)(x-3)", "\\boxed{(x+3)(x-2)}", W),
    ("compare", "x^2-x-6", "\\boxed{(x-3)(x+2)}", C),
    ("compare", "\\frac{1}{2}", "\\boxed{0.5}", C),
    ("compare", "\\frac{1}{3}", "\\boxed{0.333}", W),
    ("compare", "0.\\overline{6}", "\\boxed{\\frac{2}{3}}", C),
    ("compare", "2\\sqrt{2}", "\\boxed{\\sqrt{8}}", C),
    ("compare", "2\\sqrt{2}", "\\boxed{\\sqrt{6}}", W),
    ("compare", "\\frac{3}{2}", "\\boxed{1\\frac{1}{2}}", C),
    ("compare", "5", "\\boxed{|AB| = 5}", C),
    ("compare", "11:21", "\\boxed{V_1 : V_2 = 11 : 21}", C),
    ("compare", "11:21", "\\boxed{21:11}", W),
    ("compare", "x \\in (1, 4)", "\\boxed{(1,4)}", C),
    ("compare", "30^\\circ", "\\boxed{30}", C),
    ("compare", "\\$18.50", "\\boxed{18.50}", C),
    ("compare", "18.5", "The total cost is $\\boxed{\\$18.50}$.", C),
    ("compare", "y = 2x + 3", "\\boxed{y=3+2x}", C),
    ("compare", "y = 2x + 3", "\\boxed{y=2x-3}", W),
    ("compare", "\\{1,2\\}\\cup\\{5\\}", "\\boxed{\\{1, 2, 5\\}}", C),
    ("compare", "[1,2]\\cup[3,4]", "\\boxed{[3,4]\\cup[1,2]}", C),
    ("compare", "[1,2]\\cup[3,4]", "\\boxed{[1,4]}", W),
    # --- precision traps (issue 12 section 1 and section 6's mutants, in new values)
    ("precision", "\\frac{1}{2004!}", "\\boxed{\\frac{1}{2006!}}", W),
    ("precision", "e^{-100}", "\\boxed{e^{-101}}", W),
    ("precision", "2^{-4000}", "\\boxed{2^{-4001}}", W),
    ("precision", "10^{-40}", "\\boxed{10^{-41}}", W),
    ("precision", "10^{-40}", "\\boxed{0.1 \\cdot 10^{-39}}", C),
    ("precision", "3^{-500}", "\\boxed{\\frac{1}{3^{500}}}", C),
    ("precision", "\\frac{1}{0}", "\\boxed{\\frac{2}{0}}", W),
    ("precision", "1:00", "\\boxed{12:00}", W),
    ("precision", "E", "\\boxed{2\\mathrm{E}}", W),
    ("precision", "B", "\\boxed{B^2}", W),
    ("precision", "\\pi", "\\boxed{\\frac{355}{113}}", W),
    ("precision", "\\sqrt{2}", "\\boxed{1.41421356}", W),
    ("precision", "0.37", "\\boxed{\\frac{4}{11}}", W),
    ("precision", "(1,2)", "\\boxed{(2,1)}", W),
    ("precision", "1000!", "\\boxed{999!}", W),
    ("precision", "2^{100}+1", "\\boxed{2^{100}}", W),
    ("precision", "10^{20}+1", "\\boxed{100000000000000000001}", C),
    ("precision", "10^{20}+1", "\\boxed{100000000000000000000}", W),
    ("precision", "\\sqrt{10^{30}+1}", "\\boxed{10^{15}}", W),
    ("precision", "\\ln 2", "\\boxed{0.693}", W),
    ("precision", "x", "\\boxed{\\frac{x}{0}}", W),
    ("precision", "0", "\\boxed{\\frac{0}{0}}", W),
    # --- reading the gold
    ("gold", "\\frac{1}{2}\\", "\\boxed{\\frac12}", C),
    ("gold", "\\\\frac{1}{2}", "\\boxed{0.5}", C),
    ("gold", "The sum is $3+4=7$, so the answer is $\\boxed{7}$.", "Adding, we get \\boxed{7}.", C),
    ("gold", "$\\boxed{7}$", "The answer is 7.", C),
    ("gold", "$\\frac{1}{2}$", "The answer is $\\boxed{\\frac{1}{3}}$.", W),
    ("gold", "\\text{(B)}", "The answer is B.", C),
    ("gold", " 42 ", "\\boxed{42}", C),
    ("gold", "42.", "\\boxed{42}", C),
    ("gold", "1" * 5000, "\\boxed{1}", "gold_unparseable"),
]


# Rows written while fixing FIFTH's first-contact misses (in-sample, never a first-contact number): each class
# in more than one form, and the precision hole's neighbours.
FIFTH_FIXES: list[tuple[str, str, str, str]] = [
    # a markdown heading over the value
    ("find", "45", "Both cases together.\n\n## Final Answer\n45", C),
    ("find", "45", "Both cases together.\n\n### Answer\n\n$45$", C),
    ("find", "44", "Both cases together.\n\n# Final Answer\n\n45", W),
    ("find", "6", "## Answer\n\nThe two lines meet once, so the count is 6.", C),
    # a reason after the stated value
    ("find", "12", "The answer is 12, because each of the 3 rows has 4 seats.", C),
    ("find", "3", "The answer is 3, which is the only odd prime below 5 that works.", C),
    ("find", "2, 5", "The answer is 2, 5.", C),
    ("find", "13", "The answer is 12, since $3 \\times 4 = 12$.", W),
    # bold values in a concluding sentence
    ("find", "7", "Removing the duplicates, the number of distinct values is **7**.", C),
    ("find", "8", "Removing the duplicates, the number of distinct values is **7**.", W),
    # differences that evalf states to full precision are not rounding errors, however small
    ("precision", "\\sqrt{10^{40}+1}", "\\boxed{10^{20}}", W),
    ("precision", "\\sqrt{10^{30}}", "\\boxed{10^{15}}", C),
    ("precision", "e^{\\pi\\sqrt{163}}", "\\boxed{640320^3+744}", W),
    ("precision", "\\sqrt{x^2+10^{-40}}", "\\boxed{\\sqrt{x^2}}", W),
    ("precision", "\\sqrt{2}+\\sqrt{3}", "\\boxed{\\sqrt{5+2\\sqrt{6}}}", C),
    ("precision", "\\ln 8", "\\boxed{3\\ln 2}", C),
    ("precision", "\\tan\\frac{\\pi}{8}", "\\boxed{\\sqrt{2}-1}", C),
]


# Rows of a probe the lead wrote after FIFTH, before the SIXTH batch's first contact (in-sample: each was
# failing when written, and is fixed by the change that added it).
PROBE_FIXES: list[tuple[str, str, str, str]] = [
    # math spans a closing sentence lists, joined by "or", "and" or commas
    ("find", "(-\\infty, -2) \\cup (3, \\infty)", "Both factors have the same sign. Thus $x<-2$ or $x>3$.", C),
    ("find", "(-\\infty, -2) \\cup (3, \\infty)", "Both factors have the same sign. Thus $x<-2$ or $x>4$.", W),
    ("find", "2, 3", "Factoring gives $(x-2)(x-3)=0$. The roots are $2$ and $3$.", C),
    ("find", "2", "Factoring gives $(x-2)(x-3)=0$. The roots are $2$ and $3$.", W),
    ("find", "1, 2, 3", "Each one checks out. So the solutions are $1$, $2$, and $3$.", C),
    ("find", "1, 2", "Each one checks out. So the solutions are $1$, $2$, and $3$.", W),
    # a point stated with "is at"
    ("find", "(3, -1)", "Completing the square in both variables, the center is at $(3,-1)$.", C),
    ("find", "(3, -1)", "Completing the square in both variables, the center is at $(-1,3)$.", W),
    # a choice named with its value in bold
    ("choice", "C", "Only the third option survives. The correct option is **(C) 12**.", C),
    ("choice", "12", "Only the third option survives. The correct option is **(C) 12**.", C),
    ("choice", "D", "Only the third option survives. The correct option is **(C) 12**.", W),
    ("choice", "13", "Only the third option survives. The correct option is **(C) 12**.", W),
    # a percent against its number over 100, both ways
    ("compare", "10\\%", "The rate drops by a tenth.\n\n\\boxed{0.1}", C),
    ("compare", "0.1", "So the rate is \\boxed{10\\%}.", C),
    ("compare", "10\\%", "The rate drops by a tenth.\n\n\\boxed{0.2}", W),
    ("compare", "10", "The rate drops by a tenth.\n\n\\boxed{0.1}", W),
    # a unit's power inside its braces, a number written in base 2
    ("compare", "25 \\text{ cm}^2", "Area: \\boxed{25\\,\\mathrm{cm^2}}", C),
    ("compare", "24 \\text{ cm}^2", "Area: \\boxed{25\\,\\mathrm{cm^2}}", W),
    ("compare", "5", "In binary this is \\boxed{101_2}.", C),
    ("compare", "6", "In binary this is \\boxed{101_2}.", W),
]
