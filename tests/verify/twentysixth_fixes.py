"""Rows for the classes TWENTYFIFTH and TWENTYSIXTH (tests/verify/outside_twentyfifth.py, outside_twentysixth.py)
found at first contact, by the lead.

Both were written blind and committed before their first run on 2026-12-03: TWENTYFIFTH (R1/QwQ-style think
blocks) scored 96.5% accuracy / 100% precision, TWENTYSIXTH (school word problems in homework-help markdown) 88.7%
/ 99.5% (1 false positive: `90 hours` read as `90` for a gold `90 minutes`). These rows were written afterwards,
one class per fix, with values of their own, and hold the near misses that must stay wrong beside the forms that
must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_WORK = "I set up the computation and checked it twice; a first pass gave 11, which I rejected."


def _closing(text: str) -> str:
    return _WORK + "\n\n" + text


def _recheck(first: str, closing: str) -> str:
    return _closing(f"{first}\n\nWait, let me recheck the second step: I used the wrong total.\n\n{closing}")


def _think(inner: str, after: str = "") -> str:
    return f"<think>\nLet me work through it. {_WORK}\n\n{inner}\n</think>" + (f"\n\n{after}" if after else "")


_PERIODIC = "x = \\frac{\\pi}{2} + k\\pi,\\ k \\in \\mathbb{Z}"
_PIECES = "\\begin{cases} 1 & t < 0 \\\\ 3 & t \\ge 0 \\end{cases}"


TWENTYSIXTH_FIXES: list[tuple[str, str, str, str]] = [
    # Quantities with units of one kind compare in a common unit; a unit that changes the quantity is wrong.
    ("quantity", "75\\text{ minutes}", _closing("✅ Final answer: 75 hours"), W),
    ("quantity", "75\\text{ minutes}", _closing("✅ Final answer: 1.25 hours"), C),
    ("quantity", "75\\text{ minutes}", _closing("**Answer:** 1 hour 15 minutes"), C),
    ("quantity", "2.4\\text{ kg}", _closing("✅ Final answer: 2400 g"), C),
    ("quantity", "2.4\\text{ kg}", _closing("✅ Final answer: 240 g"), W),
    ("quantity", "3\\text{ km}", _closing("**Answer:** 3000 m"), C),
    ("quantity", "3\\text{ km}", _closing("**Answer:** 300 m"), W),
    ("quantity", "1.5\\text{ L}", _closing("**Answer:** 1500 mL"), C),
    ("quantity", "4\\text{ kg }70\\text{ g}", _closing("**Answer:** 4 kg 70 g"), C),
    ("quantity", "4\\text{ kg }70\\text{ g}", _closing("**Answer:** 4.07"), C),
    ("quantity", "4\\text{ kg }70\\text{ g}", _closing("**Answer:** 4070 g"), C),
    ("quantity", "4\\text{ kg }70\\text{ g}", _closing("**Answer:** 4.7"), W),
    ("quantity", "4\\text{ kg }70\\text{ g}", _closing("**Answer:** 4 kilograms 700 grams"), W),
    ("quantity", "12", _closing("**Answer:** 12 cm"), C),
    # A day of a month without its year, in any order.
    ("date", "\\text{May } 21", _closing("So, the answer is 21 May."), C),
    ("date", "\\text{May } 21", _closing("**Answer:** May 21st"), C),
    ("date", "\\text{May } 21", _closing("The parcel arrives on **the 21st of May**."), C),
    ("date", "\\text{May } 21", _closing("So, the answer is 22 May."), W),
    ("date", "\\text{May } 21", _closing("**Answer:** June 21"), W),
    # A yes-or-no gold with its value: the word, the value, or both, each as the gold says.
    ("yes_no", "\\text{Yes, } \\$3.40 \\text{ left}", _closing("**Answer:** Yes — he'll have $3.40 left."), C),
    ("yes_no", "\\text{Yes, } \\$3.40 \\text{ left}", _closing("**Answer:** Yes, $4.30 left"), W),
    ("yes_no", "\\text{Yes, } \\$3.40 \\text{ left}", _closing("**Answer:** No, he is $3.40 short"), W),
    ("yes_no", "\\text{Yes, } \\$3.40 \\text{ left}", _closing("So, he'll have **$3.40** left over."), C),
    ("yes_no", "\\text{No; } 11", _closing("**Answer:** No; 11"), C),
    ("yes_no", "\\text{No; } 11", _closing("**Answer:** No; 13"), W),
    ("yes_no", "\\text{Yes}", _closing("**Answer:** Yes, 101 is prime"), C),
    ("yes_no", "\\text{No}", _closing("**Answer:** Yes, 101 is prime"), W),
    # A recheck after a statement, then a closing paragraph that states another value, overrules the statement.
    ("recheck", "C", _recheck("**Answer:** (A)", "The correct option is (C) 54 cm²."), C),
    ("recheck", "A", _recheck("**Answer:** (A)", "The correct option is (C) 54 cm²."), W),
    ("recheck", "17", _recheck("**Answer:** 15 degrees", "✅ Final answer: a drop of 17 °C"), C),
    ("recheck", "15", _recheck("**Answer:** 15 degrees", "✅ Final answer: a drop of 17 °C"), W),
    ("recheck", "B", _closing("The correct option is (B) 500 g for $3.20."), C),
    # Bounds said in words, on either side; a bound at its value answers a plain number.
    ("bound", "\\text{at least 8 laps}", _closing("**Answer:** n ≥ 8"), C),
    ("bound", "\\text{at least 8 laps}", _closing("**Answer:** n > 8"), W),
    ("bound", "\\text{at least 8 laps}", _closing("Mia must swim **8 or more laps**."), C),
    ("bound", "\\text{at least 8 laps}", _closing("Mia must swim **9 or more laps**."), W),
    ("bound", "w \\le 16", _closing("Therefore, he can carry **no more than 16 kg**."), C),
    ("bound", "w \\le 16", _closing("Therefore, he can carry **no more than 18 kg**."), W),
    ("bound", "w \\le 16", _closing("So, the answer is w ≤ 16 (he can carry at most 16 kg)."), C),
    ("bound", "x \\ge 3", _closing("**Answer:** x is any number greater than or equal to 3"), C),
    ("bound", "x \\ge 3", _closing("**Answer:** x is any number greater than 3"), W),
    ("bound", "9", _closing("You need at least **nine buses** for the trip."), C),
    ("bound", "9", _closing("You need at least **eight buses** for the trip."), W),
    # A change with its direction in words.
    ("change", "12\\%", _closing("**Answer:** a 12% increase"), C),
    ("change", "12\\%", _closing("**Answer:** a 21% increase"), W),
    ("change", "-5\\%", _closing("**Answer:** a 5% decrease"), C),
    ("change", "-5\\%", _closing("**Answer:** a 5% increase"), W),
    ("change", "-5\\%", _closing("Therefore, the fund ended the week **down 5%**."), C),
    # Ratios in words, currency codes and rates, asides after a stated value.
    ("ratio", "5:7", _closing("The ratio of cats to dogs is **5 to 7**."), C),
    ("ratio", "5:7", _closing("The ratio of cats to dogs is **7 to 5**."), W),
    ("money", "€125", _closing("**Answer:** EUR 125"), C),
    ("money", "€125", _closing("**Answer:** €125.00 per month"), C),
    ("money", "€125", _closing("**Answer:** €152.00 per month"), W),
    ("aside", "100\\text{ minutes}", _closing("So, the answer is 100 minutes (1 hour and 40 minutes)."), C),
    ("aside", "07:15", _closing("**Answer:** 07:15 (the next morning)"), C),
    ("aside", "\\frac{9}{4}", _closing("**Answer:** 2 1/4 (that is, 9/4)"), C),
    ("aside", "\\frac{9}{4}", _closing("**Answer:** 2 3/4 (that is, 11/4)"), W),
    ("aside", "1101_2", _closing("Answer: 1101 (base 3)"), W),
    (
        "aside",
        "\\frac{16}{3}",
        _closing("So there are $\\frac{16}{3} = 5\\frac{1}{3}$ servings in 4 cups."),
        C,
    ),
    ("aside", "8", _closing("There are $2^{3}$ subsets in all, minus the empty one: **7** subsets."), W),
    # The answer stated only at the end of the thinking, nothing after it.
    ("think", "7\\sqrt{2}", _think("Okay, I'm confident now. The answer is $7 \\sqrt{2}$."), C),
    ("think", "7\\sqrt{2}", _think("Okay, I'm confident now. The answer is $7 \\sqrt{3}$."), W),
    ("think", "\\frac{7}{12}", _think("Okay, I'm confident now. The answer is $0.58\\overline{3}$."), C),
    ("think", "\\frac{7}{12}", _think("Okay, I'm confident now. The answer is $0.5\\overline{8}$."), W),
    ("think", "12", f"<think>\nLet me work through it. {_WORK}\n\nSo the sum is 5 + 7 =", T),
    # Bases in words and base ten written out; a function's range as a double inequality; words for sets and
    # verdicts.
    ("base", "10110_2", _closing("**Final Answer**\n\\boxed{10110_{\\text{two}}}"), C),
    ("base", "10110_2", _closing("**Final Answer**\n\\boxed{10101_{\\text{two}}}"), W),
    ("base", "534", _think("Okay, I'm confident now. The answer is $(534)_{10}$."), C),
    ("range", "[2,9]", _closing("**Final Answer**\n\\[\n\\boxed{2\\le g(x)\\le 9}\n\\]"), C),
    ("range", "[2,9]", _closing("**Final Answer**\n\\[\n\\boxed{2< g(x)\\le 9}\n\\]"), W),
    ("words", "\\varnothing", _closing("The answer is $\\text{the empty set}$."), C),
    ("words", "\\{0\\}", _closing("The answer is $\\text{the empty set}$."), W),
    ("words", "\\text{converges}", _closing("\\[ \\boxed{\\text{The series converges}} \\]"), C),
    ("words", "\\text{converges}", _closing("\\[ \\boxed{\\text{convergent}} \\]"), C),
    ("words", "\\text{converges}", _closing("\\[ \\boxed{\\text{The series diverges}} \\]"), W),
    # Numbers in words listed after `are`, to the end of the sentence: every value, in digits.
    ("listed", "-3, 8", _closing("The two roots are eight and negative three."), C),
    ("listed", "-3, 8", _closing("The two roots are eight and three."), W),
    ("listed", "5", _closing("So Lea and Max are five and eight."), W),
    # TWENTYEIGHTH's one miss at first contact: a statement whose sentence holds its value in bold.
    ("bold", "8", _closing("**Answer:** Omar gets **\\$8** in change."), C),
    ("bold", "8", _closing("**Answer:** Omar gets **\\$9** in change."), W),
    # TWENTYSEVENTH's one class at first contact: the words of a statement inside the box.
    ("boxed words", "47", _closing("\\boxed{\\text{The answer is } 47}"), C),
    ("boxed words", "47", _closing("\\boxed{\\text{The answer is } 48}"), W),
    ("boxed words", "9", _closing("\\boxed{\\text{The answer is } 9 \\text{ marbles}}"), C),
    ("boxed words", "(2,5)", _closing("\\boxed{\\text{Final answer: } (2, 5)}"), C),
    ("boxed words", "(2,5)", _closing("\\boxed{\\text{Final answer: } (5, 2)}"), W),
    # TWENTYNINTH's classes (olympiad answers): residue classes in any notation, families in a declared parameter,
    # where an extremum is attained, `or` between bounds, pieces in any order.
    ("family", "n \\equiv 2 \\pmod 5", _closing("**Answer:** n = 5k + 2, k \\ge 0"), C),
    ("family", "n \\equiv 2 \\pmod 5", _closing("**Answer:** n = 5k + 3, k \\ge 0"), W),
    ("family", "n \\equiv 2 \\pmod 5", _closing("So $n \\in \\{2, 7, 12, 17, \\dots\\}$."), C),
    ("family", "n \\equiv 2 \\pmod 5", _closing("**Answer:** n = 2"), W),
    ("family", "n \\equiv 0 \\pmod 7", _closing("**Answer:** $7 \\mid n$"), C),
    ("family", "\\text{all even } n", _closing("\\boxed{n \\text{ is even}}"), C),
    ("family", "\\text{all even } n", _closing("\\boxed{n = 2k + 1}"), W),
    ("family", "y=3x+2", _closing("\\boxed{y = 3x + 5}"), W),
    (
        "family",
        "x = \\frac{\\pi}{2} + k\\pi,\\ k \\in \\mathbb{Z}",
        _closing("\\boxed{x = \\frac{\\pi}{2} + m\\pi,\\ m \\in \\mathbb{Z}}"),
        C,
    ),
    (
        "family",
        "x = \\frac{\\pi}{2} + k\\pi,\\ k \\in \\mathbb{Z}",
        _closing("\\boxed{x = \\frac{\\pi}{2} + 2m\\pi,\\ m \\in \\mathbb{Z}}"),
        W,
    ),
    ("family", "x = 2k\\pi,\\ k \\in \\mathbb{Z}", _closing("So $x \\in \\{2k\\pi : k \\in \\mathbb{Z}\\}$."), C),
    ("family", "f(x) = ax", _closing("\\boxed{f(x) = tx,\\ t \\in \\mathbb{R}}"), C),
    ("family", "f(x) = ax", _closing("\\boxed{f(x) = tx^2,\\ t \\in \\mathbb{R}}"), W),
    ("family", "f(x) = x", _closing("\\boxed{f(x) = x \\text{ for } x > 1}"), W),
    ("family", "n = 3^k \\text{ for } k \\ge 1", _closing("\\boxed{n = 3^k \\text{ for } k \\ge 2}"), W),
    ("family", "n = 3^k \\text{ for } k \\ge 1", _closing("\\boxed{n = 3^m \\text{ for } m \\ge 1}"), C),
    ("extremum", "9", _closing("\\boxed{9 \\text{ (attained at } x = 3\\text{)}}"), C),
    ("extremum", "9", _closing("\\boxed{8 \\text{ (attained at } x = 3\\text{)}}"), W),
    ("union", "x < -3 \\text{ or } x \\ge 2", _closing("\\boxed{(-\\infty, -3) \\cup [2, \\infty)}"), C),
    ("union", "x < -3 \\text{ or } x \\ge 2", _closing("\\boxed{(-\\infty, -3] \\cup [2, \\infty)}"), W),
    ("union", "n = 2 \\text{ or } n \\ge 6", _closing("\\boxed{n = 2 \\text{ or } n \\ge 6}"), C),
    (
        "pieces",
        "\\begin{cases} 1 & t < 0 \\\\ 3 & t \\ge 0 \\end{cases}",
        _closing("\\boxed{g(t) = \\begin{cases} 3 & t \\ge 0 \\\\ 1 & t < 0 \\end{cases}}"),
        C,
    ),
    (
        "pieces",
        "\\begin{cases} 1 & t < 0 \\\\ 3 & t \\ge 0 \\end{cases}",
        _closing("\\boxed{\\begin{cases} 1 & t \\ge 0 \\\\ 3 & t < 0 \\end{cases}}"),
        W,
    ),
]
