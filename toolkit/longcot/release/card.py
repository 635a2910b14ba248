"""The data card (`README.md`), rendered from the templates in `cards/` and never edited by hand.

The YAML metadata block is written with `yaml.safe_dump` (what `huggingface_hub.DatasetCard`
parses); the body comes from `cards/dataset_card.md.j2` with the manifest as its context.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from longcot.release.manifest import dump_yaml


CARDS = Path(__file__).parent / "cards"

#: What each schema column means, for the card's schema table.
COLUMN_DOCS = {
    "problem_id": "problem id in its source",
    "problem": "the problem statement (the user turn)",
    "gold_answer": "reference answer",
    "source": "dataset@revision the problem came from",
    "subject": "subject",
    "level": "difficulty level given by the source",
    "teacher": "provider:model that wrote the sample",
    "sample_index": "index of the sample for its problem",
    "sampling": "sampling parameters of the request",
    "reasoning": "the teacher's visible thinking (null when absent)",
    "reasoning_source": "native | summary | rewritten | absent",
    "completion": "the final solution text",
    "finish_reason": "why generation stopped",
    "prompt_tokens": "prompt tokens billed",
    "completion_tokens": "completion tokens billed",
    "reasoning_tokens": "reasoning tokens billed",
    "cost_usd": "cost of the request",
    "latency_s": "latency of the request",
    "request_key": "content key of the request (cache key)",
    "predicted_answer": "answer extracted from the completion",
    "verdict": "correct | incorrect | no_answer | truncated | gold_unparseable | timeout",
    "verifier": "name@version of the verifier",
    "student_tokens": "length in the student's tokenizer after its chat template",
    "pass_rate": "share of the problem's samples judged correct",
    "quality_flags": "quality flags",
    "contamination": "benchmark matches (benchmark, item, method, score, evidence)",
    "messages": "the training conversation: user = problem, assistant = <think>reasoning</think> + completion",
}

_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
          (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"))  # fmt: skip


def size_category(rows: int) -> str:
    """The Hub's size category for a row count.

    Example:
        >>> size_category(817)
        'n<1K'
    """
    for bound, label in _SIZES:
        if rows < bound:
            return label
    return "n>1T"


def card_metadata(manifest: dict[str, Any]) -> dict[str, Any]:
    """The card's YAML block: license, size category, task categories and the `configs` data files."""
    config = manifest.get("release_config") or {}
    split = manifest["splits"]["name"]
    meta: dict[str, Any] = {
        "license": manifest.get("license") or "other",
        "language": list(config.get("language") or ["en"]),
        "size_categories": [size_category(int(manifest["splits"]["rows"]))],
        "task_categories": list(config.get("task_categories") or ["text-generation"]),
        "tags": list(config.get("tags") or []),
        "pretty_name": config.get("pretty_name") or manifest["name"],
        "configs": [{"config_name": "default", "data_files": [{"split": split, "path": f"data/{split}-*"}]}],
    }
    return meta


def _short(value: Any, limit: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[:limit] + f" … ({len(text):,} characters)"


def render_card(manifest: dict[str, Any], *, examples: list[dict[str, Any]], plots: dict[str, Path]) -> str:
    """The full README.md for a release.

    Args:
        manifest: The release manifest (without `files`, which includes this card).
        examples: A few released rows to show.
        plots: `{name: path relative to the release folder}` of the histograms.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(CARDS)),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["short"] = _short
    env.filters["json"] = lambda v: json.dumps(v, ensure_ascii=False, default=str)
    env.filters["cell"] = lambda v: " ".join(str(v).split()).replace("|", "\\|")
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) else str(v)
    config = manifest.get("release_config") or {}
    body = env.get_template("dataset_card.md.j2").render(
        m=manifest,
        config=config,
        repo_id=config.get("repo_id") or f"<org>/{manifest['name']}",
        examples=examples,
        plots={k: Path(v).as_posix() for k, v in plots.items()},
        column_docs=COLUMN_DOCS,
        transparency=manifest.get("transparency") or {},
    )
    return f"---\n{dump_yaml(card_metadata(manifest))}---\n\n{body}"
