"""Entry point of a verification worker process: `python -m longcot.verify.worker`.

Reads length-prefixed pickles from stdin and writes one result per row to stdout as soon as it is
ready, so the parent can time each row and kill this process when one runs too long.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import sys
import threading
import time
from typing import BinaryIO


_HEADER = struct.Struct("<I")
# Results travel in groups: flushed before any row that needs sympy (the parent then knows which row is
# slow if it must kill this process) and at least this often.
_FLUSH_S = 0.05


def _read_exact(stream: BinaryIO, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _write(stream: BinaryIO, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


class _Results:
    """Finished rows not yet reported; reported in groups, and always before a slow step starts."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.done: list[tuple[int, tuple[str, str | None, str]]] = []
        self.last = time.monotonic()

    def add(self, index: int, verdict: tuple[str, str | None, str]) -> None:
        self.done.append((index, verdict))
        if time.monotonic() - self.last > _FLUSH_S:
            self.flush()

    def flush(self) -> None:
        if self.done:
            _write(self.stream, self.done)
            self.done = []
        self.last = time.monotonic()


_WATCH_S = 0.25  # how often the watchdog checks that the parent is still alive
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int, *, pdeathsig: bool) -> threading.Thread | None:
    """Make this process exit when its parent dies, however the parent dies (kill -9 included).

    A watchdog thread compares `os.getppid()` with the parent's pid (an orphan is re-parented, so the
    pid changes); on Linux, `pdeathsig` also asks the kernel to send SIGKILL when the parent goes
    (`prctl(PR_SET_PDEATHSIG)`), which works even while sympy holds the interpreter in one long call.

    Args:
        parent: The pid of the process that started this one (0: unknown, no watchdog).
        pdeathsig: Ask the kernel for a parent-death signal too (Linux only; ignored elsewhere).

    Returns:
        The watchdog thread, or None when there is no parent to watch.
    """
    if pdeathsig and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent <= 0:
        return None
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the signal was armed

    def watch() -> None:
        while True:
            time.sleep(_WATCH_S)
            if os.getppid() != parent:
                os._exit(1)

    thread = threading.Thread(target=watch, name="longcot-parent-watchdog", daemon=True)
    thread.start()
    return thread


def main() -> None:
    """Serve `("verify", rows)` and `("compare", gold, predicted)` requests until stdin closes.

    A `verify` row is `(index, gold, predicted, found)`: the parent has already extracted the answer.
    """
    die_with_parent(
        int(os.environ.get("LONGCOT_WORKER_PARENT") or 0), pdeathsig=os.environ.get("LONGCOT_WORKER_PDEATHSIG") == "1"
    )
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    # Anything a library prints must not corrupt the result stream.
    sys.stdout = sys.stderr
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))

    from longcot.verify import compare, core

    core.IN_WORKER = True
    import sympy  # noqa: F401 - pay the import before announcing readiness

    _write(stdout, ("ready", os.getpid()))
    while True:
        header = _read_exact(stdin, _HEADER.size)
        if header is None:
            return
        payload = _read_exact(stdin, _HEADER.unpack(header)[0])
        if payload is None:
            return
        message = pickle.loads(payload)
        if message[0] == "verify":
            results = _Results(stdout)
            core.before_sympy = results.flush
            for index, gold, predicted, found in message[1]:
                results.add(index, core.grade_in_worker(gold, predicted, found).to_tuple())
            results.flush()
        elif message[0] == "compare":
            try:
                result = compare.compare_answers(message[1], message[2], use_sympy=True)
            except RecursionError:
                result = (False, "answer nested too deeply to read")
            except Exception as exc:  # noqa: BLE001 - a sympy failure on odd input is "not equal"
                result = (False, f"comparison failed: {type(exc).__name__}")
            _write(stdout, result)


if __name__ == "__main__":
    main()
