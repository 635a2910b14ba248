"""What the openai and anthropic backends put on the wire and how they read answers, sending through `client.post`.

The backends skip `chat.completions.create` / `responses.create` / `messages.create` (their param transform
and pydantic models cost ~45% of the client CPU per request) but still send through the official clients:
these tests pin the request bodies, paths and auth the server sees, and how a 200 whose body is not a JSON
object (or lacks the fields) is classified.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx2
import openai
import polars as pl
import pytest
from fakes.llm_server import FakeLLMServer

from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, sample_frame
from longcot.teachers.backends.openai_api import OpenAIBackend
from longcot.teachers.base import CallError, Request


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai")


WIRE = [
    # spec params, endpoint the server saw, params it saw (besides model and messages/input)
    ("openai-compatible:qwq@{url},max_tokens=100,top_k=20,seed=3,temperature=0.6", "chat.completions",
     {"max_tokens": 100, "top_k": 20, "seed": 3, "temperature": 0.6}),
    ("openai:gpt-4o-mini,base_url={url},max_tokens=100,top_p=0.9", "chat.completions",
     {"max_completion_tokens": 100, "top_p": 0.9}),
    ("openai:o4-mini,base_url={url},reasoning_effort=low,reasoning_summary=auto,max_tokens=2000,seed=1", "responses",
     {"reasoning": {"effort": "low", "summary": "auto"}, "max_output_tokens": 2000}),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "endpoint", "params"), WIRE)
def test_request_body_on_the_wire(tmp_path: Path, spec: str, endpoint: str, params: dict[str, Any]) -> None:
    with FakeLLMServer(reasoning_words=5) as srv:
        teacher = parse_teacher(spec.format(url=srv.openai_base_url))
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(pl.DataFrame({"problem": ["What is 2+2?"]}), SamplerConfig((teacher,)), cache)
        log = srv.log
    assert result.complete and frame.height == 1 and frame["completion"][0]
    assert [(e["endpoint"], e["model"], e["status"]) for e in log] == [(endpoint, teacher.model, 200)]
    # nothing added (no `stream`, no nulls), nothing dropped or renamed
    assert log[0]["params"] == {"model": teacher.model, **params}


def _backend(handler: Any) -> OpenAIBackend:
    backend = OpenAIBackend(parse_teacher("openai-compatible:m@http://fake.invalid/v1,max_tokens=10"))
    backend.clients = [
        openai.AsyncOpenAI(api_key="sk-test-openai", base_url="http://fake.invalid/v1", max_retries=0,
                           http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)))
    ]  # fmt: skip
    return backend


def _request(backend: OpenAIBackend) -> Request:
    return Request("k", backend.teacher, [{"role": "user", "content": "hi"}], dict(backend.teacher.sampling), 0)


ANSWER = b'{"id": "c1", "choices": [{"message": {"content": "4"}, "finish_reason": "stop"}]}'

BODIES = [
    # 200 body, completion or error kind
    (ANSWER, "4"),
    (b"not json", "malformed"),
    (b'["a list"]', "malformed"),
    (b'"a string"', "malformed"),
    (b"\xff\xfe", "malformed"),
    (b'{"id": "c1", "choices": []}', "malformed"),
    (b'{"id": "c1", "choices": [{"message": {"content": 7}}]}', "malformed"),
]


@pytest.mark.parametrize(("body", "expected"), BODIES)
def test_answer_bodies(body: bytes, expected: str) -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, content=body, headers={"content-type": "application/json"})

    async def go() -> str:
        backend = _backend(handler)
        try:
            return (await backend.generate(_request(backend))).completion
        except CallError as exc:
            assert exc.retryable
            return exc.kind
        finally:
            await backend.aclose()

    assert asyncio.run(go()) == expected
    (request,) = seen
    assert request.url.path == "/v1/chat/completions" and request.headers["authorization"] == "Bearer sk-test-openai"
    assert request.headers["content-type"] == "application/json"


def test_status_errors_still_classified_by_the_sdk() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(429, json={"error": {"message": "slow down"}}, headers={"retry-after": "2"})

    async def go() -> CallError:
        backend = _backend(handler)
        try:
            with pytest.raises(CallError) as info:
                await backend.generate(_request(backend))
            return info.value
        finally:
            await backend.aclose()

    error = asyncio.run(go())
    assert (error.kind, error.retryable, error.retry_after) == ("rate_limit", True, 2.0)


def test_anthropic_body_and_headers_on_the_wire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import anthropic

    from longcot.teachers.backends.anthropic_api import AnthropicBackend

    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    with FakeLLMServer(reasoning_words=5) as srv:
        spec = f"anthropic:claude-sonnet-4-6,thinking_budget=1024,max_tokens=4000,base_url={srv.anthropic_base_url}"
        teacher = parse_teacher(spec)
        with ResponseCache(tmp_path / "c.sqlite") as cache:
            frame, result = sample_frame(pl.DataFrame({"problem": ["What is 2+2?"]}), SamplerConfig((teacher,)), cache)
        log = srv.log
    assert result.complete and frame["reasoning_source"][0] == "native" and frame["completion"][0]
    assert [(e["endpoint"], e["status"]) for e in log] == [("messages", 200)]
    assert log[0]["params"] == {"model": teacher.model, "max_tokens": 4000,
                                "thinking": {"type": "enabled", "budget_tokens": 1024}}  # fmt: skip

    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, content=b"[]")

    async def go() -> str:
        backend = AnthropicBackend(teacher)
        backend.clients = [
            anthropic.AsyncAnthropic(api_key="sk-ant-test", base_url="http://fake.invalid", max_retries=0,
                                     http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)))
        ]  # fmt: skip
        try:
            with pytest.raises(CallError) as info:
                await backend.generate(Request("k", teacher, [{"role": "user", "content": "hi"}], {}, 0))
            return info.value.kind
        finally:
            await backend.aclose()

    assert asyncio.run(go()) == "malformed"
    (request,) = seen
    assert request.url.path == "/v1/messages" and request.headers["authorization"] == "Bearer sk-ant-test"
    assert request.headers["anthropic-version"] and request.headers["content-type"] == "application/json"
