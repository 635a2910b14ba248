"""The `longcot` command line: thin commands over the library, one exception boundary.

Data goes to files (and `--json` to stdout); tables, progress and errors go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from longcot import __version__
from longcot.errors import ConfigError, InputError, LongcotError, MissingDependencyError, SchemaError


app = typer.Typer(
    help="Sample, verify, filter, decontaminate and release long chain-of-thought math data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

#: Usage and input errors exit with 2 (like a bad flag); other failures of the run exit with 1.
USAGE_ERRORS = (ConfigError, InputError, SchemaError, MissingDependencyError)


def _version(value: bool) -> None:
    if value:
        print(f"longcot {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Sample, verify, filter, decontaminate and release long chain-of-thought math data."""


def print_funnel(funnel: list[Any], *, console: Console, title: str = "funnel") -> None:
    """Print a funnel (list of StepStats) as a table: rows in/out and drop reasons per step."""
    table = Table(title=title, title_justify="left")
    for column, justify in (("step", "left"), ("rows in", "right"), ("rows out", "right"), ("dropped", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for stats in funnel:
        dropped = ", ".join(f"{k}: {v:,}" for k, v in sorted(stats.dropped.items(), key=lambda kv: -kv[1]))
        if stats.flagged:
            dropped += (
                (" · " if dropped else "") + "flagged " + ", ".join(f"{k}: {v:,}" for k, v in stats.flagged.items())
            )
        table.add_row(stats.step, f"{stats.rows_in:,}", f"{stats.rows_out:,}", dropped or "-")
    console.print(table)


@app.command("run")
def run_cmd(
    pipeline: Annotated[Path, typer.Argument(help="Pipeline YAML, e.g. recipes/pipelines/quickstart.yaml.")],
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="Override a key: --set input=data.jsonl --set executor.tasks=4 (repeatable)."),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate and print the plan; run nothing.")] = False,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Delete the output folder first instead of resuming.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on the first malformed input row.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the funnel as JSON on stdout.")] = False,
) -> None:
    """Run a pipeline YAML; running it again after a crash resumes where it stopped."""
    from longcot.pipeline.config import load_config
    from longcot.pipeline.run import run_pipeline
    from longcot.pipeline.stages import stage_plan

    overrides = list(set_ or [])
    if strict:
        overrides.append("strict=true")
    config = load_config(pipeline, overrides=overrides)
    _quiet_loguru()
    if dry_run:
        _print_plan(config)
        return

    stop = threading.Event()
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=not err.is_terminal, transient=True,
    )  # fmt: skip

    def watch(cfg: Any) -> None:
        # one bar per datatrove stage (a pipeline with global steps is a chain of them), each with its own count
        plan = stage_plan(cfg)
        bars = [
            progress.add_task(
                f"{cfg.name}: {stage.label}" if len(plan) == 1 else f"{cfg.name} stage {k}/{len(plan)}: {stage.label}",
                total=stage.tasks,
            )
            for k, stage in enumerate(plan, start=1)
        ]
        progress.start()

        def poll() -> None:
            while not stop.wait(0.5):
                for bar, stage in zip(bars, plan, strict=True):
                    progress.update(bar, completed=stage.completed())

        threading.Thread(target=poll, daemon=True).start()

    try:
        result = run_pipeline(config, fresh=fresh, on_start=watch)
    finally:
        stop.set()
        progress.stop()
    if result.submitted:
        err.print(f"submitted {result.tasks} tasks; follow them with `longcot inspect {result.output}`")
        return
    print_funnel(result.funnel, console=err, title=f"{config.name}: funnel")
    rejected = result.funnel[0].dropped.get("malformed", 0) if result.funnel else 0
    if rejected:
        from rich.markup import escape

        from longcot.pipeline.run import first_reject

        err.print(
            f"[yellow]warning:[/] {rejected:,} input line(s) could not be read and were set aside in "
            + escape(f"{result.output / 'rejects'} (first: {first_reject(result.output)})"),
            soft_wrap=True, highlight=False, markup=True,
        )  # fmt: skip
    incomplete = result.tasks - result.tasks_completed
    err.print(
        f"[bold]{result.rows_out:,}[/] rows → {result.output / 'data'} in {result.seconds:.1f}s"
        + (
            f" · [red]{incomplete} task(s) failed[/]: see {result.output / 'logs'}, then run the same command again"
            if incomplete
            else ""
        )  # fmt: skip
    )
    if "release" in result.extra:
        built = result.extra["release"]
        err.print(
            f"release {built.manifest['name']} {built.manifest['tag']} → {built.out} (README.md card, "
            f"longcot-manifest.yaml; copy {built.manifest_copy}); publish: `longcot release push {built.out} "
            "--repo ORG/NAME`",
            soft_wrap=True,
        )
    elif config.release is not None and incomplete:
        err.print("[red]no release built[/]: the run did not finish")
    if json_out:
        print(json.dumps([s.to_dict() for s in result.funnel], indent=2))
    if incomplete:
        raise typer.Exit(1)


