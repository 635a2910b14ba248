"""Prices and costs: the package's price table per model, overridable per teacher.

The table (`longcot/data/teacher_prices.yaml`) gives USD per million input and output tokens per
provider and model family, matched by the longest prefix of the model name; reasoning and thinking
tokens bill as output tokens (OpenAI and Anthropic both count them in the output total). Local
backends (`vllm`, `transformers`) cost nothing. A teacher's `price_input` / `price_output` params
override the table, which is how a model the table lacks gets a price.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from longcot.teachers.spec import TeacherSpec


@dataclass(frozen=True)
class Price:
    """USD per million tokens, and the share a Batch API request pays.

    Attributes:
        input: USD per million prompt tokens.
        output: USD per million output tokens (reasoning included).
        batch_discount: Multiplier for batch requests. Defaults to 1.0.
        source: Where the price came from (`table:<prefix>`, `params`, `local`).
    """

    input: float
    output: float
    batch_discount: float = 1.0
    source: str = "table"

    def cost(self, prompt_tokens: int | None, output_tokens: int | None, *, batch: bool = False) -> float:
        """Dollars for one request.

        Example:
            >>> Price(input=1.0, output=4.0).cost(1_000_000, 500_000)
            3.0
        """
        usd = ((prompt_tokens or 0) * self.input + (output_tokens or 0) * self.output) / 1e6
        return usd * (self.batch_discount if batch else 1.0)


@lru_cache(maxsize=1)
def price_table() -> dict[str, Any]:
    """The packaged price table, parsed once."""
    text = resources.files("longcot").joinpath("data/teacher_prices.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def price_for(teacher: TeacherSpec) -> Price | None:
    """The price of a teacher: its params, else the table, else None (unknown model).

    Example:
        >>> from longcot.teachers.spec import parse_teacher
        >>> price_for(parse_teacher("openai:gpt-4o-mini-2024-07-18")).output
        0.6
        >>> price_for(parse_teacher("openai:gpt-4o,price_input=1,price_output=2")).source
        'params'
    """
    table = price_table().get(teacher.provider, {})
    discount = float(table.get("batch_discount", 1.0))
    if teacher.provider in ("vllm", "transformers"):
        return Price(0.0, 0.0, 1.0, source="local")
    call = teacher.call
    if call.get("price_input") is not None or call.get("price_output") is not None:
        return Price(float(call.get("price_input") or 0.0), float(call.get("price_output") or 0.0), discount, "params")
    models: dict[str, dict[str, float]] = table.get("models") or {}
    name = teacher.model.rsplit("/", 1)[-1]
    best = max((prefix for prefix in models if name.startswith(prefix)), key=len, default=None)
    if best is None:
        return None
    entry = models[best]
    return Price(float(entry["input"]), float(entry["output"]), discount, source=f"table:{best}")


def estimate_tokens(text: str) -> int:
    """A rough token count for text not yet sent (about 4 characters per token for English and LaTeX).

    Example:
        >>> estimate_tokens("x" * 400)
        100
    """
    return max(1, len(text) // 4)
