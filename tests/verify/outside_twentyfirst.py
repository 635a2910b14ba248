"""TWENTYFIRST: a held-out batch of labelled answer-verification pairs in long chain-of-thought styles.

Written on 2026-12-03 by a helper session (branch h/batch21) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style), and without running longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (python and sympy used by hand to check the arithmetic only); pairs a reasonable
grader could label either way were left out (no bare 0.33 for 1/3, no rounding unless the question asks for it,
no answer in a unit other than the one asked for, no ratio written as a fraction). Committed before any grading
run, so its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, checks, false starts ("Wait, let me
recheck") and rejected candidates, then one of these endings: a closing sentence with `\\boxed{}`, "The answer is
...", a bold "**Answer:** ..." label, Minerva "Final Answer: The final answer is $x$. I hope it is correct.",
Gemini-style markdown "**Final Answer:** x" as the last line, GSM8K `#### x`, a closing prose sentence, the answer
bolded inside a closing sentence ("So the final answer is **$x$**."), a display box followed by a remark without
numbers, "**Final Answer**" with a `\\[\\boxed{}\\]` display, and Chinese closes (boxed "综上，答案是 $\\boxed{..}$。"
and unboxed "所以答案是 ...。"). Some answers are plain text outside math (`~` in the builders): names, days of the
week, "odd", "No", "(B) 12", "2:45 pm", and one money answer written with a bare dollar sign ("The answer is
$1,157.63.").
Answer forms: units with `\\text{}` and `\\mathrm{}` (`25\\text{ m/s}`, `25\\,\\mathrm{m}\\,\\mathrm{s}^{-1}`,
`2.7\\times10^{3}\\text{ kg/m}^3`, `6{,}000\\ \\text{cm}^2`), money (`\\$1,157.63`, `\\$1{,}157.63`, `\\$.75`,
`375.00`), ratios (`3:5`, `3 \\colon 5`, `4\\mathbin{:}9`, `8:12:15`, `a:b:c=8:12:15`), clock times and durations
(`2:45\\text{ PM}` against `14:45`, `6\\text{ p.m.}` and `18:00`; `3\\text{ h }20\\text{ min}` against `200\\text{
minutes}` and `3\\tfrac{1}{3}\\text{ hours}`; clock angles `172\\frac{1}{2}^\\circ`), mixed numbers against
improper fractions and repeating decimals (`2.\\overline{3}`, `2.\\overline{6}`, `4+\\frac{7}{12}`), radicals
(nested `\\sqrt{3+2\\sqrt{2}}` forms, `\\sqrt{75}` and the unrationalized `\\frac{15}{\\sqrt{3}}` for `5\\sqrt{3}`,
`2-3^{1/2}`), logarithms (`\\log_2 5` against `\\frac{\\ln 5}{\\ln 2}`, `\\frac{\\log 5}{\\log 2}`, `\\log_{2}(5)`;
`\\ln 3` against `\\frac{1}{2}\\ln 9` and `\\log_e 3`), polar and rectangular points, intervals and inequalities
(`-1<x<4`, `\\{x : -1 < x < 4\\}`, `\\mathbb{R}\\setminus(2,3)`, `[-2, 3) U (3, oo)`), lines in slope-intercept,
general, point-slope and scaled forms (`y=2x+3` against `2x-y+3=0`, `y-5=2(x-1)`, `4x+2y-6=0`), circles in
standard and expanded forms, functions (`f^{-1}(x)=...`, `x(x+1)`, `2(x^2+1)-1`, `f(x) = 3(x-1)+5`), text answers,
choice letters with and without their values (`\\text{(B) } 12`, `\\textbf{(D)}`, `E`), base-n numbers (`1333_6`,
`(10010)_2`, `675_{10}`), and probabilities as fractions, repeating decimals (`0.13\\overline{8}`), percents where
the question asks a percent, and decimals rounded where the question asks for rounding.
About two thirds of the negatives are hard, with the gold in the text (an intermediate, a rejected candidate, an
earlier box later overruled) while the final answer differs slightly: a unit factor (250 or 324 for 25 m/s, 27
and 27000 for 2700 kg/m^3, 60 cm^2), 2.30 hours for 2 h 30 min, a cent rounded down, interest for balance, a
swapped ratio (5:3), 9:4, 2:3 for an area ratio, AM for PM, 3.2 hours for 3 h 20 min, 187.5 for 172.5 degrees,
2\\frac{2}{3} for 2\\frac{1}{3}, \\sqrt{2}-1 and \\sqrt{3}-2 for the principal roots, \\frac{\\ln 2}{\\ln 5} and
\\log_5 2 for \\log_2 5, \\frac{\\ln 3}{2}, an inverted change of base, an extra root (`x=4 \\text{ or } x=-2`,
`9, -11`), 5\\pi/3 for 2\\pi/3, a swapped point, closed for open endpoints, y=2x-3, 3x+2y=12, r^2 for r, a
diameter squared, g\\circ f for f\\circ g, the wrong option letter, reversed base digits (3331_6, 01001_2), 0.30
for 0.31, and 2/221 for 1/221.
Each problem has one worked reasoning (`_X_G`, reaching the gold), usually one flawed reasoning with the gold in
it (`_X_B`, once a second `_X_B2`) and one flawed reasoning without it (`_X_E`); `_two` appends an earlier box and
a recheck (`_X_FIX` turns a wrong box into the gold, an inline recheck turns a right box into a wrong answer), and
`_half` keeps the first paragraphs of a reasoning and stops mid-computation or mid-sentence. Rows are added per
problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`. The question itself is not
part of the row; the comment above each problem states it.
63 problems in 16 categories (units, money, ratios, time, mixed, radicals, logarithms, points, intervals, lines,
circles, functions, text, choice, base_n, probability; 4 problems each, 3 for circles); 465 rows: 243 correct,
191 incorrect, 31 truncated. Of the 191 negatives, 128 are hard (built on a flawed reasoning that holds the gold,
or on a right box later overruled by a wrong answer) and 63 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYFIRST: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYFIRST.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _m(a: str) -> str:
    """An answer shown in prose: in `$...$`, or as plain text when it starts with `~`."""
    return a[1:] if a.startswith("~") else "$" + a + "$"


def _box(r: str, a: str) -> str:
    """A closing sentence with `\\boxed{}`."""
    return r + "\n\nTherefore, the final answer is $\\boxed{" + a + "}$."


def _ans(r: str, a: str) -> str:
    """`The answer is ...` with no box."""
    return r + "\n\nThe answer is " + _m(a) + "."


def _bans(r: str, a: str) -> str:
    """A bold `**Answer:**` label, the answer after it."""
    return r + "\n\n**Answer:** " + _m(a)


def _minerva(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $x$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is " + _m(a) + ". I hope it is correct."


def _gem(r: str, a: str) -> str:
    """Gemini-style markdown: `**Final Answer:** x` as the last line."""
    return r + "\n\n**Final Answer:** " + _m(a)


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _prose(r: str, a: str) -> str:
    """A closing prose sentence, no box and no label."""
    return r + "\n\nPutting everything together, the answer to the question is " + _m(a) + "."


def _bold(r: str, a: str) -> str:
    """The answer bolded inside a closing sentence."""
    return r + "\n\nSo the final answer is **" + _m(a) + "**."


def _boxrem(r: str, a: str) -> str:
    """A display box followed by a remark without numbers."""
    return r + "\n\n$$\\boxed{" + a + "}$$\n\nIf you like, I can also show a shorter way to see this."


def _zh(r: str, a: str) -> str:
    """Chinese close with a box: `综上，答案是 $\\boxed{..}$。`"""
    return r + "\n\n综上，答案是 $\\boxed{" + a + "}$。"


def _zhp(r: str, a: str) -> str:
    """Chinese close without a box: `所以答案是 ...。`"""
    return r + "\n\n验算无误。所以答案是 " + _m(a) + "。"


def _disp(r: str, a: str) -> str:
    """`**Final Answer**` then a display box on its own lines."""
    return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _two(r: str, first: str, recheck: str, end, final: str) -> str:
    """An earlier box, a recheck paragraph, then a different ending that states the last answer."""
    return end(r + "\n\nSo the answer is $\\boxed{" + first + "}$.\n\nWait, let me recheck that. " + recheck, final)


def _half(r: str, n: int, tail: str = "") -> str:
    """The first n paragraphs of a reasoning, then a tail that stops before any final answer."""
    return "\n\n".join(r.split("\n\n")[:n]) + tail


# ---------------------------------------------------------------- units
# Q: A car travels 270 km in 3 hours at a constant speed. What is its speed in meters per second?
_U1_G = _t(r"""
The car covers 270 km in 3 hours, so its speed is 270/3 = 90 km/h. The question wants meters per second, so both
the distance unit and the time unit have to change.

One kilometer is 1000 m and one hour is 3600 s, so 90 km/h = 90 \cdot 1000 / 3600 m/s = 90000/3600 m/s. Wait, which
way does the factor 3.6 go? Multiplying would give 324, far too fast for a car, so I divide: 90/3.6 = 25.

Check: at 25 m/s for 3 hours = 10800 s the car covers 25 \cdot 10800 = 270000 m = 270 km. That matches.
""")
_U1_B = _t(r"""
Speed = 270/3 = 90 km/h. In meters that is 90 \cdot 1000 = 90000 m every hour.

Dividing by 3600 s gives 25. Hmm, but an hour is 60 minutes and I keep mixing up the seconds; let me count it as
60 \cdot 6 = 360 tenths of a minute... so the rate per second is 90000/360 = 250 m/s.

Rechecking the digits: 360 \cdot 250 = 90000. Yes.
""")
_U1_E = _t(r"""
Speed = distance / time = 270/3 = 90 km/h.

To turn km/h into m/s I multiply by 3.6: 90 \cdot 3.6 = 324. So the speed is 324 m/s.
""")
_U1_FIX = _t(r"""
A meter per second is the bigger unit (1 m/s = 3.6 km/h), so the number in m/s has to be smaller than 90, not
larger. So 90/3.6 = 25, and 25 m/s for 10800 s gives 270000 m = 270 km, as required.
""")
_add(
    "units",
    r"25\text{ m/s}",
    [
        (C, _box(_U1_G, r"25\text{ m/s}")),
        (C, _minerva(_U1_G, r"25 \mathrm{m/s}")),
        (C, _gem(_U1_G, r"25\,\mathrm{m}\,\mathrm{s}^{-1}")),
        (C, _two(_U1_E, r"324\text{ m/s}", _U1_FIX, _bold, r"25 \text{ meters per second}")),
        (H, _box(_U1_B, r"250\text{ m/s}")),
        (
            H,
            _two(
                _U1_G,
                r"25\text{ m/s}",
                "Multiplying by 3.6 is the usual rule, so 90 \\cdot 3.6 = 324.",
                _ans,
                r"324\ \text{m/s}",
            ),
        ),
        (P, _ans(_U1_E, r"324 \text{ m/s}")),
        (T, _half(_U1_G, 1, "\n\nOne kilometer is 1000 m and one hour is")),
    ],
)

# Q: A rectangle measures 1.2 m by 0.5 m. What is its area in square centimeters?
_U2_G = _t(r"""
Convert the sides first: 1.2 m = 120 cm and 0.5 m = 50 cm.

Area = 120 \cdot 50 = 6000 cm^2. Check the other way: the area is 1.2 \cdot 0.5 = 0.6 m^2, and 1 m^2 = 100 cm
\cdot 100 cm = 10000 cm^2, so 0.6 m^2 = 6000 cm^2. Same value, so the conversion is right.
""")
_U2_B = _t(r"""
Area in square meters: 1.2 \cdot 0.5 = 0.6 m^2.

Now 1 m = 100 cm. One might think 0.6 m^2 = 6000 cm^2 by squaring the factor, but the area is just one number of
meters, so I convert with the factor 100 once: 0.6 \cdot 100 = 60 cm^2.
""")
_U2_E = _t(r"""
The sides are 120 cm and 50 cm. The rectangle's measure is 2(120 + 50) = 2 \cdot 170 = 340.
""")
_U2_BRK = _t(r"""
The sides in cm are 120 and 50, but I should double the area for both dimensions: 2 \cdot 6000 = 12000 cm^2.
""")
_add(
    "units",
    r"6000\text{ cm}^2",
    [
        (C, _boxrem(_U2_G, r"6000\text{ cm}^2")),
        (C, _gem(_U2_G, r"6{,}000\ \text{cm}^2")),
        (C, _zhp(_U2_G, r"6000\,\mathrm{cm^2}")),
        (C, _bans(_U2_G, "6,000")),
        (H, _disp(_U2_B, r"60\text{ cm}^2")),
        (H, _two(_U2_G, r"6000\text{ cm}^2", _U2_BRK, _minerva, r"12000\text{ cm}^2")),
        (P, _prose(_U2_E, r"340\text{ cm}^2")),
    ],
)

# Q: A hose fills a tank at 12 liters per minute. How many hours does it take to fill an empty 1800-liter tank?
_U3_G = _t(r"""
Time in minutes = 1800 / 12. Since 12 \cdot 100 = 1200 and 12 \cdot 50 = 600, this is 150 minutes.

Convert to hours: 150 / 60 = 2.5 hours. I almost wrote 1.5 from "1 hour 50", but 150 minutes is 2 hours and 30
minutes, and 30 minutes is half an hour, so 2.5 hours.

Check: 12 L/min \cdot 60 min = 720 L per hour, and 720 \cdot 2.5 = 1800 L.
""")
_U3_B = _t(r"""
1800 / 12 = 150 minutes. As hours, 150/60 = 2.5, that is, 2 hours and 30 minutes.

Writing 2 hours and 30 minutes in hour notation gives 2.30 hours.
""")
_U3_E = _t(r"""
1800/12 = 150 minutes. In hours that is 1 hour and 50 minutes, so 1.5 hours.
""")
_U3_FIX = _t(r"""
An hour is 60 minutes, not 100, so 150 minutes = 60 + 60 + 30 minutes = 2 hours 30 minutes, which is 2.5 hours.
And 720 L/h \cdot 2.5 h = 1800 L.
""")
_add(
    "units",
    "2.5",
    [
        (C, _ans(_U3_G, r"2.5\text{ hours}")),
        (C, _box(_U3_G, r"2\frac{1}{2}")),
        (C, _two(_U3_E, "1.5", _U3_FIX, _gsm, "2.5")),
        (C, _minerva(_U3_G, r"\frac{5}{2}\ \mathrm{h}")),
        (H, _bold(_U3_B, r"2.30\text{ hours}")),
        (H, _zh(_U3_B, "2.3")),
        (P, _gem(_U3_E, r"1.5\text{ hours}")),
        (T, _half(_U3_G, 1, "\n\nConvert to hours: 150 / ")),
    ],
)

# Q: A metal block has mass 540 g and volume 200 cm^3. What is its density in kg/m^3?
_U4_G = _t(r"""
Density = 540 g / 200 cm^3 = 2.7 g/cm^3.

Now convert: 1 g = 10^{-3} kg and 1 cm^3 = 10^{-6} m^3, so 1 g/cm^3 = 10^{-3}/10^{-6} kg/m^3 = 1000 kg/m^3. Hence
2.7 g/cm^3 = 2700 kg/m^3. Sanity check: water is 1000 kg/m^3 and aluminium is about 2700, so this is plausible.
""")
_U4_B = _t(r"""
Density = 540/200 = 2.7 g/cm^3. Converting: 1 g/cm^3 = 1000 kg/m^3 would give 2700.

