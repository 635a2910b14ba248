"""How fast the test suite's fake LLM server is: its ceiling must sit above what the sampler bench asks of it.

    python bench/fake_server_bench.py                     # 5,000 requests, concurrency 256, latency 100 ms
    python bench/fake_server_bench.py --requests 1000     # a quicker run

The server (tests/fakes/llm_server.py) runs in its own process, as the sampler bench would run it. Three
clients, one after the other, in this process:

- raw: a minimal asyncio HTTP/1.1 keep-alive client (one connection per slot), so the number measures the
  server, not a client library; at the given latency and at latency 0 (the server's pure throughput);
- openai: `AsyncOpenAI` + `asyncio.Semaphore(concurrency)` + `asyncio.gather` (the sampler bench's anchor).

For each: requests/s, the ideal (concurrency / latency), achieved/ideal, server CPU per request (the server
thread's CPU time over the run) and client CPU per request. The server's ceiling is 1 / (server CPU per
request) on one free core; the sampler bench needs it above concurrency / latency (2,560 req/s at 256 and
100 ms). On a shared machine, timings are noisy: the server and the client compete for the same cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakes.llm_server import FakeLLMServerProcess  # noqa: E402


MESSAGES = [{"role": "user", "content": "What is 1+1? Put your final answer within \\boxed{}."}]


def raw_request(body: bytes) -> bytes:
    head = (
        "POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer sk-bench\r\n"
        f"content-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def run_raw(port: int, total: int, concurrency: int) -> int:
    payload = raw_request(json.dumps({"model": "m", "messages": MESSAGES}).encode())
    left = [total]
    done = [0]

    async def slot() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while left[0] > 0:
            left[0] -= 1
            writer.write(payload)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            body = await reader.readexactly(length)
            if not head.startswith(b"HTTP/1.1 200") or b"boxed" not in body:
                raise RuntimeError(f"bad answer: {head[:40]!r}")
            done[0] += 1
        writer.close()

    await asyncio.gather(*(slot() for _ in range(min(concurrency, total))))
    return done[0]


async def run_openai(base_url: str, total: int, concurrency: int) -> int:
    import openai

    gate = asyncio.Semaphore(concurrency)
    client = openai.AsyncOpenAI(base_url=base_url, api_key="sk-bench", max_retries=0, timeout=120)

    async def one() -> int:
        async with gate:
            out = await client.chat.completions.create(model="m", messages=MESSAGES)
            return int("boxed" in (out.choices[0].message.content or ""))

    async with client:
        return sum(await asyncio.gather(*(one() for _ in range(total))))


def measure(server: FakeLLMServerProcess, name: str, coro_factory, total: int, latency: float, concurrency: int):
    server.configure(latency=latency)
    before = server.stats()
    wall, cpu = time.perf_counter(), time.process_time()
    done = asyncio.run(coro_factory())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = server.stats()
    served = after["choices"].get("chat.completions", 0) - before["choices"].get("chat.completions", 0)
    if done != total or served != total:
        raise SystemExit(f"{name}: {done} answers, {served} served, expected {total}")
    rps = total / wall
    ideal = concurrency / latency if latency else float("inf")
    server_ms = (after["cpu_s"] - before["cpu_s"]) / total * 1000
    ratio = f"{rps / ideal:6.1%}" if latency else "   n/a"
    print(
        f"{name:<8} latency {latency * 1000:5.0f} ms  {rps:8.0f} req/s  ideal {ideal:8.0f}  achieved {ratio}  "
        f"server {server_ms:.3f} ms CPU/req (ceiling {1000 / server_ms:6.0f} req/s)  client {cpu / total * 1000:.3f} "
        "ms CPU/req"
    )
    return rps, server_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--reasoning-words", type=int, default=200)
    args = parser.parse_args()
    n, c, lat = args.requests, args.concurrency, args.latency
    with FakeLLMServerProcess("--reasoning-words", str(args.reasoning_words)) as server:
        port = int(server.url.rsplit(":", 1)[1])
        print(f"fake LLM server at {server.url}; {n} requests, concurrency {c}")
        asyncio.run(run_raw(port, min(n, 500), c))  # warm-up: connections, caches
        rps, _ = measure(server, "raw", lambda: run_raw(port, n, c), n, lat, c)
        _, ms0 = measure(server, "raw", lambda: run_raw(port, n, c), n, 0.0, c)
        measure(server, "openai", lambda: run_openai(server.openai_base_url, n, c), n, lat, c)
        ideal = c / lat
        print(
            f"server ceiling {1000 / ms0:.0f} req/s on one core (needs >= {ideal:.0f}); "
            f"raw client at {lat * 1000:.0f} ms reached {rps / ideal:.1%} of ideal"
        )


if __name__ == "__main__":
    main()
