"""A student tokenizer from a folder: a saved Hugging Face tokenizer, or Qwen2 BPE files (offline).

The project's tests and the CPU smoke run have no Hub access; they build the real Qwen2.5 tokenizer
from `vocab.json` + `merges.txt` (+ `chat_template.jinja`), the layout of `shared/data/tokenizers/qwen2.5`.

Example:
    >>> from longcot.training.tokenizer import QWEN25_SPECIAL_TOKENS
    >>> QWEN25_SPECIAL_TOKENS["<|im_end|>"]
    151645
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from longcot.errors import InputError, MissingDependencyError


#: Qwen2.5's end-of-text and chat-turn tokens, with the ids the released tokenizer gives them.
QWEN25_SPECIAL_TOKENS = {"<|endoftext|>": 151643, "<|im_start|>": 151644, "<|im_end|>": 151645}


def build_qwen2_tokenizer(source: str | Path, target: str | Path) -> Path:
    """Save a Qwen2.5 chat tokenizer built from BPE files, so `AutoTokenizer.from_pretrained(target)` loads it.

    Args:
        source: Folder with `vocab.json`, `merges.txt` and optionally `chat_template.jinja`.
        target: Folder to write (created).

    Returns:
        `target`.

    Raises:
        InputError: The BPE files are missing, or the special tokens do not get Qwen2.5's ids.
    """
    try:
        from transformers import Qwen2Tokenizer
    except ImportError:
        raise MissingDependencyError("building a Qwen2 tokenizer", "transformers", "train") from None
    source, target = Path(source), Path(target)
    missing = [name for name in ("vocab.json", "merges.txt") if not (source / name).exists()]
    if missing:
        raise InputError(
            f"{source} has no {', '.join(missing)}", hint="point at a folder with vocab.json and merges.txt"
        )
    tokenizer = Qwen2Tokenizer.from_pretrained(str(source))
    # Order matters: the ids must come out as Qwen2.5's (151643, 151644, 151645).
    tokenizer.add_special_tokens({"additional_special_tokens": ["<|im_start|>", "<|im_end|>"]})
    tokenizer.eos_token = "<|im_end|>"  # the end of an assistant turn, as in Qwen2.5-Instruct
    tokenizer.pad_token = "<|endoftext|>"
    ids = dict(zip(QWEN25_SPECIAL_TOKENS, tokenizer.convert_tokens_to_ids(list(QWEN25_SPECIAL_TOKENS))))
    if ids != QWEN25_SPECIAL_TOKENS:
        raise InputError(f"special tokens got ids {ids}, Qwen2.5 has {QWEN25_SPECIAL_TOKENS}", hint=f"check {source}")
    template = source / "chat_template.jinja"
    if template.exists():
        tokenizer.chat_template = template.read_text(encoding="utf-8")
    target.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(str(target))
    return target


def load_tokenizer(path: str | Path, *, cache_dir: str | Path | None = None) -> Any:
    """Load a tokenizer: a saved one (has `tokenizer_config.json`) or Qwen2 BPE files, built once into `cache_dir`.

    Args:
        path: A Hub id, a saved tokenizer folder, or a folder of Qwen2 BPE files.
        cache_dir: Where a tokenizer built from BPE files is saved. Defaults to a new temporary folder.

    Returns:
        A `transformers` tokenizer.
    """
    from transformers import AutoTokenizer

    folder = Path(path)
    if folder.is_dir() and not (folder / "tokenizer_config.json").exists() and (folder / "vocab.json").exists():
        import tempfile

        built = Path(cache_dir) if cache_dir else Path(tempfile.mkdtemp(prefix="longcot-tokenizer-"))
        if not (built / "tokenizer_config.json").exists():
            build_qwen2_tokenizer(folder, built)
        return AutoTokenizer.from_pretrained(str(built))
    return AutoTokenizer.from_pretrained(str(path))
