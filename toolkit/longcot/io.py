"""Readers and writers: JSONL (plain or .gz), Parquet (file or folder of shards), Hugging Face datasets.

Every reader returns polars frames with the source's columns renamed by the `columns:` mapping
(`{problem: question, gold_answer: answer}`). A malformed JSONL line (bad JSON, not UTF-8, not an
object, a required column missing or of the wrong type) is never dropped silently: it becomes a
:class:`Reject` with its file and line, which the pipeline writes to a rejects file and counts in the
funnel, or an :class:`~longcot.errors.InputError` when `strict=True`.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from longcot.errors import InputError, SchemaError
from longcot.records import SCHEMA, TEXT_COLUMNS, rename_columns


JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
# In a folder only these count as data: a stray `.json` (metadata, a config) is not JSON lines.
JSONL_FOLDER_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)


@dataclass(frozen=True)
class Reject:
    """One input line that could not become a row."""

    file: str
    line: int
    error: str
    raw: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as written to `rejects/*.jsonl`."""
        return {"file": self.file, "line": self.line, "error": self.error, "raw": self.raw}


@dataclass(frozen=True)
class InputSpec:
    """Where rows come from: a path (file, folder, glob) or a Hub dataset id, plus how to read it.

    Attributes:
        path: A JSONL/Parquet file, a folder of them, a `save_to_disk` or Hub-layout folder, or a Hub
            dataset id (`org/name`, optionally `org/name@revision`).
        format: `auto` (by suffix, folder content, else Hub), `jsonl`, `parquet` or `hf`.
        revision: Hub revision (branch, tag or commit sha). Pin a commit for reproducible releases.
        split: Dataset split. Defaults to `train`.
        name: Hub dataset config name, if the dataset has several.
        columns: Schema column → source column (`{problem: question}`).
        required: Columns every row must have (after mapping); rows without them are rejected.
        limit: Keep only the first `limit` rows of the source (applied before sharding).
    """

    path: str
    format: str = "auto"
    revision: str | None = None
    split: str = "train"
    name: str | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ("problem",)
    limit: int | None = None

    def __post_init__(self) -> None:
        from longcot.errors import ConfigError

        if self.format not in {"auto", "jsonl", "parquet", "hf"}:
            raise ConfigError(f"input format must be one of auto, jsonl, parquet, hf; got {self.format!r}")
        if self.limit is not None and self.limit < 0:
            raise ConfigError(f"input limit must be >= 0, got {self.limit!r}")
        if "@" in self.path and self.revision is None and not Path(self.path).exists():
            repo, _, rev = self.path.rpartition("@")
            object.__setattr__(self, "path", repo)
            object.__setattr__(self, "revision", rev)

    def resolved_format(self) -> str:
        """The concrete format (`jsonl`, `parquet`, `hf`) after `auto` detection."""
        if self.format != "auto":
            return self.format
        path = Path(self.path)
        if path.is_file():
            if self.path.endswith(JSONL_SUFFIXES):
                return "jsonl"
            if self.path.endswith(PARQUET_SUFFIXES):
                return "parquet"
            raise InputError(
                f"cannot tell the format of {self.path!r} from its name",
                hint="name it .jsonl, .jsonl.gz or .parquet, or set `format:` in the input block",
            )
        if path.is_dir():
            if (path / "dataset_info.json").exists() or (path / "state.json").exists():
                return "hf"  # datasets.save_to_disk folder
            if _files(path, PARQUET_SUFFIXES):
                return "parquet"
            if _files(path, JSONL_FOLDER_SUFFIXES):
                return "jsonl"
            raise InputError(f"folder {self.path!r} holds no .jsonl or .parquet files and is not a saved dataset")
        if path.is_absolute() or self.path.startswith((".", "~")) or self.path.endswith(JSONL_SUFFIXES):
            raise InputError(f"input {self.path!r} does not exist", hint="check the path, or pass a Hub dataset id")
        return "hf"

    def files(self) -> list[Path]:
        """The local files this input reads, sorted (empty for Hub datasets)."""
        fmt = self.resolved_format()
        if fmt == "hf":
            return []
        path = Path(self.path)
        if path.is_file():
            return [path]
        return _files(path, JSONL_FOLDER_SUFFIXES if fmt == "jsonl" else PARQUET_SUFFIXES)

    def describe(self) -> str:
        """`path@revision` for messages and manifests (the revision only for Hub datasets)."""
        remote = not Path(self.path).exists() and self.format in {"auto", "hf"}
        return f"{self.path}@{self.revision}" if self.revision and remote else self.path


