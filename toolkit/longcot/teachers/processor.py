"""Pipeline steps on the sampling machinery: `sample`, `rewrite` and `judge` (one cache, limits, budget).

`sample` turns each problem row into teacher × n sample rows. `rewrite` asks a teacher to rewrite a
row's solution into another format (the paper turned o1's summarised output into step-by-step long
thought): the rewritten text becomes `reasoning` (`reasoning_source = rewritten`) or `completion`,
and the originals are kept in `original_reasoning` / `original_completion`. `judge` asks an LLM
grader about rows the rule verifier left undecided (`no_answer`, `gold_unparseable`, `timeout`),
records which verifier decided (`verifier = judge:provider:model`), and, with `audit`, also grades
a share of the decided rows to count how often the judge disagrees with the rules.

All three open their cache in :meth:`setup` (steps are pickled to datatrove workers) and may run in
several tasks at once against one SQLite cache: WAL mode and `INSERT OR IGNORE` make that safe, and
each task samples only its own shard of the input. In `longcot run`, `max_usd` caps the whole run: every task
and every resume of the pipeline into the same output folder (each request reserves its expected cost in the
shared cache's ledger before it is sent, see :meth:`ResponseCache.reserve`). A task that reaches it fails with the
run's total and how to go on; running the pipeline again resumes from the cache. Used outside a pipeline
(`apply_steps`), the cap is per call.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from longcot.errors import ConfigError, TeacherError
from longcot.pipeline.base import Filter, Processor
from longcot.records import VERDICTS
from longcot.teachers.cache import ResponseCache
from longcot.teachers.run import SAMPLE_COLUMNS, sample_frame
from longcot.teachers.sampler import SamplerConfig, SampleResult
from longcot.teachers.spec import PromptTemplate, TeacherSpec, parse_teachers


#: Where a step's cache lives unless it sets `cache:` (relative to the working directory).
DEFAULT_CACHE = ".longcot/cache/samples.sqlite"


@dataclass(frozen=True)
class SampleConfig:
    """Options of the `sample` step (the CLI's flags, plus per-teacher `n`, params and limits).

    Attributes:
        teachers: Teacher specs: strings (`openai:gpt-4o-mini,temperature=0.6`) or mappings
            `{spec: ..., n: 4, temperature: 0.6, rpm: 500, ...}`.
        n: Samples per problem for teachers that set no `n`. Defaults to 1.
        cache: The response cache (shared by every task). Defaults to `.longcot/cache/samples.sqlite`.
        prompt: User template with `{problem}`, or `{user, system}`. Defaults to the boxed-answer prompt.
        concurrency: Requests in flight per task. Defaults to 16.
        rpm: Requests per minute per teacher per task (teachers may set their own). Defaults to none.
        tpm: Tokens per minute per teacher per task. Defaults to none.
        max_usd: Dollar cap for the whole pipeline run (all tasks and resumes into its output folder; per call
            outside `longcot run`). Defaults to none.
        strategy: `all` or `fallback`. Defaults to `all`.
        until_correct: Stop a problem once this many samples verify correct. Defaults to none.
        max_retries: Retries per request. Defaults to 6.
        timeout: Seconds per request. Defaults to 600.
        batch: Use the Batch APIs. Defaults to False.
        batch_poll_s: Seconds between batch polls. Defaults to 30.
    """

    teachers: tuple[Any, ...] = ()
    n: int = 1
    cache: str = DEFAULT_CACHE
    prompt: Any = None
    concurrency: int = 16
    rpm: int | None = None
    tpm: int | None = None
    max_usd: float | None = None
    strategy: str = "all"
    until_correct: int | None = None
    max_retries: int = 6
    timeout: float = 600.0
    batch: bool = False
    batch_poll_s: float = 30.0

    def __post_init__(self) -> None:
        teachers = self.teachers
        if isinstance(teachers, (str, Mapping)):
            teachers = (teachers,)
        object.__setattr__(self, "teachers", tuple(dict(t) if isinstance(t, Mapping) else t for t in teachers))
        self.sampler_config()  # validate everything now, before any task starts

    def parsed_teachers(self) -> list[TeacherSpec]:
        """The teacher specs, parsed and checked."""
        return parse_teachers(list(self.teachers), n=self.n)

    def sampler_config(self) -> SamplerConfig:
        """The :class:`SamplerConfig` these options describe."""
        return SamplerConfig(
            teachers=tuple(self.parsed_teachers()), prompt=PromptTemplate.from_dict(self.prompt),
            concurrency=self.concurrency, rpm=self.rpm, tpm=self.tpm, max_usd=self.max_usd, strategy=self.strategy,
            until_correct=self.until_correct, max_retries=self.max_retries, timeout=self.timeout, batch=self.batch,
            batch_poll_s=self.batch_poll_s,
        )  # fmt: skip


def _raise_if_stopped(result: SampleResult, where: str, run_total: float | None = None) -> None:
    if result.fatal:
        error = result.fatal[0]
        raise TeacherError(f"{where}: {error.message}", hint=error.hint or "fix it and run the pipeline again")
    if result.stopped == "budget":
        spent = f"spent ${result.spent_usd:.4f} in this task"
        if run_total is not None:
            spent += f", ${run_total:.4f} in the whole run"
        raise TeacherError(
            f"{where}: reached max_usd ({spent})",
            hint="raise max_usd and run the same pipeline again: completed requests are cached and not paid twice",
        )
    if result.stopped == "interrupted":
        raise TeacherError(f"{where}: interrupted", hint="run the same pipeline again to resume from the cache")


class _CachedStep:
    """Shared plumbing: a process-local cache opened in setup, never pickled."""

    _cache: ResponseCache | None
    _run_id: str | None = None

    def bind_run(self, run: str) -> None:
        """Name the pipeline run this step is part of (`longcot run` passes its output folder and the step's place),
        so `max_usd` holds for the whole run, over every task and every resume, through the cache's ledger."""
        self._run_id = run

    def _stopped(self, result: SampleResult, where: str) -> None:
        total = None
        if self._run_id is not None and self._cache is not None:
            total = self._cache.run_spend(self._run_id)
        _raise_if_stopped(result, where, total)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_cache"] = None
        return state

    def _open(self, path: str) -> ResponseCache:
        if self._cache is None:
            self._cache = ResponseCache(path)
        return self._cache

    def _close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None


class SampleTeachers(_CachedStep, Processor):
    """`type: sample`: problems in, one row per teacher × sample out (see :class:`SampleConfig`).

    Example:
        >>> step = SampleTeachers(SampleConfig(teachers=("openai:gpt-4o-mini,n=4",)))
        >>> step.config_dict()["teachers"][0]["terms_of_use"]["name"]
        'OpenAI Terms of Use'
    """

    name = "sample"
    Config = SampleConfig
    needs = ("problem",)
    adds = SAMPLE_COLUMNS

    def __init__(self, config: SampleConfig | None = None) -> None:
        super().__init__(config)
        self._cache = None

    def setup(self) -> None:
        """Open the shared cache in this worker."""
        self._open(self.config.cache)

    def teardown(self) -> None:
        """Close the cache."""
        self._close()

    def config_dict(self) -> dict[str, Any]:
        """Options plus each teacher's resolved spec and terms of use (for pipeline.json and manifests)."""
        out = super().config_dict()
        out["teachers"] = [t.to_dict() for t in self.config.parsed_teachers()]
        return out

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        cache = self._open(self.config.cache)
        frame, result = sample_frame(batch, self.config.sampler_config(), cache, run_id=self._run_id)
        for stats in result.stats.values():
            self.stats.flagged["cached"] += stats.cached
            self.stats.flagged["sent"] += stats.sent
            if stats.failed:
                self.stats.flagged["sample_failed"] += stats.failed
            if stats.truncated:
                self.stats.flagged["truncated"] += stats.truncated
        self._stopped(result, "step 'sample'")
        return frame


# -- rewrite -----------------------------------------------------------------------------------------

DEFAULT_REWRITE_PROMPT = (
    "Below is a math problem and a worked solution. Rewrite the solution as a long, step-by-step chain of "
    "thought, thinking aloud: restate what is asked, try an approach, check every step, notice and correct "
    "mistakes, and verify the result. Keep every fact and the final answer of the solution; do not add "
    "a different answer. End with the final answer in \\boxed{}.\n\n"
    "Problem:\n{problem}\n\nSolution:\n{reasoning}\n\n{completion}"
)


def _render(template: str, row: Mapping[str, Any]) -> str:
    out = template
    for name in ("problem", "reasoning", "completion", "gold_answer"):
        out = out.replace("{" + name + "}", str(row.get(name) or ""))
    return out


def _one_teacher(spec: Any) -> list[Any]:
    if isinstance(spec, (str, Mapping)):
        return [dict(spec) if isinstance(spec, Mapping) else spec]
    raise ConfigError(f"teacher must be one spec (a string or a mapping), got {spec!r}")


def _prompt_responses(
    prompts: Sequence[str], teacher: Any, *, cache: ResponseCache, options: Mapping[str, Any], where: str,
    run_id: str | None = None,
) -> tuple[list[dict[str, Any] | None], SampleResult]:  # fmt: skip
    """Send each prompt once to one teacher through the sampler; the answer row per prompt (None if failed)."""
    teachers = parse_teachers(_one_teacher(teacher), n=1)
    teachers = [t.with_params({"n": 1}) for t in teachers]
    config = SamplerConfig(teachers=tuple(teachers), prompt=PromptTemplate(user="{problem}"), **options)
    frame = pl.DataFrame({"problem": list(prompts), "problem_id": [f"r{i}" for i in range(len(prompts))]})
    out, result = sample_frame(frame, config, cache, run_id=run_id)
    _raise_if_stopped(result, where, None if run_id is None else cache.run_spend(run_id))
    by_id = {row["problem_id"]: row for row in out.iter_rows(named=True)}
    return [by_id.get(f"r{i}") for i in range(len(prompts))], result


@dataclass(frozen=True)
class _OneTeacherLimits:
    """The cache and limits of a step that calls one teacher per row (`rewrite`, `judge`), as for `sample`."""

    cache: str = DEFAULT_CACHE
    concurrency: int = 16
    rpm: int | None = None
    tpm: int | None = None
    max_usd: float | None = None
    max_retries: int = 6
    timeout: float = 600.0

    def options(self) -> dict[str, Any]:
        """The sampler options."""
        return {"concurrency": self.concurrency, "rpm": self.rpm, "tpm": self.tpm, "max_usd": self.max_usd,
                "max_retries": self.max_retries, "timeout": self.timeout}  # fmt: skip


@dataclass(frozen=True)
class RewriteConfig(_OneTeacherLimits):
    """Options of the `rewrite` step.

    Attributes:
        teacher: The rewriting teacher (one spec string or mapping).
        prompt: Template with `{problem}`, `{reasoning}`, `{completion}`, `{gold_answer}`. Defaults to
            a long step-by-step thought rewrite.
        target: Which column gets the rewritten text: `reasoning` (then `reasoning_source = rewritten`)
            or `completion`. Defaults to `reasoning`.
        only_source: Rewrite only rows whose `reasoning_source` is one of these (e.g. `[summary, absent]`
            for o1-style summaries). Defaults to every row.
        cache, concurrency, rpm, tpm, max_usd, max_retries, timeout: As for `sample`.
    """

    teacher: Any = None
    prompt: str = DEFAULT_REWRITE_PROMPT
    target: str = "reasoning"
    only_source: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.teacher is None:
            raise ConfigError("step 'rewrite' needs a `teacher`", hint="e.g. teacher: openai:gpt-4o-mini")
        parse_teachers(_one_teacher(self.teacher))
        if self.target not in ("reasoning", "completion"):
            raise ConfigError(f"rewrite target must be 'reasoning' or 'completion', got {self.target!r}")
        if self.only_source is not None:
            object.__setattr__(self, "only_source", tuple([self.only_source] if isinstance(self.only_source, str)
                                                          else self.only_source))  # fmt: skip


class RewriteSolutions(_CachedStep, Processor):
    """`type: rewrite`: a teacher rewrites each row's solution; the original is kept beside it.

    Rows whose rewrite failed keep their text and get the quality flag `rewrite_failed`.
    """

    name = "rewrite"
    Config = RewriteConfig
    needs = ("problem", "completion")
    adds = ("reasoning", "reasoning_source", "original_reasoning", "original_completion",
            "original_reasoning_source", "rewriter", "quality_flags", "cost_usd")  # fmt: skip

    def __init__(self, config: RewriteConfig | None = None) -> None:
        super().__init__(config)
        self._cache = None

    def setup(self) -> None:
        """Open the shared cache in this worker."""
        self._open(self.config.cache)

    def teardown(self) -> None:
        """Close the cache."""
        self._close()

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        cfg: RewriteConfig = self.config
        for name, dtype in (("reasoning", pl.String), ("reasoning_source", pl.String), ("cost_usd", pl.Float64),
                            ("quality_flags", pl.List(pl.String))):  # fmt: skip
            if name not in batch.columns:
                batch = batch.with_columns(pl.lit(None, dtype=dtype).alias(name))
        rows = batch.to_dicts()
        chosen = [
            i for i, r in enumerate(rows) if cfg.only_source is None or r.get("reasoning_source") in cfg.only_source
        ]
        prompts = [_render(cfg.prompt, rows[i]) for i in chosen]
        answers, _ = _prompt_responses(prompts, cfg.teacher, cache=self._open(cfg.cache), options=cfg.options(),
                                       where="step 'rewrite'", run_id=self._run_id)  # fmt: skip
        teacher_name = parse_teachers(_one_teacher(cfg.teacher))[0].name
        for i, answer in zip(chosen, answers):
            row = rows[i]
            row["original_reasoning"], row["original_completion"] = row.get("reasoning"), row.get("completion")
            row["original_reasoning_source"] = row.get("reasoning_source")
            flags = list(row.get("quality_flags") or [])
            if answer is None or not (answer["completion"] or "").strip() or answer["finish_reason"] == "length":
                row["quality_flags"] = [*flags, "rewrite_failed"]
                self.stats.flagged["rewrite_failed"] += 1
                continue
            row[cfg.target] = answer["completion"]
            if cfg.target == "reasoning":
                row["reasoning_source"] = "rewritten"
            row["rewriter"] = teacher_name
            if answer["cost_usd"] is not None:
                row["cost_usd"] = (row.get("cost_usd") or 0.0) + answer["cost_usd"]  # what the row cost in all
            self.stats.flagged["rewritten"] += 1
        return pl.DataFrame(rows, schema_overrides=_overrides(batch, self.adds), infer_schema_length=None)


def _overrides(batch: pl.DataFrame, added: Sequence[str]) -> dict[str, pl.DataType]:
    from longcot.records import SCHEMA

    out = dict(batch.schema)
    for name in added:
        if name in SCHEMA:
            out[name] = SCHEMA[name]
    return out


# -- judge -------------------------------------------------------------------------------------------

DEFAULT_JUDGE_PROMPT = (
    "You are grading the final answer of a math solution against a reference answer. Equivalent forms "
    "count as equal (1/2 = 0.5, x = 3 vs 3); anything else is incorrect, and so is a missing answer.\n\n"
    "Problem:\n{problem}\n\nReference answer: {gold_answer}\n\nEnd of the solution:\n{completion}\n\n"
    "Reply with one word: CORRECT or INCORRECT."
)
_JUDGE_WORD = re.compile(r"\b(CORRECT|INCORRECT)\b")


@dataclass(frozen=True)
class JudgeConfig(_OneTeacherLimits):
    """Options of the `judge` step.

    Attributes:
        teacher: The grading model (one spec). Give it `temperature=0` for repeatable verdicts.
        undecided: Verdicts the judge is asked about. Defaults to `no_answer`, `gold_unparseable`, `timeout`.
        audit: Share of rule-decided rows (`correct`/`incorrect`) also sent to the judge, to count
            disagreements; their verdict is not changed. Defaults to 0.
        keep: Verdicts kept after judging (others are dropped with the verdict as reason), or `all`.
            Defaults to `all`.
        prompt: Template with `{problem}`, `{gold_answer}`, `{completion}` (the last 4,000 characters).
        cache, concurrency, rpm, tpm, max_usd, max_retries, timeout: As for `sample`.
    """

    teacher: Any = None
    undecided: tuple[str, ...] = ("no_answer", "gold_unparseable", "timeout")
    audit: float = 0.0
    keep: Any = "all"
    prompt: str = DEFAULT_JUDGE_PROMPT

    def __post_init__(self) -> None:
        if self.teacher is None:
            raise ConfigError("step 'judge' needs a `teacher`", hint="e.g. teacher: openai:gpt-4o-mini,temperature=0")
        parse_teachers(_one_teacher(self.teacher))
        object.__setattr__(self, "undecided", tuple([self.undecided] if isinstance(self.undecided, str)
                                                    else self.undecided))  # fmt: skip
        for verdict in self.undecided:
            if verdict not in VERDICTS:
                raise ConfigError(f"judge: unknown verdict {verdict!r}", hint=f"verdicts are: {', '.join(VERDICTS)}")
        if not 0.0 <= float(self.audit) <= 1.0:
            raise ConfigError(f"judge: audit must be a share between 0 and 1, got {self.audit!r}")
        keep = self.keep
        if keep != "all":
            keep = tuple([keep] if isinstance(keep, str) else keep)
            unknown = [v for v in keep if v not in VERDICTS]
            if unknown:
                raise ConfigError(f"judge: keep has unknown verdict {unknown[0]!r}")
        object.__setattr__(self, "keep", keep)


def _audited(key: Any, share: float) -> bool:
    digest = hashlib.sha256(str(key).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


class JudgeAnswers(_CachedStep, Filter):
    """`type: judge`: an LLM grader for rows the rule verifier left undecided; counts disagreements.

    Adds `judge_verdict` (`correct`, `incorrect`, `unparseable`, or null where not asked); for
    undecided rows the judge's word becomes `verdict` and `verifier` becomes `judge:<teacher>`.
    Funnel flags: `judged`, `judge_decided`, `audited`, `judge_disagrees`.
    """

    name = "judge"
    Config = JudgeConfig
    needs = ("problem", "gold_answer", "completion", "verdict")
    adds = ("verdict", "verifier", "judge_verdict")

    def __init__(self, config: JudgeConfig | None = None) -> None:
        super().__init__(config)
        self._cache = None

    def setup(self) -> None:
        """Open the shared cache in this worker."""
        self._open(self.config.cache)

    def teardown(self) -> None:
        """Close the cache."""
        self._close()

    def rules(self) -> dict[str, pl.Expr]:
        """Drop verdicts not in `keep` (none with `keep: all`)."""
        if self.config.keep == "all":
            return {}
        return {v: pl.col("verdict") == v for v in VERDICTS if v not in self.config.keep}

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        return super().process(self.annotate(batch))

    def annotate(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Ask the judge about undecided (and audited) rows; returns the batch with the judge columns."""
        cfg: JudgeConfig = self.config
        rows = batch.to_dicts()
        asked = []
        for i, row in enumerate(rows):
            if row.get("verdict") in cfg.undecided:
                asked.append(i)
            elif row.get("verdict") in ("correct", "incorrect") and cfg.audit > 0:
                key = row.get("request_key") or (row.get("problem"), row.get("completion"))
                asked.extend([i] if _audited(key, cfg.audit) else [])
        prompts = [
            _render(cfg.prompt, {**rows[i], "completion": (rows[i].get("completion") or "")[-4000:]}) for i in asked
        ]
        answers, _ = _prompt_responses(prompts, cfg.teacher, cache=self._open(cfg.cache), options=cfg.options(),
                                       where="step 'judge'", run_id=self._run_id)  # fmt: skip
        judge = "judge:" + parse_teachers(_one_teacher(cfg.teacher))[0].name
        for row in rows:
            row.setdefault("judge_verdict", None)
            row.setdefault("verifier", None)
        for i, answer in zip(asked, answers):
            row = rows[i]
            words = _JUDGE_WORD.findall((answer or {}).get("completion") or "")
            said = words[-1].lower() if words else "unparseable"
            row["judge_verdict"] = said
            if row["verdict"] in cfg.undecided:
                self.stats.flagged["judged"] += 1
                if said in ("correct", "incorrect"):
                    row["verdict"], row["verifier"] = said, judge
                    self.stats.flagged["judge_decided"] += 1
            else:
                self.stats.flagged["audited"] += 1
                if said in ("correct", "incorrect") and said != row["verdict"]:
                    self.stats.flagged["judge_disagrees"] += 1
        return pl.DataFrame(rows, schema_overrides=_overrides(batch, self.adds), infer_schema_length=None)
