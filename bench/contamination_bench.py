"""Contamination checkers side by side on the labelled set: recall per positive kind, FPR per negative kind, rows/s.

Run: `LONGCOT_SHARED_DATA=../shared/data python bench/contamination_bench.py [--no-embeddings] [--per-kind N]`
     (`pip install 'longcot[bench]'`: the embedding signal, and spacy for datatrove's word tokenizer)
     `... contamination_bench.py --scale 20000`: throughput on 4k-character rows against every AIME year.
     `... contamination_bench.py --math-train`: MATH train against MATH-500 + AMC 2023 (false positives).
     `... contamination_bench.py --heldout fresh.jsonl`: first contact on paraphrases written before a run.
     `... contamination_bench.py --embedding-anchor`: also `emb as before`, the embedding stage as it was
     before the one-by-one encoding (batches of 64, torch's threads, `embedding_words` 0.15), side by side
     (the model loads once, before the timings: its loading time is printed apart).

Methods (all single process, same texts, index = AIME 2024 + AIME 2025):
- `longcot`: :class:`longcot.contamination.ContaminationChecker`, exact + ngram + fuzzy.
- `longcot+emb`: the same with the embedding signal (all-MiniLM-L6-v2, `embeddings` extra).
- `open-r1 8gram`: open-r1/s1's check: any shared lower-cased whitespace word 8-gram.
- `open-thoughts fuzz95`: rapidfuzz `fuzz.ratio >= 95` against every benchmark problem.
- `datatrove 12gram`: datatrove's real `NGramsDecontFilter` (12-grams, `find_query_ngrams=True`), its
  index built here the way `NGramsDecontIndexer.compute_hashes` does (the stock indexer needs lighteval).

Each method is timed `--repeat` times on the same texts (best run kept; one run when the first takes
over 5 s). `--scale N` instead times longcot (in 4,096-row batches, as `run_checker` does) and the
open-r1 script on N rows of about 4,000 characters cut from real chains of thought on MATH-500, 1% of
them with an AIME problem restated inside, against all 1,000+ AIME problems (1983-2025), and projects
the time for 1M such rows.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from longcot.contamination import CheckConfig, ContaminationChecker
from longcot.contamination.labelled import (
    NEGATIVE_KINDS,
    POSITIVE_KINDS,
    LabelledRow,
    build_labelled,
    index_benchmarks,
)


REPO = Path(__file__).resolve().parents[1]
LEXICAL = ("exact", "ngram", "fuzzy")
PARAPHRASES = REPO / "tests" / "contamination" / "paraphrases.jsonl"


def open_r1_8gram(problems: Sequence[str]) -> Callable[[list[str]], list[bool]]:
    """open-r1 `scripts/decontaminate.py` / s1: lower-case, whitespace words, any shared 8-gram."""

    def grams(text: str) -> set[str]:
        words = " ".join(text.lower().split()).split()
        return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}

    lookup = set().union(*(grams(p) for p in problems))
    return lambda texts: [any(g in lookup for g in grams(t)) for t in texts]


def open_thoughts_fuzz(problems: Sequence[str]) -> Callable[[list[str]], list[bool]]:
    """open-thoughts: `fuzz.ratio >= 95` of the whole text against any benchmark problem."""
    from rapidfuzz import fuzz, process

    return lambda texts: [
        process.extractOne(t, problems, scorer=fuzz.ratio, score_cutoff=95) is not None for t in texts
    ]


def datatrove_12gram(problems: Sequence[str], answers: Sequence[str]) -> Callable[[list[str]], list[bool]]:
    """datatrove `NGramsDecontFilter` (12-grams, query n-grams on) over an index built like its indexer's."""
    from datatrove.data import Document
    from datatrove.pipeline.decont.n_grams import NGramsDecontConfig, NGramsDecontFilter
    from datatrove.utils.text import ngrams, simplify_text

    config = NGramsDecontConfig(n_grams=12, find_query_ngrams=True, find_overlap_ngrams=True)
    folder = tempfile.mkdtemp(prefix="dt-index-")
    filt = NGramsDecontFilter(folder, config=config)
    tok, n = filt.tokenizer, config.n_grams
    hashes: set[int] = set()
    for query, label in zip(problems, answers):  # NGramsDecontIndexer.compute_hashes(label, query)
        label_tokens = tok.word_tokenize(simplify_text(label, config.norm_config))
        query_tokens = tok.word_tokenize(simplify_text(query, config.norm_config))
        todo = list(ngrams(label_tokens, n)) + list(ngrams(query_tokens, n))
        todo += [
            query_tokens[-n + 1 + i :] + label_tokens[: i + 1]
            for i in range(n - 1)
            if len(query_tokens) >= n - 1 - i and len(label_tokens) >= i + 1
        ]
        hashes.update(filt.hash_func(" ".join(g)) for g in todo)
    array = np.array(sorted(hashes), dtype=config.hash_config.np_descr)
    Path(folder, "aime.index.hashes").write_bytes(array.tobytes())
    return lambda texts: [filt.filter(Document(text=t, id=str(i))) is not True for i, t in enumerate(texts)]


