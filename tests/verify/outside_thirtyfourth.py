"""THIRTYFOURTH: a held-out batch of labelled answer-verification pairs in calculus and algebra (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch34) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and docstring style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify, a sympy-based grader or any other grader on any pair. Every
pair was labelled by hand (python used by hand only to check arithmetic and the numerical checks quoted in the
reasonings); pairs a reasonable grader could label either way were left out. Committed before any grading run, so
its first run is an out-of-sample number.

Theme: calculus and algebra. Limits (finite values, `-\\infty`, a limit that does not exist, `e^6`), derivatives
(product and chain rule, implicit, second derivative), antiderivatives with `+ C`, definite integrals
(`\\frac{\\pi}{4}`, `\\ln 2`, `2 - \\frac{4}{e}`, `\\frac{e^2+1}{4}`), series sums (telescoping, `\\sum n x^n`,
exponential and alternating harmonic series), equations with several roots, inequalities as intervals and unions,
domains and ranges, polynomials factored and expanded, logarithms and exponentials (`\\log_2 3`), inverse
functions and systems of equations. Rows are `(category, gold, whole model response, expected verdict)`; verdicts
are "correct", "incorrect", or "truncated" (the response stops mid-computation or mid-sentence before it states
any final answer). Each response models a long chain of thought in the manner of textbook solutions, R1/QwQ long
thoughts, Claude markdown and o1 summaries: several steps with intermediate values, a wrong turn and "Wait, let me
recheck", and a numerical or substitution check. The endings rotate through fourteen styles: a boxed sentence,
**Final Answer** with a display box, "The answer is", a bold **Answer:** line, the Minerva "Final Answer: The
final answer is ... I hope it is correct.", `#### x` as the last line, a "### Final Answer" heading (boxed and
unboxed), DeepSeek-R1 `<think>`...`</think>` then a summary and a display box, a box followed by a remark, a
closing prose sentence, an o1-style summary then **Answer:**, a "## Answer" heading over a display box, and a box
inside a closing sentence; and an earlier box overruled after "Wait, let me recheck that." (the last stated final
answer wins).
Correct rows vary the form: `\\dfrac`, exact decimals (`4.5`, `0.75`, `-0.8`) and a repeating decimal
(`0.\\overline{4}`) for fractions, `x =`, `L =`, `f^{-1}(x) =` and `\\frac{dy}{dx} =` prefixes, reordered roots and
factors, sets for listed roots, inequalities and set-builder notation for intervals, `\\mathbb{R} \\setminus`, the
change-of-base forms `\\frac{\\ln 3}{\\ln 2}` and `\\frac{\\log 3}{\\log 2}` for `\\log_2 3`, `\\exp(6)`, and
antiderivatives that differ from the gold by a constant (`-\\frac{1}{4}\\cos 2x + C` and `-\\frac{1}{2}\\cos^2 x
+ C` for `\\frac{1}{2}\\sin^2 x + C`, `\\frac{1}{2}\\sec^2 x + C` for `\\frac{1}{2}\\tan^2 x + C`, `\\ln(1 +
\\frac{x^2}{4}) + C` for `\\ln(x^2+4) + C`) or use another constant name (`K`, `C_1`); plus a flawed reasoning
closed on a wrong box and then corrected to the gold. The negatives lean on precision: a sign (`\\infty` for
`-\\infty`, `\\frac{4}{e} - 2`, `-\\ln 2`), a factor (`\\frac{9}{4}`, `\\frac{1}{2}\\ln(x^2+4)`, `-\\frac{1}{2}
\\cos 2x + C`), a swapped quotient or order (`\\log_3 2`, `-\\frac{5}{4}` for `-\\frac{4}{5}`, `(1, -1), (4, 2)`,
`x = -1, y = 2`), a missing or extra root or point (an extraneous root kept, a root dropped as "trivial"), a
closed endpoint for an open one or the reverse, the domain for the range, the intermediate variable's values for
the unknown's, and a derivative of the wrong order. About two thirds of the negatives are hard: the gold is in
the text (a rejected candidate in a flawed reasoning, or a right box overruled by a wrong final answer) while the
final answer differs.
Each problem has one worked reasoning (`good`, reaching the gold), one flawed reasoning with the gold in it as a
rejected candidate (`bad`) and one flawed reasoning without it (`other`); `_problem` builds its rows, and `_add`
tags each negative as hard (H) or plain (P) in `_TALLY`. The question is not part of the row; the comment above
each problem states it.
49 problems in 12 categories (limits, derivatives, antiderivatives, definite_integrals, series, equations,
inequalities, domain_range, polynomials, logs_exponentials, inverse_functions, systems; 3 to 6 problems each); 469
rows: 231 correct, 196 incorrect, 42 truncated. Of the 196 negatives, 131 are hard and 65 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYFOURTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYFOURTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


_R1_SUMMARY = (
    "**Solution.** I set the problem up, carried out the computation above, and re-checked the step where I first "
    "went wrong; the result is below."
)
_O1_SUMMARY = "**Summary.** The derivation is above; the critical step was verified a second way before concluding."


def _end(style: int, r: str, a: str) -> str:
    """The reasoning `r` closed by the final answer `a` in one of fourteen closing styles."""
    s = style % 14
    if s == 0:
        return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."
    if s == 1:
        return r + "\n\n**Final Answer**\n\n\\[\n\\boxed{" + a + "}\n\\]"
    if s == 2:
        return r + "\n\nThe answer is $" + a + "$."
    if s == 3:
        return r + "\n\n**Answer:** $" + a + "$"
    if s == 4:
        return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."
    if s == 5:
        return r + "\n#### " + a
    if s == 6:
        return r + "\n\n### Final Answer\n$\\boxed{" + a + "}$"
    if s == 7:
        return r + "\n\n### Final Answer\n\n$" + a + "$"
    if s == 8:
        return "<think>\n" + r + "\n</think>\n\n" + _R1_SUMMARY + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"
    if s == 9:
        return r + "\n\n$\\boxed{" + a + "}$\n\nLet me know if you'd like me to go through any step in more detail!"
    if s == 10:
        return r + "\n\nPutting everything together, the final result is $" + a + "$."
    if s == 11:
        return r + "\n\n" + _O1_SUMMARY + "\n\n**Answer:** $" + a + "$"
    if s == 12:
        return r + "\n\n## Answer\n\n$$\\boxed{" + a + "}$$"
    return r + "\n\nSo the final answer is $\\boxed{" + a + "}$, which agrees with the check above."


def _two(r: str, first: str, recheck: str, last: str, style: int) -> str:
    """An earlier boxed answer, then "Wait, let me recheck" and a later final answer (the last one wins)."""
    mid = r + "\n\nSo the answer is $\\boxed{" + first + "}$.\n\nWait, let me recheck that. " + _t(recheck)
    return _end(style, mid, last)


def _half(r: str, keep: int, tail: str) -> str:
    """The first `keep` paragraphs of a reasoning, then an unfinished fragment: no final answer is stated."""
    return "\n\n".join(r.split("\n\n")[:keep] + [_t(tail)])


_STYLE = [0]


def _problem(
    category: str,
    gold: str,
    *,
    good: str,
    bad: str,
    bad_answer: str,
    fix: str,
    slip: str,
    slip_answer: str,
    other: str,
    other_answer: str,
    forms: list[str],
    cut: tuple[int, str] | None = None,
    extra: list[tuple[str, str]] | None = None,
) -> None:
    """The rows of one problem: the worked reasoning `good` closed by each accepted form in rotating styles; the
    flawed reasoning `bad` (gold inside it as a rejected candidate) corrected to the gold after an earlier wrong
    box (correct) and closed on its own wrong answer (hard); `good` with its right box overruled by `slip` (hard);
    the flawed reasoning `other` without the gold (plain); one more negative in a second closing style (plain
    for every third problem, hard for the others); a truncated copy of `good` (except every seventh problem)."""
    g, b, o = _t(good), _t(bad), _t(other)
    n = _STYLE[0]
    _STYLE[0] += 5
    rows = [(C, _end(n + i, g, f)) for i, f in enumerate(forms)]
    rows.append((C, _two(b, bad_answer, fix, forms[-1], n + 7)))
    rows.append((H, _end(n + 3 + len(forms), b, bad_answer)))
    rows.append((H, _two(g, forms[0], slip, slip_answer, n + 2)))
    rows.append((P, _end(n + 9, o, other_answer)))
    k = _TALLY["problems"]
    if k % 3 == 2:
        rows.append((P, _end(n + 4, o, other_answer)))  # every third problem: the plain negative in a second style
    else:
        rows.append((H, _end(n + 11, b, bad_answer)))  # the others: the flawed reasoning in a second style
    if cut is not None and k % 7 != 6:
        rows.append((T, _half(g, cut[0], cut[1])))
    rows.extend(extra or [])
    _add(category, gold, rows)


# ---------------------------------------------------------------- limits

# Q: Evaluate lim_{x -> 0} (1 - cos 3x) / x^2.
_problem(
    "limits",
    r"\frac{9}{2}",
    good=r"""
    We need $\lim_{x\to 0} \frac{1-\cos 3x}{x^2}$. Direct substitution gives $\frac{0}{0}$, so I'll use either
    L'Hôpital's rule or a series expansion, and ideally both as a cross-check.

    Using L'Hôpital once: the derivative of the numerator is $3\sin 3x$ and of the denominator is $2x$, giving
    $\lim_{x\to0} \frac{3\sin 3x}{2x}$. Now $\frac{\sin 3x}{x} \to 1$, so this is $\frac{3}{2}$... wait, I have to be
    careful: $\frac{\sin 3x}{x} = 3\cdot\frac{\sin 3x}{3x} \to 3$, not 1. So the limit is $\frac{3}{2}\cdot 3 =
    \frac{9}{2}$.

    Let me recheck with the Taylor series: $\cos u = 1 - \frac{u^2}{2} + O(u^4)$, so $1 - \cos 3x = \frac{9x^2}{2} +
    O(x^4)$. Dividing by $x^2$ gives $\frac{9}{2} + O(x^2) \to \frac{9}{2}$. Both methods agree.

    Numerically, at $x = 0.01$: $1 - \cos 0.03 \approx 0.00044997$, and dividing by $0.0001$ gives about $4.4997$,
    which is close to $4.5$.
    """,
    bad=r"""
    The limit $\lim_{x\to 0} \frac{1-\cos 3x}{x^2}$ is of the form $\frac{0}{0}$.

    My first instinct from the expansion $1 - \cos u \approx \frac{u^2}{2}$ was $\frac{9}{2}$, but I'd rather do it
    carefully with L'Hôpital's rule. Differentiating top and bottom gives $\frac{3\sin 3x}{2x}$.

    By the standard limit $\frac{\sin x}{x} \to 1$, the factor $\frac{\sin 3x}{x}$ tends to 1, so the whole expression
    tends to $\frac{3}{2}$. So the $\frac{9}{2}$ from the expansion must have double-counted the factor of 3; the
    limit is $\frac{3}{2}$.
    """,
    bad_answer=r"\frac{3}{2}",
    fix=r"""The standard limit is $\frac{\sin u}{u} \to 1$ with $u = 3x$, so $\frac{\sin 3x}{x} = 3\cdot\frac{\sin
    3x}{3x} \to 3$, not 1. Then $\frac{3}{2}\cdot 3 = \frac{9}{2}$, which matches the expansion $1 - \cos 3x \approx
    \frac{9x^2}{2}$.""",
    slip=r"""Using the half-angle identity $1 - \cos u = 2\sin^2\frac{u}{2}$ instead: $\sin^2\frac{3x}{2} \approx
    \frac{9x^2}{4}$, so the limit is $\frac{9}{4}$. I think the series version was off by a factor of 2.""",
    slip_answer=r"\frac{9}{4}",
    other=r"""
    We want $\lim_{x\to0}\frac{1-\cos 3x}{x^2}$. For small angles, $\cos u \approx 1 - u^2$, so $1 - \cos 3x \approx
    (3x)^2 = 9x^2$.

    Dividing by $x^2$ leaves $9$. Let me double-check the small-angle step: the numerator vanishes to second order,
    the denominator is exactly second order, so the ratio is finite, and the constant is $9$.
    """,
    other_answer="9",
    forms=[r"\frac{9}{2}", "4.5", r"\dfrac{9}{2}", "9/2"],
    cut=(
        1,
        r"""Applying L'Hôpital's rule once, the numerator becomes $3\sin 3x$ and the denominator $2x$, so we need
        $\lim_{x \to 0} \frac{3\sin 3x}{2x}$. Now $\frac{\sin 3x}{x}$ tends to""",
    ),
)

# Q: Evaluate lim_{x -> infinity} (sqrt(x^2 + 6x) - x).
_problem(
    "limits",
    "3",
    good=r"""
    This is an $\infty - \infty$ form, so I'll multiply and divide by the conjugate $\sqrt{x^2+6x} + x$.

    $\sqrt{x^2+6x} - x = \frac{(x^2+6x) - x^2}{\sqrt{x^2+6x} + x} = \frac{6x}{\sqrt{x^2+6x}+x}$. Dividing top and
    bottom by $x$ (positive for large $x$): $\frac{6}{\sqrt{1 + 6/x} + 1}$.

    As $x\to\infty$, $\sqrt{1+6/x} \to 1$, so the denominator tends to 2 and the limit is $6/2 = 3$. Wait, let me
    recheck the sign in the denominator: it is $+x$, so the denominator is $1 + 1 = 2$, not $1 - 1 = 0$. Good.

    Sanity check: at $x = 10^4$, $\sqrt{10^8 + 6\cdot 10^4} \approx 10^4 + 2.99955$, so the difference is about
    $2.99955$, just below 3, as expected.
    """,
    bad=r"""
    For large $x$, write $\sqrt{x^2+6x} = x\sqrt{1 + 6/x}$.

    Using the approximation $\sqrt{1+t} \approx 1 + t$ for small $t$: $x\sqrt{1+6/x} \approx x\left(1 +
    \frac{6}{x}\right) = x + 6$. So $\sqrt{x^2+6x} - x \approx 6$.

    I briefly got 3 from a conjugate computation, but I think I divided by 2 there without reason; the expansion
    is more direct. The limit is 6.
    """,
    bad_answer="6",
    fix=r"""The binomial approximation is $\sqrt{1+t} \approx 1 + \frac{t}{2}$, not $1 + t$. With $t = 6/x$:
    $x\left(1 + \frac{3}{x}\right) = x + 3$, so the difference tends to 3, agreeing with the conjugate
    computation.""",
    slip=r"""Since $\sqrt{x^2} = |x|$, dividing inside the root by $x^2$ brings out a factor $|x|$, and I think I
    should use $-x$ there, which flips the sign of the whole expression. So the limit is $-3$.""",
    slip_answer="-3",
    other=r"""
    Both $\sqrt{x^2+6x}$ and $x$ go to infinity. For large $x$ the $6x$ is negligible next to $x^2$, so
    $\sqrt{x^2+6x} \approx \sqrt{x^2} = x$.

    Then the difference is approximately $x - x = 0$, and the approximation only gets better as $x$ grows, so the
    limit is $0$.
    """,
    other_answer="0",
    forms=["3", "L = 3", "3"],
    cut=(
        1,
        r"""Multiplying and dividing by the conjugate, the numerator becomes $(x^2 + 6x) - x^2 = 6x$, and dividing
        numerator and denominator by""",
    ),
)

# Q: Evaluate lim_{x -> -infinity} (2x^3 - x) / (x^2 + 1).
_problem(
    "limits",
    r"-\infty",
    good=r"""
    The numerator has degree 3 and the denominator degree 2, so the limit is infinite; the only question is the
    sign.

    Divide top and bottom by $x^2$: $\frac{2x - 1/x}{1 + 1/x^2}$. As $x \to -\infty$, $1/x \to 0$ and $1/x^2 \to 0$,
    so the expression behaves like $2x$.

    My first thought was $+\infty$ since the leading coefficient 2 is positive, but wait, that ignores the
    direction: $2x \to -\infty$ as $x \to -\infty$. The denominator $x^2 + 1$ is always positive, so the sign comes
    from the numerator, which is negative for large negative $x$.

    Check: at $x = -100$ the numerator is $-2000000 + 100 = -1999900$ and the denominator $10001$, ratio about
    $-199.97$; at $x = -1000$ it is about $-2000$. Unbounded and negative.
    """,
    bad=r"""
    Leading terms: $\frac{2x^3}{x^2} = 2x$, so the function is unbounded as $x \to -\infty$.

    I initially wrote $-\infty$, but let me think about the signs. For $x \to -\infty$ the cube $x^3$ is negative
    and the square $x^2$ is also taken at a negative number, so numerator and denominator are both "negative
    infinities" and their ratio is positive.

    So the quotient grows without bound in the positive direction: the limit is $\infty$.
    """,
    bad_answer=r"\infty",
    fix=r"""The denominator $x^2 + 1$ is always positive, so the sign comes from the numerator alone: $2x^3 - x < 0$
    for large negative $x$. The quotient behaves like $2x \to -\infty$.""",
    slip=r"""Hmm, since the numerator's degree exceeds the denominator's by exactly one, there is an oblique
    asymptote $y = 2x$, and the limit of the ratio is governed by the leading coefficients, $\frac{2}{1} = 2$.""",
    slip_answer="2",
    other=r"""
    We compare degrees: odd degree 3 on top, even degree 2 below. Both grow without bound, and the top grows
    faster.

    Since the leading coefficient $2$ is positive, the ratio of leading terms is positive and large, so the limit
    is $+\infty$.
    """,
    other_answer=r"+\infty",
    forms=[r"-\infty", r"-\infty", r"-\infty"],
    cut=(
        2,
        r"""Plugging in a test value to confirm the sign, at $x = -100$ the numerator is $2(-100)^3 + 100 =""",
    ),
)

# Q: Evaluate lim_{x -> 0} |x| / x, or state that it does not exist.
_problem(
    "limits",
    r"\text{does not exist}",
    good=r"""
    For $x > 0$, $|x| = x$ and the quotient is $1$; for $x < 0$, $|x| = -x$ and the quotient is $-1$.

    So the right-hand limit is $1$ and the left-hand limit is $-1$. My first guess was that the two sides "average
    out" to 0, but a two-sided limit requires both one-sided limits to agree, and $1 \ne -1$.

    Check: $x = 0.001$ gives $1$ and $x = -0.001$ gives $-1$; however close to 0 we go, the values jump between
    $-1$ and $1$. Hence the two-sided limit does not exist.
    """,
    bad=r"""
    I briefly thought the limit does not exist because of the absolute value, but near 0 the absolute value
    $|x|$ is just $x$ for the small positive numbers we plug in.

    So $\frac{|x|}{x} = \frac{x}{x} = 1$ for $x \ne 0$, and the limit of the constant function 1 is 1.

    Checking: $x = 0.01$ gives $1$, $x = 0.0001$ gives $1$. The limit is 1.
    """,
    bad_answer="1",
    fix=r"""The simplification $|x| = x$ holds only for $x>0$. For $x<0$ the quotient is $-1$ (e.g. $x = -0.01$),
    so the one-sided limits are $1$ and $-1$, and the two-sided limit does not exist.""",
    slip=r"""Hmm, the left and right values $-1$ and $1$ are symmetric about 0, so taking the symmetric limit
    $\frac{1 + (-1)}{2}$, the limit should be $0$.""",
    slip_answer="0",
    other=r"""
    The function $\frac{|x|}{x}$ is undefined at 0, but that does not matter for a limit.

    Approaching 0 through $x = 0.1, 0.01, 0.001$, the values are $1, 1, 1$. The values are constant, so the limit
    is $1$.
    """,
    other_answer="1",
    forms=[r"\text{does not exist}", r"\text{DNE}", r"\text{The limit does not exist}"],
    cut=(1, r"""So the right-hand limit is $1$. For the left-hand limit, take"""),
)

# Q: Evaluate lim_{n -> infinity} (1 + 2/n)^{3n}.
_problem(
    "limits",
    "e^6",
    good=r"""
    This is a $1^\infty$ form. Recall $\lim_{n\to\infty} (1 + a/n)^n = e^a$.

    Write $(1 + 2/n)^{3n} = \left[(1 + 2/n)^n\right]^3 \to (e^2)^3$.

    Wait, let me make sure I'm not mixing up exponents: $(e^2)^3 = e^{6}$, not $e^{5}$. Cross-check with
    logarithms: $3n\ln(1 + 2/n) = 3n\left(\frac{2}{n} - \frac{2}{n^2} + \dots\right) = 6 - \frac{6}{n} + \dots \to
    6$.

    So the limit is $e^6 \approx 403.4$; at $n = 1000$, $(1.002)^{3000} \approx e^{5.994} \approx 401$, consistent.
    """,
    bad=r"""
    The base tends to 1 and the exponent to infinity, a $1^\infty$ form.

    I wrote $e^6$ at first, but let me redo it by substitution. Let $m = 3n$, so $n = m/3$ and $\frac{2}{n} =
    \frac{6}{m}$... no, I'd rather match the exponent to the fraction: $(1 + 2/n)^{3n}$ looks like $(1 + 1/k)^k$
    with the ratio $\frac{3}{2}$ in the exponent.

    So the limit is $e^{3/2}$.
    """,
    bad_answer="e^{3/2}",
    fix=r"""The rule is $(1 + a/n)^{bn} \to e^{ab}$; with $a = 2$ and $b = 3$ this is $e^{6}$, not $e^{b/a}$. The
    logarithm check $3n \ln(1+2/n) \to 6$ confirms it.""",
    slip=r"""I should double-check the log expansion. The exponent is $3n$, so I think the fraction inside should
    be read per unit of exponent as $\frac{2}{3n}$, giving $3n\cdot\frac{2}{3n}\cdot\frac{1}{3}$... so the exponent
    is $\frac{2}{3}$ and the limit is $e^{2/3}$.""",
    slip_answer="e^{2/3}",
    other=r"""
    As $n \to \infty$, the fraction $\frac{2}{n} \to 0$, so the base $1 + \frac{2}{n} \to 1$.

    And $1$ raised to any power is $1$, so the limit is $1$.
    """,
    other_answer="1",
    forms=["e^6", "e^{6}", r"\exp(6)"],
    cut=(1, r"""Writing $(1 + 2/n)^{3n} = \left[(1 + 2/n)^{n}\right]^{3}$, the inner bracket tends to"""),
)

# Q: Evaluate lim_{x -> 0} (e^{2x} - 1 - 2x) / x^2.
_problem(
    "limits",
    "2",
    good=r"""
    This is a $\frac{0}{0}$ form. Expand: $e^{2x} = 1 + 2x + \frac{(2x)^2}{2} + \frac{(2x)^3}{6} + \dots = 1 + 2x +
    2x^2 + \frac{4}{3}x^3 + \dots$

    So the numerator is $2x^2 + \frac43 x^3 + \dots$ and dividing by $x^2$ gives $2 + \frac43 x + \dots \to 2$.

    Let me recheck with L'Hôpital twice: first $\frac{2e^{2x} - 2}{2x}$, still $\frac00$; then $\frac{4e^{2x}}{2}
    \to 2$. Earlier I almost wrote $\frac{(2x)^2}{2} = x^2$, which would give 1, but $(2x)^2 = 4x^2$.

    Numerically at $x=0.001$: $e^{0.002} - 1 - 0.002 \approx 2.0013\times10^{-6}$, and dividing by $10^{-6}$ gives
    $2.0013$.
    """,
    bad=r"""
    Two rounds of L'Hôpital should settle it.

    First derivatives: numerator $2e^{2x} - 2$, denominator $2x$. Still $\frac{0}{0}$. Second derivatives:
    numerator $4e^{2x}$, denominator... the derivative of $2x$ is $1$ after the first round divided out the 2, so
    the denominator is $1$ and the ratio tends to $4$.

    The series route gave me 2, so I must have lost a factor there. The limit is 4.
    """,
    bad_answer="4",
    fix=r"""The second derivative of $x^2$ is $2$, not $1$, so L'Hôpital gives $\frac{4}{2} = 2$, matching the
    series coefficient $\frac{(2x)^2}{2!} = 2x^2$.""",
    slip=r"""The quadratic term of $e^{u}$ is $\frac{u^2}{2}$ with $u = 2x$; writing that as $\frac{2x^2}{2} = x^2$
    gives a coefficient of 1, so the limit should be $1$.""",
    slip_answer="1",
    other=r"""
    For small $x$, $e^{2x} - 1 \approx 2x$, so the numerator $e^{2x} - 1 - 2x$ is approximately $2x - 2x = 0$.

    A numerator that is (approximately) zero over $x^2$ means the expression tends to $0$.
    """,
    other_answer="0",
    forms=["2", "2", "L = 2"],
    cut=(
        1,
        r"""So the numerator is $2x^2 + \frac{4}{3}x^3 + \dots$, and after dividing by $x^2$ the leading term
        is""",
    ),
)


# ---------------------------------------------------------------- derivatives

# Q: Differentiate f(x) = x^2 e^{3x}.
_problem(
    "derivatives",
    r"(3x^2 + 2x)e^{3x}",
    good=r"""
    Product rule with $u = x^2$ and $v = e^{3x}$: $u' = 2x$ and $v' = 3e^{3x}$ by the chain rule.

    So $f'(x) = 2x e^{3x} + x^2 \cdot 3e^{3x} = 2xe^{3x} + 3x^2e^{3x}$.

    At first I wrote $v' = e^{3x}$, forgetting the inner derivative, which would give $(x^2 + 2x)e^{3x}$. Wait, let
    me recheck: $\frac{d}{dx}e^{3x} = 3e^{3x}$, and the factor 3 belongs on the $x^2$ term only.

    Factoring: $e^{3x}(3x^2 + 2x) = xe^{3x}(3x + 2)$. Numerical check at $x = 1$: the symmetric difference quotient
    $\frac{f(1.001) - f(0.999)}{0.002} \approx 100.43$, and $(3 + 2)e^3 = 5e^3 \approx 100.43$ ✓.
    """,
    bad=r"""
    Product rule: $f'(x) = 2x\,e^{3x} + x^2\cdot 3e^{3x}$, which factors as $(3x^2 + 2x)e^{3x}$.

    Hmm, but the chain rule factor of 3 comes from the exponential, and the exponential appears in both terms, so
    I think the first term also needs it: $2x \cdot 3e^{3x} = 6xe^{3x}$.

    That gives $f'(x) = 6xe^{3x} + 3x^2e^{3x} = (3x^2 + 6x)e^{3x}$.
    """,
    bad_answer=r"(3x^2 + 6x)e^{3x}",
    fix=r"""The 3 comes only from differentiating $e^{3x}$, which happens in the $uv'$ term; the $u'v$ term is $2x
    \cdot e^{3x}$ with no extra factor. So $f'(x) = (3x^2 + 2x)e^{3x}$, and the check at $x=1$ gives $5e^3$.""",
    slip=r"""In the $u'v$ term the factor $v = e^{3x}$ also has an inner function, so the chain rule should apply
    there too: $2x\cdot 3e^{3x}$. So the derivative is $3(x^2 + 2x)e^{3x}$.""",
    slip_answer=r"3(x^2 + 2x)e^{3x}",
    other=r"""
    The derivative of $x^2$ is $2x$ and the derivative of $e^{3x}$ is $3e^{3x}$.

    Multiplying the derivatives of the two factors: $2x\cdot 3e^{3x} = 6xe^{3x}$. Check the units of the answer:
    it is again a polynomial times $e^{3x}$, as expected.
    """,
    other_answer=r"6xe^{3x}",
    forms=[
        r"(3x^2 + 2x)e^{3x}",
        r"e^{3x}(3x^2+2x)",
        r"xe^{3x}(3x+2)",
        r"2xe^{3x} + 3x^2e^{3x}",
        r"f'(x) = x(3x + 2)e^{3x}",
    ],
    cut=(1, r"""So $f'(x) = 2x e^{3x} + x^2 \cdot"""),
)