def _files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(suffixes))


class _Truncated(Exception):
    """A compressed file ends before its end marker; `tail` is the incomplete last line."""

    def __init__(self, tail: bytes, reason: str) -> None:
        super().__init__(reason)
        self.tail = tail


def _gzip_lines(handle: Any) -> Iterator[bytes]:
    """The lines of a gzip stream, every complete one even when the file is cut off (raises `_Truncated`).

    `gzip.open` loses the lines decompressed into its buffer when the end marker is missing; a
    streaming `zlib` decompressor hands over everything the file holds. Concatenated members are read on.
    """
    decoder = zlib.decompressobj(wbits=31)
    in_member = False  # fed data, end marker not seen yet
    pending = b""
    while chunk := handle.read(1 << 20):
        while chunk:
            try:
                pending += decoder.decompress(chunk)
            except zlib.error as exc:
                *complete, tail = pending.split(b"\n")
                yield from (line + b"\n" for line in complete)
                raise _Truncated(tail, f"corrupt gzip data ({exc})") from None
            in_member = not decoder.eof
            chunk = b""
            if decoder.eof:
                chunk = decoder.unused_data.lstrip(b"\x00")  # padding between members is allowed
                decoder = zlib.decompressobj(wbits=31)
        *complete, pending = pending.split(b"\n")
        yield from (line + b"\n" for line in complete)
    if in_member:
        raise _Truncated(pending, "the gzip file is cut off (no end-of-stream marker)")
    if pending:
        yield pending


def _open_lines(path: Path) -> Iterator[bytes]:
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot open {str(path)!r}: {exc.strerror}") from None
    with handle:
        try:
            if path.name.endswith(".gz"):
                yield from _gzip_lines(handle)
            else:
                yield from handle
        except OSError as exc:
            raise InputError(f"cannot read {str(path)!r}: {exc}", hint="re-download or re-compress the file") from None


_STRING_COLUMNS = {name for name, dtype in SCHEMA.items() if dtype == pl.String()}


