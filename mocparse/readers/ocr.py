"""OCR of scanned PDF pages with Tesseract (through pytesseract); pages are rendered by PDFium.

A page image is turned to grey, deskewed (the angle that makes the text rows sharpest in a
projection profile, within ±5°) and handed to Tesseract; its words, with their boxes, become the
page's lines (one line per Tesseract line), sized alike so that the layout rules of the PDF reader
apply to them as to text pages. Ruling lines drawn in the image (long dark runs) are found too, so
a scanned table is read as a table. Every line, table and block made from them is marked ``ocr``.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from functools import cache
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from mocparse.readers.base import ReadOptions
from mocparse.readers.pdf_pages import (
    PageContent,
    TableItem,
    Word,
    fill_table,
    group_lines,
    make_line,
    ruled_tables,
    table_item,
)

MISSING_HINT = "install Tesseract to read it: apt-get install tesseract-ocr tesseract-ocr-rus (Debian/Ubuntu)"
_MAX_SKEW = 5.0
_SKEW_STEP = 0.25
_MIN_CONFIDENCE = 10.0
_RULE_GREY = 210
"""Pixels darker than this may be a table rule (a thin rule prints light grey in a scan)."""
_RULE_DEBRIS = "|[]{}_‚‘’'`~"
"""What the remains of a table rule or a speck read as, at a word's edges."""