# Q: Let f(x) = ln(x^2 + 1). Find f'(2).
_problem(
    "derivatives",
    r"\frac{4}{5}",
    good=r"""
    Chain rule: $f'(x) = \frac{1}{x^2+1}\cdot 2x = \frac{2x}{x^2+1}$.

    At $x = 2$: $f'(2) = \frac{4}{4 + 1} = \frac{4}{5}$.

    Wait, let me recheck that I didn't forget the inner derivative; without it I'd get $\frac{1}{5}$. With $2x = 4$
    in the numerator it's $\frac45$.

    Numerical check: $\frac{\ln(5.004001) - \ln(4.996001)}{0.002} \approx 0.8$ ✓.
    """,
    bad=r"""
    $f(x) = \ln(x^2+1)$, and I first got $f'(2) = \frac{4}{5}$ from $\frac{2x}{x^2+1}$.

    Hmm, but the expression $\frac{2x}{x^2+1}$ is a quotient, and I recall that differentiating a quotient puts
    the square of the denominator underneath. So the derivative should be $\frac{2x}{(x^2+1)^2}$.

    At $x = 2$: $\frac{4}{25}$.
    """,
    bad_answer=r"\frac{4}{25}",
    fix=r"""There is no quotient rule here: $\frac{d}{dx}\ln u = \frac{u'}{u}$, with $u$ to the first power. So
    $f'(x) = \frac{2x}{x^2+1}$ and $f'(2) = \frac{4}{5}$, which the numerical check confirms.""",
    slip=r"""The derivative of $\ln(x^2+1)$ is $\frac{1}{x^2+1}$ times the derivative of the inside, but here the
    inside derivative is with respect to $x^2$, which is 1. So $f'(2) = \frac{1}{5}$.""",
    slip_answer=r"\frac{1}{5}",
    other=r"""
    The derivative of $\ln u$ is $\frac{1}{u}\cdot u'$. Here $u = x^2 + 1$, and the derivative of $x^2$ is $2$, so
    $u' = 2$.

    So $f'(x) = \frac{2}{x^2 + 1}$, and at $x = 2$ this is $\frac{2}{5}$.
    """,
    other_answer=r"\frac{2}{5}",
    forms=[r"\frac{4}{5}", "0.8", r"\dfrac45", "f'(2) = 4/5"],
    cut=(1, r"""At $x = 2$ the numerator is $2 \cdot 2 = 4$ and the denominator is"""),
)

# Q: Differentiate y = arctan(2x).
_problem(
    "derivatives",
    r"\frac{2}{1+4x^2}",
    good=r"""
    The rule is $\frac{d}{dx}\arctan u = \frac{u'}{1+u^2}$.

    With $u = 2x$: $\frac{dy}{dx} = \frac{2}{1 + (2x)^2} = \frac{2}{1 + 4x^2}$.

    Wait, let me recheck $(2x)^2$: it is $4x^2$, not $2x^2$, and the chain factor 2 goes in the numerator.

    Check at $x = 0$: the slope of $\arctan 2x$ at the origin should be 2 (since $\arctan u \approx u$), and the
    formula gives $\frac{2}{1} = 2$ ✓. At $x = \frac12$ it gives $\frac{2}{2} = 1$.
    """,
    bad=r"""
    I first wrote $\frac{2}{1+4x^2}$, but let me go back to the basic formula: $\frac{d}{dx}\arctan x =
    \frac{1}{1+x^2}$.

    Replacing $x$ by $2x$ in that formula: $\frac{1}{1 + (2x)^2} = \frac{1}{1+4x^2}$. The extra 2 in my first
    version seems to have come from nowhere.
    """,
    bad_answer=r"\frac{1}{1+4x^2}",
    fix=r"""The chain rule supplies a factor $u' = 2$: $\frac{d}{dx}\arctan(2x) = \frac{2}{1+4x^2}$. The slope at
    the origin must be 2, and $\frac{1}{1+0} = 1$ fails that check.""",
    slip=r"""Simplifying the denominator $1 + (2x)^2$: the square applies to the $x$, so $1 + 2x^2$, and the
    derivative is $\frac{2}{1+2x^2}$.""",
    slip_answer=r"\frac{2}{1+2x^2}",
    other=r"""
    The derivative of the inverse tangent is $\frac{1}{1-x^2}$ (it is the reciprocal of the derivative of
    $\tan$, expressed in terms of $x$).

    With the chain rule for $2x$: $\frac{2}{1 - (2x)^2} = \frac{2}{1-4x^2}$.
    """,
    other_answer=r"\frac{2}{1-4x^2}",
    forms=[r"\frac{2}{1+4x^2}", r"\frac{2}{4x^2+1}", r"\dfrac{2}{1+(2x)^2}", r"2(1+4x^2)^{-1}"],
    cut=(1, r"""With $u = 2x$ we get $u' = 2$ and $1 + u^2 ="""),
)