Hmm, but 1 m = 100 cm, so 1 m^3 = 100 cm \cdot 100 cm = 10^4 cm^3 in my head, and then 1 g/cm^3 = 10^{-3} \cdot
10^4 = 10 kg/m^3. So the density is 2.7 \cdot 10 = 27 kg/m^3.
""")
_U4_E = _t(r"""
Density is volume over mass here: 200/540 = 0.370... g per cm^3 ... so about 0.37, which in kg/m^3 is 370.
""")
_add(
    "units",
    "2700",
    [
        (C, _box(_U4_G, r"2700\ \mathrm{kg/m^3}")),
        (C, _prose(_U4_G, r"2.7\times10^{3}\text{ kg/m}^3")),
        (C, _bans(_U4_G, r"2{,}700 \text{ kg}/\text{m}^3")),
        (H, _minerva(_U4_B, r"27\ \mathrm{kg/m^3}")),
        (
            H,
            _two(
                _U4_G,
                "2700",
                "One cubic meter is 10^6 cm^3 and one kilogram is 1000 g, so the factor is 10^4: "
                "2.7 \\cdot 10^4 = 27000.",
                _box,
                r"27000\ \mathrm{kg/m^3}",
            ),
        ),
        (P, _zhp(_U4_E, r"370\ \mathrm{kg/m^3}")),
    ],
)

# ---------------------------------------------------------------- money
# Q: $1,000 is invested at 5% interest compounded annually. What is the balance after 3 years, to the nearest cent?
_M1_G = _t(r"""
Each year the balance is multiplied by 1.05. After one year: 1050. After two: 1050 \cdot 1.05 = 1102.50. After
three: 1102.50 \cdot 1.05 = 1157.625.

Rounded to the nearest cent, 1157.625 becomes 1157.63 (the third decimal is 5, so round up). Check with the formula:
1000(1.05)^3 = 1000 \cdot 1.157625 = 1157.625. Simple interest would give 1150, which is less, as it should be.
""")
_M1_B = _t(r"""
A = 1000(1.05)^3 = 1157.625, which would round to 1157.63.

But banks never pay fractions of a cent upward; the half cent is dropped, so the balance is 1157.62.
""")
_M1_B2 = _t(r"""
A = 1000 \cdot 1.05^3 = 1157.625 \approx 1157.63 dollars. The question is about what the investment earns, so
subtract the principal: 1157.63 - 1000 = 157.63.
""")
_M1_E = _t(r"""
Interest each year is 5% of 1000 = 50. Over 3 years that is 150, so the balance is 1000 + 150 = 1150.
""")
_M1_FIX = _t(r"""
The interest is compounded, so the second year earns 5% of 1050 and the third 5% of 1102.50: 1000 \cdot 1.05^3 =
1157.625, which rounds to 1157.63 dollars.
""")
_add(
    "money",
    "1157.63",
    [
        (C, _bans(_M1_G, r"\$1,157.63")),
        (C, _box(_M1_G, r"\$1{,}157.63")),
        (C, _two(_M1_E, "1150", _M1_FIX, _minerva, r"\$1157.63")),
        (C, _ans(_M1_G, "~$1,157.63")),
        (H, _gem(_M1_B, r"\$1,157.62")),
        (H, _zh(_M1_B2, r"157.63")),
        (P, _box(_M1_E, r"\$1150.00")),
        (T, _half(_M1_G, 1, "\n\nRounded to the nearest cent, 1157.625 becomes")),
    ],
)

# Q: A $40 shirt is 25% off, and then 8% sales tax is added to the sale price. What is the total cost in dollars?
_M2_G = _t(r"""
Sale price: 25% of 40 is 10, so the shirt costs 40 - 10 = 30 dollars.

Tax: 8% of 30 = 2.40. Total = 30 + 2.40 = 32.40. Check by multiplying: 40 \cdot 0.75 \cdot 1.08 = 30 \cdot 1.08 =
32.4. The order of discount and tax does not matter for a product, so 32.40 either way.
""")
_M2_B = _t(r"""
Sale price = 40 \cdot 0.75 = 30. With tax on the sale price, 30 \cdot 1.08 = 32.40.

But sales tax is usually charged on the marked price: 8% of 40 = 3.20, so the total is 30 + 3.20 = 33.20.
""")
_M2_E = _t(r"""
Tax first: 40 \cdot 1.08 = 43.20. That is the total cost before the discount, so the amount is 43.20.
""")
_add(
    "money",
    "32.40",
    [
        (C, _box(_M2_G, r"\$32.40")),
        (C, _gsm(_M2_G, "32.4")),
        (C, _bold(_M2_G, r"\$32.40")),
        (C, _prose(_M2_G, r"32.40\text{ dollars}")),
        (H, _bans(_M2_B, r"\$33.20")),
        (
            H,
            _two(
                _M2_G,
                "32.40",
                "The 25% comes off after tax is added: 40 + 3.20 = 43.20 and 43.20 - 10 = 33.20.",
                _ans,
                r"\$33.20",
            ),
        ),
        (P, _minerva(_M2_E, r"\$43.20")),
    ],
)

# Q: A pen costs $1.35 and a notebook $2.60. Sam buys 3 pens and 2 notebooks and pays with a $10 bill.
# How much change, in dollars, does he get?
_M3_G = _t(r"""
Pens: 3 \cdot 1.35 = 4.05. Notebooks: 2 \cdot 2.60 = 5.20. Total spent = 4.05 + 5.20 = 9.25.

Change = 10.00 - 9.25 = 0.75. Wait, let me recheck the pens: 1.35 + 1.35 = 2.70, plus 1.35 = 4.05. Yes. And
9.25 + 0.75 = 10.00, so the change is right.
""")
_M3_B = _t(r"""
3 pens: 3 \cdot 1.35 = 4.05; 2 notebooks: 5.20. Total 9.25, and 10 - 9.25 = 0.75.

Hmm, re-adding: 4.05 + 5.20 = 9.15, I think, because 0.05 + 0.20 = 0.25... no, let me just redo it as 4 + 5 = 9 and
0.05 + 0.10 = 0.15. So the total is 9.15 and the change is 0.85.
""")
_M3_E = _t(r"""
3 pens at 1.35 is 3.35 + ... let me do 3 \cdot 1.35 = 3.05. Notebooks 2 \cdot 2.60 = 5.20. Total 8.25, so the
change is 10 - 8.25 = 1.75.
""")
_add(
    "money",
    "0.75",
    [
        (C, _minerva(_M3_G, r"\$0.75")),
        (C, _gem(_M3_G, "0.75")),
        (C, _zh(_M3_G, r"0.75\text{ dollars}")),
        (C, _ans(_M3_G, r"\$.75")),
        (H, _box(_M3_B, r"\$0.85")),
        (H, _prose(_M3_B, "0.85")),
        (P, _bans(_M3_E, r"\$1.75")),
    ],
)

# Q: Four friends split a $1,250.00 bill after adding a 20% tip on the bill. How much does each friend pay?
_M4_G = _t(r"""
Tip = 20% of 1250 = 250, so the total with tip is 1250 + 250 = 1500.

Split four ways: 1500 / 4 = 375. Without the tip each would pay 1250/4 = 312.50, and the tip adds 62.50 per person:
312.50 + 62.50 = 375.00. Consistent.
""")
_M4_B = _t(r"""
Total with tip: 1250 \cdot 1.2 = 1500. Each share: 1500/4 = 375.

Hmm, but the tip is usually left as one amount by whoever pays, so each friend's share of the bill itself is
1250/4 = 312.50.
""")
_M4_E = _t(r"""
The tip is 20% of 1250, which is 200. Total 1450, and 1450/4 = 362.50.
""")
_M4_FIX = _t(r"""
20% of 1250 is 0.2 \cdot 1250 = 250, not 200. So the total is 1500 and each pays 1500/4 = 375.
""")
_add(
    "money",
    "375",
    [
        (C, _box(_M4_G, r"\$375.00")),
        (C, _two(_M4_E, r"\$362.50", _M4_FIX, _bans, r"\$375")),
        (C, _disp(_M4_G, r"375\text{ dollars}")),
        (C, _gsm(_M4_G, "375.00")),
        (H, _bold(_M4_B, r"\$312.50")),
        (
            H,
            _two(
                _M4_G,
                "375",
                "The whole 1500 is what the group pays in all, so that is the amount asked for.",
                _gem,
                r"\$1,500",
            ),
        ),
        (P, _zhp(_M4_E, r"\$362.50")),
        (T, _half(_M4_G, 1, "\n\nSplit four ways: 1500 / 4 =")),
    ],
)

# ---------------------------------------------------------------- ratios
# Q: A class of 35 students has boys and girls in the ratio 3:4. Then 5 more girls join. What is the new ratio of
# boys to girls?
_R1_G = _t(r"""
Split 35 in the ratio 3:4: there are 3 + 4 = 7 parts of 35/7 = 5 students, so 15 boys and 20 girls.

After 5 more girls join: 15 boys and 25 girls. The ratio 15:25 reduces by 5 to 3:5. Check: 3:5 means boys are
3/8 of the new class of 40, and 3/8 \cdot 40 = 15. Right.
""")
_R1_B = _t(r"""
Boys = 35 \cdot 3/7 = 15 and girls = 20. New girls: 25, so boys to girls is 15:25 = 3:5.

The question asks for girls compared with boys in the new class, so I flip it: 25:15 = 5:3.
""")
_R1_E = _t(r"""
There are 15 boys and 20 girls. If 5 more join, that is 20 and 20 if the new students are boys... the ratio
becomes 20:20 = 1:1.
""")
_R1_BRK = _t(r"""
Adding the same number of girls keeps the ratio of the parts, since the class still has boys and girls in the
original proportion per part, so it stays 3:4.
""")
_add(
    "ratios",
    "3:5",
    [
        (C, _box(_R1_G, "3:5")),
        (C, _bans(_R1_G, r"3 \colon 5")),
        (C, _minerva(_R1_G, r"\text{boys}:\text{girls} = 3:5")),
        (C, _zhp(_R1_G, "3 : 5")),
        (H, _gem(_R1_B, "5:3")),
        (H, _two(_R1_G, "3:5", _R1_BRK, _ans, "3:4")),
        (P, _box(_R1_E, "1:1")),
    ],
)

# Q: If a:b = 2:3 and b:c = 4:5, find a:b:c in lowest terms.
_R2_G = _t(r"""
The common term is b: it is 3 parts in the first ratio and 4 parts in the second. Make both equal to 12:
a:b = 2:3 = 8:12 and b:c = 4:5 = 12:15.

So a:b:c = 8:12:15. Check: 8:12 = 2:3 and 12:15 = 4:5, and gcd(8, 12, 15) = 1, so it is in lowest terms.
""")
_R2_B = _t(r"""
Scale to b = 12: a = 8, c = 15, giving 8:12:15.

Wait, the second ratio is b:c = 4:5, so c is the smaller... no, I'll pair the 5 with b and 4 with c: c = 12 \cdot
4/5, hmm, that is not an integer. Use b = 15 instead: a = 10, c = 12, so a:b:c = 10:15:12.
""")
_R2_E = _t(r"""
Just put the numbers together: a:b = 2:3 and b:c = 4:5, so taking b as 3 + 4 ... the simplest is a:b:c =
2:3:5 after merging the middle terms.
""")
_R2_FIX = _t(r"""
The b terms must agree. With b = 12 the first ratio is 8:12 and the second is 12:15, so a:b:c = 8:12:15, and
these reduce back to 2:3 and 4:5.
""")
_add(
    "ratios",
    "8:12:15",
    [
        (C, _ans(_R2_G, "8:12:15")),
        (C, _two(_R2_E, "2:3:5", _R2_FIX, _box, "8 : 12 : 15")),
        (C, _disp(_R2_G, "a:b:c=8:12:15")),
        (H, _box(_R2_B, "10:15:12")),
        (H, _minerva(_R2_B, "10 : 15 : 12")),
        (P, _gem(_R2_E, "2:3:5")),
        (T, _half(_R2_G, 1, "\n\nSo a:b:c =")),
    ],
)

# Q: Two similar triangles have corresponding sides 6 and 9. What is the ratio of their areas (smaller to larger)?
_R3_G = _t(r"""
The scale factor is 6:9 = 2:3. Areas scale with the square of the factor: 2^2 : 3^2 = 4:9.

Check with a concrete pair: right triangles with legs 6, 6 and 9, 9 have areas 18 and 40.5, and 18/40.5 = 4/9.
""")
_R3_B = _t(r"""
Scale factor 6:9 = 2:3, so the areas are 4:9.

Hmm, but the areas involve the sides, and the problem only gives one side each; a triangle's area is half base
times height, and the half cancels, so the ratio is just 6:9 = 2:3.
""")
_R3_E = _t(r"""
Area ratio for similar figures: square the sides, 6^2 : 9^2 = 36 : 81, then square again for area ...
16:81.
""")
_add(
    "ratios",
    "4:9",
    [
        (C, _prose(_R3_G, "4:9")),
        (C, _box(_R3_G, r"4\mathbin{:}9")),
        (C, _gsm(_R3_G, "4:9")),
        (C, _zh(_R3_G, "4 : 9")),
        (H, _bans(_R3_B, "2:3")),
        (H, _two(_R3_G, "4:9", "The problem wants larger to smaller after all, so it is 9:4.", _bold, "9:4")),
        (P, _ans(_R3_E, "16:81")),
    ],
)

# Q: Juice and water are mixed in the ratio 2:5. How many liters of juice are in 4.9 liters of the mixture?
_R4_G = _t(r"""
The mixture has 2 + 5 = 7 parts, so one part is 4.9/7 = 0.7 L.

Juice is 2 parts: 2 \cdot 0.7 = 1.4 L, and water 5 \cdot 0.7 = 3.5 L. Check: 1.4 + 3.5 = 4.9 and 1.4 : 3.5 = 2 : 5.
""")
_R4_B = _t(r"""
One part = 4.9 / 7 = 0.7 L. Juice = 1.4 L and water = 3.5 L.

Hmm, the question is about the liquid that is not juice... rereading: it says how much of it is water? I'll answer
with the water: 3.5 L.
""")
_R4_E = _t(r"""
Juice is 2/5 of the mixture, so 4.9 \cdot 2/5 = 1.96 L.
""")
_R4_FIX = _t(r"""
The ratio is juice to water, so juice is 2 of 2 + 5 = 7 parts, not 2/5 of the whole: 4.9 \cdot 2/7 = 1.4 L.
""")
_add(
    "ratios",
    "1.4",
    [
        (C, _minerva(_R4_G, r"1.4\text{ L}")),
        (C, _bans(_R4_G, r"\frac{7}{5}")),
        (C, _two(_R4_E, "1.96", _R4_FIX, _zhp, r"1.40\ \text{liters}")),
        (C, _boxrem(_R4_G, "1.4")),
        (H, _box(_R4_B, r"3.5\text{ L}")),
        (
            H,
            _two(
                _R4_G,
                "1.4",
                "2 parts of juice for every 5 of water means juice is 2/5 of it: 1.96 L.",
                _gem,
                r"1.96\text{ L}",
            ),
        ),
        (P, _ans(_R4_E, r"1.96 \text{ L}")),
        (T, _half(_R4_G, 1, "\n\nJuice is 2 parts: 2 \\cdot 0.7 =")),
    ],
)

# ---------------------------------------------------------------- time
# Q: A train departs at 9:50 AM and the trip takes 4 hours 55 minutes. At what time does it arrive?
_TM1_G = _t(r"""
Add the hours first: 9:50 AM + 4 hours = 1:50 PM.

Then 55 minutes: 1:50 + 0:10 = 2:00, and 45 minutes remain, so 2:45 PM. Check in 24-hour time: 09:50 + 4:55 =
13:105 = 14:45, which is 2:45 PM.
""")
_TM1_B = _t(r"""
9:50 + 4:55: minutes 50 + 55 = 105 = 1 h 45 min, hours 9 + 4 + 1 = 14, so 14:45, i.e. 2:45.

