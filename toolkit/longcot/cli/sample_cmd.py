"""`longcot sample INPUT --teacher SPEC -n N --output OUT.parquet`: sample teachers, resumably.

Writes, beside OUT.parquet:
    OUT.cache.sqlite   the response cache (unless --cache names another); re-running resumes from it
    OUT.run.json       run metadata: teachers with params and terms of use, prompt, counts, dollars
    OUT.failed.jsonl   samples that failed after retries (only when some did)
    OUT.rejects.jsonl  input rows that could not be read (no `problem`, bad JSON), with file and line
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from longcot.errors import ConfigError, InputError, LongcotError, TeacherError


class BudgetExceededError(LongcotError):
    """The run reached --max-usd; what completed is written."""


class InterruptedRunError(LongcotError):
    """Ctrl-C: what completed is written."""


def _pairs(values: list[str] | None, flag: str) -> dict[str, Any]:
    import yaml

    out: dict[str, Any] = {}
    for value in values or []:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{flag} must look like KEY=VALUE, got {value!r}", hint=f"e.g. {flag} temperature=0.6")
        try:
            out[key.strip()] = yaml.safe_load(rest)
        except yaml.YAMLError:
            out[key.strip()] = rest
    return out


def side_path(output: Path, suffix: str) -> Path:
    """`runs/x.parquet` → `runs/x<suffix>` (the files written beside the output)."""
    return output.with_name(output.name[: -len(".parquet")] + suffix)


def run_id(output: Path) -> str:
    """The name of a `longcot sample` run in the cache's spend ledger: its output file, absolute."""
    return "sample:" + str(output.resolve())


def read_problems(source: str, *, columns: dict[str, str], revision: str | None, split: str, output: Path):  # noqa: ANN201
    """Read INPUT as `longcot run` does; rows without `problem` go to OUT.rejects.jsonl with file and line."""
    import polars as pl

    from longcot.io import InputSpec, iter_input, write_jsonl

    spec = InputSpec(path=source, revision=revision, split=split, columns=columns, required=("problem",))
    frames, rejects = [], []
    for frame, bad in iter_input(spec):
        rejects.extend(bad)
        if frame.height:
            frames.append(frame.drop("_line", strict=False))
    rejects_path = side_path(output, ".rejects.jsonl")
    if rejects:
        write_jsonl([r.to_dict() for r in rejects], rejects_path)
    elif rejects_path.exists():
        rejects_path.unlink()
    frame = pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame()
    if frame.height == 0:
        first = f"; first: {rejects[0].file}:{rejects[0].line}: {rejects[0].error}" if rejects else ""
        raise InputError(
            f"{source} has no problem to sample ({len(rejects)} row(s) rejected{first})",
            hint="every row needs a `problem` (map a column to it with --column problem=question)",
        )
    if "problem" not in frame.columns:
        raise InputError(f"{source} has no `problem` column", hint="map one with --column problem=question")
    frame = frame.with_columns(pl.col("problem").cast(pl.String))
    return frame, rejects, rejects_path


