"""`longcot verify INPUT --output OUT`: grade every row and write the verdicts to Parquet."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from longcot.errors import ConfigError, InputError, SchemaError
from longcot.records import VERDICTS


_GUESSES = {
    "--gold-column": ("gold_answer", "answer", "gold", "solution", "expected_answer"),
    "--response-column": ("completion", "generation", "response", "output", "model_output"),
}


def _guess(columns: list[str], flag: str) -> str:
    return next((c for c in _GUESSES[flag] if c in columns), _GUESSES[flag][1])


def print_verdicts(frame: pl.DataFrame, *, console: Console, title: str, gold_column: str = "gold_answer") -> None:
    """Print a verdict table (count and share per verdict) plus the first incorrect rows.

    Args:
        frame: Rows with a `verdict` column.
        console: Where to print (stderr in the CLI).
        title: Table title.
        gold_column: The column with the gold answers, for the examples. Defaults to `gold_answer`.
    """
    counts = Counter(frame["verdict"].to_list())
    total = max(frame.height, 1)
    table = Table(title=title, title_justify="left")
    table.add_column("verdict")
    table.add_column("rows", justify="right")
    table.add_column("share", justify="right")
    for verdict in VERDICTS:
        if counts.get(verdict):
            table.add_row(verdict, f"{counts[verdict]:,}", f"{100 * counts[verdict] / total:.1f}%")
    table.add_row("total", f"{frame.height:,}", "100.0%", style="bold")
    console.print(table)
    wrong = frame.filter(pl.col("verdict") == "incorrect").head(5)
    if wrong.height and gold_column in frame.columns:
        examples = Table(title="first incorrect rows", title_justify="left")
        examples.add_column(gold_column)
        examples.add_column("predicted_answer")
        for gold, predicted in wrong.select(gold_column, "predicted_answer").iter_rows():
            examples.add_row(str(gold)[:60], str(predicted)[:60])
        console.print(examples)


def _raise_missing_column(source: str, raw: str, gold_column: str, response_column: str) -> None:
    """No line has the column asked for: name the flag and a column the file does have."""
    try:
        columns = list(json.loads(raw))
    except (ValueError, TypeError):
        columns = []
    for column, flag in ((gold_column, "--gold-column"), (response_column, "--response-column")):
        if column not in columns:
            raise SchemaError(
                f"{source} has no column {column!r}; columns are: {', '.join(columns) or '(none)'}",
                hint=f"name the right column with {flag}, e.g. {flag} {_guess(columns, flag)}",
            )


def register(app: typer.Typer) -> None:
    """Add the `verify` command to the `longcot` app.

    Args:
        app: The root typer app.
    """

    @app.command("verify")
    def verify_cmd(
        input: Annotated[str, typer.Argument(help="JSONL, .jsonl.gz or Parquet file or folder, or a Hub dataset.")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Parquet file to write, with the verdicts.")],
        gold_column: Annotated[
            str, typer.Option("--gold-column", help="Column holding the reference answer.")
        ] = "gold_answer",
        response_column: Annotated[
            str, typer.Option("--response-column", help="Column holding the whole model output.")
        ] = "completion",
        workers: Annotated[
            int | None, typer.Option("--workers", help="Worker processes; 0 checks in this process. [default: CPUs]")
        ] = None,
        timeout: Annotated[float, typer.Option("--timeout", help="Seconds allowed per row.")] = 5.0,
        revision: Annotated[str | None, typer.Option("--revision", help="Hub revision of INPUT.")] = None,
        split: Annotated[str, typer.Option("--split", help="Split of a Hub dataset.")] = "train",
        rejects: Annotated[
            Path | None,
            typer.Option(help="Where unreadable lines go (JSONL: file, line, error). [default: OUT.rejects.jsonl]"),
        ] = None,
        strict: Annotated[
            bool, typer.Option("--strict", help="Stop at the first malformed line instead of setting it aside.")
        ] = False,
    ) -> None:
        """Grade each response against its gold answer; write predicted_answer, verdict and verifier.

        A malformed line (bad JSON, not UTF-8, a gold or response cell that is missing or not a string)
        goes to the rejects file with its file and line, and the other rows are graded.
        """
        from longcot.io import read_rows, write_jsonl, write_parquet
        from longcot.verify.processor import VerifyAnswers, VerifyAnswersConfig

        if output.suffix != ".parquet":
            raise ConfigError(
                f"--output must be a .parquet file, got {str(output)!r}",
                hint=f"use e.g. --output {output.with_suffix('.parquet')}",
            )
        config = VerifyAnswersConfig(keep="all", timeout=timeout, workers=workers)
        needed = (gold_column, response_column)
        frame, bad = read_rows(
            input, revision=revision, split=split, required=needed, string_columns=needed, strict=strict
        )
        rejects_path = rejects or output.with_name(output.stem + ".rejects.jsonl")
        console = Console(stderr=True)
        if bad:
            write_jsonl([r.to_dict() for r in bad], rejects_path)
        elif rejects_path.exists():
            rejects_path.unlink()  # from an earlier run of the same command
        if frame.height == 0 and bad and all(r.error.startswith("missing required column") for r in bad):
            _raise_missing_column(input, bad[0].raw, gold_column, response_column)
        if frame.height == 0:
            raise InputError(
                f"no line of {input!r} could be read"
                + (
                    f": all {len(bad):,} were rejected (see {rejects_path}; first: line {bad[0].line}: {bad[0].error})"
                    if bad
                    else ": it holds no rows"
                ),  # fmt: skip
                hint=f"check the file and --gold-column {gold_column} / --response-column {response_column}",
            )
        for column, flag in ((gold_column, "--gold-column"), (response_column, "--response-column")):
            if column not in frame.columns:
                raise SchemaError(
                    f"{input} has no column {column!r}; columns are: {', '.join(frame.columns) or '(none)'}",
                    hint=f"name the right column with {flag}, e.g. {flag} {_guess(frame.columns, flag)}",
                )
        # Grade a two-column view, then add the verdict columns to the rows as read (names unchanged).
        # Both are text here: the reader rejected any other type instead of stringifying it.
        view = frame.select(pl.col(gold_column).alias("gold_answer"), pl.col(response_column).alias("completion"))
        step = VerifyAnswers(config)
        try:
            step.setup()
            graded = step(view)
        finally:
            step.teardown()
        added = graded.select(VerifyAnswers.adds)
        verified = frame.drop(VerifyAnswers.adds, strict=False).hstack(added)
        write_parquet(verified, output)
        print_verdicts(
            verified, console=console, title=f"{input}: {verified.height:,} rows verified", gold_column=gold_column
        )
        console.print(f"wrote {output}", highlight=False)
        if bad:
            console.print(
                f"[yellow]warning:[/] {len(bad):,} malformed line(s) not graded, set aside in "
                + escape(f"{rejects_path} (first: {bad[0].file}:{bad[0].line}: {bad[0].error})"),
                highlight=False,
            )
