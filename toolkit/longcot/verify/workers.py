"""Killable helper processes: one `Worker` per subprocess, and the helpers behind `verify_answer`.

Workers are plain subprocesses (`python -m longcot.verify.worker`) talking length-prefixed pickles
over their stdin/stdout, not `multiprocessing` children: they can be started from any thread, from a
daemonic process (datatrove's `LocalPipelineExecutor` runs tasks in daemonic pool workers, which may
not fork `multiprocessing` children), and killed when a row runs past its timeout. Only this
process writes the pickles the worker reads; the worker only ever receives strings.

A worker dies with its parent: it watches its parent's pid (and, when started from the main thread on
Linux, asks the kernel for a parent-death signal), so a killed caller never leaves sympy running.
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
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path


_HEADER = struct.Struct("<I")
_STARTUP_S = 60.0  # importing sympy in a fresh interpreter on a loaded machine


class WorkerDied(RuntimeError):
    """The worker exited or ran past its deadline; it has been killed."""


_spawner: tuple[int, ThreadPoolExecutor] | None = None
_spawner_lock = threading.Lock()


def _spawn(argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start a worker from one long-lived thread of this process.

    The kernel's parent-death signal (`PR_SET_PDEATHSIG`, armed by the worker) fires when the *thread*
    that started the child ends, not the process: starting every worker from one thread that lives as
    long as the process makes the signal mean "the caller died", whichever thread asked for the worker.
    """
    global _spawner
    with _spawner_lock:
        if _spawner is None or _spawner[0] != os.getpid():
            _spawner = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="longcot-spawner"))
        executor = _spawner[1]
    popen = partial(subprocess.Popen, argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True)
    return executor.submit(popen).result()


class Worker:
    """One verification subprocess; send it jobs, read results with a deadline, kill it on overrun."""

    def __init__(self) -> None:
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join([package_root, *filter(None, [env.get("PYTHONPATH")])])
        env["LONGCOT_WORKER_PARENT"] = str(os.getpid())
        env["LONGCOT_WORKER_PDEATHSIG"] = "1"
        self.proc = _spawn([sys.executable, "-m", "longcot.verify.worker"], env)
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

    def wait_ready(self) -> None:
        """Wait for the worker's "ready" message (its imports done), at most the start-up allowance.

        Raises:
            WorkerDied: It did not start in time, or exited; it is killed.
        """
        if not self._ready:
            deadline = time.monotonic() + _STARTUP_S
            (size,) = _HEADER.unpack(self._read(_HEADER.size, deadline))
            self._read(size, deadline)  # the "ready" message
            self._ready = True

    def receive(self, timeout: float) -> object:
        """Read one message, waiting at most `timeout` seconds (plus start-up time on the first).

        Raises:
            WorkerDied: Nothing arrived in time, or the worker exited; it is killed.
        """
        self.wait_ready()
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


# ------------------------------------------------------------- the helpers behind verify_answer


class HelperPool:
    """Idle helper workers shared by the threads of one process; one helper per concurrent call.

    A call takes an idle helper (starting one when none is idle, up to `limit`), so concurrent calls never
    queue behind each other's algebra, and each call's deadline counts from the moment its own comparison
    is sent. Only when `limit` helpers are busy does a call wait for one, and that wait is not counted.

    Args:
        limit: Most helpers alive at once. Defaults to the CPU count, at least 8.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit if limit is not None else max(8, os.cpu_count() or 1)
        self._idle: list[Worker] = []
        self._busy = 0
        self._cond = threading.Condition()
        self._pid = os.getpid()

    def _take(self) -> Worker | None:
        with self._cond:
            if self._pid != os.getpid():  # inherited through fork: those helpers belong to the parent
                self._idle, self._busy, self._pid = [], 0, os.getpid()
            while not self._idle and self._busy >= self.limit:
                self._cond.wait()
            self._busy += 1
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
        return None  # start one outside the lock

    def _give_back(self, worker: Worker | None) -> None:
        with self._cond:
            self._busy -= 1
            if worker is not None and worker.alive() and self._pid == os.getpid():
                self._idle.append(worker)
            self._cond.notify()

    def compare(self, gold: str, predicted: str, *, timeout: float) -> tuple[bool, str] | None:
        """Run the sympy comparison in a helper, killed after `timeout` seconds of its own work.

        Args:
            gold: The gold answer.
            predicted: The extracted prediction.
            timeout: Seconds allowed, counted from this call's own request.

        Returns:
            `(equal, reason)`, or None when the comparison timed out (the helper is killed and replaced).
        """
        worker = self._take()
        try:
            for attempt in range(2):
                if worker is None or not worker.alive():
                    worker = Worker()
                    worker.wait_ready()
                try:
                    worker.send(("compare", gold, predicted))
                    return worker.receive(timeout)  # type: ignore[return-value]
                except WorkerDied as exc:
                    worker = None
                    if "deadline" in str(exc) or attempt:
                        return None
            return None
        finally:
            self._give_back(worker)

    def size(self) -> int:
        """Helpers alive now (idle or busy)."""
        with self._cond:
            return self._busy + len(self._idle)

    def pids(self) -> list[int]:
        """Process ids of the idle helpers (for tests and diagnostics)."""
        with self._cond:
            return [w.proc.pid for w in self._idle if w.alive()]

    def close(self) -> None:
        """Kill the idle helpers (busy ones are killed by their callers' deadlines)."""
        with self._cond:
            idle, self._idle = self._idle, []
        if self._pid == os.getpid():
            for worker in idle:
                worker.kill()


HELPERS = HelperPool()
atexit.register(HELPERS.close)


def compare_in_helper(gold: str, predicted: str, *, timeout: float) -> tuple[bool, str] | None:
    """Run the sympy comparison in one of this process's helper workers (see :class:`HelperPool`).

    Args:
        gold: The gold answer.
        predicted: The extracted prediction.
        timeout: Seconds allowed for this comparison, counted from its own start.

    Returns:
        `(equal, reason)`, or None when the comparison timed out.
    """
    return HELPERS.compare(gold, predicted, timeout=timeout)
