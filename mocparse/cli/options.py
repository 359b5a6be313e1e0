"""Options and helpers shared by several commands: pseudonymization and output errors."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from mocparse.privacy import Pseudonymizer

EXIT_USAGE = 2

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


def pseudonymizer_or_exit(enabled: bool, key_file: Path | None) -> Pseudonymizer | None:
    """The pseudonymizer of ``--pseudonymize`` (``--pseudonym-key-file`` implies it), or None; without
    a usable key, one line on stderr and exit code 2 before anything is read or written."""
    from mocparse.privacy import Pseudonymizer, PseudonymKeyError, load_key

    if not enabled and key_file is None:
        return None
    try:
        return Pseudonymizer(load_key(key_file))
    except PseudonymKeyError as error:
        typer.echo(f"mocparse: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def output_error_text(error: OSError) -> str:
    """Why a file could not be written, in a few words (see :func:`mocparse.batch.write_error_text`)."""
    from mocparse.batch import write_error_text

    return write_error_text(error)
