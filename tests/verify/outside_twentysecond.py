"""TWENTYSECOND: a held-out batch of labelled answer-verification pairs in competition styles (issue 12).

Written on 2026-12-03 by a helper session (branch h/batch22) for the lead, with problems and values invented for
this file, to measure the verifier at first contact. Written blind: without reading toolkit/longcot/verify/, the
README, bench/, or any other file in tests/verify/ (only the first 140 lines of outside_twentieth.py, for the row
format, builder style and header style, plus a grep of its helper signatures just past them), and without running
longcot, math-verify or any other grader on any pair.
Every pair was labelled by hand (python and sympy used by hand to check the arithmetic only); pairs a reasonable
grader could label either way were left out (a bare value against a letter gold, radians where degrees are asked,
rounded decimals, `x(x^2-4)` for "factor completely"). Committed before any grading run, so its first run is an
out-of-sample number.

Rows are `(category, gold, whole model response, expected verdict)`; verdicts are "correct", "incorrect", or
"truncated" (the response stops mid-computation or mid-sentence before it states any final answer). Each response
models a real long chain of thought: several steps with intermediate numbers, a check by a second route, a false
start ("Wait, let me recheck") and rejected candidates, then one of the endings reasoning models write, in
rotation: a plain `\\boxed{}`, DeepSeek-R1 `<think>`...`</think>` then a summary and "**Final Answer**" with
`\\[\\boxed{}\\]`, QwQ "Wait," loops ending in a display box, Qwen2.5-Math "Therefore, the final answer is
$\\boxed{}$.", o1 plain prose ending "**Answer:** 42", Llama-3 "The final answer is: $\\boxed{42}$", a box
followed by a Qwen chat-template tail (`<|im_end|>` and a new user turn with other numbers), Minerva "Final Answer:
The final answer is $x$. I hope it is correct.", GSM8K `#### x`, a closing prose sentence, a display box followed
by a remark, a bold answer, and a "### Final Answer" heading; some rows close with a whole sentence instead
("The answer is 49 (three-digit: 049).", "That is answer choice B.", "...so it has no solution.").
Answer forms: AIME integers with and without leading zeros against golds stored both ways (`49` vs `049`, `040`
vs `40`, `7` vs `007`); AMC choices (`\\textbf{(B) } 3\\sqrt{13}`, `(B)`, `B`, `\\text{(C)}`, "answer choice C")
where the gold is the letter, and letter-plus-value where the gold is the value; ordered pairs and triples and
`a=2,\\ b=-15` forms; sums and products of roots; counts left unevaluated (`\\binom{10}{3}`, `\\binom{7}{4}`,
`6!`, `2^{10}`, `2\\cdot 3\\cdot 5\\cdot 7`, `\\frac{7!}{4!\\,3!}`); polynomials expanded against factored
and reordered; rational functions in equivalent simplified forms; exact trig values (`\\frac{1}{2}\\sqrt{3}`,
`\\frac{3}{2\\sqrt{3}}`, `\\frac{\\sqrt3-1}{\\sqrt3+1}` for `2-\\sqrt{3}`); degrees with `^\\circ`,
`\\text{ degrees}` where degrees are asked and `\\frac{5}{6}\\pi`, `\\pi/3` where radians are asked; complex
numbers as `i+5`, `0+32i`, `-8+0i`; matrices in bmatrix and array, vectors as tuples, `\\langle\\rangle` and
`\\mathbf{i}` sums; solution sets with `\\pm`, braces, lists, "or", reordered unions and set-builder; "no
solution" as `\\varnothing` and `\\emptyset`, "infinitely many" as `\\infty`; unsimplified probabilities.
Each problem has one worked reasoning (reaching the gold), one flawed recheck and one flawed reasoning without the
gold. Rows per problem: three correct rows in three forms; a correct row whose first box holds a wrong value and
whose recheck ends on the gold (several boxes, the last one counts); a hard negative where the flawed recheck
follows the whole right reasoning (the gold as its stated result, then overruled); a hard negative where it
overrules a boxed gold; a plain negative; and, for half the problems, a truncated row cut before the reasoning
reaches the gold (mid-sentence, an opened `\\boxed{`, a bare "So the answer is", or an unclosed `<think>`). The
hard negatives differ slightly: off by one, a sign, a swapped pair, a missing root, closed endpoints, a transposed
matrix, a factor of two, a wrong letter, a misread question (middle for largest, all roots for real roots). Rows
are added per problem through `_add`, which tags each negative as hard (H) or plain (P) in `_TALLY`. The question
itself is not part of the row; the comment above each problem states it.
60 problems in 15 categories (aime, choice_letter, choice_value, tuples, roots, counting, polynomials, rational,
trig, angles, complex, matrices, solution_sets, special, probability; 3 to 5 problems each); 450 rows: 240
correct, 180 incorrect, 30 truncated. Of the 180 negatives, 120 are hard (the gold stated in the text, or boxed,
before a wrong final answer) and 60 plain."""

from __future__ import annotations

from collections import Counter


C, W, T = "correct", "incorrect", "truncated"
H, P = "hard", "plain"  # tags for the two kinds of negative; both are stored as "incorrect"

TWENTYSECOND: list[tuple[str, str, str, str]] = []
_TALLY: Counter[str] = Counter()
_CATEGORIES: set[str] = set()

_QWEN_NEXT = (
    "<|im_end|>\n<|im_start|>user\nThanks! Can you redo it with 12 and 35 instead, and then with 7 and 64?<|im_end|>\n"
    "<|im_start|>assistant\n"
)


def _t(block: str) -> str:
    """A wrapped text block as one string: lines of a paragraph joined by spaces, paragraphs by a blank line."""
    paras = block.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.strip().splitlines()) for p in paras)


def _m(a: str) -> str:
    """An answer as prose writes it: bare when plain text, in `$...$` when it holds LaTeX."""
    return "$" + a + "$" if any(ch in a for ch in "\\^_{}") else a


# --- endings: each takes a reasoning and an answer string and returns the whole response ----------------------


def _box(r: str, a: str) -> str:
    """A plain closing box."""
    return r + "\n\nSo the answer is $\\boxed{" + a + "}$."


def _r1(r: str, a: str) -> str:
    """DeepSeek-R1: the thought in `<think>`, a short summary, then **Final Answer** with a display box."""
    return (
        "<think>\n"
        + r
        + "\n</think>\n\nI worked through the problem step by step and checked the result a second way.\n\n"
        + "**Final Answer**\n\\[\n\\boxed{"
        + a
        + "}\n\\]"
    )


def _qwq(r: str, a: str) -> str:
    """QwQ: several "Wait," loops that change nothing, then a display box."""
    return (
        r
        + "\n\nWait, did I read the question right? Let me look at it again. Yes, that is what it asks."
        + "\n\nWait, is there a case I skipped? I went through each one, so no."
        + "\n\nWait, could I have slipped in the arithmetic? I redid it above and it held up. Okay, I'm confident."
        + "\n\n**Final Answer**\n\\[ \\boxed{"
        + a
        + "} \\]"
    )


def _qm(r: str, a: str) -> str:
    """Qwen2.5-Math: "Therefore, the final answer is $\\boxed{}$."."""
    return r + "\n\nTherefore, the final answer is $\\boxed{" + a + "}$."


def _o1(r: str, a: str) -> str:
    """o1: plain prose, then a bold `**Answer:**` line without a box."""
    return r + "\n\n**Answer:** " + _m(a)


def _llama(r: str, a: str) -> str:
    """Llama-3 instruct: "The final answer is: $\\boxed{}$"."""
    return r + "\n\nThe final answer is: $\\boxed{" + a + "}$"


def _tail(r: str, a: str) -> str:
    """A box followed by a Qwen chat-template tail whose next user turn holds other numbers."""
    return r + "\n\nThe answer is $\\boxed{" + a + "}$." + _QWEN_NEXT


def _minerva(r: str, a: str) -> str:
    """Minerva: "Final Answer: The final answer is $x$. I hope it is correct."."""
    return r + "\n\nFinal Answer: The final answer is $" + a + "$. I hope it is correct."


def _gsm(r: str, a: str) -> str:
    """GSM8K: the last line is `#### answer`."""
    return r + "\n#### " + a


def _prose(r: str, a: str) -> str:
    """A closing prose sentence, no box."""
    return r + "\n\nPutting everything together, the answer is " + _m(a) + "."


def _rem(r: str, a: str) -> str:
    """A display box followed by a remark without numbers."""
    return (
        r + "\n\n$$\\boxed{" + a + "}$$\n\nLet me know if you would like me to walk through any step in more detail."
    )


def _bold(r: str, a: str) -> str:
    """A bold answer in a closing sentence."""
    return r + "\n\nThe answer is **" + _m(a) + "**."


def _head(r: str, a: str) -> str:
    """A `### Final Answer` heading, the box on the next line."""
    return r + "\n\n### Final Answer\n$\\boxed{" + a + "}$"


_ENDINGS = [_box, _r1, _qwq, _qm, _o1, _llama, _tail, _minerva, _gsm, _prose, _rem, _bold, _head]
_TURN = [0]


def _end(r: str, a: str) -> str:
    """The next ending in the rotation; an answer starting with `RAW:` is a whole closing text, appended as it is."""
    if a.startswith("RAW:"):
        return r + "\n\n" + a[4:]
    fn = _ENDINGS[_TURN[0] % len(_ENDINGS)]
    _TURN[0] += 1
    return fn(r, a)


def _fix(e: str, we: str, fix: str, a: str) -> str:
    """A flawed reasoning boxes a wrong value, rechecks, and ends on the gold (the last box wins)."""
    return _end(e + "\n\nSo I get $\\boxed{" + we + "}$.\n\nWait, let me recheck that. " + fix, a)


def _brk(g: str, a: str, brk: str, wk: str) -> str:
    """A right reasoning boxes the gold, then a flawed recheck overrules it with a wrong final answer."""
    return _end(g + "\n\nSo the answer is $\\boxed{" + a + "}$.\n\nHmm, wait. " + brk, wk)


def _cut(g: str, stop: str) -> str:
    """`g` up to the first `stop` (where the value would come next): it stops mid-sentence or mid-computation."""
    return g[: g.index(stop)].rstrip(" ,=:")


def _whole(g: str, stop: str) -> str:
    """`g` up to the last full sentence before `stop`; the cut text itself when no sentence ends before it."""
    head = g[: g.index(stop)]
    end = max(head.rfind(". "), head.rfind(".\n"))
    return head[: end + 1].rstrip() if end > 0 else ""


_CUTS = [0]


def _half(g: str, stop: str) -> str:
    """A truncated row, four kinds in turn: mid-sentence, an opened box, a bare marker, an unclosed `<think>`. The
    cut always falls before the reasoning reaches the gold; the box and marker kinds fall back to mid-sentence
    when no sentence ends before the cut."""
    kind = _CUTS[0] % 4
    _CUTS[0] += 1
    head = _whole(g, stop)
    if kind == 1 and head:
        return head + "\n\nTherefore, the final answer is $\\boxed{"
    if kind == 2 and head:
        return head + "\n\nLet me write down the result. So the answer is"
    if kind == 3:
        return "<think>\n" + _cut(g, stop)
    return _cut(g, stop)


def _add(
    category: str,
    gold: str,
    g: str,
    forms: list[str],
    brk: str,
    wk: str,
    e: str,
    we: str,
    fix: str,
    stop: str | None,
) -> None:
    """One problem, built from a worked reasoning `g` reaching the gold, a flawed recheck `brk` ending on `wk`, a
    flawed reasoning `e` ending on `we` (the gold not in it), and a `fix` that repairs `e`.

    Rows: three correct rows (forms[0..2]), a correct row whose wrong box is fixed (the last form), a hard negative
    where the recheck follows the whole right reasoning without a box, a hard negative where it overrules a right
    box, a plain negative, and (when `stop` is given) a truncated row cut where `stop` begins in `g`."""
    _TALLY["problems"] += 1
    _CATEGORIES.add(category)
    last = forms[3] if len(forms) > 3 else forms[0]
    first = forms[0]
    assert not first.startswith("RAW:")
    rows = [
        (C, _end(g, forms[0])),
        (C, _end(g, forms[1])),
        (C, _end(g, forms[2])),
        (C, _fix(e, we, fix, last)),
        (H, _end(g + "\n\nHmm, wait. " + brk, wk)),
        (H, _brk(g, first, brk, wk)),
        (P, _end(e, we)),
    ]
    if stop is not None:
        rows.append((T, _half(g, stop)))
    for tag, response in rows:
        _TALLY[tag] += 1
        TWENTYSECOND.append((category, gold, response, W if tag in (H, P) else tag))


