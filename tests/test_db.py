"""The regional database on real SQLite files and the real PostgreSQL (127.0.0.1:5432, database ``test``).

Each PostgreSQL test works in a schema of its own (``mocparse_test_<random>``, dropped afterwards).
Without a reachable server those tests skip, saying how to start one; with CI=true they fail.
"""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, STEMS, corpus_report
from pg import PG_SERVER, PgSchema
from sqlalchemy import Engine, create_engine, func, select, text
from typer.testing import CliRunner

from mocparse.cli.app import app
from mocparse.db import (
    DatabaseUnavailableError,
    SchemaMismatchError,
    create_db_engine,
    database_version,
    ensure_schema,
    migrations,
    upgrade,
)
from mocparse.db import schema as s
from mocparse.db.load import load_jsonl, load_report, person_key
from mocparse.export import indicator_values_query, persons_with_roles_query
from mocparse.records import DocumentInfo, Evidence, Person, ProgramCount, Report, SourceRecord, Task

runner = CliRunner()


# -- test data ----------------------------------------------------------------------------------


def corpus_reports() -> list[Report]:
    """Eight TXT reports (development + held-out) and one PDF (evidence with page numbers)."""
    paths = [CORPUS / "txt" / f"{stem}.txt" for stem in STEMS]
    paths += sorted((CORPUS / "heldout" / "txt").glob("*.txt"))
    paths.append(CORPUS / "pdf" / "nikolaevsky_2023_report.pdf")
    return [corpus_report(path) for path in paths]


ERROR_RECORD = (
    '{"error": {"kind": "corrupt", "message": "corrupt or truncated ZIP container"}, "path": "broken.docx", '
    '"sha256": "' + "0" * 64 + '", "size": 3000, "schema_version": "1.0", "mocparse_version": "0.1.0"}'
)


def write_jsonl(path: Path, reports: list[Report], *extra: str) -> Path:
    lines = [report.model_dump_json() for report in reports] + list(extra)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("jsonl") / "reports.jsonl", corpus_reports(), ERROR_RECORD)


COUNTED = (s.documents, *s.FACT_TABLES, s.load_errors)


def ordered(rows: Any) -> list[tuple[Any, ...]]:
    """Rows sorted the same way whatever the database's collation and NULL order."""
    return sorted((tuple(row) for row in rows), key=lambda row: tuple((value is None, str(value)) for value in row))


def snapshot(engine: Engine) -> dict[str, Any]:
    """Row counts and the analyst queries, in a backend-independent order."""
    with engine.connect() as connection:
        counts = {table.name: connection.execute(select(func.count()).select_from(table)).scalar() for table in COUNTED}
        programs = ordered(connection.execute(indicator_values_query()))
        persons = ordered(connection.execute(persons_with_roles_query()))
        evidence = ordered(
            connection.execute(
                select(
                    s.documents.c.sha256,
                    s.program_counts.c.ordinal,
                    s.program_counts.c.value,
                    s.program_counts.c.evidence_start,
                    s.program_counts.c.evidence_end,
                    s.program_counts.c.evidence_page,
                    s.program_counts.c.evidence_text,
                ).join(s.documents)
            )
        )
    return {"counts": counts, "programs": programs, "persons": persons, "evidence": evidence}


