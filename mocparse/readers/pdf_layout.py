"""PDF layout from text alignment, where no ruling line tells it: text columns and tables without borders.

Both passes look at the page through bit masks, one bit per point of width, of the x positions a
line's words cover: OR-ing the masks of consecutive lines and looking for a run of clear bits (a
*gutter*) inside them finds what stays empty from one line to the next.

* :func:`split_columns` (after pass 1): a band of the page whose lines keep a gutter at least a body
  size wide clear, line after line (six lines or more), is set in two or three text columns when
  every column reads like running text: four lines or more, most with two words or more, mostly
  letters, left-aligned and most lines filling the column to its right edge, without holes. A
  full-width line (a masthead, a heading over both columns, a table across the page) ends the
  band. The band's words are then grouped into lines column by column, and each column gets its
  own *flow*: the page reads the lines above the band, the left column top to bottom, the next
  column, then the lines below. Columns of a table (numbers, short cells), a label/value layout
  (short labels) or a letterhead (centred lines) do not read like running text and stay as they are.
* :func:`aligned_tables` (pass 2, after headers, footers and notes are gone): three lines or more
  in one flow, from one with a gap of a body size between two words, whose words keep one or more
  common gutters clear (each line that has words on both sides of a gutter leaves a gap of at
  least 0.4 of its size there) become a table when some column right of the first holds numbers
  in most rows, or when there are three columns or more and the rows are numbered 1, 2, 3 … in
  the first. A column that only one row fills (a wide space inside one cell) joins its
  neighbour; a one-cell line at the foot (a short paragraph under the table) stays text. Lines in
  the same cell (a wrapped label: tight under the line above, words in one column, not starting
  with a capital; or a header whose second line holds lower-case words only) join their row. The
  first row is a header when it is bold over plain rows, when it has words (``2023 год``) or a
  year above the numbers, or when it is not numbered above numbered rows. Prose, lists,
  signature lines (position … name) and letterheads have no column of numbers and no numbered
  rows, and stay text. A line of running text (no wide gap) that fills a gutter kept by three
  lines ends the table. Header cells of one to several lines, centred vertically side by side:
  all rows above the first row of figures join into one header row, a line just above the table
  whose words stand in its columns joins the header, and a line never joins the row below as
  its upper half where that row holds a number in the same column.
  When header lines spread over several narrow columns of figures fill the gutters between them
  (a body cell then holds ``1 487 1 243 83,6``), the table is found again from its first line of
  figures and the lines above become its header, phrase by phrase (a phrase: words set with
  ordinary spaces), the upper half of the first row's centred label going back to that row.
* :func:`continued_tables` (after pass 2): rows of figures at the top of a page that stand in the
  columns of the table ending the page before (an ``Итого`` row pushed over the page break) become
  a piece of that table, which the assembler joins to it.

Line grouping (:func:`mocparse.readers.pdf_pages.word_rows`) keeps the lines of such header cells
apart: on a text layer, full-size words share a baseline to share a line.

pdfplumber's text-alignment strategies (``vertical_strategy="text"``, ``words_to_edges_v``),
tried on the PDFs of tests/data/pdf_layout, find a "table" on every page, prose and letterheads
included, cutting words apart, at 80-130 ms a page; these two passes take about 0.6 ms a page.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from mocparse.readers.pdf_pages import Line, PageContent, TableCell, TableItem, Word, group_lines, make_line

# -- text columns
_COLUMN_GUTTER = 1.0
"""× body size: the narrowest gutter between two text columns."""
_COLUMN_MIN_GUTTER = 8
_COLUMN_BAND_ROWS = 6
_COLUMN_LINES = 4
_COLUMN_BAND_GAP = 2.0
_COLUMN_FULL_LINES = 0.55
"""Share of a text column's lines that reach its right edge (lists and headings end short)."""
"""× body size: a wider vertical gap between two lines ends a band."""
_CENTRAL = 0.15
"""A gutter between text columns lies in the middle of the text, not this share from its sides."""
# -- tables without rules
_TABLE_START_GAP = 1.0
"""× size: a table starts at a line with a gap this wide between two of its words."""
_TABLE_GUTTER = 0.45
"""× size: the narrowest gutter kept clear between two table columns."""
_TABLE_CELL_GAP = 0.4
_NARROW_GUTTER = 0.25
"""A gutter a one-phrase line may narrow to (in font sizes)."""
"""× size: a line with words on both sides of a gutter leaves at least this gap there."""
_TABLE_ROW_GAP = 1.2
"""× size: a wider vertical gap between two lines ends a table."""
_TIGHT = 0.35
"""× size: a line this close under the one above may be the next line of the same cell."""
_TABLE_ROWS = 3
_HEADER_BAND_ROWS = 6
"""At most this many lines of header cells above the first row of figures join into one header row."""
_NUMERIC_SHARE = 0.7
_NUMERIC = re.compile(
    r"^[+\-–—−]?\s?\d[\d\s.,]*(?:\s?(?:%|‰))?(?:\s?\(\s?[+\-–—−]?\d[\d\s.,]*\s?%?\s?\))?$|^[-–—−xх]$",
    re.IGNORECASE,
)
_ROW_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_YEAR = re.compile(r"^(?:19|20)\d\d(?:\s*(?:год|г\.?|гг\.?))?$", re.IGNORECASE)


