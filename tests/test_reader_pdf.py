"""PDF reader on real files: the corpus PDFs (rendered from corpus/txt by
scripts/render_pdf.py) against the TXT reading, and small PDFs built here with reportlab."""

from __future__ import annotations

import importlib.util
import re
import shutil
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from mocparse.document import BlockKind, Document
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers.base import ReadOptions, read

ROOT = Path(__file__).resolve().parent.parent
TXT_DIR = ROOT / "corpus" / "txt"
PDF_DIR = ROOT / "corpus" / "pdf"
STEMS = sorted(path.stem for path in TXT_DIR.glob("*.txt"))
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"

needs_fonts = pytest.mark.skipif(not (FONT_DIR / "DejaVuSans.ttf").exists(), reason="DejaVu fonts not installed")


@cache
def _reading(stem: str) -> tuple[Document, Document]:
    return read(TXT_DIR / f"{stem}.txt"), read(PDF_DIR / f"{stem}.pdf")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _register_fonts() -> None:
    for name, file_name in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))


def _render_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_pdf", ROOT / "scripts" / "render_pdf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text_pdf(path: Path, pages: list[list[str]], *, size: float = 11, footer: str | None = None) -> Path:
    """A PDF whose pages hold the given lines; an empty string leaves a blank line."""
    _register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for number, lines in enumerate(pages, start=1):
        canvas.setFont(FONT, size)
        y = A4[1] - 72
        for line in lines:
            if line:
                canvas.drawString(72, y, line)
            y -= size * 1.3
        if footer:
            canvas.drawCentredString(A4[0] / 2, 30, footer.format(page=number, pages=len(pages)))
        canvas.showPage()
    canvas.save()
    return path


def _image_page(canvas: Canvas) -> None:
    image = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(image).rectangle((20, 20, 280, 100), fill=40)
    canvas.drawImage(ImageReader(image), 72, 500, width=300, height=120)
    canvas.showPage()


# --------------------------------------------------------------------------- corpus


def test_corpus_is_complete() -> None:
    assert len(STEMS) == 5
    assert sorted(path.stem for path in PDF_DIR.glob("*.pdf")) == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_text_equals_txt_text_modulo_whitespace(stem: str) -> None:
    txt, pdf = _reading(stem)
    assert _squash(pdf.text) == _squash(txt.text)


@pytest.mark.parametrize("stem", STEMS)
def test_blocks_match_txt_reading(stem: str) -> None:
    txt, pdf = _reading(stem)
    text_blocks = [block for block in txt.blocks if block.kind is not BlockKind.TABLE]
    pdf_text_blocks = [block for block in pdf.blocks if block.kind is not BlockKind.TABLE]
    assert [block.kind for block in pdf_text_blocks] == [block.kind for block in text_blocks]
    assert [(block.label, block.level) for block in pdf_text_blocks] == [
        (block.label, block.level) for block in text_blocks
    ]
    for txt_block, pdf_block in zip(text_blocks, pdf_text_blocks, strict=True):
        assert _squash(pdf.block_text(pdf_block)) == _squash(txt.block_text(txt_block))
    # Tables sit at the same places among the other blocks.
    assert [block.kind for block in pdf.blocks] == [block.kind for block in txt.blocks]


@pytest.mark.parametrize("stem", STEMS)
def test_tables_match_txt_reading(stem: str) -> None:
    txt, pdf = _reading(stem)
    assert len(pdf.tables) == len(txt.tables)
    for txt_block, pdf_block in zip(txt.tables, pdf.tables, strict=True):
        txt_table, pdf_table = txt_block.table, pdf_block.table
        assert txt_table is not None and pdf_table is not None
        assert pdf_table.n_cols == txt_table.n_cols
        assert [row.is_header for row in pdf_table.rows] == [row.is_header for row in txt_table.rows]
        assert [pdf_table.row_texts(row) for row in pdf_table.rows] == [
            txt_table.row_texts(row) for row in txt_table.rows
        ]
        for row in pdf_table.rows:
            for cell in row.cells:
                assert pdf.text[cell.start : cell.stop] == cell.text


@pytest.mark.parametrize("stem", STEMS)
def test_pages_are_numbered(stem: str) -> None:
    _, pdf = _reading(stem)
    assert pdf.source.format == "pdf"
    assert pdf.source.pages is not None and pdf.source.pages > 1
    pages = [block.page for block in pdf.blocks]
    assert all(page is not None and 1 <= page <= pdf.source.pages for page in pages)
    assert pages == sorted(pages)  # type: ignore[type-var]
    assert pages[0] == 1 and len(set(pages)) > 1
    assert not pdf.warnings


@pytest.mark.parametrize("stem", STEMS)
def test_running_header_footer_and_page_numbers_dropped(stem: str) -> None:
    _, pdf = _reading(stem)
    assert "Страница" not in pdf.text
    assert "Отчёт МОЦ" not in pdf.text
    assert stem not in pdf.text


