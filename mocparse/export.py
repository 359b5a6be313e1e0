"""Exports of the regional database: an XLSX workbook for Russian staff and one CSV per table.

The workbook has a ``Сводка`` sheet (per municipality and period: the actual value of every
indicator, plan targets in their own columns, conflicts between documents flagged with both
sources), a ``Расхождения`` sheet listing each conflict's sources, one sheet per indicator
(municipalities × years), one sheet per fact family of the registry with the document and the
evidence of every fact, and the documents, warnings and files that could not be converted.
docs/database.md explains how the summary figures are chosen. Text that a spreadsheet would run
as a formula is written as text (:mod:`mocparse.export_safety`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Column, Connection, Engine, Select, Table, and_, func, select

from mocparse.db import schema as s
from mocparse.export_safety import csv_field, neutralize_cell
from mocparse.families import registry
from mocparse.vocabulary import KIND_LABELS, VOCABULARY_FIELDS, label, vocabularies

if TYPE_CHECKING:
    from mocparse.privacy import Pseudonymizer

RowTransform = Callable[[str, list[str], Sequence[Any]], Sequence[Any]]
"""``(sheet or table name, header, row) -> row``: applied to every exported row (``--pseudonymize``)."""

CsvDialect = Literal["excel-ru", "plain"]
"""``excel-ru``: UTF-8 with BOM, ``;`` and decimal commas (Russian Excel opens it by double click);
``plain``: UTF-8, ``,`` and decimal points (for programs)."""

EXCEL_MAX_ROWS = 1_048_576
_EXCEL_MAX_CELL = 32_767
_KIND_ORDER = {"report": 0, "analysis": 1, "plan": 2, "other": 3}
_PROGRAMS = "programs"


class ExportError(Exception):
    """The export cannot be written as asked (e.g. a sheet longer than Excel allows)."""


# -- Russian names of columns and values --------------------------------------------------------

COLUMN_NAMES: dict[str, str] = {
    "municipality": "Муниципалитет",
    "region": "Регион",
    "period_label": "Период",
    "period_text": "Период (как написано)",
    "period_start": "Начало периода",
    "period_end": "Конец периода",
    "reporting_year": "Отчётный год",
    "document": "Документ",
    "path": "Файл",
    "format": "Формат",
    "pages": "Страниц",
    "sha256": "SHA-256",
    "title": "Заголовок",
    "kind": "Вид",
    "document_kind": "Вид документа",
    "error": "Ошибка",
    "schema_version": "Версия схемы",
    "mocparse_version": "Версия mocparse",
    "loaded_at": "Загружен",
    "municipality_key": "Ключ муниципалитета",
    "value": "Значение",
    "program_type": "Тип программ",
    "focus": "Направленность",
    "form": "Форма",
    "status": "Статус",
    "indicator": "Показатель",
    "unit": "Единица",
    "subject": "Что посчитано",
    "subject_key": "Ключ предмета",
    "year": "Год",
    "previous_value": "Ранее: значение",
    "previous_year": "Ранее: год",
    "qualifier": "Оговорка",
    "part_of": "Часть от",
    "head_count": "Человек",
    "number": "Номер",
    "text": "Текст",
    "name": "Имя",
    "full_name": "Полное имя",
    "organization": "Организация",
    "roles": "Роли",
    "mentions": "Упоминаний",
    "person_key": "Ключ персоны",
    "responsible": "Ответственные",
    "deadline_text": "Срок (как написано)",
    "deadline_start": "Срок: начало",
    "deadline_end": "Срок: конец",
    "result": "Результат",
    "start_date": "Начало",
    "end_date": "Конец",
    "precision": "Точность",
    "act_date": "Дата акта",
    "issuer": "Кем издан",
    "code": "Код",
    "message": "Сообщение",
    "review": "Проверка",
    "rule": "Правило",
    "confidence": "Уверенность",
    "evidence_text": "Доказательство",
    "evidence_page": "Стр.",
    "span_text": "Значение как написано",
    "phrase_text": "Фраза",
    "evidence_start": "Начало доказательства",
    "evidence_end": "Конец доказательства",
    "evidence_block": "Блок",
    "evidence_cell_row": "Строка таблицы",
    "evidence_cell_col": "Столбец таблицы",
    "span_start": "Начало значения",
    "span_end": "Конец значения",
    "phrase_start": "Начало фразы",
    "phrase_end": "Конец фразы",
    "id": "ID",
    "ordinal": "№ в документе",
    "load_run_id": "Загрузка",
}
"""Russian headers of the workbook; a column not named here keeps its database name."""

_DOCUMENT_KINDS = {"report": "отчёт", "plan": "план", "analysis": "анализ", "other": "другое"}
_REVIEW = {"accepted": "верно", "corrected": "исправлено"}
_WIDE_LIMIT = 60


def column_title(name: str) -> str:
    """The Russian header of a database column."""
    return COLUMN_NAMES.get(name, name)


def readable(column: str, value: Any) -> Any:
    """A value as Russian staff read it: labels of vocabulary ids, plan/fact, review status, да/нет."""
    if value is None:
        return None
    if column in VOCABULARY_FIELDS and isinstance(value, str):
        return label(column, value)
    if column == "kind" and value in KIND_LABELS:
        return KIND_LABELS[value][0]
    if column == "document_kind":
        return _DOCUMENT_KINDS.get(value, value)
    if column == "review":
        return _REVIEW.get(value, value)
    if isinstance(value, bool):
        return "да" if value else "нет"
    return value


def indicator_values_query() -> Select[Any]:
    """Every indicator value with its municipality and period (what the summary is made from)."""
    d, iv = s.documents, s.indicator_values
    return (
        select(
            d.c.sha256,
            d.c.municipality,
            d.c.period_label,
            iv.c.indicator,
            iv.c.breakdown,
            iv.c.kind,
            iv.c.value,
            iv.c.year,
            iv.c.part_of,
        )
        .join_from(iv, d, iv.c.document_id == d.c.id)
        .order_by(d.c.sha256, iv.c.ordinal)
    )


def persons_with_roles_query() -> Select[Any]:
    """Every person of every document with each role (a row per role; no role gives one row with null)."""
    d, p, r = s.documents, s.persons, s.person_roles
    return (
        select(d.c.sha256, d.c.municipality, p.c.name, p.c.person_key, p.c.organization, r.c.role)
        .select_from(p.join(d, p.c.document_id == d.c.id).outerjoin(r, r.c.person_id == p.c.id))
        .order_by(d.c.sha256, p.c.ordinal, r.c.ordinal)
    )


# -- indicators: the summary ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Measure:
    """A summary column pair: an indicator, or one part (program type) of it."""

    indicator: str
    breakdown: str | None


@dataclass(frozen=True, slots=True)
class Source:
    """One document's value for a measure, with where it was read."""

    value: float
    document: str
    evidence: str
    page: int | None


