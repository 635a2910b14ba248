"""THIRTYSEVENTH: a held-out batch of labelled answer-verification pairs on calculus, algebra and words (issue 12).

Written on 2026-12-04 by a helper session (branch h/batch37) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style, and the last 30 lines of outside_twentyninth.py, for the closing
asserts), and without running longcot, math-verify or any other grader on any pair. Every pair was labelled by
hand (python used by hand only to check arithmetic); pairs a reasonable grader could label either way (bare
decimals for exact constants, answers in other units, ambiguous notation such as `\\cos x^2`, endpoint types
where both readings are defensible, a missing `+ C`) were left out. Committed before any grading run, so its
first run is an out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Theme: a mix
of antiderivatives with `+ C`, derivatives and their values at points, limits (including "does not exist" and
one-sided limits), equations with several roots, linear and nonlinear systems (including "no solution" and
"infinitely many solutions"), inequalities and intervals, multi-part golds (`(a)\\ 6;\\ (b)\\ 10`, named
`\\text{mean } 7,\\ \\text{median } 6`, `\\gcd = 4,\\ \\operatorname{lcm} = 48`, `a = 3,\\ b = -10`), yes/no and
true/false verdicts, word answers (who wins, a triangle type, a shape) and multiple-choice letters.
Each response models a long chain of thought (set-up, a wrong turn or a doubt, "Wait, let me recheck", a check)
and ends in one of ten styles: a boxed sentence, a display box under **Final Answer**, "The answer is", a bold
**Answer:** line, Minerva's "Final Answer: The final answer is $x$. I hope it is correct.", GSM8K `#### x`, a
"### Final Answer" heading, DeepSeek-R1 `<think>`...`</think>` then a summary and a display box, a box followed by
a remark, and a closing prose sentence; besides these, labelled answer lines ("(a) ...", "(b) ...") and closing
sentences in words ("**No.** 221 = 13 x 17 ...").
Correct rows vary the form: renamed constants (`K`, `C_1`) and antiderivatives differing by a constant
(`-\\frac{1}{2}\\cos^2 x` for `\\frac{1}{2}\\sin^2 x`, `\\ln\\frac{x^2+4}{4}` for `\\ln(x^2+4)`), factored and
expanded derivatives, `f'(x) =` and `x =` prefixes, roots as sets, lists, `\\pm` and "or" sentences in any order,
systems as tuples or as labelled equations in any order, inequalities for intervals and set-builder notation,
multi-part answers reordered with their labels or given as labelled lines or sentences, verdict words in bold with
a justification, option letters with or without their values, and an earlier wrong box overruled by a later final
answer (the last stated final answer wins).
Negatives lean on precision: a sign, a factor of 2 or 3, a missing chain-rule factor, a missing or an extra root,
a swapped tuple, a closed endpoint for an open one, a union for an interval, swapped labels in a multi-part
answer, one part off, the opposite verdict, the neighbouring triangle type or option letter. About two thirds of
the negatives are hard: the flawed reasoning states the gold as a candidate and then overrules it, or a right box
is followed by a recheck that ends on a wrong answer. Each problem has a worked reasoning (`g`), a flawed one that
passes through the gold (`b`, ending on `wb`) and a flawed one without it (`e`, ending on `we`); `fix` turns the
`e` box into the gold, `brk` turns a right box into `wb`, and `cut` is where a truncated row stops after the
first paragraph of `g`. Rows are added per problem through `_add`, which tags each negative as hard (H) or plain
(P) in `_TALLY`; the question itself is not part of the row, and the comment above each problem states it.
56 problems in 10 categories (antiderivative 6, derivative 5, limit 5, roots 5, system 5, interval 6, multipart 6,
yesno 6, word 6, choice 6); 471 rows: 235 correct, 191 incorrect, 45 truncated. Of the 191 negatives, 135 are hard
(the `b` reasoning, twice with different endings in two problems of every five, or a right box overruled by `brk`)
and 56 plain (the `e` reasoning)."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

THIRTYSEVENTH: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()

_SUMMARY = (
    "I set the problem up, worked through it step by step, caught one slip along the way, and checked the "
    "result against the original statement."
)


def _add(category: str, gold: str, rows: list[tuple[str, str]]) -> None:
    """One problem: each row is (tag, response); tags H and P are hard and plain negatives."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    for tag, response in rows:
        _TALLY[tag] += 1
        THIRTYSEVENTH.append((category, gold, response, W if tag in (H, P) else tag))


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _end(r: str, a: str, k: int) -> str:
    """Close reasoning `r` with answer `a` in style `k % 10`; `~` marks a closing sentence, `L:` labelled lines."""
    if a.startswith("~"):
        return r + "\n\n" + a[1:]
    if a.startswith("L:"):
        return r + "\n\nFinal answers:\n" + "\n".join(a[2:].split(" | "))
    k %= 10
    if k == 0:
        return r + "\n\nTherefore, the answer is $\\boxed{" + a + "}$."
    if k == 1:
        return r + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"
    if k == 2:
        return r + "\n\nThe answer is $" + a + "$."
    if k == 3:
        return r + "\n\n**Answer:** $" + a + "$"
    if k == 4:
        return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."
    if k == 5:
        return r + "\n#### " + a
    if k == 6:
        return r + "\n\n### Final Answer\n$\\boxed{" + a + "}$"
    if k == 7:
        return "<think>\n" + r + "\n</think>\n\n" + _SUMMARY + "\n\n**Final Answer**\n\\[\n\\boxed{" + a + "}\n\\]"
    if k == 8:
        return r + "\n\n$$\\boxed{" + a + "}$$\n\nLet me know if you would like the same steps done another way!"
    return r + "\n\nPutting everything together, the final result is $" + a + "$."


def _two(r: str, first: str, fix: str, final: str, k: int) -> str:
    """An earlier box, a recheck paragraph, then the final answer; the last stated final answer wins."""
    return _end(r + "\n\nSo the answer is $\\boxed{" + first + "}$.\n\nWait, let me recheck. " + _t(fix), final, k)


def _half(r: str, cut: str) -> str:
    """The first paragraph of a reasoning, then an unfinished line: no final answer is stated."""
    return r.split("\n\n")[0] + "\n\n" + _t(cut)


def _problem(category: str, gold: str, forms: list[str], **p: str) -> None:
    """All rows of one problem, from its reasoning texts and answers (see the module docstring)."""
    i = _TALLY["problems"]
    g, b, e = _t(p["g"]), _t(p["b"]), _t(p["e"])
    rows = [(C, _end(g, f, i + 3 * j)) for j, f in enumerate(forms[:-1])]
    rows.append((C, _two(e, p["we"], p["fix"], forms[-1], i + 6)))
    rows.append((H, _end(b, p["wb"], i + 1)))
    rows.append((H, _two(g, gold, p["brk"], p["wb"], i + 5)))
    if i % 5 in (0, 1):
        rows.append((H, _end(b, p["wb"], i + 7)))
    rows.append((P, _end(e, p["we"], i + 2)))
    if i % 5 != 4:
        rows.append((T, _half(g, p["cut"])))
    _add(category, gold, rows)


# --- antiderivatives -------------------------------------------------------------------------------------------

# Find the indefinite integral of 3x^2 + 4x - 5 with respect to x.
_problem(
    "antiderivative",
    r"x^3 + 2x^2 - 5x + C",
    [
        r"x^{3}+2x^{2}-5x+C",
        r"2x^2 + x^3 - 5x + K",
        r"x(x^2 + 2x - 5) + C",
        r"x^3 + 2x^2 - 5x + C_1",
        r"\int (3x^2 + 4x - 5)\,dx = x^3 + 2x^2 - 5x + C",
    ],
    g=r"""
    We integrate term by term with the power rule $\int x^n\,dx = \frac{x^{n+1}}{n+1}$. The integrand has three
    terms, $3x^2$, $4x$ and the constant $-5$, so I will handle each one and add a single constant at the end.

    For $3x^2$: $3 \cdot \frac{x^3}{3} = x^3$. For $4x$: $4 \cdot \frac{x^2}{2} = 2x^2$. Hmm, at first I wrote
    $4x^2$ here, but that forgets to divide by the new exponent. Wait, let me recheck: $\frac{4}{2} = 2$, so it
    is $2x^2$. For $-5$: $-5x$.

    Check by differentiating: $\frac{d}{dx}(x^3 + 2x^2 - 5x) = 3x^2 + 4x - 5$, which is the integrand. So the
    antiderivative is $x^3 + 2x^2 - 5x$ plus an arbitrary constant.
    """,
    b=r"""
    Term by term: $3x^2 \to x^3$, $4x \to 2x^2$, $-5 \to -5x$, which would give $x^3 + 2x^2 - 5x + C$.

    Wait, let me recheck the middle term. The power rule raises the exponent, so $4x = 4x^1$ becomes $4x^2$; the
    coefficient stays 4 because only the exponent changes. So the middle term should be $4x^2$, and the
    antiderivative is $x^3 + 4x^2 - 5x + C$.
    """,
    wb=r"x^3 + 4x^2 - 5x + C",
    e=r"""
    Integrate each term: $3x^2$ gives $x^3$ and $4x$ gives $2x^2$.

    The constant term $-5$ integrates to $5x$ (the sign flips when we integrate a negative constant), so the
    result is $x^3 + 2x^2 + 5x + C$.
    """,
    we=r"x^3 + 2x^2 + 5x + C",
    fix=r"""The sign does not flip: $\int -5\,dx = -5x$, since $\frac{d}{dx}(-5x) = -5$. With that corrected,
    differentiating $x^3 + 2x^2 - 5x$ gives back $3x^2 + 4x - 5$.""",
    brk=r"""Actually the power rule only moves the exponent up; I divided the 4 by 2 for no reason. So the middle
    term is $4x^2$ and the antiderivative is $x^3 + 4x^2 - 5x + C$.""",
    cut=r"For $3x^2$ the power rule gives $3 \cdot \frac{x^3}{3}$, and for $4x$ it gives $4 \cdot",
)

# Find the indefinite integral of x e^x with respect to x.
_problem(
    "antiderivative",
    r"(x - 1)e^x + C",
    [
        r"xe^x - e^x + C",
        r"e^{x}(x-1) + K",
        r"x e^{x} - e^{x} + C",
        r"(x-1)e^{x} + C",
    ],
    g=r"""
    This is a product of a polynomial and an exponential, so integration by parts is the natural tool. Take
    $u = x$ and $dv = e^x\,dx$, so that $du = dx$ and $v = e^x$.

    Then $\int x e^x\,dx = x e^x - \int e^x\,dx = x e^x - e^x$. I briefly wrote $x e^x + e^x$, but the formula is
    $uv - \int v\,du$ with a minus sign. Wait, let me recheck by differentiating the corrected version.

    $\frac{d}{dx}\big(x e^x - e^x\big) = e^x + x e^x - e^x = x e^x$. That matches, so the antiderivative is
    $(x - 1)e^x$ plus a constant.
    """,
    b=r"""
    By parts with $u = x$, $dv = e^x\,dx$: $\int x e^x\,dx = x e^x - \int e^x\,dx = x e^x - e^x$, i.e.
    $(x - 1)e^x + C$.

    Wait, let me recheck by differentiating: $\frac{d}{dx}\big((x - 1)e^x\big) = e^x - (x - 1)e^x$... that is
    not $x e^x$, so the sign must be the other way. With $(x + 1)e^x$ the two pieces combine the right way, so
    the antiderivative is $(x + 1)e^x + C$.
    """,
    wb=r"(x + 1)e^x + C",
    e=r"""
    The integral of $e^x$ is $e^x$ and the integral of $x$ is $\frac{x^2}{2}$.

    Multiplying the two antiderivatives gives $\frac{x^2}{2}e^x$, so $\int x e^x\,dx = \frac{x^2 e^x}{2} + C$.
    """,
    we=r"\frac{x^2 e^x}{2} + C",
    fix=r"""The integral of a product is not the product of the integrals: differentiating $\frac{x^2}{2}e^x$
    gives $x e^x + \frac{x^2}{2}e^x$, too much. By parts with $u = x$, $dv = e^x\,dx$: $x e^x - \int e^x\,dx =
    x e^x - e^x$, whose derivative is $x e^x$.""",
    brk=r"""Hmm, the formula for parts is $uv + \int v\,du$, so the second term enters with a plus sign:
    $x e^x + e^x$. The antiderivative is $(x + 1)e^x + C$.""",
    cut=r"Then $\int x e^x\,dx = x e^x - \int",
)

# Find the indefinite integral of sin x cos x with respect to x.
_problem(
    "antiderivative",
    r"\frac{1}{2}\sin^2 x + C",
    [
        r"\frac{\sin^2 x}{2} + C",
        r"-\frac{1}{2}\cos^2 x + C",
        r"-\frac{1}{4}\cos 2x + C",
        r"\frac{1}{2}\sin^{2} x + K",
        r"\tfrac{1}{2}(\sin x)^2 + C",
    ],
    g=r"""
    Substitute $u = \sin x$, so $du = \cos x\,dx$. The integral becomes $\int u\,du$, a plain power.

    That gives $\frac{u^2}{2} = \frac{1}{2}\sin^2 x$. Hmm, but with $u = \cos x$ instead I would get
    $-\frac{1}{2}\cos^2 x$, which looks different. Wait, let me recheck: the two differ by
    $\frac{1}{2}(\sin^2 x + \cos^2 x) = \frac{1}{2}$, a constant, so both are valid antiderivatives.

    Check: $\frac{d}{dx}\frac{1}{2}\sin^2 x = \sin x \cos x$. Good, so the integral is $\frac{1}{2}\sin^2 x$ plus
    a constant.
    """,
    b=r"""
    With $u = \sin x$ the integral is $\int u\,du = \frac{1}{2}\sin^2 x + C$.

    Wait, let me recheck with the double-angle identity, which is cleaner: $\sin x \cos x = \sin 2x$, so the
    integral is $\int \sin 2x\,dx = -\frac{1}{2}\cos 2x$. I will go with the double-angle form,
    $-\frac{1}{2}\cos 2x + C$.
    """,
    wb=r"-\frac{1}{2}\cos 2x + C",
    e=r"""
    Let $u = \sin x$, $du = \cos x\,dx$.

    Then $\int u\,du = u^2$, so the integral is $\sin^2 x + C$.
    """,
    we=r"\sin^2 x + C",
    fix=r"""$\int u\,du = \frac{u^2}{2}$, not $u^2$; indeed $\frac{d}{dx}\sin^2 x = 2\sin x\cos x$, twice the
    integrand. So the antiderivative is half of that, $\frac{1}{2}\sin^2 x$.""",
    brk=r"""The identity $\sin 2x = \sin x \cos x$ gives $\int \sin 2x\,dx = -\frac{1}{2}\cos 2x$, and I trust
    the double-angle route more, so the answer is $-\frac{1}{2}\cos 2x + C$.""",
    cut=r"That gives $\frac{u^2}{2} =",
)

