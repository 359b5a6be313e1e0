"""The regional database: schema, migrations, loading (docs/database.md)."""

from mocparse.db.engine import (
    DEFAULT_URL,
    DatabaseError,
    DatabaseUnavailableError,
    SchemaMismatchError,
    create_db_engine,
    database_url,
    describe,
)
from mocparse.db.migrations import LATEST_VERSION, database_version, ensure_schema, upgrade

__all__ = [
    "DEFAULT_URL",
    "LATEST_VERSION",
    "DatabaseError",
    "DatabaseUnavailableError",
    "SchemaMismatchError",
    "create_db_engine",
    "database_url",
    "database_version",
    "describe",
    "ensure_schema",
    "upgrade",
]
