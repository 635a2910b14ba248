"""Exceptions the toolkit raises on purpose.

LongcotError
├── ConfigError (also ValueError)              a bad argument, pipeline YAML or recipe value
├── MissingDependencyError (also ImportError)  an optional extra is not installed
├── InputError                                 an input file or dataset cannot be read
├── SchemaError                                input rows do not match the stage schema
├── TeacherError                               a teacher call failed after retries
│   ├── TeacherRateLimitError                  retryable
│   └── TeacherResponseError                   malformed or empty response
└── ReleaseError                               a release gate refused to publish
    ├── ContaminationError
    └── ManifestMismatchError                  files on the Hub differ from the manifest hashes

Every error carries a `hint`: the next thing the user should do. The CLI prints the message and the
hint on one screen and exits non-zero; set ``LONGCOT_DEBUG=1`` for the traceback.
"""

from __future__ import annotations

from collections.abc import Sequence


class LongcotError(Exception):
    """Base class of every error the toolkit raises on purpose; `hint` is the next thing to do."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.args[0]}\n  hint: {self.hint}" if self.hint else str(self.args[0])


class ConfigError(LongcotError, ValueError):
    """A bad argument, pipeline YAML or recipe value."""


class MissingDependencyError(LongcotError, ImportError):
    """An optional extra is not installed."""

    def __init__(self, what: str, package: str, extra: str) -> None:
        self.what, self.package, self.extra = what, package, extra
        super().__init__(
            f"{what} needs `{package}`, which is not installed",
            hint=f"install it with `pip install 'longcot[{extra}]'`",
        )


class InputError(LongcotError):
    """An input file or dataset cannot be read (missing, unreadable, wrong format)."""


class SchemaError(LongcotError):
    """Rows do not match the schema a step needs."""


class TeacherError(LongcotError):
    """A teacher call failed after retries."""


class TeacherRateLimitError(TeacherError):
    """The provider kept answering 429."""


class TeacherResponseError(TeacherError):
    """The provider answered with something malformed or empty."""


class ReleaseError(LongcotError):
    """A release gate refused to publish."""


class ContaminationError(ReleaseError):
    """Rows match a benchmark the release is checked against."""

    def __init__(self, benchmark: str, n_rows: int, example_ids: Sequence[str]) -> None:
        self.benchmark, self.n_rows, self.example_ids = benchmark, n_rows, list(example_ids)
        example = f" (e.g. id={self.example_ids[0]!r})" if self.example_ids else ""
        super().__init__(
            f"{n_rows} rows match {benchmark}{example}",
            hint="run `longcot contamination-check INPUT --drop OUTPUT` and release OUTPUT instead",
        )


class ManifestMismatchError(ReleaseError):
    """Files on the Hub differ from the hashes in the release manifest."""
