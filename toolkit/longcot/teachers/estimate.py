"""`--estimate`: requests, tokens and dollars per teacher before anything is spent.

Prompt tokens are estimated from the text (about 4 characters a token). Output tokens: the mean of
the teacher's responses already in the cache when there are some (`expected`), else `max_tokens`
(an upper bound: reasoning models often use most of it). Cached requests cost nothing and are
counted apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from longcot.teachers.cache import ResponseCache
from longcot.teachers.cost import estimate_tokens, price_for
from longcot.teachers.sampler import Sampler, SamplerConfig, problem_id_for


#: Output budget assumed for a teacher that sets no `max_tokens`.
DEFAULT_OUTPUT_TOKENS = 4096


def estimate_run(
    config: SamplerConfig, cache: ResponseCache, problems: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """One line per teacher: requests (total, cached, to send), tokens and dollars (expected and at most).

    With `until_correct` the numbers are the most the run can send (it stops early per problem).
    With `--batch`, OpenAI and Anthropic requests are priced at the batch discount.

    Example:
        >>> # estimate_run(config, cache, [{"problem": "1+1?"}])[0]["usd_max"]
    """
    sampler = Sampler(config, cache, backends={})
    problems = [dict(p, problem_id=p.get("problem_id") or problem_id_for(p["problem"])) for p in problems]
    jobs = sampler.plan(problems)
    lines: dict[str, dict[str, Any]] = {}
    keys_by_teacher: dict[str, list[tuple[str, int]]] = {}
    for job in jobs:
        for ti, s in job.slots:
            teacher = config.teachers[ti]
            request = sampler.request(teacher, problems[job.problem]["problem"], s)
            prompt = estimate_tokens("".join(m["content"] for m in request.messages))
            keys_by_teacher.setdefault(teacher.name, []).append((request.key, prompt))
    for teacher in config.teachers:
        pairs = keys_by_teacher.get(teacher.name, [])
        cached = cache.get_many([k for k, _ in pairs])
        to_send = [(k, p) for k, p in pairs if k not in cached]
        price = price_for(teacher)
        batch = config.batch and teacher.provider in ("openai", "anthropic")
        max_out = int(teacher.sampling.get("max_tokens") or DEFAULT_OUTPUT_TOKENS)
        mean = cache.mean_output_tokens(teacher.name)
        expected_out = mean if mean is not None else float(max_out)
        prompt_tokens = sum(p for _, p in to_send)
        line = {
            "teacher": teacher.name,
            "requests": len(pairs),
            "cached": len(pairs) - len(to_send),
            "to_send": len(to_send),
            "prompt_tokens": prompt_tokens,
            "output_tokens_expected": round(expected_out * len(to_send)),
            "output_tokens_max": max_out * len(to_send),
            "expected_from": "cache" if mean is not None else "max_tokens",
            "price": None if price is None else {"input": price.input, "output": price.output, "source": price.source},
            "usd_expected": None,
            "usd_max": None,
        }
        if price is not None:
            line["usd_expected"] = round(price.cost(prompt_tokens, line["output_tokens_expected"], batch=batch), 4)
            line["usd_max"] = round(price.cost(prompt_tokens, line["output_tokens_max"], batch=batch), 4)
        lines[teacher.name] = line
    return list(lines.values())
