"""``mocparse batch``, ``load``, ``export`` and ``db``: the archive -> regional database path.

Registered on the main app by one import in :mod:`mocparse.cli.main`. Exit codes (docs/batch.md):
0 everything done, 12 some documents failed or were not loaded, 13 database error, 1 the batch
could not run, 130 interrupted; 2 is a usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from mocparse.cli.options import PseudonymizeOption, PseudonymKeyFileOption, output_error_text, pseudonymizer_or_exit

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, Task
    from rich.text import Text
    from sqlalchemy import Engine

    from mocparse.batch import BatchPlan, BatchRecord, Sink
    from mocparse.db.load import Rejected

EXIT_SOME_FAILED = 12
"""Some documents could not be converted (error records written) or some records were not loaded."""
EXIT_DATABASE = 13
"""The database is unreachable, went away, or has a schema this mocparse cannot use."""
EXIT_BATCH_ERROR = 1
"""The batch could not run (output locked by another run, worker processes cannot start)."""
EXIT_INTERRUPTED = 130
"""Stopped with Ctrl-C; everything written so far is valid and a rerun resumes."""
EXIT_OUTPUT = 11
"""An output could not be written (unwritable path, disk full); what was written before is complete."""


def _running_app() -> typer.Typer:
    """The app of ``mocparse.cli.main``, also when it runs as ``python -m mocparse.cli.main`` (``__main__``)."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name == "mocparse.cli.main":
        return main.app  # type: ignore[union-attr]
    from mocparse.cli.main import app as main_app

    return main_app


app = _running_app()

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="MOCPARSE_DB",
        help="SQLAlchemy URL (postgresql://user@host/db, sqlite:///file) or a SQLite file path. "
        "[default: sqlite:///mocparse.sqlite]",
    ),
]

db_app = typer.Typer(help="Create, upgrade and inspect the regional database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _say(message: str) -> None:
    typer.echo(message, err=True)


def _abort(progress: Progress | None, message: str, code: int) -> typer.Exit:
    """Stop the progress bar, print one error line, and give the exit to raise."""
    if progress is not None:
        progress.stop()
    _say(message)
    return typer.Exit(code)


def _progress(console: Console, unit: str) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} {unit}/s" if speed else f"- {unit}/s", style="progress.data.speed")

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


def _failure_line(record: BatchRecord) -> str:
    return f"  failed  {record.error_kind:<18} {record.source.path}: {record.error_message}"


def _rejected_line(item: Rejected) -> str:
    return f"  not loaded  {item.where}: {item.reason}"


