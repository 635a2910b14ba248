"""Whole-batch candidate generation in numpy: which rows of a batch can match an item at all.

:class:`~longcot.contamination.checker.ContaminationChecker` looks at one text at a time in Python.
Most rows of a training set match nothing, so a batch is first scanned as arrays
(:class:`~longcot.contamination.normalize.BatchTokens`): every token is mapped to its word id in the
index, and the two gates of :meth:`ContaminationChecker.candidates` are computed for all rows at once:

- the rare-word prefilter: the share of each item's rare words (idf-weighted) found in the row;
- the weighted n-gram candidates: the item's n-grams found in the row (every n-gram, or every third
  in a long row, as the one-text path samples them);
- the numbers: an n-gram candidate whose numbers the row does not keep (`numbers` of them), or a word
  candidate (a paraphrase) missing any of them, cannot match a row longer than the item.

A row goes on to the one-text path only when it passes them (or could equal an item). The scan is a
superset test: sums are compared with a small tolerance and n-grams are matched by a 64-bit hash of
their word ids, so a row it lets through is decided exactly as before, and a row it stops could not
have matched. For the rows that go on, it also gives the n-grams the signals look up, with their first
position (what :meth:`ContaminationChecker._first_positions` computes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np

from longcot.contamination.index import BenchmarkIndex
from longcot.contamination.normalize import BatchTokens, list_reading


#: Tolerance of the gates (float sums in another order than the one-text path's).
_EPS = 1e-9
#: Multiplier of the n-gram hash (odd, 64-bit); word ids are 1-based so a 0 never hides a word.
_MULT = np.uint64(0x9E3779B97F4A7C15)
#: The bitmap of index hashes has 2**(64 - _BITS_SHIFT) entries (4 MiB).
_BITS_SHIFT = np.uint64(42)


def _hash_at(ids: np.ndarray, positions: np.ndarray, n: int) -> np.ndarray:
    """64-bit hash of the n-gram of word ids (int64) starting at each of `positions`."""
    h = ids[positions].astype(np.uint64) + np.uint64(1)
    for k in range(1, n):
        h *= _MULT
        h ^= ids[positions + k].astype(np.uint64) + np.uint64(1)
        h += np.uint64(k)
    return h


def _csr(postings: list[Sequence[tuple[int, float]]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`(id, weight)` pairs per slot as CSR arrays: row pointers, the ids one after the other, their weights."""
    ptr = np.zeros(len(postings) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in postings], out=ptr[1:])
    total = int(ptr[-1])
    data = np.fromiter((i for p in postings for i, _ in p), dtype=np.int64, count=total)
    weights = np.fromiter((w for p in postings for _, w in p), dtype=np.float64, count=total)
    return ptr, data, weights


