"""Fixtures of the recipe tests: the real Qwen2.5 tokenizer (offline), a tiny release, a tiny model."""

from __future__ import annotations

from pathlib import Path

import pytest


REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def qwen_tokenizer_dir(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved Qwen2.5 tokenizer folder (AutoTokenizer loads it), built once from the shared BPE files."""
    pytest.importorskip("transformers")
    from longcot.training.tokenizer import build_qwen2_tokenizer

    return build_qwen2_tokenizer(shared_data / "tokenizers" / "qwen2.5", tmp_path_factory.mktemp("qwen2.5-tokenizer"))


@pytest.fixture(autouse=True)
def _one_thread() -> None:
    """Two threads on two shared cores ran the tiny model 25-30x slower."""
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)
