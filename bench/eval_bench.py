"""Benchmark the grading side of recipes/eval.py against math-verify as open-r1 grades, in one process.

Run: `python bench/eval_bench.py` (from the repo root, venv active; LONGCOT_SHARED_DATA if the shared
data is not at `<repo>/../shared/data`). Options: `--problems 30 --n 64 --workers N --resamples 10000`.

Grading: 30 AIME 2024 problems x 64 real-length samples. The samples are the 30 real Sky-T1-32B
generations of `cot_skyt1_aime24.jsonl` (median 26k characters, up to 154k): problem i's sample k is
generation (i + k) mod 30, so each problem gets its own generation once (1/30 of its samples) and 63
real-length wrong-problem ones. Both sides grade the same 1,920 (gold, generation) pairs in one process
(`workers=0`, so the comparison is engine against engine, not pool against loop), then longcot also
computes what eval.py reports (pass@1 with a 10,000-resample bootstrap CI, pass@k for k = 1..64,
cons@64 over equal answers). Printed: samples graded per second for each side and the ratio, the
scoring time, and longcot with a worker pool (`--workers`, default the CPU count).

The anchor is math-verify 0.9 configured as open-r1's accuracy reward (`bench/verify_bench.py` uses
the same grader), with open-r1-style scoring: per-problem mean correctness (no CI, no pass@k).

GPU part (`--sft`, needs CUDA; skipped with a message otherwise): SFT tokens/s of recipes/sft.py on
a release (the longcot data path: sha256 check, lengths under the training template, TRL on
`messages`) against the same TRL SFTConfig on a plain `datasets.Dataset` of the same messages.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "toolkit"))
sys.path.insert(0, str(REPO / "bench"))

from longcot.evaluation import ProblemResult, answers_equal, summarize  # noqa: E402
from longcot.verify import verify_batch  # noqa: E402


def shared_data() -> Path:
    return Path(os.environ.get("LONGCOT_SHARED_DATA") or REPO.parent / "shared" / "data")


def build_samples(problems: int, n: int) -> tuple[list[str], list[str], list[str]]:
    with open(shared_data() / "cot_skyt1_aime24.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][:problems]
    ids, golds, texts = [], [], []
    for i, row in enumerate(rows):
        for k in range(n):
            ids.append(row["id"])
            golds.append(row["answer"])
            texts.append(rows[(i + k) % len(rows)]["generation"])
    return ids, golds, texts


def score_longcot(ids: list[str], verdicts: list, n: int, resamples: int) -> dict:
    results = []
    for start in range(0, len(ids), n):
        mine = verdicts[start : start + n]
        results.append(
            ProblemResult(
                ids[start], tuple(v.correct for v in mine), tuple(v.predicted for v in mine), (0,) * n, (False,) * n
            )
        )
    return summarize(
        results, ks=[k for k in (1, 2, 4, 8, 16, 32, 64) if k <= n], equal=answers_equal, resamples=resamples
    )


def bench_grading(args: argparse.Namespace) -> None:
    from verify_bench import math_verify_grader

    ids, golds, texts = build_samples(args.problems, args.n)
    total = len(texts)
    chars = sum(map(len, texts))
    print(f"grading: {args.problems} problems x {args.n} samples = {total:,} samples, {chars / 1e6:.1f}M characters")

    start = time.perf_counter()
    verdicts = verify_batch(golds, texts, workers=0)
    ours_grade = time.perf_counter() - start
    start = time.perf_counter()
    scores = score_longcot(ids, verdicts, args.n, args.resamples)
    ours_score = time.perf_counter() - start

    grade = math_verify_grader()
    start = time.perf_counter()
    anchor = [grade(g, t) for g, t in zip(golds, texts)]
    per_problem = [sum(bool(x) for x in anchor[s : s + args.n]) / args.n for s in range(0, total, args.n)]
    anchor_pass1 = sum(per_problem) / len(per_problem)
    anchor_seconds = time.perf_counter() - start

    ours_total = ours_grade + ours_score
    p1, top = scores["pass@1"], str(args.n)
    print(
        f"longcot      grade {ours_grade:6.1f}s + score {ours_score:5.2f}s = {total / ours_total:7.1f} samples/s "
        f"(pass@1 {p1['mean']:.4f} [{p1['ci_low']:.4f}, {p1['ci_high']:.4f}], "
        f"pass@{top} {scores['pass@k'].get(top, float('nan')):.4f}, cons@{top} {scores['cons@n']:.4f})"
    )
    rate = total / anchor_seconds
    print(f"math-verify  grade+mean {anchor_seconds:6.1f}s       = {rate:7.1f} samples/s (pass@1 {anchor_pass1:.4f})")
    print(f"ratio (longcot / math-verify, samples/s): {anchor_seconds / ours_total:.2f}x")
    agree = sum(v.correct == bool(a) for v, a in zip(verdicts, anchor))
    print(f"verdict agreement: {agree:,}/{total:,}")
    if args.workers != 0:
        start = time.perf_counter()
        verify_batch(golds, texts, workers=args.workers)
        pooled = time.perf_counter() - start
        workers = args.workers or os.cpu_count()
        print(f"longcot with a worker pool (workers={workers}): {total / (pooled + ours_score):.1f} samples/s")


def bench_sft(args: argparse.Namespace) -> None:
    """SFT tokens/s, longcot data path vs plain TRL on the same messages (GPU only)."""
    import torch

    if not torch.cuda.is_available():
        print("sft: skipped (needs a CUDA GPU; none here)")
        return
    import importlib.util
    import tempfile

    import datasets
    from transformers import AutoConfig, AutoModelForCausalLM
    from trl import SFTConfig, SFTTrainer

    sys.path.insert(0, str(REPO / "tests" / "recipes"))
    from recipe_rows import make_release, release_rows  # the test suite's release layout

    from longcot.training.release import release_conversations, resolve_release
    from longcot.training.tokenizer import load_tokenizer

    work = Path(tempfile.mkdtemp(prefix="longcot-sft-bench-"))
    release = make_release(work / "release", release_rows(shared_data(), count=256))
    spec = importlib.util.spec_from_file_location("longcot_recipe_sft", REPO / "recipes" / "sft.py")
    sft = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = sft
    spec.loader.exec_module(sft)  # type: ignore[union-attr]
    common = [
        "--config", str(REPO / "recipes" / "tiny" / "sft.yaml"), "--dataset", str(release),
        "--tokenizer_name_or_path", str(shared_data() / "tokenizers" / "qwen2.5"), "--use_cpu", "false",
        "--dtype", "bfloat16", "--bf16", "true", "--max_steps", str(args.sft_steps), "--save_strategy", "no",
        "--per_device_train_batch_size", "8", "--logging_steps", "10",
    ]  # fmt: skip
    start = time.perf_counter()
    manifest = sft.main(*sft.parse([*common, "--output_dir", str(work / "longcot")]))
    ours = time.perf_counter() - start

    script, model_args, training, _ = sft.parse([*common, "--output_dir", str(work / "plain")])
    tokenizer = load_tokenizer(model_args.tokenizer_name_or_path)
    frame = release_conversations(resolve_release(release))
    plain = datasets.Dataset.from_list([{"messages": m} for m in frame["messages"].to_list()])
    config = SFTConfig(**{**training.to_dict(), "max_length": manifest["training_args"]["max_length"]})
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(model_args.model_config), dtype=torch.bfloat16)
    start = time.perf_counter()
    trainer = SFTTrainer(model=model, args=config, train_dataset=plain, processing_class=tokenizer)
    trainer.train()
    theirs = time.perf_counter() - start
    tokens = manifest["train_tokens_seen"]
    print(
        f"sft on {torch.cuda.get_device_name()}: longcot {tokens / ours:,.0f} tokens/s (end to end, incl. checks), "
        f"plain TRL {tokens / theirs:,.0f} tokens/s; ratio {theirs / ours:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--problems", type=int, default=30)
    parser.add_argument("--n", type=int, default=64)
    parser.add_argument("--resamples", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=None, help="Pool size for the extra pooled run (0: skip).")
    parser.add_argument("--sft", action="store_true", help="Also run the GPU SFT comparison.")
    parser.add_argument("--sft-steps", type=int, default=50)
    args = parser.parse_args()
    bench_grading(args)
    if args.sft:
        bench_sft(args)


if __name__ == "__main__":
    main()