def document_ids(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return dict(connection.execute(select(s.documents.c.sha256, s.documents.c.id)).all())


def facts_of(engine: Engine, sha256: str) -> dict[str, int]:
    with engine.connect() as connection:
        document = connection.execute(select(s.documents.c.id).where(s.documents.c.sha256 == sha256)).scalar()
        return {
            table.name: connection.execute(
                select(func.count()).select_from(table).where(table.c.document_id == document)
            ).scalar()
            for table in (s.tasks, s.activities, s.program_counts, s.quantities, s.percentages, s.dates, s.warnings)
        }


def expected_facts(report: Report) -> dict[str, int]:
    return {
        "tasks": len(report.tasks),
        "activities": len(report.activities),
        "program_counts": len(report.program_counts),
        "quantities": len(report.quantities),
        "percentages": len(report.percentages),
        "dates": len(report.dates),
        "warnings": len(report.warnings),
    }


# -- PostgreSQL ---------------------------------------------------------------------------------


# -- load, reload, compare ----------------------------------------------------------------------


@dataclass
class Loaded:
    engine: Engine
    first: dict[str, Any]
    second: dict[str, Any]
    ids_first: dict[str, int]
    ids_second: dict[str, int]


def load_twice(url: str, jsonl: Path) -> Loaded:
    engine = create_db_engine(url)
    first_summary = load_jsonl(engine, jsonl)
    assert first_summary.loaded == 9 and first_summary.replaced == 0 and not first_summary.rejected
    first, ids_first = snapshot(engine), document_ids(engine)
    second_summary = load_jsonl(engine, jsonl)
    assert second_summary.loaded == 9 and second_summary.replaced == 9
    return Loaded(engine, first, snapshot(engine), ids_first, document_ids(engine))


@pytest.fixture(scope="module")
def sqlite_loaded(tmp_path_factory: pytest.TempPathFactory, corpus_jsonl: Path) -> Iterator[Loaded]:
    loaded = load_twice(f"sqlite:///{tmp_path_factory.mktemp('db') / 'regional.sqlite'}", corpus_jsonl)
    yield loaded
    loaded.engine.dispose()


@pytest.fixture(scope="module")
def pg_loaded(pg_module_schema: PgSchema, corpus_jsonl: Path) -> Iterator[Loaded]:
    loaded = load_twice(pg_module_schema.url, corpus_jsonl)
    yield loaded
    loaded.engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite_loaded", "pg_loaded"])
def test_reload_replaces_and_never_duplicates(backend: str, request: pytest.FixtureRequest) -> None:
    loaded: Loaded = request.getfixturevalue(backend)
    assert loaded.first["counts"]["documents"] == 9
    assert loaded.first["counts"]["load_errors"] == 1
    assert loaded.first["counts"] == {**loaded.second["counts"], "load_errors": 1}
    assert loaded.second["counts"]["load_errors"] == 2  # one error row per load run: history, not documents
    assert loaded.first["programs"] == loaded.second["programs"]
    assert loaded.first["persons"] == loaded.second["persons"]
    assert loaded.first["evidence"] == loaded.second["evidence"]
    assert loaded.ids_first == loaded.ids_second  # replaced in place: document ids are stable


def test_sqlite_and_postgresql_hold_the_same_data(sqlite_loaded: Loaded, pg_loaded: Loaded) -> None:
    assert sqlite_loaded.second == pg_loaded.second


def test_program_counts_are_indicator_values_per_municipality(sqlite_loaded: Loaded) -> None:
    values: dict[tuple[str, str, str], set[float]] = {}
    for _sha, m, period, indicator, breakdown, _kind, value, _year, _part in sqlite_loaded.second["programs"]:
        if indicator != "programs":
            continue
        values.setdefault((m, period, breakdown), set()).add(value)
    assert 256 in values[("Тамбовский муниципальный округ", "2022-2023", "all")]
    assert 8 in values[("Тамбовский муниципальный округ", "2022-2023", "network")]
    assert 246 in values[("Николаевский муниципальный район", "2023", "all")]
    assert 18 in values[("Николаевский муниципальный район", "2023", "network")]
    assert 214 in values[("Заречный муниципальный округ", "2022", "all")]


def test_persons_with_roles_per_document(sqlite_loaded: Loaded) -> None:
    roles: dict[str, set[str]] = {}
    for _sha, _municipality, name, _key, _organization, role in sqlite_loaded.second["persons"]:
        roles.setdefault(name, set()).add(role)
    assert roles["Кокина М.В."] == {"старший методист", "эксперт"}
    assert roles["Трошкина Т.В."] == {"руководитель МОЦ"}
    with sqlite_loaded.engine.connect() as connection:
        keys = connection.execute(select(s.persons.c.person_key).where(s.persons.c.name == "Кокина М.В.")).scalars()
        # the TXT and the PDF of the same report are two documents; the person key links them
        assert set(keys) == {"кокина м.в.|николаевский муниципальный район"}


def test_evidence_is_kept_on_fact_rows(sqlite_loaded: Loaded) -> None:
    pdf = corpus_report(CORPUS / "pdf" / "nikolaevsky_2023_report.pdf")
    with sqlite_loaded.engine.connect() as connection:
        rows = connection.execute(
            select(s.program_counts.c.value, s.program_counts.c.evidence_text, s.program_counts.c.evidence_page)
            .join(s.documents)
            .where(s.documents.c.sha256 == pdf.source.sha256)
            .order_by(s.program_counts.c.ordinal)
        ).all()
        mentions = connection.execute(select(func.count()).where(s.person_mentions.c.evidence_text.is_(None))).scalar()
    assert [(row.value, row.evidence_text, row.evidence_page) for row in rows] == [
        (count.value, count.evidence.text, count.evidence.page) for count in pdf.program_counts
    ]
    assert all(row.evidence_page for row in rows)
    assert mentions == 0


# -- transactions, persons ----------------------------------------------------------------------


def _report(sha: str, *, municipality: str = "Тамбовский муниципальный округ", **facts: Any) -> Report:
    evidence = Evidence(text="Опубликовано 5 программ.", start=0, end=24, block=0)
    return Report(
        source=SourceRecord(path=f"{sha[:4]}.txt", sha256=sha, format="txt"),
        document=DocumentInfo(municipality=municipality),
        program_counts=[ProgramCount(evidence=evidence, rule="test", confidence=0.9, value=5, program_type="all")],
        **facts,
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = create_db_engine(tmp_path / "one.sqlite")  # a bare path is a SQLite file
    else:
        schema: PgSchema = request.getfixturevalue("pg_schema")
        engine = create_db_engine(schema.url)
    yield engine
    engine.dispose()


def test_a_document_the_database_refuses_leaves_nothing_behind(engine: Engine, tmp_path: Path) -> None:
    good, bad, other = _report("a" * 64), _report("b" * 64), _report("c" * 64)
    bad.tasks = [Task(evidence=bad.program_counts[0].evidence, rule="test", confidence=0.9, number="1", text="x")]
    bad.program_counts.append(bad.program_counts[0].model_copy(update={"value": 10**20}))  # no BIGINT holds it
    summary = load_jsonl(engine, write_jsonl(tmp_path / "three.jsonl", [good, bad, other]))
    assert summary.loaded == 2
    assert [item.reason.startswith("database refused it") for item in summary.rejected] == [True]
    assert set(document_ids(engine)) == {"a" * 64, "c" * 64}
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(s.tasks)).scalar() == 0
        assert connection.execute(select(func.count()).select_from(s.program_counts)).scalar() == 2


def test_persons_merge_within_a_document_and_link_across_documents(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'persons.sqlite'}")
    ensure_schema(engine)

    def mention(start: int) -> Evidence:
        return Evidence(text="Иванов И.И.", start=start, end=start + 11, block=0)

    first = _report(
        "d" * 64,
        persons=[
            Person(name="Иванов И.И.", roles=["методист"], mentions=[mention(0)]),
            Person(name="Иванов И. И.", roles=["эксперт", "методист"], organization="МОЦ", mentions=[mention(40)]),
        ],
    )
    second = _report(
        "e" * 64,
        municipality="Тамбовский  муниципальный округ",
        persons=[Person(name="Иванов И.И.", roles=["руководитель МОЦ"], mentions=[mention(5)])],
    )
    with engine.begin() as connection:
        load_report(connection, first)
        load_report(connection, second)
        people = connection.execute(select(s.persons.c.id, s.persons.c.person_key, s.persons.c.organization)).all()
        roles = connection.execute(select(s.person_roles.c.role).order_by(s.person_roles.c.id)).scalars().all()
        mentions = connection.execute(select(func.count()).select_from(s.person_mentions)).scalar()
    assert len(people) == 2  # one per document
    assert {row.person_key for row in people} == {person_key("Иванов И.И.", "Тамбовский муниципальный округ")}
    assert people[0].organization == "МОЦ"
    assert roles == ["методист", "эксперт", "руководитель МОЦ"]
    assert mentions == 3


# -- the database going away ----------------------------------------------------------------------


class CuttableProxy:
    """A TCP relay to PostgreSQL that a test can cut: the database 'goes away' while the server keeps running."""

    def __init__(self, host: str = "127.0.0.1", port: int = 5432) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def cut(self) -> None:
        with suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for sock in self.sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()


def test_database_going_away_mid_load(pg_schema: PgSchema, corpus_jsonl: Path) -> None:
    proxy = CuttableProxy()
    through_proxy = create_db_engine(pg_schema.url.replace("@127.0.0.1:5432/", f"@127.0.0.1:{proxy.port}/"))

    def after_document(count: int) -> None:
        if count == 3:
            proxy.cut()

    with pytest.raises(DatabaseUnavailableError, match="unavailable") as caught:
        load_jsonl(through_proxy, corpus_jsonl, on_document=after_document)
    through_proxy.dispose()
    assert (caught.value.loaded, caught.value.not_loaded) == (3, 6)

    direct = create_db_engine(pg_schema.url)
    reports = {report.source.sha256: report for report in corpus_reports()}
    loaded = document_ids(direct)
    assert len(loaded) == 3
    for sha in loaded:  # the documents committed before the loss are complete
        assert facts_of(direct, sha) == expected_facts(reports[sha])
    summary = load_jsonl(direct, corpus_jsonl)  # the rerun completes
    assert (summary.loaded, summary.replaced) == (9, 3)
    assert snapshot(direct)["counts"]["documents"] == 9
    direct.dispose()


def test_a_connection_killed_between_documents_is_replaced(pg_schema: PgSchema, corpus_jsonl: Path) -> None:
    engine = create_db_engine(pg_schema.url)
    admin = create_engine(PG_SERVER)

    def after_document(count: int) -> None:
        if count == 2:
            with admin.begin() as connection:
                killed = connection.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name"),
                    {"name": pg_schema.name},
                ).all()
            assert killed

    summary = load_jsonl(engine, corpus_jsonl, on_document=after_document)
    assert summary.loaded == 9
    admin.dispose()
    engine.dispose()


