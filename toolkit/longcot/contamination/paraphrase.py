"""The embedding stage of the checker: paraphrases that share few words, found by sentence embeddings.

Only texts without a lexical match go through it, and only their candidate windows are embedded:

1. candidates: the items whose numbers a text keeps (`numbers` of them) and whose rare words it holds
   (`embedding_words`); in a long text (more than a window), where words and numbers recur by chance,
   every number and `embedding_words_long` of the rare words (`embedding_words_paragraph` for a
   paragraph). A long row's candidates come from the batch scan (numpy,
   :func:`~longcot.contamination.scan.scan_batch`); a short one's (a single window) are computed here.
   Numbers alone never make a candidate: most texts that keep a contest problem's numbers but none of its
   rare words are other problems (233 of the 567 windows the model saw on the labelled set, none of them a
   match).
2. windows: overlapping token windows of a long text, each kept when it holds a candidate by the same
   rule, and only the best window of each candidate (most of its rare words, the first on a tie), at
   most `LONG_TEXT_WINDOWS` per text: a restatement in a chain of thought sits in one place; and each
   paragraph (text between blank lines) of a long text, up to a window long, that keeps every number of a
   candidate and `embedding_words_paragraph` of its rare words, its best paragraph per candidate, at most
   `PARAGRAPH_WINDOWS` per text: a problem restated in a chain of thought is mostly a paragraph of its own,
   and a fixed window around it holds reasoning too, which pulls its embedding away from the problem's;
3. a static first pass: the cosine of each window with its candidates from wordpiece vectors distilled from
   the model and, for the bundled model, fitted to it (:class:`~longcot.contamination.embeddings.StaticVectors`:
   a tokenisation and a sparse product, no transformer); only the pairs with `embedding_static_fitted` or
   more (`embedding_static` with distilled vectors only) go on;
   then one batched encoding of the distinct windows left (item embeddings are computed once and cached),
   and the cosine of each window with its own candidates only (never a ranking among all the items
   indexed: a verdict for one benchmark does not depend on the others in the run);
4. the rule: a cosine of `embedding` or more with a candidate of the window (`embedding_plain` for an item
   without a distinctive number), the numbers kept, the item's polygons named in the window by name or by
   number of sides (a problem on a hexagon is no copy of one on an octagon), no item number given up for a
   distinctive number the item lacks (a renumbered sibling), and for a short item (mostly template) a
   distinctive number or an almost sure cosine with all its numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import TYPE_CHECKING, Any

from longcot.contamination.embeddings import COARSE_MARGIN
from longcot.contamination.index import BenchmarkIndex, IndexedItem
from longcot.contamination.normalize import (
    BatchTokens,
    char_span,
    holds_number,
    list_reading,
    polygon_numbers,
    text_numbers,
    tokenize,
)
from longcot.contamination.report import Match, merge_matches
from longcot.contamination.signals import answer_present, number_overlap, replaced_number


if TYPE_CHECKING:
    from longcot.contamination.checker import CheckConfig
    from longcot.contamination.scan import BatchScan


#: Tokens per window, and between window starts.
WINDOW_TOKENS = 120
WINDOW_STRIDE = 60
#: Windows embedded per long text at most (its candidates' best windows, most rare words first).
LONG_TEXT_WINDOWS = 2
#: Paragraph windows embedded per long text at most (besides those), and the fewest tokens one has.
PARAGRAPH_WINDOWS = 2
PARAGRAPH_MIN_TOKENS = 8
#: Longer paragraphs are not tokenised to find out (a window holds 120 tokens; a figure's code is dropped).
PARAGRAPH_MAX_CHARS = 6000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: Windows whose best static cosine is below this are screened by their bfloat16 cosines before the float32
#: model (:meth:`~longcot.contamination.embeddings.EmbeddingSignal.coarse_cosines`): on 2,000 long chains of
#: thought 14 of the 125 windows that reach the model come within 0.03 of a match, while most windows of the
#: labelled set's paraphrases match (above it they go to the float32 model at once, not twice).
COARSE_BELOW_STATIC = 0.65
#: How far below a floor a screening share may fall and still be checked exactly (sums in another order).
_SCREEN_MARGIN = 1e-9


@dataclass(frozen=True)
class _Window:
    """Tokens `[lo, hi)` of a row text (or, for a paragraph, its characters `span` and its own `tokens`)."""

    row: int
    lo: int
    hi: int
    items: tuple[int, ...]
    span: tuple[int, int] | None = None
    tokens: tuple[str, ...] | None = None


@dataclass(frozen=True)
class _Shares:
    """The rare words of a text's candidates and each word's share of each one's weight (rows: `rows[word]`)."""

    words: frozenset[str]
    rows: dict[str, int]
    matrix: Any  # (words, candidates) float64

    def reaching(self, spans: Sequence[set[str]], floor: float) -> list[list[int]]:
        """For each span's relevant words, the candidates (positions) whose screening share reaches `floor`
        (less a rounding margin): the sums of its words' rows, for all the spans of a text at once.

        Only the words a span holds are added (`reduceat` over their rows), not a dense spans x words product:
        a text's spans hold a few hundred of the candidates' words, and a long text's candidates have thousands.
        """
        import numpy as np

        out: list[list[int]] = [[] for _ in spans]
        lengths = np.fromiter(map(len, spans), dtype=np.intp, count=len(spans))
        full = np.flatnonzero(lengths)  # a span without words reaches nothing (`reduceat` needs none empty)
        if not len(full):
            return out
        rows = np.fromiter(
            map(self.rows.__getitem__, chain.from_iterable(spans)), dtype=np.intp, count=int(lengths.sum())
        )  # the words' rows at C level (`map`, `chain`)
        starts = (np.cumsum(lengths) - lengths)[full]
        sums = np.add.reduceat(self.matrix[rows], starts, axis=0)
        for p, k in zip(*(a.tolist() for a in np.nonzero(sums >= floor - _SCREEN_MARGIN))):
            out[int(full[p])].append(k)  # row-major: each span's candidates in order
        return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """`[start, end)` characters of the paragraphs of `text` (split at blank lines; empty ones left out)."""
    out, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


