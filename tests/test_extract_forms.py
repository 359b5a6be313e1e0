"""Written forms met on unseen documents (slides, site pages, statistics exports, indicator reports):
arrows between an earlier and a later value, a plan said in brackets, a breakdown set off by commas,
comparisons inside one item of a list, headers cut short or carrying a bare note mark, section rows
of indicator tables. Sentences and tables written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import text_report

import mocparse
from mocparse.records import Report

HEAD = "Отчёт о работе МОЦ Заозёрного муниципального округа за 2024 год\n\n"
DATA = Path(__file__).resolve().parent / "data" / "pdf_layout"


def counts(text: str) -> list[tuple[int, str | None, str, int | None, tuple[int, int | None] | None]]:
    report = text_report(HEAD + text)
    return [
        (
            count.value,
            count.program_type,
            count.kind,
            count.part_of,
            (count.previous.value, count.previous.year) if count.previous else None,
        )
        for count in report.program_counts
    ]


def html_page(body: str) -> bytes:
    return f"<html><body><h1>Отчёт МОЦ Заозёрного муниципального округа за 2024 год</h1>{body}</body></html>".encode()


def html_report(body: str) -> Report:
    return mocparse.parse(html_page(body), name="page.html")


# -- comparisons


def test_an_arrow_makes_the_value_before_it_the_earlier_one() -> None:
    assert counts("Экспертизу прошли: 58 → 71 программа.") == [(71, "qa_passed", "actual", None, (58, None))]


def test_two_years_joined_by_an_arrow_date_the_earlier_value() -> None:
    assert counts("Программы в навигаторе, 2023 → 2024: 204 → 231 программа.") == [
        (231, "all", "actual", None, (204, 2023))
    ]
    report = text_report(HEAD + "Охват детей 5–18 лет, 2023 → 2024: 74,2 % → 77,5 %.")
    assert [(p.value, p.previous.value if p.previous else None) for p in report.percentages] == [(77.5, 74.2)]
    assert report.percentages[0].previous is not None and report.percentages[0].previous.year == 2023


def test_an_earlier_value_belongs_to_its_own_item_of_a_list() -> None:
    assert counts("Программ в навигаторе: 128, годом ранее — 117; новых программ — 19.") == [
        (128, "all", "actual", None, (117, 2023)),
        (19, "new", "actual", None, None),
    ]


def test_parts_by_year_of_a_total_are_no_earlier_values() -> None:
    report = text_report(
        HEAD + "Объём финансирования: всего 148 632,5 тыс. рублей, в том числе по годам: 2024 год — 27 418,3 тыс. "
        "рублей; 2025 год — 29 106,7 тыс. рублей; 2026 год — 30 244,0 тыс. рублей."
    )
    values = {quantity.value for quantity in report.quantities}
    assert {148632500.0, 27418300.0, 29106700.0, 30244000.0} <= values


# -- plans said beside the value


def test_a_plan_in_brackets_leaves_the_value_achieved() -> None:
    assert counts("Реестр сертифицированных программ: 64 (план — 60).") == [
        (64, "certified", "actual", None, None),
        (60, "certified", "target", None, None),
    ]
    assert counts("Сертифицированных программ — 64 (при плане 60).") == [
        (64, "certified", "actual", None, None),
        (60, "certified", "target", None, None),
    ]


# -- what types a count


def test_a_breakdown_set_off_by_commas_without_a_number_does_not_type_the_count() -> None:
    assert counts("Адаптированных программ – 15, краткосрочных программ, в том числе летних, – 26.") == [
        (15, "adapted", "actual", None, None),
        (26, "short_term", "actual", None, None),
    ]


def test_opening_enrolment_is_no_new_program() -> None:
    found = counts("В навигаторе на сегодня открыта запись на 164 программы, из них 58 — по сертификатам.")
    assert found[0] == (164, "all", "actual", None, None)


def test_programs_revised_in_an_assessment_were_sent_back() -> None:
    assert counts("По итогам экспертизы доработаны 6 программ, остальные 30 получили положительное заключение.")[0] == (
        6,
        "qa_failed",
        "actual",
        None,
        None,
    )


# -- table headers


_STATISTICS = (
    "<table><tr><th rowspan='2'>Организация</th><th colspan='3'>Количество программ, ед.</th>"
    "<th rowspan='2'>Использовано сертификатов ПФДО, шт.</th></tr>"
    "<tr><th>Всего<sup>1</sup></th><th>В реестре сертифициров.</th><th>из них по сертификатам</th></tr>"
    "<tr><td>МБОУ «Заозёрная СОШ № 1»</td><td>14</td><td>5</td><td>4</td><td>96</td></tr>"
    "<tr><td>МБОУ «Заозёрная СОШ № 2»</td><td>11</td><td>3</td><td>2</td><td>71</td></tr>"
    "<tr><td>Итого по округу</td><td>25</td><td>8</td><td>6</td><td>167</td></tr></table>"
    "<p>1 Программы, опубликованные в навигаторе.</p>"
)


def test_a_bare_note_mark_stays_off_the_header_word() -> None:
    document = mocparse.read(html_page(_STATISTICS), name="page.html")
    table = next(block.table for block in document.blocks if block.table is not None)
    assert "Всего" in table.column_headers[1] and "Всего1" not in table.column_headers[1]
    typed = {(c.value, c.program_type) for c in html_report(_STATISTICS).program_counts}
    # an organization's "Всего" is its part of the total, typed by nothing of its own
    assert {(14, None), (11, None), (25, "all")} <= typed


def test_a_word_cut_short_in_a_header_still_names_the_stage() -> None:
    typed = {(c.value, c.program_type) for c in html_report(_STATISTICS).program_counts}
    assert {(5, "certified"), (3, "certified"), (8, "certified")} <= typed


def test_a_column_of_certificates_counts_certificates_not_programs() -> None:
    report = html_report(_STATISTICS)
    assert {(q.value, q.unit) for q in report.quantities} >= {(96.0, "сертификат"), (71.0, "сертификат")}
    assert not {c.value for c in report.program_counts} & {96, 71, 167}
    # "из них по сертификатам": programs run on certificates, still programs
    assert {(4, "certified"), (2, "certified")} <= {(c.value, c.program_type) for c in report.program_counts}


def test_section_rows_of_an_indicator_table_do_not_hide_its_columns() -> None:
    report = html_report(
        "<table><tr><th rowspan='2'>№ п/п</th><th rowspan='2'>Показатель</th><th rowspan='2'>Ед. изм.</th>"
        "<th colspan='2'>2024 год</th></tr><tr><th>план</th><th>факт</th></tr>"
        "<tr><td colspan='5'>Раздел 1. Содержание программ</td></tr>"
        "<tr><td>1.1.</td><td>Количество программ, размещённых в навигаторе, всего</td><td>ед.</td>"
        "<td>240</td><td>236</td></tr>"
        "<tr><td>1.1.1.</td><td>в т.ч. реализуемые в сетевой форме</td><td>ед.</td><td>12</td><td>14</td></tr>"
        "<tr><td colspan='5'>Раздел 2. Кадры</td></tr>"
        "<tr><td>2.1.</td><td>Численность педагогов, прошедших курсы</td><td>чел.</td><td>40</td><td>27</td></tr>"
        "</table>"
    )
    assert {(c.value, c.program_type, c.kind) for c in report.program_counts} >= {
        (240, "all", "target"),
        (236, "all", "actual"),
        (12, "network", "target"),
        (14, "network", "actual"),
    }
    assert all(q.subject is None or not q.subject.startswith(("1.", "2.")) for q in report.quantities)


def test_a_date_without_a_year_takes_the_one_year_its_table_writes() -> None:
    report = html_report(
        "<p>Задачи на 2025 год.</p><table><tr><th>Мероприятие</th><th>Срок</th><th>Ответственный</th></tr>"
        "<tr><td>Мониторинг охвата</td><td>I квартал</td><td>Петрова А. А.</td></tr>"
        "<tr><td>Семинар для педагогов</td><td>до 10.04.2025</td><td>Петрова А. А.</td></tr></table>"
    )
    quarter = next(date for date in report.dates if "квартал" in date.text)
    assert (quarter.start, quarter.end) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))


# -- organizations


def test_a_municipality_after_an_organization_name_belongs_to_it() -> None:
    report = text_report(HEAD + "Исполнитель — МБУ ДО «ЦДТ» Заозёрного муниципального округа, тел. 2-17-45.")
    assert [o.name for o in report.organizations] == ["МБУ ДО «ЦДТ» Заозёрного муниципального округа"]


# -- PDF layout


def test_a_centred_bold_title_does_not_take_the_paragraph_under_it() -> None:
    # the first line of the paragraph starts exactly under the title's last centred line
    document = mocparse.read(DATA / "centred_title.pdf")
    texts = [document.block_text(block) for block in document.blocks]
    assert texts[0].endswith("по итогам 2024/2025 учебного года")
    assert texts[1].startswith("Опорный центр дополнительного образования детей округа работает")


# -- dates


def test_a_month_in_a_feed_of_dated_posts_takes_the_year_of_its_post() -> None:
    report = text_report(
        "Новости МОЦ Заозёрного округа\n\nВ 2024 году центр открыл набор в объединения.\n\n"
        "2 сен 2025 в 10:15\n\nЗа август выдано 214 новых сертификатов.\n\n"
        "3 окт 2025 в 12:05\n\nВ сентябре прошёл фестиваль, в октябре — семинар.\n"
    )
    found = {date.text.lower(): (date.start.year, date.start.month) for date in report.dates}
    assert found["август"] == (2025, 8)
    assert found["сентябре"] == (2025, 9) and found["октябре"] == (2025, 10)


def test_months_elapsed_written_in_words() -> None:
    report = text_report(HEAD + "По итогам девяти месяцев 2025 года плановые значения достигнуты по семи показателям.")
    spans = {(date.text, date.start, date.end) for date in report.dates}
    assert ("девяти месяцев 2025 года", dt.date(2025, 1, 1), dt.date(2025, 9, 30)) in spans


# -- persons


def test_a_signature_role_begun_on_the_line_above_goes_with_the_name() -> None:
    report = text_report(
        HEAD + "Начальник управления образования\n\nадминистрации Заозёрного округа ____________ Р.А. Тетерина\n\n"
        "Руководитель муниципального опорного центра,\n\n"
        "директор МБУ ДО «ЦДТ» Заозёрного округа ____________ С.Н. Журавлёв\n"
    )
    roles = {person.name: set(person.roles) for person in report.persons}
    assert roles["Журавлёв С.Н."] == {"директор", "руководитель МОЦ"}
    assert roles["Тетерина Р.А."] == {"начальник управления образования"}


def test_a_breakdown_in_the_caption_does_not_type_the_table() -> None:
    report = html_report(
        "<p>Всего организации округа разместили в навигаторе 61 программу, из них 19 новых.</p>"
        "<table><tr><th>Организация</th><th>Программ, ед.</th></tr>"
        "<tr><td>МБУ ДО «Заозёрный ЦДТ»</td><td>40</td></tr><tr><td>МБОУ «Заозёрная СОШ»</td><td>21</td></tr>"
        "<tr><td>Итого</td><td>61</td></tr></table>"
    )
    typed = {(c.value, c.program_type) for c in report.program_counts if c.rule == "program_counts.table"}
    assert typed == {(40, None), (21, None), (61, "all")}


def test_a_plan_in_brackets_after_the_program_noun_is_a_count() -> None:
    assert counts("Плановое значение по числу сетевых программ (не менее 10) выполнено.") == [
        (10, "network", "target", None, None)
    ]
    report = text_report(HEAD + "Плановое значение по числу сетевых программ (не менее 10) выполнено.")
    assert report.program_counts[0].qualifier == "не менее"


def test_a_plan_value_in_quotes_is_a_value_not_a_name() -> None:
    report = text_report(HEAD + "Доля детей, имеющих сертификат ПФДО, составила 31,4 % при плане «не менее 30 %».")
    assert [(p.value, p.kind) for p in report.percentages] == [(31.4, "actual"), (30.0, "target")]
    contest = text_report(HEAD + "Проведён фестиваль «Сто процентов» для 120 участников.")
    assert not contest.percentages


def test_a_goal_is_a_target() -> None:
    report = text_report(HEAD + "Охват составил 81,2 %. Региональная цель на 2025 год — 80 %.")
    assert [(p.value, p.kind) for p in report.percentages] == [(81.2, "actual"), (80.0, "target")]


def test_stacked_lines_of_a_cell_beside_stacked_values_are_rows_of_their_own() -> None:
    body = (
        "<table><tr><th>Наименование показателя</th><th>Значение</th></tr>"
        "<tr><td>Общее количество программ в навигаторе, ед.</td><td>142</td></tr>"
        "<tr><td><p>из них по направленностям:</p><p>– художественная</p><p>– техническая</p>"
        "<p>– естественнонаучная</p></td><td><p>44</p><p>20</p><p>12</p></td></tr>"
        "<tr><td>Включено в реестр значимых программ</td><td>61</td></tr></table>"
    )
    document = mocparse.read(html_page(body), name="page.html")
    table = next(block.table for block in document.blocks if block.table is not None)
    assert [table.row_texts(row) for row in table.body_rows][1:5] == [
        ["из них по направленностям:", ""],
        ["– художественная", "44"],
        ["– техническая", "20"],
        ["– естественнонаучная", "12"],
    ]
    found = {(c.value, c.focus or c.program_type) for c in html_report(body).program_counts}
    assert {(142, "all"), (44, "arts"), (20, "technical"), (12, "natural_science"), (61, "significant")} <= found


def test_nouns_cut_short_in_a_monitoring_form_header() -> None:
    report = html_report(
        "<table><tr><th>Населённый пункт</th><th>Кол-во прогр.</th><th>Педаг. ДО, чел.</th></tr>"
        "<tr><td>с. Верхние Ложки</td><td>27</td><td>19</td></tr>"
        "<tr><td>п. Сосновый Мыс</td><td>19</td><td>13</td></tr>"
        "<tr><td>ИТОГО по округу</td><td>46</td><td>32</td></tr></table>"
    )
    assert {c.value for c in report.program_counts} == {27, 19, 46}
    assert {q.value for q in report.quantities} == {19.0, 13.0, 32.0}
    assert {q.unit for q in report.quantities} <= {"человек", "педагог"}


def test_columns_of_categories_under_a_count_of_programs_by_something() -> None:
    report = html_report(
        "<table><tr><th rowspan='2'>Направленность</th><th colspan='2'>Количество программ по типам организаций</th>"
        "<th rowspan='2'>Всего</th></tr><tr><th>орг. доп. образования</th><th>общеобраз. школы</th></tr>"
        "<tr><td>Техническая</td><td>14</td><td>22</td><td>36</td></tr>"
        "<tr><td>Художественная</td><td>26</td><td>19</td><td>45</td></tr>"
        "<tr><td>Итого</td><td>40</td><td>41</td><td>81</td></tr></table>"
    )
    typed = {(c.value, c.program_type, c.focus) for c in report.program_counts}
    assert {(14, None, "technical"), (26, None, "arts"), (40, None, None), (41, None, None), (81, "all", None)} <= typed
    assert not report.quantities


def test_an_item_of_a_list_in_one_sentence_keeps_its_own_words() -> None:
    found = counts(
        "Проблемы: 142 программы ещё не прошли НОК; доля педагогов, прошедших курсы, ниже ориентира (35 %); "
        "в детских садах реализуется лишь 25 программ."
    )
    assert found[1] == (25, "all", "actual", None, None)


def test_the_whole_of_a_partitive_takes_no_earlier_value() -> None:
    found = counts("НОК прошли 97 программ из 239 (40,6 %), тогда как в прошлом году таких программ было 71.")
    assert found[0] == (97, "qa_passed", "actual", 239, (71, 2023))


def test_the_headings_over_a_minutes_title_say_what_it_is_about() -> None:
    report = text_report(
        "Общественный совет по проведению независимой оценки качества программ\n\nПРОТОКОЛ № 3\n\n"
        "На оценку поступило 46 программ. Из них 14 краткосрочных.\n\n"
        "Направленность\tПредставлено\tРекомендовано\nТехническая\t9\t7\nХудожественная\t12\t8\n"
    )
    typed = {(c.value, c.program_type) for c in report.program_counts}
    assert {(46, "qa_submitted"), (14, "qa_submitted"), (7, "qa_passed"), (8, "qa_passed")} <= typed


def test_units_of_columns_under_a_titled_group_of_a_monitoring_form() -> None:
    report = html_report(
        "<table><tr><th rowspan='2'>Населённый пункт</th><th>Сертификаты ПФДО</th><th colspan='2'>Кадры</th></tr>"
        "<tr><th>Кол-во, шт.</th><th>Педаг. ДО, чел.</th><th>в т.ч. КПК*</th></tr>"
        "<tr><td>с. Верхние Ложки</td><td>146</td><td>19</td><td>5</td></tr>"
        "<tr><td>п. Сосновый Мыс</td><td>91</td><td>13</td><td>4</td></tr></table>"
    )
    units = {q.value: q.unit for q in report.quantities}
    assert units[146.0] == "сертификат" and units[91.0] == "сертификат"
    assert units[19.0] == "педагог" and units[5.0] == "педагог" and units[4.0] == "педагог"


def test_names_and_values_paired_by_slashes_are_rows_of_their_own() -> None:
    body = (
        "<table><tr><td>Организация, на базе которой создан МОЦ</td><td>МАУ ДО «Заозёрный ДДТ»</td></tr>"
        "<tr><td>Краткосрочные программы (до 72 ч.) / модульные программы, ед.</td><td>17 / 5</td></tr></table>"
    )
    typed = {(c.value, c.program_type) for c in html_report(body).program_counts}
    assert typed == {(17, "short_term"), (5, "modular")}


def test_roles_listed_after_a_phrase_that_is_no_role() -> None:
    report = text_report(
        HEAD + "Присутствовали члены совета:\n\n"
        "– Мартыненко Глеб Арсеньевич – заместитель председателя совета, директор МКУ «Центр инициатив»;\n\n"
        "– Касаткина В.Ю. – член совета, председатель районного совета родителей;\n\n"
        "– Сабурова Елизавета Назаровна – член совета, заведующая детской библиотекой.\n"
    )
    roles = {person.name: person.roles for person in report.persons}
    assert roles == {
        "Мартыненко Г.А.": ["директор"],
        "Касаткина В.Ю.": ["председатель"],
        "Сабурова Е.Н.": ["заведующий"],
    }


def test_nouns_that_are_numbers() -> None:
    assert counts("Ещё десяток программ у нас сетевые.") == [(10, "network", "actual", None, None)]
    assert counts("Летом работало два десятка летних программ.") == [(20, "summer", "actual", None, None)]
    report = text_report(HEAD + "В навигаторе почти две сотни программ.")
    assert [(c.value, c.qualifier) for c in report.program_counts] == [(200, "почти")]


def test_a_value_replaced_is_the_earlier_one_or_the_plan() -> None:
    assert counts("Социально-гуманитарных программ стало 46 вместо 41.") == [(46, None, "actual", None, (41, None))]
    assert counts(
        "По сетевым программам плановое значение не достигнуто: реализовано семь программ вместо восьми."
    ) == [
        (7, "network", "actual", None, None),
        (8, "network", "target", None, None),
    ]


def test_a_participle_of_a_stage_only_programs_go_through_counts_programs() -> None:
    assert counts("Всего 163 программы. Из них сертифицированных – 48, прошедших НОК – 71.") == [
        (163, "all", "actual", None, None),
        (48, "certified", "actual", 163, None),
        (71, "qa_passed", "actual", 163, None),
    ]
    report = text_report(HEAD + "Средний балл по итогам экспертизы – 41,7.")
    assert not report.program_counts


def test_a_unit_cell_of_a_count_and_its_share_counts_in_its_first_unit() -> None:
    report = html_report(
        "<table><tr><th>№ п/п</th><th>Показатель</th><th>Единица измерения</th><th>Значение</th></tr>"
        "<tr><td colspan='4'>1. Образовательная деятельность</td></tr>"
        "<tr><td>1.1</td><td>Общая численность учащихся</td><td>человек</td><td>1846</td></tr>"
        "<tr><td>1.2</td><td>Численность/удельный вес численности учащихся с ОВЗ</td><td>человек/%</td>"
        "<td>58/3,1</td></tr></table>"
    )
    assert {(q.value, q.unit) for q in report.quantities} >= {(1846.0, "человек"), (58.0, "человек")}
    assert all(q.unit != "вес" for q in report.quantities)
