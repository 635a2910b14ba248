"""Extraction and truncation, the part of verification that reads whole responses."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from longcot.verify import extract, extract_answer, normalize, verify_answer
from longcot.verify.extract import ends_abruptly, find_answer


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (r"so \boxed{42}.", "42"),  # plain box
        (r"\boxed{\frac{1}{2}} and more text.", r"\frac{1}{2}"),  # braces inside the box
        (r"first \boxed{1}.\n\nthen \boxed{2}.", "2"),  # last box wins
        (r"$\boxed{2}$ and $\boxed{7}$", "2, 7"),  # one conclusion, two boxes
        (r"$\boxed{7}$ and $\boxed{7}$", "7"),  # repeated box is one answer
        (r"x = \boxed{2}, y = \boxed{3}", "x = 2, y = 3"),  # labelled parts keep their labels
        ("The answer is: 17.", "17"),  # statement
        ("**Final Answer:** 12", "12"),  # markdown statement
        (r"The final answer is $\frac{3}{4}$.", r"\frac{3}{4}"),  # math span
        ("The answer is 8 meals.", "8"),  # trailing words are not the answer
        ("Hence the area is 12.", "12"),  # concluding sentence
        ("The answer is correct, I think.", None),  # a word about the answer is not an answer
        ("Nothing to see.", None),
        ("", None),
        ("<think>still thinking", None),  # truncated inside thinking
    ],
)
def test_extract_answer(response: str, expected: str | None) -> None:
    assert extract_answer(response) == expected


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("so we get 2x + 3 =", True),  # mid-formula
        ("Hence the area is 12.", False),
        (r"\[ x = 2", True),  # open display math
        ("$$x = 2$$", False),
        ("Let me try", True),  # mid-sentence
        ("Next:\n\n1.", True),  # a list item that never started
        (r"\boxed{3}", False),
        ("", False),
    ],
)
def test_ends_abruptly(text: str, cut: bool) -> None:
    assert ends_abruptly(text) is cut


def test_box_never_closed_is_truncated() -> None:
    found = find_answer(r"the answer is \boxed{\frac{1}{2")
    assert found.truncated and "inside" in found.reason


class Meter:
    """A deterministic cost measure for extraction: Python lines run in longcot.verify, and characters handed
    to the regex engine (a regex scans its input once when it does not backtrack)."""

    def __init__(self) -> None:
        self.lines = 0
        self.chars = 0


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str], meter: Meter) -> None:
        self._pattern, self._meter = pattern, meter

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._pattern, name)
        if name not in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            return attribute

        def counted(*args: Any, **kwargs: Any) -> Any:
            text = next((a for a in args if isinstance(a, str)), "")
            bounds = [a for a in args[1:] if isinstance(a, int)] + [kwargs.get("pos", 0), len(text)]
            pos, endpos = bounds[0], min(bounds[1] if len(bounds) > 2 else len(text), len(text))
            result = attribute(*args, **kwargs)
            if name in ("search", "match") and result is not None:
                endpos = result.end()  # the engine stops at the first match
            self._meter.chars += max(0, endpos - pos)
            return result

        return counted


class _CountingRe:
    def __init__(self, meter: Meter) -> None:
        self._meter = meter

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            return attribute

        def counted(pattern: Any, *args: Any, **kwargs: Any) -> Any:
            text = args[1] if name in ("sub", "subn") else args[0]  # re.sub(pattern, repl, string)
            self._meter.chars += len(text) if isinstance(text, str) else 0
            return attribute(pattern, *args, **kwargs)

        return counted


@contextmanager
def metered(monkeypatch: pytest.MonkeyPatch) -> Iterator[Meter]:
    """Count the work of the code in longcot.verify's extraction and normalisation while the block runs."""
    meter = Meter()
    for module in (extract, normalize):
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, _CountingPattern(value, meter))
            elif isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value):
                monkeypatch.setattr(module, name, tuple(_CountingPattern(v, meter) for v in value))
        monkeypatch.setattr(module, "re", _CountingRe(meter))
    folder = str(Path(extract.__file__).parent)

    def trace(frame: Any, event: str, arg: Any) -> Any:
        if event == "call":
            return trace if frame.f_code.co_filename.startswith(folder) else None
        if event == "line":
            meter.lines += 1
        return trace

    sys.settrace(trace)
    try:
        yield meter
    finally:
        sys.settrace(None)


def _cost(monkeypatch: pytest.MonkeyPatch, response: str) -> tuple[Meter, str | None]:
    with metered(monkeypatch) as meter:
        answer = extract_answer(response)
    return meter, answer


def test_long_response_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2 MB of derivation with one box at the end: the work grows with the length, never with its square.
    body = "We compute the next term. "
    small, small_answer = _cost(monkeypatch, body * 20_000 + r"Therefore $\boxed{5}$.")
    large, large_answer = _cost(monkeypatch, body * 80_000 + r"Therefore $\boxed{5}$.")
    assert small_answer == large_answer == "5"
    assert large.lines <= small.lines + 20  # Python work does not depend on the length
    assert large.chars <= 4.2 * small.chars  # 4x the text, at most ~4x the scanning
    assert large.chars <= 4 * len(body) * 80_000  # a few passes over the text, not one per line or box


