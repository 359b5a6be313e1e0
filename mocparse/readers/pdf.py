"""PDF reader: PDFium (pypdfium2) reads every page into positioned lines and ruled tables
(:mod:`mocparse.readers.pdf_pages`), then the whole document is rebuilt into paragraphs, list
items, headings, tables and notes in reading order.

A page set in text columns is regrouped column by column right after pass 1, and lines aligned in
columns around a column of numbers (or with numbered rows) become tables after the running lines,
contents and notes are gone (:mod:`mocparse.readers.pdf_layout`); each column is a *flow* of its
own, read after the lines above it, and its lines are measured against the column's own edges.

The second pass works on the whole document: it drops running headers/footers (edge lines that
repeat, digits masked, on half the pages or more) and lone page numbers, takes footnotes off the
page bottoms (small lines starting with a raised mark), learns the body font size, line spacing
and text edges, then groups lines into blocks:

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

Pages without a text layer, and pages mostly covered by images with little text beside them
(a scan with a text footer), are read by OCR (:mod:`mocparse.readers.ocr`) when Tesseract is
installed and ``ReadOptions.ocr`` is on; their blocks get ``ocr=True``.
"""

from __future__ import annotations

import re
import statistics
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from mocparse.document import BlockKind, Document, DocumentBuilder, RawCell, RawRow, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers import ocr
from mocparse.readers.base import ReadOptions
from mocparse.readers.layout import (
    PLACEHOLDER_TEXTS,
    header_depth,
    is_heading_line,
    looks_like_header_row,
    split_list_label,
)
from mocparse.readers.pdf_layout import aligned_tables, continued_tables, split_columns
from mocparse.readers.pdf_pages import (
    MARK_CLOSE,
    MARK_OPEN,
    Line,
    PageContent,
    TableCell,
    TableItem,
    new_fonts,
    parse_page,
)

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
_LETTERS_AT_END = re.compile(r"[А-Яа-яЁё]+$")
_VOCABULARY_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MAX_HEADING_CHARS = 250
_NOTE_MARK = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")
_PLAIN_LABEL = re.compile(r"^(\d{1,3}|\*{1,3}|[ivx]{1,4})(?:\s+|(?=[А-ЯЁA-Z]))")  # "1 По данным", "1По данным"
_CONTENTS_ENTRY = re.compile(r"^(?P<title>.*?\w.*?)[\s.…·_]*(?P<page>\d{1,4})$")
_CONTENTS_TITLE = re.compile(r"^(?:оглавление|содержание|contents)$", re.IGNORECASE)
_NOTE_ZONE = 0.5
"""Footnotes start in the bottom half of a page."""
_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"


# --------------------------------------------------------------------------- entry point


def read(path: Path, source: SourceInfo, options: ReadOptions) -> Document:
    """Read a PDF report into a Document (one block per paragraph, list item, heading, table, note)."""
    _check_inflated_size(path, options)
    pages = list(_read_pages(path, options))
    builder = DocumentBuilder(source.model_copy(update={"pages": len(pages)}))
    failed = [page for page in pages if page.error is not None]
    if failed:
        builder.warnings.append(
            f"{_page_list([page.number for page in failed])} could not be parsed and "
            f"{'is' if len(failed) == 1 else 'are'} missing ({failed[0].error})"
        )
    ocr_pages = [page.number for page in pages if page.ocr]
    if ocr_pages:
        builder.warnings.append(
            f"{_page_list(ocr_pages)} {'was' if len(ocr_pages) == 1 else 'were'} read by OCR (Tesseract); "
            "check the figures read there"
        )
    scanned = [
        page.number for page in pages if not page.ocr and page.has_images and (page.scanned or not page.has_text)
    ]
    if not any(page.has_text and (page.ocr or not page.scanned) for page in pages):
        if not any(page.has_images for page in pages):
            raise DocumentReadError(
                path, f"all of its {len(pages)} pages are blank: no text, no images", kind=ErrorKind.EMPTY
            )
        raise DocumentReadError(
            path,
            f"no text layer in any of its {len(pages)} pages: the PDF is a scan and needs OCR, " + _ocr_hint(options),
            kind=ErrorKind.SCANNED,
        )
    if scanned:
        builder.warnings.append(
            f"{_page_list(scanned)} {'is' if len(scanned) == 1 else 'are'} scanned images "
            f"(no text layer, or little text beside the images); their content is missing: {_ocr_hint(options)}"
        )
    blank = [page.number for page in pages if not page.has_text and not page.has_images and page.error is None]
    if blank:
        builder.warnings.append(f"{_page_list(blank)} {'is' if len(blank) == 1 else 'are'} blank")
    _drop_running_lines(pages)
    _drop_contents_and_placeholders(pages)
    _take_notes(pages)
    for page in pages:
        aligned_tables(page)
    continued_tables(pages)
    _Assembler(pages, builder).run()
    return builder.build()