@dataclass(slots=True)
class Cell:
    """A summary cell: the value when every source agrees; a conflict keeps all of them."""

    sources: list[Source] = field(default_factory=list)

    @property
    def values(self) -> list[float]:
        """The distinct values stated, in the order first met."""
        return list(dict.fromkeys(source.value for source in self.sources))

    @property
    def conflict(self) -> bool:
        """The sources disagree."""
        return len(self.values) > 1

    @property
    def value(self) -> float | None:
        """The agreed value; None in a conflict (never resolved by max or by document kind)."""
        values = self.values
        return values[0] if len(values) == 1 else None


Group = tuple[str | None, str | None]
"""(municipality, period label)."""


@dataclass(slots=True)
class Summary:
    """Every cell of the summary: by group, measure and kind (``actual`` / ``target``)."""

    groups: list[tuple[str | None, str | None, str | None, int | None, int]]
    """(municipality, period, region, reporting year, documents) in display order."""
    cells: dict[tuple[Group, Measure, str], Cell]
    measures: list[Measure]
    units: dict[Measure, str | None] = field(default_factory=dict)

    def cell(self, group: Group, measure: Measure, kind: str = "actual") -> Cell | None:
        """The cell of a group, measure and kind (None when no document states it)."""
        return self.cells.get((group, measure, kind))

    def has_targets(self, measure: Measure) -> bool:
        """Some group has a plan target for the measure."""
        return any(key[1] == measure and key[2] == "target" for key in self.cells)


def _measure_order(measure: Measure) -> tuple[int, int, str]:
    vocab = vocabularies()
    types = {term.id: index for index, term in enumerate(vocab.get("program_type", ()))}
    indicators = {term.id: index for index, term in enumerate(vocab.get("indicator", ()))}
    if measure.indicator == _PROGRAMS:
        all_first = -1 if measure.breakdown == "all" else types.get(measure.breakdown or "", 999)
        return (0, all_first, measure.breakdown or "")
    return (1, indicators.get(measure.indicator, 999), measure.indicator + (measure.breakdown or ""))


