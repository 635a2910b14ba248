"""Worker processes of a local run die with the `longcot run` process that started them.

datatrove's local executor runs tasks in a `multiprocess` pool (forkserver workers) and keeps a
`multiprocess.Manager` server beside it. If only the parent is killed (`kill -9 PID`, an OOM kill, a
closed terminal), neither learns of it: workers go on writing shards, the manager lingers, and an
immediate re-run races them for the same `.tmp` files. Two mechanisms close that gap:

- the parent-death signal (Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`, set through ctypes) in every
  process forked from the run (the manager, fork-context workers) and in each worker at task start
  (a forkserver worker's parent is the forkserver, which exits as soon as the run's process is gone);
- a watchdog thread in each worker that polls the run's process (pid and start time, so a reused pid
  does not count) and ends the worker when it is gone, for systems without `prctl`.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from pathlib import Path


PR_SET_PDEATHSIG = 1

#: Pid of the process running a local pipeline; set by :func:`guard_children`, inherited by forks.
_GUARD_PID: int | None = None
_watching: int | None = None


def set_parent_death_signal(sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send `sig` to this process when its parent dies (Linux); False elsewhere."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def process_identity(pid: int) -> str | None:
    """The start time of a live process (field 22 of /proc/PID/stat); None if it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:  # no /proc: fall back to "does the pid exist"
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "?"
    fields = stat.rsplit(")", 1)[-1].split()
    if not fields or fields[0] in ("Z", "X"):
        return None
    return fields[19] if len(fields) > 19 else "?"


def guard_worker(parent_pid: int | None, parent_identity: str | None, *, poll_s: float = 0.2) -> None:
    """Make this worker process end when the run's process `parent_pid` ends (idempotent, per process).

    Does nothing in the run's own process (`workers: 1` runs tasks there) or when `parent_pid` is None
    (Slurm and Ray tasks, which their engine supervises).
    """
    global _watching
    if parent_pid is None or os.getpid() == parent_pid or _watching == parent_pid:
        return
    _watching = parent_pid
    set_parent_death_signal()
    if process_identity(parent_pid) != parent_identity:  # already gone
        os._exit(1)

    def watch() -> None:
        while process_identity(parent_pid) == parent_identity:
            time.sleep(poll_s)
        os._exit(1)  # the run is gone: stop writing before a re-run starts on the same files

    threading.Thread(target=watch, name="longcot-lifeline", daemon=True).start()


def guard_children(enabled: bool) -> None:
    """Within a local run, give every process forked from this one the parent-death signal."""
    global _GUARD_PID
    _GUARD_PID = os.getpid() if enabled else None


def _after_fork_in_child() -> None:
    if _GUARD_PID is not None and os.getppid() == _GUARD_PID:
        set_parent_death_signal()


os.register_at_fork(after_in_child=_after_fork_in_child)
