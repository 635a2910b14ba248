"""quality: each flag on the rows that should raise it, and on the near misses that should not."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from longcot.curation.quality import FLAGS, Quality, QualityConfig, looping_rows
from longcot.errors import ConfigError, SchemaError


GOOD = "We compute 2 + 2 step by step: two plus two makes four, as counting shows."
LOOP = "Wait, let me check the sum of the digits again to be sure. " * 6
PARAGRAPH = " ".join(f"step {i} uses the lemma on case {i} and the bound {i * i}." for i in range(40))


def row(**overrides) -> dict:
    base = {"problem": "What is 2 + 2?", "reasoning": GOOD, "completion": r"So the answer is \boxed{4}.",
            "finish_reason": "stop"}  # fmt: skip
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("sample", "flags"),
    [
        (row(), []),  # clean
        (row(finish_reason="length"), ["truncated"]),  # the teacher hit its token limit
        (row(completion=""), ["unfinished", "no_final_answer"]),  # a thought that never closed
        (row(completion=None), ["unfinished", "no_final_answer"]),  # null completion
        (row(completion="Let me think about it more and"), ["no_final_answer"]),  # no extractable answer
        (row(reasoning=GOOD + " " + LOOP), ["repetition"]),  # a sentence looping six times
        (row(reasoning="the " * 100), ["repetition"]),  # a one-word loop
        (row(reasoning=PARAGRAPH), []),  # same template, different numbers: not a loop
        (
            row(reasoning=GOOD + " " + "Wait, let me check the sum of the digits again to be sure. " * 3),
            [],
        ),  # 3 copies
        (
            row(reasoning=GOOD + " 所以我们需要计算这个数字的和然后再检查一下"),
            ["language_drift"],
        ),  # Chinese mid-thought
        (row(reasoning=GOOD + " 所以我们"), []),  # a short CJK stretch (a quoted term) is not drift
        (
            row(problem="计算 2 + 2 的值是多少呢请回答", reasoning="我们计算二加二等于四所以答案是四"),
            [],
        ),  # Chinese problem
        (row(reasoning=GOOD + " </think> more"), ["malformed_think"]),  # a stray closing tag
        (row(completion=r"<think>again</think> \boxed{4}"), ["malformed_think"]),  # nested think block
        (row(reasoning="<|begin_of_thought|> x"), ["malformed_think"]),  # Sky-T1 markup left unsplit
        (row(reasoning=None), ["empty_reasoning"]),  # null reasoning
        (row(reasoning="  \n "), ["empty_reasoning"]),  # blank reasoning
        (row(completion="I'm sorry, but I can't help with that request."), ["no_final_answer", "refusal"]),
        (row(completion=r"I cannot solve this without the figure, but \boxed{4}."), ["refusal"]),
        (row(completion=r"We cannot have x = 0, so \boxed{4}."), []),  # "cannot" in maths is not a refusal
        (row(problem="Ünïcödé 😀 \u200b", reasoning="e\u0301 \x00 \ufeff", completion=r"\boxed{4}"), []),  # oddities
    ],
)
def test_flags(sample: dict, flags: list[str]) -> None:
    step = Quality(QualityConfig(drop=()))
    out = step(pl.DataFrame([sample], schema_overrides={"reasoning": pl.String, "completion": pl.String}))
    assert out["quality_flags"].to_list() == [flags]


def test_drops_by_first_flag_and_counts_the_rest() -> None:
    frame = pl.DataFrame(
        [row(), row(finish_reason="length"), row(reasoning=None), row(reasoning=None, completion="no answer here")]
    )
    step = Quality(QualityConfig(drop=("truncated", "no_final_answer")))
    out = step(frame)
    assert out.height == 2
    assert dict(step.stats.dropped) == {"truncated": 1, "no_final_answer": 1}
    assert dict(step.stats.flagged) == {"empty_reasoning": 2}  # flagged, not dropped: counted apart


def test_uses_verify_answer_when_present() -> None:
    frame = pl.DataFrame([row(completion="four", predicted_answer="4"), row(predicted_answer=None)])
    out = Quality(QualityConfig(drop=()))(frame)
    assert out["quality_flags"].to_list() == [[], ["no_final_answer"]]


def test_checks_subset_and_missing_optional_columns() -> None:
    frame = pl.DataFrame({"problem": ["p"], "completion": ["no box"]})  # no reasoning, finish_reason, verdict
    out = Quality(QualityConfig(checks=("truncated", "empty_reasoning"), drop=()))(frame)
    assert out["quality_flags"].to_list() == [["empty_reasoning"]]


def test_missing_completion_names_the_step() -> None:
    with pytest.raises(SchemaError, match="quality needs `completion`: run `split_thinking` first"):
        Quality()(pl.DataFrame({"problem": ["p"]}))


def test_real_traces_loops_are_loops(shared_data: Path) -> None:
    rows = [json.loads(line) for line in (shared_data / "cot_skyt1_math500.jsonl").open()]
    texts = pl.Series([r["generation"] for r in rows])
    looping = looping_rows(texts, ngram=6, min_repeats=4, min_words=60)
    # Sky-T1 generations that loop are cut off at the length limit and wrong; finished, correct ones rarely loop.
    assert looping.sum() >= 10
    wrong = [not r["correct"] for r, flag in zip(rows, looping) if flag]
    assert sum(wrong) / len(wrong) > 0.8


def test_batch_equals_row_by_row() -> None:
    samples = [row(reasoning=GOOD + " " + LOOP), row(), row(reasoning="the " * 100), row(reasoning=PARAGRAPH)]
    together = Quality(QualityConfig(drop=()))(pl.DataFrame(samples))["quality_flags"].to_list()
    alone = [Quality(QualityConfig(drop=()))(pl.DataFrame([s]))["quality_flags"].to_list()[0] for s in samples]
    assert together == alone


@pytest.mark.parametrize(
    "options",
    [{"drop": ["nope"]}, {"checks": ["loops"]}, {"repetition_min_repeats": 1}, {"cjk_min_chars": 0},
     {"refusal_patterns": ["("]}],
)  # fmt: skip
def test_bad_options(options: dict) -> None:
    with pytest.raises(ConfigError):
        Quality.from_config(options, where="test")


def test_flag_names_are_stable() -> None:
    assert FLAGS == ("truncated", "unfinished", "no_final_answer", "repetition", "language_drift",
                     "malformed_think", "empty_reasoning", "refusal")  # fmt: skip
