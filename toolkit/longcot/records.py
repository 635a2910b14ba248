"""The row schema, declared once.

A row is one teacher sample for one problem (see the project's DESIGN.md). Column names are part of
the data contract: they appear in manifests and data cards, so they never change meaning. Every
processor declares the columns it needs (:func:`require_columns`) and the ones it adds; a missing or
mistyped column is a :class:`~longcot.errors.SchemaError` that names it and lists what is there.

Example:
    >>> import polars as pl
    >>> from longcot.records import require_columns
    >>> require_columns(pl.DataFrame({"problem": ["1+1?"]}), ["problem"], where="demo")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

import polars as pl

from longcot.errors import ConfigError, SchemaError


SAMPLING = pl.Struct(
    {
        "temperature": pl.Float64,
        "top_p": pl.Float64,
        "max_tokens": pl.Int64,
        "seed": pl.Int64,
        "reasoning_effort": pl.String,
        "thinking_budget": pl.Int64,
        "thinking": pl.String,  # Anthropic `thinking` when not a budget (e.g. "adaptive"), JSON if a mapping
        "reasoning_summary": pl.String,
        "params_json": pl.String,  # every request param, canonical JSON: nothing the request sent is lost
    }
)

CONTAMINATION_MATCH = pl.Struct(
    {
        "benchmark": pl.String,
        "item_id": pl.String,
        "method": pl.String,
        "score": pl.Float64,
        "column": pl.String,
        "evidence": pl.String,
    }
)

#: Every column a row may carry, with its polars dtype. Stages add columns; none renames them.
SCHEMA: dict[str, pl.DataType] = {
    # problem side
    "problem_id": pl.String(),
    "problem": pl.String(),
    "gold_answer": pl.String(),
    "source": pl.String(),  # dataset@revision
    "subject": pl.String(),
    "level": pl.String(),
    # sample side
    "teacher": pl.String(),  # provider:model
    "sample_index": pl.Int64(),
    "sampling": SAMPLING,
    "reasoning": pl.String(),
    "reasoning_source": pl.String(),  # native | summary | rewritten | absent
    "reasoning_redacted": pl.Int64(),  # redacted thinking blocks (Anthropic), content not readable
    "completion": pl.String(),
    "finish_reason": pl.String(),
    "prompt_tokens": pl.Int64(),
    "completion_tokens": pl.Int64(),
    "reasoning_tokens": pl.Int64(),
    "cost_usd": pl.Float64(),
    "latency_s": pl.Float64(),
    "request_key": pl.String(),
    # rewrite: the sample as it was before a teacher rewrote it
    "original_reasoning": pl.String(),
    "original_completion": pl.String(),
    "original_reasoning_source": pl.String(),
    "rewriter": pl.String(),  # provider:model that rewrote it
    # verification
    "predicted_answer": pl.String(),
    "verdict": pl.String(),  # correct | incorrect | no_answer | truncated | gold_unparseable | timeout
    "verifier": pl.String(),  # name@version, or judge:provider:model when an LLM judge decided
    "judge_verdict": pl.String(),  # what the LLM judge said, where it was asked
    # filters
    "student_tokens": pl.Int64(),
    "pass_rate": pl.Float64(),
    "quality_flags": pl.List(pl.String()),
    # contamination
    "contamination": pl.List(CONTAMINATION_MATCH),
    # release
    "messages": pl.List(pl.Struct({"role": pl.String, "content": pl.String})),
}

#: Columns that hold free text a model or a dataset wrote (checked for contamination, never eval'd).
TEXT_COLUMNS: tuple[str, ...] = ("problem", "reasoning", "completion")

#: Columns every row read from a problem source must have after column mapping.
PROBLEM_COLUMNS: tuple[str, ...] = ("problem",)

VERDICTS: tuple[str, ...] = ("correct", "incorrect", "no_answer", "truncated", "gold_unparseable", "timeout")

# Numeric dtypes are accepted where the schema has another numeric dtype (JSON has no int/float split).
_NUMERIC = (pl.Int8, pl.Int16, pl.Int32, pl.Int64, pl.UInt8, pl.UInt16, pl.UInt32, pl.UInt64, pl.Float32, pl.Float64)


def _compatible(actual: pl.DataType, expected: pl.DataType) -> bool:
    if actual == expected or actual == pl.Null:
        return True
    if isinstance(actual, _NUMERIC) and isinstance(expected, _NUMERIC):
        return True
    # Nested types are checked by their outer kind only; inner fields may grow over versions.
    return type(actual) is type(expected) and isinstance(expected, (pl.Struct, pl.List))


def require_columns(frame: pl.DataFrame, columns: Iterable[str], *, where: str) -> None:
    """Check that `frame` has `columns`, with the dtypes :data:`SCHEMA` declares for them.

    Args:
        frame: The batch a step is about to process.
        columns: Names the step needs.
        where: What is asking, for the message (a step name, or `file:line`).

    Raises:
        SchemaError: A column is missing or has the wrong dtype; the message names it and lists
            the columns present.

    Example:
        >>> import polars as pl
        >>> require_columns(pl.DataFrame({"completion": ["x"]}), ["gold_answer"], where="verify")
        Traceback (most recent call last):
        ...
        longcot.errors.SchemaError: verify needs column 'gold_answer', not found; columns are: completion
          hint: map a column of your data to it, e.g. `columns: {gold_answer: answer}` in the input block
    """
    present = frame.schema
    for name in columns:
        if name not in present:
            raise SchemaError(
                f"{where} needs column {name!r}, not found; columns are: {', '.join(present) or '(none)'}",
                hint=f"map a column of your data to it, e.g. `columns: {{{name}: answer}}` in the input block",
            )
        expected = SCHEMA.get(name)
        if expected is not None and not _compatible(present[name], expected):
            raise SchemaError(
                f"{where} needs column {name!r} of type {expected}, got {present[name]}",
                hint=f"cast {name!r} when reading, or map another column to it",
            )


def rename_columns(frame: pl.DataFrame, mapping: Mapping[str, str], *, where: str) -> pl.DataFrame:
    """Apply a `{schema_name: source_name}` column mapping (the YAML `columns:` block).

    Args:
        frame: Rows as read from the source.
        mapping: Schema column name → column name in the source.
        where: The source, for the error message.

    Returns:
        The frame with the mapped columns renamed to their schema names; other columns are kept.

    Raises:
        SchemaError: A mapped source column does not exist.

    Example:
        >>> import polars as pl
        >>> rename_columns(pl.DataFrame({"question": ["q"]}), {"problem": "question"}, where="demo").columns
        ['problem']
    """
    for target, source in mapping.items():
        if source not in frame.columns:
            raise SchemaError(
                f"column mapping {target}: {source} names a column {source!r} that {where} does not have; "
                f"columns are: {', '.join(frame.columns)}",
                hint="fix the `columns:` block of the input",
            )
    renames = {source: target for target, source in mapping.items() if source != target}
    # A target that already exists in the source is replaced by the mapped column.
    clash = [t for t in renames.values() if t in frame.columns and t not in renames]
    return frame.drop(clash).rename(renames)


# --- the training conversation -------------------------------------------------------------------


@dataclass(frozen=True)
class ConversationFormat:
    """How a row becomes the conversation a student is trained on: the one place to change it.

    Attributes:
        think_open: Text before the reasoning in the assistant turn. Defaults to `"<think>\\n"`.
        think_close: Text between the reasoning and the final solution. Defaults to `"\\n</think>\\n\\n"`.
        system_prompt: A system turn to prepend. Defaults to none: longcot adds no system prompt
            (a chat template may add its own default, and that is counted by `student_length`).
    """

    think_open: str = "<think>\n"
    think_close: str = "\n</think>\n\n"
    system_prompt: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ConversationFormat:
        """Build from a YAML mapping (`think_open`, `think_close`, `system_prompt`), rejecting unknown keys."""
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown conversation format key {unknown[0]!r}", hint=f"keys are: {', '.join(sorted(known))}"
            )
        for key, value in data.items():
            if value is not None and not isinstance(value, str):
                raise ConfigError(f"conversation format {key!r} must be a string, got {value!r}")
        return cls(**data)


DEFAULT_CONVERSATION = ConversationFormat()


def assistant_text(
    reasoning: str | None, completion: str | None, fmt: ConversationFormat = DEFAULT_CONVERSATION
) -> str:
    """The assistant turn: `<think>\\n{reasoning}\\n</think>\\n\\n{completion}`, or the completion alone.

    Example:
        >>> assistant_text("2+2 is 4.", "\\\\boxed{4}")
        '<think>\\n2+2 is 4.\\n</think>\\n\\n\\\\boxed{4}'
        >>> assistant_text(None, "\\\\boxed{4}")
        '\\\\boxed{4}'
    """
    completion = completion or ""
    if reasoning:
        return f"{fmt.think_open}{reasoning}{fmt.think_close}{completion}"
    return completion


def training_messages(
    problem: str, reasoning: str | None, completion: str | None, fmt: ConversationFormat = DEFAULT_CONVERSATION
) -> list[dict[str, str]]:
    """The conversation a student is trained on for one row: what `student_length` measures and SFT trains.

    Example:
        >>> training_messages("1+1?", None, "\\\\boxed{2}")
        [{'role': 'user', 'content': '1+1?'}, {'role': 'assistant', 'content': '\\\\boxed{2}'}]
    """
    messages = [] if fmt.system_prompt is None else [{"role": "system", "content": fmt.system_prompt}]
    messages.append({"role": "user", "content": problem})
    messages.append({"role": "assistant", "content": assistant_text(reasoning, completion, fmt)})
    return messages


def messages_expr(fmt: ConversationFormat = DEFAULT_CONVERSATION) -> pl.Expr:
    """The same conversation as a polars expression over `problem`, `reasoning` (optional) and `completion`.

    Vectorised (no Python per row) and equal to :func:`training_messages` row by row; the frame must
    have a `reasoning` column (add a null one when the data has none).

    Example:
        >>> import polars as pl
        >>> frame = pl.DataFrame({"problem": ["1+1?"], "reasoning": ["one and one"], "completion": ["2"]})
        >>> frame.select(messages_expr().alias("messages"))["messages"].to_list()[0][1]["content"]
        '<think>\\none and one\\n</think>\\n\\n2'
    """
    reasoning = pl.col("reasoning").cast(pl.String)
    completion = pl.col("completion").cast(pl.String).fill_null("")
    answer = (
        pl.when(reasoning.is_not_null() & (reasoning.str.len_chars() > 0))
        .then(pl.concat_str([pl.lit(fmt.think_open), reasoning, pl.lit(fmt.think_close), completion]))
        .otherwise(completion)
    )
    turns = []
    if fmt.system_prompt is not None:
        turns.append(pl.struct(pl.lit("system").alias("role"), pl.lit(fmt.system_prompt).alias("content")))
    turns.append(pl.struct(pl.lit("user").alias("role"), pl.col("problem").cast(pl.String).alias("content")))
    turns.append(pl.struct(pl.lit("assistant").alias("role"), answer.alias("content")))
    return pl.concat_list(turns)
