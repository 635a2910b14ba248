"""Decide whether a predicted answer equals the gold, by the shape of the gold.

Two tiers. The fast tier is pure Python (choices, text, exact rationals, lists, intervals of
rationals) and raises :class:`NeedsSympy` for anything else. The sympy tier (`use_sympy=True`) builds
sympy objects from the parsed trees and compares exact values first, then numbers, then expressions at
random points, where a difference is zero only when evalf finds no digit of it at a working precision that grows
with the digits of the numbers in it (`_maxn`), and past 10,000 digits only when an exact check proves it
(`_exact_zero`); it only runs where a killable timeout guards it.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

from longcot.verify.clock import calendar_date, clock_time, same_date, same_time
from longcot.verify.extract import find_answer
from longcot.verify.families import declared, renamed, residue_class
from longcot.verify.latex import (
    LatexParseError,
    NotRational,
    divides_by_zero,
    symbols_of,
    to_fraction,
    to_surd,
    to_sympy,
)
from longcot.verify.measure import same_quantity
from longcot.verify.normalize import NUMBER_WORDS, bound, number_from_words, unwrap, words_value
from longcot.verify.parse import (
    Based,
    Choice,
    Expr,
    Matrix,
    Node,
    Relation,
    Seq,
    Text,
    Union,
    choice_of,
    clean_text,
    congruence,
    labelled_value,
    parse_answer,
    split_top,
)
from longcot.verify.parts import answer_parts, gold_parts


class NeedsSympy(Exception):
    """The fast tier cannot decide; the caller reruns the comparison with sympy in a worker."""


@dataclass(frozen=True)
class Context:
    """How to compare: whether sympy may run, and whether `i` is the imaginary unit."""

    use_sympy: bool = False
    imaginary: bool = False


_EQ = "="
_LESS = {"<": False, "\\leq": True}
_MORE = {">": False, "\\geq": True}
_POINTS = 4
_BOX = re.compile(r"\\(?:boxed|fbox)(?![a-zA-Z])")
# `0,5`, `2,75`, `-3,25`: one comma, and not three digits after it (`2,750` is two thousand seven hundred fifty)
# unless the whole part is 0.
_DECIMAL_COMMA = re.compile(r"^\$?-?(?:\d+,(?!\d{3}(?!\d))|0,)\d+\$?$")  # `0,125`: no group starts with 0
_TOLERANCE = Fraction(1, 10**30)


@lru_cache(maxsize=8192)
def parse_gold(gold: str) -> Node | None:
    """Parse a gold answer (cached: datasets repeat golds across samples).

    Args:
        gold: The reference answer as stored.

    Returns:
        Its shape, or None when it is unreadable.

    Example:
        >>> parse_gold("204").value
        Fraction(204, 1)
    """
    if _BOX.search(gold) and not _BOX.match(gold.strip().strip("$").strip()):
        # A gold given as a solution (`... so the answer is $\\boxed{7}$.`): its final answer is the gold.
        found = find_answer(gold)
        if found.answer is None:
            return None
        gold = found.answer
    try:
        return parse_answer(gold, strict=True)
    except (ValueError, RecursionError):  # LatexParseError, or a number past Python's 4,300-digit limit
        return None


@lru_cache(maxsize=8192)
def parse_pred(pred: str) -> Node | None:
    """Parse a predicted answer (cached).

    Args:
        pred: The extracted answer.

    Returns:
        Its shape, or None when it is unreadable.

    Example:
        >>> parse_pred("(B)")
        Choice(letter='B')
    """
    try:
        return parse_answer(pred)
    except (ValueError, RecursionError):
        return None


def is_complex_gold(gold: Node) -> bool:
    """Whether `i` in answers to this gold is the imaginary unit (the gold has no symbol but `i`).

    Args:
        gold: A parsed gold answer.

    Returns:
        True for golds like `-2+7i`, `\\frac{1}{2} - \\frac{\\sqrt{3}}{2}i` or `-1`.

    Example:
        >>> is_complex_gold(parse_gold("3 - 4i"))
        True
    """
    latex = _latex_of(gold)
    letters = set(re.findall(r"(?<!\\)(?<![a-zA-Z])[a-zA-Z](?![a-zA-Z])", re.sub(r"\\[a-zA-Z]+", " ", latex)))
    return letters <= {"i"}


def _latex_of(node: Node) -> str:
    if isinstance(node, Expr):
        return node.latex
    if isinstance(node, Seq):
        return ",".join(_latex_of(item) for item in node.items)
    if isinstance(node, Relation):
        return "=".join(_latex_of(side) for side in node.sides)
    return ""


# A number times a tuple: `\frac{11}{5}(1, 2)`, `\tfrac13\left(2, -1, 2\right)`, `2(3, -1)`.
_SCALED_TUPLE = re.compile(
    r"^(?P<k>-?(?:\\[dt]?frac\{\d+\}\{\d+\}|\\[dt]?frac\d\d|\d+(?:\.\d+)?(?:/\d+)?))\s*(?:\\cdot\s*)?"
    r"(?:\\left)?\((?P<items>[^()]*(?:\([^()]*\)[^()]*)*)(?:\\right)?\)$"
)
_TUPLE_GOLD = re.compile(r"^(?:\\left\s*)?(?:\(|\\langle|\\begin\{[pb]matrix\}).*,|^\\begin\{[pb]matrix\}")


# An antiderivative: a body, then `+ C` (any constant's name: `K`, `C_1`, `c`).
_CONSTANT_TAIL = re.compile(r"^(?P<body>.+?)\s*\+\s*(?:C|K|D|c|k|C_\{?\d\}?)\s*$")
# `f'(2) = 4/5`, `g''(0) = -3`: a derivative's value at a point, labelled.
_PRIMED_LABEL = re.compile(r"^[A-Za-z]'+\s*\([^()=]*\)\s*=\s*(?:[^=]+=\s*)*(?P<value>[^=]+)$")
# `x_1 =`, `x_{2} =`: the roots of one unknown, numbered.
_INDEXED_ROOT = re.compile(r"\b([a-z])_\{?\d\}?\s*=")


def _up_to_constant(gold: str, pred: str, use_sympy: bool) -> bool | None:
    """Whether two antiderivatives differ by a constant (their derivatives agree); None when unreadable."""
    gold_node, pred_node = parse_gold(gold), parse_pred(pred)
    if not isinstance(gold_node, Expr) or not isinstance(pred_node, Expr):
        return None
    if _compact(gold_node.latex) == _compact(pred_node.latex):
        return True
    if not use_sympy:
        raise NeedsSympy("antiderivative")
    import sympy

    ctx = Context(use_sympy=True)
    try:
        a, b = to_sympy_expr(gold_node, ctx), to_sympy_expr(pred_node, ctx)
    except (LatexParseError, TypeError, ValueError, ZeroDivisionError):
        return None
    free = sorted(a.free_symbols | b.free_symbols, key=str)
    if len(free) != 1:
        return None  # one variable of integration
    (var,) = free
    try:
        da, db = sympy.diff(a, var), sympy.diff(b, var)
        return da == db or _equal_at_points(da, db, [var])
    except PastCap:
        return False
    except Exception:  # noqa: BLE001 - sympy failing on odd input is "not proven equal"
        return False


_ASSIGNMENT = re.compile(r"^\s*(?P<name>[a-z])\s*=\s*(?P<value>[^=]+?)\s*$")
_UNKNOWNS = ("xyz", "abc", "pqr", "uvw")


def _assignments(pred: str) -> list[tuple[str, str]] | None:
    """`y = -1, x = 2` (or in braces) as [('x', '2'), ('y', '-1')], when the names are the usual unknowns."""
    text = re.sub(r"\\[ ,;!]|\\q?quad\b", " ", pred.strip().strip("$").strip())
    text = re.sub(r"^\\\{(.*)\\\}$", r"\1", text).strip()
    items = [item for item in split_top(text, (",",)) if item]
    found = [_ASSIGNMENT.match(item) for item in items]
    if len(items) < 2 or not all(found):
        return None
    pairs = {m.group("name"): m.group("value") for m in found if m}
    names = "".join(sorted(pairs))
    if len(pairs) != len(items) or not any(names == unknowns[: len(names)] for unknowns in _UNKNOWNS):
        return None
    return [(name, pairs[name]) for name in names]


def compare_answers(gold: str, pred: str, *, use_sympy: bool = False) -> tuple[bool, str]:
    """Compare a gold answer and an extracted prediction.

    Args:
        gold: The reference answer as stored.
        pred: The extracted predicted answer.
        use_sympy: Allow the sympy tier (only under a killable timeout). Defaults to False.

    Returns:
        `(equal, reason)`.

    Raises:
        NeedsSympy: Only without `use_sympy`, when the fast tier cannot decide.

    Example:
        >>> compare_answers(r"\\frac{1}{2}", "0.5")
        (True, 'equal')
    """
    gold_parts_ = gold_parts(gold)
    pred_parts = answer_parts(pred, gold_parts_) if gold_parts_ is not None else None
    if gold_parts_ is not None and pred_parts is not None:  # `(a) 12; (b) 840`: each part on its own, all agree
        equal = all(compare_answers(g, p, use_sympy=use_sympy)[0] for (_, g), (_, p) in zip(gold_parts_, pred_parts))
        return equal, f"{len(gold_parts_)} parts: " + ("equal" if equal else "not equal")
    bare_gold, bare_pred = gold.strip().strip("$").strip(), pred.strip().strip("$").strip()
    antiderivatives = _CONSTANT_TAIL.match(bare_gold), _CONSTANT_TAIL.match(bare_pred)
    if antiderivatives[0] and antiderivatives[1]:  # `e^x(x-1) + K` for `(x-1)e^x + C`: equal up to a constant
        equal = _up_to_constant(antiderivatives[0].group("body"), antiderivatives[1].group("body"), use_sympy)
        if equal is not None:
            return equal, "antiderivative up to a constant: " + ("equal" if equal else "not equal")
    primed = _PRIMED_LABEL.match(bare_pred)
    if primed and "=" not in gold:  # `f'(2) = 4/5`: the value the label is given
        return compare_answers(gold, primed.group("value"), use_sympy=use_sympy)
    if len(_INDEXED_ROOT.findall(pred)) > 1 and not _INDEXED_ROOT.search(gold):  # `x_1 = -3,\ x_2 = 2`
        pred = _INDEXED_ROOT.sub(lambda m: m.group(1) + " =", pred)
    tuple_gold = _TUPLE_GOLD.match(bare_gold) is not None
    assigned = _assignments(pred) if tuple_gold else None
    if assigned is not None:  # `y = -1,\ x = 2` for `(2, -1)`: the unknowns in their usual order (x, y, z; a, b, c)
        return compare_answers(gold, "(" + ", ".join(value for _, value in assigned) + ")", use_sympy=use_sympy)
    scaled = _SCALED_TUPLE.match(pred.strip().strip("$").strip()) if tuple_gold else None
    if scaled:
        # `\frac{11}{5}(1, 2)` for a gold `(\frac{11}{5}, \frac{22}{5})`: a vector as a number times a tuple
        items = [item for item in split_top(scaled.group("items"), (",",)) if item]
        if len(items) > 1:
            k = scaled.group("k")
            return compare_answers(
                gold, "(" + ", ".join(f"{k} \\cdot ({item})" for item in items) + ")", use_sympy=use_sympy
            )
    gold_time, pred_time = clock_time(gold), clock_time(pred)
    if gold_time is not None and pred_time is not None and (gold_time.meridiem or pred_time.meridiem):
        # A time of day read before the units go: `2:45 PM` is `14:45` and not `2:45 AM` (`2:45` alone is either).
        equal = same_time(gold_time, pred_time)
        return equal, "time of day: " + ("equal" if equal else "not equal")
    gold_date, pred_date = calendar_date(gold), calendar_date(pred)
    if gold_date is not None and pred_date is not None:  # `April 14, 2025` is `2025-04-14`; `April 15` is `15 April`
        equal = same_date(gold_date, pred_date)
        return equal, "date: " + ("equal" if equal else "not equal")
    same = same_quantity(gold, pred)
    if same is not None:  # `1250 g` is `1.25 kg`, `90 hours` is not `90 minutes`, `6.23` answers `6 kg 230 g`
        return same, "quantity: " + ("equal" if same else "not equal")
    if "cases" in gold and "cases" in pred:
        cased = _cases_equal(gold, pred, use_sympy)
        if cased is not None:  # a piecewise answer: its pieces, in any order
            return cased, "pieces: " + ("equal" if cased else "not equal")
    gold_residue, pred_residue = congruence(gold), congruence(pred)
    gold_class, pred_class = residue_class(gold), residue_class(pred)
    if gold_class is not None and pred_class is not None and not (gold_residue and pred_residue):
        # `n \equiv 1 \pmod 4` is `n = 4k + 1`, `1, 5, 9, \dots` (two congruences: the branch below)
        equal = gold_class[0] == pred_class[0] and (gold_class[1] - pred_class[1]) % gold_class[0] == 0
        return equal, "residue class: " + ("equal" if equal else "not equal")
    if gold_class is not None and _ONE_VALUE.match(pred):  # `n = 1` for a gold `n \equiv 1 \pmod 4`: one member
        return False, "a residue class, answered by one of its values"
    family = _same_family(gold, pred, use_sympy)
    if family is not None:  # `x = n\pi,\ n \in \mathbb{Z}` for a gold `x = k\pi,\ k \in \mathbb{Z}`
        return family, "a family in a parameter: " + ("equal" if family else "not equal")
    if gold_residue or pred_residue:
        # A congruence answers with its residue (`7^{100} \equiv 1 \pmod 5` for a gold `1`, either side); two
        # congruences must share their modulus and name the same class.
        if gold_residue and pred_residue:  # the same class: `x \equiv 13 \pmod 7` is `x \equiv 6 \pmod 7`
            if gold_residue[1] != pred_residue[1]:
                return False, f"modulus {pred_residue[1]} vs {gold_residue[1]}"
            equal = (
                int(gold_residue[1]) > 0 and (int(gold_residue[0]) - int(pred_residue[0])) % int(gold_residue[1]) == 0
            )
            return equal, "congruence: " + ("equal" if equal else "not equal")
        equal, _ = compare_answers((gold_residue or (gold,))[0], (pred_residue or (pred,))[0], use_sympy=use_sympy)
        return equal, "congruence: " + ("equal" if equal else "not equal")
    change = _CHANGE.match(_TEXT_WRAP.sub(r"\1", pred).strip().rstrip("."))
    if change and (change.group("before") or change.group("after")):
        # `a 15% increase` is its size; `4% decrease` is its size (a gold `4\%`) or the change (a gold `-4\%`).
        size, words = change.group("value"), (change.group("before") or change.group("after")).lower()
        falls = words.startswith(_FALLS)
        equal = compare_answers(gold, size, use_sympy=use_sympy)[0]
        if not equal and falls and _NEGATIVE.match(gold):
            equal = compare_answers(gold, "-" + size, use_sympy=use_sympy)[0]
        return equal, f"a change ({words}): " + ("equal" if equal else "not equal")
    answered = _yes_no_with_value(gold, pred, use_sympy)
    if answered is not None:
        return answered, "yes/no with a value: " + ("equal" if answered else "not equal")
    gold_bound, pred_bound = bound(gold), bound(pred)
    if (gold_bound or pred_bound) and (gold_bound is None or pred_bound is None) and _says_bound(gold + " " + pred):
        # `at least 14 rows` answers a gold `14` (the least number that works); not a strict bound, not `x \ge 5`.
        said = gold_bound or pred_bound
        number = pred if gold_bound else gold
        if said is not None and said[0] in ("\\ge", "\\le") and _PLAIN_VALUE.fullmatch(number.strip()):
            equal = compare_answers(number, said[1], use_sympy=use_sympy)[0]
            return equal, "a bound at its value: " + ("equal" if equal else "not equal")
    if gold_bound and pred_bound and _says_bound(gold + " " + pred):  # `at least 6 tasks` is `t \ge 6`
        equal = (
            gold_bound[0] == pred_bound[0] and compare_answers(gold_bound[1], pred_bound[1], use_sympy=use_sympy)[0]
        )
        return equal, "bound: " + ("equal" if equal else "not equal")
    rounded = _ROUNDED.match(pred.strip()) if not _APPROX.search(gold) else None
    if rounded and not _LABEL.match(rounded.group("exact")):  # `x \approx 7.2` labels its value
        # `\frac{29}{7} \approx 4.143` states an exact value and its rounding: either answers the gold, if the
        # rounding is the exact value's (`\pi \approx 3.15` states a wrong value, whatever the gold).
        value, decimal = rounded.group("exact"), rounded.group("rounded")
        # A rounded gold (`7.07`) is answered by the rounding stated (`\sqrt{50} \approx 7.071` gives 7.071).
        rounded_gold = _DECIMAL_GOLD.match(gold.strip().strip("$")) is not None
        equal = compare_answers(decimal, value, use_sympy=use_sympy)[0] and (
            (not rounded_gold and compare_answers(gold, value, use_sympy=use_sympy)[0])
            or compare_answers(gold, decimal, use_sympy=use_sympy)[0]
        )
        return equal, "exact value and its rounding: " + ("equal" if equal else "not equal")
    gold_node = parse_gold(gold)
    if gold_node is None:
        return False, "gold answer is unreadable"
    if isinstance(gold_node, Choice):
        letter = choice_of(pred)
        value = labelled_value(gold)
        if letter is None and value is not None:
            # A gold that names a choice and its value (`\textbf{(C)}\ 18`) is answered by either: the value
            # alone (`\boxed{18}`) is read against the gold's value.
            equal, _ = compare_answers(value, pred, use_sympy=use_sympy)
            return equal, f"gold is choice {gold_node.letter} with value {value}: " + (
                "equal" if equal else "not equal"
            )
        if letter is None:
            return False, f"gold is choice {gold_node.letter}; the answer names no choice"
        return letter == gold_node.letter, f"choice {letter} vs {gold_node.letter}"
    if isinstance(gold_node, Expr) and gold_node.value is not None and _DECIMAL_COMMA.match(pred.strip()):
        pred = pred.strip().replace(",", ".")  # `2,75` for one number: a decimal comma, not a list of two
    pred_node = parse_pred(pred)
    if pred_node is None:
        return False, "predicted answer is unreadable"
    ctx = Context(use_sympy=use_sympy, imaginary=is_complex_gold(gold_node))
    equal = match(gold_node, pred_node, ctx)
    if not equal:
        equal = any(match(g, p, ctx) for g, p in _other_readings(gold, gold_node, pred, pred_node))
    return equal, "equal" if equal else "not equal"


# A change with its direction in words: `a 15% increase`, `a decrease of 4%`, `down 4%`, `4% decrease`.
_CHANGE_WORDS = r"increase|rise|gain|growth|up|decrease|drop|decline|fall|reduction|loss|down"
_FALLS = ("decrease", "drop", "decline", "fall", "reduction", "loss", "down")
_CHANGE = re.compile(
    r"^(?:an?\s+)?(?:net\s+)?(?:(?P<before>" + _CHANGE_WORDS + r")(?:\s+(?:of|by))?\s+)?(?:about\s+)?"
    r"(?P<value>\\?\$?\d[\d,]*(?:\.\d+)?\s*(?:\\?%|percent)?)"
    r"(?:\s+(?:net\s+)?(?P<after>" + _CHANGE_WORDS + r"))?$",
    re.I,
)
_NEGATIVE = re.compile(r"^\s*\$?\s*[-\u2212]")
_PLAIN_VALUE = re.compile(r"\$?-?\d+(?:\.\d+)?(?:/\d+)?\$?")
# `Yes, $5.15 left`, `No; 7`: a yes-or-no answer with the value the question also asks for.
_YES_NO = re.compile(r"^\s*(?P<word>yes|no)\b[\s,;:.!\u2014\-]*(?P<rest>.*?)\s*$", re.I | re.S)
_NUMBER_IN_WORDS = re.compile(r"\\?\$?-?\d[\d,]*(?:\.\d+)?(?:\s*\\?%)?")
_TRAILING_WORDS = re.compile(r"(?:\s+(?:[a-z]+|\\text\s*\{[^{}]*\}))+\s*$")


def _yes_no_with_value(gold: str, pred: str, use_sympy: bool) -> bool | None:
    """Whether a prediction answers a gold such as `Yes, $5.15 left` (a word, its value, or both, each as the gold
    says); None when the gold is not a yes-or-no with a value."""
    said = _YES_NO.match(_TEXT_WRAP.sub(r"\1", gold))
    answer = _YES_NO.match(_TEXT_WRAP.sub(r"\1", pred))
    if said is None or not said.group("rest").strip(" .!"):  # a gold `Yes`: a `Yes, 97 is prime` says it
        if said is None or answer is None or not answer.group("rest").strip(" .!"):
            return None  # a word against a word: the comparison of words decides
        return answer.group("word").lower() == said.group("word").lower()
    if not re.search(r"\d", said.group("rest")):
        return None
    value = _TRAILING_WORDS.sub("", said.group("rest")).strip(" ,;")
    if answer is not None and answer.group("word").lower() != said.group("word").lower():
        return False
    rest = answer.group("rest") if answer is not None else pred
    numbers = _NUMBER_IN_WORDS.findall(rest)
    if answer is not None and not numbers:
        return True  # `Yes`, `Yes, she can`: the word, and no value to check
    # The value it gives: the last number of the remainder (`Yes (14.7 m² needed, so 0.3 m² left over)`, `5.15
    # dollars left`), or the whole prediction when it holds none.
    stated = numbers[-1] if numbers else pred
    return compare_answers(value, stated, use_sympy=use_sympy)[0]


_PERCENT = re.compile(r"\\?%|\bpercent\b")
_DECIMAL_GOLD = re.compile(r"^-?\d+\.\d+$")
_LABEL = re.compile(r"^\s*[A-Za-z](?:_\{?\w{1,3}\}?)?\s*$")
_APPROX = re.compile(r"\\approx(?![a-zA-Z])|\u2248")
# One exact value and one decimal rounding of it: `29/7 ≈ 4.143`, `\frac{29}{7} \approx 4.143`.
_ROUNDED = re.compile(
    r"^(?P<exact>[^=<>\u2248]*?[^\s=<>\u2248])\s*(?:" + _APPROX.pattern + r")\s*(?P<rounded>-?\d+\.\d+)\s*\.?$"
)


_TEXT_WRAP = re.compile(r"\\(?:text|mathrm|textbf|textnormal)\s*\{([^{}]*)\}")
_NOT_A_NOUN = frozenset({"and", "or", "over", "plus", "minus", "times", "not", "no"})


_CASES = re.compile(r"^(?:[^=]*=\s*)?\\begin\{cases\}(?P<rows>.*)\\end\{cases\}\s*$", re.S)
_CONDITION_WORDS = re.compile(r"\\text\s*\{\s*(?:if|when|for)\s*\}|\b(?:if|when)\b")


def _pieces(text: str) -> list[tuple[str, str]] | None:
    """The `(value, condition)` rows of a `cases` answer (`m(a) = \\begin{cases} 0 & a < 0 \\\\ … \\end{cases}`)."""
    found = _CASES.match(unwrap(text.strip()))
    if found is None:
        return None
    rows = [row.strip() for row in re.split(r"\\\\(?:\[[^\]]*\])?", found.group("rows")) if row.strip()]
    pieces = []
    for row in rows:
        value, amp, condition = row.partition("&")
        if not amp:
            return None
        condition = _CONDITION_WORDS.sub(" ", condition).strip().rstrip(",.").strip()
        pieces.append((value.strip().rstrip(","), condition))
    return pieces or None


def _cases_equal(gold: str, pred: str, use_sympy: bool) -> bool | None:
    """Whether two piecewise answers have the same pieces, in any order (each value and condition equal)."""
    gold_pieces, pred_pieces = _pieces(gold), _pieces(pred)
    if gold_pieces is None or pred_pieces is None:
        return None

    def same(g: tuple[str, str], p: tuple[str, str]) -> bool:
        return compare_answers(g[0], p[0], use_sympy=use_sympy)[0] and (
            g[1] == p[1] or compare_answers(g[1], p[1], use_sympy=use_sympy)[0]
        )

    return _pair_off(gold_pieces, pred_pieces, same)


_ONE_VALUE = re.compile(r"^\s*\$?\s*[a-z]\s*=\s*-?\d+\s*\$?\s*$")
# Letters that name a free parameter of a family (`k\pi`, `x^2 + c`, `cx`).
_PARAMETERS = ("k", "n", "m", "c", "C", "K", "a", "t", "j")


def _same_family(gold: str, pred: str, use_sympy: bool) -> bool | None:
    """Whether two answers state one family in a parameter (see `families`), or None when neither declares one."""
    (gold_core, gold_name, gold_least), (pred_core, pred_name, pred_least) = declared(gold), declared(pred)
    if gold_name is None and pred_name is None:
        return None
    if gold_least is not None and pred_least is not None and gold_least != pred_least:
        return False  # `2^k - 1` for `k \ge 2` leaves out the value at `k = 1`
    if compare_answers(gold_core, pred_core, use_sympy=use_sympy)[0]:
        return True
    if pred_name is None:
        return False
    targets = [gold_name] if gold_name else [p for p in _PARAMETERS if renamed(gold_core, p, "") != gold_core]
    return any(
        target != pred_name
        and renamed(pred_core, target, "") == pred_core  # the new name is free in the prediction
        and compare_answers(gold_core, renamed(pred_core, pred_name, target), use_sympy=use_sympy)[0]
        for target in targets
    )


def _says_bound(text: str) -> bool:
    """Whether a pair says a bound in words on either side (`at least 6 tasks`, `6 or more`)."""
    return _BOUND_SAID.search(text) is not None


_BOUND_SAID = re.compile(
    r"\b(?:at\s+(?:least|most)|no\s+(?:more|less|fewer)\s+than|not\s+(?:more|less)\s+than|or\s+(?:more|fewer|less|greater)"
    r"|(?:less|greater|more|fewer|smaller|larger)\s+than)\b",
    re.I,
)


def _spoken_value(said: str) -> Fraction | None:
    """The number a word answer says (`negative two`, `3 over 8`), with up to three words after it that name what
    it counts (`nine edges`, `the ninth term`, `seven apples left`)."""
    words = said.strip().rstrip(".").split()
    if words[:1] == ["the"]:
        words = words[1:]
    for drop in range(0, min(3, len(words) - 1) + 1):
        tail = words[len(words) - drop :]
        if any(w in _NOT_A_NOUN or not w.isalpha() for w in tail):
            return None
        said = " ".join(words[: len(words) - drop])
        if drop and words[len(words) - drop - 1] in _NOT_A_NOUN:
            continue  # `seven and eight` is not `seven` with a noun after it
        value = words_value(said)
        if value is None and drop and (plain := _PLAIN_AMOUNT.fullmatch(said)):  # `2 1/3 cups`, `1.5 laps`
            whole, num, den = plain.group("whole"), plain.group("num"), plain.group("den")
            value = Fraction(whole or 0) + (Fraction(int(num), int(den)) if num and int(den) else 0)
            value = value if (whole or num) and not (num and int(den) == 0) else None
        if value is not None:
            return value
    return None


# A plain number before its noun: `12`, `1.5`, `2 1/3`, `5/8`.
_PLAIN_AMOUNT = re.compile(r"(?P<whole>-?\d+(?:\.\d+)?)?(?:(?(whole)\s+)(?P<num>\d+)/(?P<den>\d+))?")


def _other_readings(gold: str, gold_node: Node, pred: str, pred_node: Node) -> list[tuple[Node, Node]]:
    """Other readings of a pair that states one value another way: `10\\%` as `0.1`, `(C) 12` as `12`, `four`.

    A percent is a number over 100 (`10\\%` is `0.1`), and it also stands for the number written (`10\\%`
    and `10` both answer a gold `10\\%`). A prediction labelled with a choice (`(C) 12`) states the value
    after the label too, for a gold that is not a choice letter.
    """
    readings: list[tuple[Node, Node]] = []
    gold_percent, pred_percent = bool(_PERCENT.search(gold)), bool(_PERCENT.search(pred))
    if gold_percent and not pred_percent:
        readings.append((_hundredth(gold_node), pred_node))
    if pred_percent and not gold_percent:
        readings.append((gold_node, _hundredth(pred_node)))
    if isinstance(pred_node, Text) and pred_node.value in _NUMBER_WORDS:  # the whole answer is `four`
        readings.append((gold_node, _rational(Fraction(_NUMBER_WORDS[pred_node.value]))))
    elif isinstance(pred_node, Text) and (spelled := number_from_words(pred_node.value)) is not None:
        readings.append((gold_node, _rational(Fraction(spelled))))  # `forty`, `two million one thousand`
    elif not isinstance(pred_node, Choice):
        words = pred_node.value if isinstance(pred_node, Text) else _TEXT_WRAP.sub(r"\1", clean_text(pred))
        said = _spoken_value(words) if re.search(r"[a-z]{2}", words) else None
        if said is not None:  # `negative two`, `3 over 8`, `the ninth term`, `nine edges`, `9 dollars and 15 cents`
            readings.append((gold_node, _rational(said)))
    if (
        isinstance(gold_node, Relation)
        and isinstance(pred_node, Relation)
        and len(gold_node.sides) == 2
        and len(pred_node.sides) > 2
        and all(op == _EQ for op in (*gold_node.ops, *pred_node.ops))
    ):
        # `x = \frac{10}{2} = 5` for a gold `x = 5`: a chain states its first side equal to its last.
        readings.append((gold_node, Relation((pred_node.sides[0], pred_node.sides[-1]), (_EQ,))))
    if isinstance(pred_node, Choice):  # and the gold is not one: `compare_answers` decided those before
        readings.append((gold_node, parse_pred(labelled_value(pred) or pred) or pred_node))
    return readings


def _hundredth(node: Node) -> Node:
    """A plain number over 100 (`10` of `10\\%` as `1/10`); anything else stays itself."""
    if isinstance(node, Expr) and node.value is not None:
        return _rational(node.value / 100)
    return node


def match(gold: Node, pred: Node, ctx: Context) -> bool:
    """Whether `pred` is an acceptable answer for `gold`.

    Args:
        gold: The parsed gold.
        pred: The parsed prediction.
        ctx: The comparison context.

    Returns:
        True when they are equal under the grading policy.

    Raises:
        NeedsSympy: The fast tier cannot decide and `ctx.use_sympy` is False.

    Example:
        >>> match(parse_gold("2, 7"), parse_pred(r"\\{7, 2\\}"), Context())
        True
    """
    gold, pred = _finite_set(gold), _finite_set(pred)
    if isinstance(gold, Relation) and _names_a_function(gold):
        gold = gold.sides[1]  # `f^{-1}(x) = \frac{3x+1}{x-2}`: the function's rule, under any name or none
    if isinstance(pred, Relation) and not isinstance(gold, Relation):
        value = _assigned_value(pred)
        if value is None:
            pred_parts, gold_parts = _as_intervals(pred), _union_parts(gold)
            return bool(
                pred_parts
                and gold_parts
                and _pair_off(gold_parts, pred_parts, lambda g, p: _intervals_equal(g, p, ctx))
            )
        pred = value
    if isinstance(gold, Choice):
        return isinstance(pred, Choice) and pred.letter == gold.letter
    if _is_empty_set(gold) and (_says_no_solution(pred) or _is_empty_set(pred)):  # `no real solutions`, both ways
        return True
    if (_says_infinitely_many(gold) and _is_infinity(pred)) or (_is_infinity(gold) and _says_infinitely_many(pred)):
        return True  # `\infty` answers `how many solutions?` as `infinitely many` does
    if isinstance(gold, Text):
        return _text_equal(gold, pred)
    if isinstance(gold, Based):
        return _based_equal(gold, pred)
    if isinstance(gold, Expr) and isinstance(pred, Based):  # `101_2` for a gold `5`: the number it writes
        return gold.value is not None and _based_number(pred) == gold.value
    if isinstance(gold, Expr):
        if isinstance(pred, Seq) and len(pred.items) == 1:
            pred = pred.items[0]
        return isinstance(pred, Expr) and expr_equal(gold, pred, ctx)
    if isinstance(gold, Seq) and gold.open == "\\{" and len(gold.items) == 1 and isinstance(pred, Expr):
        return match(gold.items[0], pred, ctx)  # `3` for the set `\{3\}`, as `\{3\}` answers a gold `3`
    if isinstance(gold, Seq):
        return _seq_equal(gold, pred, ctx)
    if isinstance(gold, Union):
        return _union_equal(gold, pred, ctx)
    if isinstance(gold, Relation):
        return _relation_equal(gold, pred, ctx)
    if isinstance(gold, Matrix):
        return _matrix_equal(gold, pred, ctx)
    return False


_NUMBER_WORDS = {word: number for number, word in enumerate(NUMBER_WORDS)}


# The name of a function applied to its variable: `f(x)`, `f^{-1}(x)`, `g(t)`, `p(n)`.
_FUNCTION_LABEL = re.compile(r"^[a-zA-Z](?:\^\{?-1\}?)?(?:_\{?\w\}?)?\([a-z]\)$")


def _names_a_function(rel: Relation) -> bool:
    """Whether a relation is a function's definition: `f(x) = …`, its name and variable on the left."""
    left = rel.sides[0]
    return (
        len(rel.sides) == 2
        and rel.ops == (_EQ,)
        and isinstance(left, Expr)
        and _FUNCTION_LABEL.match(left.latex.replace(" ", "")) is not None
    )


