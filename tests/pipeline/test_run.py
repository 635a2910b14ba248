"""Pipelines end to end on datatrove's local executor: YAML validation, funnel, rejects, resume after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
import yaml
from typer.testing import CliRunner

from longcot.cli import app
from longcot.errors import ConfigError, InputError
from longcot.io import read_frame
from longcot.pipeline.config import build_config, load_config
from longcot.pipeline.run import collect_funnel, run_pipeline


REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


def write_shards(folder: Path, shards: int, rows: int, *, bad_lines: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    problems = []
    for s in range(shards):
        with open(folder / f"part-{s:02d}.jsonl", "w") as handle:
            for r in range(rows):
                problem = f"problem {s}-{r}"
                problems.append(problem)
                completion = "short" if r % 5 == 0 else f"a long enough completion {r} " * 3
                handle.write(json.dumps({"question": problem, "solution": completion, "answer": str(r)}) + "\n")
            for _ in range(bad_lines):
                handle.write('{"question": \n')
    return problems


def pipeline_dict(src: Path, out: Path, **executor: object) -> dict:
    return {
        "name": "t",
        "input": {
            "path": str(src),
            "columns": {"problem": "question", "completion": "solution", "gold_answer": "answer"},
        },
        "steps": [{"type": "length", "column": "completion", "min": 10}, {"type": "dedup"}],
        "output": {"path": str(out), "batch_size": 7},
        "executor": {"type": "local", "tasks": 3, "workers": 1, **executor},
    }


def test_local_run_writes_shards_funnel_rejects_and_dropped(tmp_path: Path) -> None:
    problems = write_shards(tmp_path / "in", shards=3, rows=20, bad_lines=1)
    result = run_pipeline(build_config(pipeline_dict(tmp_path / "in", tmp_path / "out")))
    out = read_frame(tmp_path / "out" / "data")
    expected = [p for p in problems if int(p.split("-")[1]) % 5 != 0]
    assert sorted(out["problem"].to_list()) == sorted(expected)
    assert sorted(p.name for p in (tmp_path / "out" / "data").iterdir()) == [
        f"train-0000{i}-of-00003.parquet" for i in range(3)
    ]
    funnel = {s.step: s for s in result.funnel}
    assert list(funnel) == ["read", "length", "dedup", "write"]
    assert (funnel["read"].rows_in, funnel["read"].rows_out, funnel["read"].dropped) == (63, 60, {"malformed": 3})
    assert funnel["length"].dropped == {"too_short": 12}
    assert funnel["write"].rows_out == len(expected) == result.rows_out
    rejects = [json.loads(line) for f in sorted((tmp_path / "out" / "rejects").glob("*.jsonl")) for line in open(f)]
    assert [(Path(r["file"]).name, r["line"]) for r in rejects] == [(f"part-0{i}.jsonl", 21) for i in range(3)]
    dropped = read_frame(tmp_path / "out" / "dropped" / "length")
    assert dropped.height == 12 and set(dropped["drop_reason"]) == {"too_short"}
    assert json.loads((tmp_path / "out" / "funnel.json").read_text())["steps"][0]["dropped"] == {"malformed": 3}


def test_strict_run_fails_on_first_malformed_line(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=1, rows=3, bad_lines=1)
    config = build_config({**pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1), "strict": True})
    with pytest.raises(InputError, match=r"part-00.jsonl:4: bad JSON"):
        run_pipeline(config)
    assert not list((tmp_path / "out").rglob("*.parquet"))  # no shard, and the task is not marked complete
    assert not list((tmp_path / "out" / "logs").rglob("completions/*"))


def test_two_workers_give_the_same_rows_as_one(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=4, rows=10)
    one = run_pipeline(build_config(pipeline_dict(tmp_path / "in", tmp_path / "one", tasks=4, workers=1)))
    two = run_pipeline(build_config(pipeline_dict(tmp_path / "in", tmp_path / "two", tasks=4, workers=2)))
    a = read_frame(tmp_path / "one" / "data").sort("problem")
    b = read_frame(tmp_path / "two" / "data").sort("problem")
    assert a.equals(b) and one.rows_out == two.rows_out == a.height == 32


def test_resume_refuses_a_different_pipeline_in_the_same_output(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=1, rows=5)
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=1)
    run_pipeline(build_config(raw))
    raw["steps"][0]["min"] = 3
    with pytest.raises(ConfigError, match=r"holds a run of a different pipeline \(changed: steps\)"):
        run_pipeline(build_config(raw))
    assert run_pipeline(build_config(raw), fresh=True).rows_out == 5


def test_sigkill_mid_run_then_rerun_finishes_without_loss_or_duplicates(tmp_path: Path) -> None:
    problems = write_shards(tmp_path / "in", shards=6, rows=8)
    log = tmp_path / "processed.log"
    raw = pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=6, workers=1)
    raw["steps"] = [{"type": "slow_steps:SlowStep", "seconds": 0.4, "log": str(log)}]
    raw["output"]["batch_size"] = 4  # two slow batches per task
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(raw))
    env = {**os.environ, "PYTHONPATH": f"{FIXTURES}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [sys.executable, "-c", "from longcot.cli import main; main()", "run", str(tmp_path / "p.yaml")]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, start_new_session=True)
    completions = tmp_path / "out" / "logs" / "completions"
    deadline = time.monotonic() + 60
    while not (completions.is_dir() and len(list(completions.iterdir())) >= 2):
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "the run never completed two tasks"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {int(p.name) for p in completions.iterdir()}
    assert 2 <= len(done_before) < 6
    first_run = log.read_text().splitlines()
    log.unlink()

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    out = read_frame(tmp_path / "out" / "data")
    assert sorted(out["problem"].to_list()) == sorted(problems)  # nothing lost, nothing twice
    redone = {int(p.split()[1].split("-")[0]) for p in log.read_text().splitlines()}
    assert not redone & done_before  # completed tasks were not run again
    assert len(first_run) >= 16
    assert not list((tmp_path / "out").rglob("*.tmp"))  # no half-written shard left behind


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"colour": 1}, r"unknown key pipeline.colour"),
        ({"input": {"path": "x.jsonl", "formatt": "jsonl"}}, r"unknown key input.formatt"),
        (
            {"input": {"path": "x.jsonl", "format": "xml"}},
            r"format must be one of auto, jsonl, parquet, hf; got 'xml'",
        ),
        ({"output": {"path": "o", "batch_size": 0}}, r"output.batch_size must be >= 1, got 0"),
        ({"executor": {"type": "k8s"}}, r"executor.type must be one of local, ray, slurm, got 'k8s'"),
        ({"executor": {"type": "local", "partition": "x"}}, r"unknown key executor \(local\).partition"),
        ({"executor": {"type": "slurm", "time": "1:00:00"}}, r"executor \(slurm\) needs `partition`"),
        ({"executor": {"tasks": 0}}, r"executor.tasks must be an integer >= 1, got 0"),
        ({"steps": [{"type": "length", "min": "ten"}]}, r"step 1"),
        ({"steps": [{"min": 1}]}, r"each step is a mapping with a `type`"),
        ({"strict": "yes"}, r"`strict` must be true or false"),
    ],
)
def test_yaml_validation_names_key_and_file(tmp_path: Path, edit: dict, message: str) -> None:
    raw = {"name": "t", "input": "x.jsonl", "output": "o", "steps": [{"type": "dedup"}], **edit}
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(ConfigError, match=message) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_set_overrides_paths_lists_and_values(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(pipeline_dict(tmp_path / "in", tmp_path / "out")))
    config = load_config(
        path, overrides=["input=other.jsonl", "steps.0.min=99", "executor.tasks=5", "output=elsewhere"]
    )
    assert config.input.path == "other.jsonl" and config.input.columns["problem"] == "question"
    assert config.steps[0].config.min == 99 and config.executor.tasks == 5 and config.output.path == "elsewhere"
    with pytest.raises(ConfigError, match=r"--set needs KEY=VALUE"):
        load_config(path, overrides=["nonsense"])
    with pytest.raises(ConfigError, match=r"steps.7 is not an item of the list"):
        load_config(path, overrides=["steps.7.min=1"])


runner = CliRunner()


def test_cli_run_dry_run_inspect_and_version(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", shards=2, rows=5)
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(pipeline_dict(tmp_path / "in", tmp_path / "out", tasks=2)))
    dry = runner.invoke(app, ["run", str(path), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "2 file(s)" in dry.output and "~10 rows" in dry.output and "step 1  length(" in dry.output
    assert not (tmp_path / "out").exists()  # a dry run writes nothing
    ran = runner.invoke(app, ["run", str(path), "--json"])
    assert ran.exit_code == 0, ran.output
    assert "8 rows" in ran.output
    shown = runner.invoke(app, ["inspect", str(tmp_path / "out"), "--json"])
    summary = json.loads(shown.stdout)
    assert summary["rows"] == 8 and summary["funnel"][1]["dropped"] == {"too_short": 2}
    assert runner.invoke(app, ["--version"]).stdout.startswith("longcot ")


def test_cli_error_is_one_line_with_hint_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump({"input": "x.jsonl", "output": "o", "steps": [{"type": "lenght"}]}))
    proc = subprocess.run(
        [sys.executable, "-c", "from longcot.cli import main; main()", "run", str(path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "unknown step type 'lenght'" in proc.stderr and "hint: use one of:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_quickstart_runs_offline_on_a_local_copy(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main job, offline: clean traces are kept, wrong and contaminated ones dropped, and it ends in a release."""
    monkeypatch.chdir(tmp_path)  # the release manifest copy goes to ./releases/
    # Benchmarks from local files, passed in the step config: an env var set now would not reach
    # executor workers forked from a forkserver that an earlier test started.
    files = {"aime2024": "aime_2024.jsonl", "aime2025": "aime_2025.jsonl", "math500": "math500.jsonl",
             "amc2023": "amc_2023.jsonl"}  # fmt: skip
    benchmark_files = "{" + ", ".join(f"{k}: {shared_data / v}" for k, v in files.items()) + "}"
    train = [json.loads(line) for line in open(shared_data / "math_train_deepscaler.jsonl")][:40]
    bench = [json.loads(line) for line in open(shared_data / "cot_skyt1_math500.jsonl")]
    bench = [r for r in bench if r["correct"] and "<|end_of_thought|>" in r["generation"]][:5]
    local = tmp_path / "limo.jsonl"
    with open(local, "w") as handle:
        for i, r in enumerate(train):  # LIMO's columns; every 4th trace ends on a wrong answer
            answer = r["answer"] if i % 4 else "-12345"
            thought = "Let me work through this step by step, checking each case carefully. " * 4
            solution = f"{thought}\nTherefore the final answer is $\\boxed{{{answer}}}$."  # LIMO has no tags
            handle.write(json.dumps({"question": r["problem"], "solution": solution, "answer": r["answer"]}) + "\n")
        for r in bench:  # MATH-500 problems with real Sky-T1 traces: contaminated by construction
            handle.write(
                json.dumps({"question": r["problem"], "solution": r["generation"], "answer": r["answer"]}) + "\n"
            )
    result = runner.invoke(
        app,
        ["run", str(REPO / "recipes" / "pipelines" / "quickstart.yaml"), "--set", f"input={local}",
         "--set", f"output={tmp_path / 'out'}", "--set", f"steps.4.benchmark_files={benchmark_files}"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = read_frame(tmp_path / "out" / "data")
    funnel = {s.step: s for s in collect_funnel(tmp_path / "out")}
    assert funnel["read"].rows_in == 45
    assert funnel["verify"].dropped["incorrect"] == 10
    assert funnel["decontaminate"].dropped == {"math500": 5}
    assert out.height == 30 and set(out["problem"]) <= {r["problem"] for r in train}
    assert {"problem", "gold_answer", "completion", "reasoning", "verdict", "predicted_answer"} <= set(out.columns)
    # ... and ends in a release folder with its card and manifest
    release = tmp_path / "out" / "release"
    manifest = yaml.safe_load((release / "longcot-manifest.yaml").read_text())
    assert manifest["name"] == "limo-curated" and manifest["tag"] == "v1.0.0" and manifest["splits"]["rows"] == 30
    assert manifest["contamination"]["rows_removed"] == 5 and manifest["license"] == "apache-2.0"
    assert (release / "README.md").read_text().startswith("---\nlicense: apache-2.0")
    assert (tmp_path / "releases" / "limo-curated" / "v1.0.0.yaml").exists()
    assert "release limo-curated v1.0.0" in result.output
    rerun = runner.invoke(app, ["run", str(REPO / "recipes" / "pipelines" / "quickstart.yaml"), "--set",
                                f"input={local}", "--set", f"output={tmp_path / 'out'}",
                                "--set", f"steps.4.benchmark_files={benchmark_files}"])  # fmt: skip
    assert rerun.exit_code == 0, rerun.output  # same run, same data: the same version is rebuilt, not refused


def test_processor_step_interoperates_with_datatrove_documents(tmp_path: Path) -> None:
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from longcot.pipeline.adapter import ProcessorStep
    from longcot.pipeline.steps import LengthFilter, LengthFilterConfig

    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.jsonl").write_text(
        "".join(json.dumps({"text": t, "id": str(i)}) + "\n" for i, t in enumerate(["a", "abcdef", "xyzxyz"]))
    )
    step = ProcessorStep(LengthFilter(LengthFilterConfig(column="problem", min=3)), emit_documents=True, batch_size=2)
    data = step(JsonlReader(str(src))(), rank=0, world_size=1)
    list(JsonlWriter(str(tmp_path / "w"), output_filename="out.jsonl", compression=None)(data))
    written = [json.loads(line) for line in open(tmp_path / "w" / "out.jsonl")]
    assert [w["text"] for w in written] == ["abcdef", "xyzxyz"]
    assert pl.DataFrame(written)["id"].to_list() == ["1", "2"]
