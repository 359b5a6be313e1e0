"""``mocparse show FILE --html OUT``: write the review page of a report (mocparse/review.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mocparse.cli.common import (
    PseudonymizeOption,
    PseudonymKeyFileOption,
    RulesOption,
    fail,
    output_failed,
    pseudonymizer_or_exit,
    use_rules_or_exit,
)
from mocparse.errors import MocparseError
from mocparse.paths import path_text


def show(
    file: Annotated[Path, typer.Argument(help="The report to review.")],
    html: Annotated[Path, typer.Option("--html", help="Write the review page (one self-contained HTML file) here.")],
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
    rules: RulesOption = None,
) -> None:
    """Write an HTML page showing the document with every extracted fact highlighted; print its path.

    With --pseudonymize the names and contacts are replaced in the document text itself."""
    from mocparse.pipeline import parse_document
    from mocparse.privacy import pseudonymized_pair
    from mocparse.readers import read as read_document
    from mocparse.review import render_review

    use_rules_or_exit(rules)
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    try:
        document = read_document(file)
        report = parse_document(document)
    except MocparseError as error:
        raise fail(error) from None
    if privacy is not None:
        document, report = pseudonymized_pair(document, report, privacy)
    page = render_review(document, report)
    temporary = html.with_name(html.name + ".tmp")
    try:
        html.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(html)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise output_failed(str(html), error) from None
    typer.echo(path_text(html))
