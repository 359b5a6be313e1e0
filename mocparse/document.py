"""One document model for every input format.

A :class:`Document` is an ordered list of :class:`Block` objects over one canonical plain
text. Every block, table row and table cell knows its half-open ``[start, stop)`` span in
``Document.text``; ``document.text[block.start:block.stop]`` is always the block's text.

Canonical text layout (the same for every reader, so TXT, DOCX and PDF of one report give
the same text modulo whitespace):

* blocks are separated by one blank line (``"\\n\\n"``);
* a list item is written as ``"<label> <body>"`` (``"1. Организация ..."``);
* a table is written row by row, one line per row, cells separated by ``"\\t"``;
  a line break inside a cell becomes a space.

Readers never compute offsets themselves: they describe blocks with
:class:`DocumentBuilder`, which lays out the text and the offsets in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mocparse.normalize import clean_text
from mocparse.paths import path_text

BLOCK_SEPARATOR = "\n\n"
ROW_SEPARATOR = "\n"
CELL_SEPARATOR = "\t"


class BlockKind(StrEnum):
    """What a block is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    NOTE = "note"
    """A footnote or endnote, laid out after the body; ``label`` is its mark, ``note_ref`` where the mark was."""


class Span(BaseModel):
    """A half-open character range ``[start, stop)`` in the canonical text."""

    model_config = ConfigDict(frozen=True)

    start: int
    stop: int

    def __len__(self) -> int:
        return self.stop - self.start

    def contains(self, offset: int) -> bool:
        """True when ``offset`` falls inside the span."""
        return self.start <= offset < self.stop


class Cell(BaseModel):
    """One logical table cell; a merged cell appears once, with its spans."""

    text: str
    start: int
    stop: int
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    is_header: bool = False


class Row(BaseModel):
    """One table row."""

    cells: list[Cell]
    start: int
    stop: int
    is_header: bool = False
    is_column_numbers: bool = False
    page: int | None = None


class Table(BaseModel):
    """A table: rows of logical cells, header rows marked."""

    rows: list[Row]
    n_cols: int

    @property
    def header(self) -> list[str]:
        """The label of every grid column: all its header rows combined (see :attr:`column_headers`)."""
        return self.column_headers

    @property
    def column_headers(self) -> list[str]:
        """Per grid column, the texts of all its header rows joined top to bottom (a title merged over
        several columns comes before each sub-title: ``"Срок начало"``, ``"Срок окончание"``); a row of
        column numbers is left out, a cell merged over several header rows counts once; ``[]`` without
        a header row."""
        header_rows = [row for row in self.rows if row.is_header and not row.is_column_numbers]
        if not header_rows:
            return []
        labels: list[list[str]] = [[] for _ in range(self.n_cols)]
        for row in header_rows:
            for col, text in enumerate(self.row_texts(row)):
                if text and (not labels[col] or labels[col][-1] != text):
                    labels[col].append(text)
        return [" ".join(parts) for parts in labels]

    def header_group(self, col: int) -> list[int]:
        """The grid columns under the same top header cell as ``col`` (``[col]`` when that cell spans
        one column or the table has one header row): ``Срок`` over ``начало | окончание``."""
        header_rows = [row for row in self.rows if row.is_header and not row.is_column_numbers]
        if len(header_rows) < 2:
            return [col]
        for cell in header_rows[0].cells:
            if cell.col <= col < cell.col + cell.colspan and cell.rowspan < len(header_rows):
                return list(range(cell.col, min(cell.col + cell.colspan, self.n_cols)))
        return [col]

    @property
    def body_rows(self) -> list[Row]:
        """Rows that carry data: not headers, not a row of column numbers."""
        return [row for row in self.rows if not row.is_header and not row.is_column_numbers]

    def row_texts(self, row: Row) -> list[str]:
        """The row's texts on the column grid; a merged cell fills every column it spans."""
        texts = [""] * self.n_cols
        for cell in row.cells:
            for col in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                texts[col] = cell.text
        return texts

    def cell_at(self, row_index: int, col: int) -> Cell | None:
        """The logical cell covering grid position (row_index, col), following merges."""
        for row in self.rows[: row_index + 1][::-1]:
            for cell in row.cells:
                covers_col = cell.col <= col < cell.col + cell.colspan
                covers_row = cell.row <= row_index < cell.row + cell.rowspan
                if covers_col and covers_row:
                    return cell
        return None


