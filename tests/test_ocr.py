"""Scanned PDF pages read by Tesseract: small rendered pages (A6) with noise, skew and a grey
background; a scan with a text footer is not taken for a text page; OCR can be turned off; a
missing Tesseract gives the same clear error, naming the package."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A6
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.pipeline import parse_document
from mocparse.readers import ReadOptions, ocr, read

FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_tesseract = pytest.mark.skipif(
    not ocr.available() and not os.environ.get("CI"), reason="Tesseract with Russian is not installed"
)
needs_fonts = pytest.mark.skipif(not FONT_FILE.exists(), reason="DejaVu fonts not installed")
LINES = [
    "Отчет муниципального опорного центра",
    "В 2023 году в навигаторе опубликовано",
    "214 программ, из них 52 программы",
    "технической направленности.",
]


def _text_pdf(path: Path, lines: list[str], footer: str | None = None) -> Path:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_FILE)))
    canvas = Canvas(str(path), pagesize=A6, invariant=1)
    canvas.setFont("DejaVu", 9)
    for number, line in enumerate(lines):
        canvas.drawString(20, A6[1] - 40 - 14 * number, line)
    if footer:
        canvas.setFont("DejaVu", 7)
        canvas.drawString(A6[0] - 80, 15, footer)
    canvas.save()
    return path


def _scan(source: Path, path: Path, *, footer: str | None = None, angle: float = 1.2) -> Path:
    """``source``'s page as a grey, blurred, speckled, skewed 200-dpi image (plus an optional text footer)."""
    page = pdfium.PdfDocument(str(source))[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.minimum(np.asarray(image, dtype=np.int16), 215)
    pixels[np.random.default_rng(7).random(pixels.shape) < 0.002] = 0
    canvas = Canvas(str(path), pagesize=A6, invariant=1)
    canvas.drawImage(ImageReader(Image.fromarray(pixels.astype(np.uint8))), 0, 0, width=A6[0], height=A6[1])
    if footer:
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_FILE)))
        canvas.setFont("DejaVu", 7)
        canvas.drawString(A6[0] - 80, 15, footer)
    canvas.save()
    return path


@cache
def _scanned(tmp: str, footer: str | None = None) -> Path:
    folder = Path(tmp)
    source = _text_pdf(folder / f"text{bool(footer)}.pdf", LINES)
    return _scan(source, folder / f"scan{bool(footer)}.pdf", footer=footer)


@needs_fonts
@needs_tesseract
def test_a_scanned_page_is_read_by_ocr_and_marked(tmp_path: Path) -> None:
    document = read(_scanned(str(tmp_path)))
    text = " ".join(document.text.split())
    assert "опубликовано 214 программ, из них 52 программы" in text
    assert all(block.ocr for block in document.blocks)
    assert any("read by OCR" in warning for warning in document.warnings)
    report = parse_document(document)
    counts = {count.value: count for count in report.program_counts}
    assert {214, 52} <= counts.keys()
    text_report = parse_document(read(_text_pdf(tmp_path / "plain.pdf", LINES)))
    text_counts = {count.value: count for count in text_report.program_counts}
    assert counts[214].confidence == pytest.approx(text_counts[214].confidence * ocr_factor())
    assert counts[214].evidence.page == 1


def ocr_factor() -> float:
    from mocparse.confidence import OCR_FACTOR

    return OCR_FACTOR


@needs_fonts
@needs_tesseract
def test_a_scan_with_a_text_footer_is_not_taken_for_a_text_page(tmp_path: Path) -> None:
    path = _scanned(str(tmp_path), "Стр. 1 из 1")
    document = read(path)
    assert "214 программ" in document.text
    assert document.blocks[0].ocr
    with pytest.raises(DocumentReadError) as without:  # the footer is all the text layer has
        read(path, ReadOptions(ocr=False))
    assert without.value.kind is ErrorKind.SCANNED and "OCR is turned off" in str(without.value)


@needs_fonts
def test_ocr_turned_off_or_missing_gives_the_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _scanned(str(tmp_path))
    with pytest.raises(DocumentReadError) as off:
        read(path, ReadOptions(ocr=False))
    assert off.value.kind is ErrorKind.SCANNED and "turned off" in str(off.value)
    monkeypatch.setattr(ocr, "available", lambda languages="rus": False)
    with pytest.raises(DocumentReadError) as missing:
        read(path)
    assert missing.value.kind is ErrorKind.SCANNED
    assert "apt-get install tesseract-ocr tesseract-ocr-rus" in str(missing.value)


def test_deskew_levels_a_rotated_page() -> None:
    image = Image.new("L", (600, 400), 255)
    pixels = np.asarray(image).copy()
    for row in range(60, 340, 30):
        pixels[row : row + 8, 50:550] = 0  # text-like dark rows
    rotated = Image.fromarray(pixels).rotate(2.0, fillcolor=255)
    levelled = np.asarray(ocr.deskew(rotated)) < 128
    rows = levelled.sum(axis=1)
    assert rows.max() > 0.9 * 500  # a row is dark all along again


@needs_tesseract
@needs_fonts
def test_a_scanned_table_with_thin_light_grey_rules_is_read_as_a_table() -> None:
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT_FILE), 30)
    image = Image.new("L", (1240, 900), 250)
    draw = ImageDraw.Draw(image)
    rows = [["Показатель", "2024", "2025"], ["Программ", "197", "214"], ["Педагогов", "29", "37"]]
    columns, top, height = [100, 600, 850, 1100], 200, 70
    for index in range(len(rows) + 1):  # rules one pixel wide, light grey, as a thin border scans
        draw.line([(columns[0], top + index * height), (columns[-1], top + index * height)], fill=185, width=1)
    for x in columns:
        draw.line([(x, top), (x, top + len(rows) * height)], fill=185, width=1)
    for row_index, row in enumerate(rows):
        for col_index, text in enumerate(row):
            draw.text((columns[col_index] + 15, top + row_index * height + 15), text, fill=20, font=font)
    page = ocr.read_image(image, 1, 595.0, 432.0, ReadOptions())
    (table,) = page.tables
    assert len(table.cells) == 9