def longcot(methods: tuple[str, ...], *, as_before: bool = False) -> Callable[[list[str]], list[bool]]:
    """longcot's checker with the given methods (index built once, outside the timing).

    `as_before`: the embedding stage as it was before the one-by-one encoding (the anchor of its speed-up):
    windows encoded in padded batches of 64 on torch's threads, and short texts embedded from 15% of an
    item's rare words (`embedding_words`) instead of 20%.
    """
    data = os.environ.get("LONGCOT_SHARED_DATA", str(REPO.parent / "shared" / "data"))
    config = CheckConfig(methods=methods, **({"embedding_words": 0.15} if as_before else {}))
    checker = ContaminationChecker(index_benchmarks(data), config)
    stage = checker._embedding
    if stage is not None:
        signal = stage.signal
        if as_before:
            signal.encode = lambda texts: signal.model.encode(  # type: ignore[method-assign]
                texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )
        start = time.perf_counter()
        _ = signal.model  # loaded once per process (the first method to load it would pay it alone)
        LOADING.setdefault("model", time.perf_counter() - start)
        _ = signal.item_vectors  # computed (or read from the disk cache) outside the timing

    def run(texts: list[str]) -> list[bool]:
        if stage is not None:
            stage.signal._windows.clear()  # every timed run embeds its windows afresh
        return [bool(m) for m in checker.check_texts(texts)]

    return run


#: Seconds spent loading sentence-transformers and the model, once per process, outside the timings.
LOADING: dict[str, float] = {}

#: CPU seconds (this process, every thread) of the run `timed` kept last, by method name.
CPU: dict[str, float] = {}


def timed(
    fn: Callable[[list[str]], list[bool]], texts: list[str], repeat: int, name: str = ""
) -> tuple[list[bool], float]:
    """`fn(texts)` and its best wall time over `repeat` runs (one run when the first takes over 5 s).

    The CPU time of the best run goes to `CPU[name]`: on a shared machine the wall time counts other jobs'
    load too, while `2 / (CPU seconds per row)` is what 2 otherwise idle cores would do if the work used both.
    """
    best, flags = float("inf"), []
    for i in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        flags = fn(texts)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        if wall < best:
            best, CPU[name] = wall, cpu
        if i == 0 and best > 5:
            break
    return flags, best


def evaluate(name: str, fn: Callable[[list[str]], list[bool]], rows: list[LabelledRow], repeat: int = 1) -> dict:
    """Run `fn` over every row, timed; recall and FPR per kind."""
    texts = [r.text for r in rows]
    flags, seconds = timed(fn, texts, repeat, name)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, flag in zip(rows, flags):
        counts[row.kind][0] += 1
        counts[row.kind][1] += bool(flag)
    cpu = CPU[name]
    return {"name": name, "seconds": seconds, "rows_per_s": len(rows) / seconds, "cpu_ms": 1000 * cpu / len(rows),
            "counts": dict(counts)}  # fmt: skip


