"""Built-in steps and the Filter base: each drop has a reason, and dropped rows are kept aside."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from longcot.errors import ConfigError, SchemaError
from longcot.pipeline import Filter, Processor, get_processor
from longcot.pipeline.steps import (
    ExactDedup,
    ExactDedupConfig,
    LengthFilter,
    LengthFilterConfig,
    Select,
    SelectConfig,
    SplitThinking,
    Where,
    WhereConfig,
)


class ListSink:
    def __init__(self) -> None:
        self.frames: list[pl.DataFrame] = []

    def write(self, frame: pl.DataFrame) -> None:
        self.frames.append(frame)


@pytest.mark.parametrize(
    ("config", "rows", "kept", "dropped"),
    [
        (LengthFilterConfig(min=3, max=5), ["ab", "abc", "abcdef", ""], ["abc"],
         {"too_short": 1, "too_long": 1, "empty": 1}),
        (LengthFilterConfig(min=0), ["", "a"], ["a"], {"empty": 1}),  # empty always counts as empty
        (LengthFilterConfig(min=1, max=None), ["a" * 100_000], ["a" * 100_000], {}),  # no upper bound
    ],
)  # fmt: skip
def test_length_filter_on_characters(config, rows, kept, dropped) -> None:  # type: ignore[no-untyped-def]
    step = LengthFilter(config)
    out = step(pl.DataFrame({"completion": rows}))
    assert out["completion"].to_list() == kept
    assert dict(step.stats.dropped) == dropped


def test_length_filter_on_token_column_and_truncation() -> None:
    step = LengthFilter(LengthFilterConfig(column="student_tokens", min=10, max=100))
    frame = pl.DataFrame({"student_tokens": [5, 50, 500, 50], "finish_reason": ["stop", "stop", "stop", "length"]})
    out = step(frame)
    assert out["student_tokens"].to_list() == [50]
    assert dict(step.stats.dropped) == {"too_short": 1, "too_long": 1, "truncated": 1}


def test_length_filter_config_is_validated() -> None:
    with pytest.raises(ConfigError, match=r"need 0 <= min <= max, got min=10, max=5"):
        LengthFilterConfig(min=10, max=5)


def test_where_uses_sql_not_python() -> None:
    step = Where(WhereConfig(keep="level IN ('4', '5') AND n > 1", reason="easy"))
    out = step(pl.DataFrame({"level": ["1", "4", "5", None], "n": [2, 2, 0, 3]}))
    assert out.to_dicts() == [{"level": "4", "n": 2}]
    assert step.stats.dropped == {"easy": 3}
    with pytest.raises(ConfigError, match=r"cannot parse keep="):
        WhereConfig(keep="__import__('os').system('echo pwned')")


def test_dedup_is_normalised_and_spans_batches() -> None:
    step = ExactDedup(ExactDedupConfig(columns=("problem",), max_per_key=2))
    first = step(pl.DataFrame({"problem": ["What  is 1+1?", "what is 1+1?", "other"]}))
    second = step(pl.DataFrame({"problem": ["WHAT IS 1+1? ", "new"]}))
    assert first["problem"].to_list() == ["What  is 1+1?", "what is 1+1?", "other"]
    assert second["problem"].to_list() == ["new"]
    assert step.stats.dropped == {"duplicate": 1}


@pytest.mark.parametrize(
    ("raw", "reasoning", "completion", "source"),
    [
        ("<think>let me see</think>\nSo \\boxed{2}.", "let me see", "So \\boxed{2}.", "native"),  # R1 / QwQ
        ("<|begin_of_thought|>\nhmm\n<|end_of_thought|>\n<|begin_of_solution|>\nx=2\n<|end_of_solution|>",
         "hmm", "x=2", "native"),  # Sky-T1 / Bespoke
        ("plain answer \\boxed{3}", None, "plain answer \\boxed{3}", "absent"),  # no tags
        ("<think>cut off mid-thought", "cut off mid-thought", "", "native"),  # truncated: no solution
        ("<think>a</think>b</think>c", "a", "b</think>c", "native"),  # first close wins
    ],
)  # fmt: skip
def test_split_thinking(raw: str, reasoning: str | None, completion: str, source: str) -> None:
    out = SplitThinking()(pl.DataFrame({"completion": [raw]}))
    assert out.row(0, named=True) == {"completion": completion, "reasoning": reasoning, "reasoning_source": source}


def test_select_keeps_and_renames_and_names_missing() -> None:
    out = Select(SelectConfig(columns=("a", "b"), rename={"b": "c"}))(pl.DataFrame({"a": [1], "b": [2], "z": [0]}))
    assert out.columns == ["a", "c"]
    with pytest.raises(SchemaError, match=r"keeps column 'q'"):
        Select(SelectConfig(columns=("q",)))(pl.DataFrame({"a": [1]}))


def test_filter_sends_dropped_rows_with_reason_to_sink() -> None:
    class Odd(Filter):
        name = "odd"

        def rules(self) -> dict[str, pl.Expr]:
            return {"odd": pl.col("n") % 2 == 1, "big": pl.col("n") > 3}

    step, sink = Odd(), ListSink()
    step.drop_sink = sink
    out = step(pl.DataFrame({"n": [1, 2, 3, 4, None]}))
    assert out["n"].to_list() == [2, None]  # a null in a rule never drops
    dropped = pl.concat(sink.frames)
    assert_frame_equal(
        dropped,
        pl.DataFrame({"n": [1, 3, 4], "drop_reason": ["odd", "odd", "big"], "drop_step": ["odd", "odd", "odd"]}),
    )
    assert (step.stats.rows_in, step.stats.rows_out, dict(step.stats.dropped)) == (5, 2, {"odd": 2, "big": 1})


def test_processor_checks_needed_columns_before_processing() -> None:
    class NeedsGold(Processor):
        name = "needs_gold"
        needs = ("gold_answer",)

        def process(self, batch: pl.DataFrame) -> pl.DataFrame:
            raise AssertionError("must not run")

    with pytest.raises(SchemaError, match=r"step 'needs_gold' needs column 'gold_answer'"):
        NeedsGold()(pl.DataFrame({"problem": ["p"]}))


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("length", {"maxx": 3}, r"unknown option 'maxx' for step 'length'"),
        ("length", {"min": -1}, r"need 0 <= min <= max"),
        ("nope", {}, r"unknown step type 'nope'"),
        ("os:system", {}, r"resolves to .* not a longcot Processor"),
        ("no_such_module:Thing", {}, r"cannot be imported"),
    ],
)
def test_from_config_errors_name_step_and_key(name: str, options: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        get_processor(name, where="p.yaml, step 1").from_config(options, where="p.yaml, step 1")
