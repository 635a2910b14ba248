"""Text normalisation that survives formatting: LaTeX, `$`, spacing, case, unicode, digit grouping.

Both sides of a comparison (a training row and a benchmark item) go through :func:`tokenize`, which
turns text into lower-case word and number tokens. Punctuation, operators, braces and LaTeX command
names disappear, so `$\\frac{1}{2}$`, `\\dfrac12` and `1/2` all become `1 2`; `[asy]` figure code is
skipped; `1,000` and `1{,}000` become `1000`. :func:`token_spans` returns the same tokens with their character
offsets in the original text, for evidence spans. :func:`batch_tokenize` gives the same tokens for a whole
batch at once (polars; the few texts its regexes cannot reproduce exactly go through :func:`tokenize`).

Example:
    >>> tokenize(r"Find $\\dfrac{m}{n}$, where   $m$ and $n$ are RELATIVELY prime.")
    ['find', 'm', 'n', 'where', 'm', 'and', 'n', 'are', 'relatively', 'prime']
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import deque
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count, islice
from operator import not_
from typing import Any

from longcot.verify.normalize import FRACTION_WORDS, SPELLING_WORDS, TENS_WORDS, number_from_words


# LaTeX commands whose name carries meaning in a problem statement; every other command is layout.
_KEPT_COMMANDS = frozenset(
    {"sqrt", "pi", "sin", "cos", "tan", "cot", "sec", "csc", "log", "ln", "exp", "angle", "triangle", "infty",
     "binom", "sum", "prod", "int", "lim", "max", "min", "gcd", "lcm", "mod", "pmod", "bmod", "cdots", "ldots",
     "dots", "circ"}
)  # fmt: skip

# The token regex of the offsets path: a LaTeX command (dropped unless kept), a word, or a number (digit
# groups `1,000` / `1{,}000` and decimals kept whole).
# A number, its digits grouped by commas (`1,000`) or not. A group is three digits and no more: `[0,2020]` is 0 and
# 2020, never 0202 and 0. Rust regex has no lookahead, so the batch path tokenises a text with a comma before four
# digits or more (`_RUST_LONG_GROUP`, rare) through `tokenize`.
_RUST_NUMBER = r"\d+(?:(?:,|\{,\})\d{3})*(?:\.\d+)?"
_NUMBER = r"\d+(?:(?:,|\{,\})\d{3}(?!\d))*(?:\.\d+)?"
_RUST_LONG_GROUP = r"\d(?:,|\{,\})\d{4}"
_TOKEN = re.compile(r"\\[A-Za-z]+|[^\W\d_]+|" + _NUMBER)
# The fast path blanks layout commands out first, then needs no per-token check.
_LAYOUT = re.compile(r"\\(?!(?:" + "|".join(sorted(_KEPT_COMMANDS, key=len, reverse=True)) + r")(?![a-z]))[a-z]+")
_WORDS_ASCII = re.compile(r"[a-z]+|" + _NUMBER)
_WORDS = re.compile(r"[^\W\d_]+|" + _NUMBER)
# A non-ASCII letter or digit (only then does the fast path need Unicode classes), and a grouped number.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
# A non-ASCII letter or digit other than a lower-case basic Greek letter.
_NON_GREEK_WORD = re.compile(r"[^\W\x00-\x7f\u03b1-\u03c9]")
_GROUPED = re.compile(r"\d(?:,|\{,\})\d{3}")
_ASY = re.compile(r"\[asy\].*?(?:\[/asy\]|$)", re.DOTALL | re.IGNORECASE)
# `\frac12`, `\dfrac 34`: a fraction of two one-digit arguments written without braces.
_FRAC_DIGITS = re.compile(r"\\[dt]?frac\s*([0-9])([0-9])([0-9]*)")
_RUST_FRAC_DIGITS = _FRAC_DIGITS.pattern

# Characters mapped one-to-one (offsets stay valid): superscript and subscript digits, fullwidth digits.
_ONE_TO_ONE = str.maketrans(
    {**{c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}, **{c: str(i) for i, c in enumerate("₀₁₂₃₄₅₆₇₈₉")},
     **{chr(0xFF10 + i): str(i) for i in range(10)}}
)  # fmt: skip


def _clean(token: str) -> str | None:
    """Map one raw token (original case) to its normal form, or None to drop it."""
    if token[0] == "\\":
        name = token[1:].lower()
        return name if name in _KEPT_COMMANDS else None
    if token[0].isdigit():
        return token.replace("{,}", "").replace(",", "") if "," in token else token
    return _fold(token)


def _fold(word: str) -> str:
    """Lower-case ASCII form of a word token (accents dropped; other scripts casefolded)."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower() or word.casefold()


