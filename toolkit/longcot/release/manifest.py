"""The release manifest: `longcot-manifest.yaml`, the record a release is audited and verified against.

It holds sources with revisions, teachers with sampling params and terms of use, every step with its
config, the funnel with drop reasons, the contamination summary, token statistics, the longcot version
and git commit, and `files: [{path, sha256, bytes, rows}]` for every file of the release folder but
the manifest itself. A copy lives at `releases/NAME/vX.Y.Z.yaml` in the working folder.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from longcot.errors import InputError


MANIFEST_NAME = "longcot-manifest.yaml"
_CHUNK = 8 << 20


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 8 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def git_blob_sha1(path: Path) -> str:
    """The git blob id of a file (`sha1("blob <size>\\0" + content)`): what the Hub reports for a regular file."""
    digest = hashlib.sha1(f"blob {path.stat().st_size}\0".encode())
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def parquet_rows(path: Path) -> int:
    """Row count from a Parquet footer.

    Raises:
        InputError: The file is not readable Parquet (truncated, corrupt).
    """
    try:
        return pq.ParquetFile(path).metadata.num_rows
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a damaged file
        raise InputError(f"cannot read Parquet file {str(path)!r}: {exc}") from None


def release_files(folder: Path) -> list[Path]:
    """Every file of a release folder but the manifest, sorted by relative path."""
    files = [p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).as_posix() != MANIFEST_NAME]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def file_entry(folder: Path, path: Path) -> dict[str, Any]:
    """`{path, sha256, bytes, rows}` of one file (rows only for Parquet, else null)."""
    return {
        "path": path.relative_to(folder).as_posix(),
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "rows": parquet_rows(path) if path.suffix == ".parquet" else None,
    }


def git_commit(start: Path | None = None) -> dict[str, Any]:
    """`{commit, dirty}` of the git checkout longcot runs from; nulls when it is not a checkout."""
    here = start or Path(__file__).resolve().parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(here), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()
        status = subprocess.run(
            ["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit or None, "dirty": bool(status.strip())}


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any) -> str:
    """YAML as manifests are written: keys in insertion order, unicode kept, no anchors, no line folding."""
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=10_000)


def write_manifest(manifest: dict[str, Any], path: Path) -> None:
    """Write a manifest atomically (temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(dump_yaml(manifest), encoding="utf-8")
    os.replace(tmp, path)


def load_manifest(folder_or_file: str | Path) -> dict[str, Any]:
    """Read the manifest of a release folder (or a manifest file).

    Raises:
        InputError: No manifest there, or it is not a YAML mapping.
    """
    path = Path(folder_or_file)
    if path.is_dir():
        path = path / MANIFEST_NAME
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"no release manifest at {str(path)!r}",
            hint="build the release first: `longcot release build INPUT --name NAME --version X.Y.Z --out DIR`",
        ) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read release manifest {str(path)!r}: {exc}") from None
    if not isinstance(data, dict) or "files" not in data:
        raise InputError(f"{path} is not a longcot release manifest (no `files:` list)")
    return data