# ================================================================================================================
# aime: AIME integers, with and without leading zeros ("042", "the answer is 42 (three-digit: 042)")
# ================================================================================================================

# Q: Find the remainder when 7^{2026} is divided by 100.
_add(
    "aime",
    "49",
    _t(r"""
    We need $7^{2026} \bmod 100$. Powers of 7 modulo 100: $7^1 = 7$, $7^2 = 49$, $7^3 = 343 \equiv 43$, and
    $7^4 = 7 \cdot 43 = 301 \equiv 1$.

    So the order of 7 modulo 100 is 4. My first thought was that $2026$ leaves remainder 1 on division by 4,
    since $4 \cdot 506 = 2025$? Wait, let me recheck: $4 \cdot 500 = 2000$ and $4 \cdot 6 = 24$, so
    $4 \cdot 506 = 2024$ and the remainder is $2$.

    Hence $7^{2026} = (7^4)^{506} \cdot 7^2 \equiv 1 \cdot 49 = 49 \pmod{100}$.

    Cross-check with the Carmichael function: $\lambda(100) = 20$ and $2026 \bmod 20 = 6$, so
    $7^{2026} \equiv 7^6 = 7^4 \cdot 7^2 \equiv 49$. Both routes agree on 49.
    """),
    ["049", "49", "RAW:The answer is 49 (three-digit: 049).", "049"],
    _t(r"""
    I matched the exponent to the cycle $7, 49, 43, 1$ by its remainder mod 4, but that list starts at $7^1$, so
    remainder 2 should be read as the third entry of the list. That makes the remainder 43.
    """),
    "043",
    _t(r"""
    Modulo 100, $7^4 = 2401 \equiv 1$, so the powers of 7 repeat with period 4.

    Now $2026 = 4 \cdot 506 + 1$, so $7^{2026} = (7^4)^{506} \cdot 7 \equiv 7 \pmod{100}$.

    As an AIME answer this is written with three digits.
    """),
    "007",
    _t(r"""
    $4 \cdot 506 = 2024$, not 2025, so $2026 = 4 \cdot 506 + 2$ and $7^{2026} \equiv 7^2 = 49 \pmod{100}$.
    """),
    None,
)

# Q: Find the remainder when 2^{2026} is divided by 9.
_add(
    "aime",
    "7",
    _t(r"""
    Powers of 2 modulo 9: $2, 4, 8, 16 \equiv 7, 14 \equiv 5, 10 \equiv 1$. So $2^6 \equiv 1$ and the period is 6.

    Divide the exponent: I first wrote $6 \cdot 338 = 2028$, which overshoots. Wait, let me recheck:
    $6 \cdot 337 = 2022$, so $2026 = 6 \cdot 337 + 4$.

    Thus $2^{2026} \equiv 2^4 = 16 \equiv 7 \pmod 9$.

    Second route: $2^3 = 8 \equiv -1$, and $2026 = 3 \cdot 675 + 1$, so
    $2^{2026} \equiv (-1)^{675} \cdot 2 = -2 \equiv 7$. Consistent.
    """),
    ["007", "7", "RAW:The remainder is 7; in the three-digit AIME format that is $\\boxed{007}$.", "007"],
    _t(r"""
    I read the residue off the cycle at position 4, but the list should start at $2^0$: it is
    $1, 2, 4, 8, 7, 5$, and its fourth entry is 8. So the remainder is 8.
    """),
    "008",
    _t(r"""
    By Fermat's little theorem the powers of 2 repeat modulo 9 with period $9 - 1 = 8$.

    Then $2026 = 8 \cdot 253 + 2$, since $8 \cdot 253 = 2024$. So $2^{2026} \equiv 2^2 = 4 \pmod 9$.
    """),
    "004",
    _t(r"""
    Fermat's theorem needs a prime modulus, and 9 is not prime; $\varphi(9) = 6$. Directly,
    $2^6 = 64 = 63 + 1 \equiv 1$. With $2026 = 6 \cdot 337 + 4$ we get $2^{2026} \equiv 2^4 = 16 \equiv 7$.
    """),
    None,
)

# Q: How many ordered pairs (x, y) of positive integers satisfy xy = 2160? (AIME format: gold stored as 040)
_add(
    "aime",
    "040",
    _t(r"""
    Each ordered pair is fixed by choosing $x$ as a positive divisor of 2160, and then $y = 2160/x$.

    Factor: $2160 = 216 \cdot 10 = 2^3 \cdot 3^3 \cdot 2 \cdot 5 = 2^4 \cdot 3^3 \cdot 5$.

    The number of divisors: my first pass wrote $4 \cdot 3 \cdot 1 = 12$. Wait, let me recheck: each exponent
    can range from 0 up, so it is $(4+1)(3+1)(1+1) = 5 \cdot 4 \cdot 2 = 40$.

    The pairs are ordered, so $(x, y)$ and $(y, x)$ both count, and 2160 is not a square (the exponent of 3 is
    odd), so nothing is special. There are 40 ordered pairs.
    """),
    ["40", "040", "RAW:There are 40 ordered pairs, so the answer is 40 (three-digit: 040).", "40"],
    _t(r"""
    Each unordered pair $\{x, y\}$ got counted twice, once as $(x, y)$ and once as $(y, x)$, so I should halve:
    $40 / 2 = 20$.
    """),
    "020",
    _t(r"""
    $2160 = 2^4 \cdot 3^3 \cdot 5$. The number of divisors is the product of the exponents: $4 \cdot 3 \cdot 1 = 12$,
    so there are 12 choices for $x$, each giving one pair.

    Small divisors: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, and that is already ten below 13, but I'll trust the formula.
    """),
    "012",
    _t(r"""
    The divisor count is $(4+1)(3+1)(1+1)$, not the product of the exponents, because each exponent can also be
    0. That gives $5 \cdot 4 \cdot 2 = 40$ divisors, hence 40 ordered pairs.
    """),
    r"= 5 \cdot 4 \cdot 2 = 40",
)

# Q: Find the sum of all positive integers n for which n^2 - 19n + 99 is a perfect square.
_add(
    "aime",
    "38",
    _t(r"""
    Set $n^2 - 19n + 99 = m^2$ with $m \ge 0$. Multiply by 4: $(2n - 19)^2 - 361 + 396 = 4m^2$, so
    $(2m)^2 - (2n - 19)^2 = 35$.

    Factor: $(2m - (2n - 19))(2m + (2n - 19)) = 35$. The pairs are $1 \cdot 35$ and $5 \cdot 7$. From $1 \cdot 35$:
    $2m = 18$ and $2n - 19 = \pm 17$, so $n = 18$ or $n = 1$. From $5 \cdot 7$: $2m = 6$ and $2n - 19 = \pm 1$, so
    $n = 10$ or $n = 9$.

    Wait, let me recheck each one: $n = 1$: $1 - 19 + 99 = 81 = 9^2$. $n = 9$: $81 - 171 + 99 = 9$.
    $n = 10$: $100 - 190 + 99 = 9$. $n = 18$: $324 - 342 + 99 = 81$. All squares.

    The sum is $1 + 9 + 10 + 18 = 38$.
    """),
    ["38", "038", "RAW:The sum of all such $n$ is $38$, entered as 038.", "038"],
    _t(r"""
    $2n - 19$ has to be positive, since I divided through assuming $2n > 19$; so only the plus signs count,
    $n = 18$ and $n = 10$, and the sum is 28.
    """),
    "028",
    _t(r"""
    Completing the square as above gives $(2m)^2 - (2n - 19)^2 = 35$. Since 35 factors as $1 \cdot 35$, we get
    $2m - (2n - 19) = 1$ and $2m + (2n - 19) = 35$ up to sign, so $2m = 18$ and $2n - 19 = \pm 17$.

    That gives $n = 18$ or $n = 1$; check: $n = 1$ gives 81. The sum is $1 + 18 = 19$.
    """),
    "019",
    _t(r"""
    I skipped the factor pair $5 \cdot 7$, which gives $2m = 6$ and $2n - 19 = \pm 1$, i.e. $n = 10$ and $n = 9$.
    The full sum is $1 + 9 + 10 + 18 = 38$.
    """),
    "= 38$",
)

# ================================================================================================================
# choice_letter: AMC multiple choice, the gold is the letter
# ================================================================================================================

# Q: A rectangle has perimeter 30 and area 54. How long is its diagonal?
#    (A) 3\sqrt{19}  (B) 3\sqrt{13}  (C) 12  (D) 6\sqrt{22}  (E) 15
_add(
    "choice_letter",
    "B",
    _t(r"""
    Let the sides be $l$ and $w$. The perimeter gives $2(l + w) = 30$, so $l + w = 15$; the area gives $lw = 54$.

    The diagonal satisfies $d^2 = l^2 + w^2 = (l + w)^2 - 2lw = 225 - 108 = 117$.

    Wait, let me recheck by finding the sides: $t^2 - 15t + 54 = 0$ factors as $(t - 9)(t - 6)$, so the sides
    are 9 and 6, and $81 + 36 = 117$. Good.

    $\sqrt{117} = \sqrt{9 \cdot 13} = 3\sqrt{13} \approx 10.82$, which is choice (B); choice (C) 12 would need
    $d^2 = 144$, too large.
    """),
    ["\\textbf{(B) } 3\\sqrt{13}", "(B)", "B", "RAW:That is answer choice B."],
    _t(r"""
    I used $l + w = 15$, but the perimeter is 30, so let me redo it with $l + w = 30$:
    $(l + w)^2 - 2lw = 900 - 108 = 792 = 36 \cdot 22$, so $d = 6\sqrt{22}$, which is choice (D).
    """),
    "\\textbf{(D) } 6\\sqrt{22}",
    _t(r"""
    With $l + w = 15$ and $lw = 54$: $d^2 = (l + w)^2 - lw = 225 - 54 = 171 = 9 \cdot 19$.

    So $d = 3\sqrt{19} \approx 13.08$, which is less than the half-perimeter 15, so it is plausible. That is
    choice (A).
    """),
    "\\textbf{(A) } 3\\sqrt{19}",
    _t(r"""
    The identity is $l^2 + w^2 = (l + w)^2 - 2lw$, with a factor 2. So $d^2 = 225 - 108 = 117$ and
    $d = 3\sqrt{13}$ (sides 9 and 6), which is choice (B).
    """),
    r"= 3\sqrt{13}",
)

# Q: A price is cut by 20% and the new price is then raised by 25%. The final price is what percent of the
#    original?  (A) 95%  (B) 105%  (C) 100%  (D) 110%  (E) 125%
_add(
    "choice_letter",
    "C",
    _t(r"""
    Start with a price of 100. After the 20% discount it is 80. Raising 80 by 25%: 25% of 80 is 20, so the price
    is back to 100.

    Wait, let me recheck with multipliers: $0.8 \times 1.25 = 1.00$. Yes, the final price equals the original.

    The tempting shortcut is to add $-20\%$ and $+25\%$, but the 25% is taken of a smaller base. The final price
    is 100% of the original, choice (C).
    """),
    ["\\text{(C)}", "\\textbf{(C)}\\ 100\\%", "C", "RAW:The final price is 100% of the original: answer choice C."],
    _t(r"""
    A 25% raise on the discounted 80 adds 25, giving 105, so the final price is 105% of the original: choice (B).
    """),
    "\\textbf{(B) } 105\\%",
    _t(r"""
    For two successive changes of $a\%$ and $b\%$ the net change is $a + b + ab/100$. Here $a = -20$ and $b = 25$,
    and I'll take the product term as $+5$: the net change is $-20 + 25 + 5 = 10$.

    So the final price is 110% of the original, choice (D).
    """),
    "\\textbf{(D) } 110\\%",
    _t(r"""
    In $a + b + ab/100$ the product term is $(-20)(25)/100 = -5$, not $+5$, so the net change is
    $-20 + 25 - 5 = 0$. Directly, $0.8 \cdot 1.25 = 1$: the final price is 100% of the original, choice (C).
    """),
    None,
)