# Q: The curve x^2 + xy + y^2 = 7 passes through (1, 2). Find dy/dx there.
_problem(
    "derivatives",
    r"-\frac{4}{5}",
    good=r"""
    Check the point: $1 + 2 + 4 = 7$ ✓. Differentiate implicitly: $2x + (y + xy') + 2yy' = 0$.

    Solve for $y'$: $y'(x + 2y) = -(2x + y)$, so $y' = -\frac{2x+y}{x+2y}$.

    At $(1,2)$: $y' = -\frac{2 + 2}{1 + 4} = -\frac{4}{5}$. Wait, let me recheck the product rule term:
    $\frac{d}{dx}(xy) = y + xy'$, yes; dropping the $y$ would give $-\frac{2}{5}$, which is wrong.

    Symmetry check: the curve is symmetric under swapping $x$ and $y$, so at $(2,1)$ the slope should be the
    reciprocal, and indeed $-\frac{2\cdot2+1}{2+2\cdot1} = -\frac{5}{4}$ ✓.
    """,
    bad=r"""
    Implicit differentiation: $2x + y + xy' + 2yy' = 0$. My first mental estimate gave $-\frac{4}{5}$, but let me
    do the algebra carefully.

    Grouping: the terms $2x$ and $2yy'$ go together, and $y + xy'$ together, giving $y'(2x + y) = -(x + 2y)$, so
    $y' = -\frac{x + 2y}{2x + y}$.

    At $(1,2)$: $-\frac{1 + 4}{2 + 2} = -\frac{5}{4}$.
    """,
    bad_answer=r"-\frac{5}{4}",
    fix=r"""Grouping the $y'$ terms correctly: $xy' + 2yy' = y'(x + 2y)$, and the rest is $2x + y$. So $y' =
    -\frac{2x+y}{x+2y} = -\frac{4}{5}$ at $(1,2)$. The value $-\frac{5}{4}$ is the slope at the mirror point
    $(2,1)$.""",
    slip=r"""At $(1,2)$ we're in the first quadrant on a closed curve, moving up toward the top of the ellipse,
    so the slope should be positive: $\frac{4}{5}$.""",
    slip_answer=r"\frac{4}{5}",
    other=r"""
    Differentiate each term: $\frac{d}{dx}x^2 = 2x$, $\frac{d}{dx}(xy) = y'$, $\frac{d}{dx}y^2 = 2yy'$. So $2x +
    y' + 2yy' = 0$.

    Then $y'(1 + 2y) = -2x$, so $y' = -\frac{2x}{1+2y}$. At $(1,2)$: $-\frac{2}{5}$.
    """,
    other_answer=r"-\frac{2}{5}",
    forms=[r"-\frac{4}{5}", "-0.8", r"\frac{-4}{5}", r"\frac{dy}{dx} = -\frac45"],
    cut=(1, r"""Collecting the terms with $y'$ on one side gives $y'(x + 2y) ="""),
)

# Q: Let f(x) = x ln x. Find f''(x).
_problem(
    "derivatives",
    r"\frac{1}{x}",
    good=r"""
    First derivative by the product rule: $f'(x) = \ln x + x\cdot\frac1x = \ln x + 1$.

    Second derivative: $f''(x) = \frac{1}{x} + 0 = \frac{1}{x}$.

    Wait, let me recheck that I shouldn't differentiate $\frac{1}{x}$ again; no, that would be the third derivative,
    $-\frac{1}{x^2}$. The question asks for $f''$.

    Check: $f'(x) = \ln x + 1$ is increasing on $x > 0$, so $f'' > 0$ there, consistent with $\frac1x > 0$.
    """,
    bad=r"""
    Product rule: $f'(x) = \ln x + 1$, and differentiating that gives $\frac1x$.

    Hmm, let me count again. $f$ itself is the zeroth, $\ln x + 1$ came from one differentiation, and
    $\frac{1}{x}$ from a second... but the product rule step really involved differentiating $\ln x$ already, so to
    reach the second derivative of $f$ I need one more step on $\frac1x$.

    That gives $-\frac{1}{x^2}$.
    """,
    bad_answer=r"-\frac{1}{x^2}",
    fix=r"""$f'(x) = \ln x + 1$ is the first derivative and $f''(x) = \frac1x$ the second; $-\frac{1}{x^2}$ is
    $f'''$. So $f''(x) = \frac1x$.""",
    slip=r"""The question says second derivative, and $f'(x) = \ln x + 1$ already came from two operations (the
    product rule and the log rule), so the second derivative is $\ln x + 1$.""",
    slip_answer=r"\ln x + 1",
    other=r"""
    The derivatives of the factors are $1$ and $\frac1x$, so $f'(x) = 1\cdot\frac{1}{x} = \frac{1}{x}$.

    Differentiating again: $f''(x) = -\frac{1}{x^2}$.
    """,
    other_answer=r"-\frac{1}{x^2}",
    forms=[r"\frac{1}{x}", "x^{-1}", r"f''(x) = \frac1x", r"\dfrac{1}{x}"],
    cut=(1, r"""Differentiating $\ln x + 1$ term by term gives"""),
)


# ---------------------------------------------------------------- antiderivatives

# Q: Find the indefinite integral of sin x cos x dx.
_problem(
    "antiderivatives",
    r"\frac{1}{2}\sin^2 x + C",
    good=r"""
    Substitute $u = \sin x$, $du = \cos x\,dx$: $\int u\,du = \frac{u^2}{2} + C = \frac{1}{2}\sin^2 x + C$.

    Alternatively, with $\sin x\cos x = \frac12\sin 2x$: $\int \frac12 \sin 2x\,dx = -\frac14\cos 2x + C$. At first
    these look different, but $-\frac14\cos 2x = -\frac14(1 - 2\sin^2 x) = \frac12\sin^2 x - \frac14$, so they differ
    only by a constant.

    Wait, let me recheck by differentiating: $\frac{d}{dx}\frac12\sin^2 x = \sin x\cos x$ ✓.
    """,
    bad=r"""
    With $u = \sin x$ the integral is $\frac12\sin^2 x + C$, but the double-angle route seems cleaner, so let me
    use that instead.

    $\sin x\cos x = \frac12\sin 2x$, and the antiderivative of $\sin 2x$ is $-\cos 2x$, so
    $\int\frac12\sin 2x\,dx = -\frac12\cos 2x + C$.
    """,
    bad_answer=r"-\frac{1}{2}\cos 2x + C",
    fix=r"""Differentiating $-\frac12\cos 2x$ gives $\sin 2x = 2\sin x\cos x$, twice the integrand. The
    antiderivative of $\sin 2x$ is $-\frac12\cos 2x$, so $\frac12\sin 2x$ integrates to $-\frac14\cos 2x + C$, which
    equals $\frac12\sin^2 x$ up to a constant.""",
    slip=r"""The two forms $\frac12\sin^2 x$ and $-\frac14\cos 2x$ differ, so one of them must be wrong. I'll
    trust the double-angle form, but I think its sign is off, since the integrand is positive near $0^+$: the
    antiderivative is $\frac{1}{4}\cos 2x + C$.""",
    slip_answer=r"\frac{1}{4}\cos 2x + C",
    other=r"""
    Integrate each factor: $\int \sin x\,dx = -\cos x$ and $\int\cos x\,dx = \sin x$.

    Multiplying, $\int \sin x\cos x\,dx = -\sin x\cos x + C$.
    """,
    other_answer=r"-\sin x\cos x + C",
    forms=[
        r"\frac{1}{2}\sin^2 x + C",
        r"-\frac{1}{4}\cos 2x + C",
        r"-\frac{1}{2}\cos^2 x + C",
        r"\frac{\sin^2 x}{2} + K",
    ],
    cut=(
        0,
        r"""This is a product of sine and cosine, so either a substitution or the double-angle identity should
        work. Let me try $u = \sin x$, so $du = \cos x\,dx$ and the integral becomes $\int u\,du$, which is""",
    ),
)

# Q: Find the indefinite integral of x e^x dx.
_problem(
    "antiderivatives",
    r"(x-1)e^x + C",
    good=r"""
    Integration by parts with $u = x$ and $dv = e^x\,dx$, so $du = dx$ and $v = e^x$.

    $\int xe^x\,dx = xe^x - \int e^x\,dx = xe^x - e^x + C$.

    Wait, let me recheck the sign: the formula is $uv - \int v\,du$, so it is minus $e^x$. Differentiate:
    $\frac{d}{dx}(xe^x - e^x) = e^x + xe^x - e^x = xe^x$ ✓.
    """,
    bad=r"""
    I half-remember the answer as $(x-1)e^x$, but let me derive it. By parts with $u = x$, $v = e^x$: the formula
    is $uv + \int v\,du$.

    So $\int xe^x\,dx = xe^x + \int e^x\,dx = xe^x + e^x + C = (x+1)e^x + C$.
    """,
    bad_answer=r"(x+1)e^x + C",
    fix=r"""Differentiating $(x+1)e^x$ gives $e^x + (x+1)e^x = (x+2)e^x$, not $xe^x$. The parts formula is $uv -
    \int v\,du$, which gives $xe^x - e^x + C$, and its derivative is $xe^x$ ✓.""",
    slip=r"""The $-e^x$ is just a constant multiple of $e^x$, which gets absorbed into the constant of
    integration, so the antiderivative simplifies to $xe^x + C$.""",
    slip_answer=r"xe^x + C",
    other=r"""
    Integrate each factor separately: $\int x\,dx = \frac{x^2}{2}$ and $\int e^x\,dx = e^x$.

    So $\int xe^x\,dx = \frac{x^2}{2}e^x + C$.
    """,
    other_answer=r"\frac{x^2}{2}e^x + C",
    forms=[r"(x-1)e^x + C", r"xe^x - e^x + C", r"e^x(x-1) + C_1", r"e^{x}(x - 1) + K"],
    cut=(1, r"""Then $\int xe^x\,dx = uv - \int v\,du = xe^x - \int"""),
)

# Q: Find the indefinite integral of 1 / (x^2 - 1) dx.
_problem(
    "antiderivatives",
    r"\frac{1}{2}\ln\left|\frac{x-1}{x+1}\right| + C",
    good=r"""
    Partial fractions: $\frac{1}{x^2-1} = \frac{A}{x-1} + \frac{B}{x+1}$, so $1 = A(x+1) + B(x-1)$.

    At $x = 1$: $1 = 2A$, $A = \frac12$. At $x = -1$: my first attempt had $B = +\frac12$, but plugging in gives $1 =
    -2B$, so $B = -\frac12$.

    So $\int\frac{dx}{x^2-1} = \frac12\ln|x-1| - \frac12\ln|x+1| + C = \frac12\ln\left|\frac{x-1}{x+1}\right| + C$.

    Check by differentiating: $\frac{1}{2(x-1)} - \frac{1}{2(x+1)} = \frac{(x+1)-(x-1)}{2(x^2-1)} =
    \frac{1}{x^2-1}$ ✓.
    """,
    bad=r"""
    Partial fractions give $A = \frac12$, $B = -\frac12$, i.e. $\frac12\ln\left|\frac{x-1}{x+1}\right|$, but I'd like
    to confirm with the table formula $\int\frac{dx}{a^2 - x^2} = \frac{1}{2a}\ln\left|\frac{a+x}{a-x}\right|$.

    With $a = 1$: $\frac{1}{2}\ln\left|\frac{1+x}{1-x}\right| = \frac12\ln\left|\frac{x+1}{x-1}\right|$, since the
    absolute value removes the sign of the denominator. I'll trust the table formula.
    """,
    bad_answer=r"\frac{1}{2}\ln\left|\frac{x+1}{x-1}\right| + C",
    fix=r"""That table formula is for $\frac{1}{a^2 - x^2}$, and our integrand is $\frac{1}{x^2-1} =
    -\frac{1}{1-x^2}$, so the sign flips: the antiderivative is $-\frac12\ln\left|\frac{x+1}{x-1}\right| =
    \frac12\ln\left|\frac{x-1}{x+1}\right|$, matching the partial fractions.""",
    slip=r"""The factors of $\frac12$ shouldn't be there: the partial fractions are $\frac{1}{x-1} -
    \frac{1}{x+1}$, so the integral is $\ln\left|\frac{x-1}{x+1}\right| + C$.""",
    slip_answer=r"\ln\left|\frac{x-1}{x+1}\right| + C",
    other=r"""
    The integrand is $\frac{1}{u}$ with $u = x^2 - 1$, so the integral is $\ln|u|$, divided by $u' = 2x$ to undo
    the chain rule.

    So $\int\frac{dx}{x^2-1} = \frac{\ln|x^2-1|}{2x} + C$.
    """,
    other_answer=r"\frac{\ln|x^2-1|}{2x} + C",
    forms=[
        r"\frac{1}{2}\ln\left|\frac{x-1}{x+1}\right| + C",
        r"\frac{1}{2}\ln|x-1| - \frac{1}{2}\ln|x+1| + C",
        r"-\frac{1}{2}\ln\left|\frac{x+1}{x-1}\right| + C",
        r"\frac12\ln\left|\frac{x-1}{x+1}\right| + K",
    ],
    cut=(1, r"""Setting $x = 1$ gives $1 = 2A$, so $A = \frac{1}{2}$. Setting $x = -1$ gives"""),
)

# Q: Find the indefinite integral of 2x / (x^2 + 4) dx.
_problem(
    "antiderivatives",
    r"\ln(x^2+4) + C",
    good=r"""
    Let $u = x^2 + 4$, so $du = 2x\,dx$. The integral is exactly $\int \frac{du}{u}$.

    It equals $\ln|u| + C = \ln(x^2 + 4) + C$; the absolute value isn't needed because $x^2 + 4 > 0$.

    I was briefly tempted to reach for $\arctan$ because of the $x^2 + 4$, but that is for $\int\frac{dx}{x^2+4}$
    without the $x$ on top. Wait, let me recheck the coefficient: $du = 2x\,dx$ matches the numerator exactly, so
    no $\frac12$ appears.

    Derivative check: $\frac{d}{dx}\ln(x^2+4) = \frac{2x}{x^2+4}$ ✓.
    """,
    bad=r"""
    With $u = x^2 + 4$ I first wrote $\ln(x^2+4)$, but the substitution has $du = 2x\,dx$, i.e. $x\,dx =
    \frac{du}{2}$.

    So the factor $\frac12$ must appear: $\int\frac{2x}{x^2+4}\,dx = \frac12\int\frac{du}{u} = \frac12\ln(x^2+4) +
    C$.
    """,
    bad_answer=r"\frac{1}{2}\ln(x^2+4) + C",
    fix=r"""The numerator is $2x\,dx$, not $x\,dx$, so it is exactly $du$ and no $\frac12$ appears. The
    derivative of $\frac12\ln(x^2+4)$ is $\frac{x}{x^2+4}$, half the integrand; the antiderivative is $\ln(x^2+4)
    + C$.""",
    slip=r"""The $x^2 + 4 = x^2 + 2^2$ pattern calls for $\int\frac{dx}{x^2+a^2} = \frac1a\arctan\frac{x}{a}$, and
    the 2 in front cancels the $\frac12$, so the answer is $\arctan\frac{x}{2} + C$.""",
    slip_answer=r"\arctan\frac{x}{2} + C",
    other=r"""
    Let $u = x^2 + 4$. Then $\frac{2x}{x^2+4} = \frac{2x}{u}$, and the $2x$ stays as a coefficient, giving
    $2\int\frac{du}{u}$.

    So the integral is $2\ln(x^2+4) + C$.
    """,
    other_answer=r"2\ln(x^2+4) + C",
    forms=[
        r"\ln(x^2+4) + C",
        r"\ln|x^2+4| + C",
        r"\ln\left(1 + \frac{x^2}{4}\right) + C",
        r"\ln(x^2 + 4) + K",
    ],
    cut=(1, r"""Substituting, the integral becomes $\int \frac{du}{u}$, which integrates to"""),
)