_SPECIAL_DIGITS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉０-９]")
# The same mapping as pairs: a `str.replace` per digit present is much faster than `translate` on long text.
_SPECIAL_PAIRS = tuple((chr(k), v) for k, v in _ONE_TO_ONE.items())


def _special_digits(text: str) -> str:
    for special, digit in _SPECIAL_PAIRS:
        if special in text:
            text = text.replace(special, digit)
    return text


def _prepare(text: str) -> str:
    if not text.isascii():
        text = _special_digits(text)
    if "[asy]" in text or "[ASY]" in text:
        # Blank the figure code out with spaces so offsets into the original text stay valid.
        text = _ASY.sub(lambda m: " " * len(m.group(0)), text)
    if "frac" in text:
        text = _FRAC_DIGITS.sub(_split_frac, text)
    return text


def _split_frac(m: re.Match[str]) -> str:
    # `\frac12` is 1/2 and `\frac345` is 3/4 times 5: the two digits are two numbers, what follows
    # another. The command is layout (blanked anyway); the replacement keeps the length, so offsets into
    # the original text stay valid (to a character or two).
    rest = m.group(3)
    tail = f"{m.group(1)} {m.group(2)}" + (f" {rest}" if rest else "")
    return " " * (m.end() - m.start() - len(tail)) + tail


def tokenize(text: str) -> list[str]:
    """Split `text` into normalised word and number tokens (the fast path: no offsets).

    Args:
        text: Any text: a problem, a chain of thought, a completion.

    Returns:
        Lower-case ASCII word tokens and number tokens, in order.
    """
    if not text:
        return []
    prepared = _prepare(text)
    lowered = prepared.lower()
    if len(lowered) != len(prepared):  # a few letters lower-case to two characters: go token by token
        return token_spans(text)[0]
    if "\\" in lowered:
        lowered = _LAYOUT.sub(" ", lowered)
    letters = lowered.isascii() or not _NON_ASCII_WORD.search(lowered)
    out = (_WORDS_ASCII if letters else _WORDS).findall(lowered)
    if "," in prepared and _GROUPED.search(prepared):
        out = [t.replace("{,}", "").replace(",", "") if "," in t else t for t in out]
    if not letters:
        # The non-ASCII tokens, found at C level (a long text has tens of thousands of tokens).
        for i in list(compress(count(), map(not_, map(str.isascii, out)))):
            out[i] = _fold(out[i])
    return out


