"""TWENTYSEVENTH: a held-out batch of labelled answer-verification pairs in small distilled-model styles (issue 12).

Written on 2026-12-03 by a helper session (branch h/batch27) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (python and sympy used by hand to check the arithmetic only); pairs a reasonable
grader could label either way were left out. Committed before any grading run, so its first run is an out-of-sample
number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates, then an ending. The batch models the output of small distilled students
(1.5B-7B, R1-distill-Qwen style) as it really comes out: degenerate loops of one sentence before the answer
("Wait, let me verify again." four times, "So the answer is $x$." three times), several boxes where a later one
replaces an earlier one ("\\boxed{675}... hmm, wait", a restart, then the box that counts), "The final answer is
$\\boxed{x}$" printed two or three times, stray markup after the answer (`</s>`, `<|endoftext|>`, `<|im_end|>`, a
lone `}` or `$` on the last line), words inside the box (`\\boxed{x = \\frac{15}{2}}`, `\\boxed{68 \\text{
cookies}}`, `\\boxed{\\text{The answer is } 7}`), Chinese mixed with English (好的，设..., 所以 the result is,
答案是 $x$, 等等，不对。让我重新算一遍。), `<think>`...`</think>` with **Final Answer** and a display box, Minerva's
"Final Answer: The final answer is $x$. I hope it is correct.", GSM8K `#### x`, a bold **Answer:** line, closing
prose, and a box followed by a remark. Truncated rows stop mid-word or mid-computation ("15 \\times 13 = 19"),
some inside a repeated loop ("Let me add the squares again. Let me add the "), some after an opened `<think>`.
Answers are mostly integers and fractions (GSM8K/MATH style), with decimals and a percent, surds, polynomials and
rational functions, intervals and unions, tuples and triples, and sets. Correct rows use equivalent forms of the
gold: decimals for exact fractions (7.5, 2.25, 1.7, 0.5), unsimplified fractions and surds (\\frac{34}{20},
\\sqrt{72}, \\sqrt{9+49}, \\frac{4+\\sqrt{20}}{2}), factored against expanded polynomials where the question
asks for a polynomial or quotient rather than a form, `\\dfrac`, thousands separators, units in `\\text{}`, `x =`,
`n =`, `f^{-1}(x) =` prefixes, reordered sets and `\\pm` lists, inequalities for intervals, `x=-1, y=3` for a pair,
and 15 against a gold of 15\\%. About two thirds of the negatives are hard: a flawed recheck that holds the gold
in its text (an intermediate or a rejected candidate) and ends slightly off (off by one, a sign, a factor, a
missing or extraneous root, a closed for an open endpoint, a swapped pair or reversed triple, the wrong quantity),
or the gold boxed or looped first ("So the answer is $825$." three times) and then replaced by a flawed recheck:
the last stated final answer wins.
Each problem has one worked reasoning reaching the gold, one flawed reasoning holding the gold and one flawed
reasoning without it; `_prob` builds seven rows from them (four correct, two hard, one plain) with endings taken in
turn from `_ENDS`, plus a truncated row for 34 of the problems. The question itself is not part of the row; the
comment above each problem states it.
61 problems in 8 categories (integers 16, fractions 12, decimals 4, radicals 4, expressions 7, intervals 6,
tuples 6, sets 6); 461 rows: 244 correct, 183 incorrect, 34 truncated. Of the 183 negatives, 122 are hard and 61
plain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYSEVENTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYSEVENTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


# ---- endings: each takes a reasoning and the value it ends on ------------------------------------------------------


def _box(r: str, a: str) -> str:
    """A plain closing box."""
    return r + "\n\nSo the answer is $\\boxed{" + a + "}$."


def _rep2(r: str, a: str) -> str:
    """The Minerva-style closing sentence printed twice, as small students often do."""
    s = "The final answer is $\\boxed{" + a + "}$."
    return r + "\n\n" + s + "\n\n" + s


def _rep3(r: str, a: str) -> str:
    """The closing sentence three times, the last one without its full stop."""
    s = "The final answer is $\\boxed{" + a + "}$"
    return r + "\n\n" + s + ".\n" + s + ".\n" + s


def _eos(r: str, a: str) -> str:
    """**Final Answer** and a box, then a stray `</s>`."""
    return r + "\n\n**Final Answer**\n\\boxed{" + a + "}</s>"


def _eot(r: str, a: str) -> str:
    """A closing sentence with a box, then `<|endoftext|>`."""
    return r + "\n\nTherefore, the final answer is $\\boxed{" + a + "}$.<|endoftext|>"


def _imend(r: str, a: str) -> str:
    """A display box, then `<|im_end|>`."""
    return r + "\n\n\\[\n\\boxed{" + a + "}\n\\]<|im_end|>"


def _brace(r: str, a: str) -> str:
    """A box followed by a lone closing brace on its own line."""
    return r + "\n\nThe answer is \\boxed{" + a + "}\n}"


def _dollar(r: str, a: str) -> str:
    """A box followed by a lone dollar sign on its own line."""
    return r + "\n\nThus the answer is $\\boxed{" + a + "}$.\n$"


def _zh(r: str, a: str) -> str:
    """A Chinese close with a box."""
    return r + "\n\n所以答案是 $\\boxed{" + a + "}$。"


def _zhmix(r: str, a: str) -> str:
    """Chinese and English mixed, the value stated and then boxed."""
    return r + "\n\n所以 the result is $" + a + "$。\n\n答案是 $\\boxed{" + a + "}$"


def _minerva(r: str, a: str) -> str:
    """Minerva's closing line."""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _bold(r: str, a: str) -> str:
    """A bold `**Answer:**` line."""
    return r + "\n\n**Answer:** $" + a + "$"


