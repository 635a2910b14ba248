"""Run a pipeline on a datatrove executor and collect its funnel.

Layout of an output folder::

    <output>/data/train-00000-of-00004.parquet   kept rows, one shard per task
    <output>/dropped/<step>/rank-00000.parquet   rows each filter dropped, with drop_reason
    <output>/rejects/rank-00000.jsonl            input lines that could not be read (file, line, error)
    <output>/funnel/<NN>-<step>/rank-00000.json  per-task counts; merged into funnel.json
    <output>/funnel.json                         rows in/out and drop reasons per step
    <output>/pipeline.json                       the resolved pipeline, to refuse resuming a different one
    <output>/logs/                               datatrove logging dir: completions (resume), stats, logs

Resume is datatrove's: a task whose completion marker exists is skipped, a task that died reruns and
overwrites its own shard, so running the same command again after a crash finishes the job.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from longcot import __version__
from longcot.errors import ConfigError, LongcotError, MissingDependencyError
from longcot.pipeline import stages
from longcot.pipeline.adapter import ProcessorStep, ReadInput, WriteParquet
from longcot.pipeline.base import StepStats
from longcot.pipeline.config import PipelineConfig


@dataclass
class RunResult:
    """What a finished (or submitted) run produced."""

    output: Path
    funnel: list[StepStats]
    tasks: int
    tasks_completed: int
    seconds: float
    submitted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rows_out(self) -> int:
        """Rows written to `data/`."""
        return self.funnel[-1].rows_out if self.funnel else 0


def logging_dir(config: PipelineConfig) -> Path:
    """The datatrove logging dir of a run (completion markers, stats, logs)."""
    return Path(config.executor.options.get("logging_dir") or Path(config.output.path) / "logs")


def build_steps(config: PipelineConfig) -> list[Any]:
    """The datatrove pipeline for a config: read → processors → write."""
    out = Path(config.output.path).absolute()
    funnel_dir = str(out / "funnel")
    steps: list[Any] = [
        ReadInput(
            config.input,
            batch_size=config.output.batch_size,
            strict=config.strict,
            rejects_dir=str(out / "rejects"),
            funnel_dir=funnel_dir,
        )
    ]
    for index, processor in enumerate(config.steps, start=1):
        steps.append(
            ProcessorStep(
                processor,
                index=index,
                batch_size=config.output.batch_size,
                funnel_dir=funnel_dir,
                dropped_dir=str(out / "dropped") if config.output.keep_dropped else None,
            )
        )
    steps.append(WriteParquet(str(out / "data"), split=config.output.split, index=len(steps), funnel_dir=funnel_dir))
    return steps


def _build_executor(config: PipelineConfig) -> Any:
    """One executor; a chain of them when a step needs every row of the run (see `stages.py`)."""
    if stages.has_global_steps(config):
        return stages.build_staged_executor(config)
    return make_executor(config, build_steps(config))


def make_executor(config: PipelineConfig, pipeline: list[Any]) -> Any:
    """Build the datatrove executor the `executor:` block asks for.

    Raises:
        MissingDependencyError: `ray` is asked for but not installed.
    """
    ex = config.executor
    options = dict(ex.options)
    options.pop("wait", None)
    options["logging_dir"] = str(logging_dir(config).absolute())
    if ex.type == "local":
        from datatrove.executor import LocalPipelineExecutor

        return LocalPipelineExecutor(pipeline=pipeline, tasks=ex.tasks, workers=ex.workers, **options)
    if ex.type == "ray":
        try:
            import ray
        except ImportError:
            raise MissingDependencyError("the ray executor", "ray", "ray") from None
        from datatrove.executor import RayPipelineExecutor

        address = options.pop("address", None)
        if not ray.is_initialized():
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        return RayPipelineExecutor(pipeline=pipeline, tasks=ex.tasks, workers=ex.workers, **options)
    from datatrove.executor import SlurmPipelineExecutor

    options.setdefault("job_name", f"longcot-{config.name}")
    return SlurmPipelineExecutor(pipeline=pipeline, tasks=ex.tasks, workers=ex.workers, **options)


def _fingerprint(config: PipelineConfig) -> dict[str, Any]:
    # Through JSON, so tuples compare equal to the lists read back from pipeline.json.
    return json.loads(
        json.dumps(
            {
                "name": config.name,
                "input": config.input.describe(),
                "columns": dict(config.input.columns),
                "limit": config.input.limit,
                "steps": [s.config_dict() for s in config.steps],
                "tasks": config.executor.tasks,
                "split": config.output.split,
            },
            default=str,
        )
    )


def resolve_revision(config: PipelineConfig) -> None:
    """Pin a Hub input to the commit its revision points at now, so every task reads the same data.

    The commit goes into `pipeline.json` and the manifest; a branch that moves later makes a
    resumed run stop with "changed: input" instead of mixing two versions of the data. Offline or
    for local inputs this does nothing (the reader reports an unreachable Hub dataset itself).
    """
    spec = config.input
    if spec.resolved_format() != "hf" or Path(spec.path).exists():
        return
    if spec.revision and len(spec.revision) == 40 and all(c in "0123456789abcdef" for c in spec.revision):
        return
    try:
        from huggingface_hub import HfApi

        sha = HfApi().dataset_info(spec.path, revision=spec.revision).sha
    except Exception:  # offline, gated, unknown: load_dataset will raise the precise error
        return
    if sha:
        config.input = dataclasses.replace(spec, revision=sha)


def prepare_output(config: PipelineConfig, *, fresh: bool = False) -> None:
    """Create the output folder, or check that it holds a run of this same pipeline (for resume).

    Raises:
        ConfigError: The folder holds a run of a different pipeline and `fresh` is not set.
    """
    out = Path(config.output.path)
    if fresh and out.exists():
        shutil.rmtree(out)
    marker = out / "pipeline.json"
    current = _fingerprint(config)
    if marker.exists():
        previous = json.loads(marker.read_text())
        if previous.get("fingerprint") != current:
            changed = sorted(k for k in current if previous.get("fingerprint", {}).get(k) != current[k])
            raise ConfigError(
                f"output folder {str(out)!r} holds a run of a different pipeline (changed: {', '.join(changed)})",
                hint="pass --fresh to start over there, or set another output with `--set output=PATH`",
            )
    out.mkdir(parents=True, exist_ok=True)
    marker.write_text(
        json.dumps(
            {
                "fingerprint": current,
                "input": {"path": config.input.path, "revision": config.input.revision, "split": config.input.split},
                "longcot": __version__,
                "source_file": config.source_file,
            },
            indent=2,
        )
    )


def collect_funnel(output: str | Path) -> list[StepStats]:
    """Merge the per-task funnel files of a run into one `StepStats` per step, in pipeline order."""
    root = Path(output) / "funnel"
    merged: list[StepStats] = []
    if not root.is_dir():
        return merged
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        total: StepStats | None = None
        for part in sorted(folder.glob("rank-*.json")):
            stats = StepStats.from_dict(json.loads(part.read_text()))
            if total is None:
                total = stats
            else:
                total.merge(stats)
        if total is not None:
            merged.append(total)
    return merged


def completed_tasks(config: PipelineConfig) -> int:
    """How many tasks have a datatrove completion marker."""
    folder = logging_dir(config) / "completions"
    return len(list(folder.iterdir())) if folder.is_dir() else 0


def run_pipeline(
    config: PipelineConfig, *, fresh: bool = False, on_start: Callable[[PipelineConfig], None] | None = None
) -> RunResult:
    """Run `config` on its executor; on local and Ray runs, wait and write `funnel.json`.

    Args:
        config: A validated pipeline (see :func:`longcot.pipeline.config.load_config`).
        fresh: Delete the output folder first instead of resuming. Defaults to False.
        on_start: Called once the output folder is ready, before the executor starts (the CLI
            starts its progress display here). Defaults to None.

    Returns:
        The merged funnel and task counts. A Slurm run returns once submitted (`submitted=True`,
        unless `executor.wait` is set); run `longcot inspect OUTPUT` later for its funnel.

    Raises:
        ConfigError: The output folder holds a different pipeline's run.
    """
    resolve_revision(config)
    prepare_output(config, fresh=fresh)
    executor = _build_executor(config)
    if on_start is not None:
        on_start(config)
    start = time.perf_counter()
    executor.run()
    submitted = config.executor.type == "slurm" and not config.executor.options.get("wait", False)
    if config.executor.type == "slurm" and not submitted:
        _wait_for_slurm(config, job_id=getattr(executor, "job_id", None))
    seconds = time.perf_counter() - start
    funnel = collect_funnel(config.output.path)
    done = completed_tasks(config)
    if done >= config.executor.tasks:
        stages.finish_stages(config)
    if not submitted:
        (Path(config.output.path) / "funnel.json").write_text(
            json.dumps(
                {
                    "pipeline": config.name,
                    "tasks": config.executor.tasks,
                    "tasks_completed": done,
                    "steps": [s.to_dict() for s in funnel],
                },
                indent=2,
            )  # fmt: skip
        )
    result = RunResult(
        output=Path(config.output.path),
        funnel=funnel,
        tasks=config.executor.tasks,
        tasks_completed=done,
        seconds=seconds,
        submitted=submitted,
    )
    _release_after_run(config, result)
    return result


def _release_after_run(config: PipelineConfig, result: RunResult) -> None:
    """The pipeline's optional `release:` block: build the release once every task has finished."""
    if config.release is None or result.submitted or result.tasks_completed < result.tasks:
        return
    from longcot.release.after_run import release_after_run

    result.extra["release"] = release_after_run(config.release, config.output.path)


