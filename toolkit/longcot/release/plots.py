"""The card's histograms: response length and difficulty, as PNG files in the release.

One function, :func:`card_plots`; when `longcot.curation.stats.write_plots` lands on main the card
should use it instead (same frame in, `{name: path}` out).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl


#: Length columns by preference: the student's tokens, then the teacher's, then characters.
LENGTH_COLUMNS = (
    ("student_tokens", "tokens (student tokenizer, chat template applied)"),
    ("completion_tokens", "completion tokens (teacher)"),
    ("assistant_chars", "characters in the assistant turn"),
)


def _hist(values: list[float], *, title: str, xlabel: str, path: Path, bins: int | list[float] = 40) -> Path:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.4, 3.6), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.hist(values, bins=bins, color="#3b75af", edgecolor="white", linewidth=0.5)
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel("rows")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png", metadata={"Software": None})
    return path


def card_plots(frame: pl.DataFrame, out_dir: str | Path) -> dict[str, Path]:
    """Write the length histogram and, when the rows carry one, the difficulty histogram.

    Args:
        frame: One row per released row, with any of `student_tokens`, `completion_tokens`,
            `assistant_chars` (length) and `pass_rate` or `level` (difficulty).
        out_dir: Folder for the PNG files (`length.png`, `difficulty.png`).

    Returns:
        `{name: path}` of the files written (`length`, `difficulty`).
    """
    out = Path(out_dir)
    written: dict[str, Path] = {}
    for column, label in LENGTH_COLUMNS:
        if column in frame.columns and frame[column].drop_nulls().len():
            values = frame[column].drop_nulls().cast(pl.Float64).to_list()
            written["length"] = _hist(values, title="Response length", xlabel=label, path=out / "length.png")
            break
    if "pass_rate" in frame.columns and frame["pass_rate"].drop_nulls().len():
        values = frame["pass_rate"].drop_nulls().cast(pl.Float64).to_list()
        written["difficulty"] = _hist(
            values, title="Difficulty", xlabel="teacher pass rate per problem", path=out / "difficulty.png",
            bins=[i / 20 for i in range(21)],
        )  # fmt: skip
    elif "level" in frame.columns and frame["level"].drop_nulls().len():
        levels = frame["level"].drop_nulls().cast(pl.String).str.extract(r"(\d+)").drop_nulls().cast(pl.Float64)
        if levels.len():
            written["difficulty"] = _hist(
                levels.to_list(), title="Difficulty", xlabel="level", path=out / "difficulty.png",
                bins=[x - 0.5 for x in range(int(levels.min()), int(levels.max()) + 2)],
            )  # fmt: skip
    return written
