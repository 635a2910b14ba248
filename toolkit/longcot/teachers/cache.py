"""The response cache: SQLite in WAL mode, written before a response is used.

Every completed response is committed under its request key (see
:func:`longcot.teachers.spec.request_key`) before the sampler counts it, builds a row from it or
sends the next request, so a crash, a `kill -9` or Ctrl-C never loses or re-pays a completed request.
Several processes (datatrove tasks, two runs on one machine) may share one cache file: WAL lets
readers run beside one writer, writes wait on a busy timeout, and a key written twice keeps the
first answer (`INSERT OR IGNORE`).

Tables:
    responses  key → the parsed response (JSON) plus the request it answers (params and messages;
               never an API key or a URL's credentials).
    batches    batch jobs submitted to a provider: id, teacher, the keys inside, status. A resumed
               run polls these instead of submitting (and paying) again.
    spend      money spent on requests that produced no usable response (billed failures).
    ledger     every dollar a named run (`longcot sample`: its output file) paid: one line per paid response or
               billed failure, written in the same transaction as the response, so `--max-usd` holds across
               resumes of that run (a response another run paid for costs this one nothing).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from longcot.errors import InputError


_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    teacher TEXT NOT NULL,
    sample_index INTEGER NOT NULL,
    request TEXT NOT NULL,
    response TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY,
    teacher TEXT NOT NULL,
    provider TEXT NOT NULL,
    keys TEXT NOT NULL,
    status TEXT NOT NULL,
    input_file_id TEXT,
    submitted REAL NOT NULL,
    finished REAL
);
CREATE TABLE IF NOT EXISTS spend (
    key TEXT NOT NULL,
    teacher TEXT NOT NULL,
    cost_usd REAL NOT NULL,
    reason TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger (
    run TEXT NOT NULL,
    key TEXT NOT NULL,
    teacher TEXT NOT NULL,
    cost_usd REAL NOT NULL,
    reason TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_run ON ledger (run);
"""

