"""Every API backend through the real `openai` / `anthropic` clients over real HTTP (tests/fakes/llm_server.py)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from fakes.llm_server import FakeLLMServer

from longcot.teachers import ResponseCache, SamplerConfig, parse_teachers, sample_frame


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")


PROBLEMS = pl.DataFrame(
    {"problem_id": ["a", "b", "c"], "problem": ["What is 2+2?", "What is 3+4?", "What is 5+5?"],
     "gold_answer": ["4", "7", "10"]}
)  # fmt: skip


def test_every_api_backend_fills_the_row(tmp_path: Path) -> None:
    answers = dict(zip(PROBLEMS["problem"], PROBLEMS["gold_answer"]))
    with FakeLLMServer(answers=answers, reasoning_words=30, redacted_thinking_rate=1.0,
                       model_styles={"hidden-reasoner": "hidden", "r1-tags": "think_tags"}) as srv:  # fmt: skip
        teachers = parse_teachers([
            f"openai-compatible:qwq@{srv.openai_base_url},temperature=0.6",  # reasoning_content
            f"openai-compatible:r1-tags@{srv.openai_base_url}",  # <think> in the text
            f"openai:hidden-reasoner,base_url={srv.openai_base_url},price_input=1,price_output=4",  # hidden, billed
            f"openai:o4-mini,reasoning_effort=low,reasoning_summary=auto,max_tokens=2000,base_url={srv.openai_base_url}",
            f"anthropic:claude-sonnet-4-6,thinking_budget=1024,max_tokens=4000,base_url={srv.anthropic_base_url}",
        ], n=2)  # fmt: skip
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(PROBLEMS, SamplerConfig(teachers=tuple(teachers)), cache)
        assert srv.requests["chat.completions"] == 18 and srv.requests["responses"] == 6
        assert srv.requests["messages"] == 6 and srv.internal_errors == []
    assert result.complete and frame.height == 3 * 5 * 2
    assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()
    rows = {t: frame.filter(pl.col("teacher") == t).row(0, named=True) for t in frame["teacher"].unique()}
    qwq, tags, hidden = (
        rows["openai-compatible:qwq"],
        rows["openai-compatible:r1-tags"],
        rows["openai:hidden-reasoner"],
    )
    o4, claude = rows["openai:o4-mini"], rows["anthropic:claude-sonnet-4-6"]
    assert qwq["reasoning_source"] == tags["reasoning_source"] == "native" and "<think>" not in tags["completion"]
    assert qwq["reasoning"] and tags["reasoning"] and qwq["sampling"]["temperature"] == 0.6
    assert hidden["reasoning"] is None and hidden["reasoning_source"] == "absent" and hidden["reasoning_tokens"] == 30
    # hidden reasoning is billed: completion tokens include it
    assert hidden["cost_usd"] == pytest.approx((hidden["prompt_tokens"] * 1 + hidden["completion_tokens"] * 4) / 1e6)
    assert o4["reasoning_source"] == "summary" and o4["reasoning"] and o4["reasoning_tokens"] > 0
    assert o4["sampling"]["reasoning_effort"] == "low" and o4["sampling"]["max_tokens"] == 2000
    assert claude["reasoning_source"] == "native" and claude["reasoning_redacted"] == 1
    assert claude["reasoning_tokens"] > 0 and claude["sampling"]["thinking_budget"] == 1024
    for row in rows.values():
        assert row["finish_reason"] == "stop" and row["latency_s"] > 0 and len(row["request_key"]) == 64
    # every sample answers its own problem
    from longcot.verify import verify_answer

    assert all(verify_answer(g, c).correct for g, c in frame.select("gold_answer", "completion").iter_rows())


def test_twenty_percent_faults_still_complete(tmp_path: Path) -> None:
    faults = {"rate_limit": 0.06, "server_error": 0.04, "unavailable": 0.02, "drop": 0.03, "drop_mid": 0.02,
              "malformed": 0.02, "timeout": 0.01}  # fmt: skip
    problems = pl.DataFrame({"problem": [f"What is {i}*3?" for i in range(30)]})
    with FakeLLMServer(fault_rates=faults, seed=7, retry_after=0.05, reasoning_words=10, hang_s=30) as srv:
        teachers = parse_teachers([
            f"openai-compatible:qwq@{srv.openai_base_url},timeout=1",
            f"anthropic:claude-3-7-sonnet,base_url={srv.anthropic_base_url},max_tokens=512,timeout=1",
        ], n=2)  # fmt: skip
        config = SamplerConfig(teachers=tuple(teachers), concurrency=16, backoff_s=0.02, max_retries=8)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(problems, config, cache)
        injected = sum(srv.faults.values())
        served = srv.total_requests
    assert injected >= 15  # about 20% of ~150 requests
    assert result.complete and frame.height == 30 * 2 * 2
    assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()
    assert sum(s.retries for s in result.stats.values()) >= injected - 2  # every fault cost a retry, nothing else
    assert served >= frame.height + injected - 2
    assert frame["finish_reason"].to_list() == ["stop"] * frame.height


def test_length_and_refusals_over_http(tmp_path: Path) -> None:
    with FakeLLMServer(fault_script=["length", "refusal", "empty"], reasoning_words=10) as srv:
        teachers = parse_teachers([f"openai-compatible:qwq@{srv.openai_base_url},max_tokens=50"], n=4)
        config = SamplerConfig(teachers=tuple(teachers), concurrency=1)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(PROBLEMS.head(1), config, cache)
        assert srv.requests["chat.completions"] == 4  # none of the three was retried
    flags = sorted(map(tuple, frame["quality_flags"].to_list()))
    assert flags == [(), ("empty",), ("refusal",), ("truncated",)]
    assert sorted(frame["finish_reason"].to_list()) == ["length", "refusal", "stop", "stop"]
    assert result.stats["openai-compatible:qwq"].truncated == 1
