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

`until_correct` and `fallback` choose the next request from the last answers: with `--batch` they run in
rounds (:func:`run_batch_rounds`): submit, collect, verify, then submit the next round only for the problems
that still need samples and the samples that failed. `length_retry_max_tokens` is not applied to batch answers.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from longcot.teachers.base import CallError, Request, Response


if TYPE_CHECKING:
    from longcot.teachers.sampler import Sampler, _Job


async def batch_answers(
    sampler: Sampler, teacher_index: int, requests: list[Request]
) -> dict[str, Response | CallError | None]:
    """Answers of one teacher's requests through its provider's batch API, by request key.

    Cached keys come from the cache (counted `cached`); a batch a previous run submitted for pending keys is
    polled, never submitted again; the rest go into one new batch, and items that failed are resubmitted, only
    those, for up to `max_retries` more rounds. Every answer is committed to the cache before it is returned.

    Returns:
        key → :class:`Response` (cached or new), :class:`CallError` (failed after the retries), or None (not
        submitted: the budget or Ctrl-C stopped the run first, or it was interrupted while its batch ran).
    """
    teacher = sampler.config.teachers[teacher_index]
    stats = sampler.stats[teacher.name]
    cache = sampler.cache
    out: dict[str, Response | CallError | None] = {}
    by_key: dict[str, Request] = {}
    for request in requests:
        if request.key in out or request.key in by_key:
            continue
        hit = sampler.cached(request.key)
        if hit is not None:
            stats.cached += 1
            out[request.key] = hit
        else:
            by_key[request.key] = request
    pending = set(by_key)
    sampler._notify()
    if not pending:
        return out
    backend = sampler.backend(teacher)
    rounds = int(teacher.call.get("max_retries", sampler.config.max_retries)) + 1
    errors: dict[str, CallError] = {}

    def accept(answers: dict[str, Response]) -> None:
        for answer in answers.values():
            answer.batch = True
        # one transaction for the whole batch's answers, committed before anything uses them
        sampler.record_many(teacher, [(by_key[key], answer) for key, answer in answers.items()])
        for key, answer in answers.items():
            out[key] = answer
            pending.discard(key)
            errors.pop(key, None)

    submitted_rounds = 0
    while pending:
        # Batches a previous run submitted for these keys: poll them, never submit them again.
        open_batches = [(bid, set(keys) & pending) for bid, keys in cache.open_batches(teacher.name)]
        open_batches = [(bid, keys) for bid, keys in open_batches if keys]
        waiting = set().union(*(keys for _, keys in open_batches)) if open_batches else set()
        to_submit = sorted(pending - waiting)
        if to_submit and sampler._stopping is None and submitted_rounds < rounds and teacher.name not in sampler._dead:
            to_submit = _within_budget(sampler, teacher, [by_key[k] for k in to_submit])
            if to_submit:
                try:
                    batch_id, file_id = await backend.submit_batch([by_key[k] for k in to_submit])
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
        elif to_submit and teacher.name in sampler._dead:
            for key in to_submit:
                errors.setdefault(key, sampler._dead[teacher.name])
        if not open_batches:
            break
        stats.in_flight = sum(len(keys) for _, keys in open_batches)
        sampler._notify()
        for batch_id, keys in open_batches:
            state = await _poll_until_done(sampler, backend, batch_id)
            if state is None:  # interrupted: the batch stays open in the cache DB for the next run
                stats.in_flight = 0
                out.update({key: None for key in pending})
                return out
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
            good: dict[str, Response] = {}
            for key, answer in results.items():
                if key not in pending:
                    continue
                if isinstance(answer, CallError):
                    errors[key] = answer
                    stats.errors[answer.kind] = stats.errors.get(answer.kind, 0) + 1
                else:
                    good[key] = answer
            accept(good)
            for key in keys & pending:
                errors.setdefault(key, CallError(f"{teacher.name}: batch {batch_id} returned no result", kind="batch"))
            cache.close_batch(batch_id, "ended")
        stats.in_flight = 0
        if submitted_rounds >= rounds or sampler._stopping is not None:
            break
        if pending:
            stats.retries += len(pending)
    for key in pending:
        error = errors.get(key)
        if error is not None:
            error.extra.setdefault("key", key)
        out[key] = error  # None: never submitted (budget or Ctrl-C)
    sampler._notify()
    return out