def token_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Like :func:`tokenize`, with the `(start, end)` character span of each token in `text`.

    Args:
        text: The original text.

    Returns:
        The tokens (identical to ``tokenize(text)``) and their spans in the original text.
    """
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    if not text:
        return tokens, spans
    for m in _TOKEN.finditer(_prepare(text)):
        tok = _clean(m.group(0))
        if tok:
            tokens.append(tok)
            spans.append(m.span())
    return tokens, spans


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def char_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Character span in `text` of the tokens `[start, end)` (as numbered by :func:`tokenize`).

    Args:
        text: The original text.
        start: First token index.
        end: One past the last token index (clipped to the number of tokens).

    Returns:
        `(first character, one past the last character)`; `(0, len(text))` for a text without tokens.
    """
    begin = last = None
    i = 0
    prepared = _prepare(text)
    lowered = prepared.lower()
    ascii_words = lowered.isascii() or not _NON_ASCII_WORD.search(lowered)
    if len(lowered) == len(prepared) and (ascii_words or not _NON_GREEK_WORD.search(lowered)):
        # The fast path's tokens, with offsets: layout commands blanked out, not removed (basic Greek
        # letters are one to one under `lower` and `_fold` never drops a token: the same numbering).
        words = _WORDS_ASCII if ascii_words else _WORDS
        if "\\" in lowered:
            lowered = _LAYOUT.sub(_blank, lowered)
        # The tokens are skipped over at C level: the first of the span, then the last (or the text's last).
        found = words.finditer(lowered)
        first = next(islice(found, start, None), None)
        if first is None:
            # Fewer than `start` tokens: the span of the last token, as the slow path gives.
            tail = deque(words.finditer(lowered), maxlen=1)
            return (0, tail[0].end()) if tail else (0, len(text))
        begin, last = first.start(), first.end()
        if begin and lowered[begin - 1] == "\\" and "a" <= lowered[begin] <= "z":
            begin -= 1  # a kept command: its span starts at the backslash
        tail = deque(islice(found, max(end - start, 1) - 1), maxlen=1)
        return begin, tail[0].end() if tail else last
    for m in _TOKEN.finditer(prepared):
        if _clean(m.group(0)) is None:
            continue
        if i == start:
            begin = m.start()
        last = m.end()
        i += 1
        if i >= end and begin is not None:
            break
    if begin is None:
        return (0, len(text)) if last is None else (0, last)
    return begin, last


def normalize(text: str) -> str:
    """The normal form of `text`: its tokens joined by single spaces.

    Example:
        >>> normalize(r"What is $\\frac{1}{2}$ of 1,000?") == normalize("what is 1/2 of 1000")
        True
    """
    return " ".join(tokenize(text))


def numbers(tokens: list[str]) -> set[str]:
    """The numeric constants among `tokens` (as normalised strings, decimals kept whole)."""
    return {t for t in set(tokens) if t[0].isdigit()}  # each distinct token looked at once (C-level `set`)


#: Words that name a number of degrees: `a right angle at A` is the item's `\angle A = 90^\circ`.
ANGLE_WORDS = frozenset({"angle", "angles"})
_ANGLES = {"right": "90", "straight": "180"}
#: What a run of spelled numbers can hold or end with, for the batch scan's runs.
SPELLED_RUN_WORDS = SPELLING_WORDS | FRACTION_WORDS.keys() | ANGLE_WORDS


def spelled_numbers(tokens: list[str]) -> set[str]:
    """The numbers `tokens` spell in words (`nine` 9, `twenty four` 24, `two thousand twenty four` 2024).

    A run of number words is read as the longest numbers it spells from left to right (their words in English
    order: `five five` is 5 twice, `one or four` 1 and 4). An `and` inside a run is ambiguous, as a comma between
    digit groups is: `three hundred and five` is 305, `between one thousand and one thousand` is 1000 twice, not
    1001 and a stray `thousand`; both readings count (the run whole, and each part between its `and`s). A
    fraction in words holds its denominator (`five twelfths` 5 and 12, `eleven twenty-fifths` 11 and 25, and 20
    and 5: twenty fifths; `a quarter` 1 and 4), and `right angle` holds 90 (`straight angle` 180). A text that
    writes a problem's numbers in words holds them.

    Example:
        >>> sorted(spelled_numbers(["two", "thousand", "twenty", "four", "and", "nine", "km"]), key=int)
        ['9', '2024']
        >>> sorted(spelled_numbers(["one", "thousand", "and", "one", "thousand"]), key=int)
        ['1000', '1001']
        >>> sorted(spelled_numbers(["eleven", "twenty", "fifths", "of", "a", "third"]), key=int)
        ['1', '3', '5', '11', '20', '25']
    """
    if SPELLED_RUN_WORDS.isdisjoint(tokens):
        return set()
    out: set[str] = set()
    # Only the stretches of run words and `and`s are read (found at C level), each from the token before it (`a
    # third`, `right angle`) to an end: any other token ends a run and only becomes the next one's `before`, so
    # the stretches read alone give what the whole text read token by token does. Most tokens are no run word.
    at = list(compress(count(), map(_RUN_OR_AND.__contains__, tokens)))
    first = 0
    for k in range(1, len(at) + 1):
        if k == len(at) or at[k] != at[k - 1] + 1:  # the stretch at[first:k] ends
            lo, hi = at[first], at[k - 1] + 1
            if not SPELLED_RUN_WORDS.isdisjoint(tokens[lo:hi]):  # (`and`s alone read as nothing)
                _read_runs(tokens[lo:hi], tokens[lo - 1] if lo else "", out)
            first = k
    return out


