"""`longcot verify INPUT --output OUT`: grade every row and write the verdicts to Parquet."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.console import Console
from rich.table import Table

from longcot.errors import ConfigError, SchemaError
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
    ) -> None:
        """Grade each response against its gold answer; write predicted_answer, verdict and verifier."""
        from longcot.io import read_frame, write_parquet
        from longcot.verify.processor import VerifyAnswers, VerifyAnswersConfig

        if output.suffix != ".parquet":
            raise ConfigError(
                f"--output must be a .parquet file, got {str(output)!r}",
                hint=f"use e.g. --output {output.with_suffix('.parquet')}",
            )
        config = VerifyAnswersConfig(keep="all", timeout=timeout, workers=workers)
        frame = read_frame(input, revision=revision, split=split)
        for column, flag in ((gold_column, "--gold-column"), (response_column, "--response-column")):
            if column not in frame.columns:
                raise SchemaError(
                    f"{input} has no column {column!r}; columns are: {', '.join(frame.columns) or '(none)'}",
                    hint=f"name the right column with {flag}, e.g. {flag} {_guess(frame.columns, flag)}",
                )
        # Grade a two-column view, then add the verdict columns to the rows as read (names unchanged).
        view = frame.select(
            pl.col(gold_column).cast(pl.String).alias("gold_answer"),
            pl.col(response_column).cast(pl.String).alias("completion"),
        )
        step = VerifyAnswers(config)
        try:
            step.setup()
            graded = step(view)
        finally:
            step.teardown()
        added = graded.select(VerifyAnswers.adds)
        verified = frame.drop(VerifyAnswers.adds, strict=False).hstack(added)
        write_parquet(verified, output)
        console = Console(stderr=True)
        print_verdicts(
            verified, console=console, title=f"{input}: {verified.height:,} rows verified", gold_column=gold_column
        )
        console.print(f"wrote {output}")
