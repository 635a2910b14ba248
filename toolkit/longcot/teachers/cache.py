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
    ledger     every dollar a named run (`longcot sample`: its output file; a pipeline's `sample` step: its output
               folder and step) paid: one line per paid response or billed failure, written in the same transaction
               as the response, so `--max-usd` holds across resumes of that run (a response another run paid for
               costs this one nothing).
    run_totals the ledger's sum per run, kept by a trigger in the same transaction (a budget check reads one row).
    reservations
               the expected cost of each request of a run now in flight, in any process (datatrove tasks). A
               request is sent only after :meth:`ResponseCache.reserve` booked it under the run's cap in one
               transaction; its reservation goes in the transaction that commits its response.
"""

from __future__ import annotations

import json
import os
import socket
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
CREATE TABLE IF NOT EXISTS reservations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run TEXT NOT NULL,
    owner TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    cost_usd REAL NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS reservations_run ON reservations (run);
"""

_TRIGGER = """
CREATE TRIGGER ledger_total AFTER INSERT ON ledger BEGIN
    INSERT INTO run_totals (run, spent_usd) VALUES (NEW.run, NEW.cost_usd)
    ON CONFLICT (run) DO UPDATE SET spent_usd = spent_usd + NEW.cost_usd;
END
"""

_RESERVE = (
    "INSERT INTO reservations (run, owner, host, pid, cost_usd, created) SELECT ?, ?, ?, ?, ?, ? "
    "WHERE COALESCE((SELECT spent_usd FROM run_totals WHERE run = ?), 0) "
    "+ (SELECT COALESCE(SUM(cost_usd), 0) FROM reservations WHERE run = ?) + ? <= ?"
)

_HOST = socket.gethostname()

#: Reservations older than this are dropped as left behind (a task killed on another host).
RESERVATION_TTL_S = 24 * 3600.0

_INSERT_RESPONSE = (
    "INSERT OR IGNORE INTO responses (key, teacher, sample_index, request, response, created) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_LEDGER = "INSERT INTO ledger (run, key, teacher, cost_usd, reason, created) VALUES (?, ?, ?, ?, ?, ?)"


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: How long opening a cache keeps retrying while other processes hold it locked.
OPEN_TIMEOUT_S = 60.0


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=OPEN_TIMEOUT_S, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=60000")
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a commit survives a killed process (only a power cut may lose the last ones).
        conn.execute("PRAGMA synchronous=NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


def _locked(exc: sqlite3.Error) -> bool:
    """Whether an error is another connection's lock (worth waiting for), not a broken file."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _retry_locked(open_: Any) -> Any:
    """Run `open_()` until it does not fail on a lock, for up to OPEN_TIMEOUT_S.

    SQLite answers some lock conflicts at once, without waiting on the busy timeout: the switch of a fresh file to
    WAL, WAL recovery, a read that must become a write. Several processes opening one new cache together (datatrove
    tasks starting at once) meet these; each waits its turn here instead of failing.
    """
    deadline, delay = time.monotonic() + OPEN_TIMEOUT_S, 0.01
    while True:
        try:
            return open_()
        except sqlite3.Error as exc:
            if not _locked(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


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
            self._conn = _retry_locked(self._open)
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

    def _open(self) -> sqlite3.Connection:
        """A connection with the schema in place (closed again when any step fails)."""
        conn = _connect(self.path)
        try:
            conn.executescript(_SCHEMA)
            self._ensure_totals(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _ensure_totals(self, conn: sqlite3.Connection) -> None:
        """`run_totals` and its trigger, filled from the ledger rows already there (a cache written by an older
        longcot) in the same transaction, so no booking is missed or counted twice when several processes open it."""
        exists = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'ledger_total'"
        if conn.execute(exists).fetchone():
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not conn.execute(exists).fetchone():
                conn.execute("CREATE TABLE IF NOT EXISTS run_totals (run TEXT PRIMARY KEY, spent_usd REAL NOT NULL)")
                conn.execute("DELETE FROM run_totals")
                conn.execute("INSERT INTO run_totals SELECT run, SUM(cost_usd) FROM ledger GROUP BY run")
                conn.execute(_TRIGGER)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

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
        release: Sequence[int] = (),
        connection: sqlite3.Connection | None = None,
        lock: threading.Lock | None = None,
    ) -> None:
        """Commit several responses `(key, response, teacher, sample_index, request)` in one transaction.

        All of them are on disk when this returns, or none is (an error rolls the transaction back). Safe to
        call from a worker thread: it writes over the cache's writer connection unless told otherwise.
        `run`: book each response's `cost_usd` (when > 0) to that run's ledger in the same transaction.
        `release`: reservations (ids from :meth:`reserve`) these responses settle, dropped in the same transaction.
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
                    self._writer = _retry_locked(lambda: _connect(self.path))
                connection = self._writer
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(_INSERT_RESPONSE, rows)
                if ledger:
                    connection.executemany(_INSERT_LEDGER, ledger)
                if release:
                    connection.executemany("DELETE FROM reservations WHERE id = ?", [(r,) for r in release])
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
            row = self._conn.execute("SELECT spent_usd FROM run_totals WHERE run = ?", (run,)).fetchone()
        return 0.0 if row is None else float(row[0])

    # -- a run's budget, shared by processes ---------------------------------------------------------------

    def reserve(self, run: str, cost_usd: float, cap_usd: float, *, owner: str) -> int | None:
        """Book `cost_usd` for a request about to be sent, if the run stays within `cap_usd`; its id, else None.

        In one write transaction: what the run has paid (every process, every invocation) plus what every process
        has reserved for requests in flight plus `cost_usd` is compared with the cap, and the reservation is written
        only when it fits. So tasks sharing the cache never together send more than the cap allows. Settle it with
        `put_many(..., release=[id])` (the response's commit) or :meth:`release` (the request failed).
        """
        # One statement (its own write transaction): the check and the insert cannot be split by another writer.
        with self._lock:
            cursor = self._conn.execute(_RESERVE, (run, owner, _HOST, os.getpid(), cost_usd, time.time(), run, run,
                                                   cost_usd, cap_usd))  # fmt: skip
        return int(cursor.lastrowid) if cursor.rowcount == 1 else None

    def release(self, ids: Sequence[int]) -> None:
        """Drop reservations whose request ended without a response to commit."""
        if ids:
            with self._lock:
                self._conn.executemany("DELETE FROM reservations WHERE id = ?", [(r,) for r in ids])

    def run_committed(self, run: str) -> float:
        """Dollars a run has paid plus what its requests in flight (every process) have reserved."""
        with self._lock:
            held = self._conn.execute("SELECT COALESCE(SUM(cost_usd), 0) FROM reservations WHERE run = ?",
                                      (run,)).fetchone()  # fmt: skip
        return self.run_spend(run) + float(held[0])

    def clear_stale_reservations(self, run: str) -> int:
        """Drop a run's reservations left by processes that died (on this host) or older than a day; how many.

        A killed task cannot release what it reserved; its requests either committed (and released) or were never
        answered, so what it still holds is money not spent.
        """
        host, now = _HOST, time.time()
        with self._lock:
            rows = self._conn.execute("SELECT id, host, pid, created FROM reservations WHERE run = ?", (run,))
            rows = rows.fetchall()
        stale = [i for i, h, pid, at in rows if now - at > RESERVATION_TTL_S or (h == host and not _alive(pid))]
        self.release(stale)
        return len(stale)

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