def read_jsonl(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    required: Sequence[str] = (),
    strict: bool = False,
    string_columns: Sequence[str] = (),
) -> tuple[pl.DataFrame, list[Reject]]:
    """Read one JSONL file (plain or gzip) into a frame, setting malformed lines aside.

    A gzip file that is cut off keeps every complete line; the cut-off one is a reject.

    Args:
        path: The file.
        columns: Schema column → source column mapping. Defaults to no renaming.
        required: Schema columns every line must carry (after mapping), as non-null values of the
            schema's type. Defaults to none.
        strict: Raise on the first malformed line instead of rejecting it. Defaults to False.
        string_columns: Further columns (after mapping) that must hold text where a line has them: a
            list or a number there is a reject, never stringified. Defaults to none.

    Returns:
        The good rows (with a `_line` column holding the 1-based line number) and the rejects.

    Raises:
        InputError: The file cannot be read, or a line is malformed and `strict` is set.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
        >>> _ = p.write_text('{"question": "1+1?"}\\nnot json\\n')
        >>> frame, rejects = read_jsonl(p, columns={"problem": "question"}, required=["problem"])
        >>> frame["problem"].to_list(), rejects[0].line
        (['1+1?'], 2)
    """
    mapping = dict(columns or {})
    source_of = {target: mapping.get(target, target) for target in required}
    # The text columns (problem, reasoning, completion) hold text wherever a line has them: a list or a
    # number there is a reject, never stringified; `string_columns` adds more.
    texts = {t: mapping.get(t, t) for t in dict.fromkeys([*TEXT_COLUMNS, *string_columns]) if t not in source_of}
    strings = _STRING_COLUMNS | set(string_columns)
    fast = _read_clean_jsonl(path, source_of, texts, strings)
    if fast is not None:
        return rename_columns(fast, mapping, where=str(path)) if mapping else fast, []
    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    rejects: list[Reject] = []
    for number, raw, cut in _numbered_lines(path):
        if cut is not None:  # the file ends here, inside this line
            error = f"{cut}: line {number} is incomplete and nothing after it could be read"
            if strict:
                raise InputError(f"{path}:{number}: {error}", hint="re-download or re-compress the file")
            rejects.append(
                Reject(file=str(path), line=number, error=error, raw=raw.decode("utf-8", "replace")[:10_000])
            )
            break
        if not raw.strip():
            continue
        error = None
        raw = raw.rstrip(b"\r\n")  # the line break is not part of the line (a cut-off line must not read
        # as "invalid control character" at the break's column)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            error, text = f"not UTF-8 at byte {exc.start}", raw.decode("utf-8", errors="replace")
        if error is None:
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                # json's own messages may end in "at" ("Invalid control character at"): say it once
                error = f"bad JSON: {exc.msg.removesuffix(' at').removesuffix(' at:')} at column {exc.colno}"
            else:
                if not isinstance(obj, dict):
                    error = f"expected a JSON object, got {type(obj).__name__}"
                elif _SURROGATE_ESCAPE.search(text) and not _encodable(obj):
                    error = "a string holds a lone UTF-16 surrogate escape (e.g. \\ud800), which is not text"
                else:
                    for target, source in source_of.items():
                        value = obj.get(source)
                        if value is None:
                            error = f"missing required column {source!r}" + (
                                f" (mapped to {target!r})" if source != target else ""
                            )
                            break
                        if target in strings and not isinstance(value, str):
                            error = f"column {source!r} must be a string, got {type(value).__name__} {value!r:.60}"
                            break
                    for source in texts.values():
                        value = obj.get(source) if error is None else None
                        if value is not None and not isinstance(value, str):
                            error = f"column {source!r} must be a string, got {type(value).__name__} {value!r:.60}"
                            break
        if error is not None:
            reject = Reject(file=str(path), line=number, error=error, raw=text[:10_000])
            if strict:
                raise InputError(
                    f"{path}:{number}: {error}", hint="fix or remove the line, or run without --strict to set it aside"
                )
            rejects.append(reject)
            continue
        rows.append(obj)
        lines.append(number)
    frame = _frame_from_rows(rows, path)
    frame = frame.with_columns(pl.Series("_line", lines, dtype=pl.Int64))
    return rename_columns(frame, mapping, where=str(path)) if mapping and frame.height else frame, rejects


def _numbered_lines(path: Path) -> Iterator[tuple[int, bytes, _Truncated | None]]:
    """`(line number, bytes, None)` per line; a cut-off gzip ends with `(number, tail, cut)` for the lost line."""
    number = 0
    lines = _open_lines(path)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            return
        except _Truncated as cut:
            yield number + 1, cut.tail, cut
            return
        number += 1
        yield number, raw, None


