"""issue 13: faults a cluster inflicts and a new user's first runs (resume safety, bad input, first contact)."""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from longcot.errors import ConfigError, InputError
from longcot.io import read_frame
from longcot.pipeline.config import build_config
from longcot.pipeline.run import FINGERPRINT_KEYS, run_pipeline
from tests.pipeline.test_run import FIXTURES, REPO, pipeline_dict, write_shards


CLI = [sys.executable, "-c", "from longcot.cli import main; main()"]


def test_fresh_clears_completion_markers_in_an_outside_logging_dir(tmp_path: Path) -> None:
    problems = write_shards(tmp_path / "in", shards=2, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=2, logging_dir=str(tmp_path / "elsewhere"))
    assert run_pipeline(build_config(raw)).rows_out == 8
    assert len(list((tmp_path / "elsewhere" / "completions").iterdir())) == 2
    (tmp_path / "elsewhere" / "notes.txt").write_text("not datatrove's: kept")
    again = run_pipeline(build_config(raw), fresh=True)
    assert again.rows_out == 8 and again.tasks_completed == 2  # every task ran again, none was skipped
    assert sorted(read_frame(tmp_path / "out" / "data")["problem"]) == sorted(
        p for p in problems if int(p.split("-")[1]) % 5
    )
    assert (tmp_path / "elsewhere" / "notes.txt").exists()


def test_markers_without_shards_are_refused(tmp_path: Path) -> None:
    """A folder whose data/ was deleted but whose markers survived would 'finish' with 0 rows."""
    write_shards(tmp_path / "in", shards=2, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=2, logging_dir=str(tmp_path / "logs"))
    run_pipeline(build_config(raw))
    for shard in (tmp_path / "out" / "data").iterdir():
        shard.unlink()
    with pytest.raises(
        ConfigError, match=r"2 task\(s\) are marked complete .* but their output .* is missing"
    ) as info:
        run_pipeline(build_config(raw))
    assert "--fresh" in info.value.hint
    import shutil

    shutil.rmtree(tmp_path / "out")  # the whole output folder gone, markers outside it kept
    with pytest.raises(ConfigError, match=r"marked complete"):
        run_pipeline(build_config(raw))
    assert run_pipeline(build_config(raw), fresh=True).rows_out == 8


