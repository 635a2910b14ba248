"""Real long-CoT outputs (Sky-T1 on AIME 2024 and MATH-500, shared data): no crash, no truncated
response graded correct, and agreement with the dataset's own labels where those are reliable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from longcot.records import VERDICTS
from longcot.verify import Verdict, verify_batch
from longcot.verify.extract import find_answer


FILES = ("cot_skyt1_aime24.jsonl", "cot_skyt1_math500.jsonl")


@pytest.fixture(scope="module")
def graded(shared_data: Path) -> list[tuple[dict, Verdict]]:
    rows = [json.loads(line) for name in FILES for line in (shared_data / name).read_text().splitlines() if line]
    verdicts = verify_batch([r["answer"] for r in rows], [r["generation"] for r in rows], workers=2, timeout=5.0)
    return list(zip(rows, verdicts))


def test_every_row_gets_a_verdict(graded: list[tuple[dict, Verdict]]) -> None:
    assert len(graded) == 530
    assert {v.status.value for _, v in graded} <= set(VERDICTS)
    assert not [v for _, v in graded if v.status.value == "timeout"]


def _cut_off(generation: str) -> bool:
    """Independent of the verifier: thinking opened and never closed, or a solution block never closed
    with no box in it."""
    if "<|begin_of_thought|>" in generation and "<|end_of_thought|>" not in generation:
        return True
    solution = generation.partition("<|begin_of_solution|>")[2]
    return bool(solution) and "<|end_of_solution|>" not in generation and "boxed" not in solution


def test_no_truncated_generation_is_graded_correct(graded: list[tuple[dict, Verdict]]) -> None:
    cut = [(row, v) for row, v in graded if _cut_off(row["generation"])]
    assert len(cut) > 100  # the data has many generations cut at the length limit
    assert [row["id"] for row, v in cut if v.correct] == []
    # The dataset's own grader accepted some of these (a number mid-derivation): we must not.
    assert any(row["correct"] for row, _ in cut)


def test_agrees_with_dataset_labels_on_boxed_answers(graded: list[tuple[dict, Verdict]]) -> None:
    # The dataset grades the last box, so its labels are reliable where the response ends with one
    # (golds that the dataset's export corrupted, empty or pmatrix without row breaks, are left out).
    reliable = [
        (row, v)
        for row, v in graded
        if row["answer"].strip()
        and "pmatrix" not in row["answer"]
        and (found := find_answer(row["generation"])).source == "boxed"
        and not found.truncated
    ]
    assert len(reliable) >= 200
    disagree = [(row["id"], row["answer"], v.predicted) for row, v in reliable if row["correct"] != v.correct]
    assert disagree == []


@pytest.mark.parametrize(
    ("row_id", "expected"),
    [
        ("skyt1-math500-113", "correct"),  # "the answer is definitely \(8000\)": the dataset read 'definitely8000'
        ("skyt1-math500-122", "correct"),  # "9 customers"
        ("skyt1-math500-29", "correct"),  # "is indeed 225." then a filler sentence
        ("skyt1-math500-57", "truncated"),  # cut off while thinking; the dataset accepted a mid-derivation 16
        ("skyt1-math500-195", "truncated"),  # "answer is 24", then 3k characters and a cut
        ("skyt1-math500-99", "correct"),  # pmatrix with row breaks
        ("skyt1-math500-379", "correct"),  # 12^{\text{th}}\text{ grade}
        ("skyt1-math500-97", "gold_unparseable"),  # empty gold
    ],
)
def test_known_rows(graded: list[tuple[dict, Verdict]], row_id: str, expected: str) -> None:
    verdict = next(v for row, v in graded if row["id"] == row_id)
    assert verdict.status.value == expected, verdict
