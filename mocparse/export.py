"""Exports of the regional database: an XLSX workbook for analysts and one CSV per table.

The workbook has a ``summary`` sheet (per municipality and period: documents, coverage %,
program counts by type), one sheet per fact family with the document and the evidence of every
fact, and an ``errors`` sheet of files that could not be converted. docs/database.md explains how
the summary figures are chosen. Text that a spreadsheet would run as a formula is written as text
(:mod:`mocparse.export_safety`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Select, Table, and_, func, or_, select

from mocparse.db import schema as s
from mocparse.export_safety import csv_field, xlsx_cell

if TYPE_CHECKING:
    from mocparse.privacy import Pseudonymizer

RowTransform = Callable[[str, list[str], Sequence[Any]], Sequence[Any]]
"""``(sheet or table name, header, row) -> row``: applied to every exported row (``--pseudonymize``)."""

EXCEL_MAX_ROWS = 1_048_576
_EXCEL_MAX_CELL = 32_767
_KIND_ORDER = {"report": 0, "analysis": 1, "plan": 2, "other": 3}
_COVERAGE = re.compile(r"охва[тч]")  # охват, охватить, охваченных
_WIDE = {"evidence_text", "text", "title", "message", "subject", "result", "document", "path", "coverage_evidence"}


class ExportError(Exception):
    """The export cannot be written as asked (e.g. a sheet longer than Excel allows)."""


# -- the summary --------------------------------------------------------------------------------


def program_counts_query() -> Select[Any]:
    """Program counts by type per municipality and period: the largest *headline* count.

    A headline count is not a part of a breakdown (``part_of`` is null) and is not explicitly
    for another year than the document's reporting year. Across several documents of the same
    municipality and period (a report and a plan, or one report in several formats), the largest wins.
    """
    d, pc = s.documents, s.program_counts
    return (
        select(
            d.c.municipality,
            d.c.period_label,
            pc.c.program_type,
            func.max(pc.c.value).label("programs"),
            func.count(func.distinct(d.c.id)).label("documents"),
        )
        .join_from(pc, d, pc.c.document_id == d.c.id)
        .where(pc.c.part_of.is_(None), or_(pc.c.year.is_(None), pc.c.year == d.c.reporting_year))
        .group_by(d.c.municipality, d.c.period_label, pc.c.program_type)
        .order_by(d.c.municipality, d.c.period_label, pc.c.program_type)
    )


def persons_with_roles_query() -> Select[Any]:
    """Every person of every document with each role (a row per role; no role gives one row with null)."""
    d, p, r = s.documents, s.persons, s.person_roles
    return (
        select(d.c.sha256, d.c.municipality, p.c.name, p.c.person_key, p.c.organization, r.c.role)
        .select_from(p.join(d, p.c.document_id == d.c.id).outerjoin(r, r.c.person_id == p.c.id))
        .order_by(d.c.sha256, p.c.ordinal, r.c.ordinal)
    )


@dataclass(frozen=True, slots=True)
class Coverage:
    """The coverage share chosen for a municipality and period, with its evidence."""

    value: float
    evidence: str
    document: str


def coverage_by_group(connection: Connection) -> dict[tuple[str | None, str | None], Coverage]:
    """Coverage % (охват) per municipality and period.

    In each document, the first actual percentage whose subject speaks of coverage (охват, охваченных),
    preferring one stated for the reporting year and skipping those stated for another year;
    across documents of a group, that of a report first, then an analysis, then a plan.
    """
    d, pct = s.documents, s.percentages
    rows = connection.execute(
        select(
            d.c.id,
            d.c.municipality,
            d.c.period_label,
            d.c.kind,
            d.c.path,
            d.c.reporting_year,
            pct.c.value,
            pct.c.subject,
            pct.c.year,
            pct.c.ordinal,
            pct.c.evidence_text,
        )
        .join_from(pct, d, pct.c.document_id == d.c.id)
        .where(or_(pct.c.kind.is_(None), pct.c.kind == "actual"))
    ).all()
    per_document: dict[int, tuple[tuple[Any, ...], Any]] = {}
    for row in rows:
        if not _COVERAGE.search((row.subject or "").lower()):
            continue
        if row.year is not None and row.year != row.reporting_year:
            continue
        rank = (row.year is None, row.ordinal)
        if row.id not in per_document or rank < per_document[row.id][0]:
            per_document[row.id] = (rank, row)
    chosen: dict[tuple[str | None, str | None], tuple[tuple[Any, ...], Coverage]] = {}
    for _, row in per_document.values():
        key = (row.municipality, row.period_label)
        rank = (_KIND_ORDER.get(row.kind, 9), row.path)
        if key not in chosen or rank < chosen[key][0]:
            chosen[key] = (rank, Coverage(row.value, row.evidence_text or "", row.path))
    return {key: coverage for key, (_, coverage) in chosen.items()}


def _type_order(program_type: str | None) -> tuple[int, str]:
    return (0 if program_type == "all" else 2 if program_type is None else 1, program_type or "")


def summary_table(connection: Connection) -> tuple[list[str], list[list[Any]]]:
    """The summary sheet: one row per municipality and period."""
    d = s.documents
    groups = sorted(
        connection.execute(
            select(d.c.municipality, d.c.period_label, func.max(d.c.region), func.count()).group_by(
                d.c.municipality, d.c.period_label
            )
        ).all(),
        key=lambda row: (row[0] is None, row[0] or "", row[1] or ""),  # the same order on every database
    )
    counts: dict[tuple[str | None, str | None], dict[str | None, int]] = defaultdict(dict)
    types: set[str | None] = set()
    for row in connection.execute(program_counts_query()):
        counts[(row.municipality, row.period_label)][row.program_type] = row.programs
        types.add(row.program_type)
    ordered = sorted(types, key=_type_order)
    coverage = coverage_by_group(connection)
    header = [
        "municipality",
        "region",
        "period",
        "documents",
        "coverage_pct",
        "coverage_evidence",
        "coverage_document",
        *(f"programs_{kind or 'untyped'}" for kind in ordered),
    ]
    table: list[list[Any]] = []
    for municipality, period, region, documents in groups:
        key = (municipality, period)
        found = coverage.get(key)
        table.append(
            [
                municipality,
                region,
                period,
                documents,
                found.value if found else None,
                found.evidence if found else None,
                found.document if found else None,
                *(counts[key].get(kind) for kind in ordered),
            ]
        )
    return header, table


# -- fact sheets --------------------------------------------------------------------------------


def _fact_sheet(connection: Connection, table: Table) -> tuple[list[str], Iterator[Sequence[Any]]]:
    d = s.documents
    columns = [c for c in table.c if c.name not in {"document_id"}]
    query = (
        select(d.c.municipality, d.c.period_label, d.c.path.label("document"), *columns)
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

    def extend() -> Iterator[Sequence[Any]]:
        for row in rows:
            found = values.get(row[position], [])
            yield [*row, len(found) if count else "; ".join(str(item) for item in found)]

    return [*header, name], extend()


def fact_sheets(connection: Connection) -> Iterator[tuple[str, list[str], Iterable[Sequence[Any]]]]:
    """(sheet name, header, rows) of the documents, each fact family and the errors."""
    d = s.documents
    doc_columns = [c for c in d.c if not c.name.startswith("evidence_cell") and c.name != "load_run_id"]
    result = connection.execute(select(*doc_columns).order_by(d.c.municipality, d.c.period_label, d.c.path))
    yield "documents", list(result.keys()), result
    families = (
        s.tasks,
        s.activities,
        s.program_counts,
        s.quantities,
        s.percentages,
        s.dates,
        s.persons,
        s.organizations,
        s.legal_acts,
        s.perspectives,
        s.warnings,
    )
    for table in families:
        header, rows = _fact_sheet(connection, table)
        if table is s.activities:
            responsible = _grouped(connection, s.activity_responsible, "activity_id", "responsible")
            header, rows = _with_list(header, rows, "responsible", responsible)
        elif table is s.persons:
            roles = _grouped(connection, s.person_roles, "person_id", "role")
            header, rows = _with_list(header, rows, "roles", roles)
            mentions = _grouped(connection, s.person_mentions, "person_id", "evidence_text")
            header, rows = _with_list(header, rows, "mentions", mentions, count=True)
        yield table.name, header, rows
    yield "errors", *_errors(connection)


def _errors(connection: Connection) -> tuple[list[str], list[Sequence[Any]]]:
    """Files whose latest error record has no converted document since: what still needs a look."""
    e, d = s.load_errors, s.documents
    rows = connection.execute(
        select(e.c.path, e.c.sha256, e.c.kind, e.c.message, e.c.load_run_id)
        .outerjoin(d, and_(e.c.sha256.is_not(None), d.c.sha256 == e.c.sha256))
        .where(d.c.id.is_(None))
        .order_by(e.c.id)
    ).all()
    latest: dict[str, Sequence[Any]] = {}
    for row in rows:
        latest[row.sha256 or f"path:{row.path}"] = row
    return ["path", "sha256", "kind", "message", "load_run_id"], sorted(latest.values(), key=lambda r: r.path or "")


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


def export_xlsx(engine: Engine, path: Path, *, transform: RowTransform | None = None) -> dict[str, int]:
    """Write the workbook (written to a temporary file, then renamed; removed when that fails);
    return rows per sheet. ``transform`` rewrites every row (e.g. pseudonymization)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    written: dict[str, int] = {}

    def add(name: str, header: list[str], rows: Iterable[Sequence[Any]]) -> None:
        sheet = workbook.create_sheet(name)
        for index, column in enumerate(header, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = 60 if column in _WIDE else 16
        sheet.freeze_panes = "A2"
        cells = []
        for column in header:
            cell = WriteOnlyCell(sheet, value=column)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)
        count = 0
        for row in _transformed(transform, name, header, rows):
            count += 1
            if count >= EXCEL_MAX_ROWS:
                raise ExportError(f"sheet {name} has more rows than an Excel sheet holds; export with --csv instead")
            sheet.append([xlsx_cell(sheet, _excel_value(value)) for value in row])
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
        written[name] = count

    with engine.connect() as connection:
        add("summary", *summary_table(connection))
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


def _csv_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return "" if value is None else csv_field(value)


def export_csv(engine: Engine, directory: Path, *, transform: RowTransform | None = None) -> dict[str, int]:
    """Write ``TABLE.csv`` (UTF-8, header row) for every table of the schema; return rows per table.
    Each file is written to a temporary name and renamed (the temporary file is removed on failure)."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    with engine.connect() as connection:
        for table in s.metadata.sorted_tables:
            target = directory / f"{table.name}.csv"
            temporary = target.with_name(f".{target.name}.tmp")
            primary = list(table.primary_key.columns)
            result = connection.execution_options(stream_results=True).execute(select(table).order_by(*primary))
            count = 0
            header = list(result.keys())
            try:
                with temporary.open("w", encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(header)
                    for row in _transformed(transform, table.name, header, result):
                        writer.writerow([_csv_value(value) for value in row])
                        count += 1
                temporary.replace(target)
            except BaseException:
                _discard(temporary)
                raise
            written[table.name] = count
    return written
