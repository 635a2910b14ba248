"""`longcot release build`: pipeline output → a folder in the Hub's dataset layout, with card and manifest.

The input is streamed batch by batch (pyarrow's Parquet batch reader): memory is bounded by one batch
and one shard writer, never the whole input. Each batch gets the `messages` column from
:func:`longcot.records.messages_expr` (the one training conversation) and goes to the current shard;
a shard is closed once it reaches `shard_size_mb`. Shards are named `<split>-NNNNN-of-NNNNN.parquet`
when the total is known, the release is assembled in a hidden staging folder and moved into place at
the end, so a refused or failed build leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from longcot import __version__
from longcot.errors import ConfigError, ContaminationError, InputError, ReleaseError, SchemaError
from longcot.records import SCHEMA, TEXT_COLUMNS, messages_expr
from longcot.release.config import ReleaseConfig
from longcot.release.manifest import (
    MANIFEST_NAME,
    file_entry,
    git_commit,
    load_manifest,
    release_files,
    sha256_file,
    write_manifest,
)
from longcot.release.version import Version, previous_manifest, releases_root, required_level


#: Columns a card cannot be made without: the conversation is built from them.
CARD_COLUMNS = ("problem", "completion")
#: Columns whose per-row values feed token statistics and histograms.
TOKEN_COLUMNS = ("prompt_tokens", "completion_tokens", "reasoning_tokens", "student_tokens")
_STAT_COLUMNS = (*TOKEN_COLUMNS, "pass_rate", "level", "verdict", "cost_usd")
#: Columns never carried into a release (reader internals).
_INTERNAL = ("_line", "drop_reason", "messages")
#: Terms of use by teacher provider, where they are known; others must be stated in release.yaml.
KNOWN_TERMS = {
    "openai": "https://openai.com/policies/terms-of-use",
    "anthropic": "https://www.anthropic.com/legal/commercial-terms",
}
_ROW_GROUP_BYTES = 64 << 20
_BATCH_BYTES = 128 << 20
_NAME_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


@dataclass
class ReleaseInput:
    """What `build` reads: Parquet files to stream, and the run's records when the input is a run folder."""

    path: Path
    kind: str  # run | parquet | jsonl
    files: list[Path]
    pipeline: dict[str, Any] | None = None
    funnel: list[dict[str, Any]] | None = None
    run_metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def run_dir(self) -> Path | None:
        """The run folder, when the input is one."""
        return self.path if self.kind == "run" else None


@dataclass
class BuildResult:
    """What a build wrote."""

    out: Path
    manifest: dict[str, Any]
    manifest_copy: Path
    rows: int
    shards: list[Path]
    seconds: float = 0.0


# --- input ---------------------------------------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc}") from None


def _run_metadata(run: Path) -> dict[str, Any]:
    """Optional run records other stages write (teachers, prompts), read tolerantly: absent is fine."""
    import yaml

    found: dict[str, Any] = {}
    for name in ("teachers.json", "teachers.yaml", "metadata.json", "run.json"):
        path = run / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
        except (OSError, ValueError, yaml.YAMLError):
            continue
        if isinstance(data, list):
            data = {"teachers": data}
        if isinstance(data, dict):
            for key, value in data.items():
                found.setdefault(key, value)
    return found


def resolve_input(path: str | Path, staging: Path) -> ReleaseInput:
    """Find the Parquet files of an input (run folder, Parquet file/folder, JSONL file/folder).

    JSONL is converted to Parquet under `staging` first (one file at a time), so the build itself
    always streams Parquet.

    Raises:
        InputError: The input is missing, empty, an unfinished run, or a shard cannot be read.
    """
    source = Path(path)
    if not source.exists():
        raise InputError(
            f"release input {str(source)!r} not found",
            hint="pass a run folder (`longcot run PIPELINE.yaml` writes one), or a Parquet/JSONL file or folder",
        )
    if source.is_dir() and (source / "pipeline.json").is_file():
        pipeline = _read_json(source / "pipeline.json")
        funnel_doc = _read_json(source / "funnel.json") if (source / "funnel.json").is_file() else None
        if funnel_doc is None:
            raise InputError(
                f"run folder {str(source)!r} has no funnel.json: the run has not finished",
                hint=f"finish it first (run the same `longcot run` command again), then `longcot inspect {source}`",
            )
        if funnel_doc.get("tasks_completed", 0) < funnel_doc.get("tasks", 0):
            raise InputError(
                f"run folder {str(source)!r} is incomplete: {funnel_doc.get('tasks_completed')}/"
                f"{funnel_doc.get('tasks')} tasks done",
                hint="run the same `longcot run` command again to finish it (finished tasks are skipped)",
            )
        files = sorted(p for p in (source / "data").glob("*.parquet"))
        if not files:
            raise InputError(
                f"run folder {str(source)!r} has no shards in data/", hint=f"see `longcot inspect {source}`"
            )
        return ReleaseInput(source, "run", files, pipeline, funnel_doc.get("steps") or [], _run_metadata(source))
    if source.is_file() and source.suffix == ".parquet":
        return ReleaseInput(source, "parquet", [source])
    if source.is_dir():
        files = sorted(p for p in source.rglob("*.parquet") if not p.name.startswith("."))
        if files:
            return ReleaseInput(source, "parquet", files)
    return _stage_jsonl(source, staging)