Since the train left in the morning and the clock wraps at 12, it arrives at 2:45 AM.
""")
_TM1_E = _t(r"""
9:50 + 4 hours = 1:50. Then + 55 minutes: 50 + 55 = 105 minutes, and keeping the last two digits after the
carry gives 1:45, so 1:45 PM.
""")
_add(
    "time",
    r"2:45\text{ PM}",
    [
        (C, _box(_TM1_G, r"2:45\text{ PM}")),
        (C, _ans(_TM1_G, "~2:45 pm")),
        (C, _gem(_TM1_G, "14:45")),
        (C, _zhp(_TM1_G, r"2:45\ \mathrm{PM}")),
        (H, _bold(_TM1_B, r"2:45\text{ AM}")),
        (
            H,
            _two(
                _TM1_G,
                r"2:45\text{ PM}",
                "Adding 55 minutes to 1:50 carries one more hour: 1:50 + 1:00 = 2:50,"
                " minus 5 minutes is 2:45, plus the carried hour gives 3:45 PM.",
                _minerva,
                r"3:45\text{ PM}",
            ),
        ),
        (P, _box(_TM1_E, r"1:45\text{ PM}")),
        (T, _half(_TM1_G, 1, "\n\nThen 55 minutes: 1:50 + 0:10 = 2:00, and")),
    ],
)

# Q: A movie starts at 7:40 PM and ends at 11:00 PM. How long is the movie?
_TM2_G = _t(r"""
From 7:40 PM to 8:00 PM is 20 minutes. From 8:00 PM to 11:00 PM is 3 hours.

Total: 3 hours 20 minutes. Check in minutes: 11:00 PM is 23 \cdot 60 = 1380 and 7:40 PM is 19 \cdot 60 + 40 =
1180, and 1380 - 1180 = 200 minutes = 3 \cdot 60 + 20.
""")
_TM2_B = _t(r"""
11:00 - 7:40: the minutes difference is 60 - 40 = 20 and the hours 11 - 7 = 4, which gives 4 hours 20 minutes. Hmm,
actually that double counts; it is 3 hours 20 minutes, 200 minutes.

Turning that into hours: 3 hours 20 minutes = 3.20 hours, so 3.2 hours.
""")
_TM2_E = _t(r"""
Subtract: 11:00 - 7:40 = 4:40 by the digits (11 - 7 = 4, and 00 vs 40 gives 40 minutes). So 4 hours 40 minutes.
""")
_TM2_FIX = _t(r"""
Borrowing an hour: 11:00 = 10:60, and 10:60 - 7:40 = 3:20. So it is 3 hours 20 minutes, that is 200 minutes.
""")
_add(
    "time",
    r"3\text{ hours }20\text{ minutes}",
    [
        (C, _box(_TM2_G, r"3\text{ h }20\text{ min}")),
        (C, _prose(_TM2_G, "~3 hours and 20 minutes")),
        (C, _two(_TM2_E, r"4\text{ h }40\text{ min}", _TM2_FIX, _bans, r"200\text{ minutes}")),
        (C, _minerva(_TM2_G, r"3\tfrac{1}{3}\text{ hours}")),
        (H, _gem(_TM2_B, r"3.2\text{ hours}")),
        (H, _ans(_TM2_B, "~3.2 hours")),
        (P, _box(_TM2_E, r"4\text{ hours }40\text{ minutes}")),
    ],
)

# Q: What is the measure of the smaller angle between the hour and minute hands of a clock at 2:45?
_TM3_G = _t(r"""
Minute hand at 45 minutes: 45 \cdot 6 = 270 degrees from 12. Hour hand: 2 hours plus 45 minutes, at 30 degrees per
hour and 0.5 per minute: 60 + 22.5 = 82.5 degrees.

Difference: 270 - 82.5 = 187.5 degrees. That is more than 180, so the smaller angle is 360 - 187.5 = 172.5
degrees.
""")
_TM3_B = _t(r"""
Minute hand: 270. Hour hand: 82.5. The angle between them is 270 - 82.5 = 187.5; the other way around is 172.5.

The hands are measured clockwise from the hour hand to the minute hand, so the angle is 187.5 degrees.
""")
_TM3_E = _t(r"""
Minute hand at 270 degrees, hour hand at 2 \cdot 30 = 60 degrees. Difference 210, and 360 - 210 = 150 degrees.
""")
_TM3_FIX = _t(r"""
The hour hand moves too: by 2:45 it has gone three quarters of the way from 2 to 3, that is 60 + 22.5 = 82.5
degrees. So the difference is 187.5 and the smaller angle is 360 - 187.5 = 172.5 degrees.
""")
_add(
    "time",
    r"172.5^\circ",
    [
        (C, _ans(_TM3_G, r"172.5^{\circ}")),
        (C, _box(_TM3_G, r"172\frac{1}{2}^\circ")),
        (C, _two(_TM3_E, r"150^\circ", _TM3_FIX, _disp, r"\frac{345}{2}^\circ")),
        (C, _gsm(_TM3_G, "172.5")),
        (H, _bans(_TM3_B, r"187.5^\circ")),
        (
            H,
            _two(
                _TM3_G,
                r"172.5^\circ",
                "The hour hand is at 82.5, so I round to whole degrees: 172.",
                _minerva,
                r"172^\circ",
            ),
        ),
        (P, _zh(_TM3_E, r"150^\circ")),
        (T, _half(_TM3_G, 1, "\n\nDifference: 270 - 82.5 =")),
    ],
)

# Q: A clock gains 3 minutes every hour. It is set correctly at 12:00 noon. What is the true time when the clock
# shows 6:18 PM the same day?
_TM4_G = _t(r"""
For each true hour, the clock advances 63 minutes. From noon it shows 6 h 18 min = 378 minutes elapsed.

True elapsed time = 378 \cdot 60/63 = 360 minutes = 6 hours. So the true time is 6:00 PM. Check: after 6 true
hours the clock has gained 6 \cdot 3 = 18 minutes and shows 6:18. Right.
""")
_TM4_B = _t(r"""
One might say 6 true hours give 18 minutes gained, so 6:00 PM. But the gain is 3 minutes per hour as shown on the
clock: 6.3 shown hours \cdot 3 = 18.9 minutes gained.

So the true time is 6:18 PM - 18.9 min = 5:59.1 PM, about 5:59 PM.
""")
_TM4_E = _t(r"""
The clock is fast, so add: the clock shows 6:18 and has gained 18 minutes by the time it shows 6, so the true time is
6:18 + 18 min = 6:36 PM.
""")
_add(
    "time",
    r"6:00\text{ PM}",
    [
        (C, _bold(_TM4_G, r"6:00\text{ PM}")),
        (C, _gem(_TM4_G, "18:00")),
        (C, _box(_TM4_G, r"6\text{ p.m.}")),
        (C, _zhp(_TM4_G, r"6{:}00\ \text{PM}")),
        (H, _minerva(_TM4_B, r"5:59\text{ PM}")),
        (
            H,
            _two(
                _TM4_G,
                r"6:00\text{ PM}",
                "Hmm, the clock shows the time, so the true time is just what it shows.",
                _ans,
                r"6:18\text{ PM}",
            ),
        ),
        (P, _box(_TM4_E, r"6:36\text{ PM}")),
    ],
)

# ---------------------------------------------------------------- mixed numbers
# Q: Compute 3\frac{1}{2} - 1\frac{1}{6}.
_X1_G = _t(r"""
Convert: 3\frac{1}{2} = \frac{7}{2} = \frac{21}{6} and 1\frac{1}{6} = \frac{7}{6}.

\frac{21}{6} - \frac{7}{6} = \frac{14}{6} = \frac{7}{3} = 2\frac{1}{3}. Check: 3.5 - 1.1666... = 2.333..., and
2\frac{1}{3} = 2.333.... Good.
""")
_X1_B = _t(r"""
Whole parts: 3 - 1 = 2. Fraction parts: \frac{1}{2} - \frac{1}{6} = \frac{3}{6} - \frac{1}{6} = \frac{2}{6} =
\frac{1}{3}, so 2\frac{1}{3}.

Hmm, let me redo the fractions with denominator 6: \frac{1}{2} = \frac{3}{6}, and 3 + 1 = 4, so \frac{4}{6} =
\frac{2}{3}. That gives 2\frac{2}{3}.
""")
_X1_E = _t(r"""
3\frac{1}{2} - 1\frac{1}{6}: whole numbers 3 - 1 = 2, fractions \frac{1-1}{2-6}... take \frac{1}{6} as the
remaining piece, so 2\frac{1}{6}.
""")
_add(
    "mixed",
    r"2\frac{1}{3}",
    [
        (C, _box(_X1_G, r"2\frac{1}{3}")),
        (C, _ans(_X1_G, r"\frac{7}{3}")),
        (C, _minerva(_X1_G, r"2\dfrac{1}{3}")),
        (C, _gem(_X1_G, r"2.\overline{3}")),
        (H, _bans(_X1_B, r"2\frac{2}{3}")),
        (
            H,
            _two(
                _X1_G,
                r"2\frac{1}{3}",
                "In lowest terms with denominator 6, the fraction part is \\frac{1}{6} "
                "left over from 1\\frac{1}{6}, so 2\\frac{1}{6}.",
                _box,
                r"2\frac{1}{6}",
            ),
        ),
        (P, _prose(_X1_E, r"2\tfrac{1}{6}")),
    ],
)

# Q: Compute 1\frac{3}{4} + 2\frac{5}{6}.
_X2_G = _t(r"""
Whole parts: 1 + 2 = 3. Fractions: \frac{3}{4} + \frac{5}{6} = \frac{9}{12} + \frac{10}{12} = \frac{19}{12} =
1\frac{7}{12}.

Total: 3 + 1\frac{7}{12} = 4\frac{7}{12}. Check as improper fractions: \frac{7}{4} + \frac{17}{6} = \frac{21}{12} +
\frac{34}{12} = \frac{55}{12}, and 55 = 4 \cdot 12 + 7. Yes.
""")
_X2_B = _t(r"""
\frac{3}{4} + \frac{5}{6} = \frac{19}{12} = 1\frac{7}{12}, and with the whole parts 3 + 1\frac{7}{12} = 4\frac{7}{12}.

But I should not carry the whole part twice: the 1 from \frac{19}{12} is already in the 3, so the sum is
3\frac{7}{12}.
""")
_X2_E = _t(r"""
Add tops and bottoms: 1 + 2 = 3, and \frac{3+5}{4+6} = \frac{8}{10}, so 3\frac{8}{10} = 3\frac{4}{5}.
""")
_add(
    "mixed",
    r"4\frac{7}{12}",
    [
        (C, _zh(_X2_G, r"4\frac{7}{12}")),
        (C, _box(_X2_G, r"\frac{55}{12}")),
        (C, _bold(_X2_G, r"4\tfrac{7}{12}")),
        (C, _ans(_X2_G, r"4+\frac{7}{12}")),
        (H, _disp(_X2_B, r"3\frac{7}{12}")),
        (
            H,
            _two(
                _X2_G,
                r"4\frac{7}{12}",
                "With 12ths, \\frac{9}{12} + \\frac{10}{12} is \\frac{17}{12}, so "
                "3 + 1\\frac{5}{12} = 4\\frac{5}{12}.",
                _gem,
                r"4\frac{5}{12}",
            ),
        ),
        (P, _minerva(_X2_E, r"3\frac{4}{5}")),
        (T, _half(_X2_G, 1, "\n\nTotal: 3 + 1\\frac{7}{12} =")),
    ],
)

# Q: A recipe uses 2\frac{1}{4} cups of flour for 12 cookies. How many cups are needed for 20 cookies?
_X3_G = _t(r"""
Flour per cookie: \frac{9}{4} / 12 = \frac{9}{48} = \frac{3}{16} cup.

For 20 cookies: 20 \cdot \frac{3}{16} = \frac{60}{16} = \frac{15}{4} = 3\frac{3}{4} cups. Check by scaling: 20/12
= 5/3, and \frac{9}{4} \cdot \frac{5}{3} = \frac{45}{12} = \frac{15}{4}. Same.
""")
_X3_B = _t(r"""
Scale by 20/12 = 5/3: \frac{9}{4} \cdot \frac{5}{3} = \frac{45}{12} = 3\frac{3}{4}.

Hmm, let me redo it another way: 8 more cookies need 8/12 = 2/3 of 2\frac{1}{4}, that is 1\frac{1}{2}... no, I get
2/3 \cdot 2 = 1 and 2/3 \cdot 1/4 = 1/6 ... so 1 cup, and 2\frac{1}{4} + 1 = 3\frac{1}{4} cups.
""")
_X3_E = _t(r"""
The ratio is 12/20 = 3/5, so flour = 2\frac{1}{4} \cdot \frac{3}{5} = \frac{27}{20} = 1\frac{7}{20} cups.
""")
_add(
    "mixed",
    r"3\frac{3}{4}",
    [
        (C, _prose(_X3_G, r"3\frac{3}{4}\text{ cups}")),
        (C, _gsm(_X3_G, "3.75")),
        (C, _bans(_X3_G, r"\frac{15}{4}")),
        (H, _box(_X3_B, r"3\frac{1}{4}")),
        (H, _zhp(_X3_B, r"3\frac{1}{4}\text{ cups}")),
        (P, _box(_X3_E, r"1\frac{7}{20}")),
    ],
)

# Q: Solve 2\frac{1}{2}x = 6\frac{2}{3} for x.
_X4_G = _t(r"""
Write as improper fractions: \frac{5}{2}x = \frac{20}{3}.

x = \frac{20}{3} \cdot \frac{2}{5} = \frac{40}{15} = \frac{8}{3}. Check: \frac{5}{2} \cdot \frac{8}{3} =
\frac{40}{6} = \frac{20}{3} = 6\frac{2}{3}. Yes.
""")
_X4_B = _t(r"""
\frac{5}{2}x = \frac{20}{3}, so x = \frac{20}{3} \cdot \frac{2}{5} = \frac{8}{3}.

Wait, dividing by \frac{5}{2} means multiplying by \frac{5}{2}... no. Let me check the other candidate:
\frac{5}{2} \cdot \frac{3}{8} = \frac{15}{16}, not it either; I'll invert the division as x = \frac{5}{2} /
\frac{20}{3} = \frac{15}{40} = \frac{3}{8}.
""")
_X4_E = _t(r"""
Subtract: x = 6\frac{2}{3} - 2\frac{1}{2} = 4\frac{1}{6}.
""")
_X4_FIX = _t(r"""
The equation multiplies x by 2\frac{1}{2}; it does not add it. So x = \frac{20}{3} \div \frac{5}{2} =
\frac{40}{15} = \frac{8}{3}, and \frac{5}{2} \cdot \frac{8}{3} = \frac{20}{3}.
""")
_add(
    "mixed",
    r"\frac{8}{3}",
    [
        (C, _box(_X4_G, r"x = \frac{8}{3}")),
        (C, _minerva(_X4_G, r"2\frac{2}{3}")),
        (C, _two(_X4_E, r"4\frac{1}{6}", _X4_FIX, _ans, r"2.\overline{6}")),
        (C, _gem(_X4_G, r"\dfrac{16}{6}")),
        (H, _bold(_X4_B, r"\frac{3}{8}")),
        (
            H,
            _two(
                _X4_G,
                r"\frac{8}{3}",
                "Dividing 6\\frac{2}{3} by 2\\frac{1}{2} whole part by whole part and "
                "fraction by fraction: 6/2 = 3 and \\frac{2}{3} / \\frac{1}{2} = \\frac{4}{3}, so 3\\frac{4}{3} "
                "= 4\\frac{1}{3}.",
                _box,
                r"4\frac{1}{3}",
            ),
        ),
        (P, _zh(_X4_E, r"4\frac{1}{6}")),
        (T, _half(_X4_G, 1, "\n\nx = \\frac{20}{3} \\cdot")),
    ],
)

# ---------------------------------------------------------------- radicals
# Q: Simplify \sqrt{3+2\sqrt{2}}.
_D1_G = _t(r"""
Look for (a + b\sqrt{2})^2 = a^2 + 2b^2 + 2ab\sqrt{2} = 3 + 2\sqrt{2}. So ab = 1 and a^2 + 2b^2 = 3; a = b = 1
works.

So \sqrt{3 + 2\sqrt{2}} = 1 + \sqrt{2} (positive, so the principal root is fine). Check: (1 + \sqrt{2})^2 = 1 +
2\sqrt{2} + 2 = 3 + 2\sqrt{2}. Numerically \sqrt{5.828...} = 2.414..., and 1 + 1.414... = 2.414....
""")
_D1_B = _t(r"""
Try \sqrt{x} + \sqrt{y} with x + y = 3 and 2\sqrt{xy} = 2\sqrt{2}, so xy = 2: x = 2, y = 1. That gives
\sqrt{2} + 1.

