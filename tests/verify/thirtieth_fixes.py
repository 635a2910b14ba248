"""Rows for the classes THIRTIETH-THIRTYSECOND (tests/verify/outside_thirtieth.py … outside_thirtysecond.py) found
at first contact, by the lead.

The three were written blind by helper sessions and committed before their first run on 2026-12-04: THIRTIETH
(geometry, vectors, complex numbers, matrices) scored 98.7% accuracy / 100% precision, THIRTYFIRST (probability,
counting, statistics, number theory) 98.9% / 100%, THIRTYSECOND (choice, multi-part and word answers) 87.1% / 98.8%
(2 false positives: a closing `**No**, the series diverges.` after `the textbook answer is yes` read as yes). These
rows were written afterwards, one class per fix, with values of their own, and hold the near misses that must stay
wrong beside the forms that must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "I set up the computation and checked it twice; a first pass gave 11, which I rejected."


def _closing(text: str) -> str:
    return _WORK + "\n\n" + text


_TEXTBOOK = "By the usual test the textbook answer is yes.\n\nBut the terms shrink too slowly for that test to apply."

_REEXAMINE = (
    "So I get $\\boxed{\\textbf{(D)}}$.\n\nLet me re-examine that last step. It is 3, not 9.\n\n"
    "Putting everything together, the quantity asked for is $\\textbf{(B)}$."
)
_CONVERSE = (
    "So the answer is $\\boxed{\\text{True}}$.\n\nWait, let me recheck. The converse fails for $x^3$.\n\n"
    "The statement is false; $x^3$ at $0$ is a counterexample."
)
_SIGNS = (
    "So $\\boxed{a = 2,\\ b = 15}$.\n\nWait, let me recheck. Only the linear term changes sign.\n\n"
    "Final answers:\na) 2\nb) $-15$"
)

THIRTIETH_FIXES: list[tuple[str, str, str, str]] = [
    # A closing paragraph that opens on a bold yes, no, true or false answers with it, and overrules an earlier
    # statement (the last stated answer wins).
    ("verdict", "No", _closing(_TEXTBOOK + "\n\n**No**, the series diverges."), C),
    ("verdict", "Yes", _closing(_TEXTBOOK + "\n\n**No**, the series diverges."), W),
    ("verdict", "Yes", _closing(_TEXTBOOK + "\n\n**No.**"), W),
    ("verdict", "No", _closing("So 391 has a divisor other than 1 and itself.\n\n**No.** $391 = 17 \\times 23$."), C),
    ("verdict", "Yes", _closing("So 391 has a divisor other than 1 and itself.\n\n**No.** $391 = 17 \\times 23$."), W),
    ("verdict", "Yes", _closing("The board splits into pairs of neighbours.\n\n**Yes**, it can be tiled."), C),
    ("verdict", "No", _closing("The board splits into pairs of neighbours.\n\n**Yes**, it can be tiled."), W),
    (
        "verdict",
        "False",
        _closing("A counterexample: $|x|$ at $0$.\n\n**False**: $|x|$ is not differentiable at $0$."),
        C,
    ),
    (
        "verdict",
        "True",
        _closing("A counterexample: $|x|$ at $0$.\n\n**False**: $|x|$ is not differentiable at $0$."),
        W,
    ),
    ("verdict", "\\text{True}", _closing("Every case reduces to Bezout's identity.\n\n**True.**"), C),
    ("verdict", "\\text{False}", _closing("Every case reduces to Bezout's identity.\n\n**True.**"), W),
    ("verdict", "True", _closing("Every case reduces to Bezout's identity.\n\nTrue, by Bezout's identity."), C),
    ("verdict", "5", _closing("The answer is $\\boxed{5}$.\n\nYes, that matches the check."), C),
    # Multi-part golds: each part compared on its own, labelled parts paired by label in any order, unlabelled
    # ones in order; a part missing, wrong or swapped makes the answer wrong.
    (
        "parts",
        "(a)\\ 14;\\ (b)\\ 630",
        _closing("So the answer is $\\boxed{\\text{(a) } 14,\\ \\text{(b) } 630}$."),
        C,
    ),
    (
        "parts",
        "(a)\\ 14;\\ (b)\\ 630",
        _closing("So the answer is $\\boxed{\\text{(a) } 630,\\ \\text{(b) } 14}$."),
        W,
    ),
    (
        "parts",
        "(a)\\ 14;\\ (b)\\ 630",
        _closing("So the answer is $\\boxed{\\text{(a) } 14,\\ \\text{(b) } 631}$."),
        W,
    ),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("So the answer is $\\boxed{(a)\\ 14 \\quad (b)\\ 630}$."), C),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("### Final Answer\n(b) 630 and (a) 14"), C),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("### Final Answer\n(b) 14 and (a) 630"), W),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("**Answer:** (a) 14; (b) 630"), C),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("**Answer:** (a) 14"), W),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("**(a)** $\\dfrac{28}{2} = 14$ **(b)** $\\dfrac{1260}{2} = 630$"), C),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("**(a)** The gcd is $14$. **(b)** The lcm is $630$."), C),
    ("parts", "(a)\\ 14;\\ (b)\\ 630", _closing("**(a)** The gcd is $14$. **(b)** The lcm is $603$."), W),
    ("parts", "a) 4, b) -3", _closing("Therefore, the answer is $\\boxed{m = 4,\\ b = -3}$."), C),
    ("parts", "a) 4, b) -3", _closing("Therefore, the answer is $\\boxed{m = -3,\\ b = 4}$."), W),
    ("parts", "(a)\\ 61;\\ (b)\\ 640", _closing("Therefore $\\boxed{a_{16} = 61,\\ S_{16} = 640}$."), C),
    ("parts", "(a)\\ 61;\\ (b)\\ 640", _closing("Hence $a_{16} = 61$ and $S_{16} = 640$."), C),
    ("parts", "(a)\\ 61;\\ (b)\\ 640", _closing("Hence $a_{16} = 61$ and $S_{16} = 604$."), W),
    ("parts", "(a)\\ 30;\\ (b)\\ 30", _closing("The area is 30 square units and the perimeter is 30 units."), C),
    ("parts", "(a)\\ 54;\\ (b)\\ 36", _closing("The area is 36 square units and the perimeter is 54 units."), W),
    ("parts", "(a)\\ 8;\\ (b)\\ -9", _closing("So the vertex is at $x = 8$ and the minimum value of $g$ is $-9$."), C),
    ("parts", "(a)\\ 8;\\ (b)\\ -9", _closing("So the vertex is at $x = 8$ and the minimum value of $g$ is $9$."), W),
    (
        "parts",
        "\\text{mean } 6,\\ \\text{median } 5,\\ \\text{mode } 2",
        _closing("- Mode: **2**\n- Median: **5**\n- Mean: **6**"),
        C,
    ),
    (
        "parts",
        "\\text{mean } 6,\\ \\text{median } 5,\\ \\text{mode } 2",
        _closing("- Mode: **6**\n- Median: **5**\n- Mean: **2**"),
        W,
    ),
    (
        "parts",
        "\\text{mean } 6,\\ \\text{median } 5,\\ \\text{mode } 2",
        _closing("The answer is mean 6, median 5, mode 2."),
        C,
    ),
    (
        "parts",
        "\\text{mean } 6,\\ \\text{median } 5,\\ \\text{mode } 2",
        _closing("The answer is mean 6, median 2, mode 5."),
        W,
    ),
    (
        "parts",
        "(a)\\ 14;\\ (b)\\ 630",
        _closing(
            "(a) The gcd is $2 \\cdot 7 = 14$.\n\n"
            "(b) The lcm takes the larger power of every prime: $2 \\cdot 3^2 \\cdot"
        ),
        T,
    ),
    # A choice closed by a parenthesis only (`D) $\frac{5}{36}$`, `option is C) 300`): the letter, with its value.
    ("choice", "D", _closing("That is option D.\n\n**Answer:** D) $\\frac{7}{36}$"), C),
    ("choice", "C", _closing("That is option D.\n\n**Answer:** D) $\\frac{7}{36}$"), W),
    ("choice", "B", _closing("So $I = 450$ dollars.\n\nThe correct option is B) 450."), C),
    ("choice", "A", _closing("So $I = 450$ dollars.\n\nThe correct option is B) 450."), W),
    ("choice", "E", _closing("So the answer is $\\boxed{\\mathrm{E}*2}$."), W),
    # Word answers said another way: a qualified `no … solutions`, `DNE`, `The limit does not exist`, `infinitely
    # many pairs`, `X wins`, and a remark in parentheses after the word.
    ("words", "\\text{no solution}", _closing("So the answer is $\\boxed{\\text{no positive solutions}}$."), C),
    ("words", "\\text{no solution}", _closing("So the answer is $\\boxed{\\text{two positive solutions}}$."), W),
    ("words", "\\text{does not exist}", _closing("So the limit is $\\boxed{\\text{DNE}}$."), C),
    ("words", "\\text{does not exist}", _closing("So the answer is $\\boxed{\\text{The limit does not exist}}$."), C),
    ("words", "\\text{does not exist}", _closing("So the answer is $\\boxed{\\text{The limit exists}}$."), W),
    ("words", "\\text{undefined}", _closing("So the limit is $\\boxed{\\text{DNE}}$."), W),
    ("words", "\\text{infinitely many}", _closing("**Answer:** infinitely many pairs"), C),
    ("words", "\\text{infinitely many}", _closing("**Answer:** finitely many pairs"), W),
    ("words", "\\text{the second player}", _closing("**Answer:** The second player wins (mirror every move)."), C),
    ("words", "\\text{the first player}", _closing("**Answer:** The second player wins (mirror every move)."), W),
    ("words", "Lena", _closing("So the answer is $\\boxed{\\text{Lena (Omar and Pia are knaves)}}$."), C),
    ("words", "Omar", _closing("So the answer is $\\boxed{\\text{Lena (Omar and Pia are knaves)}}$."), W),
    # Closing sentences that say who wins or that a value does not exist, with a heading line above.
    ("closing", "\\text{the first player}", _closing("### Final Answer\nThe first player wins."), C),
    ("closing", "\\text{the second player}", _closing("### Final Answer\nThe first player wins."), W),
    (
        "closing",
        "\\text{the second player}",
        _closing("Counting the moves again.\n\nSo the **second player** wins."),
        C,
    ),
    ("closing", "Alice", _closing("Counting the moves again.\n\nSo **Bob** wins with perfect play."), W),
    (
        "closing",
        "\\text{does not exist}",
        _closing("Det is zero.\n\nHence the inverse **does not exist**: it is singular."),
        C,
    ),
    ("closing", "\\text{no solution}", _closing("Parity rules it out.\n\nThere are **no** integer solutions."), C),
    ("closing", "\\text{infinitely many}", _closing("Parity rules it out.\n\nThere are **no** integer solutions."), W),
    # A vector as a number times a tuple, for a tuple gold; the scale and every component must agree.
    (
        "vectors",
        "\\left(\\frac{9}{5}, \\frac{18}{5}\\right)",
        _closing("**Answer:** $\\boxed{\\frac{9}{5}(1, 2)}$"),
        C,
    ),
    (
        "vectors",
        "\\left(\\frac{9}{5}, \\frac{18}{5}\\right)",
        _closing("**Answer:** $\\boxed{\\frac{9}{5}(2, 1)}$"),
        W,
    ),
    (
        "vectors",
        "\\left(\\frac{9}{5}, \\frac{18}{5}\\right)",
        _closing("**Answer:** $\\boxed{\\frac{5}{9}(1, 2)}$"),
        W,
    ),
    (
        "vectors",
        "\\left\\langle \\frac{1}{3}, \\frac{2}{3}, -\\frac{2}{3} \\right\\rangle",
        _closing("$$\\boxed{\\frac{1}{3}(1, 2, -2)}$$"),
        C,
    ),
    (
        "vectors",
        "\\left\\langle \\frac{1}{3}, \\frac{2}{3}, -\\frac{2}{3} \\right\\rangle",
        _closing("$$\\boxed{\\frac{1}{3}(1, 2, 2)}$$"),
        W,
    ),
    # A closing sentence that opens on `On average`.
    ("closing", "30", _closing("So $E_0 = 30$.\n\nOn average it takes 30 rolls."), C),
    ("closing", "36", _closing("So $E_0 = 30$, not 36.\n\nOn average, it takes 30 rolls."), W),
    # Named parts with function names, arguments and brackets, paired by name in any order; labelled parts one per
    # closing paragraph; a part that lists several values; a part with a unit word.
    (
        "parts",
        "\\gcd = 6,\\ \\operatorname{lcm} = 360",
        _closing("So $\\boxed{\\text{lcm} = 360,\\ \\text{gcd} = 6}$."),
        C,
    ),
    (
        "parts",
        "\\gcd = 6,\\ \\operatorname{lcm} = 360",
        _closing("So $\\boxed{\\text{lcm} = 6,\\ \\text{gcd} = 360}$."),
        W,
    ),
    ("parts", "\\gcd = 6,\\ \\operatorname{lcm} = 360", _closing("**Answer:** GCD 6, LCM 360"), C),
    (
        "parts",
        "E = \\frac{9}{2},\\ \\operatorname{Var} = \\frac{33}{4}",
        _closing("$$\\boxed{\\operatorname{Var}(X) = \\tfrac{33}{4}, \\quad E[X] = \\tfrac{9}{2}}$$"),
        C,
    ),
    (
        "parts",
        "E = \\frac{9}{2},\\ \\operatorname{Var} = \\frac{33}{4}",
        _closing("$$\\boxed{\\operatorname{Var}(X) = \\tfrac{9}{2}, \\quad E[X] = \\tfrac{33}{4}}$$"),
        W,
    ),
    (
        "parts",
        "\\text{slope } -2,\\ \\text{intercept } 7",
        _closing("So the answer is $\\boxed{\\text{y-intercept } 7,\\ \\text{slope } -2}$."),
        C,
    ),
    (
        "parts",
        "\\text{slope } -2,\\ \\text{intercept } 7",
        _closing("So the answer is $\\boxed{\\text{y-intercept } -2,\\ \\text{slope } 7}$."),
        W,
    ),
    (
        "parts",
        "\\text{center } (1, -5),\\ \\text{radius } 4",
        _closing("So the answer is $\\boxed{\\text{center } (1, -5),\\ \\text{radius } 4}$."),
        C,
    ),
    (
        "parts",
        "\\text{center } (1, -5),\\ \\text{radius } 4",
        _closing("So the answer is $\\boxed{\\text{center } (-5, 1),\\ \\text{radius } 4}$."),
        W,
    ),
    (
        "parts",
        "a)\\ 8,\\ b)\\ 15,\\ c)\\ 17",
        _closing("**(a)** Length: $8$\n\n**(b)** Width: $15$\n\n**(c)** Diagonal: $17$"),
        C,
    ),
    (
        "parts",
        "a)\\ 8,\\ b)\\ 15,\\ c)\\ 17",
        _closing("**(a)** Length: $15$\n\n**(b)** Width: $8$\n\n**(c)** Diagonal: $17$"),
        W,
    ),
    ("parts", "(a)\\ 4;\\ (b)\\ 1, 3", _closing("(a) $q(2) = 4$\n\n(b) $x = 1$, $x = 3$"), C),
    ("parts", "(a)\\ 4;\\ (b)\\ 1, 3", _closing("(a) $q(2) = 4$\n\n(b) $x = 1$"), W),
    (
        "parts",
        "(a)\\ 4;\\ (b)\\ 1, 3",
        _closing("(a) $q(2) = 4$.\n\n(b) Try $x = 1$: $1 - 4 + 3 = 0$, so $x - 1$ is a factor, and $q(x) = (x"),
        T,
    ),
    ("parts", "(a)\\ 35;\\ (b)\\ 210", _closing("- (a) 35 committees\n- (b) 210 ways"), C),
    ("parts", "(a)\\ 35;\\ (b)\\ 210", _closing("- (a) 210 committees\n- (b) 35 ways"), W),
    ("parts", "(a)\\ 1331;\\ (b)\\ 331", _closing("**Answer:** (a) $\\$1{,}331$ and (b) $\\$331$"), C),
    ("parts", "(x, y) = (3, -2)", _closing("So $\\boxed{y = -2,\\ x = 3}$."), C),
    ("parts", "(x, y) = (3, -2)", _closing("So $\\boxed{y = 3,\\ x = -2}$."), W),
    # Calculus: antiderivatives equal up to a constant (of any name), a derivative's labelled value, numbered roots,
    # and `2e-4` inside an expression as 2e - 4 (alone it stays e-notation).
    ("calculus", "\\frac{1}{2}\\sin^2 x + C", _closing("$$\\boxed{-\\frac{1}{4}\\cos 2x + K}$$"), C),
    ("calculus", "\\frac{1}{2}\\sin^2 x + C", _closing("$$\\boxed{\\frac{1}{4}\\cos 2x + K}$$"), W),
    ("calculus", "(x+1)e^x + C", _closing("So the answer is $\\boxed{e^{x}(x + 1) + C_1}$."), C),
    ("calculus", "(x+1)e^x + C", _closing("So the answer is $\\boxed{e^{x}(x + 2) + C_1}$."), W),
    ("calculus", "\\frac{1}{2}\\tan^2 x + C", _closing("So the answer is $\\boxed{\\frac12\\sec^2 x + K}$."), C),
    ("calculus", "\\frac{1}{2}\\tan^2 x + C", _closing("So the answer is $\\boxed{\\sec^2 x + K}$."), W),
    ("calculus", "\\frac{3}{7}", _closing("So $\\boxed{f'(1) = 3/7}$."), C),
    ("calculus", "\\frac{3}{7}", _closing("So $\\boxed{f'(1) = 7/3}$."), W),
    ("calculus", "x = 4 \\text{ or } x = -1", _closing("The roots are $\\boxed{x_1 = -1,\\ x_2 = 4}$."), C),
    ("calculus", "x = 4 \\text{ or } x = -1", _closing("The roots are $\\boxed{x_1 = 1,\\ x_2 = 4}$."), W),
    ("calculus", "3 - \\frac{6}{e}", _closing("So the integral is $\\boxed{\\frac{3e-6}{e}}$."), C),
    ("calculus", "0.0003", _closing("So the integral is $\\boxed{\\frac{3e-6}{e}}$."), W),
    ("calculus", "0.0003", _closing("So the value is $\\boxed{3e-4}$."), C),
    # Closing sentences that give a verdict on the statement or a property of the object; `X (…) wins`.
    ("closing", "True", _closing("Checking $91 = 7 \\cdot 13$ again.\n\nThe statement is true."), C),
    ("closing", "False", _closing("Checking $91 = 7 \\cdot 13$ again.\n\nThe statement is true."), W),
    ("closing", "\\text{False}", _closing("Checking $91 = 7 \\cdot 13$ again.\n\nSo the claim is **false**."), C),
    (
        "closing",
        "\\text{obtuse}",
        _closing("Since $11^2 > 5^2 + 8^2$, it is not acute.\n\nThe triangle is **obtuse**."),
        C,
    ),
    (
        "closing",
        "\\text{acute}",
        _closing("Since $11^2 > 5^2 + 8^2$, it is not acute.\n\nThe triangle is **obtuse**."),
        W,
    ),
    ("closing", "\\text{even}", _closing("Replacing $x$ by $-x$ gives $f(-x) = f(x)$.\n\nThis function is even."), C),
    ("closing", "\\text{odd}", _closing("Replacing $x$ by $-x$ gives $f(-x) = f(x)$.\n\nThis function is even."), W),
    ("words", "\\text{Dana}", _closing("**Answer:** Dana (the first player) wins"), C),
    ("words", "\\text{Eli}", _closing("**Answer:** Dana (the first player) wins"), W),
    # A closing sentence whose subject has a named quantity (`has area $…$`), or where lines meet.
    (
        "closing",
        "\\sqrt{29}",
        _closing("Its length is $\\sqrt{29}$.\n\nThe parallelogram has area $\\sqrt{29} \\approx 5.39$ square units."),
        C,
    ),
    ("closing", "\\sqrt{30}", _closing("Its length is $\\sqrt{29}$.\n\nThe parallelogram has area $\\sqrt{29}$."), W),
    ("closing", "(4, -1)", _closing("Substituting back: $4 - 1 = 3$.\n\nThe lines meet at $x = 4$, $y = -1$."), C),
    ("closing", "(-1, 4)", _closing("Substituting back: $4 - 1 = 3$.\n\nThe lines meet at $x = 4$, $y = -1$."), W),
    # THIRTYSIXTH-THIRTYEIGHTH: a response that stops on arithmetic not carried out is cut off (THIRTYEIGHTH's 9 false
    # positives at first contact); one fraction or a finished line is an answer.
    ("cut", "30", "Needed: $750 - 300 = 450$ liters.\n\nAt 15 L/min: $450 / 15$", T),
    ("cut", "138", "Start: $5 \\times 24 = 120$ books.\n\nAdd $3 \\times 12 = 36$: $102 + 36$", T),
    ("cut", "9", "Pet owners: $\\tfrac34 \\times 36 = 27$.\n\nCat owners: $\\tfrac13 \\times 27$", T),
    ("cut", "30", "Needed: $750 - 300 = 450$ liters.\n\nAt 15 L/min: $450 / 15 = 30$ minutes.", C),
    ("cut", "\\frac{3}{8}", "Favourable: 3 of 8.\n\nSo the probability is $3/8$", C),
    ("cut", "\\frac{3}{4}", "Favourable: 6 of 8.\n\nSo the probability is $6/8$", T),  # not in lowest terms
    ("cut", "\\frac{3}{4}", "Favourable: 6 of 8.\n\nSo the probability is $6/8$.", C),
    ("cut", "31.40", "Spent: $\\$18.60$.\n\nChange: $\\$50.00 - \\$18.60$", T),
    ("cut", "0.3", "Walkers: 12 of 40.\n\nShare: $12 / 40$", T),
    ("cut", "81", "Side: 9 cm.\n\nArea: $9^2$", T),
    ("cut", "90\\pi", "Radius 3, height 10.\n\nVolume: $V = \\pi \\cdot 9 \\cdot 10$", T),
    ("cut", "2^{10}", "Each of 10 bits is free.\n\nSo the count is $2^{10}$", C),
    # A recheck that says `Let me re-examine` overrules the box before it.
    (
        "recheck",
        "\\textbf{(B)}",
        _closing(_REEXAMINE),
        C,
    ),
    (
        "recheck",
        "\\textbf{(D)}",
        _closing(_REEXAMINE),
        W,
    ),
    (
        "recheck",
        "\\text{False}",
        _closing(_CONVERSE),
        C,
    ),
    (
        "recheck",
        "\\text{True}",
        _closing(_CONVERSE),
        W,
    ),
    (
        "recheck",
        "a = 2,\\ b = -15",
        _closing(_SIGNS),
        C,
    ),
    (
        "recheck",
        "a = 2,\\ b = 15",
        _closing(_SIGNS),
        W,
    ),
    # A tuple gold answered by its unknowns in any order; a derivative's value through a chain; words for no solution
    # and triangle types.
    ("system", "(4, -3)", _closing("So $\\boxed{y=-3,\\ x=4}$."), C),
    ("system", "(4, -3)", _closing("So $\\boxed{y=4,\\ x=-3}$."), W),
    ("system", "(5, 1, -2)", _closing("So $\\boxed{z = -2,\\ y = 1,\\ x = 5}$."), C),
    ("system", "(5, 1, -2)", _closing("So $\\boxed{z = 5,\\ y = 1,\\ x = -2}$."), W),
    ("system", "(4, -3)", _closing("So $\\boxed{\\{x = 4,\\ y = -3\\}}$."), C),
    ("calculus", "405", _closing("So $\\boxed{f'(1) = 5 \\cdot 3^4 = 405}$."), C),
    ("calculus", "406", _closing("So $\\boxed{f'(1) = 5 \\cdot 3^4 = 405}$."), W),
    ("words", "\\text{no solution}", _closing("**Answer:** $\\text{none}$"), C),
    ("words", "\\text{right triangle}", _closing("So it is a $\\boxed{\\text{right-angled triangle}}$."), C),
    ("words", "\\text{acute}", _closing("So it is $\\boxed{\\text{obtuse-angled}}$."), W),
    # An interval less a finite set of its inner points, as the union it leaves.
    ("sets", "[-3, 0) \\cup (0, 3]", _closing("The domain is $\\boxed{[-3,3] \\setminus \\{0\\}}$."), C),
    ("sets", "[-3, 0) \\cup (0, 3]", _closing("The domain is $\\boxed{[-3,3] \\setminus \\{1\\}}$."), W),
    ("sets", "[2, 5) \\cup (5, \\infty)", _closing("The domain is $\\boxed{[2,\\infty) \\setminus \\{5\\}}$."), C),
    ("sets", "(2, 5) \\cup (5, \\infty)", _closing("The domain is $\\boxed{[2,\\infty) \\setminus \\{5\\}}$."), W),
    ("sets", "[-3, 3]", _closing("The domain is $\\boxed{[-3,3] \\setminus \\{7\\}}$."), W),
    # Lists and words are not parts.
    ("parts", "1, 3, 7, 21", _closing("The divisors are $\\boxed{1, 3, 7, 21}$."), C),
    ("parts", "1, 3, 7, 21", _closing("The divisors are $\\boxed{1, 7, 21}$."), W),
]
