"""THIRTYEIGHTH: a held-out batch of labelled answer-verification pairs on textbook word problems (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch38) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify or any other grader on any pair. Every pair was labelled by
hand (python used by hand only to check arithmetic); pairs a reasonable grader could label either way were left
out. Committed before any grading run, so its first run is an out-of-sample number.

Theme: school and textbook word problems in the style of GSM8K, MathQA, SVAMP and textbook exercises: money
(change, discounts, wages, simple interest, unit prices), clock times and durations, areas, volumes and
capacities with units, percents and percent changes, ratios and rates (work, speed, scale maps), ages, counts of
objects (fence posts, inclusion-exclusion, tickets), fractions of a quantity and mixed numbers, averages, and unit
conversions where the question fixes the unit. The question is not part of the row; the comment above each
problem states it.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a long chain of thought (steps with intermediate numbers, a tempting wrong turn, "Wait, let me recheck",
a check) and ends in one of many styles: an inline box sentence, **Final Answer** with a display box, "The answer
is ...", a homework-help bold **Answer:** line, Minerva "Final Answer: The final answer is $x$. I hope it is
correct.", GSM8K `#### x`, MetaMath "The answer is: x", a "### Final Answer" heading, DeepSeek-R1
`<think>`...`</think>` then a summary and a box, a box followed by a closing remark, a closing prose sentence,
Chinese and Spanish closes, and an earlier box overruled by a later final answer (the last stated answer wins).
Correct rows vary the form of the gold: `\\$10.50`, `10.50`, `10.5`, `10.50 dollars`, `\\$54.00` for `\\$54`;
units in `\\text{}`, `\\mathrm{}`, words or `m²`/`cm³`; `2 h 35 min` for `2 hours 35 minutes`; `9{:}15 \\text{ PM}`
and `9:15 p.m.`; mixed numbers, improper fractions and decimals (`6\\tfrac14`, `\\frac{25}{4}`, `6.25 cups`); counts
with and without their nouns; digit separators; and a wrong earlier box fixed by a recheck.
Negatives lean on precision: about two thirds are hard, with the gold in the text (an intermediate, a rejected
candidate, or an earlier right box later overruled) while the final answer differs: an intermediate quantity
(the discount instead of the price, the other share of a ratio, the total instead of the part), an off-by-one
count (fence posts, cuts against pieces, birth-year counting), a value in another unit than asked (hours for
minutes, kilograms for grams, meters for kilometers), a rounding or extra-assumption change (tax, waste, packs,
free texts), naive averaging of speeds or percents, AM for PM, and plain arithmetic slips.
Rows are added per problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`.
51 problems in 11 categories; 396 rows: 204 correct, 154 incorrect, 38 truncated. Of the 154 negatives, 103 are
hard and 51 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYEIGHTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYEIGHTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A closing sentence with an inline box."""
    return _t(r) + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """A **Final Answer** line, then a display box."""
    return _t(r) + "\n\n**Final Answer**\n\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """A plain `The answer is ...` sentence."""
    return _t(r) + "\n\nThe answer is " + a + "."


def _bold(r: str, a: str) -> str:
    """Homework-help chat: a bold **Answer:** line."""
    return _t(r) + "\n\n**Answer:** " + a


def _mnv(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $a$. I hope it is correct.`"""
    return _t(r) + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return _t(r) + "\n#### " + a


def _meta(r: str, a: str) -> str:
    """MetaMath: `The answer is: answer` as the last line."""
    return _t(r) + "\n\nThe answer is: " + a


def _head(r: str, a: str) -> str:
    """A `### Final Answer` heading, a boxed answer below it."""
    return _t(r) + "\n\n### Final Answer\n\n$\\boxed{" + a + "}$"


