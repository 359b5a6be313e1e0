"""PDF pass 1 (PDFium through pypdfium2): each page into positioned lines and ruled tables.

Characters come from PDFium's text page with their loose boxes, font size and font name (one
ctypes call each, no Python object per character); characters overprinted to fake bold count
once. Words break at spaces, at gaps wider than 0.15 of the font size and where the font or size
changes; lines are words that overlap vertically (each line keeps its words for
:mod:`mocparse.readers.pdf_layout`). A digit set smaller and raised after a word is a
note reference mark (kept as ``MARK_OPEN label MARK_CLOSE`` in the line text). Ruled tables come
from the page's path objects: their horizontal and vertical segments are handed to pdfplumber's
table functions (snap, join, intersections, cells), the same algorithm as its "lines" strategy.
Images are measured by the share of the page they cover, so a scanned page with a small text
footer is still recognized as a scan.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from mocparse.readers.layout import split_list_label

MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
"""A note reference mark in a line's text: ``MARK_OPEN + "1" + MARK_CLOSE``."""
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
# Private-use bullet glyphs of Symbol/Wingdings fonts, as extracted from Word PDFs.
_BULLET_GLYPHS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8", "•"))
_X_TOLERANCE = 0.15
"""Share of the font size: a wider gap between two characters starts a new word."""
_EDGE_MIN = 3.0
_SNAP = 3.0
_THIN = 3.0
"""A path part thinner than this (points) is a ruling line."""
_MARK_TEXT = re.compile(r"^(?:\d{1,3}|\*{1,3}|[ivx]{1,4})$")
SCAN_COVERAGE = 0.5
"""Images covering at least this share of a page with little text make it a scanned page."""
SCAN_MAX_WORDS = 40
"""A page with more words than this outside its images is a text page whatever its images."""


@dataclass(slots=True)
class Word:
    """A word with its box (top-down coordinates, points)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right (the words themselves are not kept)."""

    text: str
    n_words: int
    first_width: float
    """Width of the first word: would it have fitted at the end of the line above?"""
    label_body_x: float | None
    """Where the text after a list label starts (a hanging indent), when the line has one."""
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    page_width: float
    ocr: bool = False
    words: list[Word] = field(default_factory=list, repr=False)
    """The line's words, left to right (for the text-alignment passes of :mod:`pdf_layout`)."""
    flow: int = 0
    """Reading-order flow on the page: 0 unless the page has text columns (see :mod:`pdf_layout`)."""
    column: tuple[float, float] | None = None
    """Left and right text edges of the text column the line stands in, when it stands in one."""


@dataclass(slots=True)
class TableCell:
    """A cell of a ruled table on its grid, with the text lines found inside it."""

    row: int
    col: int
    rowspan: int
    colspan: int
    lines: list[str] = field(default_factory=list)
    bold_chars: int = 0
    chars: int = 0


@dataclass(slots=True)
class TableItem:
    """A table found on one page: cells on a resolved grid."""

    top: float
    bottom: float
    xs: list[float]
    ys: list[float]
    cells: list[TableCell]
    page: int
    ocr: bool = False
    flow: int = 0
    """Reading-order flow on the page, as :attr:`Line.flow`."""
    header_rows: int | None = None
    """Header rows when the finder knows them (tables found from text alignment); else guessed in pass 2."""
    spans: list[tuple[float, float]] | None = None
    """Per column, the x-extent of its body words (tables found under their header lines): a header
    phrase over the figures of two columns heads both."""

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1


@dataclass(slots=True)
class PageContent:
    """What pass 1 found on one page."""

    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[TableItem]
    has_images: bool = False
    """Images or drawings on a page without text (a scan, or text drawn as outlines)."""
    scanned: bool = False
    """Images cover most of the page and little text lies outside them (a scan with a text footer)."""
    ocr: bool = False
    """The page's lines were recognized by OCR."""
    notes: list[tuple[str, str, list[Line]]] = field(default_factory=list)
    """Notes found on the page: (key of their mark, label, lines), filled in pass 2."""
    error: str | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.lines or self.tables)


# --------------------------------------------------------------------------- characters and words


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: bytes