Hmm, but the sign: the inner term could come from (\sqrt{2} - 1)^2 = 3 - 2\sqrt{2}, and I think I flipped it. I'll
use \sqrt{2} - 1.
""")
_D1_E = _t(r"""
\sqrt{3 + 2\sqrt{2}} = \sqrt{3} + \sqrt{2\sqrt{2}}, and \sqrt{2\sqrt{2}} = 2^{3/4}, so the expression is
\sqrt{3} + 2^{3/4}.
""")
_add(
    "radicals",
    r"1+\sqrt{2}",
    [
        (C, _box(_D1_G, r"1+\sqrt{2}")),
        (C, _minerva(_D1_G, r"\sqrt{2}+1")),
        (C, _bans(_D1_G, r"\sqrt{2} + 1")),
        (C, _zhp(_D1_G, r"1 + 2^{1/2}")),
        (H, _gem(_D1_B, r"\sqrt{2}-1")),
        (
            H,
            _two(
                _D1_G,
                r"1+\sqrt{2}",
                "The cross term is 2ab\\sqrt{2} = 2\\sqrt{2}, so ab = 2: a = 2, b = 1, giving 2 + \\sqrt{2}.",
                _ans,
                r"2+\sqrt{2}",
            ),
        ),
        (P, _box(_D1_E, r"\sqrt{3}+2^{3/4}")),
        (T, _half(_D1_G, 1, "\n\nSo \\sqrt{3 + 2\\sqrt{2}} = ")),
    ],
)

# Q: Compute \frac{6}{\sqrt{3}} + \sqrt{27}.
_D2_G = _t(r"""
Rationalize the first term: \frac{6}{\sqrt{3}} = \frac{6\sqrt{3}}{3} = 2\sqrt{3}. The second: \sqrt{27} =
\sqrt{9 \cdot 3} = 3\sqrt{3}.

Sum: 2\sqrt{3} + 3\sqrt{3} = 5\sqrt{3}. Numerically 6/1.732 = 3.464 and \sqrt{27} = 5.196, total 8.660, and 5
\cdot 1.732 = 8.660.
""")
_D2_B = _t(r"""
\frac{6}{\sqrt{3}} = 2\sqrt{3} and \sqrt{27} = 3\sqrt{3}, sum 5\sqrt{3}.

Hmm, recheck the first term: \frac{6}{\sqrt{3}} \cdot \frac{\sqrt{3}}{\sqrt{3}} = \frac{6\sqrt{3}}{3}... I'll
simplify 6/3 as 1 here... so \sqrt{3}, and the total is \sqrt{3} + 3\sqrt{3} = 4\sqrt{3}.
""")
_D2_E = _t(r"""
Add under one root: \frac{6}{\sqrt{3}} = \sqrt{\frac{36}{3}} = \sqrt{12}, and \sqrt{12} + \sqrt{27} =
\sqrt{39}.
""")
_D2_FIX = _t(r"""
Roots do not add like that: \sqrt{12} = 2\sqrt{3} and \sqrt{27} = 3\sqrt{3}, so the sum is 5\sqrt{3} \approx 8.66,
while \sqrt{39} \approx 6.24 is too small.
""")
_add(
    "radicals",
    r"5\sqrt{3}",
    [
        (C, _ans(_D2_G, r"5\sqrt{3}")),
        (C, _box(_D2_G, r"\sqrt{75}")),
        (C, _two(_D2_E, r"\sqrt{39}", _D2_FIX, _disp, r"\frac{15}{\sqrt{3}}")),
        (C, _gsm(_D2_G, "5\\sqrt3")),
        (H, _bold(_D2_B, r"4\sqrt{3}")),
        (
            H,
            _two(
                _D2_G,
                r"5\sqrt{3}",
                "The 3s cancel: 5\\sqrt{3} \\cdot ... no, \\sqrt{27} = 3\\sqrt{3} so the "
                "coefficient is 2 + 3 = 5 and the radicand is 3 + 3 = 6: 5\\sqrt{6}.",
                _minerva,
                r"5\sqrt{6}",
            ),
        ),
        (P, _zh(_D2_E, r"\sqrt{39}")),
    ],
)

# Q: Rationalize the denominator of \frac{1}{\sqrt{5}-2}.
_D3_G = _t(r"""
Multiply by the conjugate: \frac{1}{\sqrt{5}-2} \cdot \frac{\sqrt{5}+2}{\sqrt{5}+2} = \frac{\sqrt{5}+2}{5-4}.

The denominator is 5 - 4 = 1, so the value is \sqrt{5} + 2. Check: \sqrt{5} - 2 = 0.236..., its reciprocal is
4.236..., and \sqrt{5} + 2 = 4.236....
""")
_D3_B = _t(r"""
Conjugate: \frac{\sqrt{5}+2}{(\sqrt{5})^2 - 2^2} = \frac{\sqrt{5}+2}{1} = \sqrt{5} + 2.

Wait, (\sqrt{5} - 2)(\sqrt{5} + 2) = 5 + 4 when I expand -2 \cdot 2 ... I'll take the denominator as 9, so
\frac{\sqrt{5}+2}{9}.
""")
_D3_E = _t(r"""
Multiply top and bottom by \sqrt{5}: \frac{\sqrt{5}}{5 - 2\sqrt{5}}. Hmm, that still has a root; multiply by
\sqrt{5} - 2 instead: \frac{\sqrt{5}-2}{(\sqrt{5}-2)^2} ... I'll write it as \sqrt{5} - 2.
""")
_add(
    "radicals",
    r"2+\sqrt{5}",
    [
        (C, _box(_D3_G, r"\sqrt{5}+2")),
        (C, _prose(_D3_G, r"2+\sqrt{5}")),
        (C, _gem(_D3_G, r"\frac{\sqrt{5}+2}{1}")),
        (H, _ans(_D3_B, r"\frac{\sqrt{5}+2}{9}")),
        (H, _box(_D3_B, r"\frac{2+\sqrt{5}}{9}")),
        (P, _bans(_D3_E, r"\sqrt{5}-2")),
        (T, _half(_D3_G, 1, "\n\nThe denominator is 5 - 4 =")),
    ],
)

# Q: Simplify \sqrt{7-4\sqrt{3}}.
_D4_G = _t(r"""
Write 7 - 4\sqrt{3} = (a - b\sqrt{3})^2 = a^2 + 3b^2 - 2ab\sqrt{3}. Then ab = 2 and a^2 + 3b^2 = 7: a = 2, b = 1.

So the root is |2 - \sqrt{3}|, and since 2 > \sqrt{3} = 1.732..., it is 2 - \sqrt{3}. Careful: \sqrt{3} - 2 is
negative and cannot be a principal square root. Check: (2 - \sqrt{3})^2 = 4 - 4\sqrt{3} + 3 = 7 - 4\sqrt{3}.
""")
_D4_B = _t(r"""
(a - b\sqrt{3})^2 = 7 - 4\sqrt{3} gives a = 2, b = 1, so 2 - \sqrt{3}.

Both 2 - \sqrt{3} and \sqrt{3} - 2 square to 7 - 4\sqrt{3}; writing the root term first, I take \sqrt{3} - 2.
""")
_D4_E = _t(r"""
(\sqrt{a} + \sqrt{b})^2 = a + b + 2\sqrt{ab}: a + b = 7, 2\sqrt{ab} = 4\sqrt{3}, so ab = 12, a = 4, b = 3. That is
2 + \sqrt{3}.
""")
_D4_FIX = _t(r"""
The middle term is negative, so it must be (\sqrt{4} - \sqrt{3})^2, not a sum. Since 2 > \sqrt{3}, the principal
root is 2 - \sqrt{3}; squaring: 4 + 3 - 4\sqrt{3} = 7 - 4\sqrt{3}.
""")
_add(
    "radicals",
    r"2-\sqrt{3}",
    [
        (C, _minerva(_D4_G, r"2-\sqrt{3}")),
        (C, _two(_D4_E, r"2+\sqrt{3}", _D4_FIX, _box, r"-\sqrt{3}+2")),
        (C, _bans(_D4_G, r"2 - \sqrt3")),
        (C, _zh(_D4_G, r"2-3^{1/2}")),
        (H, _box(_D4_B, r"\sqrt{3}-2")),
        (
            H,
            _gem(
                _D4_E + "\n\nWith a minus sign inside, the same a and b give 2 - \\sqrt{3} for 7 - 4\\sqrt{3}, "
                "but the problem has the plus form, so I keep the sum.",
                r"2+\sqrt{3}",
            ),
        ),
        (P, _ans(_D4_E, r"2+\sqrt{3}")),
    ],
)

# ---------------------------------------------------------------- logarithms
# Q: Solve 2^x = 5 for x (exact form).
_L1_G = _t(r"""
Take logarithms of both sides: x \ln 2 = \ln 5, so x = \frac{\ln 5}{\ln 2} = \log_2 5.

Check the size: 2^2 = 4 < 5 < 8 = 2^3, so x is between 2 and 3; \ln 5/\ln 2 = 1.6094/0.6931 = 2.3219. Good.
""")
_L1_B = _t(r"""
x = \log_2 5 by definition. By change of base, \log_2 5 = \frac{\log 2}{\log 5}... the base goes on top, I think,
so x = \frac{\ln 2}{\ln 5} = 0.4307.
""")
_L1_E = _t(r"""
Divide both sides by 2: x = \frac{5}{2}. Check: 2^{2.5} = 5.66, close to 5.
""")
_L1_FIX = _t(r"""
The x is an exponent, so dividing by 2 is not allowed. Taking logs: x \ln 2 = \ln 5, x = \frac{\ln 5}{\ln 2} =
2.3219, and 2^{2.3219} = 5.000.
""")
_add(
    "logarithms",
    r"\log_2 5",
    [
        (C, _box(_L1_G, r"\log_2 5")),
        (C, _ans(_L1_G, r"\frac{\ln 5}{\ln 2}")),
        (C, _two(_L1_E, r"\frac{5}{2}", _L1_FIX, _gem, r"x=\log_{2}(5)")),
        (C, _bold(_L1_G, r"\frac{\log 5}{\log 2}")),
        (C, _zhp(_L1_G, r"\log_{2}{5}")),
        (H, _minerva(_L1_B, r"\frac{\ln 2}{\ln 5}")),
        (H, _box(_L1_B, r"\log_5 2")),
        (P, _bans(_L1_E, r"\frac{5}{2}")),
        (T, _half(_L1_G, 0, "Take logarithms of both sides: x \\ln 2 = ")),
    ],
)

# Q: Solve e^{2x} = 9 for x (exact form).
_L2_G = _t(r"""
Take natural logs: 2x = \ln 9, so x = \frac{\ln 9}{2}.

Since \ln 9 = \ln 3^2 = 2\ln 3, x = \ln 3. Check: e^{2\ln 3} = (e^{\ln 3})^2 = 3^2 = 9. Numerically x = 1.0986.
""")
_L2_B = _t(r"""
2x = \ln 9 = 2\ln 3, so x = \ln 3.

Hmm, wait: I divided by 2 twice? \ln 9 / 2 = \ln 3 already, and then 2\ln 3 / 2 ... let me recompute: x = \frac{\ln
9}{2} and \ln 9 = 2\ln 3, so x = \frac{2\ln 3}{2}... I'll keep \ln 9 / 2 and halve the 9 inside: x =
\frac{\ln 3}{2}.
""")
_L2_E = _t(r"""
e^{2x} = 9 means 2x = 9 in the exponent... so x = \frac{9}{2}, hmm, e^9 is huge; rather 2x = \log 9 with log base
10: x = \frac{\log 9}{2} = 0.477.
""")
_add(
    "logarithms",
    r"\ln 3",
    [
        (C, _gem(_L2_G, r"\ln 3")),
        (C, _box(_L2_G, r"\frac{1}{2}\ln 9")),
        (C, _minerva(_L2_G, r"\frac{\ln 9}{2}")),
        (C, _ans(_L2_G, r"x = \log_e 3")),
        (H, _bans(_L2_B, r"\frac{\ln 3}{2}")),
        (
            H,
            _two(
                _L2_G, r"\ln 3", "The exponent is 2x, so x = \\ln 9 without halving: that is 2\\ln 3.", _box, r"2\ln 3"
            ),
        ),
        (P, _zh(_L2_E, "0.477")),
    ],
)

# Q: Given \log_2 3 = a, express \log_{12} 18 in terms of a.
_L3_G = _t(r"""
Change to base 2: \log_{12} 18 = \frac{\log_2 18}{\log_2 12}.

\log_2 18 = \log_2 (2 \cdot 9) = 1 + 2a, and \log_2 12 = \log_2 (4 \cdot 3) = 2 + a. So \log_{12} 18 = \frac{1 +
2a}{2 + a}.

Check with a = 1.58496: (1 + 3.16993)/(3.58496) = 1.16317, and \ln 18/\ln 12 = 2.89037/2.48491 = 1.16317.
""")
_L3_B = _t(r"""
\log_{12} 18 = \frac{\log_2 18}{\log_2 12} = \frac{1 + 2a}{2 + a}.

Hmm, change of base puts the old base in the numerator, I recall, so it should be \frac{\log_2 12}{\log_2 18} =
\frac{2 + a}{1 + 2a}.
""")
_L3_E = _t(r"""
\log_2 18 = \log_2 2 + \log_2 9 = 1 + 2a and \log_2 12 = \log_2 2 + \log_2 6 = 1 + \log_2 6 ... take \log_2 6 as a,
so \log_2 12 = 1 + a and the ratio is \frac{1+2a}{1+a}.
""")
_L3_FIX = _t(r"""
\log_2 6 = 1 + a, not a, so \log_2 12 = 2 + a. Then \log_{12} 18 = \frac{1 + 2a}{2 + a}, which at a = 1.585 gives
1.163, matching \ln 18/\ln 12.
""")
_add(
    "logarithms",
    r"\frac{1+2a}{2+a}",
    [
        (C, _box(_L3_G, r"\frac{1+2a}{2+a}")),
        (C, _prose(_L3_G, r"\frac{2a+1}{a+2}")),
        (C, _two(_L3_E, r"\frac{1+2a}{1+a}", _L3_FIX, _bans, r"(2a+1)/(a+2)")),
        (H, _minerva(_L3_B, r"\frac{2+a}{1+2a}")),
        (H, _gem(_L3_B, r"\frac{a+2}{2a+1}")),
        (P, _box(_L3_E, r"\frac{1+2a}{1+a}")),
        (T, _half(_L3_G, 1, "\n\n\\log_2 18 = \\log_2 (2 \\cdot 9) = 1 + 2a, and \\log_2 12 =")),
    ],
)

# Q: Solve \log_2 x + \log_2 (x-2) = 3.
_L4_G = _t(r"""
Combine: \log_2 (x(x-2)) = 3, so x(x - 2) = 8, x^2 - 2x - 8 = 0, (x - 4)(x + 2) = 0, so x = 4 or x = -2.

Domain: both x > 0 and x - 2 > 0 are needed, so x > 2. Reject x = -2. Check x = 4: \log_2 4 + \log_2 2 = 2 + 1 = 3.
""")
_L4_B = _t(r"""
x(x - 2) = 8 gives x^2 - 2x - 8 = 0, so (x - 4)(x + 2) = 0: x = 4 and x = -2.

