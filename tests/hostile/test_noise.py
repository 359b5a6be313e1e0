"""Nothing on standard error but what mocparse means to say (issue 13, finding 7).

Workers left behind when a batch is killed end quietly (before: a ``BrokenPipeError`` traceback
each); pdfminer's warnings about odd fonts do not reach standard error on a successful parse.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from pathlib import Path

from conftest import CORPUS, STEMS
from faults import faulty_cli_command

from .support import KIRENSKY_PDF, ROOT, run_cli


def test_workers_of_a_killed_batch_end_quietly(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for copy in range(4):
        for stem in STEMS:
            shutil.copy(CORPUS / "docx" / f"{stem}.docx", archive / f"{stem}_{copy}.docx")
    out = tmp_path / "out.jsonl"
    command = faulty_cli_command("batch", str(archive), "--out", str(out), "--jobs", "2", "--quiet", delay_s=0.3)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 2):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert out.read_bytes().count(b"\n") < 4 * len(STEMS), "the kill came too late to test anything"
    # The workers and the fork server hold the same standard error: end of file means they are all gone.
    started = time.monotonic()
    assert process.stderr is not None
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert time.monotonic() - started < 15, "workers outlived their batch"
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_pdfminer_warnings_stay_off_standard_error(tmp_path: Path) -> None:
    # a font descriptor without its FontBBox: pdfminer logs a warning for each such font
    pdf = tmp_path / "odd_fonts.pdf"
    pdf.write_bytes(KIRENSKY_PDF.read_bytes().replace(b"/FontBBox", b"/FontBBoy"))
    parsed = run_cli("parse", str(pdf), "--format", "summary")
    assert parsed.returncode == 0, parsed.stderr
    assert "Киренский" in parsed.stdout
    assert parsed.stderr == ""
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(pdf, archive)
    batch = run_cli("batch", str(archive), "--out", str(tmp_path / "out.jsonl"), "--quiet")
    assert batch.returncode == 0, batch.stderr
    assert batch.stderr == ""
