"""Release rules: semantic versions, bad input, verify, the contamination gate and secrets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from fakes.hub_server import FAKE_TOKEN
from release_rows import write_rows
from typer.testing import CliRunner

from longcot.cli import app
from longcot.errors import ContaminationError, InputError, ManifestMismatchError, ReleaseError, SchemaError
from longcot.release import ReleaseConfig, Version, build_release, load_manifest
from longcot.release.hub import verify_release


runner = CliRunner()


def _parquet(path: Path, frame: pl.DataFrame) -> Path:
    frame.write_parquet(path)
    return path


def test_version_parsing_and_bumps() -> None:
    v = Version.parse("1.2.3")
    assert (str(v.bump("major")), str(v.bump("minor")), str(v.bump("patch"))) == ("2.0.0", "1.3.0", "1.2.4")
    assert Version.parse("v2.1.0").level_from(v) is None and Version.parse("1.2.4").level_from(v) == "patch"
    for bad in ("1.2", "1.2.3-rc1", "01.2.3", "latest"):
        with pytest.raises(Exception, match="MAJOR.MINOR.PATCH"):
            Version.parse(bad)


@pytest.mark.parametrize(
    ("change", "version", "error"),
    [
        ("same", "1.0.0", "already exists"),  # an existing version
        ("same", "1.0.1", None),  # a fix: same rows, same schema
        ("rows", "1.0.1", "rows were added: that needs a minor bump"),
        ("rows", "1.1.0", None),
        ("rows", "2.0.0", None),  # a bigger bump than needed is fine
        ("column", "1.1.0", "the schema changed .*: that needs a major bump"),
        ("column", "2.0.0", None),
        ("same", "1.2.0", "does not follow v1.0.0"),
        ("same", "0.9.0", "does not follow|older"),
    ],
)
def test_semantic_version_rules(workdir: Path, change: str, version: str, error: str | None) -> None:
    base = pl.DataFrame({"problem": [f"p{i}" for i in range(5)], "completion": [f"c{i}" for i in range(5)]})
    build_release(_parquet(workdir / "v1.parquet", base), name="rules", version="1.0.0", out=workdir / "r1")
    frame = base
    if change == "rows":
        frame = pl.concat([base, pl.DataFrame({"problem": ["new"], "completion": ["c"]})])
    elif change == "column":
        frame = base.with_columns(pl.lit("x").alias("subject"))
    src = _parquet(workdir / "v2.parquet", frame)
    if error is None:
        result = build_release(src, name="rules", version=version, out=workdir / "r2")
        assert result.manifest["version_change"]["previous"] == "1.0.0"
        assert result.manifest["version_change"]["rows_added"] == (1 if change == "rows" else 0)
    else:
        with pytest.raises(ReleaseError, match=error):
            build_release(src, name="rules", version=version, out=workdir / "r2")
        assert not (workdir / "r2").exists(), "a refused build leaves nothing behind"
        forced = build_release(src, name="rules", version=version, out=workdir / "r2", force=True)
        assert forced.manifest["version"] == version


def test_existing_out_folder_is_refused(workdir: Path) -> None:
    src = _parquet(workdir / "a.parquet", pl.DataFrame({"problem": ["p"], "completion": ["c"]}))
    (workdir / "out").mkdir()
    (workdir / "out" / "keep.txt").write_text("mine")
    with pytest.raises(ReleaseError, match="exists and is not empty") as info:
        build_release(src, name="x", version="1.0.0", out=workdir / "out")
    assert "--force" in info.value.hint and (workdir / "out" / "keep.txt").read_text() == "mine"


def test_bad_inputs_name_the_file_and_the_next_command(workdir: Path, run_dir: Path) -> None:
    with pytest.raises(InputError, match="not found") as info:
        build_release(workdir / "nope", name="x", version="1.0.0", out=workdir / "o")
    assert "longcot run" in info.value.hint
    # a run that has not finished
    run = workdir / "run"
    shutil.copytree(run_dir, run)
    (run / "funnel.json").unlink()
    with pytest.raises(InputError, match="no funnel.json") as info:
        build_release(run, name="x", version="1.0.0", out=workdir / "o")
    assert "longcot run" in info.value.hint
    # a corrupt shard
    shutil.copy(run_dir / "funnel.json", run / "funnel.json")
    shard = sorted((run / "data").glob("*.parquet"))[0]
    shard.write_bytes(shard.read_bytes()[: shard.stat().st_size // 2])
    with pytest.raises(InputError, match=shard.name) as info:
        build_release(run, name="x", version="1.0.0", out=workdir / "o")
    assert "--fresh" in info.value.hint
    # rows a card cannot be made from
    src = _parquet(workdir / "no-completion.parquet", pl.DataFrame({"problem": ["p"], "answer": ["1"]}))
    with pytest.raises(SchemaError, match="no column 'completion'") as info:
        build_release(src, name="x", version="1.0.0", out=workdir / "o")
    assert "columns:" in info.value.hint and "no-completion.parquet" in str(info.value)
    assert not (workdir / "o").exists() and not list(workdir.glob(".o.building-*"))


def test_verify_names_each_mismatch(workdir: Path, run_dir: Path) -> None:
    result = build_release(run_dir, name="v", version="1.0.0", out=workdir / "rel",
                           config=ReleaseConfig(shard_size_mb=0.05))  # fmt: skip
    assert verify_release(workdir / "rel")["tag"] == "v1.0.0"
    shards = sorted((workdir / "rel" / "data").glob("*.parquet"))
    first, second = shards[0], shards[1]
    first.write_bytes(first.read_bytes()[:-100])  # corrupt
    second.unlink()  # missing
    (workdir / "rel" / "extra.txt").write_text("not released")
    with pytest.raises(ManifestMismatchError) as info:
        verify_release(workdir / "rel")
    message = str(info.value)
    assert f"{first.relative_to(workdir / 'rel')}: " in message and "bytes, manifest says" in message
    assert f"{second.relative_to(workdir / 'rel')}: missing" in message and "extra.txt: not in the manifest" in message
    cli = runner.invoke(app, ["release", "verify", str(workdir / "rel")])
    assert cli.exit_code == 1 and isinstance(cli.exception, ManifestMismatchError)
    # a manifest that does not match its files refuses to push (nothing uploaded)
    from longcot.release.hub import push_release

    with pytest.raises(ManifestMismatchError, match="nothing was uploaded"):
        push_release(workdir / "rel", repo_id="org/v")
    assert result.rows > 0


def test_rows_count_mismatch_is_named(workdir: Path) -> None:
    src = _parquet(workdir / "a.parquet", pl.DataFrame({"problem": ["p", "q"], "completion": ["c", "d"]}))
    build_release(src, name="cnt", version="1.0.0", out=workdir / "rel")
    manifest_path = workdir / "rel" / "longcot-manifest.yaml"
    text = manifest_path.read_text().replace("rows: 2\n", "rows: 3\n")
    manifest_path.write_text(text)
    with pytest.raises(ManifestMismatchError, match="2 rows, manifest says 3"):
        verify_release(workdir / "rel")


def test_contamination_gate_refuses_unless_allowed(workdir: Path, shared_data: Path) -> None:
    aime = [json.loads(line) for line in open(shared_data / "aime_2024.jsonl")][:2]
    rows = [{"problem": f"Clean problem number {i}: what is {i} + {i}?", "completion": f"\\boxed{{{2 * i}}}"}
            for i in range(6)] + [{"problem": r["problem"], "completion": "\\boxed{1}"} for r in aime]  # fmt: skip
    src = _parquet(workdir / "rows.parquet", pl.DataFrame(rows))
    config = ReleaseConfig(
        benchmarks=("aime2024",), benchmark_files={"aime2024": str(shared_data / "aime_2024.jsonl")}
    )
    with pytest.raises(ContaminationError, match="2 rows match aime2024") as info:
        build_release(src, name="gate", version="1.0.0", out=workdir / "rel", config=config)
    assert "--allow-contamination" in info.value.hint and not (workdir / "rel").exists()
    assert not (workdir / "releases" / "gate").exists()
    result = build_release(src, name="gate", version="1.0.0", out=workdir / "rel", config=config,
                           allow_contamination=True)  # fmt: skip
    gate = result.manifest["contamination"]["release_gate"]
    assert gate["rows_flagged"] == 2 and gate["by_benchmark"] == {"aime2024": 2} and gate["allow_contamination"]
    card = (workdir / "rel" / "README.md").read_text()
    assert "released with contamination" in card and "aime2024: 2" in card
    score = {c["criterion"]: c for c in result.manifest["transparency"]["criteria"]}
    assert not score["release gate clean"]["met"]
    clean = build_release(_parquet(workdir / "clean.parquet", pl.DataFrame(rows[:6])), name="gate-clean",
                          version="1.0.0", out=workdir / "clean", config=config)  # fmt: skip
    assert clean.manifest["contamination"]["release_gate"]["rows_flagged"] == 0


def test_no_token_in_any_output(workdir: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-fake-openai-key-for-tests-0123456789")
    src = write_rows(workdir / "rows.jsonl", shared_data, 6)
    build_release(src, name="sec", version="1.0.0", out=workdir / "rel")
    for path in [*(workdir / "rel").rglob("*"), *(workdir / "releases").rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            assert FAKE_TOKEN.encode() not in data and b"sk-fake-openai" not in data, path
    leaky = ReleaseConfig(citation=f"token {FAKE_TOKEN}")
    with pytest.raises(ReleaseError, match="would contain an API token"):
        build_release(src, name="sec", version="1.0.1", out=workdir / "rel2", config=leaky)
    assert not (workdir / "rel2").exists()


def test_cli_build_score_and_errors(workdir: Path, run_dir: Path) -> None:
    (workdir / "release.yaml").write_text("license: apache-2.0\nshard_size_mb: 0.05\n")
    args = ["release", "build", str(run_dir), "--name", "cli", "--version", "1.0.0", "--out", str(workdir / "rel"),
            "--config", str(workdir / "release.yaml")]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert load_manifest(workdir / "rel")["license"] == "apache-2.0"
    again = runner.invoke(app, args)
    assert again.exit_code != 0 and "already exists" in str(again.exception)
    forced = runner.invoke(app, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    score = runner.invoke(app, ["release", "score", str(workdir / "rel"), "--json"])
    data = json.loads(score.stdout)
    assert set(data["axes"]) == {"data", "methodology", "evaluation", "open-source"} and data["max"] == 100
    assert data["total"] == sum(a["score"] for a in data["axes"].values())


def test_transparency_score_follows_the_evidence() -> None:
    from longcot.release import transparency_score

    bare = transparency_score({})
    assert bare["total"] == 0 or bare["total"] == 5  # only "files hashed" can hold without a files list
    full = {
        "license": "mit", "sources": [{"path": "GAIR/LIMO", "revision": "a" * 40, "pinned": True}],
        "funnel": [{"step": "verify", "dropped": {"incorrect": 3}}, {"step": "release"}],
        "files": [{"path": "README.md", "sha256": "x"}],
        "teachers": [{"teacher": "openai:o3", "sampling": [{"temperature": 1.0}], "terms": "https://openai.com"}],
        "prompts": {"user": "{problem}"}, "steps": [{"type": "length", "max": 100}],
        "contamination": {"checked": True, "rows_removed": 2,
                          "pipeline": [{"benchmarks": ["aime2024"], "rows_removed": {"aime2024": 2}}],
                          "release_gate": {"benchmarks": ["aime2024"], "rows_flagged": 0}},
        "evaluation": {"benchmarks": ["aime2024"], "samples": 64, "temperature": 0.6},
        "longcot": {"version": "0.1.0", "commit": "b" * 40, "dirty": False},
        "pipeline": {"source_file": "recipes/pipelines/quickstart.yaml"},
        "hub": {"repo": "org/x", "tag": "v1.0.0", "commit": "c" * 40},
    }  # fmt: skip
    assert transparency_score(full)["total"] == 100
    unpinned = {**full, "sources": [{"path": "GAIR/LIMO", "revision": "main", "pinned": False}]}
    assert transparency_score(unpinned)["axes"]["data"]["score"] == 25 - 8