class Block(BaseModel):
    """A heading, paragraph, list item or table, with its span in the canonical text."""

    index: int
    kind: BlockKind
    start: int
    stop: int
    body_start: int = Field(description="Where the text after a list label starts (== start without one).")
    page: int | None = None
    label: str | None = Field(default=None, description="Visible list label, e.g. '1.', '1.1.', 'а)', '-'.")
    level: int = 0
    style: str | None = None
    table: Table | None = None
    ocr: bool = Field(default=False, description="The text was recognized from an image (OCR), not read.")
    note_ref: int | None = Field(
        default=None, description="Notes: offset in the canonical text where the reference mark stood (None: unknown)."
    )


class SourceInfo(BaseModel):
    """Where a document came from."""

    path: str
    format: str
    sha256: str
    pages: int | None = None
    size: int = 0

    @field_validator("path")
    @classmethod
    def _writable_path(cls, path: str) -> str:
        """A file name that is not UTF-8 is kept with ``\\xNN`` escapes (mocparse.paths)."""
        return path_text(path)


class Document(BaseModel):
    """Canonical text plus ordered blocks; what every extractor reads."""

    text: str
    blocks: list[Block]
    source: SourceInfo
    warnings: list[str] = Field(default_factory=list)

    def block_text(self, block: Block) -> str:
        """The block's full text (label included)."""
        return self.text[block.start : block.stop]

    def block_body(self, block: Block) -> str:
        """The block's text without its list label."""
        return self.text[block.body_start : block.stop]

    def iter_kind(self, *kinds: BlockKind) -> Iterator[Block]:
        """Blocks of the given kinds, in order."""
        return (block for block in self.blocks if block.kind in kinds)

    @property
    def tables(self) -> list[Block]:
        """Table blocks, in order."""
        return list(self.iter_kind(BlockKind.TABLE))

    def block_at(self, offset: int) -> Block | None:
        """The block whose span contains ``offset``."""
        low, high = 0, len(self.blocks) - 1
        while low <= high:
            mid = (low + high) // 2
            block = self.blocks[mid]
            if offset < block.start:
                high = mid - 1
            elif offset >= block.stop:
                low = mid + 1
            else:
                return block
        return None


# --------------------------------------------------------------------------- builder

_INLINE_SPACE = re.compile(r"[ \t]+")
_CELL_SPACE = re.compile(r"\s+")


class RawCell(BaseModel):
    """A table cell as a reader sees it, before layout."""

    text: str
    rowspan: int = 1
    colspan: int = 1


class RawRow(BaseModel):
    """A table row as a reader sees it; ``cells`` skip grid positions covered by merges."""

    cells: list[tuple[int, RawCell]]
    is_header: bool = False
    page: int | None = None