def _ocr_hint(options: ReadOptions) -> str:
    if not options.ocr:
        return "OCR is turned off (ReadOptions.ocr / --no-ocr)"
    return ocr.MISSING_HINT


def _page_list(numbers: Sequence[int]) -> str:
    shown = ", ".join(str(number) for number in numbers[:20])
    more = f" and {len(numbers) - 20} more" if len(numbers) > 20 else ""
    return f"page{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _check_inflated_size(path: Path, options: ReadOptions) -> None:
    """Refuse a PDF whose compressed streams inflate to more than ``max_unpacked_bytes`` in all
    (a decompression bomb): every ``stream`` is inflated in 1 MiB steps and only counted."""
    data = path.read_bytes()
    budget = options.max_unpacked_bytes
    position = 0
    while True:
        match = _STREAM.search(data, position)
        if match is None:
            return
        end = data.find(_ENDSTREAM, match.end())
        end = len(data) if end < 0 else end
        inflater = zlib.decompressobj()
        chunk = data[match.end() : end]
        try:
            while chunk and budget >= 0:
                out = inflater.decompress(chunk, 1 << 20)
                budget -= len(out)
                chunk = inflater.unconsumed_tail
                if not out:
                    break
        except zlib.error:
            pass  # not a FlateDecode stream
        if budget < 0:
            raise DocumentReadError(
                path,
                f"the PDF's compressed streams inflate to more than {options.max_unpacked_bytes:,} bytes "
                "(a decompression bomb?); raise ReadOptions.max_unpacked_bytes to read it",
                kind=ErrorKind.TOO_LARGE,
            )
        position = end + 1


def _read_pages(path: Path, options: ReadOptions) -> Iterator[PageContent]:
    """Open the PDF with PDFium (mapping its failures to DocumentReadError) and parse each page."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise DocumentReadError(
                path,
                "the PDF is password-protected (encrypted); remove the password and retry",
                kind=ErrorKind.ENCRYPTED,
            ) from error
        raise DocumentReadError(path, f"corrupt or truncated PDF: PDFium cannot open it ({error})") from error
    try:
        page_count = len(pdf)
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
        fonts = new_fonts()
        use_ocr = options.ocr and ocr.available()
        failed = 0
        for index in range(page_count):
            number = index + 1
            try:
                page = pdf[index]
            except pdfium.PdfiumError as error:
                failed += 1
                if failed == page_count:
                    raise DocumentReadError(path, f"corrupt PDF: no page could be parsed ({error})") from error
                yield PageContent(number, 0.0, 0.0, [], [], error=str(error))
                continue
            try:
                content = parse_page(page, number, fonts)
                if use_ocr and content.has_images and (content.scanned or not content.has_text):
                    content = ocr.read_page(page, content, options)
                split_columns(content)
                yield content
            finally:
                page.close()
    finally:
        pdf.close()


def _drop_contents_and_placeholders(pages: list[PageContent]) -> None:
    """Drop a table of contents (lines that repeat a later line of the document followed by a page
    number, and the title above them) and Word's placeholder texts of empty content controls."""
    later: Counter[str] = Counter(_squash(line.text) for page in pages for line in page.lines)
    for page in pages:
        kept: list[Line] = []
        for line in page.lines:
            squashed = _squash(line.text)
            later[squashed] -= 1
            entry = _CONTENTS_ENTRY.match(line.text)
            if squashed in PLACEHOLDER_TEXTS:
                continue
            if entry and later[_squash(entry.group("title"))] > 0:
                if kept and _CONTENTS_TITLE.match(kept[-1].text.strip()):
                    kept.pop()
                continue
            kept.append(line)
        page.lines = kept