def test_unreachable_database_is_one_clear_line(corpus_jsonl: Path) -> None:
    result = runner.invoke(
        app, ["load", str(corpus_jsonl), "--db", "postgresql://postgres@127.0.0.1:1/test?connect_timeout=2"]
    )
    assert result.exit_code == 13
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("mocparse: error: cannot use the database postgresql+psycopg://postgres@127.0.0.1:1/test")
    assert "0 document(s) were loaded" in line and "9 were not loaded" in line


# -- schema versions ------------------------------------------------------------------------------


def test_db_init_creates_then_has_nothing_to_do(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'init.sqlite'}"
    created = runner.invoke(app, ["db", "init", "--db", url])
    latest = migrations.LATEST_VERSION
    assert created.exit_code == 0 and f"created schema version {latest}" in created.stdout
    again = runner.invoke(app, ["db", "init", "--db", url])
    assert again.exit_code == 0 and "nothing to do" in again.stdout
    status = runner.invoke(app, ["db", "status", "--db", url])
    assert f"schema version {latest}" in status.stdout and "documents" in status.stdout


def test_migration_steps_upgrade_an_older_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = create_db_engine(tmp_path / "old.sqlite")
    latest = migrations.LATEST_VERSION
    assert upgrade(engine) == (None, latest)

    def add_language(connection: Any) -> None:
        connection.execute(text("ALTER TABLE documents ADD COLUMN language TEXT"))

    step = migrations.Migration(latest + 1, "documents.language", add_language)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    monkeypatch.setattr(migrations, "LATEST_VERSION", latest + 1)
    with pytest.raises(SchemaMismatchError, match="db init"):
        ensure_schema(engine)  # loading refuses an old schema instead of migrating behind your back
    assert upgrade(engine) == (latest, latest + 1)
    with engine.connect() as connection:
        assert database_version(connection) == latest + 1
        assert "language" in {column["name"] for column in sa_columns(connection, "documents")}
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    with pytest.raises(SchemaMismatchError, match="newer"):
        ensure_schema(engine)


