"""The CPUs this process may use (its affinity on Linux, the machine's count elsewhere)."""

from __future__ import annotations

import os


def usable_cpus() -> int:
    """How many CPUs this process may run on: its affinity mask (Slurm, `taskset`, containers), else `cpu_count`."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
