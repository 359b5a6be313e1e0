"""Render a :class:`~mocparse.document.Document` (read from the TXT corpus) as a real DOCX.

The DOCX exercises what the DOCX reader has to undo: headings in Heading styles, numbered
list items as real Word auto-numbering (numbering.xml definitions, no typed label), bullets,
tables with a repeated header row (``w:tblHeader``) and borders, a table split in two Word
tables across a page break (the builder merges them back), and explicit page breaks.

``python scripts/render_docx.py`` regenerates ``corpus/docx/<stem>.docx`` for every
``corpus/txt/<stem>.txt``. The output is byte-for-byte deterministic.
"""

from __future__ import annotations

import io
import itertools
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mocparse.document import Block, BlockKind, Document, Table  # noqa: E402
from mocparse.readers.base import read  # noqa: E402

_DECIMAL = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)([.)]?)$")
_LETTER = re.compile(r"^([а-яa-z])([.)])$")
_ROMAN = re.compile(r"^([IVXLC]{1,6})([.)])$")
# Word's russianLower sequence leaves out ё, й, ъ, ы, ь.
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_BLOCKS_PER_PAGE = 20
_FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- list planning


@dataclass(frozen=True, slots=True)
class _LabelKind:
    fmt: str  # Word numFmt
    suffix: str  # what follows the last number: ".", ")" or ""


@dataclass(slots=True)
class _Group:
    """One Word list: consecutive numbering that continues, possibly across other blocks."""

    kind: _LabelKind
    start: int
    counters: list[int]
    multilevel: bool = False
    num_id: int = 0


@dataclass(slots=True)
class _ListPlan:
    groups: list[_Group] = field(default_factory=list)
    item_group: dict[int, tuple[_Group, int]] = field(default_factory=dict)  # block index -> (group, ilvl)
    bullets: set[int] = field(default_factory=set)


def _parse_label(label: str) -> tuple[_LabelKind, list[int]] | None:
    """A label Word can generate, as (kind, numbers per level); None when it must be typed."""
    match = _DECIMAL.match(label)
    if match and (match.group(2) or "." in match.group(1)):
        return _LabelKind("decimal", match.group(2)), [int(part) for part in match.group(1).split(".")]
    match = _LETTER.match(label)
    if match:
        letter = match.group(1)
        alphabet, fmt = (_RUSSIAN, "russianLower") if letter in _RUSSIAN else (_LATIN, "lowerLetter")
        if letter in alphabet:
            return _LabelKind(fmt, match.group(2)), [alphabet.index(letter) + 1]
        return None
    match = _ROMAN.match(label)
    if match:
        value = _roman_value(match.group(1))
        return (_LabelKind("upperRoman", match.group(2)), [value]) if value else None
    return None


def _roman_value(text: str) -> int:
    values = [_ROMAN_VALUES[char] for char in text]
    total = sum(-value if index + 1 < len(values) and value < values[index + 1] else value
                for index, value in enumerate(values))  # fmt: skip
    return total if total > 0 else 0


def _continues(group: _Group, numbers: list[int]) -> bool:
    level = len(numbers) - 1
    if level < len(group.counters):
        return numbers[:level] == group.counters[:level] and numbers[level] == group.counters[level] + 1
    return level == len(group.counters) and numbers[:level] == group.counters and numbers[level] == 1


def plan_lists(document: Document) -> _ListPlan:
    """Group the document's list items into Word lists; items left out get typed labels."""
    plan = _ListPlan()
    current: _Group | None = None
    for block in document.blocks:
        if block.kind is not BlockKind.LIST_ITEM or not block.label:
            continue
        if block.label == "-":
            plan.bullets.add(block.index)
            continue
        parsed = _parse_label(block.label)
        if parsed is None:
            continue
        kind, numbers = parsed
        if current is not None and current.kind == kind and _continues(current, numbers):
            current.counters = numbers
            current.multilevel = current.multilevel or len(numbers) > 1
        elif len(numbers) == 1:
            current = _Group(kind=kind, start=numbers[0], counters=numbers)
            plan.groups.append(current)
        else:
            continue  # a deeper label that does not continue a list: typed
        plan.item_group[block.index] = (current, len(numbers) - 1)
    return plan


# --------------------------------------------------------------------------- numbering.xml


