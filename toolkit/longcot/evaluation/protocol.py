"""An evaluation protocol, pinned in a YAML (`recipes/eval/aime2024.yaml`, ...), and the problems it runs on.

A protocol fixes everything that moves a score: the prompt, the sampling (temperature, top_p, max new
tokens, n samples per problem, seed), the dtype, which pass@k to report, and the truncation rate above
which the run is an error. Overriding a field on the command line is allowed and recorded: the
results then say `pinned: false` and list what changed.

Example:
    >>> p = Protocol(name="demo", benchmark="aime2024", n=4)
    >>> p.prompt("What is 1+1?")
    'What is 1+1?\\n\\nPlease reason step by step, and put your final answer within \\\\boxed{}.'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from longcot.errors import ConfigError, InputError


DEFAULT_PROMPT = "{problem}\n\nPlease reason step by step, and put your final answer within \\boxed{}."
DTYPES = ("bfloat16", "float16", "float32")


@dataclass(frozen=True)
class Protocol:
    """How a benchmark is run and scored.

    Attributes:
        name: Protocol name (the YAML's stem).
        benchmark: A name of `longcot.contamination.registry` (`aime2024`, `math500`, ...) or
            `file:PATH` (a JSONL/Parquet of `problem_id`, `problem`, `gold_answer`: e.g. a curation pool).
        prompt_template: The user turn; `{problem}` is replaced by the problem.
        system_prompt: A system turn, or None (the chat template may add its default).
        temperature, top_p, max_new_tokens, n, seed: Sampling.
        dtype: Weights and compute dtype; the backend fails rather than load another.
        ks: pass@k values to report.
        max_truncation_rate: Above it, the run fails (the budget, not the model, was measured).
        bootstrap_resamples, confidence: The pass@1 interval.
    """

    name: str
    benchmark: str
    n: int
    prompt_template: str = DEFAULT_PROMPT
    system_prompt: str | None = None
    temperature: float = 0.6
    top_p: float = 0.95
    max_new_tokens: int = 32_768
    seed: int = 0
    dtype: str = "bfloat16"
    ks: tuple[int, ...] = (1,)
    max_truncation_rate: float = 0.05
    bootstrap_resamples: int = 10_000
    confidence: float = 0.95
    overrides: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ConfigError(f"protocol {self.name!r}: n must be >= 1, got {self.n}")
        if self.dtype not in DTYPES:
            raise ConfigError(f"protocol {self.name!r}: dtype must be one of {DTYPES}, got {self.dtype!r}")
        if "{problem}" not in self.prompt_template:
            raise ConfigError(f"protocol {self.name!r}: prompt_template has no {{problem}}")
        if not 0 <= self.max_truncation_rate <= 1:
            raise ConfigError(f"max_truncation_rate must be in [0, 1], got {self.max_truncation_rate}")
        if self.temperature < 0 or not 0 < self.top_p <= 1 or self.max_new_tokens < 1:
            raise ConfigError(
                f"protocol {self.name!r}: need temperature >= 0, 0 < top_p <= 1, max_new_tokens >= 1; got "
                f"{self.temperature}, {self.top_p}, {self.max_new_tokens}"
            )

    @property
    def pinned(self) -> bool:
        """True when nothing was overridden."""
        return not self.overrides

    def prompt(self, problem: str) -> str:
        """The user turn for one problem."""
        return self.prompt_template.replace("{problem}", problem)  # no str.format: problems are full of braces

    def messages(self, problem: str) -> list[dict[str, str]]:
        """The chat the model is asked: an optional system turn and the user turn."""
        turns = [] if self.system_prompt is None else [{"role": "system", "content": self.system_prompt}]
        return [*turns, {"role": "user", "content": self.prompt(problem)}]

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["ks"] = list(self.ks)
        data["pinned"] = self.pinned
        return data


def parse_override(text: str) -> tuple[str, Any]:
    """`key=value` (value read as YAML: `n=4`, `dtype=float32`) → `(key, value)`."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise ConfigError(f"override {text!r} is not key=value", hint="e.g. --set n=4 --set max_new_tokens=512")
    return key.strip(), yaml.safe_load(value)


def load_protocol(path: str | Path, overrides: dict[str, Any] | None = None) -> Protocol:
    """Read a protocol YAML and apply recorded overrides.

    Raises:
        ConfigError: An unknown key (in the file or an override) or a bad value.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read protocol {path}: {exc}") from None
    known = {f.name for f in fields(Protocol)} - {"overrides", "name"}
    overrides = dict(overrides or {})
    for key in [*data, *overrides]:
        if key not in known:
            raise ConfigError(f"{path}: unknown protocol key {key!r}", hint=f"keys are: {', '.join(sorted(known))}")
    # A YAML with `benchmark: null` (student pass rates) takes its problems from --problems: not an override.
    changed = {
        k: v for k, v in overrides.items() if data.get(k) != v and not (k == "benchmark" and data.get(k) is None)
    }
    merged = {**data, **overrides}
    if not merged.get("benchmark"):
        raise ConfigError(f"{path}: no benchmark", hint="pass --problems FILE (problem_id, problem, gold_answer)")
    if "n" not in merged:
        raise ConfigError(f"{path}: no `n` (samples per problem)")
    if "ks" in merged:
        merged["ks"] = tuple(int(k) for k in merged["ks"])
    return Protocol(name=path.stem, **merged, overrides=changed)


@dataclass(frozen=True)
class EvalProblem:
    """One problem to ask."""

    problem_id: str
    problem: str
    gold_answer: str


def load_problems(benchmark: str, *, limit: int | None = None) -> tuple[list[EvalProblem], str]:
    """The problems of a registry benchmark (offline via `LONGCOT_BENCHMARKS_DIR`) or of `file:PATH`.

    Returns:
        The problems (the first `limit` when given) and where they were read from.

    Raises:
        InputError: The file or benchmark cannot be read, or a problem has no gold answer.
    """
    if benchmark.startswith("file:"):
        path = Path(benchmark[5:])
        from longcot.contamination.registry import read_table

        frame = read_table(path)
        names = {"problem_id": ("problem_id", "id"), "gold_answer": ("gold_answer", "answer")}
        cols = {}
        for target, options in names.items():
            found = next((c for c in options if c in frame.columns), None)
            if found is None:
                raise InputError(f"{path} has no {target!r} (or {options[1]!r}) column; columns: {frame.columns}")
            cols[target] = found
        if "problem" not in frame.columns:
            raise InputError(f"{path} has no 'problem' column; columns: {frame.columns}")
        frame = frame.select(
            pl.col(cols["problem_id"]).cast(pl.String).alias("problem_id"),
            pl.col("problem").cast(pl.String),
            pl.col(cols["gold_answer"]).cast(pl.String).alias("gold_answer"),
        ).unique("problem_id", keep="first", maintain_order=True)
        problems = [EvalProblem(**r) for r in frame.iter_rows(named=True)]
        origin = str(path)
    else:
        from longcot.contamination.registry import load_benchmark

        loaded = load_benchmark(benchmark)
        problems = [EvalProblem(i.item_id, i.problem, i.answer) for i in loaded.items]
        origin = loaded.origin
    missing = [p.problem_id for p in problems if not (p.gold_answer or "").strip()]
    if missing:
        raise InputError(f"{benchmark}: {len(missing)} problems have no gold answer (e.g. {missing[0]!r})")
    return (problems[:limit] if limit else problems), origin


def write_student_pass_rates(path: str | Path, per_problem: list[dict[str, Any]]) -> Path:
    """Per-problem pass rates for the curation `difficulty` step: `problem_id`, `pass_rate`, `n`, `correct`.

    Parquet when `path` ends in `.parquet`, else JSONL.
    """
    frame = pl.DataFrame(
        {
            "problem_id": [r["problem_id"] for r in per_problem],
            "pass_rate": [float(r["pass_rate"]) for r in per_problem],
            "n": [int(r["n"]) for r in per_problem],
            "correct": [int(r["correct"]) for r in per_problem],
        },
        schema={"problem_id": pl.String, "pass_rate": pl.Float64, "n": pl.Int64, "correct": pl.Int64},
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        frame.write_parquet(path)
    else:
        frame.write_ndjson(path)
    return path
