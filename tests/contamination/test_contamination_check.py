"""Contamination check: normalisation, signals, registry, processor, CLI and the labelled set."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from aime_text import AYA
from typer.testing import CliRunner

from longcot.cli import app
from longcot.contamination import (
    Benchmark,
    BenchmarkItem,
    CheckConfig,
    ContaminationChecker,
    Decontaminate,
    DecontaminateConfig,
    check_contamination,
    load_benchmarks,
    normalize,
    tokenize,
)
from longcot.contamination.labelled import NEGATIVE_KINDS, POSITIVE_KINDS, build_labelled, index_benchmarks
from longcot.contamination.normalize import token_spans
from longcot.errors import ConfigError, InputError, SchemaError


PARAPHRASES = Path(__file__).with_name("paraphrases.jsonl")


@pytest.fixture(scope="module")
def demo() -> list[Benchmark]:
    return [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]


@pytest.fixture(scope="module")
def checker(demo: list[Benchmark]) -> ContaminationChecker:
    return ContaminationChecker(demo)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (r"$\frac{1}{2}$ of $x$", "1/2 of x"),
        (r"\dfrac{m}{n}", "m/n"),
        (r"$s+\frac12$ and $\dfrac 34$ of 1,000", "s + 1/2 and 3/4 of 1000"),
        ("FIND   the\n\nSum", "find the sum"),
        ("1,000 apples", "1000 apples"),
        ("x² + y²", "x^2 + y^2"),
        ("café", "cafe"),
        (r"\left( a \right)", "(a)"),
        ("see [asy]draw((0,0)--(1,1));[/asy] here", "see here"),
    ],
)
def test_normalize_survives_formatting(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("text", [AYA, "", "Ünïcödé ½ and İstanbul", r"\sqrt{2}+\pi, 3.14 and 1,234,567"])
def test_token_spans_agree_with_tokenize(text: str) -> None:
    tokens, spans = token_spans(text)
    assert tokens == tokenize(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (AYA, "exact"),
        ("Solve this. " + AYA.upper().replace("$", "") + " Think step by step.", "exact"),
        ("<think>Long reasoning here. " * 50 + "Restating: " + AYA + " and so on. " * 50, "exact"),
        (" ".join(AYA.split()[: int(len(AYA.split()) * 0.6)]), "exact"),  # truncated copy
        (AYA.replace("coffee shop", "café").replace("Every morning", "Each morning"), "ngram"),
    ],
)
def test_positive_texts(checker: ContaminationChecker, text: str, method: str) -> None:
    matches = checker.check_text(text, "problem")
    assert matches, text[:80]
    assert matches[0].method == method
    assert matches[0].item_id == "aime-2024-I-01"


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "Find the number of minutes the walk takes her.",  # a generic piece, shorter than the copy rule
        "Find the remainder when N is divided by 1000, where m and n are relatively prime positive integers.",
        AYA.replace("9", "11").replace("4 hours", "5 hours").replace("24", "36").replace("{1}{2}", "{1}{3}")
        .replace("s+2", "s+3"),  # same template, other numbers: another problem
        "x" * 200_000,  # huge row
    ],
)  # fmt: skip
def test_negative_texts(checker: ContaminationChecker, text: str | None) -> None:
    assert checker.check_text(text) == []


#: AYA restated: clauses reordered, words swapped (little character alignment left), every number kept.
AYA_RESTATED = (
    "How many minutes does Aya's morning outing last, counting the $t$ minutes she spends in the coffee shop, if she "
    "walks at $s+\\frac{1}{2}$ kilometers per hour? Her walk is $9$ kilometers long and she stops at a coffee shop "
    "after it. At a steady $s$ kilometers per hour the outing lasts 4 hours, and at $s+2$ kilometers per hour it "
    "lasts 2 hours and 24 minutes, with $t$ minutes in the coffee shop both times."
)


def test_restatement_in_other_words_and_order(checker: ContaminationChecker) -> None:
    matches = checker.check_text(AYA_RESTATED)
    assert [m.method for m in matches] == ["fuzzy"]
    assert matches[0].signals["fuzzy"] < CheckConfig().fuzzy_paraphrase  # the alignment rule alone misses it
    assert matches[0].signals["dice"] >= CheckConfig().restatement
    # The same words with other numbers are another problem; and the rule has a threshold.
    renumbered = AYA_RESTATED.replace("9", "11").replace("4 hours", "5 hours").replace("24", "36")
    assert checker.check_text(renumbered) == []
    strict = ContaminationChecker(checker.benchmarks, CheckConfig(restatement=1.0))
    assert strict.check_text(AYA_RESTATED) == []


HEXAGON = (
    "Let ABCDEF be a convex equilateral hexagon in which all pairs of opposite sides are parallel. The triangle whose "
    "sides are extensions of segments AB, CD, and EF has side lengths 200, 240, and 300. Find the side length of the "
    "hexagon."
)
HOST = "Let me think about this carefully, one step at a time, before writing anything down. " * 40


@pytest.mark.parametrize(
    ("item_text", "row", "found"),
    [
        (HEXAGON, HEXAGON.replace(", ", ","), True),  # `200,240,and 300`: one grouped number, or a list
        (HEXAGON, HEXAGON.replace(", ", ",").upper().replace("$", ""), True),
        (HEXAGON, HEXAGON.replace("200, 240, and 300", "(200,240,300)"), True),
        (HEXAGON, HOST + "Problem: " + HEXAGON.replace(", ", ",") + "\n\n" + HOST, True),
        (HEXAGON.replace("200, 240, and 300", "$(200,240,300)$"), HEXAGON, True),  # the item squeezed its list
        (HEXAGON, HEXAGON.replace(", ", ",").replace("200", "210").replace("240", "250"), False),  # other numbers
        (HEXAGON, HEXAGON.replace("200, 240, and 300", "200240 and 300").replace("Find", "Compute"), True),
    ],
)
def test_comma_between_digit_groups_reads_either_way(item_text: str, row: str, found: bool) -> None:
    """A comma between digit groups is one grouped number or a list: the number gate accepts either reading."""
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-II-05", item_text, "80"),), "inline")]
    checker = ContaminationChecker(bench)
    one = checker.check_text(row)
    assert [m.item_id for m in one] == (["aime-2024-II-05"] if found else [])
    # The batch scan (numpy) reads both ways too: the same verdict for every row of a batch.
    assert checker.check_texts([row] * 70) == [one] * 70


@pytest.mark.parametrize(
    ("token", "parts"),
    [("200240300", ("200", "240", "300")), ("200240", ("200", "240")), ("1234", ("1", "234")), ("1000", None),
     ("2024", None), ("100000", None), ("240", None), ("3.14159", None), ("0123", None)],
)  # fmt: skip
def test_list_reading(token: str, parts: tuple[str, ...] | None) -> None:
    from longcot.contamination.normalize import holds_number, list_reading, number_readings

    assert list_reading(token) == parts
    if parts:
        assert number_readings({token}) == {token, *parts}
        assert holds_number(set(parts), token) and not holds_number(set(parts[1:]), token)


def test_evidence_spans_point_at_the_copy(checker: ContaminationChecker) -> None:
    row = "Here is a training sample.\n\n" + AYA + "\n\nAnswer: 204"
    m = checker.check_text(row, "completion")[0]
    start, end = m.row_span
    assert normalize(row[start:end]) == normalize(AYA)
    assert m.column == "completion" and m.benchmark == "aime2024"
    record = m.to_record()
    assert json.loads(record["evidence"])["row_span"] == [start, end]


def test_check_contamination_report_and_summary(demo: list[Benchmark], tmp_path: Path) -> None:
    rows = pl.DataFrame(
        {
            "problem_id": ["a", "b", "c"],
            "problem": ["What is 1+1?", "What is 2+2?", "Compute 3+3."],
            "reasoning": [None, "Let me restate: " + AYA, None],
            "completion": ["2", "4", "6"],
        }
    )
    report = check_contamination(rows, demo)
    assert report.flagged_rows() == [1]
    assert report.flagged[0].id == "b" and report.flagged[0].column == "reasoning"
    summary = report.summary()
    assert summary["benchmarks"]["aime2024"]["rows_flagged"] == 1
    assert summary["benchmarks"]["aime2024"]["top_matches"][0]["item_id"] == "aime-2024-I-01"
    out = tmp_path / "r.jsonl"
    report.write_jsonl(out)
    line = json.loads(out.read_text().splitlines()[0])
    assert set(line) == {"row", "id", "column", "matches"}
    assert set(line["matches"][0]["evidence"]) >= {"row_span", "benchmark_span", "text"}


@pytest.mark.parametrize(
    ("rows", "kwargs", "error", "needle"),
    [
        (pl.DataFrame({"x": [1]}), {}, SchemaError, "columns are: x"),
        (pl.DataFrame({"problem": ["a"]}), {"columns": ["completion"]}, SchemaError, "'completion' not found"),
        (42, {}, InputError, "int"),
    ],
)
def test_bad_rows(demo: list[Benchmark], rows, kwargs, error, needle) -> None:  # noqa: ANN001
    with pytest.raises(error, match=needle):
        check_contamination(rows, demo, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [({"methods": ("magic",)}, "unknown method"), ({"fuzzy": 1.5}, "within"), ({"n": 1}, "at least 2")],
)
def test_bad_config(kwargs: dict, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        CheckConfig(**kwargs)


def test_registry_local_dir_and_files(shared_data: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    # The shared folder stops at AIME 2025: `aime` (every year) says which file is missing and what to do.
    with pytest.raises(InputError, match="aime_2026.jsonl not found") as info:
        load_benchmarks(["aime"])
    assert "aime1983-2025" in info.value.hint
    benches = {b.name: b for b in load_benchmarks(["aime1983-2025", "math500", "amc2023"])}
    assert len(benches) == 2025 - 1983 + 1 + 2
    assert len(benches["aime2024"].items) == 30 and len(benches["aime1999"].items) == 15
    assert len(benches["math500"].items) == 500 and len(benches["amc2023"].items) == 40
    assert benches["aime2024"].cutoff == "2024-02-07"
    own = tmp_path / "own.jsonl"
    own.write_text(json.dumps({"problem": "A brand new problem about 12345 frogs.", "answer": "7"}) + "\n")
    (mine,) = load_benchmarks([], files={"mine": str(own)})
    assert mine.items[0].item_id == "mine-0"


@pytest.mark.parametrize(
    ("names", "files", "env", "error", "needle"),
    [
        (["aime2099"], None, None, ConfigError, "unknown benchmark"),
        (["aime2025-2024"], None, None, ConfigError, "first year first"),
        (["aime1980-2024"], None, None, ConfigError, "not within 1983-"),
        (["aime2024"], None, "missing-dir", InputError, "aime_2024.jsonl not found"),
        (["aime2024"], None, None, InputError, "LONGCOT_BENCHMARKS_DIR"),  # offline, no local copy
        ([], {"x": "nope.jsonl"}, None, InputError, "nope.jsonl"),
    ],
)
def test_registry_errors(monkeypatch, tmp_path, names, files, env, error, needle) -> None:  # noqa: ANN001
    monkeypatch.delenv("LONGCOT_BENCHMARKS_DIR", raising=False)
    if env:
        monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(tmp_path / env))
    with pytest.raises(error) as info:
        load_benchmarks(names, files=files)
    assert needle in str(info.value)


@pytest.mark.parametrize("mode", ["drop", "flag"])
def test_decontaminate_processor(shared_data: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    monkeypatch.setenv("LONGCOT_BENCHMARKS_DIR", str(shared_data))
    step = Decontaminate.from_config({"benchmarks": ["aime2024", "aime2025"], "mode": mode}, where="test")
    import pickle

    step = pickle.loads(pickle.dumps(step))
    batch = pl.DataFrame({"problem": [AYA, "What is 1+1?"], "completion": ["204", "2"]})
    out = step(batch)
    assert "contamination" in out.columns
    if mode == "drop":
        assert out.height == 1 and step.stats.dropped == {"aime2024": 1}
    else:
        assert out.height == 2 and step.stats.flagged == {"aime2024": 1}
        assert out["contamination"].list.len().to_list() == [1, 0]


def test_decontaminate_bad_mode() -> None:
    with pytest.raises(ConfigError, match="mode"):
        DecontaminateConfig(mode="delete")


def _cli(args: list[str]):  # noqa: ANN202
    return CliRunner().invoke(app, ["contamination-check", *args])


def test_cli_exit_codes(shared_data: Path, tmp_path: Path) -> None:
    clean, dirty = tmp_path / "clean.jsonl", tmp_path / "dirty.jsonl"
    clean.write_text(json.dumps({"id": "c0", "problem": "What is 1+1?"}) + "\n")
    dirty.write_text(json.dumps({"id": "d0", "problem": "Note. " + AYA}) + "\n" + clean.read_text())
    bench = ["--benchmark-file", f"aime2024={shared_data / 'aime_2024.jsonl'}"]
    assert _cli([str(clean), *bench]).exit_code == 0
    report, kept = tmp_path / "report.jsonl", tmp_path / "kept.parquet"
    res = _cli([str(dirty), *bench, "--report", str(report), "--drop", str(kept), "--json"])
    assert res.exit_code == 1, res.output
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    assert summary["rows_flagged"] == 1
    assert json.loads(report.read_text())["id"] == "d0"
    assert pl.read_parquet(kept)["id"].to_list() == ["c0"]
    # Usage and input errors reach the CLI boundary (`longcot.cli.main` maps them to exit code 2).
    assert isinstance(_cli([str(tmp_path / "missing.jsonl"), *bench]).exception, InputError)
    assert isinstance(_cli([str(dirty), "--benchmark-file", "no-equals-sign"]).exception, ConfigError)
    assert isinstance(_cli([str(dirty), *bench, "--columns", "solution"]).exception, SchemaError)


@pytest.fixture(scope="module")
def labelled(shared_data: Path) -> list:
    return build_labelled(shared_data, PARAPHRASES, per_kind=400)


#: The floors the README states (`## Contamination check`, its table and the "lexical only" figures): recall per
#: positive kind, with the embedding signal (on by default with `longcot[embeddings]`) and without; no false
#: positive on any negative kind but the one listed below (the target is at most 0.5% per kind).
RECALL = {
    "exact": 1.0, "embedded": 1.0, "formatting": 1.0, "real_ttrl": 1.0, "truncated": 1.0,
    "light": 47 / 50, "heavy": 60 / 236, "real_cot": 11 / 30,
}  # fmt: skip
RECALL_WITH_EMBEDDINGS = {**RECALL, "light": 1.0, "heavy": 192 / 236, "heavy_in_cot": 160 / 236, "real_cot": 28 / 30}
#: False positives known on a negative kind (every other kind: none). With the embedding signal, two near misses of
#: the fifth held-out batch (paraphrases_fresh4.jsonl): `fresh4-nm-25`, AIME 2024 II-10's triangle with the same
#: circumradius 13 and inradius 6 asking for OI² (cosine 0.796), and `fresh4-nm-61`, I-11's octagon colourings
#: asking for no two adjacent blue vertices (0.825): the same setup and numbers, another question, as close to the
#: item as its paraphrases by cosine, rare words and sentence by sentence. (The fourth batch's `fresh3-nm-11`, a
#: hexagon sibling of the octagon, is no longer flagged: the embedding rule reads polygons as numbers of sides.)
KNOWN_FALSE_POSITIVES = {"near_miss": 2}


# The embedding run encodes a few hundred windows with the real model on CPU: 2-5 minutes on a loaded 2-core
# machine, over the suite's 300 s default there.
@pytest.mark.timeout(900)
@pytest.mark.parametrize("methods", ["default", "embedding"])
def test_labelled_set_recall_and_fpr(shared_data: Path, labelled: list, methods: str) -> None:
    if methods == "embedding":
        pytest.importorskip("sentence_transformers", reason="the embedding signal needs `longcot[embeddings]`")
        config = CheckConfig(methods=("exact", "ngram", "fuzzy", "embedding"))
    else:
        config = CheckConfig()
    checker = ContaminationChecker(index_benchmarks(shared_data), config)
    results = checker.check_texts([row.text for row in labelled])
    flags: dict[str, list[bool]] = {}
    for row, matches in zip(labelled, results):
        flags.setdefault(row.kind, []).append(bool(matches))
        if matches and row.positive and row.item_id:
            assert row.item_id in {m.item_id for m in matches}, (row.kind, row.text[:80])
    rate = {k: sum(v) / len(v) for k, v in flags.items()}
    floors = RECALL_WITH_EMBEDDINGS if "embedding" in checker.config.methods else RECALL
    for kind, floor in floors.items():
        assert rate[kind] >= floor - 1e-9, (kind, rate[kind])
    known = KNOWN_FALSE_POSITIVES if "embedding" in checker.config.methods else {}
    for kind in NEGATIVE_KINDS:
        assert sum(flags[kind]) <= known.get(kind, 0), (kind, rate[kind])
    assert set(flags) == {*POSITIVE_KINDS, *NEGATIVE_KINDS}
    assert len(flags["heavy"]) == 236 and len(flags["real_cot"]) == 30  # the floors are shares of these
    assert len(flags["heavy_in_cot"]) == 236 and len(flags["near_miss"]) == 212


def test_chat_rows_and_huge_rows(demo: list[Benchmark]) -> None:
    rows = [
        {"id": "chat", "messages": [{"role": "user", "content": AYA}, {"role": "assistant", "content": "204"}]},
        {"id": "big", "messages": [{"role": "user", "content": "word " * 300_000}]},
        {"id": "empty", "messages": []},
    ]
    report = check_contamination(rows, demo)
    assert [r.id for r in report.flagged] == ["chat"]
    assert report.flagged[0].column == "messages"


def test_a_verdict_for_one_benchmark_does_not_depend_on_the_others(shared_data: Path) -> None:
    """MATH train against MATH-500 alone and with every AIME year: the same MATH-500 matches, row by row."""
    from longcot.contamination.registry import load_benchmarks

    lines = (shared_data / "math_train_deepscaler.jsonl").read_text().splitlines()
    train = [json.loads(line)["problem"] for line in lines]

    def math500_matches(names: list[str]) -> list[list[tuple[str, str, float]]]:
        lexical = CheckConfig(methods=("exact", "ngram", "fuzzy"))  # embeddings: see test_embedding_stage.py
        checker = ContaminationChecker(load_benchmarks(names, benchmarks_dir=shared_data), lexical)
        return [
            [(m.item_id, m.method, m.score) for m in ms if m.benchmark == "math500"]
            for ms in checker.check_texts(train)
        ]

    alone = math500_matches(["math500"])
    assert alone == math500_matches(["math500", "aime1983-2025", "amc2023"])
    # These two MATH train problems (other problems than the MATH-500 ones they resemble) were flagged only
    # when the AIME years were in the run (fuzzy 0.68 and 0.58).
    assert alone[3659] == [] and alone[3773] == []
    assert train[3659].startswith("Let $x,$ $y,$ $z$ be real numbers such that $4x^2 + y^2 + 16z^2 = 1.$")


def test_an_item_in_two_benchmarks_is_reported_under_both() -> None:
    both = [
        Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline"),
        Benchmark("mine", (BenchmarkItem("mine", "mine-7", AYA, "204"),), "inline"),
    ]
    checker = ContaminationChecker(both)
    rows = ["Restating: " + AYA, "What is 1+1?", AYA.replace("coffee shop", "café")]
    expected = [
        [("aime2024", "aime-2024-I-01"), ("mine", "mine-7")],
        [],
        [("aime2024", "aime-2024-I-01"), ("mine", "mine-7")],
    ]
    for results in ([checker.check_text(r) for r in rows], checker.check_texts(rows * 30)[:3]):
        assert [sorted((m.benchmark, m.item_id) for m in ms) for ms in results] == expected
    report = check_contamination(rows, both)
    summary = report.summary()["benchmarks"]
    assert (summary["aime2024"]["rows_flagged"], summary["mine"]["rows_flagged"]) == (2, 2)


@pytest.mark.parametrize(("n_rows", "batch_size", "copies"), [(5001, 4096, [5000]), (300, 64, [0, 63, 64, 130, 299])])
def test_rows_are_numbered_across_batches(demo: list[Benchmark], tmp_path: Path, n_rows: int, batch_size: int,
                                          copies: list[int]) -> None:  # fmt: skip
    """Row indices are the input's, whatever the batch (what `--drop` relies on): row 5000 is row 5000."""
    from longcot.contamination.checker import run_checker

    problems = [f"What is {i} + {i}?" for i in range(n_rows)]
    for i in copies:
        problems[i] = "Restating: " + AYA
    frame = pl.DataFrame({"id": [f"r{i}" for i in range(n_rows)], "problem": problems})
    report = run_checker(ContaminationChecker(demo), frame, ["problem"], batch_size=batch_size)
    assert report.flagged_rows() == copies
    assert [r.id for r in report.flagged] == [f"r{i}" for i in copies]
    assert report.n_rows == n_rows


