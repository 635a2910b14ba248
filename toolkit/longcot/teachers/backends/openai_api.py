"""`openai:MODEL` (Chat Completions or the Responses API) and `openai-compatible:MODEL@BASE_URL`.

Chat Completions: `max_tokens` is sent as `max_completion_tokens` to OpenAI (the o-series refuses
`max_tokens`) and as `max_tokens` to compatible servers; `reasoning_effort` passes through. Responses
API (`api=responses`, the default when `reasoning_effort` or `reasoning_summary` is set): `reasoning=
{"effort", "summary"}` and `max_output_tokens`; reasoning summaries become `reasoning` with
`reasoning_source = summary`; `usage.output_tokens_details.reasoning_tokens` is recorded (billed,
though hidden). Compatible servers (vLLM, SGLang, DeepSeek, Together, OpenRouter): `reasoning_content`
(or vLLM's `reasoning`) when the server returns it, else `<think>…</think>` split out of the text.
"""

from __future__ import annotations

import json
import time
from typing import Any

from longcot.pipeline.base import require
from longcot.teachers.backends.errors import classify
from longcot.teachers.base import CallError, Request, Response, split_think
from longcot.teachers.spec import TRANSPORTS, TeacherSpec


_EXTRA_BODY = ("top_k", "min_p", "repetition_penalty")

#: Connections per HTTP client with the httpx2 transport. httpcore's pool scans every connection on each request
#: event (and asks each idle one whether it expired), so one pool of 256 connections costs ~50% more client CPU per
#: request than 8 pools of 32, and pools of 8 another ~10% less (1,000 requests at concurrency 256,
#: bench/sampling_bench.py). aiohttp's connector keeps idle connections per host in O(1) structures: one client.
POOL_SIZE = 8

#: Request options of every generation call: bearer auth, as the SDK's own resource methods send it.
_BEARER: dict[str, Any] = {"security": {"bearer_auth": True}}


def aiohttp_available() -> bool:
    """True when the clients' aiohttp transport can be used (`aiohttp` installed, the `openai[aiohttp]` extra)."""
    import importlib.util

    return importlib.util.find_spec("aiohttp") is not None


def resolve_transport(transport: str | None) -> str:
    """`aiohttp` or `httpx` for a requested transport (`auto`/None: aiohttp when installed, else httpx).

    Raises:
        ConfigError: An unknown transport, or `aiohttp` asked for but not installed.
    """
    from longcot.errors import ConfigError

    choice = transport or "auto"
    if choice not in TRANSPORTS:
        raise ConfigError(f"transport must be one of {', '.join(TRANSPORTS)}, got {choice!r}")
    if choice == "auto":
        return "aiohttp" if aiohttp_available() else "httpx"
    if choice == "aiohttp" and not aiohttp_available():
        raise ConfigError(
            "transport aiohttp needs the aiohttp package", hint="pip install 'longcot[openai]' (or aiohttp)"
        )
    return choice


