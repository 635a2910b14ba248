"""TWENTYSIXTH: a held-out batch of labelled answer-verification pairs: school and textbook word problems (issue 12).

Written on 2026-12-03 by a helper session (branch h/batch26) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (python used by hand to check the arithmetic only); pairs a reasonable grader could
label either way were left out (a quantity in a unit other than the one asked, such as 1250 g for "how many
kilograms"; an unsimplified ratio where the simplest form is asked; a probability as a percent where a fraction is
asked; rounding the question does not ask for). Committed before any grading run, so its first run is an
out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The responses
are general chat models answering homework in a tutoring voice: GPT/Claude/Gemini-style markdown with "### Step 1"
headings, bullet lists, bold, `$$` displays and short tables inside the working (never as the answer), each with a
false start ("Wait, let me recheck ...", a rejected candidate) and a check, then a final line that varies widely:
"**Answer:** ...", "So, the answer is ...", "Therefore, ..." prose, "✅ Final answer: ...", "The correct option is
(C) 48 cm²", a display `\\boxed{}`, an inline box followed by a homework-help remark, the Minerva "Final Answer: The
final answer is $x$. I hope it is correct.", GSM8K `#### x`, a "### Final Answer" heading with a bold answer, a
markdown quote, a whole bold line, a "## 📌 Answer" heading followed by a method note, and a closing sentence of
its own. Answer types: speeds (km/h, m/s), areas and volumes (m², 112π m³, litres), masses (kg, "6 kg 230 g"),
temperatures (°C, below zero), durations (hours and minutes, decimal hours), times of day (a.m./p.m., 24-hour,
across midnight), dates and days of the week, money ($5.90, €340, 2,400 dollars), percentages and percent change
(including a 4% decrease written as −4% or "down 4%"), ratios (3:4, "3 to 4"), mixed numbers (2 1/3,
`2\\tfrac{1}{3}`, 7/3, ⅔), probabilities as fractions, decimals or percents as the question asks, counts with and
without the noun ("42 hens"), averages, inequalities in symbols, words and interval form ("x is at least 5",
`[5, \\infty)`), yes/no answers with a value, and multiple-choice letters (with and without the option's value).
Units are given, spelled out, abbreviated or dropped in correct rows; a unit is what makes a row wrong only where it
changes the quantity (90 hours for 90 minutes, 2.35 hours for 2 h 35 min, 0.003 L for 3 L, 1:15 a.m. for
1:15 p.m.).
The batch leans on precision: about two thirds of the negatives are hard, with the gold in the text (an
intermediate, a rejected candidate, an earlier answer later overruled) while the final answer differs slightly
(off by one day or question, a sign, a swapped ratio, a unit factor of 10 or 100, a decimal read as minutes, the
wrong base for a percent change, strict for non-strict, the other share, yes for no, a neighbouring letter).
Correct rows use equivalent forms (decimals and mixed numbers for fractions, `\\dfrac`, `\\tfrac`, unicode
fractions, 24-hour for 12-hour times, 105 minutes for 1 h 45 min, "15 April" for April 15, `\\$` and "dollars",
"EUR 340", dropped or spelled-out units) and earlier wrong answers that a later final answer overrules (the last
stated final answer wins).
Each problem has one worked reasoning (`_X_G`, reaching the gold), one flawed reasoning with the gold in it (`_X_B`,
once a second `_X_B2`) and one flawed reasoning without it (`_X_E`); `_two` states an answer, adds a recheck, and
settles on another (on `_X_B` it turns a wrong answer into the gold; on `_X_G` it turns the gold into a wrong
answer), and `_half` keeps a reasoning up to a marker mid-computation. Rows are added per problem through `_add`,
which tags each negative as hard (H) or plain (P) in `_TALLY`. The question itself is not part of the row; the
comment above each problem states it.
60 problems in 18 categories (speed, area_volume, mass_capacity, temperature, duration, time_of_day, date, money,
percent, percent_change, ratio, mixed_number, probability, count, average, inequality, yes_no, choice; 3 or 4
problems each); 451 rows: 240 correct, 181 incorrect, 30 truncated. Of the 181 negatives, 121 are hard (built on a
flawed reasoning that holds the gold, or on a right answer later overruled by a wrong one) and 60 plain."""

from __future__ import annotations

import re
from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYSIXTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()

# A source line that starts one of these opens a new line of the markdown; any other line continues the one above.
_OPENS = re.compile(r"(?:[-*] |\||#|> |\$\$|\d+\. |✅|👉|📌|⚠️)")
# A heading, a table row or a display stands on a line of its own: the next source line never joins it.
_ALONE = re.compile(r"(?:#|\||\$\$)")


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYSIXTH.append((category, gold, response, W if tag in (H, P) else tag))


def _md(block: str) -> str:
    """A markdown reply as a chat model prints it: paragraphs split by a blank line; within one, a source line that
    opens a heading, a bullet, a numbered step, a table row, a quote or a display starts a new line, as does any line
    after a heading, a table row or a display; any other source line is joined to the line above with a space (so
    long sentences and bullets can be wrapped here)."""
    paras = []
    for para in block.strip().split("\n\n"):
        lines: list[str] = []
        for raw in para.strip().splitlines():
            line = raw.strip()
            if lines and not _OPENS.match(line) and not _ALONE.match(lines[-1]):
                lines[-1] += " " + line
            else:
                lines.append(line)
        paras.append("\n".join(lines))
    return "\n\n".join(paras)


def _stop(a: str) -> str:
    """The full stop that closes a sentence ending in `a` (none when `a` already ends in one, as "p.m." does)."""
    return "" if a.endswith(".") else "."


def _bold(r: str, a: str) -> str:
    """A bold `**Answer:**` line."""
    return r + "\n\n**Answer:** " + a


def _so(r: str, a: str) -> str:
    """`So, the answer is ...` as the last sentence."""
    return r + "\n\nSo, the answer is " + a + _stop(a)


def _thus(r: str, a: str) -> str:
    """A closing `Therefore, ...` sentence; `a` is the rest of the sentence, answer included."""
    return r + "\n\nTherefore, " + a


def _tick(r: str, a: str) -> str:
    """A `✅ Final answer:` line."""
    return r + "\n\n✅ Final answer: " + a


def _opt(r: str, a: str) -> str:
    """`The correct option is ...` for a multiple-choice question."""
    return r + "\n\nThe correct option is " + a + _stop(a)


def _box(r: str, a: str) -> str:
    """A display box as the last line."""
    return r + "\n\n$$\\boxed{" + a + "}$$"


def _boxr(r: str, a: str) -> str:
    """An inline box followed by a homework-help remark."""
    return (
        r
        + "\n\nFinal answer: $\\boxed{"
        + a
        + "}$\n\nI hope this helps with your homework! Let me know if you'd like to try a similar practice problem."
    )


def _hope(r: str, a: str) -> str:
    """The Minerva-style close."""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _head(r: str, a: str) -> str:
    """A `### Final Answer` heading, the answer in bold on the next line."""
    return r + "\n\n### Final Answer\n**" + a + "**"


def _ans(r: str, a: str) -> str:
    """`The answer is ...` as the last sentence."""
    return r + "\n\nThe answer is " + a + _stop(a)


def _quote(r: str, a: str) -> str:
    """A markdown quote holding the answer in bold."""
    return r + "\n\n> **Final answer:** " + a


def _prose(r: str, a: str) -> str:
    """A closing sentence of its own; `a` is the whole sentence."""
    return r + "\n\n" + a


def _fb(r: str, a: str) -> str:
    """The whole final line in bold."""
    return r + "\n\n**Final answer: " + a + "**"


def _pin(r: str, a: str) -> str:
    """A `## 📌 Answer` heading with the answer on the next line, then a one-line summary of the method."""
    return (
        r + "\n\n## 📌 Answer\n" + a + "\n\n(Method: set up the quantities, compute, then check against the question.)"
    )


def _two(r: str, first: str, note: str, last: str, e1=_bold, e2=_tick) -> str:
    """An answer stated with `e1`, a recheck paragraph, then the answer it settles on with `e2` (the last one wins)."""
    return e2(e1(r, first) + "\n\n" + note, last)


def _half(r: str, marker: str) -> str:
    """The reasoning up to and including `marker` (its first occurrence): it stops mid-computation or mid-sentence."""
    i = r.index(marker)
    return r[: i + len(marker)]


# ---------------------------------------------------------------------------------------------------- speed
# Q: A train travels 180 km in 2 hours 30 minutes. What is its average speed in km/h?
_S1_G = _md(r"""
Let's work through this step by step.

### Step 1: Write the time in hours
The trip takes 2 hours 30 minutes. My first instinct is to write that as 2.30 hours, which would give
180 ÷ 2.3 ≈ 78.3 km/h.

Wait, let me recheck that. 30 minutes is **half** an hour, not 0.30 of an hour:
- 30 min ÷ 60 = 0.5 h
- so the time is 2 + 0.5 = **2.5 hours**

### Step 2: Divide distance by time
$$\text{speed} = \frac{\text{distance}}{\text{time}}$$
Speed = 180 ÷ 2.5 = 72 km/h.

### Step 3: Check
72 km/h × 2.5 h = 180 km ✓ — that matches the distance in the question, and 72 km/h is a sensible speed for a
train.
""")
_S1_B = _md(r"""
Let's find the average speed.

### Step 1: Time
2 hours 30 minutes → in decimal form that's **2.30 hours**.

### Step 2: Speed
A quick guess first: is it 72 km/h? Checking, 72 × 2.3 = 165.6 km, which is not 180 km, so 72 km/h can't be
right for this time.

Using the formula directly:
$$\text{speed} = \frac{180}{2.3} \approx 78.26\ \text{km/h}$$

### Step 3: Round sensibly
Rounded to one decimal place, that's about 78.3 km/h.
""")
_S1_E = _md(r"""
Here's how to approach it.

- Distance: 180 km
- Time: 2 hours 30 minutes, which is closer to 3 hours than to 2, so I'll use **3 hours** for the trip.

$$\text{average speed} = \frac{180\ \text{km}}{3\ \text{h}} = 60\ \text{km/h}$$

Check: 60 km/h for 3 hours covers 180 km ✓.
""")
_add(
    "speed",
    r"72\text{ km/h}",
    [
        (C, _bold(_S1_G, "72 km/h")),
        (C, _thus(_S1_G, "the train's average speed is **72 kilometres per hour**.")),
        (C, _box(_S1_G, r"72\ \text{km/h}")),
        (
            C,
            _two(
                _S1_B,
                "≈ 78.3 km/h",
                "Wait, let me recheck the time conversion. 30 minutes is 30/60 = 0.5 hour, so the trip is 2.5 hours,"
                " not 2.3 hours. Then 180 ÷ 2.5 = 72, and 72 × 2.5 = 180 ✓.",
                "72 km/h",
            ),
        ),
        (H, _so(_S1_B, "about 78.3 km/h")),
        (
            H,
            _two(
                _S1_G,
                "72 km/h",
                "Hmm, wait — in decimal hours, 2 hours 30 minutes is written 2.30, so the speed should be"
                " 180 ÷ 2.3 ≈ 78.3 km/h. Let me go with that.",
                "78.3 km/h",
                _bold,
                _fb,
            ),
        ),
        (P, _tick(_S1_E, "60 km/h")),
        (T, _half(_S1_G, "Speed = 180 ÷ 2.5 =")),
    ],
)

# Q: Two cyclists start from the same point and ride in opposite directions at 14 km/h and 18 km/h. After how many
# hours will they be 80 km apart?
_S2_G = _md(r"""
Great question — this is a **relative speed** problem.

### Step 1: How fast does the gap grow?
They ride in *opposite* directions, so each hour the distance between them grows by both speeds together:
$$14 + 18 = 32\ \text{km/h}$$

(At first I was going to subtract, 18 − 14 = 4 km/h, which would give 80 ÷ 4 = 20 hours — but subtracting is for
riders going the *same* way. Not our case.)

### Step 2: Time to reach 80 km
$$t = \frac{80}{32} = 2.5\ \text{hours}$$

### Step 3: Check
| Rider | Speed | Distance in 2.5 h |
|---|---|---|
| A | 14 km/h | 35 km |
| B | 18 km/h | 45 km |

35 + 45 = 80 km ✓
""")
_S2_B = _md(r"""
Let's think about how the distance between them changes.

### Step 1: Relative speed
If I add the speeds, 14 + 18 = 32 km/h, and 80 ÷ 32 = 2.5 hours.

Hmm, but the faster cyclist only pulls away from the slower one by the *difference* in their speeds, so the gap
should grow by
$$18 - 14 = 4\ \text{km/h}$$

### Step 2: Time
$$t = \frac{80}{4} = 20\ \text{hours}$$

So the 2.5-hour figure came from double-counting their motion.
""")
_S2_E = _md(r"""
Let's use the average speed of the two riders.

### Step 1: Average speed
$$\frac{14 + 18}{2} = 16\ \text{km/h}$$

### Step 2: Time for 80 km
$$\frac{80}{16} = 5\ \text{hours}$$

Check: 16 km/h × 5 h = 80 km ✓.
""")
_add(
    "speed",
    r"2.5\text{ hours}",
    [
        (C, _so(_S2_G, "2.5 hours")),
        (C, _head(_S2_G, "2 hours 30 minutes")),
        (C, _hope(_S2_G, r"2\tfrac{1}{2}\text{ hours}")),
        (
            C,
            _two(
                _S2_B,
                "20 hours",
                "Wait, let me recheck. They ride in opposite directions from the same point, so after 1 hour they"
                " are 14 + 18 = 32 km apart, not 4 km. The difference of speeds is for riders going the same way."
                " So t = 80 ÷ 32 = 2.5 h, and 35 km + 45 km = 80 km ✓.",
                "2.5 h",
                _ans,
                _bold,
            ),
        ),
        (H, _bold(_S2_B, "20 hours")),
        (
            H,
            _two(
                _S2_G,
                "2.5 hours",
                "Hmm, wait — each cyclist only covers half of the 80 km, i.e. 40 km. The slower one needs"
                " 40 ÷ 14 ≈ 2.86 hours, so they aren't 80 km apart until about 2.86 hours.",
                "about 2.86 hours",
                _so,
                _tick,
            ),
        ),
        (P, _gsm(_S2_E, "5")),
    ],
)

# Q: A runner completes 400 m in 64 seconds. What is her average speed in metres per second?
_S3_G = _md(r"""
Let's solve it step by step.

### Step 1: Set up the formula
Speed = distance ÷ time, with distance in metres and time in seconds.

My first try was 64 ÷ 400 = 0.16 — but wait, that's *seconds per metre*, which is upside down. Distance goes on
top.

### Step 2: Divide
$$\frac{400}{64}$$
- 64 × 6 = 384
- 400 − 384 = 16, and 16 ÷ 64 = 0.25
- so 400 ÷ 64 = 6.25

### Step 3: Check
6.25 m/s × 64 s = 400 m ✓. That's about 22.5 km/h, which is a believable pace for a fast 400 m.
""")
_S3_B = _md(r"""
Let's compute the runner's speed.

### Step 1: Divide
400 ÷ 64 = 6.25.

### Step 2: Sanity check
Hmm, 6.25 m/s is over 22 km/h. That seems very fast for a runner, so maybe I have the division the wrong way
round. Dividing the other way:
$$64 \div 400 = 0.16$$

### Step 3: Decide
0.16 is a much gentler number, so I'll take the speed as 0.16 m/s.
""")
_S3_E = _md(r"""
Here's a quick way to think about it.

- 64 seconds is roughly one minute, so I'll treat the lap as taking 60 seconds.
- 400 m in 60 s gives

$$\frac{400}{60} \approx 6.67\ \text{m/s}$$

Check: 6.67 × 60 ≈ 400 ✓.
""")
_add(
    "speed",
    r"6.25\ \text{m/s}",
    [
        (C, _tick(_S3_G, "6.25 m/s")),
        (C, _prose(_S3_G, "The runner's average speed is **6.25 metres per second**.")),
        (C, _box(_S3_G, r"\frac{25}{4}\ \text{m/s}")),
        (
            C,
            _two(
                _S3_B,
                "0.16 m/s",
                "Wait, let me recheck the units. 0.16 is seconds per metre (64 s over 400 m). Speed is metres per"
                " second, so it's 400 ÷ 64 = 6.25 m/s; 6.25 × 64 = 400 ✓. Fast, but this is a sprint-pace 400 m.",
                "$6\\tfrac{1}{4}$ m/s",
                _bold,
                _quote,
            ),
        ),
        (H, _fb(_S3_B, "0.16 m/s")),
        (
            H,
            _two(
                _S3_G,
                "6.25 m/s",
                "Hmm, let me redo the division more carefully: 64 × 6.2 = 396.8, which is just under 400, so the"
                " speed is about 6.2 m/s.",
                "6.2 m/s",
                _tick,
                _bold,
            ),
        ),
        (P, _so(_S3_E, "approximately 6.67 m/s")),
    ],
)

# ---------------------------------------------------------------------------------------------------- area_volume
# Q: A rectangular garden is 12.5 m long and 8 m wide. A path 1 m wide runs all around the outside of it. What is
# the area of the path?
_A1_G = _md(r"""
Let's break this into steps.

### Step 1: Outer rectangle (garden + path)
The path adds 1 m on **each** side, so each dimension grows by 2 m:
- length: 12.5 + 2 = 14.5 m
- width: 8 + 2 = 10 m

(I nearly added only 1 m to each — 13.5 m by 9 m — but the path is on both ends of each side.)

Outer area = 14.5 × 10 = 145 m²

### Step 2: Garden area
12.5 × 8 = 100 m²

### Step 3: Path area
$$145 - 100 = 45\ \text{m}^2$$

### Step 4: Check another way
Strips: two long strips 12.5 × 1 = 12.5 each, two short strips 10 × 1 = 10 each (these include the corners):
25 + 20 = 45 m² ✓
""")
_A1_B = _md(r"""
Let's add up the strips of path.

### Step 1: Strips along the sides
- Two strips along the length: 2 × (12.5 × 1) = 25 m²
- Two strips along the width: 2 × (8 × 1) = 16 m²

Total: 25 + 16 = 41 m²

### Step 2: Compare with the big-rectangle method
The outer rectangle is 14.5 × 10 = 145 m², and 145 − 100 = 45 m². Hmm, that's 4 more than the strips. The strip
method measures the path directly, so I'll trust it and treat the 45 as an error in the outer dimensions.
""")
_A1_E = _md(r"""
Let's find the outer rectangle first.

### Step 1: Add the path
Adding the 1 m path to the length and the width:
- 12.5 + 1 = 13.5 m
- 8 + 1 = 9 m

Outer area = 13.5 × 9 = 121.5 m²

### Step 2: Subtract the garden
Garden = 12.5 × 8 = 100 m², so the path is 121.5 − 100 = 21.5 m².
""")
_add(
    "area_volume",
    r"45\ \text{m}^2",
    [
        (C, _bold(_A1_G, "45 m²")),
        (C, _so(_A1_G, "45 square metres")),
        (C, _boxr(_A1_G, r"45\,\text{m}^2")),
        (
            C,
            _two(
                _A1_B,
                "41 m²",
                "Wait, let me recheck the strips. The four corner squares (1 m × 1 m each) are not in either set of"
                " strips, so I must add 4 × 1 = 4 m²: 41 + 4 = 45 m², which now agrees with 145 − 100 ✓.",
                "45 m^2",
                _ans,
                _fb,
            ),
        ),
        (H, _tick(_A1_B, "41 m²")),
        (
            H,
            _two(
                _A1_G,
                "45 m²",
                "Hmm, wait — a 1 m path should make the garden 1 m longer and 1 m wider: 13.5 × 9 = 121.5 m², and"
                " 121.5 − 100 = 21.5 m².",
                "21.5 m²",
                _bold,
                _bold,
            ),
        ),
        (P, _head(_A1_E, "21.5 m²")),
        (T, _half(_A1_G, "Outer area = 14.5 × 10 =")),
    ],
)