def test_kirensky_activity_table_across_pages() -> None:
    _, pdf = _reading("kirensky_2023-2024_report")
    (block,) = pdf.tables
    table = block.table
    assert table is not None
    assert table.n_cols == 5
    assert table.header == ["№", "Мероприятие", "Ответственный", "Сроки", "Результат"]
    body = table.body_rows
    assert len(body) == 14
    assert [table.row_texts(row)[0] for row in body] == [str(number) for number in range(1, 15)]
    assert table.row_texts(body[9])[2] == "Руководители «Точка роста»"
    assert len({row.page for row in table.rows}) > 1  # it does cross a page break


def test_orenburg_plan_tables_across_pages() -> None:
    _, pdf = _reading("orenburg_2022-2023_plan")
    media, plan = (block.table for block in pdf.tables)
    assert media is not None and plan is not None
    assert len(media.body_rows) == 6
    assert len(plan.body_rows) == 10
    assert [plan.row_texts(row)[0] for row in plan.body_rows] == [f"{number}." for number in range(1, 11)]
    assert plan.header == ["№", "Наименование мероприятия", "Сроки", "Ответственный", "Результат"]
    assert len({row.page for row in plan.rows}) > 1
    assert sum(row.is_header for row in plan.rows) == 1  # the repeated header is gone


@needs_fonts
def test_render_is_deterministic(tmp_path: Path) -> None:
    render = _render_module()
    txt, _ = _reading("orenburg_2022-2023_plan")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render.render_pdf(txt, first)
    render.render_pdf(txt, second)
    assert first.read_bytes() == second.read_bytes()


# --------------------------------------------------------------------------- small PDFs


@needs_fonts
def test_line_end_hyphenation_is_joined(tmp_path: Path) -> None:
    path = _text_pdf(
        tmp_path / "hyphen.pdf",
        [
            [
                "Муниципальная система обра-",
                "зования детей развивается, а организационно-",
                "методическое сопровождение ведётся постоянно.",
                "",
                "Второй абзац.",
            ]
        ],
    )
    document = read(path)
    assert [document.block_text(block) for block in document.blocks] == [
        "Муниципальная система образования детей развивается, "
        "а организационно-методическое сопровождение ведётся постоянно.",
        "Второй абзац.",
    ]
    assert document.blocks[0].kind is BlockKind.PARAGRAPH


@needs_fonts
def test_lone_page_numbers_and_repeated_footers_dropped(tmp_path: Path) -> None:
    topics = ["Введение", "Кадры", "Итоги"]

    def page(number: int) -> list[str]:
        # Distinct first lines: a first line repeated on every page would be a running header.
        return [f"{topics[number - 1]}: работа центра за год.", "", f"Раздел {number} завершён."]

    one_page = read(_text_pdf(tmp_path / "one.pdf", [page(1)], footer="Страница {page} из {pages}"))
    assert _squash(one_page.text) == "Введение: работа центра за год. Раздел 1 завершён."
    three_pages = read(_text_pdf(tmp_path / "three.pdf", [page(1), page(2), page(3)], footer="- {page} -"))
    assert not re.search(r"-\s*\d\s*-", three_pages.text)
    assert three_pages.source.pages == 3
    assert [block.page for block in three_pages.blocks] == [1, 1, 2, 2, 3, 3]


@needs_fonts
def test_overprinted_fake_bold_is_read_once(tmp_path: Path) -> None:
    _register_fonts()
    path = tmp_path / "overprint.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(FONT, 12)
    for dx in (0.0, 0.3):
        canvas.drawString(72 + dx, 700, "Отчёт о деятельности центра")
    canvas.drawString(72, 670, "Текст отчёта.")
    canvas.save()
    document = read(path)
    assert _squash(document.text) == "Отчёт о деятельности центра Текст отчёта."


@needs_fonts
def test_merged_cells_and_bold_header(tmp_path: Path) -> None:
    _register_fonts()
    plain = ParagraphStyle("plain", fontName=FONT, fontSize=9)
    bold = ParagraphStyle("bold", fontName=BOLD, fontSize=9)
    data = [
        [Paragraph("Показатель", bold), Paragraph("Значение", bold), ""],
        ["", Paragraph("2022", bold), Paragraph("2023", bold)],
        [Paragraph("Охват детей", plain), Paragraph("72%", plain), Paragraph("80%", plain)],
        [Paragraph("Программы", plain), Paragraph("191 в обоих годах", plain), ""],
    ]
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (2, 0)),
            ("SPAN", (1, 3), (2, 3)),
        ]
    )
    path = tmp_path / "merged.pdf"
    SimpleDocTemplate(str(path), pagesize=A5, invariant=1).build([Table(data, style=style)])
    document = read(path)
    (block,) = document.tables
    table = block.table
    assert table is not None
    assert table.n_cols == 3
    assert [row.is_header for row in table.rows] == [True, True, False, False]
    first = table.rows[0].cells
    assert [(cell.text, cell.col, cell.rowspan, cell.colspan) for cell in first] == [
        ("Показатель", 0, 2, 1),
        ("Значение", 1, 1, 2),
    ]
    assert table.header == ["Показатель", "Значение 2022", "Значение 2023"]  # both header rows combined
    assert table.row_texts(table.rows[3]) == ["Программы", "191 в обоих годах", "191 в обоих годах"]
    assert table.cell_at(1, 0) is not None and table.cell_at(1, 0).text == "Показатель"  # type: ignore[union-attr]


