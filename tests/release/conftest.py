"""Fixtures for release tests: real pipeline runs on real long-CoT rows (the local Hub, `hub`, is in conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_rows import run_folder


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """One run shared by the tests that only read it."""
    return run_folder(tmp_path_factory.mktemp("run"), shared_data)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """cwd for a test, so `releases/` manifests land in tmp, never in the repo."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