def scale(data: Path, n_rows: int, repeat: int, embeddings: bool) -> None:
    """Throughput on `n_rows` 4k-character rows against every AIME year; projection to 1M rows."""
    import json
    import random

    from longcot.contamination.checker import run_checker
    from longcot.contamination.registry import load_benchmarks

    benchmarks = load_benchmarks(["aime1983-2025"], benchmarks_dir=data)
    problems = [it.problem for b in benchmarks for it in b.items]
    hosts = [json.loads(line)["generation"] for line in (data / "cot_skyt1_math500.jsonl").open(encoding="utf-8")]
    hosts = [h for h in hosts if len(h) > 4000]
    rng = random.Random(0)
    texts, copies = [], []
    for _ in range(n_rows):
        host = rng.choice(hosts)  # a 4,000-character piece at a random place: rows do not repeat
        at = rng.randrange(len(host) - 3999)
        text = host[at : at + 4000]
        if rng.random() < 0.01:  # an AIME problem restated mid-way
            copies.append(len(texts))
            cut = rng.randrange(len(text))
            text = f"{text[:cut]}\n\nProblem: {rng.choice(problems)}\n\n{text[cut:]}"
        texts.append(text)
    chars = sum(map(len, texts))
    import polars as pl

    frame = pl.DataFrame({"text": texts})

    def run_longcot(methods: tuple[str, ...]) -> Callable[[list[str]], list[bool]]:
        checker = ContaminationChecker(benchmarks, CheckConfig(methods=methods))  # outside the timing
        if checker._embedding is not None:  # the model and the item embeddings too (printed apart)
            start = time.perf_counter()
            _ = checker._embedding.signal.model
            LOADING.setdefault("model", time.perf_counter() - start)
            _ = checker._embedding.signal.item_vectors

        def run(_: list[str]) -> list[bool]:
            flagged = {r.row for r in run_checker(checker, frame, ["text"]).flagged}
            return [i in flagged for i in range(len(texts))]

        return run

    results = [("longcot", *timed(run_longcot(LEXICAL), texts, repeat, "longcot"))]
    if embeddings:
        results.append(("longcot+emb", *timed(run_longcot((*LEXICAL, "embedding")), texts, repeat, "longcot+emb")))
    results.append(("open-r1 8gram", *timed(open_r1_8gram(problems), texts, repeat, "open-r1 8gram")))
    print(
        f"{n_rows:,} rows, {chars / n_rows:,.0f} characters each on average, {len(copies)} with an AIME problem "
        f"inside; index: {len(problems):,} AIME problems (1983-2025); polars threads: {pl.thread_pool_size()}"
    )
    for name, flags, seconds in results:
        caught = sum(flags[i] for i in copies)
        other = sum(flags) - caught
        cpu = CPU[name] / n_rows
        print(
            f"{name:<16}{n_rows / seconds:>10,.0f} rows/s {chars / seconds / 1e6:>7.1f} MB/s   1M rows: "
            f"{1e6 / (n_rows / seconds) / 60:>6.1f} min   CPU {1000 * cpu:.2f} ms/row (2 cores: {2 / cpu:,.0f} rows/s)"
            f"   copies caught {caught}/{len(copies)}, others flagged {other}"
        )
    if LOADING:
        print(f"loading sentence-transformers and the model (once per process, not timed): {LOADING['model']:.1f} s")
    anchor, anchor_cpu = results[-1][2], CPU[results[-1][0]]
    for name, _, seconds in results[:-1]:
        ratio = anchor_cpu / CPU[name]
        print(f"{name} / open-r1 8gram: {anchor / seconds:.2f}x rows/s (wall), {ratio:.2f}x (CPU time)")


def math_train(data: Path, embeddings: bool) -> None:
    """MATH train (7,473 problems, none of them a MATH-500 one) against MATH-500 + AMC 2023: the share flagged."""
    import json
    from collections import Counter

    from longcot.contamination.registry import load_benchmarks

    train = [json.loads(line)["problem"] for line in (data / "math_train_deepscaler.jsonl").open(encoding="utf-8")]
    benchmarks = load_benchmarks(["math500", "amc2023"], benchmarks_dir=data)
    for methods in (LEXICAL, (*LEXICAL, "embedding")) if embeddings else (LEXICAL,):
        checker = ContaminationChecker(benchmarks, CheckConfig(methods=methods))  # outside the timing
        start = time.perf_counter()
        results = checker.check_texts(train)
        seconds = time.perf_counter() - start
        flagged = [r for r in results if r]
        by = Counter(r[0].method for r in flagged)
        print(
            f"{'+'.join(methods):<28} {len(flagged)}/{len(train)} flagged ({100 * len(flagged) / len(train):.2f}%, "
            f"by method {dict(by)}), {len(train) / seconds:,.0f} rows/s"
        )


