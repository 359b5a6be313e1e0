"""Versioned database schema: ordered migration steps recorded in the ``schema_version`` table.

A new database is created from the current tables (:mod:`mocparse.db.schema`) and stamped with
every version. An existing one gets the steps it lacks, in order, each in its own transaction
together with its ``schema_version`` row. To change the schema: edit ``schema.py`` and append a
:class:`Migration` whose ``upgrade`` brings a database of the previous version to the new one::

    def _add_documents_language(connection: Connection) -> None:
        connection.execute(text("ALTER TABLE documents ADD COLUMN language TEXT"))

    MIGRATIONS = (..., Migration(2, "documents.language", _add_documents_language))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from mocparse.db.engine import SchemaMismatchError, connection_errors, describe, serialize
from mocparse.db.schema import family_tables, metadata, schema_version


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema history; ``upgrade`` is None for the initial schema."""

    version: int
    description: str
    upgrade: Callable[[Connection], None] | None = None


def add_missing_tables_and_columns(connection: Connection) -> None:
    """Create the tables of fact families the database lacks and add missing (nullable) columns to
    the existing ones. Safe to run again; a new required column needs a migration of its own."""
    family_tables()
    inspector = inspect(connection)
    existing = set(inspector.get_table_names())
    quote = connection.dialect.identifier_preparer.quote
    for table in metadata.sorted_tables:
        if table.name not in existing:
            table.create(connection)
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            if not column.nullable:
                raise SchemaMismatchError(
                    f"table {table.name} lacks the required column {column.name}: this needs a migration step"
                )
            column_type = column.type.compile(dialect=connection.dialect)
            connection.execute(text(f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(column.name)} {column_type}"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: documents, fact tables with evidence, persons, load runs"),
    Migration(
        2,
        "fact spans; plan/fact kind, dimensions and indicators of counts, quantities and percentages",
        add_missing_tables_and_columns,
    ),
    Migration(
        3,
        "review and indicators: corrections, review status of facts, the parsed report, indicator_values",
        add_missing_tables_and_columns,
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def _lock(connection: Connection) -> None:
    """One process at a time creates or upgrades the schema (two first loads at once, `db init`)."""
    serialize(connection, "mocparse schema")


def database_version(connection: Connection) -> int | None:
    """The schema version of the database, or None when it has no mocparse tables yet."""
    family_tables()
    existing = set(inspect(connection).get_table_names())
    if schema_version.name not in existing:
        foreign = sorted(existing & set(metadata.tables))
        if foreign:
            raise SchemaMismatchError(
                f"the database already has tables named {', '.join(foreign)} that mocparse did not create; "
                "use an empty database or a schema of its own (docs/database.md)"
            )
        return None
    return connection.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).scalar()


def _stamp(connection: Connection, migration: Migration) -> None:
    connection.execute(
        insert(schema_version),
        {"version": migration.version, "description": migration.description, "applied_at": dt.datetime.now(dt.UTC)},
    )


def upgrade(engine: Engine) -> tuple[int | None, int]:
    """Create or upgrade the schema to :data:`LATEST_VERSION`; return (version before, version after)."""
    with connection_errors(engine):
        with engine.begin() as connection:
            _lock(connection)
            before = database_version(connection)
            if before is None:
                family_tables()
                metadata.create_all(connection)
                for migration in MIGRATIONS:
                    _stamp(connection, migration)
                return None, LATEST_VERSION
        _check_not_newer(before, engine)
        for migration in MIGRATIONS:
            if migration.version > before:
                with engine.begin() as connection:
                    _lock(connection)
                    if (database_version(connection) or 0) >= migration.version:
                        continue  # another process applied it meanwhile
                    if migration.upgrade is not None:
                        migration.upgrade(connection)
                    _stamp(connection, migration)
        with engine.begin() as connection:
            _lock(connection)
            add_missing_tables_and_columns(connection)  # tables of families registered since
        return before, LATEST_VERSION


def _check_not_newer(version: int | None, engine: Engine) -> None:
    if version is not None and version > LATEST_VERSION:
        raise SchemaMismatchError(
            f"the database {describe(engine.url)} has schema version {version}, newer than this mocparse "
            f"knows ({LATEST_VERSION}); upgrade mocparse"
        )


def ensure_schema(engine: Engine, *, create: bool = True) -> int:
    """Check the schema before use: create it in an empty database (unless ``create`` is False),
    refuse an older or newer one."""
    with connection_errors(engine), engine.connect() as connection:
        version = database_version(connection)
    if version is None:
        if not create:
            raise SchemaMismatchError(f"the database {describe(engine.url)} holds no mocparse data (no schema_version)")
        return upgrade(engine)[1]
    _check_not_newer(version, engine)
    if version < LATEST_VERSION:
        raise SchemaMismatchError(
            f"the database {describe(engine.url)} has schema version {version}, this mocparse needs "
            f"{LATEST_VERSION}: run `mocparse db init --db URL` to upgrade it"
        )
    return version
