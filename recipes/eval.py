"""Evaluate a student on a benchmark under a pinned protocol, graded by longcot.verify.

Run (GPU, vLLM, tensor parallel over 8 GPUs):

    python recipes/eval.py --protocol recipes/eval/aime2024.yaml --model runs/sft/qwen2.5-math-7b \
        --backend vllm --tensor-parallel-size 8 --output-dir runs/eval/qwen2.5-math-7b/aime2024

On CPU with transformers (small models; what the tests and the smoke run do), a few problems and a
short budget (each override is recorded, and the results say `pinned: false`):

    LONGCOT_BENCHMARKS_DIR=../shared/data python recipes/eval.py --protocol recipes/eval/aime2024.yaml \
        --model runs/sft-tiny --backend transformers --limit 3 --set n=4 --set max_new_tokens=64 \
        --set dtype=float32 --set max_truncation_rate=1.0 --output-dir runs/eval-tiny

Student pass rates for the curation `difficulty` step (difficulty as the student sees it), on the
candidate training problems instead of a benchmark:

    python recipes/eval.py --protocol recipes/eval/student-pass-rate.yaml --problems pool.jsonl \
        --model Qwen/Qwen2.5-Math-7B-Instruct --backend vllm --student-pass-rate runs/pass_rates.parquet \
        --output-dir runs/eval/pool

Writes into --output-dir: `eval_results.json` (protocol, model, engine, code commit, every score and
the per-problem table), `samples.jsonl` (every generation with its verdict), `summary.md` and
`eval_plot.png`. Scores: pass@1 (mean over n samples, bootstrap CI over problems), unbiased pass@k,
cons@n (majority vote over equal answers; unparsed answers do not vote), average output tokens,
truncation rate. It fails (exit 1, after writing the files) when a problem lacks samples or more
samples than the protocol's `max_truncation_rate` hit the token budget.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "toolkit"))  # run from a checkout without `pip install -e .`

from longcot.errors import LongcotError  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--protocol", required=True, help="Protocol YAML, e.g. recipes/eval/aime2024.yaml.")
    p.add_argument("--model", required=True, help="Checkpoint folder or Hub id (uses its chat template).")
    p.add_argument("--backend", choices=("vllm", "transformers"), default="vllm")
    p.add_argument("--tensor-parallel-size", type=int, default=1, help="vLLM: GPUs per model.")
    p.add_argument("--device", default="cpu", help="transformers: torch device.")
    p.add_argument("--output-dir", required=True)
    p.add_argument("--limit", type=int, default=None, help="Only the first N problems (recorded).")
    p.add_argument("--problems", default=None, help="JSONL/Parquet of problem_id, problem, gold_answer instead.")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="Override a protocol key.")
    p.add_argument("--student-pass-rate", default=None, metavar="OUT", help="Write per-problem pass rates here.")
    p.add_argument(
        "--workers", type=int, default=0,
        help="Grading processes; 0 (default) grades in this process, sympy still under a killable helper: "
        "on AIME-length outputs 22x faster than a 2-process pool (bench/eval_bench.py).",
    )  # fmt: skip
    return p.parse_args(argv)


def main(args: argparse.Namespace) -> dict:
    from longcot.evaluation import ProblemResult, answers_equal, check_samples, check_truncation, summarize
    from longcot.evaluation.backends import make_backend
    from longcot.evaluation.protocol import load_problems, load_protocol, parse_override, write_student_pass_rates
    from longcot.training.manifest import code_commit
    from longcot.verify import verify_batch

    # 1. The protocol (pinned in the YAML; overrides are recorded) and its problems.
    overrides = dict(parse_override(s) for s in args.set)
    if args.problems:
        overrides["benchmark"] = f"file:{args.problems}"
    protocol = load_protocol(args.protocol, overrides)
    problems, origin = load_problems(protocol.benchmark, limit=args.limit)
    print(f"{protocol.name}: {len(problems)} problems x n={protocol.n} from {origin}", file=sys.stderr)

    # 2. Generate: n samples per problem.
    vllm = args.backend == "vllm"
    options = {"tensor_parallel_size": args.tensor_parallel_size} if vllm else {"device": args.device}
    backend = make_backend(args.backend, args.model, protocol, **options)
    start = time.perf_counter()
    generations = backend.generate([protocol.messages(p.problem) for p in problems], protocol)
    gen_seconds = time.perf_counter() - start

    # 3. Grade every sample with longcot.verify (worker processes, killable timeouts).
    golds = [p.gold_answer for p, samples in zip(problems, generations) for _ in samples]
    texts = [g.text for samples in generations for g in samples]
    start = time.perf_counter()
    verdicts = verify_batch(golds, texts, workers=args.workers)
    grade_seconds = time.perf_counter() - start

    # 4. Score: one ProblemResult per problem; summarize() checks that every problem has n samples.
    results, rows, i = [], [], 0
    for problem, samples in zip(problems, generations):
        mine = verdicts[i : i + len(samples)]
        i += len(samples)
        results.append(
            ProblemResult(
                problem.problem_id,
                tuple(v.correct for v in mine),
                tuple(v.predicted for v in mine),
                tuple(g.tokens for g in samples),
                tuple(g.truncated for g in samples),
            )
        )
        for k, (g, v) in enumerate(zip(samples, mine)):
            rows.append(
                {
                    "problem_id": problem.problem_id, "sample_index": k, "gold_answer": problem.gold_answer,
                    "predicted_answer": v.predicted, "verdict": v.status.value, "reason": v.reason,
                    "output_tokens": g.tokens, "finish_reason": g.finish_reason, "completion": g.text,
                }
            )  # fmt: skip
    check_samples(results, protocol.n)  # every problem has exactly the protocol's n samples, or fail loudly
    scores = summarize(
        results, ks=protocol.ks, equal=answers_equal, resamples=protocol.bootstrap_resamples,
        confidence=protocol.confidence, seed=protocol.seed,
    )  # fmt: skip

    # 5. Write everything, then apply the truncation check (a failed run still leaves its evidence).
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    generated = sum(r["output_tokens"] for r in rows)
    report = {
        "protocol": protocol.to_dict(),
        "protocol_file": str(args.protocol),
        "benchmark": {"name": protocol.benchmark, "origin": origin, "problems": len(problems), "limit": args.limit},
        "model": args.model,
        "engine": backend.describe(),
        "code": code_commit(REPO),
        "timing": {
            "generation_seconds": gen_seconds,
            "generated_tokens": generated,
            "generation_tokens_per_second": generated / gen_seconds if gen_seconds else None,
            "grading_seconds": grade_seconds,
        },
        "verdicts": {s: sum(r["verdict"] == s for r in rows) for s in sorted({r["verdict"] for r in rows})},
        **scores,
    }
    (out / "eval_results.json").write_text(json.dumps(report, indent=2) + "\n")
    with open(out / "samples.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "summary.md").write_text(render_summary(report))
    plot(report, out / "eval_plot.png")
    if args.student_pass_rate:
        path = write_student_pass_rates(args.student_pass_rate, scores["per_problem"])
        print(f"student pass rates -> {path}", file=sys.stderr)
    print(render_headline(report), file=sys.stderr)
    check_truncation(scores, protocol.max_truncation_rate)
    return report


def render_headline(report: dict) -> str:
    p1 = report["pass@1"]
    return (
        f"{report['protocol']['name']}: pass@1 {p1['mean']:.1%} [{p1['ci_low']:.1%}, {p1['ci_high']:.1%}] "
        f"(n={report['n']}, {report['problems']} problems), cons@{report['n']} {report['cons@n']:.1%}, "
        f"{report['avg_output_tokens']:,.0f} output tokens on average, {report['truncation_rate']:.1%} truncated"
        + ("" if report["protocol"]["pinned"] else f" — NOT the pinned protocol: {report['protocol']['overrides']}")
    )


def render_summary(report: dict) -> str:
    proto = report["protocol"]
    p1 = report["pass@1"]
    lines = [
        f"# {proto['name']}: {report['model']}",
        "",
        render_headline(report),
        "",
        f"- benchmark: {proto['benchmark']} ({report['benchmark']['origin']}), {report['problems']} problems",
        f"- protocol: temperature {proto['temperature']}, top_p {proto['top_p']}, max_new_tokens "
        f"{proto['max_new_tokens']:,}, n {proto['n']}, seed {proto['seed']}, dtype {proto['dtype']}"
        + ("" if proto["pinned"] else f" (overridden: {proto['overrides']})"),
        f"- engine: {report['engine']}",
        f"- pass@1: {p1['mean']:.4f}, {p1['confidence']:.0%} bootstrap CI over problems [{p1['ci_low']:.4f}, "
        f"{p1['ci_high']:.4f}]",
        "- pass@k: " + ", ".join(f"pass@{k} {v:.4f}" for k, v in report["pass@k"].items()),
        f"- cons@{report['n']}: {report['cons@n']:.4f}",
        f"- output tokens: {report['avg_output_tokens']:,.1f} on average; truncation rate "
        f"{report['truncation_rate']:.2%} (limit {proto['max_truncation_rate']:.0%})",
        f"- verdicts: {report['verdicts']}",
        "",
        "| problem | correct / n | pass rate | majority answer (votes) | cons | avg tokens | truncated |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in report["per_problem"]:
        answer = "—" if r["majority_answer"] is None else str(r["majority_answer"]).replace("|", "\\|")[:40]
        lines.append(
            f"| {r['problem_id']} | {r['correct']} / {r['n']} | {r['pass_rate']:.3f} | {answer} "
            f"({r['majority_votes']}) | {'✓' if r['cons_correct'] else '✗'} | {r['avg_output_tokens']:,.0f} "
            f"| {r['truncated']} |"
        )
    return "\n".join(lines) + "\n"


def plot(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    ks = [int(k) for k in report["pass@k"]]
    left.plot(ks, list(report["pass@k"].values()), marker="o")
    left.set(xscale="log", xlabel="k", ylabel="pass@k (unbiased)", ylim=(0, 1), title=report["protocol"]["name"])
    left.set_xticks(ks, [str(k) for k in ks])
    rows = report["per_problem"]
    right.scatter([r["avg_output_tokens"] for r in rows], [r["pass_rate"] for r in rows], s=14)
    right.set(xlabel="average output tokens", ylabel="pass rate", ylim=(-0.05, 1.05), title="accuracy vs tokens")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    try:
        main(parse_args())
    except LongcotError as exc:
        print(f"Error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
