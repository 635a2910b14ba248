"""The sampler's policy (retries, truncation, refusals, budget, strategies, limits) with a scripted backend.

The real clients over real HTTP are tested in test_sampler_http.py; here a backend object answers from
a script, so each rule is checked in isolation and fast.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from pathlib import Path

import polars as pl
import pytest

from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, sample_frame
from longcot.teachers.base import CallError, Response
from longcot.teachers.limits import RateLimiter


class Scripted:
    """A backend answering from a script (Response, CallError or a callable of the request)."""

    local = False

    def __init__(self, script=None, default=None) -> None:
        self.script = list(script or [])
        self.default = default or (
            lambda r: Response(completion=r"so \boxed{4}", prompt_tokens=100, completion_tokens=900)
        )
        self.calls = []

    async def generate(self, request):
        self.calls.append(request)
        await asyncio.sleep(0)
        item = self.script.pop(0) if self.script else self.default
        if callable(item):
            item = item(request)
        if isinstance(item, CallError):
            raise CallError(
                item.message,
                retryable=item.retryable,
                retry_after=item.retry_after,
                fatal=item.fatal,
                kind=item.kind,
                billed_usage=item.billed_usage,
                hint=item.hint,
            )
        return Response(**item.to_dict())

    async def aclose(self) -> None:
        pass


PROBLEMS = pl.DataFrame({"problem_id": ["a", "b"], "problem": ["2+2?", "3+1?"], "gold_answer": ["4", "4"]})


def run(tmp_path: Path, teachers, backends, problems=PROBLEMS, **options):
    config = SamplerConfig(teachers=tuple(teachers), backoff_s=0.01, **options)
    with ResponseCache(tmp_path / "cache.sqlite") as cache:
        return sample_frame(problems, config, cache, backends=backends)


def test_retry_honours_retry_after(tmp_path: Path) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini")
    backend = Scripted([CallError("429", kind="rate_limit", retry_after=0.3)])
    start = time.perf_counter()
    frame, result = run(tmp_path, [teacher], {teacher.name: backend}, problems=PROBLEMS.head(1))
    assert time.perf_counter() - start >= 0.3  # waited as told, not the 0.01 s backoff
    assert frame.height == 1 and result.stats[teacher.name].retries == 1 and len(backend.calls) == 2


@pytest.mark.parametrize(
    ("outcome", "calls", "rows", "flag", "failed"),
    [
        (CallError("400", retryable=False, kind="bad_request"), 1, 0, None, 1),  # not retried, recorded as failed
        (CallError("500", kind="server"), 3, 0, None, 1),  # retried max_retries=2 times, then failed
        (Response(completion="", finish_reason="refusal"), 1, 1, "refusal", 0),  # recorded, not retried
        (Response(completion="  "), 1, 1, "empty", 0),  # recorded, not retried
        (Response(completion="cut", finish_reason="length"), 1, 1, "truncated", 0),  # kept and marked
    ],
)
def test_failures_refusals_empty_truncated(tmp_path: Path, outcome, calls: int, rows: int, flag, failed: int) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini")
    backend = Scripted(default=lambda r: outcome)
    frame, result = run(tmp_path, [teacher], {teacher.name: backend}, problems=PROBLEMS.head(1), max_retries=2)
    assert (len(backend.calls), frame.height, len(result.failures)) == (calls, rows, failed)
    if flag:
        assert frame["quality_flags"].to_list() == [[flag]]
    if failed:
        assert result.failures[0]["problem_id"] == "a" and result.failures[0]["request_key"]


def test_length_retried_once_with_larger_budget(tmp_path: Path) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini,max_tokens=1000,length_retry_max_tokens=4000")
    backend = Scripted([Response(completion="cut", finish_reason="length", prompt_tokens=100, completion_tokens=1000)])
    frame, result = run(tmp_path, [teacher], {teacher.name: backend}, problems=PROBLEMS.head(1))
    assert [c.params["max_tokens"] for c in backend.calls] == [1000, 4000]
    row = frame.row(0, named=True)
    assert row["finish_reason"] == "stop" and row["sampling"]["max_tokens"] == 4000
    assert row["request_key"] == backend.calls[1].key
    # the truncated first attempt was paid: the row's cost holds both
    first = (100 * 0.15 + 1000 * 0.60) / 1e6
    second = (100 * 0.15 + 900 * 0.60) / 1e6
    assert row["cost_usd"] == pytest.approx(first + second)
    # a re-run finds both attempts in the cache and sends nothing
    again = Scripted()
    frame2, _ = run(tmp_path, [teacher], {teacher.name: again}, problems=PROBLEMS.head(1))
    assert again.calls == [] and frame2.equals(frame)


def test_billed_failure_is_counted(tmp_path: Path) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini,price_input=1,price_output=1")
    backend = Scripted([CallError("malformed", kind="malformed", billed_usage=(1000, 1000))])
    _, result = run(tmp_path, [teacher], {teacher.name: backend}, problems=PROBLEMS.head(1))
    assert result.stats[teacher.name].billed_failures_usd == pytest.approx(0.002)
    assert result.spent_usd == pytest.approx(0.002 + 0.001)
    with ResponseCache(tmp_path / "cache.sqlite") as cache:
        assert cache.failed_spend() == pytest.approx(0.002)


def test_max_usd_stops_within_one_request(tmp_path: Path) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini,price_input=0,price_output=1000,n=50")  # $1 per 1,000 output tokens
    backend = Scripted(default=lambda r: Response(completion=r"\boxed{4}", prompt_tokens=10, completion_tokens=1000))
    frame, result = run(tmp_path, [teacher], {teacher.name: backend}, max_usd=7.5, concurrency=8)
    assert result.stopped == "budget"
    assert abs(result.spent_usd - 7.5) <= 1.0  # one request costs $1
    assert frame.height == len(backend.calls) == round(result.spent_usd)


def test_until_correct_stops_paying(tmp_path: Path) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini,n=6")
    answers = iter([r"\boxed{5}", r"\boxed{4}", r"\boxed{4}", r"\boxed{1}", r"\boxed{4}", r"\boxed{4}"] * 4)
    backend = Scripted(default=lambda r: Response(completion=next(answers), prompt_tokens=1, completion_tokens=1))
    frame, _ = run(tmp_path, [teacher], {teacher.name: backend}, until_correct=2, concurrency=1)
    # per problem: wrong, right, right → stop after 3 of 6 samples
    assert frame.group_by("problem_id").len().sort("problem_id")["len"].to_list() == [3, 3]
    assert len(backend.calls) == 6
    assert set(frame["verdict"]) == {"correct", "incorrect"}


def test_fallback_to_next_teacher(tmp_path: Path) -> None:
    first = parse_teacher("openai:gpt-4o-mini,n=2")
    second = parse_teacher("anthropic:claude-3-7-sonnet")
    dead = Scripted(default=lambda r: CallError("401", retryable=False, fatal=True, kind="auth", hint="check key"))
    backup = Scripted()
    frame, result = run(
        tmp_path, [first, second], {first.name: dead, second.name: backup}, strategy="fallback", concurrency=1
    )
    assert frame.height == 4 and set(frame["teacher"]) == {second.name}
    assert len(dead.calls) == 1  # a fatal error stops the teacher: no request after it
    assert sorted(frame["sample_index"].to_list()) == [0, 0, 1, 1]
    assert result.failures == []


def test_every_teacher_times_n(tmp_path: Path) -> None:
    a, b = parse_teacher("openai:gpt-4o-mini,n=3"), parse_teacher("anthropic:claude-3-7-sonnet,n=1")
    frame, result = run(tmp_path, [a, b], {a.name: Scripted(), b.name: Scripted()})
    counts = frame.group_by("teacher").len().sort("teacher")
    assert counts.rows() == [(b.name, 2), (a.name, 6)]
    assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()
    assert result.complete


def test_rate_limiter_spaces_requests() -> None:
    now = [0.0]
    slept = []

    async def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = RateLimiter(rpm=60, clock=lambda: now[0], sleep=sleep)

    async def go() -> None:
        for _ in range(15):
            await limiter.acquire()

    asyncio.run(go())
    # a 10-second burst (10 requests), then one per second
    assert now[0] == pytest.approx(5.0)
    tok = RateLimiter(tpm=600, clock=lambda: now[0], sleep=sleep)  # 10 tokens/s, bucket 100
    start = now[0]
    asyncio.run(tok.acquire(100))
    asyncio.run(tok.acquire(50))
    assert now[0] - start == pytest.approx(5.0)


def _writer(path: str, worker: int) -> None:
    cache = ResponseCache(path)
    for i in range(200):
        cache.put(f"k{i}", {"worker": worker, "i": i}, teacher="t", sample_index=i, request={})
        cache.put(f"w{worker}-{i}", {"worker": worker}, teacher="t", sample_index=i, request={})
    cache.close()


def test_cache_shared_by_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with ResponseCache(path) as cache:
        assert cache.count() == 200 + 2 * 200  # shared keys once (first writer wins), own keys all
        assert cache.get("k7")["i"] == 7
        mode = cache._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_progress_draws_per_teacher_on_a_terminal_and_stays_quiet_otherwise(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from longcot.teachers.progress import SampleProgress

    teacher = parse_teacher("openai:gpt-4o-mini,n=2")
    screen = io.StringIO()
    config = SamplerConfig(teachers=(teacher,), backoff_s=0.01)
    with (
        ResponseCache(tmp_path / "c.sqlite") as cache,
        SampleProgress(Console(file=screen, force_terminal=True, width=160), interval_s=0.0) as progress,
    ):
        sample_frame(PROBLEMS, config, cache, backends={teacher.name: Scripted()}, progress=progress)
    drawn = screen.getvalue()
    assert "openai:gpt-4o-mini" in drawn and "4/4" in drawn and "in flight 0" in drawn and "failed 0" in drawn
    quiet = io.StringIO()
    with SampleProgress(Console(file=quiet, force_terminal=False)) as progress:
        progress.update({teacher.name: object()})  # not drawn: never even read
    assert quiet.getvalue() == ""


def test_same_problem_text_twice_is_paid_once(tmp_path: Path) -> None:
    teacher = parse_teacher("openai:gpt-4o-mini,n=2")
    backend = Scripted()
    twice = pl.DataFrame({"problem_id": ["a", "a-copy"], "problem": ["2+2?", "2+2?"], "gold_answer": ["4", "4"]})
    frame, result = run(tmp_path, [teacher], {teacher.name: backend}, problems=twice, concurrency=8)
    assert frame.height == 4 and len(backend.calls) == 2  # one request per sample index, shared by both rows
    assert result.spent_usd == pytest.approx(2 * (100 * 0.15 + 900 * 0.6) / 1e6)


def test_max_usd_stop_does_not_wait_on_float_residue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bug: once every request had settled, the sum of reservations could be 1e-17, not 0 ((0.1 + 0.2) - 0.1 - 0.2);
    the sampler took that for a request in flight and waited on it forever instead of stopping at the cap."""
    import threading

    from longcot.teachers.sampler import Sampler

    expected = iter([0.1, 0.2] + [10.0] * 10)  # two requests that fit, then none does
    monkeypatch.setattr(Sampler, "_expected_cost", lambda self, teacher, request: next(expected))
    teacher = parse_teacher("openai:gpt-4o-mini,price_input=0,price_output=1000,n=5")
    backend = Scripted(default=lambda r: Response(completion=r"\boxed{4}", prompt_tokens=0, completion_tokens=10))
    out = []
    worker = threading.Thread(target=lambda: out.append(run(tmp_path, [teacher], {teacher.name: backend},
                                                            max_usd=1.0, concurrency=2)), daemon=True)  # fmt: skip
    worker.start()
    worker.join(30)
    assert out, "the sampler hung at the cap"
    frame, result = out[0]
    assert result.stopped == "budget" and len(backend.calls) == frame.height == 2