def _assigned_value(rel: Relation) -> Node | None:
    """`x = 3` (or `a + b = 7`) read as its value: the last side of an all-`=` relation."""
    if all(op == _EQ for op in rel.ops):
        return rel.sides[-1]
    return None


def _text_equal(gold: Text, pred: Node) -> bool:
    if _says_no_solution(gold) and (_is_empty_set(pred) or _NO_SOLUTION.match(_text_core(_words_of(pred) or ""))):
        return True  # `no real solutions`, `There is no real solution`, `\varnothing`, `No solution (4 = 6)`
    if isinstance(pred, Text):
        said = pred.value
    elif isinstance(pred, Expr):
        said = clean_text(pred.latex)
    else:
        return False
    if said == gold.value or _without_head_noun(said) == gold.value or _without_head_noun(gold.value) == said:
        return True
    if _INFINITELY_MANY.match(gold.value) and _INFINITELY_MANY.match(said):
        return True  # `infinitely many pairs` for `infinitely many`
    if _says_no_such(gold.value) and _says_no_such(said):
        return True  # `does not exist`, `DNE`, `The limit does not exist`
    core_said, core_gold = _text_core(said), _text_core(gold.value)
    if core_said and core_said == core_gold:
        return True  # `The second player wins` for `the second player`; `Ana (Ben and Cleo are knaves)` for `Ana`
    # `The series diverges`, `divergent` for a gold `diverges`: the same verdict, said with its subject or as the
    # adjective.
    return _verdict_word(said) is not None and _verdict_word(said) == _verdict_word(gold.value)


