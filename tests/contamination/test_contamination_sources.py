"""Benchmark sources: Hub rows of each pinned repo become items with stable ids (no network: a fake loader)."""

from __future__ import annotations

import sys
import types

import polars as pl
import pytest

from longcot.contamination.frames import column_texts, detect_text_columns
from longcot.contamination.registry import (
    DEFAULT_BENCHMARKS,
    REGISTRY,
    available_benchmarks,
    expand_names,
    get_spec,
    load_benchmark,
)
from longcot.errors import InputError


# One row shaped like each Hub repo's (columns as their dataset cards list them).
HUB_ROWS = {
    "HuggingFaceH4/aime_2024": {
        "id": 60, "problem": "Every morning Aya walks 9 km.", "solution": "...", "answer": "204",
        "url": "https://artofproblemsolving.com/wiki/index.php/2024_AIME_I_Problems/Problem_1", "year": "2024",
    },
    "math-ai/aime25": {"problem": "Find the sum of all integer bases b>9.", "answer": "70", "id": "0"},
    "MathArena/aime_2026": {"problem_idx": 17, "problem": "Find the number of ordered pairs.", "answer": 77},
    "gneubig/aime-1983-2024": {
        "ID": "2010-II-3", "Year": 2010, "Problem Number": 3, "Question": "Let K be the product.", "Answer": "168",
        "Part": "II",
    },
    "HuggingFaceH4/MATH-500": {
        "problem": "Convert the point (0,3).", "solution": "...", "answer": "(3, pi/2)", "subject": "Precalculus",
        "level": 2, "unique_id": "test/precalculus/807.json",
    },
    "AI-MO/aimo-validation-amc": {
        "id": 0, "problem": "Cities A and B are 45 miles apart.", "answer": 27.0,
        "url": "https://artofproblemsolving.com/wiki/index.php/2023_AMC_12A_Problems/Problem_1",
    },
}  # fmt: skip

EXPECTED = {
    "aime2024": ("aime-2024-I-01", "204"),
    "aime2025": ("aime-2025-I-01", "70"),
    "aime2026": ("aime-2026-II-02", "77"),
    "aime2010": ("aime-2010-II-03", "168"),
    "math500": ("test/precalculus/807.json", "(3, pi/2)"),
    "amc2023": ("amc-2023-12A-01", "27"),
}