@needs_fonts
def test_table_continued_without_repeated_header_is_one_table(tmp_path: Path) -> None:
    _register_fonts()
    plain = ParagraphStyle("plain", fontName=FONT, fontSize=10)
    bold = ParagraphStyle("bold", fontName=BOLD, fontSize=10)
    rows = [[Paragraph(text, bold) for text in ("Организация", "Город", "Детей")]]
    rows += [[Paragraph(text, plain) for text in (f"Школа {n}", "Киренск", str(100 + n))] for n in range(60)]
    path = tmp_path / "long.pdf"
    table = Table(rows, repeatRows=0, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A5, invariant=1).build([table])
    document = read(path)
    assert document.source.pages is not None and document.source.pages > 1
    (block,) = document.tables
    assert block.table is not None
    assert len(block.table.body_rows) == 60
    assert sum(row.is_header for row in block.table.rows) == 1


# --------------------------------------------------------------------------- errors


def _error(path: Path, options: ReadOptions | None = None) -> DocumentReadError:
    with pytest.raises(DocumentReadError) as caught:
        read(path, options)
    assert str(path) in str(caught.value)
    return caught.value


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    canvas = Canvas(str(path), encrypt="secret")
    canvas.drawString(72, 700, "hidden")
    canvas.save()
    error = _error(path)
    assert error.kind is ErrorKind.ENCRYPTED
    assert "password-protected" in str(error)


def test_truncated_pdf(tmp_path: Path) -> None:
    data = (PDF_DIR / "kirensky_2023-2024_report.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert _error(path).kind is ErrorKind.CORRUPT


def test_broken_xref_is_repaired(tmp_path: Path) -> None:
    """PDFium rebuilds a garbled cross-reference table from the objects themselves."""
    data = (PDF_DIR / "kirensky_2023-2024_report.pdf").read_bytes()
    start = data.index(b"\nxref\n")
    end = data.index(b"trailer", start)
    garbled = re.sub(rb"\d{10} (\d{5}) n", rb"9999999999 \1 n", data[start:end])
    assert garbled != data[start:end]
    path = tmp_path / "xref.pdf"
    path.write_bytes(data[:start] + garbled + data[end:])
    assert read(path).text == read(PDF_DIR / "kirensky_2023-2024_report.pdf").text


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    _image_page(canvas)
    _image_page(canvas)
    canvas.save()
    error = _error(path, ReadOptions(ocr=False))
    assert error.kind is ErrorKind.SCANNED
    assert "no text layer in any of its 2 pages" in str(error)
    assert "OCR" in str(error)


@needs_fonts
def test_pages_without_text_are_named_in_a_warning(tmp_path: Path) -> None:
    _register_fonts()
    path = tmp_path / "partly_scanned.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(FONT, 11)
    canvas.drawString(72, 700, "Отчёт о деятельности центра.")
    canvas.showPage()
    _image_page(canvas)
    canvas.save()
    document = read(path, ReadOptions(ocr=False))
    assert document.source.pages == 2
    assert _squash(document.text) == "Отчёт о деятельности центра."
    assert any("page 2 " in warning and "no text layer" in warning for warning in document.warnings)


def test_blank_pdf_is_empty_not_scanned(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.showPage()
    canvas.save()
    assert _error(path).kind is ErrorKind.EMPTY


def test_owner_password_only_pdf_reads(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    canvas = Canvas(str(path), encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    canvas.drawString(72, 700, "Restricted but readable text.")
    canvas.save()
    assert read(path).text == "Restricted but readable text."


def test_too_many_pages(tmp_path: Path) -> None:
    error = _error(PDF_DIR / "kirensky_2023-2024_report.pdf", ReadOptions(max_pages=2))
    assert error.kind is ErrorKind.TOO_LARGE


def test_pdf_with_docx_extension_reads_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    shutil.copyfile(PDF_DIR / "orenburg_2022-2023_plan.pdf", path)
    document = read(path)
    assert document.source.format == "pdf"
    assert _squash(document.text) == _squash(_reading("orenburg_2022-2023_plan")[1].text)


def test_a_word_broken_without_a_hyphen_in_a_narrow_cell_is_glued_and_real_words_are_not() -> None:
    from mocparse.readers.pdf import _LineJoiner

    joiner = _LineJoiner(set())
    assert joiner.join(["из них", "сертифицирован", "ных"]) == "из них сертифицированных"
    assert joiner.join(["Центр детского", "творчества"]) == "Центр детского творчества"
    assert joiner.join(["программы прошли", "экспертизу"]) == "программы прошли экспертизу"
