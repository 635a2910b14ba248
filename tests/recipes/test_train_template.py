"""The shipped Qwen2.5 training template: same text as the stock template, loss on exactly the assistant turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from longcot.records import training_messages


transformers = pytest.importorskip("transformers")

TRAIN_TEMPLATE = Path(__file__).resolve().parents[2] / "recipes" / "templates" / "qwen2.5-train.jinja"


CASES = [
    pytest.param(training_messages("What is $1+1$?", "One and one make two.", r"\boxed{2}"), id="reasoning"),
    pytest.param(training_messages("What is $2+2$?", None, r"So \boxed{4}."), id="no-reasoning"),
    pytest.param(
        [{"role": "system", "content": "Think first."}, *training_messages("Find $x$.", "x is 3.\n\nDone.", "$3$")],
        id="system",
    ),
    pytest.param(
        [
            *training_messages("First?", "a", "1"),
            *training_messages("Second?", "b\n</think> in text", r"\boxed{2}"),
        ],
        id="two-turns",
    ),
]


@pytest.fixture(scope="module")
def tokenizer(qwen_tokenizer_dir: Path):  # type: ignore[no-untyped-def]
    return transformers.AutoTokenizer.from_pretrained(str(qwen_tokenizer_dir))


@pytest.mark.parametrize("messages", CASES)
def test_training_template_renders_the_stock_text(tokenizer, messages: list[dict]) -> None:  # type: ignore[no-untyped-def]
    stock = tokenizer.apply_chat_template(messages, tokenize=False)
    train = tokenizer.apply_chat_template(messages, tokenize=False, chat_template=TRAIN_TEMPLATE.read_text())
    assert train == stock


@pytest.mark.parametrize("messages", CASES)
def test_assistant_mask_covers_exactly_the_assistant_turns(tokenizer, messages: list[dict]) -> None:  # type: ignore[no-untyped-def]
    out = tokenizer.apply_chat_template(
        messages,
        chat_template=TRAIN_TEMPLATE.read_text(),
        tokenize=True,
        return_dict=True,
        return_assistant_tokens_mask=True,
    )
    ids, mask = out["input_ids"], out["assistant_masks"]
    assert len(ids) == len(mask)
    # The masked tokens, run by run, decode to each assistant turn's content plus <|im_end|>, nothing else.
    runs, current = [], []
    for token, bit in zip(ids, mask):
        if bit:
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    expected = [m["content"] + "<|im_end|>" for m in messages if m["role"] == "assistant"]
    assert [tokenizer.decode(run) for run in runs] == expected
    # <think>...</think> is in the loss (open-r1 #585: the R1-distill template drops it).
    if "<think>" in expected[0]:
        assert tokenizer.decode(runs[0]).startswith("<think>\n")
    # The stop token is trained: every run ends with <|im_end|>.
    assert all(run[-1] == tokenizer.convert_tokens_to_ids("<|im_end|>") for run in runs)
    # The prompt side (system, user, the assistant header) is not.
    header = tokenizer.encode("<|im_start|>assistant\n")
    first = mask.index(1)
    assert ids[first - len(header) : first] == header


def test_trl_accepts_the_template_as_is(tokenizer) -> None:  # type: ignore[no-untyped-def]
    """TRL swaps in its own template only when the markers are missing; it must keep ours and train the stop token."""
    from trl.chat_template_utils import has_generation_markers, is_chat_template_stop_token_trained

    template = TRAIN_TEMPLATE.read_text()
    assert has_generation_markers(template)
    tokenizer.chat_template = template
    assert is_chat_template_stop_token_trained(tokenizer)
