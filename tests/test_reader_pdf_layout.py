"""PDF layout from text alignment (mocparse.readers.pdf_layout): text columns read column by column,
and tables without ruling lines found from the alignment of their words.

The PDFs in tests/data/pdf_layout were made the real way: flat ODT written by hand (the .fodt
beside each PDF) and converted by LibreOffice (``soffice --headless --convert-to pdf X.fodt``):

* columns.pdf: a masthead, a section in two columns (a paragraph runs from the foot of the left
  column to the head of the right one), a full-width paragraph under it;
* columns3.pdf: the same text in three columns; columns_tight.pdf: two columns without paragraph
  spacing, so the lines of both columns share their baselines; columns_lists.pdf: two columns of
  headings, paragraphs and lists of short items;
* spravka.pdf: an indicator table without borders (a label that wraps, two number columns), the
  same table with borders, and a borderless table with numbered rows and a bold header;
* plan.pdf: a borderless plan table with numbered rows and text columns, a borderless two-column
  text table (no numbers, no numbering) and label/value lines set with a tab;
* header_band.pdf: two borderless tables whose header cells are centred vertically with one to three
  lines each (lines of neighbouring cells half a line apart, one header line above the first full
  line); the first table's Итого row falls on the next page, the second has wrapped labels centred
  beside one-line figures and a paragraph right under it;
* register.pdf: a borderless register of providers with a two-level header wider than its columns of
  figures, names centred vertically on their figures and a page break before a centred name;
* attendees.pdf: a protocol's members laid out in a borderless two-column table, names that wrap in
  the narrow left column beside roles that open with a dash and wrap in the right one;
* plan_fact_words.pdf: a borderless indicator table whose header has years in it ("2024 год, факт",
  "2025 год" over "план | факт", "2026 год, план") over left-aligned figures, then a borderless plan
  of words only under a bold header ("Мероприятие | Срок | Ответственный") with a bold heading right
  under it;
* negatives.pdf: a two-column letterhead, justified prose, a numbered list with hanging indents,
  label/value lines and signature lines (position … name, one with a dotted tab leader).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

from mocparse.document import BlockKind, Document, Table
from mocparse.pipeline import parse_document
from mocparse.readers.base import read
from mocparse.readers.pdf_layout import _has_run, _runs
from mocparse.readers.pdf_pages import Line, PageContent, TableItem, Word, make_line

DATA = Path(__file__).resolve().parent / "data" / "pdf_layout"


@cache
def _read(name: str) -> Document:
    return read(DATA / f"{name}.pdf")


def _texts(document: Document) -> list[str]:
    return [document.block_text(block) for block in document.blocks]


def _position(texts: list[str], start: str) -> int:
    found = [index for index, text in enumerate(texts) if text.startswith(start)]
    assert len(found) == 1, (start, texts)
    return found[0]


def _rows(table: Table) -> list[list[str]]:
    return [table.row_texts(row) for row in table.rows]


def _one_aligned_table(lines: list[Line]) -> tuple[TableItem, dict[int, list[str]]]:
    """The one table found on a page of these lines, and its rows of cell texts by row number."""
    from mocparse.readers.pdf_layout import aligned_tables

    page = PageContent(number=1, width=595.0, height=842.0, lines=lines, tables=[])
    aligned_tables(page)
    (table,) = page.tables
    rows: dict[int, list[str]] = {}
    for cell in sorted(table.cells, key=lambda cell: (cell.row, cell.col)):
        rows.setdefault(cell.row, []).append(" ".join(cell.lines))
    return table, rows


def _check_offsets(document: Document) -> None:
    for block in document.tables:
        assert block.table is not None
        for row in block.table.rows:
            assert document.text[row.start : row.stop] == "\t".join(cell.text for cell in row.cells)
            for cell in row.cells:
                assert document.text[cell.start : cell.stop] == cell.text


# --------------------------------------------------------------------------- text columns

_ZETA = (
    "Зета. Осенью в навигаторе открыта запись в летние профильные смены и в каникулярные школы, "
    "а прием заявок завершится в конце октября после проверки сертификатов."
)
_ORDER = [
    "Вестник муниципального опорного центра",
    "Выпуск №",
    "Новости навигатора",
    "Альфа.",
    "Бета.",
    "Зета.",
    "Методическая работа",
    "Гамма.",
    "Дельта.",
    "Эпсилон.",
    "Омега.",
]


@pytest.mark.parametrize("name", ["columns", "columns3", "columns_tight"])
def test_text_columns_read_one_after_the_other(name: str) -> None:
    document = _read(name)
    texts = _texts(document)
    assert len(texts) == len(_ORDER), texts
    for text, start in zip(texts, _ORDER, strict=True):
        assert text.startswith(start), (text, start)
    assert not document.tables
    kinds = [block.kind for block in document.blocks]
    assert kinds[2] == kinds[6] == BlockKind.HEADING
    assert all(kind == BlockKind.PARAGRAPH for kind in kinds[3:6] + kinds[7:])


def test_paragraph_running_on_into_the_next_column_stays_one() -> None:
    for name in ("columns", "columns_tight"):
        texts = _texts(_read(name))
        assert _ZETA in texts  # from the foot of the left column to the head of the right one
    texts = _texts(_read("columns3"))
    beta = texts[_position(texts, "Бета.")]
    assert beta.endswith(
        "при общеобразовательных школах. Выдача новых сертификатов продолжится до конца учебного года."
    )
    gamma = texts[_position(texts, "Гамма.")]  # from the middle column into the right one
    assert gamma.endswith("В семинарах приняли участие сорок два педагога из пятнадцати организаций района.")


def test_full_width_lines_stay_above_and_below_the_columns() -> None:
    texts = _texts(_read("columns"))
    assert texts[0] == "Вестник муниципального опорного центра"
    assert texts[-1] == (
        "Омега. Редакция вестника принимает материалы о работе объединений до двадцатого числа "
        "каждого месяца по электронной почте муниципального опорного центра."
    )


# --------------------------------------------------------------------------- tables without rules

_INDICATORS = [
    ["Показатель", "2023 год", "2024 год"],
    ["Количество организаций, реализующих дополнительные общеобразовательные программы", "24", "23"],
    ["Число детей, охваченных дополнительным образованием", "2 960", "3 105"],
    ["Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, %", "76,4", "79,1"],
    ["Количество проведенных семинаров для педагогов", "6", "9"],
]


def test_borderless_indicator_table() -> None:
    document = _read("spravka")
    assert len(document.tables) == 3
    table = document.tables[0].table
    assert table is not None
    assert table.n_cols == 3
    assert _rows(table) == _INDICATORS  # the wrapped labels stay in their rows
    assert table.header == ["Показатель", "2023 год", "2024 год"]
    assert [row.is_header for row in table.rows] == [True, False, False, False, False]
    assert table.cell_at(3, 2) is not None and table.cell_at(3, 2).text == "79,1"
    _check_offsets(document)


def test_borderless_table_reads_like_the_same_table_with_borders() -> None:
    document = _read("spravka")
    borderless, ruled = (block.table for block in document.tables[:2])
    assert borderless is not None and ruled is not None
    assert _rows(borderless) == _rows(ruled)
    assert borderless.header == ruled.header


def test_text_around_a_borderless_table_stays_text() -> None:
    document = _read("spravka")
    kinds = [block.kind for block in document.blocks]
    texts = _texts(document)
    before = _position(texts, "Охват детей дополнительным образованием вырос")
    assert kinds[before] == BlockKind.PARAGRAPH and kinds[before - 1] == BlockKind.TABLE
    assert texts[-1] == "Работа центра в 2025 году будет продолжена по всем направлениям."
    assert kinds[-1] == BlockKind.PARAGRAPH and kinds[-2] == BlockKind.TABLE


def test_borderless_table_with_numbered_rows_and_bold_header() -> None:
    table = _read("spravka").tables[2].table
    assert table is not None
    assert _rows(table) == [
        ["№", "Направленность", "Мероприятий"],
        ["1", "Техническая", "4"],
        ["2", "Естественнонаучная", "3"],
        ["3", "Социально-гуманитарная", "2"],
    ]
    assert table.header == ["№", "Направленность", "Мероприятий"]


def test_borderless_plan_with_numbered_rows() -> None:
    document = _read("plan")
    assert len(document.tables) == 1
    table = document.tables[0].table
    assert table is not None
    rows = _rows(table)
    assert len(rows) == 6 and table.n_cols == 4
    assert rows[0] == [
        "1",
        "Семинар для педагогов дополнительного образования по разработке модульных программ",
        "март 2025",
        "Петрова А.С., методист центра",
    ]
    assert rows[3] == [
        "4",
        "Мониторинг охвата детей дополнительным образованием в навигаторе",
        "июнь 2025",
        "Морозова Е.А., руководитель опорного центра",
    ]
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5", "6"]
    assert table.header == []
    _check_offsets(document)


# --------------------------------------------------------------------------- what stays text


def test_names_beside_dash_led_roles_make_a_table_with_wrapped_cells_joined() -> None:
    document = _read("attendees")
    (table,) = [block.table for block in document.blocks if block.table is not None]
    rows = _rows(table)
    assert [row[0] for row in rows] == [
        "Лаптева Ирина Семёновна",
        "Корнилов Пётр Андреевич",
        "Зимина Оксана Игоревна",
        "Юсупова Г.Р.",
        "Дроздов С.В.",
        "Панова Е.К.",
    ]
    assert (
        rows[2][1] == "– руководитель муниципального опорного центра, директор МБУ ДО «Дом детского творчества «Родник»"
    )
    texts = _texts(document)
    assert texts[-1].startswith("Отсутствовал: Белов И.И.")
    _check_offsets(document)
    report = parse_document(document)
    roles = {person.name: person.roles for person in report.persons}
    assert roles["Зимина О.И."] == ["руководитель МОЦ", "директор"]
    assert roles["Панова Е.К."] == ["специалист"]


def test_letterhead_prose_list_and_signatures_are_not_tables() -> None:
    document = _read("negatives")
    assert not document.tables
    texts = _texts(document)
    items = [block for block in document.blocks if block.kind == BlockKind.LIST_ITEM]
    assert [item.label for item in items] == ["1.", "2.", "3.", "4."]
    assert document.block_body(items[0]).startswith("Выступление специалиста центра")
    prose = texts[_position(texts, "Управление образования информирует")]
    assert prose.endswith("порядок прохождения независимой оценки качества программ.")
    assert "Петрова Анна Сергеевна, методист центра" in document.text
    assert "И.В. Соколова" in document.text and "Т.П. Лебедева" in document.text


def test_letterhead_is_not_read_as_text_columns() -> None:
    text = _read("negatives").text
    # the letterhead's two blocks stay line by line, as before (not taken for running text)
    assert text.index("Руководителям") < text.index("ул. Ленина, д. 5")


def test_table_and_label_value_lines_are_not_text_columns() -> None:
    document = _read("plan")
    text = document.text
    # a borderless table of two text columns is read row by row, not column by column
    assert text.index("Морозова Е.А., руководитель опорного") < text.index("Сопровождение педагогов, впервые")
    assert text.index("Петрова А.С., методист центра разрабатывающих") < text.index("Информирование родителей")
    # label/value lines keep each label before its value
    assert text.index("Учредитель:") < text.index("Управление образования администрации")
    assert text.index("Управление образования администрации") < text.index("Адрес:")


def test_spravka_is_not_split_into_columns() -> None:
    text = _read("spravka").text
    assert text.index("Показатель") < text.index("2023 год") < text.index("Количество организаций")


# --------------------------------------------------------------------------- masks


def test_bit_mask_runs() -> None:
    mask = 0b1111_0011_1110  # bits 1-5 and 8-11
    assert _has_run(mask, 6) is False
    assert _has_run(mask, 5) is True
    assert _runs(mask, 3) == [(1, 6), (8, 12)]
    assert _runs(mask, 5) == [(1, 6)]
    assert _runs(0, 1) == []


# --------------------------------------------------------------------------- the files are what soffice makes

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


@pytest.mark.slow
@needs_soffice
def test_committed_pdf_matches_its_source(tmp_path: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(DATA / "spravka.fodt")],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert read(tmp_path / "spravka.pdf").text == _read("spravka").text


def test_columns_of_headings_lists_and_short_lines_are_still_text_columns() -> None:
    """columns_lists.pdf: each column holds a heading, a paragraph and a list of short items."""
    texts = _texts(_read("columns_lists"))
    starts = ["Вестник", "Выпуск", "Задачи на новый год", "Альфа.", "1)", "2)", "3)", "4)", "5)"]
    starts += ["Нормативная база", "Бета.", "•", "•", "•", "•", "Гамма.", "Омега."]
    assert [text.split()[0] for text in texts] == [start.split()[0] for start in starts], texts


def test_header_cells_of_several_lines_make_one_header_row() -> None:
    first, second = (block.table for block in _read("header_band").tables)
    assert first is not None and second is not None
    assert first.column_headers[2:5] == ["Подано на экспертизу", "Получили допуск", "Не получили"]
    assert first.column_headers[6] == "Прошлый год (подано / допущено)"
    assert _rows(first)[1] == ["1", "Техническая", "11", "9", "2", "81,8", "7 / 6"]
    assert second.column_headers == ["№", "Организация", "Подано", "Допущено", "Не допущено", "% допущенных"]
    assert _rows(second)[1] == ["1", "Центр детского творчества", "20", "17", "3", "85,0"]


def test_a_total_row_pushed_to_the_next_page_stays_in_its_table() -> None:
    document = _read("header_band")
    first = document.tables[0].table
    assert first is not None
    assert _rows(first)[-1] == ["", "Итого", "52", "45", "7", "86,5", "42 / 35"]
    assert [row.page for row in first.rows][-2:] == [1, 2]
    assert not any(document.block_text(block).startswith("Итого") for block in document.blocks if block.table is None)
    _check_offsets(document)


def test_running_text_under_a_borderless_table_ends_it() -> None:
    document = _read("header_band")
    second = document.tables[1].table
    assert second is not None
    assert _rows(second)[-1] == ["", "Итого", "52", "45", "7", "86,5"]
    texts = _texts(document)
    assert texts[-1] == "Повторная экспертиза программ, не получивших допуска, назначена на осень."
    assert any("естественнонаучной и туристско-краеведческой направленности" in text for text in texts)


def _line(y: float, *words: tuple[str, float]) -> Line:
    """A 12-point line at ``y`` with words starting at the given x (about 6 points a character)."""

    placed = [Word(text, x, x + 6.0 * len(text), y, y + 12.0, 12.0, False) for text, x in words]
    return make_line(placed, 1, 595.0)


def test_header_lines_over_several_columns_of_figures_do_not_merge_them() -> None:
    """Wide header lines cross the gutters between three narrow columns of figures (a layout seen in
    a coverage справка): the figures are found again from the first row of figures, the header
    lines become the header, phrase by phrase."""

    lines = [
        _line(100, ("Поселение", 60), ("Проживает детей", 175), ("Охвачено дополнительным", 270), ("из них", 420)),
        _line(114, ("организация", 60), ("5–18 лет, чел.", 180), ("образованием", 290), ("по ПФ", 420)),
        _line(128, ("чел.", 292), ("%", 365)),
        _line(150, ("1", 40), ("Берёзово", 60), ("1 412", 215), ("1 190", 290), ("84,3", 360), ("405", 425)),
        _line(172, ("2", 40), ("Ольхи", 60), ("386", 220), ("297", 292), ("76,9", 360), ("88", 428)),
        _line(194, ("3", 40), ("Лесной", 60), ("151", 220), ("96", 295), ("63,6", 360), ("21", 428)),
    ]
    table, rows = _one_aligned_table(lines)
    assert rows[1] == ["1", "Берёзово", "1 412", "1 190", "84,3", "405"]
    assert rows[3] == ["3", "Лесной", "151", "96", "63,6", "21"]
    assert table.header_rows == 1 and "Проживает детей 5–18 лет, чел." in rows[0]


def test_two_level_header_over_narrow_columns_of_figures_and_centred_labels_across_a_page_break() -> None:
    """A register of providers made by LibreOffice without borders (register.fodt): the header's
    words are wider than the columns of figures under them, "Количество обучающихся, чел." stands
    over "всего | из них с ОВЗ", the names are centred on their figures (a line above, a line
    below) and the page breaks before a row whose name starts above its figures."""
    document = _read("register")
    (block,) = document.tables
    table = block.table
    assert table is not None
    assert table.column_headers == [
        "№ п/п",
        "Наименование исполнителя услуг",
        "Количество программ в реестре сертифицированных, ед.",
        "Количество обучающихся, чел. всего",
        "Количество обучающихся, чел. из них с ОВЗ",
        "Объём оплаты по сертификатам, тыс. руб.",
    ]
    rows = _rows(table)
    assert rows[1] == ["1", "МБУ ДО «Центр детского и юношеского творчества»", "21", "587", "12", "4 912,3"]
    assert rows[4] == ["4", "МБОУ «Основная общеобразовательная школа № 7»", "5", "117", "6", "903,5"]
    assert rows[7] == ["7", "ИП Ступина Варвара Андреевна", "2", "38", "0", "402,6"]
    assert rows[-1] == ["", "Итого", "59", "1 461", "28", "12 513,6"]
    assert [row.page for row in table.rows][3:5] == [1, 2]
    paragraphs = [document.block_text(block) for block in document.blocks if block.table is None]
    assert not any("Основная" in text or "Количество" in text for text in paragraphs)
    _check_offsets(document)


def test_a_group_title_centred_over_two_columns_heads_both_though_it_misses_their_figures() -> None:
    """A decision table of an expert group's protocol (LibreOffice, no borders): "Рекомендовано к /
    включению в реестр" stands centred over "всего | в т.ч. новых", right of the figures of "всего";
    the words of the lowest header line widen their columns, so the title heads both."""

    lines = [
        _line(100, ("Рекомендовано к", 333)),
        _line(112, ("Поступило на", 214), ("включению в реестр", 323), ("Возвращено на", 470)),
        _line(118, ("Направленность", 83)),
        _line(124, ("экспертизу", 222), ("доработку", 483)),
        _line(136, ("всего", 315), ("в т.ч. новых", 372)),
        _line(150, ("Техническая", 58), ("9", 204), ("7", 305), ("3", 356), ("2", 456)),
        _line(164, ("Художественная", 58), ("12", 202), ("9", 305), ("2", 356), ("3", 456)),
        _line(178, ("Туристско-краеведческая", 58), ("3", 204), ("2", 305), ("1", 356), ("1", 456)),
        _line(192, ("Всего", 58), ("24", 202), ("18", 305), ("6", 356), ("6", 456)),
    ]
    _, rows = _one_aligned_table(lines)
    assert rows[0] == [
        "Направленность",
        "Поступило на экспертизу",
        "Рекомендовано к включению в реестр всего",
        "Рекомендовано к включению в реестр в т.ч. новых",
        "Возвращено на доработку",
    ]
    assert rows[4] == ["Всего", "24", "18", "6", "6"]


def _page(number: int, lines: list[Line]) -> PageContent:
    return PageContent(number=number, width=595.0, height=842.0, lines=lines, tables=[])


def test_a_name_nearly_touching_its_figures_a_repeated_header_and_a_name_cut_by_the_page_break() -> None:
    """A borderless register: the upper half of a centred name ends 4 points before the
    left-aligned figures (the gutter narrows, it does not close); the page breaks inside the last
    row's name, the next page repeats the header, then the rest of that name and the total row,
    whose last figure reaches past the column's edge on the first page."""
    from mocparse.readers.pdf_layout import aligned_tables, continued_tables

    header = [("№", 40), ("Организация", 60), ("Всего", 220), ("Из них", 300), ("Доля", 380)]
    first = _page(
        1,
        [
            _line(100, *header),
            _line(122, ("1", 40), ("Школа № 1", 60), ("120", 220), ("60", 300), ("50,0", 380)),
            _line(144, ("Дом", 60)),  # replaced below by a line ending 4 points short of the figures
            _line(150, ("2", 40), ("90", 220), ("45", 300), ("50,0", 380)),
            _line(156, ("Радуга»", 60)),
            _line(178, ("3", 40), ("Гимназия", 60), ("80", 220), ("40", 300), ("50,0", 380)),
            _line(200, ("4", 40), ("Филиал школы", 60), ("30", 220), ("15", 300), ("50,0", 380)),
        ],
    )
    first.lines[2] = make_line(
        [Word("Дом творчества «Лучик и", 60, 216.0, 144, 156, 12.0, False)], 1, 595.0
    )  # 4 points short of the figures at 220
    second = _page(
        2,
        [
            _line(30, *header),
            _line(52, ("«Северный»", 60)),
            _line(66, ("Итого", 60), ("320", 220), ("160", 300), ("100,00", 380)),
        ],
    )
    for page in (first, second):
        aligned_tables(page)
    continued_tables([first, second])
    (table,) = first.tables
    rows: dict[int, list[str]] = {}
    for cell in sorted(table.cells, key=lambda cell: (cell.row, cell.col)):
        rows.setdefault(cell.row, []).append(" ".join(cell.lines))
    assert rows[2] == ["2", "Дом творчества «Лучик и Радуга»", "90", "45", "50,0"]
    assert rows[4] == ["4", "Филиал школы «Северный»", "30", "15", "50,0"]
    (rest,) = second.tables
    assert [" ".join(cell.lines) for cell in sorted(rest.cells, key=lambda cell: cell.col)] == [
        "",
        "Итого",
        "320",
        "160",
        "100,00",
    ]
    assert second.lines == []


