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


def test_batch_tokenize_equals_tokenize_on_shared_texts(shared_data: Path) -> None:
    """The polars batch tokeniser gives the per-text tokens for every text (other scripts through `tokenize`)."""
    from longcot.contamination.normalize import batch_tokenize, tokenize

    texts = [json.loads(line)["problem"] for name in ("aime_1983_2023.jsonl", "math500.jsonl", "amc_2023.jsonl")
             for line in (shared_data / name).read_text().splitlines()]  # fmt: skip
    texts += [r"\frac12", r"x\dfrac 345\tfrac1{2}"]
    texts += [r"\pi\pi\pi", r"\sqrtx", "1{,}000", "1,0000", "[asy]draw((0,0));[/asy] x", "x² + y²", "１２３", "İ", ""]
    batch = batch_tokenize(texts)
    assert batch == [tokenize(t) for t in texts]  # every text, the ones the regexes cannot do through `tokenize`


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (r"\pi\pi\pi", ["pi", "pi", "pi"]),  # kept commands side by side
        (r"\sqrtx \sqrt2", ["sqrt", "2"]),  # `sqrtx` is no kept name: a layout command, dropped
        (r"\piα", ["pi"]),  # a kept name, then a letter no [a-z]: one word, folded
        (r"\alphaβx", ["x"]),  # a layout command goes, the Greek-led word stays (folded)
        (r"\sinα2", ["sin", "2"]),
        (r"\\frac12 a\b \ldots\cdots", ["1", "2", "a", "ldots", "cdots"]),
        (r"\Pi \SQRT{2}", ["pi", "sqrt", "2"]),
        ("Möbius ⁿ ℒ 3, İ", ["mobius", "n", "l", "3", "i"]),  # other scripts: through `tokenize`
        ("200,240,and 300", ["200240", "and", "300"]),
        (r"$x\in[0,2020]$", ["x", "0", "2020"]),  # a group is three digits: never 0202 and 0
        ("1,234,5678 and 1{,}0000", ["1234", "5678", "and", "1", "0000"]),
    ],
)
def test_batch_tokenize_edges(text: str, tokens: list[str]) -> None:
    from longcot.contamination.normalize import batch_tokenize, tokenize

    assert tokenize(text) == tokens
    # In a batch with plain rows, LaTeX and None: the same tokens, in the right rows.
    batch = batch_tokenize(["plain 1", text, None, r"\frac{1}{2}", text])
    assert batch == [["plain", "1"], tokens, None, ["1", "2"], tokens]


@pytest.mark.parametrize(
    ("executor", "cpus", "expected"),
    [
        ({"type": "local", "tasks": 4, "workers": 2}, 8, 4),  # two tasks at once share the 8 CPUs
        ({"type": "local", "tasks": 4, "workers": 1}, 8, 8),
        ({"type": "local", "tasks": 4, "workers": -1}, 8, 2),  # -1: every task at once
        ({"type": "local", "tasks": 2, "workers": 6}, 8, 4),  # never more at once than there are tasks
        ({"type": "local", "tasks": 16, "workers": 16}, 8, 1),  # at least one
        ({"type": "local", "tasks": 3, "workers": 3}, 8, 2),  # rounded down: 3 x 2 threads on 8 CPUs
        ({"type": "ray", "tasks": 4, "workers": 4, "cpus_per_task": 3}, 8, 3),
        ({"type": "ray", "tasks": 4, "workers": 4}, 8, 1),  # datatrove's Ray default: one CPU a task
        # Slurm pins each task's CPUs itself
        ({"type": "slurm", "tasks": 4, "workers": 4, "partition": "cpu", "time": "01:00:00"}, 8, None),
    ],
)
def test_task_cpus_share_the_machine_among_the_tasks_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, executor: dict, cpus: int, expected: int | None
) -> None:
    from longcot.pipeline import run
    from longcot.pipeline.config import build_config

    monkeypatch.setattr(run.os, "sched_getaffinity", lambda _pid: set(range(cpus)), raising=False)
    raw = {"input": str(tmp_path / "in"), "output": {"path": str(tmp_path / "out")}, "executor": executor,
           "steps": [{"type": "decontaminate", "benchmarks": ["aime2024"]}]}  # fmt: skip
    assert run.task_cpus(build_config(raw)) == expected


@pytest.mark.parametrize(("env", "expected"), [(None, 3), ("2", None)])
def test_the_executor_binds_each_worker_model_to_its_share_of_cpus(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shared_data: Path, env: str | None, expected: int | None
) -> None:
    """A local run with 2 workers on 6 CPUs: the step's model runs 3 threads in each (the variable, when set, wins)."""
    from longcot.pipeline import run
    from longcot.pipeline.config import build_config

    if env is None:
        monkeypatch.delenv("LONGCOT_EMBEDDING_THREADS", raising=False)
    else:
        monkeypatch.setenv("LONGCOT_EMBEDDING_THREADS", env)
    monkeypatch.setattr(run.os, "sched_getaffinity", lambda _pid: set(range(6)), raising=False)
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    raw = {"input": str(tmp_path / "in"), "output": {"path": str(tmp_path / "out")},
           "executor": {"type": "local", "tasks": 2, "workers": 2},
           "steps": [{"type": "decontaminate", "benchmarks": ["aime2024"], "methods": ["exact", "ngram"]}],
           }  # fmt: skip
    config = build_config(raw)
    executor = run.make_executor(config, run.build_steps(config))
    (step,) = [s.processor for s in executor.pipeline if isinstance(getattr(s, "processor", None), Decontaminate)]
    assert step._threads == expected
    clone = pickle.loads(pickle.dumps(step))  # what a worker gets
    clone.setup()
    assert clone._checker is not None and clone._checker.config.embedding_threads == expected
    assert "embedding_threads" not in clone._checker.config.to_dict()  # no machine detail in reports or manifests