class _NumberingWriter:
    """Adds abstract numbering definitions and instances to the document's numbering part."""

    def __init__(self, word: WordDocument) -> None:
        self._root = word.part.numbering_part.element
        abstract_ids = [int(el.get(qn("w:abstractNumId"))) for el in self._root.iter(qn("w:abstractNum"))]
        num_ids = [int(el.get(qn("w:numId"))) for el in self._root.iter(qn("w:num"))]
        self._next_abstract = max(abstract_ids, default=-1) + 1
        self._next_num = max(num_ids, default=0) + 1

    def abstract(self, fmt: str, suffix: str, multilevel: bool, start: int = 1) -> int:
        """A new abstract definition: single level ``%1.``, multi-level ``%1.%2.``, or bullets.

        Every list gets its own definition (Word does so for a new list), so its counters
        start afresh in any reader: no ``w:startOverride`` is needed, which LibreOffice's
        DOC export mishandles."""
        abstract_id = self._next_abstract
        self._next_abstract += 1
        element = OxmlElement("w:abstractNum", {qn("w:abstractNumId"): str(abstract_id)})
        level_type = "hybridMultilevel" if fmt == "bullet" else "multilevel" if multilevel else "singleLevel"
        element.append(OxmlElement("w:multiLevelType", {qn("w:val"): level_type}))
        for ilvl in range(9 if multilevel or fmt == "bullet" else 1):
            if fmt == "bullet":
                text = "•"
            elif multilevel:
                text = ".".join(f"%{index + 1}" for index in range(ilvl + 1)) + suffix
            else:
                text = f"%1{suffix}"
            level = OxmlElement("w:lvl", {qn("w:ilvl"): str(ilvl)})
            level.append(OxmlElement("w:start", {qn("w:val"): str(start if ilvl == 0 else 1)}))
            level.append(OxmlElement("w:numFmt", {qn("w:val"): fmt}))
            level.append(OxmlElement("w:lvlText", {qn("w:val"): text}))
            level.append(OxmlElement("w:lvlJc", {qn("w:val"): "left"}))
            ppr = OxmlElement("w:pPr")
            indent = 360 + 360 * ilvl
            ppr.append(OxmlElement("w:ind", {qn("w:left"): str(indent + 360), qn("w:hanging"): "360"}))
            level.append(ppr)
            element.append(level)
        first_num = self._root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self._root.append(element)
        return abstract_id

    def instance(self, abstract_id: int) -> int:
        """A ``w:num`` over an abstract definition."""
        num_id = self._next_num
        self._next_num += 1
        element = OxmlElement("w:num", {qn("w:numId"): str(num_id)})
        element.append(OxmlElement("w:abstractNumId", {qn("w:val"): str(abstract_id)}))
        self._root.append(element)
        return num_id


# --------------------------------------------------------------------------- rendering


def render_docx(document: Document, out: Path, *, continuations: Mapping[int, Sequence[int]] | None = None) -> None:
    """Write ``document`` as a DOCX to ``out``.

    ``continuations`` maps a table block's index to the indexes of rows that began a new
    source table (after a repeated header): there the table is split into another Word table
    with the header rows repeated, after a page break.
    """
    word = docx.Document()
    word.core_properties.title = ""
    numbering = _NumberingWriter(word)
    plan = plan_lists(document)
    for group in plan.groups:
        abstract_id = numbering.abstract(group.kind.fmt, group.kind.suffix, group.multilevel, group.start)
        group.num_id = numbering.instance(abstract_id)
    bullet_num = numbering.instance(numbering.abstract("bullet", "", False)) if plan.bullets else 0
    continuations = continuations or {}
    since_break = 0
    previous: Block | None = None
    for block in document.blocks:
        if block.kind is BlockKind.TABLE and block.table is not None:
            _render_table(word, block.table, continuations.get(block.index, ()))
            since_break = 0
        else:
            paragraph = _render_text_block(word, document, block, plan, bullet_num)
            if block.kind is BlockKind.HEADING and previous is not None and previous.kind is not BlockKind.HEADING:
                _set_flag(paragraph, "w:pageBreakBefore")
                since_break = 0
            since_break += 1
            if since_break >= _BLOCKS_PER_PAGE:
                paragraph.add_run().add_break(WD_BREAK.PAGE)
                since_break = 0
        previous = block
    buffer = io.BytesIO()
    word.save(buffer)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_normalized_zip(buffer.getvalue()))


def _render_text_block(
    word: WordDocument, document: Document, block: Block, plan: _ListPlan, bullet_num: int
) -> Paragraph:
    if block.kind is BlockKind.HEADING:
        style = "Heading 1" if block.style == "bold" else "Heading 2"
        return _add_lines(word, document.block_text(block), style)
    if block.kind is BlockKind.LIST_ITEM and block.index in plan.item_group:
        group, ilvl = plan.item_group[block.index]
        paragraph = _add_lines(word, document.block_body(block), "List Paragraph")
        _set_numbering(paragraph, group.num_id, ilvl)
        return paragraph
    if block.kind is BlockKind.LIST_ITEM and block.index in plan.bullets:
        paragraph = _add_lines(word, document.block_body(block), "List Paragraph")
        _set_numbering(paragraph, bullet_num, block.level)
        return paragraph
    typed_style = "List Paragraph" if block.kind is BlockKind.LIST_ITEM else None
    return _add_lines(word, document.block_text(block), typed_style)


def _add_lines(word: WordDocument, text: str, style: str | None) -> Paragraph:
    """A paragraph whose lines are separated by line breaks (``w:br``)."""
    paragraph = word.add_paragraph(style=style)
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        if index:
            run._r.insert(0, OxmlElement("w:br"))
    return paragraph