def _take_notes(pages: list[PageContent]) -> None:
    """Move footnotes and endnotes out of the text flow: from a line set smaller than the body that
    starts with the label of a mark seen on this page or before (raised or not), when only small
    lines follow on the page, to the page end. A footnote must start in the lower half of its page."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    if not sizes:
        return
    small = 0.95 * sizes.most_common(1)[0][0]
    seen: dict[str, int] = {}  # label -> page of its latest mark
    for page in pages:
        texts = [line.text for line in page.lines]
        texts += [text for table in page.tables for cell in table.cells for text in cell.lines]
        marks = {mark for text in texts for mark in _NOTE_MARK.findall(text)}
        seen.update(dict.fromkeys(marks, page.number))
        start = None
        for position, line in enumerate(page.lines):
            if line.size >= small or not all(other.size < small for other in page.lines[position:]):
                continue
            raised = _NOTE_MARK.match(line.text)
            label = raised or _PLAIN_LABEL.match(line.text)
            if label is None or label.group(1) not in seen:
                continue
            if not raised and seen[label.group(1)] == page.number and line.top < _NOTE_ZONE * page.height:
                continue
            start = position
            break
        if start is None:
            continue
        notes: list[tuple[str, str, list[Line]]] = []
        for line in page.lines[start:]:
            match = _NOTE_MARK.match(line.text) or _PLAIN_LABEL.match(line.text)
            if match and match.group(1) in seen:
                line.text = line.text[match.end() :].lstrip()
                mark = match.group(1)
                notes.append((f"{seen[mark]}:{mark}", mark, [line]))
            elif notes:
                notes[-1][2].append(line)
        page.notes = notes
        page.lines = page.lines[:start]


# --------------------------------------------------------------------------- pass 2: page furniture


def _drop_running_lines(pages: list[PageContent]) -> None:
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


def _edge_lines(page: PageContent) -> list[tuple[str, Line, bool]]:
    """(zone, line, is outermost) for up to two lines at the page's top and bottom edges."""
    items: list[Line | TableItem] = sorted([*page.lines, *page.tables], key=lambda item: item.top)
    found: list[tuple[str, Line, bool]] = []
    for position, item in enumerate(items[:_EDGE_LINES]):
        if not isinstance(item, Line) or item.bottom > _MARGIN_ZONE * page.height:
            break
        found.append(("top", item, position == 0))
    for position, item in enumerate(reversed(items[-_EDGE_LINES:])):
        if not isinstance(item, Line) or item.top < (1 - _MARGIN_ZONE) * page.height:
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

    def left_edge(self, line: Line) -> float:
        if line.column is not None:
            return line.column[0]
        return self.left_edges.get(round(line.page_width), line.x0)

    def right_edge(self, line: Line) -> float:
        if line.column is not None:
            return line.column[1]
        return self.right_edges.get(round(line.page_width), line.x1)


