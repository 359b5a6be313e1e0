"""What a number in a table cell states: which family, what it measures, for which year, planned
or achieved, and its earlier value.

A data table is read as a grid of *value columns* (mostly numbers) beside a *label column*:

* a value column is a **time column** when its header (all header rows joined) says only a year,
  plan / fact / base, a unit ("2024 год, ед.", "2024 (план)", "Базовое значение"); it is a **measure
  column** when its header names what is measured ("Представлено программ", "Прошли экспертизу",
  "Доля прошедших, %");
* a row is an **indicator row** when its label names a measure ("Количество программ в сетевой
  форме", "Доля детей …", a row with a unit cell), otherwise an **entity row** (an organization,
  a направленность, a form of programs) and a row "Всего" / "Итого" is the total of the entity rows.

A cell then measures its row's indicator (time columns), or its column's measure for its row's
entity (measure columns; time columns of entity tables measure what the table's caption says).
Time columns of one measure give **one fact per row**: the value of the latest year of the
document's period with the earlier year's value as its ``previous``; earlier years are not facts
of their own. Plan columns give targets, base columns the ``previous``, change columns nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from mocparse.document import Block, BlockKind, Table
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dimensions import (
    all_dimension_values,
    dimension_cues,
    document_about_assessment,
    speaks_of_assessment,
)
from mocparse.extract.tables import (
    cell_number,
    cell_qualifier,
    column_headers,
    column_role,
    has_program_noun,
    is_activity_table,
    is_percent_unit,
    is_sub_row,
    label_unit,
    mentions_programs,
    row_label,
    says,
    strip_note_mark,
    sub_row_prefix,
)
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.annotate import make_doc
from mocparse.nlp.morph import join_hyphenation, lemma
from mocparse.records import PreviousValue

Family = Literal["program_counts", "percentages", "quantities"]

_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC = re.compile(r"^[-–+]?\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?\s*%?(?:\s*\(\s*\d[\d\s]*\s*\))?$")


@dataclass(frozen=True, slots=True)
class TableCell:
    """A value cell of a data table with what it states."""

    family: Family
    value: float
    subject: str
    """What is measured: the row's indicator name, or the column's measure (and the row's entity)."""
    dimension_text: list[str]
    """Texts whose cues type a count of programs, nearest first (header, row label, caption)."""
    row_label: str
    column_header: str
    unit_texts: list[str]
    """Texts that may name the unit and its scale, nearest first (unit cell, an indicator row's
    label, header, caption)."""
    unit: str | None
    kind: Literal["actual", "target"] | None
    year: int | None
    previous: PreviousValue | None
    part_of: float | None
    parent_text: str | None
    head_count: int | None
    is_total: bool
    is_entity: bool
    column_leaf: str = ""
    """The lowest header cell of the value's column (``Сертификатов, шт.`` under ``Контингент``)."""
    qualifier: str | None = None
    """An approximator written before the figure ("не менее 20", "≥ 35")."""
    category_column: bool = False
    """The column is one category of a count "by" something (``по типам организаций / ДОО``): its
    total is that category's, not every program the table counts."""
    figure_span: tuple[int, int] | None = None
    """Where the figure stands in the cell when words follow it (a key–value table's value cell); the
    words after it are read as a sentence too."""
    indicator_text: str = ""
    """The words a share's regional indicator is matched in when its subject matches none: a measure
    column's header with the caption (and the programs the table is about, when only its caption
    or another column says so: ``Доля прошедших, %`` under ``Результаты НОК по направленностям``)."""


@dataclass(slots=True)
class _Layout:
    label_col: int | None
    unit_col: int | None
    value_cols: list[int]
    headers: list[str]
    leaves: list[str] = field(default_factory=list)
    """Per column, the text of the lowest header row (the sub-title under a merged title)."""
    time_cols: set[int] = field(default_factory=set)
    caption: str = ""
    about_programs: bool = False
    """The caption or a column header speaks of programs."""
    indicator_rows: set[int] = field(default_factory=set)
    total_row: int | None = None
    consumed: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    """(row, col) of an earlier-year cell -> (row, col) of the fact it is the previous of."""
    previous_of: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    key_value: bool = False
    """A passport's "Показатель | Сведения": value cells hold a figure alone or a figure that goes on
    in words ("12 (в 2023/2024 уч. г. – 7)")."""


_LEADING_FIGURE = re.compile(
    r"\s*(?P<figure>\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?=\s*[,;(/–—]|\s+[а-яё]{1,6}\.|\s+[а-яё])"
)
"""The figure a value cell of a key–value table opens with, when words follow it."""
_SHARE_AFTER = re.compile(r"\s*/\s*\d[\d\u00a0\u202f ]*(?:,\d+)?\s*%")
"""A share right after a figure: "312 / 14,3 %" (the people, then their share)."""
_UNIT_CHOICES = re.compile(r"\([^()]*[А-Яа-яЁё]\.?\s*,[^()]*%[^()]*\)|\([^()]*%\s*,[^()]*\)")
"""A header listing the units its rows may be in ("Значение (ед., чел., %)"): it says none of them."""
_CODE = re.compile(r"\d{5,}")
"""Five or more digits with no thousands spaces: a postal code or an account number, not a figure."""


def _is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(strip_note_mark(text.strip())))


def _first_figure(segment: Segment) -> bool:
    """The segment is the first sentence of its cell (a cell's later sentences open with no value)."""
    assert segment.cell is not None
    return segment.start - segment.cell.start <= 1


