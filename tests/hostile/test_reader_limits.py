"""Reader-side limits of issue 13 item 6: a DOCX of 200,000 tiny paragraphs (about 1 MB) and a PDF
of 200,000 pages are refused as ``too_large`` (exit code 8) well within 60 s and 2 GB."""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from .support import ROOT

PARAGRAPHS = PAGES = 200_000
MAX_SECONDS = 60.0
MAX_RSS_MB = 2048.0
EXIT_TOO_LARGE = 8
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path) -> Path:
    """200,000 one-line paragraphs with run properties, as Word writes them."""
    body = "".join(
        f'<w:p><w:pPr><w:spacing w:after="{index % 7}0"/></w:pPr><w:r><w:rPr><w:sz w:val="{20 + index % 9}"/></w:rPr>'
        f"<w:t>{(index * 7919) % 1000} программ</w:t></w:r></w:p>"
        for index in range(PARAGRAPHS)
    )
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
        "/></Types>",
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def _pdf(path: Path) -> Path:
    """200,000 pages sharing one content stream (about 32 MB)."""
    out = io.BytesIO()
    offsets: list[int] = []

    def obj(body: bytes) -> None:
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (len(offsets), body))

    out.write(b"%PDF-1.4\n")
    obj(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % (5 + index) for index in range(PAGES))
    obj(b"<< /Type /Pages /Count %d /Kids [%s] >>" % (PAGES, kids))
    stream = b"BT /F1 12 Tf 72 700 Td (5 programm) Tj ET"
    obj(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    obj(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
    page += b" /Resources << /Font << /F1 4 0 R >> >> >>"
    for _ in range(PAGES):
        obj(page)
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def _parse(path: Path) -> tuple[subprocess.CompletedProcess[str], float, float]:
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(
        [sys.executable, "-m", "mocparse.cli.main", "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=MAX_SECONDS * 2,
        cwd=ROOT,
        check=False,
    )
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return result, time.perf_counter() - started, peak


def test_docx_of_200000_tiny_paragraphs_is_refused_quickly(tmp_path: Path) -> None:
    path = _docx(tmp_path / "tiny_paragraphs.docx")
    assert 400_000 < path.stat().st_size < 1_500_000
    result, seconds, peak_mb = _parse(path)
    print(f"docx: {seconds:.2f} s, peak RSS of a child so far {peak_mb:.0f} MB")  # docs/reliability.md
    assert result.returncode == EXIT_TOO_LARGE, result.stderr
    assert "200,000 paragraphs, over the limit of 50,000" in result.stderr and "[too_large]" in result.stderr
    assert seconds < MAX_SECONDS and peak_mb < MAX_RSS_MB


def test_pdf_of_200000_pages_is_refused_quickly(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "pages.pdf")
    result, seconds, peak_mb = _parse(path)
    print(f"pdf: {seconds:.2f} s, peak RSS of a child so far {peak_mb:.0f} MB")  # docs/reliability.md
    assert result.returncode == EXIT_TOO_LARGE, result.stderr
    assert "200,000 pages, over the limit of 2,000" in result.stderr
    assert seconds < MAX_SECONDS and peak_mb < MAX_RSS_MB