# Q: Find the indefinite integral of sec^2 x tan x dx.
_problem(
    "antiderivatives",
    r"\frac{1}{2}\tan^2 x + C",
    good=r"""
    Let $u = \tan x$, $du = \sec^2 x\,dx$: $\int u\,du = \frac{u^2}{2} + C = \frac12\tan^2 x + C$.

    Another route: $u = \sec x$, $du = \sec x\tan x\,dx$, so $\sec^2 x\tan x\,dx = \sec x\cdot\sec x\tan x\,dx =
    u\,du$, giving $\frac12\sec^2 x + C$.

    Wait, these look different. But $\sec^2 x = 1 + \tan^2 x$, so $\frac12\sec^2 x = \frac12\tan^2 x + \frac12$:
    they differ by a constant, so both are valid antiderivatives.

    Derivative check: $\frac{d}{dx}\frac12\tan^2 x = \tan x\sec^2 x$ ✓.
    """,
    bad=r"""
    The substitution $u = \tan x$ would give $\frac12\tan^2 x$, but I'll go through sines and cosines since it has
    no hidden steps: $\sec^2 x\tan x = \frac{\sin x}{\cos^3 x}$.

    Let $u = \cos x$, $du = -\sin x\,dx$: the integral is $-\int u^{-3}\,du = -\frac{u^{-2}}{2} + C =
    -\frac{1}{2\cos^2 x} + C = -\frac12\sec^2 x + C$.
    """,
    bad_answer=r"-\frac{1}{2}\sec^2 x + C",
    fix=r"""$\int u^{-3}\,du = \frac{u^{-2}}{-2}$, so $-\int u^{-3}\,du = \frac{1}{2u^2} = \frac12\sec^2 x$. This
    differs from $\frac12\tan^2 x$ only by the constant $\frac12$, and its derivative is $\sec^2 x\tan x$, the
    integrand.""",
    slip=r"""The $\sec^2 x$ is itself $1 + \tan^2 x$, so the integrand is $\tan x + \tan^3 x$, and raising the
    power of $\tan$ by one for the main term gives $\frac{1}{3}\tan^3 x + C$.""",
    slip_answer=r"\frac{1}{3}\tan^3 x + C",
    other=r"""
    Integrate the two factors: $\int\sec^2 x\,dx = \tan x$ and $\int\tan x\,dx = \ln|\sec x|$.

    The antiderivative of the product is then $\tan x\ln|\sec x| + C$.
    """,
    other_answer=r"\tan x\ln|\sec x| + C",
    forms=[
        r"\frac{1}{2}\tan^2 x + C",
        r"\frac{1}{2}\sec^2 x + C",
        r"\frac{\tan^2 x}{2} + C",
        r"\frac12\sec^2 x + K",
    ],
    cut=(
        0,
        r"""We want $\int \sec^2 x\tan x\,dx$. Since $\frac{d}{dx}\tan x = \sec^2 x$, the substitution $u = \tan
        x$ turns this into $\int u\,du$, and that equals""",
    ),
)


# ---------------------------------------------------------------- definite integrals

# Q: Evaluate the integral from 0 to 1 of 1 / (1 + x^2) dx.
_problem(
    "definite_integrals",
    r"\frac{\pi}{4}",
    good=r"""
    An antiderivative of $\frac{1}{1+x^2}$ is $\arctan x$.

    So the integral is $\arctan 1 - \arctan 0 = \frac{\pi}{4} - 0 = \frac{\pi}{4}$. I almost wrote $\frac{\pi}{2}$
    for $\arctan 1$, but that is the limit at infinity; $\tan\frac{\pi}{4} = 1$.

    Check: the integrand decreases from 1 to $\frac12$ on $[0,1]$, so the area is between $0.5$ and $1$; and
    $\frac{\pi}{4} \approx 0.785$ fits.
    """,
    bad=r"""
    The antiderivative is $\arctan x$, so we need $\arctan 1 - \arctan 0$. I wanted to say $\arctan 1 =
    \frac{\pi}{4}$, but the arctangent reaches its top value at the right end, and the top value is $\frac{\pi}{2}$.

    So the integral is $\frac{\pi}{2} - 0 = \frac{\pi}{2}$.
    """,
    bad_answer=r"\frac{\pi}{2}",
    fix=r"""$\frac{\pi}{2}$ is the limit of $\arctan x$ as $x \to \infty$, not its value at 1. Since $\tan\frac{\pi}{4}
    = 1$, $\arctan 1 = \frac{\pi}{4}$, and the integral is $\frac{\pi}{4} \approx 0.785$, inside the bound $(0.5,
    1)$, while $\frac{\pi}{2} \approx 1.57$ is not.""",
    slip=r"""On $[0,1]$ the relevant angle is where $\tan\theta = 1$ measured from the $x$-axis in the first
    quadrant, and $\tan\frac{\pi}{3}$ is the value I remember being near 1, so the integral is
    $\frac{\pi}{3}$.""",
    slip_answer=r"\frac{\pi}{3}",
    other=r"""
    Substitute $u = 1 + x^2$, $du = 2x\,dx$. Then the integral becomes $\frac12\ln(1+x^2)$ evaluated from 0 to 1.

    That is $\frac12\ln 2 - \frac12\ln 1 = \frac12\ln 2$.
    """,
    other_answer=r"\frac{1}{2}\ln 2",
    forms=[r"\frac{\pi}{4}", r"\pi/4", r"\dfrac{\pi}{4}", r"\frac{1}{4}\pi"],
    cut=(1, r"""So the integral is $\arctan 1 - \arctan 0$, and $\arctan 1$ is the angle whose tangent is"""),
)

# Q: Evaluate the integral from 2 to 4 of 1/x dx.
_problem(
    "definite_integrals",
    r"\ln 2",
    good=r"""
    The antiderivative of $\frac1x$ on $x > 0$ is $\ln x$.

    So $\int_2^4\frac{dx}{x} = \ln 4 - \ln 2 = \ln\frac{4}{2} = \ln 2$. Wait, let me recheck that I subtract rather
    than add the logs: $\ln 4 + \ln 2$ would be $\ln 8$, but the Fundamental Theorem gives $F(4) - F(2)$.

    Check: the integrand goes from $\frac12$ to $\frac14$ over an interval of length 2, so the area is between
    $0.5$ and $1$, and $\ln 2 \approx 0.693$ fits.
    """,
    bad=r"""
    We get $\ln 4 - \ln 2$, which I first simplified to $\ln 2$.

    But the subtraction rule for logs applies to products, so $\ln 4 - \ln 2$ is really $\ln(4 - 2)$... no,
    actually, I'll just compute $\ln 4 = 2\ln 2$ and add the contribution from the lower limit: $2\ln 2 + \ln 2 =
    3\ln 2$.
    """,
    bad_answer=r"3\ln 2",
    fix=r"""The Fundamental Theorem subtracts the lower value: $\ln 4 - \ln 2 = 2\ln 2 - \ln 2 = \ln 2$. Also
    $3\ln 2 \approx 2.08$ is far above the bound of 1 from the integrand's size.""",
    slip=r"""The interval has length $4 - 2 = 2$ and the antiderivative of $\frac{1}{x}$ is $\ln x$, so over an
    interval of length 2 the integral is $\ln 4$... more precisely $\ln 4 - \ln 1 = \ln 4$.""",
    slip_answer=r"\ln 4",
    other=r"""
    By the power rule, $\int x^{-1}\,dx = \frac{x^{0}}{0}$, which fails, so let me instead use the average value of
    the integrand: $\frac{1}{2}\left(\frac12 + \frac14\right) = \frac{3}{8}$.

    Times the length 2, the integral is $\frac{3}{4}$.
    """,
    other_answer=r"\frac{3}{4}",
    forms=[r"\ln 2", r"\ln(2)", r"\frac{1}{2}\ln 4", r"\ln 4 - \ln 2"],
    cut=(1, r"""So $\int_2^4\frac{dx}{x} = \ln 4 - \ln 2$, and by the quotient rule for logarithms this is"""),
)

# Q: Evaluate the integral from 0 to 1 of 2x e^{-x} dx.
_problem(
    "definite_integrals",
    r"2 - \frac{4}{e}",
    good=r"""
    By parts: $\int xe^{-x}\,dx = -xe^{-x} - \int(-e^{-x})\,dx = -xe^{-x} - e^{-x} = -(x+1)e^{-x}$.

    So $\int_0^1 xe^{-x}\,dx = \left[-(x+1)e^{-x}\right]_0^1 = -\frac{2}{e} + 1 = 1 - \frac{2}{e}$. That is for $x
    e^{-x}$; the integrand has a factor 2, so wait, I must double it: $2 - \frac{4}{e}$.

    Check: $2 - \frac4e \approx 2 - 1.4715 = 0.5285$. The integrand rises from 0 to $\frac{2}{e} \approx 0.74$, so
    an area around $0.53$ is plausible.
    """,
    bad=r"""
    The integral of $xe^{-x}$ from 0 to 1 is $1 - \frac2e$, and doubling gives $2 - \frac4e$. Hmm, but the 2 in
    $2x$ is already accounted for by the substitution that produced the factor $e^{-x}$... I think I doubled
    twice.

    So the answer is $1 - \frac{2}{e}$.
    """,
    bad_answer=r"1 - \frac{2}{e}",
    fix=r"""No substitution was used; by parts handled $xe^{-x}$, and the constant factor 2 simply multiplies the
    result: $2\left(1 - \frac{2}{e}\right) = 2 - \frac{4}{e} \approx 0.53$.""",
    slip=r"""Let me redo the bracket: at $x = 1$ the antiderivative $-(x+1)e^{-x}$ is $-\frac{2}{e}$ and at 0 it is
    $-1$, and subtracting $F(0) - F(1)$ gives $-1 + \frac{2}{e}$; doubling, $\frac{4}{e} - 2$.""",
    slip_answer=r"\frac{4}{e} - 2",
    other=r"""
    By parts with $u = 2x$, $dv = e^{-x}dx$: $v = -e^{-x}$, so the integral is $\left[-2xe^{-x}\right]_0^1 +
    \int_0^1 2e^{-x}\,dx$.

    The bracket is $-\frac{2}{e}$, but since it is a boundary term it enters with the opposite sign, and the
    remaining integral is $2 - \frac{2}{e}$; together $\frac{2}{e} + 2 - \frac{2}{e} = 2$.
    """,
    other_answer="2",
    forms=[r"2 - \frac{4}{e}", r"2 - 4e^{-1}", r"\frac{2e-4}{e}", r"\frac{2(e-2)}{e}"],
    cut=(1, r"""So $\int_0^1 xe^{-x}\,dx = \left[-(x+1)e^{-x}\right]_0^1 = -\frac{2}{e} -"""),
)

# Q: Evaluate the integral from 0 to pi of sin^2 x dx.
_problem(
    "definite_integrals",
    r"\frac{\pi}{2}",
    good=r"""
    Use $\sin^2 x = \frac{1 - \cos 2x}{2}$.

    Then $\int_0^\pi\sin^2 x\,dx = \left[\frac{x}{2} - \frac{\sin 2x}{4}\right]_0^\pi = \frac{\pi}{2} - 0 =
    \frac{\pi}{2}$. Wait, let me recheck the $\sin 2x$ term: at $x = \pi$ it is $\sin 2\pi = 0$, and at 0 it is 0.

    Check: $\sin^2$ averages $\frac12$ over a full period, and $[0,\pi]$ is a full period of $\sin^2 x$, so the
    integral is $\frac12\cdot\pi = \frac{\pi}{2}$ ✓.
    """,
    bad=r"""
    With $\sin^2 x = \frac{1-\cos 2x}{2}$, the integral is $\frac{\pi}{2}$. But let me double-check against the
    integral of $\sin x$ itself, which is 2 on $[0,\pi]$: squaring a number below 1 makes it smaller, and the
    average of $\sin^2$ is half the average of $\sin$...

    So the integral should be half of the $\frac{\pi}{2}$ I got, i.e. $\frac{\pi}{4}$.
    """,
    bad_answer=r"\frac{\pi}{4}",
    fix=r"""That comparison is wrong: the mean value of $\sin^2 x$ over its period is $\frac12$, so the integral
    over $[0, \pi]$ is $\frac{\pi}{2}$; the identity computation gave exactly that, and $\frac{\pi}{2} \approx 1.57 <
    2$ is consistent with $\sin^2 x \le \sin x$ there.""",
    slip=r"""Over a full period the positive and negative parts of a trigonometric function cancel, and the
    $\cos 2x$ term does exactly that, so the $\frac{x}{2}$ term should also be discarded, leaving $0$.""",
    slip_answer="0",
    other=r"""
    The antiderivative of $\sin^2 x$ is $\frac{\sin^3 x}{3}$ by the power rule.

    At $\pi$ and at $0$ it vanishes, so that gives 0; since the integrand is positive the answer can't be 0, so I'll
    use the antiderivative $-\cos x$ of $\sin x$ and square the result: $\left(2\right)^2 = 4$.
    """,
    other_answer="4",
    forms=[r"\frac{\pi}{2}", r"\frac12\pi", r"\pi/2", r"\dfrac{\pi}{2}"],
    cut=(1, r"""Then $\int_0^\pi\sin^2 x\,dx = \left[\frac{x}{2} - \frac{\sin 2x}{4}\right]_0^\pi ="""),
)

# Q: Evaluate the integral from 1 to e of x ln x dx.
_problem(
    "definite_integrals",
    r"\frac{e^2+1}{4}",
    good=r"""
    By parts with $u = \ln x$, $dv = x\,dx$: $du = \frac{dx}{x}$, $v = \frac{x^2}{2}$. So $\int x\ln x\,dx =
    \frac{x^2}{2}\ln x - \int\frac{x}{2}\,dx = \frac{x^2}{2}\ln x - \frac{x^2}{4}$.

    Evaluate: at $e$: $\frac{e^2}{2} - \frac{e^2}{4} = \frac{e^2}{4}$. At 1: $0 - \frac14 = -\frac14$. Difference:
    $\frac{e^2}{4} + \frac14 = \frac{e^2+1}{4}$.

    Wait, let me recheck the sign at the lower limit: subtracting $-\frac14$ adds $\frac14$, so it's $e^2 + 1$, not
    $e^2 - 1$. Numerically $\frac{e^2+1}{4} \approx 2.097$; the integrand goes from 0 to $e$ over an interval of
    length $1.718$, so an area near 2 is plausible.
    """,
    bad=r"""
    The antiderivative is $\frac{x^2}{2}\ln x - \frac{x^2}{4}$. At $e$ it is $\frac{e^2}{4}$; at 1 it is
    $-\frac14$.

    I first combined these as $\frac{e^2 + 1}{4}$, but the lower limit is subtracted, so it should be
    $\frac{e^2}{4} - \frac{1}{4} = \frac{e^2-1}{4}$.
    """,
    bad_answer=r"\frac{e^2-1}{4}",
    fix=r"""We subtract the value at 1, which is $-\frac14$: $\frac{e^2}{4} - \left(-\frac14\right) =
    \frac{e^2+1}{4}$. I subtracted $+\frac14$ instead of $-\frac14$.""",
    slip=r"""The $\frac{x^2}{4}$ term at the lower limit is a constant that cancels against the same term at the
    upper limit, so only $\frac{x^2}{2}\ln x$ matters: $\frac{e^2}{2} - 0 = \frac{e^2}{2}$.""",
    slip_answer=r"\frac{e^2}{2}",
    other=r"""
    By parts, $\int x\ln x\,dx = \frac{x^2}{2}\ln x - \int\frac{x^2}{2}\cdot\frac{1}{x}\,dx = \frac{x^2}{2}\ln x -
    \frac{x^2}{2}$.

    At $e$: $\frac{e^2}{2} - \frac{e^2}{2} = 0$; at 1: $-\frac12$. So the integral is $\frac12$.
    """,
    other_answer=r"\frac{1}{2}",
    forms=[r"\frac{e^2+1}{4}", r"\frac{e^2}{4} + \frac{1}{4}", r"\frac{1}{4}(e^2+1)", r"\frac{1+e^2}{4}"],
    cut=(
        1,
        r"""Evaluating the antiderivative at $e$ gives $\frac{e^2}{2}\cdot 1 - \frac{e^2}{4}$, and at 1
    it gives""",
    ),
)


# ---------------------------------------------------------------- series

