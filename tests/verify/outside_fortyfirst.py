"""FORTYFIRST: a held-out batch of labelled answer-verification pairs on school and textbook word problems (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch41) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify or any other grader on any pair. Every pair was labelled by
hand (python used by hand only to check arithmetic); pairs a reasonable grader could label either way were left
out. Committed before any grading run, so its first run is an out-of-sample number.

Theme: GSM8K / SVAMP / MathQA / ASDiv-style word problems and textbook exercises: money (`\\$31.40`,
`31.40 \\text{ dollars}`, `31.4`, `\\$2{,}335`), times of day and durations (`1{:}35 \\text{ PM}`, `13{:}35`,
`8{:}15 \\text{ p.m.}`), lengths, areas, volumes, masses and speeds in the unit the question fixes, percents and
percent changes, ratios and rates, ages, counts with their nouns, fractions of a quantity and mixed numbers,
and averages. Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct",
"incorrect", or "truncated" (the response stops mid-computation, sometimes right after an expression such as
`$270 / 45$` or an open `$8400 \\times 1.05 =`, before it states any final answer).

Responses model homework-help chain of thought: short paragraphs with intermediate numbers, numbered step lists,
bullet lists and markdown tables, "Wait, let me recheck" and a verification, then one of twelve endings rotated
across problems: "So the answer is $\\boxed{}$", **Final Answer** over a display box, "The answer is $x$.", a bold
**Answer:** line, Minerva "Final Answer: The final answer is $x$. I hope it is correct.", GSM8K `#### x`, a
"### Final Answer" heading, DeepSeek-R1 `<think>`...`</think>` then a summary and a display box, a display box
followed by a closing remark, a closing prose sentence, MetaMath "The answer is: x", and a bold sentence answer.
Correct rows vary the form of the gold (units in `\\text{}`, `\\ `, `\\mathrm{}`, nouns such as "16 pieces",
`{,}` separators, `\\$45` against `\\$45.00`, `22\\tfrac{1}{2}` against `\\frac{45}{2}`, `\\dfrac`, `4/15`, `x = 87`,
`30 \\text{ percent}`, 24-hour times) and include an earlier wrong box that a recheck overrules (the last stated
final answer wins). Negatives lean on precision: about two thirds are hard (the gold is in the text as an
intermediate or an earlier box that a bad recheck overrules) and end on an intermediate quantity (the other
person's age, the red marbles, the fuel in litres), an off-by-one count (fenceposts, buses, weeks), a rounding
error (\\$494, 8,800, 6 mm, 21.4 loaves), another unit than asked given as a bare number (18500 for km, 1.8 for cm,
0.175 for grams, 360 minutes for hours), an AM/PM swap, a percent of the wrong base, or a factor slip.

Each problem has one worked reasoning reaching the gold (three rows with different endings and gold forms), a
flawed reasoning holding the gold (hard), a flawed reasoning without it (plain, also used for a wrong box that a
recheck corrects), a right box broken by a bad recheck (hard), usually a truncated row, and for eleven problems
one more negative. Rows are added per problem through `_add`, which tags each negative as hard (H) or plain (P)
in `_TALLY`. The question itself is not part of the row; the comment above each problem states it.
53 problems in 13 categories (money, time, length, area, volume, mass, speed, percent, ratio, age, count,
fraction, average); 423 rows: 212 correct, 170 incorrect, 41 truncated. Of the 170 negatives, 111 are hard and
59 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

FORTYFIRST: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        FORTYFIRST.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block: lines of a paragraph joined by spaces (list and table lines kept), blank line between."""
    out = []
    for p in block.strip().split("\n\n"):
        lines = [line.strip() for line in p.strip().splitlines()]
        keep = all(line[:1] in "|-" or line[:2].rstrip(".").isdigit() for line in lines)
        out.append("\n".join(lines) if keep else " ".join(lines))
    return "\n\n".join(out)


def _m(a: str) -> str:
    """Plain-text answer lines: a LaTeX form goes inside `$...$`."""
    return "$" + a + "$" if "\\" in a or "{" in a else a


def _box(r: str, a: str) -> str:
    return r + "\n\nSo the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    return r + "\n\n**Final Answer**\n\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    return r + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    return r + "\n\n**Answer: $" + a + "$**"


def _min(r: str, a: str) -> str:
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    return r + "\n#### " + _m(a)


def _head(r: str, a: str) -> str:
    return r + "\n\n### Final Answer\n$\\boxed{" + a + "}$"


def _r1(r: str, a: str) -> str:
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nWorking through the problem step by step gives $"
        + a
        + "$.\n\n**Final Answer**\n\\[\n\\boxed{"
        + a
        + "}\n\\]"
    )


def _rem(r: str, a: str) -> str:
    return r + "\n\n$$\\boxed{" + a + "}$$\n\nLet me know if you'd like me to walk through any of the steps again!"


def _prose(r: str, a: str) -> str:
    return r + "\n\nEverything checks out, so the final answer is $" + a + "$, which is what I would write down."


def _meta(r: str, a: str) -> str:
    return r + "\n\nThe answer is: " + _m(a)


def _sent(r: str, a: str) -> str:
    return r + "\n\n**So the answer to the question is " + _m(a) + ".**"


_STYLES = [_box, _fa, _is, _bold, _min, _gsm, _head, _r1, _rem, _prose, _meta, _sent]


def _two(r: str, a1: str, recheck: str, a2: str, v: int) -> str:
    """An earlier answer, a recheck, then the final answer that overrules it (the last stated answer wins)."""
    if v % 2:
        return (
            r
            + "\n\n**Answer:** $"
            + a1
            + "$\n\n---\n\nHmm, actually, hold on. "
            + _t(recheck)
            + "\n\n**Corrected answer:** $\\boxed{"
            + a2
            + "}$"
        )
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + a1
        + "}$.\n\nWait, let me recheck that. "
        + _t(recheck)
        + ("\n\nSo the final answer is $\\boxed{" + a2 + "}$.")
    )


def _half(r: str, k: int, tail: str) -> str:
    """The first k paragraphs of a reasoning, then a tail that stops mid-computation."""
    head = r.split("\n\n")[:k]
    return "\n\n".join([*head, _t(tail)])


def _std(
    cat: str,
    gold: str,
    g: str,
    forms: tuple[str, str, str],
    b: str,
    bad_b: str,
    e: str,
    bad_e: str,
    fix: str,
    brk: str,
    bad_k: str,
    half: tuple[int, str] | None = None,
    extra: tuple[tuple[str, str, str], ...] = (),
) -> None:
    """One problem from a worked reasoning (g), a flawed one holding the gold (b) and a flawed one without it (e)."""
    i = _TALLY["problems"]
    g, b, e = _t(g), _t(b), _t(e)

    def s(j: int):
        return _STYLES[(5 * i + j) % len(_STYLES)]

    rows = [
        (C, s(0)(g, forms[0])),
        (C, s(1)(g, forms[1])),
        (C, s(2)(g, forms[2])),
        (C, _two(e, bad_e, fix, forms[(i + 1) % 3], i)),
        (H, s(3)(b, bad_b)),
        (H, _two(g, forms[i % 3], brk, bad_k, i + 1)),
        (P, s(4)(e, bad_e)),
    ]
    if half:
        rows.append((T, _half(g, *half)))
    for k, (tag, r, a) in enumerate(extra):
        rows.append((tag, s(5 + k)(_t(r), a)))
    _add(cat, gold, rows)


# A notebook costs $3.75 and a pen $1.20. Maya buys 4 notebooks and 3 pens and pays with a $50 bill. How much
# change does she get?
_std(
    "money",
    "31.40",
    r"""Let me work out what Maya spends first.

    Notebooks: $4 \times \$3.75 = \$15.00$. Pens: $3 \times \$1.20 = \$3.60$. So the total is
    $\$15.00 + \$3.60 = \$18.60$.

    Wait, let me recheck the notebooks: $3.75 \times 2 = 7.50$ and $7.50 \times 2 = 15.00$. Yes.

    Change from the fifty: $\$50.00 - \$18.60 = \$31.40$. Check: $31.40 + 18.60 = 50.00$. Good.""",
    (r"\$31.40", r"31.40 \text{ dollars}", "31.4"),
    r"""Notebooks: $4 \times 3.75 = 15$, pens: $3 \times 1.20 = 3.60$, total $18.60$, so the change is
    $50 - 18.60 = 31.40$.

    Let me recheck the notebooks, since that is the big part: $3.75 \times 4$... $3 \times 4 = 12$ and
    $0.75 \times 4 = 3.75$, so $15.75$. Then the total is $15.75 + 3.60 = 19.35$ and the change is
    $50 - 19.35 = 30.65$.""",
    r"\$30.65",
    r"""Four notebooks at \$3.75 is \$15. Three pens at \$1.20: $3 \times 1.20 = 3.20$. Total spent:
    $15 + 3.20 = 18.20$.

    Change: $50 - 18.20 = 31.80$. Let me double-check by adding back: $18.20 + 31.80 = 50$. Fine.""",
    r"\$31.80",
    r"""$3 \times 1.20$ is $3.60$, not $3.20$. So she spends $15 + 3.60 = 18.60$ and gets
    $50 - 18.60 = 31.40$ back.""",
    r"""The pens: $3 \times 1.20 = 3.20$, so the total is $18.20$ and the change is $50 - 18.20 = 31.80$.""",
    r"\$31.80",
    (2, r"So the change is $\$50.00 - \$18.60$"),
)

