"""dedup method: minhash — near-duplicate problems across tasks; numbers, formulas and answers separate siblings."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from longcot.curation.dispatch import Dedup
from longcot.curation.neardup import MinHashDedup, MinHashDedupConfig
from longcot.errors import ConfigError, SchemaError
from longcot.pipeline import make_pipeline, run_pipeline
from longcot.pipeline.config import build_config
from longcot.pipeline.steps import ExactDedup


BASE = "A bag holds 5 red and 7 blue marbles. Two marbles are drawn without replacement. What is the probability that both are red?"  # noqa: E501


@pytest.mark.parametrize(
    ("other", "merged"),
    [
        (BASE, True),  # identical text, another problem_id
        (BASE.upper(), True),  # case
        (BASE.replace(" ", "   ").replace(". ", ".\n\n"), True),  # whitespace
        (BASE.replace(".", "").replace("?", " ?"), True),  # punctuation
        (BASE.replace("What is", "Find").replace("holds", "contains"), True),  # wording
        (BASE.replace("5 red", "6 red"), False),  # a number changed: another problem
        (BASE.replace("Two marbles", "Three marbles"), False),  # a number word is a number
        ("Compute the number of ways to seat 5 people around a round table.", False),  # unrelated
    ],
)
def test_pairs(other: str, merged: bool) -> None:
    rows = pl.DataFrame({"problem_id": ["a", "b"], "problem": [BASE, other]})
    step = MinHashDedup()
    out = step(rows)
    assert out.height == (1 if merged else 2)
    assert len(step.clusters) == (1 if merged else 0)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Find the value of $x^2 + 1$ when $x = 3$ in the given equation.",
         "Find the value of $x^2 - 1$ when $x = 3$ in the given equation."),  # a formula changed (same numbers)
        ("Let $f(x)$ be an odd function. Is $f(f(x))$ even, odd, or neither?",
         "Let $f(x)$ be an odd function. Is $f(f(f(x)))$ even, odd, or neither?"),  # MATH train's template siblings
    ],
)  # fmt: skip
def test_formula_changes_are_other_problems(first: str, second: str) -> None:
    assert MinHashDedup()(pl.DataFrame({"problem": [first, second]})).height == 2


def test_formula_spacing_and_case_are_the_same_problem() -> None:
    rows = pl.DataFrame({"problem": ["Solve $x^2+1 = 10$ for the positive real $x$.",
                                     "solve $X^2 + 1=10$ for the positive real $x$"]})  # fmt: skip
    assert MinHashDedup()(rows).height == 1


def test_different_gold_answers_are_different_problems() -> None:
    rows = pl.DataFrame(
        {
            "problem": [f"We flip a fair coin 10 times. What is the probability of heads in {q} of the 10 flips?"
                        for q in ("exactly 8", "at least 8")],
            "gold_answer": [r"\dfrac{45}{1024}", r"\frac{7}{128}"],
        }
    )  # fmt: skip
    assert MinHashDedup()(rows).height == 2
    assert MinHashDedup(MinHashDedupConfig(check_answer=False))(rows).height == 1
    same = rows.with_columns(pl.lit(r"\dfrac{7}{128}").alias("gold_answer"))
    assert MinHashDedup()(same).height == 1  # `\dfrac` vs `\frac` is notation


def test_keeps_best_sample_group() -> None:
    rows = pl.DataFrame(
        {
            "problem_id": ["p1", "p1", "p2", "p2", "p2", "p3"],
            "problem": [BASE, BASE, BASE.upper(), BASE.upper(), BASE.upper(), BASE.lower()],
            "verdict": ["correct", "incorrect", "correct", "correct", "incorrect", "incorrect"],
        }
    )
    step = MinHashDedup()
    out = step(rows)
    assert out["problem_id"].to_list() == ["p2", "p2", "p2"]  # most correct samples
    assert dict(step.stats.dropped) == {"near_duplicate": 3}
    (cluster,) = step.clusters
    assert cluster["kept"]["key"] == "p2" and {m["key"] for m in cluster["merged"]} == {"p1", "p3"}


def test_empty_and_null_problems() -> None:
    assert MinHashDedup()(pl.DataFrame({"problem": []}, schema={"problem": pl.String})).height == 0
    out = MinHashDedup()(pl.DataFrame({"problem": [None, "", "x", "😀 ∑ é"]}, schema={"problem": pl.String}))
    assert out.height >= 3  # null and empty are one key, never a crash


def test_missing_column() -> None:
    with pytest.raises(SchemaError, match="dedup \\(minhash\\) needs `problem`"):
        MinHashDedup()(pl.DataFrame({"completion": ["x"]}))


def test_yaml_type_dedup_dispatches_on_method() -> None:
    assert type(Dedup.from_config({}, where="t")) is ExactDedup
    assert type(Dedup.from_config({"method": "exact", "columns": ["problem"]}, where="t")) is ExactDedup
    assert type(Dedup.from_config({"method": "minhash", "threshold": 0.8}, where="t")) is MinHashDedup
    with pytest.raises(ConfigError, match="method must be exact or minhash"):
        Dedup.from_config({"method": "fuzzy"}, where="t")
    with pytest.raises(ConfigError, match="unknown option 'max_per_key'"):
        Dedup.from_config({"method": "minhash", "max_per_key": 2}, where="t")
    config = build_config({"input": "x.jsonl", "output": "o", "steps": [{"type": "dedup"}]})
    assert config.steps[0].config_dict() == {"type": "dedup", "columns": ("problem",), "max_per_key": 1}  # unchanged


def test_global_across_tasks_writes_clusters(tmp_path: Path) -> None:
    problems = [BASE, BASE.upper(), BASE.replace("5 red", "6 red"), "Compute 2 + 3 and then double the result please.",
                "compute 2 + 3, and then DOUBLE the result, please"]  # fmt: skip
    folder = tmp_path / "in"
    folder.mkdir()
    for shard in range(2):  # near-copies in different shards: only a global step can see both
        with open(folder / f"part-{shard}.jsonl", "w") as handle:
            for i, problem in enumerate(problems):
                if i % 2 == shard:
                    for sample in range(2):
                        handle.write(
                            json.dumps({"problem_id": f"p{i}", "problem": problem, "sample_index": sample}) + "\n"
                        )
    config = build_config(
        {
            "input": str(folder),
            "output": str(tmp_path / "out"),
            "steps": [{"type": "dedup", "method": "minhash"}],
            "executor": {"tasks": 2, "workers": 2},
        }
    )
    result = run_pipeline(config)
    out = pl.read_parquet(tmp_path / "out" / "data" / "*.parquet")
    assert sorted(set(out["problem_id"])) == ["p0", "p2", "p3"]
    assert dict(result.funnel[1].dropped) == {"near_duplicate": 4}
    clusters = [json.loads(line) for line in (tmp_path / "out" / "global" / "01-dedup" / "clusters.jsonl").open()]
    assert sorted((c["kept"]["key"], [m["key"] for m in c["merged"]]) for c in clusters) == [
        ("p0", ["p1"]), ("p3", ["p4"])
    ]  # fmt: skip


def test_math_train_siblings_stay(shared_data: Path) -> None:
    rows = [json.loads(line) for line in (shared_data / "math_train_deepscaler.jsonl").open()][:3000]
    frame = pl.DataFrame({"problem": [r["problem"] for r in rows], "gold_answer": [r["answer"] for r in rows]})
    step = MinHashDedup()
    out = step(frame)
    assert frame.height - out.height <= 0.01 * frame.height


def test_python_pipeline(tmp_path: Path) -> None:
    problems = [BASE, BASE.lower(), BASE.replace(".", ""), "x y z"]  # without problem_id, the same text is one group
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"problem": p}) + "\n" for p in problems))
    result = run_pipeline(make_pipeline(str(tmp_path / "in.jsonl"), [MinHashDedup()], str(tmp_path / "out")))
    assert result.rows_out == 3  # the two-row group is kept over the one-row near-copy


@pytest.mark.parametrize(
    ("first", "second", "merged", "merged_by_words_alone"),
    [
        (
            r"Find $\cot (-67^\circ).$",
            r"determine $\cot (-67^\circ)$.",
            True,
            False,
        ),  # few words: the formula carries it
        (r"Compute $\sqrt{(31)(30)(29)(28)+1}$.", r"Evaluate $\sqrt{(31)(30)(29)(28) + 1}$", True, True),
        (r"Find $\cot (-67^\circ).$", r"Find $\tan (-67^\circ).$", False, False),  # another formula
        (r"Find $\cot (-67^\circ).$", r"Find $\cot (-68^\circ).$", False, False),  # another number
        (
            "Find $x$.",
            "Prove that $x$ is odd, then find all such values.",
            False,
            False,
        ),  # a short formula is not enough
    ],
)
def test_same_formula_candidates(first: str, second: str, merged: bool, merged_by_words_alone: bool) -> None:
    rows = pl.DataFrame({"problem": [first, second]})
    assert MinHashDedup()(rows).height == (1 if merged else 2)
    words_only = MinHashDedup(MinHashDedupConfig(formula_threshold=None))
    assert words_only(rows).height == (1 if merged_by_words_alone else 2)


def test_radius_and_center_of_one_circle_stay_apart_by_answer() -> None:
    rows = pl.DataFrame(
        {
            "problem": [
                f"Find the {what} of the circle with equation $9x^2-18x+9y^2+36y+44=0.$"
                for what in ("radius", "center")
            ],
            "gold_answer": [r"\frac{1}{3}", "(1,-2)"],
        }
    )
    assert MinHashDedup()(rows).height == 2