def _quiet_loguru() -> None:
    if os.environ.get("LONGCOT_DATATROVE_LOGS") == "1":
        return
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="WARNING", format="{level}: {message}")


def _count_lines(path: Path) -> int:
    import gzip

    with gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def _print_plan(config: Any) -> None:
    from longcot.io import InputSpec

    plan = config.plan()

    def say(line: str) -> None:
        err.print(line, soft_wrap=True, highlight=False)  # paths stay on one line, for copy-paste

    say(f"[bold]{plan['name']}[/] ({config.source_file})")
    spec: InputSpec = config.input
    estimate = "unknown (Hub dataset)"
    try:
        files = spec.files()
        if files:
            size = sum(f.stat().st_size for f in files)
            estimate = f"{len(files)} file(s), {size / 1e6:.1f} MB"
            if spec.resolved_format() == "parquet":
                import pyarrow.parquet as pq

                estimate += f", {sum(pq.ParquetFile(f).metadata.num_rows for f in files):,} rows"
            elif size < 200e6:
                estimate += f", ~{sum(_count_lines(f) for f in files):,} rows"
    except LongcotError as exc:
        estimate = f"not readable yet: {exc.args[0]}"
    if spec.limit is not None:
        estimate += f" (limit {spec.limit:,})"
    say(f"input   {plan['input']} ({spec.format}) — {estimate}")
    if spec.columns:
        say(f"columns {', '.join(f'{k} ← {v}' for k, v in spec.columns.items())}")
    for i, step in enumerate(plan["steps"], start=1):
        options = ", ".join(f"{k}={v!r}" for k, v in step.items() if k != "type")
        say(f"step {i}  {step['type']}({options})")
    say(f"output  {plan['output']}/data")
    ex = plan["executor"]
    say(f"run on  {ex['type']} executor, {ex['tasks']} task(s), {ex['workers']} worker(s)")
    if config.release is not None:
        block = config.release
        say(f"release {block.name} v{block.version} → {block.out_dir(config.output.path)} (card + manifest)")


@app.command("inspect")
def inspect_cmd(
    path: Annotated[str, typer.Argument(help="A run output folder, a Parquet/JSONL file or folder, or a dataset.")],
    rows: Annotated[int, typer.Option("--rows", "-n", help="How many rows to show.")] = 3,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print schema, row count and funnel as JSON on stdout.")
    ] = False,
) -> None:
    """Show schema, row count, a few rows and (for a run folder) the funnel."""
    from longcot.io import read_frame
    from longcot.pipeline.run import collect_funnel

    target = Path(path)
    funnel = []
    data_path = path
    if target.is_dir() and (target / "pipeline.json").exists():
        funnel = collect_funnel(target)
        data_path = str(target / "data")
        if not any((target / "data").glob("*.parquet")):
            print_funnel(funnel, console=err, title=f"{path}: funnel (no shard written yet)")
            raise typer.Exit(0 if funnel else 1)
    frame = read_frame(data_path, strict=False)  # malformed lines are reported on stderr, not fatal here
    summary = {"path": path, "rows": frame.height, "schema": {k: str(v) for k, v in frame.schema.items()}}
    if funnel:
        summary["funnel"] = [s.to_dict() for s in funnel]
    if json_out:
        print(json.dumps(summary, indent=2))
        return
    table = Table(title=f"{path}: {frame.height:,} rows", title_justify="left")
    table.add_column("column")
    table.add_column("dtype")
    table.add_column("nulls", justify="right")
    for name, dtype in frame.schema.items():
        table.add_row(name, str(dtype), f"{frame[name].null_count():,}")
    err.print(table)
    for row in frame.head(rows).iter_rows(named=True):
        shown = {
            k: (v[:200] + f"… ({len(v):,} chars)" if isinstance(v, str) and len(v) > 200 else v)
            for k, v in row.items()
        }
        err.print(shown)
    if funnel:
        print_funnel(funnel, console=err)


def _register_commands() -> None:
    from longcot.cli import contamination_cmd, release_cmd, sample_cmd, stats_cmd, verify_cmd

    sample_cmd.register(app)
    verify_cmd.register(app)
    contamination_cmd.register(app)
    stats_cmd.register(app)
    release_cmd.register(app)


_register_commands()


def main() -> None:
    """Entry point of the `longcot` command: print LongcotErrors as one line plus a hint."""
    try:
        app()
    except LongcotError as exc:
        err.print(f"[bold red]Error:[/] {type(exc).__name__}: ", end="")
        err.print(str(exc), markup=False, highlight=False)
        if os.environ.get("LONGCOT_DEBUG") != "1":
            err.print("[dim]Set LONGCOT_DEBUG=1 for the full traceback.[/]")
            sys.exit(2 if isinstance(exc, USAGE_ERRORS) else 1)
        raise