def _body_rows(table: Table) -> list[int]:
    return [index for index, row in enumerate(table.rows) if not row.is_header and not row.is_column_numbers]


def measure_words(header: str, context: ExtractionContext) -> list[str]:
    """The words of a header that name a measure (years, units, plan / fact / base words and total
    words — a "Всего" column beside year columns — left out)."""
    words = re.findall(r"[А-Яа-яЁёA-Za-z]+", header)
    tables = context.rules.tables
    skipped = _kind_word_lemmas(context) | _lemmas_of_words((*tables.time_words, *tables.total_rows))
    return [word for word in words if lemma(word.lower()) not in skipped and len(word) > 1]


def _kind_word_lemmas(context: ExtractionContext) -> frozenset[str]:
    tables = context.rules.tables
    return _lemmas_of_words((*tables.plan_headers, *tables.fact_headers, *tables.base_headers))


@cache
def _lemmas_of_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lemma(word.lower()) for phrase in phrases for word in re.findall(r"[А-Яа-яЁё]+", phrase))


def _caption(
    annotated: AnnotatedDocument, block: Block, context: ExtractionContext, *, lead_in_only: bool = True
) -> str:
    """The table's title: the nearest heading or short paragraph before it (``Таблица 1. …``); the
    items of a list right above it are no title, the sentence that leads in to them speaks for both.
    Without ``lead_in_only``, the end of a paragraph of prose before it (what the table is about)."""
    blocks = annotated.document.blocks
    before = blocks[max(0, block.index - 8) : block.index]
    captions = tuple(word.lower() for word in context.rules.tables.caption_words)
    if before and before[-1].kind is BlockKind.LIST_ITEM:
        # a numbered point of a letter that ends by pointing at the table ("… приведено в таблице.")
        segments = annotated.block_segments(before[-1])
        last = segments[-1].text if segments else ""
        if any(word in last.lower() for word in captions) and len(segments) > 1:
            return last
    while before and before[-1].kind is BlockKind.LIST_ITEM:
        before.pop()
    for previous in reversed(before[-2:]):
        if previous.kind is BlockKind.TABLE:
            break
        text = annotated.document.block_text(previous)
        if previous.kind is BlockKind.HEADING or text.lower().startswith(captions) or len(text) < 200:
            return text
        # of a paragraph of prose, only a last sentence that leads in to the table ("Распределение
        # программ по направленностям:", "… приведено в таблице 1."); its other sentences say other things
        if not lead_in_only:
            return text[-300:]
        segments = annotated.block_segments(previous)
        last = segments[-1].text if segments else text
        mentions_table = any(word in last.lower() for word in captions)
        return last if last.rstrip().endswith(":") or mentions_table else ""
    return ""


def _layout(annotated: AnnotatedDocument, block: Block, context: ExtractionContext) -> _Layout | None:
    table = block.table
    if table is None:
        return None
    activities = is_activity_table(table, context)
    headers = column_headers(table)
    body = _body_rows(table)
    if not headers or not body:
        return None
    rows = [table.row_texts(table.rows[index]) for index in body]
    numeric: list[int] = []
    label_col = None
    unit_col = None
    worded: list[tuple[int, int]] = []  # columns of words, with how many bare figures each holds
    # a section row of one cell over the whole width ("Раздел 2. Содержание и качество программ") says
    # nothing of what each column holds
    filled_rows = [row for row in rows if len({text for text in row if text.strip()}) > 1] or rows
    for col in range(table.n_cols):
        empty = {"", *context.rules.tables.empty_cells}
        texts = [row[col] for row in filled_rows if col < len(row) and row[col].strip() not in empty]
        role = column_role(table, col, context)
        if role == "unit":
            unit_col = col
            continue
        if role == "code":
            continue
        qualifiers = context.rules.units.qualifiers  # "не менее 20", "≥ 35" are figures too
        figures = sum(_is_numeric(cell_qualifier(text, qualifiers)[1]) for text in texts)
        if label_col is None and not numeric and _numbers_items(texts):
            continue  # "№ п/п": 1., 1.1, 1.1.1 number the rows
        if texts and figures >= max(1, len(texts) * 0.6):
            numeric.append(col)
        elif label_col is None and texts and not all(_ITEM_NUMBER.fullmatch(text) for text in texts):
            label_col = col
        elif texts and not all(_ITEM_NUMBER.fullmatch(text) for text in texts):
            worded.append((col, figures))
    label_col, worded = _past_group_column(label_col, worded, rows, numeric, context)
    key_value = not numeric and label_col is not None and len(worded) == 1 and worded[0][1] > 0
    if key_value:
        # a passport's "Показатель | Сведения": a figure alone in the value cell, or the figure it opens
        # with, is the row's value (what follows in words is read as a sentence)
        numeric.append(worded[0][0])
    value_cols = [col for col in numeric if label_col is None or col > label_col]
    if activities:  # a plan's activity table: only columns of amounts ("Объём финансирования, тыс. руб.")
        # or of planned and achieved volumes ("I квартал план | факт")
        value_cols = [
            col
            for col in value_cols
            if _names_amount(headers[col], context) or column_role(table, col, context) in {"plan", "fact"}
        ]
    if not value_cols or label_col is None:
        return None
    layout = _Layout(
        label_col, unit_col, value_cols, headers, caption=_caption(annotated, block, context), key_value=key_value
    )
    layout.leaves = _leaf_headers(table)
    layout.time_cols = {col for col in value_cols if not measure_words(headers[col], context)}
    layout.about_programs = (
        has_program_noun(layout.caption or _caption(annotated, block, context, lead_in_only=False), context)
        or _after_table_about_programs(annotated, block, context)
        or _speaks_of_assessment(layout.caption, context)  # only programs are assessed: "Результаты экспертизы …"
        or any(mentions_programs(headers[col], context) for col in range(len(headers)) if col != label_col)
    )
    tables = context.rules.tables
    # a first column headed "Показатель" names a measure in every row ("Программ в Навигаторе")
    names_measures = says(headers[label_col], tables.indicator_headers) and not says(
        headers[label_col], [*tables.plan_headers, *tables.fact_headers]
    )
    for position, row_index in enumerate(body):
        label = rows[position][label_col] if label_col < len(rows[position]) else ""
        if _is_total_label(label, context):
            layout.total_row = row_index
        elif (
            (names_measures and label.strip())
            or _is_indicator_label(label, rows[position], unit_col, context)
            or (activities and label_unit(label, None, context) is not None)  # "Проведение семинаров (ед.)"
            or (is_sub_row(label, context) and position > 0 and body[position - 1] in layout.indicator_rows)
        ):
            layout.indicator_rows.add(row_index)
    _link_years(table, layout, context)
    return layout


