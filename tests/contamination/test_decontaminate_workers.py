"""The decontaminate step in executor workers: what it was built with travels with it."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import polars as pl
import pytest

from longcot.contamination import Decontaminate, DecontaminateConfig


def test_benchmarks_dir_is_read_where_the_step_is_built(monkeypatch: pytest.MonkeyPatch, shared_data: Path) -> None:
    # A worker forked from a forkserver started earlier does not see later environment changes.
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    step = Decontaminate(DecontaminateConfig(benchmarks=("aime2024",)))
    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR")
    clone = pickle.loads(pickle.dumps(step))
    problem = (shared_data / "aime_2024.jsonl").read_text().splitlines()[0]
    out = clone(pl.DataFrame({"problem": [json.loads(problem)["problem"], "What is 1 + 1?"]}))
    assert out["problem"].to_list() == ["What is 1 + 1?"]
    assert clone.stats.dropped == {"aime2024": 1}