_VERDICT_FORMS = {
    "diverges": "diverges", "diverge": "diverges", "divergent": "diverges", "converges": "converges",
    "converge": "converges", "convergent": "converges",
}  # fmt: skip
_SUBJECT = re.compile(r"^(?:(?:the|this|it|our|its)\s+)?(?:[a-z]+\s+)?(?:is\s+|are\s+)?(?P<word>[a-z]+)$")


def _verdict_word(said: str) -> str | None:
    """The verdict a text answer gives on a series or sequence (`The series diverges` is `diverges`), or None."""
    match = _SUBJECT.match(said.strip().rstrip("."))
    return _VERDICT_FORMS.get(match.group("word")) if match else None


# `There are no real solutions`, `no solution`, `No real roots exist`, `no integer solutions`: an empty solution
# set, said in words.
_NO_SOLUTION = re.compile(
    r"^(?:none|(?:there\s+(?:are|is|exist|exists)\s+|(?:the|this)\s+(?:equation|system|inequality)\s+has\s+)?no\s+"
    r"(?:(?:real|integer|integral|positive|natural|rational)\s+)?(?:solutions?|roots?|zeros?)(?:\s+exists?)?)\.?$"
)
# `infinitely many`, `infinitely many real solutions`, `infinitely many pairs`: a count said in words, which
# `\infty` states too.
_INFINITELY_MANY = re.compile(
    r"^(?:there\s+are\s+)?infinitely\s+many(?:\s+(?:(?:real|integer|positive)\s+)?"
    r"(?:solutions|roots|values|pairs|triples|points|integers|numbers))?\.?$"
)
# `does not exist`, `DNE`, `The limit does not exist`, `doesn't exist`: a value that does not exist, said in words.
_NO_SUCH = re.compile(
    r"^(?:dne|(?:(?:the|this|such\s+an?|its)\s+)?(?:[a-z]+\s+){0,2}?(?:does\s+not|doesn't)\s+exist)\.?$"
)
# A word answer's core: without a trailing remark in parentheses and without the verb of a winner (`wins`).
_TEXT_ASIDE = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*\.?$")
_WINS = re.compile(r"\s+(?:wins|has\s+a\s+winning\s+strategy|can\s+(?:always\s+)?(?:force\s+a\s+)?win)\.?$")


