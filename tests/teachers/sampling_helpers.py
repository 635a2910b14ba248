"""Helpers for the teacher tests (imported by name, not a conftest): problem files and `longcot` runners."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


REPO = Path(__file__).resolve().parents[2]


def write_problems(path: Path, n: int, *, extra_lines: list[str] | None = None) -> dict[str, str]:
    """Write `n` problems (`problem_id`, `problem`, `gold_answer`) as JSONL; return problem → answer."""
    answers = {f"What is {i} + {i + 1}?": str(2 * i + 1) for i in range(n)}
    lines = [
        json.dumps({"problem_id": f"p{i:03d}", "problem": problem, "gold_answer": answer})
        for i, (problem, answer) in enumerate(answers.items())
    ]
    lines += extra_lines or []
    path.write_text("\n".join(lines) + "\n")
    return answers


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli_runner(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """A function running `longcot ARGS...` in this process through `main`: exit code, stdout, stderr."""
    from longcot.cli import main

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["longcot", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def cli_subprocess(*args: str, env: dict[str, str], **kwargs) -> subprocess.Popen[str]:
    """Start `longcot ARGS...` as its own process (for kill -9)."""
    full_env = {**os.environ, **env, "PYTHONPATH": str(REPO / "toolkit")}
    return subprocess.Popen(
        [sys.executable, "-c", "from longcot.cli import main; main()", *map(str, args)],
        env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs,
    )  # fmt: skip
