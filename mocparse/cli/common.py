"""What several commands share: options (rules, pseudonymization), one-line errors, safe writes.

Command modules import this module and :mod:`mocparse.cli.exits`, never each other;
:mod:`mocparse.cli.app` imports them all and registers the commands.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from mocparse.cli.exits import EXIT_CODES, EXIT_OUTPUT, EXIT_RULES, EXIT_USAGE
from mocparse.errors import ErrorKind, MocparseError
from mocparse.paths import path_text

if TYPE_CHECKING:
    from rich.console import Console

    from mocparse.privacy import Pseudonymizer

RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        envvar="MOCPARSE_RULES",
        help="Read the rules (rules/*.yaml) from this folder instead of the installed ones "
        "(also $MOCPARSE_RULES; docs/rules.md).",
        show_default=False,
    ),
]
PseudonymizeOption = Annotated[
    bool,
    typer.Option(
        "--pseudonymize",
        help="Replace person names by keyed pseudonyms and mask phones and e-mails (key: "
        "$MOCPARSE_PSEUDONYM_KEY or --pseudonym-key-file; docs/reliability.md).",
    ),
]
NoOcrOption = Annotated[
    bool,
    typer.Option("--no-ocr", help="Do not OCR scanned PDF pages (they are named in a warning instead)."),
]
PseudonymKeyFileOption = Annotated[
    Path | None,
    typer.Option("--pseudonym-key-file", help="File holding the pseudonymization key (implies --pseudonymize)."),
]


def say(message: str) -> None:
    """One line on standard error."""
    typer.echo(message, err=True)


def stop(message: str, code: int) -> NoReturn:
    """Print ``mocparse: error: MESSAGE`` on standard error and exit with ``code``."""
    say(f"mocparse: error: {message}")
    raise typer.Exit(code)


def out_of_memory_exit(file: str | Path | None) -> typer.Exit:
    """The one-line error of a parse that ran out of memory, written with as little new memory as
    possible (collected first, raw bytes to the descriptor), and the exit of its kind."""
    import gc

    gc.collect()
    where = f"{path_text(file)}: ran out of memory while parsing it" if file is not None else "out of memory"
    with suppress(OSError):
        sys.stderr.flush()
        os.write(2, f"mocparse: error: {where} [{ErrorKind.OUT_OF_MEMORY.value}]\n".encode())
    return typer.Exit(EXIT_CODES[ErrorKind.OUT_OF_MEMORY])


def fail(error: MocparseError) -> typer.Exit:
    """The one-line error of a document that could not be read, and the exit of its kind."""
    say(f"mocparse: error: {path_text(error.path)}: {error.reason} [{error.kind.value}]")
    return typer.Exit(EXIT_CODES.get(error.kind, 1))


def use_rules_or_exit(directory: Path | None) -> None:
    """Use the rules of ``directory`` (``--rules``/``$MOCPARSE_RULES``) in this process; a broken rules
    file is one line naming the file, the line and the field, and exit code 15."""
    if directory is None:
        return
    from mocparse.rules import RuleFileError, use_rules

    try:
        use_rules(directory)
    except RuleFileError as error:
        stop(f"{error} [rules]", EXIT_RULES)


def pseudonymizer_or_exit(enabled: bool, key_file: Path | None) -> Pseudonymizer | None:
    """The pseudonymizer of ``--pseudonymize`` (``--pseudonym-key-file`` implies it), or None; without
    a usable key, one line on stderr and exit code 2 before anything is read or written."""
    from mocparse.privacy import Pseudonymizer, PseudonymKeyError, load_key

    if not enabled and key_file is None:
        return None
    try:
        return Pseudonymizer(load_key(key_file))
    except PseudonymKeyError as error:
        stop(str(error), EXIT_USAGE)


def output_error_text(error: OSError) -> str:
    """Why a file could not be written, in a few words (see :func:`mocparse.batch.write_error_text`)."""
    from mocparse.batch.records import write_error_text

    return write_error_text(error)


def output_failed(where: str, error: OSError) -> typer.Exit:
    """The one-line error of an output that could not be written, and exit code 11."""
    say(f"mocparse: error: cannot write {path_text(where)}: {output_error_text(error)} [output]")
    return typer.Exit(EXIT_OUTPUT)


def write_output(text: str, out: Path | None) -> None:
    """Write ``text`` to standard output or, through ``OUT.tmp`` renamed when complete, to ``out``;
    on failure say why in one line, leave no temporary file and exit with :data:`EXIT_OUTPUT`."""
    text = text if text.endswith("\n") else text + "\n"
    if out is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as error:
            raise output_failed("standard output", error) from None
        return
    if out.exists() and not out.is_file():
        stop(f"cannot write {path_text(out)}: not a regular file [output]", EXIT_OUTPUT)
    temporary = out.with_name(out.name + ".tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(out)
    except OSError as error:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise output_failed(str(out), error) from None


def console() -> Console:
    """The console of progress bars: standard error."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)