def _says_no_such(said: str) -> bool:
    return _NO_SUCH.match(said.strip()) is not None


def _text_core(said: str) -> str:
    """What a word answer names, without a remark in parentheses after it and without `wins`."""
    said = _TEXT_ASIDE.sub("", said.strip()).strip().rstrip(".")
    said = _TEXT_ASIDE.sub("", _WINS.sub("", said)).strip()  # `Alice (the first player) wins`
    return re.sub(r"\b([a-z]+)-angled\b", r"\1", clean_text(said))  # `right-angled triangle`, `obtuse-angled`


# A noun that names what an adjective answer describes (`odd function` for `odd`, `acute triangle` for `acute`,
# `infinitely many solutions` for `infinitely many`).
_HEAD_NOUN = re.compile(
    r"^(?P<word>[a-z][a-z\-]*|infinitely\s+many)\s+(?:functions?|numbers?|integers?|sequences?|series|graphs?"
    r"|triangles?|polygons?|quadrilaterals?|matri(?:x|ces)|curves?|(?<=many\s)(?:real\s+)?(?:solutions|roots))$"
)


def _words_of(node: Node) -> str | None:
    """What a word answer says: a text's words, or an expression's that has no value; None for any other."""
    if isinstance(node, Text):
        return node.value
    if isinstance(node, Expr) and node.value is None:
        return clean_text(node.latex)
    return None