Check x = 4: 2 + 1 = 3. Check x = -2: x(x - 2) = (-2)(-4) = 8, so the product condition holds too. Both solve it.
""")
_L4_E = _t(r"""
\log_2 x + \log_2 (x - 2) = \log_2 (2x - 2) = 3, so 2x - 2 = 8, x = 5.
""")
_add(
    "logarithms",
    "4",
    [
        (C, _box(_L4_G, "x=4")),
        (C, _gsm(_L4_G, "4")),
        (C, _ans(_L4_G, "x = 4")),
        (C, _zhp(_L4_G, "x=4")),
        (H, _box(_L4_B, r"x=4 \text{ or } x=-2")),
        (H, _bold(_L4_B, "4, -2")),
        (
            H,
            _two(
                _L4_G,
                "4",
                "Since (x-4)(x+2) = 0, the negative root is the one that works with base 2 after "
                "taking absolute values, so x = -2.",
                _gem,
                "-2",
            ),
        ),
        (P, _minerva(_L4_E, "5")),
    ],
)

# ---------------------------------------------------------------- points (polar and rectangular)
# Q: Convert the point (-1, \sqrt{3}) to polar coordinates (r, \theta) with r > 0 and 0 \le \theta < 2\pi.
_P1_G = _t(r"""
r = \sqrt{(-1)^2 + (\sqrt{3})^2} = \sqrt{4} = 2.

The point is in quadrant II. \tan\theta = \sqrt{3}/(-1) = -\sqrt{3}; the reference angle is \pi/3, so \theta = \pi
- \pi/3 = 2\pi/3. Not -\pi/3 or 5\pi/3: those point into quadrant IV. Check: 2\cos(2\pi/3) = -1 and 2\sin(2\pi/3) =
\sqrt{3}.
""")
_P1_B = _t(r"""
r = 2. \tan\theta = -\sqrt{3} gives the candidates 2\pi/3 and 5\pi/3 in [0, 2\pi).

The arctangent of -\sqrt{3} is -\pi/3, and adding 2\pi to make it positive gives 5\pi/3.
""")
_P1_E = _t(r"""
r = \sqrt{1 + 3} = 2, and \tan\theta = \sqrt{3}, so \theta = \pi/3.
""")
_add(
    "points",
    r"\left(2, \frac{2\pi}{3}\right)",
    [
        (C, _box(_P1_G, r"\left(2, \frac{2\pi}{3}\right)")),
        (C, _minerva(_P1_G, r"(2, \tfrac{2\pi}{3})")),
        (C, _gem(_P1_G, r"(2,\ 2\pi/3)")),
        (C, _bans(_P1_G, r"r=2,\ \theta=\frac{2\pi}{3}")),
        (H, _box(_P1_B, r"\left(2, \frac{5\pi}{3}\right)")),
        (
            H,
            _two(
                _P1_G,
                r"\left(2, \frac{2\pi}{3}\right)",
                "Polar coordinates list the angle first.",
                _ans,
                r"\left(\frac{2\pi}{3}, 2\right)",
            ),
        ),
        (P, _zh(_P1_E, r"\left(2,\frac{\pi}{3}\right)")),
        (T, _half(_P1_G, 1, "\n\nThe point is in quadrant")),
    ],
)

# Q: Convert the polar point (4, 5\pi/6) to rectangular coordinates.
_P2_G = _t(r"""
x = 4\cos(5\pi/6) = 4 \cdot (-\sqrt{3}/2) = -2\sqrt{3}, and y = 4\sin(5\pi/6) = 4 \cdot (1/2) = 2.

So the point is (-2\sqrt{3}, 2), in quadrant II as expected for an angle of 150 degrees. Check: x^2 + y^2 = 12 + 4
= 16 = 4^2.
""")
_P2_B = _t(r"""
x = 4\cos(5\pi/6) = -2\sqrt{3} and y = 4\sin(5\pi/6) = 2, so (-2\sqrt{3}, 2).

Hmm, for 5\pi/6 the sine is \sqrt{3}/2 and the cosine is -1/2, I think (150 degrees is near the y axis?), so x =
-2 and y = 2\sqrt{3}.
""")
_P2_E = _t(r"""
x = 4\cos(5\pi/6), and \cos(5\pi/6) = \cos(\pi/6) = \sqrt{3}/2, so x = 2\sqrt{3}; y = 4 \cdot 1/2 = 2.
""")
_P2_FIX = _t(r"""
5\pi/6 is in quadrant II, where cosine is negative: \cos(5\pi/6) = -\sqrt{3}/2. So x = -2\sqrt{3} and y = 2.
""")
_add(
    "points",
    r"(-2\sqrt{3}, 2)",
    [
        (C, _ans(_P2_G, r"(-2\sqrt{3}, 2)")),
        (C, _box(_P2_G, r"\left(-2\sqrt3,\,2\right)")),
        (C, _two(_P2_E, r"(2\sqrt{3}, 2)", _P2_FIX, _disp, r"(-\sqrt{12}, 2)")),
        (H, _bold(_P2_B, r"(-2, 2\sqrt{3})")),
        (H, _minerva(_P2_B, r"\left(-2,2\sqrt{3}\right)")),
        (P, _gem(_P2_E, r"(2\sqrt{3}, 2)")),
    ],
)

# Q: Find the midpoint of the segment joining (-3, 7) and (5, -1).
_P3_G = _t(r"""
Midpoint = ((-3 + 5)/2, (7 + (-1))/2) = (2/2, 6/2) = (1, 3).

Check: from (-3, 7) to (1, 3) the change is (4, -4), and from (1, 3) to (5, -1) it is also (4, -4).
""")
_P3_B = _t(r"""
Midpoint: x = (-3 + 5)/2 = 1, y = (7 - 1)/2 = 3, so (1, 3).

Hmm, let me recompute y with the signs: 7 - (-1) = 8, 8/2 = 4. So the midpoint is (1, 4).
""")
_P3_E = _t(r"""
Half the difference: ((5 - (-3))/2, (-1 - 7)/2) = (4, -4).
""")
_add(
    "points",
    "(1,3)",
    [
        (C, _box(_P3_G, "(1, 3)")),
        (C, _zhp(_P3_G, r"\left(1,\,3\right)")),
        (C, _bans(_P3_G, "M=(1,3)")),
        (C, _gsm(_P3_G, "(1,3)")),
        (H, _prose(_P3_B, "(1, 4)")),
        (H, _two(_P3_G, "(1,3)", "I should list y before x for the midpoint formula here.", _box, "(3, 1)")),
        (P, _ans(_P3_E, "(4, -4)")),
    ],
)

# Q: Find the intersection point of the lines y = 2x + 3 and x + y = 9.
_P4_G = _t(r"""
Substitute: x + (2x + 3) = 9, so 3x = 6 and x = 2. Then y = 2 \cdot 2 + 3 = 7.

Check in the second line: 2 + 7 = 9. So the lines meet at (2, 7).
""")
_P4_B = _t(r"""
x + 2x + 3 = 9 gives x = 2 and y = 7, so (2, 7).

Rechecking with the first line written as 2x - y = -3: adding to x + y = 9 gives 3x = 6, x = 2, then y = 9 - 2 =
7... I keep getting 7, but from y = 2x + 3 with x = 1 I would get 5, and I may have misread 3x = 6 as 3x = 3. I'll
take x = 1, y = 5 ... no, use x = 2 and y = 2 + 3 = 5.
""")
_P4_E = _t(r"""
From x + y = 9, y = 9 - x. Set equal: 2x + 3 = 9 - x, so x = 3 and y = 6.
""")
_add(
    "points",
    "(2,7)",
    [
        (C, _minerva(_P4_G, "(2,7)")),
        (C, _box(_P4_G, "(2, 7)")),
        (C, _gem(_P4_G, "x=2,\\ y=7")),
        (H, _bans(_P4_B, "(2, 5)")),
        (
            H,
            _two(
                _P4_G,
                "(2,7)",
                "The answer should be written as (y, x) to match the order of the first line.",
                _ans,
                "(7,2)",
            ),
        ),
        (P, _box(_P4_E, "(3, 6)")),
        (T, _half(_P4_G, 0, "Substitute: x + (2x + 3) = 9, so 3x =")),
    ],
)

# ---------------------------------------------------------------- intervals
# Q: Solve |2x - 3| < 5 and give the solution in interval notation.
_I1_G = _t(r"""
|2x - 3| < 5 means -5 < 2x - 3 < 5. Add 3: -2 < 2x < 8. Divide by 2: -1 < x < 4.

The inequality is strict, so the endpoints are excluded: (-1, 4). Check: x = 0 gives |-3| = 3 < 5, and x = 4
gives |5| = 5, not less than 5, so 4 is correctly left out.
""")
_I1_B = _t(r"""
-5 < 2x - 3 < 5, so -2 < 2x < 8 and -1 < x < 4, the interval (-1, 4).

Checking the endpoint x = 4: |2 \cdot 4 - 3| = 5, which is on the boundary, so I include both ends: [-1, 4].
""")
_I1_E = _t(r"""
2x - 3 < 5 gives x < 4, and 2x - 3 > 5 gives x > 4 ... so the other side, 2x - 3 < -5, x < -1. The set is where the
expression is outside the band: x < -1 or x > 4.
""")
_add(
    "intervals",
    "(-1,4)",
    [
        (C, _box(_I1_G, "(-1, 4)")),
        (C, _ans(_I1_G, "-1<x<4")),
        (C, _bold(_I1_G, r"x\in(-1,4)")),
        (C, _gem(_I1_G, r"\left(-1, 4\right)")),
        (C, _zhp(_I1_G, r"\{x : -1 < x < 4\}")),
        (H, _minerva(_I1_B, "[-1,4]")),
        (
            H,
            _two(
                _I1_G,
                "(-1,4)",
                "At x = 4 the value is exactly 5, and \\le would include it; I misread the sign "
                "as \\le, so the right end is closed.",
                _box,
                "(-1,4]",
            ),
        ),
        (P, _bans(_I1_E, r"(-\infty,-1)\cup(4,\infty)")),
    ],
)

# Q: Solve x^2 - 5x + 6 \ge 0.
_I2_G = _t(r"""
Factor: x^2 - 5x + 6 = (x - 2)(x - 3). The parabola opens upward with roots 2 and 3, so it is negative strictly
between them and nonnegative outside, including the roots.

Solution: x \le 2 or x \ge 3, i.e. (-\infty, 2] \cup [3, \infty). Test x = 2.5: (0.5)(-0.5) < 0, excluded; x = 0:
6 \ge 0, included; x = 2: 0 \ge 0, included.
""")
_I2_B = _t(r"""
(x - 2)(x - 3) \ge 0 holds outside the roots: (-\infty, 2] \cup [3, \infty).

Hmm, at the roots the product is zero, and zero is not positive, so the roots drop out: (-\infty, 2) \cup (3,
\infty).
""")
_I2_E = _t(r"""
(x - 2)(x - 3) \ge 0: both factors are between... the product is nonnegative for 2 \le x \le 3.
""")
_I2_FIX = _t(r"""
Test x = 2.5: (0.5)(-0.5) = -0.25 < 0, so the middle fails. The product is nonnegative outside: x \le 2 or x \ge
3.
""")
_add(
    "intervals",
    r"(-\infty,2]\cup[3,\infty)",
    [
        (C, _box(_I2_G, r"(-\infty,2]\cup[3,\infty)")),
        (C, _two(_I2_E, "[2,3]", _I2_FIX, _ans, r"x\le 2 \text{ or } x\ge 3")),
        (C, _disp(_I2_G, r"(-\infty, 2] \cup [3, +\infty)")),
        (C, _bans(_I2_G, r"\mathbb{R}\setminus(2,3)")),
        (H, _gem(_I2_B, r"(-\infty,2)\cup(3,\infty)")),
        (
            H,
            _two(
                _I2_G,
                r"(-\infty,2]\cup[3,\infty)",
                "The roots are 2 and 3, and the parabola opens upward, so it sits above the axis between them.",
                _minerva,
                "[2,3]",
            ),
        ),
        (P, _box(_I2_E, "[2, 3]")),
        (T, _half(_I2_G, 1, "\n\nSolution: x \\le 2 or")),
    ],
)

# Q: Find the domain of f(x) = \frac{\sqrt{x+2}}{x-3}.
_I3_G = _t(r"""
The square root needs x + 2 \ge 0, so x \ge -2. The denominator needs x \ne 3.

Together: [-2, 3) \cup (3, \infty). Check x = -2: \sqrt{0}/(-5) = 0, defined, so -2 is included; x = 3 gives
division by zero.
""")
_I3_B = _t(r"""
x + 2 \ge 0 gives x \ge -2; and x \ne 3. So [-2, 3) \cup (3, \infty).

Hmm, at x = -2 the numerator is 0, and a zero root is fine, but the function is 0 there... since the question is
about where it is defined and positive under the root, I need x + 2 > 0: (-2, 3) \cup (3, \infty).
""")
_I3_E = _t(r"""
The square root gives x \ge -2. The denominator x - 3 must be positive for the fraction, so x > 3. Domain: x > 3.
""")
_add(
    "intervals",
    r"[-2,3)\cup(3,\infty)",
    [
        (C, _minerva(_I3_G, r"[-2,3)\cup(3,\infty)")),
        (C, _ans(_I3_G, r"x\ge -2,\ x\ne 3")),
        (C, _box(_I3_G, r"\{x\mid x\geq -2,\ x\neq 3\}")),
        (C, _gsm(_I3_G, "[-2, 3) U (3, oo)")),
        (H, _bold(_I3_B, r"(-2,3)\cup(3,\infty)")),
        (
            H,
            _two(
                _I3_G,
                r"[-2,3)\cup(3,\infty)",
                "The square root only needs x \\ge -2, and the point 3 is a "
                "removable issue that still belongs, so the domain is all x \\ge -2.",
                _gem,
                r"[-2,\infty)",
            ),
        ),
        (P, _zh(_I3_E, r"(3,\infty)")),
    ],
)

# Q: Find the range of f(x) = x^2 - 4x + 7.
_I4_G = _t(r"""
Complete the square: x^2 - 4x + 7 = (x - 2)^2 + 3. The square is at least 0 and equals 0 at x = 2.

So f(x) \ge 3, with the minimum 3 attained at x = 2, and f grows without bound. The range is [3, \infty).
Check: f(2) = 4 - 8 + 7 = 3, f(0) = 7 \ge 3.
""")
_I4_B = _t(r"""
(x - 2)^2 + 3 \ge 3, so the range is [3, \infty).

Hmm, the vertex is at x = 2, so I'll report the range starting from the vertex: [2, \infty).
""")
_I4_E = _t(r"""
f(0) = 7, and the parabola opens upward from its y-intercept, so the range is [7, \infty).
""")
_add(
    "intervals",
    r"[3,\infty)",
    [
        (C, _box(_I4_G, r"[3,\infty)")),
        (C, _prose(_I4_G, r"y\ge 3")),
        (C, _bans(_I4_G, r"[3, +\infty)")),
        (C, _zhp(_I4_G, r"\{y : y \geq 3\}")),
        (H, _ans(_I4_B, r"[2,\infty)")),
        (
            H,
            _two(
                _I4_G,
                r"[3,\infty)",
                "The minimum 3 is at the vertex, and a vertex is a turning point, so it is not included.",
                _box,
                r"(3,\infty)",
            ),
        ),
        (P, _minerva(_I4_E, r"[7,\infty)")),
        (T, _half(_I4_G, 1, "\n\nSo f(x) \\ge")),
    ],
)

# ---------------------------------------------------------------- lines
# Q: Find the equation of the line through (1, 5) and (3, 9).
_E1_G = _t(r"""
Slope m = (9 - 5)/(3 - 1) = 4/2 = 2. Point-slope: y - 5 = 2(x - 1), so y = 2x - 2 + 5 = 2x + 3.

Check the other point: 2 \cdot 3 + 3 = 9. Good.
""")
_E1_B = _t(r"""
m = 4/2 = 2, and y - 5 = 2(x - 1) gives y = 2x + 3.

