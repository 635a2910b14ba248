"""Both HTTP transports of the API backends (aiohttp, the default when installed, and httpx2) over real HTTP.

Every fault the fake server injects must reach the sampler classified the same way whichever transport carries
it: the vendored aiohttp adapter of the SDKs maps a refused or dropped connection to `httpx2.ConnectTimeout`
(an `APITimeoutError`), which would make an unreachable server look like a slow one.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import polars as pl
import pytest
from fakes.llm_server import FakeLLMServer

from longcot.errors import ConfigError
from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, parse_teachers, sample_frame
from longcot.teachers.backends import make_backend
from longcot.teachers.backends.openai_api import aiohttp_available, resolve_transport
from longcot.teachers.base import CallError, Request
from longcot.teachers.spec import PromptTemplate


TRANSPORTS = ["aiohttp", "httpx"]


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _one(spec: str) -> CallError | str:
    """Send one request through a fresh backend: the CallError it raised, or the finish reason."""
    teacher = parse_teacher(spec)

    async def go() -> CallError | str:
        backend = make_backend(teacher, concurrency=2)
        request = Request(key="k", teacher=teacher, messages=PromptTemplate().messages("What is 2+2?"), params={},
                          sample_index=0)  # fmt: skip
        try:
            return (await backend.generate(request)).finish_reason
        except CallError as exc:
            return exc
        finally:
            await backend.aclose()

    return asyncio.run(go())


FAULTS = [
    # server fault, kind the sampler sees, retryable, Retry-After seconds
    ("rate_limit", "rate_limit", True, 2.0),
    ("server_error", "server", True, None),
    ("unavailable", "server", True, None),
    ("drop", "connection", True, None),
    ("drop_mid", "connection", True, None),
    ("timeout", "timeout", True, None),
    ("malformed", "malformed", True, None),
]


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize(("fault", "kind", "retryable", "retry_after"), FAULTS)
def test_faults_are_classified_alike_on_both_transports(
    transport: str, provider: str, fault: str, kind: str, retryable: bool, retry_after: float | None
) -> None:
    with FakeLLMServer(fault_rates={fault: 1.0}, retry_after=2, hang_s=5) as srv:
        if provider == "openai":
            spec = f"openai-compatible:qwq@{srv.openai_base_url},timeout=1,transport={transport}"
        else:
            spec = f"anthropic:claude-3-7-sonnet,base_url={srv.anthropic_base_url},timeout=1,transport={transport}"
        error = _one(spec)
    assert isinstance(error, CallError), error
    assert (error.kind, error.retryable, error.retry_after) == (kind, retryable, retry_after)
    assert "sk-test" not in error.message and "sk-ant" not in error.message


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_refused_connection_is_a_connection_error_and_stops_the_teacher(tmp_path: Path, transport: str) -> None:
    url = f"http://127.0.0.1:{_free_port()}/v1"  # nothing listens there
    error = _one(f"openai-compatible:qwq@{url},transport={transport}")
    assert isinstance(error, CallError) and error.kind == "connection" and error.retryable
    teacher = parse_teacher(f"openai-compatible:qwq@{url},transport={transport}")
    config = SamplerConfig(teachers=(teacher,), backoff_s=0.01, max_retries=6)
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        _, result = sample_frame(pl.DataFrame({"problem": ["What is 2+2?"]}), config, cache)
    assert result.fatal and result.fatal[0].kind == "unreachable" and "is the server up?" in result.fatal[0].hint


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_faults_at_twenty_percent_complete_on_each_transport(tmp_path: Path, transport: str) -> None:
    faults = {"rate_limit": 0.06, "server_error": 0.04, "drop": 0.04, "drop_mid": 0.03, "timeout": 0.03}
    problems = pl.DataFrame({"problem": [f"What is {i}*3?" for i in range(20)]})
    with FakeLLMServer(fault_rates=faults, seed=11, retry_after=0.05, reasoning_words=10, hang_s=30) as srv:
        teachers = parse_teachers([
            f"openai-compatible:qwq@{srv.openai_base_url},timeout=1,transport={transport}",
            f"anthropic:claude-3-7-sonnet,base_url={srv.anthropic_base_url},max_tokens=512,timeout=1,"
            f"transport={transport}",
        ], n=2)  # fmt: skip
        config = SamplerConfig(teachers=tuple(teachers), concurrency=16, backoff_s=0.02, max_retries=10)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(problems, config, cache)
        injected = sum(srv.faults.values())
    assert injected >= 8 and result.complete and frame.height == 20 * 2 * 2
    assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()


def test_transport_param_and_default() -> None:
    assert resolve_transport("auto") == ("aiohttp" if aiohttp_available() else "httpx")
    assert resolve_transport(None) == resolve_transport("auto") and resolve_transport("httpx") == "httpx"
    with pytest.raises(ConfigError, match="transport must be one of auto, aiohttp, httpx"):
        parse_teacher("openai:gpt-4o-mini,transport=requests")
    httpx_backend = make_backend(parse_teacher("openai:gpt-4o-mini,transport=httpx"), concurrency=64)
    assert httpx_backend.transport == "httpx" and len(httpx_backend.clients) == 8  # pools of 8 connections
    # the transport is how a request travels, never part of what it asks: the key does not change
    a, b = parse_teacher("openai:gpt-4o-mini,transport=httpx"), parse_teacher("openai:gpt-4o-mini,transport=aiohttp")
    assert a.sampling == b.sampling and "transport" in a.call
    if aiohttp_available():
        backend = make_backend(parse_teacher("anthropic:claude-3-7-sonnet"), concurrency=64)
        assert backend.transport == "aiohttp" and len(backend.clients) == 1
        assert type(backend.clients[0]._client).__name__.endswith("AioHttpClient")


def test_streaming_over_the_aiohttp_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDKs' aiohttp client streams too (the backends do not stream; users of the fake server may)."""
    openai = pytest.importorskip("openai")
    pytest.importorskip("aiohttp")

    async def go(url: str) -> tuple[str, str]:
        client = openai.AsyncOpenAI(base_url=url, api_key="sk-test-openai", max_retries=0,
                                    http_client=openai.DefaultAioHttpClient())  # fmt: skip
        try:
            whole = await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "2+2?"}])
            stream = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "2+2?"}], stream=True
            )
            parts = [chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices]
            return whole.choices[0].message.content or "", "".join(parts)
        finally:
            await client.close()

    with FakeLLMServer(reasoning_words=20, vary_repeats=False) as srv:
        whole, streamed = asyncio.run(go(srv.openai_base_url))
    assert whole and streamed == whole
