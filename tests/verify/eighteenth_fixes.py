"""Rows for the classes EIGHTEENTH (tests/verify/outside_eighteenth.py) found at first contact, written by the lead.

EIGHTEENTH was written blind and committed before its first run (96.5% accuracy, 15 misses); these rows were
written afterwards, one class per fix, with values of their own, and hold the near misses that must stay wrong
beside the forms that must now be read. Rows are `(category, gold, whole model response, expected status)`.
"""

from __future__ import annotations


C, W, T, N = "correct", "incorrect", "truncated", "no_answer"

_A = "<|channel|>analysis<|message|>"
_F = "<|start|>assistant<|channel|>final<|message|>"


def _harmony(analysis: str, final: str, end: str = "<|return|>") -> str:
    """A gpt-oss reply: its analysis message, then its final message (the prompt held `<|start|>assistant`)."""
    return f"{_A}{analysis}<|end|>{_F}{final}{end}"


_WORK = "The three sides are 7, 24 and 25, so the area is 7 · 24 / 2 = 84. Check: 7^2 + 24^2 = 49 + 576 = 625 = 25^2."
_WRONG = "The three sides are 7, 24 and 25, so the area is 7 · 24 = 168. I think the half is not needed here."

EIGHTEENTH_FIXES: list[tuple[str, str, str, str]] = [
    # gpt-oss harmony: `<|end|>` closes one message, not the turn; the turn goes on with `<|start|>assistant` and
    # its `final` channel holds the answer; `<|return|>` (or `<|call|>`) ends the turn.
    ("harmony", "84", _harmony(_WORK, "The area is $\\boxed{84}$."), C),
    ("harmony", "84", _harmony(_WORK, "**Answer:** 84"), C),
    ("harmony", "84", _harmony(_WORK, "The area is **84** square units.", end="<|end|>"), C),
    ("harmony", "84", _harmony(_WRONG, "The area is $\\boxed{168}$."), W),
    # The final message overrules a value the analysis boxed.
    ("harmony", "84", _harmony("First guess $\\boxed{84}$, but " + _WRONG, "The area is $\\boxed{168}$."), W),
    ("harmony", "168", _harmony("First guess $\\boxed{168}$. No: " + _WORK, "The area is $\\boxed{84}$."), W),
    # The prompt echoed before the reply, and a made-up next user turn after it, are someone else's text.
    (
        "harmony",
        "84",
        "<|start|>system<|message|>You are ChatGPT.<|end|><|start|>user<|message|>The legs are 7 and 24; the answer "
        "is $\\boxed{168}$?<|end|><|start|>assistant" + _harmony(_WORK, "The area is $\\boxed{84}$."),
        C,
    ),
    (
        "harmony",
        "84",
        f"{_A}{_WORK}<|end|>{_F}The area is $\\boxed{{84}}$.<|end|><|start|>user<|message|>And the perimeter? "
        "It is $\\boxed{56}$.<|end|>",
        C,
    ),
    # Commentary (tool preambles) is thinking too; only `final` speaks.
    (
        "harmony",
        "84",
        f"{_A}Let me compute with the tool.<|end|><|start|>assistant<|channel|>commentary to=python<|message|>"
        f"print(7*24/2)<|call|>",
        N,
    ),
    (
        "harmony",
        "84",
        f"{_A}Compute.<|end|><|start|>assistant<|channel|>commentary<|message|>The tool says $\\boxed{{84}}$.<|end|>"
        f"{_F}So the area is $84$.<|return|>",
        C,
    ),
    # Cut off inside the analysis (no `<|end|>` yet), or inside the final message before the answer.
    ("harmony", "84", f"{_A}The three sides are 7, 24 and 25, so the area is 7 · 24 /", T),
    ("harmony", "84", f"{_A}{_WORK}<|end|>{_F}Putting it together, the area of the triangle is", T),
    # Whole-response harmony with the role on the first message, too.
    ("harmony", "84", "<|start|>assistant" + _harmony(_WORK, "$\\boxed{84}$"), C),
    # Phi-3's `<|end|>` still ends the turn (no `<|channel|>` header: not harmony).
    ("phi end", "84", "The area is 84.<|end|><|user|>Is it $\\boxed{168}$?<|end|>", C),
    ("phi end", "168", "The area is 84.<|end|><|user|>Is it $\\boxed{168}$?<|end|>", W),
    # A congruence written with `≡`, `(mod m)`, `\mathrm{mod}`, `\operatorname{mod}`, `\text{(mod m)}`, `\ ` spacing.
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "So $\\boxed{x\\equiv 23\\ (\\mathrm{mod}\\ 60)}$.", C),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "Combining the three, the answer is x ≡ 23 (mod 60).", C),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "So $\\boxed{x \\equiv 23 \\,(\\operatorname{mod}\\, 60)}$.", C),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "So $\\boxed{x \\equiv 23 \\text{ (mod 60)}}$.", C),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "So $\\boxed{x \\equiv 23 \\textrm{ mod } 60}$.", C),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "Combining the three, the answer is x ≡ 23 (mod 30).", W),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "Combining the three, the answer is x ≡ 13 (mod 60).", W),
    ("congruence forms", "x \\equiv 23 \\pmod{60}", "So $\\boxed{x\\equiv 23\\ (\\mathrm{mod}\\ 20)}$.", W),
    ("congruence forms", "23", "So $\\boxed{x\\equiv 23\\ (\\mathrm{mod}\\ 60)}$.", C),
    ("congruence forms", "83", "So $\\boxed{x\\equiv 23\\ (\\mathrm{mod}\\ 60)}$.", W),
    # A vector in unit-vector notation against a column, a tuple or angle brackets; a bare `i` stays imaginary.
    (
        "unit vectors",
        "\\begin{pmatrix} 3 \\\\ -1 \\\\ 4 \\end{pmatrix}",
        "So $\\boxed{3\\mathbf{i}-\\mathbf{j}+4\\mathbf{k}}$.",
        C,
    ),
    (
        "unit vectors",
        "(3, -1, 4)",
        "The normal is $3\\hat{i} - \\hat{j} + 4\\hat{k}$.\n\n**Answer:** $3\\hat{i} - \\hat{j} + 4\\hat{k}$",
        C,
    ),
    ("unit vectors", "\\langle 3, -1, 4 \\rangle", "So $\\boxed{4\\vec{k} + 3\\vec{i} - \\vec{j}}$.", C),
    ("unit vectors", "(3, -1, 4)", "So $\\boxed{3\\mathbf{i}+\\mathbf{j}+4\\mathbf{k}}$.", W),
    ("unit vectors", "(3, -1, 4)", "So $\\boxed{3\\mathbf{i}-\\mathbf{j}}$.", W),
    ("unit vectors", "(3, -1, 4)", "So $\\boxed{-\\mathbf{i}+3\\mathbf{j}+4\\mathbf{k}}$.", W),
    (
        "unit vectors",
        "(\\frac{1}{2}, \\sqrt{3})",
        "So $\\boxed{\\frac{1}{2}\\mathbf{i} + \\sqrt{3}\\,\\mathbf{j}}$.",
        C,
    ),
    ("unit vectors", "(0, 2, -5)", "So $\\boxed{2\\hat{\\jmath} - 5\\hat{k}}$.", C),
    ("unit vectors", "3-i", "So $\\boxed{3-i}$.", C),
    ("unit vectors", "(3, -1)", "So $\\boxed{3-i}$.", W),
]
