"""`longcot stats INPUT [--out DIR]`: the numbers and plots of a curated set (tables on stderr, PNGs for a card)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add the `stats` command to the `longcot` app.

    Args:
        app: The root typer app.
    """

    @app.command("stats")
    def stats_cmd(
        input: Annotated[
            str, typer.Argument(help="A run output folder, a Parquet/JSONL file or folder, or a dataset.")
        ],
        out: Annotated[
            Path | None,
            typer.Option("--out", help="Folder for stats.json and the PNG plots (student_tokens, pass_rate, ...)."),
        ] = None,
        json_out: Annotated[bool, typer.Option("--json", help="Print the stats as JSON on stdout.")] = False,
    ) -> None:
        """Histograms of student tokens and pass rate, per-subject and per-teacher counts: tables and PNGs."""
        from longcot.curation.stats import compute_stats, render_stats, write_plots
        from longcot.errors import InputError
        from longcot.io import read_frame

        console = Console(stderr=True)
        target = Path(input)
        data = target / "data" if target.is_dir() and (target / "pipeline.json").exists() else target
        if data != target and not any(data.glob("*.parquet")):
            raise InputError(f"run folder {input!r} has no shard in data/ yet", hint=f"run `longcot inspect {input}`")
        frame = read_frame(str(data) if data.exists() else input, strict=False)
        stats = compute_stats(frame)
        render_stats(stats, console=console, title=input)
        if out is not None:
            plots = write_plots(frame, out)
            (out / "stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
            console.print(
                f"wrote {out / 'stats.json'} and {len(plots)} plot(s): " + ", ".join(p.name for p in plots.values())
            )
        if json_out:
            print(json.dumps(stats, indent=2, ensure_ascii=False))
