"""The sampler: every teacher × n samples per problem, async, limited, budgeted, cached, resumable.

One place holds the policy every backend shares:

- bounded concurrency (`concurrency` requests in flight in total, optionally fewer per teacher);
- request- and token-per-minute limits per teacher (:class:`~longcot.teachers.limits.RateLimiter`);
- retries with exponential backoff and jitter, honouring `Retry-After`; a per-request timeout;
- `finish_reason=length`: retried once with `length_retry_max_tokens` when the teacher sets it, else
  kept and flagged `truncated`; refusals and empty answers are recorded, never retried;
- the cache: a response is committed before it is counted or used, so a kill never re-pays it;
- the budget: `max_usd` reserves each request's expected cost before sending it, so the run stops
  within about one request's cost of the cap (in-flight requests finish and are kept);
- strategies: every teacher × n; `until_correct: k` (a problem's samples run in turn and stop once k
  verify correct with :mod:`longcot.verify`); `fallback` (a sample whose teacher failed goes to the
  next teacher in the list).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import random
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from longcot.errors import ConfigError
from longcot.teachers.base import CallError, Request, Response
from longcot.teachers.cache import ResponseCache
from longcot.teachers.cost import Price, estimate_tokens, price_for
from longcot.teachers.limits import RateLimiter
from longcot.teachers.spec import PromptTemplate, TeacherSpec, canonical_json, redact_url, request_key


STRATEGIES = ("all", "fallback")

#: Seconds between looks at a shared budget that other processes' requests in flight hold.
_SHARED_POLL_S = 0.2


@dataclass(frozen=True)
class SamplerConfig:
    """How to sample.

    Attributes:
        teachers: The teachers, in order (the fallback order too).
        prompt: The prompt template (part of every key). Defaults to :class:`PromptTemplate()`.
        concurrency: Requests in flight at once, over all teachers. Defaults to 16.
        rpm: Requests per minute for each teacher that sets no `rpm` of its own. Defaults to no limit.
        tpm: Tokens per minute for each teacher that sets no `tpm`. Defaults to no limit.
        max_usd: Hard cap on dollars spent (cached responses cost nothing new). With a `run_id` (the CLI uses the
            output file) it holds across every invocation of that run: what earlier ones paid counts. Defaults
            to none.
        strategy: `all` (every teacher × its n) or `fallback` (the first teacher's n samples; a
            failed one goes to the next teacher). Defaults to `all`.
        until_correct: Stop sampling a problem once this many samples verify correct. Defaults to none.
        max_retries: Retries per request for teachers that set none. Defaults to 6.
        timeout: Seconds per request for teachers that set none. Defaults to 600.
        backoff_s: First retry delay; doubles each retry, with jitter, up to `backoff_max_s`. Defaults to 1.0.
        backoff_max_s: Longest delay between retries. Defaults to 60.
        batch: Use the providers' Batch APIs (half price, hours of latency). Defaults to False.
        batch_poll_s: Seconds between polls of a submitted batch. Defaults to 30.
        local_chunk: Requests per call for local backends (`transformers`, `vllm`). Defaults to 64.
        verify_timeout: Seconds per check for `until_correct`. Defaults to 5.
    """

    teachers: tuple[TeacherSpec, ...]
    prompt: PromptTemplate = field(default_factory=PromptTemplate)
    concurrency: int = 16
    rpm: int | None = None
    tpm: int | None = None
    max_usd: float | None = None
    strategy: str = "all"
    until_correct: int | None = None
    max_retries: int = 6
    timeout: float = 600.0
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0
    batch: bool = False
    batch_poll_s: float = 30.0
    local_chunk: int = 64
    verify_timeout: float = 5.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "teachers", tuple(self.teachers))
        if not self.teachers:
            raise ConfigError("no teacher given", hint="add --teacher openai:gpt-4o-mini")
        if self.strategy not in STRATEGIES:
            raise ConfigError(f"strategy must be one of {', '.join(STRATEGIES)}, got {self.strategy!r}")
        if not isinstance(self.concurrency, int) or self.concurrency < 1:
            raise ConfigError(f"concurrency must be a whole number >= 1, got {self.concurrency!r}")
        if self.until_correct is not None and (not isinstance(self.until_correct, int) or self.until_correct < 1):
            raise ConfigError(f"until_correct must be a whole number >= 1, got {self.until_correct!r}")
        if self.max_usd is not None and not self.max_usd > 0:
            raise ConfigError(f"max_usd must be a positive number of dollars, got {self.max_usd!r}")
        if self.max_usd is not None:
            unpriced = [t.name for t in self.teachers if price_for(t) is None]
            if unpriced:
                raise ConfigError(
                    f"--max-usd needs a price for every teacher; {unpriced[0]} is not in the price table",
                    hint=f"add price_input=USD,price_output=USD (per million tokens) to {unpriced[0]}'s params",
                )


@dataclass
class TeacherStats:
    """Counts for one teacher in one run (what the progress display and the run metadata show)."""

    teacher: str
    planned: int = 0
    done: int = 0
    cached: int = 0
    sent: int = 0
    in_flight: int = 0
    failed: int = 0
    retries: int = 0
    truncated: int = 0
    refusals: int = 0
    empty: int = 0
    skipped: int = 0
    prompt_tokens: int = 0
    output_tokens: int = 0
    spent_usd: float = 0.0
    billed_failures_usd: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready counts."""
        out = dict(self.__dict__)
        out["spent_usd"] = round(self.spent_usd, 6)
        out["billed_failures_usd"] = round(self.billed_failures_usd, 6)
        return out


