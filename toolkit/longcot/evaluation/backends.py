"""Generation backends of `recipes/eval.py`: vLLM (GPU, tensor parallel) and transformers (CPU, small models).

Both take the same chats and the same :class:`~longcot.evaluation.protocol.Protocol` and return, per
problem, `protocol.n` :class:`Generation` objects (text, generated tokens, finish reason). Neither
loads weights in another dtype than the protocol's: a backend that cannot honour it raises.

Example:
    >>> Generation("\\\\boxed{4}", 5, "stop").truncated
    False
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import Protocol as TypingProtocol

from longcot.errors import ConfigError, MissingDependencyError
from longcot.evaluation.protocol import Protocol


@dataclass(frozen=True)
class Generation:
    """One sample: the text, how many tokens it took, and why it stopped (`stop` or `length`)."""

    text: str
    tokens: int
    finish_reason: str

    @property
    def truncated(self) -> bool:
        """It hit the token budget before the end-of-turn token."""
        return self.finish_reason == "length"


class Backend(TypingProtocol):
    name: str

    def generate(self, chats: Sequence[list[dict[str, str]]], protocol: Protocol) -> list[list[Generation]]:
        """`protocol.n` generations per chat, in chat order."""
        ...

    def describe(self) -> dict[str, Any]:
        """What the results record about the engine (versions, dtype as loaded, parallelism)."""
        ...


class TransformersBackend:
    """`model.generate` on CPU (or one GPU): small models, the tests and the smoke run.

    Each problem is sampled under its own seed (`protocol.seed + problem index`), so a problem's
    samples do not depend on which other problems run or in what batch.
    """

    name = "transformers"

    def __init__(self, model: str, protocol: Protocol, *, device: str = "cpu") -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError:
            raise MissingDependencyError("the transformers eval backend", "transformers", "train") from None
        self.torch = torch
        self.model_path = model
        self.device = device
        dtype = getattr(torch, protocol.dtype)
        self.tokenizer = AutoTokenizer.from_pretrained(model)
        self.model = AutoModelForCausalLM.from_pretrained(model, dtype=dtype).to(device).eval()
        loaded = next(self.model.parameters()).dtype
        if loaded != dtype:
            raise ConfigError(f"{model} loaded as {loaded}, the protocol says {protocol.dtype}")
        self.loaded_dtype = str(loaded).removeprefix("torch.")
        if self.tokenizer.chat_template is None:
            raise ConfigError(f"{model} has no chat template", hint="save the tokenizer with its template")

    def generate(self, chats: Sequence[list[dict[str, str]]], protocol: Protocol) -> list[list[Generation]]:
        torch = self.torch
        eos = {self.tokenizer.eos_token_id, *(_as_list(self.model.generation_config.eos_token_id))} - {None}
        out: list[list[Generation]] = []
        for index, chat in enumerate(chats):
            ids = self.tokenizer.apply_chat_template(
                chat, add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
            ids = {k: v.to(self.device) for k, v in ids.items()}
            torch.manual_seed(protocol.seed + index)
            with torch.no_grad():
                sequences = self.model.generate(
                    **ids, do_sample=protocol.temperature > 0, temperature=protocol.temperature or None,
                    top_p=protocol.top_p, top_k=0, max_new_tokens=protocol.max_new_tokens,
                    num_return_sequences=protocol.n, pad_token_id=self.tokenizer.pad_token_id,
                    eos_token_id=sorted(eos),
                )  # fmt: skip
            prompt_len = ids["input_ids"].shape[1]
            samples = []
            for row in sequences[:, prompt_len:].tolist():
                stop = next((i for i, t in enumerate(row) if t in eos), None)
                kept = row if stop is None else row[: stop + 1]
                text = self.tokenizer.decode(kept, skip_special_tokens=True)
                samples.append(Generation(text, len(kept), "length" if stop is None else "stop"))
            out.append(samples)
        return out

    def describe(self) -> dict[str, Any]:
        import transformers

        return {
            "backend": self.name, "model": self.model_path, "device": self.device, "dtype": self.loaded_dtype,
            "transformers": transformers.__version__, "torch": self.torch.__version__,
        }  # fmt: skip


class VLLMBackend:
    """vLLM offline inference: `LLM(..., tensor_parallel_size=N, dtype=protocol.dtype, seed=protocol.seed)`.

    Needs a CUDA GPU and the `vllm` extra (its own pin set; see the README's Recipes section).
    """

    name = "vllm"

    def __init__(
        self, model: str, protocol: Protocol, *, tensor_parallel_size: int = 1, gpu_memory_utilization: float = 0.9
    ) -> None:
        try:
            import vllm
        except ImportError:
            raise MissingDependencyError("the vLLM eval backend", "vllm", "vllm") from None
        self.vllm = vllm
        self.model_path = model
        self.tensor_parallel_size = tensor_parallel_size
        self.llm = vllm.LLM(
            model=model, tokenizer=model, dtype=protocol.dtype, seed=protocol.seed,
            tensor_parallel_size=tensor_parallel_size, gpu_memory_utilization=gpu_memory_utilization,
            max_model_len=None, enable_prefix_caching=True,
        )  # fmt: skip
        loaded = str(self.llm.llm_engine.model_config.dtype).removeprefix("torch.")
        if loaded != protocol.dtype:
            raise ConfigError(f"vLLM loaded {model} as {loaded}, the protocol says {protocol.dtype}")
        self.loaded_dtype = loaded

    def generate(self, chats: Sequence[list[dict[str, str]]], protocol: Protocol) -> list[list[Generation]]:
        params = self.vllm.SamplingParams(
            n=protocol.n, temperature=protocol.temperature, top_p=protocol.top_p,
            max_tokens=protocol.max_new_tokens, seed=protocol.seed, skip_special_tokens=True,
        )  # fmt: skip
        results = self.llm.chat(list(chats), params, add_generation_prompt=True, use_tqdm=True)
        out = []
        for result in results:
            samples = [Generation(o.text, len(o.token_ids), o.finish_reason or "stop") for o in result.outputs]
            out.append(samples)
        return out

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name, "model": self.model_path, "dtype": self.loaded_dtype,
            "tensor_parallel_size": self.tensor_parallel_size, "vllm": self.vllm.__version__,
        }  # fmt: skip


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def make_backend(name: str, model: str, protocol: Protocol, **options: Any) -> Backend:
    """`vllm` or `transformers`, built for `model` under `protocol`."""
    if name == "vllm":
        return VLLMBackend(model, protocol, **options)
    if name == "transformers":
        return TransformersBackend(model, protocol, **options)
    raise ConfigError(f"backend must be `vllm` or `transformers`, got {name!r}")
