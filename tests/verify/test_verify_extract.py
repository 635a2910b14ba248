"""Extraction and truncation, the part of verification that reads whole responses."""

from __future__ import annotations

import pytest

from longcot.verify import extract_answer, verify_answer
from longcot.verify.extract import ends_abruptly, find_answer


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (r"so \boxed{42}.", "42"),  # plain box
        (r"\boxed{\frac{1}{2}} and more text.", r"\frac{1}{2}"),  # braces inside the box
        (r"first \boxed{1}.\n\nthen \boxed{2}.", "2"),  # last box wins
        (r"$\boxed{2}$ and $\boxed{7}$", "2, 7"),  # one conclusion, two boxes
        (r"$\boxed{7}$ and $\boxed{7}$", "7"),  # repeated box is one answer
        (r"x = \boxed{2}, y = \boxed{3}", "2, 3"),  # labelled parts
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


def test_long_response_is_linear() -> None:
    # 2 MB of derivation with one box at the end: extraction reads it without quadratic blow-up.
    response = "We compute the next term. " * 80_000 + r"Therefore $\boxed{5}$."
    assert extract_answer(response) == "5"


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
    ],
    ids=["open-spans", "empty-statements", "open-boxes", "many-boxes", "nested", "huge-box", "parens", "spaces"],
)
def test_pathological_responses_are_cheap(response: str, status: str) -> None:
    # Extraction runs in the caller's process, so its work is bounded by construction (no timeout guards it).
    assert verify_answer("1", response).status.value == status