Let me double-check with the intercept: b = y - mx = 5 - 2 = 3... or with the second point, b = 9 - 2 \cdot 3 = 3.
Hmm, I wrote y = mx - b, so b = -3: y = 2x - 3.
""")
_E1_E = _t(r"""
Slope = (3 - 1)/(9 - 5) = 1/2. Then y - 5 = \frac{1}{2}(x - 1), so y = \frac{1}{2}x + \frac{9}{2}.
""")
_E1_FIX = _t(r"""
Slope is rise over run: (9 - 5)/(3 - 1) = 2, not 1/2. Then y = 2x + 3, which passes through (1, 5) and (3, 9).
""")
_add(
    "lines",
    "y=2x+3",
    [
        (C, _box(_E1_G, "y=2x+3")),
        (C, _gem(_E1_G, "2x-y+3=0")),
        (C, _two(_E1_E, r"y=\frac{1}{2}x+\frac{9}{2}", _E1_FIX, _minerva, "y = 3 + 2x")),
        (C, _bans(_E1_G, "y-5=2(x-1)")),
        (C, _ans(_E1_G, "-2x + y = 3")),
        (H, _box(_E1_B, "y=2x-3")),
        (H, _zh(_E1_B, "2x-y-3=0")),
        (P, _bold(_E1_E, r"y=\tfrac{1}{2}x+\tfrac{9}{2}")),
    ],
)

# Q: Find the equation of the line through (2, -1) perpendicular to y = \frac{1}{2}x + 1.
_E2_G = _t(r"""
The given slope is 1/2, so the perpendicular slope is the negative reciprocal, -2.

Through (2, -1): y + 1 = -2(x - 2), so y = -2x + 4 - 1 = -2x + 3, i.e. 2x + y - 3 = 0. Check: 2 \cdot 2 + (-1) - 3
= 0, and (1/2)(-2) = -1, so the lines are perpendicular.
""")
_E2_B = _t(r"""
Perpendicular slope: -2. Through (2, -1): y + 1 = -2(x - 2), y = -2x + 3.

Wait, the negative reciprocal of 1/2 ... reciprocal is 2, negative of that... I should only take the reciprocal for
perpendicular lines, so m = 2: y + 1 = 2(x - 2), y = 2x - 5.
""")
_E2_E = _t(r"""
Perpendicular lines have the same slope with opposite intercept... so slope 1/2: y + 1 = \frac{1}{2}(x - 2), y =
\frac{1}{2}x - 2.
""")
_add(
    "lines",
    "2x+y-3=0",
    [
        (C, _box(_E2_G, "y=-2x+3")),
        (C, _minerva(_E2_G, "2x+y=3")),
        (C, _gsm(_E2_G, "y = 3 - 2x")),
        (C, _ans(_E2_G, "4x+2y-6=0")),
        (H, _gem(_E2_B, "y=2x-5")),
        (
            H,
            _two(
                _E2_G,
                "2x+y-3=0",
                "Plugging (2, -1) into y = -2x + 3 gives -1 = -4 + 3 = -1; fine, but I should "
                "write the intercept from the original line, +1: y = -2x + 1.",
                _bans,
                "y=-2x+1",
            ),
        ),
        (P, _box(_E2_E, r"y=\frac{1}{2}x-2")),
        (T, _half(_E2_G, 1, "\n\nThrough (2, -1): y + 1 = -2(x - 2), so y =")),
    ],
)

# Q: Find the equation of the tangent line to y = x^3 at x = 1.
_E3_G = _t(r"""
The point is (1, 1^3) = (1, 1). The derivative y' = 3x^2 gives slope 3 at x = 1.

Tangent: y - 1 = 3(x - 1), so y = 3x - 2. Check: at x = 1, 3 - 2 = 1. Near x = 1.1: the curve is 1.331 and the
line 1.3, close, as a tangent should be.
""")
_E3_B = _t(r"""
Point (1, 1), slope 3, so y - 1 = 3(x - 1), y = 3x - 2.

Hmm, moving the 1 across: y = 3x - 3 + 1 ... that is 3x - 2, or if I subtract the 1, y = 3x - 3 - 1 = 3x - 4. The
line should be below the curve for x > 1, and 3x - 4 is lower, so y = 3x - 4.
""")
_E3_E = _t(r"""
y' = 3x^2 = 3 at x = 1, and the tangent through the origin is y = 3x.
""")
_add(
    "lines",
    "y=3x-2",
    [
        (C, _bold(_E3_G, "y=3x-2")),
        (C, _box(_E3_G, "3x-y-2=0")),
        (C, _zhp(_E3_G, "y-1=3(x-1)")),
        (H, _minerva(_E3_B, "y=3x-4")),
        (
            H,
            _two(
                _E3_G,
                "y=3x-2",
                "The slope should be the derivative's value times the point, 3 \\cdot 1 + ... "
                "so y = 3x + 2 after moving the constant to the right side.",
                _ans,
                "y=3x+2",
            ),
        ),
        (P, _gem(_E3_E, "y=3x")),
        (T, _half(_E3_G, 1, "\n\nTangent: y - 1 = 3(x - 1), so")),
    ],
)

# Q: Find an equation of the line with x-intercept 4 and y-intercept -6.
_E4_G = _t(r"""
Intercept form: \frac{x}{4} + \frac{y}{-6} = 1. Multiply by 12: 3x - 2y = 12.

Check: y = 0 gives x = 4, and x = 0 gives -2y = 12, y = -6. Slope: y = \frac{3}{2}x - 6, positive, as a line from
(0, -6) up to (4, 0) should be.
""")
_E4_B = _t(r"""
\frac{x}{4} - \frac{y}{6} = 1, times 12: 3x - 2y = 12.

Hmm, the y-intercept is negative, so the sign flips in the intercept form: \frac{x}{4} + \frac{y}{6} = 1, giving
3x + 2y = 12.
""")
_E4_E = _t(r"""
Slope = -6/4 = -3/2 from the intercepts, and the y-intercept is -6: y = -\frac{3}{2}x - 6, or 3x + 2y = -12.
""")
_add(
    "lines",
    "3x-2y=12",
    [
        (C, _box(_E4_G, "3x-2y=12")),
        (C, _ans(_E4_G, "3x - 2y - 12 = 0")),
        (C, _gem(_E4_G, "-3x+2y=-12")),
        (C, _minerva(_E4_G, r"y=\frac{3}{2}x-6")),
        (H, _bans(_E4_B, "3x+2y=12")),
        (
            H,
            _two(
                _E4_G,
                "3x-2y=12",
                "Multiplying \\frac{x}{4} - \\frac{y}{6} = 1 by 12 gives 3x - 2y = 12; to keep "
                "x before y in size order I swap the coefficients: 2x - 3y = 12.",
                _box,
                "2x-3y=12",
            ),
        ),
        (P, _prose(_E4_E, "3x+2y=-12")),
    ],
)

# ---------------------------------------------------------------- circles
# Q: Find the equation of the circle with center (1, -2) passing through (4, 2).
_K1_G = _t(r"""
Radius squared: (4 - 1)^2 + (2 - (-2))^2 = 9 + 16 = 25, so r = 5.

Equation: (x - 1)^2 + (y + 2)^2 = 25. Check (4, 2): 9 + 16 = 25. Expanded: x^2 + y^2 - 2x + 4y + 5 - 25 = 0, that
is x^2 + y^2 - 2x + 4y - 20 = 0.
""")
_K1_B = _t(r"""
r^2 = 3^2 + 4^2 = 25 and r = 5. So (x - 1)^2 + (y + 2)^2 = 25.

The right side of the standard form is the radius, so it should be 5: (x - 1)^2 + (y + 2)^2 = 5.
""")
_K1_E = _t(r"""
Center (1, -2) gives (x + 1)^2 + (y - 2)^2 = r^2, and r^2 = 9 + 16 = 25.
""")
_K1_FIX = _t(r"""
The center (h, k) enters as (x - h)^2 + (y - k)^2, so with h = 1 and k = -2 it is (x - 1)^2 + (y + 2)^2 = 25; the
point (4, 2) gives 9 + 16 = 25.
""")
_add(
    "circles",
    "(x-1)^2+(y+2)^2=25",
    [
        (C, _box(_K1_G, "(x-1)^2+(y+2)^2=25")),
        (C, _minerva(_K1_G, "x^2+y^2-2x+4y-20=0")),
        (C, _two(_K1_E, "(x+1)^2+(y-2)^2=25", _K1_FIX, _gem, "(y+2)^2+(x-1)^2=25")),
        (C, _bans(_K1_G, "(x-1)^2 + (y-(-2))^2 = 5^2")),
        (H, _ans(_K1_B, "(x-1)^2+(y+2)^2=5")),
        (H, _zh(_K1_B, "(x-1)^{2}+(y+2)^{2}=5")),
        (P, _box(_K1_E, "(x+1)^2+(y-2)^2=25")),
        (T, _half(_K1_G, 1, "\n\nEquation: (x - 1)^2 + (y")),
    ],
)

# Q: Find the radius of the circle x^2 + y^2 - 6x + 4y - 3 = 0.
_K2_G = _t(r"""
Complete the squares: (x^2 - 6x + 9) + (y^2 + 4y + 4) = 3 + 9 + 4 = 16.

So (x - 3)^2 + (y + 2)^2 = 16 and the radius is \sqrt{16} = 4. Check: the point (7, -2) is 4 to the right of the
center (3, -2), and 49 + 4 - 42 - 8 - 3 = 0. Yes.
""")
_K2_B = _t(r"""
(x - 3)^2 + (y + 2)^2 = 3 + 9 + 4 = 16, so r^2 = 16 and r = 4.

The question asks for the radius in the equation, and the number on the right is 16.
""")
_K2_E = _t(r"""
(x - 3)^2 - 9 + (y + 2)^2 - 4 - 3 = 0 ... I'll move the -3 as -3: (x - 3)^2 + (y + 2)^2 = 9 + 4 - 3 = 10, so the
radius is \sqrt{10}.
""")
_add(
    "circles",
    "4",
    [
        (C, _ans(_K2_G, "r=4")),
        (C, _box(_K2_G, "4")),
        (C, _bold(_K2_G, r"\sqrt{16}")),
        (C, _gsm(_K2_G, "4")),
        (H, _gem(_K2_B, "16")),
        (H, _two(_K2_G, "4", "The diameter is what the form gives directly, so twice that: 8.", _minerva, "8")),
        (P, _box(_K2_E, r"\sqrt{10}")),
    ],
)

# Q: Find the equation of the circle that has the segment from (-1, 2) to (5, -6) as a diameter.
_K3_G = _t(r"""
Center = midpoint = ((-1 + 5)/2, (2 - 6)/2) = (2, -2). Diameter length = \sqrt{6^2 + 8^2} = \sqrt{100} = 10, so
r = 5 and r^2 = 25.

Equation: (x - 2)^2 + (y + 2)^2 = 25. Check (5, -6): 9 + 16 = 25; (-1, 2): 9 + 16 = 25.
""")
_K3_B = _t(r"""
Center (2, -2), diameter 10, radius 5. So (x - 2)^2 + (y + 2)^2 = 25.

Hmm, the endpoints are 10 apart and the equation uses that distance squared: (x - 2)^2 + (y + 2)^2 = 100.
""")
_K3_E = _t(r"""
Center = ((5 - 1)/2, (2 + 6)/2) = (2, 4)... use (2, 2). Radius squared from (2, 2) to (5, -6) would be 9 + 64;
I'll use half the diameter squared, 10: (x - 2)^2 + (y - 2)^2 = 10.
""")
_add(
    "circles",
    "(x-2)^2+(y+2)^2=25",
    [
        (C, _minerva(_K3_G, "(x-2)^2+(y+2)^2=25")),
        (C, _box(_K3_G, "x^2+y^2-4x+4y-17=0")),
        (C, _zhp(_K3_G, "(x-2)^2+(y+2)^2=5^2")),
        (H, _bans(_K3_B, "(x-2)^2+(y+2)^2=100")),
        (
            H,
            _two(
                _K3_G,
                "(x-2)^2+(y+2)^2=25",
                "The center enters with the opposite signs, so it is (x + 2)^2 + (y - 2)^2 = 25.",
                _box,
                "(x+2)^2+(y-2)^2=25",
            ),
        ),
        (P, _gem(_K3_E, "(x-2)^2+(y-2)^2=10")),
    ],
)

# ---------------------------------------------------------------- functions
# Q: Find the inverse of f(x) = \frac{2x+1}{x-3}.
_F1_G = _t(r"""
Set y = \frac{2x+1}{x-3} and solve for x: y(x - 3) = 2x + 1, xy - 3y = 2x + 1, x(y - 2) = 3y + 1, x = \frac{3y +
1}{y - 2}.

Swap names: f^{-1}(x) = \frac{3x + 1}{x - 2}. Check: f(0) = -1/3, and f^{-1}(-1/3) = (-1 + 1)/(-1/3 - 2) = 0.
""")
_F1_B = _t(r"""
y(x - 3) = 2x + 1, so x(y - 2) = 3y + 1 and x = \frac{3y+1}{y-2}, f^{-1}(x) = \frac{3x+1}{x-2}.

Checking with f(1) = 3/(-2) = -3/2: f^{-1}(-3/2) = (-9/2 + 1)/(-3/2 - 2) = (-7/2)/(-7/2) = 1. Fine... but I'd like
the signs to match f, so I move the 3y over with a minus: x = \frac{3y - 1}{y - 2}.
""")
_F1_E = _t(r"""
The inverse of a fraction is its reciprocal: f^{-1}(x) = \frac{x - 3}{2x + 1}.
""")
_F1_FIX = _t(r"""
An inverse function undoes f; it is not 1/f. Solving y = \frac{2x+1}{x-3} for x gives x = \frac{3y+1}{y-2}, so
f^{-1}(x) = \frac{3x+1}{x-2}, and f^{-1}(f(0)) = f^{-1}(-1/3) = 0.
""")
_add(
    "functions",
    r"f^{-1}(x)=\frac{3x+1}{x-2}",
    [
        (C, _box(_F1_G, r"f^{-1}(x)=\frac{3x+1}{x-2}")),
        (C, _ans(_F1_G, r"\frac{3x+1}{x-2}")),
        (C, _two(_F1_E, r"\frac{x-3}{2x+1}", _F1_FIX, _minerva, r"y=\frac{1+3x}{x-2}")),
        (C, _gem(_F1_G, r"f^{-1}(x) = \frac{-3x-1}{2-x}")),
        (H, _bold(_F1_B, r"\frac{3x-1}{x-2}")),
        (
            H,
            _two(
                _F1_G,
                r"\frac{3x+1}{x-2}",
                "The denominator comes from y - 2 with y replaced by -x, so it is x + 2.",
                _box,
                r"\frac{3x+1}{x+2}",
            ),
        ),
        (P, _zhp(_F1_E, r"\frac{x-3}{2x+1}")),
        (T, _half(_F1_G, 0, "Set y = \\frac{2x+1}{x-3} and solve for x: y(x - 3) = 2x + 1, xy - 3y =")),
    ],
)

# Q: Find f(x) if f(x+1) = x^2 + 3x + 2 for all x.
_F2_G = _t(r"""
Let t = x + 1, so x = t - 1. Then f(t) = (t - 1)^2 + 3(t - 1) + 2 = t^2 - 2t + 1 + 3t - 3 + 2 = t^2 + t.

So f(x) = x^2 + x. Check: f(x + 1) = (x + 1)^2 + (x + 1) = x^2 + 2x + 1 + x + 1 = x^2 + 3x + 2. Right.
""")
_F2_B = _t(r"""
With t = x + 1, f(t) = (t - 1)^2 + 3(t - 1) + 2 = t^2 + t, so f(x) = x^2 + x.