def _stage_jsonl(source: Path, staging: Path) -> ReleaseInput:
    from longcot.io import InputSpec, iter_input

    spec = InputSpec(path=str(source), format="jsonl", required=())
    try:
        spec.files()
    except InputError:
        raise
    folder = staging / ".input"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for index, (frame, _) in enumerate(iter_input(spec, strict=True)):
        if frame.height == 0:
            continue
        path = folder / f"part-{index:05d}.parquet"
        frame.drop("_line", strict=False).write_parquet(path)
        files.append(path)
    if not files:
        raise InputError(f"release input {str(source)!r} has no rows", hint="check the file, e.g. `head` it")
    return ReleaseInput(source, "jsonl", files)


def _check_shards(files: list[Path]) -> pa.Schema:
    """Open every input shard (footer only) and unify their schemas; a damaged one is named."""
    schemas = []
    for path in files:
        try:
            schemas.append(pq.ParquetFile(path).schema_arrow)
        except Exception as exc:  # ArrowInvalid / OSError for a truncated or foreign file
            raise InputError(
                f"cannot read input shard {str(path)!r}: {exc}",
                hint="rewrite it (run the pipeline again with `--fresh`), or remove it from the input",
            ) from None
    try:
        return pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise SchemaError(
            f"input shards have incompatible columns: {exc}", hint="rewrite the input with one schema"
        ) from None


# --- rows ----------------------------------------------------------------------------------------


class _Shaper:
    """Turns an input batch into a release batch: fixed column set and dtypes, `messages` added."""

    def __init__(self, schema: pa.Schema, config: ReleaseConfig, where: str) -> None:
        names = [n for n in schema.names if n not in _INTERNAL]
        empty = pl.from_arrow(schema.empty_table())
        assert isinstance(empty, pl.DataFrame)
        missing = [c for c in CARD_COLUMNS if c not in empty.columns]
        if missing:
            raise SchemaError(
                f"{where} has no column {missing[0]!r}, which a release needs (the training conversation is "
                f"built from problem, reasoning and completion); columns are: {', '.join(empty.columns)}",
                hint=f"map one in the pipeline's input block (`columns: {{{missing[0]}: <column>}}`) and run it "
                "again, or rename the column",
            )
        self.dtypes: dict[str, pl.DataType] = {}
        for name in names:
            dtype = empty.schema[name]
            if dtype == pl.Null:
                dtype = SCHEMA.get(name, pl.String())
            self.dtypes[name] = dtype
        self.has_reasoning = "reasoning" in self.dtypes
        self.fmt = config.conversation
        # The release schema, fixed once; 32-bit offsets (string, list) as `datasets` writes them.
        self.arrow_schema = pa.schema([pa.field(f.name, _hub_type(f.type)) for f in self(empty).to_arrow().schema])

    def __call__(self, frame: pl.DataFrame) -> pl.DataFrame:
        exprs = []
        for name, dtype in self.dtypes.items():
            exprs.append(pl.col(name).cast(dtype) if name in frame.columns else pl.lit(None, dtype).alias(name))
        shaped = frame.select(exprs)
        if not self.has_reasoning:
            shaped = shaped.with_columns(pl.lit(None, pl.String).alias("reasoning"))
        shaped = shaped.with_columns(messages_expr(self.fmt).alias("messages"))
        return shaped if self.has_reasoning else shaped.drop("reasoning")


