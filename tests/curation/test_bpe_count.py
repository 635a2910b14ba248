"""The tiktoken counter: the same count as the Rust tokenizer on every text, and a fallback where it cannot be."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from longcot.curation.bpe_count import NotConvertible, tiktoken_counter
from longcot.curation.length import (
    StudentLength,
    StudentLengthConfig,
    _conversations,
    count_tokens,
    count_tokens_reference,
    exact_counter,
    load_tokenizer,
)
from longcot.records import DEFAULT_CONVERSATION


pytest.importorskip("tiktoken")


@pytest.fixture(scope="module")
def tokenizer(qwen_tokenizer_dir: Path):
    return load_tokenizer(str(qwen_tokenizer_dir))


@pytest.fixture(scope="module")
def counter(tokenizer):
    return tiktoken_counter(tokenizer)


def hf_counts(tokenizer, texts: list[str]) -> list[int]:
    return [len(e) for e in tokenizer._tokenizer.encode_batch_fast(texts, add_special_tokens=False)]


# Each row: a text the pre-tokenizer, the normalizer, the added-token split or the BPE could get wrong.
ODD_TEXTS = [
    "",
    "plain English, with 12345 digits and 3.14159.",
    "日本語の推論と中文的推理，한국어 추론",  # CJK, Hangul
    "😀👍🏽👨‍👩‍👧‍👦🏳️‍🌈 emoji: skin tone, ZWJ families, flags 🇫🇷",
    "e\u0301 combining vs é; \u212b angstrom sign; \u1100\u1161\u11a8 jamo; \u0071\u0307\u0323 reordered marks",
    "<|im_end|>\u0338",  # NFC would fuse `>` + U+0338 into `≯`; the raw special-token split happens first
    "\u0338<|im_start|>\u0301",
    " " * 5000,  # a long whitespace run (Qwen has tokens for runs of spaces)
    "\n \n\t\t  \r\n\r\n   \u3000\u00a0 \u2028\u2029 x   \n\n\n\n",
    "a" * 10000,
    "9" * 3000,
    "!!!!!!!!!!........,,,,,,;;;;::::" * 50,
    "https://example.com/" + "aB3+/=" * 500,
    "literal <|im_end|> and <|endoftext|> inside content, <|im_start|>user",
    "partial <|im_end and <|im_end|>|> and <<|im_start|>> and <|IM_END|>",
    "<think></think>\n\n<think>\n\n</think>",
    "It'S 'LL 'Ve 're \u017f'\u017f \u212a kelvin 'ſ",  # case-insensitive contractions, long s, Kelvin sign
    "zero\u200bwidth\u00a0nbsp\ufeffbom\x00nul\x07bell\x1b[0m\x7f",
    "\ue000\U000f0000 private use, \U0001d4d0\U0001d552 math letters, \ufb01 ligature, \u00bd\u2155 fractions",
    "١٢٣ Arabic-Indic digits, ໑໒ Lao, 𝟘𝟙 math digits, Ⅻ roman",
    "mixed\u0301\u0302\u0303\u0304\u0305\u0306\u0307 stacked marks" * 20,
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_count_equals_the_rust_tokenizer(tokenizer, counter, text: str) -> None:
    assert counter.exact_for(text)
    assert counter.count([text]) == hf_counts(tokenizer, [text])


def test_normalizing_before_the_special_split_would_be_wrong(tokenizer, counter) -> None:
    # The row above that makes this test able to fail: NFC over the whole text loses the special token.
    text = "<|im_end|>\u0338"
    naive = counter.encoding.encode(unicodedata.normalize("NFC", text), allowed_special="all")
    assert len(naive) != hf_counts(tokenizer, [text])[0] == counter.count([text])[0]


def test_code_points_in_context(tokenizer, counter) -> None:
    # Every code point below U+3000 and every 97th beyond, each inside letters, digits, spaces, quotes,
    # newlines and combining marks (`python bench/curation_bench.py --part codepoints` runs all of them).
    points = [*range(0x3000), *range(0x3000, 0x110000, 97)]
    texts = [
        f"a{c}b {c}{c}{c} 1{c}2 '{c}s x\n{c}\n {c}  é{c}\u0301{c}"
        for c in map(chr, points)
        if not 0xD800 <= ord(c) <= 0xDFFF
    ]
    texts = [t for t in texts if counter.exact_for(t)]
    assert len(texts) > 14000  # unassigned ones are left to the test below
    got, want = counter.count(texts), hf_counts(tokenizer, texts)
    assert [t for t, a, b in zip(texts, got, want, strict=True) if a != b] == []


def test_unknown_code_points_go_to_the_rust_tokenizer(tokenizer) -> None:
    # U+0378 is unassigned; U+1FAE8 (Unicode 15) and U+2EBF0 (CJK ext. I, Unicode 15.1) postdate Python 3.11's
    # tables: such a row is counted by the Rust tokenizer, whose tables may be newer.
    unknown = [c for c in ("\u0378", "\U0001fae8", "\U0002ebf0") if unicodedata.category(c) == "Cn"]
    assert unknown
    batch = pl.DataFrame([{"problem": f"odd {c}", "reasoning": "r", "completion": "c"} for c in unknown + ["x"]])
    conversations = _conversations(batch, DEFAULT_CONVERSATION)
    tally: Counter[str] = Counter()
    assert count_tokens(tokenizer, conversations, tally=tally) == count_tokens_reference(tokenizer, conversations)
    assert tally == {"counted_tiktoken": 1, "counted_hf": len(unknown)}


def test_conversations_equal_apply_chat_template_on_real_rows(tokenizer, shared_data: Path) -> None:
    # (tests/curation/test_student_length.py counts 120 more real rows; the bench counts thousands)
    rows = [json.loads(line) for line in (shared_data / "cot_skyt1_aime24.jsonl").open()][:10]
    rows += [json.loads(line) for line in (shared_data / "cot_skyt1_math500.jsonl").open()][-20:]
    batch = pl.DataFrame(
        {
            "problem": [r["problem"] for r in rows] + [t for t in ODD_TEXTS],
            "reasoning": [r["reasoning"] for r in rows] + ["" for _ in ODD_TEXTS],  # empty reasoning: no think
            "completion": [r["final_solution"] or r["generation"] for r in rows] + ODD_TEXTS[::-1],
        }
    )
    conversations = _conversations(batch, DEFAULT_CONVERSATION)
    tally: Counter[str] = Counter()
    assert count_tokens(tokenizer, conversations, tally=tally) == count_tokens_reference(tokenizer, conversations)
    assert tally == {"counted_tiktoken": batch.height}
    assert count_tokens(tokenizer, conversations, counter="hf") == count_tokens(tokenizer, conversations)


def test_the_step_says_which_counter_ran(qwen_tokenizer_dir: Path) -> None:
    step = StudentLength(StudentLengthConfig(tokenizer=str(qwen_tokenizer_dir)))
    step(pl.DataFrame([{"problem": "1+1?", "reasoning": "two", "completion": r"\boxed{2}"}] * 3))
    assert step.stats.flagged == {"counted_tiktoken": 3}
    assert exact_counter(step._tokenizer)[1] == "tiktoken"


@pytest.fixture(scope="module")
def small_spec(tokenizer) -> dict:
    """Qwen2.5's tokenizer.json cut to its first 3,000 tokens and their merges: a small byte-level BPE."""
    spec = json.loads(tokenizer._tokenizer.to_str())
    size = 3000
    spec["model"]["vocab"] = {t: i for t, i in spec["model"]["vocab"].items() if i < size}
    spec["model"]["merges"] = spec["model"]["merges"][: size - 256]
    for k, added in enumerate(spec["added_tokens"]):
        added["id"] = size + k
    return spec


