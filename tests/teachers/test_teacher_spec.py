"""Teacher specs, request keys, prices: table-driven."""

from __future__ import annotations

import pytest

from longcot.errors import ConfigError
from longcot.teachers.cost import price_for
from longcot.teachers.spec import PromptTemplate, parse_teacher, parse_teachers, redact_url, request_key


@pytest.mark.parametrize(
    ("spec", "name", "base_url", "sampling", "n"),
    [
        ("openai:gpt-4o-mini", "openai:gpt-4o-mini", None, {}, 1),
        ("openai:o4-mini,reasoning_effort=high,max_tokens=4000", "openai:o4-mini", None,
         {"reasoning_effort": "high", "max_tokens": 4000}, 1),
        ("anthropic:claude-sonnet-4-5,thinking_budget=2048,max_tokens=8000,n=3", "anthropic:claude-sonnet-4-5", None,
         {"thinking_budget": 2048, "max_tokens": 8000}, 3),
        ("openai-compatible:Qwen/QwQ-32B@http://localhost:8000/v1,temperature=0.6", "openai-compatible:Qwen/QwQ-32B",
         "http://localhost:8000/v1", {"temperature": 0.6}, 1),
        ("vllm:Qwen/QwQ-32B,top_k=20", "vllm:Qwen/QwQ-32B", None, {"top_k": 20}, 1),
        ("transformers:./tiny,max_tokens=16", "transformers:./tiny", None, {"max_tokens": 16}, 1),
    ],
)  # fmt: skip
def test_parse_teacher(spec: str, name: str, base_url: str | None, sampling: dict, n: int) -> None:
    teacher = parse_teacher(spec)
    assert (teacher.name, teacher.base_url, dict(teacher.sampling), teacher.n) == (name, base_url, sampling, n)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("gemini:pro", "unknown teacher spec 'gemini:pro'"),  # unknown provider
        ("gpt-4o", "unknown teacher spec"),  # no provider
        ("openai:", "unknown teacher spec"),  # no model
        ("openai-compatible:qwq", "needs a base URL"),  # compatible without @URL
        ("openai:gpt-4o,temprature=0.6", "unknown param 'temprature'"),  # typo is refused, not ignored
        ("openai:gpt-4o,n=-1", "n must be a whole number"),
        ("anthropic:claude-sonnet-4-5,thinking_budget=500,max_tokens=8000", "thinking_budget must be"),
        ("anthropic:claude-sonnet-4-5,thinking_budget=4096,max_tokens=2000", "must be below max_tokens"),
        ("openai:gpt-4o,api=batch", "api must be 'chat' or 'responses'"),
    ],
)
def test_bad_specs_say_what_is_wrong(spec: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_teacher(spec)
    assert message in str(info.value)


def test_missing_api_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError) as info:
        parse_teacher("anthropic:claude-sonnet-4-5").api_key()
    assert "$ANTHROPIC_API_KEY" in str(info.value) and "export ANTHROPIC_API_KEY" in str(info.value)
    with pytest.raises(ConfigError, match=r"\$DEEPSEEK_API_KEY"):
        parse_teacher(
            "openai-compatible:deepseek-chat@https://api.deepseek.com/v1,api_key_env=DEEPSEEK_API_KEY"
        ).api_key()
    # a local server needs none
    assert parse_teacher("openai-compatible:qwq@http://127.0.0.1:8000/v1").api_key() == "EMPTY"


def test_duplicate_teachers_refused_and_n_default() -> None:
    with pytest.raises(ConfigError, match="listed twice"):
        parse_teachers(["openai:gpt-4o", "openai:gpt-4o"])
    teachers = parse_teachers(["openai:gpt-4o", {"spec": "anthropic:claude-3-7-sonnet", "n": 2}], n=4)
    assert [t.n for t in teachers] == [4, 2]


