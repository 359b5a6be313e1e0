"""Unwritable outputs and full disks for ``parse --out``, ``batch`` and ``export``: a clear one-line error,
exit code 11, and no half-written file that a later run would trust.

A full disk is a tmpfs of a few KiB mounted for the test (we run as root; the tests skip where mounting
is not allowed). An unwritable path is one under a regular file, which can never become a folder.
"""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

import mocparse
from mocparse.batch import BatchRecord, DirSink, JsonlSink, OutputError, Source, iter_jsonl
from mocparse.db import create_db_engine
from mocparse.db.load import load_jsonl

from .support import CORPUS, remount, run_cli, small_tmpfs

EXIT_OUTPUT = 11
STEMS = ("nikolaevsky_2023_report", "tambovsky_2022-2023_analysis")


@pytest.fixture(scope="module")
def reports_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jsonl") / "reports.jsonl"
    lines = [mocparse.parse(CORPUS / "txt" / f"{stem}.txt").model_dump_json() for stem in STEMS]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def database(reports_jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'regional.sqlite'}"
    engine = create_db_engine(url)
    load_jsonl(engine, reports_jsonl)
    engine.dispose()
    return url


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    """A regular file: nothing can be written below it."""
    path = tmp_path / "a_file"
    path.write_text("not a folder", encoding="utf-8")
    return path


def _no_temporary_files(folder: Path) -> None:
    leftovers = [path.name for path in folder.rglob("*") if path.name.endswith(".tmp")]
    assert leftovers == [], leftovers


# --------------------------------------------------------------------------- mocparse parse --out


def test_parse_out_under_a_regular_file(blocker: Path) -> None:
    target = blocker / "out" / "report.json"
    result = run_cli("parse", str(CORPUS / "txt" / f"{STEMS[0]}.txt"), "--out", str(target))
    assert result.returncode == EXIT_OUTPUT, result.stderr
    assert (
        result.stderr.strip() == f"mocparse: error: cannot write {target}: {blocker} is a file, not a folder [output]"
    )
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_parse_out_never_replaces_a_device() -> None:
    result = run_cli("parse", str(CORPUS / "txt" / f"{STEMS[0]}.txt"), "--out", "/dev/full")
    assert result.returncode == EXIT_OUTPUT
    assert "cannot write /dev/full: not a regular file" in result.stderr
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)
    assert not Path("/dev/full.tmp").exists()


def test_parse_to_a_full_standard_output() -> None:
    with Path("/dev/full").open("w") as full:
        result = run_cli("parse", str(CORPUS / "txt" / f"{STEMS[0]}.txt"), stdout=full)
    assert result.returncode == EXIT_OUTPUT
    assert "cannot write standard output: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr


def test_parse_out_on_a_full_disk_keeps_the_previous_file(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "16k") as disk:
        target = disk / "report.json"
        target.write_text('{"previous": true}', encoding="utf-8")
        result = run_cli("parse", str(CORPUS / "txt" / "kirensky_2023-2024_report.txt"), "--out", str(target))
        assert result.returncode == EXIT_OUTPUT, result.stderr
        assert f"cannot write {target}: No space left on device" in result.stderr
        assert json.loads(target.read_text(encoding="utf-8")) == {"previous": True}  # untouched
        _no_temporary_files(disk)


# --------------------------------------------------------------------------- mocparse batch


def _record(sha: str, size: int = 30_000) -> BatchRecord:
    source = Source(Path(f"archive/{sha}.txt"), f"{sha}.txt", sha, size)
    return BatchRecord(source, sha, line=json.dumps({"source": {"sha256": sha}, "padding": "x" * size}))


def test_jsonl_sink_on_a_full_disk_cuts_the_partial_line(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        sink = JsonlSink(disk / "out.jsonl")
        written = 0
        with pytest.raises(OutputError, match="No space left on device"):
            for index in range(10):
                sink.write(_record(f"{index:064d}"))
                written += 1
        sink.close(finished=False)
        lines = list(iter_jsonl(disk / "out.jsonl"))
        assert len(lines) == written >= 1
        assert all(line.data is not None and not line.torn for line in lines)  # nothing half-written
        assert JsonlSink(disk / "out.jsonl").completed() == set()  # (no schema_version: not trusted as done)


def test_dir_sink_on_a_full_disk_leaves_no_temporary_file(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        sink = DirSink(disk / "json")
        with pytest.raises(OutputError, match="No space left on device"):
            for index in range(10):
                sink.write(_record(f"{index:064d}"))
        _no_temporary_files(disk)
        for path in (disk / "json").glob("*.json"):
            json.loads(path.read_text(encoding="utf-8"))  # every file there is complete


def test_batch_out_under_a_regular_file(blocker: Path, tmp_path: Path) -> None:
    source = tmp_path / "archive"
    source.mkdir()
    shutil.copy(CORPUS / "txt" / f"{STEMS[0]}.txt", source)
    for option in ("--out", "--out-dir"):
        target = blocker / "reports.jsonl"
        result = run_cli("batch", str(source), option, str(target), "--jobs", "1")
        assert result.returncode == EXIT_OUTPUT, result.stderr
        assert f"mocparse: error: cannot write {target}: {blocker} is a file, not a folder" in result.stderr
        assert "Traceback" not in result.stderr


def test_batch_on_a_full_disk_then_resumes(tmp_path: Path) -> None:
    source = tmp_path / "archive"
    source.mkdir()
    for path in sorted((CORPUS / "txt").glob("*.txt")):
        shutil.copy(path, source)
    # room for the first report (~95 kB with the spans of its passages) but not for all five
    with small_tmpfs(tmp_path / "disk", "128k") as disk:
        out = disk / "reports.jsonl"
        result = run_cli("batch", str(source), "--out", str(out), "--jobs", "1")
        assert result.returncode == EXIT_OUTPUT, result.stderr
        assert f"cannot write {out}: No space left on device" in result.stderr
        assert "run the same command again" in result.stderr
        first = list(iter_jsonl(out))
        assert 1 <= len(first) < 5 and all(line.data is not None for line in first)
        remount(disk, "4m")
        result = run_cli("batch", str(source), "--out", str(out), "--jobs", "1")
        assert result.returncode == 0, result.stderr
        assert f"{len(first)} already converted" in result.stderr
        lines = list(iter_jsonl(out))
        assert len(lines) == 5 and len({line.data["source"]["sha256"] for line in lines if line.data}) == 5


# --------------------------------------------------------------------------- mocparse export


def test_export_under_a_regular_file(database: str, blocker: Path) -> None:
    for option, target in (("--xlsx", blocker / "regional.xlsx"), ("--csv", blocker / "csv")):
        result = run_cli("export", "--db", database, option, str(target))
        assert result.returncode == EXIT_OUTPUT, result.stderr
        assert f"mocparse: error: cannot write the export: {blocker} is a file, not a folder" in result.stderr


def test_export_on_a_full_disk(database: str, tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "8k") as disk:
        for option, target in (("--xlsx", disk / "regional.xlsx"), ("--csv", disk / "csv")):
            result = run_cli("export", "--db", database, option, str(target))
            assert result.returncode == EXIT_OUTPUT, result.stderr
            assert "No space left on device" in result.stderr and "Traceback" not in result.stderr
            _no_temporary_files(disk)
        assert not (disk / "regional.xlsx").exists()
