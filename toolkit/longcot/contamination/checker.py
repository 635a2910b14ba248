"""The checker: candidates from an inverted index, several signals per candidate, calibrated rules.

Candidates come cheaply: the rare words of every item (one set intersection per text), then the
item's weighted word n-grams (every third n-gram of a long text first) and, for paraphrases, the
window of a long text where an item's rare words cluster. Each candidate then gets its signals, and
a text matches an item when one of these rules fires (strongest first):

- `exact`: the item's normal form is contained in the text's (formatting, case, LaTeX and spacing do
  not matter), or the whole text is a piece of the item holding `truncated` of it (a truncated copy);
  items shorter than `min_item_tokens` only match a text equal to them, or containing them when their
  numbers single them out.
- `ngram`: the weighted share of the item's n-grams found in the text (boilerplate weighs 0), or the
  longest matched run, reaches its threshold, and the text keeps the item's numbers.
- `fuzzy`: rapidfuzz alignment of the item inside the window where it was found reaches `fuzzy` with
  the numbers kept; or, for a paraphrase, a looser alignment plus the item's rare words and every one
  of its numbers (a renumbered problem is another problem); or, for a restatement (a text about as long
  as the item, with every number of the item and few others), mostly the item's words in any order
  (idf-weighted word Dice), however weak its numbers are as evidence.
- `embedding` (the `embeddings` extra, opt-in): for a text window with a candidate's numbers and rare words, a
  static first pass (wordpiece vectors distilled from the model, fitted to it), then the cosine of
  all-MiniLM-L6-v2 embeddings.

Thresholds were calibrated on the labelled set of :mod:`longcot.contamination.labelled` (see
`bench/contamination_bench.py`); every decision carries its evidence and all its signals.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from longcot.contamination.boilerplate import boilerplate
from longcot.contamination.candidates import STRIDE, STRIDE_FROM, WORD_WINDOW, CandidateStage
from longcot.contamination.index import BenchmarkIndex, IndexedItem
from longcot.contamination.normalize import BatchTokens, batch_tokens, tokenize
from longcot.contamination.paraphrase import EmbeddingStage
from longcot.contamination.registry import Benchmark, BenchmarkItem
from longcot.contamination.report import METHODS, FlaggedRow, Match, Report, merge_matches
from longcot.contamination.rules import RuleStage
from longcot.contamination.scan import BatchScan, IndexArrays, Scanned, scan_batch
from longcot.errors import ConfigError


#: Thresholds that are shares (0..1); `paraphrase` (a sum of two shares) and `paraphrase_numbers` are not.
_SHARES = (
    "ngram", "ngram_sure", "span", "fuzzy", "embedding", "embedding_static", "embedding_static_fitted",
    "embedding_plain", "embedding_words",
    "embedding_words_long", "embedding_words_paragraph", "embedding_sure",
    "numbers",
    "candidate", "prefilter", "words", "fuzzy_paraphrase", "words_paraphrase", "truncated", "short_words",
    "number_precision", "restatement", "restatement_numbers", "restatement_formulas",
)  # fmt: skip


#: The lexical signals: always available.
LEXICAL_METHODS: tuple[str, ...] = ("exact", "ngram", "fuzzy")


#: Whether the embedding signal is on by default with the `embeddings` extra installed: yes since its windows run
#: on the process's CPUs (one window per thread) and long rows' windows are screened by one matrix product: on
#: the labelled set 1,322 rows/s wall on an idle 2-core machine (issue 12's bar: 1,000), heavy paraphrases
#: 77.6%, real chains of thought 93.3%, no false positive on any negative kind; 4k-character chains of thought
#: against every AIME year are slower (see README, *Contamination check*). `LONGCOT_EMBEDDINGS=off` (or
#: `--methods exact,ngram,fuzzy`) keeps the check lexical.
EMBEDDING_BY_DEFAULT = True


_OFF = frozenset({"0", "off", "false", "no"})


def default_methods() -> tuple[str, ...]:
    """The lexical signals, and `embedding` too with the `embeddings` extra (:data:`EMBEDDING_BY_DEFAULT`).

    `LONGCOT_EMBEDDINGS=on` (or `1`) turns it on by default, `off` (or `0`) keeps it off whatever
    :data:`EMBEDDING_BY_DEFAULT` says; `methods=` and `--methods` choose explicitly either way.
    :func:`embedding_status` says which applied, in words.
    """
    from longcot.contamination import embeddings

    env = os.environ.get("LONGCOT_EMBEDDINGS", "").strip().lower()
    wanted = env in {"1", "on", "true", "yes"} or (EMBEDDING_BY_DEFAULT and env not in _OFF)
    return (*LEXICAL_METHODS, "embedding") if wanted and embeddings.available() else LEXICAL_METHODS


def embedding_status(methods: Sequence[str]) -> str:
    """One line for the output: whether the embedding signal was on, and if not, why and how to turn it on."""
    from longcot.contamination import embeddings

    if "embedding" in methods:
        return "on (static first pass, then all-MiniLM-L6-v2)"
    if not embeddings.available():
        return "off: lexical only, the `embeddings` extra is not installed (pip install 'longcot[embeddings]')"
    if os.environ.get("LONGCOT_EMBEDDINGS", "").strip().lower() in _OFF:
        return "off: lexical only (LONGCOT_EMBEDDINGS=off; unset it to turn it on)"
    return "off: lexical only (--methods exact,ngram,fuzzy,embedding or LONGCOT_EMBEDDINGS=on turns it on)"


@dataclass(frozen=True)
class CheckConfig:
    """Knobs of the checker; the defaults are the calibrated ones.

    Attributes:
        methods: Signals to use, any of exact | ngram | fuzzy | embedding; default: all four with the
            `embeddings` extra installed, the lexical ones without it or with `LONGCOT_EMBEDDINGS=off` (see
            :func:`default_methods`).
        n: Word n-gram order of the index.
        ngram: Minimum weighted n-gram coverage of the item.
        ngram_sure: Below this coverage (and longest run) an n-gram match also needs every number of
            the item (with `paraphrase_numbers` of evidence): a partial copy of a template is not a copy.
        span: Minimum weighted longest matched run (share of the item); catches truncated copies.
        fuzzy: Minimum fuzzy alignment score (0..1).
        embedding: Minimum cosine similarity of a row window and the item (which must keep `numbers` of
            the item's numbers).
        embedding_static: Minimum cosine of the static first pass with distilled wordpiece vectors (see
            :class:`~longcot.contamination.embeddings.StaticVectors`; a model other than the bundled one)
            for a window and an item to be compared by the model at all.
        embedding_static_fitted: The same floor when the static vectors are fitted to the model (the bundled
            all-MiniLM-L6-v2, the default): the fitted cosine ranks pairs much as the model does, on another
            scale. On the labelled set the lowest fitted cosine of a pair the model finds is 0.591 (the next
            0.619); 0.55 leaves a margin for paraphrases worded further from the item than any there, at
            the cost of 45 negative pairs to the model instead of 23 (177 with the distilled pass at 0.93).
        embedding_plain: Minimum cosine for an item without a distinctive number (only 0-12, 100, 1000...):
            keeping its numbers says little, and same-setup siblings (MATH problems on one template) embed
            close to each other.
        embedding_tokens: Items shorter than this (tokens) take part in the embedding signal only with
            `paraphrase_tokens` tokens and a distinctive number, or with every number and a cosine of
            `embedding_sure`: short problems are mostly template, and templates embed close to each other.
        embedding_sure: Cosine at which a short item matches with all its numbers kept.
        embedding_words: Minimum share of an item's rare words in a text for the text to be embedded
            and compared with the item (with the item's numbers kept).
        embedding_words_long: The same for a window of a text longer than a window (120 tokens), which must
            also keep every number of the item: in a chain of thought words and numbers recur by chance.
        embedding_words_paragraph: The same for a paragraph (up to a window long) of a longer text, which
            must also keep every number of the item: a restated problem is mostly a paragraph of its own.
        numbers: Minimum share of the item's numeric constants kept by the row (ngram, fuzzy, embedding).
        candidate: Minimum weighted n-gram coverage for an item to become a candidate.
        prefilter: Minimum share of an item's rare words in the whole text for any further work.
        words: Minimum share of an item's rare words (idf-weighted) in a text window for the item to
            become a candidate of the fuzzy signal (paraphrases share words, not n-grams).
        fuzzy_paraphrase: Looser fuzzy threshold for a text that keeps every number of the item (with
            enough numeric evidence) and `words_paraphrase` of its rare words: a paraphrase.
        words_paraphrase: Share of rare words needed by that looser rule.
        paraphrase_numbers: Numeric evidence an item needs for the looser rule to apply to it (each
            distinctive number counts 1, each of 0-12, 100, 1000 counts 0.5).
        number_precision: Share of a text window's distinct numbers that must be the item's, where every
            number of the item is required (a text full of numbers holds any item's small ones).
        paraphrase: Minimum fuzzy score + rare-word share for the looser rule.
        restatement: Minimum idf-weighted word Dice (order-insensitive, both ways) of a text with the item
            for a restatement: a text about as long as the item (not inside a long text) that keeps every
            number of the item and adds few others (`restatement_numbers` number precision), in mostly
            its words, whatever their order and however weak its numbers are as evidence.
        restatement_numbers: Number precision a restatement or a truncated piece needs (its numbers are the
            item's).
        restatement_formulas: Share of the item's formulas (its `$...$` segments, by tokens) a restatement
            must hold verbatim (after normalisation); an item without formulas needs 40 tokens instead.
        paraphrase_tokens: Items shorter than this (tokens) never match by the looser rule nor by
            embedding, and match by `fuzzy` only with `short_words` of their rare words: short problems
            are mostly template.
        short_words: Rare-word share a short item needs for a fuzzy match.
        truncated: A text that is a piece of an item counts as a copy when it holds this share of the item.
        min_item_tokens: Items shorter than this only match a text equal to them, or (with two distinctive
            numbers or more) a text holding them whole.
        embedding_model: sentence-transformers model path or Hub id (None: bundled all-MiniLM-L6-v2).
        embedding_threads: Threads the model runs on (None: `$LONGCOT_EMBEDDING_THREADS`, else the CPUs this
            process may use, up to 8; a pipeline's `decontaminate` step sets its share of them per worker). The
            vectors, so the verdicts, do not depend on it.
    """

    methods: tuple[str, ...] = field(default_factory=default_methods)
    n: int = 5
    ngram: float = 0.5
    ngram_sure: float = 0.6
    span: float = 0.35
    fuzzy: float = 0.8
    embedding: float = 0.7
    embedding_static: float = 0.93
    embedding_static_fitted: float = 0.55
    embedding_plain: float = 0.74
    embedding_words: float = 0.2
    embedding_words_long: float = 0.55
    embedding_words_paragraph: float = 0.3
    embedding_tokens: int = 32
    embedding_sure: float = 0.85
    numbers: float = 0.75
    candidate: float = 0.08
    prefilter: float = 0.2
    words: float = 0.5
    fuzzy_paraphrase: float = 0.5
    words_paraphrase: float = 0.5
    paraphrase_numbers: float = 1.5
    number_precision: float = 0.5
    paraphrase: float = 1.3
    restatement: float = 0.4
    restatement_numbers: float = 0.75
    restatement_formulas: float = 0.8
    paraphrase_tokens: int = 20
    short_words: float = 0.9
    truncated: float = 0.3
    min_item_tokens: int = 8
    embedding_model: str | None = None
    embedding_threads: int | None = None

    def __post_init__(self) -> None:
        unknown = [m for m in self.methods if m not in METHODS]
        if unknown or not self.methods:
            raise ConfigError(
                f"unknown method {unknown[0]!r}" if unknown else "no method given",
                hint=f"methods are: {', '.join(METHODS)}",
            )
        for name in _SHARES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"threshold {name} must be within [0, 1], got {value}")
        if self.n < 2:
            raise ConfigError(f"n must be at least 2, got {self.n}")
        if self.embedding_threads is not None and self.embedding_threads < 1:
            raise ConfigError(f"embedding_threads must be at least 1, got {self.embedding_threads}")

    def with_thresholds(self, thresholds: Mapping[str, float]) -> CheckConfig:
        """A copy with some thresholds replaced (`{"fuzzy": 0.9}`), as `--threshold fuzzy=0.9` does.

        Raises:
            ConfigError: A name is not a threshold.
        """
        names = {*_SHARES, "paraphrase", "paraphrase_numbers", "paraphrase_tokens", "embedding_tokens"}
        for key in thresholds:
            if key not in names:
                raise ConfigError(f"unknown threshold {key!r}", hint=f"thresholds are: {', '.join(sorted(names))}")
        return replace(self, **{k: int(v) if k.endswith("_tokens") else float(v) for k, v in thresholds.items()})

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for reports and manifests (less `embedding_threads`, which changes no verdict)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "embedding_threads"}


#: Batches at least this long are tokenised in one go (polars).
_BATCH_MIN = 64


class ContaminationChecker:
    """Checks texts against an index of benchmark items.

    Build it once (it indexes the benchmarks; with `embedding` it loads the model and embeds the
    items), then call :meth:`check_texts` or :meth:`check_frame` on batches.

    Args:
        benchmarks: Loaded benchmarks (see :func:`~longcot.contamination.registry.load_benchmarks`).
        config: Thresholds and methods.

    Example:
        >>> from longcot.contamination.registry import Benchmark, BenchmarkItem
        >>> problem = "Find the number of ordered pairs $(a,b)$ of integers with $a^2+b^2=2025$."
        >>> checker = ContaminationChecker([Benchmark("demo", (BenchmarkItem("demo", "d-1", problem),), "inline")])
        >>> row = "Q: find the number of ordered pairs (a, b) of integers with a^2 + b^2 = 2025"
        >>> [m.method for m in checker.check_text(row)]
        ['exact']
    """

    def __init__(self, benchmarks: Sequence[Benchmark], config: CheckConfig | None = None) -> None:
        self.config = config or CheckConfig()
        self.benchmarks = list(benchmarks)
        items: list[BenchmarkItem] = [it for b in self.benchmarks for it in b.items]
        self.index = BenchmarkIndex(items, n=self.config.n, boilerplate=boilerplate())
        self._arrays = IndexArrays(self.index)  # the same index as arrays, for whole batches
        self._candidates = CandidateStage(self.index, self.config)
        self._rules = RuleStage(self.index, self.config, self._candidates)
        self._embedding: EmbeddingStage | None = None
        if "embedding" in self.config.methods:
            self._embedding = EmbeddingStage(self.index, self.config)

    def check_text(self, text: str | None, column: str = "text") -> list[Match]:
        """Matches of one text against the index (exact, ngram and fuzzy signals).

        Args:
            text: The text (None or empty gives no match).
            column: Column name, for the evidence.

        Returns:
            The best match per benchmark item, strongest first.
        """
        return self._check(text, None, column)

    def _check(
        self,
        text: str | None,
        tokens: list[str] | None,
        column: str,
        scanned: Scanned | None = None,
    ) -> list[Match]:
        # `tokens`: those of `text` when already known (batch tokenisation), else None; `scanned`: what
        # the batch scan found in it.
        if not text:
            return []
        if tokens is None:
            tokens = tokenize(text)
        if not tokens:
            return []
        # An item in several benchmarks (a year and a user file) is indexed, and reported, under each of them.
        found = [m for _, _, m in self.evaluate(text, tokens, column, scanned) if m is not None]
        return merge_matches(found) if found else []

    def evaluate(
        self,
        text: str,
        tokens: list[str],
        column: str = "text",
        scanned: Scanned | None = None,
    ) -> list[tuple[IndexedItem, dict[str, Any], Match | None]]:
        """Every candidate of a text with all its signals, and the match the rules decide (or None).

        This is what the calibration looks at; :meth:`check_text` keeps only the matches.
        """
        return self._rules.evaluate(text, tokens, column, scanned)

    def candidates(self, tokens: list[str], scanned: Scanned | None = None) -> tuple:
        """The candidates of a tokenised text (see :meth:`.candidates.CandidateStage.candidates`)."""
        return self._candidates.candidates(tokens, scanned)

    # -- batches --------------------------------------------------------------------------------
    def check_texts(self, texts: Sequence[str | None], column: str = "text") -> list[list[Match]]:
        """Matches for each text of one column (all signals that are on, embeddings batched).

        Args:
            texts: One column of a batch.
            column: Its name, for the evidence.

        Returns:
            One list of matches per text.
        """
        # A whole batch is tokenised at once (polars, same tokens) and scanned as arrays: only the rows that
        # can match some item go on to the one-text path; texts the batch path cannot do go one by one.
        tokens: BatchTokens | None = None
        found: BatchScan | None = None
        if len(texts) >= _BATCH_MIN and all(t is None or isinstance(t, str) for t in texts):
            tokens = batch_tokens(texts)
            found = self.scan(tokens)
            results = [
                self._check(text, tokens.tokens(i), column, found.found(i)) if need else []
                for i, (text, need) in enumerate(zip(texts, found.need))
            ]
        else:
            results = [self._check(t, None, column) for t in texts]
        if self._embedding is not None:
            self._embedding.add_matches(texts, column, results, tokens, found)
        return results

    def scan(self, tokens: BatchTokens) -> BatchScan:
        """Which rows of a tokenised batch can match some item at all (numpy, the whole batch at once).

        Rows it lets through go on to the one-text path with what it found; the others cannot match.
        """
        cfg = self.config
        return scan_batch(
            self._arrays,
            tokens,
            prefilter=cfg.prefilter,
            candidate=cfg.candidate,
            words=cfg.words if "fuzzy" in cfg.methods else None,
            numbers=cfg.numbers,
            evidence=cfg.paraphrase_numbers,
            stride=STRIDE,
            stride_from=STRIDE_FROM,
            window=WORD_WINDOW if "fuzzy" in cfg.methods else None,
            precision=min(cfg.number_precision, cfg.restatement_numbers),
            embed=EmbeddingStage.scan_rule(cfg) if self._embedding is not None else None,
        )

    def check_columns(self, columns: Mapping[str, Sequence[str | None]], ids: Sequence[Any] | None = None,
                      offset: int = 0) -> list[FlaggedRow]:  # fmt: skip
        """Check several text columns of the same rows; one :class:`FlaggedRow` per row with a match.

        Args:
            columns: `{column name: texts}`, all of the same length.
            ids: Row ids, if the rows have them.
            offset: Index of the first row (for batches of a larger input).
        """
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise ConfigError(f"columns have different lengths: {sorted(lengths)}")
        n = lengths.pop() if lengths else 0
        per_row: list[list[Match]] = [[] for _ in range(n)]
        for name, texts in columns.items():
            for i, matches in enumerate(self.check_texts(texts, name)):
                per_row[i].extend(matches)
        flagged = []
        for i, matches in enumerate(per_row):
            if matches:
                best = _best_per_item(matches)
                flagged.append(FlaggedRow(offset + i, ids[i] if ids is not None else None, best))
        return flagged

    def benchmark_info(self) -> dict[str, dict[str, Any]]:
        """`{name: {"items", "origin", "cutoff"}}` of the benchmarks indexed."""
        return {b.name: {"items": len(b.items), "origin": b.origin, "cutoff": b.cutoff} for b in self.benchmarks}


def _best_per_item(matches: Iterable[Match]) -> list[Match]:
    # Across columns: keep the strongest match per (benchmark, item).
    return merge_matches(list(matches))


def check_contamination(
    rows: Any,
    benchmarks: Sequence[Benchmark] | Sequence[str],
    *,
    columns: Sequence[str] | None = None,
    config: CheckConfig | None = None,
    id_column: str | None = None,
    benchmark_files: Mapping[str, str] | None = None,
) -> Report:
    """Check rows against benchmarks and report every match with its evidence.

    Args:
        rows: A polars DataFrame, a list of dicts, or a list of strings (one `text` column).
        benchmarks: Loaded :class:`Benchmark` objects, or registry names (`["aime", "math500"]`).
        columns: Text columns to check; default: those of `problem`, `reasoning`, `completion`,
            `messages`-free text columns present (see :func:`detect_text_columns`).
        config: Methods and thresholds (:class:`CheckConfig`).
        id_column: Column with row ids; default: the first of `problem_id`, `id`, `request_key` present.
        benchmark_files: `{name: path}` when `benchmarks` are names (see `load_benchmarks`).

    Returns:
        The :class:`Report`.

    Raises:
        SchemaError: A requested column is missing (the message lists the columns present).

    Example:
        >>> from longcot.contamination.registry import Benchmark, BenchmarkItem
        >>> item = BenchmarkItem("demo", "d-1", "How many positive divisors does 2024 have in total?")
        >>> rows = ["Q: How many positive divisors does $2024$ have in total?"]
        >>> check_contamination(rows, [Benchmark("demo", (item,), "inline")]).contaminated
        True
    """
    from longcot.contamination.frames import as_frame, detect_text_columns
    from longcot.contamination.registry import load_benchmarks

    frame = as_frame(rows)
    if benchmarks and isinstance(benchmarks[0], str):
        benchmarks = load_benchmarks(list(benchmarks), files=benchmark_files)  # type: ignore[arg-type]
    checker = ContaminationChecker(benchmarks, config)  # type: ignore[arg-type]
    cols = list(columns) if columns else detect_text_columns(frame)
    return run_checker(checker, frame, cols, id_column=id_column)


def run_checker(checker: ContaminationChecker, frame: Any, columns: Sequence[str], *,
                id_column: str | None = None, batch_size: int = 4096,
                on_batch: Callable[[int], None] | None = None) -> Report:  # fmt: skip
    """Run a built checker over a polars frame, in batches, and assemble the :class:`Report`.

    Args:
        checker: The checker (index already built).
        frame: The rows (polars DataFrame).
        columns: Text columns to check (must exist).
        id_column: Column with row ids (auto-detected when None).
        batch_size: Rows per batch (bounds memory of the embedding signal).
        on_batch: Called with the number of rows of each batch once it is checked (progress).
    """
    from longcot.contamination.frames import column_texts, id_values, require_text_columns

    require_text_columns(frame, columns)
    ids = id_values(frame, id_column)
    flagged: list[FlaggedRow] = []
    for start in range(0, frame.height, batch_size):
        part = frame.slice(start, batch_size)
        texts = {c: column_texts(part, c) for c in columns}
        flagged.extend(
            checker.check_columns(texts, ids[start : start + batch_size] if ids is not None else None, offset=start)
        )
        if on_batch is not None:
            on_batch(part.height)
    return Report(
        n_rows=frame.height,
        columns=list(columns),
        benchmarks=checker.benchmark_info(),
        methods=list(checker.config.methods),
        flagged=flagged,
    )