class DocumentBuilder:
    """Lays out blocks into canonical text and offsets; the only place offsets are made."""

    def __init__(self, source: SourceInfo) -> None:
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._pending_tables: list[tuple[list[RawRow], int, int | None, bool]] = []
        self._note_keys: list[str] = []
        self._note_refs: dict[str, int] = {}
        self._notes: list[tuple[str, str, str, int | None, bool]] = []
        self.warnings: list[str] = []

    # -- notes
    def note_mark(self, key: str) -> str:
        """A placeholder to put in a block's or cell's text where the reference mark of note ``key``
        stands; the builder removes it and records the offset as the note's ``note_ref``."""
        if key not in self._note_keys:
            if len(self._note_keys) >= _MAX_NOTES:
                return ""
            self._note_keys.append(key)
        return chr(_MARK_BASE + self._note_keys.index(key))

    def add_note(self, key: str, label: str, text: str, *, page: int | None = None, ocr: bool = False) -> None:
        """Add a footnote or endnote; notes are laid out after every other block, in the order of
        their reference marks (notes never referenced last, in the order added)."""
        self._notes.append((key, label, text, page, ocr))

    # -- text blocks
    def add_text(
        self,
        kind: BlockKind,
        text: str,
        *,
        label: str | None = None,
        level: int = 0,
        page: int | None = None,
        style: str | None = None,
        ocr: bool = False,
    ) -> None:
        """Add a heading, paragraph or list item. Empty text (after cleaning) is skipped."""
        self._flush_table()
        self._add_text(kind, text, label=label, level=level, page=page, style=style, ocr=ocr)

    def _add_text(
        self,
        kind: BlockKind,
        text: str,
        *,
        label: str | None = None,
        level: int = 0,
        page: int | None = None,
        style: str | None = None,
        ocr: bool = False,
        note_ref: int | None = None,
    ) -> None:
        body, marks = _take_marks(_clean_block_text(text), len(self._note_keys))
        if not body.strip() and not label:
            return
        label = _clean_block_text(label) if label else None
        start = self._open_block()
        body_start = start
        if label:
            self._write(label)
            if body:
                self._write(" ")
            body_start = self._length
        self._record_marks(body_start, marks)
        self._write(body)
        self._blocks.append(
            Block(
                index=len(self._blocks),
                kind=kind,
                start=start,
                stop=self._length,
                body_start=body_start,
                page=page,
                label=label,
                level=level,
                style=style,
                ocr=ocr,
                note_ref=note_ref,
            )
        )

    def _record_marks(self, offset: int, marks: list[tuple[int, int]]) -> None:
        for position, index in marks:
            self._note_refs.setdefault(self._note_keys[index], offset + position)

    # -- tables
    def add_table(
        self,
        rows: Sequence[RawRow],
        *,
        n_cols: int | None = None,
        page: int | None = None,
        ocr: bool = False,
        separate: bool = False,
    ) -> None:
        """Add a table. A table that directly follows another one with the same header
        (a repeated header after a page break) is merged into it, unless ``separate`` (a table
        that was nested in a cell of the one before)."""
        rows = [row for row in rows if any(_clean_cell_text(cell.text) for _, cell in row.cells)]
        if not rows:
            return
        rows = [split for row in rows for split in _unstacked(row)]
        width = n_cols or max((col + cell.colspan for row in rows for col, cell in row.cells), default=0)
        if self._pending_tables and not separate:
            previous_rows, previous_width, _, _ = self._pending_tables[-1]
            if previous_width == width and _continues(previous_rows, rows):
                previous_rows.extend(row for row in rows if not row.is_header)
                return
            if previous_width == width and not any(row.is_header for row in rows):
                previous_rows.extend(rows)
                return
        self._flush_table()
        self._pending_tables.append((list(rows), width, page, ocr))

    def _flush_table(self) -> None:
        while self._pending_tables:
            rows, width, page, ocr = self._pending_tables.pop(0)
            for caption, part, part_width in _inner_header_parts(rows, width):
                if caption:
                    self._add_text(BlockKind.PARAGRAPH, caption, page=page, ocr=ocr)
                self._lay_out_table(part, part_width, page, ocr)

    def _lay_out_table(self, raw_rows: list[RawRow], width: int, page: int | None, ocr: bool) -> None:
        start = self._open_block()
        rows: list[Row] = []
        for row_index, raw in enumerate(raw_rows):
            if row_index:
                self._write(ROW_SEPARATOR)
            row_start = self._length
            cells: list[Cell] = []
            for position, (col, raw_cell) in enumerate(raw.cells):
                if position:
                    self._write(CELL_SEPARATOR)
                text, marks = _take_marks(_clean_cell_text(raw_cell.text), len(self._note_keys))
                cell_start = self._length
                self._record_marks(cell_start, marks)
                self._write(text)
                cells.append(
                    Cell(
                        text=text,
                        start=cell_start,
                        stop=self._length,
                        row=row_index,
                        col=col,
                        rowspan=raw_cell.rowspan,
                        colspan=raw_cell.colspan,
                        is_header=raw.is_header,
                    )
                )
            rows.append(
                Row(
                    cells=cells,
                    start=row_start,
                    stop=self._length,
                    is_header=raw.is_header,
                    is_column_numbers=_is_column_number_row(cells),
                    page=raw.page if raw.page is not None else page,
                )
            )
        self._blocks.append(
            Block(
                index=len(self._blocks),
                kind=BlockKind.TABLE,
                start=start,
                stop=self._length,
                body_start=start,
                page=page,
                table=Table(rows=rows, n_cols=width),
                ocr=ocr,
            )
        )

    # -- finishing
    def build(self) -> Document:
        """Finish the document: the notes go after every other block."""
        self._flush_table()
        order = {
            key: position for position, key in enumerate(sorted(self._note_refs, key=lambda key: self._note_refs[key]))
        }
        notes = sorted(self._notes, key=lambda note: order.get(note[0], len(order)))
        for key, label, text, page, ocr in notes:
            marks_free = "".join(char for char in text if not _MARK_BASE <= ord(char) < _MARK_BASE + _MAX_NOTES)
            self._add_text(
                BlockKind.NOTE, marks_free, label=label, page=page, ocr=ocr, note_ref=self._note_refs.get(key)
            )
        return Document(
            text="".join(self._parts),
            blocks=self._blocks,
            source=self._source,
            warnings=self.warnings,
        )

    def _open_block(self) -> int:
        if self._length:
            self._write(BLOCK_SEPARATOR)
        return self._length

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)


