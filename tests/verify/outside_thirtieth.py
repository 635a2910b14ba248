"""THIRTIETH: a held-out batch of labelled answer-verification pairs on geometry, vectors and matrices (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch30) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, plus by an over-long read its lines 141-175, which hold only response
builders; and the last 30 lines of outside_twentyninth.py, for the closing asserts), and without running longcot,
math-verify, a sympy-based grader or any other grader on any pair. Every pair was labelled by hand (python used by
hand only to check arithmetic); pairs a reasonable grader could label either way were left out (bare decimal
approximations of exact constants, answers in another unit than the question names), and the rotation question
names column vectors so that a row-convention transpose is plainly wrong. Committed before any grading run, so
its first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). The theme is
geometry and its relatives: angles in degrees (`165^\\circ`, `165°`, "165 degrees", a bare number where the
question asks for degrees) and in radians where the question asks radians; exact trig values
(`\\frac{\\sqrt{6}-\\sqrt{2}}{4}`, `2-\\sqrt{3}`, solution sets on `[0, 2\\pi)`); lengths and areas with radicals and
pi; points (`(2, -3)` and "x = 2, y = -3"); equations of lines, circles and ellipses in equivalent forms
(slope-intercept, general, point-slope, expanded, cleared of fractions, sides swapped); vectors as angle brackets,
tuples, column pmatrix, `\\mathbf{i}`-`\\mathbf{j}`-`\\mathbf{k}` sums and scalar multiples; complex numbers in
rectangular, factored, exponential and cis forms; matrices as pmatrix and bmatrix, with a scalar factored out;
eigenvalue lists and sets; ratios of areas and volumes as fractions, `a:b` and decimals.
Each response models a long chain of thought: a set-up, the computation, and a "Wait, let me recheck" verification
by a second method, with false starts in the flawed ones. Endings: a boxed sentence, **Final Answer** over a
display box, "The answer is $x$.", a bold **Answer:** line, Minerva "Final Answer: The final answer is $x$. I hope
it is correct.", GSM8K `#### x`, a "### Final Answer" heading (boxed and unboxed), DeepSeek-R1 `<think>`...
`</think>` then a summary and a display box, a box followed by a remark, o1-style closing prose, an o1/o3-style
concise summary of hidden reasoning then a bold boxed answer, Claude-style markdown with `##` headers and a bold
result, a closing sentence in words, and an earlier box overruled by a recheck and a later final answer (the last
stated final answer wins).
Each problem has one worked reasoning (`_X_G`, reaching the gold), one flawed reasoning that holds the gold as an
intermediate or rejected candidate (`_X_B`) and one flawed reasoning without it (`_X_E`, a few of which hold it in
another form and are tagged hard); `_two` appends an earlier box, a recheck and a final box (a wrong box fixed to the
gold is a correct row; a right box broken into a wrong answer is a hard negative), and `_half` keeps the first
paragraphs of a worked reasoning and stops mid-computation. Correct rows vary the form of the answer and the ending.
Negatives lean on precision: a sign (`\\sqrt{3}-2`, `4 + 3i`, `(-3, -6, -3)`), a factor of two or a missing square
root, the supplement or complement of the angle, a reversed ratio or swapped coordinates, a transposed matrix or
the cofactor matrix for the inverse, a missing or extra solution (dropping `0`, adding the excluded endpoint `2\\pi`,
one root of a conjugate pair, only the larger eigenvalue), a swapped pair of ellipse denominators, the arc length
for the sector area, the inscribed circle for the circumscribed one, a negative angle where a positive one is asked.
Rows are added per problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`. The
question itself is not part of the row; the comment above each problem states it.
50 problems in 10 categories (angles, trig, lengths, areas, points, equations, vectors, complex, matrices, ratios;
5 each); 452 rows: 230 correct, 182 incorrect, 40 truncated. Of the 182 negatives, 123 are hard (the gold in the text
as an intermediate, a rejected candidate or an earlier box later overruled) and 59 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTIETH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTIETH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _box(r: str, a: str) -> str:
    """A boxed closing sentence."""
    return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."


def _fa(r: str, a: str) -> str:
    """**Final Answer** with a display box on its own lines."""
    return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _is(r: str, a: str) -> str:
    """`The answer is $a$.` with no box."""
    return r + "\n\nThe answer is $" + a + "$."


def _bold(r: str, a: str) -> str:
    """A bold **Answer:** line."""
    return r + "\n\n**Answer:** $" + a + "$"


def _min(r: str, a: str) -> str:
    """Minerva: `Final Answer: The final answer is $a$. I hope it is correct.`"""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### a`."""
    return r + "\n#### " + a


def _head(r: str, a: str, box: bool = True) -> str:
    """A `### Final Answer` heading, the answer on the next line."""
    shown = "\\boxed{" + a + "}" if box else a
    return r + "\n\n### Final Answer\n$" + shown + "$"


def _r1(r: str, a: str, summary: str = "") -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    s = summary or "I set the problem up, computed the quantity asked for, and checked it a second way."
    return "<think>\n" + r + "\n</think>\n\n" + s + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"


def _rem(r: str, a: str, remark: str = "") -> str:
    """A box followed by a remark."""
    s = remark or "Remark: drawing a quick sketch first makes slips of this kind much easier to catch."
    return r + "\n\nSo the final answer is $\\boxed{" + a + "}$.\n\n" + s


def _prose(r: str, a: str) -> str:
    """o1-style closing prose with the answer in inline math and no box."""
    return r + "\n\nPutting everything together, the quantity asked for is $" + a + "$."


def _md(r: str, a: str) -> str:
    """Claude-style markdown: headers, the work, and a bold result."""
    return "## Setting up\n\n" + r + "\n\n## Result\n\nThe answer is **$" + a + "$**."


def _o1(r: str, a: str) -> str:
    """o1/o3-style: only a concise summary of hidden reasoning (the last paragraph), then a boxed answer."""
    last = r.split("\n\n")[-1]
    return "**Summary of the solution.** " + last + "\n\n**Answer:** $\\boxed{" + a + "}$"


def _raw(r: str, close: str) -> str:
    """The work, then a closing sentence written out in full (answers in words or with `x =` parts)."""
    return r + "\n\n" + close


def _two(r: str, first: str, recheck: str, final: str) -> str:
    """An earlier box, a recheck paragraph, then a later final answer (the last stated final answer wins)."""
    recheck = " ".join(line.strip() for line in recheck.strip().splitlines())
    return (
        r
        + "\n\nSo the answer is $\\boxed{"
        + first
        + "}$.\n\nWait, let me recheck that. "
        + recheck
        + "\n\nSo the final answer is $\\boxed{"
        + final
        + "}$."
    )


def _half(r: str, k: int, tail: str) -> str:
    """The first k paragraphs of a reasoning, then a tail that stops mid-computation with no final answer."""
    return "\n\n".join(r.split("\n\n")[:k]) + "\n\n" + tail


# ---------------------------------------------------------------------------------------------------------------
# angles
# ---------------------------------------------------------------------------------------------------------------

# A1. What is the measure, in degrees, of each interior angle of a regular 24-gon?
_A1_G = _t(r"""
We need one interior angle of a regular polygon with $n = 24$ sides. All interior angles are equal, so it is the
angle sum divided by $24$.

The interior angle sum of an $n$-gon is $(n - 2) \cdot 180^\circ$. Here that is $22 \cdot 180^\circ = 3960^\circ$.
Dividing, $3960 / 24 = 165$, so each interior angle is $165^\circ$.

Wait, let me recheck with exterior angles. The exterior angles of any convex polygon add up to $360^\circ$, so each
exterior angle is $360/24 = 15^\circ$, and the interior angle is its supplement, $180 - 15 = 165$. Both ways agree.
""")
_A1_B = _t(r"""
For a regular $24$-gon the angle sum is $(24 - 2) \cdot 180^\circ = 3960^\circ$, and $3960/24 = 165^\circ$.

Hmm, but the angle that the polygon turns through at each vertex is the exterior one: walking around the polygon we
turn $360^\circ$ in total, so at each vertex we turn $360/24 = 15^\circ$. The $165^\circ$ is the angle on the other
side of the side extension, so the angle at the vertex that we want is the turning angle, $15^\circ$.
""")
_A1_E = _t(r"""
Each interior angle of a regular $n$-gon is $\frac{(n-1) \cdot 180^\circ}{n}$, since a polygon splits into $n - 1$
triangles from a vertex.

With $n = 24$: $\frac{23 \cdot 180}{24} = \frac{4140}{24} = 172.5$. Let me recheck: $24 \cdot 172.5 = 4140$. Yes.
""")
_add(
    "angles",
    r"165^\circ",
    [
        (C, _box(_A1_G, r"165^\circ")),
        (C, _raw(_A1_G, "Each interior angle of the regular 24-gon measures 165 degrees.")),
        (C, _md(_A1_G, r"165°")),
        (
            C,
            _two(
                _A1_E,
                r"172.5^\circ",
                r"""From one vertex the diagonals split the polygon into $n - 2 = 22$ triangles, not $n - 1$. So the
                sum is $22 \cdot 180 = 3960$ and each angle is $3960/24 = 165$.""",
                r"165^\circ",
            ),
        ),
        (H, _fa(_A1_B, r"15^\circ")),
        (
            H,
            _two(
                _A1_G,
                r"165^\circ",
                r"""The question could mean the angle between adjacent sides measured outside; at each vertex the
                polygon turns by $15^\circ$, so that is the angle.""",
                r"15^\circ",
            ),
        ),
        (H, _r1(_A1_B, r"15^\circ")),
        (P, _is(_A1_E, r"172.5^\circ")),
        (
            T,
            _half(
                _A1_G, 1, r"The interior angle sum of an $n$-gon is $(n - 2) \cdot 180^\circ$. Here that is $22 \cdot"
            ),
        ),
    ],
)

# A2. In triangle ABC, angle A = 50 degrees, and the bisectors of angles B and C meet at I. Find angle BIC in degrees.
_A2_G = _t(r"""
Let $\angle B = 2\beta$ and $\angle C = 2\gamma$. Then $2\beta + 2\gamma = 180^\circ - 50^\circ = 130^\circ$, so
$\beta + \gamma = 65^\circ$.

In triangle $BIC$ the angles at $B$ and $C$ are the half angles $\beta$ and $\gamma$, so
$\angle BIC = 180^\circ - (\beta + \gamma) = 180^\circ - 65^\circ = 115^\circ$.

Wait, let me recheck with the standard formula $\angle BIC = 90^\circ + \frac{A}{2} = 90^\circ + 25^\circ = 115^\circ$.
Also a concrete case: if $B = C = 65^\circ$, the half angles are $32.5^\circ$ each and
$180 - 65 = 115$. Consistent.
""")
_A2_B = _t(r"""
The half angles at $B$ and $C$ add to $\frac{180^\circ - 50^\circ}{2} = 65^\circ$, so in triangle $BIC$ the third
angle is $180^\circ - 65^\circ = 115^\circ$.

Hmm, but the point where two bisectors meet is the excenter when one of them is external, and the usual formula for
that is $90^\circ - \frac{A}{2}$. Since the problem says the bisectors meet "at I" and I want the acute angle of the
configuration, I'll use $90 - 25 = 65^\circ$ rather than $115^\circ$.
""")
_A2_E = _t(r"""
The angle at $I$ between the two bisectors should equal the sum of the angles at $B$ and $C$, because the bisectors
carry those angles over to $I$.

$B + C = 180^\circ - 50^\circ = 130^\circ$. So $\angle BIC = 130^\circ$. Checking with an equilateral-like case is not
possible here since $A = 50^\circ$, but the number looks plausible.
""")
_add(
    "angles",
    r"115^\circ",
    [
        (C, _fa(_A2_G, r"115^\circ")),
        (C, _gsm(_A2_G, "115")),
        (
            C,
            _two(
                _A2_E,
                r"130^\circ",
                r"""In triangle $BIC$ the angles at $B$ and $C$ are only half of $B$ and $C$, so they add to $65^\circ$
                and $\angle BIC = 180 - 65 = 115^\circ$.""",
                r"115^\circ",
            ),
        ),
        (H, _bold(_A2_B, r"65^\circ")),
        (
            H,
            _two(
                _A2_G,
                r"115^\circ",
                r"""Actually the angle formed between the bisectors is supplementary to that, $180 - 115 = 65$.""",
                r"65^\circ",
            ),
        ),
        (H, _gsm(_A2_B, "65")),
        (P, _head(_A2_E, r"130^\circ", box=False)),
        (P, _box(_A2_E, r"130^\circ")),
        (
            T,
            _half(
                _A2_G,
                1,
                r"In triangle $BIC$ the angles at $B$ and $C$ are the half angles, so $\angle BIC = 180^\circ -",
            ),
        ),
    ],
)

# A3. Find the acute angle, in degrees, between the lines y = 2x and y = -3x.
_A3_G = _t(r"""
For lines with slopes $m_1 = 2$ and $m_2 = -3$, the angle $\theta$ between them satisfies
$\tan\theta = \left|\frac{m_1 - m_2}{1 + m_1 m_2}\right|$.

Here $m_1 - m_2 = 2 - (-3) = 5$ and $1 + m_1 m_2 = 1 - 6 = -5$, so $\tan\theta = |5/(-5)| = 1$ and the acute angle
is $\theta = 45^\circ$.

Wait, let me recheck with inclinations. $\arctan 2 \approx 63.43^\circ$, and the line $y = -3x$ makes
$180^\circ - \arctan 3 \approx 180 - 71.57 = 108.43^\circ$ with the positive $x$-axis. The difference is
$108.43 - 63.43 = 45.00^\circ$. Good.
""")
_A3_B = _t(r"""
With $m_1 = 2$, $m_2 = -3$: $\frac{m_2 - m_1}{1 + m_1 m_2} = \frac{-5}{-5} = 1$, which would give $45^\circ$.

But let me use the inclinations directly. $y = 2x$ has inclination $\arctan 2 \approx 63.43^\circ$ and $y = -3x$ has
inclination about $108.43^\circ$. The angle swept going from the second line around to the first through the
$x$-axis is $180 - 108.43 + 63.43 = 135^\circ$, so the angle between the lines is $135^\circ$, and the $45^\circ$
from the formula was only the tangent's reference angle.
""")
_A3_E = _t(r"""
The angle between two lines through the origin with slopes $2$ and $-3$: I'll use $\tan\theta = |m_1 - m_2| = 5$.

So $\theta = \arctan 5 \approx 78.69^\circ$. Double-checking the arctangent: $\tan 78.69^\circ \approx 5.000$. Yes.
""")
_add(
    "angles",
    r"45^\circ",
    [
        (C, _is(_A3_G, r"45^\circ")),
        (C, _head(_A3_G, r"45^{\circ}")),
        (C, _raw(_A3_G, r"The acute angle between the two lines is $45$ degrees.")),
        (
            C,
            _two(
                _A3_E,
                r"78.69^\circ",
                r"""The formula needs the denominator: $\tan\theta = \left|\frac{m_1 - m_2}{1 + m_1 m_2}\right| =
                \left|\frac{5}{-5}\right| = 1$, so the acute angle is $45^\circ$.""",
                r"45^\circ",
            ),
        ),
        (H, _box(_A3_B, r"135^\circ")),
        (
            H,
            _two(
                _A3_G,
                r"45^\circ",
                r"""The sign of $\frac{m_1 - m_2}{1 + m_1m_2} = -1$ is negative, so the angle is obtuse:
                $180 - 45 = 135^\circ$.""",
                r"135^\circ",
            ),
        ),
        (H, _raw(_A3_B, r"So the angle between the lines is $135$ degrees.")),
        (P, _min(_A3_E, r"78.69^\circ")),
    ],
)

# A4. ABCD is a cyclic quadrilateral with angle ABC = 3 * angle ADC. Find angle ADC in degrees.
_A4_G = _t(r"""
In a cyclic quadrilateral opposite angles are supplementary, and $\angle ABC$ and $\angle ADC$ are opposite (they sit
at $B$ and $D$). So $\angle ABC + \angle ADC = 180^\circ$.

Let $\angle ADC = x$. Then $3x + x = 180^\circ$, so $4x = 180^\circ$ and $x = 45^\circ$. That makes
$\angle ABC = 135^\circ$.

Wait, let me recheck the supplementary fact: $\angle ABC$ is inscribed in arc $ADC$ and $\angle ADC$ in arc $ABC$, and
the two arcs make the whole circle, $360^\circ$; half of that is $180^\circ$. And $135 = 3 \cdot 45$. Correct.
""")
_A4_B = _t(r"""
Opposite angles of a cyclic quadrilateral add to $180^\circ$. With $\angle ADC = x$ and $\angle ABC = 3x$ we get
$4x = 180^\circ$, $x = 45^\circ$.

So the two angles are $45^\circ$ and $3 \cdot 45^\circ = 135^\circ$. The angle in question is the larger one at the
vertex named with $B$... re-reading, the problem fixes $\angle ABC$ in terms of the other, so the unknown it asks for
is the one it defined, $\angle ABC = 135^\circ$.
""")
_A4_E = _t(r"""
The angles of a quadrilateral add to $360^\circ$, and in a cyclic one the pair $\angle ABC$, $\angle ADC$ should use
the whole sum: $x + 3x = 360^\circ$.

So $4x = 360^\circ$ and $x = 90^\circ$. Then $\angle ABC = 270^\circ$? That is impossible for a convex quadrilateral,
but the equation gives $x = 90^\circ$.
""")
_add(
    "angles",
    r"45^\circ",
    [
        (C, _bold(_A4_G, r"\angle ADC = 45^\circ")),
        (C, _gsm(_A4_G, "45")),
        (C, _rem(_A4_G, r"45^\circ", "Remark: the other angle, $\\angle ABC$, is $135^\\circ$.")),
        (
            C,
            _two(
                _A4_E,
                r"90^\circ",
                r"""A $270^\circ$ angle cannot occur. The pair of opposite angles is supplementary, $x + 3x =
                180^\circ$,
                so $x = 45^\circ$.""",
                r"45^\circ",
            ),
        ),
        (H, _fa(_A4_B, r"135^\circ")),
        (
            H,
            _two(
                _A4_G,
                r"45^\circ",
                r"""The question's angle is the one that is three times the other, so I should report $3 \cdot 45$.""",
                r"135^\circ",
            ),
        ),
        (P, _is(_A4_E, r"90^\circ")),
        (T, _half(_A4_G, 1, r"Let $\angle ADC = x$. Then $3x + x = 180^\circ$, so $4x =")),
    ],
)