def _past_group_column(
    label_col: int | None,
    worded: list[tuple[int, int]],
    rows: list[list[str]],
    numeric: list[int],
    context: ExtractionContext,
) -> tuple[int | None, list[tuple[int, int]]]:
    """The label column past a column of group names: "Раздел | Показатель | … | 2025": a first column
    of words filled on few rows (the first row of each group, its cell merged down) and a next column
    of words filled on nearly every row before the figures; the names are the next column's."""
    if label_col is None or not worded:
        return label_col, worded
    empty = {"", *context.rules.tables.empty_cells}

    def filled(col: int) -> int:
        return sum(col < len(row) and row[col].strip() not in empty for row in rows)

    following = worded[0][0]
    values_after = [col for col in numeric if col > label_col]
    if values_after and following > min(values_after):
        return label_col, worded  # words after the figures: a comment column, not the names
    if filled(label_col) * 2 <= len(rows) and filled(following) >= 0.8 * len(rows):
        return following, worded[1:]
    return label_col, worded


def _numbers_items(texts: list[str]) -> bool:
    """A first column of item numbers: each one, and some with points ("1.", "2.3", "1.1.2")."""
    return bool(texts) and all(_ITEM_NUMBER.fullmatch(text) for text in texts) and any("." in text for text in texts)


_ITEM_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
"""An item number of a table row: "3", "3.", "3.1", "2.4.1"."""


def _is_total_label(label: str, context: ExtractionContext) -> bool:
    """A row label that opens with a total word of rules/tables.yaml ("Итого", "Всего по округу")."""
    return label.strip().lower().rstrip(":").startswith(tuple(word.lower() for word in context.rules.tables.total_rows))


def _after_table_about_programs(annotated: AnnotatedDocument, block: Block, context: ExtractionContext) -> bool:
    """The table right before this one, with nothing between (a table nested in its cell, or its
    next part: "в том числе по формам реализации:" / "Форма реализации | 2022/2023 | 2023/2024"), counts
    programs."""
    previous = annotated.document.blocks[block.index - 1] if block.index > 0 else None
    if previous is None or previous.kind is not BlockKind.TABLE or previous.table is None:
        return False
    layout = _block_layout(annotated, previous, context)
    return layout is not None and layout.about_programs


def _names_amount(header: str, context: ExtractionContext) -> bool:
    """A column header that says what its numbers count or measure: a unit abbreviation ("тыс. руб.",
    "чел.") or a count noun ("Количество участников")."""
    abbreviations = context.rules.units.abbreviations
    words = re.findall(r"[А-Яа-яЁё]+\.?", header)
    if any(word in abbreviations or word.lower() in abbreviations for word in words if word.endswith(".")):
        return True
    counts = _lemmas_of_words(tuple(context.rules.numbers.count_nouns))
    return any(lemma(word.rstrip(".").lower()) in counts for word in words)


def _caption_body(caption: str, context: ExtractionContext) -> str:
    """A caption without its "Таблица 1." label: what the table is about."""
    words = "|".join(re.escape(word) for word in context.rules.tables.caption_words)
    label = r"(?:\d+(?:\.\d+)*|[IVXLC]+|[А-ЯA-Z])(?![А-Яа-яЁёA-Za-z])"  # "1", "2.3", "IV", "А"; not "Объём"
    return re.sub(rf"^\s*(?i:{words})\.?\s*№?\s*(?:{label})?\s*[.:–—-]?\s*", "", caption)


def _is_indicator_label(label: str, texts: list[str], unit_col: int | None, context: ExtractionContext) -> bool:
    """A row label that names a measure, not an entity."""
    if unit_col is not None and unit_col < len(texts) and texts[unit_col].strip():
        return True
    words = {lemma(word.lower()) for word in re.findall(r"[А-Яа-яЁё]+", label)}
    measures = {lemma(word) for word in (*context.rules.numbers.count_nouns, *context.rules.numbers.measure_nouns)}
    return bool(words & measures) or label.rstrip().endswith("%") or _ends_with_unit(label, context)


