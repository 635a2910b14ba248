"""Statistics of a curated set, as numbers (for cards and manifests), rich tables and PNG plots.

:func:`compute_stats` gives the numbers, :func:`write_plots` the histograms of student tokens and pass
rate and the per-subject and per-teacher counts as PNG files a data card embeds (matplotlib, Agg
backend, no timestamp in the file, so the same data gives the same bytes), and :func:`render_stats`
prints the tables `longcot stats` shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from longcot.curation.common import problem_key


def _summary(series: pl.Series) -> dict[str, Any]:
    values = series.drop_nulls()
    if values.len() == 0:
        return {"count": 0}
    return {
        "count": int(values.len()),
        "min": float(values.min()),  # type: ignore[arg-type]
        "p50": float(values.quantile(0.5, "nearest")),  # type: ignore[arg-type]
        "mean": round(float(values.mean()), 4),  # type: ignore[arg-type]
        "p90": float(values.quantile(0.9, "nearest")),  # type: ignore[arg-type]
        "p99": float(values.quantile(0.99, "nearest")),  # type: ignore[arg-type]
        "max": float(values.max()),  # type: ignore[arg-type]
        "sum": float(values.sum()),
    }


def _counts(frame: pl.DataFrame, column: str) -> dict[str, int]:
    if column not in frame.columns:
        return {}
    counts = (
        frame.group_by(pl.col(column).cast(pl.String).fill_null("(none)").alias("v"))
        .len()
        .sort(["len", "v"], descending=[True, False])
    )
    return {str(v): int(n) for v, n in counts.iter_rows()}


def _problem_rates(frame: pl.DataFrame) -> pl.Series:
    if "pass_rate" not in frame.columns:
        return pl.Series("pass_rate", [], dtype=pl.Float64)
    if "problem" not in frame.columns and "problem_id" not in frame.columns:
        return frame["pass_rate"].cast(pl.Float64)
    per_problem = frame.group_by(problem_key(frame).alias("k")).agg(pl.col("pass_rate").cast(pl.Float64).first())
    return per_problem["pass_rate"]


def compute_stats(frame: pl.DataFrame) -> dict[str, Any]:
    """The numbers of a curated set: rows, problems, student tokens, pass rates, and counts by column.

    Args:
        frame: Rows of a run's output (any subset of the row schema).

    Returns:
        A JSON-ready dict: `rows`, `problems`, `student_tokens` and `pass_rate` summaries (count, min,
        p50, mean, p90, p99, max, sum; pass rates one per problem), and `subjects`, `teachers`,
        `sources`, `verdicts`, `quality_flags` counts (sorted by count). Keys for absent columns are empty.

    Example:
        >>> stats = compute_stats(pl.DataFrame({"problem": ["a", "a", "b"], "student_tokens": [10, 30, 20]}))
        >>> stats["rows"], stats["problems"], stats["student_tokens"]["p50"]
        (3, 2, 20.0)
    """
    has_problem = "problem" in frame.columns or "problem_id" in frame.columns
    problems = frame.select(problem_key(frame).n_unique()).item() if has_problem and frame.height else 0
    tokens = frame["student_tokens"] if "student_tokens" in frame.columns else pl.Series([], dtype=pl.Int64)
    flags: dict[str, int] = {}
    if "quality_flags" in frame.columns:
        exploded = frame["quality_flags"].explode().drop_nulls()
        flags = {str(k): int(v) for k, v in exploded.value_counts(sort=True).iter_rows()} if exploded.len() else {}
    return {
        "rows": frame.height,
        "problems": int(problems),
        "student_tokens": _summary(tokens.cast(pl.Float64)),
        "pass_rate": _summary(_problem_rates(frame)),
        "subjects": _counts(frame, "subject"),
        "teachers": _counts(frame, "teacher"),
        "sources": _counts(frame, "source"),
        "verdicts": _counts(frame, "verdict"),
        "quality_flags": flags,
    }


def _figure(title: str) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 3.6), dpi=100)
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _save(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, format="png", metadata={"Software": None})  # no version/date: same data, same bytes
    plt.close(fig)
    return path


def _bars(counts: dict[str, int], title: str, path: Path, *, top: int = 20) -> Path:
    items = list(counts.items())[:top]
    fig, ax = _figure(title + (f" (top {top} of {len(counts)})" if len(counts) > top else ""))
    labels = [k if len(k) <= 40 else k[:39] + "…" for k, _ in items][::-1]
    ax.barh(labels, [v for _, v in items][::-1], color="#4C72B0")
    ax.set_xlabel("rows")
    return _save(fig, path)


def write_plots(frame: pl.DataFrame, out_dir: str | Path) -> dict[str, Path]:
    """Write PNG plots of a curated set to `out_dir` for a data card; one per column the rows have.

    Args:
        frame: Rows of a run's output.
        out_dir: Folder for the PNGs (created if needed).

    Returns:
        `{name: path}` for the plots written: `student_tokens` (histogram), `pass_rate` (histogram, one
        value per problem), `subjects` and `teachers` (row counts); a plot whose column is absent or
        empty is left out.

    Example:
        >>> import tempfile
        >>> sorted(write_plots(pl.DataFrame({"student_tokens": [10, 20, 30]}), tempfile.mkdtemp()))
        ['student_tokens']
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    if "student_tokens" in frame.columns and frame["student_tokens"].drop_nulls().len():
        tokens = frame["student_tokens"].drop_nulls().to_numpy()
        fig, ax = _figure(
            f"student tokens per sample (n={len(tokens):,}, median {int(sorted(tokens)[len(tokens) // 2]):,})"
        )
        ax.hist(tokens, bins=50, color="#4C72B0")
        ax.set_xlabel("tokens (training conversation, student's chat template)")
        ax.set_ylabel("samples")
        written["student_tokens"] = _save(fig, out / "student_tokens.png")
    rates = _problem_rates(frame).drop_nulls()
    if rates.len():
        fig, ax = _figure(f"pass rate per problem (n={rates.len():,})")
        ax.hist(rates.to_numpy(), bins=[i / 20 for i in range(21)], color="#55A868")
        ax.set_xlabel("pass rate (correct / judged samples)")
        ax.set_ylabel("problems")
        ax.set_xlim(0, 1)
        written["pass_rate"] = _save(fig, out / "pass_rate.png")
    for name, column in (("subjects", "subject"), ("teachers", "teacher")):
        counts = _counts(frame, column)
        if counts:
            written[name] = _bars(counts, f"samples per {column}", out / f"{name}.png")
    return written


