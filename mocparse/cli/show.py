"""``mocparse show FILE --html OUT``: write the review page of a report (mocparse/review.py).

Imported at the end of :mod:`mocparse.cli.main`, which registers the command.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from mocparse.cli import main as cli
from mocparse.errors import ErrorKind, MocparseError


def show(
    file: Annotated[Path, typer.Argument(help="The report to review.")],
    html: Annotated[Path, typer.Option("--html", help="Write the review page (one self-contained HTML file) here.")],
) -> None:
    """Write an HTML page showing the document with every extracted fact highlighted; print its path."""
    from mocparse.pipeline import parse_document
    from mocparse.readers import read as read_document
    from mocparse.review import render_review

    try:
        document = read_document(file)
        page = render_review(document, parse_document(document))
    except MocparseError as error:
        raise cli._fail(error) from None
    try:
        html.parent.mkdir(parents=True, exist_ok=True)
        temporary = html.with_name(html.name + ".tmp")
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(html)
    except OSError as error:
        reason = f"cannot write the review page: {error.strerror or error}"
        raise cli._fail(MocparseError(html, reason, kind=ErrorKind.INTERNAL)) from None
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
