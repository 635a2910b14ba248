"""`longcot contamination-check`: gate a release on benchmark contamination (exit 0 clean, 1 found, 2 error)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from longcot.errors import ConfigError


def _split_csv(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def _pairs(values: list[str] | None, what: str) -> dict[str, str]:
    out = {}
    for value in values or []:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip() or not rest.strip():
            raise ConfigError(f"{what} must look like NAME=VALUE, got {value!r}", hint=f"e.g. `{what} aime2024=...`")
        out[name.strip()] = rest.strip()
    return out


def _read_input(source: str, text_columns: list[str], *, strict: bool):  # noqa: ANN202 - (frame, rejects)
    """One INPUT (a file or folder, or a Hub id with an optional `@revision`), read as `longcot run` reads:
    malformed lines and text cells that are not text (a list, a number) become rejects."""
    from longcot.io import read_rows

    revision = None
    if not os.path.exists(source) and "@" in source:
        source, revision = source.rsplit("@", 1)
    return read_rows(source, revision=revision, string_columns=text_columns, strict=strict)


def _default_rejects(report: Path | None, drop: Path | None) -> Path:
    for path in (report, drop):
        if path is not None:
            return path.with_name(path.name.split(".")[0] + ".rejects.jsonl")
    return Path("contamination.rejects.jsonl")


def contamination_check(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSONL, Parquet (file or folder), or a HF dataset: Hub id (id@revision pins it) or local folder."
        ),
    ],
    benchmark: Annotated[
        list[str] | None, typer.Option("--benchmark", "-b", help="Benchmark or group (aime, aime2024, math500, ...).")
    ] = None,
    benchmark_file: Annotated[
        list[str] | None,
        typer.Option("--benchmark-file", help="NAME=PATH: a local benchmark file (problem, answer, id)."),
    ] = None,
    columns: Annotated[
        str | None, typer.Option(help="Text columns to check, comma-separated (default: auto).")
    ] = None,
    report: Annotated[Path | None, typer.Option(help="Write one JSON object per flagged row here.")] = None,
    drop: Annotated[Path | None, typer.Option(help="Write the rows that did not match here (Parquet).")] = None,
    methods: Annotated[
        list[str] | None,
        typer.Option(
            help="Signals: exact, ngram, fuzzy, embedding (comma-separated or repeated); default: all four with "
            "the `embeddings` extra, the first three without it or with LONGCOT_EMBEDDINGS=off."
        ),
    ] = None,
    threshold: Annotated[list[str] | None, typer.Option(help="NAME=VALUE threshold override, e.g. fuzzy=0.9.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    rejects: Annotated[
        Path | None,
        typer.Option(
            help="Where unreadable lines go (JSONL: file, line, error). "
            "[default: next to --report or --drop, else contamination.rejects.jsonl]"
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first malformed line instead of setting it aside.")
    ] = False,
) -> None:
    """Check training data for benchmark problems; exit 1 when any row matches (a release gate).

    A malformed line (bad JSON, not UTF-8, a text cell that is a list or a number) goes to the rejects
    file with its file and line, is counted in the summary, and the other rows are checked.
    """
    import polars as pl
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from longcot.contamination.checker import CheckConfig, ContaminationChecker, embedding_status, run_checker
    from longcot.contamination.frames import CHAT_COLUMNS, EXTRA_TEXT_COLUMNS, detect_text_columns
    from longcot.contamination.registry import DEFAULT_BENCHMARKS, load_benchmarks
    from longcot.records import TEXT_COLUMNS

    files = _pairs(benchmark_file, "--benchmark-file")
    names = _split_csv(benchmark) or ([] if files else list(DEFAULT_BENCHMARKS))
    config = CheckConfig(**({"methods": tuple(_split_csv(methods))} if methods else {}))
    config = config.with_thresholds({k: float(v) for k, v in _pairs(threshold, "--threshold").items()})
    asked = _split_csv([columns]) if columns else []
    text_names = [c for c in (asked or [*TEXT_COLUMNS, *EXTRA_TEXT_COLUMNS]) if c not in CHAT_COLUMNS]
    read = [_read_input(src, text_names, strict=strict) for src in inputs]
    bad = [r for _, part in read for r in part]
    frames = [f for f, _ in read if f.width]
    rejects_path = rejects or _default_rejects(report, drop)
    if bad:
        from longcot.io import write_jsonl

        write_jsonl([r.to_dict() for r in bad], rejects_path)
    elif rejects_path.exists():
        rejects_path.unlink()  # from an earlier run of the same command: it would describe other input
    if not frames or not any(f.height for f in frames):
        from longcot.errors import InputError

        raise InputError(
            f"no line of {', '.join(inputs)} could be read"
            + (
                f": all {len(bad):,} were rejected (see {rejects_path}; first: {bad[0].file}:{bad[0].line}: "
                f"{bad[0].error})"
                if bad
                else ": no rows"
            ),  # fmt: skip
            hint="check the file, and name its text columns with --columns",
        )
    frame = pl.concat(frames, how="diagonal_relaxed") if len(frames) > 1 else frames[0]
    cols = asked or detect_text_columns(frame)
    checker = ContaminationChecker(load_benchmarks(names, files=files), config)
    console = Console(stderr=True)
    progress = Progress(
        SpinnerColumn(), TextColumn("checking rows"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), console=console, disable=not console.is_terminal, transient=True,
    )  # fmt: skip
    with progress:
        task = progress.add_task("check", total=frame.height)
        result = run_checker(checker, frame, cols, on_batch=lambda n: progress.advance(task, n))
    if report is not None:
        result.write_jsonl(report)
    if drop is not None:
        from longcot.io import write_parquet

        flagged = set(result.flagged_rows())
        keep = pl.Series([i not in flagged for i in range(frame.height)])
        write_parquet(frame.filter(keep), drop)
    summary = result.summary()
    summary["embedding"] = embedding_status(result.methods)
    summary["rows_rejected"] = len(bad)
    if bad:
        summary["rejects"] = str(rejects_path)
    _print_table(summary)
    if bad:
        from rich.markup import escape

        Console(stderr=True).print(
            f"[yellow]warning:[/] {len(bad):,} malformed line(s) not checked, set aside in "
            + escape(f"{rejects_path} (first: {bad[0].file}:{bad[0].line}: {bad[0].error})"),
            highlight=False,
        )
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    if result.contaminated:
        raise typer.Exit(code=1)


def _print_table(summary: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stderr)
    table = Table(title=f"contamination: {summary['rows_flagged']} of {summary['rows']} rows flagged")
    for col in ("benchmark", "items", "cutoff", "rows flagged", "by method", "top matches"):
        table.add_column(col)
    for name, info in summary["benchmarks"].items():
        if not info["rows_flagged"] and len(summary["benchmarks"]) > 8:
            continue  # 40+ AIME years: list the clean ones only when there are few
        table.add_row(
            name,
            str(info["items"]),
            str(info.get("cutoff") or ""),
            str(info["rows_flagged"]),
            ", ".join(f"{m}={n}" for m, n in info["by_method"].items()),
            ", ".join(f"{t['item_id']}×{t['rows']}" for t in info["top_matches"][:3]),
        )
    console.print(table)
    methods = ", ".join(summary["methods"])
    # Plain text: `longcot[embeddings]` in the hint is no markup tag (rich would drop it).
    console.print(f"methods: {methods}; embedding signal {summary['embedding']}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add `contamination-check` to the `longcot` CLI."""
    app.command("contamination-check")(contamination_check)
