"""Load reports into the database: one transaction per document, keyed by SHA-256 (docs/database.md).

Loading a document that is already there replaces it (same ``documents.id``, facts rewritten), so
loading twice changes nothing. Values only ever travel as bound parameters.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from mocparse import __version__
from mocparse.batch import BatchRecord, is_error_record, iter_jsonl
from mocparse.corrections import Corrections, DocumentReview, FactReview, apply_review, fact_key, merged
from mocparse.db import schema as s
from mocparse.db.engine import DatabaseUnavailableError, connection_errors, describe, error_text, serialize
from mocparse.db.migrations import ensure_schema
from mocparse.db.validate import check_error_record, check_report
from mocparse.families import IndicatorValue, registry
from mocparse.paths import path_text
from mocparse.records import SCHEMA_VERSION, Evidence, Person, Report

if TYPE_CHECKING:
    from mocparse.privacy import Pseudonymizer

_SPACES = re.compile(r"\s+")
_INITIAL_GAP = re.compile(r"(?<=\.)\s+(?=\w\.)")


def normalize_key(text: str | None) -> str:
    """Lower case, ё -> е, single spaces, no space between initials ('И. О.' -> 'и.о.')."""
    if not text:
        return ""
    value = _SPACES.sub(" ", text.replace("ё", "е").replace("Ё", "Е").strip().lower())
    return _INITIAL_GAP.sub("", value)


def person_key(name: str, municipality: str | None) -> str:
    """The key that links one person across documents: normalized name | normalized municipality."""
    return f"{normalize_key(name)}|{normalize_key(municipality)}"


def _clean(value: Any) -> Any:
    # PostgreSQL refuses NUL in text; U+FFFD keeps the length, so evidence offsets stay right.
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def _evidence(evidence: Evidence | None) -> dict[str, Any]:
    cell = evidence.cell if evidence is not None else None
    span = evidence.span if evidence is not None else None
    phrase = evidence.phrase if evidence is not None else None
    return {
        "evidence_text": evidence.text if evidence else None,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence_block": evidence.block if evidence else None,
        "evidence_page": evidence.page if evidence else None,
        "evidence_cell_row": cell.row if cell else None,
        "evidence_cell_col": cell.col if cell else None,
        "span_start": span.start if span else None,
        "span_end": span.end if span else None,
        "span_text": span.text if span else None,
        "phrase_start": phrase.start if phrase else None,
        "phrase_end": phrase.end if phrase else None,
        "phrase_text": phrase.text if phrase else None,
    }


def _field(record: Any, path: tuple[str, ...]) -> Any:
    value = record
    for name in path:
        value = getattr(value, name, None)
        if value is None:
            return None
    return value.value if isinstance(value, Enum) else value


def _insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows (one executemany) and return their ids in order."""
    if not rows:
        return []
    cleaned = [{key: _clean(value) for key, value in row.items()} for row in rows]
    result = connection.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), cleaned)
    return list(result.scalars())


def period_label(start: dt.date | None, end: dt.date | None) -> str | None:
    """'2023' for a period within one calendar year, '2022-2023' for one across two (an academic year)."""
    if start and end:
        return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
    known = start or end
    return str(known.year) if known else None


def document_row(report: Report, run_id: int | None, now: dt.datetime) -> dict[str, Any]:
    """The ``documents`` row of a report."""
    info = report.document
    start = info.period.start if info.period else None
    end = info.period.end if info.period else None
    return {
        "sha256": report.source.sha256,
        "path": report.source.path,
        "format": report.source.format,
        "pages": report.source.pages,
        "schema_version": report.schema_version,
        "mocparse_version": report.mocparse_version,
        "kind": info.kind.value,
        "title": info.title,
        "municipality": info.municipality,
        "municipality_key": normalize_key(info.municipality) or None,
        "region": info.region,
        "period_text": info.period.text if info.period else None,
        "period_start": start,
        "period_end": end,
        "period_label": period_label(start, end),
        "reporting_year": reporting.year if (reporting := end or start) else None,
        **_evidence(info.evidence),
        "report_json": report.model_dump_json(),
        "load_run_id": run_id,
        "loaded_at": now,
    }


def _mention_key(mention: Evidence) -> tuple[int, int, int | None]:
    return mention.start, mention.end, mention.span.start if mention.span else None


