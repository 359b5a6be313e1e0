"""``mocparse read``, ``parse``, ``eval`` and ``schema``: one document, or the gold corpus."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mocparse.cli.common import (
    NoOcrOption,
    PseudonymizeOption,
    PseudonymKeyFileOption,
    RulesOption,
    fail,
    pseudonymizer_or_exit,
    use_rules_or_exit,
    write_output,
)
from mocparse.errors import MocparseError


class ReadFormat(StrEnum):
    """Output of ``mocparse read``."""

    JSON = "json"
    OUTLINE = "outline"


class ParseFormat(StrEnum):
    """Output of ``mocparse parse``."""

    JSON = "json"
    SUMMARY = "summary"


class CorpusFormat(StrEnum):
    """Which rendering of the corpus to evaluate."""

    TXT = "txt"
    DOCX = "docx"
    PDF = "pdf"
    DOCS = "docs"
    ALL = "all"


OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")]


def read(
    file: Annotated[Path, typer.Argument(help="The document to read.")],
    output_format: Annotated[ReadFormat, typer.Option("--format", "-f", help="json or outline.")] = ReadFormat.OUTLINE,
    out: OutOption = None,
    no_ocr: NoOcrOption = False,
    rules: RulesOption = None,
) -> None:
    """Print the document model: blocks, lists and tables, with offsets and pages."""
    from mocparse.outline import outline
    from mocparse.readers import ReadOptions
    from mocparse.readers import read as read_document

    use_rules_or_exit(rules)
    try:
        document = read_document(file, ReadOptions(ocr=not no_ocr))
    except MocparseError as error:
        raise fail(error) from None
    if output_format is ReadFormat.JSON:
        write_output(document.model_dump_json(indent=2), out)
    else:
        write_output(outline(document), out)


def parse(
    file: Annotated[Path, typer.Argument(help="The report to parse.")],
    output_format: Annotated[ParseFormat, typer.Option("--format", "-f", help="json or summary.")] = ParseFormat.JSON,
    out: OutOption = None,
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
    no_ocr: NoOcrOption = False,
    rules: RulesOption = None,
) -> None:
    """Extract every fact with its evidence and print the Report."""
    from mocparse.outline import summary
    from mocparse.pipeline import parse as parse_report
    from mocparse.readers import ReadOptions

    use_rules_or_exit(rules)
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    try:
        report = parse_report(file, options=ReadOptions(ocr=not no_ocr))
    except MocparseError as error:
        raise fail(error) from None
    if privacy is not None:
        report = privacy.report(report)
    if output_format is ParseFormat.JSON:
        write_output(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2), out)
    else:
        write_output(summary(report), out)


def evaluate(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder with gold/ and txt/ (docx/, pdf/).")] = Path("corpus"),
    corpus_format: Annotated[
        CorpusFormat,
        typer.Option("--format", "-f", help="txt, docx, pdf, docs (each document as published, in docs/) or all."),
    ] = CorpusFormat.TXT,
    baseline: Annotated[bool, typer.Option(help="Also score the plain natasha baseline.")] = True,
    details: Annotated[bool, typer.Option(help="List every miss and false hit.")] = True,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON here.")] = None,
    rules: RulesOption = None,
) -> None:
    """Precision / recall / F1 per fact family against the gold files."""
    from mocparse.evaluate import baseline_report, corpus_formats, evaluate, format_agreements, format_table

    use_rules_or_exit(rules)
    formats = corpus_formats(corpus) if corpus_format is CorpusFormat.ALL else [corpus_format.value]
    figures: dict[str, object] = {}
    for fmt in formats:
        try:
            scores = evaluate(corpus, fmt)
        except MocparseError as error:
            raise fail(error) from None
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
        write_output(json.dumps(figures, ensure_ascii=False, indent=2), json_out)


def schema() -> None:
    """Print the JSON Schema of the Report."""
    from mocparse.records import Report

    typer.echo(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2))
