"""What a table is for: activity tables (мероприятие / сроки / ответственный / результат)
and indicator tables (показатель / годы / план-факт), read from header words in
``rules/document.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mocparse.document import Table
from mocparse.extract.base import ExtractionContext
from mocparse.nlp import Segment
from mocparse.nlp.morph import lemma, parses

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


_UNIT_HEADER = re.compile(r"ед\.?\s*изм|единиц[аы]?\s+измерени", re.IGNORECASE)
_SUB_ROW = re.compile(r"^\s*(?:[-–—•]\s*|в\s+т\.\s?ч\.?\s*|в\s+том\s+числе:?\s*|из\s+них:?\s*)", re.IGNORECASE)
_COUNT_WORDS = {"количество", "число", "численность"}


@dataclass(frozen=True, slots=True)
class IndicatorCell:
    """A number in an indicator table with what its row says about it."""

    label: str
    """The row's indicator name (a sub-row's own words, e.g. ``разноуровневых``)."""
    unit: str | None
    """The unit column's text for the row (``чел.``, ``%``, ``ед.``), if the table has one."""
    about_programs: bool
    parent_value: float | None
    """For a sub-row (``в т.ч. ...``, ``- ...``): the parent row's value in the same column."""
    parent_label: str | None


def _is_sub_row(label: str) -> bool:
    """``в т.ч. ...``, ``из них: ...``, ``- ...``, or a label that starts in lower case (a
    continuation of the breakdown: ``разноуровневых``)."""
    return bool(_SUB_ROW.match(label)) or label[:1].islower()


def _unit_column(table: Table) -> int | None:
    return next((col for col, text in enumerate(table.header) if _UNIT_HEADER.search(text)), None)


def _mentions_programs(text: str, context: ExtractionContext) -> bool:
    """True when an indicator name counts programs: its counted noun (``Количество программ``,
    ``в т.ч. реализуемых в сетевой форме``) is a program noun — not ``Количество организаций,
    реализующих программы``."""
    head = label_unit(text, None, context)
    if head:
        return head in context.rules.program_noun_lemmas
    words = {lemma(word) for word in re.findall(r"\w+", text.lower())} | set(re.findall(r"[А-ЯЁ]{2,}", text))
    return bool(words & context.rules.program_noun_lemmas)


def _number(text: str) -> float | None:
    cleaned = re.sub(r"\s", "", text).replace(",", ".").rstrip("%")
    try:
        return float(cleaned)
    except ValueError:
        return None


def indicator_cell(segment: Segment, context: ExtractionContext) -> IndicatorCell | None:
    """What a bare-number cell of an indicator table (``Показатель | Ед. изм. | 2022 | 2023``,
    plan / fact columns) measures; None for other cells and for activity tables."""
    table = segment.block.table
    if table is None or segment.cell is None or segment.row_index is None:
        return None
    if not _BARE_NUMBER.match(segment.text) or segment.cell.col == 0:
        return None
    row = table.rows[segment.row_index]
    if row.is_header or row.is_column_numbers or is_activity_table(table, context):
        return None
    if not _INDICATOR_HEADER.search(column_header(segment)):
        return None
    label = row_label(table, segment.row_index)
    if not label or label == segment.text:
        return None
    unit_col = _unit_column(table)
    texts = table.row_texts(row)
    unit = texts[unit_col] if unit_col is not None and unit_col < len(texts) and texts[unit_col] else None
    parent_value = parent_label = None
    about_programs = _mentions_programs(label, context)
    if _is_sub_row(label):
        for parent_index in range(segment.row_index - 1, -1, -1):
            parent_row = table.rows[parent_index]
            if parent_row.is_header or parent_row.is_column_numbers:
                break
            candidate = row_label(table, parent_index)
            if candidate and not _is_sub_row(candidate):
                parent_label = candidate
                parent_texts = table.row_texts(parent_row)
                if segment.cell.col < len(parent_texts):
                    parent_value = _number(parent_texts[segment.cell.col])
                about_programs = about_programs or _mentions_programs(candidate, context)
                break
        label = _SUB_ROW.sub("", label)
    return IndicatorCell(label, unit, about_programs, parent_value, parent_label)


def label_unit(label: str, unit: str | None, context: ExtractionContext) -> str:
    """The unit of an indicator row: a real unit from the unit column (``чел.`` -> ``человек``),
    else the counted noun of the label (``Количество организаций`` -> ``организация``)."""
    abbreviations = context.rules.units.abbreviations
    if unit:
        expanded = abbreviations.get(unit) or abbreviations.get(unit.rstrip("."))
        if expanded and expanded not in {"единица", "штука"}:
            return expanded
    words = re.findall(r"[А-Яа-яЁё]+", label)
    nouns = [
        word
        for word in words
        if (len(word) > 1 and word.isupper()) or any(parse.tag.POS == "NOUN" for parse in parses(word.lower())[:1])
    ]
    for index, word in enumerate(words):
        if lemma(word.lower()) in _COUNT_WORDS:
            following = [w for w in words[index + 1 :] if w in nouns]
            if following:
                return lemma(following[0].lower())
    if not nouns:
        return unit or ""
    return nouns[0] if nouns[0].isupper() else lemma(nouns[0].lower())


def year_of_column(segment: Segment) -> int | None:
    """The year in the header of the segment's column, if any."""
    match = _YEAR.search(column_header(segment))
    return int(match.group()) if match else None
