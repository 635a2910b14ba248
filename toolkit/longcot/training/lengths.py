"""Token lengths of training conversations, and what happens to the ones longer than `max_length`.

TRL's `SFTConfig.max_length` defaults to 1024 and cuts every longer sequence silently; a long chain
of thought cut at 1024 tokens teaches the student to stop mid-thought. longcot measures every sample
under the training chat template first, and a sample longer than `max_length` is never truncated:
with policy `drop` it is left out and counted in the run manifest (with its id); with `fail` the run
stops before training and names it.

Example:
    >>> choose_max_length(cap=32768, longest=9000)
    9216
    >>> choose_max_length(cap=8192, longest=9000)
    8192
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import polars as pl

from longcot.errors import ConfigError


OVERLONG_POLICIES = ("drop", "fail")


class OverlongError(ConfigError):
    """Samples are longer than `max_length` and the policy is `fail`."""


def conversation_lengths(
    tokenizer: Any,
    conversations: Sequence[list[dict[str, str]]],
    *,
    chat_template: str | None = None,
    batch: int = 256,
) -> list[int]:
    """Tokens of each conversation as the trainer will see it (`apply_chat_template`, tokenized).

    Args:
        tokenizer: The student's tokenizer.
        conversations: Lists of `{role, content}` turns.
        chat_template: The training template; defaults to the tokenizer's.
        batch: Conversations per call.

    Returns:
        One length per conversation.
    """
    lengths: list[int] = []
    for start in range(0, len(conversations), batch):
        chunk = [list(c) for c in conversations[start : start + batch]]
        ids = tokenizer.apply_chat_template(chunk, chat_template=chat_template, tokenize=True, return_dict=True)
        lengths.extend(len(x) for x in ids["input_ids"])
    return lengths


def choose_max_length(cap: int, longest: int, multiple: int = 1024) -> int:
    """The sequence length to train at: the longest sample rounded up to `multiple`, never above `cap`."""
    if cap < 1 or longest < 0:
        raise ConfigError(f"need cap >= 1 and longest >= 0, got cap={cap}, longest={longest}")
    return min(cap, -(-max(longest, 1) // multiple) * multiple)


@dataclass(frozen=True)
class LengthReport:
    """What the length check found; written into the run manifest as is.

    Attributes:
        max_length: The sequence length trained at.
        policy: `drop` or `fail`.
        samples: Samples measured.
        kept: Samples kept.
        dropped_overlong: Samples longer than `max_length` (left out under `drop`).
        dropped_ids: Ids of the first 100 of them.
        longest: Longest sample, in tokens.
        p50, p95, p99: Length quantiles, in tokens.
        manifest_longest: The release manifest's longest sample (`token_stats`), for comparison.
    """

    max_length: int
    policy: str
    samples: int
    kept: int
    dropped_overlong: int
    dropped_ids: list[str]
    longest: int
    p50: float
    p95: float
    p99: float
    manifest_longest: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def apply_length_policy(
    frame: pl.DataFrame,
    lengths: Sequence[int],
    *,
    max_length: int,
    policy: str,
    id_column: str = "problem_id",
    manifest_longest: int | None = None,
) -> tuple[pl.DataFrame, LengthReport]:
    """Leave out (`drop`) or refuse (`fail`) the samples longer than `max_length`; never truncate one.

    Args:
        frame: The training rows.
        lengths: Token length of each row.
        max_length: The longest sequence allowed.
        policy: `drop` (count them in the report) or `fail` (raise).
        id_column: Column that names a row in the report.
        manifest_longest: The release's own longest-sample figure, recorded beside the measured one.

    Returns:
        The kept rows (with a `num_tokens` column) and the :class:`LengthReport`.

    Raises:
        OverlongError: `policy` is `fail` and a sample is too long.
    """
    if policy not in OVERLONG_POLICIES:
        raise ConfigError(f"overlong policy must be one of {OVERLONG_POLICIES}, got {policy!r}")
    if len(lengths) != frame.height:
        raise ConfigError(f"got {len(lengths)} lengths for {frame.height} rows")
    if frame.height == 0:
        raise ConfigError("the release split has no rows to train on")
    marked = frame.with_columns(pl.Series("num_tokens", list(lengths), dtype=pl.Int64))
    over = marked.filter(pl.col("num_tokens") > max_length)
    ids = [str(x) for x in over[id_column].head(100).to_list()] if id_column in over.columns else []
    if over.height and policy == "fail":
        raise OverlongError(
            f"{over.height} of {frame.height} samples are longer than max_length={max_length} tokens "
            f"(longest {over['num_tokens'].max()}, e.g. {id_column}={ids[0]!r})",
            hint="raise max_length (the model's context allows it?), filter the release with the `student_length` "
            "step, or set overlong: drop to leave them out (counted in the run manifest)",
        )
    arr = np.asarray(lengths, dtype=np.float64)
    report = LengthReport(
        max_length=max_length,
        policy=policy,
        samples=frame.height,
        kept=frame.height - over.height,
        dropped_overlong=over.height,
        dropped_ids=ids,
        longest=int(arr.max()),
        p50=float(np.quantile(arr, 0.5)),
        p95=float(np.quantile(arr, 0.95)),
        p99=float(np.quantile(arr, 0.99)),
        manifest_longest=manifest_longest,
    )
    kept = marked.filter(pl.col("num_tokens") <= max_length)
    if kept.height == 0:
        raise OverlongError(
            f"every sample is longer than max_length={max_length} (shortest {int(arr.min())} tokens)",
            hint="raise max_length",
        )
    return kept, report
