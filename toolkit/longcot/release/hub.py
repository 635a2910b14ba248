"""Push a release to the Hugging Face Hub, and verify a folder or a Hub revision against its manifest.

Push is all or nothing, in this order: check the folder against its manifest, refuse if the tag
exists (tags never move), create the repo if needed, upload every file in ONE `create_commit` (not
`upload_folder`, which in huggingface_hub 2.x may split a large folder into several commits), tag
that commit `vX.Y.Z`, then check what the Hub holds at the tag against the manifest. The token comes
from the usual Hugging Face environment (`HF_TOKEN`, `hf auth login`) and is never written anywhere.
On the real Hub, large shards go through Xet (huggingface_hub's default upload path).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from longcot.errors import ConfigError, InputError, ManifestMismatchError, ReleaseError
from longcot.release.manifest import (
    MANIFEST_NAME,
    dump_yaml,
    git_blob_sha1,
    load_manifest,
    parquet_rows,
    release_files,
    sha256_file,
    write_manifest,
)
from longcot.release.version import Version


#: Files a Hub snapshot may hold that are not part of a release.
_HUB_EXTRAS = (".gitattributes",)
_REPO_REF = re.compile(r"^(?P<repo>[\w.-]+/[\w.-]+)@(?P<tag>v?\d+\.\d+\.\d+)$")


@dataclass
class PushResult:
    """Where a release went."""

    repo_id: str
    tag: str
    commit: str
    url: str
    files: int
    manifest: dict[str, Any] = field(default_factory=dict)


def parse_hub_ref(text: str) -> tuple[str, str] | None:
    """`ORG/NAME@vX.Y.Z` → `(repo_id, tag)`, or None when `text` is not one.

    Example:
        >>> parse_hub_ref("my-org/limo@v1.0.0")
        ('my-org/limo', 'v1.0.0')
    """
    match = _REPO_REF.match(text.strip())
    if not match:
        return None
    return match["repo"], Version.parse(match["tag"]).tag


def check_folder(folder: str | Path, manifest: dict[str, Any] | None = None) -> list[str]:
    """Every way `folder` differs from its manifest: missing, extra, resized, rehashed or recounted files."""
    folder = Path(folder)
    manifest = manifest if manifest is not None else load_manifest(folder)
    problems: list[str] = []
    listed = {}
    for item in manifest.get("files") or []:
        rel = item["path"]
        listed[rel] = item
        path = folder / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
            continue
        size = path.stat().st_size
        if item.get("bytes") is not None and size != item["bytes"]:
            problems.append(f"{rel}: {size:,} bytes, manifest says {item['bytes']:,}")
        digest = sha256_file(path)
        if digest != item.get("sha256"):
            problems.append(f"{rel}: sha256 {digest[:16]}…, manifest says {str(item.get('sha256'))[:16]}…")
        if item.get("rows") is not None:
            try:
                rows = parquet_rows(path)
            except InputError:
                problems.append(f"{rel}: not readable as Parquet (truncated or corrupt)")
                continue
            if rows != item["rows"]:
                problems.append(f"{rel}: {rows:,} rows, manifest says {item['rows']:,}")
    for path in release_files(folder):
        rel = path.relative_to(folder).as_posix()
        if rel not in listed and rel not in _HUB_EXTRAS and not rel.startswith(".cache/"):
            problems.append(f"{rel}: not in the manifest")
    return problems


def _raise_mismatch(where: str, problems: list[str], hint: str) -> None:
    listing = "\n".join(f"  - {p}" for p in problems)
    raise ManifestMismatchError(
        f"{where} does not match its manifest ({len(problems)} problem(s)):\n{listing}", hint=hint
    )


def verify_release(target: str | Path, *, token: str | None = None) -> dict[str, Any]:
    """Check a release folder, or `ORG/NAME@vX.Y.Z` on the Hub (downloaded by revision), against its manifest.

    Returns:
        The manifest, when every file matches (hash, size, row count) and no file is extra.

    Raises:
        ManifestMismatchError: Naming each mismatch.
        InputError: No manifest there.
    """
    ref = parse_hub_ref(str(target)) if not Path(target).exists() else None
    if ref is None:
        folder = Path(target)
        manifest = load_manifest(folder)
        problems = check_folder(folder, manifest)
        if problems:
            _raise_mismatch(
                str(folder), problems,
                f"rebuild it with `longcot release build ... --out {folder} --force`, or restore the files",
            )  # fmt: skip
        return manifest
    repo_id, tag = ref
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError, RevisionNotFoundError

    try:
        local = Path(snapshot_download(repo_id, repo_type="dataset", revision=tag, token=token))
    except RevisionNotFoundError:
        raise ReleaseError(
            f"{repo_id} has no tag {tag}", hint=f"list its tags with `hf repos tag list {repo_id} --repo-type dataset`"
        ) from None
    except RepositoryNotFoundError:
        raise ReleaseError(f"dataset repo {repo_id} not found (or not visible with this token)") from None
    except HfHubHTTPError as exc:
        raise ReleaseError(f"cannot download {repo_id}@{tag}: {exc}") from None
    manifest = load_manifest(local)
    problems = check_folder(local, manifest)
    if manifest.get("tag") != tag:
        problems.insert(0, f"{MANIFEST_NAME}: describes {manifest.get('tag')}, not {tag}")
    if problems:
        _raise_mismatch(
            f"{repo_id}@{tag}", problems,
            "the Hub revision differs from what was released: do not train on it; rebuild and push a new version",
        )  # fmt: skip
    return manifest


def _api(token: str | None) -> Any:
    from huggingface_hub import HfApi

    return HfApi(token=token)


def push_release(folder: str | Path, *, repo_id: str, private: bool = False, token: str | None = None) -> PushResult:
    """Publish a built release: one commit with every file, then the `vX.Y.Z` tag, then a check.

    Args:
        folder: The release folder (`longcot release build --out`).
        repo_id: `ORG/NAME` of the dataset repo (created if needed).
        private: Create the repo private. Defaults to False.
        token: A token; defaults to the Hugging Face environment (never written anywhere).

    Returns:
        The :class:`PushResult`; the commit is recorded in the folder's manifest and its
        `releases/NAME/vX.Y.Z.yaml` copy.

    Raises:
        ManifestMismatchError: The folder does not match its manifest (nothing is uploaded), or the Hub
            holds something else at the tag after the push.
        ReleaseError: The tag exists already, or the Hub refused (auth, permissions).
    """
    from huggingface_hub import CommitOperationAdd
    from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError

    folder = Path(folder)
    if "/" not in repo_id or repo_id.count("/") != 1:
        raise ConfigError(f"--repo must be ORG/NAME, got {repo_id!r}", hint="e.g. --repo my-org/limo-curated")
    manifest = load_manifest(folder)
    problems = check_folder(folder, manifest)
    if problems:
        _raise_mismatch(str(folder), problems, "nothing was uploaded; rebuild the release with --force, then push")
    tag = manifest["tag"]
    api = _api(token)
    auth_hint = "set HF_TOKEN (a write token) or run `hf auth login`"
    try:
        try:
            refs = api.list_repo_refs(repo_id, repo_type="dataset")
            if any(t.name == tag for t in refs.tags):
                raise ReleaseError(
                    f"{repo_id} already has tag {tag}; tags never move",
                    hint=f"build a new version (e.g. --version {Version.parse(tag).bump('patch')}) and push that",
                )
        except RepositoryNotFoundError:
            pass
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        published = {**manifest, "hub": None}
        operations = []
        for path in release_files(folder):
            operations.append(CommitOperationAdd(path_in_repo=path.relative_to(folder).as_posix(),
                                                 path_or_fileobj=str(path)))  # fmt: skip
        operations.append(
            CommitOperationAdd(path_in_repo=MANIFEST_NAME, path_or_fileobj=dump_yaml(published).encode())
        )
        commit = api.create_commit(
            repo_id, repo_type="dataset", operations=operations,
            commit_message=f"Release {manifest['name']} {tag}",
            commit_description=f"longcot {manifest.get('longcot', {}).get('version')} release; "
            f"{manifest['splits']['rows']:,} rows. Verify with `longcot release verify {repo_id}@{tag}`.",
        )  # fmt: skip
        api.create_tag(repo_id, repo_type="dataset", tag=tag, revision=commit.oid,
                       tag_message=f"{manifest['name']} {tag}")  # fmt: skip
        info = api.dataset_info(repo_id, revision=tag, files_metadata=True)
    except HfHubHTTPError as exc:
        status = getattr(getattr(exc, "response", None), "status_code", None)
        raise ReleaseError(
            f"the Hub refused the push to {repo_id} ({status}): {str(exc).splitlines()[0]}",
            hint=auth_hint if status in (401, 403) else "check the repo id and your permissions, then push again",
        ) from None
    remote = _check_remote(folder, manifest, info, commit.oid)
    if remote:
        _raise_mismatch(
            f"{repo_id}@{tag}", remote,
            f"the tag points at commit {commit.oid}; inspect it on the Hub before anyone trains on it",
        )  # fmt: skip
    url = f"{api.endpoint}/datasets/{repo_id}/tree/{tag}"
    hub = {"repo": repo_id, "tag": tag, "commit": commit.oid, "url": url, "private": private,
           "pushed_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()}  # fmt: skip
    manifest["hub"] = hub
    _record(folder, manifest)
    return PushResult(repo_id=repo_id, tag=tag, commit=commit.oid, url=url, files=len(operations), manifest=manifest)


def _check_remote(folder: Path, manifest: dict[str, Any], info: Any, commit: str) -> list[str]:
    """Compare the Hub's file metadata at the tag with the manifest (size, then sha256 or git blob id)."""
    problems = []
    if info.sha != commit:
        problems.append(f"tag resolves to {info.sha}, not the pushed commit {commit}")
    siblings = {s.rfilename: s for s in info.siblings or []}
    for item in manifest["files"]:
        sibling = siblings.get(item["path"])
        if sibling is None:
            problems.append(f"{item['path']}: not on the Hub")
            continue
        if sibling.size is not None and sibling.size != item["bytes"]:
            problems.append(f"{item['path']}: {sibling.size:,} bytes on the Hub, manifest says {item['bytes']:,}")
        lfs = getattr(sibling, "lfs", None)
        if lfs is not None and getattr(lfs, "sha256", None):
            if lfs.sha256 != item["sha256"]:
                problems.append(f"{item['path']}: sha256 on the Hub differs from the manifest")
        elif sibling.blob_id and sibling.blob_id != git_blob_sha1(folder / item["path"]):
            problems.append(f"{item['path']}: git blob id on the Hub differs from the local file")
    if MANIFEST_NAME not in siblings:
        problems.append(f"{MANIFEST_NAME}: not on the Hub")
    return problems


def _record(folder: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest (with its `hub:` block) back to the folder and to its releases/ copy."""
    write_manifest(manifest, folder / MANIFEST_NAME)
    copy = manifest.get("manifest_copy")
    if copy and Path(copy).parent.is_dir():
        write_manifest(manifest, Path(copy))
