"""`longcot sample` end to end: resume after kill -9, the dollar cap, secrets, bad input (one clear line)."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from fakes.llm_server import FakeLLMServer, FakeLLMServerProcess
from sampling_helpers import cli_runner, cli_subprocess, write_problems


KEY = "sk-test-Zq8VbT2mXk4Lw9Rj"  # the secret a run must never write anywhere


@pytest.fixture
def longcot_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)


def test_kill_9_then_resume_pays_nothing_twice(tmp_path: Path) -> None:
    problems = tmp_path / "problems.jsonl"
    answers = write_problems(problems, 30)
    out = tmp_path / "out" / "samples.parquet"
    server = FakeLLMServerProcess("--latency", "0.15").start()  # its own process: it outlives the killed client
    try:
        server.configure(answers=answers, reasoning_words=20)
        args = ["sample", problems, "--teacher", f"openai-compatible:qwq@{server.openai_base_url}",
                "--teacher", f"anthropic:claude-sonnet-4-6,base_url={server.anthropic_base_url},max_tokens=1000",
                "-n", "2", "--output", out, "--concurrency", "4"]  # fmt: skip
        total = 30 * 2 * 2
        proc = cli_subprocess(*args, env={"OPENAI_API_KEY": KEY, "ANTHROPIC_API_KEY": KEY})
        deadline = time.monotonic() + 60
        while _served(server) < total // 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # half way
        proc.wait(30)
        assert proc.returncode == -signal.SIGKILL
        time.sleep(1.0)  # requests in flight at the kill finish on the server (and count there) meanwhile
        served_before = _served(server)
        assert total // 2 <= served_before < total
        cached = _cached(out.with_name("samples.cache.sqlite"))
        assert served_before - 4 <= cached <= served_before  # at most the in-flight ones were lost
        assert not out.exists()  # the kill left no half-written output

        second = cli_subprocess(*args, env={"OPENAI_API_KEY": KEY, "ANTHROPIC_API_KEY": KEY})
        _, err = second.communicate(timeout=120)
        assert second.returncode == 0, err
        assert _served(server) - served_before == total - cached  # completed requests were not sent again
        frame = pl.read_parquet(out)
        assert frame.height == total
        assert frame.select("problem_id", "teacher", "sample_index").is_unique().all()
        assert set(frame["problem_id"]) == {f"p{i:03d}" for i in range(30)}

        served_after_second = _served(server)
        third = cli_subprocess(*args, env={"OPENAI_API_KEY": KEY, "ANTHROPIC_API_KEY": KEY})
        _, err = third.communicate(timeout=120)
        assert third.returncode == 0, err
        assert _served(server) == served_after_second  # a third run sends nothing
        again = pl.read_parquet(out)
        assert again.equals(frame)  # same rows, same numbers (costs, latencies: from the cache)
    finally:
        server.kill()


def test_ctrl_c_stops_gracefully_and_keeps_every_completed_row(tmp_path: Path) -> None:
    problems = tmp_path / "problems.jsonl"
    write_problems(problems, 40)
    out = tmp_path / "samples.parquet"
    server = FakeLLMServerProcess("--latency", "0.2").start()
    try:
        args = ["sample", problems, "--teacher", f"openai-compatible:qwq@{server.openai_base_url}", "-n", "2",
                "--output", out, "--concurrency", "4"]  # fmt: skip
        proc = cli_subprocess(*args, env={"OPENAI_API_KEY": KEY})
        deadline = time.monotonic() + 60
        while _served(server) < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 1 and "interrupted" in err and "run the same command again" in " ".join(err.split())
        kept = pl.read_parquet(out)
        assert 20 <= kept.height < 80 and kept.height == _cached(out.with_name("samples.cache.sqlite"))
        before = _served(server)
        again = cli_subprocess(*args, env={"OPENAI_API_KEY": KEY})
        _, err = again.communicate(timeout=120)
        assert again.returncode == 0, err
        assert _served(server) - before == 80 - kept.height
        assert pl.read_parquet(out).height == 80
    finally:
        server.kill()


def _served(server: FakeLLMServerProcess) -> int:
    stats = server.stats()
    return sum(stats["choices"].get(k, 0) for k in ("chat.completions", "messages"))


def _cached(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0]


def test_max_usd_stops_within_one_request_and_says_how_to_resume(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 40)
    out = tmp_path / "s.parquet"
    with FakeLLMServer(reasoning_words=200) as srv:
        spec = f"openai:o4-mini,base_url={srv.openai_base_url},price_input=0,price_output=100"  # ~2 cents a request
        result = longcot_cli("sample", problems, "--teacher", spec, "-n", "2", "--output", out,
                             "--max-usd", "0.5", "--concurrency", "8")  # fmt: skip
        sent = srv.total_choices
    assert result.code == 1
    assert "BudgetExceededError" in result.err and "--max-usd" in result.err
    assert "run the same command again with a larger --max-usd" in " ".join(result.err.split())
    meta = json.loads(out.with_name("s.run.json").read_text())
    frame = pl.read_parquet(out)
    one = frame["cost_usd"].max()
    assert meta["status"] == "budget" and abs(meta["spent_usd"] - 0.5) <= one
    assert frame.height == sent < 80 and frame["cost_usd"].sum() == pytest.approx(meta["spent_usd"])


def test_max_usd_holds_across_resumes_of_the_same_output(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 30)
    out = tmp_path / "s.parquet"
    with FakeLLMServer(reasoning_words=200) as srv:
        spec = f"openai:o4-mini,base_url={srv.openai_base_url},price_input=0,price_output=100"  # ~2 cents a request

        def run(cap: str) -> tuple[Any, int, dict[str, Any]]:
            before = srv.total_choices
            result = longcot_cli("sample", problems, "--teacher", spec, "-n", "2", "--output", out,
                                 "--max-usd", cap, "--concurrency", "4")  # fmt: skip
            return result, srv.total_choices - before, json.loads(out.with_name("s.run.json").read_text())

        first, sent1, meta1 = run("0.5")  # (the first request reserves max_tokens' worth: $0.41)
        assert first.code == 1 and meta1["status"] == "budget" and 0 < sent1 < 60
        one = pl.read_parquet(out)["cost_usd"].max()
        assert meta1["spent_total_usd"] == pytest.approx(meta1["spent_usd"]) and abs(meta1["spent_usd"] - 0.5) <= one
        # the same cap again: what the first run paid counts, so nothing new is sent; the cached rows are written
        again, sent2, meta2 = run("0.5")
        text = " ".join(again.err.split())
        assert again.code == 1 and sent2 == 0 and meta2["status"] == "budget" and meta2["spent_usd"] == 0
        assert "with a larger --max-usd (above" in text and "earlier runs of this output" in text
        assert pl.read_parquet(out).height == sent1
        # a higher cap continues up to it, over both runs together; cached rows cost nothing new
        third, sent3, meta3 = run("0.9")
        assert third.code == 1 and sent3 > 0 and abs(meta3["spent_total_usd"] - 0.9) <= one
        assert meta3["spent_usd"] == pytest.approx(meta3["spent_total_usd"] - meta1["spent_usd"])
        # a cap above the whole run's cost finishes it; the ledger equals the cost of every row, each paid once
        last, sent4, meta4 = run("100")
        assert last.code == 0 and meta4["status"] == "complete"
        assert sent1 + sent3 + sent4 == 60 == srv.total_choices
    frame = pl.read_parquet(out)
    assert frame.height == 60 and frame.select("problem_id", "sample_index").is_unique().all()
    assert frame["cost_usd"].sum() == pytest.approx(meta4["spent_total_usd"])


def test_max_usd_ledger_is_per_output(tmp_path: Path, keyed: None, longcot_cli) -> None:
    """Another output sharing the cache reuses its answers for free: they were paid by another run."""
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 10)
    cache = tmp_path / "shared.sqlite"
    with FakeLLMServer(reasoning_words=200) as srv:
        spec = f"openai:o4-mini,base_url={srv.openai_base_url},price_input=0,price_output=100"
        args = ("--teacher", spec, "--cache", cache, "--max-usd", "1")
        assert longcot_cli("sample", problems, *args, "--output", tmp_path / "a.parquet").code == 0
        sent = srv.total_choices
        result = longcot_cli("sample", problems, *args, "--output", tmp_path / "b.parquet")
        assert result.code == 0 and srv.total_choices == sent == 10
    meta = json.loads((tmp_path / "b.run.json").read_text())
    assert meta["spent_total_usd"] == 0 and meta["stats"]["openai:o4-mini"]["cached"] == 10


def test_estimate_prints_and_sends_nothing(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 10)
    with FakeLLMServer() as srv:
        spec = f"openai:gpt-4o-mini,base_url={srv.openai_base_url},max_tokens=1000"
        result = longcot_cli("sample", problems, "--teacher", spec, "-n", "3", "--output", tmp_path / "s.parquet",
                             "--estimate", "--json")  # fmt: skip
        assert srv.total_requests == 0
    assert result.code == 0
    (line,) = json.loads(result.out)
    assert (line["requests"], line["to_send"], line["output_tokens_max"]) == (30, 30, 30_000)
    assert line["usd_max"] == pytest.approx(line["prompt_tokens"] * 0.15 / 1e6 + 30_000 * 0.6 / 1e6, abs=1e-4)


def test_no_secret_in_any_file_a_run_writes(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 6, extra_lines=['{"problem_id": "bad"}', "not json"])
    out = tmp_path / "run" / "s.parquet"
    with FakeLLMServer(fault_script=["rate_limit", "server_error", "malformed"] + ["malformed"] * 20) as srv:
        spec = f"openai-compatible:qwq@{srv.openai_base_url},api_key_env=OPENAI_API_KEY,max_retries=1"
        result = longcot_cli("sample", problems, "--teacher", spec, "-n", "2", "--output", out,
                             "--concurrency", "1")  # fmt: skip
        # an auth failure too: the error message must not echo the key
        srv.configure(api_key="another-key", fault_script=[])
        refused = longcot_cli("sample", problems, "--teacher", spec.replace("qwq", "other"), "--output",
                              tmp_path / "run" / "t.parquet")  # fmt: skip
    assert result.code == 1 and refused.code == 1 and "OPENAI_API_KEY" in refused.err
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != problems]
    names = {p.name for p in written}
    assert {"s.parquet", "s.cache.sqlite", "s.run.json", "s.failed.jsonl", "s.rejects.jsonl"} <= names
    for path in written:
        assert KEY.encode() not in path.read_bytes(), path
    assert KEY not in result.err + result.out + refused.err + refused.out


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["--teacher", "gemini:pro"], "unknown teacher spec 'gemini:pro'"),
        (["--teacher", "anthropic:claude-sonnet-4-6"], "$ANTHROPIC_API_KEY"),
        (["--teacher", "openai-compatible:qwq@http://127.0.0.1:9/v1,max_retries=3"], "is the server up?"),
        (["--teacher", "openai:gpt-4o", "--output", "x.jsonl"], "--output must be a .parquet file"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, longcot_cli, args: list[str], expect: str) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 2)
    if "--output" not in args:
        args = [*args, "--output", str(tmp_path / "s.parquet")]
    result = longcot_cli("sample", problems, *args)
    assert result.code in (1, 2)
    assert expect in " ".join(result.err.split())
    assert "Traceback (most recent call last)" not in result.err and "hint:" in result.err
    assert len([line for line in result.err.splitlines() if line.startswith("Error:")]) == 1


def test_malformed_responses_and_rows_without_problem(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 3, extra_lines=['{"problem_id": "x", "gold_answer": "1"}'])
    out = tmp_path / "s.parquet"
    with FakeLLMServer(fault_rates={"malformed": 1.0}) as srv:
        spec = f"openai-compatible:qwq@{srv.openai_base_url},max_retries=1"
        result = longcot_cli("sample", problems, "--teacher", spec, "--output", out)
    err = " ".join(result.err.split())
    assert result.code == 1 and "Traceback (most recent call last)" not in result.err
    assert "malformed" in err and "run the same command again" in err
    assert f"{problems}:4: missing required column 'problem'" in err  # the row without `problem`, by file and line
    rejects = [json.loads(line) for line in out.with_name("s.rejects.jsonl").read_text().splitlines()]
    assert [(r["line"], r["error"]) for r in rejects] == [(4, "missing required column 'problem'")]
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text('{"question": "1+1?"}\n')
    result = longcot_cli("sample", only_bad, "--teacher", "openai:gpt-4o", "--output", out)
    err = " ".join(result.err.split())
    assert result.code == 2 and "no problem to sample" in err and "--column problem=question" in err


def test_batch_flag_end_to_end(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    write_problems(problems, 5)
    out = tmp_path / "s.parquet"
    with FakeLLMServer(reasoning_words=10, batch_polls=2) as srv:
        args = ["sample", problems, "--teacher", f"openai:gpt-4o-mini,base_url={srv.openai_base_url}",
                "--teacher", f"anthropic:claude-sonnet-4-6,base_url={srv.anthropic_base_url},max_tokens=500",
                "-n", "2", "--output", out, "--batch"]  # fmt: skip
        result = longcot_cli(*args)
        assert result.code == 0, result.err
        assert (srv.requests["batches.create"], srv.requests["messages.batches.create"]) == (1, 1)
        assert srv.requests["chat.completions"] + srv.requests["messages"] == 0
        again = longcot_cli(*args)
        assert again.code == 0 and srv.requests["batches.create"] == 1  # all cached: nothing submitted
    frame = pl.read_parquet(out)
    assert frame.height == 20 and json.loads(out.with_name("s.run.json").read_text())["batch"] is True


def test_until_correct_and_param_flags(tmp_path: Path, keyed: None, longcot_cli) -> None:
    problems = tmp_path / "p.jsonl"
    answers = write_problems(problems, 6)
    out = tmp_path / "s.parquet"
    with FakeLLMServer(answers=answers, correct_prob=0.5, seed=3, reasoning_words=10) as srv:
        spec = f"openai-compatible:qwq@{srv.openai_base_url}"
        result = longcot_cli("sample", problems, "--teacher", spec, "-n", "8", "--until-correct", "1",
                             "--param", "temperature=0.7", "--output", out)  # fmt: skip
        served = srv.total_choices
        sent_params = {e["params"].get("temperature") for e in srv.log}
    assert result.code == 0, result.err
    frame = pl.read_parquet(out)
    assert frame.height == served < 6 * 8  # stopped paying once a problem had a correct sample
    assert sent_params == {0.7} and set(frame["sampling"].struct.field("temperature")) == {0.7}
    per_problem = frame.group_by("problem_id").agg((pl.col("verdict") == "correct").sum().alias("ok"), pl.len())
    for ok, n in per_problem.select("ok", "len").iter_rows():
        assert ok == 1 or (ok == 0 and n == 8)  # one correct sample ends a problem; else all 8 were tried