def merge_persons(persons: Sequence[Person], municipality: str | None) -> list[Person]:
    """Persons of one document by :func:`person_key`; variants of one name merge roles and mentions."""
    merged: dict[str, Person] = {}
    for person in persons:
        key = person_key(person.name, municipality)
        first = merged.get(key)
        if first is None:
            merged[key] = person.model_copy(update={"roles": list(person.roles), "mentions": list(person.mentions)})
            continue
        seen = {
            (mention.start, mention.end, mention.span.start if mention.span else None) for mention in first.mentions
        }
        merged[key] = first.model_copy(
            update={
                "roles": [*first.roles, *(role for role in person.roles if role not in first.roles)],
                "mentions": [
                    *first.mentions,
                    *(mention for mention in person.mentions if _mention_key(mention) not in seen),
                ],
                "full_name": first.full_name or person.full_name,
                "organization": first.organization or person.organization,
                "confidence": max(first.confidence, person.confidence),
            }
        )
    return list(merged.values())


def load_report(connection: Connection, report: Report, *, run_id: int | None = None) -> tuple[int, bool]:
    """Write one report inside the caller's transaction; return (documents.id, whether it replaced one).

    Review corrections stored for the document (``mocparse load --corrections``) are applied to
    its facts: rejected facts are left out, corrected ones written as corrected, both marked in
    the ``review`` column. ``documents.report_json`` keeps the report as parsed. Concurrent loaders
    of the same document are serialized (:func:`mocparse.db.engine.serialize`)."""
    serialize(connection, report.source.sha256)
    values = document_row(report, run_id, dt.datetime.now(dt.UTC))
    existing = connection.execute(
        select(s.documents.c.id).where(s.documents.c.sha256 == report.source.sha256)
    ).scalar_one_or_none()
    if existing is None:
        document_id = _insert(connection, s.documents, [values])[0]
    else:
        document_id = existing
        for table in s.document_children():
            connection.execute(delete(table).where(table.c.document_id == document_id))
        connection.execute(update(s.documents).where(s.documents.c.id == document_id).values(_clean_row(values)))
    applied = apply_review(report, stored_review(connection, report.source.sha256))
    _insert_facts(connection, document_id, applied.report, applied.status)
    return document_id, existing is not None


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _clean(value) for key, value in row.items()}


def _insert_facts(
    connection: Connection, doc: int, report: Report, status: Mapping[tuple[str, int], str] | None = None
) -> None:
    """Every fact family's rows (as the registry describes them), then the warnings; ``status`` is
    the review decision by (family, position)."""
    status = status or {}
    indicator_rows: list[dict[str, Any]] = []
    families = {family.name: family for family in registry()}
    for tables in s.family_tables():
        family = families[tables.family]
        storage = family.storage
        facts: Sequence[Any] = report.facts(family.name)
        if storage is not None and storage.prepare is not None:
            facts = storage.prepare(facts, report)
        rows = []
        for ordinal, fact in enumerate(facts):
            row: dict[str, Any] = {"document_id": doc, "ordinal": ordinal, "review": status.get((family.name, ordinal))}
            if tables.has_evidence:
                row.update(rule=fact.rule, confidence=fact.confidence, **_evidence(fact.evidence))
            row.update({column.column: _field(fact, column.path) for column in tables.columns})
            if storage is not None and storage.key_column is not None:
                name, compute = storage.key_column
                row[name] = compute(fact, report)
            rows.append(row)
        ids = _insert(connection, tables.table, rows)
        if family.indicator is not None:
            indicator_rows.extend(_indicator_rows(doc, family.name, family.indicator, ids, facts, status))
        for child in tables.children:
            child_rows = []
            for parent_id, fact in zip(ids, facts, strict=True):
                for ordinal, value in enumerate(getattr(fact, child.field) or []):
                    child_row = {child.parent_column: parent_id, "document_id": doc, "ordinal": ordinal}
                    if child.value_column is None:
                        child_row.update(_evidence(value))
                    else:
                        child_row[child.value_column] = value
                    child_rows.append(child_row)
            _insert(connection, child.table, child_rows)
    for ordinal, row in enumerate(indicator_rows):
        row["ordinal"] = ordinal
    _insert(connection, s.indicator_values, indicator_rows)
    _insert(
        connection,
        s.warnings,
        [
            {"document_id": doc, "ordinal": i, "code": w.code, "message": w.message, **_evidence(w.evidence)}
            for i, w in enumerate(report.warnings)
        ],
    )


