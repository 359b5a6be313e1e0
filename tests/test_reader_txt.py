"""TXT reader: encodings, structure of the corpus reports, tables, lists, pages, errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import CORPUS, KIRENSKY, ORENBURG, STEMS, text_document

import mocparse
from mocparse.document import BlockKind
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers import read

SAMPLE = (
    "Отчёт о работе МОЦ\n\n1. Первая задача.\n2. Вторая задача.\n\n"
    "№\tМероприятие\tСроки\n1\tСеминар\tМай 2024\n2\tКонкурс\tИюнь 2024\n"
)


@pytest.mark.parametrize("stem", STEMS)
def test_every_block_and_cell_slices_the_canonical_text(stem: str) -> None:
    document = read(CORPUS / "txt" / f"{stem}.txt")
    assert document.blocks
    previous_stop = -1
    for block in document.blocks:
        assert previous_stop < block.start <= block.body_start <= block.stop <= len(document.text)
        previous_stop = block.stop
        if block.table is not None:
            for row in block.table.rows:
                assert document.text[row.start : row.stop].count("\t") == len(row.cells) - 1
                for cell in row.cells:
                    assert document.text[cell.start : cell.stop] == cell.text


def test_kirensky_activity_table_has_14_rows_and_the_wrapped_row_merged() -> None:
    document = read(CORPUS / "txt" / f"{KIRENSKY}.txt")
    (table_block,) = document.tables
    table = table_block.table
    assert table is not None
    assert table.n_cols == 5
    assert table.header == ["№", "Мероприятие", "Ответственный", "Сроки", "Результат"]
    assert len(table.body_rows) == 14
    row_10 = table.row_texts(table.body_rows[9])
    assert row_10[0] == "10"
    assert row_10[1] == "Разработка и реализация ДОП естественнонаучной и технической направленностям"
    assert row_10[2] == "Руководители «Точка роста»"
    assert row_10[3] == "В течение года"


def test_kirensky_task_list_has_seven_numbered_items() -> None:
    document = read(CORPUS / "txt" / f"{KIRENSKY}.txt")
    items = list(document.iter_kind(BlockKind.LIST_ITEM))
    numbered = [block for block in items if block.label and block.label[0].isdigit()]
    assert [block.label for block in numbered[:7]] == [f"{n}." for n in range(1, 8)]
    assert document.block_body(numbered[0]).startswith("Формирование муниципального сегмента")


def test_orenburg_plan_second_table_continues_after_repeated_header() -> None:
    document = read(CORPUS / "txt" / f"{ORENBURG}.txt")
    tables = [block.table for block in document.tables]
    assert [len(table.body_rows) for table in tables if table] == [6, 10]
    second = tables[1]
    assert second is not None
    assert [second.row_texts(row)[0] for row in second.body_rows] == [f"{n}." for n in range(1, 11)]
    assert sum(1 for row in second.rows if row.is_header) == 1


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("cp1251", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_encodings_give_the_same_document(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bom + SAMPLE.encode(encoding))
    document = read(path)
    assert document.text == text_document(SAMPLE).text
    assert [block.kind for block in document.blocks] == [
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE,
    ]


def test_lists_headings_and_labels() -> None:
    document = text_document(
        "**Анализ работы за 2024 год**\n\nЗадачи:\n1) первая;\n2) вторая;\nа) подпункт\n"
        "2.1. Раздел второго уровня\n• пункт с точкой\n-пункт без пробела\n1 организация дополнительного образования;\n"
    )
    kinds = [(block.kind, block.label, block.level) for block in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, None, 0),
        (BlockKind.PARAGRAPH, None, 0),
        (BlockKind.LIST_ITEM, "1)", 0),
        (BlockKind.LIST_ITEM, "2)", 0),
        (BlockKind.LIST_ITEM, "а)", 0),
        (BlockKind.LIST_ITEM, "2.1.", 1),
        (BlockKind.LIST_ITEM, "•", 0),
        (BlockKind.LIST_ITEM, "-", 0),
        (BlockKind.PARAGRAPH, None, 0),  # a count, not a list label
    ]
    assert document.blocks[0].style == "bold"


def test_form_feed_makes_pages() -> None:
    document = text_document("Первая страница.\fВторая страница.\n\fТретья.")
    assert [block.page for block in document.blocks] == [1, 2, 3]
    assert document.source.pages == 3


def test_column_number_row_is_not_data() -> None:
    document = text_document("Показатель\t2022\t2023\n1\t2\t3\nЧисло программ\t10\t12\n")
    table = document.tables[0].table
    assert table is not None
    assert [row.is_column_numbers for row in table.rows] == [False, True, False]
    assert len(table.body_rows) == 1


def test_invisible_characters_and_lookalike_letters_are_cleaned() -> None:
    document = text_document("Охват детей\u00a0составил 72,5\u00a0%, пpoграмма\u00ad обновлена.\x07")
    assert document.text == "Охват детей составил 72,5 %, программа обновлена."


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (b"", ErrorKind.EMPTY, "empty"),
        (bytes(range(256)) * 8, ErrorKind.UNSUPPORTED, "unsupported format"),
        (b"\n\n   \n", ErrorKind.EMPTY, "no text"),
    ],
)
def test_bad_text_files_have_clear_errors(tmp_path: Path, content: bytes, kind: ErrorKind, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    assert caught.value.kind is kind
    assert str(path) in str(caught.value)
    assert words in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError) as caught:
        read(tmp_path / "nope.docx")
    assert caught.value.kind is ErrorKind.NOT_FOUND
    assert "nope.docx" in str(caught.value)


def test_a_table_typed_with_spaces_is_a_table_with_its_header() -> None:
    document = text_document(
        "Ответ на запрос за 2025 год\n\n"
        "Направленность          Всего   Новые   Сетевые\n"
        "-----------------------------------------------\n"
        "Техническая                12       3         1\n"
        "Художественная             30       4         2\n"
        "Социально-гуманитарная     17       2         0\n"
        "-----------------------------------------------\n"
        "ИТОГО                      59       9         3\n\n"
        "Директор               Н.П. Фомина\n"
        "Тел.                   8 (48543) 2-17-90\n"
    )
    (table,) = [block.table for block in document.blocks if block.table is not None]
    assert table.column_headers == ["Направленность", "Всего", "Новые", "Сетевые"]
    assert [table.row_texts(row) for row in table.rows[1:]] == [
        ["Техническая", "12", "3", "1"],
        ["Художественная", "30", "4", "2"],
        ["Социально-гуманитарная", "17", "2", "0"],
        ["ИТОГО", "59", "9", "3"],
    ]
    assert any("Н.П. Фомина" in document.block_text(block) for block in document.blocks if block.table is None)


def test_spaced_prose_and_signature_lines_are_no_table() -> None:
    document = text_document(
        "Справка за 2025 год\n\n"
        "Итого  за  год  проведено  12  семинаров.\n"
        "Директор               Н.П. Фомина\n"
        "Методист               О.В. Лаптева\n"
        "Телефон                8 (48543) 2-17-90\n"
    )
    assert all(block.table is None for block in document.blocks)


def test_a_table_typed_with_pipes_is_a_table() -> None:
    document = text_document(
        "Сведения о программах\n\n| Направленность | 2024 | 2025 |\n|:---|---:|---:|\n"
        "| Техническая | 14 | 17 |\n| Художественная | 22 | 21 |\n\nДанные на конец года.\n"
    )
    assert [block.kind for block in document.blocks] == [BlockKind.HEADING, BlockKind.TABLE, BlockKind.PARAGRAPH]
    table = document.tables[0].table
    assert table is not None
    assert table.header == ["Направленность", "2024", "2025"]
    rows = [table.row_texts(row) for row in table.rows[1:]]
    assert rows == [["Техническая", "14", "17"], ["Художественная", "22", "21"]]


def test_a_single_line_between_pipes_stays_text() -> None:
    document = text_document("Отчёт\n\n| важное замечание |\n\nКонец.\n")
    assert not document.tables


def test_a_dash_and_a_space_before_a_figure_mark_a_list_item_but_a_minus_does_not() -> None:
    document = text_document("Из них:\n– 14 сетевых;\n– 9 дистанционных.\n-15 % к прошлому году\n")
    kinds = [(block.kind, block.label) for block in document.blocks]
    assert kinds[1:] == [(BlockKind.LIST_ITEM, "–"), (BlockKind.LIST_ITEM, "–"), (BlockKind.PARAGRAPH, None)]


def test_rows_typed_with_pipes_between_cells_only_are_a_table() -> None:
    document = text_document(
        "Показатели\n\n№ | Показатель | Ед. изм. | 2025 план | 2025 факт\n"
        "1 | Доля детей 5–18 лет с сертификатом | % | 70,0 | 71,2\n"
        "2 | Количество программ в Навигаторе | ед. | 150 | 162\n\nДалее текст.\n"
    )
    table = document.tables[0].table
    assert table is not None
    assert table.header == ["№", "Показатель", "Ед. изм.", "2025 план", "2025 факт"]
    assert len(table.rows) == 3


def test_a_wrapped_label_of_a_table_typed_with_spaces_joins_its_row() -> None:
    document = text_document(
        "Исполнение по мероприятиям (тыс. руб.):\n\n"
        "Мероприятие                                   План        Факт      %\n"
        "1.1. Обеспечение деятельности учреждений\n"
        "     дополнительного образования           40 100,0    39 900,0    99,5\n"
        "1.2. Поддержка МОЦ                          1 200,0     1 150,0    95,8\n"
        "1.3. Проведение конкурсов                     800,0       760,0    95,0\n"
        "ИТОГО                                      42 100,0    41 810,0    99,3\n"
    )
    table = document.tables[0].table
    assert table is not None
    rows = [table.row_texts(row) for row in table.rows]
    assert rows[1] == [
        "1.1. Обеспечение деятельности учреждений дополнительного образования",
        "40 100,0",
        "39 900,0",
        "99,5",
    ]
    assert len(rows) == 5


def test_a_line_that_opens_with_an_ordinal_adverb_is_a_list_item() -> None:
    document = text_document("Задачи:\nВо-первых, сохранить охват.\nВ-третьих: обновить программы.\nВо-первыхнет.\n")
    labels = [(block.kind, block.label) for block in document.blocks[1:]]
    assert labels == [
        (BlockKind.LIST_ITEM, "Во-первых"),
        (BlockKind.LIST_ITEM, "В-третьих"),
        (BlockKind.PARAGRAPH, None),
    ]


_LETTER = (
    "     2.1. Количество программ, реализуемых в районе, по направленностям:\n"
    "\n"
    "  --------------------------------------------------------------------\n"
    "   № |  Направленность         |  Количество программ   | Изменение,\n"
    "     |                         |------------------------|   ед.\n"
    "     |                         |  2024 год  |  2025 год |\n"
    "  --------------------------------------------------------------------\n"
    "   1 |  Техническая            |     18     |     23    |    +5\n"
    "   2 |  Социально-гуманитарная |     27     |     25    |    -2\n"
    "     |  (включая профильные    |            |           |\n"
    "     |  смены)                 |            |           |\n"
    "  --------------------------------------------------------------------\n"
    "     |  ВСЕГО                  |     45     |     48    |    +3\n"
    "  --------------------------------------------------------------------\n"
    "\n"
    "     2.2. Из 48 программ в Навигаторе опубликованы 46, две программы\n"
    "находятся на модерации. В штате центра работают три методиста и один\n"
    "специалист по информационным технологиям, всего четыре сотрудника.\n"
    "     2.3. Сертификаты дополнительного образования получили 1 212 детей,\n"
    "что на 40 больше, чем годом ранее.\n"
    "  исх. № 17/01-09                            Начальнику управления\n"
    "  от 20.01.2026                              образования администрации\n"
)


def test_a_table_drawn_with_dashes_and_pipes_keeps_its_two_level_header_and_total() -> None:
    document = text_document("Ответ на запрос о работе МОЦ за 2025 год\n\n" + _LETTER)
    (block,) = document.tables
    table = block.table
    assert table is not None
    assert table.column_headers == [
        "№",
        "Направленность",
        "Количество программ 2024 год",
        "Количество программ 2025 год",
        "Изменение, ед.",
    ]
    assert [table.row_texts(row) for row in table.rows[1:]] == [
        ["1", "Техническая", "18", "23", "+5"],
        ["2", "Социально-гуманитарная (включая профильные смены)", "27", "25", "-2"],
        ["", "ВСЕГО", "45", "48", "+3"],
    ]


def test_paragraphs_typed_with_hard_line_breaks_are_joined() -> None:
    document = text_document("Ответ на запрос о работе МОЦ за 2025 год\n\n" + _LETTER)
    texts = [document.block_text(block) for block in document.blocks if block.table is None]
    assert any(
        text.endswith(
            "две программы находятся на модерации. В штате центра работают три методиста и один "
            "специалист по информационным технологиям, всего четыре сотрудника."
        )
        for text in texts
    )
    assert any(text.endswith("получили 1 212 детей, что на 40 больше, чем годом ранее.") for text in texts)
    assert not any("Начальнику управления образования администрации" in text for text in texts)


def test_a_letterhead_typed_in_two_columns_reads_column_by_column() -> None:
    document = text_document(
        "  исх. № 17/01-09                            Начальнику управления\n"
        "  от 20.01.2026                              образования администрации\n"
        "                                             Энского округа\n"
        "  на № 5 от 12.01.2026                       Петровой А.А.\n"
        "\n"
        "  О предоставлении информации\n"
    )
    texts = [document.block_text(block) for block in document.blocks]
    assert "Начальнику управления образования администрации Энского округа Петровой А.А." in texts
    assert texts.index("исх. № 17/01-09") < texts.index("от 20.01.2026")


def test_a_pipe_table_with_a_two_line_header_over_a_plus_rule_and_wrapped_labels() -> None:
    document = text_document(
        "План работы МОЦ на 2027 год\n\n"
        "Показатель                                 | Достигнуто | План\n"
        "                                           | в 2026 г.  | на 2027 г.\n"
        "-------------------------------------------+------------+-----------\n"
        "1. Доля детей 5-18 лет, охваченных доп.    |    77,8    | не менее 79\n"
        "   образованием, %                         |            |\n"
        "2. Количество программ в Навигаторе, ед.   |    264     | 280\n"
    )
    (block,) = document.tables
    table = block.table
    assert table is not None
    assert table.column_headers == ["Показатель", "Достигнуто в 2026 г.", "План на 2027 г."]
    assert [table.row_texts(row) for row in table.rows[1:]] == [
        ["1. Доля детей 5-18 лет, охваченных доп. образованием, %", "77,8", "не менее 79"],
        ["2. Количество программ в Навигаторе, ед.", "264", "280"],
    ]


def test_a_table_typed_with_spaces_under_a_header_of_several_lines() -> None:
    document = text_document(
        "Сведения по направленностям:\n\n"
        "  Направленность         Всего   в т.ч.   Заня-    Доля,\n"
        "                         прогр.  сетевых  тых*     %\n"
        "  ---------------------  ------  -------  -------  ------\n"
        "  техническая                14        3      352    21,5\n"
        "  художественная             30        -      905    55,2\n"
        "  социально-гуманитарная      9        1      382    23,3\n"
        "  ---------------------  ------  -------  -------  ------\n"
        "  Итого                      53        4     1639   100,0\n\n"
        "Прочие сведения приведены ниже.\n"
    )
    table = document.tables[0].table
    assert table is not None
    assert table.column_headers == ["Направленность", "Всего прогр.", "в т.ч. сетевых", "Занятых*", "Доля, %"]
    assert [table.row_texts(row)[1] for row in table.body_rows] == ["14", "30", "9", "53"]
    assert document.block_text(document.blocks[-1]) == "Прочие сведения приведены ниже."


def test_prose_lines_above_a_table_typed_with_spaces_stay_prose() -> None:
    document = text_document(
        "Итоги по организациям за год приведены в таблице ниже,\n"
        "данные сверены с Навигатором.\n"
        "Организация         Программ   Детей\n"
        "ДДТ                       40     980\n"
        "ДЮСШ                      12     410\n"
        "СОШ № 2                    6     150\n"
    )
    assert document.blocks[0].table is None
    assert document.tables[0].table is not None
    assert document.tables[0].table.column_headers == ["Организация", "Программ", "Детей"]


def test_group_titles_underlined_with_dashes_head_every_column_under_them() -> None:
    document = text_document(
        "Распределение по направленностям:\n\n"
        "                         Кол-во программ    из них в реестре     Кол-во\n"
        "  Направленность        ----------------   ------------------   детей,\n"
        "                         2024/25  2025/26   сертифиц.  значимых   чел.\n"
        "  ----------------------------------------------------------------------\n"
        "  техническая               27       34         9         11        742\n"
        "  художественная            61       64        12         26       1540\n"
        "  социально-гуманитарная    36       37         7         14        788\n"
        "  ----------------------------------------------------------------------\n"
        "  ИТОГО                    124      135        28         51       3070\n"
    )
    table = document.tables[0].table
    assert table is not None
    assert table.column_headers == [
        "Направленность",
        "Кол-во программ 2024/25",
        "Кол-во программ 2025/26",
        "из них в реестре сертифиц.",
        "из них в реестре значимых",
        "Кол-во детей, чел.",
    ]
    report = mocparse.parse_text("Отчет МОЦ за 2025/2026 учебный год\n\n" + document.text)
    counts = {(c.value, c.program_type) for c in report.program_counts}
    assert {(34, None), (9, "certified"), (11, "significant"), (135, "all"), (28, "certified")} <= counts
    assert not [q for q in report.quantities if q.value in {34, 64, 37, 135}]


def test_a_dash_underline_typed_beside_a_header_word_stretches_the_group_title_above_it() -> None:
    """The dashes under «в т.ч. по статусу» share their line with another header word
    («прогр. ------»): they are no text of any column, and the title heads every column under them."""
    document = text_document(
        "Свод по программам:\n\n"
        "                            ВСЕГО  в т.ч. по статусу        прошли   новые\n"
        "  Направленность            прогр. -----------------------  НОК     в 2025\n"
        "                                   сертиф.  значим.  ОВЗ*   (ед.)   (ед.)\n"
        "  ------------------------  ------ -------  -------  -----  ------  ------\n"
        "  техническая                  19      8       11       1      4       3\n"
        "  художественная               41     15       26       4      9       1\n"
        "  социально-гуманитарная       25      9       16       4      5       2\n"
        "  ------------------------  ------ -------  -------  -----  ------  ------\n"
        "  ИТОГО                        85     32       53       9     18       6\n"
    )
    table = document.tables[0].table
    assert table is not None
    assert table.column_headers == [
        "Направленность",
        "ВСЕГО прогр.",
        "в т.ч. по статусу сертиф.",
        "в т.ч. по статусу значим.",
        "в т.ч. по статусу ОВЗ*",
        "прошли НОК (ед.)",
        "новые в 2025 (ед.)",
    ]
    report = mocparse.parse_text("Информация МОЦ за 2025 год\n\n" + document.text)
    counts = {(c.value, c.program_type) for c in report.program_counts}
    assert {(85, "all"), (32, "certified"), (53, "significant"), (18, "qa_passed"), (26, "significant")} <= counts


def test_text_copied_out_of_a_pdf_loses_its_page_furniture_and_hyphenation() -> None:
    """Page numbers ("- 2 -") and the running header beside them on every page go; a paragraph the
    page broke joins again; words hyphenated at line ends are glued, compounds keep their hyphen."""
    document = text_document(
        "ОТЧЁТ\nо деятельности МОЦ за 2024 год\n\n"
        "В 2024 году в районе реализовывались 146 дополнительных обще-\n"
        "образовательных программ туристско-краеведческой и естественно-\n"
        "научной направленностей, а охват детей дополнительным образованием\n"
        "в возрасте от пяти до восемнадцати лет в районе в целом составил\n\n"
        "                                   - 2 -\n"
        "Отчёт МОЦ Кедровского муниципального района за 2024 год\n\n"
        "78,2 %. Методист Гор-\nбунов А.И. провёл 14 семинаров.\n\n"
        "                                   - 3 -\n"
        "Отчёт МОЦ Кедровского муниципального района за 2024 год\n\n"
        "Сертификаты получили 2 904 ребёнка.\n"
    )
    texts = [document.block_text(block) for block in document.blocks]
    assert not any("- 2 -" in text or "Кедровского" in text for text in texts)
    assert (
        "В 2024 году в районе реализовывались 146 дополнительных общеобразовательных программ "
        "туристско-краеведческой и естественнонаучной направленностей, а охват детей дополнительным "
        "образованием в возрасте от пяти до восемнадцати лет в районе в целом составил 78,2 %. "
        "Методист Горбунов А.И. провёл 14 семинаров."
    ) in texts
    assert texts[-1] == "Сертификаты получили 2 904 ребёнка."


def test_a_table_of_words_typed_with_spaces_keeps_its_wrapped_cells_in_their_rows() -> None:
    document = text_document(
        "Основные мероприятия МОЦ\n\n"
        "№    Мероприятие                          Срок          Ответственный      Результат\n"
        "________________________________________________________________________________\n"
        "1    Приёмная кампания в Навигаторе       август –      Рябова Д.А.        выполнено,\n"
        "                                          сентябрь                         1 184 заявки\n"
        "2    Семинары для педагогов               по графику    Осина М.С.         14 меро-\n"
        "                                                                           приятий\n"
        "3    Летняя профильная смена              июнь          Зайцева Т.В.       127 детей\n"
        "     «Инженерная мастерская»\n"
        "\n"
        "Проведенные     мероприятия     и     результаты     их     реализации\n"
        "В 2024 году проводились совещания руководителей.\n"
    )
    tables = [block.table for block in document.blocks if block.table is not None]
    assert len(tables) == 1 and tables[0] is not None
    assert [tables[0].row_texts(row) for row in tables[0].body_rows] == [
        ["1", "Приёмная кампания в Навигаторе", "август – сентябрь", "Рябова Д.А.", "выполнено, 1 184 заявки"],
        ["2", "Семинары для педагогов", "по графику", "Осина М.С.", "14 мероприятий"],
        ["3", "Летняя профильная смена «Инженерная мастерская»", "июнь", "Зайцева Т.В.", "127 детей"],
    ]
    report = mocparse.parse_text("План работы МОЦ на 2024 год\n\n" + document.text)
    assert [(a.number, a.responsible) for a in report.activities] == [
        ("1", ["Рябова Д.А."]),
        ("2", ["Осина М.С."]),
        ("3", ["Зайцева Т.В."]),
    ]


def test_a_header_whose_last_cell_wraps_over_the_value_columns_stays_a_header() -> None:
    """A second header line standing over the figures ("сертификатам" under "в т.ч. по") belongs to the
    header: it is no wrapped label of the first row, and the first rows of figures are no header."""
    text = (
        "Сводка по направленностям\n\n"
        "  Направленность        Программ   Записей*   в т.ч. по\n"
        "                                              сертификатам\n"
        "  Техническая                 11        402        130\n"
        "  Художественная              25        915        288\n"
        "  Социально-гуманитарная      17        560        141\n"
        "  Итого                       53      1 877        559\n"
    )
    (table,) = [block.table for block in text_document(text).blocks if block.table is not None]
    rows = [table.row_texts(row) for row in table.rows]
    assert rows[0] == ["Направленность", "Программ", "Записей*", "в т.ч. по сертификатам"]
    assert rows[1] == ["Техническая", "11", "402", "130"]
    assert rows[-1] == ["Итого", "53", "1 877", "559"]
    assert len(rows) == 5
