"""``parse(path)`` = read -> annotate -> extract -> check -> Report."""

from __future__ import annotations

from pathlib import Path

from mocparse import __version__
from mocparse.checks import run_checks
from mocparse.document import Document
from mocparse.extract import (
    activities,
    dates,
    document_meta,
    legal_acts,
    organizations,
    percentages,
    persons,
    program_counts,
    quantities,
    tasks,
)
from mocparse.extract.base import ExtractionContext
from mocparse.nlp import annotate
from mocparse.readers import ReadOptions, read
from mocparse.records import Report, ReportWarning, SourceRecord
from mocparse.rules import Rules, default_rules


def parse_document(document: Document, rules: Rules | None = None) -> Report:
    """Extract every fact family from a Document already read."""
    context = ExtractionContext(rules=rules or default_rules())
    annotated = annotate(document)
    info = document_meta.extract(annotated, context)
    # Order matters: dates and legal acts claim their numbers before counts are read.
    report_dates = dates.extract(annotated, context)
    acts = legal_acts.extract(annotated, context)
    report_percentages = percentages.extract(annotated, context)
    counts = program_counts.extract(annotated, context)
    report = Report(
        mocparse_version=__version__,
        source=SourceRecord(
            path=document.source.path,
            sha256=document.source.sha256,
            format=document.source.format,
            pages=document.source.pages,
        ),
        document=info,
        dates=report_dates,
        legal_acts=acts,
        percentages=report_percentages,
        program_counts=counts,
        quantities=quantities.extract(annotated, context),
        tasks=tasks.extract_tasks(annotated, context),
        perspectives=tasks.extract_perspectives(annotated, context),
        activities=activities.extract(annotated, context),
        persons=persons.extract(annotated, context),
        organizations=organizations.extract(annotated, context),
    )
    report.warnings = [
        *(ReportWarning(code="reader", message=message) for message in document.warnings),
        *context.warnings,
        *run_checks(report),
    ]
    return report


def parse(path: str | Path, *, rules: Rules | None = None, options: ReadOptions | None = None) -> Report:
    """Read a report (DOCX, PDF, TXT, DOC/RTF/ODT) and return every fact with its evidence."""
    return parse_document(read(path, options), rules)


def parse_text(text: str, *, rules: Rules | None = None) -> Report:
    """Extract facts from report text already in memory (tab-separated lines are tables)."""
    from mocparse.readers.txt import document_from_text

    return parse_document(document_from_text(text), rules)