def _edit(raw: dict, key: str, value: object) -> dict:
    raw = copy.deepcopy(raw)
    if "." in key:
        block, name = key.split(".")
        raw[block][name] = value
    else:
        raw[key] = value
    return raw


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("strict", True),
        ("input.required", ["problem", "gold_answer"]),
        ("input.format", "jsonl"),
        ("input.limit", 3),
        ("input.columns", {"problem": "question"}),
        ("output.keep_dropped", False),
        ("output.batch_size", 3),
        ("output.split", "test"),
        ("executor.tasks", 2),
        ("name", "other"),
    ],
)
def test_resume_refuses_a_change_of_any_key_that_changes_the_output(tmp_path: Path, key: str, value: object) -> None:
    write_shards(tmp_path / "in", shards=1, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    run_pipeline(build_config(raw))
    with pytest.raises(ConfigError, match=rf"different pipeline \(changed: {key}\)") as info:
        run_pipeline(build_config(_edit(raw, key, value)))
    assert "--fresh" in info.value.hint


@pytest.mark.parametrize(
    ("key", "value"), [("executor.workers", 2), ("description", "now described"), ("executor.start_method", "spawn")]
)
def test_resume_accepts_keys_that_cannot_change_the_output(tmp_path: Path, key: str, value: object) -> None:
    write_shards(tmp_path / "in", shards=2, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=2)
    run_pipeline(build_config(raw))
    assert run_pipeline(build_config(_edit(raw, key, value))).rows_out == 8


def test_fingerprint_names_every_output_key() -> None:
    assert {"strict", "input.required", "output.keep_dropped", "output.batch_size", "input.format"} <= set(
        FINGERPRINT_KEYS
    )


def test_a_run_that_failed_before_writing_anything_does_not_block_the_next(tmp_path: Path) -> None:
    """The README's offline path: a failed first attempt, then `--set input=PATH` must just work."""
    write_shards(tmp_path / "in", shards=1, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    missing = copy.deepcopy(raw)
    missing["steps"] = [{"type": "decontaminate", "benchmark_files": {"aime2024": str(tmp_path / "nope.jsonl")}}]
    with pytest.raises(InputError):
        run_pipeline(build_config(missing))
    assert run_pipeline(build_config(raw)).rows_out == 4  # another pipeline, same folder: accepted


def test_hub_input_unreachable_fails_fast_in_one_line_naming_the_local_path(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", "http://127.0.0.1:9")
    raw = {"name": "hub", "input": {"path": "GAIR/LIMO"}, "output": str(tmp_path / "out"),
           "steps": [{"type": "decontaminate"}]}  # fmt: skip
    start = time.monotonic()
    with pytest.raises(InputError, match=r"cannot reach the Hub for input 'GAIR/LIMO'") as info:
        run_pipeline(build_config(raw))
    assert time.monotonic() - start < 10  # no retries with backoff
    assert "--set input=" in info.value.hint and "LONGCOT_BENCHMARKS_DIR" in info.value.hint
    assert not (tmp_path / "out").exists()  # nothing left behind to block the next command


def test_a_pinned_hub_input_unreachable_fails_fast_too(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", False)
    monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", "http://127.0.0.1:9")
    raw = {"name": "hub", "input": {"path": "GAIR/LIMO", "revision": "0" * 40}, "output": str(tmp_path / "out")}
    with pytest.raises(InputError, match=r"cannot reach the Hub for input 'GAIR/LIMO@0000"):
        run_pipeline(build_config(raw))


def test_benchmarks_unreachable_fail_fast_naming_the_env_var(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", False)
    monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR", raising=False)
    write_shards(tmp_path / "in", shards=1, rows=2)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    raw["steps"] = [{"type": "decontaminate", "benchmarks": ["aime2024"]}]
    with pytest.raises(InputError, match=r"needs benchmarks aime2024 from the Hub, which cannot be reached") as info:
        run_pipeline(build_config(raw))
    assert "LONGCOT_BENCHMARKS_DIR=" in info.value.hint and "--set input=" in info.value.hint


def test_quickstart_offline_first_time_with_the_env_var(tmp_path: Path, shared_data: Path) -> None:
    """The README's offline command, run once, as a new user would (a subprocess: the env var is real)."""
    local = tmp_path / "limo.jsonl"
    rows = [json.loads(line) for line in open(shared_data / "math_train_deepscaler.jsonl")][:6]
    with open(local, "w") as handle:
        for r in rows:
            solution = (
                "Let me think about it carefully, step by step, case by case. " * 5 + f"\\boxed{{{r['answer']}}}"
            )
            handle.write(json.dumps({"question": r["problem"], "solution": solution, "answer": r["answer"]}) + "\n")
    env = {**os.environ, "LONGCOT_BENCHMARKS_DIR": str(shared_data)}
    proc = subprocess.run(
        [*CLI, "run", str(REPO / "recipes" / "pipelines" / "quickstart.yaml"), "--set", f"input={local}",
         "--set", f"output={tmp_path / 'out'}", "--set", "executor.workers=1"],
        env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path,  # its release manifest goes to tmp
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert read_frame(tmp_path / "out" / "data").height == 6
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"could be read: it holds no rows"),
        (bytes(range(256)) * 4 + b"\n\x00\xff\xfe\n", r"all 6 were rejected .*first: .*part.jsonl:1: "),
        (b'{"q": "a"}\n{"q": "b"}\n', r"all 2 were rejected .*first: .*:1: missing required column 'question'"),
    ],
    ids=["empty", "binary", "mapping-rejects-all"],
)
def test_no_readable_line_is_an_input_error_with_the_reject_count(
    tmp_path: Path, content: bytes, message: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "part.jsonl").write_bytes(content)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    with pytest.raises(InputError, match=message):
        run_pipeline(build_config(raw))
    assert json.loads((tmp_path / "out" / "funnel.json").read_text())["steps"][0]["rows_out"] == 0


def test_cli_exits_2_on_unreadable_input_and_warns_on_some_rejects(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "part.jsonl").write_bytes(b"\x00\x01binary\xff\n")
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)))
    proc = subprocess.run([*CLI, "run", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "all 1 were rejected" in proc.stderr and "Traceback" not in proc.stderr
    write_shards(tmp_path / "in2", shards=1, rows=5, bad_lines=2)
    path.write_text(yaml.safe_dump(pipeline_dict(tmp_path / "in2", tmp_path / "out2", tasks=1)))
    proc = subprocess.run([*CLI, "run", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "warning: 2 input line(s) could not be read" in " ".join(proc.stderr.split())
    assert "part-00.jsonl:6: bad JSON" in proc.stderr


def test_a_run_that_keeps_no_row_still_writes_its_data_folder(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=1, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    raw["steps"] = [{"type": "length", "column": "completion", "min": 10_000}]
    result = run_pipeline(build_config(raw))
    assert result.rows_out == 0 and (tmp_path / "out" / "data").is_dir()
    assert {s.step: s.rows_out for s in result.funnel}["read"] == 5


def test_bad_json_reject_says_at_column_once(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "part.jsonl").write_text('{"question": "a\tb"}\n{"question": "ok"}\n{"question": "x\n')
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    raw["input"]["columns"] = {"problem": "question"}
    raw["steps"] = []
    run_pipeline(build_config(raw))
    errors = [json.loads(line)["error"] for line in open(tmp_path / "out" / "rejects" / "rank-00000.jsonl")]
    assert errors == [
        "bad JSON: Invalid control character at column 16",  # the tab is the 16th character
        "bad JSON: Unterminated string starting at column 14",
    ]


def _descendants(pid: int) -> set[int]:
    """Every live process below `pid`, from /proc (no psutil)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_kill_9_of_only_the_parent_takes_the_workers_down_and_an_immediate_rerun_loses_nothing(tmp_path: Path) -> None:
    problems = write_shards(tmp_path / "in", shards=6, rows=8)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=6, workers=2)
    raw["steps"] = [{"type": "slow_steps:SlowStep", "seconds": 0.4}]
    raw["output"]["batch_size"] = 4
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(raw))
    env = {**os.environ, "PYTHONPATH": f"{FIXTURES}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [*CLI, "run", str(tmp_path / "p.yaml")]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    completions = tmp_path / "out" / "logs" / "completions"
    deadline = time.monotonic() + 90
    while not (completions.is_dir() and any(completions.iterdir())):
        assert proc.poll() is None and time.monotonic() < deadline, "the run never completed a task"
        time.sleep(0.05)
    workers = _descendants(proc.pid)
    assert len(workers) >= 3  # the manager, the forkserver and the pool's workers
    os.kill(proc.pid, signal.SIGKILL)  # only the parent, as an OOM killer or `kill -9 PID` would
    proc.wait()
    try:
        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
        assert rerun.returncode == 0, rerun.stderr
        out = read_frame(tmp_path / "out" / "data")
        assert sorted(out["problem"].to_list()) == sorted(problems)  # nothing lost, nothing twice
        assert not list((tmp_path / "out").rglob("*.tmp"))
        still = {pid for pid in workers if _alive(pid)}
        assert not still, f"processes of the killed run still alive: {sorted(still)}"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_stale_tmp_files_of_a_task_are_removed_by_its_rerun(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=2, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=2)
    stale = [
        tmp_path / "out" / "data" / "train-00001-of-00002.parquet.tmp",
        tmp_path / "out" / "dropped" / "length" / "rank-00001.parquet.tmp",
        tmp_path / "out" / "rejects" / "rank-00001.jsonl.tmp",
    ]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half a shard from a killed attempt")
    assert run_pipeline(build_config(raw)).rows_out == 8
    assert not [p for p in stale if p.exists()]


SCRIPT = """
from longcot.pipeline import make_pipeline, run_pipeline
from longcot.pipeline.steps import ExactDedup, LengthFilter, LengthFilterConfig

config = make_pipeline(
    {src!r}, [ExactDedup(), LengthFilter(LengthFilterConfig(min=10))], {out!r},
    columns={{"problem": "question", "completion": "solution"}}, tasks=2, workers=2,
)
{call}
"""


@pytest.mark.parametrize("guarded", [False, True])
def test_a_script_without_the_main_guard_stops_with_one_clear_error(tmp_path: Path, guarded: bool) -> None:
    write_shards(tmp_path / "in", shards=2, rows=5)
    guard = 'if __name__ == "__main__":\n    print(run_pipeline(config).rows_out)'
    call = guard if guarded else "run_pipeline(config)"
    script = tmp_path / "make.py"
    script.write_text(SCRIPT.format(src=str(tmp_path / "in"), out=str(tmp_path / "out"), call=call))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    if guarded:
        assert proc.returncode == 0 and proc.stdout.strip() == "8", proc.stderr
        return
    assert proc.returncode == 1
    assert f'{script}:9 starts a run at the top level of the script, without `if __name__ == "__main__":`' in (
        proc.stderr
    )
    assert len(proc.stderr.splitlines()) < 20 and not (tmp_path / "out").exists()


def test_flagged_counts_merge_across_tasks_and_survive_funnel_json(tmp_path: Path, shared_data: Path) -> None:
    """issue 13 (a seeded bug the suite let through): 2 tasks that flag one row each show 2, not 1."""
    from longcot.pipeline.base import StepStats
    from longcot.pipeline.run import read_funnel

    aime = [json.loads(line) for line in open(shared_data / "aime_2024.jsonl")]
    (tmp_path / "in").mkdir()
    for shard in range(2):
        rows = [{"question": f"clean problem {shard}-{i}", "solution": "x" * 20, "answer": "1"} for i in range(3)]
        rows.append({"question": aime[shard]["problem"], "solution": "y" * 20, "answer": "2"})
        (tmp_path / "in" / f"part-{shard}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=2)
    raw["steps"] = [
        {
            "type": "decontaminate",
            "mode": "flag",
            "benchmarks": ["aime2024"],
            "benchmark_files": {"aime2024": str(shared_data / "aime_2024.jsonl")},
        }
    ]
    result = run_pipeline(build_config(raw))
    step = {s.step: s for s in result.funnel}["decontaminate"]
    assert dict(step.flagged) == {"aime2024": 2} and step.rows_out == 8
    back = {s.step: s for s in read_funnel(tmp_path / "out")}["decontaminate"]
    assert dict(back.flagged) == {"aime2024": 2} and back.to_dict() == step.to_dict()
    a, b = StepStats(step="s", flagged={"x": 1}), StepStats(step="s", flagged={"x": 1, "y": 3})  # type: ignore[arg-type]
    a.merge(b)
    assert dict(a.flagged) == {"x": 2, "y": 3}
    assert StepStats.from_dict(a.to_dict()).flagged == a.flagged


@pytest.mark.parametrize("address", ["auto", "127.0.0.1:9"])
def test_cluster_ray_without_a_running_ray_says_what_to_start(tmp_path: Path, address: str) -> None:
    pytest.importorskip("ray")
    ray = sys.modules.get("ray")
    if address == "auto" and (
        ray is not None and ray.is_initialized() or Path("/tmp/ray/ray_current_cluster").exists()
    ):
        pytest.skip("a Ray instance (another test's) may be running here; `auto` would join it, as it should")
    write_shards(tmp_path / "in", shards=1, rows=3)
    env = {**os.environ, "RAY_ADDRESS": "", "TMPDIR": str(tmp_path), "RAY_TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [*CLI, "run", str(REPO / "recipes" / "pipelines" / "cluster-ray.yaml"), "--set", f"input={tmp_path / 'in'}",
         "--set", f"output={tmp_path / 'out'}", "--set", f"executor.address={address}"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    if address == "auto" and proc.returncode == 0:
        pytest.skip("a Ray instance another test started is running here, and `auto` joined it, as it should")
    assert proc.returncode == 1, proc.stderr
    message = " ".join(proc.stderr.split())
    where = "on this machine" if address == "auto" else f"at '{address}'"
    assert f"no Ray cluster is running {where}" in message and "ray start --head" in message
    assert "executor.address=null" in message and "Traceback" not in proc.stderr


def test_a_text_column_that_is_not_text_is_a_reject_even_when_not_required(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    lines = [
        {"question": "p1", "solution": "a long enough completion text", "answer": "1"},
        {"question": "p2", "solution": ["a list", "of strings"], "answer": "2"},
        {"question": "p3", "solution": 3.5, "answer": "3"},
    ]
    (tmp_path / "in" / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    assert run_pipeline(build_config(raw)).rows_out == 1
    errors = [json.loads(line)["error"] for line in open(tmp_path / "out" / "rejects" / "rank-00000.jsonl")]
    assert errors == [
        "column 'solution' must be a string, got list ['a list', 'of strings']",
        "column 'solution' must be a string, got float 3.5",
    ]


def test_a_run_folder_of_an_older_fingerprint_is_refused_with_a_reason(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=1, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    run_pipeline(build_config(raw))
    marker = tmp_path / "out" / "pipeline.json"
    old = json.loads(marker.read_text())
    old["fingerprint"] = {"name": "t", "input": str(tmp_path / "in"), "tasks": 1}  # the format before issue 13
    marker.write_text(json.dumps(old))
    with pytest.raises(ConfigError, match=r"written by an older longcot") as info:
        run_pipeline(build_config(raw))
    assert "--fresh" in info.value.hint
