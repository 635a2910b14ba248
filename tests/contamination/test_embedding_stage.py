"""The embedding signal: on with the extra, quiet off a terminal, only close candidate windows embedded."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from aime_text import AYA

from longcot.contamination import Benchmark, BenchmarkItem, CheckConfig, ContaminationChecker
from longcot.contamination import paraphrase as stage
from longcot.contamination.checker import LEXICAL_METHODS
from longcot.contamination.normalize import tokenize


HAS_ST = importlib.util.find_spec("sentence_transformers") is not None
needs_st = pytest.mark.skipif(not HAS_ST, reason="the embedding signal needs `longcot[embeddings]`")

#: A heavy rewrite: few shared n-grams, every number kept.
AYA_HEAVY = (
    "Aya's daily routine is a 9 km stroll that ends with a stop for coffee lasting t minutes. Moving at s km/h, "
    "the outing (coffee included) lasts 4 hours; moving 2 km/h faster, it lasts 2 hours 24 minutes. How long, in "
    "minutes, is the outing, coffee break included, if her pace is s + 1/2 km/h?"
)
#: A closer rewrite, as a chain of thought restates a problem: no lexical rule catches it inside a long text.
AYA_RESTATED = (
    "Each day Aya walks 9 kilometers, then stops at a coffee shop, spending t minutes there. Walking at a constant s "
    "kilometers per hour, the walk and the coffee shop take her 4 hours; walking s+2 kilometers per hour, they take "
    "her 2 hours and 24 minutes. If Aya walks s+1/2 kilometers per hour instead, how many minutes do the walk and "
    "the coffee shop take her?"
)


#: The item's numbers and some of its rare words (a lexical candidate), another problem: the static pass stops it.
AYA_STATIC_FAR = (
    "Aya has 9 coins and 4 stamps; she trades 2 stamps for 24 coins, then s+2 and 1/2 more. What is t, the number "
    "of minutes she spends in the coffee shop counting them?"
)


def test_cli_says_when_the_check_is_lexical_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from longcot.cli import app
    from longcot.contamination import embeddings

    monkeypatch.setattr(embeddings, "available", lambda: False)
    monkeypatch.delenv("LONGCOT_EMBEDDINGS", raising=False)
    rows, bench = tmp_path / "rows.jsonl", tmp_path / "bench.jsonl"
    rows.write_text(json.dumps({"id": "r0", "problem": "What is 1+1?"}) + "\n")
    bench.write_text(json.dumps({"id": "b0", "problem": AYA, "answer": "204"}) + "\n")
    res = CliRunner().invoke(app, ["contamination-check", str(rows), "--benchmark-file", f"demo={bench}", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    assert summary["methods"] == list(LEXICAL_METHODS)
    assert summary["embedding"].startswith("off: lexical only, the `embeddings` extra is not installed")
    assert "embedding signal off: lexical only" in res.stderr
    assert "(pip install 'longcot[embeddings]')" in " ".join(res.stderr.split())  # not eaten as markup


@needs_st
def test_cli_runs_the_embedding_signal_by_default_with_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Nothing set, the extra installed: the CLI's default finds a heavy paraphrase no lexical rule does."""
    import json

    from typer.testing import CliRunner

    from longcot.cli import app

    monkeypatch.delenv("LONGCOT_EMBEDDINGS", raising=False)
    rows, bench = tmp_path / "rows.jsonl", tmp_path / "bench.jsonl"
    rows.write_text(
        "".join(json.dumps({"id": f"r{i}", "problem": t}) + "\n" for i, t in enumerate([AYA_HEAVY, "What is 1+1?"]))
    )
    bench.write_text(json.dumps({"id": "b0", "problem": AYA, "answer": "204"}) + "\n")
    args = ["contamination-check", str(rows), "--benchmark-file", f"demo={bench}", "--json"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 1, res.output  # a match: the release gate fails
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    assert summary["methods"] == [*LEXICAL_METHODS, "embedding"]
    assert summary["embedding"] == "on (static first pass, then all-MiniLM-L6-v2)"
    assert summary["rows_flagged"] == 1 and summary["benchmarks"]["demo"]["by_method"] == {"embedding": 1}
    monkeypatch.setenv("LONGCOT_EMBEDDINGS", "off")  # off by the variable: lexical, and the output says why
    res = CliRunner().invoke(app, args)
    summary = json.loads(res.stdout[res.stdout.index("{") :])
    assert (res.exit_code, summary["methods"], summary["rows_flagged"]) == (0, list(LEXICAL_METHODS), 0)
    assert summary["embedding"] == "off: lexical only (LONGCOT_EMBEDDINGS=off; unset it to turn it on)"


@needs_st
def test_model_loading_prints_no_bar_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    from longcot.contamination.embeddings import EmbeddingSignal, _load

    _load.__wrapped__(EmbeddingSignal.default_model_path())  # not the per-process cache: a real load
    err = capsys.readouterr().err
    assert "Loading weights" not in err and "it/s" not in err


@needs_st
def test_item_embeddings_are_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from longcot.contamination import embeddings

    monkeypatch.setenv("LONGCOT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(embeddings, "_MEMO", {})
    first = embeddings.EmbeddingSignal(["a unique item text about 12345 frogs"])
    assert first._item_vectors is None  # the model's item embeddings wait until a window needs them
    assert first.item_vectors.shape == (1, 384)
    (cached,) = (tmp_path / "embeddings").glob("*.npy")
    monkeypatch.setattr(embeddings, "_MEMO", {})
    monkeypatch.setattr(embeddings.EmbeddingSignal, "encode", lambda self, texts: pytest.fail("re-encoded"))
    again = embeddings.EmbeddingSignal(["a unique item text about 12345 frogs"])
    assert (again.item_vectors == first.item_vectors).all() and cached.stat().st_size > 0


@needs_st
def test_only_candidate_windows_are_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    assert checker._embedding is not None
    embedded: list[str] = []
    cosines = checker._embedding.signal.cosines

    def spy(texts, items):  # noqa: ANN001, ANN202
        embedded.extend(texts)
        return cosines(texts, items)

    monkeypatch.setattr(checker._embedding.signal, "cosines", spy)
    filler = "We simplify the expression and collect like terms before going on. " * 60
    rows = [
        AYA_HEAVY,  # a standalone paraphrase: embedded (one window) and found
        "What is the capital of France?",  # no number, no rare word of the item: never embedded
        AYA_HEAVY.replace("9", "11").replace("24", "36"),  # renumbered: not a candidate
        filler + AYA_RESTATED + " " + filler,  # inside a long text: only the window holding it
        AYA_STATIC_FAR,  # a lexical candidate, far in the static pass: never reaches the model
    ] * 20
    assert checker._embedding.candidates(tokenize(AYA_STATIC_FAR)) == [0]
    results = checker.check_texts(rows)
    assert [bool(r) for r in results[:5]] == [True, False, False, True, False]
    assert results[0][0].signals["static_cosine"] >= checker.config.embedding_static_fitted
    assert {m.method for m in results[0]} == {"embedding"} and results[3][0].method == "embedding"
    # Per copy, the paraphrase and the long text's best window; nothing for the others (the model sees each
    # distinct window once per batch).
    assert len(embedded) == 2 * 20 and len(set(embedded)) == 2
    start, end = results[3][0].row_span
    assert "Aya" in rows[3][start:end] and end - start < len(rows[3]) / 4
    lexical = ContaminationChecker(bench, CheckConfig(methods=LEXICAL_METHODS))
    assert lexical.check_texts(rows[:5]) == [[], [], [], [], []]  # what the embedding signal adds


@needs_st
def test_long_text_windows_need_every_number_and_most_rare_words() -> None:
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    emb = checker._embedding
    assert emb is not None
    filler = tokenize("We simplify the expression and collect like terms before going on. " * 40)
    inside = tokenize(AYA_RESTATED)
    assert [(w.lo, w.hi) for w in emb.windows(0, filler + inside + filler, [0])] != []
    # A window missing one number of the item is not embedded in a long text (a short text needs 75%).
    missing = tokenize(AYA_RESTATED.replace("24 minutes", "minutes"))
    assert emb.windows(0, filler + missing + filler, [0]) == []
    assert len(emb.windows(0, missing, [0])) == 1
    assert stage.LONG_TEXT_WINDOWS == 2


@needs_st
def test_an_embedding_verdict_does_not_depend_on_the_other_benchmarks(shared_data: Path) -> None:
    from longcot.contamination.labelled import index_benchmarks

    aya = Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")
    others = [b for b in index_benchmarks(shared_data) if b.name == "aime2025"]
    filler = "We simplify the expression and collect like terms before going on. " * 60
    rows = [AYA_HEAVY, filler + AYA_RESTATED + " " + filler, "What is 1+1?"] * 22
    methods = CheckConfig(methods=(*LEXICAL_METHODS, "embedding"))
    alone = ContaminationChecker([aya], methods).check_texts(rows)
    with_others = ContaminationChecker([aya, *others], methods).check_texts(rows)
    assert [[(m.benchmark, m.item_id, m.method, round(m.score, 5)) for m in ms] for ms in with_others] == [
        [(m.benchmark, m.item_id, m.method, round(m.score, 5)) for m in ms] for ms in alone
    ]
    assert [bool(ms) for ms in alone[:3]] == [True, True, False]


@needs_st
def test_static_vectors_are_distilled_once_per_block_and_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from longcot.contamination import embeddings

    path = embeddings.EmbeddingSignal.default_model_path()
    monkeypatch.setenv("LONGCOT_CACHE_DIR", str(tmp_path / "a"))
    first = embeddings.StaticVectors(path, fitted=False)
    alone = first.encode([AYA_HEAVY])
    assert np.allclose(first.encode(["What is the capital of France?", AYA_HEAVY])[1], alone[0])
    (cached,) = (tmp_path / "a" / "static").glob("*.npz")
    # Another cache that distils other blocks first gives the same vector: a block is always computed whole.
    monkeypatch.setenv("LONGCOT_CACHE_DIR", str(tmp_path / "b"))
    other = embeddings.StaticVectors(path, fitted=False)
    other.encode(["Zebras quietly juggle xylophones near Reykjavik."])
    assert np.allclose(other.encode([AYA_HEAVY]), alone, atol=1e-6)
    sims = first.encode([AYA, AYA_RESTATED, AYA_STATIC_FAR]) @ first.encode([AYA])[0]
    assert sims[1] > 0.95 > sims[2]  # a restatement is close, another problem with the same words is not
    # Read back from disk: the model is not run again.
    monkeypatch.setenv("LONGCOT_CACHE_DIR", str(tmp_path / "a"))
    monkeypatch.setattr(embeddings, "_load", lambda _: pytest.fail("distilled again"))
    assert np.array_equal(embeddings.StaticVectors(path, fitted=False).encode([AYA_HEAVY]), alone)
    assert cached.stat().st_size > 0


@needs_st
def test_the_bundled_model_uses_the_fitted_static_vectors_and_their_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from longcot.contamination import embeddings

    path = embeddings.EmbeddingSignal.default_model_path()
    fitted = embeddings.StaticVectors(path)
    assert fitted.fitted and fitted.recipe == f"{embeddings.STATIC_RECIPE}+{embeddings.FIT_RECIPE}"
    with np.load(embeddings.FIT_PATH) as saved:
        assert str(saved["model"]) == embeddings.FIT_MODEL and float(saved["lam"]) == 0.01
        ids, rows = saved["ids"], saved["rows"]
    (piece,) = fitted.token_ids(["triangle"])
    assert len(piece) == 1 and piece[0] in ids  # a math word: its row is the fitted one
    assert np.allclose(
        fitted.encode(["triangle"])[0],
        rows[list(ids).index(piece[0])] / np.linalg.norm(rows[list(ids).index(piece[0])]),
        atol=1e-3,
    )
    sims = fitted.encode([AYA, AYA_RESTATED, AYA_STATIC_FAR]) @ fitted.encode([AYA])[0]
    assert sims[1] > 0.8 and sims[2] < CheckConfig().embedding_static_fitted < sims[1]
    # The checker's static floor is the fitted one: the distilled pass's floor does not apply to it.
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    methods = (*LEXICAL_METHODS, "embedding")
    loose = ContaminationChecker(bench, CheckConfig(methods=methods, embedding_static=1.0))
    assert loose._embedding is not None and loose._embedding.signal.static.fitted  # type: ignore[union-attr]
    assert [m.method for m in loose.check_texts([AYA_HEAVY])[0]] == ["embedding"]
    strict = ContaminationChecker(bench, CheckConfig(methods=methods, embedding_static_fitted=0.99))
    assert strict._embedding is not None
    monkeypatch.setattr(strict._embedding.signal, "cosines", lambda *_: pytest.fail("past the static floor"))
    assert strict.check_texts([AYA_HEAVY]) == [[]]


@needs_st
def test_a_model_other_than_the_bundled_one_keeps_the_distilled_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from longcot.contamination import embeddings

    monkeypatch.setenv("LONGCOT_CACHE_DIR", str(tmp_path / "cache"))
    path = Path(embeddings.EmbeddingSignal.default_model_path())
    other = tmp_path / "model"  # another folder (a fine-tuned copy would be one): the artifact is not for it
    other.mkdir()
    for f in path.iterdir():
        (other / f.name).symlink_to(f)
    static = embeddings.StaticVectors(str(other))
    assert not static.fitted and static.recipe == embeddings.STATIC_RECIPE
    distilled = embeddings.StaticVectors(str(path), fitted=False).encode([AYA_HEAVY])
    assert np.allclose(static.encode([AYA_HEAVY]), distilled, atol=1e-5)
    assert not np.allclose(embeddings.StaticVectors(str(path)).encode([AYA_HEAVY]), distilled, atol=1e-2)
    signal = embeddings.EmbeddingSignal([AYA], model=str(other))
    assert signal.static is not None and not signal.static.fitted  # so the checker's floor is `embedding_static`
    # An artifact fitted to another model (or vocabulary) is not used for the bundled one either.
    fake = tmp_path / "fit.npz"
    with np.load(embeddings.FIT_PATH) as saved:
        np.savez(fake, **{k: saved[k] for k in saved.files if k != "model"}, model=np.str_("someone/else"))
    monkeypatch.setattr(embeddings, "FIT_PATH", fake)
    embeddings._fitted_rows.cache_clear()
    try:
        assert not embeddings.StaticVectors(str(path)).fitted
    finally:
        embeddings._fitted_rows.cache_clear()


#: Two items of 32 tokens or more (shorter ones have a rule of their own), without and with a distinctive number.
PLAIN = (
    "Let $f(x)$ be an odd function and let $g(x)$ be an even function, both defined for every real number. "
    "Is the composition $f(g(f(x)))$ even, odd, or neither? Enter odd, even, or neither."
)
DISTINCT = PLAIN.replace("both defined for every real number", "with $f(2024)=7$")


@pytest.mark.parametrize(
    ("problem", "cosine", "matched"),
    [
        (PLAIN, 0.73, False),  # no distinctive number (MATH's same-setup siblings embed close): 0.74 needed
        (PLAIN, 0.75, True),
        (DISTINCT, 0.71, True),  # a distinctive number (2024): the `embedding` threshold (0.70) is enough
    ],
    ids=["plain-0.73", "plain-0.75", "distinct-0.71"],
)
def test_an_item_without_a_distinctive_number_needs_a_higher_cosine(
    problem: str, cosine: float, matched: bool
) -> None:
    bench = [Benchmark("demo", (BenchmarkItem("demo", "d-1", problem, "odd"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=LEXICAL_METHODS))
    emb = stage.EmbeddingStage.__new__(stage.EmbeddingStage)  # the rule only: no model
    emb.index, emb.config = checker.index, CheckConfig()
    (item,) = checker.index.items
    assert bool(item.rare_numbers) == ("2024" in problem) and len(item.tokens) >= CheckConfig().embedding_tokens
    toks = tokenize(problem)
    from longcot.contamination.normalize import number_readings, numbers

    found = emb._decide(item, cosine, toks, number_readings(numbers(toks)), problem, "text", (0, len(problem)))
    assert bool(found) == matched


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("one", [(0, 3)]),
        ("one\n\ntwo", [(0, 3), (5, 8)]),
        ("one\n \t\ntwo\n\n\n\nthree\n", [(0, 3), (7, 10), (14, 20)]),  # blank lines with spaces, runs of them
        ("one\ntwo", [(0, 7)]),  # a single line break does not end a paragraph
        ("\n\n  \n\n", []),
        ("", []),
    ],
)
def test_paragraphs(text: str, spans: list[tuple[int, int]]) -> None:
    assert stage.paragraphs(text) == spans


@needs_st
def test_a_heavy_paraphrase_restated_as_a_paragraph_of_a_chain_of_thought_is_found() -> None:
    """A restated problem is a paragraph of its own: its window is that paragraph, not a 120-token slice.

    The heavy paraphrase holds too few of the item's rare words for the 120-token window rule (55%), and a
    window around it holds reasoning too; as a paragraph it is embedded alone, as a standalone text is.
    """
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    emb = checker._embedding
    assert emb is not None
    filler = "\n\n".join(["We simplify the expression and collect like terms before going on."] * 30)
    text = f"{filler}\n\nProblem: {AYA_HEAVY}\n\n{filler}"
    tokens = tokenize(text)
    # Not by the token windows alone: the paraphrase holds every number but under 55% of the rare words.
    assert emb._grid_windows(0, tokens, [0]) == []
    (window,) = emb.windows(0, tokens, [0], text)
    assert text[window.span[0] : window.span[1]] == f"Problem: {AYA_HEAVY}" and window.items == (0,)
    renumbered = text.replace("24 minutes", "36 minutes")
    assert emb.windows(0, tokenize(renumbered), [0], renumbered) == []  # a number changed: another problem
    one_line = text.replace("\n\n", " ")  # no paragraphs: only the token windows, which this paraphrase misses
    assert emb.windows(0, tokenize(one_line), [0], one_line) == []
    results = checker.check_texts([text, renumbered, filler])
    assert [bool(r) for r in results] == [True, False, False]
    (match,) = results[0]
    assert match.method == "embedding" and match.row_span == window.span
    # The batch path (64 rows or more: candidates from the numpy scan) finds the same, row by row.
    batched = checker.check_texts([text, renumbered, filler] * 22)
    assert [[(m.item_id, m.row_span, round(m.score, 5)) for m in ms] for ms in batched] == [
        [(m.item_id, m.row_span, round(m.score, 5)) for m in ms] for ms in results
    ] * 22
    assert ContaminationChecker(bench, CheckConfig(methods=LEXICAL_METHODS)).check_texts([text]) == [[]]


@needs_st
def test_numbers_alone_never_make_an_embedding_candidate() -> None:
    """A short text with every number of the item and few of its rare words is another problem: not embedded."""
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    emb = checker._embedding
    assert emb is not None
    item = checker.index.items[0]
    assert item.number_evidence >= 1.5  # numbers that once let a short text in without a word
    only_numbers = "Sum: " + ", ".join(sorted(item.numbers)) + "."
    assert checker.index.word_share(item, set(tokenize(only_numbers))) < checker.config.embedding_words
    assert emb.candidates(tokenize(only_numbers)) == []
    assert emb.candidates(tokenize(AYA_HEAVY)) == [0]  # the same numbers with some of its words: a candidate


@needs_st
def test_a_window_embeds_the_same_whatever_else_is_in_its_batch() -> None:
    import numpy as np
    import torch

    from longcot.contamination.embeddings import EmbeddingSignal

    signal = EmbeddingSignal([AYA])
    alone = signal.encode([AYA_HEAVY])
    signal._windows.clear()
    threads = torch.get_num_threads()
    # Beside a longer text (a padded batch would pad AYA_HEAVY to its length) and a shorter one.
    mixed = signal.encode([AYA_RESTATED * 3, AYA_HEAVY, "What is 1+1?"])
    assert torch.get_num_threads() == threads  # the one-thread encoding gives the setting back
    assert mixed.shape == (3, 384) and mixed.dtype == np.float32
    assert np.array_equal(mixed[1], alone[0])  # bit for bit: a verdict near a threshold cannot flip
    assert np.allclose(np.linalg.norm(mixed, axis=1), 1.0, atol=1e-5)
    assert signal.encode([]).shape[0] == 0


@needs_st
@pytest.mark.parametrize("threads", [1, 3])
def test_windows_on_several_threads_embed_as_the_model_does_one_by_one(threads: int) -> None:
    """Threads spread the texts, never change a vector: each is the model's own `encode` of the text alone.

    The model's own `encode` runs on one thread here: on several, torch may split a matrix product's sums
    between them, and the last bits then depend on the CPU (on one 2-core machine they did, on another not).
    """
    import numpy as np
    import torch

    from longcot.contamination.embeddings import EmbeddingSignal

    texts = [AYA_HEAVY, AYA_RESTATED * 2, "What is 1+1?", AYA_STATIC_FAR, AYA, "x " * 300]
    signal = EmbeddingSignal([AYA], threads=threads)
    assert signal.threads == threads
    before = torch.get_num_threads()
    got = signal.encode(texts)
    assert torch.get_num_threads() == before
    torch.set_num_threads(1)
    try:
        alone = [
            signal.model.encode([text], batch_size=1, normalize_embeddings=True, convert_to_numpy=True)[0]
            for text in texts
        ]
    finally:
        torch.set_num_threads(before)
    for text, vector, own in zip(texts, got, alone):
        assert np.array_equal(vector, own), text[:40]
    # And whatever the number of threads: the vectors of one thread, to the bit.
    assert np.array_equal(EmbeddingSignal([AYA], threads=1).encode(texts), got)


@pytest.mark.parametrize(
    ("value", "threads"),
    [("", None), ("1", 1), ("2", 2), (" 3 ", 3), ("16", 16), ("0", "error"), ("-1", "error"), ("two", "error")],
)
def test_the_embedding_threads_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, threads: int | str | None
) -> None:
    import os

    from longcot.contamination import embeddings
    from longcot.errors import ConfigError

    monkeypatch.setenv(embeddings.THREADS_ENV, value)
    if threads == "error":
        with pytest.raises(ConfigError, match=f"{embeddings.THREADS_ENV}=.*is not a number of threads"):
            embeddings.embedding_threads()
        return
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    want = threads if threads is not None else min(usable or 1, embeddings.MAX_THREADS)
    assert embeddings.embedding_threads() == want


@needs_st
def test_equal_windows_are_embedded_once_across_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    from longcot.contamination import embeddings

    signal = embeddings.EmbeddingSignal([AYA])
    seen: list[str] = []
    forward_each = signal._forward_each

    def spy(texts):  # noqa: ANN001, ANN202
        seen.extend(texts)
        return forward_each(texts)

    monkeypatch.setattr(signal, "_forward_each", spy)
    first = signal.encode([AYA_HEAVY, AYA_HEAVY, AYA_RESTATED])
    again = signal.encode([AYA_RESTATED, AYA_HEAVY])  # a later batch: both remembered
    assert seen == [AYA_HEAVY, AYA_RESTATED]
    assert (again[0] == first[2]).all() and (again[1] == first[0]).all()
    monkeypatch.setattr(embeddings, "WINDOW_MEMO", 1)  # bounded: the oldest window goes first
    signal._windows.clear()
    signal.encode([AYA_HEAVY, AYA_RESTATED])
    assert list(signal._windows) == [AYA_RESTATED]
    monkeypatch.setattr(embeddings, "WINDOW_MEMO_CHARS", 10)  # a long text is not kept
    signal._windows.clear()
    signal.encode([AYA_HEAVY])
    assert signal._windows == {}


@needs_st
def test_a_short_text_needs_a_fifth_of_the_items_rare_words_to_be_embedded() -> None:
    """Every number kept and 15-20% of the rare words (the old floor) is no candidate now; 20% or more is."""
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    emb, item = checker._embedding, checker.index.items[0]
    assert emb is not None and checker.config.embedding_words == 0.2
    words, below, above = [], None, None
    for word in sorted(item.rare_words):  # rare words added one at a time, in a fixed order
        words.append(word)
        share = checker.index.word_share(item, set(words))
        if 0.15 <= share < 0.2 and below is None:
            below = list(words)
        if share >= 0.2:
            above = list(words)
            break
    assert below is not None and above is not None
    numbers = ", ".join(sorted(item.numbers))
    assert emb.candidates(tokenize(f"{' '.join(below)}: {numbers}.")) == []
    assert emb.candidates(tokenize(f"{' '.join(above)}: {numbers}.")) == [0]


@needs_st
def test_a_long_row_the_batch_could_not_tokenise_still_gets_its_embedding_candidates() -> None:
    """A non-ASCII word makes a row `hard` (tokenised apart, unseen by the batch scan): found all the same."""
    from longcot.contamination.checker import _BATCH_MIN

    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    filler = "We simplify the expression and collect like terms before going on. " * 60
    hard = filler + "Le café. " + AYA_RESTATED + " " + filler
    plain = filler + AYA_RESTATED + " " + filler
    rows = [hard, plain] + ["What is 1+1?"] * _BATCH_MIN  # enough rows for the batch path
    results = checker.check_texts(rows)
    assert [bool(r) for r in results[:3]] == [True, True, False]
    assert results[0][0].method == "embedding" and results[0][0].item_id == "aime-2024-I-01"
    assert checker.check_texts([hard]) == [results[0]]  # alone (the one-text path): the same match


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("Priya walks nine km and rests", {"9"}),
        ("two hours and twenty-four minutes", {"2", "24"}),
        ("in two thousand twenty-four and nine", {"2024", "9"}),
        ("take one or four tokens", {"1", "4"}),
        ("three hundred and five", {"305", "300", "5"}),  # `and` read both ways
        ("strictly between negative one thousand and one thousand", {"1000", "1001"}),  # 1000 twice, not 1001
        ("five five", {"5"}),
        ("one hundred twenty three thousand four hundred fifty six", {"123456"}),
        ("twenty one dalmatians", {"21"}),
        ("five twelfths and eleven twenty-fifths", {"5", "12", "11", "20", "25"}),  # 20 and 5: twenty fifths
        ("two and a half hours, a quarter of it", {"2", "1", "4"}),
        ("three quarters, one third", {"3", "4", "1"}),
        ("the fifth term and a second try", set()),  # ordinals alone are no numbers; `second` never is
        ("a right angle at A, a straight angle", {"90", "180"}),
        ("the right answer for angle A", set()),
        ("and then nothing", set()),
        ("the 12 apples", set()),  # digits are `numbers`' part
        # Stretches of number words read alone, each from the token before it: the same as token by token.
        ("and and one and and x and two hundred and", {"1", "200"}),
        ("so a third, then an eighth of x and a right angle", {"1", "3", "8", "90"}),
        ("twenty x fifths", {"20"}),  # a token between them: no `twenty-fifths`, and `x fifths` is no fraction
        ("one", {"1"}),
    ],
)
def test_numbers_spelled_in_words(text: str, spelled: set[str]) -> None:
    from longcot.contamination.normalize import spelled_numbers, text_numbers

    tokens = tokenize(text)
    assert spelled_numbers(tokens) == spelled
    assert spelled <= text_numbers(tokens)


