"""Database URLs, engines and the errors of the database layer."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, make_url, text

DEFAULT_URL = "sqlite:///mocparse.sqlite"
"""Where ``--db`` points by default: a SQLite file in the current folder."""


class DatabaseError(Exception):
    """A database problem that stops a command (the message says what to do)."""


class DatabaseUnavailableError(DatabaseError):
    """The database cannot be reached, or went away in the middle of a load.

    Documents committed before stay complete; ``not_loaded`` counts the records that were not.
    """

    def __init__(self, message: str, *, loaded: int = 0, not_loaded: int = 0) -> None:
        super().__init__(message)
        self.loaded = loaded
        self.not_loaded = not_loaded


class SchemaMismatchError(DatabaseError):
    """The database schema is missing, foreign, older or newer than this mocparse expects."""


def database_url(url: str | Path | None) -> URL:
    """Parse ``--db``: any SQLAlchemy URL; a bare path means a SQLite file; ``postgresql://`` uses psycopg 3."""
    text = str(url) if url else DEFAULT_URL
    if "://" not in text:
        text = f"sqlite:///{Path(text)}"
    parsed = make_url(text)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def describe(url: str | Path | URL | None) -> str:
    """The URL with its password hidden, for messages."""
    parsed = url if isinstance(url, URL) else database_url(url)
    return parsed.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_db_engine(url: str | Path | URL | None = None, *, must_exist: bool = False) -> Engine:
    """An engine for ``url`` with sensible settings: SQLite foreign keys and a busy timeout,
    PostgreSQL pre-ping (a connection lost between documents is replaced) and a connect timeout.
    ``must_exist``: a SQLite file that is not there is an error (commands that only read must not
    create an empty database at a mistyped path)."""
    parsed = url if isinstance(url, URL) else database_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            if must_exist and not Path(parsed.database).is_file():
                raise DatabaseError(
                    f"no database file {parsed.database}: check --db (mocparse load or mocparse db init creates one)"
                )
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = 10
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)


def is_connection_error(error: BaseException) -> bool:
    """Whether a database error means the database is unreachable (rather than a bad row)."""
    if isinstance(error, exc.DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, exc.OperationalError | exc.InterfaceError | exc.TimeoutError | exc.DisconnectionError)


def error_text(error: BaseException) -> str:
    """The first line of the driver's message, without SQLAlchemy's boilerplate."""
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


@contextmanager
def connection_errors(
    engine: Engine, what: str = "cannot use the database {url}", *, loaded: int = 0
) -> Iterator[None]:
    """Turn a lost or refused connection inside the block into :class:`DatabaseUnavailableError`
    naming the database; other database errors pass through."""
    try:
        yield
    except exc.SQLAlchemyError as error:
        text = error_text(error)
        if "does not exist" in text and "database" in text:
            raise DatabaseError(
                f"{what.format(url=describe(engine.url))}: {text}; create it first (createdb) or check --db"
            ) from error
        if is_connection_error(error):
            raise DatabaseUnavailableError(
                f"{what.format(url=describe(engine.url))}: {error_text(error)}", loaded=loaded
            ) from error
        raise


def lock_key(name: str) -> int:
    """A signed 64-bit key for ``name`` (a document's SHA-256, a task): PostgreSQL advisory locks take one."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def serialize(connection: Connection, name: str) -> None:
    """Make the caller's transaction the only one working on ``name`` until it ends.

    PostgreSQL: a transaction-level advisory lock on :func:`lock_key` of ``name``, so two loaders
    replacing the same document run one after the other, and the second one's statements see the
    first one's rows (READ COMMITTED alone lets it delete the old rows and keep the new ones twice).
    SQLite: the database write lock, taken now rather than at the first write (``BEGIN IMMEDIATE``),
    so what the transaction reads first is still true when it writes.
    """
    backend = connection.dialect.name
    if backend == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
    elif backend == "sqlite":
        driver = connection.connection.driver_connection
        if driver is not None and not driver.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