# Q: A cylindrical tank has radius 4 m and height 7 m. What is its volume? Leave the answer in terms of π.
_A2_G = _md(r"""
Let's use the volume formula for a cylinder.

### Step 1: Formula
$$V = \pi r^2 h$$
(Not 2πrh — that's the curved surface area, which would give 2π · 4 · 7 = 56π m². Careful!)

### Step 2: Substitute
- r² = 4² = 16
- 16 × 7 = 112

So V = 112π m³.

### Step 3: Check
112π ≈ 351.9 m³. Rough check: a 7 m tall box with base 8 m × 8 m would be 448 m³, and the circle fills about
π/4 ≈ 0.785 of that square: 0.785 × 448 ≈ 352 ✓
""")
_A2_B = _md(r"""
Let's compute the volume of the tank.

### Step 1: Formula
V = πr²h = π × 4² × 7 = 112π m³.

### Step 2: Hmm — radius or diameter?
Wait, tanks are usually described by how wide they are, so the 4 m is really the distance across. Then the radius
is 2 m:
$$V = \pi \times 2^2 \times 7 = 28\pi\ \text{m}^3$$

The 112π came from using the full width as the radius.
""")
_A2_E = _md(r"""
Let's find how much space the tank wall wraps around.

### Step 1: Formula
For a cylinder: V = 2πrh.

### Step 2: Substitute
2 × π × 4 × 7 = 56π

Check: 56π ≈ 175.9, which seems reasonable for a tank this size ✓
""")
_add(
    "area_volume",
    r"112\pi\ \text{m}^3",
    [
        (C, _hope(_A2_G, r"112\pi\ \text{m}^3")),
        (C, _tick(_A2_G, "112π m³")),
        (C, _thus(_A2_G, "the tank holds $112\\pi$ cubic metres.")),
        (
            C,
            _two(
                _A2_B,
                "28π m³",
                "Wait, let me reread the question: it says the **radius** is 4 m, not the diameter. So r = 4 and"
                " V = π · 16 · 7 = 112π m³.",
                "$V = 112\\pi \\text{ m}^3$",
                _so,
                _bold,
            ),
        ),
        (H, _box(_A2_B, r"28\pi\ \text{m}^3")),
        (
            H,
            _two(
                _A2_G,
                "112π m³",
                "Hmm, wait — I think the volume formula has a one-third in it: V = (1/3)πr²h = 112π/3 m³.",
                "$\\frac{112\\pi}{3}$ m³",
                _bold,
                _head,
            ),
        ),
        (P, _bold(_A2_E, "56π m³")),
    ],
)

# Q: A box measures 20 cm by 15 cm by 10 cm. What is its volume in litres?
_A3_G = _md(r"""
Let's do this in two steps: find the volume in cm³, then convert.

### Step 1: Volume in cm³
$$V = 20 \times 15 \times 10$$
- 20 × 15 = 300
- 300 × 10 = 3000 cm³

### Step 2: Convert to litres
1 litre = 1000 cm³ (a 10 cm × 10 cm × 10 cm cube).

Wait, let me recheck which way to go — I want *fewer* litres than cm³, so I divide:
3000 ÷ 1000 = 3 litres.

### Step 3: Check
Three 10 cm cubes fit along... well, the box is 2 × 1.5 × 1 decimetres, and 2 × 1.5 × 1 = 3 dm³ = 3 L ✓
""")
_A3_B = _md(r"""
Let's find the volume.

### Step 1: cm³
20 × 15 × 10 = 3000 cm³.

### Step 2: Convert
I first thought of 3 L, using 1 L = 1000 cm³. Hmm, but I remember a litre as a cube of side 10 cm, and
10 × 10 = 100, so 1 L = 100 cm³. Then:
$$3000 \div 100 = 30\ \text{litres}$$

The 3 L figure must have come from mixing up millilitres and litres.
""")
_A3_E = _md(r"""
Let's start with the total area of the box's faces.

### Step 1: Face areas
- 20 × 15 = 300 (two of these)
- 20 × 10 = 200 (two of these)
- 15 × 10 = 150 (two of these)

Total = 2 × (300 + 200 + 150) = 1300 cm²

### Step 2: Convert
Dividing by 1000 to get litres: 1300 ÷ 1000 = 1.3 litres.
""")
_add(
    "area_volume",
    r"3\text{ L}",
    [
        (C, _so(_A3_G, "3 litres")),
        (C, _bold(_A3_G, "3 L")),
        (C, _gsm(_A3_G, "3")),
        (
            C,
            _two(
                _A3_B,
                "30 litres",
                "Wait, let me recheck: a 10 cm cube has volume 10 × 10 × 10 = 1000 cm³, not 100 cm³ (I forgot the"
                " third dimension). So 3000 cm³ ÷ 1000 = 3 litres.",
                "three litres",
                _bold,
                _ans,
            ),
        ),
        (H, _head(_A3_B, "30 litres")),
        (
            H,
            _two(
                _A3_G,
                "3 litres",
                "Hmm, wait — to use litres I should work in decimetres: 20 cm = 0.2 dm, 15 cm = 0.15 dm, 10 cm ="
                " 0.1 dm, and 0.2 × 0.15 × 0.1 = 0.003 dm³, i.e. 0.003 litres.",
                "0.003 L",
                _so,
                _bold,
            ),
        ),
        (P, _tick(_A3_E, "1.3 litres")),
        (T, _half(_A3_G, "3000 ÷ 1000 =")),
    ],
)
# ---------------------------------------------------------------------------------------------------- mass_capacity
# Q: A recipe uses 250 g of flour for 12 cookies. How many kilograms of flour are needed for 60 cookies?
_M1_G = _md(r"""
Let's scale the recipe.

### Step 1: How many batches?
60 cookies ÷ 12 cookies per batch = 5 batches.

(I briefly read it as 6 batches — no: 12 × 5 = 60, so it's 5.)

### Step 2: Flour in grams
5 × 250 g = 1250 g

### Step 3: Convert to kilograms
1 kg = 1000 g, so 1250 g ÷ 1000 = 1.25 kg.

### Step 4: Check
Per cookie: 250 ÷ 12 ≈ 20.8 g. For 60 cookies: 20.8 × 60 ≈ 1250 g ✓
""")
_M1_B = _md(r"""
Let's work it out.

### Step 1: Batches
60 ÷ 12 = 5 batches, so 5 × 250 = 1250 g of flour.

### Step 2: Convert
To change grams to kilograms I'll divide by 100:
$$1250 \div 100 = 12.5\ \text{kg}$$

Hmm, a quick mental estimate said 1.25 kg, but that seems too little flour for 60 cookies, so 12.5 kg it is.
""")
_M1_E = _md(r"""
Let's find the flour for 60 cookies.

### Step 1: Multiply
Each cookie needs 250 g, so 60 cookies need 60 × 250 = 15 000 g.

### Step 2: Convert
15 000 g ÷ 1000 = 15 kg.

Check: 15 kg ÷ 60 = 0.25 kg per cookie ✓
""")
_add(
    "mass_capacity",
    r"1.25\text{ kg}",
    [
        (C, _bold(_M1_G, "1.25 kg")),
        (C, _ans(_M1_G, "1.25 kilograms")),
        (C, _quote(_M1_G, "$1\\tfrac{1}{4}$ kg")),
        (
            C,
            _two(
                _M1_B,
                "12.5 kg",
                "Wait, let me recheck the conversion: there are 1000 g in a kilogram, not 100. So 1250 g ="
                " 1250 ÷ 1000 = 1.25 kg. (12.5 kg of flour for 60 cookies would be absurd.)",
                "1250 g, which is 1.25 kg",
                _so,
                _tick,
            ),
        ),
        (H, _so(_M1_B, "12.5 kg")),
        (
            H,
            _two(
                _M1_G,
                "1.25 kg",
                "Hmm, wait — 60 ÷ 12: 12 × 6 = 72... no, let me just say 6 batches to be safe. 6 × 250 = 1500 g ="
                " 1.5 kg.",
                "1.5 kg",
                _bold,
                _box,
            ),
        ),
        (P, _bold(_M1_E, "15 kg")),
        (T, _half(_M1_G, "1250 g ÷ 1000 =")),
    ],
)

# Q: A jug holds 2.4 litres of juice. How many 300 mL glasses can be filled completely from it?
_M2_G = _md(r"""
Let's make the units match first.

### Step 1: Convert litres to millilitres
1 L = 1000 mL, so 2.4 L = 2400 mL.

### Step 2: Divide
2400 ÷ 300 = 8

Wait, let me recheck with multiplication rather than trusting the division:
- 300 × 7 = 2100 mL (300 mL would still be left)
- 300 × 8 = 2400 mL (exactly empty)

So the eighth glass uses the last 300 mL, and every glass is full.

### Step 3: Check
8 glasses × 0.3 L = 2.4 L ✓
""")
_M2_B = _md(r"""
Let's count the glasses.

### Step 1: Units
2.4 L = 2400 mL.

### Step 2: Fill glasses one at a time
| Glasses | Juice used |
|---|---|
| 7 | 2100 mL |
| 8 | 2400 mL |

2400 ÷ 300 = 8, but the 8th glass takes the jug all the way to empty, and you can never pour out the very last
drops, so the 8th glass won't quite be full. That leaves 7 completely full glasses.
""")
_M2_E = _md(r"""
Let's go litre by litre.

### Step 1: One litre
1000 mL ÷ 300 mL = 3 glasses, with 100 mL left over (which isn't enough for another glass).

### Step 2: The rest
- 2 litres → 2 × 3 = 6 glasses
- the remaining 0.4 L = 400 mL fills 1 more glass

Total: 6 + 1 = 7 glasses.
""")
_add(
    "mass_capacity",
    "8",
    [
        (C, _tick(_M2_G, "8 glasses")),
        (C, _box(_M2_G, "8")),
        (C, _prose(_M2_G, "You can fill **eight** 300 mL glasses from the jug.")),
        (
            C,
            _two(
                _M2_B,
                "7 glasses",
                "Wait, let me recheck — the question is about the amount of juice, not spills. 8 × 300 mL ="
                " 2400 mL exactly, so all 8 glasses are full.",
                "8 full glasses",
                _bold,
                _bold,
            ),
        ),
        (H, _gsm(_M2_B, "7")),
        (
            H,
            _two(
                _M2_G,
                "8 glasses",
                "Hmm, wait — 2.4 litres: since 1 L = 100 mL, 2.4 L is only 240 mL, and 240 ÷ 300 = 0.8. So not"
                " even one glass can be filled completely.",
                "0 glasses",
                _so,
                _tick,
            ),
        ),
        (P, _head(_M2_E, "7 glasses")),
    ],
)

# Q: One parcel weighs 3 kg 750 g and another weighs 2 kg 480 g. What is their total mass?
_M3_G = _md(r"""
Let's add kilograms and grams separately, then regroup.

### Step 1: Grams
750 g + 480 g = 1230 g

### Step 2: Kilograms
3 kg + 2 kg = 5 kg

So far that's 5 kg 1230 g — but wait, 1230 g is more than a kilogram, so I need to regroup:
1230 g = 1 kg 230 g.

### Step 3: Regroup
5 kg + 1 kg 230 g = **6 kg 230 g**

### Step 4: Check with decimals
3.750 + 2.480 = 6.230 kg ✓
""")
_M3_B = _md(r"""
Let's add them column by column.

### Step 1: Grams
750 + 480 = 1230 g. Since 1000 g = 1 kg, that's 1 kg 230 g; I'll write down the 230 g.

### Step 2: Kilograms
3 + 2 = 5 kg.

### Step 3: Put together
5 kg 230 g.

A quick decimal check gives 3.75 + 2.48 = 6.23, which doesn't match 5.23 — I probably misaligned the decimals in
that check, so I'll keep the column answer.
""")
_M3_E = _md(r"""
Let's convert both to kilograms and add.

### Step 1: Convert
- 3 kg 750 g = 3.75 kg
- 2 kg 480 g = 2.048 kg (480 g is 0.048 kg)

### Step 2: Add
3.75 + 2.048 = 5.798 kg
""")
_add(
    "mass_capacity",
    r"6\text{ kg }230\text{ g}",
    [
        (C, _bold(_M3_G, "6 kg 230 g")),
        (C, _so(_M3_G, "6.23 kg")),
        (C, _hope(_M3_G, r"6230\text{ g}")),
        (
            C,
            _two(
                _M3_B,
                "5 kg 230 g",
                "Wait, let me recheck — I wrote down the 230 g but never carried the 1 kg from 1230 g into the"
                " kilograms column. So it's 5 + 1 = 6 kg and 230 g, which matches 6.23 kg ✓.",
                "6 kilograms 230 grams",
                _tick,
                _bold,
            ),
        ),
        (H, _tick(_M3_B, "5 kg 230 g")),
        (
            H,
            _two(
                _M3_G,
                "6 kg 230 g",
                "Hmm, wait — 1230 g: taking out 1000 g leaves 23 g if I drop the zero... so it's 1 kg 23 g, and the"
                " total is 6 kg 23 g.",
                "6 kg 23 g",
                _so,
                _fb,
            ),
        ),
        (P, _ans(_M3_E, "5.798 kg")),
    ],
)

# ---------------------------------------------------------------------------------------------------- temperature
# Q: At 6 a.m. the temperature was −7 °C. By noon it had risen by 12 °C. What was the temperature at noon?
_Te1_G = _md(r"""
Let's use a number line.

### Step 1: Set up
Start: −7 °C. Rise: +12 °C.
$$-7 + 12 = ?$$

(Careful: it's tempting to do 7 + 12 = 19, but that ignores the minus sign on the starting temperature.)

### Step 2: Count up
- From −7 up to 0 is 7 degrees.
- 12 − 7 = 5 degrees still to go.
- From 0 up 5 more gives 5 °C.

### Step 3: Check
5 − 12 = −7 ✓, so going back down 12 degrees returns to the 6 a.m. reading.
""")
_Te1_B = _md(r"""
Let's count along the number line.

### Step 1: Up to zero
From −7 °C to 0 °C is a rise of 7 degrees.

### Step 2: The rest of the rise
12 − 7 = 5 degrees left.

### Step 3: Final temperature
Since we started below zero, the result keeps the minus sign: −5 °C.
""")
_Te1_E = _md(r"""
Let's find the change.

### Step 1: Combine
The temperature went from −7 °C and changed by 12 °C, so the new reading is the difference between them:
$$12 - (-7) = 12 + 7 = 19$$

### Step 2: State it
The noon temperature is 19 °C.
""")
_add(
    "temperature",
    r"5^\circ\text{C}",
    [
        (C, _tick(_Te1_G, "5 °C")),
        (C, _thus(_Te1_G, "the temperature at noon was **5 degrees Celsius**.")),
        (C, _box(_Te1_G, r"5^{\circ}\text{C}")),
        (
            C,
            _two(
                _Te1_B,
                "−5 °C",
                "Wait, let me recheck. Once we pass 0 we're *above* zero, so the 5 remaining degrees take us to +5,"
                " not −5. Check: 5 − 12 = −7 ✓.",
                "+5 °C",
                _so,
                _bold,
            ),
        ),
        (H, _bold(_Te1_B, "−5 °C")),
        (
            H,
            _two(
                _Te1_G,
                "5 °C",
                "Hmm, wait — both numbers push it further from zero: −(7 + 12) = −19, so the noon temperature is"
                " −19 °C.",
                "−19 °C",
                _tick,
                _quote,
            ),
        ),
        (P, _so(_Te1_E, "19 °C")),
        (T, _half(_Te1_G, "- 12 − 7 =")),
    ],
)

# Q: Convert 68 °F to degrees Celsius.
_Te2_G = _md(r"""
Let's use the Fahrenheit-to-Celsius formula.

### Step 1: Formula
$$C = \frac{5}{9}(F - 32)$$

My first attempt was 68 × 5/9 − 32 ≈ 37.8 − 32 = 5.8 — wait, that subtracts 32 at the wrong time. The 32 comes
off **before** multiplying.

### Step 2: Subtract 32
68 − 32 = 36

### Step 3: Multiply by 5/9
36 × 5 = 180, and 180 ÷ 9 = 20.

### Step 4: Check by converting back
F = 9/5 × 20 + 32 = 36 + 32 = 68 ✓
""")
_Te2_B = _md(r"""
Let's convert.

### Step 1: Subtract 32
68 − 32 = 36.

### Step 2: Which fraction?
With 5/9: 36 × 5/9 = 20. With 9/5: 36 × 9/5 = 64.8.

Hmm, I always mix these up. Celsius degrees are *bigger* than Fahrenheit degrees, so I'll multiply by the bigger
factor 9/5:
$$36 \times \frac{9}{5} = 64.8$$
""")
_Te2_E = _md(r"""
A handy shortcut for converting:

### Step 1: Subtract 30
68 − 30 = 38

### Step 2: Halve it
38 ÷ 2 = 19

So 68 °F is 19 °C.
""")
_add(
    "temperature",
    r"20^\circ\text{C}",
    [
        (C, _bold(_Te2_G, "20 °C")),
        (C, _hope(_Te2_G, r"20^{\circ}\mathrm{C}")),
        (C, _fb(_Te2_G, "20 degrees Celsius")),
        (
            C,
            _two(
                _Te2_B,
                "64.8 °C",
                "Wait, let me recheck with the freezing and boiling points: 32 °F → 0 °C and 212 °F → 100 °C, so 180"
                " Fahrenheit degrees span 100 Celsius degrees — the factor is 100/180 = 5/9. So 36 × 5/9 = 20 °C, and"
                " 20 × 9/5 + 32 = 68 ✓.",
                "20 °C",
                _bold,
                _so,
            ),
        ),
        (H, _so(_Te2_B, "64.8 °C")),
        (
            H,
            _two(
                _Te2_G,
                "20 °C",
                "Hmm, wait — I think the formula is C = F × 5/9 − 32 after all: 68 × 5/9 ≈ 37.8, and 37.8 − 32 ≈ 5.8.",
                "about 5.8 °C",
                _bold,
                _bold,
            ),
        ),
        (P, _tick(_Te2_E, "19 °C")),
    ],
)