def test_request_key_is_content_addressed() -> None:
    messages = PromptTemplate().messages("What is 1+1?")
    base = request_key("openai", "gpt-4o", {"temperature": 0.6, "top_p": 0.95}, messages, 0)
    # key order of params does not matter (canonical JSON with sorted keys)
    assert base == request_key("openai", "gpt-4o", {"top_p": 0.95, "temperature": 0.6}, messages, 0)
    # everything that changes the response changes the key
    assert base != request_key("openai", "gpt-4o", {"temperature": 0.7, "top_p": 0.95}, messages, 0)
    assert base != request_key("openai", "gpt-4o-mini", {"temperature": 0.6, "top_p": 0.95}, messages, 0)
    assert base != request_key("openai", "gpt-4o", {"temperature": 0.6, "top_p": 0.95}, messages, 1)
    other = PromptTemplate(system="Be brief.").messages("What is 1+1?")
    assert base != request_key("openai", "gpt-4o", {"temperature": 0.6, "top_p": 0.95}, other, 0)


def test_call_params_stay_out_of_the_key_and_records_hold_no_credentials() -> None:
    a = parse_teacher("openai-compatible:qwq@https://user:s3cret@host:8000/v1?token=abc,temperature=0.6,rpm=10")
    b = parse_teacher("openai-compatible:qwq@http://other:9000/v1,temperature=0.6,price_input=1,max_retries=2")
    assert dict(a.sampling) == dict(b.sampling)  # limits, prices, retries and URL are call params
    record = str(a.to_dict())
    assert "s3cret" not in record and "token=abc" not in record and "user" not in record
    assert redact_url("https://user:pw@h/v1?key=k") == "https://h/v1"


@pytest.mark.parametrize(
    ("spec", "source", "output"),
    [
        ("openai:gpt-4o-mini-2024-07-18", "table:gpt-4o-mini", 0.60),  # dated snapshot → family (longest prefix)
        ("openai:gpt-4o-2024-08-06", "table:gpt-4o", 10.00),
        ("anthropic:claude-sonnet-4-5-20250929", "table:claude-sonnet-4", 15.00),
        ("openai:gpt-4o,price_input=1,price_output=2", "params", 2.0),  # override in config
        ("transformers:./tiny", "local", 0.0),
        ("openai-compatible:deepseek-ai/deepseek-reasoner@http://localhost:1/v1", "table:deepseek-reasoner", 0.42),
        # a newer model whose name extends an older family's gets its own price, not the family's
        ("openai:gpt-5.4-2026-03-05", "table:gpt-5.4", 15.00),
        ("openai:gpt-5.4-mini", "table:gpt-5.4-mini", 4.50),
        ("openai:gpt-5-mini-2025-08-07", "table:gpt-5-mini", 2.00),
        ("anthropic:claude-opus-4-6", "table:claude-opus-4-6", 25.00),
        ("anthropic:claude-opus-4-1-20250805", "table:claude-opus-4", 75.00),
        ("anthropic:claude-sonnet-4-6", "table:claude-sonnet-4", 15.00),
    ],
)
def test_price_table(spec: str, source: str, output: float) -> None:
    price = price_for(parse_teacher(spec))
    assert price is not None and price.source == source and price.output == output


def test_every_price_says_where_and_when_it_was_read() -> None:
    from longcot.teachers.cost import price_table

    table = price_table()
    for provider in ("openai", "anthropic", "openai-compatible"):
        for model, entry in table[provider]["models"].items():
            assert entry["input"] >= 0 and entry["output"] >= entry["input"], model
            assert str(entry["source"]).startswith("https://") and entry["checked"] >= "2026-12-01", model


def test_unknown_price_is_none_and_terms_travel() -> None:
    teacher = parse_teacher("openai-compatible:my-model@http://localhost:1/v1,terms_url=https://example.org/tos")
    assert price_for(teacher) is None
    assert teacher.terms["url"] == "https://example.org/tos"
    assert (
        parse_teacher("anthropic:claude-3-7-sonnet")
        .to_dict()["terms_of_use"]["url"]
        .startswith("https://www.anthropic")
    )


def test_prompt_template_keeps_braces_in_problems() -> None:
    assert PromptTemplate(user="Q: {problem}").messages("f(x)={x^2}")[0]["content"] == "Q: f(x)={x^2}"
    with pytest.raises(ConfigError, match="must contain"):
        PromptTemplate(user="no placeholder")