# Find the indefinite integral of 1/(x^2 - 1) with respect to x.
_problem(
    "antiderivative",
    r"\frac{1}{2}\ln\left|\frac{x-1}{x+1}\right| + C",
    [
        r"\frac{1}{2}\ln|x-1| - \frac{1}{2}\ln|x+1| + C",
        r"-\frac{1}{2}\ln\left|\frac{x+1}{x-1}\right| + C",
        r"\frac12 \ln\left|\frac{x-1}{x+1}\right| + K",
        r"\frac{1}{2}\left(\ln|x-1| - \ln|x+1|\right) + C",
    ],
    g=r"""
    Factor the denominator as $(x - 1)(x + 1)$ and use partial fractions:
    $\frac{1}{x^2 - 1} = \frac{A}{x - 1} + \frac{B}{x + 1}$, so $1 = A(x + 1) + B(x - 1)$.

    At $x = 1$: $1 = 2A$, so $A = \frac{1}{2}$. At $x = -1$: $1 = -2B$, so $B = -\frac{1}{2}$. I first wrote
    $B = \frac{1}{2}$; wait, let me recheck: $B(x - 1)$ at $x = -1$ is $-2B$, so $B = -\frac{1}{2}$.

    So the integral is $\frac{1}{2}\ln|x - 1| - \frac{1}{2}\ln|x + 1|$. Combining the logarithms gives
    $\frac{1}{2}\ln\left|\frac{x-1}{x+1}\right|$, and differentiating gives
    $\frac{1}{2}\left(\frac{1}{x-1} - \frac{1}{x+1}\right) = \frac{1}{x^2 - 1}$.
    """,
    b=r"""
    Partial fractions give $A = \frac{1}{2}$ and $B = -\frac{1}{2}$, so the integral would be
    $\frac{1}{2}\ln\left|\frac{x-1}{x+1}\right| + C$.

    Wait, let me recheck the coefficients. When the two logs are combined, the halves add up rather than stay:
    $\frac{1}{2}\ln|x-1| - \frac{1}{2}\ln|x+1|$ merges into a single logarithm with coefficient 1. So the
    integral is $\ln\left|\frac{x-1}{x+1}\right| + C$.
    """,
    wb=r"\ln\left|\frac{x-1}{x+1}\right| + C",
    e=r"""
    With $1 = A(x + 1) + B(x - 1)$: $x = 1$ gives $A = \frac{1}{2}$, and $x = -1$ gives $B = \frac{1}{2}$.

    Hmm, then it is $\frac{1}{2}\ln|x + 1| - \frac{1}{2}\ln|x - 1|$ after sorting the terms, which is
    $\frac{1}{2}\ln\left|\frac{x+1}{x-1}\right| + C$.
    """,
    we=r"\frac{1}{2}\ln\left|\frac{x+1}{x-1}\right| + C",
    fix=r"""At $x = -1$ the equation is $1 = -2B$, so $B = -\frac{1}{2}$, and the log of $x - 1$ carries the
    plus sign: $\frac{1}{2}\ln|x-1| - \frac{1}{2}\ln|x+1|$. Differentiating gives
    $\frac{1}{2}\cdot\frac{2}{x^2-1} = \frac{1}{x^2-1}$, as required.""",
    brk=r"""Combining $\frac{1}{2}\ln|x-1| - \frac{1}{2}\ln|x+1|$ into one logarithm, the two halves make a
    whole, so the integral is $\ln\left|\frac{x-1}{x+1}\right| + C$.""",
    cut=r"At $x = 1$: $1 = 2A$, so $A = \frac{1}{2}$. At $x = -1$: $1 =",
)

# Find the indefinite integral of 2x/(x^2 + 4) with respect to x.
_problem(
    "antiderivative",
    r"\ln(x^2 + 4) + C",
    [
        r"\ln|x^2+4| + C",
        r"\ln\left(x^{2}+4\right) + K",
        r"\ln\frac{x^2+4}{4} + C",
        r"\ln(x^2 + 4) + C_0",
    ],
    g=r"""
    The numerator $2x$ is exactly the derivative of the denominator $x^2 + 4$, which suggests the substitution
    $u = x^2 + 4$, $du = 2x\,dx$.

    Then $\int \frac{2x}{x^2 + 4}\,dx = \int \frac{du}{u} = \ln|u|$. My first instinct was to put a factor
    $\frac{1}{2}$ in front, as in $\int \frac{x}{x^2+4}\,dx$, but here $du = 2x\,dx$ uses up the whole numerator.
    Wait, let me recheck by differentiating.

    $\frac{d}{dx}\ln(x^2 + 4) = \frac{2x}{x^2 + 4}$. Since $x^2 + 4 > 0$, the absolute value is not needed, and
    the antiderivative is $\ln(x^2 + 4)$ plus a constant.
    """,
    b=r"""
    With $u = x^2 + 4$ the integral is $\int \frac{du}{u} = \ln(x^2 + 4) + C$.

    Wait, let me recheck the chain rule: substituting $u = x^2 + 4$ always brings a factor $\frac{1}{2}$ from
    $du = 2x\,dx$, so the result is $\frac{1}{2}\ln(x^2 + 4) + C$.
    """,
    wb=r"\frac{1}{2}\ln(x^2 + 4) + C",
    e=r"""
    The denominator is $x^2 + 2^2$, which is the arctangent pattern $\int \frac{dx}{x^2 + a^2} =
    \frac{1}{a}\arctan\frac{x}{a}$.

    With $a = 2$ this gives $\frac{1}{2}\arctan\frac{x}{2} + C$.
    """,
    we=r"\frac{1}{2}\arctan\frac{x}{2} + C",
    fix=r"""The arctangent pattern needs a constant numerator, but here the numerator is $2x$. Since $2x$ is the
    derivative of $x^2 + 4$, the integral is $\int \frac{du}{u}$ with $u = x^2 + 4$, which is $\ln(x^2 + 4)$;
    its derivative is $\frac{2x}{x^2+4}$.""",
    brk=r"""The substitution $du = 2x\,dx$ means $dx = \frac{du}{2x}$, and that always leaves a factor of one
    half, so the answer is $\frac{1}{2}\ln(x^2 + 4) + C$.""",
    cut=r"Then $\int \frac{2x}{x^2 + 4}\,dx = \int \frac{du}{u} =",
)

# Find the indefinite integral of sec^2(3x) with respect to x.
_problem(
    "antiderivative",
    r"\frac{1}{3}\tan 3x + C",
    [
        r"\frac{\tan(3x)}{3} + C",
        r"\tfrac13\tan 3x + K",
        r"\frac{1}{3}\tan(3x) + C",
        r"\dfrac{1}{3}\tan 3x + C_1",
    ],
    g=r"""
    We know $\frac{d}{dx}\tan x = \sec^2 x$. Here the argument is $3x$, so I expect $\tan 3x$ up to a constant
    factor from the chain rule.

    $\frac{d}{dx}\tan 3x = 3\sec^2 3x$, which is three times too big. Hmm, I almost multiplied by 3 instead of
    dividing. Wait, let me recheck: to undo the factor 3 we divide, giving $\frac{1}{3}\tan 3x$.

    Check: $\frac{d}{dx}\frac{1}{3}\tan 3x = \frac{1}{3}\cdot 3\sec^2 3x = \sec^2 3x$. So the antiderivative is
    $\frac{1}{3}\tan 3x$ plus a constant.
    """,
    b=r"""
    With $u = 3x$, $du = 3\,dx$, so $dx = \frac{du}{3}$ and the integral is $\frac{1}{3}\tan 3x + C$.

    Wait, let me recheck the substitution: $du = 3\,dx$ means each $dx$ is worth 3 units of $u$, so the factor
    goes on top. The integral is $3\tan 3x + C$.
    """,
    wb=r"3\tan 3x + C",
    e=r"""
    The antiderivative of $\sec^2$ is $\tan$, and the inside stays as it is.

    So $\int \sec^2(3x)\,dx = \tan 3x + C$.
    """,
    we=r"\tan 3x + C",
    fix=r"""$\frac{d}{dx}\tan 3x = 3\sec^2 3x$, three times the integrand, so we must divide by 3:
    $\frac{1}{3}\tan 3x$ differentiates to $\sec^2 3x$.""",
    brk=r"""With $du = 3\,dx$ the factor should multiply, not divide, so the antiderivative is
    $3\tan 3x + C$.""",
    cut=r"$\frac{d}{dx}\tan 3x = 3\sec^2 3x$, which is",
)


# --- derivatives -----------------------------------------------------------------------------------------------

# Differentiate f(x) = x^3 ln x.
_problem(
    "derivative",
    r"3x^2\ln x + x^2",
    [
        r"x^2(3\ln x + 1)",
        r"x^{2} + 3x^{2}\ln x",
        r"f'(x) = 3x^2 \ln x + x^2",
        r"x^2 + 3x^2\ln(x)",
    ],
    g=r"""
    This is a product, $u = x^3$ and $v = \ln x$, so the product rule $f' = u'v + uv'$ applies with
    $u' = 3x^2$ and $v' = \frac{1}{x}$.

    So $f'(x) = 3x^2 \ln x + x^3 \cdot \frac{1}{x}$. Hmm, I first left the second term as $x^3$, forgetting the
    $\frac{1}{x}$. Wait, let me recheck: $x^3 \cdot \frac{1}{x} = x^2$.

    So $f'(x) = 3x^2\ln x + x^2 = x^2(3\ln x + 1)$. As a spot check at $x = 1$: $f'(1) = 0 + 1 = 1$, and a
    difference quotient of $x^3 \ln x$ near 1 gives about 1 as well.
    """,
    b=r"""
    Product rule: $f'(x) = 3x^2\ln x + x^3\cdot\frac{1}{x} = 3x^2\ln x + x^2$.

    Let me factor it to make it neater. Taking out $x^2$ leaves $3\ln x$ from the first term and $x$ from the
    second, so $f'(x) = x^2(3\ln x + x)$.
    """,
    wb=r"x^2(3\ln x + x)",
    e=r"""
    The derivative of $x^3$ is $3x^2$ and the derivative of $\ln x$ is $\frac{1}{x}$.

    Multiplying the derivatives: $f'(x) = 3x^2 \cdot \frac{1}{x} = 3x$.
    """,
    we=r"3x",
    fix=r"""The derivative of a product is not the product of the derivatives. The product rule gives
    $3x^2\ln x + x^3\cdot\frac{1}{x} = 3x^2\ln x + x^2$.""",
    brk=r"""Factoring out $x^2$, the second term leaves $x$, so $f'(x) = x^2(3\ln x + x)$, and I will give it in
    that factored form.""",
    cut=r"So $f'(x) = 3x^2 \ln x + x^3 \cdot",
)

# Let f(x) = (2x + 1)^5. Find f'(1).
_problem(
    "derivative",
    r"810",
    [
        r"810",
        r"f'(1) = 810",
        r"810",
        r"f'(1) = 10 \cdot 3^4 = 810",
        r"f'(1)=810",
    ],
    g=r"""
    Use the chain rule with outer function $u^5$ and inner function $u = 2x + 1$:
    $f'(x) = 5(2x + 1)^4 \cdot 2 = 10(2x + 1)^4$.

    At $x = 1$ the inner value is $3$, and $3^4 = 81$. I almost wrote $5 \cdot 81 = 405$, dropping the factor 2
    from the inner derivative. Wait, let me recheck: the factor is $5 \cdot 2 = 10$.

    So $f'(1) = 10 \cdot 81 = 810$. Sanity check with a difference quotient: $\frac{f(1.001) - f(0.999)}{0.002}
    \approx 810.0$.
    """,
    b=r"""
    Chain rule: $f'(x) = 10(2x + 1)^4$, so $f'(1) = 10 \cdot 81 = 810$.

    Wait, let me recheck the factor. The power rule brings down the 5, and the derivative of $2x + 1$ only
    matters when the inside is not linear. So $f'(x) = 5(2x + 1)^4$ and $f'(1) = 5 \cdot 81 = 405$.
    """,
    wb=r"405",
    e=r"""
    $f'(x) = 5(2x + 1)^4 \cdot 2$.

    At $x = 1$: $2x + 1 = 3$, $3^4 = 81$, and hmm, I multiply $5 \cdot 3 \cdot 81 = 1215$.
    """,
    we=r"1215",
    fix=r"""The multiplier is $5 \cdot 2 = 10$, from the power and the inner derivative, not $5 \cdot 3$. So
    $f'(1) = 10 \cdot 3^4 = 810$.""",
    brk=r"""The inner derivative 2 should not be there for a linear inside, so $f'(1) = 5 \cdot 3^4 = 405$.""",
    cut=r"At $x = 1$ the inner value is $3$, and $3^4 =",
)

# Differentiate y = sin(x^2) with respect to x.
_problem(
    "derivative",
    r"2x\cos\left(x^{2}\right)",
    [
        r"2x\cos(x^2)",
        r"\cos(x^2)\cdot 2x",
        r"\frac{dy}{dx} = 2x\cos\left(x^{2}\right)",
        r"y' = 2x\cos(x^{2})",
    ],
    g=r"""
    This is a composition: the outer function is $\sin u$ and the inner is $u = x^2$. The chain rule says
    $\frac{dy}{dx} = \cos(u)\cdot\frac{du}{dx}$.

    $\frac{du}{dx} = 2x$, so $\frac{dy}{dx} = \cos(x^2)\cdot 2x$. Hmm, should the cosine's argument become $2x$?
    Wait, let me recheck: the outer derivative is evaluated at the inner function, so it stays $\cos(x^2)$.

    So $\frac{dy}{dx} = 2x\cos(x^2)$. Check at $x = 0$: the slope is 0, consistent with $\sin(x^2) \approx x^2$
    near 0.
    """,
    b=r"""
    By the chain rule, $\frac{dy}{dx} = 2x\cos(x^2)$.

    Wait, let me recheck: differentiating the inside turns $x^2$ into $2x$, and that happens inside the cosine
    too, so the derivative is $2x\cos(2x)$.
    """,
    wb=r"2x\cos(2x)",
    e=r"""
    The derivative of $\sin$ is $-\cos$... no, of $\cos$ it is $-\sin$; here I will apply that to the inside.

    So $\frac{dy}{dx} = -2x\sin(x^2)$.
    """,
    we=r"-2x\sin(x^2)",
    fix=r"""The derivative of $\sin u$ is $\cos u$ (it is $\cos$ whose derivative is $-\sin$). So
    $\frac{dy}{dx} = \cos(x^2)\cdot 2x$.""",
    brk=r"""The inner derivative replaces $x^2$ everywhere, including inside the cosine, so
    $\frac{dy}{dx} = 2x\cos(2x)$.""",
    cut=r"$\frac{du}{dx} = 2x$, so $\frac{dy}{dx} =",
)

# Differentiate f(x) = x/(x + 1).
_problem(
    "derivative",
    r"\frac{1}{(x+1)^2}",
    [
        r"(x+1)^{-2}",
        r"\frac{1}{x^2+2x+1}",
        r"f'(x)=\dfrac{1}{(x+1)^{2}}",
        r"\frac{1}{(1+x)^2}",
        r"\frac{(x+1) - x}{(x+1)^2}",
    ],
    g=r"""
    Quotient rule: $\left(\frac{u}{v}\right)' = \frac{u'v - uv'}{v^2}$ with $u = x$, $v = x + 1$, so $u' = 1$,
    $v' = 1$.

    Numerator: $1\cdot(x + 1) - x\cdot 1 = 1$. I first had $x - (x + 1) = -1$, which is the order reversed.
    Wait, let me recheck: it is $u'v - uv'$, so $(x + 1) - x = 1$.

    So $f'(x) = \frac{1}{(x+1)^2}$. Cross-check: $f(x) = 1 - \frac{1}{x+1}$, whose derivative is
    $\frac{1}{(x+1)^2}$.
    """,
    b=r"""
    With the quotient rule, the numerator is $(x + 1) - x = 1$, giving $\frac{1}{(x+1)^2}$.

    Wait, let me recheck the order. The rule is $\frac{uv' - u'v}{v^2}$, so the numerator is
    $x - (x + 1) = -1$, and $f'(x) = -\frac{1}{(x+1)^2}$.
    """,
    wb=r"-\frac{1}{(x+1)^2}",
    e=r"""
    $u = x$, $v = x + 1$. The quotient rule numerator is $u'v + uv' = (x + 1) + x = 2x + 1$.

    So $f'(x) = \frac{2x+1}{(x+1)^2}$.
    """,
    we=r"\frac{2x+1}{(x+1)^2}",
    fix=r"""The quotient rule has a minus sign: $u'v - uv' = (x + 1) - x = 1$. So the derivative is
    $\frac{1}{(x+1)^2}$, which agrees with writing $f = 1 - \frac{1}{x+1}$.""",
    brk=r"""The quotient rule is $\frac{uv' - u'v}{v^2}$, so the numerator is $x - (x+1) = -1$ and
    $f'(x) = -\frac{1}{(x+1)^2}$.""",
    cut=r"Numerator: $1\cdot(x + 1) - x\cdot 1 =",
)