def heldout(data: Path, path: Path, embeddings: bool) -> None:
    """First contact on a fresh batch of paraphrases (`{item_id, kind, text}` JSONL): alone, and each put at a
    paragraph break of a long MATH-500 chain of thought (as the labelled set's `heavy_in_cot` rows are).

    Rows of kind `near_miss` (no item) are negatives: any match of theirs is a false positive, but for a row
    inside a chain of thought the matches the chain of thought has alone (a MATH-500 problem that is an AIME
    one). The index is AIME 2024 and 2025 (the labelled set's), or every AIME year when a row copies an older one.
    """
    import json
    import random

    from longcot.contamination.labelled import embed
    from longcot.contamination.registry import load_benchmarks

    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    variants = _variants(path)
    for r in rows:
        if r["kind"] == "near_miss" and "variant" not in r and r["item_id"] in variants:
            r["variant"] = variants[r["item_id"]]
    benchmarks = index_benchmarks(data)
    known = {it.item_id for b in benchmarks for it in b.items}
    if any(r["kind"] != "near_miss" and r["item_id"] not in known for r in rows):
        benchmarks = load_benchmarks(["aime1983-2025"], benchmarks_dir=data)  # older years: every AIME year
    lines = (data / "cot_skyt1_math500.jsonl").open(encoding="utf-8")
    hosts = [g for g in (json.loads(line)["generation"] for line in lines) if len(g) > 2000]
    rng = random.Random("heldout")
    chosen = []
    texts = [r["text"] for r in rows]
    for r in rows:
        chosen.append(rng.choice(hosts))
        texts.append(embed(r["text"], chosen[-1], rng))
    positive = [r["kind"] != "near_miss" for r in rows]
    n_pos, n_neg = sum(positive), len(rows) - sum(positive)
    for methods in (LEXICAL, (*LEXICAL, "embedding")) if embeddings else (LEXICAL,):
        start = time.perf_counter()
        checker = ContaminationChecker(benchmarks, CheckConfig(methods=methods))
        results = checker.check_texts(texts)
        seconds = time.perf_counter() - start
        # A host chain of thought can restate a benchmark item itself (MATH-500 holds AIME problems): its own
        # matches are not the inserted row's.
        own = dict(zip(set(chosen), checker.check_texts(list(set(chosen)))))
        hosts_of = [None] * len(rows) + chosen
        results = [[m for m in ms if h is None or m.item_id not in {o.item_id for o in own[h]}]
                   for ms, h in zip(results, hosts_of)]  # fmt: skip
        row = [rows[k % len(rows)] for k in range(len(texts))]
        found = [any(m.item_id == r["item_id"] for m in ms) for r, ms in zip(row, results)]
        flagged = [bool(ms) for ms in results]
        alone = [f for f, p in zip(found[: len(rows)], positive) if p]
        inside = [f for f, p in zip(found[len(rows) :], positive) if p]
        fp_alone = [r.get("like") or "generic" for r, f, p in zip(rows, flagged, positive) if f and not p]
        fp_inside = sum(f for f, p in zip(flagged[len(rows) :], positive) if not p)
        missed = [r["item_id"] for r, f in zip([r for r in rows if r["kind"] != "near_miss"], alone) if not f]
        line = f"{'+'.join(methods):<28} standalone {sum(alone)}/{n_pos}, "
        line += f"inside a chain of thought {sum(inside)}/{n_pos}"
        if n_neg:
            line += (
                f"; near misses flagged: standalone {len(fp_alone)}/{n_neg} ({', '.join(fp_alone) or 'none'}), "
                f"inside a chain of thought {fp_inside}/{n_neg}"
            )
        print(f"{line}; {seconds:.1f} s (model loading included); missed standalone: {', '.join(missed) or 'none'}")
        kinds = sorted({r["variant"] for r in rows if r.get("variant")})
        if kinds:
            by = {
                v: [sum(f for r, f in zip(rows, part) if r.get("variant") == v) for part in (flagged[: len(rows)],
                    flagged[len(rows) :])] for v in kinds
            }  # fmt: skip
            print("  near misses flagged by variant (standalone, inside a chain of thought): " + ", ".join(
                f"{v} {a}/{b} {n}" for v, (a, b), n in ((v, by[v], sum(r.get("variant") == v for r in rows))
                                                        for v in kinds)))  # fmt: skip