_INSERT_RESPONSE = (
    "INSERT OR IGNORE INTO responses (key, teacher, sample_index, request, response, created) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_LEDGER = "INSERT INTO ledger (run, key, teacher, cost_usd, reason, created) VALUES (?, ?, ?, ?, ?, ?)"


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=60.0, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode: a commit survives a killed process (only a power cut may lose the last ones).
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=60000")
    return conn


class ResponseCache:
    """A persistent key → response store shared safely by threads and processes.

    Args:
        path: The SQLite file (created with its folder if missing).

    Example:
        >>> import tempfile
        >>> cache = ResponseCache(tempfile.mkdtemp() + "/cache.sqlite")
        >>> cache.put("k1", {"completion": "4"}, teacher="openai:gpt-4o-mini", sample_index=0, request={})
        >>> cache.get("k1")["completion"]
        '4'
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = _connect(self.path)
            self._conn.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise InputError(
                f"cannot open the response cache {str(self.path)!r}: {exc}",
                hint="pass another --cache PATH (a corrupt cache can be moved aside; its responses are lost)",
            ) from None
        self._lock = threading.Lock()
        # Group commits (`put_many`) run on a worker thread over their own connection, so reads on the event
        # loop's thread never wait behind a commit's disk writes (WAL: readers do not block on the writer).
        self._writer: sqlite3.Connection | None = None
        self._write_lock = threading.Lock()

    def close(self) -> None:
        """Close the connections (the file stays)."""
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- responses ---------------------------------------------------------------------------------

    def get(self, key: str) -> dict[str, Any] | None:
        """The cached response for `key`, or None."""
        with self._lock:
            row = self._conn.execute("SELECT response FROM responses WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def get_many(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Cached responses for the keys that have one."""
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            with self._lock:
                rows = self._conn.execute(f"SELECT key, response FROM responses WHERE key IN ({marks})", chunk)
                out.update((key, json.loads(value)) for key, value in rows.fetchall())
        return out

    def put(
        self, key: str, response: dict[str, Any], *, teacher: str, sample_index: int, request: Any,
        run: str | None = None,
    ) -> None:  # fmt: skip
        """Commit one response (a key already present keeps its first response).

        `run`: also book the response's `cost_usd` to that run's ledger, in the same transaction.
        """
        self.put_many([(key, response, teacher, sample_index, request)], run=run, connection=self._conn,
                      lock=self._lock)  # fmt: skip

    def put_many(
        self,
        items: Sequence[tuple[str, dict[str, Any], str, int, Any]],
        *,
        run: str | None = None,
        connection: sqlite3.Connection | None = None,
        lock: threading.Lock | None = None,
    ) -> None:
        """Commit several responses `(key, response, teacher, sample_index, request)` in one transaction.

        All of them are on disk when this returns, or none is (an error rolls the transaction back). Safe to
        call from a worker thread: it writes over the cache's writer connection unless told otherwise.
        `run`: book each response's `cost_usd` (when > 0) to that run's ledger in the same transaction.
        """
        now = time.time()
        rows = [
            (key, teacher, sample_index, json.dumps(request, ensure_ascii=False, sort_keys=True),
             json.dumps(response, ensure_ascii=False), now)
            for key, response, teacher, sample_index, request in items
        ]  # fmt: skip
        ledger = []
        if run is not None:
            ledger = [(run, key, teacher, float(response["cost_usd"]), "response", now)
                      for key, response, teacher, _, _ in items if response.get("cost_usd")]  # fmt: skip
        if lock is None:
            lock = self._write_lock
        with lock:
            if connection is None:
                if self._writer is None:
                    self._writer = _connect(self.path)
                connection = self._writer
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(_INSERT_RESPONSE, rows)
                if ledger:
                    connection.executemany(_INSERT_LEDGER, ledger)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def count(self, teacher: str | None = None) -> int:
        """How many responses are cached (for one teacher, or all)."""
        with self._lock:
            if teacher is None:
                return int(self._conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0])
            row = self._conn.execute("SELECT COUNT(*) FROM responses WHERE teacher = ?", (teacher,)).fetchone()
            return int(row[0])

    def mean_output_tokens(self, teacher: str) -> float | None:
        """Mean output tokens (completion + reasoning) of this teacher's cached responses, for estimates."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT response FROM responses WHERE teacher = ? ORDER BY created DESC LIMIT 1000", (teacher,)
            ).fetchall()
        values = [json.loads(r[0]).get("completion_tokens") for r in rows]
        values = [v for v in values if isinstance(v, int)]
        return sum(values) / len(values) if values else None

    # -- billed failures ---------------------------------------------------------------------------

    def add_spend(self, key: str, *, teacher: str, cost_usd: float, reason: str, run: str | None = None) -> None:
        """Record money spent on a request that produced no usable response (and book it to `run`'s ledger)."""
        now = time.time()
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    "INSERT INTO spend (key, teacher, cost_usd, reason, created) VALUES (?, ?, ?, ?, ?)",
                    (key, teacher, cost_usd, reason, now),
                )
                if run is not None:
                    self._conn.execute(_INSERT_LEDGER, (run, key, teacher, cost_usd, reason, now))
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def run_spend(self, run: str) -> float:
        """Dollars booked to a run's ledger over every invocation of it (paid responses and billed failures)."""
        with self._lock:
            row = self._conn.execute("SELECT COALESCE(SUM(cost_usd), 0) FROM ledger WHERE run = ?", (run,)).fetchone()
        return float(row[0])

    def failed_spend(self) -> float:
        """Dollars recorded as spent on failed requests, over the cache's life."""
        with self._lock:
            return float(self._conn.execute("SELECT COALESCE(SUM(cost_usd), 0) FROM spend").fetchone()[0])

    # -- batches -----------------------------------------------------------------------------------

    def add_batch(
        self, batch_id: str, *, teacher: str, provider: str, keys: Iterable[str], input_file_id: str | None = None
    ) -> None:
        """Record a submitted batch job, before anything else happens to it."""
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO batches (batch_id, teacher, provider, keys, status, input_file_id, submitted) "
                "VALUES (?, ?, ?, ?, 'submitted', ?, ?)",
                (batch_id, teacher, provider, json.dumps(sorted(keys)), input_file_id, time.time()),
            )

    def open_batches(self, teacher: str) -> list[tuple[str, list[str]]]:
        """`(batch_id, keys)` of this teacher's batches not yet collected."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT batch_id, keys FROM batches WHERE teacher = ? AND status = 'submitted' ORDER BY submitted",
                (teacher,),
            ).fetchall()
        return [(batch_id, json.loads(keys)) for batch_id, keys in rows]

    def close_batch(self, batch_id: str, status: str) -> None:
        """Mark a batch as collected (`ended`) or given up (`failed`, `expired`, `cancelled`)."""
        with self._lock:
            self._conn.execute(
                "UPDATE batches SET status = ?, finished = ? WHERE batch_id = ?", (status, time.time(), batch_id)
            )

    def batches(self) -> list[dict[str, Any]]:
        """Every batch recorded, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT batch_id, teacher, provider, keys, status FROM batches ORDER BY submitted"
            ).fetchall()
        return [
            {"batch_id": b, "teacher": t, "provider": p, "keys": json.loads(k), "status": s} for b, t, p, k, s in rows
        ]
