"""recipes/sft.py on CPU: a tiny random Qwen2 trained on a release, end to end."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml


pytest.importorskip("trl")

REPO = Path(__file__).resolve().parents[2]


def load_sft():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("longcot_recipe_sft", REPO / "recipes" / "sft.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def run_tiny(release: Path, out: Path, tokenizer: Path, *extra: str) -> dict:
    sft = load_sft()
    args = sft.parse(
        [
            "--config", str(REPO / "recipes" / "tiny" / "sft.yaml"), "--dataset", str(release),
            "--output_dir", str(out), "--tokenizer_name_or_path", str(tokenizer),
            "--model_config", str(REPO / "recipes" / "tiny" / "config.json"),
            "--chat_template_path", str(REPO / "recipes" / "templates" / "qwen2.5-train.jinja"), *extra,
        ]
    )  # fmt: skip
    return sft.main(*args)


def test_tiny_sft_learns_writes_a_loadable_checkpoint_and_a_run_manifest(
    tiny_release: Path, qwen_tokenizer_dir: Path, tmp_path: Path
) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    manifest = run_tiny(tiny_release, tmp_path / "run", qwen_tokenizer_dir)
    assert manifest["status"] == "done"
    assert manifest["last_logged_loss"] < manifest["first_logged_loss"] - 1.0  # it learns (from ln 151936 = 11.9)
    # The checkpoint loads and runs.
    model = AutoModelForCausalLM.from_pretrained(tmp_path / "run")
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "run")
    assert model.config.num_hidden_layers == 2
    # Saved with the model's own chat template (same text; no training markers for other tools to trip on).
    from trl.chat_template_utils import has_generation_markers

    assert not has_generation_markers(tokenizer.chat_template)
    assert tokenizer.chat_template == AutoTokenizer.from_pretrained(qwen_tokenizer_dir).chat_template
    ids = tokenizer("1+1=", return_tensors="pt")["input_ids"]
    assert model(ids).logits.shape[-1] == 151936
    # The run manifest on disk names the release, its version and the sha256 of its files.
    on_disk = json.loads((tmp_path / "run" / "run_manifest.json").read_text())
    release_manifest = yaml.safe_load((tiny_release / "longcot-manifest.yaml").read_text())
    assert on_disk["release"]["name"] == "tiny-release" and on_disk["release"]["version"] == "v0.1.0"
    assert [f["sha256"] for f in on_disk["release"]["files"]] == [f["sha256"] for f in release_manifest["files"]]
    assert all(f["verified"] for f in on_disk["release"]["files"])
    assert on_disk["release"]["token_stats"] == release_manifest["tokens"]
    assert on_disk["lengths"]["manifest_longest"] == release_manifest["tokens"]["student_tokens"]["max"]
    assert on_disk["recipe"]["path"].endswith("recipes/tiny/sft.yaml") and len(on_disk["recipe"]["sha256"]) == 64
    assert on_disk["code"]["commit"] is None or len(on_disk["code"]["commit"]) == 40
    assert on_disk["lengths"]["dropped_overlong"] == 0 and on_disk["train_samples"] == 16
    # max_length came from the data (the longest sample rounded up to 1024), not TRL's default 1024.
    assert on_disk["training_args"]["max_length"] == -(-on_disk["lengths"]["longest"] // 1024) * 1024
    assert on_disk["training_args"]["assistant_only_loss"] is True
    # The checkpoint folder carries the manifest too.
    assert json.loads((tmp_path / "run" / "checkpoint-10" / "run_manifest.json").read_text())["global_step"] == 10


def test_overlong_samples_are_dropped_and_counted_never_truncated(
    tiny_release: Path, qwen_tokenizer_dir: Path, tmp_path: Path
) -> None:
    manifest = run_tiny(tiny_release, tmp_path / "run", qwen_tokenizer_dir, "--max_length", "100", "--max_steps", "1")
    lengths = manifest["lengths"]
    assert lengths["dropped_overlong"] > 0
    assert lengths["kept"] + lengths["dropped_overlong"] == 16 == lengths["samples"]
    assert len(lengths["dropped_ids"]) == lengths["dropped_overlong"]
    assert manifest["train_samples"] == lengths["kept"]
    assert manifest["training_args"]["max_length"] == 100


def test_overlong_fail_stops_before_training(tiny_release: Path, qwen_tokenizer_dir: Path, tmp_path: Path) -> None:
    from longcot.training.lengths import OverlongError

    with pytest.raises(OverlongError, match=r"samples are longer than max_length=100 tokens"):
        run_tiny(tiny_release, tmp_path / "run", qwen_tokenizer_dir, "--max_length", "100", "--overlong", "fail")
    assert not (tmp_path / "run" / "run_manifest.json").exists()


def test_staged_recipe_needs_a_stage(tmp_path: Path) -> None:
    sft = load_sft()
    with pytest.raises(SystemExit, match="pass --stage NAME"):
        sft.load_recipe(["--config", str(REPO / "recipes" / "qwen2.5-math-72b" / "sft.yaml")])
    argv, recipe = sft.load_recipe(
        ["--config", str(REPO / "recipes" / "qwen2.5-math-72b" / "sft.yaml"), "--stage", "long_thought", "--x", "1"]
    )
    flat = yaml.safe_load(Path(argv[1]).read_text())
    assert flat["stage"] == "long_thought" and "stages" not in flat and argv[2:] == ["--x", "1"]


GPU_RECIPES = [
    ("qwen2.5-math-7b", None),
    ("qwen2.5-32b-instruct", None),
    ("qwen2.5-math-72b", "format_alignment"),
    ("qwen2.5-math-72b", "long_thought"),
]


@pytest.mark.parametrize(("model", "stage"), GPU_RECIPES)
def test_gpu_recipes_parse_with_published_hyperparameters(model: str, stage: str | None) -> None:
    """Every key is a real field (TrlParser rejects unknown ones); the values are in the published ranges."""
    sft = load_sft()
    argv = ["--config", str(REPO / "recipes" / model / "sft.yaml"), "--dataset", "releases/x/v1.0.0.yaml"]
    # use_cpu only so SFTConfig accepts bf16 on this GPU-less machine.
    script, model_args, training, _ = sft.parse([*argv, *(["--stage", stage] if stage else []), "--use_cpu", "true"])
    assert 1e-5 <= training.learning_rate <= 4e-5
    assert 16_384 <= training.max_length <= 32_768
    assert training.num_train_epochs == 1 if stage == "format_alignment" else 3 <= training.num_train_epochs <= 5
    assert training.assistant_only_loss and training.bf16 and model_args.dtype == "bfloat16"
    assert training.chat_template_path == "recipes/templates/qwen2.5-train.jinja"
    assert training.packing and training.packing_strategy == "bfd" and training.padding_free
    assert model_args.attn_implementation == "flash_attention_2"
    assert script.overlong == "drop" and script.stage == stage


def test_no_dataset_is_one_clear_line() -> None:
    sft = load_sft()
    with pytest.raises(SystemExit, match="no dataset: pass --dataset"):
        sft.parse(["--config", str(REPO / "recipes" / "tiny" / "sft.yaml")])
