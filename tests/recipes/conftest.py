"""Fixtures of the recipe tests: the real Qwen2.5 tokenizer (offline), a tiny release, a tiny model."""

from __future__ import annotations

from pathlib import Path

import pytest


REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def qwen_tokenizer_dir(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved Qwen2.5 tokenizer folder (AutoTokenizer loads it), built once from the shared BPE files."""
    pytest.importorskip("transformers")
    from longcot.training.tokenizer import build_qwen2_tokenizer

    return build_qwen2_tokenizer(shared_data / "tokenizers" / "qwen2.5", tmp_path_factory.mktemp("qwen2.5-tokenizer"))


@pytest.fixture(autouse=True)
def _one_thread() -> None:
    """Two threads on two shared cores ran the tiny model 25-30x slower."""
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)


def make_release(folder: Path, rows: list[dict], *, name: str = "tiny-release", version: str = "0.1.0") -> Path:
    """Lay out a release folder the way `longcot release build` (branch h/release) does.

    `data/train-00000-of-00001.parquet` holds `messages` (built by `longcot.records.messages_expr`) and the
    provenance columns; `longcot-manifest.yaml` lists every file with `{path, sha256, bytes, rows}`, and
    `tokens` holds the token statistics (`student_tokens: {max, ...}`).
    """
    import polars as pl
    import yaml

    from longcot.records import messages_expr
    from longcot.training.release import sha256_file

    frame = pl.DataFrame(rows).with_columns(messages_expr().alias("messages"))
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    frame.write_parquet(data / "train-00000-of-00001.parquet")
    chars = frame["messages"].list.last().struct.field("content").str.len_chars()
    manifest = {
        "name": name,
        "version": version,
        "tag": f"v{version}",
        "release_dir": str(folder),
        "files": [
            {
                "path": p.relative_to(folder).as_posix(),
                "sha256": sha256_file(p),
                "bytes": p.stat().st_size,
                "rows": frame.height,
            }
            for p in sorted(data.glob("*.parquet"))
        ],  # fmt: skip
        # The real builder counts student tokens; chars / 3 stands in for them here.
        "tokens": {
            "assistant_chars": {"max": int(chars.max())},
            "student_tokens": {"max": int(chars.max()) // 3, "mean": float(chars.mean()) / 3},
        },
        "hub": None,
    }
    (folder / "longcot-manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    return folder


def release_rows(shared_data: Path, count: int = 16) -> list[dict]:
    """Short real rows: MATH-500 problems with their reference solution as the reasoning, and the provenance
    columns a release carries. Short on purpose: the tiny model's logits over 151,936 tokens dominate CPU time."""
    import json

    with open(shared_data / "math500.jsonl", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    items.sort(key=lambda r: (len(r["problem"]) + len(r["solution"]), r["id"]))
    return [
        {
            "problem_id": r["id"], "problem": r["problem"], "gold_answer": r["answer"], "reasoning": r["solution"],
            "completion": f"The answer is $\\boxed{{{r['answer']}}}$.", "teacher": "openai:o1-mini",
            "source": "HuggingFaceH4/MATH-500@6e4ed1a2", "verdict": "correct",
        }
        for r in items[:count]
    ]  # fmt: skip


@pytest.fixture(scope="session")
def tiny_release(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 16-row release folder of short real traces."""
    return make_release(tmp_path_factory.mktemp("release") / "tiny-release", release_rows(shared_data))


@pytest.fixture(scope="session")
def tiny_checkpoint(qwen_tokenizer_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight tiny Qwen2 saved with the Qwen2.5 tokenizer and training template: what sft.py writes."""
    torch = pytest.importorskip("torch")
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    folder = tmp_path_factory.mktemp("tiny-checkpoint")
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(REPO / "recipes" / "tiny" / "config.json"))
    model.save_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(qwen_tokenizer_dir)
    tokenizer.chat_template = (REPO / "recipes" / "templates" / "qwen2.5-train.jinja").read_text()
    tokenizer.save_pretrained(folder)
    return folder
