"""Answers that describe a family of values: residue classes and expressions in a free parameter.

Olympiad answers often name infinitely many values at once, in one of several equivalent notations:

- a residue class: `n \\equiv 1 \\pmod 4` = `n = 4k + 1` (for integers `k`, or `k \\ge 0`) = `n = 1 + 4k` =
  `n \\in \\{1, 5, 9, 13, \\dots\\}` = `1, 5, 9, \\dots`; `3 \\mid n` = `n = 3k` = `\\text{all multiples of } 3`;
  `\\text{all odd } n` = `n \\text{ is odd}` = `n = 2k + 1` = `n \\equiv 1 \\pmod 2`. Two classes are equal when
  they have one modulus and their residues agree modulo it (the range of the parameter, all integers or the
  non-negative ones, is not compared: it names the same values of a positive unknown);
- an expression in a parameter the answer declares (`x = k\\pi,\\ k \\in \\mathbb{Z}`, `f(x) = x^2 + C,\\ C \\in
  \\mathbb{R}`, `f(x) = cx \\ (c \\in \\mathbb{R})`, `\\text{ for some constant } c`): the declaration goes, and a
  parameter named differently on the two sides is the same parameter (`x = n\\pi` for `x = k\\pi`).

Nothing here evaluates anything: the classes are read from the text, and the expressions are handed back to
`compare` without their declarations.
"""

from __future__ import annotations

import re

from longcot.verify.parse import congruence


_MARKUP = re.compile(r"\\(?:text|mathrm|textrm|textnormal)\s*\{([^{}]*)\}")
_SPACES = re.compile(r"\\[,;:! ]|~|\\quad|\\qquad|\$")
_DOTS = r"\\(?:l?dots|cdots)|\.\.\.|\u2026"
_SIGN = r"[-+]"


def _plain(text: str) -> str:
    text = _MARKUP.sub(r" \1 ", text)
    text = _SPACES.sub(" ", text).replace("\\left", "").replace("\\right", "")
    return re.sub(r"\s+", " ", text).strip().rstrip(".").strip()


# A parameter's declaration after the answer: `, k \in \mathbb{Z}`, `for integers k \ge 0`, `(k = 0, 1, 2, \dots)`,
# `(c \in \mathbb{R})`, `for some constant c`, `where c is any real constant`.
_SETS = r"\\mathbb\s*\{?\s*[ZRNQ]\s*\}?|\\(?:Z|R|N)\b"
_DECLARATION = re.compile(
    r"(?:"
    r"\s*,?\s*\(\s*(?P<p1>[a-zA-Z])\s*(?:\\in\s*(?:" + _SETS + r")|=\s*[-\d\\pm, ]*(?:" + _DOTS + r"))\s*\)"
    r"|\s*,?\s*\b(?:for|where|with)\s+(?:all\s+|any\s+|some\s+|every\s+)?(?:(?:positive|non-?negative|real)\s+)*"
    r"(?:integers?|constants?|numbers?|reals?)?\s*(?P<p2>[a-zA-Z])?"
    r"(?:\s*(?:\\in\s*(?:" + _SETS + r")|\\geq?\s*-?\d+|>\s*-?\d+|is\s+(?:an?\s+|any\s+)?(?:real\s+|positive\s+)?"
    r"(?:integer|constant|number)))?"
    r"|\s*,\s*(?P<p3>[a-zA-Z])\s*(?:\\in\s*(?:" + _SETS + r")|\\geq?\s*-?\d+)"
    r")\s*$"
)


_SET_BUILDER = re.compile(
    r"^(?P<var>[a-z])\s*\\in\s*\\\{\s*(?P<rule>[^:|]+?)\s*(?::|\\mid|\|)\s*(?P<name>[a-zA-Z])\s*\\in\s*"
    r"(?:" + _SETS + r")\s*\\\}$"
)


