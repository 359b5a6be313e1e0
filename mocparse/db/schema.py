"""The regional database: SQLAlchemy Core tables, one per fact family (docs/database.md).

The fact tables are made from the family registry (:mod:`mocparse.families`): one column per
scalar field of the family's record, nested records flattened (``previous_value``), lists of
strings and lists of evidence in child tables; a family's :class:`~mocparse.families.Storage`
keeps historical names (``dates.start_date``, ``activity_responsible``).

Every fact row keeps its evidence (text, character offsets, block, page, table cell), the rule
that produced it and its confidence, and ``document_id``; deleting a document's rows by
``document_id`` removes the document completely. ``schema_version`` records the migrations applied
(:mod:`mocparse.db.migrations`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from mocparse.families import FactFamily, Storage, registry
from mocparse.records import Evidence, Fact

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _evidence(required: bool = True) -> list[Column[Any]]:
    """Evidence columns: where the fact was read (``document text[start:end]``), the value's own
    span and the phrase it came from."""
    return [
        Column("evidence_text", Text, nullable=not required),
        Column("evidence_start", Integer, nullable=not required),
        Column("evidence_end", Integer, nullable=not required),
        Column("evidence_block", Integer, nullable=not required),
        Column("evidence_page", Integer),
        Column("evidence_cell_row", Integer),
        Column("evidence_cell_col", Integer),
        Column("span_start", Integer),
        Column("span_end", Integer),
        Column("span_text", Text),
        Column("phrase_start", Integer),
        Column("phrase_end", Integer),
        Column("phrase_text", Text),
    ]


def _fact() -> list[Column[Any]]:
    """Columns of every fact row: its document, position in the report, rule, confidence, evidence."""
    return [
        Column("id", Integer, primary_key=True),
        Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("ordinal", Integer, nullable=False),
        Column("rule", Text, nullable=False),
        Column("confidence", Float, nullable=False),
        *_evidence(),
    ]


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

load_runs = Table(
    "load_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),  # running | completed | interrupted | failed
    Column("command", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("mocparse_version", String(32), nullable=False),
    Column("documents_loaded", Integer, nullable=False, default=0),
    Column("documents_replaced", Integer, nullable=False, default=0),
    Column("documents_failed", Integer, nullable=False, default=0),
    Column("error_records", Integer, nullable=False, default=0),
    Column("message", Text),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("path", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("pages", Integer),
    Column("schema_version", String(16), nullable=False),
    Column("mocparse_version", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text),
    Column("municipality", Text),
    Column("municipality_key", Text, index=True),
    Column("region", Text),
    Column("period_text", Text),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("period_label", String(16), comment="'2023' or '2022-2023' (academic year)"),
    Column("reporting_year", Integer, comment="Calendar year in which the period ends."),
    *_evidence(required=False),
    Column("report_json", Text, comment="The Report as parsed, before review corrections (review pages, reloads)."),
    Column("load_run_id", Integer, ForeignKey("load_runs.id")),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Index(None, "municipality", "period_label"),
)

warnings = Table(
    "warnings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("code", Text, nullable=False),
    Column("message", Text, nullable=False),
    *_evidence(required=False),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, index=True, comment="The reviewed document."),
    Column("family", Text, nullable=False),
    Column("fact_key", String(64), nullable=False, comment="SHA-256 of where the fact was read."),
    Column("fact_index", Integer, nullable=False),
    Column("decision", String(16), nullable=False, comment="accepted | rejected | corrected"),
    Column("changes", Text, nullable=False, comment="JSON object of corrected fields."),
    Column("fact", Text, nullable=False, comment="JSON of the fact as the reviewer saw it."),
    Column("comment", Text),
    Column("reviewer", Text),
    Column("reviewed_at", DateTime(timezone=True)),
    Column("complete", Boolean, nullable=False, default=False),
    Column("source", Text, nullable=False, comment="The corrections file."),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "family", "fact_key"),
)

indicator_values = Table(
    "indicator_values",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("indicator", Text, nullable=False, index=True, comment="'programs' or an id of rules/indicators.yaml."),
    Column("breakdown", Text, comment="The part of the indicator: a program type id."),
    Column("kind", String(16), comment="actual | target"),
    Column("value", Float, nullable=False),
    Column("unit", Text),
    Column("year", Integer),
    Column("part_of", Float, comment="The total this value is a part of."),
    Column("family", Text, nullable=False, comment="The fact family of the fact it came from."),
    Column("fact_id", Integer, nullable=False, comment="Row id of that fact in the family's table."),
    Column("review", String(16)),
    Column("evidence_text", Text),
    Column("evidence_page", Integer),
    Column("span_text", Text),
)

load_errors = Table(
    "load_errors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("load_run_id", Integer, ForeignKey("load_runs.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("path", Text),
    Column("sha256", String(64), index=True),
    Column("kind", String(32), nullable=False),
    Column("message", Text, nullable=False),
)

# --------------------------------------------------------------------------- fact tables from the registry


@dataclass(frozen=True, slots=True)
class FieldColumn:
    """A record field (or a field of a nested record) stored in one column."""

    path: tuple[str, ...]
    column: str


@dataclass(frozen=True, slots=True)
class ChildTable:
    """A list field stored in a child table: strings in ``value_column``, or evidence columns."""

    field: str
    table: Table
    parent_column: str
    value_column: str | None


@dataclass(frozen=True, slots=True)
class FamilyTables:
    """The tables of one fact family and how its record's fields map to their columns."""

    family: str
    table: Table
    columns: tuple[FieldColumn, ...]
    children: tuple[ChildTable, ...]
    has_evidence: bool


