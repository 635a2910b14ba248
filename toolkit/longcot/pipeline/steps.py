"""General-purpose steps every pipeline needs: select, where, dedup, length, split_thinking.

Task-specific steps live with their capability (`verify`, `decontaminate`, ...). Each step here is a
config dataclass plus a few lines of polars, so a funnel reason is always one expression away from
the rows it dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from longcot.errors import ConfigError, SchemaError
from longcot.pipeline.base import Filter, Processor


def _as_tuple(value: Any) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class SelectConfig:
    """Keep and rename columns.

    Attributes:
        columns: Columns to keep, in order. Defaults to all.
        rename: Old name → new name, applied after selection. Defaults to none.
    """

    columns: tuple[str, ...] | None = None
    rename: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.columns is not None:
            object.__setattr__(self, "columns", _as_tuple(self.columns))


class Select(Processor):
    """Keep a subset of columns and rename some.

    Example:
        >>> import polars as pl
        >>> Select(SelectConfig(columns=("a",), rename={"a": "b"}))(pl.DataFrame({"a": [1], "c": [2]})).columns
        ['b']
    """

    name = "select"
    Config = SelectConfig

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        cfg: SelectConfig = self.config
        if cfg.columns is not None:
            missing = [c for c in cfg.columns if c not in batch.columns]
            if missing:
                raise SchemaError(
                    f"step 'select' keeps column {missing[0]!r}, which is not in the batch; "
                    f"columns are: {', '.join(batch.columns)}"
                )
            batch = batch.select(cfg.columns)
        return batch.rename(cfg.rename, strict=False) if cfg.rename else batch


@dataclass(frozen=True)
class WhereConfig:
    """Keep rows matching a SQL boolean expression (polars SQL, never Python `eval`).

    Attributes:
        keep: SQL expression true for rows to keep, e.g. `level IN ('4', '5')`.
        reason: Drop reason in the funnel for rows that fail it. Defaults to `where`.
    """

    keep: str
    reason: str = "where"

    def __post_init__(self) -> None:
        try:
            pl.sql_expr(self.keep)
        except Exception as exc:  # polars raises several error types for bad SQL
            raise ConfigError(f"step 'where': cannot parse keep={self.keep!r}: {exc}") from None
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.reason):
            raise ConfigError(f"step 'where': reason must be snake_case, got {self.reason!r}")


class Where(Filter):
    """Drop rows for which a SQL expression is false (or null).

    Example:
        >>> import polars as pl
        >>> Where(WhereConfig(keep="n > 1"))(pl.DataFrame({"n": [1, 2]}))["n"].to_list()
        [2]
    """

    name = "where"
    Config = WhereConfig

    def rules(self) -> dict[str, pl.Expr]:
        return {self.config.reason: ~pl.sql_expr(self.config.keep).fill_null(False)}


@dataclass(frozen=True)
class ExactDedupConfig:
    """Drop rows whose key columns repeat an earlier row (after lower-casing and collapsing whitespace).

    Attributes:
        columns: Key columns. Defaults to `problem` (one row per problem).
        max_per_key: Rows kept per key. Defaults to 1; set it to the samples per problem to cap
            duplicates from a source that repeats problems.
    """

    columns: tuple[str, ...] = ("problem",)
    max_per_key: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", _as_tuple(self.columns))
        if self.max_per_key < 1:
            raise ConfigError(f"step 'dedup': max_per_key must be >= 1, got {self.max_per_key!r}")


class ExactDedup(Filter):
    """Drop repeated rows by normalised key, across all batches of a task.

    Duplicates are found within one task; run with `tasks: 1` (or dedup before sharding) for a
    global guarantee.

    Example:
        >>> import polars as pl
        >>> ExactDedup()(pl.DataFrame({"problem": ["A  b", "a b", "c"]}))["problem"].to_list()
        ['A  b', 'c']
    """

    name = "dedup"
    Config = ExactDedupConfig

    def setup(self) -> None:
        self._seen: dict[int, int] = {}

    def rules(self) -> dict[str, pl.Expr]:
        return {"duplicate": pl.col("_dup")}

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        if not hasattr(self, "_seen"):
            self.setup()
        cfg: ExactDedupConfig = self.config
        key = pl.concat_str(
            [
                pl.col(c)
                .cast(pl.String)
                .fill_null("")
                .str.to_lowercase()
                .str.replace_all(r"\s+", " ")
                .str.strip_chars()
                for c in cfg.columns
            ],
            separator="\x1f",
        ).hash()
        hashes = batch.select(key.alias("k"))["k"].to_list()
        keep = []
        for h in hashes:
            count = self._seen.get(h, 0)
            keep.append(count < cfg.max_per_key)
            self._seen[h] = count + 1
        marked = batch.with_columns(pl.Series("_dup", [not k for k in keep], dtype=pl.Boolean))
        return super().process(marked).drop("_dup")


@dataclass(frozen=True)
class LengthFilterConfig:
    """Bounds on the length of a text column (characters) or a token-count column.

    Attributes:
        column: A text column (measured in characters) or an integer column such as
            `student_tokens` or `completion_tokens`. Defaults to `completion`.
        min: Smallest length kept. Defaults to 1 (drop empty).
        max: Largest length kept. Defaults to no bound.
        drop_truncated: Drop rows with `finish_reason == "length"` when that column exists: the trace
            never reached an answer. Defaults to True.
    """

    column: str = "completion"
    min: int = 1
    max: int | None = None
    drop_truncated: bool = True

    def __post_init__(self) -> None:
        if self.min < 0 or (self.max is not None and self.max < self.min):
            raise ConfigError(f"step 'length': need 0 <= min <= max, got min={self.min!r}, max={self.max!r}")


class LengthFilter(Filter):
    """Drop rows that are too short, too long, empty or truncated.

    Example:
        >>> import polars as pl
        >>> f = LengthFilter(LengthFilterConfig(column="completion", min=2, max=5))
        >>> f(pl.DataFrame({"completion": ["a", "abc", "abcdefg", None]}))["completion"].to_list()
        ['abc']
        >>> sorted(f.stats.dropped.items())
        [('empty', 1), ('too_long', 1), ('too_short', 1)]
    """

    name = "length"
    Config = LengthFilterConfig

    def rules_for(self, batch: pl.DataFrame) -> dict[str, pl.Expr]:
        cfg: LengthFilterConfig = self.config
        if cfg.column not in batch.columns:
            raise SchemaError(
                f"step 'length' measures column {cfg.column!r}, not found; columns are: {', '.join(batch.columns)}"
            )
        col = pl.col(cfg.column)
        size = col.str.len_chars() if batch.schema[cfg.column] == pl.String else col.cast(pl.Int64)
        rules: dict[str, pl.Expr] = {}
        if cfg.drop_truncated and "finish_reason" in batch.columns:
            rules["truncated"] = pl.col("finish_reason") == "length"
        rules["empty"] = col.is_null() | (size == 0)
        rules["too_short"] = size < cfg.min
        if cfg.max is not None:
            rules["too_long"] = size > cfg.max
        return rules


@dataclass(frozen=True)
class SplitThinkingConfig:
    """Split a raw model output into `reasoning` and `completion`.

    Attributes:
        column: Column with the raw output. Defaults to `completion`.
        keep_raw: Keep the raw column under `<column>_raw` when it is `completion`. Defaults to False.
    """

    column: str = "completion"
    keep_raw: bool = False


# (open, close) tag pairs of the long-CoT formats in the wild; the first that matches wins.
THINK_TAGS: tuple[tuple[str, str], ...] = (
    ("<think>", "</think>"),
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
)
_SOLUTION_TAGS = ("<|begin_of_solution|>", "<|end_of_solution|>")


class SplitThinking(Processor):
    """Split `<think>…</think>` (R1/QwQ) or `<|begin_of_thought|>…` (Sky-T1) output into reasoning and solution.

    Rows without a closing tag keep their whole text as `completion`, with `reasoning` null and
    `reasoning_source` `absent`; an opened but never closed thought (a truncated trace) keeps the text
    as `reasoning` with an empty `completion`, so the verifier marks it as having no answer.

    Example:
        >>> import polars as pl
        >>> out = SplitThinking()(pl.DataFrame({"completion": ["<think>hmm</think> so \\\\boxed{2}"]}))
        >>> out.select("reasoning", "completion").row(0)
        ('hmm', 'so \\\\boxed{2}')
    """

    name = "split_thinking"
    Config = SplitThinkingConfig
    adds = ("reasoning", "reasoning_source", "completion")

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        cfg: SplitThinkingConfig = self.config
        if cfg.column not in batch.columns:
            raise SchemaError(
                f"step 'split_thinking' reads column {cfg.column!r}, not found; "
                f"columns are: {', '.join(batch.columns)}"
            )
        text = pl.col(cfg.column).cast(pl.String)
        reasoning: pl.Expr = pl.lit(None, dtype=pl.String)
        solution: pl.Expr = text
        for open_tag, close_tag in reversed(THINK_TAGS):
            o, c = re.escape(open_tag), re.escape(close_tag)
            closed = text.str.contains(c)
            opened = text.str.contains(o)
            inner = text.str.extract(rf"(?s){o}(.*?){c}", 1)
            after = text.str.extract(rf"(?s){c}(.*)$", 1)
            unclosed = text.str.extract(rf"(?s){o}(.*)$", 1)
            reasoning = pl.when(closed).then(inner).when(opened).then(unclosed).otherwise(reasoning)
            solution = pl.when(closed).then(after).when(opened).then(pl.lit("")).otherwise(solution)
        so, sc = (re.escape(t) for t in _SOLUTION_TAGS)
        solution = pl.coalesce(solution.str.extract(rf"(?s){so}(.*?)(?:{sc}|$)", 1), solution)
        out = batch
        if cfg.keep_raw:
            out = out.with_columns(pl.col(cfg.column).alias(f"{cfg.column}_raw"))
        out = out.with_columns(
            reasoning.str.strip_chars().alias("reasoning"), solution.str.strip_chars().alias("completion")
        )
        return out.with_columns(
            pl.when(pl.col("reasoning").is_null())
            .then(pl.lit("absent"))
            .otherwise(pl.lit("native"))
            .alias("reasoning_source")
        )