#: The tokens a run of spelled numbers is read through (`three hundred and five`).
_RUN_OR_AND = SPELLED_RUN_WORDS | {"and"}


def _read_runs(tokens: Sequence[str], before: str, out: set[str]) -> None:
    """Add to `out` the numbers `tokens` spell (see :func:`spelled_numbers`), `before` the token before them."""
    run: list[str] = []
    for token in (*tokens, ""):
        if token in SPELLING_WORDS or (token == "and" and run):  # `and` joins them: `three hundred and five`
            run.append(token)
            before = token
            continue
        while run and run[-1] == "and":
            run.pop()
        _longest_numbers(run, out)
        if "and" in run:  # the other reading: `and` between two numbers
            part: list[str] = []
            for word in (*run, "and"):
                if word == "and":
                    _longest_numbers(part, out)
                    part = []
                else:
                    part.append(word)
        denominator = FRACTION_WORDS.get(token)
        if denominator is not None and (run or before in ("a", "an")):
            out.add(str(denominator))
            if not run:
                out.add("1")  # `a third`
            elif run[-1] in TENS_WORDS and denominator < 10:
                out.add(str(TENS_WORDS[run[-1]] + denominator))  # `twenty-fifths`
        elif token in ANGLE_WORDS and before in _ANGLES:
            out.add(_ANGLES[before])
        run = []
        before = token


def _longest_numbers(run: list[str], out: set[str]) -> None:
    """Add to `out` the longest numbers `run` (number words, maybe `and`) spells from each word on, left to right."""
    i = 0
    while i < len(run):  # `two thousand twenty four and nine`: 2024, 9
        for j in range(min(len(run), i + 12), i, -1):
            value = number_from_words(" ".join(run[i:j])) if run[j - 1] != "and" else None
            if value is not None:
                out.add(str(value))
                break
        i = j if value is not None else i + 1


#: Polygons named by their number of sides (`octagon` is an 8-gon): a problem on a regular octagon is not one on a
#: regular hexagon, however alike the rest of the two texts. `square`, `triangle` and the like are left out: their
#: words have other senses (`square root`, `triangular number`) or paraphrases say them otherwise.
POLYGON_SIDES: dict[str, str] = {
    name + plural: sides
    for name, sides in (
        ("pentagon", "5"), ("hexagon", "6"), ("heptagon", "7"), ("septagon", "7"), ("octagon", "8"),
        ("nonagon", "9"), ("enneagon", "9"), ("decagon", "10"), ("hendecagon", "11"), ("undecagon", "11"),
        ("dodecagon", "12"), ("icosagon", "20"),
    )
    for plural in ("", "s")
}  # fmt: skip


def polygon_numbers(tokens: Sequence[str]) -> set[str]:
    """The numbers of sides of the polygons `tokens` name (`regular octagon`: 8).

    Example:
        >>> sorted(polygon_numbers(["a", "regular", "octagon", "and", "two", "pentagons"]), key=int)
        ['5', '8']
    """
    return {POLYGON_SIDES[t] for t in POLYGON_SIDES.keys() & set(tokens)}


def text_numbers(tokens: list[str]) -> set[str]:
    """What a text "has" for the embedding signal's number gate: its number readings and the numbers it spells."""
    return number_readings(numbers(tokens)) | spelled_numbers(tokens)


