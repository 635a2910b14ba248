"""A local Hugging Face Hub for the tests: the endpoints `huggingface_hub` and `datasets` call, over real HTTP.

huggingface_hub sends through `httpx2`, so respx cannot intercept it; this is a real loopback server
(`ThreadingHTTPServer`) and the client is pointed at it with `HF_ENDPOINT`. It keeps git-like state
in memory: repos with commits (full file trees), branches and tags. Every preupload is answered
`uploadMode: "regular"`, so files travel inline (base64) in the NDJSON commit and no Xet or LFS
server is needed (on the real Hub large files go through Xet).

Endpoints: `POST /api/repos/create`, `POST /api/validate-yaml`, `POST /api/datasets/{repo}/preupload/{rev}`,
`POST /api/datasets/{repo}/commit/{rev}`, `POST /api/datasets/{repo}/tag/{rev}`, `GET /api/datasets/{repo}/refs`,
`GET /api/datasets/{repo}` and `/revision/{rev}`, `GET /api/datasets/{repo}/tree/{rev}[/{path}]`,
`POST /api/datasets/{repo}/paths-info/{rev}`, `HEAD`/`GET /datasets/{repo}/resolve/{rev}/{path}`.
Requests it does not know are answered 404 and recorded in `unknown` (a test can assert it is empty).
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse


#: What tests set as HF_TOKEN; it must never appear in any file a test run writes.
FAKE_TOKEN = "hf_" + "fake-token-for-tests-not-a-secret"  # built, so no scanner reads it as a real key


def blob_id(data: bytes) -> str:
    """Git blob sha1 of a file's content (what the Hub reports as `blobId` / `oid` / ETag)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Repo:
    """One repo: commits by sha (each a full file tree), branches and tags."""

    repo_id: str
    private: bool = False
    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def resolve(self, revision: str) -> str | None:
        revision = unquote(revision)
        if revision in self.branches:
            return self.branches[revision]
        if revision in self.tags:
            return self.tags[revision]
        if revision in self.commits:
            return revision
        return None


class FakeHub:
    """The server's state, plus a log of requests (method, path) and the Authorization headers seen."""

    def __init__(self) -> None:
        self.repos: dict[str, Repo] = {}
        self.requests: list[tuple[str, str]] = []
        self.auth: list[str] = []
        self.unknown: list[tuple[str, str]] = []
        self.commit_calls = 0
        self.lock = threading.Lock()
        self.fail_commit = False  # make the next commit fail with 500 (nothing committed)

    def new_commit(self, repo: Repo, files: dict[str, bytes], parent: str | None) -> str:
        sha = hashlib.sha1(f"{repo.repo_id}{parent}{time.time_ns()}{len(repo.commits)}".encode()).hexdigest()
        repo.commits[sha] = files
        return sha