_FAST_TYPES = (pa.types.is_string, pa.types.is_int64, pa.types.is_float64, pa.types.is_boolean, pa.types.is_null)
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _read_clean_jsonl(
    path: Path,
    source_of: Mapping[str, str],
    texts: Mapping[str, str] | None = None,
    strings: set[str] | frozenset[str] = frozenset(),
) -> pl.DataFrame | None:
    """Read a file with no malformed line in one pass of pyarrow's JSON reader; None if it may have one.

    The fast path of :func:`read_jsonl` (2-3x faster than parsing line by line). It only answers
    when the result is known to be what the per-line path would give: every line non-blank and one JSON
    object (`{...}`), valid UTF-8, no duplicate keys or lone surrogates (pyarrow rejects both), flat
    columns of string, int64, float64, bool or null (no nested values, no strings pyarrow would read as
    timestamps, no integer that does not fit int64), and every required column present, non-null and
    a string where the schema says so. Anything else returns None and the per-line path reads the file,
    rejects and all.
    """
    try:
        with gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb") as handle:
            data = handle.read()
    except (OSError, EOFError):
        return None  # the per-line path raises the proper InputError
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()  # the final newline ends the last line; it does not start a blank one
    if not lines:
        return None
    for line in lines:
        line = line.strip()  # the per-line path skips lines that strip to nothing
        if not (line.startswith(b"{") and line.endswith(b"}")):
            return None
    try:
        read_options = pa_json.ReadOptions(use_threads=False, block_size=min(max(len(data), 1 << 20), 1 << 30))
        table = pa_json.read_json(pa.BufferReader(data), read_options=read_options)
        table.validate(full=True)  # raises on invalid UTF-8 in a value; column_names below on one in a key
        names = table.column_names
    except (pa.ArrowException, UnicodeDecodeError):
        return None
    # Each line starts with `{` and ends with `}`, so no object spans two lines (`}` then `{` inside one
    # object is invalid JSON): equal counts mean exactly one object per line.
    if table.num_rows != len(lines) or not all(any(is_(f.type) for is_ in _FAST_TYPES) for f in table.schema):
        return None
    if any(pa.types.is_float64(f.type) for f in table.schema) and b"0" * 19 in data.translate(_DIGITS_TO_ZERO):
        return None  # maybe an integer beyond int64, which pyarrow reads as a float and json as an int
    strings = strings or _STRING_COLUMNS
    for target, source in source_of.items():
        if source not in names:
            return None
        column = table.column(source)
        if column.null_count or (target in strings and not pa.types.is_string(column.type)):
            return None
    for source in (texts or {}).values():
        if source in names and not (
            pa.types.is_string(table.column(source).type) or pa.types.is_null(table.column(source).type)
        ):
            return None
    frame = pl.from_arrow(table)
    if not isinstance(frame, pl.DataFrame) or frame.columns != names:
        return None  # e.g. polars names an empty key `column_0`
    return frame.with_columns(pl.int_range(1, frame.height + 1, dtype=pl.Int64).alias("_line"))


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _encodable(obj: Any) -> bool:
    """False when a value holds a lone surrogate (valid pairs were already joined by json.loads)."""
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _frame_from_rows(rows: list[dict[str, Any]], path: Path) -> pl.DataFrame:
    if not rows:
        return pl.DataFrame()
    try:
        return pl.from_dicts(rows, infer_schema_length=None)
    except (pl.exceptions.PolarsError, TypeError, ValueError):
        # Mixed types across lines in a column no stage needs: keep the data as JSON strings
        # rather than failing the whole file.
        keys = list(dict.fromkeys(k for row in rows for k in row))
        data = {}
        for key in keys:
            values = [row.get(key) for row in rows]
            try:
                data[key] = pl.Series(key, values, strict=False)
            except (pl.exceptions.PolarsError, TypeError, ValueError):
                data[key] = pl.Series(key, [None if v is None else json.dumps(v) for v in values], dtype=pl.String)
        return pl.DataFrame(data)


def read_parquet(path: Path, *, columns: Mapping[str, str] | None = None) -> pl.DataFrame:
    """Read one Parquet file, applying the column mapping.

    Raises:
        InputError: The file is not valid Parquet.
    """
    try:
        frame = pl.read_parquet(path)
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise InputError(f"cannot read Parquet file {str(path)!r}: {exc}") from None
    return rename_columns(frame, dict(columns or {}), where=str(path)) if columns else frame


