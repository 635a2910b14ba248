"""`longcot release diff`, and the quickstart ending in a release through the real `longcot` command, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import yaml
from release_rows import run_folder
from typer.testing import CliRunner

from longcot.cli import app
from longcot.release import build_release
from longcot.release.diff import diff_releases


REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_diff_lists_added_and_removed_rows_with_reasons(workdir: Path, shared_data: Path) -> None:
    run_a = run_folder(workdir, shared_data, n=40, offset=0)
    run_b = run_folder(workdir, shared_data, n=40, offset=20, max_chars=8_000)
    a = build_release(run_a, name="d", version="1.0.0", out=workdir / "a")
    b = build_release(run_b, name="d", version="1.1.0", out=workdir / "b")
    rows_a, rows_b = pl.read_parquet(workdir / "a" / "data"), pl.read_parquet(workdir / "b" / "data")
    diff = diff_releases(workdir / "a", workdir / "b")
    assert diff.key == "request_key"
    keys_a, keys_b = set(rows_a["request_key"]), set(rows_b["request_key"])
    assert set(diff.removed["request_key"]) == keys_a - keys_b and set(diff.added["request_key"]) == keys_b - keys_a
    reasons = diff.reasons()
    too_long = pl.read_parquet(next((run_b / "dropped").glob("*length*"))).filter(pl.col("drop_reason") == "too_long")
    removed_long = diff.removed.filter(pl.col("reason").str.ends_with("length: too_long"))
    assert removed_long.height > 0 and set(removed_long["request_key"]) <= set(too_long["request_key"])
    assert reasons["removed"]["not in B's input"] == len(keys_a - keys_b) - removed_long.height
    assert set(reasons["added"]) == {"new in B's input"}
    assert b.manifest["version_change"]["rows_added"] == diff.added.height
    assert b.manifest["version_change"]["rows_removed"] == diff.removed.height and a.rows == diff.rows_a
    cli = runner.invoke(app, ["release", "diff", str(workdir / "a"), str(workdir / "b"), "--json"])
    assert cli.exit_code == 0, cli.output
    data = json.loads(cli.stdout)
    assert data["added"] == diff.added.height and data["removed"] == diff.removed.height
    assert data["removed_rows"][0]["reason"] and "problem" in data["removed_rows"][0]


def test_quickstart_offline_ends_in_a_release(tmp_path: Path, shared_data: Path) -> None:
    """`longcot run quickstart.yaml --set input=PATH` with LONGCOT_BENCHMARKS_DIR, in a fresh process (README)."""
    rows = [json.loads(line) for line in open(shared_data / "math_train_deepscaler.jsonl")][:12]
    local = tmp_path / "limo.jsonl"
    with open(local, "w") as handle:
        for r in rows:
            solution = "Check every case carefully. " * 10 + f"\nSo the answer is $\\boxed{{{r['answer']}}}$."
            handle.write(json.dumps({"question": r["problem"], "solution": solution, "answer": r["answer"]}) + "\n")
    env = {**os.environ, "LONGCOT_BENCHMARKS_DIR": str(shared_data), "PYTHONPATH": str(REPO / "toolkit")}
    cmd = [sys.executable, "-c", "from longcot.cli import main; main()"]
    run = subprocess.run(
        [*cmd, "run", str(REPO / "recipes" / "pipelines" / "quickstart.yaml"), "--set", f"input={local}"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    release = tmp_path / "runs" / "quickstart" / "release"
    manifest = yaml.safe_load((release / "longcot-manifest.yaml").read_text())
    assert manifest["splits"]["rows"] == 12 and (release / "README.md").exists()
    assert (tmp_path / "releases" / "limo-curated" / "v1.0.0.yaml").exists()
    assert manifest["sources"][0]["path"] == str(local) and manifest["sources"][0]["pinned"]
    verify = subprocess.run([*cmd, "release", "verify", str(release)], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert verify.returncode == 0 and "matches its manifest" in verify.stderr
