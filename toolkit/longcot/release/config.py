"""`release.yaml`: what a release says about itself beyond what the rows and the run record.

Every key is optional::

    license: apache-2.0                 # SPDX id for the card's metadata (default: other)
    pretty_name: LIMO re-curated
    repo_id: my-org/limo-curated        # shown in the card's load_dataset example
    summary: One paragraph for the top of the card.
    task_categories: [text-generation]
    language: [en]
    tags: [math, reasoning]
    split: train                        # default: the run's output split, else train
    shard_size_mb: 256                  # target Parquet shard size (compressed)
    content_defined_chunking: true      # Parquet CDC pages: a new version re-uploads only changed chunks on Xet
    benchmarks: [aime2024, math500]     # release gate: refuse on a match (see --allow-contamination)
    benchmark_files: {aime2024: path/to/aime_2024.jsonl}
    sources: [{dataset: GAIR/LIMO, revision: <sha>, license: apache-2.0}]   # when the input is not a run
    teachers: [{teacher: openai:o3, sampling: {temperature: 1.0}, terms: https://...}]
    teachers_terms: {"openai:o3": "https://openai.com/policies/terms-of-use"}
    prompts: {user: "{problem}"}        # the prompt templates the teachers saw
    evaluation: {benchmarks: [aime2024], samples: 64, temperature: 0.6, top_p: 0.95, max_new_tokens: 32768}
    limitations: ["..."]
    citation: "@misc{...}"
    examples: 3                         # example rows shown in the card
    conversation: {think_open: "<think>\\n", think_close: "\\n</think>\\n\\n", system_prompt: null}
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from longcot.errors import ConfigError
from longcot.records import ConversationFormat


@dataclass(frozen=True)
class ReleaseConfig:
    """Options of `longcot release build` (see the module docstring for the YAML form)."""

    license: str = "other"
    pretty_name: str | None = None
    repo_id: str | None = None
    summary: str | None = None
    task_categories: tuple[str, ...] = ("text-generation", "question-answering")
    language: tuple[str, ...] = ("en",)
    tags: tuple[str, ...] = ("math", "reasoning", "chain-of-thought", "distillation", "longcot")
    split: str | None = None
    shard_size_mb: float = 256.0
    content_defined_chunking: bool = True
    benchmarks: tuple[str, ...] = ()
    benchmark_files: dict[str, str] = field(default_factory=dict)
    sources: tuple[dict[str, Any], ...] = ()
    teachers: tuple[dict[str, Any], ...] = ()
    teachers_terms: dict[str, str] = field(default_factory=dict)
    prompts: dict[str, str] = field(default_factory=dict)
    evaluation: dict[str, Any] = field(default_factory=dict)
    limitations: tuple[str, ...] = ()
    citation: str | None = None
    examples: int = 3
    conversation: ConversationFormat = field(default_factory=ConversationFormat)
    batch_size: int = 10_000

    def __post_init__(self) -> None:
        for name in ("task_categories", "language", "tags", "benchmarks", "limitations", "sources", "teachers"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value or ()))
        if not self.shard_size_mb > 0:
            raise ConfigError(f"release shard_size_mb must be > 0, got {self.shard_size_mb!r}")
        if not isinstance(self.examples, int) or self.examples < 0:
            raise ConfigError(f"release examples must be an integer >= 0, got {self.examples!r}")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise ConfigError(f"release batch_size must be an integer >= 1, got {self.batch_size!r}")
        for name in ("sources", "teachers"):
            for item in getattr(self, name):
                if not isinstance(item, dict):
                    raise ConfigError(f"release {name} must be a list of mappings, got {item!r}")

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, *, where: str = "release config") -> ReleaseConfig:
        """Build from a mapping, rejecting unknown keys (the message names the key and `where`)."""
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"{where}: unknown release key {unknown[0]!r}", hint=f"keys are: {', '.join(sorted(known))}"
            )
        if "conversation" in data:
            data["conversation"] = ConversationFormat.from_dict(data["conversation"])
        for key in ("benchmark_files", "teachers_terms", "prompts", "evaluation"):
            if key in data and not isinstance(data[key] or {}, dict):
                raise ConfigError(f"{where}: release {key} must be a mapping, got {data[key]!r}")
            if key in data:
                data[key] = dict(data[key] or {})
        try:
            return cls(**data)
        except TypeError as exc:
            raise ConfigError(f"{where}: bad release config: {exc}") from None
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc.args[0]}", hint=exc.hint) from None

    @classmethod
    def from_file(cls, path: str | Path) -> ReleaseConfig:
        """Load `release.yaml`.

        Raises:
            ConfigError: Missing, not YAML, not a mapping, or an unknown key.
        """
        path = Path(path)
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"release config {str(path)!r} not found") from None
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read release config {str(path)!r}: {exc}") from None
        if raw is not None and not isinstance(raw, dict):
            raise ConfigError(f"{path}: a release config must be a mapping, got {type(raw).__name__}")
        return cls.from_dict(raw, where=str(path))

    def to_dict(self) -> dict[str, Any]:
        """Plain, YAML-ready form (recorded in the manifest)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, ConversationFormat):
                value = {k.name: getattr(value, k.name) for k in fields(value)}
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out