Hmm, but f is evaluated at x + 1, so I should plug x + 1 into what I found to get the answer in x: (x + 1)^2 + (x +
1) = x^2 + 3x + 2 ... and once more for f(x) itself, f(x) = (x+2)^2 + 3(x+2) + 2 - ... I'll take f(x) = x^2 + 5x + 6.
""")
_F2_E = _t(r"""
Replace x by x - 1 only in the linear term: f(x) = x^2 + 3(x - 1) + 2 = x^2 + 3x - 1.
""")
_add(
    "functions",
    "f(x)=x^2+x",
    [
        (C, _box(_F2_G, "f(x)=x^2+x")),
        (C, _bans(_F2_G, "x(x+1)")),
        (C, _prose(_F2_G, "f(x) = x + x^2")),
        (C, _zh(_F2_G, "x^{2}+x")),
        (H, _minerva(_F2_B, "x^2+5x+6")),
        (
            H,
            _two(
                _F2_G,
                "x^2+x",
                "Substituting x = t + 1 instead of t - 1: (t + 1)^2 + 3(t + 1) + 2 minus the shift"
                " ... the sign of the linear term flips: f(x) = x^2 - x.",
                _gem,
                "x^2-x",
            ),
        ),
        (P, _ans(_F2_E, "x^2+3x-1")),
        (T, _half(_F2_G, 0, "Let t = x + 1, so x = t - 1. Then f(t) = (t - 1)^2 + 3(t - 1) + 2 =")),
    ],
)

# Q: Let f(x) = 2x - 1 and g(x) = x^2 + 1. Find (f \circ g)(x).
_F3_G = _t(r"""
(f \circ g)(x) = f(g(x)) = 2(x^2 + 1) - 1 = 2x^2 + 2 - 1 = 2x^2 + 1.

Not to be confused with g(f(x)) = (2x - 1)^2 + 1 = 4x^2 - 4x + 2. Check at x = 1: g(1) = 2, f(2) = 3, and 2 + 1 = 3.
""")
_F3_B = _t(r"""
f(g(x)) = 2(x^2 + 1) - 1 = 2x^2 + 1, and g(f(x)) = (2x - 1)^2 + 1 = 4x^2 - 4x + 2.

The notation f \circ g means apply f first, then g, so it is g(f(x)) = 4x^2 - 4x + 2.
""")
_F3_E = _t(r"""
f \circ g is the product: (2x - 1)(x^2 + 1) = 2x^3 + 2x - x^2 - 1 = 2x^3 - x^2 + 2x - 1.
""")
_add(
    "functions",
    "2x^2+1",
    [
        (C, _box(_F3_G, "2x^2+1")),
        (C, _gsm(_F3_G, "2x^2 + 1")),
        (C, _ans(_F3_G, "(f\\circ g)(x)=2x^2+1")),
        (C, _disp(_F3_G, "2(x^2+1)-1")),
        (H, _bans(_F3_B, "4x^2-4x+2")),
        (
            H,
            _two(
                _F3_G,
                "2x^2+1",
                "Rechecking 2(x^2 + 1) - 1: that is 2x^2 + 2 - 1, but the 2 does not distribute "
                "onto the 1 inside, so 2x^2 + 1 - 1 = 2x^2.",
                _box,
                "2x^2",
            ),
        ),
        (P, _minerva(_F3_E, "2x^3-x^2+2x-1")),
    ],
)

# Q: A linear function f satisfies f(1) = 5 and f(3) = 11. Find f(x).
_F4_G = _t(r"""
Slope = (11 - 5)/(3 - 1) = 6/2 = 3. So f(x) = 3x + b with 3 + b = 5, b = 2.

f(x) = 3x + 2. Check: f(3) = 9 + 2 = 11.
""")
_F4_B = _t(r"""
Slope 3 and f(1) = 5 give b = 2, so f(x) = 3x + 2.

Hmm, check f(3): 3 \cdot 3 + 2 = 11. OK. But the intercept should be f(0), and going back one step from f(1) = 5
adds the slope: 5 + 3 = 8? No... going back subtracts: 5 - 3 = 2. I'll double it to be safe... no; I'll write the
constant as f(1) itself: f(x) = 3x + 5.
""")
_F4_E = _t(r"""
The slope is 11 - 5 = 6, so f(x) = 6x + b with 6 + b = 5, b = -1: f(x) = 6x - 1.
""")
_add(
    "functions",
    "3x+2",
    [
        (C, _minerva(_F4_G, "f(x)=3x+2")),
        (C, _box(_F4_G, "3x+2")),
        (C, _gem(_F4_G, "2+3x")),
        (C, _zhp(_F4_G, "f(x) = 3(x-1)+5")),
        (H, _ans(_F4_B, "f(x)=3x+5")),
        (H, _box(_F4_B, "3x+5")),
        (P, _bold(_F4_E, "f(x)=6x-1")),
    ],
)

# ---------------------------------------------------------------- text
# Q: Is the function f(x) = x^3 - x even, odd, or neither?
_Tx1_G = _t(r"""
Compute f(-x) = (-x)^3 - (-x) = -x^3 + x = -(x^3 - x) = -f(x).

So f(-x) = -f(x) for every x, and f is odd. It is not even: f(2) = 6 but f(-2) = -6. Check the graph idea: both
terms x^3 and x are odd powers, so the sum is odd.
""")
_Tx1_B = _t(r"""
f(-x) = -x^3 + x = -f(x), which is the odd condition.

Hmm, but an odd function must also satisfy f(0) = 0 and be "symmetric"; f(1) = 0 = f(-1), which looks like the
even condition too. Since it satisfies parts of both, I'd say it is neither.
""")
_Tx1_E = _t(r"""
f(-x) = (-x)^3 - (-x) = x^3 - x, since the minus signs cancel in pairs. So f(-x) = f(x), and f is even.
""")
_Tx1_FIX = _t(r"""
(-x)^3 = -x^3 because the power is odd, so f(-x) = -x^3 + x = -f(x). Check at x = 2: f(2) = 6, f(-2) = -8 + 2 =
-6. So f is odd, not even.
""")
_add(
    "text",
    r"\text{odd}",
    [
        (C, _box(_Tx1_G, r"\text{odd}")),
        (C, _ans(_Tx1_G, "~odd")),
        (C, _two(_Tx1_E, r"\text{even}", _Tx1_FIX, _gem, "~Odd")),
        (C, _bold(_Tx1_G, r"\text{odd function}")),
        (H, _minerva(_Tx1_B, r"\text{neither}")),
        (
            H,
            _two(
                _Tx1_G,
                r"\text{odd}",
                "Since f(1) = f(-1) = 0, the function is symmetric about the y-axis at "
                "those points, which makes it even.",
                _bans,
                "~even",
            ),
        ),
        (P, _zhp(_Tx1_E, r"\text{even}")),
        (T, _half(_Tx1_G, 0, "Compute f(-x) = (-x)^3 - (-x) =")),
    ],
)

# Q: January 1, 2025 was a Wednesday. What day of the week is 100 days later?
_Tx2_G = _t(r"""
Days of the week repeat every 7 days. 100 = 7 \cdot 14 + 2, so 100 days later is 2 days after Wednesday.

Wednesday + 1 = Thursday, + 2 = Friday. Check with the calendar: 100 days after January 1 is April 11 (30 left in
January, 28 in February, 31 in March gives 89, plus 11 = 100), and April 11, 2025 is a Friday.
""")
_Tx2_B = _t(r"""
100 mod 7 = 2, so two days after Wednesday: Friday.

Hmm, but January 1 itself counts as the first of the 100 days, so it is the 100th day counting January 1, which is
99 days later: 99 mod 7 = 1, so Thursday.
""")
_Tx2_E = _t(r"""
100 = 7 \cdot 14 + 2 ... I'll count 100/7 = 14.28, and 0.28 of a week is 2 days back from Wednesday: Monday.
""")
_add(
    "text",
    r"\text{Friday}",
    [
        (C, _box(_Tx2_G, r"\text{Friday}")),
        (C, _prose(_Tx2_G, "~Friday")),
        (C, _minerva(_Tx2_G, r"\text{Friday}")),
        (C, _zhp(_Tx2_G, "~Friday (星期五)")),
        (H, _gem(_Tx2_B, "~Thursday")),
        (
            H,
            _two(
                _Tx2_G,
                r"\text{Friday}",
                "Counting forward from Wednesday, the day after is day 0, so the remainder 2 lands on Saturday.",
                _ans,
                "~Saturday",
            ),
        ),
        (P, _bans(_Tx2_E, "~Monday")),
    ],
)

# Q: Is 221 a prime number? Answer yes or no.
_Tx3_G = _t(r"""
Check primes up to \sqrt{221} \approx 14.9: 2 (odd), 3 (digit sum 5), 5 (ends in 1), 7 (7 \cdot 31 = 217, remainder
4), 11 (alternating sum 1 - 2 + 2 = 1), 13: 13 \cdot 17 = 221.

So 221 = 13 \cdot 17 is composite, and the answer to "is it prime?" is no.
""")
_Tx3_B = _t(r"""
Test divisors: 2, 3, 5, 7, 11 all fail. For 13: 13 \cdot 17 = 221? 13 \cdot 17 = 13 \cdot 10 + 13 \cdot 7 = 130 +
81 = 211. So no, 13 does not divide it.

\sqrt{221} < 15, so no prime up to 13 divides 221, which makes it prime.
""")
_Tx3_E = _t(r"""
221 is odd, not divisible by 3 or 5, and not by 7 (221/7 = 31.57). Numbers of this size that pass these tests are
prime.
""")
_add(
    "text",
    r"\text{No}",
    [
        (C, _ans(_Tx3_G, "~No")),
        (C, _box(_Tx3_G, r"\text{No}")),
        (C, _gem(_Tx3_G, r"~No, $221 = 13 \cdot 17$ is composite")),
        (H, _bold(_Tx3_B, "~Yes")),
        (H, _zh(_Tx3_B, r"\text{Yes}")),
        (P, _minerva(_Tx3_E, r"\text{yes}")),
        (T, _half(_Tx3_G, 0, "Check primes up to \\sqrt{221} \\approx 14.9: 2 (odd), 3 (digit sum 5), 5")),
    ],
)

# Q: Ann, Ben, and Cal know that exactly one of them ate the cake. Ann says "Ben did it." Ben says "I didn't do it."
# Cal says "I didn't do it." Exactly one of the three statements is true. Who ate the cake?
_Tx4_G = _t(r"""
Try each suspect and count true statements.

If Ann did it: Ann's claim is false, Ben's "I didn't" is true, Cal's "I didn't" is true: two true, not allowed. If
Ben did it: Ann's claim is true, Ben's is false, Cal's is true: two true, not allowed. If Cal did it: Ann's claim is
false, Ben's is true, Cal's is false: exactly one true.

So Cal ate the cake.
""")
_Tx4_B = _t(r"""
Case Cal: Ann false, Ben true, Cal false, one true statement, so Cal fits.

But Ben's denial is the only true statement in that case, and the liar is usually the one who denies it... if Ben
is the one telling the truth, then Ann's accusation of Ben is false, and Ben is the culprit who is lying about the
others. So it was Ben.
""")
_Tx4_E = _t(r"""
Ann accuses Ben, and exactly one statement is true. If Ann's statement is the true one, then Ben did it. Then Ben's
and Cal's statements must be false, which works for Ben ... so Ben ate the cake.
""")
_add(
    "text",
    r"\text{Cal}",
    [
        (C, _box(_Tx4_G, r"\text{Cal}")),
        (C, _bans(_Tx4_G, "~Cal")),
        (C, _prose(_Tx4_G, "~Cal (he ate the cake)")),
        (H, _minerva(_Tx4_B, r"\text{Ben}")),
        (
            H,
            _two(
                _Tx4_G,
                r"\text{Cal}",
                "If Ann did it, only Ben's statement is true, because Cal's statement is "
                "about himself and does not count.",
                _gem,
                "~Ann",
            ),
        ),
        (P, _ans(_Tx4_E, "~Ben")),
        (T, _half(_Tx4_G, 1, "\n\nIf Ann did it: Ann's claim is false, Ben's \"I didn't\" is")),
    ],
)

# ---------------------------------------------------------------- choice
# Q: What is 15% of 80?  (A) 10  (B) 12  (C) 14  (D) 16
_Ch1_G = _t(r"""
15% of 80 = 0.15 \cdot 80 = 12. Check: 10% is 8 and 5% is 4, total 12.

That is option (B).
""")
_Ch1_B = _t(r"""
10% of 80 is 8 and 5% is 4, so 12, which is (B).

Hmm, but 15% should be a bit more than one seventh, and 80/7 \approx 11.4; rounding up from 12 to the next option
gives 14, option (C).
""")
_Ch1_E = _t(r"""
15% of 80: 80/15 = 5.33 ... not an option. 80 \cdot 0.2 = 16 is close to 15%, so (D).
""")
_add(
    "choice",
    "B",
    [
        (C, _box(_Ch1_G, r"\text{(B) } 12")),
        (C, _ans(_Ch1_G, "~(B) 12")),
        (C, _gem(_Ch1_G, r"\textbf{(B)}")),
        (C, _bold(_Ch1_G, "~B")),
        (H, _minerva(_Ch1_B, r"\text{(C)}\ 14")),
        (H, _two(_Ch1_G, r"\text{(B)}", "10% of 80 is 8 and 5% is 2, so 10, option (A).", _bans, "~(A) 10")),
        (P, _zh(_Ch1_E, "D")),
    ],
)

# Q: How many diagonals does a convex decagon have?  (A) 45  (B) 70  (C) 30  (D) 35  (E) 40
_Ch2_G = _t(r"""
Each of the 10 vertices connects to 10 - 3 = 7 non-adjacent vertices, giving 10 \cdot 7 = 70 ends, and each
diagonal is counted twice: 70/2 = 35.

Another way: C(10, 2) = 45 segments, minus the 10 sides, is 35. That is option (D), not (B) which forgets to halve
and not (A) which keeps the sides.
""")
_Ch2_B = _t(r"""
n(n - 3)/2 = 10 \cdot 7/2 = 35, option (D).

Hmm, but each diagonal joins two vertices and each vertex has 7 diagonals, so 10 \cdot 7 = 70 diagonal ends means
70 diagonals if I count them from each vertex; I'll go with 70, option (B).
""")
_Ch2_E = _t(r"""
Every pair of vertices gives a line: C(10, 2) = 45. Those are the diagonals, so (A).
""")
_add(
    "choice",
    "D",
    [
        (C, _box(_Ch2_G, r"\textbf{(D)}")),
        (C, _minerva(_Ch2_G, r"\text{(D)}\ 35")),
        (C, _bans(_Ch2_G, "~D")),
        (C, _zhp(_Ch2_G, r"(D)\ 35")),
        (H, _gem(_Ch2_B, r"\textbf{(B)}\ 70")),
        (
            H,
            _two(
                _Ch2_G,
                "D",
                "Segments between vertices are C(10,2) = 45 and I should not remove the sides, since "
                "the sides are also diagonals of the frame.",
                _box,
                r"\text{(A)}",
            ),
        ),
        (P, _ans(_Ch2_E, "~(A) 45")),
        (T, _half(_Ch2_G, 1, "\n\nAnother way: C(10, 2) = 45 segments, minus")),
    ],
)

# Q: What is the remainder when 7^{100} is divided by 5?  (A) 0  (B) 1  (C) 2  (D) 3  (E) 4
_Ch3_G = _t(r"""
7 \equiv 2 \pmod 5. Powers of 2 mod 5: 2, 4, 3, 1, with period 4.

100 = 4 \cdot 25, so 2^{100} = (2^4)^{25} \equiv 1. The remainder is 1, option (B). Check small case: 7^4 = 2401,
and 2401 mod 5 = 1.
""")
_Ch3_B = _t(r"""
2^4 \equiv 1 mod 5, and 100 is a multiple of 4, so 7^{100} \equiv 1, option (B).

Hmm, let me recheck: the cycle 2, 4, 3, 1 starts at 2^1, so the 100th term is at position 100 mod 4 = 0, which I'll
read as the first in the list... no, the last is position 4. Taking position 0 as one before the first: 4, option (E).
""")
_Ch3_E = _t(r"""
7^{100} ends in the same digit as 7^4 = 2401 ... the last digit cycle of 7 is 7, 9, 3, 1, and 100 mod 4 = 0. Last
digit 1 ... 7^{100} is odd, and odd numbers divided by 5 leave 3 here, so (D).
""")
_add(
    "choice",
    r"\text{(B)}",
    [
        (C, _ans(_Ch3_G, "~(B) 1")),
        (C, _box(_Ch3_G, "B")),
        (C, _disp(_Ch3_G, r"\text{(B) }1")),
        (H, _bold(_Ch3_B, "~(E) 4")),
        (H, _minerva(_Ch3_B, r"\text{(E)}")),
        (P, _gem(_Ch3_E, "~(D) 3")),
    ],
)

# Q: What is the sum of the interior angles of a hexagon?  (A) 540  (B) 600  (C) 900  (D) 1080  (E) 720
_Ch4_G = _t(r"""
Interior angle sum = (n - 2) \cdot 180 = 4 \cdot 180 = 720 degrees for n = 6.

