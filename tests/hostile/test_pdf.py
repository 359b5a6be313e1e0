"""PDF: encrypted, scanned (no text layer), broken cross-reference table, damaged page tree."""

from __future__ import annotations

import re
import tracemalloc
import zlib
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from mocparse.errors import ErrorKind
from mocparse.readers import ReadOptions, read

from .support import KIRENSKY_PDF, read_error


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt="secret")
    canvas.drawString(72, 700, "Отчет")
    canvas.save()
    read_error(path, ErrorKind.ENCRYPTED, "password-protected")


def test_scanned_pdf_without_a_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(3):
        image = Image.new("L", (600, 300), 255)
        ImageDraw.Draw(image).text((20, 20), "Otchet MOC 2023", fill=0)
        canvas.drawImage(ImageReader(image), 72, 400, width=450, height=225)
        canvas.showPage()
    canvas.save()
    read_error(path, ErrorKind.SCANNED, "no text layer in any of its 3 pages", "OCR", options=ReadOptions(ocr=False))


def test_broken_cross_reference_table_is_repaired(tmp_path: Path) -> None:
    """PDFium rebuilds a garbled cross-reference table (pdfminer refused the file)."""
    data = KIRENSKY_PDF.read_bytes()
    start = data.index(b"\nxref\n")
    end = data.index(b"trailer", start)
    garbled = re.sub(rb"\d{10} (\d{5}) n", rb"9999999999 \1 n", data[start:end])
    path = tmp_path / "xref.pdf"
    path.write_bytes(data[:start] + garbled + data[end:])
    assert read(path).text == read(KIRENSKY_PDF).text


def test_truncated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pdf"
    path.write_bytes(KIRENSKY_PDF.read_bytes()[:3000])
    read_error(path, ErrorKind.CORRUPT, "corrupt")


def test_damaged_media_box_is_read_with_the_default_page_size(tmp_path: Path) -> None:
    """A page tree whose MediaBox is not numbers: PDFium falls back to the default page size
    and the text is still read (pdfminer's close() used to hide the error behind another)."""
    data = KIRENSKY_PDF.read_bytes()
    damaged, count = re.subn(rb"/MediaBox\s*\[[^\]]*\]", b"/MediaBox [ 0 0 /x /y ]", data)
    assert count
    path = tmp_path / "mediabox.pdf"
    path.write_bytes(damaged)
    assert "Киренск" in read(path).text


def _flate_bomb_pdf(path: Path, mebibytes: int) -> Path:
    """One page whose content stream is "Hello" and then ``mebibytes`` MiB of blanks, deflated."""
    inflater = zlib.compressobj(9)
    parts = [inflater.compress(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET\n")]
    blanks = b" " * (1 << 20)
    parts += [inflater.compress(blanks) for _ in range(mebibytes)]
    stream = b"".join([*parts, inflater.flush()])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_flate_bomb_in_a_content_stream_is_refused_at_the_unpacked_limit(tmp_path: Path) -> None:
    """Regression: pdfminer inflated every FlateDecode stream whole (a 200 KB PDF took 450 MB);
    now all streams of a PDF together inflate to at most ReadOptions.max_unpacked_bytes."""
    path = _flate_bomb_pdf(tmp_path / "bomb.pdf", 64)
    assert path.stat().st_size < 200_000
    limit = ReadOptions(max_unpacked_bytes=16 << 20)
    tracemalloc.start()
    try:
        read_error(path, ErrorKind.TOO_LARGE, "inflate", "max_unpacked_bytes", options=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 48 << 20, peak
    assert read(path, ReadOptions(max_unpacked_bytes=128 << 20)).text == "Hello"
