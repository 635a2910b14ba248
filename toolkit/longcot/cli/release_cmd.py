"""`longcot release build | push | verify | diff | score`: versioned Hub releases with a generated card."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


release_app = typer.Typer(
    help="Build, push, verify, diff and score versioned dataset releases (card + manifest).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)


def print_score(score: dict, *, console: Console, title: str) -> None:
    """Print a Technical Transparency Index breakdown: one row per criterion, then the axis totals."""
    table = Table(title=title, title_justify="left")
    for column, justify in (("axis", "left"), ("criterion", "left"), ("points", "right"), ("evidence", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for c in score["criteria"]:
        points = f"{c['points'] if c['met'] else 0}/{c['points']}"
        table.add_row(c["axis"], c["criterion"], points if c["met"] else f"[red]{points}[/]", c["evidence"])
    console.print(table)
    axes = ", ".join(f"{axis} {a['score']}/{a['max']}" for axis, a in score["axes"].items())
    console.print(f"[bold]{score['total']}/{score['max']}[/] ({axes})")


@release_app.command("build")
def build_cmd(
    input: Annotated[
        str, typer.Argument(help="A run folder (`longcot run` output), or a Parquet/JSONL file or folder.")
    ],
    name: Annotated[str, typer.Option("--name", help="Release name; manifests go to releases/NAME/vX.Y.Z.yaml.")],
    version: Annotated[str, typer.Option("--version", help="MAJOR.MINOR.PATCH, following the previous release.")],
    out: Annotated[Path, typer.Option("--out", help="Release folder to write (Hub dataset layout).")],
    config: Annotated[Path | None, typer.Option("--config", help="release.yaml: license, card text, gate.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild an existing version / replace --out; skip the version rules.")
    ] = False,
    allow_contamination: Annotated[
        bool,
        typer.Option("--allow-contamination", help="Release despite gate matches (recorded in manifest and card)."),
    ] = False,
) -> None:
    """Build a release folder: size-sharded Parquet with `messages`, README.md card, longcot-manifest.yaml."""
    from longcot.release import ReleaseConfig, build_release

    cfg = ReleaseConfig.from_file(config) if config else ReleaseConfig()
    with err.status(f"building {name} v{version.lstrip('v')}", spinner="dots") if err.is_terminal else _null():
        result = build_release(
            input, name=name, version=version, out=out, config=cfg, force=force,
            allow_contamination=allow_contamination,
        )  # fmt: skip
    m = result.manifest
    size = sum(f["bytes"] for f in m["files"])
    err.print(
        f"[bold]{m['name']} {m['tag']}[/]: {result.rows:,} rows in {len(result.shards)} shard(s), "
        f"{size / 1e6:.1f} MB → {result.out} in {result.seconds:.1f}s",
        soft_wrap=True,
    )
    err.print(f"manifest: {result.out / 'longcot-manifest.yaml'} (copy: {result.manifest_copy})", soft_wrap=True)
    gate = (m.get("contamination") or {}).get("release_gate")
    if gate and gate.get("rows_flagged"):
        err.print(f"[yellow]released with {gate['rows_flagged']:,} contaminated rows (--allow-contamination)[/]")
    err.print(f"transparency {m['transparency']['total']}/{m['transparency']['max']}; next: "
              f"`longcot release push {result.out} --repo ORG/{m['name']}`", soft_wrap=True)  # fmt: skip


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


@release_app.command("push")
def push_cmd(
    folder: Annotated[Path, typer.Argument(help="A built release folder.")],
    repo: Annotated[str, typer.Option("--repo", help="Dataset repo ORG/NAME (created if needed).")],
    private: Annotated[bool, typer.Option("--private", help="Create the repo private.")] = False,
) -> None:
    """Upload in one commit, tag it vX.Y.Z (refused if the tag exists), check the Hub against the manifest."""
    from longcot.release import load_manifest
    from longcot.release.hub import push_release

    shown = (load_manifest(folder).get("release_config") or {}).get("repo_id")
    if shown != repo:
        err.print(f"[yellow]note[/]: the card's load_dataset example names {shown or '<org>/NAME'!r}, not {repo!r} "
                  "(set `repo_id` in release.yaml and rebuild to change it)", soft_wrap=True)  # fmt: skip
    result = push_release(folder, repo_id=repo, private=private)
    err.print(f"[bold]{result.repo_id}@{result.tag}[/]: {result.files} files in commit {result.commit[:12]}, verified",
              soft_wrap=True)  # fmt: skip
    err.print(f'load it with load_dataset("{result.repo_id}", revision="{result.tag}")', soft_wrap=True)
    print(json.dumps({"repo": result.repo_id, "tag": result.tag, "commit": result.commit, "url": result.url}))


@release_app.command("verify")
def verify_cmd(
    target: Annotated[str, typer.Argument(help="A release folder, or ORG/NAME@vX.Y.Z on the Hub.")],
) -> None:
    """Check every file against the manifest (sha256, bytes, rows); exit 1 naming each mismatch."""
    from longcot.release.hub import verify_release

    manifest = verify_release(target)
    files = manifest["files"]
    err.print(f"[green]ok[/]: {target} matches its manifest ({len(files)} files, {manifest['splits']['rows']:,} rows, "
              f"{manifest['tag']})", soft_wrap=True)  # fmt: skip


@release_app.command("diff")
def diff_cmd(
    a: Annotated[str, typer.Argument(help="The older release: folder or ORG/NAME@vX.Y.Z.")],
    b: Annotated[str, typer.Argument(help="The newer release: folder or ORG/NAME@vX.Y.Z.")],
    rows: Annotated[int, typer.Option("--rows", "-n", help="Example rows to show per side.")] = 5,
    json_out: Annotated[bool, typer.Option("--json", help="Print the diff as JSON on stdout.")] = False,
) -> None:
    """Rows added and removed from A to B (by request_key, else problem), with reasons."""
    from longcot.release.diff import diff_releases

    diff = diff_releases(a, b)
    if json_out:
        print(json.dumps(diff.to_dict(rows=rows), indent=2, default=str))
        return
    err.print(f"{a} ({diff.rows_a:,} rows) → {b} ({diff.rows_b:,} rows), matched by {diff.key}", soft_wrap=True)
    for change in diff.schema_changes:
        err.print(f"schema: {change}")
    for side, frame in (("added", diff.added), ("removed", diff.removed)):
        table = Table(title=f"{side}: {frame.height:,} rows", title_justify="left")
        table.add_column("reason")
        table.add_column("rows", justify="right")
        for reason, n in diff.reasons()[side].items():
            table.add_row(reason, f"{n:,}")
        err.print(table)
        for row in frame.head(rows).iter_rows(named=True):
            err.print(f"  {side[0] if side == 'added' else '-'} {str(row.get('problem'))[:100]!r} ({row['reason']})",
                      soft_wrap=True, markup=False, highlight=False)  # fmt: skip


@release_app.command("score")
def score_cmd(
    folder: Annotated[str, typer.Argument(help="A release folder (or its manifest file).")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the breakdown as JSON on stdout.")] = False,
) -> None:
    """Technical Transparency Index: data, methodology, evaluation, open-source, from what the manifest proves."""
    from longcot.release import load_manifest, transparency_score

    manifest = load_manifest(folder)
    score = transparency_score(manifest)
    if json_out:
        print(json.dumps(score, indent=2))
        return
    print_score(score, console=err, title=f"{manifest['name']} {manifest['tag']}: Technical Transparency Index")


def register(app: typer.Typer) -> None:
    """Add the `release` command group to the `longcot` app."""
    app.add_typer(release_app, name="release")
