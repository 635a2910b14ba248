"""Signals for one (row text, benchmark item) pair, and the evidence behind them.

Each function is small and pure so the calibration can look at them one by one:

- :func:`coverage`: the weighted share of the item's n-grams found in the row, and the longest
  matched run (weighted), with where it sits in the row.
- :func:`window`: the part of a long row where the item's n-grams cluster (a copy buried in a chain
  of thought), for the fuzzy, numeric and answer signals.
- :func:`fuzzy`: character-level alignment (rapidfuzz `partial_ratio`) of the item against the window.
- :func:`number_overlap`: the share of the item's numeric constants the window keeps; rephrasings keep
  them, a renumbered problem is a different problem; :func:`replaced_number`: a distinctive number of the
  window's own (with one of the item's missing, a changed datum).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from longcot.contamination.index import COMMON_NUMBERS, IndexedItem
from longcot.contamination.normalize import holds_number, numbers, spelled_numbers


@dataclass(frozen=True)
class Coverage:
    """How much of an item a row contains.

    Attributes:
        share: Weighted share of the item's n-grams found in the row (0..1).
        longest: Weighted share of the longest run of consecutive matched item n-grams (0..1).
        item_span: `[start, end)` token positions of that run in the item.
        row_positions: Row token positions of the matched n-grams (first occurrence), sorted.
        item_region: `[start, end)` item tokens from the first to the last matched n-gram.
    """

    share: float
    longest: float
    item_span: tuple[int, int]
    row_positions: list[int]
    item_region: tuple[int, int] = (0, 0)


def coverage(item: IndexedItem, row_grams: set[tuple[str, ...]], row_first: Mapping[tuple[str, ...], int]) -> Coverage:
    """Weighted coverage of `item` by a row's n-grams, with the longest matched run.

    Args:
        item: The indexed benchmark item.
        row_grams: Distinct n-grams of the row.
        row_first: Position of the first occurrence of each row n-gram.

    Returns:
        The coverage, with spans for evidence.
    """
    total = item.total_weight
    if total <= 0:
        return Coverage(0.0, 0.0, (0, 0), [])
    matched = run = best = 0.0
    run_start = best_start = best_end = 0
    first_i = last_i = -1
    positions: list[int] = []
    for i, (gram, w) in enumerate(zip(item.grams, item.weights)):
        if gram in row_grams:
            matched += w
            if run == 0.0:
                run_start = i
            run += w
            if run > best:
                best, best_start, best_end = run, run_start, i + 1
            positions.append(row_first[gram])
            if first_i < 0:
                first_i = i
            last_i = i
        else:
            run = 0.0
    n = len(item.tokens) - len(item.grams) + 1  # the n-gram order
    positions.sort()
    region = (first_i, last_i + n) if first_i >= 0 else (0, 0)
    return Coverage(matched / total, best / total, (best_start, best_end + n - 1), positions, region)


def window(positions: Sequence[int], n_item: int, n_row: int) -> tuple[int, int]:
    """The `[start, end)` row token range where the matched positions cluster most densely.

    The cluster is the largest set of positions within a span of twice the item length; the window
    pads it by half an item on both sides.

    Args:
        positions: Sorted row positions of matched n-grams.
        n_item: Item length in tokens.
        n_row: Row length in tokens.
    """
    if not positions:
        return 0, min(n_row, 2 * n_item)
    span = 2 * n_item
    best_i = best_j = 0
    i = 0
    for j in range(len(positions)):
        while positions[j] - positions[i] > span:
            i += 1
        if j - i > best_j - best_i:
            best_i, best_j = i, j
    pad = n_item // 2 + 1
    return max(0, positions[best_i] - pad), min(n_row, positions[best_j] + pad + 5)


def fuzzy(item: IndexedItem, row_text: str) -> tuple[float, tuple[int, int]]:
    """Best character alignment of the item inside `row_text` (normal forms), as a 0..1 score.

    A row much shorter than the item (a truncated copy) is scored against the item's prefix of the
    same length scaled by the share of the item it covers, so a short generic sentence never aligns
    perfectly.

    Returns:
        The score and the `[start, end)` character span of the alignment in `row_text`.
    """
    if not row_text:
        return 0.0, (0, 0)
    res = fuzz.partial_ratio_alignment(item.text, row_text)
    if res is None:
        return 0.0, (0, 0)
    if len(row_text) < len(item.text):
        scale = len(row_text) / len(item.text)
        return res.score / 100 * scale, (res.dest_start, res.dest_end)
    # partial_ratio aligns the shorter string in the longer one: the item is the shorter here.
    return res.score / 100, (res.dest_start, res.dest_end)


def number_overlap(item: IndexedItem, window_numbers: set[str], region: tuple[int, int] | None = None) -> float:
    """Share of the item's numeric constants present in the window (1.0 when there are none to check).

    A number counts as present under either reading of a comma between digit groups (see
    :func:`~longcot.contamination.normalize.list_reading`): `200,240,and 300` holds 200, 240 and 300.

    Args:
        item: The benchmark item.
        window_numbers: Number readings of the row window (:func:`~.normalize.number_readings`).
        region: Only count the item's numbers in these `[start, end)` tokens (the part a truncated copy
            covers); None counts all of them.
    """
    wanted = item.numbers if region is None else numbers(item.tokens[region[0] : region[1]])
    if not wanted:
        return 1.0
    return sum(1 for x in wanted if holds_number(window_numbers, x)) / len(wanted)


def number_precision(item: IndexedItem, window_numbers: set[str]) -> float:
    """Share of the window's distinct numbers (as written, not their readings) that are the item's.

    A window number is the item's when either reading of it is (1.0 for a window without numbers).
    """
    if not window_numbers:
        return 1.0
    mine = item.number_readings
    return sum(1 for x in window_numbers if holds_number(mine, x)) / len(window_numbers)


def replaced_number(item: IndexedItem, window_tokens: list[str]) -> bool:
    """Whether the window states a distinctive number (not 0-12, not a power of ten) that is none of the item's.

    Numbers are read as written and as spelled in words; a digit-grouped one is the item's when either reading
    is (:func:`~.normalize.holds_number`), and `008` is 8. With an item number missing, such a number is the changed
    datum of a sibling problem (`radius 7` where the item has 5), not the rewording of a paraphrase.
    """
    mine = item.number_readings
    found = numbers(window_tokens) | spelled_numbers(window_tokens)
    # A digit string with leading zeros (`008`, a grid's row) is its number (8).
    found = {x.lstrip("0") or "0" if x.isdigit() else x for x in found}
    return any(x not in COMMON_NUMBERS and not holds_number(mine, x) for x in found)


def answer_present(item: IndexedItem, window_text: str) -> bool:
    """Whether the item's gold answer appears (as whole tokens) in the window's normal form."""
    return bool(item.answer) and f" {item.answer} " in f" {window_text} "


def math_share(item: IndexedItem, window_text: str) -> float | None:
    """Share of the item's formula tokens whose formula appears whole in the window's normal form.

    A formula is one `$...$`, `$$...$$`, `\\(...\\)` or `\\[...\\]` segment of the problem, as tokens;
    None when the item has no formula.
    """
    if not item.formulas:
        return None
    padded = f" {window_text} "
    total = sum(n for _, n in item.formulas)
    return sum(n for f, n in item.formulas if f" {f} " in padded) / total
