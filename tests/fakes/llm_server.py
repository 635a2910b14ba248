"""A local OpenAI + Anthropic API server for tests and benchmarks, faithful enough for the official clients.

The real `openai` (3.x) and `anthropic` (2.x) clients send through `httpx2`, which respx/pytest-httpx cannot
intercept, so the suite points them at this loopback server instead (`base_url=srv.openai_base_url` /
`srv.anthropic_base_url`). It speaks, over real HTTP/1.1 with keep-alive:

- OpenAI: `POST /v1/chat/completions` (JSON and `stream: true` SSE ending in `data: [DONE]`, `n` choices,
  `usage.completion_tokens_details.reasoning_tokens`, reasoning as `reasoning_content` or `reasoning`,
  `<think>` tags, hidden or none), `POST /v1/responses` (reasoning items with `summary_text`,
  `usage.output_tokens_details.reasoning_tokens`, `status="incomplete"` when `max_output_tokens` is hit;
  SSE events too), Files (`POST /v1/files` multipart, `GET /v1/files/{id}`, `GET /v1/files/{id}/content`),
  Batch (`POST /v1/batches`, `GET /v1/batches/{id}`, `POST /v1/batches/{id}/cancel`, `GET /v1/batches`) and
  `GET /v1/models`.
- Anthropic: `POST /v1/messages` (JSON and SSE: message_start, content_block_start/delta/stop with thinking_delta,
  signature_delta, text_delta, message_delta, message_stop, ping), `thinking`/`redacted_thinking`/`text` blocks,
  `thinking` enabled (budget_tokens >= 1024 and < max_tokens) / adaptive / disabled, `display: "omitted"`,
  `output_config.effort`; Message Batches (`POST /v1/messages/batches`, `GET /v1/messages/batches/{id}`,
  `.../results` as JSONL in a shuffled order, `.../cancel`), `POST /v1/messages/count_tokens`, `GET /v1/models`.

Every request must carry a key (`Authorization: Bearer ...` or `x-api-key`), else 401 in the provider's error
shape. The key is never stored. The "model" is deterministic given `seed`: a reasoning of `reasoning_words` words,
then a final `\\boxed{X}` where X is the gold answer of the problem found in the prompt (from `answers`) with
probability `correct_prob`, a wrong one otherwise, and `fallback_answer` for an unknown problem. One token = one
whitespace-separated word, so usage and `max_tokens` truncation agree.

Faults (`fault_rates={"rate_limit": 0.2}` or `fault_script=["server_error", None, "drop"]`), by kind:
`rate_limit` (429 + Retry-After, and retry-after-ms on OpenAI paths), `server_error` (500), `unavailable` (503),
`overloaded` (529), `timeout` (hold the connection without answering), `drop` (close before the status line),
`drop_mid` (close half way through the body or stream), `stall_mid` (send half the body or stream, then hold the
connection silent: a read timeout mid-response), `malformed` (200 with a broken JSON body / SSE event),
`length` (a truncated answer: finish_reason=length / stop_reason=max_tokens / status=incomplete), `empty`
(empty content), `refusal` (OpenAI `message.refusal`, Anthropic stop_reason=refusal).

What the installed clients do with those (checked by tests/fakes/test_llm_server.py): both retry 429/5xx/dropped
connections up to `max_retries`, sleeping `Retry-After`; `drop`/`drop_mid` raise `APIConnectionError`, `timeout`
raises `APITimeoutError`; a stall mid-stream raises `openai.APITimeoutError` but anthropic lets
`httpx2.ReadTimeout` through; a malformed body raises `json.JSONDecodeError` from both (not an `APIError`).
anthropic 2.x has no `temperature`/`top_p`/`top_k` arguments (only `extra_body`).

Importing: tests/conftest.py puts `tests/` on `sys.path` (explicitly, so it does not depend on pytest's import
mode or rootdir), so `from fakes.llm_server import FakeLLMServer` works in every test module; bench scripts do the
same `sys.path.insert(0, "<repo>/tests")`. The `fake_llm` fixture (tests/conftest.py) yields a started server.

    with FakeLLMServer(latency=0.1, answers={"What is 1+1?": "2"}) as srv:
        client = openai.OpenAI(base_url=srv.openai_base_url, api_key="sk-test")
        ...
        assert srv.requests["chat.completions"] == 1

Standalone (a CPU smoke run, or a server in its own process for a benchmark; prints its base URL on the first
stdout line and serves until killed; `GET /_fake/stats`, `POST /_fake/configure`, `POST /_fake/reset` need no key):

    python tests/fakes/llm_server.py --port 0 --latency 0.05 --answers problems.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import collections
import contextlib
import contextvars
import dataclasses
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any


__all__ = [
    "CHAT_STYLES",
    "FAULT_KINDS",
    "FakeLLMServer",
    "FakeLLMServerProcess",
    "Knobs",
    "iter_jsonl",
    "load_answers",
]

FAULT_KINDS = (
    "rate_limit",
    "server_error",
    "unavailable",
    "overloaded",
    "timeout",
    "drop",
    "drop_mid",
    "stall_mid",
    "malformed",
    "length",
    "empty",
    "refusal",
)
_FAULT_ALIASES = {"429": "rate_limit", "500": "server_error", "503": "unavailable", "529": "overloaded"}
GENERATION_ENDPOINTS = ("chat.completions", "responses", "messages")
CHAT_STYLES = ("reasoning_content", "reasoning", "think_tags", "hidden", "none")
_ANTHROPIC_EFFORT = {"low": 0.5, "medium": 1.0, "high": 2.0, "xhigh": 3.0, "max": 4.0}
_EFFORT_SCALE = {"none": 0.0, "minimal": 0.25, "low": 0.5, "medium": 1.0, "high": 2.0, "xhigh": 3.0}
REFUSAL_TEXT = "I'm sorry, but I can't help with that request."


@dataclass(frozen=True)
class Knobs:
    """Everything that shapes the server's behaviour; change at runtime with `FakeLLMServer.configure(**knobs)`.

    Args:
        seed: Makes faults, answers, correctness and batch result order deterministic. Defaults to 0.
        latency: Seconds before each API answer (an asyncio sleep: requests never wait on each other).
            Defaults to 0.0.
        latency_jitter: Up to this many extra seconds, drawn deterministically per request. Defaults to 0.0.
        fault_rates: Fault kind -> probability per request to a `fault_endpoints` endpoint. Defaults to none.
        fault_script: Fault kinds (or None for a normal answer) applied to the next requests in arrival order,
            before `fault_rates` take over. Defaults to empty.
        fault_endpoints: Endpoints faults apply to. Defaults to the three generation endpoints; others (e.g.
            "batches.retrieve", "files.content", "messages.batches.results") take transport faults only.
        retry_after: Seconds sent in `Retry-After` on 429 (and as `retry-after-ms` on OpenAI paths). Defaults to 0.05.
        hang_s: How long a `timeout` fault holds the connection (ends early when the client hangs up).
            Defaults to 600.
        reasoning_words: Length of the reasoning, in words (= tokens). Defaults to 200.
        summary_words: Length of a Responses API reasoning summary. Defaults to 40.
        answers: Problem text -> gold answer; a problem is found in the prompt exactly or as a substring.
            Defaults to empty.
        correct_prob: Probability that a sample's boxed answer is the gold one. Defaults to 1.0.
        fallback_answer: Boxed answer for a prompt holding no known problem. Defaults to "42".
        chat_reasoning: How Chat Completions returns reasoning: "reasoning_content" (DeepSeek, older vLLM),
            "reasoning" (the field newer vLLM and OpenRouter use),
            "think_tags" (`<think>...</think>` inside content), "hidden" (billed in reasoning_tokens, not returned,
            as OpenAI o-series, which also answer 400 to `max_tokens` and to a temperature other than 1) or
            "none" (reasoning written into the content). Defaults to "reasoning_content".
        model_styles: Model name -> chat_reasoning style, overriding the default per model. Defaults to empty.
        redacted_thinking_rate: Probability that an Anthropic answer with thinking on also holds a
            `redacted_thinking` block. Defaults to 0.0.
        stream_chunk_words: Words per streamed delta. Defaults to 8.
        stream_chunk_delay: Seconds between streamed events. Defaults to 0.0.
        batch_polls: Retrieves of a batch until it has finished (the first moves it to in progress).
            Defaults to 2.
        batch_seconds: If set, a batch finishes this many seconds after creation instead of by polls.
            Defaults to None.
        batch_fail_rate: Probability that a batch item fails (OpenAI error file / Anthropic `errored`).
            Defaults to 0.0.
        batch_fail_ids: custom_ids that always fail in a batch. Defaults to empty.
        batch_expired_ids: custom_ids a batch never got to before it expired (OpenAI: an error-file line with
            `error.code = "batch_expired"`; Anthropic: an `expired` result). Defaults to empty.
        vary_repeats: The k-th identical request gets the k-th variant of the answer (as sampling at a
            temperature would); False answers identical requests identically. Defaults to True.
        api_key: If set, the only key accepted; else any non-empty key is. Defaults to None.
        barrier: When > 0, each generation request, after its latency, waits until this many requests have been
            in flight at once (up to `hang_s`): a test that N requests are held concurrently, with no timing.
            Defaults to 0.
        models: If set, the only model names served (`GET /v1/models` lists them; another model is a 404
            `model_not_found`); else any name is served and `/v1/models` lists the default "fake-model".
            Defaults to empty.
        log_limit: Most recent log entries kept. Defaults to 100,000.
        rpm_limit: When > 0, the server's own limiter: at most this many generation requests per model per
            `rate_window_s`; more get a 429 with the Retry-After of the window (counted in `faults` as
            "rpm_limit"), and answers carry x-ratelimit-* / anthropic-ratelimit-* headers. Defaults to 0 (off).
        tpm_limit: The same for prompt + completion tokens per window ("tpm_limit"). Defaults to 0 (off).
        rate_window_s: The limiter's window (60 s is "per minute"; tests use shorter). Defaults to 60.0.
        model_overrides: Model name -> knobs that apply to that model's requests (and batch items), e.g.
            `{"weak-teacher": {"correct_prob": 0.3, "latency": 0.2, "fault_rates": {"rate_limit": 0.1}}}`.
            Defaults to empty.
    """

    seed: int = 0
    latency: float = 0.0
    latency_jitter: float = 0.0
    fault_rates: Mapping[str, float] = field(default_factory=dict)
    fault_script: tuple[str | None, ...] = ()
    fault_endpoints: tuple[str, ...] = GENERATION_ENDPOINTS
    retry_after: float = 0.05
    hang_s: float = 600.0
    reasoning_words: int = 200
    summary_words: int = 40
    answers: Mapping[str, str] = field(default_factory=dict)
    correct_prob: float = 1.0
    fallback_answer: str = "42"
    chat_reasoning: str = "reasoning_content"
    model_styles: Mapping[str, str] = field(default_factory=dict)
    redacted_thinking_rate: float = 0.0
    stream_chunk_words: int = 8
    stream_chunk_delay: float = 0.0
    batch_polls: int = 2
    batch_seconds: float | None = None
    batch_fail_rate: float = 0.0
    batch_fail_ids: frozenset[str] = frozenset()
    batch_expired_ids: frozenset[str] = frozenset()
    vary_repeats: bool = True
    api_key: str | None = None
    barrier: int = 0
    models: tuple[str, ...] = ()
    log_limit: int = 100_000
    rpm_limit: int = 0
    tpm_limit: int = 0
    rate_window_s: float = 60.0
    model_overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rates = {_FAULT_ALIASES.get(k, k): float(v) for k, v in dict(self.fault_rates).items()}
        script = tuple(None if k in (None, "ok") else _FAULT_ALIASES.get(k, k) for k in self.fault_script)
        for kind in [*rates, *(k for k in script if k is not None)]:
            if kind not in FAULT_KINDS:
                raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}")
        for name in ("latency", "latency_jitter", "hang_s", "retry_after", "stream_chunk_delay", "rate_window_s"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)!r}")
        probabilities = {n: getattr(self, n) for n in ("correct_prob", "redacted_thinking_rate", "batch_fail_rate")}
        probabilities.update({f"fault_rates[{kind!r}]": rate for kind, rate in rates.items()})
        for name, value in probabilities.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {value!r}")
        for name in ("reasoning_words", "summary_words", "batch_polls", "barrier", "rpm_limit", "tpm_limit"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)!r}")
        if self.stream_chunk_words < 1 or self.log_limit < 1:
            raise ValueError("stream_chunk_words and log_limit must be >= 1")
        if sum(rates.values()) > 1.0 + 1e-9:
            raise ValueError(f"fault rates sum to more than 1: {rates}")
        styles = [self.chat_reasoning, *dict(self.model_styles).values()]
        for style in styles:
            if style not in CHAT_STYLES:
                raise ValueError(f"unknown chat_reasoning style {style!r}; known: {', '.join(CHAT_STYLES)}")
        object.__setattr__(self, "fault_rates", rates)
        object.__setattr__(self, "fault_script", script)
        object.__setattr__(self, "fault_endpoints", tuple(self.fault_endpoints))
        object.__setattr__(self, "answers", {_norm(k): str(v) for k, v in dict(self.answers).items()})
        object.__setattr__(self, "model_styles", dict(self.model_styles))
        object.__setattr__(self, "batch_fail_ids", frozenset(self.batch_fail_ids))
        object.__setattr__(self, "batch_expired_ids", frozenset(self.batch_expired_ids))
        object.__setattr__(self, "models", tuple(self.models))
        overrides = {str(m): dict(o) for m, o in dict(self.model_overrides).items()}
        for model, override in overrides.items():
            if "model_overrides" in override:
                raise ValueError(f"model_overrides[{model!r}] cannot itself hold model_overrides")
        object.__setattr__(self, "model_overrides", overrides)
        # Resolved (and so validated) once: a bad override fails at construction, not on a request.
        per_model = {m: dataclasses.replace(self, model_overrides={}, **o) for m, o in overrides.items()}
        object.__setattr__(self, "_per_model", per_model)

    def for_model(self, model: str) -> Knobs:
        """The knobs a request for `model` runs under (these, with that model's `model_overrides`)."""
        return self._per_model.get(model, self)  # type: ignore[attr-defined]

    def to_json(self) -> dict[str, Any]:
        """The knobs as JSON-ready values (the `/_fake/configure` body takes the same keys)."""
        out = dataclasses.asdict(self)
        out["fault_script"] = list(self.fault_script)
        out["fault_endpoints"] = list(self.fault_endpoints)
        out["batch_fail_ids"] = sorted(self.batch_fail_ids)
        out["batch_expired_ids"] = sorted(self.batch_expired_ids)
        out["models"] = list(self.models)
        return out


def load_answers(path: str | Path) -> dict[str, str]:
    """Read a problem -> answer map from JSONL rows holding `problem` and `answer` (or `gold_answer`)."""
    answers: dict[str, str] = {}
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        answer = row.get("answer", row.get("gold_answer"))
        if "problem" not in row or answer is None:
            raise ValueError(f"{path}:{lineno}: need keys 'problem' and 'answer' (or 'gold_answer'), got {list(row)}")
        answers[row["problem"]] = str(answer)
    return answers


# ---------------------------------------------------------------------------------------------------------------
# The deterministic "model"

_VOCAB_TEXT = (
    "let consider the equation so we have then substitute into both sides gives which means that value must be "
    "checking case first second next note since therefore hence modulo factor sum product square root integer "
    "prime divides remainder term sequence triangle angle area length ratio probability count ways choose "
    "simplify expand compute derive assume suppose contradiction wait actually hmm verify again careful step"
)
_RNG = random.Random(1234)
_POOL = [_RNG.choice(_VOCAB_TEXT.split()) for _ in range(4096)]
_POOL2 = _POOL * 2  # a slice of any start and length <= 4096 wraps around without a per-word loop


_REQUEST_KNOBS: contextvars.ContextVar[Knobs | None] = contextvars.ContextVar("fake_llm_knobs", default=None)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _unit(*parts: object) -> float:
    """A uniform number in [0, 1) fixed by `parts` (a deterministic stand-in for random.random())."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


class _LazyDigest:
    """A log field's `_digest(value)`, computed on first read (most log entries are never read)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _materialised(entry: dict[str, Any]) -> dict[str, Any]:
    """A copy of a log entry with its lazy digests computed (and stored back, so each is computed once)."""
    for key, value in entry.items():
        if isinstance(value, _LazyDigest):
            entry[key] = _digest(value.value)
    return dict(entry)


def _words(text: str) -> int:
    return len(text.split())


def _take(text: str, n: int) -> str:
    return " ".join(text.split()[: max(n, 0)])


def _digest(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def _wrong(gold: str, salt: float) -> str:
    try:
        return str(int(gold) + 1 + int(salt * 7))
    except ValueError:
        return f"{gold}+{1 + int(salt * 7)}"


@dataclass
class _Sample:
    reasoning: str
    completion: str
    answer: str
    correct: bool | None  # None when the problem was unknown
    problem: str | None  # the known problem found in the prompt (whitespace-normalised)
    reasoning_words: int  # len(reasoning.split()), counted once


def _check_messages(messages: list[Any], name: str) -> None:
    """400 for a message that is not an object with a string `role` and a string or list `content`."""
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise _HTTPError(400, "invalid_request_error", f"{name}.{i}: expected an object with a 'role'")
        if not isinstance(message.get("content"), (str, list)) and message.get("content") is not None:
            raise _HTTPError(400, "invalid_request_error", f"{name}.{i}.content: expected a string or an array")


def _text_of(content: Any) -> str:
    """Text of an OpenAI/Anthropic message content: a string or a list of parts with `text`."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


# ---------------------------------------------------------------------------------------------------------------
# HTTP plumbing


class _HTTPError(Exception):
    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.kind, self.message, self.headers = status, kind, message, headers or {}


@dataclass
class _Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def provider(self) -> str:
        anthropic = self.path.startswith("/v1/messages") or "anthropic-version" in self.headers
        return "anthropic" if anthropic else "openai"

    def json(self) -> dict[str, Any]:
        try:
            data = json.loads(self.body or b"null")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _HTTPError(
                400, "invalid_request_error", f"We could not parse the JSON body of your request: {exc}"
            ) from None
        if not isinstance(data, dict):
            raise _HTTPError(400, "invalid_request_error", "The request body must be a JSON object.")
        return data


@dataclass
class _Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    events: list[bytes] | None = None  # an SSE stream when set
    fault: str | None = None  # drop / drop_mid / timeout are acted out by the connection handler
    entry: dict[str, Any] | None = None  # the log entry of a generation answer, marked delivered or not


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
    529: "Overloaded",
}
_ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    405: "invalid_request_error",
    429: "rate_limit_error",
    500: "api_error",
    503: "api_error",
    529: "overloaded_error",
}


def _sse(event: str | None, data: Any) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return (f"event: {event}\ndata: {payload}\n\n" if event else f"data: {payload}\n\n").encode()


def _chunks(text: str, words: int) -> list[str]:
    """Split text into deltas of `words` words that concatenate back to exactly `text`."""
    if not text:
        return []
    parts = re.findall(r"\S+\s*|\s+", text)
    return ["".join(parts[i : i + words]) for i in range(0, len(parts), max(words, 1))]


def _now() -> int:
    return int(time.time())


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat().replace("+00:00", "Z")


# ---------------------------------------------------------------------------------------------------------------
# The server


class _Connection(asyncio.Protocol):
    """One client connection: buffers bytes, parses a request when complete, hands it to the server."""

    def __init__(self, server: FakeLLMServer) -> None:
        self.server = server
        self.buffer = bytearray()
        self.transport: asyncio.Transport = None  # type: ignore[assignment]
        self.task: asyncio.Task[None] | None = None
        self.lost = asyncio.Event()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.server._opened(self)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if self.task is None:
            self._next()

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost.set()
        self.server._closed(self)

    def _next(self) -> None:
        try:
            request = _parse_request(self.buffer)
        except ValueError:
            self.transport.abort()
            return
        if request is not None:
            self.task = asyncio.get_running_loop().create_task(self._serve(request))

    async def _serve(self, request: _Request) -> None:
        keep = False
        try:
            keep = await self.server._respond(self, request)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self.task = None
            if not keep:
                self.transport.abort() if self.lost.is_set() else self.transport.close()
            elif not self.lost.is_set():
                self._next()


def _parse_request(buffer: bytearray) -> _Request | None:
    """Take one complete request off the front of `buffer`; None while it is incomplete."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        if len(buffer) > 1 << 20:
            raise ValueError("request head too large")
        return None
    head = buffer[:end].decode("latin-1")
    first, _, rest = head.partition("\r\n")
    parts = first.split(" ")
    if len(parts) < 3:
        raise ValueError(f"bad request line {first!r}")
    headers: dict[str, str] = {}
    for line in rest.split("\r\n"):  # a plain loop: several times faster than a regex here
        key, _, value = line.partition(":")
        headers[key.lower()] = value.strip()
    start = end + 4
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body, pos = bytearray(), start
        while True:
            line_end = buffer.find(b"\r\n", pos)
            if line_end < 0:
                return None
            size = int(bytes(buffer[pos:line_end]).split(b";")[0], 16)
            if size == 0:
                trailer = buffer.find(b"\r\n\r\n", line_end)
                if trailer < 0 and buffer[line_end : line_end + 4] != b"\r\n\r\n":
                    return None
                stop = line_end + 4 if buffer[line_end : line_end + 4] == b"\r\n\r\n" else trailer + 4
                break
            if len(buffer) < line_end + 2 + size + 2:
                return None
            body += buffer[line_end + 2 : line_end + 2 + size]
            pos = line_end + 2 + size + 2
        data = bytes(body)
    else:
        stop = start + int(headers.get("content-length") or 0)
        if len(buffer) < stop:
            return None
        data = bytes(buffer[start:stop])
    del buffer[:stop]
    path, _, query = parts[1].partition("?")
    if path.startswith(("http://", "https://")):
        path = "/" + path.split("/", 3)[3] if path.count("/") >= 3 else "/"
    return _Request(parts[0].upper(), path, query, headers, data)


class FakeLLMServer:
    """A loopback OpenAI + Anthropic API server on its own thread and asyncio loop.

    Args:
        port: Port to bind on 127.0.0.1; 0 picks a free one. Defaults to 0.
        **knobs: Any `Knobs` field (latency, fault_rates, answers, ...); see `Knobs`.

    Counters (thread-safe snapshots): `requests` (endpoint -> HTTP requests, faulted and 401 ones included),
    `choices` (endpoint -> samples served: chat choices, responses, messages, batch items), `faults`
    (kind -> injected count), `log` (one dict per generation request or batch item: endpoint, model,
    messages_hash, n, params, stream, status, fault, problem, problem_known, correct, delivered; never a key),
    `undelivered`, `max_in_flight`, `connections`, `server_cpu_s()`, `stats()` (all of it as JSON), `reset_counters()`.
    """

    def __init__(self, port: int = 0, **knobs: Any) -> None:
        self._port = port
        self._lock = threading.Lock()
        self._base = Knobs(**knobs)
        self._script: collections.deque[str | None] = collections.deque(self._base.fault_script)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._conns: set[_Connection] = set()
        self._ids = 0
        self._match_cache: dict[tuple[int, str], tuple[str, str] | None] = {}
        self._attempts: collections.Counter[str] = collections.Counter()
        self._variants: collections.Counter[str] = collections.Counter()
        self._files: dict[str, dict[str, Any]] = {}
        self._file_bytes: dict[str, bytes] = {}
        self._batches: dict[str, dict[str, Any]] = {}
        self._msg_batches: dict[str, dict[str, Any]] = {}
        self._stored_responses: dict[str, dict[str, Any]] = {}
        self._barrier: asyncio.Event | None = None  # created on the server's loop
        self._rate: dict[str, collections.deque[list[float]]] = {}  # model -> [[accepted at, tokens], ...]
        self.internal_errors: list[str] = []  # bugs in this server, as "Type: message" (a test may assert it empty)
        self._reset_counters_locked()

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> FakeLLMServer:
        """Bind and serve on a daemon thread; returns self once the port is open."""
        if self._thread is not None:
            return self
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(
                    loop.create_server(lambda: _Connection(self), "127.0.0.1", self._port, backlog=4096)
                )
                self._port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:  # surfaced in start()
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="fake-llm-server", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread = None
            raise failure[0]
        return self

    def stop(self) -> None:
        """Close the listener and every open connection (a held `timeout` connection included)."""
        if self._thread is None or self._loop is None:
            return
        loop = self._loop
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout=10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join(timeout=10)
            self._thread = None
            self._loop = None

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = [conn.task for conn in self._conns if conn.task is not None]
        for conn in list(self._conns):
            conn.transport.abort()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """`http://127.0.0.1:PORT`."""
        return f"http://127.0.0.1:{self._port}"

    @property
    def openai_base_url(self) -> str:
        """`base_url` for `openai.OpenAI` (it ends in /v1)."""
        return f"{self.url}/v1"

    @property
    def anthropic_base_url(self) -> str:
        """`base_url` for `anthropic.Anthropic` (the client adds /v1 itself)."""
        return self.url

    # -- knobs and counters -----------------------------------------------------------------------------------

    @property
    def knobs(self) -> Knobs:
        """The knobs now in force (without any request's `model_overrides`)."""
        return self._base

    @property
    def _knobs(self) -> Knobs:
        """The knobs of the request being served (its model's overrides applied), else the base ones."""
        return _REQUEST_KNOBS.get() or self._base

    def configure(self, **knobs: Any) -> Knobs:
        """Change knobs at runtime (thread-safe); a new `fault_script` replaces what is left of the old one."""
        with self._lock:
            self._base = dataclasses.replace(self._base, **knobs)
            if "fault_script" in knobs:
                self._script = collections.deque(self._base.fault_script)
            self._match_cache.clear()  # keyed by id(answers): stale once the knobs are replaced
            if "barrier" in knobs and self._loop is not None:
                self._loop.call_soon_threadsafe(setattr, self, "_barrier", None)
            return self._base

    def reset_counters(self) -> None:
        """Zero requests, choices, faults and the log (stored files and batches are kept)."""
        with self._lock:
            self._reset_counters_locked()

    def _reset_counters_locked(self) -> None:
        self._requests: collections.Counter[str] = collections.Counter()
        self._choices: collections.Counter[str] = collections.Counter()
        self._faults: collections.Counter[str] = collections.Counter()
        self._log: list[dict[str, Any]] = []
        self._connections = 0
        self._undelivered = 0
        self._in_flight = getattr(self, "_in_flight", 0)
        self._max_in_flight = self._in_flight

    @property
    def requests(self) -> collections.Counter[str]:
        with self._lock:
            return collections.Counter(self._requests)

    @property
    def choices(self) -> collections.Counter[str]:
        with self._lock:
            return collections.Counter(self._choices)

    @property
    def faults(self) -> collections.Counter[str]:
        with self._lock:
            return collections.Counter(self._faults)

    @property
    def log(self) -> list[dict[str, Any]]:
        with self._lock:
            return [_materialised(entry) for entry in self._log]

    @property
    def max_in_flight(self) -> int:
        """Most API requests held at once since the last reset (proof that latency is slept concurrently)."""
        with self._lock:
            return self._max_in_flight

    @property
    def undelivered(self) -> int:
        """Answers generated (and counted in `choices`) whose client had hung up before they were written, as
        happens to the in-flight requests of a killed client; their log entries say `delivered: False`."""
        with self._lock:
            return self._undelivered

    @property
    def connections(self) -> int:
        """TCP connections accepted since the last reset (keep-alive reuse shows as connections << requests)."""
        with self._lock:
            return self._connections

    @property
    def total_requests(self) -> int:
        with self._lock:
            return sum(self._requests.values())

    @property
    def total_choices(self) -> int:
        with self._lock:
            return sum(self._choices.values())

    def server_cpu_s(self) -> float:
        """CPU seconds the server's thread has used (its cost per request = a delta over requests served)."""
        if self._loop is None:
            return 0.0
        if threading.current_thread() is self._thread:
            return time.thread_time()

        async def probe() -> float:
            return time.thread_time()

        return asyncio.run_coroutine_threadsafe(probe(), self._loop).result(timeout=10)

    def stats(self) -> dict[str, Any]:
        """Counters as one JSON-ready dict (also served at `GET /_fake/stats`); `cpu_s` is `server_cpu_s()`."""
        cpu = self.server_cpu_s()
        with self._lock:
            return {
                "cpu_s": cpu,
                "requests": dict(self._requests),
                "choices": dict(self._choices),
                "faults": dict(self._faults),
                "log": [_materialised(entry) for entry in self._log],
                "max_in_flight": self._max_in_flight,
                "connections": self._connections,
                "undelivered": self._undelivered,
            }

    def _count(self, endpoint: str) -> None:
        with self._lock:
            self._requests[endpoint] += 1

    def _record(self, entry: dict[str, Any], samples: int, endpoint: str) -> None:
        with self._lock:
            self._log.append(entry)
            if len(self._log) > self._knobs.log_limit:
                del self._log[: len(self._log) - self._knobs.log_limit]
            if samples:
                self._choices[endpoint] += samples
            if entry.get("fault"):
                self._faults[entry["fault"]] += 1

    def _new_id(self, prefix: str) -> str:
        with self._lock:
            self._ids += 1
            n = self._ids
        return f"{prefix}{hashlib.blake2b(f'{self._knobs.seed}:{n}'.encode(), digest_size=12).hexdigest()}"

    # -- connection handling ----------------------------------------------------------------------------------
    # An asyncio.Protocol per connection, not StreamReader/Writer: about a fifth less server CPU per request in
    # bench/fake_server_bench.py (0.25 vs 0.32 ms). Requests on one connection are answered in order, one at a time
    # (HTTP/1.1 keep-alive without pipelining, as httpx sends).

    async def _hold(self, conn: _Connection) -> None:
        """Keep the connection open and silent until the client hangs up (or `hang_s`), then close it."""
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(conn.lost.wait(), self._knobs.hang_s)
        conn.transport.abort()

    def _opened(self, conn: _Connection) -> None:
        self._conns.add(conn)
        with self._lock:
            self._connections += 1

    def _closed(self, conn: _Connection) -> None:
        self._conns.discard(conn)

    async def _respond(self, conn: _Connection, request: _Request) -> bool:
        """Answer one request on `conn`; False when the connection must close."""
        reply = await self._dispatch(request)
        transport = conn.transport
        if reply.fault == "drop":
            transport.abort()
            return False
        if reply.fault == "timeout":
            await self._hold(conn)
            return False
        if reply.entry is not None:
            gone = conn.lost.is_set() or transport.is_closing()
            with self._lock:
                reply.entry["delivered"] = not gone
                self._undelivered += gone
        rid = self._new_id("req_")
        head = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Unknown')}"]
        headers = {"content-type": reply.content_type, **reply.headers}
        headers["x-request-id" if request.provider == "openai" else "request-id"] = rid
        if reply.events is None:
            body = reply.body
            headers["content-length"] = str(len(body))
            head += [f"{k}: {v}" for k, v in headers.items()]
            raw = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
            if reply.fault == "drop_mid":
                transport.write(raw + body[: len(body) // 2])
                transport.close()  # flushes what was written, then closes: the body ends early
                return False
            if reply.fault == "stall_mid":
                transport.write(raw + body[: len(body) // 2])
                await self._hold(conn)
                return False
            transport.write(raw + body)
            return True
        headers["transfer-encoding"] = "chunked"
        headers["cache-control"] = "no-cache"
        head += [f"{k}: {v}" for k, v in headers.items()]
        transport.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        events = reply.events
        if reply.fault in ("drop_mid", "stall_mid"):
            events = events[: max(len(events) // 2, 1)]
        delay = self._knobs.stream_chunk_delay
        if delay > 0:
            for event in events:
                transport.write(b"%x\r\n%s\r\n" % (len(event), event))
                await asyncio.sleep(delay)
                if conn.lost.is_set():
                    return False
        else:
            transport.write(b"".join(b"%x\r\n%s\r\n" % (len(e), e) for e in events))
        if reply.fault == "drop_mid":
            transport.close()
            return False
        if reply.fault == "stall_mid":
            await self._hold(conn)
            return False
        transport.write(b"0\r\n\r\n")
        return True

    # -- routing ----------------------------------------------------------------------------------------------

    _ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
        (method, re.compile(pattern + r"/?$"), name)
        for method, pattern, name in [
            ("POST", r"/v1/chat/completions", "chat.completions"),
            ("GET", r"/v1/models", "models.list"),
            ("POST", r"/v1/responses", "responses"),
            ("GET", r"/v1/responses/(?P<id>[^/]+)", "responses.retrieve"),
            ("POST", r"/v1/files", "files.create"),
            ("GET", r"/v1/files", "files.list"),
            ("GET", r"/v1/files/(?P<id>[^/]+)", "files.retrieve"),
            ("DELETE", r"/v1/files/(?P<id>[^/]+)", "files.delete"),
            ("GET", r"/v1/files/(?P<id>[^/]+)/content", "files.content"),
            ("POST", r"/v1/batches", "batches.create"),
            ("GET", r"/v1/batches", "batches.list"),
            ("GET", r"/v1/batches/(?P<id>[^/]+)", "batches.retrieve"),
            ("POST", r"/v1/batches/(?P<id>[^/]+)/cancel", "batches.cancel"),
            ("POST", r"/v1/messages", "messages"),
            ("POST", r"/v1/messages/count_tokens", "messages.count_tokens"),
            ("POST", r"/v1/messages/batches", "messages.batches.create"),
            ("GET", r"/v1/messages/batches", "messages.batches.list"),
            ("GET", r"/v1/messages/batches/(?P<id>[^/]+)", "messages.batches.retrieve"),
            ("GET", r"/v1/messages/batches/(?P<id>[^/]+)/results", "messages.batches.results"),
            ("POST", r"/v1/messages/batches/(?P<id>[^/]+)/cancel", "messages.batches.cancel"),
            ("GET", r"/_fake/stats", "_fake.stats"),
            ("POST", r"/_fake/configure", "_fake.configure"),
            ("POST", r"/_fake/reset", "_fake.reset"),
        ]
    )

    async def _dispatch(self, request: _Request) -> _Reply:
        try:
            name, params = self._route(request)
            if name.startswith("_fake."):
                return self._admin(name, request)
            self._count(name)
            self._authorize(request)
            handler = getattr(self, "_h_" + name.replace(".", "_"))
            with self._lock:
                self._in_flight += 1
                self._max_in_flight = max(self._max_in_flight, self._in_flight)
            try:
                if name in GENERATION_ENDPOINTS:
                    return await handler(request)
                await self._sleep(None)
                if name in self._knobs.fault_endpoints:  # files/batches: transport faults only (429, 5xx, drop...)
                    fault = self._pick_fault(name, _digest([request.method, request.path, request.body.hex()]))
                    reply = self._transport_fault(fault, request)
                    if reply is not None:
                        self._record({"endpoint": name, "status": reply.status, "fault": fault}, 0, name)
                        return reply
                return await handler(request, **params)
            finally:
                with self._lock:
                    self._in_flight -= 1
        except _HTTPError as exc:
            return self._error(request, exc)
        except Exception as exc:  # a bug here must show up as a failing request, not a hung one
            with self._lock:
                self.internal_errors.append(f"{type(exc).__name__}: {exc}")
            return self._error(request, _HTTPError(500, "server_error", f"fake server bug: {exc!r}"))

    def _route(self, request: _Request) -> tuple[str, dict[str, str]]:
        allowed = False
        for method, pattern, name in self._ROUTES:
            match = pattern.match(request.path)
            if match:
                if method == request.method:
                    return name, match.groupdict()
                allowed = True
        if allowed:
            raise _HTTPError(405, "invalid_request_error", f"Method {request.method} not allowed on {request.path}")
        raise _HTTPError(404, "not_found_error", f"Unknown endpoint {request.method} {request.path}")

    def _authorize(self, request: _Request) -> None:
        key = request.headers.get("x-api-key") or ""
        auth = request.headers.get("authorization", "")
        if not key and auth.lower().startswith("bearer "):
            key = auth[7:].strip()
        wanted = self._knobs.api_key
        if not key or (wanted is not None and key != wanted):
            if request.provider == "anthropic":
                message = "x-api-key header is required" if not key else "invalid x-api-key"
            else:
                message = (
                    "You didn't provide an API key. You need to provide your API key in an Authorization header "
                    "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
                    if not key
                    else "Incorrect API key provided."
                )
            raise _HTTPError(401, "invalid_api_key", message)

    async def _sleep(self, key: str | None) -> None:
        knobs = self._knobs
        delay = knobs.latency
        if knobs.latency_jitter and key:
            delay += knobs.latency_jitter * _unit(knobs.seed, "jitter", key)
        if delay > 0:
            await asyncio.sleep(delay)

    async def _wait_barrier(self, size: int) -> None:
        if self._barrier is None:
            self._barrier = asyncio.Event()
        if self._max_in_flight >= size:
            self._barrier.set()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._barrier.wait(), self._knobs.hang_s)

    def _error(self, request: _Request, exc: _HTTPError) -> _Reply:
        if request.provider == "anthropic":
            kind = _ANTHROPIC_ERROR_TYPES.get(exc.status, "api_error")
            body: dict[str, Any] = {
                "type": "error",
                "error": {"type": kind, "message": exc.message},
                "request_id": self._new_id("req_"),
            }
        else:
            code = {401: "invalid_api_key", 429: "rate_limit_exceeded", 404: "not_found"}.get(exc.status)
            if exc.kind == "model_not_found":
                code = "model_not_found"
            kind = {429: "requests", 401: "invalid_request_error", 404: "invalid_request_error"}.get(
                exc.status, exc.kind
            )
            if exc.status >= 500:
                kind = "server_error"
            body = {"error": {"message": exc.message, "type": kind, "param": None, "code": code}}
        return _Reply(exc.status, json.dumps(body).encode(), headers=exc.headers)

    def _admin(self, name: str, request: _Request) -> _Reply:
        if name == "_fake.stats":
            payload: Any = self.stats()
            if "log=0" in request.query.split("&"):
                payload.pop("log")
        elif name == "_fake.reset":
            self.reset_counters()
            payload = {"ok": True}
        else:
            try:
                payload = self.configure(**_knobs_from_json(request.json())).to_json()
            except (TypeError, ValueError) as exc:
                raise _HTTPError(400, "invalid_request_error", str(exc)) from None
            payload.pop("answers", None)
        return _Reply(200, json.dumps(payload).encode())

    # -- faults and the model ---------------------------------------------------------------------------------

    def _pick_fault(self, endpoint: str, key: str) -> str | None:
        """The fault for this request: the script first, then the rates, drawn from (seed, body, attempt)."""
        knobs = self._knobs
        if endpoint not in knobs.fault_endpoints:
            return None
        with self._lock:
            attempt = self._attempts[key]
            self._attempts[key] += 1
            if self._script:
                return self._script.popleft()
        if not knobs.fault_rates:
            return None
        u = _unit(knobs.seed, "fault", key, attempt)
        for kind, rate in knobs.fault_rates.items():
            if u < rate:
                return kind
            u -= rate
        return None

    def _transport_fault(self, fault: str | None, request: _Request) -> _Reply | None:
        """A reply for faults that are not a (changed) answer, else None."""
        if fault == "rate_limit":
            after = self._knobs.retry_after
            headers = {"retry-after": f"{after:g}"}
            if request.provider == "openai":
                headers["retry-after-ms"] = str(int(round(after * 1000)))
            return self._error(
                request, _HTTPError(429, "rate_limit_error", "Rate limit reached; please retry later.", headers)
            )
        if fault in ("server_error", "unavailable", "overloaded"):
            status = {"server_error": 500, "unavailable": 503, "overloaded": 529}[fault]
            message = {500: "The server had an error while processing your request.", 503: "Service unavailable."}
            return self._error(request, _HTTPError(status, "server_error", message.get(status, "Overloaded")))
        if fault in ("drop", "timeout"):
            return _Reply(fault=fault)
        return None

    def _find_problem(self, prompt: str) -> tuple[str, str] | None:
        """(problem, gold answer) of the known problem in `prompt`: an exact match, else the longest substring."""
        text = _norm(prompt)
        answers = self._knobs.answers
        if text in answers:
            return text, answers[text]
        if not answers:
            return None
        cache_key = (id(answers), text)  # answers can differ per model (model_overrides)
        with self._lock:
            if cache_key in self._match_cache:
                return self._match_cache[cache_key]
        # A template puts the problem on lines of its own: try every run of whole lines exactly (cheap for short
        # prompts) before scanning every known problem as a substring.
        lines = [_norm(line) for line in prompt.splitlines()]
        runs = (" ".join(w for w in lines[i:j] if w) for i in range(len(lines)) for j in range(i + 1, len(lines) + 1))
        exact = [run for run in runs if run in answers] if len(lines) <= 24 else []
        if exact:
            best = max(exact, key=len)
            found: tuple[str, str] | None = (best, answers[best])
            with self._lock:
                self._match_cache[cache_key] = found
            return found
        found = None
        for problem, answer in answers.items():
            if (found is None or len(problem) > len(found[0])) and problem in text:
                found = (problem, answer)
        with self._lock:
            if len(self._match_cache) > 100_000:
                self._match_cache.clear()
            self._match_cache[cache_key] = found
        return found

    def _sample(self, prompt: str, model: str, key: str, variant: int, index: int, reasoning_words: int) -> _Sample:
        knobs = self._knobs
        match = self._find_problem(prompt)
        problem, gold = match if match else (None, None)
        u = _unit(knobs.seed, "sample", key, variant, index)
        if gold is None:
            answer, correct = knobs.fallback_answer, None
        elif _unit(knobs.seed, "correct", key, variant, index) < knobs.correct_prob:
            answer, correct = gold, True
        else:
            answer, correct = _wrong(gold, u), False
        reasoning = ""
        if reasoning_words > 0:
            start = int(u * len(_POOL))
            size = max(reasoning_words - 13, 0)
            filler = (
                (_POOL * (2 + size // len(_POOL)))[start : start + size]
                if size > len(_POOL)
                else _POOL2[start : start + size]
            )
            words = ["Let", "me", "work", "through", "this", "step", "by", "step.", *filler]
            reasoning = " ".join([*words, "So", "the", "answer", "is", f"{answer}."][:reasoning_words])
        completion = f"Putting the steps together, the final answer is $\\boxed{{{answer}}}$."
        return _Sample(reasoning, completion, answer, correct, problem, _words(reasoning))

    def _begin(self, endpoint: str, body: dict[str, Any], messages: Any) -> tuple[str, int]:
        """(request key, variant) for a generation request; the variant counts identical requests served."""
        sampling = {k: v for k, v in body.items() if k not in ("stream", "stream_options")}  # transport, not the ask
        key = _digest({"endpoint": endpoint, "body": sampling})
        with self._lock:
            variant = self._variants[key] if self._knobs.vary_repeats else 0
        return key, variant

    def _served(self, key: str) -> None:
        with self._lock:
            self._variants[key] += 1

    def _log_entry(
        self, endpoint: str, body: dict[str, Any], messages: Any, fault: str | None, status: int, **extra: Any
    ) -> dict[str, Any]:
        params = {k: v for k, v in body.items() if k not in ("messages", "input", "system", "instructions")}
        return {
            "endpoint": endpoint,
            "model": body.get("model"),
            "messages_hash": _LazyDigest(messages),  # hashed when the log is read, off the hot path
            "n": int(body.get("n") or 1),
            "params": params,
            "stream": bool(body.get("stream")),
            "status": status,
            "fault": fault,
            **extra,
        }

    async def _generation(self, endpoint: str, request: _Request, build: Any) -> _Reply:
        """Shared path of the three generation endpoints: parse, pick a fault, wait, answer, count, log."""
        body = request.json()
        token = _REQUEST_KNOBS.set(self._base.for_model(str(body.get("model"))))
        try:
            return await self._generate(endpoint, request, build, body)
        finally:
            _REQUEST_KNOBS.reset(token)

    async def _generate(self, endpoint: str, request: _Request, build: Any, body: dict[str, Any]) -> _Reply:
        messages = body.get("messages", body.get("input"))
        key, variant = self._begin(endpoint, body, messages)
        model = str(body.get("model"))
        admitted = self._admit(model)
        if isinstance(admitted, tuple):  # the server's own rpm/tpm limiter answers at once, before any latency
            kind, wait = admitted
            headers = {"retry-after": f"{wait:.3f}"}
            if request.provider == "openai":
                headers["retry-after-ms"] = str(int(wait * 1000))
            reply = self._error(request, _HTTPError(429, "rate_limit_error", f"Rate limit reached ({kind}).", headers))
            self._record(self._log_entry(endpoint, body, messages, kind, 429), 0, endpoint)
            return reply
        fault = self._pick_fault(endpoint, key)
        await self._sleep(key)
        if self._knobs.barrier > 0:
            await self._wait_barrier(self._knobs.barrier)
        reply = self._transport_fault(fault, request)
        samples = 0
        extra: dict[str, Any] = {}
        if reply is None:
            try:
                reply, samples, extra = build(body, key, variant, fault)
            except _HTTPError as exc:
                reply = self._error(request, exc)
            if fault in ("drop_mid", "stall_mid") and reply.status == 200:
                reply.fault = fault
            if fault == "malformed":
                if reply.events is not None:
                    name = b"event: content_block_delta\n" if endpoint == "messages" else b""
                    reply.events = reply.events[:1] + [name + b'data: {"id": "broken", "choices": [\n\n']
                else:
                    reply.body = reply.body[: max(len(reply.body) // 3, 1)]
            if reply.status == 200 and fault not in ("malformed", "drop_mid", "stall_mid"):
                self._served(key)
            else:
                samples = 0
        status = 0 if reply.fault in ("drop", "timeout") else reply.status
        entry = self._log_entry(endpoint, body, messages, fault, status, **extra)
        if samples:
            entry["delivered"] = None  # set when the answer is written: False if the client had gone by then
            reply.entry = entry
        self._record(entry, samples, endpoint)
        if admitted is not None:
            self._rate_headers(model, admitted, extra.get("tokens", 0) if samples else 0, request, reply)
        return reply

    def _admit(self, model: str) -> tuple[str, float] | list[float] | None:
        """Under rpm/tpm limits: ("rpm_limit" | "tpm_limit", seconds to wait) when `model` is over a limit in
        the current window, else the window entry counting this request (its tokens are added when it is
        answered); None when no limit is set."""
        knobs = self._knobs
        if not (knobs.rpm_limit or knobs.tpm_limit):
            return None
        now = time.monotonic()
        with self._lock:
            window = self._rate.setdefault(model, collections.deque())
            while window and window[0][0] <= now - knobs.rate_window_s:
                window.popleft()
            wait = window[0][0] + knobs.rate_window_s - now if window else 0.0
            if knobs.rpm_limit and len(window) >= knobs.rpm_limit:
                return "rpm_limit", max(wait, 0.001)
            if knobs.tpm_limit and sum(entry[1] for entry in window) >= knobs.tpm_limit:
                return "tpm_limit", max(wait, 0.001)
            entry = [now, 0.0]
            window.append(entry)
        return entry

    def _rate_headers(self, model: str, entry: list[float], tokens: int, request: _Request, reply: _Reply) -> None:
        knobs = self._knobs
        with self._lock:
            entry[1] += tokens
            window = self._rate.get(model) or collections.deque()
            used_requests, used_tokens = len(window), int(sum(entry[1] for entry in window))
        reset = knobs.rate_window_s
        if request.provider == "openai":
            if knobs.rpm_limit:
                reply.headers["x-ratelimit-limit-requests"] = str(knobs.rpm_limit)
                reply.headers["x-ratelimit-remaining-requests"] = str(max(knobs.rpm_limit - used_requests, 0))
                reply.headers["x-ratelimit-reset-requests"] = f"{reset:g}s"
            if knobs.tpm_limit:
                reply.headers["x-ratelimit-limit-tokens"] = str(knobs.tpm_limit)
                reply.headers["x-ratelimit-remaining-tokens"] = str(max(knobs.tpm_limit - used_tokens, 0))
                reply.headers["x-ratelimit-reset-tokens"] = f"{reset:g}s"
        else:
            at = _iso(time.time() + reset)
            if knobs.rpm_limit:
                reply.headers["anthropic-ratelimit-requests-limit"] = str(knobs.rpm_limit)
                reply.headers["anthropic-ratelimit-requests-remaining"] = str(max(knobs.rpm_limit - used_requests, 0))
                reply.headers["anthropic-ratelimit-requests-reset"] = at
            if knobs.tpm_limit:
                reply.headers["anthropic-ratelimit-tokens-limit"] = str(knobs.tpm_limit)
                reply.headers["anthropic-ratelimit-tokens-remaining"] = str(max(knobs.tpm_limit - used_tokens, 0))
                reply.headers["anthropic-ratelimit-tokens-reset"] = at

    def _check_model(self, model: str) -> None:
        models = self._knobs.models
        if models and model not in models:
            raise _HTTPError(
                404, "model_not_found", f"The model `{model}` does not exist or you do not have access to it."
            )

    async def _h_models_list(self, request: _Request) -> _Reply:
        names = self._knobs.models or ("fake-model",)
        if request.provider == "anthropic":
            data: list[dict[str, Any]] = [
                {"type": "model", "id": m, "display_name": m, "created_at": "2026-01-01T00:00:00Z"} for m in names
            ]
            page: dict[str, Any] = {"data": data, "has_more": False, "first_id": names[0], "last_id": names[-1]}
        else:
            data = [{"id": m, "object": "model", "created": 1767225600, "owned_by": "fake"} for m in names]
            page = {"object": "list", "data": data}
        return _Reply(body=json.dumps(page).encode())

    # -- OpenAI Chat Completions ------------------------------------------------------------------------------

    async def _h_chat_completions(self, request: _Request) -> _Reply:
        return await self._generation("chat.completions", request, self._chat)

    def _chat(
        self, body: dict[str, Any], key: str, variant: int, fault: str | None, *, want_stream: bool | None = None
    ) -> tuple[_Reply, int, dict[str, Any]]:
        model, messages = body.get("model"), body.get("messages")
        if not model:
            raise _HTTPError(400, "invalid_request_error", "you must provide a model parameter")
        self._check_model(model)
        if not isinstance(messages, list) or not messages:
            raise _HTTPError(400, "invalid_request_error", "'messages' must be a non-empty array")
        _check_messages(messages, "messages")
        n = int(body.get("n") or 1)
        if not 1 <= n <= 128:
            raise _HTTPError(400, "invalid_request_error", f"Invalid 'n': integer between 1 and 128, got {n}")
        limit = body.get("max_completion_tokens", body.get("max_tokens"))
        style = self._knobs.model_styles.get(model, self._knobs.chat_reasoning)
        if style == "hidden":  # OpenAI reasoning models refuse what the API refuses for them
            if "max_tokens" in body:
                raise _HTTPError(
                    400,
                    "invalid_request_error",
                    "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                    "'max_completion_tokens' instead.",
                )
            if body.get("temperature") not in (None, 1, 1.0):
                raise _HTTPError(
                    400,
                    "invalid_request_error",
                    f"Unsupported value: 'temperature' does not support {body['temperature']} with this model. "
                    "Only the default (1) value is supported.",
                )
        prompt = _text_of(next((m.get("content") for m in reversed(messages) if m.get("role") == "user"), ""))
        prompt_tokens = sum(_words(_text_of(m.get("content"))) for m in messages)
        choices, completion_tokens, reasoning_tokens, correct, problem = [], 0, 0, [], None
        for i in range(n):
            s = self._sample(prompt, model, key, variant, i, self._knobs.reasoning_words)
            correct.append(s.correct)
            problem = s.problem
            reasoning, content = s.reasoning, s.completion
            r_tok, c_tok = s.reasoning_words, _words(content)
            if style == "none":
                content, reasoning = f"{reasoning}\n\n{content}".strip(), ""
                r_tok, c_tok = 0, r_tok + c_tok
            budget = limit if limit is not None else None
            if fault == "length":
                budget = (r_tok + c_tok) // 2
            finish = "stop"
            if budget is not None and r_tok + c_tok > budget:
                finish = "length"
                r_tok = min(r_tok, budget)
                c_tok = budget - r_tok
                reasoning, content = _take(reasoning, r_tok), _take(content, c_tok)
            refusal = None
            if fault == "empty":
                content, c_tok = "", 0
            elif fault == "refusal":
                content, refusal, c_tok, finish = None, REFUSAL_TEXT, _words(REFUSAL_TEXT), "stop"
            message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal, "annotations": []}
            if style in ("reasoning_content", "reasoning"):
                message[style] = reasoning
            elif style == "think_tags" and content is not None:
                message["content"] = f"<think>\n{reasoning}\n</think>\n\n{content}" if reasoning else content
            if style != "none":
                reasoning_tokens += r_tok
            completion_tokens += r_tok + c_tok
            choices.append({"index": i, "message": message, "finish_reason": finish, "logprobs": None})
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": reasoning_tokens,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        }
        completion = {
            "id": self._new_id("chatcmpl-"),
            "object": "chat.completion",
            "created": _now(),
            "model": model,
            "choices": choices,
            "usage": usage,
            "service_tier": "default",
            "system_fingerprint": "fp_fake",
        }
        extra = {
            "correct": correct,
            "problem_known": problem is not None,
            "problem": problem,
            "tokens": usage["total_tokens"],
        }
        stream = body.get("stream") if want_stream is None else want_stream
        if not stream:
            return _Reply(body=json.dumps(completion).encode()), n, extra
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        return _Reply(content_type="text/event-stream", events=self._chat_events(completion, include_usage)), n, extra

    def _chat_events(self, completion: dict[str, Any], include_usage: bool) -> list[bytes]:
        base = {k: completion[k] for k in ("id", "object", "created", "model", "system_fingerprint", "service_tier")}
        base["object"] = "chat.completion.chunk"
        words = self._knobs.stream_chunk_words

        def chunk(index: int, delta: dict[str, Any], finish: str | None = None) -> bytes:
            choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
            data: dict[str, Any] = {**base, "choices": [choice]}
            if include_usage:
                data["usage"] = None
            return _sse(None, data)

        events = []
        for choice in completion["choices"]:
            i, message = choice["index"], choice["message"]
            events.append(chunk(i, {"role": "assistant", "content": "", "refusal": None}))
            for field_name in ("reasoning_content", "reasoning"):
                for piece in _chunks(message.get(field_name) or "", words):
                    events.append(chunk(i, {field_name: piece}))
            for piece in _chunks(message.get("content") or "", words):
                events.append(chunk(i, {"content": piece}))
            if message.get("refusal"):
                events.append(chunk(i, {"refusal": message["refusal"]}))
            events.append(chunk(i, {}, choice["finish_reason"]))
        if include_usage:
            events.append(_sse(None, {**base, "choices": [], "usage": completion["usage"]}))
        events.append(_sse(None, "[DONE]"))
        return events

    # -- OpenAI Responses -------------------------------------------------------------------------------------

    async def _h_responses(self, request: _Request) -> _Reply:
        return await self._generation("responses", request, self._responses)

    def _responses(
        self, body: dict[str, Any], key: str, variant: int, fault: str | None, *, want_stream: bool | None = None
    ) -> tuple[_Reply, int, dict[str, Any]]:
        model, items = body.get("model"), body.get("input")
        if not model:
            raise _HTTPError(400, "invalid_request_error", "Missing required parameter: 'model'.")
        self._check_model(model)
        if items is None or items == [] or items == "":
            raise _HTTPError(400, "invalid_request_error", "Missing required parameter: 'input'.")
        if isinstance(items, str):
            prompt, prompt_tokens = items, _words(items)
        else:
            users = [_text_of(i.get("content")) for i in items if isinstance(i, dict) and i.get("role") == "user"]
            prompt = users[-1] if users else ""
            prompt_tokens = sum(_words(_text_of(i.get("content"))) for i in items if isinstance(i, dict))
        prompt_tokens += _words(body.get("instructions") or "")
        reasoning_cfg = body.get("reasoning") or {}
        effort = reasoning_cfg.get("effort") or "medium"
        if effort not in _EFFORT_SCALE:
            raise _HTTPError(400, "invalid_request_error", f"Invalid value for 'reasoning.effort': {effort!r}.")
        summary_mode = reasoning_cfg.get("summary") or reasoning_cfg.get("generate_summary")
        s = self._sample(prompt, model, key, variant, 0, int(self._knobs.reasoning_words * _EFFORT_SCALE[effort]))
        limit = body.get("max_output_tokens")
        if limit is not None and int(limit) < 16:
            raise _HTTPError(400, "invalid_request_error", f"Invalid 'max_output_tokens': integer >= 16, got {limit}.")
        r_tok, text = _words(s.reasoning), s.completion
        budget = limit
        if fault == "length":
            budget = (r_tok + _words(text)) // 2
        incomplete = budget is not None and r_tok + _words(text) > budget
        if incomplete:
            r_tok = min(r_tok, budget)
            text = _take(text, budget - r_tok)
        t_tok = _words(text)
        output: list[dict[str, Any]] = []
        if r_tok:
            summary = []
            if summary_mode in ("auto", "concise", "detailed"):
                size = self._knobs.summary_words // (2 if summary_mode == "concise" else 1)
                summary = [{"type": "summary_text", "text": "**Working it out**\n\n" + _take(s.reasoning, size)}]
            output.append({"id": self._new_id("rs_"), "type": "reasoning", "summary": summary})
        refused = fault == "refusal"
        if not (incomplete and not text) or refused:
            if refused:
                part: dict[str, Any] = {"type": "refusal", "refusal": REFUSAL_TEXT}
                t_tok = _words(REFUSAL_TEXT)
            else:
                part = {"type": "output_text", "text": "" if fault == "empty" else text, "annotations": []}
                part["logprobs"] = []
                if fault == "empty":
                    t_tok = 0
            output.append(
                {
                    "id": self._new_id("msg_"),
                    "type": "message",
                    "role": "assistant",
                    "status": "incomplete" if incomplete else "completed",
                    "content": [part],
                }
            )
        created = time.time()
        response = {
            "id": self._new_id("resp_"),
            "object": "response",
            "created_at": int(created),
            "status": "incomplete" if incomplete else "completed",
            "completed_at": None if incomplete else int(created),
            "background": False,
            "error": None,
            "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
            "instructions": body.get("instructions"),
            "max_output_tokens": limit,
            "model": model,
            "output": output,
            "parallel_tool_calls": True,
            "previous_response_id": None,
            "reasoning": {"effort": effort, "summary": summary_mode},
            "service_tier": "default",
            "store": body.get("store", True),
            "temperature": body.get("temperature", 1.0),
            "text": {"format": {"type": "text"}, "verbosity": "medium"},
            "tool_choice": "auto",
            "tools": [],
            "top_p": body.get("top_p", 1.0),
            "truncation": "disabled",
            "usage": {
                "input_tokens": prompt_tokens,
                "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
                "output_tokens": r_tok + t_tok,
                "output_tokens_details": {"reasoning_tokens": r_tok},
                "total_tokens": prompt_tokens + r_tok + t_tok,
            },
            "user": None,
            "metadata": body.get("metadata") or {},
        }
        with self._lock:
            self._stored_responses[response["id"]] = response
        extra = {
            "correct": [s.correct],
            "problem_known": s.problem is not None,
            "problem": s.problem,
            "tokens": response["usage"]["total_tokens"],
        }
        stream = body.get("stream") if want_stream is None else want_stream
        if not stream:
            return _Reply(body=json.dumps(response).encode()), 1, extra
        return _Reply(content_type="text/event-stream", events=self._responses_events(response)), 1, extra

    async def _h_responses_retrieve(self, request: _Request, id: str) -> _Reply:
        with self._lock:
            response = self._stored_responses.get(id)
        if response is None:
            raise _HTTPError(404, "invalid_request_error", f"Response with id '{id}' not found.")
        return _Reply(body=json.dumps(response).encode())

    def _responses_events(self, response: dict[str, Any]) -> list[bytes]:
        words = self._knobs.stream_chunk_words
        seq = iter(range(1_000_000))
        events: list[bytes] = []

        def emit(kind: str, **data: Any) -> None:
            events.append(_sse(kind, {"type": kind, "sequence_number": next(seq), **data}))

        shell = {**response, "status": "in_progress", "output": [], "usage": None, "incomplete_details": None}
        emit("response.created", response=shell)
        emit("response.in_progress", response=shell)
        for index, item in enumerate(response["output"]):
            if item["type"] == "reasoning":
                emit("response.output_item.added", output_index=index, item={**item, "summary": []})
                for s_index, part in enumerate(item["summary"]):
                    ids = {"item_id": item["id"], "output_index": index, "summary_index": s_index}
                    emit("response.reasoning_summary_part.added", **ids, part={"type": "summary_text", "text": ""})
                    for piece in _chunks(part["text"], words):
                        emit("response.reasoning_summary_text.delta", **ids, delta=piece)
                    emit("response.reasoning_summary_text.done", **ids, text=part["text"])
                    emit("response.reasoning_summary_part.done", **ids, part=part)
            else:
                emit(
                    "response.output_item.added",
                    output_index=index,
                    item={**item, "status": "in_progress", "content": []},
                )
                for c_index, part in enumerate(item["content"]):
                    ids = {"item_id": item["id"], "output_index": index, "content_index": c_index}
                    if part["type"] == "refusal":
                        emit("response.content_part.added", **ids, part={"type": "refusal", "refusal": ""})
                        emit("response.refusal.delta", **ids, delta=part["refusal"])
                        emit("response.refusal.done", **ids, refusal=part["refusal"])
                    else:
                        empty = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
                        emit("response.content_part.added", **ids, part=empty)
                        for piece in _chunks(part["text"], words):
                            emit("response.output_text.delta", **ids, delta=piece, logprobs=[])
                        emit("response.output_text.done", **ids, text=part["text"], logprobs=[])
                    emit("response.content_part.done", **ids, part=part)
            emit("response.output_item.done", output_index=index, item=item)
        emit("response.incomplete" if response["status"] == "incomplete" else "response.completed", response=response)
        return events

    # -- OpenAI Files and Batch -------------------------------------------------------------------------------

    async def _h_files_create(self, request: _Request) -> _Reply:
        fields = _multipart(request)
        if "file" not in fields:
            raise _HTTPError(400, "invalid_request_error", "Missing required parameter: 'file'.")
        purpose = fields.get("purpose", (None, b""))[1].decode()
        if purpose not in ("batch", "fine-tune", "assistants", "user_data", "evals", "vision"):
            raise _HTTPError(400, "invalid_request_error", f"Invalid value for 'purpose': {purpose!r}.")
        filename, content = fields["file"]
        file_id = self._new_id("file-")
        obj = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": _now(),
            "filename": filename or "upload",
            "purpose": purpose,
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }
        with self._lock:
            self._files[file_id], self._file_bytes[file_id] = obj, content
        return _Reply(body=json.dumps(obj).encode())

    def _file(self, file_id: str) -> dict[str, Any]:
        with self._lock:
            obj = self._files.get(file_id)
        if obj is None:
            raise _HTTPError(404, "invalid_request_error", f"No such File object: {file_id}")
        return obj

    async def _h_files_retrieve(self, request: _Request, id: str) -> _Reply:
        return _Reply(body=json.dumps(self._file(id)).encode())

    async def _h_files_list(self, request: _Request) -> _Reply:
        with self._lock:
            data = list(self._files.values())
        return _Reply(body=json.dumps({"object": "list", "data": data, "has_more": False}).encode())

    async def _h_files_delete(self, request: _Request, id: str) -> _Reply:
        self._file(id)
        with self._lock:
            self._files.pop(id, None)
            self._file_bytes.pop(id, None)
        return _Reply(body=json.dumps({"id": id, "object": "file", "deleted": True}).encode())

    async def _h_files_content(self, request: _Request, id: str) -> _Reply:
        self._file(id)
        with self._lock:
            content = self._file_bytes[id]
        return _Reply(body=content, content_type="application/octet-stream")

    def _store_file(self, lines: list[dict[str, Any]], purpose: str, name: str) -> str:
        content = "".join(json.dumps(line) + "\n" for line in lines).encode()
        file_id = self._new_id("file-")
        obj = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": _now(),
            "filename": name,
            "purpose": purpose,
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }
        with self._lock:
            self._files[file_id], self._file_bytes[file_id] = obj, content
        return file_id

    async def _h_batches_create(self, request: _Request) -> _Reply:
        body = request.json()
        endpoint = body.get("endpoint")
        if endpoint not in ("/v1/chat/completions", "/v1/responses"):
            raise _HTTPError(400, "invalid_request_error", f"Invalid value for 'endpoint': {endpoint!r}.")
        if body.get("completion_window") != "24h":
            raise _HTTPError(400, "invalid_request_error", "Invalid value for 'completion_window': must be '24h'.")
        input_id = body.get("input_file_id") or ""
        self._file(input_id)
        with self._lock:
            raw = self._file_bytes[input_id]
        batch_id = self._new_id("batch_")
        now = _now()
        batch: dict[str, Any] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": endpoint,
            "errors": None,
            "input_file_id": input_id,
            "completion_window": "24h",
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": now,
            "in_progress_at": None,
            "expires_at": now + 86400,
            "finalizing_at": None,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "cancelling_at": None,
            "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
        }
        items, errors = [], []
        seen: set[str] = set()
        for lineno, line in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("not an object")
            except ValueError:
                errors.append({"code": "invalid_json_line", "line": lineno, "message": "This line is not valid JSON."})
                continue
            missing = [k for k in ("custom_id", "method", "url", "body") if k not in item]
            if missing:
                errors.append(
                    {"code": "missing_required_parameter", "line": lineno, "message": f"Missing {missing[0]!r}."}
                )
            elif item["url"] != endpoint:
                errors.append(
                    {"code": "mismatched_endpoint", "line": lineno, "message": f"url {item['url']!r} != {endpoint!r}"}
                )
            elif item["custom_id"] in seen:
                errors.append({"code": "duplicate_custom_id", "line": lineno, "message": "Duplicate custom_id."})
            else:
                seen.add(item["custom_id"])
                items.append(item)
        if not items and not errors:
            errors.append({"code": "empty_file", "line": None, "message": "The input file is empty."})
        if errors:
            for err in errors:
                err["param"] = None
            batch["errors"] = {"object": "list", "data": errors}
        batch["request_counts"]["total"] = len(items)
        state = {"batch": batch, "items": items, "polls": 0, "created": time.monotonic(), "invalid": bool(errors)}
        with self._lock:
            self._batches[batch_id] = state
        return _Reply(body=json.dumps(batch).encode())

    def _batch_done(self, state: dict[str, Any]) -> bool:
        knobs = self._knobs
        if knobs.batch_seconds is not None:
            return time.monotonic() - state["created"] >= knobs.batch_seconds
        return state["polls"] >= knobs.batch_polls

    def _batch_item_fails(self, custom_id: str) -> bool:
        knobs = self._knobs
        return custom_id in knobs.batch_fail_ids or _unit(knobs.seed, "batch-fail", custom_id) < knobs.batch_fail_rate

    def _advance_batch(self, state: dict[str, Any]) -> None:
        batch = state["batch"]
        if batch["status"] in ("completed", "failed", "cancelled", "expired"):
            return
        state["polls"] += 1
        now = _now()
        if state["invalid"]:
            batch.update(status="failed", failed_at=now)
            return
        if batch["status"] == "cancelling":
            batch.update(status="cancelled", cancelled_at=now)
            return
        if batch["status"] == "validating":
            batch.update(status="in_progress", in_progress_at=now)
        if not self._batch_done(state):
            return
        build = self._chat if batch["endpoint"] == "/v1/chat/completions" else self._responses
        endpoint = "chat.completions" if build == self._chat else "responses"
        outputs, failures = [], []
        for item in state["items"]:
            custom_id, body = item["custom_id"], dict(item["body"])
            _REQUEST_KNOBS.set(
                self._base.for_model(str(body.get("model")))
            )  # the caller runs this in a copied context
            entry_id = self._new_id("batch_req_")
            request_id = self._new_id("req_")
            if custom_id in self._knobs.batch_expired_ids:
                error = {
                    "code": "batch_expired",
                    "message": "This request could not be executed before the completion window expired.",
                }
                failures.append({"id": entry_id, "custom_id": custom_id, "response": None, "error": error})
                self._record(self._log_entry("batches", body, body.get("messages"), None, 0), 0, "batches")
                continue
            if self._batch_item_fails(custom_id):
                error = {"message": "The server had an error processing your request.", "type": "server_error"}
                failures.append(
                    {
                        "id": entry_id,
                        "custom_id": custom_id,
                        "response": {"status_code": 500, "request_id": request_id, "body": {"error": error}},
                        "error": None,
                    }
                )
                self._record(self._log_entry("batches", body, body.get("messages"), None, 500), 0, "batches")
                continue
            key, variant = self._begin(endpoint, body, body.get("messages", body.get("input")))
            try:
                reply, samples, extra = build(body, key, variant, None, want_stream=False)
            except _HTTPError as exc:
                err = {"message": exc.message, "type": exc.kind, "param": None, "code": None}
                failures.append(
                    {
                        "id": entry_id,
                        "custom_id": custom_id,
                        "response": {"status_code": exc.status, "request_id": request_id, "body": {"error": err}},
                        "error": None,
                    }
                )
                self._record(self._log_entry("batches", body, body.get("messages"), None, exc.status), 0, "batches")
                continue
            self._served(key)
            outputs.append(
                {
                    "id": entry_id,
                    "custom_id": custom_id,
                    "response": {"status_code": 200, "request_id": request_id, "body": json.loads(reply.body)},
                    "error": None,
                }
            )
            entry = self._log_entry("batches", body, body.get("messages", body.get("input")), None, 200, **extra)
            self._record({**entry, "custom_id": custom_id}, samples, "batches")
        batch["request_counts"].update(completed=len(outputs), failed=len(failures))
        if outputs:
            batch["output_file_id"] = self._store_file(outputs, "batch_output", f"{batch['id']}_output.jsonl")
        if failures:
            batch["error_file_id"] = self._store_file(failures, "batch_output", f"{batch['id']}_error.jsonl")
        batch.update(status="completed", finalizing_at=now, completed_at=now)

    def _batch(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            state = self._batches.get(batch_id)
        if state is None:
            raise _HTTPError(404, "invalid_request_error", f"No batch found with id '{batch_id}'.")
        return state

    async def _h_batches_retrieve(self, request: _Request, id: str) -> _Reply:
        state = self._batch(id)
        contextvars.copy_context().run(self._advance_batch, state)  # per-item knobs stay inside
        return _Reply(body=json.dumps(state["batch"]).encode())

    async def _h_batches_cancel(self, request: _Request, id: str) -> _Reply:
        state = self._batch(id)
        batch = state["batch"]
        if batch["status"] in ("validating", "in_progress"):
            batch.update(status="cancelling", cancelling_at=_now())
        return _Reply(body=json.dumps(batch).encode())

    async def _h_batches_list(self, request: _Request) -> _Reply:
        with self._lock:
            data = [s["batch"] for s in reversed(self._batches.values())]
        page = {
            "object": "list",
            "data": data,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
            "has_more": False,
        }
        return _Reply(body=json.dumps(page).encode())

    # -- Anthropic Messages -----------------------------------------------------------------------------------

    async def _h_messages(self, request: _Request) -> _Reply:
        return await self._generation("messages", request, self._messages)

    def _messages(
        self, body: dict[str, Any], key: str, variant: int, fault: str | None, *, want_stream: bool | None = None
    ) -> tuple[_Reply, int, dict[str, Any]]:
        model, messages, max_tokens = body.get("model"), body.get("messages"), body.get("max_tokens")
        if not model:
            raise _HTTPError(400, "invalid_request_error", "model: Field required")
        self._check_model(model)
        if not isinstance(max_tokens, int) or max_tokens < 1:
            raise _HTTPError(400, "invalid_request_error", "max_tokens: Field required (an integer >= 1)")
        if not isinstance(messages, list) or not messages:
            raise _HTTPError(400, "invalid_request_error", "messages: at least one message is required")
        _check_messages(messages, "messages")
        thinking = body.get("thinking") or {"type": "disabled"}
        kind = thinking.get("type")
        if kind == "enabled":
            budget = thinking.get("budget_tokens")
            if not isinstance(budget, int) or budget < 1024:
                raise _HTTPError(
                    400, "invalid_request_error", "thinking.enabled.budget_tokens: Input should be >= 1024"
                )
            if budget >= max_tokens:
                raise _HTTPError(
                    400,
                    "invalid_request_error",
                    "`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation "
                    "at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-"
                    "window-size",
                )
        elif kind not in ("disabled", "adaptive", "between_tools"):
            raise _HTTPError(400, "invalid_request_error", f"thinking.type: unknown value {kind!r}")
        if kind in ("enabled", "adaptive", "between_tools"):  # the API's documented limits with thinking on
            if body.get("temperature") not in (None, 1, 1.0):
                raise _HTTPError(
                    400,
                    "invalid_request_error",
                    "`temperature` may only be set to 1 when thinking is enabled. Please consult our documentation "
                    "at https://docs.claude.com/en/docs/build-with-claude/extended-thinking",
                )
            if body.get("top_k") is not None:
                raise _HTTPError(400, "invalid_request_error", "`top_k` must be unset when thinking is enabled.")
            if body.get("top_p") is not None and not 0.95 <= float(body["top_p"]) <= 1:
                raise _HTTPError(
                    400, "invalid_request_error", "`top_p` must be between 0.95 and 1 when thinking is enabled."
                )
        prompt = _text_of(next((m.get("content") for m in reversed(messages) if m.get("role") == "user"), ""))
        system = body.get("system")
        input_tokens = sum(_words(_text_of(m.get("content"))) for m in messages) + _words(_text_of(system or ""))
        effort = (body.get("output_config") or {}).get("effort") or "medium"
        if effort not in _ANTHROPIC_EFFORT:
            raise _HTTPError(400, "invalid_request_error", f"output_config.effort: unknown value {effort!r}")
        words = int(self._knobs.reasoning_words * _ANTHROPIC_EFFORT[effort])
        s = self._sample(prompt, model, key, variant, 0, words)
        thinking_on = kind in ("enabled", "adaptive", "between_tools")
        reasoning, text = s.reasoning, s.completion
        if thinking_on and kind == "enabled":
            reasoning = _take(reasoning, thinking["budget_tokens"])
        if not thinking_on:
            text, reasoning = f"{reasoning}\n\n{text}".strip(), ""
        redacted = (
            thinking_on and _unit(self._knobs.seed, "redacted", key, variant) < self._knobs.redacted_thinking_rate
        )
        redacted_tokens = 24 if redacted else 0
        limit = max_tokens
        if fault == "length":
            limit = min(limit, (_words(reasoning) + redacted_tokens + _words(text)) // 2)
        r_tok, t_tok = _words(reasoning), _words(text)
        stop = "end_turn"
        if r_tok + redacted_tokens + t_tok > limit:
            stop = "max_tokens"
            r_tok = min(r_tok, limit)
            reasoning = _take(reasoning, r_tok)
            redacted_tokens = min(redacted_tokens, limit - r_tok)
            t_tok = max(limit - r_tok - redacted_tokens, 0)
            text = _take(text, t_tok)
        if fault == "refusal":
            text, t_tok, stop = REFUSAL_TEXT, _words(REFUSAL_TEXT), "refusal"
        content: list[dict[str, Any]] = []
        if thinking_on and reasoning:
            signature = base64.b64encode(hashlib.sha256(f"sig:{key}:{variant}".encode()).digest() * 3).decode()
            shown = "" if thinking.get("display") == "omitted" else reasoning  # omitted: billed, not shown
            content.append({"type": "thinking", "thinking": shown, "signature": signature})
        if redacted and redacted_tokens:
            data = base64.b64encode(hashlib.sha512(f"redacted:{key}:{variant}".encode()).digest() * 2).decode()
            content.append({"type": "redacted_thinking", "data": data})
        if fault == "empty":
            t_tok = 0
        elif text or stop != "max_tokens":
            content.append({"type": "text", "text": text, "citations": None})
        message = {
            "id": self._new_id("msg_"),
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": content,
            "stop_reason": stop,
            "stop_sequence": None,
            "usage": {
                "input_tokens": input_tokens,
                "output_tokens": r_tok + redacted_tokens + t_tok,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "output_tokens_details": {"thinking_tokens": r_tok + redacted_tokens},
                "service_tier": "standard",
            },
        }
        extra = {
            "correct": [s.correct],
            "problem_known": s.problem is not None,
            "problem": s.problem,
            "redacted": bool(redacted),
            "tokens": input_tokens + message["usage"]["output_tokens"],
        }
        stream = body.get("stream") if want_stream is None else want_stream
        if not stream:
            return _Reply(body=json.dumps(message).encode()), 1, extra
        return _Reply(content_type="text/event-stream", events=self._messages_events(message)), 1, extra

    def _messages_events(self, message: dict[str, Any]) -> list[bytes]:
        words = self._knobs.stream_chunk_words
        usage = message["usage"]
        start = {
            **message,
            "content": [],
            "stop_reason": None,
            "usage": {**usage, "output_tokens": 1, "output_tokens_details": None},
        }
        events = [_sse("message_start", {"type": "message_start", "message": start})]
        for index, block in enumerate(message["content"]):
            if block["type"] == "thinking":
                opening = {"type": "thinking", "thinking": "", "signature": ""}
            elif block["type"] == "text":
                opening = {"type": "text", "text": "", "citations": None}
            else:
                opening = block
            events.append(
                _sse("content_block_start", {"type": "content_block_start", "index": index, "content_block": opening})
            )
            if index == 0:
                events.append(_sse("ping", {"type": "ping"}))
            deltas: list[dict[str, Any]] = []
            if block["type"] == "thinking":
                deltas += [{"type": "thinking_delta", "thinking": p} for p in _chunks(block["thinking"], words)]
                deltas.append({"type": "signature_delta", "signature": block["signature"]})
            elif block["type"] == "text":
                deltas += [{"type": "text_delta", "text": p} for p in _chunks(block["text"], words)]
            for delta in deltas:
                events.append(
                    _sse("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta})
                )
            events.append(_sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        events.append(
            _sse(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                    "usage": {
                        "output_tokens": usage["output_tokens"],
                        "output_tokens_details": usage["output_tokens_details"],
                    },
                },
            )
        )
        events.append(_sse("message_stop", {"type": "message_stop"}))
        return events

    async def _h_messages_count_tokens(self, request: _Request) -> _Reply:
        body = request.json()
        tokens = sum(_words(_text_of(m.get("content"))) for m in body.get("messages") or [])
        tokens += _words(_text_of(body.get("system") or ""))
        return _Reply(body=json.dumps({"input_tokens": tokens}).encode())

    # -- Anthropic Message Batches ----------------------------------------------------------------------------

    def _msg_batch_json(self, state: dict[str, Any]) -> dict[str, Any]:
        return dict(state["batch"])

    async def _h_messages_batches_create(self, request: _Request) -> _Reply:
        body = request.json()
        requests = body.get("requests")
        if not isinstance(requests, list) or not requests:
            raise _HTTPError(400, "invalid_request_error", "requests: at least one request is required")
        seen: set[str] = set()
        for i, item in enumerate(requests):
            if not isinstance(item, dict) or "custom_id" not in item or not isinstance(item.get("params"), dict):
                raise _HTTPError(400, "invalid_request_error", f"requests.{i}: need 'custom_id' and 'params'")
            if item["custom_id"] in seen:
                raise _HTTPError(
                    400, "invalid_request_error", f"requests.{i}.custom_id: duplicate {item['custom_id']!r}"
                )
            seen.add(item["custom_id"])
        created = time.time()
        batch_id = self._new_id("msgbatch_")
        batch = {
            "id": batch_id,
            "type": "message_batch",
            "processing_status": "in_progress",
            "request_counts": {"processing": len(requests), "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
            "ended_at": None,
            "created_at": _iso(created),
            "expires_at": _iso(created + 86400),
            "archived_at": None,
            "cancel_initiated_at": None,
            "results_url": None,
        }
        state = {"batch": batch, "items": requests, "polls": 0, "created": time.monotonic(), "results": None}
        with self._lock:
            self._msg_batches[batch_id] = state
        return _Reply(body=json.dumps(batch).encode())

    def _msg_batch(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            state = self._msg_batches.get(batch_id)
        if state is None:
            raise _HTTPError(404, "not_found_error", f"Message batch {batch_id!r} not found")
        return state

    def _finish_msg_batch(self, state: dict[str, Any], canceled: bool) -> None:
        batch = state["batch"]
        results = []
        counts = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
        for item in state["items"]:
            custom_id, params = item["custom_id"], dict(item["params"])
            _REQUEST_KNOBS.set(
                self._base.for_model(str(params.get("model")))
            )  # the caller runs this in a copied context
            if canceled:
                results.append({"custom_id": custom_id, "result": {"type": "canceled"}})
                counts["canceled"] += 1
                continue
            if custom_id in self._knobs.batch_expired_ids:
                results.append({"custom_id": custom_id, "result": {"type": "expired"}})
                counts["expired"] += 1
                continue
            error = None
            if self._batch_item_fails(custom_id):
                error = {"type": "api_error", "message": "Internal server error"}
            else:
                key, variant = self._begin("messages", params, params.get("messages"))
                try:
                    reply, samples, extra = self._messages(params, key, variant, None, want_stream=False)
                except _HTTPError as exc:
                    error = {"type": _ANTHROPIC_ERROR_TYPES.get(exc.status, "api_error"), "message": exc.message}
            if error is not None:
                results.append(
                    {
                        "custom_id": custom_id,
                        "result": {"type": "errored", "error": {"type": "error", "error": error, "request_id": None}},
                    }
                )
                counts["errored"] += 1
                status = 400 if error["type"] == "invalid_request_error" else 500
                entry = self._log_entry("messages.batches", params, params.get("messages"), None, status)
                self._record({**entry, "custom_id": custom_id}, 0, "messages.batches")
                continue
            self._served(key)
            message = json.loads(reply.body)
            message["usage"]["service_tier"] = "batch"
            results.append({"custom_id": custom_id, "result": {"type": "succeeded", "message": message}})
            counts["succeeded"] += 1
            entry = self._log_entry("messages.batches", params, params.get("messages"), None, 200, **extra)
            self._record({**entry, "custom_id": custom_id}, samples, "messages.batches")
        random.Random(f"{self._knobs.seed}:{batch['id']}").shuffle(results)
        state["results"] = results
        batch.update(
            processing_status="ended",
            request_counts=counts,
            ended_at=_iso(time.time()),
            results_url=f"{self.url}/v1/messages/batches/{batch['id']}/results",
        )

    async def _h_messages_batches_retrieve(self, request: _Request, id: str) -> _Reply:
        state = self._msg_batch(id)
        batch = state["batch"]
        if batch["processing_status"] != "ended":
            state["polls"] += 1
            if batch["processing_status"] == "canceling":
                contextvars.copy_context().run(self._finish_msg_batch, state, True)
            elif self._batch_done(state):
                contextvars.copy_context().run(self._finish_msg_batch, state, False)
        return _Reply(body=json.dumps(batch).encode())

    async def _h_messages_batches_results(self, request: _Request, id: str) -> _Reply:
        state = self._msg_batch(id)
        if state["results"] is None:
            raise _HTTPError(404, "not_found_error", f"Message batch {id!r} has not ended; no results yet")
        data = "".join(json.dumps(r) + "\n" for r in state["results"]).encode()
        return _Reply(body=data, content_type="application/binary")

    async def _h_messages_batches_cancel(self, request: _Request, id: str) -> _Reply:
        state = self._msg_batch(id)
        batch = state["batch"]
        if batch["processing_status"] == "in_progress":
            batch.update(processing_status="canceling", cancel_initiated_at=_iso(time.time()))
        return _Reply(body=json.dumps(batch).encode())

    async def _h_messages_batches_list(self, request: _Request) -> _Reply:
        with self._lock:
            data = [s["batch"] for s in reversed(self._msg_batches.values())]
        page = {
            "data": data,
            "has_more": False,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
        }
        return _Reply(body=json.dumps(page).encode())


def _knobs_from_json(changes: dict[str, Any]) -> dict[str, Any]:
    """Knob values decoded from JSON (lists back to the tuples / frozensets `Knobs` holds)."""
    changes = dict(changes)
    for key in ("fault_script", "fault_endpoints", "models"):
        if key in changes:
            changes[key] = tuple(changes[key])
    for key in ("batch_fail_ids", "batch_expired_ids"):
        if key in changes:
            changes[key] = frozenset(changes[key])
    return changes


def _multipart(request: _Request) -> dict[str, tuple[str | None, bytes]]:
    """Fields of a multipart/form-data body: name -> (filename, bytes)."""
    ctype = request.headers.get("content-type", "")
    match = re.search(r'boundary="?([^";]+)"?', ctype)
    if not ctype.startswith("multipart/form-data") or not match:
        raise _HTTPError(400, "invalid_request_error", "Expected a multipart/form-data body.")
    boundary = b"--" + match.group(1).encode()
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in request.body.split(boundary)[1:]:
        if part.startswith(b"--"):
            break
        head, _, data = part.lstrip(b"\r\n").partition(b"\r\n\r\n")
        disposition = next(
            (h for h in head.decode("utf-8", "replace").split("\r\n") if h.lower().startswith("content-disposition")),
            "",
        )
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if name:
            fields[name.group(1)] = (filename.group(1) if filename else None, data.removesuffix(b"\r\n"))
    return fields


class FakeLLMServerProcess:
    """The same server in its own Python process (so its CPU does not compete with the client under test).

    Counters and knobs travel over the admin endpoints; `kill()` ends the process.

    Args:
        *args: Extra command-line flags for the script (e.g. "--latency", "0.1").
        **knobs: Any `Knobs` field, sent as `--knobs JSON`.
    """

    #: The server script it runs (`lean_server.LeanServerProcess` runs the lean one).
    script = Path(__file__).resolve()

    def __init__(self, *args: str, **knobs: Any) -> None:
        self._args = [str(a) for a in args]
        if knobs:
            checked = Knobs(**knobs).to_json()  # a bad knob fails here, not in the child
            self._args += ["--knobs", json.dumps({k: checked[k] for k in knobs})]
        self._proc: subprocess.Popen[str] | None = None
        self.url = ""

    def start(self) -> FakeLLMServerProcess:
        self._proc = subprocess.Popen(
            [
                sys.executable,
                str(self.script),
                "--port",
                "0",
                "--parent-pid",
                str(os.getpid()),
                *self._args,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        self.url = self._proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.kill()
            raise RuntimeError(f"fake LLM server did not start (first line {self.url!r})")
        return self

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    @property
    def openai_base_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def anthropic_base_url(self) -> str:
        return self.url

    def _call(self, path: str, payload: dict[str, Any] | None = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode()
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
        with opener.open(urllib.request.Request(self.url + path, data=data), timeout=30) as resp:
            return json.loads(resp.read())

    def stats(self) -> dict[str, Any]:
        """The server's counters (as `FakeLLMServer.stats()`)."""
        return self._call("/_fake/stats")

    @property
    def requests(self) -> collections.Counter[str]:
        return collections.Counter(self._call("/_fake/stats?log=0")["requests"])

    @property
    def choices(self) -> collections.Counter[str]:
        return collections.Counter(self._call("/_fake/stats?log=0")["choices"])

    @property
    def faults(self) -> collections.Counter[str]:
        return collections.Counter(self._call("/_fake/stats?log=0")["faults"])

    @property
    def log(self) -> list[dict[str, Any]]:
        return self.stats()["log"]

    def configure(self, **knobs: Any) -> dict[str, Any]:
        return self._call("/_fake/configure", knobs)

    def reset_counters(self) -> None:
        self._call("/_fake/reset", {})

    def kill(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(timeout=10)

    def __enter__(self) -> FakeLLMServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.kill()


def _parse_rates(items: Iterable[str]) -> dict[str, float]:
    rates = {}
    for item in items:
        kind, _, rate = item.partition("=")
        rates[kind] = float(rate)
    return rates


def _exit_with_parent(pid: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != pid:  # reparented: the test process that started us is gone
            os._exit(0)


def main(argv: list[str] | None = None) -> None:
    """Serve until killed; the first stdout line is the base URL (`http://127.0.0.1:PORT`)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--answers", type=Path, help="JSONL with problem and answer (or gold_answer)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--correct-prob", type=float, default=1.0)
    parser.add_argument("--reasoning-words", type=int, default=200)
    parser.add_argument("--chat-reasoning", default="reasoning_content", choices=CHAT_STYLES)
    parser.add_argument("--fault", action="append", default=[], metavar="KIND=RATE", help="e.g. rate_limit=0.1")
    parser.add_argument("--retry-after", type=float, default=0.05)
    parser.add_argument("--batch-polls", type=int, default=2)
    parser.add_argument("--parent-pid", type=int, help="exit when this process is gone (no orphaned servers)")
    parser.add_argument("--knobs", default="{}", help="any Knobs fields as JSON, e.g. '{\"rpm_limit\": 60}'")
    args = parser.parse_args(argv)
    server = FakeLLMServer(
        port=args.port,
        latency=args.latency,
        answers=load_answers(args.answers) if args.answers else {},
        seed=args.seed,
        correct_prob=args.correct_prob,
        reasoning_words=args.reasoning_words,
        chat_reasoning=args.chat_reasoning,
        fault_rates=_parse_rates(args.fault),
        retry_after=args.retry_after,
        batch_polls=args.batch_polls,
    )
    server.configure(**_knobs_from_json(json.loads(args.knobs)))
    server.start()
    print(server.url, flush=True)
    if args.parent_pid:
        threading.Thread(target=_exit_with_parent, args=(args.parent_pid,), daemon=True).start()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def iter_jsonl(data: bytes | str) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL payload (a batch output file, say)."""
    text = data.decode() if isinstance(data, bytes) else data
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)


if __name__ == "__main__":
    main()