# A jacket is priced at $80. It is discounted 25%, and then 10% sales tax is added to the discounted price.
# What is the final price?
_std(
    "money",
    "66",
    r"""**Step 1: the discount.** 25% of \$80 is \$20, so the sale price is $80 - 20 = \$60$.

    **Step 2: the tax.** The tax is 10% of the *discounted* price: $0.10 \times 60 = \$6$.

    Hmm, could the tax be on the original price? The problem says it is added to the discounted price, so no.

    **Step 3:** $60 + 6 = \$66$. As a check, $80 \times 0.75 \times 1.10 = 60 \times 1.1 = 66$.""",
    (r"\$66", r"66.00 \text{ dollars}", r"\$66.00"),
    r"""Sale price: $80 \times 0.75 = 60$. With tax: $60 \times 1.10 = 66$.

    Hmm, but the discount and the tax can be combined into one step: a 25% cut and a 10% add are a net 15% cut,
    so the price is $80 \times 0.85 = 68$. Let me go with the combined figure.""",
    r"\$68",
    r"""25% off \$80 gives $80 - 20 = 60$. Then take off the 10%: $0.10 \times 60 = 6$, so $60 - 6 = 54$.

    Check: $54 / 60 = 0.9$, i.e. 10% less than the sale price.""",
    r"\$54",
    r"""Tax is *added*, not taken off: $60 + 6 = 66$.""",
    r"""Maybe the tax is meant on the sticker price, $0.10 \times 80 = 8$, giving $60 + 8 = 68$.""",
    r"\$68",
    (1, r"""**Step 2: the tax.** The tax is 10% of the discounted price, $0.10 \times 60$"""),
)

# Liam earns $12.50 an hour and worked 38 hours last week. Hours beyond 35 are paid at 1.5 times his rate.
# How much did he earn?
_std(
    "money",
    "493.75",
    r"""Regular pay: the first 35 hours at \$12.50, $35 \times 12.50 = 437.50$.

    Overtime rate: $1.5 \times 12.50 = 18.75$ per hour, for $38 - 35 = 3$ hours: $3 \times 18.75 = 56.25$.

    Wait, let me recheck $35 \times 12.5$: $35 \times 12 = 420$ and $35 \times 0.5 = 17.5$, so $437.50$. Yes.

    Total: $437.50 + 56.25 = 493.75$.""",
    (r"\$493.75", r"493.75 \text{ dollars}", "493.75"),
    r"""Regular: $35 \times 12.50 = 437.50$; overtime $3 \times 18.75 = 56.25$; total $493.75$.

    Hmm, but maybe all 38 hours are paid at the base rate first, $38 \times 12.50 = 475$, and then the overtime
    hours earn their overtime pay on top: $475 + 56.25 = 531.25$. I think that is how payroll does it.""",
    r"\$531.25",
    r"""He worked 38 hours at \$12.50, so $38 \times 12.50 = 475$.

    Check: $40 \times 12.50 = 500$, minus $2 \times 12.50 = 25$, gives 475.""",
    r"\$475",
    r"""I forgot the overtime: hours 36 to 38 are paid at \$18.75, so the pay is
    $35 \times 12.50 + 3 \times 18.75 = 437.50 + 56.25 = 493.75$.""",
    r"""Overtime is paid in addition: all 38 hours at base, $475$, plus $3 \times 18.75 = 56.25$, so $531.25$.""",
    r"\$531.25",
    (1, r"""Overtime rate: $1.5 \times 12.50 = 18.75$ per hour, for 3 hours: $3 \times"""),
    extra=(
        (
            H,
            r"""Base: $35 \times 12.50 = 437.50$. Overtime: $3 \times 18.75 = 56.25$. Total $493.75$.

    Rounded to whole dollars for the pay slip: \$494.""",
            r"\$494",
        ),
    ),
)

# A school play sold 120 adult tickets at $8 and 275 student tickets at $5. How much money was collected?
_std(
    "money",
    "2335",
    r"""| ticket | number | price | revenue |
    |---|---|---|---|
    | adult | 120 | \$8 | \$960 |
    | student | 275 | \$5 | \$1,375 |

    Let me check the student line: $275 \times 5 = 1375$ ($250 \times 5 = 1250$, $25 \times 5 = 125$).

    Total: $960 + 1375 = 2335$ dollars.""",
    (r"\$2{,}335", r"2{,}335 \text{ dollars}", r"\$2335"),
    r"""Adults: $120 \times 8 = 960$. Students: $275 \times 5 = 1375$. Total $2335$.

    Wait, let me redo the students: $275 \times 5$... $200 \times 5 = 1000$ and $75 \times 5 = 325$, so
    $1325$. Total $960 + 1325 = 2285$.""",
    r"\$2{,}285",
    r"""Adults bring in $120 \times 8 = 960$ and students $275 \times 5 = 1375$.

    Adding: $960 + 1375 = 2235$.""",
    r"\$2{,}235",
    r"""$960 + 1375$: $900 + 1300 = 2200$ and $60 + 75 = 135$, so it is $2335$, not $2235$.""",
    r"""$75 \times 5 = 325$, so the students give $1325$ and the total is $2285$.""",
    r"\$2285",
)

# A train leaves at 9:45 AM and the trip takes 3 hours 50 minutes. At what time does it arrive?
_std(
    "time",
    "1:35 PM",
    r"""Add the hours first: 9:45 AM plus 3 hours is 12:45 PM.

    Now add 50 minutes: 12:45 + 15 minutes = 1:00 PM, and the remaining 35 minutes take it to 1:35 PM.

    Wait, let me recheck with a 24-hour clock: 09:45 + 03:50 = 12:95 = 13:35, which is 1:35 in the afternoon.""",
    ("1{:}35 \\text{ PM}", r"1{:}35\ \text{p.m.}", "13{:}35"),
    r"""9:45 AM + 3 h = 12:45 PM. Then 50 more minutes: 12:45 + 15 = 1:00 and + 35 = 1:35 PM.

    Hmm, but after 12 o'clock the clock starts again at 1, and 12:45 was already the "PM" noon hour, so going
    past it flips the label back: 1:35 AM.""",
    r"1{:}35 \text{ AM}",
    r"""Minutes: 45 + 50 = 95 minutes, which is 1 hour 35 minutes. Hours: 9 + 3 = 12.

    So the arrival time is 12:35 PM.""",
    r"12{:}35 \text{ PM}",
    r"""The 95 minutes give an extra hour: $9 + 3 + 1 = 13$ o'clock and 35 minutes, i.e. 1:35 PM.""",
    r"""The 50 minutes: 12:45 + 10 = 12:55, then 40 more gives 1:25 PM.""",
    r"1{:}25 \text{ PM}",
    (1, r"Now add 50 minutes: 12:45 + 15 minutes ="),
    extra=(
        (
            H,
            r"""9:45 plus 3 h 50 min: 9:45 → 12:45 → 13:35 on a 24-hour clock.

    On a 12-hour clock $13:35 - 12$ h is 1:35, and since the clock rolled over 12 it starts a new half of the day,
    so 1:35 AM.""",
            r"1{:}35\ \text{AM}",
        ),
    ),
)

# A movie starts at 7:20 PM and ends at 9:05 PM. How many minutes long is it?
_std(
    "time",
    "105",
    r"""From 7:20 to 8:20 is 60 minutes, from 8:20 to 9:00 is 40 minutes, and from 9:00 to 9:05 is 5 minutes.

    Total $60 + 40 + 5 = 105$ minutes.

    Wait, let me recheck another way: 7:20 to 9:20 is 120 minutes, and 9:05 is 15 minutes earlier, so
    $120 - 15 = 105$. Both ways agree.""",
    (r"105 \text{ minutes}", "105", r"105\ \text{min}"),
    r"""7:20 to 9:20 is 120 minutes; 9:05 is 15 earlier, giving 105.

    Hmm, let me recount that gap: 9:05 to 9:20... 9:05 to 9:10 is 5, 9:10 to 9:20 is 10, and I think I need
    the other 10 from 9:20 to 9:30 too, so 25. Then $120 - 25 = 95$ minutes.""",
    r"95 \text{ minutes}",
    r"""9:05 − 7:20: the hours give $9 - 7 = 2$ hours and the minutes $5 - 20 = -15$, so 1 hour 45 minutes.

    In minutes: $60 + 45 = 115$.""",
    "115",
    r"""$60 + 45 = 105$, not 115.""",
    r"""Counting both the starting minute and the ending minute, it is $105 - 1 = 104$ full minutes of film.""",
    "104",
    (1, r"So the running time is $60 + 40 + 5$"),
    extra=(
        (
            P,
            r"""From 7:20 to 9:05: up to 9:20 would be 2 hours, minus 15 minutes gives 1 hour 45 minutes.

    Written as a single number of hours and minutes, that is 1.45.""",
            r"1.45",
        ),
    ),
)

