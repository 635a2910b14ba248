"""Times of day and dates: answers whose words carry the value (`2:45 PM` is not `2:45 AM`).

The normaliser drops units as decoration (`12 \\text{ cm}` is `12`), which is right for a length and wrong for a
clock: `2:45\\text{ PM}` would read as the ratio `2:45`, equal to `2:45\\text{ AM}`. So these answers are read
here first, from the raw strings:

- a time of day, `H:MM` (or `H:MM:SS`) with or without a meridiem (`PM`, `p.m.`, `\\text{ pm}`), or an hour
  with one (`6\\text{ p.m.}`): its minutes after midnight;
- a calendar date, `April 14, 2025`, `14 April 2025`, `Monday, April 14, 2025`, `2025-04-14` (not `4/14/2025`,
  whose order of day and month is a convention): its year, month and day; or a day of a month alone (`April 15`,
  `15 April`, `Apr 15`, `the 15th of April`).

Durations are quantities with units, read in `measure`.
"""

from __future__ import annotations

import re
from datetime import date
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
    text = text.replace("{:}", ":")  # `1{:}35`: TeX's braced colon, a plain one
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
_YEAR = r"(?:\s*,?\s*(?P<year>\d{4}))?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?(?:on\s+)?(?:the\s+)?"
_DATES = (
    re.compile(_WEEKDAY + _MONTH + r"\s+(?:the\s+)?" + _DAY + _YEAR, re.I),  # `April 14, 2025`, `Apr 15`
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR, re.I),  # `14 April 2025`, `the 15th of April`
    re.compile(r"(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})"),  # ISO 8601
)


class CalendarDate(NamedTuple):
    """A day an answer names: its month and day, and its year if it states one."""

    year: int | None
    month: int
    day: int


def calendar_date(text: str) -> CalendarDate | None:
    """The date an answer states, or None (`\\text{April 14, 2025}`, `Monday, 14 April 2025`, `2025-04-14`,
    `\\text{April } 15`)."""
    if not re.search(r"\d", text) or not re.search(r"[a-z]{3}|\d{4}-", text, re.I):
        return None
    plain = _plain(text)
    for pattern in _DATES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        named = match.groupdict().get("month")
        month = _MONTHS[named.lower()] if named else int(match.group("nmonth"))
        year = int(match.group("year")) if match.group("year") else None
        try:
            date(year or 2024, month, int(match.group("day")))  # 2024: a leap year, so `February 29` is a day
        except ValueError:
            return None  # `February 30, 2025`: no such day
        return CalendarDate(year, month, int(match.group("day")))
    return None


def same_date(gold: CalendarDate, pred: CalendarDate) -> bool:
    """Whether two dates name the same day: the same month and day, and the same year where both state one."""
    years_agree = gold.year is None or pred.year is None or gold.year == pred.year
    return years_agree and (gold.month, gold.day) == (pred.month, pred.day)