async def run_batches(
    sampler: Sampler,
    teacher_index: int,
    problems: list[dict[str, Any]],
    jobs: list[_Job],
    rows: dict[tuple[int, int, int], dict[str, Any]],
    failures: list[dict[str, Any]],
) -> None:
    """Sample one teacher's jobs (one sample each) through its provider's batch API (see the module docstring)."""
    teacher = sampler.config.teachers[teacher_index]
    stats = sampler.stats[teacher.name]
    planned = [(job, sampler.request(teacher, problems[job.problem]["problem"], job.slots[0][1])) for job in jobs]
    answers = await batch_answers(sampler, teacher_index, [request for _, request in planned])
    for job, request in planned:
        answer = answers.get(request.key)
        if isinstance(answer, Response):
            rows[(job.problem, teacher_index, request.sample_index)] = _batch_row(
                sampler, problems[job.problem], teacher_index, request, answer
            )
        elif answer is None:
            stats.skipped += 1
        else:
            stats.failed += 1
            failures.append(_failure(problems[job.problem], teacher.name, request, answer))
    sampler._notify()


async def _round_answers(
    sampler: Sampler,
    problems: list[dict[str, Any]],
    jobs: list[_Job],
    requests: dict[tuple[int, int, int], Request],
    batchable: set[int],
    semaphore: asyncio.Semaphore,
) -> dict[tuple[int, int, int], Response | dict[str, Any] | CallError | None]:
    """One round's answers by (job, teacher, sample): batchable teachers in one batch each, the others online."""
    from longcot.teachers.sampler import _Stop

    cfg = sampler.config
    answers: dict[tuple[int, int, int], Response | dict[str, Any] | CallError | None] = {}

    async def by_batch(ti: int) -> None:
        mine = {key: r for key, r in requests.items() if key[1] == ti}
        got = await batch_answers(sampler, ti, list(mine.values()))
        answers.update({key: got.get(r.key) for key, r in mine.items()})

    async def online(key: tuple[int, int, int]) -> None:
        j, ti, s = key
        async with semaphore:
            try:  # the online path of one sample: cache, retries, the length retry, the verdict
                answers[key] = await sampler._sample(cfg.teachers[ti], problems[jobs[j].problem], s)
            except CallError as exc:
                answers[key] = exc
            except _Stop:  # the budget or Ctrl-C stopped the run before it was sent
                answers[key] = None

    teachers_now = {key[1] for key in requests}
    await asyncio.gather(*(by_batch(ti) for ti in sorted(teachers_now & batchable)),
                         *(online(key) for key in requests if key[1] not in batchable))  # fmt: skip
    return answers


def _batch_row(
    sampler: Sampler, problem: dict[str, Any], teacher_index: int, request: Request, answer: Response
) -> dict[str, Any]:
    from longcot.teachers.sampler import _FLAG_COUNTER, _flags

    teacher = sampler.config.teachers[teacher_index]
    stats = sampler.stats[teacher.name]
    flags = _flags(answer)
    for flag in flags:
        setattr(stats, _FLAG_COUNTER[flag], getattr(stats, _FLAG_COUNTER[flag]) + 1)
    stats.done += 1
    return sampler._row(problem, teacher, request, answer, answer.cost_usd, flags)


def _failure(problem: dict[str, Any], teacher: str, request: Request, error: CallError) -> dict[str, Any]:
    return {"problem_id": problem["problem_id"], "teacher": teacher, "sample_index": request.sample_index,
            "request_key": request.key, "error": error.message, "kind": error.kind}  # fmt: skip