def test_a_version_1_database_gets_the_new_fact_columns(tmp_path: Path) -> None:
    """Schema 2 added fact spans, kinds, dimensions and indicators: an old database gains the columns
    and keeps its rows."""
    engine = create_db_engine(tmp_path / "v1.sqlite")
    upgrade(engine)
    new_columns = {"program_counts": ["kind", "focus", "span_start"], "percentages": ["indicator", "head_count"]}
    with engine.begin() as connection:
        for table, columns in new_columns.items():
            for column in columns:
                connection.execute(text(f"DROP INDEX IF EXISTS ix_{table}_{column}"))
                connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        connection.execute(text("DELETE FROM schema_version WHERE version > 1"))
    assert upgrade(engine) == (1, migrations.LATEST_VERSION)
    with engine.connect() as connection:
        for table, columns in new_columns.items():
            assert set(columns) <= {column["name"] for column in sa_columns(connection, table)}
    engine.dispose()


def sa_columns(connection: Any, table: str) -> list[dict[str, Any]]:
    from sqlalchemy import inspect

    return inspect(connection).get_columns(table)


def test_tables_of_another_application_are_not_touched(tmp_path: Path) -> None:
    engine = create_db_engine(tmp_path / "other.sqlite")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT)"))
    with pytest.raises(SchemaMismatchError, match="did not create"):
        upgrade(engine)


