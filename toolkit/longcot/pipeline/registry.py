"""Names of processors usable as `type:` in a pipeline YAML.

Built-in steps are listed as `module:Class` strings so loading a YAML imports only the steps it
uses (the verifier and the contamination index pull in sympy and rapidfuzz). A user's own step is
either registered with :func:`register_processor` or named by its import path (`mypkg.steps:MyStep`).
"""

from __future__ import annotations

import importlib

from longcot.errors import ConfigError
from longcot.pipeline.base import Processor


BUILTIN: dict[str, str] = {
    "select": "longcot.curation.dispatch:SelectStep",  # columns, or s1 sample selection
    "where": "longcot.pipeline.steps:Where",
    "dedup": "longcot.curation.dispatch:Dedup",  # method: exact (default) | minhash
    "length": "longcot.pipeline.steps:LengthFilter",
    "split_thinking": "longcot.pipeline.steps:SplitThinking",
    "verify": "longcot.verify:VerifyAnswers",
    "decontaminate": "longcot.contamination:Decontaminate",
    "sample": "longcot.teachers.processor:SampleTeachers",
    "rewrite": "longcot.teachers.processor:RewriteSolutions",
    "judge": "longcot.teachers.processor:JudgeAnswers",
    "student_length": "longcot.curation.length:StudentLength",
    "difficulty": "longcot.curation.difficulty:Difficulty",
    "quality": "longcot.curation.quality:Quality",
}

_REGISTERED: dict[str, type[Processor]] = {}


def register_processor(name: str):  # type: ignore[no-untyped-def]
    """Class decorator that makes a processor usable as `type: <name>` in a pipeline YAML.

    Example:
        >>> from longcot.pipeline import Processor, register_processor
        >>> @register_processor("identity_demo")
        ... class Identity(Processor):
        ...     name = "identity_demo"
        ...     def process(self, batch):
        ...         return batch
    """

    def wrap(cls: type[Processor]) -> type[Processor]:
        _REGISTERED[name] = cls
        return cls

    return wrap


def available_processors() -> list[str]:
    """Names accepted as a step `type`, sorted."""
    return sorted({*BUILTIN, *_REGISTERED})


def get_processor(name: str, *, where: str = "pipeline") -> type[Processor]:
    """Resolve a step `type` (a registered name or `module:Class`) to its processor class.

    Raises:
        ConfigError: The name is unknown or does not resolve to a Processor subclass.
    """
    if name in _REGISTERED:
        return _REGISTERED[name]
    target = BUILTIN.get(name, name if ":" in name else None)
    if target is None:
        raise ConfigError(
            f"{where}: unknown step type {name!r}",
            hint=f"use one of: {', '.join(available_processors())}, or `module:Class` for your own step",
        )
    module_name, _, attr = target.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"{where}: step type {name!r} cannot be imported ({target}): {exc}") from None
    if not (isinstance(cls, type) and issubclass(cls, Processor)):
        raise ConfigError(f"{where}: step type {name!r} resolves to {cls!r}, which is not a longcot Processor")
    return cls
