"""`anthropic:MODEL`: the Messages API with extended thinking, and Message Batches.

`thinking_budget=N` sends `thinking={"type": "enabled", "budget_tokens": N}` (N >= 1024, below
`max_tokens`); `thinking=adaptive` sends `{"type": "adaptive"}`. `thinking` blocks become `reasoning`
(`native`), `redacted_thinking` blocks are counted in `reasoning_redacted` (their content is
encrypted), and `usage.output_tokens_details.thinking_tokens` becomes `reasoning_tokens`. A system
message becomes the `system` parameter. `stop_reason` is normalised: `end_turn`/`stop_sequence` →
`stop`, `max_tokens` → `length`, `refusal` stays.
"""

from __future__ import annotations

import json
import time
from typing import Any

from longcot.pipeline.base import require
from longcot.teachers.backends.errors import classify
from longcot.teachers.base import CallError, Request, Response
from longcot.teachers.spec import TeacherSpec


_STOP = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "pause_turn": "stop"}

#: Anthropic requires max_tokens; used when a teacher does not set it.
DEFAULT_MAX_TOKENS = 8192


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def messages_body(request: Request) -> dict[str, Any]:
    """The Messages API params for one request (also what a batch item carries)."""
    params = dict(request.params)
    system = [m["content"] for m in request.messages if m["role"] == "system"]
    body: dict[str, Any] = {
        "model": request.teacher.model,
        "messages": [m for m in request.messages if m["role"] != "system"],
        "max_tokens": params.pop("max_tokens", DEFAULT_MAX_TOKENS),
    }
    if system:
        body["system"] = "\n\n".join(system)
    budget = params.pop("thinking_budget", None)
    thinking = params.pop("thinking", None)
    if budget is not None:
        body["thinking"] = {"type": "enabled", "budget_tokens": budget}
    elif thinking is not None:
        body["thinking"] = thinking if isinstance(thinking, dict) else {"type": str(thinking)}
    if "stop" in params:
        stop = params.pop("stop")
        body["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    body.update(params)
    return body


def parse_message(data: Any, teacher: TeacherSpec) -> Response:
    """A Messages API answer (SDK object or JSON dict) → :class:`Response`.

    Raises:
        CallError: The answer is malformed (no content list).
    """
    content = _get(data, "content")
    if not isinstance(content, list):
        raise CallError(f"{teacher.name}: malformed message (no content list)", kind="malformed")
    thinking: list[str] = []
    texts: list[str] = []
    redacted = 0
    for block in content:
        kind = _get(block, "type")
        if kind == "thinking":
            thinking.append(_get(block, "thinking") or "")
        elif kind == "redacted_thinking":
            redacted += 1
        elif kind == "text":
            texts.append(_get(block, "text") or "")
    usage = _get(data, "usage")
    details = _get(usage, "output_tokens_details") if usage is not None else None
    stop = _get(data, "stop_reason") or "stop"
    reasoning = "\n\n".join(t.strip() for t in thinking if t.strip()) or None
    return Response(
        completion="".join(texts).strip(),
        reasoning=reasoning,
        reasoning_source="native" if reasoning else "absent",
        finish_reason=_STOP.get(stop, stop),
        prompt_tokens=_get(usage, "input_tokens") if usage is not None else None,
        completion_tokens=_get(usage, "output_tokens") if usage is not None else None,
        reasoning_tokens=_get(details, "thinking_tokens") if details is not None else None,
        reasoning_redacted=redacted,
        response_id=_get(data, "id"),
    )


class AnthropicBackend:
    """`anthropic:` teachers over the official `anthropic` client (`AsyncAnthropic`, its retries off)."""

    local = False
    supports_batch = True

    def __init__(self, teacher: TeacherSpec, *, concurrency: int = 16, transport: str | None = None) -> None:
        require(f"teacher {teacher.name}", (("anthropic", "anthropic"),))
        import anthropic

        from longcot.teachers.backends.openai_api import http_clients, resolve_transport

        self.teacher = teacher
        timeout = float(teacher.call.get("timeout", 600.0))
        key = teacher.api_key()
        self.transport = resolve_transport(teacher.call.get("transport", transport))
        self.clients = [
            anthropic.AsyncAnthropic(api_key=key, base_url=teacher.base_url, max_retries=0, timeout=timeout,
                                     http_client=http)
            for http in http_clients(anthropic, concurrency, self.transport)
        ]  # fmt: skip
        self.client = self.clients[0]
        self._next = 0
        self._urls: dict[int, tuple[Any, str]] = {}

    async def aclose(self) -> None:
        """Close the HTTP clients."""
        for client in self.clients:
            await client.close()

    async def generate(self, request: Request) -> Response:
        """Send one request and parse the answer.

        Raises:
            CallError: Any failure, classified.
        """
        import httpx2

        from longcot.teachers.backends.openai_api import absolute_url

        start = time.perf_counter()
        try:
            self._next = (self._next + 1) % len(self.clients)
            client = self.clients[self._next]
            # The client's own `post` (auth, version headers, timeouts, status errors → the SDK's exceptions)
            # with the body as built and the answer's JSON read here: `messages.create` would re-walk the body
            # and build pydantic models we read a few fields of (as in the openai backend).
            http = await client.post(absolute_url(client, "/v1/messages", self._urls), body=messages_body(request),
                                     cast_to=httpx2.Response)  # fmt: skip
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        try:
            answer = json.loads(http.content)
        except ValueError:
            raise CallError(f"{self.teacher.name}: malformed answer (not JSON)", kind="malformed") from None
        if not isinstance(answer, dict):
            raise CallError(f"{self.teacher.name}: malformed answer (not a JSON object)", kind="malformed")
        response = parse_message(answer, self.teacher)
        response.latency_s = time.perf_counter() - start
        return response

    # -- Message Batches ---------------------------------------------------------------------------

    async def submit_batch(self, requests: list[Request]) -> tuple[str, str | None]:
        """Create a Message Batch: `(batch_id, None)`."""
        items = [{"custom_id": r.key, "params": messages_body(r)} for r in requests]
        try:
            batch = await self.client.messages.batches.create(requests=items)  # type: ignore[arg-type]
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        return batch.id, None

    async def poll_batch(self, batch_id: str) -> tuple[str, dict[str, int]]:
        """`(state, counts)`: `running` until `processing_status` is `ended`."""
        try:
            batch = await self.client.messages.batches.retrieve(batch_id)
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        counts = batch.request_counts
        done = {"completed": counts.succeeded, "failed": counts.errored + counts.expired + counts.canceled}
        return ("ended" if batch.processing_status == "ended" else "running"), done

    async def batch_results(self, batch_id: str) -> dict[str, Response | CallError]:
        """Every item's answer or error, by custom id; results arrive in any order."""
        out: dict[str, Response | CallError] = {}
        try:
            async for entry in await self.client.messages.batches.results(batch_id):
                result = entry.result
                if result.type == "succeeded":
                    try:
                        parsed = parse_message(result.message, self.teacher)
                        parsed.batch = True
                        out[entry.custom_id] = parsed
                    except CallError as exc:
                        out[entry.custom_id] = exc
                else:
                    message = f"{self.teacher.name}: batch item {result.type}"
                    out[entry.custom_id] = CallError(message, kind="batch_item")
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        return out