# Sara reads 45 pages an hour. Her book has 390 pages and she has read 120 of them. How many more hours does
# she need to finish?
_std(
    "time",
    "6",
    r"""1. Pages left: $390 - 120 = 270$.
    2. Hours at 45 pages per hour: $270 / 45$.
    3. $45 \times 6 = 270$ exactly.

    Wait, let me make sure I subtracted right: $120 + 270 = 390$. Yes. So she needs 6 more hours.""",
    (r"6 \text{ hours}", "6", r"6\ \text{h}"),
    r"""Pages left: $390 - 120 = 270$, and $270 / 45 = 6$.

    Hmm, actually the question says "how many hours to finish the book", so I should count the whole book:
    $390 / 45 = 8.\overline{6}$, which is $8\frac{2}{3}$ hours.""",
    r"8\frac{2}{3}",
    r"""Pages left: $390 - 120 = 280$. Then $280 / 45 \approx 6.2$ hours.""",
    "6.2",
    r"""$390 - 120$ is $270$, not $280$, and $270 / 45 = 6$ exactly.""",
    r"""The question asks how much more she has to do, which is 270 pages.""",
    "270",
    (0, "1. Pages left: $390 - 120 = 270$.\n2. Hours at 45 pages per hour: $270 / 45$"),
    extra=(
        (
            H,
            r"""Pages left $390 - 120 = 270$, and $270 / 45 = 6$ hours.

    In minutes that is $6 \times 60 = 360$.""",
            r"360",
        ),
    ),
)

# A bakery opens at 6:30 AM and stays open for 13 hours 45 minutes. At what time does it close?
_std(
    "time",
    "8:15 PM",
    r"""12 hours after 6:30 AM is 6:30 PM. One more hour gives 7:30 PM, and 45 more minutes gives 8:15 PM.

    Wait, let me recheck in 24-hour time: 06:30 + 13:45 = 19:75 = 20:15, which is 8:15 in the evening.""",
    (r"8{:}15 \text{ p.m.}", "20{:}15", r"8{:}15\ \text{PM}"),
    r"""6:30 + 13:45 = 19:75, i.e. 20:15, so 8:15 PM.

    Let me convert 20:15 once more: $20 - 12 = 8$... hmm, or is it $20 - 10 = 10$? A 24-hour clock minus
    ten... I'll say 10:15 PM.""",
    r"10{:}15 \text{ PM}",
    r"""6:30 + 13:45: minutes $30 + 45 = 75 = 1$ h 15 min, hours $6 + 13 + 1 = 20$, so 20:15.

    Twenty on a 12-hour clock is 8, so the bakery closes at 8:15 AM.""",
    r"8{:}15 \text{ AM}",
    r"""20:15 is in the evening, so it is 8:15 PM, not AM.""",
    r"""$30 + 45 = 75$ minutes; keeping the 15 and dropping the carry: $6 + 13 = 19$, so 19:15, i.e. 7:15 PM.""",
    r"7{:}15 \text{ PM}",
)

# A 12 m rope is cut into pieces 75 cm long. How many pieces are there?
_std(
    "length",
    "16",
    r"""Convert to one unit: 12 m = 1200 cm.

    Number of pieces: $1200 / 75$. Since $75 \times 16 = 1200$, it divides exactly.

    Wait, is there a leftover? $75 \times 16 = 1200$ exactly, so no scrap: 16 pieces.""",
    (r"16 \text{ pieces}", "16", r"16\ \text{pieces}"),
    r"""12 m = 1200 cm and $1200 / 75 = 16$.

    Hmm, but each piece needs a cut, and the last piece doesn't need a cut, so it is $16 - 1 = 15$.""",
    "15",
    r"""12 m is 120 cm. $120 / 75 = 1.6$, so only 1 whole piece.""",
    "1",
    r"""12 m is 1200 cm, not 120, so $1200 / 75 = 16$.""",
    r"""Fencepost rule: pieces are one more than cuts, so $16 + 1 = 17$.""",
    "17",
    (1, r"Number of pieces: $1200 / 75$"),
)

# A rectangular garden 18 m by 12 m is fenced, with a post every 3 m around the perimeter (corners included).
# How many posts are there?
_std(
    "count",
    "20",
    r"""Perimeter: $2(18 + 12) = 60$ m.

    Gaps of 3 m: $60 / 3 = 20$. Around a closed loop, the number of posts equals the number of gaps (no extra
    end post, since the last gap ends at the first post).

    Check by sides: the long sides have $18/3 + 1 = 7$ posts each and the short sides $12/3 + 1 = 5$, sharing 4
    corners: $7 + 7 + 5 + 5 - 4 = 20$.""",
    (r"20 \text{ posts}", "20", r"20\ \text{posts}"),
    r"""Perimeter 60 m, gaps $60 / 3 = 20$.

    For a row of posts you always need one more post than gaps, so $20 + 1 = 21$ posts.""",
    "21",
    r"""Area: $18 \times 12 = 216$ m². One post per 3 m: $216 / 3 = 72$.""",
    "72",
    r"""Posts go along the edge, so use the perimeter $2(18+12) = 60$ m: $60/3 = 20$ posts on a closed loop.""",
    r"""I should add the four corner posts on top: $20 + 4 = 24$.""",
    "24",
)

# On a map, 1 cm represents 2.5 km. Two towns are 7.4 cm apart on the map. How far apart are they, in km?
_std(
    "length",
    "18.5",
    r"""Each centimetre is 2.5 km, so multiply: $7.4 \times 2.5$.

    $7 \times 2.5 = 17.5$ and $0.4 \times 2.5 = 1$, so $17.5 + 1 = 18.5$.

    Wait, let me double-check: $2.5 \times 7.4 = 7.4 \times 10 / 4 = 74 / 4 = 18.5$. Same.""",
    (r"18.5 \text{ km}", r"18\tfrac{1}{2}\ \text{km}", "18.5"),
    r"""$7.4 \times 2.5 = 18.5$ km.

    Real distances on maps are usually given in metres, so $18.5 \times 1000 = 18500$.""",
    "18500",
    r"""The map is smaller, so divide: $7.4 / 2.5 = 2.96$.""",
    "2.96",
    r"""The scale multiplies: $7.4 \times 2.5 = 18.5$ km.""",
    r"""$0.4 \times 2.5 = 0.1$, so $17.5 + 0.1 = 17.6$.""",
    "17.6",
    (1, r"$7 \times 2.5 = 17.5$ and $0.4 \times 2.5$"),
)

# Tom is 1.62 m tall. His brother is 18 cm taller. How tall is his brother, in centimetres?
_std(
    "length",
    "180",
    r"""Tom's height in centimetres: $1.62 \text{ m} = 162$ cm.

    Add 18 cm: $162 + 18 = 180$ cm.

    Check in metres: $1.62 + 0.18 = 1.80$ m, which is 180 cm.""",
    (r"180 \text{ cm}", r"180\ \text{cm}", "180"),
    r"""$162 + 18 = 180$ cm, i.e. $1.80$ m.

    Heights are normally quoted in metres, so I'll give 1.8.""",
    "1.8",
    r"""$1.62 + 18 = 19.62$.""",
    "19.62",
    r"""I mixed units: 1.62 m is 162 cm, so the brother is $162 + 18 = 180$ cm.""",
    r"""$1.62 + 0.18$: hmm, $0.62 + 0.18 = 0.70$, so 1.70 m, i.e. 170 cm.""",
    r"170 \text{ cm}",
)

# A floor 5.4 m by 3.6 m is covered with square tiles 30 cm on a side. How many tiles are needed?
_std(
    "area",
    "216",
    r"""Tiles along each side: $540 / 30 = 18$ and $360 / 30 = 12$. Both divide exactly, so no cut tiles.

    Number of tiles: $18 \times 12 = 216$.

    Wait, let me check with areas: $5.4 \times 3.6 = 19.44$ m² and one tile is $0.3^2 = 0.09$ m²;
    $19.44 / 0.09 = 216$. Same.""",
    (r"216 \text{ tiles}", "216", r"216\ \text{tiles}"),
    r"""$18 \times 12 = 216$ tiles.

    Tilers always buy 10% extra for breakage: $216 \times 1.1 = 237.6$, so 238 tiles.""",
    "238",
    r"""Area $5.4 \times 3.6 = 19.44$ m². Tile area $0.3 \times 0.3 = 0.09$. Then $19.44 / 0.09 = 21.6$,
    so 22 tiles.""",
    "22",
    r"""$19.44 / 0.09 = 1944 / 9 = 216$, I slipped a decimal place.""",
    r"""Along 5.4 m: $5.4 / 0.3 = 17$ tiles, so $17 \times 12 = 204$.""",
    "204",
    (1, r"Number of tiles:"),
    extra=(
        (
            P,
            r"""Along the length $540 / 30 = 18$ tiles, along the width $360 / 30 = 12$ tiles.

    Together $18 + 12 = 30$ tiles.""",
            r"30",
        ),
    ),
)

