"""Exact token counts of byte-level BPE tokenizers on tiktoken, about 5x less CPU than the Rust tokenizer.

`student_length` must count exactly what `len(tokenizer.apply_chat_template(..., tokenize=True))` counts.
For a byte-level BPE tokenizer (GPT-2, Qwen2/2.5/3, Llama 3, DeepSeek, ...) the same tokens come out of
`tiktoken` when it is given the tokenizer's own parts, and tiktoken's BPE is several times faster:

- mergeable ranks: the vocabulary, its byte-level characters mapped back to bytes (GPT-2's
  `bytes_to_unicode`), rank = token id;
- the pre-tokenizer's split regex (a `Split` regex then `ByteLevel(use_regex=False)`, or `ByteLevel` with
  its own GPT-2 regex);
- the added tokens, split off first exactly as the Rust `AddedVocabulary` does: leftmost-longest on the raw
  text for tokens with `normalized: false`, then on each normalized piece for the others;
- the normalizer (none, or NFC) applied with `unicodedata` to each piece between added tokens.

**Why the BPE is the same.** The Rust BPE merges the pair of lowest merge index (leftmost on ties); tiktoken
merges the pair whose concatenation has the lowest rank, and returns a piece that is itself a token whole.
Both are the same greedy process when (1) the merges' result ids strictly increase in merge order, so on
merge pairs the two priorities order alike, and (2) every token of the vocabulary, BPE-encoded alone by the
tokenizer's own model, comes out as itself. If tiktoken ever merged a pair (u, v) that is not a merge, look
at the span of u + v = t: no merge crossed its edges, so the merges inside it were the tokenizer's own greedy
run on t alone, which therefore ends at [u, v], not [t], against (2). (2) also covers tiktoken's
whole-piece shortcut. :func:`tiktoken_counter` checks both (about 2 s for 150k tokens) and everything
else it relies on, and says why when a tokenizer does not qualify; `student_length` then uses the Rust
tokenizer's batch encode.

**Unicode versions.** Python's `unicodedata` (NFC) and the regex engines of tiktoken and of `tokenizers`
each carry their own Unicode tables. Normalization of assigned characters is stable across versions, and a
scan of every code point in several contexts found no count that differs
(`python bench/curation_bench.py --part codepoints`); a text with a code point this Python does not know
(assigned after its Unicode version) is counted by the Rust tokenizer instead.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


#: The GPT-2 pre-tokenizer regex of `ByteLevel(use_regex=True)` (tokenizers' `byte_level.rs`).
GPT2_PATTERN = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"


class NotConvertible(Exception):
    """The tokenizer cannot be counted exactly on tiktoken; the message says why."""


@lru_cache(maxsize=1)
def _byte_decoder() -> dict[str, int]:
    """GPT-2's `bytes_to_unicode`, inverted: the character a byte-level vocabulary writes for each byte."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    chars = printable[:]
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {chr(c): b for b, c in zip(printable, chars, strict=True)}


def _pattern(pre_tokenizer: dict[str, Any] | None) -> str:
    """The split regex of a byte-level pre-tokenizer, or NotConvertible."""
    if pre_tokenizer is None:
        raise NotConvertible("no pre-tokenizer")
    kind = pre_tokenizer.get("type")
    if kind == "ByteLevel":
        if pre_tokenizer.get("add_prefix_space"):
            raise NotConvertible("ByteLevel pre-tokenizer adds a prefix space")
        if not pre_tokenizer.get("use_regex", True):
            raise NotConvertible("ByteLevel pre-tokenizer without a split regex")
        return GPT2_PATTERN
    if kind != "Sequence":
        raise NotConvertible(f"pre-tokenizer {kind!r}")
    parts = pre_tokenizer.get("pretokenizers") or []
    if len(parts) != 2 or parts[0].get("type") != "Split" or parts[1].get("type") != "ByteLevel":
        raise NotConvertible(f"pre-tokenizer sequence {[p.get('type') for p in parts]} (needs [Split, ByteLevel])")
    split, byte_level = parts
    if byte_level.get("add_prefix_space") or byte_level.get("use_regex", True):
        raise NotConvertible("the ByteLevel after Split adds a prefix space or splits again")
    if split.get("behavior") != "Isolated" or split.get("invert"):
        raise NotConvertible(f"Split behavior {split.get('behavior')!r} (invert={split.get('invert')!r})")
    pattern = (split.get("pattern") or {}).get("Regex")
    if not isinstance(pattern, str):
        raise NotConvertible("Split on a literal string, not a regex")
    return pattern


def _normalizer(normalizer: dict[str, Any] | None) -> str | None:
    """`"NFC"` or None (no normalizer), or NotConvertible."""
    if normalizer is None:
        return None
    kind = normalizer.get("type")
    if kind == "NFC":
        return "NFC"
    if kind == "Sequence" and [n.get("type") for n in normalizer.get("normalizers", [])] in ([], ["NFC"]):
        return "NFC" if normalizer["normalizers"] else None
    raise NotConvertible(f"normalizer {kind!r}")


def _alternation(tokens: list[str]) -> re.Pattern[str] | None:
    """Leftmost-longest matching of literal tokens (longest first: a regex alternation takes the first that fits)."""
    if not tokens:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(set(tokens), key=lambda t: (-len(t), t))))


