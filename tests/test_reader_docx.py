"""DOCX reader: the corpus DOCX files (rendered from the TXT corpus) read like the TXT files,
plus hand-built DOCX files for merges, numbering, pages and damaged input."""

from __future__ import annotations

import functools
import importlib.util
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.table import _Cell

import mocparse
from mocparse.document import BlockKind, Document
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers import ReadOptions, read
from mocparse.readers import docx as docx_reader
from mocparse.readers.docx import ListLevel, WordNumbering, format_number

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
STEMS = sorted(path.stem for path in (CORPUS / "txt").glob("*.txt"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W}"'

sys.path.insert(0, str(ROOT / "scripts"))
render_docx = importlib.import_module("render_docx")


def normalized(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def txt_document(stem: str) -> Document:
    return read(CORPUS / "txt" / f"{stem}.txt")


@functools.cache
def docx_document(stem: str) -> Document:
    return read(CORPUS / "docx" / f"{stem}.docx")


# --------------------------------------------------------------------------- corpus


def test_corpus_has_a_docx_for_every_txt():
    assert STEMS
    assert sorted(path.stem for path in (CORPUS / "docx").glob("*.docx")) == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_docx_reads_like_txt(stem):
    from_txt, from_docx = txt_document(stem), docx_document(stem)
    assert from_docx.source.format == "docx"
    assert normalized(from_docx.text) == normalized(from_txt.text)
    assert [block.kind for block in from_docx.blocks] == [block.kind for block in from_txt.blocks]
    assert [block.label for block in from_docx.blocks] == [block.label for block in from_txt.blocks]
    items = BlockKind.LIST_ITEM
    assert [b.level for b in from_docx.iter_kind(items)] == [b.level for b in from_txt.iter_kind(items)]
    for docx_table, txt_table in zip(from_docx.tables, from_txt.tables, strict=True):
        assert docx_table.table is not None and txt_table.table is not None
        assert docx_table.table.n_cols == txt_table.table.n_cols
        assert [row.is_header for row in docx_table.table.rows] == [row.is_header for row in txt_table.table.rows]
        assert [docx_table.table.row_texts(row) for row in docx_table.table.rows] == [
            txt_table.table.row_texts(row) for row in txt_table.table.rows
        ]
    for block in from_docx.blocks:
        assert from_docx.text[block.start : block.stop] == from_docx.block_text(block)


@pytest.mark.parametrize("stem", STEMS)
def test_docx_pages_are_counted(stem):
    document = docx_document(stem)
    pages = [block.page for block in document.blocks]
    assert document.source.pages is not None and document.source.pages > 1
    assert all(page is not None for page in pages)
    assert pages == sorted(pages)  # type: ignore[type-var]
    row_pages = [row.page for block in document.tables if block.table for row in block.table.rows]
    assert max(pages + row_pages) == document.source.pages  # type: ignore[type-var]


@pytest.mark.parametrize("stem", STEMS)
def test_corpus_docx_matches_the_renderer(stem, tmp_path):
    """The committed DOCX files are what scripts/render_docx.py makes from the TXT files."""
    out = tmp_path / f"{stem}.docx"
    text = (CORPUS / "txt" / f"{stem}.txt").read_text(encoding="utf-8")
    source = txt_document(stem)
    render_docx.render_docx(source, out, continuations=render_docx.continuation_rows(source, text))
    fresh, committed = read(out), docx_document(stem)
    assert fresh.text == committed.text
    assert [(b.kind, b.label, b.page) for b in fresh.blocks] == [(b.kind, b.label, b.page) for b in committed.blocks]


def test_renderer_is_deterministic(tmp_path):
    stem = "kirensky_2023-2024_report"
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    render_docx.render_docx(txt_document(stem), first)
    render_docx.render_docx(txt_document(stem), second)
    assert first.read_bytes() == second.read_bytes()


def test_kirensky_activity_table():
    document = docx_document("kirensky_2023-2024_report")
    (block,) = document.tables
    table = block.table
    assert table is not None
    assert table.n_cols == 5
    assert len(table.body_rows) == 14
    assert table.header[:2] == ["№", "Мероприятие"]
    row_10 = next(row for row in table.body_rows if table.row_texts(row)[0] == "10")
    texts = table.row_texts(row_10)
    assert texts[2] == "Руководители «Точка роста»"
    assert texts[1] == "Разработка и реализация ДОП естественнонаучной и технической направленностям"
    assert texts[3:] == ["В течение года", "Исполнено"]


def test_kirensky_task_list_is_word_auto_numbering():
    document = docx_document("kirensky_2023-2024_report")
    intro = next(b for b in document.blocks if document.block_text(b).startswith("Основные задачи МОЦ"))
    items = document.blocks[intro.index + 1 : intro.index + 8]
    assert [block.kind for block in items] == [BlockKind.LIST_ITEM] * 7
    assert [block.label for block in items] == [f"{number}." for number in range(1, 8)]
    assert document.blocks[intro.index + 8].kind is not BlockKind.LIST_ITEM

    bodies = {document.block_body(block) for block in items}
    word = docx.Document(str(CORPUS / "docx" / "kirensky_2023-2024_report.docx"))
    paragraphs = [p for p in word.paragraphs if " ".join(p.text.split()) in bodies]
    assert len(paragraphs) == 7
    for paragraph in paragraphs:
        assert paragraph._p.find(f"{{{W}}}pPr/{{{W}}}numPr") is not None
        assert not re.match(r"\s*\d+[.)]", paragraph.text)
    numbering = word.part.numbering_part.element
    assert numbering.xpath(".//w:lvl[w:numFmt/@w:val='decimal']/w:lvlText/@w:val")[0] == "%1."


def test_orenburg_plan_tables_and_split_table():
    document = docx_document("orenburg_2022-2023_plan")
    tables = [block.table for block in document.tables]
    assert [len(table.body_rows) for table in tables if table] == [6, 10]
    plan = tables[1]
    assert plan is not None
    assert [row.is_header for row in plan.rows].count(True) == 1
    # The Word file has three tables: the plan continues after a page break with its header repeated.
    with zipfile.ZipFile(CORPUS / "docx" / "orenburg_2022-2023_plan.docx") as archive:
        xml = archive.read("word/document.xml").decode()
    assert xml.count("<w:tbl>") == 3
    assert xml.count("<w:tblHeader/>") == 3
    pages = {plan.row_texts(row)[0]: row.page for row in plan.body_rows}
    assert pages["9."] == pages["10."] > pages["8."]


def test_tambovsky_multilevel_labels():
    document = docx_document("tambovsky_2022-2023_analysis")
    labels = [(block.label, block.level) for block in document.iter_kind(BlockKind.LIST_ITEM)]
    assert labels[7:10] == [("1.", 0), ("1.1.", 1), ("-", 0)]
    assert ("1.5.", 1) in labels


def test_nikolaevsky_list_that_skips_a_number():
    document = docx_document("nikolaevsky_2023_report")
    numbered = [b.label for b in document.iter_kind(BlockKind.LIST_ITEM) if b.label != "-"]
    assert numbered == ["1.", "2.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]


# --------------------------------------------------------------------------- builders


def save(word: docx.document.Document, path: Path) -> Path:
    word.save(str(path))
    return path


def add_xml_paragraph(word: docx.document.Document, inner: str) -> None:
    """Add ``<w:p>inner</w:p>`` at the end of the body (before its final section properties)."""
    paragraph = parse_xml(f"<w:p {NSDECL}>{inner}</w:p>")
    section = word.element.body.find(f"{{{W}}}sectPr")
    if section is not None:
        section.addprevious(paragraph)
    else:
        word.element.body.append(paragraph)


def numbered(text: str, num_id: int, ilvl: int = 0) -> str:
    return (
        f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r>"
    )


def level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
    )


SYMBOL_BULLET = "\uf0b7"  # a Symbol-font bullet glyph, as Word writes it
ABSTRACTS = {
    10: level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2."),
    11: level(0, "russianLower", "%1)") + level(1, "lowerLetter", "%2."),
    12: level(0, "bullet", SYMBOL_BULLET),
    13: level(0, "upperRoman", "%1.") + level(1, "decimal", "%1.%2", 3),
}
RESTART = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
INSTANCES = {100: (10, ""), 101: (11, ""), 102: (12, ""), 103: (10, RESTART), 104: (13, ""), 105: (10, "")}
NUMBERING = (
    f"<w:numbering {NSDECL}>"
    + "".join(f'<w:abstractNum w:abstractNumId="{key}">{xml}</w:abstractNum>' for key, xml in ABSTRACTS.items())
    + "".join(
        f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>{extra}</w:num>'
        for num, (abstract, extra) in INSTANCES.items()
    )
    + "</w:numbering>"
)


def numbering_docx(path: Path, paragraphs: list[str], *, styles: str = "") -> Path:
    """A DOCX whose numbering part is NUMBERING and whose body holds ``paragraphs``."""
    word = docx.Document()
    part = word.part.numbering_part
    part._element = parse_xml(NUMBERING)
    if styles:
        for style in parse_xml(f"<w:styles {NSDECL}>{styles}</w:styles>"):
            word.styles.element.append(style)
    for inner in paragraphs:
        add_xml_paragraph(word, inner)
    return save(word, path)


def labels_of(document: Document) -> list[tuple[str | None, str]]:
    return [(block.label, document.block_body(block)) for block in document.blocks]


# --------------------------------------------------------------------------- numbering


def test_multilevel_and_lettered_labels(tmp_path):
    path = numbering_docx(
        tmp_path / "lists.docx",
        [
            numbered("Один", 100),
            numbered("Один-один", 100, 1),
            numbered("Один-два", 100, 1),
            numbered("Два", 100),
            numbered("Два-один", 100, 1),
            numbered("Альфа", 101),
            numbered("Бета", 101),
            numbered("Бета-а", 101, 1),
            numbered("Бета-б", 101, 1),
            numbered("Гамма", 101),
            numbered("Пункт", 102),
            numbered("Первый", 104),
            numbered("Первый-три", 104, 1),
            numbered("Второй", 104),
        ],
    )
    document = read(path)
    assert labels_of(document) == [
        ("1.", "Один"),
        ("1.1.", "Один-один"),
        ("1.2.", "Один-два"),
        ("2.", "Два"),
        ("2.1.", "Два-один"),
        ("а)", "Альфа"),
        ("б)", "Бета"),
        ("a.", "Бета-а"),
        ("b.", "Бета-б"),
        ("в)", "Гамма"),
        ("-", "Пункт"),
        ("I.", "Первый"),
        ("I.3", "Первый-три"),
        ("II.", "Второй"),
    ]
    assert [block.level for block in document.blocks[:5]] == [0, 1, 1, 0, 1]
    assert all(block.kind is BlockKind.LIST_ITEM for block in document.blocks)
    assert document.text.startswith("1. Один\n\n1.1. Один-один")


def test_instances_share_counters_and_start_override_restarts(tmp_path):
    path = numbering_docx(
        tmp_path / "restart.docx",
        [
            numbered("a", 100),
            numbered("b", 100),
            "<w:r><w:t>Между списками.</w:t></w:r>",
            numbered("c", 105),  # same abstract, no override: continues
            numbered("d", 103),  # startOverride: restarts
            numbered("e", 103),
            numbered("f", 100),  # back to the first instance: continues the shared count
        ],
    )
    labels = [block.label for block in read(path).blocks]
    assert labels == ["1.", "2.", None, "3.", "1.", "2.", "3."]


def test_numbering_from_style_and_removed_numbering(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Punkt"><w:name w:val="Пункт списка"/>'
        '<w:pPr><w:numPr><w:numId w:val="100"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="SubPunkt"><w:name w:val="Подпункт"/>'
        '<w:basedOn w:val="Punkt"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    path = numbering_docx(
        tmp_path / "styled.docx",
        [
            '<w:pPr><w:pStyle w:val="Punkt"/></w:pPr><w:r><w:t>Первый</w:t></w:r>',
            '<w:pPr><w:pStyle w:val="SubPunkt"/></w:pPr><w:r><w:t>Вложенный</w:t></w:r>',
            '<w:pPr><w:pStyle w:val="Punkt"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'
            "<w:r><w:t>Без номера</w:t></w:r>",
            '<w:pPr><w:pStyle w:val="Punkt"/></w:pPr><w:r><w:t>Второй</w:t></w:r>',
        ],
        styles=styles,
    )
    document = read(path)
    assert labels_of(document) == [
        ("1.", "Первый"),
        ("1.1.", "Вложенный"),
        (None, "Без номера"),
        ("2.", "Второй"),
    ]
    assert document.blocks[0].style == "Пункт списка"


def test_word_numbering_directly():
    root = parse_xml(NUMBERING)
    numbering = WordNumbering.from_element(root)
    assert [numbering.next_label("100", ilvl) for ilvl in (0, 1, 1, 0, 1, 0)] == [
        "1.",
        "1.1.",
        "1.2.",
        "2.",
        "2.1.",
        "3.",
    ]
    assert numbering.next_label("999", 0) is None
    assert numbering.level("101", 0) == ListLevel(start=1, fmt="russianLower", text="%1)")


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (1, "decimal", "1"),
        (3, "russianLower", "в"),
        (10, "russianLower", "к"),
        (29, "russianUpper", "АА"),
        (27, "lowerLetter", "aa"),
        (14, "upperRoman", "XIV"),
        (4, "lowerRoman", "iv"),
        (7, "decimalZero", "07"),
        (5, "ordinalText", "5"),
        (2, "none", ""),
    ],
)
def test_format_number(value, fmt, expected):
    assert format_number(value, fmt) == expected


