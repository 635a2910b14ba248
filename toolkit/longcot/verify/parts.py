"""Multi-part answers: a gold of labelled parts (`(a)\\ 12;\\ (b)\\ 840`, `a) 3, b) -1`, `\\text{mean } 5,\\
\\text{median } 4`) and the parts a response states (in one box or line, labelled in any order, as labelled
equations `a_{20} = 79,\\ S_{20} = 820`, or in a closing sentence `The area is 84 and the perimeter is 56.`).

Each part is compared on its own and all must agree: a part missing, wrong or swapped makes the answer wrong.
Labels pair parts when both sides carry them (`(b) 840 and (a) 12` answers `(a) 12; (b) 840`), names by name
(`\\gcd = 12`, `\\text{lcm} = 840`, the unknowns of `(x, y) = (2, -1)`, or the order a closing sentence names them
in); unlabelled parts pair in order. `core.extract_stage` reads the parts for a gold that has them; `compare`
compares them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from longcot.verify.extract import ends_abruptly


# `\text{a) }`, `\textbf{(a)}`, `**(a)**`: the label alone, without its markup.
_LABEL_MARKUP = re.compile(
    r"\\text(?:bf|rm|normal|it)?\{\s*(\(?(?:[a-f]|i{1,3}|iv|vi?)\))\s*\}|\*\*\s*(\(?(?:[a-f]|i{1,3}|iv|vi?)\))\s*\*\*"
)
# A part label: `(a)`, `a)`, `(ii)`, at the start or after a space, a separator or an opening `$`/`{`.
_LABEL = re.compile(r"(?:(?<=^)|(?<=[\s;,{$]))(?:\((?P<p>[a-f]|i{1,3}|iv|vi?)\)|(?P<b>[a-f])\))(?=[\s\\$:]|$)")
# A named part: `\text{mean } 5`, `\text{median}: 4`, `mode = 3`, `\gcd = 12`, `\operatorname{Var}(X) = \frac{35}{12}`,
# `E[X] = 3.5`, `GCD 12` (a one-letter name only before `=`: `E = \frac{7}{2}`).
_NAMED = re.compile(
    r"^\s*(?:\\text(?:bf|rm|normal)?\{\s*(?P<t>[A-Za-z][A-Za-z \-]{2,30}?)\s*:?\s*\}"
    r"|\\(?:operatorname|mathrm)\{(?P<o>[A-Za-z]{2,12})\}|\\(?P<c>gcd|lcm|max|min|deg|det)\b"
    r"|(?P<w>[A-Za-z][A-Za-z\-]{2,20})|(?P<l>[A-Za-z])(?=\s*(?:\[[^\[\]]*\]|\([^()]*\))?\s*=))"
    r"\s*(?:\[[^\[\]]*\]|\([^()]*\))?\s*(?:=|:|\\colon)?\s*(?:\\[ ,;!]|~)*\s*(?P<v>[^=]+?)\s*$"
)


_NAMED_TUPLE = re.compile(
    r"^(?:\\left)?\(\s*(?P<names>[A-Za-z](?:\s*,\s*[A-Za-z])+)\s*(?:\\right)?\)\s*=\s*(?:\\left)?\("
    r"(?P<values>.+)(?:\\right)?\)$"
)


def _name(match: re.Match[str]) -> str:
    r"""A part's name as compared: `\gcd`, `\text{gcd}`, `GCD` are `gcd`; `E[X]` is `e`."""
    return next(g for g in match.group("t", "o", "c", "w", "l") if g).strip().lower()


def _same_name(a: str, b: str) -> bool:
    """`intercept` names what `y-intercept` does."""
    return a == b or a.endswith("-" + b) or b.endswith("-" + a) or a.endswith(" " + b) or b.endswith(" " + a)


_SPACES = re.compile(r"\\[ ,;!:]|\\q?quad\b|~|\\enspace\b")
_AND = re.compile(r"\\text\{\s*(?:and|,)\s*\}|\s+and\s+|\\&|\\text\{\s*;\s*\}")
_MATH_SPAN = re.compile(r"\$\$?([^$]+?)\$\$?")
_NUMBER = re.compile(r"(?<![\w.])[-\u2212]?\d+(?:\.\d+)?(?:/\d+)?(?![\w.]*[A-Za-z_^])")
_TRAILING = re.compile(r"[\s.;,:]+$")
# A math span that names a quantity rather than stating a value: `$f$`, `$y$`, `$S_{20}$`.
_NAME_SPAN = re.compile(r"[A-Za-z](?:_\{?\w+\}?)?|\\[A-Za-z]+")
_MAX_PART = 80  # a part longer than this (after its label) is prose, not a stated answer
_MAX_CLOSING = 400  # a closing paragraph longer than this is working, not an answer line


def _split_top(text: str, seps: str = ";,") -> list[str]:
    """Split at separators outside brackets, braces and `$`…`$`, and not inside a digit group (`1,000`).

    (`parse.split_top` splits a normalised answer, which has no `$` left and no digit groups: closing prose has both.)
    """
    pieces, depth, start, in_math = [], 0, 0, False
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "$":
            in_math = not in_math
        elif ch in seps and depth == 0 and not in_math:
            if ch == "," and i + 1 < len(text) and text[i + 1].isdigit() and text[i - 1 : i].isdigit():
                continue  # `1,000`: a digit group, not a separator
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return [p for p in (p.strip() for p in pieces) if p]


