"""``mocparse read``, ``parse``, ``eval`` and ``schema``: one document, or the gold corpus."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mocparse.cli.common import (
    NoOcrOption,
    PseudonymizeOption,
    PseudonymKeyFileOption,
    RulesOption,
    fail,
    out_of_memory_exit,
    pseudonymizer_or_exit,
    say,
    stop,
    use_rules_or_exit,
    write_output,
)
from mocparse.cli.exits import EXIT_USAGE
from mocparse.errors import MocparseError, near_memory_limit

if TYPE_CHECKING:
    from mocparse.evaluate import CorpusScores
    from mocparse.privacy import Pseudonymizer
    from mocparse.records import Report


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
    files: Annotated[
        list[str], typer.Argument(help="Reports to parse; '-' reads one from standard input.", metavar="FILE...")
    ],
    output_format: Annotated[ParseFormat, typer.Option("--format", "-f", help="json or summary.")] = ParseFormat.JSON,
    out: OutOption = None,
    pseudonymize: PseudonymizeOption = False,
    pseudonym_key_file: PseudonymKeyFileOption = None,
    no_ocr: NoOcrOption = False,
    rules: RulesOption = None,
) -> None:
    """Extract every fact with its evidence and print the Report: indented JSON for one file, one
    JSON line per file (JSONL) for several; the models load once for all of them. A file that
    cannot be read gets an error line and the others are still written."""
    from mocparse.pipeline import Source
    from mocparse.pipeline import parse as parse_report
    from mocparse.readers import ReadOptions

    use_rules_or_exit(rules)
    privacy = pseudonymizer_or_exit(pseudonymize, pseudonym_key_file)
    options = ReadOptions(ocr=not no_ocr)
    outputs: list[str] = []
    failure: typer.Exit | None = None
    shape = "summary" if output_format is ParseFormat.SUMMARY else "indented" if len(files) == 1 else "line"
    for file in files:
        source: Source = sys.stdin.buffer.read() if file == "-" else Path(file)
        out_of_memory = False
        try:
            outputs.append(_parsed_output(parse_report(source, options=options, name=name_of(file)), privacy, shape))
        except MocparseError as error:
            failure = fail(error)
            continue
        except MemoryError:  # the machine's limit (or ulimit -d)
            out_of_memory = True
        except SystemError:
            # a compiled extension that failed to allocate may return without setting MemoryError
            if not near_memory_limit():
                raise
            out_of_memory = True
        if out_of_memory:
            # outside the handler: the traceback and the half-built report are freed before writing
            del source
            failure = out_of_memory_exit(file)
    if outputs:
        write_output("\n".join(outputs), out)
    if failure is not None:
        raise failure


def name_of(file: str) -> str | None:
    """The name a report read from standard input carries."""
    return "<stdin>" if file == "-" else None


def _parsed_output(report: Report, privacy: Pseudonymizer | None, shape: str) -> str:
    """One report as ``parse`` writes it: a summary, indented JSON (one file) or a JSON line."""
    from mocparse.outline import summary

    if privacy is not None:
        report = privacy.report(report)
    if shape == "summary":
        return summary(report)
    if shape == "indented":
        return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return report.model_dump_json()


def evaluate(
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
    rules: RulesOption = None,
) -> None:
    """Precision / recall / F1 per fact family against the gold files, or against reviewed documents."""
    from mocparse.evaluate import baseline_report, corpus_formats, evaluate, format_agreements, format_table

    use_rules_or_exit(rules)
    if reviewed:
        _evaluate_reviewed(reviewed, sources, details, json_out)
        return

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
            _details(scores)
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


def _details(scores: CorpusScores) -> None:
    for family, score in scores.totals.items():
        for miss in score.misses:
            typer.echo(f"  miss       {family}: {miss}")
        for hit in score.false_hits:
            typer.echo(f"  false hit  {family}: {hit}")


def _evaluate_reviewed(files: list[Path], sources: Path | None, details: bool, json_out: Path | None) -> None:
    from mocparse.corrections import CorrectionsError, merged, read_corrections
    from mocparse.evaluate import evaluate_reviewed, format_agreements, format_table

    try:
        reviews = merged(read_corrections(path) for path in files)
    except CorrectionsError as error:
        stop(str(error), EXIT_USAGE)
    scores, skipped = evaluate_reviewed(reviews.values(), sources)
    for item in skipped:
        say(f"mocparse: note: skipped {item}")
    if not scores.documents:
        stop("no complete review of a file at hand to score against", EXIT_USAGE)
    typer.echo(f"mocparse against {len(scores.documents)} reviewed document(s)")
    typer.echo(format_table(scores))
    typer.echo(format_agreements(scores))
    if details:
        _details(scores)
    if json_out is not None:
        write_output(json.dumps({"reviewed": scores.as_dict()}, ensure_ascii=False, indent=2), json_out)


def schema(
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="The schema of a batch JSONL line (a report or an error record).")
    ] = False,
    rules: RulesOption = None,
) -> None:
    """Print the JSON Schema of the Report (vocabularies from the rules in effect)."""
    from mocparse.schema import jsonl_schema, report_schema

    use_rules_or_exit(rules)
    typer.echo(json.dumps(jsonl_schema() if jsonl else report_schema(), ensure_ascii=False, indent=2))
