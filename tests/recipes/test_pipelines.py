"""The shipped pipelines in recipes/pipelines/ validate (what `longcot run --dry-run` checks) and state their cost."""

from __future__ import annotations

from pathlib import Path

import pytest

from longcot.pipeline.config import load_config


PIPELINES = Path(__file__).resolve().parents[2] / "recipes" / "pipelines"


@pytest.mark.parametrize("name", ["o1-journey", "open-teacher", "quickstart"])
def test_distillation_pipelines_validate_and_state_their_cost(name: str) -> None:
    path = PIPELINES / f"{name}.yaml"
    config = load_config(path)
    plan = config.plan()
    assert plan["name"] == name
    assert "Expected cost" in path.read_text()


def test_o1_journey_mirrors_the_paper() -> None:
    steps = [s["type"] for s in load_config(PIPELINES / "o1-journey.yaml").plan()["steps"]]
    assert steps == [
        "where", "dedup", "sample", "rewrite", "verify", "student_length", "quality", "difficulty", "decontaminate"
    ]  # fmt: skip
    plan = load_config(PIPELINES / "o1-journey.yaml").plan()
    decontaminate = plan["steps"][-1]
    assert set(decontaminate["benchmarks"]) >= {"aime", "math500"} and decontaminate["mode"] == "drop"
    assert plan["steps"][2]["teachers"][0]["teacher"] == "openai:o1"


def test_open_teacher_uses_a_vllm_server() -> None:
    plan = load_config(PIPELINES / "open-teacher.yaml").plan()
    teacher = plan["steps"][2]["teachers"][0]
    assert teacher["provider"] == "openai-compatible" and teacher["base_url"].endswith("/v1")