def _set_numbering(paragraph: Paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    num_pr.append(OxmlElement("w:ilvl", {qn("w:val"): str(ilvl)}))
    num_pr.append(OxmlElement("w:numId", {qn("w:val"): str(num_id)}))
    _insert_ppr_child(ppr, num_pr)


def _set_flag(paragraph: Paragraph, tag: str) -> None:
    _insert_ppr_child(paragraph._p.get_or_add_pPr(), OxmlElement(tag))


_PPR_ORDER = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
)


def _insert_ppr_child(ppr: etree._Element, child: etree._Element) -> None:
    """Insert a pPr child keeping the schema order (pStyle, ..., pageBreakBefore, ..., numPr, ...)."""
    name = child.tag
    position = next(index for index, tag in enumerate(_PPR_ORDER) if qn(tag) == name)
    before = {qn(tag) for tag in _PPR_ORDER[: position + 1]}
    index = 0
    for index_, existing in enumerate(ppr):
        if existing.tag in before:
            index = index_ + 1
    ppr.insert(index, child)


def _page_break(word: WordDocument) -> None:
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _render_table(word: WordDocument, table: Table, splits: Iterable[int]) -> None:
    header_rows = [index for index, row in enumerate(table.rows) if row.is_header]
    bounds = sorted({0, *(index for index in splits if 0 < index < len(table.rows)), len(table.rows)})
    for part, (start, stop) in enumerate(itertools.pairwise(bounds)):
        _page_break(word)
        indexes = list(range(start, stop))
        if part:
            indexes = [index for index in header_rows if index < start] + indexes
        _render_table_part(word, table, indexes)


def _render_table_part(word: WordDocument, table: Table, row_indexes: list[int]) -> None:
    """A Word table with the given rows of ``table`` (merged cells kept inside the part)."""
    position = {source: target for target, source in enumerate(row_indexes)}
    word_table = word.add_table(rows=len(row_indexes), cols=max(table.n_cols, 1))
    _set_borders(word_table._tbl)
    for source in row_indexes:
        row = table.rows[source]
        target = position[source]
        if row.is_header:
            trpr = word_table.rows[target]._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            last_row = target
            for extra in range(1, cell.rowspan):
                if source + extra in position:
                    last_row = position[source + extra]
            last_col = min(cell.col + cell.colspan, table.n_cols) - 1
            word_cell = word_table.cell(target, cell.col)
            if last_row != target or last_col != cell.col:
                word_cell = word_cell.merge(word_table.cell(last_row, last_col))
            paragraph = word_cell.paragraphs[0]
            run = paragraph.add_run(cell.text)
            run.bold = row.is_header or None


def _set_borders(tbl: etree._Element) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        attributes = {qn("w:val"): "single", qn("w:sz"): "4", qn("w:space"): "0", qn("w:color"): "000000"}
        borders.append(OxmlElement(f"w:{side}", attributes))
    tbl_pr = tbl.tblPr
    following = [tbl_pr.find(qn(tag)) for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")]
    anchor = next((element for element in following if element is not None), None)
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tbl_pr.append(borders)


def _normalized_zip(data: bytes) -> bytes:
    """Re-pack the DOCX with fixed timestamps so the same input gives the same bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info))
    return out.getvalue()


# --------------------------------------------------------------------------- corpus


def continuation_rows(document: Document, text: str) -> dict[int, list[int]]:
    """Where the TXT's tables continued after a repeated header line (a page break in the
    original): table block index -> indexes of the rows that followed each repeat."""
    runs = _tab_runs(text.replace("\r\n", "\n").split("\n"))
    result: dict[int, list[int]] = {}
    for block, lines in zip(document.tables, runs, strict=False):
        table = block.table
        if table is None or not lines:
            continue
        header = _key(lines[0])
        if [cell.text.lower() for cell in table.rows[0].cells if cell.text] != header:
            continue
        splits: list[int] = []
        for position, line in enumerate(lines[1:], start=1):
            if _key(line) != header or position + 1 >= len(lines):
                continue
            first = lines[position + 1].split("\t")[0].strip()
            for row_index in range(1, len(table.rows)):
                cells = table.rows[row_index].cells
                if cells and cells[0].text == first and row_index not in splits:
                    splits.append(row_index)
                    break
        if splits:
            result[block.index] = splits
    return result


def _key(line: str) -> list[str]:
    return [cell.strip().lower() for cell in line.split("\t") if cell.strip()]


def _tab_runs(lines: list[str]) -> list[list[str]]:
    """Runs of tab-separated lines (blank lines allowed inside), as the TXT reader sees tables."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, "end"]:
        if "\t" in line and line.strip():
            current.append(line)
        elif line.strip():
            if len(current) >= 2:
                runs.append(current)
            current = []
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate corpus/docx/<stem>.docx from every corpus/txt/<stem>.txt."""
    del argv
    txt_dir, docx_dir = ROOT / "corpus" / "txt", ROOT / "corpus" / "docx"
    for path in sorted(txt_dir.glob("*.txt")):
        document = read(path)
        out = docx_dir / f"{path.stem}.docx"
        render_docx(document, out, continuations=continuation_rows(document, path.read_text(encoding="utf-8")))
        print(f"{out.relative_to(ROOT)}: {len(document.blocks)} blocks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
