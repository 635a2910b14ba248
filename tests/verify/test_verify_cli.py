"""`longcot verify`: exit code, the table users see, the Parquet written."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from longcot.cli import app
from longcot.errors import ConfigError, SchemaError


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