# --------------------------------------------------------------------------- bit masks


def _bits(x0: float, x1: float) -> int:
    """The mask of the points from ``x0`` to ``x1``."""
    start = max(0, int(x0))
    stop = max(start + 1, math.ceil(x1))
    return ((1 << (stop - start)) - 1) << start


def _mask(words: Sequence[Word]) -> int:
    mask = 0
    for word in words:
        mask |= _bits(word.x0, word.x1)
    return mask


def _has_run(mask: int, width: int) -> bool:
    """Whether ``mask`` has ``width`` set bits in a row."""
    run = 1
    while run * 2 <= width:
        mask &= mask >> run
        run *= 2
    if run < width:
        mask &= mask >> (width - run)
    return mask != 0


def _runs(mask: int, width: int) -> list[tuple[int, int]]:
    """Runs of at least ``width`` set bits: (first bit, bit after the last)."""
    if not mask:
        return []
    bits = bin(mask)[:1:-1]
    return [(match.start(), match.end()) for match in re.finditer(f"1{{{width},}}", bits)]


# --------------------------------------------------------------------------- text columns


@dataclass(slots=True)
class _Row:
    top: float
    bottom: float
    mask: int
    line: Line | None = None
    table: TableItem | None = None


@dataclass(slots=True)
class _Column:
    left: float
    right: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TableItem] = field(default_factory=list)


def split_columns(page: PageContent) -> None:
    """Regroup the lines of a page set in text columns column by column, each column its own flow."""
    if page.ocr or len(page.lines) < _COLUMN_BAND_ROWS:
        return
    rows = [_Row(line.top, line.bottom, _mask(line.words), line=line) for line in page.lines]
    rows += [_Row(table.top, table.bottom, _bits(table.xs[0], table.xs[-1]), table=table) for table in page.tables]
    rows.sort(key=lambda row: row.top)
    size = statistics.median(line.size for line in page.lines)
    gutter = max(_COLUMN_MIN_GUTTER, round(_COLUMN_GUTTER * size))
    left = min(line.x0 for line in page.lines)
    right = max(line.x1 for line in page.lines)
    if right - left < 4 * gutter:
        return
    central = _bits(left + _CENTRAL * (right - left), right - _CENTRAL * (right - left))
    bands: list[tuple[int, int, list[_Column]]] = []
    for start, stop in _bands(rows, central, gutter, _COLUMN_BAND_GAP * size):
        if bands and start < bands[-1][1]:
            start = bands[-1][1]
        if stop - start < _COLUMN_BAND_ROWS:
            continue
        free = central
        for row in rows[start:stop]:
            free &= ~row.mask
        columns = _text_columns(rows[start:stop], free, gutter, page, size)
        if columns:
            bands.append((start, stop, columns))
    if not bands:
        return
    lines: list[Line] = []
    flow = 0
    position = 0
    for start, stop, columns in bands:
        for row in rows[position:start]:
            _set_flow(row, flow, lines)
        flow += 1
        for column in columns:
            for line in column.lines:
                line.flow, line.column = flow, (column.left, column.right)
                lines.append(line)
            for table in column.tables:
                table.flow = flow
            flow += 1
        position = stop
    for row in rows[position:]:
        _set_flow(row, flow, lines)
    lines.sort(key=lambda line: (line.flow, line.top))
    page.lines = lines


def _set_flow(row: _Row, flow: int, lines: list[Line]) -> None:
    if row.line is not None:
        row.line.flow = flow
        lines.append(row.line)
    elif row.table is not None:
        row.table.flow = flow


def _bands(rows: list[_Row], central: int, gutter: int, max_gap: float) -> list[tuple[int, int]]:
    """Maximal runs of rows (start, stop) that keep a gutter clear in the middle of the text; a run
    that a row ends is taken back as far up as the new row still leaves one clear with the rows above."""
    found: list[tuple[int, int]] = []
    start, free = 0, central & ~rows[0].mask
    for index in range(1, len(rows)):
        close = rows[index].top - rows[index - 1].bottom <= max_gap
        clear = free & ~rows[index].mask
        if close and _has_run(clear, gutter):
            free = clear
            continue
        found.append((start, index))
        previous_start = start
        start, free = index, central & ~rows[index].mask
        while close and start - 1 > previous_start:
            clear = free & ~rows[start - 1].mask
            if rows[start].top - rows[start - 1].bottom > max_gap or not _has_run(clear, gutter):
                break
            start, free = start - 1, clear
    found.append((start, len(rows)))
    return found


