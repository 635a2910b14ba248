"""The same pipeline on a real Ray instance and a real Slurm cluster matches the local executor.

Each engine runs read → split_thinking → dedup → length → Parquet over 4 JSONL files (4 tasks) and must
give the local executor's rows (as a multiset), dropped rows, rejects and funnel, with every completion
marker written. Ray starts in-process (`ray.init(num_cpus=2)`); Slurm needs a cluster whose nodes see
this machine's /tmp, e.g. the single-node one `bash .ci/slurm-up.sh` starts (as root).

An engine that is not there is skipped with the reason (`pytest -rs` lists them); set
`LONGCOT_REQUIRE_ENGINES=ray,slurm` (CI, once the engines are up) to fail instead of skipping.
`LONGCOT_SLURM_PARTITION` picks the partition (default `debug`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from longcot.errors import LongcotError
from longcot.pipeline.config import PipelineConfig, build_config
from longcot.pipeline.run import RunResult, collect_funnel, run_pipeline


TASKS = 4
PARTITION = os.environ.get("LONGCOT_SLURM_PARTITION", "debug")


def _unavailable(engine: str, reason: str) -> None:
    """Skip (or fail, when CI says the engine must be there) with the reason."""
    required = {e.strip() for e in os.environ.get("LONGCOT_REQUIRE_ENGINES", "").split(",")}
    if engine in required:
        pytest.fail(f"{engine} is required (LONGCOT_REQUIRE_ENGINES) but unavailable: {reason}")
    pytest.skip(f"{engine} unavailable: {reason}")


#: How long the Slurm tests wait for a node another job holds (`alloc`, `comp`) to free up.
SLURM_BUSY_WAIT_S = 180.0


def _slurm_problem() -> str | None:
    """Why Slurm cannot run jobs here, or None when a node of the partition is idle.

    A node that is busy with another job (an earlier test's, or another checkout's on a shared cluster) is waited
    for, up to SLURM_BUSY_WAIT_S; a node down, drained or missing is reported at once.
    """
    if shutil.which("sinfo") is None or shutil.which("sbatch") is None:
        return "`sinfo`/`sbatch` not found (start a local cluster with `bash .ci/slurm-up.sh` as root)"
    deadline = time.monotonic() + SLURM_BUSY_WAIT_S
    while True:
        try:
            proc = subprocess.run(
                ["sinfo", "-h", "-p", PARTITION, "-o", "%t"], capture_output=True, text=True, timeout=10, check=False
            )
        except subprocess.TimeoutExpired:
            return "`sinfo` did not answer within 10 s (is slurmctld running?)"
        if proc.returncode != 0:
            return f"`sinfo` failed: {proc.stderr.strip() or proc.returncode}"
        states = proc.stdout.split()
        if any(state.rstrip("*~#!%$@^-") in {"idle", "mix"} for state in states):
            return None
        busy = states and all(state.rstrip("*~#!%$@^-") in {"alloc", "comp"} for state in states)
        if not busy or time.monotonic() > deadline:
            return f"no idle node in partition {PARTITION!r} (sinfo states: {states or 'none'})"
        time.sleep(2.0)


# --- the pipeline --------------------------------------------------------------------------------


def _write_input(folder: Path) -> Path:
    """4 JSONL files of 12 rows: 3 repeated problems, short and empty answers, one malformed line each."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in range(TASKS):
        lines = []
        for i in range(12):
            answer = "" if i == 5 else "so the answer is " + "7" * (i * 3)
            completion = f"<think>{'step ' * (i + 1)}</think> {answer}"
            lines.append(json.dumps({"question": f"Problem {part}.{i % 9}", "solution": completion, "answer": str(i)}))
        lines.insert(6, '{"question": "cut off')  # malformed: goes to rejects/, counted in the funnel
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _config(source: Path, output: Path, executor: dict[str, Any], *, column: str = "completion") -> PipelineConfig:
    raw = {
        "name": "engines",
        "input": {"path": str(source), "columns": {"problem": "question", "completion": "solution"}},
        "steps": [
            {"type": "split_thinking", "column": "completion"},
            {"type": "dedup", "columns": ["problem"]},
            {"type": "length", "column": column, "min": 25},
        ],
        "output": {"path": str(output), "batch_size": 5},
        "executor": {"tasks": TASKS, **executor},
    }
    return build_config(raw, where="test_engines")


def _rows(folder: Path, pattern: str) -> pl.DataFrame:
    files = sorted(folder.glob(pattern))
    assert files, f"no {pattern} under {folder}"
    frame = pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed")
    return frame.select(sorted(frame.columns)).sort(sorted(frame.columns), nulls_last=True)


def _rejects(output: Path) -> list[tuple[str, int]]:
    return sorted(
        (Path(r["file"]).name, r["line"])
        for f in (output / "rejects").glob("*.jsonl")
        for r in map(json.loads, f.read_text().splitlines())
    )


