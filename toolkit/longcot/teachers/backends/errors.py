"""Turn an `openai` or `anthropic` client exception into a :class:`CallError` the sampler can act on.

Both SDKs share the same exception shapes (`APIStatusError` with `status_code` and `response`,
`APIConnectionError`, `APITimeoutError`), so one function classifies both.
"""

from __future__ import annotations

import email.utils
import time
from typing import Any

from longcot.teachers.base import CallError
from longcot.teachers.spec import TeacherSpec, redact_url


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds a `Retry-After` (or `retry-after-ms`) header asks to wait, or None.

    Example:
        >>> retry_after_seconds({"retry-after": "2"})
        2.0
        >>> retry_after_seconds({"retry-after-ms": "1500"})
        1.5
    """
    if headers is None:
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            return max(0.0, float(ms) / 1000.0)
        value = headers.get("retry-after")
    except AttributeError:
        return None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def classify(exc: BaseException, teacher: TeacherSpec) -> CallError:
    """Classify an SDK exception (or a timeout) for retries and for the message the user sees.

    The message never holds the API key: SDK messages can echo a masked key (`sk-...abcd`), so for
    auth failures only the status and the env var name are shown.
    """
    name = type(exc).__name__
    where = teacher.name + (f" at {redact_url(teacher.base_url)}" if teacher.base_url else "")
    if isinstance(exc, TimeoutError) or name in ("APITimeoutError", "TimeoutException", "ReadTimeout"):
        dropped = _connection_cause(exc)
        if dropped is not None:
            return CallError(f"{where}: connection failed ({type(dropped).__name__})", kind="connection")
        return CallError(f"{where}: request timed out", kind="timeout")
    status = getattr(exc, "status_code", None)
    if status is None:
        if name == "APIConnectionError" or isinstance(exc, (ConnectionError, OSError)):
            cause = exc.__cause__ or exc.__context__
            detail = f" ({type(cause).__name__})" if cause is not None else ""
            return CallError(f"{where}: connection failed{detail}", kind="connection")
        return CallError(f"{where}: {name}: {_short(exc)}", kind="malformed")
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if status == 429:
        return CallError(f"{where}: rate limited (429)", kind="rate_limit", retry_after=retry_after_seconds(headers))
    if status in (401, 403):
        env = teacher.api_key_env or "the API key variable"
        return CallError(
            f"{where}: the server refused the API key in ${env} (HTTP {status})",
            retryable=False,
            fatal=True,
            kind="auth",
            hint=f"check ${env} (it is read from the environment, never stored)",
        )
    if status == 404:
        return CallError(
            f"{where}: not found (HTTP 404): {_short(exc)}",
            retryable=False,
            fatal=True,
            kind="not_found",
            hint=f"check the model name {teacher.model!r}"
            + (" and the base URL (it usually ends in /v1)" if teacher.base_url else ""),
        )
    if status in (408, 409) or status >= 500:
        kind = "overloaded" if status == 529 else "server"
        return CallError(f"{where}: server error (HTTP {status})", kind=kind, retry_after=retry_after_seconds(headers))
    return CallError(f"{where}: request refused (HTTP {status}): {_short(exc)}", retryable=False, kind="bad_request")


def _connection_cause(exc: BaseException) -> BaseException | None:
    """The aiohttp connection error under a "timeout", when it was none (None for a real timeout).

    The clients' aiohttp transport (`DefaultAioHttpClient`, vendored httpx-aiohttp) maps every
    `aiohttp.ClientConnectionError` it does not know better, a refused connection and a server that hung up
    included, to `httpx2.ConnectTimeout`, which the SDKs raise as `APITimeoutError`. Refused and dropped are
    connection failures (a server that cannot be reached is a setup error, said after three tries).
    """
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 8:
        if isinstance(cause, TimeoutError):
            return None
        if any(k.__name__ == "ClientConnectionError" and k.__module__.startswith("aiohttp")
               for k in type(cause).__mro__):  # fmt: skip
            return cause
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).replace("\n", " ")
    return text[:300]
