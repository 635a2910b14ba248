"""issue 13: `longcot contamination-check` reads bad input as `longcot run` does (rejects file, count, --strict)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from longcot.cli import app
from longcot.errors import InputError, SchemaError


@pytest.fixture
def bench(shared_data: Path) -> list[str]:
    return ["--benchmark-file", f"aime2024={shared_data / 'aime_2024.jsonl'}"]


@pytest.fixture
def aime_problem(shared_data: Path) -> str:
    return json.loads(open(shared_data / "aime_2024.jsonl").readline())["problem"]


def _cli(*args: str):  # noqa: ANN202 - click Result
    return CliRunner().invoke(app, ["contamination-check", *args])


def test_bad_lines_are_set_aside_and_the_good_rows_checked(tmp_path: Path, bench: list[str], aime_problem: str):
    lines = [
        json.dumps({"id": "a", "problem": "What is 1+1?"}),
        '{"id": "b", "problem": "cut off',
        json.dumps({"id": "c", "problem": "fine", "completion": ["a list", aime_problem]}),  # not text
        json.dumps({"id": "d", "problem": 12}),  # a number is not a problem text
        json.dumps({"id": "e", "problem": "Note. " + aime_problem}),
    ]
    src = tmp_path / "train.jsonl"
    src.write_text("\n".join(lines) + "\n")
    report = tmp_path / "report.jsonl"
    res = _cli(str(src), *bench, "--report", str(report), "--json")
    assert res.exit_code == 1, res.output  # row e is contaminated; the rejects do not hide it
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    assert (summary["rows"], summary["rows_flagged"], summary["rows_rejected"]) == (2, 1, 3)
    rejects = [json.loads(line) for line in open(tmp_path / "report.rejects.jsonl")]
    assert [r["line"] for r in rejects] == [2, 3, 4]
    assert rejects[0]["error"].startswith("bad JSON: Unterminated string starting at column 24")  # its opening quote
    assert rejects[1]["error"].startswith("column 'completion' must be a string, got list ['a list'")
    assert rejects[2]["error"] == "column 'problem' must be a string, got int 12"
    assert summary["rejects"] == str(tmp_path / "report.rejects.jsonl")
    assert "3 malformed line(s) not checked" in " ".join(res.stderr.split())


def test_strict_stops_at_the_first_malformed_line(tmp_path: Path, bench: list[str]) -> None:
    src = tmp_path / "train.jsonl"
    src.write_text('{"problem": "ok"}\n{"problem": [1, 2]}\n')
    res = _cli(str(src), *bench, "--strict")
    assert isinstance(res.exception, InputError)
    assert "train.jsonl:2: column 'problem' must be a string, got list" in str(res.exception)


def test_a_truncated_gzip_keeps_its_complete_lines(tmp_path: Path, bench: list[str]) -> None:
    rows = "".join(json.dumps({"id": str(i), "problem": f"problem {i} " + "words " * 60}) + "\n" for i in range(200))
    data = gzip.compress(rows.encode())
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: int(len(data) * 0.7)])
    res = _cli(str(src), *bench, "--json", "--rejects", str(tmp_path / "r.jsonl"))
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    assert summary["rows"] > 0 and summary["rows_rejected"] == 1
    (reject,) = [json.loads(line) for line in open(tmp_path / "r.jsonl")]
    assert reject["line"] == summary["rows"] + 1 and "cut off" in reject["error"]


def test_a_parquet_text_column_of_another_type_is_a_schema_error(tmp_path: Path, bench: list[str]) -> None:
    src = tmp_path / "train.parquet"
    pl.DataFrame({"problem": ["ok"], "completion": [[1, 2]]}).write_parquet(src)
    res = _cli(str(src), *bench)
    assert isinstance(res.exception, SchemaError) and "column 'completion'" in str(res.exception)


def test_no_readable_line_is_an_input_error(tmp_path: Path, bench: list[str]) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"\x00\x01\xff\n")
    res = _cli(str(src), *bench, "--rejects", str(tmp_path / "r.jsonl"))
    assert isinstance(res.exception, InputError) and "all 1 were rejected" in str(res.exception)
