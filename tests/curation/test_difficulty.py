"""difficulty: one pass rate per problem over every judged sample, across datatrove tasks."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from longcot.curation.difficulty import (
    Difficulty,
    DifficultyConfig,
    pass_rates_from_verdicts,
    read_pass_rates,
    write_pass_rates,
)
from longcot.errors import ConfigError, InputError, SchemaError
from longcot.pipeline import make_pipeline, run_pipeline
from longcot.pipeline.run import apply_steps


def rows(spec: dict[str, list[str]]) -> list[dict]:
    """`{problem_id: [verdict, ...]}` → one row per sample."""
    out = []
    for pid, verdicts in spec.items():
        for i, verdict in enumerate(verdicts):
            out.append({"problem_id": pid, "problem": f"problem {pid}", "sample_index": i, "verdict": verdict,
                        "completion": f"answer {i}"})  # fmt: skip
    return out


SAMPLES = rows(
    {
        "all": ["correct"] * 4,  # every sample solves it
        "none": ["incorrect", "no_answer", "truncated", "incorrect"],  # none does
        "half": ["correct", "incorrect", "correct", "incorrect"],
        "quarter": ["correct", "incorrect", "incorrect", "incorrect"],
        "ungradable": ["gold_unparseable", "timeout"],  # no judged sample
        "mixed": ["correct", "timeout", "incorrect", "gold_unparseable"],  # 1 of 2 judged
    }
)


@pytest.mark.parametrize(
    ("options", "kept", "dropped"),
    [
        ({}, {"all", "none", "half", "quarter", "mixed"}, {"unjudged": 2}),  # default band keeps every judged one
        ({"keep_unjudged": True}, {"all", "none", "half", "quarter", "mixed", "ungradable"}, {}),
        ({"drop_solved": True, "drop_unsolved": True}, {"half", "quarter", "mixed"},
         {"unjudged": 2, "solved_by_all": 4, "unsolved": 4}),
        ({"min": 0.3, "max": 0.6}, {"half", "mixed"}, {"unjudged": 2, "too_hard": 8, "too_easy": 4}),
        ({"min_samples": 3}, {"all", "none", "half", "quarter"}, {"unjudged": 6}),  # mixed has 2 judged
    ],
)  # fmt: skip
def test_band(options: dict, kept: set[str], dropped: dict[str, int]) -> None:
    step = Difficulty.from_config(options, where="test")
    out = step(pl.DataFrame(SAMPLES))
    assert set(out["problem_id"]) == kept
    assert dict(step.stats.dropped) == dropped


def test_pass_rate_values() -> None:
    out = apply_steps(pl.DataFrame(SAMPLES), [Difficulty(DifficultyConfig(keep_unjudged=True))])
    rates = dict(out.group_by("problem_id").agg(pl.col("pass_rate").first()).iter_rows())
    assert rates == {"all": 1.0, "none": 0.0, "half": 0.5, "quarter": 0.25, "mixed": 0.5, "ungradable": None}


def test_groups_by_text_without_problem_id() -> None:
    frame = (
        pl.DataFrame(SAMPLES)
        .drop("problem_id")
        .with_columns(
            pl.when(pl.col("sample_index") == 0)
            .then(pl.col("problem").str.to_uppercase() + "  ")
            .otherwise(pl.col("problem"))
        )
    )  # case and spacing are the same problem
    out = Difficulty()(frame)
    assert out.filter(pl.col("problem").str.to_lowercase().str.strip_chars() == "problem half")[
        "pass_rate"
    ].unique().to_list() == [0.5]


def test_missing_verdict_names_the_step_to_run() -> None:
    with pytest.raises(SchemaError, match=r"difficulty needs `verdict`: run `verify` first"):
        Difficulty()(pl.DataFrame({"problem": ["x"]}))


def _write_shards(folder: Path, samples: list[dict], shards: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for shard in range(shards):
        with open(folder / f"part-{shard}.jsonl", "w") as handle:
            for row in samples[shard::shards]:  # every problem's samples spread over all shards
                handle.write(json.dumps(row) + "\n")


def test_global_across_tasks_on_local_executor(tmp_path: Path) -> None:
    _write_shards(tmp_path / "in", SAMPLES, 2)
    step = Difficulty(DifficultyConfig(min=0.3, max=0.6))
    config = make_pipeline(str(tmp_path / "in"), [step], str(tmp_path / "out"), tasks=2, workers=2)
    result = run_pipeline(config)
    out = pl.read_parquet(tmp_path / "out" / "data" / "*.parquet")
    assert sorted(set(out["problem_id"])) == ["half", "mixed"]
    assert set(out["pass_rate"]) == {0.5}  # the same rate as in one frame: the rates are global
    assert result.tasks_completed == 2
    funnel = {s.step: s for s in result.funnel}
    assert funnel["difficulty"].rows_in == len(SAMPLES)
    assert dict(funnel["difficulty"].dropped) == {"unjudged": 2, "too_hard": 8, "too_easy": 4}
    rates = read_pass_rates(tmp_path / "out" / "global" / "01-difficulty" / "pass_rates.parquet")
    assert dict(rates.select("problem_id", "pass_rate").iter_rows()) == {
        "all": 1.0, "none": 0.0, "half": 0.5, "quarter": 0.25, "mixed": 0.5
    }  # fmt: skip
    assert not (tmp_path / "out" / "global" / "01-difficulty" / "rows").exists()  # cleaned after the run
    dropped = pl.read_parquet(tmp_path / "out" / "dropped" / "difficulty" / "*.parquet")
    assert dropped.height == 14 and "_lc_row" not in dropped.columns
    # A rerun resumes: every stage is complete, nothing changes.
    again = run_pipeline(config)
    assert again.rows_out == result.rows_out


def test_student_pass_rates_file(tmp_path: Path) -> None:
    student = pl.DataFrame({"problem_id": ["all", "half"], "pass_rate": [0.0, 0.75], "n": [4, 4], "correct": [0, 3]})
    path = write_pass_rates(student, tmp_path / "student.jsonl")
    step = Difficulty(DifficultyConfig(pass_rates=str(path), max=0.5))
    assert not step.is_global()
    frame = pl.DataFrame(SAMPLES).drop("verdict")  # the student's rates need no verdicts
    out = step(frame)
    assert set(out["problem_id"]) == {"all"} and set(out["pass_rate"]) == {0.0}
    assert dict(step.stats.dropped) == {"too_easy": 4, "unjudged": 14}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([{"problem_id": "a", "pass_rate": 0.5, "n": 2}], "has no column 'correct'"),
        ([{"problem_id": "a", "pass_rate": 1.5, "n": 2, "correct": 3}], r":1: pass_rate outside \[0, 1\]"),
        ([{"problem_id": "a", "pass_rate": 0.5, "n": 4, "correct": 1}], r":1: pass_rate != correct / n"),
        ([{"problem_id": "a", "pass_rate": 0.5, "n": 2, "correct": 1}] * 2, r":1: a repeated problem_id"),
        ([{"problem_id": None, "pass_rate": 0.5, "n": 2, "correct": 1}], r":1: a null value"),
    ],
)
def test_bad_pass_rates_file(tmp_path: Path, lines: list[dict], message: str) -> None:
    path = tmp_path / "rates.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with pytest.raises(InputError, match=message):
        read_pass_rates(path)


def test_pass_rates_roundtrip_parquet(tmp_path: Path) -> None:
    rates = pass_rates_from_verdicts(pl.DataFrame(SAMPLES)).filter(pl.col("n") > 0).sort("problem_id")
    back = read_pass_rates(write_pass_rates(rates, tmp_path / "r.parquet"))
    assert back.equals(rates)


@pytest.mark.parametrize("options", [{"min": 0.7, "max": 0.2}, {"max": 1.5}, {"min_samples": 0}, {"group_by": "x"}])
def test_bad_options(options: dict) -> None:
    with pytest.raises(ConfigError):
        Difficulty.from_config(options, where="test")


def test_null_and_unknown_verdicts_are_not_judged() -> None:
    frame = pl.DataFrame(
        {"problem_id": ["a"] * 4, "problem": ["p"] * 4, "verdict": ["correct", None, "timeout", "incorrect"]}
    )
    out = Difficulty()(frame)
    assert out["pass_rate"].to_list() == [0.5] * 4
