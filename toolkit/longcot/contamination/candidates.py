"""Stage 1 of the checker: the candidate items of a text, cheaply (see :mod:`.checker`).

The rare words of every item (one set intersection per text), then the item's weighted word n-grams
(every third n-gram of a long text first) and, for paraphrases, the window of a long text where an
item's rare words cluster. A batch gets the same candidates from the numpy scan (:mod:`.scan`); rows it
lets through come here with what it found.
"""

from __future__ import annotations

from itertools import compress, tee
from typing import TYPE_CHECKING

from longcot.contamination.index import BenchmarkIndex
from longcot.contamination.normalize import number_readings, numbers
from longcot.contamination.scan import Scanned
from longcot.contamination.signals import number_overlap


if TYPE_CHECKING:
    from longcot.contamination.checker import CheckConfig


#: Texts longer than this many tokens look up every `STRIDE`-th n-gram first.
STRIDE_FROM = 400
STRIDE = 3
#: Tokens per window of the rare-word candidate search in long texts (AIME problems are 30-150 tokens).
WORD_WINDOW = 200


class CandidateStage:
    """Candidate items of a tokenised text, by weighted n-grams and by rare words.

    Args:
        index: The checker's index.
        config: The checker's thresholds (`prefilter`, `candidate`, `words`, `numbers`, ...).
    """

    def __init__(self, index: BenchmarkIndex, config: CheckConfig) -> None:
        self.index = index
        self.config = config

    def candidates(
        self,
        tokens: list[str],
        scanned: Scanned | None = None,
    ) -> tuple[dict[int, float], dict[int, tuple[float, int, int]], list[tuple[str, ...]], dict[tuple[str, ...], int]]:
        """Candidate items of a tokenised text: by weighted n-grams, and by rare words (per window).

        `scanned`: the prefilter shares, n-gram candidates and first positions of the text when a batch
        scan (:mod:`.scan`) already computed them.

        Returns:
            `{item: matched n-gram weight}`, `{item: (rare-word share, window start, window end)}`, the
            text's n-grams that some item has, in order of first position, and `{n-gram: first position}`
            of those (also their set); both empty when no item is an n-gram candidate.
        """
        cfg = self.config
        # Cheap first pass: a text holding less than `prefilter` of every item's rare words (one set
        # intersection) cannot hold a copy, a piece or a paraphrase of any of them.
        have: set[str] | None = None  # the text's numbers, once needed
        if scanned is not None:
            shares = scanned.shares  # the scan applied that gate, and the numbers one below
        else:
            shares = self.index.word_candidates(tokens, min_share=cfg.prefilter)
            if not shares:
                return {}, {}, [], {}
            have = number_readings(numbers(tokens))
            shares = self._word_candidates_kept(shares, have, len(tokens))
        n = cfg.n
        if scanned is not None and scanned.by_gram is not None:
            by_gram = scanned.by_gram
        else:
            if len(tokens) < n:
                by_gram = self.index.candidates((tuple(tokens),), min_share=cfg.candidate)
            else:
                # Long text: look up every third n-gram first (a copy still shows a third of its n-grams);
                # the full n-grams are built only when an item comes up.
                stride = STRIDE if len(tokens) > STRIDE_FROM else 1
                sampled = zip(*(tokens[i::stride] for i in range(n)))
                by_gram = self.index.candidates(sampled, min_share=cfg.candidate / stride)
            if have is None:
                have = number_readings(numbers(tokens))
            by_gram = self._keeping_numbers(by_gram, have, len(tokens), cfg.numbers)
        by_word: dict[int, tuple[float, int, int]] = {}
        if "fuzzy" in cfg.methods:
            whole = {i: share for i, share in shares.items() if share >= cfg.words}
            size = WORD_WINDOW
            if len(tokens) <= size:
                by_word = {i: (share, 0, len(tokens)) for i, share in whole.items() if i not in by_gram}
            else:
                # Long text: find the window where each remaining candidate's rare words cluster.
                todo = [i for i in whole if i not in by_gram]
                # Only their rare words matter: each window's set holds just those (C-level intersection).
                relevant = frozenset().union(*(self.index.items[i].rare_words for i in todo))
                step = size // 2
                for lo in range(0, max(len(tokens) - step, 1), step) if todo else ():
                    hi = min(lo + size, len(tokens))
                    window_words = relevant.intersection(tokens[lo:hi])
                    for idx in todo:
                        share = self.index.word_share(self.index.items[idx], window_words)
                        if share >= cfg.words and share > by_word.get(idx, (0.0, 0, 0))[0]:
                            by_word[idx] = (share, lo, hi)
        if not by_gram:  # only n-gram candidates look n-grams up
            return by_gram, by_word, [], {}
        first = scanned.first if scanned is not None and scanned.first is not None else self._first_positions(tokens)
        return by_gram, by_word, sorted(first, key=first.__getitem__), first

    def _keeping_numbers(self, found: dict[int, float], have: set[str], size: int, share: float) -> dict[int, float]:
        # Every match of a text longer than the item needs `numbers` of the item's numbers in a window of
        # the text (an exact copy holds them all): an item whose numbers the whole text lacks is no
        # candidate. A text no longer than the item may be a truncated piece of it: kept.
        if not found:
            return found
        items = self.index.items
        return {
            i: v for i, v in found.items() if size <= len(items[i].tokens) or number_overlap(items[i], have) >= share
        }

    def _word_candidates_kept(self, shares: dict[int, float], have: set[str], size: int) -> dict[int, float]:
        # A word candidate (not an n-gram one) matches a text longer than it only by the paraphrase rules:
        # every number of the item, and in a long text (over twice the item) numbers that single it out.
        # Items whose n-grams are all boilerplate can only be found this way: always kept.
        kept = self._keeping_numbers(shares, have, size, 1.0)
        items, need = self.index.items, self.config.paraphrase_numbers
        return {
            i: v
            for i, v in shares.items()
            if items[i].total_weight <= 0
            or (i in kept and (size <= 2 * len(items[i].tokens) or items[i].number_evidence >= need))
        }

    def _first_positions(self, tokens: list[str]) -> dict[tuple[str, ...], int]:
        # `{n-gram: first position}` of the text's n-grams that some item has (the only ones the signals
        # look up), all at C level: the n-grams last to first (later pairs overwrite earlier ones, so
        # the first position stays), filtered by membership in the index.
        n = self.config.n
        if len(tokens) < n:
            return {tuple(tokens): 0}
        rev = tokens[::-1]
        grams, probe = tee(zip(*(rev[n - 1 - k :] for k in range(n))))
        keep = map(self.index.all_grams.__contains__, probe)
        return dict(compress(zip(grams, range(len(tokens) - n, -1, -1)), keep))
