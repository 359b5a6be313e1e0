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
from collections.abc import Iterator, Sequence
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
        """Texts of the last header row laid out on the column grid ("" where no cell)."""
        header_rows = [row for row in self.rows if row.is_header]
        if not header_rows:
            return []
        return self.row_texts(header_rows[-1])

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
        self._pending_tables: list[tuple[list[RawRow], int, int | None]] = []
        self.warnings: list[str] = []

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
    ) -> None:
        """Add a heading, paragraph or list item. Empty text (after cleaning) is skipped."""
        body = _clean_block_text(text)
        if not body and not label:
            return
        self._flush_table()
        label = _clean_block_text(label) if label else None
        start = self._open_block()
        body_start = start
        if label:
            self._write(label)
            if body:
                self._write(" ")
            body_start = self._length
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
            )
        )

    # -- tables
    def add_table(self, rows: Sequence[RawRow], *, n_cols: int | None = None, page: int | None = None) -> None:
        """Add a table. A table that directly follows another one with the same header
        (a repeated header after a page break) is merged into it."""
        rows = [row for row in rows if any(_clean_cell_text(cell.text) for _, cell in row.cells)]
        if not rows:
            return
        width = n_cols or max((col + cell.colspan for row in rows for col, cell in row.cells), default=0)
        if self._pending_tables:
            previous_rows, previous_width, _ = self._pending_tables[-1]
            if previous_width == width and _continues(previous_rows, rows):
                previous_rows.extend(row for row in rows if not row.is_header)
                return
            if previous_width == width and not any(row.is_header for row in rows):
                previous_rows.extend(rows)
                return
        self._flush_table()
        self._pending_tables.append((list(rows), width, page))

    def _flush_table(self) -> None:
        while self._pending_tables:
            rows, width, page = self._pending_tables.pop(0)
            self._lay_out_table(rows, width, page)

    def _lay_out_table(self, raw_rows: list[RawRow], width: int, page: int | None) -> None:
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
                text = _clean_cell_text(raw_cell.text)
                cell_start = self._length
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
            )
        )

    # -- finishing
    def build(self) -> Document:
        """Finish the document."""
        self._flush_table()
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


def _clean_block_text(text: str) -> str:
    lines = [_INLINE_SPACE.sub(" ", line).strip() for line in clean_text(text).split("\n")]
    return "\n".join(line for line in lines if line)


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
