"""Pipeline YAML: load, apply `--set` overrides, validate every key before anything runs.

A pipeline file has six blocks::

    name: quickstart
    input: {path: GAIR/LIMO, revision: <sha>, columns: {problem: question, gold_answer: answer}}
    steps:
      - {type: split_thinking, column: completion}
      - {type: length, column: completion, max: 60000}
    output: {path: runs/quickstart}
    executor: {type: local, tasks: 2, workers: 2}
    strict: false

Unknown keys, unknown step types and bad values raise :class:`~longcot.errors.ConfigError` naming the
key and the file.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from longcot.errors import ConfigError
from longcot.io import InputSpec
from longcot.pipeline.base import Processor
from longcot.pipeline.registry import get_processor


TOP_KEYS = {"name", "description", "input", "steps", "output", "executor", "strict", "release"}


@dataclass(frozen=True)
class OutputSpec:
    """Where a run writes.

    Attributes:
        path: Output folder: `data/` shards, `dropped/`, `rejects/`, `funnel.json`, `logs/`.
        split: Split name used in shard file names. Defaults to `train`.
        keep_dropped: Write the rows each filter dropped to `dropped/<step>/`. Defaults to True.
        batch_size: Rows per batch between steps. Defaults to 10,000.
    """

    path: str
    split: str = "train"
    keep_dropped: bool = True
    batch_size: int = 10_000

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError(f"output.batch_size must be >= 1, got {self.batch_size!r}")


EXECUTOR_KEYS: dict[str, set[str]] = {
    "local": {"tasks", "workers", "logging_dir", "start_method"},
    "ray": {"tasks", "workers", "logging_dir", "cpus_per_task", "mem_per_cpu_gb", "address", "time"},
    "slurm": {
        "tasks", "workers", "logging_dir", "partition", "time", "cpus_per_task", "mem_per_cpu_gb", "job_name",
        "qos", "venv_path", "condaenv", "env_command", "sbatch_args", "srun_args", "slurm_logs_folder",
        "max_array_size", "wait",
    },
}  # fmt: skip


@dataclass(frozen=True)
class ExecutorSpec:
    """Which datatrove executor runs the pipeline, and its options.

    Attributes:
        type: `local` (default), `ray` or `slurm`.
        tasks: Number of shards of the input, one datatrove task each. Defaults to 1.
        workers: Tasks run at once (-1: all). Defaults to 1.
        options: Executor-specific options (see EXECUTOR_KEYS), passed to the datatrove executor.
    """

    type: str = "local"
    tasks: int = 1
    workers: int = 1
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class PipelineConfig:
    """A validated pipeline: input, processors, output and executor."""

    name: str
    input: InputSpec
    steps: list[Processor]
    output: OutputSpec
    executor: ExecutorSpec
    strict: bool = False
    description: str = ""
    source_file: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    release: Any = None  # longcot.release.after_run.ReleaseBlock: build a release once the run has finished

    def plan(self) -> dict[str, Any]:
        """The plan `--dry-run` prints: steps with their options, input, output and executor."""
        return {
            "name": self.name,
            "input": self.input.describe(),
            "input_format": self.input.format,
            "steps": [step.config_dict() for step in self.steps],
            "output": self.output.path,
            "executor": {"type": self.executor.type, "tasks": self.executor.tasks, "workers": self.executor.workers},
        }


def parse_set(assignment: str) -> tuple[list[str], Any]:
    """Parse one `--set key.path=value` (value read as YAML: numbers, booleans, lists work).

    Example:
        >>> parse_set("steps.1.max=100")
        (['steps', '1', 'max'], 100)
    """
    key, sep, value = assignment.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--set needs KEY=VALUE, got {assignment!r}", hint="e.g. --set input=data/problems.jsonl")
    try:
        parsed = yaml.safe_load(value) if value.strip() else ""
    except yaml.YAMLError:
        parsed = value
    return key.strip().split("."), parsed


def apply_overrides(raw: dict[str, Any], assignments: list[str], *, where: str) -> dict[str, Any]:
    """Return a copy of `raw` with each `--set` applied.

    Setting a plain string on the `input` or `output` block sets its `path`, so
    `--set input=data.jsonl` swaps the source and keeps the column mapping.

    Raises:
        ConfigError: A key path does not lead into a mapping or list of the file.
    """
    data = copy.deepcopy(raw)
    for assignment in assignments:
        keys, value = parse_set(assignment)
        node: Any = data
        for depth, key in enumerate(keys[:-1]):
            if isinstance(node, list):
                if not key.isdigit() or int(key) >= len(node):
                    raise ConfigError(f"--set {assignment}: {'.'.join(keys[: depth + 1])} is not an item of the list")
                node = node[int(key)]
            elif isinstance(node, dict):
                if isinstance(node.get(key), str) and key in {"input", "output"}:
                    node[key] = {"path": node[key]}
                node = node.setdefault(key, {})
            else:
                raise ConfigError(f"--set {assignment}: {'.'.join(keys[:depth])} is not a mapping in {where}")
        last = keys[-1]
        if isinstance(node, list):
            if not last.isdigit() or int(last) >= len(node):
                raise ConfigError(f"--set {assignment}: {last!r} is not an index of the list in {where}")
            node[int(last)] = value
        elif isinstance(node, dict):
            if (
                len(keys) == 1
                and last in {"input", "output"}
                and isinstance(value, str)
                and isinstance(node.get(last), dict)
            ):
                node[last]["path"] = value
            else:
                node[last] = value
        else:
            raise ConfigError(f"--set {assignment}: cannot set a key inside a {type(node).__name__} in {where}")
    return data


def _block(raw: Any, name: str, where: str) -> dict[str, Any]:
    if raw is None:
        return {}
    if isinstance(raw, str):
        return {"path": raw}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: `{name}` must be a mapping or a path, got {type(raw).__name__}")
    return dict(raw)


def _check_keys(block: dict[str, Any], allowed: set[str], name: str, where: str) -> None:
    unknown = sorted(set(block) - allowed)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key {name}.{unknown[0]}", hint=f"keys of `{name}` are: {', '.join(sorted(allowed))}"
        )


def build_config(raw: dict[str, Any], *, where: str = "pipeline") -> PipelineConfig:
    """Validate a pipeline mapping and build its processors.

    Raises:
        ConfigError: Naming the first unknown key, unknown step type or bad value, and `where`.
    """
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a pipeline must be a mapping, got {type(raw).__name__}")
    _check_keys(raw, TOP_KEYS, "pipeline", where)
    for required in ("input", "output"):
        if not raw.get(required):
            raise ConfigError(f"{where}: missing `{required}:` block")

    inp = _block(raw["input"], "input", where)
    _check_keys(inp, {f.name for f in fields(InputSpec)}, "input", where)
    if "path" not in inp:
        raise ConfigError(f"{where}: `input` needs a `path` (a file, folder or Hub dataset id)")
    columns = inp.get("columns") or {}
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise ConfigError(f"{where}: input.columns must map schema names to source column names, got {columns!r}")
    try:
        input_spec = InputSpec(**{**inp, "path": str(inp["path"]), "columns": columns,
                                  "required": tuple(inp.get("required", ("problem",)))})  # fmt: skip
    except TypeError as exc:
        raise ConfigError(f"{where}: bad input block: {exc}") from None
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc.args[0]}", hint=exc.hint) from None

    out = _block(raw["output"], "output", where)
    _check_keys(out, {f.name for f in fields(OutputSpec)}, "output", where)
    try:
        output = OutputSpec(**{**out, "path": str(out.get("path", ""))})
    except TypeError as exc:
        raise ConfigError(f"{where}: bad output block: {exc}") from None
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc.args[0]}", hint=exc.hint) from None
    if not output.path:
        raise ConfigError(f"{where}: `output` needs a `path`")

    ex = dict(raw.get("executor") or {})
    kind = ex.pop("type", "local")
    if kind not in EXECUTOR_KEYS:
        raise ConfigError(f"{where}: executor.type must be one of {', '.join(EXECUTOR_KEYS)}, got {kind!r}")
    _check_keys(ex, EXECUTOR_KEYS[kind], f"executor ({kind})", where)
    tasks, workers = ex.pop("tasks", 1), ex.pop("workers", 1)
    if not isinstance(tasks, int) or tasks < 1:
        raise ConfigError(f"{where}: executor.tasks must be an integer >= 1, got {tasks!r}")
    if not isinstance(workers, int) or (workers < 1 and workers != -1):
        raise ConfigError(f"{where}: executor.workers must be an integer >= 1 (or -1 for all), got {workers!r}")
    if kind == "slurm":
        for key in ("partition", "time"):
            if key not in ex:
                raise ConfigError(
                    f"{where}: executor (slurm) needs `{key}`", hint="e.g. partition: cpu, time: '04:00:00'"
                )
        if not isinstance(ex["time"], str):  # YAML reads an unquoted 4:00:00 as the number 14400
            raise ConfigError(
                f"{where}: executor.time must be a quoted Slurm time string, got {ex['time']!r}",
                hint="quote it: time: '04:00:00' (an unquoted 4:00:00 is read as 14400, which Slurm takes as minutes)",
            )
    executor = ExecutorSpec(type=kind, tasks=tasks, workers=workers, options=ex)

    raw_steps = raw.get("steps") or []
    if not isinstance(raw_steps, list):
        raise ConfigError(f"{where}: `steps` must be a list of steps, got {type(raw_steps).__name__}")
    steps: list[Processor] = []
    for position, step in enumerate(raw_steps, start=1):
        here = f"{where}, step {position}"
        if isinstance(step, str):
            step = {"type": step}
        if not isinstance(step, dict) or "type" not in step:
            raise ConfigError(f"{here}: each step is a mapping with a `type`, got {step!r}")
        options = {k: v for k, v in step.items() if k != "type"}
        cls = get_processor(str(step["type"]), where=here)
        steps.append(cls.from_config(options, where=here))

    strict = raw.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{where}: `strict` must be true or false, got {strict!r}")
    from longcot.release.after_run import parse_release_block

    release = parse_release_block(raw.get("release"), where=where)
    return PipelineConfig(
        name=str(raw.get("name") or Path(where).stem),
        description=str(raw.get("description") or ""),
        input=input_spec,
        steps=steps,
        output=output,
        executor=executor,
        strict=strict,
        source_file=where,
        raw=raw,
        release=release,
    )


def load_config(path: str | Path, *, overrides: list[str] | None = None) -> PipelineConfig:
    """Load a pipeline YAML, apply `--set` overrides and validate it.

    Raises:
        ConfigError: The file is missing, not YAML, or invalid (the message names key and file).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"pipeline file {str(path)!r} not found", hint="see recipes/pipelines/ for examples"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read pipeline file {str(path)!r}: {exc}") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None
    raw = apply_overrides(raw or {}, overrides or [], where=str(path))
    return build_config(raw, where=str(path))