def _ends_with_unit(label: str, context: ExtractionContext) -> bool:
    """A label that states its unit after a comma ("Оформлено сертификатов, ед.", "Оплачено, тыс. руб.")."""
    if "," not in label:
        return False
    tail = label.rsplit(",", 1)[1].split()
    units = context.rules.units
    known = {*units.abbreviations, *units.scale_words}
    return bool(tail) and all(word in known or word.rstrip(".") in known for word in tail)


def _link_years(table: Table, layout: _Layout, context: ExtractionContext) -> None:
    """Per row and measure, the columns of years before the document's period are history: the latest
    of them is the ``previous`` of the period's fact (or, without one, of its plan), the others are not
    facts at all. Columns of the period and later years stay facts (targets in plan columns); so do the
    earlier dates of the period's last year ("на 01.01.2025 | на 30.06.2025"), as the history of the
    later one."""
    period = context.period
    reference: int | None = None
    own_years: tuple[int, int] | None = None  # a report over several years ("за 2024–2025 годы")
    if period is not None and period.start is not None and period.end is not None:
        # a plan's period starts with its first year; an academic year ("2025/2026") is its end year,
        # as its columns are ("Факт 2024/2025 | План на 2025/2026": the fact is the plan's previous)
        academic = period.end.year == period.start.year + 1 and period.start.month >= 8
        reference = period.start.year if context.is_plan and not academic else period.end.year
        if not academic and period.end.year > period.start.year:
            own_years = (period.start.year, period.end.year)
    groups: dict[tuple[str | bool, ...], list[tuple[tuple[int, int, int], str, int]]] = {}
    for col in layout.value_cols:
        role = column_role(table, col, context) or "value"
        moment = _column_moment(layout.headers[col])
        if role in {"base", "change"} or moment is None:
            continue
        # a measure keyed by the first letters of its words' lemmas: "Охвачено в 2024/2025 уч. г., %"
        # and "Охват в 2023/2024 уч. г., %" measure one thing
        # (a share and a head count under one title are two measures)
        header = layout.headers[col]
        stems = tuple(lemma(word.lower())[:_STEM] for word in measure_words(header, context))
        key: tuple[str | bool, ...] = (*stems, _names_share(header, context))
        groups.setdefault(key, []).append((moment, role, col))
    for columns in groups.values():
        if not all(_HEADER_DATE.search(layout.headers[col]) for _, _, col in columns):
            # dates order the columns only when every one has its date ("на 01.01.2026 | на 01.07.2026");
            # "План на 2026 г. | Факт на 01.10.2026" are of one year, not one after the other
            columns = [((moment[0], 12, 31), role, col) for moment, role, col in columns]
        moments = sorted({moment for moment, _, _ in columns})
        if len(moments) < 2:
            continue
        current = max((moment for moment in moments if reference is None or moment[0] <= reference), default=moments[0])
        # a plan's milestone inside the document's period ("Плановое значение на 31.12.2025 | на
        # 31.05.2026" in a plan for 2025/2026) is a target of its own, not the history of the later one
        opens = (period.start.year, period.start.month, period.start.day) if period and period.start else None
        # in a report over several years each year's column is a fact of its own
        history = sorted(
            (moment, col)
            for moment, role, col in columns
            if moment < current
            and not (role == "plan" and opens is not None and moment >= opens)
            and not (own_years is not None and own_years[0] <= moment[0] < current[0])
        )
        if not history:
            continue
        if opens is not None and len(moments) >= _SERIES and all(moment >= opens for moment, _ in history):
            continue  # "на 01.01.2025 | на 01.04.2025 | на 30.06.2025" in a half-year's report: a series of states
        now = [(role, col) for moment, role, col in columns if moment == current]
        target = next((col for role, col in now if role != "plan"), now[0][1] if now else None)
        if target is None:
            continue
        for row_index in _body_rows(table):
            for _, col in history:
                layout.consumed[(row_index, col)] = (row_index, target)
            layout.previous_of[(row_index, target)] = (row_index, history[-1][1])


_SERIES = 3
"""Dated columns inside the document's period that are a series of states, each a fact of its own."""

_STEM = 5
"""Letters of a lemma that key a measure across a noun and its verb or participle (охват, охватить)."""


def _layout_of(annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext) -> _Layout | None:
    return _block_layout(annotated, segment.block, context)


def _block_layout(annotated: AnnotatedDocument, block: Block, context: ExtractionContext) -> _Layout | None:
    key = ("table_layout", block.index)
    if key not in context.cache:
        context.cache[key] = _layout(annotated, block, context)
    return context.cache[key]  # type: ignore[no-any-return]


def table_cell(annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext) -> TableCell | None:
    """What a number cell of a data table states; None for other cells (cached per segment)."""
    if "table_cell" not in segment.cache:
        segment.cache["table_cell"] = _table_cell(annotated, segment, context)
    return segment.cache["table_cell"]  # type: ignore[no-any-return]