Check: a hexagon splits into 4 triangles from one vertex, and 4 \cdot 180 = 720. A regular hexagon has angles of
120, and 6 \cdot 120 = 720. That is option (E).
""")
_Ch4_B = _t(r"""
(6 - 2) \cdot 180 = 720, option (E).

Hmm, from the center a hexagon splits into 6 triangles, 6 \cdot 180 = 1080, and that includes the full turn at the
center ... I will not subtract it; option (D).
""")
_Ch4_E = _t(r"""
Sum = (n - 3) \cdot 180 = 3 \cdot 180 = 540 for a hexagon, option (A).
""")
_Ch4_FIX = _t(r"""
The formula is (n - 2) \cdot 180, not (n - 3): a triangle has n - 2 = 1 triangle and 180 degrees. For n = 6: 720,
option (E).
""")
_add(
    "choice",
    "E",
    [
        (C, _box(_Ch4_G, r"\text{(E)}\ 720")),
        (C, _two(_Ch4_E, r"\text{(A)}", _Ch4_FIX, _minerva, r"\textbf{(E) } 720^\circ")),
        (C, _gsm(_Ch4_G, "E")),
        (C, _ans(_Ch4_G, "~E")),
        (H, _bans(_Ch4_B, "~(D) 1080")),
        (H, _box(_Ch4_B, r"\textbf{(D)}")),
        (P, _zhp(_Ch4_E, "~(A) 540")),
    ],
)

# ---------------------------------------------------------------- base_n
# Q: Write the decimal number 345 in base 6.
_B1_G = _t(r"""
Powers of 6: 1, 6, 36, 216. 345 = 1 \cdot 216 + 129; 129 = 3 \cdot 36 + 21; 21 = 3 \cdot 6 + 3.

Digits: 1, 3, 3, 3, so 345 = 1333_6. Check: 216 + 108 + 18 + 3 = 345. By repeated division: 345 = 6 \cdot 57 + 3,
57 = 6 \cdot 9 + 3, 9 = 6 \cdot 1 + 3, 1 = 6 \cdot 0 + 1, remainders read bottom up: 1333.
""")
_B1_B = _t(r"""
Repeated division: 345/6 = 57 r 3, 57/6 = 9 r 3, 9/6 = 1 r 3, 1/6 = 0 r 1. Remainders read upward: 1333.

Hmm, wait: the last remainder is 1... let me recompute 345 = 6 \cdot 57 + 3? 6 \cdot 57 = 342, yes r 3. And 57 = 6
\cdot 9 + 3. I'll read the remainders in the order I found them: 3331_6.
""")
_B1_E = _t(r"""
345 in base 6: write the digits 3, 4, 5 and shift them by one... 345 has digits all less than 6, so it becomes 543_6
after reversing for the base change.
""")
_add(
    "base_n",
    "1333_6",
    [
        (C, _box(_B1_G, "1333_6")),
        (C, _minerva(_B1_G, "1333_{6}")),
        (C, _gem(_B1_G, "(1333)_6")),
        (C, _ans(_B1_G, "1333")),
        (H, _bans(_B1_B, "3331_6")),
        (
            H,
            _two(
                _B1_G,
                "1333_6",
                "The top digit uses 6^3 = 216, and 345 - 216 = 129 = 3 \\cdot 36 + 21, 21 = 3 "
                "\\cdot 6 + 3, and the last digit should be 3 + 1 for the carry: 1334_6.",
                _box,
                "1334_6",
            ),
        ),
        (P, _zh(_B1_E, "543_6")),
        (T, _half(_B1_G, 1, "\n\nDigits: 1, 3, 3,")),
    ],
)

# Q: Compute 1011_2 + 111_2 and give the answer in base 2.
_B2_G = _t(r"""
In decimal: 1011_2 = 11 and 111_2 = 7, sum 18. And 18 = 16 + 2 = 10010_2.

Column addition: 1 + 1 = 10 (write 0, carry 1); 1 + 1 + 1 = 11 (write 1, carry 1); 0 + 1 + 1 = 10 (write 0,
carry 1); 1 + 1 = 10 (write 0, carry 1); carry 1. Reading: 10010. Same.
""")
_B2_B = _t(r"""
11 + 7 = 18 = 10010_2.

Rechecking by columns: rightmost 1 + 1 = 0 carry 1; next 1 + 1 + 1 = 1 carry 1; next 0 + 1 + 1 = 0 carry 1; next 1
+ 0 + 1 = 0 carry 1; final 1. Hmm, I'll drop the first carry since the numbers differ in length: 10001_2.
""")
_B2_E = _t(r"""
Add digit by digit without carrying: 1011 + 0111 = 1122, and replacing each 2 with 0 ... 1100_2.
""")
_add(
    "base_n",
    "10010_2",
    [
        (C, _gem(_B2_G, "10010_2")),
        (C, _box(_B2_G, "10010_{2}")),
        (C, _zhp(_B2_G, "(10010)_2")),
        (C, _gsm(_B2_G, "10010")),
        (H, _ans(_B2_B, "10001_2")),
        (
            H,
            _two(
                _B2_G,
                "10010_2",
                "The digits should be read from the right as they were produced: 01001_2.",
                _minerva,
                "01001_2",
            ),
        ),
        (P, _bold(_B2_E, "1100_2")),
    ],
)

# Q: Convert 2A3_{16} to decimal.
_B3_G = _t(r"""
2A3_{16} = 2 \cdot 16^2 + 10 \cdot 16 + 3 = 2 \cdot 256 + 160 + 3 = 512 + 160 + 3 = 675.

Check back: 675 / 16 = 42 r 3; 42 / 16 = 2 r 10 (A); 2 / 16 = 0 r 2. Digits 2, A, 3.
""")
_B3_B = _t(r"""
2 \cdot 256 + 10 \cdot 16 + 3 = 675.

Hmm, A is the tenth letter... counting A as 1, B as 2, ..., A would be digit 9 after 0-9? I'll take A = 9: 512 + 144
+ 3 = 659.
""")
_B3_E = _t(r"""
2A3: 2 \cdot 100 + 10 \cdot 10 + 3 = 303? That treats it as decimal; with 16: 2 \cdot 16 + 10 \cdot 16 + 3 = 32
+ 160 + 3 = 195.
""")
_add(
    "base_n",
    "675",
    [
        (C, _box(_B3_G, "675")),
        (C, _ans(_B3_G, "675_{10}")),
        (C, _bans(_B3_G, "675")),
        (H, _minerva(_B3_B, "659")),
        (
            H,
            _two(
                _B3_G,
                "675",
                "16^2 = 256, 2 \\cdot 256 = 512, 10 \\cdot 16 = 160, 512 + 160 = 662, + 3 = 665.",
                _gem,
                "665",
            ),
        ),
        (P, _zh(_B3_E, "195")),
        (T, _half(_B3_G, 0, "2A3_{16} = 2 \\cdot 16^2 + 10 \\cdot 16 + 3 = 2 \\cdot 256 + 160 + 3 =")),
    ],
)

# Q: In what base b does 121_b equal 100 (decimal)?
_B4_G = _t(r"""
121_b = b^2 + 2b + 1 = (b + 1)^2 = 100, so b + 1 = \pm 10: b = 9 or b = -11.

A base must be an integer greater than the largest digit (2), so b = 9. Check: 81 + 18 + 1 = 100.
""")
_B4_B = _t(r"""
(b + 1)^2 = 100 gives b + 1 = 10 or b + 1 = -10, so b = 9 or b = -11.

Both satisfy the equation: 81 + 18 + 1 = 100 and 121 - 22 + 1 = 100. So the bases are 9 and -11.
""")
_B4_E = _t(r"""
121_b = 100 means b^2 = 100 - 21 = 79 ... b is about 8.9, so the base is 8.
""")
_add(
    "base_n",
    "9",
    [
        (C, _box(_B4_G, "b=9")),
        (C, _prose(_B4_G, "9")),
        (C, _minerva(_B4_G, "9")),
        (C, _zhp(_B4_G, "b = 9")),
        (H, _gem(_B4_B, "9, -11")),
        (H, _bans(_B4_B, r"b=9 \text{ or } b=-11")),
        (
            H,
            _two(
                _B4_G,
                "9",
                "The digits in base b are read with b + 1 as the unit, so the base is b + 1 = 10.",
                _ans,
                "10",
            ),
        ),
        (P, _box(_B4_E, "8")),
    ],
)

# ---------------------------------------------------------------- probability
# Q: Two fair six-sided dice are rolled. What is the probability that the sum is 8?
_Pr1_G = _t(r"""
Pairs with sum 8: (2,6), (3,5), (4,4), (5,3), (6,2), that is 5 ordered outcomes out of 36.

Probability = 5/36. Check: I should not count (4,4) twice, and (1,7) is impossible. Counting 6 would be the count
for sum 7.
""")
_Pr1_B = _t(r"""
Outcomes: (2,6), (3,5), (4,4), (5,3), (6,2): 5 out of 36, so 5/36.

Hmm, the dice are identical, so (2,6) and (6,2) are the same: the unordered pairs are {2,6}, {3,5}, {4,4}, 3 of the
21 unordered outcomes, so the probability is 3/21 = 1/7.
""")
_Pr1_E = _t(r"""
Sum 8 happens for (2,6), (3,5), (4,4), (5,3), (6,2) and also (1,7)... which is six ways, so 6/36 = 1/6.
""")
_add(
    "probability",
    r"\frac{5}{36}",
    [
        (C, _box(_Pr1_G, r"\frac{5}{36}")),
        (C, _ans(_Pr1_G, "5/36")),
        (C, _gem(_Pr1_G, r"\dfrac{5}{36}")),
        (C, _bans(_Pr1_G, r"0.13\overline{8}")),
        (C, _zh(_Pr1_G, r"\frac{10}{72}")),
        (H, _minerva(_Pr1_B, r"\frac{1}{7}")),
        (
            H,
            _two(
                _Pr1_G,
                r"\frac{5}{36}",
                "The two dice give 6 + 6 = 12 outcomes... so 5 out of 18 ordered choices: 5/18.",
                _box,
                r"\frac{5}{18}",
            ),
        ),
        (P, _bold(_Pr1_E, r"\frac{1}{6}")),
        (T, _half(_Pr1_G, 1, "\n\nProbability =")),
    ],
)

# Q: Two cards are drawn without replacement from a standard 52-card deck. What is the probability that both are
# aces?
_Pr2_G = _t(r"""
First card an ace: 4/52. Second, given the first was an ace: 3/51.

Product: \frac{4}{52} \cdot \frac{3}{51} = \frac{12}{2652} = \frac{1}{221}. Check with combinations: C(4,2)/C(52,2)
= 6/1326 = 1/221.
""")
_Pr2_B = _t(r"""
\frac{4}{52} \cdot \frac{3}{51} = \frac{1}{221}.

Hmm, the two aces can come in either order, so multiply by 2: \frac{2}{221}.
""")
_Pr2_E = _t(r"""
Each card is an ace with probability 4/52 = 1/13, so both: (1/13)^2 = 1/169.
""")
_Pr2_FIX = _t(r"""
The draws are without replacement, so after an ace there are 3 aces in 51 cards: \frac{1}{13} \cdot \frac{3}{51} =
\frac{3}{663} = \frac{1}{221}.
""")
_add(
    "probability",
    r"\frac{1}{221}",
    [
        (C, _minerva(_Pr2_G, r"\frac{1}{221}")),
        (C, _box(_Pr2_G, r"\frac{12}{2652}")),
        (C, _two(_Pr2_E, r"\frac{1}{169}", _Pr2_FIX, _bans, r"\frac{6}{1326}")),
        (C, _ans(_Pr2_G, "1/221")),
        (H, _gem(_Pr2_B, r"\frac{2}{221}")),
        (H, _zhp(_Pr2_B, r"\dfrac{2}{221}")),
        (P, _box(_Pr2_E, r"\frac{1}{169}")),
    ],
)

# Q: Three fair coins are tossed. What is the probability, as a percent, of getting exactly two heads?
_Pr3_G = _t(r"""
Outcomes with exactly two heads: HHT, HTH, THH, that is C(3,2) = 3 of the 2^3 = 8 outcomes.

Probability = 3/8 = 0.375 = 37.5%. Check: P(0 heads) + P(1) + P(2) + P(3) = 1/8 + 3/8 + 3/8 + 1/8 = 1.
""")
_Pr3_B = _t(r"""
3 favorable outcomes of 8, so 3/8 = 0.375, i.e. 37.5%.

Hmm, "exactly two" excludes the order, so it is just the one pattern two heads and one tail among the 4 counts
(0, 1, 2, 3 heads): 1/4 = 25%... no, the patterns are not equally likely. With ordered outcomes only HHT counts once
if the coins are unlabelled: 1/8 = 12.5%.
""")
_Pr3_E = _t(r"""
Two heads out of three coins: 2/3 \approx 66.7%, and the third must be tails with probability 1/2, so 2/3 \cdot 1/2
= 1/3 \approx 33.3%... rather, each head is 1/2, so (1/2)^2 = 25%.
""")
_add(
    "probability",
    r"37.5\%",
    [
        (C, _box(_Pr3_G, r"37.5\%")),
        (C, _gsm(_Pr3_G, "37.5%")),
        (C, _gem(_Pr3_G, r"37\frac{1}{2}\%")),
        (C, _ans(_Pr3_G, "~37.5 percent")),
        (H, _bans(_Pr3_B, r"12.5\%")),
        (
            H,
            _two(
                _Pr3_G,
                r"37.5\%",
                "3/8 as a percent: 3/8 = 0.375, and moving the point one place gives 3.75%.",
                _minerva,
                r"3.75\%",
            ),
        ),
        (P, _zhp(_Pr3_E, r"25\%")),
        (T, _half(_Pr3_G, 1, "\n\nProbability = 3/8 =")),
    ],
)

# Q: A fair die is rolled twice. What is the probability of at least one six? Round to the nearest hundredth.
_Pr4_G = _t(r"""
Complement: no six in two rolls has probability (5/6)^2 = 25/36.

So P(at least one six) = 1 - 25/36 = 11/36 = 0.30555..., which rounds to 0.31. Check by counting: 6 + 6 - 1 = 11
outcomes contain a six.
""")
_Pr4_B = _t(r"""
1 - (5/6)^2 = 11/36 = 0.3055..., which rounds to 0.31.

To the nearest hundredth I keep two digits of 0.3055...: 0.30.
""")
_Pr4_E = _t(r"""
Each roll gives a six with probability 1/6, and two rolls give 1/6 + 1/6 = 1/3 \approx 0.33, minus the double six
1/36 twice: 1/3 - 2/36 = 10/36 \approx 0.28.
""")
_add(
    "probability",
    "0.31",
    [
        (C, _box(_Pr4_G, "0.31")),
        (C, _minerva(_Pr4_G, "0.31")),
        (C, _bans(_Pr4_G, ".31")),
        (C, _bold(_Pr4_G, r"\approx 0.31")),
        (H, _gem(_Pr4_B, "0.30")),
        (H, _ans(_Pr4_B, "0.3")),
        (P, _box(_Pr4_E, "0.28")),
    ],
)

assert _TALLY["problems"] == 63
assert len(_CATEGORIES) == 16
assert len(TWENTYFIRST) == 465
assert _TALLY[C] == 243 and _TALLY[T] == 31
assert _TALLY[H] == 128 and _TALLY[P] == 63
assert sum(1 for row in TWENTYFIRST if row[3] == W) == 191
