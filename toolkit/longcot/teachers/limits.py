"""Request- and token-per-minute limits: two token buckets, awaited before each request.

Each bucket refills continuously at `limit / 60` per second and holds at most ten seconds' worth, so
a run never bursts far past a provider's per-minute limit. A request reserves its estimated tokens
(prompt estimate + `max_tokens`, which is also how OpenAI counts a request against its TPM) and
:meth:`RateLimiter.settle` corrects the bucket with the real usage once the answer arrives.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class RateLimiter:
    """Async limiter for requests per minute (`rpm`) and tokens per minute (`tpm`); None means no limit.

    Args:
        rpm: Requests per minute. Defaults to no limit.
        tpm: Tokens per minute. Defaults to no limit.
        clock: Monotonic seconds (injectable for tests). Defaults to `time.monotonic`.
        sleep: Async sleep (injectable for tests). Defaults to `asyncio.sleep`.

    Example:
        >>> import asyncio
        >>> limiter = RateLimiter(rpm=600)
        >>> asyncio.run(limiter.acquire(tokens=10))
    """

    burst_s = 10.0

    def __init__(
        self,
        rpm: int | None = None,
        tpm: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rpm, self.tpm = rpm or None, tpm or None
        self._clock, self._sleep = clock, sleep
        self._req_cap = max(1.0, (self.rpm or 0) * self.burst_s / 60.0)
        self._tok_cap = max(1.0, (self.tpm or 0) * self.burst_s / 60.0)
        self._req = self._req_cap
        self._tok = self._tok_cap
        self._last = clock()

    @property
    def active(self) -> bool:
        """Whether any limit is set."""
        return self.rpm is not None or self.tpm is not None

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._last)
        self._last = now
        if self.rpm:
            self._req = min(self._req_cap, self._req + elapsed * self.rpm / 60.0)
        if self.tpm:
            self._tok = min(self._tok_cap, self._tok + elapsed * self.tpm / 60.0)

    async def acquire(self, tokens: int = 0) -> None:
        """Wait until one more request (and `tokens` more tokens) fit under the limits, then take them."""
        if not self.active:
            return
        # A request larger than the bucket would wait forever; it waits for a full bucket instead.
        need_tok = min(float(tokens), self._tok_cap) if self.tpm else 0.0
        while True:
            self._refill()
            wait = 0.0
            if self.rpm and self._req < 1.0:
                wait = max(wait, (1.0 - self._req) * 60.0 / self.rpm)
            if self.tpm and self._tok < need_tok:
                wait = max(wait, (need_tok - self._tok) * 60.0 / self.tpm)
            if wait <= 0.0:
                if self.rpm:
                    self._req -= 1.0
                if self.tpm:
                    self._tok -= float(tokens)
                return
            await self._sleep(wait)

    def settle(self, reserved: int, actual: int | None) -> None:
        """Give back (or take) the difference between the tokens reserved and those used."""
        if self.tpm and actual is not None:
            self._tok = min(self._tok_cap, self._tok + reserved - actual)
