"""PDF reader (pdfplumber): words and ruled tables per page, rebuilt into paragraphs,
list items, headings and tables in reading order.

Two passes. The first reads every page into positioned lines (words outside tables;
characters overprinted for fake bold counted once) and tables (line-strategy detection,
only on pages that draw lines or rectangles; merged cells resolved on the grid). The
second works on the whole document: it drops running headers/footers (edge lines that
repeat, digits masked, on half the pages or more) and lone page numbers, learns the body
font size, line spacing and text edges, then groups lines into blocks:

* a new block starts on a larger vertical gap, a change of font size, a first line
  indented past where the block's lines start, an outdent, a line after one that ended
  short on purpose (the next word would have fitted), a list label after a sentence end,
  or an indented capitalised line after a sentence that ends well before the right edge;
  a bold run flows on inside a paragraph from a full line; a paragraph cut by a page
  break goes on when nothing says otherwise (a heading never does);
* lines are joined with spaces; ``обра-`` + ``зование`` is a line-end hyphenation and
  loses its hyphen, ``организационно-`` + ``методическое`` keeps it (the document's own
  words, then the pymorphy3 dictionary, decide);
* short bold or larger blocks are headings, labelled ones list items
  (:func:`~mocparse.readers.layout.split_list_label`), title-like ones headings
  (:func:`~mocparse.readers.layout.is_heading_line`);
* a table continued on the next page is handed to the builder right after its first
  part, so the builder merges it (a repeated header row is dropped there).

Known limits: one text column per page (a multi-column page is read line by line across
the columns); tables need ruling lines; pages without a text layer need OCR first.
"""

from __future__ import annotations

import re
import statistics
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfminer.pdftypes
import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import Page
from pdfplumber.table import Table as PdfTable
from pdfplumber.utils.exceptions import PdfminerException

from mocparse.document import BlockKind, Document, DocumentBuilder, RawCell, RawRow, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers.base import ReadOptions
from mocparse.readers.layout import is_heading_line, looks_like_header_row, split_list_label

_TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_WORD_SETTINGS: dict[str, Any] = {
    "x_tolerance_ratio": 0.15,
    "y_tolerance": 3,
    "keep_blank_chars": False,
    "extra_attrs": ["fontname", "size"],
}
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
# Private-use bullet glyphs of Symbol/Wingdings fonts, as extracted from Word PDFs.
_BULLET_GLYPHS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8", "•"))

