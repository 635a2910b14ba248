"""The comparison tier on its own: each row states the value a deliberate bug would change (issue 12, s.6)."""

from __future__ import annotations

import pytest
from verify_cases import CASES

from longcot.verify.compare import compare_answers
from longcot.verify.core import extract_stage
from longcot.verify.verdict import Verdict


@pytest.mark.parametrize(
    ("gold", "pred", "equal"),
    [
        ("0.37", r"\frac{4}{11}", False),  # 0.3636…: a looser rounding tolerance would accept it
        ("0.36", r"\frac{4}{11}", True),
        ("1, 2", "(2, 1)", False),  # an ordered answer is not a set
        (r"\pi", "103993/33102", False),  # equal to 9 digits: only the 50-digit check tells
        ("x", r"\frac{x}{0}", False),  # an undefined value equals nothing
    ],
)
def test_seeded_mutants(gold: str, pred: str, equal: bool) -> None:
    assert compare_answers(gold, pred, use_sympy=True)[0] is equal


_ROWS = []
for _case in CASES:
    _stage = extract_stage(_case.gold, _case.response)
    if not isinstance(_stage, Verdict):
        _ROWS.append(
            pytest.param(_case.gold, _stage[0], _case.expected == "correct", id=f"{_case.category}-{len(_ROWS)}")
        )


@pytest.mark.parametrize(("gold", "pred", "equal"), _ROWS)
def test_table_in_process(gold: str, pred: str, equal: bool) -> None:
    # The labelled table's comparisons with sympy in this process (the verdict tests run it in helpers):
    # every tier of compare.py is exercised where a mutation-testing run can see it.
    assert compare_answers(gold, pred, use_sympy=True)[0] is equal
