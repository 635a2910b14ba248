"""longcot: build long chain-of-thought math data by distillation, and prove what it does.

The pipeline is sample → verify → filter → decontaminate → release; each stage is a
:class:`longcot.pipeline.Processor` over polars batches, run on datatrove executors.
"""

from importlib.metadata import PackageNotFoundError, version


try:
    __version__ = version("longcot")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
