"""`--batch` through the real clients (OpenAI Files + Batch, Anthropic Message Batches); resumes poll, not resubmit."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from fakes.llm_server import FakeLLMServer

from longcot.teachers import ResponseCache, SamplerConfig, parse_teachers, sample_frame
from longcot.teachers.sampler import Sampler


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")


PROBLEMS = pl.DataFrame({"problem_id": [f"p{i}" for i in range(6)], "problem": [f"What is {i}+{i}?" for i in range(6)],
                         "gold_answer": [str(2 * i) for i in range(6)]})  # fmt: skip


def teachers(srv: FakeLLMServer, **extra: str):
    tail = "".join(f",{k}={v}" for k, v in extra.items())
    return parse_teachers([
        f"openai:gpt-4o-mini,base_url={srv.openai_base_url}{tail}",
        f"openai:o4-mini,reasoning_effort=low,reasoning_summary=auto,base_url={srv.openai_base_url}{tail}",
        f"anthropic:claude-sonnet-4-6,thinking_budget=1024,max_tokens=4000,base_url={srv.anthropic_base_url}{tail}",
    ], n=2)  # fmt: skip


def test_batch_mode_all_providers_half_price(tmp_path: Path) -> None:
    answers = dict(zip(PROBLEMS["problem"], PROBLEMS["gold_answer"]))
    with FakeLLMServer(answers=answers, reasoning_words=20, batch_polls=2) as srv:
        config = SamplerConfig(teachers=tuple(teachers(srv)), batch=True, batch_poll_s=0.01)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(PROBLEMS, config, cache)
            batches = cache.batches()
        online = srv.requests["chat.completions"] + srv.requests["responses"] + srv.requests["messages"]
        created = srv.requests["batches.create"], srv.requests["messages.batches.create"]
    assert online == 0 and created == (2, 1)  # one batch per teacher, nothing sent online
    assert [b["status"] for b in batches] == ["ended"] * 3
    assert result.complete and frame.height == 6 * 3 * 2
    assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()
    by = {t: frame.filter(pl.col("teacher") == t).row(0, named=True) for t in frame["teacher"].unique()}
    assert by["openai:o4-mini"]["reasoning_source"] == "summary"
    assert by["anthropic:claude-sonnet-4-6"]["reasoning_source"] == "native"
    row = by["openai:gpt-4o-mini"]
    assert row["cost_usd"] == pytest.approx(0.5 * (row["prompt_tokens"] * 0.15 + row["completion_tokens"] * 0.6) / 1e6)
    from longcot.verify import verify_answer

    assert all(verify_answer(g, c).correct for g, c in frame.select("gold_answer", "completion").iter_rows())


def test_resumed_batch_run_polls_instead_of_resubmitting(tmp_path: Path) -> None:
    with FakeLLMServer(reasoning_words=10, batch_polls=10_000) as srv:  # a batch that does not finish in run 1
        config = SamplerConfig(teachers=tuple(teachers(srv)[:1]), batch=True, batch_poll_s=0.01)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            sampler = Sampler(config, cache)
            sampler.on_update = lambda stats: sampler.stop() if stats["openai:gpt-4o-mini"].in_flight else None
            import asyncio

            first = asyncio.run(sampler.run(PROBLEMS.to_dicts()))
            assert first.rows == [] and first.stopped == "interrupted"
            assert [b["status"] for b in cache.batches()] == ["submitted"]  # its id is in the cache DB
            srv.configure(batch_polls=1)
            frame, result = sample_frame(PROBLEMS, config, cache)
        assert srv.requests["batches.create"] == 1  # the resumed run polled the batch it had submitted
        assert srv.requests["files.create"] == 1
    assert result.complete and frame.height == 12


def test_only_failed_items_are_resubmitted(tmp_path: Path) -> None:
    with FakeLLMServer(reasoning_words=10, batch_polls=1) as srv:
        tlist = teachers(srv, max_retries=0)
        config = SamplerConfig(teachers=(tlist[0], tlist[2]), batch=True, batch_poll_s=0.01)
        sampler = Sampler(config, ResponseCache(tmp_path / "keys.sqlite"))
        keys = [sampler.request(t, PROBLEMS["problem"][i], 0).key for t in (tlist[0], tlist[2]) for i in (1, 4)]
        srv.configure(batch_fail_ids=keys)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(PROBLEMS, config, cache)
            assert frame.height == 24 - 4 and len(result.failures) == 4
            assert {f["request_key"] for f in result.failures} == set(keys)
            srv.configure(batch_fail_ids=[])
            srv.reset_counters()
            frame, result = sample_frame(PROBLEMS, config, cache)
        resent = sorted(e["custom_id"] for e in srv.log if e.get("custom_id"))
    assert resent == sorted(keys)  # only the 4 failed items went out again
    assert result.complete and frame.height == 24
