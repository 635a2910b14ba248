"""pyproject asks for extras that the installed dependencies really provide (issue 13: pip warned
`math-verify 0.9.0 does not provide the extra 'antlr4_13_2'`)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement


tomllib = pytest.importorskip("tomllib")  # Python >= 3.11


PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _requirements() -> list[Requirement]:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    reqs += [Requirement(r) for group in project["optional-dependencies"].values() for r in group]
    return [r for r in reqs if r.extras and r.name != "longcot"]


@pytest.mark.parametrize("req", _requirements(), ids=str)
def test_each_requested_extra_is_provided_as_spelled(req: Requirement) -> None:
    try:
        provided = metadata.metadata(req.name).get_all("Provides-Extra") or []
    except metadata.PackageNotFoundError:
        pytest.skip(f"{req.name} is not installed here")
    assert set(req.extras) <= set(provided), f"{req.name} provides {sorted(provided)}"