_MARGIN_ZONE = 0.12
"""Top/bottom share of the page height where running headers, footers and page numbers live."""
_EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page may be a running header/footer."""
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$"
    r"|^(?:стр\.?|страница|page)\s*\d{1,4}(?:\s*(?:из|of|/)\s*\d{1,4})?$"
    r"|^\d{1,4}\s*(?:из|of|/)\s*\d{1,4}$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.;:!?…]$")
_HYPHENS = "-\u2010\u2011"
_LETTERS_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)[-\u2010\u2011]$")
_LEADING_LETTERS = re.compile(r"^[^\W\d_]+")
_VOCABULARY_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MAX_HEADING_CHARS = 250


# --------------------------------------------------------------------------- page model


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class _Line:
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


@dataclass(slots=True)
class _TableCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    lines: list[str] = field(default_factory=list)
    bold_chars: int = 0
    chars: int = 0


@dataclass(slots=True)
class _TableItem:
    """A ruled table found on one page: cells on a resolved grid."""

    top: float
    bottom: float
    xs: list[float]
    ys: list[float]
    cells: list[_TableCell]
    page: int

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1


@dataclass(slots=True)
class _PageContent:
    number: int
    width: float
    height: float
    lines: list[_Line]
    tables: list[_TableItem]
    has_images: bool = False
    """Images or curves (a scan, or text drawn as outlines) on a page without text."""
    error: str | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.lines or self.tables)


# --------------------------------------------------------------------------- entry point


def read(path: Path, source: SourceInfo, options: ReadOptions) -> Document:
    """Read a PDF report into a Document (one block per paragraph, list item, heading, table)."""
    budget = _INFLATE_BUDGET.set([options.max_unpacked_bytes])
    try:
        pages = list(_read_pages(path, options))
    except DocumentReadError:
        raise
    except _InflateLimitError as error:
        raise _inflate_error(path, options) from error
    finally:
        _INFLATE_BUDGET.reset(budget)
    if not any(page.has_text for page in pages):
        if not any(page.has_images for page in pages):
            raise DocumentReadError(
                path, f"all of its {len(pages)} pages are blank: no text, no images", kind=ErrorKind.EMPTY
            )
        raise DocumentReadError(
            path,
            f"no text layer in any of its {len(pages)} pages: the PDF is a scan and needs OCR first (e.g. ocrmypdf)",
            kind=ErrorKind.SCANNED,
        )
    builder = DocumentBuilder(source.model_copy(update={"pages": len(pages)}))
    failed = [page for page in pages if page.error is not None]
    if failed:
        builder.warnings.append(
            f"{_page_list([page.number for page in failed])} could not be parsed and "
            f"{'is' if len(failed) == 1 else 'are'} missing ({failed[0].error})"
        )
    scanned = [page.number for page in pages if not page.has_text and page.has_images]
    if scanned:
        builder.warnings.append(
            f"{_page_list(scanned)} {'has' if len(scanned) == 1 else 'have'} no text layer "
            "(scanned images?); their content is missing, OCR the PDF to read it"
        )
    blank = [page.number for page in pages if not page.has_text and not page.has_images and page.error is None]
    if blank:
        builder.warnings.append(f"{_page_list(blank)} {'is' if len(blank) == 1 else 'are'} blank")
    _drop_running_lines(pages)
    _Assembler(pages, builder).run()
    return builder.build()


def _page_list(numbers: Sequence[int]) -> str:
    shown = ", ".join(str(number) for number in numbers[:20])
    more = f" and {len(numbers) - 20} more" if len(numbers) > 20 else ""
    return f"page{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _read_pages(path: Path, options: ReadOptions) -> Iterator[_PageContent]:
    """Open the PDF (mapping pdfminer failures to DocumentReadError) and parse each page."""
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, _InflateLimitError):
            raise _inflate_error(path, options) from error
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise DocumentReadError(
                path,
                "the PDF is password-protected (encrypted); remove the password and retry",
                kind=ErrorKind.ENCRYPTED,
            ) from error
        raise DocumentReadError(path, f"corrupt or truncated PDF: pdfminer cannot open it ({cause!r})") from error
    try:
        try:
            page_count = len(pdf.pages)
        except Exception as error:
            if _inflate_limit_hit(error):
                raise _inflate_error(path, options) from error
            raise DocumentReadError(path, f"corrupt PDF: its page tree cannot be read ({error!r})") from error
        if page_count == 0:
            raise DocumentReadError(
                path, "corrupt PDF: no pages could be found (broken cross-reference table or page tree)"
            )
        if page_count > options.max_pages:
            raise DocumentReadError(
                path,
                f"the PDF has {page_count:,} pages, over the limit of {options.max_pages:,} "
                "(raise ReadOptions.max_pages to read it)",
                kind=ErrorKind.TOO_LARGE,
            )
        failed = 0
        for number, page in enumerate(pdf.pages, start=1):
            try:
                yield _parse_page(page, number)
            except Exception as error:
                if _inflate_limit_hit(error):
                    raise _inflate_error(path, options) from error
                # pdfminer raises many exception types on a damaged page; keep the other pages.
                failed += 1
                if failed == page_count:
                    raise DocumentReadError(path, f"corrupt PDF: no page could be parsed ({error!r})") from error
                yield _PageContent(number, float(page.width), float(page.height), [], [], error=repr(error))
            finally:
                page.close()
    finally:
        _close(pdf)


class _InflateLimitError(Exception):
    """The PDF's compressed streams inflate to more than ``ReadOptions.max_unpacked_bytes`` in all."""


_INFLATE_BUDGET: ContextVar[list[int] | None] = ContextVar("mocparse_pdf_inflate_budget", default=None)
"""Bytes the FlateDecode streams of the PDF being read may still inflate to (None: not reading one)."""


def _spend(budget: list[int], size: int) -> None:
    if size > budget[0]:
        raise _InflateLimitError
    budget[0] -= size


