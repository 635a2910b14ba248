"""Benchmark the `longcot sample` machinery against a plain `asyncio.gather` over `AsyncOpenAI`.

Run: `python bench/sampling_bench.py` (from the repo root, venv active). Both sides send the same
5,000 Chat Completions requests at concurrency 256 to a local fake OpenAI server in its own process (so its CPU is
not counted as the client's) answering after 100 ms: by default the lean one (tests/fakes/lean_server.py: one canned
answer, ~0.1 ms of server CPU per request), `--server faithful` for the test suite's full server
(tests/fakes/llm_server.py, ~0.35-0.6 ms per request, itself a bottleneck near the ideal on 2 cores):

- **longcot**: `longcot.teachers.sample_frame` (the CLI's machinery): request keys, the SQLite WAL
  cache (every response committed before use, in group commits on a worker thread), retries, limits
  (none set), cost accounting, rows;
- **plain**: `asyncio.gather` over `AsyncOpenAI.chat.completions.create` behind an
  `asyncio.Semaphore(256)`, keeping the message text (no cache, no rows).

Sides (`--sides`): `longcot` (its default transport: the clients' aiohttp one when installed), `longcot-httpx`
(`transport=httpx`), `longcot-capped` (priced, under a `max_usd` it never reaches, with a run name: what
`longcot sample --max-usd` adds, one budget reservation in the cache per request), `plain` (`AsyncOpenAI()` as
a user writes it: the default httpx2 transport) and
`plain-aiohttp` (`AsyncOpenAI(http_client=DefaultAioHttpClient())`, the SDK's documented faster transport).

It prints, per side, wall seconds, achieved requests/s against the ideal (concurrency / latency), client CPU
milliseconds per request (`time.process_time`, this process only), the server's CPU per request (its own
counter), the CPU-bound ceiling those two allow on this machine, which side limits, and the share of a core
each process got (well under 100%: other load on the machine starved it), then the ratios. Targets (issue 8):
>= 90% of ideal, <= 1 ms client CPU per request, no slower than plain. `--quick` sends 1,000 requests. On a
shared machine, use `--runs 3` (best run per side is shown).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from fakes.lean_server import LeanServerProcess  # noqa: E402
from fakes.llm_server import FakeLLMServerProcess  # noqa: E402


def problems(n: int) -> list[str]:
    return [f"What is {i} + {i + 7}?" for i in range(n)]


def run_longcot(
    base_url: str, texts: list[str], concurrency: int, cache_dir: Path, transport: str = "auto", capped: bool = False
) -> tuple[float, float, int]:
    """`capped`: priced, with a `max_usd` far above the run's cost and a run name, as `longcot sample --max-usd`
    runs (each request reserves its expected cost in the cache first)."""
    import polars as pl

    from longcot.teachers import ResponseCache, SamplerConfig, parse_teacher, sample_frame

    spec = f"openai-compatible:bench@{base_url},max_tokens=512,max_retries=0,transport={transport}"
    teacher = parse_teacher(spec + (",price_input=1,price_output=1" if capped else ""))
    config = SamplerConfig(teachers=(teacher,), concurrency=concurrency, max_usd=1e6 if capped else None)
    frame = pl.DataFrame({"problem": texts})
    cache_path = cache_dir / f"cache-{time.monotonic_ns()}.sqlite"
    with ResponseCache(cache_path) as cache:
        wall, cpu = time.perf_counter(), time.process_time()
        out, result = sample_frame(frame, config, cache, run_id="bench" if capped else None)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if not result.complete:
        raise SystemExit(f"longcot side incomplete: {len(result.failures)} failures, first {result.failures[:1]}")
    return wall, cpu, out.height


def run_plain(base_url: str, texts: list[str], concurrency: int, aiohttp: bool = False) -> tuple[float, float, int]:
    import openai

    async def main() -> int:
        # the same 600 s limit longcot uses (the SDK default gives connecting only 5 s, too little on a loaded box);
        # `aiohttp`: the SDK's documented aiohttp transport (`openai[aiohttp]`), as its README shows it
        http = {"http_client": openai.DefaultAioHttpClient()} if aiohttp else {}
        client = openai.AsyncOpenAI(base_url=base_url, api_key=os.environ["OPENAI_API_KEY"], timeout=600.0, **http)
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


def run_layer(base_url: str, texts: list[str], concurrency: int, layer: str) -> tuple[float, float, int]:
    """One layer of the client stack alone, to show where the client CPU per request goes (`--sides` layer-*).

    `layer-sdk-post`: the SDK client's `post` with the aiohttp transport, as longcot's backend sends (no sampler);
    `layer-httpx2-aiohttp`: the SDK's httpx2 client with the aiohttp transport, without the SDK's request path;
    `layer-aiohttp`: a bare `aiohttp.ClientSession`. All parse the JSON answer and nothing else.
    """
    import json

    import httpx2
    import openai

    key = os.environ["OPENAI_API_KEY"]
    limits = httpx2.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    bodies = [{"model": "bench", "messages": [{"role": "user", "content": t}], "max_tokens": 512} for t in texts]

    async def main() -> int:
        semaphore = asyncio.Semaphore(concurrency)
        if layer == "layer-aiohttp":
            import aiohttp

            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:

                async def raw(body: dict[str, Any]) -> Any:
                    headers, path = {"Authorization": f"Bearer {key}"}, f"{base_url}/chat/completions"
                    async with semaphore, session.post(path, json=body, headers=headers) as r:
                        return json.loads(await r.read())

                return len(await asyncio.gather(*(raw(b) for b in bodies)))
        if layer == "layer-httpx2-aiohttp":
            http = openai.DefaultAioHttpClient(limits=limits, timeout=600.0)

            async def bare(body: dict[str, Any]) -> Any:
                async with semaphore:
                    answer = await http.post(f"{base_url}/chat/completions", json=body,
                                             headers={"Authorization": f"Bearer {key}"})  # fmt: skip
                    return json.loads(answer.content)

            try:
                return len(await asyncio.gather(*(bare(b) for b in bodies)))
            finally:
                await http.aclose()
        client = openai.AsyncOpenAI(base_url=base_url, api_key=key, max_retries=0, timeout=600.0,
                                    http_client=openai.DefaultAioHttpClient(limits=limits))  # fmt: skip

        async def sdk(body: dict[str, Any]) -> Any:
            async with semaphore:
                answer = await client.post("/chat/completions", body=body, options={"security": {"bearer_auth": True}},
                                           cast_to=httpx2.Response)  # fmt: skip
                return json.loads(answer.content)

        try:
            return len(await asyncio.gather(*(sdk(b) for b in bodies)))
        finally:
            await client.close()

    wall, cpu = time.perf_counter(), time.process_time()
    n = asyncio.run(main())
    return time.perf_counter() - wall, time.process_time() - cpu, n


def measured(server: Any, run: Any) -> tuple[float, float, int, float, int]:
    """(wall s, client CPU s, answers, server CPU s, max requests the server held at once) of one run."""
    before = server.stats()
    wall, cpu, done = run()
    after = server.stats()
    return wall, cpu, done, after["cpu_s"] - before["cpu_s"], after.get("max_in_flight", 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=1, help="runs per side (alternating); the best is reported")
    parser.add_argument("--quick", action="store_true", help="1,000 requests")
    parser.add_argument(
        "--transport",
        choices=("auto", "aiohttp", "httpx"),
        default="auto",
        help="longcot's HTTP transport (auto: aiohttp when installed, as in a default install)",
    )
    parser.add_argument("--server", choices=("lean", "faithful"), default="lean",
                        help="fake server: lean (one canned answer) or faithful (the test suite's)")  # fmt: skip
    parser.add_argument("--sides", default="longcot,plain,plain-aiohttp",
                        help="comma-separated: longcot, longcot-httpx, longcot-capped (--max-usd), plain, "
                             "plain-aiohttp, and the client stack's layers alone: layer-sdk-post, "
                             "layer-httpx2-aiohttp, layer-aiohttp")  # fmt: skip
    args = parser.parse_args()
    n = 1000 if args.quick else args.requests
    os.environ.setdefault("OPENAI_API_KEY", "sk-bench")
    texts = problems(n)
    # the prompt both sides send is the one longcot builds (default template), so the server does the same work
    from longcot.teachers.backends.openai_api import resolve_transport
    from longcot.teachers.spec import PromptTemplate

    plain_texts = [PromptTemplate().messages(t)[0]["content"] for t in texts]
    sides = [side.strip() for side in args.sides.split(",") if side.strip()]
    kind = LeanServerProcess if args.server == "lean" else FakeLLMServerProcess
    server = kind("--latency", str(args.latency), "--reasoning-words", "200").start()
    results: dict[str, list[tuple[float, float, int, float, int]]] = {side: [] for side in sides}
    url = server.openai_base_url
    with tempfile.TemporaryDirectory() as tmp:
        runners = {
            "longcot": lambda m: run_longcot(url, texts[:m], min(m, args.concurrency), Path(tmp), args.transport),
            "longcot-httpx": lambda m: run_longcot(url, texts[:m], min(m, args.concurrency), Path(tmp), "httpx"),
            "longcot-capped": lambda m: run_longcot(url, texts[:m], min(m, args.concurrency), Path(tmp), capped=True),
            "plain": lambda m: run_plain(url, plain_texts[:m], min(m, args.concurrency)),
            "plain-aiohttp": lambda m: run_plain(url, plain_texts[:m], min(m, args.concurrency), aiohttp=True),
        }
        for layer in ("layer-sdk-post", "layer-httpx2-aiohttp", "layer-aiohttp"):
            runners[layer] = lambda m, layer=layer: run_layer(url, plain_texts[:m], min(m, args.concurrency), layer)
        unknown = [side for side in sides if side not in runners]
        if unknown:
            raise SystemExit(f"unknown side {unknown[0]!r}; sides are {', '.join(runners)}")
        try:
            for side in sides:  # warm-up: imports, connection set-up paths
                runners[side](50)
            for _ in range(args.runs):
                for side in sides:
                    results[side].append(measured(server, lambda side=side: runners[side](n)))
        finally:
            server.kill()
    ideal = args.concurrency / args.latency
    load = os.getloadavg()
    print(f"{n:,} requests, concurrency {args.concurrency}, server latency {args.latency * 1000:.0f} ms; "
          f"ideal {ideal:,.0f} req/s; {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          "(shared: wall timings are noisy)")  # fmt: skip
    print(f"longcot transport: {resolve_transport(args.transport)}; server: {args.server}")
    print(f"{'side':<21}{'seconds':>9}{'req/s':>9}{'% ideal':>9}{'client CPU ms/req':>19}{'server CPU ms/req':>19}"
          f"{'CPU-bound ceiling':>19}  limited by")  # fmt: skip
    best = {}
    for side, runs in results.items():
        wall, cpu, done, server_cpu, _ = min(runs)
        if done != n:
            raise SystemExit(f"{side}: {done} of {n} requests answered")
        best[side] = wall
        client_ms, server_ms = 1000 * cpu / n, 1000 * server_cpu / n
        # Each process needs its CPU per request; on C free cores shared by both, a run cannot beat
        # cores / (client + server) seconds per request, nor 1 / client (one client thread), nor 1 / server.
        cores = os.cpu_count() or 1
        ceiling = min(1000 / client_ms, 1000 / server_ms, cores * 1000 / (client_ms + server_ms))
        # share of one core each process got while it ran: well under 100% means other load starved it
        client_share, server_share = cpu / wall, server_cpu / wall
        if ceiling >= ideal:
            limit = "latency (neither side's CPU)"
        else:
            limit = "client CPU" if client_ms >= server_ms else "server CPU"
        limit += f" (client got {client_share:.0%} of a core, server {server_share:.0%})"
        print(f"{side:<21}{wall:>9.2f}{n / wall:>9,.0f}{100 * n / wall / ideal:>8.1f}%{client_ms:>19.3f}"
              f"{server_ms:>19.3f}{ceiling:>19,.0f}  {limit}")  # fmt: skip
    for anchor in ("plain", "plain-aiohttp"):
        if "longcot" in best and anchor in best:
            print(f"ratio longcot / {anchor} (req/s): {best[anchor] / best['longcot']:.2f}x")
    if "longcot" in best and "longcot-httpx" in best:
        print(f"ratio longcot / longcot-httpx (req/s): {best['longcot-httpx'] / best['longcot']:.2f}x")


if __name__ == "__main__":
    main()
