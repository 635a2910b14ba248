"""THIRTYSECOND: a held-out batch of labelled answer-verification pairs: choice, multi-part, word answers (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch32) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style, and outside_twentyninth.py's docstring and last 30 lines, for the header
and the closing asserts), and without running longcot, math-verify, sympy or any other grader on any pair. Every
pair was labelled by hand (python used by hand to check the arithmetic only); pairs a reasonable grader could label
either way were left out (no bare option value for a bare-letter gold, no lowercase letter for an uppercase gold, no
`\\infty` for "infinitely many" or "undefined", no answer that drops a part the body had already answered). Committed
before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The theme is
answers that are not a single number: AMC-, AQuA- and MMLU-style multiple choice with the gold a letter (`C`,
`(B)`, `\\textbf{(D)}`) or a letter with its option value (`\\textbf{(D)}\\ 47`, `\\textbf{(C)}\\ 6`); multi-part
answers (`(a)\\ 12;\\ (b)\\ 840`, `a) 3, b) -1`, three parts, mean/median/mode); yes/no and true/false answers with a
justification; and word answers (a winner's name, "the first player" and "the second player", a knight in a
knights-and-knaves puzzle, a day of the week, a colour, "rhombus", "parabola", the larger of two powers, "no
solution", "infinitely many", "does not exist", "undefined"). Each response models a long chain of thought: a
computation, a wrong turn, a "Wait, let me recheck", a check, then the final answer as a boxed sentence, a display
box under **Final Answer**, "The answer is", a bold **Answer:** line, the Minerva "Final Answer: The final answer is
$x$. I hope it is correct.", `#### x`, a "### Final Answer" heading (boxed and unboxed), a DeepSeek-R1 `<think>`
block then a summary, the Gemini "**Final Answer:** The final answer is $\\boxed{..}$", a "## Solution" markdown
answer under a rule, an o1-style bulleted summary, a box followed by a remark, or a closing prose sentence.
Correct rows vary the form: the letter alone, in parentheses, in `\\textbf{}` or `\\text{}`, with its option value
("(D) 24", "B) 72", `\\textbf{(E)}\\ 9`), "Option B is correct.", the option value alone where the gold includes it,
the option's wording ("(C) kinetic energy"); multi-part answers relabelled ("gcd = 12, lcm = 840", `m = 3, b = -1`,
`a_{20} = 79, S_{20} = 820`), reordered with their labels, in a bulleted list, or unsimplified (`6/45`, `12/90`);
"No, because ...", "**Yes.**", lowercase "true"/"false"; "Alice (the first player)", "DNE", `\\varnothing` for no
solution, "The matrix is not invertible" for an inverse that does not exist; and earlier wrong boxes that a later
final answer overrules (the last stated final answer wins).
The negatives lean on precision: another letter, the right value under the wrong letter (an option list misread),
one part wrong (a sign, off by one, a missing factor 2, the reciprocal reading of f^{-1}(11)), parts swapped, a part
left out, the opposite yes/no or true/false, the other player, the neighbouring weekday or colour, the more
special or more general shape (square, rectangle, ellipse), a finite count or a number for "infinitely many", "no
solution" or "undefined", and an extraneous root. About three fifths of the negatives are hard, with the gold in the
text (a rejected candidate, an intermediate, an earlier box later overruled).
Each problem has one worked reasoning (`_X_G`, reaching the gold), one flawed reasoning with the gold in it as a
rejected candidate (`_X_B`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier box and a
recheck, and `_half` keeps the first paragraphs of the worked reasoning and stops mid-sentence. Rows are added per
problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`. The question itself is not
part of the row; the comment above each problem states it.
54 problems in 12 categories (choice_amc, choice_aqua, choice_mmlu, multipart, yesno, truefalse, game, logic,
calendar, shape, word, existence); 434 rows: 221 correct, 171 incorrect, 42 truncated. Of the 171 negatives, 106
are hard and 65 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYSECOND: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYSECOND.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _j(*parts: str) -> str:
    """Reasoning pieces joined as paragraphs."""
    return "\n\n".join(parts)


def _box(r: str, a: str) -> str:
    """A boxed closing sentence."""
    return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """**Final Answer** with a display box."""
    return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """`The answer is ...` without a box."""
    return r + "\n\nThe answer is " + a + "."


def _bold(r: str, a: str) -> str:
    """A bold **Answer:** line."""
    return r + "\n\n**Answer:** " + a


def _mn(r: str, a: str) -> str:
    """Minerva close."""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K close: `#### answer` as the last line."""
    return r + "\n#### " + a


def _head(r: str, a: str, box: bool = False) -> str:
    """A `### Final Answer` heading with the answer on the next line."""
    shown = "$\\boxed{" + a + "}$" if box else a
    return r + "\n\n### Final Answer\n" + shown


def _r1(r: str, a: str, summary: str = "Putting the pieces of the reasoning together gives the result below.") -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return "<think>\n" + r + "\n</think>\n\n" + summary + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _gem(r: str, a: str) -> str:
    """Gemini-style close."""
    return r + "\n\n**Final Answer:** The final answer is $\\boxed{" + a + "}$"


def _rem(r: str, a: str, remark: str = "Let me know if you would like any step worked out in more detail!") -> str:
    """A box followed by a closing remark."""
    return r + "\n\nSo the answer is $\\boxed{" + a + "}$.\n\n" + remark


def _say(r: str, s: str) -> str:
    """A closing prose sentence that states the answer in words."""
    return r + "\n\n" + s


def _o1(r: str, points: list[str], a: str) -> str:
    """o1-style: the reasoning, a bulleted summary, then a bold answer line."""
    return r + "\n\n**Summary**\n" + "\n".join("- " + p for p in points) + "\n\n**Answer:** " + a


def _md(r: str, a: str) -> str:
    """Chat-assistant markdown: a heading, the work, a rule, a bold answer."""
    return "## Solution\n\n" + r + "\n\n---\n\n**Answer: " + a + "**"


def _two(r: str, a1: str, fix: str, a2: str) -> str:
    """An earlier box, a recheck, then the final box (the last stated final answer wins)."""
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + a1
        + "}$.\n\nWait, let me recheck. "
        + _t(fix)
        + "\n\nSo the final answer is $\\boxed{"
        + a2
        + "}$."
    )


def _half(r: str, n: int, tail: str) -> str:
    """The first n paragraphs of a reasoning, then an unfinished tail (no final answer stated)."""
    return "\n\n".join(r.split("\n\n")[:n]) + "\n\n" + tail


def _think_cut(r: str, n: int, tail: str) -> str:
    """An R1 `<think>` block cut off before it closes."""
    return "<think>\n" + _half(r, n, tail)


# ---------------------------------------------------------------------------------------------------------------
# Multiple choice, AMC style.
# ---------------------------------------------------------------------------------------------------------------

# C1. How many positive divisors does 360 have? (A) 18 (B) 20 (C) 22 (D) 24 (E) 30
_C1_BODY = _t(r"""
We need the number of positive divisors of $360$. First factor it: $360 = 36 \cdot 10 = 2^2 \cdot 3^2 \cdot 2 \cdot 5
= 2^3 \cdot 3^2 \cdot 5$.

A divisor chooses an exponent of $2$ from $0$ to $3$, of $3$ from $0$ to $2$ and of $5$ from $0$ to $1$. My first
thought was to multiply the exponents, $3 \cdot 2 \cdot 1 = 6$, but that is far too small: $1, 2, 3, 4, 5, 6, 8, 9,
10$ are already nine divisors. Wait, let me recheck: each exponent has one more choice than its value, so the count
is $(3+1)(2+1)(1+1) = 4 \cdot 3 \cdot 2 = 24$.

Check by pairing $d \leftrightarrow 360/d$ with $d < \sqrt{360} \approx 18.97$: $d \in \{1, 2, 3, 4, 5, 6, 8, 9, 10,
12, 15, 18\}$, which is $12$ divisors, so $24$ in all, and $360$ is not a square, so nothing is counted twice.
""")
_C1_G = _j(_C1_BODY, "Among the options (A) 18, (B) 20, (C) 22, (D) 24, (E) 30, the count $24$ is option (D).")
_C1_B = _t(r"""
Factor: $360 = 2^3 \cdot 3^2 \cdot 5$, so the number of divisors is $(3+1)(2+1)(1+1) = 24$, which is option (D).

Hmm, wait. Contest problems sometimes mean the divisors other than $1$ and the number itself when they say
"divisors", and (D) looks like the obvious trap answer. Let me reread: "How many positive divisors does 360 have?"
I will exclude the trivial divisors $1$ and $360$ to be safe.

That leaves $24 - 2 = 22$ divisors, which is option (C).
""")
_C1_E = _t(r"""
Let me just list the divisors of $360$ in pairs $d \cdot (360/d)$.

$1 \cdot 360$, $2 \cdot 180$, $3 \cdot 120$, $4 \cdot 90$, $5 \cdot 72$, $6 \cdot 60$, $9 \cdot 40$, $10 \cdot 36$,
$12 \cdot 30$, $18 \cdot 20$. The next candidate would be $19$, and $19^2 = 361 > 360$, so the list stops.

That is $10$ pairs, so $20$ divisors, option (B).
""")
_add(
    "choice_amc",
    r"\textbf{(D)}",
    [
        (C, _box(_C1_G, r"\textbf{(D)}")),
        (C, _fa(_C1_G, r"\textbf{(D)}\ 24")),
        (C, _is(_C1_G, "(D) 24")),
        (C, _say(_C1_G, "So the correct choice is option D.")),
        (
            C,
            _two(
                _C1_E,
                r"\textbf{(B)}",
                r"""The pair list skipped $8 \cdot 45$ and $15 \cdot 24$. With them there are $12$ pairs, which
                agrees with $(3+1)(2+1)(1+1) = 24$ from $360 = 2^3 \cdot 3^2 \cdot 5$.""",
                r"\textbf{(D)}",
            ),
        ),
        (H, _box(_C1_B, r"\textbf{(C)}")),
        (
            H,
            _two(
                _C1_G,
                r"\textbf{(D)}",
                r"""The problem surely wants the nontrivial divisors, since $1$ and $360$ divide everything
                trivially; removing them gives $24 - 2 = 22$.""",
                r"\textbf{(C)}\ 22",
            ),
        ),
        (P, _bold(_C1_E, "(B) 20")),
        (T, _half(_C1_G, 1, r"A divisor chooses an exponent of $2$ from $0$ to $3$, of $3$ from $0$ to $2$ and")),
    ],
)

# C4. How many integers n with 1 <= n <= 100 are divisible by 3 or by 5? (A) 41 (B) 45 (C) 46 (D) 47 (E) 53
_C4_BODY = _t(r"""
Multiples of $3$ up to $100$: $\lfloor 100/3 \rfloor = 33$. Multiples of $5$: $\lfloor 100/5 \rfloor = 20$.

Adding gives $53$, but the multiples of $15$ were counted in both lists. There are $\lfloor 100/15 \rfloor = 6$ of
them ($15, 30, 45, 60, 75, 90$). Wait, let me recheck whether $105$ sneaks in: no, $105 > 100$. So by
inclusion-exclusion the count is $33 + 20 - 6 = 47$.

Sanity check with the complement: numbers divisible by neither are $100 - 47 = 53$; the density of such numbers is
$(1 - 1/3)(1 - 1/5) = 8/15 \approx 0.533$, and $0.533 \cdot 100 \approx 53$. Consistent.
""")
_C4_G = _j(_C4_BODY, "The count $47$ is listed as (D).")
_C4_B = _t(r"""
Multiples of $3$: $33$. Multiples of $5$: $20$. Together $33 + 20 = 53$.

Should I subtract the $6$ multiples of $15$? That would give $47$, option (D). Hmm, but a multiple of $15$ is
divisible by $3$ or by $5$ (in fact by both), so it certainly satisfies the condition and must be counted. Removing
them would undercount.

So I keep all of them: $53$, option (E).
""")
_C4_E = _t(r"""
Multiples of $3$ up to $100$: $33$. Multiples of $5$: $20$. Multiples of both, i.e. of $15$: $6$.

"Divisible by 3 or by 5" in the exclusive sense means exactly one of the two, so the multiples of $15$ have to be
taken out of both lists: $(33 - 6) + (20 - 6) = 27 + 14 = 41$.
""")
_add(
    "choice_amc",
    r"\textbf{(D)}\ 47",
    [
        (C, _box(_C4_G, r"\textbf{(D)}\ 47")),
        (C, _box(_C4_BODY, "47")),
        (C, _mn(_C4_G, r"\text{(D)}")),
        (C, _rem(_C4_G, "D", 'Inclusion-exclusion is the standard tool whenever an "or" condition overlaps.')),
        (
            C,
            _two(
                _C4_B,
                r"\textbf{(E)}\ 53",
                r"""The numbers $15, 30, \dots, 90$ were in both lists, so adding
        $33 + 20$ counts each of them twice; subtracting them once gives each exactly one count: $53 - 6 = 47$.""",
                r"\textbf{(D)}\ 47",
            ),
        ),
        (H, _box(_C4_B, r"\textbf{(E)}\ 53")),
        (H, _gem(_C4_B, "E")),
        (P, _fa(_C4_E, r"\textbf{(A)}\ 41")),
        (
            T,
            _half(_C4_G, 1, r"Adding gives $53$, but the multiples of $15$ were counted in both lists, and there are"),
        ),
    ],
)

# C7. The average of five numbers is 12. After one number is removed, the average of the other four is 10.
# Which number was removed? (A) 18 (B) 20 (C) 22 (D) 24 (E) 26
_C7_BODY = _t(r"""
The five numbers sum to $5 \cdot 12 = 60$ and the remaining four sum to $4 \cdot 10 = 40$.

At first I wanted to say the removed number is $12 + 2 = 14$, because the average dropped by $2$, but $14$ is not
even an option. Wait, let me recheck: removing a number larger than the average pulls the average down, and the
amount it pulls is spread over the four that remain. The removed number is simply $60 - 40 = 20$.

Check: the other four sum to $40$, and $(40 + 20)/5 = 12$. Also $12 + 4 \cdot 2 = 20$, the old average plus four
times the drop, agrees.
""")
_C7_G = _j(_C7_BODY, "So the removed number is $20$, choice (B).")
_C7_B = _t(r"""
Sum of all five: $60$. The removed number is the old average plus the drop times the number of values, so I need
to decide whether that is $4$ or $5$.

With $4$ I get $12 + 4 \cdot 2 = 20$, choice (B); with $5$ I get $12 + 5 \cdot 2 = 22$. The drop of $2$ in the
average happens to all five original numbers, so the factor should be $5$.

So the removed number is $22$, choice (C).
""")
_C7_E = _t(r"""
Total of the five numbers: $5 \cdot 12 = 60$. Total of the four that remain: $4 \cdot 10 = 36$.

The removed number is $60 - 36 = 24$, which is choice (D).
""")
_add(
    "choice_amc",
    r"\textbf{(B)}",
    [
        (C, _box(_C7_G, r"\textbf{(B)}")),
        (C, _fa(_C7_G, r"\textbf{(B)}\ 20")),
        (C, _head(_C7_G, "(B) 20")),
        (C, _r1(_C7_BODY, r"\text{(B)}", "Total 60, remaining total 40, so the removed number is 20.")),
        (H, _box(_C7_B, r"\textbf{(C)}")),
        (
            H,
            _two(
                _C7_G,
                r"\textbf{(B)}",
                r"""The shortcut should use all five numbers, since every one of them
        was part of the old average: $12 + 5 \cdot 2 = 22$.""",
                r"\textbf{(C)}\ 22",
            ),
        ),
        (P, _is(_C7_E, r"$\textbf{(D)}\ 24$")),
        (T, _half(_C7_G, 1, r"At first I wanted to say the removed number is $12 + 2 = 14$, but")),
    ],
)

