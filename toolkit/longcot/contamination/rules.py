"""Stage 2 of the checker: the signals of each candidate item and the rules that decide a match.

See :mod:`.checker` for the rules in words. :meth:`RuleStage.evaluate` walks the candidates; each rule
family is one method: containment (an exact or truncated copy), the window signals (coverage, numbers,
answer), the n-gram rule, and the fuzzy rules (a close alignment, a paraphrase, a restatement).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from longcot.contamination.candidates import CandidateStage
from longcot.contamination.index import BenchmarkIndex, IndexedItem
from longcot.contamination.normalize import char_span, number_readings, numbers
from longcot.contamination.report import Match
from longcot.contamination.scan import Scanned
from longcot.contamination.signals import (
    Coverage,
    answer_present,
    coverage,
    fuzzy,
    math_share,
    number_overlap,
    number_precision,
    window,
)


if TYPE_CHECKING:
    from longcot.contamination.checker import CheckConfig


#: Number evidence a short item (under `min_item_tokens`) needs to match inside a longer text.
SHORT_EXACT_EVIDENCE = 2.0

Evaluated = tuple[IndexedItem, dict[str, Any], "Match | None"]


@dataclass
class _Candidate:
    """One (text, item) pair under evaluation: where in the text the item was found, and its signals."""

    item: IndexedItem
    text: str
    tokens: list[str]
    column: str
    cov: Coverage | None
    lo: int
    hi: int
    signals: dict[str, Any]

    @property
    def n_item(self) -> int:
        return len(self.item.tokens)

    @property
    def long_text(self) -> bool:
        # Inside a long text (a chain of thought) numbers and words recur by chance: the rules ask for more.
        return len(self.tokens) > 2 * self.n_item


def snippet(text: str, span: tuple[int, int], limit: int = 400) -> str:
    """The text of `span`, cut to `limit` characters."""
    s = text[span[0] : span[1]]
    return s if len(s) <= limit else s[: limit - 1] + "…"


def token_char_span(text: str, token_span: tuple[int, int]) -> tuple[int, int]:
    """Character span in `text` of a token span (at least one token)."""
    return char_span(text, max(token_span[0], 0), max(token_span[1], token_span[0] + 1))


class RuleStage:
    """Signals and rules for the candidates of one text.

    Args:
        index: The checker's index.
        config: The checker's thresholds.
        candidates: Stage 1, which finds the candidates.
    """

    def __init__(self, index: BenchmarkIndex, config: CheckConfig, candidates: CandidateStage) -> None:
        self.index = index
        self.config = config
        self.candidates = candidates

    def evaluate(self, text: str, tokens: list[str], column: str, scanned: Scanned | None = None) -> list[Evaluated]:
        """Every candidate of a text with all its signals, and the match the rules decide (or None)."""
        cfg = self.config
        by_gram, by_word, _, first = self.candidates.candidates(tokens, scanned)
        norm = " ".join(tokens)
        out: list[Evaluated] = []
        same = self.index.by_text.get(norm, ()) if "exact" in cfg.methods else ()
        for it in same:
            out.append((it, {}, self.match(it, "exact", 1.0, text, column, (0, len(tokens)), {})))
        if not by_gram and not by_word:
            return out
        padded = f" {norm} "
        for idx in (*by_gram, *by_word):
            item = self.index.items[idx]
            # A short item only matches a text equal to it, or one that contains it whole when its numbers
            # single it out ("Compute sqrt((31)(30)(29)(28)+1)" inside a chain of thought).
            short = len(item.tokens) < cfg.min_item_tokens
            singled_out = "exact" in cfg.methods and item.number_evidence >= SHORT_EXACT_EVIDENCE
            if any(item is it for it in same) or (short and not singled_out):
                continue
            signals: dict[str, Any] = {}
            if "exact" in cfg.methods:
                contained = self._containment(item, text, tokens, padded, column, signals)
                if contained is not None:
                    out.append((item, signals, contained))
                    continue
                if short:  # a short item matches by containment only
                    continue
            cand = self._window_signals(item, text, tokens, column, signals, by_gram, by_word, first, idx)
            decided = self._ngram(cand) if "ngram" in cfg.methods else None
            if decided is None and "fuzzy" in cfg.methods:
                decided = self._fuzzy(cand)
            out.append((item, signals, decided))
        return out

    def _containment(
        self, item: IndexedItem, text: str, tokens: list[str], padded: str, column: str, signals: dict[str, Any]
    ) -> Match | None:
        """An exact copy inside the text, or a truncated one: the whole text a long enough piece of the item."""
        cfg, n_item = self.config, len(item.tokens)
        pos = padded.find(f" {item.text} ")
        if pos >= 0:
            start = padded.count(" ", 0, pos)
            return self.match(item, "exact", 1.0, text, column, (start, start + n_item), signals)
        if len(tokens) >= max(cfg.min_item_tokens, cfg.truncated * n_item) and padded in f" {item.text} ":
            score = len(tokens) / n_item
            signals["contained_share"] = round(score, 4)
            return self.match(item, "exact", score, text, column, (0, len(tokens)), signals)
        return None

    def _window_signals(
        self,
        item: IndexedItem,
        text: str,
        tokens: list[str],
        column: str,
        signals: dict[str, Any],
        by_gram: dict[int, float],
        by_word: dict[int, tuple[float, int, int]],
        first: dict[tuple[str, ...], int],
        idx: int,
    ) -> _Candidate:
        """Where the item sits in the text (its n-grams' cluster, or its rare words' window) and its signals."""
        n_item = len(item.tokens)
        if idx in by_gram:
            cov: Coverage | None = coverage(item, first.keys(), first)
            lo, hi = window(cov.row_positions, n_item, len(tokens))
            region: tuple[int, int] | None = cov.item_region
            signals.update(coverage=round(cov.share, 4), longest=round(cov.longest, 4))
        else:
            cov, region = None, None
            share, lo, hi = by_word[idx]
            signals["words"] = round(share, 4)
        win_tokens = tokens[lo:hi]
        win_numbers = numbers(win_tokens)
        win_readings = number_readings(win_numbers)  # either reading of `200,240,300`
        signals["numbers"] = round(number_overlap(item, win_readings, region), 4)
        signals["all_numbers"] = round(number_overlap(item, win_readings), 4)
        # The other way round: how many of the window's numbers are the item's (a paraphrase adds few).
        signals["number_precision"] = round(number_precision(item, win_numbers), 4)
        signals["answer_in_text"] = answer_present(item, " ".join(win_tokens))
        return _Candidate(item, text, tokens, column, cov, lo, hi, signals)

    def _all_numbers(self, c: _Candidate) -> bool:
        """Every number kept, and numbers enough to single the problem out (not just 1, 2, 3)."""
        cfg, signals = self.config, c.signals
        return (
            signals["all_numbers"] == 1.0
            and c.item.number_evidence >= cfg.paraphrase_numbers
            and signals["number_precision"] >= cfg.number_precision
        )

    def _ngram(self, c: _Candidate) -> Match | None:
        """The n-gram rule: enough weighted coverage (or a long run), and the numbers kept."""
        cfg, signals, cov = self.config, c.signals, c.cov
        if cov is None:
            return None
        # A piece of the item (truncated copy) is held to the numbers of the part it covers, and its own
        # numbers are the item's (a short sibling on the same template has numbers of its own).
        piece = len(c.tokens) < 0.8 * c.n_item and signals["number_precision"] >= cfg.restatement_numbers
        nums_ok = signals["all_numbers"] >= cfg.numbers or (piece and signals["numbers"] >= cfg.numbers)
        strong = cov.share >= cfg.ngram or cov.longest >= cfg.span
        # A partial copy of a template (same wording, other numbers) is another problem: below
        # `ngram_sure` coverage, a partial match needs all the numbers.
        sure = max(cov.share, cov.longest) >= cfg.ngram_sure or piece
        if strong and nums_ok and (sure or self._all_numbers(c)):
            span = (cov.row_positions[0], cov.row_positions[-1] + cfg.n)
            score = max(cov.share, cov.longest)
            return self.match(c.item, "ngram", score, c.text, c.column, span, signals, cov.item_span)
        return None

    def _fuzzy(self, c: _Candidate) -> Match | None:
        """The fuzzy rules: a close alignment, a paraphrase (looser, more evidence) or a restatement."""
        cfg, signals, item, n_item = self.config, c.signals, c.item, c.n_item
        all_numbers = self._all_numbers(c)
        # Every rule below needs all the numbers (with evidence), or a standalone restatement.
        restatable = (
            not c.long_text
            and n_item >= cfg.paraphrase_tokens
            and signals["all_numbers"] == 1.0
            and signals["number_precision"] >= cfg.restatement_numbers
        )
        if signals["all_numbers"] < cfg.numbers or not (all_numbers or restatable):
            return None
        win_tokens = c.tokens[c.lo : c.hi]
        win_text = " ".join(win_tokens)
        score, (cs, ce) = fuzzy(item, win_text)
        signals["fuzzy"] = round(score, 4)
        if "words" not in signals:
            signals["words"] = round(self.index.word_share(item, set(win_tokens)), 4)
        # A paraphrase: every distinctive number of the item kept, its rare words, a looser alignment.
        paraphrase = (
            n_item >= cfg.paraphrase_tokens
            and all_numbers
            and item.number_evidence >= cfg.paraphrase_numbers + c.long_text
            and score >= cfg.fuzzy_paraphrase
            and signals["words"] >= cfg.words_paraphrase
            and score + signals["words"] >= cfg.paraphrase + 0.3 * c.long_text
        )
        if not c.long_text and n_item >= cfg.paraphrase_tokens and signals["all_numbers"] == 1.0:
            paraphrase = self._restatement(c, win_tokens, win_text) or paraphrase
        # A short item is mostly template: it also needs nearly all its rare words (the word that
        # differs in "arrange the letters of the word ELLIPSE" makes another problem).
        strong = (
            score >= cfg.fuzzy
            and all_numbers
            and (n_item >= cfg.paraphrase_tokens or signals["words"] >= cfg.short_words)
        )
        if not (strong or paraphrase):
            return None
        s = c.lo + win_text.count(" ", 0, cs)
        e = c.lo + win_text.count(" ", 0, ce) + 1
        return self.match(item, "fuzzy", score, c.text, c.column, (s, e), signals)

    def _restatement(self, c: _Candidate, win_tokens: list[str], win_text: str) -> bool:
        """A standalone text with the item's numbers and few others, in mostly its words in any order.

        A light paraphrase reorders clauses and swaps a few words, which breaks the character alignment but
        not the vocabulary. Its formulas stay as they were (a sibling problem on the same template words them
        otherwise), and an item without formulas must be long enough for its words to single it out.
        """
        cfg, signals, item = self.config, c.signals, c.item
        signals["dice"] = round(self.index.word_dice(item, set(win_tokens)), 4)
        formulas = math_share(item, win_text)
        if formulas is not None:
            signals["formulas"] = round(formulas, 4)
        return (
            signals["number_precision"] >= cfg.restatement_numbers
            and signals["dice"] >= cfg.restatement
            and (formulas >= cfg.restatement_formulas if formulas is not None else c.n_item >= 40)
        )

    def match(
        self,
        item: IndexedItem,
        method: str,
        score: float,
        text: str,
        column: str,
        token_span: tuple[int, int],
        signals: dict[str, Any],
        item_token_span: tuple[int, int] | None = None,
    ) -> Match:
        """The :class:`Match` of `item` in `text`, with character spans for the evidence."""
        row_span = token_char_span(text, token_span)
        problem = item.item.problem
        bench_span = token_char_span(problem, item_token_span) if item_token_span else (0, len(problem))
        return Match(
            item.labels[0], item.item.item_id, method, score, column, row_span, bench_span,
            snippet(text, row_span), signals,
        )  # fmt: skip
