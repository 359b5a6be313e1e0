"""Helpers shared by the hostile-input tests: error assertions, the evidence invariant, sample files."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from pydantic import BaseModel

from mocparse.document import Document
from mocparse.errors import DocumentReadError, ErrorKind, MocparseError
from mocparse.readers import ReadOptions, read
from mocparse.records import Evidence, Report

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
KIRENSKY_DOCX = CORPUS / "docx" / "kirensky_2023-2024_report.docx"
KIRENSKY_PDF = CORPUS / "pdf" / "kirensky_2023-2024_report.pdf"
KIRENSKY_TXT = CORPUS / "txt" / "kirensky_2023-2024_report.txt"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

REPORT_TEXT = (
    "Отчет о деятельности муниципального опорного центра Киренского района за 2023 год\n"
    "Опубликовано 2 371 программа, из них 412 сетевых.\n"
    "Охват детей дополнительным образованием составил 74,5 %.\n"
    "Семинар для педагогов проведён 15 марта 2023 года.\n"
    "Методист МОЦ Иванова Мария Петровна провела 12 консультаций.\n"
)
"""A small report whose facts every text variant below must still yield."""


def read_error(path: Path, kind: ErrorKind, *words: str, options: ReadOptions | None = None) -> DocumentReadError:
    """Read ``path`` expecting a DocumentReadError of ``kind`` that names the file (and contains ``words``)."""
    with pytest.raises(DocumentReadError) as caught:
        read(path, options)
    error = caught.value
    assert error.kind is kind, f"{error.kind} != {kind}: {error}"
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: ")
    for word in words:
        assert word in str(error), f"{word!r} not in {error}"
    return error


def evidences(model: object, where: str = "report") -> Iterator[tuple[str, Evidence]]:
    """Every Evidence in a Report (facts, person mentions, document info, warnings), with where it is."""
    if isinstance(model, Evidence):
        yield where, model
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            yield from evidences(getattr(model, name), f"{where}.{name}")
    elif isinstance(model, list | tuple):
        for index, item in enumerate(model):
            yield from evidences(item, f"{where}[{index}]")


def check_document(document: Document) -> None:
    """Blocks, rows and cells lie in order inside the text and every cell slices it exactly."""
    text = document.text
    for index, block in enumerate(document.blocks):
        assert block.index == index
        assert 0 <= block.start <= block.body_start <= block.stop <= len(text), block
        if index:
            assert document.blocks[index - 1].stop <= block.start
        if block.table is not None:
            for row in block.table.rows:
                assert block.start <= row.start <= row.stop <= block.stop
                for cell in row.cells:
                    assert row.start <= cell.start <= cell.stop <= row.stop
                    assert text[cell.start : cell.stop] == cell.text, (cell, text[cell.start : cell.stop])


def check_report(report: Report, document: Document) -> int:
    """The evidence invariant: each evidence slices the canonical text to exactly its text, inside its block."""
    check_document(document)
    count = 0
    for where, evidence in evidences(report):
        count += 1
        assert 0 <= evidence.start <= evidence.end <= len(document.text), (where, evidence)
        assert document.text[evidence.start : evidence.end] == evidence.text, (where, evidence)
        assert 0 <= evidence.block < len(document.blocks), (where, evidence)
        block = document.blocks[evidence.block]
        assert block.start <= evidence.start and evidence.end <= block.stop, (where, evidence, block)
    return count


def read_or_refuse(path: Path, options: ReadOptions | None = None) -> Document | MocparseError:
    """The Document, or the MocparseError it was refused with; anything else propagates (a bug)."""
    try:
        document = read(path, options)
    except MocparseError as error:
        assert str(path) in str(error)
        return error
    check_document(document)
    return document


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes], *, drop: tuple[str, ...] = ()) -> Path:
    """Copy a ZIP with some members replaced (or added) and some dropped."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            if info.filename in drop:
                continue
            copy.writestr(info.filename, replace.get(info.filename, original.read(info)))
        for name, data in replace.items():
            if name not in original.namelist():
                copy.writestr(name, data)
    return target


def document_xml(body: str, prolog: str = "") -> bytes:
    """A minimal word/document.xml around ``body`` (paragraph XML)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body>'
        "</w:document>"
    ).encode()


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdout: IO[str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m mocparse ARGS`` in a real process (standard output captured unless ``stdout``)."""
    return subprocess.run(
        [sys.executable, "-m", "mocparse", *args],
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (root only; the test is skipped where mounting fails)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", f"mocparse-test-{uuid.uuid4().hex[:8]}", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def remount(folder: Path, size: str) -> None:
    """Give a tmpfs mounted by :func:`small_tmpfs` a new size."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(folder)], check=True, capture_output=True)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A deflated ZIP of ``members`` in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