# C9. A right triangle has legs 9 and 12. What is the diameter of its inscribed circle?
# (A) 3 (B) 4.5 (C) 6 (D) 7.5 (E) 9
_C9_BODY = _t(r"""
The hypotenuse is $\sqrt{9^2 + 12^2} = \sqrt{81 + 144} = \sqrt{225} = 15$.

For the inradius I first tried $r = \text{area}/\text{perimeter} = 54/36 = 1.5$, but that formula is wrong: it is
the semiperimeter that belongs there. Wait, let me recheck: $r = A/s = 54/18 = 3$. For a right triangle there is
also $r = (a + b - c)/2 = (9 + 12 - 15)/2 = 3$, which agrees.

The question asks for the diameter, so $d = 2r = 6$.
""")
_C9_G = _j(_C9_BODY, "The diameter $6$ is choice (C).")
_C9_B = _t(r"""
Hypotenuse $15$, area $\frac12 \cdot 9 \cdot 12 = 54$, semiperimeter $18$, so $r = 54/18 = 3$ and the diameter
would be $6$, choice (C).

Hmm, but the answer list contains $3$ as (A), and contest answer lists are built around the quantity actually
computed. The inscribed circle is determined by its radius, and $r = (9 + 12 - 15)/2 = 3$ confirms it.

I will go with $3$, choice (A).
""")
_C9_E = _t(r"""
The hypotenuse is $15$. In a right triangle the hypotenuse is a diameter of the circle through the three vertices,
so that circle has diameter $15$ and radius $7.5$.

The circle touching the triangle sits inside it, and I will take its size to be the radius of that circle, $7.5$.
""")
_add(
    "choice_amc",
    r"\textbf{(C)}\ 6",
    [
        (C, _box(_C9_G, r"\textbf{(C)}\ 6")),
        (C, _box(_C9_BODY, "6")),
        (C, _bold(_C9_G, "(C) 6")),
        (C, _md(_C9_BODY, "(C) 6")),
        (C, _gem(_C9_G, r"\text{C}")),
        (H, _box(_C9_B, r"\textbf{(A)}\ 3")),
        (
            H,
            _two(
                _C9_G,
                r"\textbf{(C)}\ 6",
                r"""The inscribed circle is described by its radius, and
        $r = 54/18 = 3$, so the value to report is $3$.""",
                r"\textbf{(A)}\ 3",
            ),
        ),
        (P, _fa(_C9_E, r"\textbf{(D)}\ 7.5")),
        (T, _half(_C9_G, 1, r"For the inradius I first tried $r = \text{area}/\text{perimeter} =")),
    ],
)

# C10. In how many distinct ways can the letters of LEVEL be arranged? (A) 20 (B) 30 (C) 60 (D) 120
_C10_BODY = _t(r"""
LEVEL has five letters: L, E, V, E, L. So L appears twice, E appears twice and V once.

Without repetition there would be $5! = 120$ orders. I first divided only by $2!$ for the two L's and got $60$, but
wait, let me recheck: the two E's are also identical, so swapping them gives the same word too. The count is
$\frac{5!}{2!\,2!} = \frac{120}{4} = 30$.

Check another way: choose the positions of the L's in $\binom52 = 10$ ways, then the E's among the remaining three
in $\binom32 = 3$ ways, and V takes the last spot: $10 \cdot 3 = 30$.
""")
_C10_G = _j(_C10_BODY, "That is option (B).")
_C10_B = _t(r"""
LEVEL: L, E, V, E, L. Arrangements of five letters: $5! = 120$.

The word is a palindrome, and the repeated letter that matters is L, which appears at both ends. Dividing by $2!$
for the L's gives $60$. Should I also divide by $2!$ for the E's, getting $30$ (B)? The E's sit in the middle and
are separated by V, so they are in different positions and can be told apart.

So the count is $60$, option (C).
""")
_C10_E = _t(r"""
There are five letters, and any ordering of five letters gives a different arrangement, so the number of
arrangements is $5! = 5 \cdot 4 \cdot 3 \cdot 2 \cdot 1 = 120$.
""")
_add(
    "choice_amc",
    "(B)",
    [
        (C, _box(_C10_G, "(B)")),
        (C, _fa(_C10_G, r"\text{(B) } 30")),
        (C, _is(_C10_G, "B")),
        (C, _gsm(_C10_G, "B")),
        (
            C,
            _two(
                _C10_B,
                "(C)",
                r"""Identical letters are identical wherever they stand: exchanging the two E's
        turns LEEVL into LEEVL again. So divide by $2!$ twice: $120/4 = 30$.""",
                "(B)",
            ),
        ),
        (H, _box(_C10_B, "(C)")),
        (
            H,
            _two(
                _C10_G,
                "(B)",
                r"""Only the L's are genuinely repeated in the sense of the formula; the E's
        are kept apart by V, so only one factor of $2!$ applies: $120/2 = 60$.""",
                "(C)",
            ),
        ),
        (P, _bold(_C10_E, "(D) 120")),
    ],
)

# C12. What is the units digit of 7^2026? (A) 1 (B) 3 (C) 5 (D) 7 (E) 9
_C12_BODY = _t(r"""
Powers of $7$ end in a cycle: $7^1 = 7$, $7^2 = 49$, $7^3 = 343$, $7^4 = 2401$, so the units digits go $7, 9, 3, 1$
and repeat with period $4$.

$2026 = 4 \cdot 506 + 2$, so the remainder is $2$. I first matched remainder $2$ with the third entry of the cycle
(counting from $0$), which would give $3$. Wait, let me recheck with a small case: $7^2$ has remainder $2$ as
exponent and ends in $9$, the second entry. So remainder $2$ means the units digit is $9$.

Double check: $7^{2026} = (7^4)^{506} \cdot 7^2$, and $7^4$ ends in $1$, so the units digit is that of $49$, namely
$9$.
""")
_C12_G = _j(_C12_BODY, "Units digit $9$ is choice (E).")
_C12_B = _t(r"""
Cycle of units digits of $7^n$ for $n = 0, 1, 2, 3$: $1, 7, 9, 3$; the period is $4$.

$2026 \bmod 4 = 2$. Indexing the cycle from $n = 1$ would give $9$, choice (E), but I listed it from $n = 0$, and
then remainder $2$ points at the third entry... no, at the entry for $n = 2$, which in my list is $9$. Hmm, yet the
list $7, 9, 3, 1$ starts at $n = 1$, and position $2 + 1 = 3$ in it is $3$.

Taking the safer reading, the units digit is $3$, choice (B).
""")
_C12_E = _t(r"""
The units digits of powers of $7$ repeat with period $4$: $7, 9, 3, 1$.

$2026$ is even, and $2026 = 4 \cdot 506.5$; rounding, $2026$ is a multiple of $4$ up to the small error, so
$7^{2026}$ behaves like $7^4$, which ends in $1$.
""")
_add(
    "choice_amc",
    r"\textbf{(E)}",
    [
        (C, _box(_C12_G, r"\textbf{(E)}")),
        (C, _fa(_C12_G, r"\textbf{(E)}\ 9")),
        (C, _say(_C12_G, "The answer is (E): the units digit of $7^{2026}$ is $9$.")),
        (C, _r1(_C12_BODY, "E", "The cycle 7, 9, 3, 1 and 2026 = 4(506) + 2 give units digit 9.")),
        (H, _box(_C12_B, r"\textbf{(B)}")),
        (
            H,
            _two(
                _C12_G,
                r"\textbf{(E)}",
                r"""Counting the cycle from exponent $0$ as $1, 7, 9, 3$, the
        remainder $2$ lands one step further, on $3$.""",
                r"\textbf{(B)}\ 3",
            ),
        ),
        (P, _mn(_C12_E, r"\textbf{(A)}")),
        (H, _gem(_C12_B, r"\text{B}")),
        (T, _half(_C12_G, 1, r"$2026 = 4 \cdot 506 + 2$, so the remainder is")),
    ],
)

# C14. If x + 1/x = 5, what is x^2 + 1/x^2? (A) 21 (B) 25 (C) 27 (D) 29 (E) 23
_C14_BODY = _t(r"""
Square the given equation: $\left(x + \frac1x\right)^2 = x^2 + 2 \cdot x \cdot \frac1x + \frac1{x^2} = x^2 + 2 +
\frac1{x^2}$.

So $x^2 + \frac1{x^2} = 25 - 2 = 23$. I briefly wrote $25 + 2$, but wait, let me recheck the sign: the cross term
$2$ sits on the same side as $x^2 + 1/x^2$, so it has to be subtracted from $25$.

Check numerically: $x = \frac{5 + \sqrt{21}}{2} \approx 4.7913$, $x^2 \approx 22.9564$, $1/x^2 \approx 0.0436$, and
the sum is $23.0000$.
""")
_C14_G = _j(_C14_BODY, "The value $23$ is listed last, as (E).")
_C14_B = _t(r"""
$(x + 1/x)^2 = 25$. Expanding, $(x + 1/x)^2 = x^2 - 2 + 1/x^2$? Then $x^2 + 1/x^2 = 25 + 2 = 27$.

Hmm, I have seen $23$ (E) for this kind of problem, which would come from $x^2 + 2 + 1/x^2$. But the middle term of
a square of a sum... with $1/x$ it acts like a difference, so the minus sign stands.

So $x^2 + 1/x^2 = 27$, option (C).
""")
_C14_E = _t(r"""
Squaring both sides of $x + \frac1x = 5$ gives $x^2 + \frac1{x^2} = 5^2 = 25$, since squaring each term of the
sum squares the whole.
""")
_add(
    "choice_amc",
    "E",
    [
        (C, _box(_C14_G, r"\textbf{(E)}")),
        (C, _box(_C14_G, r"\textbf{(E)}\ 23")),
        (C, _is(_C14_G, "E")),
        (C, _bold(_C14_G, "E) 23")),
        (
            C,
            _two(
                _C14_E,
                r"\textbf{(B)}",
                r"""Squaring a sum is not squaring each term: $(x + 1/x)^2 = x^2 + 2 +
        1/x^2$, so $x^2 + 1/x^2 = 25 - 2 = 23$.""",
                r"\textbf{(E)}",
            ),
        ),
        (H, _box(_C14_B, r"\textbf{(C)}")),
        (H, _head(_C14_B, r"\textbf{(C)}\ 27", box=True)),
        (P, _fa(_C14_E, r"\textbf{(B)}\ 25")),
        (T, _half(_C14_G, 1, r"So $x^2 + \frac1{x^2} = 25 - 2 =")),
    ],
)

