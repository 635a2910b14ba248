"""Read a normalised answer into its shape: choice, text, number, list, interval, equation, matrix.

The shape decides how two answers are compared (see :mod:`longcot.verify.compare`). Reading is pure
Python string work with bounded cost; values that need algebra stay as LaTeX (`Expr`) and are only
turned into sympy inside a killable worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from longcot.verify.latex import (
    LatexParseError,
    NotRational,
    Tree,
    has_decimal,
    parse_latex,
    read_number,
    to_fraction,
)
from longcot.verify.normalize import normalize


@dataclass(frozen=True)
class Choice:
    """A multiple-choice letter."""

    letter: str


@dataclass(frozen=True)
class Text:
    """A word answer (`Evelyn`, `east`), compared case-insensitively."""

    value: str


@dataclass(frozen=True)
class Based:
    """An integer written in another base (`123_4`); digits and base must both match."""

    digits: str
    base: int


@dataclass(frozen=True)
class Expr:
    """A math expression; `value` is its exact rational value when that is cheap to know."""

    latex: str
    tree: Tree | None
    value: Fraction | None
    decimal: bool  # written with a decimal point: a possibly rounded number


@dataclass(frozen=True)
class Seq:
    """A bracketed or bare list: tuple `( )`, set `\\{ \\}`, bare `a, b`, or interval-like `[a, b)`."""

    items: tuple[Node, ...]
    open: str
    close: str


@dataclass(frozen=True)
class Union:
    """Intervals joined by `\\cup`."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Relation:
    """An equation or inequality chain: `sides` joined by `ops` (`=`, `<`, `\\leq`, …)."""

    sides: tuple[Node, ...]
    ops: tuple[str, ...]


@dataclass(frozen=True)
class Matrix:
    """A matrix or column vector, rows of cells."""

    rows: tuple[tuple[Node, ...], ...]


Node = Choice | Text | Based | Expr | Seq | Union | Relation | Matrix