def _says_no_solution(node: Node) -> bool:
    """Whether a word answer says there is no solution (`no real solutions`, `There is no solution`)."""
    said = _words_of(node)
    return said is not None and _NO_SOLUTION.match(said) is not None


def _says_infinitely_many(node: Node) -> bool:
    """Whether a word answer says `infinitely many` (solutions, roots, values)."""
    said = _words_of(node)
    return said is not None and _INFINITELY_MANY.match(said) is not None


def _is_infinity(node: Node) -> bool:
    r"""Whether a node is `\infty` itself (`+\infty`, `∞`), not an expression holding it."""
    return _infinity_sign(node) == 1


def _is_empty_set(node: Node) -> bool:
    """`\\varnothing`, `\\{\\}`, or the words `the empty set`."""
    if isinstance(node, Text):
        return node.value in ("empty set", "empty")  # (a Text has no leading article: `clean_text`)
    return isinstance(node, Seq) and node.open == "\\{" and not node.items


def _without_head_noun(said: str) -> str | None:
    """An adjective answer without the noun it describes (`odd function` is `odd`), or None without one."""
    match = _HEAD_NOUN.match(said)
    return match.group("word") if match else None


_PREFIXED = re.compile(r"^-?0[xXbBoO]")


def _based_equal(gold: Based, pred: Node) -> bool:
    if isinstance(pred, Based):
        return pred.base == gold.base and _same_digits(pred.digits, gold)
    if isinstance(pred, Expr):
        if _PREFIXED.match(pred.latex) and pred.value is not None:  # `0x1A`: a number that says its base
            return _based_number(gold) == pred.value
        return _same_digits(re.sub(r"\\text\{([^}]*)\}", r"\1", pred.latex).replace(" ", "").upper(), gold)
    return False


def _based_number(based: Based) -> int | None:
    if based.base < 2:  # `10_0`: `int(..., 0)` would read the digits by their prefix instead
        return None
    try:
        return int(based.digits, based.base)
    except ValueError:  # a digit the base does not have (`29_8`), or a base past 36
        return None


def _same_digits(digits: str, gold: Based) -> bool:
    """The gold's digits, leading zeros aside (`0123` is `123`)."""
    return digits.lstrip("0") == gold.digits.lstrip("0")


def _strip_assignment(node: Node) -> Node:
    if isinstance(node, Relation):
        value = _assigned_value(node)
        if value is not None and len(node.sides) == 2:
            return value
    return node


def _seq_equal(gold: Seq, pred: Node, ctx: Context) -> bool:
    gold_interval = _as_interval(gold)
    conditions = isinstance(pred, Seq) and pred.open == "" and len(pred.items) > 1
    if gold_interval is not None and conditions and all(_is_condition(item) for item in pred.items):  # type: ignore[union-attr]
        parts = _union_parts(pred)  # `x \geq 1, x \leq 3` for `[1, 3]`
        return parts is not None and len(parts) == 1 and _intervals_equal(gold_interval, parts[0], ctx)
    if isinstance(pred, Matrix):
        cells = [cell for row in pred.rows for cell in row]
        if len(pred.rows) == 1 or all(len(row) == 1 for row in pred.rows):
            pred = Seq(tuple(cells), "(", ")")
    if not isinstance(pred, Seq):
        return False
    if gold_interval is not None and (gold.open != "(" or gold.close != ")"):
        pred_interval = _as_interval(pred)
        return pred_interval is not None and _intervals_equal(gold_interval, pred_interval, ctx)
    if len(gold.items) != len(pred.items):
        return False
    gold_items, pred_items = list(gold.items), list(pred.items)
    if not (_all_relations(gold_items) and _all_relations(pred_items)):
        # `x = 2, y = 3` against `(2, 3)`: values in order. Both sides labelled: the labels count too.
        gold_items = [_strip_assignment(item) for item in gold_items]
        pred_items = [_strip_assignment(item) for item in pred_items]
    if gold.open in ("", "\\{"):
        # A "find all" answer: a set; a bare or braced prediction is compared as a set, an ordered one too.
        if pred.open in ("", "\\{") or _ordered_equal(gold_items, pred_items, ctx):
            return _set_equal(gold_items, pred_items, ctx)
        return False
    if _tuple_like(gold) and _tuple_like(pred):  # (not `(1, 3]`: a half-open interval, never the pair `(1, 3)`)
        return _ordered_equal(gold_items, pred_items, ctx)
    return gold.open == pred.open and gold.close == pred.close and _ordered_equal(gold_items, pred_items, ctx)


_TUPLE_CLOSERS = {"(": ")", "\\langle": "\\rangle", "": ""}


def _tuple_like(seq: Seq) -> bool:
    """Whether a sequence reads as a tuple: `(a, b)`, `\\langle a, b \\rangle` or bare, its brackets a pair."""
    return seq.open in _TUPLE_CLOSERS and seq.close == _TUPLE_CLOSERS[seq.open]


def _all_relations(items: list[Node]) -> bool:
    return all(isinstance(item, Relation) for item in items)


def _ordered_equal(gold: list[Node], pred: list[Node], ctx: Context) -> bool:
    return len(gold) == len(pred) and all(match(g, p, ctx) for g, p in zip(gold, pred))


def _pair_off(gold: list[Any], pred: list[Any], equal: Callable[[Any, Any], bool]) -> bool:
    """True when every gold item matches a distinct predicted item (order free, same count)."""
    if len(gold) != len(pred):
        return False
    unused = list(pred)
    for item in gold:
        for i, candidate in enumerate(unused):
            if equal(item, candidate):
                del unused[i]
                break
        else:
            return False
    return True


def _set_equal(gold: list[Node], pred: list[Node], ctx: Context) -> bool:
    return _pair_off(gold, pred, lambda g, p: match(g, p, ctx))


Interval = tuple[Node, Node, bool, bool]


def _as_interval(node: Node) -> Interval | None:
    if isinstance(node, Seq) and len(node.items) == 2 and node.open in ("(", "[") and node.close in (")", "]"):
        return node.items[0], node.items[1], node.open == "[", node.close == "]"
    if isinstance(node, Relation):
        return _relation_interval(node)
    return None


_INF = Expr("\\infty", ("const", "oo"), None, False)
_NEG_INF = Expr("-\\infty", ("neg", ("const", "oo")), None, False)


def _is_var(node: Node) -> bool:
    return isinstance(node, Expr) and node.tree is not None and node.tree[0] == "sym"


_RATIO_LABEL = re.compile(r"^[A-Za-z](?:_\{?\w+\}?)?(?:\s*:\s*[A-Za-z](?:_\{?\w+\}?)?)+$")


def _label_tree(tree: tuple[Any, ...]) -> bool:
    if tree[0] == "sym":
        return True
    if tree[0] == "mul":  # `AB`, a segment
        return _label_tree(tree[1]) and _label_tree(tree[2])
    if tree[0] == "abs":  # `|AB|`, a length
        return _label_tree(tree[1])
    return False


_COORDINATES = frozenset("xyz")


def _sum_label(tree: tuple[Any, ...]) -> bool:
    """`m + n`, `a + b + c`: the asked-for sum of the answer's unknowns (not `x + y`, which is a curve's left side)."""
    terms: list[str] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if node[0] == "add":
            stack += [node[1], node[2]]
        elif node[0] == "sym" and isinstance(node[1], str):
            terms.append(node[1])
        else:
            return False
    return len(terms) >= 2 and len(set(terms)) == len(terms) and not _COORDINATES & set(terms)


def _is_label(node: Node) -> bool:
    """What the left side of `x = 3` names: a symbol, a segment or its length, a ratio or tuple of symbols,
    or a word (`\\text{Area}`, `\\text{A}`)."""
    if isinstance(node, Seq):
        return bool(node.items) and all(_is_label(item) for item in node.items)
    if isinstance(node, Text):
        return True
    if not isinstance(node, Expr):
        return False
    if node.tree is not None:
        return _label_tree(node.tree)
    return _RATIO_LABEL.match(node.latex) is not None


def _labels_value(left: Node, right: Node) -> bool:
    """Whether `left = right` states a value under a name: `x = 3`, `(p, q) = (3, 2)`, `\\text{Area} = 24`,
    or a sum of unknowns equal to a constant (`m + n = 25`, never `m + n = c`)."""
    if _is_label(left):
        return True
    return (
        isinstance(left, Expr)
        and left.tree is not None
        and _sum_label(left.tree)
        and isinstance(right, Expr)
        and (right.value is not None or (right.tree is not None and not symbols_of(right.tree) - {"e"}))
    )


def _negated(node: Node) -> Node:
    if isinstance(node, Expr):
        value = -node.value if node.value is not None else None
        return Expr(f"-({node.latex})", ("neg", node.tree) if node.tree is not None else None, value, node.decimal)
    return node


def _abs_linear(node: Node) -> tuple[Fraction, Fraction] | None:
    """`(a, b)` for `|a x + b|` (rational a != 0 and b; `|x|`, `|x - 1|`, `|2x - 1|`); None for any other node."""
    if not (isinstance(node, Expr) and node.tree is not None and node.tree[0] == "abs"):
        return None
    inner, offset, sign = node.tree[1], Fraction(0), 1
    if inner[0] == "add":
        try:
            inner, offset = inner[1], to_fraction(inner[2])
        except (NotRational, ZeroDivisionError):
            return None
    if inner[0] == "neg":  # `|-2x - 1|`
        inner, sign = inner[1], -1
    if inner[0] == "sym":
        return Fraction(sign), offset
    if inner[0] == "mul" and inner[2][0] == "sym":
        try:
            scale = to_fraction(inner[1])
        except (NotRational, ZeroDivisionError):
            return None
        return (sign * scale, offset) if scale else None
    return None


