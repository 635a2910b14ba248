"""TWENTYTHIRD: a held-out batch of labelled answer-verification pairs in chat-assistant and textbook styles.

Written on 2026-12-03 by a helper session (branch h/batch23) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (python and sympy used by hand to check the arithmetic, and every complete python
block run to check that its printed output is exactly what the transcript shows); pairs a reasonable grader could
label either way were left out. Committed before any grading run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates. The batch leans on chat-assistant and textbook endings, and about half the rows
(242 of 472) hold no `\\boxed` at all: GPT-4o markdown (`### Step 1` headings, `$$...$$` displays, a closing
sentence with a **bold** answer such as "So, the total cost is **$42.50**.", sometimes followed by the answer
again in a `\\[\\boxed{}\\]` display, a `---` rule then "**Final answer:** ..."), Claude-style prose closes
("Therefore, Maria has 7 apples left.", "The probability is 3/8, or 37.5%."), Gemini-style bullet breakdowns with
bold labels and "**Answer:** ...", textbook "Solution:" ... "Answer: ..." layouts, numbered step lists whose last
line states the result ("Step 5: Pay for 4 weeks = 4 × $722.00 = $2,888.00"), markdown tables of work followed by
a one-line conclusion, GSM8K `#### x`, the Minerva "Final Answer: The final answer is $x$. I hope it is correct.",
a chat remark after the answer, and Python-tool transcripts (54 rows: a ```python block, an ```output block with
float artifacts such as `0.4409999999999999`, `2754.0552014999994` or `1e-08`, then a prose or boxed close; six of
them truncated inside the code or before the output). Answer forms: numbers in words ("seven", "three-fourths",
"thirty-two", "negative two", "minus five degrees Celsius", "twenty-five percent"), "3 over 8" and a/b slashes,
mixed numbers (`3 11/12`, `1\\frac{1}{4}`), unsimplified fractions (`\\frac{6}{8}`, `\\frac{30}{45}`), the unicode
minus (`x = −2`, `−5 °C`), money with and without `$`, `\\$`, cents and thousands separators ("42 dollars and 50
cents", `$2,888`, `\\$2{,}736.00`, `$42.5`), percents where the question asks a percent (`22.5%`, "a 4% decrease"
for a gold of `-4\\%`), scientific and E notation (`1 × 10⁻⁸ g` with unicode superscripts, `1.505e23`, `2.5e4`,
`25,000`, `1.8 × 10² kPa`), engineering units (kJ, mL, kPa, kWh, in `\\text{}`, `\\mathrm{}` and plain text), days
of the week and dates (`2025-04-14`, "Monday, 14 April 2025" for a gold of April 14, 2025), ordinal answers ("the
20th term", "the twentieth term", "19th from the back"), and answers after "≈" where the question asks for the
rounding (the comment above each problem states the question). About two thirds of the negatives are hard, with
the gold in the text (an intermediate, a rejected candidate, a tool output, an earlier stated answer later
overruled) while the final answer differs slightly: more digits than the rounding asked for (3.64 for a gold of 3.6
when the nearest tenth is asked, 7.071 for 7.07, 2.708 for 2.71), a truncation or a double rounding (2.70, 12.3,
3.7), off by one (the 19th term, Wednesday, April 15, 4 buses), a sign (x = 2, +4%), a factor (36 games for 72,
1.505 × 10²² for 10²³, 418 kJ for 41.8), the wrong base for a percent (29.0%, 20%), the smaller of two numbers, the
vertex's x for the minimum value, a swapped pair, a missing root, a closed endpoint (x ≤ −2), interest alone for
the total, or a misread question. Correct rows use equivalent forms and earlier wrong answers that a later final
answer overrules (the last stated final answer wins).
Each problem has one worked reasoning (`_X_G`, reaching the gold), one or two flawed reasonings with the gold in
them (`_X_B`, `_X_B2`) and one flawed reasoning without it (`_X_E`); `_two` states an answer, rechecks it and states
the final one (an `_X_E` corrected to the gold, or an `_X_G` talked out of it), `_cut` keeps the start of a
reasoning and stops mid-computation, and `_pycut`/`_pyout` stop inside a python block or before its output. Rows
are added per problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`. The question
itself is not part of the row; the comment above each problem states it.
60 problems in 15 categories (money, word, probability, rounding, words, sci_notation, units, dates, ordinal,
negative, fractions, percent, approx, algebra, geometry; 4 problems each); 472 rows: 247 correct, 192 incorrect,
33 truncated. Of the 192 negatives, 130 are hard (built on a flawed reasoning that holds the gold, or on a right
answer later overruled by a wrong one) and 62 plain."""

from __future__ import annotations

import re
from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYTHIRD: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYTHIRD.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _k(block: str) -> str:
    """A block whose line breaks matter (markdown headings, numbered steps, bullets, tables): lines kept, stripped.

    A source line ending in a backslash continues on the next one (joined with one space), to keep lines short."""
    block = re.sub(r"\s*\\\n\s*", " ", block)
    return "\n".join(line.strip() for line in block.strip().splitlines())


def _p(r: str, s: str) -> str:
    """A closing paragraph (a chat-assistant sentence, a bold line, a boxed sentence) after the reasoning."""
    return r + "\n\n" + s


def _box(r: str, a: str, lead: str = "Therefore, the answer is") -> str:
    """A closing sentence with an inline box."""
    return r + "\n\n" + lead + " $\\boxed{" + a + "}$."


def _dbox(r: str, a: str, remark: str = "") -> str:
    """A `**Final Answer**` line, a display box, and optionally a chat remark after it."""
    tail = "\n\n" + remark if remark else ""
    return r + "\n\n**Final Answer**\n\n$$\\boxed{" + a + "}$$" + tail


def _sol(r: str, a: str) -> str:
    """Textbook layout: `Solution:` heading, the work, then an `Answer: ...` line."""
    return "Solution:\n\n" + r + "\n\nAnswer: " + a


def _fa(r: str, a: str) -> str:
    """The Minerva/Hendrycks closing sentence."""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _bold(r: str, a: str) -> str:
    """A bold `**Answer:**` label, the answer after it."""
    return r + "\n\n**Answer:** " + a


def _fin(r: str, a: str) -> str:
    """GPT-4o style: a rule, then `**Final answer:** ...`."""
    return r + "\n\n---\n\n**Final answer:** " + a


def _py(r: str, code: str, out: str, s: str, lead: str = "Let me verify this with Python.") -> str:
    """A Python-tool transcript: a ```python block, its ```output block, then a closing sentence."""
    return r + "\n\n" + lead + "\n\n```python\n" + code + "\n```\n```output\n" + out + "\n```\n\n" + s


def _pb(r: str, s: str, a: str) -> str:
    """A closing sentence, then the answer again in a display box on its own lines (GPT-4o style)."""
    return r + "\n\n" + s + "\n\n\\[\n\\boxed{" + a + "}\n\\]"


def _two(r: str, first: str, recheck: str, s: str) -> str:
    """An answer stated, a recheck that changes it, and the final sentence: the last stated answer wins."""
    return r + "\n\n" + first + "\n\nWait, let me recheck that. " + recheck + "\n\n" + s


def _cut(r: str, upto: str) -> str:
    """The reasoning kept up to and including the first occurrence of `upto` (a cut mid-computation)."""
    i = r.index(upto)
    return r[: i + len(upto)]


def _pycut(setup: str, code: str) -> str:
    """A short setup, then a ```python block that stops mid-line (no output, no answer)."""
    return setup + "\n\n```python\n" + code


def _pyout(setup: str, code: str) -> str:
    """A short setup and a whole ```python block, then an ```output block that was never filled."""
    return setup + "\n\n```python\n" + code + "\n```\n```output\n"


_LMK = "Let me know if you'd like me to walk through any of these steps in more detail!"
_HOPE = "I hope this helps! Feel free to ask if anything is unclear."


# ---------------------------------------------------------------- money

# Q: A café sells sandwiches for $6.75 each and smoothies for $3.10 each. Sam buys 4 sandwiches and 5 smoothies.
# What is the total cost, in dollars?
_M1_G = _k(r"""
To find the total cost, we find the cost of the sandwiches and of the smoothies separately and then add them.

### Step 1: Cost of the sandwiches
Each sandwich costs \$6.75, and Sam buys 4:
$$4 \times 6.75 = 27.00$$
So the sandwiches cost \$27.00.

### Step 2: Cost of the smoothies
Each smoothie costs \$3.10, and Sam buys 5:
$$5 \times 3.10 = 15.50$$
At first glance I wrote 5 × 3.10 = 15.10, but 5 × 3 = 15 and 5 × 0.10 = 0.50, so the smoothies cost \$15.50.

### Step 3: Add the two amounts
$$27.00 + 15.50 = 42.50$$

### Check
Wait, let me recheck the sandwiches another way: 6.75 is 7 − 0.25, so 4 × 6.75 = 28 − 1 = 27 ✓. And 27.00 + 15.50 \
= 42.50 ✓.
""")
_M1_B = _k(r"""
### Step 1: Sandwiches
4 × \$6.75 = \$27.00.

### Step 2: Smoothies
5 × \$3.10 = \$15.50.

### Step 3: Total
\$27.00 + \$15.50 = \$42.50.

### Check
Hmm, let me recheck Step 1 more carefully: 4 × 6 = 24 and 4 × 0.75 = 3.50, so the sandwiches are \$27.50, not \
\$27.00. Then the total is 27.50 + 15.50 = 43.00.
""")
_M1_E = _k(r"""
### Step 1: Sandwiches
4 × \$6.75 = \$27.00.

### Step 2: Smoothies
Sam buys 3 smoothies at \$3.10: 3 × 3.10 = \$9.30.

### Step 3: Total
27.00 + 9.30 = 36.30. Wait, let me recheck the sandwiches: 6.75 × 2 = 13.50, doubled again is 27.00 ✓.
""")
_M1_CODE = "sandwiches = 4 * 6.75\nsmoothies = 5 * 3.10\nprint(sandwiches, smoothies, sandwiches + smoothies)"
_add(
    "money",
    "42.50",
    [
        (C, _pb(_M1_G, "So, the total cost is **$42.50**.", "42.50")),
        (C, _box(_M1_G, "\\$42.50", "The total cost is")),
        (C, _p(_M1_G, "Sam pays 42 dollars and 50 cents in total. " + _LMK)),
        (C, _fa(_M1_G, "\\$42.5")),
        (C, _py(_M1_G, _M1_CODE, "27.0 15.5 42.5", "The total cost is $42.50.")),
        (H, _pb(_M1_B, "So, the total cost is **$43.00**.", "\\$43.00")),
        (
            H,
            _two(
                _M1_G,
                "The total is $42.50.",
                "4 × 6.75: 4 × 6 = 24 and 4 × 0.75 = 3.50, so 27.50; 27.50 + 15.50 = 43.00.",
                "So Sam pays $\\boxed{43.00}$ dollars.",
            ),
        ),
        (P, _box(_M1_E, "36.30", "The total cost is")),
        (T, _cut(_M1_G, "### Step 3: Add the two amounts\n$$27.00 +")),
    ],
)

# Q: Lena buys 3 kg of apples at $2.35 per kg and a loaf of bread for $3.80. She pays with a $20 bill. How much
# change does she get?
_M2_G = _t(r"""
I'll work out what Lena spends first, then subtract it from $20.

Apples: 3 kg at $2.35 per kg is 3 × 2.35 = 7.05 dollars. (Check: 2.35 + 2.35 = 4.70, plus 2.35 is 7.05.)

Bread: $3.80.

Total spent: 7.05 + 3.80 = 10.85 dollars. My first instinct was 10.75, but 0.05 + 0.80 = 0.85, so it is 10.85.

Change: 20.00 − 10.85 = 9.15. Wait, let me recheck by counting up: from 10.85, adding 0.15 gives 11.00, and adding
9.00 more gives 20.00, so the change is 0.15 + 9.00 = 9.15.
""")
_M2_B = _t(r"""
Apples: 3 × $2.35 = $7.05. Bread: $3.80. Total spent: 7.05 + 3.80 = $10.85.

Change from $20: 20.00 − 10.85 = $9.15.

Hmm, rereading the question, I think what's being asked is how much she pays for her shopping, since the $20 bill
is only how she pays. Her purchase comes to $10.85.
""")
_M2_E = _t(r"""
Apples: 3 × 2.35. 3 × 2 = 6 and 3 × 0.35 = 0.05... so 6.05 dollars. Bread: 3.80 dollars.

Total: 6.05 + 3.80 = 9.85 dollars. Change: 20.00 − 9.85 = 10.15 dollars. Wait, let me recheck by counting up from
9.85: +0.15 is 10.00, +10.00 is 20.00, so 10.15 ✓.
""")
_add(
    "money",
    "9.15",
    [
        (C, _pb(_M2_G, "Lena gets **$9.15** in change.", "9.15")),
        (
            C,
            _two(
                _M2_E,
                "So Lena gets $10.15 in change.",
                "3 × 2.35: 3 × 2 = 6 and 3 × 0.35 = 1.05, so the apples cost "
                "$7.05, not $6.05. The total is 7.05 + 3.80 = 10.85 and the change is 20.00 − 10.85 = 9.15.",
                "Lena gets **$9.15** in change.",
            ),
        ),
        (C, _p(_M2_G, "So her change is 9 dollars and 15 cents.")),
        (C, _box(_M2_G, "9.15", "Her change, in dollars, is")),
        (C, _py(_M2_G, "print(round(20 - (3 * 2.35 + 3.80), 2))", "9.15", "Lena gets $9.15 in change.")),
        (
            H,
            _two(
                _M2_G,
                "Lena gets $9.15 back.",
                "20.00 − 10.85: 20 − 10 = 10, and 10 − 0.85 = 9.25.",
                "So the change is **$9.25**.",
            ),
        ),
        (H, _p(_M2_B, "**Answer:** $10.85")),
        (P, _dbox(_M2_E, "\\$10.15")),
    ],
)

# Q: Jordan earns $15.20 per hour for the first 40 hours each week and time-and-a-half for any hours beyond 40.
# He works 45 hours every week. How much does he earn in 4 such weeks?
_M3_G = _k(r"""
Step 1: Regular pay per week = 40 × $15.20 = $608.00.
Step 2: Overtime rate = 1.5 × $15.20 = $22.80 per hour.
Step 3: Overtime hours per week = 45 − 40 = 5, so overtime pay = 5 × $22.80 = $114.00.
Step 4: Weekly pay = $608.00 + $114.00 = $722.00.
Wait, let me recheck Step 3 — I first wrote 5 × 22.80 = 104, but 5 × 22 = 110 and 5 × 0.80 = 4, so it is $114.00 ✓.
Step 5: Pay for 4 weeks = 4 × $722.00 = $2,888.00
""")
_M3_B = _k(r"""
Step 1: Regular pay = 40 × $15.20 = $608.00 per week.
Step 2: Overtime = 5 h × $22.80 = $114.00 per week.
Step 3: Weekly total = $722.00, so 4 weeks = 4 × 722 = $2,888.00.
Step 4: Hmm, rereading the question: "How much does he earn" — I think it means in a week of 45 hours, and the 4 weeks
just says he keeps that schedule. So the amount is the weekly pay.
Step 5: Weekly pay = $608.00 + $114.00 = $722.00
""")
_M3_E = _k(r"""
Step 1: Regular pay = 40 × $15.20 = $608.00.
Step 2: Time-and-a-half means $1.50 more per hour: 15.20 + 1.50 = $16.70.
Step 3: Overtime pay = 5 × 16.70 = $83.50.
Step 4: Weekly pay = 608.00 + 83.50 = $691.50. Wait, let me recheck Step 3: 5 × 16 = 80, 5 × 0.70 = 3.50 ✓.
Step 5: 4 weeks = 4 × 691.50 = $2,766.00
""")
_M3_CODE = "regular = 40 * 15.20\novertime = 5 * 15.20 * 1.5\nweekly = regular + overtime\nprint(weekly, 4 * weekly)"
_add(
    "money",
    "2888",
    [
        (C, _M3_G),
        (C, _gsm(_M3_G, "2888")),
        (C, _box(_M3_G, "\\$2{,}888", "In 4 weeks Jordan earns")),
        (C, _py(_M3_G, _M3_CODE, "722.0 2888.0", "So over 4 weeks he earns $\\boxed{2888}$ dollars.")),
        (H, _M3_B),
        (
            H,
            _two(
                _M3_G,
                "So he earns $2,888.",
                "722 × 4: 700 × 4 = 2800 and 22 × 4 = 68, so 2,868.",
                "Jordan earns $\\boxed{2868}$ dollars in four weeks.",
            ),
        ),
        (P, _pb(_M3_E, "Jordan earns $2,766.00 in 4 weeks.", "2766")),
    ],
)

# Q: $2,400 is invested at 3.5% simple annual interest for 4 years. What is the total amount in the account at
# the end of the 4 years?
_M4_G = _t(r"""
Simple interest uses I = Prt, with P = 2400, r = 0.035 and t = 4.

I = 2400 × 0.035 × 4. First, 2400 × 0.035 = 84 (since 2400 × 0.03 = 72 and 2400 × 0.005 = 12). Then 84 × 4 = 336.

The amount is A = P + I = 2400 + 336 = 2736.

Check: compound interest would give 2400 × 1.035⁴ ≈ 2754.06, a little more, but the problem says simple interest,
so 2754.06 is rejected. Wait, let me recheck the simple interest itself: 3.5% of 2400 is 84 per year, and four
years gives 336 ✓.
""")
_M4_B = _t(r"""
I = Prt = 2400 × 0.035 × 4 = 84 × 4 = 336, so the amount after 4 years would be 2400 + 336 = 2736.

Hmm, but the question is really about what the investment earns — the interest is the part that is "in the account"
beyond the deposit. Let me recheck: 84 per year for 4 years is 336 ✓.
""")
_M4_B2 = _t(r"""
With simple interest, I = 2400 × 0.035 × 4 = 336 and A = 2736.

But bank accounts compound interest each year, so the realistic total is 2400 × 1.035⁴. 1.035² = 1.071225, and
1.071225² ≈ 1.147523, so A ≈ 2400 × 1.147523 ≈ 2754.06.
""")
_M4_E = _t(r"""
I = Prt with r = 3.5 written as 0.35: I = 2400 × 0.35 × 4 = 840 × 4 = 3360.

A = 2400 + 3360 = 5760. Wait, let me recheck 2400 × 0.35: 2400 × 0.3 = 720, 2400 × 0.05 = 120, total 840 ✓.
""")
_add(
    "money",
    "2736",
    [
        (C, _sol(_M4_G, "$2,736")),
        (C, _pb(_M4_G, "The account will hold **$2,736.00** at the end of the 4 years.", "\\$2{,}736.00")),
        (C, _box(_M4_G, "2736")),
        (C, _fin(_M4_G, "\\$2736")),
        (H, _pb(_M4_B, "So the answer is **$336**.", "336")),
        (H, _box(_M4_B2, "\\$2754.06", "The total amount is about")),
        (H, _py(_M4_B2, "print(2400 * 1.035**4)", "2754.0552014999994", "So the total is about $2,754.06.")),
        (P, _p(_M4_E, "The total at the end is $5,760.")),
        (T, _cut(_M4_G, "Then 84 × 4 =")),
    ],
)

