"""`student_length`: the length of each row in the tokens of the student that will be trained on it.

What is counted is the training conversation (:func:`longcot.records.training_messages`) rendered with
the student tokenizer's own chat template, without a generation prompt, exactly as
`len(tokenizer.apply_chat_template(messages, tokenize=True, return_dict=False))` counts it (in
transformers 5 `apply_chat_template` returns a dict by default, whose `len` is its number of keys). It
is computed faster: the template is rendered per row (jinja, cheap), then the rendered texts are counted
in one batch, by one of two counters:

- `tiktoken`: for a byte-level BPE tokenizer that converts exactly (Qwen2/2.5/3, Llama 3, GPT-2, ...;
  :mod:`longcot.curation.bpe_count` checks it and says why not), tiktoken with the tokenizer's own
  ranks, split regex, added tokens and normalizer: about 5x less CPU than the Rust tokenizer;
- `hf`: otherwise (and for a text with a code point this Python's Unicode tables lack), the fast
  tokenizer's Rust `encode_batch_fast` (no offsets, all cores), which is what `apply_chat_template` runs
  one row at a time.

The funnel counts the rows each counter counted (`flagged`: `counted_tiktoken`, `counted_hf`).
"""

from __future__ import annotations

import contextlib
import weakref
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from loguru import logger

from longcot.curation.bpe_count import NotConvertible, TiktokenCounter, tiktoken_counter
from longcot.curation.common import require_from
from longcot.errors import ConfigError
from longcot.pipeline.base import Filter
from longcot.records import ConversationFormat, training_messages


#: Files one of which a tokenizer folder must hold.
_TOKENIZER_FILES = ("tokenizer.json", "vocab.json", "tokenizer.model", "vocab.txt", "spiece.model")

# Loaded tokenizers by (folder, mtime) or Hub id: several steps and tasks in one process load each once.
_LOADED: dict[tuple[str, int], Any] = {}


def load_tokenizer(name_or_path: str) -> Any:
    """Load a tokenizer with `AutoTokenizer` from a local folder or a Hub id, and check it has a chat template.

    Args:
        name_or_path: A folder written by `save_pretrained`, or a Hub model id (used from the local
            cache when offline).

    Returns:
        The tokenizer.

    Raises:
        ConfigError: The folder does not exist, holds no tokenizer files, cannot be loaded, or the
            tokenizer has no chat template; the message names the path and what is missing.
    """
    try:
        from transformers import AutoTokenizer
    except ImportError:
        from longcot.errors import MissingDependencyError

        raise MissingDependencyError("student_length", "transformers", "train") from None
    path = Path(name_or_path).expanduser()
    local = path.exists() or name_or_path.startswith((".", "/", "~")) or name_or_path.count("/") > 1
    if local:
        if not path.is_dir():
            raise ConfigError(
                f"student_length: tokenizer folder {str(path)!r} does not exist",
                hint="pass a folder written by `tokenizer.save_pretrained(...)`, or a Hub id such as Qwen/Qwen2.5-7B",
            )
        present = sorted(p.name for p in path.iterdir())
        if not any((path / f).exists() for f in _TOKENIZER_FILES):
            raise ConfigError(
                f"student_length: tokenizer folder {str(path)!r} has no tokenizer files "
                f"(needs one of {', '.join(_TOKENIZER_FILES)}); it holds: {', '.join(present) or '(nothing)'}",
                hint="save the tokenizer there with `tokenizer.save_pretrained(folder)`",
            )
    key = (str(path.resolve()), path.stat().st_mtime_ns) if local else (name_or_path, 0)
    if key in _LOADED:
        return _LOADED[key]
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path) if local else name_or_path)
    except Exception as exc:  # transformers raises OSError, ValueError, KeyError ... for a broken tokenizer
        where = f"folder {str(path)!r}" if local else f"Hub id {name_or_path!r}"
        raise ConfigError(
            f"student_length: cannot load a tokenizer from {where}: {type(exc).__name__}: {str(exc)[:300]}",
            hint="offline, a Hub id must be in the local cache (`hf download ID`); or save the tokenizer to a "
            "folder and pass the folder",
        ) from None
    if not getattr(tokenizer, "chat_template", None):
        raise ConfigError(
            f"student_length: the tokenizer at {name_or_path!r} has no chat template (no chat_template.jinja, "
            "no `chat_template` in tokenizer_config.json)",
            hint="set `tokenizer.chat_template = open('chat_template.jinja').read()` and save it again",
        )
    _LOADED[key] = tokenizer
    return tokenizer


