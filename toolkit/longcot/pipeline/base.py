"""Processors: a polars batch in, a polars batch out, with a funnel of what was dropped and why.

This follows datatrove's filter contract (`(False, "reason")` counted as `dropped_<reason>`), written
as vectorised polars expressions so a batch of 10k rows costs one pass, not 10k Python calls.
"""

from __future__ import annotations

import importlib.util
import time
import types
import typing
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, ClassVar, Literal, Protocol, Union

import polars as pl

from longcot.errors import ConfigError, MissingDependencyError
from longcot.records import require_columns


@dataclass
class StepStats:
    """What one step did: rows in and out, drops by reason, time spent.

    Stats from several ranks merge with :meth:`merge`, so a distributed run reports one funnel.
    """

    step: str
    rows_in: int = 0
    rows_out: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    seconds: float = 0.0

    def __post_init__(self) -> None:
        # Counters add on merge; a plain dict passed in would overwrite counts instead.
        self.dropped = Counter(self.dropped)
        self.flagged = Counter(self.flagged)

    def record(self, *, rows_in: int, rows_out: int, seconds: float = 0.0) -> None:
        """Add one batch's row counts and time."""
        self.rows_in += rows_in
        self.rows_out += rows_out
        self.batches += 1
        self.seconds += seconds

    def count_drops(self, reasons: pl.Series) -> None:
        """Add one count per dropped row, keyed by its (non-null) reason."""
        for reason, n in reasons.value_counts().iter_rows():
            self.dropped[str(reason)] += int(n)

    def merge(self, other: StepStats) -> None:
        """Add another rank's stats for the same step."""
        self.rows_in += other.rows_in
        self.rows_out += other.rows_out
        self.dropped.update(other.dropped)
        self.flagged.update(other.flagged)
        self.batches += other.batches
        self.seconds += other.seconds

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (drop reasons sorted, so funnels diff cleanly)."""
        out: dict[str, Any] = {
            "step": self.step,
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "dropped": dict(sorted(self.dropped.items())),
            "batches": self.batches,
            "seconds": round(self.seconds, 4),
        }
        if self.flagged:
            out["flagged"] = dict(sorted(self.flagged.items()))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepStats:
        """Inverse of :meth:`to_dict`."""
        return cls(
            step=data["step"],
            rows_in=data.get("rows_in", 0),
            rows_out=data.get("rows_out", 0),
            dropped=Counter(data.get("dropped", {})),
            flagged=Counter(data.get("flagged", {})),
            batches=data.get("batches", 0),
            seconds=data.get("seconds", 0.0),
        )


def _matches(value: Any, kind: Any) -> bool:
    """Whether a YAML value fits a dataclass field annotation (unknown annotations accept anything)."""
    if kind is Any:
        return True
    if kind is None or kind is type(None):
        return value is None
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (Union, types.UnionType):
        return any(_matches(value, arg) for arg in args)
    if origin is Literal:
        return value in args
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is str:
        return isinstance(value, str)
    container = origin or kind
    if container in (tuple, list, Sequence, set, frozenset):
        element = args[0] if args else Any
        if isinstance(value, str):  # `columns: problem` means one column; steps turn it into a tuple
            return element is str or element is Any
        return isinstance(value, list | tuple) and all(_matches(v, element) for v in value)
    if container in (dict, Mapping):
        value_kind = args[1] if len(args) == 2 else Any
        return isinstance(value, dict) and all(_matches(v, value_kind) for v in value.values())
    return True


def _describe(kind: Any) -> str:
    if kind is None or kind is type(None):
        return "null"
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (Union, types.UnionType):
        return " or ".join(_describe(arg) for arg in args)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    names = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}
    if kind in names:
        return names[kind]
    container = origin or kind
    if container in (tuple, list, Sequence, set, frozenset):
        return f"a list of {_describe(args[0]).removeprefix('a ').removeprefix('an ')}s" if args else "a list"
    if container in (dict, Mapping):
        return "a mapping"
    return getattr(kind, "__name__", str(kind))


def check_types(cls: type | Mapping[str, Any], options: Mapping[str, Any], *, what: str) -> None:
    """Check YAML values against the annotations of a config dataclass, naming the key and the value.

    Args:
        cls: A dataclass (a step's `Config`, `InputSpec`, `OutputSpec`), or `{key: annotation}`.
        options: Key → value as read from YAML (unknown keys are not checked here).
        what: How a key is named in the message, with `{key}` in it: "step 'length': option `{key}`".

    Raises:
        ConfigError: A value has the wrong type, e.g. `min: lots` for an integer option.

    Example:
        >>> from longcot.pipeline.steps import LengthFilterConfig
        >>> check_types(LengthFilterConfig, {"min": 10, "max": None}, what="option {key}")
    """
    hints = dict(cls) if isinstance(cls, Mapping) else typing.get_type_hints(cls)
    for key, value in options.items():
        if key in hints and not _matches(value, hints[key]):
            raise ConfigError(f"{what.format(key=key)} must be {_describe(hints[key])}, got {value!r}")


class DropSink(Protocol):
    """Where a filter sets its dropped rows aside (a Parquet writer in a pipeline run)."""

    def write(self, frame: pl.DataFrame) -> None: ...


def require(what: str, modules: tuple[tuple[str, str], ...]) -> None:
    """Raise :class:`MissingDependencyError` unless every `(module, extra)` is importable.

    Example:
        >>> require("Demo", (("polars", "core"),))
    """
    for module, extra in modules:
        if importlib.util.find_spec(module) is None:
            raise MissingDependencyError(what, module, extra)


class Processor(ABC):
    """One composable step: a batch of rows in, a batch of rows out.

    Subclasses set `name` (stable snake_case: it appears in funnels and manifests), `needs` (columns
    they read, checked on every batch) and optionally `Config`, a frozen dataclass built from the YAML
    step. Open clients, pools and indexes in :meth:`setup`, never in `__init__`: processors are pickled
    to datatrove workers before they run.
    """

    name: ClassVar[str] = "processor"
    Config: ClassVar[type | None] = None
    needs: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[tuple[str, str], ...]] = ()  # (module, extra) pairs

    def __init__(self, config: Any = None) -> None:
        require(type(self).__name__, self.requires)
        if self.Config is not None:
            config = config if config is not None else self.Config()
            if not isinstance(config, self.Config):
                raise ConfigError(f"{type(self).__name__} needs a {self.Config.__name__}, got {config!r}")
        self.config = config
        self.stats = StepStats(step=self.name)
        self.drop_sink: DropSink | None = None

    def setup(self) -> None:  # noqa: B027 - optional hook
        """Open what the step needs (clients, pools, indexes); called once per task before any batch."""

    def teardown(self) -> None:  # noqa: B027 - optional hook
        """Release what :meth:`setup` opened; called once per task after the last batch."""

    def preflight(self) -> None:  # noqa: B027 - optional hook
        """Check, once in the launching process before any task starts, what every task will need.

        Raise a :class:`~longcot.errors.LongcotError` for a cause all tasks would share (a missing
        file, an unreachable service), so the run fails at once in one line instead of in each worker.
        """

    @abstractmethod
    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Transform one batch."""

    def __call__(self, batch: pl.DataFrame) -> pl.DataFrame:
        require_columns(batch, self.needs, where=f"step {self.name!r}")
        start = time.perf_counter()
        out = self.process(batch)
        self.stats.record(rows_in=batch.height, rows_out=out.height, seconds=time.perf_counter() - start)
        return out

    def config_dict(self) -> dict[str, Any]:
        """The step's configuration as plain data, for manifests and `--dry-run`."""
        cfg = asdict(self.config) if is_dataclass(self.config) and not isinstance(self.config, type) else {}
        return {"type": self.name, **cfg}

    @classmethod
    def from_config(cls, options: dict[str, Any], *, where: str) -> Processor:
        """Build the processor from a YAML step's options, rejecting unknown keys.

        Args:
            options: The step mapping without its `type` key.
            where: File and step position, for error messages.

        Raises:
            ConfigError: An option is unknown or its value is invalid.
        """
        if cls.Config is None:
            if options:
                raise ConfigError(f"{where}: step {cls.name!r} takes no options, got {sorted(options)}")
            return cls()
        known = {f.name for f in fields(cls.Config)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise ConfigError(
                f"{where}: unknown option {unknown[0]!r} for step {cls.name!r}",
                hint=f"options of {cls.name!r} are: {', '.join(sorted(known)) or '(none)'}",
            )
        check_types(cls.Config, options, what=f"{where}: option `{{key}}` of step {cls.name!r}")
        try:
            config = cls.Config(**options)
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc.args[0]}", hint=exc.hint) from None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: bad options for step {cls.name!r}: {exc}") from None
        return cls(config)