@dataclass
class SampleResult:
    """What a sampling run produced.

    Attributes:
        rows: One dict per sample (problem columns carried through + the sample columns).
        failures: One dict per sample that failed after retries (problem_id, teacher, sample_index,
            request_key, error, kind).
        stats: Counts per teacher.
        stopped: Why the run stopped early: None (it finished), `budget`, `interrupted`.
        fatal: Errors that stopped a teacher (bad key, unknown model, unreachable server).
        spent_usd: Dollars this invocation spent (new requests only; billed failures included).
        spent_before_usd: Dollars earlier invocations of the same run (`run_id`) had booked.
    """

    rows: list[dict[str, Any]]
    failures: list[dict[str, Any]]
    stats: dict[str, TeacherStats]
    stopped: str | None = None
    fatal: list[CallError] = field(default_factory=list)
    spent_usd: float = 0.0
    spent_before_usd: float = 0.0

    @property
    def spent_total_usd(self) -> float:
        """Dollars the run has spent over all its invocations (this one included)."""
        return self.spent_before_usd + self.spent_usd

    @property
    def complete(self) -> bool:
        """Every planned sample is a row (no failure, no early stop)."""
        return self.stopped is None and not self.failures and not self.fatal


class _Stop(Exception):
    """Raised inside a job when the run stops (budget, Ctrl-C) before the job's request was sent."""


