"""Live progress of a sampling run on stderr: per teacher done / in flight / failed, tokens, dollars, rate, ETA.

Quiet when stderr is not a terminal (logs, CI, pipes). Updates are throttled, so a run of thousands
of requests per second spends no measurable time drawing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


class SampleProgress:
    """A rich progress display fed by the sampler's `on_update` callback.

    Args:
        console: Where to draw. Defaults to stderr.
        clock: Monotonic seconds, for throttling and rates (injectable). Defaults to `time.monotonic`.
        interval_s: Least time between redraws. Defaults to 0.1.

    Example:
        >>> import io
        >>> from rich.console import Console
        >>> with SampleProgress(Console(file=io.StringIO(), force_terminal=False)) as progress:
        ...     progress.enabled
        False
    """

    def __init__(
        self, console: Console | None = None, *, clock: Callable[[], float] = time.monotonic, interval_s: float = 0.1
    ) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = self.console.is_terminal
        self._clock = clock
        self._interval = interval_s
        self._last = 0.0
        self._start = clock()
        self._tasks: dict[str, Any] = {}
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[line]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            disable=not self.enabled,
            transient=False,
        )

    def __enter__(self) -> SampleProgress:
        if self.enabled:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._progress.stop()

    def update(self, stats: dict[str, Any], *, force: bool = False) -> None:
        """Redraw from the sampler's per-teacher stats (at most every `interval_s`)."""
        if not self.enabled:
            return
        now = self._clock()
        if not force and now - self._last < self._interval:
            return
        self._last = now
        elapsed = max(now - self._start, 1e-9)
        for name, s in stats.items():
            task = self._tasks.get(name)
            if task is None:
                task = self._tasks[name] = self._progress.add_task(name, total=max(s.planned, 1), line="")
            line = (
                f"in flight {s.in_flight} · failed {s.failed} · cached {s.cached} · "
                f"{(s.prompt_tokens + s.output_tokens) / 1e3:,.1f}k tok · ${s.spent_usd:,.4f} · "
                f"{s.sent / elapsed:,.1f} req/s"
            )
            self._progress.update(task, total=max(s.planned, 1), completed=s.done + s.failed + s.skipped, line=line)