class Filter(Processor):
    """A processor that only removes rows, and says why.

    Subclasses declare :meth:`rules` (or :meth:`rules_for` when the rules depend on the batch, e.g. on
    which columns it has); the base class drops, counts each reason into the funnel and hands dropped
    rows (with a `drop_reason` and `drop_step` column) to the run's drop sink.
    """

    def rules(self) -> dict[str, pl.Expr]:
        """Map each drop reason (stable snake_case) to an expression that is True for rows to drop."""
        raise TypeError(f"{type(self).__name__} must define rules() or rules_for(batch)")

    def rules_for(self, batch: pl.DataFrame) -> dict[str, pl.Expr]:
        """The rules for this batch. Defaults to :meth:`rules`."""
        return self.rules()

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        rules = self.rules_for(batch)
        if not rules or batch.height == 0:
            return batch
        # First matching rule wins, so the funnel counts each dropped row once.
        reason = pl.coalesce([pl.when(cond.fill_null(False)).then(pl.lit(name)) for name, cond in rules.items()])
        marked = batch.with_columns(reason.alias("drop_reason"))
        dropped_mask = marked["drop_reason"].is_not_null()
        if not dropped_mask.any():
            return batch
        dropped = marked.filter(dropped_mask)
        self.stats.count_drops(dropped["drop_reason"])
        if self.drop_sink is not None:
            self.drop_sink.write(dropped.with_columns(pl.lit(self.name).alias("drop_step")))
        return batch.filter(~dropped_mask)
