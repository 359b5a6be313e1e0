"""``parse(path)`` = read -> annotate -> extract -> check -> Report."""

from __future__ import annotations

from pathlib import Path

from mocparse import __version__
from mocparse.checks import run_checks
from mocparse.confidence import lower_ocr_confidence
from mocparse.document import Document
from mocparse.extract import document_meta
from mocparse.extract.base import ExtractionContext
from mocparse.families import registry
from mocparse.nlp import annotate
from mocparse.nlp.annotate import blank_russian
from mocparse.readers import ReadOptions, read
from mocparse.records import Report, ReportWarning, SourceRecord
from mocparse.rules import Rules, default_rules


def parse_document(document: Document, rules: Rules | None = None) -> Report:
    """Extract every fact family from a Document already read.

    The work runs inside a spaCy memory zone, so the strings of one document's tokens are freed
    when it is done and a long batch does not grow with every new word it meets (the matchers
    built from the rules live outside the zone)."""
    rules = rules or default_rules()
    rules.build_matchers()
    with blank_russian().memory_zone():
        return _extract(document, rules)


def _extract(document: Document, rules: Rules) -> Report:
    context = ExtractionContext(rules=rules)
    annotated = annotate(document, rules)
    info = document_meta.extract(annotated, context)
    facts: dict[str, list[object]] = {}
    for family in registry().run_order:
        context.start(family.name, family.requires)
        facts[family.name] = family.extract(annotated, context)
        context.record(family.name, facts[family.name])
    report = Report.from_facts(
        facts,
        mocparse_version=__version__,
        source=SourceRecord(
            path=document.source.path,
            sha256=document.source.sha256,
            format=document.source.format,
            pages=document.source.pages,
        ),
        document=info,
    )
    report.warnings = [
        *(ReportWarning(code="reader", message=message) for message in document.warnings),
        *context.warnings,
        *run_checks(report),
    ]
    lower_ocr_confidence(report, document)
    return report


def parse(path: str | Path, *, rules: Rules | None = None, options: ReadOptions | None = None) -> Report:
    """Read a report (DOCX, PDF, TXT, DOC/RTF/ODT) and return every fact with its evidence."""
    return parse_document(read(path, options), rules)


def parse_text(text: str, *, rules: Rules | None = None) -> Report:
    """Extract facts from report text already in memory (tab-separated lines are tables)."""
    from mocparse.readers.txt import document_from_text

    return parse_document(document_from_text(text), rules)