def _hub_type(dtype: pa.DataType) -> pa.DataType:
    """`large_string` → `string`, `large_list` → `list`, `string_view` → `string`, recursively."""
    if pa.types.is_large_string(dtype) or pa.types.is_string_view(dtype):
        return pa.string()
    if pa.types.is_large_binary(dtype) or pa.types.is_binary_view(dtype):
        return pa.binary()
    if pa.types.is_large_list(dtype) or pa.types.is_list(dtype) or pa.types.is_list_view(dtype):
        return pa.list_(pa.field(dtype.value_field.name, _hub_type(dtype.value_type)))
    if pa.types.is_struct(dtype):
        return pa.struct([pa.field(f.name, _hub_type(f.type)) for f in dtype])
    return dtype


def _to_arrow(frame: pl.DataFrame, schema: pa.Schema) -> pa.Table:
    """A shaped batch as an Arrow table of the release schema; halves a batch too big for 32-bit offsets."""
    try:
        return frame.to_arrow().cast(schema)
    except (pa.ArrowInvalid, pa.ArrowCapacityError):
        if frame.height < 2:
            raise
        half = frame.height // 2
        return pa.concat_tables([_to_arrow(frame.head(half), schema), _to_arrow(frame.slice(half), schema)])


def _batch_rows(reader: pq.ParquetFile, batch_size: int) -> int:
    """Rows per batch: `batch_size`, fewer when rows are long (~128 MB of uncompressed input per batch)."""
    meta = reader.metadata
    rows = sum(meta.row_group(i).num_rows for i in range(meta.num_row_groups))
    size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if not rows or not size:
        return batch_size
    return max(1, min(batch_size, int(_BATCH_BYTES * rows / size)))


def _batches(files: list[Path], batch_size: int) -> Iterator[tuple[Path, pl.DataFrame]]:
    for path in files:
        try:
            reader = pq.ParquetFile(path)
            for batch in reader.iter_batches(batch_size=_batch_rows(reader, batch_size)):
                frame = pl.from_arrow(batch)
                assert isinstance(frame, pl.DataFrame)
                yield path, frame
        except (pa.ArrowException, OSError) as exc:
            raise InputError(
                f"cannot read input shard {str(path)!r}: {exc}",
                hint="rewrite it (run the pipeline again with `--fresh`), or remove it from the input",
            ) from None


class _ShardWriter:
    """Parquet shards of about `max_bytes` each, written to temp names and renamed once the count is known."""

    def __init__(self, folder: Path, split: str, schema: pa.Schema, max_bytes: int, *, cdc: bool = True) -> None:
        self.folder, self.split, self.schema, self.max_bytes, self.cdc = folder, split, schema, max_bytes, cdc
        self.parts: list[Path] = []
        self.rows: list[int] = []
        self._writer: pq.ParquetWriter | None = None
        self._sink: Any = None

    def write(self, table: pa.Table) -> None:
        if self._writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f".part-{len(self.parts):05d}.parquet"
            self._sink = pa.OSFile(str(path), "wb")
            self._writer = pq.ParquetWriter(
                self._sink, self.schema, compression="zstd", use_content_defined_chunking=self.cdc
            )
            self.parts.append(path)
            self.rows.append(0)
        # Row groups of ~64 MB uncompressed: what readers (datasets streaming, the Hub viewer) page through.
        per_group = max(1, int(table.num_rows * _ROW_GROUP_BYTES / max(table.nbytes, 1)))
        self._writer.write_table(table, row_group_size=per_group)
        self.rows[-1] += table.num_rows
        if self._sink.tell() >= self.max_bytes:
            self._close()

    def _close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._sink.close()
            self._writer = self._sink = None

    def finish(self) -> list[Path]:
        """Close the last shard and give every shard its final `<split>-NNNNN-of-NNNNN.parquet` name."""
        self._close()
        if not self.parts:  # no rows: still one (empty) shard, so the release loads
            self.write(self.schema.empty_table())
            self._close()
        total = len(self.parts)
        final = []
        for index, part in enumerate(self.parts):
            target = self.folder / f"{self.split}-{index:05d}-of-{total:05d}.parquet"
            os.replace(part, target)
            final.append(target)
        return final


