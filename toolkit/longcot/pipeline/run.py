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

import ast
import contextlib
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from longcot import __version__
from longcot.cpus import usable_cpus
from longcot.errors import ConfigError, InputError, LongcotError, MissingDependencyError
from longcot.pipeline import lifeline, stages
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
        bind = getattr(processor, "bind_run", None)
        if callable(bind):  # steps that spend money: their `max_usd` holds for this run as a whole (every task)
            bind(f"pipeline:{out}#{index}:{processor.name}")
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
    return supervise(config, steps)


def supervise(config: PipelineConfig, steps: list[Any]) -> list[Any]:
    """Tie a local run's workers to this process: they end when it ends (see longcot.pipeline.lifeline)."""
    if config.executor.type == "local":
        parent = (os.getpid(), lifeline.process_identity(os.getpid()))
        for step in steps:
            step.parent = parent
    return steps


def _build_executor(config: PipelineConfig) -> Any:
    """One executor; a chain of them when a step needs every row of the run (see `stages.py`)."""
    if stages.has_global_steps(config):
        return stages.build_staged_executor(config)
    return make_executor(config, build_steps(config))


def task_cpus(config: PipelineConfig) -> int | None:
    """CPUs one task of a run may use: a local run's CPUs shared by the tasks it runs at once, a Ray task's
    `cpus_per_task`; None on Slurm, whose tasks see only their own CPUs."""
    ex = config.executor
    if ex.type == "local":
        at_once = ex.tasks if ex.workers == -1 else min(ex.workers, ex.tasks)
        return max(1, usable_cpus() // max(1, at_once))
    if ex.type == "ray":
        return int(ex.options.get("cpus_per_task", 1))
    return None


def bind_cpus(config: PipelineConfig, pipeline: list[Any]) -> None:
    """Tell each step that runs threads of its own (`bind_cpus`) the CPUs one task has (see :func:`task_cpus`)."""
    cpus = task_cpus(config)
    if cpus is None:
        return
    for step in pipeline:
        bind = getattr(getattr(step, "processor", None), "bind_cpus", None)
        if callable(bind):
            bind(cpus)


def make_executor(config: PipelineConfig, pipeline: list[Any]) -> Any:
    """Build the datatrove executor the `executor:` block asks for.

    Raises:
        MissingDependencyError: `ray` is asked for but not installed.
    """
    ex = config.executor
    options = dict(ex.options)
    options.pop("wait", None)
    options["logging_dir"] = str(logging_dir(config).absolute())
    bind_cpus(config, pipeline)
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
            _init_ray(ray, address)
        return RayPipelineExecutor(pipeline=pipeline, tasks=ex.tasks, workers=ex.workers, **options)
    from datatrove.executor import SlurmPipelineExecutor

    options.setdefault("job_name", f"longcot-{config.name}")
    return SlurmPipelineExecutor(pipeline=pipeline, tasks=ex.tasks, workers=ex.workers, **options)


#: Keys that decide what a run writes: changing one between a killed run and its re-run would mix two
#: outputs in one folder, so a resumed run refuses and names it. Keys not here cannot change the rows
#: written: `description`, `output.path` (the folder itself), `executor.workers`, `executor.type` and the
#: engine's own options (`logging_dir`, `partition`, `time`, `cpus_per_task`, `mem_per_cpu_gb`, `address`,
#: `start_method`, `venv_path`, `wait`, ...).
FINGERPRINT_KEYS = (
    "name", "input.path", "input.format", "input.split", "input.name", "input.columns", "input.required",
    "input.limit", "steps", "strict", "output.split", "output.keep_dropped", "output.batch_size", "executor.tasks",
)  # fmt: skip


def _init_ray(ray: Any, address: str | None) -> None:
    """`ray.init`: join the cluster at `address`, or start a local instance when there is none.

    Raises:
        LongcotError: No Ray cluster runs at `address`, in one line with the command that starts one.
    """

    def refuse(reason: str) -> LongcotError:
        where = "on this machine" if address in (None, "auto") else f"at {address!r}"
        return LongcotError(
            f"executor.address is {address!r} but no Ray cluster is running {where} ({reason})",
            hint="start one with `ray start --head` (or join one: `ray start --address=HEAD:6379`), or drop "
            "`address` to start a local instance: `--set executor.address=null`",
        )

    host, sep, port = (address or "").removeprefix("ray://").rpartition(":")
    if sep and host and port.isdigit():  # ray.init retries a dead GCS address for minutes: try it once
        import socket

        try:
            socket.create_connection((host, int(port)), timeout=5).close()
        except OSError as exc:
            raise refuse(f"{type(exc).__name__}: {exc}") from None
    try:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    except ConnectionError as exc:
        raise refuse(str(exc).splitlines()[0]) from None


def _fingerprint(config: PipelineConfig) -> dict[str, Any]:
    spec, out = config.input, config.output
    values = {
        "name": config.name,
        "input.path": spec.describe(),  # with the resolved revision for Hub inputs
        "input.format": spec.format,
        "input.split": spec.split,
        "input.name": spec.name,
        "input.columns": dict(spec.columns),
        "input.required": list(spec.required),
        "input.limit": spec.limit,
        "steps": [s.config_dict() for s in config.steps],
        "strict": config.strict,
        "output.split": out.split,
        "output.keep_dropped": out.keep_dropped,
        "output.batch_size": out.batch_size,
        "executor.tasks": config.executor.tasks,
    }
    # Through JSON, so tuples compare equal to the lists read back from pipeline.json.
    return json.loads(json.dumps({k: values[k] for k in FINGERPRINT_KEYS}, default=str))


def _is_network_error(exc: BaseException) -> bool:
    names = {cls.__name__ for cls in type(exc).__mro__}
    return isinstance(exc, OSError | ConnectionError | TimeoutError) or bool(
        names & {"TransportError", "ConnectError", "TimeoutException", "NetworkError"}
    )


def resolve_revision(config: PipelineConfig) -> None:
    """Pin a Hub input to the commit its revision points at now, so every task reads the same data.

    The commit goes into `pipeline.json` and the manifest; a branch that moves later makes a
    resumed run stop with "changed: input.path" instead of mixing two versions of the data. For local
    inputs, and offline (`HF_HUB_OFFLINE=1`: the reader then uses the local cache), this does nothing.

    Raises:
        InputError: The Hub cannot be reached, or has no such dataset: one line, at once, with the
            command that runs on a local copy instead (every task would fail the same way, after retries).
    """
    spec = config.input
    if spec.resolved_format() != "hf" or Path(spec.path).exists():
        return
    from huggingface_hub import HfApi, constants

    if constants.HF_HUB_OFFLINE:
        return
    local = "`--set input=path/to/local.jsonl` (a local copy with the same columns)"
    if any(step.name == "decontaminate" for step in config.steps):
        local += ", and the benchmarks from local files with LONGCOT_BENCHMARKS_DIR=FOLDER"
    pinned = bool(spec.revision) and len(spec.revision) == 40 and all(c in "0123456789abcdef" for c in spec.revision)
    try:
        sha = spec.revision if pinned else HfApi().dataset_info(spec.path, revision=spec.revision).sha
        if pinned:
            from longcot.io import hub_unreachable

            reason = hub_unreachable()
            if reason:
                raise ConnectionError(reason)
    except Exception as exc:
        name = type(exc).__name__
        if _is_network_error(exc):
            raise InputError(
                f"cannot reach the Hub for input {spec.describe()!r} ({name}: {str(exc)[:200]})",
                hint=f"offline? run on a local file with {local}; with a cached copy, set HF_HUB_OFFLINE=1",
            ) from None
        if name in {"RepositoryNotFoundError", "RevisionNotFoundError"}:
            raise InputError(
                f"input {spec.describe()!r}: {name} on the Hub",
                hint=f"check the dataset id and revision, or use a local file with {local}",
            ) from None
        return  # gated, rate-limited, ...: load_dataset raises the precise error
    if sha:
        config.input = dataclasses.replace(spec, revision=sha)


_GUARD_HINT = 'put the call under `if __name__ == "__main__":` at the end of the script (see the README\'s example)'


def _refuse_unguarded_main(config: PipelineConfig) -> None:
    """Stop a script that starts a run at import time: the local executor's worker processes (forkserver
    or spawn) import the script's main module again, and each would start the run again, forever.

    Raises:
        ConfigError: Called while a worker re-imports the main module, or from module-level code of
            the main script that is not under `if __name__ == "__main__":`.
    """
    frames = []
    frame = sys._getframe(1)
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    for frame in frames:
        if frame.f_globals.get("__name__") == "__mp_main__":  # a worker re-importing the script
            raise ConfigError(
                f"run_pipeline() was called while a worker process imported {frame.f_globals.get('__file__')!r}",
                hint=_GUARD_HINT,
            )
    ex = config.executor
    if ex.type != "local" or ex.workers == 1 or ex.options.get("start_method", "forkserver") == "fork":
        return
    top = next(
        (f for f in reversed(frames) if f.f_globals.get("__name__") == "__main__" and f.f_code.co_name == "<module>"),
        None,
    )
    path = top.f_globals.get("__file__") if top is not None else None
    if top is None or not path or not Path(path).is_file():
        return  # an interactive session, `python -c`, a notebook: nothing re-imports it
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return
    line = top.f_lineno
    for node in tree.body:
        guard = isinstance(node, ast.If) and "__name__" in ast.unparse(node.test)
        if guard and node.lineno <= line <= (node.end_lineno or node.lineno):
            return
    raise ConfigError(
        f'{path}:{line} starts a run at the top level of the script, without `if __name__ == "__main__":`; '
        "the run's worker processes import the script again, and each would start the run again",
        hint=_GUARD_HINT,
    )


def preflight(config: PipelineConfig) -> None:
    """Checks in the launching process before any task starts, so a cause every task would share
    (an unreachable Hub, a missing benchmark file) fails once, fast, in one line.

    Raises:
        LongcotError: From the input check or a step's :meth:`~longcot.pipeline.base.Processor.preflight`.
    """
    resolve_revision(config)
    for step in config.steps:
        step.preflight()


#: What datatrove writes into a logging dir; `--fresh` deletes these and nothing else there.
_LOGGING_ENTRIES = ("completions", "logs", "stats", "slurm_logs", "executor.json", "executor.pik", "stats.json",
                    "launch_script.slurm", "ranks_to_run.json")  # fmt: skip

#: What a run writes into its output folder (besides pipeline.json and a default `logs/`).
_OUTPUT_ENTRIES = ("data", "dropped", "rejects", "funnel", "funnel.json")


def _clear_logging_dir(folder: Path) -> None:
    if not folder.is_dir():
        return
    for name in _LOGGING_ENTRIES:
        entry = folder / name
        if entry.is_dir():
            shutil.rmtree(entry)
        elif entry.exists():
            entry.unlink()
    if not any(folder.iterdir()):
        folder.rmdir()


def _has_output(out: Path) -> bool:
    """Whether a run has written anything a resume depends on (rows, funnel parts, rejects)."""
    return any(
        (out / name).is_file() or ((out / name).is_dir() and any(p.is_file() for p in (out / name).rglob("*")))
        for name in _OUTPUT_ENTRIES
    )


def _check_markers(config: PipelineConfig) -> None:
    """Refuse to resume when tasks are marked done but what they wrote is gone (e.g. `data/` deleted)."""
    out = Path(config.output.path)
    folder = logging_dir(config) / "completions"
    if not folder.is_dir():
        return
    write_index = len(config.steps) + 1
    missing = []
    for marker in sorted(folder.iterdir()):
        if not marker.name.isdigit():
            continue
        rank = int(marker.name)
        part = out / "funnel" / f"{write_index:02d}-write" / f"rank-{rank:05d}.json"
        shard = out / "data" / f"{config.output.split}-{rank:05d}-of-{config.executor.tasks:05d}.parquet"
        if not part.exists():
            missing.append(rank)
            continue
        try:
            rows = json.loads(part.read_text()).get("rows_out", 0)
        except (OSError, ValueError):
            rows = 1
        if rows and not shard.exists():
            missing.append(rank)
    if missing:
        raise ConfigError(
            f"{len(missing)} task(s) are marked complete in {str(folder)!r} but their output in {str(out)!r} is "
            f"missing (task {missing[0]} first): resuming would skip them and lose their rows",
            hint="run again with --fresh to start over (it clears the output folder and the completion markers)",
        )


def prepare_output(config: PipelineConfig, *, fresh: bool = False) -> None:
    """Create the output folder, or check that it holds a run of this same pipeline (for resume).

    A folder whose earlier run failed before writing anything (a Hub dataset that could not be reached,
    a benchmark missing) does not count as a run: the next command may use another pipeline there.

    Raises:
        ConfigError: The folder holds a run of a different pipeline (the message names the changed
            keys) and `fresh` is not set; or tasks are marked complete but their output is gone.
    """
    out = Path(config.output.path)
    if fresh:
        _clear_logging_dir(logging_dir(config))  # when it is outside the output folder too
        if out.exists():
            shutil.rmtree(out)
    marker = out / "pipeline.json"
    current = _fingerprint(config)
    started = _has_output(out) or completed_tasks(config) > 0
    if marker.exists() and started:
        try:
            previous = json.loads(marker.read_text()).get("fingerprint", {})
        except (OSError, ValueError):
            previous = {}
        changed = [k for k in current if previous.get(k) != current[k]]
        if changed and "input.path" not in previous:
            raise ConfigError(
                f"output folder {str(out)!r} holds a run written by an older longcot, whose fingerprint does not "
                "record every key that changes the output, so resuming it cannot be checked",
                hint="pass --fresh to start over there, or set another output with `--set output=PATH`",
            )
        if changed:
            shown = "; ".join(f"{k}: {previous.get(k)!r} → {current[k]!r}" for k in changed if k != "steps")
            raise ConfigError(
                f"output folder {str(out)!r} holds a run of a different pipeline (changed: {', '.join(changed)})"
                + (f" ({shown})" if shown else ""),
                hint="run the same pipeline to resume; or pass --fresh to start over there, or set another "
                "output with `--set output=PATH`",
            )
    if started:
        _check_markers(config)
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


def read_funnel(output: str | Path) -> list[StepStats]:
    """The funnel of a finished run from its `funnel.json` (drops and flags per step); the per-task
    parts merged (:func:`collect_funnel`) when the run has not finished."""
    path = Path(output) / "funnel.json"
    if not path.exists():
        return collect_funnel(output)
    return [StepStats.from_dict(step) for step in json.loads(path.read_text())["steps"]]


def first_reject(output: str | Path) -> str | None:
    """`file:line: error` of the first rejected input line of a run, or None."""
    for part in sorted((Path(output) / "rejects").glob("rank-*.jsonl")):
        with open(part, encoding="utf-8") as handle:
            line = handle.readline()
        if line.strip():
            reject = json.loads(line)
            return f"{reject['file']}:{reject['line']}: {reject['error']}"
    return None


def completed_tasks(config: PipelineConfig) -> int:
    """How many tasks have a datatrove completion marker."""
    folder = logging_dir(config) / "completions"
    return len(list(folder.iterdir())) if folder.is_dir() else 0


@contextlib.contextmanager
def _executor_logs_quiet() -> Iterator[None]:
    """Keep the executor's own INFO/SUCCESS lines (task counts, the stats table) off the caller's stderr.

    The stats are in `logs/stats.json` and the funnel says the same in rows; the CLI sets loguru to
    WARNING itself, but a Python caller's loguru is left as the caller set it, so only datatrove's
    executor modules are muted, and only while the run lasts. `LONGCOT_DATATROVE_LOGS=1` keeps them.
    """
    if os.environ.get("LONGCOT_DATATROVE_LOGS") == "1":
        yield
        return
    from loguru import logger

    logger.disable("datatrove.executor")
    try:
        yield
    finally:
        logger.enable("datatrove.executor")


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
    _refuse_unguarded_main(config)
    preflight(config)
    prepare_output(config, fresh=fresh)
    (Path(config.output.path) / "data").mkdir(exist_ok=True)  # there even when no row is kept
    executor = _build_executor(config)
    if on_start is not None:
        on_start(config)
    start = time.perf_counter()
    lifeline.guard_children(config.executor.type == "local")
    try:
        with _executor_logs_quiet():
            executor.run()
    finally:
        lifeline.guard_children(False)
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
    read = funnel[0] if funnel and funnel[0].step == "read" else None
    if not submitted and done >= config.executor.tasks and read is not None and read.rows_out == 0:
        rejected = read.dropped.get("malformed", 0)
        where = Path(config.output.path) / "rejects"
        first = first_reject(config.output.path)
        raise InputError(
            f"no line of input {config.input.describe()!r} could be read: "
            + (f"all {rejected:,} were rejected (see {where}; first: {first})" if rejected else "it holds no rows"),
            hint=f"check the file and the `columns:` mapping against the first reject in {where}"
            if rejected
            else "check the input path (an empty file or folder?)",
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
