"""The realism corpus (corpus/realism, built by scripts/render_realism.py with LibreOffice and
hand-written WordprocessingML): every format of one document gives the same canonical text and
the same facts, and the Word features real reports use are read as they look."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import pytest

import mocparse
from mocparse.document import BlockKind, Document
from mocparse.pipeline import parse_document
from mocparse.readers import office
from mocparse.records import Report

REALISM = Path(__file__).resolve().parent.parent / "corpus" / "realism"
NAMES = ("report", "word_features")
CONVERTED = ("odt", "doc", "rtf")
needs_soffice = pytest.mark.skipif(
    office.find_soffice() is None and not os.environ.get("CI"), reason="LibreOffice (soffice) is not installed"
)


@functools.cache
def document(name: str, fmt: str) -> Document:
    return mocparse.read(REALISM / f"{name}.{fmt}")


@functools.cache
def report(name: str, fmt: str) -> Report:
    return parse_document(document(name, fmt))


def squash(text: str) -> str:
    return " ".join(text.split())


def facts(result: Report) -> dict[str, Any]:
    """What must not depend on the file format."""
    return {
        "activities": [
            (
                activity.number,
                activity.title,
                activity.deadline.start if activity.deadline else None,
                activity.deadline.end if activity.deadline else None,
                tuple(activity.responsible),
                activity.result,
            )
            for activity in result.activities
        ],
        "program_counts": sorted((count.value, count.program_type or "") for count in result.program_counts),
        "percentages": sorted(percentage.value for percentage in result.percentages),
        "quantities": sorted(quantity.value for quantity in result.quantities),
        "persons": sorted(person.name for person in result.persons),
        "tasks": [task.text for task in result.tasks],
        "municipality": result.document.municipality,
    }


@pytest.mark.parametrize("name", NAMES)
def test_pdf_gives_the_text_and_facts_of_the_docx(name: str) -> None:
    assert squash(document(name, "pdf").text) == squash(document(name, "docx").text)
    assert document(name, "pdf").warnings == []
    expected = facts(report(name, "docx"))
    found = facts(report(name, "pdf"))
    if name == "word_features":  # PDF has no nesting: the nested table's cells join its container's grid
        expected["quantities"] = [value for value in expected["quantities"] if value not in (1850.0, 2104.0)]
        found["quantities"] = [value for value in found["quantities"] if value not in (1850.0, 2104.0, 2022.0, 2023.0)]
    assert found == expected


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("fmt", CONVERTED)
@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_formats_give_the_text_and_facts_of_the_docx(name: str, fmt: str) -> None:
    assert document(name, fmt).text == document(name, "docx").text
    assert facts(report(name, fmt)) == facts(report(name, "docx"))


def test_the_html_source_gives_the_text_and_facts_of_the_docx() -> None:
    source = mocparse.read(REALISM / "src" / "report.html")
    assert source.source.format == "html"
    assert source.text == document("report", "docx").text
    assert facts(parse_document(source)) == facts(report("report", "docx"))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_two_row_header_gives_every_row_with_start_and_end(fmt: str) -> None:
    activities = {activity.title: activity for activity in report("report", fmt).activities}
    seminar = activities["Семинар для педагогов по проектированию программ"]
    assert seminar.deadline is not None
    assert (seminar.deadline.start.isoformat(), seminar.deadline.end.isoformat()) == ("2023-02-01", "2023-02-28")  # type: ignore[union-attr]
    assert seminar.responsible == ["Лаптева О.Н."]
    table = next(
        block.table for block in document("report", fmt).tables if block.table and "Срок" in block.table.header[2]
    )
    assert table.column_headers == ["№", "Мероприятие", "Срок начало", "Срок окончание", "Ответственный"]
    assert table.header_group(2) == [2, 3]
    assert len(report("word_features", fmt).activities) == 8 + 2


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_column_number_row_under_repeated_header_is_not_data(fmt: str) -> None:
    table = next(
        block.table
        for block in document("word_features", fmt).tables
        if block.table and any(row.is_column_numbers for row in block.table.rows)
    )
    assert table.column_headers == ["№", "Мероприятие", "Сроки", "Ответственный"]
    assert len(table.body_rows) == 8
    titles = [activity.title for activity in report("word_features", fmt).activities]
    assert "Фестиваль робототехники" in titles and "2" not in titles


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_footnotes_are_notes_tied_to_their_reference(fmt: str) -> None:
    doc = document("word_features", fmt)
    notes = list(doc.iter_kind(BlockKind.NOTE))
    assert [(note.label, doc.block_body(note)[:20]) for note in notes] == [
        ("1", "По данным мониторинг"),
        ("i", "Из них 12 программ р"),
    ]
    footnote = notes[0]
    assert footnote.note_ref is not None
    assert doc.text[: footnote.note_ref].endswith("охвачено 2 960 детей")  # the mark is not glued on
    assert "детей1" not in doc.text and "программi" not in doc.text
    quantity = next(q for q in report("word_features", fmt).quantities if q.value == 3640)
    assert quantity.evidence.block == footnote.index


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_symbol_placeholder_contents_and_soft_breaks(fmt: str) -> None:
    doc = document("word_features", fmt)
    assert "составила ≥ 30 %" in doc.text and "\uf0b3" not in doc.text
    assert "Место для ввода текста" not in doc.text
    assert "Оглавление" not in doc.text and squash(doc.text).count("Основные показатели") == 1
    items = [doc.block_text(block) for block in doc.iter_kind(BlockKind.LIST_ITEM)]
    assert items[:3] == [
        "1. Провести мониторинг востребованности программ.",
        "2. Обновить раздел сайта центра.",
        "3. Организовать стажировки для педагогов.",
    ]
    assert [task.text for task in report("word_features", fmt).tasks][:1] == [
        "Провести мониторинг востребованности программ."
    ]


def test_nested_table_is_kept_as_a_table_in_docx() -> None:
    tables = [block.table for block in document("word_features", "docx").tables if block.table]
    inner = tables[-1]
    assert inner.column_headers == ["2022", "2023"]
    assert [inner.row_texts(row) for row in inner.body_rows] == [["1 850", "2 104"]]


@needs_soffice
@pytest.mark.slow
def test_web_page_word_2003_xml_and_flat_odt_saved_as_doc_are_read_as_what_they_are(tmp_path: Path) -> None:
    """Detection by content: markup named ``.doc`` used to be read as plain text full of tags."""
    html = tmp_path / "page.doc"
    html.write_bytes((REALISM / "src" / "report.html").read_bytes())
    assert mocparse.read(html).source.format == "html"
    assert mocparse.read(html).text == document("report", "docx").text
    wordml = tmp_path / "word2003.doc"
    wordml.write_text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
        "<w:p><w:r><w:t>Отчет МОЦ за 2023 год</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Опубликовано 57 программ.</w:t></w:r></w:p></w:body></w:wordDocument>",
        encoding="utf-8",
    )
    read_wordml = mocparse.read(wordml)
    assert read_wordml.source.format == "wordml"
    assert read_wordml.text == "Отчет МОЦ за 2023 год\n\nОпубликовано 57 программ."
    flat = tmp_path / "flat.doc"
    flat.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:'
        'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        "<text:p>Опубликовано 57 программ.</text:p></office:text></office:body></office:document>",
        encoding="utf-8",
    )
    read_flat = mocparse.read(flat)
    assert read_flat.source.format == "fodt"
    assert read_flat.text == "Опубликовано 57 программ."


def test_markdown_headings_lists_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(
        "# Отчет МОЦ за 2023 год\n\nОпубликовано 57 программ.\n\n1. Первая задача.\n2. Вторая задача.\n\n"
        "| № | Мероприятие | Сроки |\n|---|---|---|\n| 1 | Семинар | май 2023 |\n",
        encoding="utf-8",
    )
    doc = mocparse.read(path)
    assert doc.source.format == "md"
    assert [block.kind for block in doc.blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE,
    ]
    assert doc.blocks[2].label == "1." and doc.tables[0].table is not None
    assert doc.tables[0].table.header == ["№", "Мероприятие", "Сроки"]
