"""File names and links that used to stop a batch on every rerun (issue 13, finding 2).

A file name that is not UTF-8, a symbolic link loop, a link leaving the source folder, names that
differ only in characters ``--name path`` replaces, and a name of 255 bytes: each is one record
(converted or an error) and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from mocparse.batch import iter_jsonl

from .support import REPORT_TEXT, run_cli

CP1251_NAME = "Отчет МОЦ 2023".encode("cp1251") + b".txt"  # not UTF-8: b"\xce\xf2\xf7\xe5\xf2 \xcc\xce\xd6 2023.txt"
SHOWN = CP1251_NAME.decode("utf-8", "backslashreplace")


def records(path: Path) -> list[dict]:
    return [line.data for line in iter_jsonl(path) if line.data is not None]


def write(folder: Path, name: str | bytes, text: str = REPORT_TEXT) -> Path:
    path = folder / (os.fsdecode(name) if isinstance(name, bytes) else name)  # bad bytes kept as surrogates
    path.write_bytes(text.encode("utf-8"))
    return path


def test_a_file_name_that_is_not_utf8_is_converted_everywhere(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    bad = write(src, CP1251_NAME)
    write(src, "good.txt", REPORT_TEXT.replace("2 371", "2 372"))
    out, out_dir, db = tmp_path / "out.jsonl", tmp_path / "json", tmp_path / "db.sqlite"
    result = run_cli("batch", str(src), "--out", str(out), "--out-dir", str(out_dir), "--name", "path", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    paths = sorted(data["source"]["path"] for data in records(out))
    assert paths == sorted([str(src / "good.txt"), f"{src}/{SHOWN}"])
    named = sorted(path.name for path in out_dir.glob("*.json"))
    assert len(named) == 2 and "good.txt.json" in named
    with sqlite3.connect(db) as connection:
        stored = sorted(row[0] for row in connection.execute("SELECT path FROM documents"))
    assert stored == paths

    report = tmp_path / "one.json"
    parsed = run_cli("parse", os.fsdecode(bad), "--out", str(report))
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["source"]["path"] == f"{src}/{SHOWN}"
    to_stdout = run_cli("parse", os.fsdecode(bad), "--format", "summary")
    assert to_stdout.returncode == 0 and SHOWN in to_stdout.stdout, to_stdout.stderr
    page = tmp_path / "review.html"
    shown = run_cli("show", os.fsdecode(bad), "--html", str(page))
    assert shown.returncode == 0, shown.stderr
    assert SHOWN in page.read_text(encoding="utf-8")
    missing = run_cli("parse", os.fsdecode(bad) + ".missing")
    assert missing.returncode == 2
    assert missing.stderr == f"mocparse: error: {src}/{SHOWN}.missing: file not found [not_found]\n"


def test_symbolic_link_loops_are_error_records_and_the_rest_converts(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    write(src, "report.txt")
    (src / "a.txt").symlink_to(src / "b.txt")
    (src / "b.txt").symlink_to(src / "a.txt")
    (src / "self.docx").symlink_to(src / "self.docx")
    (src / "sub" / "up").symlink_to(src)  # a folder link back up the tree
    out = tmp_path / "out.jsonl"
    for follow in ([], ["--follow-links"]):
        result = run_cli("batch", str(src), "--out", str(out), *follow)
        assert result.returncode == 12, result.stderr
        assert "Traceback" not in result.stderr
    lines = records(out)
    converted = [data for data in lines if "error" not in data]
    errors = {Path(data["path"]).name: data["error"] for data in lines if "error" in data}
    assert [Path(data["source"]["path"]).name for data in converted] == ["report.txt"]
    assert set(errors) == {"a.txt", "b.txt", "self.docx"}
    assert {error["kind"] for error in errors.values()} == {"not_found"}
    assert all("symbolic link loop" in error["message"] for error in errors.values())


def test_links_leaving_the_source_folder_are_not_followed_unless_asked(tmp_path: Path) -> None:
    src, outside = tmp_path / "src", tmp_path / "elsewhere"
    src.mkdir()
    outside.mkdir()
    write(src, "report.txt")
    secret = write(outside, "secret.txt", REPORT_TEXT.replace("Иванова", "Секретова"))
    (src / "linked.txt").symlink_to(secret)
    (src / "passwd").symlink_to("/etc/passwd")
    (src / "folder").symlink_to(outside, target_is_directory=True)
    (src / "inside.txt").symlink_to(src / "report.txt")  # stays in the tree: followed (a duplicate)
    out = tmp_path / "out.jsonl"
    result = run_cli("batch", str(src), "--out", str(out))
    assert result.returncode == 12, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Секретова" not in text and "root:" not in text
    errors = {Path(data["path"]).name: data["error"] for data in records(out) if "error" in data}
    assert {name: error["kind"] for name, error in errors.items()} == {
        "linked.txt": "link_outside_source",
        "passwd": "link_outside_source",
        "folder": "link_outside_source",
    }
    assert "--follow-links" in errors["linked.txt"]["message"]
    assert "duplicate" in result.stderr and "inside.txt" in result.stderr

    followed = tmp_path / "followed.jsonl"
    result = run_cli("batch", str(src), "--out", str(followed), "--follow-links")
    assert result.returncode == 0, result.stderr  # what the links point at is read, /etc/passwd as text
    converted = {Path(data["source"]["path"]).name for data in records(followed) if "error" not in data}
    assert "passwd" in converted and {"linked.txt", "secret.txt"} & converted


def test_out_dir_by_path_never_overwrites_and_takes_long_names(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    write(src, "a:1.txt", REPORT_TEXT.replace("2 371", "2 001"))
    write(src, "a?1.txt", REPORT_TEXT.replace("2 371", "2 002"))
    write(src, "a_1.txt", REPORT_TEXT.replace("2 371", "2 003"))
    long_name = "я" * 125 + ".txt"  # 254 bytes: a file system's limit is 255
    assert len(long_name.encode("utf-8")) == 254
    write(src, long_name, REPORT_TEXT.replace("2 371", "2 004"))
    out_dir = tmp_path / "json"
    first = run_cli("batch", str(src), "--out-dir", str(out_dir), "--name", "path")
    assert first.returncode == 0, first.stderr
    written = sorted(out_dir.glob("*.json"))
    assert len(written) == 4
    sources = sorted(Path(json.loads(path.read_text(encoding="utf-8"))["source"]["path"]).name for path in written)
    assert sources == sorted(["a:1.txt", "a?1.txt", "a_1.txt", long_name])
    assert all(len(path.name.encode("utf-8")) <= 255 for path in written)
    again = run_cli("batch", str(src), "--out-dir", str(out_dir), "--name", "path")
    assert again.returncode == 0, again.stderr
    assert "0 converted" in again.stderr and "4 already converted" in again.stderr