def _conversations(batch: pl.DataFrame, fmt: ConversationFormat) -> list[list[dict[str, str]]]:
    problems = batch["problem"].cast(pl.String).to_list()
    completions = batch["completion"].cast(pl.String).to_list()
    reasonings = (
        batch["reasoning"].cast(pl.String).to_list() if "reasoning" in batch.columns else [None] * batch.height
    )
    return [training_messages(p or "", r, c, fmt) for p, r, c in zip(problems, reasonings, completions, strict=True)]


def count_tokens_reference(tokenizer: Any, conversations: list[list[dict[str, str]]]) -> list[int]:
    """The anchor, one row at a time: `len(apply_chat_template(messages, tokenize=True))` per conversation."""
    return [len(tokenizer.apply_chat_template(c, tokenize=True, return_dict=False)) for c in conversations]


# The tiktoken counter of each loaded tokenizer (None: it does not convert exactly) and why.
_COUNTERS: weakref.WeakKeyDictionary[Any, tuple[TiktokenCounter | None, str]] = weakref.WeakKeyDictionary()


def exact_counter(tokenizer: Any) -> tuple[TiktokenCounter | None, str]:
    """The tiktoken counter for `tokenizer` (built once, about 3 s for 150k tokens), or None and the reason.

    Returns:
        `(counter, "tiktoken")`, or `(None, "hf: <why the tokenizer does not convert exactly>")`.
    """
    try:
        return _COUNTERS[tokenizer]
    except (KeyError, TypeError):
        pass
    try:
        found: tuple[TiktokenCounter | None, str] = (tiktoken_counter(tokenizer), "tiktoken")
    except NotConvertible as exc:
        found = (None, f"hf: {exc}")
    with contextlib.suppress(TypeError):  # not weak-referenceable: built again next time
        _COUNTERS[tokenizer] = found
    return found


