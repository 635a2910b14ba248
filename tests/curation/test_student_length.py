"""student_length: counts equal apply_chat_template's on every row, batched; bounds; bad tokenizers."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from longcot.curation.length import (
    StudentLength,
    StudentLengthConfig,
    _conversations,
    count_tokens,
    count_tokens_reference,
    load_tokenizer,
)
from longcot.errors import ConfigError, SchemaError
from longcot.records import DEFAULT_CONVERSATION, ConversationFormat


@pytest.fixture(scope="module")
def tokenizer(qwen_tokenizer_dir: Path):
    return load_tokenizer(str(qwen_tokenizer_dir))


ODD_ROWS = [
    {"problem": "1+1?", "reasoning": "one and one", "completion": r"\boxed{2}"},  # plain
    {"problem": "1+1?", "reasoning": None, "completion": r"\boxed{2}"},  # null reasoning: no think block
    {"problem": "1+1?", "reasoning": "", "completion": ""},  # empty strings
    {"problem": "", "reasoning": "x", "completion": None},  # empty problem, null completion
    {"problem": "Résumé naïve café — ∑ x² ≤ ∞ 😀", "reasoning": "日本語の推論", "completion": "答え"},  # unicode
    {"problem": "zero\u200bwidth\u00a0nbsp\ufeffbom", "reasoning": "a\r\nb\tc", "completion": "\x00nul"},  # oddities
    {"problem": "literal <|im_end|> in text", "reasoning": "<think>nested</think>", "completion": "<|endoftext|>"},
    {"problem": "e\u0301 combining vs é", "reasoning": "\U0001d4d0 math script", "completion": "ﬁ ligature"},
]


def test_counts_equal_reference_on_odd_rows(tokenizer) -> None:
    batch = pl.DataFrame(ODD_ROWS)
    conversations = _conversations(batch, DEFAULT_CONVERSATION)
    assert count_tokens(tokenizer, conversations) == count_tokens_reference(tokenizer, conversations)


def test_counts_equal_reference_on_every_real_row(tokenizer, shared_data: Path) -> None:
    rows = [json.loads(line) for line in (shared_data / "cot_skyt1_math500.jsonl").open()][:120]
    batch = pl.DataFrame(
        {
            "problem": [r["problem"] for r in rows],
            "reasoning": [r["reasoning"] for r in rows],
            "completion": [r["final_solution"] or r["generation"] for r in rows],
        }
    )
    conversations = _conversations(batch, DEFAULT_CONVERSATION)
    got = count_tokens(tokenizer, conversations)
    assert got == count_tokens_reference(tokenizer, conversations)
    assert min(got) > 30  # the template's default system prompt alone is ~20 tokens


def test_step_writes_student_tokens_and_drops_by_reason(qwen_tokenizer_dir: Path, tokenizer) -> None:
    batch = pl.DataFrame(ODD_ROWS + [{"problem": "long", "reasoning": "word " * 500, "completion": "done"}])
    reference = count_tokens_reference(tokenizer, _conversations(batch, DEFAULT_CONVERSATION))
    low, high = sorted(reference)[1], sorted(reference)[-2]
    step = StudentLength(StudentLengthConfig(tokenizer=str(qwen_tokenizer_dir), min=low, max=high))
    out = step(batch)
    assert out["student_tokens"].to_list() == [n for n in reference if low <= n <= high]
    assert step.stats.dropped == {
        "too_long": sum(n > high for n in reference),
        "too_short": sum(n < low for n in reference),
    }
    assert out.schema["student_tokens"] == pl.Int64


def test_conversation_format_is_counted(qwen_tokenizer_dir: Path, tokenizer) -> None:
    batch = pl.DataFrame(ODD_ROWS[:1])
    fmt = {"system_prompt": "Think step by step, then box the answer. " * 5}
    step = StudentLength(StudentLengthConfig(tokenizer=str(qwen_tokenizer_dir), conversation=fmt))
    expected = count_tokens_reference(tokenizer, _conversations(batch, ConversationFormat(**fmt)))
    assert step(batch)["student_tokens"].to_list() == expected
    assert expected != count_tokens_reference(tokenizer, _conversations(batch, DEFAULT_CONVERSATION))


def test_step_pickles_without_the_tokenizer(qwen_tokenizer_dir: Path) -> None:
    import pickle

    step = StudentLength(StudentLengthConfig(tokenizer=str(qwen_tokenizer_dir)))
    step.setup()
    clone = pickle.loads(pickle.dumps(step))
    assert clone._tokenizer is None
    assert (
        clone(pl.DataFrame(ODD_ROWS[:2]))["student_tokens"].to_list()
        == step(pl.DataFrame(ODD_ROWS[:2]))["student_tokens"].to_list()
    )


def test_missing_column_names_it_and_the_step_to_run() -> None:
    step = StudentLength(StudentLengthConfig(tokenizer="/nonexistent/tok"))
    with pytest.raises(SchemaError, match=r"student_length needs `completion`: run `split_thinking` first"):
        step(pl.DataFrame({"problem": ["x"]}))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: str(tmp / "missing"), r"tokenizer folder .*missing' does not exist"),  # no such folder
        (lambda tmp: str(tmp), r"has no tokenizer files \(needs one of tokenizer.json"),  # empty folder
    ],
)
def test_tokenizer_that_cannot_load_names_path_and_what_is_missing(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_tokenizer(make(tmp_path))


def test_tokenizer_without_chat_template(tmp_path: Path, qwen_tokenizer_dir: Path) -> None:
    import shutil

    folder = tmp_path / "tok"
    shutil.copytree(qwen_tokenizer_dir, folder)
    (folder / "chat_template.jinja").unlink()
    config = json.loads((folder / "tokenizer_config.json").read_text())
    config.pop("chat_template", None)
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    with pytest.raises(ConfigError, match="has no chat template"):
        load_tokenizer(str(folder))


def test_broken_tokenizer_file_names_the_folder(tmp_path: Path) -> None:
    (tmp_path / "tokenizer.json").write_text("{not json")
    with pytest.raises(ConfigError, match=r"cannot load a tokenizer from folder"):
        load_tokenizer(str(tmp_path))


def test_hub_id_offline_says_so() -> None:
    with pytest.raises(ConfigError, match=r"cannot load a tokenizer from Hub id 'no-such-org/no-such-model'"):
        load_tokenizer("no-such-org/no-such-model")


@pytest.mark.parametrize(
    "options",
    [{"tokenizer": ""}, {"tokenizer": "x", "min": 10, "max": 5}, {"tokenizer": "x", "conversation": {"bad": 1}}],
)
def test_bad_options(options: dict) -> None:
    with pytest.raises(ConfigError):
        StudentLength.from_config(options, where="test")
