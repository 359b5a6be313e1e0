"""``mocparse show FILE --html OUT``: write the review page of a report (mocparse/review.py)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mocparse.cli.common import (
    PseudonymizeOption,
    PseudonymKeyFileOption,
    RulesOption,
    fail,
    output_failed,
    pseudonymizer_or_exit,
    say,
    stop,
    use_rules_or_exit,
)
from mocparse.cli.exits import EXIT_DATABASE, EXIT_USAGE
from mocparse.errors import MocparseError
from mocparse.paths import path_text

if TYPE_CHECKING:
    from mocparse.document import Document


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
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
    rules: RulesOption = None,
) -> None:
    """Write an HTML review page: the document with every fact highlighted, where each fact can be
    accepted, rejected or corrected and the decisions saved as a corrections file; print its path.

    With --pseudonymize the names and contacts are replaced in the document text itself."""
    from mocparse.corrections import CorrectionsError, DocumentReview, read_corrections
    from mocparse.db import DatabaseError, create_db_engine
    from mocparse.pipeline import parse_document
    from mocparse.privacy import pseudonymized_pair
    from mocparse.readers import read as read_document
    from mocparse.review import evidence_document, render_review
    from mocparse.reviewing import ReviewSourceError, database_report, jsonl_reports, one_report, source_document

    if sum(item is not None for item in (file, jsonl, db)) != 1:
        raise typer.BadParameter("give one of: FILE, --jsonl BATCH.jsonl or --db URL")
    use_rules_or_exit(rules)
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    review: DocumentReview | None = None
    source: Document | None = None
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
        shown = source or evidence_document(report)
        if privacy is not None:
            shown, report = pseudonymized_pair(shown, report, privacy)
        page = render_review(shown, report, lang=lang.value, review=review, partial=partial)
    except MocparseError as error:
        raise fail(error) from None
    except (ReviewSourceError, CorrectionsError) as error:
        stop(str(error), EXIT_USAGE)
    except DatabaseError as error:
        stop(str(error), EXIT_DATABASE)
    temporary = html.with_name(html.name + ".tmp")
    try:
        html.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(html)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise output_failed(str(html), error) from None
    if file is None and source is None:
        say(
            "mocparse: note: the source file was not found; the page shows the evidence passages only "
            "(give --sources DIR for the full text)"
        )
    typer.echo(path_text(html))
