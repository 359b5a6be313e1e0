"""mocparse: structured, evidence-backed facts from reports of municipal support centres (МОЦ).

>>> import mocparse
>>> report = mocparse.parse("report.docx")  # doctest: +SKIP
>>> report.program_counts[0].evidence.text  # doctest: +SKIP
>>> frames = mocparse.to_frames(mocparse.parse_many(["a.docx", "b.pdf"]))  # doctest: +SKIP

Everything here is typed (``mypy --strict`` checks code that uses it); the heavy modules load on
first use, so ``import mocparse`` is quick.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pandas as pd

    from mocparse.corrections import Corrections, DocumentReview, FactReview
    from mocparse.document import Document
    from mocparse.errors import MocparseError
    from mocparse.families import FactFamily
    from mocparse.pipeline import Source
    from mocparse.readers import ReadOptions
    from mocparse.records import (
        Activity,
        DateFact,
        DocumentInfo,
        Evidence,
        LegalAct,
        Organization,
        Percentage,
        Period,
        Person,
        Perspective,
        ProgramCount,
        Quantity,
        Report,
        ReportWarning,
        SourceRecord,
        Task,
        TextSpan,
    )
    from mocparse.rules import Rules

__all__ = [
    "Activity",
    "Corrections",
    "DateFact",
    "Document",
    "DocumentInfo",
    "DocumentReview",
    "Evidence",
    "FactFamily",
    "FactReview",
    "LegalAct",
    "MocparseError",
    "Organization",
    "Percentage",
    "Period",
    "Person",
    "Perspective",
    "ProgramCount",
    "Quantity",
    "ReadOptions",
    "Report",
    "ReportWarning",
    "Rules",
    "Source",
    "SourceRecord",
    "Task",
    "TextSpan",
    "__version__",
    "parse",
    "parse_many",
    "parse_text",
    "read",
    "to_frames",
]

_LAZY = {
    **dict.fromkeys(
        (
            "Activity",
            "DateFact",
            "DocumentInfo",
            "Evidence",
            "LegalAct",
            "Organization",
            "Percentage",
            "Period",
            "Person",
            "Perspective",
            "ProgramCount",
            "Quantity",
            "Report",
            "ReportWarning",
            "SourceRecord",
            "Task",
            "TextSpan",
        ),
        "mocparse.records",
    ),
    "Corrections": "mocparse.corrections",
    "DocumentReview": "mocparse.corrections",
    "FactReview": "mocparse.corrections",
    "Document": "mocparse.document",
    "MocparseError": "mocparse.errors",
    "FactFamily": "mocparse.families",
    "Source": "mocparse.pipeline",
    "ReadOptions": "mocparse.readers",
    "Rules": "mocparse.rules",
}


def parse(
    source: Source, *, rules: Rules | None = None, options: ReadOptions | None = None, name: str | None = None
) -> Report:
    """Read a report (DOCX, PDF, TXT, DOC/RTF/ODT ...) from a path, its bytes or a binary file
    object and extract every fact with its evidence; ``name`` names a document given as bytes."""
    from mocparse.pipeline import parse as _parse

    return _parse(source, rules=rules, options=options, name=name)


def parse_many(
    sources: Iterable[Source],
    *,
    rules: Rules | None = None,
    options: ReadOptions | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Report]:
    """Parse many documents, loading the models and rules once; ``errors="skip"`` leaves out
    files that cannot be read."""
    from mocparse.pipeline import parse_many as _parse_many

    return _parse_many(sources, rules=rules, options=options, errors=errors)


def parse_text(text: str, *, rules: Rules | None = None) -> Report:
    """Extract facts from report text in memory (tab-separated lines are tables)."""
    from mocparse.pipeline import parse_text as _parse_text

    return _parse_text(text, rules=rules)


def read(source: Source, options: ReadOptions | None = None, *, name: str | None = None) -> Document:
    """Read a file (a path, bytes or a binary file object) into the document model."""
    from mocparse.pipeline import read_source

    return read_source(source, options, name=name)


def to_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """pandas DataFrames: ``documents`` and one per fact family (needs ``mocparse[pandas]``)."""
    from mocparse.frames import to_frames as _to_frames

    return _to_frames(reports)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mocparse' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