# The commands a choice letter is written in (`\textbf{(C)}`, `\mathrm{(A)}`), for golds and answers alike.
_CHOICE_WRAP = r"\\(?:text(?:bf|rm)?|mathrm|mathbf)\s*\{\s*"
_CHOICE_GOLD = re.compile(r"^(?:" + _CHOICE_WRAP + r")?\(?\s*([A-E])\s*\)?(?:\s*\})?$")
_CHOICE_PRED = re.compile(r"^(?:" + _CHOICE_WRAP + r")?\(?\s*([A-E])\s*(?:\)|\}|$|\s*\)?\s*\}?\s)")
# `(B) 12`, `\textbf{(B) }12`, `B) 12`: a choice letter in parentheses (or closed by one), then the value it
# stands for.
_CHOICE_LABELLED = re.compile(
    r"^(?:" + _CHOICE_WRAP + r")?(?:\(([A-E])\)|(?<![(\w])([A-E])\))\s*\}?\s*(?P<value>\S.*)$", re.S
)
# An operator that joins what follows to the letter before it (`(E)^2`, `(B) \cdot 3`, and `(B)+1` with no space):
# `(B) \frac{1}{2}` and `(B) -3` label their value.
_BINARY_NEXT = re.compile(r"[*/^_=!<>|]|\\(?:cdot|times|div)(?![a-zA-Z])")
_OPERATOR_NEXT = re.compile(r"[-+*/^_=!<>|]|\\(?:cdot|times|div|frac|sqrt|pm|mp|leq?|geq?|ne)(?![a-zA-Z])")
# `\text{The answer is (C)}`, `\text{Option B}`: a choice named in a short sentence.
_CHOICE_IN_PROSE = re.compile(
    r"^(?:\\text(?:bf|rm)?\s*\{)?\s*(?:the\s+)?(?:correct\s+)?(?:answer|option|choice)\s+(?:is\s+)?"
    r"(?:\\textbf\s*\{)?\(?([A-E])\)?\s*\}?\.?\s*\}?$",
    re.I,
)
_TEXT_WRAP = re.compile(r"^\\(?:text|textbf|mathrm|mbox|textrm|textit)\s*\{([^{}]*)\}$")
_WORD = re.compile(r"^[A-Za-z][a-z]{2,}(?:[ -][A-Za-z][a-z]*)?$")
# `123_4`, `\text{123}_4`, `(123)_4`, `123_{(4)}`, `123 (base 4)`, `123 in base 4`, `123 \text{ in base } 4`:
# digits and their base.
_BASED = re.compile(
    r"^(?:\\text\{|\()?(?P<digits>[0-9A-Fa-f]+)[})]?"
    r"(?:_\s*\{?\s*\(?\s*(?P<sub>\d+)\s*\)?\s*\}?|\s*\(\s*(?:in\s+)?base[\s-]*(?P<paren>\d+)\s*\)"
    r"|\s*(?:\\text\s*\{)?\s+in\s+base\s*\}?\s*(?P<words>\d+))$"
)
_SCI = re.compile(r"^(-?\d+(?:\.\d+)?)\s*(?:\\times|\\cdot|\*|x)\s*10\s*\^\s*\{?\s*(-?\d+)\s*\}?$")
_PLAIN_NUMBER = re.compile(r"^-?(?:\d+\.?\d*|\.\d+)$")
_PREFIXED_NUMBER = re.compile(r"^(-?)0([xX](?=[0-9a-fA-F]{1,64}$)|[bB](?=[01]{1,256}$)|[oO](?=[0-7]{1,96}$))(\w+)$")
_REPEATING = re.compile(r"^(-?)(\d*)\.(\d*)\\overline\s*\{(\d+)\}$")
_MIXED = re.compile(r"^(-?)(\d+)\s*\\frac\s*\{(\d+)\}\s*\{(\d+)\}$")
_MATRIX = re.compile(r"^\\begin\{([pbvBV]?matrix|array)\}(?:\{[^}]*\})?(.*)\\end\{\1\}$", re.S)
_REL_OPS = re.compile(r"(\\leq|\\geq|\\ne|<=|>=|!=|=|<|>)")
_SEPARATORS = re.compile(r"\\text\s*\{\s*(?:and|or|,)\s*\}|\s+(?:and|or)\s+|\\quad|\\qquad|;")
_REALS = re.compile(r"^(?:\\mathbb\s*\{?\s*R\s*\}?|\\R|\\text\{\s*all real numbers\s*\}|\\reals)$")
_REALS_MINUS = re.compile(r"^(.+?)\s*(?:\\setminus|\\backslash|-)\s*\\\{(.+)\\\}$")  # `\mathbb{R} \setminus \{0\}`
# `\mathbb{R} \setminus (2, 3)`: the real line less an interval.
_REALS_MINUS_INTERVAL = re.compile(r"^(.+?)\s*(?:\\setminus|\\backslash)\s*([(\[])(.+)([)\]])$")
_IN_PREFIX = re.compile(r"^[a-zA-Z]\s*\\in\s*")
# Set-builder notation over one variable: `\{x \mid 2 < x < 3\}` is the set its condition describes.
_SET_BUILDER = re.compile(
    r"^\\\{\s*([a-zA-Z])\s*(?:\\in\s*(?:\\mathbb\s*\{?\s*R\s*\}?|\\R|\\reals)\s*)?(?:\\mid|\\vert|\||:)\s*(.+?)\s*\\\}$"
)
# Quotes, dunders and Python keywords never occur in a math answer; such text is unreadable, not parsed.
# An ellipsis (`2\ldots`) is an unfinished value, not a number: unreadable too.
_NOT_MATH = re.compile(r"['\"`]|__|(?<!\\)\b(?:lambda|import|eval|exec|system|compile|open)\b|\\[lc]?dots\b|\.\.\.")
_OPENERS = {"(": ")", "[": "]", "\\{": "\\}", "\\langle": "\\rangle"}