def _indicator_rows(
    doc: int,
    family: str,
    indicator: Callable[[Any], IndicatorValue | None],
    ids: Sequence[int],
    facts: Sequence[Any],
    status: Mapping[tuple[str, int], str],
) -> list[dict[str, Any]]:
    rows = []
    for ordinal, (fact_id, fact) in enumerate(zip(ids, facts, strict=True)):
        found = indicator(fact)
        if found is None:
            continue
        evidence = getattr(fact, "evidence", None)
        rows.append(
            {
                "document_id": doc,
                "indicator": found.indicator,
                "breakdown": found.breakdown,
                "kind": found.kind,
                "value": float(found.value),
                "unit": found.unit,
                "year": found.year,
                "part_of": None if found.part_of is None else float(found.part_of),
                "family": family,
                "fact_id": fact_id,
                "review": status.get((family, ordinal)),
                "evidence_text": evidence.text if evidence is not None else None,
                "evidence_page": evidence.page if evidence is not None else None,
                "span_text": evidence.span.text if evidence is not None and evidence.span is not None else None,
            }
        )
    return rows


# -- loading runs -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that was not loaded, and why."""

    where: str
    reason: str


class Loader:
    """Loads documents into a database, each in its own transaction, under one ``load_runs`` row.

    Raises :class:`DatabaseUnavailableError` when the database cannot be reached; a document that fails
    for another reason (a value the database refuses) is rolled back and counted in ``failed``.
    """

    def __init__(self, engine: Engine, *, command: str, source: str) -> None:
        self.engine = engine
        self.loaded = 0
        self.replaced = 0
        self.failed: list[Rejected] = []
        self.error_records = 0
        ensure_schema(engine)
        values = {
            "started_at": dt.datetime.now(dt.UTC),
            "status": "running",
            "command": command,
            "source": source,
            "mocparse_version": __version__,
            "documents_loaded": 0,
            "documents_replaced": 0,
            "documents_failed": 0,
            "error_records": 0,
        }
        self.run_id: int = self._write(lambda connection: _insert(connection, s.load_runs, [values])[0])

    def _write(self, work: Callable[[Connection], Any]) -> Any:
        with (
            connection_errors(self.engine, "the database {url} is unavailable", loaded=self.loaded),
            self.engine.begin() as connection,
        ):
            return work(connection)

    def load(self, report: Report, where: str = "") -> bool:
        """Load (or replace) one report in its own transaction; False when the database refused it."""
        try:
            _, replaced = self._write(lambda connection: load_report(connection, report, run_id=self.run_id))
        except DatabaseUnavailableError:
            raise
        except (SQLAlchemyError, OverflowError) as error:  # sqlite3 raises OverflowError for a too large integer
            self.failed.append(Rejected(where or report.source.path, f"database refused it: {error_text(error)}"))
            return False
        self.loaded += 1
        self.replaced += int(replaced)
        return True

    def record_errors(self, records: Sequence[dict[str, Any]]) -> None:
        """Store batch error records (files that could not be converted) in ``load_errors``; when the
        database refuses the lot, each on its own, so one bad record loses only itself (in ``failed``)."""
        if not records:
            return
        rows = [
            {"load_run_id": self.run_id, **{key: r[key] for key in ("path", "sha256", "kind", "message")}}
            for r in records
        ]
        try:
            self._write(lambda connection: _insert(connection, s.load_errors, rows))
            self.error_records += len(rows)
            return
        except DatabaseUnavailableError:
            raise
        except (SQLAlchemyError, OverflowError):
            pass
        for record, row in zip(records, rows, strict=True):
            try:
                self._write(partial(_insert, table=s.load_errors, rows=[row]))
            except DatabaseUnavailableError:
                raise
            except (SQLAlchemyError, OverflowError) as error:
                where = record.get("where") or row["path"]
                self.failed.append(Rejected(where, f"database refused the error record: {error_text(error)}"))
            else:
                self.error_records += 1

    def completed(self) -> set[str]:
        """SHA-256 of the documents in the database converted with the current schema version."""
        query = select(s.documents.c.sha256).where(s.documents.c.schema_version == SCHEMA_VERSION)
        return set(self._write(lambda connection: connection.execute(query).scalars().all()))

    def finish(self, status: str, message: str | None = None) -> None:
        """Close the load run with its figures."""
        values = {
            "finished_at": dt.datetime.now(dt.UTC),
            "status": status,
            "documents_loaded": self.loaded,
            "documents_replaced": self.replaced,
            "documents_failed": len(self.failed),
            "error_records": self.error_records,
            "message": _clean(message),
        }
        self._write(
            lambda connection: connection.execute(
                update(s.load_runs).where(s.load_runs.c.id == self.run_id).values(values)
            )
        )


