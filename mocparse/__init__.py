"""mocparse: structured, evidence-backed facts from reports of municipal support centres (МОЦ).

>>> import mocparse
>>> report = mocparse.parse("report.docx")  # doctest: +SKIP
>>> report.program_counts[0].evidence.text  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from mocparse.document import Document
    from mocparse.records import Report

__all__ = ["Document", "Report", "__version__", "parse", "parse_text", "read"]


def parse(path: Any, **kwargs: Any) -> Report:
    """Read a report and extract every fact with its evidence (see :func:`mocparse.pipeline.parse`)."""
    from mocparse.pipeline import parse as _parse

    return _parse(path, **kwargs)


def parse_text(text: str, **kwargs: Any) -> Report:
    """Extract facts from report text in memory (see :func:`mocparse.pipeline.parse_text`)."""
    from mocparse.pipeline import parse_text as _parse_text

    return _parse_text(text, **kwargs)


def read(path: Any, **kwargs: Any) -> Document:
    """Read a file into the document model (see :func:`mocparse.readers.read`)."""
    from mocparse.readers import read as _read

    return _read(path, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Report":
        from mocparse.records import Report

        return Report
    if name == "Document":
        from mocparse.document import Document

        return Document
    raise AttributeError(name)