_MARK_BASE = 0xF0000
"""Note reference placeholders are characters of Supplementary Private Use Area-A."""
_MAX_NOTES = 0xFFFFD - _MARK_BASE + 1
_MARKS = re.compile(f"[{chr(_MARK_BASE)}-{chr(_MARK_BASE + _MAX_NOTES - 1)}]")
_CLOSING = frozenset(".,;:!?)]»")


def _take_marks(text: str, count: int) -> tuple[str, list[tuple[int, int]]]:
    """Remove the placeholders of the ``count`` notes marked so far; return the text and (position,
    note index) of each. A space left before a removed mark is dropped when a space, a closing sign
    or the end follows. Other characters of the placeholder range are left alone."""
    if not count or not _MARKS.search(text):
        return text, []
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    last = 0
    for match in _MARKS.finditer(text):
        if ord(match.group()) - _MARK_BASE >= count:
            continue
        piece = text[last : match.start()]
        after = text[match.end() : match.end() + 1]
        if piece.endswith(" ") and (not after or after == " " or after in _CLOSING):
            piece = piece[:-1]
        parts.append(piece)
        length += len(piece)
        marks.append((length, ord(match.group()) - _MARK_BASE))
        last = match.end()
    parts.append(text[last:])
    joined = "".join(parts)
    if joined.startswith(" "):  # a mark that opened the text
        joined = joined[1:]
        marks = [(max(0, position - 1), index) for position, index in marks]
    return joined, marks


def _clean_block_text(text: str) -> str:
    lines = [_INLINE_SPACE.sub(" ", line).strip() for line in clean_text(text).split("\n")]
    return "\n".join(line for line in lines if line)


_FIGURE = re.compile(r"^[-–+]?\d[\d\s\u00a0,.]*%?$")
_INNER_HEADER_CELLS = 3
_INNER_HEADER_TEXT = 40
_INNER_BODY_ROWS = 2


def _inner_header_parts(rows: list[RawRow], width: int) -> list[tuple[str | None, list[RawRow], int]]:
    """A table cut where a body row heads the rows below it: a row of three short word cells or more
    ("Год | Всего | Местный бюджет | Областной бюджет") over two rows of figures or more in those
    columns, inside a passport table of label–value rows. The rows from there on are a table of their
    own with that row as its header; a cell merged down over them beside it ("Объёмы финансирования
    (тыс. рублей)") becomes the caption before it. Returns (caption, rows, width) parts."""
    for index in range(1, len(rows) - _INNER_BODY_ROWS):
        row = rows[index]
        if row.is_header:
            continue
        words = {col: _clean_cell_text(cell.text) for col, cell in row.cells}
        label = next(((col, cell) for col, cell in row.cells if cell.rowspan > 1), None)
        heads = {col: text for col, text in words.items() if label is None or col != label[0]}
        if len(heads) < _INNER_HEADER_CELLS or not all(
            text and not any(char.isdigit() for char in text) and len(text) <= _INNER_HEADER_TEXT
            for text in heads.values()
        ):
            continue
        body = 0
        for following in rows[index + 1 :]:
            figures = sum(
                1 for col, cell in following.cells if col in heads and _FIGURE.match(_clean_cell_text(cell.text))
            )
            if figures < 2:
                break
            body += 1
        if body < _INNER_BODY_ROWS:
            continue
        end = index + 1 + body
        caption = None
        shift = 0
        if label is not None and label[0] == min(words) and label[1].rowspan >= 1 + body:
            caption, shift = _clean_cell_text(label[1].text), label[0] + label[1].colspan
        part = [
            RawRow(
                cells=[(col - shift, cell) for col, cell in raw.cells if col >= shift],
                is_header=position == 0,
                page=raw.page,
            )
            for position, raw in enumerate(rows[index:end])
        ]
        before = [(None, rows[:index], width)]
        rest = _inner_header_parts(rows[end:], width) if end < len(rows) else []
        return [*before, (caption, part, width - shift), *rest]
    return [(None, rows, width)] if rows else []