@dataclass(slots=True)
class LoadSummary:
    """What ``mocparse load`` did."""

    run_id: int
    records: int = 0
    loaded: int = 0
    replaced: int = 0
    error_records: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    elapsed_s: float = 0.0


def load_jsonl(
    engine: Engine,
    path: Path,
    *,
    on_document: Callable[[int], None] | None = None,
    privacy: Pseudonymizer | None = None,
) -> LoadSummary:
    """Load a ``mocparse batch`` JSONL file: Reports into the fact tables, error records into ``load_errors``.

    Each document is its own transaction. A torn last line or an invalid record is reported in
    ``rejected`` and skipped. If the database goes away, :class:`DatabaseUnavailableError` says how many
    documents were loaded (they are complete) and how many records were not; rerunning completes.
    ``on_document`` is called with the running count after each document is committed. With
    ``privacy``, every record is pseudonymized before it is written (``mocparse load --pseudonymize``).
    """
    started = time.perf_counter()
    try:
        source = path_text(path)
        if privacy is not None:
            source = privacy.scrubber()(source, in_path=True)
        loader = Loader(engine, command="load", source=source)
    except DatabaseUnavailableError as error:
        error.not_loaded = sum(1 for line in iter_jsonl(path) if line.data and not is_error_record(line.data))
        raise
    summary = LoadSummary(loader.run_id)
    errors: dict[str, dict[str, Any]] = {}
    loaded_keys: set[str] = set()
    attempted = 0
    lines = iter_jsonl(path)
    try:
        for line in lines:
            where = f"{path_text(path)}:{line.number}"
            if line.data is None:
                summary.rejected.append(Rejected(where, line.problem or "unreadable line"))
                continue
            summary.records += 1
            if is_error_record(line.data):
                row = check_error_record(line.data)
                if isinstance(row, str):
                    summary.rejected.append(Rejected(where, row))
                    continue
                if privacy is not None:
                    clean = privacy.error_record({"path": row["path"], "error": {"message": row["message"]}})
                    row = {**row, "path": clean["path"], "message": clean["error"]["message"]}
                errors[row["sha256"] or f"path:{row['path']}"] = {**row, "where": where}
                continue
            report = check_report(line.data)
            if isinstance(report, str):
                summary.rejected.append(Rejected(where, report))
                continue
            if privacy is not None:
                report = privacy.report(report)
            attempted += 1
            if loader.load(report, where):
                loaded_keys.add(report.source.sha256)
                if on_document is not None:
                    on_document(loader.loaded)
        loader.record_errors([row for key, row in errors.items() if key not in loaded_keys])
    except DatabaseUnavailableError as error:
        in_flight = attempted - loader.loaded - len(loader.failed)
        remaining = sum(1 for line in lines if line.data is not None and not is_error_record(line.data))
        error.loaded = loader.loaded
        error.not_loaded = in_flight + remaining
        raise
    except BaseException as error:  # a bug or Ctrl-C: the run is closed, not left `running`
        with suppress(Exception):
            status = "interrupted" if isinstance(error, KeyboardInterrupt) else "failed"
            loader.finish(status, f"{type(error).__name__}: {error}")
        raise
    summary.loaded = loader.loaded
    summary.replaced = loader.replaced
    summary.error_records = loader.error_records
    summary.rejected.extend(loader.failed)
    summary.elapsed_s = time.perf_counter() - started
    message = f"{len(summary.rejected)} record(s) not loaded" if summary.rejected else None
    loader.finish("completed", message)
    return summary