@app.command()
def batch(
    src_dir: Annotated[Path, typer.Argument(help="Folder of reports, read recursively.", exists=True, file_okay=False)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="JSONL file: one record per document.")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", help="Folder: one JSON file per document.")] = None,
    name: Annotated[
        str, typer.Option("--name", help="File names in --out-dir: sha256 or path (safe relative path).")
    ] = "sha256",
    db: Annotated[
        str | None, typer.Option("--db", help="Also load every converted document into this database URL.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes. [default: all cores]")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Per-document time limit in seconds; 0 = none.")
    ] = 120.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; failures only.")
    ] = False,
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
) -> None:
    """Convert every report under SRC_DIR (all formats, by content) in parallel; resumable.

    Documents already in the outputs (same SHA-256 and schema version) are skipped; files that
    fail become error records and the batch goes on. Exit code 0 when everything is converted,
    12 when some files failed (docs/batch.md).
    """
    from mocparse.batch import BatchError, DirSink, JsonlSink, OutputError, run_batch
    from mocparse.db import DatabaseError, DatabaseUnavailableError, create_db_engine
    from mocparse.db.load import DbSink
    from mocparse.privacy import PseudonymizingSink

    if out is None and out_dir is None and db is None:
        raise typer.BadParameter("give at least one output: --out FILE.jsonl, --out-dir DIR or --db URL")
    if name not in {"sha256", "path"}:
        raise typer.BadParameter("--name is sha256 or path")
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    if privacy is not None and out_dir is not None and name == "path":
        raise typer.BadParameter(
            "--name path would put file names (which may name people) into --out-dir; "
            "use --name sha256 with --pseudonymize"
        )
    naming: Literal["sha256", "path"] = "path" if name == "path" else "sha256"
    sinks: list[Sink] = []
    exclude: list[Path] = [path for path in (out, out_dir) if path is not None]
    try:
        if out is not None:
            sinks.append(JsonlSink(out))
        if out_dir is not None:
            sinks.append(DirSink(out_dir, naming))
        db_sink: DbSink | None = None
        if db is not None:
            engine = create_db_engine(db)
            if engine.url.get_backend_name() == "sqlite" and engine.url.database:
                exclude.append(Path(engine.url.database))
            db_sink = DbSink(engine, source=f"batch {src_dir}")
            sinks.append(db_sink)
    except OutputError as error:
        _close(sinks)
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_OUTPUT) from None
    except BatchError as error:
        _close(sinks)
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_BATCH_ERROR) from None
    except DatabaseError as error:
        _close(sinks)
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_DATABASE) from None

    if privacy is not None:
        sinks = [PseudonymizingSink(sink, privacy) for sink in sinks]
    console = _console()
    show = console.is_terminal and not quiet
    progress = _progress(console, "files") if show else None
    task_id = None
    notes_shown = len(_notes(sinks))

    def on_plan(plan: BatchPlan) -> None:
        nonlocal task_id
        for note in _notes(sinks):  # what resuming found: torn lines, foreign files
            _say(f"mocparse: note: {note}")
        if progress is not None:
            progress.start()
            task_id = progress.add_task(f"converting ({plan.jobs} jobs)", total=len(plan.to_convert))

    def on_record(record: BatchRecord) -> None:
        if progress is not None and task_id is not None and record.source.sha256 is not None:
            progress.advance(task_id)
        if not record.ok and (quiet or progress is None):
            _say(_failure_line(record))

    try:
        summary = run_batch(
            src_dir,
            sinks,
            jobs=jobs,
            timeout_s=timeout or None,
            exclude=exclude,
            on_plan=on_plan,
            on_record=on_record,
        )
    except DatabaseUnavailableError as error:
        loaded = db_sink.loader.loaded if db_sink is not None else 0
        raise _abort(
            progress,
            f"mocparse: error: {error}. {loaded} document(s) were loaded and are complete; the rest were not "
            "loaded. Run the same command again when the database is back: it resumes.",
            EXIT_DATABASE,
        ) from None
    except DatabaseError as error:
        raise _abort(progress, f"mocparse: error: {error}", EXIT_DATABASE) from None
    except OutputError as error:
        raise _abort(
            progress,
            f"mocparse: error: {error}. The records written before are complete; free space or fix the "
            "output and run the same command again: it resumes.",
            EXIT_OUTPUT,
        ) from None
    except BatchError as error:
        raise _abort(progress, f"mocparse: error: {error}", EXIT_BATCH_ERROR) from None
    if progress is not None:
        progress.stop()
    plan = summary.plan
    db_failed = db_sink.loader.failed if db_sink is not None else []
    if not quiet:
        rate = summary.attempted / summary.elapsed_s if summary.elapsed_s else 0.0
        _say(
            f"mocparse batch: {plan.found} files: {summary.converted} converted, {len(summary.failed)} failed, "
            f"{len(plan.skipped)} already converted, {len(plan.duplicates)} duplicate(s), "
            f"{len(plan.ignored)} ignored (not documents) in {summary.elapsed_s:.1f} s "
            f"({rate:.2f} files/s, {plan.jobs} job(s))"
        )
        if progress is not None:
            for record in summary.failed:
                _say(_failure_line(record))
        for duplicate, first in plan.duplicates:
            _say(f"  duplicate  {duplicate.path}: same content as {first.path}")
        for note in _notes(sinks)[notes_shown:]:  # e.g. the compaction of the JSONL
            _say(f"mocparse: note: {note}")
        _say(f"  output: {', '.join(sink.description for sink in sinks)}")
    for item in db_failed:
        _say(_rejected_line(item))
    if summary.interrupted:
        _say("mocparse: interrupted; what was written is valid, run the same command again to resume")
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.failed or db_failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _notes(sinks: list[Sink]) -> list[str]:
    return [note for sink in sinks for note in getattr(sink, "notes", [])]


def _close(sinks: list[Sink]) -> None:
    for sink in sinks:
        sink.close(finished=False)


