"""Shared fixtures: corpus paths and parsed reports (models load once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg import pg_module_schema, pg_schema, pg_server  # noqa: F401  (fixtures for every test module)

from mocparse.document import Document
from mocparse.pipeline import parse_document
from mocparse.readers import read
from mocparse.readers.txt import document_from_text
from mocparse.records import Report

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
STEMS = sorted(path.stem for path in (CORPUS / "txt").glob("*.txt"))
KIRENSKY = "kirensky_2023-2024_report"
ORENBURG = "orenburg_2022-2023_plan"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


_REPORTS: dict[Path, Report] = {}


def corpus_report(path: Path) -> Report:
    """Parse a corpus file once per session."""
    if path not in _REPORTS:
        _REPORTS[path] = parse_document(read(path))
    return _REPORTS[path]


def text_report(text: str) -> Report:
    """Parse report text written in a test."""
    return parse_document(document_from_text(text))


def count_facts(text: str, *fields: str) -> list[tuple[object, ...]]:
    """The program counts of report text written in a test, each as the tuple of its ``fields``."""
    return [tuple(getattr(count, field) for field in fields) for count in text_report(text).program_counts]


def text_document(text: str) -> Document:
    """Read report text written in a test into the document model."""
    return document_from_text(text)
