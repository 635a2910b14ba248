"""A lean loopback Chat Completions server for benchmarks: one canned answer, as little server CPU as it can.

The sampler bench (bench/sampling_bench.py) measures the client; the faithful fake server
(tests/fakes/llm_server.py: every endpoint, knobs, faults, counters and a log entry per request) costs ~0.35-0.6 ms
of CPU per request, which on a 2-core machine is itself a bottleneck near the bench's ideal (2,560 req/s). This
server answers only what that bench sends: `POST /v1/chat/completions`, not streamed, with a bearer key, after
`--latency` seconds, with one precomputed Chat Completions JSON body (reasoning in `reasoning_content`, the answer
in `content`, usage). No task per request (a timer callback writes the answer), no JSON parsing of requests.
Anything else gets an OpenAI-shaped error (401 without a key, 404 for another path, 400 for `stream: true` or a
chunked body). `GET /_fake/stats` returns `cpu_s` (this process's CPU seconds), `requests`, `choices`,
`max_in_flight` and `connections`, as the faithful server's does, so the bench reads both the same way.

Tests use the faithful server; this one is for measuring (see `LeanServerProcess`).

    python tests/fakes/lean_server.py --port 8766 --latency 0.1
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fakes.llm_server import FakeLLMServerProcess, _exit_with_parent  # noqa: E402


def canned_body(reasoning_words: int = 200) -> bytes:
    """The one answer: a Chat Completions object with `reasoning_words` words of reasoning and a boxed answer."""
    reasoning = " ".join(f"step{i % 50}" for i in range(reasoning_words))
    answer = {
        "id": "chatcmpl-lean",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "bench",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "The answer is \\boxed{42}.",
                    "reasoning_content": reasoning,
                },
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": {"prompt_tokens": 40, "completion_tokens": reasoning_words + 8, "total_tokens": reasoning_words + 48},
    }
    return json.dumps(answer, separators=(",", ":")).encode()


def _reply(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
    return (head + "x-request-id: req_lean\r\n\r\n").encode("latin-1") + body


def _error(status: str, message: str, kind: str) -> bytes:
    body = json.dumps({"error": {"message": message, "type": kind, "param": None, "code": None}}).encode()
    return _reply(status, body)


class LeanServer:
    """The server's state: the canned reply, the latency, counters."""

    def __init__(self, latency: float, reasoning_words: int) -> None:
        self.latency = latency
        self.ok = _reply("200 OK", canned_body(reasoning_words))
        self.requests = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.connections = 0

    def stats(self) -> bytes:
        counts = {"chat.completions": self.requests}
        return _reply("200 OK", json.dumps({
            "cpu_s": time.process_time(), "requests": counts, "choices": counts, "faults": {},
            "max_in_flight": self.max_in_flight, "connections": self.connections,
        }).encode())  # fmt: skip


class _Connection(asyncio.Protocol):
    """One keep-alive connection: requests answered in order, one at a time (as HTTP/1.1 clients send them)."""

    def __init__(self, server: LeanServer) -> None:
        self.server = server
        self.buffer = bytearray()
        self.busy = False
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.server.connections += 1

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if not self.busy:
            self._next()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None

    def _next(self) -> None:
        buffer = self.buffer
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(buffer[:end]).lower()
        at = head.find(b"\r\ncontent-length:")
        if at < 0 and b"\r\ntransfer-encoding:" in head:
            self._answer(_error("400 Bad Request", "lean server: send a content-length body", "invalid_request_error"))
            return
        size = 0
        if at >= 0:
            stop = head.find(b"\r\n", at + 2)
            size = int(head[at + 17 : stop if stop >= 0 else len(head)])
        if len(buffer) < end + 4 + size:
            return
        body = bytes(buffer[end + 4 : end + 4 + size])
        del buffer[: end + 4 + size]
        line = head[: head.find(b"\r\n")] if b"\r\n" in head else head
        server = self.server
        if line.startswith(b"get /_fake/stats"):
            self._answer(server.stats())
        elif not line.startswith(b"post /v1/chat/completions "):
            self._answer(_error("404 Not Found", f"lean server: only POST /v1/chat/completions ({line[:60]!r})",
                                "invalid_request_error"))  # fmt: skip
        elif b"\r\nauthorization: bearer " not in head:
            self._answer(_error("401 Unauthorized", "You didn't provide an API key.", "invalid_request_error"))
        elif b'"stream":true' in body.replace(b" ", b""):
            self._answer(_error("400 Bad Request", "lean server: streaming is not served", "invalid_request_error"))
        else:
            server.requests += 1
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
            self.busy = True
            asyncio.get_running_loop().call_later(server.latency, self._answered)

    def _answered(self) -> None:
        self.server.in_flight -= 1
        self._answer(self.server.ok)

    def _answer(self, payload: bytes) -> None:
        self.busy = False
        if self.transport is None or self.transport.is_closing():
            return
        self.transport.write(payload)
        if self.buffer:
            self._next()


class LeanServerProcess(FakeLLMServerProcess):
    """The lean server in its own process, driven like :class:`FakeLLMServerProcess` (`start`, `stats`, `kill`).

    Args:
        *args: Command-line flags of this script (`--latency 0.1`, `--reasoning-words 200`).
    """

    script = Path(__file__).resolve()


def main(argv: list[str] | None = None) -> None:
    """Serve until killed; the first stdout line is the base URL (`http://127.0.0.1:PORT`)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--reasoning-words", type=int, default=200)
    parser.add_argument("--parent-pid", type=int, help="exit when this process is gone (no orphaned servers)")
    args = parser.parse_args(argv)
    server = LeanServer(args.latency, args.reasoning_words)

    async def serve() -> Any:
        loop = asyncio.get_running_loop()
        listener = await loop.create_server(lambda: _Connection(server), "127.0.0.1", args.port, backlog=4096)
        print(f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}", flush=True)
        await asyncio.Event().wait()

    if args.parent_pid:
        threading.Thread(target=_exit_with_parent, args=(args.parent_pid,), daemon=True).start()
    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        os._exit(0)


if __name__ == "__main__":
    main()
