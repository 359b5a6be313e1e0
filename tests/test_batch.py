"""``mocparse batch``: every format, broken files as error records, resume, kill -9, worker death, time limits.

Real processes and real files throughout; faults (a worker that crashes, hangs or is slow) are
injected by tests/faults.py, outside the package.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, STEMS
from faults import FaultyConverter, faulty_cli_command

from mocparse.batch import (
    BatchError,
    DirSink,
    JsonlSink,
    discover,
    iter_jsonl,
    read_jsonl_status,
    run_batch,
    safe_relative_name,
)
from mocparse.records import SCHEMA_VERSION, Report

EXIT_SOME_FAILED = 12
BROKEN = {"empty.txt": "empty", "truncated.docx": "corrupt", "garbage.bin": "unsupported_format"}


def build_archive(root: Path) -> Path:
    """The corpus in all three formats in nested folders, a PDF disguised as .docx, broken files,
    an image, a duplicate and a hidden file."""
    (root / "2023" / "txt").mkdir(parents=True)
    (root / "2023" / "word" / "deep").mkdir(parents=True)
    (root / "pdf").mkdir()
    for stem in STEMS:
        shutil.copy(CORPUS / "txt" / f"{stem}.txt", root / "2023" / "txt")
        shutil.copy(CORPUS / "docx" / f"{stem}.docx", root / "2023" / "word" / "deep")
    disguised = STEMS[0]
    for stem in STEMS[1:]:
        shutil.copy(CORPUS / "pdf" / f"{stem}.pdf", root / "pdf")
    shutil.copy(CORPUS / "pdf" / f"{disguised}.pdf", root / "pdf" / "really_a_pdf.docx")
    (root / "empty.txt").write_bytes(b"")
    (root / "truncated.docx").write_bytes((CORPUS / "docx" / f"{STEMS[0]}.docx").read_bytes()[:3000])
    (root / "garbage.bin").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    (root / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (root / ".hidden.txt").write_text("not a report", encoding="utf-8")
    shutil.copy(CORPUS / "txt" / f"{STEMS[0]}.txt", root / "pdf" / "copy_of_first.txt")
    return root


GOOD = 3 * len(STEMS)  # txt + docx + pdf (one PDF disguised as .docx); the duplicate is not counted twice


def mocparse(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mocparse", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, **(env or {})},
    )


def records(path: Path) -> list[dict]:
    return [line.data for line in iter_jsonl(path) if line.data is not None]


def key(record: dict) -> str:
    return record["sha256"] if "error" in record else record["source"]["sha256"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def first_run(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("out") / "reports.jsonl"
    return out, mocparse("batch", str(archive), "--out", str(out), "--jobs", "2")


def test_every_good_document_converted_every_broken_one_an_error_record(first_run) -> None:
    out, result = first_run
    assert result.returncode == EXIT_SOME_FAILED, result.stderr
    lines = records(out)
    reports = [Report.model_validate(data) for data in lines if "error" not in data]
    errors = {Path(data["path"]).name: data for data in lines if "error" in data}
    assert len(reports) == GOOD
    assert {report.source.format for report in reports} == {"txt", "docx", "pdf"}
    disguised = next(report for report in reports if report.source.path.endswith("really_a_pdf.docx"))
    assert disguised.source.format == "pdf"
    assert disguised.program_counts or disguised.activities
    assert {name: data["error"]["kind"] for name, data in errors.items()} == BROKEN
    for data in errors.values():
        assert data["error"]["message"]
        assert data["sha256"] and data["schema_version"] == SCHEMA_VERSION
    assert len({key(data) for data in lines}) == len(lines)  # one record per document
    paths = {Path(report.source.path).name for report in reports} | set(errors)
    assert not {"scan.png", ".hidden.txt"} & paths  # skipped, not reported
    assert "duplicate" in result.stderr and "copy_of_first.txt" in result.stderr
    for name, kind in BROKEN.items():
        assert f"{kind}" in result.stderr and name in result.stderr


def test_second_run_skips_every_converted_document(first_run, archive: Path) -> None:
    out, _ = first_run
    before = {key(data) for data in records(out) if "error" not in data}
    result = mocparse("batch", str(archive), "--out", str(out), "--jobs", "2")
    assert result.returncode == EXIT_SOME_FAILED  # the broken files are retried and still broken
    assert f"0 converted, 3 failed, {GOOD} already converted" in result.stderr
    lines = records(out)
    assert len(lines) == GOOD + len(BROKEN)  # retried error records replaced, not added
    assert {key(data) for data in lines if "error" not in data} == before


def test_kill_9_mid_run_then_rerun_completes_without_duplicates(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for stem in STEMS:
        shutil.copy(CORPUS / "txt" / f"{stem}.txt", archive)
        shutil.copy(CORPUS / "docx" / f"{stem}.docx", archive)
    (archive / "empty.txt").write_bytes(b"")
    good = 2 * len(STEMS)
    out = tmp_path / "reports.jsonl"
    command = faulty_cli_command("batch", str(archive), "--out", str(out), "--jobs", "1", delay_s=0.2)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 3):
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < good + 1, "the kill came too late to test anything"
    done = len({key(data) for data in records(out) if "error" not in data})
    with out.open("ab") as handle:  # what a kill in the middle of a write leaves behind
        handle.write(b'{"schema_version": "1.0", "source": {"path": "/half/wri')

    result = mocparse("batch", str(archive), "--out", str(out), "--jobs", "2")
    assert result.returncode == EXIT_SOME_FAILED, result.stderr
    assert "torn last line" in result.stderr
    assert f"{done} already converted" in result.stderr
    lines = records(out)
    assert out.read_bytes().endswith(b"\n")
    assert len([data for data in lines if "error" not in data]) == good
    assert len(lines) == len({key(data) for data in lines}) == good + 1


def test_worker_crash_and_hang_are_charged_to_their_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for stem in STEMS[:2]:
        shutil.copy(CORPUS / "txt" / f"{stem}.txt", src)
    (src / "crash_here.txt").write_text("Отчет МОЦ за 2024 год. Опубликовано 5 программ.", encoding="utf-8")
    (src / "hang_here.txt").write_text("Отчет МОЦ за 2023 год. Опубликовано 7 программ.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(
        src,
        [JsonlSink(out)],
        jobs=2,
        timeout_s=4,  # a report converts in well under a second, on a slow machine too; the hang waits it out
        converter=FaultyConverter(crash_on="crash_here", hang_on="hang_here"),
    )
    failed = {record.source.path.name: record for record in summary.failed}
    assert summary.converted == 2
    assert failed["crash_here.txt"].error_kind == "internal_error"
    assert "worker process exited with code 70" in (failed["crash_here.txt"].error_message or "")
    assert failed["hang_here.txt"].error_kind == "timeout"
    assert {Path(data["path"]).name for data in records(out) if "error" in data} == {"crash_here.txt", "hang_here.txt"}


def test_no_test_hooks_left_in_the_package() -> None:
    package = Path(__file__).resolve().parents[1] / "mocparse"
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "MOCPARSE_TEST" not in text and "crash_on" not in text and "hang_on" not in text, path


def test_out_dir_by_path_resumes_and_replaces_error_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub dir").mkdir(parents=True)
    shutil.copy(CORPUS / "txt" / f"{STEMS[0]}.txt", src / "sub dir")
    (src / "later.txt").write_bytes(b"")
    out = tmp_path / "json"
    first = run_batch(src, [DirSink(out, "path")], jobs=1)
    assert (first.converted, len(first.failed)) == (1, 1)
    assert (out / "sub dir" / f"{STEMS[0]}.txt.json").exists()
    assert json.loads((out / "later.txt.error.json").read_text(encoding="utf-8"))["error"]["kind"] == "empty"
    (src / "later.txt").write_text("Отчет МОЦ за 2024 год. Опубликовано 12 программ.", encoding="utf-8")
    second = run_batch(src, [DirSink(out, "path")], jobs=1)
    assert (second.converted, len(second.failed), len(second.plan.skipped)) == (1, 0, 1)
    assert (out / "later.txt.json").exists() and not (out / "later.txt.error.json").exists()
    assert not [path for path in out.rglob("*") if path.name.endswith(".tmp")]


def test_out_dir_by_sha256(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(CORPUS / "txt" / f"{STEMS[1]}.txt", src)
    result = mocparse("batch", str(src), "--out-dir", str(tmp_path / "json"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (written,) = (tmp_path / "json").glob("*.json")
    assert written.stem == Report.model_validate_json(written.read_text(encoding="utf-8")).source.sha256


def test_torn_last_line_is_reported_and_cut_off(tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    out.write_bytes(b'{"error": {"kind": "empty", "message": "m"}, "path": "a", "sha256": "1"}\n{"schema_ver')
    converted, errors, problems = read_jsonl_status(out)
    assert (converted, errors) == (set(), {"1"})
    assert problems and "torn last line" in problems[0]
    sink = JsonlSink(out)
    assert any("torn last line" in note for note in sink.notes)
    sink.close(finished=False)
    assert out.read_bytes().endswith(b'"sha256": "1"}\n')


def test_one_writer_per_jsonl_output(tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    first = JsonlSink(out)
    try:
        with pytest.raises(BatchError, match="another mocparse batch"):
            JsonlSink(out)
    finally:
        first.close(finished=True)


def test_discovery_skips_images_hidden_files_and_outputs(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x", encoding="utf-8")
    for name in ("a.PDF", "b.jpg", "Thumbs.db", "c", "out.jsonl"):
        (tmp_path / name).write_bytes(b"x")
    candidates, ignored = discover(tmp_path, exclude=[tmp_path / "out.jsonl"])
    assert [path.name for path in candidates] == ["a.PDF", "c"]
    assert sorted(path.name for path in ignored) == ["Thumbs.db", "b.jpg"]


def test_links_to_nowhere_and_fifos_are_error_records_not_hangs(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "gone.docx").symlink_to(tmp_path / "missing.docx")
    os.mkfifo(src / "pipe.txt")
    summary = run_batch(src, [JsonlSink(tmp_path / "out.jsonl")], jobs=1)
    kinds = {record.source.path.name: record.error_kind for record in summary.failed}
    assert kinds == {"gone.docx": "not_found", "pipe.txt": "unsupported_format"}
    assert summary.converted == 0


def test_safe_relative_names() -> None:
    assert safe_relative_name("2023/отчёт МОЦ.docx") == "2023/отчёт МОЦ.docx"
    changed = safe_relative_name("../.hidden/a:b*c.pdf")
    assert changed.startswith("hidden/a_b_c.pdf~") and len(changed) == len("hidden/a_b_c.pdf~") + 10


def test_no_output_is_a_usage_error(tmp_path: Path) -> None:
    result = mocparse("batch", str(tmp_path))
    assert result.returncode == 2
    assert "--out" in result.stderr