class _Fatal(Exception):
    def __init__(self, error: CallError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class _Job:
    problem: int
    slots: list[tuple[int, int]]  # (teacher index, sample index), tried in order until satisfied


def problem_id_for(problem: str) -> str:
    """A stable id for a problem without one: `p-` + 12 hex of the sha256 of its text.

    Example:
        >>> problem_id_for("1+1?")
        'p-b4e3d1a9f3a8'
    """
    return "p-" + hashlib.sha256(problem.encode("utf-8")).hexdigest()[:12]


class Sampler:
    """Run a :class:`SamplerConfig` over problems.

    Args:
        config: What to sample.
        cache: The response cache (shared by runs and processes).
        backends: Backend per teacher name, for tests. Defaults to building them from the specs.
        on_update: Called with the stats dict after every event (the progress display). Defaults to none.
        seed: Seed of the retry jitter. Defaults to none (random).
        run_id: Names the run in the cache's spend ledger (the CLI: the output file; a pipeline step: its output
            folder and step). Every dollar paid is booked to it in the same transaction as its response, and with
            `max_usd` each request reserves its expected cost in the cache (:meth:`ResponseCache.reserve`) before it
            is sent, so the cap holds for the run as a whole: earlier invocations and other processes (datatrove
            tasks) sharing the cache count. Defaults to none (the cap is per invocation, kept in memory).

    Example:
        >>> # result = asyncio.run(Sampler(config, ResponseCache("c.sqlite")).run(problems))
    """

    def __init__(
        self,
        config: SamplerConfig,
        cache: ResponseCache,
        *,
        backends: Mapping[str, Any] | None = None,
        on_update: Callable[[dict[str, TeacherStats]], None] | None = None,
        seed: int | None = None,
        run_id: str | None = None,
    ) -> None:
        self.config = config
        self.cache = cache
        self.run_id = run_id
        # The budget is shared through the cache when the run is named: every request reserves there first.
        self._shared = run_id is not None and config.max_usd is not None
        self._owner = uuid.uuid4().hex
        self._held: dict[str, int] = {}  # request key -> its reservation in the cache
        self._others_seen: tuple[float, bool] = (-1e9, False)  # (when, whether) others held reservations
        if self._shared:
            cache.clear_stale_reservations(run_id)  # type: ignore[arg-type]
        self._spent_before = cache.run_spend(run_id) if run_id is not None else 0.0
        self._commits = _GroupCommit(cache, run_id)
        self._backends: dict[str, Any] = dict(backends or {})
        self._own_backends = backends is None
        self.on_update = on_update
        self._rng = random.Random(seed)
        self.stats = {t.name: TeacherStats(t.name) for t in config.teachers}
        self._prices: dict[str, Price | None] = {t.name: price_for(t) for t in config.teachers}
        self._limiters = {
            t.name: RateLimiter(t.call.get("rpm", config.rpm), t.call.get("tpm", config.tpm)) for t in config.teachers
        }
        self._teacher_sem: dict[str, asyncio.Semaphore] = {}
        self._stopping: str | None = None
        self._spent = 0.0
        self._reserved = 0.0
        # Requests holding a reservation now: a count, not `_reserved > 0` (float sums leave ~1e-17 behind after
        # every request settled, and a wait on them would never end).
        self._holding = 0
        self._cost_seen: dict[str, list[float]] = {t.name: [0.0, 0] for t in config.teachers}  # type: ignore[misc]
        self._dead: dict[str, CallError] = {}
        self._no_success_failures: dict[str, int] = {t.name: 0 for t in config.teachers}
        self._preloaded: dict[str, dict[str, Any]] = {}
        self._planned: dict[tuple[str, str, int], Request] = {}
        self._rows: dict[tuple[int, int, int], dict[str, Any]] = {}
        self._in_flight: dict[str, asyncio.Future[Response]] = {}
        self._failures: list[dict[str, Any]] = []

    # -- public ------------------------------------------------------------------------------------

    def stop(self, reason: str = "interrupted") -> None:
        """Stop sending new requests (in-flight ones finish and are kept). Safe from a signal handler."""
        if self._stopping is None:
            self._stopping = reason

    @property
    def spent_usd(self) -> float:
        """Dollars spent so far by this invocation."""
        return self._spent

    @property
    def spent_total_usd(self) -> float:
        """Dollars the run has spent: earlier invocations of its `run_id` plus this one."""
        return self._spent_before + self._spent

    def committed_usd(self) -> float:
        """Dollars the run has paid plus what its requests in flight reserved: every process's, when the budget is
        shared through the cache (a named run with `max_usd`), else this invocation's and earlier ones' spend."""
        if self._shared:
            return self.cache.run_committed(self.run_id)  # type: ignore[arg-type]
        return self._spent_before + self._spent + self._reserved

    def over_budget(self, extra: float = 0.0) -> bool:
        """True when the run's spend (all invocations), its in-flight reservations and `extra` exceed `max_usd`."""
        cap = self.config.max_usd
        return cap is not None and self.committed_usd() + extra > cap

    def _others_in_flight(self) -> bool:
        """Whether other processes hold reservations of this run (their requests may settle under the cap).

        Reservations of processes that died meanwhile (a killed task) are dropped first, so none is waited on. One
        look serves every worker waiting at the cap for a poll interval (not one look each)."""
        now = time.monotonic()
        if now - self._others_seen[0] >= _SHARED_POLL_S / 2:
            run = self.run_id
            self.cache.clear_stale_reservations(run)  # type: ignore[arg-type]
            others = self.cache.run_committed(run) > self.cache.run_spend(run) + 1e-12  # type: ignore[arg-type]
            self._others_seen = (now, others)
        return self._others_seen[1]

    def _fits(self, key: str, expected: float) -> bool:
        """Reserve `expected` dollars for request `key` under the cap; False when it does not fit."""
        if not self._shared:
            return not self.over_budget(expected)
        held = self.cache.reserve(self.run_id, expected, self.config.max_usd, owner=self._owner)  # type: ignore[arg-type]
        if held is None:
            return False
        self._held[key] = held
        return True

    def request(
        self, teacher: TeacherSpec, problem: str, sample_index: int, params: Mapping[str, Any] | None = None
    ) -> Request:
        """The :class:`Request` for one sample of one problem (its key included)."""
        if params is None:
            planned = self._planned.pop((teacher.name, problem, sample_index), None)
            if planned is not None:
                return planned
        params = dict(teacher.sampling if params is None else params)
        messages = self.config.prompt.messages(problem)
        key = request_key(teacher.provider, teacher.model, params, messages, sample_index)
        return Request(key=key, teacher=teacher, messages=messages, params=params, sample_index=sample_index)

    def plan(self, problems: Sequence[Mapping[str, Any]]) -> list[_Job]:
        """The jobs for these problems, sample-major (every problem's sample 0 before any sample 1)."""
        cfg = self.config
        teachers = list(enumerate(cfg.teachers))
        if cfg.strategy == "fallback":
            teachers = teachers[:1]
        slots_per_problem = [(ti, s) for s in range(max(t.n for _, t in teachers)) for ti, t in teachers if s < t.n]
        if cfg.until_correct is not None:
            return [_Job(p, list(slots_per_problem)) for p in range(len(problems))]
        return [_Job(p, [slot]) for slot in slots_per_problem for p in range(len(problems))]

    async def run(self, problems: Sequence[Mapping[str, Any]]) -> SampleResult:
        """Sample every problem (dicts with `problem`, optional `problem_id`, `gold_answer`, other columns).

        Returns:
            The rows, the failures and the counts; see :class:`SampleResult`.
        """
        cfg = self.config
        problems = [dict(p) for p in problems]
        for row in problems:
            if not row.get("problem_id"):
                row["problem_id"] = problem_id_for(row["problem"])
        jobs = self.plan(problems)
        for job in jobs:
            for ti, _ in job.slots:
                self.stats[cfg.teachers[ti].name].planned += 1
        self._preload(problems, jobs)
        self._notify()
        rows = self._rows
        failures = self._failures
        self._budget_changed = asyncio.Condition()
        self._teacher_sem = {
            t.name: asyncio.Semaphore(int(t.call["concurrency"])) for t in cfg.teachers if t.call.get("concurrency")
        }
        try:
            await self._run_jobs(problems, jobs, rows, failures)
        finally:
            if self._own_backends:
                for backend in self._backends.values():
                    with contextlib.suppress(Exception):  # closing must not hide the run's result
                        await backend.aclose()
        return self.partial_result()

    def partial_result(self) -> SampleResult:
        """The result so far: every row completed until now (also after a cancelled run)."""
        return SampleResult(
            rows=[self._rows[k] for k in sorted(self._rows)],
            failures=list(self._failures),
            stats=self.stats,
            stopped=self._stopping,
            fatal=list(self._dead.values()),
            spent_usd=self._spent,
            spent_before_usd=self._spent_before,
        )

    # -- internals ---------------------------------------------------------------------------------

    def _preload(self, problems: list[dict[str, Any]], jobs: list[_Job]) -> None:
        keys = []
        planned = {}
        for job in jobs:
            for ti, s in job.slots:
                teacher, text = self.config.teachers[ti], problems[job.problem]["problem"]
                request = self.request(teacher, text, s)
                planned[(teacher.name, text, s)] = request  # built once: the job takes it from here
                keys.append(request.key)
        self._planned = planned
        self._preloaded = self.cache.get_many(keys)
        if self.over_budget():
            self.stop("budget")  # earlier invocations of this run already spent the cap

    def _notify(self) -> None:
        if self.on_update is not None:
            self.on_update(self.stats)

    def backend(self, teacher: TeacherSpec) -> Any:
        """The backend of a teacher, built on first use."""
        backend = self._backends.get(teacher.name)
        if backend is None:
            from longcot.teachers.backends import make_backend

            limit = int(teacher.call.get("concurrency") or self.config.concurrency)
            backend = make_backend(teacher, concurrency=min(limit, self.config.concurrency))
            self._backends[teacher.name] = backend
        return backend

    async def _run_jobs(
        self,
        problems: list[dict[str, Any]],
        jobs: list[_Job],
        rows: dict[tuple[int, int, int], dict[str, Any]],
        failures: list[dict[str, Any]],
    ) -> None:
        cfg = self.config
        local = [i for i, t in enumerate(cfg.teachers) if t.provider in ("vllm", "transformers")]
        # until_correct and fallback choose the next request from the last answers: online, or with --batch in
        # rounds of batches (batch.run_batch_rounds).
        adaptive = cfg.until_correct is not None or cfg.strategy == "fallback"
        batchable = [i for i, t in enumerate(cfg.teachers) if cfg.batch and t.provider in ("openai", "anthropic")]
        batched = [] if adaptive else batchable
        special = set(local) | set(batched)
        api_jobs = [j for j in jobs if not (len(j.slots) == 1 and j.slots[0][0] in special)]
        tasks = []
        if batched:
            from longcot.teachers.batch import run_batches

            for ti in batched:
                mine = [j for j in jobs if len(j.slots) == 1 and j.slots[0][0] == ti]
                tasks.append(run_batches(self, ti, problems, mine, rows, failures))
        for ti in local:
            mine = [j for j in jobs if len(j.slots) == 1 and j.slots[0][0] == ti]
            tasks.append(self._run_local(ti, problems, mine, rows, failures))
        if api_jobs and adaptive and batchable:
            from longcot.teachers.batch import run_batch_rounds

            tasks.append(run_batch_rounds(self, problems, api_jobs, rows, failures))
        elif api_jobs:
            tasks.append(self._run_api(problems, api_jobs, rows, failures))
        await asyncio.gather(*tasks)

    async def _run_api(
        self,
        problems: list[dict[str, Any]],
        jobs: list[_Job],
        rows: dict[tuple[int, int, int], dict[str, Any]],
        failures: list[dict[str, Any]],
    ) -> None:
        queue = list(reversed(jobs))

        async def worker() -> None:
            while queue:
                job = queue.pop()
                await self._run_job(problems, job, rows, failures)

        await asyncio.gather(*(worker() for _ in range(min(self.config.concurrency, len(jobs)))))

    async def _run_job(
        self,
        problems: list[dict[str, Any]],
        job: _Job,
        rows: dict[tuple[int, int, int], dict[str, Any]],
        failures: list[dict[str, Any]],
    ) -> None:
        cfg = self.config
        problem = problems[job.problem]
        correct = 0
        for ti, sample_index in job.slots:
            if cfg.until_correct is not None and correct >= cfg.until_correct:
                self.stats[cfg.teachers[ti].name].skipped += 1
                continue
            chain = list(range(ti, len(cfg.teachers))) if cfg.strategy == "fallback" else [ti]
            last_error: CallError | None = None
            for position, tj in enumerate(chain):
                teacher = cfg.teachers[tj]
                try:
                    row = await self._sample(teacher, problem, sample_index)
                except _Stop:
                    self.stats[teacher.name].skipped += 1
                    return
                except CallError as exc:
                    last_error = exc
                    if position + 1 < len(chain):
                        self.stats[cfg.teachers[chain[position + 1]].name].planned += 1
                    continue
                rows[(job.problem, tj, sample_index)] = row
                if row.get("verdict") == "correct":
                    correct += 1
                last_error = None
                break
            if last_error is not None:
                failures.append(
                    {"problem_id": problem["problem_id"], "teacher": cfg.teachers[chain[-1]].name,
                     "sample_index": sample_index, "request_key": last_error.extra.get("key"),
                     "error": last_error.message, "kind": last_error.kind}
                )  # fmt: skip

    async def _sample(self, teacher: TeacherSpec, problem: Mapping[str, Any], sample_index: int) -> dict[str, Any]:
        """One row for one sample: cache or network, with the length retry and (for until_correct) a verdict."""
        request = self.request(teacher, problem["problem"], sample_index)
        response = await self._obtain(request)
        cost = response.cost_usd
        retry_tokens = teacher.call.get("length_retry_max_tokens")
        if (
            response.finish_reason == "length"
            and retry_tokens
            and int(retry_tokens) > int(request.params.get("max_tokens") or 0)
        ):
            params = {**request.params, "max_tokens": retry_tokens}
            bigger = self.request(teacher, problem["problem"], sample_index, params)
            try:
                retried = await self._obtain(bigger)
            except CallError:
                retried = None  # keep the truncated one
            if retried is not None:
                if cost is not None or retried.cost_usd is not None:
                    cost = (cost or 0.0) + (retried.cost_usd or 0.0)  # the first attempt was paid too
                request, response = bigger, retried
        stats = self.stats[teacher.name]
        flags = _flags(response)
        for flag in flags:
            setattr(stats, _FLAG_COUNTER[flag], getattr(stats, _FLAG_COUNTER[flag]) + 1)
        stats.done += 1
        self._notify()
        row = self._row(problem, teacher, request, response, cost, flags)
        if self.config.until_correct is not None:
            await self._verify(row)
        return row

    async def _verify(self, row: dict[str, Any]) -> None:
        from longcot.verify import verify_answer
        from longcot.verify.processor import VERIFIER

        gold = row.get("gold_answer")
        if gold is None or row["finish_reason"] == "length":
            row.update(predicted_answer=None, verdict="truncated" if gold is not None else "gold_unparseable")
            row["verifier"] = VERIFIER
            return
        verdict = await asyncio.to_thread(verify_answer, str(gold), row["completion"] or "",
                                          timeout=self.config.verify_timeout)  # fmt: skip
        row.update(predicted_answer=verdict.predicted, verdict=verdict.status.value, verifier=VERIFIER)

    def _row(
        self,
        problem: Mapping[str, Any],
        teacher: TeacherSpec,
        request: Request,
        response: Response,
        cost: float | None,
        flags: list[str],
    ) -> dict[str, Any]:
        row = dict(problem)
        row.update(
            teacher=teacher.name,
            sample_index=request.sample_index,
            sampling=sampling_struct(request.params),
            reasoning=response.reasoning,
            reasoning_source=response.reasoning_source,
            reasoning_redacted=response.reasoning_redacted,
            completion=response.completion,
            finish_reason=response.finish_reason,
            prompt_tokens=response.prompt_tokens,
            completion_tokens=response.completion_tokens,
            reasoning_tokens=response.reasoning_tokens,
            cost_usd=cost,
            latency_s=round(response.latency_s, 4),
            request_key=request.key,
            quality_flags=flags,
        )
        return row

    def _expected_cost(self, teacher: TeacherSpec, request: Request) -> float:
        price = self._prices[teacher.name]
        if price is None:
            return 0.0
        total, count = self._cost_seen[teacher.name]
        if count:
            return total / count
        prompt = estimate_tokens("".join(m["content"] for m in request.messages))
        return price.cost(prompt, int(request.params.get("max_tokens") or 4096))

    def _charge(self, teacher: TeacherSpec, response: Response) -> float | None:
        price = self._prices[teacher.name]
        if price is None:
            return None  # unknown price: the row says so (null), it does not claim $0
        return price.cost(response.prompt_tokens, response.completion_tokens, batch=response.batch)

    def record(self, teacher: TeacherSpec, request: Request, response: Response) -> Response:
        """Price a fresh response, commit it to the cache (before anything uses it), count it."""
        response.cost_usd = self._charge(teacher, response)
        key, payload, name, index, audit = _cache_item(teacher, request, response)
        self.cache.put(key, payload, teacher=name, sample_index=index, request=audit, run=self.run_id)
        return self._count(teacher, response)

    def record_many(self, teacher: TeacherSpec, answers: Sequence[tuple[Request, Response]]) -> None:
        """:meth:`record` for many responses of one teacher (a collected batch) in one transaction."""
        items = []
        for request, response in answers:
            response.cost_usd = self._charge(teacher, response)
            items.append(_cache_item(teacher, request, response))
        if items:
            self.cache.put_many(items, run=self.run_id)
        for _, response in answers:
            self._count(teacher, response)

    async def record_async(self, teacher: TeacherSpec, request: Request, response: Response) -> Response:
        """:meth:`record` with the commit grouped with other responses arriving meanwhile, on a worker thread.

        Returns only once the response is committed (so it is still written before it is used), but the event
        loop keeps serving other requests during the disk write, and many responses share one transaction.
        """
        response.cost_usd = self._charge(teacher, response)
        await self._commits.put(_cache_item(teacher, request, response), self._held.pop(request.key, None))
        return self._count(teacher, response)

    def _count(self, teacher: TeacherSpec, response: Response) -> Response:
        stats = self.stats[teacher.name]
        stats.sent += 1
        stats.prompt_tokens += response.prompt_tokens or 0
        stats.output_tokens += response.completion_tokens or 0
        cost = response.cost_usd or 0.0
        stats.spent_usd += cost
        self._spent += cost
        seen = self._cost_seen[teacher.name]
        seen[0] += cost
        seen[1] += 1
        self._no_success_failures[teacher.name] = -1  # it has worked once: failures are not the setup's fault
        if self.config.max_usd is not None and self._spent_before + self._spent >= self.config.max_usd:
            self.stop("budget")
        return response

    def record_billed_failure(self, teacher: TeacherSpec, key: str, error: CallError) -> None:
        """Count the cost of a failed request the provider billed anyway."""
        price = self._prices[teacher.name]
        if error.billed_usage is None or price is None:
            return
        cost = price.cost(*error.billed_usage)
        self.cache.add_spend(key, teacher=teacher.name, cost_usd=cost, reason=error.kind, run=self.run_id)
        self.stats[teacher.name].billed_failures_usd += cost
        self.stats[teacher.name].spent_usd += cost
        self._spent += cost

    def cached(self, key: str) -> Response | None:
        """The cached response for a key (preloaded in bulk at start, else read from the cache)."""
        hit = self._preloaded.pop(key, None)
        if hit is None:
            hit = self.cache.get(key)
        return None if hit is None else Response.from_dict(hit)

    async def _obtain(self, request: Request) -> Response:
        teacher = request.teacher
        stats = self.stats[teacher.name]
        hit = self.cached(request.key)
        if hit is not None:
            stats.cached += 1
            return hit
        # The same request already in flight (two rows with the same problem text): wait for its answer
        # instead of paying for it twice.
        twin = self._in_flight.get(request.key)
        if twin is not None:
            response = await asyncio.shield(twin)
            stats.cached += 1
            return Response.from_dict(response.to_dict())
        future: asyncio.Future[Response] = asyncio.get_running_loop().create_future()
        self._in_flight[request.key] = future
        try:
            response = await self._obtain_new(request)
        except BaseException as exc:
            if isinstance(exc, Exception) and not isinstance(exc, asyncio.CancelledError):
                future.set_exception(exc)
                future.exception()  # retrieved: no "never retrieved" warning when no twin waits
            else:
                future.cancel()
            raise
        finally:
            self._in_flight.pop(request.key, None)
        future.set_result(response)
        return response

    async def _obtain_new(self, request: Request) -> Response:
        teacher = request.teacher
        if teacher.name in self._dead:
            error = self._dead[teacher.name]
            raise CallError(error.message, retryable=False, kind=error.kind, extra={"key": request.key})
        if self._stopping is not None:
            raise _Stop()
        expected = 0.0
        if self.config.max_usd is not None:
            while True:
                expected = self._expected_cost(teacher, request)
                if self._fits(request.key, expected):
                    break
                others = self._shared and self._holding == 0 and self._others_in_flight()
                if self._holding == 0 and not others:  # nothing in flight: the next request would cross the cap
                    self.stop("budget")
                    raise _Stop()
                # Requests in flight hold reservations: wait for them to settle, then look again (another
                # process's cannot tell this one: look again after a while).
                async with self._budget_changed:
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(self._budget_changed.wait(), _SHARED_POLL_S if others else None)
                if self._stopping is not None:
                    raise _Stop()
            self._reserved += expected
            self._holding += 1
        try:
            return await self._call_with_retries(request)
        finally:
            if self.config.max_usd is not None:
                self._reserved -= expected
                self._holding -= 1
                if self._holding == 0:
                    self._reserved = 0.0
                held = self._held.pop(request.key, None)
                if held is not None:  # no response committed it (a failure, Ctrl-C)
                    self.cache.release([held])
                async with self._budget_changed:
                    self._budget_changed.notify_all()

    async def _call_with_retries(self, request: Request) -> Response:
        teacher = request.teacher
        stats = self.stats[teacher.name]
        backend = self.backend(teacher)
        limiter = self._limiters[teacher.name]
        max_retries = int(teacher.call.get("max_retries", self.config.max_retries))
        timeout = float(teacher.call.get("timeout", self.config.timeout))
        tokens = 0
        if limiter.tpm:
            tokens = estimate_tokens("".join(m["content"] for m in request.messages)) + int(
                request.params.get("max_tokens") or 4096
            )
        semaphore = self._teacher_sem.get(teacher.name)
        attempt = 0
        while True:
            await limiter.acquire(tokens)
            stats.in_flight += 1
            self._notify()
            try:
                if semaphore is not None:
                    async with semaphore:
                        response = await _deadline(backend.generate(request), timeout + 5.0)
                else:
                    response = await _deadline(backend.generate(request), timeout + 5.0)
            except (CallError, asyncio.TimeoutError) as exc:
                if isinstance(exc, CallError):
                    error = exc
                else:
                    error = CallError(f"{teacher.name}: request timed out", kind="timeout")
                error.extra["key"] = request.key
                self.record_billed_failure(teacher, request.key, error)
                stats.errors[error.kind] = stats.errors.get(error.kind, 0) + 1
                limiter.settle(tokens, 0)
                # No request of this teacher has worked yet: a server that cannot be reached is a
                # setup error, not bad luck; say so after three tries rather than retrying for minutes.
                never_worked = self._no_success_failures[teacher.name] >= 0
                if never_worked and not error.fatal and error.kind == "connection" and attempt >= 2:
                    error = CallError(
                        error.message, retryable=False, fatal=True, kind="unreachable",
                        hint=f"is the server up? check the base URL of {teacher.name}"
                        + (f" ({redact_url(teacher.base_url)})" if teacher.base_url else ""),
                        extra=error.extra,
                    )  # fmt: skip
                if error.fatal:
                    self._dead.setdefault(teacher.name, error)
                    stats.failed += 1
                    raise error from None
                if not error.retryable or attempt >= max_retries or self._stopping == "interrupted":
                    stats.failed += 1
                    if self._no_success_failures[teacher.name] >= 0:
                        self._no_success_failures[teacher.name] += 1
                        if self._no_success_failures[teacher.name] >= 5:
                            self._dead.setdefault(teacher.name, error)
                    raise error from None
                attempt += 1
                stats.retries += 1
                delay = self._backoff(attempt, error.retry_after)
                await asyncio.sleep(delay)
                continue
            finally:
                stats.in_flight -= 1
            limiter.settle(tokens, (response.prompt_tokens or 0) + (response.completion_tokens or 0))
            return await self.record_async(teacher, request, response)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(self.config.backoff_max_s, retry_after) + self._rng.uniform(0, 0.1 * self.config.backoff_s)
        ceiling = min(self.config.backoff_max_s, self.config.backoff_s * 2 ** (attempt - 1))
        return self._rng.uniform(ceiling / 2, ceiling)

    async def _run_local(
        self,
        ti: int,
        problems: list[dict[str, Any]],
        jobs: list[_Job],
        rows: dict[tuple[int, int, int], dict[str, Any]],
        failures: list[dict[str, Any]],
    ) -> None:
        teacher = self.config.teachers[ti]
        stats = self.stats[teacher.name]
        chunk = int(teacher.call.get("batch_size", self.config.local_chunk))
        pending: list[tuple[_Job, Request]] = []
        for job in jobs:
            _, s = job.slots[0]
            request = self.request(teacher, problems[job.problem]["problem"], s)
            hit = self.cached(request.key)
            if hit is not None:
                stats.cached += 1
                stats.done += 1
                row = self._row(problems[job.problem], teacher, request, hit, hit.cost_usd, _flags(hit))
                rows[(job.problem, ti, s)] = row
            else:
                pending.append((job, request))
        self._notify()
        backend = self.backend(teacher) if pending else None
        for start in range(0, len(pending), chunk):
            if self._stopping is not None:
                stats.skipped += len(pending) - start
                break
            part = pending[start : start + chunk]
            stats.in_flight += len(part)
            self._notify()
            try:
                answers = await asyncio.to_thread(backend.generate_many, [r for _, r in part])
            except CallError as exc:
                answers = [exc] * len(part)
            except Exception as exc:  # noqa: BLE001 - one bad chunk must not crash the run
                answers = [CallError(f"{teacher.name}: {type(exc).__name__}: {exc}", kind="local")] * len(part)
            finally:
                stats.in_flight -= len(part)
            for (job, request), answer in zip(part, answers):
                _, s = job.slots[0]
                if isinstance(answer, CallError):
                    stats.failed += 1
                    failures.append({"problem_id": problems[job.problem]["problem_id"], "teacher": teacher.name,
                                     "sample_index": s, "request_key": request.key, "error": answer.message,
                                     "kind": answer.kind})  # fmt: skip
                    if answer.fatal:
                        self._dead.setdefault(teacher.name, answer)
                    continue
                self.record(teacher, request, answer)
                stats.done += 1
                rows[(job.problem, ti, s)] = self._row(problems[job.problem], teacher, request, answer,
                                                       answer.cost_usd, _flags(answer))  # fmt: skip
            self._notify()
            if teacher.name in self._dead:
                break


_CacheItem = tuple[str, dict[str, Any], str, int, Any]


def _cache_item(teacher: TeacherSpec, request: Request, response: Response) -> _CacheItem:
    """`(key, response, teacher, sample_index, request)` as :meth:`ResponseCache.put_many` stores it."""
    audit = {"params": request.params, "messages": request.messages, "model": teacher.model,
             "provider": teacher.provider}  # fmt: skip
    return request.key, response.to_dict(), teacher.name, request.sample_index, audit


class _GroupCommit:
    """Group commits: responses arriving while a commit runs are committed together in the next one.

    `await put(item)` returns once the item is on disk (or raises what the commit raised). Commits run one at a
    time on a worker thread, so the event loop never blocks on the disk and a burst of answers costs one
    transaction instead of one each. An item a cancelled caller left behind is still committed (the thread
    finishes; asyncio.run waits for it), so a paid response is never lost.
    """

    def __init__(self, cache: ResponseCache, run: str | None) -> None:
        self.cache = cache
        self.run = run
        self._pending: list[tuple[_CacheItem, int | None, asyncio.Future[None]]] = []
        self._task: asyncio.Task[None] | None = None

    async def put(self, item: _CacheItem, reservation: int | None = None) -> None:
        """Commit `item` (and drop its budget `reservation` in the same transaction); returns once on disk."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((item, reservation, future))
        if self._task is None:
            self._task = asyncio.ensure_future(self._flush())
        await asyncio.shield(future)

    async def _flush(self) -> None:
        try:
            while self._pending:
                group, self._pending = self._pending, []
                held = [r for _, r, _ in group if r is not None]
                try:
                    await asyncio.to_thread(self.cache.put_many, [item for item, _, _ in group], run=self.run,
                                            release=held)  # fmt: skip
                except BaseException as exc:
                    with contextlib.suppress(Exception):  # nothing was paid into the run: free what it held
                        self.cache.release(held)
                    for _, _, future in group:
                        if not future.done():
                            if isinstance(exc, asyncio.CancelledError):
                                future.cancel()
                            else:
                                future.set_exception(exc)
                    if isinstance(exc, asyncio.CancelledError):
                        raise
                    continue
                for _, _, future in group:
                    if not future.done():
                        future.set_result(None)
        finally:
            self._task = None


async def _deadline(coro: Any, seconds: float) -> Any:
    """Await `coro` for at most `seconds` (a backstop to the client's own timeout, for slow-drip answers)."""
    if sys.version_info >= (3, 11):  # asyncio.timeout does not start a task per call, as wait_for does
        async with asyncio.timeout(seconds):
            return await coro
    return await asyncio.wait_for(coro, seconds)


_FLAG_COUNTER = {"truncated": "truncated", "refusal": "refusals", "empty": "empty"}


def _flags(response: Response) -> list[str]:
    """One quality flag at most: truncated (cut off), else refusal, else empty (no answer text)."""
    if response.finish_reason == "length":
        return ["truncated"]
    if response.finish_reason in ("refusal", "content_filter"):
        return ["refusal"]
    return ["empty"] if response.empty else []


def sampling_struct(params: Mapping[str, Any]) -> dict[str, Any]:
    """The `sampling` column for a request's params: the common fields typed, and all of them as JSON.

    Example:
        >>> sampling_struct({"temperature": 0.6, "top_k": 20})["params_json"]
        '{"temperature":0.6,"top_k":20}'
    """

    def num(key: str, kind: type) -> Any:
        value = params.get(key)
        return None if value is None else kind(value)

    thinking = params.get("thinking")
    return {
        "temperature": num("temperature", float),
        "top_p": num("top_p", float),
        "max_tokens": num("max_tokens", int),
        "seed": num("seed", int),
        "reasoning_effort": None if params.get("reasoning_effort") is None else str(params["reasoning_effort"]),
        "thinking_budget": num("thinking_budget", int),
        "thinking": thinking if thinking is None or isinstance(thinking, str) else canonical_json(thinking),
        "reasoning_summary": None if params.get("reasoning_summary") is None else str(params["reasoning_summary"]),
        "params_json": canonical_json(dict(params)),
    }


def now() -> float:
    """Wall-clock seconds (for run metadata)."""
    return time.time()