def _around(linear: tuple[Fraction, Fraction] | None, radius: Node) -> tuple[Node, Node] | None:
    """The endpoints of `|a x + b| < r`: `(-r - b)/|a|`-ish, in order; `-r`, `r` for `|x|` (r may be irrational)."""
    if linear is None:
        return None
    scale, offset = linear
    if scale == 1 and offset == 0:
        return _negated(radius), radius
    if not isinstance(radius, Expr) or radius.value is None:
        return None
    low, high = sorted(((-radius.value - offset) / scale, (radius.value - offset) / scale))
    return _rational(low), _rational(high)


def _rational(value: Fraction) -> Expr:
    """An exact rational as an expression (`-1`, `1/2`)."""
    return Expr(str(value), None, value, False)


def _as_intervals(node: Node) -> list[Interval] | None:
    """A set of reals as a list of intervals: an interval, a union, an inequality, `x \\ne a`, `|x| < a`."""
    if isinstance(node, Union):
        parts = [_as_intervals(part) for part in node.parts]
        if any(part is None for part in parts):
            return None
        return [interval for part in parts for interval in part]  # type: ignore[union-attr]
    if isinstance(node, Relation) and len(node.sides) == 2 and node.ops[0] in ("\\ne",):
        left, right = node.sides
        point = right if _is_var(left) else left if _is_var(right) else None
        return None if point is None else [(_NEG_INF, point, False, False), (point, _INF, False, False)]
    interval = _as_interval(node)
    return None if interval is None else [interval]


# `3 \le f(x) \le 12`: a function's value between two bounds is its range as an interval.
_VALUE_OF = re.compile(r"[a-zA-Z]\s*\(\s*[a-z]\s*\)")


def _relation_interval(rel: Relation) -> Interval | None:
    """`a < x \\leq b`, `x > a`, `x \\leq b` as an interval of x."""
    sides, ops = rel.sides, rel.ops
    if len(sides) == 3 and (
        _is_var(sides[1]) or _VALUE_OF.fullmatch(sides[1].latex if isinstance(sides[1], Expr) else "")
    ):
        if all(op in _LESS for op in ops):
            return sides[0], sides[2], _LESS[ops[0]], _LESS[ops[1]]
        if all(op in _MORE for op in ops):
            return sides[2], sides[0], _MORE[ops[1]], _MORE[ops[0]]
        return None
    if len(sides) != 2:
        return None
    (left, right), op = sides, ops[0]
    if op in _LESS and (ends := _around(_abs_linear(left), right)) is not None:  # `|x - c| < r`: c-r < x < c+r
        return ends[0], ends[1], _LESS[op], _LESS[op]
    if op in _MORE and (ends := _around(_abs_linear(right), left)) is not None:  # `r > |x - c|`
        return ends[0], ends[1], _MORE[op], _MORE[op]
    if _is_var(left):
        if op in _LESS:
            return _NEG_INF, right, False, _LESS[op]
        if op in _MORE:
            return right, _INF, _MORE[op], False
    if _is_var(right):
        if op in _LESS:
            return left, _INF, _LESS[op], False
        if op in _MORE:
            return _NEG_INF, left, False, _MORE[op]
    return None


def _infinity_sign(node: Node) -> int:
    """1 for `\\infty` (`+\\infty`, `∞`), -1 for `-\\infty`, 0 for any other node."""
    if isinstance(node, Expr) and ("\\infty" in node.latex or "\u221e" in node.latex):
        compact = node.latex.replace(" ", "").replace("\u221e", "\\infty")
        if compact in ("\\infty", "+\\infty"):
            return 1
        if compact == "-\\infty":
            return -1
    return 0


def _endpoint_equal(gold: Node, pred: Node, ctx: Context) -> bool:
    sign_gold, sign_pred = _infinity_sign(gold), _infinity_sign(pred)
    if sign_gold or sign_pred:
        return sign_gold == sign_pred
    return match(gold, pred, ctx)


def _intervals_equal(gold: Interval, pred: Interval, ctx: Context) -> bool:
    return (
        gold[2] == pred[2]
        and gold[3] == pred[3]
        and _endpoint_equal(gold[0], pred[0], ctx)
        and _endpoint_equal(gold[1], pred[1], ctx)
    )


def _union_parts(node: Node) -> list[Interval] | None:
    if isinstance(node, Seq) and node.open == "":
        lists: list[list[Interval]] = []
        for part in node.items:
            intervals = _as_intervals(part)
            if intervals is None:
                return None
            lists.append(intervals)
        if len(lists) > 1 and all(_is_condition(part) for part in node.items):
            # Conditions listed together (`x \geq -2, x \ne 3`) hold at once when they can; conditions that
            # cannot (`x < -1, x > 5`) are alternatives, their union.
            both = _intersection(lists)
            if both:
                return both
        return [interval for intervals in lists for interval in intervals]
    return _as_intervals(node)


def _is_condition(node: Node) -> bool:
    """An inequality or `\ne` (not an equation: `x = 1, y = -2` is a point)."""
    return isinstance(node, Relation) and all(op != _EQ for op in node.ops)


def _end_key(node: Node) -> Fraction | float | None:
    """An endpoint as a number to order by: an exact rational or an infinity; None for any other."""
    sign = _infinity_sign(node)
    if sign:
        return float("inf") * sign
    return node.value if isinstance(node, Expr) else None


def _intersection(lists: list[list[Interval]]) -> list[Interval] | None:
    """The intervals common to every list (each a union of intervals), in order; None unless every endpoint is
    rational or infinite (no ordering is decided without sympy here)."""
    keyed: list[list[tuple[Any, Any, bool, bool, Node, Node]]] = []
    for intervals in lists:
        row = []
        for low, high, low_closed, high_closed in intervals:
            a, b = _end_key(low), _end_key(high)
            if a is None or b is None:
                return None
            row.append((a, b, low_closed, high_closed, low, high))
        keyed.append(row)
    current = keyed[0]
    for other in keyed[1:]:
        common = []
        for x in current:
            for y in other:
                low = max(x, y, key=lambda i: (i[0], not i[2]))  # the higher start; open before closed at a tie
                high = min(x, y, key=lambda i: (i[1], i[3]))  # the lower end; open before closed at a tie
                if low[0] < high[1] or (low[0] == high[1] and low[2] and high[3]):
                    common.append((low[0], high[1], low[2], high[3], low[4], high[5]))
        current = sorted(common, key=lambda i: (i[0], not i[2]))
    return [(i[4], i[5], i[2], i[3]) for i in current]


def _union_equal(gold: Union, pred: Node, ctx: Context) -> bool:
    gold_parts, pred_parts = _union_parts(gold), _union_parts(pred)
    if gold_parts is None or pred_parts is None:
        return False
    return _pair_off(gold_parts, pred_parts, lambda g, p: _intervals_equal(g, p, ctx))


def _finite_set(node: Node) -> Node:
    """`\\{1, 2\\} \\cup \\{3\\}` is the set `\\{1, 2, 3\\}`; anything else is itself."""
    if isinstance(node, Union) and all(isinstance(p, Seq) and p.open == "\\{" for p in node.parts):
        items: dict[str, Node] = {}
        for part in node.parts:
            for item in part.items:  # type: ignore[union-attr]
                items.setdefault(_compact(_latex_of(item)) or repr(item), item)
        return Seq(tuple(items.values()), "\\{", "\\}")
    return node


def _relation_equal(gold: Relation, pred: Node, ctx: Context) -> bool:
    if any(op != _EQ for op in gold.ops):
        # A set of reals (`x > 1`, `x \ne 2`, `|x| < 3`) against intervals or inequalities, in any order;
        # otherwise (`x + y < 3`) the same relation, side by side.
        gold_parts, pred_parts = _as_intervals(gold), _union_parts(pred)
        if gold_parts is not None and pred_parts is not None:
            return _pair_off(gold_parts, pred_parts, lambda g, p: _intervals_equal(g, p, ctx))
        return (
            isinstance(pred, Relation)
            and pred.ops == gold.ops
            and _ordered_equal(list(gold.sides), list(pred.sides), ctx)
        )
    if not isinstance(pred, Relation):
        # `x = 3` equals `3` when the gold only names what it gives on its left (`x`, `(p, q)`, `|AB|`).
        return len(gold.sides) == 2 and _labels_value(*gold.sides) and match(gold.sides[1], pred, ctx)
    if pred.ops != gold.ops:
        return False
    if _ordered_equal(list(gold.sides), list(pred.sides), ctx):
        return True
    if _is_assignment(gold) and _is_assignment(pred):
        return False  # `x = 3` vs `x = 4`, or `x = 3` vs `y = 3`: no rescaling makes them equal
    if len(gold.sides) == 2:  # and so has the prediction: its ops are the gold's
        if not ctx.use_sympy:
            raise NeedsSympy("equation")
        return _equations_equivalent(gold, pred, ctx)
    return False


def _is_assignment(rel: Relation) -> bool:
    """`x = <rational>`: an unknown on the left, a known value on the right."""
    right = rel.sides[-1]
    return len(rel.sides) == 2 and _is_var(rel.sides[0]) and isinstance(right, Expr) and right.value is not None