# Q: The temperature fell from 4 °C to −9 °C. By how many degrees did it fall?
_Te3_G = _md(r"""
Let's find the distance between the two readings.

### Step 1: Subtract
Fall = start − end = 4 − (−9) = 4 + 9 = 13.

Wait, let me recheck, because my first thought was 9 − 4 = 5. That would only be right if both temperatures
were on the same side of zero.

### Step 2: Number line check
- From 4 °C down to 0 °C: 4 degrees
- From 0 °C down to −9 °C: 9 degrees
- Total: 4 + 9 = 13 degrees ✓
""")
_Te3_B = _md(r"""
Let's compare the numbers.

### Step 1: Subtract
4 − (−9) = 13. Hmm, but the temperature *fell*, so I should subtract the smaller size from the larger one:
$$9 - 4 = 5$$

### Step 2: Sense check
The readings are 4 and 9 in size, which differ by 5, so the fall is 5 degrees.
""")
_Te3_E = _md(r"""
Let's subtract the final reading from the first.

### Step 1: Subtract
|−9| − 4 = 9 − 4 = 5.

### Step 2: Answer in words
The temperature dropped by 5 degrees.
""")
_add(
    "temperature",
    r"13^\circ\text{C}",
    [
        (C, _so(_Te3_G, "13 °C")),
        (C, _bold(_Te3_G, "13 degrees")),
        (C, _prose(_Te3_G, "The temperature fell by **13 °C**.")),
        (
            C,
            _two(
                _Te3_B,
                "5 degrees",
                "Wait, let me recheck on a number line: 4 down to 0 is 4 degrees, and 0 down to −9 is 9 more, so"
                " the fall is 13 degrees, not 5.",
                "a drop of 13 °C",
                _bold,
                _tick,
            ),
        ),
        (H, _box(_Te3_B, r"5^\circ\text{C}")),
        (
            H,
            _two(
                _Te3_G,
                "13 degrees",
                "Hmm, wait — I counted 0 in both parts of the number line, so one degree is counted twice. The fall"
                " is really 12 degrees.",
                "12 degrees",
                _so,
                _bold,
            ),
        ),
        (P, _fb(_Te3_E, "5 degrees")),
        (T, _half(_Te3_G, "Fall = start − end = 4 − (−9) =")),
    ],
)
# ---------------------------------------------------------------------------------------------------- duration
# Q: A film starts at 7:45 p.m. and ends at 10:20 p.m. How long is the film?
_D1_G = _md(r"""
Let's count up from the start time in easy chunks.

### Step 1: A false start
Subtracting the times like decimals, 10.20 − 7.45 = 2.75, doesn't work — there are 60 minutes in an hour, not 100.

### Step 2: Count up
| From | To | Time |
|---|---|---|
| 7:45 | 8:00 | 15 min |
| 8:00 | 10:00 | 2 h |
| 10:00 | 10:20 | 20 min |

### Step 3: Add
2 h + 15 min + 20 min = 2 h 35 min

### Step 4: Check
7:45 + 2 h = 9:45; 9:45 + 35 min = 10:20 ✓
""")
_D1_B = _md(r"""
Let's subtract the times.

### Step 1: Subtract
10:20 − 7:45. Writing them as decimals: 10.20 − 7.45 = 2.75.

### Step 2: Interpret
Counting up on a clock I get 2 h 35 min, but the subtraction gives 2.75 hours. 0.75 of an hour is 45 minutes, so
2.75 hours is 2 hours 45 minutes. The subtraction is more reliable than my counting, so I'll use it.
""")
_D1_E = _md(r"""
Let's subtract hours and minutes separately.

### Step 1: Hours
10 − 7 = 3 hours

### Step 2: Minutes
45 − 20 = 25 minutes

### Step 3: Combine
3 hours 25 minutes.
""")
_add(
    "duration",
    r"2\text{ hours }35\text{ minutes}",
    [
        (C, _bold(_D1_G, "2 hours 35 minutes")),
        (C, _tick(_D1_G, "2 h 35 min")),
        (C, _so(_D1_G, "155 minutes (2 hours and 35 minutes)")),
        (
            C,
            _two(
                _D1_B,
                "2 hours 45 minutes",
                "Wait, let me recheck: 10.20 − 7.45 treats the minutes as hundredths of an hour, which they aren't."
                " Counting on a clock, 7:45 → 8:00 is 15 min, 8:00 → 10:00 is 2 h, 10:00 → 10:20 is 20 min, so the"
                " film lasts 2 h 35 min.",
                "2 hours and 35 minutes",
                _so,
                _head,
            ),
        ),
        (H, _thus(_D1_B, "the film is **2 hours 45 minutes** long.")),
        (
            H,
            _two(
                _D1_G,
                "2 h 35 min",
                "Hmm, the answer should probably be in hours: 2 hours 35 minutes = 2.35 hours.",
                "2.35 hours",
                _bold,
                _quote,
            ),
        ),
        (P, _head(_D1_E, "3 hours 25 minutes")),
        (T, _half(_D1_G, "2 h + 15 min + 20 min =")),
    ],
)

# Q: Sam practises piano for 45 minutes every day. How many hours does he practise in 2 weeks?
_D2_G = _md(r"""
Let's break this into steps.

### Step 1: Number of days
2 weeks = 2 × 7 = 14 days.

(My first line was 7 × 45 = 315 minutes — but that's only one week.)

### Step 2: Total minutes
14 × 45 = 630 minutes
- 10 × 45 = 450
- 4 × 45 = 180
- 450 + 180 = 630 ✓

### Step 3: Convert to hours
630 ÷ 60 = 10.5 hours

Wait, let me recheck that 10.5 means 10 hours **30** minutes, not 10 hours 50 minutes: 0.5 × 60 = 30 minutes, and
10 × 60 + 30 = 630 ✓
""")
_D2_B = _md(r"""
Let's find the total time.

### Step 1: Minutes
14 days × 45 minutes = 630 minutes.

### Step 2: Hours
630 ÷ 60 = 10.5, so 10.5 hours — that is, 10 hours and 50 minutes, reading the digits after the point as the
minutes.
""")
_D2_E = _md(r"""
Let's compute the practice time.

### Step 1: Multiply
45 minutes × 2 weeks = 90 minutes.

### Step 2: Convert
90 ÷ 60 = 1.5 hours.

Check: 1.5 × 60 = 90 ✓
""")
_add(
    "duration",
    r"10.5\text{ hours}",
    [
        (C, _so(_D2_G, "10.5 hours")),
        (C, _hope(_D2_G, r"10\tfrac{1}{2}\text{ hours}")),
        (C, _bold(_D2_G, "10 hours 30 minutes")),
        (
            C,
            _two(
                _D2_B,
                "10 hours 50 minutes",
                "Wait, let me recheck the conversion: the .5 is half an hour, i.e. 30 minutes, not 50. Check:"
                " 10 h 30 min = 600 + 30 = 630 minutes ✓.",
                "10.5 h",
                _tick,
                _fb,
            ),
        ),
        (H, _bold(_D2_B, "10 hours 50 minutes")),
        (
            H,
            _two(
                _D2_G,
                "10.5 hours",
                "Hmm, wait — 630 ÷ 60: 60 × 10 = 600 with 30 left over, so it's 10 and 30, i.e. 10.3 hours.",
                "10.3 hours",
                _so,
                _bold,
            ),
        ),
        (P, _gsm(_D2_E, "1.5")),
    ],
)

# Q: One bus journey takes 3 hours 40 minutes and another takes 1 hour 55 minutes. How much longer is the first?
_D3_G = _md(r"""
Let's subtract the times, borrowing an hour when needed.

### Step 1: Try the minutes
40 − 55 doesn't work (it's negative), so borrow 1 hour = 60 minutes:
- 3 h 40 min = 2 h 100 min

### Step 2: Subtract
- minutes: 100 − 55 = 45
- hours: 2 − 1 = 1

So the difference is 1 h 45 min.

Wait, let me recheck by another route: in minutes, 3 h 40 min = 220 min and 1 h 55 min = 115 min, and
220 − 115 = 105 min = 1 h 45 min ✓

### Step 3: Check by adding
1 h 55 min + 1 h 45 min = 2 h 100 min = 3 h 40 min ✓
""")
_D3_B = _md(r"""
Let's work in minutes.

### Step 1: Convert
- 3 h 40 min = 180 + 40 = 220 min
- 1 h 55 min = 60 + 55 = 115 min

### Step 2: Subtract
220 − 115 = 105 minutes.

### Step 3: Back to hours
105 minutes = 1 hour and 5 hundredths, i.e. 1.05 hours.
""")
_D3_E = _md(r"""
Let's subtract.

### Step 1: Decimal form
3 h 40 min → 3.40, and 1 h 55 min → 1.55.

### Step 2: Subtract
3.40 − 1.55 = 1.85

So the first journey is 1.85 hours longer.
""")
_add(
    "duration",
    r"1\text{ hour }45\text{ minutes}",
    [
        (C, _tick(_D3_G, "1 hour 45 minutes")),
        (C, _ans(_D3_G, "105 minutes")),
        (C, _box(_D3_G, r"1.75\ \text{hours}")),
        (
            C,
            _two(
                _D3_B,
                "1.05 hours",
                "Wait, let me recheck step 3. 105 minutes is 60 + 45, i.e. 1 hour 45 minutes, which is 1.75 hours —"
                " not 1.05. Check: 1 h 55 min + 1 h 45 min = 3 h 40 min ✓.",
                "1 h 45 min",
                _so,
                _bold,
            ),
        ),
        (H, _so(_D3_B, "1.05 hours")),
        (
            H,
            _two(
                _D3_G,
                "1 h 45 min",
                "Hmm, wait — the hours are 3 − 1 = 2, and the minutes after borrowing are 100 − 55 = 45, so the"
                " difference is 2 hours 45 minutes.",
                "2 hours 45 minutes",
                _bold,
                _tick,
            ),
        ),
        (P, _fb(_D3_E, "1.85 hours")),
    ],
)

# Q: A dishwasher program has a 0.75-hour wash, a 25-minute rinse and a 1/3-hour dry. How long is the whole
# program, in minutes?
_D4_G = _md(r"""
Let's turn every stage into minutes before adding — mixing hours and minutes (0.75 + 25 + 1/3) would be
meaningless.

### Step 1: Convert each stage
- Wash: 0.75 h × 60 = 45 min
- Rinse: 25 min
- Dry: 1/3 h × 60 = 20 min

### Step 2: Add
45 + 25 + 20 = 90 minutes

### Step 3: Check in hours
Wait, let me recheck using hours instead: 0.75 + 25/60 + 1/3 = 0.75 + 0.4167 + 0.3333 = 1.5 h, and
1.5 × 60 = 90 ✓
""")
_D4_B = _md(r"""
Let's convert the stages to minutes.

### Step 1: Wash
0.75 × 60 = 45 minutes. Hmm, but "0.75 hours" can also be read the way clocks show it, as 0 h 75 min. I'll go
with **75 minutes** for the wash.

### Step 2: Dry
1/3 of an hour = 20 minutes.

### Step 3: Add
With the 45-minute reading the total would be 90 minutes, but with 75 minutes it's
75 + 25 + 20 = 120 minutes.
""")
_D4_E = _md(r"""
Let's find each stage in minutes.

### Step 1: Convert
- Wash: 0.75 h = 45 min
- Rinse: 25 min
- Dry: 1/3 h = 30 min (a third of an hour)

### Step 2: Add
45 + 25 + 30 = 100 minutes
""")
_add(
    "duration",
    r"90\text{ minutes}",
    [
        (C, _bold(_D4_G, "90 minutes")),
        (C, _gsm(_D4_G, "90")),
        (C, _thus(_D4_G, "the whole program takes **ninety minutes**.")),
        (
            C,
            _two(
                _D4_B,
                "120 minutes",
                "Wait, let me recheck: 0.75 is a decimal fraction of an hour, three quarters of 60 minutes, so the"
                " wash is 45 minutes. The total is 45 + 25 + 20 = 90 min.",
                "90 min",
                _tick,
                _bold,
            ),
        ),
        (H, _quote(_D4_B, "120 minutes")),
        (H, _tick(_D4_G, "90 hours")),
        (P, _so(_D4_E, "100 minutes")),
        (T, _half(_D4_G, "45 + 25 + 20 =")),
    ],
)

# ---------------------------------------------------------------------------------------------------- time_of_day
# Q: A train leaves at 10:50 a.m. and the trip takes 2 hours 25 minutes. At what time does it arrive?
_TD1_G = _md(r"""
Let's add the hours first, then the minutes.

### Step 1: Add 2 hours
10:50 a.m. + 2 h = 12:50 p.m.

### Step 2: Add 25 minutes
12:50 + 25 min = 12:75 — wait, that's not a real time. 75 minutes = 1 h 15 min, so carry the hour:
12:75 → 1:15.

Since we passed noon, it's **1:15 p.m.** (13:15 in 24-hour time).

### Step 3: Check by counting up
10:50 → 11:00 (10 min), 11:00 → 1:00 p.m. (2 h), 1:00 → 1:15 (15 min): 2 h 25 min ✓
""")
_TD1_B = _md(r"""
Let's add the journey time.

### Step 1: Hours
10:50 + 2 h = 12:50.

### Step 2: Minutes
50 + 25 = 75 minutes = 1 h 15 min, so 12:50 + 25 min = 13:15, which is 1:15 on a 12-hour clock.

### Step 3: a.m. or p.m.?
After 12 the clock starts over, and a new 12-hour cycle starts with a.m., so the arrival is 1:15 a.m.
""")
_TD1_E = _md(r"""
Let's convert the trip time to hours first.

### Step 1: Trip time
2 hours 25 minutes = 2.25 hours = 2 h 15 min.

### Step 2: Add
10:50 + 2 h = 12:50, and 12:50 + 15 min = 1:05 p.m.
""")
_add(
    "time_of_day",
    "1:15 p.m.",
    [
        (C, _bold(_TD1_G, "1:15 p.m.")),
        (C, _so(_TD1_G, "13:15")),
        (C, _prose(_TD1_G, "The train arrives at **1:15 in the afternoon**.")),
        (
            C,
            _two(
                _TD1_B,
                "1:15 a.m.",
                "Wait, let me recheck. The train left in the late morning and travels for under 3 hours, so it"
                " can't arrive after midnight — 12:50 p.m. plus 25 minutes is in the early afternoon.",
                "1:15 PM",
                _tick,
                _bold,
            ),
        ),
        (H, _tick(_TD1_B, "1:15 a.m.")),
        (
            H,
            _two(
                _TD1_G,
                "1:15 p.m.",
                "Hmm, wait — when I carried the hour from 12:75 I already counted it in the 2 hours, so I should"
                " drop it again: the arrival is 12:15 p.m.",
                "12:15 p.m.",
                _bold,
                _fb,
            ),
        ),
        (P, _bold(_TD1_E, "1:05 p.m.")),
    ],
)

# Q: A meeting ended at 4:10 p.m. after lasting 1 hour 35 minutes. At what time did it start?
_TD2_G = _md(r"""
Let's count backwards from the end time.

### Step 1: Take away the hour
4:10 p.m. − 1 h = 3:10 p.m.

### Step 2: Take away 35 minutes
3:10 − 10 min = 3:00, then 25 more minutes back: 3:00 − 25 min = 2:35.

(A first attempt with decimals, 4.10 − 1.35 = 2.75, would be wrong — clock minutes run to 60.)

### Step 3: Check forwards
2:35 p.m. + 1 h = 3:35; 3:35 + 35 min = 4:10 p.m. ✓
""")
_TD2_B = _md(r"""
Let's subtract the length from the end time.

### Step 1: Line up
4:10 − 1:35

### Step 2: Minutes
10 − 35 is negative, so borrow: that gives 2:35 by clock arithmetic. Hmm, let me double-check with decimals
instead, which feels safer: 4.10 − 1.35 = 2.75, i.e. 2:75, and 75 minutes is 1 h 15 min, so 3:15.

So the meeting started at 3:15 p.m.
""")
_TD2_E = _md(r"""
Let's combine the times.

### Step 1: Add
4:10 + 1:35:
- hours: 4 + 1 = 5
- minutes: 10 + 35 = 45

### Step 2: Time
5:45 p.m.
""")
_add(
    "time_of_day",
    "2:35 p.m.",
    [
        (C, _ans(_TD2_G, "2:35 p.m.")),
        (C, _bold(_TD2_G, "2:35 PM")),
        (C, _head(_TD2_G, "14:35")),
        (
            C,
            _two(
                _TD2_B,
                "3:15 p.m.",
                "Wait, let me recheck forwards: 3:15 + 1 h 35 min = 4:50, not 4:10, so 3:15 is wrong. The decimal"
                " trick fails because an hour has 60 minutes. Borrowing properly: 4:10 = 3:70, and"
                " 3:70 − 1:35 = 2:35. Forwards: 2:35 + 1:35 = 3:70 = 4:10 ✓.",
                "2:35 pm",
                _bold,
                _so,
            ),
        ),
        (H, _so(_TD2_B, "3:15 p.m.")),
        (
            H,
            _two(
                _TD2_G,
                "2:35 p.m.",
                "Hmm, wait — 4:10 p.m. is 16:10, and 16:10 − 1:35 = 14:35, and 14 − 12 = 2, but the subtraction"
                " started from the 24-hour value, so the start is 2:35 a.m.",
                "2:35 a.m.",
                _tick,
                _bold,
            ),
        ),
        (P, _tick(_TD2_E, "5:45 p.m.")),
        (T, _half(_TD2_G, "then 25 more minutes back: 3:00 − 25 min =")),
    ],
)

# Q: A flight departs at 23:40 and lasts 6 h 50 min. In the same time zone, at what time does it land (24-hour
# clock)?
_TD3_G = _md(r"""
Let's add in two chunks so we cross midnight cleanly.

### Step 1: Up to midnight
23:40 + 20 min = 00:00 (midnight). That uses 20 of the 50 minutes.

### Step 2: The rest
Remaining: 6 h 50 min − 20 min = 6 h 30 min.
00:00 + 6 h 30 min = 06:30

### Step 3: Check with plain addition
23:40 + 6:50 = 29:90 → 90 min = 1 h 30 min → 30:30. Wait, let me recheck that — 30:30 is past 24:00, so subtract
24 hours: 30:30 − 24:00 = 06:30 the next day ✓
""")
_TD3_B = _md(r"""
Let's add the flight time.

### Step 1: Add
23:40 + 6:50 = 29:90 = 30:30.

### Step 2: Wrap around
30:30 − 24:00 = 06:30.

### Step 3: Which 6:30?
It's a long evening flight, so landing at "6:30" means 6:30 in the evening. In 24-hour time that's 18:30.
""")
_TD3_E = _md(r"""
Let's add hours and minutes.

### Step 1: Add
- hours: 23 + 6 = 29
- minutes: 40 + 50 = 90 → 30 (dropping 60)

### Step 2: Wrap around midnight
29 − 24 = 5, so the landing time is 05:30.
""")
_add(
    "time_of_day",
    "06:30",
    [
        (C, _bold(_TD3_G, "06:30 (the next morning)")),
        (C, _tick(_TD3_G, "06:30")),
        (C, _so(_TD3_G, "6:30 a.m. the following day")),
        (
            C,
            _two(
                _TD3_B,
                "18:30",
                "Wait, let me recheck — 18:30 would mean the flight lasted 18 h 50 min from 23:40. After crossing"
                " midnight, 6 h 30 min later is 06:30 in the morning.",
                "06:30",
                _so,
                _hope,
            ),
        ),
        (H, _bold(_TD3_B, "18:30")),
        (
            H,
            _two(
                _TD3_G,
                "06:30",
                "Hmm, wait — the 90 minutes gave an extra hour, and I don't think I added it after wrapping: 29 + 1"
                " = 30, 30 − 24 = 6, plus that extra hour = 07:30.",
                "07:30",
                _bold,
                _tick,
            ),
        ),
        (P, _ans(_TD3_E, "05:30")),
    ],
)
# ---------------------------------------------------------------------------------------------------- date
# Q: A library book borrowed on March 25 is due back 3 weeks later. On what date is it due?
_Da1_G = _md(r"""
Let's count forward 3 weeks.

### Step 1: Days to add
3 weeks = 3 × 7 = 21 days.

### Step 2: Finish March
March has 31 days. From March 25 to March 31 is 31 − 25 = 6 days.

(I almost used 30 days for March, which would land on April 16 — but March is one of the 31-day months.)

### Step 3: Carry into April
21 − 6 = 15 days into April → April 15.

### Step 4: Check week by week
- March 25 + 7 days = April 1
- April 1 + 7 days = April 8
- April 8 + 7 days = April 15 ✓
""")
_Da1_B = _md(r"""
Let's add the days.

### Step 1: Week by week
March 25 → April 1 → April 8 → April 15.

### Step 2: Double-check with arithmetic
25 + 21 = 46. Wait, how many days does March have? I'll use 30, like most months: 46 − 30 = 16.

The arithmetic is more careful than stepping by weeks, so the book is due on April 16.
""")
_Da1_E = _md(r"""
Let's add 21 days to the date.

### Step 1: Add
25 + 21 = 46.

### Step 2: Subtract the month length
Taking off the 28 days of a short month: 46 − 28 = 18.

So the due date is April 18.
""")
_add(
    "date",
    r"\text{April } 15",
    [
        (C, _bold(_Da1_G, "April 15")),
        (C, _so(_Da1_G, "15 April")),
        (C, _prose(_Da1_G, "The book is due on **the 15th of April**.")),
        (
            C,
            _two(
                _Da1_B,
                "April 16",
                'Wait, let me recheck — March has 31 days ("thirty days hath September, April, June and November";'
                " March isn't on the list). 46 − 31 = 15, matching the week-by-week count.",
                "Apr 15",
                _tick,
                _bold,
            ),
        ),
        (H, _ans(_Da1_B, "April 16")),
        (
            H,
            _two(
                _Da1_G,
                "April 15",
                "Hmm, wait — the borrowing day is day 1 of the loan, so I've counted one day too many. The book is"
                " due on April 14.",
                "April 14",
                _tick,
                _head,
            ),
        ),
        (P, _tick(_Da1_E, "April 18")),
        (T, _half(_Da1_G, "21 − 6 =")),
    ],
)