def _expand(ptr: np.ndarray, slots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CSR postings of `slots`: (index of the slot each entry comes from, entry position in the data)."""
    starts, ends = ptr[slots], ptr[slots + 1]
    counts = ends - starts
    total = int(counts.sum())
    owner = np.repeat(np.arange(len(slots)), counts)
    # Position of each entry: its slot's start plus its rank within the slot.
    first = np.cumsum(counts) - counts
    pos = np.arange(total, dtype=np.int64) - np.repeat(first, counts) + np.repeat(starts, counts)
    return owner, pos


#: Dense scratch arrays (rows x rare words, rows x items) up to this many entries; sorting beyond.
_DENSE_MAX = 1 << 26


def _distinct(keys: np.ndarray, size: int) -> np.ndarray:
    """The distinct values of `keys` (all in `[0, size)`), sorted."""
    if size <= _DENSE_MAX:
        seen = np.zeros(size, dtype=bool)
        seen[keys] = True
        return np.flatnonzero(seen)
    return np.unique(keys)


def _sums(keys: np.ndarray, weights: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of `keys` (all in `[0, size)`), sorted, and the sum of `weights` of each."""
    if size <= _DENSE_MAX // 4:
        total = np.bincount(keys, weights=weights, minlength=size)
        present = np.bincount(keys, minlength=size) > 0
        where = np.flatnonzero(present)
        return where, total[where]
    distinct, inverse = np.unique(keys, return_inverse=True)
    return distinct, np.bincount(inverse, weights=weights)


class IndexArrays:
    """The index as arrays: word ids, rare-word postings, and hashed n-gram postings.

    Args:
        index: The built :class:`BenchmarkIndex`.
    """

    def __init__(self, index: BenchmarkIndex) -> None:
        self.index = index
        self.n = index.n
        items = index.items
        self.n_items = len(items)
        # Item tokens, and the numbers of the list readings of their numbers (`200,240,300`: 200, 240, 300).
        split = index.split_numbers
        words = sorted({*index.vocabulary, *(p for parts in split.values() for p in parts)})
        self.word_id = {w: i for i, w in enumerate(words)}
        # Rare words: slot per word id (the last entry, for id -1, is no slot), postings with the idf weight
        # of the word in each item's benchmark.
        rare = sorted(index.word_postings)
        self.rare_slot = self._slots(rare)
        self.rare_ptr, self.rare_items, self.rare_weight = _csr([index.word_postings[w] for w in rare])
        self.n_rare = max(len(rare), 1)
        self.word_weight = np.array([e.word_weight for e in items], dtype=np.float64)
        self.total_weight = np.array([e.total_weight for e in items], dtype=np.float64)
        self.item_lengths = np.array(sorted({len(e.tokens) for e in items}), dtype=np.int64)
        self.item_tokens = np.array([len(e.tokens) for e in items], dtype=np.int64)
        self.item_numbers = np.array([len(e.numbers) for e in items], dtype=np.int64)
        self.number_evidence = np.array([e.number_evidence for e in items], dtype=np.float64)
        # Numbers: slot per word id (the numbers some item has), and each item's numbers as slots.
        numbers = sorted({*index.number_postings, *(p for parts in split.values() for p in parts)})
        self.number_slot = self._slots(numbers)
        #: Number slots of the list reading of an item number (by its slot), for either reading.
        self.split_slots = {
            int(self.number_slot[self.word_id[x]]): [int(self.number_slot[self.word_id[p]]) for p in parts]
            for x, parts in split.items()
        }
        self.is_split = np.zeros(max(len(numbers), 1), dtype=bool)
        self.is_split[list(self.split_slots)] = True
        slots = [[(int(self.number_slot[self.word_id[x]]), 0.0) for x in sorted(e.numbers)] for e in items]
        self.item_number_ptr, self.item_number_slots, _ = _csr(slots)
        self.n_number_slots = max(len(numbers), 1)
        # Every full-length n-gram of every item (boilerplate too: the signals look them up), hashed.
        n = self.n
        grams = [g for g in index.all_grams if len(g) == n]
        if grams:
            # The grams one after the other: each starts at a multiple of n.
            word_ids = np.fromiter(map(self.word_id.__getitem__, chain.from_iterable(grams)), dtype=np.int64)
            keys = _hash_at(word_ids, np.arange(0, len(word_ids), n), n)
        else:
            keys = np.zeros(0, dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        self.gram_keys = keys[order]
        self.grams = [grams[i] for i in order.tolist()]
        self.gram_bits = np.zeros(1 << (64 - int(_BITS_SHIFT)), dtype=bool)
        self.gram_bits[self.gram_keys >> _BITS_SHIFT] = True
        if len(self.gram_keys) > 1 and bool((np.diff(self.gram_keys) == 0).any()):
            raise RuntimeError("n-gram hash collision in the benchmark index")  # 64-bit: not expected
        # Postings of the weighted n-grams, by gram slot (boilerplate has none), a weight per item (its benchmark's).
        self.gram_ptr, self.gram_items, self.gram_weight = _csr([index.postings.get(g, ()) for g in self.grams])

    def _slots(self, words: list[str]) -> np.ndarray:
        """Slot of each of `words` by word id (-1 for the other words, and for id -1: the last entry)."""
        slot = np.full(len(self.word_id) + 1, -1, dtype=np.int64)
        slot[[self.word_id[w] for w in words]] = np.arange(len(words))
        return slot


class Scanned(NamedTuple):
    """What the scan found in one row that goes on (the one-text path's candidates, as it computes them).

    Attributes:
        shares: `{item: rare-word share}` of the items holding at least the prefilter share, and all their
            numbers (the word candidates: the only use of the shares once the row has passed the prefilter).
        by_gram: `{item: matched n-gram weight}` of the n-gram candidates; None for a row shorter than n.
        first: `{n-gram: first position}` of the row's n-grams that some item has; None likewise.
    """

    shares: dict[int, float]
    by_gram: dict[int, float] | None
    first: dict[tuple[str, ...], int] | None


class BatchScan:
    """The result of scanning a batch: which rows go on, and what the scan found in them.

    Attributes:
        need: Per row, whether the one-text path must look at it.
    """

    def __init__(
        self,
        need: list[bool],
        shares: dict[int, dict[int, float]] | None = None,
        by_gram: dict[int, dict[int, float]] | None = None,
        firsts: dict[int, dict[tuple[str, ...], int]] | None = None,
        embed: dict[int, list[int]] | None = None,
    ) -> None:
        self.need = need
        self._shares = shares or {}
        self._by_gram = by_gram or {}
        self._firsts = firsts or {}
        self._embed = embed

    def embedding_items(self, row: int) -> list[int] | None:
        """Items a long row may be a paraphrase of (their numbers and rare words); None: not scanned."""
        if self._embed is None:
            return None
        return self._embed.get(row, [])

    def found(self, row: int) -> Scanned | None:
        """What the scan found in a row that goes on; None for a row it did not scan (a hard row)."""
        if row not in self._shares:
            return None
        grams = self._by_gram.get(row)
        return Scanned(self._shares[row], grams, None if grams is None else self._firsts.get(row, {}))


def _list_reading_keys(arrays: IndexArrays, batch: BatchTokens, row_of: np.ndarray) -> np.ndarray:
    """`row * slots + number slot` of the numbers that the row's digit-grouped numbers read as lists.

    `200,240,and 300` is one token `200240` in the row: it holds 200 and 240 under the list reading.
    """
    size = arrays.n_number_slots
    alt: dict[int, list[int]] = {}
    for code, token in enumerate(batch.vocab):
        parts = list_reading(token) if token[:1].isdigit() else None
        if parts is None:
            continue
        slots = [int(arrays.number_slot[arrays.word_id[p]]) for p in parts if p in arrays.word_id]
        slots = [x for x in slots if x >= 0]
        if slots:
            alt[code] = slots
    if not alt:
        return np.zeros(0, dtype=np.int64)
    at = np.flatnonzero(np.isin(batch.codes, np.fromiter(alt, dtype=np.int64)))
    codes = batch.codes[at].tolist()
    rows = row_of[at].tolist()
    return np.array([r * size + x for r, c in zip(rows, codes) for x in alt[c]], dtype=np.int64)


def _numbers_kept(
    arrays: IndexArrays, ids: np.ndarray, row_of: np.ndarray, n_rows: int, lengths: np.ndarray, extra: np.ndarray
) -> Callable[[np.ndarray, np.ndarray, float], np.ndarray]:
    """`kept(rows, items, share)`: whether each row keeps `share` of the item's numbers (or may be a piece of it).

    Every match of a text longer than the item needs some share of the item's numbers in a window of the
    text (an exact copy holds them all); a text no longer than the item may be a truncated piece of it.
    Either reading of a comma between digit groups counts (`extra`: the row's list readings, see
    :func:`_list_reading_keys`; an item number reading as a list is held by a row with every part).
    """
    slot = arrays.number_slot[ids]
    found = slot >= 0
    size = arrays.n_number_slots
    keys = np.concatenate([row_of[found] * size + slot[found], extra])
    if n_rows * size <= _DENSE_MAX:  # a rows x numbers table of which numbers each row holds
        seen = np.zeros(n_rows * size, dtype=bool)
        seen[keys] = True

        def holds(query: np.ndarray) -> np.ndarray:
            return seen[query]
    else:
        present = np.unique(keys)

        def holds(query: np.ndarray) -> np.ndarray:
            if not len(present):
                return np.zeros(len(query), dtype=bool)
            at = np.minimum(np.searchsorted(present, query), len(present) - 1)
            return present[at] == query

    def kept(rows: np.ndarray, items: np.ndarray, numbers: float, pieces: bool = True) -> np.ndarray:
        # Each (row, item) pair looks up the item's own numbers (a handful), not every item of a number.
        owner, pos = _expand(arrays.item_number_ptr, items)
        item_slots = arrays.item_number_slots[pos]
        query = rows[owner] * size + item_slots
        held = holds(query) if len(query) else np.zeros(0, dtype=bool)
        if arrays.split_slots:  # an item number held under its list reading: every part in the row
            for k in np.flatnonzero(arrays.is_split[item_slots] & ~held).tolist():
                base = int(rows[owner[k]]) * size
                parts = np.array([base + x for x in arrays.split_slots[int(item_slots[k])]], dtype=np.int64)
                held[k] = bool(holds(parts).all())
        count = np.bincount(owner, weights=held if len(query) else None, minlength=len(items))
        need = arrays.item_numbers[items]
        with np.errstate(divide="ignore", invalid="ignore"):
            share = count / need  # as `number_overlap` computes it
        piece = (lengths[rows] <= arrays.item_tokens[items]) if pieces else False
        return (need == 0) | piece | (share >= numbers - _EPS)

    return kept


def scan_batch(
    arrays: IndexArrays,
    batch: BatchTokens,
    *,
    prefilter: float,
    candidate: float,
    words: float | None,
    numbers: float,
    evidence: float,
    stride: int,
    stride_from: int,
    embed: tuple[float, float, int] | None = None,
) -> BatchScan:
    """Scan a batch: the rows that pass the gates of the one-text path, and their n-gram hits.

    Args:
        arrays: The index as arrays.
        batch: The batch's tokens.
        prefilter: Minimum share of an item's rare words in the row.
        candidate: Minimum weighted n-gram share for an n-gram candidate.
        words: Minimum whole-row rare-word share for a word candidate (None: word candidates are off).
        numbers: Minimum share of an n-gram candidate's numbers the row must keep (when longer than the
            item); a word candidate must keep all of them.
        evidence: Number evidence a word candidate needs in a row over twice as long as it.
        stride: A row longer than `stride_from` tokens counts every `stride`-th n-gram from its start.
        stride_from: See `stride`.
        embed: `(words, numbers, long_from)`: also give, for each row longer than `long_from` tokens, the items
            of which it holds `words` of the rare words and `numbers` of the numbers (the embedding signal's
            candidates).

    Returns:
        The :class:`BatchScan`.
    """
    n_rows = len(batch)
    n = arrays.n
    need = [bool(h) for h in batch.hard]
    offsets = batch.offsets
    lengths = np.diff(offsets)
    if len(batch.codes) == 0 or arrays.n_items == 0:
        return BatchScan(need, embed={} if embed is not None else None)
    lut = np.fromiter((arrays.word_id.get(v, -1) for v in batch.vocab), dtype=np.int64, count=len(batch.vocab))
    ids = lut[batch.codes]
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), lengths)

    # 1. The rare-word prefilter: distinct (row, rare word) pairs, spread over the word's items.
    slot = arrays.rare_slot[ids]  # id -1 reads the last entry: no slot
    found = slot >= 0
    pairs = _distinct(row_of[found] * arrays.n_rare + slot[found], n_rows * arrays.n_rare)
    prow, pslot = pairs // arrays.n_rare, pairs % arrays.n_rare
    owner, pos = _expand(arrays.rare_ptr, pslot)
    keys = prow[owner] * arrays.n_items + arrays.rare_items[pos]
    ukeys, acc = _sums(keys, arrays.rare_weight[pos], n_rows * arrays.n_items)
    urow, uitem = ukeys // arrays.n_items, ukeys % arrays.n_items
    share = acc / arrays.word_weight[uitem]
    passed = share >= prefilter - _EPS
    pre_rows = np.zeros(n_rows, dtype=bool)
    pre_rows[urow[passed]] = True
    # An item whose numbers the row does not keep cannot match it (unless the row is a piece of it).
    kept = _numbers_kept(arrays, ids, row_of, n_rows, lengths, _list_reading_keys(arrays, batch, row_of))
    go = np.zeros(n_rows, dtype=bool)
    # A word candidate (a paraphrase) needs all the item's numbers, and in a row over twice as long as the
    # item, numbers that single it out; items whose n-grams are all boilerplate are always word candidates.
    word_ok = np.zeros(len(urow), dtype=bool)
    at = np.flatnonzero(passed)  # only the pairs that passed the prefilter are word candidates
    r, i = urow[at], uitem[at]
    singled_out = (lengths[r] <= 2 * arrays.item_tokens[i]) | (arrays.number_evidence[i] >= evidence)
    word_ok[at] = (kept(r, i, 1.0) & singled_out) | (arrays.total_weight[i] <= 0)
    if words is not None:  # a word candidate needs `words` of the item in the whole row
        go[urow[passed & (share >= words - _EPS) & word_ok]] = True
    # A row equal to an item (however short, whatever its n-grams weigh) holds all the item's rare words.
    equal = passed & (share >= 1.0 - _EPS) & np.isin(lengths[urow], arrays.item_lengths)
    go[urow[equal]] = True
    go |= pre_rows & (lengths < n)  # a row shorter than n is one n-gram of its own: the one-text path does it

    # The embedding signal's candidates in long rows: rare words and numbers (every window is within the row).
    embed_items: dict[int, list[int]] | None = None
    if embed is not None:
        embed_items = {}
        at = np.flatnonzero((share >= embed[0] - _EPS) & (lengths[urow] > embed[2]))
        at = at[kept(urow[at], uitem[at], embed[1], pieces=False)]
        for r, i in zip(urow[at].tolist(), uitem[at].tolist()):
            embed_items.setdefault(r, []).append(i)

    # 2. N-gram hits, in the rows that passed the prefilter: every position whose n-gram an item has.
    firsts: dict[int, dict[tuple[str, ...], int]] = {}
    by_gram: dict[int, dict[int, float]] = {}
    if pre_rows.any() and len(arrays.gram_keys):
        count = len(ids) - n + 1
        ok = pre_rows[row_of[:count]] & (row_of[:count] == row_of[n - 1 :])
        # An n-gram with a word no item has is in no item.
        unknown = ids < 0
        for k in range(n):
            ok &= ~unknown[k : k + count]
        positions = np.flatnonzero(ok)
        h = _hash_at(ids, positions, n)
        # A bitmap of the index's hashes first (one gather), the sorted keys only for what passes it.
        maybe = arrays.gram_bits[h >> _BITS_SHIFT]
        positions, h = positions[maybe], h[maybe]
        where = np.searchsorted(arrays.gram_keys, h)
        where[where == len(arrays.gram_keys)] = 0
        hit = arrays.gram_keys[where] == h
        positions, gslot = positions[hit], where[hit]
        hrow = row_of[positions]
        # Weighted n-gram candidates, counting the n-grams the one-text path samples (each distinct once).
        row_stride = np.where(lengths > stride_from, stride, 1)
        sampled = (positions - offsets[hrow]) % row_stride[hrow] == 0
        gpairs = np.unique(hrow[sampled] * len(arrays.gram_keys) + gslot[sampled])
        grow, gs = gpairs // len(arrays.gram_keys), gpairs % len(arrays.gram_keys)
        owner, pos = _expand(arrays.gram_ptr, gs)
        if len(pos):
            keys = grow[owner] * arrays.n_items + arrays.gram_items[pos]
            ukeys, acc = _sums(keys, arrays.gram_weight[pos], n_rows * arrays.n_items)
            crow, citem = ukeys // arrays.n_items, ukeys % arrays.n_items
            # Weights are 1 or 1/2: the sums are exact, the comparison the one-text path's.
            cand = acc >= candidate / row_stride[crow] * arrays.total_weight[citem]
            cand &= kept(crow, citem, numbers)
            go[crow[cand]] = True
            for r, i, w in zip(crow[cand].tolist(), citem[cand].tolist(), acc[cand].tolist()):
                by_gram.setdefault(r, {})[i] = w
        go &= pre_rows
        long_enough = go & (lengths >= n)
        for r in np.flatnonzero(long_enough).tolist():
            by_gram.setdefault(r, {})
        # The first position of every hit n-gram, for the rows that go on (hits are in position order).
        take = go[hrow]
        hrow, gslot, positions = hrow[take], gslot[take], positions[take]
        first_keys, first_at = np.unique(hrow * len(arrays.gram_keys) + gslot, return_index=True)
        frow = first_keys // len(arrays.gram_keys)
        grams = arrays.grams
        found_grams = list(map(grams.__getitem__, (first_keys % len(arrays.gram_keys)).tolist()))
        found_at = (positions[first_at] - offsets[hrow[first_at]]).tolist()
        rows_with, starts = np.unique(frow, return_index=True)
        bounds = [*starts.tolist(), len(frow)]
        for k, r in enumerate(rows_with.tolist()):
            firsts[r] = dict(zip(found_grams[bounds[k] : bounds[k + 1]], found_at[bounds[k] : bounds[k + 1]]))
    else:
        go &= pre_rows
        for r in np.flatnonzero(go & (lengths >= n)).tolist():
            by_gram[r] = {}
    # The prefilter's shares of the rows that go on (the one-text path compares them to its thresholds).
    shares: dict[int, dict[int, float]] = {}
    for r in np.flatnonzero(go).tolist():
        need[r] = True
        shares[r] = {}
    keep = go[urow] & (share >= prefilter) & word_ok
    for r, i, v in zip(urow[keep].tolist(), uitem[keep].tolist(), share[keep].tolist()):
        shares[r][i] = v
    return BatchScan(need, shares, by_gram, firsts, embed_items)