def _text_columns(rows: list[_Row], free: int, gutter: int, page: PageContent, size: float) -> list[_Column] | None:
    """The band's text columns, when each of them reads like running text."""
    words = [word for row in rows if row.line is not None for word in row.line.words]
    if not words:
        return None
    low, high = min(word.x0 for word in words), max(word.x1 for word in words)
    gutters = [(start, stop) for start, stop in _runs(free, gutter) if low < start and stop < high]
    if not gutters or len(gutters) > 2:
        return None
    bounds = [low, *((start + stop) / 2 for start, stop in gutters), high]
    parts: list[list[Word]] = [[] for _ in range(len(gutters) + 1)]
    for word in words:
        parts[_slot(bounds, (word.x0 + word.x1) / 2)].append(word)
    columns: list[_Column] = []
    for part in parts:
        lines = group_lines(part, page.number, page.width)
        if not _running_text(lines, high - low, size):
            return None
        long_lines = [line.x1 for line in lines if line.n_words >= 3] or [line.x1 for line in lines]
        columns.append(_Column(min(line.x0 for line in lines), max(long_lines), lines))
    for row in rows:
        if row.table is not None:
            center = (row.table.xs[0] + row.table.xs[-1]) / 2
            columns[_slot(bounds, center)].tables.append(row.table)
    return columns


def _by_column(words: Sequence[Word], bounds: list[float]) -> dict[int, list[Word]]:
    """The words by the column (between ``bounds``) their middle stands in."""
    parts: dict[int, list[Word]] = {}
    for word in words:
        parts.setdefault(_slot(bounds, (word.x0 + word.x1) / 2), []).append(word)
    return parts


def _slot(bounds: list[float], x: float) -> int:
    for index, bound in enumerate(bounds[1:-1]):
        if x < bound:
            return index
    return len(bounds) - 2