def _table_cell(annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext) -> TableCell | None:
    table = segment.block.table
    qualifier, figure = cell_qualifier(segment.text, context.rules.units.qualifiers)
    if table is None or segment.cell is None or segment.row_index is None:
        return None
    figure_span: tuple[int, int] | None = None
    leading = None if _is_numeric(figure) else _LEADING_FIGURE.match(segment.text)
    if not _is_numeric(figure) and (
        leading is None or not _first_figure(segment) or _CODE.fullmatch(leading.group("figure"))
    ):
        return None  # words, or "617342, область, …": a postal code, no value
    layout = _layout_of(annotated, segment, context)
    if layout is None or layout.label_col is None or (leading is not None and not layout.key_value):
        return None
    if leading is not None:
        qualifier, figure, figure_span = None, leading.group("figure"), leading.span("figure")
    row_index, col = segment.row_index, segment.cell.col
    row = table.rows[row_index]
    if row.is_header or row.is_column_numbers or col not in layout.value_cols:
        return None
    role = column_role(table, col, context)
    if role in {"base", "change", "unit", "code"} or (row_index, col) in layout.consumed:
        return None
    value = cell_number(figure)
    if value is None:
        return None
    texts = table.row_texts(row)
    label = texts[layout.label_col] if layout.label_col < len(texts) else ""
    header = layout.headers[col] if col < len(layout.headers) else ""
    unit = texts[layout.unit_col] if layout.unit_col is not None and layout.unit_col < len(texts) else None
    is_total = row_index == layout.total_row
    indicator_row = row_index in layout.indicator_rows
    is_entity = not indicator_row and not is_total
    parent_text: str | None = None
    part_of: float | None = None
    if indicator_row:
        subject, parent_text, part_of, about_programs_parent = _indicator_subject(
            table, layout, row_index, col, label, context
        )
        dimension_text = [label, *([parent_text] if parent_text else []), header, layout.caption]
    else:
        measure = " ".join(measure_words(header, context))
        subject = header if measure else _caption_body(layout.caption, context)
        dimension_text = [header, *([] if _names_organization(label, context) else [label]), layout.caption]
        if is_entity and layout.total_row is not None:
            total_texts = table.row_texts(table.rows[layout.total_row])
            part_of = cell_number(total_texts[col]) if col < len(total_texts) else None
            parent_text = header
        about_programs_parent = False
    written = segment.text if figure_span is None else segment.text[: figure_span[1] + 2]  # "64 (34,8 % …)": 64
    paired = figure_span is not None and _SHARE_AFTER.match(segment.text, figure_span[1]) is not None
    if paired and unit is not None and "/" in unit:
        unit = unit.split("/", 1)[0].strip() or None  # "человек/%" over "312 / 14,3 %": 312 people
    if paired:
        percent = False  # "5 412 / 78,1 %": the count, then its share (read with the words after it)
    else:
        choices = _UNIT_CHOICES.search(header) is not None  # "Значение (ед., чел., %)"
        named = label if indicator_row or choices else header
        percent = "%" in written or is_percent_unit(unit, named, context)
        if not percent:
            percent = _names_share(named, context)
        if not percent and indicator_row and unit is None and not choices:
            # rows of head counts with a share column: "Показатель | Численность, чел. | Доля в 2023 г., %"
            percent = is_percent_unit(None, header, context)
    leaf = _leaf(layout, col)
    family = _family(label, header, layout, percent, indicator_row, about_programs_parent, context, unit, leaf)
    if family == "quantities" and is_total and mentions_programs(label, context):
        family = "program_counts"  # "Итого программ | ед. | 203 | 228 | 245"
    sibling_unit = None
    if family == "program_counts" and not indicator_row and not mentions_programs(header, context):
        # "Охвачено детей: всего, чел. | из них по сертификатам ПФДО": the columns under one title
        # measure one thing; the unit a sibling states is this column's too
        sibling_unit = _sibling_unit(table, layout, col, context)
        if sibling_unit is not None:
            family = "quantities"
    broken_down = _broken_down_column(layout, col, context)
    if broken_down is not None and not indicator_row and family == "program_counts":
        # "Зачислений | в т.ч. по сертификатам": a column opening with "в т.ч." breaks down the column
        # before it and measures what it measures (enrolments, not programs)
        whole_header = layout.headers[broken_down]
        if _family(label, whole_header, layout, percent, indicator_row, False, context) == "quantities":
            family, sibling_unit, parent_text = "quantities", whole_header, whole_header
            part_of = cell_number(texts[broken_down]) if broken_down < len(texts) else None
            subject = f"{whole_header} {header}"
            leaf = whole_header  # what the column counts is what the whole's column counts
    elif broken_down is not None and not indicator_row and family == "quantities":
        # "Педаг. ДО, чел. | в т.ч. КПК*": a part of the column before it, counted in its noun
        part_of = cell_number(texts[broken_down]) if broken_down < len(texts) else None
        leaf = _leaf(layout, broken_down) or layout.headers[broken_down]
    if family is None:
        return None
    previous = _previous(table, layout, row_index, col, context)
    year = _column_year(header)
    if _before_period(year, context):
        return None  # "План на 2026 год | Достигнуто в 2026 году" in a plan for 2027: history, not an item
    kind: Literal["actual", "target"] | None = "target" if role == "plan" else "actual" if role == "fact" else None
    if kind is None and role in {None, "value"} and _has_fact_column(table, layout, context):
        # "План | Факт | %": a share of the plan done, worked out from the fact; but a year after the
        # last year with a fact ("2023 год факт | 2024 год | … | 2028 год") is still to come: a target
        kind = "target" if _after_fact_years(table, layout, year, context) else "actual"
    head_count = re.search(r"\(\s*(\d[\d\s]*)\s*\)\s*$", segment.text)
    people = _people_beside(table, layout, texts, col, context) if percent and head_count is None else None
    indicator_text = subject
    if not indicator_row:  # a measure column: of an entity's row or of the total row
        indicator_text = " ".join(text for text in (header, _caption_body(layout.caption, context)) if text)
        if layout.about_programs and not has_program_noun(indicator_text, context):
            indicator_text += " (программы)"
    return TableCell(
        family=family,
        value=value,
        subject=subject if not is_entity or not label else f"{subject} — {label}" if subject else label,
        dimension_text=[text for text in dimension_text if text],
        row_label=label,
        column_header=header,
        unit_texts=[
            text
            for text in (
                segment.text[figure_span[1] :] if figure_span is not None else None,  # "5 037 чел. – 77,7 %"
                unit,
                label if indicator_row else None,
                header,
                sibling_unit,
                layout.caption,
            )
            if text
        ],
        unit=unit,
        kind=kind,
        year=year,
        previous=previous,
        part_of=part_of,
        parent_text=parent_text,
        head_count=int(re.sub(r"\s", "", head_count.group(1))) if head_count else people,
        is_total=is_total,
        is_entity=is_entity,
        indicator_text=indicator_text,
        column_leaf=leaf or header,
        qualifier=qualifier,
        figure_span=figure_span,
        category_column=not indicator_row and bool(leaf) and leaf != header and _category_under(header, leaf, context),
    )


