"""A release laid out as `longcot release build` lays it out, from short real rows: for the recipe tests and bench.

Importable by name (`from recipe_rows import make_release`): pytest puts `tests/recipes/` on `sys.path`, and
bench/eval_bench.py adds it.
"""

from __future__ import annotations

from pathlib import Path


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
