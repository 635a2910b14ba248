"""The benchmarks a training set is checked against: where each comes from and when it went public.

Every benchmark has a Hub source pinned by revision (downloaded once, cached by `datasets`) and a
local file name. Resolution order, per benchmark: an explicit file (`--benchmark-file NAME=PATH`),
then the folder in `LONGCOT_BENCHMARKS_DIR` (laid out like the project's `shared/data`:
`aime_2024.jsonl`, `math500.jsonl`, ...), then the Hub. `aime` is every AIME year; `aimeYYYY` one year;
`aimeYYYY-YYYY` a range of years.

Example:
    >>> spec = get_spec("aime2024")
    >>> spec.repo_id, spec.cutoff
    ('HuggingFaceH4/aime_2024', '2024-02-07')
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from longcot.errors import ConfigError, InputError


BENCHMARKS_DIR_ENV = "LONGCOT_BENCHMARKS_DIR"
FIRST_AIME_YEAR = 1983
LAST_AIME_YEAR = 2026  # add a year here (and its source) when its AIME appears

_AIME_URL = re.compile(r"(\d{4})_AIME_?(I{1,2})?_Problems/Problem_(\d+)")


@dataclass(frozen=True)
class BenchmarkItem:
    """One benchmark problem, as the index sees it.

    Attributes:
        benchmark: Registry name of the benchmark the item belongs to (`aime2024`, `math500`, ...).
        item_id: Stable id (`aime-2024-I-01`, `test/precalculus/807.json`, ...).
        problem: The problem statement.
        answer: The gold answer, or "" when unknown.
    """

    benchmark: str
    item_id: str
    problem: str
    answer: str = ""


@dataclass(frozen=True)
class BenchmarkSpec:
    """Where one benchmark comes from.

    Attributes:
        name: Registry name.
        description: One line for listings.
        repo_id: Hub dataset id.
        revision: Hub commit the source is pinned to.
        split: Split to read on the Hub.
        local_file: File name under `LONGCOT_BENCHMARKS_DIR`.
        cutoff: Date (ISO, `YYYY` when only the year is known) the problems became public.
        year: Keep only rows of this year (AIME years share files).
        from_hub: Turns the Hub frame into `id`, `problem`, `answer` columns.
        revision_verified: Whether the revision was checked against the Hub when it was pinned.
    """

    name: str
    description: str
    repo_id: str
    revision: str
    split: str
    local_file: str
    cutoff: str
    year: int | None = None
    from_hub: Callable[[pl.DataFrame, BenchmarkSpec], pl.DataFrame] | None = field(default=None, repr=False)
    revision_verified: bool = False


@dataclass(frozen=True)
class Benchmark:
    """A loaded benchmark: its spec (None for a user file), where it was read from, and its items."""

    name: str
    items: tuple[BenchmarkItem, ...]
    origin: str
    spec: BenchmarkSpec | None = None

    @property
    def cutoff(self) -> str | None:
        """Date the problems became public, when the registry knows it."""
        return self.spec.cutoff if self.spec else None


def _aime_id(year: int, exam: str | None, number: int) -> str:
    return f"aime-{year}-{exam}-{number:02d}" if exam else f"aime-{year}-{number:02d}"


def _aime_from_gneubig(frame: pl.DataFrame, spec: BenchmarkSpec) -> pl.DataFrame:
    # Columns: ID, Year, Problem Number, Question, Answer, Part (I, II or empty before 2000).
    rows = []
    for r in frame.iter_rows(named=True):
        if int(r["Year"]) != spec.year:
            continue
        part = (r.get("Part") or "").strip() or None
        rows.append((_aime_id(int(r["Year"]), part, int(r["Problem Number"])), r["Question"], str(r["Answer"])))
    return pl.DataFrame(rows, schema=["id", "problem", "answer"], orient="row")


def _aime_from_url(frame: pl.DataFrame, spec: BenchmarkSpec) -> pl.DataFrame:
    rows = []
    for r in frame.iter_rows(named=True):
        m = _AIME_URL.search(r.get("url") or "")
        item_id = _aime_id(int(m.group(1)), m.group(2), int(m.group(3))) if m else f"{spec.name}-{r['id']}"
        rows.append((item_id, r["problem"], str(r["answer"]).lstrip("0") or "0"))
    return pl.DataFrame(rows, schema=["id", "problem", "answer"], orient="row")


def _aime_by_row_order(frame: pl.DataFrame, spec: BenchmarkSpec) -> pl.DataFrame:
    # math-ai/aime25 ids are "0".."29": rows 0-14 are AIME I 1-15, rows 15-29 AIME II 1-15.
    ids = [_aime_id(spec.year or 0, "I" if i < 15 else "II", i % 15 + 1) for i in range(frame.height)]
    return pl.DataFrame({"id": ids, "problem": frame["problem"], "answer": frame["answer"].cast(pl.String)})


def _aime_by_problem_idx(frame: pl.DataFrame, spec: BenchmarkSpec) -> pl.DataFrame:
    # MathArena's combined sets number the problems 1-30: 1-15 are AIME I 1-15, 16-30 AIME II 1-15.
    frame = frame.sort("problem_idx")
    ids = [_aime_id(spec.year or 0, "I" if i <= 15 else "II", (i - 1) % 15 + 1) for i in frame["problem_idx"]]
    return pl.DataFrame({"id": ids, "problem": frame["problem"], "answer": frame["answer"].cast(pl.String)})


def _math500(frame: pl.DataFrame, spec: BenchmarkSpec) -> pl.DataFrame:
    return frame.select(pl.col("unique_id").alias("id"), "problem", pl.col("answer").cast(pl.String))


def _amc2023(frame: pl.DataFrame, spec: BenchmarkSpec) -> pl.DataFrame:
    rows = []
    for r in frame.iter_rows(named=True):
        m = re.search(r"(\d{4})_AMC_(\w+?)_Problems/Problem_(\d+)", r.get("url") or "")
        if m and m.group(1) == "2023":
            answer = r["answer"]
            answer = str(int(answer)) if isinstance(answer, float) and answer.is_integer() else str(answer)
            rows.append((f"amc-2023-{m.group(2)}-{int(m.group(3)):02d}", r["problem"], answer))
    return pl.DataFrame(rows, schema=["id", "problem", "answer"], orient="row")


# AIME exam dates (the later exam of the year); before 2000 there was one exam, dated by year only.
_AIME_DATES = {2024: "2024-02-07", 2025: "2025-02-12", 2026: "2026-02"}  # 2026: the month (exam days unchecked)

# Recent years, one Hub set each: (repo, pinned revision, split, rows to items). AIME 2026 is MathArena's,
# pinned at the same commit by several public eval harnesses.
_RECENT_AIME: dict[int, tuple[str, str, str, Callable[[pl.DataFrame, BenchmarkSpec], pl.DataFrame]]] = {
    2024: ("HuggingFaceH4/aime_2024", "2fe88a2f1091d5048c0f36abc874fb997b3dd99a", "train", _aime_from_url),
    2025: ("math-ai/aime25", "563bb8404243c5f09de6ec262f2db674fe5bce9b", "test", _aime_by_row_order),
    2026: ("MathArena/aime_2026", "d2de22f3c656b4f56cf8981212186377d1e23bc3", "train", _aime_by_problem_idx),
}


def _aime_spec(year: int) -> BenchmarkSpec:
    if year in _RECENT_AIME:
        repo_id, revision, split, from_hub = _RECENT_AIME[year]
        return BenchmarkSpec(
            name=f"aime{year}", description=f"AIME {year} I and II (30 problems)", repo_id=repo_id,
            revision=revision, split=split, local_file=f"aime_{year}.jsonl", cutoff=_AIME_DATES[year], year=year,
            from_hub=from_hub,
        )  # fmt: skip
    # Historical years: the Kaggle/gneubig set; it lacks most problems with figures, the local file has all.
    return BenchmarkSpec(
        name=f"aime{year}", description=f"AIME {year}", repo_id="gneubig/aime-1983-2024",
        revision="5d610df981dec508dd93d0a16333a029ac1739d8", split="train", local_file="aime_1983_2023.jsonl",
        cutoff=str(year), year=year, from_hub=_aime_from_gneubig,
    )  # fmt: skip


REGISTRY: dict[str, BenchmarkSpec] = {
    **{f"aime{y}": _aime_spec(y) for y in range(FIRST_AIME_YEAR, LAST_AIME_YEAR + 1)},
    "math500": BenchmarkSpec(
        name="math500", description="MATH-500 (PRM800K test subset of MATH)", repo_id="HuggingFaceH4/MATH-500",
        revision="6e4ed1a2a79af7d8630a6b768ec859cb5af4d3be", split="test", local_file="math500.jsonl",
        cutoff="2023-05-31", from_hub=_math500,
    ),
    "amc2023": BenchmarkSpec(
        name="amc2023", description="AMC 12 2023 A and B (40 problems)", repo_id="AI-MO/aimo-validation-amc",
        revision="69d78a4a2c840e82d69af6bc742bda09005f6316", split="train", local_file="amc_2023.jsonl",
        cutoff="2023-11-14", from_hub=_amc2023,
    ),
}  # fmt: skip

#: Names that stand for several registry entries.
GROUPS: dict[str, tuple[str, ...]] = {"aime": tuple(f"aime{y}" for y in range(FIRST_AIME_YEAR, LAST_AIME_YEAR + 1))}

#: What `contamination-check` checks when no `--benchmark` is given.
DEFAULT_BENCHMARKS: tuple[str, ...] = ("aime", "math500", "amc2023")


def available_benchmarks() -> list[str]:
    """Every name `--benchmark` accepts (groups first), sorted."""
    return sorted(GROUPS) + sorted(REGISTRY)


def get_spec(name: str) -> BenchmarkSpec:
    """The registry entry for `name`.

    Raises:
        ConfigError: The name is unknown; the hint lists the known names and `--benchmark-file`.
    """
    try:
        return REGISTRY[name]
    except KeyError:
        raise ConfigError(
            f"unknown benchmark {name!r}",
            hint=f"known: aime, aime{FIRST_AIME_YEAR}..aime{LAST_AIME_YEAR}, aimeYYYY-YYYY, math500, amc2023; "
            f"for another one pass `--benchmark-file {name}=PATH` (JSONL/Parquet with problem and answer)",
        ) from None


_AIME_RANGE = re.compile(r"aime(\d{4})-(\d{4})")


def expand_names(names: Iterable[str]) -> list[str]:
    """Expand groups (`aime` → every year, `aime2022-2024` → those years), keeping order and dropping repeats.

    Raises:
        ConfigError: A year range outside the registry's AIME years, or backwards.
    """
    out: list[str] = []
    for name in names:
        members = GROUPS.get(name, (name,))
        m = _AIME_RANGE.fullmatch(name)
        if m:
            first, last = int(m.group(1)), int(m.group(2))
            if not FIRST_AIME_YEAR <= first <= last <= LAST_AIME_YEAR:
                raise ConfigError(
                    f"AIME year range {name!r} is not within {FIRST_AIME_YEAR}-{LAST_AIME_YEAR} (first year first)",
                    hint=f"e.g. `--benchmark aime{FIRST_AIME_YEAR}-{LAST_AIME_YEAR - 1}`",
                )
            members = tuple(f"aime{y}" for y in range(first, last + 1))
        for member in members:
            if member not in out:
                out.append(member)
    return out


def read_table(path: Path) -> pl.DataFrame:
    """Read a JSONL(.gz) or Parquet file (or a folder of Parquet files) into a frame.

    Raises:
        InputError: The file is missing, has an unknown format or cannot be parsed; names the file.
    """
    if not path.exists():
        raise InputError(f"benchmark file {str(path)!r} does not exist", hint="check the path")
    # The AIME years share one file: read it once per process (keyed by path and mtime).
    return _read_cached(str(path.resolve()), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _read_cached(location: str, mtime_ns: int) -> pl.DataFrame:
    path = Path(location)
    if not path.exists():
        raise InputError(f"benchmark file {str(path)!r} does not exist", hint="check the path")
    name = path.name.lower()
    try:
        if path.is_dir():
            return pl.read_parquet(path / "*.parquet")
        if name.endswith((".jsonl", ".json", ".jsonl.gz", ".ndjson")):
            return pl.read_ndjson(path, infer_schema_length=None)
        if name.endswith(".parquet"):
            return pl.read_parquet(path)
    except Exception as exc:  # polars raises several types for a bad file
        raise InputError(
            f"cannot read benchmark file {str(path)!r}: {exc}", hint="is it valid JSONL/Parquet?"
        ) from None
    raise InputError(f"benchmark file {str(path)!r} has an unknown format", hint="use .jsonl, .jsonl.gz or .parquet")


def _items_from_frame(name: str, frame: pl.DataFrame, origin: str, year: int | None) -> tuple[BenchmarkItem, ...]:
    if "problem" not in frame.columns:
        raise InputError(
            f"benchmark {name!r} from {origin!r} has no 'problem' column; columns are: {', '.join(frame.columns)}",
            hint="a benchmark file needs `problem` and `answer` columns (optional `id`)",
        )
    if year is not None and "year" in frame.columns:
        frame = frame.filter(pl.col("year").cast(pl.Int64, strict=False) == year)
    ids = frame["id"].cast(pl.String).to_list() if "id" in frame.columns else [None] * frame.height
    answers = frame["answer"].cast(pl.String).to_list() if "answer" in frame.columns else [None] * frame.height
    items = []
    for i, (item_id, problem, answer) in enumerate(zip(ids, frame["problem"].cast(pl.String).to_list(), answers)):
        if problem and problem.strip():
            items.append(BenchmarkItem(name, item_id or f"{name}-{i}", problem, answer or ""))
    if not items:
        raise InputError(f"benchmark {name!r} from {origin!r} has no problems", hint="check the file and its year")
    return tuple(items)


def _from_hub(spec: BenchmarkSpec) -> Benchmark:
    from longcot.io import hub_offline_mode, hub_unreachable

    # One quick probe first: with no network the Hub client retries for ~25 s per benchmark before
    # `datasets` falls back to its cache; a cached copy is read at once instead, and a missing one fails fast.
    unreachable = hub_unreachable()
    try:
        import datasets

        with hub_offline_mode() if unreachable else contextlib.nullcontext():
            ds = datasets.load_dataset(spec.repo_id, revision=spec.revision, split=spec.split)
        frame = pl.from_arrow(ds.data.table)
    except Exception as exc:  # offline, unknown revision, network error: all end the same way
        why = f"the Hub cannot be reached ({unreachable}) and it is not in the local cache" if unreachable else exc
        raise InputError(
            f"benchmark {spec.name!r} is not available: cannot load {spec.repo_id}@{spec.revision} ({why})",
            hint=f"offline, point {BENCHMARKS_DIR_ENV} at a folder with {spec.local_file}, "
            f"or pass `--benchmark-file {spec.name}=PATH`",
        ) from None
    assert isinstance(frame, pl.DataFrame)
    frame = spec.from_hub(frame, spec) if spec.from_hub else frame
    origin = f"{spec.repo_id}@{spec.revision}"
    return Benchmark(spec.name, _items_from_frame(spec.name, frame, origin, None), origin, spec)


def load_benchmark(
    name: str, *, files: Mapping[str, str | Path] | None = None, benchmarks_dir: str | Path | None = None
) -> Benchmark:
    """Load one benchmark by registry name, or a user benchmark given as a file.

    Args:
        name: A registry name (`aime2024`, `math500`, ...) or any name given in `files`.
        files: Explicit files, `{name: path}` (`--benchmark-file NAME=PATH`); they win over everything.
        benchmarks_dir: Folder laid out like `shared/data`; defaults to `$LONGCOT_BENCHMARKS_DIR`.

    Returns:
        The benchmark with its items and where they were read from.

    Raises:
        ConfigError: The name is neither in the registry nor in `files`.
        InputError: A file cannot be read, or the Hub source is unavailable (offline).
    """
    files = files or {}
    if name in files:
        path = Path(files[name])
        spec = REGISTRY.get(name)
        return Benchmark(name, _items_from_frame(name, read_table(path), str(path), None), str(path), spec)
    spec = get_spec(name)
    folder = benchmarks_dir or os.environ.get(BENCHMARKS_DIR_ENV)
    if folder:
        path = Path(folder) / spec.local_file
        if not path.exists():
            hint = f"add {spec.local_file} to that folder, or pass `--benchmark-file {name}=PATH`"
            if spec.year:
                hint += f", or check fewer years (`--benchmark aime{FIRST_AIME_YEAR}-{spec.year - 1}`)"
            raise InputError(
                f"benchmark {name!r}: {spec.local_file} not found in {BENCHMARKS_DIR_ENV}={str(folder)!r}",
                hint=hint,
            )
        return Benchmark(name, _items_from_frame(name, read_table(path), str(path), spec.year), str(path), spec)
    return _from_hub(spec)


def load_benchmarks(
    names: Iterable[str],
    *,
    files: Mapping[str, str | Path] | None = None,
    benchmarks_dir: str | Path | None = None,
) -> list[Benchmark]:
    """Load several benchmarks; groups expand (`aime` → `aime1983` … `aime2025`), files add user benchmarks.

    Args:
        names: Registry names or groups. Every name in `files` is loaded too.
        files: `{name: path}` overrides and user benchmarks.
        benchmarks_dir: Folder laid out like `shared/data` (default `$LONGCOT_BENCHMARKS_DIR`).

    Returns:
        One :class:`Benchmark` per name, in order.
    """
    wanted = expand_names([*names, *(files or {})])
    if not wanted:
        raise ConfigError(
            "no benchmark to check against", hint="pass `--benchmark aime` or `--benchmark-file NAME=PATH`"
        )
    return [load_benchmark(n, files=files, benchmarks_dir=benchmarks_dir) for n in wanted]