# Q: Find the sum of the series sum_{n=1}^infinity 1 / (n(n+2)).
_problem(
    "series",
    r"\frac{3}{4}",
    good=r"""
    Partial fractions: $\frac{1}{n(n+2)} = \frac12\left(\frac1n - \frac{1}{n+2}\right)$.

    The sum telescopes with a shift of two: $\sum_{n=1}^{N}\left(\frac1n - \frac1{n+2}\right) = 1 + \frac12 -
    \frac{1}{N+1} - \frac{1}{N+2} \to \frac32$. At first I kept only the leading 1, which would give $\frac12$, but
    wait: with a shift of two, both $\frac11$ and $\frac12$ survive.

    So the sum is $\frac12\cdot\frac32 = \frac34$. Check: the first terms are $\frac13 + \frac18 + \frac1{15} +
    \frac1{24} \approx 0.567$, and the partial sum to 2000 terms is about $0.7495$, approaching $0.75$.
    """,
    bad=r"""
    With $\frac{1}{n(n+2)} = \frac12\left(\frac1n - \frac{1}{n+2}\right)$ I first found $\frac34$, but let me recount
    what survives the telescoping.

    Each $-\frac{1}{n+2}$ cancels the $\frac{1}{n+2}$ two steps later, so only the first positive term $\frac11$
    survives. The sum is $\frac12\cdot 1 = \frac12$.
    """,
    bad_answer=r"\frac{1}{2}",
    fix=r"""With a shift of two, the positive terms $\frac11$ and $\frac12$ both survive, since no negative term
    $-\frac{1}{n+2}$ reaches them. So the sum is $\frac12\left(1 + \frac12\right) = \frac34$; the partial sums
    (about $0.7495$ after 2000 terms) confirm it.""",
    slip=r"""The factor $\frac12$ in the partial fractions is only needed when the shift is one; with a shift of
    two the decomposition is $\frac1n - \frac1{n+2}$ directly, so the sum is $1 + \frac12 = \frac{3}{2}$.""",
    slip_answer=r"\frac{3}{2}",
    other=r"""
    Compare with $\sum\frac{1}{n^2} = \frac{\pi^2}{6}$: since $n(n+2) = (n+1)^2 - 1$, the series is essentially
    $\sum\frac{1}{(n+1)^2}$.

    That is $\frac{\pi^2}{6} - 1$.
    """,
    other_answer=r"\frac{\pi^2}{6} - 1",
    forms=[r"\frac{3}{4}", "0.75", "3/4", r"\dfrac{3}{4}"],
    cut=(
        1,
        r"""The sum telescopes with a shift of two, so in the partial sum up to $N$ the surviving terms
    are""",
    ),
)

# Q: Find the sum of sum_{n=1}^infinity n / 4^n.
_problem(
    "series",
    r"\frac{4}{9}",
    good=r"""
    Use $\sum_{n\ge1} nx^n = \frac{x}{(1-x)^2}$ for $|x|<1$, obtained by differentiating the geometric series and
    multiplying by $x$.

    With $x = \frac14$: $\frac{1/4}{(3/4)^2} = \frac{1/4}{9/16} = \frac{16}{36} = \frac{4}{9}$.

    Wait, let me recheck that I didn't use the plain geometric sum $\frac{x}{1-x} = \frac13$ by mistake; no, the
    factor $n$ requires the squared denominator. Partial sums: $\frac14 + \frac{2}{16} + \frac{3}{64} + \frac{4}{256}
    \approx 0.4375$, and more terms approach $0.4444$ ✓.
    """,
    bad=r"""
    The formula $\frac{x}{(1-x)^2}$ with $x = \frac14$ gives $\frac{4}{9}$. But I think the derivative formula is
    for the sum starting at $n = 0$ of $nx^{n-1}$, so I need to divide by $x$ rather than multiply.

    That gives $\frac{1}{(1-x)^2}\cdot\frac{1}{x}\cdot$... simplifying, $\frac{1}{(3/4)^2} = \frac{16}{9}$.
    """,
    bad_answer=r"\frac{16}{9}",
    fix=r"""$\sum_{n\ge1} nx^{n-1} = \frac{1}{(1-x)^2}$, so multiplying by $x$ (not dividing) gives $\sum nx^n =
    \frac{x}{(1-x)^2} = \frac49$ at $x = \frac14$. The partial sums near $0.44$ rule out $\frac{16}{9}$.""",
    slip=r"""Since every term has the factor $n \ge 1$, the sum is at least the geometric sum $\sum\frac{1}{4^n} =
    \frac{1}{3}$, and the extra weight $n$ only shifts it slightly; the dominant part is $\frac{1}{3}$.""",
    slip_answer=r"\frac{1}{3}",
    other=r"""
    The terms are $\frac14, \frac{2}{16}, \frac{3}{64}, \dots$; factor out the $n$ as its average over the
    first few terms, about 2, and sum the geometric part $\sum 4^{-n} = \frac13$.

    So the sum is $2\cdot\frac13 = \frac{2}{3}$.
    """,
    other_answer=r"\frac{2}{3}",
    forms=[r"\frac{4}{9}", r"0.\overline{4}", "4/9"],
    cut=(1, r"""With $x = \frac14$, the formula gives $\frac{1/4}{(3/4)^2} = \frac{1/4}{"""),
)

# Q: Find the sum of sum_{n=1}^infinity 3^n / n!.
_problem(
    "series",
    "e^3 - 1",
    good=r"""
    Recall $e^x = \sum_{n=0}^\infty\frac{x^n}{n!}$. Our series starts at $n = 1$, so it is $e^3$ minus the $n=0$
    term.

    The $n = 0$ term is $\frac{3^0}{0!} = 1$, so the sum is $e^3 - 1$. Wait, let me recheck that $0! = 1$ and
    $3^0 = 1$; yes, the missing term is exactly 1, not 3.

    Check: $e^3 - 1 \approx 19.09$, and the partial sums $3 + 4.5 + 4.5 + 3.375 + 2.025 + \dots$ reach about 19
    after a dozen terms.
    """,
    bad=r"""
    This is the exponential series at $x = 3$. I first subtracted the $n = 0$ term to get $e^3 - 1$, but the
    exponential series $e^x = \sum\frac{x^n}{n!}$ is usually written starting from $n = 1$ with the 1 in front as a
    separate constant.

    So $\sum_{n\ge1}\frac{3^n}{n!}$ is exactly the series part of $e^3$: the sum is $e^3$.
    """,
    bad_answer="e^3",
    fix=r"""The series $\sum_{n=0}^\infty\frac{x^n}{n!}$ includes the $n=0$ term $1$; the 1 is not an extra
    constant. Starting at $n = 1$ drops that term, so the sum is $e^3 - 1 \approx 19.09$, which the partial sums
    approach.""",
    slip=r"""The missing $n = 0$ term is $\frac{3^0}{0!}$, and $0!$ is $0$ times nothing... I'll take the
    first dropped term to be the $x^1$ coefficient $3$ instead, so the sum is $e^3 - 3$.""",
    slip_answer="e^3 - 3",
    other=r"""
    Each term is $3^n/n!$, which is $3$ times $\frac{3^{n-1}}{n!}$. Pulling out the 3, the remaining sum is
    $\sum\frac{3^{n-1}}{(n-1)!}$, which is $e$.

    So the sum is $3e$.
    """,
    other_answer="3e",
    forms=["e^3 - 1", "e^{3} - 1", "-1 + e^3"],
    cut=(1, r"""The $n = 0$ term is $\frac{3^0}{0!} ="""),
)

# Q: Find the sum of the alternating harmonic series sum_{n=1}^infinity (-1)^{n+1} / n.
_problem(
    "series",
    r"\ln 2",
    good=r"""
    Recall $\ln(1+x) = x - \frac{x^2}{2} + \frac{x^3}{3} - \dots$ for $-1 < x \le 1$, and by Abel's theorem the series
    converges to $\ln 2$ at $x = 1$.

    Our series is $1 - \frac12 + \frac13 - \frac14 + \dots$, which is exactly this at $x = 1$, so it equals $\ln 2$.

    I briefly confused it with the Leibniz series $1 - \frac13 + \frac15 - \dots = \frac{\pi}{4}$, but that one has
    only odd denominators. Check: partial sums oscillate around $0.693$: $S_{10} \approx 0.6456$, $S_{11} \approx
    0.7365$.
    """,
    bad=r"""
    The series $1 - \frac12 + \frac13 - \dots$ is the Taylor series of $\ln(1+x)$ at $x = 1$, giving $\ln 2$. Hmm, but
    I remember an alternating series with value $\frac{\pi}{4}$: the Leibniz formula.

    Since this is the standard alternating series starting $1 - \dots$, I think the Leibniz value applies here:
    $\frac{\pi}{4}$.
    """,
    bad_answer=r"\frac{\pi}{4}",
    fix=r"""The Leibniz series has only odd denominators, $1 - \frac13 + \frac15 - \dots$; ours has all
    denominators. $\ln(1 + x)$ at $x = 1$ gives $\ln 2 \approx 0.693$, and $S_{10}$, $S_{11}$ bracket it, while
    $\frac{\pi}{4} \approx 0.785$ lies outside.""",
    slip=r"""The series for $\ln(1+x)$ has alternating signs starting with a plus sign, but our signs
    $(-1)^{n+1}$ start with $(-1)^2$... so the overall sign flips and the sum is $-\ln 2$.""",
    slip_answer=r"-\ln 2",
    other=r"""
    The harmonic series diverges, and alternating the signs only cancels half the terms, so the remaining half
    still diverges.

    But each pair $1 - \frac12$, $\frac13 - \frac14$ is positive and they shrink, so the sum converges to the
    first pair times two: $1$.
    """,
    other_answer="1",
    forms=[r"\ln 2", r"\ln(2)", r"\ln 2"],
    cut=(
        0,
        r"""Recall $\ln(1+x) = x - \frac{x^2}{2} + \frac{x^3}{3} - \dots$ for $-1 < x \le 1$. Our series $1 -
        \frac12 + \frac13 - \dots$ matches this with $x$ equal to""",
    ),
)


# ---------------------------------------------------------------- equations

# Q: Solve x^2 + x - 6 = 0.
_problem(
    "equations",
    r"x = 2 \text{ or } x = -3",
    good=r"""
    Factor: we need two numbers with product $-6$ and sum $1$: $3$ and $-2$. So $x^2 + x - 6 = (x+3)(x-2)$.

    My first try was $(x-3)(x+2) = x^2 - x - 6$, which has the wrong middle sign. Wait, let me recheck the right
    one: $(x+3)(x-2) = x^2 + x - 6$ ✓.

    So $x = -3$ or $x = 2$. Check: $4 + 2 - 6 = 0$ ✓ and $9 - 3 - 6 = 0$ ✓.
    """,
    bad=r"""
    Factor as $(x+3)(x-2)$, giving $x = -3$ or $x = 2$. Hmm, but by the quadratic formula $x = \frac{-1 \pm
    \sqrt{1 + 24}}{2} = \frac{-1\pm5}{2}$... that's $2$ and $-3$, or should the $-b$ be $+1$? I'll redo it with
    $b = -1$.

    $x = \frac{1\pm5}{2}$: $x = 3$ or $x = -2$.
    """,
    bad_answer=r"x = 3 \text{ or } x = -2",
    fix=r"""Here $b = +1$, so $-b = -1$ and $x = \frac{-1\pm5}{2}$, i.e. $x = 2$ or $x = -3$. Checking $x=3$:
    $9 + 3 - 6 = 6 \ne 0$, so the second version was wrong.""",
    slip=r"""For the answer I only need the positive solution, since the negative one is an extraneous root of the
    factoring, so $x = 2$.""",
    slip_answer="x = 2",
    other=r"""
    Move the constant: $x^2 + x = 6$, so $x(x + 1) = 6$. Then either $x = 6$ or $x + 1 = 6$.

    That gives $x = 6$ or $x = 5$.
    """,
    other_answer=r"x = 6 \text{ or } x = 5",
    forms=[r"x = 2 \text{ or } x = -3", r"\{-3, 2\}", "x = -3, 2", r"x \in \{2, -3\}", r"x_1 = -3,\ x_2 = 2"],
    cut=(1, r"""So the solutions come from setting each factor to zero: $x + 3 = 0$ gives"""),
)

# Q: Solve 4^x - 5 * 2^x + 4 = 0.
_problem(
    "equations",
    r"x = 0 \text{ or } x = 2",
    good=r"""
    Let $t = 2^x > 0$. Then $4^x = t^2$ and the equation is $t^2 - 5t + 4 = 0$, i.e. $(t-1)(t-4) = 0$.

    So $t = 1$ or $t = 4$. Both are positive, so both are allowed. Now $2^x = 1$ gives $x = 0$, and $2^x = 4$
    gives $x = 2$.

    Wait, let me recheck that I answer in $x$, not $t$: the values 1 and 4 are $2^x$, and the solutions are $x =
    0$ and $x = 2$. Check: $1 - 5 + 4 = 0$ ✓, $16 - 20 + 4 = 0$ ✓.
    """,
    bad=r"""
    With $t = 2^x$: $t^2 - 5t + 4 = 0$, so $t = 1$ or $t = 4$, i.e. $x = 0$ or $x = 2$.

    Hmm, but $x = 0$ makes $4^x$ and $2^x$ both equal to 1, which feels degenerate; the substitution $t = 2^x$
    requires $t \ne 1$ for the logarithm base... so I'll discard it. The solution is $x = 2$.
    """,
    bad_answer="x = 2",
    fix=r"""Nothing is degenerate about $x = 0$: $4^0 - 5\cdot2^0 + 4 = 1 - 5 + 4 = 0$. The substitution only
    needs $t > 0$. So both $x = 0$ and $x = 2$ are solutions.""",
    slip=r"""The quadratic was in $t$, and its roots $t = 1$ and $t = 4$ are what the factoring produced, so those
    are the solutions: $x = 1$ or $x = 4$.""",
    slip_answer=r"x = 1 \text{ or } x = 4",
    other=r"""
    Write $4^x = 2^{2x}$, and the equation is $2^{2x} - 5\cdot 2^x = -4$. Dividing by $2^x$: $2^x - 5 =
    -4\cdot 2^{-x}$.

    Trying small integers: $x = 1$ gives $2 - 5 = -3$ versus $-2$; $x = 3$ gives $3$ versus $-0.5$. The closest is
    $x = 1$, and a nearby root near $x = 3$, so $x = 1$ or $x = 3$.
    """,
    other_answer=r"x = 1 \text{ or } x = 3",
    forms=[r"x = 0 \text{ or } x = 2", r"\{0, 2\}", "x = 0, 2", r"x = 2 \text{ or } x = 0"],
    cut=(1, r"""So $t = 1$ or $t = 4$. Converting back, $2^x = 1$ gives"""),
)

# Q: Solve sqrt(x + 3) = x - 3.
_problem(
    "equations",
    "x = 6",
    good=r"""
    Square both sides: $x + 3 = x^2 - 6x + 9$, so $x^2 - 7x + 6 = 0$, i.e. $(x-1)(x-6) = 0$.

    Candidates $x = 1$ and $x = 6$. Squaring can introduce extraneous roots, so check both. $x = 6$: $\sqrt{9} = 3
    = 6 - 3$ ✓. $x = 1$: $\sqrt{4} = 2$ but $1 - 3 = -2$ ✗.

    Wait, let me recheck $x = 1$ once more: the left side is a principal square root, so it is $+2$, and the
    right side is $-2$. Reject. Only $x = 6$ remains.
    """,
    bad=r"""
    Squaring gives $x^2 - 7x + 6 = 0$, so $x = 1$ or $x = 6$. I checked $x = 6$ and it works.

    For $x = 1$: $\sqrt{4} = \pm2$, and $-2 = 1 - 3$, so it works too. Both roots are valid.
    """,
    bad_answer=r"x = 1 \text{ or } x = 6",
    fix=r"""The symbol $\sqrt{4}$ means the principal root $2$, not $\pm 2$. At $x = 1$ the left side is $2$ and
    the right side $-2$, so $x = 1$ is extraneous; only $x = 6$ solves the equation.""",
    slip=r"""Actually the equation requires $x - 3 \ge 0$, and I should also require $x + 3$ to be a perfect
    square for the root to be rational... so the valid one is the root that makes $x + 3 = 4$: $x = 1$.""",
    slip_answer="x = 1",
    other=r"""
    Square both sides: $x + 3 = x^2 - 9$, so $x^2 - x - 12 = 0$, i.e. $(x-4)(x+3) = 0$.

    Check $x = 4$: $\sqrt{7}$ versus $1$, no. Check $x = -3$: $0$ versus $-6$, no. Hmm, both fail; the positive
    root is the intended one: $x = 4$.
    """,
    other_answer="x = 4",
    forms=["x = 6", "6", r"\{6\}", "x=6"],
    cut=(
        1,
        r"""Candidates are $x = 1$ and $x = 6$. Since squaring can introduce extraneous roots, check each: for
    $x = 1$ the left side is $\sqrt{4} =""",
    ),
)

