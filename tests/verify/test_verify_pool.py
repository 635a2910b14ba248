"""Worker processes: order, per-row killable timeouts, threads and daemonic processes."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import multiprocess
import polars as pl
import pytest

from longcot.errors import ConfigError
from longcot.verify import VerdictStatus, VerifierPool, verify_answer, verify_batch


# A power tower and a huge factorial: sympy would run for minutes; each must cost at most the timeout.
POWER_TOWER = r"\boxed{10^{10^{10^{10}}}}"
BIG_FACTORIAL = r"\boxed{(10^{9})!}"


def test_batch_preserves_order_and_times_out_alone() -> None:
    golds = ["1", "5", "2", r"\frac{1}{2}", "3", "7"]
    responses = [r"\boxed{1}", POWER_TOWER, r"\boxed{3}", r"\boxed{0.5}", BIG_FACTORIAL, r"\boxed{7}"]
    verdicts = verify_batch(golds, responses, workers=2, timeout=1.0)
    assert [v.status.value for v in verdicts] == ["correct", "timeout", "incorrect", "correct", "timeout", "correct"]
    assert verdicts[1].predicted == "10^{10^{10^{10}}}" and "1s" in verdicts[1].reason


def test_verify_answer_times_out_from_a_thread() -> None:
    # signal.alarm cannot work here: the timeout is a killed helper process.
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.append(verify_answer("5", POWER_TOWER, timeout=1.0)))
    thread.start()
    thread.join(30)
    assert results and results[0].status is VerdictStatus.TIMEOUT  # type: ignore[attr-defined]
    # and the helper is replaced: the next check still works
    assert verify_answer(r"5\sqrt{3}", r"\boxed{\sqrt{75}}").correct


def test_inline_batch_matches_pool() -> None:
    golds = ["204", r"\frac{1}{2}", "(1, 2)", "x > 4"]
    responses = [r"\boxed{204}", r"\boxed{2/4}", r"\boxed{(2, 1)}", r"\boxed{(4, \infty)}"]
    assert verify_batch(golds, responses, workers=0) == verify_batch(golds, responses, workers=1)


def test_pool_is_reusable() -> None:
    with VerifierPool(2, timeout=5.0) as pool:
        first = pool.verify(["1"] * 40, [r"\boxed{1}"] * 40)
        second = pool.verify(["2"] * 3, [r"\boxed{3}"] * 3)
    assert all(v.correct for v in first) and not any(v.correct for v in second)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"workers": -1}, "workers"), ({"timeout": 0}, "timeout")],
)
def test_bad_arguments(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        if "workers" in kwargs:
            verify_batch(["1"], ["1"], workers=int(kwargs["workers"]))
        else:
            verify_answer("1", "1", timeout=kwargs["timeout"])


def test_length_mismatch() -> None:
    with pytest.raises(ConfigError, match="2 gold answers but 1 responses"):
        verify_batch(["1", "2"], ["1"])


def _in_daemon(_: int) -> list[str]:
    # Runs inside a daemonic multiprocess.Pool worker, as datatrove's LocalPipelineExecutor does.
    from longcot.verify import VerifyAnswers, VerifyAnswersConfig, verify_batch

    statuses = [v.status.value for v in verify_batch(["3", "4"], [r"\boxed{3}", POWER_TOWER], workers=2, timeout=1.0)]
    step = VerifyAnswers(VerifyAnswersConfig(workers=2, timeout=2.0))
    step.setup()
    try:
        out = step(pl.DataFrame({"gold_answer": ["2", "2"], "completion": [r"\boxed{2}", r"\boxed{\sqrt{5}}"]}))
    finally:
        step.teardown()
    return statuses + out["verdict"].to_list() + sorted(step.stats.dropped)


def test_works_inside_daemonic_pool_worker() -> None:
    # forkserver, as datatrove's LocalPipelineExecutor uses (forking after polars ran can deadlock polars).
    with multiprocess.get_context("forkserver").Pool(1) as pool:
        result = pool.map(_in_daemon, [0])[0]
    assert result == ["correct", "timeout", "correct", "incorrect"]


# ---------------------------------------------------------------- issue 12: helpers, deadlines, orphans


def test_concurrent_calls_do_not_share_a_deadline() -> None:
    # Each call gets its own helper: a quick comparison is never stuck behind another thread's power tower.
    slow: list[object] = []
    fast: list[object] = []
    threads = [threading.Thread(target=lambda: slow.append(verify_answer("5", POWER_TOWER, timeout=20.0)))]
    threads += [
        threading.Thread(
            target=lambda k=k: fast.append(verify_answer(f"(x+{k})^2", f"\\boxed{{x^2+{2 * k}x+{k * k}}}"))
        )
        for k in range(2, 6)
    ]
    threads[0].start()
    for thread in threads[1:]:
        thread.start()
    for thread in threads[1:]:
        thread.join(60)
    # The fast checks ended while the slow one still held its helper.
    assert [v.status.value for v in fast] == ["correct"] * 4  # type: ignore[attr-defined]
    assert threads[0].is_alive() and not slow
    threads[0].join(60)
    assert slow and slow[0].status is VerdictStatus.TIMEOUT  # type: ignore[attr-defined]


def test_helper_pool_grows_to_the_callers() -> None:
    from longcot.verify.workers import HelperPool

    pool = HelperPool(limit=3)
    barrier = threading.Barrier(3)
    results: list[object] = []

    def call() -> None:
        barrier.wait()
        results.append(pool.compare(r"5\sqrt{3}", r"\sqrt{75}", timeout=30.0))

    threads = [threading.Thread(target=call) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    try:
        assert results == [(True, "equal")] * 3
        assert 1 <= pool.size() <= 3 and len(pool.pids()) == pool.size()
    finally:
        pool.close()
    assert pool.size() == 0


_ORPHAN_SCRIPT = r"""
import sys, threading
from longcot.verify import verify_answer
from longcot.verify.workers import HELPERS
from_thread = sys.argv[1] == "thread"
box = []
warm = lambda: box.append(verify_answer("(x+1)^2", r"\boxed{x^2+2x+1}"))  # algebra: needs a helper
if from_thread:
    t = threading.Thread(target=warm); t.start(); t.join()  # the helper is started by a thread that then ends