def pool_limits(concurrency: int, transport: str = "httpx") -> list[Any]:
    """One `httpx2.Limits` per HTTP client for `concurrency` requests in flight.

    httpx2: pools of at most POOL_SIZE connections; aiohttp: one client holding them all.
    """
    import httpx2

    pools = 1 if transport == "aiohttp" else max(1, -(-int(concurrency) // POOL_SIZE))
    size = -(-int(concurrency) // pools)
    return [httpx2.Limits(max_connections=size, max_keepalive_connections=size) for _ in range(pools)]


def http_clients(sdk: Any, concurrency: int, transport: str = "httpx") -> list[Any]:
    """The SDK's default async HTTP client (`DefaultAioHttpClient` or `DefaultAsyncHttpxClient` of the `sdk` module),
    once per pool, sharing one TLS context (loading CA files costs ~0.1 s)."""
    import httpx2

    factory = sdk.DefaultAioHttpClient if transport == "aiohttp" else sdk.DefaultAsyncHttpxClient
    context = httpx2.create_ssl_context()
    return [factory(limits=limits, verify=context) for limits in pool_limits(concurrency, transport)]


def absolute_url(client: Any, path: str, memo: dict[int, tuple[Any, str]]) -> str:
    """`path` joined to the SDK client's `base_url`, once per client.

    Passed to the client's `post`, an absolute URL skips the SDK's per-request merge of a relative path into its
    base URL (`_prepare_url`: a URL parse and a copy, ~25 us of the ~1 ms the SDK's request path costs); the
    request that goes out is the same.
    """
    held = memo.get(id(client))
    if held is None or held[0] is not client:
        held = memo[id(client)] = (client, str(client.base_url).rstrip("/") + "/" + path.lstrip("/"))
    return held[1]


def uses_responses_api(teacher: TeacherSpec) -> bool:
    """True when `openai:` requests go through the Responses API."""
    if teacher.provider != "openai":
        return False
    api = teacher.sampling.get("api")
    if api is not None:
        return api == "responses"
    return "reasoning_effort" in teacher.sampling or "reasoning_summary" in teacher.sampling


def chat_body(request: Request) -> dict[str, Any]:
    """The Chat Completions request body for one request."""
    teacher, params = request.teacher, dict(request.params)
    params.pop("api", None)
    body: dict[str, Any] = {"model": teacher.model, "messages": request.messages}
    extra: dict[str, Any] = {}
    for key, value in params.items():
        if key == "max_tokens":
            body["max_completion_tokens" if teacher.provider == "openai" else "max_tokens"] = value
        elif key in _EXTRA_BODY:
            extra[key] = value
        else:
            body[key] = value
    body.update(extra)
    return body


def responses_body(request: Request) -> dict[str, Any]:
    """The Responses API request body for one request."""
    params = dict(request.params)
    params.pop("api", None)
    body: dict[str, Any] = {"model": request.teacher.model, "input": request.messages}
    reasoning = {}
    if "reasoning_effort" in params:
        reasoning["effort"] = params.pop("reasoning_effort")
    if "reasoning_summary" in params:
        reasoning["summary"] = params.pop("reasoning_summary")
    if reasoning:
        body["reasoning"] = reasoning
    if "max_tokens" in params:
        body["max_output_tokens"] = params.pop("max_tokens")
    params.pop("seed", None)  # the Responses API has no seed
    body.update(params)
    return body


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    value = getattr(obj, name, default)
    if value is default and hasattr(obj, "model_extra") and obj.model_extra:
        return obj.model_extra.get(name, default)
    return value


def parse_chat(data: Any, teacher: TeacherSpec) -> Response:
    """A Chat Completions answer (SDK object or JSON dict) → :class:`Response`.

    Raises:
        CallError: The answer is malformed (no choices, no message).
    """
    try:
        choice = _get(data, "choices")[0]
        message = _get(choice, "message")
        content = _get(message, "content")
        finish = _get(choice, "finish_reason") or "stop"
        if content is not None and not isinstance(content, str):
            raise TypeError("content is not text")
    except (TypeError, IndexError, KeyError, AttributeError) as exc:
        message = f"{teacher.name}: malformed chat completion ({type(exc).__name__}: {exc})"
        raise CallError(message, kind="malformed") from None
    usage = _get(data, "usage")
    prompt_tokens = _get(usage, "prompt_tokens") if usage is not None else None
    completion_tokens = _get(usage, "completion_tokens") if usage is not None else None
    details = _get(usage, "completion_tokens_details") if usage is not None else None
    reasoning_tokens = _get(details, "reasoning_tokens") if details is not None else None
    text = content or ""
    native = _get(message, "reasoning_content") or _get(message, "reasoning")
    if isinstance(native, str) and native.strip():
        reasoning, completion, source = native.strip(), text.strip(), "native"
    else:
        reasoning, completion = split_think(text)
        source = "native" if reasoning is not None else "absent"
    refusal = _get(message, "refusal")
    if refusal:
        finish = "refusal"
        completion = completion or ""
    return Response(
        completion=completion,
        reasoning=reasoning,
        reasoning_source=source,
        finish_reason=str(finish),
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        reasoning_tokens=reasoning_tokens,
        response_id=_get(data, "id"),
    )


def parse_responses(data: Any, teacher: TeacherSpec) -> Response:
    """A Responses API answer (SDK object or JSON dict) → :class:`Response`.

    Raises:
        CallError: The answer is malformed (no output list).
    """
    output = _get(data, "output")
    if not isinstance(output, list):
        raise CallError(f"{teacher.name}: malformed Responses answer (no output list)", kind="malformed")
    summaries: list[str] = []
    texts: list[str] = []
    refused = False
    for item in output:
        kind = _get(item, "type")
        if kind == "reasoning":
            for part in _get(item, "summary") or []:
                if _get(part, "text"):
                    summaries.append(_get(part, "text"))
        elif kind == "message":
            for part in _get(item, "content") or []:
                if _get(part, "type") == "output_text":
                    texts.append(_get(part, "text") or "")
                elif _get(part, "type") == "refusal":
                    refused = True
    status = _get(data, "status") or "completed"
    finish = "stop"
    if status == "incomplete":
        reason = _get(_get(data, "incomplete_details") or {}, "reason")
        finish = "content_filter" if reason == "content_filter" else "length"
    elif status not in ("completed",):
        finish = str(status)
    if refused:
        finish = "refusal"
    usage = _get(data, "usage")
    details = _get(usage, "output_tokens_details") if usage is not None else None
    summary = "\n\n".join(s.strip() for s in summaries if s.strip()) or None
    return Response(
        completion="".join(texts).strip(),
        reasoning=summary,
        reasoning_source="summary" if summary else "absent",
        finish_reason=finish,
        prompt_tokens=_get(usage, "input_tokens") if usage is not None else None,
        completion_tokens=_get(usage, "output_tokens") if usage is not None else None,
        reasoning_tokens=_get(details, "reasoning_tokens") if details is not None else None,
        response_id=_get(data, "id"),
    )


class OpenAIBackend:
    """`openai:` and `openai-compatible:` teachers over the official `openai` client (`AsyncOpenAI`).

    The client's own retries are off (`max_retries=0`): the sampler retries, so every attempt is
    counted, limited and budgeted in one place. Generation goes through the client's `post` with the body
    this module builds and the answer's JSON parsed here (see :meth:`generate`); batches use the SDK's
    resource methods.
    """

    local = False
    supports_batch = True

    def __init__(self, teacher: TeacherSpec, *, concurrency: int = 16, transport: str | None = None) -> None:
        require(f"teacher {teacher.name}", (("openai", "openai"),))
        import httpx2
        import openai

        self.teacher = teacher
        self.responses_api = uses_responses_api(teacher)
        timeout = float(teacher.call.get("timeout", 600.0))
        key = teacher.api_key()
        self.transport = resolve_transport(teacher.call.get("transport", transport))
        self.clients = [
            openai.AsyncOpenAI(api_key=key, base_url=teacher.base_url, max_retries=0, timeout=timeout,
                               http_client=http)
            for http in http_clients(openai, concurrency, self.transport)
        ]  # fmt: skip
        self.client = self.clients[0]
        self._response_type = httpx2.Response
        self._next = 0
        self._urls: dict[int, tuple[Any, str]] = {}
        if teacher.provider == "openai-compatible":
            self.supports_batch = False

    def _pick(self) -> tuple[Any, str]:
        """The next client and this teacher's request URL on it."""
        self._next = (self._next + 1) % len(self.clients)
        client = self.clients[self._next]
        return client, absolute_url(client, self.path, self._urls)

    async def aclose(self) -> None:
        """Close the HTTP clients."""
        for client in self.clients:
            await client.close()

    def body(self, request: Request) -> dict[str, Any]:
        """The request body (also what a batch line carries)."""
        return responses_body(request) if self.responses_api else chat_body(request)

    @property
    def path(self) -> str:
        """The request path relative to the client's base URL."""
        return "/responses" if self.responses_api else "/chat/completions"

    @property
    def endpoint(self) -> str:
        """The API path of this teacher's requests."""
        return "/v1/responses" if self.responses_api else "/v1/chat/completions"

    def parse(self, data: Any) -> Response:
        """Parse an answer (SDK object or batch JSON body)."""
        return parse_responses(data, self.teacher) if self.responses_api else parse_chat(data, self.teacher)

    async def generate(self, request: Request) -> Response:
        """Send one request and parse the answer.

        Raises:
            CallError: Any failure, classified (429 with Retry-After, 5xx, timeout, connection, auth, …).
        """
        body = self.body(request)
        start = time.perf_counter()
        try:
            # The client's own `post` (auth, headers, timeouts, status errors → the SDK's exception tree) with
            # the body as built and the HTTP response back unparsed: `chat.completions.create` would re-walk the
            # body against its TypedDicts and build pydantic models we only read a few fields of (~45% of the
            # client CPU per request, bench/sampling_bench.py).
            client, url = self._pick()
            http = await client.post(url, body=body, options=_BEARER, cast_to=self._response_type)
        except CallError:
            raise
        except Exception as exc:  # the SDK's exception tree, httpx2 errors, timeouts
            raise classify(exc, self.teacher) from None
        try:
            answer = json.loads(http.content)
        except (ValueError, UnicodeDecodeError):
            raise CallError(f"{self.teacher.name}: malformed answer (not JSON)", kind="malformed") from None
        if not isinstance(answer, dict):
            raise CallError(f"{self.teacher.name}: malformed answer (not a JSON object)", kind="malformed")
        response = self.parse(answer)
        response.latency_s = time.perf_counter() - start
        return response

    # -- Batch API ---------------------------------------------------------------------------------

    async def submit_batch(self, requests: list[Request]) -> tuple[str, str]:
        """Upload a JSONL of requests (`purpose="batch"`) and create the batch: `(batch_id, input_file_id)`."""
        lines = [
            json.dumps({"custom_id": r.key, "method": "POST", "url": self.endpoint, "body": self.body(r)})
            for r in requests
        ]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        try:
            uploaded = await self.client.files.create(file=("longcot-batch.jsonl", data), purpose="batch")
            batch = await self.client.batches.create(
                input_file_id=uploaded.id,
                endpoint=self.endpoint,
                completion_window="24h",  # type: ignore[arg-type]
            )
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        return batch.id, uploaded.id

    async def poll_batch(self, batch_id: str) -> tuple[str, dict[str, int]]:
        """`(state, counts)`: state `running`, `ended` or `failed`; counts of done/failed items."""
        try:
            batch = await self.client.batches.retrieve(batch_id)
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        counts = batch.request_counts
        done = {"completed": counts.completed, "failed": counts.failed, "total": counts.total} if counts else {}
        if batch.status == "completed":
            return "ended", done
        if batch.status in ("failed", "expired", "cancelled"):
            # An expired batch may still have a partial output file worth collecting.
            return ("ended" if batch.output_file_id else "failed"), done
        return "running", done

    async def batch_results(self, batch_id: str) -> dict[str, Response | CallError]:
        """Every item's answer or error, by custom id (the request key)."""
        try:
            batch = await self.client.batches.retrieve(batch_id)
            texts = []
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    content = await self.client.files.content(file_id)
                    texts.append(content.text)
        except Exception as exc:
            raise classify(exc, self.teacher) from None
        out: dict[str, Response | CallError] = {}
        for text in texts:
            for line in text.splitlines():
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    custom_id = item["custom_id"]
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue
                response = item.get("response") or {}
                if item.get("error") or response.get("status_code") != 200:
                    error = item.get("error") or response.get("body", {}).get("error") or {}
                    message = error.get("message", "failed") if isinstance(error, dict) else str(error)
                    out[custom_id] = CallError(f"{self.teacher.name}: batch item failed: {message}", kind="batch_item")
                    continue
                try:
                    parsed = self.parse(response["body"])
                    parsed.batch = True
                    out[custom_id] = parsed
                except CallError as exc:
                    out[custom_id] = exc
        return out