@lru_cache(maxsize=1 << 16)
def list_reading(token: str) -> tuple[str, ...] | None:
    """The numbers a digit-grouped number token also reads as, when its commas separated a list.

    A comma between digit groups is ambiguous in scraped text: `200,240,300` is one grouped number
    (`200240300`, the normal form) or the list 200, 240, 300. A token reads as a list when its 3-digit
    groups (from the right) start with no 0 (`1,000` is a thousand, never the list 1, 000).

    Example:
        >>> list_reading("200240300"), list_reading("1000"), list_reading("12")
        (('200', '240', '300'), None, None)
    """
    if len(token) < 4 or not token.isdigit() or token[0] == "0":
        return None
    head = len(token) % 3 or 3
    parts = (token[:head], *(token[i : i + 3] for i in range(head, len(token), 3)))
    return None if any(p[0] == "0" for p in parts) else parts


def number_readings(found: set[str]) -> set[str]:
    """`found` numbers with every other reading of each (see :func:`list_reading`): what a text "has"."""
    out = set(found)
    for x in found:
        parts = list_reading(x)
        if parts is not None:
            out.update(parts)
    return out


def holds_number(have: set[str] | frozenset[str], x: str) -> bool:
    """Whether a text with the number readings `have` (:func:`number_readings`) holds the number `x`.

    Either reading counts: `x` itself, or every number of its list reading (an item's `200,240,300` is
    held by a text listing 200, 240 and 300).
    """
    if x in have:
        return True
    parts = list_reading(x)
    return parts is not None and all(p in have for p in parts)


# Batch tokenisation (polars, Rust regex). Rust regex has no lookahead: LaTeX commands are tokens of their
# own (with a Greek-led run right after them, which `tokenize` reads as part of a kept command's word), and
# each distinct one is kept (its name) or dropped afterwards (see `_command_token`).
# Basic Greek letters are the one non-ASCII script the batch path does: one to one under `lower` (in
# Python and Rust alike), no NFKD decomposition, so `_fold` of a token holding them depends only on the
# letters themselves (final sigma included: `casefold` maps it to sigma, and ASCII folding drops it).
_GREEK = "\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9"
_RUST_TOKENS = r"\\[a-z]+(?:[\u03b1-\u03c9][a-z\u03b1-\u03c9]*)?|[a-z\u03b1-\u03c9]+|" + _RUST_NUMBER
_COMMAND = re.compile(r"\\([a-z]+)(.*)", re.DOTALL)
# Text the batch regexes cannot reproduce exactly goes through `tokenize`: a non-ASCII letter or digit of any
# kind but basic Greek (Rust's `\w` and `\p{N}` together hold every character Python's `\w` does).
_RUST_NON_ASCII_WORD = r"[\w\p{N}&&[^\x00-\x7F" + _GREEK + "]]"
_RUST_ASY = r"(?is)\[asy\].*?(?:\[/asy\]|$)"


def _command_token(token: str) -> str | None:
    """What `tokenize` makes of a command token of the batch regex: a kept command's word, else what follows it.

    `\\sqrt` is `sqrt`; `\\frac` is dropped (None); `\\piα` is the word `piα` (a kept name then a letter that
    is no `[a-z]`); `\\alphaβ` is `β` (the layout command goes, the Greek letter stays).
    """
    m = _COMMAND.fullmatch(token)
    if m is None:
        return token
    name, rest = m.groups()
    return name + rest if name in _KEPT_COMMANDS else rest or None