else:
    warm()
print(HELPERS.pids()[0], flush=True)
verify_answer("5", r"\boxed{10^{10^{10^{10}}}}", timeout=600)  # the helper is now busy for minutes
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")  # a zombie has exited
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("started_by", ["main", "thread"])
def test_helper_dies_with_its_killed_caller(started_by: str) -> None:
    caller = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT, started_by], stdout=subprocess.PIPE, text=True)
    try:
        helper = int(caller.stdout.readline())  # type: ignore[union-attr]
        time.sleep(0.5)  # let the helper start on the power tower
        assert not _gone(helper)
    finally:
        caller.kill()  # SIGKILL: no atexit, no cleanup in the caller
        caller.wait()
    deadline = time.monotonic() + 30
    while not _gone(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(helper), f"helper {helper} outlived its killed caller"


def test_core_and_pool_do_not_import_each_other() -> None:
    import ast
    import inspect

    from longcot.verify import core, pool

    def imported(module: object) -> set[str]:
        tree = ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
        return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}

    assert "longcot.verify.pool" not in imported(core)
    assert "longcot.verify.core" in imported(pool)


def test_a_gold_past_the_int_string_limit_is_unparseable_in_a_batch() -> None:
    huge = "7" * 5_000
    golds = [huge, "3", huge + ".5", f"\\frac{{{huge}}}{{2}}"]
    responses = [f"\\boxed{{{huge}}}", r"\boxed{3}", r"\boxed{1}", r"\boxed{1}"]
    for workers in (0, 1):
        assert [v.status.value for v in verify_batch(golds, responses, workers=workers)] == [
            "gold_unparseable",
            "correct",
            "gold_unparseable",
            "gold_unparseable",
        ]