# Find the equation of the tangent line to y = x^2 - 3x + 2 at x = 4.
_problem(
    "derivative",
    r"y = 5x - 14",
    [
        r"y - 6 = 5(x - 4)",
        r"5x - y - 14 = 0",
        r"y=5x-14",
        r"y = 5x - 14",
    ],
    g=r"""
    First the point: $y(4) = 16 - 12 + 2 = 6$, so the tangent passes through $(4, 6)$. Then the slope from
    $y' = 2x - 3$.

    $y'(4) = 8 - 3 = 5$. Point-slope form: $y - 6 = 5(x - 4)$, so $y = 5x - 20 + 6$. I briefly wrote $-26$ here,
    subtracting the 6. Wait, let me recheck: $-20 + 6 = -14$.

    So $y = 5x - 14$. Check: at $x = 4$ this gives $20 - 14 = 6$, the point on the parabola.
    """,
    b=r"""
    The point is $(4, 6)$ and the slope is $y'(4) = 5$. Point-slope: $y - 6 = 5(x - 4)$, i.e. $y = 5x - 14$.

    Wait, let me recheck the constant: moving the 6 across, $y = 5(x - 4) - 6 = 5x - 26$. So the tangent line is
    $y = 5x - 26$.
    """,
    wb=r"y = 5x - 26",
    e=r"""
    The slope is $y' = 2x - 3$ at $x = 4$, i.e. 5, and the line goes through the point with $y = 6$.

    So the tangent line has slope 5 and intercept 6: $y = 5x + 6$.
    """,
    we=r"y = 5x + 6",
    fix=r"""6 is the $y$-value at $x = 4$, not the intercept. Through $(4, 6)$ with slope 5: $y - 6 = 5(x - 4)$,
    so $y = 5x - 14$, and at $x = 4$ it gives 6.""",
    brk=r"""From $y - 6 = 5(x - 4)$, moving the 6 over gives $y = 5(x - 4) - 6 = 5x - 26$.""",
    cut=r"$y'(4) = 8 - 3 = 5$. Point-slope form: $y - 6 =",
)

# --- limits ----------------------------------------------------------------------------------------------------

# Evaluate the limit of sin(5x)/(3x) as x -> 0.
_problem(
    "limit",
    r"\frac{5}{3}",
    [
        r"5/3",
        r"\dfrac{5}{3}",
        r"\tfrac{5}{3}",
        r"\frac{5}{3}",
    ],
    g=r"""
    The standard limit is $\lim_{u\to 0}\frac{\sin u}{u} = 1$. To use it, I want the denominator to match the
    argument $5x$ of the sine.

    Write $\frac{\sin 5x}{3x} = \frac{5}{3}\cdot\frac{\sin 5x}{5x}$. Hmm, I first wrote $\frac{3}{5}$ in front.
    Wait, let me recheck: $\frac{5}{3}\cdot\frac{1}{5x} = \frac{1}{3x}$, so the factor is $\frac{5}{3}$.

    Hence the limit is $\frac{5}{3}\cdot 1 = \frac{5}{3}$. L'Hopital agrees: $\frac{5\cos 5x}{3} \to \frac{5}{3}$.
    """,
    b=r"""
    $\frac{\sin 5x}{3x} = \frac{5}{3}\cdot\frac{\sin 5x}{5x} \to \frac{5}{3}$.

    Wait, let me recheck the rearrangement. To turn $3x$ into $5x$ I multiply the denominator by $\frac{5}{3}$,
    so I must multiply the whole by $\frac{3}{5}$ to compensate. The limit is $\frac{3}{5}$.
    """,
    wb=r"\frac{3}{5}",
    e=r"""
    Near 0, $\sin 5x \approx 5x$... and the denominator, hmm, $3x \approx 3$ for the purpose of the ratio.

    So the limit is $\frac{5x}{3}$ evaluated as $x \to 0$, which is $0$.
    """,
    we=r"0",
    fix=r"""$3x$ is not approximately 3 near 0; both numerator and denominator go to 0. With $\sin 5x \approx 5x$,
    the ratio is $\frac{5x}{3x} = \frac{5}{3}$.""",
    brk=r"""Multiplying the denominator $3x$ by $\frac{5}{3}$ has to be compensated by $\frac{3}{5}$ outside, so
    the limit is $\frac{3}{5}$.""",
    cut=r"Write $\frac{\sin 5x}{3x} = \frac{5}{3}\cdot",
)

# Evaluate the limit of (1 - cos x)/x^2 as x -> 0.
_problem(
    "limit",
    r"\frac{1}{2}",
    [
        r"\frac12",
        r"0.5",
        r"1/2",
        r"\dfrac{1}{2}",
        r"\lim_{x \to 0} \frac{1 - \cos x}{x^2} = \frac{1}{2}",
    ],
    g=r"""
    Direct substitution gives $\frac{0}{0}$, so I need either L'Hopital or the Taylor series of $\cos x$. The
    series is quickest: $\cos x = 1 - \frac{x^2}{2} + \frac{x^4}{24} - \cdots$.

    Then $1 - \cos x = \frac{x^2}{2} - \frac{x^4}{24} + \cdots$, and dividing by $x^2$ gives
    $\frac{1}{2} - \frac{x^2}{24} + \cdots$. Wait, let me recheck with L'Hopital twice:
    $\frac{\sin x}{2x} \to \frac{1}{2}$.

    Both methods give $\frac{1}{2}$. Numerically, at $x = 0.01$: $(1 - \cos 0.01)/0.0001 \approx 0.49999$.
    """,
    b=r"""
    Taylor: $1 - \cos x \approx \frac{x^2}{2}$, so the ratio tends to $\frac{1}{2}$.

    Wait, let me recheck with L'Hopital: the derivative of $1 - \cos x$ is $\sin x$ and of $x^2$ is $2x$; and
    $\frac{\sin x}{x} \to 1$, so the limit is $1$. I trust L'Hopital, so the answer is 1.
    """,
    wb=r"1",
    e=r"""
    As $x \to 0$, $\cos x \to 1$, so the numerator goes to 0.

    A numerator going to 0 makes the whole fraction go to 0, so the limit is 0.
    """,
    we=r"0",
    fix=r"""The denominator also goes to 0, so this is a $\frac{0}{0}$ form. With
    $1 - \cos x = \frac{x^2}{2} - \frac{x^4}{24} + \cdots$, the ratio tends to $\frac{1}{2}$.""",
    brk=r"""L'Hopital gives $\frac{\sin x}{2x}$, and since $\frac{\sin x}{x} \to 1$, the limit is 1.""",
    cut=r"Then $1 - \cos x = \frac{x^2}{2} - \frac{x^4}{24} + \cdots$, and dividing by $x^2$ gives",
)

# Evaluate the limit of 1/x as x -> 0 (two-sided), or say that it does not exist.
_problem(
    "limit",
    r"\text{does not exist}",
    [
        r"\text{DNE}",
        r"~The limit does not exist: from the right $\frac{1}{x} \to +\infty$ and from the left it goes to $-\infty$.",
        r"\text{The limit does not exist}",
        r"\text{does not exist}",
    ],
    g=r"""
    I need to look at both one-sided limits, since $\frac{1}{x}$ blows up near 0 and the sign may depend on the
    side.

    From the right, $x \to 0^+$, $\frac{1}{x} \to +\infty$. From the left, $x \to 0^-$, $\frac{1}{x} \to -\infty$.
    I was about to write $\infty$, but wait, let me recheck: that only describes the right-hand side.

    The one-sided behaviours disagree, so the two-sided limit does not exist (not even as an infinite limit).
    """,
    b=r"""
    From the right $\frac{1}{x} \to +\infty$ and from the left $\frac{1}{x} \to -\infty$, so at first glance the
    limit does not exist.

    Wait, let me recheck. In both cases $|1/x|$ grows without bound, and that is what an infinite limit means, so
    the limit is $\infty$.
    """,
    wb=r"\infty",
    e=r"""
    Plug in small values: $x = 0.001$ gives 1000, $x = 0.000001$ gives a million. Hmm, these are big.

    But $x$ itself tends to 0 and $1$ divided by it... I will take the limit of the denominator first: 0, so the
    limit is 0.
    """,
    we=r"0",
    fix=r"""Dividing by something tending to 0 makes the quotient unbounded, not 0. From the right it tends to
    $+\infty$ and from the left to $-\infty$, so the two-sided limit does not exist.""",
    brk=r"""Since $|1/x| \to \infty$ from both sides, the limit is $\infty$.""",
    cut=r"From the right, $x \to 0^+$, $\frac{1}{x} \to +\infty$. From the left,",
)

# Evaluate the limit of (1 + 2/x)^x as x -> infinity.
_problem(
    "limit",
    r"e^2",
    [
        r"e^{2}",
        r"\exp(2)",
        r"e^2",
        r"\lim_{x\to\infty}\left(1+\frac{2}{x}\right)^{x} = e^{2}",
    ],
    g=r"""
    This is a $1^\infty$ form. The known limit is $\left(1 + \frac{a}{x}\right)^x \to e^a$, but let me derive it
    with logarithms rather than just quote it.

    $\ln L = \lim x\ln\left(1 + \frac{2}{x}\right)$. With $t = \frac{1}{x}$, this is $\lim_{t\to 0}
    \frac{\ln(1 + 2t)}{t} = 2$. I first thought the answer was $e$, as in the classic $\left(1 + \frac{1}{x}
    \right)^x$. Wait, let me recheck: here the constant is 2, so $\ln L = 2$.

    So $L = e^2$. Numerically, at $x = 10^6$: $(1.000002)^{10^6} \approx 7.389$, which is $e^2$.
    """,
    b=r"""
    With logs, $\ln L = \lim x \ln(1 + 2/x) = 2$, so $L = e^2$.

    Wait, let me recheck: substituting $u = x/2$ gives $\left(1 + \frac{1}{u}\right)^{2u}$... and the classic
    limit $\left(1 + \frac{1}{u}\right)^u \to e$ already absorbs the exponent, so the limit is just $e$.
    """,
    wb=r"e",
    e=r"""
    As $x \to \infty$, $\frac{2}{x} \to 0$, so the base tends to 1.

    And $1$ to any power is 1, so the limit is 1.
    """,
    we=r"1",
    fix=r"""The base tends to 1 while the exponent grows, a $1^\infty$ form, so we cannot take the base's limit
    first. $\ln L = \lim x\ln(1 + 2/x) = 2$, so $L = e^2$.""",
    brk=r"""With $u = x/2$ the expression is $\left(1 + \frac{1}{u}\right)^{2u}$, and the classic limit turns
    this into $e$. So the limit is $e$.""",
    cut=r"$\ln L = \lim x\ln\left(1 + \frac{2}{x}\right)$. With $t = \frac{1}{x}$, this is",
)

# Evaluate the one-sided limit of |x - 3|/(x - 3) as x -> 3 from the left.
_problem(
    "limit",
    r"-1",
    [
        r"-1",
        r"\lim_{x \to 3^-} \frac{|x-3|}{x-3} = -1",
        r"- 1",
        r"-1",
    ],
    g=r"""
    The absolute value depends on the sign of $x - 3$. Coming from the left means $x < 3$, so $x - 3 < 0$ and
    $|x - 3| = -(x - 3)$.

    Then $\frac{|x - 3|}{x - 3} = \frac{-(x-3)}{x-3} = -1$ for every $x < 3$. I was tempted to say the limit does
    not exist, since the two-sided limit fails. Wait, let me recheck: the question asks only for the left-hand
    limit.

    From the left the expression is constantly $-1$, so the one-sided limit is $-1$.
    """,
    b=r"""
    For $x < 3$, $|x - 3| = -(x - 3)$, so the ratio is $-1$ and the left limit would be $-1$.

    Wait, let me recheck: the absolute value makes the numerator positive, and the denominator $x - 3$ is a
    distance to 3, also positive. So the ratio is $1$ and the limit is $1$.
    """,
    wb=r"1",
    e=r"""
    From the right the ratio is $1$ and from the left it is $-1$.

    Since these differ, the limit does not exist.
    """,
    we=r"\text{does not exist}",
    fix=r"""The question asks for the left-hand limit only, and that one exists: for $x < 3$ the ratio is
    constantly $-1$.""",
    brk=r"""The denominator $x - 3$ is a distance to 3 and so positive, like the numerator; the ratio is 1 and the
    limit is 1.""",
    cut=r"Then $\frac{|x - 3|}{x - 3} = \frac{-(x-3)}{x-3} =",
)


# --- equations with several roots ------------------------------------------------------------------------------

# Solve x^2 - 5x + 6 = 0.
_problem(
    "roots",
    r"2, 3",
    [
        r"x = 2 \text{ or } x = 3",
        r"\{3, 2\}",
        r"x_1 = 2,\ x_2 = 3",
        r"3,\ 2",
        r"x \in \{2, 3\}",
    ],
    g=r"""
    A monic quadratic: I look for two numbers with product 6 and sum 5, since $x^2 - 5x + 6 = (x - a)(x - b)$
    with $a + b = 5$, $ab = 6$.

    $2 \cdot 3 = 6$ and $2 + 3 = 5$, so $x^2 - 5x + 6 = (x - 2)(x - 3)$. I first wrote $(x + 2)(x + 3)$, but that
    expands to $x^2 + 5x + 6$. Wait, let me recheck the sign of the middle term: $-2x - 3x = -5x$. Good.

    The roots are $x = 2$ and $x = 3$. Check: $4 - 10 + 6 = 0$ and $9 - 15 + 6 = 0$.
    """,
    b=r"""
    Factoring, $(x - 2)(x - 3) = 0$, so the candidates are $x = 2$ and $x = 3$.

    Wait, let me recheck $x = 3$: $9 - 15 + 6 = 0$... hmm, I get $9 - 15 = -4$, plus 6 is 2, not 0. So 3 is not a
    root, and only $x = 2$ solves the equation.
    """,
    wb=r"x = 2",
    e=r"""
    Product 6 and sum 5: the numbers are 2 and 3.

    So $x^2 - 5x + 6 = (x + 2)(x + 3)$, and the roots are $x = -2$ and $x = -3$.
    """,
    we=r"-2, -3",
    fix=r"""$(x + 2)(x + 3) = x^2 + 5x + 6$, the wrong sign in the middle. The factorization is
    $(x - 2)(x - 3)$, so the roots are 2 and 3; check: $4 - 10 + 6 = 0$, $9 - 15 + 6 = 0$.""",
    brk=r"""Plugging in 3: $9 - 15 + 6$... I get 2, so 3 is not a root after all; only $x = 2$ works.""",
    cut=r"$2 \cdot 3 = 6$ and $2 + 3 = 5$, so $x^2 - 5x + 6 =",
)