# C16. How many diagonals does a convex 12-gon have? (A) 44 (B) 48 (C) 54 (D) 66 (E) 108
_C16_BODY = _t(r"""
Each vertex joins to $12 - 3 = 9$ others by a diagonal (not itself and not its two neighbours). That gives
$12 \cdot 9 = 108$ endpoints-with-direction.

Wait, let me recheck: every diagonal was counted from both of its ends, so the number of diagonals is
$108/2 = 54$. Another route: all segments between vertices number $\binom{12}{2} = 66$, and $12$ of them are sides,
so $66 - 12 = 54$.

Small case check: a hexagon gives $6 \cdot 3/2 = 9$, and drawing it indeed shows $9$ diagonals.
""")
_C16_G = _j(_C16_BODY, "So the 12-gon has $54$ diagonals, choice (C).")
_C16_B = _t(r"""
A diagonal joins two vertices, so I count pairs of vertices: $\binom{12}{2} = 66$.

One might subtract the $12$ sides to get $54$ (C). But in a convex polygon a side is the degenerate diagonal
joining adjacent vertices, and the question does not say to leave those out.

So I keep all pairs: $66$, choice (D).
""")
_C16_E = _t(r"""
From each of the $12$ vertices a diagonal can go to $12 - 3 = 9$ other vertices. So the number of diagonals is
$12 \cdot 9 = 108$.
""")
_add(
    "choice_amc",
    r"\textbf{(C)}",
    [
        (C, _box(_C16_G, r"\textbf{(C)}")),
        (C, _fa(_C16_G, r"\textbf{(C) }54")),
        (C, _mn(_C16_G, "C")),
        (
            C,
            _two(
                _C16_E,
                r"\textbf{(E)}",
                r"""Each diagonal was counted once from each end, so the $108$ must be
        halved: $54$, which also equals $\binom{12}{2} - 12$.""",
                r"\textbf{(C)}",
            ),
        ),
        (H, _box(_C16_B, r"\textbf{(D)}")),
        (H, _say(_C16_B, r"The answer is $\textbf{(D)}\ 66$.")),
        (P, _bold(_C16_E, r"$\textbf{(E)}\ 108$")),
        (P, _is(_C16_E, "E")),
        (T, _half(_C16_G, 1, r"Wait, let me recheck: every diagonal was counted from both of its ends, so")),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# Multiple choice, AQuA style (options A)-E), sometimes unordered) and MMLU style (four options).
# ---------------------------------------------------------------------------------------------------------------

# C2. A train covers 180 km in 2 hours 30 minutes. What is its average speed in km/h?
# Options: A)60 B)72 C)75 D)80 E)64
_C2_BODY = _t(r"""
Average speed is distance over time. The time is 2 hours 30 minutes; I almost wrote that as $2.30$ h, which would
give $180/2.3 \approx 78.3$ km/h, not among the options. Wait, let me recheck: $30$ minutes is half an hour, so the
time is $2.5$ h.

Speed $= 180/2.5 = 72$ km/h.

Check: in $2$ hours at $72$ km/h the train covers $144$ km, and in the remaining half hour $36$ km, total $180$ km.
""")
_C2_G = _j(_C2_BODY, "Looking at the options, $72$ is B.")
_C2_B = _t(r"""
Time $= 2.5$ h, so the speed is $180/2.5 = 72$ km/h, which is option B.

Hmm, wait. Questions of this type usually intend the running time and a train on a $180$ km route normally makes a
stop; taking a standard 15-minute halt out, the running time is $2.25$ h.

Then the average speed is $180/2.25 = 80$ km/h, option D.
""")
_C2_E = _t(r"""
The time is about $2$ hours $30$ minutes, which I round to $3$ hours for a clean division.

Speed $\approx 180/3 = 60$ km/h.
""")
_add(
    "choice_aqua",
    "B",
    [
        (C, _is(_C2_G, "B")),
        (C, _bold(_C2_G, "B) 72")),
        (C, _say(_C2_G, "Option B is correct.")),
        (C, _box(_C2_G, r"\text{B}")),
        (C, _gsm(_C2_G, "B")),
        (H, _is(_C2_B, "D")),
        (
            H,
            _two(
                _C2_G,
                "B",
                r"""A train journey includes a stop at the intermediate station, about fifteen
        minutes, so the moving time is $2.25$ h and the speed $180/2.25 = 80$ km/h.""",
                "D",
            ),
        ),
        (P, _j(_C2_BODY, "Matching $72$ km/h against the list, it is option C.\n\nAnswer: C")),
        (P, _is(_C2_E, "A")),
        (T, _half(_C2_G, 1, r"Speed $= 180/2.5 =")),
    ],
)

# C6. A shirt marked $80 is discounted 25%, and the sale price is then reduced by a further 10%.
# What is the final price? A)$52 B)$54 C)$56 D)$58 E)$60
_C6_BODY = _t(r"""
After the first discount the price is $80 \cdot 0.75 = 60$ dollars.

My first instinct was to add the discounts to $35\%$ and get $80 \cdot 0.65 = 52$. Wait, let me recheck: the second
$10\%$ is taken off the sale price of $60$, not off the original $80$. So the final price is $60 \cdot 0.9 = 54$
dollars.

Check: total multiplier $0.75 \cdot 0.9 = 0.675$, and $80 \cdot 0.675 = 54$; the combined discount is $32.5\%$, not
$35\%$.
""")
_C6_G = _j(_C6_BODY, "So the shirt costs $\\$54$, option B.")
_C6_B = _t(r"""
First discount: $25\%$ of $80$ is $20$, leaving $60$. A further $10\%$ off $60$ would give $54$, option B.

But "a further 10%" in a store's wording means ten more percentage points off the marked price, i.e. $35\%$ off in
total. So the discount is $0.35 \cdot 80 = 28$.

Final price: $80 - 28 = 52$ dollars, option A.
""")
_C6_E = _t(r"""
$25\%$ off means paying $75\%$: $80 \cdot 0.75 = 64$. Then $10\%$ more off: $64 \cdot 0.9 = 57.6$.

The nearest option is $\$58$.
""")
_add(
    "choice_aqua",
    "B",
    [
        (C, _is(_C6_G, "B")),
        (C, _md(_C6_BODY, "B) $54")),
        (C, _r1(_C6_BODY, r"\text{B}", "Successive discounts multiply: 80(0.75)(0.9) = 54.")),
        (
            C,
            _two(
                _C6_E,
                r"\text{D}",
                r"""$80 \cdot 0.75$ is $60$, not $64$. Then $60 \cdot 0.9 = 54$, which is
        exactly option B.""",
                r"\text{B}",
            ),
        ),
        (H, _is(_C6_B, "A")),
        (H, _bold(_C6_B, "A) $52")),
        (P, _j(_C6_BODY, "The final price of $\\$54$ matches option C.\n\n**Answer:** C")),
        (P, _is(_C6_E, "D")),
        (T, _half(_C6_G, 1, r"My first instinct was to add the discounts to $35\%$ and get")),
    ],
)

# C11. What is the simple interest on $2000 at 5% per annum for 3 years?
# Options: A)250 B)310 C)300 D)315.25 E)350
_C11_BODY = _t(r"""
Simple interest is $I = P r t = 2000 \cdot 0.05 \cdot 3$.

$2000 \cdot 0.05 = 100$ per year, and over $3$ years that is $300$. I started to compute $2000 \cdot 1.05^3 - 2000 =
315.25$, but wait, let me recheck the question: it says simple interest, so there is no compounding, and the
$315.25$ in the list is the compound-interest distractor.

So $I = 300$ dollars.
""")
_C11_G = _j(_C11_BODY, "$300$ is option C in this list.")
_C11_B = _t(r"""
$2000 \cdot 0.05 \cdot 3 = 300$, option C. Hmm, but interest is normally credited yearly, so the second year's
interest is earned on $2100$ and the third on $2205$.

$100 + 105 + 110.25 = 315.25$.

So the interest is $315.25$, option D.
""")
_C11_E = _t(r"""
Three years at $5\%$ compounds as $1.05^3 \approx 1.155$. So the interest is about $0.155 \cdot 2000 = 310$.
""")
_add(
    "choice_aqua",
    "C",
    [
        (C, _is(_C11_G, "C")),
        (C, _say(_C11_G, "The correct option is C) 300.")),
        (C, _head(_C11_G, "C")),
        (C, _gem(_C11_G, r"\text{C}")),
        (H, _is(_C11_B, "D")),
        (
            H,
            _two(
                _C11_G,
                "C",
                r"""Banks credit interest each year, so the interest itself earns interest:
        $2000(1.05^3 - 1) = 315.25$.""",
                "D",
            ),
        ),
        (P, _j(_C11_BODY, "$300$ corresponds to option B.\n\nThe answer is B.")),
        (P, _bold(_C11_E, "B")),
    ],
)

# C15. Two fair dice are rolled. What is the probability that the sum is 8?
# Options: A)1/9 B)1/6 C)7/36 D)5/36 E)1/4
_C15_BODY = _t(r"""
There are $36$ equally likely ordered outcomes. The ordered pairs with sum $8$ are $(2,6), (3,5), (4,4), (5,3),
(6,2)$; $(1,7)$ is impossible since a die shows at most $6$.

I first counted $(4,4)$ twice, as if it had a mirror image, which gives $6/36 = 1/6$. Wait, let me recheck:
$(4,4)$ is a single outcome. So there are $5$ favourable outcomes and the probability is $5/36$.

Check with the usual triangle of counts: sums $2$ through $7$ have $1, 2, 3, 4, 5, 6$ outcomes and then it goes
back down, so sum $8$ has $5$.
""")
_C15_G = _j(_C15_BODY, "That is option D.")
_C15_B = _t(r"""
Sum $8$: $(2,6), (3,5), (4,4), (5,3), (6,2)$, which is $5$ outcomes, so $5/36$, option D.

Hmm, but the doubles are special: $(4,4)$ can come from either die showing the first $4$, so it carries the same
weight as a pair like $(3,5)$ together with $(5,3)$. Counting it twice gives $6$ outcomes.

So the probability is $6/36 = 1/6$, option B.
""")
_C15_E = _t(r"""
Pairs adding to $8$: $2 + 6$, $3 + 5$, $5 + 3$, $6 + 2$. That is $4$ ordered outcomes out of $36$, so the
probability is $4/36 = 1/9$.
""")
_add(
    "choice_aqua",
    "D",
    [
        (C, _is(_C15_G, "D")),
        (C, _box(_C15_G, r"\text{D}")),
        (C, _bold(_C15_G, r"D) $\frac{5}{36}$")),
        (
            C,
            _two(
                _C15_E,
                r"\text{A}",
                r"""I left out the double $(4,4)$, which also sums to $8$. With it there are
        $5$ outcomes and the probability is $5/36$, option D.""",
                r"\text{D}",
            ),
        ),
        (C, _o1(_C15_BODY, ["36 ordered outcomes", "5 of them sum to 8", "probability 5/36"], "D")),
        (H, _is(_C15_B, "B")),
        (H, _mn(_C15_B, r"\text{B}")),
        (P, _is(_C15_E, "A")),
        (T, _half(_C15_G, 1, r"I first counted $(4,4)$ twice, which gives $6/36$. Wait, let me recheck: $(4,4)$")),
    ],
)

# C3. Which of the following numbers is prime? (A) 143 (B) 161 (C) 173 (D) 187
_C3_BODY = _t(r"""
Check each option against the primes up to its square root.

(A) $143 = 11 \cdot 13$, composite. (D) $187 = 11 \cdot 17$, composite.

(B) $161$: not even, digit sum $8$ so not divisible by $3$, does not end in $0$ or $5$. Try $7$: $7 \cdot 23 = 161$.
So $161$ is composite.

(C) $173$: $\sqrt{173} \approx 13.2$, so test $2, 3, 5, 7, 11, 13$. Odd; digit sum $11$; does not end in $0$ or
$5$; $7 \cdot 24 = 168$, remainder $5$; $11 \cdot 15 = 165$, remainder $8$; $13 \cdot 13 = 169$, remainder $4$. I
was about to stop at $11$, but wait, let me recheck that $13$ is needed: $13^2 = 169 \le 173$, so yes, and it does
not divide. Hence $173$ is prime.
""")
_C3_G = _j(_C3_BODY, "Exactly one option is prime, namely (C) 173.")
_C3_B = _t(r"""
(A) $143 = 11 \cdot 13$. (D) $187 = 11 \cdot 17$. Both composite.

(B) $161$: not divisible by $2, 3, 5$. For $7$: $7 \cdot 23 = 151$ and $7 \cdot 24 = 168$, so $7$ does not divide
$161$. For $11$: alternating sum $1 - 6 + 1 = -4$, no. $\sqrt{161} < 13$, so $161$ is prime.

(C) $173$ also passes $2, 3, 5, 7, 11, 13$ by my checks, but only one option can be prime, so one of my checks is
off. I verified $161$ most carefully, so I drop (C).

The prime is (B) 161.
""")
_C3_E = _t(r"""
$143 = 11 \cdot 13$ and $187 = 11 \cdot 17$ are out.

For $161$: digit sum $8$, not a multiple of $3$; it is odd and does not end in $5$. Since $161$ is close to
$12^2 = 144$, I only need to check up to $11$, and $11 \nmid 161$. So $161$ is prime.
""")
_add(
    "choice_mmlu",
    "C",
    [
        (C, _is(_C3_G, "(C) 173")),
        (C, _bold(_C3_G, "C")),
        (C, _say(_C3_G, "The correct answer is C.")),
        (C, _r1(_C3_BODY, r"\text{C}", "Only 173 survives trial division by 2, 3, 5, 7, 11 and 13.")),
        (H, _is(_C3_B, "(B) 161")),
        (H, _bold(_C3_B, "B")),
        (P, _say(_C3_E, "The answer is B.")),
        (T, _half(_C3_G, 3, r"(C) $173$: $\sqrt{173} \approx 13.2$, so test $2, 3, 5, 7, 11, 13$. Odd;")),
    ],
)

# C5. At which x does f(x) = x^3 - 3x have a local maximum? (A) -3 (B) -1 (C) 0 (D) 1
_C5_BODY = _t(r"""
$f'(x) = 3x^2 - 3 = 3(x - 1)(x + 1)$, so the critical points are $x = -1$ and $x = 1$.

$f''(x) = 6x$. At $x = 1$, $f''(1) = 6 > 0$, a local minimum; at $x = -1$, $f''(-1) = -6 < 0$, a local maximum. I
briefly mixed up which sign means which, so let me recheck with values: $f(-1) = -1 + 3 = 2$, while
$f(-1.1) = -1.331 + 3.3 = 1.969$ and $f(-0.9) = -0.729 + 2.7 = 1.971$, both below $2$. So $x = -1$ is a local
maximum.

$x = 0$ is not critical ($f'(0) = -3$) and $x = -3$ is not either ($f'(-3) = 24$).
""")
_C5_G = _j(_C5_BODY, "The local maximum is at $x = -1$, option (B).")
_C5_B = _t(r"""
$f'(x) = 3x^2 - 3$ vanishes at $x = \pm 1$, so the answer is (B) $-1$ or (D) $1$.

Second derivative test: $f''(x) = 6x$. A positive second derivative means the graph bends upward, towards a peak,
so that is the maximum: $f''(1) = 6 > 0$.

So the local maximum is at $x = 1$, option (D).
""")
_C5_E = _t(r"""
$f'(x) = 3x^2 - 3 = 0$ gives $x^2 = 1$, so $x = 1$. This is the only critical point, so the local maximum must be
there.
""")
_add(
    "choice_mmlu",
    "B",
    [
        (C, _is(_C5_G, "B")),
        (C, _box(_C5_G, r"\text{(B) } x = -1")),
        (C, _fa(_C5_G, "B")),
        (C, _md(_C5_BODY, "(B) $-1$")),
        (H, _is(_C5_B, "D")),
        (
            H,
            _two(
                _C5_G,
                r"\text{(B)}",
                r"""A positive second derivative signals the top of the curve, so the
        maximum is where $f'' > 0$, at $x = 1$.""",
                r"\text{(D)}",
            ),
        ),
        (P, _bold(_C5_E, "(D) 1")),
        (T, _half(_C5_G, 1, r"$f''(x) = 6x$. At $x = 1$, $f''(1) = 6 > 0$, a local")),
    ],
)

# C8. Which quantity is conserved in an elastic collision but not in a perfectly inelastic one?
# (A) momentum (B) total energy (C) kinetic energy (D) mass
_C8_BODY = _t(r"""
Momentum is conserved in every collision of an isolated system, elastic or not, so (A) does not distinguish them.
Mass (D) is conserved in both as well.

Total energy (B): in a perfectly inelastic collision some kinetic energy turns into heat, sound and deformation. I
first read that as "energy is lost", which would point to (B). Wait, let me recheck: the energy is converted, not
destroyed, so total energy is conserved in both kinds of collision.

Kinetic energy (C) is conserved in an elastic collision by definition, and in a perfectly inelastic collision the
bodies stick together and kinetic energy is lost. For example, equal masses $m$ at speed $v$ and at rest stick and
move at $v/2$: the kinetic energy drops from $\frac12 m v^2$ to $\frac14 m v^2$.
""")
_C8_G = _j(_C8_BODY, "So the distinguishing quantity is kinetic energy, option (C).")
_C8_B = _t(r"""
In a perfectly inelastic collision the bodies stick and kinetic energy is lost, so (C) kinetic energy is a
candidate.

But the kinetic energy that disappears goes into heat, which leaves the system of colliding bodies, so the energy
of the system is not conserved in the inelastic case, whereas in an elastic collision nothing is lost at all. That
makes (B) total energy the quantity the question is after.
""")
_C8_E = _t(r"""
In a perfectly inelastic collision the objects stick together and slow down, so their momentum decreases. In an
elastic collision they bounce off with their momentum intact.
""")
_add(
    "choice_mmlu",
    "C",
    [
        (C, _is(_C8_G, "C")),
        (C, _bold(_C8_G, "(C) kinetic energy")),
        (C, _mn(_C8_G, r"\text{(C)}")),
        (C, _head(_C8_G, "C", box=True)),
        (H, _is(_C8_B, "(B) total energy")),
        (H, _bold(_C8_B, "B")),
        (P, _is(_C8_E, "(A) momentum")),
        (P, _bold(_C8_E, "A")),
        (T, _half(_C8_G, 2, r"Kinetic energy (C) is conserved in an elastic collision by definition, and in a")),
    ],
)

# C13. If every value in a data set is multiplied by 3, what happens to the standard deviation?
# (A) unchanged (B) multiplied by 9 (C) multiplied by sqrt(3) (D) multiplied by 3
_C13_BODY = _t(r"""
Let the values be $x_i$ with mean $\bar x$. The new values $3x_i$ have mean $3\bar x$, so every deviation becomes
$3(x_i - \bar x)$.

The variance is the mean squared deviation, so it is multiplied by $3^2 = 9$. I almost stopped there and picked
(B), but wait, let me recheck what is asked: the standard deviation is the square root of the variance, so it is
multiplied by $\sqrt9 = 3$.

Example: $\{1, 3\}$ has standard deviation $1$ (population), and $\{3, 9\}$ has standard deviation $3$.
""")
_C13_G = _j(_C13_BODY, "That is option (D).")
_C13_B = _t(r"""
Scaling by $3$ scales the deviations from the mean by $3$, so the standard deviation is multiplied by $3$, option
(D)... but the spread is measured through squared deviations, $\frac1n\sum (x_i - \bar x)^2$, and those scale by
$9$.

So the measure of spread is multiplied by $9$, option (B).
""")
_C13_E = _t(r"""
Multiplying every value by the same number does not change how the values are spread relative to each other; the
shape of the data set is the same. So the standard deviation does not change.
""")
_add(
    "choice_mmlu",
    "D",
    [
        (C, _is(_C13_G, "D")),
        (C, _is(_C13_G, "(D) multiplied by 3")),
        (C, _gem(_C13_G, r"\text{D}")),
        (
            C,
            _two(
                _C13_B,
                r"\text{(B)}",
                r"""The $9$ is the factor for the variance; the standard deviation is its
        square root, so it scales by $3$.""",
                r"\text{(D)}",
            ),
        ),
        (H, _is(_C13_B, "B")),
        (H, _rem(_C13_B, r"\text{(B)}", "Remember that variance and spread scale with the square of the factor.")),
        (P, _bold(_C13_E, "(A) unchanged")),
        (T, _half(_C13_G, 1, "The variance is the mean squared deviation, so it is multiplied by")),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# Multi-part answers.
# ---------------------------------------------------------------------------------------------------------------

# M1. (a) Find gcd(84, 120). (b) Find lcm(84, 120).
_M1_G = _t(r"""
Factor both: $84 = 2^2 \cdot 3 \cdot 7$ and $120 = 2^3 \cdot 3 \cdot 5$.

(a) The gcd takes the smaller power of each common prime: $2^2 \cdot 3 = 12$. Check: $84/12 = 7$ and $120/12 = 10$,
and $\gcd(7, 10) = 1$, so nothing larger divides both.

(b) The lcm takes the larger power of every prime that appears: $2^3 \cdot 3 \cdot 5 \cdot 7 = 840$. I first
multiplied $84 \cdot 120 = 10080$ and was about to report that, but wait, let me recheck: the product is
$\gcd \cdot \operatorname{lcm}$, so $\operatorname{lcm} = 10080/12 = 840$. Both routes agree.
""")
_M1_B = _t(r"""
$84 = 2^2 \cdot 3 \cdot 7$, $120 = 2^3 \cdot 3 \cdot 5$.

(a) $\gcd = 2^2 \cdot 3 = 12$.

(b) Using $\gcd \cdot \operatorname{lcm} = 84 \cdot 120 = 10080$ gives $\operatorname{lcm} = 840$. Hmm, but $840$
is a multiple of both with room to spare; the lcm should use only the primes common to... no, every prime, but with
the smaller power of $2$ since $84$ only has $2^2$: $2^2 \cdot 3 \cdot 5 \cdot 7 = 420$. And $420/84 = 5$, an
integer, which looks right.
""")
_M1_E = _t(r"""
$84 = 2^2 \cdot 3 \cdot 7$, $120 = 2^3 \cdot 3 \cdot 5$.

(a) Common factors: $2$ and $3$, so $\gcd = 2 \cdot 3 = 6$.

(b) $\operatorname{lcm} = 84 \cdot 120 / 6 = 1680$.
""")
_add(
    "multipart",
    r"(a)\ 12;\ (b)\ 840",
    [
        (C, _bold(_M1_G, "(a) 12, (b) 840")),
        (C, _box(_M1_G, r"\text{(a) } 12,\ \text{(b) } 840")),
        (C, _say(_M1_G, r"So $\gcd(84, 120) = 12$ and $\operatorname{lcm}(84, 120) = 840$.")),
        (C, _head(_M1_G, "(b) 840 and (a) 12")),
        (C, _fa(_M1_G, r"\text{a) } 12 \quad \text{b) } 840")),
        (H, _bold(_M1_B, "(a) 12, (b) 420")),
        (H, _bold(_M1_G, "(a) 840, (b) 12")),
        (P, _bold(_M1_E, "(a) 6, (b) 1680")),
        (T, _half(_M1_G, 2, r"(b) The lcm takes the larger power of every prime that appears: $2^3 \cdot 3 \cdot")),
    ],
)

# M2. A line passes through (1, 2) and (3, 8). (a) Find its slope. (b) Find its y-intercept.
_M2_G = _t(r"""
(a) Slope $m = \frac{8 - 2}{3 - 1} = \frac62 = 3$.

(b) Using $y = 3x + b$ with the point $(1, 2)$: $2 = 3 + b$, so $b = -1$. I first wrote $b = 2 - 3 = 1$ from a
dropped sign, but wait, let me recheck: $2 - 3 = -1$.

Check with the other point: $3 \cdot 3 - 1 = 8$. So the line is $y = 3x - 1$, which crosses the $y$-axis at
$(0, -1)$.
""")
_M2_B = _t(r"""
(a) $m = (8 - 2)/(3 - 1) = 3$.

(b) The intercept: $b = y - mx = 2 - 3 \cdot 1 = -1$? Let me use the other point to be safe: $b = 8 - 3 \cdot 3 =
-1$... hmm, and also rewrite the line as $x$ in terms of $y$: $x = (y + 1)/3$, so at $x = 0$ we need $y = 1$.

So the $y$-intercept is $1$.
""")
_M2_E = _t(r"""
(a) Slope $= \frac{3 - 1}{8 - 2} = \frac26 = \frac13$.

(b) $y = \frac13 x + b$ through $(1, 2)$: $b = 2 - \frac13 = \frac53$.
""")
_add(
    "multipart",
    "a) 3, b) -1",
    [
        (C, _bold(_M2_G, "a) 3, b) −1")),
        (C, _box(_M2_G, r"\text{a) } 3,\ \text{b) } -1")),
        (C, _say(_M2_G, r"**(a)** The slope is $3$. **(b)** The $y$-intercept is $-1$.")),
        (C, _gem(_M2_G, r"m = 3,\ b = -1")),
        (H, _bold(_M2_B, "a) 3, b) 1")),
        (
            H,
            _two(
                _M2_G,
                r"3,\ -1",
                r"""The $y$-intercept is where $x = 0$; from $y = 3x - 1$ we get... the
        distance from the origin, $|{-1}| = 1$, which is what the intercept measures.""",
                r"a)\ 3,\ b)\ 1",
            ),
        ),
        (P, _bold(_M2_E, r"a) $\frac13$, b) $\frac53$")),
        (H, _say(_M2_G, "**(a)** slope $3$; **(b)** $y$-intercept $1$.")),
        (T, _half(_M2_G, 1, r"(b) Using $y = 3x + b$ with the point $(1, 2)$: $2 = 3 + b$, so $b =")),
    ],
)

# M3. For f(x) = x^2 - 6x + 5: (a) find the x-coordinate of the vertex, (b) find the minimum value of f.
_M3_G = _t(r"""
(a) The vertex of $ax^2 + bx + c$ is at $x = -\frac{b}{2a} = \frac{6}{2} = 3$.

(b) $f(3) = 9 - 18 + 5 = -4$. Let me double-check by completing the square: $x^2 - 6x + 5 = (x - 3)^2 - 9 + 5 =
(x - 3)^2 - 4$. I first wrote $(x - 3)^2 + 4$ by mistake, but $-9 + 5 = -4$. Since $(x - 3)^2 \ge 0$, the minimum
is $-4$, attained at $x = 3$.

Sanity check: the roots are $x = 1$ and $x = 5$, symmetric about $3$, and $f$ is negative between them.
""")
_M3_B = _t(r"""
(a) $x = -b/(2a) = 6/2 = 3$.

(b) Completing the square: $x^2 - 6x + 5 = (x - 3)^2 - 4$, so the minimum is $-4$? But a minimum value of a
parabola opening upward should be measured as the height of the vertex above its lowest... the $+5$ shifts it up,
so I will take $(x - 3)^2 + 4$: minimum $4$.
""")
_M3_E = _t(r"""
(a) $x = -\frac{b}{2a} = -\frac{6}{2} = -3$.

(b) $f(-3) = 9 + 18 + 5 = 32$.
""")
_add(
    "multipart",
    r"(a)\ 3;\ (b)\ -4",
    [
        (C, _bold(_M3_G, "(a) 3; (b) −4")),
        (C, _say(_M3_G, r"So the vertex is at $x = 3$ and the minimum value of $f$ is $-4$.")),
        (C, _fa(_M3_G, r"\text{(a) } x = 3, \quad \text{(b) } f_{\min} = -4")),
        (C, _r1(_M3_G, r"(a)\ 3,\ (b)\ -4", "Completing the square, f(x) = (x - 3)^2 - 4.")),
        (H, _bold(_M3_B, "(a) 3; (b) 4")),
        (H, _bold(_M3_G, "(a) −4; (b) 3")),
        (P, _bold(_M3_E, "(a) −3; (b) 32")),
        (T, _half(_M3_G, 1, r"(b) $f(3) = 9 - 18 + 5 =")),
    ],
)

# M4. A bag holds 4 red and 6 blue marbles; two are drawn without replacement.
# (a) P(both red)? (b) P(one red and one blue)?
_M4_G = _t(r"""
There are $\binom{10}{2} = 45$ equally likely pairs.

(a) Both red: $\binom42 = 6$ pairs, so $P = 6/45 = 2/15$. Equivalently $\frac4{10} \cdot \frac39 = \frac{12}{90} =
\frac{2}{15}$.

(b) One of each: $4 \cdot 6 = 24$ pairs, so $P = 24/45 = 8/15$. I first wrote $\frac4{10} \cdot \frac69 =
\frac{4}{15}$, but wait, let me recheck: that is only red-then-blue; blue-then-red has the same probability, so the
total is $2 \cdot \frac4{15} = \frac8{15}$.

Check: both blue is $\binom62/45 = 15/45 = 1/3$, and $\frac{2}{15} + \frac{8}{15} + \frac{5}{15} = 1$.
""")
_M4_B = _t(r"""
(a) $\frac4{10} \cdot \frac39 = \frac{12}{90} = \frac{2}{15}$.

(b) First red then blue: $\frac4{10} \cdot \frac69 = \frac{24}{90} = \frac4{15}$. Should I double it to
$\frac{8}{15}$ for the other order? The two marbles come out together as one handful, so there is no order to
double.

So (b) is $\frac4{15}$.
""")
_M4_E = _t(r"""
(a) Each draw is red with probability $\frac4{10} = \frac25$, so both red: $\left(\frac25\right)^2 = \frac4{25}$.

(b) One red and one blue: $2 \cdot \frac25 \cdot \frac35 = \frac{12}{25}$.
""")
_add(
    "multipart",
    r"(a)\ \frac{2}{15};\ (b)\ \frac{8}{15}",
    [
        (C, _bold(_M4_G, r"(a) $\frac{2}{15}$, (b) $\frac{8}{15}$")),
        (C, _box(_M4_G, r"\text{(a) } \tfrac{2}{15},\ \text{(b) } \tfrac{8}{15}")),
        (C, _say(_M4_G, r"**(a)** $\dfrac{12}{90} = \dfrac{2}{15}$ **(b)** $\dfrac{48}{90} = \dfrac{8}{15}$")),
        (C, _o1(_M4_G, ["45 unordered pairs", "6 red-red pairs", "24 mixed pairs"], r"(a) $6/45$; (b) $24/45$")),
        (
            C,
            _two(
                _M4_B,
                r"(a)\ \tfrac{2}{15},\ (b)\ \tfrac{4}{15}",
                r"""Even for a handful, the pair can be red-blue
        or blue-red when the marbles are labelled; counting unordered pairs directly, $4 \cdot 6 = 24$ of the
        $45$ are mixed, so (b) is $24/45 = 8/15$.""",
                r"(a)\ \tfrac{2}{15},\ (b)\ \tfrac{8}{15}",
            ),
        ),
        (H, _bold(_M4_B, r"(a) $\frac{2}{15}$, (b) $\frac{4}{15}$")),
        (H, _bold(_M4_G, r"(a) $\frac{8}{15}$, (b) $\frac{2}{15}$")),
        (P, _bold(_M4_E, r"(a) $\frac{4}{25}$, (b) $\frac{12}{25}$")),
        (T, _half(_M4_G, 2, r"(b) One of each: $4 \cdot 6 = 24$ pairs, so $P = 24/")),
    ],
)

# M5. A triangle has sides 7, 24 and 25. (a) Find its area. (b) Find its perimeter.
_M5_G = _t(r"""
First check whether it is a right triangle: $7^2 + 24^2 = 49 + 576 = 625 = 25^2$. Yes, with legs $7$ and $24$.

(a) Area $= \frac12 \cdot 7 \cdot 24 = 84$. I first wrote $7 \cdot 24 = 168$ and forgot the half; wait, let me
recheck with Heron: $s = 28$, $A = \sqrt{28 \cdot 21 \cdot 4 \cdot 3} = \sqrt{7056} = 84$. Good.

(b) Perimeter $= 7 + 24 + 25 = 56$.
""")
_M5_B = _t(r"""
$7^2 + 24^2 = 625 = 25^2$, a right triangle.

(a) Area $= \frac12 \cdot 7 \cdot 24 = 84$. Hmm, the sides given form a rectangle's diagonal split... the
right triangle is half of a $7 \times 24$ rectangle, and the question asks for the area of the figure with those
sides, so I take the rectangle: $168$.

(b) Perimeter $= 7 + 24 + 25 = 56$.
""")
_M5_E = _t(r"""
Using Heron's formula with $s = (7 + 24 + 25)/2 = 28$: $A = \sqrt{28 \cdot 21 \cdot 4 \cdot 3}$. $28 \cdot 21 =
588$ and $4 \cdot 3 = 12$, so $A = \sqrt{7056} = 86$.

The perimeter is $2s = 56$.
""")
_add(
    "multipart",
    r"(a)\ 84;\ (b)\ 56",
    [
        (C, _bold(_M5_G, "(a) 84, (b) 56")),
        (C, _fa(_M5_G, r"\text{(a) } 84 \qquad \text{(b) } 56")),
        (C, _say(_M5_G, "The area is 84 square units and the perimeter is 56 units.")),
        (C, _md(_M5_G, "(b) 56; (a) 84")),
        (H, _bold(_M5_B, "(a) 168, (b) 56")),
        (H, _bold(_M5_G, "(a) 56, (b) 84")),
        (P, _bold(_M5_E, "(a) 86, (b) 56")),
        (H, _bold(_M5_G, "(a) 84, (b) 55")),
    ],
)

# M6. The arithmetic sequence 3, 7, 11, ... : (a) find the 20th term, (b) find the sum of the first 20 terms.
_M6_G = _t(r"""
First term $a_1 = 3$, common difference $d = 4$, so $a_n = 3 + 4(n - 1)$.

(a) $a_{20} = 3 + 4 \cdot 19 = 79$. I first multiplied by $20$ and got $83$; wait, let me recheck: $a_1$ already has
zero steps added, so the twentieth term has $19$ steps. Check with $a_3 = 3 + 4 \cdot 2 = 11$, correct.

(b) $S_{20} = \frac{20}{2}(a_1 + a_{20}) = 10 \cdot 82 = 820$. Cross-check: $S_n = 2n^2 + n$, and $2 \cdot 400 + 20
= 820$.
""")
_M6_B = _t(r"""
$a_n = 3 + 4(n - 1)$ gives $a_{20} = 79$... but the sequence is written starting $3, 7, 11$, and the term after $n$
steps is $3 + 4n$, so the 20th is $3 + 80 = 83$.

Sum: $\frac{20}{2}(3 + 83) = 10 \cdot 86 = 860$.
""")
_M6_E = _t(r"""
(a) $a_{20} = 3 \cdot 20 + 4 = 64$.

(b) $S_{20} = 20 \cdot \frac{3 + 64}{2} = 670$.
""")
_add(
    "multipart",
    r"(a)\ 79;\ (b)\ 820",
    [
        (C, _bold(_M6_G, "(a) 79, (b) 820")),
        (C, _box(_M6_G, r"a_{20} = 79,\ S_{20} = 820")),
        (C, _gem(_M6_G, r"\text{(a) } 79;\ \text{(b) } 820")),
        (C, _r1(_M6_G, r"(a)\ 79 \quad (b)\ 820", "a_n = 4n - 1 and S_n = 2n^2 + n.")),
        (H, _bold(_M6_B, "(a) 83, (b) 860")),
        (H, _bold(_M6_G, "(a) 79, (b) 860")),
        (P, _bold(_M6_E, "(a) 64, (b) 670")),
        (T, _half(_M6_G, 1, r"(a) $a_{20} = 3 + 4 \cdot 19 =")),
    ],
)

# M7. For the data 2, 3, 3, 5, 7, 10 find the mean, the median and the mode.
_M7_G = _t(r"""
Mean: $2 + 3 + 3 + 5 + 7 + 10 = 30$, and $30/6 = 5$.

Median: six values, already sorted, so the median is the average of the third and fourth, $(3 + 5)/2 = 4$. I first
took the third value, $3$, as if there were an odd number of values; wait, let me recheck: with $6$ values there is
no single middle one.

Mode: $3$ is the only value that appears twice.
""")
_M7_B = _t(r"""
Mean $= 30/6 = 5$. Mode $= 3$.

Median: the middle of $2, 3, 3, 5, 7, 10$. Averaging the two middle values gives $4$, but $4$ is not one of the
data values, and the median should be an actual observation, so I take the lower middle value, $3$.
""")
_M7_E = _t(r"""
Mean: $(2 + 3 + 5 + 7 + 10)/5 = 27/5 = 5.4$ (each distinct value once).

Median of $2, 3, 5, 7, 10$: $5$. Mode: $3$.
""")
_add(
    "multipart",
    r"\text{mean } 5,\ \text{median } 4,\ \text{mode } 3",
    [
        (C, _bold(_M7_G, "mean 5, median 4, mode 3")),
        (C, _say(_M7_G, "So the mean is $5$, the median is $4$ and the mode is $3$.")),
        (C, _box(_M7_G, r"\text{mean} = 5,\ \text{median} = 4,\ \text{mode} = 3")),
        (C, _say(_M7_G, "- Mode: **3**\n- Median: **4**\n- Mean: **5**")),
        (H, _bold(_M7_B, "mean 5, median 3, mode 3")),
        (P, _bold(_half(_M7_G, 2, "The mode I will leave aside."), "mean 5, median 4")),
        (P, _bold(_M7_E, "mean 5.4, median 5, mode 3")),
        (T, _half(_M7_G, 1, "Median: six values, already sorted, so the median is the average of")),
    ],
)

# M8. Let f(x) = 3x + 5. (a) Find f(2). (b) Find f^{-1}(11).
_M8_G = _t(r"""
(a) $f(2) = 3 \cdot 2 + 5 = 11$.

(b) $f^{-1}(11)$ is the $x$ with $3x + 5 = 11$, i.e. $x = 2$. I started computing $f^{-1}(x) = (x - 5)/3$ and then
plugged in... let me recheck: $(11 - 5)/3 = 2$. Consistent with (a): since $f(2) = 11$, $f^{-1}(11) = 2$.

(Not to be confused with $1/f(11) = 1/38$.)
""")
_M8_B = _t(r"""
(a) $f(2) = 11$.

(b) The inverse function is $f^{-1}(x) = \frac{x - 5}{3}$, so $f^{-1}(11) = 2$. Hmm, the notation $f^{-1}(11)$ is
also read as the reciprocal $\frac{1}{f(11)}$, and for a number input that is the usual meaning: $f(11) = 38$.

So (b) is $\frac{1}{38}$.
""")
_M8_E = _t(r"""
(a) $f(2) = 3 \cdot 2 + 5 = 11$.

(b) The inverse of $y = 3x + 5$: swap and solve, $x = 3y + 5$, so $f^{-1}(x) = 3x + 5$... then $f^{-1}(11) = 38$.
""")
_add(
    "multipart",
    r"(a)\ 11;\ (b)\ 2",
    [
        (C, _bold(_M8_G, "(a) 11, (b) 2")),
        (C, _say(_M8_G, r"Hence $f(2) = 11$ and $f^{-1}(11) = 2$.")),
        (C, _fa(_M8_G, r"\text{(a) } 11,\ \text{(b) } 2")),
        (C, _mn(_M8_G, r"\text{(a) } 11;\ \text{(b) } 2")),
        (H, _bold(_M8_G, "(a) 2, (b) 11")),
        (H, _bold(_M8_B, r"(a) 11, (b) $\frac{1}{38}$")),
        (P, _bold(_M8_E, "(a) 11, (b) 38")),
    ],
)

# M9. A rectangle has perimeter 34 and area 60. (a) Find the longer side. (b) Find the shorter side.
# (c) Find the diagonal.
_M9_G = _t(r"""
Let the sides be $l \ge w$. Then $l + w = 17$ and $lw = 60$, so $l, w$ are the roots of $t^2 - 17t + 60 = 0$:
$t = \frac{17 \pm \sqrt{289 - 240}}{2} = \frac{17 \pm 7}{2}$, i.e. $12$ and $5$.

(a) $l = 12$. (b) $w = 5$. I first wrote $l + w = 34$, which would give $t^2 - 34t + 60$ with ugly roots; wait, let
me recheck: the perimeter is $2(l + w)$, so $l + w = 17$. Check: $2(12 + 5) = 34$ and $12 \cdot 5 = 60$.

(c) Diagonal $= \sqrt{12^2 + 5^2} = \sqrt{169} = 13$.
""")
_M9_B = _t(r"""
$l + w = 17$, $lw = 60$, so the sides are $12$ and $5$.

(c) The diagonal is $\sqrt{144 + 25} = 13$. Though thinking of walking from one corner to the opposite one along
the edges, that is $12 + 5 = 17$, and "diagonal distance" in a grid is that walking distance.

So (a) $12$, (b) $5$, (c) $17$.
""")
_M9_E = _t(r"""
$l + w = 34$ and $lw = 60$: $t^2 - 34t + 60 = 0$, $t = 17 \pm \sqrt{229} \approx 32.13$ or $1.87$.

Rounding: (a) $32$, (b) $2$, (c) $\sqrt{32^2 + 2^2} = \sqrt{1028} \approx 32.1$.
""")
_add(
    "multipart",
    r"(a)\ 12;\ (b)\ 5;\ (c)\ 13",
    [
        (C, _bold(_M9_G, "(a) 12, (b) 5, (c) 13")),
        (C, _say(_M9_G, "So the sides are $12$ (longer) and $5$ (shorter), and the diagonal is $13$.")),
        (C, _fa(_M9_G, r"\text{(a) } 12,\quad \text{(b) } 5,\quad \text{(c) } 13")),
        (C, _head(_M9_G, "(c) 13, (a) 12, (b) 5")),
        (H, _bold(_M9_B, "(a) 12, (b) 5, (c) 17")),
        (P, _bold(_M9_G.split("\n\n(c)")[0], "(a) 12, (b) 5")),
        (H, _bold(_M9_G, "(a) 5, (b) 12, (c) 13")),
        (P, _bold(_M9_E, "(a) 32, (b) 2, (c) 32.1")),
        (T, _half(_M9_G, 1, r"(a) $l = 12$. (b) $w =")),
    ],
)

# M10. Let N = 144. (a) How many positive divisors does N have? (b) What is the sum of its positive divisors?
_M10_G = _t(r"""
$144 = 12^2 = 2^4 \cdot 3^2$.

(a) $(4 + 1)(2 + 1) = 15$ divisors. It is odd, as it must be for a perfect square. I first used exponents $2^3$,
thinking $144 = 8 \cdot 18$, but wait, let me recheck: $144 = 16 \cdot 9$, so the power of $2$ is $4$.

(b) $\sigma(144) = (1 + 2 + 4 + 8 + 16)(1 + 3 + 9) = 31 \cdot 13 = 403$. Check by listing: $1, 2, 3, 4, 6, 8, 9, 12,
16, 18, 24, 36, 48, 72, 144$ (fifteen of them) sum to $403$.
""")
_M10_B = _t(r"""
$144 = 2^4 \cdot 3^2$, so there are $(4 + 1)(2 + 1) = 15$ divisors, but the square root $12$ pairs with itself and
should be counted once more for the pairing $d \cdot (144/d)$ to work: $16$ divisors.

Sum: $31 \cdot 13 = 403$.
""")
_M10_E = _t(r"""
$144 = 2^4 \cdot 3^2$. (a) $4 \cdot 2 = 8$ divisors. (b) $(2 + 4 + 8 + 16)(3 + 9) = 30 \cdot 12 = 360$.
""")
_add(
    "multipart",
    r"(a)\ 15;\ (b)\ 403",
    [
        (C, _bold(_M10_G, "(a) 15, (b) 403")),
        (C, _box(_M10_G, r"\text{(a) } 15,\ \text{(b) } 403")),
        (C, _say(_M10_G, r"Thus $144$ has $15$ positive divisors, and their sum is $403$.")),
        (C, _gsm(_M10_G, "(a) 15; (b) 403")),
        (H, _bold(_M10_B, "(a) 16, (b) 403")),
        (H, _bold(_M10_G, "(a) 15, (b) 402")),
        (P, _bold(_M10_E, "(a) 8, (b) 360")),
        (T, _half(_M10_G, 2, r"(b) $\sigma(144) = (1 + 2 + 4 + 8 + 16)(1 + 3 + 9) = 31 \cdot")),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# Yes/no and true/false answers with a justification.
# ---------------------------------------------------------------------------------------------------------------

# Y1. Is 1001 a prime number?
_Y1_G = _t(r"""
$1001$ is odd, its digit sum is $2$, and it does not end in $0$ or $5$, so $2, 3, 5$ do not divide it.

Try $7$: $7 \cdot 143 = 1001$. And $143 = 11 \cdot 13$. So $1001 = 7 \cdot 11 \cdot 13$. I was about to test $11$
first with the alternating sum $1 - 0 + 0 - 1 = 0$, which also shows $11 \mid 1001$; wait, let me recheck the
product: $7 \cdot 11 = 77$ and $77 \cdot 13 = 1001$. Confirmed.

So $1001$ has divisors other than $1$ and itself.
""")
_Y1_B = _t(r"""
At first glance $1001 = 7 \cdot 11 \cdot 13$ comes to mind, which would make the answer no. Let me actually check
instead of trusting memory.

$1001/7$: $7 \cdot 140 = 980$, remainder $21$, and $21 = 7 \cdot 3$... so $7 \cdot 143 = 1001$? $7 \cdot 143 =
1001$, hmm, but $143$ itself: $143 = 11 \cdot 13$. Wait, I think I conflated it with $1011$. Testing $1001$
against $7$ once more: $7 \cdot 142 = 994$, remainder $7$... so the remainder is $7$, which is not $0$.

Checking $11$: $1 - 0 + 0 - 1 = 0$... that test is for $1001$ read backwards, which is also $1001$, so it does not
decide anything. Testing primes up to $31$ I find no divisor, so $1001$ is prime.
""")
_Y1_E = _t(r"""
$1001$ is not even, the digit sum $2$ rules out $3$, and it does not end in $5$. A number of the form $10^3 + 1$
is a well-known prime pattern like $10 + 1 = 11$ and $10^2 + 1 = 101$.
""")
_add(
    "yesno",
    "No",
    [
        (C, _say(_Y1_G, r"**No.** $1001 = 7 \times 11 \times 13$ is composite.")),
        (C, _box(_Y1_G, r"\text{No}")),
        (C, _say(_Y1_G, "No, because 1001 factors as 7 · 11 · 13.")),
        (C, _gem(_Y1_G, r"\text{No, } 1001 = 7 \cdot 11 \cdot 13")),
        (H, _say(_Y1_B, "**Yes**, 1001 is prime.")),
        (
            H,
            _two(
                _Y1_G,
                r"\text{No}",
                r"""The alternating-sum test only works for numbers with an even number of
        digits; and $7 \cdot 143$ is really $1011$. Without a valid divisor, $1001$ is prime.""",
                r"\text{Yes}",
            ),
        ),
        (P, _box(_Y1_E, r"\text{Yes}")),
        (T, _half(_Y1_G, 1, r"Try $7$: $7 \cdot 143 =")),
    ],
)

# Y2. Does the series sum_{n>=1} 1/n^{1.01} converge?
_Y2_G = _t(r"""
This is a $p$-series $\sum 1/n^p$ with $p = 1.01$.

My first reaction was that it is "basically the harmonic series", which diverges. Wait, let me recheck: the
$p$-series converges exactly when $p > 1$, and $1.01 > 1$, however slightly. By the integral test,
$\int_1^\infty x^{-1.01}\,dx = \left[\frac{x^{-0.01}}{-0.01}\right]_1^\infty = 100$, which is finite.

So the partial sums are bounded (by $1 + 100 = 101$) and increasing, hence convergent; the sum is large, about
$100.58$, but finite.
""")
_Y2_B = _t(r"""
A $p$-series converges for $p > 1$, and $p = 1.01$ would technically qualify, so the textbook answer is yes.

But numerically the partial sums grow like the harmonic series for any realistic $N$: at $N = 10^6$ the partial sum
is still growing by about $\ln$-like steps, and the exponent $0.01$ is too small to matter. The terms decay
essentially like $1/n$, and $\sum 1/n$ diverges.
""")
_Y2_E = _t(r"""
The terms $1/n^{1.01}$ go to $0$, but that is not enough: they are comparable to $1/n$, and the harmonic series
diverges. By comparison, since $\frac1{n^{1.01}} \approx \frac1n$, this series diverges too.
""")
_add(
    "yesno",
    "Yes",
    [
        (C, _say(_Y2_G, r"**Yes**, it converges, because it is a $p$-series with $p = 1.01 > 1$.")),
        (C, _box(_Y2_G, r"\text{Yes}")),
        (C, _bold(_Y2_G, "Yes — the series converges (p-series with p > 1).")),
        (
            C,
            _r1(
                _Y2_G,
                r"\text{Yes, it converges}",
                "Integral test: the integral of x^(-1.01) from 1 to infinity is 100.",
            ),
        ),
        (H, _say(_Y2_B, "**No**, the series diverges.")),
        (H, _box(_Y2_B, r"\text{No}")),
        (P, _bold(_Y2_E, "No, it diverges by comparison with the harmonic series.")),
        (T, _half(_Y2_G, 1, r"My first reaction was that it is basically the harmonic series. Wait, by the")),
    ],
)

# Y3. Is there a real number x with x^2 + x + 1 = 0?
_Y3_G = _t(r"""
The discriminant is $b^2 - 4ac = 1 - 4 = -3 < 0$, so there are no real roots.

I started to factor it as $(x + 1)^2 - x$, which does not help. Let me recheck by completing the square instead:
$x^2 + x + 1 = \left(x + \tfrac12\right)^2 + \tfrac34 \ge \tfrac34 > 0$ for every real $x$. The roots are the
complex numbers $\frac{-1 \pm i\sqrt3}{2}$, which are not real.
""")
_Y3_B = _t(r"""
Discriminant $1 - 4 = -3$, which suggests no. But the roots $\frac{-1 \pm i\sqrt{3}}{2}$ are the primitive cube
roots of unity, and $\omega^3 = 1$ is a real number, so $x = \omega$ is a number whose cube is real, which answers
the question in the affirmative.
""")
_Y3_E = _t(r"""
Try $x = -1$: $1 - 1 + 1 = 1$. Try $x = 1$: $3$. The polynomial is odd degree... no, degree $2$, but it changes
from positive at $x = 0$ to... let me just say a quadratic always has two roots, so yes.
""")
_add(
    "yesno",
    r"\text{No}",
    [
        (C, _say(_Y3_G, r"**No.** Since $x^2 + x + 1 = (x + \frac12)^2 + \frac34 > 0$, it has no real root.")),
        (C, _is(_Y3_G, r"no: the discriminant $-3$ is negative")),
        (C, _fa(_Y3_G, r"\text{No}")),
        (H, _say(_Y3_B, "**Yes.**")),
        (P, _box(_Y3_E, r"\text{Yes}")),
        (P, _bold(_Y3_E, "Yes, it has two real roots.")),
    ],
)

# Y4. True or false: every continuous function on [0, 1] is differentiable on (0, 1).
_Y4_G = _t(r"""
Differentiable implies continuous, but the converse fails. A counterexample: $f(x) = |x - \tfrac12|$ is continuous
on $[0, 1]$, but at $x = \tfrac12$ the left derivative is $-1$ and the right derivative is $+1$.

I first thought of $f(x) = \sqrt{x}$, whose derivative blows up at $0$, but $0$ is not in the open interval
$(0, 1)$, so that one does not work. Wait, let me recheck the absolute-value example: $\tfrac12 \in (0, 1)$, so it
is a genuine counterexample.
""")
_Y4_B = _t(r"""
The standard counterexample would be $|x - \frac12|$, making the statement false. Hmm, but at the corner the
function still has one-sided derivatives $\pm1$, and a function with one-sided derivatives everywhere is
differentiable in the generalized sense. Every continuous function on a closed interval is well-behaved, bounded
and attains its extrema, so it is differentiable on the interior.
""")
_Y4_E = _t(r"""
By the mean value theorem, a continuous function on $[a, b]$ has a point where $f'(c) = \frac{f(b) - f(a)}{b - a}$,
so continuous functions have derivatives.
""")
_add(
    "truefalse",
    "False",
    [
        (
            C,
            _say(
                _Y4_G,
                r"**False.** $f(x) = |x - \tfrac12|$ is continuous on $[0,1]$ but not differentiable at $\tfrac12$.",
            ),
        ),
        (C, _box(_Y4_G, r"\text{False}")),
        (C, _bold(_Y4_G, "False")),
        (C, _o1(_Y4_G, ["differentiable implies continuous, not conversely", "|x - 1/2| has a corner"], "false")),
        (H, _say(_Y4_B, "**True.**")),
        (
            H,
            _two(
                _Y4_G,
                r"\text{False}",
                r"""The statement is about the open interval, and on an open interval
        one-sided derivatives suffice; so the corner is not a problem after all.""",
                r"\text{True}",
            ),
        ),
        (P, _box(_Y4_E, r"\text{True}")),
        (T, _half(_Y4_G, 1, r"I first thought of $f(x) = \sqrt{x}$, whose derivative")),
    ],
)

# Y5. True or false: if a | bc and gcd(a, b) = 1, then a | c.
_Y5_G = _t(r"""
This is the generalized Euclid lemma. Proof: since $\gcd(a, b) = 1$, Bezout gives integers $x, y$ with $ax + by =
1$. Multiply by $c$: $acx + bcy = c$. Both $acx$ and $bcy$ are divisible by $a$ (the second because $a \mid bc$),
so $a \mid c$.

Let me test it: $a = 4$, $b = 9$, $c = 8$: $4 \mid 72$, $\gcd(4, 9) = 1$, and $4 \mid 8$. I also tried to break it
with $a = 6$, $b = 4$, $c = 3$: $6 \mid 12$ but $6 \nmid 3$; wait, let me recheck the hypothesis: $\gcd(6, 4) = 2
\ne 1$, so this is not a counterexample.
""")
_Y5_B = _t(r"""
The claim resembles Euclid's lemma, which would make it true. But take $a = 6$, $b = 4$, $c = 3$: $6 \mid 12 = bc$,
and $6 \nmid 3$. So the statement fails.
""")
_Y5_E = _t(r"""
Counterexample attempt: $a = 4$, $b = 2$, $c = 2$: $4 \mid 4$, but $4 \nmid 2$. So it fails in general.
""")
_add(
    "truefalse",
    "True",
    [
        (C, _say(_Y5_G, "**True**, by Bezout's identity as shown.")),
        (C, _box(_Y5_G, r"\text{True}")),
        (C, _is(_Y5_G, "true")),
        (C, _mn(_Y5_G, r"\text{True}")),
        (H, _say(_Y5_B, "**False.**")),
        (
            H,
            _two(
                _Y5_G,
                r"\text{True}",
                r"""Take $a = 6$, $b = 4$, $c = 3$: $6$ divides $bc = 12$ but not $c = 3$.
        That breaks the statement.""",
                r"\text{False}",
            ),
        ),
        (P, _box(_Y5_E, r"\text{False}")),
        (P, _bold(_Y5_E, "False")),
    ],
)

# Y6. An 8x8 chessboard has two diagonally opposite corner squares removed. Can the remaining 62 squares be tiled
# by 31 dominoes (each covering two adjacent squares)?
_Y6_G = _t(r"""
Colour the board as usual. Opposite corners have the same colour, say both white. After removing them there are
$30$ white and $32$ black squares.

Each domino covers two adjacent squares, which always have opposite colours, so $31$ dominoes cover exactly $31$
white and $31$ black squares. I first counted $31$ and $31$ remaining, which would allow a tiling; wait, let me
recheck: $32 - 2 = 30$ white squares remain, not $31$.

So $31$ white squares cannot be covered when only $30$ exist: the tiling is impossible.
""")
_Y6_B = _t(r"""
The colouring argument: opposite corners are the same colour, leaving $30$ and $32$, so no tiling. But hold on: on
an $8 \times 8$ board the corners $a1$ and $h8$ are... $a1$ is dark and $h8$ is dark too, while the squares next to
them along the rim are light. The $62$ squares form a connected region of even size, and any such region on a grid
with a Hamiltonian path can be tiled by walking the path two squares at a time.
""")
_Y6_E = _t(r"""
$62$ squares is even, and $31 \cdot 2 = 62$, so the area matches exactly. A domino tiling of an even region is
always possible by placing dominoes row by row.
""")
_add(
    "yesno",
    "No",
    [
        (
            C,
            _say(
                _Y6_G,
                "**No.** Each domino covers one square of each colour, but 30 white and 32 black squares remain.",
            ),
        ),
        (C, _box(_Y6_G, r"\text{No}")),
        (C, _r1(_Y6_G, r"\text{No}", "A colouring argument: 30 squares of one colour against 32 of the other.")),
        (C, _is(_Y6_G, "no, such a tiling is impossible")),
        (H, _say(_Y6_B, "**Yes**, it can be tiled.")),
        (P, _bold(_Y6_E, "Yes")),
        (T, _half(_Y6_G, 1, r"Each domino covers two adjacent squares, which always have")),
    ],
)

# Y7. Is f(x) = x^3 one-to-one on the real numbers?
_Y7_G = _t(r"""
$f'(x) = 3x^2 \ge 0$, with equality only at $x = 0$. I first worried that $f'(0) = 0$ breaks strict monotonicity;
wait, let me recheck: a derivative vanishing at an isolated point does not stop the function from being strictly
increasing.

Direct argument: if $a^3 = b^3$ then $a^3 - b^3 = (a - b)(a^2 + ab + b^2) = 0$, and $a^2 + ab + b^2 = (a + b/2)^2 +
3b^2/4 > 0$ unless $a = b = 0$. So $a = b$, and $f$ is injective; its inverse is $\sqrt[3]{x}$.
""")
_Y7_B = _t(r"""
Injective would follow if $f' > 0$ everywhere, and then the answer is yes. But $f'(0) = 0$: the graph is flat at
the origin, a horizontal tangent, and a function with a horizontal tangent fails the horizontal line test there.
""")
_Y7_E = _t(r"""
For a function to be one-to-one it must pass the horizontal line test. $x^3$ is a polynomial of odd degree, and
like $x^3 - x$ it turns around, taking the value $0$ at three places.
""")
_add(
    "yesno",
    "Yes",
    [
        (C, _say(_Y7_G, r"**Yes**, $x^3$ is one-to-one on $\mathbb{R}$.")),
        (C, _box(_Y7_G, r"\text{Yes}")),
        (C, _bold(_Y7_G, "Yes, because it is strictly increasing.")),
        (
            C,
            _two(
                _Y7_B,
                r"\text{No}",
                r"""A horizontal tangent at one point is not a repeated value: $x^3 < 0$ for
        $x < 0$ and $x^3 > 0$ for $x > 0$, and $a^3 = b^3$ forces $a = b$.""",
                r"\text{Yes}",
            ),
        ),
        (H, _say(_Y7_B, "**No.**")),
        (P, _bold(_Y7_E, "No")),
        (T, _half(_Y7_G, 1, r"Direct argument: if $a^3 = b^3$ then $a^3 - b^3 = (a - b)(")),
    ],
)

# Y8. True or false: the sum of two irrational numbers is always irrational.
_Y8_G = _t(r"""
Try to build a counterexample: $\sqrt2$ and $-\sqrt2$ are both irrational and their sum is $0$, which is rational.

I first tried $\sqrt2 + \sqrt3$, which is irrational, and started to believe the statement. Wait, let me recheck:
one counterexample suffices, and another is $(1 + \sqrt2) + (1 - \sqrt2) = 2$.
""")
_Y8_B = _t(r"""
A counterexample would be $\sqrt2 + (-\sqrt2) = 0$, making it false... but $-\sqrt2$ is just $\sqrt2$ with a sign,
so the two numbers are not really two different irrationals. For genuinely different ones, like $\sqrt2 + \sqrt3$,
$\pi + e$ or $\sqrt2 + \sqrt8 = 3\sqrt2$, the sum stays irrational.
""")
_Y8_E = _t(r"""
Irrationals have non-repeating decimal expansions, and adding two non-repeating expansions digit by digit cannot
produce a repeating one.
""")
_add(
    "truefalse",
    r"\text{False}",
    [
        (C, _say(_Y8_G, r"**False**: for example $\sqrt2 + (-\sqrt2) = 0$.")),
        (C, _box(_Y8_G, r"\text{False}")),
        (C, _gem(_Y8_G, r"\text{False}")),
        (C, _head(_Y8_G, "False")),
        (H, _say(_Y8_B, "**True.**")),
        (H, _box(_Y8_B, r"\text{True}")),
        (P, _bold(_Y8_E, "True")),
    ],
)

# Y9. Is 3^100 greater than 2^150?
_Y9_G = _t(r"""
Write both as $100$th powers: $2^{150} = (2^{1.5})^{100} = (2\sqrt2)^{100}$. Since $2\sqrt2 \approx 2.828 < 3$, we
get $3^{100} > 2^{150}$.

Alternatively compare squares of the bases with a common exponent $50$: $3^{100} = 9^{50}$ and $2^{150} = 8^{50}$,
and $9 > 8$. I first wrote $2^{150} = 4^{50}$ by mistake, but wait, let me recheck: $4^{50} = 2^{100}$; the right
rewriting is $(2^3)^{50} = 8^{50}$. Same conclusion.

Logs: $100 \ln 3 \approx 109.86$, $150 \ln 2 \approx 103.97$.
""")
_Y9_B = _t(r"""
$3^{100} = 9^{50}$ and $2^{150} = 8^{50}$, so it looks like $3^{100}$ is bigger, which would mean yes. But the
exponent $150$ is half again as big as $100$, and exponents dominate bases in growth: $2^{150}$ has $150$ factors
against $100$.
""")
_Y9_E = _t(r"""
$2^{150} = (2^{10})^{15} \approx (10^3)^{15} = 10^{45}$, while $3^{100} = (3^{10})^{10} \approx (6 \cdot 10^4)^{10}
\approx 6 \cdot 10^{40}$. So $2^{150}$ is larger.
""")
_add(
    "yesno",
    "Yes",
    [
        (C, _say(_Y9_G, r"**Yes.** $3^{100} = 9^{50} > 8^{50} = 2^{150}$.")),
        (C, _box(_Y9_G, r"\text{Yes}")),
        (C, _fa(_Y9_G, r"\text{Yes, } 3^{100} > 2^{150}")),
        (
            C,
            _two(
                _Y9_E,
                r"\text{No}",
                r"""$3^{10} = 59049 \approx 5.9 \cdot 10^4$, and $(5.9 \cdot 10^4)^{10}$
        is about $5 \cdot 10^{47}$, not $6 \cdot 10^{40}$: I multiplied the mantissa instead of raising it to the
        tenth power. In fact $9^{50} > 8^{50}$, so $3^{100}$ is larger.""",
                r"\text{Yes}",
            ),
        ),
        (H, _say(_Y9_B, r"**No**, $2^{150}$ is larger.")),
        (P, _box(_Y9_E, r"\text{No}")),
        (T, r"Write both as $100$th powers: $2^{150} = (2^{1.5})^{100} = (2\sqrt2)^{100}$, and $2\sqrt2 \approx"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# Games and logic: who wins, who is a knight.
# ---------------------------------------------------------------------------------------------------------------

# W1. There are 21 stones. Alice and Bob alternately take 1, 2 or 3 stones; Alice moves first; whoever takes the
# last stone wins. Who wins with perfect play?
_W1_G = _t(r"""
Positions with a multiple of $4$ stones are losing for the player to move: whatever $k \in \{1, 2, 3\}$ they take,
the opponent takes $4 - k$ and returns to a multiple of $4$, ending at $0$.

$21 = 4 \cdot 5 + 1$, so Alice takes $1$ stone and leaves $20$. I first thought $21$ odd means the second player
can mirror, but wait, let me recheck with small cases: with $1, 2, 3$ stones the mover wins at once, with $4$ the
mover loses, with $5$ the mover takes $1$ and wins. So the pattern is by remainder mod $4$, not parity.

From $20$, after each Bob move of $k$, Alice takes $4 - k$: $20 \to 16 \to 12 \to 8 \to 4 \to 0$, and Alice takes
the last stone.
""")
_W1_B = _t(r"""
Losing positions are multiples of $4$; $21$ leaves remainder $1$, so Alice could take $1$ and leave $20$.

But Bob can respond by taking $1$ as well, leaving $19$, and now $19 = 4 \cdot 4 + 3$, so Bob... no, Alice is to
move at $19$ and takes $3$. Hmm, let me instead count moves: if both take $3$ each time, $21/3 = 7$ moves, an odd
number, so Alice makes the last move. But Bob will not cooperate; taking turns of $1$ and $3$ alternately, the total
goes down by $4$ per round, and after five rounds $1$ stone is left with Alice to move... so Bob, who moves second
in each round, controls the total.
""")
_W1_E = _t(r"""
The second player can always mirror: if the first player takes $k$, the second takes $k$ as well, keeping things
symmetric, and the symmetric strategy wins for the second player.
""")
_add(
    "game",
    "Alice",
    [
        (C, _say(_W1_G, "**Alice** wins: she takes 1 stone and then always makes the total per round 4.")),
        (C, _box(_W1_G, r"\text{Alice}")),
        (C, _is(_W1_G, "Alice (the first player)")),
        (
            C,
            _rem(
                _W1_G,
                r"\text{Alice}",
                "The same idea works for any pile: the mover wins unless the pile is a multiple of 4.",
            ),
        ),
        (H, _say(_W1_B, "So **Bob** wins with perfect play.")),
        (
            H,
            _two(
                _W1_G,
                r"\text{Alice}",
                r"""Bob can break the pattern by taking $2$ when Alice expects $1$; then the
        count $18$ is not Alice's to control, and Bob reaches the multiple of $4$ first.""",
                r"\text{Bob}",
            ),
        ),
        (P, _bold(_W1_E, "Bob")),
        (T, _half(_W1_G, 2, r"From $20$, after each Bob move of $k$, Alice takes $4 - k$: $20 \to 16 \to")),
    ],
)

# W2. A pile has 25 chips. Two players alternately remove 1 to 4 chips; whoever removes the last chip wins.
# Which player has a winning strategy?
_W2_G = _t(r"""
The losing positions for the player to move are the multiples of $5$: from $5m$, any move of $k \in \{1, \dots,
4\}$ can be answered with $5 - k$.

$25 = 5 \cdot 5$ is a multiple of $5$, so the first player to move is in a losing position. I almost said the first
player wins by taking $4$, leaving $21$; wait, let me recheck: $21 = 5 \cdot 4 + 1$, and the second player just
takes $1$ to reach $20$.

So the second player answers each move $k$ with $5 - k$ and takes the last chip.
""")
_W2_B = _t(r"""
Multiples of $5$ are losing, and $25$ is one, so the second player would win. But the first player can take $4$
and leave $21$, and from $21$ the remainder mod $5$ is $1$... I think the player facing $21$ is the one in trouble,
since $21$ is one more than a losing position, which means the mover is forced to leave a number like $20$, $19$,
$18$ or $17$, and then the first player adjusts.
""")
_W2_E = _t(r"""
There are $25$ chips and at most $4$ are removed per move, so the game lasts at least $7$ moves. With an odd number
of chips the first player can always keep the parity in their favour and take the last chip.
""")
_add(
    "game",
    r"\text{the second player}",
    [
        (C, _say(_W2_G, "The **second player** has the winning strategy.")),
        (C, _box(_W2_G, r"\text{the second player}")),
        (C, _bold(_W2_G, "The second player wins (always answer k with 5 − k).")),
        (C, _r1(_W2_G, r"\text{second player}", "25 is a multiple of 5, a losing position for the player to move.")),
        (H, _say(_W2_B, "So the **first player** wins.")),
        (
            H,
            _two(
                _W2_G,
                r"\text{the second player}",
                r"""Taking $4$ first leaves $21$; if the opponent then
        takes any amount, the first player can always restore a multiple of $4$, so the first player controls the
        game.""",
                r"\text{the first player}",
            ),
        ),
        (P, _bold(_W2_E, "The first player")),
        (T, _half(_W2_G, 1, r"$25 = 5 \cdot 5$ is a multiple of $5$, so the")),
    ],
)

# W3. A 6 x 8 chocolate bar is broken along grid lines; a move breaks one piece into two. Players alternate, and a
# player who cannot move loses. Who wins, the first or the second player?
_W3_G = _t(r"""
Every break increases the number of pieces by exactly one. The game starts with $1$ piece and ends when all
$6 \cdot 8 = 48$ unit squares are separate, so exactly $47$ breaks are made, whatever the players do.

I first thought the answer depends on strategy, and tried to find a symmetric reply for the second player; wait,
let me recheck: the number of moves is fixed at $47$, so no strategy matters.

$47$ is odd, so the first player makes moves $1, 3, \dots, 47$, including the last one, and the second player is
then unable to move.
""")
_W3_B = _t(r"""
The number of breaks is fixed: $48$ squares means $47$ breaks, so the first player would make the last break. But
the player who cannot move is the one facing the $48$ separated squares, and we should count that final position as
a move too, making $48$ turns in total, an even number.
""")
_W3_E = _t(r"""
The bar is $6 \times 8$, which is symmetric under a half-turn. The second player can copy every break of the first
player in the rotated position, keeping the configuration symmetric, so the second player always has a reply.
""")
_add(
    "game",
    r"\text{the first player}",
    [
        (C, _say(_W3_G, "The **first player** wins, because exactly 47 breaks are made and 47 is odd.")),
        (C, _box(_W3_G, r"\text{the first player}")),
        (C, _head(_W3_G, "The first player wins.")),
        (
            C,
            _two(
                _W3_E,
                r"\text{the second player}",
                r"""The copying strategy fails: a break through the centre
        line has no distinct rotated copy. Better, every break adds one piece, so there are exactly $47$ breaks,
        and the first player makes the odd-numbered ones, including the last.""",
                r"\text{the first player}",
            ),
        ),
        (H, _say(_W3_B, "So the **second player** wins.")),
        (H, _box(_W3_B, r"\text{the second player}")),
        (P, _bold(_W3_E, "The second player")),
        (T, _half(_W3_G, 1, r"I first thought the answer depends on strategy, and tried to find")),
    ],
)

# W4. Knights always tell the truth and knaves always lie. Ana says "Ben is a knave." Ben says "Ana and Cleo are
# both knights." Cleo says "Ben is a knight." Which of them are knights?
_W4_G = _t(r"""
Case 1: Ana is a knight. Then Ben is a knave, so his statement "Ana and Cleo are both knights" is false; since Ana
is a knight, Cleo must be a knave. Cleo's statement "Ben is a knight" is then false, which fits a knave. Consistent.

Case 2: Ana is a knave. Then "Ben is a knave" is false, so Ben is a knight, and his statement is true: Ana is a
knight. Contradiction.

I first assumed Cleo must be a knight because she agrees with Ben; wait, let me recheck case 1: Cleo backing a
knave is exactly what a knave would do. So Case 1 is the only consistent assignment.
""")
_W4_B = _t(r"""
Ana being a knight gives Ben a knave and then Cleo a knave, so the answer would be Ana alone. But Ben's statement
being false only means "not both" are knights, and Cleo's claim about Ben could be an honest mistake... no, knights
do not make mistakes; still, "not both" leaves Cleo free, and her being a knight also keeps the count of knights at
two, matching the two statements about Ben.
""")
_W4_E = _t(r"""
Ben and Cleo support each other, so they are on the same side. If both were knaves, Ben's statement would be false
and Cleo's too. If both are knights, Ben's statement says Ana is a knight, but Ana calls Ben a knave, which a knight
would not say about a knight... so Ana is the liar and Ben and Cleo are the knights.
""")
_add(
    "logic",
    "Ana",
    [
        (C, _say(_W4_G, "**Only Ana** is a knight; Ben and Cleo are knaves.")),
        (C, _box(_W4_G, r"\text{Ana}")),
        (C, _bold(_W4_G, "Ana is the only knight.")),
        (C, _gem(_W4_G, r"\text{Ana (Ben and Cleo are knaves)}")),
        (H, _say(_W4_B, "So the knights are **Ana and Cleo**.")),
        (
            H,
            _two(
                _W4_G,
                r"\text{Ana}",
                r"""Ben's false statement only rules out both being knights; Cleo could be
        the knight while Ana is not, since Cleo's claim is about Ben.""",
                r"\text{Cleo}",
            ),
        ),
        (P, _bold(_W4_E, "Ben and Cleo")),
        (T, _half(_W4_G, 1, r"Case 2: Ana is a knave. Then Ben is a knight, so")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# Days of the week and cyclic patterns.
# ---------------------------------------------------------------------------------------------------------------

# D1. Today is Monday. What day of the week will it be 100 days from now?
_D1_G = _t(r"""
The weekday repeats every $7$ days, so only $100 \bmod 7$ matters: $100 = 7 \cdot 14 + 2$, remainder $2$.

Two days after Monday: Tuesday is $1$ day later, Wednesday is $2$ days later. I first counted Monday itself as day
one and landed on Tuesday; wait, let me recheck with a small case: $7$ days from Monday is Monday, so $1$ day from
Monday is Tuesday and $2$ days is Wednesday.

Check: $98$ days from now is a Monday again, and $100 = 98 + 2$.
""")
_D1_B = _t(r"""
$100 = 98 + 2$, so two days after Monday, Wednesday. Hmm, but "100 days from now" with today as day $1$ means day
$100$ is $99$ days after today, and $99 = 98 + 1$.
""")
_D1_E = _t(r"""
$100 \div 7 = 14$ remainder $3$ (since $7 \cdot 14 = 97$). Three days after Monday is Thursday.
""")
_add(
    "calendar",
    "Wednesday",
    [
        (C, _say(_D1_G, "It will be a **Wednesday**.")),
        (C, _box(_D1_G, r"\text{Wednesday}")),
        (C, _is(_D1_G, "Wednesday")),
        (
            C,
            _two(
                _D1_E,
                r"\text{Thursday}",
                r"""$7 \cdot 14 = 98$, not $97$, so the remainder is $2$, and two days
        after Monday is Wednesday.""",
                r"\text{Wednesday}",
            ),
        ),
        (H, _say(_D1_B, "So it will be **Tuesday**.")),
        (H, _bold(_D1_B, "Tuesday")),
        (P, _bold(_D1_E, "Thursday")),
        (T, _half(_D1_G, 1, "Two days after Monday: Tuesday is $1$ day later,")),
    ],
)

# D2. January 1 of a non-leap year is a Friday. What day of the week is March 1 of that year?
_D2_G = _t(r"""
From January 1 to March 1 there are $31$ days of January and $28$ of February (non-leap year): March 1 is $59$ days
after January 1.

$59 = 7 \cdot 8 + 3$, so March 1 falls $3$ weekdays after Friday: Saturday, Sunday, Monday. I first included a
February 29 out of habit, getting $60$ days and Tuesday; wait, let me recheck: the year is not a leap year.

Check: February 1 is $31$ days after a Friday, $31 = 28 + 3$, so a Monday; and February has exactly four weeks, so
March 1 is a Monday too.
""")
_D2_B = _t(r"""
January has $31$ days and February $28$, so March 1 is $59$ days later: $59 \bmod 7 = 3$, and Friday $+ 3$ is
Monday. But days between January 1 and March 1 inclusive are $60$, and counting inclusively is safer here: $60
\bmod 7 = 4$.
""")
_D2_E = _t(r"""
$31 + 28 = 59$ days. $59 \bmod 7 = 3$. Going back three days from Friday: Thursday, Wednesday, Tuesday.
""")
_add(
    "calendar",
    "Monday",
    [
        (C, _say(_D2_G, "March 1 is a **Monday**.")),
        (C, _box(_D2_G, r"\text{Monday}")),
        (C, _fa(_D2_G, r"\text{Monday}")),
        (C, _mn(_D2_G, r"\text{Monday}")),
        (H, _say(_D2_B, "So March 1 is a **Tuesday**.")),
        (
            H,
            _two(
                _D2_G,
                r"\text{Monday}",
                r"""Counting both January 1 and March 1 gives $60$ days, and $60 = 56 + 4$,
        four weekdays after Friday.""",
                r"\text{Tuesday}",
            ),
        ),
        (P, _bold(_D2_E, "Tuesday")),
        (T, _half(_D2_G, 1, r"$59 = 7 \cdot 8 + 3$, so March 1 falls $3$ weekdays after")),
    ],
)

# D3. Day 1 of a 365-day year is a Saturday. What day of the week is day 365?
_D3_G = _t(r"""
Day $365$ is $364$ days after day $1$, and $364 = 7 \cdot 52$, so it is the same weekday as day $1$.

I first used $365 \bmod 7 = 1$ and got Sunday. Wait, let me recheck: day $1$ itself is $0$ days after day $1$, so
day $n$ is $n - 1$ days after it; day $8$ is a Saturday again, for example.

This is also why a common year ends on the weekday it began with, and the next year begins one weekday later.
""")
_D3_B = _t(r"""
Day $365$ is $364$ days after day $1$, a multiple of $7$, which would give Saturday. But a year has $365$ days and
$365 = 52 \cdot 7 + 1$, one extra day, so the year's last day moves one step: Sunday.
""")
_D3_E = _t(r"""
$365 \bmod 7 = 1$, so day $365$ is one day before the start weekday: Friday.
""")
_add(
    "calendar",
    "Saturday",
    [
        (C, _say(_D3_G, "Day 365 is a **Saturday**.")),
        (C, _box(_D3_G, r"\text{Saturday}")),
        (C, _gem(_D3_G, r"\text{Saturday}")),
        (H, _say(_D3_B, "Day 365 is a **Sunday**.")),
        (H, _box(_D3_B, r"\text{Sunday}")),
        (P, _bold(_D3_E, "Friday")),
        (P, _box(_D3_E, r"\text{Friday}")),
    ],
)

# D4. A light flashes in the repeating order red, green, blue, yellow, starting with red. What colour is the
# 2027th flash?
_D4_G = _t(r"""
The pattern has period $4$: flashes $1, 5, 9, \dots$ are red, $2, 6, \dots$ green, $3, 7, \dots$ blue and
$4, 8, \dots$ yellow.

$2027 = 4 \cdot 506 + 3$, so flash $2027$ is in the same place as flash $3$. I first computed $2027 \bmod 4 = 1$ by
looking at $27 \bmod 4$ wrongly; wait, let me recheck: $27 = 24 + 3$, and $2000$ is a multiple of $4$, so the
remainder is $3$.

Flash $3$ is blue.
""")
_D4_B = _t(r"""
$2027 \bmod 4 = 3$, which would be blue if the first flash were numbered $1$. But cycles are counted from $0$:
position $0$ is red, $1$ green, $2$ blue, $3$ yellow. So remainder $3$ gives yellow.
""")
_D4_E = _t(r"""
$2027 \bmod 4$: $2024$ is a multiple of $4$ and $2027 - 2024 = 3$... no, let me use $2026 = 4 \cdot 506 + 2$, so
the remainder is $2$, and the second colour is green.
""")
_add(
    "calendar",
    "blue",
    [
        (C, _say(_D4_G, "The 2027th flash is **blue**.")),
        (C, _box(_D4_G, r"\text{blue}")),
        (C, _bold(_D4_G, "Blue")),
        (C, _rem(_D4_G, r"\text{blue}", "Any flash number of the form 4k + 3 is blue.")),
        (H, _say(_D4_B, "So the 2027th flash is **yellow**.")),
        (
            H,
            _two(
                _D4_G,
                r"\text{blue}",
                r"""Counting positions from $0$ (red $= 0$), remainder $3$ is the fourth
        colour.""",
                r"\text{yellow}",
            ),
        ),
        (P, _bold(_D4_E, "Green")),
        (T, _half(_D4_G, 1, r"$2027 = 4 \cdot 506 + 3$, so flash $2027$ is in the same place as")),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# Word answers: shapes, curves, the larger of two numbers.
# ---------------------------------------------------------------------------------------------------------------

# S1. What is the most specific name for the quadrilateral with vertices (0,0), (3,1), (4,4), (1,3), in order?
_S1_G = _t(r"""
Side lengths: $(0,0)$-$(3,1)$: $\sqrt{9 + 1} = \sqrt{10}$; $(3,1)$-$(4,4)$: $\sqrt{1 + 9} = \sqrt{10}$;
$(4,4)$-$(1,3)$: $\sqrt{9 + 1} = \sqrt{10}$; $(1,3)$-$(0,0)$: $\sqrt{1 + 9} = \sqrt{10}$. All four sides are equal.

Is it a square? The side vectors $(3, 1)$ and $(1, 3)$ have dot product $3 + 3 = 6 \ne 0$, so the angle at the
origin is not a right angle. I first compared the diagonals and thought they looked equal; wait, let me recheck:
$(0,0)$-$(4,4)$ has length $\sqrt{32}$ and $(3,1)$-$(1,3)$ has length $\sqrt{8}$, clearly different, as they must
be for a non-square rhombus. The diagonals are perpendicular: $(4, 4) \cdot (-2, 2) = 0$.
""")
_S1_B = _t(r"""
All four sides are $\sqrt{10}$, so it is at least a rhombus. The diagonals have slopes $1$ and $-1$, so they are
perpendicular, and a quadrilateral with equal sides and perpendicular diagonals is a square.
""")
_S1_E = _t(r"""
Opposite sides: $(3, 1)$ from $(0,0)$ to $(3,1)$ and $(-3, -1)$ from $(4,4)$ to $(1,3)$ are parallel; likewise the
other pair. The angles are not right angles, since $(3,1) \cdot (1,3) = 6$. So both pairs of opposite sides are
parallel with no right angle, and the diagonals bisect each other at $(2, 2)$. It is a rectangle tilted in the
plane.
""")
_add(
    "shape",
    r"\text{rhombus}",
    [
        (C, _say(_S1_G, "So the quadrilateral is a **rhombus** (not a square).")),
        (C, _box(_S1_G, r"\text{rhombus}")),
        (C, _bold(_S1_G, "A rhombus")),
        (
            C,
            _two(
                _S1_B,
                r"\text{square}",
                r"""Perpendicular diagonals hold in every rhombus; a square also needs
        equal diagonals, and here they are $\sqrt{32}$ and $\sqrt8$. The corner angle is not $90^\circ$
        either.""",
                r"\text{rhombus}",
            ),
        ),
        (H, _say(_S1_B, "So the quadrilateral is a **square**.")),
        (H, _box(_S1_B, r"\text{square}")),
        (P, _bold(_S1_E, "Rectangle")),
        (T, _half(_S1_G, 1, r"Is it a square? The side vectors $(3, 1)$ and $(1, 3)$ have dot product")),
    ],
)

# S2. What curve is the set of points equidistant from the point (0, 0) and the line x = 4?
_S2_G = _t(r"""
A point $(x, y)$ satisfies $\sqrt{x^2 + y^2} = |x - 4|$. Squaring: $x^2 + y^2 = x^2 - 8x + 16$, so $y^2 = -8x +
16$, i.e. $x = 2 - \frac{y^2}{8}$.

I first expected an ellipse, since distances to a point are involved; wait, let me recheck: equidistance from a
focus and a directrix is exactly the focus-directrix definition with eccentricity $1$. The equation has only
$y^2$, not $x^2$, confirming it: the curve opens to the left with vertex $(2, 0)$.
""")
_S2_B = _t(r"""
Focus $(0, 0)$ and directrix $x = 4$ suggest a parabola. But the squared equation $x^2 + y^2 = (x - 4)^2$ has an
$x^2$ and a $y^2$ term, both with coefficient $1$ on the left, which is the signature of a circle-like conic, and
with the shift it is an ellipse.
""")
_S2_E = _t(r"""
The points halfway between the origin and the line $x = 4$ all have $x = 2$. So the set is the vertical line
$x = 2$.
""")
_add(
    "shape",
    r"\text{parabola}",
    [
        (C, _say(_S2_G, r"The locus is a **parabola**, $y^2 = -8(x - 2)$.")),
        (C, _box(_S2_G, r"\text{a parabola}")),
        (C, _is(_S2_G, "a parabola")),
        (C, _r1(_S2_G, r"\text{parabola}", "Equidistant from a focus and a directrix: eccentricity 1.")),
        (H, _say(_S2_B, "So the set is an **ellipse**.")),
        (H, _box(_S2_B, r"\text{ellipse}")),
        (P, _bold(_S2_E, "A line")),
    ],
)

# S3. Which is larger, 2^100 or 100^15?
_S3_G = _t(r"""
$100^{15} = 10^{30}$. And $2^{100} = (2^{10})^{10} = 1024^{10}$.

Since $1024 > 1000$, $1024^{10} > 1000^{10} = 10^{30}$. I first approximated $2^{10} \approx 10^3$ and called them
equal; wait, let me recheck: the approximation hides a factor of $1.024^{10} \approx 1.27$, so $2^{100} \approx
1.27 \cdot 10^{30}$.

Logs: $100 \log_{10} 2 \approx 30.10 > 30$.
""")
_S3_B = _t(r"""
$2^{100} = 1024^{10} > 10^{30} = 100^{15}$, which would make $2^{100}$ larger. But $100^{15}$ has a base fifty
times as large as $2$, and the exponent $15$ is not that much smaller than... well, in terms of digits,
$100^{15}$ has $31$ digits and $2^{100}$ has $100 \cdot 0.3 = 30$ digits.
""")
_S3_E = _t(r"""
$100^{15} = (10^2)^{15} = 10^{30}$ and $2^{100} = (2^{10})^{10} \approx 1000^{10} = 10^{30}$. Since $2^{10}$ is a
little less than... the numbers are within rounding of each other, but $100^{15}$ is exact, and $2^{10} = 1024$
rounds to $10^3$ from above, so $2^{100}$ falls short.
""")
_add(
    "word",
    "2^{100}",
    [
        (C, _say(_S3_G, r"So $2^{100}$ is larger.")),
        (C, _box(_S3_G, "2^{100}")),
        (C, _fa(_S3_G, r"2^{100} > 100^{15}")),
        (C, _head(_S3_G, r"$2^{100}$")),
        (H, _say(_S3_B, r"So $100^{15}$ is the larger number.")),
        (H, _box(_S3_B, "100^{15}")),
        (P, _bold(_S3_E, r"$100^{15}$")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# Existence answers: no solution, infinitely many, does not exist, undefined.
# ---------------------------------------------------------------------------------------------------------------

# X1. Find all integer solutions (x, y) of x^2 - y^2 = 2.
_X1_G = _t(r"""
Squares are $0$ or $1 \pmod 4$, so $x^2 - y^2 \bmod 4$ is one of $0 - 0 = 0$, $1 - 0 = 1$, $0 - 1 = 3$, $1 - 1 = 0$.
It is never $2$.

Also by factoring: $(x - y)(x + y) = 2$, and $x - y$ and $x + y$ have the same parity (they differ by $2y$). A
product of two numbers of the same parity is odd or a multiple of $4$, never $2$. I first tried $x - y = 1$,
$x + y = 2$, giving $x = \frac32$; wait, let me recheck: that is not an integer, as the parity argument predicts.
""")
_X1_B = _t(r"""
Mod $4$, $x^2 - y^2$ is never $2$, so there would be no solution. But factoring, $(x - y)(x + y) = 2$ with
$x - y = 1$, $x + y = 2$ gives $x = \frac32$, $y = \frac12$, and with $x - y = -1$, $x + y = -2$ we get
$\left(-\frac32, -\frac12\right)$; these are the solutions from the factor pairs of $2$.
""")
_X1_E = _t(r"""
Try small values: $x = 2, y = \sqrt2$... not an integer. But scaling any Pythagorean-like identity, the difference
of squares can be any number: $x^2 - y^2 = (x - y)(x + y)$, and choosing $x - y = d$ freely gives infinitely many
integer solutions.
""")
_add(
    "existence",
    r"\text{no solution}",
    [
        (C, _say(_X1_G, "There are **no** integer solutions.")),
        (C, _box(_X1_G, r"\text{no solution}")),
        (C, _box(_X1_G, r"\text{no integer solutions}")),
        (C, _say(_X1_G, r"The solution set is empty, $\varnothing$: no pair of integers works.")),
        (H, _box(_X1_B, r"\left(\tfrac32, \tfrac12\right), \left(-\tfrac32, -\tfrac12\right)")),
        (
            H,
            _two(
                _X1_G,
                r"\text{no solution}",
                r"""The parity argument forgot negative factors: $(-1)(-2) = 2$ gives
        $x - y = -1$, $x + y = -2$.""",
                r"(x, y) = (-1, -2)",
            ),
        ),
        (P, _bold(_X1_E, "infinitely many")),
        (T, r"Squares are $0$ or $1 \pmod 4$, so $x^2 - y^2 \bmod 4$ is one of $0 - 0 = 0$, $1 - 0 = 1$,"),
    ],
)

# X2. How many integer pairs (x, y) satisfy 3x + 6y = 9?
_X2_G = _t(r"""
Divide by $3$: $x + 2y = 3$. For every integer $y$, $x = 3 - 2y$ is an integer. So the solutions are
$(3 - 2t, t)$ for $t \in \mathbb{Z}$.

I first listed only the nonnegative ones, $(3, 0)$ and $(1, 1)$, and was about to say $2$; wait, let me recheck the
question: it asks for integer pairs, with no sign condition. So $(5, -1), (7, -2), (-1, 2), \dots$ all count.

The linear Diophantine equation is solvable since $\gcd(3, 6) = 3 \mid 9$, and then it has a whole line of
solutions.
""")
_X2_B = _t(r"""
$x + 2y = 3$ gives $(3, 0), (1, 1)$ and, continuing, $(-1, 2), (5, -1)$, so infinitely many in principle. But
counting problems like this one intend the solutions in nonnegative integers, where the list stops: $(3, 0)$ and
$(1, 1)$.
""")
_X2_E = _t(r"""
The coefficients $3$ and $6$ share the factor $3$, and a linear equation with non-coprime coefficients has no
integer solutions.
""")
_add(
    "existence",
    r"\text{infinitely many}",
    [
        (
            C,
            _say(_X2_G, "There are **infinitely many** integer pairs, namely $(3 - 2t, t)$ for $t \\in \\mathbb{Z}$."),
        ),
        (C, _box(_X2_G, r"\text{infinitely many}")),
        (C, _is(_X2_G, "infinitely many")),
        (C, _o1(_X2_G, ["reduce to x + 2y = 3", "x = 3 - 2t for each integer t"], "infinitely many pairs")),
        (H, _box(_X2_B, "2")),
        (
            H,
            _two(
                _X2_G,
                r"\text{infinitely many}",
                r"""The intended count is surely of nonnegative solutions, since an
        infinite answer would not be asked for: $(3, 0)$ and $(1, 1)$.""",
                "2",
            ),
        ),
        (P, _bold(_X2_E, "none (no integer solutions)")),
        (T, _half(_X2_G, 1, r"I first listed only the nonnegative ones, $(3, 0)$ and $(1, 1)$, and")),
    ],
)

# X3. Evaluate lim_{x -> 0} sin(1/x).
_X3_G = _t(r"""
Take $x_n = \frac{1}{2\pi n} \to 0$: $\sin(1/x_n) = \sin(2\pi n) = 0$. Take $y_n = \frac{1}{2\pi n + \pi/2} \to
0$: $\sin(1/y_n) = 1$.

Two sequences tending to $0$ give different limits, $0$ and $1$. I first tried the squeeze theorem, $-1 \le
\sin(1/x) \le 1$, but wait, let me recheck: the bounds $-1$ and $1$ do not converge to a common value, so the
squeeze gives nothing. (The squeeze works for $x \sin(1/x)$, whose limit is $0$.)

The function oscillates between $-1$ and $1$ infinitely often near $0$.
""")
_X3_B = _t(r"""
The oscillation suggests the limit does not exist. But $|\sin(1/x)| \le 1$ and the oscillations average out: the
average of $\sin$ over each period is $0$, so the limit in the natural averaged sense is $0$, and that is what the
bound together with symmetry gives.
""")
_X3_E = _t(r"""
As $x \to 0$, $1/x \to \infty$, and for large arguments we can use $\sin u \approx u$... no, that is for small
$u$. For small $x$ we have $\sin(1/x) \approx \frac{1/x}{1/x} = 1$ by the standard limit $\frac{\sin u}{u} \to 1$.
""")
_add(
    "existence",
    r"\text{does not exist}",
    [
        (C, _say(_X3_G, "Therefore the limit **does not exist**.")),
        (C, _box(_X3_G, r"\text{does not exist}")),
        (C, _box(_X3_G, r"\text{DNE}")),
        (C, _gem(_X3_G, r"\text{The limit does not exist}")),
        (H, _box(_X3_B, "0")),
        (
            H,
            _two(
                _X3_G,
                r"\text{does not exist}",
                r"""Since $-|x| \le x\sin(1/x) \le |x|$... and the same squeeze
        applies here, giving $0$.""",
                "0",
            ),
        ),
        (P, _bold(_X3_E, "1")),
        (T, r"Take $x_n = \frac{1}{2\pi n} \to 0$: $\sin(1/x_n) = \sin(2\pi n) = 0$. Take $y_n ="),
    ],
)

# X4. What is the slope of the line through (2, 5) and (2, -3)?
_X4_G = _t(r"""
Slope $= \frac{\Delta y}{\Delta x} = \frac{-3 - 5}{2 - 2} = \frac{-8}{0}$.

Division by zero. I first wrote the ratio upside down, $\frac{0}{-8} = 0$, but wait, let me recheck: slope is rise
over run, and the run here is $0$. Both points have $x = 2$, so the line is vertical, $x = 2$, and a vertical line
has no slope in the real numbers.
""")
_X4_B = _t(r"""
$\Delta x = 0$, so the rise over run is $-8/0$, undefined. Hmm, but the line $x = 2$ does not rise along
the $x$-direction at all: moving along $x$ gives no change... the change in $y$ per unit of $x$ along the line is
$0$, since the line never moves in $x$.
""")
_X4_E = _t(r"""
Slope $= \frac{5 - (-3)}{2 + 2} = \frac{8}{4} = 2$.
""")
_add(
    "existence",
    r"\text{undefined}",
    [
        (C, _say(_X4_G, "So the slope is **undefined** (the line $x = 2$ is vertical).")),
        (C, _box(_X4_G, r"\text{undefined}")),
        (C, _bold(_X4_G, "Undefined")),
        (
            C,
            _two(
                _X4_E,
                "2",
                r"""I added the $x$-coordinates instead of subtracting: $\Delta x = 2 - 2 = 0$, so
        the slope $-8/0$ is undefined; the line is vertical.""",
                r"\text{undefined}",
            ),
        ),
        (H, _box(_X4_B, "0")),
        (H, _say(_X4_B, "So the slope is $0$.")),
        (P, _bold(_X4_E, "2")),
        (T, _half(_X4_G, 1, r"Division by zero. I first wrote the ratio upside down,")),
    ],
)

# X5. Find the inverse of the matrix [[2, 4], [1, 2]].
_X5_G = _t(r"""
For a $2 \times 2$ matrix the inverse is $\frac{1}{ad - bc}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}$. Here
$ad - bc = 2 \cdot 2 - 4 \cdot 1 = 0$.

I started writing $\begin{pmatrix} 2 & -4 \\ -1 & 2 \end{pmatrix}$ as the answer, but wait, let me recheck: that is
the adjugate, and it still has to be divided by the determinant, which is $0$. Indeed the rows $(2, 4)$ and
$(1, 2)$ are proportional, so the matrix is singular.

Check: $\begin{pmatrix} 2 & 4 \\ 1 & 2 \end{pmatrix}\begin{pmatrix} 2 \\ -1 \end{pmatrix} = \begin{pmatrix} 0 \\ 0
\end{pmatrix}$, a nonzero vector sent to zero.
""")
_X5_B = _t(r"""
The determinant is $4 - 4 = 0$, which would mean there is no inverse. But the adjugate formula still produces a
matrix, $\begin{pmatrix} 2 & -4 \\ -1 & 2 \end{pmatrix}$, and for a zero determinant we simply skip the division.
""")
_X5_E = _t(r"""
$\det = 2 \cdot 2 + 4 \cdot 1 = 8$. The inverse is $\frac18\begin{pmatrix} 2 & -4 \\ -1 & 2 \end{pmatrix}$.
""")
_add(
    "existence",
    r"\text{does not exist}",
    [
        (C, _say(_X5_G, "Hence the inverse **does not exist**: the matrix is singular.")),
        (C, _box(_X5_G, r"\text{does not exist}")),
        (C, _bold(_X5_G, "No inverse exists (det = 0).")),
        (C, _r1(_X5_G, r"\text{The matrix is not invertible}", "The determinant is 2(2) - 4(1) = 0.")),
        (H, _box(_X5_B, r"\begin{pmatrix} 2 & -4 \\ -1 & 2 \end{pmatrix}")),
        (H, _say(_X5_B, r"So the inverse is $\begin{pmatrix} 2 & -4 \\ -1 & 2 \end{pmatrix}$.")),
        (P, _box(_X5_E, r"\begin{pmatrix} \frac14 & -\frac12 \\ -\frac18 & \frac14 \end{pmatrix}")),
        (T, _half(_X5_G, 1, r"I started writing $\begin{pmatrix} 2 & -4 \\ -1 & 2 \end{pmatrix}$ as the")),
    ],
)

# X6. Solve sqrt(x + 2) = -3 over the real numbers.
_X6_G = _t(r"""
The principal square root is never negative, so $\sqrt{x + 2} \ge 0 > -3$ for every $x \ge -2$.

Squaring anyway gives $x + 2 = 9$, $x = 7$. Wait, let me recheck by substituting: $\sqrt{7 + 2} = \sqrt9 = 3 \ne
-3$. So $x = 7$ is extraneous, introduced by squaring, which cannot tell $3$ from $-3$.
""")
_X6_B = _t(r"""
A square root cannot equal $-3$, so there seems to be no solution. But squaring is a valid operation on both sides:
$x + 2 = 9$, so $x = 7$, and $(-3)^2 = 9 = 7 + 2$ checks out.
""")
_X6_E = _t(r"""
Square both sides: $x + 2 = -9$, so $x = -11$.
""")
_add(
    "existence",
    r"\text{no solution}",
    [
        (C, _say(_X6_G, "So the equation has **no real solution**.")),
        (C, _box(_X6_G, r"\text{no solution}")),
        (C, _say(_X6_G, r"The solution set is $\varnothing$.")),
        (
            C,
            _two(
                _X6_E,
                "x = -11",
                r"""$(-3)^2 = 9$, not $-9$; and even $x = 7$ from the correct squaring fails,
        since $\sqrt9 = 3$. A square root is never negative.""",
                r"\text{no solution}",
            ),
        ),
        (H, _box(_X6_B, "x = 7")),
        (
            H,
            _two(
                _X6_G,
                r"\text{no solution}",
                r"""Squaring both sides is reversible here because both sides are
        defined, so $x = 7$ stands.""",
                "7",
            ),
        ),
        (P, _bold(_X6_E, "x = −11")),
        (P, _box(_X6_E, "-11")),
    ],
)

# X7. How many real numbers x satisfy |x - 1| + |x - 3| = 2?
_X7_G = _t(r"""
By the triangle inequality $|x - 1| + |3 - x| \ge |(x - 1) + (3 - x)| = 2$, with equality exactly when $x - 1$ and
$3 - x$ have the same sign, i.e. $1 \le x \le 3$.

I first solved the two outer cases and found only $x = 1$ and $x = 3$, about to say $2$ solutions; wait, let me
recheck the middle case: for $1 \le x \le 3$, $|x - 1| + |x - 3| = (x - 1) + (3 - x) = 2$ identically. So every
point of $[1, 3]$ is a solution, e.g. $x = 2$: $1 + 1 = 2$.
""")
_X7_B = _t(r"""
Case $x \ge 3$: $2x - 4 = 2$, $x = 3$. Case $x \le 1$: $4 - 2x = 2$, $x = 1$. Case $1 < x < 3$: the sum is $2$
identically, which would make infinitely many solutions, but an identity carries no information about $x$, so the
case contributes no specific solutions. That leaves $x = 1$ and $x = 3$.
""")
_X7_E = _t(r"""
The function $|x - 1| + |x - 3|$ has its minimum $2$ at the midpoint $x = 2$ only, so there is exactly one
solution.
""")
_add(
    "existence",
    r"\text{infinitely many}",
    [
        (C, _say(_X7_G, r"So there are **infinitely many** solutions: all $x \in [1, 3]$.")),
        (C, _box(_X7_G, r"\text{infinitely many}")),
        (C, _fa(_X7_G, r"\text{infinitely many (every } x \in [1,3])")),
        (H, _box(_X7_B, "2")),
        (
            H,
            _two(
                _X7_G,
                r"\text{infinitely many}",
                r"""The question asks how many numbers, and the identity case only
        reproduces the endpoints where the formula changes; the genuine solutions are $x = 1$ and $x = 3$.""",
                "2",
            ),
        ),
        (P, _bold(_X7_E, "1")),
        (T, r"Case $x \ge 3$: $|x - 1| + |x - 3| = 2x - 4 = 2$ gives $x = 3$. Case $x \le 1$: $4 - 2x ="),
    ],
)

# X8. Over the real numbers, what is log_2(-8)?
_X8_G = _t(r"""
$\log_2 y$ is defined for real $y > 0$ only, since $2^t > 0$ for every real $t$.

I first wrote $\log_2(-8) = -\log_2 8 = -3$, but wait, let me recheck: $2^{-3} = \frac18$, not $-8$; the minus sign
of the argument cannot be pulled out of a logarithm. No real $t$ has $2^t = -8$.

(Over the complex numbers one would get $3 + \frac{i\pi}{\ln 2}$ for the principal branch, but the question
restricts to the reals.)
""")
_X8_B = _t(r"""
A logarithm of a negative number is not defined over the reals, so I would say undefined. But logarithms turn
products into sums: $\log_2(-8) = \log_2(-1) + \log_2 8$, and $\log_2(-1) = 0$ since $-1$ squared is $1$, leaving
$3$.
""")
_X8_E = _t(r"""
$\log_2(-8)$: since $2^3 = 8$, the logarithm of $-8$ is the negative, $-3$.
""")
_add(
    "existence",
    r"\text{undefined}",
    [
        (C, _say(_X8_G, r"Hence $\log_2(-8)$ is **undefined** over the reals.")),
        (C, _box(_X8_G, r"\text{undefined}")),
        (C, _is(_X8_G, "undefined (not a real number)")),
        (H, _box(_X8_B, "3")),
        (
            H,
            _two(
                _X8_G,
                r"\text{undefined}",
                r"""The rule $\log(-a) = -\log a$ holds for odd functions, and
        $\log_2$ extended oddly gives $\log_2(-8) = -3$.""",
                "-3",
            ),
        ),
        (P, _bold(_X8_E, "−3")),
    ],
)


assert len(THIRTYSECOND) == 434
assert _TALLY["problems"] == 54 and len(_CATEGORIES) == 12
assert _TALLY[C] == 221 and _TALLY[T] == 42
assert _TALLY[H] == 106 and _TALLY[P] == 65
assert sum(1 for row in THIRTYSECOND if row[3] == W) == 171
assert len(set(THIRTYSECOND)) == len(THIRTYSECOND)