# Q: How many of the integers 1, 2, ..., 30 are relatively prime to 30?
#    (A) 6  (B) 7  (C) 10  (D) 8  (E) 15
_add(
    "choice_letter",
    "D",
    _t(r"""
    $30 = 2 \cdot 3 \cdot 5$, so $\varphi(30) = 30 \cdot \tfrac12 \cdot \tfrac23 \cdot \tfrac45 = 8$.

    Wait, let me recheck by listing: 1, 7, 11, 13, 17, 19, 23, 29. That is eight numbers, and 1 counts because
    $\gcd(1, 30) = 1$.

    Inclusion-exclusion as a third check: $30 - (15 + 10 + 6) + (5 + 3 + 2) - 1 = 8$. So the count is 8, which is
    choice (D).
    """),
    ["\\textbf{(D) } 8", "D", "(D)", "RAW:The count is 8, which is answer choice D."],
    _t(r"""
    1 shouldn't count: it is neither prime nor composite, so it isn't really "relatively prime" to anything in
    the intended sense. Dropping it leaves 7, choice (B).
    """),
    "\\textbf{(B)}\\ 7",
    _t(r"""
    $\varphi$ is multiplicative, so $\varphi(30) = \varphi(2)\varphi(3)\varphi(5) = 1 \cdot 2 \cdot 5 = 10$, using
    $\varphi(5) = 5$.

    So 10 of the integers from 1 to 30 are coprime to 30, choice (C).
    """),
    "\\textbf{(C) } 10",
    _t(r"""
    $\varphi(5) = 4$, not 5, since only 1, 2, 3, 4 are coprime to 5. So $\varphi(30) = 1 \cdot 2 \cdot 4 = 8$, which
    matches the list 1, 7, 11, 13, 17, 19, 23, 29. That is choice (D).
    """),
    " = 8$.",
)

# Q: The sum of three consecutive odd integers is 75. What is the largest of them?
#    (A) 23  (B) 25  (C) 27  (D) 29  (E) 31
_add(
    "choice_letter",
    "C",
    _t(r"""
    Let the integers be $n$, $n + 2$, $n + 4$. Then $3n + 6 = 75$, so $3n = 69$ and $n = 23$.

    The three integers are 23, 25, 27. Wait, let me recheck the sum: $23 + 25 = 48$ and $48 + 27 = 75$. Good.

    The largest is 27, choice (C).
    """),
    ["\\textbf{(C) } 27", "(C)", "C", "RAW:The largest of the three is 27, so I pick answer choice C."],
    _t(r"""
    Rereading, the three integers are centered at $75/3 = 25$, and that middle value is what the problem is
    after. That's choice (B).
    """),
    "\\textbf{(B) } 25",
    _t(r"""
    Let the integers be $n$, $n + 2$, $n + 4$, so $3n + 6 = 75$ and $n = 23$.

    The largest one is $n + 6 = 29$, choice (D).
    """),
    "\\textbf{(D) } 29",
    _t(r"""
    With $n$, $n + 2$, $n + 4$ the largest is $n + 4$, not $n + 6$: $23 + 4 = 27$. Check: $23 + 25 + 27 = 75$. So
    it's choice (C).
    """),
    None,
)

# ================================================================================================================
# choice_value: AMC multiple choice, the gold is the value
# ================================================================================================================

# Q: The mean of five numbers is 12. When one number is removed, the mean of the other four is 10. Which number
#    was removed?  (A) 16  (B) 18  (C) 20  (D) 22  (E) 24
_add(
    "choice_value",
    "20",
    _t(r"""
    The five numbers sum to $5 \times 12 = 60$, and the remaining four sum to $4 \times 10 = 40$.

    So the removed number is $60 - 40 = 20$. Wait, let me recheck another way: removing $x$ leaves $60 - x$
    spread over 4 numbers, and $(60 - x)/4 = 10$ gives $x = 20$.

    That's choice (C).
    """),
    ["\\textbf{(C) } 20", "20", "(C)\\ 20", "20"],
    _t(r"""
    The mean fell by 2 across all five numbers, so the removed number must sit $2 \cdot 5 = 10$ above the mean:
    $12 + 10 = 22$, choice (D).
    """),
    "\\textbf{(D) } 22",
    _t(r"""
    The mean dropped by 2 and four numbers remain, so the removed number is $10 + 2 \cdot 4 = 18$.

    That matches choice (B).
    """),
    "\\textbf{(B) } 18",
    _t(r"""
    Using sums: $5 \cdot 12 = 60$ and $4 \cdot 10 = 40$, so the removed number is $60 - 40 = 20$. (The drop
    argument should be measured from the old mean, $12 + 2 \cdot 4 = 20$.) Choice (C).
    """),
    "$60 - 40 = 20$",
)

# Q: How many diagonals does a convex decagon have?  (A) 20  (B) 35  (C) 45  (D) 70  (E) 90
_add(
    "choice_value",
    "35",
    _t(r"""
    Any two of the 10 vertices determine a segment: $\binom{10}{2} = 45$ segments. Ten of them are sides, so there
    are $45 - 10 = 35$ diagonals.

    Wait, let me recheck with $n(n - 3)/2$: each vertex has $n - 3 = 7$ diagonals, $10 \cdot 7 = 70$ counts each
    diagonal twice, so $70/2 = 35$.

    That's choice (B).
    """),
    ["\\textbf{(B) } 35", "35", "\\text{(B) } 35", "35"],
    _t(r"""
    Each vertex sends out 7 diagonals and there are 10 vertices, so there are 70 diagonals, choice (D).
    """),
    "\\textbf{(D) } 70",
    _t(r"""
    A diagonal joins two vertices, and there are $\binom{10}{2} = 45$ ways to pick two vertices.

    So the decagon has 45 diagonals, choice (C).
    """),
    "\\textbf{(C) } 45",
    _t(r"""
    The 45 pairs include the 10 sides of the decagon, which are not diagonals: $45 - 10 = 35$, choice (B).
    """),
    None,
)

# Q: What is the remainder when 2^{20} is divided by 7?  (A) 1  (B) 2  (C) 4  (D) 5  (E) 6
_add(
    "choice_value",
    "4",
    _t(r"""
    Powers of 2 modulo 7: $2, 4, 8 \equiv 1$, so they repeat with period 3.

    $20 = 3 \cdot 6 + 2$, so $2^{20} = (2^3)^6 \cdot 2^2 \equiv 1 \cdot 4 = 4$. Wait, let me recheck with
    $2^{10} = 1024 = 7 \cdot 146 + 2$: $2^{10} \equiv 2$, so $2^{20} \equiv 2^2 = 4$. Good.

    That's choice (C).
    """),
    ["\\textbf{(C) } 4", "4", "(C)\\ 4", "4"],
    _t(r"""
    The cycle $2, 4, 1$ should be indexed from zero, and the remainder 2 picks the entry at index 2, which is 1.
    That's choice (A).
    """),
    "\\textbf{(A) } 1",
    _t(r"""
    $2^{10} = 1024$. Dividing by 7: $7 \cdot 146 = 1021$, so $2^{10} \equiv 3 \pmod 7$.

    Then $2^{20} = (2^{10})^2 \equiv 9 \equiv 2 \pmod 7$, choice (B).
    """),
    "\\textbf{(B) } 2",
    _t(r"""
    $7 \cdot 146 = 1022$, not 1021, so $2^{10} \equiv 2$ and $2^{20} \equiv 4$, which also matches the cycle
    $2, 4, 1$ with $20 \equiv 2 \pmod 3$. Choice (C).
    """),
    r"\equiv 1 \cdot 4 = 4$",
)

# ================================================================================================================
# tuples: ordered pairs and triples, "a=2, b=3" forms
# ================================================================================================================

# Q: Find the ordered pair (x, y) of positive integers with x^2 - y^2 = 45 and x - y = 3.
_add(
    "tuples",
    "(9,6)",
    _t(r"""
    $x^2 - y^2 = (x - y)(x + y) = 45$, and with $x - y = 3$ this gives $x + y = 15$.

    Adding the two: $2x = 18$, so $x = 9$; subtracting: $2y = 12$, so $y = 6$. Wait, let me recheck:
    $81 - 36 = 45$ and $9 - 6 = 3$. Good.

    Both are positive integers, so $(x, y) = (9, 6)$.
    """),
    ["(9, 6)", "x=9,\\ y=6", "\\left(9,6\\right)", "(9,6)"],
    _t(r"""
    I think I combined them the wrong way round: from $x + y = 15$ and $x - y = 3$, subtracting gives $2x = 12$,
    so $x = 6$ and $y = 9$. The pair is $(6, 9)$.
    """),
    "(6, 9)",
    _t(r"""
    $x^2 - y^2 = (x - y)(x + y)$, so $x + y = 45/3 = 15$.

    Adding $x + y = 15$ and $x - y = 3$: $2x = 18$, so $x = 9$. Then $y = x + 3 = 12$.
    """),
    "(9, 12)",
    _t(r"""
    From $x - y = 3$ we get $y = x - 3$, not $x + 3$, so $y = 6$. Check: $81 - 36 = 45$. The pair is $(9, 6)$.
    """),
    "so $x = 9$",
)

# Q: Solve the system x + y = 3, y + z = 5, x + z = 6 and give the ordered triple (x, y, z).
_add(
    "tuples",
    "(2,1,4)",
    _t(r"""
    Adding all three equations: $2(x + y + z) = 3 + 5 + 6 = 14$, so $x + y + z = 7$.

    Then $z = 7 - (x + y) = 4$, $x = 7 - (y + z) = 2$, and $y = 7 - (x + z) = 1$.

    Wait, let me recheck each equation: $x + y = 3$, $y + z = 5$, $x + z = 6$. All hold, so
    $(x, y, z) = (2, 1, 4)$.
    """),
    ["(2, 1, 4)", "x=2,\\ y=1,\\ z=4", "\\left(2,\\,1,\\,4\\right)", "(2,1,4)"],
    _t(r"""
    The three right-hand sides add to $3 + 5 + 6 = 15$, not 14, so $x + y + z = 7.5$, and then $x = 2.5$,
    $y = 1.5$, $z = 4.5$.
    """),
    "(2.5, 1.5, 4.5)",
    _t(r"""
    Adding the equations: $x + y + z = 3 + 5 + 6 = 14$.

    Then $x = 14 - (y + z) = 9$, $y = 14 - (x + z) = 8$, and $z = 14 - (x + y) = 11$.
    """),
    "(9, 8, 11)",
    _t(r"""
    Each variable appears twice in the sum, so $2(x + y + z) = 14$ and $x + y + z = 7$. Then $x = 2$, $y = 1$,
    $z = 4$; check $2 + 1 = 3$, $1 + 4 = 5$, $2 + 4 = 6$.
    """),
    None,
)

# Q: The quadratic x^2 + ax + b has roots 3 and -5. Find the ordered pair (a, b).
_add(
    "tuples",
    "(2,-15)",
    _t(r"""
    By Vieta, the sum of the roots is $-a$ and the product is $b$. The sum is $3 + (-5) = -2$, so $a = 2$. The
    product is $3 \cdot (-5) = -15$, so $b = -15$.

    Wait, let me recheck by expanding: $(x - 3)(x + 5) = x^2 + 5x - 3x - 15 = x^2 + 2x - 15$. Good.

    So $(a, b) = (2, -15)$.
    """),
    ["(2, -15)", "a=2,\\ b=-15", "a = 2 \\text{ and } b = -15", "(2,-15)"],
    _t(r"""
    For $x^2 + ax + b$ the coefficient $a$ is the sum of the roots itself, so $a = -2$, and the pair is
    $(-2, -15)$.
    """),
    "(-2, -15)",
    _t(r"""
    The polynomial with roots 3 and $-5$ is $(x - 3)(x - 5) = x^2 - 8x + 15$.

    So $a = -8$ and $b = 15$.
    """),
    "(-8, 15)",
    _t(r"""
    The root $-5$ gives the factor $(x + 5)$, not $(x - 5)$: $(x - 3)(x + 5) = x^2 + 2x - 15$, so $a = 2$ and
    $b = -15$.
    """),
    None,
)

# Q: Find the center (h, k) of the circle x^2 + y^2 - 6x + 4y - 12 = 0.
_add(
    "tuples",
    "(3,-2)",
    _t(r"""
    Complete the square: $x^2 - 6x = (x - 3)^2 - 9$ and $y^2 + 4y = (y + 2)^2 - 4$.

    So $(x - 3)^2 + (y + 2)^2 = 12 + 9 + 4 = 25$. Wait, let me recheck the constant: moving $-12$ to the right
    gives $+12$, then $+9$ and $+4$, so 25 and the radius is 5.

    The center is $(3, -2)$.
    """),
    ["(3, -2)", "h=3,\\ k=-2", "(3,\\,-2)", "(3,-2)"],
    _t(r"""
    In the standard form $(x + h)^2 + (y + k)^2 = r^2$, the factor $(x - 3)$ means $h = -3$ and $(y + 2)$ means
    $k = 2$, so the center is $(-3, 2)$.
    """),
    "(-3, 2)",
    _t(r"""
    The center can be read off the linear coefficients with their signs flipped: $-6x$ and $+4y$ give $(6, -4)$.

    The radius would then follow from the constant term.
    """),
    "(6, -4)",
    _t(r"""
    The coefficients must be halved when completing the square: $-6x$ comes from $(x - 3)^2$ and $4y$ from
    $(y + 2)^2$. So the center is $(3, -2)$.
    """),
    "= 25$. Wait",
)

