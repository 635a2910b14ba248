"""recipes/eval.py: the transformers backend on CPU end to end, and the scoring path with scripted generations."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import polars as pl
import pytest


REPO = Path(__file__).resolve().parents[2]
AIME = str(REPO / "recipes" / "eval" / "aime2024.yaml")


def load_eval():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("longcot_recipe_eval", REPO / "recipes" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(autouse=True)
def _benchmarks(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))


CPU_SET = ["--set", "n=2", "--set", "max_new_tokens=12", "--set", "dtype=float32", "--workers", "0"]


def test_transformers_backend_end_to_end(tiny_checkpoint: Path, tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    ev = load_eval()
    out = tmp_path / "eval"
    args = ev.parse_args(
        ["--protocol", AIME, "--model", str(tiny_checkpoint), "--backend", "transformers", "--limit", "3",
         "--output-dir", str(out), *CPU_SET, "--set", "max_truncation_rate=1.0",
         "--student-pass-rate", str(tmp_path / "rates.parquet")]
    )  # fmt: skip
    report = ev.main(args)
    on_disk = json.loads((out / "eval_results.json").read_text())
    assert on_disk["n"] == 2 and on_disk["problems"] == 3 and on_disk["samples"] == 6
    assert on_disk["protocol"]["pinned"] is False
    assert on_disk["protocol"]["overrides"] == {
        "n": 2,
        "max_new_tokens": 12,
        "dtype": "float32",
        "max_truncation_rate": 1.0,
    }
    assert on_disk["engine"]["backend"] == "transformers" and on_disk["engine"]["dtype"] == "float32"
    assert on_disk["benchmark"]["origin"].endswith("aime_2024.jsonl")
    assert [r["problem_id"] for r in on_disk["per_problem"]] == ["aime-2024-I-01", "aime-2024-I-02", "aime-2024-I-03"]
    assert 0 < on_disk["avg_output_tokens"] <= 12
    assert on_disk["timing"]["generated_tokens"] == sum(
        json.loads(x)["output_tokens"] for x in open(out / "samples.jsonl")
    )
    assert report["pass@1"]["mean"] == on_disk["pass@1"]["mean"]
    assert (out / "summary.md").read_text().startswith("# aime2024")
    assert (out / "eval_plot.png").stat().st_size > 1000
    rates = pl.read_parquet(tmp_path / "rates.parquet")
    assert rates.columns == ["problem_id", "pass_rate", "n", "correct"]
    assert rates["n"].to_list() == [2, 2, 2]


def test_truncation_above_the_limit_fails_after_writing(tiny_checkpoint: Path, tmp_path: Path) -> None:
    from longcot.evaluation import EvalSanityError

    ev = load_eval()
    out = tmp_path / "eval"
    args = ev.parse_args(
        ["--protocol", AIME, "--model", str(tiny_checkpoint), "--backend", "transformers", "--limit", "1",
         "--output-dir", str(out), *CPU_SET]
    )  # fmt: skip
    # A random model never emits <|im_end|> within 12 tokens: every sample is truncated, the default limit is 5%.
    with pytest.raises(EvalSanityError, match="hit the token budget"):
        ev.main(args)
    assert json.loads((out / "eval_results.json").read_text())["truncation_rate"] == 1.0


def test_dtype_is_never_silently_changed(tiny_checkpoint: Path) -> None:
    from longcot.evaluation.backends import TransformersBackend
    from longcot.evaluation.protocol import load_protocol

    backend = TransformersBackend(str(tiny_checkpoint), load_protocol(AIME, {"dtype": "bfloat16", "n": 1}))
    assert backend.describe()["dtype"] == "bfloat16"  # loaded as asked, not as saved (float32)


class ScriptedBackend:
    """Answers problem i with `\\boxed{gold}` on its first `correct[i]` samples and `\\boxed{0}` after."""

    name = "scripted"

    def __init__(self, golds: list[str], correct: list[int], n_returned: int | None = None) -> None:
        self.golds, self.correct, self.n_returned = golds, correct, n_returned

    def generate(self, chats, protocol):  # type: ignore[no-untyped-def]
        from longcot.evaluation.backends import Generation

        out = []
        for gold, c in zip(self.golds, self.correct):
            n = self.n_returned or protocol.n
            out.append([Generation(f"So \\boxed{{{gold if k < c else 0}}}.", 7, "stop") for k in range(n)])
        return out

    def describe(self):  # type: ignore[no-untyped-def]
        return {"backend": self.name}


def run_scripted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, correct: list[int], **kw: int) -> dict:
    ev = load_eval()
    from longcot.evaluation import backends
    from longcot.evaluation.protocol import load_problems

    problems, _ = load_problems("aime2024", limit=len(correct))
    monkeypatch.setattr(
        backends, "make_backend", lambda *a, **k: ScriptedBackend([p.gold_answer for p in problems], correct, **kw)
    )
    args = ev.parse_args(
        ["--protocol", AIME, "--model", "scripted", "--limit", str(len(correct)), "--output-dir", str(tmp_path),
         "--workers", "0", "--student-pass-rate", str(tmp_path / "rates.jsonl")]
    )  # fmt: skip
    return ev.main(args)


def test_scores_of_scripted_generations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    report = run_scripted(monkeypatch, tmp_path, [64, 32, 0, 1])
    assert report["n"] == 64 and report["protocol"]["pinned"] is True
    assert report["pass@1"]["mean"] == pytest.approx((1 + 0.5 + 0 + 1 / 64) / 4)
    assert report["pass@k"]["64"] == pytest.approx(3 / 4)
    # Problem 0 votes right; problem 1 ties 32-32 and the first class (the gold) wins; 2 and 3 vote "0".
    assert report["cons@n"] == pytest.approx(2 / 4)
    assert [r["cons_correct"] for r in report["per_problem"]] == [True, True, False, False]
    assert [r["majority_votes"] for r in report["per_problem"]] == [64, 32, 64, 63]
    assert report["truncation_rate"] == 0.0 and report["avg_output_tokens"] == 7
    rows = [json.loads(line) for line in open(tmp_path / "rates.jsonl")]
    assert [r["correct"] for r in rows] == [64, 32, 0, 1] and {r["n"] for r in rows} == {64}
    assert rows[1]["pass_rate"] == 0.5


def test_a_problem_missing_samples_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from longcot.evaluation import EvalSanityError

    with pytest.raises(EvalSanityError, match="the protocol asks for n=64"):
        run_scripted(monkeypatch, tmp_path, [3, 2], n_returned=63)
