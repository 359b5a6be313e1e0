"""Activities: rows of activity / plan tables and ``Мероприятие N.M «...»`` sections.

Table columns are recognized by header words (``rules/document.yaml`` ``activity_columns``), all
header rows of a column read together (``Срок`` over ``начало | окончание``); indicator tables
(``Показатель | 2022 | 2023``) are not activity tables. A row is an activity when it has a title of
its own: a row whose one cell spans the number and title columns is a section title
(``1. Организационная деятельность``, ``I квартал 2024 года``) or a total (``Итого ...``); a row
without a number that goes on with the row above (a title or result broken over a page, starting
in lower case) is joined to it. Deadlines resolve against the document period (``В течение года``,
``Май-июль``); a deadline told by start and end columns spans both; an empty or ``-`` cell stays
null. The responsible cell keeps people (nominative ``Фамилия И.О.`` from the persons code, the role
words said of them dropped) and groups as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mocparse.document import Block, BlockKind, Table
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import parse_period
from mocparse.extract.persons import responsible_names
from mocparse.extract.tables import column_roles, is_activity_table
from mocparse.extract.tasks import task_number
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma
from mocparse.records import Activity, Evidence, Period, TextSpan

_ROW_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*)\.?$")
_SECTION_NUMBER = re.compile(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s*")
_BLANK = re.compile(r"_{3,}|«\s*»")
_LABEL_LINE = re.compile(r"^[А-ЯЁа-яё ]{3,40}:\s*$")
"""A short label ending with a colon on its own line (``Исполнитель:``): a signature block."""
_FIRST_WORD = re.compile(r"\s*([А-Яа-яЁё]+)")
_OTHER_ROLES = ("number", "deadline", "responsible", "result")


# --------------------------------------------------------------------------- responsible


def _chunks(text: str) -> list[tuple[int, int, bool]]:
    """``(start, stop, in_brackets)`` of the parts of a cell between ``,``, ``;`` and brackets
    (a comma inside «...» does not divide)."""
    chunks: list[tuple[int, int, bool]] = []
    quotes = 0
    start = 0
    bracket = False
    for index, char in enumerate(text):
        if char == "«":
            quotes += 1
        elif char == "»" and quotes:
            quotes -= 1
        elif quotes == 0 and char in ",;()":
            chunks.append((start, index, bracket))
            bracket = char == "(" or (bracket and char not in ")")
            start = index + 1
    chunks.append((start, len(text), bracket))
    return [chunk for chunk in chunks if text[chunk[0] : chunk[1]].strip()]


def split_responsible(segment: Segment | None, context: ExtractionContext) -> list[str]:
    """People (nominative ``Фамилия И.О.``) and roles or groups as written in a responsible cell.
    The role said of a name (``методист МОЦ Смирнова А.А.``, ``Смирнова А.А., методист МОЦ``,
    ``(рук. Шевчук Г.М.)``) belongs to that person and is not listed on its own; other parts
    (``экспертная группа МОЦ``) are, a bracket without a name staying with the part before it
    (``МБУ ДО «ЦДТ» (МОЦ)``)."""
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
    conjunctions = "|".join(re.escape(word) for word in context.rules.document.list_conjunctions)
    joined = re.compile(rf"\s+(?:{conjunctions})\s+(?=[А-ЯЁ])")
    group: int | None = None  # the entry written in the part just before, when it is a group
    for start, stop, in_brackets in _chunks(text):
        if any(covered[start:stop]):
            group = None
            continue  # a name with the role words said of it
        part = text[start:stop]
        value = part.strip(" .-–—:")
        if len(value) < 2 or not re.search(r"[А-Яа-яЁё]{2}", value):
            continue
        if in_brackets and group is not None:
            entries[group] = (entries[group][0], f"{entries[group][1]} ({value})")  # "МБУ ДО «ЦДТ» (МОЦ)"
            group = None
            continue
        pieces = [piece for piece in joined.split(part) if re.search(r"[А-Яа-яЁё]{2}", piece.strip(" .-–—:"))]
        for piece in pieces:
            entries.append((start + part.find(piece), piece.strip(" .-–—:")))
        group = len(entries) - 1 if len(pieces) == 1 else None
    return [value for _, value in sorted(entries)]


# --------------------------------------------------------------------------- tables


def _cell_segment(annotated: AnnotatedDocument, block: Block, row_index: int, col: int) -> Segment | None:
    for segment in annotated.block_segments(block):
        if segment.row_index == row_index and segment.cell is not None and segment.cell.col == col:
            return segment
    return None


@dataclass
class _TableRow:
    """The rows of one activity (a row and the rows that go on with it)."""

    indexes: list[int] = field(default_factory=list)


def _is_empty(text: str, context: ExtractionContext) -> bool:
    value = text.strip().lower()
    return not value or value in {cell.lower() for cell in context.rules.document.activity_empty_cells}


def _is_total(title: str, context: ExtractionContext) -> bool:
    word = _FIRST_WORD.match(title)
    words = {lemma(total.lower()) for total in context.rules.document.activity_total_rows}
    return word is not None and lemma(word.group(1).lower()) in words


def _spans_roles(table: Table, row_index: int, roles: dict[str, int]) -> bool:
    """The title cell is merged with the number or another role column: a section title or a
    total over the rows (``1. Организационная деятельность``, ``I квартал``, ``Итого по ...``)."""
    cell = table.cell_at(row_index, roles["title"])
    if cell is None or cell.colspan < 2:
        return False
    covered = range(cell.col, cell.col + cell.colspan)
    return any(roles[role] in covered for role in _OTHER_ROLES if role in roles)


def _number(texts: list[str], roles: dict[str, int]) -> str | None:
    match = _ROW_NUMBER.match(texts[roles.get("number", 0)].strip())
    return match.group(1) if match else None


def _goes_on(title: str) -> bool:
    """Text that continues the row above: it starts in lower case or with a bracket or quote."""
    first = title.lstrip()[:1]
    return bool(first) and (first.islower() or not first.isalnum())


def _group_rows(table: Table, roles: dict[str, int], context: ExtractionContext) -> list[_TableRow]:
    numbered = "number" in roles and any(_number(table.row_texts(row), roles) for row in table.body_rows)
    groups: list[_TableRow] = []
    for row_index, row in enumerate(table.rows):
        if row.is_header or row.is_column_numbers or _spans_roles(table, row_index, roles):
            continue
        texts = table.row_texts(row)
        title = texts[roles["title"]].strip()
        number = _number(texts, roles)
        others = [texts[roles[role]].strip() for role in ("deadline", "responsible") if role in roles]
        if (
            groups
            and number is None
            and ((numbered and (not title or _goes_on(title))) or (title and title[0].islower() and not any(others)))
        ):
            groups[-1].indexes.append(row_index)  # a title or a result broken over a page
            continue
        if not title or (number is None and _is_total(title, context)):
            continue
        filled = [texts[roles[role]].strip() for role in _OTHER_ROLES if role in roles and role != "number"]
        if numbered and number is None and not any(filled):
            continue  # a section title in a row of its own
        groups.append(_TableRow([row_index]))
    return groups


def _joined(table: Table, group: _TableRow, col: int) -> str:
    texts: list[str] = []
    for row_index in group.indexes:
        text = table.row_texts(table.rows[row_index])[col].strip()
        if text and (not texts or texts[-1] != text):
            texts.append(text)
    return " ".join(texts)


def _first_segment(
    annotated: AnnotatedDocument, block: Block, table: Table, group: _TableRow, col: int
) -> Segment | None:
    for row_index in group.indexes:
        if table.row_texts(table.rows[row_index])[col].strip():
            return _cell_segment(annotated, block, row_index, col)
    return None


def _deadline(
    annotated: AnnotatedDocument,
    block: Block,
    table: Table,
    group: _TableRow,
    roles: dict[str, int],
    context: ExtractionContext,
) -> Period | None:
    """The deadline cell resolved to a period; a start and an end column give one period from the
    start of the first to the end of the second."""
    if "deadline" not in roles:
        return None
    if "deadline_start" not in roles:
        segment = _first_segment(annotated, block, table, group, roles["deadline"])
        if segment is None or _is_empty(segment.text, context):
            return None
        return parse_period(segment.text, context, segment)
    parts = []
    for role in ("deadline_start", "deadline_end"):
        segment = _first_segment(annotated, block, table, group, roles[role])
        if segment is not None and not _is_empty(segment.text, context):
            parts.append((segment.text.strip(), parse_period(segment.text, context, segment)))
    if not parts:
        return None
    periods = [period for _, period in parts if period is not None]
    starts = [period.start for period in periods if period.start is not None]
    ends = [period.end for period in periods if period.end is not None]
    return Period(
        text=" ".join(text for text, _ in parts),
        start=starts[0] if starts else None,
        end=ends[-1] if ends else None,
    )


def _table_activities(
    annotated: AnnotatedDocument, block: Block, table: Table, context: ExtractionContext
) -> list[Activity]:
    roles = column_roles(table, context)
    activities = []
    for group in _group_rows(table, roles, context):
        first, last = table.rows[group.indexes[0]], table.rows[group.indexes[-1]]
        texts = table.row_texts(first)
        result = _joined(table, group, roles["result"]) if "result" in roles else None
        responsible = (
            _first_segment(annotated, block, table, group, roles["responsible"]) if "responsible" in roles else None
        )
        title_cell = table.cell_at(group.indexes[0], roles["title"])
        title = (
            TextSpan(
                start=title_cell.start, end=title_cell.stop, text=annotated.text[title_cell.start : title_cell.stop]
            )
            if title_cell is not None
            else None
        )
        evidence = Evidence(
            text=annotated.text[first.start : last.stop],
            start=first.start,
            end=last.stop,
            block=block.index,
            page=first.page if first.page is not None else block.page,
            span=title,
            phrase=title,  # a row's cells are apart on the page: the title cell is what names it
        )
        activities.append(
            Activity(
                number=_number(texts, roles),
                title=_joined(table, group, roles["title"]),
                responsible=split_responsible(responsible, context),
                deadline=_deadline(annotated, block, table, group, roles, context),
                result=None if result is None or _is_empty(result, context) else result,
                evidence=evidence,
                rule="activities.table_row",
                confidence=0.9,
            )
        )
    return activities


# --------------------------------------------------------------------------- sections


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


def _section_start(text: str, keywords: set[str]) -> tuple[str, int, int, str] | None:
    """(number, title start, title stop, rest of the line) of ``Мероприятие 1.2 «...»``: a title of its
    own, ended by punctuation or the line's end."""
    first_word = _FIRST_WORD.match(text)
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
    after = rest[number.end() + end :].lstrip()
    if after[:1].isalpha():
        return None  # the sentence goes on: an activity named in prose ("Мероприятие 32 «...» не выполнено")
    title_start = first_word.end() + number.end() + rest[number.end() :].find("«") + 1
    return number.group("number"), title_start, title_start + len(title), rest[number.end() + end :]


