"""`difficulty`: per-problem pass rate over every judged sample of the run, and a band to keep.

The pass rate of a problem is `correct / judged` over all of its samples wherever they are: every
teacher's, across every datatrove task (a global step: collect counts per task, sum them once, join
back). Judged verdicts are `correct`, `incorrect`, `no_answer` and `truncated`; `gold_unparseable` and
`timeout` say nothing about the problem and are not counted.

Instead of the teachers' verdicts, the pass rates can come from a file: the student's own, written by
the eval recipe (`recipes/eval.py --student-pass-rate OUT`). That file is the **pass-rates format**,
also written by this step next to its decision (`global/NN-difficulty/pass_rates.parquet`):

========== ======= ==========================================================
column     type    meaning
========== ======= ==========================================================
problem_id string  the problem (the rows' `problem_id`); unique
pass_rate  float   `correct / n`, in [0, 1]
n          int     samples judged (>= 1)
correct    int     samples judged correct (0 <= correct <= n)
========== ======= ==========================================================

JSONL (one object per line) or Parquet; other columns (`model`, `benchmark`, ...) are allowed and
ignored. Write it with :func:`write_pass_rates`, read and check it with :func:`read_pass_rates`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from longcot.curation.common import problem_key, require_from
from longcot.errors import ConfigError, InputError
from longcot.io import write_parquet
from longcot.pipeline.stages import GlobalProcessor


#: Verdicts that judge the sample (and so the problem); the others are not counted.
JUDGED = ("correct", "incorrect", "no_answer", "truncated")
PASS_RATE_COLUMNS = ("problem_id", "pass_rate", "n", "correct")


def pass_rates_from_verdicts(frame: pl.DataFrame, *, key: pl.Expr | None = None) -> pl.DataFrame:
    """Pass rates in the pass-rates format from rows with `problem_id` (or `problem`) and `verdict`.

    Example:
        >>> rows = pl.DataFrame({"problem_id": ["a", "a", "b"], "verdict": ["correct", "incorrect", "timeout"]})
        >>> pass_rates_from_verdicts(rows).sort("problem_id").rows()
        [('a', 0.5, 2, 1), ('b', None, 0, 0)]
    """
    require_from(frame, ("verdict",), step="difficulty")
    key = problem_key(frame) if key is None else key
    counts = frame.group_by(key.alias("problem_id")).agg(
        pl.col("verdict").is_in(JUDGED).sum().cast(pl.Int64).alias("n"),
        (pl.col("verdict") == "correct").sum().cast(pl.Int64).alias("correct"),
    )
    return _with_rate(counts)


def _with_rate(counts: pl.DataFrame) -> pl.DataFrame:
    rate = pl.when(pl.col("n") > 0).then(pl.col("correct") / pl.col("n")).otherwise(None)
    return counts.select("problem_id", rate.alias("pass_rate"), "n", "correct")


def write_pass_rates(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write pass rates (`problem_id`, `pass_rate`, `n`, `correct`, optional extras) as `.parquet` or `.jsonl`.

    Raises:
        ConfigError: A column is missing or the path has another suffix.
    """
    missing = [c for c in PASS_RATE_COLUMNS if c not in frame.columns]
    if missing:
        raise ConfigError(f"pass rates need columns {', '.join(PASS_RATE_COLUMNS)}; missing {', '.join(missing)}")
    path = Path(path)
    ordered = frame.select(*PASS_RATE_COLUMNS, *[c for c in frame.columns if c not in PASS_RATE_COLUMNS])
    if path.suffix == ".parquet":
        return write_parquet(ordered, path)
    if path.suffix in (".jsonl", ".ndjson"):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        ordered.write_ndjson(tmp)
        tmp.replace(path)
        return path
    raise ConfigError(f"pass rates go to a .parquet or .jsonl file, got {str(path)!r}")