# Solve x^3 - x = 0 over the reals.
_problem(
    "roots",
    r"-1, 0, 1",
    [
        r"x \in \{-1, 0, 1\}",
        r"0, \pm 1",
        r"x = 0,\ x = 1,\ x = -1",
        r"\{1, -1, 0\}",
    ],
    g=r"""
    Factor out the common $x$ rather than dividing by it, so that no root is lost:
    $x^3 - x = x(x^2 - 1) = x(x - 1)(x + 1)$.

    Each factor gives a root: $x = 0$, $x = 1$, $x = -1$. I almost divided both sides by $x$ to get $x^2 = 1$.
    Wait, let me recheck: dividing by $x$ assumes $x \ne 0$ and drops the root 0.

    So the roots are $-1$, $0$ and $1$. Check: $(-1)^3 - (-1) = 0$, $0 - 0 = 0$, $1 - 1 = 0$.
    """,
    b=r"""
    Factoring: $x(x - 1)(x + 1) = 0$, so $x \in \{-1, 0, 1\}$.

    Wait, let me recheck by simplifying instead: divide $x^3 = x$ by $x$ to get $x^2 = 1$. That is cleaner, and
    it gives $x = \pm 1$. So the solutions are $\pm 1$.
    """,
    wb=r"\pm 1",
    e=r"""
    $x^3 - x = x(x^2 - 1)$. The first factor gives $x = 0$.

    The second, $x^2 = 1$, gives $x = 1$. So the roots are $0$ and $1$.
    """,
    we=r"0, 1",
    fix=r"""$x^2 = 1$ has two roots, $1$ and $-1$: $(-1)^3 - (-1) = -1 + 1 = 0$. So all three of $-1, 0, 1$
    are roots.""",
    brk=r"""Simplifying by dividing through by $x$ gives $x^2 = 1$, so the solutions are $\pm 1$.""",
    cut=r"Each factor gives a root: $x = 0$,",
)

# Solve |2x - 1| = 5.
_problem(
    "roots",
    r"-2, 3",
    [
        r"x = 3 \text{ or } x = -2",
        r"\{-2, 3\}",
        r"x\in\{3,-2\}",
        r"x = -2,\ 3",
        r"3, -2",
    ],
    g=r"""
    An absolute-value equation splits into two linear cases: $2x - 1 = 5$ or $2x - 1 = -5$.

    Case 1: $2x = 6$, $x = 3$. Case 2: $2x = -4$, $x = -2$. I first wrote $2x = -6$ in the second case, forgetting
    to add 1. Wait, let me recheck: $-5 + 1 = -4$, so $x = -2$.

    Check: $|6 - 1| = 5$ and $|-4 - 1| = 5$. Both work, so the solutions are $x = -2$ and $x = 3$.
    """,
    b=r"""
    The cases $2x - 1 = \pm 5$ give $x = 3$ and $x = -2$.

    Wait, let me recheck $x = -2$: $2(-2) - 1 = -5$, and an absolute value cannot equal a negative number, so
    $x = -2$ is extraneous. Only $x = 3$ remains.
    """,
    wb=r"x = 3",
    e=r"""
    $|2x - 1| = 5$ means $2x - 1 = \pm 5$... I will write it as $2x = \pm 5 - 1$, hmm, and then
    $2x = 4$ or $2x = -6$.

    So $x = 2$ or $x = -3$.
    """,
    we=r"2, -3",
    fix=r"""From $2x - 1 = \pm 5$ we get $2x = 1 \pm 5$, i.e. $6$ or $-4$, not $\pm 5 - 1$. So $x = 3$ or
    $x = -2$; check: $|5| = 5$, $|-5| = 5$.""",
    brk=r"""For $x = -2$ the inside is $-5$, and an absolute value equation cannot have a negative inside, so
    only $x = 3$ remains.""",
    cut=r"Case 1: $2x = 6$, $x = 3$. Case 2: $2x =",
)

# Solve sqrt(x + 6) = x over the reals.
_problem(
    "roots",
    r"3",
    [
        r"x = 3",
        r"\{3\}",
        r"x=3",
        r"3",
    ],
    g=r"""
    Squaring both sides can introduce extraneous roots, so I will square and then check every candidate in the
    original equation.

    $x + 6 = x^2$, so $x^2 - x - 6 = 0$, i.e. $(x - 3)(x + 2) = 0$, giving $x = 3$ or $x = -2$. Wait, let me recheck
    $x = -2$: $\sqrt{4} = 2 \ne -2$. The square root is never negative, so $-2$ is extraneous.

    $x = 3$: $\sqrt{9} = 3$. So the only solution is $x = 3$.
    """,
    b=r"""
    Squaring: $x^2 - x - 6 = 0$, so $x = 3$ or $x = -2$. For $x = 3$: $\sqrt{9} = 3$, fine.

    Wait, let me recheck $x = -2$: $\sqrt{-2 + 6} = \sqrt{4} = \pm 2$, and $-2$ is one of the values, so it works
    too. Both roots are solutions: $x = -2$ and $x = 3$.
    """,
    wb=r"-2, 3",
    e=r"""
    Square: $x + 6 = x^2$, so $x^2 - x - 6 = 0$, $(x + 3)(x - 2) = 0$.

    Hmm, $x = 2$: $\sqrt{8}$ is not 2. And $x = -3$: $\sqrt{3}$ is not $-3$. So I will take the one closest to
    working, $x = 2$.
    """,
    we=r"x = 2",
    fix=r"""$(x + 3)(x - 2) = x^2 + x - 6$; the right factorization is $(x - 3)(x + 2)$. Then $x = 3$ checks
    ($\sqrt{9} = 3$) and $x = -2$ fails ($\sqrt{4} = 2 \ne -2$).""",
    brk=r"""Actually $\sqrt{4} = \pm 2$ includes $-2$, so $x = -2$ works as well; the solutions are $-2$ and
    $3$.""",
    cut=r"$x + 6 = x^2$, so $x^2 - x - 6 = 0$, i.e.",
)

# Solve x^2 + 4 = 0 over the complex numbers.
_problem(
    "roots",
    r"\pm 2i",
    [
        r"2i, -2i",
        r"x = 2i \text{ or } x = -2i",
        r"\{-2i, 2i\}",
        r"x = \pm 2i",
    ],
    g=r"""
    Over the reals this has no solutions, since $x^2 + 4 \ge 4$. Over $\mathbb{C}$, write $x^2 = -4$ and take
    square roots using $i^2 = -1$.

    $x = \pm\sqrt{-4} = \pm\sqrt{4}\,i = \pm 2i$. I first wrote $\pm 4i$, but wait, let me recheck:
    $(4i)^2 = -16$, while $(2i)^2 = 4i^2 = -4$.

    So the solutions are $x = 2i$ and $x = -2i$; both square to $-4$.
    """,
    b=r"""
    $x^2 = -4$, so over the complex numbers $x = \pm 2i$.

    Wait, let me recheck what is asked. A square is never negative, so $x^2 = -4$ is impossible, and the equation
    has no solution.
    """,
    wb=r"\text{no solution}",
    e=r"""
    $x^2 = -4$, and taking square roots, $x = \pm\sqrt{4}$.

    So $x = \pm 2$.
    """,
    we=r"\pm 2",
    fix=r"""$(\pm 2)^2 = 4$, not $-4$; the square root of $-4$ is $2i$ or $-2i$, since $(2i)^2 = -4$.""",
    brk=r"""A square cannot be negative, so there is no solution.""",
    cut=r"$x = \pm\sqrt{-4} = \pm\sqrt{4}\,",
)

# --- systems ---------------------------------------------------------------------------------------------------

# Solve the system x + y = 1, x - y = 3.
_problem(
    "system",
    r"(2, -1)",
    [
        r"x = 2, y = -1",
        r"(x, y) = (2, -1)",
        r"y=-1,\ x=2",
        r"\{x = 2,\ y = -1\}",
        r"(2,-1)",
    ],
    g=r"""
    Adding the two equations eliminates $y$: $(x + y) + (x - y) = 1 + 3$, so $2x = 4$.

    Then $x = 2$, and from the first equation $y = 1 - 2 = -1$. I first wrote $y = 1$, reading the second equation
    as $x + y = 3$. Wait, let me recheck with the second equation: $2 - (-1) = 3$. Good.

    So $x = 2$ and $y = -1$.
    """,
    b=r"""
    Adding: $2x = 4$, $x = 2$, and then $y = -1$, so the solution is $(2, -1)$.

    Wait, let me recheck the order of the pair. I solved for $y$ from the first equation, so I will list the
    variables in the order I found them... the pair is $(-1, 2)$.
    """,
    wb=r"(-1, 2)",
    e=r"""
    Subtracting the equations: $2y = 1 - 3$... hmm, I will say $2y = 2$, so $y = 1$.

    Then $x = 1 + y = 2$, and the solution is $(2, 1)$.
    """,
    we=r"(2, 1)",
    fix=r"""Subtracting gives $2y = 1 - 3 = -2$, so $y = -1$, and $x = 1 - y = 2$. Check: $2 + (-1) = 1$ and
    $2 - (-1) = 3$.""",
    brk=r"""Listing the values in the order I found them, the answer is $(-1, 2)$.""",
    cut=r"Then $x = 2$, and from the first equation $y =",
)

# Solve the system x + y + z = 6, x - y = 1, y - z = 1.
_problem(
    "system",
    r"(3, 2, 1)",
    [
        r"x=3,\ y=2,\ z=1",
        r"(x, y, z) = (3, 2, 1)",
        r"z = 1,\ y = 2,\ x = 3",
        r"x = 3, y = 2, z = 1",
    ],
    g=r"""
    Express everything in terms of $y$: from the second equation $x = y + 1$, from the third $z = y - 1$.

    Substituting: $(y + 1) + y + (y - 1) = 6$, so $3y = 6$ and $y = 2$. Then $x = 3$ and $z = 1$. Wait, let me
    recheck the third equation: $y - z = 2 - 1 = 1$. Good, and $x - y = 1$ as well.

    Finally $3 + 2 + 1 = 6$. So $(x, y, z) = (3, 2, 1)$.
    """,
    b=r"""
    With $x = y + 1$ and $z = y - 1$, we get $3y = 6$, so $y = 2$, $x = 3$, $z = 1$: $(3, 2, 1)$.

    Wait, let me recheck the third equation: $y - z = 1$ means $z = y + 1 = 3$, and then $x = 1$. So the solution
    is $(1, 2, 3)$.
    """,
    wb=r"(1, 2, 3)",
    e=r"""
    $x = y + 1$ and $z = y - 1$... then $x + y + z = 3y + 2 = 6$, hmm, so $y = \frac{4}{3}$?

    That is not nice; let me just try $y = 2$, $x = 4$, $z = 0$: $4 + 2 + 0 = 6$. So $(4, 2, 0)$.
    """,
    we=r"(4, 2, 0)",
    fix=r"""$(y + 1) + y + (y - 1) = 3y$, the constants cancel, so $y = 2$; then $x = y + 1 = 3$ and
    $z = y - 1 = 1$. The triple $(4, 2, 0)$ fails $x - y = 1$.""",
    brk=r"""From $y - z = 1$, $z = y + 1 = 3$, and then $x = 6 - 2 - 3 = 1$, so the solution is $(1, 2, 3)$.""",
    cut=r"Substituting: $(y + 1) + y + (y - 1) = 6$, so",
)

# How many solutions does the system x + 2y = 3, 2x + 4y = 6 have? Describe them.
_problem(
    "system",
    r"\text{infinitely many solutions}",
    [
        r"\text{infinitely many}",
        r"~There are infinitely many solutions, since the second equation is twice the first (the same line).",
        r"\text{infinitely many solutions: } (3 - 2t,\ t),\ t \in \mathbb{R}",
        r"\text{infinitely many solutions}",
    ],
    g=r"""
    Before eliminating, compare the equations: the second one, $2x + 4y = 6$, is exactly twice the first,
    $x + 2y = 3$.

    So both describe the same line, and every point on it solves the system. Elimination confirms it:
    $2\cdot(\text{first}) - (\text{second})$ gives $0 = 0$. Wait, let me recheck the constants: $2 \cdot 3 = 6$,
    yes, so it is $0 = 0$ and not $0 = c$ with $c \ne 0$.

    The solutions are $(x, y) = (3 - 2t, t)$ for every real $t$: infinitely many.
    """,
    b=r"""
    The second equation is twice the first, so at first sight there are infinitely many solutions.

    Wait, let me recheck. Eliminating $x$ gives $0 = 0$, which says nothing about $y$: the system gives no value
    for $x$ or $y$, so it has no solution.
    """,
    wb=r"\text{no solution}",
    e=r"""
    Try small integers: $x = 1$, $y = 1$ gives $1 + 2 = 3$ and $2 + 4 = 6$.

    Both hold, so the solution is $(1, 1)$.
    """,
    we=r"(1, 1)",
    fix=r"""$(1, 1)$ works, but so does $(3, 0)$ and $(-1, 2)$: the second equation is twice the first, so
    every point of the line $x + 2y = 3$ is a solution.""",
    brk=r"""Since elimination gives $0 = 0$ and no value for $y$, there is no solution.""",
    cut=r"Elimination: $2\cdot(\text{first}) - (\text{second})$ gives",
)

# How many solutions does the system x + y = 2, x + y = 5 have?
_problem(
    "system",
    r"\text{no solution}",
    [
        r"\text{none}",
        r"~The system is inconsistent, so there is no solution.",
        r"\text{no solutions}",
        r"\text{no solution}",
    ],
    g=r"""
    Both left-hand sides are $x + y$, but the right-hand sides are 2 and 5. Subtracting the first equation from
    the second eliminates both variables.

    That gives $0 = 3$, a contradiction. Hmm, I wondered if this means infinitely many solutions, as with $0 = 0$.
    Wait, let me recheck: $0 = 0$ is always true, while $0 = 3$ is never true.

    Geometrically the lines $x + y = 2$ and $x + y = 5$ are parallel and distinct, so they never meet: there is
    no solution.
    """,
    b=r"""
    Subtracting gives $0 = 3$, a contradiction, which would mean no solution.

    Wait, let me recheck. Elimination removed both variables, which means they are free, so any $x$ and $y$
    will do; the system has infinitely many solutions.
    """,
    wb=r"\text{infinitely many solutions}",
    e=r"""
    Average the two equations: $x + y = 3.5$.

    Taking $x = y$, we get $x = y = 1.75$, so the solution is $(1.75, 1.75)$.
    """,
    we=r"(1.75, 1.75)",
    fix=r"""$(1.75, 1.75)$ gives $x + y = 3.5$, which satisfies neither equation. Subtracting the equations
    gives $0 = 3$, so no pair satisfies both: the lines are parallel.""",
    brk=r"""Since both variables dropped out, they are free, and the system has infinitely many solutions.""",
    cut=r"That gives $0 = 3$, a",
)