# ================================================================================================================
# roots: sums and products of roots
# ================================================================================================================

# Q: Find the sum of the roots of 2x^2 + 5x - 3 = 0.
_add(
    "roots",
    "-\\frac{5}{2}",
    _t(r"""
    For $ax^2 + bx + c$ the sum of the roots is $-b/a = -5/2$.

    Wait, let me recheck by factoring: $2x^2 + 5x - 3 = (2x - 1)(x + 3)$, so the roots are $1/2$ and $-3$, and
    $1/2 - 3 = -5/2$. Good.

    So the sum of the roots is $-\frac{5}{2}$.
    """),
    ["-2.5", "-\\dfrac{5}{2}", "\\frac{-5}{2}", "-\\frac{5}{2}"],
    _t(r"""
    By Vieta the sum is $b/a = 5/2$.
    """),
    "\\frac{5}{2}",
    _t(r"""
    The sum of the roots of a quadratic is $-b$, and here $b = 5$, so the sum is $-5$.

    I'd verify by factoring, but the formula is standard.
    """),
    "-5",
    _t(r"""
    Vieta's sum is $-b/a$, so I must divide by the leading coefficient 2. Factoring $(2x - 1)(x + 3)$ gives the
    roots $1/2$ and $-3$, whose sum is $-5/2$.
    """),
    None,
)

# Q: Find the sum of all real solutions of |2x - 3| = 7.
_add(
    "roots",
    "3",
    _t(r"""
    Case 1: $2x - 3 = 7$, so $x = 5$. Case 2: $2x - 3 = -7$, so $2x = -4$ and $x = -2$.

    Wait, let me recheck both: $|10 - 3| = 7$ and $|-4 - 3| = |-7| = 7$. Good.

    The sum is $5 + (-2) = 3$.
    """),
    ["3", "RAW:The two solutions are $x = 5$ and $x = -2$, so their sum is $\\boxed{3}$.", "x_1+x_2=3", "3"],
    _t(r"""
    In case 2, $2x - 3 = -7$ gives $2x = -10$, so $x = -5$, and the sum is $5 + (-5) = 0$.
    """),
    "0",
    _t(r"""
    $2x - 3 = 7$ gives $x = 5$. An absolute value is never negative, so that is the only solution.

    The sum of the solutions is therefore just 5.
    """),
    "5",
    _t(r"""
    $|u| = 7$ has two cases, $u = 7$ and $u = -7$; the second gives $2x = -4$, $x = -2$. The sum is
    $5 - 2 = 3$.
    """),
    "= 3$.",
)

# Q: Let r and s be the roots of x^2 - 4x + 1 = 0. Find r^2 + s^2.
_add(
    "roots",
    "14",
    _t(r"""
    By Vieta, $r + s = 4$ and $rs = 1$. Then $r^2 + s^2 = (r + s)^2 - 2rs = 16 - 2 = 14$.

    Wait, let me recheck with the explicit roots $2 \pm \sqrt{3}$: $(2 + \sqrt3)^2 = 7 + 4\sqrt3$ and
    $(2 - \sqrt3)^2 = 7 - 4\sqrt3$, which add to 14. Good.
    """),
    ["14", "r^2+s^2=14", "14", "14"],
    _t(r"""
    $(r + s)^2 = r^2 + rs + s^2$, so I subtract $rs$ only once: $16 - 1 = 15$.
    """),
    "15",
    _t(r"""
    By Vieta, $r + s = 4$ and $rs = -1$.

    Then $r^2 + s^2 = (r + s)^2 - 2rs = 16 + 2 = 18$.
    """),
    "18",
    _t(r"""
    For $x^2 - 4x + 1$ the product of the roots is $c/a = +1$, not $-1$. So $r^2 + s^2 = 16 - 2 = 14$, matching
    $(2 \pm \sqrt3)^2$ summing to 14.
    """),
    None,
)

# Q: Find the product of all real roots of x^4 + x^2 - 12 = 0.
_add(
    "roots",
    "-3",
    _t(r"""
    Let $u = x^2$: $u^2 + u - 12 = 0$, which factors as $(u + 4)(u - 3) = 0$, so $u = 3$ or $u = -4$.

    $u = -4$ would need $x^2 = -4$, with no real solutions. $u = 3$ gives $x = \pm\sqrt3$.

    Wait, let me recheck: $(\sqrt3)^4 + (\sqrt3)^2 - 12 = 9 + 3 - 12 = 0$. Good.

    The product of the real roots is $\sqrt3 \cdot (-\sqrt3) = -3$.
    """),
    ["-3", "RAW:The real roots are $\\pm\\sqrt{3}$, and their product is $\\boxed{-3}$.", "x_1x_2=-3", "-3"],
    _t(r"""
    By Vieta the product of the roots of a quartic is its constant term, so the product is $-12$.
    """),
    "-12",
    _t(r"""
    Let $u = x^2$: $u^2 + u - 12 = (u - 4)(u + 3)$, and only the factor $u - 4$ gives real $x$.

    So $x^2 = 4$, $x = \pm 2$, and the product of the real roots is $(2)(-2) = -4$.
    """),
    "-4",
    _t(r"""
    Expanding $(u - 4)(u + 3)$ gives $u^2 - u - 12$, the wrong middle sign; the factorization is
    $(u + 4)(u - 3)$. So $x^2 = 3$, the real roots are $\pm\sqrt3$, and their product is $-3$.
    """),
    "= -3$.",
)

# ================================================================================================================
# counting: binomials, factorials, powers and products left unevaluated
# ================================================================================================================

# Q: In how many ways can a 3-person committee be chosen from 10 people?
_add(
    "counting",
    "120",
    _t(r"""
    A committee has no roles, so the order of choosing doesn't matter: $\binom{10}{3}$.

    $\binom{10}{3} = \frac{10 \cdot 9 \cdot 8}{3 \cdot 2 \cdot 1} = \frac{720}{6} = 120$. Wait, let me recheck:
    $10 \cdot 9 = 90$, $90 \cdot 8 = 720$, and $720/6 = 120$. Good.
    """),
    ["\\binom{10}{3}", "\\binom{10}{3} = 120", "120 \\text{ ways}", "120"],
    _t(r"""
    The members are picked one after another, so the order of selection should count: $10 \cdot 9 \cdot 8 = 720$.
    """),
    "720",
    _t(r"""
    There are $10 \cdot 9 \cdot 8 = 720$ ordered choices, and each committee appears twice in that list (once in
    each order), so the count is $720/2 = 360$.
    """),
    "360",
    _t(r"""
    Three people can be ordered in $3! = 6$ ways, not 2, so the count is $720/6 = 120 = \binom{10}{3}$.
    """),
    r": $\binom{10}{3}$",
)

# Q: In how many ways can 6 distinct books be arranged in a row on a shelf?
_add(
    "counting",
    "720",
    _t(r"""
    The first position has 6 choices, the next 5, and so on: $6 \cdot 5 \cdot 4 \cdot 3 \cdot 2 \cdot 1 = 6!$.

    $6! = 720$. Wait, let me recheck: $6 \cdot 5 = 30$, $30 \cdot 4 = 120$, $120 \cdot 3 = 360$, and
    $360 \cdot 2 = 720$. Good.
    """),
    ["6!", "6! = 720", "720", "720"],
    _t(r"""
    Shifting the whole arrangement shouldn't give a new one, so I divide by 6: $720/6 = 120 = 5!$.
    """),
    "5!",
    _t(r"""
    Choose the books one at a time: $6 \times 5 \times 4 \times 3$. After four books are placed, the last two
    are forced, so the count is 360.
    """),
    "360",
    _t(r"""
    After four books there are still 2 choices for the fifth and then 1 for the last; nothing is forced. So the
    count is $6 \cdot 5 \cdot 4 \cdot 3 \cdot 2 \cdot 1 = 720$.
    """),
    None,
)

# Q: How many subsets does a set with 10 elements have?
_add(
    "counting",
    "1024",
    _t(r"""
    Each of the 10 elements is either in a subset or not, so there are $2^{10}$ subsets, counting the empty set
    and the whole set.

    $2^{10} = 1024$. Wait, let me recheck by summing binomials: $1 + 10 + 45 + 120 + 210 + 252 + 210 + 120 + 45 +
    10 + 1 = 1024$. Good.
    """),
    ["2^{10}", "2^{10} = 1024", "1{,}024", "1024"],
    _t(r"""
    The empty set shouldn't count as a subset, so there are $2^{10} - 1 = 1023$.
    """),
    "2^{10}-1",
    _t(r"""
    Fix one element as a reference; each of the other 9 elements is in or out, so there are $2^9 = 512$ subsets.
    """),
    "512",
    _t(r"""
    No element is fixed: all 10 elements have a free in-or-out choice, so the count is $2^{10} = 1024$.
    """),
    "so there are $2^{10}$",
)

# Q: What is the smallest positive integer divisible by each of 6, 10 and 14?
_add(
    "counting",
    "210",
    _t(r"""
    $6 = 2 \cdot 3$, $10 = 2 \cdot 5$, $14 = 2 \cdot 7$. The least common multiple takes the highest power of each
    prime: $2 \cdot 3 \cdot 5 \cdot 7$.

    $2 \cdot 3 \cdot 5 \cdot 7 = 210$. Wait, let me recheck divisibility: $210/6 = 35$, $210/10 = 21$,
    $210/14 = 15$. Good.

    A smaller common multiple would have to drop one of the primes 2, 3, 5, 7, which breaks one of the
    divisibilities.
    """),
    ["2\\cdot 3\\cdot 5\\cdot 7", "2 \\times 3 \\times 5 \\times 7 = 210", "210", "210"],
    _t(r"""
    The product $6 \cdot 10 \cdot 14 = 840$ counts the factor 2 three times, so dividing by 2 once gives 420.
    """),
    "420",
    _t(r"""
    A number divisible by 6, 10 and 14 is divisible by their product, so the smallest one is
    $6 \cdot 10 \cdot 14 = 840$.
    """),
    "840",
    _t(r"""
    The product repeats the shared factor 2; the LCM uses it once: $2 \cdot 3 \cdot 5 \cdot 7 = 210$, and 210 is
    divisible by 6, 10 and 14.
    """),
    None,
)

# Q: How many lattice paths go from (0,0) to (4,3) using unit steps right or up?
_add(
    "counting",
    "35",
    _t(r"""
    Every path is a sequence of 4 R-steps and 3 U-steps, 7 steps in all. Choose which 3 of the 7 are U:
    $\binom{7}{3}$.

    $\binom{7}{3} = \frac{7 \cdot 6 \cdot 5}{6} = 35$. Wait, let me recheck: choosing the R positions instead gives
    $\binom{7}{4} = 35$ too. Good.
    """),
    ["\\binom{7}{3}", "\\binom{7}{4}", "\\frac{7!}{4!\\,3!} = 35", "35"],
    _t(r"""
    The last step has to land on $(4, 3)$, so fixing it as an up-step leaves 2 up-steps among the first 6:
    $\binom{6}{2} = 15$.
    """),
    "\\binom{6}{2}",
    _t(r"""
    Each of the 7 steps is either right or up, 2 choices each, so there are $2^7 = 128$ paths.
    """),
    "128",
    _t(r"""
    Not every sequence of 7 steps ends at $(4, 3)$: exactly 4 must be R and 3 must be U. So the count is
    $\binom{7}{3} = 35$.
    """),
    None,
)

# ================================================================================================================
# polynomials: expanded against factored forms
# ================================================================================================================

# Q: Find the monic quadratic polynomial p(x) whose roots are 2 and -5.
_add(
    "polynomials",
    "x^2+3x-10",
    _t(r"""
    A monic quadratic with roots 2 and $-5$ is $p(x) = (x - 2)(x + 5)$.

    Expanding: $x^2 + 5x - 2x - 10 = x^2 + 3x - 10$. Wait, let me recheck the roots: $p(2) = 4 + 6 - 10 = 0$ and
    $p(-5) = 25 - 15 - 10 = 0$. Good.
    """),
    ["(x-2)(x+5)", "x^2 + 3x - 10", "p(x) = (x+5)(x-2)", "x^{2}+3x-10"],
    _t(r"""
    With roots 2 and $-5$ the factors are $(x + 2)(x - 5)$, which expands to $x^2 - 3x - 10$.
    """),
    "x^2-3x-10",
    _t(r"""
    A monic quadratic is $x^2 - (\text{sum})x + \text{product}$. The sum is $-3$ and the product is 10, so
    $p(x) = x^2 + 3x + 10$.
    """),
    "x^2+3x+10",
    _t(r"""
    The product $2 \cdot (-5)$ is $-10$, not 10, so $p(x) = x^2 + 3x - 10 = (x - 2)(x + 5)$, and $p(2) = 0$.
    """),
    None,
)

