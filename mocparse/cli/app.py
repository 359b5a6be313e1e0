"""The ``mocparse`` command: one Typer app, every command registered here explicitly.

Command modules (:mod:`~mocparse.cli.documents`, :mod:`~mocparse.cli.show`, :mod:`~mocparse.cli.batch`,
:mod:`~mocparse.cli.database`) define plain functions and import only :mod:`~mocparse.cli.common`
and :mod:`~mocparse.cli.exits`; nothing imports this module but the entry points
(``mocparse`` and ``python -m mocparse``), so there are no import circles.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Annotated

import typer

from mocparse import __version__
from mocparse.cli import batch, database, documents, show
from mocparse.cli.common import RulesOption, out_of_memory_exit, say, use_rules_or_exit
from mocparse.cli.exits import EXIT_OUT_OF_MEMORY, EXIT_RULES

app = typer.Typer(
    name="mocparse",
    help="Structured, evidence-backed facts from reports of municipal support centres (МОЦ).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Create, upgrade and inspect the regional database.", no_args_is_help=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mocparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    rules: RulesOption = None,
) -> None:
    """mocparse: read МОЦ reports (DOCX, PDF, TXT, DOC/RTF/ODT) into verifiable facts."""
    from mocparse.quiet import quiet_libraries

    quiet_libraries()
    use_rules_or_exit(rules)


app.command("read")(documents.read)
app.command("parse")(documents.parse)
app.command("eval")(documents.evaluate)
app.command("schema")(documents.schema)
app.command("show")(show.show)
app.command("batch")(batch.batch)
app.command("load")(database.load)
app.command("export")(database.export)
app.add_typer(db_app, name="db")
db_app.command("init")(database.db_init)
db_app.command("status")(database.db_status)


def main() -> None:
    """Run the command line; the last line of defence turns a broken rules file met late and an
    exhausted memory into one line and their exit codes instead of a traceback."""
    _leave(_run())


def _run() -> int:
    from mocparse.rules import RuleFileError

    out_of_memory = False
    try:
        app()
    except SystemExit as done:
        if isinstance(done.code, str):
            say(done.code)
            return 1
        return done.code or 0
    except RuleFileError as error:
        say(f"mocparse: error: {error} [rules]")
        return EXIT_RULES
    except MemoryError:
        out_of_memory = True
    if out_of_memory:  # outside the handler, so that the failed command's frames are freed first
        out_of_memory_exit(None)
        return EXIT_OUT_OF_MEMORY
    return 0


def _leave(code: int) -> None:
    """Exit with ``code``. When the command left no thread or child process behind, the interpreter's
    teardown (freeing the dictionaries and the tokenizer, about 0.1 s) is skipped after the output
    is flushed, as mypy does; otherwise Python exits normally."""
    import multiprocessing
    import threading

    if threading.active_count() > 1 or multiprocessing.active_children():
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more can be written anyway
            stream.flush()
    os._exit(code)
