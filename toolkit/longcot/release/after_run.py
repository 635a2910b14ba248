"""The optional `release:` block of a pipeline YAML: build a release folder once the run has finished.

::

    release:
      name: limo-curated          # required: releases/NAME/vX.Y.Z.yaml
      version: 1.0.0              # required
      out: runs/limo-release      # default: <output.path>/release
      config: release.yaml        # optional file of release keys (relative to the pipeline file)
      allow_contamination: false  # as `longcot release build --allow-contamination`
      license: apache-2.0         # ...and any release.yaml key inline (overrides the file)

Running the same pipeline again rebuilds the same version only when the data is unchanged; a run
whose rows changed must bump `version` (`--set release.version=1.0.1`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from longcot.errors import ConfigError
from longcot.release.config import ReleaseConfig
from longcot.release.version import Version


_BLOCK_KEYS = {"name", "version", "out", "config", "allow_contamination"}


@dataclass(frozen=True)
class ReleaseBlock:
    """A validated `release:` block."""

    name: str
    version: str
    out: str | None
    config: ReleaseConfig
    allow_contamination: bool = False

    def out_dir(self, output_path: str) -> Path:
        """Where the release goes: `out`, else `<output.path>/release`."""
        return Path(self.out) if self.out else Path(output_path) / "release"

    def to_dict(self) -> dict[str, Any]:
        """For `--dry-run` plans."""
        return {"name": self.name, "version": self.version, "out": self.out, "license": self.config.license}


def parse_release_block(raw: Any, *, where: str) -> ReleaseBlock | None:
    """Validate a pipeline's `release:` block (None when absent).

    Raises:
        ConfigError: Not a mapping, `name`/`version` missing or bad, or an unknown key (named, with `where`).
    """
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: `release` must be a mapping, got {type(raw).__name__}",
                          hint="e.g. release: {name: my-data, version: 1.0.0}")  # fmt: skip
    block = dict(raw)
    for key in ("name", "version"):
        if not block.get(key):
            raise ConfigError(
                f"{where}: release block needs `{key}`", hint="e.g. release: {name: my-data, version: 1.0.0}"
            )
    try:
        Version.parse(str(block["version"]))
    except ConfigError as exc:
        raise ConfigError(f"{where}: release.version: {exc.args[0]}", hint=exc.hint) from None
    inline = {k: v for k, v in block.items() if k not in _BLOCK_KEYS}
    file_config: dict[str, Any] = {}
    if block.get("config"):
        path = Path(str(block["config"]))
        if not path.is_absolute() and Path(where).exists():
            path = Path(where).parent / path
        file_config = ReleaseConfig.from_file(path).to_dict()
    config = ReleaseConfig.from_dict({**file_config, **inline}, where=f"{where}, release block")
    allow = block.get("allow_contamination", False)
    if not isinstance(allow, bool):
        raise ConfigError(f"{where}: release.allow_contamination must be true or false, got {allow!r}")
    return ReleaseBlock(
        name=str(block["name"]), version=str(block["version"]), out=str(block["out"]) if block.get("out") else None,
        config=config, allow_contamination=allow,
    )  # fmt: skip


def release_after_run(block: ReleaseBlock, output_path: str) -> Any:
    """Build the release of a finished run (see :func:`longcot.release.build_release`)."""
    from longcot.release.build import build_release

    return build_release(
        output_path, name=block.name, version=block.version, out=block.out_dir(output_path), config=block.config,
        allow_contamination=block.allow_contamination, same_run=True,
    )  # fmt: skip