def make_pipeline(
    input: str | InputSpec,
    steps: list[Processor],
    output: str | OutputSpec,
    *,
    name: str = "pipeline",
    columns: dict[str, str] | None = None,
    executor: str = "local",
    tasks: int = 1,
    workers: int = 1,
    strict: bool = False,
    **executor_options: Any,
) -> PipelineConfig:
    """Compose a pipeline in Python; the same object `longcot run` builds from YAML.

    Args:
        input: A path or Hub id, or a full :class:`~longcot.io.InputSpec`.
        steps: Processor instances, in order.
        output: Output folder, or a full :class:`OutputSpec`.
        name: Pipeline name (funnel titles, manifests). Defaults to `pipeline`.
        columns: Schema column → source column mapping when `input` is a string. Defaults to none.
        executor: `local`, `ray` or `slurm`. Defaults to `local`.
        tasks: Input shards, one datatrove task each. Defaults to 1.
        workers: Tasks run at once. Defaults to 1.
        strict: Fail on the first malformed input line. Defaults to False.
        **executor_options: Passed to the datatrove executor (e.g. `partition`, `time` for Slurm).

    Returns:
        A config for :func:`longcot.pipeline.run.run_pipeline`.

    Example:
        >>> from longcot.pipeline.steps import LengthFilter, LengthFilterConfig
        >>> cfg = make_pipeline("data.jsonl", [LengthFilter(LengthFilterConfig(max=60_000))], "runs/demo", tasks=4)
        >>> [s["type"] for s in cfg.plan()["steps"]], cfg.executor.tasks
        (['length'], 4)
    """
    if executor not in EXECUTOR_KEYS:
        raise ConfigError(f"executor must be one of {', '.join(EXECUTOR_KEYS)}, got {executor!r}")
    _check_keys(executor_options, EXECUTOR_KEYS[executor] - {"tasks", "workers"}, f"executor ({executor})", name)
    spec = input if isinstance(input, InputSpec) else InputSpec(path=str(input), columns=dict(columns or {}))
    out = output if isinstance(output, OutputSpec) else OutputSpec(path=str(output))
    return PipelineConfig(
        name=name,
        input=spec,
        steps=list(steps),
        output=out,
        executor=ExecutorSpec(type=executor, tasks=tasks, workers=workers, options=dict(executor_options)),
        strict=strict,
    )