class _Fonts:
    """Bold-or-not of a font name, cached."""

    def __init__(self) -> None:
        self._bold: dict[bytes, bool] = {}

    def bold(self, name: bytes) -> bool:
        known = self._bold.get(name)
        if known is None:
            known = self._bold[name] = bool(_BOLD_FONT.search(name.decode("latin-1")))
        return known


def page_chars(textpage: pdfium.PdfTextPage, height: float) -> list[_Char | None]:
    """The page's characters in content order; ``None`` where a space or line break separates words."""
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    rect = pdfium_c.FS_RECTF()
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    chars: list[_Char | None] = []
    seen: dict[tuple[str, int, int], list[tuple[float, float]]] = defaultdict(list)
    get_unicode = pdfium_c.FPDFText_GetUnicode
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    get_size = pdfium_c.FPDFText_GetFontSize
    get_font = pdfium_c.FPDFText_GetFontInfo
    for index in range(count):
        code = get_unicode(handle, index)
        if code == 0x02:  # PDFium's mark for a hyphen at a line end
            code = 0x2D
        text = chr(code) if 0 < code < 0x110000 else ""
        if not text or text.isspace() or code < 0x20:
            chars.append(None)
            continue
        get_box(handle, index, rect)
        x0, x1, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
        key = (text, int(x0), int(top))
        if any(
            abs(x0 - other_x) < 1 and abs(top - other_top) < 1
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other_x, other_top in seen.get((text, key[1] + dx, key[2] + dy), ())
        ):
            continue  # overprinted for fake bold
        seen[key].append((x0, top))
        size = get_size(handle, index) or (bottom - top) or 10.0
        length = get_font(handle, index, buffer, len(buffer), ctypes.byref(flags))
        font = buffer.raw[: max(0, length - 1)] if 0 < length <= len(buffer) else b""
        chars.append(_Char(text, x0, x1, top, bottom, float(size), font))
    return chars


def words_of(chars: list[_Char | None], fonts: _Fonts) -> list[Word]:
    """Group characters into words (see the module docstring)."""
    words: list[Word] = []
    current: list[_Char] = []

    def flush() -> None:
        if current:
            text = "".join(char.text for char in current).translate(_BULLET_GLYPHS).strip()
            if text:
                words.append(
                    Word(
                        text=text,
                        x0=min(char.x0 for char in current),
                        x1=max(char.x1 for char in current),
                        top=min(char.top for char in current),
                        bottom=max(char.bottom for char in current),
                        size=current[0].size,
                        bold=fonts.bold(current[0].font),
                    )
                )
            current.clear()

    for char in chars:
        if char is None:
            flush()
            continue
        if current:
            last = current[-1]
            gap = char.x0 - last.x1
            same_line = char.top < last.bottom and char.bottom > last.top
            if (
                not same_line
                or gap > _X_TOLERANCE * max(char.size, last.size)
                or gap < -max(char.size, last.size)
                or abs(char.size - last.size) > 0.05
                or char.font != last.font
            ):
                flush()
        current.append(char)
    flush()
    return words


def group_lines(words: list[Word], page: int, page_width: float, *, ocr: bool = False) -> list[Line]:
    """Cluster words into lines (vertical overlap; on a text layer also a shared baseline), each
    sorted left to right."""
    return [
        make_line(sorted(group, key=lambda word: word.x0), page, page_width, ocr=ocr)
        for group in word_rows(words, baselines=not ocr)
    ]


_BASELINE_SHIFT = 0.4
"""× size: full-size words whose baselines differ more than this stand on different lines (lines of
cells centred side by side sit half a line apart; a Symbol-font glyph's box sits up to 0.3 off)."""
_SMALL = 0.8
"""× the line's size: a smaller word (a raised note mark) joins the line it overlaps."""


