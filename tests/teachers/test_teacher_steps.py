"""The `sample`, `rewrite` and `judge` steps: in a YAML pipeline on datatrove's local executor (tasks 2, workers 2)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml
from fakes.llm_server import FakeLLMServer

from longcot.errors import ConfigError, TeacherError
from longcot.pipeline import apply_steps, load_config, run_pipeline
from longcot.teachers.cache import ResponseCache
from longcot.teachers.processor import JudgeAnswers, JudgeConfig, RewriteConfig, RewriteSolutions


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-Pq7Wn3Xc9Lm2")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")


def test_sample_step_two_workers_share_one_cache(tmp_path: Path) -> None:
    answers = {}
    for shard in range(2):  # two input files: each task reads its own
        lines = []
        for i in range(10):
            problem = f"What is {shard} * 100 + {i}?"
            answers[problem] = str(shard * 100 + i)
            lines.append(json.dumps({"id": f"s{shard}-{i}", "question": problem, "answer": answers[problem]}))
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"problems-{shard}.jsonl").write_text("\n".join(lines) + "\n")
    cache = tmp_path / "cache" / "samples.sqlite"
    with FakeLLMServer(answers=answers, reasoning_words=20, latency=0.02) as srv:
        pipeline = {
            "name": "distill",
            "input": {"path": str(tmp_path / "in"), "columns": {"problem_id": "id", "problem": "question",
                                                          "gold_answer": "answer"}},
            "steps": [
                {"type": "sample", "cache": str(cache), "n": 2, "concurrency": 4, "teachers": [
                    {"spec": f"openai-compatible:qwq@{srv.openai_base_url}", "temperature": 0.6},
                    {"spec": "anthropic:claude-sonnet-4-6", "base_url": srv.anthropic_base_url, "n": 1,
                     "max_tokens": 2000, "rpm": 6000},
                ]},
                {"type": "verify", "workers": 0},
            ],
            "output": {"path": str(tmp_path / "run")},
            # spawn: workers read the keys from this process's environment now (a forkserver started by an
            # earlier test would hand them the environment it was started with)
            "executor": {"type": "local", "tasks": 2, "workers": 2, "start_method": "spawn"},
        }  # fmt: skip
        (tmp_path / "pipeline.yaml").write_text(yaml.safe_dump(pipeline))
        result = run_pipeline(load_config(tmp_path / "pipeline.yaml"))
        served = srv.total_choices
        assert result.tasks_completed == 2
        frame = pl.read_parquet(tmp_path / "run" / "data")
        assert frame.height == 20 * 3 == served  # every request sent once, across both tasks
        assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()
        assert set(frame["verdict"]) == {"correct"}
        with ResponseCache(cache) as store:
            assert store.count() == 60
        step = json.loads((tmp_path / "run" / "pipeline.json").read_text())["fingerprint"]["steps"][0]
        assert step["teachers"][1]["terms_of_use"]["name"].startswith("Anthropic")
        funnel = {s.step: s for s in result.funnel}
        assert funnel["sample"].rows_in == 20 and funnel["sample"].rows_out == 60
        assert funnel["sample"].flagged["sent"] == 60
        # a fresh run of the same pipeline is served from the cache
        result = run_pipeline(load_config(tmp_path / "pipeline.yaml"), fresh=True)
        assert srv.total_choices == served
        assert {s.step: s for s in result.funnel}["sample"].flagged["cached"] == 60
    for path in tmp_path.rglob("*"):  # output, cache, datatrove logs and stats, pipeline.json, funnel
        assert not path.is_file() or b"sk-test-Pq7Wn3Xc9Lm2" not in path.read_bytes(), path


def test_rewrite_keeps_the_original(tmp_path: Path) -> None:
    rows = pl.DataFrame({"problem": ["What is 2+2?", "What is 3+3?"], "reasoning": ["short summary", None],
                         "reasoning_source": ["summary", "native"], "completion": [r"\boxed{4}", r"\boxed{6}"],
                         "cost_usd": [0.01, 0.02]})  # fmt: skip
    with FakeLLMServer(reasoning_words=5) as srv:
        step = RewriteSolutions(RewriteConfig(
            teacher=f"openai:gpt-4o-mini,base_url={srv.openai_base_url}", only_source=["summary"],
            cache=str(tmp_path / "c.sqlite"),
        ))  # fmt: skip
        out = apply_steps(rows, [step])
        assert srv.requests["chat.completions"] == 1  # only the summary row
        sent = srv.log[0]["messages_hash"]
        assert sent
    first, second = out.row(0, named=True), out.row(1, named=True)
    assert first["reasoning_source"] == "rewritten" and first["original_reasoning"] == "short summary"
    assert first["original_reasoning_source"] == "summary" and first["rewriter"] == "openai:gpt-4o-mini"
    assert first["completion"] == r"\boxed{4}" and first["reasoning"] and first["cost_usd"] > 0.01
    assert second["reasoning_source"] == "native" and second["rewriter"] is None
    assert step.stats.flagged["rewritten"] == 1


def test_judge_only_undecided_and_counts_disagreements(tmp_path: Path) -> None:
    rows = pl.DataFrame({
        "problem": ["What is 2+2?", "What is 3+3?", "What is 4+4?"],
        "gold_answer": ["4", "6", "8"],
        "completion": ["the answer is four", r"\boxed{6}", r"\boxed{9}"],
        "verdict": ["no_answer", "correct", "incorrect"],
        "verifier": ["longcot.verify@0.1.0"] * 3,
        "request_key": ["k1", "k2", "k3"],
    })  # fmt: skip
    # the fake model answers "...\boxed{X}"; the judge reads the last CORRECT/INCORRECT word it writes
    with FakeLLMServer(fallback_answer="CORRECT", reasoning_words=3) as srv:
        step = JudgeAnswers(JudgeConfig(teacher=f"openai:gpt-4o-mini,base_url={srv.openai_base_url},temperature=0",
                                        audit=1.0, cache=str(tmp_path / "c.sqlite")))  # fmt: skip
        out = apply_steps(rows, [step])
        assert srv.requests["chat.completions"] == 3  # the undecided row + two audited ones
    assert out["verdict"].to_list() == ["correct", "correct", "incorrect"]  # only the undecided row changed
    assert out["verifier"].to_list() == ["judge:openai:gpt-4o-mini", "longcot.verify@0.1.0", "longcot.verify@0.1.0"]
    assert out["judge_verdict"].to_list() == ["correct", "correct", "correct"]
    assert step.stats.flagged["judge_decided"] == 1 and step.stats.flagged["judge_disagrees"] == 1


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ({"type": "sample"}, "no teacher given"),
        ({"type": "sample", "teachers": ["nope:x"]}, "unknown teacher spec"),
        ({"type": "sample", "teachers": ["openai:x"], "strategy": "best"}, "strategy must be one of"),
        ({"type": "sample", "teachers": ["openai:my-model"], "max_usd": 5}, "needs a price for every teacher"),
        ({"type": "judge"}, "needs a `teacher`"),
        ({"type": "rewrite", "teacher": "openai:x", "target": "problem"}, "rewrite target must be"),
    ],
)
def test_step_config_errors(tmp_path: Path, step: dict, message: str) -> None:
    (tmp_path / "p.jsonl").write_text('{"problem": "1+1?"}\n')
    pipeline = {"input": {"path": str(tmp_path / "p.jsonl")}, "steps": [step], "output": {"path": str(tmp_path / "o")}}
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(pipeline))
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path / "p.yaml")


def _paid(cache: Path) -> tuple[float, float, int]:
    """(dollars in the ledger, the dearest response, reservations left) of a cache."""
    import sqlite3

    with sqlite3.connect(cache) as conn:
        total = conn.execute("SELECT COALESCE(SUM(cost_usd), 0) FROM ledger").fetchone()[0]
        dearest = conn.execute("SELECT MAX(json_extract(response, '$.cost_usd')) FROM responses").fetchone()[0]
        held = conn.execute("SELECT COUNT(*) FROM reservations").fetchone()[0]
    return float(total), float(dearest or 0.0), int(held)


def test_sample_step_max_usd_holds_for_the_whole_run_over_tasks_and_resumes(tmp_path: Path) -> None:
    """`max_usd` of a `sample` step caps the pipeline run, not each task: two tasks sampling at once (two workers)
    and two resumes together spend at most the cap plus one request's cost per request in flight."""
    (tmp_path / "in").mkdir()
    for shard in range(2):
        lines = [json.dumps({"id": f"s{shard}-{i}", "question": f"What is {shard} * 100 + {i}?"}) for i in range(30)]
        (tmp_path / "in" / f"problems-{shard}.jsonl").write_text("\n".join(lines) + "\n")
    cache, cap, concurrency = tmp_path / "cache.sqlite", 0.5, 4
    # ~$0.02 a request (200 words of reasoning at $100 per million output tokens): 60 requests cost ~$1.2, so a cap
    # per task would let the two tasks spend ~$1.0. max_tokens=1000: the first requests reserve $0.10 each.
    spec = "openai:o4-mini,base_url={url},price_input=0,price_output=100,max_tokens=1000"
    with FakeLLMServer(reasoning_words=200, latency=0.1) as srv:
        pipeline = {
            "name": "distill",
            "input": {"path": str(tmp_path / "in"), "columns": {"problem_id": "id", "problem": "question"}},
            "steps": [{"type": "sample", "cache": str(cache), "concurrency": concurrency, "max_usd": cap,
                       "teachers": [spec.format(url=srv.openai_base_url)]}],
            "output": {"path": str(tmp_path / "run")},
            "executor": {"type": "local", "tasks": 2, "workers": 2, "start_method": "spawn"},
        }  # fmt: skip
        (tmp_path / "pipeline.yaml").write_text(yaml.safe_dump(pipeline))
        spent, sent = [], []
        for _ in range(3):  # the first run, then the same pipeline twice more (resumes)
            with pytest.raises(TeacherError, match=r"reached max_usd .* in the whole run"):
                run_pipeline(load_config(tmp_path / "pipeline.yaml"))
            spent.append(_paid(cache))
            sent.append(srv.total_choices)
        in_flight = srv.max_in_flight
    total, one, held = spent[0]
    assert in_flight > concurrency  # both tasks had requests in flight at once
    assert 0 < sent[0] < 60 and cap - one <= total <= cap + in_flight * one
    assert held == 0  # every reservation was settled or released
    # resumes count what the run paid: they add nothing once the cap is reached (or stay within it)
    assert all(t <= cap + in_flight * one for t, _, _ in spent) and sent[1:] == [sent[0]] * 2
