"""What the curation steps share: the problem key, and schema checks that name the step to run first."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from longcot.errors import SchemaError


#: The step that produces each column a curation step may need (for "run `verify` first").
PRODUCERS: dict[str, str] = {
    "verdict": "verify",
    "pass_rate": "difficulty",
    "student_tokens": "student_length",
    "reasoning": "split_thinking",
    "completion": "split_thinking",
    "problem": "the input block (`columns: {problem: <column>}`)",
    "problem_id": "the input block (`columns: {problem_id: <column>}`)",
}


def require_from(batch: pl.DataFrame, columns: Mapping[str, str] | tuple[str, ...], *, step: str) -> None:
    """Raise a :class:`SchemaError` naming the column and the step that produces it when one is missing.

    Args:
        batch: The rows the step is about to read.
        columns: Column names, or `{column: producing step}` to override :data:`PRODUCERS`.
        step: The asking step's name.

    Raises:
        SchemaError: e.g. "difficulty needs `verdict`: run `verify` first".

    Example:
        >>> require_from(pl.DataFrame({"problem": ["x"]}), ("verdict",), step="difficulty")
        Traceback (most recent call last):
        ...
        longcot.errors.SchemaError: difficulty needs `verdict`: run `verify` first; columns are: problem
          hint: add a `{type: verify}` step before `difficulty`
    """
    shown = [c for c in batch.columns if not c.startswith("_lc_")]
    producers = dict(columns) if isinstance(columns, Mapping) else {c: PRODUCERS.get(c, "") for c in columns}
    for column, producer in producers.items():
        if column in batch.columns:
            continue
        first = f": run `{producer}` first" if producer and " " not in producer else ""
        hint = (
            f"add a `{{type: {producer}}}` step before `{step}`"
            if producer and " " not in producer
            else f"map a column of your data to it in {producer or 'the input block'}"
        )
        raise SchemaError(f"{step} needs `{column}`{first}; columns are: {', '.join(shown) or '(none)'}", hint=hint)


def problem_key(batch: pl.DataFrame, by: str = "auto") -> pl.Expr:
    """The expression that groups a problem's samples: `problem_id`, else the normalised problem text.

    Args:
        batch: The rows (to see which columns exist).
        by: `auto` (`problem_id` where present and non-null, else the text), `problem_id` or `problem`.

    Returns:
        A String expression; text keys are `t:` plus a 64-bit hash of the lower-cased, whitespace-collapsed
        problem (the normalisation of exact `dedup`).
    """
    if "problem" not in batch.columns:
        if by != "problem" and "problem_id" in batch.columns:
            return pl.col("problem_id").cast(pl.String).fill_null("")
        require_from(batch, ("problem",), step="grouping samples by problem")
    text = pl.lit("t:") + pl.col("problem").cast(pl.String).fill_null("").str.to_lowercase().str.replace_all(
        r"\s+", " "
    ).str.strip_chars().hash(seed=0).cast(pl.String)
    if by == "problem":
        return text
    if by == "problem_id" or (by == "auto" and "problem_id" in batch.columns):
        if by == "problem_id":
            require_from(batch, ("problem_id",), step="grouping by problem_id")
        return pl.coalesce(pl.col("problem_id").cast(pl.String), text)
    return text