def declared(text: str) -> tuple[str, str | None, str | None]:
    """An answer without the declaration of its parameter, the parameter's name (None if it declares none), and
    the least value the declaration gives it (`k \\ge 1`: `1`; None if it states none)."""
    plain = _plain(text)
    built = _SET_BUILDER.match(plain)
    if built:  # `x \in \{k\pi : k \in \mathbb{Z}\}` is `x = k\pi` for integers `k`
        return f"{built.group('var')} = {built.group('rule')}".strip(), built.group("name"), None
    match = _DECLARATION.search(plain)
    if match is None or match.start() == 0:
        return plain, None, None
    name = match.group("p1") or match.group("p2") or match.group("p3")
    core = plain[: match.start()].rstrip(" ,")
    if name is None and not re.search(r"\b(?:constant|integer)s?\b", match.group(0)):
        return plain, None, None
    if name in ("x", "y", "z") or (name and re.search(r"\(\s*" + re.escape(name) + r"\s*\)", core)):
        return plain, None, None  # `f(x) = x for x > 0` restricts the function's domain: no parameter of it
    least = _LEAST.search(match.group(0))
    start = least and (int(least.group("n")) + (1 if least.group("op") == ">" else 0))
    if start is None and re.search(r"\bpositive\b", match.group(0)):
        start = 1
    elif start is None and re.search(r"\bnon-?negative\b|=\s*0\s*,", match.group(0)):
        start = 0
    return core, name, None if start is None else str(start)


_LEAST = re.compile(r"(?P<op>\\geq?|>)\s*(?P<n>-?\d+)")


_ODD_EVEN = re.compile(r"^(?:all\s+)?(?:[a-z]\s+(?:is\s+)?)?(?P<kind>odd|even)(?:\s+(?:integers?|numbers?|[a-z]))?$")
_MULTIPLES = re.compile(r"^(?:all\s+)?(?:(?:positive|the)\s+)*multiples\s+of\s+(?P<m>\d+)$")
_DIVIDES = re.compile(r"^(?P<m>\d+)\s*\\mid\s*[a-z]$")
# `n = 4k + 1`, `n = 1 + 4k`, `n = 3k`: an integer unknown (not `y = 6x + 9`, a line) in an integer parameter.
_UNKNOWN, _PARAMETER = r"[nmpqabd]", r"(?P<k>[kmjlts])"
_LINEAR = (
    re.compile(
        r"^"
        + _UNKNOWN
        + r"\s*=\s*(?P<m>\d+)\s*(?:\\cdot\s*)?"
        + _PARAMETER
        + r"(?:\s*(?P<sign>"
        + _SIGN
        + r")\s*(?P<r>\d+))?$"
    ),
    re.compile(
        r"^"
        + _UNKNOWN
        + r"\s*=\s*(?P<r>\d+)\s*(?P<sign>"
        + _SIGN
        + r")\s*(?P<m>\d+)\s*(?:\\cdot\s*)?"
        + _PARAMETER
        + "$"
    ),
)
_PROGRESSION = re.compile(
    r"^(?:[a-z]\s*(?:\\in|=)\s*)?(?:\\\{)?\s*(?P<terms>-?\d+(?:\s*,\s*-?\d+){2,})\s*,\s*(?:"
    + _DOTS
    + r")\s*(?:\\\})?$"
)


def residue_class(text: str) -> tuple[int, int] | None:
    """`(modulus, residue)` of an answer that names one residue class (see the module), else None.

    Example:
        >>> residue_class(r"n = 4k + 1,\\ k \\ge 0"), residue_class(r"\\text{all odd } n")
        ((4, 1), (2, 1))
    """
    core, _, _ = declared(text)
    core = core.strip().lower()
    residue = congruence(text)
    if residue is not None:
        modulus = int(residue[1])
        return (modulus, int(residue[0]) % modulus) if modulus > 0 else None
    if (said := _ODD_EVEN.match(core)) is not None:
        return 2, 1 if said.group("kind") == "odd" else 0
    if (said := _MULTIPLES.match(core) or _DIVIDES.match(core)) is not None:
        modulus = int(said.group("m"))
        return (modulus, 0) if modulus > 0 else None
    for pattern in _LINEAR:
        said = pattern.match(core)
        if said is not None:
            modulus = int(said.group("m"))
            rest = int(said.group("r") or 0) * (-1 if said.group("sign") == "-" else 1)
            return (modulus, rest % modulus) if modulus > 1 else None
    said = _PROGRESSION.match(core)
    if said is not None:
        terms = [int(t) for t in re.split(r"\s*,\s*", said.group("terms"))]
        steps = {b - a for a, b in zip(terms, terms[1:])}
        if len(steps) == 1 and (step := steps.pop()) > 1:
            return step, terms[0] % step
    return None


_COMMAND = re.compile(r"(\\[A-Za-z]+)")


def renamed(text: str, old: str, new: str) -> str:
    """`text` with the one-letter parameter `old` written `new`, outside command names (`cx` is `c` times `x`;
    the `c` of `\\frac` is no letter of the answer)."""
    return "".join(part if part.startswith("\\") else part.replace(old, new) for part in _COMMAND.split(text))
