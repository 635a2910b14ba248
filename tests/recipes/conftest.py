"""Fixtures of the recipe tests: the real Qwen2.5 tokenizer (offline), a tiny release, a tiny model."""

from __future__ import annotations

from pathlib import Path

import pytest
from recipe_rows import make_release, release_rows


REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _one_thread() -> None:
    """Two threads on two shared cores ran the tiny model 25-30x slower."""
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tiny_release(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 16-row release folder of short real traces."""
    return make_release(tmp_path_factory.mktemp("release") / "tiny-release", release_rows(shared_data))


@pytest.fixture(scope="session")
def tiny_checkpoint(qwen_tokenizer_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight tiny Qwen2 saved with the Qwen2.5 tokenizer and training template: what sft.py writes."""
    torch = pytest.importorskip("torch")
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    folder = tmp_path_factory.mktemp("tiny-checkpoint")
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(REPO / "recipes" / "tiny" / "config.json"))
    model.save_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(qwen_tokenizer_dir)
    tokenizer.chat_template = (REPO / "recipes" / "templates" / "qwen2.5-train.jinja").read_text()
    tokenizer.save_pretrained(folder)
    return folder