@pytest.mark.parametrize(
    ("problem", "required", "stated"),
    [
        ("Subsets of $\\{1,2,3,4,5\\}$ with $16$ members", {"1", "5", "16"}, {"1", "2", "3", "4", "5", "16"}),
        ("$a, b, c$ in $\\{-20,-19,-18,\\ldots,18,19,20\\}$ with $m \\ne 2$", {"20", "2"}, {"20", "19", "18", "2"}),
        ("$S=\\{1,2,3,\\cdots,9,10\\}.$ $4$ numbers", {"1", "10", "4"}, {"1", "2", "3", "9", "10", "4"}),  # not `10 4`
        ("$1 \\cdot 2 \\cdot 3 \\cdots 10$", {"1", "2", "3", "10"}, {"1", "2", "3", "10"}),  # a product, no list
        ("faces $1, 2, 3, 4, 5,$ and $6$; $1.5, 2, 3$", {"1", "2", "3", "5", "6", "1.5"}, {*"123456", "1.5"}),
        ("$3, 4, 5, a, b, 30, 40, 50$", {"3", "5", "30", "40", "50"}, {"3", "4", "5", "30", "40", "50"}),
        ("the list $1, 2, 3$ and then $2$ alone", {"1", "2", "3"}, {"1", "2", "3"}),  # 2 appears outside the run
        ("$5, 7, 9$ and $2, 4$", {"5", "7", "9", "2", "4"}, {"5", "7", "9", "2", "4"}),  # no consecutive run
        ("Find $p$.\n ~ pi_is_3.14\n ~ momeme", {"p"} - {"p"}, set()),  # a signature is no part of the problem
        ("radius $18$. [/asy] ~MRENTHUSIASM ~ihatemath123", {"18"}, {"18"}),
        ("with $x \\sim 12$ and $a~b$", {"12"}, {"12"}),  # a tilde inside the problem stays
    ],
)
def test_item_numbers(problem: str, required: set[str], stated: set[str]) -> None:
    """A copy must keep an item's numbers but an enumeration's inner members (`{1,...,5}`) and a signature's."""
    from longcot.contamination.index import item_numbers

    assert item_numbers(problem) == (required, stated)