@pytest.mark.parametrize(
    ("response", "status"),
    [
        ("x is \\( a " * 20_000 + ".", "truncated"),  # many unclosed math spans after a verb
        ("the answer is \\[ " * 30_000, "truncated"),  # many statements, none with a value
        ("\\boxed{" * 50_000, "truncated"),  # boxes that never close
        ("\\boxed{1} " * 50_000, "correct"),  # very many boxes
        ("\\boxed{" * 3_000 + "1" + "}" * 3_000, "correct"),  # deeply nested box
        ("\\boxed{" + "1+" * 100_000 + "1}", "no_answer"),  # a box far too long to be an answer
        ("(" * 5_000 + ")" * 5_000, "no_answer"),
        ("a" + " " * 200_000 + "b", "truncated"),
        ("\u2705 " * 50_000, "no_answer"),  # closing symbols: a few are dropped, not all
        ("A: " * 60_000, "truncated"),  # label lines
        ('{"answer": ' * 20_000, "truncated"),  # a JSON ending that never closes
        ("$= " * 60_000, "truncated"),  # spans that continue the one before them
        ("| a | 1 |\n" * 20_000, "correct"),  # table rows: only the last is read
        ("$x = 1$ \u2192 " * 20_000, "truncated"),  # arrows inside a line
        ("\u7b54\u6848\u662f " * 50_000, "truncated"),  # Chinese answer statements with no value
        ("Note that 1. " * 20_000, "correct"),  # closing remarks
        ("Let me know!\n\n" * 15_000, "no_answer"),  # closing offers
        ("_a_ " * 50_000, "truncated"),  # italics
        ("1 000 " * 40_000, "truncated"),  # digit groups apart
        (", $x = 1$" * 20_000, "no_answer"),  # equations after a comma
        ("Since $a = 1$, " * 15_000, "truncated"),  # `since` clauses
        ("\u2248 1 " * 50_000, "truncated"),  # roundings
        ("Yes, " * 40_000, "truncated"),  # yes/no openings
        ("<b>" * 50_000, "no_answer"),  # HTML bold
        ("i.e. 1 " * 30_000, "truncated"),  # restated values
        ("(B) " * 50_000, "no_answer"),  # choice paragraphs
        ("x = 1\n\n" * 30_000 + "5", "truncated"),  # a bare number after a long text
        ("$x \\Rightarrow 1" * 30_000, "truncated"),  # arrows inside one span
        ("\u4e3a 1 " * 50_000, "truncated"),  # Chinese 为 conclusions
        ("*a* " * 50_000, "no_answer"),  # single-asterisk italics
        ("| a | b | c | d | e | f |" * 10_000, "no_answer"),  # a table row of many cells
        ("The answer is option (B) " * 10_000, "incorrect"),  # choices named in statements
        ("x. (Note: 1) " * 20_000, "no_answer"),  # notes in parentheses
        ("is 1 (about 1%)" * 20_000, "correct"),  # roundings in parentheses
        (", and Bob is the " * 20_000 + "largest.", "incorrect"),  # subjects a closing sentence singles out
        ("Let me double-check: " * 20_000, "truncated"),  # checks after the answer
        ("is 1, so the area is " * 20_000, "truncated"),  # consequence clauses
        ("She leaves at 9:20 a.m. " * 30_000, "incorrect"),  # times of day
        ("Roots: $x = 1$ and " * 20_000, "truncated"),  # label lines that list spans
        ("Answer: The " * 20_000, "incorrect"),  # answer labels over a sentence
        ("The answer is $\\$" * 30_000, "incorrect"),  # escaped dollars inside spans
        ("x, answer (C)" * 20_000 + ".", "no_answer"),  # choices named in an apposition
        ("So x is 3" + ", answer (C)" * 200 + ".", "incorrect"),  # many appositions: the sentence is read once
    ],
    ids=[
        *("open-spans", "empty-statements", "open-boxes", "many-boxes", "nested", "huge-box", "parens", "spaces"),
        *("symbols", "labels", "json", "continued-spans", "tables", "arrows", "chinese", "remarks", "offers"),
        *("italics", "digit-groups", "comma-equations", "since-clauses", "roundings", "yes-no", "html-bold"),
        *("restated", "choice-paragraphs", "bare-numbers", "implies", "chinese-conclusions", "asterisk-italics"),
        *("table-cells", "named-choices", "parenthesised-notes", "parenthesised-roundings"),
        *("singled-subjects", "double-checks", "consequence-clauses", "times", "listed-spans", "labelled-sentences"),
        *("escaped-dollars", "choice-appositions", "many-appositions"),
    ],
)
def test_pathological_responses_are_cheap(monkeypatch: pytest.MonkeyPatch, response: str, status: str) -> None:
    # Extraction runs in the caller's process, so its work is bounded by construction (no timeout guards it):
    # a bounded number of Python lines and of passes over the text, whatever the input repeats.
    with metered(monkeypatch) as meter:
        verdict = verify_answer("1", response)
    assert verdict.status.value == status
    assert meter.lines <= 20_000, meter.lines  # a constant: boxes are read from the end, each at most 5,000 chars
    assert meter.chars <= 12 * len(response) + 100_000, (meter.chars, len(response))
