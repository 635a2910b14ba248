"""Hermetic test environment: no network, no real keys, shared data located once."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


REPO = Path(__file__).resolve().parents[1]
# tests/ on sys.path explicitly (not via pytest's rootdir/import-mode rules): `from fakes.llm_server import ...`
# then works in every test module, whatever `--import-mode` is.
if str(REPO / "tests") not in sys.path:
    sys.path.insert(0, str(REPO / "tests"))

from fakes.llm_server import FakeLLMServer  # noqa: E402


def shared_data_dir() -> Path:
    """`LONGCOT_SHARED_DATA`, else `<repo>/../shared/data` (how .ci/run lays it out)."""
    return Path(os.environ.get("LONGCOT_SHARED_DATA") or REPO.parent / "shared" / "data")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of benchmark, long-CoT and tokenizer files (read-only; never copy it into the repo)."""
    path = shared_data_dir()
    if not (path / "README.md").exists():
        pytest.fail(f"shared data not found at {path}; set LONGCOT_SHARED_DATA to the shared/data folder")
    return path


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.is_dir() else set()


@pytest.fixture(scope="session", autouse=True)
def _repo_releases_untouched() -> Iterator[None]:
    """No test may write a manifest into the repo's own `releases/` (a stale one would block users' builds)."""
    folder = REPO / "releases"
    before = _listing(folder)
    yield
    added = sorted(_listing(folder) - before)
    assert not added, f"tests wrote into {folder}: {added}"


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A test that reaches a real API, a real key or the user's caches is a bug."""
    for key in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "LONGCOT_DEBUG"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    cache = tmp_path_factory.getbasetemp() / "hf-cache"
    monkeypatch.setenv("HF_HOME", str(cache))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(cache / "datasets"))
    monkeypatch.setenv("LONGCOT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "longcot-cache"))
    # The contamination check's default stays lexical here (the embedding signal is on by default with the
    # extra, which CI installs): the embedding tests ask for it by name, so the rest stay fast
    # (tests/contamination/test_embedding_stage.py); pyproject's pytest `env` sets it for the whole process too.
    monkeypatch.setenv("LONGCOT_EMBEDDINGS", "off")


@pytest.fixture
def fake_llm() -> Iterator[FakeLLMServer]:
    """A started local OpenAI + Anthropic server (tests/fakes/llm_server.py); `fake_llm.configure(...)` to tune it."""
    with FakeLLMServer() as server:
        yield server


@pytest.fixture(scope="session")
def qwen_tokenizer_dir(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder `AutoTokenizer.from_pretrained` loads: the real Qwen2.5 tokenizer with its chat template.

    Built once per session from `shared/data/tokenizers/qwen2.5` (vocab, merges and the Qwen2.5-Instruct
    template; `<|im_start|>`, `<|im_end|>`, `<|endoftext|>` as special tokens), offline.
    """
    pytest.importorskip("transformers")
    from longcot.training.tokenizer import build_qwen2_tokenizer

    return build_qwen2_tokenizer(shared_data / "tokenizers" / "qwen2.5", tmp_path_factory.mktemp("qwen2.5-tokenizer"))


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch):
    """The fake Hub, with huggingface_hub and datasets pointed at it and online (conftest sets them offline)."""
    import datasets.config as dconfig
    import huggingface_hub.constants as hconst
    from fakes.hub_server import FAKE_TOKEN, HubServer

    with HubServer() as server:
        url = server.url
        monkeypatch.setenv("HF_ENDPOINT", url)
        monkeypatch.setenv("HF_HUB_OFFLINE", "0")
        monkeypatch.setenv("HF_DATASETS_OFFLINE", "0")
        monkeypatch.setenv("HF_TOKEN", FAKE_TOKEN)
        # Both libraries read these at import: patch the module constants too.
        monkeypatch.setattr(hconst, "ENDPOINT", url)
        monkeypatch.setattr(hconst, "HUGGINGFACE_CO_URL_TEMPLATE", url + "/{repo_id}/resolve/{revision}/{filename}")
        monkeypatch.setattr(hconst, "HF_HUB_OFFLINE", False)
        monkeypatch.setattr(hconst, "HF_URL_HOSTS", frozenset({*hconst.HF_URL_HOSTS, "127.0.0.1"}))
        monkeypatch.setattr(dconfig, "HF_ENDPOINT", url)
        monkeypatch.setattr(dconfig, "HUB_DATASETS_URL", url + "/datasets/{repo_id}/resolve/{revision}/{path}")
        monkeypatch.setattr(dconfig, "HF_HUB_OFFLINE", False)
        monkeypatch.setattr(dconfig, "HF_DATASETS_OFFLINE", False)
        monkeypatch.setattr(dconfig, "HF_UPDATE_DOWNLOAD_COUNTS", False)
        yield server