# A5. Find the smallest positive angle theta, in radians, with sin(theta) = -1/2 and cos(theta) > 0.
_A5_G = _t(r"""
$\sin\theta = -\frac{1}{2}$ puts $\theta$ in quadrant III or IV, and $\cos\theta > 0$ picks quadrant IV. The reference
angle for $\frac{1}{2}$ is $\frac{\pi}{6}$.

In quadrant IV the angle is $2\pi - \frac{\pi}{6} = \frac{11\pi}{6}$. The quadrant-III solution $\frac{7\pi}{6}$ has
$\cos < 0$ and is excluded.

Wait, let me recheck: $-\frac{\pi}{6}$ also works but is negative; adding $2\pi$ gives $\frac{11\pi}{6}$, which lies in
$(0, 2\pi)$, and no smaller positive angle works because the next candidate down would be $\frac{11\pi}{6} - 2\pi < 0$.
$\sin\frac{11\pi}{6} = -\frac12$, $\cos\frac{11\pi}{6} = \frac{\sqrt3}{2} > 0$. Good.
""")
_A5_B = _t(r"""
$\sin\theta = -\frac12$ with $\cos\theta > 0$: this is the fourth-quadrant angle with reference angle $\frac{\pi}{6}$,
which is $\frac{11\pi}{6}$, or equivalently $-\frac{\pi}{6}$.

Smallest in size is clearly $-\frac{\pi}{6}$, since $\frac{11\pi}{6}$ is almost a full turn. The standard principal
value of $\arcsin(-\frac12)$ is also $-\frac{\pi}{6}$, and it has positive cosine, so that is the angle to give.
""")
_A5_E = _t(r"""
The reference angle: $\sin\frac{\pi}{3} = \frac{\sqrt3}{2}$... for $\frac12$ I'll take $\frac{\pi}{3}$ as the
reference.

Quadrant IV (so that cosine is positive): $2\pi - \frac{\pi}{3} = \frac{5\pi}{3}$. Check: $\cos\frac{5\pi}{3} =
\frac12 > 0$. So $\theta = \frac{5\pi}{3}$.
""")
_add(
    "angles",
    r"\frac{11\pi}{6}",
    [
        (C, _box(_A5_G, r"\frac{11\pi}{6}")),
        (C, _min(_A5_G, r"\dfrac{11\pi}{6}")),
        (C, _head(_A5_G, r"\theta = \frac{11}{6}\pi")),
        (
            C,
            _two(
                _A5_E,
                r"\frac{5\pi}{3}",
                r"""$\sin\frac{5\pi}{3} = -\frac{\sqrt3}{2}$, not $-\frac12$: the reference angle for $\frac12$ is
                $\frac{\pi}{6}$. So $\theta = 2\pi - \frac{\pi}{6} = \frac{11\pi}{6}$.""",
                r"\frac{11\pi}{6}",
            ),
        ),
        (H, _is(_A5_B, r"-\frac{\pi}{6}")),
        (
            H,
            _two(
                _A5_G,
                r"\frac{11\pi}{6}",
                r"""Hmm, in quadrant IV we measure from the positive $x$-axis downward, so the angle is
                $\frac{3\pi}{2} + \frac{\pi}{6} = \frac{5\pi}{3}$.""",
                r"\frac{5\pi}{3}",
            ),
        ),
        (H, _head(_A5_B, r"-\frac{\pi}{6}")),
        (P, _bold(_A5_E, r"\frac{5\pi}{3}")),
        (T, _half(_A5_G, 1, r"In quadrant IV the angle is $2\pi - \frac{\pi}{6} =")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# trig
# ---------------------------------------------------------------------------------------------------------------

# T1. Find the exact value of sin 15 degrees.
_T1_G = _t(r"""
Write $15^\circ = 45^\circ - 30^\circ$ and use $\sin(a - b) = \sin a\cos b - \cos a \sin b$.

$\sin 45^\circ \cos 30^\circ = \frac{\sqrt2}{2}\cdot\frac{\sqrt3}{2} = \frac{\sqrt6}{4}$ and
$\cos 45^\circ \sin 30^\circ = \frac{\sqrt2}{2}\cdot\frac12 = \frac{\sqrt2}{4}$. So
$\sin 15^\circ = \frac{\sqrt6 - \sqrt2}{4}$.

Wait, let me recheck numerically: $\sqrt6 \approx 2.4495$, $\sqrt2 \approx 1.4142$, difference $1.0353$, over $4$ is
$0.2588$. And $\sin 15^\circ \approx 0.2588$. Also the half-angle form $\sqrt{\frac{1 - \cos 30^\circ}{2}} =
\sqrt{\frac{2 - \sqrt3}{4}} \approx \sqrt{0.0670} \approx 0.2588$. Good.
""")
_T1_B = _t(r"""
Using $15^\circ = 45^\circ - 30^\circ$: $\sin 15^\circ = \sin45\cos30 - \cos45\sin30 = \frac{\sqrt6 - \sqrt2}{4}$.

Let me double-check by the other split, $15^\circ = 60^\circ - 45^\circ$:
$\sin 60\cos45 + \cos60\sin45 = \frac{\sqrt6}{4} + \frac{\sqrt2}{4}$. Hmm, this gives $\frac{\sqrt6 + \sqrt2}{4}$,
which
differs. The second split uses only standard angles in the first quadrant, so I trust it more:
$\frac{\sqrt6 + \sqrt2}{4} \approx 0.966$.
""")
_T1_E = _t(r"""
Half-angle: $\sin 15^\circ = \sin\frac{30^\circ}{2} = \frac{\sin 30^\circ}{2}\cdot\ldots$ I'll go with
$\sin 15^\circ = \frac{1 - \cos 30^\circ}{2} = \frac{1 - \frac{\sqrt3}{2}}{2} = \frac{2 - \sqrt3}{4}$.

Numerically that is $\frac{0.268}{4} = 0.067$. Small angle, small sine, seems fine.
""")
_add(
    "trig",
    r"\frac{\sqrt{6}-\sqrt{2}}{4}",
    [
        (C, _box(_T1_G, r"\frac{\sqrt{6}-\sqrt{2}}{4}")),
        (C, _fa(_T1_G, r"\frac{-\sqrt{2}+\sqrt{6}}{4}")),
        (C, _md(_T1_G, r"\dfrac{\sqrt6 - \sqrt2}{4}")),
        (C, _min(_T1_G, r"\frac{\sqrt{2}(\sqrt{3}-1)}{4}")),
        (
            C,
            _two(
                _T1_E,
                r"\frac{2-\sqrt{3}}{4}",
                r"""The half-angle formula has a square root: $\sin 15^\circ = \sqrt{\frac{1 - \cos30^\circ}{2}}$, and
                $0.067$ is far below $\sin 15^\circ \approx 0.259$. Using the difference formula instead,
                $\sin(45^\circ - 30^\circ) = \frac{\sqrt6}{4} - \frac{\sqrt2}{4}$.""",
                r"\frac{\sqrt{6}-\sqrt{2}}{4}",
            ),
        ),
        (H, _box(_T1_B, r"\frac{\sqrt{6}+\sqrt{2}}{4}")),
        (
            H,
            _two(
                _T1_G,
                r"\frac{\sqrt{6}-\sqrt{2}}{4}",
                r"""Rationalizing the pattern, I think the simplified value is $\frac{\sqrt3 - 1}{2}$.""",
                r"\frac{\sqrt{3}-1}{2}",
            ),
        ),
        (H, _md(_T1_B, r"\frac{\sqrt6+\sqrt2}{4}")),
        (P, _is(_T1_E, r"\frac{2-\sqrt{3}}{4}")),
        (
            T,
            _half(
                _T1_G,
                1,
                r"$\sin 45^\circ \cos 30^\circ = \frac{\sqrt2}{2}\cdot\frac{\sqrt3}{2} = \frac{\sqrt6}{4}$ and",
            ),
        ),
    ],
)

# T2. Find the exact value of tan 15 degrees.
_T2_G = _t(r"""
Use $\tan(45^\circ - 30^\circ) = \frac{\tan45 - \tan30}{1 + \tan45\tan30} = \frac{1 - \frac{1}{\sqrt3}}{1 +
\frac{1}{\sqrt3}} = \frac{\sqrt3 - 1}{\sqrt3 + 1}$.

Rationalize: multiply top and bottom by $\sqrt3 - 1$: $\frac{(\sqrt3 - 1)^2}{3 - 1} = \frac{4 - 2\sqrt3}{2} =
2 - \sqrt3$.

Wait, let me recheck numerically: $2 - 1.7321 = 0.2679$, and $\tan 15^\circ \approx 0.2679$. Also
$\tan 15^\circ \tan 75^\circ = 1$ and $(2 - \sqrt3)(2 + \sqrt3) = 1$. Good.
""")
_T2_B = _t(r"""
$\tan(45^\circ - 30^\circ) = \frac{\sqrt3 - 1}{\sqrt3 + 1}$, and rationalizing gives $\frac{4 - 2\sqrt3}{2} =
2 - \sqrt3$.

Hmm, let me redo the rationalizing with the conjugate of the numerator instead, multiplying by $\sqrt3 + 1$:
$\frac{(\sqrt3-1)(\sqrt3+1)}{(\sqrt3+1)^2} = \frac{2}{4 + 2\sqrt3} = \frac{1}{2 + \sqrt3}$, and flipping to clear the
fraction, that is $2 + \sqrt3$. I'll go with the cleaner second route.
""")
_T2_E = _t(r"""
$\tan 15^\circ = \frac{\sin 15^\circ}{\cos 15^\circ}$. Using $\tan\frac{\theta}{2} = \frac{1 + \cos\theta}{\sin\theta}$
with $\theta = 30^\circ$: $\frac{1 + \frac{\sqrt3}{2}}{\frac12} = 2 + \sqrt3$.

That is about $3.73$.
""")
_add(
    "trig",
    r"2-\sqrt{3}",
    [
        (C, _box(_T2_G, r"2-\sqrt{3}")),
        (C, _bold(_T2_G, r"-\sqrt{3} + 2")),
        (C, _head(_T2_G, r"\frac{1}{2+\sqrt{3}}")),
        (
            C,
            _two(
                _T2_E,
                r"2+\sqrt{3}",
                r"""$3.73$ is $\tan 75^\circ$; $\tan 15^\circ$ must be below $1$. The half-angle formula is
                $\tan\frac{\theta}{2} = \frac{1 - \cos\theta}{\sin\theta} = \frac{1 - \frac{\sqrt3}{2}}{\frac12} = 2
                - \sqrt3$.""",
                r"2-\sqrt{3}",
            ),
        ),
        (H, _fa(_T2_B, r"2+\sqrt{3}")),
        (
            H,
            _two(
                _T2_G,
                r"2-\sqrt{3}",
                r"""Writing the result in the usual order, it is $\sqrt3 - 2$.""",
                r"\sqrt{3}-2",
            ),
        ),
        (P, _r1(_T2_E, r"2+\sqrt3")),
        (P, _min(_T2_E, r"2+\sqrt{3}")),
    ],
)

# T3. If sin(theta) = 3/5 and theta is in the second quadrant, find sin(2 theta).
_T3_G = _t(r"""
In quadrant II cosine is negative, so $\cos\theta = -\sqrt{1 - \frac{9}{25}} = -\frac45$.

Then $\sin 2\theta = 2\sin\theta\cos\theta = 2 \cdot \frac35 \cdot \left(-\frac45\right) = -\frac{24}{25}$.

Wait, let me recheck the sign with the angle itself: $\theta \approx 180^\circ - 36.87^\circ = 143.13^\circ$, so
$2\theta \approx 286.26^\circ$, which is in quadrant IV where sine is negative. $\sin 286.26^\circ \approx -0.96$.
Consistent.
""")
_T3_B = _t(r"""
$\cos\theta = \pm\frac45$, and $\sin 2\theta = 2 \cdot \frac35 \cdot \cos\theta$. With the quadrant II sign this is
$-\frac{24}{25}$.

Hmm, but the problem might intend the angle $2\theta$ to be reduced to the same quadrant; $\sin$ of a doubled angle
keeps the sign of $\sin\theta$ when we take the magnitude $2|\sin\theta\cos\theta|$. With $\sin\theta > 0$, I'll
report the positive value $\frac{24}{25}$.
""")
_T3_E = _t(r"""
From $\sin\theta = \frac35$, use $\cos 2\theta = 1 - 2\sin^2\theta = 1 - \frac{18}{25} = \frac{7}{25}$.

That is the double-angle value requested.
""")
_add(
    "trig",
    r"-\frac{24}{25}",
    [
        (C, _gsm(_T3_G, "-24/25")),
        (C, _box(_T3_G, r"-0.96")),
        (C, _o1(_T3_G, r"\sin 2\theta = -\dfrac{24}{25}")),
        (
            C,
            _two(
                _T3_E,
                r"\frac{7}{25}",
                r"""That is $\cos 2\theta$, but the question asks for $\sin 2\theta = 2\sin\theta\cos\theta$ with
                $\cos\theta = -\frac45$ in quadrant II: $2 \cdot \frac35 \cdot (-\frac45) = -\frac{24}{25}$.""",
                r"-\frac{24}{25}",
            ),
        ),
        (H, _bold(_T3_B, r"\frac{24}{25}")),
        (
            H,
            _two(
                _T3_G,
                r"-\frac{24}{25}",
                r"""Hmm, $\sin 2\theta$ can be computed as $\cos^2\theta - \sin^2\theta = \frac{16}{25} -
                \frac{9}{25}$.""",
                r"\frac{7}{25}",
            ),
        ),
        (H, _r1(_T3_B, r"\frac{24}{25}")),
        (P, _head(_T3_E, r"\frac{7}{25}", box=False)),
        (T, _half(_T3_G, 1, r"Then $\sin 2\theta = 2\sin\theta\cos\theta = 2 \cdot \frac35 \cdot")),
    ],
)

# T4. Evaluate sin 75 degrees + sin 15 degrees exactly.
_T4_G = _t(r"""
Sum-to-product: $\sin A + \sin B = 2\sin\frac{A+B}{2}\cos\frac{A-B}{2}$. With $A = 75^\circ$, $B = 15^\circ$:
$2\sin 45^\circ\cos 30^\circ = 2\cdot\frac{\sqrt2}{2}\cdot\frac{\sqrt3}{2} = \frac{\sqrt6}{2}$.

Wait, let me recheck directly: $\sin 75^\circ = \frac{\sqrt6 + \sqrt2}{4}$ and $\sin 15^\circ = \frac{\sqrt6 -
\sqrt2}{4}$; the sum is $\frac{2\sqrt6}{4} = \frac{\sqrt6}{2} \approx 1.2247$. Numerically $0.9659 + 0.2588 =
1.2247$. Good.
""")
_T4_B = _t(r"""
Directly: $\sin 75^\circ = \frac{\sqrt6 + \sqrt2}{4}$, $\sin 15^\circ = \frac{\sqrt6 - \sqrt2}{4}$. Adding, the
$\sqrt2$ terms cancel and we get $\frac{\sqrt6}{2}$.

Hmm, let me redo it with sum-to-product to be safe: $\sin A + \sin B = 2\cos\frac{A+B}{2}\sin\frac{A-B}{2} =
2\cos 45^\circ \sin 30^\circ = 2 \cdot \frac{\sqrt2}{2} \cdot \frac12 = \frac{\sqrt2}{2}$. The identity is more
reliable than my memorized values, so the sum is $\frac{\sqrt2}{2}$.
""")
_T4_E = _t(r"""
$\sin 75^\circ + \sin 15^\circ = \sin(75^\circ + 15^\circ) \cdot$ (a correction that vanishes for complementary
angles), so it is $\sin 90^\circ = 1$... no, more carefully, $\sin 75 = \cos 15$, so the sum is $\cos 15 + \sin 15$,
whose square is $1 + \sin 30 = \frac32$. Then the sum is $\frac{3}{2}$.
""")
_add(
    "trig",
    r"\frac{\sqrt{6}}{2}",
    [
        (C, _box(_T4_G, r"\frac{\sqrt{6}}{2}")),
        (C, _fa(_T4_G, r"\sqrt{\frac{3}{2}}")),
        (C, _min(_T4_G, r"\frac{\sqrt{3}}{\sqrt{2}}")),
        (
            C,
            _two(
                _T4_E,
                r"\frac{3}{2}",
                r"""$\frac32$ is the square of the sum, not the sum: $(\cos15 + \sin15)^2 = \frac32$ gives
                $\cos 15 + \sin 15 = \sqrt{\frac32} = \frac{\sqrt6}{2}$ (positive, since both terms are).""",
                r"\frac{\sqrt{6}}{2}",
            ),
        ),
        (H, _is(_T4_B, r"\frac{\sqrt{2}}{2}")),
        (
            H,
            _two(
                _T4_G,
                r"\frac{\sqrt{6}}{2}",
                r"""I should double: both halves contribute $\frac{\sqrt6}{4} \cdot 2$... so the sum is $\sqrt6$.""",
                r"\sqrt{6}",
            ),
        ),
        (P, _bold(_T4_E, r"\frac{3}{2}")),
        (
            T,
            _t(r"""Sum-to-product: $\sin A + \sin B = 2\sin\frac{A+B}{2}\cos\frac{A-B}{2}$. With $A = 75^\circ$,
        $B = 15^\circ$ the half-sum is $45^\circ$ and the half-difference is $30^\circ$, so the sum is $2\sin 45^\circ
        \cos 30^\circ = 2 \cdot \frac{\sqrt2}{2} \cdot"""),
        ),
    ],
)

# T5. Solve 2cos^2(x) - cos(x) - 1 = 0 for x in [0, 2pi).
_T5_G = _t(r"""
Let $c = \cos x$. Then $2c^2 - c - 1 = (2c + 1)(c - 1) = 0$, so $c = 1$ or $c = -\frac12$.

$\cos x = 1$ on $[0, 2\pi)$ gives $x = 0$ only ($2\pi$ is excluded by the half-open interval).
$\cos x = -\frac12$ gives $x = \frac{2\pi}{3}$ and $x = \frac{4\pi}{3}$.

Wait, let me recheck the factoring: $(2c+1)(c-1) = 2c^2 - 2c + c - 1 = 2c^2 - c - 1$. Yes. And at $x = \frac{2\pi}{3}$:
$2 \cdot \frac14 + \frac12 - 1 = 0$. So the solutions are $0, \frac{2\pi}{3}, \frac{4\pi}{3}$.
""")
_T5_B = _t(r"""
Factoring, $(2\cos x + 1)(\cos x - 1) = 0$, so $\cos x = -\frac12$ or $\cos x = 1$. That gives
$x = 0, \frac{2\pi}{3}, \frac{4\pi}{3}$ in one full turn.

Hmm, $x = 0$ is an endpoint, and the trivial root $\cos x = 1$ is usually discarded since $x = 0$ makes the angle
degenerate. Keeping only the interior solutions, $x = \frac{2\pi}{3}$ and $x = \frac{4\pi}{3}$.
""")
_T5_E = _t(r"""
$2c^2 - c - 1 = (2c - 1)(c + 1)$, so $\cos x = \frac12$ or $\cos x = -1$.

$\cos x = \frac12$: $x = \frac{\pi}{3}, \frac{5\pi}{3}$. $\cos x = -1$: $x = \pi$.
""")
_add(
    "trig",
    r"0, \frac{2\pi}{3}, \frac{4\pi}{3}",
    [
        (C, _box(_T5_G, r"0, \frac{2\pi}{3}, \frac{4\pi}{3}")),
        (C, _is(_T5_G, r"x \in \left\{0, \frac{2\pi}{3}, \frac{4\pi}{3}\right\}")),
        (C, _head(_T5_G, r"x = 0,\ \frac{4\pi}{3},\ \frac{2\pi}{3}")),
        (
            C,
            _two(
                _T5_E,
                r"\frac{\pi}{3}, \pi, \frac{5\pi}{3}",
                r"""$(2c - 1)(c + 1) = 2c^2 + c - 1$, the wrong middle sign. The right factoring is $(2c + 1)(c - 1)$,
                so $\cos x = -\frac12$ or $1$: $x = 0, \frac{2\pi}{3}, \frac{4\pi}{3}$.""",
                r"0, \frac{2\pi}{3}, \frac{4\pi}{3}",
            ),
        ),
        (H, _fa(_T5_B, r"\frac{2\pi}{3}, \frac{4\pi}{3}")),
        (
            H,
            _two(
                _T5_G,
                r"0, \frac{2\pi}{3}, \frac{4\pi}{3}",
                r"""For $\cos x = 1$ we also have the full turn, so I should include $2\pi$ as well.""",
                r"0, \frac{2\pi}{3}, \frac{4\pi}{3}, 2\pi",
            ),
        ),
        (H, _gsm(_T5_B, r"2\pi/3, 4\pi/3")),
        (P, _min(_T5_E, r"\frac{\pi}{3}, \pi, \frac{5\pi}{3}")),
        (T, _half(_T5_G, 1, r"$\cos x = 1$ on $[0, 2\pi)$ gives $x = 0$ only, and $\cos x = -\frac12$ gives")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# lengths
# ---------------------------------------------------------------------------------------------------------------

# L1. Two sides of a triangle are 7 and 8 and the angle between them is 60 degrees. Find the third side.
_L1_G = _t(r"""
By the law of cosines, $c^2 = a^2 + b^2 - 2ab\cos C = 49 + 64 - 2\cdot 7 \cdot 8 \cdot \cos 60^\circ$.

$2 \cdot 7 \cdot 8 = 112$ and $\cos 60^\circ = \frac12$, so the last term is $56$: $c^2 = 113 - 56 = 57$, and
$c = \sqrt{57}$.

Wait, let me recheck that the result is sensible: $\sqrt{57} \approx 7.55$, between $7$ and $8$, which fits a
$60^\circ$ angle (an equilateral-ish triangle). With a $90^\circ$ angle it would be $\sqrt{113} \approx 10.6$, so
$7.55$ is plausible.
""")
_L1_B = _t(r"""
Law of cosines: $c^2 = 49 + 64 - 112\cos 60^\circ = 113 - 56 = 57$, so $c = \sqrt{57}$.

Hmm, but the angle between the sides as drawn is the exterior one at that vertex when the sides point away from
each other, and the formula's $C$ is the angle opposite $c$; the two differ by $180^\circ$, so I should use
$\cos 120^\circ = -\frac12$: $c^2 = 113 + 56 = 169$, giving $c = 13$, a much nicer number.
""")
_L1_E = _t(r"""
The third side by the law of cosines: $c^2 = 7^2 + 8^2 - 7 \cdot 8 \cdot \cos 60^\circ$ (the factor is $ab\cos C$).

$= 113 - 28 = 85$, so $c = \sqrt{85} \approx 9.22$.
""")
_add(
    "lengths",
    r"\sqrt{57}",
    [
        (C, _box(_L1_G, r"\sqrt{57}")),
        (C, _gsm(_L1_G, r"\sqrt{57}")),
        (C, _r1(_L1_G, r"c = \sqrt{57}")),
        (
            C,
            _two(
                _L1_E,
                r"\sqrt{85}",
                r"""The law of cosines has $2ab\cos C$, not $ab\cos C$: $c^2 = 113 - 112\cdot\frac12 = 57$.""",
                r"\sqrt{57}",
            ),
        ),
        (H, _fa(_L1_B, "13")),
        (
            H,
            _two(
                _L1_G,
                r"\sqrt{57}",
                r"""Actually, the side between them uses the plus sign for the included angle: $c^2 = 113 + 56$.""",
                "13",
            ),
        ),
        (P, _md(_L1_E, r"\sqrt{85}")),
        (P, _is(_L1_E, r"\sqrt{85}")),
        (T, _half(_L1_G, 1, r"$2 \cdot 7 \cdot 8 = 112$ and $\cos 60^\circ = \frac12$, so the last term is")),
    ],
)

# L2. Find the distance from the point (2, 1) to the line x + y - 6 = 0.
_L2_G = _t(r"""
The distance from $(x_0, y_0)$ to $ax + by + c = 0$ is $\frac{|ax_0 + by_0 + c|}{\sqrt{a^2 + b^2}}$.

Here $|2 + 1 - 6| = 3$ and $\sqrt{1 + 1} = \sqrt2$, so the distance is $\frac{3}{\sqrt2} = \frac{3\sqrt2}{2}$.

Wait, let me recheck with the foot of the perpendicular. The normal direction is $(1, 1)$, so the foot is
$(2 + t, 1 + t)$ with $3 + 2t = 6$, $t = \frac32$: foot $(3.5, 2.5)$. Distance $= \sqrt{1.5^2 + 1.5^2} =
1.5\sqrt2$. Same.
""")
_L2_B = _t(r"""
Distance formula: $\frac{|2 + 1 - 6|}{\sqrt{1^2 + 1^2}} = \frac{3}{\sqrt2} = \frac{3\sqrt2}{2}$.

Let me double check by the foot of the perpendicular: moving along $(1,1)$ from $(2,1)$ by $t$ reaches the line when
$3 + 2t = 6$, so $t = \frac32$, and the distance moved is $t$ times the length of $(1, 1)$... I'll take the
parameter itself as the distance since it measures how far we went: $\frac32$.
""")
_L2_E = _t(r"""
Plug the point in: $2 + 1 - 6 = -3$, and the distance is the absolute value, $3$, divided by $a^2 + b^2 = 2$.

So the distance is $\frac{3}{2}$... hmm, the denominator should be the norm squared? I'll keep $a^2 + b^2$ but also
the numerator squared for consistency: $\frac{9}{2}$.
""")
_add(
    "lengths",
    r"\frac{3\sqrt{2}}{2}",
    [
        (C, _box(_L2_G, r"\frac{3\sqrt{2}}{2}")),
        (C, _bold(_L2_G, r"\frac{3}{\sqrt{2}}")),
        (C, _min(_L2_G, r"\frac{3}{2}\sqrt{2}")),
        (C, _head(_L2_G, r"1.5\sqrt{2}", box=False)),
        (
            C,
            _two(
                _L2_E,
                r"\frac{9}{2}",
                r"""That is the squared distance. The formula divides $|ax_0 + by_0 + c| = 3$ by
                $\sqrt{a^2 + b^2} = \sqrt2$, giving $\frac{3}{\sqrt2} = \frac{3\sqrt2}{2}$.""",
                r"\frac{3\sqrt{2}}{2}",
            ),
        ),
        (H, _is(_L2_B, r"\frac{3}{2}")),
        (
            H,
            _two(
                _L2_G,
                r"\frac{3\sqrt{2}}{2}",
                r"""I forgot that the normal must be normalized twice... the distance is $3\sqrt2$.""",
                r"3\sqrt{2}",
            ),
        ),
        (H, _rem(_L2_B, r"\frac{3}{2}")),
        (P, _fa(_L2_E, r"\frac{9}{2}")),
        (T, _half(_L2_G, 1, r"Here $|2 + 1 - 6| = 3$ and $\sqrt{1 + 1} =")),
    ],
)

# L3. Find the length of the space diagonal of a cube with edge length 4.
_L3_G = _t(r"""
For a box with edges $a, b, c$ the space diagonal is $\sqrt{a^2 + b^2 + c^2}$. For a cube with edge $4$:
$\sqrt{16 + 16 + 16} = \sqrt{48}$.

$\sqrt{48} = \sqrt{16 \cdot 3} = 4\sqrt3$.

Wait, let me recheck in two steps: the face diagonal is $4\sqrt2$, and the space diagonal is the hypotenuse with legs
$4\sqrt2$ and $4$: $\sqrt{32 + 16} = \sqrt{48} = 4\sqrt3 \approx 6.93$. Good.
""")
_L3_B = _t(r"""
The space diagonal of a cube with edge $s$ is $s\sqrt3$, so $4\sqrt3$.

Hmm, let me rebuild it. Across a face the diagonal is $\sqrt{4^2 + 4^2} = \sqrt{32} = 4\sqrt2$. Going from one
corner to the opposite corner we travel across a face, and that is the longest segment inside the cube, so the
diagonal is $4\sqrt2$.
""")
_L3_E = _t(r"""
The diagonal goes across three edges' worth of directions, so its length is $\sqrt{3} \cdot 4^2 = 16\sqrt3$?
Hmm, I'll simplify: the diagonal is $\sqrt{3 \cdot 4} = \sqrt{12} = 2\sqrt3$.
""")
_add(
    "lengths",
    r"4\sqrt{3}",
    [
        (C, _box(_L3_G, r"4\sqrt{3}")),
        (C, _is(_L3_G, r"\sqrt{48}")),
        (C, _gsm(_L3_G, r"4\sqrt3")),
        (C, _rem(_L3_G, r"4\sqrt{3}", "Remark: for an edge $s$ the same computation gives $s\\sqrt{3}$.")),
        (
            C,
            _two(
                _L3_E,
                r"2\sqrt{3}",
                r"""Each coordinate difference is $4$, so the length is $\sqrt{4^2 + 4^2 + 4^2} = \sqrt{48} =
                4\sqrt3$.""",
                r"4\sqrt{3}",
            ),
        ),
        (H, _bold(_L3_B, r"4\sqrt{2}")),
        (
            H,
            _two(
                _L3_G,
                r"4\sqrt{3}",
                r"""The diagonal through the center is twice the distance from the center to a vertex, $2 \cdot
                4\sqrt3$.""",
                r"8\sqrt{3}",
            ),
        ),
        (P, _min(_L3_E, r"2\sqrt{3}")),
    ],
)

# L4. Find the length of a tangent segment from the point (7, 1) to the circle x^2 + y^2 - 4x + 2y - 4 = 0.
_L4_G = _t(r"""
Complete the square: $(x - 2)^2 + (y + 1)^2 = 4 + 4 + 1 = 9$, so the center is $(2, -1)$ and the radius is $3$.

The distance squared from $(7, 1)$ to the center is $5^2 + 2^2 = 29$. The tangent length is
$\sqrt{29 - 9} = \sqrt{20} = 2\sqrt5$.

Wait, let me recheck with the power of the point: plugging $(7, 1)$ into the left side gives
$49 + 1 - 28 + 2 - 4 = 20$. The power is $20$ and the tangent length is $\sqrt{20} = 2\sqrt5$. Agreed.
""")
_L4_B = _t(r"""
Completing the square I get the center $(2, -1)$, and the tangent length is $\sqrt{d^2 - r^2}$ with $d^2 = 25 + 4 =
29$. If $r^2 = 9$ this is $\sqrt{20} = 2\sqrt5$.

Let me recheck the radius: $r^2 = 2^2 + 1^2 + (-4) = 1$, since the constant term $-4$ is added. So $r = 1$ and the
tangent length is $\sqrt{29 - 1} = \sqrt{28} = 2\sqrt7$.
""")
_L4_E = _t(r"""
The center is $(2, -1)$ and $r^2 = 9$. The tangent from $(7, 1)$ together with the radius and the segment to the
center forms a right triangle, with the segment to the center as one leg: tangent$^2 = d^2 + r^2 = 29 + 9 = 38$.
So the tangent length is $\sqrt{38}$.
""")
_add(
    "lengths",
    r"2\sqrt{5}",
    [
        (C, _fa(_L4_G, r"2\sqrt{5}")),
        (C, _box(_L4_G, r"\sqrt{20}")),
        (C, _md(_L4_G, r"2\sqrt5")),
        (
            C,
            _two(
                _L4_E,
                r"\sqrt{38}",
                r"""The segment to the center is the hypotenuse (the radius meets the tangent at a right angle), so
                tangent$^2 = 29 - 9 = 20$.""",
                r"2\sqrt{5}",
            ),
        ),
        (H, _box(_L4_B, r"2\sqrt{7}")),
        (
            H,
            _two(
                _L4_G,
                r"2\sqrt{5}",
                r"""The problem asks for the segment to the circle along the line to the center, which is
                $\sqrt{29} - 3$.""",
                r"\sqrt{29}-3",
            ),
        ),
        (H, _r1(_L4_B, r"2\sqrt{7}")),
        (P, _is(_L4_E, r"\sqrt{38}")),
        (T, _half(_L4_G, 1, r"The distance squared from $(7, 1)$ to the center is $5^2 + 2^2 =")),
    ],
)

# L5. A right triangle has legs 5 and 12. Find the length of the altitude to the hypotenuse.
_L5_G = _t(r"""
The hypotenuse is $\sqrt{25 + 144} = 13$. The area is $\frac12 \cdot 5 \cdot 12 = 30$.

The same area is $\frac12 \cdot 13 \cdot h$, so $h = \frac{60}{13}$.

Wait, let me recheck with similar triangles: the altitude equals $\frac{ab}{c} = \frac{5 \cdot 12}{13} =
\frac{60}{13} \approx 4.615$, less than both legs as it must be.
""")
_L5_B = _t(r"""
Hypotenuse $13$, area $30$, so from $\frac12 \cdot 13 \cdot h = 30$ the altitude is $h = \frac{60}{13}$.

Hmm, but the segment from the right angle to the hypotenuse that we usually draw is to its midpoint, and in a right
triangle that segment is half the hypotenuse (the midpoint is the circumcenter). So the length is $\frac{13}{2}$.
""")
_L5_E = _t(r"""
Area $= 5 \cdot 12 = 60$ and area $= 13 h$, so $h = \frac{60}{13}$... no wait, with the $\frac12$ only on the
triangle side: $\frac12 \cdot 5 \cdot 12 = 13h$ gives $h = \frac{30}{13}$.
""")
_add(
    "lengths",
    r"\frac{60}{13}",
    [
        (C, _box(_L5_G, r"\frac{60}{13}")),
        (C, _min(_L5_G, r"4\frac{8}{13}")),
        (C, _bold(_L5_G, r"h = \dfrac{60}{13}")),
        (
            C,
            _two(
                _L5_E,
                r"\frac{30}{13}",
                r"""Both areas carry $\frac12$: $\frac12\cdot 13 h = 30$, so $h = \frac{60}{13}$.""",
                r"\frac{60}{13}",
            ),
        ),
        (H, _fa(_L5_B, r"\frac{13}{2}")),
        (
            H,
            _two(
                _L5_G,
                r"\frac{60}{13}",
                r"""I divided by the wrong side: it should be area over the hypotenuse, $\frac{30}{13}$.""",
                r"\frac{30}{13}",
            ),
        ),
        (P, _r1(_L5_E.replace(r"$h = \frac{60}{13}$... no wait, with", r"that seems off; with"), r"\frac{30}{13}")),
        (T, _half(_L5_G, 1, r"The same area is $\frac12 \cdot 13 \cdot h$, so $h =")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# areas
# ---------------------------------------------------------------------------------------------------------------

# R1. Find the area of a regular hexagon with side length 2*sqrt(2).
_R1_G = _t(r"""
A regular hexagon splits into $6$ equilateral triangles with side $s = 2\sqrt2$. Each has area
$\frac{\sqrt3}{4}s^2 = \frac{\sqrt3}{4}\cdot 8 = 2\sqrt3$.

So the hexagon's area is $6 \cdot 2\sqrt3 = 12\sqrt3$.

Wait, let me recheck with the formula $\frac{3\sqrt3}{2}s^2 = \frac{3\sqrt3}{2}\cdot 8 = 12\sqrt3 \approx 20.78$.
Same.
""")
_R1_B = _t(r"""
Six equilateral triangles of side $2\sqrt2$, each of area $\frac{\sqrt3}{4}\cdot 8 = 2\sqrt3$, total $12\sqrt3$.

Hmm, checking with apothem times perimeter: the apothem is $\frac{\sqrt3}{2}s = \sqrt6$ and the perimeter is
$12\sqrt2$, so the area is $\sqrt6 \cdot 12\sqrt2 = 12\sqrt{12} = 24\sqrt3$. The apothem formula is the standard one
for regular polygons, so I'll go with $24\sqrt3$.
""")
_R1_E = _t(r"""
A hexagon is $6$ triangles, each with area $\frac{\sqrt3}{4}s$ for side $s = 2\sqrt2$: $\frac{\sqrt3}{4}\cdot 2\sqrt2 =
\frac{\sqrt6}{2}$. Times $6$ gives $3\sqrt6$.
""")
_add(
    "areas",
    r"12\sqrt{3}",
    [
        (C, _box(_R1_G, r"12\sqrt{3}")),
        (C, _head(_R1_G, r"12\sqrt3")),
        (C, _is(_R1_G, r"\sqrt{432}")),
        (
            C,
            _two(
                _R1_E,
                r"3\sqrt{6}",
                r"""The triangle area is $\frac{\sqrt3}{4}s^2$ with $s^2 = 8$, so each is $2\sqrt3$ and the total is
                $12\sqrt3$.""",
                r"12\sqrt{3}",
            ),
        ),
        (H, _min(_R1_B, r"24\sqrt{3}")),
        (
            H,
            _two(
                _R1_G,
                r"12\sqrt{3}",
                r"""A hexagon has $6$ vertices but only $3$ long diagonals, so it splits into $3$ triangles:
                $6\sqrt3$.""",
                r"6\sqrt{3}",
            ),
        ),
        (H, _gsm(_R1_B, r"24\sqrt3")),
        (P, _bold(_R1_E, r"3\sqrt{6}")),
        (T, _half(_R1_G, 1, r"So the hexagon's area is $6 \cdot")),
    ],
)

# R2. Find the area of the circle circumscribed about a square of side 5.
_R2_G = _t(r"""
The circumscribed circle passes through the four vertices, so its diameter is the square's diagonal, $5\sqrt2$, and
its radius is $\frac{5\sqrt2}{2}$.

Area $= \pi r^2 = \pi \cdot \frac{50}{4} = \frac{25\pi}{2}$.

Wait, let me recheck: $r^2 = \left(\frac{5\sqrt2}{2}\right)^2 = \frac{25 \cdot 2}{4} = 12.5$. So the area is
$12.5\pi \approx 39.27$, bigger than the square's $25$, as it should be. The inscribed circle would be
$\frac{25\pi}{4}$, smaller than the square, which is the other case.
""")
_R2_B = _t(r"""
The circle through the vertices has radius half the diagonal: $r = \frac{5\sqrt2}{2}$, so the area is
$\frac{25\pi}{2}$.

Hmm, "circumscribed about" the square: the circle is drawn around, so the square... I think this is the circle that
touches the sides, radius $\frac52$, area $\frac{25\pi}{4}$.
""")
_R2_E = _t(r"""
The radius of the circle through the vertices is the diagonal, $5\sqrt2$, so the area is $\pi(5\sqrt2)^2 = 50\pi$.
""")
_add(
    "areas",
    r"\frac{25\pi}{2}",
    [
        (C, _box(_R2_G, r"\frac{25\pi}{2}")),
        (C, _fa(_R2_G, r"12.5\pi")),
        (C, _min(_R2_G, r"\frac{25}{2}\pi")),
        (C, _o1(_R2_G, r"\dfrac{25\pi}{2}")),
        (
            C,
            _two(
                _R2_E,
                r"50\pi",
                r"""The diagonal is the diameter, not the radius, so $r = \frac{5\sqrt2}{2}$ and the area is
                $\frac{50\pi}{4} = \frac{25\pi}{2}$.""",
                r"\frac{25\pi}{2}",
            ),
        ),
        (H, _is(_R2_B, r"\frac{25\pi}{4}")),
        (
            H,
            _two(
                _R2_G,
                r"\frac{25\pi}{2}",
                r"""I squared the radius incorrectly; $r^2 = \frac{5 \cdot 2}{4}$... giving $\frac{5\pi}{2}$.""",
                r"\frac{5\pi}{2}",
            ),
        ),
        (P, _gsm(_R2_E, r"50\pi")),
        (P, _bold(_R2_E, r"50\pi")),
        (T, _half(_R2_G, 1, r"Area $= \pi r^2 = \pi \cdot")),
    ],
)

# R3. Find the area of the triangle with vertices (1, 2), (4, 6) and (-2, 5).
_R3_G = _t(r"""
Shoelace: area $= \frac12\left|x_1(y_2 - y_3) + x_2(y_3 - y_1) + x_3(y_1 - y_2)\right|$.

$1 \cdot (6 - 5) = 1$, $4 \cdot (5 - 2) = 12$, $-2 \cdot (2 - 6) = 8$. The sum is $21$, so the area is
$\frac{21}{2}$.

Wait, let me recheck with vectors from $(1, 2)$: $u = (3, 4)$ and $v = (-3, 3)$. The cross product is
$3 \cdot 3 - 4 \cdot (-3) = 9 + 12 = 21$, and half of it is $10.5$. Same.
""")
_R3_B = _t(r"""
Shoelace: $1(6 - 5) + 4(5 - 2) + (-2)(2 - 6) = 1 + 12 + 8 = 21$, so the area is $\frac{21}{2}$.

Hmm, the $\frac12$ in the shoelace formula is for the polygon's signed area traversed twice; for a triangle given by
three vertices the determinant already is the area, since a triangle is half of the parallelogram and the
determinant counts only one of the two halves. So the area is $21$.
""")
_R3_E = _t(r"""
Shoelace: $1(6 - 5) + 4(5 - 2) - 2(2 - 6)$. The last term: $-2 \cdot (-4) = -8$, so the sum is $1 + 12 - 8 = 5$, and
the area is $\frac52$.
""")
_add(
    "areas",
    r"\frac{21}{2}",
    [
        (C, _box(_R3_G, r"\frac{21}{2}")),
        (C, _gsm(_R3_G, "10.5")),
        (C, _bold(_R3_G, r"10\tfrac{1}{2}")),
        (C, _r1(_R3_G, r"\dfrac{21}{2}")),
        (
            C,
            _two(
                _R3_E,
                r"\frac{5}{2}",
                r"""$-2 \cdot (-4) = +8$, not $-8$. The sum is $21$ and the area $\frac{21}{2}$.""",
                r"\frac{21}{2}",
            ),
        ),
        (H, _fa(_R3_B, "21")),
        (
            H,
            _two(
                _R3_G,
                r"\frac{21}{2}",
                r"""The cross product of $(3,4)$ and $(-3,3)$ is $9 - 12 = -3$... so the area is $\frac{3}{2}$.""",
                r"\frac{3}{2}",
            ),
        ),
        (H, _head(_R3_B, "21", box=False)),
        (P, _min(_R3_E, r"\frac{5}{2}")),
        (T, _half(_R3_G, 1, r"$1 \cdot (6 - 5) = 1$, $4 \cdot (5 - 2) = 12$, $-2 \cdot (2 - 6) =")),
    ],
)

# R4. Find the area of a sector of a circle of radius 6 with central angle 2*pi/3 radians.
_R4_G = _t(r"""
The sector area is $\frac12 r^2\theta = \frac12 \cdot 36 \cdot \frac{2\pi}{3}$.

$\frac12 \cdot 36 = 18$ and $18 \cdot \frac{2\pi}{3} = 12\pi$.

Wait, let me recheck as a fraction of the circle: $\frac{2\pi/3}{2\pi} = \frac13$ of the disk of area $36\pi$ is
$12\pi$. Same. (The arc length would be $r\theta = 4\pi$, which is a different quantity.)
""")
_R4_B = _t(r"""
Sector area $= \frac12 r^2 \theta = 18 \cdot \frac{2\pi}{3} = 12\pi$.

Wait, I keep mixing up the formula: in radians the sector area is $r^2\theta$ and the $\frac12$ appears only when the
angle is in degrees over $180$. So the area is $36 \cdot \frac{2\pi}{3} = 24\pi$.
""")
_R4_E = _t(r"""
The sector is $\frac{2\pi/3}{\pi}$ of the circle, since a half turn is $\pi$: that is $\frac23$ of $36\pi$, giving
$24\pi$... hmm, that doubles the fraction. Using the arc: $r\theta = 6 \cdot \frac{2\pi}{3} = 4\pi$, and I'll take
that as the sector's size.
""")
_add(
    "areas",
    r"12\pi",
    [
        (C, _box(_R4_G, r"12\pi")),
        (C, _head(_R4_G, r"12\pi", box=False)),
        (C, _rem(_R4_G, r"12\pi", "Remark: the arc length $4\\pi$ is a different quantity from the sector area.")),
        (
            C,
            _two(
                _R4_E,
                r"4\pi",
                r"""$4\pi$ is the arc length. The sector is $\frac{2\pi/3}{2\pi} = \frac13$ of the disk, so its area is
                $\frac{36\pi}{3} = 12\pi$.""",
                r"12\pi",
            ),
        ),
        (H, _bold(_R4_B, r"24\pi")),
        (
            H,
            _two(
                _R4_G,
                r"12\pi",
                r"""The question is about the sector's boundary arc, which is $r\theta = 4\pi$.""",
                r"4\pi",
            ),
        ),
        (P, _fa(_R4_E, r"4\pi")),
    ],
)

# R5. Find the area of a triangle with side lengths 4, 5 and 6.
_R5_G = _t(r"""
Heron's formula with $s = \frac{4 + 5 + 6}{2} = 7.5$: area $= \sqrt{7.5 \cdot 3.5 \cdot 2.5 \cdot 1.5}$.

In fractions: $\frac{15}{2}\cdot\frac72\cdot\frac52\cdot\frac32 = \frac{15 \cdot 7 \cdot 5 \cdot 3}{16} =
\frac{1575}{16}$. And $1575 = 225 \cdot 7$, so the area is $\frac{15\sqrt7}{4}$.

Wait, let me recheck via the law of cosines. The angle opposite $6$: $\cos C = \frac{16 + 25 - 36}{40} = \frac18$,
so $\sin C = \sqrt{1 - \frac{1}{64}} = \frac{\sqrt{63}}{8} = \frac{3\sqrt7}{8}$. Area $= \frac12 \cdot 4 \cdot 5 \cdot
\frac{3\sqrt7}{8} = \frac{15\sqrt7}{4} \approx 9.92$. Same.
""")
_R5_B = _t(r"""
Heron: $s = 7.5$, and the product is $\frac{1575}{16}$, whose root is $\frac{15\sqrt7}{4}$.

Let me double check with $\frac12 ab\sin C$: $\cos C = \frac18$, so $\sin C = \frac{3\sqrt7}{8}$, and
$ab\sin C = 20 \cdot \frac{3\sqrt7}{8} = \frac{15\sqrt7}{2}$. Since this route avoids the messy square root of a
product, I trust it: the area is $\frac{15\sqrt7}{2}$.
""")
_R5_E = _t(r"""
Heron's formula: $s = 4 + 5 + 6 = 15$. Area $= \sqrt{15 \cdot 11 \cdot 10 \cdot 9} = \sqrt{14850} = 15\sqrt{66}$.
""")
_add(
    "areas",
    r"\frac{15\sqrt{7}}{4}",
    [
        (C, _box(_R5_G, r"\frac{15\sqrt{7}}{4}")),
        (C, _min(_R5_G, r"\frac{15}{4}\sqrt{7}")),
        (C, _md(_R5_G, r"3.75\sqrt{7}")),
        (C, _o1(_R5_G, r"\dfrac{15\sqrt7}{4}")),
        (
            C,
            _two(
                _R5_E,
                r"15\sqrt{66}",
                r"""That area is far too big for sides $4, 5, 6$. The semiperimeter is half the perimeter,
                $s = 7.5$, and $\sqrt{7.5\cdot3.5\cdot2.5\cdot1.5} = \sqrt{\frac{1575}{16}} = \frac{15\sqrt7}{4}$.""",
                r"\frac{15\sqrt{7}}{4}",
            ),
        ),
        (H, _is(_R5_B, r"\frac{15\sqrt{7}}{2}")),
        (
            H,
            _two(
                _R5_G,
                r"\frac{15\sqrt{7}}{4}",
                r"""$\sqrt{1575} = 15\sqrt7$ and $\sqrt{16} = 4$... but I dropped a factor: the product was over
                $8$, so the area is $\frac{15\sqrt7}{2\sqrt2}$.""",
                r"\frac{15\sqrt{7}}{2\sqrt{2}}",
            ),
        ),
        (P, _bold(_R5_E, r"15\sqrt{66}")),
        (T, _half(_R5_G, 1, r"In fractions: $\frac{15}{2}\cdot\frac72\cdot\frac52\cdot\frac32 =")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# points
# ---------------------------------------------------------------------------------------------------------------

# P1. Find the intersection point of the lines 2x + y = 1 and x - y = 5.
_P1_G = _t(r"""
Add the equations: $(2x + y) + (x - y) = 1 + 5$, so $3x = 6$ and $x = 2$.

Then from $x - y = 5$: $y = x - 5 = -3$.

Wait, let me recheck in the first equation: $2 \cdot 2 + (-3) = 1$. Yes. And $2 - (-3) = 5$. Yes. The point is
$(2, -3)$.
""")
_P1_B = _t(r"""
Adding gives $3x = 6$, $x = 2$, and then $y = -3$, so the point would be $(2, -3)$.

Hmm, let me solve for $y$ first to double check: from the second equation $x = y + 5$; substituting,
$2y + 10 + y = 1$, $3y = -9$, $y = -3$, $x = 2$. Listing the values in the order I found them this time,
$(y, x)$... the point is $(-3, 2)$.
""")
_P1_E = _t(r"""
Subtract: $(2x + y) - (x - y) = 1 - 5$, so $x + 2y = -4$... combining with $x - y = 5$: subtracting again,
$3y = -9$... I'll instead substitute $y = 5 - x$ into the first: $2x + 5 - x = 1$, $x = -4$, $y = 9$.
""")
_add(
    "points",
    "(2, -3)",
    [
        (C, _box(_P1_G, "(2, -3)")),
        (C, _raw(_P1_G, r"The lines meet at $x = 2$, $y = -3$.")),
        (C, _fa(_P1_G, r"\left(2, -3\right)")),
        (
            C,
            _two(
                _P1_E,
                "(-4, 9)",
                r"""From $x - y = 5$ we get $y = x - 5$, not $5 - x$. Then $2x + x - 5 = 1$, $x = 2$, $y = -3$.""",
                "(2, -3)",
            ),
        ),
        (H, _is(_P1_B, "(-3, 2)")),
        (
            H,
            _two(
                _P1_G,
                "(2, -3)",
                r"""Checking $x - y = 5$ with $y = -3$: $2 - 3 = -1$. So $y$ should be $+3$... the point is $(2,
                3)$.""",
                "(2, 3)",
            ),
        ),
        (H, _r1(_P1_B, "(-3, 2)")),
        (P, _min(_P1_E, "(-4, 9)")),
        (T, _half(_P1_G, 1, r"Then from $x - y = 5$: $y = x - 5 =")),
    ],
)

# P2. A(1, -2) and B(7, 10). Find the point P on segment AB with AP : PB = 1 : 2.
_P2_G = _t(r"""
$AP : PB = 1 : 2$ means $P$ is one third of the way from $A$ to $B$: $P = A + \frac13(B - A)$.

$B - A = (6, 12)$, a third of it is $(2, 4)$, so $P = (1 + 2, -2 + 4) = (3, 2)$.

Wait, let me recheck the distances: $AP = |(2, 4)| = 2\sqrt5$ and $PB = |(4, 8)| = 4\sqrt5$, ratio $1 : 2$. Good.
""")
_P2_B = _t(r"""
Section formula: $P = \frac{m B + n A}{m + n}$ with $m : n = 1 : 2$: $\frac{1\cdot(7, 10) + 2\cdot(1, -2)}{3} =
\frac{(9, 6)}{3} = (3, 2)$.

Hmm, but in the section formula the weight goes on the far point: the ratio $1:2$ puts weight $2$ on $B$ and $1$ on
$A$, so $P = \frac{(1, -2) + 2(7, 10)}{3} = \frac{(15, 18)}{3} = (5, 6)$.
""")
_P2_E = _t(r"""
The point dividing $AB$ is found by averaging: $\left(\frac{1 + 7}{2}, \frac{-2 + 10}{2}\right) = (4, 4)$, and the
$1:2$ split is handled by the averaging weights being equal in a $1 + 2$ split... so $(4, 4)$.
""")
_add(
    "points",
    "(3, 2)",
    [
        (C, _box(_P2_G, "(3, 2)")),
        (C, _bold(_P2_G, "P = (3, 2)")),
        (C, _raw(_P2_G, r"So $P$ has coordinates $x = 3$, $y = 2$.")),
        (
            C,
            _two(
                _P2_E,
                "(4, 4)",
                r"""$(4, 4)$ is the midpoint, which is the $1:1$ split. For $1:2$ we go a third of the way:
                $(1, -2) + \frac13(6, 12) = (3, 2)$.""",
                "(3, 2)",
            ),
        ),
        (H, _fa(_P2_B, "(5, 6)")),
        (
            H,
            _two(
                _P2_G,
                "(3, 2)",
                r"""$P$ should be measured from $B$ since the ratio lists $PB$ second: $B - \frac13(6,12) = (5,
                6)$.""",
                "(5, 6)",
            ),
        ),
        (
            H,
            _is(
                _P2_G.replace(
                    "Good.", "Good. Hmm, but the question may want the step from $A$ to $P$ rather than $P$ itself."
                ),
                "(2, 4)",
            ),
        ),
        (P, _box(_P2_E, "(4, 4)")),
        (T, _half(_P2_G, 1, r"$B - A = (6, 12)$, a third of it is $(2, 4)$, so $P = (1 + 2,")),
    ],
)

# P3. Find the reflection of the point (5, 0) across the line y = x + 1.
_P3_G = _t(r"""
Write the line as $x - y + 1 = 0$. For the point $(5, 0)$, the value $x - y + 1 = 6$, and with normal $(1, -1)$ of
squared length $2$, the reflection is $(5, 0) - 2 \cdot \frac{6}{2}(1, -1) = (5, 0) - (6, -6) = (-1, 6)$.

Wait, let me recheck: the midpoint of $(5, 0)$ and $(-1, 6)$ is $(2, 3)$, and $3 = 2 + 1$, so it lies on the line.
The segment direction $(-6, 6)$ is perpendicular to the line's direction $(1, 1)$. Both conditions hold.

Another check: reflecting across $y = x + 1$ maps $(x, y) \mapsto (y - 1, x + 1)$, so $(5, 0) \mapsto (-1, 6)$.
""")
_P3_B = _t(r"""
Reflection across $y = x + 1$ is $(x, y) \mapsto (y - 1, x + 1)$, which sends $(5, 0)$ to $(-1, 6)$.

Hmm, let me derive the map instead of trusting memory: shift down by $1$ to make the line $y = x$, swap, shift
back. Shifting $(5, 0)$ down gives $(5, -1)$; swapping gives $(-1, 5)$; shifting back up gives $(-1, 6)$... but the
shift should be undone in the swapped coordinate, i.e. added to $x$: $(0, 5)$. So the image is $(0, 5)$.
""")
_P3_E = _t(r"""
Reflecting across a line of slope $1$ swaps the coordinates, so $(5, 0) \mapsto (0, 5)$, and the $+1$ shifts the
result up: $(0, 6)$.
""")
_add(
    "points",
    "(-1, 6)",
    [
        (C, _box(_P3_G, "(-1, 6)")),
        (C, _head(_P3_G, r"(-1,\ 6)", box=False)),
        (C, _is(_P3_G, r"\left(-1, 6\right)")),
        (
            C,
            _two(
                _P3_E,
                "(0, 6)",
                r"""The midpoint of $(5,0)$ and $(0,6)$ is $(2.5, 3)$, and $2.5 + 1 \ne 3$, so that is not on the line.
                Using $(x, y) \mapsto (y - 1, x + 1)$: $(5, 0) \mapsto (-1, 6)$, midpoint $(2, 3)$ on the line.""",
                "(-1, 6)",
            ),
        ),
        (H, _min(_P3_B, "(0, 5)")),
        (
            H,
            _two(
                _P3_G,
                "(-1, 6)",
                r"""I should list the image as (new $y$, new $x$) since the reflection swaps axes: $(6, -1)$.""",
                "(6, -1)",
            ),
        ),
        (P, _r1(_P3_E, "(0, 6)")),
        (P, _bold(_P3_E, "(0, 6)")),
        (
            T,
            _t(r"""Write the line as $x - y + 1 = 0$. For the point $(5, 0)$, the value $x - y + 1 = 6$, and with
            normal
        $(1, -1)$ of squared length $2$, the reflection is $(5, 0) - 2 \cdot \frac{6}{2}(1, -1) = (5, 0) -"""),
        ),
    ],
)

# P4. Find the circumcenter of the triangle with vertices (0, 0), (8, 0) and (2, 6).
_P4_G = _t(r"""
The perpendicular bisector of the side from $(0, 0)$ to $(8, 0)$ is $x = 4$. The circumcenter $(4, y)$ is equally far
from $(0, 0)$ and $(2, 6)$: $16 + y^2 = 4 + (y - 6)^2 = 4 + y^2 - 12y + 36$.

So $16 = 40 - 12y$, $y = 2$, and the circumcenter is $(4, 2)$.

Wait, let me recheck all three distances squared: to $(0,0)$: $16 + 4 = 20$; to $(8, 0)$: $16 + 4 = 20$; to
$(2, 6)$: $4 + 16 = 20$. All equal, radius $2\sqrt5$.
""")
_P4_B = _t(r"""
From the perpendicular bisector $x = 4$ and equal distances to $(0,0)$ and $(2,6)$, I get $y = 2$: the point
$(4, 2)$.

Hmm, let me redo it using altitudes to double check: the altitude from $(2, 6)$ is $x = 2$; the side from $(8,0)$ to
$(2,6)$ has direction $(-6, 6)$, so the altitude from $(0,0)$ is $y = x$. They meet at $(2, 2)$. The two methods
disagree; the altitude lines are simpler, so the center is $(2, 2)$.
""")
_P4_E = _t(r"""
The circumcenter is the average of the vertices: $\left(\frac{0 + 8 + 2}{3}, \frac{0 + 0 + 6}{3}\right) =
\left(\frac{10}{3}, 2\right)$.
""")
_add(
    "points",
    "(4, 2)",
    [
        (C, _fa(_P4_G, "(4, 2)")),
        (C, _raw(_P4_G, r"The circumcenter is at $x = 4,\ y = 2$.")),
        (C, _gsm(_P4_G, "(4, 2)")),
        (C, _o1(_P4_G, "(4,2)")),
        (
            C,
            _two(
                _P4_E,
                r"\left(\frac{10}{3}, 2\right)",
                r"""The average of the vertices is the centroid. The circumcenter is on $x = 4$, and
                $16 + y^2 = 4 + (y-6)^2$ gives $y = 2$.""",
                "(4, 2)",
            ),
        ),
        (H, _box(_P4_B, "(2, 2)")),
        (
            H,
            _two(
                _P4_G,
                "(4, 2)",
                r"""From $16 = 40 - 12y$ I get $12y = 24$... let me redo: $y = \frac{40 + 16}{12} = \frac{14}{3}$.""",
                r"\left(4, \frac{14}{3}\right)",
            ),
        ),
        (H, _md(_P4_B, "(2, 2)")),
        (P, _is(_P4_E, r"\left(\frac{10}{3}, 2\right)")),
        (T, _half(_P4_G, 1, r"So $16 = 40 - 12y$, giving $y =")),
    ],
)

# P5. Convert the polar coordinates (r, theta) = (4, 5*pi/6) to rectangular coordinates.
_P5_G = _t(r"""
$x = r\cos\theta = 4\cos\frac{5\pi}{6} = 4 \cdot \left(-\frac{\sqrt3}{2}\right) = -2\sqrt3$ and
$y = r\sin\theta = 4 \cdot \frac12 = 2$.

Wait, let me recheck the quadrant: $\frac{5\pi}{6} = 150^\circ$ is in quadrant II, so $x < 0$, $y > 0$. Yes. And
$x^2 + y^2 = 12 + 4 = 16 = r^2$. The point is $(-2\sqrt3, 2)$.
""")
_P5_B = _t(r"""
$x = 4\cos 150^\circ = -2\sqrt3$, $y = 4\sin 150^\circ = 2$, giving $(-2\sqrt3, 2)$.

Hmm, wait: I should double-check which of sine and cosine is which for $150^\circ$. $\cos 150^\circ = -\frac12$ and
$\sin 150^\circ = \frac{\sqrt3}{2}$, I think, since $150^\circ$ is close to $180^\circ$... so $x = -2$ and
$y = 2\sqrt3$: the point is $(-2, 2\sqrt3)$.
""")
_P5_E = _t(r"""
$x = 4\cos\frac{5\pi}{6}$. The reference angle is $\frac{\pi}{6}$, so $x = 4\cdot\frac{\sqrt3}{2} = 2\sqrt3$ and
$y = 4 \cdot \frac12 = 2$.
""")
_add(
    "points",
    r"(-2\sqrt{3}, 2)",
    [
        (C, _box(_P5_G, r"(-2\sqrt{3}, 2)")),
        (C, _bold(_P5_G, r"\left(-2\sqrt3,\, 2\right)")),
        (C, _raw(_P5_G, r"In rectangular coordinates: $x = -2\sqrt{3}$, $y = 2$.")),
        (C, _r1(_P5_G, r"(-2\sqrt{3},2)")),
        (
            C,
            _two(
                _P5_E,
                r"(2\sqrt{3}, 2)",
                r"""$\frac{5\pi}{6}$ is in quadrant II, where cosine is negative: $x = -2\sqrt3$, $y = 2$.""",
                r"(-2\sqrt{3}, 2)",
            ),
        ),
        (H, _min(_P5_B, r"(-2, 2\sqrt{3})")),
        (
            H,
            _two(
                _P5_G,
                r"(-2\sqrt{3}, 2)",
                r"""The sine of $150^\circ$ is negative below the axis, so $y = -2$: $(-2\sqrt3, -2)$.""",
                r"(-2\sqrt{3}, -2)",
            ),
        ),
        (P, _fa(_P5_E, r"(2\sqrt{3}, 2)")),
        (
            T,
            _t(r"""$\frac{5\pi}{6} = 150^\circ$ is in quadrant II, so $x < 0$ and $y > 0$. Then
        $x = r\cos\theta = 4\cos\frac{5\pi}{6} = 4 \cdot \left(-\frac{\sqrt3}{2}\right) ="""),
        ),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# equations (lines, circles, conics)
# ---------------------------------------------------------------------------------------------------------------

# E1. Find the equation of the line through (1, 3) and (3, 7).
_E1_G = _t(r"""
The slope is $\frac{7 - 3}{3 - 1} = \frac42 = 2$. Point-slope through $(1, 3)$: $y - 3 = 2(x - 1)$, so
$y = 2x + 1$.

Wait, let me recheck with the second point: $2 \cdot 3 + 1 = 7$. Yes. And the first: $2 + 1 = 3$. Yes.
""")
_E1_B = _t(r"""
Slope $2$, and through $(1, 3)$ we get $y - 3 = 2(x - 1)$, i.e. $y = 2x + 1$.

Let me recheck the intercept by using the other point: $y - 7 = 2(x - 3)$ gives $y = 2x - 6 + 7$... I'll write
it as $y = 2x - 1$ after collecting $-6 + 7$... that is $-1$? Hmm, $-6 + 7 = 1$, but I'll trust the second
computation's sign: $y = 2x - 1$.
""")
_E1_E = _t(r"""
The slope is rise over run: $\frac{3 - 1}{7 - 3} = \frac12$. Through $(1, 3)$: $y - 3 = \frac12(x - 1)$, so
$y = \frac12 x + \frac52$.
""")
_add(
    "equations",
    "y = 2x + 1",
    [
        (C, _box(_E1_G, "y = 2x + 1")),
        (C, _is(_E1_G, "2x - y + 1 = 0")),
        (C, _fa(_E1_G, "y - 3 = 2(x - 1)")),
        (C, _head(_E1_G, "-2x + y = 1")),
        (
            C,
            _two(
                _E1_E,
                r"y = \frac{1}{2}x + \frac{5}{2}",
                r"""I divided the $x$-difference by the $y$-difference. The slope is $\frac{7-3}{3-1} = 2$, so the
                line is $y - 3 = 2(x - 1)$, $y = 2x + 1$.""",
                "y = 2x + 1",
            ),
        ),
        (H, _bold(_E1_B, "y = 2x - 1")),
        (
            H,
            _two(
                _E1_G,
                "y = 2x + 1",
                r"""Using $(3, 7)$ in point-slope form: $y = 2x + 7 - 3 = 2x + 4$.""",
                "y = 2x + 4",
            ),
        ),
        (P, _min(_E1_E, r"y = \frac{1}{2}x + \frac{5}{2}")),
    ],
)

# E2. Find the equation of the circle having the segment from (-2, 1) to (4, -5) as a diameter.
_E2_G = _t(r"""
The center is the midpoint: $\left(\frac{-2 + 4}{2}, \frac{1 - 5}{2}\right) = (1, -2)$. The radius squared is the
squared distance from the center to an endpoint: $(4 - 1)^2 + (-5 + 2)^2 = 9 + 9 = 18$.

So the circle is $(x - 1)^2 + (y + 2)^2 = 18$.

Wait, let me recheck with the other endpoint: $(-2 - 1)^2 + (1 + 2)^2 = 9 + 9 = 18$. Good. Expanded, this is
$x^2 - 2x + 1 + y^2 + 4y + 4 = 18$, i.e. $x^2 + y^2 - 2x + 4y - 13 = 0$.
""")
_E2_B = _t(r"""
Center $(1, -2)$, and $r^2 = 18$ from the center to $(4, -5)$, so $(x - 1)^2 + (y + 2)^2 = 18$.

Hmm, actually the right side should be the square of the diameter's length divided... the diameter is
$\sqrt{6^2 + 6^2} = \sqrt{72}$, and the standard form uses the full segment, so the right side is $72$:
$(x - 1)^2 + (y + 2)^2 = 72$.
""")
_E2_E = _t(r"""
Center: the midpoint $(1, -2)$. In the equation the center's coordinates appear with their own signs:
$(x + 1)^2 + (y - 2)^2 = r^2$, and $r^2 = 3^2 + 3^2 = 18$.
""")
_add(
    "equations",
    "(x-1)^2 + (y+2)^2 = 18",
    [
        (C, _box(_E2_G, "(x-1)^2 + (y+2)^2 = 18")),
        (C, _is(_E2_G, "x^2 + y^2 - 2x + 4y - 13 = 0")),
        (C, _r1(_E2_G, "(x - 1)^{2} + (y + 2)^{2} = 18")),
        (C, _md(_E2_G, "(y+2)^2 + (x-1)^2 = 18")),
        (
            C,
            _two(
                _E2_E,
                "(x+1)^2 + (y-2)^2 = 18",
                r"""The form is $(x - h)^2 + (y - k)^2 = r^2$ with $(h, k) = (1, -2)$, so it is
                $(x - 1)^2 + (y + 2)^2 = 18$.""",
                "(x-1)^2 + (y+2)^2 = 18",
            ),
        ),
        (H, _fa(_E2_B, "(x-1)^2 + (y+2)^2 = 72")),
        (
            H,
            _two(
                _E2_G,
                "(x-1)^2 + (y+2)^2 = 18",
                r"""In expanded form the constant is $1 + 4 - 18 = -13$, and moving it over flips it:
                $x^2 + y^2 - 2x + 4y + 13 = 0$.""",
                "x^2 + y^2 - 2x + 4y + 13 = 0",
            ),
        ),
        (H, _gsm(_E2_B, "(x-1)^2+(y+2)^2=72")),
        (P, _min(_E2_E, "(x+1)^2 + (y-2)^2 = 18")),
        (T, _half(_E2_G, 1, r"So the circle is $(x - 1)^2 +")),
    ],
)

# E3. Find the equation of the tangent line to the circle x^2 + y^2 = 25 at the point (3, -4).
_E3_G = _t(r"""
For $x^2 + y^2 = r^2$ the tangent at $(x_0, y_0)$ is $x_0 x + y_0 y = r^2$, so here $3x - 4y = 25$.

Wait, let me recheck with slopes. The radius to $(3, -4)$ has slope $-\frac43$, so the tangent has slope
$\frac34$: $y + 4 = \frac34(x - 3)$, i.e. $4y + 16 = 3x - 9$, i.e. $3x - 4y = 25$. And $(3, -4)$ satisfies it:
$9 + 16 = 25$. Good.
""")
_E3_B = _t(r"""
The tangent at $(x_0, y_0)$ is $x_0x + y_0y = 25$: $3x - 4y = 25$.

Hmm, let me redo it with slopes to be safe: the radius has slope $\frac{-4}{3}$, and the tangent is perpendicular,
so its slope is the negative reciprocal... $-\frac34$. Then $y + 4 = -\frac34(x - 3)$, $4y + 16 = -3x + 9$, so
$3x + 4y = -7$. The slope method is more basic, so I'll go with $3x + 4y = -7$.
""")
_E3_E = _t(r"""
The tangent line at $(3, -4)$ is along the radius direction, through the origin and the point: slope $-\frac43$,
so $y = -\frac43 x$, i.e. $4x + 3y = 0$.
""")
_add(
    "equations",
    "3x - 4y = 25",
    [
        (C, _box(_E3_G, "3x - 4y = 25")),
        (C, _is(_E3_G, r"y = \frac{3}{4}x - \frac{25}{4}")),
        (C, _bold(_E3_G, "3x - 4y - 25 = 0")),
        (C, _o1(_E3_G, "-3x + 4y + 25 = 0")),
        (
            C,
            _two(
                _E3_E,
                "4x + 3y = 0",
                r"""That is the line of the radius. The tangent is perpendicular to it, slope $\frac34$, through
                $(3, -4)$: $y + 4 = \frac34(x - 3)$, which is $3x - 4y = 25$.""",
                "3x - 4y = 25",
            ),
        ),
        (H, _fa(_E3_B, "3x + 4y = -7")),
        (
            H,
            _two(
                _E3_G,
                "3x - 4y = 25",
                r"""In the formula $x_0x + y_0y = r^2$ the right side is $r$, not $r^2$, when the circle is written
                with $25$: $3x - 4y = 5$.""",
                "3x - 4y = 5",
            ),
        ),
        (P, _head(_E3_E, "4x + 3y = 0")),
        (P, _min(_E3_E, "4x + 3y = 0")),
        (
            T,
            _t(r"""The point $(3, -4)$ is on the circle since $9 + 16 = 25$. The radius to it has slope $-\frac43$,
            so the
        tangent line has slope $\frac34$ and passes through $(3, -4)$: $y + 4 = \frac34(x - 3)$, and multiplying by
        $4$,"""),
        ),
    ],
)

# E4. Find the equation of the ellipse with foci (4, 0) and (-4, 0) and major axis of length 10.
_E4_G = _t(r"""
The major axis has length $2a = 10$, so $a = 5$; the foci are at $(\pm c, 0)$ with $c = 4$. Then
$b^2 = a^2 - c^2 = 25 - 16 = 9$.

The foci are on the $x$-axis, so the major axis is horizontal: $\frac{x^2}{25} + \frac{y^2}{9} = 1$.

Wait, let me recheck with a point: $(0, 3)$ is on it, and its distances to the foci are $\sqrt{16 + 9} = 5$ each,
summing to $10 = 2a$. Good. Cleared of fractions this is $9x^2 + 25y^2 = 225$.
""")
_E4_B = _t(r"""
$a = 5$, $c = 4$, $b^2 = a^2 - c^2 = 9$, giving $\frac{x^2}{25} + \frac{y^2}{9} = 1$.

Hmm, wait: for an ellipse I sometimes see $b^2 = a^2 + c^2$... no, that is the hyperbola. But which denominator goes
under which variable? The larger one goes with the variable along which the ellipse is taller; the foci sit on the
$x$-axis, so the ellipse is squeezed along $x$: $\frac{x^2}{9} + \frac{y^2}{25} = 1$.
""")
_E4_E = _t(r"""
$a = 5$ and $c = 4$, so $b = a - c = 1$. The ellipse is $\frac{x^2}{25} + y^2 = 1$.
""")
_add(
    "equations",
    r"\frac{x^2}{25} + \frac{y^2}{9} = 1",
    [
        (C, _box(_E4_G, r"\frac{x^2}{25} + \frac{y^2}{9} = 1")),
        (C, _is(_E4_G, "9x^2 + 25y^2 = 225")),
        (C, _head(_E4_G, r"\frac{y^2}{9} + \frac{x^2}{25} = 1")),
        (C, _rem(_E4_G, r"\dfrac{x^2}{25}+\dfrac{y^2}{9}=1", "Remark: the eccentricity is $c/a = 4/5$.")),
        (
            C,
            _two(
                _E4_E,
                r"\frac{x^2}{25} + y^2 = 1",
                r"""The relation is $b^2 = a^2 - c^2$, not $b = a - c$: $b^2 = 25 - 16 = 9$.""",
                r"\frac{x^2}{25} + \frac{y^2}{9} = 1",
            ),
        ),
        (H, _bold(_E4_B, r"\frac{x^2}{9} + \frac{y^2}{25} = 1")),
        (
            H,
            _two(
                _E4_G,
                r"\frac{x^2}{25} + \frac{y^2}{9} = 1",
                r"""The minor semi-axis should be $b^2 = c^2 = 16$ since the foci set the width: the ellipse is
                $\frac{x^2}{25} + \frac{y^2}{16} = 1$.""",
                r"\frac{x^2}{25} + \frac{y^2}{16} = 1",
            ),
        ),
        (P, _fa(_E4_E, r"\frac{x^2}{25} + y^2 = 1")),
        (T, _half(_E4_G, 1, r"The foci are on the $x$-axis, so the major axis is horizontal and the equation is")),
    ],
)

# E5. Find the perpendicular bisector of the segment from (1, 2) to (5, 6).
_E5_G = _t(r"""
The midpoint is $(3, 4)$. The segment's slope is $\frac{6 - 2}{5 - 1} = 1$, so the perpendicular slope is $-1$.

Through $(3, 4)$ with slope $-1$: $y - 4 = -(x - 3)$, so $y = -x + 7$.

Wait, let me recheck equidistance with a point on it, say $(0, 7)$: distance squared to $(1,2)$ is $1 + 25 = 26$,
to $(5, 6)$ is $25 + 1 = 26$. Equal. So the bisector is $x + y = 7$.
""")
_E5_B = _t(r"""
Midpoint $(3, 4)$, perpendicular slope $-1$, so $y = -x + 7$.

Hmm, let me double-check the perpendicular slope: the segment has slope $1$, and perpendicular lines have slopes
whose product is $1$... so the bisector also has slope $1$. Through $(3, 4)$: $y = x + 1$.
""")
_E5_E = _t(r"""
The midpoint is $\left(\frac{1 + 5}{2}, \frac{2 + 6}{2}\right) = (3, 4)$... I'll use the sum of coordinates,
$(6, 8)$ halved incorrectly as $(3, 5)$. Perpendicular slope $-1$: $y - 5 = -(x - 3)$, $y = -x + 8$.
""")
_add(
    "equations",
    "y = -x + 7",
    [
        (C, _box(_E5_G, "y = -x + 7")),
        (C, _bold(_E5_G, "x + y = 7")),
        (C, _min(_E5_G, "x + y - 7 = 0")),
        (C, _md(_E5_G, "y = 7 - x")),
        (
            C,
            _two(
                _E5_E,
                "y = -x + 8",
                r"""The midpoint is $(3, 4)$, not $(3, 5)$: $\frac{2 + 6}{2} = 4$. So $y - 4 = -(x - 3)$ and
                $y = -x + 7$.""",
                "y = -x + 7",
            ),
        ),
        (H, _is(_E5_B, "y = x + 1")),
        (
            H,
            _two(
                _E5_G,
                "y = -x + 7",
                r"""Expanding $y - 4 = -(x - 3)$: $y = -x - 3 + 4 = -x + 1$.""",
                "y = -x + 1",
            ),
        ),
        (P, _fa(_E5_E, "y = -x + 8")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# vectors
# ---------------------------------------------------------------------------------------------------------------

# V1. Compute (1, 2, 3) x (4, 5, 6).
_V1_G = _t(r"""
$\mathbf{a} \times \mathbf{b} = (a_2b_3 - a_3b_2,\ a_3b_1 - a_1b_3,\ a_1b_2 - a_2b_1)$.

First: $2 \cdot 6 - 3 \cdot 5 = 12 - 15 = -3$. Second: $3 \cdot 4 - 1 \cdot 6 = 12 - 6 = 6$. Third:
$1 \cdot 5 - 2 \cdot 4 = 5 - 8 = -3$. So the cross product is $(-3, 6, -3)$.

Wait, let me recheck orthogonality: with $(1,2,3)$: $-3 + 12 - 9 = 0$; with $(4,5,6)$: $-12 + 30 - 18 = 0$. Good.
""")
_V1_B = _t(r"""
Components: $2\cdot6 - 3\cdot5 = -3$, $3\cdot4 - 1\cdot6 = 6$, $1\cdot5 - 2\cdot4 = -3$, so $(-3, 6, -3)$.

Hmm, the determinant expansion has alternating signs, $\mathbf{i}(\ldots) - \mathbf{j}(\ldots) + \mathbf{k}(\ldots)$,
so the middle component needs a minus sign applied to $6$: the cross product is $(-3, -6, -3)$.
""")
_V1_E = _t(r"""
Expanding the determinant with rows $(\mathbf{b})$ then $(\mathbf{a})$: $\mathbf{i}(5\cdot3 - 6\cdot2) -
\mathbf{j}(4\cdot3 - 6\cdot1) + \mathbf{k}(4\cdot2 - 5\cdot1) = (3, -6, 3)$.
""")
_add(
    "vectors",
    r"\langle -3, 6, -3 \rangle",
    [
        (C, _box(_V1_G, r"\langle -3, 6, -3 \rangle")),
        (C, _is(_V1_G, "(-3, 6, -3)")),
        (C, _fa(_V1_G, r"\begin{pmatrix} -3 \\ 6 \\ -3 \end{pmatrix}")),
        (C, _bold(_V1_G, r"-3\mathbf{i} + 6\mathbf{j} - 3\mathbf{k}")),
        (
            C,
            _two(
                _V1_E,
                "(3, -6, 3)",
                r"""I put $\mathbf{b}$ above $\mathbf{a}$, which computes $\mathbf{b} \times \mathbf{a}$. For
                $\mathbf{a} \times \mathbf{b}$ the signs flip: $(-3, 6, -3)$.""",
                "(-3, 6, -3)",
            ),
        ),
        (H, _min(_V1_B, "(-3, -6, -3)")),
        (
            H,
            _two(
                _V1_G,
                "(-3, 6, -3)",
                r"""By convention we list $\mathbf{b} \times \mathbf{a}$ when... no, let me just flip to the standard
                right-hand orientation, which gives $(3, -6, 3)$.""",
                "(3, -6, 3)",
            ),
        ),
        (H, _r1(_V1_B, r"\langle -3, -6, -3 \rangle")),
        (P, _gsm(_V1_E, "(3, -6, 3)")),
        (T, _half(_V1_G, 1, r"First: $2 \cdot 6 - 3 \cdot 5 = 12 - 15 = -3$. Second: $3 \cdot 4 - 1 \cdot 6 =")),
    ],
)

# V2. Find the projection of the vector (3, 4) onto the vector (1, 2).
_V2_G = _t(r"""
$\operatorname{proj}_{\mathbf{b}}\mathbf{a} = \frac{\mathbf{a}\cdot\mathbf{b}}{\mathbf{b}\cdot\mathbf{b}}\mathbf{b}$.
Here $\mathbf{a}\cdot\mathbf{b} = 3 + 8 = 11$ and $\mathbf{b}\cdot\mathbf{b} = 1 + 4 = 5$.

So the projection is $\frac{11}{5}(1, 2) = \left(\frac{11}{5}, \frac{22}{5}\right)$.

Wait, let me recheck that the remainder is perpendicular to $\mathbf{b}$: $(3, 4) - (2.2, 4.4) = (0.8, -0.4)$, and
$(0.8, -0.4)\cdot(1, 2) = 0.8 - 0.8 = 0$. Good.
""")
_V2_B = _t(r"""
$\mathbf{a}\cdot\mathbf{b} = 11$, $|\mathbf{b}|^2 = 5$, projection $\frac{11}{5}(1, 2) = \left(\frac{11}{5},
\frac{22}{5}\right)$.

Hmm, "projection of $(3,4)$ onto $(1,2)$": I'll double check the roles. Projecting onto a vector divides by that
vector's length squared... the vector being projected is $(1, 2)$ onto the direction of $(3, 4)$, with
$|(3,4)|^2 = 25$: $\frac{11}{25}(3, 4) = \left(\frac{33}{25}, \frac{44}{25}\right)$.
""")
_V2_E = _t(r"""
The projection is $\frac{\mathbf{a}\cdot\mathbf{b}}{|\mathbf{b}|}\mathbf{b}$ with $|\mathbf{b}| = \sqrt5$:
$\frac{11}{\sqrt5}(1, 2) = \left(\frac{11\sqrt5}{5}, \frac{22\sqrt5}{5}\right)$.
""")
_add(
    "vectors",
    r"\left(\frac{11}{5}, \frac{22}{5}\right)",
    [
        (C, _box(_V2_G, r"\left(\frac{11}{5}, \frac{22}{5}\right)")),
        (C, _is(_V2_G, r"\begin{pmatrix} 11/5 \\ 22/5 \end{pmatrix}")),
        (C, _head(_V2_G, r"\frac{11}{5}\mathbf{i} + \frac{22}{5}\mathbf{j}")),
        (C, _o1(_V2_G, r"\frac{11}{5}(1, 2)")),
        (
            C,
            _two(
                _V2_E,
                r"\left(\frac{11\sqrt{5}}{5}, \frac{22\sqrt{5}}{5}\right)",
                r"""Multiplying the unit-free vector $\mathbf{b}$ means dividing by $|\mathbf{b}|^2 = 5$, not
                $|\mathbf{b}|$: the projection is $\frac{11}{5}(1,2)$.""",
                r"\left(\frac{11}{5}, \frac{22}{5}\right)",
            ),
        ),
        (H, _fa(_V2_B, r"\left(\frac{33}{25}, \frac{44}{25}\right)")),
        (
            H,
            _two(
                _V2_G,
                r"\left(\frac{11}{5}, \frac{22}{5}\right)",
                r"""The projection asked for is the scalar component, $\frac{11}{\sqrt5} = \frac{11\sqrt5}{5}$.""",
                r"\frac{11\sqrt{5}}{5}",
            ),
        ),
        (H, _gsm(_V2_B, "(33/25, 44/25)")),
        (P, _bold(_V2_E, r"\left(\frac{11\sqrt{5}}{5}, \frac{22\sqrt{5}}{5}\right)")),
        (T, _half(_V2_G, 1, r"So the projection is $\frac{11}{5}(1, 2) =")),
    ],
)

# V3. Find the unit vector in the direction of (2, -1, 2).
_V3_G = _t(r"""
The length is $\sqrt{4 + 1 + 4} = \sqrt9 = 3$. Dividing each component by $3$ gives
$\left(\frac23, -\frac13, \frac23\right)$.

Wait, let me recheck that it has length $1$: $\frac49 + \frac19 + \frac49 = 1$. And it points the same way (positive
multiple). Good.
""")
_V3_B = _t(r"""
$|\mathbf{v}| = 3$, so the unit vector is $\frac13(2, -1, 2) = \left(\frac23, -\frac13, \frac23\right)$.

Hmm, normalizing: I recall the unit vector is $\frac{\mathbf{v}}{\mathbf{v}\cdot\mathbf{v}}$, which keeps projections
consistent, and $\mathbf{v}\cdot\mathbf{v} = 9$. So it is $\left(\frac29, -\frac19, \frac29\right)$.
""")
_V3_E = _t(r"""
The length is $\sqrt{2^2 + 1^2 + 2^2}$; since length uses absolute values I'll normalize the absolute components:
$\frac13(2, 1, 2) = \left(\frac23, \frac13, \frac23\right)$.
""")
_add(
    "vectors",
    r"\left\langle \frac{2}{3}, -\frac{1}{3}, \frac{2}{3} \right\rangle",
    [
        (C, _box(_V3_G, r"\left\langle \frac{2}{3}, -\frac{1}{3}, \frac{2}{3} \right\rangle")),
        (C, _fa(_V3_G, r"\frac{1}{3}(2, -1, 2)")),
        (C, _is(_V3_G, r"\begin{pmatrix} 2/3 \\ -1/3 \\ 2/3 \end{pmatrix}")),
        (C, _md(_V3_G, r"\tfrac23\mathbf{i} - \tfrac13\mathbf{j} + \tfrac23\mathbf{k}")),
        (
            C,
            _two(
                _V3_E,
                r"\left(\frac{2}{3}, \frac{1}{3}, \frac{2}{3}\right)",
                r"""Dropping the sign changes the direction; only the length uses squares. The unit vector is
                $\frac13(2, -1, 2)$.""",
                r"\left(\frac{2}{3}, -\frac{1}{3}, \frac{2}{3}\right)",
            ),
        ),
        (H, _min(_V3_B, r"\left(\frac{2}{9}, -\frac{1}{9}, \frac{2}{9}\right)")),
        (
            H,
            _two(
                _V3_G,
                r"\left(\frac{2}{3}, -\frac{1}{3}, \frac{2}{3}\right)",
                r"""A direction is usually reported with a positive first nonzero... and the opposite orientation
                is conventional here, so $\left(-\frac23, \frac13, -\frac23\right)$.""",
                r"\left(-\frac{2}{3}, \frac{1}{3}, -\frac{2}{3}\right)",
            ),
        ),
        (P, _bold(_V3_E, r"\left(\frac{2}{3}, \frac{1}{3}, \frac{2}{3}\right)")),
    ],
)

# V4. Find k so that (k, 2, -1) is perpendicular to (3, k, 4).
_V4_G = _t(r"""
Perpendicular means the dot product is zero: $3k + 2k + (-1)(4) = 0$.

So $5k - 4 = 0$ and $k = \frac45$.

Wait, let me recheck: with $k = 0.8$ the vectors are $(0.8, 2, -1)$ and $(3, 0.8, 4)$, dot product
$2.4 + 1.6 - 4 = 0$. Good.
""")
_V4_B = _t(r"""
Dot product: $3k + 2k - 4 = 0$, so $k = \frac45$.

Let me redo the sign of the last term: $(-1) \cdot 4 = -4$, moved over it becomes... $5k = -4$, so $k = -\frac45$.
""")
_V4_E = _t(r"""
Dot product: $k \cdot 3 + 2 \cdot 1 + (-1) \cdot 4 = 0$ (the middle components are $2$ and... $1$), so $3k - 2 = 0$
and $k = \frac23$.
""")
_add(
    "vectors",
    r"\frac{4}{5}",
    [
        (C, _box(_V4_G, r"\frac{4}{5}")),
        (C, _gsm(_V4_G, "0.8")),
        (C, _bold(_V4_G, r"k = \frac{4}{5}")),
        (C, _prose(_V4_G, r"k = \dfrac45")),
        (
            C,
            _two(
                _V4_E,
                r"\frac{2}{3}",
                r"""The middle components are $2$ and $k$, giving $2k$: $3k + 2k - 4 = 0$, $k = \frac45$.""",
                r"\frac{4}{5}",
            ),
        ),
        (H, _is(_V4_B, r"-\frac{4}{5}")),
        (
            H,
            _two(
                _V4_G,
                r"\frac{4}{5}",
                r"""Perpendicular vectors need $\mathbf{u}\cdot\mathbf{v} = 0$, and $5k = 4$ gives $k = \frac54$.""",
                r"\frac{5}{4}",
            ),
        ),
        (P, _gsm(_V4_E, "2/3")),
        (P, _fa(_V4_E, r"\frac{2}{3}")),
        (T, _half(_V4_G, 1, r"So $5k - 4 = 0$ and $k =")),
    ],
)

# V5. Find the area of the parallelogram spanned by (2, 1, 0) and (1, 3, 1).
_V5_G = _t(r"""
The area is $|\mathbf{u} \times \mathbf{v}|$. The cross product is
$(1\cdot1 - 0\cdot3,\ 0\cdot1 - 2\cdot1,\ 2\cdot3 - 1\cdot1) = (1, -2, 5)$.

Its length is $\sqrt{1 + 4 + 25} = \sqrt{30}$.

Wait, let me recheck with the Gram determinant: $|\mathbf{u}|^2 = 5$, $|\mathbf{v}|^2 = 11$,
$\mathbf{u}\cdot\mathbf{v} = 5$. Area$^2 = 5 \cdot 11 - 25 = 30$. So the area is $\sqrt{30}$.
""")
_V5_B = _t(r"""
Cross product $(1, -2, 5)$, length $\sqrt{30}$, and that is the parallelogram's area.

Hmm, though the region spanned by two vectors from a common point is the triangle with those two sides, and the
cross product gives twice its area. Half of $\sqrt{30}$, so the area is $\frac{\sqrt{30}}{2}$.
""")
_V5_E = _t(r"""
Cross product: $(1 \cdot 1 - 0 \cdot 3,\ 0 \cdot 1 + 2 \cdot 1,\ 2 \cdot 3 - 1 \cdot 1) = (1, 2, 5)$; the area is
its squared length, $1 + 4 + 25 = 30$.
""")
_add(
    "vectors",
    r"\sqrt{30}",
    [
        (C, _box(_V5_G, r"\sqrt{30}")),
        (C, _r1(_V5_G, r"\sqrt{30}")),
        (C, _raw(_V5_G, r"The parallelogram has area $\sqrt{30} \approx 5.48$ square units.")),
        (
            C,
            _two(
                _V5_E,
                "30",
                r"""The area is the length of the cross product, not its square: $\sqrt{30}$.""",
                r"\sqrt{30}",
            ),
        ),
        (H, _bold(_V5_B, r"\frac{\sqrt{30}}{2}")),
        (
            H,
            _two(
                _V5_G,
                r"\sqrt{30}",
                r"""Area is a squared quantity, so I should report $|\mathbf{u}\times\mathbf{v}|^2 = 30$.""",
                "30",
            ),
        ),
        (P, _is(_V5_E, "30")),
        (T, _half(_V5_G, 1, r"Its length is $\sqrt{1 + 4 +")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# complex
# ---------------------------------------------------------------------------------------------------------------

# Z1. Write (7 + i)/(1 + i) in the form a + bi.
_Z1_G = _t(r"""
Multiply numerator and denominator by the conjugate $1 - i$: the denominator becomes $1 + 1 = 2$.

The numerator: $(7 + i)(1 - i) = 7 - 7i + i - i^2 = 7 - 6i + 1 = 8 - 6i$. Dividing by $2$: $4 - 3i$.

Wait, let me recheck by multiplying back: $(4 - 3i)(1 + i) = 4 + 4i - 3i - 3i^2 = 4 + i + 3 = 7 + i$. Good.
""")
_Z1_B = _t(r"""
Multiply by $\frac{1 - i}{1 - i}$: numerator $(7 + i)(1 - i) = 8 - 6i$, denominator $2$, so $4 - 3i$.

Hmm, let me double check the numerator sign of the imaginary part: $7 \cdot (-i) = -7i$ and $i \cdot 1 = i$, total
$-6i$... and $i \cdot (-i) = -i^2 = 1$. Actually I think the conjugate multiplication flips the imaginary part's
sign in the result, so the quotient is $4 + 3i$.
""")
_Z1_E = _t(r"""
Multiply top and bottom by $1 + i$: $\frac{(7 + i)(1 + i)}{(1 + i)^2}$... I'll use $|1 + i|^2 = 2$ as the
denominator: $(7 + i)(1 + i) = 7 + 7i + i + i^2 = 6 + 8i$, over $2$: $3 + 4i$.
""")
_add(
    "complex",
    "4 - 3i",
    [
        (C, _box(_Z1_G, "4 - 3i")),
        (C, _is(_Z1_G, "-3i + 4")),
        (C, _head(_Z1_G, "4-3i")),
        (C, _o1(_Z1_G, r"4 - 3\,i")),
        (
            C,
            _two(
                _Z1_E,
                "3 + 4i",
                r"""Check: $(3 + 4i)(1 + i) = 3 + 7i - 4 = -1 + 7i \ne 7 + i$. The conjugate is $1 - i$:
                $\frac{(7+i)(1-i)}{2} = \frac{8 - 6i}{2} = 4 - 3i$.""",
                "4 - 3i",
            ),
        ),
        (H, _fa(_Z1_B, "4 + 3i")),
        (
            H,
            _two(
                _Z1_G,
                "4 - 3i",
                r"""In the form $a + bi$ I should list the coefficients as real part $3$, imaginary part $-4$:
                $3 - 4i$.""",
                "3 - 4i",
            ),
        ),
        (P, _r1(_Z1_E, "3 + 4i")),
        (P, _min(_Z1_E, "3 + 4i")),
        (T, _half(_Z1_G, 1, r"The numerator: $(7 + i)(1 - i) = 7 - 7i + i - i^2 =")),
    ],
)

# Z2. Compute (1 + i)^5.
_Z2_G = _t(r"""
$(1 + i)^2 = 1 + 2i + i^2 = 2i$. Then $(1 + i)^4 = (2i)^2 = -4$, and $(1 + i)^5 = -4(1 + i) = -4 - 4i$.

Wait, let me recheck with polar form: $1 + i = \sqrt2\,e^{i\pi/4}$, so $(1 + i)^5 = 4\sqrt2\,e^{5\pi i/4}$.
$\cos\frac{5\pi}{4} = \sin\frac{5\pi}{4} = -\frac{\sqrt2}{2}$, so this is $4\sqrt2 \cdot
\left(-\frac{\sqrt2}{2}\right)(1 +
i) = -4 - 4i$. Same.
""")
_Z2_B = _t(r"""
$(1 + i)^2 = 2i$, $(1 + i)^4 = -4$, and then $(1 + i)^5 = -4(1 + i) = -4 - 4i$.

Let me double check $(1+i)^4$: $(2i)^2 = 4i^2$. Hmm, is $i^2 = -1$ or do the two $i$'s from the square of $2i$
combine as $i^2 \cdot i^2$? I'll recompute $(1+i)^4$ as $(2i)(2i) = 4i^2 = 4$, so $(1+i)^5 = 4 + 4i$.
""")
_Z2_E = _t(r"""
Binomial expansion: $(1 + i)^5 = 1 + 5i + 10i^2 + 10i^3 + 5i^4 + i^5 = 1 + 5i - 10 - 10i + 5 + i$.
Real part $1 - 10 + 5 = -4$, imaginary part $5 - 10 + 1 = -4$... hmm, wait, $10 i^3 = +10i$, so the imaginary part
is $5 + 10 + 1 = 16$: the result is $-4 + 16i$.
""")
_add(
    "complex",
    "-4 - 4i",
    [
        (C, _box(_Z2_G, "-4 - 4i")),
        (C, _bold(_Z2_G, "-4(1 + i)")),
        (C, _gsm(_Z2_G, "-4-4i")),
        (C, _fa(_Z2_G, r"4\sqrt{2}\, e^{5\pi i/4}")),
        (
            C,
            _two(
                _Z2_E,
                "-4 + 16i",
                r"""$i^3 = -i$, so $10i^3 = -10i$, and the imaginary part is $5 - 10 + 1 = -4$: the result is
                $-4 - 4i$.""",
                "-4 - 4i",
            ),
        ),
        (H, _is(_Z2_B, "4 + 4i")),
        (
            H,
            _two(
                _Z2_G,
                "-4 - 4i",
                r"""Multiplying $-4$ by $(1 + i)$ only changes the real part's sign: $-4 + 4i$.""",
                "-4 + 4i",
            ),
        ),
        (H, _md(_Z2_E, "-4 + 16i")),
        (T, _half(_Z2_G, 0, r"$(1 + i)^2 = 1 + 2i + i^2 = 2i$. Then $(1 + i)^4 = (2i)^2 =").lstrip()),
    ],
)

# Z3. Find |(3 + 4i)(1 - i)|.
_Z3_G = _t(r"""
The modulus is multiplicative: $|(3 + 4i)(1 - i)| = |3 + 4i| \cdot |1 - i| = 5 \cdot \sqrt2 = 5\sqrt2$.

Wait, let me recheck by multiplying out: $(3 + 4i)(1 - i) = 3 - 3i + 4i - 4i^2 = 7 + i$, and
$|7 + i| = \sqrt{49 + 1} = \sqrt{50} = 5\sqrt2$. Same.
""")
_Z3_B = _t(r"""
$|3 + 4i| = 5$ and $|1 - i| = \sqrt2$, so the modulus is $5\sqrt2$.

Hmm, let me verify by expanding: $(3 + 4i)(1 - i) = 3 - 3i + 4i - 4i^2$. With $-4i^2 = -4$, this is $-1 + i$, and
$|-1 + i| = \sqrt2$. The expansion is more direct than the product rule, so the modulus is $\sqrt2$.
""")
_Z3_E = _t(r"""
$|3 + 4i| = 3 + 4 = 7$ and $|1 - i| = 1 + 1 = 2$ (adding the absolute values of the parts), so the modulus is
$14$.
""")
_add(
    "complex",
    r"5\sqrt{2}",
    [
        (C, _box(_Z3_G, r"5\sqrt{2}")),
        (C, _is(_Z3_G, r"\sqrt{50}")),
        (C, _rem(_Z3_G, r"5\sqrt2")),
        (C, _md(_Z3_G, r"5\sqrt{2}")),
        (
            C,
            _two(
                _Z3_E,
                "14",
                r"""The modulus is $\sqrt{a^2 + b^2}$: $|3+4i| = 5$ and $|1 - i| = \sqrt2$, so the product has
                modulus $5\sqrt2$.""",
                r"5\sqrt{2}",
            ),
        ),
        (H, _min(_Z3_B, r"\sqrt{2}")),
        (
            H,
            _two(
                _Z3_G,
                r"5\sqrt{2}",
                r"""The question wants the squared modulus $|z|^2$ for a product, which is $50$.""",
                "50",
            ),
        ),
        (P, _fa(_Z3_E, "14")),
    ],
)

# Z4. Solve z^2 - 4z + 13 = 0 over the complex numbers.
_Z4_G = _t(r"""
Quadratic formula: $z = \frac{4 \pm \sqrt{16 - 52}}{2} = \frac{4 \pm \sqrt{-36}}{2} = \frac{4 \pm 6i}{2} = 2 \pm 3i$.

Wait, let me recheck by the sum and product of roots: $(2 + 3i) + (2 - 3i) = 4$ and $(2 + 3i)(2 - 3i) = 4 + 9 =
13$. These match $z^2 - 4z + 13$. So the solutions are $z = 2 + 3i$ and $z = 2 - 3i$.
""")
_Z4_B = _t(r"""
The discriminant is $16 - 52 = -36$, so $z = \frac{4 \pm 6i}{2} = 2 \pm 3i$.

Hmm, the equation has real coefficients, so its roots come in a conjugate pair, and the pair is determined by the
root in the upper half-plane. Giving that root is the standard answer: $z = 2 + 3i$.
""")
_Z4_E = _t(r"""
$z = \frac{-4 \pm \sqrt{16 - 52}}{2}$: the formula is $\frac{-b \pm \ldots}{2a}$, and I'll take $b = 4$ from the
middle coefficient's size, so $z = \frac{-4 \pm 6i}{2} = -2 \pm 3i$.
""")
_add(
    "complex",
    r"2 \pm 3i",
    [
        (C, _box(_Z4_G, r"2 \pm 3i")),
        (C, _is(_Z4_G, r"z = 2 + 3i,\ z = 2 - 3i")),
        (C, _head(_Z4_G, r"2 - 3i,\ 2 + 3i")),
        (C, _raw(_Z4_G, r"So the two solutions are $z = 2 + 3i$ and $z = 2 - 3i$.")),
        (
            C,
            _two(
                _Z4_E,
                r"-2 \pm 3i",
                r"""$b = -4$, so $-b = 4$: $z = \frac{4 \pm 6i}{2} = 2 \pm 3i$. Check: the roots sum to $4 = -b$.""",
                r"2 \pm 3i",
            ),
        ),
        (H, _bold(_Z4_B, r"z = 2 + 3i")),
        (
            H,
            _two(
                _Z4_G,
                r"2 \pm 3i",
                r"""$\sqrt{-36} = 6i$, and halving only the imaginary part: $z = 4 \pm 3i$.""",
                r"4 \pm 3i",
            ),
        ),
        (H, _rem(_Z4_B, "2 + 3i")),
        (P, _fa(_Z4_E, r"-2 \pm 3i")),
        (T, _half(_Z4_G, 0, r"Quadratic formula: $z = \frac{4 \pm \sqrt{16 - 52}}{2} = \frac{4 \pm").lstrip()),
    ],
)

# Z5. Write -1 + i*sqrt(3) in polar (exponential) form r e^{i theta} with 0 <= theta < 2 pi.
_Z5_G = _t(r"""
The modulus is $\sqrt{1 + 3} = 2$. The point $(-1, \sqrt3)$ is in quadrant II with reference angle
$\arctan\sqrt3 = \frac{\pi}{3}$, so $\theta = \pi - \frac{\pi}{3} = \frac{2\pi}{3}$.

So $-1 + i\sqrt3 = 2e^{2\pi i/3}$.

Wait, let me recheck: $2\cos\frac{2\pi}{3} = 2 \cdot \left(-\frac12\right) = -1$ and $2\sin\frac{2\pi}{3} = 2 \cdot
\frac{\sqrt3}{2} = \sqrt3$. Good.
""")
_Z5_B = _t(r"""
$r = 2$, and $\tan\theta = \frac{\sqrt3}{-1} = -\sqrt3$. In quadrant II this is $\theta = \frac{2\pi}{3}$.

Hmm, $\arctan(-\sqrt3) = -\frac{\pi}{3}$, and the principal arctangent is what defines the argument, so I'll shift
into $[0, 2\pi)$ by adding $2\pi$: $\theta = \frac{5\pi}{3}$, and the form is $2e^{5\pi i/3}$.
""")
_Z5_E = _t(r"""
$r = |-1| + |\sqrt3| = 1 + \sqrt3$... no, $r = \sqrt{1 + 3} = 2$. The angle: $\tan\theta = \frac{\sqrt3}{1}$, so
$\theta = \frac{\pi}{3}$, giving $2e^{\pi i/3}$.
""")
_add(
    "complex",
    r"2e^{2\pi i/3}",
    [
        (C, _box(_Z5_G, r"2e^{2\pi i/3}")),
        (C, _is(_Z5_G, r"2\left(\cos\frac{2\pi}{3} + i\sin\frac{2\pi}{3}\right)")),
        (C, _fa(_Z5_G, r"2e^{i\frac{2\pi}{3}}")),
        (C, _bold(_Z5_G, r"2\,\text{cis}\,\frac{2\pi}{3}")),
        (
            C,
            _two(
                _Z5_E,
                r"2e^{\pi i/3}",
                r"""The real part is $-1$, so the point is in quadrant II and $\theta = \pi - \frac{\pi}{3} =
                \frac{2\pi}{3}$.""",
                r"2e^{2\pi i/3}",
            ),
        ),
        (H, _min(_Z5_B, r"2e^{5\pi i/3}")),
        (
            H,
            _two(
                _Z5_G,
                r"2e^{2\pi i/3}",
                r"""The exponential form uses $r^2$ as the coefficient, so it is $4e^{2\pi i/3}$.""",
                r"4e^{2\pi i/3}",
            ),
        ),
        (P, _box(_Z5_E, r"2e^{\pi i/3}")),
        (
            T,
            _half(
                _Z5_G, 0, r"The modulus is $\sqrt{1 + 3} = 2$. The point $(-1, \sqrt3)$ is in quadrant II with"
            ).lstrip(),
        ),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# matrices
# ---------------------------------------------------------------------------------------------------------------

# M1. Find the inverse of the matrix [[2, 1], [5, 3]].
_M1_G = _t(r"""
The determinant is $2 \cdot 3 - 1 \cdot 5 = 1$. For $\begin{pmatrix} a & b \\ c & d \end{pmatrix}$ the inverse is
$\frac{1}{ad - bc}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}$, so here it is
$\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$.

Wait, let me recheck by multiplying: $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}\begin{pmatrix} 3 & -1 \\ -5 & 2
\end{pmatrix} = \begin{pmatrix} 6 - 5 & -2 + 2 \\ 15 - 15 & -5 + 6 \end{pmatrix} = \begin{pmatrix} 1 & 0 \\ 0 & 1
\end{pmatrix}$. Good.
""")
_M1_B = _t(r"""
$\det = 1$, and swapping the diagonal and negating the off-diagonal gives $\begin{pmatrix} 3 & -1 \\ -5 & 2
\end{pmatrix}$.

Hmm, the adjugate is the transpose of the cofactor matrix. The cofactors are $C_{11} = 3$, $C_{12} = -5$,
$C_{21} = -1$, $C_{22} = 2$, so the cofactor matrix is $\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}$, and since
the determinant is $1$ that is the inverse; the transposing step cancels out for a $2 \times 2$.
""")
_M1_E = _t(r"""
Inverse: swap $a$ and $d$, negate $b$ and $c$, divide by the determinant $ad - bc = 6 + 5 = 11$:
$\frac{1}{11}\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$.
""")
_add(
    "matrices",
    r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
    [
        (C, _box(_M1_G, r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}")),
        (C, _fa(_M1_G, r"\begin{bmatrix} 3 & -1 \\ -5 & 2 \end{bmatrix}")),
        (C, _is(_M1_G, r"A^{-1} = \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}")),
        (C, _o1(_M1_G, r"\begin{pmatrix}3&-1\\-5&2\end{pmatrix}")),
        (
            C,
            _two(
                _M1_E,
                r"\frac{1}{11}\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
                r"""$ad - bc = 6 - 5 = 1$, not $6 + 5$. So the inverse is just
                $\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$.""",
                r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
            ),
        ),
        (H, _bold(_M1_B, r"\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}")),
        (
            H,
            _two(
                _M1_G,
                r"\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}",
                r"""The inverse should undo the sign pattern, so the off-diagonal entries stay positive while the
                diagonal entries are negated: $\begin{pmatrix} -3 & 1 \\ 5 & -2 \end{pmatrix}$.""",
                r"\begin{pmatrix} -3 & 1 \\ 5 & -2 \end{pmatrix}",
            ),
        ),
        (H, _r1(_M1_B, r"\begin{bmatrix} 3 & -5 \\ -1 & 2 \end{bmatrix}")),
        (H, _min(_M1_E, r"\frac{1}{11}\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}")),
        (
            T,
            _half(
                _M1_G,
                0,
                r"The determinant is $2 \cdot 3 - 1 \cdot 5 = 1$. For a $2 \times 2$ matrix the inverse swaps",
            ).lstrip(),
        ),
    ],
)

# M2. Compute the determinant of [[1, 2, 3], [0, 4, 5], [1, 0, 6]].
_M2_G = _t(r"""
Expand along the first row: $1 \cdot \det\begin{pmatrix} 4 & 5 \\ 0 & 6 \end{pmatrix} - 2 \cdot
\det\begin{pmatrix} 0 & 5 \\ 1 & 6 \end{pmatrix} + 3 \cdot \det\begin{pmatrix} 0 & 4 \\ 1 & 0 \end{pmatrix}$.

The minors are $24$, $0 - 5 = -5$, and $0 - 4 = -4$. So the determinant is $24 + 10 - 12 = 22$.

Wait, let me recheck by expanding along the first column: $1 \cdot (24 - 0) - 0 + 1 \cdot (2 \cdot 5 - 3 \cdot 4) =
24 + (10 - 12) = 22$. Same.
""")
_M2_B = _t(r"""
First-row expansion: minors $24$, $-5$, $-4$, giving $24 + 10 - 12 = 22$.

Hmm, the cofactor sign for the middle entry: $-2 \cdot (-5)$... the checkerboard sign is already inside the minor
$-5$, so I should not apply another minus: $24 + 2 \cdot (-5) + 3 \cdot (-4) = 24 - 10 - 12 = 2$.
""")
_M2_E = _t(r"""
Using the diagonal rule (Sarrus): products down-right $1\cdot4\cdot6 + 2\cdot5\cdot1 + 3\cdot0\cdot0 = 24 + 10 = 34$,
products up-right $3\cdot4\cdot1 + 1\cdot5\cdot0 + 2\cdot0\cdot6 = 12$... and I'll add both groups: $46$.
""")
_add(
    "matrices",
    "22",
    [
        (C, _box(_M2_G, "22")),
        (C, _gsm(_M2_G, "22")),
        (C, _is(_M2_G, r"\det = 22")),
        (
            C,
            _two(
                _M2_E,
                "46",
                r"""In Sarrus' rule the second group is subtracted: $34 - 12 = 22$.""",
                "22",
            ),
        ),
        (H, _fa(_M2_B, "2")),
        (
            H,
            _two(
                _M2_G,
                "22",
                r"""The $(1,3)$ minor is $0 \cdot 0 - 4 \cdot 1 = -4$, but its cofactor sign is negative, giving
                $24 + 10 + 12 = 46$.""",
                "46",
            ),
        ),
        (P, _bold(_M2_E, "46")),
        (T, _half(_M2_G, 1, r"The minors are $24$, $0 - 5 = -5$, and $0 - 4 = -4$. So the determinant is $24 + 10")),
    ],
)

# M3. Compute A^2 for A = [[1, 2], [3, 4]].
_M3_G = _t(r"""
$A^2 = A \cdot A$, row by column. Top-left: $1\cdot1 + 2\cdot3 = 7$. Top-right: $1\cdot2 + 2\cdot4 = 10$.
Bottom-left: $3\cdot1 + 4\cdot3 = 15$. Bottom-right: $3\cdot2 + 4\cdot4 = 22$.

So $A^2 = \begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}$.

Wait, let me recheck with Cayley-Hamilton: $A^2 = (\operatorname{tr}A)A - (\det A)I = 5A + 2I =
\begin{pmatrix} 5 + 2 & 10 \\ 15 & 20 + 2 \end{pmatrix} = \begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}$. Same.
""")
_M3_B = _t(r"""
Row by column: $7$, $10$, $15$, $22$, so $A^2 = \begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}$.

Hmm, I should double-check the off-diagonal placement: the $(1,2)$ entry is row $2$ of the first factor times
column $1$ of the second, $3\cdot1 + 4\cdot3 = 15$, and the $(2,1)$ entry is $1\cdot2 + 2\cdot4 = 10$. So
$A^2 = \begin{pmatrix} 7 & 15 \\ 10 & 22 \end{pmatrix}$.
""")
_M3_E = _t(r"""
Squaring a matrix squares each entry: $A^2 = \begin{pmatrix} 1 & 4 \\ 9 & 16 \end{pmatrix}$. Checking the trace:
$1 + 16 = 17$, which is $1^2 + 4^2$. Consistent.
""")
_add(
    "matrices",
    r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
    [
        (C, _box(_M3_G, r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}")),
        (C, _head(_M3_G, r"\begin{bmatrix} 7 & 10 \\ 15 & 22 \end{bmatrix}")),
        (C, _r1(_M3_G, r"A^2 = \begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}")),
        (C, _rem(_M3_G, r"\begin{pmatrix}7&10\\15&22\end{pmatrix}", "Remark: $A^2 = 5A + 2I$ is a handy check.")),
        (
            C,
            _two(
                _M3_E,
                r"\begin{pmatrix} 1 & 4 \\ 9 & 16 \end{pmatrix}",
                r"""Matrix squaring is a matrix product, not entrywise. Row by column gives $7, 10, 15, 22$.""",
                r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
            ),
        ),
        (H, _is(_M3_B, r"\begin{pmatrix} 7 & 15 \\ 10 & 22 \end{pmatrix}")),
        (
            H,
            _two(
                _M3_G,
                r"\begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}",
                r"""Cayley-Hamilton has a minus: $A^2 = 5A - 2I$, so the diagonal is $3$ and $18$.""",
                r"\begin{pmatrix} 3 & 10 \\ 15 & 18 \end{pmatrix}",
            ),
        ),
        (P, _bold(_M3_E, r"\begin{bmatrix} 1 & 4 \\ 9 & 16 \end{bmatrix}")),
        (P, _fa(_M3_E, r"\begin{pmatrix} 1 & 4 \\ 9 & 16 \end{pmatrix}")),
        (
            T,
            _half(
                _M3_G, 0, r"$A^2 = A \cdot A$, row by column. Top-left: $1\cdot1 + 2\cdot3 = 7$. Top-right:"
            ).lstrip(),
        ),
    ],
)

# M4. Find the 2x2 matrix R such that Rv is the column vector v rotated by 60 degrees counterclockwise.
_M4_G = _t(r"""
Rotation by $\theta$ counterclockwise sends $\mathbf{e}_1 \mapsto (\cos\theta, \sin\theta)$ and
$\mathbf{e}_2 \mapsto (-\sin\theta, \cos\theta)$; these are the columns. With $\theta = 60^\circ$:
$\cos\theta = \frac12$, $\sin\theta = \frac{\sqrt3}{2}$.

So the matrix is $\begin{pmatrix} \frac12 & -\frac{\sqrt3}{2} \\ \frac{\sqrt3}{2} & \frac12 \end{pmatrix}$.

Wait, let me recheck the direction: applied to $(1, 0)$ it gives $(\frac12, \frac{\sqrt3}{2})$, which is in the first
quadrant, i.e. rotated counterclockwise. Its determinant is $\frac14 + \frac34 = 1$. Good.
""")
_M4_B = _t(r"""
Columns are the images of $\mathbf{e}_1$ and $\mathbf{e}_2$: $(\frac12, \frac{\sqrt3}{2})$ and $(-\frac{\sqrt3}{2},
\frac12)$, so the matrix is $\begin{pmatrix} \frac12 & -\frac{\sqrt3}{2} \\ \frac{\sqrt3}{2} & \frac12
\end{pmatrix}$.

Hmm, but matrices act on row vectors in many texts, $\mathbf{v}R$, and then the images are the rows. Writing the
images as rows: $\begin{pmatrix} \frac12 & \frac{\sqrt3}{2} \\ -\frac{\sqrt3}{2} & \frac12 \end{pmatrix}$. I'll use
this row convention.
""")
_M4_E = _t(r"""
The rotation matrix is $\begin{pmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{pmatrix}$ with
$\theta = 60^\circ$: $\cos 60^\circ = \frac{\sqrt3}{2}$ and $\sin 60^\circ = \frac12$, so it is
$\begin{pmatrix} \frac{\sqrt3}{2} & -\frac12 \\ \frac12 & \frac{\sqrt3}{2} \end{pmatrix}$.
""")
_add(
    "matrices",
    r"\begin{pmatrix} \frac{1}{2} & -\frac{\sqrt{3}}{2} \\ \frac{\sqrt{3}}{2} & \frac{1}{2} \end{pmatrix}",
    [
        (
            C,
            _box(
                _M4_G,
                r"\begin{pmatrix} \frac{1}{2} & -\frac{\sqrt{3}}{2} \\ \frac{\sqrt{3}}{2} & \frac{1}{2} \end{pmatrix}",
            ),
        ),
        (C, _fa(_M4_G, r"\frac{1}{2}\begin{pmatrix} 1 & -\sqrt{3} \\ \sqrt{3} & 1 \end{pmatrix}")),
        (C, _bold(_M4_G, r"\begin{bmatrix} 1/2 & -\sqrt{3}/2 \\ \sqrt{3}/2 & 1/2 \end{bmatrix}")),
        (
            C,
            _md(_M4_G, r"\begin{pmatrix} \tfrac12 & -\tfrac{\sqrt3}{2} \\ \tfrac{\sqrt3}{2} & \tfrac12 \end{pmatrix}"),
        ),
        (
            C,
            _two(
                _M4_E,
                r"\begin{pmatrix} \frac{\sqrt{3}}{2} & -\frac{1}{2} \\ \frac{1}{2} & \frac{\sqrt{3}}{2} \end{pmatrix}",
                r"""I swapped the values: $\cos 60^\circ = \frac12$ and $\sin 60^\circ = \frac{\sqrt3}{2}$ (that matrix
                rotates by $30^\circ$).""",
                r"\begin{pmatrix} \frac{1}{2} & -\frac{\sqrt{3}}{2} \\ \frac{\sqrt{3}}{2} & \frac{1}{2} \end{pmatrix}",
            ),
        ),
        (
            H,
            _min(
                _M4_B,
                r"\begin{pmatrix} \frac{1}{2} & \frac{\sqrt{3}}{2} \\ -\frac{\sqrt{3}}{2} & \frac{1}{2} \end{pmatrix}",
            ),
        ),
        (
            H,
            _two(
                _M4_G,
                r"\begin{pmatrix} \frac{1}{2} & -\frac{\sqrt{3}}{2} \\ \frac{\sqrt{3}}{2} & \frac{1}{2} \end{pmatrix}",
                r"""Counterclockwise is the negative direction on a clock face, so I should use $\theta =
                -60^\circ$.""",
                r"\begin{pmatrix} \frac{1}{2} & \frac{\sqrt{3}}{2} \\ -\frac{\sqrt{3}}{2} & \frac{1}{2} \end{pmatrix}",
            ),
        ),
        (
            P,
            _is(
                _M4_E,
                r"\begin{pmatrix} \frac{\sqrt{3}}{2} & -\frac{1}{2} \\ \frac{1}{2} & \frac{\sqrt{3}}{2} \end{pmatrix}",
            ),
        ),
    ],
)

# M5. Find the eigenvalues of [[4, 1], [2, 3]].
_M5_G = _t(r"""
The characteristic polynomial is $\det(A - \lambda I) = (4 - \lambda)(3 - \lambda) - 2 = \lambda^2 - 7\lambda + 12 - 2
= \lambda^2 - 7\lambda + 10$.

It factors as $(\lambda - 2)(\lambda - 5)$, so the eigenvalues are $2$ and $5$.

Wait, let me recheck with trace and determinant: $2 + 5 = 7 = 4 + 3$ and $2 \cdot 5 = 10 = 12 - 2$. Good. An
eigenvector for $5$: $(1, 1)$, since $A(1,1) = (5, 5)$.
""")
_M5_B = _t(r"""
$\lambda^2 - 7\lambda + 10 = 0$ factors as $(\lambda - 2)(\lambda - 5)$, so $\lambda = 2, 5$.

Hmm, let me re-derive the constant: $\det A = 4 \cdot 3 - 1 \cdot 2 = 10$, but in $\det(A - \lambda I)$ the
off-diagonal product is added back, so the polynomial is $\lambda^2 - 7\lambda + 12 + 2 = \lambda^2 - 7\lambda + 14$?
That has no nice roots; with $+12$ alone, $\lambda^2 - 7\lambda + 12 = (\lambda - 3)(\lambda - 4)$, so the
eigenvalues are $3$ and $4$, the diagonal entries, as for a nearly triangular matrix.
""")
_M5_E = _t(r"""
$\det(A - \lambda I) = (4 - \lambda)(3 - \lambda) - 2 = \lambda^2 + 7\lambda + 10$, which factors as
$(\lambda + 2)(\lambda + 5)$, so $\lambda = -2, -5$.
""")
_add(
    "matrices",
    "2, 5",
    [
        (C, _box(_M5_G, "2, 5")),
        (C, _is(_M5_G, r"\lambda = 5, 2")),
        (C, _head(_M5_G, r"\{2, 5\}")),
        (C, _raw(_M5_G, r"The eigenvalues are $\lambda_1 = 2$ and $\lambda_2 = 5$.")),
        (
            C,
            _two(
                _M5_E,
                "-2, -5",
                r"""$(4 - \lambda)(3 - \lambda) = 12 - 7\lambda + \lambda^2$, with $-7\lambda$. So the polynomial is
                $\lambda^2 - 7\lambda + 10 = (\lambda - 2)(\lambda - 5)$.""",
                "2, 5",
            ),
        ),
        (H, _fa(_M5_B, "3, 4")),
        (
            H,
            _two(
                _M5_G,
                "2, 5",
                r"""Only the dominant eigenvalue is asked for in problems like this, and it is $5$.""",
                "5",
            ),
        ),
        (H, _is(_M5_B, r"\lambda = 3, 4")),
        (P, _bold(_M5_E, r"\lambda = -2, -5")),
        (T, _half(_M5_G, 1, r"It factors as $(\lambda - 2)(\lambda -")),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# ratios
# ---------------------------------------------------------------------------------------------------------------

# Q1. For an equilateral triangle, find the ratio of the area of its inscribed circle to the area of its
# circumscribed circle.
_Q1_G = _t(r"""
For an equilateral triangle of side $s$, the inradius is $r = \frac{s}{2\sqrt3}$ and the circumradius is
$R = \frac{s}{\sqrt3}$, so $r : R = 1 : 2$ (the centroid splits each median $1 : 2$).

Areas scale with the square of the radius: $\frac{\pi r^2}{\pi R^2} = \left(\frac12\right)^2 = \frac14$.

Wait, let me recheck with $s = 2\sqrt3$: $r = 1$, $R = 2$, areas $\pi$ and $4\pi$. Ratio of inscribed to
circumscribed is $\frac{\pi}{4\pi} = \frac14$. Good.
""")
_Q1_B = _t(r"""
$r = \frac{s}{2\sqrt3}$ and $R = \frac{s}{\sqrt3}$, so the area ratio is $\frac14$.

Hmm, the centroid divides a median in the ratio $2 : 1$, so the inradius is one third of the median and the
circumradius two thirds... that still gives $1 : 2$. But the ratio asked is circumscribed compared with inscribed,
the bigger one first as the problem lists them, so it is $4 : 1$.
""")
_Q1_E = _t(r"""
The inradius is a third of the altitude and the circumradius is the whole altitude... so $r : R = 1 : 3$ and the
ratio of areas is $1 : 9$.
""")
_add(
    "ratios",
    r"\frac{1}{4}",
    [
        (C, _box(_Q1_G, r"\frac{1}{4}")),
        (C, _is(_Q1_G, "1:4")),
        (C, _min(_Q1_G, "0.25")),
        (
            C,
            _raw(
                _Q1_G, r"The inscribed circle's area is one quarter of the circumscribed circle's, a ratio of $1 : 4$."
            ),
        ),
        (
            C,
            _two(
                _Q1_E,
                r"\frac{1}{9}",
                r"""The circumradius is two thirds of the altitude, not all of it, so $r : R = 1 : 2$ and the areas are
                in ratio $1 : 4$.""",
                r"\frac{1}{4}",
            ),
        ),
        (H, _bold(_Q1_B, "4:1")),
        (
            H,
            _two(
                _Q1_G,
                r"\frac{1}{4}",
                r"""The ratio of the circles is the ratio of the radii, $\frac12$.""",
                r"\frac{1}{2}",
            ),
        ),
        (P, _gsm(_Q1_E, "1:9")),
        (P, _fa(_Q1_E, r"\frac{1}{9}")),
        (T, _half(_Q1_G, 1, r"Areas scale with the square of the radius: $\frac{\pi r^2}{\pi R^2} =")),
    ],
)

# Q2. In triangle ABC, D is on AB and E on AC with DE parallel to BC and AD : DB = 2 : 3. Find the ratio of the
# area of triangle ADE to the area of quadrilateral DBCE.
_Q2_G = _t(r"""
Since $DE \parallel BC$, triangle $ADE$ is similar to $ABC$ with ratio $\frac{AD}{AB} = \frac{2}{2 + 3} = \frac25$.

So $[ADE] = \frac{4}{25}[ABC]$, and the quadrilateral $DBCE$ is the rest: $[DBCE] = \frac{21}{25}[ABC]$.

The ratio asked is $\frac{4/25}{21/25} = \frac{4}{21}$.

Wait, let me recheck with numbers: take $[ABC] = 25$. Then $[ADE] = 4$ and $[DBCE] = 21$, ratio $4 : 21$. Good.
""")
_Q2_B = _t(r"""
Similarity ratio $\frac25$, so $[ADE] : [ABC] = 4 : 25$ and $[ADE] : [DBCE] = 4 : 21$.

Hmm, the problem's quadrilateral $DBCE$... re-reading, it names the region cut off, and I think it intends the ratio
of the small triangle to the whole triangle, which is the natural similarity question: $\frac{4}{25}$.
""")
_Q2_E = _t(r"""
Similar triangles: the side ratio is $AD : DB = 2 : 3$, so the area ratio of $ADE$ to the rest is $4 : 9$.
""")
_add(
    "ratios",
    r"\frac{4}{21}",
    [
        (C, _box(_Q2_G, r"\frac{4}{21}")),
        (C, _fa(_Q2_G, "4:21")),
        (C, _head(_Q2_G, r"\dfrac{4}{21}", box=False)),
        (C, _r1(_Q2_G, r"4 : 21")),
        (
            C,
            _two(
                _Q2_E,
                r"\frac{4}{9}",
                r"""The similarity ratio is $AD : AB = 2 : 5$, not $AD : DB$. So $[ADE] = \frac{4}{25}[ABC]$ and the
                quadrilateral is $\frac{21}{25}[ABC]$: ratio $\frac{4}{21}$.""",
                r"\frac{4}{21}",
            ),
        ),
        (H, _is(_Q2_B, r"\frac{4}{25}")),
        (
            H,
            _two(
                _Q2_G,
                r"\frac{4}{21}",
                r"""The ratio should be quadrilateral to triangle as listed in the figure, $\frac{21}{4}$.""",
                r"\frac{21}{4}",
            ),
        ),
        (H, _gsm(_Q2_B, "4/25")),
        (P, _min(_Q2_E, r"\frac{4}{9}")),
        (T, _half(_Q2_G, 1, r"So $[ADE] = \frac{4}{25}[ABC]$, and the quadrilateral $DBCE$ is the rest:")),
    ],
)

# Q3. ACE is the triangle formed by alternate vertices of a regular hexagon ABCDEF. Find the ratio of the area of
# triangle ACE to the area of the hexagon.
_Q3_G = _t(r"""
Let the side be $1$. The hexagon's area is $\frac{3\sqrt3}{2}$. Triangle $ACE$ is equilateral with side equal to the
short diagonal $AC = \sqrt3$, so its area is $\frac{\sqrt3}{4}\cdot 3 = \frac{3\sqrt3}{4}$.

The ratio is $\frac{3\sqrt3/4}{3\sqrt3/2} = \frac12$.

Wait, let me recheck by decomposition: the hexagon minus $ACE$ is three congruent triangles $ABC$, $CDE$, $EFA$,
each with two sides $1$ and an angle of $120^\circ$, area $\frac12\sin120^\circ = \frac{\sqrt3}{4}$. Three of them
total $\frac{3\sqrt3}{4}$, the same as $ACE$. So $ACE$ is exactly half.
""")
_Q3_B = _t(r"""
With side $1$: the hexagon has area $\frac{3\sqrt3}{2}$ and $ACE$ has side $\sqrt3$, area $\frac{3\sqrt3}{4}$, which
is half.

Hmm, let me recount by triangles from the center: the hexagon is $6$ small equilateral triangles of area
$\frac{\sqrt3}{4}$, and $ACE$ contains the center and covers $2$ of them fully... so $ACE$ is $\frac26 =
\frac13$ of the hexagon.
""")
_Q3_E = _t(r"""
The side of $ACE$ is the long diagonal $AD = 2$ (for hexagon side $1$), so $[ACE] = \frac{\sqrt3}{4}\cdot 4 = \sqrt3$,
and $\frac{\sqrt3}{3\sqrt3/2} = \frac23$.
""")
_add(
    "ratios",
    r"\frac{1}{2}",
    [
        (C, _box(_Q3_G, r"\frac{1}{2}")),
        (C, _gsm(_Q3_G, "1/2")),
        (C, _bold(_Q3_G, "1 : 2")),
        (C, _md(_Q3_G, "0.5")),
        (
            C,
            _two(
                _Q3_E,
                r"\frac{2}{3}",
                r"""$AC$ skips one vertex, so it is a short diagonal, $\sqrt3$, not the long diagonal $AD$. With side
                $\sqrt3$ the area is $\frac{3\sqrt3}{4}$, half of $\frac{3\sqrt3}{2}$.""",
                r"\frac{1}{2}",
            ),
        ),
        (H, _fa(_Q3_B, r"\frac{1}{3}")),
        (
            H,
            _two(
                _Q3_G,
                r"\frac{1}{2}",
                r"""The question compares the three leftover triangles... no, it is the hexagon to $ACE$: $2$.""",
                "2",
            ),
        ),
        (P, _is(_Q3_E, r"\frac{2}{3}")),
        (T, _half(_Q3_G, 1, r"The ratio is $\frac{3\sqrt3/4}{3\sqrt3/2} =")),
    ],
)

# Q4. A cube is inscribed in a sphere. Find the ratio of the volume of the cube to the volume of the sphere.
_Q4_G = _t(r"""
Let the cube have edge $s$. Its space diagonal $s\sqrt3$ is a diameter of the sphere, so $R = \frac{s\sqrt3}{2}$.

The sphere's volume is $\frac43\pi R^3 = \frac43\pi\cdot\frac{3\sqrt3}{8}s^3 = \frac{\sqrt3}{2}\pi s^3$. The ratio is
$\frac{s^3}{\frac{\sqrt3}{2}\pi s^3} = \frac{2}{\sqrt3\,\pi} = \frac{2\sqrt3}{3\pi}$.

Wait, let me recheck numerically: $\frac{2\sqrt3}{3\pi} \approx \frac{3.464}{9.425} \approx 0.3676$. With $s = 2$:
cube $8$, $R = \sqrt3$, sphere $\frac43\pi \cdot 3\sqrt3 \approx 21.77$, and $8 / 21.77 \approx 0.3676$. Good.
""")
_Q4_B = _t(r"""
$R = \frac{s\sqrt3}{2}$, so $V_{\text{sphere}} = \frac{\sqrt3}{2}\pi s^3$ and the ratio of the cube to the sphere is
$\frac{2}{\sqrt3\pi} = \frac{2\sqrt3}{3\pi}$.

Hmm, let me double check the cube of $R$: $\left(\frac{\sqrt3}{2}\right)^3 = \frac{3}{8}$, since $\sqrt3^3 = 3$...
then $V_{\text{sphere}} = \frac43\pi\cdot\frac38 s^3 = \frac{\pi}{2}s^3$ and the ratio is $\frac{2}{\pi}$.
""")
_Q4_E = _t(r"""
The sphere's diameter equals the cube's edge, $R = \frac{s}{2}$, so $V_{\text{sphere}} = \frac43\pi\frac{s^3}{8} =
\frac{\pi}{6}s^3$ and the ratio of cube to sphere is $\frac{6}{\pi}$.
""")
_add(
    "ratios",
    r"\frac{2\sqrt{3}}{3\pi}",
    [
        (C, _box(_Q4_G, r"\frac{2\sqrt{3}}{3\pi}")),
        (C, _fa(_Q4_G, r"\frac{2}{\sqrt{3}\,\pi}")),
        (C, _min(_Q4_G, r"2\sqrt{3} : 3\pi")),
        (C, _r1(_Q4_G, r"\dfrac{2\sqrt3}{3\pi}")),
        (
            C,
            _two(
                _Q4_E,
                r"\frac{6}{\pi}",
                r"""A ratio above $1$ is impossible since the cube is inside the sphere. The inscribed cube's diagonal,
                not its edge, is the diameter: $R = \frac{s\sqrt3}{2}$, giving $\frac{2\sqrt3}{3\pi}$.""",
                r"\frac{2\sqrt{3}}{3\pi}",
            ),
        ),
        (H, _bold(_Q4_B, r"\frac{2}{\pi}")),
        (
            H,
            _two(
                _Q4_G,
                r"\frac{2\sqrt{3}}{3\pi}",
                r"""I'll state it as sphere to cube, the usual order for "inscribed in": $\frac{\sqrt3\pi}{2}$.""",
                r"\frac{\sqrt{3}\pi}{2}",
            ),
        ),
        (P, _md(_Q4_E, r"\frac{6}{\pi}")),
        (P, _is(_Q4_E, r"\frac{6}{\pi}")),
        (T, _half(_Q4_G, 1, r"The sphere's volume is $\frac43\pi R^3 = \frac43\pi\cdot")),
    ],
)

# Q5. In triangle ABC, AB = 6 and AC = 9, and the bisector of angle A meets BC at D. Find the ratio of the area of
# triangle ABD to the area of triangle ADC.
_Q5_G = _t(r"""
By the angle bisector theorem, $\frac{BD}{DC} = \frac{AB}{AC} = \frac69 = \frac23$.

Triangles $ABD$ and $ADC$ share the altitude from $A$ to $BC$, so their areas are in the ratio of their bases:
$\frac{[ABD]}{[ADC]} = \frac{BD}{DC} = \frac23$.

Wait, let me recheck another way: $[ABD] = \frac12\cdot 6\cdot AD\sin\frac{A}{2}$ and $[ADC] = \frac12 \cdot 9 \cdot
AD\sin\frac{A}{2}$, ratio $6 : 9 = 2 : 3$. Same.
""")
_Q5_B = _t(r"""
Angle bisector theorem: $BD : DC = 6 : 9 = 2 : 3$, so the areas with the common altitude are $2 : 3$.

Hmm, but area goes with the square of lengths: both triangles are scaled versions along the side ratio $2 : 3$,
so the area ratio is $\left(\frac23\right)^2 = \frac49$.
""")
_Q5_E = _t(r"""
The bisector theorem: $\frac{BD}{DC} = \frac{AC}{AB} = \frac96 = \frac32$, so the areas are in ratio $\frac32$.
""")
_add(
    "ratios",
    r"\frac{2}{3}",
    [
        (C, _box(_Q5_G, r"\frac{2}{3}")),
        (C, _is(_Q5_G, "2:3")),
        (C, _head(_Q5_G, r"\frac{6}{9}")),
        (C, _prose(_Q5_G, r"[ABD] : [ADC] = 2 : 3")),
        (
            C,
            _two(
                _Q5_E,
                r"\frac{3}{2}",
                r"""The theorem pairs each segment with its adjacent side: $\frac{BD}{DC} = \frac{AB}{AC} =
                \frac23$.""",
                r"\frac{2}{3}",
            ),
        ),
        (H, _min(_Q5_B, r"\frac{4}{9}")),
        (
            H,
            _two(
                _Q5_G,
                r"\frac{2}{3}",
                r"""The ratio should compare $ABD$ with the whole triangle $ABC$: $\frac{2}{5}$.""",
                r"\frac{2}{5}",
            ),
        ),
        (P, _fa(_Q5_E, r"\frac{3}{2}")),
    ],
)


assert len(THIRTIETH) == 452
assert _TALLY["problems"] == 50 and len(_CATEGORIES) == 10
assert _TALLY[C] == 230 and _TALLY[T] == 40
assert _TALLY[H] == 123 and _TALLY[P] == 59
assert sum(1 for row in THIRTIETH if row[3] == W) == 182
assert len(set(THIRTIETH)) == len(THIRTIETH)
