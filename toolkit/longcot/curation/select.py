"""`select` (with sample options): choose N samples s1-style, deterministically, over the whole run.

s1 (Muennighoff et al., 2025, "s1: Simple test-time scaling") built its 1k set by keeping only problems
strong models fail (difficulty), then drawing domains uniformly and, within a domain, favouring long
reasoning traces (diversity). This step does the same as one deterministic pass over every row:

1. eligible samples: `verdict == "correct"` (`correct_only`); the others are dropped as `not_correct`;
2. per problem at most `k` samples (the longest first with `prefer_long`, else in seeded random order);
   the rest are `per_problem_cap`;
3. problems are ranked inside each stratum (the values of the `balance` columns, e.g. `subject`):
   lowest `pass_rate` first (`prefer_hard`), then the longest trace (`prefer_long`), then a seeded hash;
4. strata take turns (round robin: every stratum's best problem, then every stratum's second, ...), so
   the selection is balanced until a stratum runs out; the first `n` samples in that order are kept,
   the others are `not_selected`.

The seeded order hashes the problem key and the sample's content (`sample_index`, `teacher`,
`completion`), never the row's position, so the same data and seed select the same samples however
the run is sharded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from longcot.curation.common import problem_key, require_from
from longcot.errors import ConfigError
from longcot.pipeline.stages import ROW_ID, GlobalProcessor


@dataclass(frozen=True)
class SampleSelectConfig:
    """How many samples to choose, and what to prefer.

    Attributes:
        n: Samples to keep in all. Defaults to no limit (only `k` per problem applies).
        k: Most samples kept per problem. Defaults to 1.
        balance: Columns whose values are balanced (round robin), e.g. `[subject]` or `[subject, source]`;
            `auto` is `subject` if the rows have it, else `source`, else none; `[]` turns balancing off.
            Defaults to `auto`.
        prefer_hard: Rank problems by ascending `pass_rate` (run `difficulty` first). Defaults to True.
        prefer_long: Prefer longer traces (`student_tokens`, else `completion_tokens`, else characters of
            reasoning + completion), within a problem and as the next tie-break between problems.
            Defaults to False.
        correct_only: Only samples whose `verdict` is `correct` can be chosen. Defaults to True.
        seed: Seed of the tie-breaking order. Defaults to 0.
        group_by: What a problem is: `auto` (`problem_id`, else the normalised text), `problem_id` or
            `problem`. Defaults to `auto`.
    """

    n: int | None = None
    k: int = 1
    balance: str | tuple[str, ...] = "auto"
    prefer_hard: bool = True
    prefer_long: bool = False
    correct_only: bool = True
    seed: int = 0
    group_by: str = "auto"

    def __post_init__(self) -> None:
        if isinstance(self.balance, list):
            object.__setattr__(self, "balance", tuple(self.balance))
        if isinstance(self.balance, str) and self.balance != "auto":
            object.__setattr__(self, "balance", (self.balance,))
        if self.n is not None and (not isinstance(self.n, int) or self.n < 1):
            raise ConfigError(f"step 'select': n must be a positive integer, got {self.n!r}")
        if not isinstance(self.k, int) or self.k < 1:
            raise ConfigError(f"step 'select': k must be a positive integer, got {self.k!r}")
        if self.group_by not in ("auto", "problem_id", "problem"):
            raise ConfigError(f"step 'select': group_by must be auto, problem_id or problem, got {self.group_by!r}")


def _length_expr(batch: pl.DataFrame) -> pl.Expr:
    for column in ("student_tokens", "completion_tokens"):
        if column in batch.columns:
            return pl.col(column).cast(pl.Int64).fill_null(0)
    chars = [
        pl.col(c).cast(pl.String).fill_null("").str.len_chars()
        for c in ("reasoning", "completion")
        if c in batch.columns
    ]
    return pl.sum_horizontal(chars).cast(pl.Int64) if chars else pl.lit(0, dtype=pl.Int64)


class SampleSelect(GlobalProcessor):
    """Choose at most `k` correct samples per problem and `n` in all: balanced, hard first, seeded.

    Drop reasons: `not_correct`, `per_problem_cap`, `not_selected`.

    Example:
        >>> rows = pl.DataFrame({"problem_id": ["a", "a", "b", "c"], "subject": ["x", "x", "x", "y"],
        ...                      "verdict": ["correct"] * 4, "pass_rate": [0.5, 0.5, 0.1, 0.9]})
        >>> SampleSelect(SampleSelectConfig(n=2))(rows)["problem_id"].to_list()
        ['b', 'c']
    """

    name = "select"
    Config = SampleSelectConfig

    def balance_columns(self, batch: pl.DataFrame) -> tuple[str, ...]:
        """The columns balanced over, for this data."""
        balance = self.config.balance
        if balance == "auto":
            return next(((c,) for c in ("subject", "source") if c in batch.columns), ())
        require_from(batch, {c: "the input block" for c in balance}, step="select")
        return tuple(balance)

    def collect(self, batch: pl.DataFrame) -> pl.DataFrame:
        cfg: SampleSelectConfig = self.config
        if cfg.correct_only:
            require_from(batch, ("verdict",), step="select")
        if cfg.prefer_hard:
            require_from(batch, {"pass_rate": "difficulty"}, step="select")
        key = problem_key(batch, cfg.group_by)
        balance = self.balance_columns(batch)
        stratum = (
            pl.concat_str([pl.col(c).cast(pl.String).fill_null("") for c in balance], separator="\x1f")
            if balance
            else pl.lit("")
        )
        content = [key] + [
            pl.col(c).cast(pl.String) for c in ("sample_index", "teacher", "completion") if c in batch.columns
        ]
        return batch.select(
            pl.col(ROW_ID),
            key.alias("key"),
            stratum.alias("stratum"),
            ((pl.col("verdict") == "correct").fill_null(False) if cfg.correct_only else pl.lit(True)).alias("ok"),
            (pl.col("pass_rate").cast(pl.Float64) if cfg.prefer_hard else pl.lit(None, dtype=pl.Float64)).alias(
                "rate"
            ),
            _length_expr(batch).alias("length"),
            pl.concat_str([c.fill_null("\x00") for c in content], separator="\x1f").hash(seed=cfg.seed).alias("tie"),
        )

    def reduce(self, parts: pl.DataFrame, *, out_dir: Path | None) -> pl.DataFrame:
        cfg: SampleSelectConfig = self.config
        if parts.height == 0:
            return pl.DataFrame(schema={ROW_ID: pl.UInt64, "drop_reason": pl.String})
        sample_order = ["length", "tie"] if cfg.prefer_long else ["tie"]
        eligible = parts.filter("ok").sort(
            ["key", *sample_order], descending=[False, *([True] if cfg.prefer_long else []), False]
        )
        eligible = eligible.with_columns(pl.int_range(pl.len()).over("key").alias("within"))
        capped = eligible.filter(pl.col("within") < cfg.k)
        problems = capped.group_by("key").agg(
            pl.col("stratum").first(),
            pl.col("rate").min(),
            pl.col("length").max(),
            pl.col("key").first().hash(seed=cfg.seed).alias("tie"),
        )
        order: list[str] = []
        descending: list[bool] = []
        if cfg.prefer_hard:
            order, descending = ["rate"], [False]
        if cfg.prefer_long:
            order, descending = [*order, "length"], [*descending, True]
        problems = problems.sort(["stratum", *order, "tie"], descending=[False, *descending, False], nulls_last=True)
        problems = problems.with_columns(
            pl.int_range(pl.len()).over("stratum").alias("round"),
            pl.col("stratum").hash(seed=cfg.seed).rank("dense").alias("turn"),
        )
        chosen = capped.join(problems.select("key", "round", "turn"), on="key").sort(
            ["round", "turn", "key", "within"]
        )
        if cfg.n is not None:
            chosen = chosen.head(cfg.n)
        kept = chosen.select(ROW_ID)
        reason = (
            pl.when(~pl.col("ok"))
            .then(pl.lit("not_correct"))
            .when(~pl.col(ROW_ID).is_in(capped[ROW_ID].implode()))
            .then(pl.lit("per_problem_cap"))
            .when(~pl.col(ROW_ID).is_in(kept[ROW_ID].implode()))
            .then(pl.lit("not_selected"))
        )
        return parts.select(pl.col(ROW_ID), reason.alias("drop_reason"))

    def mark(self, batch: pl.DataFrame, decision: pl.DataFrame) -> pl.DataFrame:
        return batch.drop("drop_reason", strict=False).join(decision, on=ROW_ID, how="left", maintain_order="left")