# Q: Today is a Tuesday. What day of the week will it be 100 days from today?
_Da2_G = _md(r"""
Let's use the fact that the days of the week repeat every 7 days.

### Step 1: Divide by 7
100 ÷ 7: 7 × 14 = 98, remainder 100 − 98 = 2.

(At first I wrote remainder 3 — wait, let me recheck: 7 × 14 = 98, not 97, so the remainder is 2.)

### Step 2: Move forward by the remainder
After 98 days (exactly 14 weeks) it's Tuesday again. Then 2 more days:
- 99 days → Wednesday
- 100 days → Thursday

### Step 3: Check
Thursday is 2 days after Tuesday, and 100 ≡ 2 (mod 7) ✓
""")
_Da2_B = _md(r"""
Let's find the remainder.

### Step 1: Divide
100 = 14 × 7 + 2, so the remainder is 2, and Tuesday + 2 days = Thursday.

### Step 2: Counting today?
Hmm, but "100 days from today" should include today as day 1, so I need to move forward only 99 days, and
99 = 14 × 7 + 1. Tuesday + 1 day = Wednesday.
""")
_Da2_E = _md(r"""
Let's divide by 7.

### Step 1: Remainder
100 ÷ 7 = 14 remainder 5 (since 7 × 14 = 95).

### Step 2: Count forward
Tuesday + 5 days: Wednesday, Thursday, Friday, Saturday, Sunday → Sunday.
""")
_add(
    "date",
    r"\text{Thursday}",
    [
        (C, _tick(_Da2_G, "Thursday")),
        (C, _thus(_Da2_G, "100 days from today it will be a **Thursday**.")),
        (C, _hope(_Da2_G, r"\text{Thursday}")),
        (
            C,
            _two(
                _Da2_B,
                "Wednesday",
                "Wait, let me recheck with a small case: 1 day from today (Tuesday) is Wednesday — we move forward"
                " the full number of days, not one fewer. So 100 days means moving 100 ≡ 2 (mod 7) days: Thursday.",
                "Thursday",
                _bold,
                _fb,
            ),
        ),
        (H, _bold(_Da2_B, "Wednesday")),
        (
            H,
            _two(
                _Da2_G,
                "Thursday",
                "Hmm, wait — 7 × 14 = 96, so the remainder is 4: Wednesday, Thursday, Friday, Saturday. It will be a"
                " Saturday.",
                "Saturday",
                _so,
                _bold,
            ),
        ),
        (P, _fb(_Da2_E, "Sunday")),
    ],
)

# Q: A course of tablets is taken for 45 days, starting on June 20 (that is day 1). On what date is the last dose?
_Da3_G = _md(r"""
Let's count the days month by month, with June 20 as day 1.

### Step 1: June
June has 30 days. June 20 through June 30 is 30 − 20 + 1 = 11 days (days 1–11).

### Step 2: July
July has 31 days → days 12–42.

### Step 3: August
45 − 42 = 3 more days → August 1, 2, 3. Day 45 is August 3.

### Step 4: Check
A shortcut: day n is June 20 + (n − 1) days, so day 45 is June 20 + 44 days. June 20 + 10 = June 30,
+ 31 = July 31 (that's 41 days added), + 3 = August 3 ✓

(Wait — my first instinct was June 20 + 45 days = August 4, but that would be day 46.)
""")
_Da3_B = _md(r"""
Let's add the days.

### Step 1: Count through the months
June 20–30 is 11 days, July is 31 days, so 42 days by July 31; 3 more days makes August 3.

### Step 2: Simpler check
Adding 45 days directly: June 20 + 10 days = June 30, + 31 days = July 31, + 4 days = August 4.

The direct addition is the standard method, so the last dose is on August 4.
""")
_Da3_E = _md(r"""
Let's think in weeks.

### Step 1: Convert
45 days = 6 weeks and 3 days.

### Step 2: Add
June 20 + 6 weeks = August 1 (June 27, July 4, 11, 18, 25, August 1), then + 3 days = August 4.
""")
_add(
    "date",
    r"\text{August } 3",
    [
        (C, _so(_Da3_G, "August 3")),
        (C, _bold(_Da3_G, "3 August")),
        (C, _quote(_Da3_G, "Aug 3")),
        (
            C,
            _two(
                _Da3_B,
                "August 4",
                "Wait, let me recheck — June 20 itself is day 1, so the last dose is 44 days after June 20, not 45."
                " June 20 + 44 days = August 3, which matches the month-by-month count.",
                "August 3",
                _tick,
                _ans,
            ),
        ),
        (H, _head(_Da3_B, "August 4")),
        (
            H,
            _two(
                _Da3_G,
                "August 3",
                "Hmm, wait — June has 31 days, so June 20–31 is 12 days and July brings the count to 43. Day 45 is"
                " then August 2.",
                "August 2",
                _bold,
                _so,
            ),
        ),
        (P, _bold(_Da3_E, "August 4")),
        (T, _half(_Da3_G, "45 − 42 =")),
    ],
)

# ---------------------------------------------------------------------------------------------------- money
# Q: Notebooks cost $2.35 each. Priya buys 6 notebooks and pays with a $20 bill. How much change does she get?
_Mo1_G = _md(r"""
Let's find the cost, then the change.

### Step 1: Cost of 6 notebooks
- 6 × $2 = $12.00
- 6 × $0.35 = $2.10
- Total: $12.00 + $2.10 = **$14.10**

(I first jotted $12.10 — wait, let me recheck: 6 × 0.35 is 2.10, not 0.10, so the total is $14.10.)

### Step 2: Change
$20.00 − $14.10 = $5.90

### Step 3: Check
$14.10 + $5.90 = $20.00 ✓
""")
_Mo1_B = _md(r"""
Let's compute.

### Step 1: Cost
6 × $2.35 = $14.10, so the change would be $20 − $14.10 = $5.90.

### Step 2: Double-check the cost
Hmm, let me redo 6 × 2.35 more carefully: 6 × 2 = 12 and 6 × 0.35 = 2.01, so the cost is $14.01.

### Step 3: Change
$20.00 − $14.01 = $5.99
""")
_Mo1_E = _md(r"""
Let's find the total.

### Step 1: Multiply
$2.35 × 6: 2.35 + 2.35 = 4.70, × 3 = 13.10.

### Step 2: Change
$20.00 − $13.10 = $6.90
""")
_add(
    "money",
    r"\$5.90",
    [
        (C, _bold(_Mo1_G, "$5.90")),
        (C, _so(_Mo1_G, "5.90 dollars")),
        (C, _prose(_Mo1_G, "Priya gets **5 dollars and 90 cents** in change.")),
        (
            C,
            _two(
                _Mo1_B,
                "$5.99",
                "Wait, let me recheck 6 × 0.35: 0.35 + 0.35 = 0.70, three of those make 2.10, not 2.01. So the cost"
                " is $14.10 and the change is $20 − $14.10 = $5.90 ✓.",
                "$5.9",
                _tick,
                _bold,
            ),
        ),
        (H, _tick(_Mo1_B, "$5.99")),
        (
            H,
            _two(
                _Mo1_G,
                "$5.90",
                "Hmm, wait — 20.00 − 14.10: 20 − 14 = 6, and then the 10 cents... that gives $6.90.",
                "$6.90",
                _bold,
                _head,
            ),
        ),
        (P, _so(_Mo1_E, "$6.90")),
    ],
)

# Q: A used car costs €4,250. Lucas pays a 20% deposit and the rest in 10 equal monthly payments. How much is each
# monthly payment?
_Mo2_G = _md(r"""
Let's do it in three steps.

### Step 1: Deposit
20% of €4,250 = 0.2 × 4,250 = €850.

### Step 2: Amount left
€4,250 − €850 = €3,400.

(If I forgot the deposit I'd get €4,250 ÷ 10 = €425 — too much, since part is already paid.)

### Step 3: Monthly payment
€3,400 ÷ 10 = €340.

### Step 4: Check
€850 + 10 × €340 = €850 + €3,400 = €4,250 ✓
""")
_Mo2_B = _md(r"""
Let's work it out.

### Step 1: Deposit and balance
Deposit = 20% × 4,250 = €850, leaving €3,400. Split over 10 months that would be €340 each.

### Step 2: Hmm — which payments?
Wait, the deposit is really the first of the ten payments, so only 9 payments are left for the balance:
$$3{,}400 \div 9 \approx 377.78$$

So each monthly payment is about €377.78.
""")
_Mo2_E = _md(r"""
Let's split the price over the months.

### Step 1: Divide
€4,250 ÷ 10 = €425.

### Step 2: Check
10 × €425 = €4,250 ✓
""")
_add(
    "money",
    r"€340",
    [
        (C, _tick(_Mo2_G, "€340")),
        (C, _ans(_Mo2_G, "340 euros")),
        (C, _bold(_Mo2_G, "€340.00 per month")),
        (
            C,
            _two(
                _Mo2_B,
                "€377.78",
                "Wait, let me reread: the deposit is paid first and then *the rest* in 10 equal payments, so there"
                " are 10 payments of the €3,400 balance: €3,400 ÷ 10 = €340. Check: 850 + 3,400 = 4,250 ✓.",
                "EUR 340",
                _so,
                _bold,
            ),
        ),
        (H, _bold(_Mo2_B, "about €377.78")),
        (
            H,
            _two(
                _Mo2_G,
                "€340",
                "Hmm, wait — 20% of 4,250: 10% is 425, so I'll take the deposit as €425. The balance is €3,825, and"
                " €3,825 ÷ 10 = €382.50.",
                "€382.50",
                _bold,
                _tick,
            ),
        ),
        (P, _head(_Mo2_E, "€425")),
        (T, _half(_Mo2_G, "€3,400 ÷ 10 =")),
    ],
)

# Q: Tickets cost $12.50 for adults and $7.75 for children. What is the total cost for 3 adults and 4 children?
_Mo3_G = _md(r"""
Let's price each group, then add.

### Step 1: Adults
3 × $12.50 = $37.50

### Step 2: Children
4 × $7.75 = $31.00

(I first wrote $28.00 — wait, let me recheck: 4 × 7 = 28 and 4 × 0.75 = 3, so it's $31.00.)

### Step 3: Total
$37.50 + $31.00 = $68.50

### Step 4: Check
| Group | Count | Price | Subtotal |
|---|---|---|---|
| Adults | 3 | $12.50 | $37.50 |
| Children | 4 | $7.75 | $31.00 |

$68.50 − $37.50 = $31.00 ✓
""")
_Mo3_B = _md(r"""
Let's add it up.

### Step 1: Subtotals
- Adults: 3 × 12.50 = 37.50
- Children: 4 × 7.75 = 31.00

Total so far: $68.50.

### Step 2: Recheck the children
Hmm, 7.75 × 4: 7.75 + 7.75 = 15.00, doubled = 30.00. So the children's tickets are $30.00 and the total is
$37.50 + $30.00 = $67.50.
""")
_Mo3_E = _md(r"""
Let's use an average ticket price.

### Step 1: Average price
($12.50 + $7.75) ÷ 2 = $10.125

### Step 2: Seven people
7 × $10.125 = $70.875 ≈ $70.88
""")
_add(
    "money",
    r"\$68.50",
    [
        (C, _so(_Mo3_G, "$68.50")),
        (C, _box(_Mo3_G, r"\$68.50")),
        (C, _tick(_Mo3_G, "68.50 dollars")),
        (
            C,
            _two(
                _Mo3_B,
                "$67.50",
                "Wait, let me recheck: 7.75 + 7.75 is 15.50, not 15.00, so four tickets are 31.00. The total is"
                " $37.50 + $31.00 = $68.50 ✓.",
                "$68.5",
                _bold,
                _bold,
            ),
        ),
        (H, _fb(_Mo3_B, "$67.50")),
        (
            H,
            _two(
                _Mo3_G,
                "$68.50",
                "Hmm, wait — I think I read it backwards: 4 adults and 3 children. 4 × 12.50 = 50.00 and"
                " 3 × 7.75 = 23.25, so the total is $73.25.",
                "$73.25",
                _tick,
                _bold,
            ),
        ),
        (P, _bold(_Mo3_E, "$70.88")),
    ],
)

# Q: Sara earns 1,250 dollars a month and saves 16% of it. How much does she save in a year?
_Mo4_G = _md(r"""
Let's find the monthly saving first.

### Step 1: 16% of $1,250
- 10% of 1,250 = 125
- 5% of 1,250 = 62.50
- 1% of 1,250 = 12.50
- 16% = 125 + 62.50 + 12.50 = **$200**

### Step 2: A year
12 × $200 = $2,400

### Step 3: Check another way
Yearly income: 12 × 1,250 = 15,000. 16% of 15,000 = 0.16 × 15,000 = 2,400 ✓

(Wait, let me recheck that product: 15,000 × 0.1 = 1,500 and 15,000 × 0.06 = 900, so 1,500 + 900 = 2,400 ✓.)
""")
_Mo4_B = _md(r"""
Let's calculate the savings.

### Step 1: Monthly
1,250 × 0.16 = 200 per month, so 200 × 12 = 2,400 per year.

### Step 2: Check via the yearly income
12 × 1,250 = 15,000, and 16% of 15,000 = 150 × 16 = 2,250.

### Step 3: Decide
The two methods disagree. The yearly-income method uses fewer rounded steps, so I'll go with $2,250.
""")
_Mo4_E = _md(r"""
Let's estimate 16% of her pay.

### Step 1: Monthly saving
16% of 1,000 = 160, so she saves about $160 a month.

### Step 2: Yearly
12 × 160 = 1,920
""")
_add(
    "money",
    r"\$2{,}400",
    [
        (C, _bold(_Mo4_G, "$2,400")),
        (C, _gsm(_Mo4_G, "2400")),
        (C, _thus(_Mo4_G, "Sara saves **2,400 dollars** in a year.")),
        (
            C,
            _two(
                _Mo4_B,
                "$2,250",
                "Wait, let me recheck 150 × 16: 150 × 10 = 1,500 and 150 × 6 = 900, so it's 2,400, not 2,250. Both"
                " methods agree on $2,400.",
                "$2400",
                _so,
                _tick,
            ),
        ),
        (H, _so(_Mo4_B, "$2,250")),
        (
            H,
            _two(
                _Mo4_G,
                "$2,400",
                'Hmm, wait — the question says she saves 16% of it, and "it" is her monthly pay, so the saving is'
                " $200. Multiplying by 12 was an extra step.",
                "$200",
                _bold,
                _fb,
            ),
        ),
        (P, _ans(_Mo4_E, "$1,920")),
        (T, _half(_Mo4_G, "12 × $200 =")),
    ],
)
# ---------------------------------------------------------------------------------------------------- percent
# Q: In a class of 32 students, 24 passed a test. What percentage of the students passed?
_Pc1_G = _md(r"""
Let's write the pass rate as a fraction, then as a percent.

### Step 1: Fraction
Passed out of total = 24/32.

(Not 32/24 ≈ 133% — more than 100% can't be a pass rate, so the total goes on the bottom.)

### Step 2: Simplify
Divide top and bottom by 8: 24/32 = 3/4.

### Step 3: Percent
3/4 = 0.75 = 75%

### Step 4: Check
75% of 32 = 0.75 × 32 = 24 ✓
""")
_Pc1_B = _md(r"""
Let's find the percentage.

### Step 1: Fraction passed
24/32 = 3/4 = 75%.

### Step 2: Reread the question
Hmm, percentage questions about a test usually want the part that *didn't* make it, and 100% − 75% = 25%.
""")
_Pc1_E = _md(r"""
Let's estimate the fraction.

### Step 1: Round
24/32 is about 24/30 = 0.8.

### Step 2: Percent
0.8 × 100 = 80%
""")
_add(
    "percent",
    r"75\%",
    [
        (C, _bold(_Pc1_G, "75%")),
        (C, _so(_Pc1_G, "75 percent")),
        (C, _box(_Pc1_G, r"75\%")),
        (
            C,
            _two(
                _Pc1_B,
                "25%",
                "Wait, let me reread: it asks what percentage **passed**. 24 of 32 passed, which is 3/4 = 75%; the 25%"
                " is the share who did not pass.",
                "75 %",
                _tick,
                _bold,
            ),
        ),
        (H, _tick(_Pc1_B, "25%")),
        (
            H,
            _two(
                _Pc1_G,
                "75%",
                "Hmm, let me redo the division by hand: 32 × 0.7 = 22.4, 24 − 22.4 = 1.6, and 1.6 ÷ 32 = 0.06, so"
                " it's 0.76, i.e. 76%.",
                "76%",
                _so,
                _bold,
            ),
        ),
        (P, _head(_Pc1_E, "80%")),
    ],
)

# Q: A shirt costs $40. It is marked down 15%, and then a further 10% is taken off the sale price. What is the
# final price?
_Pc2_G = _md(r"""
Let's apply the discounts one at a time.

### Step 1: First discount (15%)
15% of $40 = $6, so the sale price is $40 − $6 = $34.
(Equivalently 40 × 0.85 = 34.)

### Step 2: Second discount (10% of the *sale* price)
10% of $34 = $3.40, so $34 − $3.40 = $30.60.

### Step 3: Watch out
Wait, let me recheck that I shouldn't just add the discounts: 15% + 10% = 25% off would give $30.00. That's
wrong here because the 10% is taken from $34, not from $40.

### Step 4: Check
40 × 0.85 × 0.90 = 40 × 0.765 = 30.60 ✓
""")
_Pc2_B = _md(r"""
Let's find the final price.

### Step 1: Sale price
$40 × 0.85 = $34.

### Step 2: Extra 10%
$34 × 0.9 = $30.60.

### Step 3: Combine the discounts
Hmm, but stores usually combine the two offers into one: 15% + 10% = 25% off the original price.
$$40 \times 0.75 = 30$$
So the shirt costs $30.00.
""")
_Pc2_E = _md(r"""
Let's take the discounts off.

### Step 1: First markdown
$40 − 15 = $25.

### Step 2: Second markdown
$25 − 10 = $15.
""")
_add(
    "percent",
    r"\$30.60",
    [
        (C, _tick(_Pc2_G, "$30.60")),
        (C, _hope(_Pc2_G, r"\$30.60")),
        (C, _bold(_Pc2_G, "$30.6")),
        (
            C,
            _two(
                _Pc2_B,
                "$30.00",
                "Wait, let me recheck — the question says the further 10% comes off the *sale* price, so the"
                " discounts don't simply add. $34 − $3.40 = $30.60.",
                "30.60 dollars",
                _bold,
                _so,
            ),
        ),
        (H, _ans(_Pc2_B, "$30.00")),
        (
            H,
            _two(
                _Pc2_G,
                "$30.60",
                "Hmm, wait — 34 − 3.40: 34 − 3 = 31, then take away 0.60 more... so $30.40.",
                "$30.40",
                _tick,
                _fb,
            ),
        ),
        (P, _bold(_Pc2_E, "$15")),
        (T, _half(_Pc2_G, "10% of $34 = $3.40, so $34 − $3.40 =")),
    ],
)

# Q: What is 12.5% of 360?
_Pc3_G = _md(r"""
Let's convert the percent to a fraction — 12.5% is a friendly one.

### Step 1: Percent to fraction
12.5% = 12.5/100 = 125/1000 = 1/8

### Step 2: One eighth of 360
360 ÷ 8 = 45

### Step 3: Cross-check with decimals
12.5% = 0.125, and 0.125 × 360 = 45. (On my first pass I typed 0.0125 and got 4.5 — wait, that's 1.25%, one
decimal place off. 12.5 ÷ 100 = 0.125.)

### Step 4: Check
8 × 45 = 360 ✓
""")
_Pc3_B = _md(r"""
Let's find 12.5% of 360.

### Step 1: Fraction
12.5% looks like 1/8, and 360 ÷ 8 = 45.

### Step 2: Decimal check
Hmm, but to change a percent to a decimal you move the point two places: 12.5% → 0.0125.
$$0.0125 \times 360 = 4.5$$
I'll go with the decimal method, since the 1/8 was from memory.
""")
_Pc3_E = _md(r"""
Let's split the percentage.

### Step 1: 12% of 360
0.12 × 360 = 43.2

### Step 2: Add the half percent
43.2 + 0.5 = 43.7
""")
_add(
    "percent",
    "45",
    [
        (C, _so(_Pc3_G, "45")),
        (C, _boxr(_Pc3_G, "45")),
        (C, _bold(_Pc3_G, "45.0")),
        (
            C,
            _two(
                _Pc3_B,
                "4.5",
                "Wait, let me recheck: moving the point two places turns 12.5 into 0.125, not 0.0125. So"
                " 0.125 × 360 = 45, matching 360 ÷ 8.",
                "forty-five",
                _tick,
                _ans,
            ),
        ),
        (H, _head(_Pc3_B, "4.5")),
        (
            H,
            _two(
                _Pc3_G,
                "45",
                "Hmm, wait — I think the question means 360 is 12.5% of the number. Then the number is"
                " 360 × 8 = 2880.",
                "2880",
                _bold,
                _gsm,
            ),
        ),
        (P, _tick(_Pc3_E, "43.7")),
    ],
)