class _Handler(BaseHTTPRequestHandler):
    hub: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    # --- helpers ---
    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None, raw: bytes | None = None,
              head: bool = False) -> None:  # fmt: skip
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        self.send_response(status)
        if raw is None:
            self.send_header("Content-Type", "application/json")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not (head or self.command == "HEAD"):  # a HEAD answer never has a body
            self.wfile.write(data)

    def _error(self, status: int, message: str, code: str | None = None) -> None:
        headers = {"X-Error-Message": message}
        if code:
            headers["X-Error-Code"] = code
        self._send(status, {"error": message}, headers=headers)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _repo(self, repo_id: str) -> Repo | None:
        repo = self.hub.repos.get(repo_id)
        if repo is None:
            self._error(404, f"Repository {repo_id} not found", "RepoNotFound")
        return repo

    def _commit_files(self, repo: Repo, rev: str) -> tuple[str, dict[str, bytes]] | None:
        sha = repo.resolve(rev)
        if sha is None:
            self._error(404, f"Invalid rev id: {unquote(rev)}", "RevisionNotFound")
            return None
        return sha, repo.commits[sha]

    def _entry(self, path: str, data: bytes) -> dict[str, Any]:
        return {"type": "file", "oid": blob_id(data), "size": len(data), "path": path}

    def _info(self, repo: Repo, sha: str, files: dict[str, bytes], blobs: bool) -> dict[str, Any]:
        siblings = []
        for path, data in sorted(files.items()):
            item: dict[str, Any] = {"rfilename": path}
            if blobs:
                item.update({"size": len(data), "blobId": blob_id(data)})
            siblings.append(item)
        return {"_id": repo.repo_id, "id": repo.repo_id, "author": repo.repo_id.split("/")[0], "sha": sha,
                "private": repo.private, "disabled": False, "gated": False, "downloads": 0, "likes": 0,
                "tags": [], "lastModified": "2026-12-01T00:00:00.000Z", "createdAt": "2026-12-01T00:00:00.000Z",
                "siblings": siblings, "cardData": {}}  # fmt: skip

    def _auth(self) -> None:
        value = self.headers.get("Authorization")
        if value:
            self.hub.auth.append(value)

    # --- routing ---
    def do_HEAD(self) -> None:
        self._route("HEAD")

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def _route(self, method: str) -> None:
        url = urlparse(self.path)
        path, query = url.path, parse_qs(url.query)
        with self.hub.lock:
            self.hub.requests.append((method, path))
            self._auth()
            try:
                self._dispatch(method, path, query)
            except Exception as exc:  # pragma: no cover - a server bug must show in the test
                self._error(500, f"fake hub error: {type(exc).__name__}: {exc}")
                raise

    def _dispatch(self, method: str, path: str, query: dict[str, list[str]]) -> None:
        parts = path.strip("/").split("/")
        hub = self.hub
        if method == "POST" and path == "/api/repos/create":
            body = json.loads(self._body() or b"{}")
            repo_id = f"{body['organization']}/{body['name']}" if body.get("organization") else body["name"]
            url = f"http://{self.headers['Host']}/datasets/{repo_id}"
            if repo_id in hub.repos:  # the Hub's 409 also carries the repo url (create_repo(exist_ok) reads it)
                message = "You already created this dataset repo"
                return self._send(409, {"error": message, "url": url}, headers={"X-Error-Message": message})
            repo = Repo(repo_id, private=body.get("visibility") == "private" or bool(body.get("private")))
            sha = hub.new_commit(repo, {}, None)
            repo.branches["main"] = sha
            hub.repos[repo_id] = repo
            return self._send(200, {"url": url, "name": repo_id})
        if method == "POST" and path == "/api/validate-yaml":
            self._body()
            return self._send(200, {"errors": [], "warnings": []})
        if parts[:2] == ["api", "datasets"] and len(parts) >= 4:
            repo_id = f"{parts[2]}/{parts[3]}"
            rest = parts[4:]
            if method == "GET" and not rest:
                return self._info_route(repo_id, "main", query)
            if method == "GET" and rest[0] == "revision" and len(rest) >= 2:
                return self._info_route(repo_id, "/".join(rest[1:]), query)
            if method == "GET" and rest == ["refs"]:
                repo = self._repo(repo_id)
                if repo is None:
                    return None
                ref = lambda kind, name, sha: {"name": name, "ref": f"refs/{kind}/{name}", "targetCommit": sha}  # noqa: E731
                return self._send(200, {
                    "branches": [ref("heads", n, s) for n, s in repo.branches.items()],
                    "converts": [], "tags": [ref("tags", n, s) for n, s in repo.tags.items()],
                })  # fmt: skip
            if method == "POST" and rest[0] == "preupload":
                body = json.loads(self._body() or b"{}")
                if self._repo(repo_id) is None:
                    return None
                files = [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False, "oid": None}
                         for f in body.get("files", [])]  # fmt: skip
                return self._send(200, {"files": files, "commitOid": None})
            if method == "POST" and rest[0] == "commit":
                return self._commit(repo_id, "/".join(rest[1:]))
            if method == "POST" and rest[0] == "tag":
                return self._tag(repo_id, "/".join(rest[1:]))
            if method == "GET" and rest[0] == "tree":
                return self._tree(repo_id, rest[1] if len(rest) > 1 else "main", "/".join(rest[2:]), query)
            if method == "POST" and rest[0] == "paths-info":
                return self._paths_info(repo_id, "/".join(rest[1:]))
        if parts[:1] == ["datasets"] and len(parts) >= 6 and parts[3] == "resolve":
            return self._resolve(method, f"{parts[1]}/{parts[2]}", parts[4], "/".join(parts[5:]))
        hub.unknown.append((method, path))
        return self._error(404, f"fake hub: no route for {method} {path}")

    def _info_route(self, repo_id: str, rev: str, query: dict[str, list[str]]) -> None:
        repo = self._repo(repo_id)
        if repo is None:
            return
        found = self._commit_files(repo, rev)
        if found is None:
            return
        sha, files = found
        self._send(200, self._info(repo, sha, files, blobs="blobs" in query or "expand" in query))

    def _commit(self, repo_id: str, rev: str) -> None:
        body = self._body()
        repo = self._repo(repo_id)
        if repo is None:
            return
        if self.hub.fail_commit:
            self.hub.fail_commit = False
            return self._error(500, "Internal Error (injected)")
        self.hub.commit_calls += 1
        branch = unquote(rev)
        parent = repo.branches.get(branch)
        if parent is None:
            return self._error(404, f"Invalid rev id: {branch}", "RevisionNotFound")
        files = dict(repo.commits[parent])
        for line in body.splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            key, value = item["key"], item["value"]
            if key == "file":
                files[value["path"]] = base64.b64decode(value["content"])
            elif key == "deletedFile":
                files.pop(value["path"], None)
            elif key == "lfsFile":
                return self._error(400, "fake hub: LFS files are not supported (every preupload is regular)")
        sha = self.hub.new_commit(repo, files, parent)
        repo.branches[branch] = sha
        host = self.headers["Host"]
        self._send(200, {"commitUrl": f"http://{host}/datasets/{repo_id}/commit/{sha}", "commitOid": sha,
                         "success": True})  # fmt: skip

    def _tag(self, repo_id: str, rev: str) -> None:
        body = json.loads(self._body() or b"{}")
        repo = self._repo(repo_id)
        if repo is None:
            return
        sha = repo.resolve(rev)
        if sha is None:
            return self._error(404, f"Invalid rev id: {unquote(rev)}", "RevisionNotFound")
        if body["tag"] in repo.tags:
            return self._error(409, f"Tag {body['tag']} already exists")
        repo.tags[body["tag"]] = sha
        self._send(200, {})

    def _tree(self, repo_id: str, rev: str, prefix: str, query: dict[str, list[str]]) -> None:
        repo = self._repo(repo_id)
        if repo is None:
            return
        found = self._commit_files(repo, rev)
        if found is None:
            return
        _, files = found
        recursive = query.get("recursive", ["false"])[0].lower() in ("1", "true")
        prefix = unquote(prefix).strip("/")
        entries, dirs = [], set()
        for path, data in sorted(files.items()):
            if prefix and not (path.startswith(prefix + "/")):
                continue
            rel = path[len(prefix) + 1 :] if prefix else path
            if "/" in rel and not recursive:
                dirs.add((f"{prefix}/" if prefix else "") + rel.split("/", 1)[0])
                continue
            if recursive:
                pieces = rel.split("/")[:-1]
                for i in range(1, len(pieces) + 1):
                    dirs.add((f"{prefix}/" if prefix else "") + "/".join(pieces[:i]))
            entries.append(self._entry(path, data))
        if prefix and not entries and not dirs:
            return self._error(404, f"Entry not found: {prefix}", "EntryNotFound")
        listing = [{"type": "directory", "oid": "0" * 40, "size": 0, "path": d} for d in sorted(dirs)] + entries
        self._send(200, listing)

    def _paths_info(self, repo_id: str, rev: str) -> None:
        raw = self._body().decode()
        ctype = self.headers.get("Content-Type", "")
        if "json" in ctype:
            paths = json.loads(raw).get("paths", [])
        else:
            paths = parse_qs(raw).get("paths", [])
        repo = self._repo(repo_id)
        if repo is None:
            return
        found = self._commit_files(repo, rev)
        if found is None:
            return
        _, files = found
        out = []
        for p in paths:
            p = p.strip("/")
            if p in files:
                out.append(self._entry(p, files[p]))
            elif any(f.startswith(p + "/") for f in files) or p == "":
                out.append({"type": "directory", "oid": "0" * 40, "size": 0, "path": p})
        self._send(200, out)

    def _resolve(self, method: str, repo_id: str, rev: str, path: str) -> None:
        repo = self._repo(repo_id)
        if repo is None:
            return
        found = self._commit_files(repo, rev)
        if found is None:
            return
        sha, files = found
        path = unquote(path)
        if path not in files:
            return self._error(404, f"Entry not found: {path}", "EntryNotFound")
        data = files[path]
        headers = {"X-Repo-Commit": sha, "ETag": f'"{blob_id(data)}"', "Content-Type": "application/octet-stream"}
        self._send(200, raw=data, headers=headers, head=method == "HEAD")


class HubServer:
    """Start the fake Hub on 127.0.0.1 (a free port) in a thread; `url` is what HF_ENDPOINT gets."""

    def __init__(self) -> None:
        self.hub = FakeHub()
        handler = type("Handler", (_Handler,), {"hub": self.hub})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HubServer:
        self.thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self.server.shutdown()
        self.server.server_close()
