"""Teacher backends, one per provider; built lazily so a run imports only the SDKs it uses."""

from __future__ import annotations

from typing import Any

from longcot.teachers.spec import TeacherSpec


def make_backend(teacher: TeacherSpec, *, concurrency: int = 16, transport: str | None = None) -> Any:
    """The backend object for a teacher (opens its client; reads its API key from the environment).

    `transport` (API teachers): `auto` (aiohttp when installed, else httpx2), `aiohttp` or `httpx`; a teacher's own
    `transport` param wins.

    Raises:
        ConfigError: The API key variable is unset.
        MissingDependencyError: The provider's SDK (extra) is not installed.
    """
    if teacher.provider in ("openai", "openai-compatible"):
        from longcot.teachers.backends.openai_api import OpenAIBackend

        return OpenAIBackend(teacher, concurrency=concurrency, transport=transport)
    if teacher.provider == "anthropic":
        from longcot.teachers.backends.anthropic_api import AnthropicBackend

        return AnthropicBackend(teacher, concurrency=concurrency, transport=transport)
    if teacher.provider == "transformers":
        from longcot.teachers.backends.local import TransformersBackend

        return TransformersBackend(teacher)
    from longcot.teachers.backends.local import VLLMBackend

    return VLLMBackend(teacher)
