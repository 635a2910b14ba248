"""ContaminationChecker rows for the embedding signal's wiring: is it on, what the stage and the scan get.

The real stage, static vectors and all-MiniLM-L6-v2 (no stub): a handful of short texts, so each row takes
about a second once sentence-transformers is imported. It is imported here at collection, so mutmut's fork
server (`python bench/mutation.py --file checker`) shares the import with every mutant it runs.
"""

from __future__ import annotations

import importlib.util

import pytest
from aime_text import AYA

from longcot.contamination import checker as checker_module
from longcot.contamination.checker import _BATCH_MIN, LEXICAL_METHODS, CheckConfig, ContaminationChecker
from longcot.contamination.registry import Benchmark, BenchmarkItem


HAS_ST = importlib.util.find_spec("sentence_transformers") is not None
if HAS_ST:
    import sentence_transformers  # noqa: F401  (see the module docstring)

pytestmark = pytest.mark.skipif(not HAS_ST, reason="the embedding signal needs `longcot[embeddings]`")

#: AYA rewritten: few shared n-grams, every number kept; only the embedding signal finds it.
AYA_HEAVY = (
    "Aya's daily routine is a 9 km stroll that ends with a stop for coffee lasting t minutes. Moving at s km/h, "
    "the outing (coffee included) lasts 4 hours; moving 2 km/h faster, it lasts 2 hours 24 minutes. How long, in "
    "minutes, is the outing, coffee break included, if her pace is s + 1/2 km/h?"
)
CLEAN = "What is the sum of the first ten positive odd numbers?"
EMBEDDING = (*LEXICAL_METHODS, "embedding")


@pytest.fixture(scope="module")
def twice() -> list[Benchmark]:
    # The same item in two benchmarks (a year and a user file): a match is reported under each.
    return [
        Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline"),
        Benchmark("mine", (BenchmarkItem("mine", "aime-2024-I-01", AYA, "204"),), "mine.jsonl"),
    ]


@pytest.fixture(scope="module")
def embedding(twice: list[Benchmark]) -> ContaminationChecker:
    return ContaminationChecker(twice, CheckConfig(methods=EMBEDDING))


def _found(results: list) -> list[list[tuple[str, str, str, str]]]:
    return [[(m.benchmark, m.item_id, m.method, m.column) for m in ms] for ms in results]


HEAVY = [("aime2024", "aime-2024-I-01", "embedding", "problem"), ("mine", "aime-2024-I-01", "embedding", "problem")]
EXACT = [("aime2024", "aime-2024-I-01", "exact", "problem"), ("mine", "aime-2024-I-01", "exact", "problem")]


@pytest.mark.parametrize("copies", [1, _BATCH_MIN // 3 + 1], ids=["one-by-one", "batch"])
def test_embedding_matches_are_added_to_a_column(embedding: ContaminationChecker, copies: int) -> None:
    # Fewer than `_BATCH_MIN` texts go one by one, more are tokenised and scanned at once: the same verdicts.
    texts = [AYA_HEAVY, CLEAN, "Restating: " + AYA] * copies
    assert _found(embedding.check_texts(texts, "problem")) == [HEAVY, [], EXACT] * copies
    assert _found(embedding.check_texts([None, "", AYA_HEAVY], "problem")) == [[], [], HEAVY]


def test_without_embedding_the_paraphrase_is_missed(twice: list[Benchmark]) -> None:
    lexical = ContaminationChecker(twice, CheckConfig(methods=LEXICAL_METHODS))
    assert lexical._embedding is None
    assert lexical.check_texts([AYA_HEAVY, "Restating: " + AYA], "problem") == [[], lexical.check_text(
        "Restating: " + AYA, "problem")]  # fmt: skip
    assert _found(lexical.check_texts([AYA_HEAVY] * _BATCH_MIN, "problem")) == [[]] * _BATCH_MIN


def test_the_stage_gets_the_checker_index_and_config(embedding: ContaminationChecker) -> None:
    stage = embedding._embedding
    assert stage is not None and stage.index is embedding.index and stage.config is embedding.config
    (row,) = embedding.check_columns({"problem": [CLEAN], "reasoning": [AYA_HEAVY]}, offset=7)
    assert row.row == 7 and _found([row.matches]) == [[(b, i, m, "reasoning") for b, i, m, _ in HEAVY]]


def test_the_scan_gets_the_embedding_rule(embedding: ContaminationChecker, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict = {}

    def spy(arrays, tokens, **kwargs):  # noqa: ANN001, ANN202
        seen.update(kwargs)
        return scan_batch(arrays, tokens, **kwargs)

    scan_batch = checker_module.scan_batch
    monkeypatch.setattr(checker_module, "scan_batch", spy)
    embedding.check_texts([CLEAN] * _BATCH_MIN)
    # Rows longer than a window (120 tokens) get their candidates from the scan: every number and the looser of
    # the window rule's 0.55 and the paragraph rule's 0.3 of the rare words.
    assert seen["embed"] == (0.3, 1.0, 120)


@pytest.mark.parametrize(("n", "batched"), [(_BATCH_MIN - 1, False), (_BATCH_MIN, True)])
def test_the_stage_reuses_the_batch_tokens_and_scan(embedding: ContaminationChecker, monkeypatch: pytest.MonkeyPatch,
                                                    n: int, batched: bool) -> None:  # fmt: skip
    # A batch's tokens and scan (with the long rows' embedding candidates) are handed on, not recomputed.
    from longcot.contamination.normalize import BatchTokens
    from longcot.contamination.scan import BatchScan

    stage = embedding._embedding
    assert stage is not None
    seen: list[tuple] = []
    add = stage.add_matches
    monkeypatch.setattr(stage, "add_matches", lambda *args: seen.append(args) or add(*args))
    texts = [AYA_HEAVY] + [CLEAN] * (n - 1)
    assert _found(embedding.check_texts(texts, "problem"))[:2] == [HEAVY, []]
    ((given, column, results, tokens, scan),) = seen
    assert (given, column, _found(results)[:2]) == (texts, "problem", [HEAVY, []])
    assert (isinstance(tokens, BatchTokens), isinstance(scan, BatchScan)) == (batched, batched)


@pytest.mark.parametrize("threads", [None, 1, 3])
def test_embedding_threads_reach_the_model(twice: list[Benchmark], threads: int | None) -> None:
    from longcot.contamination.embeddings import embedding_threads

    checker = ContaminationChecker(twice, CheckConfig(methods=EMBEDDING, embedding_threads=threads))
    assert checker._embedding is not None
    assert checker._embedding.signal.threads == (embedding_threads() if threads is None else threads)
    text = [(b, item, method, "text") for b, item, method, _ in HEAVY]
    assert _found(checker.check_texts([AYA_HEAVY, CLEAN])) == [text, []]  # the same verdicts on any number


def test_embedding_threads_below_one_are_refused() -> None:
    from longcot.errors import ConfigError

    with pytest.raises(ConfigError, match="embedding_threads must be at least 1, got 0"):
        CheckConfig(embedding_threads=0)
