"""Read a longcot release for training: find its files, check them against the manifest, get the conversations.

A release is named in one of three ways:

- a manifest, `releases/NAME/vX.Y.Z.yaml` (the copy `longcot release build` writes): its data folder
  is the manifest's `release_dir` (or `folder`, `path`, `local_dir`; relative to the manifest), else
  the folder `releases/NAME/vX.Y.Z/` beside it, else the Hub repo it was pushed to (`hub.repo` at
  `hub.tag`, or `repo_id` at `tag`);
- a release folder (the Hub dataset layout: `data/<split>-NNNNN-of-NNNNN.parquet`), with its manifest
  inside as `longcot-manifest.yaml` (or `manifest.yaml`);
- `ORG/NAME@vX.Y.Z`: the Hub dataset at that tag, downloaded with `huggingface_hub.snapshot_download`.

The reader is tolerant of the manifest's shape where it does not matter and strict where it does:
`files` may be a list of `{path, sha256, ...}` (what `release build` writes: every file of the folder)
or a `{path: sha256}` mapping, and every file listed is hashed and compared (a mismatch is a
:class:`~longcot.errors.ManifestMismatchError`); the token statistics (`tokens`, or `token_stats`) are
copied verbatim into the run manifest, and the longest sample in student tokens
(`student_tokens.max`) is reported beside the length sft.py measures.
The training text is the release's `messages` column (built by :func:`longcot.records.messages_expr`);
a release without one gets it from `problem`/`reasoning`/`completion` by the same function.

Example:
    >>> parse_hub_ref("longcot/o1-journey@v1.0.0")
    ('longcot/o1-journey', 'v1.0.0')
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from longcot.errors import ConfigError, InputError, ManifestMismatchError, SchemaError
from longcot.records import DEFAULT_CONVERSATION, ConversationFormat, messages_expr


MANIFEST_NAMES = ("longcot-manifest.yaml", "manifest.yaml", "release.yaml")
_HUB_REF = re.compile(r"^(?P<repo>[\w.-]+/[\w.-]+)@(?P<rev>[\w./-]+)$")


def parse_hub_ref(ref: str) -> tuple[str, str] | None:
    """`ORG/NAME@REVISION` → `(repo_id, revision)`, or None when `ref` is not of that form."""
    m = _HUB_REF.match(ref)
    return (m.group("repo"), m.group("rev")) if m else None


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Release:
    """A release resolved to local files.

    Attributes:
        ref: What the user named (manifest path, folder or `ORG/NAME@vX.Y.Z`).
        folder: Local folder in the Hub dataset layout.
        name: Release name, from the manifest (or the folder name).
        version: Release version (`v1.2.0`), from the manifest or the Hub ref.
        manifest_path: The manifest read, if any.
        manifest: Its content.
        repo_id: Hub repo, when known.
        revision: Hub revision (the tag), when known.
        files: Every data file with its sha256 and whether the manifest vouched for it.
        token_stats: The manifest's token statistics, verbatim.
    """

    ref: str
    folder: Path
    name: str | None
    version: str | None
    manifest_path: Path | None
    manifest: dict[str, Any] = field(repr=False)
    repo_id: str | None
    revision: str | None
    files: tuple[dict[str, Any], ...]
    token_stats: dict[str, Any] | None

    @property
    def data_sha256(self) -> str:
        """One hash of the data: sha256 over the sorted `path sha256` lines of the data files."""
        lines = sorted(f"{f['path']} {f['sha256']}" for f in self.files)
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()

    @property
    def longest_sample_tokens(self) -> int | None:
        """The release's longest sample in student tokens (`student_tokens.max`), when the manifest has it."""
        stats = self.token_stats or {}
        student = stats.get("student_tokens")
        if isinstance(student, dict) and isinstance(student.get("max"), (int, float)):
            return int(student["max"])
        return None

    def split_files(self, split: str) -> list[Path]:
        """Parquet files of one split (`data/<split>-*.parquet`), sorted."""
        files = sorted((self.folder / "data").glob(f"{split}-*.parquet"))
        if not files:
            present = sorted(p.name for p in (self.folder / "data").glob("*.parquet"))
            raise InputError(
                f"release {self.ref!r} has no {split!r} split in {self.folder / 'data'}",
                hint=f"files there: {', '.join(present) or '(none)'}; pass the split that exists",
            )
        return files

    def describe(self) -> dict[str, Any]:
        """What a run manifest records about the data."""
        return {
            "ref": self.ref,
            "name": self.name,
            "version": self.version,
            "repo_id": self.repo_id,
            "revision": self.revision,
            "folder": str(self.folder),
            "manifest": str(self.manifest_path) if self.manifest_path else None,
            "manifest_sha256": sha256_file(self.manifest_path) if self.manifest_path else None,
            "data_sha256": self.data_sha256,
            "files": list(self.files),
            "token_stats": self.token_stats,
        }


def _manifest_files(manifest: dict[str, Any]) -> dict[str, str]:
    files = manifest.get("files")
    if files is None:
        return {}
    if isinstance(files, dict):
        return {p: (v["sha256"] if isinstance(v, dict) else str(v)) for p, v in files.items()}
    if isinstance(files, list):
        return {f["path"]: f["sha256"] for f in files if isinstance(f, dict) and "path" in f and "sha256" in f}
    raise ConfigError(f"manifest `files` must be a list of {{path, sha256}} or a mapping, got {type(files).__name__}")


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read release manifest {path}: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"release manifest {path} is not a YAML mapping")
    return data