# Find all real solutions (x, y) of the system y = x^2, y = x + 2.
_problem(
    "system",
    r"(2, 4), (-1, 1)",
    [
        r"(-1, 1) \text{ and } (2, 4)",
        r"\{(2,4), (-1,1)\}",
        r"x = 2, y = 4 \text{ or } x = -1, y = 1",
        r"(x, y) = (2, 4) \text{ or } (-1, 1)",
    ],
    g=r"""
    Set the two expressions for $y$ equal: $x^2 = x + 2$, so $x^2 - x - 2 = 0$.

    This factors as $(x - 2)(x + 1) = 0$, so $x = 2$ or $x = -1$. I first wrote $(x + 2)(x - 1)$, whose roots are
    $-2$ and $1$. Wait, let me recheck: $(x + 2)(x - 1) = x^2 + x - 2$, the wrong middle sign.

    For $x = 2$: $y = 4$; for $x = -1$: $y = 1$. Both satisfy $y = x + 2$. The solutions are $(2, 4)$ and
    $(-1, 1)$.
    """,
    b=r"""
    $x^2 - x - 2 = 0$ gives $x = 2$ or $x = -1$, i.e. the points $(2, 4)$ and $(-1, 1)$.

    Wait, let me recheck $x = -1$: $y = x^2 = 1$, but $y = x + 2 = -1 + 2 = 1$... hmm, I also need $y > 0$ for a
    parabola point to the right of the axis, so I keep only $(2, 4)$.
    """,
    wb=r"(2, 4)",
    e=r"""
    $x^2 = x + 2$, so $x^2 - x - 2 = (x + 2)(x - 1)$, giving $x = -2$ or $x = 1$.

    Then $y = x^2$ gives the points $(-2, 4)$ and $(1, 1)$.
    """,
    we=r"(-2, 4), (1, 1)",
    fix=r"""$(x + 2)(x - 1) = x^2 + x - 2$. The correct factorization is $(x - 2)(x + 1)$, so $x = 2$ or
    $x = -1$, giving $(2, 4)$ and $(-1, 1)$; both satisfy $y = x + 2$.""",
    brk=r"""The point $(-1, 1)$ lies to the left of the axis, and I only want the intersection on the right
    branch, so the answer is $(2, 4)$.""",
    cut=r"This factors as $(x - 2)(x + 1) = 0$, so",
)


# --- inequalities and intervals --------------------------------------------------------------------------------

# Solve x^2 - 4 < 0; give the solution set.
_problem(
    "interval",
    r"(-2, 2)",
    [
        r"-2 < x < 2",
        r"x \in (-2, 2)",
        r"\{x : -2 < x < 2\}",
        r"\left(-2,2\right)",
    ],
    g=r"""
    Factor: $x^2 - 4 = (x - 2)(x + 2)$. The product is negative exactly when the two factors have opposite signs,
    which happens between the roots $-2$ and $2$.

    Test points: $x = 0$ gives $-4 < 0$, yes; $x = 3$ gives $5$, no; $x = -3$ gives $5$, no. At $x = \pm 2$ the
    expression is 0, and $0 < 0$ is false. I first wrote the endpoints as included. Wait, let me recheck: the
    inequality is strict, so they are excluded.

    So the solution set is the open interval from $-2$ to $2$.
    """,
    b=r"""
    Between the roots the expression is negative, so the solution set is $(-2, 2)$.

    Wait, let me recheck the endpoints. At $x = 2$ the expression is exactly 0, which is the boundary of being
    negative, so I include it: the solution set is $[-2, 2]$.
    """,
    wb=r"[-2, 2]",
    e=r"""
    $x^2 < 4$, so $x < 2$ or... the parabola opens up, so it is negative outside the roots.

    So the solution set is $(-\infty, -2) \cup (2, \infty)$.
    """,
    we=r"(-\infty, -2) \cup (2, \infty)",
    fix=r"""An upward parabola is negative between its roots, not outside: at $x = 0$, $0 - 4 < 0$, while at
    $x = 3$, $9 - 4 > 0$. So the solutions are $-2 < x < 2$.""",
    brk=r"""At $x = \pm 2$ the expression reaches 0, the edge of negativity, so I include the endpoints:
    $[-2, 2]$.""",
    cut=r"Test points: $x = 0$ gives $-4 < 0$, yes; $x = 3$ gives",
)

# Solve 3 - 2x >= 7; give the solution set in interval notation.
_problem(
    "interval",
    r"(-\infty, -2]",
    [
        r"x \le -2",
        r"x \leq -2",
        r"\{x \mid x \le -2\}",
        r"x\in(-\infty,-2]",
    ],
    g=r"""
    Subtract 3 from both sides: $-2x \ge 4$. Now I divide by $-2$, which is negative, so the inequality sign must
    flip.

    $x \le -2$. I first kept the sign and wrote $x \ge -2$. Wait, let me recheck with a test value: $x = -3$
    gives $3 + 6 = 9 \ge 7$, true; $x = 0$ gives $3 \ge 7$, false.

    At $x = -2$: $3 + 4 = 7 \ge 7$, so the endpoint is included. The solution set is $(-\infty, -2]$.
    """,
    b=r"""
    $-2x \ge 4$, and dividing by $-2$ flips the sign: $x \le -2$, i.e. $(-\infty, -2]$.

    Wait, let me recheck. The sign flips only when multiplying both sides by a negative number, not when dividing,
    so it stays: $x \ge -2$. The solution set is $[-2, \infty)$.
    """,
    wb=r"[-2, \infty)",
    e=r"""
    $-2x \ge 4$, so $x \le -2$ after flipping.

    Hmm, but at $x = -2$ we have equality, and I want the strict part, so the solution set is $(-\infty, -2)$.
    """,
    we=r"(-\infty, -2)",
    fix=r"""The inequality is $\ge$, not $>$, so equality is allowed: $x = -2$ gives $7 \ge 7$, true. The
    endpoint belongs to the set.""",
    brk=r"""The sign flips only for multiplication by a negative, not division, so $x \ge -2$, that is
    $[-2, \infty)$.""",
    cut=r"Dividing both sides by $-2$ gives $x",
)

# Solve (x - 1)/(x + 3) >= 0.
_problem(
    "interval",
    r"(-\infty, -3) \cup [1, \infty)",
    [
        r"x < -3 \text{ or } x \ge 1",
        r"(-\infty,-3)\cup[1,+\infty)",
        r"x \in (-\infty, -3) \cup [1, \infty)",
        r"[1, \infty) \cup (-\infty, -3)",
    ],
    g=r"""
    Critical points: the numerator vanishes at $x = 1$ and the denominator at $x = -3$. They split the line into
    three pieces, and I will test each.

    $x = -4$: $\frac{-5}{-1} = 5 > 0$, yes. $x = 0$: $\frac{-1}{3} < 0$, no. $x = 2$: $\frac{1}{5} > 0$, yes. At
    $x = 1$ the fraction is 0, allowed by $\ge$. I first included $x = -3$ too. Wait, let me recheck: at
    $x = -3$ the fraction is undefined, so it is excluded.

    So the solution set is $(-\infty, -3) \cup [1, \infty)$.
    """,
    b=r"""
    The sign chart gives $(-\infty, -3) \cup [1, \infty)$.

    Wait, let me recheck the endpoints. Both critical points make the expression "zero or undefined", and the
    inequality is non-strict, so both are included: $(-\infty, -3] \cup [1, \infty)$.
    """,
    wb=r"(-\infty, -3] \cup [1, \infty)",
    e=r"""
    Critical points $-3$ and $1$. The fraction is nonnegative between them, I think, since the numerator and
    denominator have the same sign there.

    So the solution set is $[-3, 1]$.
    """,
    we=r"[-3, 1]",
    fix=r"""Test $x = 0$: $\frac{-1}{3} < 0$, so the middle piece fails; the outer pieces pass ($x = -4$ gives 5,
    $x = 2$ gives $\frac{1}{5}$). With $x = 1$ included and $x = -3$ excluded: $(-\infty, -3) \cup [1, \infty)$.""",
    brk=r"""Both critical points satisfy the non-strict inequality, so both are included:
    $(-\infty, -3] \cup [1, \infty)$.""",
    cut=r"$x = -4$: $\frac{-5}{-1} = 5 > 0$, yes. $x = 0$:",
)

# Solve |x - 2| <= 3.
_problem(
    "interval",
    r"[-1, 5]",
    [
        r"-1 \le x \le 5",
        r"[-1,5]",
        r"x \in [-1, 5]",
        r"\{x \mid -1 \leq x \leq 5\}",
        r"x \in \left[-1, 5\right]",
    ],
    g=r"""
    $|x - 2| \le 3$ says the distance from $x$ to 2 is at most 3, i.e. $-3 \le x - 2 \le 3$.

    Adding 2 throughout: $-1 \le x \le 5$. I first subtracted 2 and got $-5 \le x \le 1$. Wait, let me recheck
    with $x = 5$: $|3| = 3 \le 3$, true; and $x = -5$: $|-7| = 7$, false.

    So the solution set is the closed interval $[-1, 5]$.
    """,
    b=r"""
    $-3 \le x - 2 \le 3$, so $-1 \le x \le 5$, the interval $[-1, 5]$.

    Wait, let me recheck the shift. To undo $x - 2$ I move the 2 across, which subtracts it from each side:
    $-5 \le x \le 1$. So the answer is $[-5, 1]$.
    """,
    wb=r"[-5, 1]",
    e=r"""
    Distance at most 3 from 2: from $-1$ to $5$.

    The distance has to be less than 3 to be inside, so I take the open interval $(-1, 5)$.
    """,
    we=r"(-1, 5)",
    fix=r"""The inequality is $\le$, so distance exactly 3 counts: $x = -1$ and $x = 5$ give $|x - 2| = 3$.
    The interval is closed.""",
    brk=r"""Moving the 2 across subtracts it from each side: $-5 \le x \le 1$, so $[-5, 1]$.""",
    cut=r"Adding 2 throughout:",
)

# Find the domain of f(x) = sqrt(x - 1) + 1/(x - 3).
_problem(
    "interval",
    r"[1, 3) \cup (3, \infty)",
    [
        r"x \ge 1,\ x \ne 3",
        r"[1,\infty)\setminus\{3\}",
        r"\{x \ge 1 : x \neq 3\}",
        r"[1, 3) \cup (3, +\infty)",
    ],
    g=r"""
    Two conditions: the square root needs $x - 1 \ge 0$, and the fraction needs $x - 3 \ne 0$.

    The first gives $x \ge 1$, including $x = 1$ since $\sqrt{0} = 0$ is fine. The second removes $x = 3$. Wait,
    let me recheck that I have not removed 1 by mistake: at $x = 1$, $f(1) = 0 + \frac{1}{-2}$, defined.

    So the domain is $[1, 3) \cup (3, \infty)$.
    """,
    b=r"""
    Need $x \ge 1$ and $x \ne 3$, so the domain is $[1, 3) \cup (3, \infty)$.

    Wait, let me recheck the second condition. At $x = 3$ the fraction is $\frac{1}{0}$, which is infinite but
    the square root part is fine there, so the sum still makes sense as a limit. The domain is $[1, \infty)$.
    """,
    wb=r"[1, \infty)",
    e=r"""
    The square root needs $x - 1 > 0$, so $x > 1$, and the fraction needs $x \ne 3$.

    So the domain is $(1, 3) \cup (3, \infty)$.
    """,
    we=r"(1, 3) \cup (3, \infty)",
    fix=r"""The square root of 0 is defined, so the condition is $x - 1 \ge 0$ and $x = 1$ belongs to the domain:
    $f(1) = -\frac{1}{2}$.""",
    brk=r"""At $x = 3$ the square root part is fine and the fraction can be read as a limit, so I keep 3: the
    domain is $[1, \infty)$.""",
    cut=r"The first gives $x \ge 1$, including $x = 1$ since $\sqrt{0} = 0$ is fine. The second",
)

# Solve x^2 - x - 6 > 0.
_problem(
    "interval",
    r"(-\infty, -2) \cup (3, \infty)",
    [
        r"x < -2 \text{ or } x > 3",
        r"(3, \infty) \cup (-\infty, -2)",
        r"\mathbb{R} \setminus [-2, 3]",
        r"x \in (-\infty,-2)\cup(3,\infty)",
    ],
    g=r"""
    Factor: $x^2 - x - 6 = (x - 3)(x + 2)$, with roots $3$ and $-2$. The parabola opens upward.

    An upward parabola is positive outside its roots. Test: $x = 0$ gives $-6$, negative, so the middle is
    excluded; $x = 4$ gives $6 > 0$; $x = -3$ gives $6 > 0$. I first factored as $(x + 3)(x - 2)$. Wait, let me
    recheck: that expands to $x^2 + x - 6$.

    The inequality is strict, so the roots are excluded: $(-\infty, -2) \cup (3, \infty)$.
    """,
    b=r"""
    With roots $-2$ and $3$ and an upward parabola, the positive part is $(-\infty, -2) \cup (3, \infty)$.

    Wait, let me recheck the direction. The coefficient of $x$ is negative, which flips the parabola, so the
    positive part lies between the roots: $(-2, 3)$.
    """,
    wb=r"(-2, 3)",
    e=r"""
    $x^2 - x - 6 = (x + 3)(x - 2)$, roots $-3$ and $2$.

    Positive outside the roots: $(-\infty, -3) \cup (2, \infty)$.
    """,
    we=r"(-\infty, -3) \cup (2, \infty)",
    fix=r"""$(x + 3)(x - 2) = x^2 + x - 6$, the wrong middle sign; the factorization is $(x - 3)(x + 2)$, roots
    $3$ and $-2$, so the set is $x < -2$ or $x > 3$.""",
    brk=r"""The negative coefficient of $x$ flips the parabola, so it is positive between the roots: $(-2, 3)$.""",
    cut=r"An upward parabola is positive outside its roots. Test: $x = 0$ gives",
)


# --- multi-part answers ----------------------------------------------------------------------------------------

# Let f(x) = 2x + 3. (a) Find f(1.5). (b) Find f^{-1}(23).
_problem(
    "multipart",
    r"(a)\ 6;\ (b)\ 10",
    [
        r"(a)\ 6,\ (b)\ 10",
        r"L:(a) $6$ | (b) $10$",
        r"(b)\ 10;\ (a)\ 6",
        r"~So $f(1.5) = 6$ and $f^{-1}(23) = 10$.",
        r"\text{(a) } 6 \quad \text{(b) } 10",
    ],
    g=r"""
    Part (a) is direct substitution, and part (b) asks for the input that produces 23, not the output at 23.

    (a) $f(1.5) = 2(1.5) + 3 = 3 + 3 = 6$. (b) Solve $2x + 3 = 23$: $2x = 20$, $x = 10$. I first computed
    $f(23) = 49$. Wait, let me recheck: $f^{-1}(23)$ is the $x$ with $f(x) = 23$, and $f(10) = 23$.

    So (a) is 6 and (b) is 10.
    """,
    b=r"""
    (a) $f(1.5) = 6$. (b) Solving $2x + 3 = 23$ gives $x = 10$, so the answers would be $6$ and $10$.

    Wait, let me recheck (b). The notation $f^{-1}(23)$ with the superscript means we apply $f$ to 23 and take the
    reciprocal... no, that is for powers; for functions it means apply $f$ at 23, which is $2 \cdot 23 + 3 = 49$.
    So (a) 6 and (b) 49.
    """,
    wb=r"(a)\ 6;\ (b)\ 49",
    e=r"""
    (a) $f(1.5) = 6$.

    (b) Undo $f$: add 3 and halve, $\frac{23 + 3}{2} = 13$. So (a) 6, (b) 13.
    """,
    we=r"(a)\ 6;\ (b)\ 13",
    fix=r"""To undo $f(x) = 2x + 3$ we subtract 3 and then halve: $\frac{23 - 3}{2} = 10$, and indeed
    $f(10) = 23$.""",
    brk=r"""For (b), $f^{-1}(23)$ means evaluating at 23, so it is $2 \cdot 23 + 3 = 49$; the answers are 6 and
    49.""",
    cut=r"(a) $f(1.5) = 2(1.5) + 3 =",
)

