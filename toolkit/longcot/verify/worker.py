"""Entry point of a verification worker process: `python -m longcot.verify.worker`.

Reads length-prefixed pickles from stdin and writes one result per row to stdout as soon as it is
ready, so the parent can time each row and kill this process when one runs too long.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
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


def main() -> None:
    """Serve `("verify", rows)` and `("compare", gold, predicted)` requests until stdin closes.

    A `verify` row is `(index, gold, predicted, found)`: the parent has already extracted the answer.
    """
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