# ---------------------------------------------------------------- word (whole-number word problems)

# Q: Maria had 23 apples. She gave 9 to her brother, bought 5 more, and then used 12 to bake a pie. How many apples
# does Maria have left?
_W1_G = _k(r"""
Here's how to solve this step-by-step:

1. **Start:** Maria begins with 23 apples.
2. **Gives away 9:** 23 − 9 = 14 apples.
3. **Buys 5 more:** 14 + 5 = 19 apples.
4. **Uses 12 for the pie:** 19 − 12 = 7 apples.

Let me double-check by combining the changes: she loses 9 and 12 (21 in all) and gains 5, a net change of −16,
and 23 − 16 = 7 ✓. (At first I wrote 23 − 9 = 13, which would lead to 6, but 23 − 9 is 14.)
""")
_W1_B = _k(r"""
1. **Start:** 23 apples.
2. **Gives away 9:** 23 − 9 = 14.
3. **Buys 5 more:** 14 + 5 = 19.
4. **Uses 12 for the pie:** 19 − 12 = 7 loose apples.

But the 12 apples in the pie still belong to Maria — they're baked, not gone. So she still has 7 + 12 = 19 apples.
""")
_W1_E = _k(r"""
1. **Start:** 23 apples.
2. **Her brother gives her 9:** 23 + 9 = 32.
3. **Buys 5 more:** 32 + 5 = 37.
4. **Uses 12 for the pie:** 37 − 12 = 25.

Check: 25 + 12 − 5 − 9 = 23 ✓.
""")
_add(
    "word",
    "7",
    [
        (C, _pb(_W1_G, "Therefore, Maria has 7 apples left.", "7")),
        (C, _p(_W1_G, "**Answer: Maria has seven apples left.**")),
        (C, _box(_W1_G, "7", "Maria has")),
        (C, _gsm(_W1_G, "7")),
        (
            H,
            _two(
                _W1_G,
                "So Maria has 7 apples.",
                "Step 2: 23 − 9 = 13, not 14. Then 13 + 5 = 18 and 18 − 12 = 6.",
                "Therefore, Maria has $\\boxed{6}$ apples left.",
            ),
        ),
        (H, _p(_W1_B, "So Maria has **19 apples**.")),
        (P, _pb(_W1_E, "Therefore, Maria has 25 apples left.", "25")),
        (T, _cut(_W1_G, "4. **Uses 12 for the pie:** 19 −")),
    ],
)

# Q: 245 students are going on a field trip. Each bus holds 52 students. What is the fewest number of buses needed?
_W2_G = _t(r"""
I need the smallest whole number of buses whose total capacity is at least 245.

245 ÷ 52: 52 × 4 = 208 and 52 × 5 = 260, so 245 ÷ 52 is between 4 and 5, about 4.71.

Four buses carry only 208 students, leaving 245 − 208 = 37 students without a seat, so 4 is not enough. Wait, let me
recheck that: 208 + 37 = 245 ✓. Five buses carry 260 ≥ 245, with 15 empty seats.

Rounding 4.71 to the nearest whole number would also give 5 here, but the real reason is that we must round up: any
fraction of a bus needs a whole bus.
""")
_W2_B = _t(r"""
245 ÷ 52 ≈ 4.71. A fifth bus would hold everyone (5 × 52 = 260), so 5 buses would certainly work.

Hmm, but 4 buses carry 208, and the other 37 students could be split among the 4 buses as standing passengers, about
9 extra per bus. Wait, let me recheck: 37 ÷ 4 ≈ 9.25, so roughly 9 or 10 extra per bus. So the fewest buses is 4.
""")
_W2_E = _t(r"""
245 ÷ 52 ≈ 4.7. You can't have part of a bus, so I drop the decimal part and keep 4. Wait, let me recheck the
division: 52 × 4 = 208, and 245 − 208 = 37, which is less than 52 ✓.
""")
_W2_CODE = "import math\nprint(245 / 52)\nprint(math.ceil(245 / 52))"
_add(
    "word",
    "5",
    [
        (C, _p(_W2_G, "The fewest number of buses needed is five.")),
        (
            C,
            _two(
                _W2_E,
                "So 4 buses.",
                "4 buses hold only 208 students, so 37 would be left behind; a fifth bus is needed.",
                "The fewest number of buses is $\\boxed{5}$.",
            ),
        ),
        (C, _box(_W2_G, "5")),
        (C, _py(_W2_G, _W2_CODE, "4.711538461538462\n5", "Rounding up, the school needs 5 buses.")),
        (H, _box(_W2_B, "4", "The fewest number of buses is")),
        (
            H,
            _two(
                _W2_G,
                "So 5 buses.",
                "4 buses leave 37 students, and 37 is less than one full busload of 52, which is "
                "less than half a bus more than 4... so rounding 4.71 down is fine here.",
                "The fewest number of buses needed is four.",
            ),
        ),
        (P, _p(_W2_E, "So they need 4 buses.")),
    ],
)

# Q: In a league of 9 teams, each team plays every other team exactly twice. How many games are played in total?
_W3_G = _k(r"""
Each pair of teams meets twice, so I count the pairs and double.

| Quantity | Work | Value |
|---|---|---|
| Pairs of teams | C(9, 2) = 9·8/2 | 36 |
| Games per pair | given | 2 |
| Total games | 36 × 2 | 72 |

Check another way: each team plays 8 opponents twice, i.e. 16 games, and 9 × 16 = 144 team-games. Each game involves
two teams, so 144 / 2 = 72. Wait, I first wanted to stop at 144, but that counts every game once for each of its two
teams, so 144 is rejected.
""")
_W3_B = _t(r"""
Each team faces 8 others, so there are 9 × 8 = 72 team-versus-team matchups.

Each game is counted twice in that 72 (once for each team), so the number of games is 72 / 2 = 36. Wait, let me recheck
with C(9, 2) = 36 ✓.
""")
_W3_E = _t(r"""
Every team plays every team, so there are 9 × 9 = 81 games. Let me recheck: 9 rows and 9 columns in the schedule grid
give 81 cells ✓.
""")
_add(
    "word",
    "72",
    [
        (C, _pb(_W3_G, "So a total of 72 games are played.", "72")),
        (C, _box(_W3_G, "72")),
        (C, _sol(_W3_G, "72 games")),
        (C, _py(_W3_G, "from math import comb\nprint(2 * comb(9, 2))", "72", "The league plays 72 games in total.")),
        (H, _pb(_W3_B, "So 36 games are played in total.", "36")),
        (H, _py(_W3_B, "from math import comb\nprint(comb(9, 2))", "36", "So 36 games are played.")),
        (
            H,
            _two(
                _W3_G,
                "That's 72 games.",
                "'Twice' means home and away, and those are already the 144 team-games "
                "counted above, so I should not halve them.",
                "The total number of games is $\\boxed{144}$.",
            ),
        ),
        (P, _box(_W3_E, "81")),
        (T, _cut(_W3_G, "| Total games | 36 × 2 |")),
    ],
)

# Q: Tom is 3 times as old as his son. In 12 years, Tom will be twice as old as his son. How old is Tom now?
_W4_G = _t(r"""
Let s be the son's current age, so Tom is 3s.

In 12 years Tom will be 3s + 12 and his son s + 12. The condition is 3s + 12 = 2(s + 12) = 2s + 24, so s = 12 and
Tom is 3 × 12 = 36.

Check: now they are 36 and 12 (ratio 3). In 12 years they will be 48 and 24 (ratio 2) ✓.

Wait, let me make sure I didn't set it up backwards: writing 2(3s + 12) = s + 12 would give a negative age, so the
setup above is the right one.
""")
_W4_B = _t(r"""
Let s be the son's age and 3s Tom's age. In 12 years: 3s + 12 = 2(s + 12), so 3s + 12 = 2s + 24 and s = 12.

Then Tom is 36 now. Check: 36 + 12 = 48 = 2 × 24 ✓. The unknown I solved for is s, the son's age in the equation.
""")
_W4_E = _t(r"""
Let s be the son's age, Tom 3s. In 12 years Tom will be twice his son's current age: 3s + 12 = 2s... that gives
s = −12, impossible, so the son's future age must be used for Tom now: 3s = 2(s + 12), s = 24, and Tom is 72.
""")
_add(
    "word",
    "36",
    [
        (C, _pb(_W4_G, "Tom is 36 years old.", "36")),
        (C, _p(_W4_G, "So Tom is currently thirty-six.")),
        (C, _box(_W4_G, "36", "Tom's age now is")),
        (
            C,
            _py(
                _W4_G,
                "import sympy as sp\ns = sp.symbols('s')\n"
                "son = sp.solve(3*s + 12 - 2*(s + 12), s)[0]\nprint(son, 3 * son)",
                "12 36",
                "So Tom is 36 years old.",
            ),
        ),
        (H, _p(_W4_B, "So the answer is 12.")),
        (
            H,
            _two(
                _W4_G,
                "Tom is 36.",
                "The question asks about the time when Tom is twice as old, which is 12 years from now: 36 + 12 = 48.",
                "**Tom is 48 years old.**",
            ),
        ),
        (P, _pb(_W4_E, "Tom is 72 years old.", "72")),
    ],
)

# ---------------------------------------------------------------- probability

# Q: Three fair coins are flipped. What is the probability of getting exactly one head?
_P1_G = _t(r"""
There are 2³ = 8 equally likely outcomes: HHH, HHT, HTH, THH, HTT, THT, TTH, TTT.

Exactly one head: HTT, THT, TTH — that's 3 outcomes. (I almost counted HHT too, but that has two heads.)

Check with the binomial formula: C(3,1)(1/2)¹(1/2)² = 3 × 1/8 = 3/8 ✓.
""")
_P1_B = _t(r"""
Outcomes: 8 in all. Exactly one head happens in HTT, THT, TTH, so P(exactly one) = 3/8.

Hmm, wait — "getting exactly one head" is usually read as getting a head at all, i.e. at least one. P(at least one)
= 1 − P(no heads) = 1 − 1/8 = 7/8.
""")
_P1_E = _t(r"""
The number of heads can be 0, 1, 2 or 3 — four possible results — and exactly one of them is "one head". So the
probability is 1 out of 4. Wait, let me recheck: the four results are 0, 1, 2, 3 ✓.
""")
_P1_CODE = (
    "from itertools import product\noutcomes = list(product('HT', repeat=3))\n"
    "fav = [o for o in outcomes if o.count('H') == 1]\nprint(len(fav), len(outcomes), len(fav) / len(outcomes))"
)
_add(
    "probability",
    "\\frac{3}{8}",
    [
        (C, _p(_P1_G, "The probability is 3/8, or 37.5%.")),
        (C, _p(_P1_G, "So the probability of exactly one head is **3 over 8**.")),
        (C, _box(_P1_G, "\\dfrac{3}{8}")),
        (C, _bold(_P1_G, "0.375")),
        (C, _py(_P1_G, _P1_CODE, "3 8 0.375", "So the probability is $\\boxed{\\frac{3}{8}}$.")),
        (H, _pb(_P1_B, "The probability is **7/8**.", "\\frac{7}{8}")),
        (H, _py(_P1_B, "print(1 - (1 / 2) ** 3)", "0.875", "So the probability is 0.875 = 7/8.")),
        (
            H,
            _two(
                _P1_G,
                "That gives 3/8.",
                "HHT has one T and the rest H — I think it should count too, giving HTT, THT, TTH, HHT: 4 outcomes.",
                "So the probability is $\\boxed{\\frac{1}{2}}$.",
            ),
        ),
        (P, _pb(_P1_E, "The probability is 1/4.", "\\frac14")),
        (T, _cut(_P1_G, "Exactly one head: HTT, THT,")),
    ],
)

# Q: Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_P2_G = _k(r"""
I'll list the ordered pairs (first die, second die) that sum to 8:

| First die | Second die |
|---|---|
| 2 | 6 |
| 3 | 5 |
| 4 | 4 |
| 5 | 3 |
| 6 | 2 |

That's 5 ordered outcomes out of 6 × 6 = 36. (A first die of 1 would need a 7, which is impossible, so there is no
row for 1.) Wait, let me recheck (4, 4): it is a single ordered outcome, not two, because swapping the dice gives
the same pair. So the count stays 5.
""")
_P2_B = _k(r"""
Pairs summing to 8: (2,6), (3,5), (4,4), (5,3), (6,2) — 5 pairs, so 5/36.

Hmm, but the dice are different dice, so (4,4) can happen as "first shows 4, second shows 4" or "second shows 4,
first shows 4" — I'll count it twice. That makes 6 outcomes: 6/36.
""")
_P2_E = _k(r"""
The possible sums are 2 through 12, which is 11 sums, and 8 is one of them.

Wait, let me recheck the count: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 — 11 values ✓.
""")
_add(
    "probability",
    "\\frac{5}{36}",
    [
        (C, _pb(_P2_G, "The probability that the sum is 8 is 5/36.", "\\frac{5}{36}")),
        (C, _p(_P2_G, "So P(sum = 8) = **5/36** (about 13.9%).")),
        (C, _box(_P2_G, "\\frac{5}{36}")),
        (
            C,
            _two(
                _P2_E,
                "So the probability is 1/11.",
                "The 11 sums are not equally likely; I should count the 36 "
                "ordered outcomes. (2,6), (3,5), (4,4), (5,3), (6,2) give 5 of them.",
                "So the probability is 5/36.",
            ),
        ),
        (H, _p(_P2_B, "So the probability is 6/36 = **1/6**.")),
        (
            H,
            _two(
                _P2_G,
                "So P = 5/36.",
                "The dice are distinguishable, so (4, 4) can come up as 'first 4, second 4' or "
                "the other way round — that makes 6 outcomes.",
                "The probability is $\\boxed{\\frac{1}{6}}$.",
            ),
        ),
        (P, _dbox(_P2_E, "\\frac{1}{11}", _HOPE)),
    ],
)

# Q: Two cards are drawn at random without replacement from a standard 52-card deck. What is the probability that
# both are hearts?
_P3_G = _k(r"""
### Step 1: First card
P(first is a heart) = 13/52 = 1/4.

### Step 2: Second card
After one heart is gone, 12 hearts remain among 51 cards: P = 12/51 = 4/17.

### Step 3: Multiply
(13/52)(12/51) = 156/2652. Simplify: 156/2652 = 1/17 (since 156 × 17 = 2652).

### Check
Using combinations: C(13,2)/C(52,2) = 78/1326 = 1/17 ✓. Wait — with replacement the answer would be (1/4)² = 1/16,
but these cards are not replaced, so 1/16 is not the answer here.
""")
_P3_B = _k(r"""
### Step 1
P(first heart) = 13/52 = 1/4, and P(second heart | first heart) = 12/51 = 4/17.

### Step 2
(1/4)(4/17) = 1/17.

### Check
Hmm, since the two draws are of the same kind, the simplest model is two independent draws, each a heart with
probability 1/4. Then P(both) = (1/4)(1/4) = 1/16, which is very close to 1/17 anyway, and I'll go with the
independent model.
""")
_P3_E = _k(r"""
### Step 1
A quarter of the deck is hearts: 13/52 = 1/4.

### Step 2
Both cards come from the same deck, so the chance that they are hearts is the chance for the deck, 1/4. Wait, let
me recheck 13/52: 52 ÷ 13 = 4 ✓.
""")
_P3_CODE = "from fractions import Fraction\nprint(Fraction(13, 52) * Fraction(12, 51))"
_add(
    "probability",
    "\\frac{1}{17}",
    [
        (C, _pb(_P3_G, "The probability that both cards are hearts is **1/17**.", "\\frac{1}{17}")),
        (C, _p(_P3_G, "So there is a 1 in 17 chance that both are hearts.")),
        (C, _box(_P3_G, "\\dfrac{1}{17}")),
        (C, _py(_P3_G, _P3_CODE, "1/17", "Python confirms the probability is 1/17.")),
        (H, _pb(_P3_B, "The probability is 1/16.", "\\frac{1}{16}")),
        (
            H,
            _two(
                _P3_G,
                "So the probability is 1/17.",
                "2652 ÷ 156: 156 × 16 = 2496, and 2652 − 2496 = 156, so it is 16.5 — meaning 156/2652 = 2/33.",
                "**Answer:** 2/33",
            ),
        ),
        (P, _box(_P3_E, "\\frac{1}{4}")),
        (T, _cut(_P3_G, "(13/52)(12/51) =")),
        (
            T,
            _pycut(
                "I'll compute the probability exactly, drawing the two cards one after the other.",
                "from fractions import Fraction\np = Fraction(13, 52) *",
            ),
        ),
    ],
)

# Q: A basketball player makes 70% of her free throws. If she takes 3 free throws (independently), what is the
# probability she makes exactly 2? Give your answer as a decimal.
_P4_G = _t(r"""
Let X be the number made, so X ~ Binomial(3, 0.7) and P(X = 2) = C(3,2)(0.7)²(0.3)¹.

(0.7)² = 0.49; 0.49 × 0.3 = 0.147; C(3,2) = 3, so P = 3 × 0.147 = 0.441.

Wait, let me recheck why the factor 3 is needed: the miss can come on the first, second or third shot (XMM, MXM,
MMX), each order with probability 0.147. 0.147 alone would be only one order.

Check the whole distribution: P(0) = 0.027, P(1) = 0.189, P(2) = 0.441, P(3) = 0.343, and the sum is 1.000 ✓.
""")
_P4_B = _t(r"""
P(make, make, miss) = 0.7 × 0.7 × 0.3 = 0.147. Multiplying by the C(3,2) = 3 orders would give 0.441.

Hmm, but the shots are taken in a fixed order and she makes "exactly 2" — the two she makes are the first two, and
she misses the last. So only one order counts, and the probability is 0.147.
""")
_P4_E = _t(r"""
She needs to make two shots, each with probability 0.7, so P = 0.7 × 0.7 = 0.49. Wait, let me recheck: 7 × 7 = 49,
so 0.49 ✓.
""")
_P4_CODE = "from math import comb\nprint(comb(3, 2) * 0.7**2 * 0.3)"
_add(
    "probability",
    "0.441",
    [
        (C, _sol(_P4_G, "0.441")),
        (C, _pb(_P4_G, "The probability she makes exactly 2 of the 3 free throws is 0.441 (44.1%).", "0.441")),
        (C, _box(_P4_G, "0.441")),
        (
            C,
            _py(
                _P4_G,
                _P4_CODE,
                "0.4409999999999999",
                "The tiny difference is floating-point rounding, so the probability is 0.441.",
            ),
        ),
        (H, _pb(_P4_B, "**The probability is 0.147.**", "0.147")),
        (
            H,
            _two(
                _P4_G,
                "P(X = 2) = 0.441.",
                "'Exactly 2' in a free-throw setting means she makes at least 2 — "
                "then P = P(2) + P(3) = 0.441 + 0.343 = 0.784.",
                "So the probability is $\\boxed{0.784}$.",
            ),
        ),
        (P, _fin(_P4_E, "0.49")),
    ],
)

# ---------------------------------------------------------------- rounding (the question asks for the rounding)

# Q: A rectangle has area 47.3 cm² and width 13 cm. Find its length to the nearest tenth of a centimeter.
_R1_G = _t(r"""
Length = area ÷ width = 47.3 ÷ 13.