def _matrix_equal(gold: Matrix, pred: Node, ctx: Context) -> bool:
    if isinstance(pred, Seq) and (len(gold.rows) == 1 or all(len(row) == 1 for row in gold.rows)):
        cells = [cell for row in gold.rows for cell in row]
        return _ordered_equal(cells, list(pred.items), ctx)
    if not isinstance(pred, Matrix) or len(gold.rows) != len(pred.rows):
        return False
    return all(_ordered_equal(list(g), list(p), ctx) for g, p in zip(gold.rows, pred.rows))


# ---------------------------------------------------------------- expressions


def expr_equal(gold: Expr, pred: Expr, ctx: Context) -> bool:
    """Compare two expressions: exact rationals first, then (with sympy) exact, numeric, random points.

    Args:
        gold: The gold expression.
        pred: The predicted expression.
        ctx: The comparison context.

    Returns:
        True when equal under the policy (a rounded decimal gold accepts an exact value that rounds to
        it, not another decimal; a rounded prediction never equals an exact irrational gold).

    Raises:
        NeedsSympy: The rationals are unknown and `ctx.use_sympy` is False.

    Example:
        >>> expr_equal(parse_gold("0.5"), parse_pred(r"\\frac{1}{2}"), Context())
        True
    """
    if gold.value is not None and pred.value is not None:
        if gold.value == pred.value:
            return True
        return gold.decimal and _rounds_to(pred.value, gold, pred)
    if any(node.tree is not None and divides_by_zero(node.tree) for node in (gold, pred)):
        return False  # undefined: equals nothing, not even the same text
    if _compact(gold.latex) == _compact(pred.latex):
        return True
    exact = _surds_equal(gold, pred, ctx)
    if exact is not None:
        return exact
    if not ctx.use_sympy:
        raise NeedsSympy("expression")
    return _sympy_equal(gold, pred, ctx)


def _surds_equal(gold: Expr, pred: Expr, ctx: Context) -> bool | None:
    """Decide sums of surds and powers of pi exactly without sympy; None when either is outside that form.

    Unequal forms are unequal, except against a rounded decimal gold, which sympy's tier rounds to.
    """
    if gold.tree is None or pred.tree is None or (ctx.imaginary and "i" in symbols_of(pred.tree)):
        return None
    try:
        a, b = to_surd(gold.tree), to_surd(pred.tree)
    except (NotRational, ZeroDivisionError):
        return None
    if a == b:
        return True
    return None if gold.decimal else False


_ONE_TOKEN_GROUP = re.compile(r"\{(\\?[A-Za-z0-9]|[^{}\\\s])\}")  # `2^{n}`, `7{:}30`: one token, nothing grouped


def _compact(latex: str) -> str:
    """The text without spacing, for an exact-text match. Braces stay (`2^{n-1}` is not `2^n-1`) unless they
    hold one token (`2^{n}` is `2^n`)."""
    return _ONE_TOKEN_GROUP.sub(r"\1", re.sub(r"\s+|\\[,;:!]", "", latex))


def _gold_decimals(gold: Expr) -> int:
    match_ = re.search(r"\.(\d+)", gold.latex)
    return len(match_.group(1)) if match_ else 0


def _rounds_to(value: Fraction, gold: Expr, pred: Expr) -> bool:
    """A rounded decimal gold accepts an exact prediction that rounds to it (`3.14` and `\\pi`).

    A decimal prediction is a rounding of its own and must be the gold's: decimal golds come from "to the nearest
    hundredth" questions, and `3.142` answers another one (FOURTEENTH's one false positive at first contact: it
    was accepted as a longer decimal that rounds to `3.14`).
    """
    places = _gold_decimals(gold)
    if gold.value is None or places == 0 or pred.decimal:
        return False
    return abs(value - gold.value) <= Fraction(1, 2 * 10**places)


def to_sympy_expr(node: Expr, ctx: Context) -> Any:
    """The sympy value of an expression (rational, own parser, then latex2sympy2_extended).

    Args:
        node: A parsed expression.
        ctx: The comparison context (`imaginary` reads `i` as the imaginary unit).

    Returns:
        A sympy expression.

    Raises:
        LatexParseError: Neither parser reads it.

    Example:
        >>> to_sympy_expr(parse_pred(r"\\sqrt{8}"), Context(use_sympy=True))
        2*sqrt(2)
    """
    import sympy

    if node.value is not None:
        return sympy.Rational(node.value)
    if node.tree is not None:
        return to_sympy(node.tree, imaginary=ctx.imaginary)
    return _latex2sympy(node.latex, ctx.imaginary)


@lru_cache(maxsize=2048)
def _latex2sympy(latex: str, imaginary: bool) -> Any:
    import sympy
    from latex2sympy2_extended import latex2sympy

    try:
        value = latex2sympy(latex)
    except Exception as exc:  # noqa: BLE001 - any parser failure means "unreadable"
        raise LatexParseError(f"latex2sympy cannot read {latex[:40]!r}") from exc
    if not isinstance(value, sympy.Expr):
        raise LatexParseError(f"{latex[:40]!r} is not an expression")
    if imaginary:
        value = value.subs(sympy.Symbol("i"), sympy.I)
    return value


def _sympy_equal(gold: Expr, pred: Expr, ctx: Context) -> bool:
    try:
        a = to_sympy_expr(gold, ctx)
        b = to_sympy_expr(pred, ctx)
    except (LatexParseError, TypeError, ValueError, ZeroDivisionError):
        return False
    if _undefined(a) or _undefined(b):
        return False  # `\frac{1}{0}`, `12:00` read as a ratio: an undefined value equals nothing
    if a == b:
        return True
    if a.is_Rational and b.is_Rational:
        return gold.decimal and _rounds_to(Fraction(int(b.p), int(b.q)), gold, pred)
    difference = a - b
    if difference.is_Rational:
        return False  # sympy cancelled everything but a non-zero rational: unequal, however small it is
    free = sorted(a.free_symbols | b.free_symbols, key=str)
    try:
        if not free:
            return _numbers_equal(a, b, gold, pred)
        return _equal_at_points(a, b, free)
    except PastCap:
        return False  # past evalf's reach and not exactly zero: not proven equal


def _undefined(value: Any) -> bool:
    """Whether a sympy value is undefined: complex infinity (a division by zero) or not-a-number."""
    import sympy

    return bool(value.has(sympy.zoo, sympy.nan))


_DIGITS = 20  # the digits evalf must find before a value counts as known
# evalf raises its working precision, looking for those digits, up to `maxn` digits: the cancellation it can see
# through. Its default, 100, sees a relative 1e-138; every difference is first evaluated so, at the cost it always
# had. One it finds no digit of is looked at again when it holds more digits than that (`_digits_at_stake`): an
# integer or rational of M digits (`10^{200}+1`) or a sum whose terms are M digits apart (`e^{1000} + 1`) may
# make an unequal pair differ by a relative 10^-M (`\sqrt{10^{200}+1} - 10^{100}`), or 10^-2M when the answer
# agrees with the gold to first order, so evalf may then go to 2M + 22 digits (`_maxn`). Past `_MAX_MAXN` digits
# evalf is not asked: a difference it shows no digit of there is zero only when an exact check proves it
# (`_exact_zero`), and is otherwise not proven equal (`PastCap`), so no precision limit can grade unequal values
# equal.
_MAXN = 100
_MAX_MAXN = 10_000  # evalf of an exact zero at 10,000 digits: about 0.1 s (mpmath's pure-Python backend)
_MAX_EXACT_BITS = 1 << 20  # the exact check's products stay under a million bits (milliseconds)
_LOG10_2 = 0.30102999566398120


def _numbers_equal(a: Any, b: Any, gold: Expr, pred: Expr) -> bool:
    """Two constant values: equal when their difference is zero (`_value_at`), never merely when it is small.

    Values stay sympy floats (arbitrary exponent), so `e^{-100}` and `e^{-101}` never both underflow to 0.
    """
    difference = _value_at(a - b)
    if difference is None:
        return False  # infinite, undefined or no number: equals nothing
    if gold.decimal and not pred.decimal and _gold_decimals(gold):
        # A rounded decimal gold: the exact prediction must round to it.
        return bool(abs(difference) <= Fraction(1, 2 * 10 ** _gold_decimals(gold)))
    return difference == 0


class PastCap(Exception):  # noqa: N818 - a verdict, not an error
    """A difference evalf shows no digit of needs more than `_MAX_MAXN` digits, and no exact check proves it zero.

    The comparison that meets it says "not equal": a correct answer graded wrong loses one trace, an unequal one
    graded right puts a wrong trace in the data.
    """


def _value_at(expr: Any, point: dict[Any, Any] | None = None) -> Any:
    """The value of `expr` (at `point`) at `_DIGITS` digits (a sympy number), 0 when evalf finds no digit of it, or
    None where it is undefined, infinite or no number.

    evalf raises its working precision until it finds `_DIGITS` correct digits: a value it finds any digit of is
    not zero, however small it is against its terms (`\\sqrt{10^{30}+1} - 10^{15}` is 5e-16, a relative 5e-31).
    Where it finds none at its default precision and the expression holds numbers of more digits, it looks again
    with the precision they call for (`_maxn`: `\\sqrt{10^{200}+1} - 10^{100}`, a relative 5e-201, at 422 digits).
    Past `_MAX_MAXN` digits only an exact check (`_exact_zero`) makes it 0.

    Raises:
        PastCap: The precision it calls for is past `_MAX_MAXN` and the exact check does not prove it zero.
    """
    import sympy

    value = _evalf(expr, point, _MAXN)
    if value is not None and _is_zero(value):
        maxn = _maxn(expr, point)
        if maxn > _MAX_MAXN:
            if _exact_zero(expr, point):
                return sympy.Integer(0)
            raise PastCap(f"evalf would need {maxn} digits")
        if maxn > _MAXN:
            value = _evalf(expr, point, maxn)
    if value is None:
        return None
    if _is_zero(value):
        # `\sin^2(1) + \cos^2(1) - 1` evaluates to `-0.e-137`: no digit found at any precision, so zero.
        return sympy.Integer(0)
    return value


