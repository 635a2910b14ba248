"""stats: numbers, PNG plots a card embeds (same data, same bytes), and the `longcot stats` command."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from longcot.cli import app
from longcot.curation.stats import compute_stats, render_stats, write_plots
from longcot.errors import InputError


def frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "problem_id": ["a", "a", "b", "c", "c", "c"],
            "problem": ["pa", "pa", "pb", "pc", "pc", "pc"],
            "subject": ["algebra", "algebra", "geometry", None, None, None],
            "teacher": ["openai:o3", "anthropic:claude", "openai:o3", "openai:o3", "deepseek:r1", "deepseek:r1"],
            "student_tokens": [100, 300, 200, 400, None, 600],
            "pass_rate": [0.5, 0.5, 1.0, 0.25, 0.25, 0.25],
            "verdict": ["correct", "incorrect", "correct", "correct", "incorrect", "no_answer"],
            "quality_flags": [[], ["repetition"], [], ["empty_reasoning", "repetition"], [], None],
        }
    )


def test_compute_stats() -> None:
    stats = compute_stats(frame())
    assert stats["rows"] == 6 and stats["problems"] == 3
    assert stats["student_tokens"] == {"count": 5, "min": 100.0, "p50": 300.0, "mean": 320.0, "p90": 600.0,
                                       "p99": 600.0, "max": 600.0, "sum": 1600.0}  # fmt: skip
    assert stats["pass_rate"]["count"] == 3  # one per problem, not per sample
    assert stats["pass_rate"]["mean"] == pytest.approx((0.5 + 1.0 + 0.25) / 3, abs=1e-4)
    assert stats["teachers"] == {"openai:o3": 3, "deepseek:r1": 2, "anthropic:claude": 1}
    assert stats["subjects"] == {"(none)": 3, "algebra": 2, "geometry": 1}
    assert stats["quality_flags"] == {"repetition": 2, "empty_reasoning": 1}
    json.dumps(stats)  # JSON-ready


def test_compute_stats_on_sparse_frames() -> None:
    assert compute_stats(pl.DataFrame())["rows"] == 0
    stats = compute_stats(pl.DataFrame({"completion": ["x"]}))
    assert stats["student_tokens"] == {"count": 0} and stats["teachers"] == {}


def test_write_plots_names_and_bytes(tmp_path: Path) -> None:
    plots = write_plots(frame(), tmp_path / "a")
    assert sorted(plots) == ["pass_rate", "student_tokens", "subjects", "teachers"]
    for path in plots.values():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    again = write_plots(frame(), tmp_path / "b")
    assert {k: p.read_bytes() for k, p in plots.items()} == {k: p.read_bytes() for k, p in again.items()}


def test_write_plots_skips_absent_columns(tmp_path: Path) -> None:
    assert write_plots(pl.DataFrame({"teacher": ["x"]}), tmp_path) == {"teachers": tmp_path / "teachers.png"}
    assert write_plots(pl.DataFrame({"student_tokens": [None]}, schema={"student_tokens": pl.Int64}), tmp_path) == {}


def test_render_stats() -> None:
    import io

    from rich.console import Console

    buffer = io.StringIO()
    render_stats(compute_stats(frame()), console=Console(file=buffer, width=100, force_terminal=False), title="t")
    text = buffer.getvalue()
    assert "t: 6 rows, 3 problems" in text and "student_tokens" in text and "openai:o3" in text


def test_cli_stats_on_a_run_folder(tmp_path: Path) -> None:
    run = tmp_path / "run"
    (run / "data").mkdir(parents=True)
    (run / "pipeline.json").write_text("{}")
    frame().write_parquet(run / "data" / "train-00000-of-00001.parquet")
    result = CliRunner().invoke(app, ["stats", str(run), "--out", str(tmp_path / "card"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == 6
    assert sorted(p.name for p in (tmp_path / "card").iterdir()) == [
        "pass_rate.png", "stats.json", "student_tokens.png", "subjects.png", "teachers.png"
    ]  # fmt: skip


def test_cli_stats_on_a_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in frame().drop("quality_flags").to_dicts()))
    result = CliRunner().invoke(app, ["stats", str(path)])
    assert result.exit_code == 0
    assert "6 rows, 3 problems" in " ".join(result.output.split())


def test_cli_stats_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["stats", str(tmp_path / "nope.parquet")])
    assert isinstance(result.exception, InputError)
