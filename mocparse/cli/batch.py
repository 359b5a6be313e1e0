"""``mocparse batch``: convert a folder tree in parallel, resumable, errors as records (docs/batch.md).

Exit codes: 0 everything done, 12 some documents failed or were not loaded, 13 database error,
11 an output cannot be written, 1 the batch could not run, 130 interrupted; 2 is a usage error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from mocparse.cli.common import (
    PseudonymizeOption,
    PseudonymKeyFileOption,
    RulesOption,
    console,
    pseudonymizer_or_exit,
    say,
    stop,
    use_rules_or_exit,
)
from mocparse.cli.exits import EXIT_BATCH_ERROR, EXIT_DATABASE, EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_SOME_FAILED
from mocparse.cli.progress import abort, progress_bar
from mocparse.defaults import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S
from mocparse.paths import path_text

if TYPE_CHECKING:
    from mocparse.batch import BatchPlan, BatchRecord, Sink
    from mocparse.privacy import Pseudonymizer


def _failure_line(record: BatchRecord, privacy: Pseudonymizer | None) -> str:
    path = path_text(record.source.path)
    message = record.error_message or ""
    if privacy is not None:
        clean = privacy.error_record({"path": path, "error": {"message": message}})
        path, message = clean["path"], clean["error"]["message"]
    return f"  failed  {record.error_kind:<18} {path}: {message}"


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
    ] = DEFAULT_TIMEOUT_S,
    max_memory: Annotated[
        int, typer.Option("--max-memory", min=0, help="Memory limit of each worker process in MiB; 0 = none.")
    ] = DEFAULT_MAX_MEMORY_MB,
    follow_links: Annotated[
        bool,
        typer.Option("--follow-links", help="Also follow symbolic links that leave SRC_DIR, and links to folders."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; failures only.")
    ] = False,
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
    rules: RulesOption = None,
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
    use_rules_or_exit(rules)
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
            source = f"batch {path_text(src_dir)}"
            if privacy is not None:
                source = privacy.scrubber()(source, in_path=True)
            db_sink = DbSink(engine, source=source)
            sinks.append(db_sink)
    except OutputError as error:
        _close(sinks)
        stop(str(error), EXIT_OUTPUT)
    except BatchError as error:
        _close(sinks)
        stop(str(error), EXIT_BATCH_ERROR)
    except DatabaseError as error:
        _close(sinks)
        stop(str(error), EXIT_DATABASE)

    if privacy is not None:
        sinks = [PseudonymizingSink(sink, privacy) for sink in sinks]
    terminal = console()
    progress = progress_bar(terminal, "files") if terminal.is_terminal and not quiet else None
    task_id = None
    notes_shown = len(_notes(sinks))

    def on_plan(plan: BatchPlan) -> None:
        nonlocal task_id
        for note in _notes(sinks):  # what resuming found: torn lines, foreign files
            say(f"mocparse: note: {note}")
        if progress is not None:
            progress.start()
            task_id = progress.add_task(f"converting ({plan.jobs} jobs)", total=len(plan.to_convert))

    def on_record(record: BatchRecord) -> None:
        if progress is not None and task_id is not None and record.source.sha256 is not None:
            progress.advance(task_id)
        if not record.ok and (quiet or progress is None):
            say(_failure_line(record, privacy))

    try:
        summary = run_batch(
            src_dir,
            sinks,
            jobs=jobs,
            timeout_s=timeout or None,
            max_memory_mb=max_memory or None,
            exclude=exclude,
            follow_links=follow_links,
            on_plan=on_plan,
            on_record=on_record,
        )
    except DatabaseUnavailableError as error:
        loaded = db_sink.loader.loaded if db_sink is not None else 0
        raise abort(
            progress,
            f"mocparse: error: {error}. {loaded} document(s) were loaded and are complete; the rest were not "
            "loaded. Run the same command again when the database is back: it resumes.",
            EXIT_DATABASE,
        ) from None
    except DatabaseError as error:
        raise abort(progress, f"mocparse: error: {error}", EXIT_DATABASE) from None
    except OutputError as error:
        raise abort(
            progress,
            f"mocparse: error: {error}. The records written before are complete; free space or fix the "
            "output and run the same command again: it resumes.",
            EXIT_OUTPUT,
        ) from None
    except BatchError as error:
        raise abort(progress, f"mocparse: error: {error}", EXIT_BATCH_ERROR) from None
    if progress is not None:
        progress.stop()
    plan = summary.plan
    db_failed = db_sink.loader.failed if db_sink is not None else []

    def shown(path: Path | str) -> str:
        return privacy.scrubber()(path_text(path), in_path=True) if privacy is not None else path_text(path)

    if not quiet:
        rate = summary.attempted / summary.elapsed_s if summary.elapsed_s else 0.0
        say(
            f"mocparse batch: {plan.found} files: {summary.converted} converted, {len(summary.failed)} failed, "
            f"{len(plan.skipped)} already converted, {len(plan.duplicates)} duplicate(s), "
            f"{len(plan.ignored)} ignored (not documents) in {summary.elapsed_s:.1f} s "
            f"({rate:.2f} files/s, {plan.jobs} job(s))"
        )
        if progress is not None:
            for record in summary.failed:
                say(_failure_line(record, privacy))
        for duplicate, first in plan.duplicates:
            say(f"  duplicate  {shown(duplicate.path)}: same content as {shown(first.path)}")
        for note in _notes(sinks)[notes_shown:]:  # e.g. the compaction of the JSONL
            say(f"mocparse: note: {note}")
        say(f"  output: {', '.join(sink.description for sink in sinks)}")
    for item in db_failed:
        say(f"  not loaded  {shown(item.where)}: {item.reason}")
    if summary.interrupted:
        say("mocparse: interrupted; what was written is valid, run the same command again to resume")
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.failed or db_failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _notes(sinks: list[Sink]) -> list[str]:
    return [note for sink in sinks for note in getattr(sink, "notes", [])]


def _close(sinks: list[Sink]) -> None:
    for sink in sinks:
        sink.close(finished=False)
