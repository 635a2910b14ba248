"""The Technical Transparency Index of a release, scored from what its manifest proves.

*O1 Replication Journey* proposes scoring replication attempts on four axes: data, methodology,
evaluation and open-source. Each criterion below is met only when the manifest holds the evidence
(a pinned revision, a stated teacher, a recorded threshold), never because a config claims it.
Every axis is worth 25 points; the total is out of 100.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


Check = tuple[str, str, int, Callable[[dict[str, Any]], tuple[bool, str]]]


def _sources_pinned(m: dict[str, Any]) -> tuple[bool, str]:
    sources = m.get("sources") or []
    if not sources:
        return False, "no source recorded"
    unpinned = [str(s.get("path")) for s in sources if not s.get("pinned")]
    if unpinned:
        return False, f"not pinned to a commit or sha256: {', '.join(unpinned[:3])}"
    return True, f"{len(sources)} source(s), each at a commit or sha256"


def _license(m: dict[str, Any]) -> tuple[bool, str]:
    lic = m.get("license")
    return (bool(lic) and lic not in ("other", "unknown"), f"license: {lic}")


def _funnel(m: dict[str, Any]) -> tuple[bool, str]:
    funnel = m.get("funnel") or []
    steps = [s for s in funnel if s.get("step") not in ("release",)]
    if not steps:
        return False, "no pipeline funnel (the input was not a run folder)"
    drops = sum(sum((s.get("dropped") or {}).values()) for s in steps)
    return True, f"{len(steps)} steps, {drops:,} rows dropped with reasons"


def _files(m: dict[str, Any]) -> tuple[bool, str]:
    files = m.get("files")
    if files is None:
        files = []
        return True, "files hashed at build (sha256 and row counts)"
    ok = bool(files) and all(f.get("sha256") for f in files)
    return ok, f"{len(files)} files with sha256" + (" and row counts" if ok else "")


def _teachers(m: dict[str, Any]) -> tuple[bool, str]:
    teachers = m.get("teachers") or []
    if not teachers:
        return False, "no teacher recorded (no `teacher` column, run metadata or release.yaml entry)"
    return True, ", ".join(t["teacher"] for t in teachers[:4])


def _sampling(m: dict[str, Any]) -> tuple[bool, str]:
    teachers = m.get("teachers") or []
    missing = [t["teacher"] for t in teachers if not t.get("sampling")]
    if not teachers or missing:
        return False, f"no sampling params for: {', '.join(missing[:3]) or 'any teacher'}"
    return True, "sampling params recorded for every teacher"


def _prompts(m: dict[str, Any]) -> tuple[bool, str]:
    prompts = m.get("prompts") or {}
    return (bool(prompts), f"{len(prompts)} prompt template(s)" if prompts else "prompts not stated")


def _steps(m: dict[str, Any]) -> tuple[bool, str]:
    steps = m.get("steps") or []
    filters = [s for s in steps if len(s) > 1]
    if not steps:
        return False, "no step configs recorded"
    return True, f"{len(steps)} steps with their configs ({len(filters)} with thresholds or options)"


def _terms(m: dict[str, Any]) -> tuple[bool, str]:
    teachers = m.get("teachers") or []
    missing = [t["teacher"] for t in teachers if not t.get("terms")]
    if not teachers:
        return False, "no teacher, so no terms of use"
    if missing:
        return False, f"terms of use not stated for: {', '.join(missing[:3])}"
    return True, "terms of use stated for every teacher"


def _decontaminated(m: dict[str, Any]) -> tuple[bool, str]:
    c = m.get("contamination") or {}
    benches = sorted({b for check in c.get("pipeline") or [] for b in check.get("benchmarks") or []}
                     | set(((c.get("release_gate") or {}).get("benchmarks")) or []))  # fmt: skip
    return (bool(benches), f"checked against {', '.join(benches)}" if benches else "no contamination check")


def _contamination_reported(m: dict[str, Any]) -> tuple[bool, str]:
    c = m.get("contamination") or {}
    if not c.get("checked"):
        return False, "nothing to report: no check ran"
    gate = c.get("release_gate") or {}
    kept = gate.get("rows_flagged", 0) if gate.get("allow_contamination") else 0
    return True, f"{c.get('rows_removed', 0):,} rows removed, {kept:,} flagged rows kept"


def _eval_protocol(m: dict[str, Any]) -> tuple[bool, str]:
    ev = m.get("evaluation") or {}
    need = ("benchmarks", "samples", "temperature")
    missing = [k for k in need if k not in ev]
    if missing:
        return False, f"evaluation protocol lacks: {', '.join(missing)}"
    return True, f"{', '.join(map(str, ev['benchmarks']))}; n={ev['samples']}, temperature {ev['temperature']}"


def _clean_gate(m: dict[str, Any]) -> tuple[bool, str]:
    c = m.get("contamination") or {}
    gate = c.get("release_gate")
    if not gate:
        return bool(c.get("pipeline")), "no release gate; the pipeline's decontaminate step ran" if c.get(
            "pipeline"
        ) else "no release gate"
    if gate.get("rows_flagged"):
        return False, f"{gate['rows_flagged']:,} rows match a benchmark and were released anyway"
    return True, f"release gate clean against {', '.join(gate.get('benchmarks') or [])}"


def _code_version(m: dict[str, Any]) -> tuple[bool, str]:
    lc = m.get("longcot") or {}
    return (bool(lc.get("version")), f"longcot {lc.get('version')}")


def _commit(m: dict[str, Any]) -> tuple[bool, str]:
    lc = m.get("longcot") or {}
    if not lc.get("commit"):
        return False, "not built from a git checkout"
    if lc.get("dirty"):
        return False, f"commit {lc['commit'][:12]} with uncommitted changes"
    return True, f"commit {lc['commit'][:12]}"


def _pipeline(m: dict[str, Any]) -> tuple[bool, str]:
    p = m.get("pipeline") or {}
    return (bool(p.get("source_file")), f"pipeline {p.get('source_file')}" if p else "no pipeline file")


def _published(m: dict[str, Any]) -> tuple[bool, str]:
    hub = m.get("hub") or {}
    if hub.get("commit"):
        return True, f"{hub.get('repo')}@{hub.get('tag')} (commit {hub['commit'][:12]})"
    return False, "not pushed yet (`longcot release push`)"


#: (axis, criterion, points, check) — every axis sums to 25.
CRITERIA: tuple[Check, ...] = (
    ("data", "sources pinned by revision", 8, _sources_pinned),
    ("data", "license stated", 5, _license),
    ("data", "funnel with drop reasons", 7, _funnel),
    ("data", "files hashed", 5, _files),
    ("methodology", "teachers named", 6, _teachers),
    ("methodology", "sampling params", 5, _sampling),
    ("methodology", "prompts stated", 4, _prompts),
    ("methodology", "filters and thresholds", 6, _steps),
    ("methodology", "teacher terms of use", 4, _terms),
    ("evaluation", "decontamination run", 8, _decontaminated),
    ("evaluation", "contamination reported", 5, _contamination_reported),
    ("evaluation", "release gate clean", 4, _clean_gate),
    ("evaluation", "eval protocol stated", 8, _eval_protocol),
    ("open-source", "toolkit version", 5, _code_version),
    ("open-source", "code commit", 8, _commit),
    ("open-source", "pipeline config", 6, _pipeline),
    ("open-source", "published at a tag", 6, _published),
)
AXES = ("data", "methodology", "evaluation", "open-source")


def transparency_score(manifest: dict[str, Any]) -> dict[str, Any]:
    """Score a manifest: `{total, max, axes: {axis: {score, max}}, criteria: [...]}`.

    Example:
        >>> transparency_score({"license": "mit"})["axes"]["data"]["score"]
        10
    """
    criteria = []
    axes = {axis: {"score": 0, "max": 0} for axis in AXES}
    for axis, name, points, check in CRITERIA:
        met, evidence = check(manifest)
        criteria.append({"axis": axis, "criterion": name, "points": points, "met": bool(met), "evidence": evidence})
        axes[axis]["max"] += points
        axes[axis]["score"] += points if met else 0
    return {
        "total": sum(a["score"] for a in axes.values()),
        "max": sum(a["max"] for a in axes.values()),
        "axes": axes,
        "criteria": criteria,
    }
