"""`VerifyAnswers`: the pipeline step (`type: verify`) that grades each row and keeps the verdicts asked for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from longcot import __version__
from longcot.errors import ConfigError
from longcot.pipeline.base import Filter
from longcot.records import VERDICTS
from longcot.verify.pool import VerifierPool, verify_batch


VERIFIER = f"longcot.verify@{__version__}"


@dataclass(frozen=True)
class VerifyAnswersConfig:
    """Options of the `verify` step.

    Attributes:
        keep: Verdicts whose rows stay; the others are dropped with the verdict as the drop reason
            (`incorrect`, `no_answer`, `truncated`, …). `"all"` only annotates. Defaults to `("correct",)`.
        timeout: Seconds allowed per row before it is `timeout`. Defaults to 5.0.
        workers: Worker processes per task; 0 checks in the task's own process. Defaults to the CPU count.
    """

    keep: tuple[str, ...] | str = ("correct",)
    timeout: float = 5.0
    workers: int | None = None

    def __post_init__(self) -> None:
        keep = self.keep
        if isinstance(keep, str) and keep != "all":
            keep = (keep,)
        if not isinstance(keep, str):
            keep = tuple(keep)
            unknown = [v for v in keep if v not in VERDICTS]
            if unknown:
                raise ConfigError(
                    f"keep has unknown verdict {unknown[0]!r}",
                    hint=f'use "all" or a list of: {", ".join(VERDICTS)}',
                )
        object.__setattr__(self, "keep", keep)
        if not (isinstance(self.timeout, (int, float)) and self.timeout > 0):
            raise ConfigError(f"timeout must be a positive number of seconds, got {self.timeout!r}")
        if self.workers is not None and (not isinstance(self.workers, int) or self.workers < 0):
            raise ConfigError(f"workers must be an integer >= 0, got {self.workers!r}")


class VerifyAnswers(Filter):
    """Grade `completion` against `gold_answer`; add `predicted_answer`, `verdict`, `verifier`; keep some verdicts.

    The worker pool opens in :meth:`setup` (processors are pickled to datatrove workers first) and
    works inside datatrove's daemonic worker processes.

    Args:
        config: The step options. Defaults to :class:`VerifyAnswersConfig()` (keep only `correct`).

    Example:
        >>> import polars as pl
        >>> step = VerifyAnswers(VerifyAnswersConfig(keep="all", workers=0))
        >>> out = step(pl.DataFrame({"gold_answer": ["4"], "completion": [r"so \\boxed{4}"]}))
        >>> out["verdict"].to_list()
        ['correct']
    """

    name = "verify"
    Config = VerifyAnswersConfig
    needs = ("gold_answer", "completion")
    adds = ("predicted_answer", "verdict", "verifier")

    def __init__(self, config: VerifyAnswersConfig | None = None) -> None:
        super().__init__(config)
        self._pool: VerifierPool | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_pool"] = None  # processes do not travel; setup() opens a pool where the step runs
        return state

    def setup(self) -> None:
        """Start the worker processes (none when `workers` is 0)."""
        if self.config.workers != 0 and self._pool is None:
            self._pool = VerifierPool(self.config.workers, timeout=self.config.timeout)
            self._pool.start()

    def teardown(self) -> None:
        """Kill the worker processes."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def rules(self) -> dict[str, pl.Expr]:
        """Drop every verdict not in `keep`, with the verdict as the reason."""
        if self.config.keep == "all":
            return {}
        return {verdict: pl.col("verdict") == verdict for verdict in VERDICTS if verdict not in self.config.keep}

    def annotate(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Add the verification columns to every row, dropping nothing.

        Args:
            batch: Rows with `gold_answer` and `completion`.

        Returns:
            The batch with `predicted_answer`, `verdict` and `verifier` added (replaced if present).
        """
        golds = [g if g is not None else "" for g in batch["gold_answer"].cast(pl.String).to_list()]
        responses = [c if c is not None else "" for c in batch["completion"].cast(pl.String).to_list()]
        if self.config.workers != 0 and self._pool is None and batch.height:
            self.setup()
        if self._pool is not None:
            verdicts = self._pool.verify(golds, responses)
        else:
            verdicts = verify_batch(golds, responses, workers=0, timeout=self.config.timeout)
        return batch.with_columns(
            pl.Series("predicted_answer", [v.predicted for v in verdicts], dtype=pl.String),
            pl.Series("verdict", [v.status.value for v in verdicts], dtype=pl.String),
            pl.lit(VERIFIER, dtype=pl.String).alias("verifier"),
        )

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Annotate the batch, then drop the verdicts not kept (counted in the funnel)."""
        return super().process(self.annotate(batch))