def _funnel(output: Path) -> list[dict[str, Any]]:
    return [{k: v for k, v in s.to_dict().items() if k != "seconds"} for s in collect_funnel(output)]


def _assert_same_run(result: RunResult, reference: RunResult) -> None:
    out, ref = result.output, reference.output
    assert result.tasks == result.tasks_completed == TASKS
    assert sorted(p.name for p in (out / "logs" / "completions").iterdir()) == [f"{r:05d}" for r in range(TASKS)]
    assert len(list((out / "data").glob("*.parquet"))) == TASKS
    assert_frame_equal(_rows(out / "data", "*.parquet"), _rows(ref / "data", "*.parquet"))
    assert_frame_equal(_rows(out / "dropped", "*/*.parquet"), _rows(ref / "dropped", "*/*.parquet"))
    assert _rejects(out) == _rejects(ref) and len(_rejects(out)) == TASKS
    assert _funnel(out) == _funnel(ref)
    written = json.loads((out / "funnel.json").read_text())
    assert written["tasks_completed"] == TASKS
    assert [{k: v for k, v in s.items() if k != "seconds"} for s in written["steps"]] == _funnel(out)


@pytest.fixture(scope="module")
def engine_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_input(tmp_path_factory.mktemp("engines") / "input")


@pytest.fixture(scope="module")
def local_run(engine_input: Path) -> RunResult:
    """The reference: the local executor on the same input, one task after another."""
    result = run_pipeline(_config(engine_input, engine_input.parent / "local", {"type": "local", "workers": 1}))
    funnel = {s.step: s for s in result.funnel}
    # The input exercises every branch, so agreement below is not agreement on nothing.
    assert funnel["read"].dropped == {"malformed": TASKS}
    assert funnel["dedup"].dropped["duplicate"] == 3 * TASKS
    assert set(funnel["length"].dropped) == {"empty", "too_short"}
    assert 0 < result.rows_out < 12 * TASKS
    return result


@pytest.fixture(scope="session")
def ray_local():  # type: ignore[no-untyped-def]
    """A local Ray instance for the session (2 CPUs, no dashboard), shut down at the end."""
    if importlib.util.find_spec("ray") is None:
        _unavailable("ray", "`ray` is not installed (pip install 'longcot[ray]')")
    import ray

    started = not ray.is_initialized()
    if started:
        # address="local": a fresh instance even if this machine has joined a cluster with `ray start`
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    if started:
        ray.shutdown()


@pytest.fixture
def slurm_cluster() -> str:
    """The partition to submit to; skips (or fails, if required) when no node there is idle."""
    problem = _slurm_problem()
    if problem is not None:
        _unavailable("slurm", problem)
    return PARTITION


def _slurm_executor(partition: str, **extra: Any) -> dict[str, Any]:
    activate = Path(sys.prefix) / "bin" / "activate"
    env = (
        {"venv_path": str(activate)}
        if activate.exists()
        else {"env_command": f"export PATH={Path(sys.executable).parent}:$PATH"}
    )
    return {
        "type": "slurm",
        "workers": 2,
        "partition": partition,
        "time": "00:05:00",
        "cpus_per_task": 1,
        "mem_per_cpu_gb": 1,
        "wait": 120,
        **env,
        **extra,
    }


# --- the tests -----------------------------------------------------------------------------------


@pytest.mark.ray
@pytest.mark.filterwarnings("ignore:placement_group:DeprecationWarning")  # datatrove's use of Ray's API
def test_ray_matches_local(ray_local: Any, engine_input: Path, local_run: RunResult, tmp_path: Path) -> None:
    config = _config(engine_input, tmp_path / "ray", {"type": "ray", "workers": 2, "mem_per_cpu_gb": 1})
    result = run_pipeline(config)
    assert not result.submitted
    _assert_same_run(result, local_run)


@pytest.mark.slurm
def test_slurm_matches_local(slurm_cluster: str, engine_input: Path, local_run: RunResult, tmp_path: Path) -> None:
    config = _config(engine_input, tmp_path / "slurm", _slurm_executor(slurm_cluster))
    result = run_pipeline(config)
    assert not result.submitted
    _assert_same_run(result, local_run)
    assert len(list((tmp_path / "slurm" / "logs" / "slurm_logs").glob("*.out"))) >= TASKS


@pytest.mark.slurm
def test_slurm_failed_job_fails_fast(slurm_cluster: str, engine_input: Path, tmp_path: Path) -> None:
    """A job whose tasks fail must end `wait` with the task's error, not poll until the deadline."""
    config = _config(engine_input, tmp_path / "bad", _slurm_executor(slurm_cluster, wait=90), column="nope")
    start = time.monotonic()
    with pytest.raises(LongcotError, match=r"ended with 0/4 tasks done \(4 FAILED\).*SchemaError.*'nope'"):
        run_pipeline(config)
    assert time.monotonic() - start < 60
    assert not (tmp_path / "bad" / "logs" / "completions").exists()