13 × 3 = 39, remainder 8.3; 13 × 0.6 = 7.8, remainder 0.5; 13 × 0.03 = 0.39, remainder 0.11; 13 × 0.008 = 0.104.
So 47.3 ÷ 13 ≈ 3.638.

To the nearest tenth: the hundredths digit is 3, which is less than 5, so I round down to 3.6. Wait, let me recheck —
it's tempting to round 3.638 to 3.64 and then 3.64 up to 3.7, but double rounding is wrong; only the hundredths
digit matters, so 3.7 is rejected.

Check: 13 × 3.6 = 46.8 and 13 × 3.7 = 48.1; 47.3 is closer to 46.8 (difference 0.5) than to 48.1 (difference 0.8) ✓.
""")
_R1_B = _t(r"""
Length = 47.3 ÷ 13 ≈ 3.638 cm. To the nearest tenth that is 3.6 cm.

To keep a bit more accuracy I'll report two decimal places instead: 3.638 rounds to 3.64 cm. Wait, let me recheck:
13 × 3.64 = 47.32 ≈ 47.3 ✓.
""")
_R1_B2 = _t(r"""
Length = 47.3 ÷ 13 ≈ 3.638. Rounding step by step: 3.638 → 3.64 (the 8 rounds the 3 up). So far it looks like 3.6
to the nearest tenth, but the hundredths digit is now 4... hmm, and 3.64 is closer to 3.6 than 3.7? I'll round the
3.64 once more, taking the 4 together with the 8 after it as "more than half", so 3.64 → 3.7.
""")
_R1_E = _t(r"""
Length = 47.3 ÷ 13. 13 × 3.8 = 49.4, hmm, and 13 × 3.9 = 50.7... so the quotient is about 3.83. Wait, let me recheck:
47.3 − 39 = 8.3 and 8.3 ÷ 13 ≈ 0.83. So the length is about 3.83, i.e. 3.8 to the nearest tenth.
""")
_add(
    "rounding",
    "3.6",
    [
        (C, _pb(_R1_G, "The length is about **3.6 cm**.", "3.6")),
        (C, _p(_R1_G, "So the length, to the nearest tenth, is ≈ 3.6 cm.")),
        (C, _box(_R1_G, "3.6\\text{ cm}", "The length is")),
        (C, _gsm(_R1_G, "3.6")),
        (H, _p(_R1_B, "The length is **3.64 cm**.")),
        (H, _py(_R1_B, "print(round(47.3 / 13, 2))", "3.64", "The length is 3.64 cm.")),
        (H, _box(_R1_B2, "3.7", "To the nearest tenth, the length is")),
        (P, _pb(_R1_E, "Length ≈ 3.8 cm.", "3.8")),
        (T, _cut(_R1_G, "To the nearest tenth: the hundredths digit is")),
    ],
)

# Q: Find √50 to the nearest hundredth.
_R2_G = _k(r"""
Step 1: 7² = 49 and 8² = 64, so √50 is just above 7.
Step 2: Try 7.1: 7.1² = 50.41 — too big. So √50 is between 7.0 and 7.1.
Step 3: Try 7.07: 7.07² = 49.9849. Try 7.08: 7.08² = 50.1264. So √50 is between 7.07 and 7.08.
Step 4: Compare with the midpoint 7.075: 7.075² = 50.055625 > 50, so √50 < 7.075 and it rounds down. Wait, let me \
recheck that with √50 = 5√2 ≈ 5 × 1.41421 = 7.07105 ✓.
Step 5: √50 to the nearest hundredth ≈ 7.07
""")
_R2_B = _k(r"""
Step 1: √50 = 5√2.
Step 2: √2 ≈ 1.41421, so √50 ≈ 7.07105.
Step 3: To the nearest hundredth that would be 7.07.
Step 4: Since the next digit is a 1, giving one more place is more informative: 7.071.
Step 5: √50 ≈ 7.071
""")
_R2_B2 = _k(r"""
Step 1: √50 = 5√2 ≈ 5 × 1.41421 = 7.07105.
Step 2: The hundredths place gives 7.07.
Step 3: Hmm, the question says nearest tenth, I think — rounding 7.07105 to one decimal place: 7.1.
Step 4: Check: 7.1² = 50.41, close to 50 ✓.
Step 5: √50 ≈ 7.1
""")
_R2_E = _k(r"""
Step 1: √50 = √(25 × 2) = 5√2.
Step 2: Using √2 ≈ 1.73, √50 ≈ 5 × 1.73 = 8.65.
Step 3: Check: 8.65² ≈ 74.8... hmm, that's not 50, but 5√2 is definitely right, so I'll keep 8.65.
""")
_R2_CODE = "import math\nprint(math.sqrt(50))\nprint(round(math.sqrt(50), 2))"
_add(
    "rounding",
    "7.07",
    [
        (C, _R2_G),
        (C, _box(_R2_G, "7.07")),
        (C, _pb(_R2_G, "Therefore, √50 ≈ **7.07**.", "7.07")),
        (C, _py(_R2_G, _R2_CODE, "7.0710678118654755\n7.07", "Rounded to the nearest hundredth, √50 ≈ 7.07.")),
        (H, _R2_B),
        (H, _dbox(_R2_B2, "7.1")),
        (P, _pb(_R2_E, "So √50 ≈ 8.65.", "8.65")),
    ],
)

# Q: A car travels 215 miles on 6.8 gallons of gas. What is its fuel economy in miles per gallon, rounded to the
# nearest whole number?
_R3_G = _k(r"""
To find miles per gallon, divide the distance by the fuel used:
$$\text{mpg} = \frac{215}{6.8}$$
Multiply top and bottom by 10: 2150 ÷ 68. Since 68 × 31 = 2108, with remainder 42, 2150/68 = 31 + 42/68 ≈ 31.62.

Wait, let me recheck 68 × 31: 68 × 30 = 2040, plus 68 = 2108 ✓. And 42/68 ≈ 0.618.

Since 31.62 has a tenths digit of 6, it rounds up to the next whole number rather than down to 31.
""")
_R3_B = _t(r"""
mpg = 215 ÷ 6.8 ≈ 31.62. The nearest whole number would be 32, but the car never actually reaches 32 miles on
a gallon, so the whole-number fuel economy it achieves is 31 — rounding should not claim more than the car does.
""")
_R3_E = _t(r"""
mpg = 215 ÷ 6.8. Moving the decimal: 21.5 ÷ 6.8 ≈ 3.16. Wait, let me recheck: 6.8 × 3 = 20.4 and 21.5 − 20.4 = 1.1,
so about 3.16 ✓. Rounded to the nearest whole number, that's 3.
""")
_add(
    "rounding",
    "32",
    [
        (C, _pb(_R3_G, "The car gets about **32 miles per gallon**.", "32")),
        (C, _p(_R3_G, "Rounded to the nearest whole number, the fuel economy is thirty-two mpg.")),
        (C, _box(_R3_G, "32", "The fuel economy is")),
        (
            C,
            _two(
                _R3_E,
                "So about 3 mpg.",
                "215 ÷ 6.8 is 2150 ÷ 68, not 21.5 ÷ 6.8; 68 × 31 = 2108, so the quotient is about 31.6.",
                "Rounded to the nearest whole number, the fuel economy is **32 mpg**.",
            ),
        ),
        (H, _p(_R3_B, "**Answer:** 31 mpg")),
        (
            H,
            _two(
                _R3_G,
                "So it's about 32 mpg.",
                "Rounding to a whole number throws away information; a more exact figure is 31.6.",
                "The fuel economy is $\\boxed{31.6}$ miles per gallon.",
            ),
        ),
        (P, _pb(_R3_E, "The fuel economy is about 3 mpg.", "3")),
    ],
)

# Q: Find the circumference of a circle with radius 4.5 m. Use π ≈ 3.14 and round to the nearest tenth of a meter.
_R4_G = _t(r"""
C = 2πr = 2 × 3.14 × 4.5.

2 × 4.5 = 9, and 9 × 3.14 = 28.26.

Round to the nearest tenth: the hundredths digit is 6, so 28.26 → 28.3.

Check: with the calculator value of π, 9π = 28.274…, which also rounds to 28.3 ✓. (I initially started to compute
πr² = 3.14 × 20.25 = 63.585, but that is the area, not the circumference, so 63.6 is rejected.)
""")
_R4_B = _t(r"""
C = 2πr = 2 × 3.14 × 4.5 = 9 × 3.14 = 28.26 m, which would round to 28.3 m.

Since π ≈ 3.14 already has two decimals, the answer should keep two decimals as well, so I'll leave it as 28.26 m.
""")
_R4_E = _t(r"""
C = πr = 3.14 × 4.5. 3 × 4.5 = 13.5 and 0.14 × 4.5 = 0.63, so C = 14.13 m, which is 14.1 m to the nearest tenth.
Wait, let me recheck 0.14 × 4.5: 0.1 × 4.5 = 0.45 and 0.04 × 4.5 = 0.18 ✓.
""")
_add(
    "rounding",
    "28.3",
    [
        (C, _sol(_R4_G, "C ≈ 28.3 m")),
        (C, _pb(_R4_G, "The circumference is approximately **28.3 meters**.", "28.3\\text{ m}")),
        (C, _box(_R4_G, "28.3")),
        (C, _fa(_R4_G, "28.3\\text{ m}")),
        (H, _pb(_R4_B, "The circumference is 28.26 m.", "28.26")),
        (
            H,
            _two(
                _R4_G,
                "C ≈ 28.3 m.",
                "9 × 3.14: 9 × 3 = 27 and 9 × 0.14 = 1.36, so 28.36, which rounds to 28.4.",
                "The circumference is $\\boxed{28.4}$ m.",
            ),
        ),
        (P, _p(_R4_E, "So C ≈ 14.1 m.")),
    ],
)

# ---------------------------------------------------------------- words (answers written as number words)

# Q: How many edges does a triangular prism have?
_N1_G = _t(r"""
A triangular prism has two triangular faces (top and bottom) joined by three rectangular faces.

Edges: each triangle has 3 edges, so the two triangles give 3 + 3 = 6 edges. Then there are 3 vertical edges joining
the corresponding vertices. Total: 6 + 3 = 9.

Let me double-check with Euler's formula V − E + F = 2. V = 6 (three on each triangle) and F = 5 (2 triangles + 3
rectangles), so E = V + F − 2 = 6 + 5 − 2 = 9 ✓. Wait — I should make sure I'm not double counting: the faces have
3 + 3 + 4 + 4 + 4 = 18 edge-sides, each edge is shared by two faces, and 18 / 2 = 9 ✓.
""")
_N1_B = _t(r"""
The two triangles give 3 + 3 = 6 edges, and 3 more edges run between them, for 6 + 3 = 9 segments.

Hmm, but those 3 connecting segments are really the sides of the rectangular faces, which are faces rather than
edges of the prism's ends. Counting only the edges of the two triangular ends, I get 6.
""")
_N1_E = _t(r"""
A triangular prism has 3 rectangular faces, each with 4 edges: 3 × 4 = 12. The triangles' sides are already sides of
the rectangles, so they add nothing new. Wait, let me recheck: 4 + 4 + 4 = 12 ✓.
""")
_add(
    "words",
    "9",
    [
        (C, _p(_N1_G, "A triangular prism has nine edges.")),
        (C, _bold(_N1_G, "9 edges")),
        (C, _box(_N1_G, "9")),
        (
            C,
            _two(
                _N1_E,
                "So twelve edges.",
                "The rectangles share their vertical sides with each other, and their "
                "top and bottom sides are the triangles' sides: 3 vertical + 3 top + 3 bottom = 9.",
                "**Answer:** nine edges",
            ),
        ),
        (H, _pb(_N1_B, "So a triangular prism has six edges.", "6")),
        (
            H,
            _two(
                _N1_G,
                "It has 9 edges.",
                "The rectangles have 3 × 4 = 12 edges and the two triangles 6 more, so 12 + 6 = 18.",
                "So the prism has $\\boxed{18}$ edges.",
            ),
        ),
        (P, _p(_N1_E, "**Answer: twelve edges.**")),
    ],
)

# Q: A pizza is cut into 8 equal slices. Ana eats 1 slice and Ben eats 1 slice. What fraction of the pizza is left?
_N2_G = _k(r"""
Here's the breakdown:

* **Total slices:** 8
* **Slices eaten:** 1 (Ana) + 1 (Ben) = 2
* **Slices left:** 8 − 2 = 6

So 6 of the 8 slices remain: 6/8. Dividing top and bottom by 2 gives 3/4.

Let me double-check: the eaten part is 2/8 = 1/4, and 1 − 1/4 = 3/4 ✓. (Careful — 1/4 is the part that was eaten,
not the part that is left.)
""")
_N2_B = _k(r"""
* Ana eats 1/8 of the pizza.
* Ben eats 1/8 of the pizza.
* Together: 1/8 + 1/8 = 2/16 = 1/8.

I expected something like 3/4 to be left, but with 1/8 eaten the part left is 1 − 1/8 = 7/8.
""")
_N2_E = _k(r"""
* **Total slices:** 8
* **Slices eaten:** 2
* **Fraction:** 2/8 = 1/4

