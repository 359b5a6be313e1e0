"""Activities: rows of activity / plan tables and ``Мероприятие N.M «...»`` sections.

Table columns are recognized by header words (``rules/document.yaml``); indicator tables
(``Показатель | 2022 | 2023``) are not activity tables. Deadlines resolve against the document
period (``В течение года``, ``Май-июль``); an empty or ``-`` result stays null.
"""

from __future__ import annotations

import re

from mocparse.document import Block, BlockKind, Table
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import parse_period
from mocparse.extract.persons import responsible_names
from mocparse.extract.tables import column_roles, is_activity_table
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma
from mocparse.records import Activity, Evidence, Period

_EMPTY = {"", "-", "–", "—", "нет", "—-"}
_ROW_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*)\.?$")
_SECTION_NUMBER = re.compile(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s*")
_SIGNATURE = re.compile(r"подпись|Ф\.И\.О\.|_{3,}|«\s*»|^[А-ЯЁа-яё ]{3,40}:\s*$")
_TASK_HEADING = re.compile(r"^\s*Задача\s+\d", re.IGNORECASE)


def _cell_segment(annotated: AnnotatedDocument, block: Block, row_index: int, col: int) -> Segment | None:
    for segment in annotated.block_segments(block):
        if segment.row_index == row_index and segment.cell is not None and segment.cell.col == col:
            return segment
    return None


def split_responsible(segment: Segment | None, context: ExtractionContext) -> list[str]:
    """People (nominative ``Фамилия И.О.``) and roles or groups as written in a responsible cell.
    A role said of a name (``методист МОЦ Смирнова А.А.``, ``(рук. Шевчук Г.М.)``) belongs to that
    person and is not listed on its own; other parts (``экспертная группа МОЦ``) are."""
    if segment is None:
        return []
    text = segment.text
    covered = [False] * len(text)
    entries: list[tuple[int, str]] = []
    for name, short, roles in responsible_names(segment, context):
        entries.append((name.start, short))
        for start, stop in [(name.start, name.stop), *roles.role_spans]:
            for index in range(max(0, start), min(stop, len(text))):
                covered[index] = True
    remainder = "".join("\x00" if covered[index] else char for index, char in enumerate(text))
    for part in re.finditer(r"[^,;()\x00]+", remainder):
        for piece in re.split(r"\s+и\s+(?=[А-ЯЁ])", part.group()):
            value = piece.strip(" .-–—:")
            if len(value) > 1 and re.search(r"[А-Яа-яЁё]{2}", value):
                entries.append((part.start() + part.group().find(piece), value))
    return [value for _, value in sorted(entries)]


def _table_activities(
    annotated: AnnotatedDocument, block: Block, table: Table, context: ExtractionContext
) -> list[Activity]:
    roles = column_roles(table, context)
    activities = []
    for row_index, row in enumerate(table.rows):
        if row.is_header or row.is_column_numbers:
            continue
        texts = table.row_texts(row)
        title = texts[roles["title"]] if "title" in roles else ""
        if not title:
            continue
        number = None
        number_text = texts[roles.get("number", 0)]
        match = _ROW_NUMBER.match(number_text)
        if match:
            number = match.group(1)
        deadline = _deadline(annotated, block, row_index, roles, context)
        result = texts[roles["result"]].strip() if "result" in roles else None
        responsible_segment = (
            _cell_segment(annotated, block, row_index, roles["responsible"]) if "responsible" in roles else None
        )
        activities.append(
            Activity(
                number=number,
                title=title,
                responsible=split_responsible(responsible_segment, context),
                deadline=deadline,
                result=None if result is None or result in _EMPTY else result,
                evidence=Evidence(
                    text=annotated.text[row.start : row.stop],
                    start=row.start,
                    end=row.stop,
                    block=block.index,
                    page=row.page if row.page is not None else block.page,
                ),
                rule="activities.table_row",
                confidence=0.9,
            )
        )
    return activities


def _deadline(
    annotated: AnnotatedDocument, block: Block, row_index: int, roles: dict[str, int], context: ExtractionContext
) -> Period | None:
    """The row's deadline; under a two-row header (``Срок`` over ``начало | окончание``) it runs from
    the first date of the first column to the last date of the last one."""
    if "deadline" not in roles or block.table is None:
        return None
    segments = [
        segment
        for col in block.table.header_group(roles["deadline"])
        if (segment := _cell_segment(annotated, block, row_index, col)) is not None
    ]
    periods = [period for segment in segments if (period := parse_period(segment.text, context, segment))]
    if len(periods) < 2:
        return periods[0] if periods else None
    text = " – ".join(period.text for period in periods)
    return Period(text=text, start=periods[0].start, end=periods[-1].end or periods[-1].start)


def _outer_quoted(text: str) -> tuple[str, int] | None:
    """Text inside the first «...» (nested quotes kept) and where it ends."""
    start = text.find("«")
    if start < 0:
        return None
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "«":
            depth += 1
        elif text[index] == "»":
            depth -= 1
            if depth == 0:
                return text[start + 1 : index], index + 1
    return text[start + 1 :].rstrip(" ;."), len(text)


def _section_keywords(context: ExtractionContext) -> set[str]:
    return {lemma(word) for word in context.rules.document.activity_sections}


def _section_start(text: str, keywords: set[str]) -> tuple[str, str, str] | None:
    """(number, title, rest of the line) of ``Мероприятие 1.2 «...»``."""
    first_word = re.match(r"\s*([А-Яа-яЁё]+)", text)
    if first_word is None or lemma(first_word.group(1).lower()) not in keywords:
        return None
    rest = text[first_word.end() :]
    number = _SECTION_NUMBER.match(rest)
    if number is None:
        return None
    quoted = _outer_quoted(rest[number.end() :])
    if quoted is None:
        return None
    title, end = quoted
    return number.group("number"), " ".join(title.split()), rest[number.end() + end :]


def _is_result_heading(text: str, headings: list[str]) -> bool:
    normalized = " ".join(text.lower().split()).strip(" :;.")
    return any(normalized.startswith(heading) for heading in headings)


def _section_activities(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Activity]:
    keywords = _section_keywords(context)
    headings = [heading.lower() for heading in context.rules.document.result_headings]
    blocks = annotated.document.blocks
    activities = []
    for position, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE:
            continue
        found = _section_start(annotated.document.block_body(block), keywords)
        if found is None:
            continue
        number, title, rest = found
        results: list[str] = []
        rest = rest.strip(" ;.")
        if rest and not _is_result_heading(rest, headings):
            results.append(rest)
        for follower in blocks[position + 1 :]:
            text = annotated.document.block_text(follower)
            if follower.kind is BlockKind.TABLE or _section_start(text, keywords) or _TASK_HEADING.match(text):
                break
            if _SIGNATURE.search(text):
                break
            if _is_result_heading(text, headings):
                continue
            results.append(text)
        while results and results[-1].rstrip().endswith(":"):
            results.pop()  # a lead-in whose content is missing (e.g. a table not in the text)
        result = " ".join(" ".join(results).split()) or None
        activities.append(
            Activity(
                number=number,
                title=title,
                responsible=[],
                deadline=None,
                result=result,
                evidence=Evidence(
                    text=annotated.document.block_body(block),
                    start=block.body_start,
                    end=block.stop,
                    block=block.index,
                    page=block.page,
                ),
                rule="activities.section",
                confidence=0.85,
            )
        )
    return activities


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Activity]:
    """Every activity of the document, in document order."""
    activities: list[Activity] = []
    for block in annotated.document.blocks:
        if block.table is not None and is_activity_table(block.table, context):
            activities.extend(_table_activities(annotated, block, block.table, context))
    activities.extend(_section_activities(annotated, context))
    return sorted(activities, key=lambda activity: activity.evidence.start)
