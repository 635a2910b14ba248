"""Mutation testing of the files listed under `[tool.mutmut]` in pyproject.toml, with mutmut.

Run: `python bench/mutation.py` from the repo root with the venv active (mutmut is in the `dev` extra);
`python bench/mutation.py --max-children 2` on a small machine, `--report` to print the last results
again without rerunning. Prints the number of mutants per status and the surviving share, then the
survivors' names (`mutmut show NAME` prints a survivor's diff).

mutmut names modules by their file path, and only strips a `src/` prefix: while it runs, this script
links `src -> toolkit` so `src/longcot/verify/compare.py` is the module `longcot.verify.compare`, and
removes the link afterwards. Results stay in `mutants/` (git-ignored); delete it to start afresh.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]


def run_mutmut(max_children: int | None) -> None:
    """Run `mutmut run` with the `src` link in place."""
    link = REPO / "src"
    if link.exists() and not link.is_symlink():
        sys.exit(f"{link} exists and is not the link this script makes; move it aside first")
    if not link.exists():
        link.symlink_to("toolkit", target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # mutmut puts mutants/src first itself
    try:
        command = [sys.executable, "-m", "mutmut", "run"]
        if max_children:
            command += ["--max-children", str(max_children)]
        subprocess.run(command, cwd=REPO, env=env, check=False)
    finally:
        link.unlink(missing_ok=True)


def report() -> dict[str, int]:
    """Count mutants per status from mutmut's `.meta` files and print the surviving share."""
    from mutmut.stats import status_by_exit_code

    counts: Counter[str] = Counter()
    survivors: list[str] = []
    for meta in sorted((REPO / "mutants").rglob("*.meta")):
        data = json.loads(meta.read_text())
        for name, code in data.get("exit_code_by_key", {}).items():
            status = status_by_exit_code[code]
            counts[status] += 1
            if status in ("survived", "no tests"):
                survivors.append(f"{name} ({status})")
    total = sum(counts.values())
    decided = total - counts["not checked"]
    share = (counts["survived"] + counts["no tests"]) / decided if decided else 0.0
    print(f"mutants: {total}  " + "  ".join(f"{status}: {n}" for status, n in sorted(counts.items())))
    print(f"surviving share (survived or reached by no test): {share:.1%} of {decided} checked")
    for name in survivors:
        print("  not killed:", name)
    return dict(counts)


def main() -> None:
    """Parse the arguments, run mutmut unless `--report`, print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-children", type=int, default=None, help="parallel mutant runs (default: CPUs)")
    parser.add_argument("--report", action="store_true", help="only print the results of the last run")
    args = parser.parse_args()
    if not args.report:
        run_mutmut(args.max_children)
    report()


if __name__ == "__main__":
    main()
