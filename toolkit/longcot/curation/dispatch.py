"""The YAML step types `dedup` and `select`, each naming two processors told apart by their options.

- `dedup`: `method: exact` (the default; :class:`~longcot.pipeline.steps.ExactDedup`, within a task) or
  `method: minhash` (:class:`~longcot.curation.neardup.MinHashDedup`, near-duplicates across the run).
- `select`: with `columns`/`rename` (or no option) it keeps and renames columns
  (:class:`~longcot.pipeline.steps.Select`, unchanged); with any s1 selection option (`n`, `k`,
  `balance`, `prefer_hard`, `prefer_long`, `seed`, `correct_only`) it chooses samples
  (:class:`~longcot.curation.select.SampleSelect`). Mixing the two is an error naming both sets.

Existing pipelines keep working and keep their fingerprints (resume is not refused after an upgrade).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from longcot.errors import ConfigError
from longcot.pipeline.base import Processor
from longcot.pipeline.steps import ExactDedup, Select


class Dedup(ExactDedup):
    """`type: dedup`: exact duplicates per task (default) or near-duplicates by MinHash across the run."""

    @classmethod
    def from_config(cls, options: dict[str, Any], *, where: str) -> Processor:
        method = options.get("method", "exact")
        if method == "minhash":
            from longcot.curation.neardup import MinHashDedup

            return MinHashDedup.from_config(options, where=where)
        if method != "exact":
            raise ConfigError(f"{where}: step 'dedup' method must be exact or minhash, got {method!r}")
        return ExactDedup.from_config({k: v for k, v in options.items() if k != "method"}, where=where)


class SelectStep(Select):
    """`type: select`: keep/rename columns (`columns`, `rename`), or choose samples s1-style (`n`, `k`, ...)."""

    @classmethod
    def from_config(cls, options: dict[str, Any], *, where: str) -> Processor:
        from longcot.curation.select import SampleSelect, SampleSelectConfig

        column_keys = {f.name for f in fields(Select.Config)}  # type: ignore[arg-type]
        sample_keys = {f.name for f in fields(SampleSelectConfig)}
        given_columns, given_samples = set(options) & column_keys, set(options) & sample_keys
        if given_columns and given_samples:
            raise ConfigError(
                f"{where}: step 'select' mixes column options ({', '.join(sorted(given_columns))}) and sample "
                f"selection options ({', '.join(sorted(given_samples))})",
                hint="use two `select` steps: one choosing samples, one keeping columns",
            )
        if given_samples:
            return SampleSelect.from_config(options, where=where)
        return Select.from_config(options, where=where)