def _reals_without(points: str, depth: int) -> Node | None:
    """`\\mathbb{R} \\setminus \\{1, 3\\}` as the union `(-\\infty, 1) \\cup (1, 3) \\cup (3, \\infty)`; None
    unless every point removed is a known rational (the gaps must be put in order)."""
    items = [_item(part, depth) for part in split_top(points, (",",))]
    if not items or not all(isinstance(item, Expr) and item.value is not None for item in items):
        return None
    ends = sorted({item.value: item for item in items}.items())  # type: ignore[union-attr]
    bounds = [_expr("-\\infty"), *(item for _, item in ends), _expr("\\infty")]
    return Union(tuple(Seq((low, high), "(", ")") for low, high in zip(bounds, bounds[1:])))


def _interval_without(interval: Seq, points: str, depth: int) -> Node | None:
    """`[-2, 2] \\setminus \\{1\\}` as `[-2, 1) \\cup (1, 2]`; None unless the interval's finite ends and every point
    are known rationals and every point lies inside it."""
    items = [_item(part, depth) for part in split_top(points, (",",))]
    if not items or not all(isinstance(item, Expr) and item.value is not None for item in items):
        return None
    low, high = interval.items
    if not isinstance(low, Expr) or not isinstance(high, Expr):
        return None
    low_infinite = low.latex.replace(" ", "") == "-\\infty"
    high_infinite = high.latex.replace(" ", "") in ("\\infty", "+\\infty")
    if (low.value is None and not low_infinite) or (high.value is None and not high_infinite):
        return None
    lo, hi = (None if low_infinite else low.value), (None if high_infinite else high.value)
    ends = sorted({item.value: item for item in items}.items())  # type: ignore[union-attr]
    if any((lo is not None and value <= lo) or (hi is not None and value >= hi) for value, _ in ends):
        return None  # a point on or outside an end: not a gap inside the interval
    bounds = [low, *(item for _, item in ends), high]
    opens = [interval.open, *("(" for _ in ends)]
    closes = [*(")" for _ in ends), interval.close]
    return Union(tuple(Seq((a, b), o, c) for a, b, o, c in zip(bounds, bounds[1:], opens, closes)))


def parse_answer(text: str, *, strict: bool = False) -> Node | None:
    """Read an answer string into its shape.

    Args:
        text: An answer as written (a box's content, or a dataset's gold answer).
        strict: Read as a gold answer: multi-word prose is unreadable instead of text. Defaults to False.

    Returns:
        The answer's shape, or None when the string is empty or (with `strict`) prose.

    Example:
        >>> parse_answer(r"\\text{(B)}")
        Choice(letter='B')
    """
    norm = normalize(text)
    if not norm:
        return None
    choice = _CHOICE_GOLD.match(norm) or _CHOICE_LABELLED.match(norm)
    if choice:
        return Choice(next(group for group in choice.groups() if group))
    return _shape(norm, strict=strict, depth=0)


# `7^{100} \equiv 1 \pmod 5`, `x \equiv 3 \pmod{7}`, `n \equiv -1 \ (\bmod 4)`, `\equiv 2 (\text{mod } 9)`: a residue.
_SPACE = r"(?:\s|\\[ ,;:!]|\\q?quad(?![a-zA-Z])|~)*"  # TeX spacing: `\ `, `\,`, `\quad`, `~`
# `\pmod`, `\bmod`, `\mod`, `\text{mod}`, `\mathrm{mod}`, `\operatorname{mod}`, `\text{(mod 9)}`, a bare `mod`.
_MOD_WORD = (
    r"(?:\\(?:pmod|bmod|mod)(?![a-zA-Z])"
    r"|\\(?:text|mathrm|textrm|operatorname|rm)\s*\{<S>\(?<S>mod<S>(?:\}|(?=\d))|mod(?![a-zA-Z]))"
)
# `x \equiv 17 \pmod{140}`, `x ≡ 17 (mod 140)`, `x\equiv 17\ (\mathrm{mod}\ 140)`, `\text{(mod 140)}`.
_CONGRUENCE = re.compile(
    r"^(?P<lhs>[^=]*?)(?:\\equiv(?![a-zA-Z])|≡)<S>(?P<value>-?\d+)<S>(?:\\left)?\(?<S><MOD><S>\{?<S>(?P<mod>\d+)<S>"
    r"\}?<S>\)?\}?<S>(?:\\right)?\)?<S>\.?$".replace("<MOD>", _MOD_WORD).replace("<S>", _SPACE)
)