class _Stats:
    """Running statistics of the released rows: small per-row numbers, teacher counts, examples, keys."""

    def __init__(self, examples: int) -> None:
        self.numbers: list[pl.DataFrame] = []
        self.teachers: Counter[tuple[str, str]] = Counter()
        self.sources: Counter[str] = Counter()
        self.flag_counts: Counter[str] = Counter()
        self.examples: list[dict[str, Any]] = []
        self.keys: list[np.ndarray] = []
        self.key_column: str | None = None
        self.want_examples = examples
        self.rows = 0

    def add(self, frame: pl.DataFrame) -> None:
        self.rows += frame.height
        assistant = pl.col("messages").list.last().struct.field("content").str.len_chars()
        picks = [assistant.alias("assistant_chars")]
        picks += [pl.col(c) for c in _STAT_COLUMNS if c in frame.columns]
        self.numbers.append(frame.select(picks))
        if "teacher" in frame.columns:
            sampling = (
                pl.col("sampling").struct.json_encode() if isinstance(frame.schema.get("sampling"), pl.Struct)
                else pl.col("sampling").cast(pl.String) if "sampling" in frame.columns else pl.lit(None, pl.String)
            )  # fmt: skip
            counts = frame.group_by(pl.col("teacher").cast(pl.String), sampling.alias("s")).len()
            for teacher, params, n in counts.iter_rows():
                self.teachers[(teacher or "", params or "")] += n
        if "source" in frame.columns:
            for value, n in frame.group_by(pl.col("source").cast(pl.String)).len().iter_rows():
                self.sources[value or ""] += n
        if isinstance(frame.schema.get("contamination"), pl.List):
            flagged = frame.filter(pl.col("contamination").list.len() > 0)
            if flagged.height:
                first = flagged.select(pl.col("contamination").list.first().struct.field("benchmark"))
                for value, n in first.group_by(pl.first()).len().iter_rows():
                    self.flag_counts[str(value)] += n
        if self.key_column is None:
            keyed = frame.schema.get("request_key") == pl.String and frame["request_key"].null_count() == 0
            self.key_column = "request_key" if keyed else "problem"
        self.keys.append(frame[self.key_column].hash().to_numpy())
        if len(self.examples) < self.want_examples:
            for row in frame.head(self.want_examples - len(self.examples)).iter_rows(named=True):
                self.examples.append(row)

    def frame(self) -> pl.DataFrame:
        return pl.concat(self.numbers, how="diagonal_relaxed") if self.numbers else pl.DataFrame()

    def key_set(self) -> np.ndarray:
        return np.unique(np.concatenate(self.keys)) if self.keys else np.array([], dtype=np.uint64)


class _Gate:
    """The release gate: check each batch against the config's benchmarks as it streams by."""

    def __init__(self, config: ReleaseConfig) -> None:
        from longcot.contamination import CheckConfig, ContaminationChecker, load_benchmarks

        self.benchmarks = list(config.benchmarks)
        loaded = load_benchmarks(self.benchmarks, files=config.benchmark_files)
        self.checker = ContaminationChecker(loaded, CheckConfig())
        self.methods = list(CheckConfig().methods)
        self.by_benchmark: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}
        self.rows_flagged = 0
        self.offset = 0

    def check(self, frame: pl.DataFrame) -> None:
        from longcot.contamination import run_checker

        columns = [c for c in TEXT_COLUMNS if c in frame.columns and frame.schema[c] == pl.String]
        report = run_checker(self.checker, frame, columns)
        for flagged in report.flagged:
            self.rows_flagged += 1
            bench = flagged.matches[0].benchmark
            self.by_benchmark[bench] += 1
            ids = self.examples.setdefault(bench, [])
            if len(ids) < 5:
                ids.append(f"row {self.offset + flagged.row} ~ {flagged.matches[0].item_id}")
        self.offset += frame.height

    def summary(self, allowed: bool) -> dict[str, Any]:
        return {
            "benchmarks": self.benchmarks,
            "methods": self.methods,
            "rows_flagged": self.rows_flagged,
            "by_benchmark": dict(sorted(self.by_benchmark.items())),
            "examples": self.examples,
            "allow_contamination": allowed,
        }


# --- manifest parts ------------------------------------------------------------------------------


def _is_commit(revision: Any) -> bool:
    return isinstance(revision, str) and len(revision) == 40 and all(c in "0123456789abcdef" for c in revision)


def _sources(inp: ReleaseInput, config: ReleaseConfig, stats: _Stats) -> list[dict[str, Any]]:
    sources: list[dict[str, Any]] = []
    if inp.pipeline:
        spec = inp.pipeline.get("input") or {}
        fingerprint = inp.pipeline.get("fingerprint") or {}
        entry: dict[str, Any] = {
            "path": spec.get("path"),
            "revision": spec.get("revision"),
            "split": spec.get("split"),
            "columns": fingerprint.get("columns") or {},
        }
        local = Path(str(spec.get("path") or ""))
        if local.is_file():
            entry["sha256"], entry["bytes"] = sha256_file(local), local.stat().st_size
        entry["pinned"] = _is_commit(entry["revision"]) or "sha256" in entry
        sources.append(entry)
    elif inp.kind in ("parquet", "jsonl") and inp.path.is_file():
        sources.append(
            {"path": str(inp.path), "sha256": sha256_file(inp.path), "bytes": inp.path.stat().st_size, "pinned": True}
        )
    for extra in config.sources:
        item = dict(extra)
        item.setdefault("pinned", _is_commit(item.get("revision")))
        sources.append(item)
    for value, n in sorted(stats.sources.items()):
        if value:
            name, _, revision = value.rpartition("@") if "@" in value else (value, "", "")
            sources.append({"path": name, "revision": revision or None, "rows": n, "pinned": _is_commit(revision),
                            "from": "rows"})  # fmt: skip
    return sources