@dataclass
class TiktokenCounter:
    """Counts tokens as the tokenizer's Rust backend encodes them (`add_special_tokens=False`), on tiktoken.

    Build it with :func:`tiktoken_counter`, which checks the tokenizer converts exactly.
    """

    encoding: Any  # tiktoken.Encoding
    raw_added: re.Pattern[str] | None  # added tokens matched before normalization
    normalized_added: re.Pattern[str] | None  # added tokens matched on normalized pieces
    normalization: str | None
    threads: int = 1

    def _pieces(self, text: str) -> tuple[int, list[str]]:
        """(added tokens in `text`, the ordinary pieces between them, normalized)."""
        specials = 0
        raw_pieces = [text]
        if self.raw_added is not None:
            raw_pieces = self.raw_added.split(text)
            specials += len(raw_pieces) - 1
        pieces: list[str] = []
        for piece in raw_pieces:
            if not piece:
                continue
            if self.normalization is not None and not piece.isascii():
                piece = unicodedata.normalize(self.normalization, piece)
            if self.normalized_added is not None:
                parts = self.normalized_added.split(piece)
                specials += len(parts) - 1
                pieces += [p for p in parts if p]
            else:
                pieces.append(piece)
        return specials, pieces

    def exact_for(self, text: str) -> bool:
        """Whether `text` is counted here (False: it holds a code point this Python's Unicode tables lack)."""
        # the distinct characters, not every one: a 12k-character trace has a few dozen distinct non-ASCII ones
        return text.isascii() or not any(unicodedata.category(c) in ("Cn", "Cs") for c in set(text) if c > "\x7f")

    def count(self, texts: list[str]) -> list[int]:
        """Tokens of each text; every text must pass :meth:`exact_for`."""
        counts = [0] * len(texts)
        pieces: list[str] = []
        owners: list[int] = []
        for k, text in enumerate(texts):
            specials, parts = self._pieces(text)
            counts[k] = specials
            pieces += parts
            owners += [k] * len(parts)
        if self.threads > 1:
            encoded = self.encoding.encode_ordinary_batch(pieces, num_threads=self.threads)
        else:  # one thread: a plain loop saves the thread pool's overhead (a datatrove task is one process per core)
            encoded = map(self.encoding.encode_ordinary, pieces)
        for k, ids in zip(owners, encoded, strict=True):
            counts[k] += len(ids)
        return counts


def tiktoken_counter(tokenizer: Any, *, threads: int = 1) -> TiktokenCounter:
    """An exact tiktoken counter for a transformers fast tokenizer, or NotConvertible saying why not.

    Args:
        tokenizer: A transformers tokenizer backed by a Rust `tokenizers.Tokenizer`.
        threads: Threads of tiktoken's batch encode; 1 (the default) encodes in this thread.

    Raises:
        NotConvertible: tiktoken is not installed, or the tokenizer is not a byte-level BPE whose merges
            follow its token ids (see the module docstring), or uses a normalizer, pre-tokenizer or added
            token option this counter does not reproduce.
    """
    try:
        import tiktoken
    except ImportError:
        raise NotConvertible("tiktoken is not installed (pip install 'longcot[train]')") from None
    backend = getattr(tokenizer, "_tokenizer", None)
    if backend is None or not hasattr(backend, "to_str"):
        raise NotConvertible("not a fast (Rust-backed) tokenizer")
    if getattr(tokenizer, "split_special_tokens", False) or getattr(backend, "encode_special_tokens", False):
        raise NotConvertible("split_special_tokens is on")
    spec = json.loads(backend.to_str())
    model = spec.get("model") or {}
    if model.get("type") != "BPE":
        raise NotConvertible(f"model {model.get('type')!r}, not BPE")
    if model.get("dropout") or model.get("byte_fallback") or model.get("continuing_subword_prefix"):
        raise NotConvertible("BPE with dropout, byte fallback or a subword prefix")
    if model.get("end_of_word_suffix"):
        raise NotConvertible("BPE with an end-of-word suffix")
    normalization = _normalizer(spec.get("normalizer"))
    pattern = _pattern(spec.get("pre_tokenizer"))
    added_tokens = spec.get("added_tokens") or []
    # An added token is split off wherever it occurs, so BPE never sees it: leave it out of the ranks.
    added_contents = {added["content"] for added in added_tokens}
    vocab: dict[str, int] = {t: i for t, i in model["vocab"].items() if t not in added_contents}
    decoder = _byte_decoder()
    if any(ch not in vocab for ch in decoder):
        raise NotConvertible("the vocabulary lacks some of the 256 byte tokens")
    try:
        ranks = {bytes(decoder[ch] for ch in token): i for token, i in vocab.items()}
    except KeyError:
        raise NotConvertible("a vocabulary token is not byte-level") from None
    if len(ranks) != len(vocab):
        raise NotConvertible("two vocabulary tokens have the same bytes")
    # (1) merge results exist and their ids strictly increase in merge order
    previous = -1
    for merge in model.get("merges") or []:
        left, right = merge.split(" ", 1) if isinstance(merge, str) else merge
        result = model["vocab"].get(left + right)
        if result is None or result <= previous:
            raise NotConvertible(f"merge {left!r} + {right!r} does not follow the token ids (BPE order differs)")
        previous = result
    # (2) every token, BPE-encoded alone by the tokenizer's own model, is itself
    bpe = backend.model
    for token, i in vocab.items():
        got = bpe.tokenize(token)
        if len(got) != 1 or got[0].id != i:
            raise NotConvertible(f"token {token!r} is not reachable by the merges (tiktoken would emit it)")
    raw, normalized = [], []
    for added in added_tokens:
        if added.get("single_word") or added.get("lstrip") or added.get("rstrip"):
            raise NotConvertible(f"added token {added['content']!r} has single_word/lstrip/rstrip")
        (normalized if added.get("normalized") else raw).append(added["content"])
    encoding = tiktoken.Encoding(
        f"longcot-{getattr(tokenizer, 'name_or_path', 'tokenizer')}",
        pat_str=pattern,
        mergeable_ranks=ranks,
        special_tokens={},
    )
    return TiktokenCounter(encoding, _alternation(raw), _alternation(normalized), normalization, threads)