def _r1(r: str, a: str) -> str:
    """R1-distill: the thought in `<think>`, a one-line summary, then **Final Answer** with a display box."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nWorking through the steps above and checking the result.\n\n**Final Answer**\n\\[\n\\boxed{"
        + a
        + "}\n\\]"
    )


def _textbox(r: str, a: str) -> str:
    """Words inside the box: `\\boxed{\\text{The answer is } a}`."""
    return r + "\n\n\\boxed{\\text{The answer is } " + a + "}"


def _loopchk(r: str, a: str) -> str:
    """A degenerate loop of the same checking sentence, then the box."""
    return r + "\n\n" + "Wait, let me verify again. " * 4 + "Yes, it checks out.\n\n\\boxed{" + a + "}"


def _loopans(r: str, a: str) -> str:
    """The answer sentence repeated in a loop, then boxed."""
    return r + "\n\n" + ("So the answer is $" + a + "$.\n") * 3 + "\n$\\boxed{" + a + "}$"


def _prose(r: str, a: str) -> str:
    """A closing prose sentence, no box."""
    return r + "\n\nTherefore, the answer is $" + a + "$."


def _remark(r: str, a: str) -> str:
    """A box followed by a remark in parentheses."""
    return r + "\n\n$\\boxed{" + a + "}$\n\n(I double-checked each step, so I'm confident in this.)"


def _zhplain(r: str, a: str) -> str:
    """A Chinese close without a box: `答案是 a`."""
    return r + "\n\n嗯，检查过了。答案是 $" + a + "$。"


_ENDS: list[Callable[[str, str], str]] = [
    _box,
    _rep2,
    _zh,
    _eos,
    _textbox,
    _minerva,
    _loopchk,
    _eot,
    _zhmix,
    _gsm,
    _brace,
    _rep3,
    _bold,
    _imend,
    _r1,
    _loopans,
    _dollar,
    _prose,
    _remark,
    _zhplain,
]

_RESTART = [
    "Wait, no, that's not right. Let me redo this carefully from the start.",
    "Hmm, wait no... I think I misread something. Let me start over.",
    "等等，不对。让我重新算一遍。",
    "Wait, that doesn't look right. Let me recompute everything.",
]

_DOUBT = [
    "Hmm, wait. Let me re-verify that.",
    "Wait, no. Let me go back over it once more.",
    "嗯，等一下，我再检查一遍。",
]


def _fix(k: int, wrong_r: str, wrong: str, g: str, a: str, end: Callable[[str, str], str]) -> str:
    """A wrong reasoning boxed, a restart, then the worked reasoning and the gold: the later box wins."""
    first = "\\boxed{" + wrong + "}... hmm, wait" if k % 3 == 1 else "So the answer is $\\boxed{" + wrong + "}$."
    return end(wrong_r + "\n\n" + first + "\n\n" + _RESTART[k % 4] + "\n\n" + g, a)


def _brk(k: int, g: str, gold: str, b: str, wb: str, end: Callable[[str, str], str]) -> str:
    """The gold boxed (or looped) first, a doubt, then a flawed recheck that ends on another value."""
    if k % 2 == 0:
        body = g + "\n\nSo the answer is $\\boxed{" + gold + "}$.\n\n" + _DOUBT[k % 3] + "\n\n" + b
    else:
        body = g + "\n\n" + ("So the answer is $" + gold + "$. ") * 3 + "\n\n" + _DOUBT[k % 3] + "\n\n" + b
    return end(body, wb)


def _cut(g: str, cut: str, loop: str | None, k: int) -> str:
    """The worked reasoning stopped right after `cut` (mid-word or mid-computation), or a loop that breaks off."""
    i = g.index(cut) + len(cut)
    text = g[:i]
    if loop is not None:
        text = text + " " + (loop + " ") * (4 + k % 3) + loop[: len(loop) // 2 + 1]
    return "<think>\n" + text if k % 4 == 3 else text


_K = [0]


def _prob(
    category: str,
    gold: str,
    g: str,
    b: str,
    wb: str,
    e: str,
    we: str,
    forms: list[str],
    cut: str | None = None,
    loop: str | None = None,
) -> None:
    """Seven rows per problem, plus a truncated one when `cut` is given.

    C: the worked reasoning `g` with four accepted forms of the gold, the third after an earlier wrong box and a
    restart; H: the flawed reasoning `b` (the gold in its text) ending on `wb`, and `g` with the gold boxed or looped
    then overruled by `b`; P: the flawed reasoning `e` (no gold in it) ending on `we`; T: `g` cut off early."""
    k = _K[0]
    _K[0] += 1
    g, b, e = _t(g), _t(b), _t(e)
    n = len(_ENDS)

    def end(j: int) -> Callable[[str, str], str]:
        return _ENDS[(7 * k + j) % n]

    wrong_r, wrong = (e, we) if k % 2 == 0 else (b, wb)
    rows = [
        (C, end(0)(g, forms[0])),
        (C, end(1)(g, forms[1])),
        (C, _fix(k, wrong_r, wrong, g, forms[2], end(2))),
        (C, end(3)(g, forms[3])),
        (H, end(4)(b, wb)),
        (H, _brk(k, g, gold, b, wb, end(5))),
        (P, end(6)(e, we)),
    ]
    if cut is not None:
        rows.append((T, _cut(g, cut, loop, k)))
    _add(category, gold, rows)


# ==== integers =======================================================================================================

# Q: A baker makes 18 trays of 24 cookies. He sells 3/4 of them and then gives away 40 of the rest. How many
# cookies remain?
_prob(
    "integers",
    "68",
    r"""
    Okay, so the baker makes 18 trays with 24 cookies on each tray. First I need the total number of cookies.

    18 \times 24 = 18 \times 20 + 18 \times 4 = 360 + 72 = 432 cookies in total.

    He sells 3/4 of them. 432 \div 4 = 108, so 3/4 of 432 is 3 \times 108 = 324 sold. Hmm, wait, let me make sure
    I'm not supposed to give away the 40 first. The problem says he sells 3/4 and then gives away 40 of the rest, so
    the 40 come out of what is left.

    Left after selling: 432 - 324 = 108. Then he gives away 40: 108 - 40 = 68.

    Let me double-check: 324 + 40 + 68 = 432. Yes, that adds up.
    """,
    r"""
    Okay, let me compute the total first: 18 \times 24 = 432 cookies.

    Three quarters are sold: 432 \times 3/4 = 324. So 432 - 324 = 108 remain, and giving away 40 would leave
    108 - 40 = 68.

    Hmm, wait. Let me reread: "He sells 3/4 of them and then gives away 40." I think the 40 he gives away are part of
    the 3/4 that leave the shop, the cookies that leave are the sold ones plus the given ones. So the remaining
    cookies are just the quarter that never left: 432 - 324 = 108.

    So 108 cookies remain.
    """,
    "108",
    r"""
    The baker has 18 trays of 24 cookies, so 18 \times 24 = 432 cookies.

    He sells 3/4 of them: 432 \times 3/4 = 324. Then he gives away 40 of them, so 324 - 40 = 284.

    Let me double-check: 284 + 40 = 324. So 284 cookies remain.
    """,
    "284",
    ["68", "68 \\text{ cookies}", "68", "\\text{68 cookies}"],
    cut="Left after selling: 432 - 3",
)

# Q: Maria reads 35 pages on each weekday and 50 pages on each weekend day (Saturday and Sunday). How many pages
# does she read in 3 weeks?
_prob(
    "integers",
    "825",
    r"""
    Okay, Maria reads 35 pages on each weekday and 50 pages on each weekend day, and we want the total for 3 weeks.

    One week has 5 weekdays and 2 weekend days. Weekdays: 5 \times 35 = 175 pages. Weekend: 2 \times 50 = 100 pages.
    Hmm, wait, let me make sure: a weekend is Saturday and Sunday, so yes, 2 days, not 1.

    So one week is 175 + 100 = 275 pages. For three weeks: 3 \times 275 = 825 pages.

    Check another way: 15 weekdays \times 35 = 525 and 6 weekend days \times 50 = 300, and 525 + 300 = 825.
    """,
    r"""
    Alright. Weekdays: 5 \times 35 = 175. Weekend days: 2 \times 50 = 100, so 275 per week and 3 \times 275 = 825.

    Hmm, wait. Let me reread: "50 pages on each weekend day". Hmm, I think the weekend day means one day of rest per
    week, like Sunday. I'll take the weekend as a single reading day. Then per week it's 175 + 50 = 225, and
    3 \times 225 = 675.

    So she reads 675 pages.
    """,
    "675",
    r"""
    Per week: 5 \times 35 = 175 on weekdays, and 2 \times 50 = 100 on the weekend.

    Adding, 175 + 100 = 285 pages a week. Then 3 weeks: 3 \times 285 = 855 pages.

    Let me verify: 285 \times 3 = 855. So 855 pages.
    """,
    "855",
    ["825", "825 \\text{ pages}", "825", "\\text{825 pages}"],
)

# Q: What is the sum of all positive divisors of 360 (including 1 and 360)?
_prob(
    "integers",
    "1170",
    r"""
    Okay, so I need the sum of all positive divisors of 360. First, factor: 360 = 36 \times 10 = 2^2 \cdot 3^2 \cdot
    2 \cdot 5 = 2^3 \cdot 3^2 \cdot 5.

    The divisor-sum function is multiplicative: \sigma(360) = \sigma(2^3)\sigma(3^2)\sigma(5). \sigma(2^3) = 1 + 2 +
    4 + 8 = 15. \sigma(3^2) = 1 + 3 + 9 = 13. \sigma(5) = 1 + 5 = 6.

    So \sigma(360) = 15 \times 13 \times 6. 15 \times 13 = 195, and 195 \times 6 = 1170.

    Wait, let me sanity-check the number of divisors: (3+1)(2+1)(1+1) = 24 divisors, and the average divisor is
    1170/24 = 48.75, which is plausible. The sum includes 360 itself, and the question says including 360.
    """,
    r"""
    360 = 2^3 \cdot 3^2 \cdot 5. Sum of divisors: (1+2+4+8)(1+3+9)(1+5) = 15 \cdot 13 \cdot 6 = 1170.

    Hmm, but wait, usually in these problems the divisors of n mean the proper ones... Since 1170 includes 360
    itself, I should subtract it: 1170 - 360 = 810.

    So the sum is 810.
    """,
    "810",
    r"""
    360 = 2^3 \cdot 3^2 \cdot 5. Sum of divisors is the product over the prime powers.

    (1+2+4+8)(1+3+9)(5) = 15 \cdot 13 \cdot 5 = 975.

    Let me check 15 \cdot 13 = 195 and 195 \cdot 5 = 975. So 975.
    """,
    "975",
    ["1170", "1{,}170", "1,170", "1170"],
    cut="15 \\times 13 = 19",
)

# Q: How many integers from 1 to 500 inclusive are divisible by 3 or by 7?
_prob(
    "integers",
    "214",
    r"""
    We want integers from 1 to 500 divisible by 3 or by 7. Inclusion-exclusion: |A \cup B| = |A| + |B| -
    |A \cap B|.

    Multiples of 3: \lfloor 500/3 \rfloor = 166 (since 3 \times 166 = 498). Multiples of 7: \lfloor 500/7 \rfloor =
    71 (7 \times 71 = 497). Multiples of 21: \lfloor 500/21 \rfloor = 23 (21 \times 23 = 483, and 21 \times 24 =
    504 > 500).

    So the count is 166 + 71 - 23 = 214.

    Wait, let me recheck: 166 + 71 = 237, and 237 - 23 = 214. Yes.
    """,
    r"""
    Multiples of 3: 166. Multiples of 7: 71. Multiples of 21: 500/21 \approx 23.8, so 23, which gives
    166 + 71 - 23 = 214.

    Hmm, wait, 23.8, should I round that? 21 \times 24 = 504, which is close to 500; since 23.8 is closer to 24, the
    count of multiples of 21 is 24. Then 166 + 71 - 24 = 213.

    So there are 213 such integers.
    """,
    "213",
    r"""
    Multiples of 3 up to 500: 166. Multiples of 7: 71.

    Total: 166 + 71 = 237. Let me double-check 500/7 = 71.4, so 71.

    So 237 integers.
    """,
    "237",
    ["214", "214 \\text{ integers}", "214", "214"],
)

# Q: What is the remainder when 7^{100} is divided by 13?
_prob(
    "integers",
    "9",
    r"""
    I need 7^{100} \bmod 13. By Fermat, 7^{12} \equiv 1 \pmod{13}. 100 = 12 \times 8 + 4, so 7^{100} \equiv 7^4.

    7^2 = 49 = 3 \times 13 + 10, so 7^2 \equiv 10. Then 7^4 \equiv 10^2 = 100 = 7 \times 13 + 9, so 7^4 \equiv 9.

    Hmm, let me double-check with another route: 7^3 = 343 = 26 \times 13 + 5, so 7^3 \equiv 5; 7^4 \equiv 5 \times
    7 = 35 = 2 \times 13 + 9 \equiv 9.

    So the remainder is 9.
    """,
    r"""
    7^{100} mod 13. Fermat: 7^{12} \equiv 1. 100 = 12 \times 8 + 4, so 7^{100} \equiv 7^4 \equiv 9 (7^2 \equiv 10,
    10^2 = 100 \equiv 9).

    Hmm, wait, let me reconsider, maybe the order of 7 is 6: 7^6 = (7^3)^2 \equiv 5^2 = 25 \equiv 12. So 12 \equiv
    -1, the order is 12. So 100 mod 12... I keep getting 4, but 96 is 12 \cdot 8 and 100 - 96 = 8? Let me just say
    100 \equiv 8 mod 12, then 7^8 = (7^4)^2 \equiv 81 = 6 \cdot 13 + 3 \equiv 3.

    So the remainder is 3.
    """,
    "3",
    r"""
    By Fermat 7^{12} \equiv 1 mod 13, and 100 = 12 \times 8 + 4, so 7^{100} \equiv 7^4 = 2401.

    2401 \div 13: 13 \times 184 = 2382, so the remainder is 2401 - 2382 = 19, and 19 - 13 = 6.

    So the remainder is 6.
    """,
    "6",
    ["9", "9", "9", "7^{100} \\equiv 9 \\pmod{13}"],
    cut="so 7^{100} \\equiv 7^4.",
    loop="Let me compute 7^4 mod 13.",
)

# Q: A committee of 3 is chosen from 8 people. Two particular people refuse to serve together. How many committees
# are possible?
_prob(
    "integers",
    "50",
    r"""
    Total committees of 3 from 8: \binom{8}{3} = 56. Now subtract those containing both of the two people who refuse
    to serve together, call them A and B.

    If both A and B are on it, the third member is one of the other 6 people: 6 committees. So 56 - 6 = 50.

    Hmm, wait, let me double-check by direct counting: committees with neither A nor B: \binom{6}{3} = 20. With
    exactly one of them: 2 \times \binom{6}{2} = 2 \times 15 = 30. Total 20 + 30 = 50.
    """,
    r"""
    \binom{8}{3} = 56. Committees with both A and B: choose the third from 6, that's 6. So 56 - 6 = 50.

    Hmm, wait, but A and B can be arranged two ways, A then B or B then A, so the bad committees are 2 \times 6 =
    12. Then 56 - 12 = 44.

    So 44 committees.
    """,
    "44",
    r"""
    Number of ways to pick 3 from 8 in order: 8 \times 7 \times 6 = 336.

    Bad ones with both A and B: 6 \times 6 = 36. So 336 - 36 = 300.

    So there are 300 committees.
    """,
    "300",
    ["50", "50 \\text{ ways}", "50", "\\text{50 committees}"],
    cut="If both A and B are on it, the third mem",
)

# Q: Find the smallest positive integer n with n = 2 (mod 3), n = 3 (mod 5), n = 2 (mod 7).
_prob(
    "integers",
    "23",
    r"""
    We need n \equiv 2 \pmod 3, n \equiv 3 \pmod 5, n \equiv 2 \pmod 7. The first and third say n - 2 is divisible
    by 3 and 7, so n \equiv 2 \pmod{21}.

    Candidates: 2, 44, 65, ... wait, let me list in order: 2, 23, 44, 65, 86, 107. Check mod 5: 2 mod 5 = 2 (no),
    then 23 mod 5 = 3 (yes).

    So n = 23. Verify: 23 = 3 \times 7 + 2, so mod 3 gives 2; 23 = 4 \times 5 + 3; 23 = 3 \times 7 + 2, so mod 7
    gives 2. All three hold.
    """,
    r"""
    n \equiv 2 mod 21, so the candidates are 2, 23, 44, 65, 86, 107, 128. Check 23: 23 mod 5 = 3, 23 mod 7 = 2,
    23 mod 3: 23 = 3 \times 8 - 1, so 23 \equiv -1 \equiv 1? Hmm, so 23 fails.

    44 mod 5 = 4, 65 mod 5 = 0, 86 mod 5 = 1, 107 mod 5 = 2, 128 mod 5 = 3. 128 mod 7: 7 \times 18 = 126, so 2.
    128 mod 3: 126 + 2, so 2.

    So n = 128.
    """,
    "128",
    r"""
    From n \equiv 2 mod 3 and n \equiv 2 mod 7, n = 21k + 2. Then 21k + 2 \equiv 3 \pmod 5.

    21 \equiv 1 mod 5, hmm, I wrote k + 2 \equiv 3, so k \equiv 3. So k = 3 and n = 63 + 2 = 65.

    So n = 65.
    """,
    "65",
    ["23", "n = 23", "23", "23"],
)

# Q: An arithmetic sequence has a_3 = 11 and a_10 = 39. Find a_25.
_prob(
    "integers",
    "99",
    r"""
    a_3 = 11 and a_{10} = 39. From term 3 to term 10 is 10 - 3 = 7 steps, so 7d = 28, d = 4. Then a_1 = a_3 - 2d =
    11 - 8 = 3.

    a_{25} = a_1 + 24d = 3 + 96 = 99.

    Let me double-check from a_{10}: a_{25} = a_{10} + 15d = 39 + 60 = 99. I briefly thought it should be 25d, but
    that would count one step too many: a_1 + 25d = 103 would be a_{26}.
    """,
    r"""
    7d = 28 so d = 4, and a_1 = 11 - 8 = 3. a_{25} = a_1 + 24d = 3 + 96 = 99.

    Hmm wait, let me recount from a_{10}: from term 10 to term 25 is 25 - 10 + 1 = 16 steps, so a_{25} = 39 + 16
    \times 4 = 39 + 64 = 103. The two results disagree; I trust the counting from a_{10} more.

    So a_{25} = 103.
    """,
    "103",
    r"""
    From a_3 to a_{10} there are 8 terms, so 8d = 28, d = 3.5.

    a_1 = 11 - 2(3.5) = 4. a_{25} = 4 + 24 \times 3.5 = 4 + 84 = 88.

    So a_{25} = 88.
    """,
    "88",
    ["99", "a_{25} = 99", "99", "99"],
    cut="a_{25} = a_1 + 24d = 3 + 9",
)

# Q: How many trailing zeros does 125! have?
_prob(
    "integers",
    "31",
    r"""
    Trailing zeros of 125! = number of factors of 5 (there are more 2s than 5s). Legendre: \lfloor 125/5 \rfloor +
    \lfloor 125/25 \rfloor + \lfloor 125/125 \rfloor = 25 + 5 + 1 = 31.

    Wait, let me make sure I'm not double counting 125: 125 = 5^3 contributes three 5s, and it is counted once in
    each of the three terms, so that's right. Similarly 25, 50, 75, 100 contribute two each, counted in the first two
    terms.

    So 125! ends in 31 zeros.
    """,
    r"""
    \lfloor 125/5 \rfloor = 25, \lfloor 125/25 \rfloor = 5, \lfloor 125/125 \rfloor = 1, total 31.

    Hmm, wait, 125 was already counted in the 125/5 and 125/25 terms, so counting it again in the third term double
    counts it. Dropping the last term: 25 + 5 = 30.

    So 30 trailing zeros.
    """,
    "30",
    r"""
    Each multiple of 5 gives a zero when paired with a 2.

    There are 125/5 = 25 multiples of 5 up to 125.

    So 25 trailing zeros.
    """,
    "25",
    ["31", "31", "31 \\text{ zeros}", "31"],
)

# Q: The interior angles of a convex polygon sum to 1980 degrees. How many sides does it have?
_prob(
    "integers",
    "13",
    r"""
    (n - 2) \times 180^\circ = 1980^\circ. Divide: 1980/180 = 11, so n - 2 = 11 and n = 13.

    Let me check: 180 \times 11 = 1980. And for sanity, a hexagon gives (6 - 2) \times 180 = 720, which is right for
    the formula.

    So the polygon has 13 sides.
    """,
    r"""
    (n - 2) \times 180 = 1980, so n - 2 = 11, n = 13.

    Hmm, wait, the 11 is the number of triangles we split the polygon into from one vertex, and I think that's what
    the sides correspond to... each triangle has one side on the polygon. I'll go with the triangles.

    So the count is 11.
    """,
    "11",
    r"""
    The sum of interior angles is (n - 3) \times 180.

    So n - 3 = 1980/180 = 11 and n = 14.

    So 14 sides.
    """,
    "14",
    ["13", "13 \\text{ sides}", "n = 13", "13"],
    cut="(n - 2) \\times 180^\\circ = 1980^\\circ.",
    loop="Let me divide 1980 by 180.",
)

# Q: A rectangle has perimeter 46 and diagonal 17. What is its area?
_prob(
    "integers",
    "120",
    r"""
    Let the sides be l and w. Perimeter 46 gives l + w = 23. Diagonal 17 gives l^2 + w^2 = 289.

    (l + w)^2 = l^2 + 2lw + w^2, so 529 = 289 + 2lw, 2lw = 240, lw = 120.

    Check with actual sides: t^2 - 23t + 120 = 0, t = (23 \pm \sqrt{529 - 480})/2 = (23 \pm 7)/2 = 15 or 8.
    15^2 + 8^2 = 225 + 64 = 289 and 2(15 + 8) = 46. So the area is 120.
    """,
    r"""
    l + w = 23, l^2 + w^2 = 17^2. (l+w)^2 = 529, so 2lw = 529 - 289 = 240 and lw = 120.

    Hmm, wait, let me recompute 17^2: 17 \times 7 = 119, plus 170 is 289? I think 17 \times 17 = 299. Let me redo:
    2lw = 529 - 299 = 230, lw = 115.

    So the area is 115.
    """,
    "115",
    r"""
    Perimeter 46 gives l + w = 46. Diagonal gives l^2 + w^2 = 289.

    Then 2lw = 46^2 - 289 = 2116 - 289 = 1827, so lw = 913.5.

    So the area is 913.5.
    """,
    "913.5",
    ["120", "120 \\text{ square units}", "120", "A = 120"],
    cut="so 529 = 289 + 2lw, 2lw = 24",
)

# Q: 3 workers paint 5 houses in 10 days. At the same rate, how many days do 6 workers need to paint 12 houses?
_prob(
    "integers",
    "12",
    r"""
    3 workers paint 5 houses in 10 days, so the work is 3 \times 10 = 30 worker-days for 5 houses, i.e. 6
    worker-days per house.

    12 houses need 12 \times 6 = 72 worker-days. With 6 workers: 72/6 = 12 days.

    Hmm, let me double check with proportions: days = 10 \times (12/5) \times (3/6) = 10 \times 2.4 \times 0.5 = 12.
    More houses increase the days, more workers decrease them, so the worker ratio is 3/6, not 6/3.
    """,
    r"""
    Days = 10 \times (12/5) \times (3/6) = 12.

    Let me verify: 5 houses took 3 \times 10 = 30 worker-days, so 12 houses should take 30 \times 12 = 360
    worker-days. Hmm, that doesn't match 12 days. 360/6 = 60 days.

    So 60 days.
    """,
    "60",
    r"""
    10 days for 5 houses is 2 days per house.

    So 12 houses take 12 \times 2 = 24 days.

    So 24 days.
    """,
    "24",
    ["12", "12 \\text{ days}", "12", "\\text{12 days}"],
)

# Q: How many lattice points (x, y) with integer coordinates satisfy x^2 + y^2 <= 10?
_prob(
    "integers",
    "37",
    r"""
    Count (x, y) with x^2 + y^2 \le 10. |x| \le 3 since 16 > 10.

    x = 0: y^2 \le 10, y \in \{-3, \dots, 3\}: 7 points. x = \pm 1: y^2 \le 9, y \in \{-3, \dots, 3\}: 7 each, 14.
    x = \pm 2: y^2 \le 6, |y| \le 2: 5 each, 10. x = \pm 3: y^2 \le 1, |y| \le 1: 3 each, 6.

    Total: 7 + 14 + 10 + 6 = 37.

    Wait, let me double-check the boundary points (\pm 1, \pm 3) and (\pm 3, \pm 1): 1 + 9 = 10 \le 10, and they
    are already included in the x = \pm 1 and x = \pm 3 rows. So 37.
    """,
    r"""
    Row by row: x = 0 gives 7, x = \pm 1 gives 14, x = \pm 2 gives 10, x = \pm 3 gives 6, total 7 + 14 + 10 + 6 =
    37.

    Hmm, but wait, the points exactly on the circle x^2 + y^2 = 10 are (\pm 1, \pm 3) and (\pm 3, \pm 1), 8 points.
    I need to add those too: 37 + 8 = 45.

    So 45 points.
    """,
    "45",
    r"""
    First quadrant including axes: x = 0: y = 0..3 (4), x = 1: 4, x = 2: 3, x = 3: 2, total 13.

    Multiply by 4 for the four quadrants: 52.

    So 52 points.
    """,
    "52",
    ["37", "37 \\text{ points}", "37", "37"],
    cut="x = \\pm 2: y^2 \\le 6, |y| \\le",
)

# Q: A car drives to a town at 40 mph and returns along the same road at 60 mph. What is its average speed for the
# round trip, in mph?
_prob(
    "integers",
    "48",
    r"""
    Let the one-way distance be d. Time going: d/40, returning: d/60. Total time: d/40 + d/60 = 3d/120 + 2d/120 =
    5d/120 = d/24.

    Average speed = total distance / total time = 2d/(d/24) = 48 mph.

    Hmm, it's tempting to say 50, the average of 40 and 60, but the car spends more time at the slower speed, so the
    average must be below 50. Check with d = 120: times 3 h and 2 h, 240 miles in 5 h is 48.
    """,
    r"""
    d/40 + d/60 = d/24, so the average is 2d/(d/24) = 48.

    Hmm, wait, but the distances are the same, so by symmetry the average should just be (40 + 60)/2 = 50. I think
    the 48 came from mixing up the times.

    So 50 mph.
    """,
    "50",
    r"""
    Time: d/40 + d/60 = 5d/60 = d/12.

    Average speed = 2d/(d/12) = 24 mph.

    So 24 mph.
    """,
    "24",
    ["48", "48 \\text{ mph}", "48", "48\\ \\text{miles per hour}"],
    cut="Total time: d/40 + d/60 = 3d/120 + 2d/1",
)

# Q: How many positive integers less than 1000 are perfect squares or perfect cubes?
_prob(
    "integers",
    "37",
    r"""
    Squares below 1000: 1^2, ..., 31^2 (31^2 = 961, 32^2 = 1024), so 31. Cubes below 1000: 1^3, ..., 9^3 (9^3 =
    729, 10^3 = 1000 is not less than 1000), so 9.

    Both: sixth powers below 1000: 1^6 = 1, 2^6 = 64, 3^6 = 729. That's 3.

    Inclusion-exclusion: 31 + 9 - 3 = 37.

    Let me double check 729 = 27^2 = 9^3, yes it's in both lists, and 64 = 8^2 = 4^3. So 37.
    """,
    r"""
    Squares: 31. Cubes: 9. Sixth powers: 1, 64, 729, so 3. 31 + 9 - 3 = 37.

    Hmm, wait, I'll double-check the sixth powers: 1^6 = 1, 2^6 = 64, 3^6 = 729; but 1 is not really a sixth power
    case, it's trivial, so I'll count 2 overlaps. Then 31 + 9 - 2 = 38.

    So 38.
    """,
    "38",
    r"""
    Squares below 1000: 31. Cubes below 1000: 9.

    Adding them: 31 + 9 = 40.

    So 40 integers.
    """,
    "40",
    ["37", "37", "37", "37 \\text{ integers}"],
)

# Q: A father is 4 times as old as his son. In 20 years he will be twice as old as his son. How old is the son now?
_prob(
    "integers",
    "10",
    r"""
    好的，设儿子现在 s 岁，父亲 4s 岁。In 20 years: father 4s + 20, son s + 20.

    4s + 20 = 2(s + 20) = 2s + 40, so 2s = 20 and s = 10.

    所以儿子 10 岁，父亲 40 岁。Check: in 20 years, 60 and 30, and 60 = 2 \times 30. The question asks for the son.
    """,
    r"""
    Let the son be s, the father 4s. 4s + 20 = 2(s + 20), 2s = 20, s = 10.

    So the son is 10 and the father is 4 \times 10 = 40. Check: in 20 years, 60 = 2 \times 30. Hmm, the question is
    about how old... I'll give the father's age since he's the one described first.

    So 40.
    """,
    "40",
    r"""
    Son s, father 4s. In 20 years the father is twice the son: 4s = 2(s + 20).

    4s = 2s + 40, 2s = 40, s = 20.

    So the son is 20.
    """,
    "20",
    ["10", "10 \\text{ years old}", "10", "s = 10"],
    cut="son s + 20.",
    loop="嗯，让我再检查一下。",
)

# ==== fractions ======================================================================================================

# Q: Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_prob(
    "fractions",
    "\\frac{5}{36}",
    r"""
    Two fair dice, 36 equally likely ordered outcomes. Sum 8: (2,6), (3,5), (4,4), (5,3), (6,2). That's 5 outcomes.

    Hmm, wait, should (4,4) count once? Yes, it's a single ordered outcome, while (3,5) and (5,3) are different
    outcomes. So 5 favorable.

    Probability = 5/36. Check: about 0.139, a bit less than the 6/36 for a sum of 7, which makes sense.
    """,
    r"""
    Outcomes with sum 8: (2,6), (3,5), (4,4), (5,3), (6,2), so 5/36.

    Hmm, wait, but the dice look identical, so order shouldn't matter. Unordered pairs: {2,6}, {3,5}, {4,4}, 3 of
    them, out of 21 unordered outcomes (6 doubles + 15 pairs). So 3/21 = 1/7.

    So the probability is 1/7.
    """,
    "\\frac{1}{7}",
    r"""
    Sum 8: (2,6), (3,5), (5,3), (6,2), 4 outcomes.

    Out of 36: 4/36 = 1/9.

    So 1/9.
    """,
    "\\frac{1}{9}",
    ["\\frac{5}{36}", "\\dfrac{5}{36}", "5/36", "\\frac{10}{72}"],
    cut="Sum 8: (2,6), (3,5), (4,4), (5,",
)

# Q: Simplify (2/3 + 3/4) / (5/6).
_prob(
    "fractions",
    "\\frac{17}{10}",
    r"""
    First the numerator: \frac{2}{3} + \frac{3}{4} = \frac{8}{12} + \frac{9}{12} = \frac{17}{12}.

    Dividing by \frac{5}{6} means multiplying by \frac{6}{5}: \frac{17}{12} \times \frac{6}{5} = \frac{102}{60}.

    Simplify \frac{102}{60}: divide by 6, \frac{17}{10}. Wait, let me double check: 102/6 = 17, 60/6 = 10. As a
    decimal 1.7.
    """,
    r"""
    2/3 + 3/4 = 17/12. Then \div 5/6 becomes \times 6/5: 17/12 \times 6/5 = 102/60 = 17/10.

    Hmm, wait, actually I should double check whether division by 5/6 flips. Dividing by a fraction... multiply by
    it? (17/12) \times (5/6) = 85/72. I'll multiply by 5/6.

    So 85/72.
    """,
    "\\frac{85}{72}",
    r"""
    2/3 + 3/4 = (2+3)/(3+4) = 5/7.

    Then 5/7 \div 5/6 = 5/7 \times 6/5 = 6/7.

    So 6/7.
    """,
    "\\frac{6}{7}",
    ["\\frac{17}{10}", "1.7", "\\dfrac{17}{10}", "\\frac{34}{20}"],
)

# Q: Solve for x: 3x/5 + 1/2 = 2x/3.
_prob(
    "fractions",
    "\\frac{15}{2}",
    r"""
    Multiply both sides by 30 to clear denominators: 30 \cdot (3x/5) = 18x, 30 \cdot (1/2) = 15, 30 \cdot (2x/3) =
    20x. So 18x + 15 = 20x.

    Then 15 = 2x, x = 15/2.

    Check: 3(7.5)/5 = 4.5, plus 0.5 is 5; 2(7.5)/3 = 5. Both sides equal.
    """,
    r"""
    18x + 15 = 20x, so 2x = 15 and x = 15/2... hmm wait, moving 20x to the left: 18x - 20x = -15, so -2x = -15.

    Or is it 18x - 20x = 15? Let me redo: I'll write -2x = 15, so x = -15/2.

    So x = -15/2.
    """,
    "-\\frac{15}{2}",
    r"""
    Multiply by 30: 18x + 1 = 20x.

    So 2x = 1 and x = 1/2.

    So x = 1/2.
    """,
    "\\frac{1}{2}",
    ["\\frac{15}{2}", "7.5", "x = \\frac{15}{2}", "\\frac{30}{4}"],
    cut="So 18x + 15 = 20x.\n\nThen 15 = 2",
)

# Q: Find the sum of the infinite geometric series 3 - 1 + 1/3 - 1/9 + ...
_prob(
    "fractions",
    "\\frac{9}{4}",
    r"""
    3 - 1 + 1/3 - 1/9 + \cdots. First term a = 3, ratio r = -1/3 (-1/3 = -1/3, (1/3)/(-1) = -1/3). |r| < 1 so it
    converges.

    S = a/(1 - r) = 3/(1 + 1/3) = 3/(4/3) = 9/4.

    Partial sums: 3, 2, 2.333, 2.222, 2.259, ... oscillating around 2.25.
    """,
    r"""
    a = 3, r = -1/3. S = 3/(1 - r) = 3/(1 + 1/3) = 9/4.

    Hmm wait, let me recheck the sign: 1 - r = 1 - (-1/3)... hmm, actually I think the formula uses 1 - |r| when
    terms alternate. S = 3/(1 - 1/3) = 3/(2/3) = 9/2.

    So S = 9/2.
    """,
    "\\frac{9}{2}",
    r"""
    Add terms: 3 - 1 = 2, + 1/3 = 7/3, - 1/9 = 20/9.

    The rest is tiny, so the sum is 20/9.

    So 20/9.
    """,
    "\\frac{20}{9}",
    ["\\frac{9}{4}", "2.25", "\\dfrac{9}{4}", "S = \\frac{9}{4}"],
    cut="S = a/(1 - r) = 3/(1 + 1/3) = 3/(4/",
)

# Q: A jar has 4 red, 5 blue and 3 green marbles. Two are drawn without replacement. What is the probability both
# are the same colour?
_prob(
    "fractions",
    "\\frac{19}{66}",
    r"""
    12 marbles: 4 red, 5 blue, 3 green. Two drawn without replacement: \binom{12}{2} = 66 pairs.

    Same color: \binom{4}{2} + \binom{5}{2} + \binom{3}{2} = 6 + 10 + 3 = 19.

    So P = 19/66. Check with sequential draws: (4/12)(3/11) + (5/12)(4/11) + (3/12)(2/11) = (12 + 20 + 6)/132 =
    38/132 = 19/66.
    """,
    r"""
    Same color pairs: 6 + 10 + 3 = 19 out of 66, so 19/66.

    Hmm, wait, let me reread... "two marbles are drawn", I'll assume with replacement since the draws look
    independent: (4/12)^2 + (5/12)^2 + (3/12)^2 = (16 + 25 + 9)/144 = 50/144 = 25/72.

    So 25/72.
    """,
    "\\frac{25}{72}",
    r"""
    Same color: 6 + 10 + 3 = 19 ways.

    Total ordered pairs: 12 \times 11 = 132. P = 19/132.

    So 19/132.
    """,
    "\\frac{19}{132}",
    ["\\frac{19}{66}", "\\dfrac{19}{66}", "\\frac{38}{132}", "19/66"],
)

# Q: In a regular hexagon, joining alternate vertices forms an equilateral triangle. What fraction of the
# hexagon's area does the triangle cover?
_prob(
    "fractions",
    "\\frac{1}{2}",
    r"""
    Let the hexagon have side s. Its area is 6 \times (\sqrt{3}/4)s^2 = (3\sqrt{3}/2)s^2.

    Joining alternate vertices gives an equilateral triangle whose side is the short diagonal: by the law of cosines
    with a 120^\circ angle, d^2 = s^2 + s^2 - 2s^2\cos 120^\circ = 3s^2, so d = s\sqrt{3}.

    Triangle area = (\sqrt{3}/4)(3s^2) = (3\sqrt{3}/4)s^2. Ratio = (3\sqrt{3}/4)/(3\sqrt{3}/2) = 1/2.

    Wait, let me double-check with a picture: the hexagon minus the triangle leaves 3 small isosceles triangles, each
    with area (1/2)s^2 \sin 120^\circ = (\sqrt{3}/4)s^2, total (3\sqrt{3}/4)s^2, which is the other half.
    """,
    r"""
    Hexagon area (3\sqrt{3}/2)s^2, triangle side s\sqrt{3}, triangle area (3\sqrt{3}/4)s^2, ratio 1/2.

    Hmm, wait, the hexagon is made of 6 equilateral triangles with side s, and the big triangle covers... let me
    count: I think it covers 2 of the 6 small triangles. So 2/6 = 1/3.

    So the fraction is 1/3.
    """,
    "\\frac{1}{3}",
    r"""
    The hexagon splits into 6 small equilateral triangles around its center.

    The triangle joining alternate vertices covers 4 of them, so the ratio is 4/6 = 2/3.

    So 2/3.
    """,
    "\\frac{2}{3}",
    ["\\frac{1}{2}", "0.5", "\\frac{3}{6}", "\\dfrac12"],
    cut="Triangle area = (\\sqrt{3}/4)(3s^",
)

# Q: X is the number shown by a fair six-sided die. Find E[X^2].
_prob(
    "fractions",
    "\\frac{91}{6}",
    r"""
    X is the number on a fair six-sided die. E[X^2] = (1 + 4 + 9 + 16 + 25 + 36)/6.

    Sum of squares: 1 + 4 = 5, + 9 = 14, + 16 = 30, + 25 = 55, + 36 = 91. Formula check: n(n+1)(2n+1)/6 =
    6 \cdot 7 \cdot 13/6 = 91.

    So E[X^2] = 91/6. Not to be confused with (E[X])^2 = 3.5^2 = 49/4; the difference 91/6 - 49/4 = 35/12 is the
    variance.
    """,
    r"""
    E[X^2] = (1 + 4 + 9 + 16 + 25 + 36)/6 = 91/6.

    Hmm, but wait, maybe they want it centered: E[X^2] - (E[X])^2 = 91/6 - 49/4 = 182/12 - 147/12 = 35/12. I think
    that's the intended quantity.

    So 35/12.
    """,
    "\\frac{35}{12}",
    r"""
    E[X] = (1 + 2 + \cdots + 6)/6 = 3.5.

    So E[X^2] = 3.5^2 = 12.25 = 49/4.

    So 49/4.
    """,
    "\\frac{49}{4}",
    ["\\frac{91}{6}", "\\dfrac{91}{6}", "\\frac{182}{12}", "E[X^2] = \\frac{91}{6}"],
    cut="E[X^2] = (1 + 4 + 9 + 16 + 25 + 36)/6.",
    loop="Let me add the squares again.",
)

# Q: Pipe A fills a tank in 6 hours, pipe B in 9 hours, and a drain empties the full tank in 12 hours. With all
# three open, how many hours does it take to fill the empty tank?
_prob(
    "fractions",
    "\\frac{36}{7}",
    r"""
    Pipe A fills in 6 hours: rate 1/6 tank per hour. Pipe B: 1/9. The drain empties in 12 hours: rate -1/12.

    Net rate: 1/6 + 1/9 - 1/12. LCD 36: 6/36 + 4/36 - 3/36 = 7/36 tank per hour.

    Time = 36/7 hours \approx 5.14 hours. Hmm, let me double check 1/9 = 4/36 and 1/12 = 3/36. Yes. So 36/7.
    """,
    r"""
    Net: 6/36 + 4/36 - 3/36 = 7/36, so the time is 36/7.

    Hmm wait, rereading: "a drain empties the full tank in 12 hours". Hmm, I'll treat all three as contributing
    flow: 6/36 + 4/36 + 3/36 = 13/36, so 36/13 hours.

    So 36/13 hours.
    """,
    "\\frac{36}{13}",
    r"""
    Pipes together: 6 \times 9/(6 + 9) = 54/15 = 18/5 hours.

    The drain is slow compared to the pipes, so I'll ignore it.

    So about 18/5 hours.
    """,
    "\\frac{18}{5}",
    ["\\frac{36}{7}", "\\frac{36}{7} \\text{ hours}", "36/7", "\\dfrac{36}{7}"],
)

# Q: Express 0.\overline{27} + 0.\overline{6} as a common fraction.
_prob(
    "fractions",
    "\\frac{31}{33}",
    r"""
    0.\overline{27}: let x = 0.2727..., 100x = 27.2727..., 99x = 27, x = 27/99 = 3/11.

    0.\overline{6} = 6/9 = 2/3.

    Sum: 3/11 + 2/3 = 9/33 + 22/33 = 31/33.

    Check: 31/33 = 0.939393..., and 0.272727... + 0.666666... = 0.939393...
    """,
    r"""
    0.\overline{27} = 27/99 = 3/11, 0.\overline{6} = 2/3, sum 31/33.

    Hmm, wait, for a two-digit repeat, let me redo: 10x = 2.727..., x = 0.2727..., 9x = 2.4545...? That doesn't
    terminate. Let me use 27/90 = 3/10 instead. Then 3/10 + 2/3 = 9/30 + 20/30 = 29/30.

    So 29/30.
    """,
    "\\frac{29}{30}",
    r"""
    0.\overline{27} is about 27/100 and 0.\overline{6} is about 6/10 = 60/100.

    Sum = 87/100.

    So 87/100.
    """,
    "\\frac{87}{100}",
    ["\\frac{31}{33}", "\\dfrac{31}{33}", "\\frac{93}{99}", "31/33"],
    cut="Sum: 3/11 + 2/3 = 9/33 + 2",
)

# Q: A triangle has sides 5, 12 and 13. Find the sine of its smallest angle.
_prob(
    "fractions",
    "\\frac{5}{13}",
    r"""
    5-12-13 is a right triangle since 25 + 144 = 169. The smallest angle is opposite the smallest side, 5.

    \sin\theta = opposite/hypotenuse = 5/13.

    Wait, let me double check that I'm not mixing it up with the other acute angle: its sine is 12/13, which is
    larger, so that's the larger angle. \cos\theta = 12/13 and \sin^2 + \cos^2 = (25 + 144)/169 = 1. So
    \sin\theta = 5/13.
    """,
    r"""
    Smallest angle opposite side 5: \sin = 5/13.

    Hmm, wait, the smallest angle sits next to the longest leg 12... so I should use 12 over 13? I'll go with the
    adjacent leg.

    So \sin\theta = 12/13.
    """,
    "\\frac{12}{13}",
    r"""
    The triangle is right-angled; the smallest angle is opposite the side 5.

    Its ratio is opposite over the other leg: 5/12.

    So 5/12.
    """,
    "\\frac{5}{12}",
    ["\\frac{5}{13}", "\\dfrac{5}{13}", "\\frac{10}{26}", "\\sin\\theta = \\frac{5}{13}"],
)

# Q: A divisor of 36 is chosen uniformly at random. What is the probability that it is a perfect square?
_prob(
    "fractions",
    "\\frac{4}{9}",
    r"""
    36 = 2^2 \cdot 3^2, so it has (2+1)(2+1) = 9 divisors: 1, 2, 3, 4, 6, 9, 12, 18, 36.

    Perfect squares among them: 1, 4, 9, 36. That's 4. (A divisor 2^a 3^b is a square iff a, b are even: a, b \in
    \{0, 2\}, giving 2 \times 2 = 4.)

    Probability = 4/9.
    """,
    r"""
    Divisors: 1, 2, 3, 4, 6, 9, 12, 18, 36 (9 of them). Squares: 1, 4, 9, 36, so 4/9.

    Hmm, wait, 1 is a trivial square; usually we don't count 1 = 1^2 as a perfect square in these... I'll exclude it:
    3/9 = 1/3.

    So 1/3.
    """,
    "\\frac{1}{3}",
    r"""
    Divisors of 36: 1, 2, 3, 4, 6, 12, 18, 36, that's 8 divisors.

    Squares: 1, 4, 36, so 3 of them. 3/8.

    So 3/8.
    """,
    "\\frac{3}{8}",
    ["\\frac{4}{9}", "\\dfrac{4}{9}", "4/9", "\\frac{8}{18}"],
    cut="1, 2, 3, 4, 6, 9, 12, 18, 36.",
    loop="Let me list the divisors again.",
)

# Q: A recipe uses 2/3 cup of sugar per batch. How many batches can be made with 5 cups of sugar? (Fractional
# batches are allowed.)
_prob(
    "fractions",
    "\\frac{15}{2}",
    r"""
    Each batch needs 2/3 cup. With 5 cups: 5 \div (2/3) = 5 \times 3/2 = 15/2.

    Hmm, the problem allows fractional batches, so I don't round down. 15/2 = 7.5 batches.

    Check: 7.5 \times 2/3 = 15/3 = 5 cups.
    """,
    r"""
    5 \div 2/3 = 15/2 = 7.5.

    Hmm, but you can't really make half a batch of cookies, so the number of batches is 7.

    So 7 batches.
    """,
    "7",
    r"""
    Batches = 5 \times 2/3.

    5 \times 2/3 = 10/3.

    So 10/3 batches.
    """,
    "\\frac{10}{3}",
    ["\\frac{15}{2}", "7.5", "7.5 \\text{ batches}", "\\dfrac{15}{2}"],
)

# ==== decimals =======================================================================================================

# Q: A train travels 240 km at 80 km/h and then 150 km at 60 km/h. What is the total travel time in hours?
_prob(
    "decimals",
    "5.5",
    r"""
    First leg: 240 km at 80 km/h, 240/80 = 3 hours. Second leg: 150 km at 60 km/h, 150/60 = 2.5 hours.

    Total: 3 + 2.5 = 5.5 hours.

    Wait, let me be careful: 2.5 hours is 2 hours 30 minutes, not 2.3 hours. In decimal hours it's 2.5, so the total
    is 5.5 hours (5 h 30 min).
    """,
    r"""
    240/80 = 3 h, 150/60 = 2.5 h, total 5.5 h.

    Hmm, wait, 150/60 = 2 remainder 30, so 2 hours 30 minutes, which I'll write as 2.30 hours. Total 3 + 2.3 =
    5.3 hours.

    So 5.3 hours.
    """,
    "5.3",
    r"""
    Average speed (80 + 60)/2 = 70 km/h, total distance 240 + 150 = 390 km.

    Time = 390/70 \approx 5.57 hours.

    So about 5.57 hours.
    """,
    "5.57",
    ["5.5", "\\frac{11}{2}", "5.5 \\text{ hours}", "5.50"],
    cut="Second leg: 150 km at 60 km/h, 150/6",
)

# Q: A $40 shirt is discounted 25%, and then 8% sales tax is charged on the discounted price. What is the final
# price in dollars?
_prob(
    "decimals",
    "32.40",
    r"""
    Original price \$40. 25% off: 40 \times 0.25 = 10 discount, so \$30.

    Then 8% tax on the discounted price: 30 \times 0.08 = 2.40. Total = 30 + 2.40 = 32.40.

    Hmm, let me make sure the tax is on the discounted price and not the original; the problem says discounted, so
    30 \times 1.08 = 32.4.
    """,
    r"""
    After 25% off: \$30. Tax 8%: 30 \times 1.08 = 32.40.

    Hmm, wait, sales tax is usually charged on the original price... let me use 40 \times 0.08 = 3.20, then
    30 + 3.20 = 33.20.

    So \$33.20.
    """,
    "33.20",
    r"""
    25% off gives \$30.

    Then 8% of 30 is 2.40, so subtract: 30 - 2.40 = 27.60.

    So \$27.60.
    """,
    "27.60",
    ["32.40", "\\$32.40", "32.4", "32.40 \\text{ dollars}"],
)

# Q: Find the mean of 2.4, 3.7, 5.1 and 6.8.
_prob(
    "decimals",
    "4.5",
    r"""
    Sum: 2.4 + 3.7 = 6.1, 6.1 + 5.1 = 11.2, 11.2 + 6.8 = 18.0.

    There are 4 values, so the mean is 18.0/4 = 4.5.

    Check: deviations from 4.5 are -2.1, -0.8, 0.6, 2.3; their sum is -2.9 + 2.9 = 0.
    """,
    r"""
    The sum is 18.0, so the mean is 18/4 = 4.5.

    Hmm, wait, let me count again: 2.4, 3.7, 5.1, 6.8... and 18.0, I counted 5 numbers. 18/5 = 3.6.

    So the mean is 3.6.
    """,
    "3.6",
    r"""
    2.4 + 3.7 = 6.1, + 5.1 = 11.2, + 6.8 = 17.0.

    Mean 17/4 = 4.25.

    So 4.25.
    """,
    "4.25",
    ["4.5", "\\frac{9}{2}", "4.50", "\\bar{x} = 4.5"],
    cut="11.2 + 6.8 = 1",
)

# Q: A price rises from $80 to $92. By what percent did it increase?
_prob(
    "decimals",
    "15\\%",
    r"""
    Increase: 92 - 80 = 12. Percent increase is relative to the original: 12/80 = 0.15 = 15%.

    Hmm, not 12/92 \approx 13.04%, which would be relative to the new price.

    Check: 80 \times 1.15 = 92.
    """,
    r"""
    Increase 12, and 12/80 = 15%.

    Hmm, wait, I think percent change should be measured against the final value... 12/92 \approx 0.1304, so
    13.04%.

    So 13.04%.
    """,
    "13.04\\%",
    r"""
    92/80 = 1.15.

    So the new price is 115% of the old, and the increase is 115%.

    So 115%.
    """,
    "115\\%",
    ["15\\%", "15", "15 \\text{ percent}", "15\\%"],
)

# ==== radicals =======================================================================================================

# Q: Simplify sqrt(50) + sqrt(18) - sqrt(8).
_prob(
    "radicals",
    "6\\sqrt{2}",
    r"""
    \sqrt{50} = \sqrt{25 \cdot 2} = 5\sqrt{2}. \sqrt{18} = \sqrt{9 \cdot 2} = 3\sqrt{2}. \sqrt{8} = \sqrt{4 \cdot 2}
    = 2\sqrt{2}.

    So 5\sqrt{2} + 3\sqrt{2} - 2\sqrt{2} = 6\sqrt{2}.

    Wait, let me double-check numerically: \sqrt{50} \approx 7.071, \sqrt{18} \approx 4.243, \sqrt{8} \approx 2.828;
    7.071 + 4.243 - 2.828 = 8.486, and 6\sqrt{2} \approx 8.485.
    """,
    r"""
    5\sqrt{2} + 3\sqrt{2} - 2\sqrt{2} = 6\sqrt{2}.

    Hmm, wait, \sqrt{8}: 8 = 4 \cdot 2, so \sqrt{8} = 4\sqrt{2}? Then 5\sqrt{2} + 3\sqrt{2} - 4\sqrt{2} = 4\sqrt{2}.

    So 4\sqrt{2}.
    """,
    "4\\sqrt{2}",
    r"""
    Combine under one root: \sqrt{50} + \sqrt{18} - \sqrt{8} = \sqrt{50 + 18 - 8} = \sqrt{60}.

    \sqrt{60} = 2\sqrt{15}.

    So 2\sqrt{15}.
    """,
    "2\\sqrt{15}",
    ["6\\sqrt{2}", "\\sqrt{72}", "6\\sqrt2", "6 \\cdot \\sqrt{2}"],
    cut="= 2\\sqrt{2}.",
    loop="Let me recombine the terms.",
)

# Q: Find the distance between (1, -2) and (4, 5).
_prob(
    "radicals",
    "\\sqrt{58}",
    r"""
    d = \sqrt{(4 - 1)^2 + (5 - (-2))^2} = \sqrt{3^2 + 7^2} = \sqrt{9 + 49} = \sqrt{58}.

    58 = 2 \cdot 29 has no square factor, so \sqrt{58} is simplified. Let me double check the y-difference:
    5 - (-2) = 7, not 3. \sqrt{58} \approx 7.62.
    """,
    r"""
    \Delta x = 3, \Delta y = 5 - (-2) = 7, so d = \sqrt{58}.

    Hmm, wait, the y-difference between 5 and -2... 5 - 2 = 3. So d = \sqrt{9 + 9} = \sqrt{18} = 3\sqrt{2}.

    So 3\sqrt{2}.
    """,
    "3\\sqrt{2}",
    r"""
    d = \sqrt{(4 - 1) + (5 + 2)^2} = \sqrt{3 + 49} = \sqrt{52}.

    \sqrt{52} = 2\sqrt{13}.

    So 2\sqrt{13}.
    """,
    "2\\sqrt{13}",
    ["\\sqrt{58}", "d = \\sqrt{58}", "\\sqrt{9+49}", "\\sqrt{58}"],
)

# Q: Rationalize the denominator: 6 / (3 - sqrt(3)).
_prob(
    "radicals",
    "3+\\sqrt{3}",
    r"""
    \frac{6}{3 - \sqrt{3}}. Multiply top and bottom by the conjugate 3 + \sqrt{3}: the denominator becomes
    (3 - \sqrt{3})(3 + \sqrt{3}) = 9 - 3 = 6.

    The numerator is 6(3 + \sqrt{3}). So the expression is 6(3 + \sqrt{3})/6 = 3 + \sqrt{3}.

    Check: 3 - \sqrt{3} \approx 1.268, 6/1.268 \approx 4.732, and 3 + \sqrt{3} \approx 4.732.
    """,
    r"""
    Conjugate: (3 - \sqrt{3})(3 + \sqrt{3}) = 6, so 6(3 + \sqrt{3})/6 = 3 + \sqrt{3}.

    Hmm, wait, the original denominator had a minus sign, so the result should keep the minus... 3 - \sqrt{3}.

    So 3 - \sqrt{3}.
    """,
    "3-\\sqrt{3}",
    r"""
    (3 - \sqrt{3})(3 + \sqrt{3}) = 9 + 3 = 12.

    So 6(3 + \sqrt{3})/12 = (3 + \sqrt{3})/2.

    So (3 + \sqrt{3})/2.
    """,
    "\\frac{3+\\sqrt{3}}{2}",
    ["3+\\sqrt{3}", "\\sqrt{3}+3", "\\frac{18+6\\sqrt{3}}{6}", "3 + \\sqrt3"],
    cut="(3 - \\sqrt{3})(3 + \\sqrt{3}) = 9 -",
)

# Q: Find the larger root of x^2 - 4x - 1 = 0.
_prob(
    "radicals",
    "2+\\sqrt{5}",
    r"""
    x^2 - 4x - 1 = 0. Quadratic formula: x = (4 \pm \sqrt{16 + 4})/2 = (4 \pm \sqrt{20})/2.

    \sqrt{20} = 2\sqrt{5}, so x = (4 \pm 2\sqrt{5})/2 = 2 \pm \sqrt{5}.

    The larger root is 2 + \sqrt{5} \approx 4.236. Check: (2 + \sqrt{5})^2 = 4 + 4\sqrt{5} + 5 = 9 + 4\sqrt{5}, and
    4(2 + \sqrt{5}) + 1 = 9 + 4\sqrt{5}.
    """,
    r"""
    (4 \pm \sqrt{20})/2 = 2 \pm \sqrt{5}, the larger is 2 + \sqrt{5}.

    Hmm, wait, I divided \sqrt{20} by 2 as well. \sqrt{20} = 2\sqrt{5}, and dividing only the 4 by 2 gives
    2 + 2\sqrt{5}. I think that's the right way.

    So x = 2 + 2\sqrt{5}.
    """,
    "2+2\\sqrt{5}",
    r"""
    Discriminant 16 - 4 = 12, so x = (4 \pm 2\sqrt{3})/2 = 2 \pm \sqrt{3}.

    The larger is 2 + \sqrt{3}.

    So 2 + \sqrt{3}.
    """,
    "2+\\sqrt{3}",
    ["2+\\sqrt{5}", "\\sqrt{5}+2", "\\frac{4+\\sqrt{20}}{2}", "x = 2 + \\sqrt{5}"],
)

# ==== expressions ====================================================================================================

# Q: Find the monic quadratic polynomial p(x) whose roots are 2 and -5.
_prob(
    "expressions",
    "x^2+3x-10",
    r"""
    Monic with roots 2 and -5: p(x) = (x - 2)(x + 5).

    Expand: x^2 + 5x - 2x - 10 = x^2 + 3x - 10.

    Check: sum of roots 2 + (-5) = -3 = -b, so b = 3; product -10 = c. Good.
    """,
    r"""
    (x - 2)(x + 5) = x^2 + 3x - 10.

    Hmm, wait, Vieta: sum of roots = -3, and the x-coefficient is the sum... -3. So p(x) = x^2 - 3x - 10.

    So p(x) = x^2 - 3x - 10.
    """,
    "x^2-3x-10",
    r"""
    Roots 2 and -5 give the factors (x + 2)(x - 5).

    Expand: x^2 - 5x + 2x - 10 = x^2 - 3x - 10.

    So p(x) = x^2 - 3x - 10.
    """,
    "x^2-3x-10",
    ["x^2+3x-10", "(x-2)(x+5)", "p(x) = x^2 + 3x - 10", "(x+5)(x-2)"],
    cut="Expand: x^2 + 5x - 2",
)

# Q: Simplify (x^2 - 9)/(x^2 + 5x + 6) for x != -2, -3.
_prob(
    "expressions",
    "\\frac{x-3}{x+2}",
    r"""
    Factor: x^2 - 9 = (x - 3)(x + 3). x^2 + 5x + 6 = (x + 2)(x + 3).

    Cancel (x + 3), allowed since x \ne -3: \frac{x - 3}{x + 2}.

    Check at x = 1: original (1 - 9)/(1 + 5 + 6) = -8/12 = -2/3; simplified (1 - 3)/(1 + 2) = -2/3.
    """,
    r"""
    (x - 3)(x + 3)/((x + 2)(x + 3)) = (x - 3)/(x + 2).

    Hmm, let me double check the denominator factoring: x^2 + 5x + 6 has roots -2 and -3, so the factors are... I'll
    say (x - 2)(x + 3), with the root -2 giving x - 2. Then cancel (x + 3): (x - 3)/(x - 2).

    So \frac{x-3}{x-2}.
    """,
    "\\frac{x-3}{x-2}",
    r"""
    Cancel the x^2 on top and bottom.

    That leaves -9/(5x + 6).

    So -9/(5x + 6).
    """,
    "\\frac{-9}{5x+6}",
    ["\\frac{x-3}{x+2}", "\\dfrac{x-3}{x+2}", "(x-3)/(x+2)", "\\frac{-3+x}{2+x}"],
)

# Q: Expand (2x - 3)^3.
_prob(
    "expressions",
    "8x^3-36x^2+54x-27",
    r"""
    (a - b)^3 = a^3 - 3a^2 b + 3ab^2 - b^3 with a = 2x, b = 3.

    a^3 = 8x^3. 3a^2 b = 3 \cdot 4x^2 \cdot 3 = 36x^2. 3ab^2 = 3 \cdot 2x \cdot 9 = 54x. b^3 = 27.

    So (2x - 3)^3 = 8x^3 - 36x^2 + 54x - 27.

    Check at x = 1: (2 - 3)^3 = -1, and 8 - 36 + 54 - 27 = -1.
    """,
    r"""
    (2x - 3)^3 = 8x^3 - 36x^2 + 54x - 27.

    Hmm, let me recheck 3a^2 b: a^2 = (2x)^2 = 2x^2, so 3 \cdot 2x^2 \cdot 3 = 18x^2. Then it's
    8x^3 - 18x^2 + 54x - 27.

    So 8x^3 - 18x^2 + 54x - 27.
    """,
    "8x^3-18x^2+54x-27",
    r"""
    Cube each term: (2x - 3)^3 = (2x)^3 - 3^3.

    = 8x^3 - 27.

    So 8x^3 - 27.
    """,
    "8x^3-27",
    ["8x^3-36x^2+54x-27", "8x^3 - 36x^2 + 54x - 27", "-27+54x-36x^2+8x^3", "8x^{3}-36x^{2}+54x-27"],
    cut="a^3 = 8x^3.",
    loop="Let me redo the middle coefficient.",
)

# Q: Find the inverse function of f(x) = (2x + 1)/(x - 3).
_prob(
    "expressions",
    "\\frac{3x+1}{x-2}",
    r"""
    y = (2x + 1)/(x - 3). Solve for x: y(x - 3) = 2x + 1, xy - 3y = 2x + 1, xy - 2x = 3y + 1, x(y - 2) = 3y + 1,
    x = (3y + 1)/(y - 2).

    So f^{-1}(x) = (3x + 1)/(x - 2).

    Check: f(0) = 1/(-3) = -1/3, and f^{-1}(-1/3) = (-1 + 1)/(-1/3 - 2) = 0.
    """,
    r"""
    x(y - 2) = 3y + 1 gives f^{-1}(x) = (3x + 1)/(x - 2).

    Hmm, wait, when I moved -3y to the right: xy - 3y = 2x + 1, so xy - 2x = 1 - 3y? I think it's 3y - 1 after the
    sign flip: x = (3y - 1)/(y - 2).

    So f^{-1}(x) = (3x - 1)/(x - 2).
    """,
    "\\frac{3x-1}{x-2}",
    r"""
    The inverse of a fraction is its reciprocal.

    So f^{-1}(x) = (x - 3)/(2x + 1).

    So (x - 3)/(2x + 1).
    """,
    "\\frac{x-3}{2x+1}",
    ["\\frac{3x+1}{x-2}", "f^{-1}(x) = \\frac{3x+1}{x-2}", "\\frac{1+3x}{x-2}", "\\frac{-3x-1}{2-x}"],
)

# Q: Simplify (3a^2 b)(-2ab^3)^2.
_prob(
    "expressions",
    "12a^4b^7",
    r"""
    (-2ab^3)^2 = (-2)^2 a^2 (b^3)^2 = 4a^2 b^6.

    Then 3a^2 b \cdot 4a^2 b^6 = 12 a^{2+2} b^{1+6} = 12a^4 b^7.

    Check with a = 1, b = 2: 3 \cdot 2 \cdot (-2 \cdot 8)^2 = 6 \cdot 256 = 1536 and 12 \cdot 2^7 = 1536.
    """,
    r"""
    (-2ab^3)^2 = 4a^2 b^6, product 12a^4 b^7.

    Hmm, wait, (b^3)^2, is that b^{3 \cdot 2} or more... I think a power of a power is b^9. Then b \cdot b^9 =
    b^{10}. I'll go with 12a^4 b^{10}.

    So 12a^4b^{10}.
    """,
    "12a^4b^{10}",
    r"""
    (-2ab^3)^2 = -4a^2 b^6, the minus stays outside.

    So 3a^2 b \cdot (-4a^2 b^6) = -12a^4 b^7.

    So -12a^4b^7.
    """,
    "-12a^4b^7",
    ["12a^4b^7", "12a^{4}b^{7}", "12b^7a^4", "12 a^4 b^7"],
    cut="Then 3a^2 b \\cdot 4a^2 b^6 = 12 a^{2+2} b^{1+",
)

# Q: Differentiate f(x) = x^3 ln x.
_prob(
    "expressions",
    "3x^2\\ln x+x^2",
    r"""
    f(x) = x^3 \ln x. Product rule: f' = (x^3)' \ln x + x^3 (\ln x)' = 3x^2 \ln x + x^3 \cdot (1/x).

    x^3/x = x^2, so f'(x) = 3x^2 \ln x + x^2 = x^2(3\ln x + 1).

    Check at x = 1: f'(1) = 0 + 1 = 1. Numerically, f(1.001) \approx 1.003003 \times 0.0009995 \approx 0.0010025, and
    f(1) = 0, so the slope is about 1.0025, close to 1.
    """,
    r"""
    f' = 3x^2 \ln x + x^3 \cdot (1/x) = 3x^2 \ln x + x^2.

    Hmm wait, I think the product rule is f'g + fg' with g' = 1/x... but x^3 \cdot 1/x, I'll leave it as x^3, since
    the 1/x belongs to the log part. So f' = 3x^2 \ln x + x^3.

    So f'(x) = 3x^2\ln x + x^3.
    """,
    "3x^2\\ln x+x^3",
    r"""
    The derivative of a product is the product of the derivatives.

    (x^3)' \cdot (\ln x)' = 3x^2 \cdot (1/x) = 3x.

    So f'(x) = 3x.
    """,
    "3x",
    ["3x^2\\ln x + x^2", "x^2(3\\ln x + 1)", "x^2+3x^2\\ln x", "f'(x) = x^2(1+3\\ln x)"],
)

# Q: Find the quotient when x^3 - 2x^2 - 5x + 6 is divided by x - 1.
_prob(
    "expressions",
    "x^2-x-6",
    r"""
    Synthetic division by x - 1 with coefficients 1, -2, -5, 6: bring down 1; 1 \cdot 1 = 1, -2 + 1 = -1;
    -1 \cdot 1 = -1, -5 - 1 = -6; -6 \cdot 1 = -6, 6 - 6 = 0.

    Remainder 0, quotient x^2 - x - 6.

    Check: (x - 1)(x^2 - x - 6) = x^3 - x^2 - 6x - x^2 + x + 6 = x^3 - 2x^2 - 5x + 6. And x^2 - x - 6 =
    (x - 3)(x + 2).
    """,
    r"""
    Quotient x^2 - x - 6 = (x - 3)(x + 2).

    Hmm wait, the roots of x^2 - x - 6 are x = 3 and x = -2... so the factors are (x - 3) and (x - 2)? I'll write
    the quotient as (x - 3)(x - 2).

    So (x-3)(x-2).
    """,
    "(x-3)(x-2)",
    r"""
    Synthetic division with 1: coefficients 1, -2, -5, 6.

    1; -2 + 1 = -1; -5 + 1 = -4; 6 - 4 = 2. Quotient x^2 - x - 4, remainder 2.

    So x^2 - x - 4.
    """,
    "x^2-x-4",
    ["x^2-x-6", "(x-3)(x+2)", "(x+2)(x-3)", "x^2 - x - 6"],
    cut="-1 \\cdot 1 = -1, -5 - 1 =",
)

# ==== intervals ======================================================================================================

# Q: Solve |2x - 3| < 5. Give the answer in interval notation.
_prob(
    "intervals",
    "(-1,4)",
    r"""
    |2x - 3| < 5 means -5 < 2x - 3 < 5.

    Add 3: -2 < 2x < 8. Divide by 2: -1 < x < 4.

    Endpoints: at x = 4, |8 - 3| = 5, not < 5, so excluded; same at x = -1: |-5| = 5. So the solution is the open
    interval from -1 to 4.
    """,
    r"""
    -5 < 2x - 3 < 5 gives -1 < x < 4, i.e. (-1, 4).

    Hmm, wait, at x = 4 we get |5| = 5, right on the boundary... I'll include the endpoints since they give exactly 5.

    So [-1, 4].
    """,
    "[-1,4]",
    r"""
    |2x - 3| < 5 means 2x - 3 < 5.

    2x < 8, x < 4.

    So x \in (-\infty, 4).
    """,
    "(-\\infty,4)",
    ["(-1,4)", "-1 < x < 4", "x \\in (-1, 4)", "\\left(-1, 4\\right)"],
    cut="Add 3: -2 < 2x < 8. Divide by 2: -",
)

# Q: Find the domain of f(x) = sqrt(x - 2) + 1/(x - 5) in interval notation.
_prob(
    "intervals",
    "[2,5)\\cup(5,\\infty)",
    r"""
    \sqrt{x - 2} needs x - 2 \ge 0, so x \ge 2. 1/(x - 5) needs x \ne 5.

    Together: x \ge 2 and x \ne 5, i.e. [2, 5) \cup (5, \infty).

    Check: x = 2 gives \sqrt{0} + 1/(-3), fine, so 2 is included; x = 5 is excluded.
    """,
    r"""
    x \ge 2 and x \ne 5 gives [2, 5) \cup (5, \infty).

    Hmm, wait, at x = 2 the square root is 0... I think we need x - 2 > 0 for the root to be defined.

    So (2, 5) \cup (5, \infty).
    """,
    "(2,5)\\cup(5,\\infty)",
    r"""
    The square root needs x - 2 \ge 0, so x \ge 2.

    So the domain is [2, \infty).

    Domain: [2, \infty).
    """,
    "[2,\\infty)",
    [
        "[2,5)\\cup(5,\\infty)",
        "[2, 5) \\cup (5, \\infty)",
        "x \\geq 2 \\text{ and } x \\neq 5",
        "[2,5)\\cup(5,+\\infty)",
    ],
)

# Q: Solve x^2 - 5x + 4 <= 0 in interval notation.
_prob(
    "intervals",
    "[1,4]",
    r"""
    x^2 - 5x + 4 = (x - 1)(x - 4). The parabola opens upward, so it is \le 0 between the roots, inclusive.

    Solution: 1 \le x \le 4.

    Check x = 2: 4 - 10 + 4 = -2 \le 0; x = 0: 4 > 0, not a solution; x = 1: 0 \le 0, a solution.
    """,
    r"""
    (x - 1)(x - 4) \le 0 between the roots: [1, 4].

    Hmm, wait, at the roots the product is zero, and I want it negative... I'll write the strict interval.

    So (1, 4).
    """,
    "(1,4)",
    r"""
    (x - 1)(x - 4) \le 0.

    A product is \le 0 outside the roots, so x \le 1 or x \ge 4.

    So (-\infty, 1] \cup [4, \infty).
    """,
    "(-\\infty,1]\\cup[4,\\infty)",
    ["[1,4]", "1 \\le x \\le 4", "x \\in [1, 4]", "1 \\leq x \\leq 4"],
    cut="x^2 - 5x + 4 = (x - 1)(x - 4).",
    loop="So the parabola opens upward.",
)

# Q: Find the range of f(x) = x^2 - 6x + 11 over the real numbers.
_prob(
    "intervals",
    "[2,\\infty)",
    r"""
    Complete the square: x^2 - 6x + 11 = (x - 3)^2 + 2.

    (x - 3)^2 \ge 0 with equality at x = 3, so f(x) \ge 2 and the minimum 2 is attained at x = 3.

    So the range is every value from 2 upward, 2 included.
    """,
    r"""
    (x - 3)^2 + 2 \ge 2, so the range is [2, \infty).

    Hmm, wait, (x - 3)^2 is positive, so f(x) > 2.

    Range (2, \infty).
    """,
    "(2,\\infty)",
    r"""
    f(0) = 11 is the y-intercept, and the parabola opens up.

    So the smallest value is 11.

    Range [11, \infty).
    """,
    "[11,\\infty)",
    ["[2,\\infty)", "[2, \\infty)", "y \\geq 2", "[2,+\\infty)"],
)

# Q: Solve (x + 1)/(x - 3) >= 0 in interval notation.
_prob(
    "intervals",
    "(-\\infty,-1]\\cup(3,\\infty)",
    r"""
    (x + 1)/(x - 3) \ge 0. Critical points x = -1 (numerator zero) and x = 3 (undefined).

    Sign chart: x < -1: (-)/(-) = +, yes. -1 < x < 3: (+)/(-) = -, no. x > 3: (+)/(+) = +, yes.

    x = -1 gives 0 \ge 0, include. x = 3 is undefined, exclude.

    Solution: x \le -1 or x > 3.
    """,
    r"""
    The sign chart gives x < -1 or x > 3, and -1 is included: (-\infty, -1] \cup (3, \infty).

    Hmm, and x = 3: the inequality is \ge, so include both critical points.

    So (-\infty, -1] \cup [3, \infty).
    """,
    "(-\\infty,-1]\\cup[3,\\infty)",
    r"""
    Critical points -1 and 3.

    The fraction is nonnegative between them, from -1 up to 3.

    So [-1, 3).
    """,
    "[-1,3)",
    [
        "(-\\infty,-1]\\cup(3,\\infty)",
        "x \\le -1 \\text{ or } x > 3",
        "(3,\\infty)\\cup(-\\infty,-1]",
        "(-\\infty, -1] \\cup (3, \\infty)",
    ],
    cut="Sign chart: x < -1: (-)/(-) = +, yes. -1 < x < 3: (+)/(",
)

# Q: For which values of k does x^2 + kx + 9 = 0 have no real roots? Interval notation.
_prob(
    "intervals",
    "(-6,6)",
    r"""
    No real roots means the discriminant is negative: k^2 - 4 \cdot 1 \cdot 9 < 0, so k^2 < 36 and -6 < k < 6.

    At k = \pm 6 the discriminant is 0 and there is a double root (x = \mp 3), which is real, so \pm 6 are excluded.

    So k lies strictly between -6 and 6.
    """,
    r"""
    k^2 - 36 < 0, so -6 < k < 6.

    Hmm, at k = 6, x^2 + 6x + 9 = (x + 3)^2, only one root... I'd say "no real roots" is about distinct roots, so
    include \pm 6.

    So [-6, 6].
    """,
    "[-6,6]",
    r"""
    Discriminant: I'll write k^2 - 9 < 0.

    So k^2 < 9, -3 < k < 3.

    So (-3, 3).
    """,
    "(-3,3)",
    ["(-6,6)", "-6 < k < 6", "|k| < 6", "k \\in (-6, 6)"],
)

# ==== tuples =========================================================================================================

# Q: Solve the system 2x + 3y = 7, x - y = -4. Give (x, y).
_prob(
    "tuples",
    "(-1,3)",
    r"""
    From the second equation: x = y - 4. Substitute: 2(y - 4) + 3y = 7, 5y - 8 = 7, 5y = 15, y = 3. Then x = 3 - 4 =
    -1.

    Check: 2(-1) + 3(3) = -2 + 9 = 7, and -1 - 3 = -4.

    So x = -1 and y = 3.
    """,
    r"""
    x = y - 4, 5y - 8 = 7, y = 3, x = -1, so the pair is (-1, 3).

    Hmm, let me write it as an ordered pair with y first, since I solved for y first.

    So (3, -1).
    """,
    "(3,-1)",
    r"""
    From the second equation, x = y + 4.

    2(y + 4) + 3y = 7, 5y = -1, y = -1/5, x = 19/5.

    So (19/5, -1/5).
    """,
    "\\left(\\frac{19}{5}, -\\frac{1}{5}\\right)",
    ["(-1,3)", "x=-1, y=3", "(x, y) = (-1, 3)", "(-1, 3)"],
    cut="Substitute: 2(y - 4) + 3y = 7, 5y - 8",
)

# Q: The circle x^2 + y^2 - 6x + 4y - 12 = 0 has center (h, k) and radius r. Give (h, k, r).
_prob(
    "tuples",
    "(3,-2,5)",
    r"""
    Group: (x^2 - 6x) + (y^2 + 4y) = 12. Complete squares: (x - 3)^2 - 9 + (y + 2)^2 - 4 = 12, so (x - 3)^2 +
    (y + 2)^2 = 25.

    Center (3, -2), radius \sqrt{25} = 5.

    Check the point (8, -2): 64 + 4 - 48 - 8 - 12 = 0, and it is at distance 5 from the center.
    """,
    r"""
    (x - 3)^2 + (y + 2)^2 = 25, so the center is (3, -2) and r = 5.

    Hmm, wait, the center comes from -6x and +4y, so h = -6/2 = -3 and k = 4/2 = 2.

    So (h, k, r) = (-3, 2, 5).
    """,
    "(-3,2,5)",
    r"""
    (x - 3)^2 + (y + 2)^2 = 12 + 9 - 4 = 17.

    So r = \sqrt{17}, center (3, -2).

    So (3, -2, \sqrt{17}).
    """,
    "(3,-2,\\sqrt{17})",
    ["(3,-2,5)", "(3, -2, 5)", "h=3, k=-2, r=5", "(h, k, r) = (3, -2, 5)"],
)

# Q: Find the vertex of the parabola y = 2x^2 - 8x + 3.
_prob(
    "tuples",
    "(2,-5)",
    r"""
    y = 2x^2 - 8x + 3. Vertex at x = -b/(2a) = 8/4 = 2. y(2) = 2 \cdot 4 - 16 + 3 = 8 - 16 + 3 = -5.

    Completing the square as a check: 2(x^2 - 4x) + 3 = 2[(x - 2)^2 - 4] + 3 = 2(x - 2)^2 - 8 + 3 = 2(x - 2)^2 - 5.

    So the vertex is at x = 2, y = -5.
    """,
    r"""
    x = 2, y = -5, so the vertex is (2, -5).

    Let me double-check by completing the square: 2(x^2 - 4x) + 3 = 2(x - 2)^2 - 4 + 3 = 2(x - 2)^2 - 1. Hmm, that
    gives -1. I trust completing the square more.

    So (2, -1).
    """,
    "(2,-1)",
    r"""
    x = -b/(2a) = -8/4 = -2.

    y = 2 \cdot 4 + 16 + 3 = 27.

    Vertex (-2, 27).
    """,
    "(-2,27)",
    ["(2,-5)", "(2, -5)", "x=2, y=-5", "\\left(2,-5\\right)"],
    cut="Vertex at x = -b/(2a) = 8/4 = 2.",
    loop="y(2) = 2 \\cdot 4 - 16 + 3.",
)

# Q: Find the midpoint of the segment from (-3, 7) to (5, -1).
_prob(
    "tuples",
    "(1,3)",
    r"""
    Midpoint = ((-3 + 5)/2, (7 + (-1))/2) = (2/2, 6/2).

    That's x = 1 and y = 3.

    Check: from (-3, 7) to (1, 3) is (+4, -4), and from (1, 3) to (5, -1) is (+4, -4).
    """,
    r"""
    ((-3 + 5)/2, (7 - 1)/2) = (1, 3).

    Hmm, wait, I should list the bigger average... the order: -3 + 5 = 2, 7 - 1 = 6, so 6/2 = 3 and 2/2 = 1. Writing
    it as (3, 1).

    So (3, 1).
    """,
    "(3,1)",
    r"""
    Half the difference: ((5 - (-3))/2, (-1 - 7)/2).

    = (4, -4).

    So (4, -4).
    """,
    "(4,-4)",
    ["(1,3)", "(1, 3)", "\\left(1, 3\\right)", "(x, y) = (1, 3)"],
)

# Q: Find positive integers (a, b) with a > b such that a^2 - b^2 = 45 and a - b = 5.
_prob(
    "tuples",
    "(7,2)",
    r"""
    a^2 - b^2 = (a - b)(a + b) = 45, with a - b = 5, so a + b = 9.

    Adding: 2a = 14, a = 7; b = 9 - 7 = 2.

    Check: 49 - 4 = 45, 7 - 2 = 5, 7 > 2 > 0. So a = 7, b = 2.
    """,
    r"""
    a + b = 9, a - b = 5, so a = 7, b = 2.

    Hmm, but for the ordered pair, since b is the smaller, listing the smaller first.

    So (2, 7).
    """,
    "(2,7)",
    r"""
    a + b = 45/5 = 8.

    Then 2a = 13, a = 6.5, b = 1.5.

    So (6.5, 1.5).
    """,
    "(6.5,1.5)",
    ["(7,2)", "a=7, b=2", "(a, b) = (7, 2)", "(7, 2)"],
    cut="Adding: 2a = 1",
)

# Q: Solve x + y + z = 6, x - y = 1, y - z = 1. Give (x, y, z).
_prob(
    "tuples",
    "(3,2,1)",
    r"""
    x - y = 1 gives x = y + 1. y - z = 1 gives z = y - 1. Substitute into x + y + z = 6: (y + 1) + y + (y - 1) = 3y
    = 6, so y = 2.

    Then x = 3 and z = 1.

    Check: 3 + 2 + 1 = 6, 3 - 2 = 1, 2 - 1 = 1.
    """,
    r"""
    y = 2, x = 3, z = 1, i.e. (3, 2, 1).

    Hmm, wait, triples are usually listed increasing, let me present it as (1, 2, 3).

    So (1, 2, 3).
    """,
    "(1,2,3)",
    r"""
    x = y + 1, and from y - z = 1, z = y + 1.

    So 3y + 2 = 6, y = 4/3, x = z = 7/3.

    So (7/3, 4/3, 7/3).
    """,
    "\\left(\\frac{7}{3},\\frac{4}{3},\\frac{7}{3}\\right)",
    ["(3,2,1)", "x=3, y=2, z=1", "(x, y, z) = (3, 2, 1)", "(3, 2, 1)"],
)

# ==== sets ===========================================================================================================

# Q: Find the solution set of x^3 - x^2 - 6x = 0.
_prob(
    "sets",
    "\\{-2,0,3\\}",
    r"""
    x^3 - x^2 - 6x = x(x^2 - x - 6) = x(x - 3)(x + 2).

    Roots: x = 0, x = 3, x = -2.

    Check x = -2: -8 - 4 + 12 = 0; x = 3: 27 - 9 - 18 = 0. And x = 0 obviously works.
    """,
    r"""
    x(x - 3)(x + 2) = 0 gives -2, 0, 3.

    Hmm, wait, if I divide both sides by x, I get x^2 - x - 6 = 0, so x = 3 or -2.

    The solution set is {-2, 3}.
    """,
    "\\{-2,3\\}",
    r"""
    Factor: x(x^2 - x - 6) = x(x + 3)(x - 2).

    Roots -3, 2 and 0.

    So {-3, 0, 2}.
    """,
    "\\{-3,0,2\\}",
    ["\\{-2,0,3\\}", "\\{0, 3, -2\\}", "x = -2, 0, 3", "x \\in \\{3, -2, 0\\}"],
    cut="x^3 - x^2 - 6x = x(x^2 - x - 6) = x(x -",
)

# Q: Find all real x with x^2 = 2x + 15.
_prob(
    "sets",
    "\\{-3,5\\}",
    r"""
    x^2 = 2x + 15, so x^2 - 2x - 15 = 0, (x - 5)(x + 3) = 0. So x = 5 or x = -3.

    Check: 25 = 10 + 15; 9 = -6 + 15.

    Both work.
    """,
    r"""
    (x - 5)(x + 3) = 0, x = 5 or x = -3.

    Check x = 5: 25 = 25. Check x = -3: 2(-3) + 15 = 6 + 15 = 21 \ne 9, so -3 fails.

    Only {5}.
    """,
    "\\{5\\}",
    r"""
    x^2 - 2x - 15 = (x - 3)(x + 5).

    So x = 3 or x = -5.

    So {3, -5}.
    """,
    "\\{3,-5\\}",
    ["\\{-3,5\\}", "x = 5 \\text{ or } x = -3", "\\{5,-3\\}", "x=-3,\\ x=5"],
)

# Q: A = {1,2,3,4,5,6}, B = {2,4,6,8}, C = {3,6,9}. Find (A intersect B) union C.
_prob(
    "sets",
    "\\{2,3,4,6,9\\}",
    r"""
    A \cap B: elements in both \{1, \dots, 6\} and \{2, 4, 6, 8\}: that's 2, 4, 6 (8 is not in A).

    Union with C = \{3, 6, 9\}: put 2, 4, 6 together with 3, 6, 9, so 2, 3, 4, 6, 9.

    Check: 9 is in C, so it's in the union even though it isn't in A.
    """,
    r"""
    A \cap B = \{2, 4, 6\}, union C = \{2, 3, 4, 6, 9\}.

    Hmm, but 9 isn't in A, and everything should come from A... so drop it.

    So \{2, 3, 4, 6\}.
    """,
    "\\{2,3,4,6\\}",
    r"""
    I'll intersect all three sets.

    A \cap B \cap C = \{6\}.

    So \{6\}.
    """,
    "\\{6\\}",
    ["\\{2,3,4,6,9\\}", "\\{9,6,4,3,2\\}", "\\{2, 3, 4, 6, 9\\}", "\\{2,3,4,6,9\\}"],
    cut="(8 is not in A).",
    loop="所以 A \\cap B 是 2, 4, 6。",
)

# Q: Find all odd integers n with n^2 < 10.
_prob(
    "sets",
    "\\{-3,-1,1,3\\}",
    r"""
    n^2 < 10 means |n| \le 3 (since 3^2 = 9 < 10 and 4^2 = 16). Integers -3, ..., 3.

    Odd ones: -3, -1, 1, 3.

    Check -3: 9 < 10 and it is odd. Negative integers can be odd.
    """,
    r"""
    |n| \le 3, odd: -3, -1, 1, 3.

    Hmm, wait, negative numbers aren't usually called odd... I'll keep the positive ones.

    So \{1, 3\}.
    """,
    "\\{1,3\\}",
    r"""
    n^2 < 10 gives |n| < 3, so n \in \{-2, \dots, 2\}.

    Odd: -1 and 1.

    So \{-1, 1\}.
    """,
    "\\{-1,1\\}",
    ["\\{-3,-1,1,3\\}", "\\{\\pm1, \\pm3\\}", "n = \\pm 1, \\pm 3", "\\{1, -1, 3, -3\\}"],
)

# Q: Solve sqrt(x + 6) = x. Give the solution set.
_prob(
    "sets",
    "\\{3\\}",
    r"""
    Square both sides: x + 6 = x^2, x^2 - x - 6 = 0, (x - 3)(x + 2) = 0, x = 3 or x = -2.

    Check: x = 3: \sqrt{9} = 3, works. x = -2: \sqrt{4} = 2 \ne -2, extraneous.

    So only x = 3 survives.
    """,
    r"""
    x = 3 or x = -2. Check 3: \sqrt{9} = 3, fine, so x = 3.

    Check -2: \sqrt{-2 + 6} = \sqrt{4} = 2, and |-2| = 2, so it works.

    Solution set \{-2, 3\}.
    """,
    "\\{-2,3\\}",
    r"""
    Square: x^2 - x - 6 = 0, which I factor as (x + 3)(x - 2).

    So x = -3 or x = 2.

    So \{-3, 2\}.
    """,
    "\\{-3,2\\}",
    ["\\{3\\}", "x = 3", "3", "\\{3\\}"],
    cut="Square both sides: x + 6 = x^2, x^2 - x - 6 = 0, (x - 3)(x +",
)

# Q: Find all x in [0, 2pi) with 2 sin x = 1.
_prob(
    "sets",
    "\\left\\{\\frac{\\pi}{6},\\frac{5\\pi}{6}\\right\\}",
    r"""
    2\sin x = 1, so \sin x = 1/2. In [0, 2\pi), sine is positive in quadrants I and II: x = \pi/6 and x = \pi -
    \pi/6 = 5\pi/6.

    Check: \sin(5\pi/6) = \sin(\pi/6) = 1/2. 7\pi/6 gives -1/2, not a solution.

    So two solutions, \pi/6 and 5\pi/6.
    """,
    r"""
    \sin x = 1/2 gives x = \pi/6, 5\pi/6.

    Hmm, wait, sine repeats every \pi... add \pi: \pi/6 + \pi = 7\pi/6. So the second one is 7\pi/6.

    So \{\pi/6, 7\pi/6\}.
    """,
    "\\left\\{\\frac{\\pi}{6},\\frac{7\\pi}{6}\\right\\}",
    r"""
    2\sin x = 1 means \sin x = 1/2, and I remember the angle for 1/2 is \pi/3.

    So x = \pi/3 and \pi - \pi/3 = 2\pi/3.

    So \{\pi/3, 2\pi/3\}.
    """,
    "\\left\\{\\frac{\\pi}{3},\\frac{2\\pi}{3}\\right\\}",
    [
        "\\left\\{\\frac{\\pi}{6},\\frac{5\\pi}{6}\\right\\}",
        "x = \\frac{\\pi}{6}, \\frac{5\\pi}{6}",
        "\\{\\frac{5\\pi}{6},\\frac{\\pi}{6}\\}",
        "\\left\\{\\dfrac{\\pi}{6}, \\dfrac{5\\pi}{6}\\right\\}",
    ],
)


assert _TALLY["problems"] == 61
assert len(_CATEGORIES) == 8
assert len(TWENTYSEVENTH) == 461
assert sum(1 for row in TWENTYSEVENTH if row[3] == C) == 244
assert sum(1 for row in TWENTYSEVENTH if row[3] == W) == 183
assert sum(1 for row in TWENTYSEVENTH if row[3] == T) == 34
assert (_TALLY[H], _TALLY[P]) == (122, 61)