def measure_title(measure: Measure) -> str:
    """The Russian title of a measure: ``Программы: сетевые ...`` or the indicator's label."""
    if measure.indicator == _PROGRAMS:
        part = _short_label("program_type", measure.breakdown) if measure.breakdown else ""
        return f"Программы: {part}" if part else "Программы"
    title = label("indicator", measure.indicator)
    return f"{title}: {_short_label('program_type', measure.breakdown)}" if measure.breakdown else title


def _short_label(field_name: str, value: str) -> str:
    """A vocabulary label up to its first bracket, slash or comma (``реализуемые в сетевой форме``)."""
    return re.split(r"[(/,]", label(field_name, value))[0].strip() or value


def summarize(connection: Connection) -> Summary:
    """The summary from ``indicator_values``: per municipality and period, each measure's actual
    value stated for the reporting year (or for no year), and its plan target in the same way.

    Breakdown parts ("из них 12 сетевых") count in their own measure. Values of one measure that
    differ between documents of a group (or inside one) make a conflict: the cell stays empty and
    every source is listed. Counts without a type and values for other years stay out."""
    d, iv = s.documents, s.indicator_values
    groups = sorted(
        (
            (row[0], row[1], row[2], row[3], row[4])
            for row in connection.execute(
                select(
                    d.c.municipality,
                    d.c.period_label,
                    func.max(d.c.region),
                    func.max(d.c.reporting_year),
                    func.count(),
                ).group_by(d.c.municipality, d.c.period_label)
            )
        ),
        key=lambda row: (row[0] is None, row[0] or "", row[1] or ""),  # the same order on every database
    )
    rows = list(
        connection.execute(
            select(
                d.c.municipality,
                d.c.period_label,
                d.c.reporting_year,
                d.c.path,
                d.c.kind.label("document_kind"),
                iv.c.ordinal,
                iv.c.indicator,
                iv.c.breakdown,
                iv.c.kind,
                iv.c.value,
                iv.c.year,
                iv.c.unit,
                iv.c.evidence_text,
                iv.c.evidence_page,
            )
            .join_from(iv, d, iv.c.document_id == d.c.id)
            .order_by(d.c.path, iv.c.ordinal)
        )
    )
    rows.sort(key=lambda row: (_KIND_ORDER.get(row.document_kind, 9), row.path, row.ordinal))  # reports first
    cells: dict[tuple[Group, Measure, str], Cell] = {}
    units: dict[Measure, str | None] = {}
    for row in rows:
        if row.year is not None and row.year != row.reporting_year:
            continue
        kind = "target" if row.kind == "target" else "actual"
        measure = Measure(row.indicator, row.breakdown)
        units.setdefault(measure, row.unit)
        cell = cells.setdefault(((row.municipality, row.period_label), measure, kind), Cell())
        cell.sources.append(Source(float(row.value), row.path, row.evidence_text or "", row.evidence_page))
    measures = sorted({key[1] for key in cells}, key=_measure_order)
    return Summary(groups, cells, measures, units)


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _conflict_text(measure: Measure, kind: str, cell: Cell) -> str:
    """``Программы: сетевые: 12 — a.docx; 15 — b.pdf`` (each value with the documents stating it)."""
    plan = " (план)" if kind == "target" else ""
    documents: dict[float, list[str]] = {}
    for source in cell.sources:
        names = documents.setdefault(source.value, [])
        if Path(source.document).name not in names:
            names.append(Path(source.document).name)
    sources = "; ".join(f"{_number(value)} — {', '.join(names)}" for value, names in documents.items())
    return f"{measure_title(measure)}{plan}: {sources}"