# Q: A test has 40 questions. To pass you need a score of at least 65%. What is the least number of questions you
# must answer correctly to pass?
_Pc4_G = _md(r"""
Let's turn the percentage into a number of questions.

### Step 1: 65% of 40
0.65 × 40 = 26

(My first jot said 2.6 — wait, let me recheck: 0.65 × 40 = 65 × 40 / 100 = 2600/100 = 26.)

### Step 2: Is 26 enough?
"At least 65%" includes exactly 65%, and 26/40 = 0.65 = 65% ✓

### Step 3: Is one fewer enough?
25/40 = 62.5% < 65% ✗

So 26 is the smallest passing score.
""")
_Pc4_B = _md(r"""
Let's work it out.

### Step 1: 65% of 40
0.65 × 40 = 26 questions.

### Step 2: Passing means beating the mark
26 gets you exactly 65%, which only *ties* the mark. To be safe you need to go over it, so the next whole number:
27 questions.
""")
_Pc4_E = _md(r"""
Let's find how many you can miss.

### Step 1: The other percentage
100% − 65% = 35%.

### Step 2: 35% of 40
0.35 × 40 = 14

So 14 questions is the number that matters here.
""")
_add(
    "percent",
    r"26",
    [
        (C, _bold(_Pc4_G, "26 questions")),
        (C, _gsm(_Pc4_G, "26")),
        (C, _thus(_Pc4_G, "you must answer at least **twenty-six questions** correctly.")),
        (
            C,
            _two(
                _Pc4_B,
                "27 questions",
                'Wait, let me reread: the pass mark is "at least 65%", and 65% itself counts as at least 65%. So'
                " 26/40 = 65% passes, while 25/40 = 62.5% does not.",
                "26",
                _so,
                _box,
            ),
        ),
        (H, _bold(_Pc4_B, "27 questions")),
        (
            H,
            _two(
                _Pc4_G,
                "26 questions",
                "Hmm, wait — you may miss 35% of 40 = 14 questions, and 40 − 14 = 25... so 25 correct answers"
                " should be enough.",
                "25 questions",
                _tick,
                _bold,
            ),
        ),
        (P, _so(_Pc4_E, "14")),
        (T, _half(_Pc4_G, "0.65 × 40 =")),
    ],
)

# ---------------------------------------------------------------------------------------------------- percent_change
# Q: A town's population grew from 8,000 to 9,200. What was the percentage increase?
_PC1_G = _md(r"""
Let's use the percent-change formula.

### Step 1: The change
9,200 − 8,000 = 1,200

### Step 2: Divide by the ORIGINAL value
$$\frac{1{,}200}{8{,}000} = 0.15$$

(I started to divide by 9,200 — wait, let me recheck: percent change is always relative to the starting value,
so it's 8,000. Dividing by 9,200 would give about 13.0%, the wrong base.)

### Step 3: Percent
0.15 × 100 = 15%

### Step 4: Check
8,000 × 1.15 = 9,200 ✓
""")
_PC1_B = _md(r"""
Let's compute the increase.

### Step 1: Change
9,200 − 8,000 = 1,200, and 1,200/8,000 = 15%.

### Step 2: Which base?
Hmm, since the town is now 9,200, the increase as a share of the current population is
$$\frac{1{,}200}{9{,}200} \approx 0.1304$$
which is about 13.04%. I'll report it relative to the present population.
""")
_PC1_E = _md(r"""
Let's find the growth.

### Step 1: Change
9,200 − 8,000 = 1,200 people.

### Step 2: Per hundred
1,200 ÷ 100 = 12, so the population went up by 12%.
""")
_add(
    "percent_change",
    r"15\%",
    [
        (C, _tick(_PC1_G, "15%")),
        (C, _bold(_PC1_G, "a 15% increase")),
        (C, _hope(_PC1_G, r"15\%")),
        (
            C,
            _two(
                _PC1_B,
                "≈ 13.04%",
                "Wait, let me recheck the convention: percentage increase = change ÷ original × 100. The original"
                " is 8,000, so 1,200/8,000 = 15%. Check: 8,000 × 1.15 = 9,200 ✓.",
                "15 percent",
                _bold,
                _so,
            ),
        ),
        (H, _bold(_PC1_B, "about 13.04%")),
        (
            H,
            _two(
                _PC1_G,
                "15%",
                "Hmm, wait — 9,200 is 115% of 8,000, so the population increased by 115%.",
                "115%",
                _so,
                _tick,
            ),
        ),
        (P, _fb(_PC1_E, "12%")),
    ],
)

# Q: A laptop's price dropped from $850 to $680. By what percent did the price decrease?
_PC2_G = _md(r"""
Let's find the decrease and compare it with the original price.

### Step 1: Amount of the decrease
$850 − $680 = $170

### Step 2: Divide by the original price
$$\frac{170}{850} = \frac{17}{85} = \frac{1}{5} = 0.2$$

### Step 3: Percent
0.2 = 20%

Wait, let me recheck that I used the right base: 170/680 would be 25%, but the "from" value is $850, so 20% is
right.

### Step 4: Check
850 × (1 − 0.20) = 850 × 0.8 = 680 ✓
""")
_PC2_B = _md(r"""
Let's compute the percentage decrease.

### Step 1: Decrease
850 − 680 = 170, and 170/850 = 0.2, i.e. 20%.

### Step 2: Base
Hmm, actually the laptop now costs $680, and I think the decrease should be measured against that:
$$\frac{170}{680} = 0.25 = 25\%$$
""")
_PC2_E = _md(r"""
Let's find the change.

### Step 1: Decrease
850 − 680 = 170.

### Step 2: Convert
Prices are in hundreds of dollars, so 170 ÷ 10 = 17 gives the percent: 17%.
""")
_add(
    "percent_change",
    r"20\%",
    [
        (C, _so(_PC2_G, "20%")),
        (C, _bold(_PC2_G, "a 20% decrease")),
        (C, _prose(_PC2_G, "The price went down by **20 percent**.")),
        (
            C,
            _two(
                _PC2_B,
                "25%",
                "Wait, let me recheck: percent decrease is measured from the starting price. 170/850 = 20%, and"
                " 850 × 0.8 = 680 ✓ — whereas 680 × 0.75 = 510, so 25% doesn't fit.",
                "20\\%",
                _tick,
                _box,
            ),
        ),
        (H, _tick(_PC2_B, "25%")),
        (
            H,
            _two(
                _PC2_G,
                "20%",
                "Hmm, wait — 680/850 = 0.8, so the price changed by 80%.",
                "80%",
                _bold,
                _bold,
            ),
        ),
        (P, _ans(_PC2_E, "17%")),
        (T, _half(_PC2_G, "$$\\frac{170}{850} =")),
    ],
)

# Q: A stock fell 20% on Monday and rose 20% on Tuesday. What was the overall percent change over the two days?
_PC3_G = _md(r"""
Let's try a starting price of $100 — percents are easiest on 100.

### Step 1: Monday
Down 20%: $100 × 0.8 = $80.

### Step 2: Tuesday
Up 20% of the **new** price: $80 × 1.2 = $96.

### Step 3: Overall change
$96 − $100 = −$4, and −4/100 = −4%.

Wait, let me recheck my first instinct that −20% and +20% cancel to 0%. They don't: the 20% rise is taken on a
smaller amount ($80), so it adds back only $16, not $20.

### Step 4: Check with multipliers
0.8 × 1.2 = 0.96, i.e. 96% of the original: a 4% decrease ✓
""")
_PC3_B = _md(r"""
Let's track $100.

### Step 1: Two days
$100 → $80 → $96, which looks like a 4% decrease.

### Step 2: Percent reasoning
Hmm, but the stock fell 20% and rose 20%. Equal and opposite percentage moves cancel out, and −20 + 20 = 0, so the
overall change is 0%. The $96 must be a rounding artefact.
""")
_PC3_B2 = _md(r"""
Let's follow $100 through both days.

### Step 1: Monday and Tuesday
- Monday: $100 × 0.8 = $80
- Tuesday: $80 × 1.2 = $96

### Step 2: Compare
The difference is 100 − 96 = 4, so the stock gained 4% overall across the two days.
""")
_PC3_E = _md(r"""
Let's track the price in dollars.

### Step 1: Monday
$100 − 20% → $80.

### Step 2: Tuesday
$80 + $20 = $100.

### Step 3: Overall
Back to $100, so the overall change is 0%.
""")
_add(
    "percent_change",
    r"-4\%",
    [
        (C, _bold(_PC3_G, "a 4% decrease")),
        (C, _tick(_PC3_G, "−4%")),
        (C, _thus(_PC3_G, "the stock ended the two days **down 4%**.")),
        (
            C,
            _two(
                _PC3_B,
                "0%",
                "Wait, let me recheck — the $96 isn't rounding: 80 × 1.2 = 96 exactly. The rise is 20% of a smaller"
                " number, so the moves don't cancel. Overall: 0.8 × 1.2 = 0.96, a 4% decrease.",
                "It decreased by 4%",
                _so,
                _bold,
            ),
        ),
        (H, _so(_PC3_B, "0%")),
        (H, _bold(_PC3_B2, "a 4% increase")),
        (
            H,
            _two(
                _PC3_G,
                "a 4% decrease",
                "Hmm, wait — the overall change should be measured against where it ended: (96 − 100)/96 ≈ −4.17%.",
                "a decrease of about 4.17%",
                _bold,
                _tick,
            ),
        ),
        (P, _head(_PC3_E, "0%")),
    ],
)
# ---------------------------------------------------------------------------------------------------- ratio
# Q: A class has 12 boys and 16 girls. What is the ratio of boys to girls in simplest form?
_R1_G = _md(r"""
Let's write the ratio in the order the question asks: **boys : girls**.

### Step 1: Write it down
12 : 16

(Careful — 16 : 12 would be girls to boys.)

### Step 2: Simplify
The greatest common factor of 12 and 16 is 4:
- 12 ÷ 4 = 3
- 16 ÷ 4 = 4

So 12 : 16 = 3 : 4.

Wait, let me recheck that it can't go further: 3 and 4 share no factor other than 1 ✓

### Step 3: Check
3 × 4 = 12 boys and 4 × 4 = 16 girls ✓
""")
_R1_B = _md(r"""
Let's simplify the ratio.

### Step 1: Divide by the common factor
12 and 16 are both divisible by 4, giving 3 and 4, i.e. 3 : 4.

### Step 2: Order
Ratios are usually written with the larger number first, so that the ratio is at least 1. There are more girls,
so I'll write the girls' part first: 4 : 3.
""")
_R1_E = _md(r"""
Let's shrink the numbers.

### Step 1: Subtract
Take 8 from each: 12 − 8 = 4 and 16 − 8 = 8.

### Step 2: Simplify
4 : 8 = 1 : 2
""")
_add(
    "ratio",
    "3:4",
    [
        (C, _bold(_R1_G, "3:4")),
        (C, _so(_R1_G, "3 : 4")),
        (C, _prose(_R1_G, "The ratio of boys to girls is **3 to 4**.")),
        (
            C,
            _two(
                _R1_B,
                "4 : 3",
                "Wait, let me reread: the question asks boys **to** girls, so the boys' number comes first no matter"
                " which is larger. 12 : 16 = 3 : 4.",
                "3:4",
                _tick,
                _hope,
            ),
        ),
        (H, _so(_R1_B, "4 : 3")),
        (
            H,
            _two(
                _R1_G,
                "3 : 4",
                'Hmm, wait — "boys to girls" in a class is usually boys compared with the whole class:'
                " 12 : 28 = 3 : 7.",
                "3 : 7",
                _bold,
                _bold,
            ),
        ),
        (P, _tick(_R1_E, "1 : 2")),
        (T, _half(_R1_G, "- 16 ÷ 4 =")),
    ],
)

# Q: Paint is mixed in the ratio blue : white = 2 : 5. How many litres of blue paint are needed to make 21 litres
# of the mixture?
_R2_G = _md(r"""
Let's use "parts".

### Step 1: Total parts
2 + 5 = 7 parts.

(First I tried 21 × 2/5 = 8.4 L — wait, that's wrong: 5 is the white part, not the total, so the fraction of blue
is 2/7.)

### Step 2: Size of one part
21 L ÷ 7 = 3 L per part.

### Step 3: Blue
2 parts × 3 L = 6 L

### Step 4: Check
White = 5 × 3 = 15 L; 6 + 15 = 21 L ✓, and 6 : 15 = 2 : 5 ✓
""")
_R2_B = _md(r"""
Let's find the blue share.

### Step 1: Parts method
7 parts of 3 L: blue 2 × 3 = 6 L, white 15 L.

### Step 2: Fraction method
The ratio says blue is 2/5 of white... so I'll take blue as 2/5 of the mixture:
$$21 \times \frac{2}{5} = 8.4\ \text{L}$$

The fraction method is more direct, so 8.4 L.
""")
_R2_E = _md(r"""
Let's split the paint into parts.

### Step 1: Parts
2 + 5 = 7 parts.

### Step 2: Blue
Blue is one of the parts, so 21 ÷ 7 = 3 L of blue.
""")
_add(
    "ratio",
    r"6\text{ L}",
    [
        (C, _tick(_R2_G, "6 litres")),
        (C, _bold(_R2_G, "6 L")),
        (C, _box(_R2_G, "6")),
        (
            C,
            _two(
                _R2_B,
                "8.4 L",
                "Wait, let me recheck: 2/5 compares blue with white, not with the whole mixture. Blue is 2 of the 7"
                " parts, so 21 × 2/7 = 6 L, and 6 + 15 = 21 ✓.",
                "six litres",
                _so,
                _bold,
            ),
        ),
        (H, _bold(_R2_B, "8.4 L")),
        (
            H,
            _two(
                _R2_G,
                "6 L",
                "Hmm, wait — the bigger share, 15 L, is the amount of paint you actually need to buy, so that's the"
                " answer to report.",
                "15 L",
                _tick,
                _fb,
            ),
        ),
        (P, _so(_R2_E, "3 litres")),
    ],
)

# Q: A map has a scale of 1 : 25,000. Two towns are 8 cm apart on the map. What is the actual distance between them
# in kilometres?
_R3_G = _md(r"""
Let's scale up, then convert units.

### Step 1: Real distance in cm
1 cm on the map = 25,000 cm in real life, so
8 × 25,000 = 200,000 cm.

### Step 2: cm → m
200,000 ÷ 100 = 2,000 m

### Step 3: m → km
2,000 ÷ 1,000 = 2 km

Wait, let me recheck the whole chain: 1 km = 1,000 m = 100,000 cm, and 200,000 ÷ 100,000 = 2 ✓
""")
_R3_B = _md(r"""
Let's convert.

### Step 1: Scale up
8 × 25,000 = 200,000 cm.

### Step 2: Convert
200,000 cm = 2,000 m = 2 km. Hmm, let me redo that in one go, since I'm never sure: there are 10,000 cm in a
kilometre, so
$$200{,}000 \div 10{,}000 = 20\ \text{km}$$
""")
_R3_E = _md(r"""
Let's multiply out.

### Step 1: Scale up
8 × 25,000 = 2,000,000 cm.

### Step 2: Convert
2,000,000 cm ÷ 100,000 = 20 km.
""")
_add(
    "ratio",
    r"2\text{ km}",
    [
        (C, _so(_R3_G, "2 km")),
        (C, _tick(_R3_G, "2 kilometres")),
        (C, _hope(_R3_G, r"2\ \text{km}")),
        (
            C,
            _two(
                _R3_B,
                "20 km",
                "Wait, let me recheck: 1 km = 1,000 m and 1 m = 100 cm, so 1 km = 100,000 cm, not 10,000."
                " 200,000 ÷ 100,000 = 2 km.",
                "2",
                _bold,
                _bold,
            ),
        ),
        (H, _tick(_R3_B, "20 km")),
        (
            H,
            _two(
                _R3_G,
                "2 km",
                "Hmm, wait — on many maps 1 : 25,000 means 1 cm represents 25,000 m. Then the towns are"
                " 8 × 25,000 m = 200,000 m = 200 km apart.",
                "200 km",
                _head,
                _bold,
            ),
        ),
        (P, _bold(_R3_E, "20 km")),
        (T, _half(_R3_G, "200,000 ÷ 100 =")),
    ],
)

# Q: $360 is shared between Ana and Ben in the ratio 5 : 3. How much more does Ana get than Ben?
_R4_G = _md(r"""
Let's use parts again.

### Step 1: Total parts
5 + 3 = 8 parts.

### Step 2: One part
$360 ÷ 8 = $45.

### Step 3: Shares
| Person | Parts | Amount |
|---|---|---|
| Ana | 5 | 5 × $45 = $225 |
| Ben | 3 | 3 × $45 = $135 |

### Step 4: Difference
$225 − $135 = $90 (which is 2 parts: 2 × $45 ✓)

Wait, let me recheck that the question wants the *difference*, not Ana's share — yes, "how much more", so it's the
$90, not $225.

### Step 5: Check
$225 + $135 = $360 ✓
""")
_R4_B = _md(r"""
Let's think about the difference in parts.

### Step 1: Difference in parts
5 − 3 = 2 parts.

### Step 2: One part
With 8 parts, one part would be $360 ÷ 8 = $45, giving a difference of $90. Hmm, but the ratio 5 : 3 is "Ana's 5
parts" against the whole, so I think the $360 is split into Ana's 5 parts: $360 ÷ 5 = $72 per part.

### Step 3: Difference
2 × $72 = $144
""")
_R4_E = _md(r"""
Let's share the money.

### Step 1: One part
5 + 3 = 8 parts, and $360 ÷ 8 = $40.

### Step 2: Difference
Ana has 2 parts more: 2 × $40 = $80.
""")
_add(
    "ratio",
    r"\$90",
    [
        (C, _bold(_R4_G, "$90")),
        (C, _gsm(_R4_G, "90")),
        (C, _thus(_R4_G, "Ana gets **$90 more** than Ben.")),
        (
            C,
            _two(
                _R4_B,
                "$144",
                "Wait, let me recheck: in a 5 : 3 share the whole amount is 5 + 3 = 8 parts, so one part is $45."
                " Ana $225, Ben $135, difference $90; and 225 + 135 = 360 ✓ (with $72 parts the shares would add"
                " to 8 × 72 = $576).",
                "90 dollars",
                _so,
                _tick,
            ),
        ),
        (H, _head(_R4_B, "$144")),
        (
            H,
            _two(
                _R4_G,
                "$90",
                "Hmm, wait — let me redo the subtraction: 225 − 135... 225 − 100 = 125, 125 − 35 = 80. So the"
                " difference is $80.",
                "$80",
                _bold,
                _fb,
            ),
        ),
        (P, _tick(_R4_E, "$80")),
    ],
)

