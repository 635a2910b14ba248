"""Rows for the classes SIXTEENTH (tests/verify/outside_sixteenth.py) found at first contact, written by the lead.

SIXTEENTH itself was written blind and committed before its first run; these rows were written afterwards, one
class per fix, with values of their own, and hold the near misses that must stay wrong beside the forms that must
now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

SIXTEENTH_FIXES: list[tuple[str, str, str, str]] = [
    # An exponent takes the whole number after it: `2^100` is 2^{100} (TeX's one digit read it as 2^1 * 00 = 0,
    # so a gold 0 was matched by `2^10`).
    ("exponent digits", "2^{100}", "Each element is in or out.\n\nAnswer: 2^100", C),
    ("exponent digits", "2^{101}", "Each element is in or out.\n\nAnswer: 2^100", W),
    ("exponent digits", "1024", "Ten doublings of 1.\n\nAnswer: 2^10", C),
    ("exponent digits", "0", "Ten doublings of 1.\n\nAnswer: 2^10", W),
    ("exponent digits", "200", "Ten doublings of 1.\n\nAnswer: 2^100", W),
    ("exponent digits", "x^{12}", "Multiply the powers: $x^3 \\cdot x^4 \\cdot x^5$.\n\nSo the product is $x^12$.", C),
    ("exponent digits", "3x^2", "Multiply the powers: $x^3 \\cdot x^4 \\cdot x^5$.\n\nSo the product is $x^12$.", W),
    ("exponent digits", "\\sqrt{e}", "So the value is $\\boxed{e^0.5}$.", C),
    ("exponent digits", "\\frac{1}{2}", "So the value is $\\boxed{\\frac12}$.", C),  # `\frac12` keeps TeX's digits
    ("exponent digits", "\\frac{1}{23}", "So the value is $\\boxed{\\frac123}$.", W),  # 1/2 * 3
    # A congruence answers with its residue, on either side; two congruences need the same modulus.
    ("congruence", "4", "$3^4 = 81$ and $3^{20} = (3^4)^5$.\n\n**Final answer:** $3^{20} \\equiv 1 \\pmod{10}$", W),
    ("congruence", "1", "$3^4 = 81$ and $3^{20} = (3^4)^5$.\n\n**Final answer:** $3^{20} \\equiv 1 \\pmod{10}$", C),
    ("congruence", "1", "$3^4 = 81$, so the answer is $3^{20} \\equiv 1 \\pmod{10}$.", C),
    ("congruence", "6", "So $n \\equiv 6 \\ (\\bmod 7)$.\n\nThe answer is $\\boxed{n \\equiv 6 \\pmod 7}$.", C),
    ("congruence", "x \\equiv 6 \\pmod 7", "Solving, $x = 6 + 7k$.\n\nThe answer is $\\boxed{6}$.", C),
    ("congruence", "x \\equiv 6 \\pmod 7", "Solving, $x = 5 + 7k$.\n\nThe answer is $\\boxed{5}$.", W),
    ("congruence", "x \\equiv 6 \\pmod 7", "So the answer is $\\boxed{x \\equiv 6 \\pmod 8}$.", W),
    ("congruence", "x \\equiv 6 \\pmod 7", "So the answer is $\\boxed{x \\equiv 6 \\pmod{7}}$.", C),
    # A base written out in words or parentheses is the base subscript.
    ("base words", "1101_2", "13 = 8 + 4 + 1.\n\nAnswer: 1101 (base 2)", C),
    ("base words", "1101_2", "13 = 8 + 4 + 1.\n\nAnswer: 1011 (base 2)", W),
    ("base words", "1101_2", "13 = 8 + 4 + 1.\n\nAnswer: 1101 (base 3)", W),
    (
        "base words",
        "13",
        "13 = 8 + 4 + 1.\n\nThe answer is $\\boxed{1101 \\text{ in base } 2}$... so 13 in binary.",
        C,
    ),
    ("base words", "13", "13 = 8 + 4 + 1.\n\nAnswer: 1101 in base 2", C),
    ("base words", "14", "13 = 8 + 4 + 1.\n\nAnswer: 1101 in base 2", W),
    ("base words", "212_3", "23 = 18 + 3 + 2.\n\nSo the answer is $\\boxed{(212)_3}$.", C),
    ("base words", "212_3", "23 = 18 + 3 + 2.\n\nSo the answer is $\\boxed{212_{(3)}}$.", C),
    ("base words", "212_3", "23 = 18 + 3 + 2.\n\nSo the answer is $\\boxed{221_{(3)}}$.", W),
    # A yes or no that opens a statement, then its reason.
    ("yes no statement", "yes", "$\\sqrt{89} < 10$ and no prime below 10 divides 89.\n\nAnswer: Yes, 89 is prime", C),
    ("yes no statement", "no", "$\\sqrt{89} < 10$ and no prime below 10 divides 89.\n\nAnswer: Yes, 89 is prime", W),
    ("yes no statement", "no", "Since $133 = 7 \\cdot 19$, the answer is no, 133 is composite.", C),
    ("yes no statement", "yes", "Since $133 = 7 \\cdot 19$, the answer is no, 133 is composite.", W),
    ("yes no statement", "yes", "It depends on $n$.\n\nAnswer: Yes, but only when $n$ is odd", W),
    # `no` is the word, whatever its case (it was the product n·o, which `on` equalled); `YES` too.
    ("yes no word", "no", "Since $91 = 7 \\cdot 13$, it is not prime.\n\nThe answer is $\\boxed{on}$.", W),
    ("yes no word", "no", "Since $91 = 7 \\cdot 13$, it is not prime.\n\nThe answer is $\\boxed{No}$.", C),
    ("yes no word", "NO", "Since $91 = 7 \\cdot 13$, it is not prime.\n\nThe answer is $\\boxed{no}$.", C),
    ("yes no word", "YES", "Since $97$ has no prime factor below 10, it is prime.\n\n**Answer:** yes", C),
    ("yes no word", "YES", "Since $91 = 7 \\cdot 13$, it is not prime.\n\n**Answer:** no", W),
    # The closing sentence says what the answer is, with its article (and no box or other statement before it).
    (
        "answer is a word",
        "\\text{hyperbola}",
        "The squared terms have opposite signs.\n\nThe answer is a hyperbola.",
        C,
    ),
    ("answer is a word", "\\text{ellipse}", "The squared terms have opposite signs.\n\nThe answer is a hyperbola.", W),
    ("answer is a word", "parabola", "Only $x$ is squared, so the answer is a parabola.", C),
    ("answer is a word", "12", "The count needs care.\n\nThe answer is a bit tricky.", N),
    ("answer is a word", "12", "Each factor gives a choice.\n\nThe answer is an integer.", N),
    ("answer is a word", "12", "There are $3 \\cdot 4 = 12$ ways, so $\\boxed{12}$. The answer is a nice number.", C),
    # A cut that stops on an operator inside the last formula, even when the formula's span is closed.
    ("operator cut", "42", "The sides are 6 and 7, so the area is $6 \\cdot 7 = $", T),
    ("operator cut", "42", "The sides are 6 and 7, so the area is\n\n$$6 \\times 7 =$$", T),
    ("operator cut", "15", "Adding the two parts gives \\(7 + \\)", T),
    ("operator cut", "42", "The sides are 6 and 7, so the area is $6 \\cdot 7 = 42$", C),
    ("operator cut", "42", "The area is $\\boxed{42}$. Check: $6 \\cdot 7 = 42$.", C),
    (
        "operator cut",
        "5",
        "The answer is the number of roots of $x^5 = x$. Factor: $x(x^4 - 1)$, so the roots are $x = 0$,",
        T,
    ),
    ("operator cut", "5", "The answer is 5. Factor: $x(x^4 - 1) = 0$, so the roots are $x = 0$,", T),
    ("operator cut", "5", "The answer is 5 roots.", C),
    # A short tail without math of its own is no cut: an AoPS signature after the span that holds the box, a broken
    # end marker (a Sky-T1 output stops inside one).
    ("operator cut", "137", "So $m+n=\\boxed{137}$\n -Solution by someone123", C),
    ("operator cut", "137", "So $m+n=91+46=\\boxed{137}$\n -Solution by someone123\n ~edited by another", C),
    ("operator cut", "24", "That gives $1024 \\equiv \\boxed{024} \\pmod{1000}$.\n -Solution by someone123", C),
    ("operator cut", "24", "That gives $1024 \\equiv \\boxed{024} \\pmod{1000}$. Check: $1024 - 1000 =", T),
    ("operator cut", "32", "Thus, the area of the triangle is \\(\\boxed{32}\\).<|end_of_", C),
    ("operator cut", "32", "Thus, the area is \\(\\boxed{32}\\). Check: \\(4 \\cdot 8 =", T),
    # SEVENTEENTH's first contact (one false positive, one miss), fixed: a tuple's brackets are a pair, so a
    # half-open interval is never the pair or open interval `(1, 3)`; `It will be a Wednesday.` names the day.
    (
        "bracket pair",
        "(1, 3)",
        "So $1 < x \\le 3$.\n\nFinal Answer: The final answer is $(1, 3]$. I hope it is correct.",
        W,
    ),
    ("bracket pair", "(1, 3)", "So the answer is $\\boxed{[1, 3)}$.", W),
    ("bracket pair", "(1, 3)", "So the answer is $\\boxed{(1, 3)}$.", C),
    ("bracket pair", "(1, 3]", "So the answer is $\\boxed{(1, 3]}$.", C),
    ("bracket pair", "(2, 5)", "The point is $\\boxed{\\langle 2, 5 \\rangle}$.", C),
    ("bracket pair", "(2, 5)", "The point is $\\boxed{(5, 2)}$.", W),
    (
        "will be a",
        "\\text{Friday}",
        "Day 0 is a Monday and 60 = 56 + 4.\n\n**Final Answer**\n\nIt will be a **Friday**.",
        C,
    ),
    (
        "will be a",
        "\\text{Thursday}",
        "Day 0 is a Monday and 60 = 56 + 4.\n\n**Final Answer**\n\nIt will be a **Friday**.",
        W,
    ),
    (
        "will be a",
        "\\text{square}",
        "All sides are equal and the angles are right.\n\nThe figure would be a square.",
        C,
    ),
]