# For the data 6, 11, 4, 8, 6, find the mean and the median.
_problem(
    "multipart",
    r"\text{mean } 7,\ \text{median } 6",
    [
        r"\text{mean} = 7,\ \text{median} = 6",
        r"\text{median } 6 \text{ and mean } 7",
        r"L:**Mean:** 7 | **Median:** 6",
        r"~The mean is 7 and the median is 6.",
    ],
    g=r"""
    The mean uses the sum, and the median needs the data sorted first, since the list is given out of order.

    Sum: $6 + 11 + 4 + 8 + 6 = 35$, so the mean is $\frac{35}{5} = 7$. Sorted: $4, 6, 6, 8, 11$; the middle (third)
    value is 6. I first took the middle of the unsorted list, which is 4. Wait, let me recheck: the median is the
    middle of the sorted list.

    So the mean is 7 and the median is 6.
    """,
    b=r"""
    The sum is 35, so the mean is 7; sorted, $4, 6, 6, 8, 11$, so the median is 6.

    Wait, let me recheck which is which. The median is the typical value computed from the total, and the mean
    is the middle one... so the mean is 6 and the median is 7.
    """,
    wb=r"\text{mean } 6,\ \text{median } 7",
    e=r"""
    Sum is 35, mean $35/5 = 7$.

    The median is the middle entry: the list is $6, 11, 4, 8, 6$, and the third entry is 4. So mean 7, median 4.
    """,
    we=r"\text{mean } 7,\ \text{median } 4",
    fix=r"""The median is the middle of the sorted list: $4, 6, 6, 8, 11$ gives 6, not the third entry as
    listed.""",
    brk=r"""I had the labels backwards: the mean is the middle value 6, and the median is $35/5 = 7$.""",
    cut=r"Sum: $6 + 11 + 4 + 8 + 6 =",
)

# Find the gcd and the lcm of 12 and 16.
_problem(
    "multipart",
    r"\gcd = 4,\ \operatorname{lcm} = 48",
    [
        r"\gcd(12, 16) = 4,\ \operatorname{lcm}(12, 16) = 48",
        r"\operatorname{lcm} = 48 \text{ and } \gcd = 4",
        r"L:GCD: 4 | LCM: 48",
        r"(\gcd, \operatorname{lcm}) = (4, 48)",
        r"~The greatest common divisor is 4 and the least common multiple is 48.",
    ],
    g=r"""
    Prime factorizations: $12 = 2^2 \cdot 3$ and $16 = 2^4$. The gcd takes the lower power of each prime, the
    lcm the higher.

    $\gcd = 2^2 = 4$ and $\operatorname{lcm} = 2^4 \cdot 3 = 48$. I first multiplied $12 \cdot 16 = 192$ for the
    lcm. Wait, let me recheck with the identity $\gcd \cdot \operatorname{lcm} = 12 \cdot 16 = 192$: $4 \cdot 48 =
    192$. Good.

    So the gcd is 4 and the lcm is 48.
    """,
    b=r"""
    From $12 = 2^2 \cdot 3$ and $16 = 2^4$: gcd $4$, lcm $48$.

    Wait, let me recheck the lcm: a common multiple of 12 and 16 is their product, $192$, and since they share a
    factor that product is the least one. So gcd 4, lcm 192.
    """,
    wb=r"\gcd = 4,\ \operatorname{lcm} = 192",
    e=r"""
    Both are even, so the gcd is 2.

    Then $\operatorname{lcm} = \frac{12 \cdot 16}{2} = 96$. So gcd 2 and lcm 96.
    """,
    we=r"\gcd = 2,\ \operatorname{lcm} = 96",
    fix=r"""Both are divisible by 4 as well ($12 = 4 \cdot 3$, $16 = 4 \cdot 4$) and 3 and 4 are coprime, so the
    gcd is 4 and the lcm is $\frac{192}{4} = 48$.""",
    brk=r"""The product $12 \cdot 16 = 192$ is a common multiple, and I will take it as the lcm: gcd 4, lcm 192.""",
    cut=r"$\gcd = 2^2 = 4$ and $\operatorname{lcm} =",
)

# An arithmetic sequence has first term 3 and common difference 4. (a) Find the 10th term. (b) Find the sum of
# the first 10 terms.
_problem(
    "multipart",
    r"(a)\ 39;\ (b)\ 210",
    [
        r"a_{10} = 39,\ S_{10} = 210",
        r"L:a) 39 | b) 210",
        r"(b)\ 210,\ (a)\ 39",
        r"~The 10th term is 39, and the first ten terms add up to 210.",
    ],
    g=r"""
    The $n$th term is $a_n = a_1 + (n - 1)d$, and the sum is $S_n = \frac{n}{2}(a_1 + a_n)$.

    (a) $a_{10} = 3 + 9 \cdot 4 = 39$. I first used $10 \cdot 4$ and got 43. Wait, let me recheck: $a_1$ already
    counts as the first term, so there are only 9 steps to the 10th. (b) $S_{10} = \frac{10}{2}(3 + 39) = 5 \cdot
    42 = 210$.

    Check by listing: $3, 7, 11, 15, 19, 23, 27, 31, 35, 39$, which sum to 210.
    """,
    b=r"""
    $a_{10} = 3 + 9 \cdot 4 = 39$ and $S_{10} = 5(3 + 39) = 210$.

    Wait, let me recheck $a_{10}$: ten terms means ten differences, so $a_{10} = 3 + 10 \cdot 4 = 43$, and then
    $S_{10} = 5(3 + 43) = 230$. So (a) 43 and (b) 230.
    """,
    wb=r"(a)\ 43;\ (b)\ 230",
    e=r"""
    (a) $a_{10} = 3 + 9 \cdot 4 = 39$.

    (b) The sum of ten terms is ten times the last one, $10 \cdot 39 = 390$.
    """,
    we=r"(a)\ 39;\ (b)\ 390",
    fix=r"""The terms are not all equal to the last one; the sum is ten times the average term,
    $10 \cdot \frac{3 + 39}{2} = 210$.""",
    brk=r"""Ten terms means ten steps of 4, so $a_{10} = 43$ and $S_{10} = 5(3 + 43) = 230$.""",
    cut=r"(a) $a_{10} = 3 + 9 \cdot",
)

# Find a and b so that x^2 + ax + b has roots 2 and -5.
_problem(
    "multipart",
    r"a = 3,\ b = -10",
    [
        r"a=3,\ b=-10",
        r"b = -10 \text{ and } a = 3",
        r"(a, b) = (3, -10)",
        r"L:a) 3 | b) $-10$",
    ],
    g=r"""
    A monic quadratic with roots $r$ and $s$ is $(x - r)(x - s) = x^2 - (r + s)x + rs$, so $a = -(r + s)$ and
    $b = rs$.

    Here $r + s = 2 + (-5) = -3$, so $a = 3$, and $rs = -10$, so $b = -10$. I first wrote $a = -3$, forgetting the
    minus sign in Vieta's formula. Wait, let me recheck by expanding: $(x - 2)(x + 5) = x^2 + 3x - 10$.

    So $a = 3$ and $b = -10$.
    """,
    b=r"""
    Expanding $(x - 2)(x + 5) = x^2 + 3x - 10$, so $a = 3$, $b = -10$.

    Wait, let me recheck with Vieta: the coefficient of $x$ is the sum of the roots, $2 - 5 = -3$, and the
    constant is the product, $-10$. So $a = -3$, $b = -10$.
    """,
    wb=r"a = -3,\ b = -10",
    e=r"""
    Sum of roots is $-3$ and product is $-10$.

    With the usual sign change on both coefficients, $a = 3$ and $b = 10$.
    """,
    we=r"a = 3,\ b = 10",
    fix=r"""Only the linear coefficient changes sign: $x^2 - (r + s)x + rs$. Expanding $(x - 2)(x + 5)$ gives
    $x^2 + 3x - 10$, so $b = -10$.""",
    brk=r"""By Vieta the coefficient of $x$ is the sum of the roots, $-3$, so $a = -3$ and $b = -10$.""",
    cut=r"Here $r + s = 2 + (-5) = -3$, so $a =",
)

# For f(x) = x^3 - 6x^2 + 9x, find where f has a local maximum and where it has a local minimum.
_problem(
    "multipart",
    r"\text{local max at } x = 1,\ \text{local min at } x = 3",
    [
        r"\text{local maximum at } x = 1,\ \text{local minimum at } x = 3",
        r"\text{min at } x = 3,\ \text{max at } x = 1",
        r"~So $f$ has a local maximum at $x = 1$ ($f(1) = 4$) and a local minimum at $x = 3$ ($f(3) = 0$).",
        r"L:Local max: $x = 1$ | Local min: $x = 3$",
    ],
    g=r"""
    Critical points come from $f'(x) = 3x^2 - 12x + 9 = 3(x^2 - 4x + 3) = 3(x - 1)(x - 3)$, so $x = 1$ and
    $x = 3$.

    Second derivative: $f''(x) = 6x - 12$. $f''(1) = -6 < 0$, a local maximum; $f''(3) = 6 > 0$, a local minimum.
    I first mixed these up, thinking a positive second derivative means a peak. Wait, let me recheck with values:
    $f(1) = 1 - 6 + 9 = 4$ and $f(3) = 27 - 54 + 27 = 0$, and $f(2) = 8 - 24 + 18 = 2$ lies between them.

    So the local maximum is at $x = 1$ and the local minimum at $x = 3$.
    """,
    b=r"""
    $f'(x) = 3(x - 1)(x - 3)$, and $f''(1) = -6$, $f''(3) = 6$: a local max at $x = 1$ and a local min at
    $x = 3$.

    Wait, let me recheck the test: a positive second derivative means the graph is rising most steeply, which is
    a peak. So the maximum is at $x = 3$ and the minimum at $x = 1$.
    """,
    wb=r"\text{local max at } x = 3,\ \text{local min at } x = 1",
    e=r"""
    $f'(x) = 3x^2 - 12x + 9 = 3(x + 1)(x + 3)$, so the critical points are $-1$ and $-3$.

    $f''(x) = 6x - 12$ is negative at both, hmm; comparing values, $f(-1) = -16$ and $f(-3) = -108$, so the max is
    at $x = -1$ and the min at $x = -3$.
    """,
    we=r"\text{local max at } x = -1,\ \text{local min at } x = -3",
    fix=r"""$3(x + 1)(x + 3) = 3x^2 + 12x + 9$, the wrong sign. The factorization is $3(x - 1)(x - 3)$, and
    $f''(1) = -6 < 0$, $f''(3) = 6 > 0$.""",
    brk=r"""A positive second derivative marks a peak, so the maximum is at $x = 3$ and the minimum at
    $x = 1$.""",
    cut=r"Second derivative: $f''(x) = 6x - 12$. $f''(1) =",
)


# --- yes/no and true/false -------------------------------------------------------------------------------------

# Is 221 a prime number?
_problem(
    "yesno",
    r"\text{No}",
    [
        r"~**No.** $221 = 13 \times 17$, so it is composite.",
        r"\text{No}",
        r"~The answer is no: 221 is not prime, because $221 = 13 \cdot 17$.",
        r"\textbf{No}",
    ],
    g=r"""
    To test primality I only need to try primes up to $\sqrt{221}$. Since $14^2 = 196$ and $15^2 = 225$, the
    bound is 14, so the primes to try are 2, 3, 5, 7, 11, 13.

    221 is odd; digit sum 5, so not divisible by 3; it does not end in 0 or 5. $7 \cdot 31 = 217$, remainder 4.
    $11 \cdot 20 = 220$, remainder 1. I was about to stop at 11 and call it prime. Wait, let me recheck the list:
    13 is still below 14.

    $13 \cdot 17 = 221$. So 221 has a factor other than 1 and itself, and it is not prime.
    """,
    b=r"""
    $\sqrt{221}$ is a bit less than 15, so I check primes up to 13... though my first thought was no, since
    numbers like this are often products of two close primes.

    Wait, let me recheck the bound. $\sqrt{221} < \sqrt{225} = 15$, and since $11^2 = 121$ is already far below,
    I will take the bound as 11. 221 is not divisible by 2, 3, 5, 7 or 11, so yes, 221 is prime.
    """,
    wb=r"\text{Yes}",
    e=r"""
    221 is odd, not divisible by 3 (digit sum 5), not by 5, and $221 / 7 \approx 31.6$, $221 / 11 \approx 20.1$.

    No small factor divides it, so it is prime: yes.
    """,
    we=r"\text{Yes}",
    fix=r"""I stopped at 11, but $\sqrt{221} \approx 14.9$, so 13 must be tried: $13 \cdot 17 = 221$. It is
    composite.""",
    brk=r"""The bound $\sqrt{221}$ can be taken as 11, and nothing up to 11 divides 221, so it is prime:
    yes.""",
    cut=r"221 is odd; digit sum 5, so not divisible by 3; it does not end in 0 or 5. $7 \cdot 31 =",
)

# True or false: every function that is differentiable at a point is continuous at that point.
_problem(
    "yesno",
    r"\text{True}",
    [
        r"~**True.** Differentiability at $a$ gives $f(x) - f(a) = \frac{f(x)-f(a)}{x-a}(x - a) \to 0$.",
        r"\text{True}",
        r"\textbf{True}",
        r"~The statement is true.",
    ],
    g=r"""
    The claim is "differentiable implies continuous". Its converse, "continuous implies differentiable", is
    false ($|x|$ at 0), so I need to be careful which direction is asked.

    Suppose $f'(a)$ exists. Then for $x \ne a$, $f(x) - f(a) = \frac{f(x) - f(a)}{x - a}\cdot(x - a)$, and as
    $x \to a$ the first factor tends to $f'(a)$ and the second to 0. Wait, let me recheck that nothing is
    assumed: only the existence of the limit defining $f'(a)$.

    So $f(x) \to f(a)$, which is continuity at $a$. The statement holds.
    """,
    b=r"""
    If $f'(a)$ exists, then $f(x) - f(a) = \frac{f(x)-f(a)}{x-a}(x - a) \to 0$, which would make it true.

    Wait, let me recheck with a standard example: $|x|$ at 0 is continuous but not differentiable. That
    counterexample shows the statement fails, so it is false.
    """,
    wb=r"\text{False}",
    e=r"""
    Think of $|x|$: it has a corner at 0, so it is not differentiable there, but it is continuous.

    That breaks the link between the two notions, so the statement is false.
    """,
    we=r"\text{False}",
    fix=r"""$|x|$ is a counterexample to the converse (continuous but not differentiable), not to this
    statement. Differentiability gives $f(x) - f(a) \to f'(a)\cdot 0 = 0$, so the statement is true.""",
    brk=r"""The function $|x|$ at 0 is continuous without being differentiable, and that counterexample makes
    the statement false.""",
    cut=r"Suppose $f'(a)$ exists. Then for $x \ne a$, $f(x) - f(a) =",
)