def read_pass_rates(path: str | Path) -> pl.DataFrame:
    """Read and check a pass-rates file (JSONL or Parquet).

    Raises:
        InputError: The file is missing, unreadable, lacks a column, repeats a `problem_id`, or holds a
            rate outside [0, 1] or one that disagrees with `correct / n`; the message names the file and
            the first offending line.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(
            f"pass rates file {str(path)!r} not found",
            hint="write it with `python recipes/eval.py ... --student-pass-rate OUT`, or drop `pass_rates:`",
        )
    try:
        frame = pl.read_parquet(path) if path.suffix == ".parquet" else pl.read_ndjson(path, infer_schema_length=None)
    except Exception as exc:  # polars raises ComputeError, SchemaError, OSError ...
        raise InputError(f"cannot read pass rates file {str(path)!r}: {exc}") from None
    missing = [c for c in PASS_RATE_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(
            f"pass rates file {str(path)!r} has no column {missing[0]!r}; columns are: {', '.join(frame.columns)}",
            hint="each line needs problem_id, pass_rate, n, correct (see longcot.curation.difficulty)",
        )
    frame = frame.with_row_index("_line", offset=1).with_columns(
        pl.col("problem_id").cast(pl.String),
        pl.col("pass_rate").cast(pl.Float64, strict=False),
        pl.col("n").cast(pl.Int64, strict=False),
        pl.col("correct").cast(pl.Int64, strict=False),
    )
    checks = {
        "a null value": pl.any_horizontal(pl.col(*PASS_RATE_COLUMNS).is_null()),
        "pass_rate outside [0, 1]": (pl.col("pass_rate") < 0) | (pl.col("pass_rate") > 1),
        "n < 1 or correct outside [0, n]": (pl.col("n") < 1)
        | (pl.col("correct") < 0)
        | (pl.col("correct") > pl.col("n")),
        "pass_rate != correct / n": (pl.col("pass_rate") - pl.col("correct") / pl.col("n")).abs() > 1e-6,
        "a repeated problem_id": pl.col("problem_id").is_duplicated(),
    }
    for what, bad in checks.items():
        rows = frame.filter(bad.fill_null(True))
        if rows.height:
            first = rows.row(0, named=True)
            raise InputError(
                f"{path}:{first['_line']}: {what} (problem_id={first['problem_id']!r}); {rows.height} such line(s)"
            )
    return frame.select(*PASS_RATE_COLUMNS)


@dataclass(frozen=True)
class DifficultyConfig:
    """Keep problems whose pass rate is in a band.

    Attributes:
        min: Lowest pass rate kept (inclusive). Defaults to 0.0.
        max: Highest pass rate kept (inclusive). Defaults to 1.0.
        drop_unsolved: Drop problems no judged sample solves (pass rate 0). Defaults to False.
        drop_solved: Drop problems every judged sample solves (pass rate 1). Defaults to False.
        min_samples: Fewest judged samples for a pass rate to count; problems with fewer are `unjudged`.
            Defaults to 1.
        keep_unjudged: Keep problems without a pass rate (no judged sample, or absent from the pass-rates
            file) instead of dropping them as `unjudged`. Defaults to False.
        pass_rates: A pass-rates file (the student's, from the eval recipe) to use instead of the rows'
            verdicts; joined on `problem_id`. Defaults to none.
        group_by: What a problem is: `auto` (`problem_id`, else the normalised text), `problem_id` or
            `problem`. Defaults to `auto`.
    """

    min: float = 0.0
    max: float = 1.0
    drop_unsolved: bool = False
    drop_solved: bool = False
    min_samples: int = 1
    keep_unjudged: bool = False
    pass_rates: str | None = None
    group_by: str = "auto"

    def __post_init__(self) -> None:
        if not 0.0 <= self.min <= self.max <= 1.0:
            raise ConfigError(f"step 'difficulty': need 0 <= min <= max <= 1, got min={self.min!r}, max={self.max!r}")
        if self.min_samples < 1:
            raise ConfigError(f"step 'difficulty': min_samples must be >= 1, got {self.min_samples!r}")
        if self.group_by not in ("auto", "problem_id", "problem"):
            raise ConfigError(
                f"step 'difficulty': group_by must be auto, problem_id or problem, got {self.group_by!r}"
            )


class Difficulty(GlobalProcessor):
    """Write `pass_rate` (per problem, over all of its judged samples) and keep a band of it.

    Drop reasons: `unjudged`, `unsolved`, `solved_by_all`, `too_hard` (below `min`), `too_easy` (above `max`).
    With `pass_rates:` the rates come from that file and the step runs batch by batch.

    Example:
        >>> rows = pl.DataFrame({"problem_id": ["a", "a", "b", "b"],
        ...                      "verdict": ["correct", "correct", "correct", "incorrect"]})
        >>> Difficulty(DifficultyConfig(drop_solved=True))(rows)["pass_rate"].to_list()
        [0.5, 0.5]
    """

    name = "difficulty"
    Config = DifficultyConfig
    adds = ("pass_rate",)

    def is_global(self) -> bool:
        return self.config.pass_rates is None

    def setup(self) -> None:
        if self.config.pass_rates is not None and getattr(self, "_file_rates", None) is None:
            self._file_rates = read_pass_rates(self.config.pass_rates)

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_file_rates": None}

    def _key(self, batch: pl.DataFrame) -> pl.Expr:
        return problem_key(batch, self.config.group_by)

    def collect(self, batch: pl.DataFrame) -> pl.DataFrame:
        require_from(batch, ("verdict",), step=self.name)
        return batch.group_by(self._key(batch).alias("problem_id")).agg(
            pl.col("verdict").is_in(JUDGED).sum().cast(pl.Int64).alias("n"),
            (pl.col("verdict") == "correct").sum().cast(pl.Int64).alias("correct"),
        )

    def reduce(self, parts: pl.DataFrame, *, out_dir: Path | None) -> pl.DataFrame:
        if parts.height == 0:
            rates = pl.DataFrame(schema={"problem_id": pl.String, "pass_rate": pl.Float64, "n": pl.Int64,
                                         "correct": pl.Int64})  # fmt: skip
        else:
            rates = _with_rate(parts.group_by("problem_id").agg(pl.col("n").sum(), pl.col("correct").sum()))
        if out_dir is not None:
            judged = rates.filter(pl.col("n") >= 1).sort("problem_id")
            write_pass_rates(judged, Path(out_dir) / "pass_rates.parquet")
        return rates

    def mark(self, batch: pl.DataFrame, decision: pl.DataFrame) -> pl.DataFrame:
        cfg: DifficultyConfig = self.config
        if cfg.pass_rates is not None:
            require_from(batch, {"problem_id": "the input block (`columns: {problem_id: <column>}`)"}, step=self.name)
            self.setup()
            decision = self._file_rates
            key = pl.col("problem_id").cast(pl.String)
        else:
            require_from(batch, ("verdict",), step=self.name)
            key = self._key(batch)
        table = decision.select(
            pl.col("problem_id").alias("_pr_key"),
            pl.when(pl.col("n") >= cfg.min_samples).then(pl.col("pass_rate")).alias("_pr_rate"),
        )
        joined = batch.with_columns(key.alias("_pr_key")).join(table, on="_pr_key", how="left", maintain_order="left")
        rate = pl.col("_pr_rate")
        rules: dict[str, pl.Expr] = {}
        if not cfg.keep_unjudged:
            rules["unjudged"] = rate.is_null()
        if cfg.drop_unsolved:
            rules["unsolved"] = rate == 0.0
        if cfg.drop_solved:
            rules["solved_by_all"] = rate == 1.0
        rules["too_hard"] = rate < cfg.min
        rules["too_easy"] = rate > cfg.max
        reason = pl.coalesce([pl.when(cond.fill_null(False)).then(pl.lit(name)) for name, cond in rules.items()])
        return joined.with_columns(rate.alias("pass_rate"), reason.alias("drop_reason")).drop("_pr_key", "_pr_rate")