# A square has a perimeter of 36 cm. What is its area in square centimetres?
_std(
    "area",
    "81",
    r"""The four sides are equal, so one side is $36 / 4 = 9$ cm.

    Area $= 9^2 = 81$ cm².

    Let me double-check: perimeter $4 \times 9 = 36$. Yes.""",
    (r"81\text{ cm}^2", r"81 \text{ square centimetres}", "81"),
    r"""Side $36/4 = 9$, area 81.

    Hmm, wait: the perimeter goes around twice the length and twice the width, so the side is $36 / 2 = 18$
    and the area is $18^2 = 324$.""",
    "324",
    r"""Side $36 / 4 = 9$ cm. Area of a square: side times 2, so $9 \times 2 = 18$.""",
    "18",
    r"""Area is side squared, $9^2 = 81$, not side times 2.""",
    r"""Area $= 4 \times 9 = 36$ cm², matching the perimeter number.""",
    "36",
    (1, r"Area $= 9^2$"),
)

# A triangle has base 14 cm and height 9 cm. What is its area in cm²?
_std(
    "area",
    "63",
    r"""Area of a triangle $= \tfrac12 \times \text{base} \times \text{height}$.

    $\tfrac12 \times 14 \times 9 = 7 \times 9 = 63$.

    Wait, let me make sure I halved: $14 \times 9 = 126$ and $126 / 2 = 63$. Yes.""",
    (r"63 \text{ square centimeters}", r"63\,\text{cm}^2", "63"),
    r"""$\tfrac12 \times 14 \times 9 = 63$.

    Hmm, the half is only for right triangles, I think; for a general triangle with this base and height,
    it's $14 \times 9 = 126$.""",
    "126",
    r"""$\tfrac12 \times 14 \times 9$: $\tfrac12 \times 14 = 8$, and $8 \times 9 = 72$.""",
    "72",
    r"""$\tfrac12 \times 14 = 7$, not 8, so the area is $7 \times 9 = 63$.""",
    r"""I should halve once more for the two halves: $63 / 2 = 31.5$.""",
    "31.5",
)

# A rectangle is 12 cm long and 8 cm wide. Its length grows by 25% and its width shrinks by 25%. What is
# the new area in cm²?
_std(
    "area",
    "90",
    r"""New length: $12 \times 1.25 = 15$ cm. New width: $8 \times 0.75 = 6$ cm.

    New area: $15 \times 6 = 90$ cm².

    Wait, let me recheck: the old area is 96, and $1.25 \times 0.75 = 0.9375$, so $96 \times 0.9375 = 90$.""",
    (r"90\text{ cm}^2", "90", r"90 \text{ cm}^2"),
    r"""New sides 15 and 6, area 90; the old area was $12 \times 8 = 96$.

    So the area went down by $96 - 90 = 6$ cm², and that is the answer.""",
    "6",
    r"""+25% and −25% cancel out, so the area stays $12 \times 8 = 96$.""",
    "96",
    r"""They don't cancel: $15 \times 6 = 90$.""",
    r"""25% of 12 is 3, so the width becomes $8 - 3 = 5$ and the area $15 \times 5 = 75$.""",
    "75",
    (1, r"New area: $15 \times 6$"),
)

# A fish tank measures 60 cm by 30 cm by 40 cm (height) and is filled to 3/4 of its height. How many litres of
# water does it hold?
_std(
    "volume",
    "54",
    r"""Water depth: $\tfrac34 \times 40 = 30$ cm.

    Volume of water: $60 \times 30 \times 30 = 54000$ cm³.

    Since 1 litre is 1000 cm³, that is $54000 / 1000$ litres. Wait, let me recheck the full tank: $60 \times 30
    \times 40 = 72000$ cm³ = 72 L, and three quarters of 72 is 54. Consistent: 54 litres.""",
    (r"54 \text{ liters}", r"54\ \text{L}", "54"),
    r"""Water: $60 \times 30 \times 30 = 54000$ cm³, which is 54 L.

    The volume in the base unit of the problem is what's wanted, so I'll keep cubic centimetres: 54000.""",
    "54000",
    r"""Volume of the tank: $60 \times 30 \times 40 = 72000$ cm³ = 72 L.""",
    "72",
    r"""I forgot it is only 3/4 full: $\tfrac34 \times 72 = 54$ L.""",
    r"""Depth $40 \times \tfrac34 = 30$; $60 \times 30 \times 30 = 54000$ cm³; dividing by 10000 gives 5.4 L.""",
    "5.4",
    (1, r"Volume of water: $60 \times 30 \times 30 ="),
    extra=(
        (
            P,
            r"""Water depth $0.75 \times 40 = 30$ cm, so the water is $60 \times 30 \times 30 = 54000$ cm³.

    A cubic metre is 1000 cubic centimetres, so that is $54000 / 1000 = 54$ m³.""",
            r"54\ \text{m}^3",
        ),
    ),
)

# How many 5 cm cubes fit in a box measuring 20 cm by 15 cm by 10 cm?
_std(
    "volume",
    "24",
    r"""Along each edge: $20/5 = 4$, $15/5 = 3$, $10/5 = 2$. Everything divides evenly, so the cubes pack
    perfectly.

    Number of cubes: $4 \times 3 \times 2 = 24$.

    Check by volume: the box is $20 \times 15 \times 10 = 3000$ cm³ and a cube $125$ cm³; $3000/125 = 24$.""",
    (r"24 \text{ cubes}", "24", r"24\ \text{cubes}"),
    r"""By volume, $3000 / 125 = 24$.

    Let me verify by layers: $4 \times 3 = 12$ cubes per layer, and the height 10 cm... I'll count layers at
    0, 5 and 10 cm, so 3 layers: $12 \times 3 = 36$.""",
    "36",
    r"""Box volume $20 \times 15 \times 10 = 3000$. Each cube has edge 5, so $3000 / 5 = 600$ cubes.""",
    "600",
    r"""I must divide by the cube's volume $5^3 = 125$, not by 5: $3000 / 125 = 24$.""",
    r"""Only one layer fits under a lid, so $4 \times 3 = 12$.""",
    "12",
    (1, r"Number of cubes: $4 \times 3 \times"),
)

# A cylindrical can has radius 3 cm and height 10 cm. What is its volume, in cm³, in terms of pi?
_std(
    "volume",
    r"90\pi",
    r"""Volume of a cylinder: $V = \pi r^2 h$.

    $r^2 = 9$, so $V = \pi \cdot 9 \cdot 10 = 90\pi$.

    Wait, did the problem give the diameter? No, it gives the radius 3, so $r = 3$ is right.""",
    (r"90\pi \text{ cm}^3", r"90\pi", r"90\pi\ \mathrm{cm}^3"),
    r"""$V = \pi r^2 h = 90\pi$.

    Hmm, a can is a surface, though; the metal needed is the side $2\pi r h = 2\pi \cdot 3 \cdot 10 = 60\pi$.
    I'll answer with that.""",
    r"60\pi",
    r"""$V = \pi r h = \pi \cdot 3 \cdot 10 = 30\pi$.""",
    r"30\pi",
    r"""The radius must be squared: $\pi \cdot 3^2 \cdot 10 = 90\pi$.""",
    r"""$r^2$ with $r = 3$ is $3 \times 2 = 6$, so $V = 60\pi$.""",
    r"60\pi",
    (1, r"$r^2 = 9$, so $V = \pi \cdot 9 \cdot 10$"),
)

# A jug holds 2.4 L. How many 300 mL glasses can it fill?
_std(
    "volume",
    "8",
    r"""Convert: $2.4$ L $= 2400$ mL.

    Glasses: $2400 / 300 = 8$.

    Check: $8 \times 300 = 2400$, exactly the jug.""",
    (r"8 \text{ glasses}", "8", r"8\ \text{glasses}"),
    r"""$2400 / 300 = 8$ glasses.

    Let me redo the division to be safe: $2400 / 300 = 240 / 30$... that's 80. So 80 glasses.""",
    "80",
    r"""2.4 L is 240 mL, and $240 < 300$, so it can't even fill one glass: 0.""",
    "0",
    r"""2.4 L is 2400 mL, so $2400 / 300 = 8$ glasses.""",
    r"""$300 \times 8 = 2100$, leaving 300 mL for one more glass: 9.""",
    "9",
)

# Flour comes in 2.5 kg bags and a loaf uses 350 g. How many whole loaves can be made from 3 bags?
_std(
    "mass",
    "21",
    r"""Three bags: $3 \times 2.5 = 7.5$ kg $= 7500$ g.

    Loaves: $7500 / 350 \approx 21.43$, so only whole loaves count.

    Check: $21 \times 350 = 7350$ g, leaving 150 g, not enough for another loaf. So 21 loaves.""",
    (r"21 \text{ loaves}", "21", r"21\ \text{loaves}"),
    r"""$7500 / 350 \approx 21.4$; $21 \times 350 = 7350$ with 150 g left over.

    The leftover 150 g is almost half a loaf, so the baker can stretch it into one more: 22 loaves.""",
    "22",
    r"""One bag is 2500 g, and $2500 / 350 \approx 7.1$, so 7 loaves.""",
    "7",
    r"""There are three bags, 7500 g in all: $7500/350 \approx 21.4$, so 21 whole loaves.""",
    r"""$7500 / 350 = 21.43$, about 21.4 loaves.""",
    "21.4",
    (1, r"Loaves: $7500 / 350$"),
)