# Q: Solve x^3 - 6x^2 + 11x - 6 = 0.
_problem(
    "equations",
    "x = 1, 2, 3",
    good=r"""
    Try rational roots $\pm1, \pm2, \pm3, \pm6$. $x = 1$: $1 - 6 + 11 - 6 = 0$ ✓.

    Divide by $x - 1$: $x^3 - 6x^2 + 11x - 6 = (x-1)(x^2 - 5x + 6) = (x-1)(x-2)(x-3)$.

    So $x = 1, 2, 3$. Wait, let me recheck with Vieta: the sum of roots should be $6$ ($1+2+3$ ✓), the sum of
    pairwise products $11$ ($2 + 3 + 6$ ✓), and the product $6$ ✓.
    """,
    bad=r"""
    $x = 1$ is a root, and the quotient $x^2 - 5x + 6$ factors as $(x-2)(x-3)$, so the roots are 1, 2, 3.

    Hmm, but the constant term $-6$ also suggests $x = 6$ as a candidate from the rational root theorem, and the
    theorem lists the candidates that are roots; so the full set is $1, 2, 3, 6$.
    """,
    bad_answer=r"\{1, 2, 3, 6\}",
    fix=r"""The rational root theorem only lists candidates; each must be tested. $x = 6$: $216 - 216 + 66 - 6 =
    60 \ne 0$. A cubic has at most three roots, and $1, 2, 3$ already account for the factorization.""",
    slip=r"""Vieta's product of roots is $-\frac{d}{a} = 6$ and the sum is $-\frac{b}{a}$; with $b = -6$ I think
    the roots should all be negative to make the signs alternate: $x = -1, -2, -3$.""",
    slip_answer="x = -1, -2, -3",
    other=r"""
    Group: $x^3 - 6x^2 + 11x - 6 = x^2(x - 6) + (11x - 6)$. Setting each group to zero: $x = 0$, $x = 6$, $x =
    \frac{6}{11}$.

    So the solutions are $x = 0, \frac{6}{11}, 6$.
    """,
    other_answer=r"x = 0, \frac{6}{11}, 6",
    forms=["x = 1, 2, 3", r"\{1, 2, 3\}", r"x \in \{3, 2, 1\}", "x = 1,\\ x = 2,\\ x = 3"],
    cut=(1, r"""Dividing by $x - 1$ with synthetic division, the coefficients $1, -6, 11, -6$ become"""),
)


# ---------------------------------------------------------------- inequalities

# Q: Solve x^2 - x - 2 > 0. Give the answer in interval notation.
_problem(
    "inequalities",
    r"(-\infty, -1) \cup (2, \infty)",
    good=r"""
    Factor: $x^2 - x - 2 = (x-2)(x+1)$, with zeros at $x = -1$ and $x = 2$.

    The parabola opens upward, so it is positive outside the roots: $x < -1$ or $x > 2$. I first wrote the
    interval between the roots, $(-1, 2)$, but that is where the quadratic is negative; test $x = 0$: $-2 < 0$.

    Wait, let me recheck the endpoints: the inequality is strict, so $-1$ and $2$ (where the expression is 0) are
    excluded. Test $x = 3$: $9 - 3 - 2 = 4 > 0$ ✓; $x = -2$: $4 + 2 - 2 = 4 > 0$ ✓.
    """,
    bad=r"""
    The roots are $-1$ and $2$, and the parabola is positive outside them, i.e. $(-\infty, -1) \cup (2, \infty)$.

    Hmm, but at the roots the expression equals zero, and zero is the boundary of being positive, so for a
    complete answer I'll include the endpoints: $(-\infty, -1] \cup [2, \infty)$.
    """,
    bad_answer=r"(-\infty, -1] \cup [2, \infty)",
    fix=r"""The inequality is strict: at $x = -1$ and $x = 2$ the expression equals 0, and $0 > 0$ is false, so
    the endpoints are excluded. The solution set is $x < -1$ or $x > 2$.""",
    slip=r"""Since the quadratic is "greater than zero", the solution should be the region where the graph lies
    above the axis between the two intercepts, which is $(-1, 2)$.""",
    slip_answer="(-1, 2)",
    other=r"""
    Factor: $x^2 - x - 2 = (x + 2)(x - 1)$, with zeros at $-2$ and $1$.

    Positive outside the roots: $(-\infty, -2) \cup (1, \infty)$. Test $x = 5$: positive ✓.
    """,
    other_answer=r"(-\infty, -2) \cup (1, \infty)",
    forms=[
        r"(-\infty, -1) \cup (2, \infty)",
        r"x < -1 \text{ or } x > 2",
        r"(-\infty,-1)\cup(2,+\infty)",
        r"\{x : x < -1 \text{ or } x > 2\}",
        r"\mathbb{R} \setminus [-1, 2]",
    ],
    cut=(1, r"""The parabola opens upward, so it is positive"""),
)

# Q: Solve (x - 3) / (x + 1) <= 0.
_problem(
    "inequalities",
    "(-1, 3]",
    good=r"""
    Critical points: numerator zero at $x = 3$, denominator zero at $x = -1$.

    Sign chart: for $x < -1$ both factors are negative, so the quotient is positive; for $-1 < x < 3$ the
    numerator is negative and the denominator positive, so the quotient is negative; for $x > 3$ it is positive.

    Endpoints: at $x = 3$ the quotient is $0$, which satisfies $\le 0$, so include 3. At $x = -1$ it is undefined,
    so exclude it. Wait, let me recheck that I don't include $-1$ just because the inequality is non-strict: no,
    division by zero is never allowed. So $-1 < x \le 3$.
    """,
    bad=r"""
    The sign chart gives negative values on $(-1, 3)$, and the quotient is 0 at $x = 3$, so $(-1, 3]$.

    Since the inequality is non-strict, both critical points should be included for consistency: $[-1, 3]$.
    """,
    bad_answer="[-1, 3]",
    fix=r"""At $x = -1$ the quotient is undefined, so it cannot satisfy the inequality, non-strict or not. Only
    $x = 3$, where the quotient is $0$, is added to the open interval: $(-1, 3]$.""",
    slip=r"""Because the expression is a quotient, both critical points are excluded from the solution of a
    rational inequality, so the answer is $(-1, 3)$.""",
    slip_answer="(-1, 3)",
    other=r"""
    Multiply both sides by $x + 1$: $x - 3 \le 0$, so $x \le 3$.

    So the solution is $(-\infty, 3]$.
    """,
    other_answer=r"(-\infty, 3]",
    forms=["(-1, 3]", r"-1 < x \le 3", "(-1,3]", r"\{x \mid -1 < x \leq 3\}"],
    cut=(1, r"""Sign chart: for $x < -1$ both factors are negative, so the quotient is"""),
)

# Q: Solve |x - 2| < 5.
_problem(
    "inequalities",
    "(-3, 7)",
    good=r"""
    $|x - 2| < 5$ means $-5 < x - 2 < 5$.

    Adding 2 throughout: $-3 < x < 7$. At first I subtracted 2 and got $-7 < x < 3$, but wait, we need to undo
    the $-2$, so we add 2.

    Check: $x = 0$ gives $|{-2}| = 2 < 5$ ✓; $x = 7$ gives $5$, not $< 5$, so 7 is excluded ✓; $x = -4$ gives $6$ ✗.
    """,
    bad=r"""
    $-5 < x - 2 < 5$, so adding 2 gives $-3 < x < 7$. Hmm, but I should think of $|x - 2|$ as the distance from
    $-2$... no, from 2; anyway, the interval of points within 5 of the center $-2$ is $(-7, 3)$.

    So the solution is $(-7, 3)$.
    """,
    bad_answer="(-7, 3)",
    fix=r"""$|x - 2|$ is the distance from $x$ to $2$, not to $-2$. Points within 5 of 2 form $(-3, 7)$; e.g.
    $x = 0$ works and $x = -5$ does not ($|{-7}| = 7$).""",
    slip=r"""The boundary points $x = -3$ and $x = 7$ give $|x - 2| = 5$, and the solution interval should be
    closed so that it contains its boundary: $[-3, 7]$.""",
    slip_answer="[-3, 7]",
    other=r"""
    Split into $x - 2 < 5$ and $x - 2 > 5$. The first gives $x < 7$, the second $x > 7$.

    Combining, the solution is $x < 7$, i.e. $(-\infty, 7)$.
    """,
    other_answer=r"(-\infty, 7)",
    forms=["(-3, 7)", r"-3 < x < 7", r"x \in (-3,7)"],
    cut=(1, r"""Adding 2 to all three parts of the inequality gives"""),
)

# Q: Solve x^3 - 4x >= 0.
_problem(
    "inequalities",
    r"[-2, 0] \cup [2, \infty)",
    good=r"""
    Factor: $x^3 - 4x = x(x-2)(x+2)$, with zeros at $-2, 0, 2$.

    Signs: for $x > 2$ all three factors are positive, so the product is positive. On $(0, 2)$ one factor
    ($x - 2$) is negative: negative. On $(-2, 0)$ two are negative: positive. For $x < -2$ all three are
    negative: negative.

    The inequality is non-strict, so the zeros are included: $[-2, 0] \cup [2, \infty)$. Wait, let me recheck one
    test point per region: $x = -1$: $-1 + 4 = 3 \ge 0$ ✓; $x = 1$: $1 - 4 = -3$ ✗; $x = -3$: $-27 + 12 = -15$ ✗.
    """,
    bad=r"""
    Zeros at $-2, 0, 2$, and the sign chart gives the product non-negative on $[-2, 0] \cup [2, \infty)$.

    Hmm, but dividing $x^3 - 4x \ge 0$ by $x$ gives $x^2 - 4 \ge 0$, which holds for $|x| \ge 2$. So the answer is
    $(-\infty, -2] \cup [2, \infty)$.
    """,
    bad_answer=r"(-\infty, -2] \cup [2, \infty)",
    fix=r"""Dividing by $x$ flips the inequality when $x < 0$, so that step is invalid. Test $x = -3$: $-27 + 12 =
    -15 < 0$, so $(-\infty, -2)$ fails, while $x = -1$ gives $3 \ge 0$. The sign chart result $[-2, 0] \cup [2,
    \infty)$ stands.""",
    slip=r"""Since the inequality is about where the cubic is non-negative and cubics go to $+\infty$ on the right,
    only the rightmost piece counts as the solution: $[2, \infty)$.""",
    slip_answer=r"[2, \infty)",
    other=r"""
    $x^3 \ge 4x$; divide by $x$: $x^2 \ge 4$, so $x \ge 2$.

    The solution is $[2, \infty)$... and by symmetry of $x^2$ also $x \le -2$: $(-\infty, -2] \cup [2, \infty)$.
    """,
    other_answer=r"(-\infty, -2] \cup [2, \infty)",
    forms=[
        r"[-2, 0] \cup [2, \infty)",
        r"-2 \le x \le 0 \text{ or } x \ge 2",
        r"[-2,0]\cup[2,+\infty)",
    ],
    cut=(1, r"""Signs: for $x > 2$ all three factors are positive. On $(0, 2)$ the factor $x - 2$ is"""),
)


# ---------------------------------------------------------------- domains and ranges

# Q: Find the domain of f(x) = sqrt(4 - x^2) / (x - 1).
_problem(
    "domain_range",
    r"[-2, 1) \cup (1, 2]",
    good=r"""
    Two conditions: the radicand must be non-negative, $4 - x^2 \ge 0$, i.e. $-2 \le x \le 2$; and the
    denominator must be nonzero, $x \ne 1$.

    Combining: $[-2, 2]$ with $1$ removed, i.e. $[-2, 1) \cup (1, 2]$.

    Wait, let me recheck the endpoints: at $x = \pm2$ the square root is $0$, which is fine, and the denominator
    is $1$ or $-3$, nonzero. So $\pm2$ are included.
    """,
    bad=r"""
    The radicand condition gives $[-2, 2]$ and the denominator excludes $1$, so I had $[-2, 1) \cup (1, 2]$.

    But at $x = 2$ and $x = -2$ the numerator is 0, which makes the fraction degenerate, so those endpoints should
    be dropped as well: $(-2, 1) \cup (1, 2)$.
    """,
    bad_answer=r"(-2, 1) \cup (1, 2)",
    fix=r"""A zero numerator is harmless: $f(2) = \frac{0}{1} = 0$ and $f(-2) = \frac{0}{-3} = 0$ are defined.
    Only the zero of the denominator is removed, giving $[-2, 1) \cup (1, 2]$.""",
    slip=r"""The denominator restriction $x \ne 1$ is removable, since a single point does not change an interval
    in a domain question, so the domain is just $[-2, 2]$.""",
    slip_answer="[-2, 2]",
    other=r"""
    The square root needs $4 - x^2 \ge 0$, i.e. $x \le 2$... and $x \ge -2$ only matters for even powers, which
    here it is not.

    With $x \ne 1$: the domain is $(-\infty, 1) \cup (1, 2]$.
    """,
    other_answer=r"(-\infty, 1) \cup (1, 2]",
    forms=[
        r"[-2, 1) \cup (1, 2]",
        r"[-2,2] \setminus \{1\}",
        r"\{x : -2 \le x \le 2,\ x \ne 1\}",
        r"[-2,1)\cup(1,2]",
    ],
    cut=(1, r"""Combining the two conditions, we take the interval $[-2, 2]$ and"""),
)

# Q: Find the range of f(x) = x^2 - 4x + 7 (x real).
_problem(
    "domain_range",
    r"[3, \infty)",
    good=r"""
    Complete the square: $x^2 - 4x + 7 = (x - 2)^2 + 3$.

    Since $(x-2)^2 \ge 0$ with equality at $x = 2$, the minimum value is $3$, attained, and the function grows
    without bound. So the range is $[3, \infty)$.

    Wait, let me recheck that I didn't report the vertex $x$-coordinate: the vertex is $(2, 3)$; the range is
    about $y$, so it starts at 3, and 3 is included since $f(2) = 4 - 8 + 7 = 3$.
    """,
    bad=r"""
    Completing the square, $f(x) = (x-2)^2 + 3$, so I'd say $[3, \infty)$.

    Hmm, wait: the range is determined by the vertex, and the vertex is at $x = 2$, so the range starts at 2:
    $[2, \infty)$.
    """,
    bad_answer=r"[2, \infty)",
    fix=r"""The range is a set of outputs. The vertex $(2, 3)$ has output $f(2) = 3$; the value $2$ is its input.
    So the range is $[3, \infty)$.""",
    slip=r"""The minimum $3$ occurs only at the single point $x = 2$, and since a square is strictly positive
    away from 0, the range should be written open at 3: $(3, \infty)$.""",
    slip_answer=r"(3, \infty)",
    other=r"""
    The constant term is the value at $x = 0$, which is $7$, and a parabola opening upward only increases from
    there.

    So the range is $[7, \infty)$.
    """,
    other_answer=r"[7, \infty)",
    forms=[r"[3, \infty)", r"y \ge 3", r"[3, +\infty)", r"\{y : y \geq 3\}"],
    cut=(1, r"""Since $(x-2)^2 \ge 0$, the smallest value of $f$ is"""),
)

# Q: Find the range of f(x) = (2x + 1) / (x - 3).
_problem(
    "domain_range",
    r"(-\infty, 2) \cup (2, \infty)",
    good=r"""
    Set $y = \frac{2x+1}{x-3}$ and solve for $x$: $y(x - 3) = 2x + 1$, so $x(y - 2) = 3y + 1$, i.e. $x =
    \frac{3y+1}{y-2}$.

    This is defined for every $y \ne 2$, and each such $y$ gives an $x \ne 3$ (if $x = 3$ then $3y - 6 = 3y + 1$,
    impossible). So every $y \ne 2$ is attained.

    My first thought was to exclude $3$, but wait, that's the excluded value of the domain. The horizontal
    asymptote is $y = 2$, and $y = 2$ itself would need $0 = 7$. Range: $(-\infty, 2) \cup (2, \infty)$.
    """,
    bad=r"""
    Solving for $x$ gives $x = \frac{3y+1}{y-2}$, which fails only at $y = 2$, so the range is all reals except 2,
    $(-\infty, 2) \cup (2, \infty)$.

    Hmm, but the function itself blows up at $x = 3$, and the point where it blows up is what's missing. So the
    range is $\mathbb{R} \setminus \{3\}$.
    """,
    bad_answer=r"\mathbb{R} \setminus \{3\}",
    fix=r"""$x = 3$ is missing from the domain, not the range. Is $y = 3$ attained? $x = \frac{10}{1} = 10$ gives
    $\frac{21}{7} = 3$ ✓. The missing output is $y = 2$, so the range is $(-\infty, 2) \cup (2, \infty)$.""",
    slip=r"""A rational function with a vertical asymptote takes every real value on either side of it, so the
    range is all of $\mathbb{R}$.""",
    slip_answer=r"\mathbb{R}",
    other=r"""
    The numerator $2x + 1$ can be zero at $x = -\frac12$, so $0$ is in the range, and the function is continuous
    away from $x = 3$.

    Near $x = 3$ it blows up, and far away it levels off at $\frac{1}{-3}$, the ratio of the constants. So the
    range is everything except $-\frac13$: $\mathbb{R} \setminus \{-\frac{1}{3}\}$.
    """,
    other_answer=r"\mathbb{R} \setminus \left\{-\frac{1}{3}\right\}",
    forms=[
        r"(-\infty, 2) \cup (2, \infty)",
        r"\mathbb{R} \setminus \{2\}",
        r"\{y \in \mathbb{R} : y \neq 2\}",
        r"(-\infty,2)\cup(2,+\infty)",
    ],
    cut=(1, r"""This is defined for every $y$ except"""),
)