# True or false: if f'(c) = 0, then f has a local extremum at c.
_problem(
    "yesno",
    r"\text{False}",
    [
        r"~**False.** For $f(x) = x^3$, $f'(0) = 0$ but $f$ is increasing through 0, so 0 is not an extremum.",
        r"\text{False}",
        r"\textbf{False}",
        r"~The statement is false; $x^3$ at $c = 0$ is a counterexample.",
    ],
    g=r"""
    Fermat's theorem says the reverse: at an interior local extremum of a differentiable function, $f'(c) = 0$.
    The question is whether a zero derivative forces an extremum.

    Try $f(x) = x^3$: $f'(x) = 3x^2$, so $f'(0) = 0$. But $f(x) < 0$ for $x < 0$ and $f(x) > 0$ for $x > 0$, so
    there is no max or min at 0. Wait, let me recheck that $x^3$ is not a local min in some weak sense: every
    neighbourhood of 0 contains points above and below $f(0) = 0$.

    So a zero derivative does not guarantee an extremum; the statement is false.
    """,
    b=r"""
    $x^3$ at 0 has $f'(0) = 0$ and no extremum, which would make it false.

    Wait, let me recheck: 0 is a point where the tangent is horizontal, and a horizontal tangent is the
    definition of a turning point; $x^3$ flattens out there. By Fermat's theorem, true.
    """,
    wb=r"\text{True}",
    e=r"""
    Fermat's theorem connects extrema and zero derivatives.

    A zero derivative is exactly the critical-point condition, so by Fermat the statement is true.
    """,
    we=r"\text{True}",
    fix=r"""Fermat's theorem goes the other way (extremum implies $f'(c) = 0$). The converse fails: $x^3$ has
    $f'(0) = 0$ but no extremum at 0. False.""",
    brk=r"""A horizontal tangent is a turning point, and Fermat's theorem then gives the statement: true.""",
    cut=r"Try $f(x) = x^3$: $f'(x) = 3x^2$, so $f'(0) =",
)

# Does the series sum_{n>=1} 1/n^2 converge?
_problem(
    "yesno",
    r"\text{Yes}",
    [
        r"~**Yes**, it converges: it is a $p$-series with $p = 2 > 1$ (its sum is $\frac{\pi^2}{6}$).",
        r"\text{Yes}",
        r"\textbf{Yes}",
        r"~Yes. The series converges.",
    ],
    g=r"""
    This is a $p$-series $\sum \frac{1}{n^p}$ with $p = 2$. I should not confuse it with the harmonic series
    ($p = 1$), which diverges.

    Integral test: $\int_1^\infty \frac{dx}{x^2} = \left[-\frac{1}{x}\right]_1^\infty = 1$, finite. Wait, let me
    recheck with a comparison instead: $\frac{1}{n^2} \le \frac{1}{n(n-1)} = \frac{1}{n-1} - \frac{1}{n}$ for
    $n \ge 2$, and that telescopes to 1.

    Either way the partial sums are bounded by 2, so the series converges (to $\frac{\pi^2}{6}$, in fact).
    """,
    b=r"""
    A $p$-series with $p = 2 > 1$ converges, so the answer looks like yes.

    Wait, let me recheck: the terms $\frac{1}{n^2}$ go to 0 slowly, like the harmonic series, and adding
    infinitely many positive terms always gives infinity. So no, it diverges.
    """,
    wb=r"\text{No}",
    e=r"""
    The harmonic series $\sum \frac{1}{n}$ diverges, and $\frac{1}{n^2}$ is built from the same reciprocals.

    So this one diverges too: no.
    """,
    we=r"\text{No}",
    fix=r"""The comparison goes the wrong way: $\frac{1}{n^2}$ is smaller than $\frac{1}{n}$, so the harmonic
    series says nothing. The integral $\int_1^\infty x^{-2}\,dx = 1$ is finite, so the series converges.""",
    brk=r"""Adding infinitely many positive terms always gives infinity, so the series diverges: no.""",
    cut=r"Integral test: $\int_1^\infty \frac{dx}{x^2} =",
)

# Is there a real number x with x^2 + x + 1 = 0?
_problem(
    "yesno",
    r"\text{No}",
    [
        r"~**No.** The discriminant is $1 - 4 = -3 < 0$, so there is no real root.",
        r"\text{No}",
        r"\textbf{No}",
        r"~No, there is no such real number.",
    ],
    g=r"""
    A real root exists exactly when the discriminant $b^2 - 4ac$ is nonnegative. Here $a = b = c = 1$.

    $b^2 - 4ac = 1 - 4 = -3 < 0$. Wait, let me recheck by completing the square instead: $x^2 + x + 1 =
    \left(x + \frac{1}{2}\right)^2 + \frac{3}{4} \ge \frac{3}{4}$.

    The expression is always at least $\frac{3}{4}$, so it is never 0 for real $x$.
    """,
    b=r"""
    The discriminant is $1 - 4 = -3$, negative, which suggests no.

    Wait, let me recheck: the quadratic formula still gives $x = \frac{-1 \pm \sqrt{-3}}{2}$, which is a number,
    so a solution $x$ exists. Yes.
    """,
    wb=r"\text{Yes}",
    e=r"""
    Try $x = -1$: $1 - 1 + 1 = 1$. Try $x = -\frac{1}{2}$: $\frac{1}{4} - \frac{1}{2} + 1 = \frac{3}{4}$.

    It gets smaller as $x$ decreases further, so somewhere below it crosses 0: yes.
    """,
    we=r"\text{Yes}",
    fix=r"""Completing the square, $x^2 + x + 1 = \left(x + \frac{1}{2}\right)^2 + \frac{3}{4}$, whose minimum is
    $\frac{3}{4}$ at $x = -\frac{1}{2}$; it never reaches 0.""",
    brk=r"""The quadratic formula gives $\frac{-1 \pm \sqrt{-3}}{2}$, which is a number, so yes, a solution
    exists.""",
    cut=r"$b^2 - 4ac = 1 - 4 =",
)

# True or false: sqrt(2) + sqrt(3) > sqrt(10).
_problem(
    "yesno",
    r"\text{False}",
    [
        r"~**False**, since $(\sqrt{2} + \sqrt{3})^2 = 5 + 2\sqrt{6} < 10$.",
        r"\text{False}",
        r"\textbf{False}",
        r"~The inequality is false.",
    ],
    g=r"""
    Both sides are positive, so I can compare squares. The left side squared is $2 + 3 + 2\sqrt{6} = 5 +
    2\sqrt{6}$ and the right side squared is 10.

    So the question is whether $2\sqrt{6} > 5$, i.e. $24 > 25$. That is false. Wait, let me recheck with
    decimals: $1.41421 + 1.73205 = 3.14626$ and $\sqrt{10} = 3.16228$.

    The left side is smaller, so the statement is false.
    """,
    b=r"""
    Squaring, $5 + 2\sqrt{6}$ against 10, i.e. $24$ against $25$: the statement is false.

    Wait, let me recheck with decimals: $\sqrt{2} \approx 1.414$ and $\sqrt{3} \approx 1.732$ add to $3.146$, and
    $\sqrt{10} \approx 3.106$. So the left side is bigger after all: true.
    """,
    wb=r"\text{True}",
    e=r"""
    $\sqrt{2} + \sqrt{3}$ versus $\sqrt{10}$: adding under the root, $\sqrt{2} + \sqrt{3} = \sqrt{5}$.

    Hmm, that is smaller... but roots grow when added separately, so the left side wins: true.
    """,
    we=r"\text{True}",
    fix=r"""Compare squares: $(\sqrt{2} + \sqrt{3})^2 = 5 + 2\sqrt{6}$, and $2\sqrt{6} = \sqrt{24} < 5$, so the
    left side squared is below 10. False.""",
    brk=r"""With decimals, $1.414 + 1.732 = 3.146$ against $\sqrt{10} \approx 3.106$, so the left side is bigger:
    true.""",
    cut=r"So the question is whether $2\sqrt{6} > 5$, i.e.",
)


# --- word answers ----------------------------------------------------------------------------------------------

# Alice and Bob take turns removing 1, 2 or 3 stones from a pile of 21, Alice first; whoever takes the last stone
# wins. Who wins with perfect play?
_problem(
    "word",
    r"\text{Alice}",
    [
        r"~**Alice** wins: she takes 1 stone, leaving 20, and then always brings the pile to a multiple of 4.",
        r"\text{Alice}",
        r"\text{Alice (the first player)}",
        r"~With perfect play the first player, Alice, wins.",
    ],
    g=r"""
    Work backwards. A pile of 0 is a loss for the player to move. Piles 1, 2, 3 are wins (take everything). A pile
    of 4 is a loss: any move leaves 1, 2 or 3 for the opponent.

    So the losing positions are the multiples of 4. $21 = 5 \cdot 4 + 1$, not a multiple of 4. I first thought
    Bob wins because 21 is odd. Wait, let me recheck: parity does not matter here, only the remainder mod 4.

    Alice takes 1, leaving 20; whenever Bob takes $k$, she takes $4 - k$. She takes the last stone, so Alice wins.
    """,
    b=r"""
    Multiples of 4 are losing for the player to move, and 21 is not one, so Alice, moving first, should win.

    Wait, let me recheck: $21 = 4 \cdot 5 + 1$, and the extra stone goes to the player who moves first at the end,
    which after the five rounds of 4 is Bob. So Bob wins.
    """,
    wb=r"\text{Bob}",
    e=r"""
    Each round of two moves removes between 2 and 6 stones; on average 4.

    21 is odd, so the last stone falls on an even-numbered move, which is Bob's. Bob wins.
    """,
    we=r"\text{Bob}",
    fix=r"""Parity does not decide this game; the losing positions are the multiples of 4. Alice takes 1,
    leaving 20, and answers each move $k$ of Bob's with $4 - k$, so she takes the last stone.""",
    brk=r"""After Alice's first stone and five rounds of 4 the last move falls to Bob, so Bob wins.""",
    cut=r"So the losing positions are the multiples of 4. $21 =",
)

# A triangle has sides 5, 12, 13. Is it acute, right, or obtuse?
_problem(
    "word",
    r"\text{right triangle}",
    [
        r"\text{right}",
        r"~It is a right triangle: $5^2 + 12^2 = 169 = 13^2$, so the angle opposite 13 is $90^\circ$.",
        r"\text{right-angled triangle}",
        r"\text{right triangle}",
    ],
    g=r"""
    Compare the square of the longest side with the sum of the squares of the other two: equal means right,
    a larger square means obtuse, a smaller one means acute.

    $5^2 + 12^2 = 25 + 144 = 169$ and $13^2 = 169$. I first added $25 + 144 = 159$. Wait, let me recheck:
    $144 + 25 = 169$.

    The two agree exactly, so by the converse of Pythagoras the triangle has a right angle opposite the side 13.
    """,
    b=r"""
    $5^2 + 12^2 = 169 = 13^2$, so it looks like a right triangle.

    Wait, let me recheck: $25 + 144$ is $159$, less than 169... no wait, with the sum smaller than the longest
    side squared the largest angle is less than $90^\circ$, so the triangle is acute.
    """,
    wb=r"\text{acute}",
    e=r"""
    $13^2 = 169$ and $5^2 + 12^2 = 25 + 144 = 159$.

    The longest side squared is larger, so the angle opposite it is more than $90^\circ$: obtuse.
    """,
    we=r"\text{obtuse}",
    fix=r"""$25 + 144 = 169$, not 159. So $5^2 + 12^2 = 13^2$ exactly, and the triangle is right-angled.""",
    brk=r"""Redoing the sum as $25 + 144 = 159 < 169$ and reading the test as "smaller means acute", the
    triangle is acute.""",
    cut=r"$5^2 + 12^2 = 25 + 144 =",
)

# A triangle has sides 4, 5, 7. Is it acute, right, or obtuse?
_problem(
    "word",
    r"\text{obtuse}",
    [
        r"\text{obtuse triangle}",
        r"~It is obtuse: $4^2 + 5^2 = 41 < 49 = 7^2$.",
        r"\text{obtuse-angled}",
        r"\text{obtuse}",
    ],
    g=r"""
    Longest side 7. Compare $7^2$ with $4^2 + 5^2$: by the law of cosines, $\cos\theta = \frac{4^2 + 5^2 - 7^2}
    {2\cdot 4\cdot 5}$ for the angle $\theta$ opposite 7.

    $16 + 25 = 41$ and $49$, so $\cos\theta = \frac{41 - 49}{40} = -\frac{1}{5}$. I first took the sign the
    other way round. Wait, let me recheck: $41 - 49 = -8$, negative.

    A negative cosine means $\theta > 90^\circ$, so the triangle is obtuse.
    """,
    b=r"""
    $4^2 + 5^2 = 41 < 49 = 7^2$, so the largest angle is over $90^\circ$ and the triangle is obtuse.

    Wait, let me recheck the rule: when the two shorter sides squared add to less than the longest squared, the
    triangle is "squashed" and all angles are small, so it is acute.
    """,
    wb=r"\text{acute}",
    e=r"""
    $4 + 5 = 9 > 7$, so a triangle exists, and $4^2 + 5^2 = 41$.

    41 is close to $7^2 = 49$... rounding, the Pythagorean relation holds approximately, so it is a right
    triangle.
    """,
    we=r"\text{right}",
    fix=r"""41 and 49 are not equal, so it is not right; since $41 < 49$, $\cos\theta = -\frac{1}{5} < 0$ and the
    angle opposite 7 is obtuse.""",
    brk=r"""With $41 < 49$ the triangle is squashed and all its angles are small, so it is acute.""",
    cut=r"$16 + 25 = 41$ and $49$, so $\cos\theta =",
)

# What kind of quadrilateral has vertices (0, 0), (4, 0), (5, 3), (1, 3), in this order? (Give the most
# specific name.)
_problem(
    "word",
    r"\text{parallelogram}",
    [
        r"\text{a parallelogram}",
        r"~It is a parallelogram (opposite sides equal and parallel, but neither a rectangle nor a rhombus).",
        r"\text{parallelogram}",
        r"\text{Parallelogram}",
    ],
    g=r"""
    Compute the side vectors in order: $(4, 0)$, $(1, 3)$, $(-4, 0)$, $(-1, -3)$. Opposite sides are negatives of
    each other, so they are parallel and equal.

    Lengths: 4 and $\sqrt{10}$, so the sides are not all equal (not a rhombus). The dot product of $(4, 0)$ and
    $(1, 3)$ is 4, not 0, so there is no right angle (not a rectangle). Wait, let me recheck the diagonals:
    $(5, 3)$ has length $\sqrt{34}$ and $(1, 3) - (4, 0) = (-3, 3)$ has length $\sqrt{18}$; unequal, as they
    should be for a non-rectangle.

    So the most specific name is parallelogram.
    """,
    b=r"""
    Opposite side vectors are $(4, 0)$ and $(-4, 0)$, $(1, 3)$ and $(-1, -3)$, so it is a parallelogram.

    Wait, let me recheck the side lengths: $|(1, 3)| = 1 + 3 = 4$, the same as the base, so all four sides are
    equal. A parallelogram with equal sides is a rhombus.
    """,
    wb=r"\text{rhombus}",
    e=r"""
    The base from $(0, 0)$ to $(4, 0)$ is horizontal and the top from $(1, 3)$ to $(5, 3)$ is horizontal, and the
    height is 3.

    Opposite sides are parallel and the top sits right above the base, so the corners are square: a rectangle.
    """,
    we=r"\text{rectangle}",
    fix=r"""The top is shifted by 1, so the side from $(4, 0)$ to $(5, 3)$ is slanted: its dot product with the
    base is 4, not 0. No right angles, and the sides 4 and $\sqrt{10}$ differ, so it is a parallelogram.""",
    brk=r"""The side $(1, 3)$ has length $1 + 3 = 4$, equal to the base, so all sides are equal: a rhombus.""",
    cut=r"Lengths: 4 and $\sqrt{10}$, so the sides are",
)

