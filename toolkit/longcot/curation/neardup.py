"""`dedup` with `method: minhash`: near-duplicate problems across the whole run, by MinHash LSH (datasketch).

Two problems are near-duplicates when

1. their word-shingle sets are similar: MinHash signatures (datasketch, `num_perm` permutations) of the
   lower-cased word `shingle`-grams, candidates from datasketch's `MinHashLSH` at `threshold`, confirmed
   by the signatures' estimated Jaccard similarity ≥ `threshold`; and
2. they state the same problem: the same gold answer (when rows have `gold_answer`), the same numbers
   (as a multiset; `1,000` is `1000`, `two` is `2`) and the same formulas (`$...$`, `$$...$$`,
   `\\(...\\)`, `\\[...\\]` segments, compared without spacing, case, `\\left`/`\\right`,
   `\\dfrac`/`\\tfrac` and braces around one character). A problem that differs in a number or a
   formula is another problem (MATH's same-template siblings: "the remainder of 2^100 mod 7" and "of
   3^100 mod 5"), as in the contamination check; wording, case, whitespace and punctuation changes
   are not.

Near-duplicates are merged into clusters (union-find); each cluster keeps its best sample group (the
problem with the most correct samples, then the most samples, then the smallest key) and drops the rows
of the others with reason `near_duplicate`. The clusters it merged go to
`global/NN-dedup/clusters.jsonl` (one line per cluster: the kept problem and each merged one with its
similarity). It is a global step: signatures per task, one LSH pass over every problem, drops per task.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from longcot.curation.common import problem_key, require_from
from longcot.errors import ConfigError
from longcot.pipeline.base import require
from longcot.pipeline.stages import GlobalProcessor
from longcot.verify.normalize import NUMBER_WORDS


_FORMULA = r"\$\$.+?\$\$|\$[^$]+\$|\\\(.+?\\\)|\\\[.+?\\\]"
_NUMBER_WORD_VALUES = {word: str(value) for value, word in enumerate(NUMBER_WORDS)}
_NUMBER_WORDS = r"\b(?:" + "|".join(_NUMBER_WORD_VALUES) + r")\b"
_ANSWER_NOISE = r"\s+|\$|\\left|\\right|\\[,;:! ]|\\text|\\mbox|\\boxed|[{}]"
_FORMULA_NOISE = r"\s+|\\left|\\right|\\[,;:! ]|\\displaystyle|^\$+|\$+$|^\\[(\[]|\\[)\]]$|[.,;]$"


def problem_signature_exprs(column: str = "problem") -> dict[str, pl.Expr]:
    """The numbers and formulas of a problem as two canonical strings (polars expressions).

    Example:
        >>> frame = pl.DataFrame({"problem": ["Find $X^2 + 1$ for 1,000 cats.", "find $x^{2}+1$  for 1000 CATS"]})
        >>> frame.select(**problem_signature_exprs()).rows()
        [('1 1000 2', 'x^2+1'), ('1 1000 2', 'x^2+1')]
    """
    text = pl.col(column).cast(pl.String).fill_null("")
    ungrouped = text.str.replace_all(r"(\d)(?:,|\{,\})(\d{3})", "$1$2").str.replace_all(
        r"(\d)(?:,|\{,\})(\d{3})", "$1$2"
    )
    digits = ungrouped.str.extract_all(r"\d+(?:\.\d+)?")
    words = (
        ungrouped.str.to_lowercase()
        .str.extract_all(_NUMBER_WORDS)
        .list.eval(pl.element().replace_strict(_NUMBER_WORD_VALUES, default=pl.element()))
    )
    numbers = pl.concat_list(digits, words).list.sort().list.join(" ")
    formulas = (
        text.str.extract_all(_FORMULA)
        .list.eval(
            pl.element()
            .str.to_lowercase()
            .str.replace_all(r"\\[dt]frac", r"\frac")
            .str.replace_all(_FORMULA_NOISE, "")
            .str.replace_all(_FORMULA_NOISE, "")
            .str.replace_all(r"\{([^{}\\])\}", "$1")  # `x^{2}` is `x^2`
        )
        .list.sort()
        .list.join("\x1f")
    )
    return {"_numbers": numbers, "_formulas": formulas}


def shingle_hashes(texts: pl.Series, *, shingle: int) -> list[np.ndarray]:
    """The uint32 hashes of each text's word `shingle`-grams (lower-cased; punctuation is not a word)."""
    words = pl.DataFrame({"t": texts.cast(pl.String).fill_null("")}).select(
        pl.col("t").str.to_lowercase().str.extract_all(r"[\p{L}\p{N}]+").alias("w")
    )
    lengths = words["w"].list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = words["w"].explode().drop_nulls()
    h = flat.hash(seed=11).to_numpy() if flat.len() else np.zeros(0, dtype=np.uint64)
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    mults = [
        np.uint64(((0x9E3779B97F4A7C15 + 2 * k * 0x632BE59BD9B4E019) | 1) & 0xFFFFFFFFFFFFFFFF) for k in range(shingle)
    ]
    out = []
    for i in range(len(lengths)):
        w = h[offsets[i] : offsets[i + 1]]
        if len(w) < shingle:  # a text shorter than a shingle is one shingle of its own length
            g = np.array([int(np.bitwise_xor.reduce(w * mults[0])) if len(w) else 0], dtype=np.uint64)
        else:
            n = len(w) - shingle + 1
            g = np.zeros(n, dtype=np.uint64)
            for k in range(shingle):
                g += w[k : k + n] * mults[k]
        out.append(np.unique((g >> np.uint64(32)) ^ (g & np.uint64(0xFFFFFFFF))).astype(np.uint32))
    return out