class _BoundedInflater:
    """A ``zlib.decompressobj`` that stops at the read's budget."""

    def __init__(self, budget: list[int]) -> None:
        self._inflater = zlib.decompressobj()
        self._budget = budget

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        limit = self._budget[0] + 1 if max_length <= 0 else min(max_length, self._budget[0] + 1)
        out = self._inflater.decompress(data, limit)
        _spend(self._budget, len(out))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inflater, name)


class _BoundedZlib:
    """Stands in for ``zlib`` inside ``pdfminer.pdftypes``: while mocparse reads a PDF, its FlateDecode
    streams inflate to at most ``ReadOptions.max_unpacked_bytes`` in all (200 KB of compressed blanks
    would otherwise become 200 MB in memory, 100 MB of them 100 GB); outside a read it is plain zlib."""

    error = zlib.error

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    def decompress(self, data: bytes, *args: Any, **kwargs: Any) -> bytes:
        budget = _INFLATE_BUDGET.get()
        if budget is None:
            return zlib.decompress(data, *args, **kwargs)
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, budget[0] + 1)
        _spend(budget, len(out))
        if not inflater.eof:  # what zlib.decompress says of a cut stream (pdfminer then salvages it)
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def decompressobj(self, *args: Any, **kwargs: Any) -> Any:
        budget = _INFLATE_BUDGET.get()
        return zlib.decompressobj(*args, **kwargs) if budget is None else _BoundedInflater(budget)


pdfminer.pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]


def _inflate_limit_hit(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, _InflateLimitError):
            return True
        cause = seen.args[0] if isinstance(seen, PdfminerException) and seen.args else None
        seen = cause if isinstance(cause, BaseException) else seen.__cause__ or seen.__context__
    return False


def _inflate_error(path: Path, options: ReadOptions) -> DocumentReadError:
    return DocumentReadError(
        path,
        f"the PDF's compressed streams inflate to more than {options.max_unpacked_bytes:,} bytes "
        "(a decompression bomb?); raise ReadOptions.max_unpacked_bytes to read it",
        kind=ErrorKind.TOO_LARGE,
    )


def _close(pdf: pdfplumber.PDF) -> None:
    """Close the PDF; pdfplumber's ``close`` walks the page tree again, which raises once more on
    a damaged one (hiding the clear error already raised), so then only the file is closed."""
    try:
        pdf.close()
    except Exception:
        with suppress(Exception):
            pdf.stream.close()


# --------------------------------------------------------------------------- pass 1: one page


def _parse_page(page: Page, number: int) -> _PageContent:
    width, height = float(page.width), float(page.height)
    words = [_word(raw) for raw in _without_overprint(page).extract_words(**_WORD_SETTINGS)]
    words = [word for word in words if word.text]
    tables: list[_TableItem] = []
    if words and (page.lines or page.rects):
        for table in page.find_tables(table_settings=_TABLE_SETTINGS):
            item = _table_item(table, number)
            if item is not None:
                words = _fill_table(item, table, words)
                tables.append(item)
    lines = _group_lines(words, number, width)
    has_images = not words and bool(page.images or page.curves)
    return _PageContent(number, width, height, lines, tables, has_images=has_images)


def _without_overprint(page: Page) -> Page:
    """The page without characters drawn twice at one place (fake bold by overprinting),
    which would read as ``ООттччеетт``; pdfplumber's own dedupe_chars is much slower."""
    seen: dict[tuple[str, int, int], list[tuple[float, float]]] = defaultdict(list)
    duplicates: set[int] = set()
    for char in page.chars:
        text, x, y = char["text"], float(char["x0"]), float(char["top"])
        if text.isspace():
            continue
        column, row = int(x), int(y)
        if any(
            abs(x - other_x) < 1 and abs(y - other_y) < 1
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other_x, other_y in seen.get((text, column + dx, row + dy), ())
        ):
            duplicates.add(id(char))
        else:
            seen[text, column, row].append((x, y))
    if not duplicates:
        return page
    return page.filter(lambda obj: id(obj) not in duplicates)


