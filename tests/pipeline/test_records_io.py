"""Schema checks and readers: every malformed line is reported with file and line, none is lost."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import datasets
import polars as pl
import pytest

from longcot.errors import InputError, SchemaError
from longcot.io import InputSpec, iter_input, read_frame, read_jsonl, write_parquet
from longcot.records import rename_columns, require_columns


def test_require_columns_names_the_missing_column_and_lists_present() -> None:
    with pytest.raises(SchemaError, match=r"needs column 'gold_answer', not found; columns are: problem, completion"):
        require_columns(pl.DataFrame({"problem": ["p"], "completion": ["c"]}), ["gold_answer"], where="verify")


def test_require_columns_rejects_wrong_dtype_but_accepts_numeric_widening() -> None:
    with pytest.raises(SchemaError, match=r"'problem' of type String, got Int64"):
        require_columns(pl.DataFrame({"problem": [1]}), ["problem"], where="x")
    require_columns(pl.DataFrame({"completion_tokens": [1.0]}), ["completion_tokens"], where="x")


def test_rename_columns_maps_and_reports_unknown_source() -> None:
    frame = pl.DataFrame({"question": ["q"], "problem": ["old"], "answer": ["1"]})
    out = rename_columns(frame, {"problem": "question", "gold_answer": "answer"}, where="demo")
    assert out.to_dicts() == [{"problem": "q", "gold_answer": "1"}]
    with pytest.raises(SchemaError, match=r"names a column 'nope' that demo does not have; columns are: question"):
        rename_columns(frame, {"problem": "nope"}, where="demo")


# (line bytes, expected error substring or None for a good row)
LINES = [
    (b'{"question": "ok", "answer": "1"}', None),  # good
    (b"", None),  # blank line: skipped, not a reject, but still counted in line numbers
    (b"not json", "bad JSON"),  # broken JSON
    (b'{"question": "half', "bad JSON"),  # truncated line (a killed writer)
    (b"[1, 2]", "expected a JSON object, got list"),  # not an object
    (b'{"answer": "1"}', "missing required column 'question' (mapped to 'problem')"),  # missing column
    (b'{"question": null}', "missing required column 'question'"),  # null is missing
    (b'{"question": 7}', "column 'question' must be a string, got int 7"),  # wrong type
    (b'{"question": "caf\xe9"}', "not UTF-8 at byte 17"),  # latin-1 byte
    (b'{"question": "second ok", "extra": {"a": 1}}', None),  # good, extra nested column
]


def test_read_jsonl_sets_aside_each_malformed_line_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b"\n".join(line for line, _ in LINES) + b"\n")
    frame, rejects = read_jsonl(path, columns={"problem": "question"}, required=["problem"])
    assert frame["problem"].to_list() == ["ok", "second ok"]
    assert frame["_line"].to_list() == [1, 10]
    expected = [(n, err) for n, (_, err) in enumerate(LINES, start=1) if err]
    assert [r.line for r in rejects] == [line for line, _ in expected]
    for reject, (line, err) in zip(rejects, expected):
        assert reject.line == line and err in reject.error and reject.file == str(path)
    assert frame.height + len(rejects) == sum(1 for line, _ in LINES if line)  # nothing silently lost


def test_read_jsonl_strict_raises_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"problem": "a"}\n{bad\n')
    with pytest.raises(InputError, match=r"rows.jsonl:2: bad JSON"):
        read_jsonl(path, required=["problem"], strict=True)


def test_gzip_empty_and_huge_rows(tmp_path: Path) -> None:
    gz = tmp_path / "a.jsonl.gz"
    huge = "x" * 10_000_000  # a 10 MB string in one row is processed, not truncated
    with gzip.open(gz, "wt") as handle:
        handle.write(json.dumps({"problem": huge}) + "\n")
    (tmp_path / "b.jsonl").write_text("")
    frame = read_frame(tmp_path)
    assert frame.height == 1 and len(frame["problem"][0]) == 10_000_000


def test_corrupt_gzip_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "a.jsonl.gz"
    bad.write_bytes(gzip.compress(b'{"problem": "a"}\n' * 100)[:40])
    with pytest.raises(InputError, match=r"a.jsonl.gz:\d+: the gzip file is cut off"):
        read_frame(bad)  # strict: the cut is an error naming file and line
    frame, rejects = read_jsonl(bad)  # not strict: the complete lines are kept, the cut one rejected
    assert rejects[-1].line == frame.height + 1 and "cut off" in rejects[-1].error
    (tmp_path / "b.jsonl.gz").write_bytes(b"this is not gzip at all\n")
    frame, rejects = read_jsonl(tmp_path / "b.jsonl.gz")
    assert frame.height == 0 and rejects[0].line == 1 and "corrupt gzip data" in rejects[0].error


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing.jsonl", "does not exist"),
        ("./missing-folder", "does not exist"),
        ("notes.txt", "cannot tell the format"),
    ],
)
def test_input_errors_name_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(InputError, match=message):
        InputSpec(path=path).resolved_format()


def test_parquet_folder_and_sharding_cover_every_row_once(tmp_path: Path) -> None:
    for i in range(3):
        write_parquet(pl.DataFrame({"problem": [f"p{i}-{j}" for j in range(5)]}), tmp_path / f"part-{i}.parquet")
    spec = InputSpec(path=str(tmp_path))
    for world in (1, 2, 3, 5):  # fewer files than ranks falls back to row slices
        seen = [p for rank in range(world) for f, _ in iter_input(spec, rank=rank, world_size=world)
                for p in f["problem"].to_list()]  # fmt: skip
        assert sorted(seen) == sorted(f"p{i}-{j}" for i in range(3) for j in range(5)), world


def test_limit_applies_before_sharding(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"problem": str(i)}) + "\n" for i in range(10)))
    spec = InputSpec(path=str(tmp_path / "a.jsonl"), limit=4)
    seen = [p for rank in range(2) for f, _ in iter_input(spec, rank=rank, world_size=2) for p in f["problem"]]
    assert seen == ["0", "1", "2", "3"]


def test_hf_saved_dataset_and_hub_layout_folder(tmp_path: Path) -> None:
    ds = datasets.Dataset.from_dict({"question": ["a", "b"], "answer": ["1", "2"]})
    ds.save_to_disk(str(tmp_path / "saved"))
    frame = read_frame(tmp_path / "saved", columns={"problem": "question"})
    assert frame["problem"].to_list() == ["a", "b"]
    (tmp_path / "hub" / "data").mkdir(parents=True)
    ds.to_parquet(str(tmp_path / "hub" / "data" / "train-00000-of-00001.parquet"))
    assert read_frame(tmp_path / "hub")["question"].to_list() == ["a", "b"]


def test_hub_id_offline_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"cannot load dataset 'org/never-there@abc123'") as info:
        read_frame("org/never-there@abc123")
    assert "--set input=" in str(info.value)


def test_parquet_rows_with_null_required_column_are_rejects(tmp_path: Path) -> None:
    write_parquet(pl.DataFrame({"problem": ["a", None, "c"], "x": [1, 2, 3]}), tmp_path / "p.parquet")
    [(frame, rejects)] = list(iter_input(InputSpec(path=str(tmp_path / "p.parquet"))))
    assert frame["x"].to_list() == [1, 3]
    assert [(r.line, r.error) for r in rejects] == [(2, "missing required column 'problem'")]


# Files the pyarrow fast path of read_jsonl must hand to the per-line path (or read identically).
# (content, kept problems, rejected line numbers) — one row per trap found by differential fuzzing.
FAST_PATH_CASES = [
    (b'{"problem": "a", "x": 1}\n{"problem": "b", "x": "s"}\n', ["a", "b"], []),  # mixed int/str column
    (b'{"problem": "a"}{"problem": "b"}\n', [], [1]),  # two objects on one line
    (b'{"problem": "a"}\n\n{"problem": "b"}\n', ["a", "b"], []),  # blank line
    (b'{"problem": "a"}\nnull\n[1]\n', ["a"], [2, 3]),  # null and array lines
    (b'{"problem": "a", "problem": "b"}\n', ["b"], []),  # duplicate keys: the last wins, as in json.loads
    (
        b'{"problem": "\\ud800"}\n{"problem": "\\ud83d\\ude00"}\n',
        ["\U0001f600"],
        [1],
    ),  # lone surrogate; a pair is fine
    (b'{"problem": "a", "n": 9223372036854775808}\n', ["a"], []),  # 2**63 does not fit int64
    (b'{"problem": "a", "": 1}\n', ["a"], []),  # empty key
    (b'{"problem": "a", "t": "2024-01-01"}\n', ["a"], []),  # date-like string stays a string
    (b'{"problem": "\xff"}\n{"problem": "ok"}\n', ["ok"], [1]),  # invalid UTF-8 in a value
    (b'{"pr\xffoblem": "x"}\n{"problem": "ok"}\n', ["ok"], [1]),  # invalid UTF-8 in a key
    (b'{"problem": "a", "nested": {"k": [1, 2]}}\n', ["a"], []),  # nested value
]


@pytest.mark.parametrize(("content", "kept", "rejected"), FAST_PATH_CASES)
@pytest.mark.parametrize("compress", [False, True])
def test_read_jsonl_fast_path_traps(
    tmp_path: Path, content: bytes, kept: list, rejected: list, compress: bool
) -> None:
    path = tmp_path / ("x.jsonl.gz" if compress else "x.jsonl")
    path.write_bytes(gzip.compress(content) if compress else content)
    frame, rejects = read_jsonl(path, required=["problem"])
    assert (frame["problem"].to_list() if frame.height else []) == kept
    assert [r.line for r in rejects] == rejected


def test_t_dates_stay_strings_and_stray_json_in_a_folder_is_not_data(tmp_path: Path) -> None:
    (tmp_path / "rows.jsonl").write_text('{"problem": "a", "t": "2024-01-01"}\n')
    (tmp_path / "meta.json").write_text('{"not": "rows"}')
    frame = read_frame(tmp_path)
    assert frame.to_dicts() == [{"problem": "a", "t": "2024-01-01"}]