def _sibling_unit(table: Table, layout: _Layout, col: int, context: ExtractionContext) -> str | None:
    """The header of another column under the same merged title that states a unit of its own other
    than programs ("всего, чел." beside "из них по сертификатам ПФДО"), if any."""
    for other in table.header_group(col):
        if other != col and other < len(layout.headers) and _states_unit(layout.leaves[other], context):
            return layout.headers[other]
    return None


def _people_beside(table: Table, layout: _Layout, texts: list[str], col: int, context: ExtractionContext) -> int | None:
    """The head count of a share column from the column left of it under the same upper header
    ("Охвачено дополнительным образованием" over "чел. | %"): that column counts people."""
    other = col - 1
    if other not in layout.value_cols or col >= len(layout.leaves) or other >= len(texts):
        return None
    words, other_words = layout.headers[col].split(), layout.headers[other].split()
    shared = next(
        (index for index, pair in enumerate(zip(words, other_words, strict=False)) if pair[0] != pair[1]),
        min(len(words), len(other_words)),
    )  # the upper header both stand under, flattened or not
    other_leaf = " ".join(other_words[shared:])
    if not shared or not other_leaf or shared == len(words):
        return None
    people = set(context.rules.units.person_units) | {"чел", "чел."}
    if not any(word.strip(",.").lower() in people or word.lower() in people for word in other_leaf.split()):
        return None
    value = cell_number(texts[other])
    return int(value) if value is not None and value == int(value) else None


def _before_period(year: int | None, context: ExtractionContext) -> bool:
    """A column of a year before the document's period (its values are history: an earlier column
    beside the period's own gives the ``previous``, see :func:`_previous`)."""
    period = context.period
    return year is not None and period is not None and period.start is not None and year < period.start.year


def _has_fact_column(table: Table, layout: _Layout, context: ExtractionContext) -> bool:
    return any(column_role(table, col, context) == "fact" for col in layout.value_cols)


def _after_fact_years(table: Table, layout: _Layout, year: int | None, context: ExtractionContext) -> bool:
    """The column's year comes after every year of the table's fact columns."""
    fact_years = [
        found
        for col in layout.value_cols
        if column_role(table, col, context) == "fact"
        and (found := _column_year(layout.headers[col] if col < len(layout.headers) else "")) is not None
    ]
    return year is not None and bool(fact_years) and year > max(fact_years)


def _leaf_headers(table: Table) -> list[str]:
    """Per column, the text of the lowest header row (the sub-title under a merged title)."""
    for row in reversed(table.rows):
        if row.is_header and not row.is_column_numbers:
            return [join_hyphenation(text) for text in table.row_texts(row)]
    return []


def _indicator_subject(
    table: Table, layout: _Layout, row_index: int, col: int, label: str, context: ExtractionContext
) -> tuple[str, str | None, float | None, bool]:
    """An indicator row's name, and for a sub-row (``в т.ч. …``) its parent row's name and value."""
    if not is_sub_row(label, context):
        return label, None, None, False
    total_value: float | None = None
    for parent_index in range(row_index - 1, -1, -1):
        parent_row = table.rows[parent_index]
        if parent_row.is_header or parent_row.is_column_numbers:
            break
        parent_texts = table.row_texts(parent_row)
        candidate = _label_in(parent_texts, layout) or row_label(table, parent_index)
        value = cell_number(parent_texts[col]) if col < len(parent_texts) else None
        above = ""
        if parent_index > 0:
            above_texts = table.row_texts(table.rows[parent_index - 1])
            above = _label_in(above_texts, layout) or row_label(table, parent_index - 1)
        if _is_total_label(candidate, context) and above and is_sub_row(above, context):
            # "Итого по стр. 2.1" closes the breakdown above it (not "Всего программ" heading its own);
            # the rows after it ("из общего количества: сетевые") break down that total, named by the
            # row that heads the breakdown above
            total_value = total_value if total_value is not None else value
            continue
        if candidate and not is_sub_row(candidate, context):
            prefix = sub_row_prefix(label, context)
            own = label[len(prefix) :].lstrip(" :") if prefix is not None else label
            parent_value = value if value is not None else total_value
            return own, candidate, parent_value, mentions_programs(candidate, context)
    return label, None, None, False


