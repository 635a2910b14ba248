"""Semantic versions of a release: a schema change is a major bump, new rows a minor one, fixes a patch.

A release `NAME` has manifests at `releases/NAME/vX.Y.Z.yaml`. A new version must be the next
major, minor or patch of the newest earlier one, and at least the bump its change needs:

- the schema changed (a column added, removed or retyped): major;
- rows were added (keys not in the previous release): minor;
- otherwise (rows removed, text fixed, card or config changed): patch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from longcot.errors import ConfigError


_SEMVER = re.compile(r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
LEVELS = ("patch", "minor", "major")


@dataclass(frozen=True, order=True)
class Version:
    """A `MAJOR.MINOR.PATCH` version (no pre-release or build suffix: tags never move)."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse `1.2.3` or `v1.2.3`.

        Raises:
            ConfigError: Not a plain semantic version.

        Example:
            >>> Version.parse("v1.2.3").tag
            'v1.2.3'
        """
        match = _SEMVER.match(str(text).strip())
        if not match:
            raise ConfigError(
                f"version must be MAJOR.MINOR.PATCH (e.g. 1.0.0), got {text!r}",
                hint="pass --version 1.0.0 for a first release",
            )
        return cls(*(int(g) for g in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def tag(self) -> str:
        """The git tag on the Hub: `vX.Y.Z`."""
        return f"v{self}"

    def bump(self, level: str) -> Version:
        """The next version at `level` (`major`, `minor` or `patch`)."""
        if level == "major":
            return Version(self.major + 1, 0, 0)
        if level == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def level_from(self, previous: Version) -> str | None:
        """Which bump turns `previous` into this version, or None when it is not a direct successor.

        Example:
            >>> Version.parse("1.1.0").level_from(Version.parse("1.0.3"))
            'minor'
            >>> Version.parse("1.2.0").level_from(Version.parse("1.0.0")) is None
            True
        """
        for level in LEVELS:
            if previous.bump(level) == self:
                return level
        return None


def required_level(*, schema_changed: bool, rows_added: int) -> str:
    """The smallest bump a change needs.

    Example:
        >>> required_level(schema_changed=False, rows_added=12)
        'minor'
    """
    if schema_changed:
        return "major"
    if rows_added:
        return "minor"
    return "patch"


def releases_root(start: Path | None = None) -> Path:
    """Where manifests are kept: `releases/` of the repo when run inside one (a folder with `.git`), else of cwd."""
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder / "releases"
    return here / "releases"


def manifest_versions(root: Path, name: str) -> dict[Version, Path]:
    """Every `releases/NAME/vX.Y.Z.yaml` under `root`, by version."""
    found: dict[Version, Path] = {}
    folder = root / name
    if not folder.is_dir():
        return found
    for path in folder.glob("v*.yaml"):
        try:
            found[Version.parse(path.stem)] = path
        except ConfigError:
            continue
    return found


def previous_manifest(root: Path, name: str, version: Version) -> tuple[Version, dict[str, Any]] | None:
    """The newest manifest of `name` older than `version`, or None for a first release."""
    older = sorted(v for v in manifest_versions(root, name) if v < version)
    if not older:
        return None
    path = manifest_versions(root, name)[older[-1]]
    return older[-1], yaml.safe_load(path.read_text(encoding="utf-8")) or {}