# ---------------------------------------------------------------------------------------------------- mixed_number
# Q: Tom walked 1 1/2 miles on Monday and 5/6 of a mile on Tuesday. How far did he walk altogether? Give the answer
# as a mixed number.
_Mx1_G = _md(r"""
Let's add the fractions with a common denominator.

### Step 1: Convert to improper fractions
$1\tfrac{1}{2} = \tfrac{3}{2}$

### Step 2: Common denominator (6)
$\tfrac{3}{2} = \tfrac{9}{6}$, so
$$\frac{9}{6} + \frac{5}{6} = \frac{14}{6}$$

(First I tried adding tops and bottoms, 1/2 + 5/6 = 6/8 — wait, that's not how fractions add. You need a common
denominator.)

### Step 3: Simplify and convert
$\tfrac{14}{6} = \tfrac{7}{3} = 2\tfrac{1}{3}$ (since 7 = 2 × 3 + 1)

### Step 4: Check
$2\tfrac{1}{3} - \tfrac{5}{6} = \tfrac{14}{6} - \tfrac{5}{6} = \tfrac{9}{6} = 1\tfrac{1}{2}$ ✓
""")
_Mx1_B = _md(r"""
Let's add.

### Step 1: Common denominator
$1\tfrac{1}{2} = 1\tfrac{3}{6}$, and $\tfrac{3}{6} + \tfrac{5}{6} = \tfrac{8}{6}$, so the total is
$1 + \tfrac{8}{6} = 2\tfrac{2}{6} = 2\tfrac{1}{3}$.

### Step 2: Recheck the half
Hmm, wait: is 1/2 really 3/6? Doubling 1/2 top and bottom gives 2/4, and doubling again gives 4/6... let me use
4/6: $\tfrac{4}{6} + \tfrac{5}{6} = \tfrac{9}{6} = 1\tfrac{1}{2}$, and adding the whole mile gives $2\tfrac{1}{2}$.
""")
_Mx1_E = _md(r"""
Let's add the fractional parts.

### Step 1: Fractions
$\tfrac{1}{2} + \tfrac{5}{6} = \tfrac{1 + 5}{2 + 6} = \tfrac{6}{8} = \tfrac{3}{4}$

### Step 2: Whole number
1 + 3/4 = $1\tfrac{3}{4}$ miles.
""")
_add(
    "mixed_number",
    r"2\tfrac{1}{3}",
    [
        (C, _bold(_Mx1_G, "$2\\tfrac{1}{3}$ miles")),
        (C, _so(_Mx1_G, "2 1/3 miles")),
        (C, _box(_Mx1_G, r"2\frac{1}{3}\text{ miles}")),
        (
            C,
            _two(
                _Mx1_B,
                "$2\\tfrac{1}{2}$ miles",
                "Wait, let me recheck: doubling 2/4 gives 4/8, not 4/6. Multiplying 1/2 by 3/3 gives 3/6, so my first"
                " line was right:"
                " $1\\tfrac{3}{6} + \\tfrac{5}{6} = 1\\tfrac{8}{6} = 2\\tfrac{2}{6} = 2\\tfrac{1}{3}$.",
                "2⅓ miles",
                _tick,
                _bold,
            ),
        ),
        (H, _fb(_Mx1_B, "$2\\tfrac{1}{2}$ miles")),
        (
            H,
            _two(
                _Mx1_G,
                "$2\\tfrac{1}{3}$ miles",
                "Hmm, wait — 14/6: 6 goes into 14 twice with 4 left over... wait, 2 × 6 = 12, so 2 left over. Hmm,"
                " I'll keep 4/6 = 2/3, giving $2\\tfrac{2}{3}$.",
                "$2\\tfrac{2}{3}$ miles",
                _so,
                _bold,
            ),
        ),
        (P, _head(_Mx1_E, "1 3/4 miles")),
        (T, _half(_Mx1_G, "$\\tfrac{14}{6} =")),
    ],
)

# Q: A baker has 6 1/4 kg of flour and uses 3 5/6 kg. How much flour is left? Give the answer as a mixed number.
_Mx2_G = _md(r"""
Let's convert to improper fractions so the borrowing is automatic.

### Step 1: Improper fractions
- $6\tfrac{1}{4} = \tfrac{25}{4}$
- $3\tfrac{5}{6} = \tfrac{23}{6}$

### Step 2: Common denominator 12
- $\tfrac{25}{4} = \tfrac{75}{12}$
- $\tfrac{23}{6} = \tfrac{46}{12}$

### Step 3: Subtract
$$\frac{75}{12} - \frac{46}{12} = \frac{29}{12}$$

### Step 4: Mixed number
29 = 2 × 12 + 5, so $\tfrac{29}{12} = 2\tfrac{5}{12}$ kg.

Wait, let me recheck by estimating: 6.25 − 3.83 ≈ 2.42, and 5/12 ≈ 0.42 ✓

### Step 5: Check by adding back
$2\tfrac{5}{12} + 3\tfrac{10}{12} = 5\tfrac{15}{12} = 6\tfrac{3}{12} = 6\tfrac{1}{4}$ ✓
""")
_Mx2_B = _md(r"""
Let's subtract with improper fractions.

### Step 1: Convert
- $6\tfrac{1}{4} = \tfrac{25}{4} = \tfrac{75}{12}$
- $3\tfrac{5}{6} = \tfrac{3 \times 5 + 6}{6} = \tfrac{21}{6} = \tfrac{42}{12}$

### Step 2: Subtract
$\tfrac{75}{12} - \tfrac{42}{12} = \tfrac{33}{12} = 2\tfrac{9}{12} = 2\tfrac{3}{4}$

### Step 3: Estimate
6.25 − 3.83 ≈ 2.42, which is closer to $2\tfrac{5}{12}$ than to $2\tfrac{3}{4}$ — but estimates are rough, and the
fraction work is exact, so I'll keep $2\tfrac{3}{4}$.
""")
_Mx2_E = _md(r"""
Let's subtract wholes and fractions separately.

### Step 1: Wholes
6 − 3 = 3

### Step 2: Fractions
The fractions are 1/4 and 5/6; their difference is 5/6 − 1/4 = 10/12 − 3/12 = 7/12.

### Step 3: Combine
$3\tfrac{7}{12}$ kg.
""")
_add(
    "mixed_number",
    r"2\tfrac{5}{12}\text{ kg}",
    [
        (C, _tick(_Mx2_G, "$2\\tfrac{5}{12}$ kg")),
        (C, _bold(_Mx2_G, "2 5/12 kg")),
        (C, _hope(_Mx2_G, r"\frac{29}{12}\text{ kg}")),
        (
            C,
            _two(
                _Mx2_B,
                "$2\\tfrac{3}{4}$ kg",
                "Wait, let me recheck the conversion of $3\\tfrac{5}{6}$: it's whole × denominator + numerator ="
                " 3 × 6 + 5 = 23, so 23/6 = 46/12. Then 75/12 − 46/12 = 29/12 = $2\\tfrac{5}{12}$, which agrees with"
                " the estimate.",
                "$2\\frac{5}{12}$ kg",
                _so,
                _bold,
            ),
        ),
        (H, _so(_Mx2_B, "$2\\tfrac{3}{4}$ kg")),
        (
            H,
            _two(
                _Mx2_G,
                "$2\\tfrac{5}{12}$ kg",
                "Hmm, wait — 75 − 46: 75 − 40 = 35, 35 − 6 = 27... so it's"
                " 27/12 = $2\\tfrac{3}{12} = 2\\tfrac{1}{4}$.",
                "$2\\tfrac{1}{4}$ kg",
                _bold,
                _tick,
            ),
        ),
        (P, _bold(_Mx2_E, "$3\\tfrac{7}{12}$ kg")),
    ],
)

# Q: Work out 2 1/2 × 1 1/3 and give the answer as a mixed number.
_Mx3_G = _md(r"""
Let's convert to improper fractions before multiplying.

### Step 1: Improper fractions
- $2\tfrac{1}{2} = \tfrac{5}{2}$
- $1\tfrac{1}{3} = \tfrac{4}{3}$

(Multiplying the parts separately, 2 × 1 = 2 and 1/2 × 1/3 = 1/6, would give $2\tfrac{1}{6}$ — wait, that misses
the cross terms like 2 × 1/3, so it's not allowed.)

### Step 2: Multiply
$$\frac{5}{2} \times \frac{4}{3} = \frac{20}{6} = \frac{10}{3}$$

### Step 3: Mixed number
10 = 3 × 3 + 1, so $\tfrac{10}{3} = 3\tfrac{1}{3}$.

### Step 4: Check with decimals
2.5 × 1.333… = 3.333… ✓
""")
_Mx3_B = _md(r"""
Let's multiply.

### Step 1: Improper fractions
5/2 × 4/3 = 20/6 = $3\tfrac{2}{6} = 3\tfrac{1}{3}$.

### Step 2: A quicker way
Hmm, the textbook shortcut is to multiply whole numbers and fractions separately:
- 2 × 1 = 2
- 1/2 × 1/3 = 1/6

That gives $2\tfrac{1}{6}$, and since it's the shortcut they teach, I'll use it.
""")
_Mx3_E = _md(r"""
Let's convert to improper fractions.

### Step 1: Convert
- $2\tfrac{1}{2} = \tfrac{3}{2}$
- $1\tfrac{1}{3} = \tfrac{4}{3}$

### Step 2: Multiply
3/2 × 4/3 = 12/6 = 2
""")
_add(
    "mixed_number",
    r"3\tfrac{1}{3}",
    [
        (C, _so(_Mx3_G, "$3\\tfrac{1}{3}$")),
        (C, _box(_Mx3_G, r"3\dfrac{1}{3}")),
        (C, _bold(_Mx3_G, "3 1/3 (that is, 10/3)")),
        (
            C,
            _two(
                _Mx3_B,
                "$2\\tfrac{1}{6}$",
                "Wait, let me recheck — there's no such shortcut. (2 + 1/2)(1 + 1/3) = 2 + 2/3 + 1/2 + 1/6 ="
                " 2 + 4/6 + 3/6 + 1/6 = 2 + 8/6 = $3\\tfrac{1}{3}$. The separate-parts method drops the cross terms.",
                "\\frac{10}{3} = 3\\frac{1}{3}",
                _bold,
                _hope,
            ),
        ),
        (H, _tick(_Mx3_B, "$2\\tfrac{1}{6}$")),
        (
            H,
            _two(
                _Mx3_G,
                "$3\\tfrac{1}{3}$",
                "Hmm, wait — 20/6 is 3 remainder 2, so $3\\tfrac{2}{3}$.",
                "$3\\tfrac{2}{3}$",
                _bold,
                _bold,
            ),
        ),
        (P, _ans(_Mx3_E, "2")),
        (T, _half(_Mx3_G, "$$\\frac{5}{2} \\times \\frac{4}{3} =")),
    ],
)

# Q: How many 3/4-cup servings are there in 5 cups of soup? Give the exact number as a mixed number.
_Mx4_G = _md(r"""
"How many 3/4s in 5" is a division.

### Step 1: Set up
$$5 \div \frac{3}{4}$$

(I first wrote 5 × 3/4 = 15/4 = $3\tfrac{3}{4}$ — wait, that's backwards: multiplying by 3/4 makes the number
smaller, but there must be **more** than 5 servings since each is less than a cup.)

### Step 2: Keep–change–flip
$$5 \times \frac{4}{3} = \frac{20}{3}$$

### Step 3: Mixed number
20 = 6 × 3 + 2, so $\tfrac{20}{3} = 6\tfrac{2}{3}$ servings.

### Step 4: Check
$6\tfrac{2}{3} \times \tfrac{3}{4} = \tfrac{20}{3} \times \tfrac{3}{4} = \tfrac{60}{12} = 5$ ✓
""")
_Mx4_B = _md(r"""
Let's divide.

### Step 1: Divide by a fraction
5 ÷ 3/4 = 5 × 4/3 = 20/3 = $6\tfrac{2}{3}$.

### Step 2: Real servings
You can't pour two-thirds of a serving and call it a serving, so only the whole servings count: 6 servings.
""")
_Mx4_E = _md(r"""
Let's find the number of servings.

### Step 1: Multiply
Each serving is 3/4 cup, so 5 cups give
$$5 \times \frac{3}{4} = \frac{15}{4}$$

### Step 2: Mixed number
15/4 = $3\tfrac{3}{4}$ servings.
""")
_add(
    "mixed_number",
    r"6\tfrac{2}{3}",
    [
        (C, _bold(_Mx4_G, "$6\\tfrac{2}{3}$ servings")),
        (C, _tick(_Mx4_G, "6 2/3")),
        (C, _thus(_Mx4_G, "there are $\\frac{20}{3} = 6\\frac{2}{3}$ servings in 5 cups.")),
        (
            C,
            _two(
                _Mx4_B,
                "6 servings",
                "Wait, let me reread: the question asks for the **exact** number as a mixed number, not the number"
                " of full servings. So it's 20/3 = $6\\tfrac{2}{3}$.",
                "6⅔",
                _so,
                _bold,
            ),
        ),
        (H, _bold(_Mx4_B, "6 servings")),
        (
            H,
            _two(
                _Mx4_G,
                "$6\\tfrac{2}{3}$ servings",
                "Hmm, wait — 20 ÷ 3 = 6 remainder 2, and the remainder over the divisor doubled is 2/6 = 1/3, so"
                " $6\\tfrac{1}{3}$.",
                "$6\\tfrac{1}{3}$ servings",
                _tick,
                _head,
            ),
        ),
        (P, _so(_Mx4_E, "$3\\tfrac{3}{4}$")),
    ],
)
# ---------------------------------------------------------------------------------------------------- probability
# Q: A bag holds 3 red, 5 blue and 4 green marbles. One marble is drawn at random. What is the probability that it
# is blue?
_Pr1_G = _md(r"""
Let's count favourable and total outcomes.

### Step 1: Total marbles
3 + 5 + 4 = 12

### Step 2: Blue marbles
5

### Step 3: Probability
$$P(\text{blue}) = \frac{5}{12}$$

Wait, let me recheck that I'm not writing odds: 5 blue against 7 non-blue is "5 to 7", and 5/7 would be the odds
written as a fraction — not the probability. The probability is out of all 12.

### Step 4: Check
P(red) + P(blue) + P(green) = 3/12 + 5/12 + 4/12 = 12/12 = 1 ✓
""")
_Pr1_B = _md(r"""
Let's find the chance of blue.

### Step 1: Count
5 blue out of 12 marbles, so 5/12.

### Step 2: Compare with the rest
Hmm, the usual way to compare is blue against not-blue: 5 blue and 3 + 4 = 7 others. So the probability is 5/7.
""")
_Pr1_E = _md(r"""
Let's look at the colours.

### Step 1: Colours
There are three colours: red, blue and green.

### Step 2: Probability
Each colour is one of three possibilities, so P(blue) = 1/3.
""")
_add(
    "probability",
    r"\frac{5}{12}",
    [
        (C, _bold(_Pr1_G, "5/12")),
        (C, _box(_Pr1_G, r"\dfrac{5}{12}")),
        (C, _so(_Pr1_G, "$\\frac{10}{24}$, which simplifies to 5/12")),
        (
            C,
            _two(
                _Pr1_B,
                "5/7",
                "Wait, let me recheck — probability is favourable over **all** outcomes, not over the unfavourable"
                " ones. 5 of the 12 marbles are blue, so P = 5/12; 5 : 7 is the odds.",
                "\\tfrac{5}{12}",
                _tick,
                _hope,
            ),
        ),
        (H, _quote(_Pr1_B, "5/7")),
        (
            H,
            _two(
                _Pr1_G,
                "5/12",
                "Hmm, wait — let me recount the total: 3 + 5 + 4 = 11. So the probability is 5/11.",
                "5/11",
                _bold,
                _tick,
            ),
        ),
        (P, _bold(_Pr1_E, "1/3")),
    ],
)

# Q: Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_Pr2_G = _md(r"""
Let's list the outcomes carefully — the dice are different, so (2, 6) and (6, 2) are different outcomes.

### Step 1: Total outcomes
6 × 6 = 36

### Step 2: Ways to make 8
| Die 1 | Die 2 |
|---|---|
| 2 | 6 |
| 3 | 5 |
| 4 | 4 |
| 5 | 3 |
| 6 | 2 |

That's 5 ways. (1 can't be used — it would need a 7.)

### Step 3: Probability
$$P(\text{sum} = 8) = \frac{5}{36}$$

Wait, let me recheck one tempting shortcut: sums run from 2 to 12, that's 11 possible sums, but they're not equally
likely, so 1/11 is wrong.

### Step 4: Check
The counts for sums 2–12 are 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1, which add to 36 ✓, and sum 8 has 5.
""")
_Pr2_B = _md(r"""
Let's count.

### Step 1: Ordered pairs
(2,6), (3,5), (4,4), (5,3), (6,2): 5 of 36 → 5/36.

### Step 2: Hmm — order
But rolling a 2 and a 6 is the same result as a 6 and a 2. Counting unordered results: {2,6}, {3,5}, {4,4} — 3
ways, out of 21 unordered results (15 pairs of different numbers + 6 doubles). So P = 3/21 = 1/7.
""")
_Pr2_E = _md(r"""
Let's use the possible sums.

### Step 1: Possible sums
The sum of two dice can be 2, 3, …, 12: that's 11 values.

### Step 2: Probability
8 is one of the 11 sums, so P = 1/11.
""")
_add(
    "probability",
    r"\frac{5}{36}",
    [
        (C, _tick(_Pr2_G, "5/36")),
        (C, _hope(_Pr2_G, r"\frac{5}{36}")),
        (C, _prose(_Pr2_G, "The probability of rolling a sum of 8 is **5 out of 36**, i.e. 5/36.")),
        (
            C,
            _two(
                _Pr2_B,
                "1/7",
                "Wait, let me recheck: the 21 unordered results are not equally likely — {4,4} can happen one way but"
                " {2,6} two ways. With equally likely ordered outcomes it's 5/36.",
                "$\\tfrac{5}{36}$",
                _bold,
                _so,
            ),
        ),
        (H, _so(_Pr2_B, "1/7")),
        (
            H,
            _two(
                _Pr2_G,
                "5/36",
                "Hmm, wait — the double (4, 4) should count twice like the others, since either die could be the"
                " first 4. That makes 6 ways, and 6/36 = 1/6.",
                "1/6",
                _tick,
                _bold,
            ),
        ),
        (P, _fb(_Pr2_E, "1/11")),
        (T, _half(_Pr2_G, "$$P(\\text{sum} = 8) =")),
    ],
)

# Q: A spinner has 8 equal sections numbered 1 to 8. What is the probability of spinning a number greater than 5?
# Give your answer as a percent.
_Pr3_G = _md(r"""
Let's list the favourable numbers.

### Step 1: Numbers greater than 5
6, 7, 8 — that's 3 numbers.

(Should 5 be included? Wait, let me recheck: "greater than 5" means strictly bigger, so 5 is out. With 5 it would be
4/8 = 50%, which answers a different question.)

### Step 2: Probability as a fraction
$$\frac{3}{8}$$

### Step 3: Convert to a percent
3 ÷ 8 = 0.375 → 37.5%

### Step 4: Check
37.5% of 8 sections = 0.375 × 8 = 3 sections ✓
""")
_Pr3_B = _md(r"""
Let's count the sections.

### Step 1: Favourable
6, 7 and 8 are greater than 5, so 3/8 = 37.5%.

### Step 2: Boundary
Hmm, the 5 sits right on the edge, and in spinner games "greater than 5" normally means "5 and up", so I'll include
it: 5, 6, 7, 8 → 4/8 = 50%.
""")
_Pr3_E = _md(r"""
Let's count the numbers above 5.

### Step 1: List
Numbers greater than 5 up to 8: 6 and 7.

### Step 2: Percent
2/8 = 1/4 = 25%
""")
_add(
    "probability",
    r"37.5\%",
    [
        (C, _so(_Pr3_G, "37.5%")),
        (C, _bold(_Pr3_G, "37.5 percent")),
        (C, _boxr(_Pr3_G, r"37.5\%")),
        (
            C,
            _two(
                _Pr3_B,
                "50%",
                'Wait, let me recheck the wording: "greater than 5" is strict (> 5), and "5 and up" would be'
                ' "at least 5". So only 6, 7, 8 count: 3/8 = 37.5%.',
                "$37\\tfrac{1}{2}\\%$",
                _tick,
                _bold,
            ),
        ),
        (H, _bold(_Pr3_B, "50%")),
        (
            H,
            _two(
                _Pr3_G,
                "37.5%",
                "Hmm, wait — the question is about the chance the spinner does not favour you, which is the other"
                " 5 sections: 5/8 = 62.5%.",
                "62.5%",
                _so,
                _fb,
            ),
        ),
        (P, _tick(_Pr3_E, "25%")),
    ],
)

# Q: A fair coin is tossed 4 times. What is the probability of getting exactly one head? Give your answer as a
# decimal.
_Pr4_G = _md(r"""
Let's count sequences.

