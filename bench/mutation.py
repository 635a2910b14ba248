"""Mutation testing of the files listed under `[tool.mutmut]` in pyproject.toml, with mutmut.

Run from the repo root with the venv active (mutmut is in the `dev` extra), one file at a time on a small
machine:

    python bench/mutation.py --file compare --max-children 2      # verify/compare.py
    python bench/mutation.py --file checker --max-children 2      # contamination/checker.py
    python bench/mutation.py --file base --max-children 2         # pipeline/base.py
    python bench/mutation.py --file compare --survivors           # after test changes: only survivors, unrun ones
    python bench/mutation.py --report                             # print the last results again, per file
    python bench/mutation.py --file compare --functions _value_at,_is_zero --max-children 2  # those functions only

`--file` takes a name from `only_mutate` (its stem, or the path); without it every file is run. `--functions`
(with `--file`) runs only the mutants of the functions named, comma-separated (mutmut's names
`MODULE.x_NAME__mutmut_N`; a method is `ClassǁNAME`); with `--survivors`, only those of them left alive. It prints
the mutants per status and the surviving share of each file, then the survivors' names (`mutmut show NAME`,
with the `src` link in place, prints a survivor's diff; `--show` prints every survivor's diff here).

mutmut names modules by their file path, and only strips a `src/` prefix: while it runs, this script
links `src -> toolkit` so `src/longcot/verify/compare.py` is the module `longcot.verify.compare`, and
removes the link afterwards. Results stay in `mutants/` (git-ignored); delete it to start afresh.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
#: mutmut's exit codes that leave a mutant alive.
_ALIVE = ("survived", "no tests")


def configured_files() -> list[str]:
    """The `only_mutate` paths of `[tool.mutmut]` (written under `src/`)."""
    if sys.version_info >= (3, 11):
        from tomllib import loads
    else:  # mutmut depends on `toml` there
        from toml import loads
    return list(loads((REPO / "pyproject.toml").read_text())["tool"]["mutmut"]["only_mutate"])


def resolve_file(name: str) -> str:
    """The `only_mutate` path that `name` (a stem such as `compare`, or a path) stands for."""
    files = configured_files()
    hits = [f for f in files if Path(f).stem == name or f.endswith(name.removeprefix("toolkit/"))]
    if len(hits) != 1:
        sys.exit(f"--file {name!r} matches {len(hits)} of the configured files: {', '.join(files)}")
    return hits[0]


def module_of(path: str) -> str:
    """`src/longcot/verify/compare.py` -> `longcot.verify.compare`, the prefix of its mutants' names."""
    return ".".join(Path(path).with_suffix("").parts[1:])


@contextlib.contextmanager
def src_link() -> Iterator[None]:
    """`src -> toolkit` while mutmut runs."""
    link = REPO / "src"
    if link.exists() and not link.is_symlink():
        sys.exit(f"{link} exists and is not the link this script makes; move it aside first")
    made = not link.exists()
    if made:
        link.symlink_to("toolkit", target_is_directory=True)
    try:
        yield
    finally:
        if made:
            link.unlink(missing_ok=True)


def mutmut(*args: str) -> int:
    """Run `python -m mutmut ARGS` in the repo root, with the environment the tests need."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # mutmut puts mutants/src first itself
    # The tests run inside mutants/, where tests/conftest.py's default `<repo>/../shared/data` does not exist.
    env.setdefault("LONGCOT_SHARED_DATA", str(REPO.parent / "shared" / "data"))
    # mutmut limits each mutant's CPU time (not wall time): polars' thread pool would spend it on every core at
    # once and turn slow tests into false timeouts; one thread each also keeps a shared machine usable.
    for name in ("POLARS_MAX_THREADS", "RAYON_NUM_THREADS", "OMP_NUM_THREADS"):
        env.setdefault(name, "1")
    with src_link():
        return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=REPO, env=env, check=False).returncode


def results() -> dict[str, dict[str, str]]:
    """`{only_mutate path: {mutant name: status}}` from mutmut's `.meta` files."""
    from mutmut.stats import status_by_exit_code

    out: dict[str, dict[str, str]] = {}
    for path in configured_files():
        meta = REPO / "mutants" / f"{path}.meta"
        if meta.exists():
            codes = json.loads(meta.read_text()).get("exit_code_by_key", {})
            out[path] = {name: status_by_exit_code[code] for name, code in codes.items()}
    return out


def report(
    only: str | None = None, *, show: bool = False, prefixes: list[str] | None = None
) -> dict[str, Counter[str]]:
    """Print the mutants per status and the surviving share of each file (or of `only`; of the mutants whose names
    start with one of `prefixes`, when given)."""
    per_file: dict[str, Counter[str]] = {}
    for path, all_statuses in results().items():
        if only and path != only:
            continue
        statuses = {n: s for n, s in all_statuses.items() if not prefixes or n.startswith(tuple(prefixes))}
        counts = Counter(statuses.values())
        per_file[path] = counts
        decided = sum(counts.values()) - counts["not checked"]
        alive = sum(counts[s] for s in _ALIVE)
        share = alive / decided if decided else 0.0
        print(f"{path.removeprefix('src/')}: {sum(counts.values())} mutants  "
              + "  ".join(f"{status}: {n}" for status, n in sorted(counts.items())))  # fmt: skip
        print(f"  surviving share (survived or reached by no test): {share:.1%} of {decided} checked")
        for name, status in sorted(statuses.items()):
            if status in _ALIVE:
                print(f"  not killed: {name} ({status})")
                if show:
                    mutmut("show", name)
    return per_file


def main() -> None:
    """Parse the arguments, run mutmut unless `--report`, print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", help="one of the `only_mutate` files (stem or path); default: all of them")
    parser.add_argument("--survivors", action="store_true", help="rerun only the mutants left alive (or not run)")
    parser.add_argument("--max-children", type=int, default=None, help="parallel mutant runs (default: CPUs)")
    parser.add_argument("--functions", help="with --file: only these functions' mutants (comma-separated names)")
    parser.add_argument("--report", action="store_true", help="only print the results of the last run")
    parser.add_argument("--show", action="store_true", help="with the report, print each survivor's diff")
    args = parser.parse_args()
    only = resolve_file(args.file) if args.file else None
    if args.functions and not only:
        sys.exit("--functions needs --file")
    functions = args.functions.split(",") if args.functions else []
    prefixes = [f"{module_of(only)}.x_{name.strip()}__mutmut_" for name in functions]
    if not args.report:
        names: list[str] = []
        if args.survivors:
            todo = (*_ALIVE, "not checked")  # survivors, and mutants of functions changed since (never run)
            names = [n for p, st in results().items() if only in (None, p) for n, s in st.items() if s in todo]
            names = [n for n in names if not prefixes or n.startswith(tuple(prefixes))]
            if not names:
                print("no survivors to rerun")
        elif prefixes:
            names = [f"{prefix}*" for prefix in prefixes]
        elif only:
            names = [f"{module_of(only)}.*"]
        if names or not args.survivors:
            command = ["run", *names]
            if args.max_children:
                command[1:1] = ["--max-children", str(args.max_children)]
            mutmut(*command)
    report(only, show=args.show, prefixes=prefixes)


if __name__ == "__main__":
    main()