def _download(repo_id: str, revision: str) -> Path:
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(repo_id, repo_type="dataset", revision=revision))
    except Exception as exc:  # offline, missing tag, auth: one line with the cause
        raise InputError(
            f"cannot download dataset {repo_id}@{revision}: {type(exc).__name__}: {exc}",
            hint="check the tag with `longcot release verify`, or pass the local release folder",
        ) from None


def resolve_release(ref: str | Path) -> Release:
    """Find a release's files and check every one the manifest lists against its sha256.

    Args:
        ref: A manifest (`releases/NAME/vX.Y.Z.yaml`), a release folder, or `ORG/NAME@vX.Y.Z`.

    Returns:
        The :class:`Release`.

    Raises:
        InputError: Nothing is found at `ref`.
        ManifestMismatchError: A listed file is missing or its sha256 differs.
    """
    text = str(ref)
    path = Path(text)
    manifest_path: Path | None = None
    manifest: dict[str, Any] = {}
    repo_id = revision = None
    if path.is_file() and path.suffix in (".yaml", ".yml"):
        manifest_path, manifest = path, _read_manifest(path)
        hub = manifest.get("hub") if isinstance(manifest.get("hub"), dict) else {}
        repo_id = hub.get("repo") or manifest.get("repo_id")
        revision = hub.get("tag") or manifest.get("tag") or _version_tag(manifest.get("version"))
        folder = _local_folder(path, manifest)
        if folder is None:
            if not repo_id or not revision:
                raise InputError(
                    f"release manifest {path} names no local folder and no repo_id + version",
                    hint=f"build it with `longcot release build`, or put the release folder at {path.with_suffix('')}",
                )
            folder = _download(repo_id, revision)
    elif path.is_dir():
        folder = path
    elif (hub := parse_hub_ref(text)) is not None and not path.exists():
        repo_id, revision = hub
        folder = _download(repo_id, revision)
    else:
        raise InputError(
            f"release {text!r} not found: not a manifest, a release folder or ORG/NAME@vX.Y.Z",
            hint="pass e.g. releases/NAME/v1.0.0.yaml, runs/release/NAME, or ORG/NAME@v1.0.0",
        )
    if manifest_path is None:
        for name in MANIFEST_NAMES:
            if (folder / name).exists():
                manifest_path, manifest = folder / name, _read_manifest(folder / name)
                break
    listed = _manifest_files(manifest)
    files = []
    for rel, expected in sorted(listed.items()):
        target = folder / rel
        if not target.exists():
            raise ManifestMismatchError(
                f"release {text!r}: {rel} is listed in the manifest but missing from {folder}",
                hint="download the release again, or rebuild it",
            )
        actual = sha256_file(target)
        if actual != expected:
            raise ManifestMismatchError(
                f"release {text!r}: {rel} has sha256 {actual[:12]}…, the manifest says {expected[:12]}…",
                hint="the data changed after release: rebuild the release, or train on the version that matches",
            )
        files.append({"path": rel, "sha256": actual, "verified": True})
    for data_file in sorted((folder / "data").glob("*.parquet")):
        rel = data_file.relative_to(folder).as_posix()
        if rel not in listed:
            # Not vouched for: hashed and recorded, marked unverified (a release without a manifest).
            files.append({"path": rel, "sha256": sha256_file(data_file), "verified": False})
    version = manifest.get("version") or revision
    return Release(
        ref=text,
        folder=folder,
        name=manifest.get("name") or folder.name,
        version=_version_tag(version) if version else None,
        manifest_path=manifest_path,
        manifest=manifest,
        repo_id=repo_id or (manifest.get("hub") or {}).get("repo") or manifest.get("repo_id"),
        revision=revision,
        files=tuple(files),
        token_stats=manifest.get("tokens") or manifest.get("token_stats"),
    )


def _version_tag(version: Any) -> str | None:
    if version is None:
        return None
    text = str(version)
    return text if text.startswith("v") else f"v{text}"


def _local_folder(manifest_path: Path, manifest: dict[str, Any]) -> Path | None:
    for key in ("release_dir", "folder", "path", "local_dir"):
        value = manifest.get(key)
        if isinstance(value, str) and (candidate := (manifest_path.parent / value)).is_dir():
            return candidate
    beside = manifest_path.with_suffix("")
    return beside if beside.is_dir() else None


def release_conversations(
    release: Release, split: str = "train", fmt: ConversationFormat = DEFAULT_CONVERSATION
) -> pl.DataFrame:
    """The split's rows with a `messages` column: the release's own, or built by :func:`messages_expr`.

    Returns:
        The frame, with `problem_id` (or a row number) kept for reports.

    Raises:
        SchemaError: Neither `messages` nor `problem` + `completion` is present.
    """
    frame = pl.concat([pl.read_parquet(p) for p in release.split_files(split)], how="diagonal_relaxed")
    if "messages" not in frame.columns:
        missing = [c for c in ("problem", "completion") if c not in frame.columns]
        if missing:
            raise SchemaError(
                f"release {release.ref!r} has neither `messages` nor {', '.join(missing)}; columns: "
                + ", ".join(frame.columns),
                hint="rebuild it with `longcot release build`",
            )
        if "reasoning" not in frame.columns:
            frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("reasoning"))
        frame = frame.with_columns(messages_expr(fmt).alias("messages"))
    if "problem_id" not in frame.columns:
        frame = frame.with_row_index("problem_id").with_columns(pl.col("problem_id").cast(pl.String))
    return frame