# Q: Find the remainder when x^4 + 2x^3 - x + 5 is divided by x^2 + 1.
_add(
    "polynomials",
    "-3x+6",
    _t(r"""
    Modulo $x^2 + 1$ we can replace $x^2$ by $-1$. Then $x^3 = x \cdot x^2 \equiv -x$ and
    $x^4 = (x^2)^2 \equiv 1$.

    So $x^4 + 2x^3 - x + 5 \equiv 1 - 2x - x + 5 = -3x + 6$. Wait, let me recheck at $x = i$:
    $i^4 + 2i^3 - i + 5 = 1 - 2i - i + 5 = 6 - 3i$, and $-3i + 6$ agrees. Good.
    """),
    ["6-3x", "-3(x-2)", "-3x + 6", "6 - 3x"],
    _t(r"""
    I think $x^3$ reduces to $x$ here, since $x^2 \equiv 1$; that gives $1 + 2x - x + 5 = x + 6$.
    """),
    "x+6",
    _t(r"""
    Replace $x^2$ by $-1$: then $x^4 \equiv -1$ and $x^3 \equiv -x$.

    The remainder is $-1 - 2x - x + 5 = 4 - 3x$.
    """),
    "4-3x",
    _t(r"""
    $x^4 = (x^2)^2 \equiv (-1)^2 = 1$, not $-1$. So the remainder is $1 - 2x - x + 5 = 6 - 3x$.
    """),
    "= -3x + 6$",
)

# Q: Factor completely: x^3 - 4x.
_add(
    "polynomials",
    "x(x-2)(x+2)",
    _t(r"""
    Take out the common factor: $x^3 - 4x = x(x^2 - 4)$.

    $x^2 - 4$ is a difference of squares: $(x - 2)(x + 2)$. Wait, let me recheck by expanding:
    $x(x - 2)(x + 2) = x(x^2 - 4) = x^3 - 4x$. Good.

    Every factor is linear, so the factorization is complete: $x(x - 2)(x + 2)$.
    """),
    ["x(x+2)(x-2)", "(x+2)\\,x\\,(x-2)", "x\\left(x-2\\right)\\left(x+2\\right)", "x(x-2)(x+2)"],
    _t(r"""
    Dividing through by the common $x$ leaves $(x - 2)(x + 2)$ as the factored form.
    """),
    "(x-2)(x+2)",
    _t(r"""
    Factor out $x$: $x(x^2 - 4)$.

    Then $x^2 - 4 = (x - 2)^2$, so the complete factorization is $x(x - 2)^2$.
    """),
    "x(x-2)^2",
    _t(r"""
    $(x - 2)^2 = x^2 - 4x + 4$, not $x^2 - 4$. The difference of squares is $(x - 2)(x + 2)$, so
    $x^3 - 4x = x(x - 2)(x + 2)$.
    """),
    None,
)

# Q: Simplify (x + 2)^3 - (x - 2)^3.
_add(
    "polynomials",
    "12x^2+16",
    _t(r"""
    $(x + 2)^3 = x^3 + 6x^2 + 12x + 8$ and $(x - 2)^3 = x^3 - 6x^2 + 12x - 8$.

    Subtracting, the $x^3$ and $12x$ terms cancel, leaving $12x^2 + 16$. Wait, let me recheck at $x = 1$:
    $27 - (-1) = 28$ and $12 + 16 = 28$. Good.
    """),
    ["4(3x^2+4)", "16 + 12x^2", "12x^{2}+16", "12x^2 + 16"],
    _t(r"""
    The constants $8$ and $-8$ cancel each other as well, so the difference is just $12x^2$.
    """),
    "12x^2",
    _t(r"""
    $(x + 2)^3 = x^3 + 6x^2 + 12x + 8$ and $(x - 2)^3 = x^3 - 6x^2 - 12x - 8$.

    The difference is $12x^2 + 24x + 16$.
    """),
    "12x^2+24x+16",
    _t(r"""
    The middle term of $(x - 2)^3$ is $3 \cdot x \cdot (-2)^2 = +12x$, so the $x$ terms cancel and the difference
    is $12x^2 + 16$; at $x = 1$ that gives $28 = 27 + 1$.
    """),
    "leaving $12x^2 + 16$",
)

# ================================================================================================================
# rational: rational functions, simplified forms
# ================================================================================================================

# Q: Simplify (x^2 - 9)/(x^2 + 6x + 9) for x != -3.
_add(
    "rational",
    "\\frac{x-3}{x+3}",
    _t(r"""
    Numerator: $x^2 - 9 = (x - 3)(x + 3)$. Denominator: $x^2 + 6x + 9 = (x + 3)^2$.

    Cancel one factor of $x + 3$ (allowed since $x \ne -3$): $\frac{x - 3}{x + 3}$. Wait, let me recheck at
    $x = 1$: $\frac{1 - 9}{1 + 6 + 9} = -\frac{8}{16} = -\frac12$, and $\frac{1 - 3}{1 + 3} = -\frac12$. Good.
    """),
    ["\\dfrac{x-3}{x+3}", "(x-3)/(x+3)", "\\frac{x-3}{3+x}", "\\frac{x-3}{x+3}"],
    _t(r"""
    After cancelling, the factor left on top is $x + 3$ and the one below is $x - 3$, so it is
    $\frac{x + 3}{x - 3}$.
    """),
    "\\frac{x+3}{x-3}",
    _t(r"""
    Cancel the $x^2$ terms in the numerator and denominator: $\frac{-9}{6x + 9}$.

    Dividing top and bottom by 3: $-\frac{3}{2x + 3}$.
    """),
    "-\\frac{3}{2x+3}",
    _t(r"""
    Terms can't be cancelled across a fraction, only factors. Factoring gives
    $\frac{(x - 3)(x + 3)}{(x + 3)^2} = \frac{x - 3}{x + 3}$.
    """),
    r"$\frac{x - 3}{x + 3}$. Wait",
)

# Q: Write f(x) = 1/(x-1) - 1/(x+1) as a single fraction.
_add(
    "rational",
    "\\frac{2}{x^2-1}",
    _t(r"""
    Use the common denominator $(x - 1)(x + 1)$: the numerator is $(x + 1) - (x - 1)$.

    That numerator is $x + 1 - x + 1 = 2$, so $f(x) = \frac{2}{(x - 1)(x + 1)}$. Wait, let me recheck at $x = 2$:
    $1 - \frac13 = \frac23$ and $\frac{2}{4 - 1} = \frac23$. Good.
    """),
    ["\\frac{2}{(x-1)(x+1)}", "\\dfrac{2}{x^{2}-1}", "2/(x^2-1)", "\\frac{2}{x^2-1}"],
    _t(r"""
    The numerator should be $(x + 1) + (x - 1) = 2x$, so $f(x) = \frac{2x}{x^2 - 1}$.
    """),
    "\\frac{2x}{x^2-1}",
    _t(r"""
    The common denominator is $x^2 + 1$, and the numerator is $(x + 1) - (x - 1) = 2$.

    So $f(x) = \frac{2}{x^2 + 1}$.
    """),
    "\\frac{2}{x^2+1}",
    _t(r"""
    $(x - 1)(x + 1) = x^2 - 1$, not $x^2 + 1$, so $f(x) = \frac{2}{x^2 - 1}$; at $x = 2$ it gives $\frac23$.
    """),
    r", so $f(x) = \frac{2}{(x - 1)",
)

# Q: Simplify (2x^2 + 2x)/(4x) for x != 0.
_add(
    "rational",
    "\\frac{x+1}{2}",
    _t(r"""
    Factor the numerator: $2x^2 + 2x = 2x(x + 1)$.

    So $\frac{2x(x + 1)}{4x} = \frac{x + 1}{2}$ for $x \ne 0$. Wait, let me recheck at $x = 3$:
    $\frac{18 + 6}{12} = 2$ and $\frac{3 + 1}{2} = 2$. Good.
    """),
    ["\\frac{1}{2}(x+1)", "\\frac{x}{2}+\\frac{1}{2}", "0.5x+0.5", "\\dfrac{x+1}{2}"],
    _t(r"""
    The $x$ only cancels from one of the two terms, so it has to stay in the denominator: $\frac{x + 1}{2x}$.
    """),
    "\\frac{x+1}{2x}",
    _t(r"""
    Cancel $2x$ against the numerator: $\frac{2x^2 + 2x}{4x}$ becomes $\frac{x^2 + 1}{2}$.
    """),
    "\\frac{x^2+1}{2}",
    _t(r"""
    $\frac{2x^2}{4x} = \frac{x}{2}$ and $\frac{2x}{4x} = \frac12$, so the sum is $\frac{x + 1}{2}$; at $x = 3$ that is
    $\frac{24}{12} = 2$.
    """),
    None,
)

# ================================================================================================================
# trig: exact values
# ================================================================================================================

# Q: Compute sin 120 degrees.
_add(
    "trig",
    "\\frac{\\sqrt{3}}{2}",
    _t(r"""
    $120^\circ = 180^\circ - 60^\circ$ and $\sin(180^\circ - \theta) = \sin\theta$, so
    $\sin 120^\circ = \sin 60^\circ$.

    $\sin 60^\circ = \frac{\sqrt3}{2}$. Wait, let me recheck the sign: $120^\circ$ is in the second quadrant, where
    sine is positive; it's cosine that is negative there ($\cos 120^\circ = -\frac12$). Good.
    """),
    ["\\frac{1}{2}\\sqrt{3}", "\\dfrac{\\sqrt3}{2}", "\\sqrt{3}/2", "\\frac{3}{2\\sqrt{3}}"],
    _t(r"""
    $120^\circ$ is past $90^\circ$, so the sign flips: $\sin 120^\circ = -\frac{\sqrt3}{2}$.
    """),
    "-\\frac{\\sqrt{3}}{2}",
    _t(r"""
    $\sin 120^\circ = \sin(90^\circ + 30^\circ) = \sin 30^\circ$.

    And $\sin 30^\circ = \frac12$.
    """),
    "\\frac{1}{2}",
    _t(r"""
    $\sin(90^\circ + \theta) = \cos\theta$, not $\sin\theta$, so $\sin 120^\circ = \cos 30^\circ = \frac{\sqrt3}{2}$.
    """),
    r"so $\sin 120^\circ = \sin 60^\circ$",
)

# Q: Find the exact value of tan 15 degrees.
_add(
    "trig",
    "2-\\sqrt{3}",
    _t(r"""
    $\tan 15^\circ = \tan(45^\circ - 30^\circ) = \frac{1 - \frac{1}{\sqrt3}}{1 + \frac{1}{\sqrt3}} =
    \frac{\sqrt3 - 1}{\sqrt3 + 1}$.

    Rationalize: $\frac{(\sqrt3 - 1)^2}{3 - 1} = \frac{4 - 2\sqrt3}{2} = 2 - \sqrt3$. Wait, let me recheck
    numerically: $2 - 1.732 = 0.268$, and $\tan 15^\circ \approx 0.2679$. Good.
    """),
    ["-\\sqrt{3}+2", "\\frac{1}{2+\\sqrt{3}}", "\\frac{\\sqrt{3}-1}{\\sqrt{3}+1}", "2-\\sqrt3"],
    _t(r"""
    The denominator $(\sqrt3 + 1)(\sqrt3 - 1)$ is $3 + 1 = 4$, so the value is
    $\frac{4 - 2\sqrt3}{4} = 1 - \frac{\sqrt3}{2}$.
    """),
    "1-\\frac{\\sqrt{3}}{2}",
    _t(r"""
    $\tan 15^\circ = \tan 45^\circ - \tan 30^\circ = 1 - \frac{1}{\sqrt3}$.

    Rationalizing: $1 - \frac{\sqrt3}{3}$.
    """),
    "1-\\frac{\\sqrt{3}}{3}",
    _t(r"""
    Tangent doesn't distribute over subtraction; $\tan(A - B) = \frac{\tan A - \tan B}{1 + \tan A \tan B}$ gives
    $\frac{\sqrt3 - 1}{\sqrt3 + 1} = 2 - \sqrt3 \approx 0.268$, while $1 - \frac{\sqrt3}{3} \approx 0.423$ is too big.
    """),
    None,
)