@pytest.mark.parametrize(("kept", "found"), [(8, True), (7, False), (9, True)])
def test_truncated_copy_of_min_item_tokens(kept: int, found: bool) -> None:
    """A truncated copy holding `min_item_tokens` (8) tokens of a 19-token item is a copy; 7 tokens are not."""
    item = "Find the number of ordered triples of positive integers whose product is exactly 7350 and whose sum is 96."
    tokens = tokenize(item)
    assert len(tokens) == 19 and CheckConfig().min_item_tokens == 8
    bench = [Benchmark("demo", (BenchmarkItem("demo", "d-1", item, "5"),), "inline")]
    row = " ".join(item.split()[:kept])
    assert len(tokenize(row)) == kept
    matches = ContaminationChecker(bench).check_text(row)
    assert [(m.method, m.score) for m in matches] == ([("exact", kept / 19)] if found else [])


def test_threshold_overrides() -> None:
    cfg = CheckConfig().with_thresholds({"fuzzy": 0.9, "paraphrase": 1.5})
    assert (cfg.fuzzy, cfg.paraphrase) == (0.9, 1.5)
    with pytest.raises(ConfigError, match="unknown threshold"):
        CheckConfig().with_thresholds({"magic": 0.1})


@pytest.fixture(scope="module")
def math500_checker(shared_data: Path) -> ContaminationChecker:
    from longcot.contamination.registry import load_benchmarks

    # The lexical rules on template siblings. With the embedding signal on, 32 of the 7,473 MATH train problems
    # are flagged against MATH-500 (0.43%; `python bench/contamination_bench.py --math-train`, minutes on CPU).
    lexical = CheckConfig(methods=("exact", "ngram", "fuzzy"))
    return ContaminationChecker(load_benchmarks(["math500", "amc2023"], benchmarks_dir=shared_data), lexical)


