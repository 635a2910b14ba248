"""Push, verify and load through huggingface_hub and datasets themselves, against the local Hub server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes.hub_server import FAKE_TOKEN
from typer.testing import CliRunner

from longcot.cli import app
from longcot.errors import ManifestMismatchError, ReleaseError
from longcot.release import ReleaseConfig, build_release, load_manifest
from longcot.release.hub import push_release, verify_release


runner = CliRunner()


@pytest.fixture
def release(run_dir: Path, workdir: Path):
    config = ReleaseConfig(license="apache-2.0", shard_size_mb=0.05, repo_id="test-org/skyt1")
    return build_release(run_dir, name="skyt1", version="1.0.0", out=workdir / "rel", config=config)


def test_push_is_one_commit_then_a_tag_then_loads_by_revision(hub, release, workdir: Path) -> None:
    import datasets

    result = push_release(release.out, repo_id="test-org/skyt1")
    repo = hub.hub.repos["test-org/skyt1"]
    assert hub.hub.commit_calls == 1, "every file in ONE create_commit"
    assert repo.tags == {"v1.0.0": result.commit} and repo.branches["main"] == result.commit
    files = repo.commits[result.commit]
    listed = {f["path"] for f in release.manifest["files"]}
    assert set(files) == listed | {"longcot-manifest.yaml"}
    assert hub.hub.unknown == []
    # the commit is recorded locally, in the folder and in releases/
    for path in (release.out / "longcot-manifest.yaml", workdir / "releases" / "skyt1" / "v1.0.0.yaml"):
        hub_block = load_manifest(path)["hub"]
        assert hub_block["commit"] == result.commit and hub_block["tag"] == "v1.0.0"
    # the uploaded manifest is the built one (no hub block), and verify still passes on the folder
    assert "hub: null" in files["longcot-manifest.yaml"].decode()
    verify_release(release.out)
    # the Hub revision verifies, downloaded by tag
    assert verify_release("test-org/skyt1@v1.0.0")["version"] == "1.0.0"
    # and datasets loads it by revision with the right rows and features
    ds = datasets.load_dataset("test-org/skyt1", revision="v1.0.0", split="train")
    assert ds.num_rows == release.rows
    assert ds.features["messages"] == datasets.List({"role": datasets.Value("string"),
                                                     "content": datasets.Value("string")})  # fmt: skip
    assert hub.hub.unknown == []
    assert all(a == f"Bearer {FAKE_TOKEN}" for a in hub.hub.auth) and hub.hub.auth


def test_existing_tag_is_refused_and_nothing_is_committed(hub, release) -> None:
    push_release(release.out, repo_id="test-org/skyt1")
    with pytest.raises(ReleaseError, match="already has tag v1.0.0; tags never move") as info:
        push_release(release.out, repo_id="test-org/skyt1")
    assert "--version 1.0.1" in info.value.hint
    assert hub.hub.commit_calls == 1


def test_failed_commit_leaves_no_tag(hub, release) -> None:
    hub.hub.fail_commit = True
    with pytest.raises(ReleaseError, match="refused the push"):
        push_release(release.out, repo_id="test-org/skyt1")
    repo = hub.hub.repos["test-org/skyt1"]
    assert repo.tags == {} and load_manifest(release.out)["hub"] is None
    push_release(release.out, repo_id="test-org/skyt1")  # a retry publishes it whole
    assert list(repo.tags) == ["v1.0.0"]


def test_verify_hub_revision_names_each_mismatch(hub, release) -> None:
    result = push_release(release.out, repo_id="test-org/skyt1")
    files = hub.hub.repos["test-org/skyt1"].commits[result.commit]
    shard = sorted(p for p in files if p.startswith("data/"))[0]
    files[shard] = files[shard][:-10]  # the Hub now serves something else at the tag
    del files["plots/length.png"]
    with pytest.raises(ManifestMismatchError) as info:
        verify_release("test-org/skyt1@v1.0.0")
    message = str(info.value)
    assert f"{shard}: " in message and "plots/length.png: missing" in message
    assert runner.invoke(app, ["release", "verify", "test-org/skyt1@v1.0.0"]).exit_code == 1
    with pytest.raises(ReleaseError, match="has no tag v9.9.9"):
        verify_release("test-org/skyt1@v9.9.9")


def test_cli_push_private_and_token_never_written(hub, release, workdir: Path) -> None:
    result = runner.invoke(app, ["release", "push", str(release.out), "--repo", "test-org/private-one", "--private"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["tag"] == "v1.0.0" and hub.hub.repos["test-org/private-one"].private
    for path in [*release.out.rglob("*"), *(workdir / "releases").rglob("*")]:
        if path.is_file():
            assert FAKE_TOKEN.encode() not in path.read_bytes(), path
    for data in hub.hub.repos["test-org/private-one"].commits[out["commit"]].values():
        assert FAKE_TOKEN.encode() not in data
    assert FAKE_TOKEN not in result.output
    score = runner.invoke(app, ["release", "score", str(release.out), "--json"])
    published = {c["criterion"]: c for c in json.loads(score.stdout)["criteria"]}["published at a tag"]
    assert published["met"] and "test-org/private-one@v1.0.0" in published["evidence"]