@cache
def available(languages: str = "rus") -> bool:
    """True when the ``tesseract`` executable and the languages' data are installed."""
    executable = shutil.which("tesseract")
    if executable is None:
        return False
    try:
        listed = subprocess.run(
            [executable, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return False
    return all(language in listed for language in languages.split("+"))


def read_page(page: pdfium.PdfPage, content: PageContent, options: ReadOptions) -> PageContent:
    """The page read by OCR (its text layer, if any, is replaced)."""
    image = page.render(scale=options.ocr_dpi / 72, grayscale=True).to_pil().convert("L")
    return read_image(image, content.number, content.width, content.height, options)


def read_image(image: Image.Image, number: int, width: float, height: float, options: ReadOptions) -> PageContent:
    """OCR one page image of ``width`` × ``height`` points."""
    import pytesseract

    cleaned = clean(image)
    angle = skew_angle(cleaned)
    # table rules are found on the grey page: a thin light-grey rule does not survive the cleaning
    grey = _rotate(image, angle, fill=255)
    image = _rotate(cleaned, angle, fill=255)
    scale = width / image.width
    edges, rules = _ruling_edges(grey, scale)
    if rules is not None:  # table rules read as "|" and "[" otherwise
        image = Image.fromarray(np.where(rules, 255, np.asarray(image, dtype=np.uint8)).astype(np.uint8))
    data = pytesseract.image_to_data(
        image, lang=options.ocr_languages, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for index, text in enumerate(data["text"]):
        text = (text or "").strip().strip(_RULE_DEBRIS)
        if not text or float(data["conf"][index]) < _MIN_CONFIDENCE:
            continue
        left, top = data["left"][index] * scale, data["top"][index] * scale
        right, bottom = left + data["width"][index] * scale, top + data["height"][index] * scale
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        by_line.setdefault(key, []).append(Word(text, left, right, top, bottom, 0.0, False))
    heights = [max(w.bottom for w in words) - min(w.top for w in words) for words in by_line.values()]
    size = statistics.median(heights) if heights else 10.0
    words_all: list[Word] = []
    for words in by_line.values():
        middle = (min(w.top for w in words) + max(w.bottom for w in words)) / 2
        for word in words:
            word.size = size
            word.top, word.bottom = middle - 0.58 * size, middle + 0.58 * size
        words_all.extend(words)
    tables: list[TableItem] = []
    if edges:
        for boxes, bbox in ruled_tables(edges):
            item = table_item(boxes, bbox, number)
            if item is not None:
                item.ocr = True
                words_all = fill_table(item, boxes, bbox, words_all)
                _read_empty_cells(image, item, boxes, scale, options)
                _reread_doubtful_cells(image, item, boxes, scale, options)
                tables.append(item)
    in_lines: dict[int, list[Word]] = {}
    for key, words in by_line.items():
        kept = [word for word in words if any(word is other for other in words_all)]
        if kept:
            in_lines[hash(key)] = kept
    lines = [make_line(sorted(words, key=lambda w: w.x0), number, width, ocr=True) for words in in_lines.values()]
    if not lines and not tables and words_all:
        lines = group_lines(words_all, number, width, ocr=True)
    lines.sort(key=lambda line: line.top)
    return PageContent(number, width, height, lines, tables, has_images=True, ocr=True)


def clean(image: Image.Image) -> Image.Image:
    """Specks removed (3×3 median) and the page made black on white (Otsu's threshold), so a grey or
    uneven background and scanner noise do not turn into stray characters."""
    image = image.filter(ImageFilter.MedianFilter(3))
    pixels = np.asarray(image, dtype=np.uint8)
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1)
    threshold = int(np.argmax(between))
    return Image.fromarray(np.where(pixels > threshold, 255, 0).astype(np.uint8))


def deskew(image: Image.Image) -> Image.Image:
    """The image rotated so its text rows are level (the angle within ±5° whose row profile is sharpest)."""
    return _rotate(image, skew_angle(image), fill=255)


def _rotate(image: Image.Image, angle: float, fill: int) -> Image.Image:
    if angle == 0.0:
        return image
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)


def skew_angle(image: Image.Image) -> float:
    """The angle within ±5° that makes the text rows of a black-on-white image sharpest in a
    projection profile (0.0 when the page is level or blank)."""
    small = image.copy()
    small.thumbnail((800, 800))
    dark = np.asarray(small, dtype=np.uint8) < 128
    if dark.sum() < 50:
        return 0.0
    best_angle, best_score = 0.0, -1.0
    for angle in np.arange(-_MAX_SKEW, _MAX_SKEW + _SKEW_STEP / 2, _SKEW_STEP):
        rotated = np.asarray(
            Image.fromarray(dark.astype(np.uint8) * 255).rotate(float(angle), resample=Image.Resampling.NEAREST)
        )
        profile = rotated.sum(axis=1, dtype=np.float64)
        score = float(np.sum(np.diff(profile) ** 2))
        if score > best_score:
            best_angle, best_score = float(angle), score
    return 0.0 if abs(best_angle) < _SKEW_STEP / 2 else best_angle


def _read_empty_cells(
    image: Image.Image,
    item: TableItem,
    boxes: list[tuple[float, float, float, float]],
    scale: float,
    options: ReadOptions,
) -> None:
    """Cells the page OCR left empty (a lone ``1`` in a number column is often skipped) are read
    again one by one as a single line of text."""
    import pytesseract

    for cell, (x0, top, x1, bottom) in zip(item.cells, boxes, strict=True):
        if cell.lines:
            continue
        crop = _cell_image(image, (x0, top, x1, bottom), scale)
        if crop.width < 8 or crop.height < 8 or (np.asarray(crop) < 128).sum() < 20:
            continue
        text = pytesseract.image_to_string(crop, lang=options.ocr_languages, config="--psm 7").strip(
            " \n" + _RULE_DEBRIS
        )
        if text:
            cell.lines = [" ".join(text.split())]
            cell.chars = len(text)


def _cell_image(image: Image.Image, box: tuple[float, float, float, float], scale: float) -> Image.Image:
    """The inside of a table cell (its box in points), its rules left out."""
    x0, top, x1, bottom = box
    return image.crop((int(x0 / scale) + 3, int(top / scale) + 3, int(x1 / scale) - 3, int(bottom / scale) - 3))


_DECIMAL = re.compile(r"\d+,\d+")
_BARE_DIGITS = re.compile(r"\d{2,4}")
_LATIN = re.compile(r"[A-Za-z]")


def _reread_doubtful_cells(
    image: Image.Image,
    item: TableItem,
    boxes: list[tuple[float, float, float, float]],
    scale: float,
    options: ReadOptions,
) -> None:
    """Cells OCR likely misread, read again alone: bare digits in a row of decimal numbers ("76,4 |
    775 | 78,1" lost a comma; kept when the digits agree) and Latin letters among Russian words
    ("2025r. (rian)"; kept when fewer Latin letters are read)."""
    import pytesseract

    by_row: dict[int, list[int]] = {}
    for index, cell in enumerate(item.cells):
        by_row.setdefault(cell.row, []).append(index)
    for indexes in by_row.values():
        texts = [" ".join(item.cells[index].lines).strip() for index in indexes]
        if sum(bool(_DECIMAL.fullmatch(text)) for text in texts) < 2:
            continue
        for index, text in zip(indexes, texts, strict=True):
            if not _BARE_DIGITS.fullmatch(text):
                continue
            crop = _cell_image(image, boxes[index], scale)
            again = pytesseract.image_to_string(
                crop, lang=options.ocr_languages, config="--psm 7 -c tessedit_char_whitelist=0123456789,"
            ).strip()
            if _DECIMAL.fullmatch(again) and again.replace(",", "") == text:
                item.cells[index].lines = [again]
    for index, cell in enumerate(item.cells):  # "2025r. (rian)": Latin letters where Russian is written
        text = " ".join(cell.lines)
        if not _LATIN.search(text) or not re.search(r"[А-Яа-яЁё]|\d", text):
            continue
        crop = _cell_image(image, boxes[index], scale)
        again = " ".join(pytesseract.image_to_string(crop, lang=options.ocr_languages, config="--psm 6").split())
        if again and len(_LATIN.findall(again)) < len(_LATIN.findall(text)):
            cell.lines = [again]


def _ruling_edges(image: Image.Image, scale: float) -> tuple[list[dict[str, Any]], np.ndarray | None]:
    """Long horizontal and vertical dark runs (table rules) as pdfplumber edge dicts, in points, and
    the mask of their pixels (None when there are none)."""
    pixels = np.asarray(image, dtype=np.uint8)
    background = int(np.median(pixels))  # a page is mostly paper, white or grey
    dark = pixels < min(_RULE_GREY, background - 30)
    edges: list[dict[str, Any]] = []
    mask = np.zeros_like(dark)
    min_run = max(40, image.width // 25)
    for orientation, grid in (("h", dark), ("v", dark.T)):
        marked = mask if orientation == "h" else mask.T
        for index, row in enumerate(grid):
            if row.sum() < min_run:
                continue
            padded = np.concatenate(([False], row, [False]))
            changes = np.flatnonzero(padded[1:] != padded[:-1])
            for start, stop in zip(changes[::2], changes[1::2], strict=True):
                if stop - start < min_run:
                    continue
                marked[max(0, index - 2) : index + 3, start:stop] = True
                a, b, at = start * scale, stop * scale, (index + 0.5) * scale
                if orientation == "h":
                    edges.append(
                        {"x0": a, "x1": b, "top": at, "bottom": at, "width": b - a, "height": 0.0, "orientation": "h"}
                    )
                else:
                    edges.append(
                        {"x0": at, "x1": at, "top": a, "bottom": b, "width": 0.0, "height": b - a, "orientation": "v"}
                    )
    return edges, (mask if edges else None)
