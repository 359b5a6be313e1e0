"""Property-based fuzzing, bounded for the unit suite (scripts/fuzz.py runs the same properties much longer).

Properties: no exception other than a MocparseError escapes; every evidence (facts, person mentions,
document info, warnings) slices the canonical text to exactly its text, inside its block; blocks, rows and
cells slice it too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mocparse.errors import MocparseError
from mocparse.pipeline import parse_document
from mocparse.readers.txt import document_from_text

from .strategies import mutated_bytes, mutated_docx, mutated_report, report_text, small_pdf
from .support import KIRENSKY_DOCX, check_document, check_report, read_or_refuse

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
DOCX = KIRENSKY_DOCX.read_bytes()


@FUZZ
@given(report_text())
def test_text_reader_and_pipeline_on_random_text(text: str) -> None:
    document = document_from_text(text)
    check_report(parse_document(document), document)


@FUZZ
@given(mutated_report())
def test_pipeline_on_mutated_corpus_reports(text: str) -> None:
    document = document_from_text(text)
    check_report(parse_document(document), document)


@FUZZ
@given(st.data())
def test_reader_on_byte_mutated_docx(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "mutated.docx"
    path.write_bytes(data.draw(mutated_bytes(DOCX)))
    result = read_or_refuse(path)
    assert isinstance(result, MocparseError) or result.text


@settings(FUZZ, max_examples=30)
@given(st.data())
def test_reader_and_pipeline_on_docx_with_hostile_xml_values(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "hostile.docx"
    path.write_bytes(data.draw(mutated_docx(DOCX)))
    result = read_or_refuse(path)
    if not isinstance(result, MocparseError):
        check_report(parse_document(result), result)


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return small_pdf(tmp_path_factory.mktemp("pdf") / "small.pdf").read_bytes()


@settings(FUZZ, max_examples=40)
@given(st.data())
def test_reader_on_byte_mutated_pdf(pdf_bytes: bytes, tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "mutated.pdf"
    path.write_bytes(data.draw(mutated_bytes(pdf_bytes)))
    result = read_or_refuse(path)
    if not isinstance(result, MocparseError):
        check_document(result)
        check_report(parse_document(result), result)