async def run_batch_rounds(
    sampler: Sampler,
    problems: list[dict[str, Any]],
    jobs: list[_Job],
    rows: dict[tuple[int, int, int], dict[str, Any]],
    failures: list[dict[str, Any]],
) -> None:
    """`until_correct` and `fallback` with `--batch`: rounds of batches, each chosen from the last one's answers.

    Each round asks, for every problem that still needs samples, for the next slots in its order: with
    `until_correct: k`, as many as it still lacks correct answers (k − correct so far), which the online strategy
    would pay for too, whatever they turn out to be, so batching pays for no sample the online run would not;
    without it, all its remaining slots. `openai:`/`anthropic:` teachers answer through one batch per teacher
    and round (:func:`batch_answers`), others online in the same round. Answers are verified; a failed sample
    goes to the next teacher (`fallback`) in the next round. A resumed run replays the rounds from the cache
    (verdicts are deterministic) and polls the open batch of the round it was in instead of resubmitting it.
    """
    cfg = sampler.config
    k = cfg.until_correct
    fallback = cfg.strategy == "fallback"
    batchable = {i for i, t in enumerate(cfg.teachers) if t.provider in ("openai", "anthropic")}
    # per job: its unresolved slots as [teacher now asked, sample index], in order; and its correct count
    todo: dict[int, list[list[int]]] = {j: [[ti, s] for ti, s in job.slots] for j, job in enumerate(jobs)}
    correct = dict.fromkeys(todo, 0)
    semaphore = asyncio.Semaphore(cfg.concurrency)
    while todo and sampler._stopping is None:
        asked: list[tuple[int, list[int]]] = []
        for j in list(todo):
            slots = todo[j]
            need = len(slots) if k is None else k - correct[j]
            if need <= 0 or not slots:
                for ti, _ in slots:
                    sampler.stats[cfg.teachers[ti].name].skipped += 1
                del todo[j]
                continue
            asked.extend((j, slot) for slot in slots[:need])
        if not asked:
            break
        requests = {(j, ti, s): sampler.request(cfg.teachers[ti], problems[jobs[j].problem]["problem"], s)
                    for j, (ti, s) in asked}  # fmt: skip
        answers = await _round_answers(sampler, problems, jobs, requests, batchable, semaphore)
        if k is not None:  # verify the round's batch answers at once (the online ones were verified as they came)
            fresh = {key: _batch_row(sampler, problems[jobs[key[0]].problem], key[1], requests[key], answer)
                     for key, answer in answers.items() if isinstance(answer, Response)}  # fmt: skip
            await asyncio.gather(*(sampler._verify(row) for row in fresh.values()))
            answers.update(fresh)
        progressed = False
        for (j, ti, s), request in requests.items():
            answer = answers.get((j, ti, s))
            problem = problems[jobs[j].problem]
            slot = next(slot for slot in todo[j] if slot == [ti, s])
            if answer is None:  # not sent: the run is stopping; the slot stays for the next run
                continue
            progressed = True
            if isinstance(answer, CallError):
                if ti in batchable:  # the online path counted its own
                    sampler.stats[cfg.teachers[ti].name].failed += 1
                if fallback and ti + 1 < len(cfg.teachers):
                    slot[0] = ti + 1
                    sampler.stats[cfg.teachers[ti + 1].name].planned += 1
                else:
                    todo[j].remove(slot)
                    failures.append(_failure(problem, cfg.teachers[ti].name, request, answer))
                continue
            # a dict: the row (online answers are counted and verified by _sample, batch ones above)
            row = answer if isinstance(answer, dict) else _batch_row(sampler, problem, ti, request, answer)
            if k is not None:
                correct[j] += row.get("verdict") == "correct"
            rows[(jobs[j].problem, ti, s)] = row
            todo[j].remove(slot)
        sampler._notify()
        if not progressed:  # nothing answered nor failed: only a stopping run gets here; never spin
            break
    for slots in todo.values():  # stopped (budget, Ctrl-C): the rest was never asked
        for ti, _ in slots:
            sampler.stats[cfg.teachers[ti].name].skipped += 1
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
    spent = sampler.committed_usd()
    for request in requests:
        expected = sampler._expected_cost(teacher, request) * (price.batch_discount if price else 1.0)
        if spent + expected > cap:
            sampler.stop("budget")
            break
        spent += expected
        keep.append(request.key)
    return keep
