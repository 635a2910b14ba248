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
EXTRA_TEXT_COLUMNS: tuple[str, ...] = ("question", "prompt", "solution", "response", "generation", "text")
#: Chat columns (a list of `{role, content}` or ShareGPT `{from, value}` turns), checked as their joined text.
CHAT_COLUMNS: tuple[str, ...] = ("messages", "conversations")
_CHAT_FIELDS = ("content", "value")


def _chat_field(dtype: pl.DataType) -> str | None:
    """The text field of a chat column's turns, or None when `dtype` is not a list of turns."""
    if isinstance(dtype, pl.List) and isinstance(dtype.inner, pl.Struct):
        names = {f.name for f in dtype.inner.fields}
        return next((f for f in _CHAT_FIELDS if f in names), None)
    return None


def is_text_column(dtype: pl.DataType) -> bool:
    """Whether a column of this dtype can be checked: a string column or a chat column."""
    return dtype in (pl.String, pl.Null) or _chat_field(dtype) is not None


def column_texts(frame: pl.DataFrame, name: str) -> list[str | None]:
    """The texts of one column; the turns of a chat column are joined with blank lines.

    Evidence spans of a chat column point into that joined text.
    """
    field = _chat_field(frame.schema[name])
    if field is None:
        return frame[name].cast(pl.String).to_list()
    joined = frame.select(pl.col(name).list.eval(pl.element().struct.field(field)).list.join("\n\n"))
    return joined.to_series().to_list()


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
    """The text columns to check: the schema's (`problem`, `reasoning`, `completion`), common others, chats.

    Raises:
        SchemaError: The frame has no string column of a known name; the message lists its columns.
    """
    strings = {name for name, dtype in frame.schema.items() if is_text_column(dtype)}
    found = [c for c in (*TEXT_COLUMNS, *EXTRA_TEXT_COLUMNS, *CHAT_COLUMNS) if c in strings]
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
        if not is_text_column(frame.schema[name]):
            raise SchemaError(
                f"column {name!r} holds {frame.schema[name]}, not text (nor a list of chat turns)",
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