def _value(text: str) -> str | None:
    """The value a part's text states: its last math (the right side of its last `=`), else its number."""
    text = _TRAILING.sub("", _SPACES.sub(" ", text.replace("**", "").replace("\\$", ""))).strip()
    spans = [span for span in _MATH_SPAN.findall(text) if not _NAME_SPAN.fullmatch(span.strip())]
    if len(spans) > 1:  # `$x = 1$, $x = 2$, $x = 3$`: every value the part lists
        values = [_value("$" + span + "$") for span in spans]
        return ", ".join(v for v in values if v) if all(values) else None
    if spans:
        text = spans[-1]
    elif "$" in text:
        return None
    unit = re.fullmatch(r"(-?\d[\d,]*(?:\.\d+)?)\s+[a-z]+(?:\s+[a-z]+)?", text.strip())
    if unit:  # `56 committees`, `336 ways`
        return unit.group(1)
    text = text.strip()
    if "=" in text:
        text = text.rsplit("=", 1)[1]
    text = _TRAILING.sub("", text).strip()
    if not spans and re.match(r"^[A-Za-z][A-Za-z\s\-']*\s", text):  # `slope 3`, `the remainder is 7`
        rest = re.sub(r"^[A-Za-z][A-Za-z\s\-']*?\s(?=[-\u2212\d\\(])", "", text)
        text = rest if rest != text else text
    return text or None


def _labelled(text: str) -> list[tuple[str, str]] | None:
    """`(a) 3; (b) -4` as [('a', '3'), ('b', '-4')]; None without two labels or with a part that is prose."""
    text = re.sub(r"(?m)^\s*[-*\u2022]\s+", " ", text)  # bullets before labels
    text = _LABEL_MARKUP.sub(lambda m: " " + (m.group(1) or m.group(2)) + " ", _SPACES.sub(" ", text))
    marks = list(_LABEL.finditer(text))
    if len(marks) < 2:
        return None
    parts = []
    for mark, after in zip(marks, [*marks[1:], None]):
        label = mark.group("p") or mark.group("b")
        body = text[mark.end() : after.start() if after is not None else len(text)]
        body = _AND.sub(" ", body).strip().strip(";,").strip()
        body = re.sub(r"\s+(?:and|&)$", "", body)
        if not body or len(body) > _MAX_PART:
            return None
        value = _value(body)
        if value is None:
            return None
        parts.append((label, value))
    labels = [label for label, _ in parts]
    return parts if len(set(labels)) == len(labels) else None


@lru_cache(maxsize=4096)
def gold_parts(gold: str) -> tuple[tuple[str, str], ...] | None:
    """The labelled or named parts of a gold answer, or None when it is one answer (cached: every comparison asks,
    and a dataset repeats its golds)."""
    text = gold.strip().strip("$").strip()
    labelled = _labelled(text)
    if labelled is not None and re.match(r"^\s*(?:\\text\w*\{\s*|\*\*)?\(?[a-f]\)", text):
        return tuple(labelled)
    tupled = _NAMED_TUPLE.match(text)
    if tupled:  # `(x, y) = (2, -1)`: each unknown's value, by name
        names, values = _split_top(tupled.group("names")), _split_top(tupled.group("values"))
        if len(names) == len(values) and len(set(names)) == len(names):
            return tuple((name.lower(), value) for name, value in zip(names, values))
    pieces = _split_top(_SPACES.sub(" ", text))
    if len(pieces) < 2:
        return None
    named = [_NAMED.match(p) for p in pieces]
    if not all(named):
        return None
    parts = [(_name(m), m.group("v").strip()) for m in named if m]
    if not all(any(ch.isdigit() or ch == "\\" for ch in v) for _, v in parts):
        return None  # `red, green` is a list of words, not named parts
    names = [name for name, _ in parts]
    return tuple(parts) if len(set(names)) == len(names) else None


def _unlabelled(text: str, count: int) -> list[tuple[str | None, str]] | None:
    """`12, 840`, `a_{20} = 79,\\ S_{20} = 820`, `x = 12 \\text{ and } y = 840`: `count` values in order."""
    pieces = _split_top(_AND.sub(";", _SPACES.sub(" ", text)), ";,")
    if len(pieces) != count:
        return None
    parts: list[tuple[str | None, str]] = []
    for piece in pieces:
        named = _NAMED.match(piece.replace("$", ""))
        value = _value(named.group("v")) if named else _value(piece)
        if value is None:
            return None
        parts.append((_name(named) if named else None, value))
    return parts