@dataclass(frozen=True)
class MinHashDedupConfig:
    """Near-duplicate problems by MinHash LSH over word shingles, global across tasks.

    Attributes:
        method: `minhash` (this step); `exact` is the per-task exact dedup. Defaults to `minhash`.
        column: The text compared. Defaults to `problem`.
        shingle: Words per shingle. Defaults to 2.
        threshold: Jaccard similarity (estimated from the signatures) from which two problems are
            near-duplicates, given equal numbers and formulas. Defaults to 0.6.
        num_perm: MinHash permutations. Defaults to 128.
        seed: MinHash seed. Defaults to 1.
        group_by: What one sample group is: `auto` (`problem_id`, else the normalised text), `problem_id`
            or `problem`. Defaults to `auto`.
        check_numbers: Near-duplicates must have the same numbers. Defaults to True.
        check_formulas: Near-duplicates must have the same formulas. Defaults to True.
        check_answer: Near-duplicates must have the same `gold_answer` (compared without spacing, case,
            `$` and `\\dfrac`), when the rows have one: a same-template sibling that asks another question
            ("exactly 8 heads" / "at least 8 heads") has another answer. Defaults to True.
        formula_threshold: Lower Jaccard threshold for problems with the same formulas (at least
            `formula_min_chars` characters of them) and the same numbers: a short problem carried by its
            formula loses most of its shingles to a rewording. None turns it off. Defaults to 0.3.
        formula_min_chars: Fewest characters of normalised formulas for `formula_threshold`. Defaults to 8.
    """

    method: str = "minhash"
    column: str = "problem"
    shingle: int = 2
    threshold: float = 0.6
    num_perm: int = 128
    seed: int = 1
    group_by: str = "auto"
    check_numbers: bool = True
    check_formulas: bool = True
    check_answer: bool = True
    formula_threshold: float | None = 0.3
    formula_min_chars: int = 8

    def __post_init__(self) -> None:
        if self.method != "minhash":
            raise ConfigError(f"step 'dedup': method must be exact or minhash, got {self.method!r}")
        if self.shingle < 1 or self.num_perm < 16 or not 0.0 < self.threshold < 1.0:
            raise ConfigError(
                f"step 'dedup' (minhash): need shingle >= 1, num_perm >= 16, 0 < threshold < 1; got "
                f"shingle={self.shingle!r}, num_perm={self.num_perm!r}, threshold={self.threshold!r}"
            )
        if self.group_by not in ("auto", "problem_id", "problem"):
            raise ConfigError(f"step 'dedup': group_by must be auto, problem_id or problem, got {self.group_by!r}")