def summary_table(connection: Connection) -> tuple[list[str], list[list[Any]]]:
    """The ``Сводка`` sheet: one row per municipality and period, an actual and (where some
    document states one) a plan column per measure, and the conflicts in words."""
    summary = summarize(connection)
    header = ["Муниципалитет", "Регион", "Период", "Документов"]
    columns: list[tuple[Measure, str]] = []
    for measure in summary.measures:
        title = measure_title(measure) + (", %" if summary.units.get(measure) == "%" else "")
        columns.append((measure, "actual"))
        header.append(title)
        if summary.has_targets(measure):
            columns.append((measure, "target"))
            header.append(f"{title} — план")
    header.append("Расхождения")
    table: list[list[Any]] = []
    for municipality, period, region, _, documents in summary.groups:
        group = (municipality, period)
        row: list[Any] = [municipality, region, period, documents]
        conflicts: list[str] = []
        for measure, kind in columns:
            cell = summary.cell(group, measure, kind)
            row.append(_number(cell.value) if cell is not None else None)
            if cell is not None and cell.conflict:
                conflicts.append(_conflict_text(measure, kind, cell))
        row.append("\n".join(conflicts) or None)
        table.append(row)
    return header, table


def conflicts_table(connection: Connection) -> tuple[list[str], list[list[Any]]]:
    """The ``Расхождения`` sheet: a row per source of every conflicting summary cell."""
    summary = summarize(connection)
    header = ["Муниципалитет", "Период", "Показатель", "План/факт", "Значение", "Документ", "Стр.", "Доказательство"]
    table: list[list[Any]] = []
    for (group, measure, kind), cell in sorted(
        summary.cells.items(),
        key=lambda item: (item[0][0][0] or "", item[0][0][1] or "", _measure_order(item[0][1]), item[0][2]),
    ):
        if not cell.conflict:
            continue
        for source in cell.sources:
            table.append(
                [
                    group[0],
                    group[1],
                    measure_title(measure),
                    KIND_LABELS[kind][0],
                    _number(source.value),
                    source.document,
                    source.page,
                    source.evidence,
                ]
            )
    return header, table


def indicator_sheets(connection: Connection) -> Iterator[tuple[str, list[str], list[list[Any]]]]:
    """One sheet per measure for the regional dashboard: municipalities × reporting years, actual
    values (a conflict leaves its cell empty and is named in the last column)."""
    summary = summarize(connection)
    years = sorted({year for _, _, _, year, _ in summary.groups if year is not None})
    municipalities = sorted({municipality for municipality, *_ in summary.groups}, key=lambda m: (m is None, m or ""))
    by_year: dict[tuple[str | None, int], list[Group]] = defaultdict(list)
    for municipality, period, _, year, _ in summary.groups:
        if year is not None:
            by_year[(municipality, year)].append((municipality, period))
    for measure in summary.measures:
        header = ["Муниципалитет", *(str(year) for year in years), "Расхождения"]
        table: list[list[Any]] = []
        for municipality in municipalities:
            row: list[Any] = [municipality]
            notes: list[str] = []
            for year in years:
                cells = [summary.cell(group, measure) for group in by_year[(municipality, year)]]
                found = Cell([source for cell in cells if cell is not None for source in cell.sources])
                row.append(_number(found.value))
                if found.conflict:
                    notes.append(f"{year}: " + ", ".join(str(_number(value)) for value in found.values))
            if any(value is not None for value in row[1:]) or notes:
                table.append([*row, "; ".join(notes) or None])
        yield sheet_name(measure), header, table


def sheet_name(measure: Measure) -> str:
    """A short sheet name of a measure (Excel allows 31 characters)."""
    if measure.indicator == _PROGRAMS and measure.breakdown:
        return f"Пр. {_short_label('program_type', measure.breakdown)}"[:31]
    return measure_title(measure)[:31]


# -- fact sheets --------------------------------------------------------------------------------

_EVIDENCE_TAIL = (
    "review",
    "rule",
    "confidence",
    "evidence_text",
    "evidence_page",
    "span_text",
    "phrase_text",
    "evidence_start",
    "evidence_end",
    "evidence_block",
    "evidence_cell_row",
    "evidence_cell_col",
    "span_start",
    "span_end",
    "phrase_start",
    "phrase_end",
    "id",
    "ordinal",
)


def _ordered(columns: Iterable[Column[Any]]) -> list[Column[Any]]:
    """Values first, then review, rule, evidence and ids."""
    columns = [column for column in columns if column.name != "document_id"]
    tail = {name: index for index, name in enumerate(_EVIDENCE_TAIL)}
    return sorted(columns, key=lambda column: (column.name in tail, tail.get(column.name, 0)))


