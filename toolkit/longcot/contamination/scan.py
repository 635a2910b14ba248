"""Whole-batch candidate generation in numpy: which rows of a batch can match an item at all.

:class:`~longcot.contamination.checker.ContaminationChecker` looks at one text at a time in Python.
Most rows of a training set match nothing, so a batch is first scanned as arrays
(:class:`~longcot.contamination.normalize.BatchTokens`): every token is mapped to its word id in the
index, and the gates of :meth:`ContaminationChecker.candidates` are computed for all rows at once:

- the numbers first (a rows x items table of how many of each item's numbers the row holds, either
  reading of a comma between digit groups): a word candidate (a paraphrase) of a row longer than the item
  needs every number of it, an n-gram candidate `numbers` of them;
- the rare words, only for the (row, item) pairs the numbers leave (or a row as long as the item, which may
  equal it), or, where that is cheaper (short rows, a small index), every item of a row at once: the share of
  the item's rare words (idf-weighted) in the row, and in a long row the best share in one of the one-text
  path's windows that also holds every number of the item with enough of the window's numbers its own (the
  fuzzy rules' need: a paraphrase sits in one place);
- the weighted n-gram candidates: the item's n-grams found in the row (every n-gram, or every third
  in a long row, as the one-text path samples them), hashed;
- the rare-word prefilter of the whole row (some item with `prefilter` of its rare words), only for the
  rows that would go on.

A row goes on to the one-text path only when it passes them (or could equal an item). The scan is a
superset test: sums are compared with a small tolerance and n-grams are matched by a 64-bit hash of
their word ids, so a row it lets through is decided exactly as before, and a row it stops could not
have matched. For the rows that go on, it also gives the n-grams the signals look up, with their first
position (what :meth:`ContaminationChecker._first_positions` computes).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np

from longcot.contamination.index import BenchmarkIndex
from longcot.contamination.normalize import SPELLED_RUN_WORDS, BatchTokens, list_reading, spelled_numbers


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


#: Dense scratch arrays (rows x rare words, rows x items) up to this many entries; sorting (or chunks) beyond.
_DENSE_MAX = 1 << 26


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
        # Each item's numbers rarest first (fewest items hold them): a row keeping most of them holds one of the first.
        df = {int(self.number_slot[self.word_id[x]]): len(ids) for x, ids in index.number_postings.items()}
        rarest = [sorted((s for s, _ in item), key=lambda s: (df.get(s, 0), s)) for item in slots]
        total = len(self.item_number_slots)
        self.rarest_slots = np.fromiter((s for item in rarest for s in item), dtype=np.int64, count=total)
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
        # Each item's rare words (slots ascending, as the postings sum them) with their weight: the share of one
        # (row, item) pair without spreading every rare word of the row over all its items.
        entry_slot = np.repeat(np.arange(len(rare), dtype=np.int64), np.diff(self.rare_ptr))
        order = np.lexsort((entry_slot, self.rare_items))
        self.item_rare_ptr = np.zeros(self.n_items + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.rare_items, minlength=self.n_items), out=self.item_rare_ptr[1:])
        self.item_rare_slots = entry_slot[order]
        self.item_rare_weight = self.rare_weight[order]
        # The list reading of each number slot as CSR (empty for a number that reads one way only).
        parts = [self.split_slots.get(s, []) for s in range(self.n_number_slots)]
        self.split_ptr, self.split_parts, _ = _csr([[(p, 0.0) for p in ps] for ps in parts])
        self.split_list = sorted(self.split_slots)
        # The items with numbers, and where each one's numbers start (the rows x items number table).
        self.with_numbers = np.flatnonzero(self.item_numbers > 0)
        self.number_starts = self.item_number_ptr[self.with_numbers]
        # Items by length: a row can only equal an item of its own length.
        self.by_length = np.argsort(self.item_tokens, kind="stable")
        self.sorted_lengths = self.item_tokens[self.by_length]

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


class _Numbers:
    """Which numbers each row of a batch holds, either reading of a comma between digit groups.

    `200,240,and 300` is one token `200240` in a row: it holds 200 and 240 under the list reading; an item's
    `200,240,300` is held by a row with the number itself or with every part of its list.
    """

    def __init__(self, arrays: IndexArrays, batch: BatchTokens, ids: np.ndarray, row_of: np.ndarray) -> None:
        self.arrays = arrays
        self.n_rows = len(batch)
        self.size = arrays.n_number_slots
        slot = arrays.number_slot[ids]
        found = np.flatnonzero(slot >= 0)
        rows, slots, where = row_of[found], slot[found], found
        # The numbers a row's digit-grouped tokens read as lists (a handful of distinct tokens per batch).
        alt: dict[int, list[int]] = {}
        #: Per vocab code of a number token, the first code of the same string (a vocab may hold one twice).
        self.canon = np.full(len(batch.vocab), -1, dtype=np.int64)
        first_code: dict[str, int] = {}
        for code, token in enumerate(batch.vocab):
            if not token[:1].isdigit():
                continue
            self.canon[code] = first_code.setdefault(token, code)
            parts = list_reading(token)
            if parts is None:
                continue
            kept = [int(arrays.number_slot[arrays.word_id[p]]) for p in parts if p in arrays.word_id]
            if kept := [x for x in kept if x >= 0]:
                alt[code] = kept
        self._codes, self._row_of = batch.codes, row_of
        #: Token positions of the digit-grouped tokens that read as a list of some item's numbers.
        self.grouped_at = np.zeros(0, dtype=np.int64)
        if alt:
            is_alt = np.zeros(len(batch.vocab), dtype=bool)
            is_alt[list(alt)] = True
            at = self.grouped_at = np.flatnonzero(is_alt[batch.codes])
            lists = [alt[c] for c in batch.codes[at].tolist()]
            extra_at = np.repeat(at, [len(x) for x in lists])
            extra_slots = np.fromiter((x for xs in lists for x in xs), dtype=np.int64, count=len(extra_at))
            rows, slots = np.concatenate([rows, row_of[extra_at]]), np.concatenate([slots, extra_slots])
            where = np.concatenate([where, extra_at])
            order = np.argsort(rows, kind="stable")
            rows, slots, where = rows[order], slots[order], where[order]
        self._hold(rows, slots, where)

    def _hold(self, rows: np.ndarray, slots: np.ndarray, where: np.ndarray) -> None:
        #: `(row, number slot)` of every number held (as written or as a list reading), rows ascending, and the
        #: token position in the batch of each.
        self.rows, self.slots, self.at = rows, slots, where
        keys = rows * self.size + slots
        if self.n_rows * self.size <= _DENSE_MAX:  # a rows x numbers table of which numbers each row holds
            self._seen = np.zeros(self.n_rows * self.size, dtype=bool)
            self._seen[keys] = True
            self._present = None
        else:
            self._seen = None
            self._present = np.unique(keys)

    def spelling(self, batch: BatchTokens, rows_ok: np.ndarray) -> _Numbers:
        """These numbers and, in the rows where `rows_ok`, the item numbers they spell in words (`nine`, `twenty
        four`): the embedding rule's reading of a row (:func:`~longcot.contamination.normalize.text_numbers`), which
        the lexical rules do not share (a copy keeps its digits). Self when no such row spells one.

        Only the runs of number words are read (`spelled_numbers` of each), not whole rows: number words at most
        two tokens apart (`three hundred and five`) are one run, with the token before it (`a third`, `right angle`).
        """
        is_word = np.fromiter((t in SPELLED_RUN_WORDS for t in batch.vocab), dtype=bool, count=len(batch.vocab))
        at = np.flatnonzero(is_word[self._codes] & rows_ok[self._row_of])
        if not len(at):
            return self
        rows = self._row_of[at]
        cut = np.flatnonzero((np.diff(at) > 2) | (np.diff(rows) != 0)) + 1
        words, slot_of, word_id = batch._words, self.arrays.number_slot, self.arrays.word_id
        new_rows: list[int] = []
        new_slots: list[int] = []
        for a, b in zip([0, *cut.tolist()], [*cut.tolist(), len(at)]):
            first = int(at[a])
            first -= first > 0 and self._row_of[first - 1] == rows[a]
            for x in spelled_numbers(words[self._codes[first : at[b - 1] + 1]].tolist()):
                k = word_id.get(x)
                if k is not None and slot_of[k] >= 0:
                    new_rows.append(int(rows[a]))
                    new_slots.append(int(slot_of[k]))
        if not new_rows:
            return self
        out = object.__new__(_Numbers)
        out.__dict__.update(self.__dict__)
        e_rows = np.asarray(new_rows, dtype=np.int64)
        rows = np.concatenate([self.rows, e_rows])
        order = np.argsort(rows, kind="stable")
        slots = np.concatenate([self.slots, np.asarray(new_slots, dtype=np.int64)])
        where = np.concatenate([self.at, batch.offsets[e_rows]])
        out._hold(rows[order], slots[order], where[order])
        return out

    def written(self) -> tuple[np.ndarray, np.ndarray]:
        """`(token position, canonical code)` of every number token of the batch, as written."""
        canon = self.canon[self._codes]
        at = np.flatnonzero(canon >= 0)
        return at, canon[at]

    def holds(self, query: np.ndarray) -> np.ndarray:
        """Whether each `row * slots + number slot` of `query` is held, as written (or as a row's list reading)."""
        if self._seen is not None:
            return self._seen[query]
        present = self._present
        if not len(present) or not len(query):
            return np.zeros(len(query), dtype=bool)
        at = np.minimum(np.searchsorted(present, query), len(present) - 1)
        return present[at] == query

    def counts(self, rows: np.ndarray, items: np.ndarray) -> np.ndarray:
        """How many of each item's numbers the paired row holds (an item number also under its list reading)."""
        arrays, size = self.arrays, self.size
        owner, pos = _expand(arrays.item_number_ptr, items)
        item_slots = arrays.item_number_slots[pos]
        base = rows[owner] * size
        held = self.holds(base + item_slots)
        split = np.flatnonzero(arrays.is_split[item_slots] & ~held)
        if len(split):  # every part of the list reading held
            p_owner, p_pos = _expand(arrays.split_ptr, item_slots[split])
            parts_held = self.holds(base[split][p_owner] + arrays.split_parts[p_pos])
            missing = np.bincount(p_owner, weights=~parts_held, minlength=len(split))
            held[split] = missing == 0
        return np.bincount(owner, weights=held, minlength=len(items))

    def kept(self, rows: np.ndarray, items: np.ndarray, numbers: float, lengths: np.ndarray,
             pieces: bool = True) -> np.ndarray:  # fmt: skip
        """Whether each row keeps `numbers` of the paired item's numbers (or, with `pieces`, may be a piece of it).

        Every match of a text longer than the item needs some share of the item's numbers in a window of the
        text (an exact copy holds them all); a text no longer than the item may be a truncated piece of it.
        """
        arrays = self.arrays
        need = arrays.item_numbers[items]
        with np.errstate(divide="ignore", invalid="ignore"):
            share = self.counts(rows, items) / need  # as `number_overlap` computes it
        piece = (lengths[rows] <= arrays.item_tokens[items]) if pieces else False
        return (need == 0) | piece | (share >= numbers - _EPS)

    def tables(self) -> Iterator[tuple[int, np.ndarray]]:
        """`(first row, which numbers each row holds)` for chunks of rows: a rows x number slots table each.

        An item number that reads as a list (`200,240,300`) is held by a row with every part of it too.
        """
        per_chunk = max(1, _DENSE_MAX // 16 // max(self.arrays.n_items, self.size, 1))
        for a in range(0, self.n_rows, per_chunk):
            yield a, self.table(a, min(self.n_rows, a + per_chunk))

    def table(self, a: int, b: int) -> np.ndarray:
        """Rows `a` to `b` x number slots: which numbers each row holds (see :meth:`tables`)."""
        arrays = self.arrays
        lo, hi = np.searchsorted(self.rows, [a, b])
        table = np.zeros((b - a, self.size), dtype=bool)
        table[self.rows[lo:hi] - a, self.slots[lo:hi]] = True
        for s in arrays.split_list:  # an item number held as a list: every part (parts never read as lists)
            table[:, s] |= table[:, arrays.split_parts[arrays.split_ptr[s] : arrays.split_ptr[s + 1]]].all(axis=1)
        return table

    def may_keep(self, table: np.ndarray, share: float) -> np.ndarray:
        """Rows x items: whether each row (of a :meth:`tables` chunk) may keep `share` of each item's numbers.

        A row keeping at least `need` of an item's `m` numbers holds one of its `m - need + 1` rarest ones: only
        those are looked at (a superset; :meth:`kept` decides). Items without numbers: True.
        """
        arrays = self.arrays
        m = arrays.item_numbers
        need = np.ceil(np.maximum(share - _EPS, 0.0) * m).astype(np.int64)
        depth = np.where(m > 0, np.clip(m - need + 1, 1, np.maximum(m, 1)), 0)
        out = np.repeat((m == 0)[None, :], len(table), axis=0)
        starts = arrays.item_number_ptr[:-1]
        for d in range(int(depth.max()) if len(depth) else 0):
            items = np.flatnonzero(depth > d)
            out[:, items] |= table[:, arrays.rarest_slots[starts[items] + d]]
        return out


def _window_numbers(numbers: _Numbers, index_of: np.ndarray, offsets: np.ndarray, windows: np.ndarray, step: int,
                    span: int, most: int) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Per (row, window), `row * most + window`: its distinct numbers as written, and its digit-grouped tokens."""
    size = len(windows) * most
    at, canon = numbers.written()
    rows = numbers._row_of[at]
    r = index_of[rows]
    take = r >= 0
    at, canon, rows, r = at[take], canon[take], rows[take], r[take]
    block = (at - offsets[rows]) // step
    n_codes = len(numbers.canon)
    keys = []
    for j in range(span):  # a window holds the blocks k .. k + span - 1
        k = block - j
        ok = (k >= 0) & (k < windows[r])
        keys.append((r[ok] * most + k[ok]) * n_codes + canon[ok])
    distinct = np.bincount(np.unique(np.concatenate(keys)) // n_codes, minlength=size)
    g_at = numbers.grouped_at
    g_rows = numbers._row_of[g_at]
    g_r = index_of[g_rows]
    take = g_r >= 0
    g_at, g_rows, g_r = g_at[take], g_rows[take], g_r[take]
    g_block = (g_at - offsets[g_rows]) // step
    grouped = np.zeros(size, dtype=np.int64)
    for j in range(span):
        k = g_block - j
        ok = (k >= 0) & (k < windows[g_r])
        grouped += np.bincount(g_r[ok] * most + k[ok], minlength=size)
    return distinct, grouped


class _WindowNumbers:
    """Whether each (row, item) pair's window holds every number of the item: blocks of a chunk of rows."""

    def __init__(self, arrays: IndexArrays, numbers: _Numbers, hit: np.ndarray, block: np.ndarray, slots: np.ndarray,
                 chunk_of: np.ndarray, place: np.ndarray, blocks: np.ndarray, chunk: int, width: int, rows: np.ndarray,
                 items: np.ndarray, checked: np.ndarray) -> None:  # fmt: skip
        size = self.size = numbers.size
        mine = chunk_of[hit] == chunk
        self.table = np.zeros(width * size, dtype=bool)
        self.table[(place[hit[mine]] + block[mine]) * size + slots[mine]] = True
        self.n_pairs = len(items)
        self.checked = checked
        owner, pos = _expand(arrays.item_number_ptr, items)
        keep = checked[owner]  # the other pairs always pass
        owner, pos = owner[keep], pos[keep]
        item_slots = arrays.item_number_slots[pos]
        self.owner, self.base, self.last = owner, place[rows[owner]] * size + item_slots, blocks[rows[owner]]
        split = np.flatnonzero(arrays.is_split[item_slots])  # held as a list too: every part in the window
        p_owner, p_pos = _expand(arrays.split_ptr, item_slots[split])
        self.split, self.p_owner = split, p_owner
        self.p_base = place[rows[owner[split]]][p_owner] * size + arrays.split_parts[p_pos]
        self.p_last = self.last[split][p_owner]

    def _any_block(self, base: np.ndarray, last: np.ndarray, k: int, span: int) -> np.ndarray:
        held = np.zeros(len(base), dtype=bool)
        for j in range(k, k + span):
            inside = last > j
            held[inside] |= self.table[base[inside] + j * self.size]
        return held

    def all_held(self, k: int, span: int, distinct: np.ndarray | None = None, grouped: np.ndarray | None = None,
                 precision: float = 0.0) -> np.ndarray:  # fmt: skip
        """Per pair, whether window `k` holds every number of the item (pairs not checked: True).

        With `distinct` (per pair, the window's distinct numbers as written) and `grouped` (its digit-grouped
        tokens), also that `precision` of the window's numbers may be the item's: at most the item's numbers and
        their list parts found in the window, plus its grouped tokens, out of its distinct numbers.
        """
        present = self._any_block(self.base, self.last, k, span)
        held = present.copy()
        mine = np.bincount(self.owner, weights=present, minlength=self.n_pairs)
        if len(self.split):
            parts = self._any_block(self.p_base, self.p_last, k, span)
            missing = np.bincount(self.p_owner, weights=~parts, minlength=len(self.split))
            held[self.split] |= missing == 0
            mine += np.bincount(self.owner[self.split][self.p_owner], weights=parts, minlength=self.n_pairs)
        missing = np.bincount(self.owner, weights=~held, minlength=self.n_pairs)
        ok = missing == 0
        if distinct is not None and grouped is not None:
            ok &= ~self.checked | (distinct == 0) | (mine + grouped >= (precision - _EPS) * distinct)
        return ok


class _RareWords:
    """Which rare words each row of a batch holds, and the shares of chosen items' rare words in the rows."""

    def __init__(self, arrays: IndexArrays, ids: np.ndarray, row_of: np.ndarray, n_rows: int) -> None:
        self.arrays = arrays
        slot = arrays.rare_slot[ids]  # id -1 reads the last entry: no slot
        found = slot >= 0
        #: Every occurrence of a rare word: its token position in the batch, row and slot.
        self.at, self.rows, self.slots = np.flatnonzero(found), row_of[found], slot[found]
        size = n_rows * arrays.n_rare
        keys = self.rows * arrays.n_rare + self.slots
        self._seen: np.ndarray | None = None
        if size <= _DENSE_MAX:  # a rows x rare words table
            self._seen = np.zeros(size, dtype=bool)
            self._seen[keys] = True
        #: The distinct (row, rare word) pairs, `row * rare words + slot`, sorted.
        self.pairs = np.flatnonzero(self._seen) if self._seen is not None else np.unique(keys)
        # What spreading a row's rare words over their items costs (postings entries), per row.
        per_slot = np.diff(arrays.rare_ptr)
        self.spread_cost = np.bincount(
            self.pairs // arrays.n_rare, weights=per_slot[self.pairs % arrays.n_rare], minlength=n_rows
        )
        self.n_rows = n_rows
        self.spread(np.zeros(0, dtype=np.int64))

    def _holds(self, query: np.ndarray) -> np.ndarray:
        if self._seen is not None:
            return self._seen[query]
        present = self.pairs
        if not len(present) or not len(query):
            return np.zeros(len(query), dtype=bool)
        at = np.minimum(np.searchsorted(present, query), len(present) - 1)
        return present[at] == query

    def spread(self, rows: np.ndarray) -> None:
        """Spread the rare words of `rows` over all their items: every share of those rows, kept for :meth:`shares`.

        For a short row (or a small index) that is cheaper than looking its pairs up one by one, and it gives the
        row's prefilter at once.
        """
        urow, uitem, share = self.row_shares(rows, self.n_rows)
        self._spread_rows = np.zeros(self.n_rows, dtype=bool)
        self._spread_rows[rows] = True
        self._spread_keys, self._spread_share = urow * self.arrays.n_items + uitem, share  # keys sorted
        self.spread_pairs = (urow, uitem, share)

    def shares(self, rows: np.ndarray, items: np.ndarray) -> np.ndarray:
        """Share of each item's rare-word weight found in the paired row.

        From :meth:`spread` for the rows it did, else the paired items' rare words looked up in the row: both sum
        the same weights in the same order (the words by slot).
        """
        out = np.zeros(len(items), dtype=np.float64)
        if not len(items):
            return out
        spread = self._spread_rows[rows]
        at = np.flatnonzero(spread)
        keys = self._spread_keys
        if len(at) and len(keys):
            query = rows[at] * self.arrays.n_items + items[at]
            where = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
            out[at] = np.where(keys[where] == query, self._spread_share[where], 0.0)
        at = np.flatnonzero(~spread)
        out[at] = self._looked_up(rows[at], items[at])
        return out

    def _looked_up(self, rows: np.ndarray, items: np.ndarray) -> np.ndarray:
        arrays = self.arrays
        if not len(items):
            return np.zeros(0, dtype=np.float64)
        owner, pos = _expand(arrays.item_rare_ptr, items)
        held = self._holds(rows[owner] * arrays.n_rare + arrays.item_rare_slots[pos])
        acc = np.bincount(owner, weights=arrays.item_rare_weight[pos] * held, minlength=len(items))
        return acc / arrays.word_weight[items]

    def best_shares(self, rows: np.ndarray, items: np.ndarray, offsets: np.ndarray, lengths: np.ndarray,
                    size: int, numbers: _Numbers | None = None, with_numbers: np.ndarray | None = None,
                    precision: float | None = None) -> np.ndarray:  # fmt: skip
        """Best share of each item's rare words in one window of the paired row, as the one-text path slides them.

        Windows are `size` tokens, every `size // 2` from the row's start (the last one cut at the row's end);
        each is read as whole blocks of `size // 2` tokens, which hold it (an upper bound when `size` is odd).
        With `numbers`, the pairs marked in `with_numbers` count only the windows that hold every number of the
        item (either reading of a comma between digit groups): the one-text path's fuzzy rules need them all in
        the window the item was found in; with `precision` too, only the windows of which that share of the
        distinct numbers may be the item's (when the blocks make up the windows exactly).
        """
        arrays, n_rare = self.arrays, self.arrays.n_rare
        step = max(size // 2, 1)
        span = -(-size // step)
        out = np.zeros(len(items), dtype=np.float64)
        if not len(items):
            return out
        row_ids, local = np.unique(rows, return_inverse=True)
        blocks = -(-lengths[row_ids] // step)
        windows = -(-np.maximum(lengths[row_ids] - step, 1) // step)  # len(range(0, max(n - step, 1), step))
        # The rows' rare-word (and number) occurrences, by block.
        index_of = np.full(len(lengths), -1, dtype=np.int64)
        index_of[row_ids] = np.arange(len(row_ids))
        hit = index_of[self.rows]
        take = np.flatnonzero(hit >= 0)
        hit, block, slots = hit[take], (self.at[take] - offsets[self.rows[take]]) // step, self.slots[take]
        n_hit = n_block = n_slots = np.zeros(0, dtype=np.int64)
        if numbers is not None:
            n_hit = index_of[numbers.rows]
            take = np.flatnonzero(n_hit >= 0)
            n_hit, n_slots = n_hit[take], numbers.slots[take]
            n_block = (numbers.at[take] - offsets[numbers.rows[take]]) // step
        distinct = grouped = None
        most = int(windows.max())
        if numbers is not None and precision is not None and size % step == 0:
            distinct, grouped = _window_numbers(numbers, index_of, offsets, windows, step, span, most)
        # Chunks of rows of about the same length, each one's (row, block, rare word) table kept small.
        chunk_of = np.zeros(len(row_ids), dtype=np.int64)
        place = np.zeros(len(row_ids), dtype=np.int64)
        chunk = cells = 0
        for k in np.argsort(blocks, kind="stable").tolist():
            need = int(blocks[k]) * n_rare
            if cells and cells + need > _DENSE_MAX // 4:
                chunk, cells = chunk + 1, 0
            chunk_of[k], place[k] = chunk, cells // n_rare
            cells += need
        pair_chunk = chunk_of[local]
        for c in range(chunk + 1):
            mine = chunk_of[hit] == c
            members = np.flatnonzero(chunk_of == c)
            width = int((place[members] + blocks[members]).max())  # blocks of the chunk's rows, end to end
            table = np.zeros(width * n_rare, dtype=bool)
            table[(place[hit[mine]] + block[mine]) * n_rare + slots[mine]] = True
            pairs = np.flatnonzero(pair_chunk == c)
            owner, pos = _expand(arrays.item_rare_ptr, items[pairs])
            row = local[pairs][owner]
            base = place[row] * n_rare + arrays.item_rare_slots[pos]
            last = blocks[row]  # blocks of the pair's row (a window never reads past them)
            limit = windows[row]
            weight = arrays.item_rare_weight[pos]
            check = None
            if numbers is not None and with_numbers is not None and with_numbers[pairs].any():
                check = _WindowNumbers(arrays, numbers, n_hit, n_block, n_slots, chunk_of, place, blocks, c, width,
                                       local[pairs], items[pairs], with_numbers[pairs])  # fmt: skip
            best = np.zeros(len(pairs), dtype=np.float64)
            for k in range(int(limit.max())):
                live = np.flatnonzero(limit > k)
                held = np.zeros(len(live), dtype=bool)
                for j in range(k, k + span):
                    inside = last[live] > j
                    held[inside] |= table[base[live[inside]] + j * n_rare]
                acc = np.bincount(owner[live], weights=weight[live] * held, minlength=len(pairs))
                if check is not None:
                    cell = local[pairs] * most + k
                    if distinct is not None and grouped is not None:
                        passed = check.all_held(k, span, distinct[cell], grouped[cell], precision or 0.0)
                    else:
                        passed = check.all_held(k, span)
                    acc[~passed] = 0.0
                np.maximum(best, acc, out=best)
            out[pairs] = best
        return out / arrays.word_weight[items]

    def row_shares(self, rows: np.ndarray, n_rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`(row, item, share)` of every item with a rare word in one of `rows` (the whole prefilter, for those)."""
        arrays = self.arrays
        wanted = np.zeros(n_rows, dtype=bool)
        wanted[rows] = True
        pairs = self.pairs[wanted[self.pairs // arrays.n_rare]]
        prow, pslot = pairs // arrays.n_rare, pairs % arrays.n_rare
        owner, pos = _expand(arrays.rare_ptr, pslot)
        keys = prow[owner] * arrays.n_items + arrays.rare_items[pos]
        ukeys, acc = _sums(keys, arrays.rare_weight[pos], n_rows * arrays.n_items)
        urow, uitem = ukeys // arrays.n_items, ukeys % arrays.n_items
        return urow, uitem, acc / arrays.word_weight[uitem]


def _hash_all(ids: np.ndarray, n: int) -> np.ndarray:
    """:func:`_hash_at` of the n-gram at every position `0 .. len(ids) - n` (slices, no gather)."""
    count = len(ids) - n + 1
    words = ids.astype(np.uint64)
    words += np.uint64(1)
    h = words[:count].copy()
    for k in range(1, n):
        h *= _MULT
        h ^= words[k : k + count]
        h += np.uint64(k)
    return h


def _reaches(share: np.ndarray, threshold: float) -> np.ndarray:
    """Whether each share reaches `threshold` (with the gates' tolerance), from a rare word at least.

    The one-text path only sums the items with a rare word in the text: a share of 0 is no candidate.
    """
    return (share > 0) & (share >= threshold - _EPS)


def _equal_length_pairs(arrays: IndexArrays, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`(row, item)` of the items as long as each row (in tokens): the only items a row can equal."""
    lo = np.searchsorted(arrays.sorted_lengths, lengths, side="left")
    hi = np.searchsorted(arrays.sorted_lengths, lengths, side="right")
    counts = hi - lo
    rows = np.repeat(np.arange(len(lengths), dtype=np.int64), counts)
    first = np.cumsum(counts) - counts
    at = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(first, counts) + np.repeat(lo, counts)
    return rows, arrays.by_length[at]


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
    window: int | None = None,
    precision: float | None = None,
    embed: tuple[float, float, int] | None = None,
) -> BatchScan:
    """Scan a batch: the rows that pass the gates of the one-text path, and their n-gram hits.

    Args:
        arrays: The index as arrays.
        batch: The batch's tokens.
        prefilter: Minimum share of an item's rare words in the row.
        candidate: Minimum weighted n-gram share for an n-gram candidate.
        words: Minimum rare-word share for a word candidate (None: word candidates are off).
        numbers: Minimum share of an n-gram candidate's numbers the row must keep (when longer than the
            item); a word candidate must keep all of them.
        evidence: Number evidence a word candidate needs in a row over twice as long as it.
        stride: A row longer than `stride_from` tokens counts every `stride`-th n-gram from its start.
        stride_from: See `stride`.
        window: Tokens of the one-text path's rare-word windows: a row longer than that has a word candidate
            only with `words` of the item in one window (None: in the whole row).
        precision: Share of a window's distinct numbers that must be the item's for a word candidate of a row
            longer than the item to match there (the fuzzy rules' number precision; None: not looked at).
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
    held = _Numbers(arrays, batch, ids, row_of)
    rare = _RareWords(arrays, ids, row_of, n_rows)
    empty = np.zeros(0, dtype=np.int64)

    # 1. The numbers rule most (row, item) pairs out. A word candidate (a paraphrase) needs all the item's
    # numbers (or the row is no longer than the item: a piece of it), and in a row over twice as long as the
    # item, numbers that single it out; items whose n-grams are all boilerplate are always word candidates.
    # The embedding signal's candidates in long rows need `embed[1]` of them.
    word_ok = np.zeros((n_rows, arrays.n_items) if words is not None else (0, 0), dtype=bool)
    embed_rows, embed_items_ = [empty], [empty]
    # The embedding rule reads numbers spelled in words too (`nine km`), as its one-text path does.
    spelled = held.spelling(batch, lengths > embed[2]) if embed is not None else held
    for first, table in held.tables() if words is not None or embed is not None else ():
        size = lengths[first : first + len(table), None]
        if words is not None:
            singled_out = (size <= 2 * arrays.item_tokens) | (arrays.number_evidence >= evidence)
            free = ((size <= arrays.item_tokens) & singled_out) | (arrays.total_weight <= 0)  # whatever the numbers
            r, i = np.nonzero(held.may_keep(table, 1.0) & singled_out & ~free)
            r += first
            ok = word_ok[first : first + len(table)]
            ok[:] = free
            word_ok[r, i] = held.kept(r, i, 1.0, lengths, pieces=False)
        if embed is not None:
            e_table = table if spelled is held else spelled.table(first, first + len(table))
            r, i = np.nonzero(spelled.may_keep(e_table, embed[1]) & (size > embed[2]))
            r += first
            at = spelled.kept(r, i, embed[1], lengths, pieces=False)
            embed_rows.append(r[at])
            embed_items_.append(i[at])
    e_rows, e_items = np.concatenate(embed_rows), np.concatenate(embed_items_)
    # A row equal to an item (however short, whatever its n-grams weigh) is as long and holds all its rare words.
    q_rows, q_items = _equal_length_pairs(arrays, lengths)

    # 2. The rare words of those pairs only; or, where that is cheaper (a short row paired with most items as a
    # possible piece of each, a small index) or costs less than the row's n-grams, of every item of the row at
    # once, which gives its prefilter too.
    rare_count = np.diff(arrays.item_rare_ptr)
    lookup_cost = word_ok @ rare_count if words is not None else np.zeros(n_rows, dtype=np.int64)
    spread = (rare.spread_cost <= lookup_cost) | (rare.spread_cost <= lengths)
    rare.spread(np.flatnonzero(spread))
    #: Rows known to pass the prefilter (some item with `prefilter` of its rare words).
    pre_rows = np.zeros(n_rows, dtype=bool)
    s_row, s_item, s_share = rare.spread_pairs
    pre_rows[s_row[_reaches(s_share, prefilter)]] = True
    w_rows = w_items = empty
    w_share = np.zeros(0, dtype=np.float64)
    if words is not None:  # the pairs the numbers leave: spread rows' from their shares, the others' looked up
        looked = np.flatnonzero(~spread)
        r, w_items = np.nonzero(word_ok[looked])
        w_rows = looked[r]
        kept = np.flatnonzero(word_ok[s_row, s_item])
        keys = np.concatenate([w_rows * arrays.n_items + w_items, s_row[kept] * arrays.n_items + s_item[kept]])
        values = np.concatenate([rare.shares(w_rows, w_items), s_share[kept]])
        order = np.argsort(keys, kind="stable")  # row by row, items in index order
        w_rows, w_items, w_share = keys[order] // arrays.n_items, keys[order] % arrays.n_items, values[order]
    q_share = rare.shares(q_rows, q_items)
    go = np.zeros(n_rows, dtype=bool)
    pre_rows[w_rows[_reaches(w_share, prefilter)]] = True
    pre_rows[q_rows[_reaches(q_share, prefilter)]] = True
    go[q_rows[q_share >= 1.0 - _EPS]] = True
    embed_items: dict[int, list[int]] | None = None
    if embed is not None:
        embed_items = {}
        e_share = rare.shares(e_rows, e_items)
        pre_rows[e_rows[_reaches(e_share, prefilter)]] = True
        at = np.flatnonzero(_reaches(e_share, embed[0]))
        for r, i in zip(e_rows[at].tolist(), e_items[at].tolist()):
            embed_items.setdefault(r, []).append(i)
    go |= lengths < n  # a row shorter than n is one n-gram of its own: the one-text path does it

    # 3. N-gram hits: every position whose n-gram an item has.
    firsts: dict[int, dict[tuple[str, ...], int]] = {}
    by_gram: dict[int, dict[int, float]] = {}
    positions = hrow = gslot = empty
    crow = citem = empty
    cand_w = np.zeros(0, dtype=np.float64)
    if len(arrays.gram_keys) and len(ids) >= n:
        count = len(ids) - n + 1
        ok = row_of[:count] == row_of[n - 1 :]
        if spread.any():  # rows known to fail the prefilter go no further
            ok &= (pre_rows | ~spread)[row_of[:count]]
        unknown = ids < 0  # an n-gram with a word no item has is in no item
        for k in range(n):
            ok &= ~unknown[k : k + count]
        positions = np.flatnonzero(ok)
        # Hashed where they start (few left), or everywhere by slices (most left: cheaper than gathers).
        h = _hash_at(ids, positions, n) if 2 * len(positions) < count else _hash_all(ids, n)[positions]
        # A bitmap of the index's hashes first (one gather), the sorted keys only for what passes it.
        maybe = np.flatnonzero(arrays.gram_bits[h >> _BITS_SHIFT])
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
            crow, citem, cand_w = crow[cand], citem[cand], acc[cand]
            cand = held.kept(crow, citem, numbers, lengths)
            crow, citem, cand_w = crow[cand], citem[cand], cand_w[cand]
            go[crow] = True

    # The word candidates: `words` of the item in the whole row, and in one window of a long row (only for rows
    # that do not go on anyway: such a pair has the prefilter's share, so its row passes that gate).
    if words is not None:
        at = np.flatnonzero(_reaches(w_share, prefilter) & _reaches(w_share, words) & ~go[w_rows])
        if window is not None:
            long = np.flatnonzero(lengths[w_rows[at]] > window)
            r, i = w_rows[at[long]], w_items[at[long]]
            # A row longer than the item (no piece of it) matches a word candidate only by the fuzzy rules, which
            # need every number in the window (and their precision); an item all of boilerplate has no n-gram
            # candidate to fall back on.
            whole = (lengths[r] > arrays.item_tokens[i]) & (arrays.total_weight[i] > 0)
            best = rare.best_shares(r, i, offsets, lengths, window, held, whole, precision)
            passed = np.ones(len(at), dtype=bool)
            passed[long] = best >= words - _EPS
            go[w_rows[at[passed]]] = True
        else:
            go[w_rows[at]] = True

    # 4. The prefilter of the rows that would go on and are not known to pass or fail it: an n-gram candidate's
    # own rare words first, then every item of the row.
    todo = go & ~pre_rows & ~spread
    if todo.any() and len(crow):
        at = np.flatnonzero(todo[crow])
        pre_rows[crow[at[_reaches(rare.shares(crow[at], citem[at]), prefilter)]]] = True
        todo = go & ~pre_rows & ~spread
    if todo.any():
        urow, _, share = rare.row_shares(np.flatnonzero(todo), n_rows)
        pre_rows[urow[share >= prefilter - _EPS]] = True
    go &= pre_rows

    for r, i, w in zip(crow.tolist(), citem.tolist(), cand_w.tolist()):
        if go[r]:
            by_gram.setdefault(r, {})[i] = w
    for r in np.flatnonzero(go & (lengths >= n)).tolist():
        by_gram.setdefault(r, {})
    if len(positions):
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
    # The word candidates' shares of the rows that go on: those the one-text path keeps (`words` of the item,
    # and the prefilter's share), as it compares them to its thresholds.
    shares: dict[int, dict[int, float]] = {}
    for r in np.flatnonzero(go).tolist():
        need[r] = True
        shares[r] = {}
    keep = empty
    if words is not None:
        keep = np.flatnonzero((w_share >= prefilter) & _reaches(w_share, words) & go[w_rows])
    for r, i, v in zip(w_rows[keep].tolist(), w_items[keep].tolist(), w_share[keep].tolist()):
        shares[r][i] = v
    return BatchScan(need, shares, by_gram, firsts, embed_items)