def _teachers(inp: ReleaseInput, config: ReleaseConfig, stats: _Stats) -> list[dict[str, Any]]:
    by_name: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return by_name.setdefault(name, {"teacher": name, "rows": 0, "sampling": [], "terms": None})

    for item in [*(inp.run_metadata.get("teachers") or []), *config.teachers]:
        if not isinstance(item, dict):
            continue
        name = str(item.get("teacher") or item.get("name") or item.get("model") or "")
        if not name:
            continue
        target = entry(name)
        for key, value in item.items():
            if key in ("teacher", "name"):
                continue
            if key == "sampling" and value:
                if value not in target["sampling"]:
                    target["sampling"].append(value)
            elif key in ("terms", "terms_of_use"):
                target["terms"] = value
            else:
                target.setdefault(key, value)
    for (name, params), n in sorted(stats.teachers.items()):
        if not name:
            continue
        target = entry(name)
        target["rows"] += n
        if params:
            parsed = json.loads(params) if params.startswith("{") else params
            if isinstance(parsed, dict):
                parsed = {k: v for k, v in parsed.items() if v is not None}
            if parsed and parsed not in target["sampling"]:
                target["sampling"].append(parsed)
    for name, target in by_name.items():
        provider = name.split(":", 1)[0].lower()
        target["terms"] = config.teachers_terms.get(name) or target["terms"] or KNOWN_TERMS.get(provider)
    return list(by_name.values())


def _funnel(inp: ReleaseInput, rows_in: int, rows: int) -> list[dict[str, Any]]:
    steps = [
        {"step": s["step"], "rows_in": s.get("rows_in", 0), "rows_out": s.get("rows_out", 0),
         "dropped": dict(s.get("dropped") or {}), **({"flagged": s["flagged"]} if s.get("flagged") else {})}
        for s in (inp.funnel or [])
    ]  # fmt: skip
    steps.append({"step": "release", "rows_in": rows_in, "rows_out": rows, "dropped": {}})
    return steps


def _pipeline_record(inp: ReleaseInput) -> dict[str, Any] | None:
    if not inp.pipeline:
        return None
    fingerprint = inp.pipeline.get("fingerprint") or {}
    return {"name": fingerprint.get("name"), "source_file": inp.pipeline.get("source_file"),
            "longcot": inp.pipeline.get("longcot")}  # fmt: skip


def _steps(inp: ReleaseInput) -> list[dict[str, Any]]:
    fingerprint = (inp.pipeline or {}).get("fingerprint") or {}
    return list(fingerprint.get("steps") or [])


def _contamination(
    inp: ReleaseInput, steps: list[dict[str, Any]], funnel: list[dict[str, Any]], stats: _Stats,
    gate: dict[str, Any] | None,
) -> dict[str, Any]:  # fmt: skip
    checks = []
    by_step = {s["step"]: s for s in funnel}
    for step in steps:
        if step.get("type") != "decontaminate":
            continue
        removed = dict((by_step.get("decontaminate") or {}).get("dropped") or {})
        checks.append(
            {"benchmarks": list(step.get("benchmarks") or []), "methods": list(step.get("methods") or []),
             "mode": step.get("mode", "drop"), "rows_removed": removed}
        )  # fmt: skip
    return {
        "checked": bool(checks or gate),
        "pipeline": checks,
        "rows_removed": sum(sum(c["rows_removed"].values()) for c in checks),
        "rows_flagged_kept": dict(sorted(stats.flag_counts.items())),
        "release_gate": gate,
    }


def _describe(series: pl.Series) -> dict[str, Any]:
    values = series.drop_nulls().cast(pl.Float64)
    if not values.len():
        return {"rows": 0}
    out = {
        "rows": values.len(),
        "sum": float(values.sum()),
        "mean": round(float(values.mean()), 2),
        "min": float(values.min()),
        "p50": float(values.quantile(0.5, "nearest")),
        "p90": float(values.quantile(0.9, "nearest")),
        "p99": float(values.quantile(0.99, "nearest")),
        "max": float(values.max()),
    }
    return {k: (int(v) if isinstance(v, float) and v.is_integer() and k != "mean" else v) for k, v in out.items()}