def _fact_sheet(connection: Connection, table: Table) -> tuple[list[str], Iterator[Sequence[Any]]]:
    d = s.documents
    query = (
        select(d.c.municipality, d.c.period_label, d.c.path.label("document"), *_ordered(table.c))
        .join_from(table, d, table.c.document_id == d.c.id)
        .order_by(d.c.municipality, d.c.period_label, d.c.path, table.c.ordinal)
    )
    result = connection.execute(query)
    return list(result.keys()), iter(result)


def _grouped(connection: Connection, table: Table, key: str, value: str) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for owner, item in connection.execute(select(table.c[key], table.c[value]).order_by(table.c[key], table.c.ordinal)):
        grouped[owner].append(item)
    return grouped


def _with_list(
    header: list[str], rows: Iterator[Sequence[Any]], name: str, values: dict[int, list[Any]], *, count: bool = False
) -> tuple[list[str], Iterator[Sequence[Any]]]:
    position = header.index("id")
    at = header.index("review") if "review" in header else len(header)

    def extend() -> Iterator[Sequence[Any]]:
        for row in rows:
            found = values.get(row[position], [])
            extra = len(found) if count else "; ".join(str(item) for item in found)
            yield [*row[:at], extra, *row[at:]]

    return [*header[:at], name, *header[at:]], extend()


def fact_sheets(connection: Connection) -> Iterator[tuple[str, list[str], Iterable[Sequence[Any]]]]:
    """(sheet name, header, rows) of the documents, each fact family of the registry, the warnings
    and the errors; headers are database column names (see :data:`COLUMN_NAMES`)."""
    d = s.documents
    hidden = {"load_run_id", "report_json", "municipality_key"}
    doc_columns = [
        c.label("document_kind") if c.name == "kind" else c
        for c in d.c
        if not c.name.startswith("evidence_cell") and c.name not in hidden
    ]
    result = connection.execute(select(*doc_columns).order_by(d.c.municipality, d.c.period_label, d.c.path))
    yield "Документы", list(result.keys()), result
    families = {family.name: family for family in registry()}
    for tables in s.family_tables():
        family = families[tables.family]
        header, rows = _fact_sheet(connection, tables.table)
        for child in tables.children:
            if child.value_column is None:
                values = _grouped(connection, child.table, child.parent_column, "evidence_text")
                header, rows = _with_list(header, rows, child.field, values, count=True)
            else:
                values = _grouped(connection, child.table, child.parent_column, child.value_column)
                header, rows = _with_list(header, rows, child.field, values)
        yield family.label_ru, header, rows
    header, rows = _fact_sheet(connection, s.warnings)
    yield "Предупреждения", header, rows
    yield "Ошибки", *_errors(connection)


def _errors(connection: Connection) -> tuple[list[str], list[Sequence[Any]]]:
    """Files whose latest error record has no converted document since: what still needs a look."""
    e, d = s.load_errors, s.documents
    rows = connection.execute(
        select(e.c.path, e.c.sha256, e.c.kind, e.c.message, e.c.load_run_id)
        .outerjoin(d, and_(e.c.sha256.is_not(None), d.c.sha256 == e.c.sha256))
        .where(d.c.id.is_(None))
        .order_by(e.c.id)
    ).all()
    latest: dict[str, Any] = {}
    for row in rows:
        latest[row.sha256 or f"path:{row.path}"] = row
    return ["path", "sha256", "error", "message", "load_run_id"], sorted(latest.values(), key=lambda r: r.path or "")


# -- writers ------------------------------------------------------------------------------------


def pseudonymized_rows(engine: Engine, privacy: Pseudonymizer) -> RowTransform:
    """A row transform that pseudonymizes every person in the database (mocparse.privacy): it knows the
    persons table and every name its net finds in any text of any table (read once before the export)."""
    from sqlalchemy import String

    with engine.connect() as connection:
        persons = connection.execute(select(s.persons.c.name, s.persons.c.full_name).distinct()).all()
        transform = privacy.row_transform((name, full_name) for name, full_name in persons)
        for table in s.metadata.sorted_tables:
            columns = [column for column in table.c if isinstance(column.type, String)]
            if columns:
                header = [column.name for column in columns]
                for row in connection.execution_options(stream_results=True).execute(select(*columns)):
                    transform.learn(table.name, header, row)
    return transform


def _transformed(
    transform: RowTransform | None, name: str, header: list[str], rows: Iterable[Sequence[Any]]
) -> Iterable[Sequence[Any]]:
    if transform is None:
        return rows
    return (transform(name, header, row) for row in rows)


