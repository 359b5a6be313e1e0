"""The loader under concurrency and hostile input (issue 13, findings 4 and 5).

Two real ``mocparse load`` processes on the real PostgreSQL (and on one SQLite file) replacing the
same documents at the same moment; JSONL records that lie about their version, their key or their
shape. Nothing is duplicated, nothing invalid is stored, and every load run is closed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, STEMS, corpus_report
from pg import PG_SERVER, PgSchema
from sqlalchemy import Engine, create_engine, func, select, text

from mocparse.db import create_db_engine
from mocparse.db import schema as s
from mocparse.db.load import load_jsonl
from mocparse.records import Report

from .support import ROOT


def corpus_jsonl(folder: Path) -> tuple[Path, list[Report]]:
    reports = [corpus_report(CORPUS / "txt" / f"{stem}.txt") for stem in STEMS]
    path = folder / "reports.jsonl"
    path.write_text("".join(report.model_dump_json() + "\n" for report in reports), encoding="utf-8")
    return path, reports


def rows_per_document(engine: Engine) -> dict[str, dict[str, int]]:
    """Fact rows of every document, by table."""
    with engine.connect() as connection:
        documents = dict(connection.execute(select(s.documents.c.sha256, s.documents.c.id)).all())
        return {
            sha: {
                table.name: connection.execute(
                    select(func.count()).select_from(table).where(table.c.document_id == document)
                ).scalar_one()
                for table in s.DOCUMENT_CHILDREN
            }
            for sha, document in documents.items()
        }


def start_load(jsonl: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mocparse", "load", str(jsonl), "--db", url, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=180)
    return process.returncode, stderr


def waiting_on_locks(admin: Engine, application: str) -> int:
    with admin.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name AND wait_event_type = 'Lock'"),
            {"name": application},
        ).scalar_one()


# --------------------------------------------------------------------------- finding 4: concurrent loaders


def test_two_concurrent_loaders_replacing_one_document_never_duplicate_it(pg_schema: PgSchema, tmp_path: Path) -> None:
    """Both loaders are held at the same document (a third session locks its row) and let go together:
    the race of the finding, every time. Before the fix, the rows of the first table the second loader
    was waiting on doubled (the finding saw tasks go from 7 to 14)."""
    _, reports = corpus_jsonl(tmp_path)
    # The held document has no persons and no responsible persons, so the first rows the second loader
    # waits on are its tasks (rows of person_roles/person_mentions/activity_responsible would be removed
    # again by the cascade from persons/activities, hiding the race).
    target = max(reports, key=lambda report: len(report.tasks))
    held = target.model_copy(
        update={
            "persons": [],
            "activities": [activity.model_copy(update={"responsible": []}) for activity in target.activities],
        }
    )
    reports = [held if report is target else report for report in reports]
    jsonl = tmp_path / "held.jsonl"
    jsonl.write_text("".join(report.model_dump_json() + "\n" for report in reports), encoding="utf-8")
    engine = create_db_engine(pg_schema.url)
    load_jsonl(engine, jsonl)  # an already loaded database
    expected = rows_per_document(engine)
    assert expected[target.source.sha256]["tasks"] == len(target.tasks) > 0

    admin = create_engine(PG_SERVER)
    locker = admin.connect()
    transaction = locker.begin()
    try:
        locker.execute(
            text(f'SELECT id FROM "{pg_schema.name}".documents WHERE sha256 = :sha FOR UPDATE'),
            {"sha": target.source.sha256},
        )
        loaders = [start_load(jsonl, pg_schema.url) for _ in range(2)]
        deadline = time.monotonic() + 120
        while waiting_on_locks(admin, pg_schema.name) < 2:
            assert time.monotonic() < deadline, "the loaders never met at the locked document"
            assert all(loader.poll() is None for loader in loaders), [finish(loader) for loader in loaders]
            time.sleep(0.1)
    finally:
        transaction.commit()
        locker.close()
    results = [finish(loader) for loader in loaders]
    assert [code for code, _ in results] == [0, 0], results
    assert rows_per_document(engine) == expected

    # and without the lock, as it happens: two loaders started together, twice
    for _ in range(2):
        results = [finish(loader) for loader in [start_load(jsonl, pg_schema.url) for _ in range(2)]]
        assert [code for code, _ in results] == [0, 0], results
        assert rows_per_document(engine) == expected
    admin.dispose()
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_loaders_on_an_empty_database_create_it_once(backend: str, tmp_path: Path, request) -> None:
    """Two first loads at once: one creates the schema, both load, nothing is refused or doubled
    (before: `table schema_version already exists`, exit 13, or a unique-key refusal, exit 12)."""
    jsonl, _ = corpus_jsonl(tmp_path)
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'regional.sqlite'}"
    else:
        url = request.getfixturevalue("pg_schema").url
    results = [finish(loader) for loader in [start_load(jsonl, url) for _ in range(2)]]
    assert [code for code, _ in results] == [0, 0], results
    engine = create_db_engine(url)
    reference = create_db_engine(f"sqlite:///{tmp_path / 'reference.sqlite'}")
    load_jsonl(reference, jsonl)
    assert rows_per_document(engine) == rows_per_document(reference)
    with engine.connect() as connection:
        runs = connection.execute(select(s.load_runs.c.status)).scalars().all()
    assert runs == ["completed", "completed"]
    engine.dispose()
    reference.dispose()


# --------------------------------------------------------------------------- finding 5: the loader's input


def report_line(report: Report, **changes: Any) -> str:
    data = json.loads(report.model_dump_json())
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return json.dumps(data, ensure_ascii=False)


def error_line(sha256: Any, path: Any = "broken.docx", **extra: Any) -> str:
    record = {
        "error": {"kind": "corrupt", "message": "corrupt or truncated ZIP container"},
        "path": path,
        "sha256": sha256,
        "size": 3000,
        "schema_version": "1.0",
        "mocparse_version": "0.1.0",
        **extra,
    }
    return json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_loader_refuses_records_that_are_not_what_they_claim(backend: str, tmp_path: Path, request) -> None:
    report = corpus_report(CORPUS / "txt" / f"{STEMS[0]}.txt")
    other = corpus_report(CORPUS / "txt" / f"{STEMS[1]}.txt")
    good_sha = "ab" * 32
    bad_source = {**json.loads(report.model_dump_json())["source"], "sha256": "not-a-sha"}
    short_source = {**bad_source, "sha256": "abc123"}
    lines = [
        report_line(report, schema_version="2.0"),  # 1 a version this mocparse does not know
        report_line(report, schema_version="banana"),  # 2
        report_line(report, document=None),  # 3 no document
        report_line(report, source=bad_source),  # 4 a key that is not a SHA-256
        report_line(report, source=short_source),  # 5
        error_line(["a", "list"]),  # 6 error records with a sha256 that is no key
        error_line({"a": "dict"}),  # 7
        error_line("f" * 300),  # 8
        error_line(good_sha, path=["not", "a", "path"]),  # 9
        json.dumps({"error": "just a string", "path": "x", "sha256": good_sha}),  # 10
        error_line(good_sha),  # 11 a good error record
        other.model_dump_json(),  # 12 a good report
    ]
    jsonl = tmp_path / "hostile.jsonl"
    jsonl.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}" if backend == "sqlite" else request.getfixturevalue("pg_schema").url
    result = subprocess.run(
        [sys.executable, "-m", "mocparse", "load", str(jsonl), "--db", url],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 12, result.stderr
    assert "Traceback" not in result.stderr
    rejected = [line for line in result.stderr.splitlines() if line.startswith("  not loaded")]
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in rejected] == [str(n) for n in range(1, 11)]
    reasons = "\n".join(rejected)
    for words in ("schema version 2.0", "schema version banana", "document", "SHA-256"):
        assert words in reasons, (words, reasons)
    engine = create_db_engine(url)
    with engine.connect() as connection:
        assert connection.execute(select(s.documents.c.sha256)).scalars().all() == [other.source.sha256]
        errors = connection.execute(select(s.load_errors.c.sha256, s.load_errors.c.path)).all()
        runs = connection.execute(select(s.load_runs.c.status)).scalars().all()
    assert [tuple(row) for row in errors] == [(good_sha, "broken.docx")]
    assert runs == ["completed"]
    engine.dispose()