# Q: If sin(theta) = 3/5 and theta is in the second quadrant, find cos(theta).
_add(
    "trig",
    "-\\frac{4}{5}",
    _t(r"""
    $\cos^2\theta = 1 - \sin^2\theta = 1 - \frac{9}{25} = \frac{16}{25}$, so $\cos\theta = \pm\frac45$.

    In the second quadrant cosine is negative. Wait, let me recheck: there $x < 0$ and $y > 0$ on the unit
    circle, and cosine is the $x$-coordinate. So $\cos\theta = -\frac45$.
    """),
    ["-0.8", "-\\dfrac45", "\\frac{-4}{5}", "-\\frac{4}{5}"],
    _t(r"""
    In the second quadrant sine and cosine have the same sign, so $\cos\theta = \frac45$.
    """),
    "\\frac{4}{5}",
    _t(r"""
    $\cos\theta = 1 - \sin\theta = 1 - \frac35 = \frac25$.
    """),
    "\\frac{2}{5}",
    _t(r"""
    The identity is $\cos^2\theta = 1 - \sin^2\theta = \frac{16}{25}$, so $\cos\theta = \pm\frac45$, and in the
    second quadrant it is $-\frac45$.
    """),
    r"so $\cos\theta = \pm\frac45$",
)

# Q: Find the exact value of sin 15 degrees times cos 15 degrees.
_add(
    "trig",
    "\\frac{1}{4}",
    _t(r"""
    $\sin 2\theta = 2\sin\theta\cos\theta$, so $\sin 15^\circ \cos 15^\circ = \frac12 \sin 30^\circ$.

    $\sin 30^\circ = \frac12$, so the product is $\frac14$. Wait, let me recheck with exact values:
    $\sin 15^\circ = \frac{\sqrt6 - \sqrt2}{4}$ and $\cos 15^\circ = \frac{\sqrt6 + \sqrt2}{4}$, whose product is
    $\frac{6 - 2}{16} = \frac{4}{16} = \frac14$. Good.
    """),
    ["0.25", "\\frac{4}{16}", "\\tfrac{1}{4}", "1/4"],
    _t(r"""
    $\sin\theta\cos\theta$ is just $\sin 2\theta$, so the product is $\sin 30^\circ = \frac12$.
    """),
    "\\frac{1}{2}",
    _t(r"""
    With $\sin 15^\circ = \frac{\sqrt6 - \sqrt2}{4}$ and $\cos 15^\circ = \frac{\sqrt6 + \sqrt2}{4}$:

    the product is $\frac{(\sqrt6)^2 - (\sqrt2)^2}{4} = \frac{6 - 2}{4} = 1$.
    """),
    "1",
    _t(r"""
    The denominators multiply: $4 \cdot 4 = 16$, so the product is $\frac{4}{16} = \frac14$, which also equals
    $\frac12 \sin 30^\circ$.
    """),
    None,
)

# ================================================================================================================
# angles: degrees and radians, as the question asks
# ================================================================================================================

# Q: Find, in degrees, the measure of each interior angle of a regular octagon.
_add(
    "angles",
    "135",
    _t(r"""
    The interior angles of an $n$-gon sum to $(n - 2) \cdot 180^\circ$; for $n = 8$ that is $1080^\circ$.

    Each angle is $1080^\circ / 8 = 135^\circ$. Wait, let me recheck with exterior angles: $360^\circ/8 = 45^\circ$,
    and $180^\circ - 45^\circ = 135^\circ$. Good.
    """),
    ["135^\\circ", "135^{\\circ}", "135\\text{ degrees}", "135"],
    _t(r"""
    Each angle of the regular octagon is $360^\circ / 8 = 45^\circ$.
    """),
    "45^\\circ",
    _t(r"""
    The interior angles sum to $(n - 1) \cdot 180^\circ = 7 \cdot 180^\circ = 1260^\circ$.

    Each angle is $1260^\circ / 8 = 157.5^\circ$.
    """),
    "157.5^\\circ",
    _t(r"""
    The angle sum is $(n - 2) \cdot 180^\circ$, not $(n - 1) \cdot 180^\circ$: $1080^\circ / 8 = 135^\circ$.
    """),
    r"= 135^\circ$. Wait",
)

# Q: Convert 150 degrees to radians.
_add(
    "angles",
    "\\frac{5\\pi}{6}",
    _t(r"""
    Multiply by $\frac{\pi}{180}$: $150 \cdot \frac{\pi}{180} = \frac{150\pi}{180}$.

    Reduce $\frac{150}{180} = \frac56$, so the angle is $\frac{5\pi}{6}$. Wait, let me recheck: $\pi$ rad is
    $180^\circ$, so $\frac{5\pi}{6} = 5 \cdot 30^\circ = 150^\circ$. Good.
    """),
    ["\\frac{5}{6}\\pi", "5\\pi/6", "\\dfrac{5\\pi}{6}", "\\frac{5\\pi}{6}"],
    _t(r"""
    I should scale by the right angle instead: $\frac{150}{90} = \frac53$, so it's $\frac{5\pi}{3}$.
    """),
    "\\frac{5\\pi}{3}",
    _t(r"""
    A full turn is $360^\circ = \pi$, so $150^\circ = \frac{150\pi}{360}$.

    That reduces to $\frac{5\pi}{12}$.
    """),
    "\\frac{5\\pi}{12}",
    _t(r"""
    A full turn is $2\pi$, i.e. $180^\circ = \pi$. So $150^\circ = \frac{150\pi}{180} = \frac{5\pi}{6}$.
    """),
    None,
)

# Q: Find the angle between the vectors (1, 0) and (1, sqrt 3), in radians.
_add(
    "angles",
    "\\frac{\\pi}{3}",
    _t(r"""
    $\cos\theta = \frac{a \cdot b}{|a||b|}$. Here $a \cdot b = 1 \cdot 1 + 0 \cdot \sqrt3 = 1$, $|a| = 1$, and
    $|b| = \sqrt{1 + 3} = 2$.

    So $\cos\theta = \frac12$ and $\theta = \frac{\pi}{3}$. Wait, let me recheck: $b = (1, \sqrt3)$ makes slope
    $\sqrt3$ with the $x$-axis, which is $60^\circ$, i.e. $\frac{\pi}{3}$. Good.
    """),
    ["\\pi/3", "\\frac{1}{3}\\pi", "\\theta = \\frac{\\pi}{3}", "\\frac{\\pi}{3}"],
    _t(r"""
    $\cos\theta = \frac12$ corresponds to $\theta = \frac{\pi}{6}$.
    """),
    "\\frac{\\pi}{6}",
    _t(r"""
    $|b| = \sqrt{1^2 + 1^2} = \sqrt2$, so $\cos\theta = \frac{1}{\sqrt2}$.

    That gives $\theta = \frac{\pi}{4}$.
    """),
    "\\frac{\\pi}{4}",
    _t(r"""
    $|b| = \sqrt{1^2 + (\sqrt3)^2} = \sqrt4 = 2$, so $\cos\theta = \frac12$ and $\theta = \frac{\pi}{3}$.
    """),
    r"and $\theta = \frac{\pi}{3}$",
)

# Q: The angles of a triangle are in the ratio 2:3:4. Find the largest angle, in degrees.
_add(
    "angles",
    "80",
    _t(r"""
    Let the angles be $2k$, $3k$, $4k$. Their sum is $9k = 180^\circ$, so $k = 20^\circ$.

    The angles are $40^\circ$, $60^\circ$, $80^\circ$. Wait, let me recheck the sum: $40 + 60 + 80 = 180$. Good.
    The largest is $80^\circ$.
    """),
    ["80^\\circ", "80", "80\\,^{\\circ}", "80^\\circ"],
    _t(r"""
    The ratio parts add to $2 + 3 + 4 = 8$, so $k = 180^\circ / 8 = 22.5^\circ$ and the largest angle is
    $90^\circ$.
    """),
    "90^\\circ",
    _t(r"""
    Divide $180^\circ$ by the product of the ratio parts, $2 \cdot 3 \cdot 4 = 24$: $k = 7.5^\circ$.

    The largest angle is $4k = 30^\circ$.
    """),
    "30^\\circ",
    _t(r"""
    The ratio parts add, $2 + 3 + 4 = 9$; they don't multiply. So $k = 20^\circ$ and the largest angle is $80^\circ$.
    """),
    None,
)

# ================================================================================================================
# complex: a+bi, bi+a, cis and exponential forms, roots
# ================================================================================================================

# Q: Compute (2 + 3i)(1 - i).
_add(
    "complex",
    "5+i",
    _t(r"""
    $(2 + 3i)(1 - i) = 2 - 2i + 3i - 3i^2$.

    Since $i^2 = -1$, $-3i^2 = 3$. The total is $2 + 3 + (-2i + 3i) = 5 + i$. Wait, let me recheck with moduli:
    $|2 + 3i|^2 = 13$ and $|1 - i|^2 = 2$, product 26, and $|5 + i|^2 = 25 + 1 = 26$. Good.
    """),
    ["i+5", "5 + i", "5+1i", "5+i"],
    _t(r"""
    $-3i^2$ is $-3$ here, so the real part is $2 - 3 = -1$ and the product is $-1 + i$.
    """),
    "-1+i",
    _t(r"""
    $(2 + 3i)(1 - i) = 2 - 2i - 3i - 3i^2$.

    That is $2 + 3 - 5i = 5 - 5i$.
    """),
    "5-5i",
    _t(r"""
    $3i \cdot 1 = +3i$, so the imaginary part is $-2i + 3i = i$ and the product is $5 + i$;
    $|5 + i|^2 = 26 = 13 \cdot 2$.
    """),
    "$-3i^2 = 3$",
)

# Q: Compute (1 + i)^{10}.
_add(
    "complex",
    "32i",
    _t(r"""
    $(1 + i)^2 = 1 + 2i + i^2 = 2i$.

    So $(1 + i)^{10} = (2i)^5 = 32 i^5 = 32i$. Wait, let me recheck $i^5$: $i^4 = 1$, so $i^5 = i$. And in polar
    form: $(\sqrt2)^{10} = 32$ and the angle $10 \cdot 45^\circ = 450^\circ \equiv 90^\circ$, giving $32i$. Good.
    """),
    ["32 i", "0+32i", "32\\,i", "32i"],
    _t(r"""
    $i^5 = i^4 \cdot i$ with $i^4 = -1$, so $i^5 = -i$ and the result is $-32i$.
    """),
    "-32i",
    _t(r"""
    $(1 + i)^{10} = 1^{10} + i^{10} = 1 + (-1)$.

    So the value is 0.
    """),
    "0",
    _t(r"""
    A power of a sum isn't the sum of the powers. Using $(1 + i)^2 = 2i$: $(2i)^5 = 32 i^5 = 32i$.
    """),
    None,
)

# Q: Compute z^3 for z = 1 + i sqrt 3.
_add(
    "complex",
    "-8",
    _t(r"""
    $|z| = \sqrt{1 + 3} = 2$ and $\arg z = 60^\circ$, so $z = 2\operatorname{cis} 60^\circ$.

    $z^3 = 8\operatorname{cis} 180^\circ = 8(-1 + 0i) = -8$. Wait, let me recheck by expanding:
    $z^2 = 1 + 2i\sqrt3 - 3 = -2 + 2i\sqrt3$, and $z^3 = (-2 + 2i\sqrt3)(1 + i\sqrt3) = -2 - 2i\sqrt3 + 2i\sqrt3 - 6
    = -8$. Good.
    """),
    ["-8+0i", "-8", "z^3=-8", "-8"],
    _t(r"""
    $\cos 180^\circ = 1$, so $z^3 = 8$.
    """),
    "8",
    _t(r"""
    $(1 + i\sqrt3)^3 = 1^3 + (i\sqrt3)^3$.

    $(i\sqrt3)^3 = i^3 \cdot 3\sqrt3 = -3\sqrt3\, i$, so $z^3 = 1 - 3\sqrt3\, i$.
    """),
    "1-3\\sqrt{3}i",
    _t(r"""
    Cubing a sum needs the cross terms. In polar form $z = 2\operatorname{cis} 60^\circ$, so
    $z^3 = 8\operatorname{cis} 180^\circ = -8$.
    """),
    r"= 8\operatorname{cis} 180",
)