def answer_parts(pred: str, gold: Sequence[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The parts an extracted answer states, paired with the gold's labels; None when they cannot be paired."""
    labels = [label for label, _ in gold]
    labelled = _labelled(pred)
    if labelled is not None:
        found = dict(labelled)
        if set(found) == set(labels):
            return [(label, found[label]) for label in labels]
        return None
    unlabelled = _unlabelled(pred, len(gold))
    if unlabelled is None:
        return None
    named = {name: value for name, value in unlabelled if name}
    if len(named) == len(gold):
        paired = [next((v for n, v in named.items() if _same_name(n, label)), None) for label in labels]
        if all(v is not None for v in paired):  # `\text{lcm} = 840,\ \text{gcd} = 12`: by name, in any order
            return [(label, str(v)) for label, v in zip(labels, paired)]
    return [(label, value) for label, (_, value) in zip(labels, unlabelled)]


def _unboxed(text: str) -> str:
    r"""The text with `\boxed{…}` unwrapped and display delimiters gone (`\[\boxed{(a) 12; (b) 840}\]`)."""
    while True:
        at = text.find("\\boxed{")
        if at < 0:
            break
        depth, i = 0, at + len("\\boxed")
        for i in range(at + len("\\boxed"), len(text)):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if depth == 0:
                break
        if depth != 0:
            break
        text = text[:at] + text[at + len("\\boxed{") : i] + text[i + 1 :]
    return re.sub(r"\\\[|\\\]|\$\$", " ", text)


def _cut_mid_math(paragraph: str) -> bool:
    """Whether a paragraph stops inside math: a `$` left open, or an operator or bracket last."""
    text = paragraph.replace("\\$", "").replace("**", "").rstrip()
    return text.count("$") % 2 == 1 or re.search(r"(?:[=+\-/(,^_{]|\\[A-Za-z]+)$", text) is not None


def closing_parts(
    final: str, gold: Sequence[tuple[str, str]], *, labelled_only: bool = False
) -> list[tuple[str, str]] | None:
    """The parts a response's closing paragraph states: labelled or named, or (unless `labelled_only`) the values
    of one closing sentence in order."""
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", final.rstrip()) if p.strip()]
    if not paragraphs or len(paragraphs[-1]) > _MAX_CLOSING:
        return None
    closing = paragraphs[-1]
    if "\n" in closing and re.match(r"^#+\s|^\*\*[^*\n]+\*\*\s*$", closing.split("\n", 1)[0]):
        closing = closing.split("\n", 1)[1]  # `### Final Answer` on the line above
    labels = [label for label, _ in gold]
    if _cut_mid_math(paragraphs[-1]):
        return None
    closing = _unboxed(closing)
    run: list[str] = []  # `**(a)** Length: $12$` / `**(b)** Width: $5$`: one labelled paragraph per part
    for paragraph in reversed(paragraphs[-len(gold) :]):
        mark = _LABEL.match(_LABEL_MARKUP.sub(lambda m: (m.group(1) or m.group(2)) + " ", paragraph))
        if mark is None or len(paragraph) > _MAX_PART + 10:
            break
        run.insert(0, paragraph)
    if len(run) == len(gold):
        closing = " ".join(run)
    labelled = _labelled(closing)
    if labelled is not None:
        found = dict(labelled)
        return [(label, found[label]) for label in labels] if set(found) == set(labels) else None
    lines = [re.sub(r"^\s*(?:[-*\u2022]|\d+\.)\s+", "", line).replace("**", "") for line in closing.splitlines()]
    named = [_NAMED.match(line.replace("$", "")) for line in lines if line.strip()]
    if len(named) == len(gold) and all(named):  # `- Mode: **3**` on lines of their own, in any order
        found = {(m.group("t") or m.group("w")).strip().lower(): _value(m.group("v")) for m in named if m}
        if set(found) == set(labels) and all(found.values()):
            return [(label, str(found[label])) for label in labels]
    if labelled_only or ends_abruptly(closing):  # values read in order only from a sentence that ends
        return None
    closing = re.sub(r"\s*\([^()]*\)(?=\s*[.!]?\s*$)", "", closing)  # `… is $-1$ (the line is $y = 3x - 1$).`
    spans = [span for span in _MATH_SPAN.findall(closing) if not _NAME_SPAN.fullmatch(span.strip())]
    if spans:
        values = [_value("$" + span + "$") for span in spans]
    else:
        values = _NUMBER.findall(closing)
    if len(values) != len(gold) or not all(values):
        return None
    lowered = closing.lower()
    named_at = [re.search(r"(?<![a-z])" + re.escape(label) + r"(?![a-z])", lowered) for label in labels]
    if all(len(label) > 1 for label in labels) and all(named_at):
        # `The perimeter is 34 and the area is 60.` for `area 60, perimeter 34`: the values in the order named
        order = sorted(range(len(labels)), key=lambda k: named_at[k].start())  # type: ignore[union-attr]
        return [(labels[k], str(value)) for k, value in sorted(zip(order, values))]
    return [(label, str(value)) for label, value in zip(labels, values)]


def joined(parts: list[tuple[str, str]]) -> str:
    """Parts as one answer string the comparison reads back: `(a) 12; (b) 840`, `mean 5; median 4`."""
    return "; ".join(
        f"({label}) {value}" if re.fullmatch(r"[a-f]|i{1,3}|iv|vi?", label) else f"{label} {value}"
        for label, value in parts
    )