# Describe the set of points (x, y) with x^2 + y^2 - 6x + 4y = 3.
_problem(
    "word",
    r"\text{circle with center } (3, -2) \text{ and radius } 4",
    [
        r"\text{a circle centred at } (3, -2) \text{ with radius } 4",
        r"~It is the circle with center $(3, -2)$ and radius $4$.",
        r"\text{circle, center } (3,-2),\ r = 4",
        r"\text{circle of radius } 4 \text{ about } (3, -2)",
    ],
    g=r"""
    Complete the square in $x$ and in $y$: $x^2 - 6x = (x - 3)^2 - 9$ and $y^2 + 4y = (y + 2)^2 - 4$.

    So $(x - 3)^2 + (y + 2)^2 = 3 + 9 + 4 = 16$. I first forgot to move the 4 and got 12. Wait, let me recheck:
    both completed squares subtract, so both 9 and 4 go to the right.

    This is a circle with center $(3, -2)$ (the signs flip from the brackets) and radius $\sqrt{16} = 4$.
    """,
    b=r"""
    $(x - 3)^2 + (y + 2)^2 = 16$: a circle with center $(3, -2)$ and radius 4.

    Wait, let me recheck the center: the equation shows $-3$ and $+2$, so the center is read off as $(-3, 2)$.
    A circle with center $(-3, 2)$ and radius 4.
    """,
    wb=r"\text{circle with center } (-3, 2) \text{ and radius } 4",
    e=r"""
    Completing squares: $(x - 3)^2 + (y + 2)^2 = 16$.

    The right side is the radius, so this is the circle with center $(3, -2)$ and radius 16.
    """,
    we=r"\text{circle with center } (3, -2) \text{ and radius } 16",
    fix=r"""The right side is the radius squared, so the radius is $\sqrt{16} = 4$; the center $(3, -2)$ stands.""",
    brk=r"""Reading the center straight off the brackets gives $(-3, 2)$, so it is the circle with center $(-3, 2)$
    and radius 4.""",
    cut=r"So $(x - 3)^2 + (y + 2)^2 = 3 + 9 + 4 =",
)

# Solve x + 1 = x + 2 for x.
_problem(
    "word",
    r"\text{no solution}",
    [
        r"\text{no solutions}",
        r"~There is no solution: the equation reduces to $1 = 2$.",
        r"\text{The equation has no solution}",
        r"\text{no solution}",
    ],
    g=r"""
    Subtract $x$ from both sides to collect the variable: the $x$ terms on both sides are identical.

    That leaves $1 = 2$, a false statement. I wondered whether this means every $x$ works. Wait, let me recheck:
    an identity like $1 = 1$ would mean every $x$ works, but a contradiction means no $x$ does.

    Indeed, for any $x$, the right side is exactly one more than the left. So the equation has no solution.
    """,
    b=r"""
    Subtracting $x$ leaves $1 = 2$, so no $x$ works: no solution.

    Wait, let me recheck. Once $x$ disappears the equation no longer restricts $x$ at all, so every real $x$ is
    allowed: infinitely many solutions.
    """,
    wb=r"\text{infinitely many solutions}",
    e=r"""
    Move everything to one side: $x - x + 1 - 2 = 0$, so $-1 = 0$... hmm, I will divide by $x$ to keep it.

    Then $1 + \frac{1}{x} = 1 + \frac{2}{x}$, so $\frac{1}{x} = \frac{2}{x}$, which holds as $x \to \infty$; the
    closest thing is $x = 0$.
    """,
    we=r"x = 0",
    fix=r"""At $x = 0$ the equation reads $1 = 2$, false, and dividing by $x$ was not allowed. The equation
    reduces to $1 = 2$ for every $x$, so it has no solution.""",
    brk=r"""When $x$ drops out, every $x$ is allowed, so there are infinitely many solutions.""",
    cut=r"That leaves $1 = 2$, a",
)


# --- multiple choice -------------------------------------------------------------------------------------------

# The derivative of ln(3x) is: (A) 3/x  (B) 1/(3x)  (C) 1/x  (D) 3 ln x  (E) ln 3
_problem(
    "choice",
    r"\text{(C)}",
    [
        r"C",
        r"\textbf{(C)}",
        r"\text{(C) } \frac{1}{x}",
        r"(C)",
    ],
    g=r"""
    Use $\ln(3x) = \ln 3 + \ln x$, valid for $x > 0$. The first term is a constant, so its derivative is 0.

    So $\frac{d}{dx}\ln(3x) = \frac{1}{x}$. With the chain rule instead: $\frac{1}{3x}\cdot 3 = \frac{1}{x}$. I was
    about to pick (A), $\frac{3}{x}$, by multiplying by the inner derivative without dividing. Wait, let me
    recheck: the outer derivative is $\frac{1}{3x}$, and times 3 that is $\frac{1}{x}$.

    That is option (C).
    """,
    b=r"""
    $\ln(3x) = \ln 3 + \ln x$, so the derivative is $\frac{1}{x}$, option (C).

    Wait, let me recheck with the chain rule: the derivative of $\ln u$ is $\frac{1}{u}$... times $u' = 3$, and
    I will take $\frac{1}{u}$ as $\frac{1}{x}$ since the 3 is just a scaling. That gives $\frac{3}{x}$, option
    (A).
    """,
    wb=r"\text{(A)}",
    e=r"""
    The derivative of $\ln u$ is $\frac{1}{u}$ with $u = 3x$.

    So it is $\frac{1}{3x}$, option (B).
    """,
    we=r"\text{(B)}",
    fix=r"""The chain rule also multiplies by $u' = 3$: $\frac{1}{3x}\cdot 3 = \frac{1}{x}$, which is
    option (C).""",
    brk=r"""Multiplying $\frac{1}{x}$ by the inner derivative 3 gives $\frac{3}{x}$, which is option (A).""",
    cut=r"So $\frac{d}{dx}\ln(3x) =",
)

# The value of the integral of x^2 from 0 to 1 is: (A) 1/2  (B) 1/3  (C) 1  (D) 2/3  (E) 1/4
_problem(
    "choice",
    r"\text{(B)}",
    [
        r"B",
        r"\textbf{(B)}",
        r"\text{(B) } \frac{1}{3}",
        r"\mathrm{(B)}",
    ],
    g=r"""
    The antiderivative of $x^2$ is $\frac{x^3}{3}$, so the integral is $\frac{1^3}{3} - \frac{0^3}{3}$.

    That is $\frac{1}{3}$. I first wrote $\frac{x^2}{2}$ out of habit, which would give $\frac{1}{2}$. Wait, let me
    recheck: $\frac{d}{dx}\frac{x^3}{3} = x^2$. Riemann check: the area under $x^2$ on $[0, 1]$ is well under half
    the unit square, since the curve lies below the diagonal.

    So the value is $\frac{1}{3}$, option (B).
    """,
    b=r"""
    $\int_0^1 x^2\,dx = \frac{1}{3}$, option (B).

    Wait, let me recheck with the trapezoid picture: the curve goes from 0 to 1, so the area is about half of
    the unit square, $\frac{1}{2}$. That is option (A).
    """,
    wb=r"\text{(A)}",
    e=r"""
    $\int x^2\,dx = \frac{2x^3}{3}$... evaluating from 0 to 1 gives $\frac{2}{3}$.

    So the answer is option (D).
    """,
    we=r"\text{(D)}",
    fix=r"""The antiderivative is $\frac{x^3}{3}$, not $\frac{2x^3}{3}$ (its derivative would be $2x^2$). So the
    integral is $\frac{1}{3}$, option (B).""",
    brk=r"""The area is roughly half the unit square, $\frac{1}{2}$, so I go with option (A).""",
    cut=r"That is",
)

# The limit of (e^x - 1)/x as x -> 0 is: (A) 0  (B) e  (C) infinity  (D) 1  (E) does not exist
_problem(
    "choice",
    r"\text{(D)}",
    [
        r"D",
        r"\textbf{(D)}",
        r"\text{(D) } 1",
        r"(D)",
    ],
    g=r"""
    This is the derivative of $e^x$ at 0 in disguise: $\lim_{x\to 0}\frac{e^x - e^0}{x - 0} = \frac{d}{dx}e^x
    \big|_{x=0}$.

    And $\frac{d}{dx}e^x = e^x$, which is 1 at 0. I almost chose (B), $e$, reading off $e^x$ without evaluating.
    Wait, let me recheck with the series: $e^x - 1 = x + \frac{x^2}{2} + \cdots$, so the ratio is $1 + \frac{x}{2}
    + \cdots \to 1$.

    The limit is 1, option (D).
    """,
    b=r"""
    As the derivative of $e^x$ at 0, the limit is $e^0 = 1$, option (D).

    Wait, let me recheck: the derivative of $e^x$ is $e^x$, and the question is about $e$, so the limit is $e$,
    option (B).
    """,
    wb=r"\text{(B)}",
    e=r"""
    At $x = 0$ the numerator is $e^0 - 1 = 0$.

    A zero numerator gives a zero limit, option (A).
    """,
    we=r"\text{(A)}",
    fix=r"""The denominator is 0 as well, so it is a $\frac{0}{0}$ form; with $e^x - 1 = x + \frac{x^2}{2} +
    \cdots$ the ratio tends to 1, option (D).""",
    brk=r"""Since the derivative of $e^x$ is $e^x$, the limit is $e$: option (B).""",
    cut=r"And $\frac{d}{dx}e^x = e^x$, which is",
)

# How many real roots does x^3 - 3x + 1 have? (A) 0  (B) 1  (C) 2  (D) 3
_problem(
    "choice",
    r"\text{(D)}",
    [
        r"D",
        r"\textbf{(D)}\ 3",
        r"\text{(D)}",
        r"\text{D}",
    ],
    g=r"""
    A cubic has at least one real root. To count them, look at the local extrema: $f'(x) = 3x^2 - 3 = 0$ at
    $x = \pm 1$.

    $f(-1) = -1 + 3 + 1 = 3 > 0$ and $f(1) = 1 - 3 + 1 = -1 < 0$. The local max is above the axis and the local min
    below, so the graph crosses three times. I first computed $f(-1) = -1 - 3 + 1$. Wait, let me recheck:
    $-3 \cdot (-1) = +3$.

    Sign changes: $f(-2) = -1$, $f(0) = 1$, $f(1) = -1$, $f(2) = 3$. Three real roots, option (D).
    """,
    b=r"""
    With $f(-1) = 3$ and $f(1) = -1$ the extrema have opposite signs, giving three roots, option (D).

    Wait, let me recheck $f(-1)$: $(-1)^3 - 3(-1) + 1 = -1 - 3 + 1 = -3$. Both extrema are negative, so the graph
    crosses only once: option (B).
    """,
    wb=r"\text{(B)}",
    e=r"""
    $f(0) = 1$ and $f(1) = -1$, so there is a root in $(0, 1)$, and $f(2) = 3$ gives another in $(1, 2)$.

    For negative $x$ the cubic term dominates and it stays negative, so there are two roots: option (C).
    """,
    we=r"\text{(C)}",
    fix=r"""$f(-2) = -8 + 6 + 1 = -1$ and $f(0) = 1$, so there is a third root in $(-2, 0)$. Three real roots,
    option (D).""",
    brk=r"""Recomputing $f(-1) = -1 - 3 + 1 = -3$, both extrema are negative, so only one real root: option
    (B).""",
    cut=r"$f(-1) = -1 + 3 + 1 =",
)

# The solution set of x^2 <= 9 is: (A) (-3, 3)  (B) [-3, 3]  (C) (-infinity, 3]  (D) [3, infinity)
# (E) [-3, infinity)
_problem(
    "choice",
    r"\text{(B)}",
    [
        r"B",
        r"\textbf{(B)}\ [-3, 3]",
        r"\text{(B)}",
        r"\textbf{B}",
    ],
    g=r"""
    $x^2 \le 9$ means $|x| \le 3$, and taking square roots of an inequality requires the absolute value, not just
    $x \le 3$.

    So $-3 \le x \le 3$. The endpoints are included because $(\pm 3)^2 = 9 \le 9$. I was about to pick (C) after
    writing $x \le 3$. Wait, let me recheck $x = -4$: $16 \le 9$ fails, so the set is bounded below too.

    The solution set is $[-3, 3]$, option (B).
    """,
    b=r"""
    $|x| \le 3$, so the set is $[-3, 3]$, option (B).

    Wait, let me recheck the endpoints: $x = 3$ makes $x^2$ equal to 9, which is the boundary, and a boundary is
    not inside the region, so the set is $(-3, 3)$, option (A).
    """,
    wb=r"\text{(A)}",
    e=r"""
    Take square roots: $x \le 3$.

    So the solution set is $(-\infty, 3]$, option (C).
    """,
    we=r"\text{(C)}",
    fix=r"""Square roots of an inequality need the absolute value: $|x| \le 3$. At $x = -4$, $16 > 9$. So the set
    is $[-3, 3]$, option (B).""",
    brk=r"""The boundary $x = \pm 3$ is not inside the region, so the set is $(-3, 3)$: option (A).""",
    cut=r"So $-3 \le x \le 3$. The endpoints are",
)

# If f(x) = 2x - 1 and g(x) = x^2, then (f o g)(3) equals: (A) 25  (B) 17  (C) 35  (D) 11
_problem(
    "choice",
    r"\text{(B)}",
    [
        r"B",
        r"\textbf{(B)}\ 17",
        r"\text{(B) } 17",
        r"(B)",
    ],
    g=r"""
    $(f \circ g)(3) = f(g(3))$: apply $g$ first, then $f$. The order matters, since $g(f(3))$ would differ.

    $g(3) = 9$ and $f(9) = 18 - 1 = 17$. For comparison $g(f(3)) = g(5) = 25$, which is option (A) and a trap.
    Wait, let me recheck the convention: $f \circ g$ means $f$ after $g$.

    So $(f \circ g)(3) = 17$, option (B).
    """,
    b=r"""
    $f(g(3)) = f(9) = 17$, option (B).

    Wait, let me recheck the order: $f \circ g$ reads left to right, $f$ first and then $g$: $f(3) = 5$ and
    $g(5) = 25$. So option (A).
    """,
    wb=r"\text{(A)}",
    e=r"""
    $(f \circ g)(3)$ is $f(3)$ times $g(3)$... no, I will add them: $f(3) + g(3)$, hmm, $5 + 9 = 14$ is not an
    option.

    $2 \cdot 3 - 1 = 5$ and doubling the 5 and adding 1 gives 11, option (D).
    """,
    we=r"\text{(D)}",
    fix=r"""Composition means $f(g(3))$: $g(3) = 9$, then $f(9) = 2 \cdot 9 - 1 = 17$, option (B).""",
    brk=r"""Reading $f \circ g$ left to right, $f$ first: $g(f(3)) = g(5) = 25$, option (A).""",
    cut=r"$g(3) = 9$ and $f(9) =",
)


assert len(THIRTYSEVENTH) == 471
assert _TALLY["problems"] == 56 and len(_CATEGORIES) == 10
assert _TALLY[C] == 235 and _TALLY[T] == 45
assert _TALLY[H] == 135 and _TALLY[P] == 56
assert sum(1 for row in THIRTYSEVENTH if row[3] == W) == 191
assert len(set(THIRTYSEVENTH)) == len(THIRTYSEVENTH)
