"""The ``mocparse`` command: thin wrappers over the library functions."""

from __future__ import annotations

import json
import os
import sys
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mocparse import __version__
from mocparse.cli.options import (
    NoOcrOption,
    PseudonymizeOption,
    PseudonymKeyFileOption,
    output_error_text,
    pseudonymizer_or_exit,
)
from mocparse.errors import ErrorKind, MocparseError

app = typer.Typer(
    name="mocparse",
    help="Structured, evidence-backed facts from reports of municipal support centres (МОЦ).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_CODES = {
    ErrorKind.NOT_FOUND: 2,
    ErrorKind.UNSUPPORTED: 3,
    ErrorKind.EMPTY: 4,
    ErrorKind.CORRUPT: 5,
    ErrorKind.ENCRYPTED: 6,
    ErrorKind.SCANNED: 7,
    ErrorKind.TOO_LARGE: 8,
    ErrorKind.MISSING_TOOL: 9,
    ErrorKind.TIMEOUT: 10,
    ErrorKind.INTERNAL: 1,
}


EXIT_OUTPUT = 11
"""The output could not be written (unwritable path, disk full); no half-written file is left."""


def _fail(error: MocparseError) -> typer.Exit:
    typer.echo(f"mocparse: error: {error} [{error.kind.value}]", err=True)
    return typer.Exit(EXIT_CODES.get(error.kind, 1))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mocparse {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """mocparse: read МОЦ reports (DOCX, PDF, TXT, DOC/RTF/ODT) into verifiable facts."""


class ReadFormat(StrEnum):
    """Output of ``mocparse read``."""

    JSON = "json"
    OUTLINE = "outline"


class ParseFormat(StrEnum):
    """Output of ``mocparse parse``."""

    JSON = "json"
    SUMMARY = "summary"


def _write(text: str, out: Path | None) -> None:
    """Write ``text`` to standard output or, through ``OUT.tmp`` renamed when complete, to ``out``;
    on failure say why in one line, leave no temporary file and exit with :data:`EXIT_OUTPUT`."""
    text = text if text.endswith("\n") else text + "\n"
    if out is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as error:
            raise _output_failed("standard output", error) from None
        return
    if out.exists() and not out.is_file():
        typer.echo(f"mocparse: error: cannot write {out}: not a regular file [output]", err=True)
        raise typer.Exit(EXIT_OUTPUT)
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
        raise _output_failed(str(out), error) from None


def _output_failed(where: str, error: OSError) -> typer.Exit:
    typer.echo(f"mocparse: error: cannot write {where}: {output_error_text(error)} [output]", err=True)
    return typer.Exit(EXIT_OUTPUT)


@app.command()
def read(
    file: Annotated[Path, typer.Argument(help="The document to read.")],
    output_format: Annotated[ReadFormat, typer.Option("--format", "-f", help="json or outline.")] = ReadFormat.OUTLINE,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    no_ocr: NoOcrOption = False,
) -> None:
    """Print the document model: blocks, lists and tables, with offsets and pages."""
    from mocparse.outline import outline
    from mocparse.readers import ReadOptions
    from mocparse.readers import read as read_document

    try:
        document = read_document(file, ReadOptions(ocr=not no_ocr))
    except MocparseError as error:
        raise _fail(error) from None
    if output_format is ReadFormat.JSON:
        _write(document.model_dump_json(indent=2), out)
    else:
        _write(outline(document), out)


@app.command()
def parse(
    files: Annotated[
        list[str], typer.Argument(help="Reports to parse; '-' reads one from standard input.", metavar="FILE...")
    ],
    output_format: Annotated[ParseFormat, typer.Option("--format", "-f", help="json or summary.")] = ParseFormat.JSON,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
    no_ocr: NoOcrOption = False,
) -> None:
    """Extract every fact with its evidence and print the Report: indented JSON for one file, one
    JSON line per file (JSONL) for several; the models load once for all of them. A file that
    cannot be read gets an error line and the others are still written."""
    from mocparse.outline import summary
    from mocparse.pipeline import Source
    from mocparse.pipeline import parse as parse_report
    from mocparse.readers import ReadOptions

    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    options = ReadOptions(ocr=not no_ocr)
    outputs: list[str] = []
    failure: typer.Exit | None = None
    for file in files:
        source: Source = sys.stdin.buffer.read() if file == "-" else Path(file)
        try:
            report = parse_report(source, options=options, name="<stdin>" if file == "-" else None)
        except MocparseError as error:
            failure = _fail(error)
            continue
        if privacy is not None:
            report = privacy.report(report)
        if output_format is ParseFormat.SUMMARY:
            outputs.append(summary(report))
        elif len(files) == 1:
            outputs.append(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
        else:
            outputs.append(report.model_dump_json())
    if outputs:
        _write("\n".join(outputs), out)
    if failure is not None:
        raise failure


class CorpusFormat(StrEnum):
    """Which rendering of the corpus to evaluate."""

    TXT = "txt"
    DOCX = "docx"
    PDF = "pdf"
    DOCS = "docs"
    ALL = "all"


@app.command("eval")
def evaluate_command(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder with gold/ and txt/ (docx/, pdf/).")] = Path("corpus"),
    corpus_format: Annotated[
        CorpusFormat,
        typer.Option("--format", "-f", help="txt, docx, pdf, docs (each document as published, in docs/) or all."),
    ] = CorpusFormat.TXT,
    baseline: Annotated[bool, typer.Option(help="Also score the plain natasha baseline.")] = True,
    details: Annotated[bool, typer.Option(help="List every miss and false hit.")] = True,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON here.")] = None,
    reviewed: Annotated[
        list[Path] | None,
        typer.Option(
            "--reviewed", help="Score against complete reviews in this corrections file instead (repeatable)."
        ),
    ] = None,
    sources: Annotated[
        Path | None, typer.Option("--sources", help="Folder holding the reviewed files (found by SHA-256).")
    ] = None,
) -> None:
    """Precision / recall / F1 per fact family against the gold files, or against reviewed documents."""
    from mocparse.evaluate import baseline_report, corpus_formats, evaluate, format_agreements, format_table

    if reviewed:
        _evaluate_reviewed(reviewed, sources, details, json_out)
        return

    formats = corpus_formats(corpus) if corpus_format is CorpusFormat.ALL else [corpus_format.value]
    figures: dict[str, object] = {}
    for fmt in formats:
        try:
            scores = evaluate(corpus, fmt)
        except MocparseError as error:
            raise _fail(error) from None
        typer.echo(f"mocparse on {corpus} ({fmt}, {len(scores.documents)} documents)")
        typer.echo(format_table(scores))
        typer.echo(format_agreements(scores))
        figures[fmt] = scores.as_dict()
        if details:
            for family, score in scores.totals.items():
                for miss in score.misses:
                    typer.echo(f"  miss       {family}: {miss}")
                for hit in score.false_hits:
                    typer.echo(f"  false hit  {family}: {hit}")
        typer.echo("")
    if baseline:
        scores = evaluate(corpus, formats[0], parse=baseline_report)
        typer.echo(f"natasha baseline (NER + NamesExtractor, DatesExtractor) on {corpus} ({formats[0]})")
        typer.echo(format_table(scores, ["persons", "dates"]))
        figures["natasha_baseline"] = {
            key: value for key, value in scores.as_dict().items() if key in {"persons", "dates"}
        }
    if json_out is not None:
        _write(json.dumps(figures, ensure_ascii=False, indent=2), json_out)


def _evaluate_reviewed(files: list[Path], sources: Path | None, details: bool, json_out: Path | None) -> None:
    from mocparse.corrections import CorrectionsError, merged, read_corrections
    from mocparse.evaluate import evaluate_reviewed, format_agreements, format_table

    try:
        reviews = merged(read_corrections(path) for path in files)
    except CorrectionsError as error:
        typer.echo(f"mocparse: error: {error}", err=True)
        raise typer.Exit(2) from None
    scores, skipped = evaluate_reviewed(reviews.values(), sources)
    for item in skipped:
        typer.echo(f"mocparse: note: skipped {item}", err=True)
    if not scores.documents:
        typer.echo("mocparse: error: no complete review of a file at hand to score against", err=True)
        raise typer.Exit(2)
    typer.echo(f"mocparse against {len(scores.documents)} reviewed document(s)")
    typer.echo(format_table(scores))
    typer.echo(format_agreements(scores))
    if details:
        for family, score in scores.totals.items():
            for miss in score.misses:
                typer.echo(f"  miss       {family}: {miss}")
            for hit in score.false_hits:
                typer.echo(f"  false hit  {family}: {hit}")
    if json_out is not None:
        _write(json.dumps({"reviewed": scores.as_dict()}, ensure_ascii=False, indent=2), json_out)


@app.command()
def schema(
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="The schema of a batch JSONL line (a report or an error record).")
    ] = False,
) -> None:
    """Print the JSON Schema of the Report (vocabularies from the rules in effect)."""
    from mocparse.schema import jsonl_schema, report_schema

    typer.echo(json.dumps(jsonl_schema() if jsonl else report_schema(), ensure_ascii=False, indent=2))


from mocparse.cli import batch as _batch  # noqa: E402, F401  (registers batch/load/export/db)
from mocparse.cli import show as _show  # noqa: E402, F401  (registers show)

if __name__ == "__main__":  # pragma: no cover
    app()
