"""The regional database: SQLAlchemy Core tables, one per fact family (docs/database.md).

Every fact row keeps its evidence (text, character offsets, block, page, table cell), the rule
that produced it and its confidence, and ``document_id``; deleting a document's rows by
``document_id`` removes the document completely. ``schema_version`` records the migrations applied
(:mod:`mocparse.db.migrations`).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
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
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _evidence(required: bool = True) -> list[Column]:
    """Evidence columns: where the fact was read (``document text[start:end]``)."""
    return [
        Column("evidence_text", Text, nullable=not required),
        Column("evidence_start", Integer, nullable=not required),
        Column("evidence_end", Integer, nullable=not required),
        Column("evidence_block", Integer, nullable=not required),
        Column("evidence_page", Integer),
        Column("evidence_cell_row", Integer),
        Column("evidence_cell_col", Integer),
    ]


def _fact() -> list[Column]:
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
    Column("load_run_id", Integer, ForeignKey("load_runs.id")),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Index(None, "municipality", "period_label"),
)

tasks = Table(
    "tasks",
    metadata,
    *_fact(),
    Column("number", Text),
    Column("text", Text, nullable=False),
)

perspectives = Table(
    "perspectives",
    metadata,
    *_fact(),
    Column("number", Text),
    Column("text", Text, nullable=False),
)

activities = Table(
    "activities",
    metadata,
    *_fact(),
    Column("number", Text),
    Column("title", Text, nullable=False),
    Column("deadline_text", Text),
    Column("deadline_start", Date),
    Column("deadline_end", Date),
    Column("result", Text),
)

activity_responsible = Table(
    "activity_responsible",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("activity_id", Integer, ForeignKey("activities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("responsible", Text, nullable=False),
)

program_counts = Table(
    "program_counts",
    metadata,
    *_fact(),
    Column("value", BigInteger, nullable=False),
    Column("program_type", Text, index=True),
    Column("year", Integer),
    Column("previous_value", BigInteger),
    Column("previous_year", Integer),
    Column("qualifier", Text),
    Column("part_of", BigInteger),
)

quantities = Table(
    "quantities",
    metadata,
    *_fact(),
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("qualifier", Text),
    Column("year", Integer),
)

percentages = Table(
    "percentages",
    metadata,
    *_fact(),
    Column("value", Float, nullable=False),
    Column("subject", Text, nullable=False),
    Column("kind", String(16)),
    Column("year", Integer),
)

dates = Table(
    "dates",
    metadata,
    *_fact(),
    Column("text", Text, nullable=False),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date, nullable=False),
    Column("precision", String(16), nullable=False),
)

persons = Table(
    "persons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("full_name", Text),
    Column("organization", Text),
    Column("person_key", Text, nullable=False, index=True, comment="normalized name | normalized municipality"),
    Column("rule", Text, nullable=False),
    Column("confidence", Float, nullable=False),
)

person_roles = Table(
    "person_roles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("role", Text, nullable=False),
)

person_mentions = Table(
    "person_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    *_evidence(),
)

organizations = Table(
    "organizations",
    metadata,
    *_fact(),
    Column("name", Text, nullable=False),
)

legal_acts = Table(
    "legal_acts",
    metadata,
    *_fact(),
    Column("kind", Text, nullable=False),
    Column("number", Text),
    Column("act_date", Date),
    Column("title", Text),
    Column("issuer", Text),
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

DOCUMENT_CHILDREN: tuple[Table, ...] = (
    activity_responsible,
    person_roles,
    person_mentions,
    tasks,
    perspectives,
    activities,
    program_counts,
    quantities,
    percentages,
    dates,
    persons,
    organizations,
    legal_acts,
    warnings,
)
"""Tables with ``document_id``, children before parents (the order rows are deleted in)."""

FACT_TABLES: tuple[Table, ...] = (
    tasks,
    activities,
    activity_responsible,
    program_counts,
    quantities,
    percentages,
    dates,
    persons,
    person_roles,
    person_mentions,
    organizations,
    legal_acts,
    perspectives,
    warnings,
)
"""Tables of facts, in the order of the fact families of a Report."""
