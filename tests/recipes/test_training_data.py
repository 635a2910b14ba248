"""Reading a release for training, and the length policy (report, never truncate)."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml

from longcot.errors import InputError, ManifestMismatchError, SchemaError
from longcot.records import training_messages
from longcot.training.lengths import OverlongError, apply_length_policy, choose_max_length
from longcot.training.release import parse_hub_ref, release_conversations, resolve_release


def test_release_folder_is_verified_and_read(tiny_release: Path) -> None:
    release = resolve_release(tiny_release)
    assert (release.name, release.version) == ("tiny-release", "v0.1.0")
    assert [f["path"] for f in release.files] == ["data/train-00000-of-00001.parquet"]
    assert all(f["verified"] for f in release.files) and len(release.data_sha256) == 64
    assert release.longest_sample_tokens == release.token_stats["student_tokens"]["max"]  # not assistant_chars
    frame = release_conversations(release)
    assert frame.height == 16
    row = frame.row(0, named=True)
    assert row["messages"] == training_messages(row["problem"], row["reasoning"], row["completion"])


def test_releases_manifest_beside_its_folder(tiny_release: Path, tmp_path: Path) -> None:
    # releases/NAME/vX.Y.Z.yaml with the folder releases/NAME/vX.Y.Z/ beside it, or named by `folder:`.
    shutil.copytree(tiny_release, tmp_path / "releases" / "tiny" / "v0.1.0")
    manifest = tmp_path / "releases" / "tiny" / "v0.1.0.yaml"
    shutil.copy(tiny_release / "longcot-manifest.yaml", manifest)
    assert resolve_release(manifest).folder == tiny_release  # release_dir, as `release build` writes it
    data = {k: v for k, v in yaml.safe_load(manifest.read_text()).items() if k != "release_dir"}
    manifest.write_text(yaml.safe_dump(data))
    assert resolve_release(manifest).folder == tmp_path / "releases" / "tiny" / "v0.1.0"
    shutil.move(tmp_path / "releases" / "tiny" / "v0.1.0", tmp_path / "elsewhere")
    manifest.write_text(yaml.safe_dump({**data, "folder": "../../elsewhere"}))
    assert resolve_release(manifest).folder == manifest.parent / "../../elsewhere"


def test_a_changed_file_is_refused(tiny_release: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(tiny_release, tmp_path / "rel")
    data = copy / "data" / "train-00000-of-00001.parquet"
    pl.read_parquet(data).head(3).write_parquet(data)
    with pytest.raises(ManifestMismatchError, match="has sha256 .* the manifest says"):
        resolve_release(copy)
    data.unlink()
    with pytest.raises(ManifestMismatchError, match="missing"):
        resolve_release(copy)


def test_a_folder_without_manifest_is_read_but_marked_unverified(tiny_release: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(tiny_release, tmp_path / "rel")
    (copy / "longcot-manifest.yaml").unlink()
    release = resolve_release(copy)
    assert [f["verified"] for f in release.files] == [False] and release.version is None


def test_a_release_without_messages_gets_the_one_training_conversation(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    pl.DataFrame({"problem": ["1+1?"], "reasoning": [None], "completion": ["\\boxed{2}"]}).write_parquet(
        tmp_path / "data" / "train-00000-of-00001.parquet"
    )
    frame = release_conversations(resolve_release(tmp_path))
    assert frame["messages"].to_list()[0] == training_messages("1+1?", None, "\\boxed{2}")
    pl.DataFrame({"text": ["x"]}).write_parquet(tmp_path / "data" / "train-00000-of-00001.parquet")
    with pytest.raises(SchemaError, match="neither `messages` nor problem, completion"):
        release_conversations(resolve_release(tmp_path))
    with pytest.raises(InputError, match="no 'test' split"):
        release_conversations(resolve_release(tmp_path), "test")


@pytest.mark.parametrize(
    ("ref", "expected"),
    [("org/name@v1.2.0", ("org/name", "v1.2.0")), ("org/name", None), ("releases/x/v1.yaml", None), ("a@b", None)],
)
def test_hub_refs(ref: str, expected: tuple | None) -> None:
    assert parse_hub_ref(ref) == expected


def test_unknown_ref_says_what_is_accepted(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a manifest, a release folder or ORG/NAME@vX.Y.Z"):
        resolve_release(tmp_path / "nope")


def test_length_policy() -> None:
    frame = pl.DataFrame({"problem_id": ["a", "b", "c"]})
    kept, report = apply_length_policy(frame, [10, 50, 20], max_length=30, policy="drop")
    assert kept["problem_id"].to_list() == ["a", "c"] and kept["num_tokens"].to_list() == [10, 20]
    assert (report.dropped_overlong, report.dropped_ids, report.longest, report.kept) == (1, ["b"], 50, 2)
    with pytest.raises(OverlongError, match=r"1 of 3 samples are longer than max_length=30 .*problem_id='b'"):
        apply_length_policy(frame, [10, 50, 20], max_length=30, policy="fail")
    with pytest.raises(OverlongError, match="every sample"):
        apply_length_policy(frame, [40, 50, 60], max_length=30, policy="drop")
    assert choose_max_length(32768, 1) == 1024 and choose_max_length(32768, 1025) == 2048
