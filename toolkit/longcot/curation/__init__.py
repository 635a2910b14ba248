"""Curation: what is kept after sampling and verification makes a distilled set good.

Steps (YAML `type` → class), each reporting its drops by reason into the funnel:

=================  ==============================  =====================================================
type               class                           what it does (drop reasons)
=================  ==============================  =====================================================
student_length     :class:`StudentLength`          tokens of the training conversation in the student's
                                                   tokenizer and chat template → `student_tokens`
                                                   (`too_long`, `too_short`); counted exactly by
                                                   tiktoken for byte-level BPE tokenizers
                                                   (:mod:`longcot.curation.bpe_count`), else the Rust one
difficulty         :class:`Difficulty`             pass rate per problem over every judged sample of the
                                                   run, or a student's pass-rates file → `pass_rate`
                                                   (`unjudged`, `unsolved`, `solved_by_all`, `too_hard`,
                                                   `too_easy`)
quality            :class:`Quality`                named checks → `quality_flags` (`truncated`,
                                                   `unfinished`, `no_final_answer`, `repetition`,
                                                   `language_drift`, `malformed_think`,
                                                   `empty_reasoning`, `refusal`)
dedup              :class:`MinHashDedup`           `method: minhash`: near-duplicate problems by MinHash
                                                   LSH across the run, best sample group kept
                                                   (`near_duplicate`); `method: exact` (default) is the
                                                   exact per-task dedup
select             :class:`SampleSelect`           with `n`/`k`/`balance`/...: s1-style choice of samples
                                                   (`not_correct`, `per_problem_cap`, `not_selected`);
                                                   with `columns`/`rename`: keep and rename columns
=================  ==============================  =====================================================

`difficulty`, `dedup` (minhash) and `select` decide from every row of the run, wherever it landed:
they are global steps (:mod:`longcot.pipeline.stages`), run by `longcot run` as datatrove stages
(collect per task → reduce once → apply per task), the multi-stage pattern of datatrove's MinHash
dedup. The others run batch by batch.

A typical curation block, after `split_thinking` and `verify`::

    steps:
      - {type: student_length, tokenizer: Qwen/Qwen2.5-7B-Instruct, max: 16384}
      - {type: quality, drop: [truncated, unfinished, no_final_answer, repetition, language_drift]}
      - {type: difficulty, drop_solved: true}            # or pass_rates: student_pass_rates.jsonl
      - {type: dedup, method: minhash}
      - {type: select, n: 1000, k: 1, balance: [subject], prefer_long: true, seed: 0}

Then `longcot stats OUTPUT --out card/` prints the tables and writes the plots a data card embeds
(:func:`longcot.curation.stats.write_plots`).

Example:
    >>> import polars as pl
    >>> from longcot.curation import Difficulty, DifficultyConfig
    >>> rows = pl.DataFrame({"problem_id": ["a", "a", "b"], "verdict": ["correct", "incorrect", "correct"]})
    >>> Difficulty(DifficultyConfig(drop_solved=True))(rows)["pass_rate"].to_list()
    [0.5, 0.5]
"""

from longcot.curation.difficulty import (
    Difficulty,
    DifficultyConfig,
    pass_rates_from_verdicts,
    read_pass_rates,
    write_pass_rates,
)
from longcot.curation.length import StudentLength, StudentLengthConfig, count_tokens, load_tokenizer
from longcot.curation.neardup import MinHashDedup, MinHashDedupConfig
from longcot.curation.quality import FLAGS, Quality, QualityConfig
from longcot.curation.select import SampleSelect, SampleSelectConfig
from longcot.curation.stats import compute_stats, render_stats, write_plots


__all__ = [
    "FLAGS",
    "Difficulty",
    "DifficultyConfig",
    "MinHashDedup",
    "MinHashDedupConfig",
    "Quality",
    "QualityConfig",
    "SampleSelect",
    "SampleSelectConfig",
    "StudentLength",
    "StudentLengthConfig",
    "compute_stats",
    "count_tokens",
    "load_tokenizer",
    "pass_rates_from_verdicts",
    "read_pass_rates",
    "render_stats",
    "write_pass_rates",
    "write_plots",
]
