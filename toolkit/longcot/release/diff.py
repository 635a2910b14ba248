"""`longcot release diff A B`: which rows B adds and removes relative to A, and why.

Rows are matched by `request_key` when both releases have it (one teacher sample each), else by
`problem`. A removed row's reason comes from B's run when its folder is still on disk: the step
and drop reason under `dropped/` (`verify: incorrect`, `decontaminate: aime2024`); otherwise it
was not in B's input. An added row is new in B's input, or was dropped by A's run (with that reason).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from longcot.errors import SchemaError
from longcot.release.manifest import load_manifest


@dataclass
class ReleaseDiff:
    """Rows added and removed between two releases, with a reason for each."""

    a: str
    b: str
    key: str
    rows_a: int
    rows_b: int
    added: pl.DataFrame  # key, problem, reason
    removed: pl.DataFrame
    schema_changes: list[str] = field(default_factory=list)

    def reasons(self) -> dict[str, dict[str, int]]:
        """`{"added": {reason: rows}, "removed": {reason: rows}}`."""
        return {
            side: dict(Counter(frame["reason"].to_list()).most_common())
            for side, frame in (("added", self.added), ("removed", self.removed))
        }

    def to_dict(self, *, rows: int = 50) -> dict[str, Any]:
        """JSON-ready summary with up to `rows` example rows per side."""
        return {
            "a": self.a, "b": self.b, "key": self.key, "rows_a": self.rows_a, "rows_b": self.rows_b,
            "added": self.added.height, "removed": self.removed.height, "reasons": self.reasons(),
            "schema_changes": self.schema_changes,
            "added_rows": self.added.head(rows).to_dicts(), "removed_rows": self.removed.head(rows).to_dicts(),
        }  # fmt: skip


def _folder(target: str) -> Path:
    """A local release folder, or a Hub release (`ORG/NAME@vX.Y.Z`) downloaded and verified."""
    from longcot.release.hub import parse_hub_ref, verify_release

    if Path(target).exists() or parse_hub_ref(target) is None:
        return Path(target)
    from huggingface_hub import snapshot_download

    repo_id, tag = parse_hub_ref(target)  # type: ignore[misc]
    verify_release(target)
    return Path(snapshot_download(repo_id, repo_type="dataset", revision=tag))  # cached by verify_release


def _rows(folder: Path, manifest: dict[str, Any], key: str) -> pl.DataFrame:
    files = [folder / f["path"] for f in manifest["files"] if f["path"].endswith(".parquet")]
    cols = [key] if key == "problem" else [key, "problem"]
    frames = [pl.scan_parquet(f).select(cols) for f in files]
    frame = pl.concat(frames).collect() if frames else pl.DataFrame({c: [] for c in cols})
    if key != "problem":
        frame = frame.with_columns(pl.col("problem").str.slice(0, 120))
    return frame.unique(subset=[key], keep="first")


def _dropped(manifest: dict[str, Any], key: str) -> pl.DataFrame | None:
    """`key → "step: reason"` for the rows the release's run dropped, when the run folder is on disk."""
    inp = manifest.get("input") or {}
    run = Path(str(inp.get("path") or ""))
    if inp.get("kind") != "run" or not (run / "dropped").is_dir():
        return None
    parts = []
    for step in sorted(p for p in (run / "dropped").iterdir() if p.is_dir()):
        for path in sorted(step.glob("*.parquet")):
            lazy = pl.scan_parquet(path)
            if key not in lazy.collect_schema().names():
                continue
            parts.append(
                lazy.select(pl.col(key), pl.concat_str([pl.lit(f"{step.name}: "), pl.col("drop_reason")]).alias("why"))
            )
    if not parts:
        return None
    return pl.concat(parts).collect().unique(subset=[key], keep="first")


def _explain(rows: pl.DataFrame, key: str, dropped: pl.DataFrame | None, fallback: str, prefix: str) -> pl.DataFrame:
    if dropped is None:
        return rows.with_columns(pl.lit(fallback).alias("reason"))
    joined = rows.join(dropped, on=key, how="left")
    reason = pl.when(pl.col("why").is_not_null()).then(pl.lit(prefix) + pl.col("why")).otherwise(pl.lit(fallback))
    return joined.with_columns(reason.alias("reason")).drop("why")


def diff_releases(a: str | Path, b: str | Path) -> ReleaseDiff:
    """Compare release A (older) with release B (newer), folders or `ORG/NAME@vX.Y.Z`.

    Raises:
        SchemaError: The releases share no key column.
        InputError: A folder has no manifest.
    """
    folder_a, folder_b = _folder(str(a)), _folder(str(b))
    man_a, man_b = load_manifest(folder_a), load_manifest(folder_b)
    schema_a, schema_b = man_a.get("schema") or {}, man_b.get("schema") or {}
    key = "request_key" if "request_key" in schema_a and "request_key" in schema_b else "problem"
    if key not in schema_a or key not in schema_b:
        raise SchemaError(f"{a} and {b} share no key column (request_key or problem)")
    rows_a, rows_b = _rows(folder_a, man_a, key), _rows(folder_b, man_b, key)
    removed = rows_a.join(rows_b.select(key), on=key, how="anti")
    added = rows_b.join(rows_a.select(key), on=key, how="anti")
    removed = _explain(removed, key, _dropped(man_b, key), "not in B's input", "")
    added = _explain(added, key, _dropped(man_a, key), "new in B's input", "kept now; A's run dropped it at ")
    changes = [f"added column {c}" for c in schema_b if c not in schema_a]
    changes += [f"removed column {c}" for c in schema_a if c not in schema_b]
    changes += [
        f"{c}: {schema_a[c]} -> {schema_b[c]}" for c in schema_a if c in schema_b and schema_a[c] != schema_b[c]
    ]
    return ReleaseDiff(
        a=str(a), b=str(b), key=key, rows_a=int(man_a["splits"]["rows"]), rows_b=int(man_b["splits"]["rows"]),
        added=added, removed=removed, schema_changes=changes,
    )  # fmt: skip