def congruence(text: str) -> tuple[str, str] | None:
    """`(residue, modulus)` of an answer that is one congruence (`7^{100} \\equiv 1 \\pmod 5`), else None.

    Example:
        >>> congruence(r"7^{100} \\equiv 1 \\pmod{5}")
        ('1', '5')
    """
    match = _CONGRUENCE.match(text.strip().strip("$").strip())
    return (match.group("value"), match.group("mod")) if match else None


def labelled_value(text: str) -> str | None:
    """The value after a choice label (`12` of `(C) 12` or `\\textbf{(C) }12`), if the answer has both.

    Args:
        text: A predicted answer.

    Returns:
        The normalised text after the label, or None.

    Example:
        >>> labelled_value(r"\\textbf{(C) }12")
        '12'
    """
    match = _CHOICE_LABELLED.match(normalize(text))
    if match is None or not re.search(r"\w", match.group("value")):
        return None  # `\text{(C)}`: the brace that closes the label is no value
    return match.group("value")


def choice_of(text: str) -> str | None:
    """The choice letter a predicted answer names (`B`, `(B)`, `\\textbf{(B) }12`), if any.

    Args:
        text: A predicted answer.

    Returns:
        The letter, or None.

    Example:
        >>> choice_of(r"\\textbf{(C) }12")
        'C'
    """
    norm = normalize(text)
    match = _CHOICE_GOLD.match(norm)
    if match:
        return match.group(1)
    prose = _CHOICE_IN_PROSE.search(norm)
    if prose:
        return prose.group(1)
    match = _CHOICE_PRED.match(norm + " ")
    if match is None:
        return None
    rest = norm[match.end() :].lstrip()
    labelled = _CHOICE_LABELLED.match(norm)
    if labelled and not _BINARY_NEXT.match(rest) and norm[match.end() : match.end() + 1] not in ("+", "-"):
        return match.group(1)  # `(D) \sqrt{2}+\sqrt{8}`: a letter in parentheses, then the value it stands for
    if _OPERATOR_NEXT.match(rest):
        return None  # `\mathrm{E}*2`, `E + 1`: a letter inside an expression names no choice
    return match.group(1)


def split_top(text: str, separators: tuple[str, ...]) -> list[str]:
    """Split at separators that are outside every bracket.

    Args:
        text: A normalised answer.
        separators: Strings to split at (e.g. `(",",)` or `("\\\\cup",)`).

    Returns:
        The pieces, stripped; one piece if no separator is at depth 0.

    Example:
        >>> split_top("(1, 2), 3", (",",))
        ['(1, 2)', '3']
    """
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        if text.startswith("\\{", i) or text.startswith("\\langle", i):
            depth += 1
            i += 2 if char == "\\" and text[i + 1] == "{" else 7
            continue
        if text.startswith("\\}", i) or text.startswith("\\rangle", i):
            depth -= 1
            i += 2 if text[i + 1] == "}" else 7
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0:
            for sep in separators:
                if text.startswith(sep, i) and not (sep == "\\cup" and text[i + 4 : i + 5].isalpha()):
                    parts.append(text[start:i].strip())
                    i += len(sep)
                    start = i
                    break
            else:
                i += 1
                continue
            continue
        i += 1
    parts.append(text[start:].strip())
    return parts


