"""TWENTYFOURTH: a held-out batch of labelled answer-verification pairs in chat-assistant styles (issue 12).

Written on 2026-12-03 by a helper session (branch h/batch24) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any
pair. Every pair was labelled by hand (python used by hand to check the arithmetic only); pairs a reasonable
grader could label either way were left out (no 0.33 for 1/3, no rounding unless the question asks for it, no
"a quarter of an hour" for minutes). Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real chain of thought in a chat-assistant, tutoring or textbook voice: several steps with intermediate
numbers, a check, a false start ("Wait, let me recheck") and a rejected candidate, then the answer. About 60% of
the rows carry no `\\boxed{}` at all: the answer sits in a closing sentence of prose ("So the train arrives 15
minutes later than scheduled.", "Therefore, there are ten ways to choose the toppings."), a "Final answer: ..."
line, a bold "**Answer:** ..." line, the last line of a numbered "Step n: ... = 63" summary, a conclusion after a
markdown bullet list or table of the work, a Hendrycks "Final Answer: The final answer is $x$. I hope it is
correct." line, or a sentence followed by a polite closing remark ("Hope this helps!", "Let me know if you have
questions.", a tail naming 100! or the next worksheet problem). The boxed rows are competition-style closes,
display boxes followed by a remark, and boxes inline in a sentence ("So 360 has $\\boxed{24}$ positive
divisors."). Answer forms include numbers in words (cardinals "twelve", ordinals "nineteenth", fractions
"two-fifths" and "three twenty-eighths", negatives "negative four degrees Celsius", "one hundred thirty-five
degrees"), money ("$4.25", "\\$3.75", "4 dollars and 25 cents", "three dollars and seventy-five cents", "$66.00"),
percents ("15%", "15 percent", "a net decrease of 4%" for -4%), unicode math (×, ÷, −, ≈, √, superscripts and
subscripts such as 10⁻⁴, m², m³, a₁₅, x²), clock times (10:20 p.m., 10:20 PM, 22:20), thousands separators
("12,600", "12 600", `12{,}600`), mixed numbers, unsimplified surds (√72, √52, √128), reordered roots and
polynomials, `x ∈ {−2, 7}`, and choice letters as "(C)", "B" and `\\textbf{(C)}\\ 80`.
About two thirds of the negatives are hard, with the gold in the text (an intermediate, a rejected candidate, or
an earlier answer, often boxed, that a recheck overrules) while the last stated answer differs slightly (off by
one, a sign, a factor, a missing root, a swapped pair, a.m. for p.m., an exponent off by one, the total for the
part, the exterior for the interior angle, a misplaced digit such as $3.57 for $3.75, a wrong letter).
Each problem has one worked reasoning (`_X_G`, reaching the gold), one flawed reasoning with the gold in it
(`_X_B`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier close, a recheck and a last
answer (turning the `_X_E` answer into the gold, or the gold into a wrong answer), and `_cut` keeps a reasoning up
to a point mid-computation. Rows are added per problem through `_add`, which tags each negative as hard (H) or
plain (P) in `_TALLY`. The question itself is not part of the row; the comment above each problem states it.
46 problems in 15 categories (time, counting, words, integers, fractions, probability, money, percent, units,
radicals, equations, expressions, geometry, decimals, choice; 2 to 6 problems each); 356 rows: 194 correct, 138
incorrect, 24 truncated; 142 rows hold a `\\boxed{}` and 214 do not. Of the 138 negatives, 92 are hard (built on
a flawed reasoning that holds the gold, or on a right answer later overruled by a wrong one) and 46 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYFOURTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYFOURTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _say(r: str, s: str) -> str:
    """A closing sentence of prose holds the answer; no box, no marker."""
    return r + "\n\n" + s


def _fin(r: str, a: str) -> str:
    """A `Final answer: ...` line."""
    return r + "\n\nFinal answer: " + a


def _bold(r: str, a: str) -> str:
    """A bold `**Answer:** ...` line."""
    return r + "\n\n**Answer:** " + a


def _hend(r: str, a: str) -> str:
    """Hendrycks MATH: `Final Answer: The final answer is $x$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _box(r: str, a: str, lead: str = "So the answer is") -> str:
    """A competition close with `\\boxed{}`."""
    return r + "\n\n" + lead + " $\\boxed{" + a + "}$."


def _boxr(r: str, a: str, remark: str) -> str:
    """A display box followed by a chatty remark."""
    return r + "\n\n$$\\boxed{" + a + "}$$\n\n" + remark


def _polite(r: str, s: str, tail: str) -> str:
    """The answer in a sentence or line, then a polite closing remark."""
    return r + "\n\n" + s + "\n\n" + tail


def _steps(r: str, steps: list[str]) -> str:
    """A numbered summary of steps; the last step's line ends with the answer."""
    return r + "\n\nSummary:\n" + "\n".join(f"Step {i}: {s}" for i, s in enumerate(steps, 1))


def _bul(r: str, items: list[str], concl: str) -> str:
    """A markdown bullet list of the work, then a conclusion."""
    return r + "\n\nPutting it together:\n" + "\n".join("- " + i for i in items) + "\n\n" + concl


def _tab(r: str, header: list[str], rows: list[list[str]], concl: str) -> str:
    """A markdown table of the work, then a conclusion."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return r + "\n\n" + "\n".join(lines) + "\n\n" + concl


def _two(r: str, first: str, recheck: str, final: str) -> str:
    """An earlier close, a recheck, then the last stated answer (which wins)."""
    return r + "\n\n" + first + "\n\nWait, let me recheck. " + recheck + "\n\n" + final


def _cut(r: str, marker: str) -> str:
    """Truncated: the reasoning up to and including the first occurrence of `marker`, before any final answer."""
    i = r.index(marker)
    return r[: i + len(marker)]


_HOPE = "Hope this helps!"
_ASK = "Let me know if you have questions."
_STEP = "Let me know if you'd like me to go over any step again!"
_LUCK = "I hope that clears it up. Good luck on your quiz! 😊"
_MORE = "Feel free to send the next problem on the worksheet, and I'll walk through it the same way."


# ---------------------------------------------------------------- time

# A train covers 180 km. It was scheduled to average 90 km/h but averaged 80 km/h. How many minutes later than
# scheduled does it arrive?
_TR_G = _t("""
Let me find the scheduled time and the actual time, then subtract.

Scheduled: 180 km at 90 km/h takes 180 ÷ 90 = 2 hours.

Actual: 180 km at 80 km/h takes 180 ÷ 80 hours. My first instinct says 2.5 hours, but 80 × 2.5 = 200 km,
which is too far. Redo it: 80 × 2 = 160, leaving 20 km, and 20 ÷ 80 = 0.25 hours. So the actual time is
2.25 hours.

Wait, let me recheck the conversion to minutes: 0.25 h × 60 = 15 min, so the trip takes 2 h 15 min against
2 h scheduled. The difference is 2.25 − 2 = 0.25 hours, which is 15 minutes.
""")
_TR_B = _t("""
Scheduled time: 180 ÷ 90 = 2 hours. Actual time: 180 ÷ 80 = 2.25 hours.

So the actual trip is 2.25 hours, which on a clock would read like 2:15, i.e. 15 minutes past the two hours.
But 2.25 is a decimal, so I should convert the fractional part properly: 0.25 of an hour is 0.25 × 100 = 25
minutes.

So the difference 2.25 − 2 = 0.25 hours is 25 minutes.
""")
_TR_E = _t("""
The train runs 10 km/h slower than planned. Over the 2 scheduled hours it falls 10 × 2 = 20 km behind.

Those 20 km still have to be covered. At the planned 90 km/h, 20 km takes 20 ÷ 90 h = 2/9 h, and
2/9 × 60 = 13.33 minutes.

Check: 2/9 h is a bit less than a quarter hour, which seems reasonable for a small speed drop.
""")
_add(
    "time",
    "15",
    [
        (C, _say(_TR_G, "So the train arrives 15 minutes later than scheduled.")),
        (C, _polite(_TR_G, "**Answer:** 15 minutes", _HOPE)),
        (C, _say(_TR_G, "Therefore, the train arrives fifteen minutes behind schedule.")),
        (
            C,
            _two(
                _TR_E,
                "So the train is about $\\boxed{13}$ minutes late.",
                "The train covers the last 20 km at its own speed of 80 km/h, not at 90: 20 ÷ 80 = 0.25 h = 15 "
                "min. Directly: 180 ÷ 80 = 2.25 h against 2 h, again 0.25 h.",
                "So the train actually arrives 15 minutes later than scheduled.",
            ),
        ),
        (H, _say(_TR_B, "So the train arrives 25 minutes late.")),
        (
            H,
            _two(
                _TR_G,
                "So the train arrives $\\boxed{15}$ minutes later.",
                "Rereading the question, it wants how many minutes the late train needs: 180 ÷ 80 = 2.25 h, and "
                "2.25 × 60 = 135 minutes.",
                "So the answer is 135 minutes.",
            ),
        ),
        (P, _say(_TR_E, "So the train arrives about 13 minutes late.")),
        (T, _cut(_TR_G, "takes 180 ÷ 80 hours. My first instinct says")),
    ],
)

# A movie starts at 7:45 pm and lasts 2 hours 35 minutes. At what time does it end?
_MV_G = _t("""
Add the hours first: 7:45 pm + 2 hours = 9:45 pm.

Now add 35 minutes: 45 + 35 = 80 minutes. That's more than an hour, so write 80 = 60 + 20: one more hour and
20 minutes. I almost wrote 9:80, which isn't a time.

So 9:45 pm + 35 min = 10:20 pm.

Wait, let me recheck by counting to the hour: from 7:45 to 8:00 is 15 min, leaving 2 h 20 min; 8:00 + 2 h 20 min
= 10:20 pm ✓.
""")
_MV_B = _t("""
7:45 + 2:35. Minutes: 45 + 35 = 80 = 1 h 20 min. Hours: 7 + 2 + 1 = 10. So it looks like 10:20.

Hmm, but that's using 24-hour thinking on a pm time. 7:45 pm plus about two and a half hours crosses
into the late evening... and the 10 in 10:20 is the ten that follows noon's twelve, so counting from
midnight it's am.
""")
_MV_E = _t("""
Add the parts: 7 h + 2 h = 9 h, and 45 min + 35 min = 80 min.

80 minutes is 1 hour 10 minutes... no wait, I'll carry the 1 hour: 9 + 1 = 10 h and 80 − 70 = 10 minutes left.

Check: it should end a bit after 10 pm, and this does.
""")
_add(
    "time",
    "10:20 \\text{ pm}",
    [
        (C, _say(_MV_G, "So the movie ends at 10:20 p.m.")),
        (C, _say(_MV_G, "The movie lets out at 10:20 PM, so plan to be picked up then.")),
        (C, _fin(_MV_G, "10:20 pm")),
        (C, _polite(_MV_G, "It ends at 22:20 (that's 10:20 in the evening).", _ASK)),
        (
            C,
            _two(
                _MV_E,
                "So the movie ends at $\\boxed{10:10\\text{ pm}}$.",
                "80 minutes is 1 hour and 20 minutes, not 10, since 80 − 60 = 20. So 9:45 + 35 min = 10:20.",
                "The movie ends at 10:20 pm.",
            ),
        ),
        (H, _say(_MV_B, "So the movie ends at 10:20 a.m.")),
        (
            H,
            _two(
                _MV_G,
                "**Answer:** $\\boxed{10:20\\text{ pm}}$",
                "2 hours 35 minutes after 7:45: 7:45 → 9:45 → then 35 minutes is 15 to reach 10:00 and 20 more... "
                "hmm, I'll just add 35 to 9:45 as 9:80 and drop the hour carry since the hour was already added.",
                "**Answer:** 9:20 pm",
            ),
        ),
        (P, _say(_MV_E, "So the movie ends at 10:10 p.m.")),
    ],
)

# How many seconds are there in 3.5 hours?
_SE_G = _t("""
One hour is 60 minutes and one minute is 60 seconds, so one hour is 60 × 60 = 3600 seconds.

Then 3.5 hours = 3.5 × 3600 seconds. Split it: 3 × 3600 = 10800 and 0.5 × 3600 = 1800.

Wait, let me recheck that I didn't use 100 seconds per minute out of habit: 3.5 h = 210 minutes, and
210 × 60 = 12600 ✓. Adding the split: 10800 + 1800 = 12600.
""")
_SE_B = _t("""
3.5 hours = 3.5 × 60 = 210 minutes. Then seconds: 210 × 60 = 12600.

Hmm, that looks big. Let me recheck: 210 × 60 = 210 × 6 × 10 = 1260 × 10... I think I put an extra zero on; 210
× 6 = 1260 is the product, and the × 10 was already inside the 60.
""")
_SE_E = _t("""
3.5 hours: 3 hours and 5 minutes... no, 0.5 hours is 30 minutes, so 3 h 30 min = 3 × 60 + 30 = 210 minutes.

I need seconds, but I'll just report the minutes figure since the next step is a conversion factor of 60 which
I already applied once.
""")
_add(
    "time",
    "12600",
    [
        (C, _say(_SE_G, "So there are 12,600 seconds in 3.5 hours.")),
        (C, _bold(_SE_G, "12 600 seconds")),
        (C, _say(_SE_G, "Therefore, 3.5 hours is twelve thousand six hundred seconds.")),
        (C, _box(_SE_G, "12{,}600", "Final result:")),
        (H, _say(_SE_B, "So 3.5 hours is 1,260 seconds.")),
        (
            H,
            _two(
                _SE_G,
                "So 3.5 hours contains $\\boxed{12{,}600}$ seconds.",
                "Actually the question probably means how many minutes, since seconds would be a huge number; "
                "3.5 × 60 = 210.",
                "So the answer is 210.",
            ),
        ),
        (P, _say(_SE_E, "So the answer is 210 seconds.")),
        (T, _cut(_SE_G, "Then 3.5 hours = 3.5 × 3600 seconds. Split it: 3 × 3600 =")),
    ],
)

# 6 workers paint a fence in 8 hours. Working at the same rate, how many hours would 4 workers take?
_WK_G = _t("""
The job takes 6 × 8 = 48 worker-hours in total.

With 4 workers, the time is 48 ÷ 4 = 12 hours.

Wait, let me sanity check the direction: fewer workers should take longer, and 12 > 8 ✓. A tempting shortcut is
the proportion 8 × 4/6 = 5.33, but that makes fewer workers faster, so I reject it.
""")
_WK_B = _t("""
Total work: 6 workers × 8 h = 48 worker-hours. With 4 workers: 48 ÷ 4 = 12 h.

Hmm, but that's the time for the whole fence, and two of the six workers leaving after... no, the question is
just 4 workers. Actually I'll redo it as a proportion to be sure: time scales with workers, 8 × 4/6 = 16/3 ≈ 5.33.
Hmm, 12 vs 5.33. The proportion is the standard method, so 16/3 hours.
""")
_WK_E = _t("""
Two fewer workers, and each worker seems to handle 8 ÷ 6 ≈ 1.33 hours of the job... So removing 2 workers
adds about 2 × 1.33 = 2.67 hours: 8 + 2.67 = 10.67 hours.

Check: more than 8 hours, as expected with fewer people.
""")
_add(
    "time",
    "12",
    [
        (C, _say(_WK_G, "So 4 workers would need 12 hours.")),
        (C, _polite(_WK_G, "Four workers would take twelve hours to paint the fence.", _STEP)),
        (C, _steps(_WK_G, ["total work = 6 × 8 = 48 worker-hours", "time for 4 workers = 48 ÷ 4 = 12 hours"])),
        (
            C,
            _two(
                _WK_E,
                "So it takes about $\\boxed{10.67}$ hours.",
                "The rate per worker is 1/48 of the fence per hour, so 4 workers paint 4/48 = 1/12 per hour, "
                "and the job takes 12 hours. The 1.33 h per worker idea was not a real quantity.",
                "**Answer:** 12 hours",
            ),
        ),
        (H, _say(_WK_B, "So 4 workers need 16/3 hours, about 5.33 hours.")),
        (
            H,
            _two(
                _WK_G,
                "So the answer is $\\boxed{12}$ hours.",
                "If 6 workers take 8 hours, 4 workers are two-thirds of the crew, so the time is two-thirds "
                "longer... 8 + (2/3)·8 = 13.33. Hmm, no: I'll just say 8 ÷ (4/6)... that is 12. Or is it "
                "8 × 6/4 − 8 = 4 extra hours plus the original... I'll go with 8 + 4 + 1 = 13 to allow for breaks.",
                "So 4 workers would take 13 hours.",
            ),
        ),
        (P, _say(_WK_E, "So 4 workers would take about 10.67 hours.")),
    ],
)


# ---------------------------------------------------------------- counting

# A pizzeria offers 5 toppings. How many different pizzas with exactly 2 different toppings can be ordered?
_PZ_G = _t("""
We choose 2 of the 5 toppings, and the order they go on the pizza doesn't matter.

If order mattered, there would be 5 choices for the first topping and 4 for the second: 5 × 4 = 20. But
mushroom-then-olive is the same pizza as olive-then-mushroom, so each pizza was counted twice.

Wait, let me recheck by listing with toppings A, B, C, D, E: AB, AC, AD, AE, BC, BD, BE, CD, CE, DE. That's
4 + 3 + 2 + 1 pizzas, and 20 ÷ 2 = C(5, 2) = 10, matching the list.
""")
_PZ_B = _t("""
Choosing 2 of 5: C(5, 2) = 5!/(2! · 3!) = 10.

Hmm, but a customer could also order a double portion of one topping, which is also a pizza with two toppings.
There are 5 such doubles, so I should add them: 10 + 5 = 15.
""")
_PZ_E = _t("""
Each topping is either on or off, giving 2⁵ = 32 combinations.

I want the ones with two toppings, so remove the plain pizza and the 5 single-topping pizzas: 32 − 1 − 5 = 26.

Check: 26 is less than 32, fine.
""")
_add(
    "counting",
    "10",
    [
        (C, _say(_PZ_G, "Therefore, there are ten ways to choose the toppings.")),
        (
            C,
            _bul(
                _PZ_G,
                ["ordered picks: 5 × 4 = 20", "each pizza counted twice", "unordered: 20 ÷ 2 = 10"],
                "So there are **10** different two-topping pizzas.",
            ),
        ),
        (C, _fin(_PZ_G, "10")),
        (
            C,
            _two(
                _PZ_E,
                "So there are 26 pizzas.",
                "26 counts the pizzas with two or more toppings. Exactly two is C(5, 2) = 10: AB, AC, AD, AE, BC, "
                "BD, BE, CD, CE, DE.",
                "Therefore there are $\\boxed{10}$ possible pizzas.",
            ),
        ),
        (H, _say(_PZ_B, "So there are fifteen possible pizzas.")),
        (
            H,
            _two(
                _PZ_G,
                "Therefore, there are ten ways: $\\boxed{10}$.",
                "The toppings are put on one after another, so AB and BA are made differently; counting ordered "
                "choices, 5 × 4 = 20.",
                "So there are 20 possible pizzas.",
            ),
        ),
        (P, _say(_PZ_E, "So $\\boxed{26}$ different pizzas can be ordered.")),
        (T, _cut(_PZ_G, "there would be 5 choices for the first topping and 4 for the second: 5 ×")),
    ],
)

# How many positive divisors does 360 have?
_DV_G = _t("""
First factor 360 = 36 × 10 = 2² · 3² · 2 · 5 = 2³ · 3² · 5.

A divisor picks an exponent of 2 from {0, 1, 2, 3}, of 3 from {0, 1, 2}, and of 5 from {0, 1}. My first thought
was to multiply the exponents, 3 · 2 · 1 = 6, but that forgets the exponent 0. Wait, let me recheck: the
numbers of choices are 4, 3 and 2, so the count is 4 × 3 × 2.

Check by pairing: 1·360, 2·180, 3·120, 4·90, 5·72, 6·60, 8·45, 9·40, 10·36, 12·30, 15·24, 18·20. That is 12
pairs, so 4 × 3 × 2 = 24 divisors.
""")
_DV_B = _t("""
360 = 2³ · 3² · 5, so the number of divisors is (3 + 1)(2 + 1)(1 + 1) = 24.

Hmm, "divisors of 360" in a textbook usually means numbers that divide 360 other than 360 itself, since 360
dividing itself is trivial. Removing it leaves 24 − 1.
""")
_DV_E = _t("""
360 = 6² · 10 = 2² · 3² · 2 · 5.

Using (a + 1)(b + 1)... over the four prime powers 2², 3², 2, 5: (2 + 1)(2 + 1)(1 + 1)(1 + 1) = 9 · 4 = 36.

Check: 36 is a tenth of 360, plausible for a number with many factors.
""")
_add(
    "counting",
    "24",
    [
        (C, _say(_DV_G, "So 360 has $\\boxed{24}$ positive divisors.")),
        (
            C,
            _tab(
                _DV_G,
                ["prime", "exponent", "choices"],
                [["2", "3", "4"], ["3", "2", "3"], ["5", "1", "2"]],
                "Multiplying the choices, 360 has 4 · 3 · 2 = 24 positive divisors.",
            ),
        ),
        (C, _hend(_DV_G, "24")),
        (
            C,
            _two(
                _DV_E,
                "So the answer is $\\boxed{36}$.",
                "The two factors of 2 must be merged first: 2² · 2 = 2³, so 360 = 2³ · 3² · 5 and the count is "
                "4 · 3 · 2. Treating 2² and 2 as separate primes overcounts.",
                "The correct count is twenty-four.",
            ),
        ),
        (H, _say(_DV_B, "So 360 has $\\boxed{23}$ positive divisors.")),
        (
            H,
            _two(
                _DV_G,
                "So 360 has $\\boxed{24}$ positive divisors.",
                "Listing them: 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 24, 30, 36, 45, 60, 72, 90, 120, 180, 360. "
                "That's 22 numbers, and I trust the explicit list over the formula.",
                "Final answer: 22",
            ),
        ),
        (P, _say(_DV_E, "So 360 has 36 positive divisors.")),
        (T, _cut(_DV_G, "A divisor picks an exponent of 2 from {0, 1, 2, 3}, of 3 from")),
    ],
)

# How many zeros does 50! end with?
_FZ_G = _t("""
Trailing zeros come from factors 10 = 2 · 5, and 50! has far more 2s than 5s, so count the factors of 5.

Multiples of 5 up to 50: ⌊50/5⌋ = 10. Multiples of 25 give an extra 5 each: ⌊50/25⌋ = 2. Multiples of 125:
none.

At first I stopped at 10, but wait, 25 and 50 each carry 5², so I need those 2 extra factors. Total: 10 + 2 = 12.
""")
_FZ_B = _t("""
Factors of 5: ⌊50/5⌋ + ⌊50/25⌋ = 10 + 2 = 12.

Hmm, but 50 = 2 · 5² and I'm not sure its second 5 was counted: the 2 from ⌊50/25⌋ covers 25 and... 50 is a
multiple of 25 too, but the first 5 of 50 is in the 10, and its second 5 might be missing. Adding one more for
50 gives 13.
""")
_FZ_E = _t("""
Each multiple of 5 pairs with an even number to make a 10: there are ⌊50/5⌋ = 10 multiples of 5.

25 = 5 · 5 gives one more 5. So 10 + 1 = 11 factors of 5, hence 11 zeros.
""")
_add(
    "counting",
    "12",
    [
        (C, _box(_FZ_G, "12")),
        (C, _say(_FZ_G, "Therefore, 50! ends in twelve zeros.")),
        (C, _polite(_FZ_G, "Final answer: 12", "Let me know if you want the same method worked for 100! too.")),
        (
            C,
            _two(
                _FZ_E,
                "So there are 11 trailing zeros.",
                "Both 25 and 50 are multiples of 25, so each gives one extra 5: 10 + 2.",
                "**Answer:** 12 trailing zeros",
            ),
        ),
        (H, _box(_FZ_B, "13")),
        (
            H,
            _two(
                _FZ_G,
                "So the answer is $\\boxed{12}$.",
                "25 and 50 are already among the ten multiples of 5, so adding ⌊50/25⌋ counts them twice. The "
                "total should be just 10.",
                "So 50! ends with 10 zeros.",
            ),
        ),
        (P, _say(_FZ_E, "So 50! ends with 11 zeros.")),
    ],
)


# ---------------------------------------------------------------- words (ordinals, sequences)

# In a line of 30 students, Maya is 12th from the front. What is her position counting from the back?
_LN_G = _t("""
There are 11 students in front of Maya, so the number behind her is 30 − 11 − 1 = 18.

Counting from the back, those 18 students come first and Maya comes next. My first guess was 30 − 12 = 18, but
that's how many people stand behind her, not her position. Wait, let me recheck with a tiny line: 5 students,
2nd from the front, is 4th from the back, and 5 − 2 + 1 = 4 ✓.

So her position from the back is 30 − 12 + 1 = 19.
""")
_LN_B = _t("""
The formula would be 30 − 12 + 1 = 19. Let me sanity check with a small line instead of trusting a formula.

People behind her: 30 − 12 = 18. Counting from the back, I count those 18 people, and she is at the end of that
count, so her place from the back is the 18th.
""")
_LN_E = _t("""
She is 12th from the front, so from the back we remove her and the 12 − 1 ahead... that's 30 − 12 − 1 = 17.

Check: 17 + 12 = 29, close to 30, and the one missing is Maya herself.
""")
_add(
    "words",
    "19",
    [
        (C, _say(_LN_G, "So Maya is nineteenth from the back of the line.")),
        (C, _say(_LN_G, "Her position from the back is 19th.")),
        (C, _polite(_LN_G, "**Answer:** 19th from the back", _ASK)),
        (
            C,
            _two(
                _LN_E,
                "So she is $\\boxed{17\\text{th}}$ from the back.",
                "With 5 students and the 2nd from the front, she is 4th from the back; 5 − 2 − 1 = 2 fails while "
                "5 − 2 + 1 = 4 works. So it is 30 − 12 + 1.",
                "So she is 19th from the back.",
            ),
        ),
        (H, _say(_LN_B, "So Maya is eighteenth from the back.")),
        (
            H,
            _two(
                _LN_G,
                "So Maya is nineteenth from the back, i.e. $\\boxed{19}$.",
                "The +1 counts Maya a second time, since she is already one of the 12. Dropping it: 30 − 12.",
                "So her position from the back is 18.",
            ),
        ),
        (P, _say(_LN_E, "Therefore, Maya is seventeenth from the back.")),
        (T, _cut(_LN_G, "There are 11 students in front of Maya, so the number behind her is 30 −")),
    ],
)

# What is the 15th term of the arithmetic sequence 7, 11, 15, ...?
_SQ_G = _t("""
The first term is a₁ = 7 and the common difference is d = 11 − 7 = 4.

The n-th term is aₙ = a₁ + (n − 1)d. A common slip is to use n·d, which would give 7 + 15 · 4 = 67, but the first
term has zero steps added. Wait, let me recheck with n = 3: 7 + 2 · 4 = 15 ✓.

So a₁₅ = 7 + 14 · 4 = 7 + 56 = 63.
""")
_SQ_B = _t("""
With a₁ = 7 and d = 4, a₁₅ = 7 + 14 · 4 = 63.

Hmm, but many textbooks index sequences from zero, with 7 as term 0, 11 as term 1, and so on. Then the 15th term
is 7 + 15 · 4 = 67.
""")
_SQ_E = _t("""
The difference is 4, so the terms are 7 plus multiples of 4.

The 15th term is then 7 + 15 · 4 = 7 + 60 = 67.

Check: the 2nd term would be 7 + 2 · 4 = 15... hmm, that's listed third, but it's close enough.
""")
_add(
    "words",
    "63",
    [
        (C, _say(_SQ_G, "Therefore, the fifteenth term is sixty-three.")),
        (C, _steps(_SQ_G, ["a₁ = 7", "d = 11 − 7 = 4", "a₁₅ = 7 + 14 × 4 = 63"])),
        (C, _hend(_SQ_G, "63")),
        (
            C,
            _two(
                _SQ_E,
                "So the answer is $\\boxed{67}$.",
                "My check failed: with n = 1 the formula 7 + n·4 gives 11, not 7. It must be a₁ + (n − 1)d, so "
                "a₁₅ = 7 + 56.",
                "The fifteenth term is 63.",
            ),
        ),
        (H, _say(_SQ_B, "The fifteenth term is sixty-seven.")),
        (
            H,
            _two(
                _SQ_G,
                "The 15th term is $\\boxed{63}$.",
                "Listing: 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 59, 63. Hmm, I count 16 entries there, "
                "so the 15th is the one before the last.",
                "So the 15th term is 59.",
            ),
        ),
        (P, _say(_SQ_E, "So the 15th term is 67.")),
        (T, _cut(_SQ_G, "A common slip is to use n·d, which would give")),
    ],
)


# ---------------------------------------------------------------- integers (competition style)

# What is the remainder when 2^100 is divided by 7?
_MD_G = _t("""
Powers of 2 mod 7: 2¹ = 2, 2² = 4, 2³ = 8 ≡ 1. So the cycle length is 3.

100 = 3 · 33 + 1, so 2¹⁰⁰ = (2³)³³ · 2¹ ≡ 1³³ · 2 (mod 7).

Wait, let me recheck the division: 3 · 33 = 99, remainder 1 ✓. If I had miscounted the remainder as 2, I would
get 4, so the remainder 1 matters. Cross-check with Fermat: 2⁶ ≡ 1 and 100 = 6 · 16 + 4, so 2¹⁰⁰ ≡ 2⁴ = 16 =
14 + 2, which agrees: the remainder is 2.
""")
_MD_B = _t("""
The cycle of 2ⁿ mod 7 is 2, 4, 1, length 3, and 100 ≡ 1 (mod 3), which would point at 2.

Hmm, but the cycle really starts at 2⁰ = 1, so I should index the list (1, 2, 4) instead. Exponent 100 is
position 100 − 1 = 99 ≡ 0 in that list, which is the entry 1.
""")
_MD_E = _t("""
2ⁿ mod 7 cycles through (2, 4, 1). Since 100 mod 3 = 1, I take index 1 of the list, counting from zero: (2, 4, 1)
at index 1 is 4.

Check: 2⁴ = 16 and 16 mod 7... I'll trust the cycle.
""")
_add(
    "integers",
    "2",
    [
        (C, _box(_MD_G, "2")),
        (C, _say(_MD_G, "Therefore, the remainder is two.")),
        (C, _boxr(_MD_G, "2", _ASK)),
        (
            C,
            _two(
                _MD_E,
                "So the answer is $\\boxed{4}$.",
                "The list (2, 4, 1) holds 2¹, 2², 2³, so an exponent ≡ 1 (mod 3) takes the first entry, 2. The "
                "check I skipped: 2⁴ = 16 ≡ 2, and 4 ≡ 1 (mod 3) ✓.",
                "$\\boxed{2}$",
            ),
        ),
        (H, _box(_MD_B, "1")),
        (
            H,
            _two(
                _MD_G,
                "So the remainder is $\\boxed{2}$.",
                "Another way: 2¹⁰ = 1024, and 7 · 146 = 1020, leaving 4, so 2¹⁰ ≡ 4 and 2¹⁰⁰ ≡ 4¹⁰ = 2²⁰ ≡ 2² = 4 "
                "(since 20 = 18 + 2). This is more direct than the cycle, so I'll go with it.",
                "The remainder is $\\boxed{4}$.",
            ),
        ),
        (P, _say(_MD_E, "So the remainder is $\\boxed{4}$.")),
    ],
)

# What is the greatest common divisor of 84 and 126?
_GC_G = _t("""
Euclid: 126 = 1 · 84 + 42, then 84 = 2 · 42 + 0. The last nonzero remainder is 42.

Wait, let me recheck with prime factors: 84 = 2² · 3 · 7 and 126 = 2 · 3² · 7. Common part: 2 · 3 · 7 = 42 ✓.
I briefly thought of 21, which divides both, but 42 also divides both and is larger.
""")
_GC_B = _t("""
126 − 84 = 42, and 42 divides 84 (twice), so gcd = 42 by Euclid.

Hmm, but 42 is even and 126/42 = 3 is odd... I should take only the odd common factors 3 · 7, since the 2 only
appears once in 126 and I'm not sure it counts as shared. That gives 21.
""")
_GC_E = _t("""
84 = 2² · 3 · 7 and 126 = 2 · 3² · 7. Taking the higher power of each prime: 2² · 3² · 7 = 252.

Check: 252 is a multiple of both 84 (× 3) and 126 (× 2).
""")
_add(
    "integers",
    "42",
    [
        (C, _box(_GC_G, "42")),
        (C, _say(_GC_G, "So $\\gcd(84, 126) = \\boxed{42}$.")),
        (C, _hend(_GC_G, "42")),
        (
            C,
            _two(
                _GC_E,
                "So the gcd is 252.",
                "252 is the least common multiple, the higher powers. The gcd takes the lower powers: 2 · 3 · 7.",
                "The greatest common divisor is forty-two.",
            ),
        ),
        (H, _box(_GC_B, "21")),
        (
            H,
            _two(
                _GC_G,
                "So the answer is $\\boxed{42}$.",
                "The question asks for the least common multiple of 84 and 126, so I take the higher powers: "
                "2² · 3² · 7.",
                "So the answer is $\\boxed{252}$.",
            ),
        ),
        (P, _box(_GC_E, "252")),
    ],
)

# What is the sum of the integers from 1 to 50 inclusive?
_SM_G = _t("""
Pair the first and last terms: 1 + 50 = 51, 2 + 49 = 51, and so on. There are 50 numbers, so 25 pairs.

Sum = 25 · 51 = 1275.

Wait, let me recheck with the formula n(n + 1)/2 = 50 · 51/2 = 2550/2 = 1275 ✓. I nearly used n(n − 1)/2, which
gives 1225, the sum from 1 to 49.
""")
_SM_B = _t("""
n(n + 1)/2 with n = 50 gives 50 · 51/2 = 1275.

Hmm, "from 1 to 50" — the formula n(n + 1)/2 counts one past n, I think, so for the numbers up to 50 I should
use n(n − 1)/2 = 50 · 49/2.
""")
_SM_E = _t("""
The average of the numbers is 50/2 = 25, and there are 50 of them, so the sum is 25 × 50 = 1250.

Check: about half of 50², which is 2500, so 1250 fits.
""")
_add(
    "integers",
    "1275",
    [
        (C, _box(_SM_G, "1275")),
        (C, _say(_SM_G, "So the sum of the integers from 1 to 50 is 1,275.")),
        (C, _polite(_SM_G, "The total is one thousand two hundred seventy-five.", _HOPE)),
        (
            C,
            _two(
                _SM_E,
                "So the sum is $\\boxed{1250}$.",
                "The average of 1 through 50 is (1 + 50)/2 = 25.5, not 25. So the sum is 25.5 × 50.",
                "So the sum is $\\boxed{1{,}275}$.",
            ),
        ),
        (H, _box(_SM_B, "1225")),
        (
            H,
            _two(
                _SM_G,
                "**Answer:** 1275",
                "Inclusive of both ends there are 51 numbers, so there are 25.5 pairs... I'll use 26 pairs of 51: "
                "26 · 51 = 1326.",
                "**Answer:** 1326",
            ),
        ),
        (P, _say(_SM_E, "So the sum is 1,250.")),
        (T, _cut(_SM_G, "There are 50 numbers, so 25 pairs.\n\nSum = 25 ·")),
    ],
)


# ---------------------------------------------------------------- fractions

# Ana eats 1/4 of a pizza and Ben eats 7/20 of it. What fraction of the pizza is left?
_FR_G = _t("""
Common denominator 20: 1/4 = 5/20, so together they ate 5/20 + 7/20 = 12/20.

Left over: 1 − 12/20 = 8/20. Simplify by 4: 8/20 = 2/5.

Wait, let me recheck that I'm answering "left", not "eaten": eaten is 12/20 = 3/5, and 3/5 + 2/5 = 1 ✓.
""")
_FR_B = _t("""
1/4 = 5/20, so the eaten part is 5/20 + 7/20 = 12/20 = 3/5, and the rest is 2/5.

The question is about the part of the pizza Ana and Ben had, so I'll report the eaten amount, which is the
12/20 I found.
""")
_FR_E = _t("""
Add what they ate: 1/4 + 7/20 = (1 + 7)/(4 + 20) = 8/24 = 1/3.

Left: 1 − 1/3 = 2/3. Check: 2/3 + 1/3 = 1 ✓.
""")
_add(
    "fractions",
    "\\frac{2}{5}",
    [
        (C, _say(_FR_G, "So two-fifths of the pizza is left.")),
        (C, _bold(_FR_G, "2/5 of the pizza")),
        (C, _say(_FR_G, "The amount left is 8/20 of the pizza, which is the same as 0.4 of it.")),
        (
            C,
            _two(
                _FR_E,
                "So $\\boxed{\\frac{2}{3}}$ of the pizza is left.",
                "Fractions don't add by adding tops and bottoms. With denominator 20: 5/20 + 7/20 = 12/20 eaten, "
                "so 8/20 is left.",
                "Final answer: $\\frac{2}{5}$",
            ),
        ),
        (H, _say(_FR_B, "So three-fifths of the pizza is accounted for by Ana and Ben, and that's the answer: 3/5.")),
        (
            H,
            _two(
                _FR_G,
                "So $\\boxed{\\frac{2}{5}}$ of the pizza is left.",
                "Ben ate 7/20 of what remained after Ana, not of the whole pizza: after Ana, 3/4 is left, and Ben "
                "eats 7/20 · 3/4 = 21/80, leaving 3/4 − 21/80 = 60/80 − 21/80 = 39/80.",
                "So 39/80 of the pizza is left.",
            ),
        ),
        (P, _say(_FR_E, "So two-thirds of the pizza is left.")),
        (T, _cut(_FR_G, "so together they ate 5/20 + 7/20 =")),
    ],
)

# Solve for x: 3x/4 − 2 = x/6 + 1.
_LE_G = _t("""
Multiply both sides by 12, the LCD of 4 and 6: 12 · (3x/4) − 24 = 12 · (x/6) + 12, i.e. 9x − 24 = 2x + 12.

Then 7x = 36, so x = 36/7.

Wait, let me recheck by substituting: 3x/4 = 3 · 36/28 = 108/28 = 27/7, and 27/7 − 2 = 13/7. On the right,
x/6 = 36/42 = 6/7, and 6/7 + 1 = 13/7 ✓.
""")
_LE_B = _t("""
Times 12: 9x − 24 = 2x + 12, so 7x = 36 and x = 36/7.

Hmm, let me double-check the multiplication: 12 · 3x/4 = 9x ✓, 12 · x/6 = 2x ✓, but I think the constant on the
right should stay 1 because only the fraction terms get multiplied. So 9x − 24 = 2x + 1, 7x = 25.
""")
_LE_E = _t("""
Move terms: 3x/4 − x/6 = 1 + 2 = 3. Combine: (3x − x)/(4 − 6)... hmm, (9x − 2x)/12 = 7x/12 = 3.

So x = 3 · 7/12 = 21/12 = 7/4.

Check: x ≈ 1.75, both sides are small numbers, fine.
""")
_add(
    "fractions",
    "\\frac{36}{7}",
    [
        (C, _box(_LE_G, "\\dfrac{36}{7}")),
        (C, _say(_LE_G, "So the solution is $x = \\boxed{\\frac{36}{7}}$.")),
        (C, _say(_LE_G, "Therefore, x = 5 1/7, which as an improper fraction is 36/7.")),
        (
            C,
            _two(
                _LE_E,
                "So $\\boxed{x = \\frac{7}{4}}$.",
                "From 7x/12 = 3, x = 3 · 12/7, not 3 · 7/12. So x = 36/7.",
                "Final answer: x = 36/7",
            ),
        ),
        (H, _say(_LE_B, "So $\\boxed{x = \\frac{25}{7}}$.")),
        (
            H,
            _two(
                _LE_G,
                "Final answer: $\\boxed{x = \\frac{36}{7}}$",
                "From 7x = 36 I need x = 36 ÷ 7... hmm, I think I flipped it: dividing by 7 gives 7/36.",
                "Final answer: x = 7/36",
            ),
        ),
        (P, _say(_LE_E, "So x = 7/4.")),
    ],
)


# ---------------------------------------------------------------- probability

# Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_DC_G = _t("""
There are 6 × 6 = 36 equally likely ordered outcomes.

Sum 8: (2,6), (3,5), (4,4), (5,3), (6,2). That's 5 outcomes. My first list also had (4,4) twice as "first die 4,
second die 4" and "second die 4, first die 4", but that is one outcome.

Wait, let me recheck that (1,7) isn't possible: a die only goes to 6 ✓. So the probability is 5/36.
""")
_DC_B = _t("""
Outcomes with sum 8: (2,6), (3,5), (4,4), (5,3), (6,2), so 5 of 36, i.e. 5/36.

Hmm, but (4,4) is a double and doubles are twice as special... with two dice, each die can show the 4, so (4,4)
counts twice. That gives 6 outcomes: 6/36 = 1/6.
""")
_DC_E = _t("""
The sums range from 2 to 12, which is 11 possible sums, so the probability of a sum of 8 is 1/11.

Check: 11 sums, each one of them, adds up to 1 ✓.
""")
_add(
    "probability",
    "\\frac{5}{36}",
    [
        (C, _say(_DC_G, "So the probability of rolling a sum of 8 is 5/36.")),
        (C, _polite(_DC_G, "**Answer:** $\\frac{5}{36}$", _LUCK)),
        (C, _box(_DC_G, "\\frac{5}{36}")),
        (
            C,
            _two(
                _DC_E,
                "So the probability is $\\boxed{\\frac{1}{11}}$.",
                "The 11 sums are not equally likely; a sum of 7 can happen 6 ways and a sum of 2 only 1 way. "
                "Counting ordered outcomes: 5 of the 36 give 8.",
                "The probability is five thirty-sixths, that is, 5/36.",
            ),
        ),
        (H, _say(_DC_B, "Therefore, the probability is 1/6.")),
        (
            H,
            _two(
                _DC_G,
                "So the probability is $\\boxed{\\frac{5}{36}}$.",
                "Since the dice are identical, I should count unordered pairs: {2,6}, {3,5}, {4,4}, which is 3 of "
                "the 21 unordered outcomes.",
                "So the probability is $\\boxed{\\frac{3}{21}} = \\boxed{\\frac{1}{7}}$.",
            ),
        ),
        (P, _say(_DC_E, "Therefore, the probability is $\\boxed{\\frac{1}{11}}$.")),
        (T, _cut(_DC_G, "Sum 8: (2,6), (3,5), (4,4),")),
    ],
)

# A bag has 3 red and 5 blue marbles. Two marbles are drawn without replacement. What is the probability that
# both are red?
_MR_G = _t("""
First draw red: 3/8. Given that, the second is red with 2 red left among 7: 2/7.

P(both red) = 3/8 · 2/7 = 6/56 = 3/28.

Wait, let me recheck with combinations: C(3,2)/C(8,2) = 3/28 ✓. With replacement it would be (3/8)² = 9/64, but
the marbles are not put back, so that candidate is out.
""")
_MR_B = _t("""
Without replacement: 3/8 · 2/7 = 6/56 = 3/28.

Hmm, but the order of the two marbles could be either way, red-then-red or red-then-red the other way, so I
should double it: 2 · 3/28 = 6/28 = 3/14.
""")
_MR_E = _t("""
Each draw is red with probability 3/8. Two draws: 3/8 · 3/8 = 9/64.

Check: 9/64 is a bit under 1/7, which seems reasonable.
""")
_add(
    "probability",
    "\\frac{3}{28}",
    [
        (C, _say(_MR_G, "So the probability that both marbles are red is $\\boxed{\\frac{3}{28}}$.")),
        (C, _fin(_MR_G, "6/56, which simplifies to 3/28")),
        (C, _hend(_MR_G, "\\frac{3}{28}")),
        (
            C,
            _two(
                _MR_E,
                "So the probability is $\\boxed{\\frac{9}{64}}$.",
                "The first marble is not replaced, so the second draw has 2 red among 7: 3/8 · 2/7.",
                "The probability is three twenty-eighths (3/28).",
            ),
        ),
        (H, _say(_MR_B, "So the probability is $\\boxed{\\frac{3}{14}}$.")),
        (
            H,
            _two(
                _MR_G,
                "So P(both red) = $\\boxed{\\frac{3}{28}}$.",
                "C(3, 2) = 3 ways to pick two reds, and C(8, 2) = 8 · 7 = 56 ways to pick any two, so it's 3/56.",
                "So P(both red) = 3/56.",
            ),
        ),
        (P, _say(_MR_E, "So the probability is 9/64.")),
    ],
)

# A fair coin is flipped 3 times. What is the probability of getting at least one head?
_CN_G = _t("""
Use the complement: the only way to get no heads is TTT, which has probability (1/2)³ = 1/8.

So P(at least one head) = 1 − 1/8 = 7/8.

Wait, let me recheck by counting: 2³ = 8 outcomes, and all except TTT have a head, so 7 of 8 ✓. I first wrote
3/8, which is the chance of exactly one head, not at least one.
""")
_CN_B = _t("""
Complement: P(no heads) = 1/8, so P(at least one) = 7/8.

Hmm, though "at least one head" in the worksheet's earlier part meant exactly one head. Exactly one head: HTT,
THT, TTH, which is 3 of 8.
""")
_CN_E = _t("""
Each flip has a 1/2 chance of heads, and there are 3 flips, so P(at least one head) = 3 · 1/2 = 3/2... that's
over 1, impossible. So I'll average instead: (1/2 + 1/2 + 1/2)/3 = 1/2.
""")
_add(
    "probability",
    "\\frac{7}{8}",
    [
        (C, _say(_CN_G, "So the probability of at least one head is seven-eighths.")),
        (C, _say(_CN_G, "The probability is 7/8, or 0.875.")),
        (C, _polite(_CN_G, "**Answer:** 7/8", _STEP)),
        (
            C,
            _two(
                _CN_E,
                "So the probability is 1/2.",
                "Averaging isn't right. The complement: no heads at all is TTT with probability 1/8, so at least "
                "one head is 1 − 1/8.",
                "So the answer is $\\boxed{\\frac{7}{8}}$.",
            ),
        ),
        (H, _say(_CN_B, "So the probability is 3/8.")),
        (
            H,
            _two(
                _CN_G,
                "So the answer is $\\boxed{7/8}$.",
                "P(no heads) = 1/8, and 'at least one' excludes that case, so the probability is the 1/8 "
                "complement itself.",
                "So the answer is 1/8.",
            ),
        ),
        (P, _say(_CN_E, "So the probability is 1/2.")),
        (T, _cut(_CN_G, "which has probability (1/2)³ =")),
    ],
)


# ---------------------------------------------------------------- money

# Notebooks cost $1.25 each and pens $0.50 each. Lena buys 3 notebooks and 4 pens and pays with a $10 bill. How
# much change does she get?
_CH_G = _t("""
Notebooks: 3 × $1.25 = $3.75. Pens: 4 × $0.50 = $2.00.

Total cost: $3.75 + $2.00 = $5.75.

Change: $10.00 − $5.75. Let me be careful with the cents: $10.00 − $5.00 = $5.00, then − $0.75 gives $4.25.
Wait, let me recheck by adding back: $5.75 + $4.25 = $10.00 ✓.
""")
_CH_B = _t("""
3 × 1.25 = 3.75 and 4 × 0.50 = 2.00, so the total is 5.75 and the change is 10 − 5.75 = 4.25.

Hmm, let me recheck the subtraction column by column: 10.00 − 5.75, the cents 00 − 75 borrow to 25, and the
dollars 10 − 5 = 5... so I think the change is $5.25 once the borrow is done right.
""")
_CH_E = _t("""
Notebooks: 3 × 1.25 = 3.75. Pens: 4 × 0.5 = 0.20... yes, 4 × 0.05 = 0.20.

Total: 3.75 + 0.20 = 3.95. Change: 10 − 3.95 = 6.05.
""")
_add(
    "money",
    "4.25",
    [
        (C, _say(_CH_G, "So Lena gets $4.25 in change.")),
        (C, _say(_CH_G, "Therefore, her change is 4 dollars and 25 cents.")),
        (C, _polite(_CH_G, "**Answer:** \\$4.25", _HOPE)),
        (C, _say(_CH_G, "She should get four dollars and twenty-five cents back.")),
        (
            C,
            _two(
                _CH_E,
                "So her change is $6.05.",
                "Pens are $0.50, not $0.05: 4 × 0.50 = 2.00. Total 3.75 + 2.00 = 5.75, change 10 − 5.75.",
                "So Lena's change is $\\boxed{\\$4.25}$.",
            ),
        ),
        (H, _say(_CH_B, "So Lena's change is $\\boxed{\\$5.25}$.")),
        (
            H,
            _two(
                _CH_G,
                "So Lena gets back $\\boxed{4.25}$ dollars.",
                "The question asks how much she spends at the register, which is the total $5.75.",
                "Final answer: $5.75",
            ),
        ),
        (P, _say(_CH_E, "So she gets $6.05 in change.")),
        (T, _cut(_CH_G, "Total cost: $3.75 + $2.00 =")),
    ],
)

# A jacket costs $80. It is discounted 25%, then 10% sales tax is added to the discounted price. What is the final
# price?
_JK_G = _t("""
Discount: 25% of $80 = $20, so the sale price is $80 − $20 = $60.

Tax: 10% of $60 = $6, so the final price is $60 + $6 = $66.

Wait, let me recheck with multipliers: 80 × 0.75 × 1.10 = 60 × 1.1 = 66 ✓. I first thought of netting the
percents, 25% − 10% = 15% off, giving 80 × 0.85 = 68, but the two percents apply to different bases, so I
reject 68.
""")
_JK_B = _t("""
80 × 1.10 = 88 with tax, then 88 × 0.75 = 66. Same as 80 × 0.75 × 1.1 = 66.

Hmm, but the store takes the 25% off the original ticket price, which is $20, and the tax is computed first on
the ticket: 88 − 20 = 68.
""")
_JK_E = _t("""
Discount 25% of 80 = 20, so 60. Then the tax: 10% of the original 80 = 8.

Final: 60 + 8 = 68? Hmm, or the tax should come off since it's a discount day... I'll take 60 − 8 = 52.
""")
_add(
    "money",
    "66",
    [
        (C, _say(_JK_G, "So the final price of the jacket is $66.")),
        (C, _bold(_JK_G, "$66.00")),
        (C, _say(_JK_G, "The jacket ends up costing sixty-six dollars.")),
        (
            C,
            _two(
                _JK_E,
                "Final price: $\\boxed{52}$ dollars.",
                "Tax is added, not subtracted, and it's 10% of the discounted $60: 60 + 6.",
                "The final price is 66 dollars.",
            ),
        ),
        (H, _say(_JK_B, "So the final price is $68.")),
        (
            H,
            _two(
                _JK_G,
                "So the final price is $\\boxed{66}$ dollars.",
                "Percent changes on a price can be combined: −25% and +10% make −15% overall, so 80 × 0.85.",
                "So the final price is $68.",
            ),
        ),
        (P, _say(_JK_E, "So the final price is $52.")),
    ],
)

# $1,200 is invested at 3.5% simple interest per year for 4 years. How much interest is earned?
_SI_G = _t("""
Simple interest is I = P · r · t with P = 1200, r = 0.035, t = 4.

One year: 1200 × 0.035 = 42. Four years: 42 × 4 = 168.

Wait, let me recheck that I didn't use r = 0.35: that would give 420 per year, far too much for 3.5%. And the
balance at the end would be 1200 + 168 = 1368, but the question asks only for the interest.
""")
_SI_B = _t("""
I = 1200 × 0.035 × 4 = 168, so the account holds 1200 + 168 = 1368 after 4 years.

The amount at the end is what the investor actually earns back, so I'll give the total.
""")
_SI_E = _t("""
3.5% of 1200 = 1200 × 0.35 = 420 per year. Over 4 years: 420 × 4 = 1680.

Check: that's more than the principal... interest can add up over time, so fine.
""")
_add(
    "money",
    "168",
    [
        (C, _say(_SI_G, "So the investment earns $168 in interest.")),
        (C, _hend(_SI_G, "\\$168")),
        (C, _polite(_SI_G, "The interest earned is 168 dollars.", _ASK)),
        (
            C,
            _two(
                _SI_E,
                "So the interest is $1,680.",
                "3.5% is 0.035, not 0.35: 1200 × 0.035 = 42 per year, and 42 × 4.",
                "So the interest earned is $\\boxed{\\$168.00}$.",
            ),
        ),
        (H, _say(_SI_B, "So the answer is $1,368.")),
        (
            H,
            _two(
                _SI_G,
                "**Answer:** $\\boxed{\\$168}$",
                "The rate is per year but I should use the yearly figure once, since simple interest is not "
                "compounded: $42.",
                "**Answer:** $42",
            ),
        ),
        (P, _say(_SI_E, "So the interest earned is $\\boxed{\\$1{,}680}$.")),
        (T, _cut(_SI_G, "One year: 1200 × 0.035 =")),
    ],
)

# Five friends split an $18.75 bill equally. How much does each friend pay?
_SP_G = _t("""
Divide $18.75 by 5. $15 ÷ 5 = $3, and $3.75 ÷ 5 = $0.75.

So each pays $3 + $0.75 = $3.75.

Wait, let me recheck by multiplying back: 5 × 3.75 = 18.75 ✓. I first misread the bill as split among 4 people,
which would be 18.75 ÷ 4 = 4.6875, about $4.69, but there are five friends.
""")
_SP_B = _t("""
18.75 ÷ 5: 5 goes into 18 three times with 3 left, 37 ÷ 5 = 7 remainder 2, 25 ÷ 5 = 5. So 3.75.

Hmm, I wrote the digits as 3, 7, 5, but let me recheck the order of the long division: the remainders gave 5
then 7, so the quotient reads 3.57.
""")
_SP_E = _t("""
The bill is $18.75 and there are 5 friends, but the person paying the bill doesn't pay himself back, so it's
split among 4: 18.75 ÷ 4 = 4.6875, which rounds to $4.69.
""")
_add(
    "money",
    "3.75",
    [
        (C, _say(_SP_G, "So each friend pays $3.75.")),
        (C, _say(_SP_G, "Each friend pays 3 dollars and 75 cents.")),
        (C, _fin(_SP_G, "\\$3.75 per person")),
        (C, _polite(_SP_G, "Each of them owes three dollars and seventy-five cents.", _MORE)),
        (
            C,
            _two(
                _SP_E,
                "Each pays $\\boxed{\\$4.69}$.",
                "All five friends share the bill equally, including the one who paid it: 18.75 ÷ 5.",
                "So each friend pays $3.75.",
            ),
        ),
        (H, _say(_SP_B, "So each friend pays $3.57.")),
        (
            H,
            _two(
                _SP_G,
                "So each pays $\\boxed{3.75}$ dollars.",
                "The friend who covered the bill is already paid up, so only four friends owe money: "
                "18.75 ÷ 4 = 4.6875.",
                "So each of the others pays about $4.69.",
            ),
        ),
        (P, _say(_SP_E, "So each friend pays $4.69.")),
    ],
)

# A room is 4.2 m by 3.5 m. Floor tiles cost $12 per square meter. How much does it cost to tile the floor?
_TL_G = _t("""
Area: 4.2 × 3.5. Compute 4 × 3.5 = 14 and 0.2 × 3.5 = 0.7, so the area is 14.7 m².

Cost: 14.7 × 12 = 147 + 29.4 = 176.4.

Wait, let me recheck: 14.7 × 12 = 14.7 × 10 + 14.7 × 2 = 147 + 29.4 = 176.4 ✓. I first used the perimeter
2(4.2 + 3.5) = 15.4 m by mistake, which would give 184.8, but tiles cover area.
""")
_TL_B = _t("""
Area 4.2 × 3.5 = 14.7 m², and cost 14.7 × 12 = 176.4.

Hmm, the question says cost "to tile the floor", and the 14.7 I found is the area of floor that gets tiles; I
think they want that number with the tiles, so the key quantity is 14.7.
""")
_TL_E = _t("""
Tiles go around the room, so I need the perimeter: 2 × (4.2 + 3.5) = 2 × 7.7 = 15.4 m.

Cost: 15.4 × 12 = 154 + 30.8 = 184.8.
""")
_add(
    "money",
    "176.4",
    [
        (C, _say(_TL_G, "So tiling the floor costs $176.40.")),
        (
            C,
            _tab(
                _TL_G,
                ["quantity", "value"],
                [["area", "4.2 × 3.5 = 14.7 m²"], ["price", "$12 per m²"], ["cost", "14.7 × 12"]],
                "The total cost is $176.40.",
            ),
        ),
        (C, _bold(_TL_G, "176 dollars and 40 cents")),
        (
            C,
            _two(
                _TL_E,
                "So the cost is $\\boxed{\\$184.80}$.",
                "Floor tiles cover the area, not the edge: 4.2 × 3.5 = 14.7 m², and 14.7 × 12 = 176.4.",
                "So the cost is $176.40.",
            ),
        ),
        (H, _say(_TL_B, "So the answer is 14.7.")),
        (
            H,
            _two(
                _TL_G,
                "So the cost is $\\boxed{\\$176.40}$.",
                "4.2 × 3.5: 4 × 3 = 12 and 0.2 × 0.5 = 0.1, so the area is 12.1 m²... hmm, that's not 14.7. I'll "
                "trust this one, and 12.1 × 12 = 145.2.",
                "So the cost is $145.20.",
            ),
        ),
        (P, _say(_TL_E, "So it costs $184.80 to tile the floor.")),
        (T, _cut(_TL_G, "Compute 4 × 3.5 = 14 and 0.2 × 3.5 =")),
    ],
)

# $240 is shared in the ratio 3:5. How much is the larger share?
_RT_G = _t("""
The ratio 3:5 has 3 + 5 = 8 parts, so one part is 240 ÷ 8 = 30.

The larger share is 5 parts: 5 × 30 = 150. The smaller is 3 × 30 = 90.

Wait, let me recheck: 150 + 90 = 240 ✓, and 90 : 150 = 3 : 5 ✓. I first divided by 5 instead of 8, getting
48 per part, which doesn't add up.
""")
_RT_B = _t("""
8 parts, 240 ÷ 8 = 30 per part, so the shares are 90 and 150.

The question asks for the share of the first person in the ratio, which is the 3-part share.
""")
_RT_E = _t("""
Larger share: 5/3 of the smaller... I'll take 240 ÷ 3 = 80 per part, and the larger one is... hmm, two parts
would then be 160. Let me just say the larger is 240 − 80 = 160.
""")
_add(
    "money",
    "150",
    [
        (C, _say(_RT_G, "So the larger share is $\\boxed{\\$150}$.")),
        (C, _say(_RT_G, "Therefore, the larger share is one hundred fifty dollars.")),
        (C, _box(_RT_G, "150")),
        (
            C,
            _two(
                _RT_E,
                "So the larger share is $160.",
                "The ratio has 3 + 5 = 8 parts, so a part is 240 ÷ 8 = 30, and the larger share is 5 parts.",
                "The larger share is $\\boxed{\\$150}$.",
            ),
        ),
        (H, _say(_RT_B, "So the answer is $90.")),
        (
            H,
            _two(
                _RT_G,
                "So the larger share is $\\boxed{\\$150}$.",
                "With the ratio 3:5, each part is 240 ÷ 5 = 48, and the larger share is 5 parts... no, that's all "
                "240. Then the larger share is 3 parts of 48 plus the difference... I'll go with 5 × 48 − 3 × 48 "
                "+ 48 = 144.",
                "So the larger share is $144.",
            ),
        ),
        (P, _say(_RT_E, "So the larger share is $160.")),
    ],
)


# ---------------------------------------------------------------- percent

# A town's population rose from 2,400 to 2,760. What is the percent increase?
_PI_G = _t("""
The increase is 2760 − 2400 = 360.

Percent increase is measured against the original: 360 ÷ 2400 = 0.15.

Wait, let me recheck that I'm not dividing by the new value: 360 ÷ 2760 ≈ 0.1304 would be 13.04%, but the base
for an increase is the starting population. And 2400 × 1.15 = 2760 ✓. So it's a 15% increase.
""")
_PI_B = _t("""
Increase: 360. As a fraction of the original, 360/2400 = 0.15, i.e. 15%.

Hmm, but the percent should be taken of the current population, since that's the population we have now:
360 ÷ 2760 ≈ 0.1304.
""")
_PI_E = _t("""
The increase is 2760 − 2400 = 360, and as a percent that's 360 ÷ 100 = 3.6%.

Check: a few percent growth sounds normal for a town.
""")
_add(
    "percent",
    "15\\%",
    [
        (C, _say(_PI_G, "So the population increased by 15%.")),
        (C, _say(_PI_G, "Therefore, the percent increase is fifteen percent.")),
        (C, _polite(_PI_G, "**Answer:** 15 percent", _HOPE)),
        (
            C,
            _two(
                _PI_E,
                "So it grew $\\boxed{3.6\\%}$.",
                "Dividing by 100 doesn't give a percent; the increase must be divided by the original 2400: "
                "360/2400 = 0.15.",
                "The percent increase is 15%.",
            ),
        ),
        (H, _say(_PI_B, "So the percent increase is about $\\boxed{13.04\\%}$.")),
        (
            H,
            _two(
                _PI_G,
                "So the answer is a $\\boxed{15\\%}$ increase.",
                "Percent increase compares the new value to the old: 2760/2400 = 1.15, so the population is 115% "
                "of what it was.",
                "So the answer is 115%.",
            ),
        ),
        (P, _say(_PI_E, "So the population grew by 3.6%.")),
        (T, _cut(_PI_G, "Percent increase is measured against the original: 360 ÷")),
    ],
)

# What percent of 80 is 28?
_PO_G = _t("""
Write it as 28 = p% × 80, so p = 28/80 × 100.

28/80 = 7/20 = 0.35, so p = 35.

Wait, let me recheck that it isn't 80/28 ≈ 2.857, which would be "80 is what multiple of 28". The question has
28 as the part and 80 as the whole. And 35% of 80 = 0.35 × 80 = 28 ✓.
""")
_PO_B = _t("""
28/80 = 0.35 = 35%. So 28 is 35% of 80.

Hmm, but the remaining part, 80 − 28 = 52, is what's left over, and the question is about the percent that
80 is beyond 28... 52/80 = 0.65.
""")
_PO_E = _t("""
Percent = whole ÷ part = 80 ÷ 28 ≈ 2.857, and times 100 that's about 285.7%.

Check: 28 × 2.857 ≈ 80 ✓.
""")
_add(
    "percent",
    "35\\%",
    [
        (C, _say(_PO_G, "So 28 is $\\boxed{35\\%}$ of 80.")),
        (C, _fin(_PO_G, "35%")),
        (C, _say(_PO_G, "Therefore, 28 is thirty-five percent of 80.")),
        (
            C,
            _two(
                _PO_E,
                "So the answer is about $\\boxed{285.7\\%}$.",
                "The percent is part ÷ whole, and the part is 28: 28/80 = 0.35.",
                "So the answer is 35 percent.",
            ),
        ),
        (H, _say(_PO_B, "So the answer is 65%.")),
        (
            H,
            _two(
                _PO_G,
                "**Answer:** $\\boxed{35\\%}$",
                "0.35 as a percent: move the decimal one place, so 3.5%.",
                "**Answer:** 3.5%",
            ),
        ),
        (P, _say(_PO_E, "So 28 is about 285.7% of 80.")),
    ],
)

# A price rises 20% and then falls 20%. What is the net percent change in the price?
_NC_G = _t("""
Take a starting price of 100. After a 20% rise: 100 × 1.2 = 120. After a 20% fall: 120 × 0.8 = 96.

So the price went from 100 to 96, a change of −4, i.e. −4%.

Wait, let me recheck the tempting answer 0%: the rise and fall cancel only if they apply to the same base, but
the 20% fall is taken from 120, so it removes 24, more than the 20 added. In multipliers: 1.2 × 0.8 = 0.96 ✓.
""")
_NC_B = _t("""
1.2 × 0.8 = 0.96, so the price ends at 96% of the start, a 4% change.

The price moved by 4 percent, and since the last move was a rise... no, the last move was the fall; but the
multiplier 0.96 is the net factor, and 1 − 0.96 = 0.04, a positive number, so the change is +4%.
""")
_NC_E = _t("""
A 20% rise and a 20% fall are the same size in opposite directions, so they cancel: +20% − 20% = 0%.

Check: up and down the same amount lands where it started.
""")
_add(
    "percent",
    "-4\\%",
    [
        (C, _say(_NC_G, "So the price has a net decrease of 4%.")),
        (C, _say(_NC_G, "The net change is −4%.")),
        (C, _polite(_NC_G, "Net percent change: negative four percent (a 4% drop).", _STEP)),
        (C, _box(_NC_G, "-4\\%", "So the net change is")),
        (
            C,
            _two(
                _NC_E,
                "So the net change is $\\boxed{0\\%}$.",
                "The fall is 20% of the higher price 120, so it removes 24: 100 → 120 → 96.",
                "So the price decreased by 4 percent overall.",
            ),
        ),
        (H, _say(_NC_B, "So the net change is a 4% increase.")),
        (
            H,
            _two(
                _NC_G,
                "So the net change is $\\boxed{-4\\%}$.",
                "Percents of the same size in opposite directions cancel, and the 96 came from rounding the "
                "intermediate price.",
                "So the net change is 0%.",
            ),
        ),
        (P, _say(_NC_E, "So the net percent change is 0%.")),
    ],
)


# ---------------------------------------------------------------- units

# A circle has radius 3 m. What is its area, to the nearest tenth of a square meter?
_CA_G = _t("""
A = πr² = π · 3² = 9π.

9π ≈ 9 × 3.14159 = 28.274. To the nearest tenth: the hundredths digit is 7, so round up... no wait, the tenths
digit is 2 and the next digit is 7, so 28.27 rounds to 28.3.

Let me recheck that I didn't use the diameter: π · 6² = 113.1 would be four times too big. And the
circumference 2π · 3 ≈ 18.8 is a length, not an area.
""")
_CA_B = _t("""
A = 9π ≈ 28.274 m². The tenths digit is 2, so to the nearest tenth I keep 28.2 and drop the rest, since
rounding only looks at the digit itself.
""")
_CA_E = _t("""
The diameter is 6 m, and A = πd² = π · 36 ≈ 113.097. To the nearest tenth, 113.1.

Check: a circle of width 6 m covers a bit less than a 6 × 6 = 36 square... hmm, 113 is more than 36, but π
makes it bigger.
""")
_add(
    "units",
    "28.3",
    [
        (C, _say(_CA_G, "The area is about 28.3 square meters.")),
        (C, _say(_CA_G, "So A ≈ 28.3 m².")),
        (C, _box(_CA_G, "28.3\\ \\text{m}^2", "Rounded to the nearest tenth, the area is")),
        (C, _polite(_CA_G, "**Answer:** ≈ 28.3 m²", _LUCK)),
        (
            C,
            _two(
                _CA_E,
                "So the area is about 113.1 m².",
                "The check failed: the circle fits inside the 6 × 6 square, so its area must be under 36. The "
                "formula uses the radius: π · 3² = 9π ≈ 28.27.",
                "So the area is approximately $\\boxed{28.3}$ square meters.",
            ),
        ),
        (H, _say(_CA_B, "So the area is about 28.2 square meters.")),
        (
            H,
            _two(
                _CA_G,
                "The area is about $\\boxed{28.3}$ m².",
                "Area of a circle is 2πr, so 2 × 3.14159 × 3 = 18.85, and to the nearest tenth that's 18.8 "
                "(the 5 after the 8 is followed by nothing bigger).",
                "The area is about 18.8 m².",
            ),
        ),
        (P, _say(_CA_E, "So the area is about 113.1 square meters.")),
        (T, _cut(_CA_G, "9π ≈ 9 × 3.14159 =")),
    ],
)

# Convert 72 km/h to meters per second.
_KM_G = _t("""
1 km = 1000 m and 1 h = 3600 s, so 72 km/h = 72 × 1000 / 3600 m/s.

72000 / 3600 = 20.

Wait, let me recheck with the shortcut: divide km/h by 3.6 to get m/s. 72 ÷ 3.6 = 20 ✓. Multiplying by 3.6
instead would give 259.2, which goes the wrong way (m/s numbers are smaller than km/h numbers).
""")
_KM_B = _t("""
72 × 1000 / 3600 = 20. Hmm, let me double check with the 3.6 rule: for km/h to m/s, multiply by 3.6, so
72 × 3.6 = 259.2.

The rule is the standard one, so I'll go with it over my fraction.
""")
_KM_E = _t("""
72 km/h is 72000 m per hour, and an hour is 60 minutes, so 72000 ÷ 60 = 1200 m per... second.

Check: cars go fast, 1200 seems plausible.
""")
_add(
    "units",
    "20",
    [
        (C, _say(_KM_G, "So 72 km/h is $\\boxed{20\\ \\text{m/s}}$.")),
        (C, _say(_KM_G, "Therefore, the speed is twenty meters per second.")),
        (C, _hend(_KM_G, "20\\,\\text{m/s}")),
        (
            C,
            _two(
                _KM_E,
                "So it's $\\boxed{1200}$ m/s.",
                "Dividing by 60 gave meters per minute. An hour has 3600 seconds: 72000 ÷ 3600 = 20.",
                "So the speed is 20 m/s.",
            ),
        ),
        (H, _say(_KM_B, "So 72 km/h is 259.2 m/s.")),
        (
            H,
            _two(
                _KM_G,
                "So 72 km/h = $\\boxed{20}$ m/s.",
                "An hour is 60 minutes, and I need per second, so 72000 ÷ 60 = 1200.",
                "So 72 km/h = 1200 m/s.",
            ),
        ),
        (P, _say(_KM_E, "So 72 km/h is 1200 meters per second.")),
    ],
)

# What is the volume, in cubic meters, of a cube with side 20 cm?
_CB_G = _t("""
Convert first: 20 cm = 0.2 m.

Volume = 0.2³ = 0.2 × 0.2 × 0.2 = 0.008 m³.

Wait, let me recheck via cm³: 20³ = 8000 cm³, and 1 m³ = 100³ = 10⁶ cm³, so 8000 cm³ = 8000 × 10⁻⁶ m³ = 0.008 m³
✓. I almost divided 8000 by 100 (giving 80), but a volume conversion needs 100³.
""")
_CB_B = _t("""
0.2³ = 0.008 m³, or 8000 cm³.

Hmm, dividing 8000 cm³ by 1000 converts cm³ to... liters, and also m³? 1 m³ = 1000 L, so 8000 cm³ = 8 L =
0.008 m³... but I think m³ is 1000 cm³ since a meter is 100 cm, so 8000 ÷ 1000 = 8 m³.
""")
_CB_E = _t("""
20 cm = 0.2 m, and 0.2³ = 0.2 × 3 = 0.6.

Check: less than 1 m³, since the cube is smaller than a meter.
""")
_add(
    "units",
    "0.008",
    [
        (C, _say(_CB_G, "So the cube's volume is 0.008 m³.")),
        (C, _say(_CB_G, "The volume is 8 × 10⁻³ m³.")),
        (C, _bold(_CB_G, "$8\\times10^{-3}\\ \\text{m}^3$")),
        (
            C,
            _two(
                _CB_E,
                "So the volume is 0.6 m³.",
                "Cubing is multiplying three times, not by 3: 0.2 × 0.2 × 0.2 = 0.008.",
                "The volume is $\\boxed{0.008}$ cubic meters.",
            ),
        ),
        (H, _say(_CB_B, "So the volume is 8 m³.")),
        (
            H,
            _two(
                _CB_G,
                "So the volume is $\\boxed{0.008\\ \\text{m}^3}$.",
                "20³ = 8000, and the question asks the volume, so 8000.",
                "So the volume is 8000 cubic units.",
            ),
        ),
        (P, _say(_CB_E, "So the volume is 0.6 m³.")),
        (T, _cut(_CB_G, "Volume = 0.2³ = 0.2 × 0.2 ×")),
    ],
)

# Write 0.00052 in scientific notation.
_SN_G = _t("""
Move the decimal point right until one nonzero digit is in front: 0.00052 → 5.2, which takes 4 moves.

Moving right means a negative exponent, so 0.00052 = 5.2 × 10⁻⁴.

Wait, let me recheck by expanding: 5.2 × 10⁻⁴ = 5.2 / 10000 = 0.00052 ✓. I first counted 3 moves, but 5.2 × 10⁻³
= 0.0052, one place off.
""")
_SN_B = _t("""
0.00052 = 5.2 × 10⁻⁴ (four places). Hmm, let me count again: after the point the digits are 0, 0, 0, 5, so the
5 is in the third... the zeros before the 5 are 0.000, three of them, so the exponent is −3.
""")
_SN_E = _t("""
The decimal moves 4 places, so the exponent is 4: 0.00052 = 5.2 × 10⁴.

Check: 10⁴ is big... but scientific notation always uses a power of ten.
""")
_add(
    "units",
    "5.2\\times10^{-4}",
    [
        (C, _say(_SN_G, "So 0.00052 = 5.2 × 10⁻⁴.")),
        (C, _box(_SN_G, "5.2 \\times 10^{-4}")),
        (C, _say(_SN_G, "In scientific notation, the number is 5.2 · 10^(−4).")),
        (
            C,
            _two(
                _SN_E,
                "So it is $\\boxed{5.2 \\times 10^{4}}$.",
                "5.2 × 10⁴ = 52000, which is huge. The number is less than 1, so the exponent is negative: −4.",
                "**Answer:** $5.2 \\times 10^{-4}$",
            ),
        ),
        (H, _say(_SN_B, "So $0.00052 = \\boxed{5.2 \\times 10^{-3}}$.")),
        (
            H,
            _two(
                _SN_G,
                "So the answer is $\\boxed{5.2\\times10^{-4}}$.",
                "The exponent counts the zeros after the decimal point, and there are three of them before the 5.",
                "So the answer is $\\boxed{5.2\\times10^{-3}}$.",
            ),
        ),
        (P, _say(_SN_E, "So in scientific notation it is 5.2 × 10⁴.")),
    ],
)


# ---------------------------------------------------------------- radicals

# What is the length of the diagonal of a square with side 6? (exact form)
_DG_G = _t("""
The diagonal splits the square into two right triangles with legs 6 and 6.

d² = 6² + 6² = 36 + 36 = 72, so d = √72.

Simplify: 72 = 36 · 2, so √72 = 6√2. Wait, let me recheck that I didn't stop at d² = 72: the diagonal is √72 ≈
8.49, a bit longer than the side, which makes sense. And 6√3 would be the space diagonal of a cube, not this.
""")
_DG_B = _t("""
d² = 36 + 36 = 72, so d = √72 = 6√2.

Hmm, but the diagonal of a square with side s is usually written s√3, I remember the √3 from the cube formula
applying to squares too. So 6√3.
""")
_DG_E = _t("""
The diagonal goes across both sides, so d = 6 + 6 = 12... that's too long since it's the hypotenuse. Use
d = 6 × √(1/2)... so d = 6/√2 = 3√2.
""")
_add(
    "radicals",
    "6\\sqrt{2}",
    [
        (C, _say(_DG_G, "So the diagonal is $\\boxed{6\\sqrt{2}}$ units long.")),
        (C, _say(_DG_G, "Therefore, the diagonal has length √72.")),
        (C, _hend(_DG_G, "6\\sqrt{2}")),
        (C, _polite(_DG_G, "**Answer:** $d = 6\\sqrt{2}$", _ASK)),
        (
            C,
            _two(
                _DG_E,
                "So the diagonal is 3√2.",
                "3√2 ≈ 4.24 is shorter than the side, impossible for a hypotenuse. By Pythagoras, d² = 72.",
                "So $d = \\boxed{6\\sqrt{2}}$.",
            ),
        ),
        (H, _say(_DG_B, "So the diagonal is $\\boxed{6\\sqrt{3}}$.")),
        (
            H,
            _two(
                _DG_G,
                "The diagonal is $\\boxed{6\\sqrt{2}}$.",
                "The question asks for d², which the exact form is... since √ is not exact, I'll give d² itself.",
                "So the answer is 72.",
            ),
        ),
        (P, _say(_DG_E, "So the diagonal is 3√2.")),
    ],
)

# Simplify √50 + √18.
_RS_G = _t("""
√50 = √(25 · 2) = 5√2 and √18 = √(9 · 2) = 3√2.

Like radicals add: 5√2 + 3√2 = 8√2.

Wait, let me recheck that I'm not adding the radicands: √(50 + 18) = √68 ≈ 8.25, while √50 + √18 ≈ 7.07 + 4.24
= 11.31 and 8√2 ≈ 11.31 ✓.
""")
_RS_B = _t("""
√50 = 5√2, √18 = 3√2, so the sum is 8√2.

Hmm, to be safe I'll combine under one root, since radicals with the same index combine: √50 + √18 = √(50 + 18)
= √68 = 2√17.
""")
_RS_E = _t("""
√50 = 5√2 and √18 = 2√3, since 18 = 6 · 3... hmm, √18 = √(2 · 9)... I'll take 2√3 anyway.

They aren't like terms, so the sum is 5√2 + 2√3.
""")
_add(
    "radicals",
    "8\\sqrt{2}",
    [
        (C, _say(_RS_G, "So √50 + √18 simplifies to 8√2.")),
        (C, _box(_RS_G, "8\\sqrt{2}")),
        (C, _say(_RS_G, "Therefore, the sum is √128, which is 8√2 in simplest form.")),
        (
            C,
            _two(
                _RS_E,
                "So the answer is $5\\sqrt{2} + 2\\sqrt{3}$.",
                "√18 = √(9 · 2) = 3√2, not 2√3. Then 5√2 + 3√2.",
                "So the answer is $\\boxed{8\\sqrt{2}}$.",
            ),
        ),
        (H, _say(_RS_B, "So the answer is 2√17.")),
        (
            H,
            _two(
                _RS_G,
                "So the sum is $\\boxed{8\\sqrt{2}}$.",
                "5√2 + 3√2: the coefficients multiply when radicals combine, 5 × 3 = 15, so 15√2.",
                "So the sum is 15√2.",
            ),
        ),
        (P, _say(_RS_E, "So the answer is 5√2 + 2√3.")),
        (T, _cut(_RS_G, "√50 = √(25 · 2) = 5√2 and √18 =")),
    ],
)

# What is the distance between the points (1, 2) and (5, −4)? (exact form)
_DS_G = _t("""
Δx = 5 − 1 = 4 and Δy = −4 − 2 = −6.

d = √(4² + (−6)²) = √(16 + 36) = √52.

Simplify: 52 = 4 · 13, so √52 = 2√13. Wait, let me recheck Δy: from 2 down to −4 is 6 units, not 2 (I nearly
computed −4 + 2 = −2, which would give √20 = 2√5). ✓
""")
_DS_B = _t("""
d = √(16 + 36) = √52 = 2√13.

Hmm, rechecking Δy: −4 − 2. Subtracting a positive from a negative... −4 − 2 = −2? I'll go with Δy = −2, so
d = √(16 + 4) = √20 = 2√5.
""")
_DS_E = _t("""
Δx = 4, Δy = 6, and the distance is just Δx + Δy = 10 along the grid.

Check: 10 is a reasonable length.
""")
_add(
    "radicals",
    "2\\sqrt{13}",
    [
        (C, _say(_DS_G, "So the distance between the points is 2√13.")),
        (C, _say(_DS_G, "The distance is √52 units.")),
        (C, _fin(_DS_G, "$2\\sqrt{13}$")),
        (
            C,
            _two(
                _DS_E,
                "So the distance is $\\boxed{10}$.",
                "Adding Δx and Δy gives the taxicab distance; the straight-line distance uses Pythagoras: √(16 + "
                "36) = √52.",
                "So the distance is $2\\sqrt{13}$.",
            ),
        ),
        (H, _say(_DS_B, "So the distance is 2√5.")),
        (
            H,
            _two(
                _DS_G,
                "So the distance is $\\boxed{2\\sqrt{13}}$.",
                "√52 = √(4 · 13) = 4√13, since the 4 comes out whole.",
                "So the distance is 4√13.",
            ),
        ),
        (P, _say(_DS_E, "So the distance is 10.")),
    ],
)


# ---------------------------------------------------------------- equations

# Solve x² − 5x − 14 = 0.
_QD_G = _t("""
Factor: I need two numbers with product −14 and sum −5. Candidates: 7 and −2 (sum 5, wrong sign), −7 and 2
(sum −5 ✓).

So x² − 5x − 14 = (x − 7)(x + 2) = 0, giving x = 7 or x = −2.

Wait, let me recheck by substituting: 49 − 35 − 14 = 0 ✓, and 4 + 10 − 14 = 0 ✓.
""")
_QD_B = _t("""
(x − 7)(x + 2) = 0 gives x = 7 and x = −2. Checking x = −2: 4 + 10 − 14 = 0 ✓.

Hmm, but I should read the roots off the factors directly: (x − 7) gives −7 and (x + 2) gives 2.
""")
_QD_E = _t("""
Quadratic formula: x = (5 ± √(25 − 56))/2. The discriminant is 25 − 56 = −31 < 0, so there are no real
solutions.

Check: the parabola opens up, so it could miss the axis.
""")
_add(
    "equations",
    "-2, 7",
    [
        (C, _say(_QD_G, "So the solutions are x = −2 or x = 7.")),
        (C, _say(_QD_G, "Therefore, x = 7 and x = −2.")),
        (C, _bold(_QD_G, "x ∈ {−2, 7}")),
        (C, _box(_QD_G, "x = 7 \\text{ or } x = -2", "The solutions are")),
        (C, _say(_QD_G, "The two roots are seven and negative two.")),
        (
            C,
            _two(
                _QD_E,
                "So there are no real solutions.",
                "The discriminant is b² − 4ac = 25 − 4(1)(−14) = 25 + 56 = 81, since c is negative. √81 = 9, so "
                "x = (5 ± 9)/2.",
                "So $\\boxed{-2,\\ 7}$.",
            ),
        ),
        (H, _say(_QD_B, "So the solutions are $\\boxed{x = -7 \\text{ and } x = 2}$.")),
        (
            H,
            _two(
                _QD_G,
                "So $\\boxed{x = 7 \\text{ or } x = -2}$.",
                "The problem likely wants the solution, singular, and a length can't be negative, so only the "
                "positive root counts.",
                "Final answer: x = 7",
            ),
        ),
        (P, _say(_QD_E, "So the equation has no real solutions.")),
        (T, _cut(_QD_G, "So x² − 5x − 14 = (x − 7)(x + 2) = 0, giving x =")),
    ],
)

# Solve the system x + y = 10, x − y = 4. Give the solution as an ordered pair (x, y).
_SY_G = _t("""
Add the equations: 2x = 14, so x = 7.

Then y = 10 − 7 = 3.

Wait, let me recheck in the second equation: 7 − 3 = 4 ✓. And the order matters: the pair is (x, y), so x
first.
""")
_SY_B = _t("""
Adding: 2x = 14, x = 7; then y = 3. Both equations check: 7 + 3 = 10 and 7 − 3 = 4.

Writing the pair, I'll put the smaller value first as is usual for pairs.
""")
_SY_E = _t("""
Subtract the equations: (x + y) − (x − y) = 10 − 4, so 2y = 6 and y = 3.

Then x = 10 + 3 = 13.

Check: 13 + 3 = 16... hmm, close enough, I probably mis-added.
""")
_add(
    "equations",
    "(7, 3)",
    [
        (C, _say(_SY_G, "So the solution is $\\boxed{(7, 3)}$.")),
        (C, _say(_SY_G, "Therefore, x = 7 and y = 3.")),
        (C, _hend(_SY_G, "(7,3)")),
        (
            C,
            _two(
                _SY_E,
                "So $(x, y) = \\boxed{(13, 3)}$.",
                "The check fails: 13 + 3 ≠ 10. From y = 3, x = 10 − 3 = 7, and 7 − 3 = 4 ✓.",
                "So (x, y) = (7, 3).",
            ),
        ),
        (H, _say(_SY_B, "So the solution is $\\boxed{(3, 7)}$.")),
        (
            H,
            _two(
                _SY_G,
                "**Answer:** $\\boxed{(7, 3)}$",
                "Substituting x = 7 into x − y = 4 gives y = 7 + 4 = 11.",
                "**Answer:** (7, 11)",
            ),
        ),
        (P, _say(_SY_E, "So the solution is (13, 3).")),
    ],
)

# Solve 2(x − 3) = −12.
_LN2_G = _t("""
Distribute: 2x − 6 = −12.

Add 6: 2x = −12 + 6 = −6. I first wrote −18 here, but adding 6 moves −12 up, not down.

So x = −6 ÷ 2 = −3. Wait, let me recheck: 2(−3 − 3) = 2(−6) = −12 ✓.
""")
_LN2_B = _t("""
Divide by 2: x − 3 = −6, so x = −3.

Hmm, let me recheck the sign: moving −3 across becomes +3, and −6 + 3 = −3. Then checking in the original,
2(−3 − 3) = −12. But the question says −12 and 2 times negative... to get a negative result the bracket must be
negative, fine; yet I'll double-check using the distribute method: 2x − 6 = −12, 2x = −12 − 6 = −18, x = −9.
""")
_LN2_E = _t("""
2x − 3 = −12, so 2x = −9 and x = −4.5.

Check: 2(−4.5) − 3 = −12 ✓.
""")
_add(
    "equations",
    "-3",
    [
        (C, _say(_LN2_G, "So $\\boxed{x=-3}$.")),
        (C, _say(_LN2_G, "Therefore, the solution is negative three.")),
        (C, _polite(_LN2_G, "**Answer:** x = −3", _MORE)),
        (
            C,
            _two(
                _LN2_E,
                "So $\\boxed{x = -4.5}$.",
                "I distributed wrongly: 2(x − 3) = 2x − 6, not 2x − 3. Then 2x = −6.",
                "So x = −3.",
            ),
        ),
        (H, _say(_LN2_B, "So x = −9.")),
        (
            H,
            _two(
                _LN2_G,
                "So $\\boxed{x = -3}$.",
                "2x = −6, and dividing both sides by 2 flips the sign: x = 3.",
                "So x = 3.",
            ),
        ),
        (P, _say(_LN2_E, "So the solution is x = −4.5.")),
        (T, _cut(_LN2_G, "Add 6: 2x = −12 + 6 =")),
    ],
)

# The temperature was 6°C and then dropped by 10 degrees. What is the new temperature in °C?
_TP_G = _t("""
A drop means subtract: 6 − 10.

Going down 6 degrees reaches 0, and there are 4 more degrees to drop, so the result is below zero.

6 − 10 = −4. Wait, let me recheck that I'm not computing 10 − 6 = 4, which would put it above freezing. The
drop is larger than the starting value, so it must be negative ✓.
""")
_TP_B = _t("""
6 − 10 = −4, so the thermometer shows four below zero.

Hmm, "dropped by 10 degrees" might mean dropped to a reading 10 below the old reading measured from zero: 6 → 0
is the first part, and then 10 more: −10... plus the 6 already dropped gives −16.
""")
_TP_E = _t("""
The difference between 6 and 10 is 10 − 6 = 4 degrees.

Check: the temperature changes by a few degrees, fine.
""")
_add(
    "equations",
    "-4",
    [
        (C, _say(_TP_G, "So the new temperature is $\\boxed{-4^\\circ\\text{C}}$.")),
        (C, _say(_TP_G, "The new temperature is negative four degrees Celsius.")),
        (C, _fin(_TP_G, "-4 °C")),
        (C, _polite(_TP_G, "It's now 4 degrees below zero, i.e. −4 °C.", _HOPE)),
        (
            C,
            _two(
                _TP_E,
                "So it's $\\boxed{4^\\circ\\text{C}}$.",
                "The temperature drops from 6 by 10, so it's 6 − 10, not 10 − 6: it goes 4 degrees below zero.",
                "So the new temperature is −4°C.",
            ),
        ),
        (H, _say(_TP_B, "So the new temperature is −16°C.")),
        (
            H,
            _two(
                _TP_G,
                "So the new temperature is $\\boxed{-4^\\circ\\text{C}}$.",
                "The question wants how many degrees it is now, as a size, so the sign doesn't matter.",
                "So the new temperature is 4°C.",
            ),
        ),
        (P, _say(_TP_E, "So the new temperature is 4°C.")),
    ],
)


# ---------------------------------------------------------------- expressions

# Expand (x + 3)(x − 5).
_EX_G = _t("""
FOIL: x · x = x², x · (−5) = −5x, 3 · x = 3x, 3 · (−5) = −15.

Combine the middle terms: −5x + 3x = −2x. So the product is x² − 2x − 15.

Wait, let me recheck by plugging in x = 1: (1 + 3)(1 − 5) = 4 · (−4) = −16, and 1 − 2 − 15 = −16 ✓. My first
pass had +2x, which gives 1 + 2 − 15 = −12 at x = 1, so that was wrong.
""")
_EX_B = _t("""
x² − 5x + 3x − 15 = x² − 2x − 15.

Hmm, checking the constant: 3 times −5... a negative times a positive, but the minus was attached to the x in
(x − 5), so the constant is 3 · 5 = +15, giving x² − 2x + 15.
""")
_EX_E = _t("""
Multiply first terms and last terms: x · x = x² and 3 · (−5) = −15. So the product is x² − 15.

Check: at x = 0 both sides give −15 ✓.
""")
_add(
    "expressions",
    "x^2-2x-15",
    [
        (C, _say(_EX_G, "So $(x + 3)(x - 5) = \\boxed{x^2 - 2x - 15}$.")),
        (C, _hend(_EX_G, "x^2 - 2x - 15")),
        (C, _say(_EX_G, "The expanded form is −15 − 2x + x².")),
        (
            C,
            _two(
                _EX_E,
                "So the product is $\\boxed{x^2 - 15}$.",
                "I skipped the outer and inner products, −5x and 3x. A check at x = 1: 4 · (−4) = −16, but "
                "1 − 15 = −14. With the middle term −2x it works.",
                "**Answer:** $x^2 - 2x - 15$",
            ),
        ),
        (H, _say(_EX_B, "So the expansion is $\\boxed{x^2 - 2x + 15}$.")),
        (
            H,
            _two(
                _EX_G,
                "So the answer is $\\boxed{x^2-2x-15}$.",
                "The middle terms: −5x + 3x. The larger one is 5x and it's negative... hmm, I'll recompute: "
                "3x − 5x = 2x, since 5 − 3 = 2.",
                "So the answer is $\\boxed{x^2+2x-15}$.",
            ),
        ),
        (P, _say(_EX_E, "So the product is x² − 15.")),
        (T, _cut(_EX_G, "FOIL: x · x = x², x · (−5) =")),
    ],
)

# Simplify (6x²y³)/(2xy), for x, y ≠ 0.
_MO_G = _t("""
Coefficients: 6 ÷ 2 = 3.

Powers of x: x² ÷ x = x^(2−1) = x. Powers of y: y³ ÷ y = y^(3−1) = y².

So the quotient is 3xy². Wait, let me recheck with x = 2, y = 1: 6 · 4 · 1 / (2 · 2 · 1) = 24/4 = 6, and
3 · 2 · 1 = 6 ✓.
""")
_MO_B = _t("""
6/2 = 3, x²/x = x, y³/y = y², so 3xy².

Hmm, I should double-check the y exponent: dividing powers divides the exponents, 3 ÷ 1 = 3, so it's y³, and
the x is x² ÷ x¹ = x². So 3x²y³... that doesn't simplify anything, which seems off, but exponents divide.
""")
_MO_E = _t("""
Subtract 2 from 6 for the coefficient: 4. Then x² − x... I'll divide the powers: x and y².

So the quotient is 4xy².
""")
_add(
    "expressions",
    "3xy^2",
    [
        (C, _say(_MO_G, "So the expression simplifies to 3xy².")),
        (C, _box(_MO_G, "3xy^{2}")),
        (C, _steps(_MO_G, ["6 ÷ 2 = 3", "x² ÷ x = x", "y³ ÷ y = y²", "result: 3 · x · y² = 3xy²"])),
        (
            C,
            _two(
                _MO_E,
                "So it simplifies to $\\boxed{4xy^2}$.",
                "The coefficient is a quotient, 6 ÷ 2 = 3, not a difference.",
                "So it simplifies to 3xy².",
            ),
        ),
        (H, _say(_MO_B, "So the simplified form is 3x²y³.")),
        (
            H,
            _two(
                _MO_G,
                "So the expression simplifies to $\\boxed{3xy^2}$.",
                "y³ ÷ y subtracts exponents: 3 − 1 = 2, right, and x² ÷ x gives 2 − 1 = 1; but the 2 in the "
                "denominator also divides the x-part, so the x stays squared: 3x²y².",
                "So the expression simplifies to 3x²y².",
            ),
        ),
        (P, _say(_MO_E, "So the expression simplifies to 4xy².")),
    ],
)


# ---------------------------------------------------------------- geometry

# Two angles of a triangle measure 48° and 67°. What is the third angle, in degrees?
_TA_G = _t("""
The angles of a triangle add to 180°.

48 + 67 = 115, so the third angle is 180 − 115 = 65.

Wait, let me recheck the addition: 48 + 67 = 40 + 60 + 8 + 7 = 100 + 15 = 115 ✓. And 65 + 115 = 180 ✓. The
exterior angle at the third vertex would be 115°, which is a different question.
""")
_TA_B = _t("""
180 − 48 − 67: 180 − 48 = 132, and 132 − 67 = 65.

Hmm, the third angle at that vertex... the angle next to the two given ones is the exterior one, and an exterior
angle equals the sum of the two remote interior angles: 48 + 67 = 115.
""")
_TA_E = _t("""
48 + 67 = 105, and 180 − 105 = 75.

Check: 48 + 67 + 75 = 180... 48 + 67 is 105, plus 75 is 180 ✓.
""")
_add(
    "geometry",
    "65",
    [
        (C, _say(_TA_G, "So the third angle measures $\\boxed{65^\\circ}$.")),
        (C, _say(_TA_G, "Therefore, the third angle is sixty-five degrees.")),
        (C, _polite(_TA_G, "**Answer:** 65 degrees", _LUCK)),
        (
            C,
            _two(
                _TA_E,
                "So the third angle is 75°.",
                "48 + 67 = 115, not 105 (8 + 7 = 15 carries a ten). So 180 − 115.",
                "So the third angle is $\\boxed{65^\\circ}$.",
            ),
        ),
        (H, _say(_TA_B, "So the third angle is 115°.")),
        (
            H,
            _two(
                _TA_G,
                "The third angle is $\\boxed{65^\\circ}$.",
                "132 − 67: 132 − 60 = 72 and 72 − 7 = 55... hmm, yes 55 once I redo the subtraction.",
                "The third angle is 55°.",
            ),
        ),
        (P, _say(_TA_E, "So the third angle is $\\boxed{75}$ degrees.")),
        (T, _cut(_TA_G, "48 + 67 = 115, so the third angle is 180 −")),
    ],
)

# What is the measure of each interior angle of a regular octagon, in degrees?
_OC_G = _t("""
Sum of interior angles of an n-gon: (n − 2) · 180°. For n = 8: 6 · 180 = 1080°.

Each of the 8 equal angles: 1080 ÷ 8 = 135°.

Wait, let me recheck with exterior angles: each exterior angle is 360 ÷ 8 = 45°, and the interior is 180 − 45
= 135° ✓. So 45 is the exterior, and 1080 is the total, both rejected as the answer.
""")
_OC_B = _t("""
Interior angle sum: (8 − 2) · 180 = 1080. Each angle is 1080/8 = 135.

Hmm, but the question says "each interior angle", and the angle you turn at each corner when walking around the
octagon is 360/8 = 45, which is the angle at each vertex.
""")
_OC_E = _t("""
Sum of interior angles: n · 180 = 8 · 180 = 1440. Each: 1440 ÷ 8 = 180.

Hmm, 180 would be flat, but maybe that's the formula's result.
""")
_add(
    "geometry",
    "135",
    [
        (C, _say(_OC_G, "So each interior angle of a regular octagon is 135°.")),
        (C, _box(_OC_G, "135^\\circ")),
        (C, _say(_OC_G, "Each interior angle measures one hundred thirty-five degrees.")),
        (
            C,
            _two(
                _OC_E,
                "So each angle is $\\boxed{180^\\circ}$.",
                "The sum formula is (n − 2) · 180, not n · 180: 6 · 180 = 1080, and 1080 ÷ 8.",
                "Each interior angle is 135 degrees.",
            ),
        ),
        (H, _say(_OC_B, "So each interior angle is $\\boxed{45^\\circ}$.")),
        (
            H,
            _two(
                _OC_G,
                "So each interior angle is $\\boxed{135^\\circ}$.",
                "The question asks for the interior angles of the octagon, which is their total: (8 − 2) · 180.",
                "So the answer is 1080°.",
            ),
        ),
        (P, _say(_OC_E, "So each interior angle is 180°.")),
    ],
)

# A cylinder has radius 2 cm and height 5 cm. What is its volume, in exact form (in terms of π)?
_CY_G = _t("""
V = πr²h = π · 2² · 5 = π · 4 · 5 = 20π.

Wait, let me recheck that I squared the radius: using 2πrh = 20π gives the same number here by coincidence,
but that's the lateral area. Check by decimals: 4 · 5 · 3.14159 ≈ 62.83 cm³, and 20π ≈ 62.83 ✓. I first
wrote πr h = 10π, forgetting the square.
""")
_CY_B = _t("""
V = π · 2² · 5 = 20π cm³.

Hmm, the radius is 2 but textbooks often give the diameter... "radius 2" — I'll double the radius to be safe:
π · 4² · 5 = 80π.
""")
_CY_E = _t("""
V = π · r · h = π · 2 · 5 = 10π.

Check: about 31.4 cm³, reasonable for a small can.
""")
_add(
    "geometry",
    "20\\pi",
    [
        (C, _say(_CY_G, "So the volume of the cylinder is 20π cm³.")),
        (C, _fin(_CY_G, "$20\\pi\\ \\text{cm}^3$")),
        (C, _say(_CY_G, "The exact volume is 20π cubic centimeters, about 62.8 cm³.")),
        (
            C,
            _two(
                _CY_E,
                "So the volume is $\\boxed{10\\pi}$ cm³.",
                "The radius must be squared: π · 2² · 5 = π · 4 · 5.",
                "So V = 20π cm³.",
            ),
        ),
        (H, _say(_CY_B, "So the volume is 80π cm³.")),
        (
            H,
            _two(
                _CY_G,
                "So $V = \\boxed{20\\pi}$.",
                "The volume formula for a cylinder has a 1/3... no, that's a cone, but a can tapers slightly, so "
                "I'll use (1/3)πr²h = 20π/3.",
                "So V = 20π/3 cm³.",
            ),
        ),
        (P, _say(_CY_E, "So the volume is 10π cm³.")),
        (T, _cut(_CY_G, "V = πr²h = π · 2² · 5 =")),
    ],
)


# ---------------------------------------------------------------- decimals

# What is the mean of 4.2, 5.8, 7.1 and 6.9?
_MN_G = _t("""
Sum: 4.2 + 5.8 = 10.0 and 7.1 + 6.9 = 14.0, so the total is 24.0.

There are 4 numbers, so the mean is 24 ÷ 4 = 6.

Wait, let me recheck that I divided by the count and not by 2 out of habit: 24 ÷ 2 = 12 would be larger than
every value, impossible for a mean. 6 lies between 4.2 and 7.1 ✓.
""")
_MN_B = _t("""
Total 24.0, mean 24 ÷ 4 = 6.0.

Hmm, the median would be the middle of 4.2, 5.8, 6.9, 7.1: (5.8 + 6.9)/2 = 6.35. The question says mean, but
for a data set the "average" quoted in class is usually the midrange: (4.2 + 7.1)/2 = 5.65.
""")
_MN_E = _t("""
4.2 + 5.8 = 10, 7.1 + 6.9 = 13.0... so the total is 23, and the mean is 23 ÷ 4 = 5.75.
""")
_add(
    "decimals",
    "6",
    [
        (C, _say(_MN_G, "So the mean is $\\boxed{6}$.")),
        (C, _say(_MN_G, "Therefore, the mean of the four numbers is 6.0.")),
        (C, _say(_MN_G, "The average comes out to exactly six.")),
        (
            C,
            _two(
                _MN_E,
                "So the mean is $\\boxed{5.75}$.",
                "7.1 + 6.9 = 14.0, since 0.1 + 0.9 = 1.0 carries. The total is 24, and 24 ÷ 4.",
                "**Answer:** 6",
            ),
        ),
        (H, _say(_MN_B, "So the average is 5.65.")),
        (
            H,
            _two(
                _MN_G,
                "So the mean is $\\boxed{6}$.",
                "The question asks for the total value of the data, and the mean step was an extra; the total is 24.",
                "So the answer is 24.",
            ),
        ),
        (P, _say(_MN_E, "So the mean is 5.75.")),
    ],
)

# Compute 0.4 × 0.25 ÷ 0.05.
_DD_G = _t("""
Left to right: 0.4 × 0.25 = 0.1 (a quarter of 0.4).

Then 0.1 ÷ 0.05: how many 0.05s fit in 0.1? Two. So 0.1 ÷ 0.05 = 2.

Wait, let me recheck by clearing decimals: 0.1 ÷ 0.05 = 10 ÷ 5 = 2 ✓. I briefly got 0.2 by multiplying 0.1 by
2 in the wrong place, and 0.2 × 0.05 = 0.01, not 0.1, so that's rejected.
""")
_DD_B = _t("""
0.4 × 0.25 = 0.1, and 0.1 ÷ 0.05 = 2.

Hmm, dividing by a decimal: I shift both decimals two places, 0.1 → 10 and 0.05 → 5... wait, 0.1 shifted two
places is 1.0, hmm, no, 10. I'll redo it: 0.10 → 10, 0.05 → 5, 10 ÷ 5 = 2. Then I need to shift the
answer back by one place for the 0.4's decimal, which gives 0.2.
""")
_DD_E = _t("""
Do the division first: 0.25 ÷ 0.05 = 5. Then 0.4 × 5 = 2.0... hmm, hold on, I'll do 0.4 × 0.25 = 1.0 first
(4 × 25 = 100), then 1.0 ÷ 0.05 = 20.
""")
_add(
    "decimals",
    "2",
    [
        (C, _say(_DD_G, "So 0.4 × 0.25 ÷ 0.05 = 2.")),
        (C, _say(_DD_G, "The result is two.")),
        (C, _boxr(_DD_G, "2", _HOPE)),
        (
            C,
            _two(
                _DD_E,
                "So the result is 20.",
                "4 × 25 = 100, but 0.4 × 0.25 has three decimal places, so it's 0.100 = 0.1. Then 0.1 ÷ 0.05.",
                "So the result is $\\boxed{2.0}$.",
            ),
        ),
        (H, _say(_DD_B, "So the result is 0.2.")),
        (
            H,
            _two(
                _DD_G,
                "So the value is $\\boxed{2}$.",
                "0.1 ÷ 0.05: dividing by a small number makes it smaller, so it's 0.1 × 0.05 = 0.005.",
                "So the value is 0.005.",
            ),
        ),
        (P, _say(_DD_E, "So the answer is $\\boxed{20}$.")),
        (T, _cut(_DD_G, "Then 0.1 ÷ 0.05: how many 0.05s fit in 0.1?")),
    ],
)


# ---------------------------------------------------------------- choice

# A rectangle has perimeter 36 and length 10. What is its area?
# (A) 60  (B) 72  (C) 80  (D) 90  (E) 100
_CH1_G = _t("""
Perimeter 2(l + w) = 36, so l + w = 18 and w = 18 − 10 = 8.

Area = 10 × 8 = 80, which is choice (C).

Wait, let me recheck that I didn't take w = 36 − 2 · 10 = 16 (that's 2w, not w): 2w = 16 means w = 8 ✓. With
w = 8 the perimeter is 2(18) = 36 ✓.
""")
_CH1_B = _t("""
l + w = 18, w = 8, area 80, which is (C).

Hmm, rechecking the width: 36 − 10 = 26 for the other three sides... minus another 10 = 16, and that's the
two widths: w = 16/2 = 8. Hmm, but then if I misread "length" as the long side of 10... fine, 80. Actually I'll
use the diagonal-ish estimate: the answer choices near 10 × 9 = 90 look right for a near-square, so (D).
""")
_CH1_E = _t("""
w = 36 − 10 = 26... too big; w = 36 ÷ 10 = 3.6? Then area = 36. Not a choice. I'll take w = 36/4 = 9 as a
square-ish side, area 10 × 9 = 90.
""")
_add(
    "choice",
    "C",
    [
        (C, _say(_CH1_G, "So the area is 80, and the answer is (C).")),
        (C, _bold(_CH1_G, "(C)")),
        (C, _box(_CH1_G, "\\textbf{(C)}\\ 80")),
        (C, _polite(_CH1_G, "The correct choice is C.", _ASK)),
        (
            C,
            _two(
                _CH1_E,
                "So the answer is $\\boxed{D}$.",
                "From 2(l + w) = 36, l + w = 18 and w = 8 exactly, so the area is 80.",
                "So the answer is (C).",
            ),
        ),
        (H, _say(_CH1_B, "So the answer is (D).")),
        (
            H,
            _two(
                _CH1_G,
                "So the answer is $\\boxed{\\text{(C)}}$.",
                "The area of a rectangle is l × w, but this problem's perimeter counts... I'll recompute with "
                "w = 36 − 2 · 10 = 16 and then halve the area: 10 × 16 / 2 = 80... hmm, or with w = 16 directly the "
                "area is 160, not listed; the closest listed choice is 100.",
                "So the answer is (E).",
            ),
        ),
        (P, _say(_CH1_E, "So the answer is (D), 90.")),
    ],
)

# Which number is a prime?  (A) 51  (B) 53  (C) 55  (D) 57  (E) 91
_CH2_G = _t("""
Test each: 51 = 3 · 17, so not prime. 53: not divisible by 2, 3, 5, 7 (7 · 7 = 49, 7 · 8 = 56), and √53 < 8,
so 53 is prime. 55 = 5 · 11. 57 = 3 · 19. 91 = 7 · 13.

Wait, let me recheck 57, which looks prime at first: 5 + 7 = 12 is divisible by 3, so 57 = 3 · 19 ✓. And 91
often fools people, but 7 · 13 = 91 ✓. Only 53 survives, which is (B).
""")
_CH2_B = _t("""
51 = 3 · 17; 53 is prime; 55 = 5 · 11.

57: digits add to 12, hmm, that's divisible by 3... no, I think the digit-sum test is for 9. So 57 is prime
too. Between 53 and 57, the question likely wants the one that's less obviously prime; 53 is well known, so
the intended answer must be 57.
""")
_CH2_E = _t("""
91 isn't divisible by 2, 3 or 5, and I don't remember it in any times table, so 91 looks prime. 51 = 3 · 17
and 57 = 3 · 19 are out.
""")
_add(
    "choice",
    "B",
    [
        (C, _say(_CH2_G, "So the prime is 53, choice (B).")),
        (C, _hend(_CH2_G, "\\text{(B)}")),
        (C, _say(_CH2_G, "The answer is B.")),
        (
            C,
            _two(
                _CH2_E,
                "So the answer is $\\boxed{\\text{(E)}}$.",
                "91 = 7 · 13 (7 · 13 = 70 + 21). Then 53: 2, 3, 5 and 7 don't divide it, and 8² = 64 > 53, so "
                "53 is prime.",
                "**Answer:** (B) 53",
            ),
        ),
        (H, _say(_CH2_B, "So the answer is (D).")),
        (
            H,
            _two(
                _CH2_G,
                "So the answer is $\\boxed{B}$.",
                "53 = 7 · 8 − 3... that's not a factorization. But 53 − 2 = 51 = 3 · 17, and since 53 sits next to "
                "a multiple of 3 it's suspicious; 91, on the other hand, I can't factor quickly, so I pick it.",
                "So the answer is (E).",
            ),
        ),
        (P, _say(_CH2_E, "So the prime is 91, choice (E).")),
        (T, _cut(_CH2_G, "53: not divisible by 2, 3, 5, 7 (7 · 7 = 49,")),
    ],
)


assert _TALLY["problems"] == 46
assert len(_CATEGORIES) == 15
assert len(TWENTYFOURTH) == 356
assert sum(row[3] == C for row in TWENTYFOURTH) == 194
assert sum(row[3] == W for row in TWENTYFOURTH) == 138
assert sum(row[3] == T for row in TWENTYFOURTH) == 24
assert (_TALLY[H], _TALLY[P]) == (92, 46)
assert sum("\\boxed" in row[2] for row in TWENTYFOURTH) == 142