# Q: Find all complex numbers z with z^2 = -4.
_add(
    "complex",
    "\\pm 2i",
    _t(r"""
    Write $z = a + bi$: $a^2 - b^2 = -4$ and $2ab = 0$.

    If $b = 0$ then $a^2 = -4$, impossible for real $a$. So $a = 0$ and $b^2 = 4$, $b = \pm 2$: $z = \pm 2i$.
    Wait, let me recheck: $(2i)^2 = -4$ and $(-2i)^2 = 4i^2 = -4$. Good.
    """),
    ["2i, -2i", "\\{-2i, 2i\\}", "z = 2i \\text{ or } z = -2i", "\\pm2i"],
    _t(r"""
    The square root of $-4$ means the principal root, which is $2i$.
    """),
    "2i",
    _t(r"""
    $z^2 = -4$, so $z = \pm\sqrt4$, since squaring removes the sign anyway.

    That gives $z = \pm 2$.
    """),
    "\\pm 2",
    _t(r"""
    $(\pm 2)^2 = 4$, not $-4$. With $z = bi$ we need $-b^2 = -4$, so $b = \pm 2$ and $z = \pm 2i$.
    """),
    None,
)

# ================================================================================================================
# matrices: matrices and vectors
# ================================================================================================================

# Q: Find the inverse of the matrix [[2, 1], [5, 3]].
_add(
    "matrices",
    "\\begin{pmatrix}3&-1\\\\-5&2\\end{pmatrix}",
    _t(r"""
    $\det A = 2 \cdot 3 - 1 \cdot 5 = 1$.

    For $\begin{pmatrix} a & b \\ c & d \end{pmatrix}$ the inverse is
    $\frac{1}{\det}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix} = \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$.

    Wait, let me recheck the product: $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}
    \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix} = \begin{pmatrix} 6 - 5 & -2 + 2 \\ 15 - 15 & -5 + 6 \end{pmatrix}
    = I$. Good.
    """),
    [
        "\\begin{bmatrix}3&-1\\\\-5&2\\end{bmatrix}",
        "\\left(\\begin{array}{cc}3&-1\\\\-5&2\\end{array}\\right)",
        "\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}",
        "\\begin{pmatrix}3&-1\\\\-5&2\\end{pmatrix}",
    ],
    _t(r"""
    I think the off-diagonal entries also trade places, so the inverse is
    $\begin{pmatrix} 3 & -5 \\ -1 & 2 \end{pmatrix}$.
    """),
    "\\begin{pmatrix}3&-5\\\\-1&2\\end{pmatrix}",
    _t(r"""
    $\det A = 6 - 5 = 1$, so the inverse is the matrix with the diagonal entries swapped.

    That is $\begin{pmatrix} 3 & 1 \\ 5 & 2 \end{pmatrix}$.
    """),
    "\\begin{pmatrix}3&1\\\\5&2\\end{pmatrix}",
    _t(r"""
    The off-diagonal entries also change sign: the inverse is $\begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}$, and
    its product with $A$ is the identity.
    """),
    r"= \begin{pmatrix} 3 & -1",
)

# Q: Compute A^2 for A = [[1, 2], [3, 4]].
_add(
    "matrices",
    "\\begin{pmatrix}7&10\\\\15&22\\end{pmatrix}",
    _t(r"""
    Row 1 times the columns: $(1 \cdot 1 + 2 \cdot 3,\ 1 \cdot 2 + 2 \cdot 4) = (7, 10)$. Row 2:
    $(3 \cdot 1 + 4 \cdot 3,\ 3 \cdot 2 + 4 \cdot 4) = (15, 22)$.

    Wait, let me recheck with the trace: $\operatorname{tr}(A^2) = (\operatorname{tr} A)^2 - 2\det A = 25 - 2(-2)
    = 29$, and $7 + 22 = 29$. Good.
    """),
    [
        "\\begin{bmatrix}7&10\\\\15&22\\end{bmatrix}",
        "\\begin{pmatrix} 7 & 10 \\\\ 15 & 22 \\end{pmatrix}",
        "\\left[\\begin{array}{cc}7&10\\\\15&22\\end{array}\\right]",
        "\\begin{pmatrix}7&10\\\\15&22\\end{pmatrix}",
    ],
    _t(r"""
    The $(1,2)$ entry should use row 2 of the left factor, $3 \cdot 1 + 4 \cdot 3 = 15$, and the $(2,1)$ entry is
    then 10, so $A^2 = \begin{pmatrix} 7 & 15 \\ 10 & 22 \end{pmatrix}$.
    """),
    "\\begin{pmatrix}7&15\\\\10&22\\end{pmatrix}",
    _t(r"""
    Squaring the matrix squares each entry: $1^2, 2^2, 3^2, 4^2$.

    So $A^2 = \begin{pmatrix} 1 & 4 \\ 9 & 16 \end{pmatrix}$.
    """),
    "\\begin{pmatrix}1&4\\\\9&16\\end{pmatrix}",
    _t(r"""
    Matrix squaring is row times column, not entrywise: $A^2 = \begin{pmatrix} 7 & 10 \\ 15 & 22 \end{pmatrix}$,
    whose trace 29 equals $25 - 2(-2)$.
    """),
    None,
)

# Q: Compute the cross product (1, 2, 3) x (4, 5, 6).
_add(
    "matrices",
    "\\begin{pmatrix}-3\\\\6\\\\-3\\end{pmatrix}",
    _t(r"""
    $a \times b = (a_2 b_3 - a_3 b_2,\ a_3 b_1 - a_1 b_3,\ a_1 b_2 - a_2 b_1)$.

    That is $(2 \cdot 6 - 3 \cdot 5,\ 3 \cdot 4 - 1 \cdot 6,\ 1 \cdot 5 - 2 \cdot 4) = (12 - 15,\ 12 - 6,\ 5 - 8)
    = (-3, 6, -3)$. Wait, let me recheck orthogonality: $(-3, 6, -3) \cdot (1, 2, 3) = -3 + 12 - 9 = 0$ and
    $(-3, 6, -3) \cdot (4, 5, 6) = -12 + 30 - 18 = 0$. Good.
    """),
    [
        "(-3, 6, -3)",
        "\\langle -3, 6, -3 \\rangle",
        "-3\\mathbf{i}+6\\mathbf{j}-3\\mathbf{k}",
        "\\begin{bmatrix}-3\\\\6\\\\-3\\end{bmatrix}",
    ],
    _t(r"""
    The middle component carries a minus sign in the determinant expansion, so it is
    $-(3 \cdot 4 - 1 \cdot 6) = -6$, and the cross product is $(-3, -6, -3)$.
    """),
    "\\begin{pmatrix}-3\\\\-6\\\\-3\\end{pmatrix}",
    _t(r"""
    Multiply the vectors component by component: $(1 \cdot 4, 2 \cdot 5, 3 \cdot 6)$.

    So the cross product is $(4, 10, 18)$.
    """),
    "\\begin{pmatrix}4\\\\10\\\\18\\end{pmatrix}",
    _t(r"""
    The componentwise product isn't the cross product; the determinant formula gives $(-3, 6, -3)$, which is
    orthogonal to both vectors.
    """),
    "= (12 - 15",
)

# Q: Find the determinant of [[2, 1, 0], [1, 3, 1], [0, 1, 2]].
_add(
    "matrices",
    "8",
    _t(r"""
    Expand along the first row: $2 \det\begin{pmatrix} 3 & 1 \\ 1 & 2 \end{pmatrix}
    - 1 \det\begin{pmatrix} 1 & 1 \\ 0 & 2 \end{pmatrix} + 0$.

    That is $2(6 - 1) - 1(2 - 0) = 10 - 2 = 8$. Wait, let me recheck along the third row:
    $0 - 1 \cdot \det\begin{pmatrix} 2 & 0 \\ 1 & 1 \end{pmatrix} + 2 \det\begin{pmatrix} 2 & 1 \\ 1 & 3 \end{pmatrix}
    = -2 + 10 = 8$. Good.
    """),
    ["8", "\\det A = 8", "\\det(A)=8", "8"],
    _t(r"""
    For this tridiagonal matrix the cofactor signs along the first row are all plus, so it is $10 + 2 = 12$.
    """),
    "12",
    _t(r"""
    For a tridiagonal matrix the determinant is the product of the diagonal minus the product of the
    off-diagonal entries: $2 \cdot 3 \cdot 2 - 1 \cdot 1 = 11$.
    """),
    "11",
    _t(r"""
    That shortcut isn't a real rule. Cofactor expansion gives $2(6 - 1) - 1(2 - 0) = 8$, and the third row gives
    the same.
    """),
    None,
)

# ================================================================================================================
# solution_sets: plus-minus, lists, braces, unions of intervals
# ================================================================================================================

# Q: Solve (x - 1)^2 = 5.
_add(
    "solution_sets",
    "1\\pm\\sqrt{5}",
    _t(r"""
    $(x - 1)^2 = 5$ means $x - 1 = \pm\sqrt5$, so $x = 1 \pm \sqrt5$.

    Wait, let me recheck by expanding: $x^2 - 2x + 1 = 5$, so $x^2 - 2x - 4 = 0$ and
    $x = \frac{2 \pm \sqrt{4 + 16}}{2} = \frac{2 \pm 2\sqrt5}{2} = 1 \pm \sqrt5$. Good.
    """),
    ["1+\\sqrt{5},\\ 1-\\sqrt{5}", "\\{1-\\sqrt5,\\ 1+\\sqrt5\\}", "x = 1 \\pm \\sqrt{5}", "1\\pm\\sqrt5"],
    _t(r"""
    Taking the positive square root: $x - 1 = \sqrt5$, so $x = 1 + \sqrt5$.
    """),
    "1+\\sqrt{5}",
    _t(r"""
    $x - 1 = \pm\sqrt5$.

    Moving the 1 across: $x = -1 \pm \sqrt5$.
    """),
    "-1\\pm\\sqrt{5}",
    _t(r"""
    Adding 1 to both sides of $x - 1 = \pm\sqrt5$ gives $x = 1 \pm \sqrt5$, which matches the quadratic formula.
    """),
    None,
)

# Q: Find all solutions of x^2 - 2x - 8 = 0.
_add(
    "solution_sets",
    "\\{-2,4\\}",
    _t(r"""
    $x^2 - 2x - 8 = (x - 4)(x + 2) = 0$.

    So $x = 4$ or $x = -2$. Wait, let me recheck: $16 - 8 - 8 = 0$ and $4 + 4 - 8 = 0$. Good.
    """),
    ["x = 4 \\text{ or } x = -2", "4, -2", "x\\in\\{4,-2\\}", "\\{4, -2\\}"],
    _t(r"""
    Reading the roots off $(x - 4)(x + 2)$ as the numbers in the factors gives $-4$ and $2$.
    """),
    "\\{-4, 2\\}",
    _t(r"""
    $x^2 - 2x - 8 = (x - 8)(x + 1)$.

    So $x = 8$ or $x = -1$.
    """),
    "\\{-1, 8\\}",
    _t(r"""
    $(x - 8)(x + 1) = x^2 - 7x - 8$, the wrong middle term. The right factorization is $(x - 4)(x + 2)$, with
    roots 4 and $-2$.
    """),
    None,
)

# Q: Solve |x - 1| > 3 and give the answer in interval notation.
_add(
    "solution_sets",
    "(-\\infty,-2)\\cup(4,\\infty)",
    _t(r"""
    $|x - 1| > 3$ means $x - 1 > 3$ or $x - 1 < -3$.

    So $x > 4$ or $x < -2$. Wait, let me recheck the endpoints: at $x = 4$, $|3| = 3$, which is not greater than
    3, so 4 is excluded, and the same holds at $-2$.

    In interval notation: $(-\infty, -2) \cup (4, \infty)$.
    """),
    [
        "x<-2 \\text{ or } x>4",
        "(4,\\infty)\\cup(-\\infty,-2)",
        "(-\\infty, -2) \\cup (4, +\\infty)",
        "(-\\infty,-2)\\cup(4,\\infty)",
    ],
    _t(r"""
    The boundary points satisfy $|x - 1| = 3$, which is fine to include, so the set is
    $(-\infty, -2] \cup [4, \infty)$.
    """),
    "(-\\infty,-2]\\cup[4,\\infty)",
    _t(r"""
    $|x - 1| > 3$ gives $-3 < x - 1 < 3$.

    Adding 1: $-2 < x < 4$.
    """),
    "(-2, 4)",
    _t(r"""
    $-3 < x - 1 < 3$ solves $|x - 1| < 3$; for "greater than" the solution is the outside: $x < -2$ or $x > 4$.
    """),
    "$x > 4$ or $x < -2$",
)