def _count_hf(tokenizer: Any, texts: list[str]) -> list[int]:
    """Tokens of rendered texts, batched through the fast tokenizer (what apply_chat_template runs per row)."""
    if not texts:
        return []
    backend = getattr(tokenizer, "_tokenizer", None)
    if backend is None or not hasattr(backend, "encode_batch_fast"):  # a slow (Python) tokenizer
        return [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
    if backend.truncation is not None or backend.padding is not None:
        # apply_chat_template(tokenize=True) neither pads nor truncates; a backend configured to must not here
        backend = backend.__class__.from_str(backend.to_str())
        backend.no_truncation()
        backend.no_padding()
    return [len(encoding) for encoding in backend.encode_batch_fast(texts, add_special_tokens=False)]


def count_tokens(
    tokenizer: Any,
    conversations: list[list[dict[str, str]]],
    *,
    counter: str = "auto",
    tally: Counter[str] | None = None,
) -> list[int]:
    """Tokens of each conversation as :func:`count_tokens_reference` counts them, in one batch.

    Args:
        tokenizer: A transformers tokenizer with a chat template.
        conversations: Lists of `{role, content}` messages.
        counter: `"auto"` (tiktoken when the tokenizer converts exactly, else the Rust tokenizer) or `"hf"`
            (the Rust tokenizer's batch encode only).
        tally: Where to add the rows each counter counted (`counted_tiktoken`, `counted_hf`).

    Returns:
        One token count per conversation.
    """
    if counter not in ("auto", "hf"):
        raise ConfigError(f"student_length: counter must be 'auto' or 'hf', got {counter!r}")
    if not conversations:
        return []
    texts = tokenizer.apply_chat_template(conversations, tokenize=False)
    fast = exact_counter(tokenizer)[0] if counter == "auto" else None
    if fast is None:
        counts = _count_hf(tokenizer, texts)
        if tally is not None:
            tally["counted_hf"] += len(texts)
        return counts
    exact = [fast.exact_for(t) for t in texts]
    counts = [0] * len(texts)
    mine = [k for k, ok in enumerate(exact) if ok]
    rest = [k for k, ok in enumerate(exact) if not ok]
    for k, n in zip(mine, fast.count([texts[k] for k in mine]), strict=True):
        counts[k] = n
    for k, n in zip(rest, _count_hf(tokenizer, [texts[k] for k in rest]), strict=True):
        counts[k] = n
    if tally is not None:
        tally.update({name: n for name, n in (("counted_tiktoken", len(mine)), ("counted_hf", len(rest))) if n})
    return counts


@dataclass(frozen=True)
class StudentLengthConfig:
    """Bounds on the training conversation's length in the student's tokens.

    Attributes:
        tokenizer: The student's tokenizer: a local folder or a Hub id (loaded with `AutoTokenizer`).
        min: Fewest tokens kept. Defaults to 0.
        max: Most tokens kept. Defaults to 16,384.
        conversation: How a row becomes the conversation (`think_open`, `think_close`, `system_prompt`);
            the one :class:`~longcot.records.ConversationFormat`. Defaults to longcot's.
    """

    tokenizer: str
    min: int = 0
    max: int | None = 16_384
    conversation: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.tokenizer, str) or not self.tokenizer:
            raise ConfigError(f"step 'student_length': tokenizer must be a folder or a Hub id, got {self.tokenizer!r}")
        if self.min < 0 or (self.max is not None and self.max < self.min):
            raise ConfigError(f"step 'student_length': need 0 <= min <= max, got min={self.min!r}, max={self.max!r}")
        ConversationFormat.from_dict(self.conversation)  # rejects unknown keys now, not in a worker


class StudentLength(Filter):
    """Write `student_tokens` (the training conversation in the student's tokens) and drop rows out of bounds.

    Drop reasons: `too_long`, `too_short`. The tokenizer loads in :meth:`setup` (once per task).

    Example:
        >>> # StudentLength(StudentLengthConfig(tokenizer="Qwen/Qwen2.5-7B-Instruct", max=16_384))
    """

    name = "student_length"
    Config = StudentLengthConfig
    adds = ("student_tokens",)
    requires = (("transformers", "train"),)

    def __init__(self, config: StudentLengthConfig | None = None) -> None:
        if config is None:
            raise ConfigError("step 'student_length' needs a `tokenizer` (a folder or a Hub id)")
        super().__init__(config)
        self.format = ConversationFormat.from_dict(config.conversation)
        self._tokenizer: Any = None

    def setup(self) -> None:
        if self._tokenizer is None:
            self._tokenizer = load_tokenizer(self.config.tokenizer)
            logger.info(f"student_length: counting with {exact_counter(self._tokenizer)[1]}")

    def teardown(self) -> None:
        self._tokenizer = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_tokenizer": None}  # pickled to workers without the loaded tokenizer

    def count(self, batch: pl.DataFrame) -> pl.Series:
        """`student_tokens` of every row of a batch."""
        require_from(batch, ("problem", "completion"), step=self.name)
        self.setup()
        counts = count_tokens(self._tokenizer, _conversations(batch, self.format), tally=self.stats.flagged)
        return pl.Series("student_tokens", counts, dtype=pl.Int64)

    def rules(self) -> dict[str, pl.Expr]:
        cfg: StudentLengthConfig = self.config
        rules = {}
        if cfg.max is not None:
            rules["too_long"] = pl.col("student_tokens") > cfg.max
        if cfg.min > 0:
            rules["too_short"] = pl.col("student_tokens") < cfg.min
        return rules

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        if batch.height == 0:
            return batch.with_columns(pl.lit(None, dtype=pl.Int64).alias("student_tokens"))
        return super().process(batch.with_columns(self.count(batch)))