# A box of 24 apples weighs 4.8 kg; the empty box weighs 600 g. What is the average mass of an apple in grams?
_std(
    "mass",
    "175",
    r"""Mass of the apples alone: $4800 - 600 = 4200$ g.

    Average: $4200 / 24$. $24 \times 175 = 4200$, so 175 g each.

    Wait, let me recheck $24 \times 175$: $24 \times 100 = 2400$, $24 \times 75 = 1800$; total 4200. Yes.""",
    (r"175 \text{ g}", r"175\ \text{grams}", "175"),
    r"""Without the box: $4200 / 24 = 175$ g.

    Hmm, but "a box of apples weighs 4.8 kg" might already be the apples' weight; then $4800 / 24 = 200$ g.""",
    "200",
    r"""$4.8 - 0.6 = 4.2$ kg of apples; $4.2 / 24 = 0.175$.""",
    "0.175",
    r"""The question asks grams: 4.2 kg = 4200 g and $4200 / 24 = 175$ g.""",
    r"""$24 \times 175$ is only 4100, so try 180: the average is 180 g.""",
    "180",
    (1, r"Average: $4200 / 24$"),
)

# Lena has 3 kg of sugar. She uses 1/4 of it and then another 600 g. How many grams are left?
_std(
    "mass",
    "1650",
    r"""Start with 3000 g. A quarter is $3000 / 4 = 750$ g, leaving 2250 g.

    Then 600 g more: $2250 - 600 = 1650$ g.

    Check: $750 + 600 + 1650 = 3000$. Good.""",
    (r"1{,}650\ \text{g}", r"1650 \text{ grams}", "1{,}650"),
    r"""$3000 - 750 - 600 = 1650$ g.

    In kilograms that's 1.65, which is the natural unit since the problem started in kg.""",
    "1.65",
    r"""$3000 - 750 = 2250$, then $2250 - 600 = 1750$.""",
    "1750",
    r"""$2250 - 600 = 1650$, not 1750.""",
    r"""Take the 600 g first: 2400 g, then a quarter of that is 600, leaving 1800 g.""",
    "1800",
)

# A car covers 150 km in 2 hours 30 minutes. What is its average speed in km/h?
_std(
    "speed",
    "60",
    r"""Time in hours: 2 h 30 min $= 2.5$ h.

    Speed: $150 / 2.5 = 60$ km/h.

    Wait, let me make sure I didn't write 2.3: 30 minutes is half an hour, so 2.5. And $60 \times 2.5 =
    150$. Good.""",
    (r"60 \text{ km/h}", r"60\ \text{km/h}", "60"),
    r"""$150 / 2.5 = 60$ km/h.

    In SI units: $60 / 3.6 = 16.\overline{6}$, so $16\tfrac{2}{3}$.""",
    r"16\tfrac{2}{3}",
    r"""2 h 30 min $= 2.30$ h, so $150 / 2.3 \approx 65.2$ km/h.""",
    "65.2",
    r"""30 minutes is 0.5 h, not 0.3 h: $150 / 2.5 = 60$ km/h.""",
    r"""Only the 2 full hours count as driving time: $150/2 = 75$.""",
    "75",
    (1, r"Speed: $150 / 2.5$"),
)

# Two cyclists start 90 km apart and ride toward each other at 14 km/h and 16 km/h. After how many hours do
# they meet?
_std(
    "speed",
    "3",
    r"""They close the gap at $14 + 16 = 30$ km/h.

    Time: $90 / 30 = 3$ hours.

    Check: in 3 h they cover $42$ km and $48$ km, and $42 + 48 = 90$.""",
    (r"3 \text{ hours}", "3", r"3\ \text{h}"),
    r"""Closing speed 30 km/h, so they meet after $90/30 = 3$ hours.

    The question is really where they meet: the first cyclist has gone $14 \times 3 = 42$ km.""",
    "42",
    r"""Relative speed $16 - 14 = 2$ km/h, so $90 / 2 = 45$ hours.""",
    "45",
    r"""Riding toward each other, the speeds add: $90/30 = 3$ hours.""",
    r"""Each covers half, 45 km, at 30 km/h: $45/30 = 1.5$ hours.""",
    "1.5",
    (1, r"Time: $90 / 30$"),
)

# A runner completes a 400 m lap in 80 seconds. What is her speed in km/h?
_std(
    "speed",
    "18",
    r"""In metres per second: $400 / 80 = 5$ m/s.

    Convert: 1 m/s $= 3.6$ km/h, so $5 \times 3.6 = 18$ km/h.

    Check another way: 5 m/s is 300 m per minute, 18000 m per hour, which is 18 km/h.""",
    (r"18 \text{ km/h}", r"18\ \mathrm{km/h}", "18"),
    r"""5 m/s times 3.6 is 18 km/h.

    Hmm, the basic speed of the runner is simply distance over time, $400/80 = 5$, and that's cleaner.""",
    "5",
    r"""$400 / 80 = 5$ per second, $\times 60 = 300$ per minute, $\times 60 = 18000$ per hour.""",
    "18000",
    r"""18000 metres per hour is 18 km per hour.""",
    r"""To convert m/s to km/h divide by 3.6: $5 / 3.6 \approx 1.39$.""",
    "1.39",
    (1, r"Convert: $5 \times 3.6$"),
)

# A price rose from $40 to $52. By what percent did it increase?
_std(
    "percent",
    r"30\%",
    r"""Increase: $52 - 40 = 12$ dollars.

    Percent increase is relative to the original: $12 / 40 = 0.30$.

    Wait, original or new? Increase is always measured from the starting value, 40. So 30%.""",
    (r"30\%", r"30 \text{ percent}", r"30\,\%"),
    r"""$12/40 = 30\%$.

    Hmm, thinking about it relative to what you pay now: $12 / 52 \approx 0.231$, so about 23.1%.""",
    r"23.1\%",
    r"""The price went up by \$12, so the increase is 12%.""",
    r"12\%",
    r"""12 is dollars, not percent: $12/40 = 30\%$.""",
    r"""Relative to the new price, $12/52 \approx 23.08\%$.""",
    r"23.08\%",
    (1, r"Percent increase: $12 / 40$"),
    extra=(
        (
            P,
            r"""The rise is $52 - 40 = 12$, and $12 / 40 = 0.3$.

    So the price went up by 0.3 percent.""",
            r"0.3\%",
        ),
    ),
)

# A class has 25 students and 40% of them are boys. How many girls are there?
_std(
    "percent",
    "15",
    r"""Boys: $0.40 \times 25 = 10$.

    Girls: $25 - 10 = 15$.

    Check: girls are 60%, and $0.6 \times 25 = 15$. Same.""",
    (r"15 \text{ girls}", "15", r"15\ \text{girls}"),
    r"""Boys $= 10$, girls $= 15$.

    Wait, reading again, the 40% refers to the group asked about, so that is $0.4 \times 25 = 10$.""",
    "10",
    r"""Boys: $0.4 \times 25 = 8$. Girls: $25 - 8 = 17$.""",
    "17",
    r"""$0.4 \times 25 = 10$, not 8, so girls $= 15$.""",
    r"""Girls are 60%: $0.6 \times 25 = 16$.""",
    "16",
)

# A town of 8,000 people grows by 5% each year. What is its population after 2 years?
_std(
    "percent",
    "8820",
    r"""After year 1: $8000 \times 1.05 = 8400$.

    After year 2: $8400 \times 1.05 = 8400 + 420 = 8820$.

    Wait, is it simple or compound growth? "Grows by 5% each year" means 5% of the current population, so
    compound. Check: $8000 \times 1.05^2 = 8000 \times 1.1025 = 8820$.""",
    (r"8{,}820", r"8820 \text{ people}", "8820"),
    r"""Compound: $8000 \times 1.1025 = 8820$.

    But 5% of the original each year is 400, so two years add 800: $8800$. I'll use the simpler reading.""",
    "8800",
    r"""One year of 5%: $8000 \times 1.05 = 8400$.""",
    "8400",
    r"""That is only one year; the second year gives $8400 \times 1.05 = 8820$.""",
    r"""The growth is 5% of 8000 both years, $400 + 400$, so $8800$.""",
    r"8{,}800",
    (1, r"After year 2: $8400 \times 1.05 ="),
    extra=(
        (
            H,
            r"""Year 1: $8000 \times 1.05 = 8400$. Year 2: $8400 \times 1.05 = 8820$.

    Populations are estimates, so round to the nearest hundred: about 8,800 people.""",
            r"8{,}800",
        ),
    ),
)