class BatchTokens:
    """The tokens of a batch of texts as arrays: every distinct token once, and one code per occurrence.

    Attributes:
        vocab: The distinct tokens (normal forms, as :func:`tokenize` gives them).
        codes: `vocab` index of every token of every row, rows one after the other (numpy uint32).
        offsets: Row `i` holds `codes[offsets[i]:offsets[i + 1]]` (numpy int64, one more than the rows).
        hard: Rows without tokens (None texts): no codes. A text the batch regexes cannot reproduce exactly
            (a non-ASCII letter or digit but basic Greek) is tokenised by :func:`tokenize` and coded alike.
    """

    def __init__(self, vocab: list[str], codes: Any, offsets: Any, hard: list[bool]) -> None:
        import numpy as np

        self.vocab = vocab
        self.codes = codes
        self.offsets = offsets
        self.hard = hard
        self._words = np.array(vocab, dtype=object)

    def __len__(self) -> int:
        return len(self.hard)

    def tokens(self, i: int) -> list[str] | None:
        """Tokens of row `i` (each distinct token one shared string), or None for a hard row."""
        if self.hard[i]:
            return None
        return self._words[self.codes[self.offsets[i] : self.offsets[i + 1]]].tolist()

    def all_tokens(self) -> list[list[str] | None]:
        """Tokens of every row (None for the hard ones), equal to :func:`tokenize` of each."""
        words = self._words[self.codes].tolist()
        bounds = self.offsets.tolist()
        out: list[list[str] | None] = []
        # Without the cyclic collector meanwhile: each of its passes would walk every token list built so far
        # (a batch holds a million tokens), and lists of strings make no cycle.
        enabled = gc.isenabled()
        gc.disable()
        try:
            for i, hard in enumerate(self.hard):
                out.append(None if hard else words[bounds[i] : bounds[i + 1]])
        finally:
            if enabled:
                gc.enable()
        return out


def batch_tokenize(texts: Sequence[str | None]) -> list[list[str] | None]:
    """:func:`tokenize` over a batch at once, in polars; None for None.

    Gives the same tokens as :func:`tokenize` for every text: polars for text with no non-ASCII letter or
    digit but basic Greek letters, :func:`tokenize` itself for the others.
    """
    return batch_tokens(texts).all_tokens()


def batch_tokens(texts: Sequence[str | None]) -> BatchTokens:
    """The tokens of a batch as :class:`BatchTokens` (polars, Rust regex; no Python list per row).

    Every row gets the same tokens as :func:`tokenize`: from the Rust regexes when they reproduce it exactly
    (no non-ASCII letter or digit but basic Greek letters), else from :func:`tokenize` (a few rows); only None
    texts are marked `hard`.
    """
    import numpy as np
    import polars as pl

    text = pl.col("t")
    # Superscript, subscript and fullwidth digits first (one to one, like `_prepare`); `isascii` is O(1).
    prepared_texts = [t if t is None or t.isascii() else _special_digits(t) for t in texts]
    # Only a non-ASCII text can hold a letter or digit the regexes cannot do exactly: those go through `tokenize`.
    other = [i for i, t in enumerate(prepared_texts) if t is not None and not t.isascii()]
    rows: list[int] = []
    if other:
        found = pl.Series([prepared_texts[i] for i in other], dtype=pl.String).str.contains(_RUST_NON_ASCII_WORD)
        rows = [i for i, f in zip(other, found.to_list()) if f]
    # A comma before four digits or more (`[0,2020]`): the Rust regex would read a group of three (see `_NUMBER`).
    long_group = pl.Series(prepared_texts, dtype=pl.String).str.contains(_RUST_LONG_GROUP).fill_null(False)
    rows = sorted({*rows, *np.flatnonzero(long_group.to_numpy()).tolist()})
    for i in rows:
        prepared_texts[i] = None
    frame = pl.DataFrame({"t": _chunked(prepared_texts)})
    asy = text.str.contains("[asy]", literal=True) | text.str.contains("[ASY]", literal=True)
    unasy = pl.when(asy).then(text.str.replace_all(_RUST_ASY, " ")).otherwise(text)
    prepared = unasy.str.replace_all(_RUST_FRAC_DIGITS, " $1 $2 $3").str.to_lowercase()
    tokens = frame.select(tokens=prepared.str.extract_all(_RUST_TOKENS)).to_series()
    hard = [t is None for t in texts]
    lengths = tokens.list.len().fill_null(0).to_numpy().astype(np.int64)
    categories = pl.Categories.random()
    # The categorical Series stays referenced until the categories are read (they live as long as it does).
    flat = tokens.explode().drop_nulls().cast(pl.Categorical(categories))
    codes = flat.to_physical().to_numpy()
    # `to_series` orders the categories by physical value: `vocab[code]` is the token.
    vocab = categories.to_series().to_list()
    del flat
    if len(codes) and (int(codes.max()) >= len(vocab) or None in vocab):  # never seen; to be safe
        raise RuntimeError("polars categories out of step with their codes")
    # LaTeX commands, digit groups and Greek letters, per distinct token (the same as `tokenize` does per
    # occurrence: a token holding a comma or a Greek letter only comes from a text where `tokenize` fixes it).
    words = [_command_token(v) if v[0] == "\\" else v for v in vocab]
    if any(w is None for w in words):  # layout commands: their occurrences go
        dropped = np.fromiter((w is None for w in words), dtype=bool, count=len(words))
        keep = ~dropped[codes]
        lengths = np.bincount(np.repeat(np.arange(len(lengths)), lengths)[keep], minlength=len(lengths))
        renumber = np.cumsum(~dropped) - 1
        codes = renumber[codes[keep]].astype(codes.dtype)
        words = [w for w in words if w is not None]
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    vocab = [_fix_token(v) if ("," in v or not v.isascii()) else v for v in words]  # type: ignore[union-attr]
    if rows:  # the texts the batch regexes cannot do exactly (other scripts): tokenised here, coded alike
        codes, offsets, vocab = _add_rows(codes, offsets, vocab, {i: tokenize(texts[i]) for i in rows})  # type: ignore[arg-type]
    return BatchTokens(vocab, codes, offsets, hard)