@pytest.fixture
def fake_hub(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    calls: list[tuple[str, str, str]] = []

    def load_dataset(repo_id: str, *, revision: str, split: str):  # noqa: ANN202
        calls.append((repo_id, revision, split))
        table = pl.DataFrame([HUB_ROWS[repo_id]]).to_arrow()
        return types.SimpleNamespace(data=types.SimpleNamespace(table=table))

    monkeypatch.setitem(sys.modules, "datasets", types.SimpleNamespace(load_dataset=load_dataset))
    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR", raising=False)
    return calls


@pytest.mark.parametrize(("name", "expected"), EXPECTED.items())
def test_hub_rows_become_items(fake_hub: list, name: str, expected: tuple[str, str]) -> None:
    bench = load_benchmark(name)
    spec = get_spec(name)
    assert fake_hub == [(spec.repo_id, spec.revision, spec.split)]
    assert (bench.items[0].item_id, bench.items[0].answer) == expected
    assert bench.origin == f"{spec.repo_id}@{spec.revision}"


#: The pins, stated once here: a changed or dropped revision, repository, split or cutoff fails the test.
PINS = {
    "aime2024": ("HuggingFaceH4/aime_2024", "2fe88a2f1091d5048c0f36abc874fb997b3dd99a", "train", "2024-02-07"),
    "aime2025": ("math-ai/aime25", "563bb8404243c5f09de6ec262f2db674fe5bce9b", "test", "2025-02-12"),
    "aime2026": ("MathArena/aime_2026", "d2de22f3c656b4f56cf8981212186377d1e23bc3", "train", "2026-02"),
    "math500": ("HuggingFaceH4/MATH-500", "6e4ed1a2a79af7d8630a6b768ec859cb5af4d3be", "test", "2023-05-31"),
    "amc2023": ("AI-MO/aimo-validation-amc", "69d78a4a2c840e82d69af6bc742bda09005f6316", "train", "2023-11-14"),
    **{
        f"aime{year}": ("gneubig/aime-1983-2024", "5d610df981dec508dd93d0a16333a029ac1739d8", "train", str(year))
        for year in range(1983, 2024)
    },
}


def test_every_spec_is_pinned_and_dated() -> None:
    import re

    assert set(REGISTRY) == set(PINS)
    for name, spec in REGISTRY.items():
        assert (spec.repo_id, spec.revision, spec.split, spec.cutoff) == PINS[name], name
        assert re.fullmatch(r"[0-9a-f]{40}", spec.revision), name
        # The cutoff is a date (year, month, day as known) no later than the contest's year.
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", spec.cutoff), name
        if name.startswith("aime"):
            assert spec.cutoff[:4] == name[4:], name
    assert expand_names(["aime", "aime2024"])[:2] == ["aime1983", "aime1984"]
    assert len(expand_names(["aime", "aime2024"])) == 2026 - 1983 + 1
    assert set(DEFAULT_BENCHMARKS) <= set(available_benchmarks())


def test_hub_failure_names_the_way_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def load_dataset(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ConnectionError("offline")

    monkeypatch.setitem(sys.modules, "datasets", types.SimpleNamespace(load_dataset=load_dataset))
    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR", raising=False)
    with pytest.raises(InputError) as info:
        load_benchmark("math500")
    assert "math500.jsonl" in info.value.hint and "--benchmark-file math500=PATH" in info.value.hint


def test_chat_columns_are_checked_as_text() -> None:
    frame = pl.DataFrame(
        {
            "messages": [[{"role": "user", "content": "Q?"}, {"role": "assistant", "content": "A."}]],
            "conversations": [[{"from": "human", "value": "hi"}]],
            "score": [1.0],
        }
    )
    assert detect_text_columns(frame) == ["messages", "conversations"]
    assert column_texts(frame, "messages") == ["Q?\n\nA."]


def test_boilerplate_is_package_data_read_once() -> None:
    from longcot.contamination.boilerplate import boilerplate

    phrases = boilerplate()
    assert boilerplate() is phrases  # read once
    assert len(phrases) > 3000 and "m and n are relatively" in phrases
    assert all(len(p.split()) == 5 and not p.startswith("#") for p in phrases)


class _DroppingServer:
    """A loopback port that accepts each connection and closes it at once (a Hub that is down), counting them."""

    def __init__(self) -> None:
        import socket
        import threading

        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


def _point_at(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Point both libraries at `url`, online mode still on."""
    import datasets.config as dconfig
    import huggingface_hub.constants as hconst

    monkeypatch.setattr(hconst, "ENDPOINT", url)
    monkeypatch.setattr(hconst, "HUGGINGFACE_CO_URL_TEMPLATE", url + "/{repo_id}/resolve/{revision}/{filename}")
    monkeypatch.setattr(dconfig, "HF_ENDPOINT", url)
    monkeypatch.setattr(dconfig, "HUB_DATASETS_URL", url + "/datasets/{repo_id}/resolve/{revision}/{path}")


def test_unreachable_hub_reads_the_cache_at_once_or_fails_fast(hub, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """No network, HF_HUB_OFFLINE unset: one probe, then a cached benchmark loads from the cache with no
    further connection (the client used to retry for ~25 s), an uncached one fails at once with the way out;
    the offline flags are put back either way."""
    import datasets.config as dconfig
    import huggingface_hub.constants as hconst
    from huggingface_hub import HfApi

    from longcot.contamination.registry import BenchmarkSpec, _from_hub

    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR", raising=False)
    rows = pl.DataFrame({"id": ["x-1", "x-2"], "problem": ["Find 2+2.", "Find 3+3."], "answer": ["4", "6"]})
    rows.write_parquet(tmp_path / "train.parquet")
    api = HfApi()
    api.create_repo("bench-org/tiny-bench", repo_type="dataset")
    commit = api.upload_file(
        path_or_fileobj=tmp_path / "train.parquet", path_in_repo="data/train.parquet",
        repo_id="bench-org/tiny-bench", repo_type="dataset",
    )  # fmt: skip
    spec = BenchmarkSpec("tinybench", "test", "bench-org/tiny-bench", commit.oid, "train", "tiny.jsonl", "2024")
    online = _from_hub(spec)  # online: downloaded and cached
    assert [(i.item_id, i.answer) for i in online.items] == [("x-1", "4"), ("x-2", "6")]

    down = _DroppingServer()
    _point_at(monkeypatch, down.url)
    cached = _from_hub(spec)
    assert cached.items == online.items
    assert down.connections == 1  # the probe, nothing else
    assert (hconst.HF_HUB_OFFLINE, dconfig.HF_HUB_OFFLINE) == (False, False)

    missing = BenchmarkSpec("nobench", "test", "bench-org/never-cached", "0" * 40, "train", "nobench.jsonl", "2024")
    with pytest.raises(InputError) as info:
        _from_hub(missing)
    assert down.connections == 2
    assert "cannot be reached" in str(info.value) and "not in the local cache" in str(info.value)
    assert "nobench.jsonl" in info.value.hint
    assert (hconst.HF_HUB_OFFLINE, dconfig.HF_HUB_OFFLINE) == (False, False)
