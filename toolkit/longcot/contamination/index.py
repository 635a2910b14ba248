"""The inverted index over benchmark items: word n-gram → items, with boilerplate weighted down.

An n-gram's weight is `1 / df` (df: how many distinct benchmark items contain it), and 0 when it is
contest boilerplate: shared by :data:`BOILERPLATE_DF` or more items ("where $m$ and $n$ are
relatively prime positive integers", "find the remainder when ... is divided by 1000"). Only
weighted n-grams go into the inverted index, so a row costs one set lookup per n-gram, whatever the
number of benchmark items, and shared phrasing never makes a candidate.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from longcot.contamination.normalize import list_reading, number_readings, numbers, tokenize
from longcot.contamination.registry import BenchmarkItem


#: An n-gram found in this many distinct items (or more) is boilerplate: weight 0.
BOILERPLATE_DF = 3
#: A word found in at most this many items is one of their rare words (the word-level signals) ...
RARE_DF = 3
#: ... and every item has at least this many rare words (its rarest ones).
MIN_RARE_WORDS = 6


#: Numbers too common to be evidence of an item: 0-12 and powers of ten (the rest are its distinctive numbers).
COMMON_NUMBERS = frozenset({*(str(i) for i in range(13)), "100", "1000", "10000"})


_FORMULA = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)", re.DOTALL)


def _formulas(problem: str) -> tuple[tuple[str, int], ...]:
    """The `$...$` (and `$$`, `\\(`, `\\[`) segments of a problem, as normal forms with their token counts."""
    out = []
    for m in _FORMULA.finditer(problem):
        toks = tokenize(next(g for g in m.groups() if g is not None))
        if toks:
            out.append((" ".join(toks), len(toks)))
    return tuple(out)


#: AoPS signatures that end some items' text (`~ pi_is_3.14`, `~MRENTHUSIASM ~ihatemath123`): no part of the problem.
_SIGNATURE = re.compile(r"(?:\s*~\s*[A-Za-z][\w.\-]*)+\s*$")
#: A list of integers separated by commas, maybe with an ellipsis in it: `\{-20,-19,\ldots,19,20\}`, `3, 4, 5`.
_MEMBER = r"(?:-?\d+(?!\.?\d)|\\[lc]?dots(?![a-zA-Z])|\.\.\.|\u2026)"
_LIST = re.compile(r"(?<![\w.])" + _MEMBER + r"(?:\s*,\s*(?:\\[,;!]\s*)*" + _MEMBER + r")+")


def item_numbers(problem: str) -> tuple[set[str], set[str]]:
    r"""The numbers a copy of `problem` must keep, and all the numbers that are the problem's.

    Both leave out an AoPS signature's (`~ pi_is_3.14` ends some items). The first also leaves out the inner
    members of a list of integers, when they appear nowhere else: a list with an ellipsis (`\{-20,-19,-18,\ldots,
    18,19,20\}` needs -20 and 20: a copy writes `integers from -20 to 20`), or three consecutive integers or more
    (`\{1,2,3,4,5\}` needs 1 and 5: `\{1,\dots,5\}`).

    Example:
        >>> sorted(item_numbers(r"Subsets of $\{1,2,3,4,5\}$ with 16 members. ~ pi_is_3.14")[0], key=int)
        ['1', '5', '16']
    """
    text = _SIGNATURE.sub("", problem)
    tokens = tokenize(text)
    found = numbers(tokens)
    inner: Counter[str] = Counter()
    for m in _LIST.finditer(text):
        inner.update(x for x in _inner_members([x.strip(" \\,;!") for x in m.group(0).split(",")]) if x in found)
    everywhere = Counter(t for t in tokens if t[:1].isdigit())
    return found - {x for x, k in inner.items() if k >= everywhere[x]}, found


def _inner_members(members: list[str]) -> list[str]:
    """The inner numbers of a list (as the tokens write them, without a sign): all but its ends with an ellipsis in
    it, else the inner members of each run of three or more consecutive integers."""
    values = [int(x) if x.lstrip("-").isdigit() else None for x in members]
    if None in values:
        return [x.lstrip("-") for x, v in zip(members[1:-1], values[1:-1]) if v is not None]
    out: list[str] = []
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or abs(values[i] - values[i - 1]) != 1:  # type: ignore[operator]
            out.extend(x.lstrip("-") for x in members[start + 1 : i - 1] if i - start >= 3)
            start = i
    return out


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """Word n-grams of `tokens`; a text shorter than `n` is one n-gram of its own length."""
    if len(tokens) < n:
        return [tuple(tokens)] if tokens else []
    return list(zip(*(tokens[i:] for i in range(n))))


@dataclass
class IndexedItem:
    """One benchmark item with what the signals need precomputed.

    Attributes:
        item: The benchmark item.
        labels: Benchmark names the item is reported under (an item can be in several).
        tokens: Normalised tokens of the problem.
        text: Tokens joined by spaces (the normal form, for containment and fuzzy alignment).
        grams: The item's n-grams, in order.
        weights: Weight of each n-gram (0 for boilerplate).
        total_weight: Sum of `weights`.
        numbers: Numeric constants of the problem a copy must keep (:func:`item_numbers`: not an enumeration's
            inner members, not a signature's).
        number_readings: The problem's numbers (inner members too) with the list reading of each digit-grouped one
            (`200,240,300`): a window's number is the item's when it is one of these.
        answer: Normalised answer tokens joined by spaces ("" when unknown).
        rare_words: The item's rare words: those found in few items, at least its few rarest.
        word_weight: Sum of the idf weights of the item's rare words (the word-level signal).
        rare_numbers: The item's distinctive numbers (not 0-12, not a power of ten).
        number_evidence: How much keeping all its numbers says: 1 per distinctive number, 0.25 per other.
        vocab: Its distinct words (numbers left out: the number signals weigh those).
        vocab_weight: Sum of the idf weights of `vocab` (the word Dice of a restatement).
        formulas: The problem's formulas (`$...$` segments) as normal forms, with their token counts.
    """

    item: BenchmarkItem
    labels: tuple[str, ...]
    tokens: list[str]
    text: str
    grams: list[tuple[str, ...]]
    weights: list[float]
    total_weight: float
    numbers: set[str]
    answer: str
    word_weight: float = 0.0
    rare_words: frozenset[str] = frozenset()
    rare_numbers: frozenset[str] = frozenset()
    number_evidence: float = 0.0
    vocab: frozenset[str] = frozenset()
    vocab_weight: float = 0.0
    formulas: tuple[tuple[str, int], ...] = ()
    number_readings: frozenset[str] = frozenset()


class BenchmarkIndex:
    """Items of one or more benchmarks, indexed by weighted word n-grams.

    Every statistic behind a weight (n-gram and word document frequencies, idf, rare words) is computed
    within the item's own benchmark: a row's verdict for one benchmark never depends on which other
    benchmarks are in the run. An item in two benchmarks is indexed once per benchmark.

    Args:
        items: Benchmark items; an item id (or text) seen twice in one benchmark is indexed once.
        n: N-gram order (words).
        background: Extra problem texts that only count towards document frequency (more contest text
            makes the boilerplate estimate better), in every benchmark alike; they are never reported.
        boilerplate: N-grams (tokens joined by spaces) that weigh 0 whatever their df here: phrasing
            common across contest problems, measured on a large set (see :mod:`.boilerplate`).

    Example:
        >>> from longcot.contamination.registry import BenchmarkItem
        >>> index = BenchmarkIndex([BenchmarkItem("demo", "d-1", "Find the number of ordered pairs of primes.")])
        >>> len(index.items)
        1
    """

    def __init__(
        self,
        items: Iterable[BenchmarkItem],
        *,
        n: int = 5,
        background: Iterable[str] = (),
        boilerplate: Collection[str] = (),
    ) -> None:
        self.n = n
        self.boilerplate = frozenset(boilerplate)
        seen: dict[tuple[str, str], IndexedItem] = {}
        by_text: dict[str, list[IndexedItem]] = defaultdict(list)
        self.items: list[IndexedItem] = []
        for item in items:
            tokens = tokenize(item.problem)
            if not tokens:
                continue
            text = " ".join(tokens)
            if (item.benchmark, item.item_id) in seen or (item.benchmark, text) in seen:
                continue
            required, stated = item_numbers(item.problem)
            entry = IndexedItem(
                item=item,
                labels=(item.benchmark,),
                tokens=tokens,
                text=text,
                grams=ngrams(tokens, n),
                weights=[],
                total_weight=0.0,
                numbers=required,
                answer=" ".join(tokenize(item.answer)),
            )
            entry.number_readings = frozenset(number_readings(stated))
            entry.rare_numbers = frozenset(x for x in entry.numbers if x not in COMMON_NUMBERS)
            entry.formulas = _formulas(item.problem)
            # Every number the problem states is evidence, an enumeration's inner members too (a copy keeps them).
            rare_stated = sum(1 for x in stated if x not in COMMON_NUMBERS)
            entry.number_evidence = rare_stated + 0.25 * (len(stated) - rare_stated)
            seen[(item.benchmark, item.item_id)] = seen[(item.benchmark, text)] = entry
            by_text[text].append(entry)
            self.items.append(entry)
        #: Items by normal form: a row text equal to an item is an exact match, however short the item.
        self.by_text: dict[str, tuple[IndexedItem, ...]] = {t: tuple(v) for t, v in by_text.items()}
        background_grams = [
            set(ngrams(toks, n)) for toks in map(tokenize, background) if " ".join(toks) not in by_text
        ]
        groups: dict[str, list[int]] = defaultdict(list)
        for idx, entry in enumerate(self.items):
            groups[entry.item.benchmark].append(idx)
        #: Per benchmark: `{n-gram: df}` and `{word: idf}` over its own items (and the background).
        self.df: dict[str, Counter[tuple[str, ...]]] = {}
        self.word_idf: dict[str, dict[str, float]] = {}
        #: Per benchmark: the weight of a word none of its items has (as rare as a word of one item).
        self.unseen_idf: dict[str, float] = {}
        postings: dict[tuple[str, ...], list[tuple[int, float]]] = defaultdict(list)
        word_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for name, members in groups.items():
            df: Counter[tuple[str, ...]] = Counter()
            word_df: Counter[str] = Counter()
            for idx in members:
                df.update(set(self.items[idx].grams))
                word_df.update(set(self.items[idx].tokens))
            for grams in background_grams:
                df.update(grams)
            self.df[name] = df
            idf = self.word_idf[name] = {w: math.log(1 + len(members) / c) for w, c in word_df.items()}
            self.unseen_idf[name] = math.log(1 + len(members))
            for idx in members:
                entry = self.items[idx]
                entry.weights = [self.weight(g, name) for g in entry.grams]
                entry.total_weight = sum(entry.weights)
                for gram, w in {g: w for g, w in zip(entry.grams, entry.weights) if w > 0}.items():
                    postings[gram].append((idx, w))
                # An item's rare words: those in at most RARE_DF items, at least its MIN_RARE_WORDS rarest ones
                # (a problem in common words still has a few that single it out).
                ranked = sorted(set(entry.tokens), key=lambda w: (word_df[w], w))
                rare = {w for w in ranked if word_df[w] <= RARE_DF} | set(ranked[:MIN_RARE_WORDS])
                entry.rare_words = frozenset(rare)
                entry.word_weight = math.fsum(idf[w] for w in rare)
                entry.vocab = frozenset(w for w in entry.tokens if not w[0].isdigit())
                entry.vocab_weight = math.fsum(idf[w] for w in entry.vocab)
                for w in rare:
                    word_postings[w].append((idx, idf[w]))
        #: `{n-gram: ((item, weight), ...)}` of the weighted n-grams (boilerplate has none), items in order.
        self.postings = {g: tuple(sorted(v)) for g, v in postings.items()}
        #: Every n-gram of every item (boilerplate included): the only row n-grams the signals look up.
        self.all_grams = frozenset(g for entry in self.items for g in entry.grams)
        self._gram_keys = frozenset(self.postings)
        #: Every word of every item.
        self.vocabulary = frozenset(w for entry in self.items for w in entry.tokens)
        #: `{rare word: ((item, idf weight), ...)}`: the word-level index for paraphrases.
        self.word_postings = {w: tuple(sorted(v)) for w, v in word_postings.items()}
        self._word_keys = frozenset(self.word_postings)
        number_postings: dict[str, list[int]] = defaultdict(list)
        for idx, entry in enumerate(self.items):
            for x in entry.numbers:
                number_postings[x].append(idx)
        self.number_postings = {x: tuple(ids) for x, ids in number_postings.items()}
        #: Item numbers that also read as a list (`200,240,300`), with the list: a text holding the list holds them.
        self.split_numbers = {x: parts for x in number_postings if (parts := list_reading(x)) is not None}
        #: Items without numbers: any text keeps "all" of their numbers.
        self.numberless = tuple(i for i, e in enumerate(self.items) if not e.numbers)

    def weight(self, gram: tuple[str, ...], benchmark: str) -> float:
        """Weight of an n-gram in a benchmark: 0 for boilerplate (df ≥ :data:`BOILERPLATE_DF`), else `1 / df`."""
        df = self.df[benchmark].get(gram, 0)
        if df >= BOILERPLATE_DF or (self.boilerplate and " ".join(gram) in self.boilerplate):
            return 0.0
        return 1.0 / max(df, 1)

    def word_candidates(self, words: Iterable[str], *, min_share: float) -> dict[int, float]:
        """Items whose rare words (idf-weighted) are found in `words` for at least `min_share` of their weight.

        Args:
            words: Tokens of a row text (or window); a repeated one counts once.
            min_share: Minimum share of the item's rare-word weight (0..1).

        Returns:
            `{item index: share}` of the candidates.
        """
        acc: dict[int, float] = defaultdict(float)
        postings = self.word_postings
        for w in self._word_keys.intersection(words):  # C-level: only the words in the index
            for idx, weight in postings[w]:
                acc[idx] += weight
        items = self.items
        return {i: w / items[i].word_weight for i, w in acc.items() if w >= min_share * items[i].word_weight}

    def number_candidates(self, found: set[str], *, min_share: float) -> list[int]:
        """Items that keep at least `min_share` of their numbers in `found` (numberless items included).

        `found`: the number readings of a text (:func:`~.normalize.number_readings`).
        """
        acc: dict[int, int] = defaultdict(int)
        postings = self.number_postings
        for x in found:
            for idx in postings.get(x, ()):
                acc[idx] += 1
        for x, parts in self.split_numbers.items():  # either reading of a comma between digit groups
            if x not in found and all(p in found for p in parts):
                for idx in postings[x]:
                    acc[idx] += 1
        items = self.items
        return [*self.numberless, *(i for i, k in acc.items() if k >= min_share * len(items[i].numbers))]

    def word_share(self, entry: IndexedItem, words: set[str]) -> float:
        """Share of the item's rare-word weight found in `words`."""
        if entry.word_weight <= 0:
            return 0.0
        idf = self.word_idf[entry.item.benchmark]
        return math.fsum(idf[w] for w in entry.rare_words & words) / entry.word_weight

    def word_dice(self, entry: IndexedItem, words: set[str]) -> float:
        """Idf-weighted Dice overlap of the item's distinct words and `words` (order-insensitive, 0..1).

        Both ways count: a restatement keeps most of the item's words (recall) and adds few of its own
        (precision); words no item has weigh like the rarest ones, common words little. Numbers are left
        out on both sides.
        """
        if entry.vocab_weight <= 0 or not words:
            return 0.0
        idf, unseen = self.word_idf[entry.item.benchmark], self.unseen_idf[entry.item.benchmark]
        shared = math.fsum(idf[w] for w in entry.vocab & words)
        text = math.fsum(idf.get(w, unseen) for w in words if not w[0].isdigit())
        return 2 * shared / (entry.vocab_weight + text)

    def candidates(self, grams: Iterable[tuple[str, ...]], *, min_share: float) -> dict[int, float]:
        """Items whose weighted n-grams `grams` cover at least `min_share` of their total weight.

        Args:
            grams: The n-grams of a row text (a repeated one counts once).
            min_share: Minimum share of an item's weight found in the row (0..1).

        Returns:
            `{item index: matched weight}` of the candidates.
        """
        acc: dict[int, float] = defaultdict(float)
        postings = self.postings
        # Only the n-grams in the index (C-level, no set of the text's n-grams built); weights are 1 or
        # 1/2, so the order of the sums does not change them.
        for gram in self._gram_keys.intersection(grams):
            for idx, w in postings[gram]:
                acc[idx] += w
        items = self.items
        return {i: w for i, w in acc.items() if w >= min_share * items[i].total_weight}