def _exact_zero(expr: Any, point: dict[Any, Any] | None) -> bool:
    """Whether `expr` (at `point`) is exactly 0: 0 itself, or a sum of rational multiples of logarithms of positive
    rationals (over a common denominator: `\\log_2 x` is `\\ln x / \\ln 2`). False for anything else (a rational
    beside them, other functions, products of logarithms, numbers past `_MAX_EXACT_BITS`): not proven.

    `\\sum_i (p_i/q) \\ln r_i` is 0 exactly when `\\prod_i r_i^{p_i} = 1`, `\\ln` being one-to-one; with a rational
    `c \\ne 0` beside it, `\\ln P = -qc` would make `e^{-qc}` rational, which it never is (Lindemann), so that sum is
    never 0. So `\\ln(6000!) - \\ln 6000 - \\ln(5999!)` is 0 and `\\ln(10^{12000}+2) - 12000 \\ln 10` is not, each by
    one product of integers. A point is substituted exactly only where `_exact_bits` bounds the numbers it makes.
    """
    import sympy

    if expr.free_symbols:
        if _exact_bits(expr) > _MAX_EXACT_BITS:
            return False
        expr = expr.xreplace(point or {})
    if not _logarithmic(expr):
        return False  # before `together`, which would rebuild a root of a huge integer (sympy factors it: minutes)
    numerator = sympy.fraction(sympy.together(expr))[0]
    if numerator == 0:
        return True  # 0 once the point is in: `x^{2024}+x^{2023} - x^{2023}(x+1)` at 13
    logs = []
    for term in sympy.Add.make_args(numerator):
        coefficient, rest = term.as_coeff_Mul()
        if not (coefficient.is_Rational and isinstance(rest, sympy.log)):
            return False  # a rational (never 0 beside the logarithms), a symbol, another function, a product
        for base, exponent in rest.args[0].as_powers_dict().items():  # `\\ln(3\\sqrt{7})`: ln 3 + ln(7)/2
            if not (base.is_Rational and base > 0 and exponent.is_Rational):
                return False
            logs.append((coefficient * exponent, Fraction(int(base.p), int(base.q))))
    common = math.lcm(*(int(c.q) for c, _ in logs))
    integers = [int(c * common) for c, _ in logs]
    divisor = math.gcd(*integers)  # the product is 1 exactly when its g-th root is: `659 \\ln r` as `\\ln r`
    powers = [(e // divisor, r) for e, (_, r) in zip(integers, logs)]
    if sum(abs(e) * (r.numerator.bit_length() + r.denominator.bit_length()) for e, r in powers) > _MAX_EXACT_BITS:
        return False
    product = Fraction(1)
    for e, r in powers:
        product *= r**e
    return product == 1


def _logarithmic(expr: Any) -> bool:
    """Whether `expr` is made of rationals and logarithms by sums, products and integer powers only (the form
    `_exact_zero` decides; a logarithm's argument is read there)."""
    import sympy

    if expr.is_Rational or isinstance(expr, sympy.log):
        return True
    if expr.is_Pow:
        return bool(expr.exp.is_Integer) and _logarithmic(expr.base)
    return bool(expr.is_Add or expr.is_Mul) and all(_logarithmic(arg) for arg in expr.args)


def _exact_bits(expr: Any) -> float:
    """An upper bound on the bits of the rationals that substituting a sampled point into `expr` makes.

    A point is at most 10 bits over 7 (`_points`: 17 in all), sums and products add their parts' bits, an integer
    power multiplies them; any other operation on a symbol (a root, a function) is unbounded here (sympy may factor
    the number it would make).
    """
    import sympy

    if not expr.free_symbols:
        return float(int(expr.p).bit_length() + int(expr.q).bit_length()) if expr.is_Rational else 0.0
    if expr.is_Symbol:
        return 17.0
    if expr.is_Add or expr.is_Mul:
        return sum(_exact_bits(arg) for arg in expr.args)
    if expr.is_Pow and expr.exp.is_Integer:
        return abs(int(expr.exp)) * _exact_bits(expr.base)
    if isinstance(expr, sympy.log):
        return _exact_bits(expr.args[0])
    return math.inf


def _evalf(expr: Any, point: dict[Any, Any] | None, maxn: int) -> Any:
    """`expr` at `point` by evalf (working precision up to `maxn` digits); None where it is no finite number."""
    import sympy

    try:
        value = expr.evalf(_DIGITS, subs=point, maxn=maxn)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError):
        return None
    if not (isinstance(value, sympy.Expr) and value.is_finite):
        return None  # infinite or undefined (`oo`, `zoo`, `nan`), or symbols left over
    real, imag = value.as_real_imag()
    if not (real.is_Number and imag.is_Number):
        return None  # a value sympy cannot put a number on
    return value


def _is_zero(value: Any) -> bool:
    real, imag = value.as_real_imag()
    return _no_digits(real) and _no_digits(imag)


def _maxn(expr: Any, point: dict[Any, Any] | None) -> int:
    """The working precision (digits) evalf needs on `expr`: 2M + 22 for M digits at stake, at least 100 (past
    `_MAX_MAXN`, `_value_at` does not ask evalf)."""
    return max(_MAXN, 2 * int(_digits_at_stake(expr, point)) + 22)


def _digits_at_stake(expr: Any, point: dict[Any, Any] | None) -> float:
    """How many digits a small change in `expr` may hide behind: the most digits of a rational in it (`10^{200}+1`:
    200), or the widest gap, in digits, between the sizes of the terms of a sum in it (at `point`; `e^{1000} + 1`:
    434). A product loses no relative precision (a power no more than its exponent's digits, a rational here):
    `(2n)!/(n!)^2` of large factorials stakes nothing."""
    import sympy

    digits = 0.0
    for node in sympy.preorder_traversal(expr):
        if node.is_Rational:
            digits = max(digits, math.log10(max(abs(int(node.p)), int(node.q))))  # exact for any size; 0 for 1
        elif node.is_Add:
            sizes = [size for term in node.args if (size := _log10_size(term, point)) is not None]
            if len(sizes) > 1:
                digits = max(digits, max(sizes) - min(sizes))
    return digits


def _log10_size(expr: Any, point: dict[Any, Any] | None) -> float | None:
    """log10 |expr| at `point` from a 5-digit evaluation (any exponent); None when it has no digits or no value."""
    try:
        parts = expr.evalf(5, subs=point).as_real_imag()
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError):
        return None
    sizes = [
        (part._mpf_[2] + part._mpf_[3]) * _LOG10_2  # exponent + bit count of the mantissa: log2 |part|, +- 1
        for part in parts
        if part.is_Float and part._prec >= 4 and part._mpf_[1]
    ]
    return max(sizes) if sizes else None


def _no_digits(number: Any) -> bool:
    """Whether a sympy number is 0, or a float evalf found no digit of (it comes back with 1 bit of precision)."""
    return bool(number == 0 or (number.is_Float and number._prec < 4))


def _points(free: list[Any]) -> list[dict[Any, Any]]:
    import sympy

    rng = random.Random(20261125)
    return [
        {s: sympy.Rational(rng.randint(-97, 97), rng.randint(1, 13)) + sympy.Rational(1, 7) for s in free}
        for _ in range(_POINTS * 3)
    ]


def _equal_at_points(a: Any, b: Any, free: list[Any]) -> bool:
    """Equal at random rational points: the difference is zero (`_value_at`) at each point where it is defined."""
    checked = 0
    difference = a - b
    for point in _points(free):
        value = _value_at(difference, point)
        if value is None:
            continue  # undefined here (a pole, a logarithm of 0): the point says nothing
        if value != 0:
            return False
        checked += 1
        if checked == _POINTS:
            return True
    return checked > 0


def _equations_equivalent(gold: Relation, pred: Relation, ctx: Context) -> bool:
    """Two equations are equivalent when `lhs - rhs` of one is a constant multiple of the other's (`_multiple`)."""
    try:
        sides = [to_sympy_expr(side, ctx) for side in (*gold.sides, *pred.sides) if isinstance(side, Expr)]
    except (LatexParseError, TypeError, ValueError, ZeroDivisionError):
        return False
    if len(sides) != 4:
        return False
    g, p = sides[0] - sides[1], sides[2] - sides[3]
    if p == 0 or g == 0:
        return False
    free = sorted(g.free_symbols | p.free_symbols, key=str)
    if not free:
        return False
    try:
        return _multiple(g, p, free)
    except PastCap:
        return False  # past evalf's reach: not proven a multiple


def _multiple(g: Any, p: Any, free: list[Any]) -> bool:
    """Whether `g = c p` for one non-zero constant `c`, at random points (no `simplify`).

    `c` is `g/p` exactly at the first point where that is a non-zero number, and `g - c p` must be zero
    (`_value_at`) at every other point where it is defined, one at least. Ratios that only agree closely are no
    multiple: `y = x` is not `y = x + 10^{-20}` (their ratios agree to 1e-20; a 1e-9 tolerance took them as one).
    """
    ratio = None
    checked = 0
    for point in _points(free):
        if ratio is None:
            value = _value_at(g / p, point)
            if value is None:
                continue  # undefined here: the point says nothing
            if value == 0:
                return False  # the gold's `lhs - rhs` vanishes where the prediction's does not: no multiple of it
            ratio = (g / p).xreplace(point)
            continue
        value = _value_at(g - ratio * p, point)
        if value is None:
            continue
        if value != 0:
            return False
        checked += 1
    return checked > 0
