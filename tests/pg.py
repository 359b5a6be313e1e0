"""The real PostgreSQL of the tests (127.0.0.1:5432, database ``test``), one schema per test or module.

Each test works in a schema of its own (``mocparse_test_<random>``, dropped afterwards), reached
through a URL whose ``application_name`` is the schema's name. Without a reachable server the
tests skip, saying how to start one; with CI=true they fail. The fixtures are registered in conftest.py.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text

PG_SERVER = os.environ.get("MOCPARSE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_HELP = "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"


@pytest.fixture(scope="session")
def pg_server() -> str:
    try:
        engine = create_engine(PG_SERVER, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:
        message = f"PostgreSQL is not reachable at {PG_SERVER} ({type(error).__name__}); {PG_HELP}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return PG_SERVER


@dataclass
class PgSchema:
    name: str
    url: str


def pg_schema_in(server: str) -> Iterator[PgSchema]:
    name = f"mocparse_test_{secrets.token_hex(4)}"
    admin = create_engine(server)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{name}"'))  # a generated identifier, not data
    try:
        yield PgSchema(name, f"{server}?options=-csearch_path%3D{name}&application_name={name}")
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_schema(pg_server: str) -> Iterator[PgSchema]:
    yield from pg_schema_in(pg_server)


@pytest.fixture(scope="module")
def pg_module_schema(pg_server: str) -> Iterator[PgSchema]:
    yield from pg_schema_in(pg_server)