class EmbeddingStage:
    """Adds embedding matches to the texts of a batch that have no lexical match.

    Args:
        index: The checker's index.
        config: The checker's thresholds (`embedding`, `embedding_words`, `numbers`, ...).
    """

    def __init__(self, index: BenchmarkIndex, config: CheckConfig) -> None:
        from longcot.contamination.embeddings import EmbeddingSignal

        self.index = index
        self.config = config
        self.signal = EmbeddingSignal(
            [e.item.problem for e in index.items], model=config.embedding_model, threads=config.embedding_threads
        )
        # Per index item (by position): its numbers split for the paragraph rule, its rare words' shares.
        self._plain: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
        self._item_share_memo: dict[int, tuple[tuple[str, ...], list[float]]] = {}
        # The items' rare words numbered once for the stage (`_shares`), and each item's as numpy arrays.
        self._word_ids: dict[str, int] = {}
        self._word_list: list[str] = []
        self._item_array_memo: dict[int, tuple[Any, Any]] = {}

    @staticmethod
    def scan_rule(config: CheckConfig) -> tuple[float, float, int]:
        """`(rare-word share, number share, tokens)` the batch scan applies to rows longer than a window.

        The looser of the window and paragraph rules: a window or paragraph holds no more than its row.
        """
        return min(config.embedding_words_long, config.embedding_words_paragraph), 1.0, WINDOW_TOKENS

    # -- 1. candidates -----------------------------------------------------------------------------
    def _need(self, n_tokens: int) -> tuple[float, float]:
        """Rare-word and number shares a text (or a window of it) of `n_tokens` tokens needs."""
        cfg = self.config
        return (cfg.embedding_words_long, 1.0) if n_tokens > WINDOW_TOKENS else (cfg.embedding_words, cfg.numbers)

    def candidates(self, tokens: list[str]) -> list[int]:
        """Items worth embedding a text for (see the module docstring), in index order."""
        index = self.index
        words, found = set(tokens), text_numbers(tokens)
        need_words, need_numbers = self._need(len(tokens))
        short = len(tokens) <= WINDOW_TOKENS
        if not short:  # the looser of the window and paragraph rules, as the batch scan applies
            need_words = min(need_words, self.config.embedding_words_paragraph)
        out = []
        for i in sorted(index.number_candidates(found, min_share=need_numbers)):
            if index.word_share(index.items[i], words) >= need_words:
                out.append(i)
        return out

    # -- 2. windows --------------------------------------------------------------------------------
    def windows(self, row: int, tokens: list[str], items: Sequence[int], text: str | None = None) -> list[_Window]:
        """The windows of a text worth embedding: the best window of each candidate (see the module docstring).

        Args:
            row: The text's row in the batch.
            tokens: Its tokens.
            items: Its candidate items.
            text: The text itself, for its paragraphs (None: token windows only).
        """
        if len(tokens) <= WINDOW_TOKENS:  # the whole text: its candidates are the window's
            return [_Window(row, 0, len(tokens), tuple(items))] if items else []
        shares = self._shares(items)
        out = self._grid_windows(row, tokens, items, shares)
        if text is not None:
            out.extend(self._paragraph_windows(row, text, items, shares))
        return out

    def _shares(self, items: Sequence[int]) -> _Shares:
        """The candidates' rare words, and a matrix of each word's share of each candidate's word weight.

        A span's share of candidate `k`'s rare words is the sum of its words' rows in column `k`: one numpy
        sum per span instead of one set intersection per candidate. It only screens:
        :meth:`~longcot.contamination.index.BenchmarkIndex.word_share` decides (the sums may differ in the last
        bit, being added in another order), so the windows chosen are the same.
        """
        import numpy as np

        # The candidates' words by number (one numbering for the stage), put together in numpy: the rows follow
        # the words' numbers, which changes no sum (`reaching` adds a span's words in the span's order).
        arrays = [self._item_arrays(i) for i in items]
        lengths = [len(ids) for ids, _ in arrays]
        if not sum(lengths):
            return _Shares(frozenset(), {}, np.zeros((0, len(items))))
        ids, inverse = np.unique(np.concatenate([ids for ids, _ in arrays]), return_inverse=True)
        matrix = np.zeros((len(ids), len(items)))
        matrix[inverse, np.repeat(np.arange(len(items)), lengths)] = np.concatenate([v for _, v in arrays])
        rows = dict(zip(map(self._word_list.__getitem__, ids.tolist()), range(len(ids))))
        return _Shares(frozenset(rows), rows, matrix)

    def _item_arrays(self, i: int) -> tuple[Any, Any]:
        """Item `i`'s rare words as numbers of the stage's numbering (`_word_list`), and their shares (numpy)."""
        got = self._item_array_memo.get(i)
        if got is None:
            import numpy as np

            words, values = self._item_shares(i)
            ids = []
            for w in words:
                k = self._word_ids.get(w)
                if k is None:
                    k = self._word_ids[w] = len(self._word_list)
                    self._word_list.append(w)
                ids.append(k)
            got = self._item_array_memo[i] = (np.asarray(ids, dtype=np.intp), np.asarray(values, dtype=np.float64))
        return got

    def _item_shares(self, i: int) -> tuple[tuple[str, ...], list[float]]:
        """Item `i`'s rare words and each one's share of its word weight (none for an item without weight)."""
        got = self._item_share_memo.get(i)
        if got is None:
            it = self.index.items[i]
            idf = self.index.word_idf[it.item.benchmark]
            words = tuple(sorted(it.rare_words)) if it.word_weight > 0 else ()
            got = self._item_share_memo[i] = (words, [idf[w] / it.word_weight for w in words])
        return got

    def _grid_windows(
        self, row: int, tokens: list[str], items: Sequence[int], shares: _Shares | None = None
    ) -> list[_Window]:
        """The overlapping token windows of a long text: the best one of each candidate."""
        index = self.index
        shares = shares or self._shares(items)
        need_words, need_numbers = self._need(len(tokens))
        cands = [index.items[i] for i in items]
        spans = []  # (lo, hi, the candidates' rare words in it)
        for lo in range(0, max(len(tokens) - WINDOW_STRIDE, 1), WINDOW_STRIDE):
            hi = min(lo + WINDOW_TOKENS, len(tokens))
            words = shares.words.intersection(tokens[lo:hi])
            if words:
                spans.append((lo, hi, words))
        best: dict[int, tuple[float, int, int]] = {}  # item: (rare-word share, lo, hi) of its best window
        for (lo, hi, words), reaching in zip(spans, shares.reaching([w for _, _, w in spans], need_words)):
            nums = None
            for k in reaching:
                i, it = items[k], cands[k]
                share = index.word_share(it, words)
                if share < need_words or share <= best.get(i, (0.0, 0, 0))[0]:
                    continue
                nums = text_numbers(tokens[lo:hi]) if nums is None else nums
                if number_overlap(it, nums) >= need_numbers:
                    best[i] = (share, lo, hi)
        chosen: dict[tuple[int, int], list[int]] = {}
        for i, (_, lo, hi) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0])):
            if (lo, hi) in chosen or len(chosen) < LONG_TEXT_WINDOWS:
                chosen.setdefault((lo, hi), []).append(i)
        return [_Window(row, lo, hi, tuple(sorted(ids))) for (lo, hi), ids in sorted(chosen.items())]

    def _paragraph_windows(
        self, row: int, text: str, items: Sequence[int], shares: _Shares | None = None
    ) -> list[_Window]:
        """The paragraphs of a long text that hold a candidate: every number, some rare words; the best per item."""
        index, need_words = self.index, self.config.embedding_words_paragraph
        shares = shares or self._shares(items)
        cands = [index.items[i] for i in items]
        # A paragraph must hold every number of an item: its plain numbers (one C-level subset test), then
        # those with a list reading (`200,240,300`: either reading counts).
        plain = [self._plain_numbers(i) for i in items]
        spans = []  # (start, end, tokens, the candidates' rare words in it)
        for start, end in paragraphs(text):
            if end - start > PARAGRAPH_MAX_CHARS:
                continue
            toks = tokenize(text[start:end])
            if not PARAGRAPH_MIN_TOKENS <= len(toks) <= WINDOW_TOKENS:
                continue
            words = shares.words.intersection(toks)
            if words:
                spans.append((start, end, toks, words))
        best: dict[int, tuple[float, int, int, tuple[str, ...]]] = {}  # item: (share, start, end, tokens)
        for (start, end, toks, words), reaching in zip(spans, shares.reaching([w for *_, w in spans], need_words)):
            nums = None
            for k in reaching:
                i, it = items[k], cands[k]
                nums = text_numbers(toks) if nums is None else nums
                simple, listed = plain[k]
                if not simple <= nums or not all(holds_number(nums, x) for x in listed):
                    continue
                share = index.word_share(it, words)
                if share >= need_words and share > best.get(i, (0.0,))[0]:
                    best[i] = (share, start, end, tuple(toks))
        chosen: dict[tuple[int, int], tuple[tuple[str, ...], list[int]]] = {}
        for i, (_, start, end, toks) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0])):
            if (start, end) in chosen or len(chosen) < PARAGRAPH_WINDOWS:
                chosen.setdefault((start, end), (toks, []))[1].append(i)
        return [
            _Window(row, 0, 0, tuple(sorted(ids)), span=span, tokens=toks)
            for span, (toks, ids) in sorted(chosen.items())
        ]

    def _plain_numbers(self, i: int) -> tuple[frozenset[str], tuple[str, ...]]:
        """Item `i`'s numbers without a list reading (a paragraph must hold each as is), and those with one."""
        got = self._plain.get(i)
        if got is None:
            numbers = self.index.items[i].numbers
            listed = tuple(sorted(x for x in numbers if list_reading(x) is not None))
            got = self._plain[i] = (frozenset(numbers).difference(listed), listed)
        return got

    # -- 3 and 4. embed, compare, decide ---------------------------------------------------------
    def add_matches(
        self,
        texts: Sequence[str | None],
        column: str,
        results: list[list[Match]],
        batch: BatchTokens | None = None,
        scan: BatchScan | None = None,
    ) -> None:
        """Add the embedding matches of `texts` (one column) to `results` (their lexical matches), in place.

        Args:
            texts: The column.
            column: Its name, for the evidence.
            results: The lexical matches per text; texts with one are not embedded.
            batch: The column's batch tokens, when the batch path computed them.
            scan: The batch scan of those tokens (with the embedding candidates of long rows).
        """
        todo: list[_Window] = []
        row_tokens: dict[int, list[str]] = {}
        for i, text in enumerate(texts):
            if not text or results[i]:
                continue
            tokens = batch.tokens(i) if batch is not None else None
            # The scan saw only rows the batch tokenised: a row tokenised here gets its candidates here.
            scanned = scan.embedding_items(i) if scan is not None and tokens is not None else None
            if tokens is None:
                tokens = tokenize(text)
            if not tokens:
                continue
            if scanned is not None and len(tokens) > WINDOW_TOKENS:
                items: list[int] = scanned
            else:
                items = self.candidates(tokens)
            if not items:
                continue
            windows = self.windows(i, tokens, items, text)
            if windows:
                row_tokens[i] = tokens
                todo.extend(windows)
        if not todo:
            return
        spans = [w.span if w.span is not None else char_span(texts[w.row] or "", w.lo, w.hi)
                 if w.lo or w.hi < len(row_tokens[w.row]) else None for w in todo]  # fmt: skip
        chunks = [texts[w.row][s[0] : s[1]] if s else texts[w.row] for w, s in zip(todo, spans)]  # type: ignore[index]
        # The static pass (a sum of wordpiece vectors) keeps the (window, item) pairs worth the model; fitted
        # and distilled cosines are on different scales, so each has its floor.
        static = self.signal.static_cosines(chunks, [w.items for w in todo])
        if static is not None:
            fitted = self.signal.static is not None and self.signal.static.fitted
            floor = self.config.embedding_static_fitted if fitted else self.config.embedding_static
            kept = [tuple(i for i, c in zip(w.items, cs) if c >= floor) for w, cs in zip(todo, static)]
            scores = [dict(zip(w.items, cs)) for w, cs in zip(todo, static)]
            at = [k for k, ids in enumerate(kept) if ids]
            todo = [replace(todo[k], items=kept[k]) for k in at]
            spans, chunks, scores = [spans[k] for k in at], [chunks[k] for k in at], [scores[k] for k in at]
        else:
            scores = [{} for _ in todo]
        if not todo:
            return
        # Each row's windows go to the model best static cosine first, in rounds: a row's first window that
        # matches is its evidence, and its other windows are not embedded (a paraphrase inside a chain of
        # thought is often in both its token window and its paragraph). Which rows match does not change.
        best_static = [max(first.values(), default=0.0) for first in scores]
        order = sorted(range(len(todo)), key=lambda k: (todo[k].row, -best_static[k], k))
        queues: dict[int, list[int]] = {}
        for k in order:
            queues.setdefault(todo[k].row, []).append(k)
        found: dict[int, list[Match]] = {}
        coarse = static is not None and self.signal.coarse_available
        while queues:
            batch_at = [ks.pop(0) for ks in queues.values()]
            if coarse:  # windows far from a match by the static pass: a bfloat16 screen first
                screen = [k for k in batch_at if best_static[k] < COARSE_BELOW_STATIC]
                sims = self.signal.coarse_cosines([chunks[k] for k in screen], [todo[k].items for k in screen])
                # float32: below what each item needs too (`_decide` takes no lower cosine)
                cut = {k for k, cs in zip(screen, sims)
                       if all(c < self._needed(i) - COARSE_MARGIN for i, c in zip(todo[k].items, cs))}  # fmt: skip
                batch_at = [k for k in batch_at if k not in cut]
            sims = self.signal.cosines([chunks[k] for k in batch_at], [todo[k].items for k in batch_at])
            for k, cosines in zip(batch_at, sims):
                w, span, first = todo[k], spans[k], scores[k]
                text = texts[w.row] or ""
                row_span = span or (0, len(text))
                toks = list(w.tokens) if w.tokens is not None else row_tokens[w.row][w.lo : w.hi]
                nums = text_numbers(toks)
                for idx, cos in zip(w.items, cosines):
                    if cos >= self.config.embedding:
                        item = self.index.items[idx]
                        match = self._decide(item, cos, toks, nums, text, column, row_span, first.get(idx))
                        if match:
                            found.setdefault(w.row, []).extend(match)
            queues = {row: ks for row, ks in queues.items() if ks and row not in found}
        for i, extra in found.items():
            results[i] = merge_matches([*results[i], *extra])

    def _needed(self, i: int) -> float:
        """The lowest cosine at which :meth:`_decide` can take item `i` (by index position): `embedding`, the
        `embedding_plain` of an item without a distinctive number, the `embedding_sure` of a short one."""
        cfg, item = self.config, self.index.items[i]
        need = cfg.embedding if item.rare_numbers else max(cfg.embedding, cfg.embedding_plain)
        n_item = len(item.tokens)
        if n_item < cfg.embedding_tokens and not (n_item >= cfg.paraphrase_tokens and item.rare_numbers):
            need = max(need, cfg.embedding_sure)
        return need

    def _decide(
        self,
        item: IndexedItem,
        cos: float,
        toks: list[str],
        nums: set[str],
        text: str,
        column: str,
        span: tuple[int, int],
        static: float | None = None,
    ) -> list[Match]:
        cfg = self.config
        kept = number_overlap(item, nums)
        # Short items are mostly template, and templates embed close to each other: a short item takes part
        # only with a distinctive number, or an almost sure cosine with every number kept.
        n_item = len(item.tokens)
        short = n_item < cfg.embedding_tokens and not (
            (n_item >= cfg.paraphrase_tokens and item.rare_numbers) or (cos >= cfg.embedding_sure and kept == 1.0)
        )
        if kept < cfg.numbers or short or (not item.rare_numbers and cos < cfg.embedding_plain):
            return []
        # An item number missing and a distinctive number of the text's own in the window: the problem's data
        # were changed (`a radius of 7` for its 5), so it is a sibling however close it embeds.
        if kept < 1.0 and replaced_number(item, toks):
            return []
        # The item's polygons (`octagon`: 8 sides) must be the text's, by name or number (`eight corners`): a
        # sibling on another polygon embeds as close as a paraphrase, most of all an item with no other number.
        shapes = polygon_numbers(item.tokens)
        if shapes and not shapes <= nums | polygon_numbers(toks):
            return []
        signals: dict[str, Any] = {"cosine": round(cos, 4), "numbers": round(kept, 4)}
        if static is not None:
            signals["static_cosine"] = round(static, 4)
        signals["answer_in_text"] = answer_present(item, " ".join(toks))
        snippet = text[span[0] : span[1]]
        snippet = snippet if len(snippet) <= 400 else snippet[:399] + "…"
        bench_span = (0, len(item.item.problem))
        return [
            Match(label, item.item.item_id, "embedding", cos, column, span, bench_span, snippet, signals)
            for label in item.labels
        ]
