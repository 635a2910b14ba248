"""The Python side: compose with make_pipeline, and every docstring example in the core runs."""

from __future__ import annotations

import doctest
import importlib
import json
from pathlib import Path

import pytest

from longcot.errors import ConfigError
from longcot.io import read_frame
from longcot.pipeline import make_pipeline, run_pipeline
from longcot.pipeline.steps import ExactDedup, LengthFilter, LengthFilterConfig, SplitThinking


def test_make_pipeline_runs_like_yaml(tmp_path: Path) -> None:
    src = tmp_path / "traces.jsonl"
    rows = [{"q": "p1", "gen": "<think>x</think>answer one"}, {"q": "p1", "gen": "dup"}, {"q": "p2", "gen": "<think>"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    config = make_pipeline(
        str(src),
        [SplitThinking(), ExactDedup(), LengthFilter(LengthFilterConfig(min=1))],
        str(tmp_path / "out"),
        columns={"problem": "q", "completion": "gen"},
        tasks=2,
    )
    result = run_pipeline(config)
    assert read_frame(tmp_path / "out" / "data").select("problem", "completion").rows() == [("p1", "answer one")]
    assert {s.step: dict(s.dropped) for s in result.funnel} == {
        "read": {}, "split_thinking": {}, "dedup": {"duplicate": 1}, "length": {"empty": 1}, "write": {},
    }  # fmt: skip


@pytest.mark.parametrize(("env", "shown"), [(None, False), ("1", True)])
def test_python_run_keeps_the_executor_stats_off_stderr(
    env: str | None, shown: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script's own loguru handler gets none of the executor's INFO/SUCCESS lines (the stats table is in
    logs/ and the funnel says it in rows); LONGCOT_DATATROVE_LOGS=1 keeps them, and the caller's logging works
    after the run. Worker processes (workers 2), so the parent's handlers are the caller's."""
    from loguru import logger

    if env:
        monkeypatch.setenv("LONGCOT_DATATROVE_LOGS", env)
    src = tmp_path / "traces.jsonl"
    src.write_text("".join(json.dumps({"q": f"p{i}", "gen": "answer"}) + "\n" for i in range(4)))
    config = make_pipeline(
        str(src),
        [ExactDedup()],
        str(tmp_path / "out"),
        columns={"problem": "q", "completion": "gen"},
        tasks=2,
        workers=2,
    )
    records: list[str] = []
    sink = logger.add(lambda m: records.append(m.record["name"] or ""), level="DEBUG")
    try:
        run_pipeline(config)
        logger.info("after the run")
    finally:
        logger.remove(sink)
    assert any(name.startswith("datatrove.executor") for name in records) is shown
    assert records[-1] == __name__


def test_make_pipeline_rejects_unknown_executor_options() -> None:
    with pytest.raises(ConfigError, match=r"unknown key executor \(local\).partition"):
        make_pipeline("x.jsonl", [], "out", partition="gpu")


@pytest.mark.parametrize(
    "module",
    ["longcot.io", "longcot.records", "longcot.pipeline", "longcot.pipeline.base", "longcot.pipeline.steps",
     "longcot.pipeline.config", "longcot.pipeline.run", "longcot.pipeline.registry"],
)  # fmt: skip
def test_docstring_examples(module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
