"""Teachers: sample long chains of thought from several models, pay for each request once.

A teacher is a spec string plus params (see :mod:`longcot.teachers.spec`): `openai:MODEL` (Chat
Completions, or the Responses API for reasoning models), `anthropic:MODEL` (Messages with extended
thinking), `openai-compatible:MODEL@BASE_URL` (vLLM, SGLang, DeepSeek, Together, OpenRouter…),
`vllm:MODEL` (offline, GPU hosts) and `transformers:MODEL_OR_PATH` (local, CPU).

The sampler (:mod:`longcot.teachers.sampler`) runs every teacher × n over a set of problems with
bounded concurrency, per-minute request and token limits, retries honouring `Retry-After`, a
per-request timeout, truncation handling, a hard dollar cap and a persistent SQLite response cache
(:mod:`longcot.teachers.cache`) written before any response is used: a crash, a kill or Ctrl-C costs
nothing, and running the same command again resumes. `--batch` goes through the OpenAI Batch API
and Anthropic Message Batches at half price (:mod:`longcot.teachers.batch`).

Steps: `sample` (problems → samples), `rewrite` (a teacher rewrites a completion into another
format, the original kept) and `judge` (an LLM grader for rows the rule verifier left undecided),
all on the same machinery (:mod:`longcot.teachers.processor`).

Example:
    >>> from longcot.teachers import SamplerConfig, parse_teacher
    >>> config = SamplerConfig(teachers=[parse_teacher("openai:gpt-4o-mini,temperature=0.6,n=4")])
    >>> config.teachers[0].n
    4
"""

from longcot.teachers.base import CallError, Request, Response, split_think
from longcot.teachers.cache import ResponseCache
from longcot.teachers.cost import Price, price_for
from longcot.teachers.run import rows_to_frame, sample_frame
from longcot.teachers.sampler import Sampler, SamplerConfig, SampleResult
from longcot.teachers.spec import PromptTemplate, TeacherSpec, parse_teacher, parse_teachers, request_key


__all__ = [
    "CallError",
    "Price",
    "PromptTemplate",
    "Request",
    "Response",
    "ResponseCache",
    "SampleResult",
    "Sampler",
    "SamplerConfig",
    "TeacherSpec",
    "parse_teacher",
    "parse_teachers",
    "price_for",
    "request_key",
    "rows_to_frame",
    "sample_frame",
    "split_think",
]
