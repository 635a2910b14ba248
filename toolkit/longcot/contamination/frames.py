"""Rows in: turn what the user passes into a polars frame, find its text columns and row ids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from longcot.errors import InputError, SchemaError
from longcot.records import TEXT_COLUMNS


#: Columns tried, in order, for a row id.
ID_COLUMNS: tuple[str, ...] = ("problem_id", "id", "request_key")
#: Other common names of free-text columns in public datasets (checked when present).
EXTRA_TEXT_COLUMNS: tuple[str, ...] = (
    "question",
    "prompt",
    "solution",
    "response",
    "generation",
    "text",
    "answer_text",
)


def as_frame(rows: Any) -> pl.DataFrame:
    """A polars frame from a DataFrame, a list of dicts, or a list of strings (one `text` column).

    Raises:
        InputError: `rows` is none of those.
    """
    if isinstance(rows, pl.DataFrame):
        return rows
    if isinstance(rows, Sequence) and not isinstance(rows, str):
        if not rows:
            return pl.DataFrame({"text": []}, schema={"text": pl.String})
        if all(isinstance(r, str) or r is None for r in rows):
            return pl.DataFrame({"text": list(rows)}, schema={"text": pl.String})
        if all(isinstance(r, dict) for r in rows):
            return pl.DataFrame(list(rows), infer_schema_length=None)
    raise InputError(
        f"cannot check rows of type {type(rows).__name__}",
        hint="pass a polars DataFrame, a list of dicts or a list of strings",
    )


def detect_text_columns(frame: pl.DataFrame) -> list[str]:
    """The text columns to check: the schema's (`problem`, `reasoning`, `completion`), then common others.

    Raises:
        SchemaError: The frame has no string column of a known name; the message lists its columns.
    """
    strings = {name for name, dtype in frame.schema.items() if dtype in (pl.String, pl.Null)}
    found = [c for c in (*TEXT_COLUMNS, *EXTRA_TEXT_COLUMNS) if c in strings]
    if not found:
        raise SchemaError(
            f"no text column to check; columns are: {', '.join(frame.columns) or '(none)'}",
            hint="name them with `--columns problem,reasoning,completion` (string columns)",
        )
    return found


def require_text_columns(frame: pl.DataFrame, columns: Sequence[str]) -> None:
    """Check that every column exists and holds strings.

    Raises:
        SchemaError: A column is missing or not a string column; names it and lists the columns present.
    """
    for name in columns:
        if name not in frame.columns:
            raise SchemaError(
                f"column {name!r} not found; columns are: {', '.join(frame.columns) or '(none)'}",
                hint="pick text columns with `--columns`, e.g. `--columns problem,completion`",
            )
        if frame.schema[name] not in (pl.String, pl.Null):
            raise SchemaError(
                f"column {name!r} holds {frame.schema[name]}, not text",
                hint="pick text columns with `--columns`",
            )


def id_values(frame: pl.DataFrame, id_column: str | None = None) -> list[Any] | None:
    """Row ids from `id_column`, or from the first of :data:`ID_COLUMNS` present; None when there is none.

    Raises:
        SchemaError: `id_column` is given and missing.
    """
    if id_column is not None:
        if id_column not in frame.columns:
            raise SchemaError(f"id column {id_column!r} not found; columns are: {', '.join(frame.columns)}")
        return frame[id_column].to_list()
    for name in ID_COLUMNS:
        if name in frame.columns:
            return frame[name].to_list()
    return None