def _variants(path: Path) -> dict[str, str]:
    """Near-miss variants (`keep`, `change`) from the `| id | like | variant | ...` table of the batch's `.md` file,
    for batches whose JSONL does not record them."""
    import re

    md = path.with_suffix(".md")
    if not md.exists():
        return {}
    row = re.compile(r"^\|\s*(\S+-nm-\d+)\s*\|\s*\S+\s*\|\s*(keep|change)\s*\|")
    return {m.group(1): m.group(2) for m in map(row.match, md.read_text(encoding="utf-8").splitlines()) if m}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-embeddings", action="store_true", help="skip longcot+emb")
    parser.add_argument("--per-kind", type=int, default=None, help="cap rows per kind (quick runs)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per method (best kept)")
    parser.add_argument("--scale", type=int, default=None, metavar="ROWS", help="throughput run on ROWS 4k-char rows")
    parser.add_argument("--math-train", action="store_true", help="MATH train against MATH-500 + AMC 2023: FPR")
    parser.add_argument("--heldout", type=Path, metavar="JSONL", help="first contact on fresh paraphrases")
    parser.add_argument("--embedding-anchor", action="store_true", help="also the embedding stage as before")
    args = parser.parse_args()
    data = Path(os.environ.get("LONGCOT_SHARED_DATA", REPO.parent / "shared" / "data"))
    if args.heldout:
        heldout(data, args.heldout, embeddings=not args.no_embeddings)
        return
    if args.math_train:
        math_train(data, embeddings=not args.no_embeddings)
        return
    if args.scale:
        scale(data, args.scale, args.repeat, embeddings=not args.no_embeddings)
        return
    rows = build_labelled(data, PARAPHRASES, per_kind=args.per_kind)
    items = [it for b in index_benchmarks(data) for it in b.items]
    problems, answers = [it.problem for it in items], [it.answer for it in items]
    methods: list[tuple[str, Callable[[], Callable[[list[str]], list[bool]]]]] = [
        ("longcot", lambda: longcot(LEXICAL)),
        ("open-r1 8gram", lambda: open_r1_8gram(problems)),
        ("open-thoughts fuzz95", lambda: open_thoughts_fuzz(problems)),
    ]
    if importlib.util.find_spec("spacy") is not None:  # datatrove's English word tokenizer
        methods.append(("datatrove 12gram", lambda: datatrove_12gram(problems, answers)))
    else:
        print("datatrove 12gram: skipped, it needs spacy: pip install 'longcot[bench]'")
    if not args.no_embeddings:
        methods.insert(1, ("longcot+emb", lambda: longcot((*LEXICAL, "embedding"))))
        if args.embedding_anchor:
            methods.insert(2, ("emb as before", lambda: longcot((*LEXICAL, "embedding"), as_before=True)))
    results = [evaluate(name, build(), rows, args.repeat) for name, build in methods]
    kinds = [k for k in (*POSITIVE_KINDS, *NEGATIVE_KINDS) if any(k in r["counts"] for r in results)]
    n_of = {k: results[0]["counts"].get(k, [0, 0])[0] for k in kinds}
    head = f"{'kind':<18}{'rows':>6} " + "".join(f"{r['name']:>22}" for r in results)
    print(f"labelled set: {len(rows)} rows; recall for positive kinds, false-positive rate for negative kinds")
    print(head)
    for k in kinds:
        tag = "recall" if k in POSITIVE_KINDS else "FPR"
        cells = "".join(f"{100 * r['counts'][k][1] / max(r['counts'][k][0], 1):>21.1f}%" for r in results)
        print(f"{k + ' ' + tag:<18}{n_of[k]:>6} {cells}")
    print(f"{'rows/s':<25}" + "".join(f"{r['rows_per_s']:>22,.0f}" for r in results))
    print(f"{'CPU ms/row':<25}" + "".join(f"{r['cpu_ms']:>22,.3f}" for r in results))
    print(f"{'rows/s on 2 cores (CPU)':<25}" + "".join(f"{2000 / r['cpu_ms']:>22,.0f}" for r in results))
    if LOADING:
        print(f"loading sentence-transformers and the model (once per process, not timed): {LOADING['model']:.1f} s")
    base = {r["name"]: r["rows_per_s"] for r in results}
    cpu = {r["name"]: r["cpu_ms"] for r in results}
    for mine in ("longcot", "longcot+emb"):
        for other in ("emb as before", "open-r1 8gram", "datatrove 12gram", "open-thoughts fuzz95"):
            if mine in base and other in base and (mine, other) != ("longcot", "emb as before"):
                print(
                    f"{mine} / {other}: {base[mine] / base[other]:.2f}x rows/s (wall), "
                    f"{cpu[other] / cpu[mine]:.2f}x (CPU time)"
                )


if __name__ == "__main__":
    main()
