"""What a check found: matches with evidence, per flagged row, and a summary per benchmark."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


#: Methods from the most to the least direct evidence; a row's match is reported under the first that fires.
METHODS: tuple[str, ...] = ("exact", "ngram", "fuzzy", "embedding")


@dataclass(frozen=True)
class Match:
    """One benchmark item found in one text column of a row.

    Attributes:
        benchmark: Benchmark name (`aime2024`).
        item_id: Benchmark item id (`aime-2024-I-01`).
        method: The signal that decided: exact | ngram | fuzzy | embedding.
        score: That signal's score (0..1).
        column: The row column the item was found in.
        row_span: `[start, end)` characters of the evidence in the row's column text.
        benchmark_span: `[start, end)` characters of the matched part of the benchmark problem.
        text: The row text in `row_span` (cut to 400 characters).
        signals: Every signal computed for the pair (coverage, longest, fuzzy, numbers, answer, cosine).
    """

    benchmark: str
    item_id: str
    method: str
    score: float
    column: str
    row_span: tuple[int, int]
    benchmark_span: tuple[int, int]
    text: str
    signals: dict[str, Any] = field(default_factory=dict)

    def evidence(self) -> dict[str, Any]:
        """The evidence object of the report: spans, matched text and the signals."""
        return {
            "row_span": list(self.row_span),
            "benchmark_span": list(self.benchmark_span),
            "text": self.text,
            **self.signals,
        }

    def to_dict(self) -> dict[str, Any]:
        """The match as the report writes it."""
        return {
            "benchmark": self.benchmark,
            "item_id": self.item_id,
            "method": self.method,
            "score": round(self.score, 4),
            "column": self.column,
            "evidence": self.evidence(),
        }

    def to_record(self) -> dict[str, Any]:
        """The match as a `contamination` struct of the row schema (evidence as a JSON string)."""
        return {**self.to_dict(), "evidence": json.dumps(self.evidence(), ensure_ascii=False)}


@dataclass
class FlaggedRow:
    """A row with at least one match.

    Attributes:
        row: Index of the row in the input (0-based, across all input files).
        id: The row's id (`problem_id`, `id` or `request_key` column) when it has one.
        matches: Best match per benchmark item, strongest first.
    """

    row: int
    id: Any
    matches: list[Match]

    @property
    def column(self) -> str:
        """Column of the strongest match."""
        return self.matches[0].column

    def to_dict(self) -> dict[str, Any]:
        """One line of the report JSONL."""
        return {"row": self.row, "id": self.id, "column": self.column, "matches": [m.to_dict() for m in self.matches]}


@dataclass
class Report:
    """The result of a contamination check.

    Attributes:
        n_rows: Rows checked.
        columns: Text columns checked.
        benchmarks: `{name: {"items": n, "origin": ..., "cutoff": ...}}` of the benchmarks checked against.
        methods: Methods that were on.
        flagged: Flagged rows, in row order.
    """

    n_rows: int
    columns: list[str]
    benchmarks: dict[str, dict[str, Any]]
    methods: list[str]
    flagged: list[FlaggedRow] = field(default_factory=list)

    @property
    def contaminated(self) -> bool:
        """True when any row matched."""
        return bool(self.flagged)

    def flagged_rows(self) -> list[int]:
        """Indices of the flagged rows."""
        return [r.row for r in self.flagged]

    def summary(self, *, top: int = 5) -> dict[str, Any]:
        """Per benchmark: rows flagged, rows by method, top matched items; plus totals.

        Args:
            top: How many of the most matched items to list per benchmark.
        """
        rows: dict[str, set[int]] = defaultdict(set)
        by_method: dict[str, Counter[str]] = defaultdict(Counter)
        items: dict[str, Counter[str]] = defaultdict(Counter)
        for fr in self.flagged:
            seen: dict[str, str] = {}
            for m in fr.matches:
                rows[m.benchmark].add(fr.row)
                items[m.benchmark][m.item_id] += 1
                seen.setdefault(m.benchmark, m.method)  # strongest method per (row, benchmark)
            for bench, method in seen.items():
                by_method[bench][method] += 1
        per = {}
        for name, info in self.benchmarks.items():
            per[name] = {
                **info,
                "rows_flagged": len(rows.get(name, ())),
                "by_method": dict(by_method.get(name, {})),
                "top_matches": [{"item_id": i, "rows": n} for i, n in items.get(name, Counter()).most_common(top)],
            }
        return {
            "rows": self.n_rows,
            "rows_flagged": len(self.flagged),
            "contaminated": self.contaminated,
            "columns": self.columns,
            "methods": self.methods,
            "benchmarks": per,
        }

    def write_jsonl(self, path: str | Path) -> None:
        """Write one JSON object per flagged row (see :meth:`FlaggedRow.to_dict`)."""
        with open(path, "w", encoding="utf-8") as fh:
            for fr in self.flagged:
                fh.write(json.dumps(fr.to_dict(), ensure_ascii=False) + "\n")


def merge_matches(matches: Sequence[Match]) -> list[Match]:
    """Keep the strongest match per (benchmark, item): earlier method first, then higher score."""
    best: dict[tuple[str, str], Match] = {}
    rank = {m: i for i, m in enumerate(METHODS)}
    for m in matches:
        key = (m.benchmark, m.item_id)
        cur = best.get(key)
        if cur is None or (rank[m.method], -m.score) < (rank[cur.method], -cur.score):
            best[key] = m
    # Ties in a fixed order (benchmark, item): candidates come out of sets, whose order changes between runs.
    return sorted(best.values(), key=lambda m: (rank[m.method], -m.score, m.benchmark, m.item_id))
