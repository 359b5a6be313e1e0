"""DOC, RTF and ODT: converted to DOCX by LibreOffice (headless), then read by the DOCX reader.

Each conversion runs ``soffice --headless --convert-to docx`` in a private temporary
directory with its own LibreOffice profile (so it neither touches nor waits for a user's
running LibreOffice), under a time limit; the whole process group is killed on a time-out.
The resulting :class:`~mocparse.document.Document` keeps the original ``source`` (path and
format ``doc``/``rtf``/``odt``).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

from mocparse.document import Document, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers import docx as docx_reader
from mocparse.readers.base import ReadOptions

MISSING_TOOL_HINT = (
    "LibreOffice is needed to read .doc/.rtf/.odt: apt-get install libreoffice-writer-nogui (Debian/Ubuntu)"
)
_EXECUTABLES = ("soffice", "libreoffice")
# Import filters tried in turn; forcing one keeps LibreOffice from importing a damaged file
# as plain text.
_IMPORT_FILTERS: dict[str, tuple[str, ...]] = {
    "doc": ("MS Word 97", "MS Word 95", "MS WinWord 6.0"),
    "rtf": ("Rich Text Format",),
    "odt": ("writer8",),
    "wordml": ("MS Word 2003 XML",),
    "fodt": ("OpenDocument Text Flat XML",),
}
_SUFFIXES = {"wordml": "xml"}
_STDERR_TAIL = 300


def find_soffice() -> str | None:
    """Path of the LibreOffice executable on PATH, or None."""
    for name in _EXECUTABLES:
        found = shutil.which(name)
        if found:
            return found
    return None


def read(path: Path, source: SourceInfo, options: ReadOptions) -> Document:
    """Read a DOC, RTF or ODT file through LibreOffice."""
    if source.format == "odt":
        unpacked = _odt_unpacked_size(path)
        if unpacked > options.max_unpacked_bytes:
            raise DocumentReadError(
                path,
                f"the ODT unpacks to {unpacked:,} bytes, over the limit of {options.max_unpacked_bytes:,} "
                "(raise ReadOptions.max_unpacked_bytes to read it)",
                kind=ErrorKind.TOO_LARGE,
            )
        if _is_encrypted_odt(path):
            raise DocumentReadError(
                path,
                "the document is password-protected (encrypted ODT); remove the password and retry",
                kind=ErrorKind.ENCRYPTED,
            )
    soffice = find_soffice()
    if soffice is None:
        raise DocumentReadError(path, MISSING_TOOL_HINT, kind=ErrorKind.MISSING_TOOL)
    timeout = float(options.convert_timeout_s)
    with tempfile.TemporaryDirectory(prefix="mocparse-office-") as work:
        converted = convert_to_docx(path, Path(work), source.format, soffice=soffice, timeout=timeout)
        try:
            return docx_reader.read(converted, source, options)
        except DocumentReadError as error:  # name the original file, not the temporary DOCX
            raise DocumentReadError(
                path, f"after conversion by LibreOffice: {error.reason}", kind=error.kind
            ) from error


def convert_to_docx(path: Path, work: Path, fmt: str, *, soffice: str, timeout: float) -> Path:
    """Convert ``path`` (format ``doc``, ``rtf`` or ``odt``) to DOCX inside the directory
    ``work``; return the DOCX path."""
    source = work / f"input.{_SUFFIXES.get(fmt, fmt)}"
    shutil.copyfile(path, source)  # a plain ASCII name: LibreOffice derives the output name from it
    out_dir = work / "out"
    converted = out_dir / "input.docx"
    detail = ""
    for import_filter in _IMPORT_FILTERS.get(fmt, ("",)):
        detail = _run_soffice(path, work, soffice, source, import_filter, timeout)
        if converted.is_file() and converted.stat().st_size > 0:
            return converted
    raise DocumentReadError(
        path,
        "LibreOffice could not convert the file (corrupt, password-protected or not a "
        f"{fmt.upper()} document){': ' + detail if detail else ''}",
        kind=ErrorKind.CORRUPT,
    )


def _run_soffice(path: Path, work: Path, soffice: str, source: Path, import_filter: str, timeout: float) -> str:
    """One ``soffice --convert-to docx`` run; returns the tail of its messages."""
    command = [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--nodefault",
        "--norestore",
        "--nolockcheck",
        *([f"--infilter={import_filter}"] if import_filter else []),
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(work / "out"),
        str(source),
    ]
    env = {**os.environ, "HOME": str(work)}
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as error:
            _kill_group(process)
            raise DocumentReadError(
                path,
                f"LibreOffice did not finish converting the file within {timeout:g} s",
                kind=ErrorKind.TIMEOUT,
            ) from error
    messages = (stderr + stdout).decode("utf-8", "replace").splitlines()
    relevant = [line for line in messages if line.strip() and "javaldx" not in line]
    return " ".join(relevant)[-_STDERR_TAIL:]


def _odt_unpacked_size(path: Path) -> int:
    """The uncompressed size the ODT's ZIP directory declares (0 when it cannot be read)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return 0


_MANIFEST_LIMIT = 16 * 1024 * 1024


def _is_encrypted_odt(path: Path) -> bool:
    """True when the ODT manifest declares encrypted entries (at most 16 MiB of it is inflated)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("META-INF/manifest.xml") as member:
            manifest = member.read(_MANIFEST_LIMIT)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError):
        return False
    return b"encryption-data" in manifest


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill the conversion's process group (soffice starts helper processes) and reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.communicate()