def _token_stats(numbers: pl.DataFrame) -> dict[str, Any]:
    stats: dict[str, Any] = {}
    for column in ("assistant_chars", *TOKEN_COLUMNS):
        if column in numbers.columns and numbers[column].drop_nulls().len():
            stats[column] = _describe(numbers[column])
    if "cost_usd" in numbers.columns and numbers["cost_usd"].drop_nulls().len():
        stats["cost_usd"] = round(float(numbers["cost_usd"].sum()), 4)
    if "verdict" in numbers.columns:
        stats["verdicts"] = {str(k): int(n) for k, n in numbers.group_by("verdict").len().sort("verdict").iter_rows()}
    return stats


def _schema(arrow_schema: pa.Schema) -> dict[str, str]:
    empty = pl.from_arrow(arrow_schema.empty_table())
    assert isinstance(empty, pl.DataFrame)
    return {name: str(dtype) for name, dtype in empty.schema.items()}


# --- versions ------------------------------------------------------------------------------------


def _previous_keys(manifest: dict[str, Any], key_column: str | None) -> np.ndarray | None:
    """Row keys of the previous release, read from its folder when that folder is still on disk."""
    folder = Path(str(manifest.get("release_dir") or ""))
    if not key_column or not folder.is_dir():
        return None
    hashes = []
    for item in manifest.get("files") or []:
        path = folder / item["path"]
        if not item["path"].endswith(".parquet"):
            continue
        try:
            table = pq.read_table(path, columns=[key_column])
        except Exception:
            return None
        frame = pl.from_arrow(table)
        assert isinstance(frame, pl.DataFrame)
        hashes.append(frame[key_column].hash().to_numpy())
    return np.unique(np.concatenate(hashes)) if hashes else np.array([], dtype=np.uint64)


def _check_version_early(
    name: str, version: Version, root: Path, force: bool, same_run: bool
) -> tuple[Version, dict[str, Any]] | None:
    """Refuse an existing version, one older than the newest, or one that skips a number (unless forced)."""
    from longcot.release.version import manifest_versions

    existing = root / name / f"{version.tag}.yaml"
    if existing.exists() and not (force or same_run):
        raise ReleaseError(
            f"release {name} {version.tag} already exists ({existing})",
            hint=f"bump the version (e.g. --version {version.bump('patch')}), or pass --force to rebuild it "
            "(never for a version already pushed: tags never move)",
        )
    previous = previous_manifest(root, name, version)
    if force:
        return previous
    newest = max(manifest_versions(root, name), default=None)
    if newest is not None and newest > version:
        raise ReleaseError(
            f"{name} {version.tag} is older than the newest release {newest.tag}",
            hint=f"release the next version, e.g. --version {newest.bump('patch')}",
        )
    if previous is not None and version.level_from(previous[0]) is None:
        prev = previous[0]
        raise ReleaseError(
            f"{name} {version.tag} does not follow {prev.tag}",
            hint=f"use {prev.bump('major')}, {prev.bump('minor')} or {prev.bump('patch')}",
        )
    return previous


def _version_change(
    previous: tuple[Version, dict[str, Any]] | None, version: Version, schema: dict[str, str], stats: _Stats,
    keys: np.ndarray, force: bool,
) -> dict[str, Any] | None:  # fmt: skip
    if previous is None:
        return None
    prev_version, prev = previous
    prev_schema = prev.get("schema") or {}
    schema_changed = prev_schema != schema
    prev_keys = _previous_keys(prev, stats.key_column)
    if prev_keys is not None:
        added = int(np.isin(keys, prev_keys, invert=True).sum())
        removed = int(np.isin(prev_keys, keys, invert=True).sum())
        exact = True
    else:
        prev_rows = int((prev.get("splits") or {}).get("rows") or 0)
        added, removed, exact = max(0, int(keys.size) - prev_rows), 0, False
    need = required_level(schema_changed=schema_changed, rows_added=added)
    level = version.level_from(prev_version)
    change = {
        "previous": str(prev_version),
        "level": level,
        "required": need,
        "schema_changed": schema_changed,
        "rows_added": added,
        "rows_removed": removed,
        "counted_by": stats.key_column if exact else "row count (previous release folder not on disk)",
        "forced": force,
    }
    order = {"patch": 0, "minor": 1, "major": 2}
    if not force and (level is None or order[level] < order[need]):
        why = "the schema changed" if schema_changed else f"{added:,} rows were added"
        columns = sorted(set(prev_schema) ^ set(schema)) or [c for c in schema if prev_schema.get(c) != schema[c]]
        detail = f" (columns: {', '.join(columns)})" if schema_changed else ""
        raise ReleaseError(
            f"{version.tag} is a {level} bump of {prev_version.tag}, but {why}{detail}: that needs a {need} bump",
            hint=f"use --version {prev_version.bump(need)}, or --force to override",
        )
    return change


