"""The `vllm` teacher: offline `vllm.LLM` generation (GPU hosts with the `vllm` extra; skipped elsewhere)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import polars as pl
import pytest

from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, sample_frame


pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(importlib.util.find_spec("vllm") is None, reason="test requires vllm (GPU hosts)"),
]


def test_vllm_teacher_samples_and_caches(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("test requires a CUDA GPU")
    model = os.environ.get("LONGCOT_VLLM_TEST_MODEL", "Qwen/Qwen2.5-0.5B-Instruct")  # a local folder offline
    teacher = parse_teacher(f"vllm:{model},max_tokens=32,temperature=0.7,seed=1,n=2")
    problems = pl.DataFrame({"problem": ["What is 1+1?", "What is 2+3?"]})
    config = SamplerConfig(teachers=(teacher,))
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        frame, result = sample_frame(problems, config, cache)
        assert result.complete and frame.height == 4
        assert all(0 < t <= 32 for t in frame["completion_tokens"])
        again, result = sample_frame(problems, config, cache)
    assert result.stats[teacher.name].cached == 4 and again.equals(frame)