class MinHashDedup(GlobalProcessor):
    """Drop near-duplicate problems (all their samples), keeping the best sample group of each cluster.

    Drop reason: `near_duplicate`. Writes `clusters.jsonl` beside its decision in a pipeline run; in
    memory the clusters are in :attr:`clusters` after a call.

    Example:
        >>> rows = pl.DataFrame({"problem": ["Find the sum of 2 and 3, please.", "find the SUM of 2 and 3 please",
        ...                                  "Find the sum of 2 and 4, please."]})
        >>> MinHashDedup()(rows)["problem"].to_list()
        ['Find the sum of 2 and 3, please.', 'Find the sum of 2 and 4, please.']
    """

    name = "dedup"
    Config = MinHashDedupConfig
    requires = (("datasketch", "core"),)

    def __init__(self, config: MinHashDedupConfig | None = None) -> None:
        super().__init__(config)
        self.clusters: list[dict[str, Any]] = []

    def collect(self, batch: pl.DataFrame) -> pl.DataFrame:
        from datasketch import MinHash

        cfg: MinHashDedupConfig = self.config
        require_from(batch, {cfg.column: "the input block"}, step="dedup (minhash)")
        correct = (pl.col("verdict") == "correct").fill_null(False) if "verdict" in batch.columns else pl.lit(False)
        answer = (
            pl.col("gold_answer")
            .cast(pl.String)
            .str.to_lowercase()
            .str.replace_all(r"\\[dt]frac", r"\frac")
            .str.replace_all(_ANSWER_NOISE, "")
            if "gold_answer" in batch.columns
            else pl.lit(None, dtype=pl.String)
        )
        groups = (
            batch.with_columns(problem_key(batch, cfg.group_by).alias("key"), correct.alias("_correct"))
            .group_by("key", maintain_order=True)
            .agg(
                pl.col(cfg.column).first().cast(pl.String).alias("text"),
                answer.first().alias("_answer"),
                pl.len().cast(pl.Int64).alias("n"),
                pl.col("_correct").sum().cast(pl.Int64).alias("correct"),
            )
        )
        groups = groups.with_columns(**problem_signature_exprs("text"))
        hashes = shingle_hashes(groups["text"], shingle=cfg.shingle)
        signatures = [
            m.hashvalues.astype(np.uint32)
            for m in MinHash.generator(hashes, num_perm=cfg.num_perm, seed=cfg.seed, hashfunc=int)
        ]
        return groups.with_columns(pl.Series("signature", signatures, dtype=pl.List(pl.UInt32)))

    def reduce(self, parts: pl.DataFrame, *, out_dir: Path | None) -> pl.DataFrame:
        require("the minhash dedup", self.requires)
        from datasketch import LeanMinHash, MinHashLSH

        cfg: MinHashDedupConfig = self.config
        empty = pl.DataFrame(schema={"key": pl.String, "cluster": pl.Int64, "kept": pl.String})
        if parts.height == 0:
            self.clusters = []
            self._write_clusters(out_dir)
            return empty
        groups = (
            parts.group_by("key", maintain_order=True)
            .agg(
                pl.col("text", "_numbers", "_formulas", "_answer", "signature").first(),
                pl.col("n").sum(),
                pl.col("correct").sum(),
            )
            .sort("key")  # the same clusters whatever order the tasks finished in
        )
        keys = groups["key"].to_list()
        signatures = np.stack(groups["signature"].to_numpy()) if groups.height else np.zeros((0, cfg.num_perm))
        numbers = groups["_numbers"].to_list() if cfg.check_numbers else [""] * len(keys)
        formulas = groups["_formulas"].to_list() if cfg.check_formulas else [""] * len(keys)
        answers = groups["_answer"].to_list() if cfg.check_answer else [None] * len(keys)
        # Weighted towards false negatives: LSH only proposes candidates, the signatures' Jaccard decides.
        lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm, weights=(0.1, 0.9))
        parent = list(range(len(keys)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        similarity: dict[int, float] = {}

        def consider(i: int, j: int, threshold: float) -> None:
            if numbers[i] != numbers[j] or formulas[i] != formulas[j]:
                return
            if answers[i] is not None and answers[j] is not None and answers[i] != answers[j]:
                return
            jaccard = float(np.mean(signatures[i] == signatures[j]))
            if jaccard < threshold:
                return
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
            similarity[i] = max(similarity.get(i, 0.0), jaccard)

        for i in range(len(keys)):
            sketch = LeanMinHash(seed=cfg.seed, hashvalues=signatures[i].astype(np.uint32), scheme="affine32")
            for j in lsh.query(sketch):
                consider(i, j, cfg.threshold)
            lsh.insert(i, sketch)
        if cfg.formula_threshold is not None and cfg.check_formulas:
            # A problem carried by its formulas ("Compute $\\sqrt{(31)(30)(29)(28)+1}$.") keeps them through a
            # rewording that changes most of its few words: the same formulas and numbers are candidates too.
            same = groups.with_row_index("_i").filter(pl.col("_formulas").str.len_chars() >= cfg.formula_min_chars)
            for members in same.group_by("_formulas", "_numbers").agg("_i")["_i"].to_list():
                for a_pos, i in enumerate(members[1:], start=1):
                    for j in members[:a_pos]:
                        consider(i, j, cfg.formula_threshold)
        roots = np.array([find(i) for i in range(len(keys))], dtype=np.int64)
        frame = groups.select("key", "text", "n", "correct").with_columns(pl.Series("root", roots))
        merged = frame.filter(pl.len().over("root") > 1)
        best = (
            merged.sort(["root", "correct", "n", "key"], descending=[False, True, True, False])
            .group_by("root", maintain_order=True)
            .agg(pl.col("key").first().alias("kept"))
        )
        decided = merged.join(best, on="root").with_columns(
            pl.col("root").rank("dense").cast(pl.Int64).alias("cluster")
        )
        index_of = {key: i for i, key in enumerate(keys)}
        self.clusters = []
        for (cluster,), members in decided.sort("cluster").group_by("cluster", maintain_order=True):
            kept = members.filter(pl.col("key") == pl.col("kept")).row(0, named=True)
            others = members.filter(pl.col("key") != pl.col("kept"))
            self.clusters.append(
                {
                    "cluster": int(cluster),
                    "kept": {k: kept[k] for k in ("key", "text", "n", "correct")},
                    "merged": [
                        {**{k: r[k] for k in ("key", "text", "n", "correct")},
                         "similarity": round(similarity.get(index_of[r["key"]], 1.0), 4)}
                        for r in others.iter_rows(named=True)
                    ],
                }
            )  # fmt: skip
        self._write_clusters(out_dir)
        return decided.select("key", "cluster", "kept")

    def _write_clusters(self, out_dir: Path | None) -> None:
        if out_dir is None:
            return
        path = Path(out_dir) / "clusters.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            for cluster in self.clusters:
                handle.write(json.dumps(cluster, ensure_ascii=False) + "\n")
        tmp.replace(path)

    def mark(self, batch: pl.DataFrame, decision: pl.DataFrame) -> pl.DataFrame:
        cfg: MinHashDedupConfig = self.config
        require_from(batch, {cfg.column: "the input block"}, step="dedup (minhash)")
        dropped = decision.filter(pl.col("key") != pl.col("kept")).select(
            pl.col("key").alias("_nd_key"), pl.lit("near_duplicate").alias("drop_reason")
        )
        keyed = batch.drop("drop_reason", strict=False).with_columns(problem_key(batch, cfg.group_by).alias("_nd_key"))
        return keyed.join(dropped, on="_nd_key", how="left", maintain_order="left").drop("_nd_key")
