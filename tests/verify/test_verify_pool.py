"""Worker processes: order, per-row killable timeouts, threads and daemonic processes."""

from __future__ import annotations

import threading

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