def _measure(pages: list[PageContent]) -> _Layout:
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
            if line.column is not None:
                continue  # a text column has its own edges
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

    def __init__(self, pages: list[PageContent], builder: DocumentBuilder) -> None:
        self._pages = pages
        self._builder = builder
        self._layout = _measure(pages)
        self._joiner = _LineJoiner(_vocabulary(pages))
        self._lines: list[Line] = []
        self._last_table: TableItem | None = None
        self._last_header: list[str] = []

    def run(self) -> None:
        """Add every block of the document to the builder."""
        for page in self._pages:
            items: list[Line | TableItem] = sorted([*page.lines, *page.tables], key=lambda item: (item.flow, item.top))
            for item in items:
                if isinstance(item, TableItem):
                    self._flush()
                    self._add_table(item)
                    self._last_table = item
                    continue
                if self._lines and self._breaks(self._lines, item):
                    self._flush()
                self._lines.append(item)
                self._last_table = None
            for key, mark, lines in page.notes:
                text = self._joiner.join([self._with_marks(line) for line in lines])
                ocr = any(line.ocr for line in lines)
                self._builder.add_note(key, mark, text, page=page.number, ocr=ocr)
        self._flush()

    def _with_marks(self, line: Line) -> str:
        """The line's text with its note marks turned into the builder's placeholders."""
        if MARK_OPEN not in line.text:
            return line.text
        return _NOTE_MARK.sub(lambda match: self._builder.note_mark(f"{line.page}:{match.group(1)}"), line.text)

    # -- text blocks
    def _styled(self, line: Line) -> bool:
        return line.bold or line.size >= 1.15 * self._layout.body_size

    def _breaks(self, lines: list[Line], line: Line) -> bool:
        """True when ``line`` starts a new block after the block made of ``lines``."""
        previous = lines[-1]
        if abs(line.size - previous.size) > 0.5:
            return True
        if line.page == previous.page:
            if line.top - previous.bottom > self._layout.line_gap + 0.3 * previous.size:
                return True
        elif self._styled(previous) and self._styled(line):
            return True  # a heading does not go on over a page break
        if line.page == previous.page and self._sentence_goes_on(previous, line):
            return False  # "Задача 1. Обеспечить охват … на уровне не" / "ниже 78,0 % …" under a hanging indent
        if line.bold != previous.bold:
            # A bold run inside a paragraph flows on from a full line; a heading does not.
            return (
                bool(_SENTENCE_END.search(previous.text))
                or not self._aligned(lines, line)
                or self._ends_short(previous, line)
                or (previous.bold and self._centred(previous))  # a centred bold title ends there
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

    def _sentence_goes_on(self, previous: Line, line: Line) -> bool:
        """A full line without a sentence end and a next line opening in lower case: one sentence."""
        room = self._layout.right_edge(previous) - previous.x1
        return (
            room <= 1.5 * previous.size
            and not _SENTENCE_END.search(previous.text)
            and line.text[:1].islower()
            and abs(line.size - previous.size) <= 0.5
        )

    def _aligned(self, lines: list[Line], line: Line) -> bool:
        """``line`` starts where the block's next line is expected: under the previous line,
        left of an indented first line, or under the text after a list label. From the foot of
        one text column to the head of the next, positions count from each column's left edge."""
        previous = lines[-1]
        tolerance = 0.4 * previous.size
        shift = 0.0
        if line.column != previous.column:
            shift = self._layout.left_edge(line) - self._layout.left_edge(previous)
        x0 = line.x0 - shift
        if len(lines) > 1:
            return abs(x0 - previous.x0) <= tolerance
        body_x = previous.label_body_x
        hanging = body_x is not None and abs(x0 - body_x) <= tolerance
        return x0 <= previous.x0 + tolerance or hanging

    def _centred(self, line: Line) -> bool:
        """The line stands off both margins by about as much (a centred title line)."""
        left = line.x0 - self._layout.left_edge(line)
        right = self._layout.right_edge(line) - line.x1
        return min(left, right) > 1.5 * line.size and abs(left - right) < 1.5 * line.size

    def _ends_short(self, previous: Line, line: Line) -> bool:
        """The previous line ended on purpose: the next line's first word would have fitted."""
        if previous.text[-1:] in _HYPHENS and previous.text[-2:-1].isalpha():
            return False  # a hyphenated line end is never a paragraph end
        room = self._layout.right_edge(previous) - previous.x1
        return room > 0.25 * previous.size + line.first_width + 1.0

    def _flush(self) -> None:
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        text = self._joiner.join([self._with_marks(line) for line in lines])
        first = lines[0]
        ocr = any(line.ocr for line in lines)
        label, body, level = split_list_label(text)
        if self._styled(first) and len(text) <= _MAX_HEADING_CHARS:
            style = "bold" if first.bold else None
            self._builder.add_text(BlockKind.HEADING, text, page=first.page, style=style, ocr=ocr)
        elif label is not None:
            self._builder.add_text(BlockKind.LIST_ITEM, body, label=label, level=level, page=first.page, ocr=ocr)
        elif is_heading_line(text):
            self._builder.add_text(BlockKind.HEADING, text, page=first.page, ocr=ocr)
        else:
            self._builder.add_text(BlockKind.PARAGRAPH, text, page=first.page, ocr=ocr)

    # -- tables
    def _add_table(self, item: TableItem) -> None:
        by_row: dict[int, list[TableCell]] = defaultdict(list)
        for cell in item.cells:
            by_row[cell.row].append(cell)
        grid_rows = [sorted(by_row[row], key=lambda cell: cell.col) for row in sorted(by_row)]
        texts = [[self._cell_text(cell, item.page) for cell in row] for row in grid_rows]
        previous = self._last_table
        continues = previous is not None and previous.page < item.page and previous.n_cols == item.n_cols
        header_rows = self._header_rows(grid_rows, texts, continues, item.header_rows)
        if header_rows and not continues:  # rows under a header cell spread over several columns
            raw = [
                RawRow(
                    cells=[
                        (cell.col, RawCell(text=text, colspan=cell.colspan))
                        for cell, text in zip(row, row_texts, strict=True)
                    ]
                )
                for row, row_texts in zip(grid_rows, texts, strict=True)
            ]
            header_rows = header_depth(raw, max(header_rows, max((cell.rowspan for cell in grid_rows[0]), default=1)))
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
        self._builder.add_table(rows, n_cols=item.n_cols, page=item.page, ocr=item.ocr)

    def _cell_text(self, cell: TableCell, page: int) -> str:
        text = self._joiner.join(cell.lines)
        if MARK_OPEN not in text:
            return text
        return _NOTE_MARK.sub(lambda match: self._builder.note_mark(f"{page}:{match.group(1)}"), text)

    def _header_rows(
        self, rows: list[list[TableCell]], texts: list[list[str]], continues: bool, item_header_rows: int | None
    ) -> int:
        """How many rows at the top are header rows: bold ones, else a header-like first row.
        On a piece that continues the table of the previous page only a repeat of that
        table's header is one."""
        if continues:
            repeated = [_squash(text) for text in texts[0]] == self._last_header
            return (self._bold_rows(rows) or 1) if repeated else 0
        if item_header_rows is not None:
            return item_header_rows
        bold = self._bold_rows(rows)
        if bold and bold < len(rows):
            return bold
        return 1 if len(texts) > 1 and looks_like_header_row(texts[0], texts[1:]) else 0

    @staticmethod
    def _bold_rows(rows: list[list[TableCell]]) -> int:
        """How many of the (at most three) top rows are set in bold."""
        bold = 0
        for row in rows[:3]:
            chars = sum(cell.chars for cell in row)
            if not chars or sum(cell.bold_chars for cell in row) < 0.6 * chars:
                break
            if bold and _holds_data(row):
                break  # a bold total under a bold header ("Всего педагогических работников | 46 | 49")
            bold += 1
        return bold


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


# --------------------------------------------------------------------------- line joining


def _vocabulary(pages: list[PageContent]) -> set[str]:
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
                elif text[0] in _HYPHENS and self._is_broken_word(previous, text[1:]):
                    text = text[1:]  # "сертифици" / "-рованные": the hyphen carried to the next line
                elif not self._is_broken_word(previous, text):
                    parts.append(" ")
            parts.append(text)
        return "".join(parts)

    def _is_broken_word(self, previous: str, text: str) -> bool:
        """``сертифицирован``/``ных``: a word broken without a hyphen (a narrow table cell) — the
        first letters of the next line are no word, glued to the end of the line they are one."""
        left_match = _LETTERS_AT_END.search(previous)
        right_match = _LEADING_LETTERS.match(text)
        if left_match is None or right_match is None:
            return False
        left, right = left_match.group(), right_match.group()
        if not (left[-1:].islower() and right[:1].islower()) or len(left) < 3:
            return False
        known = _known_word()
        if known is None or (known(right) and (len(right) > 1 or _function_word(right))):
            return False  # a word of its own ("программ" / "и"), not the end of one ("прошедши" / "е")
        glued = f"{left}{right}".lower()
        return glued in self._vocabulary or known(glued)

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
        compound_stem = len(left) >= 5 and left[-1] in "оеОЕ"
        if both_words and compound_stem:
            return False  # научно-практический, организационно-методический
        if known(glued):
            return True
        if compound_stem and len(right) >= 4 and known(right):
            return False  # туристско-краеведческий: a stem in -о the dictionary lacks alone
        return not both_words  # онлайн-семинар; otherwise a split word the dictionary lacks


@lru_cache(maxsize=1)
def _function_word(word: str) -> bool:
    """A preposition, conjunction, particle or pronoun ("в", "и", "я"), not a lone letter."""
    from mocparse.nlp.morph import parses

    return any(parse.tag.POS in {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"} for parse in parses(word.lower())[:1])


def _known_word() -> Callable[[str], bool] | None:
    """pymorphy3's dictionary check (``word -> bool``), from the process-wide analyzer."""
    from mocparse.nlp.morph import morph

    analyzer = morph()

    @lru_cache(maxsize=4096)
    def known(word: str) -> bool:
        return bool(analyzer.word_is_known(word))

    return known


_DATA_FIGURE = re.compile(r"[+\-−]?\d[\d\s]*(?:[,.]\d+)?\s*%?")
_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")


def _holds_data(row: list[TableCell]) -> bool:
    """A row whose cells after the first hold figures that are neither years nor the column numbers
    1, 2, 3 … of a numbering row."""
    texts = [" ".join(cell.lines).strip() for cell in sorted(row, key=lambda cell: cell.col)]
    figures = [text for text in texts[1:] if _DATA_FIGURE.fullmatch(text)]
    if not figures:
        return False
    numbering = [text for text in texts if text] == [str(index) for index in range(1, len([t for t in texts if t]) + 1)]
    return not numbering and not all(_YEAR_FIGURE.fullmatch(text) for text in figures)