# Q: Solve x^2 <= 4x over the reals.
_add(
    "solution_sets",
    "[0,4]",
    _t(r"""
    $x^2 \le 4x$ is $x^2 - 4x \le 0$, i.e. $x(x - 4) \le 0$.

    The product is $\le 0$ between the roots, including them: $0 \le x \le 4$. Wait, let me recheck some points:
    $x = -1$: $1 \le -4$ is false; $x = 2$: $4 \le 8$ is true; $x = 5$: $25 \le 20$ is false. Good.
    """),
    ["0\\le x\\le 4", "[0, 4]", "\\{x : 0 \\le x \\le 4\\}", "[0,4]"],
    _t(r"""
    Dividing both sides by $x$ gives $x \le 4$, so the solution set is $(-\infty, 4]$.
    """),
    "(-\\infty,4]",
    _t(r"""
    $x(x - 4) < 0$ holds strictly between the roots.

    So the solution set is $(0, 4)$.
    """),
    "(0,4)",
    _t(r"""
    The inequality is non-strict, so the roots 0 and 4 are included: the solution set is $[0, 4]$.
    """),
    None,
)

# Q: Find all real x with x^3 = 4x.
_add(
    "solution_sets",
    "\\{-2,0,2\\}",
    _t(r"""
    $x^3 - 4x = 0$ factors as $x(x^2 - 4) = x(x - 2)(x + 2) = 0$.

    So $x \in \{0, 2, -2\}$. Wait, let me recheck $x = 0$: $0 = 0$, so it is a solution too.
    """),
    ["x = 0, \\pm 2", "\\{0, 2, -2\\}", "-2, 0, 2", "\\{-2, 0, 2\\}"],
    _t(r"""
    Dividing $x^3 = 4x$ by $x$ gives $x^2 = 4$, so $x = \pm 2$, and the solution set is $\{-2, 2\}$.
    """),
    "\\{-2, 2\\}",
    _t(r"""
    $x^3 - 4x = x(x^2 - 4) = 0$.

    So $x = 0$ or $x = 4$.
    """),
    "\\{0,4\\}",
    _t(r"""
    $x^2 - 4 = 0$ gives $x = \pm 2$, not 4. So the solutions are $0$, $2$ and $-2$.
    """),
    r"\{0, 2, -2\}",
)

# ================================================================================================================
# special: "no solution", "infinitely many"
# ================================================================================================================

# Q: Solve for x: 2(x + 3) = 2x + 5.
_add(
    "special",
    "\\text{no solution}",
    _t(r"""
    Expand: $2x + 6 = 2x + 5$.

    Subtract $2x$: $6 = 5$, which is false. Wait, let me recheck the expansion: $2(x + 3) = 2x + 6$, yes. So no
    value of $x$ satisfies the equation.
    """),
    [
        "\\text{No solution}",
        "\\varnothing",
        "RAW:The equation reduces to $6 = 5$, so it has no solution.",
        "\\text{no solution}",
    ],
    _t(r"""
    Moving everything across gives $0 \cdot x = -1$, so $x = -1$.
    """),
    "x = -1",
    _t(r"""
    $2x + 6 = 2x + 5$. Collect the $x$ terms on the left: $2x + 2x = 5 - 6$.

    So $4x = -1$ and $x = -\frac14$.
    """),
    "-\\frac{1}{4}",
    _t(r"""
    Moving $2x$ to the left gives $2x - 2x = 0$, not $4x$. The equation reduces to $0 = -1$, so there is no
    solution.
    """),
    "which is false",
)

# Q: How many solutions does the system x + 2y = 4, 2x + 4y = 8 have?
_add(
    "special",
    "\\text{infinitely many}",
    _t(r"""
    The second equation $2x + 4y = 8$ is exactly twice the first, $x + 2y = 4$.

    So both equations describe the same line. Wait, let me recheck: $2(x + 2y) = 2x + 4y$ and $2 \cdot 4 = 8$.
    Every point of the line $x + 2y = 4$ is a solution, for example $(4, 0)$, $(0, 2)$ and $(2, 1)$.
    """),
    [
        "\\infty",
        "\\text{infinitely many solutions}",
        "RAW:The two equations describe the same line, so the system has infinitely many solutions.",
        "\\text{infinitely many}",
    ],
    _t(r"""
    The two lines have the same slope $-\frac12$, so they are parallel and never meet: 0 solutions.
    """),
    "0",
    _t(r"""
    From the first equation $x = 4 - 2y$. Substitute: $2(4 - 2y) + 4y = 8$, so $8 = 8$.

    Take $y = 0$: then $x = 4$. So the system has exactly one solution, $(4, 0)$.
    """),
    "1",
    _t(r"""
    $8 = 8$ holds for every $y$, so $y$ is free and $x = 4 - 2y$: the solutions form a whole line, infinitely
    many of them.
    """),
    None,
)

# Q: For what value of k does the system x + y = 3, 2x + ky = 7 have no solution?
_add(
    "special",
    "2",
    _t(r"""
    A linear system has no solution when the lines are parallel but distinct: the coefficients are
    proportional and the constants are not.

    For $x + y = 3$ and $2x + ky = 7$, proportional coefficients need $k/1 = 2/1$, so $k = 2$. Then the second
    line is $2x + 2y = 7$ against $2x + 2y = 6$, which is inconsistent.

    Wait, let me recheck with the determinant: $1 \cdot k - 1 \cdot 2 = 0$ gives $k = 2$, and the constants 3 and
    7 are not in the ratio $1 : 2$. Good.
    """),
    ["k = 2", "2", "k=2", "2"],
    _t(r"""
    For no solution the determinant has to be nonzero, so the condition is $k \neq 2$.
    """),
    "k \\neq 2",
    _t(r"""
    Parallel lines need the ratio of the constants to match the ratio of the $y$-coefficients: $k/1 = 7/3$.

    So $k = \frac73$.
    """),
    "\\frac{7}{3}",
    _t(r"""
    Parallel lines need the coefficient ratio $2 : 1$, so $k = 2$; the constants must then disagree
    ($7 \ne 2 \cdot 3$), and they do.
    """),
    "so $k = 2$",
)

# Q: Solve sqrt(x) + 3 = 1 over the real numbers.
_add(
    "special",
    "\\text{no real solution}",
    _t(r"""
    $\sqrt x + 3 = 1$ gives $\sqrt x = -2$.

    But $\sqrt x \ge 0$ for every real $x \ge 0$. Squaring would give $x = 4$; wait, let me recheck it in the
    original: $\sqrt4 + 3 = 5 \ne 1$. So $x = 4$ is extraneous, and no real $x$ works.
    """),
    [
        "\\text{no solution}",
        "\\emptyset",
        "RAW:No real number satisfies the equation, so there is no real solution.",
        "\\text{no real solution}",
    ],
    _t(r"""
    $\sqrt4$ can be $-2$ as well, so $x = 4$ does satisfy $\sqrt x = -2$ after all.
    """),
    "x=4",
    _t(r"""
    $\sqrt x = 1 - 3 = -2$.

    Squaring both sides: $x = 4$.
    """),
    "4",
    _t(r"""
    Checking $x = 4$: $\sqrt4 + 3 = 5$, not 1, so squaring introduced it. Since $\sqrt x \ge 0$ it can never equal
    $-2$: there is no real solution.
    """),
    None,
)

# ================================================================================================================
# probability: fractions, unsimplified fractions, binomials inside fractions
# ================================================================================================================

# Q: Two fair dice are rolled. What is the probability that the sum is 7?
_add(
    "probability",
    "\\frac{1}{6}",
    _t(r"""
    There are 36 equally likely ordered outcomes. A sum of 7 comes from $(1,6), (2,5), (3,4), (4,3), (5,2), (6,1)$:
    6 outcomes.

    So the probability is $\frac{6}{36} = \frac16$. Wait, let me recheck that I counted ordered pairs: yes, $(3,4)$
    and $(4,3)$ are different outcomes. Good.
    """),
    ["\\frac{6}{36}", "\\dfrac16", "1/6", "\\frac{1}{6}"],
    _t(r"""
    The possible sums are 2 through 12, eleven of them, and 7 is one of those, so the probability is
    $\frac{1}{11}$.
    """),
    "\\frac{1}{11}",
    _t(r"""
    Sum 7: $(1,6), (2,5), (3,4), (4,3), (5,2)$, five outcomes out of 36.

    So the probability is $\frac{5}{36}$.
    """),
    "\\frac{5}{36}",
    _t(r"""
    I missed $(6,1)$: there are 6 outcomes, so the probability is $\frac{6}{36} = \frac16$.
    """),
    r"$\frac{6}{36} = \frac16$",
)

# Q: A fair coin is flipped 4 times. What is the probability of exactly 2 heads?
_add(
    "probability",
    "\\frac{3}{8}",
    _t(r"""
    Each sequence of 4 flips has probability $\frac{1}{16}$. Sequences with exactly 2 heads: $\binom42 = 6$.

    So the probability is $\frac{6}{16} = \frac38$. Wait, let me recheck by listing: HHTT, HTHT, HTTH, THHT, THTH,
    TTHH. That is 6. Good.
    """),
    ["0.375", "\\frac{6}{16}", "\\frac{\\binom{4}{2}}{2^4}", "\\dfrac{3}{8}"],
    _t(r"""
    Some of those six are the same pattern shifted around, and only 4 placements of the pair are really
    different, so it's $\frac{4}{16} = \frac14$.
    """),
    "\\frac{1}{4}",
    _t(r"""
    Two heads out of four flips is half of them.

    So the probability is $\frac24 = \frac12$.
    """),
    "\\frac{1}{2}",
    _t(r"""
    The probability is the number of sequences with exactly 2 heads over 16: $\frac{\binom42}{16} = \frac{6}{16} =
    \frac38$.
    """),
    None,
)

# Q: An integer is chosen uniformly at random from 1 to 100. What is the probability that it is a perfect square?
_add(
    "probability",
    "\\frac{1}{10}",
    _t(r"""
    The perfect squares from 1 to 100 are $1^2, 2^2, \ldots, 10^2$: 10 numbers.

    The probability is $\frac{10}{100} = \frac1{10}$. Wait, let me recheck the endpoint: $100 = 10^2$ is in range,
    and $11^2 = 121$ is not. Good.
    """),
    ["0.1", "\\frac{10}{100}", "\\tfrac{1}{10}", "\\frac{1}{10}"],
    _t(r"""
    The endpoint 100 shouldn't be counted, since "from 1 to 100" stops before it; that leaves 9 squares and a
    probability of $\frac{9}{100}$.
    """),
    "\\frac{9}{100}",
    _t(r"""
    The squares are $0, 1, 4, 9, \ldots, 100$, which is 11 of them.

    So the probability is $\frac{11}{100}$.
    """),
    "\\frac{11}{100}",
    _t(r"""
    0 isn't in the range 1 to 100; the squares are $1^2$ through $10^2$, ten numbers, so the probability is
    $\frac{10}{100} = \frac1{10}$.
    """),
    r"$\frac{10}{100}",
)

# Q: Two cards are drawn from a standard 52-card deck without replacement. What is the probability that both are
#    aces?
_add(
    "probability",
    "\\frac{1}{221}",
    _t(r"""
    The first card is an ace with probability $\frac{4}{52}$. Then 3 aces remain among 51 cards: $\frac{3}{51}$.

    So the probability is $\frac{4}{52} \cdot \frac{3}{51} = \frac{12}{2652} = \frac{1}{221}$. Wait, let me
    recheck with combinations: $\binom42 / \binom{52}{2} = \frac{6}{1326} = \frac{1}{221}$. Good.
    """),
    [
        "\\frac{12}{2652}",
        "\\frac{\\binom{4}{2}}{\\binom{52}{2}}",
        "\\frac{4}{52}\\cdot\\frac{3}{51}",
        "\\frac{1}{221}",
    ],
    _t(r"""
    Each draw is an ace with probability $\frac{1}{13}$, so the probability is $\left(\frac{1}{13}\right)^2 =
    \frac{1}{169}$.
    """),
    "\\frac{1}{169}",
    _t(r"""
    The first card is an ace with probability $\frac{4}{52}$ and the second with $\frac{3}{52}$.

    So the probability is $\frac{12}{2704} = \frac{3}{676}$.
    """),
    "\\frac{3}{676}",
    _t(r"""
    Without replacement the second card comes from 51 cards: $\frac{4}{52} \cdot \frac{3}{51} = \frac{1}{221}$.
    """),
    None,
)


assert len(TWENTYSECOND) == 450
assert _TALLY["problems"] == 60 and len(_CATEGORIES) == 15
assert sum(1 for row in TWENTYSECOND if row[3] == C) == 240
assert sum(1 for row in TWENTYSECOND if row[3] == W) == 180
assert sum(1 for row in TWENTYSECOND if row[3] == T) == 30
assert _TALLY[H] == 120 and _TALLY[P] == 60