#: squeue states after which a Slurm job does not run again by itself.
_SLURM_ENDED = frozenset(
    {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "PREEMPTED", "BOOT_FAIL",
     "DEADLINE", "REVOKED"}
)  # fmt: skip

#: The exception line of a traceback in a Slurm log (srun -l prefixes each line with "<task>: ").
_ERROR_LINE = re.compile(r"(?:\d+: )?(\w[\w.]*(?:Error|Exception)\b.*)")


def _slurm_job_states(job_id: Any) -> dict[str, str] | None:
    """`{array task: state}` of a Slurm job; `{}` once slurmctld has forgotten it; None if squeue fails."""
    try:
        proc = subprocess.run(
            ["squeue", "-h", "-t", "all", "-j", str(job_id), "-o", "%i %T"],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return {} if "invalid job id" in proc.stderr.lower() else None
    return dict(line.split(None, 1) for line in proc.stdout.splitlines() if len(line.split()) == 2)


def _slurm_failure(config: PipelineConfig, job_id: Any, states: dict[str, str], done: int) -> LongcotError:
    counts: dict[str, int] = {}
    for state in states.values():
        counts[state] = counts.get(state, 0) + 1
    summary = ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "no longer in squeue"
    logs = Path(config.executor.options.get("slurm_logs_folder") or logging_dir(config) / "slurm_logs")
    failed = sorted(task for task, state in states.items() if state != "COMPLETED")
    cause = ""
    if failed:
        log = logs / f"{failed[0]}.out"
        try:
            lines = log.read_text(errors="replace").splitlines()[-200:]
        except OSError:
            lines = []
        errors = [m.group(1) for m in map(_ERROR_LINE.match, lines) if m]
        cause = f"; task {failed[0]}: {errors[-1][:300]}" if errors else f"; task {failed[0]} logged to {log}"
    return LongcotError(
        f"slurm job {job_id} ended with {done}/{config.executor.tasks} tasks done ({summary}){cause}",
        hint=f"see {logs} and {logging_dir(config) / 'logs'}; fix the cause and run the same command again "
        "(finished tasks are skipped)",
    )


def apply_steps(frame: Any, steps: list[Any]) -> Any:
    """Run processors over one in-memory frame (notebooks, tests): set up, process, tear down.

    Example:
        >>> import polars as pl
        >>> from longcot.pipeline.steps import ExactDedup
        >>> apply_steps(pl.DataFrame({"problem": ["a", "A", "b"]}), [ExactDedup()]).height
        2
    """
    for step in steps:
        step.setup()
        try:
            frame = step(frame)
        finally:
            step.teardown()
    return frame


def _wait_for_slurm(config: PipelineConfig, *, job_id: Any = None, poll_s: float = 2.0) -> None:
    """Poll completion markers until every task is done; fail as soon as the job has ended without them."""
    wait = config.executor.options.get("wait")
    deadline_s = 24 * 3600 if isinstance(wait, bool) else float(wait)
    start = time.monotonic()
    while completed_tasks(config) < config.executor.tasks:
        states = _slurm_job_states(job_id) if job_id not in (None, -1, "-1") else None
        if states is not None and all(state in _SLURM_ENDED for state in states.values()):
            time.sleep(poll_s)  # a marker written just before the job ended may show up late on a shared FS
            done = completed_tasks(config)
            if done >= config.executor.tasks:
                return
            raise _slurm_failure(config, job_id, states, done)
        if time.monotonic() - start > deadline_s:
            raise LongcotError(
                f"slurm job {job_id} did not finish within {deadline_s:.0f}s ({completed_tasks(config)}/"
                f"{config.executor.tasks} tasks done)",
                hint=f"check `squeue -j {job_id}` and the logs in {logging_dir(config)}",
            )
        time.sleep(poll_s)