# Short MATH problems on the template of a MATH-500 one (bugs found checking MATH train against MATH-500:
# same words and small numbers in another order, another formula, or a short sibling read as a truncated copy).
@pytest.mark.parametrize(
    "text",
    [
        r'Let $f(x)$ be an odd function.  Is $f(f(x))$ even, odd, or neither?  Enter "odd", "even", or "neither".',
        "Consider the given functions: $$\\begin{array}{ccc}\nf(x) & = & 5x^2 - \\frac{1}{x}+ 3\\\\\ng(x) & = & "
        "x^2-k\n\\end{array}$$If $f(2) - g(2) = 2$, what is the value of $k$?",
        r"If $g(x) = 2x^2 - 3$ and $h(x) = 4x^3 +1$, what is the value of $g(h(-1))$?",
        r"What is the distance, in units, between the points $(3, -2)$ and $(7, 5)$?",
    ],
)
def test_template_siblings_are_other_problems(math500_checker: ContaminationChecker, text: str) -> None:
    assert math500_checker.check_text(text) == []


def test_math_train_against_math500(shared_data: Path, math500_checker: ContaminationChecker) -> None:
    """MATH train problems are not MATH-500 ones: at most 0.5% flagged (the few are same-setup siblings)."""
    lines = (shared_data / "math_train_deepscaler.jsonl").read_text().splitlines()
    train = [json.loads(line)["problem"] for line in lines]
    flagged = sum(map(bool, math500_checker.check_texts(train)))
    assert flagged <= 0.005 * len(train)