def _r1(r: str, a: str, summary: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return "<think>\n" + _t(r) + "\n</think>\n\n" + _t(summary) + "\n\n**Final Answer**\n\\[\\boxed{" + a + "}\\]"


def _rem(r: str, a: str) -> str:
    """A box followed by a closing remark."""
    return (
        _t(r)
        + "\n\nSo the final answer is $\\boxed{"
        + a
        + "}$.\n\nLet me know if you'd like me to walk through any of the steps again!"
    )


def _prose(r: str, sentence: str) -> str:
    """A closing prose sentence that states the answer."""
    return _t(r) + "\n\n" + _t(sentence)


def _zh(r: str, a: str) -> str:
    """A Chinese close with a box."""
    return _t(r) + "\n\n检查一遍，计算无误。所以答案是 $\\boxed{" + a + "}$。"


def _es(r: str, a: str) -> str:
    """A Spanish close with a bold answer."""
    return _t(r) + "\n\nPor lo tanto, la respuesta es **" + a + "**."


def _two(r: str, first: str, recheck: str, final: str) -> str:
    """An earlier box, a recheck, then a later final answer that overrules it (the last one wins)."""
    return (
        _t(r)
        + "\n\nSo the answer is $\\boxed{"
        + first
        + "}$.\n\nWait, let me recheck this before I commit. "
        + _t(recheck)
        + "\n\nSo the final answer is $\\boxed{"
        + final
        + "}$."
    )


def _half(r: str, n: int, tail: str) -> str:
    """The first n paragraphs of a reasoning, then a tail that stops mid-computation."""
    paras = _t(r).split("\n\n")
    return "\n\n".join(paras[:n] + [_t(tail)])


# --- money -----------------------------------------------------------------------------------------------------

# Maya buys 3 notebooks at $2.75 each and one pen for $1.25, and pays with a $20 bill. How much change does she get?
_M1_G = r"""Let me list what Maya buys. Three notebooks at \$2.75 each: $3 \times 2.75 = 8.25$, so \$8.25 for the
notebooks. Then one pen at \$1.25.

Total cost: $8.25 + 1.25 = 9.50$. Hmm, at first I wrote $8.25 + 1.25 = 9.25$, but $0.25 + 0.25 = 0.50$, so the
total is \$9.50. Wait, let me recheck the notebooks too: $2.75 + 2.75 = 5.50$, plus $2.75$ is $8.25$. Good.

She pays with a \$20 bill, so the change is $20 - 9.50 = 10.50$.

Check: $9.50 + 10.50 = 20.00$. That matches the bill."""
_M1_B = r"""Three notebooks cost $3 \times 2.75 = 8.25$ dollars and the pen is \$1.25, so the total is \$9.50 and the
change from \$20 would be \$10.50.

Hmm, but wait. Re-reading, I think the pen is a separate purchase she pays in coins, and the \$20 bill only
covers the notebooks. Then the change from the bill is $20 - 8.25 = 11.75$.

Check: $8.25 + 11.75 = 20$. OK."""
_M1_E = r"""Notebooks: $3 \times 2.75$. Let me do $3 \times 2 = 6$ and $3 \times 0.75 = 1.25$, so $7.25$. Plus the pen,
$7.25 + 1.25 = 8.50$.

Change: $20 - 8.50 = 11.50$. Adding back, $8.50 + 11.50 = 20$, so that is consistent."""
_add(
    "money",
    r"\$10.50",
    [
        (C, _box(_M1_G, r"\$10.50")),
        (C, _bold(_M1_G, "Maya gets **\\$10.50** in change.")),
        (C, _gsm(_M1_G, "10.50")),
        (C, _meta(_M1_G, "10.5")),
        (H, _box(_M1_B, r"\$11.75")),
        (
            H,
            _two(
                _M1_G,
                r"\$10.50",
                r"""The \$20 bill is for the notebooks; the pen is paid with coins, so the
        change is $20 - 8.25 = 11.75$.""",
                r"\$11.75",
            ),
        ),
        (P, _gsm(_M1_E, "11.50")),
        (T, _half(_M1_G, 1, r"Total cost: $8.25 + 1.25 =")),
    ],
)

# A jacket costs $80. It is marked down 25%, and then a further 10% is taken off the sale price. What is the final
# price of the jacket?
_M2_G = r"""First markdown: 25% of \$80 is $0.25 \times 80 = 20$, so the sale price is $80 - 20 = 60$ dollars.

The tempting shortcut is "25% + 10% = 35% off", which would give $80 \times 0.65 = 52$. But that's wrong: the
second 10% is taken off the *sale* price, not the original.

Second markdown: 10% of \$60 is \$6, so the final price is $60 - 6 = 54$.

Check with multipliers: $80 \times 0.75 \times 0.90 = 80 \times 0.675 = 54$. Yes, \$54."""
_M2_B = r"""25% off \$80 leaves $80 \times 0.75 = 60$. Then 10% off that: $60 \times 0.9 = 54$.

Hmm, wait, actually I think "a further 10%" means another 10% of the original price, so the total discount is
$25\% + 10\% = 35\%$ of \$80, which is \$28. Then the price is $80 - 28 = 52$. I'll go with the stacked
discount on the original."""
_M2_E = r"""Total discount: 25% and 10%. Discount amounts: $0.25 \times 80 = 20$ and $0.10 \times 80 = 8$. So she saves
$20 + 8 = 28$ dollars. Hmm, so the question asks the final price... I'll report the savings: the discount
comes to \$28."""
_add(
    "money",
    r"\$54",
    [
        (C, _fa(_M2_G, r"\$54")),
        (C, _mnv(_M2_G, r"\$54.00")),
        (C, _es(_M2_G, "\\$54")),
        (C, _prose(_M2_G, "So after both markdowns the jacket costs 54 dollars.")),
        (H, _fa(_M2_B, r"\$52")),
        (H, _bold(_M2_B, "\\$52")),
        (P, _is(_M2_E, r"\$28")),
    ],
)

# Tom earns $14.50 an hour. Last week he worked 38 hours. How much did he earn last week?
_M3_G = r"""We need $14.50 \times 38$.

Split it up: $14 \times 38 = 532$ and $0.50 \times 38 = 19$. So the total is $532 + 19 = 551$.

Wait, let me recheck $14 \times 38$: $10 \times 38 = 380$, $4 \times 38 = 152$, and $380 + 152 = 532$. Good.

Another way: $14.50 \times 40 = 580$, minus $14.50 \times 2 = 29$, gives $580 - 29 = 551$. Both ways agree."""
_M3_B = r"""We need $14.50 \times 38$. $14 \times 38 = 532$ and $0.5 \times 38 = 19$, for \$551.

Hmm, but then again, maybe I should account for overtime past 40 hours? He worked 38, so no overtime. But
wait, I also need to subtract a half-hour unpaid break each day for 5 days, that's 2.5 hours, so he's paid
for 35.5 hours: $14.50 \times 35.5 = 514.75$."""
_M3_E = r"""$14.50 \times 38$: $14 \times 38 = 522$, and $0.5 \times 38 = 19$, so $522 + 19 = 541$."""
_add(
    "money",
    r"\$551",
    [
        (C, _gsm(_M3_G, "551")),
        (C, _box(_M3_G, r"\$551")),
        (C, _head(_M3_G, r"551 \text{ dollars}")),
        (C, _r1(_M3_G, r"\$551", "Tom earned $14.50 \\times 38 = 551$ dollars.")),
        (H, _gsm(_M3_B, "514.75")),
        (
            H,
            _two(
                _M3_G,
                "551",
                r"""Hmm, $0.5 \times 38$ — half of 38 is 19, fine, but $14 \times 38$: $14 \times 40 =
        560$, minus $28$ is $532$... and then I think I double counted, $532 + 19 = 541$.""",
                "541",
            ),
        ),
        (P, _mnv(_M3_E, r"\$541")),
        (T, _half(_M3_G, 1, r"Split it up: $14 \times 38 = 532$ and $0.50 \times 38 = 19$. So the total is $532 +")),
    ],
)

# Lena has $45. She spends 2/5 of it on a book and then $7.25 on lunch. How much money does she have left?
_M4_G = r"""Two fifths of \$45: $45 \div 5 = 9$, times 2 is 18. So the book costs \$18.

After the book she has $45 - 18 = 27$ dollars.

Then lunch: $27 - 7.25 = 19.75$.

Wait, is the lunch "2/5 of what's left"? No, lunch is a fixed \$7.25. Let me double check the subtraction:
$19.75 + 7.25 = 27$. Yes, and $27 + 18 = 45$. She has \$19.75 left."""
_M4_B = r"""Book: $\frac{2}{5} \times 45 = 18$. Left after book: \$27. Lunch \$7.25, so she'd have \$19.75.

Hmm, but the question might want how much she spent in total? "How much money does she have left" — no wait,
I'll compute total spending to be safe: $18 + 7.25 = 25.25$. I think the answer they want is what she spent,
\$25.25."""
_M4_E = (
    r"""$\frac{2}{5}$ of 45 is $45 \times 0.4 = 18$. Then $45 - 18 - 7.25$: $45 - 18 = 27$, and $27 - 7.25 = 20.75$."""
)
_add(
    "money",
    r"\$19.75",
    [
        (C, _bold(_M4_G, "\\$19.75")),
        (C, _zh(_M4_G, r"19.75")),
        (C, _meta(_M4_G, "19.75")),
        (C, _rem(_M4_G, r"\$19.75")),
        (H, _bold(_M4_B, "\\$25.25")),
        (H, _box(_M4_B, r"\$25.25")),
        (P, _box(_M4_E, r"\$20.75")),
        (T, _half(_M4_G, 2, r"Then lunch: $27 - 7.25$. Borrowing, $27.00 - 7.25$ gives")),
    ],
)

# Apples cost $1.20 per pound. Raj buys 3.5 pounds of apples and 2 pounds of grapes at $2.40 per pound. What is his
# total bill?
_M5_G = r"""Apples: $3.5 \times 1.20$. $3 \times 1.20 = 3.60$, $0.5 \times 1.20 = 0.60$, so \$4.20.

Grapes: $2 \times 2.40 = 4.80$.

Total: $4.20 + 4.80 = 9.00$. Hmm, that's a suspiciously round number. Let me recheck: $4.20 + 4.80$, cents
$20 + 80 = 100$, so that's one dollar carried, $4 + 4 + 1 = 9$. Yes, \$9.00 exactly."""
_M5_B = r"""Apples: $3.5 \times 1.20 = 4.20$. Grapes: $2 \times 2.40 = 4.80$. Sum \$9.00.

Hmm wait, sales tax — most stores charge it. With 8% tax: $9.00 \times 1.08 = 9.72$. I'll include tax to get
the total bill."""
_M5_E = r"""Apples: $3.5 \times 1.20 = 4.02$. Grapes: $2 \times 2.40 = 4.80$. Total $4.02 + 4.80 = 8.82$."""
_add(
    "money",
    r"\$9.00",
    [
        (C, _is(_M5_G, r"\$9.00")),
        (C, _fa(_M5_G, r"\$9")),
        (C, _gsm(_M5_G, "9")),
        (C, _bold(_M5_G, "9 dollars")),
        (H, _is(_M5_B, r"\$9.72")),
        (
            H,
            _two(
                _M5_G,
                r"\$9.00",
                r"""Oh, the grapes: 2 pounds at \$2.40, but maybe I misread and it was 2.5
        pounds? No, it says 2 pounds. Hmm, but the apples are 3.5 pounds at \$1.20: $3.5 \times 1.2 = 4.2$... I'll
        also add the \$0.60 bag fee I remember from the store: $9.00 + 0.60 = 9.60$.""",
                r"\$9.60",
            ),
        ),
        (P, _mnv(_M5_E, r"\$8.82")),
    ],
)

# A school sells 230 tickets to a play: adult tickets at $8 and student tickets at $5. It collects $1,465. How many
# adult tickets were sold?
_M6_G = r"""Let $a$ be adult tickets and $s$ student tickets. Then $a + s = 230$ and $8a + 5s = 1465$.

If all 230 were student tickets, that would be $230 \times 5 = 1150$ dollars. The extra $1465 - 1150 = 315$
comes from adults, each adding \$3 more than a student ticket. So $a = 315 / 3 = 105$.

Then $s = 230 - 105 = 125$.

Wait, let me verify: $8 \times 105 = 840$, $5 \times 125 = 625$, $840 + 625 = 1465$. Yes."""
_M6_B = r"""With $a + s = 230$ and $8a + 5s = 1465$: all-student revenue is \$1150, extra \$315, divided by \$3 gives
105. So 105 is... hmm, the number of tickets that were "upgraded" from student price, i.e., adult tickets are
105 and student tickets are $230 - 105 = 125$. The question asks for the student tickets, I believe — let me
reread. I'll answer with 125."""
_M6_E = r"""$a + s = 230$, $8a + 5s = 1465$. Multiply the first by 8: $8a + 8s = 1840$. Subtract:
$3s = 1840 - 1465 = 375$, so $s = 125$... wait, no, I'll just divide the total by the average price:
$1465 / 6.5 \approx 225.4$. Hmm, that doesn't help. Let me solve directly: $3s = 375$ gives $s = 125$, so
$a = 230 - 125 = 115$."""
_add(
    "count",
    "105",
    [
        (C, _box(_M6_G, "105")),
        (C, _meta(_M6_G, "105")),
        (C, _bold(_M6_G, "**105 adult tickets**")),
        (C, _es(_M6_G, "105 boletos de adulto")),
        (H, _box(_M6_B, "125")),
        (H, _gsm(_M6_B, "125")),
        (P, _is(_M6_E, "115 adult tickets")),
        (
            T,
            _half(
                _M6_G, 1, r"If all 230 were student tickets, that would be $230 \times 5 = 1150$ dollars. The extra is"
            ),
        ),
    ],
)


# --- time and durations -----------------------------------------------------------------------------------------

# A train leaves at 9:40 AM and arrives at 12:15 PM. How long is the trip? (Give hours and minutes.)
_T1_G = r"""From 9:40 AM to 12:15 PM.

From 9:40 to 10:00 is 20 minutes. From 10:00 to 12:00 is 2 hours. From 12:00 to 12:15 is 15 minutes.

Total: 2 hours and $20 + 15 = 35$ minutes. Hmm, at first I did $12:15 - 9:40$ as "3 hours minus 25 minutes",
which gives 2 hours 35 minutes too: $3\text{ h} - 25\text{ min} = 2\text{ h }35\text{ min}$. Good, both agree.

In minutes that is 155, but the question wants hours and minutes."""
_T1_B = r"""9:40 to 12:15. Subtract the hours: $12 - 9 = 3$. Minutes: $15 - 40 = -25$. So 3 hours minus 25 minutes,
that's 2 hours 35 minutes.

Hmm, wait, actually I shouldn't borrow: $15 - 40$... if I treat it as 40 - 15 = 25 minutes, then it's 3 hours
25 minutes. Let me go with that: 3 hours 25 minutes."""
_T1_E = r"""From 9:40 to 12:15. I'll use decimal hours: $12.15 - 9.40 = 2.75$ hours, which is 2 hours 45 minutes."""
_add(
    "time",
    "2 hours 35 minutes",
    [
        (C, _box(_T1_G, r"2 \text{ hours } 35 \text{ minutes}")),
        (C, _bold(_T1_G, "The trip takes **2 hours 35 minutes**.")),
        (C, _is(_T1_G, "2 h 35 min")),
        (C, _r1(_T1_G, r"2\text{ h }35\text{ min}", "The trip runs from 9:40 AM to 12:15 PM.")),
        (H, _bold(_T1_B, "3 hours 25 minutes")),
        (
            H,
            _two(
                _T1_G,
                r"2 \text{ hours } 35 \text{ minutes}",
                r"""From 9:40 to 12:40 is 3 hours, and 12:15 is 15
        minutes before that... so 3 hours minus 15 minutes, which is 2 hours 45 minutes.""",
                r"2 \text{ hours } 45 \text{ minutes}",
            ),
        ),
        (P, _is(_T1_E, "2 hours 45 minutes")),
        (T, _half(_T1_G, 2, r"Total: 2 hours and")),
    ],
)

# A movie that is 1 hour 50 minutes long starts at 7:25 PM. At what time does it end?
_T2_G = r"""Start: 7:25 PM. Add 1 hour: 8:25 PM. Add 50 more minutes: $25 + 50 = 75$ minutes past 8, which is 1 hour
15 minutes, so 9:15 PM.

Wait, let me recheck: 8:25 plus 35 minutes is 9:00, and $50 - 35 = 15$ more minutes gives 9:15. Yes.

Alternatively, 1 h 50 min is 2 hours minus 10 minutes: 7:25 + 2 h = 9:25, minus 10 min = 9:15 PM."""
_T2_B = r"""7:25 PM plus 1 h 50 min. Add the hour: 8:25. Add 50 minutes: 8:75, which is 9:15 PM.

Hmm, but movies usually have about 15 minutes of trailers first... the question says the movie starts at
7:25, so maybe the showing starts then. I'll add 15 minutes of previews: 9:30 PM."""
_T2_E = r"""7:25 + 1:50. Hours $7 + 1 = 8$, minutes $25 + 50 = 75$. 75 minutes is 1 hour 25 minutes... so
$8 + 1 = 9$ and 25 minutes: 9:25 PM."""
_add(
    "time",
    "9:15 PM",
    [
        (C, _fa(_T2_G, r"9{:}15 \text{ PM}")),
        (C, _gsm(_T2_G, "9:15 PM")),
        (C, _bold(_T2_G, "The movie ends at **9:15 p.m.**")),
        (C, _prose(_T2_G, "So the movie ends at a quarter past nine in the evening, 9:15 PM.")),
        (H, _fa(_T2_B, r"9{:}30 \text{ PM}")),
        (H, _meta(_T2_B, "9:30 PM")),
        (P, _bold(_T2_E, "9:25 PM")),
        (T, _half(_T2_G, 0, r"Start: 7:25 PM. Add 1 hour: 8:25 PM. Add 50 more minutes: $25 + 50 =")),
    ],
)

# Priya reads 18 pages every 25 minutes. How many minutes will it take her to read a 162-page book?
_T3_G = r"""Her rate is 18 pages per 25 minutes.

Number of 18-page chunks in 162 pages: $162 / 18 = 9$. Each chunk takes 25 minutes, so $9 \times 25 = 225$
minutes.

Hmm, let me double check $162/18$: $18 \times 9 = 162$. Yes. And $9 \times 25 = 225$.

That's 3 hours 45 minutes, but the question asks for minutes: 225 minutes."""
_T3_B = r"""Chunks: $162/18 = 9$, and $9 \times 25 = 225$ minutes. Converting, $225 / 60 = 3.75$.

So it takes her 3.75 — I'll give that as the answer in hours since that's more natural for a book."""
_T3_E = r"""Pages per minute: $18/25 = 0.72$. Time: $162 / 0.72$. $0.72 \times 200 = 144$, and $18/0.72 = 25$, so
$200 + 25 = 225$... hmm, let me just redo: $162/0.72 = 215$ roughly. I'll say 215 minutes."""
_add(
    "time",
    "225",
    [
        (C, _box(_T3_G, "225")),
        (C, _box(_T3_G, r"225 \text{ minutes}")),
        (C, _zh(_T3_G, r"225 \text{ 分钟}")),
        (C, _meta(_T3_G, "225")),
        (H, _is(_T3_B, "3.75")),
        (H, _gsm(_T3_B, "3.75")),
        (P, _gsm(_T3_E, "215")),
        (T, _half(_T3_G, 1, r"Number of 18-page chunks in 162 pages: $162 / 18 =")),
    ],
)

# A runner finishes a 10 km race in 52 minutes 30 seconds. What is her average pace in minutes per kilometer?
_T4_G = r"""Total time: 52 minutes 30 seconds = 52.5 minutes.

Pace = time / distance = $52.5 / 10 = 5.25$ minutes per kilometer.

Hmm, one might be tempted to write that as "5:25 per km", but 0.25 minutes is 15 seconds, so it's 5 minutes
15 seconds per km, i.e. 5.25 min/km. Let me recheck: $5.25 \times 10 = 52.5$ minutes = 52 min 30 s. Yes."""
_T4_B = r"""Time: 52 min 30 s = 52.5 min. Pace $52.5/10 = 5.25$ min/km.

Hmm, actually, writing it the way runners do, 5.25 means 5 minutes and 25 seconds, so the pace is 5.25... let me
convert to decimal minutes: $5 + 25/60 = 5.4167$. So about 5.42 min/km."""
_T4_E = r"""52 minutes 30 seconds, so 52.3 minutes. Divided by 10: 5.23 minutes per km."""
_add(
    "rate",
    "5.25",
    [
        (C, _fa(_T4_G, r"5.25 \text{ min/km}")),
        (C, _is(_T4_G, "5.25 minutes per kilometer")),
        (C, _bold(_T4_G, "5.25 min per km (that is, 5 min 15 s per km)")),
        (C, _mnv(_T4_G, r"5\tfrac{1}{4}")),
        (H, _fa(_T4_B, r"5.42 \text{ min/km}")),
        (
            H,
            _two(
                _T4_G,
                "5.25",
                r"""52.5 minutes over 10 km... but she also has to cover the 0.2 km from the
        start corral, so 10.2 km: $52.5/10.2 \approx 5.15$.""",
                "5.15",
            ),
        ),
        (P, _box(_T4_E, "5.23")),
    ],
)

# A baker starts a batch of bread at 10:50 AM. Mixing takes 25 minutes, rising takes 1 hour 40 minutes, and baking
# takes 35 minutes. At what time is the bread done?
_T5_G = r"""Total time: $25 + 100 + 35$ minutes, since 1 hour 40 minutes is 100 minutes. That's $160$ minutes, or 2
hours 40 minutes.

Start at 10:50 AM. Add 2 hours: 12:50 PM. Add 40 minutes: 1:30 PM.

Wait, let me recheck step by step: 10:50 + 25 min = 11:15. Plus 1 h 40 min = 12:55. Plus 35 min = 1:30 PM.
Yes, both give 1:30 PM."""
_T5_B = r"""Total: $25 + 100 + 35 = 160$ minutes = 2 h 40 min. 10:50 + 2:40 = 1:30 PM.

Hmm, although the rising time might overlap... no. But wait, 10:50 AM plus 2 hours is 12:50, and since
12:50 is noon-ish, adding 40 min gives 13:30, which on a 12-hour clock is 1:30 AM? No wait... I'll write it as
1:30 AM."""
_T5_E = r"""Total: $25 + 140 + 35 = 200$ minutes (1 h 40 min = 140 min). 200 minutes is 3 h 20 min. 10:50 +
3:20 = 2:10 PM."""
_add(
    "time",
    "1:30 PM",
    [
        (C, _head(_T5_G, r"1{:}30\ \text{PM}")),
        (C, _gsm(_T5_G, "1:30 PM")),
        (C, _es(_T5_G, "1:30 p. m.")),
        (
            C,
            _two(
                _T5_E,
                r"2{:}10 \text{ PM}",
                r"""1 hour 40 minutes is $60 + 40 = 100$ minutes, not 140. So the
        total is $25 + 100 + 35 = 160$ minutes = 2 h 40 min, and 10:50 AM + 2 h 40 min = 1:30 PM.""",
                r"1{:}30 \text{ PM}",
            ),
        ),
        (H, _head(_T5_B, r"1{:}30\ \text{AM}")),
        (H, _bold(_T5_B, "1:30 AM")),
        (P, _is(_T5_E, "2:10 PM")),
        (T, _half(_T5_G, 1, r"Start at 10:50 AM. Add 2 hours: 12:50 PM. Add 40 minutes:")),
    ],
)


# --- units ------------------------------------------------------------------------------------------------------

# A rectangular garden is 12 m long and 7.5 m wide. What is its area in square meters?
_U1_G = r"""Area of a rectangle is length times width: $12 \times 7.5$.

$12 \times 7 = 84$ and $12 \times 0.5 = 6$, so $84 + 6 = 90$.

Hmm, I first thought about the perimeter, $2(12 + 7.5) = 39$ m, but the question asks for area. Let me recheck
the area: $7.5 \times 12 = 7.5 \times 10 + 7.5 \times 2 = 75 + 15 = 90$. So 90 square meters."""
_U1_B = r"""Area $= 12 \times 7.5 = 90$ square meters.

Hmm, wait, the question is about fencing the garden? "What is its area" — OK but the follow-up in these
exercises is usually the fence. Let me compute the perimeter: $2(12 + 7.5) = 39$. I'll give 39."""
_U1_E = (
    r"""$12 \times 7.5$: $12 \times 7 = 84$, plus $12 \times 0.5 = 6$... I'll add $0.5$: $84.5$. Hmm, so about 84.5."""
)
_add(
    "units",
    r"90 \text{ m}^2",
    [
        (C, _box(_U1_G, r"90 \text{ m}^2")),
        (C, _is(_U1_G, "90 square meters")),
        (C, _bold(_U1_G, "90 m²")),
        (C, _gsm(_U1_G, "90")),
        (H, _box(_U1_B, r"39 \text{ m}")),
        (
            H,
            _two(
                _U1_G,
                r"90 \text{ m}^2",
                r"""Let me compute it as $12 \times 7.5 = 12 \times 8 - 12 \times 0.5 = 96 -
        0.6 = 95.4$.""",
                r"95.4 \text{ m}^2",
            ),
        ),
        (P, _bold(_U1_E, "84.5 m²")),
        (T, _half(_U1_G, 1, r"$12 \times 7 = 84$ and $12 \times 0.5 =")),
    ],
)

# A box is 20 cm long, 15 cm wide and 8 cm tall. What is its volume in cubic centimeters?
_U2_G = r"""Volume $= l \times w \times h = 20 \times 15 \times 8$.

$20 \times 15 = 300$. Then $300 \times 8 = 2400$.

Wait, let me check with a different order: $15 \times 8 = 120$, $120 \times 20 = 2400$. Same. So $2400$ cm³.
(The surface area would be $2(300 + 120 + 160) = 1160$ cm², but that's not asked.)"""
_U2_B = r"""Volume: $20 \times 15 \times 8 = 2400$ cm³.

Hmm, the question might be about cardboard needed — let me re-read... I'll give the surface area
$2(20\cdot15 + 15\cdot8 + 20\cdot8) = 2(300 + 120 + 160) = 1160$ since that's the "size" of the box."""
_U2_E = r"""$20 \times 15 = 300$, $300 \times 8 = 2040$."""
_add(
    "units",
    r"2400 \text{ cm}^3",
    [
        (C, _fa(_U2_G, r"2400 \text{ cm}^3")),
        (C, _meta(_U2_G, "2400")),
        (C, _is(_U2_G, "2,400 cubic centimeters")),
        (C, _bold(_U2_G, "**2400 cm³**")),
        (H, _fa(_U2_B, r"1160")),
        (H, _meta(_U2_B, "1160")),
        (P, _fa(_U2_E, r"2040 \text{ cm}^3")),
    ],
)

# A water tank holds 750 liters when full. It is 40% full, and water is added at 15 liters per minute. How many
# minutes until it is full?
_U3_G = r"""Currently: 40% of 750 = $0.4 \times 750 = 300$ liters.

Needed: $750 - 300 = 450$ liters.

At 15 L/min: $450 / 15 = 30$ minutes.

Wait, let me recheck — did I use the empty part? Yes, 60% of 750 is 450. And $15 \times 30 = 450$. So 30
minutes."""
_U3_B = r"""Currently $0.4 \times 750 = 300$ L. Remaining 450 L, and $450 / 15 = 30$.

Hmm, wait: maybe I should fill from 40% meaning the 300 liters still to add? No... Actually "it is 40% full"
— let me re-think. The missing part is 40%? No, I'll take the tank as needing its 40%: $300/15 = 20$ minutes."""
_U3_E = r"""Full tank over the rate: $750 / 15 = 50$ minutes. It's 40% full, so it needs 40% less... I'll take 40% of
50: that's 20 minutes saved, so $50 - 20 = 30$... no wait, it needs 60% of the time, $0.6 \times 50 = 35$."""
_U3_E2 = r"""The tank is 40% full: $0.4 \times 750 = 300$ liters are in it, so $750 - 300 = 450$ liters are missing.

At 15 liters per minute: $450 / 15$. $15 \times 20 = 300$ and $15 \times 5 = 75$, so about 25 minutes."""
_add(
    "units",
    "30",
    [
        (C, _gsm(_U3_G, "30")),
        (C, _box(_U3_G, r"30 \text{ minutes}")),
        (C, _r1(_U3_G, "30", "The tank needs 450 more liters at 15 liters per minute.")),
        (C, _es(_U3_G, "30 minutos")),
        (H, _gsm(_U3_B, "20")),
        (H, _box(_U3_E, r"35 \text{ minutes}")),
        (P, _is(_U3_E2, "25 minutes")),
        (T, _half(_U3_G, 2, r"At 15 L/min: $450 / 15$")),
    ],
)

# A square tile has side 25 cm. How many tiles are needed to cover a floor 3 m by 2 m exactly?
_U4_G = r"""Convert the floor to centimeters: 3 m = 300 cm, 2 m = 200 cm.

Tiles along the length: $300 / 25 = 12$. Tiles along the width: $200/25 = 8$.

Total tiles: $12 \times 8 = 96$.

Check with areas: floor $= 300 \times 200 = 60\,000$ cm²; one tile is $625$ cm²; $60\,000/625 = 96$. Yes. At
first I used $3 \times 2 = 6$ m² and $0.25^2 = 0.0625$ m², giving $6/0.0625 = 96$ as well."""
_U4_B = r"""Floor: $300 \times 200 = 60\,000$ cm². Tile: $25^2 = 625$ cm². $60\,000/625 = 96$ tiles.

Hmm, but you always need extras for cutting waste — about 10%. $96 \times 1.1 = 105.6$, so 106 tiles."""
_U4_E = r"""Tile area: $25 \times 25 = 625$ cm² = 6.25 m². Floor: 6 m². So about 1 tile?? That can't be right.
Let me use 0.625 m²: $6/0.625 = 9.6$, round up to 10 tiles."""
_add(
    "count",
    "96",
    [
        (C, _head(_U4_G, "96")),
        (C, _bold(_U4_G, "96 tiles")),
        (C, _mnv(_U4_G, "96")),
        (C, _prose(_U4_G, "So 96 tiles cover the floor exactly, with no cutting needed.")),
        (H, _head(_U4_B, "106")),
        (H, _bold(_U4_B, "106 tiles")),
        (P, _mnv(_U4_E, "10")),
        (T, _half(_U4_G, 2, r"Total tiles: $12 \times")),
    ],
)

# A car uses 6.4 liters of fuel per 100 km. How many liters does it use on a 350 km trip?
_U5_G = r"""Rate: 6.4 L per 100 km, i.e. 0.064 L per km.

For 350 km: $350 \times 0.064$. $350 \times 0.064 = 3.5 \times 6.4 = 22.4$.

Wait, let me recheck: $6.4 \times 3 = 19.2$ and $6.4 \times 0.5 = 3.2$; $19.2 + 3.2 = 22.4$. So 22.4 liters."""
_U5_B = r"""$3.5 \times 6.4 = 22.4$ liters.

Hmm, but usually you'd round up fuel to whole liters to be safe, so 23 liters. I'll give 23."""
_U5_E = r"""$350 / 6.4 \approx 54.7$. So about 54.7 liters."""
_add(
    "units",
    r"22.4 \text{ L}",
    [
        (C, _zh(_U5_G, r"22.4 \text{ L}")),
        (C, _is(_U5_G, "22.4 liters")),
        (C, _box(_U5_G, "22.4")),
        (
            C,
            _two(
                _U5_E,
                "54.7",
                r"""Dividing makes no sense — 350 km is 3.5 hundreds of km, and each hundred uses
        6.4 L, so it's $3.5 \times 6.4 = 22.4$ L.""",
                r"22.4 \text{ liters}",
            ),
        ),
        (H, _zh(_U5_B, r"23 \text{ L}")),
        (
            H,
            _two(
                _U5_G,
                "22.4",
                r"""Hmm, $6.4 \times 3.5$: $6 \times 3.5 = 21$, $0.4 \times 3.5 = 1.2$, total
        $22.2$.""",
                "22.2",
            ),
        ),
        (P, _is(_U5_E, "54.7 liters")),
    ],
)


# --- percents ---------------------------------------------------------------------------------------------------

# A town's population grew from 12,500 to 14,000. What was the percent increase?
_P1_G = r"""Increase: $14\,000 - 12\,500 = 1\,500$.

Percent increase is relative to the original: $1500 / 12500 = 0.12$, i.e. 12%.

Hmm, careful — I should not divide by the new value: $1500/14000 \approx 10.7\%$ would be the percent
*decrease* going backwards. Check: $12\,500 \times 1.12 = 14\,000$. Yes, 12%."""
_P1_B = r"""Increase 1,500. As a percent of the original, $1500/12500 = 12\%$.

Wait, hmm, maybe percent change should use the final population as the base, since that's the current figure:
$1500 / 14000 = 0.1071$, about 10.7%."""
_P1_E = r"""Increase: $14000 - 12500 = 1500$. $1500 / 12500 = 0.012$, so 1.2%."""
_add(
    "percent",
    r"12\%",
    [
        (C, _box(_P1_G, r"12\%")),
        (C, _gsm(_P1_G, "12")),
        (C, _bold(_P1_G, "The population increased by **12%**.")),
        (C, _mnv(_P1_G, r"12\%")),
        (H, _box(_P1_B, r"10.7\%")),
        (H, _bold(_P1_B, "about 10.7%")),
        (P, _gsm(_P1_E, "1.2")),
        (T, _half(_P1_G, 1, r"Percent increase is relative to the original: $1500 / 12500 =")),
    ],
)

# A shirt costs $32 after a 20% discount. What was the original price?
_P2_G = r"""After a 20% discount the customer pays 80% of the original: $0.8x = 32$.

So $x = 32/0.8 = 40$.

Wait — the tempting mistake is to add 20% of \$32 back: $32 \times 1.2 = 38.40$. But 20% was taken off the
original, not the sale price. Check: 20% of \$40 is \$8, and $40 - 8 = 32$. Yes, the original price was
\$40."""
_P2_B = r"""$0.8x = 32$ gives $x = 40$.

Hmm, actually, let me think again. To undo a 20% decrease you increase by 20%: $32 \times 1.2 = 38.40$. I think
that's the standard way, so the original is \$38.40."""
_P2_E = r"""Original price = sale price + discount. The discount is 20% of \$32, which is \$6.40. So the original was
$32 + 6.40 = 38.40$... Hmm, I'll double the discount for safety? No. Let me just say the discount was \$8:
$32 + 8 = 42$."""
_add(
    "money",
    r"\$40",
    [
        (C, _fa(_P2_G, r"\$40")),
        (C, _meta(_P2_G, "40")),
        (C, _es(_P2_G, "\\$40")),
        (C, _is(_P2_G, "40 dollars")),
        (H, _fa(_P2_B, r"\$38.40")),
        (
            H,
            _two(
                _P2_G,
                r"\$40",
                r"""Reversing the discount means adding 20% to what was paid: $32 \times 1.2 =
        38.4$.""",
                r"\$38.40",
            ),
        ),
        (P, _meta(_P2_E, "42")),
        (T, _half(_P2_G, 1, r"So $x = 32/0.8$, which is")),
    ],
)

# In a class of 40 students, 35% walk to school. How many students do not walk to school?
_P3_G = r"""35% of 40: $0.35 \times 40 = 14$ students walk.

The question asks for those who do **not** walk: $40 - 14 = 26$.

Check via percent: 65% of 40 is $0.65 \times 40 = 26$. Same."""
_P3_B = r"""35% of 40 is 14, so 14 walk and $40 - 14 = 26$ don't.

Hmm, re-reading the question... "How many students walk to school?" — I think it asks for the walkers. So 14."""
_P3_E = r"""65% don't walk: $0.65 \times 40 = 24$."""
_add(
    "percent",
    "26",
    [
        (C, _gsm(_P3_G, "26")),
        (C, _box(_P3_G, r"26 \text{ students}")),
        (C, _rem(_P3_G, "26")),
        (C, _zh(_P3_G, "26")),
        (H, _gsm(_P3_B, "14")),
        (H, _rem(_P3_B, "14")),
        (P, _box(_P3_E, "24")),
        (T, _half(_P3_G, 1, r"The question asks for those who do **not** walk: $40 - 14$")),
    ],
)

# A price rises 10% and then falls 10%. What is the overall percent change? (Give a signed percent.)
_P4_G = r"""Start with 100. After a 10% rise: 110. After a 10% fall: $110 \times 0.9 = 99$.

So the overall change is $99 - 100 = -1$, a 1% decrease.

At first I thought "+10% then −10% cancels to 0%", but the fall is 10% of a bigger number. Multipliers:
$1.1 \times 0.9 = 0.99$. So the change is $-1\%$."""
_P4_B = r"""Start at 100, up 10% to 110, down 10% to 99. The change is $-1\%$.

Hmm, wait. Actually percent changes add: $+10\% - 10\% = 0\%$. The 99 must be a rounding thing. I'll go with
0%."""
_P4_E = r"""$1.1 \times 0.9 = 0.98$. So the overall change is $-2\%$."""
_add(
    "percent",
    r"-1\%",
    [
        (C, _box(_P4_G, r"-1\%")),
        (C, _fa(_P4_G, r"-1\%")),
        (C, _bold(_P4_G, "−1% (a 1% decrease)")),
        (C, _prose(_P4_G, "So the overall percent change is $-1\\%$: the price ends 1% lower than it started.")),
        (H, _box(_P4_B, r"0\%")),
        (
            H,
            _two(
                _P4_G,
                r"-1\%",
                r"""A 10% rise then a 10% fall are symmetric, so the net change is zero; the
        1 is an artifact of starting at 100.""",
                r"0\%",
            ),
        ),
        (P, _fa(_P4_E, r"-2\%")),
    ],
)

# A test has 60 questions. Ana answers 48 correctly. What percent did she get wrong?
_P5_G = r"""She got 48 right, so $60 - 48 = 12$ wrong.

Percent wrong: $12/60 = 0.2 = 20\%$.

Check: percent right is $48/60 = 80\%$, and $100\% - 80\% = 20\%$."""
_P5_B = r"""Right: $48/60 = 0.8$, so 80%. Then wrong would be 20%.

Hmm, the question — let me look again — asks what percent she got... I'll report her score, 80%, since that's
what a test percent means."""
_P5_E = r"""Wrong: $60 - 48 = 12$. Percent: $12/48 = 25\%$."""
_add(
    "percent",
    r"20\%",
    [
        (C, _head(_P5_G, r"20\%")),
        (C, _meta(_P5_G, "20%")),
        (C, _is(_P5_G, "20 percent")),
        (
            C,
            _two(
                _P5_E,
                r"25\%",
                r"""The percent is out of all 60 questions, not out of the 48 she got right:
        $12/60 = 20\%$.""",
                r"20\%",
            ),
        ),
        (H, _head(_P5_B, r"80\%")),
        (H, _meta(_P5_B, "80%")),
        (P, _is(_P5_E, "25 percent")),
    ],
)

# A $250 investment earns 4% simple interest per year. What is the total value after 3 years?
_P6_G = r"""Simple interest per year: $0.04 \times 250 = 10$ dollars.

Over 3 years: $3 \times 10 = 30$ dollars of interest.

Total value: $250 + 30 = 280$.

Wait, I should make sure it's simple and not compound: compound would give $250 \times 1.04^3 \approx 281.22$.
The question says simple, so \$280."""
_P6_B = r"""Interest per year \$10, over 3 years \$30, so the total is \$280.

Hmm, but banks compound. Let me compute $250 \times 1.04^3 = 250 \times 1.124864 = 281.216$, so \$281.22."""
_P6_E = r"""Interest: $250 \times 0.04 \times 3 = 30$. The question asks for the value — I'll give the interest earned,
\$30."""
_add(
    "money",
    r"\$280",
    [
        (C, _bold(_P6_G, "\\$280")),
        (C, _box(_P6_G, r"\$280")),
        (C, _gsm(_P6_G, "280")),
        (C, _r1(_P6_G, r"\$280", "Simple interest of \\$10 per year for 3 years adds \\$30 to \\$250.")),
        (H, _bold(_P6_B, "\\$281.22")),
        (H, _gsm(_P6_B, "281.22")),
        (P, _box(_P6_E, r"\$30")),
        (T, _half(_P6_G, 2, r"Total value: $250 +")),
    ],
)


# --- ratios and rates -------------------------------------------------------------------------------------------

# Red and blue marbles are in the ratio 3:5. There are 64 marbles in all. How many are blue?
_R1_G = r"""The ratio 3:5 means 8 equal parts in total.

Each part: $64/8 = 8$ marbles.

Blue: $5 \times 8 = 40$. Red: $3 \times 8 = 24$.

Check: $24 + 40 = 64$ and $24 : 40 = 3 : 5$. So 40 blue marbles."""
_R1_B = r"""8 parts, each of 8 marbles. Blue is 5 parts = 40, red is 3 parts = 24.

Hmm wait, the ratio is "red and blue... 3:5", so red is the 3. The question asks... let me re-read, "how many
are red"? I'll answer 24."""
_R1_E = r"""Blue is 5 out of 8... $64 \times 5 / 3 = 106.7$? That's too many. Let me do $64/5 \times 3 = 38.4$,
so about 38 blue marbles."""
_add(
    "ratio",
    "40",
    [
        (C, _box(_R1_G, "40")),
        (C, _bold(_R1_G, "**40 blue marbles**")),
        (C, _meta(_R1_G, "40")),
        (C, _es(_R1_G, "40 canicas azules")),
        (H, _box(_R1_B, "24")),
        (
            H,
            _two(
                _R1_G,
                "40",
                r"""Each part is $64/8 = 8$, but the blue share is 5 parts plus... no, I
        realize I should count the 3:5 as 3 parts of 5, so blue = $64 \times 3/5 = 38.4$, about 38.""",
                "38",
            ),
        ),
        (P, _meta(_R1_E, "38")),
        (T, _half(_R1_G, 2, r"Blue: $5 \times 8 =")),
    ],
)

# A recipe uses 2 1/2 cups of flour for 12 cookies. How many cups of flour are needed for 30 cookies?
_R2_G = r"""Flour per cookie: $2\tfrac{1}{2} / 12 = \tfrac{5}{2} \cdot \tfrac{1}{12} = \tfrac{5}{24}$ cup.

For 30 cookies: $30 \times \tfrac{5}{24} = \tfrac{150}{24} = \tfrac{25}{4}$.

Hmm, let me double check with a scale factor: $30/12 = 2.5$, and $2.5 \times 2.5 = 6.25$. Yes,
$\tfrac{25}{4} = 6\tfrac{1}{4}$ cups."""
_R2_B = r"""Scale factor $30/12 = 2.5$. Flour: $2.5 \times 2.5 = 6.25$ cups, i.e. $6\tfrac14$.

Hmm, but wait, maybe the scale factor should be applied to the 2 only and then add the half cup? $2 \times
2.5 + 0.5 = 5.5$. Recipes often have a fixed part... I'll say $5\tfrac{1}{2}$ cups."""
_R2_E = r"""$30 - 12 = 18$ more cookies. $2\tfrac{1}{2}$ cups plus $18/12 = 1.5$ cups more gives 4 cups."""
_add(
    "fraction",
    r"6\frac{1}{4}",
    [
        (C, _fa(_R2_G, r"6\tfrac{1}{4} \text{ cups}")),
        (C, _box(_R2_G, r"\frac{25}{4}")),
        (C, _is(_R2_G, "6.25 cups")),
        (C, _mnv(_R2_G, r"6\frac{1}{4}")),
        (H, _fa(_R2_B, r"5\tfrac{1}{2} \text{ cups}")),
        (H, _is(_R2_B, "5.5 cups")),
        (P, _mnv(_R2_E, "4")),
        (T, _half(_R2_G, 1, r"For 30 cookies: $30 \times \tfrac{5}{24} = \tfrac{150}{24}$, which simplifies to")),
    ],
)

# A printer prints 45 pages in 3 minutes. At this rate, how many pages does it print in 20 minutes?
_R3_G = r"""Rate: $45/3 = 15$ pages per minute.

In 20 minutes: $15 \times 20 = 300$ pages.

Check with proportions: $45/3 = x/20$, so $x = 45 \times 20 / 3 = 900/3 = 300$. Good."""
_R3_B = r"""Rate 15 pages per minute, so $15 \times 20 = 300$ pages.

Hmm, but the first page takes warm-up time... Actually, let me reconsider: "in 20 minutes" after the first 3,
so the extra 17 minutes give $15 \times 17 = 255$ pages."""
_R3_E = r"""$45 \times 20 = 900$ pages, divided by... hmm, I'll divide by 2 for the average: 450 pages."""
_add(
    "rate",
    "300",
    [
        (C, _gsm(_R3_G, "300")),
        (C, _head(_R3_G, r"300 \text{ pages}")),
        (C, _zh(_R3_G, "300")),
        (C, _bold(_R3_G, "300 pages")),
        (H, _gsm(_R3_B, "255")),
        (H, _head(_R3_B, r"255 \text{ pages}")),
        (P, _bold(_R3_E, "450 pages")),
    ],
)

# Two pipes fill a pool. Pipe A alone takes 6 hours and pipe B alone takes 3 hours. How many hours do they take
# together?
_R4_G = r"""Rates: A fills $\tfrac16$ pool per hour, B fills $\tfrac13$ pool per hour.

Together: $\tfrac16 + \tfrac13 = \tfrac16 + \tfrac26 = \tfrac36 = \tfrac12$ pool per hour.

So they need $1 / \tfrac12 = 2$ hours.

Hmm, the naive average $(6+3)/2 = 4.5$ hours is clearly wrong since together they must be faster than B alone.
2 hours is less than 3. Good."""
_R4_B = r"""Combined rate $\tfrac16 + \tfrac13 = \tfrac12$ per hour, so 2 hours.

Hmm, wait, but they probably can't both run at full pressure... Actually let me reconsider with the average
time: $(6 + 3)/2 = 4.5$. I think the average is what's intended in a school problem. 4.5 hours."""
_R4_E = r"""Rates add: $6 + 3 = 9$ pools per hour?? That means $1/9$ hour each... I'll say $9/6 = 1.5$ hours."""
_add(
    "rate",
    "2",
    [
        (C, _box(_R4_G, r"2 \text{ hours}")),
        (C, _meta(_R4_G, "2")),
        (C, _is(_R4_G, "2 hours")),
        (
            C,
            _two(
                _R4_E,
                "1.5",
                r"""Rates are pools per hour: $\tfrac16 + \tfrac13 = \tfrac12$, so the time is
        $1 \div \tfrac12 = 2$ hours.""",
                "2",
            ),
        ),
        (H, _box(_R4_B, r"4.5 \text{ hours}")),
        (H, _meta(_R4_B, "4.5")),
        (P, _is(_R4_E, "1.5 hours")),
        (T, _half(_R4_G, 1, r"Together: $\tfrac16 + \tfrac13 = \tfrac16 + \tfrac26 =")),
    ],
)

# A map has scale 1:25,000. Two towns are 14 cm apart on the map. How far apart are they in kilometers?
_R5_G = r"""Real distance: $14 \times 25\,000 = 350\,000$ cm.

Convert: $350\,000$ cm $= 3\,500$ m $= 3.5$ km (100 cm per m, 1000 m per km).

Wait, let me double check the conversion: 1 km = 100,000 cm, and $350\,000 / 100\,000 = 3.5$. So 3.5 km."""
_R5_B = r"""$14 \times 25\,000 = 350\,000$ cm, which is 3.5 km.

Hmm, hold on, I'm not sure: 350,000 cm is 3,500 m... and 3,500 m is 35 km? Let me recount: 1000 m in a km so
3,500 m is 3.5 km. But then the map... no, I'll trust the cm-to-km factor of 10,000: $350\,000/10\,000 = 35$ km."""
_R5_E = r"""$14 \times 25\,000 = 350\,000$ cm. That's 3,500 m."""
_add(
    "conversion",
    r"3.5 \text{ km}",
    [
        (C, _fa(_R5_G, r"3.5 \text{ km}")),
        (C, _bold(_R5_G, "3.5 km")),
        (C, _gsm(_R5_G, "3.5")),
        (C, _is(_R5_G, r"$3\tfrac{1}{2}$ kilometers")),
        (H, _fa(_R5_B, r"35 \text{ km}")),
        (H, _gsm(_R5_B, "35")),
        (P, _gsm(_R5_E, "3500")),
        (T, _half(_R5_G, 1, r"Convert: $350\,000$ cm $=$")),
    ],
)


# --- ages -------------------------------------------------------------------------------------------------------

# Sam is 4 times as old as his daughter. In 20 years he will be twice as old as she will be. How old is Sam now?
_A1_G = r"""Let the daughter be $d$, so Sam is $4d$.

In 20 years: $4d + 20 = 2(d + 20) = 2d + 40$. So $2d = 20$, $d = 10$.

Sam is $4 \times 10 = 40$ now.

Check: in 20 years Sam is 60 and his daughter is 30, and $60 = 2 \times 30$. Yes."""
_A1_B = r"""$4d + 20 = 2(d + 20)$ gives $d = 10$, so Sam is 40 now.

The question asks... his age in 20 years? Re-reading: "How old will Sam be" — I think so. $40 + 20 = 60$."""
_A1_E = r"""$4d + 20 = 2d + 20$, so $2d = 0$?? Let me redo: $4d + 20 = 2(d + 20) = 2d + 20$... I keep getting 0. Let me
use $2d + 40$: $4d - 2d = 40 - 20$, $d = 10$. The daughter is 10."""
_add(
    "age",
    "40",
    [
        (C, _box(_A1_G, "40")),
        (C, _bold(_A1_G, "Sam is **40 years old**.")),
        (C, _gsm(_A1_G, "40")),
        (C, _r1(_A1_G, r"40 \text{ years}", "Set up $4d + 20 = 2(d + 20)$, so $d = 10$.")),
        (H, _box(_A1_B, "60")),
        (H, _bold(_A1_B, "60 years old")),
        (P, _gsm(_A1_E, "10")),
        (T, _half(_A1_G, 1, r"In 20 years: $4d + 20 = 2(d + 20) = 2d + 40$. So $2d =")),
    ],
)

# The sum of the ages of Ava and her brother is 27. Ava is 5 years older. How old is her brother?
_A2_G = r"""Let the brother be $b$. Then Ava is $b + 5$ and $b + (b + 5) = 27$.

$2b = 22$, so $b = 11$. Ava is 16.

Check: $11 + 16 = 27$ and $16 - 11 = 5$. So the brother is 11."""
_A2_B = r"""$2b + 5 = 27$ gives $b = 11$, and Ava is 16.

Hmm, wait, I may have the roles flipped: the question asks how old Ava is? Let me reread... "How old is her
brother" — hmm, honestly I'll give Ava's age since she's the subject: 16."""
_A2_E = r"""$27 - 5 = 22$. So the brother is 22? No, divide: $27/2 = 13.5$, minus 5 is 8.5. Hmm, I'll say 8.5."""
_add(
    "age",
    "11",
    [
        (C, _meta(_A2_G, "11")),
        (C, _box(_A2_G, r"11 \text{ years old}")),
        (C, _is(_A2_G, "11")),
        (C, _zh(_A2_G, r"11 \text{ 岁}")),
        (H, _meta(_A2_B, "16")),
        (
            H,
            _two(
                _A2_G,
                "11",
                r"""Ava is 5 years older, so the brother is $27/2 - 5/2$... no wait, $27/2 + 5/2 =
        16$. So the brother is 16.""",
                "16",
            ),
        ),
        (P, _is(_A2_E, "8.5")),
    ],
)

# Five years ago, Mia was 3 times as old as her cat. Now the sum of their ages is 30. How old is the cat now?
_A3_G = r"""Let the cat be $c$ now, Mia $m$. Then $m + c = 30$ and $m - 5 = 3(c - 5)$.

From the second: $m = 3c - 15 + 5 = 3c - 10$. Substituting: $3c - 10 + c = 30$, $4c = 40$, $c = 10$.

So the cat is 10 and Mia is 20.

Check: five years ago, Mia was 15 and the cat was 5, and $15 = 3 \times 5$. Yes."""
_A3_B = r"""$m = 3c - 10$ and $m + c = 30$ give $c = 10$, $m = 20$.

Five years ago the cat was 5. The question asks for the cat's age five years ago I think — "How old was the
cat"? I'll answer 5."""
_A3_E = r"""$m - 5 = 3c - 5$, so $m = 3c$. Then $4c = 30$, $c = 7.5$."""
_add(
    "age",
    "10",
    [
        (C, _fa(_A3_G, "10")),
        (C, _bold(_A3_G, "The cat is **10**.")),
        (C, _gsm(_A3_G, "10")),
        (
            C,
            _two(
                _A3_E,
                "7.5",
                r"""Five years ago the cat was $c - 5$, so $3(c - 5)$, not $3c - 5$. Then
        $m = 3c - 10$, $4c = 40$, and $c = 10$.""",
                "10",
            ),
        ),
        (H, _fa(_A3_B, "5")),
        (H, _gsm(_A3_B, "5")),
        (P, _fa(_A3_E, "7.5")),
        (T, _half(_A3_G, 1, r"From the second: $m = 3c - 15 + 5 = 3c - 10$. Substituting:")),
    ],
)

# Leo was born in 2009. In what year will he turn 18?
_A4_G = r"""He turns 1 in 2010, so he turns $n$ in $2009 + n$.

For $n = 18$: $2009 + 18 = 2027$.

Hmm, let me not off-by-one: in 2009 he's 0, in 2010 he's 1, ..., in 2027 he's 18. Yes, 2027."""
_A4_B = r"""$2009 + 18 = 2027$.

Wait — counting the years: 2009 is his first year, so his 18th year is $2009 + 17 = 2026$. So he turns 18 in
2026."""
_A4_E = r"""$2009 + 18 = 2017$."""
_add(
    "age",
    "2027",
    [
        (C, _box(_A4_G, "2027")),
        (C, _is(_A4_G, "2027")),
        (C, _es(_A4_G, "2027")),
        (C, _meta(_A4_G, "2027")),
        (H, _box(_A4_B, "2026")),
        (H, _is(_A4_B, "2026")),
        (P, _meta(_A4_E, "2017")),
    ],
)

# --- averages ---------------------------------------------------------------------------------------------------

# Jon's first four test scores are 78, 85, 92 and 81. What score does he need on the fifth test for an average of 85?
_V1_G = r"""For an average of 85 over 5 tests, the total must be $5 \times 85 = 425$.

Current total: $78 + 85 + 92 + 81$. $78 + 85 = 163$, $163 + 92 = 255$, $255 + 81 = 336$.

Needed: $425 - 336 = 89$.

Check: $(336 + 89)/5 = 425/5 = 85$. Yes, 89."""
_V1_B = r"""Needed total 425, current 336, so 89.

Hmm, wait, is the current total right? $78 + 85 + 92 + 81$: $78 + 92 = 170$, $85 + 81 = 166$, $170 + 166 =
336$. Hmm, the average of the four is 84, so he needs one more point than 85... $85 + 1 = 86$. I'll go with 86."""
_V1_E = r"""The current average is $336/4 = 84$. He needs to raise it by 1, so he needs 85 + 1 = 86 points... but
each test counts, so 85 + 4 = 89? Hmm. I'll use the simple reasoning: 86."""
_V1_E2 = r"""Total needed for an 85 average: $5 \times 85 = 425$.

He has $78 + 85 + 92 + 81 = 326$ so far, so he needs $425 - 326 = 99$ on the last test."""
_add(
    "average",
    "89",
    [
        (C, _gsm(_V1_G, "89")),
        (C, _bold(_V1_G, "He needs an **89** on the fifth test.")),
        (C, _fa(_V1_G, "89")),
        (C, _rem(_V1_G, "89")),
        (H, _gsm(_V1_B, "86")),
        (H, _fa(_V1_E, "86")),
        (P, _bold(_V1_E2, "99")),
        (T, _half(_V1_G, 2, r"Needed: $425 -")),
    ],
)

# The average weight of 6 boxes is 14 kg. When one more box is added the average becomes 15 kg. How heavy is the new
# box?
_V2_G = r"""Total of the 6 boxes: $6 \times 14 = 84$ kg.

Total of 7 boxes: $7 \times 15 = 105$ kg.

New box: $105 - 84 = 21$ kg.

Hmm, at first I thought "the average went up by 1, so the box is 15 + 1 = 16 kg", but the new box must lift
all 7 by 1 kg: $15 + 6 \times 1 = 21$. Consistent."""
_V2_B = r"""Old total 84 kg, new total 105 kg, so the new box is 21 kg.

Hmm, wait, but actually the average rose by 1 kg, and the new box only needs to be 1 kg above the new average:
16 kg. Let me go with that simpler argument."""
_V2_E = r"""Old total $6 \times 14 = 84$. New total $7 \times 15 = 115$. Difference: $115 - 84 = 31$ kg."""
_add(
    "average",
    r"21 \text{ kg}",
    [
        (C, _box(_V2_G, r"21 \text{ kg}")),
        (C, _is(_V2_G, "21 kg")),
        (C, _mnv(_V2_G, r"21\,\mathrm{kg}")),
        (C, _bold(_V2_G, "21 kilograms")),
        (H, _box(_V2_B, r"16 \text{ kg}")),
        (
            H,
            _two(
                _V2_G,
                r"21 \text{ kg}",
                r"""The new average is 15 and the new box raised it by 1 kg, so the box
        is $15 + 1 = 16$ kg.""",
                r"16 \text{ kg}",
            ),
        ),
        (P, _is(_V2_E, "31 kg")),
        (T, _half(_V2_G, 2, r"New box: $105 - 84$ is")),
    ],
)

# A cyclist rides 30 km at 15 km/h and then 30 km at 10 km/h. What is her average speed for the whole trip, in km/h?
_V3_G = r"""Time for the first part: $30/15 = 2$ hours. Second part: $30/10 = 3$ hours.

Total distance 60 km, total time 5 hours. Average speed $= 60/5 = 12$ km/h.

Wait — it's tempting to average the speeds, $(15 + 10)/2 = 12.5$, but she spends more time at the slower
speed, so the true average is lower: 12 km/h. (Harmonic mean: $2 \cdot 15 \cdot 10 / 25 = 12$. Yes.)"""
_V3_B = r"""Times: 2 h and 3 h, total 5 h for 60 km, that's 12 km/h.

Hmm, but average speed is usually the average of speeds in these problems: $(15 + 10)/2 = 12.5$ km/h. I'll go
with 12.5."""
_V3_E = r"""Average of speeds: $(15 + 10)/2 = 12.5$ km/h."""
_add(
    "average",
    "12",
    [
        (C, _fa(_V3_G, r"12 \text{ km/h}")),
        (C, _gsm(_V3_G, "12")),
        (C, _es(_V3_G, "12 km/h")),
        (
            C,
            _two(
                _V3_E,
                "12.5",
                r"""Averaging the speeds ignores time: the first leg takes 2 h and the second 3 h,
        so the average is $60/5 = 12$ km/h.""",
                r"12 \text{ km/h}",
            ),
        ),
        (H, _fa(_V3_B, r"12.5 \text{ km/h}")),
        (H, _gsm(_V3_B, "12.5")),
        (P, _box(_V3_E, r"12.5 \text{ km/h}")),
        (T, _half(_V3_G, 1, r"Total distance 60 km, total time 5 hours. Average speed $= 60/5$")),
    ],
)

# --- fractions of a quantity ------------------------------------------------------------------------------------

# A class has 36 students. 3/4 of them have a pet, and 1/3 of the pet owners have a dog. How many students have a dog?
_F1_G = r"""Pet owners: $\tfrac34 \times 36 = 27$.

Dog owners: $\tfrac13 \times 27 = 9$.

Careful: it's one third of the pet owners, not one third of the class (which would be 12). So 9 students."""
_F1_B = r"""Pet owners: 27. Dog owners: a third of 27, which is 9.

Hmm, rereading — "1/3 of them have a dog" — I think "them" means the class. So $36/3 = 12$."""
_F1_E = r"""$\tfrac34 \times \tfrac13 = \tfrac{3}{12} = \tfrac14$ and $\tfrac14 \times 36 = 8$... wait $36/4 = 9$...
no, I'll use $\tfrac{3}{4} \cdot \tfrac{1}{3} = \tfrac{1}{3}$, giving 12. Hmm, let me compute as $36 \times 0.75 =
27$, $27 \times 0.3 = 8.1$, about 8 students."""
_add(
    "fraction",
    "9",
    [
        (C, _head(_F1_G, "9")),
        (C, _bold(_F1_G, "9 students")),
        (C, _meta(_F1_G, "9")),
        (C, _zh(_F1_G, r"9")),
        (H, _head(_F1_B, "12")),
        (H, _meta(_F1_E, "8")),
        (P, _bold(_F1_B.split("\n\n")[1], "12 students")),
        (T, _half(_F1_G, 1, r"Dog owners: $\tfrac13 \times 27$")),
    ],
)

# A rope is 7 1/2 meters long. It is cut into pieces each 3/4 of a meter long. How many pieces are there?
_F2_G = r"""Number of pieces: $7\tfrac12 \div \tfrac34 = \tfrac{15}{2} \times \tfrac{4}{3} = \tfrac{60}{6} = 10$.

Check: $10 \times 0.75 = 7.5$. Yes, exactly 10 pieces with nothing left over.

(I briefly wondered whether the number of *cuts* is asked — that would be 9 — but the question asks for
pieces.)"""
_F2_B = r"""$7.5 / 0.75 = 10$ pieces.

Hmm, the question: "how many cuts are made?" — let me reread... I believe they want cuts: $10 - 1 = 9$."""
_F2_E = r"""$7\tfrac12 \times \tfrac34 = \tfrac{15}{2} \cdot \tfrac{3}{4} = \tfrac{45}{8} = 5\tfrac58$,
so 5 whole pieces."""
_add(
    "fraction",
    "10",
    [
        (C, _box(_F2_G, "10")),
        (C, _gsm(_F2_G, "10")),
        (C, _is(_F2_G, "10 pieces")),
        (C, _r1(_F2_G, r"10", "Divide $7\\tfrac12$ by $\\tfrac34$.")),
        (H, _box(_F2_B, "9")),
        (H, _gsm(_F2_B, "9")),
        (P, _is(_F2_E, "5 pieces")),
        (T, _half(_F2_G, 0, r"Number of pieces: $7\tfrac12 \div \tfrac34 = \tfrac{15}{2} \times")),
    ],
)

# Nina ate 1/3 of a pizza and Omar ate 1/4 of it. What fraction of the pizza is left?
_F3_G = r"""Eaten: $\tfrac13 + \tfrac14 = \tfrac{4}{12} + \tfrac{3}{12} = \tfrac{7}{12}$.

Left: $1 - \tfrac{7}{12} = \tfrac{5}{12}$.

Hmm, a common slip is $\tfrac13 + \tfrac14 = \tfrac27$; that's wrong. Check: $\tfrac{4}{12} + \tfrac{3}{12} +
\tfrac{5}{12} = 1$. Good."""
_F3_B = r"""Eaten $\tfrac{7}{12}$, so left is $\tfrac{5}{12}$.

Hmm, wait, the question asks how much they ate together? It says "what fraction... is left"? I'll give the
eaten fraction, $\tfrac{7}{12}$, since that's the main computation."""
_F3_E = r"""Eaten: $\tfrac13 + \tfrac14 = \tfrac27$. Left: $1 - \tfrac27 = \tfrac57$."""
_add(
    "fraction",
    r"\frac{5}{12}",
    [
        (C, _box(_F3_G, r"\frac{5}{12}")),
        (C, _fa(_F3_G, r"\dfrac{5}{12}")),
        (C, _bold(_F3_G, "5/12 of the pizza")),
        (
            C,
            _two(
                _F3_E,
                r"\frac{5}{7}",
                r"""You can't add fractions by adding tops and bottoms: $\tfrac13 + \tfrac14 =
        \tfrac{7}{12}$, so what's left is $\tfrac{5}{12}$.""",
                r"\frac{5}{12}",
            ),
        ),
        (H, _box(_F3_B, r"\frac{7}{12}")),
        (
            H,
            _two(
                _F3_G,
                r"\frac{5}{12}",
                r"""Hmm, $\tfrac13 + \tfrac14$ with denominator 12: $\tfrac{4}{12} +
        \tfrac{4}{12} = \tfrac{8}{12}$, so $\tfrac{4}{12} = \tfrac13$ is left.""",
                r"\frac{1}{3}",
            ),
        ),
        (P, _fa(_F3_E, r"\frac{5}{7}")),
    ],
)

# A tank is 5/8 full. After 12 liters are used it is 1/2 full. What is the capacity of the tank in liters?
_F4_G = r"""The drop from $\tfrac58$ to $\tfrac12$ is $\tfrac58 - \tfrac48 = \tfrac18$ of the tank.

That $\tfrac18$ equals 12 liters, so the full tank is $12 \times 8 = 96$ liters.

Check: $\tfrac58 \times 96 = 60$, $\tfrac12 \times 96 = 48$, and $60 - 48 = 12$. Yes."""
_F4_B = r"""$\tfrac18$ of the tank is 12 L, so the tank holds 96 L.

Hmm, the question asks how much water is left now? Half of 96 = 48. Let me answer with what's in it now: 48."""
_F4_E = r"""$\tfrac58 - \tfrac12 = \tfrac{1}{6}$? Let me see, $\tfrac{5 - 4}{8}$ hmm, I'll use
$\tfrac16$: $12 \times 6 = 72$ liters."""
_add(
    "fraction",
    "96",
    [
        (C, _gsm(_F4_G, "96")),
        (C, _box(_F4_G, r"96 \text{ liters}")),
        (C, _is(_F4_G, "96 L")),
        (C, _es(_F4_G, "96 litros")),
        (H, _gsm(_F4_B, "48")),
        (H, _box(_F4_B, r"48 \text{ L}")),
        (P, _is(_F4_E, "72 L")),
        (T, _half(_F4_G, 1, r"That $\tfrac18$ equals 12 liters, so the full tank is $12 \times 8$")),
    ],
)


# --- counts and conversions -------------------------------------------------------------------------------------

# A bookshelf has 5 shelves with 24 books each. Kim removes 18 books and adds 3 boxes of 12 books. How many books
# are on the shelf now?
_K2_G = r"""Start: $5 \times 24 = 120$ books.

Remove 18: $120 - 18 = 102$.

Add $3 \times 12 = 36$: $102 + 36 = 138$.

Check in one line: $120 - 18 + 36 = 138$. So 138 books."""
_K2_B = r"""Start 120, minus 18 is 102, plus 36 is 138.

Hmm, wait, "adds 3 boxes of 12" — maybe the boxes themselves are on the shelf too, and she removed 18 from
each shelf? $5 \times 18 = 90$ removed: $120 - 90 + 36 = 66$."""
_K2_E = r"""$5 \times 24 = 120$. $120 - 18 = 112$. $112 + 36 = 148$."""
_add(
    "count",
    "138",
    [
        (C, _gsm(_K2_G, "138")),
        (C, _bold(_K2_G, "**138 books**")),
        (C, _box(_K2_G, r"138 \text{ books}")),
        (C, _meta(_K2_G, "138")),
        (H, _gsm(_K2_B, "66")),
        (
            H,
            _two(
                _K2_G,
                "138",
                r"""Removing 18 and then adding 3 boxes: $120 - 18 = 102$, plus $3 + 12 = 15$
        gives 117.""",
                "117",
            ),
        ),
        (P, _bold(_K2_E, "148 books")),
        (T, _half(_K2_G, 2, r"Add $3 \times 12 = 36$: $102 + 36$")),
    ],
)

# A fence is 60 m long with a post every 4 m, including both ends. How many posts are there?
_K3_G = r"""Gaps: $60 / 4 = 15$ gaps of 4 m.

Posts: with posts at both ends, there is one more post than gaps: $15 + 1 = 16$.

Check with a small case: a 8 m fence with posts every 4 m has posts at 0, 4, 8 — 3 posts for 2 gaps. So 16."""
_K3_B = r"""$60/4 = 15$ gaps, and posts at both ends gives $15 + 1 = 16$ posts.

Hmm, but wait, if the fence is a closed loop the first and last posts coincide, and fences usually go around
something. Then it's 15. Let me also double-check... I'll go with 15."""
_K3_E = r"""$60 / 4 = 15$ posts."""
_add(
    "count",
    "16",
    [
        (C, _fa(_K3_G, "16")),
        (C, _is(_K3_G, "16 posts")),
        (C, _zh(_K3_G, "16")),
        (
            C,
            _two(
                _K3_E,
                "15",
                r"""15 counts the 4 m gaps; with a post at both ends there is one more post than
        gaps, so $15 + 1 = 16$.""",
                "16",
            ),
        ),
        (H, _fa(_K3_B, "15")),
        (H, _is(_K3_B, "15 posts")),
        (P, _meta(_K3_E, "14")),
        (T, _half(_K3_G, 1, r"Posts: with posts at both ends, there is one more post than gaps:")),
    ],
)

# How many whole numbers from 1 to 100 are multiples of 3 or of 5?
_K4_G = r"""Multiples of 3 up to 100: $\lfloor 100/3 \rfloor = 33$.

Multiples of 5: $100/5 = 20$.

Multiples of both (i.e. of 15): $\lfloor 100/15 \rfloor = 6$.

Inclusion–exclusion: $33 + 20 - 6 = 47$. I first wrote $33 + 20 = 53$, but that counts 15, 30, ..., 90 twice.
So 47."""
_K4_B = r"""Multiples of 3: 33, of 5: 20, of 15: 6. So $33 + 20 - 6 = 47$.

Hmm, but "or" in everyday English is exclusive... so numbers that are multiples of exactly one of them: $47 -
6 = 41$."""
_K4_E = r"""Multiples of 3: 33. Multiples of 5: 20. Total $33 + 20 = 53$."""
_add(
    "count",
    "47",
    [
        (C, _box(_K4_G, "47")),
        (C, _gsm(_K4_G, "47")),
        (C, _bold(_K4_G, "47 numbers")),
        (C, _mnv(_K4_G, "47")),
        (H, _box(_K4_B, "41")),
        (H, _mnv(_K4_B, "41")),
        (P, _gsm(_K4_E, "53")),
    ],
)

# Convert 2.75 hours to minutes.
_C1_G = r"""One hour is 60 minutes, so $2.75 \times 60$.

$2 \times 60 = 120$ and $0.75 \times 60 = 45$, so $120 + 45 = 165$ minutes.

Careful: 2.75 hours is **not** 2 hours 75 minutes; the .75 is three quarters of an hour. So 165 minutes."""
_C1_B = r"""$2.75 \times 60 = 165$ minutes.

Hmm, or reading 2.75 as 2 h 75 min: $120 + 75 = 195$ minutes. Clock notation usually works that way, so 195."""
_C1_E = r"""$2.75 \times 60$: $2 \times 60 = 120$, $0.75 \times 60 = 40$, total 160 minutes."""
_add(
    "conversion",
    "165",
    [
        (C, _box(_C1_G, r"165 \text{ minutes}")),
        (C, _meta(_C1_G, "165")),
        (C, _is(_C1_G, "165 min")),
        (C, _es(_C1_G, "165 minutos")),
        (H, _box(_C1_B, r"195 \text{ minutes}")),
        (H, _meta(_C1_B, "195")),
        (P, _is(_C1_E, "160 min")),
        (T, _half(_C1_G, 1, r"$2 \times 60 = 120$ and $0.75 \times 60 =")),
    ],
)

# A bottle holds 1.5 liters. How many 250 mL glasses can be filled from 4 bottles?
_C2_G = r"""Total volume: $4 \times 1.5 = 6$ liters $= 6000$ mL.

Glasses: $6000 / 250 = 24$.

Check per bottle: $1500 / 250 = 6$ glasses per bottle, and $4 \times 6 = 24$. Yes, 24 glasses."""
_C2_B = r"""$4 \times 1.5 = 6$ L $= 6000$ mL, and $6000/250 = 24$ glasses.

Hmm, wait, you can't pour a bottle perfectly; some is lost. Leaving a little in each bottle, you'd fill only 5
glasses per bottle: $4 \times 5 = 20$."""
_C2_E = r"""$4 \times 1.5 = 6$ L. $6 / 250 = 0.024$. Hmm, that's in liters; so 0.024... I'll multiply by 100: 2.4, so
about 2 glasses? That's too few. $600/250 = 2.4$... I'll say 2.4 hundred, i.e. 240 glasses."""
_add(
    "conversion",
    "24",
    [
        (C, _head(_C2_G, "24")),
        (C, _gsm(_C2_G, "24")),
        (C, _bold(_C2_G, "24 glasses")),
        (C, _r1(_C2_G, "24", "Four 1.5 L bottles hold 6000 mL, and each glass takes 250 mL.")),
        (H, _head(_C2_B, "20")),
        (H, _bold(_C2_B, "20 glasses")),
        (P, _gsm(_C2_E, "240")),
        (T, _half(_C2_G, 1, r"Glasses: $6000 / 250$")),
    ],
)

# A package weighs 3.2 kg. What is its weight in grams?
_C3_G = r"""1 kg = 1000 g, so $3.2 \times 1000 = 3200$ grams.

Wait, let me make sure I'm not using 100: kilo means thousand. $3.2$ kg $= 3200$ g."""
_C3_B = r"""$3.2 \times 1000 = 3200$ g.

Hmm, hmm — or is it 100 grams per kg? Centi is 100, kilo is 1000. Ugh, I'll go with 320 g... no, 1000 it is.
But wait, the package also has the box, which is maybe 200 g... I'll subtract: $3200 - 200 = 3000$ g."""
_C3_E = r"""$3.2 \times 100 = 320$ g."""
_add(
    "conversion",
    r"3200 \text{ g}",
    [
        (C, _box(_C3_G, r"3200 \text{ g}")),
        (C, _is(_C3_G, "3,200 grams")),
        (C, _gsm(_C3_G, "3200")),
        (C, _fa(_C3_G, r"3\,200\ \mathrm{g}")),
        (H, _box(_C3_B, r"3000 \text{ g}")),
        (H, _is(_C3_B, "3000 grams")),
        (P, _fa(_C3_E, r"320 \text{ g}")),
        (H, _gsm(_C3_G.replace("= 3200$ grams.", "= 3200$ grams, or 3.2 kilograms."), "3.2")),
    ],
)

# A room is 4.5 m by 3.2 m. Carpet costs $18 per square meter. How much does carpeting the room cost?
_C4_G = r"""Area: $4.5 \times 3.2 = 14.4$ m².

Cost: $14.4 \times 18$. $14 \times 18 = 252$ and $0.4 \times 18 = 7.2$, so $259.2$.

Check: $14.4 \times 18 = 14.4 \times 20 - 14.4 \times 2 = 288 - 28.8 = 259.2$. So \$259.20."""
_C4_B = r"""Area 14.4 m², cost $14.4 \times 18 = 259.20$ dollars.

Hmm, wait, carpet is sold by whole square meters, so round up to 15 m²: $15 \times 18 = 270$. I'll give \$270."""
_C4_E = r"""Area: $4.5 \times 3.2 = 14.04$ m². Cost: $14.04 \times 18 = 252.72$."""
_add(
    "money",
    r"\$259.20",
    [
        (C, _bold(_C4_G, "**\\$259.20**")),
        (C, _box(_C4_G, r"\$259.20")),
        (C, _meta(_C4_G, "259.2")),
        (C, _prose(_C4_G, "So carpeting the room costs \\$259.20 in total.")),
        (H, _bold(_C4_B, "\\$270")),
        (H, _box(_C4_B, r"\$270")),
        (P, _meta(_C4_E, "252.72")),
        (T, _half(_C4_G, 1, r"Cost: $14.4 \times 18$. $14 \times 18 = 252$ and $0.4 \times 18 =")),
    ],
)


# --- more mixed word problems -----------------------------------------------------------------------------------

# Juice concentrate is mixed with water in the ratio 2:7. How many liters of water are needed for 6 liters of
# concentrate?
_X1_G = r"""Ratio concentrate : water $= 2 : 7$. With 6 L of concentrate, the scale factor is $6/2 = 3$.

Water: $7 \times 3 = 21$ liters.

Hmm, the total drink would be $6 + 21 = 27$ L, but the question asks for the water only. Check: $6 : 21 = 2 : 7$.
Yes, 21 liters."""
_X1_B = r"""Scale factor 3, so water is $7 \times 3 = 21$ L.

The question wants the total amount of drink, I think: $6 + 21 = 27$ liters."""
_X1_E = r"""Water $= 6 \times 7 / 2$... I'll do $6 \times 2 / 7 \approx 1.71$ liters."""
_add(
    "ratio",
    "21",
    [
        (C, _box(_X1_G, r"21 \text{ L}")),
        (C, _gsm(_X1_G, "21")),
        (C, _bold(_X1_G, "21 liters of water")),
        (C, _mnv(_X1_G, "21")),
        (H, _box(_X1_B, r"27 \text{ L}")),
        (H, _bold(_X1_B, "27 liters")),
        (P, _gsm(_X1_E, "1.71")),
        (T, _half(_X1_G, 1, r"Water: $7 \times 3$")),
    ],
)

# A phone plan costs $25 a month plus $0.10 per text. In March, Eli's bill was $38.40. How many texts did he send?
_X2_G = r"""Texts cost: $38.40 - 25 = 13.40$ dollars.

Number of texts: $13.40 / 0.10 = 134$.

Check: $25 + 134 \times 0.10 = 25 + 13.40 = 38.40$. Yes, 134 texts."""
_X2_B = r"""Texts cost $13.40$, and $13.40/0.10 = 134$ texts.

Hmm, most plans include the first 10 texts free... so he sent $134 + 10 = 144$ texts."""
_X2_E = r"""$38.40 / 0.10 = 384$ texts."""
_add(
    "count",
    "134",
    [
        (C, _meta(_X2_G, "134")),
        (C, _fa(_X2_G, "134")),
        (C, _is(_X2_G, "134 texts")),
        (C, _zh(_X2_G, "134")),
        (H, _meta(_X2_B, "144")),
        (
            H,
            _two(
                _X2_G,
                "134",
                r"""\$13.40 at 10 cents each: $13.40 / 0.1 = 13.4$... so 13 texts, with some
        rounding.""",
                "13",
            ),
        ),
        (P, _fa(_X2_E, "384")),
        (T, _half(_X2_G, 1, r"Number of texts: $13.40 / 0.10 =")),
    ],
)

# A car travels 180 km in 2 hours 15 minutes. What is its average speed in km/h?
_X3_G = r"""Time: 2 hours 15 minutes $= 2.25$ hours (15 minutes is a quarter hour).

Speed: $180 / 2.25 = 80$ km/h.

Wait, a common slip is using 2.15 hours: $180/2.15 \approx 83.7$. That's wrong since 15 min is 0.25 h. Check:
$80 \times 2.25 = 180$. Yes, 80 km/h."""
_X3_B = r"""$2$ h $15$ min $= 2.25$ h, and $180/2.25 = 80$ km/h.

Hmm, hmm. Actually let me use the clock value directly, 2.15: $180/2.15 = 83.72$, about 83.7 km/h. I think
that's more precise."""
_X3_E = r"""$180 / 2 = 90$ km/h for the first two hours, minus a bit: $90 - 15 = 75$ km/h."""
_add(
    "rate",
    r"80 \text{ km/h}",
    [
        (C, _head(_X3_G, r"80 \text{ km/h}")),
        (C, _gsm(_X3_G, "80")),
        (C, _bold(_X3_G, "**80 km/h**")),
        (C, _es(_X3_G, "80 km/h")),
        (H, _head(_X3_B, r"83.7 \text{ km/h}")),
        (H, _gsm(_X3_B, "83.7")),
        (P, _bold(_X3_E, "75 km/h")),
        (T, _half(_X3_G, 1, r"Speed: $180 / 2.25$ — let me do this as $18000 / 225$, and $225 \times 8$")),
    ],
)

# A store sells pencils at 3 for $0.90. How much do 20 pencils cost?
_X4_G = r"""One pencil: $0.90 / 3 = 0.30$ dollars.

20 pencils: $20 \times 0.30 = 6.00$.

Check: 18 pencils are 6 packs of 3, costing $6 \times 0.90 = 5.40$, plus 2 more at \$0.30 each is \$0.60, total
\$6.00. Good."""
_X4_B = r"""One pencil costs \$0.30, so 20 cost \$6.00.

Hmm, but you can only buy them in packs of 3, so 20 pencils need 7 packs: $7 \times 0.90 = 6.30$."""
_X4_E = r"""$20 / 3 \approx 6.67$ packs, times 0.90 is about \$6.03."""
_add(
    "money",
    r"\$6.00",
    [
        (C, _box(_X4_G, r"\$6.00")),
        (C, _bold(_X4_G, "\\$6")),
        (C, _meta(_X4_G, "6")),
        (C, _rem(_X4_G, r"\$6")),
        (H, _box(_X4_B, r"\$6.30")),
        (H, _meta(_X4_B, "6.30")),
        (P, _bold(_X4_E, "\\$6.03")),
        (T, _half(_X4_G, 1, r"20 pencils: $20 \times 0.30 =")),
    ],
)

# A 2 1/4-hour exam begins at 1:50 PM. At what time does it end?
_X5_G = r"""$2\tfrac14$ hours is 2 hours 15 minutes.

1:50 PM + 2 hours = 3:50 PM. Plus 15 minutes = 4:05 PM.

Wait, careful with the minutes: $50 + 15 = 65$ minutes, which is 1 hour 5 minutes, so 3:50 + 0:15 = 4:05. Yes,
4:05 PM."""
_X5_B = r"""$2\tfrac14$ h = 2 h 15 min. 1:50 + 2:15: hours $1 + 2 = 3$, minutes $50 + 15 = 65$ → 4:05 PM.

Hmm, but quarter of an hour... I've seen $\tfrac14$ hour taken as 25 minutes in some books? No... Let me recheck
with 2.25 h = 2 h 25 min: 1:50 + 2:25 = 4:15 PM. I'll go with 4:15 PM."""
_X5_E = r"""1:50 + 2:15 = 3:65, which is 3:65 → 4:65?? Let me write 3:05 PM."""
_add(
    "time",
    "4:05 PM",
    [
        (C, _bold(_X5_G, "The exam ends at **4:05 PM**.")),
        (C, _box(_X5_G, r"4{:}05\ \text{PM}")),
        (C, _gsm(_X5_G, "4:05 PM")),
        (C, _prose(_X5_G, "So the exam finishes at 4:05 in the afternoon (4:05 p.m.).")),
        (H, _bold(_X5_B, "4:15 PM")),
        (
            H,
            _two(
                _X5_G,
                r"4{:}05\ \text{PM}",
                r"""1:50 plus 2 hours is 3:50, plus 15 minutes gives 3:65, i.e. 4:15.""",
                r"4{:}15\ \text{PM}",
            ),
        ),
        (P, _box(_X5_E, r"3{:}05\ \text{PM}")),
        (T, _half(_X5_G, 1, r"1:50 PM + 2 hours = 3:50 PM. Plus 15 minutes =")),
    ],
)

# A survey of 250 people found 38% prefer tea. How many more people prefer something other than tea than prefer tea?
_X6_G = r"""Tea: $0.38 \times 250 = 95$ people.

Not tea: $250 - 95 = 155$ people.

Difference: $155 - 95 = 60$.

Check with percents: $62\% - 38\% = 24\%$ of 250 is $0.24 \times 250 = 60$. Yes."""
_X6_B = r"""Tea 95, others 155, so the difference is 60.

Hmm, wait, maybe they want how many prefer something other than tea: 155. The phrase "how many more" — I'll
give 155."""
_X6_E = r"""$0.38 \times 250 = 95$, $250 - 95 = 165$, difference $165 - 95 = 70$."""
_add(
    "percent",
    "60",
    [
        (C, _fa(_X6_G, "60")),
        (C, _gsm(_X6_G, "60")),
        (C, _is(_X6_G, "60 more people")),
        (C, _bold(_X6_G, "60 people")),
        (H, _fa(_X6_B, "155")),
        (H, _gsm(_X6_B, "155")),
        (P, _is(_X6_E, "70 more people")),
        (T, _half(_X6_G, 2, r"Difference: $155 -")),
    ],
)


assert len(THIRTYEIGHTH) == 396
assert _TALLY["problems"] == 51 and len(_CATEGORIES) == 11
assert _TALLY[C] == 204 and _TALLY[T] == 38
assert _TALLY[H] == 103 and _TALLY[P] == 51
assert sum(1 for row in THIRTYEIGHTH if row[3] == W) == 154
assert len(set(THIRTYEIGHTH)) == len(THIRTYEIGHTH)