def _outer_brackets(text: str) -> tuple[str, str, str] | None:
    """If the whole text is one bracketed group (`(…)`, `[…)`, `\\{…\\}`), return (open, inner, close)."""
    if text.startswith("{") and text.endswith("}") and _depth_ok(text[1:-1]):
        inner = text[1:-1].strip()
        if len(split_top(inner, (",",))) > 1:
            return "\\{", inner, "\\}"  # `{1, 2}`: a set written with bare braces
    for opener in ("\\{", "\\langle", "(", "["):
        if not text.startswith(opener):
            continue
        closers = ("\\}",) if opener == "\\{" else ("\\rangle",) if opener == "\\langle" else (")", "]")
        for closer in closers:
            if text.endswith(closer):
                inner = text[len(opener) : len(text) - len(closer)]
                if _depth_ok(inner):
                    return opener, inner.strip(), closer
    return None


def _depth_ok(inner: str) -> bool:
    depth = 0
    i = 0
    while i < len(inner):
        if inner.startswith("\\{", i) or inner.startswith("\\}", i):
            depth += 1 if inner[i + 1] == "{" else -1
            i += 2
            continue
        char = inner[i]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if depth < 0:
            return False
        i += 1
    return depth == 0


def _shape(text: str, *, strict: bool, depth: int) -> Node | None:
    if depth > 8:
        raise LatexParseError("nesting too deep")
    text = _IN_PREFIX.sub("", text.strip()).strip()
    if not text:
        return None
    builder = _SET_BUILDER.match(text)
    if builder and all(_REL_OPS.search(part) for part in split_top(builder.group(2), (",",))):
        return _shape(builder.group(2), strict=strict, depth=depth + 1)  # `\{x \mid x \geq -2, x \ne 3\}` too
    if _REALS.match(text):  # the real line is the interval (-oo, oo)
        return Seq((_expr("-\\infty"), _expr("\\infty")), "(", ")")
    minus = _REALS_MINUS.match(text)
    if minus and _REALS.match(minus.group(1).strip()):
        return _reals_without(minus.group(2), depth)
    if minus and minus.group(1).strip()[:1] in "([" and minus.group(1).strip()[-1:] in ")]":
        base = _shape(minus.group(1).strip(), strict=False, depth=depth + 1)  # `[-2, 2] \setminus \{1\}`
        if isinstance(base, Seq) and len(base.items) == 2 and base.open in "([" and base.close in ")]":
            left = _interval_without(base, minus.group(2), depth)
            if left is not None:
                return left
    removed = _REALS_MINUS_INTERVAL.match(text)
    if removed and _REALS.match(removed.group(1).strip()):  # `\mathbb{R} \setminus (2, 3)`: what is left
        ends = [p for p in split_top(removed.group(3), (",",)) if p]
        if len(ends) == 2:
            low, high = _item(ends[0], depth), _item(ends[1], depth)
            return Union(
                (
                    Seq((_expr("-\\infty"), low), "(", "]" if removed.group(2) == "(" else ")"),
                    Seq((high, _expr("\\infty")), "[" if removed.group(4) == ")" else "(", ")"),
                )
            )
    matrix = _MATRIX.match(text)
    if matrix and "\\begin{" not in matrix.group(2):
        rows = [row for row in re.split(r"\\cr(?![a-zA-Z])", matrix.group(2)) if row.strip()]
        return Matrix(tuple(tuple(_item(cell, depth) for cell in row.split("&")) for row in rows))
    if "\\begin{" in text:
        combined = matrix_expression(text)
        if combined is not None:
            return combined
    parts = split_top(text, ("\\cup",))
    if len(parts) > 1:
        return Union(tuple(_item(part, depth) for part in parts))
    pieces = [p for p in split_top(_SEPARATORS.sub(",", text), (",",)) if p]
    if len(pieces) > 1 or (pieces and _PM.search(pieces[0]) and not _outer_brackets(text)):
        pieces = [value for piece in pieces for value in expand_pm(piece)]
        if len(pieces) > 1:
            return Seq(tuple(_item(piece, depth) for piece in pieces), "", "")
    brackets = _outer_brackets(text)
    if brackets is not None:
        opener, inner, closer = brackets
        items = [p for p in split_top(inner, (",",)) if p]
        if opener == "\\{":
            items = [value for item in items for value in expand_pm(item)]
        if len(items) == 1 and opener == "(" and closer == ")":
            return _shape(inner, strict=strict, depth=depth + 1)
        if opener == "[" and closer == "]" and len(items) == 1:
            return _shape(inner, strict=strict, depth=depth + 1)
        return Seq(tuple(_item(item, depth) for item in items), opener, closer)
    relation = _relation(text, depth)
    if relation is not None:
        return relation
    wrapped = _TEXT_WRAP.match(text)
    if wrapped:
        inner = wrapped.group(1).strip()
        if re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", inner):
            return Text(clean_text(inner))
        return _shape(normalize(inner), strict=strict, depth=depth + 1)  # `\text{12 cm}`: its unit goes too
    based = _BASED.match(text)
    base = int(based.group("sub") or based.group("paren") or based.group("words")) if based else 10
    if based and base != 10 and 2 <= base <= 36:
        return Based(based.group("digits").upper(), base)
    if based and base == 10 and based.group("digits").isdigit():
        text = based.group("digits")  # `(679)_{10}`: a decimal numeral, written with its base
    number = _number(text)
    if number is not None:
        return number
    if strict and re.fullmatch(r"[A-Za-z][A-Za-z ,.'\-]*", text) and len(re.findall(r"[A-Za-z]{2,}", text)) >= 2:
        return None
    if text.lower() in ("yes", "no"):  # `No`, `NO`, `no` are the word (not the product n·o, which `on` equals)
        return Text(text.lower())
    if _WORD.match(text) and text.lower() not in ("sqrt", "sin", "cos", "tan", "log", "ln", "exp", "pi"):
        return Text(clean_text(text))
    return _expr(text)


