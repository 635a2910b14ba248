"""Releases: versioned, reproducible, auditable Hub datasets with a generated card and a manifest.

Verbs (each also a `longcot release` command):

- :func:`build_release` — a run folder (or Parquet/JSONL) → `DIR/data/<split>-NNNNN-of-NNNNN.parquet`
  with a `messages` column, `DIR/README.md` (the card, from `cards/`), `DIR/longcot-manifest.yaml`
  and a copy at `releases/NAME/vX.Y.Z.yaml`;
- :func:`push_release` — one `create_commit` with every file, then the `vX.Y.Z` tag, then a check of
  what the Hub holds against the manifest;
- :func:`verify_release` — a folder or `ORG/NAME@vX.Y.Z` against its manifest (hashes, row counts);
- :func:`diff_releases` — rows added and removed between two releases, with reasons;
- :func:`transparency_score` — the Technical Transparency Index from what a manifest proves.
"""

from longcot.release.build import BuildResult, build_release
from longcot.release.config import ReleaseConfig
from longcot.release.manifest import MANIFEST_NAME, load_manifest
from longcot.release.score import transparency_score
from longcot.release.version import Version


__all__ = [
    "MANIFEST_NAME",
    "BuildResult",
    "ReleaseConfig",
    "Version",
    "build_release",
    "load_manifest",
    "transparency_score",
]
