"""Rows and runs for the release tests (importable from every test module of this folder)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from longcot.pipeline import make_pipeline, run_pipeline
from longcot.pipeline.steps import ExactDedup, LengthFilter, LengthFilterConfig, SplitThinking


def write_rows(path: Path, shared_data: Path, n: int = 60, *, offset: int = 0) -> Path:
    """Real Sky-T1 traces on MATH-500 problems, as sampler rows (teacher, sampling, request_key, level, pass_rate)."""
    lines = open(shared_data / "cot_skyt1_math500.jsonl").readlines()[offset : offset + n]
    with open(path, "w") as handle:
        for line in lines:
            r = json.loads(line)
            handle.write(json.dumps({
                "problem_id": r["id"], "problem": r["problem"], "gold_answer": r["answer"],
                "completion": r["generation"], "teacher": "openai-compatible:NovaSky-AI/Sky-T1-32B-Preview",
                "sampling": {"temperature": 0.0, "top_p": 1.0, "max_tokens": 32768, "seed": 0},
                "request_key": hashlib.sha256(r["id"].encode()).hexdigest()[:32],
                "level": str(r["level"]), "pass_rate": 1.0 if r["correct"] else 0.0,
                "completion_tokens": len(r["generation"]) // 4,
            }) + "\n")  # fmt: skip
    return path


def run_folder(tmp: Path, shared_data: Path, *, n: int = 60, max_chars: int = 120_000, offset: int = 0) -> Path:
    """A finished `longcot run` folder (2 tasks) over `n` rows: split thinking, dedup, length filter."""
    src = write_rows(tmp / f"rows-{n}-{offset}.jsonl", shared_data, n, offset=offset)
    out = tmp / f"run-{n}-{max_chars}-{offset}"
    config = make_pipeline(
        str(src), [SplitThinking(), ExactDedup(), LengthFilter(LengthFilterConfig(min=200, max=max_chars))], str(out),
        name="release-test", tasks=2, workers=1,
    )  # fmt: skip
    run_pipeline(config)
    return out