def _broken_down_column(layout: _Layout, col: int, context: ExtractionContext) -> int | None:
    """The value column just before ``col`` when ``col``'s lowest header opens with a breakdown marker
    ("в т.ч. по сертификатам", "из них"), and that column's does not."""
    leaf = _leaf(layout, col) or layout.headers[col]
    if col - 1 not in layout.value_cols or sub_row_prefix(leaf, context) is None:
        return None
    before = _leaf(layout, col - 1) or layout.headers[col - 1]
    return None if sub_row_prefix(before, context) is not None else col - 1


def _leaf(layout: _Layout, col: int) -> str:
    """The text of the column's lowest header row ("" where there is none)."""
    return layout.leaves[col] if col < len(layout.leaves) else ""


def _label_in(texts: list[str], layout: _Layout) -> str:
    """The row's text in the label column ("" where that cell is empty or missing)."""
    return texts[layout.label_col] if layout.label_col is not None and layout.label_col < len(texts) else ""


def _family(
    label: str,
    header: str,
    layout: _Layout,
    percent: bool,
    indicator_row: bool,
    parent_programs: bool,
    context: ExtractionContext,
    unit: str | None = None,
    leaf: str = "",
) -> Family | None:

    if percent:
        return "percentages"
    if not indicator_row and leaf and leaf != header and measure_words(leaf, context):
        # "Количество программ и обучающихся / 2025 год / детей*": the lowest header names what its
        # column counts, whatever the title over several columns names
        if mentions_programs(leaf, context):
            return "program_counts"
        if _category_under(header, leaf, context):
            return "program_counts"
        if label_unit(leaf, None, context) and not _status_only(leaf, context) and not _is_dimension(leaf, context):
            return "quantities"
    if indicator_row:
        own_unit = label_unit(label, None, context)
        if mentions_programs(label, context) or (
            (
                parent_programs
                or (mentions_programs(header, context) and not _HEADER_DATE.search(label))
                # "Прошли НОК, ед." in a note on quality assessment: only programs are assessed
                or (document_about_assessment(context) and _is_dimension(label, context, stages=True))
            )
            and (
                not own_unit
                or own_unit not in context.rules.counted_units
                or _is_dimension(label, context, stages=True)
            )
        ):
            # "Количество программ, ед." over "в т.ч. в реестре сертифицированных": the column counts programs
            return "program_counts"
        # a unit cell ("человек") counts what a sub-row names in one word ("высшая" under "… категория")
        return "quantities" if own_unit or (unit and unit.strip()) else None
    measure = " ".join(measure_words(header, context))
    if measure:
        if mentions_programs(header, context):
            return "program_counts"
        if _states_unit(header, context):
            return "quantities"  # "Оплачено по сертификатам, тыс. руб.": money, not a stage of programs
        stage = _status_only(header, context) and not _counts_other_nouns(header, context)
        if stage and (layout.about_programs or _is_dimension(label, context)):
            return "program_counts"
        if layout.about_programs and _is_dimension(header, context):
            return "program_counts"  # "в т.ч. по направленностям: техн." in a table about programs
        if label_unit(header, None, context) and not stage:
            return "quantities"
        if _is_dimension(label, context) and layout.about_programs:
            return "program_counts"
        return None
    if layout.about_programs:
        return "program_counts"
    if layout.caption and label_unit(_caption_body(layout.caption, context), None, context):
        return "quantities"
    return None


def _category_under(header: str, leaf: str, context: ExtractionContext) -> bool:
    """The lowest header is one category of a count of programs "by" something written over it
    ("Количество программ по типам организаций / орг. доп. образования"), not a measure of its own:
    it states no unit and no count noun of its own. Worked out once per column."""
    key = ("category_under", header, leaf)
    if key not in context.cache:
        context.cache[key] = _is_category_under(header, leaf, context)
    return bool(context.cache[key])


def _is_category_under(header: str, leaf: str, context: ExtractionContext) -> bool:
    upper = header[: len(header) - len(leaf)] if header.endswith(leaf) else header.replace(leaf, " ")
    if not mentions_programs(upper, context):
        return False
    words = {lemma(word.lower()) for word in re.findall(r"[А-Яа-яЁё]+", upper)}
    if not words & _lemmas_of_words(tuple(context.rules.language.prepositions)):
        return False  # no "по …" the leaves could be categories of
    count_nouns = {word.lower() for word in context.rules.numbers.count_nouns}
    if any(word.lower() in count_nouns for word in re.findall(r"[А-Яа-яЁё-]+", leaf)):
        return False
    from mocparse.extract.quantities import stated_unit

    unit, _ = stated_unit([leaf], context)
    # "орг. доп. образования" under "… по типам организаций": the unit word is the category's noun
    return unit is None or unit in words


def _names_share(text: str, context: ExtractionContext) -> bool:
    """A column header or row name that measures a share: "%" or a percent word, or a share noun at
    its start ("Доля детей …", "Удельный вес …")."""
    numbers = context.rules.numbers
    if "%" in text:
        return True
    words = [lemma(word.lower()) for word in re.findall(r"[А-Яа-яЁё]+", text)]
    if set(words) & _lemmas_of_words(tuple(numbers.percent_words)):
        return True
    return bool(words) and words[0] in _lemmas_of_words(tuple(numbers.share_nouns))