def word_rows(words: list[Word], *, baselines: bool = False) -> list[list[Word]]:
    """Words clustered into rows that overlap vertically, top to bottom.

    With ``baselines`` (a text layer, where baselines are exact) full-size words also share their
    baseline: the lines of cells set side by side and centred vertically, whose boxes overlap by
    half a line, stay apart. A smaller word (a raised note mark) joins the row it overlaps."""
    groups: list[list[Word]] = []
    bounds: list[tuple[float, float, float, float]] = []  # top, bottom, baseline, size of each group
    for word in sorted(words, key=lambda word: (word.top, word.x0)):
        height = word.bottom - word.top
        chosen = None
        for index in range(len(groups) - 1, max(len(groups) - 4, -1), -1):
            top, bottom, baseline, size = bounds[index]
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if overlap <= 0.5 * min(height, bottom - top):  # a raised note mark still overlaps
                continue
            comparable = _SMALL * size <= word.size <= size / _SMALL  # not a mark, nor a line of marks
            if baselines and comparable and abs(word.bottom - baseline) > _BASELINE_SHIFT * size:
                continue
            chosen = index
            break
        if chosen is None or (not baselines and chosen != len(groups) - 1):
            groups.append([word])
            bounds.append((word.top, word.bottom, word.bottom, word.size))
            continue
        groups[chosen].append(word)
        top, bottom, baseline, size = bounds[chosen]
        if word.size > size / _SMALL:  # a full-size word joins a raised mark read first: its baseline counts
            baseline, size = word.bottom, word.size
        bounds[chosen] = (min(top, word.top), max(bottom, word.bottom), baseline, size)
    order = sorted(range(len(groups)), key=lambda index: bounds[index][0])
    return [groups[index] for index in order]


def make_line(words: list[Word], page: int, page_width: float, *, ocr: bool = False) -> Line:
    """One line of words; small raised numbers after a word become note marks."""
    weights: Counter[float] = Counter()
    bold_chars = 0
    for word in words:
        weights[round(word.size * 2) / 2] += len(word.text)
        bold_chars += len(word.text) if word.bold else 0
    size = weights.most_common(1)[0][0]
    baseline = Counter(round(word.bottom) for word in words if abs(word.size - size) < 0.6).most_common(1)
    base_bottom = baseline[0][0] if baseline else max(word.bottom for word in words)
    parts: list[str] = []
    for position, word in enumerate(words):
        text = word.text
        if _is_mark(word, size, base_bottom, position, words):
            parts.append(f"{MARK_OPEN}{text}{MARK_CLOSE}")
            continue
        if parts:
            previous = words[position - 1]
            if word.x0 - previous.x1 > 0.1 * min(previous.size, word.size):
                parts.append(" ")
        parts.append(text)
    text = "".join(parts)
    total = sum(len(word.text) for word in words)
    plain = text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    return Line(
        text=text,
        n_words=len(words),
        first_width=words[0].x1 - words[0].x0,
        label_body_x=_label_body_x(plain, words),
        x0=words[0].x0,
        x1=max(word.x1 for word in words),
        top=min(word.top for word in words),
        bottom=max(word.bottom for word in words),
        size=size,
        bold=bold_chars >= 0.6 * total,
        page=page,
        page_width=page_width,
        ocr=ocr,
        words=words,
    )


def _is_mark(word: Word, size: float, base_bottom: float, position: int, words: list[Word]) -> bool:
    """A note reference: a short number set at most 0.8 of the line's size, raised above its baseline,
    glued to the word before it (or first on the line: a note's own label)."""
    if not _MARK_TEXT.match(word.text) or word.size > 0.8 * size:
        return False
    if base_bottom - word.bottom < 0.15 * size:
        return False
    if position == 0:
        return len(words) > 1
    return word.x0 - words[position - 1].x1 < 0.3 * size


def _label_body_x(text: str, words: list[Word]) -> float | None:
    """Where the text after a list label starts on a line, if the line starts with one."""
    label, _, _ = split_list_label(text)
    if label is None:
        return None
    consumed = 0
    for index, word in enumerate(words):
        consumed += len(word.text)
        if consumed >= len(label):
            glued = consumed > len(label)  # "-методические": the body starts inside the word
            return None if glued or index + 1 == len(words) else words[index + 1].x0
    return None


# --------------------------------------------------------------------------- drawings: rules and images


@dataclass(slots=True)
class Drawings:
    """Ruling edges (pdfplumber's edge dicts) and image boxes of a page."""

    edges: list[dict[str, Any]]
    images: list[tuple[float, float, float, float]]
    paths: int