def test_years_in_a_two_level_header_are_no_figures_and_the_columns_stay_apart() -> None:
    document = _read("plan_fact_words")
    table = document.tables[0].table
    assert table is not None and table.n_cols == 5
    figures = [
        table.row_texts(row) for row in table.body_rows if any(cell[:1].isdigit() for cell in table.row_texts(row)[1:])
    ]
    assert figures[0] == [
        "Доля детей 5–18 лет, охваченных дополнительным образованием, %",
        "73,9",
        "75,0",
        "76,2",
        "77,5",
    ]
    assert ["Количество программ в навигаторе, ед.", "188", "196", "203", "210"] in figures
    assert ["сетевых", "5", "7", "6", "9"] in figures
    _check_offsets(document)
    # the same shape as a blind writer's web page printed by LibreOffice (header cells centred
    # vertically, so "2026 год, план" shares a line with "Показатель", above the first figures)
    written = read(Path(__file__).resolve().parents[1] / "corpus/heldout54/docs/Zuyokovsky_2025_info_soveshchanie.pdf")
    table = written.tables[0].table
    assert table is not None and table.n_cols == 5
    assert table.header[2:4] == ["2025 год план", "2025 год факт"]
    assert ["Количество программ в навигаторе, ед.", "203", "215", "221", "230"] in [
        table.row_texts(row) for row in table.body_rows
    ]


def test_a_borderless_plan_of_words_under_a_bold_header_is_a_table_and_the_heading_under_it_is_not() -> None:
    document = _read("plan_fact_words")
    assert len(document.tables) == 2
    table = document.tables[1].table
    assert table is not None
    assert table.header == ["Мероприятие", "Срок", "Ответственный"]
    rows = [table.row_texts(row) for row in table.body_rows]
    assert rows[0] == ["Сверка данных навигатора со статистической отчётностью", "до 25.01.2026", "Корнилов Е.П."]
    assert rows[-1] == ["Организация летних краткосрочных программ", "июнь – август 2026", "руководители ОО"]
    assert len(rows) == 4
    texts = _texts(document)
    assert "3. Проблемные вопросы" in texts
    report = parse_document(document)
    assert [activity.responsible for activity in report.activities][:2] == [["Корнилов Е.П."], ["Лаптева Н.С."]]
