"""The fake LLM server, driven by the real `openai` and `anthropic` clients over real HTTP."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import anthropic
import httpx2
import openai
import pytest

from fakes.llm_server import FakeLLMServer, FakeLLMServerProcess, Knobs, iter_jsonl, load_answers


PROBLEM = "What is the sum of the first 3 positive integers?"
PROMPT = f"Solve the problem. Put your final answer within \\boxed{{}}.\n\n{PROBLEM}"
USER = [{"role": "user", "content": PROMPT}]
KEY = "sk-test-SECRET-0123456789"


def boxed(text: str | None) -> str | None:
    match = re.search(r"\\boxed\{([^}]*)\}", text or "")
    return match.group(1) if match else None


@pytest.fixture
def srv(fake_llm: FakeLLMServer) -> FakeLLMServer:
    fake_llm.configure(answers={PROBLEM: "6"}, reasoning_words=60, retry_after=0.01)
    return fake_llm


@pytest.fixture
def oai(srv: FakeLLMServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=0, timeout=10)


@pytest.fixture
def claude(srv: FakeLLMServer) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=srv.anthropic_base_url, api_key=KEY, max_retries=0, timeout=10)


# -- OpenAI Chat Completions -------------------------------------------------------------------------------------


def test_chat_n_choices_reasoning_content_usage_and_counters(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    out = oai.chat.completions.create(model="deepseek-r1", messages=USER, n=3, temperature=0.6, max_tokens=1000)
    assert [c.index for c in out.choices] == [0, 1, 2]
    for choice in out.choices:
        assert choice.finish_reason == "stop"
        assert boxed(choice.message.content) == "6"
        assert choice.message.model_extra["reasoning_content"].startswith("Let me work through this")
        assert len(choice.message.model_extra["reasoning_content"].split()) == 60
    assert len({c.message.model_extra["reasoning_content"] for c in out.choices}) == 3  # samples differ
    words = sum(
        len((c.message.content + " " + c.message.model_extra["reasoning_content"]).split()) for c in out.choices
    )
    assert out.usage.completion_tokens == words
    assert out.usage.completion_tokens_details.reasoning_tokens == 3 * 60
    assert out.usage.prompt_tokens == len(PROMPT.split())
    assert out.usage.total_tokens == out.usage.prompt_tokens + out.usage.completion_tokens
    assert srv.requests["chat.completions"] == 1
    assert srv.choices["chat.completions"] == 3
    (entry,) = srv.log
    assert entry["model"] == "deepseek-r1" and entry["n"] == 3 and entry["status"] == 200
    assert entry["params"]["temperature"] == 0.6 and entry["correct"] == [True, True, True]
    assert entry["problem"] == PROBLEM and entry["problem_known"] is True
    assert KEY not in json.dumps(srv.stats())
    srv.reset_counters()
    assert srv.total_requests == 0 and srv.total_choices == 0 and srv.log == []


def test_chat_stream_accumulates_to_the_non_streamed_answer(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(vary_repeats=False, stream_chunk_words=5)
    whole = oai.chat.completions.create(model="m", messages=USER, n=2)
    stream = oai.chat.completions.create(
        model="m", messages=USER, n=2, stream=True, stream_options={"include_usage": True}
    )
    content, reasoning, finish, usage, chunks = ["", ""], ["", ""], [None, None], None, 0
    for chunk in stream:
        chunks += 1
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            content[choice.index] += choice.delta.content or ""
            reasoning[choice.index] += (choice.delta.model_extra or {}).get("reasoning_content") or ""
            finish[choice.index] = choice.finish_reason or finish[choice.index]
    assert chunks > 10
    assert content == [c.message.content for c in whole.choices]
    assert reasoning == [c.message.model_extra["reasoning_content"] for c in whole.choices]
    assert finish == ["stop", "stop"]
    assert usage == whole.usage
    assert srv.choices["chat.completions"] == 4


@pytest.mark.parametrize(
    ("style", "content_has_think", "reasoning_field", "reasoning_tokens"),
    [
        ("reasoning_content", False, True, 60),  # DeepSeek, vLLM's older reasoning parser
        ("reasoning", False, True, 60),  # newer vLLM, OpenRouter
        ("think_tags", True, False, 60),  # an openai-compatible server without a reasoning parser
        ("hidden", False, False, 60),  # OpenAI o-series: billed, not returned
        ("none", False, False, 0),  # a plain model: reasoning written into the answer
    ],
)
def test_chat_reasoning_styles(
    srv: FakeLLMServer,
    oai: openai.OpenAI,
    style: str,
    content_has_think: bool,
    reasoning_field: bool,
    reasoning_tokens: int,
) -> None:
    srv.configure(model_styles={"styled": style})
    out = oai.chat.completions.create(model="styled", messages=USER)
    message = out.choices[0].message
    assert message.content.startswith("<think>\nLet me") is content_has_think
    assert ("</think>" in message.content) is content_has_think
    assert (style in (message.model_extra or {})) is reasoning_field
    assert boxed(message.content) == "6"
    assert out.usage.completion_tokens_details.reasoning_tokens == reasoning_tokens
    visible = len(re.sub(r"</?think>", " ", message.content).split())
    hidden = 60 if style == "hidden" else 0
    shown = len((message.model_extra or {}).get(style, "").split())
    assert out.usage.completion_tokens == visible + hidden + shown


def test_chat_max_tokens_truncates_with_finish_reason_length(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    out = oai.chat.completions.create(model="m", messages=USER, max_completion_tokens=65)
    choice = out.choices[0]
    assert choice.finish_reason == "length"
    assert out.usage.completion_tokens == 65
    assert out.usage.completion_tokens_details.reasoning_tokens == 60
    assert len(choice.message.content.split()) == 5 and boxed(choice.message.content) is None
    out = oai.chat.completions.create(model="m", messages=USER, max_tokens=40)  # the budget went to reasoning
    assert out.choices[0].finish_reason == "length" and out.choices[0].message.content == ""
    assert out.usage.completion_tokens == 40


@pytest.mark.parametrize(
    ("fault", "finish", "content", "refusal"),
    [
        ("length", "length", lambda c: boxed(c) is None, None),
        ("empty", "stop", lambda c: c == "", None),
        ("refusal", "stop", lambda c: c is None, "I'm sorry, but I can't help with that request."),
    ],
)
def test_chat_answer_faults(srv: FakeLLMServer, oai: openai.OpenAI, fault, finish, content, refusal) -> None:
    srv.configure(fault_script=[fault])
    out = oai.chat.completions.create(model="m", messages=USER)
    assert out.choices[0].finish_reason == finish
    assert content(out.choices[0].message.content)
    assert out.choices[0].message.refusal == refusal
    assert srv.faults == {fault: 1}
    again = oai.chat.completions.create(model="m", messages=USER)  # the script is used up
    assert boxed(again.choices[0].message.content) == "6"


def test_answers_wrong_with_probability_and_deterministic_per_seed() -> None:
    def answers(seed: int) -> list[str | None]:
        with FakeLLMServer(seed=seed, answers={PROBLEM: "6"}, correct_prob=0.5, reasoning_words=5) as server:
            client = openai.OpenAI(base_url=server.openai_base_url, api_key=KEY)
            out = client.chat.completions.create(model="m", messages=USER, n=40)
            assert server.log[0]["correct"] == [boxed(c.message.content) == "6" for c in out.choices]
            return [boxed(c.message.content) for c in out.choices]

    first = answers(0)
    assert first == answers(0)
    assert first != answers(1)
    assert 8 <= first.count("6") <= 32
    assert all(a != "6" for a in first if a != "6")
    with FakeLLMServer(fallback_answer="17") as server:  # a problem the server does not know
        out = openai.OpenAI(base_url=server.openai_base_url, api_key=KEY).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "unknown"}]
        )
        assert boxed(out.choices[0].message.content) == "17" and server.log[0]["problem_known"] is False


def test_identical_requests_get_successive_variants_unless_disabled(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    a, b = (oai.chat.completions.create(model="m", messages=USER).choices[0].message for _ in range(2))
    assert a.model_extra["reasoning_content"] != b.model_extra["reasoning_content"]
    srv.configure(vary_repeats=False)
    c, d = (oai.chat.completions.create(model="m", messages=USER).choices[0].message for _ in range(2))
    assert c.model_extra["reasoning_content"] == d.model_extra["reasoning_content"]


# -- OpenAI Responses --------------------------------------------------------------------------------------------


def test_responses_reasoning_summary_and_usage(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    out = oai.responses.create(model="o4-mini", input=PROMPT, reasoning={"effort": "medium", "summary": "auto"})
    assert out.status == "completed" and out.incomplete_details is None
    reasoning, message = out.output
    assert reasoning.type == "reasoning" and reasoning.summary[0].type == "summary_text"
    assert "Let me work through" in reasoning.summary[0].text
    assert boxed(out.output_text) == "6" and message.type == "message"
    assert out.usage.output_tokens_details.reasoning_tokens == 60
    assert out.usage.output_tokens == 60 + len(out.output_text.split())
    assert out.usage.input_tokens == len(PROMPT.split())
    plain = oai.responses.create(model="o4-mini", input=USER, reasoning={"effort": "high"})
    assert plain.output[0].summary == [] and plain.usage.output_tokens_details.reasoning_tokens == 120
    assert oai.responses.retrieve(out.id).output_text == out.output_text
    assert srv.choices["responses"] == 2


def test_responses_max_output_tokens_gives_incomplete(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    out = oai.responses.create(model="o3", input=PROMPT, max_output_tokens=65)
    assert out.status == "incomplete" and out.incomplete_details.reason == "max_output_tokens"
    assert out.usage.output_tokens == 65 and len(out.output_text.split()) == 5
    out = oai.responses.create(model="o3", input=PROMPT, max_output_tokens=30)  # all of it spent on reasoning
    assert [item.type for item in out.output] == ["reasoning"] and out.output_text == ""
    assert out.usage.output_tokens_details.reasoning_tokens == 30


def test_responses_stream(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(vary_repeats=False)
    whole = oai.responses.create(model="o3", input=PROMPT, reasoning={"summary": "detailed"})
    with oai.responses.stream(model="o3", input=PROMPT, reasoning={"summary": "detailed"}) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_response()
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert "response.reasoning_summary_text.delta" in kinds and "response.output_text.delta" in kinds
    assert final.output_text == whole.output_text
    assert final.output[0].summary[0].text == whole.output[0].summary[0].text
    assert final.usage == whole.usage


# -- OpenAI Files + Batch ----------------------------------------------------------------------------------------


def test_openai_batch_roundtrip_with_a_failed_item(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(batch_polls=3, batch_fail_ids={"p2"}, batch_expired_ids={"p4"})
    lines = [
        {
            "custom_id": f"p{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "m", "messages": USER},
        }
        for i in range(5)
    ]
    payload = "".join(json.dumps(line) + "\n" for line in lines).encode()
    uploaded = oai.files.create(file=("in.jsonl", payload), purpose="batch")
    assert uploaded.purpose == "batch" and uploaded.bytes == len(payload)
    assert oai.files.content(uploaded.id).content == payload
    batch = oai.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    statuses = [batch.status]
    while batch.status not in ("completed", "failed"):
        batch = oai.batches.retrieve(batch.id)
        statuses.append(batch.status)
    assert statuses == ["validating", "in_progress", "in_progress", "completed"]
    assert batch.request_counts.total == 5 and batch.request_counts.completed == 3 and batch.request_counts.failed == 2
    out = list(iter_jsonl(oai.files.content(batch.output_file_id).content))
    assert sorted(row["custom_id"] for row in out) == ["p0", "p1", "p3"]
    for row in out:
        assert row["error"] is None and row["response"]["status_code"] == 200
        assert boxed(row["response"]["body"]["choices"][0]["message"]["content"]) == "6"
    failed, expired = iter_jsonl(oai.files.content(batch.error_file_id).content)
    assert failed["custom_id"] == "p2" and failed["response"]["status_code"] == 500 and failed["error"] is None
    assert expired["custom_id"] == "p4" and expired["response"] is None
    assert expired["error"]["code"] == "batch_expired"
    assert srv.choices["batches"] == 3 and srv.choices["chat.completions"] == 0
    assert [b.id for b in oai.batches.list()] == [batch.id]


def test_openai_batch_with_a_bad_line_fails_validation(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    uploaded = oai.files.create(file=("in.jsonl", b'{"custom_id": "a"\n'), purpose="batch")
    batch = oai.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    batch = oai.batches.retrieve(batch.id)
    assert batch.status == "failed" and batch.errors.data[0].code == "invalid_json_line"
    assert batch.errors.data[0].line == 1
    with pytest.raises(openai.NotFoundError):
        oai.batches.create(input_file_id="file-nope", endpoint="/v1/chat/completions", completion_window="24h")


def test_openai_responses_batch(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(batch_polls=1)
    line = {"custom_id": "r", "method": "POST", "url": "/v1/responses", "body": {"model": "o3", "input": PROMPT}}
    uploaded = oai.files.create(file=("in.jsonl", json.dumps(line).encode()), purpose="batch")
    batch = oai.batches.create(input_file_id=uploaded.id, endpoint="/v1/responses", completion_window="24h")
    batch = oai.batches.retrieve(batch.id)
    (row,) = iter_jsonl(oai.files.content(batch.output_file_id).content)
    assert row["response"]["body"]["object"] == "response" and row["response"]["body"]["status"] == "completed"


# -- Anthropic Messages ------------------------------------------------------------------------------------------


def test_anthropic_thinking_and_redacted_blocks(srv: FakeLLMServer, claude: anthropic.Anthropic) -> None:
    srv.configure(redacted_thinking_rate=1.0)
    msg = claude.messages.create(
        model="claude-test",
        max_tokens=4096,
        messages=USER,
        thinking={"type": "enabled", "budget_tokens": 2048},
    )
    assert [block.type for block in msg.content] == ["thinking", "redacted_thinking", "text"]
    thinking, redacted, text = msg.content
    assert thinking.thinking.startswith("Let me work through") and thinking.signature
    assert redacted.data and boxed(text.text) == "6"
    assert msg.stop_reason == "end_turn"
    assert msg.usage.output_tokens == 60 + 24 + len(text.text.split())
    assert msg.usage.output_tokens_details.thinking_tokens == 84
    assert msg.usage.input_tokens == len(PROMPT.split())
    adaptive = claude.messages.create(model="c", max_tokens=500, messages=USER, thinking={"type": "adaptive"})
    assert adaptive.content[0].type == "thinking"
    off = claude.messages.create(model="c", max_tokens=500, messages=USER)
    assert [block.type for block in off.content] == ["text"] and boxed(off.content[0].text) == "6"
    assert srv.choices["messages"] == 3 and srv.log[0]["redacted"] is True


def test_anthropic_thinking_budget_is_validated(claude: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.BadRequestError, match="budget_tokens"):
        claude.messages.create(
            model="c", max_tokens=4096, messages=USER, thinking={"type": "enabled", "budget_tokens": 10}
        )
    with pytest.raises(anthropic.BadRequestError, match="max_tokens"):
        claude.messages.create(
            model="c", max_tokens=1024, messages=USER, thinking={"type": "enabled", "budget_tokens": 1024}
        )


def test_anthropic_max_tokens_stop_reason(srv: FakeLLMServer, claude: anthropic.Anthropic) -> None:
    msg = claude.messages.create(model="c", max_tokens=30, messages=USER)
    assert msg.stop_reason == "max_tokens" and msg.usage.output_tokens == 30
    srv.configure(fault_script=["refusal"])
    msg = claude.messages.create(model="c", max_tokens=300, messages=USER)
    assert msg.stop_reason == "refusal"


def test_anthropic_stream_final_message_matches(srv: FakeLLMServer, claude: anthropic.Anthropic) -> None:
    srv.configure(vary_repeats=False, redacted_thinking_rate=1.0)
    params = {
        "model": "c",
        "max_tokens": 4096,
        "messages": USER,
        "thinking": {"type": "enabled", "budget_tokens": 1024},
    }
    whole = claude.messages.create(**params)
    with claude.messages.stream(**params) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_message()
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert {"thinking", "signature", "text", "content_block_stop", "message_delta"} <= set(kinds)
    assert [b.model_dump(exclude={"parsed_output"}) for b in final.content] == [b.model_dump() for b in whole.content]
    assert final.stop_reason == whole.stop_reason == "end_turn"
    assert final.usage.output_tokens == whole.usage.output_tokens


def test_anthropic_message_batches_roundtrip(srv: FakeLLMServer, claude: anthropic.Anthropic) -> None:
    srv.configure(batch_polls=2, batch_fail_ids={"q3"}, batch_expired_ids={"q5"})
    requests = [
        {"custom_id": f"q{i}", "params": {"model": "c", "max_tokens": 500, "messages": USER}} for i in range(8)
    ]
    requests.append({"custom_id": "bad", "params": {"model": "c", "messages": USER}})  # no max_tokens
    batch = claude.messages.batches.create(requests=requests)
    assert batch.processing_status == "in_progress" and batch.request_counts.processing == 9
    while batch.processing_status != "ended":
        batch = claude.messages.batches.retrieve(batch.id)
    assert batch.request_counts.succeeded == 6 and batch.request_counts.errored == 2
    assert batch.request_counts.expired == 1
    results = list(claude.messages.batches.results(batch.id))
    ids = [r.custom_id for r in results]
    assert sorted(ids) == sorted(r["custom_id"] for r in requests) and ids != [r["custom_id"] for r in requests]
    by_id = {r.custom_id: r.result for r in results}
    assert by_id["q0"].type == "succeeded" and boxed(by_id["q0"].message.content[0].text) == "6"
    assert by_id["q3"].type == "errored" and by_id["q3"].error.error.type == "api_error"
    assert by_id["bad"].type == "errored" and by_id["bad"].error.error.type == "invalid_request_error"
    assert by_id["q5"].type == "expired"
    assert srv.choices["messages.batches"] == 6


def test_anthropic_batch_cancel(claude: anthropic.Anthropic) -> None:
    batch = claude.messages.batches.create(
        requests=[{"custom_id": "a", "params": {"model": "c", "max_tokens": 50, "messages": USER}}]
    )
    assert claude.messages.batches.cancel(batch.id).processing_status == "canceling"
    assert claude.messages.batches.retrieve(batch.id).processing_status == "ended"
    (result,) = claude.messages.batches.results(batch.id)
    assert result.result.type == "canceled"


# -- Auth, errors and faults -------------------------------------------------------------------------------------


def test_missing_or_wrong_key_is_401_in_each_providers_shape(srv: FakeLLMServer) -> None:
    request = urllib.request.Request(
        srv.openai_base_url + "/chat/completions", data=b"{}", headers={"content-type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request)
    assert info.value.code == 401 and json.loads(info.value.read())["error"]["code"] == "invalid_api_key"
    request = urllib.request.Request(
        srv.url + "/v1/messages", data=b"{}", headers={"content-type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request)
    body = json.loads(info.value.read())
    assert body["type"] == "error" and body["error"]["type"] == "authentication_error"
    srv.configure(api_key="sk-right")
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=srv.openai_base_url, api_key="sk-wrong").chat.completions.create(
            model="m", messages=USER
        )
    with pytest.raises(anthropic.AuthenticationError):
        anthropic.Anthropic(base_url=srv.url, api_key="sk-wrong").messages.create(
            model="c", max_tokens=5, messages=USER
        )
    assert srv.requests["chat.completions"] == 2 and srv.choices == {}


@pytest.mark.parametrize("client_kind", ["openai", "anthropic"])
def test_429_with_retry_after_is_retried_by_the_client(srv: FakeLLMServer, client_kind: str) -> None:
    srv.configure(fault_script=["rate_limit", "rate_limit"], retry_after=0.2)
    start = time.monotonic()
    if client_kind == "openai":
        client = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=2)
        assert boxed(client.chat.completions.create(model="m", messages=USER).choices[0].message.content) == "6"
        endpoint = "chat.completions"
    else:
        client = anthropic.Anthropic(base_url=srv.url, api_key=KEY, max_retries=2)
        assert boxed(client.messages.create(model="c", max_tokens=500, messages=USER).content[0].text) == "6"
        endpoint = "messages"
    assert time.monotonic() - start >= 0.4  # the client slept Retry-After twice (a lower bound, never flaky)
    assert srv.requests[endpoint] == 3 and srv.faults == {"rate_limit": 2} and srv.choices[endpoint] == 1
    assert [e["status"] for e in srv.log] == [429, 429, 200]


def test_429_without_retries_raises_with_headers(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(fault_script=["rate_limit"], retry_after=3)
    with pytest.raises(openai.RateLimitError) as info:
        oai.chat.completions.create(model="m", messages=USER)
    assert info.value.response.headers["retry-after"] == "3"
    assert info.value.response.headers["retry-after-ms"] == "3000"
    assert info.value.body["code"] == "rate_limit_exceeded"


@pytest.mark.parametrize(
    ("fault", "openai_error", "anthropic_error"),
    [
        ("server_error", openai.InternalServerError, anthropic.InternalServerError),
        ("unavailable", openai.InternalServerError, anthropic.InternalServerError),
        ("overloaded", openai.InternalServerError, anthropic.OverloadedError),
        ("drop", openai.APIConnectionError, anthropic.APIConnectionError),
        ("drop_mid", openai.APIConnectionError, anthropic.APIConnectionError),
    ],
)
def test_transport_faults_raise_the_clients_errors(
    srv: FakeLLMServer, oai: openai.OpenAI, claude: anthropic.Anthropic, fault, openai_error, anthropic_error
) -> None:
    srv.configure(fault_script=[fault, fault])
    with pytest.raises(openai_error):
        oai.chat.completions.create(model="m", messages=USER)
    with pytest.raises(anthropic_error):
        claude.messages.create(model="c", max_tokens=500, messages=USER)
    assert srv.faults == {fault: 2} and srv.choices == {}
    assert boxed(oai.chat.completions.create(model="m", messages=USER).choices[0].message.content) == "6"


@pytest.mark.parametrize("stream", [False, True])
def test_dropped_stream_or_response_is_retried_when_allowed(srv: FakeLLMServer, stream: bool) -> None:
    srv.configure(fault_script=["drop"])
    client = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=1)
    out = client.chat.completions.create(model="m", messages=USER, stream=stream)
    if stream:
        assert boxed("".join(c.choices[0].delta.content or "" for c in out if c.choices)) == "6"
    else:
        assert boxed(out.choices[0].message.content) == "6"
    assert srv.requests["chat.completions"] == 2 and srv.faults == {"drop": 1}


def test_stream_dropped_midway_raises(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(fault_script=["drop_mid"])
    with pytest.raises(openai.APIConnectionError):
        for _ in oai.chat.completions.create(model="m", messages=USER, stream=True):
            pass


def test_timeout_raises_api_timeout_error(srv: FakeLLMServer) -> None:
    srv.configure(fault_script=["timeout", "timeout"], hang_s=30)
    client = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=0, timeout=0.3)
    with pytest.raises(openai.APITimeoutError):
        client.chat.completions.create(model="m", messages=USER)
    claude = anthropic.Anthropic(base_url=srv.url, api_key=KEY, max_retries=0, timeout=0.3)
    with pytest.raises(anthropic.APITimeoutError):
        claude.messages.create(model="c", max_tokens=50, messages=USER)
    assert srv.faults == {"timeout": 2}


def test_malformed_body_raises(srv: FakeLLMServer, oai: openai.OpenAI, claude: anthropic.Anthropic) -> None:
    # Both clients let the JSON error through (json.JSONDecodeError, a ValueError), streamed or not.
    srv.configure(fault_script=["malformed"] * 4)
    with pytest.raises(json.JSONDecodeError):
        oai.chat.completions.create(model="m", messages=USER)
    with pytest.raises(json.JSONDecodeError):
        claude.messages.create(model="c", max_tokens=50, messages=USER)
    with pytest.raises(json.JSONDecodeError):
        for _ in oai.chat.completions.create(model="m", messages=USER, stream=True):
            pass
    with pytest.raises(json.JSONDecodeError):
        for _ in claude.messages.create(model="c", max_tokens=50, messages=USER, stream=True):
            pass
    assert srv.choices == {} and srv.faults == {"malformed": 4}


def test_fault_rates_are_deterministic_and_retries_complete_everything() -> None:
    def run(seed: int) -> tuple[dict[str, int], int]:
        knobs = {"seed": seed, "fault_rates": {"rate_limit": 0.1, "server_error": 0.1}, "retry_after": 0.001}
        with FakeLLMServer(reasoning_words=5, **knobs) as server:
            client = openai.OpenAI(base_url=server.openai_base_url, api_key=KEY, max_retries=8)
            for i in range(20):
                client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"q{i}"}])
            return dict(server.faults), server.total_choices

    faults, served = run(3)
    assert served == 20 and sum(faults.values()) > 0 and set(faults) <= {"rate_limit", "server_error"}
    assert run(3) == (faults, served)


def test_bad_requests_and_unknown_routes(srv: FakeLLMServer, oai: openai.OpenAI, claude: anthropic.Anthropic) -> None:
    with pytest.raises(openai.BadRequestError):
        oai.chat.completions.create(model="m", messages=[])
    with pytest.raises(openai.BadRequestError, match="messages.0"):
        oai.chat.completions.create(model="m", messages=["not an object"])
    with pytest.raises(anthropic.BadRequestError, match="messages.0.content"):
        claude.messages.create(model="c", max_tokens=5, messages=[{"role": "user", "content": 7}])
    bad_json = urllib.request.Request(
        srv.openai_base_url + "/chat/completions", data=b"{not json", headers={"authorization": f"Bearer {KEY}"}
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(bad_json)
    assert info.value.code == 400 and "parse the JSON body" in json.loads(info.value.read())["error"]["message"]
    with pytest.raises(openai.NotFoundError):
        oai.get("/nothing/here", cast_to=object)
    with pytest.raises(anthropic.BadRequestError):
        claude.messages.create(model="c", max_tokens=0, messages=USER)
    assert srv.internal_errors == []


def test_knobs_reject_unknown_faults_and_styles() -> None:
    with pytest.raises(ValueError, match="unknown fault kind 'teapot'"):
        Knobs(fault_rates={"teapot": 0.1})
    with pytest.raises(ValueError, match="sum to more than 1"):
        Knobs(fault_rates={"429": 0.6, "500": 0.6})
    with pytest.raises(ValueError, match="unknown chat_reasoning style"):
        Knobs(chat_reasoning="telepathy")
    with pytest.raises(ValueError, match="latency must be >= 0"):
        Knobs(latency=-1)
    with pytest.raises(ValueError, match=r"correct_prob must be in \[0, 1\]"):
        Knobs(correct_prob=1.5)
    with pytest.raises(ValueError, match=r"fault_rates\['drop'\] must be in"):
        Knobs(fault_rates={"drop": -0.1})
    assert Knobs(fault_script=["429", None, "ok"]).fault_script == ("rate_limit", None, None)


# -- Concurrency, script mode ------------------------------------------------------------------------------------


def test_256_concurrent_requests_are_held_at_once(srv: FakeLLMServer) -> None:
    # The barrier holds every request until 256 are in flight together: a server that serialised requests (or
    # capped connections) would never get there and the client would time out. Timing is bench/'s business.
    srv.configure(latency=0.1, reasoning_words=20, barrier=256, hang_s=60)

    async def main() -> list[str | None]:
        client = openai.AsyncOpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=0, timeout=60)
        async with client:
            outs = await asyncio.gather(
                *(client.chat.completions.create(model="m", messages=USER) for _ in range(256))
            )
        return [boxed(o.choices[0].message.content) for o in outs]

    assert asyncio.run(main()) == ["6"] * 256
    assert srv.max_in_flight == 256
    assert srv.choices["chat.completions"] == 256 and srv.requests["chat.completions"] == 256


def test_answers_file_and_script_mode(tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    path.write_text(
        json.dumps({"problem": PROBLEM, "answer": "6"}) + "\n" + json.dumps({"problem": "x", "gold_answer": 1})
    )
    assert load_answers(path) == {PROBLEM: "6", "x": "1"}
    with FakeLLMServerProcess("--latency", "0.01", "--answers", str(path), fault_script=["rate_limit"]) as proc:
        assert proc.url.startswith("http://127.0.0.1:")
        client = openai.OpenAI(base_url=proc.openai_base_url, api_key=KEY)
        assert boxed(client.chat.completions.create(model="m", messages=USER).choices[0].message.content) == "6"
        assert proc.stats()["choices"] == {"chat.completions": 1} and proc.faults == {"rate_limit": 1}
        assert proc.requests == {"chat.completions": 2} and [e["status"] for e in proc.log] == [429, 200]
        proc.configure(fault_script=["server_error"])
        with pytest.raises(openai.InternalServerError):
            client.with_options(max_retries=0).chat.completions.create(model="m", messages=USER)
        proc.reset_counters()
        assert proc.stats()["requests"] == {}


def test_script_prints_url_first(tmp_path: Path) -> None:
    script = Path(__file__).with_name("llm_server.py")
    proc = subprocess.Popen([sys.executable, str(script), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        with urllib.request.urlopen(url + "/_fake/stats") as resp:
            assert json.loads(resp.read())["requests"] == {}
    finally:
        proc.kill()
        proc.wait()


# -- More of the protocol ----------------------------------------------------------------------------------------


def test_stalled_stream_raises_a_read_timeout(srv: FakeLLMServer) -> None:
    srv.configure(fault_script=["stall_mid", "stall_mid"], hang_s=30)
    client = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=0, timeout=0.5)
    got = []
    with pytest.raises(openai.APITimeoutError):
        for chunk in client.chat.completions.create(model="m", messages=USER, stream=True):
            got.append(chunk)
    assert got  # the first half arrived before the stall
    claude = anthropic.Anthropic(base_url=srv.url, api_key=KEY, max_retries=0, timeout=0.5)
    # anthropic before 2.17 let httpx2's ReadTimeout through mid-stream; 2.17 wraps it as APITimeoutError.
    # Either is a timeout to the teachers (`backends/errors.py` classifies both as retryable).
    with (
        pytest.raises((httpx2.ReadTimeout, anthropic.APITimeoutError)),
        claude.messages.stream(model="c", max_tokens=500, messages=USER) as s,
    ):
        s.get_final_message()
    assert srv.faults == {"stall_mid": 2} and srv.choices == {}


def test_async_clients_stream(srv: FakeLLMServer) -> None:
    srv.configure(vary_repeats=False)

    async def main() -> tuple[str, str, str, str]:
        oai = openai.AsyncOpenAI(base_url=srv.openai_base_url, api_key=KEY)
        claude = anthropic.AsyncAnthropic(base_url=srv.url, api_key=KEY)
        async with oai, claude:
            whole = await oai.responses.create(model="o3", input=PROMPT)
            async with oai.responses.stream(model="o3", input=PROMPT) as stream:
                streamed = (await stream.get_final_response()).output_text
            params = {"model": "c", "max_tokens": 2000, "messages": USER, "thinking": {"type": "adaptive"}}
            message = await claude.messages.create(**params)
            async with claude.messages.stream(**params) as stream:
                final = await stream.get_final_message()
        return whole.output_text, streamed, message.content[0].thinking, final.content[0].thinking

    whole, streamed, thinking, streamed_thinking = asyncio.run(main())
    assert whole == streamed and boxed(whole) == "6"
    assert thinking == streamed_thinking and thinking.startswith("Let me")


def test_content_parts_system_prompt_and_longest_problem_match(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(answers={"Find x.": "1", "Find x. Then double it.": "2"})
    messages = [
        {"role": "system", "content": "You are a careful mathematician."},
        {"role": "user", "content": [{"type": "text", "text": "Problem: Find x. Then double it."}]},
    ]
    out = oai.chat.completions.create(model="m", messages=messages)
    assert boxed(out.choices[0].message.content) == "2"
    assert out.usage.prompt_tokens == 5 + 6
    multiline = "Solve this.\n\nFind x.\n\nThen double it.\n\nPut your final answer within \\boxed{}."
    out = oai.chat.completions.create(model="m", messages=[{"role": "user", "content": multiline}])
    assert boxed(out.choices[0].message.content) == "2"  # the longest known problem, across lines
    one_line = "Solve this.\nFind x.\nPut your final answer within \\boxed{}."
    out = oai.chat.completions.create(model="m", messages=[{"role": "user", "content": one_line}])
    assert boxed(out.choices[0].message.content) == "1"


@pytest.mark.parametrize(
    ("fault", "status", "part_type"),
    [
        ("refusal", "completed", "refusal"),
        ("empty", "completed", "output_text"),
        ("length", "incomplete", "output_text"),
    ],
)
def test_responses_answer_faults(srv: FakeLLMServer, oai: openai.OpenAI, fault, status, part_type) -> None:
    srv.configure(fault_script=[fault])
    out = oai.responses.create(model="o3", input=PROMPT)
    assert out.status == status
    message = [item for item in out.output if item.type == "message"]
    if message:
        assert message[0].content[0].type == part_type
    assert boxed(out.output_text) is None


def test_anthropic_stream_hits_max_tokens(claude: anthropic.Anthropic) -> None:
    with claude.messages.stream(model="c", max_tokens=20, messages=USER) as stream:
        final = stream.get_final_message()
    assert final.stop_reason == "max_tokens" and final.usage.output_tokens == 20
    assert len(final.content[0].text.split()) == 20


def test_transport_faults_on_batch_polling_are_retried(srv: FakeLLMServer) -> None:
    srv.configure(batch_polls=1, fault_endpoints=("batches.retrieve", "messages.batches.retrieve"))
    client = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=3)
    line = {
        "custom_id": "a",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "m", "messages": USER},
    }
    uploaded = client.files.create(file=("in.jsonl", json.dumps(line).encode()), purpose="batch")
    batch = client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    srv.configure(fault_script=["rate_limit", "server_error"])
    assert client.batches.retrieve(batch.id).status == "completed"
    assert srv.requests["batches.retrieve"] == 3 and srv.faults == {"rate_limit": 1, "server_error": 1}
    claude = anthropic.Anthropic(base_url=srv.url, api_key=KEY, max_retries=0)
    created = claude.messages.batches.create(
        requests=[{"custom_id": "a", "params": {"model": "c", "max_tokens": 50, "messages": USER}}]
    )
    srv.configure(fault_script=["drop"])
    with pytest.raises(anthropic.APIConnectionError):
        claude.messages.batches.retrieve(created.id)
    assert claude.messages.batches.retrieve(created.id).processing_status == "ended"


def test_batch_finishes_by_time_when_batch_seconds_is_set(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(batch_seconds=1.0, batch_polls=10**6)
    line = {
        "custom_id": "a",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "m", "messages": USER},
    }
    uploaded = oai.files.create(file=("in.jsonl", json.dumps(line).encode()), purpose="batch")
    batch = oai.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    assert oai.batches.retrieve(batch.id).status == "in_progress"
    time.sleep(1.05)
    assert oai.batches.retrieve(batch.id).status == "completed"


def test_openai_batch_cancel(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    line = {
        "custom_id": "a",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "m", "messages": USER},
    }
    uploaded = oai.files.create(file=("in.jsonl", json.dumps(line).encode()), purpose="batch")
    batch = oai.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    assert oai.batches.cancel(batch.id).status == "cancelling"
    batch = oai.batches.retrieve(batch.id)
    assert batch.status == "cancelled" and batch.output_file_id is None and srv.choices == {}


def test_chunked_request_body_and_keep_alive(srv: FakeLLMServer) -> None:
    import socket

    body = json.dumps({"model": "m", "messages": USER}).encode()
    head = (
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer k\r\n"
        b"content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
    )
    chunked = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (10, body[:10], len(body) - 10, body[10:])
    with socket.create_connection(("127.0.0.1", srv.port)) as sock:
        for _ in range(2):  # two requests on one connection
            sock.sendall(head + chunked)
            data = b""
            while b"\r\n\r\n" not in data:
                data += sock.recv(65536)
            header, _, rest = data.partition(b"\r\n\r\n")
            length = int(re.search(rb"content-length: (\d+)", header).group(1))
            while len(rest) < length:
                rest += sock.recv(65536)
            assert header.startswith(b"HTTP/1.1 200") and boxed(json.loads(rest)["choices"][0]["message"]["content"])
    assert srv.connections == 1 and srv.requests["chat.completions"] == 2


def test_models_list_and_unknown_model(srv: FakeLLMServer, oai: openai.OpenAI, claude: anthropic.Anthropic) -> None:
    assert [m.id for m in oai.models.list()] == ["fake-model"]
    srv.configure(models=["gpt-x", "claude-x"])
    assert [m.id for m in oai.models.list()] == ["gpt-x", "claude-x"]
    assert [m.id for m in claude.models.list()] == ["gpt-x", "claude-x"]
    with pytest.raises(openai.NotFoundError) as info:
        oai.chat.completions.create(model="gpt-nope", messages=USER)
    assert info.value.body["code"] == "model_not_found"
    with pytest.raises(anthropic.NotFoundError) as info:
        claude.messages.create(model="claude-nope", max_tokens=10, messages=USER)
    assert info.value.body["error"]["type"] == "not_found_error"
    assert oai.chat.completions.create(model="gpt-x", messages=USER).model == "gpt-x"


def test_log_is_bounded(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(log_limit=2, reasoning_words=3)
    for i in range(3):
        oai.chat.completions.create(model="m", messages=[{"role": "user", "content": f"q{i}"}])
    assert len(srv.log) == 2 and srv.choices["chat.completions"] == 3


@pytest.mark.parametrize(
    ("params", "match"),
    [
        ({"temperature": 0.6}, "temperature"),  # thinking allows only the default temperature
        ({"top_k": 20}, "top_k"),
        ({"top_p": 0.9}, "top_p"),
    ],
)
def test_anthropic_thinking_refuses_sampling_params_like_the_api(claude: anthropic.Anthropic, params, match) -> None:
    # anthropic 2.x has no temperature/top_p/top_k arguments any more: they can only travel in extra_body.
    thinking = {"type": "enabled", "budget_tokens": 2000}
    with pytest.raises(anthropic.BadRequestError, match=match):
        claude.messages.create(model="c", max_tokens=4000, messages=USER, thinking=thinking, extra_body=params)
    assert (
        claude.messages.create(model="c", max_tokens=400, messages=USER, extra_body=params).stop_reason == "end_turn"
    )


def test_anthropic_thinking_display_omitted_and_effort(srv: FakeLLMServer, claude: anthropic.Anthropic) -> None:
    omitted = claude.messages.create(
        model="c",
        max_tokens=4000,
        messages=USER,
        thinking={"type": "enabled", "budget_tokens": 2000, "display": "omitted"},
    )
    block = omitted.content[0]
    assert block.type == "thinking" and block.thinking == "" and block.signature
    assert omitted.usage.output_tokens_details.thinking_tokens == 60  # billed even though not shown
    low, high = (
        claude.messages.create(
            model="c", max_tokens=4000, messages=USER, thinking={"type": "adaptive"}, output_config={"effort": effort}
        )
        for effort in ("low", "high")
    )
    assert low.usage.output_tokens_details.thinking_tokens == 30
    assert high.usage.output_tokens_details.thinking_tokens == 120


def test_openai_reasoning_models_refuse_max_tokens_and_temperature(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(model_styles={"o3": "hidden"})
    with pytest.raises(openai.BadRequestError, match="max_completion_tokens"):
        oai.chat.completions.create(model="o3", messages=USER, max_tokens=100)
    with pytest.raises(openai.BadRequestError, match="temperature"):
        oai.chat.completions.create(model="o3", messages=USER, temperature=0.6)
    out = oai.chat.completions.create(model="o3", messages=USER, max_completion_tokens=1000)
    assert out.choices[0].message.model_extra == {} and out.usage.completion_tokens_details.reasoning_tokens == 60


def test_server_side_rpm_limit_answers_429_with_the_window(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(rpm_limit=3, rate_window_s=0.5)
    raw = oai.chat.completions.with_raw_response.create(model="m", messages=USER)
    assert raw.headers["x-ratelimit-limit-requests"] == "3" and raw.headers["x-ratelimit-remaining-requests"] == "2"
    for _ in range(2):
        oai.chat.completions.create(model="m", messages=USER)
    with pytest.raises(openai.RateLimitError) as info:
        oai.chat.completions.create(model="m", messages=USER)
    assert 0 < float(info.value.response.headers["retry-after"]) <= 0.5
    oai.chat.completions.create(model="other", messages=USER)  # limits are per model
    patient = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=3)
    assert boxed(patient.chat.completions.create(model="m", messages=USER).choices[0].message.content) == "6"
    assert srv.faults["rpm_limit"] >= 1 and srv.choices["chat.completions"] == 5


def test_server_side_tpm_limit(srv: FakeLLMServer, claude: anthropic.Anthropic) -> None:
    srv.configure(tpm_limit=100, rate_window_s=30)
    raw = claude.messages.with_raw_response.create(model="c", max_tokens=500, messages=USER)
    used = raw.parse().usage.input_tokens + raw.parse().usage.output_tokens
    assert raw.headers["anthropic-ratelimit-tokens-remaining"] == str(100 - used)
    claude.messages.create(model="c", max_tokens=500, messages=USER)  # 2 x ~95 tokens: now over 100
    with pytest.raises(anthropic.RateLimitError):
        claude.messages.create(model="c", max_tokens=500, messages=USER)
    assert srv.faults == {"tpm_limit": 1}


def test_answers_to_a_client_that_hung_up_are_counted_undelivered(srv: FakeLLMServer) -> None:
    srv.configure(latency=0.5)
    client = openai.OpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=0, timeout=0.1)
    with pytest.raises(openai.APITimeoutError):
        client.chat.completions.create(model="m", messages=USER)
    deadline = time.monotonic() + 10
    while not srv.log and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.05)
    assert srv.choices["chat.completions"] == 1 and srv.undelivered == 1  # billed, never received
    assert srv.log[0]["delivered"] is False
    client.with_options(timeout=10).chat.completions.create(model="m", messages=USER)
    assert srv.log[1]["delivered"] is True and srv.undelivered == 1


def test_responses_stream_that_hits_max_output_tokens_ends_incomplete(oai: openai.OpenAI) -> None:
    with oai.responses.stream(model="o3", input=PROMPT, max_output_tokens=65) as stream:
        events = list(stream)
    last = events[-1]
    assert last.type == "response.incomplete" and last.response.incomplete_details.reason == "max_output_tokens"
    assert last.response.usage.output_tokens == 65
    with pytest.raises(RuntimeError, match="response.completed"):  # the client's helper wants a completed one
        stream.get_final_response()


def test_token_counts_match_the_text_for_answers_with_spaces(srv: FakeLLMServer, oai: openai.OpenAI) -> None:
    srv.configure(answers={PROBLEM: "x + 1"}, reasoning_words=20)
    out = oai.chat.completions.create(model="m", messages=USER, max_completion_tokens=1000)
    message = out.choices[0].message
    assert boxed(message.content) == "x + 1"
    words = len(message.content.split()) + len(message.model_extra["reasoning_content"].split())
    assert out.usage.completion_tokens == words
    assert out.usage.completion_tokens_details.reasoning_tokens == len(
        message.model_extra["reasoning_content"].split()
    )


def test_concurrent_streams_under_retryable_faults_all_complete(srv: FakeLLMServer) -> None:
    faults = {"rate_limit": 0.1, "server_error": 0.05, "overloaded": 0.05, "drop": 0.05}
    srv.configure(fault_rates=faults, seed=11, latency=0.02, reasoning_words=20, retry_after=0.01)

    async def main() -> list[str | None]:
        oai = openai.AsyncOpenAI(base_url=srv.openai_base_url, api_key=KEY, max_retries=10)
        claude = anthropic.AsyncAnthropic(base_url=srv.url, api_key=KEY, max_retries=10)

        async def chat(i: int) -> str | None:
            stream = await oai.chat.completions.create(model="m", messages=USER, stream=True, seed=i)
            return boxed("".join([c.choices[0].delta.content or "" async for c in stream if c.choices]))

        async def message(i: int) -> str | None:
            params = {"model": "c", "max_tokens": 500, "messages": USER, "metadata": {"user_id": str(i)}}
            async with claude.messages.stream(**params) as stream:
                return boxed((await stream.get_final_message()).content[0].text)

        async with oai, claude:
            return await asyncio.gather(*(chat(i) for i in range(48)), *(message(i) for i in range(48)))

    assert asyncio.run(main()) == ["6"] * 96
    faulted = sum(srv.faults.values())
    assert faulted > 0 and srv.total_choices == 96
    assert srv.total_requests == 96 + faulted  # every fault was retried once more, nothing else was sent


def test_stop_releases_a_held_connection(fake_llm: FakeLLMServer) -> None:
    import threading

    fake_llm.configure(fault_script=["timeout"], hang_s=600)
    client = openai.OpenAI(base_url=fake_llm.openai_base_url, api_key=KEY, max_retries=0, timeout=60)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            client.chat.completions.create(model="m", messages=USER)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    deadline = time.monotonic() + 10
    while fake_llm.faults["timeout"] == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    fake_llm.stop()
    worker.join(timeout=10)
    assert not worker.is_alive() and isinstance(errors[0], openai.APIConnectionError)


def test_model_overrides_apply_per_model(srv: FakeLLMServer, oai: openai.OpenAI, claude: anthropic.Anthropic) -> None:
    srv.configure(
        model_overrides={
            "weak": {"correct_prob": 0.0, "reasoning_words": 10},
            "think-tagged": {"chat_reasoning": "think_tags"},
            "claude-flaky": {"fault_rates": {"server_error": 1.0}},
        }
    )
    weak = oai.chat.completions.create(model="weak", messages=USER, n=4)
    assert all(boxed(c.message.content) != "6" for c in weak.choices)
    assert weak.usage.completion_tokens_details.reasoning_tokens == 40
    strong = oai.chat.completions.create(model="strong", messages=USER)
    assert (
        boxed(strong.choices[0].message.content) == "6"
        and strong.usage.completion_tokens_details.reasoning_tokens == 60
    )
    tagged = oai.chat.completions.create(model="think-tagged", messages=USER)
    assert tagged.choices[0].message.content.startswith("<think>")
    with pytest.raises(anthropic.InternalServerError):
        claude.messages.create(model="claude-flaky", max_tokens=100, messages=USER)
    assert claude.messages.create(model="claude-ok", max_tokens=500, messages=USER).stop_reason == "end_turn"
    srv.configure(batch_polls=1)  # batch items get their model's knobs too
    batch = claude.messages.batches.create(
        requests=[{"custom_id": "w", "params": {"model": "weak", "max_tokens": 500, "messages": USER}}]
    )
    claude.messages.batches.retrieve(batch.id)
    (result,) = claude.messages.batches.results(batch.id)
    assert boxed(result.result.message.content[-1].text) != "6"
    assert srv.knobs.correct_prob == 1.0  # the base knobs are untouched
    with pytest.raises(ValueError, match="correct_prob must be in"):
        srv.configure(model_overrides={"m": {"correct_prob": 2}})


def test_a_spawned_server_exits_with_its_parent(tmp_path: Path) -> None:
    # The parent is a throwaway Python process that starts the server and is then killed: the server must follow.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from fakes.llm_server import FakeLLMServerProcess; "
        "p = FakeLLMServerProcess().start(); print(p.url, p._proc.pid, flush=True); import time; time.sleep(60)"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", code, str(Path(__file__).parents[1])], stdout=subprocess.PIPE, text=True
    )
    url, pid = parent.stdout.readline().split()
    with urllib.request.urlopen(url + "/_fake/stats") as resp:
        assert resp.status == 200
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/_fake/stats", timeout=1)
        except OSError:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"server {pid} outlived its parent")


def test_lean_server_answers_the_official_client_and_refuses_the_rest() -> None:
    """The bench's lean server (tests/fakes/lean_server.py): a Chat Completions answer the SDK parses, its counters,
    and OpenAI-shaped errors for what it does not serve."""
    import openai

    from fakes.lean_server import LeanServerProcess

    with LeanServerProcess("--latency", "0.01", "--reasoning-words", "20") as server:
        client = openai.OpenAI(base_url=server.openai_base_url, api_key="sk-lean", max_retries=0)
        answer = client.chat.completions.create(model="bench", messages=[{"role": "user", "content": "1+1?"}])
        assert answer.choices[0].message.content == "The answer is \\boxed{42}."
        assert answer.choices[0].message.model_extra["reasoning_content"].count(" ") == 19
        assert answer.usage is not None and answer.usage.completion_tokens == 28
        with pytest.raises(openai.BadRequestError, match="streaming"):
            client.chat.completions.create(model="bench", messages=[{"role": "user", "content": "1+1?"}], stream=True)
        with pytest.raises(openai.NotFoundError):
            client.models.list()
        import urllib.error
        import urllib.request

        keyless = urllib.request.Request(server.openai_base_url + "/chat/completions", data=b'{"model":"bench"}')
        with pytest.raises(urllib.error.HTTPError, match="401"):
            urllib.request.build_opener(urllib.request.ProxyHandler({})).open(keyless, timeout=10)
        stats = server.stats()
        client.close()
    assert stats["requests"] == {"chat.completions": 1} and stats["max_in_flight"] == 1 and stats["cpu_s"] > 0