# After a 20% discount a shirt costs $36. What was the original price?
_std(
    "percent",
    "45",
    r"""The sale price is 80% of the original: $0.8x = 36$.

    $x = 36 / 0.8 = 45$.

    Check: 20% of 45 is 9, and $45 - 9 = 36$. Good. (Adding 20% to 36 would give 43.20, which is wrong.)""",
    (r"\$45", r"45 \text{ dollars}", r"\$45.00"),
    r"""$x = 36/0.8 = 45$; the discount was $0.2 \times 45 = 9$.

    The question is about how much was taken off, so \$9.""",
    r"\$9",
    r"""Add the 20% back: $36 \times 1.2 = 43.20$.""",
    r"\$43.20",
    r"""20% of \$43.20 is \$8.64, giving \$34.56, not \$36. Solving $0.8x = 36$ gives $x = 45$.""",
    r"""Simply add 20%: $36 \times 1.20 = 43.20$.""",
    r"\$43.20",
    (1, r"$x = 36 / 0.8$"),
)

# Red and blue marbles are in the ratio 3:5, and there are 48 marbles in all. How many are blue?
_std(
    "ratio",
    "30",
    r"""The ratio 3:5 has $3 + 5 = 8$ parts, so one part is $48 / 8 = 6$ marbles.

    Blue: $5 \times 6 = 30$. Red: $3 \times 6 = 18$.

    Check: $18 + 30 = 48$ and $18 : 30 = 3 : 5$. Good.""",
    (r"30 \text{ blue marbles}", "30", r"30\ \text{marbles}"),
    r"""One part is 6; blue $= 30$, red $= 18$.

    Wait, which colour is first in the ratio... "red and blue in the ratio 3:5", and the blue ones are the
    first group counted, so blue is 18.""",
    "18",
    r"""Blue is $\tfrac{5}{3}$ of the total: $\tfrac53 \times 48 = 80$.""",
    "80",
    r"""Blue is $\tfrac{5}{8}$ of the total: $\tfrac58 \times 48 = 30$.""",
    r"""Blue is 3 of the 8 parts: $3 \times 6 = 18$.""",
    "18",
    (1, r"Blue: $5 \times 6$"),
)

# A recipe uses 2 cups of flour for every 3 cups of milk. How much flour goes with 7.5 cups of milk?
_std(
    "ratio",
    "5",
    r"""Flour per cup of milk: $2/3$.

    For 7.5 cups: $7.5 \times \tfrac23 = 15/3 = 5$ cups.

    Check: $5 : 7.5 = 2 : 3$ since $5 \times 3 = 15 = 2 \times 7.5$.""",
    (r"5 \text{ cups}", "5", r"5\ \text{cups of flour}"),
    r"""$7.5 \times \tfrac23 = 5$.

    Hmm, flour is the bigger amount in baking, so maybe I inverted: $7.5 \times \tfrac32 = 11.25$ cups.""",
    "11.25",
    r"""Milk goes up by $7.5 - 3 = 4.5$ cups, so flour goes up by 4.5 too: $2 + 4.5 = 6.5$ cups.""",
    "6.5",
    r"""Ratios scale by multiplying, not adding: $7.5 / 3 = 2.5$, so flour is $2 \times 2.5 = 5$ cups.""",
    r"""Flour to milk is 3 to 2... so $7.5 \times 1.5 = 11.25$.""",
    "11.25",
    (1, r"For 7.5 cups: $7.5 \times \tfrac23$"),
)

# A car uses 6 L of fuel per 100 km. Fuel costs $1.80 per litre. How much does the fuel cost for a 350 km trip?
_std(
    "ratio",
    "37.80",
    r"""Fuel needed: $350 / 100 \times 6 = 3.5 \times 6 = 21$ L.

    Cost: $21 \times 1.80 = 37.80$.

    Wait, let me recheck $21 \times 1.8$: $20 \times 1.8 = 36$ and $1 \times 1.8 = 1.8$, total $37.80$.""",
    (r"\$37.80", r"37.80 \text{ dollars}", r"\$37.8"),
    r"""Fuel: 21 L; cost $21 \times 1.80 = 37.80$.

    Thinking about what is really asked, the amount of fuel for the trip is the key figure: 21 L.""",
    "21",
    r"""Kilometres per litre: $350 / 6 \approx 58.3$ L, costing $58.3 \times 1.8 \approx 105$.""",
    r"\$105",
    r"""6 L per 100 km means $3.5 \times 6 = 21$ L, and $21 \times 1.80 = 37.80$.""",
    r"""350 km is $3.5 \times 6$... about 20 L, so $20 \times 1.80 = 36$.""",
    r"\$36.00",
    (1, r"Cost: $21 \times 1.80$"),
)

# A printer prints 18 pages per minute. How many minutes does it take to print 405 pages?
_std(
    "ratio",
    "22.5",
    r"""Time $=$ pages / rate $= 405 / 18$.

    $18 \times 22 = 396$, leaving 9 pages, which is half a minute. So $22.5$ minutes.

    Check: $18 \times 22.5 = 396 + 9 = 405$.""",
    (r"22\tfrac{1}{2} \text{ minutes}", r"22.5\ \text{min}", r"\frac{45}{2}"),
    r"""$405 / 18 = 22.5$ minutes.

    A printer can't stop halfway through a minute, so round up to 23.""",
    "23",
    r"""$405 / 18$: $18 \times 22 = 396$, so about 22 minutes.""",
    "22",
    r"""The remaining 9 pages take half a minute: $22.5$.""",
    r"""Round up to whole minutes: 23.""",
    "23",
    (1, r"$18 \times 22 = 396$, leaving $405 - 396$"),
)

# Ann is 4 times as old as her son. In 20 years she will be twice as old as he is. How old is Ann now?
_std(
    "age",
    "40",
    r"""Let the son be $s$, Ann $4s$.

    In 20 years: $4s + 20 = 2(s + 20) = 2s + 40$, so $2s = 20$ and $s = 10$.

    Ann is $4 \times 10 = 40$. Check: in 20 years they are 60 and 30, and $60 = 2 \times 30$.""",
    (r"40 \text{ years old}", "40", r"40\ \text{years}"),
    r"""$4s + 20 = 2s + 40 \Rightarrow s = 10$, so Ann is 40.

    The unknown in the equation is $s$, so that's the answer: 10.""",
    "10",
    r"""$4s + 20 = 2s + 40$... so $2s = 60$, $s = 30$, Ann $= 120$.""",
    "120",
    r"""$40 - 20 = 20$, so $2s = 20$ and $s = 10$; Ann is 40.""",
    r"""In 20 years she'll be $40 + 20 = 60$, so 60.""",
    "60",
    (1, r"In 20 years: $4s + 20 = 2(s + 20)$, so"),
)

# Ben is 7 years older than Cara, and their ages add to 41. How old is Cara?
_std(
    "age",
    "17",
    r"""Let Cara be $c$; Ben is $c + 7$. Then $2c + 7 = 41$, so $2c = 34$ and $c = 17$.

    Ben is 24. Check: $17 + 24 = 41$ and $24 - 17 = 7$.""",
    (r"17 \text{ years old}", "17", r"17\ \text{years}"),
    r"""$c = 17$, Ben $= 24$.

    Wait, "Ben is 7 years older than Cara" — so Cara is the bigger one? Then Cara is 24.""",
    "24",
    r"""$(41 + 7) / 2 = 24$, so Cara is 24.""",
    "24",
    r"""$(41 + 7)/2$ gives the older one, Ben. Cara is $(41 - 7)/2 = 17$.""",
    r"""$41/2 - 7 = 13.5$.""",
    "13.5",
)

# Four siblings have an average age of 12. With their mother included, the average is 17. How old is the
# mother?
_std(
    "age",
    "37",
    r"""Siblings' total: $4 \times 12 = 48$.

    All five: $5 \times 17 = 85$.

    Mother: $85 - 48 = 37$. Check: $(48 + 37)/5 = 85/5 = 17$.""",
    (r"37 \text{ years old}", "37", r"37\ \text{years}"),
    r"""$85 - 48 = 37$.

    Let me recheck $5 \times 17$: $17 \times 5 = 75$. Then $75 - 48 = 27$.""",
    "27",
    r"""Siblings 48, and four people at 17 make 68... the mother adds $68 - 48 = 20$.""",
    "20",
    r"""There are five people with the mother: $5 \times 17 = 85$, so she is $85 - 48 = 37$.""",
    r"""$5 \times 17 = 75$, so $75 - 48 = 27$.""",
    "27",
    (1, r"All five: $5 \times 17$"),
)

# In 6 years Mia will be 3 times as old as she was 10 years ago. How old is Mia now?
_std(
    "age",
    "18",
    r"""Let her age be $m$. Then $m + 6 = 3(m - 10) = 3m - 30$.

    $36 = 2m$, so $m = 18$.

    Check: in 6 years 24, ten years ago 8, and $24 = 3 \times 8$.""",
    (r"18 \text{ years old}", "18", r"18\ \text{years}"),
    r"""$m = 18$; in 6 years she is 24.

    The question talks about the age in 6 years, so 24.""",
    "24",
    r"""$m + 6 = 3m - 10$, so $2m = 16$, $m = 8$.""",
    "8",
    r"""$3(m - 10) = 3m - 30$, not $3m - 10$. So $2m = 36$ and $m = 18$.""",
    r"""Ten years ago she was $18 - 10 = 8$, so 8.""",
    "8",
    (1, r"$36 = 2m$, so $m ="),
)

