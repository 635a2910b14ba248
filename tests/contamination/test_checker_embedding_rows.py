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


#: AYA_HEAVY with its numbers spelled in words, as people write them (`nine km`, `two hours twenty-four minutes`).
AYA_SPELLED = (
    "Aya's daily routine is a nine km walk that ends with a stop at a coffee shop lasting t minutes. Walking at s "
    "km/h, the outing (coffee included) lasts four hours; walking two km/h faster, it lasts two hours twenty-four "
    "minutes. How long, in minutes, is the outing, coffee break included, if her constant speed is s + 1/2 km/h?"
)


@pytest.fixture(scope="module")
def aime(shared_data) -> ContaminationChecker:  # noqa: ANN001
    from longcot.contamination.registry import load_benchmarks

    return ContaminationChecker(
        load_benchmarks(["aime2024"], benchmarks_dir=shared_data), CheckConfig(methods=EMBEDDING)
    )


def test_the_scan_reads_spelled_numbers_as_the_one_text_path_does(aime: ContaminationChecker, shared_data) -> None:  # noqa: ANN001
    """A long row's embedding candidates come from the batch scan: it reads numbers in words as `candidates` does.

    Before, the scan read digits only, so a paraphrase writing its numbers in words inside a chain of thought was
    found when checked alone (the one-text path) and missed in a batch of 64 or more (20 of 236 labelled rows).
    """
    import json

    from longcot.contamination.normalize import batch_tokens

    stage = aime._embedding
    assert stage is not None
    host = json.loads((shared_data / "cot_skyt1_math500.jsonl").read_text().splitlines()[3])["generation"][:3000]
    cut = host.rfind("\n\n", 0, 1500)
    texts = [host[:cut] + "\n\n" + t + host[cut:] for t in (AYA_SPELLED, AYA_HEAVY, CLEAN)] * (_BATCH_MIN // 3 + 1)
    tokens = batch_tokens(texts)
    scan = aime.scan(tokens)
    for row in range(3):
        assert scan.embedding_items(row) == stage.candidates(tokens.tokens(row)), row
    aya = [i for i, e in enumerate(aime.index.items) if e.item.item_id == "aime-2024-I-01"]
    assert [aya[0] in scan.embedding_items(row) for row in range(3)] == [True, True, False]
    found = [[m.item_id for m in ms] for ms in aime.check_texts(texts)[:3]]
    assert found[0] == ["aime-2024-I-01"] and found[2] == []  # the spelled paraphrase found inside a batch
    assert [[m.item_id for m in aime.check_texts([t])[0]] for t in texts[:3]] == found  # as one by one


#: Paraphrases that write their item's numbers as fractions and angles in words (AIME 2022 II-1, AIME 2023 II-3),
#: written for this test.
SPELLED_FRACTIONS = (
    "At a concert, five twelfths of the people present were adults. A bus then brought fifty more people, and after "
    "that adults were eleven twenty-fifths of the crowd. What is the least number of adults there after the bus?"
)
RIGHT_ANGLE = (
    "Triangle ABC is isosceles with a right angle at A. A point P inside it makes the angles PAB, PBC and PCA all "
    "equal, and its distance from A is ten. Compute the area of ABC."
)


def test_the_scan_reads_fractions_and_angles_in_words_as_the_one_text_path_does(shared_data) -> None:  # noqa: ANN001
    """`five twelfths` holds 5 and 12 and `a right angle` 90, in the batch scan as in the one-text path."""
    import json

    from longcot.contamination.normalize import batch_tokens

    wanted = {"aime-2022-II-01", "aime-2023-II-03"}
    lines = (shared_data / "aime_1983_2023.jsonl").read_text().splitlines()
    items = tuple(
        BenchmarkItem("aime", r["id"], r["problem"], r["answer"]) for r in map(json.loads, lines) if r["id"] in wanted
    )
    checker = ContaminationChecker([Benchmark("aime", items, "inline")], CheckConfig(methods=EMBEDDING))
    host = json.loads((shared_data / "cot_skyt1_math500.jsonl").read_text().splitlines()[3])["generation"][:3000]
    cut = host.rfind("\n\n", 0, 1500)
    texts = [host[:cut] + "\n\n" + t + host[cut:] for t in (SPELLED_FRACTIONS, RIGHT_ANGLE, CLEAN)]
    texts *= _BATCH_MIN // 3 + 1
    tokens = batch_tokens(texts)
    scan = checker.scan(tokens)
    stage = checker._embedding
    assert stage is not None
    for row in range(3):
        assert scan.embedding_items(row) == stage.candidates(tokens.tokens(row)), row
    found = [[m.item_id for m in ms] for ms in checker.check_texts(texts)[:3]]
    assert found == [["aime-2022-II-01"], ["aime-2023-II-03"], []]
    assert [[m.item_id for m in checker.check_texts([t])[0]] for t in texts[:3]] == found  # as one by one
    assert [[m.item_id for m in ms] for ms in checker.check_texts([SPELLED_FRACTIONS, RIGHT_ANGLE])] == found[:2]


#: AIME 2024 I-11 (a regular octagon's colourings) and texts like it: only the octagon's are the problem.
OCTAGON_ROWS = [
    ("Paint each corner of a regular octagon red or blue, choosing each colour with probability 1/2 independently. "
     "Find the probability that some rotation of the octagon moves every blue corner onto a spot that was red "
     "before rotating. If this probability is m/n in lowest terms, report m + n.", True),  # a heavy paraphrase
    # The fourth held-out batch's near miss: a hexagon's colourings fixed by a rotation (cosine 0.767 with I-11).
    ("Each vertex of a regular hexagon is colored red or blue independently with probability 1/2. The probability "
     "that the coloring is unchanged by at least one rotation other than the identity is m/n in lowest terms. "
     "Find m + n.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), OCTAGON_ROWS)
def test_a_sibling_on_another_polygon_is_no_copy(aime: ContaminationChecker, text: str, found: bool) -> None:
    results = aime.check_texts([text, CLEAN])
    assert [[m.item_id for m in ms] for ms in results] == [["aime-2024-I-11"] if found else [], []]
