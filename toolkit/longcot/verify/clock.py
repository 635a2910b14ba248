"""Times of day and durations: answers whose units carry the value (`2:45 PM` is not `2:45 AM`).

The normaliser drops units as decoration (`12 \\text{ cm}` is `12`), which is right for a length and wrong for a
clock: `2:45\\text{ PM}` would read as the ratio `2:45`, equal to `2:45\\text{ AM}`. So these answers are read
here first, from the raw strings:

- a time of day, `H:MM` (or `H:MM:SS`) with or without a meridiem (`PM`, `p.m.`, `\\text{ pm}`), or an hour
  with one (`6\\text{ p.m.}`): its minutes after midnight;
- a calendar date, `April 14, 2025`, `14 April 2025`, `Monday, April 14, 2025`, `2025-04-14` (not `4/14/2025`,
  whose order of day and month is a convention): its year, month and day;
- a duration, one or more `(number, time unit)` pairs (`3\\text{ h }20\\text{ min}`, `3 hours and 20 minutes`,
  `200\\text{ minutes}`, `3\\tfrac{1}{3}\\text{ hours}`): its length in seconds, exactly.
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from typing import NamedTuple


class ClockTime(NamedTuple):
    """A time of day: `minutes` after midnight as written (0-1439), and its meridiem if it states one."""

    minutes: int
    meridiem: str | None  # "am", "pm" or None (`14:45`, `2:45`)

    def readings(self) -> set[int]:
        """The minutes after midnight it may mean: one with a meridiem or past 12, two for `2:45` alone."""
        if self.meridiem is not None or not 60 <= self.minutes < 13 * 60:
            return {self.minutes}
        return {self.minutes % 720, self.minutes % 720 + 720}  # `12:30` alone: 00:30 or 12:30


# Markup around a word or a number: `\text{ PM}`, `\mathrm{p.m.}`, `$`, TeX spaces.
_MARKUP = re.compile(r"\\(?:text|mathrm|textrm|textnormal|mbox|mathit|textbf)\s*\{([^{}]*)\}")
_SPACES = re.compile(r"\\[,;:! ]|~|\\quad|\\qquad|\$")
_MERIDIEM = r"(?P<meridiem>[ap])\.?\s*m\.?"
_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?(?:\s*" + _MERIDIEM + r")?", re.I
)


def _plain(text: str) -> str:
    text = _MARKUP.sub(r" \1 ", text)
    text = _SPACES.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".").strip()


def clock_time(text: str) -> ClockTime | None:
    """A time of day an answer states, or None (`2:45\\text{ PM}`, `14:45`, `6\\text{ p.m.}`)."""
    if ":" not in text and not re.search(r"[ap]\.?\s*m\b", text, re.I):
        return None
    match = _CLOCK.fullmatch(_plain(text))
    if match is None or (match.group("minute") is None and match.group("meridiem") is None):
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    meridiem = match.group("meridiem")
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None  # `14:45 PM`, `0:30 AM`: no such time
        meridiem = meridiem.lower() + "m"
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif hour > 23:
        return None
    return ClockTime(hour * 60 + minute, meridiem)


def same_time(gold: ClockTime, pred: ClockTime) -> bool:
    """Whether two times of day can be the same: `14:45` is `2:45 PM`, `2:45` may be either `2:45`."""
    return bool(gold.readings() & pred.readings())


_SECONDS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "day": 86400, "days": 86400, "week": 604800, "weeks": 604800,
}  # fmt: skip
_NUMBER = (
    r"(?P<whole>\d+(?:\.\d+)?)?\s*(?:\\frac\s*\{\s*(?P<num>\d+)\s*\}\s*\{\s*(?P<den>\d+)\s*\}"
    r"|(?<![\d.])(?P<snum>\d+)\s*/\s*(?P<sden>\d+))?"
)
_PART = re.compile(_NUMBER + r"\s*(?P<unit>[a-z]+)\b\s*(?:,?\s*and\s+|,\s*)?", re.I)


def duration(text: str) -> Fraction | None:
    """The length in seconds of a duration an answer states, or None (`3 hours 20 minutes` is 12,000)."""
    read = _duration(text)
    return read[0] if read else None


def duration_parts(text: str) -> int:
    """How many `(number, unit)` parts a duration states (`1 hour and 15 minutes`: 2), 0 if it is none."""
    read = _duration(text)
    return read[1] if read else 0


def _duration(text: str) -> tuple[Fraction, int] | None:
    if not re.search(r"[a-z]", text, re.I):
        return None
    plain = re.sub(r"\\[dt]frac", r"\\frac", _plain(text))
    total, at, parts = Fraction(0), 0, 0
    while at < len(plain):
        match = _PART.match(plain, at)
        if match is None or match.end() == at:
            return None
        unit = _SECONDS.get(match.group("unit").lower())
        whole, num, snum = match.group("whole"), match.group("num"), match.group("snum")
        if unit is None or (whole is None and num is None and snum is None):
            return None
        value = Fraction(whole) if whole is not None else Fraction(0)
        if num is not None or snum is not None:
            den = int(match.group("den") or match.group("sden"))
            if den == 0:
                return None
            value += Fraction(int(num or snum), den)
        total += value * unit
        at, parts = match.end(), parts + 1
    return (total, parts) if parts else None


_MONTHS = {
    name: n
    for n, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?(?:the\s+)?"
_DATES = (
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"\s*,?\s*(?P<year>\d{4})", re.I),  # `April 14, 2025`
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\s*,?\s*(?P<year>\d{4})", re.I),  # `14 April 2025`
    re.compile(r"(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})"),  # ISO 8601
)


def calendar_date(text: str) -> date | None:
    """The date an answer states, or None (`\\text{April 14, 2025}`, `Monday, 14 April 2025`, `2025-04-14`)."""
    if not re.search(r"\d{4}", text):
        return None
    plain = _plain(text)
    for pattern in _DATES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        named = match.groupdict().get("month")
        month = _MONTHS[named.lower()] if named else int(match.group("nmonth"))
        try:
            return date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            return None  # `February 30, 2025`: no such day
    return None