@needs_st
def test_a_heavy_paraphrase_with_its_numbers_in_words_is_found() -> None:
    """The number gate reads numbers spelled in words (`nine`, `twenty-four`); other numbers in words stay out."""
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    spelled = (
        AYA_HEAVY.replace("9 km", "nine km")
        .replace("4 hours", "four hours")
        .replace("2 hours 24", "two hours twenty-four")
    )
    assert spelled.count("nine") == 1 and "24" not in spelled
    renumbered = spelled.replace("nine km", "eleven km").replace("twenty-four", "thirty-six")
    found, other = checker.check_texts([spelled, renumbered])
    assert [m.method for m in found] == ["embedding"] and found[0].item_id == "aime-2024-I-01"
    assert other == []


@needs_st
@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        ("", "", True),  # the paraphrase itself
        ("9 km", "15 km", False),  # a datum changed for a distinctive number: a sibling
        ("9 km", "fifteen km", False),  # the same, spelled
        ("2 km/h faster", "3 km/h faster", True),  # 2 is still in the text (`2 hours`), 3 is no evidence
        ("How long", "Walking 15 km on Sunday, how long", True),  # every number kept: an added one is not a change
    ],
)
def test_an_item_number_replaced_by_a_distinctive_one_is_a_sibling(old: str, new: str, found: bool) -> None:
    """With an item number missing, a distinctive number the item lacks is a changed datum, not a rewording."""
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    text = AYA_HEAVY.replace(old, new)
    assert text != AYA_HEAVY or not old
    (matches,) = checker.check_texts([text])
    assert [(m.item_id, m.method) for m in matches] == ([("aime-2024-I-01", "embedding")] if found else [])


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("a 9 km walk, 4 hours, 2 hours 24 minutes, s + 1/2", False),  # the item's numbers
        ("a 15 km walk", True),
        ("a fifteen km walk", True),  # spelled
        ("a 7 km walk, 3 more, 10 or 100 or 1000", False),  # 0-12 and powers of ten are no evidence
        ("the grid reads 008 and 024", False),  # leading zeros: 8 and 24
        ("the grid reads 0025", True),  # 25
        ("a 2.5 km walk", True),  # a decimal the item lacks
    ],
)
def test_replaced_number(text: str, replaced: bool) -> None:
    from longcot.contamination.index import BenchmarkIndex
    from longcot.contamination.signals import replaced_number

    (item,) = BenchmarkIndex([BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204")]).items
    assert replaced_number(item, tokenize(text)) is replaced


@needs_st
def test_a_row_stops_at_its_first_window_that_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paraphrase in a chain of thought is in its token window and its paragraph: the best (static) goes first,
    and once it matches, the other is not embedded; a row whose first window fails still gets its others."""
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
    emb = checker._embedding
    assert emb is not None
    filler = "We simplify the expression and collect like terms before going on. " * 30
    row = filler + "\n\n" + AYA_RESTATED + "\n\n" + filler
    tokens = tokenize(row)
    assert len(emb.windows(0, tokens, emb.candidates(tokens), row)) == 2  # a token window and the paragraph
    calls: list[list[str]] = []
    cosines = emb.signal.cosines

    def spy(texts, items):  # noqa: ANN001, ANN202
        calls.append(list(texts))
        return cosines(texts, items)

    monkeypatch.setattr(emb.signal, "cosines", spy)
    found = checker.check_texts([row])[0]
    assert [m.method for m in found] == ["embedding"] and len(calls) == 1 and len(calls[0]) == 1
    calls.clear()
    from dataclasses import replace

    monkeypatch.setattr(
        emb, "config", replace(emb.config, embedding=0.999)
    )  # nothing matches: every window, in rounds
    assert checker.check_texts([row + " "])[0] == []
    assert [len(c) for c in calls] == [1, 1]


@pytest.mark.parametrize(
    ("tokens", "sides"),
    [
        (["a", "regular", "octagon"], {"8"}),
        (["two", "hexagons", "and", "a", "pentagon"], {"5", "6"}),
        (["dodecagon", "decagon", "nonagon", "heptagon"], {"7", "9", "10", "12"}),
        (["a", "triangle", "in", "a", "square"], set()),  # words with other senses are not read
        (["octagonal", "tile"], set()),  # the adjective is not the polygon's name
        ([], set()),
    ],
)
def test_polygon_numbers(tokens: list[str], sides: set[str]) -> None:
    from longcot.contamination.normalize import polygon_numbers

    assert polygon_numbers(tokens) == sides


@needs_st
def test_the_bfloat16_screen_is_within_its_margin_and_keeps_every_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows far from a match by the static pass are screened by bfloat16 cosines first: each is within
    `COARSE_MARGIN` of the float32 one, and the rows flagged, items and scores are those of float32 alone."""
    from longcot.contamination import embeddings

    signal = embeddings.EmbeddingSignal([AYA])
    texts = [AYA_HEAVY, AYA_RESTATED, AYA_STATIC_FAR]
    if signal.coarse_available:  # on a CPU without native bfloat16 the screen does not run
        coarse = signal.coarse_cosines(texts, [[0]] * 3)
        exact = signal.cosines(texts, [[0]] * 3)
        assert all(abs(a[0] - b[0]) < embeddings.COARSE_MARGIN / 2 for a, b in zip(coarse, exact))
    bench = [Benchmark("aime2024", (BenchmarkItem("aime2024", "aime-2024-I-01", AYA, "204"),), "inline")]
    filler = "We simplify the expression and collect like terms before going on. " * 30
    rows = [filler + "\n\n" + t + "\n\n" + filler for t in texts] + texts

    def run() -> list[list[tuple[str, str, float]]]:
        checker = ContaminationChecker(bench, CheckConfig(methods=(*LEXICAL_METHODS, "embedding")))
        return [[(m.item_id, m.method, m.score) for m in ms] for ms in checker.check_texts(rows)]

    screened = run()
    monkeypatch.setattr(embeddings.EmbeddingSignal, "coarse_available", property(lambda self: False))
    assert run() == screened and any(screened)
