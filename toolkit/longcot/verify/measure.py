"""Quantities with units: durations, masses, lengths and volumes (`6 kg 230 g` is `6230 g`; `90 hours` is not
`90 minutes`).

The normaliser drops a unit as decoration (`12 \\text{ cm}` is `12`), which is right when only one side names
one: a gold `12` is answered by `12 cm`. When both sides name units of one kind, the units carry the value, so the
quantities are compared in a common unit, exactly: `1.5 hours` is `90 minutes`, `1250 g` is `1.25 kg`, and
`90 hours` is not `90 minutes`. A quantity in parts (`3 h 20 min`, `6 kg 230 g`) against a plain number is
compared in the unit of one of its parts (`6.23` or `6230` for `6 kg 230 g`). Units of different kinds, or ones
not listed here (`m^2`, `km/h`), leave the comparison to the numbers as before.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple


class Quantity(NamedTuple):
    """A quantity an answer states: its `kind`, its size in the kind's base unit, and the size of each part's unit."""

    kind: str  # "time" (seconds), "mass" (grams), "length" (metres), "volume" (litres)
    size: Fraction
    units: tuple[Fraction, ...]  # the base-unit size of each part's unit, in order (`3 h 20 min`: 3600, 60)


def _table(kind: str, spellings: dict[str, str | int]) -> dict[str, tuple[str, Fraction]]:
    return {name: (kind, Fraction(size)) for name, size in spellings.items()}


_UNITS = {
    **_table("time", {
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "day": 86400, "days": 86400, "week": 604800, "weeks": 604800,
    }),
    **_table("mass", {
        "mg": "1/1000", "milligram": "1/1000", "milligrams": "1/1000",
        "g": 1, "gram": 1, "grams": 1, "kg": 1000, "kilogram": 1000, "kilograms": 1000,
        "tonne": 10**6, "tonnes": 10**6,
        "lb": "45359237/100000", "lbs": "45359237/100000", "pound": "45359237/100000", "pounds": "45359237/100000",
        "oz": "28349523125/1000000000", "ounce": "28349523125/1000000000", "ounces": "28349523125/1000000000",
    }),
    **_table("length", {
        "mm": "1/1000", "millimeter": "1/1000", "millimeters": "1/1000", "millimetre": "1/1000",
        "millimetres": "1/1000", "cm": "1/100", "centimeter": "1/100", "centimeters": "1/100",
        "centimetre": "1/100", "centimetres": "1/100", "m": 1, "meter": 1, "meters": 1, "metre": 1, "metres": 1,
        "km": 1000, "kilometer": 1000, "kilometers": 1000, "kilometre": 1000, "kilometres": 1000,
        "inch": "127/5000", "inches": "127/5000", "ft": "381/1250", "foot": "381/1250", "feet": "381/1250",
        "yd": "1143/1250", "yard": "1143/1250", "yards": "1143/1250",
        "mi": "201168/125", "mile": "201168/125", "miles": "201168/125",
    }),
    **_table("volume", {
        "ml": "1/1000", "milliliter": "1/1000", "milliliters": "1/1000", "millilitre": "1/1000",
        "millilitres": "1/1000", "cl": "1/100", "l": 1, "liter": 1, "liters": 1, "litre": 1, "litres": 1,
    }),
}  # fmt: skip

# Markup around a unit or a number: `\text{ kg}`, `\mathrm{g}`, `$`, TeX spaces.
_MARKUP = re.compile(r"\\(?:text|mathrm|textrm|textnormal|mbox|mathit|textbf)\s*\{([^{}]*)\}")
_SPACES = re.compile(r"\\[,;:! ]|~|\\quad|\\qquad|\$")
_NUMBER = (
    r"(?P<whole>\d+(?:\.\d+)?)?\s*(?:\\frac\s*\{\s*(?P<num>\d+)\s*\}\s*\{\s*(?P<den>\d+)\s*\}"
    r"|(?<![\d.])(?P<snum>\d+)\s*/\s*(?P<sden>\d+))?"
)
_PART = re.compile(_NUMBER + r"\s*(?P<unit>[a-zA-Z]+)\b\.?\s*(?:,?\s*and\s+|,\s*)?")


def _plain(text: str) -> str:
    text = _MARKUP.sub(r" \1 ", re.sub(r"\\[dt]frac", r"\\frac", text))
    text = _SPACES.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".").strip()


def quantity(text: str) -> Quantity | None:
    """The quantity an answer states in listed units, or None (`3 hours 20 minutes` is 12,000 seconds).

    Example:
        >>> quantity(r"6\\text{ kg }230\\text{ g}").size
        Fraction(6230, 1)
    """
    if not re.search(r"[a-z]", text, re.I):
        return None
    plain = _plain(text)
    kind, total, units, at = None, Fraction(0), [], 0
    while at < len(plain):
        match = _PART.match(plain, at)
        if match is None or match.end() == at:
            return None
        name = match.group("unit")
        unit = _UNITS.get(name) or (_UNITS.get(name.lower()) if name not in ("L",) else _UNITS["l"])
        whole, num, snum = match.group("whole"), match.group("num"), match.group("snum")
        if unit is None or (whole is None and num is None and snum is None) or kind not in (None, unit[0]):
            return None
        value = Fraction(whole) if whole is not None else Fraction(0)
        if num is not None or snum is not None:
            den = int(match.group("den") or match.group("sden"))
            if den == 0:
                return None
            value += Fraction(int(num or snum), den)
        kind, total, at = unit[0], total + value * unit[1], match.end()
        units.append(unit[1])
    return Quantity(kind, total, tuple(units)) if kind else None


_PLAIN_NUMBER = re.compile(r"\$?\s*(?P<value>\d+(?:\.\d+)?)\s*\$?")


def same_quantity(gold: str, pred: str) -> bool | None:
    """Whether two answers state the same quantity, or None when their units do not decide it (see the module)."""
    gold_q, pred_q = quantity(gold), quantity(pred)
    if gold_q is not None and pred_q is not None:
        return gold_q.size == pred_q.size if gold_q.kind == pred_q.kind else None
    parts, number = (gold_q, pred) if gold_q is not None else (pred_q, gold)
    if parts is None or len(parts.units) < 2:
        return None
    plain = _PLAIN_NUMBER.fullmatch(number.strip())
    if plain is None:
        return None
    value = Fraction(plain.group("value"))
    return any(value * unit == parts.size for unit in parts.units)
