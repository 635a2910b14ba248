"""`longcot verify`: exit code, the table users see, the Parquet written."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from longcot.cli import app
from longcot.errors import ConfigError, InputError, SchemaError


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "rows.jsonl"
    rows = [
        {"answer": "204", "generation": r"so \boxed{204}."},
        {"answer": r"\frac{1}{2}", "generation": r"\boxed{0.25}"},
        {"answer": "7", "generation": "<think>so far 7 and"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_verify_writes_parquet_and_prints_table(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "verified.parquet"
    result = CliRunner().invoke(
        app,
        [
            "verify", str(data), "--output", str(out), "--gold-column", "answer",
            "--response-column", "generation", "--workers", "0",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "correct" in result.stderr and "truncated" in result.stderr and "verdict" in result.stderr
    frame = pl.read_parquet(out)
    assert frame["verdict"].to_list() == ["correct", "incorrect", "truncated"]
    assert {"predicted_answer", "verifier", "answer", "generation"} <= set(frame.columns)


def test_missing_column_is_a_schema_error_with_a_hint(data: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["verify", str(data), "--output", str(tmp_path / "o.parquet")])
    assert isinstance(result.exception, SchemaError)
    assert "--gold-column answer" in str(result.exception)


def test_output_must_be_parquet(data: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["verify", str(data), "--output", str(tmp_path / "o.csv")])
    assert isinstance(result.exception, ConfigError)


def _verify(src: Path, out: Path, *extra: str):  # noqa: ANN202 - click Result
    args = ["verify", str(src), "--output", str(out), "--gold-column", "answer", "--response-column", "generation"]
    return CliRunner().invoke(app, [*args, "--workers", "0", *extra])


def _messy(tmp_path: Path) -> Path:
    """Good rows around every kind of bad line (issue 13: verify behaves as `longcot run` does)."""
    lines = [
        json.dumps({"answer": "204", "generation": r"\boxed{204}"}),
        '{"answer": "3", "generation": ',  # bad JSON (cut-off line)
        json.dumps({"answer": "5", "generation": [r"\boxed{5}"]}),  # a list is not a response
        json.dumps({"answer": 7, "generation": r"\boxed{7}"}),  # a number is not a gold answer
        json.dumps({"answer": "9"}),  # no response
        json.dumps({"answer": "2", "generation": r"\boxed{3}"}),
    ]
    path = tmp_path / "messy.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_malformed_lines_go_to_a_rejects_file_and_the_good_rows_are_graded(tmp_path: Path) -> None:
    out = tmp_path / "v.parquet"
    result = _verify(_messy(tmp_path), out)
    assert result.exit_code == 0, result.output
    assert pl.read_parquet(out)["verdict"].to_list() == ["correct", "incorrect"]
    rejects = [json.loads(line) for line in open(tmp_path / "v.rejects.jsonl")]
    assert [(r["line"], r["error"]) for r in rejects] == [
        (2, "bad JSON: Expecting value at column 31"),  # just past the 30 characters of the cut-off line
        (3, "column 'generation' must be a string, got list ['\\\\boxed{5}']"),
        (4, "column 'answer' must be a string, got int 7"),
        (5, "missing required column 'generation'"),
    ]
    assert all(Path(r["file"]).name == "messy.jsonl" for r in rejects)
    assert "4 malformed line(s) not graded" in " ".join(result.stderr.split())


def test_strict_stops_at_the_first_malformed_line(tmp_path: Path) -> None:
    result = _verify(_messy(tmp_path), tmp_path / "v.parquet", "--strict")
    assert isinstance(result.exception, InputError)
    assert "messy.jsonl:2: bad JSON" in str(result.exception) and not (tmp_path / "v.parquet").exists()


def test_a_truncated_gzip_keeps_its_complete_lines(tmp_path: Path) -> None:
    rows = "".join(
        json.dumps({"answer": str(i), "generation": f"so \\boxed{{{i}}} " + "x" * 300}) + "\n" for i in range(100)
    )
    data = gzip.compress(rows.encode())
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: int(len(data) * 0.7)])
    with gzip.open(src) as handle:  # what the file still holds
        complete = 0
        try:
            for _ in handle:
                complete += 1
        except EOFError:
            pass
    result = _verify(src, tmp_path / "v.parquet")
    assert result.exit_code == 0, result.output
    assert complete > 0 and pl.read_parquet(tmp_path / "v.parquet").height >= complete
    (reject,) = [json.loads(line) for line in open(tmp_path / "v.rejects.jsonl")]
    assert "cut off" in reject["error"] and reject["line"] == pl.read_parquet(tmp_path / "v.parquet").height + 1


def test_no_readable_line_is_an_input_error(tmp_path: Path) -> None:
    src = tmp_path / "bin.jsonl"
    src.write_bytes(b"\x00\xff\xfe\n\x01\x02\n")
    result = _verify(src, tmp_path / "v.parquet")
    assert isinstance(result.exception, InputError) and "all 2 were rejected" in str(result.exception)