class DbSink:
    """The database as an output of ``mocparse batch``: each converted report is loaded as it arrives."""

    def __init__(self, engine: Engine, *, source: str) -> None:
        self.description = describe(engine.url)
        self.loader = Loader(engine, command="batch", source=source)

    def completed(self) -> set[str]:
        """Documents already in the database with the current schema version."""
        return self.loader.completed()

    def write(self, record: BatchRecord) -> None:
        """Load a converted report, or store an error record in ``load_errors``."""
        if record.line is not None:
            self.loader.load(Report.model_validate_json(record.line), str(record.source.path))
        else:
            self.loader.record_errors(
                [
                    {
                        "path": str(record.source.path),
                        "sha256": record.sha256,
                        "kind": record.error_kind,
                        "message": record.error_message,
                    }
                ]
            )

    def close(self, *, finished: bool) -> None:
        """Close the load run; when the batch stopped early, a database that is gone is not an error here."""
        try:
            self.loader.finish("completed" if finished else "interrupted")
        except (DatabaseUnavailableError, SQLAlchemyError):
            if finished:
                raise


# -- review corrections -------------------------------------------------------------------------


def _key_hash(family: str, fact: dict[str, Any]) -> str:
    import hashlib

    return hashlib.sha256(fact_key(family, fact).encode("utf-8")).hexdigest()


def stored_review(connection: Connection, sha256: str) -> DocumentReview | None:
    """The corrections stored for a document, as one review (None when there are none)."""
    c = s.corrections
    rows = connection.execute(select(c).where(c.c.sha256 == sha256).order_by(c.c.family, c.c.fact_index)).all()
    if not rows:
        return None
    facts = [
        FactReview(
            family=row.family,
            index=row.fact_index,
            decision=row.decision,
            changes=json.loads(row.changes),
            fact=json.loads(row.fact),
            comment=row.comment,
        )
        for row in rows
    ]
    latest = max(rows, key=lambda row: row.loaded_at)
    path = connection.execute(select(s.documents.c.path).where(s.documents.c.sha256 == sha256)).scalar()
    return DocumentReview(
        sha256=sha256,
        path=path or "",
        reviewer=latest.reviewer,
        saved_at=latest.reviewed_at,
        complete=all(row.complete for row in rows),
        facts=facts,
    )


@dataclass(slots=True)
class CorrectionsSummary:
    """What ``mocparse load --corrections`` did."""

    decisions: int = 0
    documents: int = 0
    reapplied: int = 0
    waiting: list[str] = field(default_factory=list)
    """Documents not in the database yet: their corrections apply when they are loaded."""
    unmatched: list[str] = field(default_factory=list)
    """Decisions whose fact the document no longer has."""


def load_corrections(engine: Engine, files: Sequence[tuple[str, Corrections]]) -> CorrectionsSummary:
    """Store review corrections (``(file name, corrections)``) and apply them to the documents in
    the database, one transaction per document; a decision on a fact replaces an earlier one."""
    ensure_schema(engine)
    summary = CorrectionsSummary()
    sources = {review.sha256: name for name, corrections in files for review in corrections.documents}
    reviews = merged(corrections for _, corrections in files)
    now = dt.datetime.now(dt.UTC)
    c, d = s.corrections, s.documents
    for sha256, review in reviews.items():
        rows = [
            {
                "sha256": sha256,
                "family": item.family,
                "fact_key": _key_hash(item.family, item.fact),
                "fact_index": item.index,
                "decision": item.decision,
                "changes": json.dumps(item.changes, ensure_ascii=False),
                "fact": json.dumps(item.fact, ensure_ascii=False),
                "comment": item.comment,
                "reviewer": review.reviewer,
                "reviewed_at": review.saved_at,
                "complete": review.complete,
                "source": sources[sha256],
                "loaded_at": now,
            }
            for item in review.facts
        ]
        with connection_errors(engine, "the database {url} is unavailable"), engine.begin() as connection:
            for row in rows:
                connection.execute(
                    delete(c).where(c.c.sha256 == sha256, c.c.family == row["family"], c.c.fact_key == row["fact_key"])
                )
            _insert(connection, c, rows)
            summary.decisions += len(rows)
            summary.documents += 1
            stored = connection.execute(select(d.c.report_json).where(d.c.sha256 == sha256)).scalar()
            if stored is None:
                summary.waiting.append(review.path or sha256)
                continue
            report = Report.model_validate_json(stored)
            applied = apply_review(report, stored_review(connection, sha256))
            summary.unmatched.extend(f"{review.path}: {item.family} {item.index}" for item in applied.unmatched)
            load_report(connection, report)
            summary.reapplied += 1
    return summary
