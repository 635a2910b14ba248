"""Local teachers: `transformers:MODEL_OR_PATH` (CPU or GPU) and `vllm:MODEL` (offline `vllm.LLM`, GPU hosts).

Both run a blocking `generate_many(requests)` in a worker thread, a chunk of requests at a time, so
the sampler's cache, budget and progress work the same as for API teachers. The prompt is the
model's chat template over the request's messages; the output is split at `</think>` into
`reasoning` and `completion`; token counts are exact (the model's tokenizer). Each sample is seeded
from the request (`seed` + sample index), so a rerun reproduces it.
"""

from __future__ import annotations

import time
from typing import Any

from longcot.pipeline.base import require
from longcot.teachers.base import CallError, Request, Response, split_think
from longcot.teachers.spec import TeacherSpec


def _finish(text_tokens: int, max_tokens: int, ended: bool) -> str:
    return "stop" if ended or text_tokens < max_tokens else "length"


class TransformersBackend:
    """Generate with a `transformers` causal LM (the `train` extra), one request at a time.

    Call params: `device` (default `cpu`), `dtype` (default the model's).
    """

    local = True
    supports_batch = False

    def __init__(self, teacher: TeacherSpec) -> None:
        require(f"teacher {teacher.name}", (("torch", "train"), ("transformers", "train")))
        self.teacher = teacher
        self._model: Any = None
        self._tokenizer: Any = None

    def _load(self) -> None:
        if self._model is not None:
            return
        from transformers import AutoModelForCausalLM, AutoTokenizer

        call = self.teacher.call
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(self.teacher.model)
            kwargs: dict[str, Any] = {}
            if call.get("dtype"):
                kwargs["dtype"] = call["dtype"]
            self._model = AutoModelForCausalLM.from_pretrained(self.teacher.model, **kwargs)
        except (OSError, ValueError) as exc:
            raise CallError(
                f"{self.teacher.name}: cannot load the model: {str(exc)[:300]}",
                retryable=False,
                fatal=True,
                kind="not_found",
                hint="pass a local folder with config.json, weights and tokenizer files, or a Hub id you can reach",
            ) from None
        self._model.to(call.get("device", "cpu"))
        self._model.eval()

    def generate_many(self, requests: list[Request]) -> list[Response | CallError]:
        """Generate every request in turn (blocking; the sampler runs it in a thread)."""
        import torch

        self._load()
        tok, model = self._tokenizer, self._model
        out: list[Response | CallError] = []
        for request in requests:
            params = request.params
            start = time.perf_counter()
            ids = tok.apply_chat_template(request.messages, add_generation_prompt=True, return_tensors="pt")
            if not isinstance(ids, torch.Tensor):  # transformers 5 may return a BatchEncoding
                ids = ids["input_ids"]
            ids = ids.to(model.device)
            max_tokens = int(params.get("max_tokens", 512))
            temperature = float(params.get("temperature", 1.0))
            generator_seed = int(params.get("seed", 0)) * 1_000_003 + request.sample_index
            torch.manual_seed(generator_seed)
            pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
            kwargs: dict[str, Any] = {"max_new_tokens": max_tokens, "pad_token_id": pad}
            if temperature > 0:
                kwargs.update(do_sample=True, temperature=temperature)
                for key in ("top_p", "top_k", "repetition_penalty"):
                    if key in params:
                        kwargs[key] = params[key]
            else:
                kwargs["do_sample"] = False
            with torch.no_grad():
                generated = model.generate(ids, attention_mask=torch.ones_like(ids), **kwargs)
            new = generated[0, ids.shape[1] :]
            configured = getattr(model.generation_config, "eos_token_id", None)
            configured = configured if isinstance(configured, list) else [configured]
            eos = {tok.eos_token_id, *configured} - {None}
            ended = bool(len(new)) and int(new[-1]) in eos
            text = tok.decode(new, skip_special_tokens=True)
            reasoning, completion = split_think(text)
            out.append(
                Response(
                    completion=completion,
                    reasoning=reasoning,
                    reasoning_source="native" if reasoning is not None else "absent",
                    finish_reason=_finish(len(new), max_tokens, ended),
                    prompt_tokens=int(ids.shape[1]),
                    completion_tokens=len(new),
                    reasoning_tokens=len(tok.encode(reasoning, add_special_tokens=False)) if reasoning else 0,
                    latency_s=time.perf_counter() - start,
                )
            )
        return out

    async def aclose(self) -> None:
        """Drop the model."""
        self._model = None


class VLLMBackend:
    """Generate with offline `vllm.LLM` (the `vllm` extra; GPU hosts), all of a chunk in one call.

    Call params: `tensor_parallel_size`, `dtype`. The engine starts on the first chunk.
    """

    local = True
    supports_batch = False

    def __init__(self, teacher: TeacherSpec) -> None:
        require(f"teacher {teacher.name}", (("vllm", "vllm"),))
        self.teacher = teacher
        self._llm: Any = None

    def _load(self) -> Any:
        if self._llm is None:
            import vllm

            call = self.teacher.call
            kwargs: dict[str, Any] = {"model": self.teacher.model}
            if call.get("tensor_parallel_size"):
                kwargs["tensor_parallel_size"] = int(call["tensor_parallel_size"])
            if call.get("dtype"):
                kwargs["dtype"] = call["dtype"]
            self._llm = vllm.LLM(**kwargs)
        return self._llm

    def generate_many(self, requests: list[Request]) -> list[Response | CallError]:
        """Generate a chunk of requests in one `LLM.chat` call (per-request seeds keep samples reproducible)."""
        import vllm

        llm = self._load()
        start = time.perf_counter()
        sampling = []
        for request in requests:
            p = dict(request.params)
            seed = int(p.pop("seed", 0)) * 1_000_003 + request.sample_index
            sampling.append(vllm.SamplingParams(n=1, seed=seed, **p))
        outputs = llm.chat([r.messages for r in requests], sampling_params=sampling, use_tqdm=False)
        elapsed = (time.perf_counter() - start) / max(len(requests), 1)
        responses: list[Response | CallError] = []
        for output in outputs:
            result = output.outputs[0]
            reasoning, completion = split_think(result.text)
            responses.append(
                Response(
                    completion=completion,
                    reasoning=reasoning,
                    reasoning_source="native" if reasoning is not None else "absent",
                    finish_reason="length" if result.finish_reason == "length" else "stop",
                    prompt_tokens=len(output.prompt_token_ids or []),
                    completion_tokens=len(result.token_ids),
                    latency_s=elapsed,
                )
            )
        return responses

    async def aclose(self) -> None:
        """Drop the engine."""
        self._llm = None
