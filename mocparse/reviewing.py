"""Where a review page's report and document come from: a file parsed now, a batch JSONL, or the
regional database (docs/review.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, or_, select

from mocparse.corrections import DocumentReview
from mocparse.document import Document
from mocparse.records import Report


class ReviewSourceError(LookupError):
    """The report asked for is not there, or more than one matches."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_source(path: str, sha256: str, sources: Path | None = None) -> Path | None:
    """The file with this SHA-256: at ``path``, or anywhere under ``sources``."""
    named = Path(path)
    candidates = [named] if named.is_file() else []
    if sources is not None:
        found = sorted(sources.rglob("*"), key=lambda item: item.name != named.name)
        candidates.extend(item for item in found if item.is_file())
    for candidate in candidates:
        try:
            if _sha256(candidate) == sha256:
                return candidate
        except OSError:
            continue
    return None


def source_document(report: Report, sources: Path | None = None) -> Document | None:
    """The report's document read again from its file, when the file is at the path the report
    names or anywhere under ``sources`` with the same SHA-256; None when it cannot be found."""
    from mocparse.errors import MocparseError
    from mocparse.readers import read

    path = find_source(report.source.path, report.source.sha256, sources)
    if path is None:
        return None
    try:
        return read(path)
    except MocparseError:
        return None


def _matches(report: Report, selector: str | None) -> bool:
    if not selector:
        return True
    return report.source.sha256.startswith(selector.lower()) or selector in report.source.path


def jsonl_reports(path: Path) -> Iterator[Report]:
    """The reports of a batch JSONL (error records and unreadable lines are skipped)."""
    from mocparse.batch import is_error_record, iter_jsonl

    for line in iter_jsonl(path):
        if line.data is not None and not is_error_record(line.data):
            yield Report.model_validate(line.data)


def one_report(reports: Iterator[Report], selector: str | None, where: str) -> Report:
    """The one report matching ``selector`` (a SHA-256 prefix or part of the path)."""
    found = [report for report in reports if _matches(report, selector)]
    if not found:
        raise ReviewSourceError(f"{where}: no document matches {selector!r}" if selector else f"{where}: no documents")
    if len(found) > 1:
        names = ", ".join(f"{r.source.sha256[:12]} {r.source.path}" for r in found[:5])
        raise ReviewSourceError(
            f"{where}: {len(found)} documents match; choose one with --document (a SHA-256 prefix or part of the "
            f"path): {names}{' …' if len(found) > 5 else ''}"
        )
    return found[0]


def database_report(engine: Engine, selector: str | None) -> tuple[Report, DocumentReview | None]:
    """A document's report from the database (as parsed) and the corrections stored for it."""
    from mocparse.db import schema as s
    from mocparse.db.engine import connection_errors
    from mocparse.db.load import stored_review
    from mocparse.db.migrations import ensure_schema

    ensure_schema(engine, create=False)
    d = s.documents
    query = select(d.c.sha256, d.c.path, d.c.report_json)
    if selector:
        conditions = [d.c.sha256.startswith(selector.lower()), d.c.path.contains(selector)]
        if selector.isdigit():
            conditions.append(d.c.id == int(selector))
        query = query.where(or_(*conditions))
    with connection_errors(engine), engine.connect() as connection:
        rows = connection.execute(query.order_by(d.c.path).limit(6)).all()
        if len(rows) != 1:
            where = "the database"
            if not rows:
                raise ReviewSourceError(f"{where}: no document matches {selector!r}" if selector else f"{where}: empty")
            names = ", ".join(f"{row.sha256[:12]} {row.path}" for row in rows[:5])
            raise ReviewSourceError(
                f"{where}: several documents match; choose one with --document (a SHA-256 prefix, "
                f"an id or part of the path): {names}"
            )
        row = rows[0]
        if row.report_json is None:
            raise ReviewSourceError(
                f"{row.path}: the database keeps no report for it (loaded before schema version 3); load it again"
            )
        return Report.model_validate_json(row.report_json), stored_review(connection, row.sha256)