# A school has 14 classes of 28 students and 9 classes of 31 students. A bus seats 45. How many buses are
# needed to take everyone?
_std(
    "count",
    "15",
    r"""Students: $14 \times 28 = 392$ and $9 \times 31 = 279$, total $671$.

    Buses: $671 / 45 \approx 14.9$. Fourteen buses seat only 630, so one more is needed.

    Check: $15 \times 45 = 675 \ge 671$. So 15 buses.""",
    (r"15 \text{ buses}", "15", r"15\ \text{buses}"),
    r"""671 students; $14 \times 45 = 630$ and $15 \times 45 = 675$, so 15 buses would do it.

    But $671/45 = 14.9$, and we normally round to the nearest whole number... no, we take whole buses only, so
    14 full buses.""",
    "14",
    r"""About 29.5 students per class times 23 classes is about 678; $678 / 45 \approx 15.07$, so 16 buses.""",
    "16",
    r"""The exact total is $392 + 279 = 671$, and $671/45 \approx 14.9$, so 15 buses.""",
    r"""$671/45 = 14.9$ buses.""",
    "14.9",
    (1, r"Buses: $671 / 45$"),
    extra=(
        (
            P,
            r"""$14 \times 28 = 392$ and $9 \times 31 = 279$.

    Altogether $392 + 279 = 671$ students need a seat.""",
            r"671",
        ),
    ),
)

# The pages of a book are numbered 1 to 120. How many digits are printed in all?
_std(
    "count",
    "252",
    r"""- 1 to 9: 9 numbers, 1 digit each: 9 digits.
    - 10 to 99: 90 numbers, 2 digits each: 180 digits.
    - 100 to 120: 21 numbers, 3 digits each: 63 digits.

    Wait, 100 to 120 inclusive is $120 - 100 + 1 = 21$ numbers, yes.

    Total: $9 + 180 + 63 = 252$.""",
    (r"252 \text{ digits}", "252", r"252\ \text{digits}"),
    r"""$9 + 180 + 63 = 252$.

    Recheck the last block: from 100 to 120 is 20 numbers, so 60 digits, total $9 + 180 + 60 = 249$.""",
    "249",
    r"""1–9: 9 digits; 10–99: 89 numbers, 178 digits; 100–120: 21 numbers, 63 digits. Total 250.""",
    "250",
    r"""10 to 99 is 90 numbers, so 180 digits, and the total is $9 + 180 + 63 = 252$.""",
    r"""The page 0 also... no, but the cover numbers 121 count too: add 3, 255.""",
    "255",
    (1, r"Total: $9 + 180 + 63$"),
)

# Trees are planted every 8 m along both sides of a 200 m road, with a tree at each end. How many trees?
_std(
    "count",
    "52",
    r"""One side: $200 / 8 = 25$ gaps, so $25 + 1 = 26$ trees (trees at both ends).

    Both sides: $2 \times 26 = 52$.

    Check with a small case: a 16 m road has 2 gaps and 3 trees per side. Right.""",
    (r"52 \text{ trees}", "52", r"52\ \text{trees}"),
    r"""26 per side, 52 in all.

    Hmm, wait, the end trees are shared... no, each side has its own. But gaps equal trees, so $2 \times 25 =
    50$.""",
    "50",
    r"""$200 / 8 = 25$ trees.""",
    "25",
    r"""Add the end tree and both sides: $2 \times (25 + 1) = 52$.""",
    r"""One side is what the question means: 26 trees.""",
    "26",
    (1, r"Both sides: $2 \times 26$"),
    extra=(
        (
            P,
            r"""Each side: $200 / 8 = 25$ gaps. Both sides: 50 gaps.

    Trees are one more than gaps, so 51 trees.""",
            r"51",
        ),
    ),
)

# Jo has 3 times as many stickers as Kim; together they have 84. Jo gives Kim 12. How many does Jo have now?
_std(
    "count",
    "51",
    r"""Kim $k$, Jo $3k$: $4k = 84$, $k = 21$, Jo has 63.

    After giving 12: Jo $63 - 12 = 51$, Kim $21 + 12 = 33$.

    Check: $51 + 33 = 84$. Good.""",
    (r"51 \text{ stickers}", "51", r"51\ \text{stickers}"),
    r"""Jo 63 → 51, Kim 21 → 33.

    The question asks how many the other one has after the gift, so 33.""",
    "33",
    r"""Jo $= \tfrac34 \times 84 = 63$, and then $63 + 12 = 75$.""",
    "75",
    r"""Jo gives the stickers away, so it's $63 - 12 = 51$.""",
    r"""Before the gift, Jo had 63.""",
    "63",
)

# A 240 L tank is 3/8 full. How many more litres are needed to fill it?
_std(
    "fraction",
    "150",
    r"""Water now: $\tfrac38 \times 240 = 90$ L.

    Needed: $240 - 90 = 150$ L.

    Check: the empty part is $\tfrac58$, and $\tfrac58 \times 240 = 150$.""",
    (r"150 \text{ liters}", r"150\ \text{L}", "150"),
    r"""$\tfrac58 \times 240 = 150$.

    Hmm, actually re-reading, the amount in the tank is the thing to report: $\tfrac38 \times 240 = 90$ L.""",
    "90",
    r"""$\tfrac38 \times 240 = 80$, so $240 - 80 = 160$ L.""",
    "160",
    r"""$240 / 8 = 30$, so $\tfrac38$ is 90 and the rest is 150 L.""",
    r"""The fraction still empty is $\tfrac58$.""",
    r"\frac{5}{8}",
    (1, r"Needed: $240 - 90$"),
)

# Pat ate 2/5 of a pizza and Sam ate 1/3 of it. What fraction of the pizza is left?
_std(
    "fraction",
    r"\frac{4}{15}",
    r"""Common denominator 15: $\tfrac25 = \tfrac{6}{15}$ and $\tfrac13 = \tfrac{5}{15}$.

    Eaten: $\tfrac{6}{15} + \tfrac{5}{15} = \tfrac{11}{15}$.

    Left: $1 - \tfrac{11}{15} = \tfrac{4}{15}$. Check: $0.4 + 0.333 = 0.733$, and $1 - 0.733 = 0.267 \approx
    4/15$.""",
    (r"\frac{4}{15}", "4/15", r"\dfrac{4}{15}"),
    r"""Eaten $\tfrac{11}{15}$, so $\tfrac{4}{15}$ is left.

    Rereading: "what fraction did they eat" is the natural quantity here, so $\tfrac{11}{15}$.""",
    r"\frac{11}{15}",
    r"""$\tfrac25 + \tfrac13 = \tfrac{3}{8}$, so $1 - \tfrac38 = \tfrac58$ is left.""",
    r"\frac{5}{8}",
    r"""Fractions don't add top and bottom: $\tfrac25 + \tfrac13 = \tfrac{11}{15}$, leaving $\tfrac{4}{15}$.""",
    r"""$\tfrac13 = \tfrac{3}{15}$, so they ate $\tfrac{9}{15}$ and $\tfrac{6}{15} = \tfrac25$ is left.""",
    r"\frac{2}{5}",
    (1, r"Eaten: $\tfrac{6}{15} + \tfrac{5}{15}$"),
)

# A ribbon is 5 1/4 m long. A piece 1 2/3 m long is cut off. How much is left, in metres?
_std(
    "fraction",
    r"3\frac{7}{12}",
    r"""Improper fractions: $5\tfrac14 = \tfrac{21}{4}$ and $1\tfrac23 = \tfrac53$.

    Common denominator 12: $\tfrac{63}{12} - \tfrac{20}{12} = \tfrac{43}{12}$.

    Wait, let me double-check $21 \times 3 = 63$ and $5 \times 4 = 20$. Yes. And $\tfrac{43}{12} = 3\tfrac{7}{12}$
    since $3 \times 12 = 36$.""",
    (r"3\tfrac{7}{12}\text{ m}", r"\frac{43}{12}", r"3\frac{7}{12}"),
    r"""$\tfrac{43}{12} = 3\tfrac{7}{12}$.

    Let me redo it with whole parts: $5 - 1 = 4$, and $\tfrac14 - \tfrac23 = \tfrac{3 - 8}{12}$... I'll just
    flip it to $\tfrac{5}{12}$, giving $4\tfrac{5}{12}$.""",
    r"4\frac{5}{12}",
    r"""$\tfrac{63}{12} - \tfrac{20}{12} = \tfrac{41}{12} = 3\tfrac{5}{12}$.""",
    r"3\frac{5}{12}",
    r"""$63 - 20 = 43$, so it's $\tfrac{43}{12} = 3\tfrac{7}{12}$.""",
    r"""$63 - 22 = 41$, so $\tfrac{41}{12}$.""",
    r"\frac{41}{12}",
    (1, r"Common denominator 12: $\tfrac{63}{12} - \tfrac{20}{12}$"),
)

