"""GPU paths of the recipes: vLLM generation and packed bf16 SFT. Marked `gpu`: skipped without CUDA (CI has none)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from longcot.errors import MissingDependencyError
from longcot.evaluation.backends import make_backend
from longcot.evaluation.protocol import load_protocol


REPO = Path(__file__).resolve().parents[2]
AIME = REPO / "recipes" / "eval" / "aime2024.yaml"


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


needs_gpu = pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU")


def test_vllm_backend_without_vllm_names_the_extra() -> None:
    if importlib.util.find_spec("vllm") is not None:
        pytest.skip("vllm is installed")
    with pytest.raises(MissingDependencyError, match=r"pip install 'longcot\[vllm\]'"):
        make_backend("vllm", "some/model", load_protocol(AIME))


@pytest.mark.gpu
@needs_gpu
def test_vllm_eval_on_a_tiny_model(tiny_checkpoint: Path, tmp_path: Path, shared_data: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("vllm")
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    spec = importlib.util.spec_from_file_location("longcot_recipe_eval", REPO / "recipes" / "eval.py")
    ev = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = ev
    spec.loader.exec_module(ev)  # type: ignore[union-attr]
    args = ev.parse_args(
        ["--protocol", str(AIME), "--model", str(tiny_checkpoint), "--backend", "vllm", "--limit", "5",
         "--set", "n=8", "--set", "max_new_tokens=64", "--set", "max_truncation_rate=1.0",
         "--output-dir", str(tmp_path)]
    )  # fmt: skip
    report = ev.main(args)
    assert report["engine"]["backend"] == "vllm" and report["engine"]["dtype"] == "bfloat16"
    assert report["samples"] == 40 and report["timing"]["generation_tokens_per_second"] > 0


@pytest.mark.gpu
@needs_gpu
def test_packed_bf16_sft_on_gpu(tiny_release: Path, qwen_tokenizer_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("flash_attn")
    spec = importlib.util.spec_from_file_location("longcot_recipe_sft", REPO / "recipes" / "sft.py")
    sft = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = sft
    spec.loader.exec_module(sft)  # type: ignore[union-attr]
    args = sft.parse(
        ["--config", str(REPO / "recipes" / "tiny" / "sft.yaml"), "--dataset", str(tiny_release),
         "--output_dir", str(tmp_path), "--tokenizer_name_or_path", str(qwen_tokenizer_dir),
         "--model_config", str(REPO / "recipes" / "tiny" / "config.json"),
         "--chat_template_path", str(REPO / "recipes" / "templates" / "qwen2.5-train.jinja"),
         "--use_cpu", "false", "--bf16", "true", "--dtype", "bfloat16", "--attn_implementation", "flash_attention_2",
         "--packing", "true", "--packing_strategy", "bfd", "--padding_free", "true"]
    )  # fmt: skip
    manifest = sft.main(*args)
    assert manifest["training_args"]["packing"] and manifest["train_tokens_per_second"] > 0
    assert json.loads((tmp_path / "run_manifest.json").read_text())["status"] == "done"
