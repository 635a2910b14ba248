"""pipeline/base.py rows: funnels, YAML type checks and the drop rule, each with the value it must give.

Aimed at the mutants a mutmut run of `pipeline/base.py` left alive (`python bench/mutation.py --file base`):
each row states the count, message or verdict that a one-token change would alter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import polars as pl
import pytest

from longcot.errors import ConfigError, MissingDependencyError, SchemaError
from longcot.pipeline.base import Filter, Processor, StepStats, _describe, _matches, check_types, require


# ---------------------------------------------------------------- StepStats: the funnel's counts


def test_stats_record_and_merge_add_every_count() -> None:
    a = StepStats("length", dropped={"too_long": 2}, flagged={"odd": 1})
    assert isinstance(a.dropped, Counter) and isinstance(a.flagged, Counter)  # plain dicts become Counters
    a.record(rows_in=10, rows_out=7, seconds=0.5)
    a.record(rows_in=5, rows_out=5)
    assert (a.rows_in, a.rows_out, a.batches, a.seconds) == (15, 12, 2, 0.5)
    b = StepStats("length", rows_in=4, rows_out=1, dropped={"too_long": 1, "empty": 2}, flagged={"odd": 3},
                  batches=3, seconds=1.25)  # fmt: skip
    a.merge(b)
    assert (a.rows_in, a.rows_out, a.batches, a.seconds) == (19, 13, 5, 1.75)
    assert a.dropped == {"too_long": 3, "empty": 2} and a.flagged == {"odd": 4}
    assert (b.rows_in, b.dropped) == (4, {"too_long": 1, "empty": 2})  # the other side is left as it was


def test_count_drops_counts_each_reason() -> None:
    stats = StepStats("s", dropped={"a": 1})
    stats.count_drops(pl.Series(["a", "b", "a", "a"]))
    assert stats.dropped == {"a": 4, "b": 1}


@pytest.mark.parametrize(
    ("stats", "expected"),
    [
        (StepStats("s"), {"step": "s", "rows_in": 0, "rows_out": 0, "dropped": {}, "batches": 0, "seconds": 0.0}),
        (
            StepStats("s", 9, 4, {"z": 1, "a": 4}, {"odd": 2}, 2, 1.234567),
            {"step": "s", "rows_in": 9, "rows_out": 4, "dropped": {"a": 4, "z": 1}, "batches": 2, "seconds": 1.2346,
             "flagged": {"odd": 2}},
        ),
    ],
)  # fmt: skip
def test_stats_to_dict_and_back(stats: StepStats, expected: dict[str, Any]) -> None:
    out = stats.to_dict()
    assert out == expected
    assert list(out["dropped"]) == sorted(out["dropped"])  # sorted, so funnels diff cleanly
    back = StepStats.from_dict(out)
    assert back.to_dict() == expected
    assert isinstance(back.dropped, Counter)


def test_stats_from_dict_defaults_missing_keys() -> None:
    stats = StepStats.from_dict({"step": "s"})
    assert (stats.step, stats.rows_in, stats.rows_out, stats.batches, stats.seconds) == ("s", 0, 0, 0, 0.0)
    assert stats.dropped == {} and stats.flagged == {}


# ---------------------------------------------------------------- YAML values against annotations


@pytest.mark.parametrize(
    ("value", "kind", "fits"),
    [
        ("x", Any, True),
        (None, None, True),
        (0, None, False),
        (None, type(None), True),
        ("", type(None), False),
        (3, int | None, True),
        (None, int | None, True),
        ("3", int | None, False),
        ("a", Literal["a", "b"], True),
        ("c", Literal["a", "b"], False),
        (True, bool, True),
        (1, bool, False),
        (1, int, True),
        (True, int, False),
        (1.5, int, False),
        (1, float, True),
        (1.5, float, True),
        (False, float, False),
        ("1.5", float, False),
        ("a", str, True),
        (1, str, False),
        (["a", "b"], tuple[str, ...], True),
        (("a",), list[str], True),
        (["a", 1], tuple[str, ...], False),
        ("problem", tuple[str, ...], True),  # `columns: problem` means one column
        ("problem", tuple[int, ...], False),
        ("problem", list, True),  # no element type: anything goes
        ([1, "a"], list, True),
        ({"a"}, set[str], False),  # YAML gives lists, never sets
        (["a"], Sequence[str], True),
        (["a"], frozenset[str], True),
        (5, list[int], False),
        ({"a": 1}, dict[str, int], True),
        ({"a": "1"}, dict[str, int], False),
        ({"a": "1"}, Mapping[str, str], True),
        ({"a": "1"}, dict, True),
        (["a"], dict[str, str], False),
        (object(), Counter, True),  # an annotation it does not know accepts anything
    ],
)
def test_matches(value: Any, kind: Any, fits: bool) -> None:
    assert _matches(value, kind) is fits


def test_matches_typing_union_spelling() -> None:
    from typing import Optional, Union

    assert _matches("a", Union[int, str]) and not _matches(1.5, Union[int, str])  # noqa: UP007
    assert _matches(None, Optional[int]) and not _matches("a", Optional[int])  # noqa: UP045


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (None, "null"),
        (type(None), "null"),
        (int | None, "an integer or null"),
        (Literal["a", "b"], "one of 'a', 'b'"),
        (bool, "true or false"),
        (int, "an integer"),
        (float, "a number"),
        (str, "a string"),
        (tuple[str, ...], "a list of strings"),
        (list[int], "a list of integers"),
        (Sequence[float], "a list of numbers"),
        (list, "a list"),
        (dict[str, int], "a mapping"),
        (Mapping[str, str], "a mapping"),
        (Counter, "Counter"),
    ],
)
def test_describe(kind: Any, text: str) -> None:
    assert _describe(kind) == text


@dataclass(frozen=True)
class DemoConfig:
    min: int = 0
    name: str | None = None
    columns: tuple[str, ...] = ("completion",)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"min": "lots"}, "step 1: option `min` must be an integer, got 'lots'"),
        ({"min": 1, "name": 3}, "step 1: option `name` must be a string or null, got 3"),
        ({"columns": [1]}, "step 1: option `columns` must be a list of strings, got [1]"),
        ({"min": 1, "name": None, "columns": "problem", "unknown": object()}, None),  # unknown keys: not checked here
    ],
)
def test_check_types_names_key_and_value(options: dict[str, Any], message: str | None) -> None:
    for cls in (DemoConfig, {"min": int, "name": str | None, "columns": tuple[str, ...]}):
        if message is None:
            check_types(cls, options, what="step 1: option `{key}`")
        else:
            with pytest.raises(ConfigError) as info:
                check_types(cls, options, what="step 1: option `{key}`")
            assert str(info.value) == message


# ---------------------------------------------------------------- processors


def test_require_names_the_missing_module_and_extra() -> None:
    require("Demo", (("polars", "core"), ("json", "core")))
    with pytest.raises(MissingDependencyError) as info:
        require("Demo", (("polars", "core"), ("no_such_module_xyz", "train")))
    assert (info.value.what, info.value.package, info.value.extra) == ("Demo", "no_such_module_xyz", "train")


class Plain(Processor):
    name = "plain"

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        return batch.head(1)


class Configured(Processor):
    name = "configured"
    Config = DemoConfig

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        return batch


@dataclass(frozen=True)
class CheckedConfig:
    n: int = 1

    def __post_init__(self) -> None:
        if self.n > 5:
            raise ConfigError(f"n must be at most 5, got {self.n}", hint="lower n")
        if self.n < 0:
            raise ValueError(f"negative n {self.n}")


class Checked(Processor):
    name = "checked"
    Config = CheckedConfig

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        return batch


def test_processor_init_config_and_stats() -> None:
    plain = Plain()
    assert plain.config is None and plain.drop_sink is None and plain.stats.step == "plain"
    assert plain.config_dict() == {"type": "plain"}
    default = Configured()
    assert default.config == DemoConfig()
    assert default.config_dict() == {"type": "configured", "min": 0, "name": None, "columns": ("completion",)}
    given = Configured(DemoConfig(min=3))
    assert given.config.min == 3 and given.stats.step == "configured"
    with pytest.raises(ConfigError) as info:
        Configured({"min": 3})
    assert str(info.value) == "Configured needs a DemoConfig, got {'min': 3}"


def test_processor_with_a_missing_extra_fails_at_construction() -> None:
    class NeedsMagic(Plain):
        requires = (("no_such_module_xyz", "magic"),)

    with pytest.raises(MissingDependencyError, match=r"NeedsMagic needs `no_such_module_xyz`"):
        NeedsMagic()


def test_call_records_rows_in_and_out() -> None:
    step = Plain()
    out = step(pl.DataFrame({"a": [1, 2, 3]}))
    step(pl.DataFrame({"a": [4, 5]}))
    assert out["a"].to_list() == [1]
    assert (step.stats.rows_in, step.stats.rows_out, step.stats.batches) == (5, 2, 2)
    assert step.stats.seconds >= 0.0


@pytest.mark.parametrize(
    ("cls", "options", "message", "hint"),
    [
        (Plain, {"x": 1}, "p.yaml, step 2: step 'plain' takes no options, got ['x']", None),
        (Configured, {"mni": 1, "zzz": 2}, "p.yaml, step 2: unknown option 'mni' for step 'configured'",
         "options of 'configured' are: columns, min, name"),
        (Configured, {"min": "lots"},
         "p.yaml, step 2: option `min` of step 'configured' must be an integer, got 'lots'", None),
        (Checked, {"n": 9}, "p.yaml, step 2: n must be at most 5, got 9", "lower n"),
        (Checked, {"n": -1}, "p.yaml, step 2: bad options for step 'checked': negative n -1", None),
    ],
)  # fmt: skip
def test_from_config_errors(cls: type[Processor], options: dict, message: str, hint: str | None) -> None:
    with pytest.raises(ConfigError) as info:
        cls.from_config(options, where="p.yaml, step 2")
    assert (info.value.args[0], info.value.hint) == (message, hint)
    error = info.value  # one line: no chained traceback
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


@dataclass(frozen=True)
class EmptyConfig:
    pass


class NoOptions(Plain):
    name = "no_options"
    Config = EmptyConfig


def test_an_option_for_a_config_without_fields() -> None:
    with pytest.raises(ConfigError) as info:
        NoOptions.from_config({"x": 1}, where="w")
    assert (info.value.args[0], info.value.hint) == ("w: unknown option 'x' for step 'no_options'",
                                                     "options of 'no_options' are: (none)")  # fmt: skip


def test_from_config_builds_the_step() -> None:
    assert isinstance(Plain.from_config({}, where="w"), Plain)
    step = Configured.from_config({"min": 2, "columns": ["a"]}, where="w")
    assert isinstance(step, Configured) and step.config == DemoConfig(min=2, columns=["a"])
    assert Checked.from_config({}, where="w").config == CheckedConfig()


class ListSink:
    def __init__(self) -> None:
        self.frames: list[pl.DataFrame] = []

    def write(self, frame: pl.DataFrame) -> None:
        self.frames.append(frame)


class Big(Filter):
    name = "big"

    def rules(self) -> dict[str, pl.Expr]:
        return {"big": pl.col("n") > 3, "odd": pl.col("n") % 2 == 1}


@pytest.mark.parametrize(
    ("values", "kept", "dropped", "sunk"),
    [
        ([1, 2, 4, 5, 6], [2], {"odd": 1, "big": 3}, [(1, "odd"), (4, "big"), (5, "big"), (6, "big")]),  # first wins
        ([2, 2], [2, 2], {}, []),  # nothing dropped: the batch as it was, nothing sent to the sink
        ([], [], {}, []),
        ([None, 3], [None], {"odd": 1}, [(3, "odd")]),  # a null never drops
        ([5], [], {"big": 1}, [(5, "big")]),  # a one-row batch goes through the rules too
    ],
)
def test_filter_drops_counts_and_sinks(values: list, kept: list, dropped: dict, sunk: list) -> None:
    step, sink = Big(), ListSink()
    step.drop_sink = sink
    batch = pl.DataFrame({"n": values}, schema={"n": pl.Int64})
    out = step(batch)
    assert out["n"].to_list() == kept and out.columns == ["n"]
    assert dict(step.stats.dropped) == dropped
    rows = [(r["n"], r["drop_reason"]) for f in sink.frames for r in f.iter_rows(named=True)]
    assert rows == sunk
    assert all(f["drop_step"].to_list() == ["big"] * f.height for f in sink.frames)
    assert len(sink.frames) == (1 if sunk else 0)
    if not sunk:
        assert out is batch


def test_filter_without_a_sink_still_counts() -> None:
    step = Big()
    out = step(pl.DataFrame({"n": [1, 8]}))
    assert out["n"].to_list() == [] and step.stats.dropped == {"odd": 1, "big": 1}


def test_filter_rules_for_and_missing_rules() -> None:
    class ByColumns(Filter):
        name = "by_columns"

        def rules_for(self, batch: pl.DataFrame) -> dict[str, pl.Expr]:
            return {"neg": pl.col("n") < 0} if "n" in batch.columns else {}

    step = ByColumns()
    assert step(pl.DataFrame({"n": [-1, 1]}))["n"].to_list() == [1]
    other = pl.DataFrame({"m": [-1]})
    assert step(other) is other

    class NoRules(Filter):
        name = "no_rules"

    with pytest.raises(TypeError, match=r"NoRules must define rules\(\) or rules_for\(batch\)"):
        NoRules()(pl.DataFrame({"n": [1]}))


def test_processor_checks_columns_first() -> None:
    with pytest.raises(SchemaError):

        class NeedsN(Plain):
            needs = ("n",)

        NeedsN()(pl.DataFrame({"m": [1]}))
