"""The run budget shared through the cache: reservations under a cap, settled with the response, stale ones cleared."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from longcot.teachers.cache import ResponseCache


def _item(key: str, cost: float) -> tuple[str, dict[str, float], str, int, dict[str, str]]:
    return key, {"completion": "4", "cost_usd": cost}, "t", 0, {}


@pytest.mark.parametrize(
    ("paid", "held", "ask", "fits"),
    [
        (0.0, [], 0.5, True),  # exactly the cap fits
        (0.0, [], 0.51, False),
        (0.3, [], 0.2, True),
        (0.3, [0.1], 0.2, False),  # what is in flight counts
        (0.3, [0.1], 0.1, True),
        (0.6, [], 0.01, False),  # already over (an earlier run paid more than this cap)
    ],
)
def test_reserve_fits_paid_plus_in_flight_under_the_cap(
    tmp_path: Path, paid: float, held: list[float], ask: float, fits: bool
) -> None:
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        if paid:
            cache.put("k0", {"completion": "x", "cost_usd": paid}, teacher="t", sample_index=0, request={}, run="R")
        for cost in held:
            assert cache.reserve("R", cost, 1.0, owner="other") is not None
        assert (cache.reserve("R", ask, 0.5, owner="me") is not None) is fits
        assert cache.reserve("other-run", 0.5, 0.5, owner="me") is not None  # runs do not share a budget


def test_a_response_settles_its_reservation_in_the_same_transaction(tmp_path: Path) -> None:
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        first, second = cache.reserve("R", 0.2, 0.5, owner="me"), cache.reserve("R", 0.2, 0.5, owner="me")
        assert first is not None and second is not None and cache.reserve("R", 0.2, 0.5, owner="me") is None
        assert cache.run_committed("R") == pytest.approx(0.4) and cache.run_spend("R") == 0
        cache.put_many([_item("a", 0.25)], run="R", release=[first])  # it cost more than expected: booked as paid
        assert cache.run_spend("R") == pytest.approx(0.25) and cache.run_committed("R") == pytest.approx(0.45)
        cache.release([second])  # a failed request: nothing paid
        assert cache.run_committed("R") == pytest.approx(0.25)
        assert cache.reserve("R", 0.25, 0.5, owner="me") is not None
        cache.add_spend("b", teacher="t", cost_usd=0.1, reason="billed", run="R")  # billed failures count too
        assert cache.run_spend("R") == pytest.approx(0.35)


def test_reservations_of_dead_processes_are_cleared(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        assert cache.reserve("R", 0.3, 0.5, owner="alive") is not None
        cache._conn.execute(
            "INSERT INTO reservations (run, owner, host, pid, cost_usd, created) "
            "SELECT run, 'dead', host, ?, 0.2, created FROM reservations",
            (int(dead.stdout),),
        )  # a task killed while its request was in flight
        assert cache.run_committed("R") == pytest.approx(0.5)
        assert cache.clear_stale_reservations("R") == 1
        assert cache.run_committed("R") == pytest.approx(0.3)  # this process's own reservation is kept


def test_a_cache_from_before_the_totals_keeps_its_ledger(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:  # the ledger as an older longcot wrote it, without run_totals
        conn.execute("CREATE TABLE ledger (run TEXT NOT NULL, key TEXT NOT NULL, teacher TEXT NOT NULL, "
                     "cost_usd REAL NOT NULL, reason TEXT NOT NULL, created REAL NOT NULL)")  # fmt: skip
        conn.executemany("INSERT INTO ledger VALUES (?, ?, 't', ?, 'response', 0)",
                         [("R", "a", 0.1), ("R", "b", 0.2), ("S", "c", 0.5)])  # fmt: skip
    with ResponseCache(path) as cache:
        assert cache.run_spend("R") == pytest.approx(0.3) and cache.run_spend("S") == pytest.approx(0.5)
        cache.put_many([_item("d", 0.05)], run="R")
    with ResponseCache(path) as cache:  # opened again: totals are not rebuilt or added twice
        assert cache.run_spend("R") == pytest.approx(0.35)


def _open_at_once(path: str, barrier: object, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        with ResponseCache(path) as cache:
            cache.put(f"k{os.getpid()}", {"completion": "4"}, teacher="t", sample_index=0, request={})
        results.put("ok")  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - the test reports what went wrong
        results.put(repr(exc))  # type: ignore[attr-defined]


def test_processes_opening_one_new_cache_at_once_all_open_it(tmp_path: Path) -> None:
    """Eight processes opening one fresh cache at the same instant (datatrove tasks starting together) all get it.

    SQLite fails some of them at once with 'database is locked' (the switch to WAL does not wait on the busy
    timeout): before the open retried, 13 of 40 such rounds had a process fail (CI, 2026-12-03)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    failures: list[str] = []
    for round_ in range(30):
        path = str(tmp_path / f"cache-{round_}.sqlite")
        barrier, results = ctx.Barrier(8), ctx.Queue()
        procs = [ctx.Process(target=_open_at_once, args=(path, barrier, results)) for _ in range(8)]
        for proc in procs:
            proc.start()
        outcomes = [results.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join()
        failures += [outcome for outcome in outcomes if outcome != "ok"]
        with ResponseCache(path) as cache:
            (count,) = cache._conn.execute("SELECT COUNT(*) FROM responses").fetchone()
        assert count == outcomes.count("ok")  # each process's response is in the cache
    assert failures == []