def _variant(tokenizer, spec: dict, edit):
    """A fast tokenizer built from `spec` edited, with the chat template of `tokenizer`."""
    import copy

    from tokenizers import Tokenizer
    from transformers import PreTrainedTokenizerFast

    spec = copy.deepcopy(spec)
    edit(spec)
    variant = PreTrainedTokenizerFast(tokenizer_object=Tokenizer.from_str(json.dumps(spec)))
    variant.chat_template = tokenizer.chat_template
    return variant


def test_a_smaller_vocabulary_converts_and_counts_exactly(tokenizer, small_spec) -> None:
    small = _variant(tokenizer, small_spec, lambda s: None)
    assert exact_counter(small)[1] == "tiktoken"
    batch = pl.DataFrame({"problem": ODD_TEXTS, "completion": ODD_TEXTS[::-1]})
    conversations = _conversations(batch, DEFAULT_CONVERSATION)
    assert count_tokens(small, conversations) == count_tokens_reference(small, conversations)
    assert sum(count_tokens(small, conversations)) > sum(count_tokens(tokenizer, conversations))  # fewer merges


def _swap_merges(spec) -> None:
    merges = spec["model"]["merges"]
    merges[1000], merges[1001] = merges[1001], merges[1000]


def _orphan_token(spec) -> None:
    vocab = spec["model"]["vocab"]
    last = max(vocab, key=vocab.get)
    vocab["zqxj"] = vocab.pop(last)  # no merge makes it
    spec["model"]["merges"].pop()


def _lstrip(spec) -> None:
    spec["added_tokens"][0]["lstrip"] = True


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (_swap_merges, r"merge .* does not follow the token ids"),
        (_orphan_token, r"token 'zqxj' is not reachable by the merges"),
        (lambda s: s.update(normalizer={"type": "NFKC"}), r"normalizer 'NFKC'"),
        (lambda s: s.update(pre_tokenizer={"type": "Metaspace", "replacement": "▁"}), r"pre-tokenizer 'Metaspace'"),
        (
            lambda s: s.update(
                pre_tokenizer={"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True}
            ),
            r"adds a prefix space",
        ),
        (lambda s: s["model"].update(dropout=0.1), r"dropout"),
        (_lstrip, r"single_word/lstrip/rstrip"),
    ],
    ids=["merge-order", "orphan-token", "nfkc", "metaspace", "prefix-space", "dropout", "lstrip"],
)
def test_tokenizers_that_do_not_convert_fall_back_and_still_count_exactly(
    tokenizer, small_spec, edit, reason: str
) -> None:
    variant = _variant(tokenizer, small_spec, edit)
    with pytest.raises(NotConvertible, match=reason):
        tiktoken_counter(variant)
    conversations = _conversations(
        pl.DataFrame({"problem": ODD_TEXTS[:6], "completion": ODD_TEXTS[6:12]}), DEFAULT_CONVERSATION
    )
    tally: Counter[str] = Counter()
    if reason != "dropout":  # dropout makes the Rust tokenizer itself random
        assert count_tokens(variant, conversations, tally=tally) == count_tokens_reference(variant, conversations)
        assert tally == {"counted_hf": 6}
    assert exact_counter(variant)[1].startswith("hf: ")


def test_split_special_tokens_falls_back(tokenizer, small_spec) -> None:
    variant = _variant(tokenizer, small_spec, lambda s: None)
    variant.split_special_tokens = True
    with pytest.raises(NotConvertible, match="split_special_tokens"):
        tiktoken_counter(variant)
