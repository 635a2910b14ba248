"""Global stages resume like any datatrove run: a crash after the reduce stage reruns only what did not finish."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from longcot.curation.difficulty import Difficulty
from longcot.errors import ConfigError
from longcot.pipeline import Processor, make_pipeline, run_pipeline
from longcot.pipeline.adapter import ProcessorStep


@dataclass(frozen=True)
class ProbeConfig:
    log: str = ""  # every problem seen is appended here
    fail_unless: str = ""  # raise unless this file exists (then create it): a crash on the first run


class Probe(Processor):
    name = "probe"
    Config = ProbeConfig

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        if self.config.log:
            with open(self.config.log, "a") as handle:
                handle.write("".join(f"{p}\n" for p in batch["problem"]))
        if self.config.fail_unless and not Path(self.config.fail_unless).exists():
            Path(self.config.fail_unless).write_text("crashed once")
            raise RuntimeError("simulated crash")
        return batch


def _input(folder: Path) -> Path:
    folder.mkdir()
    for shard in range(2):
        # each problem has one correct and one incorrect sample, in different shards
        verdict = "correct" if shard else "incorrect"
        rows = [{"problem_id": f"p{i}", "problem": f"problem {i}", "verdict": verdict} for i in range(6)]
        (folder / f"part-{shard}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def test_crash_after_the_reduce_stage_resumes_without_redoing_it(tmp_path: Path) -> None:
    data = _input(tmp_path / "in")
    before = tmp_path / "before.log"
    steps = [Probe(ProbeConfig(log=str(before))), Difficulty(), Probe(ProbeConfig(fail_unless=str(tmp_path / "flag")))]
    config = make_pipeline(str(data), steps, str(tmp_path / "out"), tasks=2, workers=1)
    with pytest.raises(RuntimeError, match="simulated crash"):
        run_pipeline(config)
    assert (tmp_path / "out" / "global" / "02-difficulty" / "decision.parquet").exists()
    seen_first = before.read_text().splitlines()
    result = run_pipeline(config)  # the same command again
    assert before.read_text().splitlines() == seen_first  # the collect stage did not run again
    assert result.tasks_completed == 2
    out = pl.read_parquet(tmp_path / "out" / "data" / "*.parquet")
    assert out.height == 12 and set(out["pass_rate"]) == {0.5}
    assert not (tmp_path / "out" / "global" / "02-difficulty" / "rows").exists()


def test_a_global_step_cannot_run_batch_by_batch() -> None:
    with pytest.raises(ConfigError, match="decides from every row of the run"):
        ProcessorStep(Difficulty())


def test_progress_shows_every_stage_with_its_own_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from rich.console import Console
    from typer.testing import CliRunner

    import longcot.cli as cli
    from longcot.pipeline.config import load_config
    from longcot.pipeline.stages import stage_plan

    data = _input(tmp_path / "in")
    yaml = tmp_path / "p.yaml"
    yaml.write_text(
        f"name: staged\ninput: {data}\noutput: {{path: {tmp_path / 'out'}}}\nexecutor: {{tasks: 2, workers: 1}}\n"
        "steps:\n  - {type: difficulty}\n  - {type: length, column: problem, min: 1}\n"
    )
    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=200))
    ran = CliRunner().invoke(cli.app, ["run", str(yaml)])
    assert ran.exit_code == 0, ran.output
    shown = screen.getvalue()
    for line in ("staged stage 1/3: difficulty: collect", "staged stage 2/3: difficulty: reduce",
                 "staged stage 3/3: difficulty → length → write"):  # fmt: skip
        assert line in shown
    plan = stage_plan(load_config(yaml))
    assert [(s.tasks, s.completed()) for s in plan] == [(2, 2), (1, 1), (2, 2)]


def test_a_pipeline_without_global_steps_is_one_stage(tmp_path: Path) -> None:
    from longcot.pipeline.stages import stage_plan
    from longcot.pipeline.steps import ExactDedup

    config = make_pipeline(str(_input(tmp_path / "in")), [ExactDedup()], str(tmp_path / "out"), tasks=2)
    [stage] = stage_plan(config)
    assert (stage.label, stage.tasks, stage.logging_dir) == ("dedup → write", 2, (tmp_path / "out" / "logs"))