def _is_result_heading(text: str, headings: list[str]) -> bool:
    normalized = " ".join(text.lower().split()).strip(" :;.")
    return any(normalized.startswith(heading) for heading in headings)


def _is_signature(text: str, context: ExtractionContext) -> bool:
    lowered = text.lower()
    return bool(
        _BLANK.search(text)
        or _LABEL_LINE.match(text)
        or any(word.lower() in lowered for word in context.rules.document.signature_words)
    )


def _section_activities(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Activity]:
    keywords = {lemma(word) for word in context.rules.document.activity_sections}
    headings = [heading.lower() for heading in context.rules.document.result_headings]
    blocks = annotated.document.blocks
    activities = []
    for position, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE:
            continue
        body = annotated.document.block_body(block)
        found = _section_start(body, keywords)
        if found is None:
            continue
        number, title_start, title_stop, rest = found
        results: list[str] = []
        rest = rest.strip(" ;.")
        if rest and not _is_result_heading(rest, headings):
            results.append(rest)
        for follower in blocks[position + 1 :]:
            text = annotated.document.block_text(follower)
            if follower.kind is BlockKind.TABLE or _section_start(text, keywords) or task_number(text, context):
                break
            if _is_signature(text, context):
                break
            if _is_result_heading(text, headings):
                continue
            results.append(text)
        while results and results[-1].rstrip().endswith(":"):
            results.pop()  # a lead-in whose content is missing (e.g. a table not in the text)
        result = " ".join(" ".join(results).split()) or None
        start = block.body_start
        activities.append(
            Activity(
                number=number,
                title=" ".join(body[title_start:title_stop].split()),
                responsible=[],
                deadline=None,
                result=result,
                evidence=Evidence(
                    text=body,
                    start=start,
                    end=block.stop,
                    block=block.index,
                    page=block.page,
                    span=TextSpan(start=start + title_start, end=start + title_stop, text=body[title_start:title_stop]),
                    phrase=TextSpan(start=start, end=block.stop, text=body),
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
    activities.extend(_field_activities(annotated, context))
    return sorted(activities, key=lambda activity: activity.evidence.start)


# --------------------------------------------------------------------------- items with fields


def _field(text: str, words: list[str]) -> str | None:
    """The value of a field line whose label is one of ``words`` ("Срок: до 15 января 2027 г.")."""
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or len(label.split()) > 3:
        return None
    return value.strip() if label.strip().lower() in words else None


def _field_activities(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Activity]:
    """A plan typed without a table: numbered items, each followed by its own field lines
    ("1.1. Актуализировать состав совета …" / "Срок: I квартал" / "Ответственный: С.Н. Воропаева —
    руководитель МОЦ"). An item is an activity when a deadline or a responsible field follows it
    before the next item."""
    from mocparse.nlp.annotate import make_doc

    columns = context.rules.document.activity_columns
    deadline_words = [word.lower() for word in columns.deadline]
    responsible_words = [word.lower() for word in columns.responsible]
    blocks = annotated.document.blocks
    activities: list[Activity] = []
    for position, block in enumerate(blocks):
        if block.kind is not BlockKind.LIST_ITEM or not block.label or not _ROW_NUMBER.match(block.label.strip()):
            continue
        deadline: Period | None = None
        responsible: list[str] = []
        more: list[str] = []  # lines of the item's own text above its fields
        fields = 0
        for follower in blocks[position + 1 : position + 6]:
            if follower.kind in {BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.TABLE}:
                break
            text = annotated.document.block_text(follower)
            when = _field(text, deadline_words)
            who = _field(text, responsible_words)
            if when is None and who is None:
                if fields:
                    break
                more.append(text)
                continue
            fields += 1
            value = when if when is not None else who or ""
            start = follower.start + text.index(value, text.index(":"))
            segment = Segment(value, start, follower, make_doc(value))
            if when is not None:
                deadline = parse_period(when, context, segment)
            else:
                responsible = split_responsible(segment, context)
        if deadline is None and not responsible:
            continue
        body = annotated.document.block_body(block)
        activities.append(
            Activity(
                number=block.label.strip().rstrip("."),
                title=" ".join(" ".join([body, *more]).split()),
                responsible=responsible,
                deadline=deadline,
                result=None,
                evidence=Evidence(
                    text=body,
                    start=block.body_start,
                    end=block.stop,
                    block=block.index,
                    page=block.page,
                    span=TextSpan(start=block.body_start, end=block.stop, text=body),
                    phrase=TextSpan(start=block.body_start, end=block.stop, text=body),
                ),
                rule="activities.item_fields",
                confidence=0.8,
            )
        )
    return activities