def page_drawings(page: pdfium.PdfPage, height: float) -> Drawings:
    """Horizontal and vertical ruling segments and image boxes (top-down coordinates)."""
    edges: list[dict[str, Any]] = []
    images: list[tuple[float, float, float, float]] = []
    paths = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append((left, height - top, right, height - bottom))
            continue
        paths += 1
        if right - left <= _THIN or top - bottom <= _THIN:
            _add_edge(edges, left, height - top, right, height - bottom)
        elif obj.level == 0:
            _path_edges(obj, height, edges)
        else:  # inside a form: the box's sides
            for x0, y0, x1, y1 in (
                (left, top, right, top),
                (left, bottom, right, bottom),
                (left, bottom, left, top),
                (right, bottom, right, top),
            ):
                _add_edge(edges, x0, height - y1, x1, height - y0)
    return Drawings(edges, images, paths)


def _path_edges(obj: pdfium.PdfObject, height: float, edges: list[dict[str, Any]]) -> None:
    """Straight horizontal and vertical segments of a path (a rectangle gives its four sides)."""
    handle = obj.raw
    matrix = obj.get_matrix()
    x, y = ctypes.c_float(), ctypes.c_float()
    start: tuple[float, float] | None = None
    previous: tuple[float, float] | None = None
    count = pdfium_c.FPDFPath_CountSegments(handle)
    if count > 200:
        return  # a drawing, not a rule
    for index in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(handle, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = matrix.on_point(x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or previous is None:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            _segment_edge(edges, previous, point, height)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and kind != pdfium_c.FPDF_SEGMENT_MOVETO:
            _segment_edge(edges, point, start, height)
        previous = point


def _segment_edge(
    edges: list[dict[str, Any]], first: tuple[float, float], second: tuple[float, float], height: float
) -> None:
    (ax, ay), (bx, by) = first, second
    if abs(ax - bx) < 1 or abs(ay - by) < 1:
        _add_edge(edges, min(ax, bx), height - max(ay, by), max(ax, bx), height - min(ay, by))


def _add_edge(edges: list[dict[str, Any]], x0: float, top: float, x1: float, bottom: float) -> None:
    width, tall = x1 - x0, bottom - top
    if width >= tall and width >= _EDGE_MIN:
        middle = (top + bottom) / 2
        edges.append(
            {"x0": x0, "x1": x1, "top": middle, "bottom": middle, "width": width, "height": 0.0, "orientation": "h"}
        )
    elif tall > width and tall >= _EDGE_MIN:
        middle = (x0 + x1) / 2
        edges.append(
            {"x0": middle, "x1": middle, "top": top, "bottom": bottom, "width": 0.0, "height": tall, "orientation": "v"}
        )


def image_coverage(images: list[tuple[float, float, float, float]], width: float, height: float) -> float:
    """Share of the page covered by images (overlaps counted once, on a coarse grid)."""
    if not images or width <= 0 or height <= 0:
        return 0.0
    step = 8.0
    columns, rows = int(width // step) + 1, int(height // step) + 1
    covered: set[tuple[int, int]] = set()
    for x0, top, x1, bottom in images:
        for col in range(max(0, int(x0 // step)), min(columns, int(x1 // step) + 1)):
            for row in range(max(0, int(top // step)), min(rows, int(bottom // step) + 1)):
                covered.add((col, row))
    return min(1.0, len(covered) / (columns * rows))


# --------------------------------------------------------------------------- ruled tables


def ruled_tables(
    edges: list[dict[str, Any]],
) -> list[tuple[list[tuple[float, float, float, float]], tuple[float, ...]]]:
    """Tables from ruling edges as pdfplumber's "lines" strategy finds them: (cell boxes, bbox)."""
    if len(edges) < 4:
        return []
    merged = merge_edges(edges, _SNAP, _SNAP, _SNAP, _SNAP)
    merged = [edge for edge in merged if (edge["width"] if edge["orientation"] == "h" else edge["height"]) >= _EDGE_MIN]
    intersections = edges_to_intersections(merged, _SNAP, _SNAP)
    cells = intersections_to_cells(intersections)
    found: list[tuple[list[tuple[float, float, float, float]], tuple[float, ...]]] = []
    for group in cells_to_tables(cells):
        boxes = [(float(x0), float(top), float(x1), float(bottom)) for x0, top, x1, bottom in group]
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        found.append((boxes, bbox))
    return found


def _cluster(values: Iterable[float], tolerance: float = 2.0) -> list[float]:
    """Sorted distinct positions, values closer than ``tolerance`` merged."""
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > tolerance:
            edges.append(value)
    return edges


def _nearest(edges: list[float], value: float) -> int:
    index = bisect_left(edges, value)
    if index == len(edges) or (index and value - edges[index - 1] < edges[index] - value):
        index -= 1
    return index


def table_item(boxes: list[tuple[float, float, float, float]], bbox: tuple[float, ...], page: int) -> TableItem | None:
    """Resolve cell boxes to a grid with row/column spans; the cells keep the order of ``boxes``."""
    xs = _cluster(value for box in boxes for value in (box[0], box[2]))
    ys = _cluster(value for box in boxes for value in (box[1], box[3]))
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    if n_cols < 1 or n_rows < 1 or n_cols * n_rows < 2:
        return None  # a framed paragraph, not a table: its words stay in the text flow
    cells = []
    for x0, top, x1, bottom in boxes:
        col, row = _nearest(xs, x0), _nearest(ys, top)
        colspan = max(1, _nearest(xs, x1) - col)
        rowspan = max(1, _nearest(ys, bottom) - row)
        cells.append(TableCell(row=row, col=col, rowspan=rowspan, colspan=colspan))
    return TableItem(top=bbox[1], bottom=bbox[3], xs=xs, ys=ys, cells=cells, page=page)


def fill_table(
    item: TableItem, boxes: list[tuple[float, float, float, float]], bbox: tuple[float, ...], words: list[Word]
) -> list[Word]:
    """Put the words inside the table into its cells; return the words outside it."""
    x0, top, x1, bottom = bbox
    xs, ys = item.xs, item.ys
    cover: dict[tuple[int, int], int] = {}
    for index, cell in enumerate(item.cells):
        for row in range(cell.row, cell.row + cell.rowspan):
            for col in range(cell.col, cell.col + cell.colspan):
                cover[row, col] = index
    outside: list[Word] = []
    inside: dict[int, list[Word]] = defaultdict(list)
    for word in words:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        if not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
            outside.append(word)
            continue
        col = min(max(bisect_left(xs, cx) - 1, 0), item.n_cols - 1)
        row = min(max(bisect_left(ys, cy) - 1, 0), item.n_rows - 1)
        covering = cover.get((row, col))
        if covering is None:  # a grid hole: the nearest cell box takes the word
            covering = min(range(len(boxes)), key=lambda i: _distance(boxes[i], cx, cy))
        inside[covering].append(word)
    for index, cell_words in inside.items():
        cell = item.cells[index]
        cell.lines = [line.text for line in group_lines(cell_words, item.page, 0.0)]
        cell.chars = sum(len(word.text) for word in cell_words)
        cell.bold_chars = sum(len(word.text) for word in cell_words if word.bold)
    return outside


def _distance(box: tuple[float, float, float, float], x: float, y: float) -> float:
    x0, top, x1, bottom = box
    return max(x0 - x, 0.0, x - x1) + max(top - y, 0.0, y - bottom)


# --------------------------------------------------------------------------- one page


def parse_page(page: pdfium.PdfPage, number: int, fonts: _Fonts) -> PageContent:
    """Lines and ruled tables of one page, and whether it looks scanned."""
    width, height = (float(value) for value in page.get_size())
    textpage = page.get_textpage()
    try:
        chars = page_chars(textpage, height)
    finally:
        textpage.close()
    words = words_of(chars, fonts)
    drawings = page_drawings(page, height)
    tables: list[TableItem] = []
    if words and drawings.edges:
        for boxes, bbox in ruled_tables(drawings.edges):
            item = table_item(boxes, bbox, number)
            if item is not None:
                words = fill_table(item, boxes, bbox, words)
                tables.append(item)
    lines = group_lines(words, number, width)
    coverage = image_coverage(drawings.images, width, height)
    outside = [word for word in words if not any(_inside(word, box) for box in drawings.images)]
    scanned = coverage >= SCAN_COVERAGE and len(outside) <= SCAN_MAX_WORDS and not tables
    has_images = not words and bool(drawings.images or drawings.paths)
    return PageContent(number, width, height, lines, tables, has_images=has_images or scanned, scanned=scanned)


def _inside(word: Word, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def new_fonts() -> _Fonts:
    """A per-document cache of bold fonts."""
    return _Fonts()
