"""The labelled table (verify_cases.py): every row must get exactly its expected verdict."""

from __future__ import annotations

import pytest
from verify_cases import CASES, CATEGORIES

from longcot.verify import VerdictStatus, verify_answer


def test_table_is_broad() -> None:
    assert len(CASES) >= 400
    assert {"integer", "fraction", "decimal", "expression", "tuple", "set", "interval", "choice", "equation"} <= set(
        CATEGORIES
    )
    assert {"complex", "decoration", "text", "base", "matrix", "truncated", "no_answer"} <= set(CATEGORIES)


@pytest.mark.parametrize(
    ("category", "gold", "response", "expected"),
    [pytest.param(*case, id=f"{case.category}-{i}") for i, case in enumerate(CASES)],
)
def test_labelled_pair(category: str, gold: str, response: str, expected: str) -> None:
    verdict = verify_answer(gold, response)
    assert verdict.status is VerdictStatus(expected), (category, gold, verdict.predicted, verdict.reason)
    assert verdict.correct is (expected == "correct")
