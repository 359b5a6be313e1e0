"""Hypothesis strategies for fuzzing mocparse: report-like text, mutated corpus texts, mutated DOCX and PDF bytes.

Shared by tests/hostile/test_fuzz.py (a bounded run in the unit suite) and scripts/fuzz.py (long runs).
"""

from __future__ import annotations

import copy
import io
import zipfile
from functools import cache
from pathlib import Path

from hypothesis import strategies as st
from lxml import etree

from .support import CORPUS

CHARACTERS = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789 "
    ".,;:%-–—«»()№/\"'!?*•·)[]IVXLivx"
    "aocepxAOCEPXHKMT"  # Latin look-alikes
    "\t\n\n\f\r\v\u00a0\u202f\u00ad\u200b\ufeff\x00\x07\x1f\u2028"
)
WORDS = (
    "программ", "программа", "программы", "сетевых", "из них", "в том числе", "%", "процентов", "охват", "детей",
    "2023", "2022-2023", "2023/2024", "год", "года", "учебный год", "января", "марта", "сентября", "г.", "гг.",
    "1 сентября 2023 г.", "31.12.2023", "01.09.2022", "II квартал", "до 2025 года", "с 2021 по 2023 год",
    "Иванова И.И.", "И.И. Иванов", "Кокиной М.В.", "Марина Владимировна Кокина", "методист", "руководитель", "МОЦ",
    "РМЦ", "эксперт", "Задачи", "Перспективы", "1.", "2.", "1.1.", "а)", "-", "•", "I.", "IV.",
    "Мероприятие", "Сроки", "Ответственный", "Результат", "№", "п/п", "приказ", "приказом", "от", "№ 123",
    "постановление", "Федеральный закон", "сертификатов", "организаций", "не менее", "более", "составил",
    "Отчет", "План", "Анализ", "муниципального опорного центра", "района", "округа", "области", "**", "[bookmark: x]",
    "2 371", "74,15 %", "100,0%", "0", "9999999999999999999", "-5", "\t", "\n", "\n\n", "\f",
)  # fmt: skip


def report_text() -> st.SearchStrategy[str]:
    """Random text that looks like a report in places: characters, words and lines of the domain."""
    token = st.one_of(st.sampled_from(WORDS), st.text(alphabet=CHARACTERS, max_size=10))
    return st.one_of(
        st.text(alphabet=CHARACTERS, max_size=400),
        st.lists(token, max_size=80).map(" ".join),
        st.lists(token, max_size=80).map("".join),
        st.lists(st.lists(token, max_size=6).map("\t".join), max_size=12).map("\n".join),  # tables
        st.text(max_size=200),  # any Unicode
    )


@cache
def corpus_texts() -> tuple[str, ...]:
    """Every TXT report of the corpus (development and held-out)."""
    paths = sorted(CORPUS.glob("txt/*.txt")) + sorted(CORPUS.glob("heldout*/txt/*.txt"))
    return tuple(path.read_text(encoding="utf-8") for path in paths)


