"""``mocparse show FILE --html OUT``: write the review page of a report (mocparse/review.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mocparse.cli.common import RulesOption, fail, output_failed, use_rules_or_exit
from mocparse.errors import MocparseError
from mocparse.paths import path_text


def show(
    file: Annotated[Path, typer.Argument(help="The report to review.")],
    html: Annotated[Path, typer.Option("--html", help="Write the review page (one self-contained HTML file) here.")],
    rules: RulesOption = None,
) -> None:
    """Write an HTML page showing the document with every extracted fact highlighted; print its path."""
    from mocparse.pipeline import parse_document
    from mocparse.readers import read as read_document
    from mocparse.review import render_review

    use_rules_or_exit(rules)
    try:
        document = read_document(file)
        page = render_review(document, parse_document(document))
    except MocparseError as error:
        raise fail(error) from None
    temporary = html.with_name(html.name + ".tmp")
    try:
        html.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(html)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise output_failed(str(html), error) from None
    typer.echo(path_text(html))