def read_hf(spec: InputSpec) -> pl.DataFrame:
    """Read a Hugging Face dataset (Hub id at a revision, `save_to_disk` folder or Hub-layout folder).

    Raises:
        InputError: The dataset or split cannot be loaded (offline, unknown id, unknown split).
    """
    import datasets

    try:
        if Path(spec.path).is_dir() and (
            (Path(spec.path) / "dataset_info.json").exists() or (Path(spec.path) / "state.json").exists()
        ):
            loaded = datasets.load_from_disk(spec.path)
            if isinstance(loaded, datasets.DatasetDict):
                loaded = loaded[spec.split]
        else:
            loaded = datasets.load_dataset(spec.path, spec.name, revision=spec.revision, split=spec.split)
    except (FileNotFoundError, ValueError, KeyError, ConnectionError, OSError) as exc:
        offline = os.environ.get("HF_HUB_OFFLINE") == "1" or os.environ.get("HF_DATASETS_OFFLINE") == "1"
        raise InputError(
            f"cannot load dataset {spec.describe()!r} split {spec.split!r}: {type(exc).__name__}: {exc}",
            hint="offline? pass a local file instead, e.g. `--set input=path/to/data.jsonl`"
            if offline
            else "check the dataset id, revision and split on the Hub",
        ) from None
    frame = loaded.to_polars()
    if not isinstance(frame, pl.DataFrame):
        frame = pl.concat(list(frame))
    return rename_columns(frame, dict(spec.columns), where=spec.describe()) if spec.columns else frame


def hub_unreachable(*, timeout: float = 5.0) -> str | None:
    """Why the Hugging Face Hub cannot be reached right now, or None when it can (or when offline mode
    is on: then `datasets` reads its local cache and fails fast by itself).

    One request, no retries: the Hub client retries a failing connection for ~25 s before giving up.
    """
    from huggingface_hub import constants
    from huggingface_hub.utils import get_session

    if constants.HF_HUB_OFFLINE:
        return None
    try:
        get_session().head(constants.ENDPOINT, timeout=timeout)
    except Exception as exc:  # httpx2 transport errors: DNS, refused, timeout
        return f"{type(exc).__name__}: {str(exc)[:200]}"
    return None


@contextlib.contextmanager
def hub_offline_mode() -> Iterator[None]:
    """huggingface_hub and `datasets` in offline mode while the block runs: they read their local cache only.

    Both libraries read `HF_HUB_OFFLINE` once at import, into module constants their calls check; this
    sets those constants and puts them back. For a Hub that `hub_unreachable` says is down: a cached
    dataset then loads at once instead of after ~25 s of retries.
    """
    import datasets.config as dconfig
    from huggingface_hub import constants

    saved = (constants.HF_HUB_OFFLINE, dconfig.HF_HUB_OFFLINE, dconfig.HF_DATASETS_OFFLINE)
    constants.HF_HUB_OFFLINE = dconfig.HF_HUB_OFFLINE = dconfig.HF_DATASETS_OFFLINE = True
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE, dconfig.HF_HUB_OFFLINE, dconfig.HF_DATASETS_OFFLINE = saved


def read_frame(
    source: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    revision: str | None = None,
    split: str = "train",
    strict: bool = True,
) -> pl.DataFrame:
    """Read a whole input into one frame: JSONL, Parquet (file or folder) or a HF dataset.

    Args:
        source: A path or a Hub dataset id (`org/name` or `org/name@revision`).
        columns: Schema column → source column mapping. Defaults to none.
        revision: Hub revision. Defaults to the one in `source`, else the default branch.
        split: Dataset split for Hub datasets. Defaults to `train`.
        strict: Raise on a malformed JSONL line (else it is skipped with a warning on stderr).
            Defaults to True.

    Returns:
        All rows, in file order.

    Raises:
        InputError: The input is missing, unreadable or (when strict) malformed.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
        >>> _ = p.write_text('{"problem": "1+1?", "answer": "2"}\\n')
        >>> read_frame(p, columns={"gold_answer": "answer"}).columns
        ['problem', 'gold_answer']
    """
    spec = InputSpec(path=str(source), revision=revision, split=split, columns=dict(columns or {}), required=())
    frames = []
    for frame, rejects in iter_input(spec, strict=strict):
        for reject in rejects:
            print(f"warning: {reject.file}:{reject.line}: {reject.error}; line skipped", file=sys.stderr)  # noqa: T201
        frames.append(frame)
    frames = [f for f in frames if f.width]
    if not frames:
        return pl.DataFrame()
    return pl.concat(frames, how="diagonal_relaxed").drop("_line", strict=False)


