"""Rows for the classes NINETEENTH (tests/verify/outside_nineteenth.py) found at first contact, written by the lead.

NINETEENTH was written blind and committed before its first run (97.2% accuracy, 100% precision, 12 misses); these
rows were written afterwards, one class per fix, with values of their own, and hold the near misses that must stay
wrong beside the forms that must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_SUM = "Telescoping: each term is 1/k - 1/(k+1), so the first 9 terms leave 1 - 1/10 = 9/10. I first wrote 9/11."


def _align(*rows: str) -> str:
    return _SUM + "\n\nAll together:\n\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}"


NINETEENTH_FIXES: list[tuple[str, str, str, str]] = [
    # A solution that ends on an `align*` display: the value its last row arrives at.
    ("align ending", "\\frac{9}{10}", _align("S &= 1 - \\frac{1}{10}", "&= \\frac{9}{10}"), C),
    ("align ending", "\\frac{9}{10}", _align("S &= 1 - \\frac{1}{10}", "&= 0.9"), C),
    ("align ending", "\\frac{9}{10}", _align("S &= 1 - \\frac{1}{11}", "&= \\frac{10}{11}"), W),
    ("align ending", "\\frac{9}{11}", _align("S &= 1 - \\frac{1}{10}", "&= \\frac{9}{10}"), W),
    (
        "align ending",
        "\\frac{9}{10}",
        _align("S &= 1 - \\frac{1}{10} \\nonumber", "&= \\frac{9}{10} \\label{eq:s}"),
        C,
    ),
    ("align ending", "9", _SUM + "\n\n\\begin{aligned}\nx + 1 &= 10 \\\\\nx &= 9\n\\end{aligned}", C),
    ("align ending", "10", _SUM + "\n\n\\begin{aligned}\nx + 1 &= 10 \\\\\nx &= 9\n\\end{aligned}", W),
    # A box after the display still answers; a display that stops on `=` states nothing.
    (
        "align ending",
        "\\frac{9}{10}",
        _align("S &= 1 - \\frac{1}{10}", "&= \\frac{9}{10}") + "\n\nSo $\\boxed{\\frac{9}{11}}$.",
        W,
    ),
    ("align ending", "\\frac{9}{10}", _align("S &= 1 - \\frac{1}{10}", "&="), N),
    # An exact value and its rounding (`29/7 ≈ 4.143`): either answers, if the rounding is right.
    ("exact and rounded", "2.646", "So $\\sqrt{7} = 2.6457\\ldots$\n\nFinal answer: $\\sqrt{7} \\approx 2.646$", C),
    (
        "exact and rounded",
        "\\sqrt{7}",
        "So $\\sqrt{7} = 2.6457\\ldots$\n\nFinal answer: $\\sqrt{7} \\approx 2.646$",
        C,
    ),
    ("exact and rounded", "2.646", "So $\\sqrt{7} = 2.6457\\ldots$\n\nFinal answer: $\\sqrt{7} \\approx 2.645$", W),
    ("exact and rounded", "2.646", "So $\\sqrt{8} = 2.83$\n\nFinal answer: $\\sqrt{8} \\approx 2.646$", W),
    ("exact and rounded", "\\sqrt{7}", "So the root is near 2.65.\n\nFinal answer: $\\sqrt{7} \\approx 2.65$", C),
    ("exact and rounded", "\\sqrt{7}", "So the root is near 2.75.\n\nFinal answer: $\\sqrt{7} \\approx 2.75$", W),
    ("exact and rounded", "\\frac{22}{7}", "So $\\pi$ is close.\n\nFinal answer: $\\pi \\approx 3.14$", W),
    ("exact and rounded", "3.2", "So $x$ is about 3.2.\n\nFinal answer: $x \\approx 3.2$", C),
    # A bold value of two spans joined by `or`.
    ("bold joined", "(-\\infty, 2) \\cup (5, \\infty)", "So the final answer is **$x < 2$ or $x > 5$**.", C),
    ("bold joined", "(-\\infty, 2) \\cup (5, \\infty)", "So the final answer is **$x < 2$ or $x \\ge 5$**.", W),
    # A label over a sentence that names its subject, then the value.
    ("label over sentence", "(1, -4)", "Checked twice.\n\nFinal answer: The vertex is (1, -4).", C),
    ("label over sentence", "(1, -4)", "Checked twice.\n\nFinal answer: The vertex is (-4, 1).", W),
    (
        "label over sentence",
        "\\text{acute}",
        "All angles below 90°.\n\n**Final answer:** the triangle is **acute**",
        C,
    ),
    (
        "label over sentence",
        "\\text{obtuse}",
        "All angles below 90°.\n\n**Final answer:** the triangle is **acute**",
        W,
    ),
    ("label over sentence", "12", "Counting again.\n\nAnswer: the number of divisors is 12.", C),
    ("label over sentence", "13", "Counting again.\n\nAnswer: the number of divisors is 12.", W),
    # Kimi, Magistral and Seed-OSS thinking tags: a reply cut inside the thought is cut off; a box in the thought
    # is not the answer when the reply after it says otherwise.
    ("think tags", "12", "\u25c1think\u25b7Divisors of 60: 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60, that is", T),
    (
        "think tags",
        "12",
        "\u25c1think\u25b7I count $\\boxed{11}$ at first. No: 12.\u25c1/think\u25b7The answer is $\\boxed{12}$.",
        C,
    ),
    (
        "think tags",
        "11",
        "\u25c1think\u25b7I count $\\boxed{11}$ at first. No: 12.\u25c1/think\u25b7The answer is $\\boxed{12}$.",
        W,
    ),
    ("think tags", "12", "[THINK]Divisors of 60: 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 and", T),
    ("think tags", "11", "[THINK]First $\\boxed{11}$; recount: 12.[/THINK]\n\n**Final answer:** $12$", W),
    ("think tags", "12", "[THINK]First $\\boxed{11}$; recount: 12.[/THINK]\n\n**Final answer:** $12$", C),
    ("think tags", "12", "<seed:think>Divisors of 60, pairing d with 60/d: 1·60, 2·30,", T),
    (
        "think tags",
        "12",
        "<seed:think>Pairs: 1·60, 2·30, 3·20, 4·15, 5·12, 6·10.</seed:think>So there are $\\boxed{12}$.",
        C,
    ),
]
