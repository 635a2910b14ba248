"""Teacher specs: `provider:model` strings plus params, parsed once and checked before anything is paid for.

A spec names a backend and a model; params say how to sample (they go into every request and its
cache key) and how to call (limits, retries, prices, key variable: they never change a response, so
they stay out of the key)::

    openai:gpt-4o-mini                          Chat Completions
    openai:o4-mini,reasoning_effort=high        Responses API (reasoning models; summaries kept)
    anthropic:claude-sonnet-4-5,thinking_budget=8000,max_tokens=16000
    openai-compatible:deepseek-reasoner@https://api.deepseek.com/v1,api_key_env=DEEPSEEK_API_KEY
    vllm:Qwen/QwQ-32B                            offline vllm.LLM (GPU hosts, the `vllm` extra)
    transformers:./my-small-model                local generation on CPU or GPU

Params inline after commas (`key=value`, values read as YAML scalars) or as a mapping in YAML.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

from longcot.errors import ConfigError


PROVIDERS: tuple[str, ...] = ("openai", "anthropic", "openai-compatible", "vllm", "transformers")

#: Where each provider's key comes from by default (openai-compatible: `api_key_env`).
API_KEY_ENV: dict[str, str] = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}

#: Terms of use per provider, carried into run metadata so a release card can state them.
TERMS_OF_USE: dict[str, dict[str, str]] = {
    "openai": {"name": "OpenAI Terms of Use", "url": "https://openai.com/policies/terms-of-use"},
    "anthropic": {
        "name": "Anthropic Commercial Terms of Service",
        "url": "https://www.anthropic.com/legal/commercial-terms",
    },
    "openai-compatible": {
        "name": "terms of the serving provider and the model's license",
        "url": "set `terms_url` in the teacher params",
    },
    "vllm": {"name": "the model's license (see its model card)", "url": "https://huggingface.co/{model}"},
    "transformers": {"name": "the model's license (see its model card)", "url": "https://huggingface.co/{model}"},
}

#: Params sent with every request (and part of its cache key), by provider; anything else is refused.
SAMPLING_PARAMS: dict[str, frozenset[str]] = {
    "openai": frozenset(
        {"temperature", "top_p", "max_tokens", "seed", "reasoning_effort", "reasoning_summary", "api", "stop",
         "presence_penalty", "frequency_penalty"}
    ),
    "anthropic": frozenset({"temperature", "top_p", "top_k", "max_tokens", "thinking_budget", "thinking", "stop"}),
    "openai-compatible": frozenset(
        {"temperature", "top_p", "top_k", "min_p", "max_tokens", "seed", "reasoning_effort", "stop",
         "presence_penalty", "frequency_penalty", "repetition_penalty"}
    ),
    "vllm": frozenset({"temperature", "top_p", "top_k", "min_p", "max_tokens", "seed", "repetition_penalty"}),
    "transformers": frozenset({"temperature", "top_p", "top_k", "max_tokens", "seed", "repetition_penalty"}),
}  # fmt: skip

#: How a teacher is called: limits, retries, prices. Never part of a cache key.
CALL_PARAMS: frozenset[str] = frozenset(
    {"n", "api_key_env", "base_url", "price_input", "price_output", "rpm", "tpm", "concurrency", "timeout",
     "max_retries", "length_retry_max_tokens", "terms_url", "batch_size", "dtype", "device", "tensor_parallel_size",
     "transport"}
)  # fmt: skip

#: HTTP transports of the API teachers (`transport` param): `auto` is aiohttp when installed, else httpx2.
TRANSPORTS = ("auto", "aiohttp", "httpx")

DEFAULT_USER_TEMPLATE = "{problem}\n\nPlease reason step by step, and put your final answer within \\boxed{}."


@dataclass(frozen=True)
class PromptTemplate:
    """The prompt every teacher gets: an optional system turn and a user turn around the problem.

    Part of each request's cache key: change a word and every request is new.

    Attributes:
        user: The user turn; `{problem}` is replaced by the problem text (no other braces are read).
            Defaults to the problem plus "Please reason step by step, and put your final answer within \\boxed{}.".
        system: A system turn. Defaults to none.
    """

    user: str = DEFAULT_USER_TEMPLATE
    system: str | None = None

    def __post_init__(self) -> None:
        if "{problem}" not in self.user:
            raise ConfigError(f"the prompt template must contain {{problem}}, got {self.user!r}")

    def messages(self, problem: str) -> list[dict[str, str]]:
        """The chat messages for one problem.

        Example:
            >>> PromptTemplate(user="Solve: {problem}").messages("1+1? {x}")
            [{'role': 'user', 'content': 'Solve: 1+1? {x}'}]
        """
        turns = [] if self.system is None else [{"role": "system", "content": self.system}]
        turns.append({"role": "user", "content": self.user.replace("{problem}", problem)})
        return turns

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str | None) -> PromptTemplate:
        """Build from YAML: a string (the user template) or `{user, system}`."""
        if data is None:
            return cls()
        if isinstance(data, str):
            return cls(user=data)
        unknown = sorted(set(data) - {"user", "system"})
        if unknown:
            raise ConfigError(f"unknown prompt key {unknown[0]!r}", hint="prompt keys are: system, user")
        return cls(**dict(data))


@dataclass(frozen=True)
class TeacherSpec:
    """One teacher: provider, model, how to sample it and how to call it.

    Attributes:
        provider: One of :data:`PROVIDERS`.
        model: The model name (or local path for `transformers`).
        base_url: The server for `openai-compatible` (credentials are stripped from anything recorded).
        sampling: Request params; part of every cache key.
        call: Call params (limits, retries, prices, key variable); never part of a key.
    """

    provider: str
    model: str
    base_url: str | None = None
    sampling: Mapping[str, Any] = field(default_factory=dict)
    call: Mapping[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def name(self) -> str:
        """`provider:model`, the `teacher` column's value (computed once: the sampler asks ~17 times a request)."""
        return f"{self.provider}:{self.model}"

    @property
    def n(self) -> int:
        """Samples per problem. Defaults to 1 (the run's `-n` when the spec does not say)."""
        return int(self.call.get("n", 1))

    @property
    def api_key_env(self) -> str | None:
        """The environment variable holding this teacher's API key (None for local backends)."""
        if self.provider in ("vllm", "transformers"):
            return None
        return str(self.call.get("api_key_env") or API_KEY_ENV.get(self.provider, "OPENAI_API_KEY"))

    @property
    def terms(self) -> dict[str, str]:
        """Terms of use for the run metadata: `{name, url}`."""
        terms = dict(TERMS_OF_USE[self.provider])
        if self.call.get("terms_url"):
            terms["url"] = str(self.call["terms_url"])
        terms["url"] = terms["url"].replace("{model}", self.model)
        return terms

    def api_key(self) -> str | None:
        """Read the API key from the environment, or raise naming the variable to set.

        Local `openai-compatible` servers (localhost) need no key.

        Raises:
            ConfigError: The variable is unset or empty.
        """
        env = self.api_key_env
        if env is None:
            return None
        value = os.environ.get(env, "").strip()
        if value:
            return value
        if self.provider == "openai-compatible" and _is_local(self.base_url):
            return "EMPTY"
        raise ConfigError(
            f"teacher {self.name} needs an API key in ${env}, which is not set",
            hint=f"export {env}=... (or name another variable with `api_key_env=VAR` in the teacher params)",
        )

    def with_params(self, params: Mapping[str, Any]) -> TeacherSpec:
        """A copy with more params (sampling or call), checked like the spec's own."""
        sampling, call = dict(self.sampling), dict(self.call)
        for key, value in params.items():
            _place(self.provider, key, value, sampling, call, where=self.name)
        return replace(self, sampling=sampling, call=call)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for run metadata and manifests: no key, no credentials, no price overrides lost."""
        out: dict[str, Any] = {"teacher": self.name, "provider": self.provider, "model": self.model}
        if self.base_url:
            out["base_url"] = redact_url(self.base_url)
        out["sampling"] = dict(self.sampling)
        out["call"] = {k: v for k, v in self.call.items() if k != "base_url"}
        out["terms_of_use"] = self.terms
        return out


def _is_local(url: str | None) -> bool:
    host = (urlsplit(url).hostname or "") if url else ""
    return host in ("localhost", "127.0.0.1", "::1", "0.0.0.0")


def redact_url(url: str) -> str:
    """A URL without user:password and query string (where tokens hide), for anything recorded.

    Example:
        >>> redact_url("https://user:s3cret@host:8000/v1?key=abc")
        'https://host:8000/v1'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _scalar(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def _place(provider: str, key: str, value: Any, sampling: dict[str, Any], call: dict[str, Any], *, where: str) -> None:
    if key in CALL_PARAMS:
        call[key] = value
    elif key in SAMPLING_PARAMS[provider]:
        sampling[key] = value
    else:
        known = sorted(SAMPLING_PARAMS[provider] | CALL_PARAMS)
        raise ConfigError(
            f"teacher {where}: unknown param {key!r} for {provider}", hint=f"params are: {', '.join(known)}"
        )


_SPEC = re.compile(r"^(?P<provider>[a-z-]+):(?P<rest>.+)$")


def parse_teacher(spec: str, params: Mapping[str, Any] | None = None) -> TeacherSpec:
    """Parse `provider:model[@base_url][,key=value...]` (plus a params mapping) into a :class:`TeacherSpec`.

    Args:
        spec: The spec string.
        params: More params (from YAML), applied after the inline ones. Defaults to none.

    Returns:
        The checked spec.

    Raises:
        ConfigError: Unknown provider, missing model or base URL, unknown or bad param.

    Example:
        >>> t = parse_teacher("openai-compatible:qwq@http://localhost:8000/v1,temperature=0.6,n=4")
        >>> t.name, t.base_url, dict(t.sampling), t.n
        ('openai-compatible:qwq', 'http://localhost:8000/v1', {'temperature': 0.6}, 4)
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ConfigError(f"a teacher spec must be a string like 'openai:gpt-4o-mini', got {spec!r}")
    head, *inline = [part.strip() for part in spec.strip().split(",")]
    match = _SPEC.match(head)
    if match is None or match["provider"] not in PROVIDERS:
        provider = match["provider"] if match else head
        raise ConfigError(
            f"unknown teacher spec {spec!r} (provider {provider!r})",
            hint="use one of: openai:MODEL, anthropic:MODEL, openai-compatible:MODEL@BASE_URL, vllm:MODEL, "
            "transformers:MODEL_OR_PATH",
        )
    provider, rest = match["provider"], match["rest"].strip()
    base_url = None
    if provider == "openai-compatible":
        model, sep, base_url = rest.partition("@")
        if not sep or not base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"teacher spec {spec!r} needs a base URL: openai-compatible:MODEL@BASE_URL",
                hint="e.g. openai-compatible:Qwen/QwQ-32B@http://localhost:8000/v1",
            )
    else:
        model = rest
    if not model:
        raise ConfigError(f"teacher spec {spec!r} names no model", hint=f"e.g. {provider}:MODEL")
    sampling: dict[str, Any] = {}
    call: dict[str, Any] = {}
    name = f"{provider}:{model}"
    for item in inline:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"teacher {name}: param {item!r} must look like key=value", hint="e.g. temperature=0.6")
        _place(provider, key.strip(), _scalar(value.strip()), sampling, call, where=name)
    for key, value in dict(params or {}).items():
        _place(provider, str(key), value, sampling, call, where=name)
    if "base_url" in call:
        base_url = str(call["base_url"])
    teacher = TeacherSpec(provider=provider, model=model, base_url=base_url, sampling=sampling, call=call)
    _check(teacher)
    return teacher


def _check(teacher: TeacherSpec) -> None:
    where = f"teacher {teacher.name}"
    for key in ("n", "rpm", "tpm", "concurrency", "max_retries", "length_retry_max_tokens", "batch_size"):
        value = teacher.call.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ConfigError(f"{where}: {key} must be a whole number >= 0, got {value!r}")
    for key in ("price_input", "price_output", "timeout"):
        value = teacher.call.get(key)
        if value is not None and (not isinstance(value, (int, float)) or value < 0):
            raise ConfigError(f"{where}: {key} must be a number >= 0, got {value!r}")
    value = teacher.sampling.get("max_tokens")
    if value is not None and (not isinstance(value, int) or value <= 0):
        raise ConfigError(f"{where}: max_tokens must be a positive whole number, got {value!r}")
    transport = teacher.call.get("transport")
    if transport is not None and transport not in TRANSPORTS:
        raise ConfigError(f"{where}: transport must be one of {', '.join(TRANSPORTS)}, got {transport!r}")
    api = teacher.sampling.get("api")
    if api is not None and api not in ("chat", "responses"):
        raise ConfigError(f"{where}: api must be 'chat' or 'responses', got {api!r}")
    budget = teacher.sampling.get("thinking_budget")
    if budget is not None:
        if not isinstance(budget, int) or budget < 1024:
            raise ConfigError(f"{where}: thinking_budget must be a whole number >= 1024, got {budget!r}")
        if budget >= int(teacher.sampling.get("max_tokens", 0) or 0):
            raise ConfigError(
                f"{where}: thinking_budget ({budget}) must be below max_tokens "
                f"({teacher.sampling.get('max_tokens', 'unset')})",
                hint=f"set max_tokens above it, e.g. max_tokens={budget * 2}",
            )


def parse_teachers(specs: Sequence[str | Mapping[str, Any]], *, n: int | None = None) -> list[TeacherSpec]:
    """Parse several teachers: strings, or YAML mappings `{spec: ..., n: ..., <params>}`.

    Args:
        specs: The teachers, in order (fallback order too).
        n: Samples per problem for teachers that do not set their own `n`. Defaults to 1.

    Raises:
        ConfigError: A spec is bad, or two teachers are the same provider:model with the same params.
    """
    out: list[TeacherSpec] = []
    for item in specs:
        if isinstance(item, Mapping):
            params = dict(item)
            spec = params.pop("spec", None) or params.pop("teacher", None)
            teacher = parse_teacher(spec, params)  # type: ignore[arg-type]
        else:
            teacher = parse_teacher(item)
        if "n" not in teacher.call and n is not None:
            teacher = teacher.with_params({"n": n})
        out.append(teacher)
    if not out:
        raise ConfigError("no teacher given", hint="add --teacher openai:gpt-4o-mini (or a `teachers:` list)")
    seen = set()
    for teacher in out:
        ident = (teacher.name, canonical_json(teacher.sampling))
        if ident in seen:
            raise ConfigError(
                f"teacher {teacher.name} is listed twice with the same params",
                hint="raise its n instead, or give the copies different params",
            )
        seen.add(ident)
    return out


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same data always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def request_key(
    provider: str, model: str, params: Mapping[str, Any], messages: Sequence[Mapping[str, str]], sample_index: int
) -> str:
    """The cache key of one request: sha256 of canonical JSON of what determines the response.

    Never the API key or the base URL (and so never its credentials): moving a server keeps the cache.

    Example:
        >>> k = request_key("openai", "gpt-4o-mini", {"temperature": 0.6}, [{"role": "user", "content": "1+1?"}], 0)
        >>> len(k), k == request_key("openai", "gpt-4o-mini", {"temperature": 0.6},
        ...                          [{"role": "user", "content": "1+1?"}], 1)
        (64, False)
    """
    payload = {"provider": provider, "model": model, "params": dict(params), "messages": list(messages),
               "sample_index": sample_index}  # fmt: skip
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()