def _running_text(lines: list[Line], band_width: float, size: float) -> bool:
    """Lines that read like a column of running text (see the module docstring)."""
    if len(lines) < _COLUMN_LINES:
        return False
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = right - left
    if width < max(0.2 * band_width, 8 * size):
        return False
    count = len(lines)
    if sum(line.n_words >= 2 for line in lines) < 0.7 * count:
        return False
    letters = sum(char.isalpha() for line in lines for char in line.text)
    digits = sum(char.isdigit() for line in lines for char in line.text)
    if letters < 3 * digits:
        return False
    if sum(line.x1 >= right - 0.15 * width for line in lines) < _COLUMN_FULL_LINES * count:
        return False
    if sum(line.x0 <= left + 0.12 * width for line in lines) < 0.6 * count:
        return False
    pitches = [line.top - previous.top for previous, line in itertools.pairwise(lines)]
    if pitches:
        pitch = statistics.median(pitches)
        holes = sum(step > 1.8 * pitch for step in pitches)
        if holes > max(1, count // 8):
            return False
    return True


# --------------------------------------------------------------------------- tables without rules


def aligned_tables(page: PageContent) -> None:
    """Turn runs of lines aligned in columns around a column of numbers into tables (see the module docstring)."""
    if page.ocr or len(page.lines) < _TABLE_ROWS:
        return
    kept: list[Line] = []
    flows: dict[int, list[Line]] = {}
    for line in page.lines:
        flows.setdefault(line.flow, []).append(line)
    for flow, lines in flows.items():
        index = 0
        while index < len(lines):
            found = _table_at(lines, index, page)
            if found is not None and _merged_figures(found[0]):
                found = _table_under_header(lines, index, found[1], page) or found
            if found is None:
                kept.append(lines[index])
                index += 1
                continue
            table, index = found
            table.flow = flow
            while kept and kept[-1].flow == flow and _header_top_line(kept[-1], table):
                _add_header_line(table, kept.pop())
            if kept and kept[-1].flow == flow and _first_row_top_line(kept[-1], table):
                _add_upper_half(table, kept.pop())
            page.tables.append(table)
    page.lines = kept


_FIGURES_ONLY = re.compile(r"^[\d\s.,%]+$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:\s\d{3})*(?:[.,]\d+)?\s?%?$")


def _merged_figures(table: TableItem) -> bool:
    """A body cell holds several figures side by side ("1 487 1 243 83,6"): header lines over
    several numeric columns filled the gutters between them."""
    for cell in table.cells:
        if table.header_rows is not None and cell.row < table.header_rows:
            continue
        text = " ".join(cell.lines)
        if _FIGURES_ONLY.match(text) and re.search(r"\d\s+\d", text) and not _THOUSANDS.match(text.strip()):
            return True
    return False


def _table_under_header(lines: list[Line], start: int, end: int, page: PageContent) -> tuple[TableItem, int] | None:
    """The table found again from its first line of figures, with the lines above it (from
    ``start``) as its header, their words put in the columns their middles stand over; None when
    that finds no table with more columns."""
    first = next(
        (
            index
            for index in range(start + 1, end)
            if any(_NUMERIC.match(word.text) and not _YEAR.match(word.text) for word in lines[index].words)
        ),
        None,
    )  # a year in a header ("2026 год, план") is no figure
    if first is None:
        return None
    found = _table_at(lines, first, page, rows=2)  # the header above is the table's third row
    if found is None or _merged_figures(found[0]):
        return None
    table, stop = found
    above = lines[start:first]
    upper: Line | None = None
    if above and lines[first].top - above[-1].bottom <= _TIGHT * lines[first].size:
        parts = _by_column(above[-1].words, table.xs)
        if len(parts) == 1 and min(parts) <= 1:  # the upper half of the first row's centred label
            upper = above.pop()
    spans: dict[int, tuple[float, float]] = {}
    for line in lines[first:stop]:
        for col, words in _by_column(line.words, table.xs).items():
            low, high = spans.get(col, (words[0].x0, words[-1].x1))
            spans[col] = (min(low, words[0].x0), max(high, words[-1].x1))
    table.spans = [spans.get(col, (left, left)) for col, left in enumerate(table.xs[:-1])]
    for line in reversed(above):  # a header line's cells widen their columns for the group titles above them
        for phrase in _phrases(line):
            cols = _header_columns(phrase, table)
            if len(cols) == 1 and cols[0] < len(table.spans):
                low, high = table.spans[cols[0]]
                if low < high:
                    table.spans[cols[0]] = (min(low, phrase[0].x0), max(high, phrase[-1].x1))
    header: dict[int, list[str]] = {}
    bold: dict[int, int] = {}
    for line in above:
        for phrase in _phrases(line):
            for col in _header_columns(phrase, table):
                header.setdefault(col, []).append(make_line(phrase, page.number, page.width).text)
                bold[col] = bold.get(col, 0) + sum(len(word.text) for word in phrase if word.bold)
    for cell in table.cells:
        if upper is not None and cell.row == 0 and cell.col in _by_column(upper.words, table.xs):
            cell.lines.insert(0, upper.text)
            cell.chars += sum(len(word.text) for word in upper.words)
        cell.row += 1
    table.cells[:0] = [
        TableCell(
            row=0,
            col=col,
            rowspan=1,
            colspan=1,
            lines=header.get(col, []),
            chars=sum(len(text) for text in header.get(col, [])),
            bold_chars=bold.get(col, 0),
        )
        for col in range(table.n_cols)
    ]
    table.top = lines[start].top
    table.ys.insert(0, table.top)
    table.header_rows = 1
    return table, stop


_SPAN_OVERLAP = 0.3  # share of the narrower of a header phrase and a column that must lie over the other
_GROUP_CENTRING = 0.2  # how far off the middle of the columns it touches a group title may stand (share of their width)


def _header_columns(phrase: list[Word], table: TableItem) -> list[int]:
    """The columns a header phrase heads: every column whose figures it stands over when it stands
    over those of two or more ("Количество детей, чел." over "всего | из них с ОВЗ"), else the
    column of its middle."""
    x0, x1 = phrase[0].x0, phrase[-1].x1
    spans = table.spans or []
    touched = [col for col, (low, high) in enumerate(spans) if low < high and min(x1, high) > max(x0, low)]
    if len(touched) >= 2:
        left, right = spans[touched[0]][0], spans[touched[-1]][1]
        if abs((x0 + x1) / 2 - (left + right) / 2) <= _GROUP_CENTRING * (right - left):
            return touched  # a group title centred over the columns it heads
    over = [
        col
        for col, (low, high) in enumerate(spans)
        if low < high and min(x1, high) - max(x0, low) >= _SPAN_OVERLAP * min(x1 - x0, high - low)
    ]
    return over if len(over) >= 2 else [_slot(table.xs, (x0 + x1) / 2)]


def _phrases(line: Line) -> list[list[Word]]:
    """The line's words in runs set with ordinary spaces (a header cell's words stay together)."""
    runs: list[list[Word]] = []
    for word in line.words:
        if runs and word.x0 - runs[-1][-1].x1 < _TABLE_CELL_GAP * line.size:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def continued_tables(pages: Sequence[PageContent]) -> None:
    """Rows of figures at the top of a page that stand in the columns of a table ending the page
    before (an ``Итого`` row pushed over the page break) become a piece of that table."""
    for before, page in itertools.pairwise(pages):
        if not before.tables or not page.lines or page.ocr:
            continue
        table = max(before.tables, key=lambda item: (item.flow, item.bottom))
        if any(line.flow >= table.flow and line.top > table.bottom for line in before.lines):
            continue  # text under the table: it ended on its page
        if any(item.top < page.lines[0].top for item in page.tables):
            continue
        rows: list[dict[int, list[Word]]] = []
        ordered = sorted(page.lines, key=lambda line: (line.flow, line.top))
        skip = _repeated_header(ordered, table)
        tail = _label_tail(ordered[skip:], table)
        for line in ordered[skip + len(tail) :]:
            parts = _cells_in(line, table)
            if parts is None:
                break
            rows.append(parts)
        if not rows:
            continue
        for line in tail:  # the rest of a name whose row the page break cut: "«Таловская СОШ»"
            _add_to_last_row(table, line)
        drop = ordered[: skip + len(tail)]
        page.lines = [line for line in page.lines if all(line is not other for other in drop)]
        ordered = ordered[skip + len(tail) :]
        taken = ordered[: len(rows)]
        cells = [
            TableCell(
                row=index,
                col=col,
                rowspan=1,
                colspan=1,
                lines=[make_line(parts[col], page.number, page.width).text] if col in parts else [],
                chars=sum(len(word.text) for word in parts.get(col, [])),
                bold_chars=sum(len(word.text) for word in parts.get(col, []) if word.bold),
            )
            for index, parts in enumerate(rows)
            for col in range(table.n_cols)
        ]
        ys = [line.top for line in taken] + [taken[-1].bottom]
        page.tables.append(
            TableItem(top=ys[0], bottom=ys[-1], xs=list(table.xs), ys=ys, cells=cells, page=page.number, header_rows=0)
        )
        page.lines = [line for line in page.lines if all(line is not other for other in taken)]


def _repeated_header(lines: list[Line], table: TableItem) -> int:
    """How many lines at the top of a page repeat the header of ``table`` (every word of them is a
    word of its header cells)."""
    rows = table.header_rows or 0
    words = {word.lower() for cell in table.cells if cell.row < rows for text in cell.lines for word in text.split()}
    count = 0
    while (
        count < len(lines)
        and words
        and all(part in words for word in lines[count].words for part in word.text.lower().split())
    ):
        count += 1
    return count


def _label_tail(lines: list[Line], table: TableItem) -> list[Line]:
    """Lines at the top of a page that end the last name of ``table``: one column, no figures, and
    either that name's quotes or brackets left open or the next row's own name in that column (so
    they are not the upper half of it)."""
    last = max((cell.row for cell in table.cells), default=-1)
    tail: list[Line] = []
    for index, line in enumerate(lines):
        parts = _by_column(line.words, table.xs)
        if len(parts) != 1 or any(_NUMERIC.match(word.text) for word in line.words):
            break
        (col,) = parts
        cell = next((cell for cell in table.cells if cell.row == last and cell.col == col), None)
        text = " ".join([*(cell.lines if cell else []), *(other.text for other in tail)])
        following = _by_column(lines[index + 1].words, table.xs) if index + 1 < len(lines) else {}
        open_name = text.count("«") > text.count("»") or text.count("(") > text.count(")")
        if cell is None or not cell.lines or not (open_name or (col in following and len(following) > 1)):
            break
        tail.append(line)
    return tail


def _add_to_last_row(table: TableItem, line: Line) -> None:
    _put_words(table, max(cell.row for cell in table.cells), _by_column(line.words, table.xs), line, on_top=False)


def _put_words(table: TableItem, row: int, parts: dict[int, list[Word]], line: Line, *, on_top: bool) -> None:
    """Add the words of ``line`` to the cells of ``row`` they stand in (column -> words), above or
    under the cells' own lines."""
    for cell in table.cells:
        words = parts.get(cell.col) if cell.row == row else None
        if not words:
            continue
        text = make_line(words, table.page, line.page_width).text
        if on_top:
            cell.lines.insert(0, text)
        else:
            cell.lines.append(text)
        cell.chars += sum(len(word.text) for word in words)
        cell.bold_chars += sum(len(word.text) for word in words if word.bold)


def _cells_in(line: Line, table: TableItem) -> dict[int, list[Word]] | None:
    """The line's words by the table's columns when it reads as a row of figures of that table."""
    if not _in_columns(line, table):
        return None
    parts = _by_column(line.words, table.xs)
    texts = {col: " ".join(word.text for word in words) for col, words in parts.items()}
    if len(parts) < 2 or not any(col and _NUMERIC.match(text) for col, text in texts.items()):
        return None
    return parts


def _in_columns(line: Line, table: TableItem) -> bool:
    """Every word of the line inside one of the table's columns, wide gaps at its column bounds."""
    tolerance = 0.2 * line.size
    columns = list(itertools.pairwise([-math.inf, *table.xs[1:-1], math.inf]))  # the outer edges bind nothing
    inside = all(
        any(left - tolerance <= word.x0 and word.x1 <= right + tolerance for left, right in columns)
        for word in line.words
    )
    return inside and _fits(line, _gutters_of(table), line.size)


def _header_top_line(line: Line, table: TableItem) -> bool:
    """The line just above the table holds the upper halves of its header cells: tight above it,
    no figures, every word inside one of its columns, and not the whole width of a caption."""
    if not table.header_rows or table.top - line.bottom > _TIGHT * line.size:
        return False
    if any(_NUMERIC.match(word.text) for word in line.words):
        return False
    if table.spans is not None:  # header phrases may stand over several columns
        return (
            line.x0 >= table.xs[0] - line.size
            and line.x1 <= table.xs[-1] + line.size
            and all(len(_header_columns(phrase, table)) < table.n_cols - 1 for phrase in _phrases(line))
        )
    return _in_columns(line, table)


def _first_row_top_line(line: Line, table: TableItem) -> bool:
    """The line just above a table without a header holds the upper half of its first row's
    centred label (a row cut by a page break): tight above it, no figures, in one of its columns
    that the first row goes on in."""
    if table.header_rows or table.top - line.bottom > _TIGHT * line.size:
        return False
    if any(_NUMERIC.match(word.text) for word in line.words) or not _in_columns(line, table):
        return False
    parts = _by_column(line.words, table.xs)
    return len(parts) == 1 and any(cell.row == 0 and cell.col in parts and cell.lines for cell in table.cells)


def _add_upper_half(table: TableItem, line: Line) -> None:
    """Put the words of ``line`` on top of the first row's cells they stand over."""
    _put_words(table, 0, _by_column(line.words, table.xs), line, on_top=True)
    table.top = min(table.top, line.top)
    table.ys[0] = table.top


def _gutters_of(table: TableItem) -> list[tuple[int, int]]:
    return [(math.floor(x) - 1, math.ceil(x) + 1) for x in table.xs[1:-1]]


def _add_header_line(table: TableItem, line: Line) -> None:
    """Put the words of ``line`` on top of the header cells they stand over."""
    parts = _by_column(line.words, table.xs)
    if table.spans is not None:
        parts = {}
        for phrase in _phrases(line):
            for col in _header_columns(phrase, table):
                parts.setdefault(col, []).extend(phrase)
    _put_words(table, 0, parts, line, on_top=True)
    table.top = min(table.top, line.top)
    table.ys[0] = table.top


def _widest_gap(line: Line) -> float:
    words = line.words
    return max((right.x0 - left.x1 for left, right in itertools.pairwise(words)), default=0.0)


def _table_at(
    lines: list[Line], start: int, page: PageContent, rows: int = _TABLE_ROWS
) -> tuple[TableItem, int] | None:
    """The table of at least ``rows`` rows starting at ``lines[start]`` and the index of the line
    after it, or None."""
    first = lines[start]
    size = first.size
    if len(first.words) < 2 or _widest_gap(first) < _TABLE_START_GAP * size:
        return None
    width = max(2, round(_TABLE_GUTTER * size))
    narrow = max(2, round(_NARROW_GUTTER * size))
    occupied = _mask(first.words)
    low, high = first.x0, first.x1
    gutters = _runs(_bits(low, high) & ~occupied, width)
    stop = start + 1
    while stop < len(lines):
        line = lines[stop]
        if line.top - lines[stop - 1].bottom > _TABLE_ROW_GAP * size or abs(line.size - size) > 1.0 or not line.words:
            break
        joined = occupied | _mask(line.words)
        new_low, new_high = min(low, line.x0), max(high, line.x1)
        clear = _runs(_bits(new_low, new_high) & ~joined, width)
        narrowed = gutters if len(_phrases(line)) == 1 else [gap for gap in gutters if gap[1] - gap[0] < width]
        if narrowed:
            clear = _keep_narrowed(narrowed, clear, _runs(_bits(new_low, new_high) & ~joined, narrow))
        if not clear or not _fits(line, clear, size):
            break
        prose = _widest_gap(line) < _TABLE_START_GAP * size
        if stop - start >= rows and prose and _fills_gutter(gutters, clear):
            break  # a line of running text under the table
        occupied, low, high, gutters = joined, new_low, new_high, clear
        stop += 1
    if stop - start < rows or not all(_fits(line, gutters, size) for line in lines[start:stop]):
        return None
    found = _build_table(lines[start:stop], gutters, page, rows)
    return None if found is None else (found[0], start + found[1])


def _keep_narrowed(
    gutters: list[tuple[int, int]], clear: list[tuple[int, int]], narrow: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A line of one phrase (half of a name centred on its row's figures) may narrow a gutter to a
    few points ("«Овсяницкая" ending just before the left-aligned figures) without closing it; the
    lines after it keep it that narrow."""
    kept = list(clear)
    for start, stop in gutters:
        if any(left < stop and start < right for left, right in clear):
            continue
        kept.extend((left, right) for left, right in narrow if left < stop and start < right)
    return sorted(kept)


def _fills_gutter(gutters: list[tuple[int, int]], clear: list[tuple[int, int]]) -> bool:
    """Some gutter kept clear so far has no clear run left in it."""
    return any(not any(start < right and left < stop for left, right in clear) for start, stop in gutters)


def _fits(line: Line, gutters: list[tuple[int, int]], size: float) -> bool:
    """The line leaves a wide gap at every gutter it has words on both sides of."""
    for start, stop in gutters:
        before = [word.x1 for word in line.words if word.x1 <= start + 1]
        after = [word.x0 for word in line.words if word.x0 >= stop - 1]
        if before and after and min(after) - max(before) < _TABLE_CELL_GAP * line.size:
            return False
    return True


@dataclass(slots=True)
class _TableRow:
    top: float
    bottom: float
    cells: dict[int, list[list[Word]]] = field(default_factory=dict)
    """Column -> the cell's lines (words of one line each)."""
    n_lines: int = 0

    def text(self, col: int) -> str:
        return " ".join(word.text for words in self.cells.get(col, []) for word in words)


def _build_table(
    lines: list[Line], gutters: list[tuple[int, int]], page: PageContent, min_rows: int = _TABLE_ROWS
) -> tuple[TableItem, int] | None:
    """The table the lines make and how many of them it takes (a one-cell line at the foot, such
    as a short paragraph under the table, is left out); None when they make no table."""
    low = min(line.x0 for line in lines)
    high = max(line.x1 for line in lines)
    bounds = [low, *((start + stop) / 2 for start, stop in gutters), high]
    n_cols = len(bounds) - 1
    dashed = _dash_led(lines, bounds)
    rows: list[_TableRow] = []
    previous: Line | None = None
    for line in lines:
        parts = _by_column(line.words, bounds)
        if dashed and rows:
            # "Бережная Ольга – заместитель главы …" / "Викторовна совета": a row starts at its dash
            goes_on = not _DASH.match(" ".join(word.text for word in parts.get(1, [])))
        else:
            goes_on = bool(rows) and previous is not None and _continues(rows[-1], parts, line, previous)
        if goes_on:
            row = rows[-1]
            row.bottom = line.bottom
        else:
            row = _TableRow(line.top, line.bottom)
            rows.append(row)
        for col, words in parts.items():
            row.cells.setdefault(col, []).append(words)
        row.n_lines += 1
        previous = line
    rows = _join_header_band(_join_upper_halves(rows, lines[0].size))
    while rows and len(rows[-1].cells) < 2:
        rows.pop()
    if sum(len(row.cells) >= 2 for row in rows) < min_rows:
        return None
    sparse = [col for col in range(n_cols) if sum(col in row.cells for row in rows) < 2]
    if sparse:  # a gap inside one cell's words: merge the column into its neighbour
        if n_cols <= 2:
            return None
        drop = max(sparse[0] - 1, 0)
        kept = gutters[:drop] + gutters[drop + 1 :]
        return _build_table(lines[: sum(row.n_lines for row in rows)], kept, page, min_rows)
    # (a table found under its header lines has no header row of its own: every row is a body row)
    body = rows if min_rows < _TABLE_ROWS else rows[1:]
    numeric = [col for col in range(1, n_cols) if _numeric_column(body, col)]
    numbered = n_cols >= 3 and _numbered_rows(rows, headless=body is rows)
    # a table of words only (an activity plan: "Мероприятие | Срок | Ответственный") shows itself by a
    # bold header row over three or more columns of plain rows
    headed = n_cols >= 3 and len(body) >= _TABLE_ROWS and _bold_header(rows)
    if not numeric and not numbered and not dashed and not headed:
        return None
    header_rows = 0 if dashed and not numeric else _header_rows(rows, numeric, numbered)
    ys = [row.top for row in rows] + [rows[-1].bottom]
    cells: list[TableCell] = []
    for row_index, row in enumerate(rows):
        for col in range(n_cols):
            cell = TableCell(row=row_index, col=col, rowspan=1, colspan=1)
            for words in row.cells.get(col, []):
                cell.lines.append(make_line(words, page.number, page.width).text)
                cell.chars += sum(len(word.text) for word in words)
                cell.bold_chars += sum(len(word.text) for word in words if word.bold)
            cells.append(cell)
    table = TableItem(
        top=rows[0].top,
        bottom=rows[-1].bottom,
        xs=bounds,
        ys=ys,
        cells=cells,
        page=page.number,
        header_rows=header_rows,
    )
    return table, sum(row.n_lines for row in rows)


_DASH = re.compile(r"^[–—-]\s")
_DASH_ROWS = 3


def _dash_led(lines: list[Line], bounds: list[float]) -> bool:
    """Two columns whose right one opens with a dash on most lines that have both ("Кожин Виталий |
    – начальник Управления образования"): a list of names and roles (or terms and meanings) laid
    out without ruling lines."""
    if len(bounds) != 3:
        return False
    led = both = 0
    for line in lines:
        parts = _by_column(line.words, bounds)
        left = " ".join(word.text for word in parts.get(0, []))
        right = " ".join(word.text for word in parts.get(1, []))
        if left and right:
            both += 1
            led += bool(_DASH.match(right)) and left[:1].isupper()
    # most lines with two parts open a row with a dash (the others are wrapped lines of both cells)
    return led >= _DASH_ROWS and led * 3 >= both * 2


def _continues(row: _TableRow, parts: dict[int, list[Word]], line: Line, previous: Line) -> bool:
    """The line is the next line of the row's cells: tight under the line above, and either one
    cell's words not starting with a capital (a wrapped label) or lower-case words in every cell
    (a header's second line)."""
    if line.top - previous.bottom > _TIGHT * line.size:
        return False
    texts = [" ".join(word.text for word in words) for _, words in sorted(parts.items())]
    if any(_NUMERIC.match(text) for text in texts):
        return False
    if len(parts) == 1:
        (col,) = parts
        above = row.text(col)
        if above and all(word.bold for word in parts[col]) and not any(word.bold for word in row.cells[col][-1]):
            return False  # a bold heading right under the table ("4. Проблемные вопросы")
        starts_low = not texts[0][:1].isupper()
        if above:
            return starts_low or above[-1:] in "-,(«"
        # an empty cell of the row: the lower half of a vertically centred cell, or one more cell
        # of a row of lines that fill one cell each (the upper halves of centred cells)
        return starts_low or not any(_NUMERIC.match(row.text(other)) for other in row.cells)
    return all(text[:1].islower() or text[:1] in "(«" for text in texts)


def _join_upper_halves(rows: list[_TableRow], size: float) -> list[_TableRow]:
    """Rows of vertically centred cells: the lines above a row's middle line (no numbers in them,
    tight above it, each going on in the row below without a capital) join that row; a label
    centred on a row of figures that leave its cell empty ("ИП Гусева Алёна / 7 … / Викторовна")
    takes the line tight under them too."""
    joined: list[_TableRow] = []
    centred: set[int] = set()  # columns of the last row filled from the line above its figures
    for row in rows:
        if joined and _upper_half(joined[-1], row, size):
            upper = joined.pop()
            centred = {col for col in upper.cells if col not in row.cells}
            for col, lines in upper.cells.items():
                row.cells[col] = lines + row.cells.get(col, [])
            row.top = upper.top
            row.n_lines += upper.n_lines
        elif (
            joined
            and centred
            and set(row.cells) <= centred
            and row.top - joined[-1].bottom <= _TIGHT * size
            and not any(_NUMERIC.match(row.text(col)) for col in row.cells)
        ):
            lower = joined[-1]
            for col, lines in row.cells.items():
                lower.cells[col].extend(lines)
            lower.bottom = row.bottom
            lower.n_lines += row.n_lines
            centred = set()
            continue
        else:
            centred = set()
        joined.append(row)
    return joined


def _upper_half(upper: _TableRow, row: _TableRow, size: float) -> bool:
    if row.top - upper.bottom > _TIGHT * size or len(upper.cells) >= len(row.cells):
        return False
    if any(_NUMERIC.match(upper.text(col)) for col in upper.cells):
        return False
    figures = any(_NUMERIC.match(row.text(col)) for col in row.cells if col)
    return all(
        (col not in row.cells and figures)  # the cell is empty on the row's line of figures
        or (col in row.cells and not row.text(col)[:1].isupper() and not _NUMERIC.match(row.text(col)))
        for col in upper.cells
    )  # a number is never the last line of a wrapped cell


def _join_header_band(rows: list[_TableRow]) -> list[_TableRow]:
    """The rows above the first row of figures are one header: the lines of header cells set
    side by side, centred vertically, with different numbers of lines (``Подано на / НОК`` beside
    ``Не / прошли`` beside ``Доля / прошедших, / %``)."""
    first_data = next((index for index, row in enumerate(rows) if _data_row(row)), 0)
    if not 1 < first_data <= _HEADER_BAND_ROWS:
        return rows
    band = rows[:first_data]
    header = _TableRow(band[0].top, band[-1].bottom)
    for row in band:
        for col, lines in row.cells.items():
            header.cells.setdefault(col, []).extend(lines)
        header.n_lines += row.n_lines
    return [header, *rows[first_data:]]


def _data_row(row: _TableRow) -> bool:
    """A row of figures: a number (not a year) right of the first column, or a row number in it."""
    if _ROW_NUMBER.match(row.text(0)):
        return True
    return any(_NUMERIC.match(text) and not _YEAR.match(text) for col in row.cells if col and (text := row.text(col)))


def _numeric_column(rows: list[_TableRow], col: int) -> bool:
    texts = [row.text(col) for row in rows if col in row.cells]
    numbers = sum(bool(_NUMERIC.match(text)) for text in texts)
    return numbers >= 2 and numbers >= _NUMERIC_SHARE * len(texts)


def _numbered_rows(rows: list[_TableRow], headless: bool = False) -> bool:
    """The rows below the first (``headless``: all rows) are numbered 1, 2, 3 … (or go on counting)
    in the first column."""
    numbers = [_ROW_NUMBER.match(row.text(0)) for row in rows[0 if headless else 1 :]]
    if len(numbers) < (2 if headless else _TABLE_ROWS - 1) or not all(numbers):
        return False
    values = [int(match.group(1)) for match in numbers if match]
    first = _ROW_NUMBER.match(rows[0].text(0))
    if first:
        values.insert(0, int(first.group(1)))
    return all(later == earlier + 1 for earlier, later in itertools.pairwise(values))


def _header_rows(rows: list[_TableRow], numeric: list[int], numbered: bool) -> int:
    """1 when the first row heads the table (see the module docstring), else 0."""
    if len(rows) < 3:
        return 0
    if _bold_header(rows):
        return 1
    if numbered and not _ROW_NUMBER.match(rows[0].text(0)):
        return 1
    heads = [rows[0].text(col) for col in numeric if col in rows[0].cells]
    if heads and all(not _NUMERIC.match(text) or _YEAR.match(text) for text in heads):
        body = [row.text(col) for row in rows[1:] for col in numeric if col in row.cells]
        return 0 if all(_YEAR.match(text) for text in body) else 1
    return 0


def _bold_header(rows: list[_TableRow]) -> bool:
    """The first row is bold and no other is."""
    return _bold_share(rows[0]) >= 0.6 and all(_bold_share(row) < 0.6 for row in rows[1:])


def _bold_share(row: _TableRow) -> float:
    chars = bold = 0
    for lines in row.cells.values():
        for words in lines:
            for word in words:
                chars += len(word.text)
                bold += len(word.text) if word.bold else 0
    return bold / chars if chars else 0.0
