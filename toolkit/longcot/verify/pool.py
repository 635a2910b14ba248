"""Batch verification over worker processes, each row under its own killable timeout.

The workers are :class:`longcot.verify.workers.Worker` subprocesses; extraction runs in this process
(bounded string work), only comparisons cross the pipes.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Sequence

from longcot.errors import ConfigError
from longcot.verify.core import extract_stage, verify_answer
from longcot.verify.verdict import Verdict, VerdictStatus
from longcot.verify.workers import Worker, WorkerDied


_CHUNK = 16  # rows per worker below which verify_batch does not start more workers
_MAX_CHUNK = 64
_FLUSH_S = 0.05  # the worker's longest wait before reporting finished rows (worker._FLUSH_S)


# ------------------------------------------------------------- the batch pool


class VerifierPool:
    """A set of worker processes that check rows in parallel, each row under its own timeout.

    Args:
        workers: Number of worker processes. Defaults to the number of CPUs.
        timeout: Seconds allowed per row. Defaults to 5.0.

    Raises:
        ConfigError: `workers` < 1 or `timeout` <= 0.

    Example:
        >>> with VerifierPool(workers=2) as pool:
        ...     [v.status.value for v in pool.verify(["2"], [r"\\boxed{2}"])]
        ['correct']
    """

    def __init__(self, workers: int | None = None, *, timeout: float = 5.0) -> None:
        workers = workers if workers is not None else (os.cpu_count() or 1)
        if workers < 1:
            raise ConfigError(f"workers must be >= 1, got {workers}")
        if not timeout > 0:
            raise ConfigError(f"timeout must be positive, got {timeout!r}")
        self.size = workers
        self.timeout = timeout
        self._workers: list[Worker | None] = [None] * workers

    def __enter__(self) -> VerifierPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the worker processes now (they otherwise start on first use)."""
        for i, worker in enumerate(self._workers):
            if worker is None or not worker.alive():
                self._workers[i] = Worker()

    def close(self) -> None:
        """Kill every worker."""
        for worker in self._workers:
            if worker is not None:
                worker.kill()
        self._workers = [None] * self.size

    def verify(self, golds: Sequence[str], responses: Sequence[str]) -> list[Verdict]:
        """Check rows in parallel; order is preserved and a slow row times out alone.

        Args:
            golds: Gold answers.
            responses: Whole model outputs, one per gold.

        Returns:
            One :class:`Verdict` per row, in order.

        Raises:
            ConfigError: The two sequences differ in length.
        """
        if len(golds) != len(responses):
            raise ConfigError(f"got {len(golds)} gold answers but {len(responses)} responses")
        results: list[Verdict | None] = [None] * len(golds)
        # Extraction is bounded string work: done here, so long responses never cross a pipe.
        rows: list[tuple[int, str, str, str]] = []
        for i, (gold, response) in enumerate(zip(golds, responses)):
            gold = str(gold or "")
            stage = extract_stage(gold, str(response or ""))
            if isinstance(stage, Verdict):
                results[i] = stage
            else:
                rows.append((i, gold, *stage))
        n = len(rows)
        chunk = max(1, min(_MAX_CHUNK, -(-n // (self.size * 4))))
        queue = deque(rows[start : start + chunk] for start in range(0, n, chunk))
        lock = threading.Lock()

        def run(slot: int) -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    batch = queue.popleft()
                self._run_chunk(slot, batch, results)

        if rows:
            self.start()
            threads = [threading.Thread(target=run, args=(slot,), daemon=True) for slot in range(self.size)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        return [r if r is not None else Verdict(VerdictStatus.TIMEOUT, None, "not checked") for r in results]

    def _run_chunk(self, slot: int, rows: list[tuple[int, str, str, str]], results: list[Verdict | None]) -> None:
        pending = {row[0]: row for row in rows}
        while pending:
            worker = self._workers[slot]
            if worker is None or not worker.alive():
                worker = self._workers[slot] = Worker()
            try:
                worker.send(("verify", list(pending.values())))
                while pending:
                    for index, data in worker.receive(self.timeout + _FLUSH_S):  # type: ignore[attr-defined]
                        results[index] = Verdict.from_tuple(data)
                        del pending[index]
            except WorkerDied as exc:
                # The worker reports finished rows before any slow (sympy) step, so the first row without a
                # result is the slow one; the rest of the chunk goes to a new worker.
                index, _, predicted, _ = pending.pop(next(iter(pending)))
                why = f"took longer than {self.timeout:g}s" if "deadline" in str(exc) else "worker process died"
                results[index] = Verdict(VerdictStatus.TIMEOUT, predicted, why)
                self._workers[slot] = None


def verify_batch(
    golds: Sequence[str],
    responses: Sequence[str],
    *,
    workers: int | None = None,
    timeout: float = 5.0,
) -> list[Verdict]:
    """Check many rows in parallel over worker processes, each row under its own killable timeout.

    Works from any thread and inside daemonic processes (datatrove's local executor workers).

    Args:
        golds: Gold answers.
        responses: Whole model outputs, one per gold.
        workers: Worker processes; 0 checks in this process (sympy still under a killable helper).
            Defaults to the CPU count, capped so each worker gets at least 16 rows.
        timeout: Seconds allowed per row. Defaults to 5.0.

    Returns:
        One :class:`Verdict` per row, in the input order.

    Raises:
        ConfigError: The sequences differ in length, or `workers`/`timeout` is invalid.

    Example:
        >>> [v.status.value for v in verify_batch(["7", "7"], [r"\\boxed{7}", "I give up."], workers=1)]
        ['correct', 'no_answer']
    """
    if len(golds) != len(responses):
        raise ConfigError(f"got {len(golds)} gold answers but {len(responses)} responses")
    if workers is not None and workers < 0:
        raise ConfigError(f"workers must be >= 0, got {workers}")
    if workers is None:
        workers = min(os.cpu_count() or 1, len(golds) // _CHUNK)
    if workers == 0:
        return [verify_answer(str(g or ""), str(r or ""), timeout=timeout) for g, r in zip(golds, responses)]
    with VerifierPool(workers, timeout=timeout) as pool:
        return pool.verify(golds, responses)
