"""``mocparse show FILE --html OUT``: write the review page of a report (mocparse/review.py).

Imported at the end of :mod:`mocparse.cli.main`, which registers the command.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mocparse.cli import main as cli
from mocparse.errors import ErrorKind, MocparseError


class Lang(StrEnum):
    """Language of the review page."""

    RU = "ru"
    EN = "en"


def show(
    file: Annotated[Path | None, typer.Argument(help="The report to parse and review.")] = None,
    html: Annotated[
        Path, typer.Option("--html", help="Write the review page (one self-contained HTML file) here.")
    ] = Path("review.html"),
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Take the report from a batch JSONL instead.")] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Take the report from this database (URL or SQLite file) instead.")
    ] = None,
    document: Annotated[
        str | None,
        typer.Option("--document", "-d", help="Which document of --jsonl/--db: a SHA-256 prefix or part of its path."),
    ] = None,
    corrections: Annotated[
        Path | None, typer.Option("--corrections", help="Show the decisions of this corrections file.")
    ] = None,
    sources: Annotated[
        Path | None,
        typer.Option("--sources", help="Folder where the source files are (found by SHA-256) for the full text."),
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the page: ru or en.")] = Lang.RU,
) -> None:
    """Write an HTML review page: the document with every fact highlighted, where each fact can be
    accepted, rejected or corrected and the decisions saved as a corrections file; print its path."""
    from mocparse.corrections import CorrectionsError, DocumentReview, read_corrections
    from mocparse.db import DatabaseError, create_db_engine
    from mocparse.pipeline import parse_document
    from mocparse.readers import read as read_document
    from mocparse.review import evidence_document, render_review
    from mocparse.reviewing import ReviewSourceError, database_report, jsonl_reports, one_report, source_document

    if sum(item is not None for item in (file, jsonl, db)) != 1:
        raise typer.BadParameter("give one of: FILE, --jsonl BATCH.jsonl or --db URL")
    review: DocumentReview | None = None
    try:
        if file is not None:
            parsed = read_document(file)
            report, source = parse_document(parsed), parsed
        else:
            if jsonl is not None:
                report = one_report(jsonl_reports(jsonl), document, str(jsonl))
            else:
                report, review = database_report(create_db_engine(db, must_exist=True), document)
            source = source_document(report, sources)
        if corrections is not None:
            found = [item for item in read_corrections(corrections).documents if item.sha256 == report.source.sha256]
            review = found[-1] if found else review
        partial = source is None
        page = render_review(
            source or evidence_document(report), report, lang=lang.value, review=review, partial=partial
        )
    except MocparseError as error:
        raise cli._fail(error) from None
    except (ReviewSourceError, CorrectionsError) as error:
        typer.echo(f"mocparse: error: {error}", err=True)
        raise typer.Exit(2) from None
    except DatabaseError as error:
        typer.echo(f"mocparse: error: {error}", err=True)
        raise typer.Exit(13) from None
    temporary = html.with_name(html.name + ".tmp")
    try:
        html.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(html)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        reason = f"cannot write the review page: {error.strerror or error}"
        raise cli._fail(MocparseError(html, reason, kind=ErrorKind.INTERNAL)) from None
    if file is None and source is None:
        typer.echo(
            "mocparse: note: the source file was not found; the page shows the evidence passages only "
            "(give --sources DIR for the full text)",
            err=True,
        )
    typer.echo(str(html))


def _apps() -> list[typer.Typer]:
    """The CLI app, twice when main.py runs as ``python -m mocparse.cli.main`` (then it is also ``__main__``)."""
    apps = [cli.app]
    entry = sys.modules.get("__main__")
    spec = getattr(entry, "__spec__", None)
    entry_app = getattr(entry, "app", None)
    is_cli = spec is not None and spec.name == cli.__name__
    if is_cli and isinstance(entry_app, typer.Typer) and entry_app is not cli.app:
        apps.append(entry_app)
    return apps


for _app in _apps():
    _app.command("show")(show)