_PM = re.compile(r"\\(?:pm|mp)(?![a-zA-Z])")


def expand_pm(text: str) -> list[str]:
    """The values a `\\pm` stands for: `1 \\pm \\sqrt{2}` is `1 + \\sqrt{2}` and `1 - \\sqrt{2}`.

    Args:
        text: One item of an answer.

    Returns:
        Two items for one `\\pm` (or `\\mp`); the item itself otherwise (several signs stay as written).

    Example:
        >>> expand_pm(r"\\pm 3")
        ['+ 3', '- 3']
    """
    signs = _PM.findall(text)
    if len(signs) != 1:
        return [text]
    first, second = ("+", "-") if signs[0] == "\\pm" else ("-", "+")
    return [re.sub(r"\s+", " ", _PM.sub(f" {sign} ", text)).strip() for sign in (first, second)]


_ARTICLE = re.compile(r"^(?:a|an|the)\s+(?=[a-z])")


def clean_text(text: str) -> str:
    """A word answer as compared: spaces collapsed, lower case, no leading article (`A Parabola` → `parabola`)."""
    return _ARTICLE.sub("", re.sub(r"\s+", " ", text).strip().lower())


def _item(text: str, depth: int) -> Node:
    node = _shape(text, strict=False, depth=depth + 1)
    if node is None:
        raise LatexParseError(f"empty item in {text!r}")
    return node


def _relation(text: str, depth: int) -> Relation | None:
    if not _REL_OPS.search(text):
        return None
    parts = _REL_OPS.split(text)
    sides_text, ops = parts[0::2], parts[1::2]
    if any(not side.strip() for side in sides_text):
        return None
    ops = [{"<=": "\\leq", ">=": "\\geq", "!=": "\\ne"}.get(op, op) for op in ops]
    return Relation(tuple(_item(side, depth) for side in sides_text), tuple(ops))


