"""What every backend speaks: a :class:`Request` in, a :class:`Response` out, a :class:`CallError` on failure.

Backends only translate: messages and params to the provider's request, its answer to a
:class:`Response`, its failures to a :class:`CallError` that says whether to retry and when. Retries,
limits, the cache, costs and the budget live in the sampler (`longcot.teachers.sampler`), once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from longcot.teachers.spec import TeacherSpec


@dataclass(frozen=True)
class Request:
    """One request to one teacher.

    Attributes:
        key: The cache key (sha256 of provider, model, params, messages, sample index).
        teacher: The teacher it goes to.
        messages: Chat messages (system and user turns).
        params: The sampling params sent (part of the key).
        sample_index: Which of the problem's samples this is.
        problem_id: The problem it is for (not part of the key: the same text under two ids is one request).
    """

    key: str
    teacher: TeacherSpec
    messages: list[dict[str, str]]
    params: dict[str, Any]
    sample_index: int
    problem_id: str = ""


@dataclass
class Response:
    """A teacher's answer, as cached and as it becomes a row.

    Attributes:
        completion: The final answer text (thinking removed).
        reasoning: Visible thinking, a reasoning summary, or None.
        reasoning_source: `native` (the model's own thinking), `summary` (a provider's summary of
            hidden reasoning), `absent`.
        finish_reason: `stop`, `length`, `refusal`, `content_filter`, … as the provider says, normalised
            (Anthropic `end_turn` → `stop`, `max_tokens` → `length`; Responses `incomplete` → `length`).
        prompt_tokens / completion_tokens / reasoning_tokens: Usage; completion tokens include the
            reasoning tokens (billed even when hidden).
        reasoning_redacted: Number of redacted thinking blocks (Anthropic `redacted_thinking`).
        latency_s: Seconds from sending to the parsed answer.
        cost_usd: Dollars the request cost (set by the sampler from the price table).
        batch: Whether it came through a Batch API (billed at the batch discount).
        response_id: The provider's id for the response, for audits.
    """

    completion: str
    reasoning: str | None = None
    reasoning_source: str = "absent"
    finish_reason: str = "stop"
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int | None = None
    reasoning_redacted: int = 0
    latency_s: float = 0.0
    cost_usd: float | None = None
    batch: bool = False
    response_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (what the cache stores). Every field is a scalar, so a flat copy (not the
        recursive `dataclasses.asdict`, ~1/3 of `record`'s CPU per request) is the same dict."""
        return {name: getattr(self, name) for name in _RESPONSE_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Response:
        """Inverse of :meth:`to_dict`; unknown keys (from a newer version) are ignored."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    @property
    def empty(self) -> bool:
        """No answer text (there may be reasoning: a trace that never concluded)."""
        return not (self.completion or "").strip()


_RESPONSE_FIELDS = tuple(Response.__dataclass_fields__)


@dataclass
class CallError(Exception):
    """A failed call, classified for the sampler.

    Attributes:
        message: One line, safe to print (never holds a key).
        retryable: Worth trying again (429, 5xx, timeout, dropped connection, malformed answer).
        retry_after: Seconds the server asked to wait (`Retry-After`), if it said.
        fatal: Stop the whole teacher (bad key, unknown model, unreachable host): every other
            request would fail the same way.
        kind: Short name for counts: `rate_limit`, `server`, `timeout`, `connection`, `malformed`,
            `auth`, `bad_request`, `not_found`.
        billed_usage: `(prompt_tokens, output_tokens)` when the failed request was billed anyway.
        hint: The next thing to do, for fatal errors.
    """

    message: str
    retryable: bool = True
    retry_after: float | None = None
    fatal: bool = False
    kind: str = "error"
    billed_usage: tuple[int, int] | None = None
    hint: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message


class Backend(Protocol):
    """A teacher backend: async calls for API teachers, a blocking batch call for local ones."""

    local: bool

    async def generate(self, request: Request) -> Response:
        """Send one request; raise :class:`CallError` on failure."""
        ...

    async def aclose(self) -> None:
        """Close clients."""
        ...


_THINK = re.compile(r"(?s)^\s*<think>(.*?)</think>(.*)$")


def split_think(text: str) -> tuple[str | None, str]:
    """Split `<think>…</think>` off the start of a model output: `(reasoning, completion)`.

    An opened but unclosed `<think>` (a cut-off trace) is all reasoning with an empty completion;
    text with no tags has no reasoning.

    Example:
        >>> split_think("<think>2+2 is 4</think>\\n\\nThe answer is \\\\boxed{4}.")
        ('2+2 is 4', 'The answer is \\\\boxed{4}.')
        >>> split_think("<think>still going")
        ('still going', '')
    """
    match = _THINK.match(text or "")
    if match:
        return match.group(1).strip(), match.group(2).strip()
    stripped = (text or "").lstrip()
    if stripped.startswith("<think>"):
        return stripped[len("<think>") :].strip(), ""
    if "</think>" in (text or ""):  # templates that open the think tag in the prompt (R1-distill, QwQ)
        reasoning, _, rest = text.partition("</think>")
        return reasoning.strip(), rest.strip()
    return None, (text or "").strip()