def read_rows(
    source: str | Path,
    *,
    revision: str | None = None,
    split: str = "train",
    required: Sequence[str] = (),
    string_columns: Sequence[str] = (),
    strict: bool = False,
) -> tuple[pl.DataFrame, list[Reject]]:
    """Read a whole input as `longcot run` reads it: the good rows, and the malformed lines set aside.

    The CLIs that take one input (`verify`, `contamination-check`) read through this, so a bad line is
    a reject with its file and line there too, never the end of the command or a stringified value.

    Args:
        source: A path or a Hub dataset id (`org/name` or `org/name@revision`).
        revision: Hub revision. Defaults to the one in `source`, else the default branch.
        split: Dataset split for Hub datasets. Defaults to `train`.
        required: Columns every row must carry (non-null). Defaults to none.
        string_columns: Columns that must hold text where present (a list or a number is a reject in
            JSONL; a whole column of another type in Parquet or a dataset is a SchemaError). Defaults to none.
        strict: Raise on the first malformed line instead. Defaults to False.

    Returns:
        The rows (in file order) and the rejects.

    Raises:
        InputError: The input is missing or unreadable, or (strict) a line is malformed.
        SchemaError: A required column is missing, or a string column has another type.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
        >>> _ = p.write_text('{"r": "ok"}\\n{"r": [1]}\\n')
        >>> frame, rejects = read_rows(p, string_columns=["r"])
        >>> frame.height, rejects[0].line
        (1, 2)
    """
    spec = InputSpec(path=str(source), revision=revision, split=split, required=tuple(required))
    frames, rejects = [], []
    for frame, bad in iter_input(spec, strict=strict, string_columns=string_columns):
        rejects.extend(bad)
        if frame.width:
            frames.append(frame)
    if not frames:
        return pl.DataFrame(), rejects
    return pl.concat(frames, how="diagonal_relaxed").drop("_line", strict=False), rejects


def _check_string_dtypes(frame: pl.DataFrame, names: Sequence[str], where: str) -> None:
    for name in names:
        if name in frame.columns and frame.schema[name] not in (pl.String, pl.Null):
            raise SchemaError(
                f"column {name!r} of {where} holds {frame.schema[name]}, not text",
                hint="convert it to strings first, or choose other columns",
            )


def iter_input(
    spec: InputSpec,
    *,
    rank: int = 0,
    world_size: int = 1,
    strict: bool = False,
    string_columns: Sequence[str] = (),
) -> Iterator[tuple[pl.DataFrame, list[Reject]]]:
    """Yield `(frame, rejects)` per unit of the input that belongs to `rank`.

    Sharding: with at least as many files as ranks, each rank reads whole files
    (`files[rank::world_size]`); otherwise every rank reads each file and keeps its contiguous slice
    of rows, so `tasks` may exceed the number of files. `limit` is applied before sharding.

    Raises:
        InputError: The input is missing or unreadable.
    """
    fmt = spec.resolved_format()
    if fmt == "hf":
        frame = read_hf(spec)
        _check_string_dtypes(frame, [*string_columns, *(c for c in spec.required if c in _STRING_COLUMNS)], spec.path)
        if spec.limit is not None:
            frame = frame.head(spec.limit)
        yield _slice(frame, rank, world_size), []
        return
    files = spec.files()
    if not files:
        raise InputError(f"no input files found at {spec.path!r}")
    by_file = len(files) >= world_size and spec.limit is None
    remaining = spec.limit
    for index, path in enumerate(files):
        if by_file and index % world_size != rank:
            continue
        if remaining is not None and remaining <= 0:
            break
        if fmt == "jsonl":
            frame, rejects = read_jsonl(
                path, columns=spec.columns, required=spec.required, strict=strict, string_columns=string_columns
            )
        else:
            frame = read_parquet(path, columns=spec.columns)
            _check_required(frame, spec.required, path)
            _check_string_dtypes(frame, string_columns, str(path))
            frame, rejects = _reject_null_required(frame, spec.required, path)
        if remaining is not None:
            frame = frame.head(remaining)
            remaining -= frame.height
        if not by_file:
            frame = _slice(frame, rank, world_size)
            rejects = [r for i, r in enumerate(rejects) if i % world_size == rank]
        yield frame, rejects


