"""recipes/runs/smoke.sh: every stage end to end on CPU, offline and keyless; non-zero when a stage fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest


REPO = Path(__file__).resolve().parents[2]
SMOKE = REPO / "recipes" / "runs" / "smoke.sh"

pytest.importorskip("trl")


def run_smoke(work: Path, shared: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SMOKE_DIR": str(work), "LONGCOT_SHARED_DATA": str(shared), "PYTHON": sys.executable}
    return subprocess.run(["bash", str(SMOKE)], env=env, capture_output=True, text=True, timeout=1500)


@pytest.mark.timeout(1600)
def test_smoke_run_passes_every_stage(shared_data: Path, tmp_path: Path) -> None:
    done = run_smoke(tmp_path / "smoke", shared_data)
    assert done.returncode == 0, done.stderr[-4000:]
    work = tmp_path / "smoke"
    assert "every stage passed" in done.stderr
    assert pl.read_parquet(work / "samples.parquet").height == 24  # 12 problems x 2 samples, over HTTP
    assert (work / "release" / "longcot-manifest.yaml").exists()
    manifest = json.loads((work / "sft" / "run_manifest.json").read_text())
    assert manifest["release"]["name"] == "smoke" and manifest["release"]["version"] == "v0.1.0"
    results = json.loads((work / "eval" / "eval_results.json").read_text())
    assert results["problems"] == 3 and results["n"] == 2 and results["protocol"]["pinned"] is False
    assert pl.read_parquet(work / "pass_rates.parquet").columns == ["problem_id", "pass_rate", "n", "correct"]
    assert "sk-smoke" not in (work / "release" / "longcot-manifest.yaml").read_text()


def test_smoke_run_fails_loudly_naming_the_stage(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = run_smoke(tmp_path / "smoke", tmp_path / "empty")
    assert done.returncode != 0
    assert 'stage "problems' in done.stderr and "FAILED" in done.stderr
