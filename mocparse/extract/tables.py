"""What a table is for: activity tables (мероприятие / сроки / ответственный / результат)
and indicator tables (показатель / годы / план-факт), read from header words in
``rules/document.yaml``."""

from __future__ import annotations

import re

from mocparse.document import Table
from mocparse.extract.base import ExtractionContext
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma

_BARE_NUMBER = re.compile(r"^[-–]?\d[\d\s]*(?:[,.]\d+)?\s*%?$")
_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_INDICATOR_HEADER = re.compile(r"показател|значени|план|факт|критери|индикатор|(?:19|20)\d\d", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(lemma(word) for word in re.findall(r"[№\w]+", text.lower()))


def column_roles(table: Table, context: ExtractionContext) -> dict[str, int]:
    """Map column roles (number, title, deadline, responsible, result) to column indexes."""
    header = table.header
    if not header:
        return {}
    columns = context.rules.document.activity_columns
    roles: dict[str, int] = {}
    for role in ("number", "title", "deadline", "responsible", "result"):
        cues = [_norm(cue) for cue in getattr(columns, role)]
        for col, text in enumerate(header):
            normalized = _norm(text)
            if col in roles.values() or not normalized:
                continue
            if normalized in cues or any(normalized.startswith(cue + " ") for cue in cues if cue):
                roles[role] = col
                break
    return roles


def is_activity_table(table: Table, context: ExtractionContext) -> bool:
    """A table with a title column and at least one of deadline / responsible / result."""
    roles = column_roles(table, context)
    return "title" in roles and len({"deadline", "responsible", "result"} & roles.keys()) >= 1


def row_label(table: Table, row_index: int) -> str:
    """The text naming a row: its first cell that is not a row number."""
    for text in table.row_texts(table.rows[row_index]):
        if text and not _ROW_NUMBER.match(text):
            return text
    return ""


def column_header(segment: Segment) -> str:
    """Header text of the segment's column ("" outside tables)."""
    if segment.cell is None or segment.block.table is None:
        return ""
    header = segment.block.table.header
    return header[segment.cell.col] if segment.cell.col < len(header) else ""


def indicator_cell(
    annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext, *, programs: bool
) -> str | None:
    """The row label of a bare-number cell in an indicator table, when the row is about
    programs (``programs=True``) or about something else (``programs=False``); else None."""
    table = segment.block.table
    if table is None or segment.cell is None or segment.row_index is None:
        return None
    if not _BARE_NUMBER.match(segment.text) or segment.cell.col == 0:
        return None
    row = table.rows[segment.row_index]
    if row.is_header or row.is_column_numbers:
        return None
    if is_activity_table(table, context):
        return None
    if not _INDICATOR_HEADER.search(column_header(segment)):
        return None
    label = row_label(table, segment.row_index)
    if not label or label == segment.text:
        return None
    label_lemmas = {lemma(word) for word in re.findall(r"\w+", label.lower())} | set(re.findall(r"[А-ЯЁ]{2,}", label))
    about_programs = bool(label_lemmas & context.rules.program_noun_lemmas)
    return label if about_programs == programs else None


def year_of_column(segment: Segment) -> int | None:
    """The year in the header of the segment's column, if any."""
    match = _YEAR.search(column_header(segment))
    return int(match.group()) if match else None
