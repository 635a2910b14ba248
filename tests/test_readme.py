"""The README shows the real quickstart pipeline (issue 13: it had drifted from the file)."""

from __future__ import annotations

from pathlib import Path


REPO = Path(__file__).resolve().parents[1]


def test_readme_quickstart_yaml_is_the_real_file() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    anchor = readme.index("`recipes/pipelines/quickstart.yaml` (its header comments left out):")
    block = readme[readme.index("```yaml\n", anchor) + len("```yaml\n") :]
    block = block[: block.index("```")]
    real = (REPO / "recipes" / "pipelines" / "quickstart.yaml").read_text(encoding="utf-8")
    assert block.strip() == real[real.index("name:") :].strip(), "update the README's quickstart block"