def _number(text: str) -> Expr | None:
    prefixed = _PREFIXED_NUMBER.match(text)
    if prefixed:  # `0x1A`, `0b1101`, `0o17`: an integer literal that names its base
        sign, base, digits = prefixed.groups()
        value = int(digits, {"x": 16, "b": 2, "o": 8}[base.lower()])
        return Expr(text, None, Fraction(-value if sign else value), False)
    if _PLAIN_NUMBER.match(text):
        value = read_number(text)
        return Expr(text, ("num", text.lstrip("-")) if not text.startswith("-") else None, value, "." in text)
    sci = _SCI.match(text)
    if sci:
        exponent = int(sci.group(2)) if len(sci.group(2)) < 6 else None
        if exponent is None or abs(exponent) > 10_000:
            raise LatexParseError(f"exponent too large in {text[:40]!r}")
        value = read_number(sci.group(1)) * Fraction(10) ** exponent
        return Expr(text, None, value, True)
    repeating = _REPEATING.match(text)
    if repeating:
        sign, whole, fixed, period = repeating.groups()
        value = Fraction(int(whole or "0")) + Fraction(int(fixed or "0"), 10 ** len(fixed))
        value += Fraction(int(period), (10 ** len(period) - 1) * 10 ** len(fixed))
        return Expr(text, None, -value if sign else value, False)
    mixed = _MIXED.match(text)
    if mixed:
        sign, whole, num, den = mixed.groups()
        if int(den) == 0:
            return None
        value = int(whole) + Fraction(int(num), int(den))
        return Expr(text, None, -value if sign else value, False)
    return None


def _expr(text: str) -> Expr:
    if _NOT_MATH.search(text):
        raise LatexParseError(f"not math: {text[:40]!r}")
    try:
        tree = parse_latex(text)
    except LatexParseError:
        return Expr(text, None, None, bool(re.search(r"\d\.\d", text)))
    try:
        value = to_fraction(tree)
    except NotRational:
        value = None
    return Expr(text, tree, value, has_decimal(tree))


# ---------------------------------------------------------------- unevaluated matrix sums and products

_MATRIX_SPAN = re.compile(r"\\begin\{([pbvBV]?matrix)\}(.*?)\\end\{\1\}", re.S)
_PRODUCT_GAP = re.compile(r"^\s*(?:\\cdot|\\times|\*)?\s*$")
_TERM_GAP = re.compile(r"^\s*([+-])\s*(.*?)\s*(?:\\cdot|\\times|\*)?\s*$", re.S)

Cells = list[list[Tree]]


def matrix_expression(text: str) -> Matrix | None:
    """Evaluate an unevaluated sum or product of matrices cell by cell (`2A + BC` written out in LaTeX).

    Cells are combined as expression trees (no sympy, no evaluation beyond exact rationals), so a cell
    of the result compares like any other expression.

    Args:
        text: A normalised answer holding two or more matrices, or one with a scalar factor.

    Returns:
        The resulting :class:`Matrix`, or None when the text is not such an expression or the shapes do
        not fit.

    Example:
        >>> matrix_expression(r"2\\begin{pmatrix} 1 \\cr 2 \\end{pmatrix}").rows[1][0].value
        Fraction(4, 1)
    """
    spans = list(_MATRIX_SPAN.finditer(text))
    if not spans:
        return None
    gaps = [text[: spans[0].start()]]
    gaps += [text[a.end() : b.start()] for a, b in zip(spans, spans[1:])]
    if text[spans[-1].end() :].strip():
        return None
    try:
        matrices = [_cells(span.group(2)) for span in spans]
        terms: list[tuple[Tree | None, bool, list[Cells]]] = []  # (scalar, negative, factors)
        for k, (gap, cells) in enumerate(zip(gaps, matrices)):
            if k and _PRODUCT_GAP.match(gap):
                terms[-1][2].append(cells)
                continue
            negative, scalar_text = False, gap
            if k:
                term = _TERM_GAP.match(gap)
                if term is None:
                    return None
                negative, scalar_text = term.group(1) == "-", term.group(2)
            scalar_text = re.sub(r"(?:\\cdot|\\times|\*)\s*$", "", scalar_text.strip()).strip()
            if scalar_text in ("-", "+"):
                negative, scalar_text = negative != (scalar_text == "-"), ""
            scalar = parse_latex(scalar_text) if scalar_text else None
            terms.append((scalar, negative, [cells]))
        total: Cells | None = None
        for scalar, negative, factors in terms:
            product = factors[0]
            for factor in factors[1:]:
                product = _mat_mul(product, factor)
            if scalar is not None:
                product = [[("mul", scalar, cell) for cell in row] for row in product]
            if negative:
                product = [[("neg", cell) for cell in row] for row in product]
            total = product if total is None else _mat_add(total, product)
    except (LatexParseError, ValueError):
        return None
    if total is None or (len(spans) == 1 and terms[0][0] is None and not terms[0][1]):
        return None
    return Matrix(tuple(tuple(_cell_expr(cell) for cell in row) for row in total))


