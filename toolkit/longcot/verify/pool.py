"""Killable worker processes for verification.

Workers are plain subprocesses (`python -m longcot.verify.worker`) talking length-prefixed pickles
over their stdin/stdout, not `multiprocessing` children: they can be started from any thread, from a
daemonic process (datatrove's `LocalPipelineExecutor` runs tasks in daemonic pool workers, which may
not fork `multiprocessing` children), and killed when a row runs past its timeout. Only this
process writes the pickles the worker reads; the worker only ever receives strings.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from longcot.errors import ConfigError
from longcot.verify.verdict import Verdict, VerdictStatus


_HEADER = struct.Struct("<I")
_STARTUP_S = 60.0  # importing sympy in a fresh interpreter on a loaded machine
_CHUNK = 16  # rows per worker below which verify_batch does not start more workers
_MAX_CHUNK = 64
_FLUSH_S = 0.05  # the worker's longest wait before reporting finished rows (worker._FLUSH_S)


class WorkerDied(RuntimeError):
    """The worker exited or ran past its deadline; it has been killed."""


class Worker:
    """One verification subprocess; send it jobs, read results with a deadline, kill it on overrun."""

    def __init__(self) -> None:
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join([package_root, *filter(None, [env.get("PYTHONPATH")])])
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "longcot.verify.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )
        self._buffer = bytearray()
        self._ready = False

    def send(self, message: object) -> None:
        """Write one message (a pickle-able tuple of strings and numbers)."""
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(_HEADER.pack(len(data)) + data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            self.kill()
            raise WorkerDied("worker stopped reading") from exc

    def _read(self, size: int, deadline: float) -> bytes:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while len(self._buffer) < size:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                raise WorkerDied("deadline passed")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                self.kill()
                raise WorkerDied("worker exited")
            self._buffer.extend(chunk)
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        return out

    def receive(self, timeout: float) -> object:
        """Read one message, waiting at most `timeout` seconds (plus start-up time on the first).

        Raises:
            WorkerDied: Nothing arrived in time, or the worker exited; it is killed.
        """
        if not self._ready:
            deadline = time.monotonic() + _STARTUP_S
            (size,) = _HEADER.unpack(self._read(_HEADER.size, deadline))
            self._read(size, deadline)  # the "ready" message
            self._ready = True
        deadline = time.monotonic() + timeout
        (size,) = _HEADER.unpack(self._read(_HEADER.size, deadline))
        return pickle.loads(self._read(size, deadline + 5.0))

    def kill(self) -> None:
        """Kill the subprocess and reap it."""
        if self.proc.poll() is None:
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # kill -9 does not fail; never hang here
            self.proc.wait(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def alive(self) -> bool:
        """Whether the subprocess is still running."""
        return self.proc.poll() is None


# ------------------------------------------------------------- the helper for verify_answer

_helper: Worker | None = None
_helper_pid = os.getpid()
_helper_lock = threading.Lock()


def compare_in_helper(gold: str, predicted: str, *, timeout: float) -> tuple[bool, str] | None:
    """Run the sympy comparison in this process's helper worker, killed after `timeout` seconds.

    Args:
        gold: The gold answer.
        predicted: The extracted prediction.
        timeout: Seconds allowed.

    Returns:
        `(equal, reason)`, or None when the comparison timed out (the helper is then replaced).
    """
    global _helper, _helper_pid
    with _helper_lock:
        if _helper_pid != os.getpid():
            _helper = None  # inherited through fork: that helper belongs to the parent process
        for attempt in range(2):
            if _helper is None or not _helper.alive():
                _helper = Worker()
                _helper_pid = os.getpid()
            try:
                _helper.send(("compare", gold, predicted))
                result = _helper.receive(timeout)
            except WorkerDied as exc:
                _helper = None
                if "deadline" in str(exc) or attempt:
                    return None
                continue
            return result  # type: ignore[return-value]
    return None


def _close_helper() -> None:
    global _helper
    if _helper is not None and _helper_pid == os.getpid():
        _helper.kill()
        _helper = None


atexit.register(_close_helper)


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
        from longcot.verify.core import extract_stage

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
    from longcot.verify.core import verify_answer

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