def _word(raw: dict[str, Any]) -> _Word:
    size = float(raw.get("size") or (raw["bottom"] - raw["top"]) or 10.0)
    return _Word(
        text=str(raw["text"]).translate(_BULLET_GLYPHS).strip(),
        x0=float(raw["x0"]),
        x1=float(raw["x1"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        size=size,
        bold=bool(_BOLD_FONT.search(str(raw.get("fontname", "")))),
    )


def _group_lines(words: list[_Word], page: int, page_width: float) -> list[_Line]:
    """Cluster words into lines (vertical overlap), each sorted left to right."""
    groups: list[list[_Word]] = []
    bottom = 0.0
    for word in sorted(words, key=lambda word: (word.top, word.x0)):
        height = word.bottom - word.top
        if groups and word.top < bottom - 0.5 * height:
            groups[-1].append(word)
            bottom = max(bottom, word.bottom)
        else:
            groups.append([word])
            bottom = word.bottom
    return [_make_line(sorted(group, key=lambda word: word.x0), page, page_width) for group in groups]


def _make_line(words: list[_Word], page: int, page_width: float) -> _Line:
    parts = [words[0].text]
    for previous, word in pairwise(words):
        if word.x0 - previous.x1 > 0.1 * min(previous.size, word.size):
            parts.append(" ")
        parts.append(word.text)
    weights: Counter[float] = Counter()
    bold_chars = 0
    for word in words:
        weights[round(word.size * 2) / 2] += len(word.text)
        bold_chars += len(word.text) if word.bold else 0
    total = sum(len(word.text) for word in words)
    text = "".join(parts)
    return _Line(
        text=text,
        n_words=len(words),
        first_width=words[0].x1 - words[0].x0,
        label_body_x=_label_body_x(text, words),
        x0=words[0].x0,
        x1=max(word.x1 for word in words),
        top=min(word.top for word in words),
        bottom=max(word.bottom for word in words),
        size=weights.most_common(1)[0][0],
        bold=bold_chars >= 0.6 * total,
        page=page,
        page_width=page_width,
    )


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


def _table_item(table: PdfTable, page: int) -> _TableItem | None:
    """Resolve a pdfplumber table's cell boxes to a grid with row/column spans; the cells
    keep the order of ``table.cells``."""
    xs = _cluster(value for cell in table.cells for value in (cell[0], cell[2]))
    ys = _cluster(value for cell in table.cells for value in (cell[1], cell[3]))
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    if n_cols < 1 or n_rows < 1 or n_cols * n_rows < 2:
        return None  # a framed paragraph, not a table: its words stay in the text flow
    cells = []
    for x0, top, x1, bottom in table.cells:
        col, row = _nearest(xs, x0), _nearest(ys, top)
        colspan = max(1, _nearest(xs, x1) - col)
        rowspan = max(1, _nearest(ys, bottom) - row)
        cells.append(_TableCell(row=row, col=col, rowspan=rowspan, colspan=colspan))
    _, top, _, bottom = table.bbox
    return _TableItem(top=top, bottom=bottom, xs=xs, ys=ys, cells=cells, page=page)


def _fill_table(item: _TableItem, table: PdfTable, words: list[_Word]) -> list[_Word]:
    """Put the words inside the table into its cells; return the words outside it."""
    x0, top, x1, bottom = table.bbox
    xs, ys = item.xs, item.ys
    cover: dict[tuple[int, int], int] = {}
    for index, cell in enumerate(item.cells):
        for row in range(cell.row, cell.row + cell.rowspan):
            for col in range(cell.col, cell.col + cell.colspan):
                cover[row, col] = index
    outside: list[_Word] = []
    inside: dict[int, list[_Word]] = defaultdict(list)
    for word in words:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        if not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
            outside.append(word)
            continue
        col = min(max(bisect_left(xs, cx) - 1, 0), item.n_cols - 1)
        row = min(max(bisect_left(ys, cy) - 1, 0), item.n_rows - 1)
        index = cover.get((row, col))
        if index is None:  # a grid hole: the nearest cell box takes the word
            index = min(range(len(table.cells)), key=lambda i: _distance(table.cells[i], cx, cy))
        inside[index].append(word)
    for index, cell_words in inside.items():
        cell = item.cells[index]
        cell.lines = [line.text for line in _group_lines(cell_words, item.page, 0.0)]
        cell.chars = sum(len(word.text) for word in cell_words)
        cell.bold_chars = sum(len(word.text) for word in cell_words if word.bold)
    return outside


def _distance(box: tuple[float, float, float, float], x: float, y: float) -> float:
    x0, top, x1, bottom = box
    return max(x0 - x, 0.0, x - x1) + max(top - y, 0.0, y - bottom)


# --------------------------------------------------------------------------- pass 2: page furniture


def _drop_running_lines(pages: list[_PageContent]) -> None:
    """Drop running headers/footers (lines at a page's top or bottom edge that repeat, digits
    masked, on at least half of the pages with text) and lone page numbers there."""
    text_pages = [page for page in pages if page.lines]
    edges = {page.number: _edge_lines(page) for page in text_pages}
    counts: Counter[tuple[str, str]] = Counter()
    for page_edges in edges.values():
        counts.update({(zone, _mask(line.text)) for zone, line, _ in page_edges})
    threshold = max(2, (len(text_pages) + 1) // 2)
    for page in text_pages:
        dropped = {
            id(line)
            for zone, line, outermost in edges[page.number]
            if counts[zone, _mask(line.text)] >= threshold or (outermost and _PAGE_NUMBER.match(line.text))
        }
        if dropped:
            page.lines = [line for line in page.lines if id(line) not in dropped]


def _edge_lines(page: _PageContent) -> list[tuple[str, _Line, bool]]:
    """(zone, line, is outermost) for up to two lines at the page's top and bottom edges."""
    items: list[_Line | _TableItem] = sorted([*page.lines, *page.tables], key=lambda item: item.top)
    found: list[tuple[str, _Line, bool]] = []
    for position, item in enumerate(items[:_EDGE_LINES]):
        if not isinstance(item, _Line) or item.bottom > _MARGIN_ZONE * page.height:
            break
        found.append(("top", item, position == 0))
    for position, item in enumerate(reversed(items[-_EDGE_LINES:])):
        if not isinstance(item, _Line) or item.top < (1 - _MARGIN_ZONE) * page.height:
            break
        if all(item is not line for _, line, _ in found):
            found.append(("bottom", item, position == 0))
    return found


def _mask(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.lower()).split())


# --------------------------------------------------------------------------- pass 2: blocks


@dataclass(frozen=True, slots=True)
class _Layout:
    """Document-wide measures the block rules compare against."""

    body_size: float
    line_gap: float
    left_edges: dict[float, float]
    right_edges: dict[float, float]

    def left_edge(self, line: _Line) -> float:
        return self.left_edges.get(round(line.page_width), line.x0)

    def right_edge(self, line: _Line) -> float:
        return self.right_edges.get(round(line.page_width), line.x1)


def _measure(pages: list[_PageContent]) -> _Layout:
    sizes: Counter[float] = Counter()
    gaps: list[float] = []
    starts: dict[float, list[float]] = defaultdict(list)
    ends: dict[float, list[float]] = defaultdict(list)
    for page in pages:
        for previous, line in pairwise(page.lines):
            gap = line.top - previous.bottom
            if 0 <= gap < previous.size:
                gaps.append(gap)
        for line in page.lines:
            sizes[line.size] += len(line.text)
            starts[round(page.width)].append(line.x0)
            if line.n_words >= 3:
                ends[round(page.width)].append(line.x1)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    line_gap = statistics.median(gaps) if gaps else 0.2 * body_size
    # The text's right edge: where most long lines end, but at least as far right as the
    # left margin is from the left edge (few or only short lines tell little).
    left_edges = {width: _percentile(values, 0.1) for width, values in starts.items()}
    right_edges = {width: max(_percentile(ends.get(width, []), 0.9), width - left_edges[width]) for width in starts}
    return _Layout(body_size=body_size, line_gap=line_gap, left_edges=left_edges, right_edges=right_edges)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


class _Assembler:
    """Walks the pages' lines and tables in reading order and hands blocks to the builder."""

    def __init__(self, pages: list[_PageContent], builder: DocumentBuilder) -> None:
        self._pages = pages
        self._builder = builder
        self._layout = _measure(pages)
        self._joiner = _LineJoiner(_vocabulary(pages))
        self._lines: list[_Line] = []
        self._last_table: _TableItem | None = None
        self._last_header: list[str] = []

    def run(self) -> None:
        """Add every block of the document to the builder."""
        for page in self._pages:
            items: list[_Line | _TableItem] = sorted([*page.lines, *page.tables], key=lambda item: item.top)
            for item in items:
                if isinstance(item, _TableItem):
                    self._flush()
                    self._add_table(item)
                    self._last_table = item
                    continue
                if self._lines and self._breaks(self._lines, item):
                    self._flush()
                self._lines.append(item)
                self._last_table = None
        self._flush()

    # -- text blocks
    def _styled(self, line: _Line) -> bool:
        return line.bold or line.size >= 1.15 * self._layout.body_size

    def _breaks(self, lines: list[_Line], line: _Line) -> bool:
        """True when ``line`` starts a new block after the block made of ``lines``."""
        previous = lines[-1]
        if abs(line.size - previous.size) > 0.5:
            return True
        if line.page == previous.page:
            if line.top - previous.bottom > self._layout.line_gap + 0.3 * previous.size:
                return True
        elif self._styled(previous) and self._styled(line):
            return True  # a heading does not go on over a page break
        if line.bold != previous.bold:
            # A bold run inside a paragraph flows on from a full line; a heading does not.
            return (
                bool(_SENTENCE_END.search(previous.text))
                or not self._aligned(lines, line)
                or self._ends_short(previous, line)
            )
        if self._styled(previous):
            return False  # a multi-line heading: its lines are short and may be centred
        if not self._aligned(lines, line) or self._ends_short(previous, line):
            return True
        if not _SENTENCE_END.search(previous.text):
            return False
        if split_list_label(line.text)[0] is not None:
            return True
        # A sentence ends before the right edge and an indented capitalised line follows: a
        # new paragraph whose first word was too long to tell by the room left.
        room = self._layout.right_edge(previous) - previous.x1
        indented = line.x0 > self._layout.left_edge(line) + 0.4 * previous.size
        return room > 1.5 * previous.size and indented and line.text[:1].isupper()

    @staticmethod
    def _aligned(lines: list[_Line], line: _Line) -> bool:
        """``line`` starts where the block's next line is expected: under the previous line,
        left of an indented first line, or under the text after a list label."""
        previous = lines[-1]
        tolerance = 0.4 * previous.size
        if len(lines) > 1:
            return abs(line.x0 - previous.x0) <= tolerance
        body_x = previous.label_body_x
        hanging = body_x is not None and abs(line.x0 - body_x) <= tolerance
        return line.x0 <= previous.x0 + tolerance or hanging

    def _ends_short(self, previous: _Line, line: _Line) -> bool:
        """The previous line ended on purpose: the next line's first word would have fitted."""
        if previous.text[-1:] in _HYPHENS and previous.text[-2:-1].isalpha():
            return False  # a hyphenated line end is never a paragraph end
        room = self._layout.right_edge(previous) - previous.x1
        return room > 0.25 * previous.size + line.first_width + 1.0

    def _flush(self) -> None:
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        text = self._joiner.join([line.text for line in lines])
        first = lines[0]
        label, body, level = split_list_label(text)
        if self._styled(first) and len(text) <= _MAX_HEADING_CHARS:
            self._builder.add_text(BlockKind.HEADING, text, page=first.page, style="bold" if first.bold else None)
        elif label is not None:
            self._builder.add_text(BlockKind.LIST_ITEM, body, label=label, level=level, page=first.page)
        elif is_heading_line(text):
            self._builder.add_text(BlockKind.HEADING, text, page=first.page)
        else:
            self._builder.add_text(BlockKind.PARAGRAPH, text, page=first.page)

    # -- tables
    def _add_table(self, item: _TableItem) -> None:
        by_row: dict[int, list[_TableCell]] = defaultdict(list)
        for cell in item.cells:
            by_row[cell.row].append(cell)
        grid_rows = [sorted(by_row[row], key=lambda cell: cell.col) for row in sorted(by_row)]
        texts = [[self._joiner.join(cell.lines) for cell in row] for row in grid_rows]
        previous = self._last_table
        continues = previous is not None and previous.page < item.page and previous.n_cols == item.n_cols
        header_rows = self._header_rows(grid_rows, texts, continues)
        if not continues:
            self._last_header = [_squash(text) for text in texts[0]] if header_rows else []
        rows = [
            RawRow(
                cells=[
                    (cell.col, RawCell(text=text, rowspan=cell.rowspan, colspan=cell.colspan))
                    for cell, text in zip(row, row_texts, strict=True)
                ],
                is_header=index < header_rows,
                page=item.page,
            )
            for index, (row, row_texts) in enumerate(zip(grid_rows, texts, strict=True))
        ]
        self._builder.add_table(rows, n_cols=item.n_cols, page=item.page)

    def _header_rows(self, rows: list[list[_TableCell]], texts: list[list[str]], continues: bool) -> int:
        """How many rows at the top are header rows: bold ones, else a header-like first row.
        On a piece that continues the table of the previous page only a repeat of that
        table's header is one."""
        if continues:
            repeated = [_squash(text) for text in texts[0]] == self._last_header
            return (self._bold_rows(rows) or 1) if repeated else 0
        bold = self._bold_rows(rows)
        if bold and bold < len(rows):
            return bold
        return 1 if len(texts) > 1 and looks_like_header_row(texts[0], texts[1:]) else 0

    @staticmethod
    def _bold_rows(rows: list[list[_TableCell]]) -> int:
        """How many of the (at most three) top rows are set in bold."""
        bold = 0
        for row in rows[:3]:
            chars = sum(cell.chars for cell in row)
            if not chars or sum(cell.bold_chars for cell in row) < 0.6 * chars:
                break
            bold += 1
        return bold


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _label_body_x(text: str, words: list[_Word]) -> float | None:
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


# --------------------------------------------------------------------------- line joining


def _vocabulary(pages: list[_PageContent]) -> set[str]:
    """Lower-cased words of the document, hyphenated compounds kept whole."""
    words: set[str] = set()
    for page in pages:
        texts = [line.text for line in page.lines]
        texts += [text for table in page.tables for cell in table.cells for text in cell.lines]
        for text in texts:
            words.update(match.lower() for match in _VOCABULARY_WORD.findall(text))
    return words


class _LineJoiner:
    """Joins the lines of a block: spaces, or no space across a hyphenated line end."""

    def __init__(self, vocabulary: set[str]) -> None:
        self._vocabulary = vocabulary

    def join(self, texts: Sequence[str]) -> str:
        """The lines as one string."""
        parts: list[str] = []
        for text in texts:
            text = text.strip()
            if not text:
                continue
            if parts:
                previous = parts[-1]
                if previous.endswith("\u00ad"):
                    parts[-1] = previous[:-1]
                elif previous[-1] in _HYPHENS and previous[-2:-1].isalnum() and text[0].isalnum():
                    if self._is_hyphenation(previous, text):
                        parts[-1] = previous[:-1]
                else:
                    parts.append(" ")
            parts.append(text)
        return "".join(parts)

    def _is_hyphenation(self, previous: str, text: str) -> bool:
        """``обра-``/``зование`` is a word split at the line end; ``научно-``/``практический``
        is a compound that keeps its hyphen."""
        left_match = _LETTERS_BEFORE_HYPHEN.search(previous)
        right_match = _LEADING_LETTERS.match(text)
        if left_match is None or right_match is None:
            return False
        left, right = left_match.group(1), right_match.group()
        if not (left[-1].islower() and right[0].islower()):
            return False
        hyphenated, glued = f"{left}-{right}".lower(), f"{left}{right}".lower()
        if hyphenated in self._vocabulary:
            return False
        if glued in self._vocabulary:
            return True
        known = _known_word()
        if known is None:
            return True
        if known(hyphenated):
            return False
        both_words = known(left) and known(right)
        if both_words and len(left) >= 5 and left[-1] in "оеОЕ":
            return False  # научно-практический, организационно-методический
        if known(glued):
            return True
        return not both_words  # онлайн-семинар; otherwise a split word the dictionary lacks


@lru_cache(maxsize=1)
def _known_word() -> Callable[[str], bool] | None:
    """pymorphy3's dictionary check (``word -> bool``), from the process-wide analyzer."""
    from mocparse.nlp.morph import morph

    analyzer = morph()

    @lru_cache(maxsize=4096)
    def known(word: str) -> bool:
        return bool(analyzer.word_is_known(word))

    return known
