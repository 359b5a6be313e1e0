"""Empty files, disguised formats, binary garbage, encodings without a BOM and dirty text that must still give facts."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

import mocparse
from mocparse.errors import ErrorKind
from mocparse.readers import read
from mocparse.readers.txt import document_from_text
from mocparse.records import Report

from .support import KIRENSKY_DOCX, KIRENSKY_PDF, KIRENSKY_TXT, REPORT_TEXT, check_report, read_error


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    read_error(path, ErrorKind.EMPTY, "0 bytes")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u00a0\u200b\n", encoding="utf-8")
    read_error(path, ErrorKind.EMPTY, "no text")


@pytest.mark.parametrize(
    ("source", "name", "fmt"),
    [(KIRENSKY_DOCX, "report.pdf", "docx"), (KIRENSKY_PDF, "report.docx", "pdf"), (KIRENSKY_TXT, "report.docx", "txt")],
)
def test_wrong_extension_is_read_by_content(source: Path, name: str, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copyfile(source, path)
    document = read(path)
    assert document.source.format == fmt
    assert "Киренского муниципального района" in " ".join(document.text.split())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_binary_garbage(seed: int, tmp_path: Path) -> None:
    path = tmp_path / f"garbage{seed}.docx"
    path.write_bytes(random.Random(seed).randbytes(20_000))
    read_error(path, ErrorKind.UNSUPPORTED, "unsupported format")


def test_garbage_behind_a_zip_or_pdf_signature(tmp_path: Path) -> None:
    zip_path = tmp_path / "fake.docx"
    zip_path.write_bytes(b"PK\x03\x04" + random.Random(4).randbytes(5000))
    read_error(zip_path, ErrorKind.CORRUPT, "ZIP")
    pdf_path = tmp_path / "fake.pdf"
    pdf_path.write_bytes(b"%PDF-1.7\n" + random.Random(5).randbytes(5000))
    read_error(pdf_path, ErrorKind.CORRUPT, "PDF")


# --------------------------------------------------------------------------- facts through dirty text


def assert_facts(report: Report) -> None:
    """The facts of REPORT_TEXT, with normalized values."""
    assert [(count.value, count.program_type) for count in report.program_counts][:1] == [(2371, "all")]
    assert [percentage.value for percentage in report.percentages] == [74.5]
    assert dt.date(2023, 3, 15) in [date.start for date in report.dates]
    assert [(person.name, person.full_name) for person in report.persons] == [
        ("Иванова М.П.", "Иванова Мария Петровна")
    ]
    assert report.persons[0].roles == ["методист"]


def test_clean_text_gives_the_facts() -> None:
    assert_facts(mocparse.parse_text(REPORT_TEXT))


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16-le", "utf-16-be", "utf-8"])
def test_encodings_without_a_bom(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / f"report.{encoding}.txt"
    data = REPORT_TEXT.replace("\n", "\r\n").encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    path.write_bytes(data)
    document = read(path)
    assert document.source.format == "txt"
    report = mocparse.parse(path)
    assert_facts(report)
    check_report(report, document)


DIRTY_TEXT = (
    "Отчет о деятельности муниципального\u00a0опорного центра Киренского района за 2023\u00a0год\n"
    # thin/non-breaking spaces in the number, a soft hyphen and a zero-width space inside words,
    # Latin o, p, a, e, c inside Cyrillic words
    "Опубли\u00adковано 2\u202f371 пpoгpaммa, из них 412 ceтeвых.\u0007\n"
    "Охв\u200bат детей дополнительным обpазованием составил 74,5\u00a0%.\x01\n"
    "Семинар для педагогов пpoведён 15\u00a0маpтa 2023\u00a0года.\x0b\n"
    "Методист МОЦ Ива\u00adнова Маpия Петpовна\u200b провела 12 консультаций.\x1f\n"
)


def test_control_characters_soft_hyphens_odd_spaces_and_lookalike_letters() -> None:
    document = document_from_text(DIRTY_TEXT)
    for bad in ("\u00ad", "\u200b", "\u00a0", "\u202f", "\x07", "\x01", "\x1f"):
        assert bad not in document.text
    assert "программа" in document.text and "2 371" in document.text
    report = mocparse.parse_text(DIRTY_TEXT)
    assert_facts(report)
    check_report(report, document)


def test_dirty_text_file_in_cp1251(tmp_path: Path) -> None:
    """A file of a few hundred bytes with more than 2 control bytes is binary by rule (docs/document-model.md);
    one control byte in it is tolerated, and so are many in a file of realistic length."""
    text = DIRTY_TEXT.translate({0xAD: None, 0x200B: None, 0x202F: " ", 0x01: None, 0x1F: None})
    path = tmp_path / "dirty.txt"
    path.write_bytes(text.encode("cp1251"))
    assert_facts(mocparse.parse(path))
    path.write_bytes(
        (
            KIRENSKY_TXT.read_text(encoding="utf-8")
            + "\n"
            + DIRTY_TEXT.translate({0xAD: None, 0x200B: None, 0x202F: " "})
        ).encode("cp1251")
    )
    report = mocparse.parse(path)
    assert 2371 in [count.value for count in report.program_counts]
    assert 74.5 in [percentage.value for percentage in report.percentages]
    path.write_bytes(b"\x01\x02\x03" + text.encode("cp1251"))
    read_error(path, ErrorKind.UNSUPPORTED, "not a DOCX, PDF")


# --------------------------------------------------------------------------- regressions found by fuzzing


def test_characters_without_a_unicode_name() -> None:
    """Regression: pymorphy3 raised ValueError ("no such name") on U+17000 (a Tangut ideograph)."""
    report = mocparse.parse_text("Отчет за 2023 год \U00017000 𗀀 опубликовано 12 программ.")
    assert [count.value for count in report.program_counts] == [12]


def test_act_number_glued_to_its_kind() -> None:
    """Regression: ``пРИКАЗ№0`` made the issuer pattern find nothing (AttributeError on None)."""
    report = mocparse.parse_text("пРИКАЗ№0")  # the title: the act itself, no citation
    assert report.legal_acts == []
    report = mocparse.parse_text("Отчёт о работе за 2023 год\n\nпРИКАЗ№0")
    assert [(act.kind, act.number, act.issuer) for act in report.legal_acts] == [("приказ", "0", None)]
    report = mocparse.parse_text("Согласно приказу управления№15 от 01.02.2023 проведено 3 семинара.")
    assert [(act.number, act.issuer) for act in report.legal_acts] == [("15", "управления")]
