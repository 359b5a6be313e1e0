"""``mocparse load``, ``export``, ``db init`` and ``db status``: the regional database (docs/database.md).

Exit codes: 0 done, 12 some records were not loaded, 13 database error, 11 the export cannot be
written, 2 usage error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mocparse.cli.common import (
    PseudonymizeOption,
    PseudonymKeyFileOption,
    console,
    output_error_text,
    pseudonymizer_or_exit,
    say,
    stop,
)
from mocparse.cli.exits import EXIT_DATABASE, EXIT_OUTPUT, EXIT_SOME_FAILED, EXIT_USAGE
from mocparse.cli.progress import abort, progress_bar
from mocparse.paths import path_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from mocparse.db.load import Rejected
    from mocparse.privacy import Pseudonymizer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="MOCPARSE_DB",
        help="SQLAlchemy URL (postgresql://user@host/db, sqlite:///file) or a SQLite file path. "
        "[default: sqlite:///mocparse.sqlite]",
    ),
]


def load(
    jsonl: Annotated[
        Path | None, typer.Argument(help="JSONL written by mocparse batch.", exists=True, dir_okay=False)
    ] = None,
    db: DbOption = None,
    corrections: Annotated[
        list[Path] | None,
        typer.Option(
            "--corrections",
            help="A corrections file from the review page (repeatable): applied now and on every reload.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
) -> None:
    """Load a JSONL of reports into the database (a document already there is replaced, never
    duplicated) and/or review corrections (applied to their documents, kept for later reloads)."""
    from mocparse.corrections import CorrectionsError, read_corrections
    from mocparse.db import DatabaseError, create_db_engine, describe
    from mocparse.db.load import load_corrections

    if jsonl is None and not corrections:
        raise typer.BadParameter("give a JSONL file and/or --corrections FILE")
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    try:
        files = [(str(path), read_corrections(path)) for path in corrections or []]
    except CorrectionsError as error:
        stop(str(error), EXIT_USAGE)
    engine = create_db_engine(db)
    rejected: list[Rejected] = []
    if jsonl is not None:
        rejected = _load_jsonl(engine, jsonl, quiet, privacy)
    if files:
        try:
            done = load_corrections(engine, files)
        except DatabaseError as error:
            stop(str(error), EXIT_DATABASE)
        except CorrectionsError as error:
            stop(str(error), EXIT_USAGE)
        if not quiet:
            say(
                f"mocparse load: {done.decisions} review decision(s) for {done.documents} document(s) stored in "
                f"{describe(engine.url)}; {done.reapplied} document(s) updated, {len(done.waiting)} not loaded yet "
                "(applied when they are)"
            )
        for item in done.unmatched:
            say(f"  no such fact any more  {item}")
    if rejected:
        raise typer.Exit(EXIT_SOME_FAILED)


def _load_jsonl(engine: Engine, jsonl: Path, quiet: bool, privacy: Pseudonymizer | None) -> list[Rejected]:
    from mocparse.db import DatabaseError, DatabaseUnavailableError, describe
    from mocparse.db.load import load_jsonl

    terminal = console()
    progress = progress_bar(terminal, "docs") if terminal.is_terminal and not quiet else None
    task_id = None
    if progress is not None:
        with jsonl.open("rb") as handle:
            total = sum(1 for _ in handle)
        progress.start()
        task_id = progress.add_task("loading", total=total)

    def on_document(_count: int) -> None:
        if progress is not None and task_id is not None:
            progress.advance(task_id)

    try:
        summary = load_jsonl(engine, jsonl, on_document=on_document, privacy=privacy)
    except DatabaseUnavailableError as error:
        raise abort(
            progress,
            f"mocparse: error: {error}. {error.loaded} document(s) were loaded and are complete; "
            f"{error.not_loaded} were not loaded. Run the same command again when the database is back.",
            EXIT_DATABASE,
        ) from None
    except DatabaseError as error:
        raise abort(progress, f"mocparse: error: {error}", EXIT_DATABASE) from None
    if progress is not None:
        progress.stop()
    if not quiet:
        say(
            f"mocparse load: {summary.loaded} document(s) loaded ({summary.replaced} replaced), "
            f"{summary.error_records} error record(s) stored, {len(summary.rejected)} not loaded, "
            f"in {summary.elapsed_s:.1f} s into {describe(engine.url)} (load run {summary.run_id})"
        )
    for item in summary.rejected:
        say(f"  not loaded  {path_text(item.where)}: {item.reason}")
    return summary.rejected


def export(
    db: DbOption = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="Write an Excel workbook here.")] = None,
    csv: Annotated[Path | None, typer.Option("--csv", help="Write one CSV per table into this folder.")] = None,
    csv_dialect: Annotated[
        str,
        typer.Option(
            "--csv-dialect",
            help="excel-ru: UTF-8 with BOM, ';', decimal commas (Russian Excel); plain: UTF-8, ',', points.",
        ),
    ] = "excel-ru",
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
) -> None:
    """Export the database: an XLSX workbook (summary + one sheet per fact family) and/or CSV files.

    Text that a spreadsheet would run as a formula (starting with = + - @) is written as text."""
    from mocparse.db import DatabaseError, create_db_engine, ensure_schema
    from mocparse.export import ExportError, export_csv, export_xlsx, pseudonymized_rows

    if xlsx is None and csv is None:
        raise typer.BadParameter("give --xlsx FILE and/or --csv DIR")
    if csv_dialect not in {"excel-ru", "plain"}:
        raise typer.BadParameter("--csv-dialect is excel-ru or plain")
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    try:
        engine = create_db_engine(db, must_exist=True)
    except DatabaseError as error:
        stop(str(error), EXIT_DATABASE)
    try:
        ensure_schema(engine, create=False)
        transform = pseudonymized_rows(engine, privacy) if privacy is not None else None
        if xlsx is not None:
            sheets = export_xlsx(engine, xlsx, transform=transform)
            say(f"mocparse export: {path_text(xlsx)}: " + ", ".join(f"{name} {rows}" for name, rows in sheets.items()))
        if csv is not None:
            tables = export_csv(
                engine, csv, transform=transform, dialect="plain" if csv_dialect == "plain" else "excel-ru"
            )
            say(f"mocparse export: {path_text(csv)}/: {len(tables)} tables, {sum(tables.values())} rows")
    except DatabaseError as error:
        stop(str(error), EXIT_DATABASE)
    except ExportError as error:
        stop(str(error), EXIT_SOME_FAILED)
    except OSError as error:
        stop(f"cannot write the export: {output_error_text(error)}", EXIT_OUTPUT)


def db_init(db: DbOption = None) -> None:
    """Create the schema in an empty database, or upgrade an older one to this version."""
    from mocparse.db import DatabaseError, create_db_engine, describe, upgrade

    engine = create_db_engine(db)
    try:
        before, after = upgrade(engine)
    except DatabaseError as error:
        stop(str(error), EXIT_DATABASE)
    where = describe(engine.url)
    if before is None:
        typer.echo(f"created schema version {after} in {where}")
    elif before == after:
        typer.echo(f"{where} is at schema version {after}; nothing to do")
    else:
        typer.echo(f"upgraded {where} from schema version {before} to {after}")


def db_status(db: DbOption = None) -> None:
    """Schema version, rows per table and the latest load runs."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from mocparse.db import LATEST_VERSION, DatabaseError, create_db_engine, database_version, describe
    from mocparse.db import schema as s
    from mocparse.db.engine import error_text

    try:
        engine = create_db_engine(db, must_exist=True)
    except DatabaseError as error:
        stop(str(error), EXIT_DATABASE)
    try:
        with engine.connect() as connection:
            version = database_version(connection)
            typer.echo(f"{describe(engine.url)}: schema version {version} (this mocparse: {LATEST_VERSION})")
            if version is None:
                return
            for table in s.metadata.sorted_tables:
                typer.echo(f"  {table.name:<22} {connection.execute(select(func.count()).select_from(table)).scalar()}")
            runs = connection.execute(select(s.load_runs).order_by(s.load_runs.c.id.desc()).limit(5)).all()
            for run in runs:
                typer.echo(
                    f"  run {run.id}: {run.command} {run.source} {run.status}, {run.documents_loaded} loaded, "
                    f"{run.documents_failed} failed, {run.error_records} error records, started {run.started_at}"
                )
    except SQLAlchemyError as error:
        stop(f"{describe(engine.url)}: {error_text(error)}", EXIT_DATABASE)
