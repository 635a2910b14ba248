"""The one training conversation: the vectorised expression equals the per-row function on every row."""

from __future__ import annotations

import polars as pl
import pytest

from longcot.errors import ConfigError
from longcot.records import ConversationFormat, assistant_text, messages_expr, training_messages


ROWS = [
    ("1+1?", "one and one", "\\boxed{2}", "<think>\none and one\n</think>\n\n\\boxed{2}"),
    ("1+1?", None, "\\boxed{2}", "\\boxed{2}"),
    ("1+1?", "", "\\boxed{2}", "\\boxed{2}"),
    ("π?", "ünïcode 思考", None, "<think>\nünïcode 思考\n</think>\n\n"),
    ("q", None, None, ""),
]


@pytest.mark.parametrize(("problem", "reasoning", "completion", "expected"), ROWS)
def test_assistant_turn(problem: str, reasoning: str | None, completion: str | None, expected: str) -> None:
    assert assistant_text(reasoning, completion) == expected
    assert training_messages(problem, reasoning, completion) == [
        {"role": "user", "content": problem},
        {"role": "assistant", "content": expected},
    ]


@pytest.mark.parametrize("fmt", [ConversationFormat(), ConversationFormat("<t>", "</t>", "Think first.")])
def test_expression_equals_function(fmt: ConversationFormat) -> None:
    frame = pl.DataFrame(
        {"problem": [r[0] for r in ROWS], "reasoning": [r[1] for r in ROWS], "completion": [r[2] for r in ROWS]},
        schema={"problem": pl.String, "reasoning": pl.String, "completion": pl.String},
    )
    got = frame.select(messages_expr(fmt).alias("m"))["m"].to_list()
    assert got == [training_messages(p, r, c, fmt) for p, r, c, _ in ROWS]
    if fmt.system_prompt:
        assert got[0][0] == {"role": "system", "content": "Think first."}


def test_format_from_yaml_rejects_unknown_keys() -> None:
    assert ConversationFormat.from_dict({"system_prompt": "x"}).system_prompt == "x"
    with pytest.raises(ConfigError, match="think_opn"):
        ConversationFormat.from_dict({"think_opn": "<t>"})
    with pytest.raises(ConfigError, match="must be a string"):
        ConversationFormat.from_dict({"think_open": 3})
