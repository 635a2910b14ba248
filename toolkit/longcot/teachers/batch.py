"""`--batch`: the OpenAI Batch API and Anthropic Message Batches, at the batch discount, resumable.

For each `openai:` / `anthropic:` teacher, the requests not in the cache are submitted as one batch
(custom id = request key). The batch id and its keys go into the cache DB (`batches` table) the moment
the provider accepts it, so a run that is interrupted or killed while the batch runs polls that same
batch when it is run again instead of submitting (and paying for) it twice. When a batch ends, every
answer is committed to the cache; items that failed are resubmitted in a new batch (up to the
teacher's `max_retries` rounds), and only those. Results may arrive in any order (Anthropic says so).

OpenAI: `files.create(purpose="batch")` with JSONL lines `{custom_id, method, url, body}`,
`batches.create(endpoint, input_file_id, completion_window="24h")`, poll `status`, then
`files.content(output_file_id)` (and `error_file_id`). Anthropic: `messages.batches.create(requests=
[{custom_id, params}])`, poll `processing_status` until `ended`, then `messages.batches.results(id)`.

Limits that do not apply to batches: `until_correct` and `fallback` need answers before choosing the
next request, so those runs sample online; `length_retry_max_tokens` is not applied to batch answers.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from longcot.teachers.base import CallError, Request


if TYPE_CHECKING:
    from longcot.teachers.sampler import Sampler, _Job


async def run_batches(
    sampler: Sampler,
    teacher_index: int,
    problems: list[dict[str, Any]],
    jobs: list[_Job],
    rows: dict[tuple[int, int, int], dict[str, Any]],
    failures: list[dict[str, Any]],
) -> None:
    """Sample one teacher's jobs through its provider's batch API (see the module docstring)."""
    from longcot.teachers.sampler import _flags

    teacher = sampler.config.teachers[teacher_index]
    stats = sampler.stats[teacher.name]
    cache = sampler.cache
    by_key: dict[str, tuple[_Job, Request]] = {}
    for job in jobs:
        _, s = job.slots[0]
        request = sampler.request(teacher, problems[job.problem]["problem"], s)
        hit = sampler.cached(request.key)
        if hit is not None:
            stats.cached += 1
            stats.done += 1
            rows[(job.problem, teacher_index, s)] = sampler._row(
                problems[job.problem], teacher, request, hit, hit.cost_usd, _flags(hit)
            )
        else:
            by_key[request.key] = (job, request)
    pending = set(by_key)
    sampler._notify()
    if not pending:
        return
    backend = sampler.backend(teacher)
    rounds = int(teacher.call.get("max_retries", sampler.config.max_retries)) + 1
    errors: dict[str, CallError] = {}

    def accept(key: str, answer: Any) -> None:
        job, request = by_key[key]
        _, s = job.slots[0]
        answer.batch = True
        sampler.record(teacher, request, answer)  # committed to the cache before anything else
        stats.done += 1
        rows[(job.problem, teacher_index, s)] = sampler._row(
            problems[job.problem], teacher, request, answer, answer.cost_usd, _flags(answer)
        )
        pending.discard(key)
        errors.pop(key, None)

    submitted_rounds = 0
    while pending:
        # Batches a previous run submitted for these keys: poll them, never submit them again.
        open_batches = [(bid, set(keys) & pending) for bid, keys in cache.open_batches(teacher.name)]
        open_batches = [(bid, keys) for bid, keys in open_batches if keys]
        waiting = set().union(*(keys for _, keys in open_batches)) if open_batches else set()
        to_submit = sorted(pending - waiting)
        if to_submit and sampler._stopping is None and submitted_rounds < rounds:
            to_submit = _within_budget(sampler, teacher, [by_key[k][1] for k in to_submit])
            if to_submit:
                try:
                    batch_id, file_id = await backend.submit_batch([by_key[k][1] for k in to_submit])
                except CallError as exc:
                    if exc.fatal:
                        sampler._dead.setdefault(teacher.name, exc)
                    for key in to_submit:
                        errors[key] = exc
                    break
                cache.add_batch(batch_id, teacher=teacher.name, provider=teacher.provider, keys=to_submit,
                                input_file_id=file_id)  # fmt: skip
                open_batches.append((batch_id, set(to_submit)))
                submitted_rounds += 1
        if not open_batches:
            break
        stats.in_flight = sum(len(keys) for _, keys in open_batches)
        sampler._notify()
        for batch_id, keys in open_batches:
            state = await _poll_until_done(sampler, backend, batch_id)
            if state is None:  # interrupted: the batch stays open in the cache DB for the next run
                stats.in_flight = 0
                return
            if state == "failed":
                cache.close_batch(batch_id, "failed")
                for key in keys:
                    errors[key] = CallError(f"{teacher.name}: batch {batch_id} failed", kind="batch")
                continue
            try:
                results = await backend.batch_results(batch_id)
            except CallError as exc:
                for key in keys:
                    errors[key] = exc
                continue
            for key, answer in results.items():
                if key not in pending:
                    continue
                if isinstance(answer, CallError):
                    errors[key] = answer
                    stats.errors[answer.kind] = stats.errors.get(answer.kind, 0) + 1
                else:
                    accept(key, answer)
            for key in keys & pending:
                errors.setdefault(key, CallError(f"{teacher.name}: batch {batch_id} returned no result", kind="batch"))
            cache.close_batch(batch_id, "ended")
        stats.in_flight = 0
        if submitted_rounds >= rounds or sampler._stopping is not None:
            break
        if pending:
            stats.retries += len(pending)
    for key in sorted(pending):
        job, request = by_key[key]
        error = errors.get(key)
        if error is None:
            stats.skipped += 1  # never submitted (budget or Ctrl-C)
            continue
        stats.failed += 1
        failures.append(
            {"problem_id": problems[job.problem]["problem_id"], "teacher": teacher.name,
             "sample_index": request.sample_index, "request_key": key, "error": error.message, "kind": error.kind}
        )  # fmt: skip
    sampler._notify()


async def _poll_until_done(sampler: Sampler, backend: Any, batch_id: str) -> str | None:
    """`ended` or `failed`; None when the run is interrupted first (Ctrl-C).

    Polls after 1 s, then 1.5x longer each time up to `batch_poll_s`: a small batch is collected in
    seconds, a day-long one costs a poll every `batch_poll_s`.
    """
    delay = min(1.0, sampler.config.batch_poll_s)
    while True:
        try:
            state, _counts = await backend.poll_batch(batch_id)
        except CallError as exc:
            if not exc.retryable:
                return "failed"
            state = "running"
        if state != "running":
            return state
        if sampler._stopping == "interrupted":
            return None
        await asyncio.sleep(delay)
        delay = min(sampler.config.batch_poll_s, delay * 1.5)


def _within_budget(sampler: Sampler, teacher: Any, requests: list[Request]) -> list[str]:
    """The keys of the requests that fit under `max_usd` at their expected batch cost (all when no cap)."""
    cap = sampler.config.max_usd
    if cap is None:
        return [r.key for r in requests]
    price = sampler._prices[teacher.name]
    keep = []
    spent = sampler._spent + sampler._reserved
    for request in requests:
        expected = sampler._expected_cost(teacher, request) * (price.batch_discount if price else 1.0)
        if spent + expected > cap:
            sampler.stop("budget")
            break
        spent += expected
        keep.append(request.key)
    return keep