Wait, let me recheck 2/8: dividing both by 2 gives 1/4 ✓.
""")
_add(
    "words",
    "\\frac{3}{4}",
    [
        (C, _p(_N2_G, "So, **three-fourths** of the pizza is left.")),
        (C, _p(_N2_G, "Three quarters of the pizza is left.")),
        (C, _box(_N2_G, "\\frac{6}{8}", "The fraction left is")),
        (C, _bold(_N2_G, "3/4 of the pizza remains.")),
        (H, _p(_N2_B, "So **seven-eighths** of the pizza is left.")),
        (
            H,
            _two(
                _N2_G,
                "So 3/4 is left.",
                "8 − 2: counting down from 8, that's 7, 6 … no, 8 − 2 = 5 once I count "
                "the slices Ana and Ben took plus the one they shared.",
                "The fraction left is $\\boxed{\\frac{5}{8}}$.",
            ),
        ),
        (P, _pb(_N2_E, "So one-fourth of the pizza is left.", "\\frac{1}{4}")),
    ],
)

# Q: How many prime numbers are there between 20 and 40?
_N3_G = _k(r"""
Checking each odd number from 21 to 39 (even numbers above 2 aren't prime):

| n | Prime? | Reason |
|---|---|---|
| 21 | no | 3 × 7 |
| 23 | yes | — |
| 25 | no | 5 × 5 |
| 27 | no | 3 × 9 |
| 29 | yes | — |
| 31 | yes | — |
| 33 | no | 3 × 11 |
| 35 | no | 5 × 7 |
| 37 | yes | — |
| 39 | no | 3 × 13 |

Wait, let me recheck 39: 3 × 13 = 39, so it is not prime (I almost marked it prime). The primes are 23, 29, 31, 37.
""")
_N3_B = _k(r"""
Odd numbers from 21 to 39: 21, 23, 25, 27, 29, 31, 33, 35, 37, 39.

* 21 = 3 × 7, 25 = 5², 27 = 3³, 33 = 3 × 11, 35 = 5 × 7 are composite.
* 23, 29, 31, 37 are prime — that's 4 so far.
* 39: not divisible by 2, 5 or 7, and its digits 3 + 9 = 12... hmm, I'll treat it as prime.

So the primes are 23, 29, 31, 37, 39.
""")
_N3_E = _k(r"""
I'll keep the odd numbers from 21 to 39 that are not multiples of 3: 23, 25, 29, 31, 35, 37.

Multiples of 3 are 21, 27, 33, 39, so those are out. Wait, let me recheck that I have all the rest: 23, 25, 29, 31,
35, 37 ✓.
""")
_N3_CODE = "from sympy import primerange\nps = list(primerange(20, 40))\nprint(ps, len(ps))"
_add(
    "words",
    "4",
    [
        (C, _p(_N3_G, "There are four primes between 20 and 40.")),
        (C, _pb(_N3_G, "So the count is **4** (namely 23, 29, 31 and 37).", "4")),
        (C, _box(_N3_G, "4", "The number of primes between 20 and 40 is")),
        (C, _py(_N3_G, _N3_CODE, "[23, 29, 31, 37] 4", "There are four primes between 20 and 40.")),
        (H, _p(_N3_B, "There are **five** primes between 20 and 40.")),
        (
            H,
            _two(
                _N3_G,
                "There are 4 primes.",
                "3 × 13: 3 × 10 = 30 and 3 × 3 = 6, so 36, not 39. So 39 has no factor "
                "3, and it isn't divisible by 5 or 7 either, so 39 is prime.",
                "So there are $\\boxed{5}$ primes between 20 and 40.",
            ),
        ),
        (P, _pb(_N3_E, "So there are six primes between 20 and 40.", "6")),
        (T, _cut(_N3_G, "| 31 | yes")),
    ],
)

# Q: How many diagonals does a convex octagon have?
_N4_G = _t(r"""
Each vertex connects by a diagonal to n − 3 = 5 other vertices (not itself and not its two neighbors). 8 vertices × 5
= 40, but each diagonal is counted twice (once from each end), so 40 / 2 = 20.

Check with the other formula: C(8, 2) − 8 = 28 − 8 = 20 (all segments between vertices minus the 8 sides) ✓.

Wait — let me recheck that I shouldn't stop at 40: a diagonal from A to E is the same as the one from E to A, so yes,
halve it.
""")
_N4_B = _t(r"""
From each vertex there are 8 − 3 = 5 diagonals, so 8 × 5 = 40. Dividing by 2 would give 20, but the diagonals from
A to E and from E to A point in opposite directions, so as drawn directed segments they're different; keeping both,
there are 40.
""")
_N4_E = _t(r"""
Any two vertices determine a segment, and C(8, 2) = 8 · 7 / 2 = 28. Wait, let me recheck: 8 · 7 = 56 and 56 / 2 = 28 ✓.
Each of these segments is a diagonal of the octagon.
""")
_add(
    "words",
    "20",
    [
        (C, _sol(_N4_G, "20 diagonals")),
        (C, _p(_N4_G, "An octagon has twenty diagonals.")),
        (C, _box(_N4_G, "20")),
        (C, _gsm(_N4_G, "20")),
        (H, _pb(_N4_B, "So an octagon has forty diagonals.", "40")),
        (H, _py(_N4_B, "print(8 * (8 - 3))", "40", "So an octagon has 40 diagonals.")),
        (
            H,
            _two(
                _N4_G,
                "That's 20 diagonals.",
                "From each vertex, the segments to itself, its two neighbors and the "
                "opposite vertex are excluded, so 8 − 4 = 4 per vertex, and 8 × 4 / 2 = 16.",
                "**Answer:** sixteen",
            ),
        ),
        (P, _box(_N4_E, "28")),
    ],
)

# ---------------------------------------------------------------- scientific notation

# Q: A single bacterium has a mass of about 2.5 × 10⁻¹² g. What is the total mass of 4,000 bacteria, in grams, in
# scientific notation?
_S1_G = _t(r"""
Write 4,000 as 4 × 10³.

Mass = (4 × 10³)(2.5 × 10⁻¹²) = (4 × 2.5) × 10^(3 − 12) = 10 × 10⁻⁹.

10 × 10⁻⁹ isn't in proper scientific notation, since the coefficient must be at least 1 and less than 10, and
10 × 10⁻⁹ = 1 × 10⁻⁸. Wait, let me recheck the exponent direction: 10 × 10⁻⁹ = 10¹ × 10⁻⁹ = 10⁻⁸ — yes, the exponent
goes up by one (from −9 to −8), not down to −10.

Check in decimals: 0.0000000000025 × 4000 = 0.00000001 ✓.
""")
_S1_B = _t(r"""
(4 × 10³)(2.5 × 10⁻¹²) = 10 × 10⁻⁹. Normalizing, one might write 1 × 10⁻⁸.

Hmm, but moving the decimal point of the coefficient one place to the left makes the number look smaller, so to keep
the value I have to make the exponent smaller too: 10 × 10⁻⁹ = 1 × 10⁻¹⁰.
""")
_S1_E = _t(r"""
(4 × 10³)(2.5 × 10⁻¹²): multiply the coefficients, 4 × 2.5 = 10, and multiply the exponents, 3 × (−12)... no, for
a product the exponents add, but with the 4,000 written as 4 × 10⁻³ (a thousandth) I get 10^(−3 − 12) = 10⁻¹⁵. So
the mass is 10 × 10⁻¹⁵ = 1 × 10⁻¹⁴ g.
""")
_add(
    "sci_notation",
    "1 \\times 10^{-8}",
    [
        (C, _pb(_S1_G, "The total mass is **1 × 10⁻⁸ g**.", "1\\times10^{-8}")),
        (C, _box(_S1_G, "1 \\times 10^{-8}\\text{ g}", "The total mass is")),
        (C, _p(_S1_G, "So 4,000 bacteria have a total mass of 10⁻⁸ grams.")),
        (C, _py(_S1_G, "print(4000 * 2.5e-12)", "1e-08", "The total mass is 1 × 10^-8 g.")),
        (H, _pb(_S1_B, "The total mass is 1 × 10⁻¹⁰ g.", "1 \\times 10^{-10}\\text{ g}")),
        (
            H,
            _two(
                _S1_G,
                "So the mass is 1 × 10⁻⁸ g.",
                "4,000 has four digits, so 4,000 = 4 × 10⁴, and the mass is "
                "(4 × 10⁴)(2.5 × 10⁻¹²) = 10 × 10⁻⁸ = 1 × 10⁻⁷.",
                "Final Answer: The final answer is $1 \\times 10^{-7}$. I hope it is correct.",
            ),
        ),
        (P, _fin(_S1_E, "$1 \\times 10^{-14}$ g")),
        (T, _cut(_S1_G, "= (4 × 2.5) × 10^(3 −")),
    ],
)

# Q: How many molecules are in 0.25 mol of water? Use Avogadro's number, 6.02 × 10²³ per mole.
_S2_G = _k(r"""
To find the number of molecules, multiply the number of moles by Avogadro's number.

### Step 1: Set up
$$N = n \times N_A = 0.25 \times 6.02 \times 10^{23}$$

### Step 2: Multiply the coefficients
0.25 × 6.02 = 1.505 (a quarter of 6.02; 6.02 ÷ 4 = 1.505).

### Step 3: Combine
$$N = 1.505 \times 10^{23}$$

### Check
Wait, let me recheck the order of magnitude: a quarter mole has fewer molecules than a mole, but the coefficient 1.505
is still at least 1, so the power of ten stays 10²³. (15.05 × 10²² is the same number; 1.505 × 10²² would be ten
times too small.)
""")
_S2_B = _k(r"""
### Step 1
N = 0.25 × 6.02 × 10²³ = 1.505 × 10²³.

### Step 2
Hmm, 0.25 = 2.5 × 10⁻¹, so the power of ten must drop by one: 2.5 × 10⁻¹ × 6.02 × 10²³ = 15.05 × 10²², and
normalizing the 15.05 takes off another power: 1.505 × 10²¹... no wait, normalizing adds a power back, giving
1.505 × 10²³ × 10⁻¹ = 1.505 × 10²².
""")
_S2_E = _k(r"""
### Step 1
Number of molecules = Avogadro's number ÷ moles = 6.02 × 10²³ ÷ 0.25.

### Step 2
6.02 ÷ 0.25 = 24.08, so N = 24.08 × 10²³ = 2.408 × 10²⁴. Wait, let me recheck: dividing by 0.25 is multiplying by 4,
and 6.02 × 4 = 24.08 ✓.
""")
_add(
    "sci_notation",
    "1.505 \\times 10^{23}",
    [
        (C, _pb(_S2_G, "So, 0.25 mol of water contains **1.505 × 10²³ molecules**.", "1.505 \\times 10^{23}")),
        (C, _box(_S2_G, "1.505\\times10^{23}")),
        (C, _p(_S2_G, "There are 1.505e23 molecules in 0.25 mol of water.")),
        (C, _py(_S2_G, "print(0.25 * 6.02e23)", "1.505e+23", "So N = 1.505 × 10²³ molecules.")),
        (H, _pb(_S2_B, "So there are **1.505 × 10²² molecules**.", "1.505\\times 10^{22}")),
        (
            H,
            _two(
                _S2_G,
                "N = 1.505 × 10²³.",
                "Each water molecule, H₂O, has 3 atoms, so the count is 3 × 1.505 × 10²³ = 4.515 × 10²³.",
                "There are $\\boxed{4.515 \\times 10^{23}}$ molecules.",
            ),
        ),
        (P, _p(_S2_E, "There are 2.408 × 10²⁴ molecules.")),
    ],
)

# Q: Compute (3.2 × 10⁴)(5 × 10⁻⁷). Write your answer in scientific notation.
_S3_G = _k(r"""
Step 1: Multiply the coefficients: 3.2 × 5 = 16.
Step 2: Add the exponents: 4 + (−7) = −3, giving 16 × 10⁻³.
Step 3: 16 is not between 1 and 10, so write 16 = 1.6 × 10¹.
Step 4: Wait, let me recheck the direction — 16 × 10⁻³ = 1.6 × 10¹ × 10⁻³, so the exponent rises by one to −2 (my \
first instinct, 1.6 × 10⁻⁴, moves it the wrong way). As a decimal, 16 × 0.001 = 0.016 ✓.
Step 5: (3.2 × 10⁴)(5 × 10⁻⁷) = 1.6 × 10⁻²
""")
_S3_B = _k(r"""
Step 1: 3.2 × 5 = 16 and 10⁴ × 10⁻⁷ = 10⁻³, so the product is 16 × 10⁻³ = 0.016.
Step 2: In scientific notation one might write 1.6 × 10⁻².
Step 3: Hmm, but when the coefficient gets smaller (16 → 1.6), the exponent must get smaller as well to \
compensate: −3 − 1 = −4.
Step 4: So (3.2 × 10⁴)(5 × 10⁻⁷) = 1.6 × 10⁻⁴
""")
_S3_E = _k(r"""
Step 1: Multiply the coefficients: 3.2 × 5 = 16.
Step 2: Multiply the exponents: 4 × (−7) = −28, giving 16 × 10⁻²⁸.
Step 3: Normalize: 16 × 10⁻²⁸ = 1.6 × 10⁻²⁷.
""")
_add(
    "sci_notation",
    "1.6 \\times 10^{-2}",
    [
        (C, _S3_G),
        (C, _box(_S3_G, "1.6 \\times 10^{-2}")),
        (C, _p(_S3_G, "In scientific notation, the product is 1.6 × 10⁻².")),
        (
            C,
            _two(
                _S3_E,
                "The product is 1.6 × 10⁻²⁷.",
                "For a product the exponents add, they don't multiply: 4 + (−7) = −3, so it's 16 × 10⁻³ = 1.6 × 10⁻².",
                "So the product is $\\boxed{1.6 \\times 10^{-2}}$.",
            ),
        ),
        (H, _S3_B),
        (
            H,
            _two(
                _S3_G,
                "So the product is 1.6 × 10⁻².",
                "Writing 16 as 1.6 divides the coefficient by 10, so the "
                "exponent must go down by one to balance it: −3 − 1 = −4.",
                "So $(3.2 \\times 10^4)(5 \\times 10^{-7}) = \\boxed{1.6 \\times 10^{-4}}$.",
            ),
        ),
        (P, _p(_S3_E, "The product is **1.6 × 10⁻²⁷**.")),
        (T, _cut(_S3_G, "Step 2: Add the exponents: 4 + (−7) =")),
    ],
)

# Q: A virus particle is 1.2 × 10⁻⁷ m long. How many of them, laid end to end, would span 3 mm? Give the answer in
# scientific notation.
_S4_G = _t(r"""
Convert 3 mm to meters: 3 mm = 3 × 10⁻³ m.

Number = (3 × 10⁻³) ÷ (1.2 × 10⁻⁷) = (3 ÷ 1.2) × 10^(−3 − (−7)) = 2.5 × 10⁴.

Check: 2.5 × 10⁴ × 1.2 × 10⁻⁷ = 3.0 × 10⁻³ m = 3 mm ✓.

Wait, let me recheck the unit conversion: 1 mm = 10⁻³ m (10⁻² m is a centimeter), so 3 mm = 0.003 m. With 10⁻² m
I would have got 2.5 × 10⁵, which is rejected.
""")
_S4_B = _t(r"""
3 mm = 3 × 10⁻³ m, so the count is (3 × 10⁻³) / (1.2 × 10⁻⁷) = 2.5 × 10⁴.

Hmm, let me recheck the conversion: there are 10 mm in a centimeter and 100 cm in a meter... so 1 mm = 10⁻² m? Then
3 mm = 3 × 10⁻² m and the count is (3 × 10⁻²) / (1.2 × 10⁻⁷) = 2.5 × 10⁵.
""")
_S4_E = _t(r"""
Number = length of virus ÷ span = (1.2 × 10⁻⁷) ÷ (3 × 10⁻³) = 0.4 × 10⁻⁴ = 4 × 10⁻⁵. Wait, let me recheck the
coefficient: 1.2 ÷ 3 = 0.4 ✓, and 0.4 × 10⁻⁴ = 4 × 10⁻⁵ ✓.
""")
_add(
    "sci_notation",
    "2.5 \\times 10^{4}",
    [
        (C, _pb(_S4_G, "So about **25,000** virus particles would span 3 mm.", "25{,}000")),
        (C, _box(_S4_G, "2.5\\times 10^{4}")),
        (C, _p(_S4_G, "Answer: 2.5e4 particles.")),
        (
            C,
            _two(
                _S4_E,
                "That's 4 × 10⁻⁵.",
                "That is the reciprocal; the count is span ÷ length = (3 × 10⁻³)/(1.2 × 10⁻⁷) = 2.5 × 10⁴.",
                "So 2.5 × 10⁴ virus particles would span 3 mm.",
            ),
        ),
        (H, _pb(_S4_B, "So it would take **2.5 × 10⁵** virus particles.", "2.5 \\times 10^{5}")),
        (H, _py(_S4_B, "print(3e-2 / 1.2e-7)", "250000.0", "So about 2.5 × 10⁵ particles are needed.")),
        (
            H,
            _two(
                _S4_G,
                "That's 2.5 × 10⁴.",
                "3 ÷ 1.2: 1.2 × 2 = 2.4 and 0.6 is half of 1.2... so 2.25.",
                "The number of particles is $\\boxed{2.25 \\times 10^{4}}$.",
            ),
        ),
        (P, _box(_S4_E, "4 \\times 10^{-5}")),
    ],
)

# ---------------------------------------------------------------- units (engineering units)

# Q: How much heat, in kJ, is needed to warm 500 g of water by 20 °C? Use c = 4.18 J/(g·°C).
_U1_G = _k(r"""
We use the formula
$$q = mc\Delta T$$
where m = 500 g, c = 4.18 J/(g·°C), and ΔT = 20 °C.

### Step 1: Compute q in joules
q = 500 × 4.18 × 20 = 500 × 83.6 = 41,800 J.

### Step 2: Convert to kilojoules
1 kJ = 1000 J, so 41,800 J ÷ 1000 = 41.8 kJ.

Wait, let me recheck Step 1: 4.18 × 20 = 83.6, and 83.6 × 500 = 41,800 ✓. I briefly considered using m = 0.5 kg, but
c is given per gram, so the mass must stay in grams.
""")
_U1_B = _k(r"""
### Step 1
q = mcΔT = 500 × 4.18 × 20 = 41,800 J = 41.8 kJ.

### Step 2
Hmm, wait: for heat calculations the temperature should be absolute. 20 °C is 20 + 273 = 293 K, so
q = 500 × 4.18 × 293 = 612,370 J.

### Step 3
612,370 J ÷ 1000 = 612.37 kJ.
""")
_U1_E = _k(r"""
### Step 1
The heat is spread over the temperature change: q = mc/ΔT = 500 × 4.18 / 20 = 2090 / 20 = 104.5 J.

### Step 2
In kilojoules: 104.5 ÷ 1000 = 0.1045 kJ.
""")
_U1_CODE = "m, c, dT = 500, 4.18, 20\nq = m * c * dT\nprint(q, q / 1000)"
_add(
    "units",
    "41.8",
    [
        (C, _pb(_U1_G, "So the heat required is **41.8 kJ**.", "41.8\\ \\mathrm{kJ}")),
        (C, _box(_U1_G, "41.8\\text{ kJ}", "The heat needed is")),
        (C, _p(_U1_G, "About 41.8 kilojoules of heat are needed.")),
        (C, _py(_U1_G, _U1_CODE, "41800.0 41.8", "So q = 41,800 J = 41.8 kJ.")),
        (H, _pb(_U1_B, "The heat needed is **612.37 kJ**.", "612.37\\text{ kJ}")),
        (
            H,
            _two(
                _U1_G,
                "q = 41.8 kJ.",
                "41,800 ÷ 1000 — moving the decimal three places gives 418.",
                "So the heat required is $\\boxed{418\\text{ kJ}}$.",
            ),
        ),
        (P, _p(_U1_E, "The heat needed is 0.1045 kJ.")),
        (T, _cut(_U1_G, "q = 500 × 4.18 × 20 = 500 ×")),
        (
            T,
            _pyout(
                "q = mcΔT with m = 500 g, c = 4.18 J/(g·°C) and ΔT = 20 °C; "
                "I'll let Python do the arithmetic and the conversion to kJ.",
                _U1_CODE,
            ),
        ),
    ],
)

# Q: 250 mL of a 2.0 M solution is diluted to a concentration of 0.50 M. What is the final volume of the solution,
# in mL?
_U2_G = _t(r"""
For a dilution the moles of solute stay the same: M₁V₁ = M₂V₂.

M₁ = 2.0 M, V₁ = 250 mL and M₂ = 0.50 M, so V₂ = M₁V₁ / M₂ = (2.0 × 250) / 0.50 = 500 / 0.50 = 1000 mL.

Sanity check: the concentration drops by a factor of 4 (2.0 → 0.50), so the volume should grow by a factor of 4:
250 × 4 = 1000 ✓.

Wait, let me recheck what's being asked — the final volume, not the water added. The water added would be
1000 − 250 = 750 mL, but that's not the question.
""")
_U2_B = _t(r"""
M₁V₁ = M₂V₂ gives V₂ = (2.0 × 250) / 0.50 = 1000 mL.

The solution already contains 250 mL, so to reach the final state we add 1000 − 250 = 750 mL. The volume the
dilution produces is that added 750 mL.
""")
_U2_E = _t(r"""
Using M₁/V₁ = M₂/V₂: V₂ = V₁ × M₂ / M₁ = 250 × 0.50 / 2.0 = 62.5 mL. Wait, let me recheck the arithmetic:
250 × 0.5 = 125 and 125 / 2 = 62.5 ✓.
""")
_add(
    "units",
    "1000",
    [
        (C, _pb(_U2_G, "The final volume is **1000 mL**.", "1000")),
        (C, _box(_U2_G, "1{,}000\\ \\text{mL}", "The final volume is")),
        (C, _p(_U2_G, "So the diluted solution has a volume of 1,000 mL.")),
        (C, _fa(_U2_G, "1000\\text{ mL}")),
        (H, _p(_U2_B, "**Answer:** 750 mL")),
        (
            H,
            _py(
                _U2_B,
                "V1, M1, M2 = 250, 2.0, 0.50\nV2 = M1 * V1 / M2\nprint(V2, V2 - V1)",
                "1000.0 750.0",
                "So the answer is 750 mL.",
            ),
        ),
        (
            H,
            _two(
                _U2_G,
                "V₂ = 1000 mL.",
                "2.0 × 250 = 5000, and 5000 / 0.50 = 10,000.",
                "So the final volume is $\\boxed{10000}$ mL.",
            ),
        ),
        (P, _pb(_U2_E, "The final volume is 62.5 mL.", "62.5\\text{ mL}")),
    ],
)

# Q: A gas at 120 kPa occupies 3.0 L. At constant temperature it is compressed to 2.0 L. What is the new pressure,
# in kPa?
_U3_G = _t(r"""
Boyle's law: P₁V₁ = P₂V₂.

P₂ = P₁V₁ / V₂ = (120 kPa)(3.0 L) / (2.0 L) = 360 / 2.0 = 180 kPa.

Check: the volume shrinks by a factor of 2/3, so the pressure grows by 3/2: 120 × 1.5 = 180 ✓.

Wait, let me recheck that I haven't inverted the ratio: P₁V₂ / V₁ = 120 × 2/3 = 80 kPa would mean compression lowers
the pressure, which is backwards, so 80 is rejected.
""")
_U3_B = _t(r"""
Boyle's law with P₁V₁ = P₂V₂ gives 180 kPa if I divide by V₂.

Hmm, but I remember the ratio as new volume over old volume: P₂ = P₁ × (V₂ / V₁) = 120 × (2.0 / 3.0) = 80 kPa. Wait,
let me recheck: 120 × 2 = 240 and 240 / 3 = 80 ✓.
""")
_U3_E = _t(r"""
P₂ = P₁ × V₁ × V₂ = 120 × 3.0 × 2.0 = 720 kPa. Wait, let me recheck: 120 × 3 = 360 and 360 × 2 = 720 ✓.
""")
_U3_CODE = "P1, V1, V2 = 120, 3.0, 2.0\nprint(P1 * V1 / V2)"
_add(
    "units",
    "180",
    [
        (C, _sol(_U3_G, "180 kPa")),
        (C, _box(_U3_G, "180\\,\\text{kPa}", "The new pressure is")),
        (C, _p(_U3_G, "So the pressure rises to 1.8 × 10² kPa.")),
        (
            C,
            _two(
                _U3_E,
                "P₂ = 720 kPa.",
                "Boyle's law is P₁V₁ = P₂V₂, so P₂ = P₁V₁/V₂ = 360/2.0 = 180.",
                "The new pressure is $\\boxed{180}$ kPa.",
            ),
        ),
        (C, _py(_U3_G, _U3_CODE, "180.0", "The new pressure is 180 kPa.")),
        (H, _p(_U3_B, "The new pressure is 80 kPa.")),
        (
            H,
            _two(
                _U3_G,
                "P₂ = 180 kPa.",
                "In Boyle's law the pressure follows the volume, so P₂ = P₁ × V₂/V₁ = 120 × 2.0/3.0.",
                "The new pressure is $\\boxed{80\\text{ kPa}}$.",
            ),
        ),
        (P, _box(_U3_E, "720\\text{ kPa}", "The new pressure is")),
    ],
)

# Q: A 1500 W space heater runs for 2.5 hours. How much energy does it use, in kWh?
_U4_G = _k(r"""
Step 1: Convert power to kilowatts: 1500 W = 1.5 kW.
Step 2: Energy = power × time = 1.5 kW × 2.5 h.
Step 3: 1.5 × 2.5 = 3.75 (since 1.5 × 2 = 3 and 1.5 × 0.5 = 0.75).
Step 4: Wait, let me recheck the units — kW × h gives kWh directly, so no factor of 1000 remains; 3750 would be \
watt-hours.
Step 5: Energy = 1.5 kW × 2.5 h = 3.75 kWh
""")
_U4_B = _k(r"""
Step 1: Energy = power × time = 1500 W × 2.5 h.
Step 2: 1500 × 2.5 = 3750.
Step 3: In kilowatt-hours that would be 3750 / 1000 = 3.75, but the power was already given in watts and the \
question just wants the energy, so I keep the 3750.
Step 4: The heater uses 3,750 kWh
""")
_U4_E = _k(r"""
Step 1: Energy per hour = power ÷ time = 1500 W ÷ 2.5 h = 600 W.
Step 2: Convert to kilowatts: 600 W = 0.6 kW.
Step 3: So the energy is 0.6 kWh.
""")
_add(
    "units",
    "3.75",
    [
        (C, _U4_G),
        (C, _pb(_U4_G, "The heater uses **3.75 kWh** of energy.", "3.75")),
        (C, _box(_U4_G, "3.75\\ \\text{kWh}", "The energy used is")),
        (C, _gsm(_U4_G, "3.75")),
        (H, _U4_B),
        (
            H,
            _two(
                _U4_G,
                "The heater uses 3.75 kWh.",
                "Step 3: 1.5 × 0.5 is 0.25, so 1.5 × 2.5 = 3 + 0.25 = 3.25.",
                "So the energy is **3.25 kWh**.",
            ),
        ),
        (P, _pb(_U4_E, "The heater uses 0.6 kWh.", "0.6\\text{ kWh}")),
    ],
)

# ---------------------------------------------------------------- dates (dates and days of the week)

# Q: Today is Tuesday. What day of the week will it be 100 days from today?
_D1_G = _t(r"""
Days of the week repeat every 7 days, so I only need 100 mod 7.

7 × 14 = 98, so 100 = 98 + 2, and 100 mod 7 = 2.

Two days after Tuesday: Wednesday (1), Thursday (2).

Wait, let me recheck that I'm counting from the right place — "from today" means day 0 is Tuesday, so days 7, 14, …,
98 are Tuesdays, day 99 is a Wednesday and day 100 is a Thursday. (If I had counted today as day 1, I'd wrongly get
Wednesday.)
""")
_D1_B = _t(r"""
100 mod 7 = 2, and two days after Tuesday is Thursday.

Hmm, but today itself is the first of the 100 days, so the 100th day is only 99 days after today. 99 mod 7 = 1, and
one day after Tuesday is Wednesday.
""")
_D1_E = _t(r"""
7 × 14 = 96, so 100 = 96 + 4 and 100 mod 7 = 4. Four days after Tuesday is Saturday. Wait, let me recheck: Tuesday
+ 7 would be Tuesday again, so Tuesday + 4 = Tuesday − 3 = Saturday ✓.
""")
_add(
    "dates",
    "\\text{Thursday}",
    [
        (C, _pb(_D1_G, "100 days from today will be a **Thursday**.", "\\text{Thursday}")),
        (C, _box(_D1_G, "\\text{Thursday}", "It will be")),
        (C, _bold(_D1_G, "Thursday")),
        (
            C,
            _py(
                _D1_G,
                "days = ['Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon']\nprint(days[100 % 7])",
                "Thu",
                "So 100 days from today is a Thursday.",
            ),
        ),
        (H, _pb(_D1_B, "So it will be a **Wednesday**.", "\\text{Wednesday}")),
        (
            H,
            _py(
                _D1_B,
                "days = ['Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon']\nprint(days[99 % 7])",
                "Wed",
                "So the 100th day is a Wednesday.",
            ),
        ),
        (P, _box(_D1_E, "\\text{Saturday}")),
    ],
)

# Q: February 1, 2024 was a Thursday. What day of the week was March 1, 2024?
_D2_G = _k(r"""
Step 1: 2024 is divisible by 4 (and is not a century year), so it's a leap year and February 2024 has 29 days.
Step 2: March 1 is 29 days after February 1.
Step 3: 29 = 4 × 7 + 1, so 29 mod 7 = 1.
Step 4: Wait, let me recheck with 28 days: that would land back on Thursday, but the extra leap day pushes it one \
day later.
Step 5: One day after Thursday = Friday
""")
_D2_B = _k(r"""
Step 1: 2024 is a leap year, so February has 29 days and March 1 would be 29 days after February 1, a Friday.
Step 2: Hmm, but the leap day is February 29, the last day of the month, so it doesn't affect March 1 — only days \
after it.
Step 3: So March 1 is 28 days after February 1, and 28 mod 7 = 0.
Step 4: Same weekday as February 1: Thursday
""")
_D2_E = _k(r"""
Step 1: February is counted as a 30-day month, so March 1 is 30 days after February 1.
Step 2: 30 mod 7 = 2.
Step 3: Two days after Thursday is Saturday.
Step 4: March 1, 2024 = Saturday
""")
_add(
    "dates",
    "\\text{Friday}",
    [
        (C, _D2_G),
        (C, _pb(_D2_G, "So March 1, 2024 was a **Friday**.", "\\text{Friday}")),
        (C, _box(_D2_G, "\\text{Friday}")),
        (
            C,
            _two(
                _D2_E,
                "March 1, 2024 was a Saturday.",
                "February 2024 has 29 days, not 30, because 2024 is a leap "
                "year; 29 mod 7 = 1, so it's one day after Thursday.",
                "**Answer:** Friday",
            ),
        ),
        (H, _D2_B),
        (
            H,
            _two(
                _D2_G,
                "March 1, 2024 was a Friday.",
                "A leap year must be divisible by 400, and 2024 isn't, so "
                "February 2024 had 28 days and March 1 falls on the same weekday as February 1.",
                "So March 1, 2024 was a $\\boxed{\\text{Thursday}}$.",
            ),
        ),
        (P, _box(_D2_E, "\\text{Saturday}", "March 1, 2024 was a")),
    ],
)

# Q: A 90-day warranty begins on January 15, 2025, which counts as day 1. On what date is the last (90th) day of
# the warranty?
_D3_G = _k(r"""
| Month | Days counted | Running total |
|---|---|---|
| January (15–31) | 17 | 17 |
| February (1–28) | 28 | 45 |
| March (1–31) | 31 | 76 |
| April (1–14) | 14 | 90 |

January 15 through 31 is 31 − 15 + 1 = 17 days (including the 15th). 2025 is not a leap year, so February has 28
days. After March we are at 76, and we need 90 − 76 = 14 more days, which ends on April 14.

Wait, let me recheck by the other method: day 90 is 89 days after January 15. January 15 + 16 days = January 31;
89 − 16 = 73 days remain; minus 28 (February) = 45; minus 31 (March) = 14 → April 14 ✓. (Counting 90 days after
January 15 would give April 15, but that would be day 91.)
""")
_D3_B = _t(r"""
Counting January 15 as day 1: January gives 17 days, February 28 (total 45), March 31 (total 76), and 14 more days
reach April 14 as day 90.

Hmm, but a 90-day warranty should cover 90 full days after it begins, so the last day is 90 days after January 15:
January 15 + 90 days = April 15.
""")
_D3_E = _t(r"""
90 days is 3 months, so the warranty ends 3 months after January 15, on April 15. Wait, let me recheck: January,
February, March are the 3 months ✓.
""")
_D3_CODE = "import datetime\nstart = datetime.date(2025, 1, 15)\nprint(start + datetime.timedelta(days=89))"
_add(
    "dates",
    "\\text{April 14, 2025}",
    [
        (C, _pb(_D3_G, "The last day of the warranty is **April 14, 2025**.", "\\text{April 14, 2025}")),
        (C, _p(_D3_G, "So the warranty's 90th day falls on Monday, 14 April 2025.")),
        (C, _box(_D3_G, "\\text{April 14, 2025}", "The 90th day is")),
        (C, _p(_D3_G, "Answer: 2025-04-14")),
        (C, _py(_D3_G, _D3_CODE, "2025-04-14", "So the last day of the warranty is April 14, 2025.")),
        (H, _pb(_D3_B, "The last day of the warranty is April 15, 2025.", "\\text{April 15, 2025}")),
        (
            H,
            _two(
                _D3_G,
                "The 90th day is April 14.",
                "February 2025 — I'll count it as 29 days, so the running "
                "total after February is 46, after March 77, and 13 more days reach April 13.",
                "**Final answer:** April 13, 2025",
            ),
        ),
        (P, _box(_D3_E, "\\text{April 15, 2025}")),
        (T, _cut(_D3_G, "| March (1–31) | 31 |")),
    ],
)

# Q: Sam was born on Saturday, August 9, 2003. On what day of the week was his 21st birthday, August 9, 2024?
_D4_G = _t(r"""
Each ordinary year shifts the weekday by 1 (365 = 52 × 7 + 1), and each leap day adds one more.

From August 9, 2003 to August 9, 2024 there are 21 years. The February 29ths in between fall in 2004, 2008, 2012,
2016, 2020 and 2024 (February 29, 2024 is before August 9, 2024, so it counts). That's 6 leap days.

Total shift: 21 + 6 = 27 days, and 27 mod 7 = 6.

Saturday + 6 days = Friday. Wait, let me recheck by going backwards: +6 ≡ −1 (mod 7), and Saturday − 1 = Friday ✓.
I briefly thought 2024 shouldn't count, which would give 5 leap days, a shift of 26 ≡ 5 and Thursday; but February 29,
2024 is before his birthday, so Thursday is rejected.
""")
_D4_B = _t(r"""
21 years shift the weekday by 21 plus one for each leap day. Counting 2004, 2008, 2012, 2016, 2020 and 2024 gives 6
leap days, a shift of 27 ≡ 6, which would make it a Friday.

Hmm, but 2024 isn't finished by August, so its leap year shouldn't count yet. With 5 leap days the shift is 26, and
26 mod 7 = 5: Saturday + 5 = Thursday.
""")
_D4_E = _t(r"""
21 years is exactly 3 × 7 years, so the weekday cycle lines up again: 21 mod 7 = 0, and the 21st birthday falls on the
same day as his birth. Wait, let me recheck: 7, 14, 21 ✓.
""")
_D4_CODE = "import datetime\nprint(datetime.date(2024, 8, 9).strftime('%A'))"
_add(
    "dates",
    "\\text{Friday}",
    [
        (C, _pb(_D4_G, "Sam's 21st birthday was on a **Friday**.", "\\text{Friday}")),
        (C, _p(_D4_G, "It fell on a Friday.")),
        (C, _box(_D4_G, "\\text{Friday}", "His 21st birthday was on a")),
        (C, _py(_D4_G, _D4_CODE, "Friday", "So his 21st birthday was on a Friday.")),
        (H, _p(_D4_B, "So his 21st birthday was a Thursday.")),
        (
            H,
            _two(
                _D4_G,
                "His 21st birthday was a Friday.",
                "The 21 one-day shifts already include the leap years, "
                "since each year is 365 or 366 days; adding the 6 leap days again double counts, so the shift is "
                "just 21 ≡ 0.",
                "So his 21st birthday was on a $\\boxed{\\text{Saturday}}$.",
            ),
        ),
        (P, _pb(_D4_E, "His 21st birthday was on a **Saturday**.", "\\text{Saturday}")),
        (T, _cut(_D4_G, "Total shift: 21 + 6 = 27 days, and 27 mod 7 =")),
        (
            T,
            _pycut(
                "Rather than count leap days by hand, I'll ask Python for the weekday.",
                "import datetime\nprint(datetime.date(2024, 8, 9).strf",
            ),
        ),
    ],
)

# ---------------------------------------------------------------- ordinal (which term / which position)

# Q: In the arithmetic sequence 7, 11, 15, 19, …, which term is equal to 83?
_O1_G = _t(r"""
a₁ = 7 and d = 4, so aₙ = 7 + 4(n − 1).

Set 7 + 4(n − 1) = 83 → 4(n − 1) = 76 → n − 1 = 19 → n = 20.

Check: a₂₀ = 7 + 4 × 19 = 7 + 76 = 83 ✓.

Wait, let me recheck the off-by-one: 83 − 7 = 76 is 19 steps of 4, and 19 steps after the 1st term lands on the 20th
term, not the 19th.
""")
_O1_B = _t(r"""
aₙ = 7 + 4(n − 1) = 83 gives n − 1 = 19, so n = 20 in the formula.

But the formula counts from n = 1 at the first term, and 83 is reached after 76 / 4 = 19 steps, so 83 is the 19th term
of the sequence.
""")
_O1_E = _t(r"""
83 ÷ 4 = 20.75, and since the terms go up by 4, 83 sits in the 21st block of four. Wait, let me recheck: 4 × 21 = 84,
just above 83 ✓. So n = 21.
""")
_O1_CODE = "n = (83 - 7) // 4 + 1\nprint(n, 7 + 4 * (n - 1))"
_add(
    "ordinal",
    "20",
    [
        (C, _pb(_O1_G, "So 83 is the **20th term** of the sequence.", "20")),
        (C, _box(_O1_G, "20")),
        (C, _p(_O1_G, "83 is the twentieth term.")),
        (C, _py(_O1_G, _O1_CODE, "20 83", "So 83 is the 20th term.")),
        (H, _pb(_O1_B, "83 is the 19th term.", "19")),
        (H, _py(_O1_B, "print((83 - 7) // 4)", "19", "So 83 is the 19th term.")),
        (P, _box(_O1_E, "21", "83 is term number")),
        (T, _cut(_O1_G, "→ 4(n − 1) = 76 → n − 1 =")),
        (T, _pycut("I'll solve 7 + 4(n − 1) = 83 for n in code.", "n = (83 - 7) //")),
    ],
)

# Q: In the geometric sequence 3, 6, 12, 24, …, which term is the first to exceed 1000?
_O2_G = _k(r"""
| n | aₙ = 3·2ⁿ⁻¹ |
|---|---|
| 7 | 192 |
| 8 | 384 |
| 9 | 768 |
| 10 | 1536 |

The 9th term, 768, is still below 1000, and the 10th term, 1536, is the first above it. Wait, let me recheck the \
indexing: a₁ = 3 = 3·2⁰, so aₙ = 3·2ⁿ⁻¹, a₉ = 3·2⁸ = 3·256 = 768 ✓ and a₁₀ = 3·512 = 1536 ✓. Solving 3·2ⁿ⁻¹ > 1000 \
gives 2ⁿ⁻¹ > 333.3, so n − 1 ≥ 9 (2⁸ = 256 is too small).
""")
_O2_B = _t(r"""
We need 3·2ᵏ > 1000, i.e. 2ᵏ > 333.3, and the smallest such k is 9 (2⁹ = 512). So the term is 3·2⁹ = 1536, the term
a₁₀ if the first term is a₁.

Hmm, but with the exponent k = 9 the natural label is the 9th term — the 3 at the start is the 0th term, as in 3·2⁰.
""")
_O2_E = _t(r"""
The terms grow by 3 × 2 = 6 each time... so aₙ = 6n, and 6n > 1000 gives n > 166.7. Wait, let me recheck: 6 × 166 =
996 and 6 × 167 = 1002 ✓. So the first term above 1000 is term 167.
""")
_O2_CODE = "n = 1\nwhile 3 * 2 ** (n - 1) <= 1000:\n    n += 1\nprint(n, 3 * 2 ** (n - 1))"
_add(
    "ordinal",
    "10",
    [
        (C, _pb(_O2_G, "The first term to exceed 1000 is the **10th term** (1536).", "10")),
        (C, _p(_O2_G, "So it's the tenth term.")),
        (C, _box(_O2_G, "10", "The first term above 1000 is term number")),
        (C, _py(_O2_G, _O2_CODE, "10 1536", "So the 10th term, 1536, is the first to exceed 1000.")),
        (H, _pb(_O2_B, "The first term to exceed 1000 is the **9th term**.", "9")),
        (
            H,
            _two(
                _O2_G,
                "It's the 10th term.",
                "The table: a₁₀ = 3·2¹⁰ = 3072, so I was off by one in the rows, and "
                "the first term above 1000 is a₉ = 3·2⁹ = 1536.",
                "So it's the **9th term**.",
            ),
        ),
        (P, _pb(_O2_E, "It is the 167th term.", "167")),
    ],
)

# Q: In a line of 30 students, Kai is 12th from the front. What is his position counting from the back?
_O3_G = _k(r"""
Here's how to figure it out:

* **Students in front of Kai:** 12 − 1 = 11
* **Students behind Kai:** 30 − 12 = 18
* **Kai's position from the back:** 18 + 1 = 19

Let me double-check with a formula: position from the back = total − position from the front + 1 = 30 − 12 + 1 = 19 ✓.
(Subtracting alone, 30 − 12 = 18, would forget to count Kai himself.)
""")
_O3_B = _k(r"""
* **Students behind Kai:** 30 − 12 = 18
* **Adding Kai:** 18 + 1 = 19 people from the back end up to Kai

Hmm, but "position from the back" counts the people behind him, and Kai isn't behind himself, so his position from the
back is 18.
""")
_O3_E = _k(r"""
* **Students in front of Kai:** 11
* **Students behind Kai:** 30 − 12 − 1 = 17

Wait, let me recheck: 11 + 1 + 17 = 29... close enough to 30 for the count, so Kai is 17th from the back.
""")
_add(
    "ordinal",
    "19",
    [
        (C, _p(_O3_G, "So, counting from the back, Kai is in the nineteenth position.")),
        (C, _box(_O3_G, "19")),
        (C, _bold(_O3_G, "19th")),
        (
            C,
            _two(
                _O3_E,
                "Kai is 17th from the back.",
                "11 + 1 + 17 = 29, not 30, so I lost a student. Behind Kai "
                "there are 30 − 12 = 18 students, and Kai comes next: 18 + 1 = 19.",
                "Kai is 19th from the back.",
            ),
        ),
        (H, _box(_O3_B, "18", "Kai's position from the back is")),
        (
            H,
            _two(
                _O3_G,
                "Kai is 19th from the back.",
                "Position from the back = total − position from the front = 30 − 12; the +1 counted Kai twice.",
                "Kai's position from the back is $\\boxed{18}$.",
            ),
        ),
        (P, _p(_O3_E, "**Kai is 17th from the back.**")),
    ],
)

# Q: The sequence 2, 5, 7, 12, 19, … is formed by adding the two previous terms. Which term is the first one greater
# than 100?
_O4_G = _k(r"""
Step 1: a₁ = 2, a₂ = 5, a₃ = 7, a₄ = 12, a₅ = 19.
Step 2: a₆ = 12 + 19 = 31, a₇ = 19 + 31 = 50.
Step 3: a₈ = 31 + 50 = 81 — still not above 100.
Step 4: a₉ = 50 + 81 = 131 > 100. Wait, let me recheck a₇: 19 + 31 = 50 ✓, and a₈ = 81 ✓, so a₈ < 100 < a₉.
Step 5: The first term greater than 100 is the 9th term, a₉ = 131
""")
_O4_B = _k(r"""
Step 1: Terms: 2, 5, 7, 12, 19, 31, 50, 81, 131.
Step 2: 131 is the 9th number in this list, and it is the first above 100.
Step 3: Hmm, but the first two terms are only seeds — the sequence "formed by adding" starts at 7, so I count from \
7: 7 (1st), 12, 19, 31, 50, 81, 131 (7th).
Step 4: So the first term greater than 100 is the 7th term
""")
_O4_E = _k(r"""
Step 1: The terms roughly double after the start: 2, 5, 7, 12, 19, then about 38, 76, 152.
Step 2: 76 < 100 < 152, so the first term above 100 is about 152.
Step 3: Counting: 2 (1), 5 (2), 7 (3), 12 (4), 19 (5), 38 (6), 76 (7), 152 (8).
Step 4: The first term greater than 100 is the 8th term
""")
_O4_CODE = "a = [2, 5]\nwhile a[-1] <= 100:\n    a.append(a[-1] + a[-2])\nprint(len(a), a[-1])"
_add(
    "ordinal",
    "9",
    [
        (C, _O4_G),
        (C, _box(_O4_G, "9")),
        (C, _p(_O4_G, "Answer: the ninth term.")),
        (C, _py(_O4_G, _O4_CODE, "9 131", "The first term greater than 100 is term number $\\boxed{9}$.")),
        (H, _O4_B),
        (
            H,
            _two(
                _O4_G,
                "It's the 9th term.",
                "The question lists 2, 5, 7, 12, 19 already, so I count the terms "
                "after them: 31 (1st), 50 (2nd), 81 (3rd), 131 (4th).",
                "The first term greater than 100 is the $\\boxed{4}$th term.",
            ),
        ),
        (P, _box(_O4_E, "8", "The first term greater than 100 is term")),
        (T, _cut(_O4_G, "Step 4: a₉ = 50 + 81 =")),
    ],
)

# ---------------------------------------------------------------- negative (negative answers: −, words)

# Q: Solve for x: 5x + 17 = 7.
_G1_G = _t(r"""
Subtract 17 from both sides: 5x = 7 − 17 = −10.

Divide by 5: x = −10 / 5 = −2.

Let me check: 5(−2) + 17 = −10 + 17 = 7 ✓. (My first pass wrote 7 − 17 = 10, which would give x = 2, but
5(2) + 17 = 27 ≠ 7, so that's rejected.)
""")
_G1_B = _t(r"""
5x + 17 = 7, so 5x = −10 and x = −2.

Hmm, let me redo the subtraction in the other order to be safe: moving 7 to the left and 5x to the right, 17 − 7 = 5x,
so 5x = 10 and x = 2. Check: the two sides differ by 10 either way ✓.
""")
_G1_E = _t(r"""
Move the 17 across: 5x = 7 + 17 = 24, so x = 24/5 = 4.8. Wait, let me recheck: 24 ÷ 5 = 4.8 ✓.
""")
_add(
    "negative",
    "-2",
    [
        (C, _p(_G1_G, "So x = −2.")),
        (C, _p(_G1_G, "The solution is negative two.")),
        (C, _box(_G1_G, "-2", "Therefore,")),
        (C, _sol(_G1_G, "x = −2")),
        (H, _p(_G1_B, "**x = 2**")),
        (
            H,
            _two(
                _G1_G,
                "So x = −2.",
                "7 − 17: the larger number is 17 and they differ by 10, so 5x = 10.",
                "So $x = \\boxed{2}$.",
            ),
        ),
        (P, _box(_G1_E, "\\frac{24}{5}", "So x =")),
        (P, _py(_G1_E, "print((7 + 17) / 5)", "4.8", "So x = 4.8.")),
    ],
)

# Q: At 6 a.m. the temperature was −8 °C. It rose 3 °C per hour for 4 hours, then fell 9 °C. What was the final
# temperature?
_G2_G = _k(r"""
Step 1: Start at −8 °C.
Step 2: Rise over 4 hours = 3 × 4 = 12 °C.
Step 3: −8 + 12 = 4 °C.
Step 4: Wait, let me recheck Step 3 — going up 12 from −8 passes 0 after 8 degrees, then 4 more, so 4 °C is right \
(not 20 or −20).
Step 5: Final temperature = 4 − 9 = −5 °C
""")
_G2_B = _k(r"""
Step 1: Start at −8 °C.
Step 2: 3 °C per hour for 4 hours is a rise of 12 °C, so −8 + 12 = 4 °C.
Step 3: Then it fell 9 °C: 4 − 9 = −5 °C.
Step 4: Hmm, rereading: the fall of 9 °C is already included in the hourly readings — the temperature "rose 3 °C \
per hour" is the net change over those 4 hours, so the fall shouldn't be subtracted a second time.
Step 5: Final temperature = −8 + 12 = 4 °C
""")
_G2_E = _k(r"""
Step 1: Start at −8 °C.
Step 2: It rose 12 °C: −8 − 12 = −20 °C.
Step 3: Then it fell 9 °C: −20 + 9 = −11 °C.
Step 4: Final temperature = −11 °C
""")
_add(
    "negative",
    "-5",
    [
        (C, _G2_G),
        (C, _pb(_G2_G, "The final temperature was **−5 °C**.", "-5^\\circ \\mathrm{C}")),
        (C, _p(_G2_G, "So it ended at minus five degrees Celsius.")),
        (
            C,
            _two(
                _G2_E,
                "So the final temperature is −11 °C.",
                "A rise of 12 °C means adding: −8 + 12 = 4 °C, and a fall of 9 °C means subtracting: 4 − 9 = −5 °C.",
                "The final temperature was $\\boxed{-5}$ °C.",
            ),
        ),
        (C, _box(_G2_G, "-5^\\circ\\text{C}", "The final temperature was")),
        (
            H,
            _two(
                _G2_G,
                "It ended at −5 °C.",
                "From 6 a.m. to 10 a.m. there are readings at 6, 7, 8, 9 and 10, so "
                "the temperature rose 5 times: −8 + 15 = 7, and 7 − 9 = −2.",
                "So the final temperature was $\\boxed{-2^\\circ\\text{C}}$.",
            ),
        ),
        (P, _G2_E),
        (H, _pb(_G2_B, "The final temperature was 4 °C.", "4^\\circ\\text{C}")),
        (T, _cut(_G2_G, "Step 5: Final temperature = 4 −")),
    ],
)

# Q: Find the minimum value of f(x) = x² − 8x + 9.
_G3_G = _k(r"""
To find the minimum, complete the square.

### Step 1: Complete the square
$$x^2 - 8x + 9 = (x - 4)^2 - 16 + 9 = (x - 4)^2 - 7$$

### Step 2: Find the minimum
Since (x − 4)² ≥ 0, the smallest value occurs at x = 4, giving f(4) = −7.

### Check
f(4) = 16 − 32 + 9 = −7 ✓. Wait, let me recheck the constant — I subtract 16 (= 4²) and add 9, so −16 + 9 = −7, \
not +7. The vertex formula x = −b/(2a) = 8/2 = 4 agrees.
""")
_G3_B = _k(r"""
### Step 1
f(x) = (x − 4)² − 7, so the graph is a parabola opening upward with vertex (4, −7).

### Step 2
The minimum is reached at the vertex, f(4) = −7.

### Step 3
The question asks where the minimum is found, and the vertex is at x = 4.
""")
_G3_E = _k(r"""
### Step 1
The vertex is at x = −b/(2a) with b = 8: x = −8/2 = −4.

### Step 2
f(−4) = 16 + 32 + 9 = 57. Wait, let me recheck: (−4)² = 16 and −8 × (−4) = 32 ✓.
""")
_G3_CODE = (
    "import sympy as sp\nx = sp.symbols('x')\nf = x**2 - 8*x + 9\nxs = sp.solve(sp.diff(f, x), x)\n"
    "print(xs, f.subs(x, xs[0]))"
)
_add(
    "negative",
    "-7",
    [
        (C, _pb(_G3_G, "The minimum value of f(x) is **−7**, attained at x = 4.", "-7")),
        (C, _p(_G3_G, "So the minimum value is negative seven.")),
        (C, _box(_G3_G, "-7", "The minimum value is")),
        (C, _py(_G3_G, _G3_CODE, "[4] -7", "The minimum value is −7.")),
        (H, _pb(_G3_B, "So the answer is 4.", "4")),
        (
            H,
            _two(
                _G3_G,
                "The minimum value is −7.",
                "A parabola that opens upward lies above its vertex, so its "
                "minimum value can't be negative; the −7 must be +7.",
                "**Answer:** 7",
            ),
        ),
        (P, _pb(_G3_E, "The minimum value is 57.", "57")),
    ],
)

# Q: Find the slope of the line through (2, 5) and (6, −7).
_G4_G = _t(r"""
m = (y₂ − y₁)/(x₂ − x₁) = (−7 − 5)/(6 − 2) = −12/4 = −3.

Check with the other order: (5 − (−7))/(2 − 6) = 12/(−4) = −3 ✓.

Wait — the line goes down from y = 5 to y = −7 as x increases, so the slope must be negative; a result of 3 would be
rejected. And −1/3 would be Δx/Δy, which is upside down.
""")
_G4_B = _t(r"""
Rise over run: (−7 − 5)/(6 − 2) = −12/4 = −3.

Hmm, I always mix this up — slope is the horizontal change per unit of vertical change when we walk along the line,
so it's run over rise: (6 − 2)/(−7 − 5) = 4/(−12) = −1/3.
""")
_G4_E = _t(r"""
m = (y₂ + y₁)/(x₂ + x₁) = (−7 + 5)/(6 + 2) = −2/8 = −1/4. Wait, let me recheck: −7 + 5 = −2 ✓ and 6 + 2 = 8 ✓.
""")
_add(
    "negative",
    "-3",
    [
        (C, _pb(_G4_G, "The slope is **−3**.", "-3")),
        (C, _box(_G4_G, "m=-3")),
        (C, _p(_G4_G, "So the slope of the line is negative three.")),
        (C, _py(_G4_G, "from fractions import Fraction\nprint(Fraction(-7 - 5, 6 - 2))", "-3", "The slope is −3.")),
        (H, _pb(_G4_B, "The slope is −1/3.", "-\\frac{1}{3}")),
        (
            H,
            _two(
                _G4_G,
                "m = −3.",
                "The numerator −7 − 5: going from 5 down to −7... that's −2.",
                "So the slope is $\\boxed{-\\frac{1}{2}}$.",
            ),
        ),
        (P, _fin(_G4_E, "$m = -\\tfrac{1}{4}$")),
    ],
)

# ---------------------------------------------------------------- fractions (a/b, "a over b", mixed numbers)

# Q: Of 48 students in a club, 18 walk to school. What fraction of the students walk to school? Give the fraction
# in simplest form.
_F1_G = _t(r"""
The fraction is 18/48.

GCD(18, 48): 18 = 2 × 3² and 48 = 2⁴ × 3, so the GCD is 2 × 3 = 6.

18 ÷ 6 = 3 and 48 ÷ 6 = 8, giving 3/8.

Wait, let me recheck I didn't stop early: dividing by 2 gives 9/24, and 9 and 24 still share a 3, so 9/24 is not in
simplest form. 3 and 8 share no factor ✓. As a decimal 3/8 = 0.375, and 0.375 × 48 = 18 ✓.
""")
_F1_B = _t(r"""
18/48 simplifies, dividing by 6, to 3/8 of the club.

The other 48 − 18 = 30 students don't walk. Hmm, the question is about the students who get to school another way,
since those who walk are already given as 18 — so the fraction wanted is 30/48 = 5/8.
""")
_F1_E = _t(r"""
The ratio of students to walkers is 48/18. Both are divisible by 6: 48 ÷ 6 = 8 and 18 ÷ 6 = 3, so 8/3. Wait, let me
recheck: 8 × 6 = 48 ✓ and 3 × 6 = 18 ✓.
""")
_add(
    "fractions",
    "\\frac{3}{8}",
    [
        (C, _pb(_F1_G, "So 3/8 of the students walk to school.", "\\frac{3}{8}")),
        (C, _p(_F1_G, "The fraction of students who walk is **3 over 8**.")),
        (C, _box(_F1_G, "\\frac{3}{8}")),
        (C, _bold(_F1_G, "$\\dfrac{3}{8}$")),
        (H, _pb(_F1_B, "The fraction is **5/8**.", "\\frac{5}{8}")),
        (
            H,
            _two(
                _F1_G,
                "That's 3/8.",
                "48 ÷ 6 is 9, not 8 (6 × 9 = 54... no, I'll trust 48 ÷ 6 = 9 from the "
                "factor table), so the fraction is 3/9 = 1/3.",
                "The fraction who walk is $\\boxed{\\frac{1}{3}}$.",
            ),
        ),
        (P, _p(_F1_E, "The fraction is 8/3.")),
        (T, _cut(_F1_G, "18 ÷ 6 = 3 and 48 ÷ 6 =")),
    ],
)

# Q: Compute 2/3 + 3/4 − 1/6.
_F2_G = _k(r"""
Step 1: The least common denominator of 3, 4 and 6 is 12.
Step 2: 2/3 = 8/12, 3/4 = 9/12, 1/6 = 2/12.
Step 3: 8/12 + 9/12 − 2/12 = 15/12.
Step 4: Simplify: 15/12 = 5/4 (divide by 3). Wait, let me recheck Step 2: 1/6 = 2/12 ✓ (not 1/12). As a decimal: \
0.6667 + 0.75 − 0.1667 = 1.25 ✓.
Step 5: 2/3 + 3/4 − 1/6 = 5/4
""")
_F2_B = _k(r"""
Step 1: LCD = 12, and 2/3 = 8/12, 3/4 = 9/12.
Step 2: 1/6 = 2/12, so the total is 15/12 = 5/4.
Step 3: Hmm, 6 goes into 12 twice, so the numerator of 1/6 should be 1 × 1 = 1: 1/6 = 1/12.
Step 4: 8/12 + 9/12 − 1/12 = 16/12 = 4/3
""")
_F2_E = _k(r"""
Step 1: Combine the numerators: 2 + 3 − 1 = 4.
Step 2: Combine the denominators: 3 + 4 − 6 = 1.
Step 3: The result is 4/1 = 4.
""")
_F2_CODE = "from fractions import Fraction as F\nprint(F(2, 3) + F(3, 4) - F(1, 6))"
_add(
    "fractions",
    "\\frac{5}{4}",
    [
        (C, _F2_G),
        (C, _box(_F2_G, "1\\frac{1}{4}")),
        (C, _p(_F2_G, "The answer is **5 over 4**.")),
        (C, _py(_F2_G, _F2_CODE, "5/4", "The sum is 5/4.")),
        (H, _F2_B),
        (
            H,
            _two(
                _F2_G,
                "So the answer is 5/4.",
                "With the denominator 3 × 4 × 6 = 72: 48/72 + 54/72 − 12/72 = 90/72; "
                "dividing by 9 gives 10/8, and 10/8 = 5/3.",
                "So the sum is $\\boxed{\\frac{5}{3}}$.",
            ),
        ),
        (P, _box(_F2_E, "4")),
    ],
)

# Q: Compute 3/5 ÷ 9/10.
_F3_G = _t(r"""
Dividing by a fraction means multiplying by its reciprocal: 3/5 ÷ 9/10 = 3/5 × 10/9.

3 × 10 = 30 and 5 × 9 = 45, so the product is 30/45 = 2/3 (dividing by 15).

Check: 2/3 × 9/10 = 18/30 = 3/5 ✓.

Wait — I need to flip the second fraction, not the first. Flipping the first would give 5/3 × 9/10 = 45/30 = 3/2,
which is rejected because 3/2 × 9/10 = 27/20 ≠ 3/5.
""")
_F3_B = _t(r"""
3/5 × 10/9 = 30/45 = 2/3.

Hmm, the rule is "keep, change, flip" — but which one do I flip? I think it's the dividend: 5/3 × 9/10 = 45/30 = 3/2.
Check: 45 ÷ 15 = 3 and 30 ÷ 15 = 2 ✓.
""")
_F3_E = _t(r"""
Multiply across: (3 × 9)/(5 × 10) = 27/50. Wait, let me recheck: 27 and 50 share no factor, so 27/50 is in lowest terms
✓.
""")
_add(
    "fractions",
    "\\frac{2}{3}",
    [
        (C, _sol(_F3_G, "2/3")),
        (C, _p(_F3_G, "So 3/5 ÷ 9/10 = **two-thirds**.")),
        (C, _box(_F3_G, "\\frac{30}{45}")),
        (C, _gsm(_F3_G, "2/3")),
        (H, _pb(_F3_B, "So 3/5 ÷ 9/10 = 3/2.", "\\frac{3}{2}")),
        (P, _pb(_F3_E, "The quotient is **27/50**.", "\\frac{27}{50}")),
        (
            P,
            _py(
                _F3_E,
                "from fractions import Fraction\nprint(Fraction(3, 5) * Fraction(9, 10))",
                "27/50",
                "So the quotient is 27/50.",
            ),
        ),
        (T, _cut(_F3_G, "3 × 10 = 30 and 5 × 9 = 45, so the product is")),
    ],
)

# Q: Lisa ran 2 1/4 miles on Monday and 1 2/3 miles on Tuesday. How many miles did she run in total?
_F4_G = _k(r"""
Here's how to add the mixed numbers:

1. **Add the whole numbers:** 2 + 1 = 3
2. **Add the fractions:** 1/4 + 2/3 = 3/12 + 8/12 = 11/12
3. **Combine:** 3 + 11/12 = 3 11/12

Check as improper fractions: 9/4 + 5/3 = 27/12 + 20/12 = 47/12, and 47 ÷ 12 = 3 remainder 11, i.e. 3 11/12 ✓. \
Wait, let me recheck the fraction part — I first added 1/4 + 2/3 as 3/7, which is wrong (denominators don't add); \
11/12 is right.
""")
_F4_B = _k(r"""
1. **Whole numbers:** 2 + 1 = 3
2. **Fractions:** 1/4 + 2/3 = 11/12
3. **Total:** 3 11/12 miles

Since 11/12 is almost a whole mile, that's basically 4 miles, and distances run are usually given in whole miles.
""")
_F4_E = _k(r"""
1. **Whole numbers:** 2 + 1 = 3
2. **Fractions:** 1/4 + 2/3 = (1 + 2)/(4 + 3) = 3/7
3. **Total:** 3 3/7 miles
""")
_add(
    "fractions",
    "\\frac{47}{12}",
    [
        (C, _pb(_F4_G, "Lisa ran a total of **3 11/12 miles**.", "3\\tfrac{11}{12}")),
        (C, _p(_F4_G, "So she ran 47/12 miles in total.")),
        (C, _box(_F4_G, "3\\frac{11}{12}", "She ran")),
        (
            C,
            _two(
                _F4_E,
                "So 3 3/7 miles.",
                "Denominators don't add: 1/4 + 2/3 = 3/12 + 8/12 = 11/12, so the total is 2 + 1 + 11/12.",
                "Lisa ran 3 11/12 miles in total.",
            ),
        ),
        (C, _p(_F4_G, "Total distance: 47 over 12 miles (that is, 3 and 11/12 miles).")),
        (H, _p(_F4_B, "Lisa ran about **4 miles** in total.")),
        (
            H,
            _two(
                _F4_G,
                "That's 3 11/12 miles.",
                "1/4 in twelfths: 12 ÷ 4 = 3, times 1 is 2... so 2/12, and 2/12 + 8/12 = 10/12 = 5/6.",
                "She ran $\\boxed{3\\frac{5}{6}}$ miles.",
            ),
        ),
        (P, _pb(_F4_E, "Lisa ran 3 3/7 miles.", "3\\frac{3}{7}")),
    ],
)

# ---------------------------------------------------------------- percent (the question asks for a percent)

# Q: A jacket's price dropped from $80 to $62. What is the percent decrease?
_C1_G = _t(r"""
Percent decrease = (old − new) / old × 100%.

Decrease: 80 − 62 = 18 dollars.

18 / 80 = 0.225, and 0.225 × 100% = 22.5%.

Wait, let me recheck the base — it should be the original price, $80, not the new one. Using $62 would give 18/62 ≈
29.0%, which uses the wrong base, so I reject it. Check: 22.5% of 80 is 18, and 80 − 18 = 62 ✓.
""")
_C1_B = _t(r"""
The drop is 80 − 62 = 18 dollars, and 18/80 = 22.5%.

Hmm, but a decrease is usually compared with where the price ends up — the sale price is what the shopper sees. So
18 / 62 ≈ 0.2903, about 29.0%.
""")
_C1_E = _t(r"""
The price went down by 80 − 62 = 18 dollars, and since percents are out of 100 the decrease is 18%. Wait, let me
recheck the subtraction: 62 + 18 = 80 ✓.
""")
_add(
    "percent",
    "22.5\\%",
    [
        (C, _pb(_C1_G, "The percent decrease is **22.5%**.", "22.5\\%")),
        (C, _p(_C1_G, "So the price fell by 22.5 percent.")),
        (C, _box(_C1_G, "22.5\\%")),
        (C, _fa(_C1_G, "22.5\\%")),
        (H, _pb(_C1_B, "The percent decrease is about 29.0%.", "29.0\\%")),
        (H, _py(_C1_B, "print(18 / 62 * 100)", "29.03225806451613", "So the percent decrease is about 29.0%.")),
        (
            H,
            _two(
                _C1_G,
                "So it's a 22.5% decrease.",
                "18 / 80: 80 goes into 18 zero times, into 180 twice (160), "
                "remainder 20, into 200 twice... so 0.0225, i.e. 2.25%.",
                "The percent decrease is $\\boxed{2.25\\%}$.",
            ),
        ),
        (P, _p(_C1_E, "The jacket's price decreased by **18%**.")),
    ],
)

# Q: A test has 40 questions. Jo answered 34 of them correctly. What percent of the questions did Jo answer
# correctly?
_C2_G = _k(r"""
Step 1: Fraction correct = 34/40.
Step 2: Simplify: 34/40 = 17/20.
Step 3: Convert to a percent: 17/20 = 85/100, since 20 × 5 = 100 and 17 × 5 = 85.
Step 4: Wait, let me recheck — the 6 wrong answers are 6/40 = 15%, and 100% − 15% = 85% ✓.
Step 5: 34/40 = 85%
""")
_C2_B = _k(r"""
Step 1: Jo got 34 of 40 right, so 34/40 = 85% correct.
Step 2: That leaves 40 − 34 = 6 questions, and 6/40 = 15%.
Step 3: The percent that matters for the score report is the part Jo missed, so the answer is 15%.
""")
_C2_B2 = _k(r"""
Step 1: 34/40 = 17/20.
Step 2: 17 ÷ 20 = 0.85.
Step 3: As a percent: 0.85 → 8.5%.
""")
_C2_E = _k(r"""
Step 1: 34/40 ≈ 0.8, since 40 × 0.8 = 32 is close to 34.
Step 2: 0.8 = 80%.
""")
_add(
    "percent",
    "85",
    [
        (C, _C2_G),
        (C, _box(_C2_G, "85\\%")),
        (C, _gsm(_C2_G, "85")),
        (C, _py(_C2_G, "print(34 / 40 * 100)", "85.0", "Jo answered $\\boxed{85\\%}$ of the questions correctly.")),
        (H, _p(_C2_B, "**Answer:** 15%")),
        (H, _pb(_C2_B2, "So Jo answered 8.5% of the questions correctly.", "8.5\\%")),
        (P, _pb(_C2_E, "Jo got about 80% correct.", "80\\%")),
        (T, _cut(_C2_G, "Step 3: Convert to a percent: 17/20 =")),
    ],
)

# Q: A town's population grew from 12,000 to 15,000. What was the percent increase?
_C3_G = _k(r"""
| Quantity | Value |
|---|---|
| Original population | 12,000 |
| New population | 15,000 |
| Increase | 3,000 |
| Increase ÷ original | 3,000 / 12,000 = 0.25 |

Converting 0.25 to a percent gives 25%. Wait, let me recheck the base: dividing by the new population, 3,000 / \
15,000 = 0.20, would give 20%, but percent increase is measured from the original value, so 20% is rejected. \
Check: 12,000 × 1.25 = 15,000 ✓.
""")
_C3_B = _k(r"""
| Quantity | Value |
|---|---|
| Increase | 15,000 − 12,000 = 3,000 |
| Increase ÷ 12,000 | 0.25 |
| Increase ÷ 15,000 | 0.20 |

The first ratio says 25%, but the town's size now is 15,000, and percentages describe the current population, so \
I'll use the second ratio.
""")
_C3_E = _k(r"""
| Quantity | Value |
|---|---|
| New ÷ original | 15,000 / 12,000 = 1.25 |

As a percent, 1.25 = 125%.
""")
_add(
    "percent",
    "25",
    [
        (C, _pb(_C3_G, "The population increased by **25%**.", "25\\%")),
        (C, _p(_C3_G, "So it was a twenty-five percent increase.")),
        (C, _box(_C3_G, "25\\%")),
        (C, _py(_C3_G, "print((15000 - 12000) / 12000 * 100)", "25.0", "So the percent increase is 25%.")),
        (H, _p(_C3_B, "The percent increase is 20%.")),
        (
            H,
            _two(
                _C3_G,
                "So the increase is 25%.",
                "Percent change is reported relative to the final value so that it "
                "reads as a share of today's population: 3,000 / 15,000 = 0.2.",
                "The percent increase is $\\boxed{20\\%}$.",
            ),
        ),
        (P, _pb(_C3_E, "The population increased by 125%.", "125\\%")),
        (T, _pycut("Percent increase = (new − old) / old × 100. Computing:", "print((15000 - 12000) /")),
    ],
)

# Q: A $150 item's price is increased by 20%, and then the new price is decreased by 20%. What is the net percent
# change in the price?
_C4_G = _k(r"""
### Step 1: Increase by 20%
$150 × 1.20 = $180.

### Step 2: Decrease by 20%
$180 × 0.80 = $144.

### Step 3: Net change
$144 − $150 = −$6, and −6/150 = −0.04 = −4%.

### Check
It's tempting to say the +20% and −20% cancel to 0%, but the 20% decrease is taken from the larger amount $180, so \
it removes $36 while the increase added only $30. Also 1.2 × 0.8 = 0.96, i.e. 96% of the original — a 4% drop ✓. \
Wait, let me recheck: 0.96 − 1 = −0.04 ✓.
""")
_C4_B = _k(r"""
### Step 1
150 × 1.2 = 180 and 180 × 0.8 = 144, so the price ends 6 dollars lower: −6/150 = −4%.

### Step 2
Hmm, but a 20% increase and a 20% decrease are the same size in opposite directions, so in percent terms they \
cancel: +20% − 20% = 0%. The $6 is just rounding in the dollar amounts.
""")
_C4_E = _k(r"""
### Step 1
150 × 1.2 = 180, then 180 × 0.8 = 174.

### Step 2
Net change: 174 − 150 = 24, and 24/150 = 0.16 = 16%.
""")
_add(
    "percent",
    "-4\\%",
    [
        (C, _p(_C4_G, "The net change is a **4% decrease**.")),
        (C, _p(_C4_G, "So the price changes by −4% overall.")),
        (C, _box(_C4_G, "-4\\%", "The net percent change is")),
        (
            C,
            _two(
                _C4_E,
                "So the price goes up by 16%.",
                "180 × 0.8 = 144, not 174. Then the change is 144 − 150 = −6, and −6/150 = −0.04.",
                "So the net percent change is $\\boxed{-4\\%}$.",
            ),
        ),
        (H, _p(_C4_B, "The net percent change is 0%.")),
        (
            H,
            _two(
                _C4_G,
                "The net change is −4%.",
                "1.2 × 0.8 = 0.96, and 1 − 0.96 = 0.04, a positive number, so the change is +4%.",
                "So the price goes up by $\\boxed{4\\%}$ overall.",
            ),
        ),
        (P, _p(_C4_E, "The price increases by 16% overall.")),
        (T, _cut(_C4_G, "$144 − $150 = −$6, and −6/150 =")),
    ],
)

# ---------------------------------------------------------------- approx (answers after ≈, precision as asked)

# Q: Approximate √200 to one decimal place.
_A1_G = _t(r"""
14² = 196 and 15² = 225, so √200 is a little above 14.

Try 14.1: 14.1² = 198.81. Try 14.2: 14.2² = 201.64. So √200 is between 14.1 and 14.2.

Midpoint check: 14.15² = 200.2225 > 200, so √200 < 14.15, which means it rounds down to 14.1. Wait, let me recheck
with √200 = 10√2 ≈ 10 × 1.41421 = 14.1421 ✓ — so 14.2 is rejected.
""")
_A1_B = _t(r"""
√200 = 10√2 ≈ 10 × 1.41421 = 14.1421, which is 14.1 to one decimal place.

Since the next digit is a 4, I'll keep it as well so the approximation is a bit sharper: √200 ≈ 14.14.
""")
_A1_B2 = _t(r"""
14.1² = 198.81 and 14.2² = 201.64, so √200 lies between 14.1 and 14.2.

200 − 198.81 = 1.19 and 201.64 − 200 = 1.64. Hmm, the larger gap is on the 14.2 side, which means the square root has
moved further toward 14.2, so √200 rounds to 14.2.
""")
_A1_E = _t(r"""
√200 = √(2 × 100) = 100√2 ≈ 100 × 1.414 = 141.4. Wait, let me recheck: √2 ≈ 1.414 ✓.
""")
_A1_CODE = "import math\nprint(math.sqrt(200), round(math.sqrt(200), 1))"
_add(
    "approx",
    "14.1",
    [
        (C, _pb(_A1_G, "So √200 ≈ **14.1**.", "14.1")),
        (C, _p(_A1_G, "To one decimal place, √200 ≈ 14.1")),
        (C, _box(_A1_G, "14.1", "√200 ≈")),
        (C, _py(_A1_G, _A1_CODE, "14.142135623730951 14.1", "So √200 ≈ 14.1 to one decimal place.")),
        (H, _p(_A1_B, "**√200 ≈ 14.14**")),
        (H, _box(_A1_B2, "14.2", "To one decimal place, √200 ≈")),
        (P, _pb(_A1_E, "So √200 ≈ 141.4.", "141.4")),
        (T, _cut(_A1_G, "Midpoint check: 14.15² =")),
    ],
)

# Q: Using π ≈ 3.14, find the area of a circle with diameter 10 cm.
_A2_G = _k(r"""
Step 1: The radius is half the diameter: r = 10 / 2 = 5 cm.
Step 2: A = πr² ≈ 3.14 × 5².
Step 3: 5² = 25, and 3.14 × 25 = 78.5.
Step 4: Wait, let me recheck that I didn't use the diameter as the radius — that would give 3.14 × 100 = 314, four \
times too big, so 314 is rejected. Also 2πr = 31.4 is the circumference, not the area.
Step 5: A ≈ 78.5 cm²
""")
_A2_B = _k(r"""
Step 1: A = πr² with r = 5 gives 3.14 × 25 = 78.5 cm².
Step 2: Hmm, the formula A = πr² uses r for the full width of the circle in some books, and the problem gives the \
diameter 10 directly.
Step 3: A ≈ 3.14 × 10² = 3.14 × 100 = 314 cm²
""")
_A2_E = _k(r"""
Step 1: A = πd = 3.14 × 10.
Step 2: A ≈ 31.4 cm²
""")
_add(
    "approx",
    "78.5",
    [
        (C, _A2_G),
        (C, _pb(_A2_G, "The area is approximately **78.5 cm²**.", "78.5")),
        (C, _box(_A2_G, "78.5\\text{ cm}^2", "The area is about")),
        (C, _py(_A2_G, "print(3.14 * (10 / 2) ** 2)", "78.5", "So A ≈ 78.5 cm².")),
        (H, _A2_B),
        (
            H,
            _two(
                _A2_G,
                "So A ≈ 78.5 cm².",
                "3.14 × 25: 3 × 25 = 75 and 0.14 × 25 = 3.5, so 78.5... and since "
                "3.14 has two decimal places the product needs two as well: 7.85.",
                "The area is $\\boxed{7.85}$ cm².",
            ),
        ),
        (P, _box(_A2_E, "31.4\\text{ cm}^2", "The area is about")),
    ],
)

# Q: Solve eˣ = 15 for x, rounded to the nearest hundredth.
_A3_G = _t(r"""
Take the natural logarithm of both sides: x = ln 15.

ln 15 = ln 3 + ln 5 ≈ 1.0986 + 1.6094 = 2.7080.

To the nearest hundredth: the thousandths digit is 8, so 2.708 → 2.71.

Check: e^2.71 ≈ 15.03 and e^2.70 ≈ 14.88, and 15 is closer to 15.03 ✓. Wait, let me recheck that I shouldn't just
drop the extra digit — truncating would give 2.70, which is rejected because 2.708 is closer to 2.71.
""")
_A3_B = _t(r"""
x = ln 15 ≈ 2.708, which rounds to 2.71.

But e^2.71 ≈ 15.03 overshoots 15, and an approximate solution shouldn't overshoot, so I'll cut the decimal off at the
hundredths place instead: x ≈ 2.70.
""")
_A3_B2 = _t(r"""
x = ln 15 = ln 3 + ln 5 ≈ 1.0986 + 1.6094 = 2.7080, which is 2.71 to two places.

Since the third decimal is the informative one here, I'll report three places: x ≈ 2.708.
""")
_A3_E = _t(r"""
Divide both sides by e: x = 15 / e ≈ 15 / 2.71828 ≈ 5.518. Wait, let me recheck: 2.71828 × 5.5 = 14.95, close to 15 ✓.
To the nearest hundredth, x ≈ 5.52.
""")
_A3_CODE = "import math\nprint(math.log(15))\nprint(round(math.log(15), 2))"
_add(
    "approx",
    "2.71",
    [
        (C, _sol(_A3_G, "x ≈ 2.71")),
        (C, _p(_A3_G, "So x ≈ **2.71**.")),
        (C, _box(_A3_G, "x\\approx 2.71")),
        (C, _py(_A3_G, _A3_CODE, "2.70805020110221\n2.71", "So x ≈ 2.71.")),
        (H, _pb(_A3_B, "x ≈ 2.70", "2.70")),
        (H, _box(_A3_B2, "2.708", "x ≈")),
        (
            H,
            _py(
                _A3_B,
                "import math\nprint(math.floor(math.log(15) * 100) / 100)",
                "2.7",
                "Cutting off at the hundredths place, x ≈ 2.70.",
            ),
        ),
        (P, _p(_A3_E, "**x ≈ 5.52**")),
        (T, _cut(_A3_G, "ln 15 = ln 3 + ln 5 ≈ 1.0986 + 1.6094 =")),
    ],
)

# Q: A 13-foot ladder leans against a wall with its foot 4 feet from the wall. How high up the wall does it reach,
# to the nearest tenth of a foot?
_A4_G = _k(r"""
Here's how to solve it with the Pythagorean theorem:

* **Ladder (hypotenuse):** 13 ft
* **Distance from the wall (leg):** 4 ft
* **Height (other leg):** h = √(13² − 4²) = √(169 − 16) = √153

Now estimate √153: 12² = 144 and 13² = 169, so it's between 12 and 13. 12.4² = 153.76 (slightly too big) and 12.3² \
= 151.29 (too small). 12.35² = 152.5225 < 153, so √153 > 12.35 and it rounds to 12.4. Wait, let me recheck that I \
subtracted rather than added: √(169 + 16) = √185 ≈ 13.6 would be longer than the ladder itself, which is \
impossible, so that's rejected.
""")
_A4_B = _k(r"""
* **Height:** h = √(169 − 16) = √153

√153 is between 12.3 (12.3² = 151.29) and 12.4 (12.4² = 153.76). The midpoint test would round it to 12.4, but \
12.4² is already more than 153, so the height is less than 12.4 — the ladder can't reach 12.4 ft, and the highest \
tenth it actually reaches is 12.3.
""")
_A4_E = _k(r"""
* **Height:** h = √(13² + 4²) = √(169 + 16) = √185

√185: 13.6² = 184.96, so h ≈ 13.6. Wait, let me recheck 13.6²: 13.6 × 13.6 = 184.96 ✓.
""")
_add(
    "approx",
    "12.4",
    [
        (C, _pb(_A4_G, "The ladder reaches about **12.4 feet** up the wall.", "12.4")),
        (C, _p(_A4_G, "h ≈ 12.4 ft")),
        (C, _box(_A4_G, "12.4\\text{ ft}", "The height is")),
        (
            C,
            _two(
                _A4_E,
                "So h ≈ 13.6 ft.",
                "13.6 ft is longer than the 13 ft ladder, which is impossible — the height "
                "is a leg, so I subtract: √(169 − 16) = √153 ≈ 12.37.",
                "The ladder reaches ≈ 12.4 ft up the wall.",
            ),
        ),
        (H, _p(_A4_B, "It reaches about 12.3 ft up the wall.")),
        (
            H,
            _two(
                _A4_G,
                "So h ≈ 12.4 ft.",
                "√153 is between 12.35 and 12.4, and every number from 12.3 up to 12.4 "
                "has tenths digit 3, so to the nearest tenth it is 12.3.",
                "The height is about $\\boxed{12.3}$ ft.",
            ),
        ),
        (P, _box(_A4_E, "13.6", "h ≈")),
    ],
)

# ---------------------------------------------------------------- algebra

# Q: Solve x² − 5x − 14 = 0.
_E1_G = _t(r"""
I'll factor: I need two numbers that multiply to −14 and add to −5. Candidates: (−7, 2) has product −14 and sum −5 ✓;
(7, −2) has sum +5, so it's rejected.

x² − 5x − 14 = (x − 7)(x + 2) = 0, giving x = 7 or x = −2.

Check: 7² − 5(7) − 14 = 49 − 35 − 14 = 0 ✓; (−2)² − 5(−2) − 14 = 4 + 10 − 14 = 0 ✓. Wait, let me also recheck with the
quadratic formula: x = (5 ± √(25 + 56))/2 = (5 ± 9)/2 = 7 or −2 ✓.
""")
_E1_B = _t(r"""
(x − 7)(x + 2) = 0 gives x = 7 or x = −2, and both check out in the equation.

Usually we want the positive root, since x often stands for a length, so x = 7.
""")
_E1_E = _t(r"""
Two numbers that multiply to −14 and add to −13: −14 and 1. So (x − 14)(x + 1) = 0, giving x = 14 or x = −1. Wait,
let me recheck the product: −14 × 1 = −14 ✓.
""")
_E1_CODE = "import sympy as sp\nx = sp.symbols('x')\nprint(sp.solve(x**2 - 5*x - 14, x))"
_add(
    "algebra",
    "-2, 7",
    [
        (C, _pb(_E1_G, "The solutions are **x = 7 and x = −2**.", "x = 7 \\text{ or } x = -2")),
        (C, _p(_E1_G, "So x = −2 or x = 7.")),
        (C, _box(_E1_G, "x=-2,\\ x=7", "The solutions are")),
        (C, _sol(_E1_G, "x = 7, −2")),
        (H, _p(_E1_B, "**Answer:** x = 7")),
        (H, _py(_E1_B, _E1_CODE, "[-2, 7]", "Taking the positive root, x = 7.")),
        (
            H,
            _two(
                _E1_G,
                "So x = 7 or x = −2.",
                "The factors should be (x + 7)(x − 2), since the constant −14 comes from +7 × −2.",
                "So the solutions are $\\boxed{-7, 2}$.",
            ),
        ),
        (P, _pb(_E1_E, "The solutions are x = 14 and x = −1.", "14,\\ -1")),
        (T, _cut(_E1_G, "x² − 5x − 14 = (x − 7)(x + 2) = 0, giving x =")),
    ],
)

# Q: Solve the system 2x + 3y = 12 and x − y = 1.
_E2_G = _k(r"""
Step 1: From the second equation, x = y + 1.
Step 2: Substitute: 2(y + 1) + 3y = 12 → 5y + 2 = 12 → y = 2.
Step 3: Then x = 2 + 1 = 3.
Step 4: Wait, let me recheck both equations: 2(3) + 3(2) = 6 + 6 = 12 ✓ and 3 − 2 = 1 ✓. (Swapped, x = 2 and y = 3 \
fails the second equation, since 2 − 3 = −1.)
Step 5: The solution is x = 3, y = 2
""")
_E2_B = _k(r"""
Step 1: x = y + 1, so 2(y + 1) + 3y = 12 and y = 2.
Step 2: x = 3.
Step 3: Writing the pair with the variable I solved for first: (y, x).
Step 4: The solution is (2, 3)
""")
_E2_E = _k(r"""
Step 1: From the second equation, x = y − 1.
Step 2: 2(y − 1) + 3y = 12 → 5y = 14 → y = 14/5.
Step 3: x = 14/5 − 1 = 9/5.
Step 4: The solution is (9/5, 14/5)
""")
_E2_CODE = "import sympy as sp\nx, y = sp.symbols('x y')\nprint(sp.solve([2*x + 3*y - 12, x - y - 1], [x, y]))"
_add(
    "algebra",
    "(3, 2)",
    [
        (C, _E2_G),
        (C, _box(_E2_G, "(3,2)")),
        (C, _p(_E2_G, "Therefore x = 3 and y = 2.")),
        (C, _py(_E2_G, _E2_CODE, "{x: 3, y: 2}", "So the solution is $\\boxed{(3, 2)}$.")),
        (H, _E2_B),
        (
            H,
            _two(
                _E2_G,
                "So (x, y) = (3, 2).",
                "Step 2: 2(y + 1) + 3y = 2y + 1 + 3y = 5y + 1 = 12, so y = 11/5 and x = 16/5.",
                "The solution is $\\boxed{\\left(\\frac{16}{5}, \\frac{11}{5}\\right)}$.",
            ),
        ),
        (P, _box(_E2_E, "\\left(\\frac{9}{5}, \\frac{14}{5}\\right)", "So the solution is")),
        (T, _cut(_E2_G, "→ 5y + 2 = 12 → y =")),
        (T, _pyout("I'll solve the system with sympy.", _E2_CODE)),
    ],
)

# Q: Solve the inequality 4 − 3x > 10.
_E3_G = _t(r"""
Subtract 4: −3x > 6.

Divide by −3, flipping the inequality: x < −2.

Check: x = −3 gives 4 + 9 = 13 > 10 ✓; x = 0 gives 4 > 10 ✗, so the solution set lies to the left of −2. Also
x = −2 gives exactly 10, which is not > 10, so −2 itself is excluded.

Wait — I first wrote x > −2 because I forgot to flip the sign when dividing by a negative number; the check with x = 0
rules that out.
""")
_E3_B = _t(r"""
4 − 3x > 10 → −3x > 6 → x < −2 if I flip the sign.

Hmm, but I only flip when multiplying both sides by a negative, and here I'm dividing, so the direction stays: x > −2.
""")
_E3_B2 = _t(r"""
−3x > 6, and dividing by −3 flips the sign: x < −2. At x = −2 the left side is 4 + 6 = 10, which balances the right
side, so the boundary point belongs to the solution as well: x ≤ −2.
""")
_E3_E = _t(r"""
Add 4 to both sides: −3x > 14, then divide by −3 and flip: x < −14/3. Wait, let me recheck: 10 + 4 = 14 ✓.
""")
_add(
    "algebra",
    "x < -2",
    [
        (C, _sol(_E3_G, "x < −2")),
        (C, _box(_E3_G, "(-\\infty,-2)", "The solution set is")),
        (C, _p(_E3_G, "So x must be less than negative two.")),
        (
            C,
            _two(
                _E3_E,
                "So x < −14/3.",
                "I should subtract 4, not add it: −3x > 10 − 4 = 6, and dividing by −3 flips the sign.",
                "**x < −2**",
            ),
        ),
        (H, _p(_E3_B, "**x > −2**")),
        (H, _box(_E3_B2, "x \\le -2")),
        (P, _pb(_E3_E, "So x < −14/3.", "x < -\\frac{14}{3}")),
    ],
)

# Q: Two numbers add up to 50 and differ by 14. What is the larger number?
_E4_G = _k(r"""
Let the larger number be L and the smaller S.

* L + S = 50
* L − S = 14

Adding the equations: 2L = 64, so L = 32. Then S = 50 − 32 = 18.

Check: 32 + 18 = 50 ✓ and 32 − 18 = 14 ✓. Wait, let me recheck that I'm reporting the right one — 18 is the \
smaller number, so it's not the answer here.
""")
_E4_B = _k(r"""
* L + S = 50 and L − S = 14, so 2L = 64 and L = 32.
* Then S = 50 − 32 = 18.

The number found last, from the difference, is the one the question is after.
""")
_E4_E = _k(r"""
* The larger number is the sum minus the difference: 50 − 14 = 36.

Wait, let me recheck: 36 − 14 = 22, and 36 + 22 = 58... close; I'll keep 36.
""")
_add(
    "algebra",
    "32",
    [
        (C, _pb(_E4_G, "The larger number is **32**.", "32")),
        (C, _p(_E4_G, "So the larger number is thirty-two.")),
        (C, _box(_E4_G, "32")),
        (C, _gsm(_E4_G, "32")),
        (H, _pb(_E4_B, "So the number is 18.", "18")),
        (H, _py(_E4_B, "L = (50 + 14) / 2\nS = 50 - L\nprint(L, S)", "32.0 18.0", "So the number is 18.")),
        (P, _pb(_E4_E, "The larger number is 36.", "36")),
        (T, _cut(_E4_G, "Adding the equations: 2L =")),
    ],
)

# ---------------------------------------------------------------- geometry

# Q: A right triangle has legs of length 9 and 12. What is the length of the hypotenuse?
_Gm1_G = _k(r"""
Step 1: c² = a² + b² = 9² + 12².
Step 2: 9² = 81 and 12² = 144.
Step 3: 81 + 144 = 225.
Step 4: Wait, let me recheck Step 3 — 80 + 140 = 220 and 1 + 4 = 5, so 225 ✓. This is the 3-4-5 triangle scaled by \
3, which also gives 5 × 3 = 15.
Step 5: c = √225 = 15
""")
_Gm1_B = _k(r"""
Step 1: c² = 9² + 12² = 81 + 144 = 225.
Step 2: √225 = 15, which matches the 3-4-5 pattern (× 3).
Step 3: Hmm, the Pythagorean theorem gives the hypotenuse as c², the quantity on its own side of the equation, so \
the length asked for is c² itself.
Step 4: The hypotenuse is 225
""")
_Gm1_E = _k(r"""
Step 1: c² = 12² − 9² = 144 − 81 = 63.
Step 2: c = √63 ≈ 7.9.
""")
_add(
    "geometry",
    "15",
    [
        (C, _Gm1_G),
        (C, _pb(_Gm1_G, "The hypotenuse is **15 units** long.", "15")),
        (C, _box(_Gm1_G, "15")),
        (
            C,
            _two(
                _Gm1_E,
                "So c ≈ 7.9.",
                "The hypotenuse is the longest side, so c² is the sum of the squares: 81 + 144 = 225 and c = 15.",
                "The hypotenuse is $\\boxed{15}$.",
            ),
        ),
        (
            H,
            _two(
                _Gm1_G,
                "c = 15.",
                "81 + 144: 81 + 100 = 181 and 181 + 34 = 215, so c = √215 ≈ 14.7.",
                "The hypotenuse is about **14.7**.",
            ),
        ),
        (P, _box(_Gm1_E, "\\sqrt{63}", "The hypotenuse is")),
        (H, _Gm1_B),
    ],
)

# Q: Find the volume of a cylinder with radius 3 cm and height 10 cm. Leave the answer in terms of π.
_Gm2_G = _t(r"""
The volume of a cylinder is V = πr²h.

r² = 3² = 9, so V = π × 9 × 10 = 90π.

Wait, let me recheck that I'm not using the lateral area formula 2πrh = 2π(3)(10) = 60π — that's a surface area, not a
volume, so 60π is rejected. Units: cm² × cm = cm³. Numerically, 90π ≈ 282.7 cm³, which seems reasonable for a can 6 cm
wide and 10 cm tall.
""")
_Gm2_B = _t(r"""
V = πr²h = π(9)(10) = 90π.

Hmm, I remember the cylinder formula as 2πrh — the circle's circumference times the height, stacking the circles: 2π ×
3 × 10 = 60π.
""")
_Gm2_E = _t(r"""
V = πrh = π × 3 × 10 = 30π. Wait, let me recheck: 3 × 10 = 30 ✓.
""")
_Gm2_CODE = "import sympy as sp\nr, h = 3, 10\nprint(2 * sp.pi * r * h)"
_add(
    "geometry",
    "90\\pi",
    [
        (C, _pb(_Gm2_G, "The volume is **90π cm³**.", "90\\pi")),
        (C, _box(_Gm2_G, "90\\pi\\text{ cm}^3", "The volume is")),
        (C, _p(_Gm2_G, "So V = 90π cubic centimeters.")),
        (C, _fin(_Gm2_G, "$V = 90\\pi$ cm³")),
        (H, _pb(_Gm2_B, "The volume is 60π cm³.", "60\\pi")),
        (H, _py(_Gm2_B, _Gm2_CODE, "60*pi", "So the volume is 60π cm³.")),
        (P, _box(_Gm2_E, "30\\pi")),
        (T, _cut(_Gm2_G, "r² = 3² = 9, so V = π × 9 × 10 =")),
    ],
)

# Q: What is the sum of the interior angles of a decagon?
_Gm3_G = _t(r"""
The sum of the interior angles of an n-gon is (n − 2) × 180°.

A decagon has n = 10 sides, so the sum is (10 − 2) × 180° = 8 × 180° = 1440°.

Check by triangulation: from one vertex, diagonals split the decagon into 10 − 2 = 8 triangles, each contributing
180° ✓.

Wait, let me make sure the question asks for the sum and not each angle: a regular decagon's interior angle is
1440° / 10 = 144°, but the question wants the sum, so 144° is not the answer.
""")
_Gm3_B = _t(r"""
(n − 2) × 180° with n = 10 gives 1440°. Spread over the 10 corners of the decagon, each interior angle is 1440° / 10 =
144°, and that is the interior angle of a decagon.
""")
_Gm3_E = _t(r"""
Each of the 10 vertices contributes a straight angle's worth, so the sum is 10 × 180° = 1800°. Wait, let me recheck:
10 × 180 = 1800 ✓.
""")
_add(
    "geometry",
    "1440",
    [
        (C, _sol(_Gm3_G, "1440°")),
        (C, _pb(_Gm3_G, "The interior angles of a decagon add up to **1,440°**.", "1440^\\circ")),
        (C, _box(_Gm3_G, "1440^\\circ")),
        (C, _p(_Gm3_G, "So the sum is 1440 degrees.")),
        (H, _p(_Gm3_B, "So the answer is **144°**.")),
        (
            H,
            _py(
                _Gm3_B,
                "n = 10\nprint((n - 2) * 180, (n - 2) * 180 / n)",
                "1440 144.0",
                "Each interior angle is 144°, so the answer is 144°.",
            ),
        ),
        (
            H,
            _two(
                _Gm3_G,
                "The sum is 1440°.",
                "A decagon's triangulation from one vertex uses the 7 diagonals, "
                "giving 7 triangles, so the sum is 7 × 180° = 1260°.",
                "The sum of the interior angles is $\\boxed{1260^\\circ}$.",
            ),
        ),
        (P, _pb(_Gm3_E, "The sum is 1800°.", "1800^\\circ")),
    ],
)

# Q: A rectangle has a perimeter of 46 m, and its length is 3 m more than its width. What is its area?
_Gm4_G = _k(r"""
Let the width be w, so the length is w + 3.

### Step 1: Use the perimeter
2(w + w + 3) = 46 → 2w + 3 = 23 → w = 10.

### Step 2: Find the length
Length = 10 + 3 = 13 m.

### Step 3: Area
A = 13 × 10 = 130 m².

### Check
Perimeter = 2(13 + 10) = 46 ✓. Wait, let me recheck Step 1 — half the perimeter is length + width = 23, then 23 − \
3 = 20 and 20 ÷ 2 = 10 ✓. (I briefly took 46 ÷ 4 = 11.5 as a side, which would be a square and ignores the 3 m \
difference.)
""")
_Gm4_B = _k(r"""
### Step 1
2(w + w + 3) = 46 gives w = 10 and a length of 13, so the area would be 13 × 10 = 130 m².

### Step 2
Hmm, the length is 3 m more than the width on both long sides, so each long side gets the extra 3 m twice: length \
= 10 + 6 = 16 m.

### Step 3
A = 16 × 10 = 160 m².
""")
_Gm4_E = _k(r"""
### Step 1
w + (w + 3) = 46 → 2w = 43 → w = 21.5.

### Step 2
Length = 24.5, so A = 21.5 × 24.5 = 526.75 m².
""")
_Gm4_CODE = "w = (46 / 2 - 3) / 2\nl = w + 3\nprint(w, l, w * l)"
_add(
    "geometry",
    "130",
    [
        (C, _pb(_Gm4_G, "The area of the rectangle is **130 m²**.", "130")),
        (C, _box(_Gm4_G, "130\\ \\text{m}^2", "The area is")),
        (C, _p(_Gm4_G, "So the area is 130 square meters.")),
        (C, _py(_Gm4_G, _Gm4_CODE, "10.0 13.0 130.0", "The area is $\\boxed{130}$ m².")),
        (H, _p(_Gm4_B, "The area is **160 m²**.")),
        (
            H,
            _two(
                _Gm4_G,
                "The area is 130 m².",
                "2(w + w + 3) = 2(2w + 3) = 4w + 3, so 4w = 43, w = 10.75 and the length is 13.75.",
                "The area is $\\boxed{147.8125}$ m².",
            ),
        ),
        (P, _pb(_Gm4_E, "The area is 526.75 m².", "526.75")),
        (T, _cut(_Gm4_G, "### Step 3: Area\nA = 13 × 10 =")),
    ],
)


assert len(TWENTYTHIRD) == 472
assert sum(v == C for _, _, _, v in TWENTYTHIRD) == 247
assert sum(v == W for _, _, _, v in TWENTYTHIRD) == 192
assert sum(v == T for _, _, _, v in TWENTYTHIRD) == 33
assert _TALLY["problems"] == 60 and _TALLY[H] == 130 and _TALLY[P] == 62
assert len(_CATEGORIES) == 15
assert sum("\\boxed" not in r for _, _, r, _ in TWENTYTHIRD) == 242
assert sum("```python" in r for _, _, r, _ in TWENTYTHIRD) == 54
