"""Supervised fine-tuning of a student on a longcot release, with TRL's SFTTrainer.

Run (8 GPUs on one node; the accelerate config picks FSDP or ZeRO-3):

    accelerate launch --config_file recipes/accelerate/fsdp.yaml recipes/sft.py \
        --config recipes/qwen2.5-math-7b/sft.yaml --dataset releases/NAME/v1.0.0.yaml

On CPU, a tiny random-weight Qwen2 in a few seconds (what the tests and the smoke run do):

    python recipes/sft.py --config recipes/tiny/sft.yaml --dataset runs/release/NAME --output_dir runs/sft-tiny

A recipe with `stages:` (the paper's 72B: format alignment, then the distilled long thoughts) runs
one stage per call, the second starting from the first's output:

    accelerate launch --config_file recipes/accelerate/zero3.yaml recipes/sft.py \
        --config recipes/qwen2.5-math-72b/sft.yaml --stage format_alignment --dataset releases/FORMAT/v1.0.0.yaml
    accelerate launch --config_file recipes/accelerate/zero3.yaml recipes/sft.py \
        --config recipes/qwen2.5-math-72b/sft.yaml --stage long_thought --dataset releases/NAME/v1.0.0.yaml

Every YAML key is a field of `ScriptArguments`, `ModelArguments` (below) or TRL's `SFTConfig`; any
of them can be overridden on the command line (`--learning_rate 2e-5`). Unknown keys are an error.

What this recipe adds to a plain TRL run:

1. The dataset is a release (`releases/NAME/vX.Y.Z.yaml`, a release folder, or `ORG/NAME@vX.Y.Z`);
   every file its manifest lists is checked against its sha256 before training.
2. The training text is the release's `messages` column, built by `longcot.records.messages_expr`
   (the one training conversation); the loss is on the assistant turn only, through the shipped
   Qwen2.5 training template (`recipes/templates/qwen2.5-train.jinja`), which keeps `<think>…</think>`.
3. No silent truncation: every sample is measured under that template; `max_length` is the longest
   sample rounded up to 1024 (at most the YAML's `max_length`); a longer sample is dropped and counted
   in the run manifest (`overlong: drop`) or stops the run (`overlong: fail`). After TRL prepares the
   data, the token counts are compared with ours, and any difference is an error.
4. `run_manifest.json` in the output folder and in every checkpoint: release name, version, data
   sha256 and files, recipe file and its sha256, code commit, package versions, the length report,
   the final loss and tokens per second.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "toolkit"))  # run from a checkout without `pip install -e .`


@dataclass
class ScriptArguments:
    """The data side of a run."""

    dataset: str = field(metadata={"help": "Release: releases/NAME/vX.Y.Z.yaml, a folder, or ORG/NAME@vX.Y.Z."})
    dataset_split: str = field(default="train", metadata={"help": "Split of the release to train on."})
    overlong: str = field(
        default="drop", metadata={"help": "Samples over max_length: `drop` (counted in the manifest) or `fail`."}
    )
    max_length_from_data: bool = field(
        default=True, metadata={"help": "Train at the longest sample rounded up to 1024, at most max_length."}
    )
    stage: str | None = field(default=None, metadata={"help": "Stage of a multi-stage recipe (its `stages:` key)."})


@dataclass
class ModelArguments:
    """The student."""

    model_name_or_path: str | None = field(default=None, metadata={"help": "Hub id or folder of the base model."})
    model_revision: str = field(default="main", metadata={"help": "Hub revision of the base model (pin a sha)."})
    model_config: str | None = field(
        default=None, metadata={"help": "A config.json to build a random-weight model from (tiny CPU runs)."}
    )
    tokenizer_name_or_path: str | None = field(
        default=None, metadata={"help": "Tokenizer (default: the model's); a folder of Qwen2 BPE files works offline."}
    )
    dtype: str = field(default="bfloat16", metadata={"help": "Weights dtype: bfloat16, float32, ..."})
    attn_implementation: str | None = field(
        default=None, metadata={"help": "flash_attention_2 (needed by packing), sdpa or eager."}
    )


def load_recipe(argv: list[str]) -> tuple[list[str], Path | None]:
    """Resolve `--config` (and `--stage` of a staged recipe) into a flat YAML that TrlParser reads."""
    if "--config" not in argv:
        return argv, None
    i = argv.index("--config")
    recipe = Path(argv[i + 1])
    data = yaml.safe_load(recipe.read_text()) or {}
    stages = data.pop("stages", None)
    if stages:
        stage = argv[argv.index("--stage") + 1] if "--stage" in argv else None
        if stage not in stages:
            raise SystemExit(f"{recipe} has stages {list(stages)}: pass --stage NAME (got {stage!r})")
        data = {**data, **stages[stage], "stage": stage}
    flat = Path(tempfile.mkdtemp(prefix="longcot-sft-")) / recipe.name
    flat.write_text(yaml.safe_dump(data))
    rest = [a for j, a in enumerate(argv) if j not in (i, i + 1)]
    rest = [a for j, a in enumerate(rest) if not (a == "--stage" or (j and rest[j - 1] == "--stage"))]
    return ["--config", str(flat), *rest], recipe


def main(script_args: ScriptArguments, model_args: ModelArguments, training_args, recipe: Path | None) -> dict:  # noqa: ANN001
    import datasets
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, TrainerCallback
    from trl import SFTTrainer

    from longcot.training.lengths import apply_length_policy, choose_max_length, conversation_lengths
    from longcot.training.manifest import code_commit, package_versions, write_run_manifest
    from longcot.training.release import release_conversations, resolve_release, sha256_file
    from longcot.training.tokenizer import load_tokenizer

    # 1. The data: a release, checked against its manifest.
    release = resolve_release(script_args.dataset)
    frame = release_conversations(release, script_args.dataset_split)
    print(f"release {release.name} {release.version}: {frame.height:,} rows, data sha256 {release.data_sha256[:12]}…")

    # 2. The tokenizer, with the training template (generation markers around the assistant turn).
    tokenizer = load_tokenizer(model_args.tokenizer_name_or_path or model_args.model_name_or_path)
    inference_template = tokenizer.chat_template  # saved with the final model (the same text, without markers)
    if training_args.chat_template_path:
        tokenizer.chat_template = Path(training_args.chat_template_path).read_text(encoding="utf-8")
    if training_args.eos_token:
        tokenizer.eos_token = training_args.eos_token

    # 3. Lengths under that template; max_length from the data; overlong samples reported, never cut.
    lengths = conversation_lengths(tokenizer, frame["messages"].to_list())
    cap = training_args.max_length
    kept, report = apply_length_policy(
        frame, lengths, max_length=cap, policy=script_args.overlong, manifest_longest=release.longest_sample_tokens
    )
    if script_args.max_length_from_data:
        training_args.max_length = choose_max_length(cap, int(kept["num_tokens"].max()))
    if report.dropped_overlong:
        print(f"dropped {report.dropped_overlong} samples longer than {cap} tokens (listed in the run manifest)")
    train_dataset = datasets.Dataset.from_list([{"messages": m} for m in kept["messages"].to_list()])

    # 4. The model: pretrained, or random weights from a config (tiny CPU runs).
    dtype = getattr(torch, model_args.dtype)
    if model_args.model_config:
        config = AutoConfig.from_pretrained(model_args.model_config)
        torch.manual_seed(training_args.seed)
        model = AutoModelForCausalLM.from_config(
            config, dtype=dtype, attn_implementation=model_args.attn_implementation
        )
    else:
        model = AutoModelForCausalLM.from_pretrained(
            model_args.model_name_or_path, revision=model_args.model_revision, dtype=dtype,
            attn_implementation=model_args.attn_implementation,
        )  # fmt: skip
    if (vocab := model.get_input_embeddings().num_embeddings) < len(tokenizer):
        raise SystemExit(f"model vocabulary {vocab} is smaller than the tokenizer's {len(tokenizer)}")

    # 5. The run manifest, written before training and completed after; copied into every checkpoint.
    manifest = {
        "status": "training",
        "release": release.describe(),
        "split": script_args.dataset_split,
        "stage": script_args.stage,
        "recipe": {"path": str(recipe) if recipe else None, "sha256": sha256_file(recipe) if recipe else None},
        "chat_template": {
            "path": training_args.chat_template_path,
            "sha256": hashlib.sha256(tokenizer.chat_template.encode()).hexdigest(),
        },
        "model": dataclasses.asdict(model_args),
        "code": code_commit(REPO),
        "versions": package_versions(),
        "lengths": report.to_dict(),
        "train_samples": kept.height,
        "train_tokens_per_epoch": int(kept["num_tokens"].sum()),
        "training_args": {
            k: getattr(training_args, k)
            for k in (
                "learning_rate",
                "num_train_epochs",
                "max_steps",
                "per_device_train_batch_size",
                "gradient_accumulation_steps",
                "max_length",
                "packing",
                "packing_strategy",
                "padding_free",
                "assistant_only_loss",
                "bf16",
                "seed",
                "lr_scheduler_type",
                "warmup_steps",
                "weight_decay",
            )
        },  # fmt: skip
    }
    out = Path(training_args.output_dir)
    main_process = training_args.process_index == 0  # under accelerate, one writer
    if main_process:
        write_run_manifest(out, manifest)

    class ManifestInCheckpoints(TrainerCallback):
        def on_save(self, args, state, control, **kwargs):  # noqa: ANN001, ANN003
            if main_process:
                step = {**manifest, "global_step": state.global_step}
                write_run_manifest(out / f"checkpoint-{state.global_step}", step)

    trainer = SFTTrainer(
        model=model, args=training_args, train_dataset=train_dataset, processing_class=tokenizer,
        callbacks=[ManifestInCheckpoints()],
    )  # fmt: skip

    # 6. TRL must have kept every token of every kept sample (no truncation behind our back).
    prepared = sum(len(x) for x in trainer.train_dataset["input_ids"])
    if prepared != manifest["train_tokens_per_epoch"]:
        raise SystemExit(
            f"TRL prepared {prepared:,} tokens, the release has {manifest['train_tokens_per_epoch']:,} after the "
            "length check: a sample was truncated or changed; refusing to train"
        )

    start = time.perf_counter()
    result = trainer.train()
    seconds = time.perf_counter() - start
    trainer.save_model(str(out))
    if inference_template:  # other tools (vLLM, llama.cpp) get the model's own template; it renders the same text
        tokenizer.chat_template = inference_template
    tokenizer.save_pretrained(str(out))
    losses = [e["loss"] for e in trainer.state.log_history if "loss" in e]
    tokens_seen = max((e.get("num_tokens", 0) for e in trainer.state.log_history), default=0)
    manifest.update(
        status="done",
        global_step=trainer.state.global_step,
        train_loss=result.training_loss,
        first_logged_loss=losses[0] if losses else None,
        last_logged_loss=losses[-1] if losses else None,
        train_seconds=seconds,
        train_tokens_seen=tokens_seen,  # TRL's count, on this process (all padding excluded)
        train_tokens_per_second=tokens_seen / seconds if tokens_seen else None,
        checkpoint=str(out),
    )
    if main_process:
        write_run_manifest(out, manifest)
    print(f"done: {trainer.state.global_step} steps, loss {result.training_loss:.4f}, checkpoint {out}")
    return manifest


def parse(argv: list[str] | None = None):  # noqa: ANN201
    """Parse `--config YAML [--stage NAME] [--key value ...]` into the three argument dataclasses."""
    from trl import SFTConfig, TrlParser

    argv, recipe = load_recipe(list(sys.argv[1:] if argv is None else argv))
    parser = TrlParser((ScriptArguments, ModelArguments, SFTConfig))
    script_args, model_args, training_args = parser.parse_args_and_config(argv)
    if not script_args.dataset:
        raise SystemExit(
            "no dataset: pass --dataset releases/NAME/vX.Y.Z.yaml (or a release folder, or ORG/NAME@vX.Y.Z)"
        )
    if script_args.overlong not in ("drop", "fail"):
        raise SystemExit(f"overlong must be `drop` or `fail`, got {script_args.overlong!r}")
    return script_args, model_args, training_args, recipe


if __name__ == "__main__":
    main(*parse())
