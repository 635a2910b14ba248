"""The pinned protocols in recipes/eval/ and the protocol reader."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from longcot.errors import ConfigError
from longcot.evaluation.protocol import load_problems, load_protocol, parse_override, write_student_pass_rates


EVAL = Path(__file__).resolve().parents[2] / "recipes" / "eval"


@pytest.mark.parametrize(
    ("name", "benchmark", "n", "problems"),
    [("aime2024", "aime2024", 64, 30), ("aime2025", "aime2025", 64, 30), ("math500", "math500", 4, 500),
     ("amc2023", "amc2023", 16, 40)],
)  # fmt: skip
def test_pinned_protocols(
    name: str, benchmark: str, n: int, problems: int, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    p = load_protocol(EVAL / f"{name}.yaml")
    assert (p.benchmark, p.n, p.temperature, p.top_p, p.max_new_tokens) == (benchmark, n, 0.6, 0.95, 32_768)
    assert p.dtype == "bfloat16" and p.pinned and p.system_prompt is None
    assert p.prompt("X").startswith("X\n\nPlease reason step by step") and p.prompt("X").endswith("\\boxed{}.")
    assert max(p.ks) == n
    items, origin = load_problems(p.benchmark)
    assert len(items) == problems and origin.endswith(".jsonl")
    assert all(i.gold_answer for i in items)


def test_overrides_are_recorded_and_checked() -> None:
    p = load_protocol(EVAL / "aime2024.yaml", dict([parse_override("n=4"), parse_override("dtype=float32")]))
    assert p.n == 4 and p.overrides == {"n": 4, "dtype": "float32"} and not p.pinned
    assert load_protocol(EVAL / "aime2024.yaml", {"n": 64}).pinned  # same as the file: not an override
    with pytest.raises(ConfigError, match="unknown protocol key 'temprature'"):
        load_protocol(EVAL / "aime2024.yaml", {"temprature": 0.7})
    with pytest.raises(ConfigError, match="dtype must be one of"):
        load_protocol(EVAL / "aime2024.yaml", {"dtype": "fp8"})
    with pytest.raises(ConfigError, match="not key=value"):
        parse_override("n")


def test_student_pass_rate_protocol_takes_problems_from_a_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no benchmark"):
        load_protocol(EVAL / "student-pass-rate.yaml")
    pool = tmp_path / "pool.jsonl"
    pl.DataFrame(
        {"problem_id": ["a", "b", "a"], "problem": ["1+1?", "2+2?", "dup"], "gold_answer": ["2", "4", "2"]}
    ).write_ndjson(pool)
    p = load_protocol(EVAL / "student-pass-rate.yaml", {"benchmark": f"file:{pool}"})
    assert p.pinned  # the YAML leaves the problems to --problems
    items, _ = load_problems(p.benchmark)
    assert [i.problem_id for i in items] == ["a", "b"]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_student_pass_rates_format(tmp_path: Path, suffix: str) -> None:
    rows = [{"problem_id": "a", "pass_rate": 0.25, "n": 8, "correct": 2, "extra": 1}]
    path = write_student_pass_rates(tmp_path / f"rates{suffix}", rows)
    frame = pl.read_parquet(path) if suffix == ".parquet" else pl.read_ndjson(path)
    assert frame.columns == ["problem_id", "pass_rate", "n", "correct"]
    assert frame.row(0) == ("a", 0.25, 8, 2)
