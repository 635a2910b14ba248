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


def _stops_as_online_would(frame: pl.DataFrame, k: int, n: int) -> None:
    """Per problem: samples 0..m-1 with no gap, and m is where the online run stops (k correct, or all n)."""
    for (_pid,), group in frame.sort("sample_index").group_by(["problem_id"]):
        indexes, verdicts = group["sample_index"].to_list(), group["verdict"].to_list()
        assert indexes == list(range(len(indexes)))
        assert verdicts[:-1].count("correct") < k  # no sample was paid after the k-th correct one
        assert verdicts.count("correct") == k or len(indexes) == n


def test_until_correct_with_batch_runs_in_rounds(tmp_path: Path) -> None:
    answers = dict(zip(PROBLEMS["problem"], PROBLEMS["gold_answer"]))
    with FakeLLMServer(answers=answers, reasoning_words=10, batch_polls=1, correct_prob=0.5, seed=3) as srv:
        teacher = parse_teachers([f"openai:gpt-4o-mini,n=6,base_url={srv.openai_base_url}"])
        config = SamplerConfig(teachers=tuple(teacher), batch=True, batch_poll_s=0.01, until_correct=2)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(PROBLEMS, config, cache)
            batches = cache.batches()
        paid, online = srv.choices["batches"], srv.requests["chat.completions"]
    assert online == 0 and result.complete and frame.height == paid  # every item paid became a row
    _stops_as_online_would(frame, 2, 6)
    # round 1 asks 2 samples of every problem; later rounds only for problems still short of 2 correct
    assert len(batches[0]["keys"]) == 12 and len(batches) >= 2
    assert all(len(b["keys"]) < 12 for b in batches[1:]) and sum(len(b["keys"]) for b in batches) == paid
    assert set(frame["verdict"]) == {"correct", "incorrect"} and frame["cost_usd"].min() > 0
    stats = result.stats["openai:gpt-4o-mini"]
    assert stats.done == paid and stats.skipped == 36 - paid and stats.sent == paid


def test_until_correct_with_batch_resumes_the_round_it_was_in(tmp_path: Path) -> None:
    import asyncio

    answers = dict(zip(PROBLEMS["problem"], PROBLEMS["gold_answer"]))
    knobs = {"answers": answers, "reasoning_words": 10, "correct_prob": 0.5, "seed": 3}
    with FakeLLMServer(batch_polls=1, **knobs) as srv:  # the same run, uninterrupted: its rounds
        teacher = parse_teachers([f"openai:gpt-4o-mini,n=6,base_url={srv.openai_base_url}"])
        config = SamplerConfig(teachers=tuple(teacher), batch=True, batch_poll_s=0.01, until_correct=2)
        with ResponseCache(tmp_path / "clean.sqlite") as cache:
            clean, _ = sample_frame(PROBLEMS, config, cache)
            rounds = len(cache.batches())
    with FakeLLMServer(batch_polls=3, **knobs) as srv:
        teacher = parse_teachers([f"openai:gpt-4o-mini,n=6,base_url={srv.openai_base_url}"])
        config = SamplerConfig(teachers=tuple(teacher), batch=True, batch_poll_s=0.01, until_correct=2)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            sampler = Sampler(config, cache)

            def on_update(stats: dict) -> None:
                if len(cache.batches()) == 2 and stats["openai:gpt-4o-mini"].in_flight:
                    sampler.stop()  # Ctrl-C while round 2 runs

            sampler.on_update = on_update
            first = asyncio.run(sampler.run(PROBLEMS.to_dicts()))
            assert first.stopped == "interrupted" and [b["status"] for b in cache.batches()] == ["ended", "submitted"]
            frame, result = sample_frame(PROBLEMS, config, cache)
        created, paid = srv.requests["batches.create"], srv.choices["batches"]
    assert result.complete and created == rounds  # round 2 was polled on resume, not submitted again
    assert paid == frame.height == clean.height  # nothing paid twice
    _stops_as_online_would(frame, 2, 6)


def test_fallback_with_batch_sends_only_failed_items_to_the_next_teacher(tmp_path: Path) -> None:
    with FakeLLMServer(reasoning_words=10, batch_polls=1) as srv:
        first, _, backup = teachers(srv, max_retries=0)
        config = SamplerConfig(teachers=(first, backup), batch=True, batch_poll_s=0.01, strategy="fallback")
        sampler = Sampler(config, ResponseCache(tmp_path / "keys.sqlite"))
        failing = [sampler.request(first, PROBLEMS["problem"][i], s).key for i, s in ((0, 0), (3, 1), (5, 1))]
        srv.configure(batch_fail_ids=failing)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(PROBLEMS, config, cache)
            batches = cache.batches()
        online = srv.requests["chat.completions"] + srv.requests["messages"]
        created = srv.requests["batches.create"], srv.requests["messages.batches.create"]
    assert online == 0 and created == (1, 1) and result.complete and result.failures == []
    assert frame.height == 12 and frame.select("problem_id", "sample_index").is_unique().all()
    moved = frame.filter(pl.col("teacher") == backup.name)
    assert sorted(zip(moved["problem_id"], moved["sample_index"])) == [("p0", 0), ("p3", 1), ("p5", 1)]
    assert [len(b["keys"]) for b in batches] == [12, 3]  # round 2: only the 3 failed samples, to the next teacher
    assert result.stats[backup.name].planned == 3 and result.stats[first.name].failed == 3