# --- chained global stages -----------------------------------------------------------------------


#: Tasks of the chained-stages runs: each of their five stages is a round of Ray tasks or a Slurm job.
GLOBAL_TASKS = 2


def _write_judged_input(folder: Path) -> Path:
    """JSONL files (one per task) of judged samples: 2 per problem, reworded copies of problems in other files."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in range(GLOBAL_TASKS):
        lines = []
        for i in range(6):
            n = part * 6 + i
            # problems 1-4 of file 0 come back reworded (case, spacing, punctuation) in the other files
            source = i + part if part and i < 2 else n
            problem = f"How many positive divisors does {source * 7 + 12} have, counting 1 and {source * 7 + 12}?"
            if source != n:
                problem = f"how many  positive divisors does {source * 7 + 12} have counting 1 and {source * 7 + 12} ?"
            for sample in range(2):
                verdict = "incorrect" if n % 4 == 0 or (n + sample) % 3 == 0 else "correct"
                lines.append(json.dumps({"problem_id": f"p{part}-{i}", "problem": problem, "completion": f"c{sample}",
                                         "gold_answer": str(source), "verdict": verdict}))  # fmt: skip
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _global_config(source: Path, output: Path, executor: dict[str, Any]) -> PipelineConfig:
    raw = {
        "name": "engines-global",
        "input": {"path": str(source)},
        "steps": [
            {"type": "difficulty", "drop_unsolved": True},  # global: pass rate per problem over every task
            {"type": "dedup", "method": "minhash"},  # global: near-duplicate problems across tasks
            {"type": "length", "column": "completion", "min": 1},
        ],
        "output": {"path": str(output), "batch_size": 5},
        "executor": {"tasks": GLOBAL_TASKS, **executor},
    }
    return build_config(raw, where="test_engines")


def _assert_same_staged_run(result: RunResult, reference: RunResult) -> None:
    from longcot.pipeline.stages import stage_plan

    out, ref = result.output, reference.output
    assert result.tasks == result.tasks_completed == GLOBAL_TASKS
    assert_frame_equal(_rows(out / "data", "*.parquet"), _rows(ref / "data", "*.parquet"))
    assert_frame_equal(_rows(out / "dropped", "*/*.parquet"), _rows(ref / "dropped", "*/*.parquet"))
    assert _funnel(out) == _funnel(ref)
    for name in ("02-dedup/clusters.jsonl",):
        assert (out / "global" / name).read_text() == (ref / "global" / name).read_text()
    config = _global_config(out, out, {"type": "local"})
    assert [(s.label, s.completed()) for s in stage_plan(config)] == [
        ("difficulty: collect", GLOBAL_TASKS), ("difficulty: reduce", 1),
        ("difficulty → dedup: collect", GLOBAL_TASKS), ("dedup: reduce", 1),
        ("dedup → length → write", GLOBAL_TASKS),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def judged_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_judged_input(tmp_path_factory.mktemp("engines-global") / "input")


@pytest.fixture(scope="module")
def local_staged_run(judged_input: Path) -> RunResult:
    """The reference for chained global stages: the local executor, one task after another."""
    result = run_pipeline(_global_config(judged_input, judged_input.parent / "local", {"type": "local", "workers": 1}))
    funnel = {s.step: s for s in result.funnel}
    assert funnel["difficulty"].dropped.get("unsolved", 0) > 0  # both stages decide something
    assert funnel["dedup"].dropped.get("near_duplicate", 0) >= 2
    return result


@pytest.mark.ray
@pytest.mark.timeout(900)  # five Ray rounds: 228 s on the shared 2-core machine at load 13 (local: 11 s)
@pytest.mark.filterwarnings("ignore:placement_group:DeprecationWarning")
def test_ray_chained_global_stages_match_local(
    ray_local: Any, judged_input: Path, local_staged_run: RunResult, tmp_path: Path
) -> None:
    config = _global_config(judged_input, tmp_path / "ray", {"type": "ray", "workers": 2, "mem_per_cpu_gb": 1})
    result = run_pipeline(config)
    _assert_same_staged_run(result, local_staged_run)


@pytest.mark.slurm
@pytest.mark.timeout(900)  # five chained Slurm jobs (afterok dependencies)
def test_slurm_chained_global_stages_match_local(
    slurm_cluster: str, judged_input: Path, local_staged_run: RunResult, tmp_path: Path
) -> None:
    config = _global_config(judged_input, tmp_path / "slurm", _slurm_executor(slurm_cluster))
    result = run_pipeline(config)
    assert not result.submitted
    _assert_same_staged_run(result, local_staged_run)
