"""The `transformers` teacher on CPU: a tiny random-weight Qwen2 from a config + the real Qwen2.5 tokenizer."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, sample_frame


torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def tiny_qwen(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """A folder `from_pretrained` loads: Qwen2.5's tokenizer files and a 2-layer random Qwen2 (offline)."""
    torch.set_num_threads(1)  # two threads on two shared cores run many times slower
    src = shared_data / "tokenizers" / "qwen2.5"
    tok = transformers.Qwen2Tokenizer.from_pretrained(src)
    tok.chat_template = (src / "chat_template.jinja").read_text()
    tok.add_special_tokens({"additional_special_tokens": ["<|im_start|>", "<|im_end|>"]})
    tok.add_tokens(["<think>", "</think>"])  # added, not special: decoding keeps them
    tok.eos_token = "<|im_end|>"
    folder = tmp_path_factory.mktemp("tiny-qwen")
    tok.save_pretrained(folder)
    config = transformers.Qwen2Config(
        vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=2,
        num_key_value_heads=1, tie_word_embeddings=True, eos_token_id=tok.eos_token_id, pad_token_id=tok.eos_token_id,
    )  # fmt: skip
    torch.manual_seed(0)
    transformers.Qwen2ForCausalLM(config).save_pretrained(folder)
    return folder


def test_transformers_teacher_samples_reproducibly_and_caches(tiny_qwen: Path, tmp_path: Path) -> None:
    teacher = parse_teacher(f"transformers:{tiny_qwen},max_tokens=12,temperature=0.8,seed=3,n=2")
    problems = pl.DataFrame({"problem_id": ["p1", "p2"], "problem": ["What is 1+1?", "What is 2+3?"],
                             "gold_answer": ["2", "5"]})  # fmt: skip
    config = SamplerConfig(teachers=(teacher,))
    with ResponseCache(tmp_path / "a.sqlite") as cache:
        frame, result = sample_frame(problems, config, cache)
    assert frame.height == 4 and result.complete
    assert frame.select("problem_id", "sample_index").is_unique().all()
    tok = transformers.AutoTokenizer.from_pretrained(tiny_qwen)
    for row in frame.iter_rows(named=True):
        prompt = tok.apply_chat_template(config.prompt.messages(row["problem"]), add_generation_prompt=True)
        prompt_ids = prompt["input_ids"] if hasattr(prompt, "keys") else prompt
        assert row["prompt_tokens"] == len(prompt_ids)  # exact counts, from the model's tokenizer
        assert 1 <= row["completion_tokens"] <= 12
        assert row["finish_reason"] in ("stop", "length")
        assert row["cost_usd"] == 0.0 and row["teacher"] == teacher.name
        assert row["sampling"]["temperature"] == 0.8 and row["sampling"]["seed"] == 3
    # samples differ by sample index (seeded per sample), and a fresh cache reproduces them exactly
    by_problem = frame.filter(pl.col("problem_id") == "p1")["completion"].to_list()
    assert by_problem[0] != by_problem[1]
    with ResponseCache(tmp_path / "b.sqlite") as cache:
        again, _ = sample_frame(problems, config, cache)
    assert again["completion"].to_list() == frame["completion"].to_list()
    # the same cache: nothing is generated again
    with ResponseCache(tmp_path / "a.sqlite") as cache:
        third, result = sample_frame(problems, config, cache)
    assert result.stats[teacher.name].cached == 4 and result.stats[teacher.name].sent == 0
    assert third.equals(frame)


def test_transformers_teacher_bad_path_is_one_clear_error(tmp_path: Path) -> None:
    teacher = parse_teacher(f"transformers:{tmp_path / 'missing'}")
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        frame, result = sample_frame(pl.DataFrame({"problem": ["1+1?"]}), SamplerConfig(teachers=(teacher,)), cache)
    assert frame.height == 0 and result.fatal
    assert "cannot load the model" in result.fatal[0].message and result.fatal[0].hint
