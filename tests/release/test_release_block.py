"""The pipeline YAML's optional `release:` block: validated with the rest of the file, before anything runs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from longcot.errors import ConfigError
from longcot.pipeline.config import build_config, load_config


REPO = Path(__file__).resolve().parents[2]
BASE = {"input": "x.jsonl", "output": "runs/o", "steps": []}


@pytest.mark.parametrize(
    ("release", "message"),
    [
        ({"version": "1.0.0"}, "release block needs `name`"),
        ({"name": "n"}, "release block needs `version`"),
        ({"name": "n", "version": "1.0"}, "release.version: version must be MAJOR.MINOR.PATCH"),
        ({"name": "n", "version": "1.0.0", "licence": "mit"}, "unknown release key 'licence'"),
        ({"name": "n", "version": "1.0.0", "allow_contamination": "yes"}, "allow_contamination must be true or false"),
        ("n@1.0.0", "`release` must be a mapping"),
    ],
)
def test_bad_release_blocks_are_config_errors(release: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_config({**BASE, "release": release}, where="p.yaml")


def test_release_block_defaults_and_file(tmp_path: Path) -> None:
    (tmp_path / "release.yaml").write_text(yaml.safe_dump({"license": "mit", "pretty_name": "from file"}))
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump({**BASE, "release": {"name": "n", "version": "1.2.3", "config": "release.yaml",
                                                        "pretty_name": "inline wins"}}))  # fmt: skip
    block = load_config(path).release
    assert block.config.license == "mit" and block.config.pretty_name == "inline wins"
    assert block.out_dir("runs/o") == Path("runs/o/release")
    bumped = load_config(path, overrides=["release.version=1.3.0", "release.out=elsewhere"]).release
    assert bumped.version == "1.3.0" and bumped.out_dir("runs/o") == Path("elsewhere")
    assert build_config(BASE).release is None


def test_quickstart_declares_its_release() -> None:
    block = load_config(REPO / "recipes" / "pipelines" / "quickstart.yaml").release
    assert block.name == "limo-curated" and block.version == "1.0.0" and block.config.license == "apache-2.0"