def render_stats(stats: dict[str, Any], *, console: Any, title: str = "stats") -> None:
    """Print :func:`compute_stats` output as rich tables."""
    from rich.table import Table

    head = Table(title=f"{title}: {stats['rows']:,} rows, {stats['problems']:,} problems", title_justify="left")
    for column in ("", "count", "min", "p50", "mean", "p90", "p99", "max"):
        head.add_column(column, justify="left" if not column else "right")
    for name in ("student_tokens", "pass_rate"):
        s = stats[name]
        if not s.get("count"):
            head.add_row(name, "0", *["-"] * 6)
            continue
        fmt = (lambda v: f"{v:,.0f}") if name == "student_tokens" else (lambda v: f"{v:.3f}")
        head.add_row(name, f"{s['count']:,}", *(fmt(s[k]) for k in ("min", "p50", "mean", "p90", "p99", "max")))
    console.print(head)
    for name in ("subjects", "teachers", "sources", "verdicts", "quality_flags"):
        counts = stats[name]
        if not counts:
            continue
        table = Table(title=name, title_justify="left")
        table.add_column(name.rstrip("s"))
        table.add_column("rows", justify="right")
        table.add_column("share", justify="right")
        total = sum(counts.values()) or 1
        for key, n in list(counts.items())[:20]:
            table.add_row(key, f"{n:,}", f"{n / total:.1%}")
        if len(counts) > 20:
            table.add_row(f"… {len(counts) - 20} more", "", "")
        console.print(table)