def _check_required(frame: pl.DataFrame, required: Sequence[str], path: Path) -> None:
    for name in required:
        if frame.height and name not in frame.columns:
            raise SchemaError(
                f"{path} has no column {name!r}; columns are: {', '.join(frame.columns)}",
                hint=f"map one with `columns: {{{name}: <column>}}` in the input block",
            )


def _reject_null_required(
    frame: pl.DataFrame, required: Sequence[str], path: Path
) -> tuple[pl.DataFrame, list[Reject]]:
    """Parquet rows whose required columns are null become rejects (`line` is the 1-based row number)."""
    present = [c for c in required if c in frame.columns]
    if not present or frame.height == 0:
        return frame, []
    bad = pl.any_horizontal([pl.col(c).is_null() for c in present])
    numbered = frame.with_row_index("_line", offset=1)
    rejected = numbered.filter(bad)
    rejects = []
    for row in rejected.iter_rows(named=True):
        missing = next(c for c in present if row[c] is None)
        raw = json.dumps({k: v for k, v in row.items() if k != "_line"}, default=str)[:10_000]
        rejects.append(
            Reject(file=str(path), line=int(row["_line"]), error=f"missing required column {missing!r}", raw=raw)
        )
    return (numbered.filter(~bad).drop("_line") if rejects else frame), rejects


def _slice(frame: pl.DataFrame, rank: int, world_size: int) -> pl.DataFrame:
    if world_size == 1:
        return frame
    per = -(-frame.height // world_size)
    return frame.slice(rank * per, per)


class ParquetShardWriter:
    """Write frames to one Parquet file atomically: rows go to `<path>.tmp`, renamed on :meth:`close`.

    A task that dies leaves only a `.tmp` file, which its rerun overwrites, so a resumed run never
    duplicates or half-writes a shard.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.rows = 0
        self._writer: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None

    def write(self, frame: pl.DataFrame) -> None:
        """Append a frame; later frames are cast to the first frame's schema where they differ."""
        if frame.height == 0 and self._writer is not None:
            return
        table = frame.to_arrow()
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._schema = table.schema
            self._writer = pq.ParquetWriter(self.tmp, self._schema, compression="zstd")
        elif not table.schema.equals(self._schema):
            table = _conform(table, self._schema, self.path)
        self._writer.write_table(table)
        self.rows += frame.height

    def close(self) -> None:
        """Finish the file and move it into place (nothing is written if no frame came)."""
        if self._writer is not None:
            self._writer.close()
            os.replace(self.tmp, self.path)
            self._writer = None


def _conform(table: pa.Table, schema: pa.Schema, path: Path) -> pa.Table:
    columns = []
    for fld in schema:
        if fld.name in table.column_names:
            columns.append(table.column(fld.name).cast(fld.type, safe=False))
        else:
            columns.append(pa.nulls(table.num_rows, fld.type))
    extra = set(table.column_names) - set(schema.names)
    if extra:
        raise SchemaError(f"a batch written to {path} has columns the first batch lacked: {sorted(extra)}")
    return pa.Table.from_arrays(columns, schema=schema)


def write_parquet(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write a frame to one Parquet file atomically.

    Example:
        >>> import tempfile, polars as pl
        >>> write_parquet(pl.DataFrame({"a": [1]}), tempfile.mkdtemp() + "/x.parquet").name
        'x.parquet'
    """
    path = Path(path)
    writer = ParquetShardWriter(path)
    writer.write(frame)
    writer.close()
    return path


def write_jsonl(records: Sequence[Mapping[str, Any]], path: Path) -> None:
    """Write records as JSON lines (UTF-8, non-ASCII kept), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