def register(app: typer.Typer) -> None:
    """Add the `sample` command to the `longcot` app."""

    @app.command("sample")
    def sample_cmd(
        input: Annotated[str, typer.Argument(help="Problems: JSONL/Parquet file or folder, or a Hub dataset id.")],
        teacher: Annotated[
            list[str], typer.Option("--teacher", "-t", help="Teacher spec, e.g. openai:gpt-4o-mini,temperature=0.6.")
        ],
        output: Annotated[Path, typer.Option("--output", "-o", help="Parquet file to write the samples to.")],
        n: Annotated[int, typer.Option("-n", help="Samples per problem for teachers that set no n.")] = 1,
        cache: Annotated[
            Path | None, typer.Option("--cache", help="Response cache (SQLite); default OUT.cache.sqlite.")
        ] = None,
        concurrency: Annotated[int, typer.Option("--concurrency", help="Requests in flight at once.")] = 16,
        rpm: Annotated[int | None, typer.Option("--rpm", help="Requests per minute, per teacher.")] = None,
        tpm: Annotated[int | None, typer.Option("--tpm", help="Tokens per minute, per teacher.")] = None,
        max_usd: Annotated[
            float | None,
            typer.Option("--max-usd", help="Hard cap on dollars this output costs, over every resume of it."),
        ] = None,
        estimate: Annotated[
            bool, typer.Option("--estimate", help="Print requests, tokens and dollars per teacher; send nothing.")
        ] = False,
        batch: Annotated[
            bool, typer.Option("--batch", help="Use the OpenAI / Anthropic Batch APIs (half price, slow).")
        ] = False,
        param: Annotated[
            list[str] | None, typer.Option("--param", "-p", help="A param for every teacher: KEY=VALUE (repeatable).")
        ] = None,
        until_correct: Annotated[
            int | None, typer.Option("--until-correct", help="Stop a problem once K samples verify correct.")
        ] = None,
        fallback: Annotated[
            bool, typer.Option("--fallback", help="A failed sample goes to the next teacher.")
        ] = False,
        max_retries: Annotated[int, typer.Option("--max-retries", help="Retries per request.")] = 6,
        timeout: Annotated[float, typer.Option("--timeout", help="Seconds per request.")] = 600.0,
        system_prompt: Annotated[str | None, typer.Option("--system-prompt", help="A system turn.")] = None,
        prompt: Annotated[
            str | None, typer.Option("--prompt", help="User turn with {problem}; default: a boxed-answer prompt.")
        ] = None,
        column: Annotated[
            list[str] | None, typer.Option("--column", help="Map a source column: problem=question (repeatable).")
        ] = None,
        revision: Annotated[str | None, typer.Option("--revision", help="Hub revision of INPUT.")] = None,
        split: Annotated[str, typer.Option("--split", help="Split of a Hub dataset.")] = "train",
        json_out: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON on stdout.")] = False,
    ) -> None:
        """Sample every teacher × n for each problem; re-running the same command resumes from the cache."""
        from longcot.teachers.cache import ResponseCache
        from longcot.teachers.sampler import SamplerConfig
        from longcot.teachers.spec import PromptTemplate, parse_teachers

        if output.suffix != ".parquet":
            raise ConfigError(
                f"--output must be a .parquet file, got {str(output)!r}",
                hint=f"use e.g. --output {output.with_suffix('.parquet')}",
            )
        if n < 1:
            raise ConfigError(f"-n must be at least 1, got {n}")
        teachers = parse_teachers(teacher, n=n)
        extra = _pairs(param, "--param")
        if extra:
            # a teacher's own params win over --param
            teachers = [
                t.with_params({k: v for k, v in extra.items() if k not in t.sampling and k not in t.call})
                for t in teachers
            ]
        template = PromptTemplate.from_dict({"user": prompt, "system": system_prompt} if prompt else
                                            ({"system": system_prompt} if system_prompt else None))  # fmt: skip
        config = SamplerConfig(
            teachers=tuple(teachers), prompt=template, concurrency=concurrency, rpm=rpm, tpm=tpm, max_usd=max_usd,
            strategy="fallback" if fallback else "all", until_correct=until_correct, max_retries=max_retries,
            timeout=timeout, batch=batch,
        )  # fmt: skip
        frame, rejects, rejects_path = read_problems(
            input, columns={k: str(v) for k, v in _pairs(column, "--column").items()}, revision=revision,
            split=split, output=output,
        )  # fmt: skip
        console = Console(stderr=True)
        if rejects:
            first = rejects[0]
            console.print(
                f"[yellow]warning:[/] {len(rejects)} input row(s) set aside (first: {first.file}:{first.line}: "
                f"{first.error}) → {rejects_path}",
                highlight=False, soft_wrap=True,
            )  # fmt: skip
        cache_path = cache or side_path(output, ".cache.sqlite")
        with ResponseCache(cache_path) as store:
            if estimate:
                _print_estimate(config, store, frame, console, json_out=json_out)
                return
            for t in teachers:
                t.api_key()  # a missing key fails here, before any request
            _run(config, store, frame, output, cache_path, console, input_name=input, json_out=json_out,
                 n_rejects=len(rejects))  # fmt: skip


def _print_estimate(config: Any, store: Any, frame: Any, console: Console, *, json_out: bool) -> None:
    from longcot.teachers.estimate import estimate_run
    from longcot.teachers.run import frame_problems

    lines = estimate_run(config, store, frame_problems(frame))
    if json_out:
        print(json.dumps(lines, indent=2))
        return
    table = Table(title=f"estimate: {frame.height:,} problems", title_justify="left")
    for name in ("teacher", "requests", "cached", "to send", "prompt tok", "output tok exp", "output tok max", "$ exp",
                 "$ max"):  # fmt: skip
        table.add_column(name, justify="left" if name == "teacher" else "right", no_wrap=name == "teacher")
    for line in lines:
        usd = "-" if line["usd_expected"] is None else f"{line['usd_expected']:,.2f}"
        usd_max = "no price" if line["usd_max"] is None else f"{line['usd_max']:,.2f}"
        table.add_row(
            line["teacher"], f"{line['requests']:,}", f"{line['cached']:,}", f"{line['to_send']:,}",
            f"{line['prompt_tokens']:,}", f"{line['output_tokens_expected']:,}", f"{line['output_tokens_max']:,}",
            usd, usd_max,
        )  # fmt: skip
    console.print(table)
    console.print(
        "[dim]output tokens: mean of cached responses when there are some, else max_tokens (an upper bound)[/]"
    )


