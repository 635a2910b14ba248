"""The batch scan (numpy gates over a whole batch) decides exactly as the one-text path does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from longcot.contamination import CheckConfig, ContaminationChecker
from longcot.contamination.labelled import build_labelled, index_benchmarks
from longcot.contamination.normalize import batch_tokens, tokenize
from longcot.contamination.registry import Benchmark, BenchmarkItem


PARAPHRASES = Path(__file__).parent / "paraphrases.jsonl"

# Texts at the edges of the batch path: none, empty, shorter than an n-gram, hard (non-ASCII letters),
# Greek, digit groups, LaTeX commands, figure code.
EDGES = [
    None,
    "",
    "   ",
    "Find x.",
    "Compute 2 + 2",
    "İstanbul has 1,000 bridges; find the number of ordered pairs.",
    "Let α and β be the roots of x² − 2024x + 1 = 0. Find α + β.",
    r"Find $\dfrac{m}{n}$ where $m$ and $n$ are relatively prime positive integers, $1{,}000$.",
    "[asy]draw((0,0)--(1,1));[/asy] Find the area of the triangle.",
    "word " * 2000,
]


@pytest.fixture(scope="module")
def labelled_rows(shared_data: Path) -> list:
    return build_labelled(shared_data, PARAPHRASES, per_kind=60)


@pytest.fixture(scope="module")
def labelled_texts(labelled_rows: list) -> list[str]:
    return [r.text for r in labelled_rows]


#: Kinds every method set that includes `exact` finds, each row under its own item (verbatim copies inside).
_VERBATIM = ("exact", "embedded")
#: What the lexical methods together find besides: copies whatever the formatting, truncated, the published RL ones.
_LEXICAL = (*_VERBATIM, "formatting", "truncated", "real_ttrl")


@pytest.mark.parametrize(
    "methods",
    [("exact", "ngram", "fuzzy"), ("exact", "ngram"), ("exact",), ("fuzzy",)],
    ids=["all-lexical", "no-fuzzy", "exact-only", "fuzzy-only"],
)
@pytest.mark.parametrize("dense", [True, False], ids=["dense", "sparse"])
def test_batch_path_equals_one_text_path(
    shared_data: Path, labelled_rows: list, labelled_texts: list[str], methods: tuple, dense: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    if not dense:  # the sorted-keys path that batches too large for dense scratch tables take
        monkeypatch.setattr("longcot.contamination.scan._DENSE_MAX", 0)
    checker = ContaminationChecker(index_benchmarks(shared_data), CheckConfig(methods=methods))
    texts = [*labelled_texts, *EDGES]
    batched = checker.check_texts(texts)
    one_by_one = [checker.check_text(t) for t in texts]
    assert batched == one_by_one
    assert sum(map(bool, batched)) > 100  # the set has positives, so the comparison means something
    # Both paths equal, and right: a bug they share fails here (the expected verdicts, not the other path).
    found = (_LEXICAL if methods == ("exact", "ngram", "fuzzy") else _VERBATIM) if "exact" in methods else ()
    for row, matches in zip(labelled_rows, batched):
        if row.kind in found:
            assert row.item_id in {m.item_id for m in matches}, (row.kind, row.text[:80])
        elif not row.positive:
            assert matches == [], (row.kind, row.text[:80])
    assert checker.check_texts(["no index word here at all"] * 70) == [[]] * 70


def test_scan_lets_through_rows_equal_to_short_items() -> None:
    # An item shorter than an n-gram, and one whose n-grams are all boilerplate elsewhere: equal rows match.
    items = (
        BenchmarkItem("demo", "d-1", "Compute 7 times 6."),
        BenchmarkItem("demo", "d-2", "How many positive divisors does 2024 have in total?"),
    )
    checker = ContaminationChecker([Benchmark("demo", items, "inline")])
    texts = ["compute 7 times 6", "How many positive divisors does $2024$ have in total", *["nothing here"] * 70]
    found = checker.check_texts(texts)
    assert [m[0].item_id if m else None for m in found[:3]] == ["d-1", "d-2", None]


def test_scan_skips_clean_rows_and_scans_other_scripts_too(shared_data: Path) -> None:
    checker = ContaminationChecker(index_benchmarks(shared_data))
    clean = [json.loads(line)["problem"] for line in (shared_data / "math500.jsonl").read_text().splitlines()]
    aya = json.loads((shared_data / "aime_2024.jsonl").read_text().splitlines()[0])["problem"]
    # Text the batch regexes cannot do (a dotted capital I, an umlaut) is tokenised by `tokenize` and scanned alike.
    other = ["İ " + clean[0], "Möbius: " + aya, None]
    texts = [*clean, *other]
    tokens = batch_tokens(texts)
    scan = checker.scan(tokens)
    assert [tokens.tokens(len(clean) + k) for k in range(3)] == [tokenize(other[0]), tokenize(other[1]), None]
    assert scan.need[-3:] == [False, True, True]  # a clean row, a copy, a None (the one-text path says [])
    assert sum(scan.need[: len(clean)]) < 0.2 * len(clean)  # most clean rows never reach Python
    for i, text in enumerate(clean):
        if not scan.need[i]:
            assert tokens.tokens(i) == tokenize(text)
    assert [[m.item_id for m in ms] for ms in checker.check_texts(texts)[-3:]] == [[], ["aime-2024-I-01"], []]


def test_long_rows_against_every_aime_year(shared_data: Path) -> None:
    """4k-character pieces of real chains of thought on MATH-500, checked against 1,000+ AIME problems.

    Most rows never reach Python (numbers and rare words rule the items out); the batch path decides as
    the one-text path does; and the MATH-500 problems that are historical AIME problems, restated in their
    chains of thought, are found.
    """
    from longcot.contamination.registry import load_benchmarks

    lexical = CheckConfig(methods=("exact", "ngram", "fuzzy"))  # the batch scan; embeddings have their own tests
    checker = ContaminationChecker(load_benchmarks(["aime1983-2025"], benchmarks_dir=shared_data), lexical)
    lines = (shared_data / "cot_skyt1_math500.jsonl").read_text().splitlines()
    pieces = [g[i : i + 4000] for g in (json.loads(x)["generation"] for x in lines) for i in range(0, len(g), 4000)]
    pieces = pieces[:: max(1, len(pieces) // 400)]
    scan = checker.scan(batch_tokens(pieces))
    assert sum(scan.need) < 0.5 * len(pieces)
    batched = checker.check_texts(pieces)
    assert batched == [checker.check_text(p) for p in pieces]
    found = {m.item_id for ms in batched for m in ms}
    # aime-2006-II-05 (the unfair die, MATH-500's `47/288` problem word for word) since its faces `1, 2, 3, 4, 5,
    # and 6` need only 1, 5 and 6 kept: its chain of thought writes `faces 1 through 6`.
    known = {"aime-1994-13", "aime-2016-I-10", "aime-2001-II-03", "aime-2010-I-06", "aime-2006-II-05"}
    assert found and found <= known


@pytest.mark.parametrize(
    ("problem", "found"),
    [
        (r"Compute $\sqrt{(31)(30)(29)(28)+1}$.", True),  # 7 tokens, but its numbers single it out
        ("Compute 7 times 6.", False),  # short and generic: only a text equal to it matches
    ],
)
def test_short_items_inside_long_texts(shared_data: Path, problem: str, found: bool) -> None:
    items = (BenchmarkItem("demo", "short", problem), BenchmarkItem("demo", "other", "Find the number of frogs."))
    checker = ContaminationChecker([Benchmark("demo", items, "inline")])
    host = json.loads((shared_data / "cot_skyt1_math500.jsonl").read_text().splitlines()[0])["generation"]
    text = f"{host[:1500]}\n\nProblem: {problem}\n\n{host[1500:]}"
    for matches in (checker.check_text(text), checker.check_texts([text] * 70)[0]):
        assert [m.item_id for m in matches] == (["short"] if found else [])


HEXAGON = (
    "Let ABCDEF be a convex equilateral hexagon in which all pairs of opposite sides are parallel. The triangle whose "
    "sides are extensions of segments AB, CD, and EF has side lengths 200, 240, and 300. Find the side length of the "
    "hexagon."
)
#: The item's rare words, reworded so no 5-gram of it is left (a paraphrase: the fuzzy family's candidate).
_WORDS = "convex equilateral hexagon ABCDEF opposite sides parallel triangle extensions segments AB CD EF lengths side"
_FILLER = "so we keep going with the algebra here and check each step again before moving on. "
_OTHERS = [str(x) for x in range(400, 420)]


@pytest.mark.parametrize(
    ("row", "goes_on"),
    [
        # The words and every number in one window (200 tokens) of a long row: a word candidate.
        (_FILLER * 30 + _WORDS + " 200, 240, and 300 " + _FILLER * 30, True),
        (_FILLER * 30 + _WORDS + " 200,240,and 300 " + _FILLER * 30, True),  # the numbers as one grouped token
        # The words in one window, the numbers 300 tokens away: no window has both, no fuzzy rule can fire.
        (_FILLER * 30 + _WORDS + " " + _FILLER * 20 + " 200, 240, and 300 " + _FILLER * 10, False),
        # The words spread over the row: no window holds half of them.
        (" ".join(w + " " + _FILLER * 3 for w in _WORDS.split()) + " 200, 240, and 300", False),
        # One number missing from the whole row: ruled out by the numbers first.
        (_FILLER * 30 + _WORDS + " 200, 240, and 300 ".replace("300", "310") + _FILLER * 30, False),
        # Every number in the window, among 20 others (any window holding the three holds them): under half the
        # window's numbers are the item's (number precision); among 3 others: 3 of 6, enough.
        (
            _FILLER * 30
            + _WORDS
            + f" 200, {', '.join(_OTHERS[:10])}, 240, {', '.join(_OTHERS[10:])}, and 300 "
            + _FILLER * 30,
            False,
        ),
        (_FILLER * 30 + _WORDS + f" 200, {', '.join(_OTHERS[:2])}, 240, {_OTHERS[2]}, and 300 " + _FILLER * 30, True),
    ],
)
def test_long_row_word_candidates_need_one_window_with_words_and_numbers(row: str, goes_on: bool) -> None:
    items = (BenchmarkItem("demo", "hexagon", HEXAGON), BenchmarkItem("demo", "other", "Find the number of frogs."))
    checker = ContaminationChecker([Benchmark("demo", items, "inline")])
    texts = [row, *["nothing to see"] * 70]
    scan = checker.scan(batch_tokens(texts))
    assert len(tokenize(row)) > 400 and scan.need[0] is goes_on
    assert checker.check_texts(texts)[0] == checker.check_text(row)  # the one-text path decides the same