# --------------------------------------------------------------------------- paragraphs


def test_headings_text_and_artefacts(tmp_path):
    word = docx.Document()
    word.add_heading("Отчёт о деятельности", level=0)
    word.add_heading("Раздел первый", level=2)
    add_xml_paragraph(word, "<w:r><w:rPr><w:b/></w:rPr><w:t>ЖИРНЫЙ ЗАГОЛОВОК</w:t></w:r>")
    add_xml_paragraph(
        word,
        "<w:r><w:t>Строка один</w:t><w:br/><w:t>строка</w:t><w:tab/><w:t>два [bookmark: _GoBack]</w:t></w:r>"
        "<w:del><w:r><w:delText>удалено</w:delText></w:r></w:del>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>скрыто</w:t></w:r>"
        "<w:hyperlink><w:r><w:t> ссылка</w:t></w:r></w:hyperlink>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    add_xml_paragraph(word, "<w:r><w:t>2. Набранный вручную пункт</w:t></w:r>")
    add_xml_paragraph(word, "<w:r><w:t>- набранный маркер</w:t></w:r>")
    add_xml_paragraph(word, '<w:r><w:t xml:space="preserve">   </w:t></w:r>')
    custom = parse_xml(f'<w:style {NSDECL} w:type="paragraph" w:styleId="Z3"><w:name w:val="Заголовок 3"/></w:style>')
    word.styles.element.append(custom)
    add_xml_paragraph(word, '<w:pPr><w:pStyle w:val="Z3"/></w:pPr><w:r><w:t>Русский стиль</w:t></w:r>')
    document = read(save(word, tmp_path / "paragraphs.docx"))
    summary = [(b.kind, b.level, b.label, document.block_text(b)) for b in document.blocks]
    assert summary == [
        (BlockKind.HEADING, 0, None, "Отчёт о деятельности"),
        (BlockKind.HEADING, 2, None, "Раздел первый"),
        (BlockKind.HEADING, 0, None, "ЖИРНЫЙ ЗАГОЛОВОК"),
        (BlockKind.PARAGRAPH, 0, None, "Строка один\nстрока два ссылка 7"),
        (BlockKind.LIST_ITEM, 0, "2.", "2. Набранный вручную пункт"),
        (BlockKind.LIST_ITEM, 0, "-", "- набранный маркер"),
        (BlockKind.HEADING, 3, None, "Русский стиль"),
    ]
    assert document.blocks[2].style == "bold"
    assert document.source.pages is None
    assert all(block.page is None for block in document.blocks)


def test_page_markers(tmp_path):
    word = docx.Document()
    add_xml_paragraph(word, '<w:r><w:t>Первая страница</w:t><w:br w:type="page"/></w:r>')
    # Word also marks where it rendered that break: the same page, not another one.
    add_xml_paragraph(word, "<w:r><w:lastRenderedPageBreak/><w:t>Вторая страница</w:t></w:r>")
    add_xml_paragraph(word, "<w:r><w:t>Ещё текст</w:t><w:lastRenderedPageBreak/><w:t> на третьей</w:t></w:r>")
    add_xml_paragraph(word, "<w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Четвёртая</w:t></w:r>")
    add_xml_paragraph(
        word, '<w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>Там же</w:t></w:r>'
    )
    add_xml_paragraph(word, "<w:pPr><w:sectPr/></w:pPr><w:r><w:t>Конец раздела</w:t></w:r>")
    word.add_table(rows=2, cols=2).cell(1, 1).text = "Таблица на пятой"
    document = read(save(word, tmp_path / "pages.docx"))
    assert [block.page for block in document.blocks] == [1, 2, 2, 4, 4, 4, 5]
    assert document.source.pages == 5


# --------------------------------------------------------------------------- tables


def test_merged_cells_and_nested_table(tmp_path):
    word = docx.Document()
    table = word.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Раздел"  # gridSpan
    table.cell(0, 2).text = "Итог"
    table.cell(1, 0).text = "Вложенная:"
    nested = table.cell(1, 0).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "внутри-1"
    nested.cell(0, 1).text = "внутри-2"
    table.cell(1, 1).text = "Б"
    table.cell(1, 2).merge(table.cell(3, 2)).text = "Вертикально"  # vMerge over three rows
    for row, texts in ((2, ("В", "Г")), (3, ("Д", "Е"))):
        table.cell(row, 0).text, table.cell(row, 1).text = texts
    document = read(save(word, tmp_path / "merged.docx"))
    block, inner = document.tables  # the nested table is kept as a table, right after its container
    assert inner.table is not None
    assert [cell.text for cell in inner.table.rows[0].cells] == ["внутри-1", "внутри-2"]
    logical = block.table
    assert logical is not None and logical.n_cols == 3
    cells = [[(c.col, c.text, c.rowspan, c.colspan) for c in row.cells] for row in logical.rows]
    assert cells == [
        [(0, "Раздел", 1, 2), (2, "Итог", 1, 1)],
        [(0, "Вложенная:", 1, 1), (1, "Б", 1, 1), (2, "Вертикально", 3, 1)],
        [(0, "В", 1, 1), (1, "Г", 1, 1)],
        [(0, "Д", 1, 1), (1, "Е", 1, 1)],
    ]
    assert logical.rows[0].is_header  # no tblHeader: found by layout.looks_like_header_row
    assert logical.cell_at(3, 2) is not None and logical.cell_at(3, 2).text == "Вертикально"
    assert logical.row_texts(logical.rows[0]) == ["Раздел", "Раздел", "Итог"]
    for row in logical.rows:
        for cell in row.cells:
            assert document.text[cell.start : cell.stop] == cell.text


def test_repeated_header_tables_are_merged(tmp_path):
    word = docx.Document()
    for rows in ((("1", "а"), ("2", "б")), (("3", "в"),)):
        table = word.add_table(rows=len(rows) + 1, cols=2)
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {NSDECL}/>"))
        table.cell(0, 0).text, table.cell(0, 1).text = "№", "Мероприятие"
        for index, (number, text) in enumerate(rows, start=1):
            table.cell(index, 0).text, table.cell(index, 1).text = number, text
        word.add_paragraph()
    document = read(save(word, tmp_path / "split.docx"))
    (block,) = document.tables
    assert block.table is not None
    assert [block.table.row_texts(row) for row in block.table.rows] == [
        ["№", "Мероприятие"],
        ["1", "а"],
        ["2", "б"],
        ["3", "в"],
    ]


# --------------------------------------------------------------------------- errors


def corpus_docx(tmp_path: Path, name: str = "report.docx") -> Path:
    target = tmp_path / name
    shutil.copyfile(CORPUS / "docx" / "kirensky_2023-2024_report.docx", target)
    return target


def rewrite_part(path: Path, member: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, body in parts:
            archive.writestr(info.filename, data if info.filename == member else body)


def assert_read_error(path: Path, kind: ErrorKind) -> DocumentReadError:
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    assert caught.value.kind is kind
    assert caught.value.path == str(path)
    assert path.name in str(caught.value)
    return caught.value


def test_truncated_docx(tmp_path):
    path = corpus_docx(tmp_path, "truncated.docx")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_read_error(path, ErrorKind.CORRUPT)
    with pytest.raises(DocumentReadError) as caught:  # the reader alone says the same
        docx_reader.read(path, docx_document("kirensky_2023-2024_report").source, ReadOptions())
    assert caught.value.kind is ErrorKind.CORRUPT and "truncated.docx" in str(caught.value)


def test_malformed_document_xml(tmp_path):
    path = corpus_docx(tmp_path, "malformed.docx")
    rewrite_part(path, "word/document.xml", f'<?xml version="1.0"?><w:document {NSDECL}><w:body><w:p>'.encode())
    error = assert_read_error(path, ErrorKind.CORRUPT)
    assert "malformed XML" in error.reason


def test_doctype_with_external_entity_is_refused_and_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f"<w:document {NSDECL}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    path = corpus_docx(tmp_path, "xxe.docx")
    rewrite_part(path, "word/document.xml", xml)
    error = assert_read_error(path, ErrorKind.CORRUPT)
    assert "DOCTYPE" in error.reason and "word/document.xml" in error.reason
    assert "TOP-SECRET-MARKER" not in str(error)
    # python-docx's own parser, had it been reached, does not resolve the entity either.
    element = parse_xml(xml.split(b"?>", 1)[1])
    assert "TOP-SECRET-MARKER" not in "".join(element.itertext())


def test_encrypted_docx(tmp_path):
    path = tmp_path / "encrypted.docx"
    plain = CORPUS / "docx" / "kirensky_2023-2024_report.docx"
    if importlib.util.find_spec("msoffcrypto") is not None:
        from msoffcrypto.format.ooxml import OOXMLFile

        with plain.open("rb") as source, path.open("wb") as target:
            OOXMLFile(source).encrypt("пароль", target)
    else:  # an OLE2 container with an EncryptionInfo stream name is what Office writes
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le"))
    error = assert_read_error(path, ErrorKind.ENCRYPTED)
    assert "password" in error.reason
    with pytest.raises(DocumentReadError) as caught:
        docx_reader.read(path, docx_document("kirensky_2023-2024_report").source, ReadOptions())
    assert caught.value.kind is ErrorKind.ENCRYPTED


def test_docx_with_txt_extension_reads_as_docx(tmp_path):
    path = corpus_docx(tmp_path, "report.txt")
    document = read(path)
    assert document.source.format == "docx"
    assert document.text == docx_document("kirensky_2023-2024_report").text


def test_docx_without_text_is_empty(tmp_path):
    path = save(docx.Document(), tmp_path / "blank.docx")
    assert_read_error(path, ErrorKind.EMPTY)


def test_unpacked_size_limit(tmp_path):
    path = corpus_docx(tmp_path, "big.docx")
    with pytest.raises(DocumentReadError) as caught:
        read(path, ReadOptions(max_unpacked_bytes=10_000))
    assert caught.value.kind is ErrorKind.TOO_LARGE and "big.docx" in str(caught.value)


def test_macro_enabled_content_type_still_reads(tmp_path):
    path = corpus_docx(tmp_path, "report.docm")
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml")
    macro = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    assert macro != types
    rewrite_part(path, "[Content_Types].xml", macro)
    assert read(path).text == docx_document("kirensky_2023-2024_report").text


def test_reader_accepts_bytes_written_elsewhere(tmp_path):
    """A DOCX saved to memory and written out reads the same (no path-dependent state)."""
    buffer = io.BytesIO()
    word = docx.Document()
    word.add_paragraph("Текст из памяти.")
    word.save(buffer)
    path = tmp_path / "memory.docx"
    path.write_bytes(buffer.getvalue())
    assert read(path).text == "Текст из памяти."


def test_text_boxes_content_controls_and_grid_before(tmp_path):
    word = docx.Document()
    box = "<w:txbxContent><w:p><w:r><w:t>Текст в рамке</w:t></w:r></w:p></w:txbxContent>"
    add_xml_paragraph(
        word,
        '<w:r><w:t>Абзац с рамкой.</w:t></w:r><w:r xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        f"<w:drawing><anchor>{box}</anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>",
    )
    section = word.element.body.find(f"{{{W}}}sectPr")
    section.addprevious(
        parse_xml(
            f"<w:sdt {NSDECL}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Элемент управления</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        )
    )
    table = word.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "Кто", "Что", "Когда"
    row = table.rows[1]._tr
    row.remove(row.tc_lst[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {NSDECL} w:val="1"/>'))
    _Cell(row.tc_lst[0], table).text = "отчёт"
    _Cell(row.tc_lst[1], table).text = "май"
    document = read(save(word, tmp_path / "boxes.docx"))
    texts = [document.block_text(block) for block in document.blocks]
    assert texts[:3] == ["Абзац с рамкой.", "Текст в рамке", "Элемент управления"]
    logical = document.tables[0].table
    assert logical is not None
    assert [(c.col, c.text) for c in logical.rows[1].cells] == [(1, "отчёт"), (2, "май")]


def test_task_lines_split_by_soft_line_breaks_are_paragraphs_of_their_own(tmp_path):
    word = docx.Document()
    word.add_heading("Аналитическая справка по итогам мониторинга за 2023 год", level=0)
    add_xml_paragraph(word, "<w:r><w:t>4. Выводы и задачи на 2024 год</w:t></w:r>")
    add_xml_paragraph(
        word,
        "<w:r><w:t>Задача 1. Довести охват детей 5–18 лет до 79,0 %.</w:t><w:br/>"
        "<w:t>Задача 2. Увеличить число программ туристско-краеведческой</w:t><w:br/>"
        "<w:t>направленности до 12.</w:t><w:br/>"
        "<w:t>Задача 3. Обеспечить прохождение НОК 25 программами.</w:t></w:r>",
    )
    path = save(word, tmp_path / "zadachi.docx")
    texts = [read(path).block_text(block) for block in read(path).blocks]
    assert texts[-3:] == [
        "Задача 1. Довести охват детей 5–18 лет до 79,0 %.",
        "Задача 2. Увеличить число программ туристско-краеведческой направленности до 12.",
        "Задача 3. Обеспечить прохождение НОК 25 программами.",
    ]
    tasks = mocparse.parse(path).tasks
    assert [(task.number, task.text[:14]) for task in tasks] == [
        ("1", "Довести охват "),
        ("2", "Увеличить числ"),
        ("3", "Обеспечить про"),
    ]