# ---------------------------------------------------------------- polynomials

# Q: Factor x^3 - 2x^2 - 5x + 6 completely.
_problem(
    "polynomials",
    "(x-1)(x+2)(x-3)",
    good=r"""
    Rational root candidates: $\pm1, \pm2, \pm3, \pm6$. $p(1) = 1 - 2 - 5 + 6 = 0$, so $x - 1$ is a factor.

    Synthetic division by $x - 1$: coefficients $1, -2, -5, 6$ become $1, -1, -6$ with remainder 0, so $p(x) = (x -
    1)(x^2 - x - 6) = (x-1)(x-3)(x+2)$.

    Wait, let me recheck the quadratic: $(x - 3)(x + 2) = x^2 - x - 6$ ✓, not $(x+3)(x-2) = x^2 + x - 6$. Expanding
    everything: $(x^2 + x - 2)(x - 3) = x^3 - 2x^2 - 5x + 6$ ✓.
    """,
    bad=r"""
    $p(1) = 0$, and dividing gives $x^2 - x - 6$. I first factored it as $(x-3)(x+2)$, giving $(x-1)(x+2)(x-3)$,
    but let me double check with the roots: the product of the roots of the cubic should be $6$, so I want
    roots with product 6.

    $1\cdot2\cdot3 = 6$, so the roots are $1, 2, 3$... but $x = 2$ fails the quadratic unless I take $(x-2)(x+3)$.
    So $p(x) = (x-1)(x-2)(x+3)$.
    """,
    bad_answer="(x-1)(x-2)(x+3)",
    fix=r"""For a monic cubic $x^3 + bx^2 + cx + d$ the product of the roots is $-d = -6$, not $6$. The roots $1,
    3, -2$ have product $-6$ ✓ and sum $2$ ✓; and $p(2) = 8 - 8 - 10 + 6 = -4 \ne 0$. So $p(x) =
    (x-1)(x+2)(x-3)$.""",
    slip=r"""Signs in the factors are the opposite of the roots' signs, and I wrote the roots as $1, -2, 3$, so the
    factored form should have the opposite signs: $(x+1)(x-2)(x+3)$.""",
    slip_answer="(x+1)(x-2)(x+3)",
    other=r"""
    Group the terms: $x^2(x - 2) - (5x - 6)$. The second group doesn't share the factor, so try $x = -1$:
    $-1 - 2 + 5 + 6 = 8$, no; $x = 2$: $8 - 8 - 10 + 6 = -4$, no.

    So there's no nice root and I'll factor approximately as $(x + 1)(x^2 - 3x - 2)$.
    """,
    other_answer="(x+1)(x^2-3x-2)",
    forms=["(x-1)(x+2)(x-3)", "(x+2)(x-1)(x-3)", "(x-3)(x-1)(x+2)"],
    cut=(1, r"""Synthetic division by $x - 1$: bring down the 1, multiply, add, and the coefficients become"""),
)

# Q: Expand (2x - 1)^3.
_problem(
    "polynomials",
    "8x^3 - 12x^2 + 6x - 1",
    good=r"""
    Binomial theorem: $(a + b)^3 = a^3 + 3a^2b + 3ab^2 + b^3$ with $a = 2x$, $b = -1$.

    $a^3 = 8x^3$, $3a^2b = 3\cdot4x^2\cdot(-1) = -12x^2$, $3ab^2 = 3\cdot2x\cdot1 = 6x$, $b^3 = -1$.

    So $(2x-1)^3 = 8x^3 - 12x^2 + 6x - 1$. Wait, let me recheck the sign of the constant: $(-1)^3 = -1$. Check at
    $x = 1$: $(1)^3 = 1$ and $8 - 12 + 6 - 1 = 1$ ✓; at $x = 0$: $-1$ ✓.
    """,
    bad=r"""
    With $a = 2x$ and $b = -1$ I got $8x^3 - 12x^2 + 6x - 1$. But the last term is $b^3$, and cubing removes the
    sign... no: the last term is really $b$ squared times $b$, and squaring gives $+1$ first, so the constant is
    $+1$.

    So $(2x-1)^3 = 8x^3 - 12x^2 + 6x + 1$.
    """,
    bad_answer="8x^3 - 12x^2 + 6x + 1",
    fix=r"""$b^3 = (-1)^3 = -1$; an odd power keeps the sign. At $x = 0$ the left side is $(-1)^3 = -1$, so the
    constant is $-1$: $8x^3 - 12x^2 + 6x - 1$.""",
    slip=r"""In the middle terms I forgot that $a^2 = (2x)^2$ should only square the $x$ when multiplied by the
    binomial coefficient, so $3a^2b = -6x^2$: the expansion is $8x^3 - 6x^2 + 6x - 1$.""",
    slip_answer="8x^3 - 6x^2 + 6x - 1",
    other=r"""
    Cube each term: $(2x)^3 = 8x^3$ and $(-1)^3 = -1$. The cross terms cancel in pairs for an odd power.

    So $(2x - 1)^3 = 8x^3 - 1$.
    """,
    other_answer="8x^3 - 1",
    forms=["8x^3 - 12x^2 + 6x - 1", "-1 + 6x - 12x^2 + 8x^3", "8x^{3}-12x^{2}+6x-1"],
    cut=(1, r"""Now $a^3 = 8x^3$, and $3a^2b = 3\cdot4x^2\cdot(-1) ="""),
)

# Q: Find k so that x - 2 is a factor of x^3 + kx^2 - 4x + 4.
_problem(
    "polynomials",
    "k = -1",
    good=r"""
    By the factor theorem, $x - 2$ is a factor exactly when $p(2) = 0$.

    $p(2) = 8 + 4k - 8 + 4 = 4k + 4$. Setting it to zero: $k = -1$.

    Wait, let me recheck by plugging in $x = -2$ by mistake versus $x = 2$: the factor $x - 2$ corresponds to the
    root $2$, so $p(2)$ is right. Check: $x^3 - x^2 - 4x + 4 = x^2(x - 1) - 4(x - 1) = (x-1)(x-2)(x+2)$ ✓.
    """,
    bad=r"""
    Factor theorem: I first used $x = 2$ and got $k = -1$. But the factor $x - 2$ has the number $-2$ in it, so I
    think the root to use is $-2$, and the condition is $p(-2) = 0$.

    $p(-2) = (-2)^3 + k(-2)^2 - 4(-2) + 4 = -8 + 4k - 8 + 4 = 4k - 12$, so $k = 3$.
    """,
    bad_answer="k = 3",
    fix=r"""The factor $x - 2$ vanishes at $x = 2$, so the condition is $p(2) = 0$ (and $-4\cdot(-2)$ would be
    $+8$ anyway). $p(2) = 8 + 4k - 8 + 4 = 4k + 4 = 0$ gives $k = -1$, and then the polynomial factors as
    $(x-1)(x-2)(x+2)$.""",
    slip=r"""Hmm, in $p(2)$ the term $kx^2$ gives $2k$, not $4k$, so $2k + 4 = 0$ and $k = -2$.""",
    slip_answer="k = -2",
    other=r"""
    Substitute $x = 2$: the terms are $2^3 = 8$, $k\cdot 2 = 2k$, $-4\cdot 2 = -8$ and $4$.

    So $8 + 2k - 8 + 4 = 2k + 4 = 0$, and $k = -2$.
    """,
    other_answer="k = -2",
    forms=["k = -1", "-1", "k=-1"],
    cut=(1, r"""Computing, $p(2) = 2^3 + k\cdot 2^2 - 4\cdot 2 + 4 ="""),
)


# ---------------------------------------------------------------- logarithms and exponentials

# Q: Solve 2^x = 3 exactly.
_problem(
    "logs_exponentials",
    r"\log_2 3",
    good=r"""
    Take logarithms of both sides: $x\ln 2 = \ln 3$, so $x = \frac{\ln 3}{\ln 2}$.

    By the change-of-base formula this is $\log_2 3$. Wait, let me recheck the orientation: $\log_b a =
    \frac{\ln a}{\ln b}$, and here the base is 2 and the argument 3, so $\frac{\ln 3}{\ln 2}$ ✓, not $\frac{\ln
    2}{\ln 3} = \log_3 2$.

    Check: $\frac{\ln 3}{\ln 2} \approx \frac{1.0986}{0.6931} \approx 1.585$, and $2^{1.585} \approx 3.0$ ✓; also it
    lies between 1 and 2, as it must since $2 < 3 < 4$.
    """,
    bad=r"""
    Taking natural logs gives $x\ln 2 = \ln 3$, i.e. $x = \frac{\ln 3}{\ln 2} = \log_2 3$.

    Hmm, the change-of-base formula puts the base in the numerator, I believe: $\log_b a = \frac{\ln b}{\ln a}$. So
    the exact answer written as a single logarithm is $\log_3 2$.
    """,
    bad_answer=r"\log_3 2",
    fix=r"""$\log_3 2 \approx 0.63$, and $2^{0.63} \approx 1.55 \ne 3$. The formula is $\log_b a = \frac{\ln a}{\ln
    b}$, so $x = \frac{\ln 3}{\ln 2} = \log_2 3 \approx 1.585$.""",
    slip=r"""When dividing by $\ln 2$ I should have flipped the fraction, since $x$ multiplies $\ln 2$ on the
    left, so $x = \frac{\ln 2}{\ln 3}$.""",
    slip_answer=r"\frac{\ln 2}{\ln 3}",
    other=r"""
    Since $2^1 = 2$ and $2^2 = 4$, and $3$ is the average of... well, $3$ is $\frac{3}{2}$ times $2$, the
    exponent should be $\frac{3}{2}$.

    Check: $2^{1.5} = 2\sqrt2 \approx 2.83$, close to 3. So $x = \frac32$.
    """,
    other_answer=r"\frac{3}{2}",
    forms=[r"\log_2 3", r"\frac{\ln 3}{\ln 2}", r"\frac{\log 3}{\log 2}", r"x = \log_{2}(3)"],
    cut=(0, r"""Take logarithms of both sides: $x\ln 2 = \ln 3$, so dividing both sides by"""),
)

# Q: Solve log_2 x + log_2 (x - 2) = 3.
_problem(
    "logs_exponentials",
    "x = 4",
    good=r"""
    Domain: $x > 0$ and $x - 2 > 0$, so $x > 2$.

    Combine: $\log_2[x(x-2)] = 3$, so $x(x - 2) = 8$, i.e. $x^2 - 2x - 8 = 0$, $(x - 4)(x + 2) = 0$. Candidates $x
    = 4$ and $x = -2$.

    Wait, let me recheck $x = -2$ against the domain: $\log_2(-2)$ is undefined, so reject it. Check $x = 4$:
    $\log_2 4 + \log_2 2 = 2 + 1 = 3$ ✓.
    """,
    bad=r"""
    Combining the logs, $x(x-2) = 8$, so $x = 4$ or $x = -2$. I was going to reject $-2$, but the product
    $x(x-2) = (-2)(-4) = 8$ is positive, so the combined log $\log_2 8 = 3$ is fine.

    So both values solve the equation: $x = 4$ or $x = -2$.
    """,
    bad_answer=r"x = 4 \text{ or } x = -2",
    fix=r"""The original equation has $\log_2 x$ and $\log_2(x-2)$ separately, and both need positive arguments;
    at $x = -2$ they are $\log_2(-2)$ and $\log_2(-4)$, undefined. Combining the logs enlarged the domain. Only $x
    = 4$ remains.""",
    slip=r"""The equation $x(x-2) = 8$ came from exponentiating, and I should have used $2^3 = 6$... no, it's
    $x(x - 2) = 2\cdot 3 = 6$, since the log turns products into sums: $x^2 - 2x - 6 = 0$, giving $x = 1 +
    \sqrt{7}$.""",
    slip_answer=r"x = 1 + \sqrt{7}",
    other=r"""
    Add the arguments: $\log_2 x + \log_2(x-2) = \log_2(2x - 2) = 3$.

    So $2x - 2 = 8$ and $x = 5$. Check the domain: $5 > 2$ ✓.
    """,
    other_answer="x = 5",
    forms=["x = 4", "4", r"\{4\}"],
    cut=(1, r"""Combine: $\log_2[x(x-2)] = 3$, so $x(x - 2) ="""),
)

# Q: Solve e^{2x} - 3e^x + 2 = 0.
_problem(
    "logs_exponentials",
    r"x = 0 \text{ or } x = \ln 2",
    good=r"""
    Let $u = e^x > 0$: $u^2 - 3u + 2 = 0$, so $(u - 1)(u - 2) = 0$ and $u = 1$ or $u = 2$.

    Back-substitute: $e^x = 1$ gives $x = 0$; $e^x = 2$ gives $x = \ln 2$.

    Wait, let me recheck that I don't stop at the $u$-values: the solutions are in $x$. Check: $x = 0$: $1 - 3 + 2 =
    0$ ✓; $x = \ln 2$: $4 - 6 + 2 = 0$ ✓.
    """,
    bad=r"""
    With $u = e^x$: $u = 1$ or $u = 2$, i.e. $x = 0$ or $x = \ln 2$.

    But the problem asks for the solutions of the quadratic in $e^x$, and I think the values of $e^x$ are what's
    wanted, since $x = 0$ and $x = \ln 2$ are just their logarithms. So the solutions are $1$ and $2$.
    """,
    bad_answer=r"x = 1 \text{ or } x = 2",
    fix=r"""The unknown is $x$, and $x = 1$ gives $e^2 - 3e + 2 \approx 7.39 - 8.15 + 2 = 1.24 \ne 0$. The values
    $1$ and $2$ are $e^x$, so $x = 0$ or $x = \ln 2$.""",
    slip=r"""The root $u = 1$ gives $x = \ln 1$, which is a trivial solution that doesn't really involve the
    exponential, so the meaningful solution is $x = \ln 2$.""",
    slip_answer=r"x = \ln 2",
    other=r"""
    Take logs term by term: $2x - \ln 3 - x + \ln 2 = 0$... that is $x = \ln 3 - \ln 2$.

    So $x = \ln\frac{3}{2}$.
    """,
    other_answer=r"x = \ln\frac{3}{2}",
    forms=[r"x = 0 \text{ or } x = \ln 2", r"\{0, \ln 2\}", r"x = \ln 2, 0"],
    cut=(1, r"""Back-substitute: $e^x = 1$ gives"""),
)

