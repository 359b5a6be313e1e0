"""Format detection by content and dispatch to the reader of each format."""

from __future__ import annotations

import hashlib
import importlib
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mocparse.document import Document, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind

# format name -> module in mocparse.readers that defines ``read(path, source, options)``
READER_FORMATS: dict[str, str] = {
    "txt": "mocparse.readers.txt",
    "docx": "mocparse.readers.docx",
    "pdf": "mocparse.readers.pdf",
    "doc": "mocparse.readers.office",
    "rtf": "mocparse.readers.office",
    "odt": "mocparse.readers.office",
    "html": "mocparse.readers.html",
    "md": "mocparse.readers.html",
    "wordml": "mocparse.readers.office",
    "fodt": "mocparse.readers.office",
}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML_MARK = "EncryptionInfo".encode("utf-16-le")
_HEAD_BYTES = 8192


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits a reader enforces (documented in docs/document-model.md)."""

    max_file_bytes: int = 100 * 1024 * 1024
    """Refuse files larger than this (bytes)."""
    max_unpacked_bytes: int = 300 * 1024 * 1024
    """Refuse DOCX/ODT archives whose declared uncompressed size exceeds this, and PDFs whose compressed
    streams inflate to more (zip and decompression bombs); no ZIP member is inflated past its declared size."""
    max_pages: int = 2000
    """Refuse PDFs with more pages than this."""
    max_paragraphs: int = 50_000
    """Refuse DOCX (and DOC/RTF/ODT) bodies with more paragraphs than this: a report has a few
    thousand; 200,000 tiny ones would take minutes and gigabytes to extract."""
    max_text_chars: int = 5_000_000
    """Refuse documents whose text exceeds this many characters (about 2,500 pages, 9 MB of Russian
    plain text; the largest municipal programmes are a few hundred thousand): prose of this size
    takes about 35 s and 800 MB to extract."""
    max_figures: int = 30_000
    """Refuse documents with more figures (groups of digits) than this: a report has a few thousand,
    and each figure costs about 0.6 ms and 15 KB to interpret, so 30,000 take about 20 s and 600 MB."""
    convert_timeout_s: float = 120.0
    """Time limit of one LibreOffice conversion (DOC/RTF/ODT), seconds."""
    ocr: bool = True
    """Read scanned PDF pages with Tesseract when it is installed (False: name them in a warning)."""
    ocr_languages: str = "rus+eng"
    """Tesseract languages (``-l``)."""
    ocr_dpi: int = 300
    """Resolution scanned pages are rendered at for OCR."""


Reader = Callable[[Path, SourceInfo, ReadOptions], Document]


def detect_format(path: Path, head: bytes) -> str:
    """Name the format of a file from its first bytes; the extension is not consulted, so a
    DOCX named ``.txt`` still reads as DOCX."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_OOXML_MARK in path.read_bytes()[: 1 << 20]:
            raise DocumentReadError(
                path,
                "the document is password-protected (encrypted Office file); remove the password and retry",
                kind=ErrorKind.ENCRYPTED,
            )
        return "doc"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(path)
    markup = _markup_format(head)
    if markup is not None:
        return markup
    if _looks_like_text(head):
        return "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    raise DocumentReadError(
        path,
        "unsupported format: not a DOCX, PDF, DOC, RTF, ODT, HTML or text file",
        kind=ErrorKind.UNSUPPORTED,
    )


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                with archive.open("mimetype") as member:  # only its head: the member may be a zip bomb
                    if member.read(64).startswith(b"application/vnd.oasis.opendocument.text"):
                        return "odt"
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError) as error:
        raise DocumentReadError(path, f"corrupt or truncated ZIP container ({error})") from error
    raise DocumentReadError(
        path, "unsupported format: a ZIP archive that is neither DOCX nor ODT", kind=ErrorKind.UNSUPPORTED
    )


_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_FIGURE = re.compile(r"\d+")


def _markup_format(head: bytes) -> str | None:
    """HTML, Word 2003 XML or flat ODT, recognized by their first tags whatever the file is named
    (a web page saved as ``.doc`` is common); None for anything else."""
    sample = head[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        sample = sample.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    sample = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = sample.lower()
    if _XML_DECLARATION.match(sample) or lowered.startswith(b"<?mso"):
        if b"<w:worddocument" in lowered or b'progid="word.document"' in lowered:
            return "wordml"
        if b"<office:document" in lowered and b"opendocument.text" in lowered:
            return "fodt"
        if b"<html" not in lowered:
            return None
    if lowered.startswith((b"<!doctype html", b"<html")) or (lowered.startswith(b"<") and b"<html" in lowered[:1024]):
        return "html"
    if lowered.startswith(b"<") and re.search(rb"<(?:body|head|meta|title|p|div|table|h[1-6])[\s>]", lowered[:1024]):
        return "html"
    return None


def _looks_like_text(head: bytes) -> bool:
    from mocparse.readers.txt import decode_text

    return decode_text(head, partial=True) is not None


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read(path: str | Path, options: ReadOptions | None = None) -> Document:
    """Read any supported file into a Document, choosing the reader by content."""
    options = options or ReadOptions()
    path = Path(path)
    if not path.exists():
        raise DocumentReadError(path, "file not found", kind=ErrorKind.NOT_FOUND)
    if not path.is_file():
        raise DocumentReadError(path, "not a regular file", kind=ErrorKind.UNSUPPORTED)
    size = path.stat().st_size
    if size == 0:
        raise DocumentReadError(path, "the file is empty (0 bytes)", kind=ErrorKind.EMPTY)
    if size > options.max_file_bytes:
        raise DocumentReadError(
            path,
            f"the file is {size:,} bytes, over the limit of {options.max_file_bytes:,} bytes "
            "(raise ReadOptions.max_file_bytes to read it)",
            kind=ErrorKind.TOO_LARGE,
        )
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    fmt = detect_format(path, head)
    source = SourceInfo(path=str(path), format=fmt, sha256=file_sha256(path), size=size)
    module = importlib.import_module(READER_FORMATS[fmt])
    reader: Reader = module.read
    document = reader(path, source, options)
    check_text_length(path, document.text, options)
    if not document.text.strip():
        raise DocumentReadError(path, "the document contains no text", kind=ErrorKind.EMPTY)
    return document


def check_text_length(path: Path, text: str, options: ReadOptions) -> None:
    """Refuse a text longer than ``options.max_text_chars`` or with more figures (groups of digits)
    than ``options.max_figures``: extraction costs time and memory per figure, so a text made of
    figures is refused in seconds instead of running for minutes (readers of plain text call it
    before building blocks)."""
    if len(text) > options.max_text_chars:
        raise DocumentReadError(
            path,
            f"the text has {len(text):,} characters, over the limit of {options.max_text_chars:,} "
            "(raise ReadOptions.max_text_chars to read it)",
            kind=ErrorKind.TOO_LARGE,
        )
    figures = len(_FIGURE.findall(text))
    if figures > options.max_figures:
        raise DocumentReadError(
            path,
            f"the text has {figures:,} figures, over the limit of {options.max_figures:,} "
            "(raise ReadOptions.max_figures to read it)",
            kind=ErrorKind.TOO_LARGE,
        )