def _names_organization(label: str, context: ExtractionContext) -> bool:
    """A row label that is an organization (its legal form, or a name in quotes)."""
    forms = {form.lower() for form in context.rules.document.organization_forms}
    words = re.findall(r"[А-ЯЁA-Z]{2,}[а-яё]*", label)
    return "«" in label or '"' in label or any(word.lower() in forms for word in words)


def _speaks_of_assessment(text: str, context: ExtractionContext) -> bool:
    return bool(text) and speaks_of_assessment(make_doc(text), context)


def _states_unit(header: str, context: ExtractionContext) -> bool:
    """The header writes a unit of its own that is no program ("тыс. руб.", "чел.")."""
    from mocparse.extract.quantities import stated_unit

    unit, _ = stated_unit([header], context)
    return unit is not None and unit not in context.rules.program_noun_lemmas


def _counts_other_nouns(header: str, context: ExtractionContext) -> bool:
    """The header counts a noun other than programs whatever stage it names ("Использовано
    сертификатов ПФДО": certificates)."""
    unit = lemma(label_unit(header, None, context).lower())
    if unit not in context.rules.counted_units:
        return False
    # "из них по сертификатам", "по соц. сертификату": a noun after a preposition (and a word that
    # qualifies it) says how the programs run; they are counted still
    prepositions = context.rules.language.prepositions
    words = re.findall(r"[А-Яа-яЁё]+", header.lower())
    position = next((index for index, word in enumerate(words) if lemma(word) == unit), None)
    return position is None or not any(word in prepositions for word in words[max(0, position - 2) : position])


def _status_only(header: str, context: ExtractionContext) -> bool:
    """A measure header that only says a stage ("Прошли экспертизу", "Представлено", "Не прошли")."""
    doc = make_doc(header)
    return "status" in dimension_cues(doc, 0, len(doc), context, assessment=True)


def _is_dimension(label: str, context: ExtractionContext, stages: bool = False) -> bool:
    """A row label that is a form or a направленность of programs ("Техническая", "Модульные программы"),
    with ``stages`` also a stage ("в т.ч. сертифицированных (ПФДО)")."""
    key = ("table_dimensions", label)
    found = context.cache.get(key)
    if found is None:  # the same header or label for every cell of a column or row
        doc = make_doc(label)
        found = set(dimension_cues(doc, 0, len(doc), context))
        order = context.rules.dimension_order
        values = all_dimension_values(doc, 0, len(doc), context, assessment=False)
        found |= {name for name in ("focus", "form") if values & set(order[name])}  # "технической и естественнонаучной"
        context.cache[key] = found
    return "focus" in found or "form" in found or (stages and "status" in found)


_HEADER_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")


def _column_moment(header: str) -> tuple[int, int, int] | None:
    """When a column's figures stand: the date in its header ("на 01.07.2026"), else the end of the
    year in it ("2025 год"); None without either. Columns of the same measure are ordered by it."""
    dates = _HEADER_DATE.findall(header)
    if dates:
        day, month, year = (int(part) for part in dates[-1])
        return (year, month, day)
    years = _YEAR.findall(header)
    return (int(years[-1]), 12, 31) if years else None


def _column_year(header: str) -> int | None:
    years = _YEAR.findall(header)
    return int(years[-1]) if years else None


def _previous(
    table: Table, layout: _Layout, row_index: int, col: int, context: ExtractionContext
) -> PreviousValue | None:
    texts = table.row_texts(table.rows[row_index])
    earlier = layout.previous_of.get((row_index, col))
    if earlier is not None:
        value = cell_number(texts[earlier[1]]) if earlier[1] < len(texts) else None
        if value is not None:
            return PreviousValue(value=_plain(value), year=_column_year(layout.headers[earlier[1]]))
    facts = [c for c in layout.value_cols if column_role(table, c, context) not in {"base", "change"}]
    achieved = [c for c in facts if column_role(table, c, context) == "fact"]
    if achieved and len(achieved) < len(facts):
        facts = achieved  # "Утверждено | Исполнено | Справочно: 2024": the earlier value is the achieved one's
    if not facts or facts[0] != col:
        return None
    for other in range(len(layout.headers)):
        if column_role(table, other, context) == "base" and other < len(texts):
            value = cell_number(texts[other])
            if value is not None:
                return PreviousValue(value=_plain(value), year=_column_year(layout.headers[other]))
    return _previous_by_change(table, layout, texts, col, context)


def _previous_by_change(
    table: Table, layout: _Layout, texts: list[str], col: int, context: ExtractionContext
) -> PreviousValue | None:
    """ "… | 21 | … | +4" under "Изменение к 01.01.2025": the value 21 was 17 on that date (a change
    column that names when it counts from, and measures what the value column does)."""
    current = cell_number(texts[col]) if col < len(texts) else None
    if current is None:
        return None
    stems = {lemma(word.lower())[:_STEM] for word in measure_words(layout.headers[col], context)}
    for other in range(col + 1, len(layout.headers)):
        header = layout.headers[other]
        year = _column_year(header)
        if year is None or column_role(table, other, context) != "change" or other >= len(texts):
            continue
        if not says(header, context.rules.tables.change_since_headers):
            continue
        changed = {lemma(word.lower())[:_STEM] for word in measure_words(header, context)}
        changed -= {lemma(word.lower())[:_STEM] for word in context.rules.tables.change_since_headers}
        change = cell_number(texts[other])
        if change is None or (changed and not changed & stems):
            continue
        return PreviousValue(value=_plain(current - change), year=year)
    return None


def _plain(value: float) -> int | float:
    return int(value) if value.is_integer() else value
