"""Small files that are expensive to parse (issue 13, finding 6): fact-dense text, huge paragraph and
page counts, one enormous sentence. Each is written straight to disk in a few seconds."""

from __future__ import annotations

import zipfile
from pathlib import Path

LINE = "{} программ\n"
"""A fact-dense line: every line is a program count."""


def dense_txt(path: Path, lines: int) -> Path:
    """``lines`` short lines, each a count of programs (100,000 lines: about 2 MB)."""
    with path.open("w", encoding="utf-8") as handle:
        for number in range(lines):
            handle.write(LINE.format(number % 97 + 1))
    return path


def dense_txt_of_size(path: Path, megabytes: float) -> Path:
    """Fact-dense lines up to ``megabytes`` MB."""
    line_bytes = len(LINE.format(50).encode("utf-8"))
    return dense_txt(path, int(megabytes * 1_000_000 / line_bytes))


def long_sentence_txt(path: Path, characters: int = 1_100_000) -> Path:
    """A report whose second paragraph is one sentence of more than ``characters`` characters."""
    words = "программ для детей и педагогов района "
    body = (words * (characters // len(words) + 1))[:characters]
    path.write_text(f"Отчет МОЦ за 2023 год\n\nОпубликовано 12 {body}.\n", encoding="utf-8")
    return path


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def many_paragraphs_docx(path: Path, paragraphs: int = 200_000) -> Path:
    """A DOCX of ``paragraphs`` short paragraphs, each a count of programs (200,000: about 0.7 MB)."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w") as member:
            member.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{namespace}"><w:body>'.encode())
            chunk = []
            for number in range(paragraphs):
                chunk.append(f"<w:p><w:r><w:t>{number % 97 + 1} программ</w:t></w:r></w:p>")
                if len(chunk) == 5000:
                    member.write("".join(chunk).encode("utf-8"))
                    chunk = []
            member.write("".join(chunk).encode("utf-8"))
            member.write(b"</w:body></w:document>")
    return path


def many_pages_pdf(path: Path, pages: int = 200_000) -> Path:
    """A PDF of ``pages`` pages sharing one small content stream (200,000 pages: about 20 MB)."""
    content = b"BT /F1 12 Tf 72 720 Td (12 programs) Tj ET"
    offsets: list[int] = []
    first_page = 5
    with path.open("wb") as handle:

        def emit(number: int, body: bytes) -> None:
            offsets.append(handle.tell())
            handle.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

        handle.write(b"%PDF-1.4\n")
        emit(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        kids = b" ".join(b"%d 0 R" % (first_page + index) for index in range(pages))
        emit(2, b"<< /Type /Pages /Count %d /Kids [" % pages + kids + b"] >>")
        emit(3, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        emit(4, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for index in range(pages):
            emit(
                first_page + index,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                b"/Resources << /Font << /F1 4 0 R >> >> >>",
            )
        xref = handle.tell()
        handle.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for offset in offsets:
            handle.write(b"%010d 00000 n \n" % offset)
        handle.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    return path
