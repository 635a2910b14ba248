"""`Decontaminate`: the pipeline step (type `decontaminate`) that drops or flags contaminated rows."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

import polars as pl

from longcot.contamination.checker import CheckConfig, ContaminationChecker, default_methods
from longcot.contamination.frames import column_texts, detect_text_columns, require_text_columns
from longcot.contamination.registry import BENCHMARKS_DIR_ENV, DEFAULT_BENCHMARKS, expand_names, load_benchmarks
from longcot.errors import ConfigError
from longcot.pipeline.base import Filter
from longcot.records import CONTAMINATION_MATCH


@dataclass(frozen=True)
class DecontaminateConfig:
    """Options of the `decontaminate` step.

    Attributes:
        benchmarks: Registry names or groups to check against.
        benchmark_files: `{name: path}` of local benchmark files (override or add benchmarks).
        columns: Text columns to check; empty: every text column present.
        mode: `drop` removes matched rows (one funnel reason per benchmark, e.g. `aime2024`);
            `flag` keeps them and only fills the `contamination` column.
        methods: Signals to use (exact, ngram, fuzzy, embedding); default: all four with the `embeddings`
            extra, the lexical ones without it or with `LONGCOT_EMBEDDINGS=off` (see `checker.default_methods`).
        thresholds: Threshold overrides, e.g. `{fuzzy: 0.9}`.
    """

    benchmarks: tuple[str, ...] = DEFAULT_BENCHMARKS
    benchmark_files: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    mode: str = "drop"
    methods: tuple[str, ...] = field(default_factory=default_methods)
    thresholds: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.mode not in ("drop", "flag"):
            raise ConfigError(f"`mode` must be one of {{'drop', 'flag'}}, got {self.mode!r}")
        # YAML gives lists; keep the dataclass hashable-friendly and the options checked early.
        object.__setattr__(self, "benchmarks", tuple(self.benchmarks))
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "methods", tuple(self.methods))
        self.check_config()

    def check_config(self) -> CheckConfig:
        """The checker's config these options describe."""
        return CheckConfig(methods=self.methods).with_thresholds(self.thresholds)


class Decontaminate(Filter):
    """Match every row against benchmarks; add `contamination`, then drop (or only flag) matched rows.

    The index is built in :meth:`setup` (or on the first batch), never in `__init__`, so the step
    pickles cheaply to datatrove workers.

    Example:
        >>> step = Decontaminate(DecontaminateConfig(benchmarks=("aime2024",), mode="flag"))
        >>> step.name
        'decontaminate'
    """

    name: ClassVar[str] = "decontaminate"
    Config: ClassVar[type | None] = DecontaminateConfig
    adds: ClassVar[tuple[str, ...]] = ("contamination",)

    def __init__(self, config: DecontaminateConfig | None = None) -> None:
        super().__init__(config)
        self._checker: ContaminationChecker | None = None
        # Read where the step is built: executor workers forked from a long-lived forkserver do not
        # see environment changes made after it started.
        self._benchmarks_dir = os.environ.get(BENCHMARKS_DIR_ENV)
        #: Threads for the embedding model in each worker (None: its own default; see :meth:`bind_cpus`).
        self._threads: int | None = None

    def bind_cpus(self, cpus: int) -> None:
        """Run the embedding model on the `cpus` one task of the run may use (the executor's share per worker).

        Without it, each of a local run's workers would start one model thread per CPU of the machine: with
        4 workers on 8 CPUs, 32 threads on 8 cores. `$LONGCOT_EMBEDDING_THREADS`, when set, still wins.
        """
        from longcot.contamination.embeddings import MAX_THREADS, THREADS_ENV

        self._threads = None if os.environ.get(THREADS_ENV, "").strip() else max(1, min(cpus, MAX_THREADS))

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_checker"] = None  # rebuilt by setup() in the worker
        return state

    def setup(self) -> None:
        """Load the benchmarks and build the index (and the embedding model when it is on)."""
        if self._checker is None:
            cfg: DecontaminateConfig = self.config
            benchmarks = load_benchmarks(
                cfg.benchmarks, files=cfg.benchmark_files, benchmarks_dir=self._benchmarks_dir
            )
            check = cfg.check_config()
            if self._threads is not None:
                check = replace(check, embedding_threads=self._threads)
            self._checker = ContaminationChecker(benchmarks, check)

    def preflight(self) -> None:
        """Load the benchmarks once in the launching process: a missing file or an unreachable Hub fails
        the run at once, in one line naming `LONGCOT_BENCHMARKS_DIR`, instead of in every worker after
        the Hub client's retries (and Hub downloads land in the cache the workers then read).

        Raises:
            InputError: A benchmark is neither in a local file nor reachable on the Hub.
        """
        from longcot.errors import InputError
        from longcot.io import hub_unreachable

        cfg: DecontaminateConfig = self.config
        local = "`--set input=path/to/data.jsonl` for a local input"
        if not self._benchmarks_dir:
            remote = [n for n in expand_names([*cfg.benchmarks, *cfg.benchmark_files]) if n not in cfg.benchmark_files]
            reason = hub_unreachable() if remote else None
            if reason:
                raise InputError(
                    f"step 'decontaminate' needs benchmarks {', '.join(remote[:4])}{' …' if len(remote) > 4 else ''} "
                    f"from the Hub, which cannot be reached ({reason})",
                    hint=f"offline, run with {BENCHMARKS_DIR_ENV}=FOLDER (local files laid out like shared/data: "
                    f"aime_2024.jsonl, math500.jsonl, ...), and {local}",
                )
        try:
            load_benchmarks(cfg.benchmarks, files=cfg.benchmark_files, benchmarks_dir=self._benchmarks_dir)
        except InputError as exc:
            raise InputError(f"step 'decontaminate': {exc.args[0]}", hint=f"{exc.hint}; and {local}") from None

    def teardown(self) -> None:
        """Drop the index."""
        self._checker = None

    def rules(self) -> dict[str, pl.Expr]:
        """One drop reason per benchmark: the benchmark of the row's strongest match."""
        self.setup()
        assert self._checker is not None
        labels = sorted({label for item in self._checker.index.items for label in item.labels})
        strongest = pl.col("contamination").list.first().struct.field("benchmark")
        return {label: strongest == label for label in labels}

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Add `contamination` to every row; drop matched rows (mode `drop`) or count them (mode `flag`)."""
        self.setup()
        assert self._checker is not None
        cfg: DecontaminateConfig = self.config
        columns = list(cfg.columns) if cfg.columns else detect_text_columns(batch)
        require_text_columns(batch, columns)
        texts = {c: column_texts(batch, c) for c in columns}
        flagged = {fr.row: fr for fr in self._checker.check_columns(texts)}
        records = [[m.to_record() for m in flagged[i].matches] if i in flagged else [] for i in range(batch.height)]
        marked = batch.with_columns(pl.Series("contamination", records, dtype=pl.List(CONTAMINATION_MATCH)))
        if cfg.mode == "flag":
            for fr in flagged.values():
                self.stats.flagged[fr.matches[0].benchmark] += 1
            return marked
        return super().process(marked)
