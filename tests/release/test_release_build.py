"""`longcot release build`: Hub layout loaded back by `datasets`, card parsed by `DatasetCard`, manifest contents."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest
import yaml
from release_rows import write_rows

from longcot.records import training_messages
from longcot.release import MANIFEST_NAME, ReleaseConfig, build_release, load_manifest
from longcot.release.manifest import sha256_file


CONFIG = ReleaseConfig(
    license="apache-2.0", pretty_name="Sky-T1 traces (test)", shard_size_mb=0.05, batch_size=16,
    evaluation={"benchmarks": ["aime2024"], "samples": 64, "temperature": 0.6, "top_p": 0.95},
    prompts={"user": "{problem}"},
)  # fmt: skip


@pytest.fixture
def built(run_dir: Path, workdir: Path):
    return build_release(run_dir, name="skyt1-test", version="1.0.0", out=workdir / "rel", config=CONFIG)


def test_layout_shards_and_manifest_copy(built, workdir: Path) -> None:
    out = built.out
    shards = sorted(p.name for p in (out / "data").iterdir())
    total = len(shards)
    assert total > 1, "shard_size_mb=0.05 must split the run into several shards"
    assert shards == [f"train-{i:05d}-of-{total:05d}.parquet" for i in range(total)]
    assert {p.name for p in out.iterdir()} == {"data", "plots", "README.md", MANIFEST_NAME}
    assert sorted(p.name for p in (out / "plots").iterdir()) == ["difficulty.png", "length.png"]
    assert (workdir / "releases" / "skyt1-test" / "v1.0.0.yaml").read_text() == (out / MANIFEST_NAME).read_text()
    assert not list(workdir.glob(".rel.building-*")), "the staging folder must be gone"
    # memory bounded by a batch: every row group holds at most batch_size rows
    for shard in (out / "data").iterdir():
        meta = pq.ParquetFile(shard).metadata
        assert all(meta.row_group(i).num_rows <= 16 for i in range(meta.num_row_groups))


def test_datasets_loads_the_folder_and_the_parquet_files(built) -> None:
    import datasets

    manifest = built.manifest
    rows = manifest["splits"]["rows"]
    ds = datasets.load_dataset(str(built.out))
    assert list(ds) == ["train"] and ds["train"].num_rows == rows
    features = ds["train"].features
    assert features["messages"] == datasets.List(
        {"role": datasets.Value("string"), "content": datasets.Value("string")}
    )
    assert features["problem"] == datasets.Value("string") and features["pass_rate"] == datasets.Value("float64")
    assert set(features) == set(manifest["schema"])
    direct = datasets.load_dataset("parquet", data_files=str(built.out / "data" / "*.parquet"), split="train")
    assert direct.num_rows == rows and direct.features == features


def test_messages_are_the_one_training_conversation(built, run_dir: Path) -> None:
    released = pl.read_parquet(built.out / "data")
    source = pl.read_parquet(run_dir / "data")
    assert released.height == source.height == built.rows
    assert released.drop("messages").sort("request_key").equals(source.sort("request_key"))
    for row in released.head(8).iter_rows(named=True):
        assert row["messages"] == training_messages(row["problem"], row["reasoning"], row["completion"])
    with_thinking = released.filter(pl.col("reasoning").is_not_null()).row(0, named=True)
    assert with_thinking["messages"][1]["content"].startswith("<think>\n")


def test_card_parses_with_dataset_card(built) -> None:
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(built.out / "README.md")
    data = card.data.to_dict()
    assert data["license"] == "apache-2.0" and data["size_categories"] == ["n<1K"]
    assert data["task_categories"] == ["text-generation", "question-answering"]
    assert data["configs"] == [{"config_name": "default", "data_files": [{"split": "train", "path": "data/train-*"}]}]
    text = card.text
    for section in ("## How to load", "## How the rows were made", "## Teachers and their terms",
                    "## Contamination report", "## Statistics", "## Schema", "## Example rows",
                    "## Technical Transparency Index", "## Limitations", "## Citation"):  # fmt: skip
        assert section in text, section
    assert 'revision="v1.0.0"' in text and "](plots/length.png)" in text and "](plots/difficulty.png)" in text
    assert "openai-compatible:NovaSky-AI/Sky-T1-32B-Preview" in text


def test_manifest_records_how_the_rows_were_made(built, run_dir: Path) -> None:
    m = load_manifest(built.out)
    assert m["name"] == "skyt1-test" and m["version"] == "1.0.0" and m["tag"] == "v1.0.0"
    assert m["sources"][0]["path"].endswith("rows-60-0.jsonl") and m["sources"][0]["pinned"]
    assert len(m["sources"][0]["sha256"]) == 64
    [teacher] = m["teachers"]
    assert teacher["teacher"] == "openai-compatible:NovaSky-AI/Sky-T1-32B-Preview" and teacher["rows"] == built.rows
    assert teacher["sampling"] == [{"temperature": 0.0, "top_p": 1.0, "max_tokens": 32768, "seed": 0}]
    assert teacher["terms"] is None  # not a known provider: the card says "not stated"
    assert [s["type"] for s in m["steps"]] == ["split_thinking", "dedup", "length"]
    assert m["steps"][2]["min"] == 200
    funnel = {s["step"]: s for s in m["funnel"]}
    assert funnel["release"]["rows_out"] == built.rows == funnel["write"]["rows_out"]
    assert m["tokens"]["completion_tokens"]["rows"] == built.rows and m["tokens"]["assistant_chars"]["max"] > 1000
    assert m["longcot"]["version"] and len(m["longcot"]["commit"]) == 40
    assert m["contamination"]["checked"] is False
    listed = {f["path"]: f for f in m["files"]}
    on_disk = {p.relative_to(built.out).as_posix() for p in built.out.rglob("*") if p.is_file()} - {MANIFEST_NAME}
    assert set(listed) == on_disk
    for rel, item in listed.items():
        assert item["sha256"] == sha256_file(built.out / rel) and item["bytes"] == (built.out / rel).stat().st_size
    assert sum(f["rows"] for f in m["files"] if f["rows"] is not None) == built.rows


def test_drop_reasons_in_funnel_match_dropped_rows(built, run_dir: Path) -> None:
    dropped = pl.read_parquet(run_dir / "dropped" / "03-length" if (run_dir / "dropped" / "03-length").exists()
                              else next((run_dir / "dropped").glob("*length*")))  # fmt: skip
    counts = dict(dropped.group_by("drop_reason").len().iter_rows())
    funnel = {s["step"]: s for s in built.manifest["funnel"]}
    assert funnel["length"]["dropped"] == counts and sum(counts.values()) > 0


def test_parquet_and_jsonl_inputs(workdir: Path, shared_data: Path) -> None:
    src = write_rows(workdir / "rows.jsonl", shared_data, 12)
    from_jsonl = build_release(src, name="from-jsonl", version="0.1.0", out=workdir / "a", config=CONFIG)
    assert from_jsonl.rows == 12 and from_jsonl.manifest["input"]["kind"] == "jsonl"
    assert from_jsonl.manifest["sources"][0]["sha256"] == sha256_file(src)
    frame = pl.read_parquet(workdir / "a" / "data")
    frame.drop("messages").write_parquet(workdir / "rows.parquet")
    from_parquet = build_release(workdir / "rows.parquet", name="from-parquet", version="0.1.0", out=workdir / "b")
    assert pl.read_parquet(workdir / "b" / "data").equals(frame)
    assert from_parquet.manifest["funnel"] == [{"step": "release", "rows_in": 12, "rows_out": 12, "dropped": {}}]


def test_release_yaml_is_validated(tmp_path: Path) -> None:
    from longcot.errors import ConfigError

    path = tmp_path / "release.yaml"
    path.write_text(yaml.safe_dump({"license": "mit", "shard_size": 10}))
    with pytest.raises(ConfigError, match="unknown release key 'shard_size'"):
        ReleaseConfig.from_file(path)
    path.write_text(yaml.safe_dump({"license": "mit", "teachers": [{"teacher": "openai:o3", "terms": "x"}]}))
    assert ReleaseConfig.from_file(path).teachers[0]["teacher"] == "openai:o3"


def test_teachers_and_prompts_from_run_metadata(run_dir: Path, workdir: Path) -> None:
    import json
    import shutil

    run = workdir / "run"
    shutil.copytree(run_dir, run)
    teacher = "openai-compatible:NovaSky-AI/Sky-T1-32B-Preview"
    (run / "teachers.json").write_text(json.dumps({
        "teachers": [{"teacher": teacher, "sampling": {"temperature": 0.7}, "terms": "Apache-2.0 (model license)",
                      "base_url": "http://localhost:8000/v1"}],
        "prompts": {"user": "{problem}\n\nPut the final answer in \\boxed{}."},
    }))  # fmt: skip
    m = build_release(run, name="meta", version="1.0.0", out=workdir / "rel").manifest
    [entry] = m["teachers"]
    assert entry["terms"] == "Apache-2.0 (model license)" and entry["base_url"] == "http://localhost:8000/v1"
    assert {"temperature": 0.7} in entry["sampling"] and entry["rows"] > 0  # metadata and rows merged
    assert m["prompts"]["user"].startswith("{problem}")
    criteria = {c["criterion"]: c["met"] for c in m["transparency"]["criteria"]}
    assert criteria["teacher terms of use"] and criteria["prompts stated"] and criteria["sampling params"]


def test_long_rows_get_smaller_batches(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory is bounded by bytes per batch, not rows: long chains of thought are read a few at a time."""
    import longcot.release.build as build

    monkeypatch.setattr(build, "_BATCH_BYTES", 100_000)
    completions = [f"{i} " + "".join(chr(97 + (i * j) % 26) for j in range(20_000)) for i in range(40)]
    frame = pl.DataFrame({"problem": [f"p{i}" for i in range(40)], "completion": completions})
    frame.write_parquet(workdir / "long.parquet")
    result = build_release(workdir / "long.parquet", name="long", version="1.0.0", out=workdir / "rel")
    meta = pq.ParquetFile(result.shards[0]).metadata
    assert result.rows == 40 and max(meta.row_group(i).num_rows for i in range(meta.num_row_groups)) <= 5
