"""Benchmark the `longcot sample` machinery against a plain `asyncio.gather` over `AsyncOpenAI`.

Run: `python bench/sampling_bench.py` (from the repo root, venv active). Both sides send the same
5,000 Chat Completions requests at concurrency 256 to the local fake OpenAI server
(tests/fakes/llm_server.py, in its own process so its CPU is not counted) answering after 100 ms:

- **longcot**: `longcot.teachers.sample_frame` (the CLI's machinery): request keys, the SQLite WAL
  cache (every response committed before use), retries, limits (none set), cost accounting, rows;
- **plain**: `asyncio.gather` over `AsyncOpenAI.chat.completions.create` behind an
  `asyncio.Semaphore(256)`, keeping the message text (no cache, no rows).

It prints, per side, wall seconds, achieved requests/s against the ideal (concurrency / latency),
client CPU milliseconds per request (`time.process_time`, this process only) and the ratio of the two
sides. Targets (issue 8): >= 90% of ideal, <= 1 ms client CPU per request, no slower than plain.
`--quick` sends 1,000 requests. On a shared machine, use `--runs 3` (best run per side is shown).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from fakes.llm_server import FakeLLMServerProcess  # noqa: E402


def problems(n: int) -> list[str]:
    return [f"What is {i} + {i + 7}?" for i in range(n)]


def run_longcot(base_url: str, texts: list[str], concurrency: int, cache_dir: Path) -> tuple[float, float, int]:
    import polars as pl

    from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, sample_frame

    teacher = parse_teacher(f"openai-compatible:bench@{base_url},max_tokens=512,max_retries=0")
    config = SamplerConfig(teachers=(teacher,), concurrency=concurrency)
    frame = pl.DataFrame({"problem": texts})
    cache_path = cache_dir / f"cache-{time.monotonic_ns()}.sqlite"
    with ResponseCache(cache_path) as cache:
        wall, cpu = time.perf_counter(), time.process_time()
        out, result = sample_frame(frame, config, cache)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if not result.complete:
        raise SystemExit(f"longcot side incomplete: {len(result.failures)} failures, first {result.failures[:1]}")
    return wall, cpu, out.height


def run_plain(base_url: str, texts: list[str], concurrency: int) -> tuple[float, float, int]:
    import openai

    async def main() -> int:
        # the same 600 s limit longcot uses (the SDK default gives connecting only 5 s, too little on a loaded box)
        client = openai.AsyncOpenAI(base_url=base_url, api_key=os.environ["OPENAI_API_KEY"], timeout=600.0)
        semaphore = asyncio.Semaphore(concurrency)

        async def one(text: str) -> str:
            async with semaphore:
                answer = await client.chat.completions.create(
                    model="bench",
                    messages=[{"role": "user", "content": text}],
                    max_tokens=512,
                )
                return answer.choices[0].message.content or ""

        out = await asyncio.gather(*(one(text) for text in texts))
        await client.close()
        return len(out)

    wall, cpu = time.perf_counter(), time.process_time()
    n = asyncio.run(main())
    return time.perf_counter() - wall, time.process_time() - cpu, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=1, help="runs per side (alternating); the best is reported")
    parser.add_argument("--quick", action="store_true", help="1,000 requests")
    args = parser.parse_args()
    n = 1000 if args.quick else args.requests
    os.environ.setdefault("OPENAI_API_KEY", "sk-bench")
    texts = problems(n)
    # the prompt both sides send is the one longcot builds (default template), so the server does the same work
    from longcot.teachers.spec import PromptTemplate

    plain_texts = [PromptTemplate().messages(t)[0]["content"] for t in texts]
    server = FakeLLMServerProcess("--latency", str(args.latency), "--reasoning-words", "200").start()
    results: dict[str, list[tuple[float, float, int]]] = {"longcot": [], "plain": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # warm-up: imports, connection set-up paths
            run_plain(server.openai_base_url, plain_texts[:50], 50)
            run_longcot(server.openai_base_url, texts[:50], 50, Path(tmp))
            for _ in range(args.runs):
                results["plain"].append(run_plain(server.openai_base_url, plain_texts, args.concurrency))
                results["longcot"].append(run_longcot(server.openai_base_url, texts, args.concurrency, Path(tmp)))
    finally:
        server.kill()
    ideal = args.concurrency / args.latency
    print(f"{n:,} requests, concurrency {args.concurrency}, server latency {args.latency * 1000:.0f} ms; "
          f"ideal {ideal:,.0f} req/s; {os.cpu_count()} CPUs (shared: timings are noisy)")  # fmt: skip
    print(f"{'side':<10}{'seconds':>10}{'req/s':>10}{'% ideal':>10}{'CPU ms/req':>12}")
    best = {}
    for side, runs in results.items():
        wall, cpu, done = min(runs)
        if done != n:
            raise SystemExit(f"{side}: {done} of {n} requests answered")
        best[side] = (wall, cpu)
        print(f"{side:<10}{wall:>10.2f}{n / wall:>10,.0f}{100 * n / wall / ideal:>9.1f}%{1000 * cpu / n:>12.3f}")
    ratio = best["plain"][0] / best["longcot"][0]
    print(f"ratio (longcot req/s / plain req/s): {ratio:.2f}x")


if __name__ == "__main__":
    main()