_SCALARS: dict[type, type[TypeEngine[Any]] | TypeEngine[Any]] = {
    bool: Boolean,
    int: BigInteger,
    float: Float,
    str: Text,
    dt.date: Date,
}
_FACT_FIELDS = {"evidence", "rule", "confidence"}


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the type inside ``X | None``, whether None is allowed)."""
    args = get_args(annotation)
    if get_origin(annotation) in (Union, UnionType) and type(None) in args:
        rest = [arg for arg in args if arg is not type(None)]
        return (rest[0] if len(rest) == 1 else Union[tuple(rest)]), True  # noqa: UP007
    return annotation, False


def _sql_type(annotation: Any) -> TypeEngine[Any] | type[TypeEngine[Any]] | None:
    """The column type of a scalar annotation; None for a nested record or a list."""
    if get_origin(annotation) is Literal or (isinstance(annotation, type) and issubclass(annotation, Enum)):
        return String(32)
    if get_origin(annotation) in (Union, UnionType):
        args = set(get_args(annotation))
        return Float if args <= {int, float} else Text
    if isinstance(annotation, type) and not issubclass(annotation, BaseModel):
        for python_type, sql_type in _SCALARS.items():
            if issubclass(annotation, python_type):
                return sql_type
    return None


def _flat_columns(
    model: type[BaseModel], storage: Storage | None, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[FieldColumn, Column[Any]]]:
    renamed = storage.renamed if storage is not None else {}
    for name, info in model.model_fields.items():
        if not prefix and name in _FACT_FIELDS and issubclass(model, Fact):
            continue
        annotation, optional = _unwrap(info.annotation)
        path = (*prefix, name)
        flat = "_".join(path)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _flat_columns(annotation, storage, path)
            continue
        if get_origin(annotation) in (list, dict):
            continue
        sql_type = _sql_type(annotation)
        if sql_type is None:
            continue
        nullable = bool(prefix) or optional or not info.is_required()
        column_name = renamed.get(flat, flat)
        yield FieldColumn(path, column_name), Column(column_name, sql_type, nullable=nullable)


def _family_tables(family: FactFamily) -> FamilyTables:
    storage = family.storage
    name = family.table
    has_evidence = issubclass(family.record, Fact)
    pairs = list(_flat_columns(family.record, storage))
    head: list[Column[Any]] = (
        _fact()
        if has_evidence
        else [
            Column("id", Integer, primary_key=True),
            Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
            Column("ordinal", Integer, nullable=False),
        ]
    )
    head.append(Column("review", String(16), comment="accepted | corrected after review; null: not reviewed"))
    extra = []
    if storage is not None and storage.key_column is not None:
        extra.append(Column(storage.key_column[0], Text, nullable=False, index=True))
    indexed = set(storage.indexed) if storage is not None else set()
    columns = [column for _, column in pairs]
    for column in columns:
        column.index = column.name in indexed or None
    table = Table(name, metadata, *head, *columns, *extra)
    children = []
    child_tables = storage.child_tables if storage is not None else {}
    parent_column = f"{storage.row_name if storage is not None and storage.row_name else name}_id"
    for field_name, info in family.record.model_fields.items():
        annotation, _ = _unwrap(info.annotation)
        if get_origin(annotation) is not list:
            continue
        (item_type,) = get_args(annotation)
        child_name, value_column = child_tables.get(field_name, (f"{name}_{field_name}", field_name))
        base = [
            Column("id", Integer, primary_key=True),
            Column(parent_column, Integer, ForeignKey(f"{name}.id", ondelete="CASCADE"), nullable=False, index=True),
            Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
            Column("ordinal", Integer, nullable=False),
        ]
        if isinstance(item_type, type) and issubclass(item_type, Evidence):
            child = Table(child_name, metadata, *base, *_evidence())
            children.append(ChildTable(field_name, child, parent_column, None))
        else:
            child = Table(child_name, metadata, *base, Column(value_column, Text, nullable=False))
            children.append(ChildTable(field_name, child, parent_column, value_column))
    return FamilyTables(family.name, table, tuple(column for column, _ in pairs), tuple(children), has_evidence)


_FAMILY_TABLES: dict[str, FamilyTables] = {}


def family_tables() -> list[FamilyTables]:
    """The tables of every registered fact family (built on first use, and for families registered
    since), in registration order."""
    for family in registry():
        if family.name not in _FAMILY_TABLES:
            _FAMILY_TABLES[family.name] = _family_tables(family)
    return [_FAMILY_TABLES[name] for name in registry().names if name in _FAMILY_TABLES]


def document_children() -> tuple[Table, ...]:
    """Tables with ``document_id``, children before parents (the order rows are deleted in)."""
    tables = family_tables()
    return (
        *(child.table for entry in tables for child in entry.children),
        indicator_values,
        *(entry.table for entry in tables),
        warnings,
    )


def fact_tables() -> tuple[Table, ...]:
    """Tables of facts, in the order of the fact families of a Report, then warnings."""
    return (
        *(table for entry in family_tables() for table in (entry.table, *(child.table for child in entry.children))),
        warnings,
    )


def __getattr__(name: str) -> Any:
    """``schema.program_counts``, ``schema.person_roles`` ...: the table of that name."""
    if name == "DOCUMENT_CHILDREN":
        return document_children()
    if name == "FACT_TABLES":
        return fact_tables()
    family_tables()
    if name in metadata.tables:
        return metadata.tables[name]
    raise AttributeError(name)


def forget_family(name: str) -> None:
    """Drop a family's tables from the metadata (after the family left the registry)."""
    entry = _FAMILY_TABLES.pop(name, None)
    if entry is not None:
        for table in (*(child.table for child in entry.children), entry.table):
            metadata.remove(table)
