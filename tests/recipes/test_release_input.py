"""sft.py's data comes from what `longcot release build` writes and `longcot release push` publishes.

The same release read three ways: the folder, the `releases/NAME/vX.Y.Z.yaml` copy, and
`ORG/NAME@vX.Y.Z` from a local Hub over HTTP (tests/fakes/hub_server.py), through huggingface_hub.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from fakes.hub_server import FAKE_TOKEN

from longcot.records import training_messages
from longcot.training.release import release_conversations, resolve_release


@pytest.fixture
def built(shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from recipe_rows import release_rows

    from longcot.release import build_release

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "rows.parquet"
    pl.DataFrame(release_rows(shared_data)).write_parquet(source)
    return build_release(
        source, name="tiny", version="0.1.0", out=tmp_path / "release", releases_dir=tmp_path / "releases"
    )


def test_a_built_release_is_read_as_folder_and_as_manifest_copy(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    by_folder = resolve_release(tmp_path / "release")
    by_manifest = resolve_release(tmp_path / "releases" / "tiny" / "v0.1.0.yaml")
    for release in (by_folder, by_manifest):
        assert (release.name, release.version) == ("tiny", "v0.1.0")
        assert release.folder.resolve() == (tmp_path / "release").resolve()
        assert all(f["verified"] for f in release.files)  # README, plots, data: every listed file hashed
    assert by_folder.data_sha256 == by_manifest.data_sha256
    frame = release_conversations(by_folder)
    row = frame.row(0, named=True)
    assert row["messages"] == training_messages(row["problem"], row["reasoning"], row["completion"])


def test_a_pushed_release_is_read_from_the_hub_by_tag(built, hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from longcot.release.hub import push_release

    push_release(tmp_path / "release", repo_id="test-org/tiny", token=FAKE_TOKEN)
    release = resolve_release("test-org/tiny@v0.1.0")
    assert release.repo_id == "test-org/tiny" and release.revision == "v0.1.0" and release.version == "v0.1.0"
    assert all(f["verified"] for f in release.files)
    assert release.data_sha256 == resolve_release(tmp_path / "release").data_sha256
    assert release_conversations(release).height == 16