def _add_rows(codes: Any, offsets: Any, vocab: list[str], added: dict[int, list[str]]) -> tuple[Any, Any, list[str]]:
    """`codes` and `offsets` with the tokens of some rows (empty so far) put in, new tokens appended to `vocab`."""
    import numpy as np

    code_of = {v: k for k, v in enumerate(vocab)}
    vocab = list(vocab)
    for tokens in added.values():
        for t in tokens:
            if t not in code_of:
                code_of[t] = len(vocab)
                vocab.append(t)
    lengths = np.diff(offsets)
    new_lengths = lengths.copy()
    for i, tokens in added.items():
        new_lengths[i] = len(tokens)
    new_offsets = np.zeros(len(offsets), dtype=np.int64)
    np.cumsum(new_lengths, out=new_offsets[1:])
    out = np.empty(int(new_offsets[-1]), dtype=codes.dtype if len(codes) else np.uint32)
    # Each row's codes move by what the rows before it gained.
    out[np.arange(len(codes)) + np.repeat(new_offsets[:-1] - offsets[:-1], lengths)] = codes
    for i, tokens in added.items():
        out[new_offsets[i] : new_offsets[i + 1]] = [code_of[t] for t in tokens]
    return out, new_offsets, vocab


def _fix_token(token: str) -> str:
    if "," in token:
        token = token.replace("{,}", "").replace(",", "")
    return token if token.isascii() else _fold(token)


def _chunked(texts: list[str | None]) -> Any:
    """`texts` as a polars String Series in one chunk per thread, of about equal length in characters.

    Polars runs a string expression over the chunks of a Series in parallel, not over one chunk.
    """
    import polars as pl

    parts = pl.thread_pool_size()
    total = sum(len(t) for t in texts if t is not None)
    if parts < 2 or len(texts) < 2 * parts or total == 0:
        return pl.Series("t", texts, dtype=pl.String)
    chunks = []
    start = size = 0
    for i, t in enumerate(texts):
        size += len(t) if t is not None else 0
        if size * parts >= total * (len(chunks) + 1) and len(chunks) < parts - 1:
            chunks.append(pl.Series("t", texts[start : i + 1], dtype=pl.String))
            start = i + 1
    chunks.append(pl.Series("t", texts[start:], dtype=pl.String))
    return pl.concat(chunks, rechunk=False)
