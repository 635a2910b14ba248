"""The decontaminate step in executor workers: what it was built with travels with it."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import polars as pl
import pytest

from longcot.contamination import Decontaminate, DecontaminateConfig


def test_benchmarks_dir_is_read_where_the_step_is_built(monkeypatch: pytest.MonkeyPatch, shared_data: Path) -> None:
    # A worker forked from a forkserver started earlier does not see later environment changes.
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    step = Decontaminate(DecontaminateConfig(benchmarks=("aime2024",)))
    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR")
    clone = pickle.loads(pickle.dumps(step))
    problem = (shared_data / "aime_2024.jsonl").read_text().splitlines()[0]
    out = clone(pl.DataFrame({"problem": [json.loads(problem)["problem"], "What is 1 + 1?"]}))
    assert out["problem"].to_list() == ["What is 1 + 1?"]
    assert clone.stats.dropped == {"aime2024": 1}


def test_batch_tokenize_equals_tokenize_on_shared_texts(shared_data: Path) -> None:
    """The polars batch tokeniser gives the per-text tokens for every text (other scripts through `tokenize`)."""
    from longcot.contamination.normalize import batch_tokenize, tokenize

    texts = [json.loads(line)["problem"] for name in ("aime_1983_2023.jsonl", "math500.jsonl", "amc_2023.jsonl")
             for line in (shared_data / name).read_text().splitlines()]  # fmt: skip
    texts += [r"\frac12", r"x\dfrac 345\tfrac1{2}"]
    texts += [r"\pi\pi\pi", r"\sqrtx", "1{,}000", "1,0000", "[asy]draw((0,0));[/asy] x", "x² + y²", "１２３", "İ", ""]
    batch = batch_tokenize(texts)
    assert batch == [tokenize(t) for t in texts]  # every text, the ones the regexes cannot do through `tokenize`


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (r"\pi\pi\pi", ["pi", "pi", "pi"]),  # kept commands side by side
        (r"\sqrtx \sqrt2", ["sqrt", "2"]),  # `sqrtx` is no kept name: a layout command, dropped
        (r"\piα", ["pi"]),  # a kept name, then a letter no [a-z]: one word, folded
        (r"\alphaβx", ["x"]),  # a layout command goes, the Greek-led word stays (folded)
        (r"\sinα2", ["sin", "2"]),
        (r"\\frac12 a\b \ldots\cdots", ["1", "2", "a", "ldots", "cdots"]),
        (r"\Pi \SQRT{2}", ["pi", "sqrt", "2"]),
        ("Möbius ⁿ ℒ 3, İ", ["mobius", "n", "l", "3", "i"]),  # other scripts: through `tokenize`
        ("200,240,and 300", ["200240", "and", "300"]),
    ],
)
def test_batch_tokenize_edges(text: str, tokens: list[str]) -> None:
    from longcot.contamination.normalize import batch_tokenize, tokenize

    assert tokenize(text) == tokens
    # In a batch with plain rows, LaTeX and None: the same tokens, in the right rows.
    batch = batch_tokenize(["plain 1", text, None, r"\frac{1}{2}", text])
    assert batch == [["plain", "1"], tokens, None, ["1", "2"], tokens]