# -- batch straight into a database ---------------------------------------------------------------


def test_batch_into_a_database_resumes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for stem in STEMS[:3]:
        shutil.copy(CORPUS / "txt" / f"{stem}.txt", src)
    (src / "empty.txt").write_bytes(b"")
    url = f"sqlite:///{tmp_path / 'batch.sqlite'}"
    first = runner.invoke(app, ["batch", str(src), "--db", url, "--jobs", "2"])
    assert first.exit_code == 12, first.output
    engine = create_db_engine(url)
    assert len(document_ids(engine)) == 3
    second = runner.invoke(app, ["batch", str(src), "--db", url, "--jobs", "1"])
    assert "0 converted, 1 failed, 3 already converted" in second.stderr
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(s.load_errors)).scalar() == 2
        runs = connection.execute(select(s.load_runs.c.status, s.load_runs.c.documents_loaded)).all()
    assert [tuple(run) for run in runs] == [("completed", 3), ("completed", 0)]
    engine.dispose()


def test_a_mistyped_sqlite_path_is_an_error_and_leaves_no_file(tmp_path: Path) -> None:
    database, out = tmp_path / "typo" / "regional.sqlite", tmp_path / "out" / "regional.xlsx"
    for command in (
        ["export", "--db", str(database), "--xlsx", str(out), "--csv", str(tmp_path / "csv")],
        ["db", "status", "--db", str(database)],
        ["show", "--db", str(database), "--html", str(tmp_path / "page.html")],
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == 13, result.output
        assert result.output.strip().splitlines() == [
            f"mocparse: error: no database file {database}: check --db (mocparse load or mocparse db init creates one)"
        ]
    assert not database.exists() and not database.parent.exists()
    assert not out.exists() and not (tmp_path / "csv").exists() and not (tmp_path / "page.html").exists()


def test_a_postgresql_database_that_does_not_exist_is_named_as_such(pg_server: str, tmp_path: Path) -> None:
    url = pg_server.rsplit("/", 1)[0] + "/mocparse_no_such_database"
    out = tmp_path / "x.xlsx"
    result = runner.invoke(app, ["export", "--db", url, "--xlsx", str(out)])
    assert result.exit_code == 13
    assert 'database "mocparse_no_such_database" does not exist; create it first (createdb)' in result.output
    assert "when the database is back" not in result.output
    assert not out.exists()