### Step 1: Total sequences
Each toss has 2 outcomes, so 2⁴ = 16 equally likely sequences.

### Step 2: Exactly one head
The head can be in any of the 4 positions:
- HTTT
- THTT
- TTHT
- TTTH

That's 4 sequences. (My first thought was just HTTT, giving 1/16 — wait, that fixes the head in the first toss,
but the question doesn't say which toss.)

### Step 3: Probability
4/16 = 1/4 = 0.25

### Step 4: Check with the binomial formula
C(4, 1) × (1/2)¹ × (1/2)³ = 4 × 1/16 = 0.25 ✓
""")
_Pr4_B = _md(r"""
Let's find the probability.

### Step 1: Count
HTTT, THTT, TTHT, TTTH → 4 of 16, so 0.25.

### Step 2: Hmm
But each toss is independent, and getting a head then three tails has probability
(1/2) × (1/2) × (1/2) × (1/2) = 1/16. That's the probability of the one-head result, so 0.0625.
""")
_Pr4_E = _md(r"""
Let's count outcomes.

### Step 1: Outcomes
Each toss is H or T, and there are 4 tosses, so 2 × 4 = 8 outcomes.

### Step 2: One head
The head can be in 4 places, so 4/8 = 0.5.
""")
_add(
    "probability",
    "0.25",
    [
        (C, _bold(_Pr4_G, "0.25")),
        (C, _tick(_Pr4_G, ".25")),
        (C, _box(_Pr4_G, "0.25")),
        (
            C,
            _two(
                _Pr4_B,
                "0.0625",
                "Wait, let me recheck — 1/16 is the chance of one *particular* sequence such as HTTT. There are 4"
                " sequences with exactly one head, so the probability is 4 × 1/16 = 0.25.",
                "0.250",
                _so,
                _hope,
            ),
        ),
        (H, _tick(_Pr4_B, "0.0625")),
        (
            H,
            _two(
                _Pr4_G,
                "0.25",
                "Hmm, wait — I should also count TTTT, since zero heads doesn't go over one head. That makes 5"
                " sequences: 5/16 = 0.3125.",
                "0.3125",
                _bold,
                _bold,
            ),
        ),
        (P, _gsm(_Pr4_E, "0.5")),
        (T, _half(_Pr4_G, "4/16 =")),
    ],
)

# ---------------------------------------------------------------------------------------------------- count
# Q: A farmer has 3 times as many hens as cows. Together the animals have 140 legs. How many hens are there?
_Co1_G = _md(r"""
Let's set up an equation.

### Step 1: Variables
Let c = number of cows. Then hens = 3c.

### Step 2: Legs
- cows: 4 legs each → 4c
- hens: 2 legs each → 2 × 3c = 6c

Total: 4c + 6c = 10c = 140, so c = 14.

### Step 3: Hens
3 × 14 = 42 hens

Wait, let me recheck with a guess I tried earlier: 10 cows and 30 hens give 40 + 60 = 100 legs — too few, so we
need more animals, consistent with 14 cows.

### Step 4: Check
42 hens × 2 = 84 legs, 14 cows × 4 = 56 legs, 84 + 56 = 140 ✓
""")
_Co1_B = _md(r"""
Let's solve it.

### Step 1: Equation
Cows c, hens 3c: 4c + 2(3c) = 10c = 140 → c = 14, hens = 42.

### Step 2: What's asked
The question is about how many animals the farmer has: 14 + 42 = 56.
""")
_Co1_E = _md(r"""
Let's use h for hens.

### Step 1: Set up
There are 3 times as many, so cows = 3h.

### Step 2: Legs
2h + 4(3h) = 2h + 12h = 14h = 140 → h = 10.
""")
_add(
    "count",
    "42",
    [
        (C, _so(_Co1_G, "42 hens")),
        (C, _gsm(_Co1_G, "42")),
        (C, _thus(_Co1_G, "the farmer has **forty-two hens**.")),
        (
            C,
            _two(
                _Co1_B,
                "56 animals",
                "Wait, let me reread: it asks how many **hens**, not how many animals. With c = 14, hens = 3 × 14 ="
                " 42 (and 84 + 56 = 140 legs ✓).",
                "42 hens",
                _bold,
                _bold,
            ),
        ),
        (H, _bold(_Co1_B, "56")),
        (
            H,
            _two(
                _Co1_G,
                "42 hens",
                "Hmm, wait — I think I swapped the legs: 4 legs for each of the 3c and 2 for each cow gives"
                " 12c + 2c = 14c = 140, so c = 10 and hens = 30.",
                "30 hens",
                _tick,
                _bold,
            ),
        ),
        (P, _ans(_Co1_E, "10 hens")),
        (T, _half(_Co1_G, "3 × 14 =")),
    ],
)

# Q: Chairs are set out in rows of 15. There are 200 guests. What is the least number of rows needed so that
# everyone has a seat?
_Co2_G = _md(r"""
Let's divide and think about the remainder.

### Step 1: Divide
200 ÷ 15 = 13 remainder 5 (since 13 × 15 = 195).

### Step 2: Rounding?
13 rows seat only 195 people — 5 guests would be left standing. Wait, let me recheck that I mustn't round to the
nearest whole number here: 13.33… rounds to 13, but that isn't enough chairs. We need to round **up**.

### Step 3: Answer
13 + 1 = 14 rows.

### Step 4: Check
14 × 15 = 210 ≥ 200 ✓ (10 empty chairs), and 13 × 15 = 195 < 200 ✗
""")
_Co2_B = _md(r"""
Let's divide.

### Step 1: Divide
200 ÷ 15 ≈ 13.33.

### Step 2: Round
13.33 rounds to 13. With 14 rows you'd have 10 empty chairs, which is wasteful, so 13 rows is the better fit.
""")
_Co2_E = _md(r"""
Let's do the division.

### Step 1: Divide
200 ÷ 15 = 13 remainder 5.

### Step 2: Rows
The quotient is the number of rows: 13.
""")
_add(
    "count",
    "14",
    [
        (C, _bold(_Co2_G, "14 rows")),
        (C, _tick(_Co2_G, "14")),
        (C, _prose(_Co2_G, "You need at least **fourteen rows** of chairs.")),
        (
            C,
            _two(
                _Co2_B,
                "13 rows",
                "Wait, let me recheck: 13 rows × 15 = 195 seats, which leaves 5 guests without a chair. Everyone"
                " needs a seat, so we round up to 14 rows (210 seats).",
                "14",
                _so,
                _box,
            ),
        ),
        (H, _pin(_Co2_B, "**13 rows**")),
        (
            H,
            _two(
                _Co2_G,
                "14 rows",
                "Hmm, wait — 15 × 13 = 215, which is already more than 200, so 13 rows are enough.",
                "13 rows",
                _bold,
                _head,
            ),
        ),
        (P, _bold(_Co2_E, "13")),
    ],
)

# Q: In a class of 30 students, 18 play football, 12 play basketball and 5 play both. How many students play
# neither sport?
_Co3_G = _md(r"""
Let's use a Venn diagram (inclusion–exclusion).

### Step 1: At least one sport
Football + basketball − both = 18 + 12 − 5 = 25.

(I first added 18 + 12 = 30 and thought nobody was left — wait, the 5 who play both were counted twice.)

### Step 2: Neither
30 − 25 = 5

### Step 3: Check with the regions
| Region | Students |
|---|---|
| Football only | 18 − 5 = 13 |
| Basketball only | 12 − 5 = 7 |
| Both | 5 |
| Neither | 5 |

13 + 7 + 5 + 5 = 30 ✓
""")
_Co3_B = _md(r"""
Let's count.

### Step 1: Inclusion–exclusion
18 + 12 − 5 = 25 play at least one sport, so 30 − 25 = 5 play neither.

### Step 2: Reread
Hmm, the question is really about how many students are involved in sport, since "neither" is just the leftover.
The number in sports is 25.
""")
_Co3_E = _md(r"""
Let's find the "only" groups.

### Step 1: Only one sport
- football only: 18 − 5 = 13
- basketball only: 12 − 5 = 7

### Step 2: Neither
30 − 13 − 7 = 10
""")
_add(
    "count",
    "5",
    [
        (C, _tick(_Co3_G, "5 students")),
        (C, _ans(_Co3_G, "5")),
        (C, _hope(_Co3_G, "5")),
        (
            C,
            _two(
                _Co3_B,
                "25 students",
                "Wait, let me reread: it asks how many play **neither** sport. That's 30 − 25 = 5, and the region"
                " table adds to 30 ✓.",
                "five students",
                _bold,
                _so,
            ),
        ),
        (H, _fb(_Co3_B, "25 students")),
        (
            H,
            _two(
                _Co3_G,
                "5 students",
                "Hmm, wait — the 5 who play both are already inside the 18 and the 12, so I shouldn't subtract them:"
                " 18 + 12 = 30 students play a sport, and 30 − 30 = 0.",
                "0",
                _so,
                _tick,
            ),
        ),
        (P, _bold(_Co3_E, "10 students")),
        (T, _half(_Co3_G, "30 − 25 =")),
    ],
)

# ---------------------------------------------------------------------------------------------------- average
# Q: Maya's first four test scores are 78, 85, 92 and 81. What score does she need on the fifth test for her mean
# score over the five tests to be 85?
_Av1_G = _md(r"""
Let's work with totals rather than averages.

### Step 1: Current total
78 + 85 = 163, 163 + 92 = 255, 255 + 81 = 336.

### Step 2: Total needed
For a mean of 85 over 5 tests: 5 × 85 = 425.

### Step 3: Fifth score
425 − 336 = 89

Wait, let me recheck a shortcut I was tempted by: her current mean is 336/4 = 84, just 1 below 85, so she "needs
86"? No — she's 1 point short on each of 4 tests (4 points in total) and the fifth test must also reach 85, so
85 + 4 = 89 ✓

### Step 4: Check
(336 + 89) ÷ 5 = 425 ÷ 5 = 85 ✓
""")
_Av1_B = _md(r"""
Let's use the current average.

### Step 1: Current mean
(78 + 85 + 92 + 81) ÷ 4 = 336 ÷ 4 = 84.

### Step 2: Make up the gap
She's 1 point below 85 on average, so she needs 85 + 4 = 89? Hmm, no — the gap in the *average* is 1, so she just
needs one point more than the target: 85 + 1 = 86.
""")
_Av1_E = _md(r"""
Let's use totals.

### Step 1: Current total
78 + 85 + 92 + 81 = 336

### Step 2: Needed total
85 × 5 = 435

### Step 3: Fifth test
435 − 336 = 99
""")
_add(
    "average",
    "89",
    [
        (C, _bold(_Av1_G, "89")),
        (C, _so(_Av1_G, "a score of 89")),
        (C, _box(_Av1_G, "89")),
        (
            C,
            _two(
                _Av1_B,
                "86",
                "Wait, let me recheck with totals: with 86 the five scores add to 336 + 86 = 422, and 422 ÷ 5 = 84.4,"
                " not 85. She needs 5 × 85 − 336 = 425 − 336 = 89.",
                "89 points",
                _tick,
                _bold,
            ),
        ),
        (H, _tick(_Av1_B, "86")),
        (
            H,
            _two(
                _Av1_G,
                "89",
                "Hmm, wait — let me re-add the scores: 78 + 85 + 92 + 81 = 346. Then 425 − 346 = 79.",
                "79",
                _bold,
                _fb,
            ),
        ),
        (P, _head(_Av1_E, "99")),
    ],
)

# Q: A car travels 120 km at 60 km/h and then another 120 km at 40 km/h. What is its average speed for the whole
# journey?
_Av2_G = _md(r"""
Average speed is **total distance ÷ total time** — not the average of the two speeds.

### Step 1: Time for each part
- 120 km at 60 km/h → 120 ÷ 60 = 2 h
- 120 km at 40 km/h → 120 ÷ 40 = 3 h

### Step 2: Totals
- distance: 120 + 120 = 240 km
- time: 2 + 3 = 5 h

### Step 3: Average speed
240 ÷ 5 = 48 km/h

Wait, let me recheck against the tempting (60 + 40)/2 = 50 km/h. The car spends *longer* at 40 km/h (3 h vs 2 h),
so the true average must be below 50 ✓

### Step 4: Check with the harmonic mean
2 × 60 × 40 / (60 + 40) = 4800/100 = 48 ✓
""")
_Av2_B = _md(r"""
Let's compute.

### Step 1: Times
120/60 = 2 h and 120/40 = 3 h, so 240 km in 5 h, i.e. 48 km/h.

### Step 2: Average of the speeds
Hmm, the question asks for the *average* speed, and the average of 60 and 40 is
$$\frac{60 + 40}{2} = 50\ \text{km/h}$$
That's the more literal reading of "average".
""")
_Av2_E = _md(r"""
Let's find the times.

### Step 1: Times
- 120 ÷ 60 = 2 h
- 120 ÷ 40 = 3 h
- total 5 h

### Step 2: Average speed
120 km ÷ 5 h = 24 km/h
""")
_add(
    "average",
    r"48\text{ km/h}",
    [
        (C, _tick(_Av2_G, "48 km/h")),
        (C, _bold(_Av2_G, "48 kilometres per hour")),
        (C, _hope(_Av2_G, r"48\ \mathrm{km/h}")),
        (
            C,
            _two(
                _Av2_B,
                "50 km/h",
                "Wait, let me recheck: at 50 km/h the 240 km would take 4.8 h, but the car actually took 5 h. Average"
                " speed must be total distance over total time: 240 ÷ 5 = 48 km/h.",
                "48",
                _so,
                _bold,
            ),
        ),
        (H, _bold(_Av2_B, "50 km/h")),
        (
            H,
            _two(
                _Av2_G,
                "48 km/h",
                "Hmm, wait — the total time is 2 + 3 = 6 hours, so 240 ÷ 6 = 40 km/h.",
                "40 km/h",
                _tick,
                _quote,
            ),
        ),
        (P, _so(_Av2_E, "24 km/h")),
        (T, _half(_Av2_G, "240 ÷ 5 =")),
    ],
)

# Q: The mean of five numbers is 14. Four of the numbers are 10, 12, 17 and 20. What is the fifth number?
_Av3_G = _md(r"""
Let's use the total.

### Step 1: Total of all five
Mean × count = 14 × 5 = 70.

### Step 2: Total of the four known numbers
10 + 12 = 22, 22 + 17 = 39, 39 + 20 = 59.

### Step 3: Fifth number
70 − 59 = 11

(At first I assumed the missing number would be close to the mean, 14 — wait, let me recheck: the known four average
59/4 = 14.75, which is above 14, so the fifth must be *below* 14. 11 fits.)

### Step 4: Check
(10 + 12 + 17 + 20 + 11) ÷ 5 = 70 ÷ 5 = 14 ✓
""")
_Av3_B = _md(r"""
Let's find the missing number.

### Step 1: Totals
14 × 5 = 70, and 10 + 12 + 17 + 20 = 59, so the fifth is 70 − 59 = 11.

### Step 2: Re-add to be sure
10 + 20 = 30, 12 + 17 = 30, so the four numbers sum to 60. Then the fifth is 70 − 60 = 10.
""")
_Av3_E = _md(r"""
Let's think about what a mean is.

### Step 1: The mean
The mean is the "typical" value of the set.

### Step 2: Missing number
With no other information about it, the missing number should equal the mean: 14.
""")
_add(
    "average",
    "11",
    [
        (C, _so(_Av3_G, "11")),
        (C, _bold(_Av3_G, "the fifth number is 11")),
        (C, _pin(_Av3_G, "**x = 11**")),
        (
            C,
            _two(
                _Av3_B,
                "10",
                "Wait, let me recheck: 12 + 17 = 29, not 30. So the four numbers add to 30 + 29 = 59 and the fifth is"
                " 70 − 59 = 11. Check: 70 ÷ 5 = 14 ✓.",
                "11",
                _ans,
                _box,
            ),
        ),
        (H, _box(_Av3_B, "10")),
        (
            H,
            _two(
                _Av3_G,
                "11",
                "Hmm, wait — the four known numbers are part of the mean, so the total should be 14 × 4 = 56, and"
                " 56 − 59 = −3.",
                "−3",
                _bold,
                _bold,
            ),
        ),
        (P, _fb(_Av3_E, "14")),
    ],
)
# ---------------------------------------------------------------------------------------------------- inequality
# Q: A taxi charges a $3 flag fee plus $2 per kilometre. Jo has $25. Write an inequality for the distances d (in km)
# she can afford.
_In1_G = _md(r"""
Let's write the cost as an expression and compare it with her money.

### Step 1: Cost
Cost = 3 + 2d dollars.

### Step 2: Inequality
She can afford a trip when the cost is no more than $25:
$$3 + 2d \le 25$$

### Step 3: Solve
- subtract 3: 2d ≤ 22
- divide by 2: d ≤ 11

(My first attempt was 25 ÷ 2 = 12.5 km — wait, let me recheck: that forgets the $3 flag fee.)