def _run(
    config: Any, store: Any, frame: Any, output: Path, cache_path: Path, console: Console, *, input_name: str,
    json_out: bool, n_rejects: int,
) -> None:  # fmt: skip
    from longcot import __version__
    from longcot.io import write_jsonl, write_parquet
    from longcot.teachers.progress import SampleProgress
    from longcot.teachers.run import sample_frame

    started = time.time()
    with SampleProgress(console) as progress:
        # The output file names the run in the cache's spend ledger: --max-usd holds across resumes of it.
        samples, result = sample_frame(frame, config, store, progress=progress, handle_sigint=True,
                                       run_id=run_id(output))  # fmt: skip
    output.parent.mkdir(parents=True, exist_ok=True)
    write_parquet(samples, output)
    failed_path = side_path(output, ".failed.jsonl")
    if result.failures:
        write_jsonl(result.failures, failed_path)
    elif failed_path.exists():
        failed_path.unlink()
    status = "complete" if result.complete else (result.stopped or ("failed" if result.fatal else "incomplete"))
    meta = {
        "longcot": __version__,
        "input": input_name,
        "output": str(output),
        "cache": str(cache_path),
        "status": status,
        "started": started,
        "seconds": round(time.time() - started, 3),
        "problems": frame.height,
        "rows": samples.height,
        "rejected_input_rows": n_rejects,
        "failed": len(result.failures),
        "spent_usd": round(result.spent_usd, 6),
        "spent_total_usd": round(result.spent_total_usd, 6),
        "prompt": {"system": config.prompt.system, "user": config.prompt.user},
        "strategy": config.strategy,
        "until_correct": config.until_correct,
        "batch": config.batch,
        "max_usd": config.max_usd,
        "teachers": [t.to_dict() for t in config.teachers],
        "terms_of_use": {t.provider: t.terms for t in config.teachers},
        "stats": {name: s.to_dict() for name, s in result.stats.items()},
    }
    side_path(output, ".run.json").write_text(json.dumps(meta, indent=2, default=str))
    cached = sum(s.cached for s in result.stats.values())
    sent = sum(s.sent for s in result.stats.values())
    before = f" (${result.spent_total_usd:,.4f} over every run of this output)" if result.spent_before_usd else ""
    console.print(
        f"[bold]{samples.height:,}[/] samples → {output} · {sent:,} sent, {cached:,} from cache · "
        f"${result.spent_usd:,.4f} spent{before}",
        highlight=False, soft_wrap=True,
    )  # fmt: skip
    if json_out:
        keys = ("status", "rows", "failed", "spent_usd", "spent_total_usd", "stats")
        print(json.dumps({k: meta[k] for k in keys}, indent=2))
    again = "run the same command again"
    if result.fatal:
        error = result.fatal[0]
        raise TeacherError(error.message, hint=(error.hint + "; then " + again) if error.hint else again)
    if result.stopped == "budget":
        total = result.spent_total_usd
        earlier = (
            f" (${result.spent_before_usd:,.4f} by earlier runs of this output)" if result.spent_before_usd else ""
        )
        raise BudgetExceededError(
            f"stopped at --max-usd {config.max_usd}: this output has cost ${total:,.4f}{earlier}, "
            f"${result.spent_usd:,.4f} in this run; {samples.height:,} samples written to {output}",
            hint=f"{again} with a larger --max-usd (above {total:,.2f}: the cap counts what earlier runs of this "
            f"output spent) to continue; the {samples.height:,} completed requests are cached in {cache_path} and "
            "are not paid again",
        )
    if result.stopped == "interrupted":
        raise InterruptedRunError(
            f"interrupted: {samples.height:,} samples written to {output}",
            hint=f"{again} to resume (completed requests are cached in {cache_path})",
        )
    if result.failures:
        first = result.failures[0]
        raise TeacherError(
            f"{len(result.failures)} sample(s) failed after retries (first: {first['error']}); "
            f"listed in {failed_path}",
            hint=f"{again} to retry only those (the {samples.height:,} others are cached)",
        )
