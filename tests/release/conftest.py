"""Fixtures for release tests: real pipeline runs on real long-CoT rows, and a local Hub over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_rows import FAKE_TOKEN, run_folder


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """One run shared by the tests that only read it."""
    return run_folder(tmp_path_factory.mktemp("run"), shared_data)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """cwd for a test, so `releases/` manifests land in tmp, never in the repo."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch):
    """The fake Hub, with huggingface_hub and datasets pointed at it and online (conftest sets them offline)."""
    import datasets.config as dconfig
    import huggingface_hub.constants as hconst
    from fakes.hub_server import HubServer

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