@app.command()
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
) -> None:
    """Load a JSONL of reports into the database (a document already there is replaced, never
    duplicated) and/or review corrections (applied to their documents, kept for later reloads)."""
    from mocparse.corrections import CorrectionsError, read_corrections
    from mocparse.db import DatabaseError, create_db_engine, describe
    from mocparse.db.load import load_corrections

    if jsonl is None and not corrections:
        raise typer.BadParameter("give a JSONL file and/or --corrections FILE")
    try:
        files = [(str(path), read_corrections(path)) for path in corrections or []]
    except CorrectionsError as error:
        _say(f"mocparse: error: {error}")
        raise typer.Exit(2) from None
    engine = create_db_engine(db)
    rejected: list[Rejected] = []
    if jsonl is not None:
        rejected = _load_jsonl(engine, jsonl, quiet)
    if files:
        try:
            done = load_corrections(engine, files)
        except DatabaseError as error:
            _say(f"mocparse: error: {error}")
            raise typer.Exit(EXIT_DATABASE) from None
        except CorrectionsError as error:
            _say(f"mocparse: error: {error}")
            raise typer.Exit(2) from None
        if not quiet:
            _say(
                f"mocparse load: {done.decisions} review decision(s) for {done.documents} document(s) stored in "
                f"{describe(engine.url)}; {done.reapplied} document(s) updated, {len(done.waiting)} not loaded yet "
                "(applied when they are)"
            )
        for item in done.unmatched:
            _say(f"  no such fact any more  {item}")
    if rejected:
        raise typer.Exit(EXIT_SOME_FAILED)


def _load_jsonl(engine: Engine, jsonl: Path, quiet: bool) -> list[Rejected]:
    from mocparse.db import DatabaseError, DatabaseUnavailableError, describe
    from mocparse.db.load import load_jsonl

    console = _console()
    progress = _progress(console, "docs") if console.is_terminal and not quiet else None
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
        summary = load_jsonl(engine, jsonl, on_document=on_document)
    except DatabaseUnavailableError as error:
        raise _abort(
            progress,
            f"mocparse: error: {error}. {error.loaded} document(s) were loaded and are complete; "
            f"{error.not_loaded} were not loaded. Run the same command again when the database is back.",
            EXIT_DATABASE,
        ) from None
    except DatabaseError as error:
        raise _abort(progress, f"mocparse: error: {error}", EXIT_DATABASE) from None
    if progress is not None:
        progress.stop()
    if not quiet:
        _say(
            f"mocparse load: {summary.loaded} document(s) loaded ({summary.replaced} replaced), "
            f"{summary.error_records} error record(s) stored, {len(summary.rejected)} not loaded, "
            f"in {summary.elapsed_s:.1f} s into {describe(engine.url)} (load run {summary.run_id})"
        )
    for item in summary.rejected:
        _say(_rejected_line(item))
    return summary.rejected


@app.command()
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
    """Export the database: an XLSX workbook (summary + one sheet per fact family) and/or CSV files."""
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
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_DATABASE) from None
    try:
        ensure_schema(engine, create=False)
        transform = pseudonymized_rows(engine, privacy) if privacy is not None else None
        if xlsx is not None:
            sheets = export_xlsx(engine, xlsx, transform=transform)
            _say(f"mocparse export: {xlsx}: " + ", ".join(f"{name} {rows}" for name, rows in sheets.items()))
        if csv is not None:
            tables = export_csv(
                engine, csv, transform=transform, dialect="plain" if csv_dialect == "plain" else "excel-ru"
            )
            _say(f"mocparse export: {csv}/: {len(tables)} tables, {sum(tables.values())} rows")
    except DatabaseError as error:
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_DATABASE) from None
    except ExportError as error:
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_SOME_FAILED) from None
    except OSError as error:
        _say(f"mocparse: error: cannot write the export: {output_error_text(error)}")
        raise typer.Exit(EXIT_OUTPUT) from None


@db_app.command("init")
def db_init(db: DbOption = None) -> None:
    """Create the schema in an empty database, or upgrade an older one to this version."""
    from mocparse.db import DatabaseError, create_db_engine, describe, upgrade

    engine = create_db_engine(db)
    try:
        before, after = upgrade(engine)
    except DatabaseError as error:
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_DATABASE) from None
    where = describe(engine.url)
    if before is None:
        typer.echo(f"created schema version {after} in {where}")
    elif before == after:
        typer.echo(f"{where} is at schema version {after}; nothing to do")
    else:
        typer.echo(f"upgraded {where} from schema version {before} to {after}")


@db_app.command("status")
def db_status(db: DbOption = None) -> None:
    """Schema version, rows per table and the latest load runs."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from mocparse.db import LATEST_VERSION, DatabaseError, create_db_engine, database_version, describe
    from mocparse.db import schema as s

    try:
        engine = create_db_engine(db, must_exist=True)
    except DatabaseError as error:
        _say(f"mocparse: error: {error}")
        raise typer.Exit(EXIT_DATABASE) from None
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
        from mocparse.db.engine import error_text

        _say(f"mocparse: error: {describe(engine.url)}: {error_text(error)}")
        raise typer.Exit(EXIT_DATABASE) from None
