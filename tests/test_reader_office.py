"""DOC/RTF/ODT reader: LibreOffice conversion to DOCX. Tests with a stand-in ``soffice``
always run; real conversions run when LibreOffice is installed."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from mocparse.document import BlockKind, Document
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers import office, read
from mocparse.readers.base import ReadOptions

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
KIRENSKY = "kirensky_2023-2024_report"
SOFFICE = office.find_soffice()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
RTF_TEXT = ("Отчёт о работе центра", "Первый абзац отчёта о работе за 2023 год.")


def normalized(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def txt_document(stem: str) -> Document:
    return read(CORPUS / "txt" / f"{stem}.txt")


def write_rtf(path: Path) -> Path:
    """A small RTF with Cyrillic text as ``\\uN?`` escapes: a bold title and a paragraph."""

    def escaped(text: str) -> str:
        return "".join(char if ord(char) < 128 else f"\\u{ord(char)}?" for char in text)

    title, body = (escaped(text) for text in RTF_TEXT)
    path.write_text(
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
        f"{{\\pard\\b {title}\\b0\\par}}\n{{\\pard {body}\\par}}\n}}\n",
        encoding="ascii",
    )
    return path


def write_odt_shell(path: Path, content: bytes = b"not xml at all") -> Path:
    """A ZIP that detection calls ODT (its mimetype), with the given content.xml."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path


def write_ole(path: Path) -> Path:
    """An OLE2 header and padding: detection calls it DOC."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    return path


FAKES = {"rtf": write_rtf, "odt": write_odt_shell, "doc": write_ole}


def fake_soffice(directory: Path, body: str) -> Path:
    """Put an executable ``soffice`` (a Python script running ``body``) in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "soffice"
    script.write_text(f"#!{sys.executable}\nimport shutil, sys, time\nargs = sys.argv[1:]\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return script


# --------------------------------------------------------------------------- always


@pytest.mark.parametrize("fmt", sorted(FAKES))
def test_missing_libreoffice_names_file_and_fix(fmt, tmp_path, monkeypatch):
    path = FAKES[fmt](tmp_path / f"отчёт.{fmt}")
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    error = caught.value
    assert error.kind is ErrorKind.MISSING_TOOL
    assert error.path == str(path) and path.name in str(error)
    hint = "LibreOffice is needed to read .doc/.rtf/.odt: "
    assert hint + "apt-get install libreoffice-writer-nogui (Debian/Ubuntu)" in str(error)


def test_encrypted_odt_is_refused_before_conversion(tmp_path):
    path = write_odt_shell(tmp_path / "locked.odt")
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>'
        b"</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/manifest.xml", manifest)
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    assert caught.value.kind is ErrorKind.ENCRYPTED
    assert "locked.odt" in str(caught.value)


def test_conversion_pipeline_with_stand_in_soffice(tmp_path, monkeypatch):
    """The converted DOCX is read with the DOCX reader; source keeps the original path and format."""
    converted = CORPUS / "docx" / f"{KIRENSKY}.docx"
    fake_soffice(
        tmp_path / "bin",
        "out = args[args.index('--outdir') + 1]\n"
        "assert any(arg.startswith('--infilter=') for arg in args)\n"
        "stem = args[-1].rsplit('/', 1)[-1].rsplit('.', 1)[0]\n"
        "import os; os.makedirs(out, exist_ok=True)\n"
        f"shutil.copyfile({str(converted)!r}, f'{{out}}/{{stem}}.docx')",
    )
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    path = write_rtf(tmp_path / "report.rtf")
    document = read(path)
    assert document.source.format == "rtf"
    assert document.source.path == str(path)
    assert normalized(document.text) == normalized(txt_document(KIRENSKY).text)


def test_conversion_failure_is_corrupt_with_detail(tmp_path, monkeypatch):
    fake_soffice(tmp_path / "bin", "print('Error: source file could not be loaded', file=sys.stderr)\nsys.exit(1)")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    path = write_ole(tmp_path / "broken.doc")
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    assert caught.value.kind is ErrorKind.CORRUPT
    assert "broken.doc" in str(caught.value)
    assert "source file could not be loaded" in caught.value.reason


def test_conversion_timeout_kills_soffice(tmp_path, monkeypatch):
    """On a time-out the stand-in and the helper process it started are both killed."""
    pids = tmp_path / "pids"
    fake_soffice(
        tmp_path / "bin",
        "import os, subprocess\n"
        "helper = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{helper.pid}}')\n"
        "time.sleep(60)",
    )
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    path = write_odt_shell(tmp_path / "slow.odt")
    started = time.monotonic()
    with pytest.raises(DocumentReadError) as caught:
        read(path, ReadOptions(convert_timeout_s=1.0))
    assert time.monotonic() - started < 10
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert "slow.odt" in str(caught.value)
    for pid in map(int, pids.read_text().split()):
        assert not running(pid)


def running(pid: int, wait: float = 3.0) -> bool:
    """True while ``pid`` exists and is not a zombie, after waiting up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        if state in ("Z", "X"):
            return False
        time.sleep(0.05)
    return True


# --------------------------------------------------------------------------- LibreOffice


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Kirensky DOCX converted by LibreOffice to ODT and DOC."""
    assert SOFFICE is not None
    work = tmp_path_factory.mktemp("office")
    source = work / f"{KIRENSKY}.docx"
    shutil.copyfile(CORPUS / "docx" / f"{KIRENSKY}.docx", source)
    paths: dict[str, Path] = {}
    for fmt, target in (("odt", "odt"), ("doc", "doc:MS Word 97")):
        command = [
            SOFFICE,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(work),
            str(source),
        ]
        subprocess.run(command, capture_output=True, timeout=120, check=True)
        paths[fmt] = work / f"{KIRENSKY}.{fmt}"
        assert paths[fmt].is_file()
    return paths


@needs_soffice
@pytest.mark.parametrize("fmt", ["odt", "doc"])
def test_libreoffice_formats_read_like_txt(fmt, converted):
    path = converted[fmt]
    document = read(path)
    expected = txt_document(KIRENSKY)
    assert document.source.format == fmt
    assert document.source.path == str(path)
    assert normalized(document.text) == normalized(expected.text)
    assert [block.kind for block in document.blocks] == [block.kind for block in expected.blocks]
    labels = [block.label for block in document.iter_kind(BlockKind.LIST_ITEM)]
    assert labels[:7] == [f"{number}." for number in range(1, 8)]
    (table,) = document.tables
    assert table.table is not None and len(table.table.body_rows) == 14


@needs_soffice
def test_libreoffice_reads_rtf(tmp_path):
    document = read(write_rtf(tmp_path / "report.rtf"))
    assert document.source.format == "rtf"
    assert [document.block_text(block) for block in document.blocks] == list(RTF_TEXT)
    assert document.blocks[0].kind is BlockKind.HEADING  # a bold paragraph


@needs_soffice
def test_libreoffice_refuses_damaged_odt(tmp_path):
    path = write_odt_shell(tmp_path / "damaged.odt")
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    assert caught.value.kind is ErrorKind.CORRUPT
    assert "damaged.odt" in str(caught.value)