def _cells(body: str) -> Cells:
    rows = [row for row in re.split(r"\\cr(?![a-zA-Z])", body) if row.strip()]
    cells = [[parse_latex(cell.strip()) for cell in row.split("&")] for row in rows]
    if not cells or any(len(row) != len(cells[0]) for row in cells):
        raise LatexParseError("ragged matrix")
    return cells


def _mat_add(a: Cells, b: Cells) -> Cells:
    if len(a) != len(b) or len(a[0]) != len(b[0]):
        raise LatexParseError("matrix shapes differ")
    return [[("add", x, y) for x, y in zip(row_a, row_b)] for row_a, row_b in zip(a, b)]


def _mat_mul(a: Cells, b: Cells) -> Cells:
    if len(a[0]) != len(b):
        raise LatexParseError("matrix shapes do not multiply")
    out: Cells = []
    for row in a:
        new_row = []
        for j in range(len(b[0])):
            cell: Tree = ("mul", row[0], b[0][j])
            for k in range(1, len(b)):
                cell = ("add", cell, ("mul", row[k], b[k][j]))
            new_row.append(cell)
        out.append(new_row)
    return out


def _cell_expr(tree: Tree) -> Expr:
    try:
        value = to_fraction(tree)
    except NotRational:
        value = None
    return Expr(tree_latex(tree), tree, value, has_decimal(tree))


def tree_latex(tree: Tree) -> str:
    """LaTeX for an expression tree (every subterm braced, so it reads back as the same tree).

    Args:
        tree: A tree from :func:`longcot.verify.latex.parse_latex`.

    Returns:
        A LaTeX string.

    Example:
        >>> tree_latex(("add", ("num", "1"), ("neg", ("sym", "x"))))
        '(1)+(-(x))'
    """
    op = tree[0]
    if op in ("num", "sym"):
        return str(tree[1])
    if op == "const":
        return "\\pi" if tree[1] == "pi" else "\\infty"
    if op == "neg":
        return f"-({tree_latex(tree[1])})"
    if op == "add":
        return f"({tree_latex(tree[1])})+({tree_latex(tree[2])})"
    if op == "mul":
        return f"({tree_latex(tree[1])})\\cdot({tree_latex(tree[2])})"
    if op == "div":
        return f"\\frac{{{tree_latex(tree[1])}}}{{{tree_latex(tree[2])}}}"
    if op == "pow":
        return f"{{({tree_latex(tree[1])})}}^{{{tree_latex(tree[2])}}}"
    if op == "fact":
        return f"({tree_latex(tree[1])})!"
    if op == "root":
        return f"\\sqrt[{tree_latex(tree[2])}]{{{tree_latex(tree[1])}}}"
    if op == "binom":
        return f"\\binom{{{tree_latex(tree[1])}}}{{{tree_latex(tree[2])}}}"
    if op == "abs":
        return f"|{tree_latex(tree[1])}|"
    if op == "func":
        _, name, argument, base = tree
        head = f"\\{name}" + (f"_{{{tree_latex(base)}}}" if base is not None else "")
        return f"{head}({tree_latex(argument)})"
    raise LatexParseError(f"cannot print {op}")