# In a class of 36, 1/4 walk to school, 1/3 take the bus and the rest are driven. How many are driven?
_std(
    "fraction",
    "15",
    r"""Walk: $36 / 4 = 9$. Bus: $36 / 3 = 12$.

    Driven: $36 - 9 - 12 = 15$.

    Check with fractions: $1 - \tfrac14 - \tfrac13 = \tfrac{5}{12}$, and $\tfrac{5}{12} \times 36 = 15$.""",
    (r"15 \text{ students}", "15", r"15\ \text{students}"),
    r"""Driven: $36 - 21 = 15$.

    Hmm, "the rest" might be the walkers and bus riders together... the group that isn't driven is 21. I'll
    give 21.""",
    "21",
    r"""$1 - \tfrac14 - \tfrac13 = \tfrac{1}{12}$, so $36 / 12 = 3$ students.""",
    "3",
    r"""$1 - \tfrac{3}{12} - \tfrac{4}{12} = \tfrac{5}{12}$, so $15$ students.""",
    r"""The fraction driven is $\tfrac{5}{12}$.""",
    r"\frac{5}{12}",
)

# Test scores were 78, 85, 92, 88 and x, with an average of 86. Find x.
_std(
    "average",
    "87",
    r"""The five scores total $5 \times 86 = 430$.

    The known four: $78 + 85 + 92 + 88 = 343$.

    So $x = 430 - 343 = 87$. Check: $(343 + 87)/5 = 430/5 = 86$.""",
    ("87", r"87 \text{ points}", "x = 87"),
    r"""$x = 430 - 343 = 87$.

    And the first four average $343 / 4 = 85.75$, which is the figure the question is really after.""",
    "85.75",
    r"""The four known scores average $85.75$, so x must make up the difference: $86 + 0.25 = 86.25$.""",
    "86.25",
    r"""The total must be 430, so $x = 430 - 343 = 87$.""",
    r"""$78 + 85 + 92 + 88 = 342$, so $x = 88$.""",
    "88",
    (1, r"The known four: $78 + 85 + 92 + 88 ="),
)

# A car drives 120 km at 60 km/h and returns the same way at 40 km/h. What is its average speed for the round
# trip, in km/h?
_std(
    "average",
    "48",
    r"""Time out: $120/60 = 2$ h. Time back: $120/40 = 3$ h.

    Total distance 240 km, total time 5 h, so the average speed is $240 / 5$.

    Wait, not $(60 + 40)/2 = 50$: the slow leg takes longer, so it counts more. $240/5 = 48$ km/h.""",
    (r"48 \text{ km/h}", r"48\ \text{km/h}", "48"),
    r"""Distance 240, time 5, average 48.

    Hmm, but an average of two speeds is just their mean: $(60 + 40)/2 = 50$.""",
    "50",
    r"""Time $2 + 3 = 5$ hours for 120 km: $120/5 = 24$ km/h.""",
    "24",
    r"""The round trip is 240 km, so $240/5 = 48$ km/h.""",
    r"""The mean of the two speeds is $(60+40)/2 = 50$.""",
    "50",
    (1, r"Total distance 240 km, total time 5 h, so the average speed is $240 / 5$"),
)

# The mean of 5 numbers is 20. One number is removed and the mean of the rest is 18. What number was removed?
_std(
    "average",
    "28",
    r"""Sum of all five: $5 \times 20 = 100$.

    Sum of the remaining four: $4 \times 18 = 72$.

    Removed: $100 - 72 = 28$. Check: $(72 + 28)/5 = 20$.""",
    ("28", "28.0", r"\text{the number } 28"),
    r"""$100 - 72 = 28$.

    Let me recheck $4 \times 18$: $4 \times 18 = 76$? Then $100 - 76 = 24$.""",
    "24",
    r"""The mean dropped by $20 - 18 = 2$, so the removed number is 2.""",
    "2",
    r"""Use sums, not means: $100 - 4 \times 18 = 100 - 72 = 28$.""",
    r"""The four remaining numbers total $4 \times 18 = 72$.""",
    "72",
)

# Rainfall on Monday to Friday was 12, 0, 7.5, 3 and 5.5 mm. What was the mean daily rainfall, in mm?
_std(
    "average",
    "5.6",
    r"""Sum: $12 + 0 + 7.5 + 3 + 5.5 = 28$ mm.

    Five days (the dry Tuesday still counts as a day): $28 / 5 = 5.6$.

    Check: $5.6 \times 5 = 28$.""",
    (r"5.6 \text{ mm}", r"5.6\ \text{mm}", r"\frac{28}{5}"),
    r"""$28 / 5 = 5.6$ mm.

    Hmm, a day with no rain shouldn't count in a rainfall average, so divide by 4: $28/4 = 7$ mm.""",
    "7",
    r"""Sum: $12 + 7.5 + 3 + 5.5 = 27$, so $27 / 5 = 5.4$.""",
    "5.4",
    r"""$12 + 7.5 = 19.5$, $+ 3 = 22.5$, $+ 5.5 = 28$; so $28/5 = 5.6$ mm.""",
    r"""Leave out the dry day: $28/4 = 7$.""",
    "7",
    (1, r"Five days: $28 / 5$"),
    extra=(
        (
            H,
            r"""Total $12 + 0 + 7.5 + 3 + 5.5 = 28$ mm over 5 days, so $28/5 = 5.6$.

    To the nearest millimetre, that is about 6 mm a day.""",
            r"6",
        ),
    ),
)

# Emma has $40 and saves $15 a week. How many weeks until she can buy a $235 bike?
_std(
    "money",
    "13",
    r"""She still needs $235 - 40 = 195$ dollars.

    Weeks: $195 / 15 = 13$ exactly.

    Check: after 13 weeks she has $40 + 13 \times 15 = 40 + 195 = 235$. Exactly enough.""",
    (r"13 \text{ weeks}", "13", r"13\ \text{weeks}"),
    r"""$195 / 15 = 13$ weeks, after which she has exactly \$235.

    She buys it the week after she has the money, so week 14.""",
    "14",
    r"""$235 / 15 \approx 15.7$, so 16 weeks.""",
    "16",
    r"""She already has \$40, so only \$195 is needed: $195/15 = 13$ weeks.""",
    r"""She needs one more week to actually go to the shop: 14.""",
    "14",
    (1, r"Weeks: $195 / 15$"),
)

# A car park charges $3 for the first hour and $1.50 for each additional half hour or part of one. How much for
# parking from 10:10 AM to 1:25 PM?
_std(
    "money",
    "10.50",
    r"""Duration: 10:10 AM to 1:10 PM is 3 hours, plus 15 minutes: 3 h 15 min.

    After the first hour: 2 h 15 min = 4 full half hours and a 15-minute part, so 5 charged half hours.

    Cost: $3 + 5 \times 1.50 = 3 + 7.50 = 10.50$.

    Wait, "or part of one" means the 15 minutes is charged as a whole half hour, so 5 is right.""",
    (r"\$10.50", r"10.50 \text{ dollars}", r"\$10.5"),
    r"""5 charged half hours: $3 + 7.50 = 10.50$.

    Hmm, the last 15 minutes is less than a half hour, so only 4 half hours: $3 + 6 = 9$.""",
    r"\$9.00",
    r"""10:10 to 1:25 is 2 h 15 min (from 10 to 1 is... 2 hours). After the first hour: 1 h 15 min = 3 half
    hours, so $3 + 4.50 = 7.50$.""",
    r"\$7.50",
    r"""10 to 1 is 3 hours, so 3 h 15 min; 5 half hours after the first hour: $3 + 7.50 = 10.50$.""",
    r"""Charge the part pro rata: 4.5 half hours, $3 + 4.5 \times 1.50 = 9.75$.""",
    r"\$9.75",
    (2, r"Cost: $3 + 5 \times 1.50$"),
)

# A shop sells 3 pens for $2.25. At the same rate, how much do 10 pens cost?
_std(
    "money",
    "7.50",
    r"""Unit price: $2.25 / 3 = 0.75$ dollars per pen.

    Ten pens: $10 \times 0.75 = 7.50$.

    Check: 9 pens are 3 packs, $6.75$, plus one pen $0.75$, total $7.50$.""",
    (r"\$7.50", r"7.5 \text{ dollars}", r"\$7.5"),
    r"""$0.75 \times 10 = 7.50$.

    Let me recheck the unit price: $2.25 / 3$... $3 \times 0.7 = 2.1$, so about $0.70$, and 10 pens cost
    $7.00$.""",
    r"\$7.00",
    r"""$10 / 3 \approx 3$ packs, $3 \times 2.25 = 6.75$.""",
    r"\$6.75",
    r"""10 pens is $3\tfrac13$ packs, not 3: $0.75 \times 10 = 7.50$.""",
    r"""Ten times the price: $10 \times 2.25 = 22.50$.""",
    r"\$22.50",
    (1, r"Ten pens: $10 \times 0.75$"),
)


assert len(FORTYFIRST) == 423
assert _TALLY["problems"] == 53 and len(_CATEGORIES) == 13
assert _TALLY[C] == 212 and _TALLY[T] == 41
assert _TALLY[H] == 111 and _TALLY[P] == 59
assert sum(1 for row in FORTYFIRST if row[3] == W) == 170
assert len(set(FORTYFIRST)) == len(FORTYFIRST)