# Q: Solve 3^{x+1} = 5^x exactly.
_problem(
    "logs_exponentials",
    r"\frac{\ln 3}{\ln 5 - \ln 3}",
    good=r"""
    Take natural logs: $(x + 1)\ln 3 = x\ln 5$.

    Collect $x$: $x\ln 5 - x\ln 3 = \ln 3$, so $x(\ln 5 - \ln 3) = \ln 3$ and $x = \frac{\ln 3}{\ln 5 - \ln 3}$.

    Wait, let me recheck the sign: moving $x\ln 3$ to the right gives $\ln 5 - \ln 3$ in the denominator, which is
    positive, and $x$ should be positive since $5^x$ needs to catch up with $3\cdot 3^x$. Numerically $x \approx
    \frac{1.0986}{0.5108} \approx 2.151$; $3^{3.151} \approx 31.9$ and $5^{2.151} \approx 31.9$ ✓.
    """,
    bad=r"""
    Logs: $(x+1)\ln 3 = x\ln 5$, so $x\ln 3 + \ln 3 = x\ln 5$. I had $x = \frac{\ln 3}{\ln 5 - \ln 3}$, but let me
    collect on the left instead: $x\ln 3 - x\ln 5 = \ln 3$.

    Hmm, that should be $-\ln 3$ on the right... I'll keep it as is: $x = \frac{\ln 3}{\ln 3 - \ln 5}$.
    """,
    bad_answer=r"\frac{\ln 3}{\ln 3 - \ln 5}",
    fix=r"""Moving $\ln 3$ to the right changes its sign: $x\ln 3 - x\ln 5 = -\ln 3$, so $x = \frac{-\ln 3}{\ln 3
    - \ln 5} = \frac{\ln 3}{\ln 5 - \ln 3} \approx 2.151$, which checks; the other version is negative, and $3^{x+1}
    > 5^x$ for negative $x$.""",
    slip=r"""The $+1$ in the exponent contributes $\ln 3$ on the left, but I should also have a matching term on
    the right, so the numerator should be $\ln 5$: $x = \frac{\ln 5}{\ln 5 - \ln 3}$.""",
    slip_answer=r"\frac{\ln 5}{\ln 5 - \ln 3}",
    other=r"""
    Write both sides with the same exponent: $3^{x+1} = 3\cdot 3^x$, so $3\cdot3^x = 5^x$ gives $\left(\frac53\right)^x
    = 3$.

    So $x = \frac{3}{5/3} = \frac{9}{5}$.
    """,
    other_answer=r"\frac{9}{5}",
    forms=[
        r"\frac{\ln 3}{\ln 5 - \ln 3}",
        r"\frac{\ln 3}{\ln(5/3)}",
        r"\log_{5/3} 3",
        r"x = \frac{\log 3}{\log 5 - \log 3}",
    ],
    cut=(1, r"""Collect the $x$ terms on one side: $x\ln 5 - x\ln 3 ="""),
)


# ---------------------------------------------------------------- inverse functions

# Q: Find the inverse of f(x) = 3x + 4.
_problem(
    "inverse_functions",
    r"f^{-1}(x) = \frac{x-4}{3}",
    good=r"""
    Write $y = 3x + 4$ and solve for $x$: $y - 4 = 3x$, so $x = \frac{y - 4}{3}$.

    Swap the names: $f^{-1}(x) = \frac{x - 4}{3}$. I briefly wrote $\frac{x+4}{3}$, but wait: subtracting 4 undoes
    adding 4.

    Check: $f(f^{-1}(x)) = 3\cdot\frac{x-4}{3} + 4 = x$ ✓, and $f^{-1}(f(1)) = f^{-1}(7) = \frac{3}{3} = 1$ ✓.
    """,
    bad=r"""
    From $y = 3x + 4$ I got $x = \frac{y-4}{3}$. But the inverse reverses the operations: $f$ multiplies by 3 and
    adds 4, so the inverse divides by 3 and then subtracts 4.

    So $f^{-1}(x) = \frac{x}{3} - 4$.
    """,
    bad_answer=r"f^{-1}(x) = \frac{x}{3} - 4",
    fix=r"""Reversing the operations means undoing the last one first: subtract 4, then divide by 3, which is
    $\frac{x - 4}{3}$. Check: $f^{-1}(7)$ should be 1, and $\frac{7}{3} - 4 \ne 1$ while $\frac{7-4}{3} = 1$.""",
    slip=r"""The inverse of adding 4 is adding $-4$, but the inverse of multiplying by 3 is multiplying by $-3$,
    so $f^{-1}(x) = -3(x - 4)$... hmm, or rather the reciprocal; I'll keep it as $f^{-1}(x) = \frac{x+4}{3}$.""",
    slip_answer=r"f^{-1}(x) = \frac{x+4}{3}",
    other=r"""
    The inverse of a linear function $mx + b$ is $\frac{1}{mx + b}$.

    So $f^{-1}(x) = \frac{1}{3x + 4}$.
    """,
    other_answer=r"f^{-1}(x) = \frac{1}{3x+4}",
    forms=[
        r"f^{-1}(x) = \frac{x-4}{3}",
        r"\frac{x-4}{3}",
        r"\frac{x}{3} - \frac{4}{3}",
        r"f^{-1}(x) = \tfrac13(x-4)",
    ],
    cut=(
        0,
        r"""Write $y = 3x + 4$ and solve for $x$: subtracting 4 from both sides gives $y - 4 = 3x$, and dividing
        by""",
    ),
)

# Q: Find the inverse of f(x) = (2x + 1) / (x - 3).
_problem(
    "inverse_functions",
    r"f^{-1}(x) = \frac{3x+1}{x-2}",
    good=r"""
    Set $y = \frac{2x+1}{x-3}$. Then $y(x - 3) = 2x + 1$, so $xy - 3y = 2x + 1$.

    Collect $x$: $xy - 2x = 3y + 1$, so $x(y - 2) = 3y + 1$ and $x = \frac{3y+1}{y-2}$. Hence $f^{-1}(x) =
    \frac{3x+1}{x-2}$.

    Wait, let me recheck with a value: $f(0) = \frac{1}{-3} = -\frac13$, and $f^{-1}\left(-\frac13\right) =
    \frac{-1 + 1}{-\frac13 - 2} = 0$ ✓. Also $f(4) = 9$ and $f^{-1}(9) = \frac{28}{7} = 4$ ✓.
    """,
    bad=r"""
    Solving $y(x-3) = 2x+1$ gave $x = \frac{3y+1}{y-2}$. Hmm, but I moved $-3y$ across, which should change its
    sign to $+3y$... and then the $+1$ also crosses and becomes $-1$.

    So $x(y - 2) = 3y - 1$, and $f^{-1}(x) = \frac{3x - 1}{x - 2}$.
    """,
    bad_answer=r"f^{-1}(x) = \frac{3x-1}{x-2}",
    fix=r"""Only the $-3y$ moves across; the $+1$ was already on the right side with $2x$: $xy - 2x = 3y + 1$.
    Check: $f(4) = 9$, and $\frac{3\cdot9 - 1}{7} = \frac{26}{7} \ne 4$, while $\frac{28}{7} = 4$. So $f^{-1}(x) =
    \frac{3x+1}{x-2}$.""",
    slip=r"""The inverse function should undo $f$, and the simplest function that undoes a fraction is its
    reciprocal, $\frac{x-3}{2x+1}$.""",
    slip_answer=r"f^{-1}(x) = \frac{x-3}{2x+1}",
    other=r"""
    Swap the roles of the coefficients: for $\frac{ax+b}{cx+d}$ the inverse is $\frac{dx + b}{cx - a}$.

    Here $a = 2$, $b = 1$, $c = 1$, $d = -3$: $f^{-1}(x) = \frac{-3x + 1}{x - 2} = \frac{1 - 3x}{x - 2}$.
    """,
    other_answer=r"f^{-1}(x) = \frac{1-3x}{x-2}",
    forms=[r"f^{-1}(x) = \frac{3x+1}{x-2}", r"\frac{3x+1}{x-2}", r"\frac{-3x-1}{2-x}", r"\frac{1+3x}{x-2}"],
    cut=(1, r"""Collect the terms with $x$ on the left: $xy - 2x ="""),
)

# Q: Find the inverse of f(x) = e^{2x} - 1.
_problem(
    "inverse_functions",
    r"f^{-1}(x) = \frac{1}{2}\ln(x+1)",
    good=r"""
    Set $y = e^{2x} - 1$. Then $y + 1 = e^{2x}$, so $2x = \ln(y + 1)$ and $x = \frac12\ln(y+1)$.

    So $f^{-1}(x) = \frac12\ln(x+1)$, defined for $x > -1$ (the range of $f$).

    Wait, let me recheck the order of undoing: I add 1 first (undoing the $-1$), then take $\ln$, then halve; I
    shouldn't write $\frac12\ln x + 1$. Check: $f(\ln 3) = 9 - 1 = 8$ and $\frac12\ln 9 = \ln 3$ ✓.
    """,
    bad=r"""
    From $y + 1 = e^{2x}$ I get $x = \frac12\ln(y + 1)$. Hmm, but the exponent $2x$ means I should multiply the
    logarithm by 2 to undo the halving... the exponent doubles $x$, so the inverse doubles the log.

    So $f^{-1}(x) = 2\ln(x+1)$.
    """,
    bad_answer=r"f^{-1}(x) = 2\ln(x+1)",
    fix=r"""The exponent multiplies $x$ by 2, so the inverse divides by 2: from $2x = \ln(y+1)$, $x =
    \frac12\ln(y+1)$. Check: $f(\ln 3) = 8$, and $2\ln 9 \ne \ln 3$ while $\frac12\ln 9 = \ln 3$.""",
    slip=r"""Since $f$ subtracts 1 at the end, the inverse should subtract 1 inside the logarithm, so
    $f^{-1}(x) = \frac12\ln(x - 1)$.""",
    slip_answer=r"f^{-1}(x) = \frac{1}{2}\ln(x-1)",
    other=r"""
    The inverse of $e^{u}$ is $\ln u$, applied to the whole expression: $f^{-1}(x) = \ln(x^{2}) - 1$... with the
    2 brought down in front.

    So $f^{-1}(x) = 2\ln x - 1$.
    """,
    other_answer=r"f^{-1}(x) = 2\ln x - 1",
    forms=[
        r"f^{-1}(x) = \frac{1}{2}\ln(x+1)",
        r"\frac{\ln(x+1)}{2}",
        r"\ln\sqrt{x+1}",
        r"f^{-1}(x) = \tfrac12 \ln(1 + x)",
    ],
    cut=(
        0,
        r"""Set $y = e^{2x} - 1$. Adding 1 to both sides gives $y + 1 = e^{2x}$, and taking the natural
    logarithm of both sides,""",
    ),
)


# ---------------------------------------------------------------- systems of equations

# Q: Solve the system 2x + y = 3, x - y = 3.
_problem(
    "systems",
    "(x, y) = (2, -1)",
    good=r"""
    Add the equations to eliminate $y$: $3x = 6$, so $x = 2$.

    Substitute into $x - y = 3$: $2 - y = 3$, so $y = -1$. I first wrote $y = 1$, but wait: $2 - y = 3$ means $-y
    = 1$.

    Check in the first equation: $2\cdot2 + (-1) = 3$ ✓; in the second: $2 - (-1) = 3$ ✓.
    """,
    bad=r"""
    Adding gives $3x = 6$, $x = 2$, and then $y = -1$, so $(2, -1)$.

    Hmm, but I should double check which variable is which in the ordered pair: the second equation is written $x
    - y$, and solving it for the first unknown... I'll list the pair as $x = -1$, $y = 2$.
    """,
    bad_answer=r"x = -1,\ y = 2",
    fix=r"""Checking $x = -1$, $y = 2$ in $2x + y = 3$: $-2 + 2 = 0 \ne 3$. The solution is $x = 2$, $y = -1$:
    $4 - 1 = 3$ ✓ and $2 + 1 = 3$ ✓.""",
    slip=r"""In the substitution, $2 - y = 3$ gives $y = 3 - 2 = 1$, so the solution is $(2, 1)$.""",
    slip_answer="(x, y) = (2, 1)",
    other=r"""
    Subtract the equations: $(2x + y) - (x - y) = 3 - 3$, so $x + 2y = 0$... and with $x - y = 3$, subtracting
    again gives $3y = 3$, so $y = 1$ and $x = 4$.

    Check: $x - y = 3$ ✓.
    """,
    other_answer="(x, y) = (4, 1)",
    forms=["(x, y) = (2, -1)", r"x = 2,\ y = -1", "(2,-1)", r"y = -1,\ x = 2"],
    cut=(1, r"""Substitute into $x - y = 3$: $2 - y = 3$, so"""),
)

# Q: Solve x + y + z = 6, x - y + z = 2, 2x + y - z = 1.
_problem(
    "systems",
    "(x, y, z) = (1, 2, 3)",
    good=r"""
    Subtract the second equation from the first: $2y = 4$, so $y = 2$.

    Then $x + z = 4$ and $2x - z = 1 - 2 = -1$. Adding: $3x = 3$, so $x = 1$ and $z = 3$.

    Wait, let me recheck the third equation with these values, since I first mistakenly used $2x + z$: $2 + 2 -
    3 = 1$ ✓. Also $1 + 2 + 3 = 6$ ✓ and $1 - 2 + 3 = 2$ ✓.
    """,
    bad=r"""
    From the first two, $y = 2$, and then $x + z = 4$, $2x - z = -1$, giving $x = 1$, $z = 3$, so $(1, 2, 3)$.

    Hmm, the third equation has $-z$, and I think I should have written $2x - z = 1 + 2$ after moving $y$ over;
    then $3x = 7$... that's not an integer, so maybe the intended triple is in reverse order: $(3, 2, 1)$.
    """,
    bad_answer="(x, y, z) = (3, 2, 1)",
    fix=r"""Check $(3, 2, 1)$: $x - y + z = 3 - 2 + 1 = 2$ ✓ but $2x + y - z = 6 + 2 - 1 = 7 \ne 1$. Moving $y$
    over gives $2x - z = 1 - 2 = -1$, so $x = 1$, $z = 3$, and $(1, 2, 3)$ satisfies all three equations.""",
    slip=r"""From $x + z = 4$ and $2x - z = -1$, subtracting instead of adding gives $-x + 2z = 5$; with $x = 1$,
    $z = 3$... but the sign of $z$ in the third equation is negative, so $z = -3$: the solution is $(1, 2, -3)$.""",
    slip_answer="(x, y, z) = (1, 2, -3)",
    other=r"""
    Subtract the second equation from the first: the $x$ terms cancel, and so do the $y$ terms... leaving $2z =
    4$, so $z = 2$.

    Then $x + y = 4$ and $2x + y = 3$, so subtracting, $x = -1$ and $y = 5$.
    """,
    other_answer="(x, y, z) = (-1, 5, 2)",
    forms=["(x, y, z) = (1, 2, 3)", r"x = 1,\ y = 2,\ z = 3", "(1,2,3)"],
    cut=(1, r"""Then $x + z = 4$ and $2x - z = 1 - 2 = -1$. Adding these two equations gives"""),
)

# Q: Find all intersection points of y = x^2 and y = x + 2.
_problem(
    "systems",
    "(-1, 1), (2, 4)",
    good=r"""
    Set $x^2 = x + 2$: $x^2 - x - 2 = 0$, $(x - 2)(x + 1) = 0$, so $x = 2$ or $x = -1$.

    The $y$-values: $x = 2$ gives $y = 4$; $x = -1$ gives $y = 1$.

    Wait, let me recheck $y$ at $x = -1$ with both curves: $(-1)^2 = 1$ and $-1 + 2 = 1$ ✓; at $x = 2$: $4$ and $4$
    ✓. So the points are $(-1, 1)$ and $(2, 4)$.
    """,
    bad=r"""
    $x^2 - x - 2 = 0$ gives $x = 2$ or $x = -1$, so the points are $(-1, 1)$ and $(2, 4)$.

    Hmm, but the line $y = x + 2$ meets the parabola from above only once on the right branch; the left crossing at
    $x = -1$ is where the line enters, which counts as the tangency side... so I'll keep only $(2, 4)$.
    """,
    bad_answer="(2, 4)",
    fix=r"""There is no tangency: the discriminant of $x^2 - x - 2$ is $9 > 0$, so there are two distinct
    crossings, and both $(-1, 1)$ and $(2, 4)$ lie on both curves.""",
    slip=r"""Writing the points with the coordinates in the order they were solved for, $y$ first from the
    parabola then $x$: the intersections are $(1, -1)$ and $(4, 2)$.""",
    slip_answer="(1, -1), (4, 2)",
    other=r"""
    Set $x^2 = x + 2$, so $x^2 + x - 2 = 0$, $(x + 2)(x - 1) = 0$: $x = -2$ or $x = 1$.

    Then $y = x^2$ gives $(-2, 4)$ and $(1, 1)$.
    """,
    other_answer="(-2, 4), (1, 1)",
    forms=["(-1, 1), (2, 4)", r"\{(-1,1),\ (2,4)\}", r"(2, 4) \text{ and } (-1, 1)"],
    cut=(1, r"""The $y$-values: $x = 2$ gives $y = 2^2 ="""),
)


assert len(THIRTYFOURTH) == 469
assert _TALLY["problems"] == 49 and len(_CATEGORIES) == 12
assert _TALLY[C] == 231 and _TALLY[T] == 42
assert _TALLY[H] == 131 and _TALLY[P] == 65
assert sum(1 for row in THIRTYFOURTH if row[3] == W) == 196
assert len(set(THIRTYFOURTH)) == len(THIRTYFOURTH)