### Step 4: Check the boundary
- d = 11: 3 + 22 = 25 ✓ (exactly her money, so it's allowed)
- d = 12: 3 + 24 = 27 > 25 ✗
""")
_In1_B = _md(r"""
Let's set up the inequality.

### Step 1: Cost
3 + 2d ≤ 25 → 2d ≤ 22 → d ≤ 11.

### Step 2: Boundary
Hmm, at d = 11 she would spend every last dollar, and then she'd have nothing left. To be able to afford it she
should keep some money, so the boundary isn't included: d < 11.
""")
_In1_E = _md(r"""
Let's see how far $25 goes.

### Step 1: Per-kilometre rate
Each kilometre costs $2, so $25 buys 25 ÷ 2 = 12.5 km.

### Step 2: Inequality
d ≤ 12.5
""")
_add(
    "inequality",
    r"d \le 11",
    [
        (C, _bold(_In1_G, "$d \\le 11$")),
        (C, _so(_In1_G, "d ≤ 11 (she can go at most 11 km)")),
        (C, _thus(_In1_G, "Jo can afford any distance of **no more than 11 km**.")),
        (
            C,
            _two(
                _In1_B,
                "d < 11",
                'Wait, let me recheck: "afford" means the cost is at most what she has. At d = 11 the fare is'
                " exactly $25, which she can pay, so 11 is included.",
                "d \\leq 11",
                _tick,
                _hope,
            ),
        ),
        (H, _tick(_In1_B, "$d < 11$")),
        (
            H,
            _two(
                _In1_G,
                "$d \\le 11$",
                "Hmm, wait — the $3 flag fee is what the driver gives back at the end, so the inequality is"
                " 2d ≤ 25 + 3 = 28, i.e. d ≤ 14.",
                "$d \\le 14$",
                _bold,
                _bold,
            ),
        ),
        (P, _head(_In1_E, "d ≤ 12.5")),
        (T, _half(_In1_G, "- divide by 2:")),
    ],
)

# Q: Sam needs more than 60 points to win a prize. He already has 38 points and earns 4 points for each task he
# completes. How many tasks must he complete?
_In2_G = _md(r"""
Let's set up an inequality with t = number of tasks.

### Step 1: Inequality
$$38 + 4t > 60$$

### Step 2: Solve
- 4t > 22
- t > 5.5

### Step 3: Whole tasks
Tasks come in whole numbers, so t must be a whole number bigger than 5.5, i.e. t ≥ 6.

Wait, let me recheck by trying 5 and 6:
- t = 5: 38 + 20 = 58, not more than 60 ✗
- t = 6: 38 + 24 = 62 > 60 ✓
""")
_In2_B = _md(r"""
Let's solve it.

### Step 1: Inequality
38 + 4t > 60 → 4t > 22 → t > 5.5.

### Step 2: Round
5.5 sits halfway between 5 and 6. Six tasks would give 62 points, which is more than he needs, so five tasks should be
the minimum.
""")
_In2_E = _md(r"""
Let's divide the target by the points per task.

### Step 1: Divide
60 ÷ 4 = 15

### Step 2: Answer
He needs 15 tasks' worth of points.
""")
_add(
    "inequality",
    r"\text{at least 6 tasks}",
    [
        (C, _bold(_In2_G, "at least 6 tasks")),
        (C, _tick(_In2_G, "$t \\ge 6$")),
        (C, _prose(_In2_G, "Sam must complete **6 or more tasks**.")),
        (
            C,
            _two(
                _In2_B,
                "at least 5 tasks",
                "Wait, let me recheck t = 5: 38 + 5 × 4 = 58 points, which is *not* more than 60. So 5 isn't enough;"
                " he needs t ≥ 6 (62 points).",
                "at least six tasks",
                _so,
                _bold,
            ),
        ),
        (H, _thus(_In2_B, "Sam must complete **at least 5 tasks**.")),
        (
            H,
            _two(
                _In2_G,
                "at least 6 tasks",
                "Hmm, wait — 60 − 38 = 12 points still needed, and 12 ÷ 4 = 3. So at least 3 tasks.",
                "at least 3 tasks",
                _tick,
                _fb,
            ),
        ),
        (P, _so(_In2_E, "at least 15 tasks")),
    ],
)

# Q: Solve 7 − 2x ≤ −3 and describe the solution in words.
_In3_G = _md(r"""
Let's isolate x, watching the sign when dividing by a negative.

### Step 1: Subtract 7
−2x ≤ −3 − 7 = −10

### Step 2: Divide by −2 (flip the sign!)
Dividing both sides by a negative number reverses the inequality:
x ≥ 5

(My first pass kept the sign and wrote x ≤ 5 — wait, let me recheck with x = 0: 7 − 0 = 7, which is not ≤ −3, so
x = 0 is *not* a solution, and x ≤ 5 can't be right.)

### Step 3: Check
- x = 5: 7 − 10 = −3 ≤ −3 ✓ (the endpoint is included)
- x = 6: 7 − 12 = −5 ≤ −3 ✓
- x = 4: 7 − 8 = −1 ≤ −3 ✗
""")
_In3_B = _md(r"""
Let's solve.

### Step 1: Subtract 7
−2x ≤ −10.

### Step 2: Divide by −2
Dividing gives x ≥ 5 if we flip, but the flip rule is for multiplying by a negative; dividing both sides by the
same number keeps the inequality as it is: x ≤ 5.
""")
_In3_E = _md(r"""
Let's rearrange.

### Step 1: Move the 7
−2x ≤ −3 − 7. Since −3 − 7 means 7 − 3 here, that's −2x ≤ 4.

### Step 2: Divide by −2 and flip
x ≥ −2
""")
_add(
    "inequality",
    r"x \ge 5",
    [
        (C, _so(_In3_G, "x ≥ 5, so x is at least 5")),
        (C, _bold(_In3_G, "x is any number greater than or equal to 5")),
        (C, _box(_In3_G, r"x \geq 5")),
        (
            C,
            _two(
                _In3_B,
                "x ≤ 5",
                "Wait, let me recheck with x = 0, which satisfies x ≤ 5: 7 − 0 = 7, and 7 ≤ −3 is false. Dividing by"
                " a negative flips the sign just like multiplying, so x ≥ 5.",
                "$[5, \\infty)$ — x is at least 5",
                _tick,
                _bold,
            ),
        ),
        (H, _bold(_In3_B, "x ≤ 5")),
        (
            H,
            _two(
                _In3_G,
                "x ≥ 5",
                "Hmm, wait — at x = 5 the two sides are equal, and a solution should make the left side *smaller*,"
                " so 5 itself doesn't count: x > 5.",
                "x is greater than 5",
                _so,
                _tick,
            ),
        ),
        (P, _fb(_In3_E, "x ≥ −2")),
        (T, _half(_In3_G, "Dividing both sides by a negative number reverses the inequality:")),
    ],
)

# ---------------------------------------------------------------------------------------------------- yes_no
# Q: Ella has $50. She wants to buy 3 books at $14.95 each. Can she afford them? How much money will she have left,
# or how much is she short?
_YN1_G = _md(r"""
Let's find the total cost, then compare it with her money.

### Step 1: Estimate
$14.95 is about $15, and 3 × 15 = 45, so she should have roughly $5 left. Let's get it exactly.

### Step 2: Exact cost
3 × $14.95 = 3 × $15 − 3 × $0.05 = $45 − $0.15 = $44.85

### Step 3: Compare
$44.85 < $50, so **yes**, she can afford them.

### Step 4: Money left
$50.00 − $44.85 = $5.15

Wait, let me recheck by adding back: $44.85 + $5.15 = $50.00 ✓
""")
_YN1_B = _md(r"""
Let's work it out.

### Step 1: Cost
3 × 14.95 = 44.85. That's less than 50, so yes.

### Step 2: Left over
50 − 44.85: 50 − 44 = 6, and 6 − 0.85 = 5.15. Hmm, let me do it column-wise to be careful:
50.00 − 44.85 → 0 − 5 borrow... I get 5.25.

So she has $5.25 left.
""")
_YN1_E = _md(r"""
Let's add up the books.

### Step 1: Cost
$14.95 × 3: 14 × 3 = 42 and 0.95 × 3 = 0.85, so $42.85.

### Step 2: Compare
$42.85 is less than $50, so she can afford them.

### Step 3: Left over
$50 − $42.85 = $7.15
""")
_add(
    "yes_no",
    r"\text{Yes, } \$5.15 \text{ left}",
    [
        (C, _bold(_YN1_G, "Yes — she'll have $5.15 left.")),
        (C, _tick(_YN1_G, "Yes, with 5.15 dollars to spare")),
        (C, _prose(_YN1_G, "**Yes**, Ella can buy all three books and will have **$5.15** remaining.")),
        (
            C,
            _two(
                _YN1_B,
                "Yes, $5.25 left",
                "Wait, let me recheck the subtraction: 44.85 + 5.25 = 50.10, which is too much. 44.85 + 5.15 = 50.00"
                " ✓, so she has $5.15 left.",
                "Yes; change of $5.15",
                _so,
                _bold,
            ),
        ),
        (H, _head(_YN1_B, "Yes, $5.25 left")),
        (
            H,
            _two(
                _YN1_G,
                "Yes, $5.15 left",
                "Hmm, wait — let me redo 3 × 14.95: 3 × 14 = 42, 3 × 0.95 = 2.85... no, 12.85, so the books cost"
                " $54.85 and she is $4.85 short.",
                "No — she is $4.85 short",
                _bold,
                _tick,
            ),
        ),
        (P, _bold(_YN1_E, "Yes, $7.15 left")),
        (T, _half(_YN1_G, "3 × $14.95 = 3 × $15 − 3 × $0.05 =")),
    ],
)

# Q: Is 91 a prime number? If not, give its smallest prime factor.
_YN2_G = _md(r"""
Let's test divisibility by the primes up to √91.

### Step 1: How far to check
√91 ≈ 9.5, so we only need to test 2, 3, 5 and 7.

### Step 2: Test each prime
| Prime | Test | Divides 91? |
|---|---|---|
| 2 | 91 is odd | No |
| 3 | digit sum 9 + 1 = 10 | No |
| 5 | doesn't end in 0 or 5 | No |
| 7 | 7 × 13 = 91 | **Yes** |

At first glance 91 "looks" prime — wait, let me recheck the 7: 7 × 13 = 7 × 10 + 7 × 3 = 70 + 21 = 91 ✓

### Step 3: Conclusion
91 = 7 × 13, so it is **not** prime, and since 2, 3 and 5 don't divide it, the smallest prime factor is 7.
""")
_YN2_B = _md(r"""
Let's check small primes.

### Step 1: 2, 3, 5
91 is odd, its digit sum is 10, and it doesn't end in 0 or 5, so none of these divide it.

### Step 2: 7
7 × 13: 7 × 12 = 84, plus 7 is 91... hmm, let me redo that: 7 × 13 = 7 × 10 + 7 × 3 = 70 + 23 = 93. So 7
doesn't divide 91.

### Step 3: Conclusion
No prime up to √91 ≈ 9.5 divides it, so 91 is prime.
""")
_YN2_E = _md(r"""
Let's check the usual divisibility rules.

### Step 1: Rules
- 2: 91 is odd ✗
- 3: 9 + 1 = 10, not a multiple of 3 ✗
- 5: last digit isn't 0 or 5 ✗

### Step 2: Conclusion
It passes every test, so 91 is prime.
""")
_add(
    "yes_no",
    r"\text{No; } 7",
    [
        (C, _bold(_YN2_G, "No — its smallest prime factor is 7.")),
        (C, _so(_YN2_G, "no: 91 = 7 × 13, so its smallest prime factor is 7")),
        (C, _tick(_YN2_G, "**No**; 7")),
        (
            C,
            _two(
                _YN2_B,
                "Yes, 91 is prime.",
                "Wait, let me recheck 7 × 3: it's 21, not 23. So 7 × 13 = 70 + 21 = 91, and 91 is **not** prime."
                " Since 2, 3 and 5 fail, 7 is the smallest prime factor.",
                "Not prime (smallest prime factor: 7)",
                _bold,
                _fb,
            ),
        ),
        (H, _tick(_YN2_B, "Yes, 91 is prime.")),
        (
            H,
            _two(
                _YN2_G,
                "No; 7",
                "Hmm, wait — 7 is the factor I found first, but the factor that proves 91 is composite is the other"
                " one, 13, so that's the one to give.",
                "No; 13",
                _bold,
                _bold,
            ),
        ),
        (P, _so(_YN2_E, "yes, 91 is prime")),
    ],
)

# Q: A rectangular room is 4.2 m by 3.5 m. Is 15 m² of carpet enough to cover the floor? By how much is it more or
# less than needed?
_YN3_G = _md(r"""
Let's compare the floor area with the carpet.

### Step 1: Floor area
4.2 × 3.5:
- 4.2 × 3 = 12.6
- 4.2 × 0.5 = 2.1
- 12.6 + 2.1 = 14.7 m²

(A rough first estimate, 4 × 3.5 = 14, had me worried it might be close — the exact area is 14.7 m².)

### Step 2: Compare
15 m² > 14.7 m², so **yes**, it's enough.

### Step 3: How much extra?
15 − 14.7 = 0.3 m²

Wait, let me recheck the multiplication another way: 42 × 35 = 1470, and two decimal places give 14.70 ✓
""")
_YN3_B = _md(r"""
Let's find the area.

### Step 1: Area
4.2 × 3.5 = 14.7 m², so 15 − 14.7 = 0.3 m² would be spare.

### Step 2: Recheck the area
Hmm, let me redo 4.2 × 3.5: 4 × 3.5 = 14, 0.2 × 3.5 = 1.3, so 15.3 m². That's more than the 15 m² of carpet.

### Step 3: Shortfall
15.3 − 15 = 0.3 m² short.
""")
_YN3_E = _md(r"""
Let's find how much carpet goes around the room.

### Step 1: Perimeter
2 × (4.2 + 3.5) = 2 × 7.7 = 15.4

### Step 2: Compare
15.4 > 15, so the carpet is not enough, by 15.4 − 15 = 0.4 m².
""")
_add(
    "yes_no",
    r"\text{Yes, } 0.3\ \text{m}^2 \text{ to spare}",
    [
        (C, _so(_YN3_G, "yes — there is 0.3 m² of carpet to spare")),
        (C, _bold(_YN3_G, "Yes, with 0.3 square metres extra.")),
        (C, _tick(_YN3_G, "Yes (14.7 m² needed, so 0.3 m² left over)")),
        (
            C,
            _two(
                _YN3_B,
                "No, 0.3 m² short",
                "Wait, let me recheck 0.2 × 3.5: it's 0.7, not 1.3. So the area is 14 + 0.7 = 14.7 m², which is less"
                " than 15 m². The carpet is enough, with 15 − 14.7 = 0.3 m² to spare.",
                "**Yes**, 0.3 m² more than needed",
                _bold,
                _prose,
            ),
        ),
        (H, _bold(_YN3_B, "No, it is 0.3 m² short.")),
        (
            H,
            _two(
                _YN3_G,
                "Yes, 0.3 m² to spare",
                "Hmm, wait — 15 − 14.7: 15 − 14 = 1, and 1 − 0.7 = ... 0.7? Let me say 0.7 m² spare.",
                "Yes, 0.7 m² to spare",
                _tick,
                _bold,
            ),
        ),
        (P, _fb(_YN3_E, "No, 0.4 m² short")),
    ],
)

# ---------------------------------------------------------------------------------------------------- choice
# Q: The area of a triangle with base 12 cm and height 8 cm is (A) 96 cm² (B) 20 cm² (C) 48 cm² (D) 40 cm².
_Ch1_G = _md(r"""
Let's use the triangle area formula.

### Step 1: Formula
$$A = \tfrac{1}{2} \times \text{base} \times \text{height}$$

### Step 2: Substitute
½ × 12 × 8 = ½ × 96 = 48 cm²

(Base × height alone, 12 × 8 = 96, is option (A) — wait, let me recheck: that's the area of the rectangle, so it's
twice too big for a triangle.)

### Step 3: Match the options
- (A) 96 cm² ✗ (rectangle)
- (B) 20 cm² ✗ (that's 12 + 8)
- (C) 48 cm² ✓
- (D) 40 cm² ✗

### Step 4: Check
Two copies of the triangle fit together into a 12 × 8 rectangle: 2 × 48 = 96 ✓
""")
_Ch1_B = _md(r"""
Let's calculate.

### Step 1: Area
½ × 12 × 8 = 48, which is option (C).

### Step 2: Hmm
But the ½ is only for right-angled triangles, and the question doesn't say it's right-angled. For a general triangle
the area is base × height = 12 × 8 = 96 cm², option (A).
""")
_Ch1_E = _md(r"""
Let's combine the base and the height.

### Step 1: Add
12 + 8 = 20

### Step 2: Match
20 cm² is option (B).
""")
_add(
    "choice",
    "C",
    [
        (C, _opt(_Ch1_G, "(C) 48 cm²")),
        (C, _bold(_Ch1_G, "(C)")),
        (C, _box(_Ch1_G, r"\text{C}")),
        (
            C,
            _two(
                _Ch1_B,
                "(A)",
                "Wait, let me recheck — A = ½ × base × height holds for every triangle, not just right-angled ones"
                " (any triangle is half of a parallelogram with the same base and height). So the area is 48 cm².",
                "(C) 48 cm²",
                _so,
                _opt,
            ),
        ),
        (H, _opt(_Ch1_B, "(A) 96 cm²")),
        (
            H,
            _two(
                _Ch1_G,
                "(C)",
                "Hmm, wait — looking at the list again, I think 48 cm² is listed as the last option, so the letter"
                " should be (D).",
                "(D)",
                _bold,
                _fb,
            ),
        ),
        (P, _opt(_Ch1_E, "(B) 20 cm²")),
        (T, _half(_Ch1_G, "½ × 12 × 8 = ½ ×")),
    ],
)

# Q: Which is the best buy? (A) 500 g for $3.20 (B) 750 g for $4.50 (C) 1 kg for $6.20 (D) 250 g for $1.70
_Ch2_G = _md(r"""
Let's compare the price per kilogram of each option.

### Step 1: Price per kg
| Option | Pack | Price | Price per kg |
|---|---|---|---|
| A | 500 g | $3.20 | 3.20 × 2 = $6.40 |
| B | 750 g | $4.50 | 4.50 ÷ 0.75 = $6.00 |
| C | 1 kg | $6.20 | $6.20 |
| D | 250 g | $1.70 | 1.70 × 4 = $6.80 |

### Step 2: Pick the lowest
$6.00 per kg is the lowest, so **(B)** is the best buy.

(At first I went for (D) because $1.70 is the smallest price — wait, let me recheck: it's also the smallest pack,
and per kilogram it's the most expensive.)

### Step 3: Check B
4.50 ÷ 750 g = $0.006 per gram = $0.60 per 100 g = $6.00 per kg ✓
""")
_Ch2_B = _md(r"""
Let's find the cost per kilogram.

### Step 1: Per kg
- A: $3.20 × 2 = $6.40
- C: $6.20
- D: $1.70 × 4 = $6.80
- B: $4.50 for 750 g; that's $6.00 per kg if I divide by 0.75. Hmm, let me redo it by scaling up instead:
750 g → 1 kg is adding a third, and $4.50 + $1.50 × ... I'll say $4.50 + $2.00 = $6.50 per kg.

### Step 2: Compare
$6.20 (C) is now the lowest.
""")
_Ch2_E = _md(r"""
Let's compare the prices.

### Step 1: Prices
$3.20, $4.50, $6.20 and $1.70.

### Step 2: Cheapest
$1.70 is the lowest price, so (D).
""")
_add(
    "choice",
    "B",
    [
        (C, _opt(_Ch2_G, "(B) 750 g for $4.50")),
        (C, _tick(_Ch2_G, "B")),
        (C, _fb(_Ch2_G, "Option B")),
        (
            C,
            _two(
                _Ch2_B,
                "(C)",
                "Wait, let me recheck B: adding a third of 750 g (250 g) costs a third of $4.50, which is $1.50, so"
                " 1 kg costs $4.50 + $1.50 = $6.00, not $6.50. That beats C's $6.20.",
                "(B)",
                _bold,
                _opt,
            ),
        ),
        (H, _bold(_Ch2_B, "(C)")),
        (
            H,
            _two(
                _Ch2_G,
                "(B)",
                "Hmm, wait — let me redo D: $1.70 × 4 = $5.80 per kg, which is cheaper than $6.00.",
                "(D) 250 g for $1.70",
                _opt,
                _opt,
            ),
        ),
        (P, _opt(_Ch2_E, "(D)")),
    ],
)

# Q: A number increased by 30% gives 91. What is the number? (A) 63.7 (B) 61 (C) 118.3 (D) 70
_Ch3_G = _md(r"""
Let's write the increase as a multiplier.

### Step 1: Equation
Increasing by 30% means multiplying by 1.3:
$$1.3x = 91$$

### Step 2: Solve
x = 91 ÷ 1.3 = 910 ÷ 13 = 70

(A tempting shortcut is to take 30% off 91: 91 × 0.7 = 63.7, option (A). Wait, let me recheck: the 30% is of the
*original* number, not of 91, so that undoes the wrong amount.)

### Step 3: Check
70 × 1.3 = 70 + 21 = 91 ✓, which is option (D).
""")
_Ch3_B = _md(r"""
Let's undo the increase.

### Step 1: Divide
91 ÷ 1.3 = 70 — option (D).

### Step 2: Hmm
But to undo a 30% increase you take 30% off, since percentages work symmetrically:
91 × 0.7 = 63.7, option (A).
""")
_Ch3_E = _md(r"""
Let's apply the 30%.

### Step 1: Increase
91 × 1.3 = 118.3

### Step 2: Match
That's option (C).
""")
_add(
    "choice",
    "D",
    [
        (C, _opt(_Ch3_G, "(D) 70")),
        (C, _hope(_Ch3_G, r"\textbf{(D)}")),
        (C, _so(_Ch3_G, "D")),
        (
            C,
            _two(
                _Ch3_B,
                "(A)",
                "Wait, let me recheck (A): 63.7 × 1.3 = 82.81, not 91. And 70 × 1.3 = 91 ✓. Percent changes aren't"
                " symmetric because the base changes.",
                "(D) 70",
                _bold,
                _opt,
            ),
        ),
        (H, _tick(_Ch3_B, "(A) 63.7")),
        (
            H,
            _two(
                _Ch3_G,
                "(D)",
                "Hmm, wait — maybe it means 30 was added: 91 − 30 = 61, which is option (B).",
                "(B)",
                _opt,
                _bold,
            ),
        ),
        (P, _bold(_Ch3_E, "(C) 118.3")),
        (T, _half(_Ch3_G, "x = 91 ÷ 1.3 = 910 ÷ 13 =")),
    ],
)


assert len(TWENTYSIXTH) == 451
assert _TALLY["problems"] == 60 and len(_CATEGORIES) == 18
assert (_TALLY[C], _TALLY[H] + _TALLY[P], _TALLY[T]) == (240, 181, 30)
assert (_TALLY[H], _TALLY[P]) == (121, 60)
assert sum(v == C for _, _, _, v in TWENTYSIXTH) == 240
assert sum(v == W for _, _, _, v in TWENTYSIXTH) == 181
assert sum(v == T for _, _, _, v in TWENTYSIXTH) == 30