_STACKED_VALUE = re.compile(r"[≥≤<>~≈]?\s*\d[\d\s\u00a0]*(?:[.,]\d+)?\s*%?")
"""A line that is a figure alone (a sign before it, a percent after it): a value stacked in a cell."""


def _unstacked(row: RawRow) -> list[RawRow]:
    """A row whose cells hold stacked lines in step, one value per line beside one name per line
    ("– художественная / – техническая …" beside "44 / 20 …", paragraphs of one cell), as one row
    per line; a first name line that ends with ":" leads the others ("из них по направленностям:")
    and stays a row of its own. Names and values paired by slashes on one line ("Краткосрочные
    программы / модульные программы" beside "17 / 5") are split the same way."""
    if row.is_header:
        return [row]
    split = _split_in_step(row, lambda text: text.split("\n"))
    if len(split) == 1:
        split = _split_in_step(row, _SLASHED.split)
    return split


_SLASHED = re.compile(r"\s+/\s+")
_SHARED_UNIT = re.compile(r",\s*[а-яё]{1,6}\.?$")


def _split_in_step(row: RawRow, parts_of: Callable[[str], list[str]]) -> list[RawRow]:
    lines = [[line.strip() for line in parts_of(cell.text) if line.strip()] for _, cell in row.cells]
    values = [
        index
        for index, cell_lines in enumerate(lines)
        if len(cell_lines) > 1 and all(_STACKED_VALUE.fullmatch(line) for line in cell_lines)
    ]
    if not values or len({len(lines[index]) for index in values}) != 1:
        return [row]
    count = len(lines[values[0]])
    names = [index for index, cell_lines in enumerate(lines) if index not in values and len(cell_lines) > 1]
    if len(names) != 1:
        return [row]
    name_lines = lines[names[0]]
    lead = name_lines[0] if len(name_lines) == count + 1 and name_lines[0].endswith(":") else None
    if len(name_lines) != count and lead is None:
        return [row]
    if lead is not None:
        name_lines = name_lines[1:]
    shared = _SHARED_UNIT.search(name_lines[-1])
    if shared is not None:  # "Краткосрочные программы / модульные программы, ед.": the unit is every name's
        name_lines = [line if _SHARED_UNIT.search(line) else line + shared.group() for line in name_lines]
    split: list[RawRow] = []
    if lead is not None:
        split.append(
            RawRow(
                cells=[
                    (
                        col,
                        RawCell(
                            text=lead if index == names[0] else cell.text if index not in values else "",
                            rowspan=cell.rowspan,
                            colspan=cell.colspan,
                        ),
                    )
                    for index, (col, cell) in enumerate(row.cells)
                ],
                page=row.page,
            )
        )
    for line in range(count):
        cells: list[tuple[int, RawCell]] = []
        for index, (col, cell) in enumerate(row.cells):
            if index == names[0]:
                text = name_lines[line]
            elif index in values:
                text = lines[index][line]
            else:
                text = cell.text if line == 0 and lead is None else ""
            cells.append((col, RawCell(text=text, rowspan=cell.rowspan, colspan=cell.colspan)))
        split.append(RawRow(cells=cells, page=row.page))
    return split


def _clean_cell_text(text: str) -> str:
    return _CELL_SPACE.sub(" ", clean_text(text)).strip()


def _row_key(row: RawRow) -> tuple[str, ...]:
    return tuple(_clean_cell_text(cell.text).lower() for _, cell in row.cells)


def _continues(previous: list[RawRow], rows: list[RawRow]) -> bool:
    """True when ``rows`` start with a repeat of the header of ``previous``."""
    previous_header = [row for row in previous if row.is_header]
    return bool(previous_header) and _row_key(rows[0]) == _row_key(previous_header[0])


_NUMBER_CELL = re.compile(r"^\d{1,2}\.?$")


def _is_column_number_row(cells: list[Cell]) -> bool:
    """A row ``1 | 2 | 3 | ...`` that numbers the columns and is not data."""
    if len(cells) < 3 or not all(_NUMBER_CELL.match(cell.text) for cell in cells):
        return False
    numbers = [int(cell.text.rstrip(".")) for cell in cells]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))