# --- build ---------------------------------------------------------------------------------------


def _check_name(name: str) -> None:
    if not name or not set(name) <= _NAME_OK or name[0] in ".-":
        raise ConfigError(
            f"release name must be letters, digits, '-', '_' or '.', got {name!r}", hint="e.g. --name limo-curated"
        )


def build_release(
    input: str | Path,
    *,
    name: str,
    version: str,
    out: str | Path,
    config: ReleaseConfig | None = None,
    force: bool = False,
    allow_contamination: bool = False,
    releases_dir: str | Path | None = None,
    same_run: bool = False,
) -> BuildResult:
    """Build a release folder from a run folder or a Parquet/JSONL file or folder.

    Args:
        input: Run folder (brings `pipeline.json` and the funnel), Parquet/JSONL file or folder.
        name: Release name (the manifest lives at `releases/NAME/vX.Y.Z.yaml`).
        version: `MAJOR.MINOR.PATCH`; must follow the previous manifest of `name` (see
            :mod:`longcot.release.version`) unless `force`.
        out: The release folder to write (Hub dataset layout).
        config: Card and gate options (`release.yaml`). Defaults to :class:`ReleaseConfig()`.
        force: Rebuild an existing version and skip the version rules. Defaults to False.
        allow_contamination: Release despite gate matches, recording the decision. Defaults to False.
        releases_dir: Where the manifest copy goes. Defaults to `releases/` of the repo or cwd.
        same_run: Rebuilding the same version from the same run is allowed when the data is
            unchanged (what `longcot run` does on a rerun). Defaults to False.

    Returns:
        The :class:`BuildResult`.

    Raises:
        InputError: The input is missing or damaged.
        SchemaError: It lacks `problem` or `completion`.
        ContaminationError: The gate found matches and `allow_contamination` is off.
        ReleaseError: The version exists or does not follow the previous one.
    """
    import time

    started = time.perf_counter()
    config = config or ReleaseConfig()
    _check_name(name)
    semver = Version.parse(version)
    out = Path(out).absolute()
    root = Path(releases_dir).absolute() if releases_dir else releases_root()
    previous = _check_version_early(name, semver, root, force, same_run)
    existing_copy = root / name / f"{semver.tag}.yaml"
    if out.exists() and any(out.iterdir()) and not force:
        mine = (out / MANIFEST_NAME).is_file() and same_run
        if not mine:
            raise ReleaseError(
                f"release folder {str(out)!r} exists and is not empty",
                hint="pass another --out, or --force to replace it",
            )
    staging = out.parent / f".{out.name}.building-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        result = _build_into(
            staging, input, name=name, semver=semver, out=out, config=config, force=force,
            allow_contamination=allow_contamination, previous=previous, copy_path=existing_copy,
        )  # fmt: skip
        manifest = result
        if same_run and not force and existing_copy.exists():
            _check_same_data(existing_copy, manifest, name, semver)
        if out.exists():
            shutil.rmtree(out)
        os.replace(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    write_manifest(manifest, existing_copy)
    shards = sorted((out / "data").glob("*.parquet"))
    return BuildResult(
        out=out, manifest=manifest, manifest_copy=existing_copy, rows=int(manifest["splits"]["rows"]),
        shards=shards, seconds=time.perf_counter() - started,
    )  # fmt: skip


def _check_same_data(existing_copy: Path, manifest: dict[str, Any], name: str, semver: Version) -> None:
    before = load_manifest(existing_copy)
    old = {f["path"]: f["sha256"] for f in before.get("files") or [] if f["path"].startswith("data/")}
    new = {f["path"]: f["sha256"] for f in manifest["files"] if f["path"].startswith("data/")}
    if old != new:
        raise ReleaseError(
            f"the run's data changed since {name} {semver.tag} was built ({existing_copy})",
            hint=f"release it as a new version, e.g. `--set release.version={semver.bump('patch')}`",
        )


def _build_into(
    staging: Path, input: str | Path, *, name: str, semver: Version, out: Path, config: ReleaseConfig,
    force: bool, allow_contamination: bool, previous: tuple[Version, dict[str, Any]] | None, copy_path: Path,
) -> dict[str, Any]:  # fmt: skip
    from longcot.release.card import render_card
    from longcot.release.plots import card_plots
    from longcot.release.score import transparency_score

    inp = resolve_input(input, staging)
    unified = _check_shards(inp.files)
    where = f"release input {str(inp.path)!r}"
    shaper = _Shaper(unified, config, where)
    split = config.split or ((inp.pipeline or {}).get("fingerprint") or {}).get("split") or "train"
    gate = _Gate(config) if config.benchmarks else None
    writer = _ShardWriter(
        staging / "data", split, shaper.arrow_schema, int(config.shard_size_mb * (1 << 20)),
        cdc=config.content_defined_chunking,
    )  # fmt: skip
    stats = _Stats(config.examples)
    rows_in = 0
    for _path, batch in _batches(inp.files, config.batch_size):
        rows_in += batch.height
        shaped = shaper(batch)
        if gate is not None:
            gate.check(shaped)
        stats.add(shaped)
        writer.write(_to_arrow(shaped, shaper.arrow_schema))
    shards = writer.finish()
    shutil.rmtree(staging / ".input", ignore_errors=True)
    gate_summary = gate.summary(allow_contamination) if gate else None
    if gate is not None and gate.rows_flagged and not allow_contamination:
        bench, n = gate.by_benchmark.most_common(1)[0]
        error = ContaminationError(bench, gate.rows_flagged, gate.examples.get(bench, []))
        error.hint = (
            f"{error.hint}; or pass --allow-contamination to release them anyway (recorded in the manifest and card)"
        )
        raise error

    schema = _schema(shaper.arrow_schema)
    keys = stats.key_set()
    change = _version_change(previous, semver, schema, stats, keys, force)
    numbers = stats.frame()
    plots = card_plots(numbers, staging / "plots")
    steps = _steps(inp)
    funnel = _funnel(inp, rows_in, stats.rows)
    manifest: dict[str, Any] = {
        "name": name,
        "version": str(semver),
        "tag": semver.tag,
        "built_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "release_dir": str(out),
        "manifest_copy": str(copy_path),
        "input": {"path": str(Path(input).absolute()), "kind": inp.kind},
        "license": config.license,
        "splits": {"name": split, "rows": stats.rows, "shards": len(shards)},
        "keys": {"column": stats.key_column, "unique": int(keys.size)},
        "sources": _sources(inp, config, stats),
        "teachers": _teachers(inp, config, stats),
        "prompts": dict(config.prompts or (inp.run_metadata.get("prompts") or {})),
        "pipeline": _pipeline_record(inp),
        "steps": steps,
        "funnel": funnel,
        "contamination": _contamination(inp, steps, funnel, stats, gate_summary),
        "evaluation": dict(config.evaluation),
        "tokens": _token_stats(numbers),
        "schema": schema,
        "conversation": config.to_dict()["conversation"],
        "version_change": change,
        "release_config": {k: v for k, v in config.to_dict().items() if k not in ("conversation",)},
        "longcot": {"version": __version__, **git_commit()},
        "hub": None,
    }
    manifest["transparency"] = transparency_score(manifest)
    card = render_card(manifest, examples=stats.examples, plots={k: p.relative_to(staging) for k, p in plots.items()})
    (staging / "README.md").write_text(card, encoding="utf-8")
    manifest["files"] = [file_entry(staging, path) for path in release_files(staging)]
    _assert_no_secrets(staging, manifest)
    write_manifest(manifest, staging / MANIFEST_NAME)
    return manifest


#: Environment variables whose values must never reach a card or a manifest.
SECRET_ENV = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "DEEPSEEK_API_KEY")


def _assert_no_secrets(folder: Path, manifest: dict[str, Any]) -> None:
    """Refuse to write a card or manifest that holds the value of a token from the environment."""
    from longcot.release.manifest import dump_yaml

    secrets = [os.environ[k] for k in SECRET_ENV if len(os.environ.get(k, "")) >= 8]
    if not secrets:
        return
    texts = {"README.md": (folder / "README.md").read_text(encoding="utf-8"), MANIFEST_NAME: dump_yaml(manifest)}
    for where, text in texts.items():
        for secret in secrets:
            if secret in text:
                raise ReleaseError(
                    f"{where} would contain an API token from the environment; nothing was written",
                    hint="remove the token from release.yaml / the run's metadata, then build again",
                )
