"""``parse(path)`` = read -> annotate -> extract -> check -> Report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Literal, TypeAlias

from mocparse import __version__
from mocparse.checks import run_checks
from mocparse.confidence import lower_ocr_confidence
from mocparse.document import Document
from mocparse.extract import document_meta
from mocparse.extract.base import ExtractionContext
from mocparse.families import registry
from mocparse.nlp import annotate
from mocparse.nlp.annotate import renew_when_large
from mocparse.readers import ReadOptions, read
from mocparse.records import Report, ReportWarning, SourceRecord
from mocparse.rules import Rules, default_rules


def parse_document(document: Document, rules: Rules | None = None) -> Report:
    """Extract every fact family from a Document already read.

    spaCy's tokenizer keeps the strings of every word it met; once they pass a bound, the pipeline
    is made anew (:func:`mocparse.nlp.annotate.renew_when_large`), so a long batch over new
    vocabulary stays within its memory while the tokenizer's cache works between documents."""
    rules = rules or default_rules()
    rules.build_matchers()
    try:
        return _extract(document, rules)
    finally:
        renew_when_large()


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
    report.attach_document(document)
    report.warnings = [
        *(ReportWarning(code="reader", message=message) for message in document.warnings),
        *context.warnings,
        *run_checks(report),
    ]
    lower_ocr_confidence(report, document)
    return report


Source: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
"""What :func:`parse` reads: a path, the bytes of a file, or a binary file object (``open(p, "rb")``)."""


@contextmanager
def source_path(source: Source, name: str | None = None) -> Iterator[tuple[Path, str | None]]:
    """A path to read ``source`` from: the path itself, or a temporary copy of bytes or a binary
    file object (named after ``name`` or the object's ``name``, so its extension is kept); the
    second item is the name the document should carry (None for a path)."""
    if isinstance(source, str | os.PathLike):
        yield Path(source), None
        return
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        read_bytes = getattr(source, "read", None)
        if read_bytes is None:
            raise TypeError(f"parse() takes a path, bytes or a binary file object, not {type(source).__name__}")
        data = read_bytes()
        if not isinstance(data, bytes):
            raise TypeError("parse() needs a file opened in binary mode: open(path, 'rb')")
    label = name or str(getattr(source, "name", "") or "") or "<bytes>"
    suffix = Path(label).suffix if Path(label).suffix.isascii() else ""
    with tempfile.TemporaryDirectory(prefix="mocparse-") as folder:
        path = Path(folder) / f"document{suffix[:10]}"
        path.write_bytes(data)
        yield path, label


def read_source(source: Source, options: ReadOptions | None = None, *, name: str | None = None) -> Document:
    """Read a path, bytes or a binary file object into a Document."""
    with source_path(source, name) as (path, label):
        document = read(path, options)
    if label is not None:
        document.source = document.source.model_copy(update={"path": label})
    return document


def parse(
    source: Source, *, rules: Rules | None = None, options: ReadOptions | None = None, name: str | None = None
) -> Report:
    """Read a report (DOCX, PDF, TXT, DOC/RTF/ODT ...) from a path, bytes or a binary file object
    and return every fact with its evidence; ``name`` names a document given as bytes."""
    return parse_document(read_source(source, options, name=name), rules)


def parse_many(
    sources: Iterable[Source],
    *,
    rules: Rules | None = None,
    options: ReadOptions | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Report]:
    """Parse documents one after another with the models and rules loaded once; ``errors="skip"``
    leaves out the files that cannot be read (a :class:`~mocparse.errors.MocparseError`)."""
    from mocparse.errors import MocparseError

    rules = rules or default_rules()
    for source in sources:
        try:
            yield parse(source, rules=rules, options=options)
        except MocparseError:
            if errors == "raise":
                raise


def parse_text(text: str, *, rules: Rules | None = None) -> Report:
    """Extract facts from report text already in memory (tab-separated lines are tables)."""
    from mocparse.readers.txt import document_from_text

    return parse_document(document_from_text(text), rules)
