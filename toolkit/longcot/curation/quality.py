"""`quality`: named checks on a distilled sample, a `quality_flags` column, and drops by flag.

Each check is a flag (stable snake_case: it is a funnel reason and a value in `quality_flags`):

================== ====================================================================================
flag               a sample is flagged when
================== ====================================================================================
truncated          `finish_reason` is `length` or the verdict is `truncated` (when those columns exist)
unfinished         it has reasoning but no final solution (a thought opened and never closed)
no_final_answer    :func:`longcot.verify.extract_answer` finds no final answer in the completion (after
                   `verify`, its `predicted_answer` is used: the same extraction, not run twice)
repetition         it loops: a run of words repeats `repetition_min_repeats` times in a row, covering at
                   least `repetition_min_words` words (word n-grams whose previous occurrence is the
                   same distance back, position after position)
language_drift     a stretch of `cjk_min_chars` Chinese/Japanese/Korean characters in a trace whose
                   problem has none (R1-style models drift into Chinese mid-thought)
malformed_think    think markup left in `reasoning` or `completion` (`<think>`, `</think>`, Sky-T1's
                   `<|begin_of_thought|>` ...): nested or repeated blocks, or a row not split yet
empty_reasoning    `reasoning` is null, blank or absent
refusal            the completion (or the start of the reasoning) refuses ("I can't help with that")
================== ====================================================================================

Every check runs on every row; `drop` says which flags drop a row (all by default), the others are only
recorded in `quality_flags` and counted as `flagged` in the funnel. The repetition check is vectorised
over the whole batch (polars words, numpy n-gram hashes), not a Python loop per row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from longcot.curation.common import require_from
from longcot.errors import ConfigError
from longcot.pipeline.base import Filter


FLAGS: tuple[str, ...] = (
    "truncated", "unfinished", "no_final_answer", "repetition", "language_drift", "malformed_think",
    "empty_reasoning", "refusal",
)  # fmt: skip

DEFAULT_REFUSALS: tuple[str, ...] = (
    r"\bI(?:'m| am) (?:sorry|afraid)\b[^.\n]{0,60}\b(?:can(?:'|no)?t|cannot|unable|not able)\b",
    r"\bI (?:can(?:'|no)t|cannot|won't|will not|am unable to|am not able to) (?:help|assist|provide|answer|"
    r"solve|comply|do that|complete)",
    r"\bAs an AI(?: language model)?\b",
)

_THINK_TAGS = ("<think>", "</think>", "<|begin_of_thought|>", "<|end_of_thought|>")
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_CJK_GAP = r"\x{3000}-\x{303f}\x{ff00}-\x{ffef}\s"


@dataclass(frozen=True)
class QualityConfig:
    """Which quality checks drop a row, and their thresholds.

    Attributes:
        drop: Flags that drop a row (see :data:`FLAGS`). Defaults to all of them.
        checks: Flags to compute. Defaults to all of them.
        repetition_ngram: Words per n-gram when looking for loops. Defaults to 6.
        repetition_min_repeats: Copies in a row that make a loop. Defaults to 4.
        repetition_min_words: Fewest words a loop covers (all copies). Defaults to 60.
        cjk_min_chars: Length of a CJK stretch that is language drift. Defaults to 10.
        refusal_patterns: Regexes (case-insensitive) that mark a refusal. Defaults to a few English ones.
    """

    drop: tuple[str, ...] | None = None
    checks: tuple[str, ...] | None = None
    repetition_ngram: int = 6
    repetition_min_repeats: int = 4
    repetition_min_words: int = 60
    cjk_min_chars: int = 10
    refusal_patterns: tuple[str, ...] = DEFAULT_REFUSALS

    def __post_init__(self) -> None:
        for name in ("drop", "checks", "refusal_patterns"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, (value,))
            elif value is not None:
                object.__setattr__(self, name, tuple(value))
        for name in ("drop", "checks"):
            unknown = sorted(set(getattr(self, name) or ()) - set(FLAGS))
            if unknown:
                raise ConfigError(
                    f"step 'quality': unknown flag {unknown[0]!r} in {name}; flags are: {', '.join(FLAGS)}"
                )
        if self.repetition_ngram < 1 or self.repetition_min_repeats < 2 or self.repetition_min_words < 1:
            raise ConfigError(
                "step 'quality': need repetition_ngram >= 1, repetition_min_repeats >= 2, min_words >= 1"
            )
        if self.cjk_min_chars < 1:
            raise ConfigError(f"step 'quality': cjk_min_chars must be >= 1, got {self.cjk_min_chars!r}")
        for pattern in self.refusal_patterns:
            try:
                pl.select(pl.lit("x").str.contains(f"(?i){pattern}"))
            except Exception as exc:  # polars raises ComputeError for a bad regex
                raise ConfigError(f"step 'quality': bad refusal pattern {pattern!r}: {exc}") from None


def _text(batch: pl.DataFrame, column: str) -> pl.Expr:
    if column not in batch.columns:
        return pl.lit(None, dtype=pl.String)
    return pl.col(column).cast(pl.String)


def looping_rows(texts: pl.Series, *, ngram: int, min_repeats: int, min_words: int) -> np.ndarray:
    """Which texts hold a loop: a word sequence repeated `min_repeats` times in a row over `min_words` words.

    For every word n-gram, the distance back to its previous occurrence in the same text; a loop of period
    `d` is a run of consecutive positions whose distance is `d`. All texts of the batch at once.

    Example:
        >>> looping_rows(pl.Series(["a b c d " * 20, "one two three four five six seven"]),
        ...              ngram=2, min_repeats=4, min_words=20).tolist()
        [True, False]
    """
    n_rows = texts.len()
    words = pl.DataFrame({"t": texts.cast(pl.String).fill_null("")}).select(
        pl.col("t").str.extract_all(r"\S+").alias("w")
    )
    flat = words.with_row_index("row").explode("w").drop_nulls("w")
    if flat.height < ngram:
        return np.zeros(n_rows, dtype=bool)
    row = flat["row"].to_numpy().astype(np.int64)
    h = flat["w"].hash(seed=17).to_numpy()
    n = h.shape[0] - ngram + 1
    # n-gram hash: words times distinct odd constants, wrapping in uint64 (order-sensitive).
    g = np.zeros(n, dtype=np.uint64)
    for k in range(ngram):
        g += h[k : k + n] * np.uint64(((0x9E3779B97F4A7C15 + 2 * k * 0x632BE59BD9B4E019) | 1) & 0xFFFFFFFFFFFFFFFF)
    valid = row[:n] == row[ngram - 1 : ngram - 1 + n]  # the n-gram does not cross into the next text
    # Sort key: the row in the high bits, the n-gram hash in the rest. The key array is then a run of
    # row blocks in order, which the stable sort (timsort) merges for free: it sorts ~1k n-grams per row,
    # not 13M at once (3x less CPU than sorting the bare hashes). Equal keys: the same row and hash.
    row_bits = max(1, (n_rows - 1).bit_length())
    g = (row[:n].astype(np.uint64) << np.uint64(64 - row_bits)) | (g >> np.uint64(row_bits))
    order = np.argsort(g, kind="stable")
    sorted_g, sorted_valid = g[order], valid[order]  # each gathered once (13M n-grams per 10k-row batch)
    same = (sorted_g[1:] == sorted_g[:-1]) & sorted_valid[1:] & sorted_valid[:-1]
    later, earlier = order[1:][same], order[:-1][same]
    dist = np.zeros(n, dtype=np.int64)
    dist[later] = later - earlier
    # Runs of positions with the same (non-zero) distance, within one text.
    cont = np.zeros(n, dtype=bool)
    cont[1:] = (dist[1:] == dist[:-1]) & (dist[1:] > 0) & (row[1:n] == row[: n - 1])
    start = (dist > 0) & ~cont
    run_id = np.cumsum(start) - 1
    in_run = dist > 0
    if not in_run.any():
        return np.zeros(n_rows, dtype=bool)
    ids = run_id[in_run]
    lengths = np.bincount(ids)
    period = dist[start]
    run_row = row[:n][start]
    covered = lengths + ngram - 1 + period  # words of all copies: the first one plus the repeated span
    copies = covered / period
    looping = (copies >= min_repeats) & (covered >= min_words)
    out = np.zeros(n_rows, dtype=bool)
    out[run_row[looping]] = True
    return out


class Quality(Filter):
    """Flag low-quality samples (`quality_flags`) and drop them by flag.

    Drop reasons: the flags in `drop` (first one in :data:`FLAGS` order); other flags are counted as flagged.

    Example:
        >>> rows = pl.DataFrame({"problem": ["1+1?"], "reasoning": ["one and one is two"],
        ...                      "completion": [r"So \\boxed{2}."]})
        >>> Quality()(rows)["quality_flags"].to_list()
        [[]]
    """

    name = "quality"
    Config = QualityConfig
    adds = ("quality_flags",)

    def flags(self, batch: pl.DataFrame) -> dict[str, pl.Series]:
        """One boolean Series per computed flag."""
        cfg: QualityConfig = self.config
        require_from(batch, ("problem", "completion"), step=self.name)
        checks = cfg.checks or FLAGS
        reasoning, completion, problem = _text(batch, "reasoning"), _text(batch, "completion"), _text(batch, "problem")
        has_reasoning = reasoning.fill_null("").str.strip_chars().str.len_chars() > 0
        has_completion = completion.fill_null("").str.strip_chars().str.len_chars() > 0
        exprs: dict[str, pl.Expr] = {}
        if "truncated" in checks:
            cut = pl.lit(False)
            if "finish_reason" in batch.columns:
                cut = cut | (pl.col("finish_reason") == "length").fill_null(False)
            if "verdict" in batch.columns:
                cut = cut | (pl.col("verdict") == "truncated").fill_null(False)
            exprs["truncated"] = cut
        if "unfinished" in checks:
            exprs["unfinished"] = has_reasoning & ~has_completion
        if "language_drift" in checks:
            n = cfg.cjk_min_chars
            stretch = f"[{_CJK}](?:[{_CJK_GAP}]{{0,2}}[{_CJK}]){{{n - 1}}}" if n > 1 else f"[{_CJK}]"
            trace = pl.concat_str([reasoning.fill_null(""), completion.fill_null("")], separator="\n")
            exprs["language_drift"] = ~problem.fill_null("").str.contains(f"[{_CJK}]") & trace.str.contains(stretch)
        if "malformed_think" in checks:
            tags = "|".join(t.replace("|", r"\|") for t in _THINK_TAGS)
            exprs["malformed_think"] = reasoning.fill_null("").str.contains(tags) | completion.fill_null(
                ""
            ).str.contains(tags)
        if "empty_reasoning" in checks:
            exprs["empty_reasoning"] = ~has_reasoning
        if "refusal" in checks and cfg.refusal_patterns:
            pattern = "(?i)(?:" + "|".join(cfg.refusal_patterns) + ")"
            head = pl.concat_str([completion.fill_null(""), reasoning.fill_null("").str.slice(0, 400)], separator="\n")
            exprs["refusal"] = head.str.contains(pattern)
        computed = batch.select(**{k: v.fill_null(False) for k, v in exprs.items()}) if exprs else pl.DataFrame()
        out: dict[str, pl.Series] = {}
        if "no_final_answer" in checks and "predicted_answer" in batch.columns:
            # `verify` ran: its extraction (the same function) is in the row already.
            answer = pl.col("predicted_answer").cast(pl.String).fill_null("").str.strip_chars()
            out["no_final_answer"] = batch.select(answer.str.len_chars() == 0).to_series()
        elif "no_final_answer" in checks:
            from longcot.verify import extract_answer

            texts = batch.select(completion.fill_null("").alias("c"))["c"].to_list()
            out["no_final_answer"] = pl.Series([not t.strip() or extract_answer(t) is None for t in texts])
        if "repetition" in checks:
            trace = batch.select(pl.concat_str([reasoning.fill_null(""), completion.fill_null("")], separator="\n"))
            out["repetition"] = pl.Series(
                looping_rows(
                    trace.to_series(),
                    ngram=cfg.repetition_ngram,
                    min_repeats=cfg.repetition_min_repeats,
                    min_words=cfg.repetition_min_words,
                )
            )
        for name in computed.columns:
            out[name] = computed[name]
        return {name: out[name].alias(name) for name in FLAGS if name in out}

    def rules(self) -> dict[str, pl.Expr]:
        drop = self.config.drop if self.config.drop is not None else FLAGS
        checks = self.config.checks or FLAGS
        return {name: pl.col("quality_flags").list.contains(name) for name in FLAGS if name in drop and name in checks}

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        if batch.height == 0:
            return batch.with_columns(pl.lit(None, dtype=pl.List(pl.String)).alias("quality_flags"))
        flags = self.flags(batch)
        listed = pl.concat_list([pl.when(s).then(pl.lit(name)) for name, s in flags.items()]).list.drop_nulls()
        marked = batch.with_columns(listed.alias("quality_flags") if flags else pl.lit([], dtype=pl.List(pl.String)))
        drop = set(self.config.drop if self.config.drop is not None else FLAGS)
        for name, series in flags.items():
            if name not in drop and series.any():
                self.stats.flagged[name] += int(series.sum())
        return super().process(marked)
