"""The run manifest: which data, recipe, code and library versions produced a checkpoint.

Written as `run_manifest.json` in the output folder (and copied into each checkpoint folder), so a
checkpoint on disk names the release version and the sha256 of its data.

Example:
    >>> info = code_commit(".")
    >>> sorted(info)
    ['commit', 'dirty']
"""

from __future__ import annotations

import json
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any


RUN_MANIFEST = "run_manifest.json"


def code_commit(path: str | Path) -> dict[str, Any]:
    """The git commit of the checkout holding `path`, and whether it has uncommitted changes (None outside git)."""

    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(
                ["git", *args], cwd=Path(path).resolve().parent if Path(path).is_file() else path,
                capture_output=True, text=True, timeout=10, check=True,
            )  # fmt: skip
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout.strip()

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=no") if commit else None
    return {"commit": commit, "dirty": None if status is None else bool(status)}


def package_versions(
    names: tuple[str, ...] = ("longcot", "torch", "transformers", "trl", "accelerate", "datasets"),
) -> dict[str, str | None]:
    """Installed versions of the packages a run depends on (None when missing)."""
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def write_run_manifest(folder: str | Path, manifest: dict[str, Any]) -> Path:
    """Write `run_manifest.json` into `folder` (created) and return its path."""
    target = Path(folder) / RUN_MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(manifest, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    return target


def read_run_manifest(folder: str | Path) -> dict[str, Any]:
    """Read the run manifest of a run or checkpoint folder."""
    return json.loads((Path(folder) / RUN_MANIFEST).read_text(encoding="utf-8"))