def _discard(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _excel_value(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        return value if len(value) <= _EXCEL_MAX_CELL else value[: _EXCEL_MAX_CELL - 1] + "…"
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(name: str, used: set[str]) -> str:
    base = _SHEET_NAME.sub(" ", name).strip()[:31] or "Лист"
    title, number = base, 2
    while title.lower() in used:
        suffix = f" ({number})"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(title.lower())
    return title


_TECHNICAL = re.compile(r"(evidence|span|phrase)_(start|end|block|cell_row|cell_col)|id|ordinal|.*_key|sha256")
"""Columns hidden in the workbook (kept for joins and lookups; shown by unhiding them)."""

_SAMPLE = 2000
"""Rows looked at to fit column widths and choose number formats (the rest is streamed)."""


def _number_format(column: str, values: list[Any]) -> str | None:
    numbers = [value for value in values if isinstance(value, int | float) and not isinstance(value, bool)]
    if not numbers:
        return None
    if column in {"id", "ordinal", "year", "reporting_year", "evidence_page", "pages", "previous_year"} or re.fullmatch(
        r"\d{4}|.*_(start|end|block|row|col|id)", column
    ):
        return "0"
    if column == "confidence":
        return "0.00"
    if all(float(value).is_integer() for value in numbers):
        return "#,##0"
    return "#,##0.0##"


def _width(header: str, values: list[Any]) -> float:
    """Fitted to the longest value (up to 60) and the longest word of the header (headers wrap)."""
    words = max((len(word) for word in str(header).split()), default=6)
    lines = [len(line) for value in values if value is not None for line in str(value).splitlines() or [""]]
    longest = max([min(len(str(header)), 18), words, *lines], default=8)
    return float(min(_WIDE_LIMIT, max(6, longest + 2)))


def export_xlsx(engine: Engine, path: Path, *, transform: RowTransform | None = None) -> dict[str, int]:
    """Write the workbook (written to a temporary file, then renamed; removed when that fails);
    return rows per sheet. ``transform`` rewrites every row (e.g. pseudonymization)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.table import Table as ExcelTable
    from openpyxl.worksheet.table import TableStyleInfo

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE4EA")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    written: dict[str, int] = {}
    used: set[str] = set()

    def add(
        name: str,
        header: list[str],
        rows: Iterable[Sequence[Any]],
        *,
        titles: list[str] | None = None,
        percent: set[int] | None = None,
    ) -> None:
        title = _sheet_title(name, used)
        sheet = workbook.create_sheet(title)
        shown = titles or [column_title(column) for column in header]
        iterator = iter(_transformed(transform, name, header, rows))
        sample: list[list[Any]] = []
        for row in iterator:
            sample.append([readable(column, value) for column, value in zip(header, row, strict=True)])
            if len(sample) >= _SAMPLE:
                break
        formats: list[str | None] = []
        wide: list[bool] = []
        for index, column in enumerate(header):
            values = [row[index] for row in sample]
            width = _width(shown[index], values)
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
            if titles is None and _TECHNICAL.fullmatch(column):
                sheet.column_dimensions[get_column_letter(index + 1)].hidden = True
            wide.append(width >= _WIDE_LIMIT)
            formats.append('0.0" %"' if percent and index in percent else _number_format(column, values))
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.append(list(shown))
        lines = 1
        for index, text in enumerate(shown, start=1):
            cell = sheet.cell(row=1, column=index)
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = wrap
            width = sheet.column_dimensions[get_column_letter(index)].width or 10
            lines = max(lines, -(-len(str(text)) // max(1, int(width) - 1)))
        sheet.row_dimensions[1].height = 15 * min(lines + 1, 7)
        count = 0

        def write(row: list[Any]) -> None:
            nonlocal count
            count += 1
            if count >= EXCEL_MAX_ROWS:
                raise ExportError(f"sheet {name} has more rows than an Excel sheet holds; export with --csv instead")
            sheet.append([_excel_value(value) for value in row])
            lines = 1
            for index, value in enumerate(row):
                if wide[index] and isinstance(value, str):
                    width = int(sheet.column_dimensions[get_column_letter(index + 1)].width or _WIDE_LIMIT)
                    lines = max(lines, sum(-(-len(part) // width) or 1 for part in value.splitlines()))
            if lines > 1:
                sheet.row_dimensions[count + 1].height = 15 * min(lines, 12)
            for index, value in enumerate(row):
                cell = sheet.cell(row=count + 1, column=index + 1)
                if formats[index] is not None and isinstance(value, int | float) and not isinstance(value, bool):
                    cell.number_format = formats[index]
                cell.alignment = wrap if wide[index] else top
                neutralize_cell(cell)

        for row in sample:
            write(row)
        for raw in iterator:
            write([readable(column, value) for column, value in zip(header, raw, strict=True)])
        if header:
            table = ExcelTable(
                displayName=f"t{len(used)}",
                ref=f"A1:{get_column_letter(len(header))}{count + 1}",
                tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True),
            )
            from openpyxl.worksheet.table import TableColumn

            _unique_headers(shown)
            table.tableColumns = [TableColumn(id=index + 1, name=str(text)) for index, text in enumerate(shown)]
            sheet.add_table(table)
        written[title] = count

    with engine.connect() as connection:
        header, summary = summary_table(connection)
        add("Сводка", header, summary, titles=header, percent=_percent_columns(header))
        header, conflicts = conflicts_table(connection)
        add("Расхождения", header, conflicts, titles=header)
        for name, header, table in indicator_sheets(connection):
            add(name, header, table, titles=header)
        for name, header, rows in fact_sheets(connection):
            add(name, header, rows)
    # Saved to memory first (the compressed workbook): a failed save to a full disk would leave
    # openpyxl's half-written archive to complain at garbage collection.
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(buffer.getbuffer())
        temporary.replace(path)
    except BaseException:
        _discard(temporary)
        raise
    return written


def _percent_columns(header: list[str]) -> set[int]:
    """Summary columns of indicators measured in per cent (their titles end in ``, %``)."""
    return {index for index, title in enumerate(header) if title.endswith(", %") or title.endswith(", % — план")}


def _unique_headers(titles: list[str]) -> None:
    """Excel tables need distinct header texts: repeated ones get a number."""
    seen: dict[str, int] = {}
    for index, title in enumerate(titles):
        key = title.lower()
        if key in seen:
            seen[key] += 1
            titles[index] = f"{title} {seen[key]}"
        else:
            seen[key] = 1


def _csv_value(value: Any, dialect: CsvDialect) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if value is None:
        return ""
    if dialect == "excel-ru" and isinstance(value, float):
        text = f"{value:.10f}".rstrip("0").rstrip(".") if not value.is_integer() else str(int(value))
        return text.replace(".", ",")
    return csv_field(value)


_CSV_HIDDEN = {"documents": {"report_json"}}
"""Columns left out of the CSV files (the parsed report is read by mocparse, not by people)."""


def export_csv(
    engine: Engine, directory: Path, *, transform: RowTransform | None = None, dialect: CsvDialect = "excel-ru"
) -> dict[str, int]:
    """Write ``TABLE.csv`` (header row of column names) for every table of the schema and
    ``summary.csv`` (Russian headers, like the workbook's summary); return rows per file.
    Each file is written to a temporary name and renamed (the temporary file is removed on failure)."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    encoding = "utf-8-sig" if dialect == "excel-ru" else "utf-8"
    delimiter = ";" if dialect == "excel-ru" else ","

    def write(name: str, header: list[str], rows: Iterable[Sequence[Any]]) -> None:
        target = directory / f"{name}.csv"
        temporary = target.with_name(f".{target.name}.tmp")
        count = 0
        try:
            with temporary.open("w", encoding=encoding, newline="") as handle:
                writer = csv.writer(handle, delimiter=delimiter)
                writer.writerow(header)
                for row in _transformed(transform, name, header, rows):
                    writer.writerow([_csv_value(value, dialect) for value in row])
                    count += 1
            temporary.replace(target)
        except BaseException:
            _discard(temporary)
            raise
        written[name] = count

    with engine.connect() as connection:
        s.family_tables()
        for table in s.metadata.sorted_tables:
            hidden = _CSV_HIDDEN.get(table.name, set())
            columns = [column for column in table.c if column.name not in hidden]
            primary = list(table.primary_key.columns)
            result = connection.execution_options(stream_results=True).execute(select(*columns).order_by(*primary))
            write(table.name, list(result.keys()), result)
        write("summary", *summary_table(connection))
    return written