@st.composite
def mutated_report(draw: st.DrawFn) -> str:
    """A window of a corpus report with lines deleted, duplicated, swapped, cut, with characters
    inserted and digits replaced."""
    lines = draw(st.sampled_from(corpus_texts())).split("\n")
    start = draw(st.integers(0, max(0, len(lines) - 1)))
    lines = lines[start : start + draw(st.integers(1, 60))]
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "digits", "cut", "tabs"]))
        line = lines[index]
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, line)
        elif operation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], line
        elif operation == "insert":
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(st.text(alphabet=CHARACTERS, min_size=1, max_size=4)) + line[at:]
        elif operation == "digits":
            lines[index] = "".join(draw(st.sampled_from("0123456789")) if char.isdigit() else char for char in line)
        elif operation == "cut":
            lines[index] = line[: draw(st.integers(0, len(line)))]
        else:
            lines[index] = line.replace(" ", "\t", draw(st.integers(1, 3)))
    text = "\n".join(lines)
    return text[: draw(st.integers(0, len(text)))] if draw(st.booleans()) else text


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with bytes flipped, deleted, inserted and copied, and maybe cut short."""
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 12))):
        if not buffer:
            break
        at = draw(st.integers(0, len(buffer) - 1))
        operation = draw(st.sampled_from(["flip", "delete", "insert", "copy", "digit"]))
        if operation == "flip":
            buffer[at] = draw(st.integers(0, 255))
        elif operation == "delete":
            del buffer[at : at + draw(st.integers(1, 64))]
        elif operation == "insert":
            buffer[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "copy":
            source = draw(st.integers(0, len(buffer) - 1))
            buffer[at:at] = buffer[source : source + draw(st.integers(1, 256))]
        elif chr(buffer[at]).isdigit():
            buffer[at] = ord(draw(st.sampled_from("0123456789")))
    if draw(st.integers(0, 9)) == 0:
        buffer = buffer[: draw(st.integers(0, len(buffer)))]
    return bytes(buffer)


ATTRIBUTE_VALUES = (
    "0", "-1", "1", "2", "9", "63", "64", "999999999", "99999999999999999999", "abc", "", "restart", "continue",
    "page", "bullet", "upperRoman", "russianLower", "decimalZero", "%1.%2.%3.", "%9", "%0", "true", "off",
    "Heading1", "1.5",
)  # fmt: skip
TEXTS = ("", "1.", "Отчет за 2023 год", "\t", "12 программ, из них 3 сетевых", "а)", "№ 5 от 01.01.2020", "\u200b")


@st.composite
def mutated_docx(draw: st.DrawFn, data: bytes) -> bytes:
    """A DOCX whose document, numbering and styles XML stay well-formed but get hostile values:
    attributes changed, elements deleted, duplicated or moved, texts replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy_:
        for info in original.infolist():
            body = original.read(info)
            if info.filename in ("word/document.xml", "word/numbering.xml", "word/styles.xml") and draw(st.booleans()):
                body = _mutate_xml(draw, body)
            copy_.writestr(info.filename, body)
    return out.getvalue()


def _mutate_xml(draw: st.DrawFn, body: bytes) -> bytes:
    root = etree.fromstring(body)
    for _ in range(draw(st.integers(1, 12))):
        elements = list(root.iter())
        element = elements[draw(st.integers(0, len(elements) - 1))]
        parent = element.getparent()
        operation = draw(st.sampled_from(["attribute", "delete", "duplicate", "move", "text"]))
        if operation == "attribute" and element.attrib:
            name = draw(st.sampled_from(sorted(element.attrib)))
            element.set(name, draw(st.sampled_from(ATTRIBUTE_VALUES)))
        elif operation == "delete" and parent is not None:
            parent.remove(element)
        elif operation == "duplicate" and parent is not None:
            element.addnext(copy.deepcopy(element))
        elif operation == "move" and parent is not None:
            target = elements[draw(st.integers(0, len(elements) - 1))]
            if target is not element and element not in target.iterancestors():
                target.append(element)
        elif operation == "text" and isinstance(element.tag, str):
            element.text = draw(st.sampled_from(TEXTS))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def small_pdf(path: Path) -> Path:
    """A one-page PDF with a heading, paragraphs and a ruled table, content streams uncompressed
    (so that byte mutations hit text and drawing operators)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    canvas.setFont("DejaVuSans", 11)
    lines = [
        "Отчет о деятельности МОЦ за 2023 год",
        "Опубликовано 2 371 программа, из них 412 сетевых.",
        "Охват детей составил 74,5 %. Семинар проведён 15 марта 2023 года.",
        "Методист МОЦ Иванова М.П. провела 12 консультаций.",
    ]
    for index, line in enumerate(lines):
        canvas.drawString(72, 780 - index * 16, line)
    rows = [("№", "Мероприятие", "Сроки"), ("1", "Семинар", "май"), ("2", "Консультации", "июнь")]
    top = 700
    for row_index, row in enumerate(rows):
        for col_index, cell in enumerate(row):
            x = 72 + col_index * 150
            canvas.rect(x, top - row_index * 20 - 20, 150, 20)
            canvas.drawString(x + 4, top - row_index * 20 - 14, cell)
    canvas.showPage()
    canvas.save()
    return path
