"""Program counts and quantities: sentences written for these tests, not from the samples."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import text_report

import mocparse
from mocparse import parse
from mocparse.records import PreviousValue

HEAD = "Отчет о работе МОЦ Заозерного городского округа за 2024 год\n\n"


def counts(sentence: str) -> list[tuple[int, str | None, int | None, object, str | None]]:
    report = text_report(HEAD + sentence)
    return [
        (
            c.value,
            c.program_type,
            c.part_of,
            (c.previous.value, c.previous.year) if c.previous else None,
            c.qualifier,
        )
        for c in report.program_counts
    ]


PROGRAM_CASES = [
    ("В Навигаторе опубликовано 2 371 программа.", [(2371, "all", None, None, None)]),
    ("Реализуются 14 сетевых программ (в 2023 – 9).", [(14, "network", None, (9, 2023), None)]),
    (
        "Количество адаптированных программ для детей с ОВЗ составило 27, в 2023 году таких программ было 19.",
        [(27, "adapted", None, (19, 2023), None)],
    ),
    ("Разработано четыре краткосрочные программы.", [(4, "short_term", None, None, None)]),
    ("Внедрено не менее 40 модульных программ.", [(40, "modular", None, None, "не менее")]),
    (
        "Всего 310 программ, в т.ч. 45 дистанционных программ и 12 программ для сельских школ.",
        [(310, "all", None, None, None), (45, "distance", 310, None, None), (12, "rural", 310, None, None)],
    ),
    (
        "На экспертизу направлено 88 программ. Из них 70 прошли экспертизу.",
        [(88, "qa_submitted", None, None, None), (70, "qa_passed", 88, None, None)],
    ),
    (
        "Программ летнего отдыха (ЛОК) – 16, столько же, как и в 2023 году.",
        [(16, "summer", None, (16, 2023), None)],
    ),
    (
        "В 2024 году организовано 3 заочные школы по 5 программам заочных школ.",
        [(5, "correspondence_school", None, None, None)],
    ),
    ("Число участников конкурса выросло на 12 человек.", []),
    ("Программа «Юный эколог» рассчитана на 2 года.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PROGRAM_CASES, ids=[f"case{i}" for i in range(len(PROGRAM_CASES))])
def test_program_counts(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert counts(sentence) == expected


QUANTITY_CASES = [
    ("В округе 28 628 человек в возрасте от 5 до 18 лет.", [(28628.0, "человек", None)]),
    ("Выдано свыше 2,2 тысячи сертификатов.", [(2200.0, "сертификат", "свыше")]),
    ("Номинал сертификата составляет 12 000 рублей.", [(12000.0, "рубль", None)]),
    (
        "Проведено 15 консультаций и 3 семинара, заключено 11 соглашений.",
        [(15.0, "консультация", None), (3.0, "семинар", None), (11.0, "соглашение", None)],
    ),
    ("В 17-ти ОО созданы новые места.", [(17.0, "организация", None)]),
    ("Приняли участие трое экспертов.", [(3.0, "эксперт", None)]),
    ("Для прохождения НОК нужно набрать 25 и более баллов.", [(25.0, "балл", "не менее")]),
    ("На базе школы № 12 открыт кружок для 5-7 классов.", []),
    ("Заседания: совещания (4), вебинары (9).", [(4.0, "совещание", None), (9.0, "вебинар", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUANTITY_CASES, ids=[f"case{i}" for i in range(len(QUANTITY_CASES))])
def test_quantities(sentence: str, expected: list[tuple[object, ...]]) -> None:
    report = text_report(HEAD + sentence)
    assert [(q.value, q.unit, q.qualifier) for q in report.quantities] == expected


def test_year_columns_give_one_fact_per_row_with_the_earlier_year_as_previous() -> None:
    report = text_report(
        HEAD
        + "Показатель\t2023\t2024\nКоличество программ в сетевой форме, ед.\t9\t14\nЧисло организаций, ед.\t30\t32\n"
    )
    assert [(c.value, c.program_type, c.year, c.previous) for c in report.program_counts] == [
        (14, "network", 2024, PreviousValue(value=9, year=2023)),
    ]
    assert [(q.value, q.year, q.previous) for q in report.quantities] == [
        (32.0, 2024, PreviousValue(value=30, year=2023))
    ]


def test_parts_that_do_not_add_up_become_a_warning() -> None:
    report = text_report(HEAD + "Реализовано 20 сетевых программ, из них: 8 программ со школами, 7 программ с музеями.")
    codes = [warning.code for warning in report.warnings]
    assert "parts_do_not_add_up" in codes


def test_quantity_breakdown_lines_are_checked_against_the_total() -> None:
    adds_up = text_report(
        HEAD + "В округе 6 организаций, реализующих программы:\n\n2 организации дополнительного образования;\n\n"
        "4 общеобразовательные организации.\n"
    )
    assert [w.code for w in adds_up.warnings] == []
    does_not = text_report(
        HEAD + "В округе 7 организаций, реализующих программы:\n\n2 организации дополнительного образования;\n\n"
        "4 общеобразовательные организации.\n"
    )
    assert [w.code for w in does_not.warnings] == ["parts_do_not_add_up"]
    assert "2 + 4 = 6" in does_not.warnings[0].message


# --- meaning on unseen text: list labels, shares with their counts, references, coordination, aspect


def _count_rows(text: str) -> list[tuple[int, str | None, str | None, str, int | None]]:
    report = text_report(HEAD + text)
    return [(c.value, c.program_type, c.focus, c.kind, c.part_of) for c in report.program_counts]


def test_list_items_with_elliptic_labels_count_what_the_lead_in_names() -> None:
    text = (
        "Среди программ, размещённых в Навигаторе:\n"
        "- модульных – 17 (годом ранее – 12);\n"
        "- реализуемых в сетевой форме – 6;\n"
        "- реализуемых с использованием дистанционных технологий – 8;\n"
        "- краткосрочных (до двух месяцев) – 21.\n"
    )
    found = {(value, kind) for value, kind, *_ in _count_rows(text)}
    assert found == {(17, "modular"), (6, "network"), (8, "distance"), (21, "short_term")}


def test_a_list_without_a_lead_in_about_programs_gives_no_counts() -> None:
    text = "Среди участников семинаров:\n- заместителей директоров – 14;\n- методистов – 9.\n"
    assert _count_rows(text) == []


def test_counts_in_a_bracket_after_a_share_count_its_part_and_its_whole() -> None:
    text = "Доля сетевых программ в общем числе программ округа выросла до 7,5 % (15 из 200)."
    rows = {(value, kind) for value, kind, *_ in _count_rows(text)}
    assert rows == {(15, "network"), (200, "all")}


def test_two_focuses_joined_by_and_leave_the_count_without_a_focus() -> None:
    text = "Программ художественной и социально-гуманитарной направленностей – 64."
    assert _count_rows(text) == [(64, None, None, "actual", None)]


def test_numbers_of_tables_figures_and_sections_are_no_counts() -> None:
    text = "Число программ по направленностям приведено в таблице 3 и на рис. 2, подробнее – в разделе 4."
    assert _count_rows(text) == []


def test_a_verb_of_both_aspects_in_the_present_is_no_plan() -> None:
    text = "Сетевых программ 11: шесть из них реализуются со школами, пять – с музеями."
    assert {kind for *_, kind, _ in _count_rows(text)} == {"actual"}


def test_a_future_auxiliary_before_a_participle_makes_a_target() -> None:
    assert _count_rows("В 2026 году будут разработаны 4 модульные программы.") == [(4, "modular", None, "target", None)]


def test_values_said_beside_an_earlier_share_keep_that_period() -> None:
    report = text_report(
        "План работы МОЦ на 2025/2026 учебный год\n\n"
        "Охват детей 5–18 лет дополнительным образованием – не менее 81 % (на 01.09.2025 – 79,4 %, "
        "т.е. 6 120 из 7 708 детей)."
    )
    (share,) = report.percentages
    assert (share.value, share.kind) == (81, "target")
    assert share.previous is not None and (share.previous.value, share.previous.year) == (79.4, 2025)
    assert {(q.value, q.kind, q.year) for q in report.quantities} == {(6120, "actual", 2025), (7708, "actual", 2025)}


def test_a_number_right_after_a_partitive_whole_is_its_part() -> None:
    rows = _count_rows("Из 31 возвращённой программы 22 были доработаны и в ноябре повторно поданы на экспертизу.")
    assert (22, "qa_submitted", None, "actual", 31) in rows


def test_a_change_on_the_way_to_the_value_does_not_cut_its_clause() -> None:
    rows = _count_rows("Число модульных программ увеличилось на 4 и достигло 26.")
    assert [(value, kind) for value, kind, *_ in rows] == [(26, "modular")]


def test_a_year_in_a_change_bracket_is_not_the_values_year() -> None:
    report = text_report(HEAD + "В Навигаторе размещено 188 программ (на 14 больше, чем в 2023 году).")
    (count,) = report.program_counts
    assert count.year != 2023
    assert count.previous is not None and (count.previous.value, count.previous.year) == (174, 2023)


def test_labels_after_a_lead_in_about_направленности_count_programs() -> None:
    text = "По направленностям они распределяются так: техническая – 18, туристско-краеведческая – 7."
    assert [(value, focus) for value, _, focus, *_ in _count_rows(text)] == [(18, "technical"), (7, "tourism")]


def test_a_sentence_that_compares_itself_is_no_earlier_value_of_the_one_before() -> None:
    text = (
        "Одновременно 9 программ сняты с публикации.\n\n"
        "В реестр сертифицированных программ включено 88 программ, тогда как в 2023 году их было 70."
    )
    rows = _count_rows(text)
    assert (88, "certified", None, "actual", None) in rows
    report = text_report(HEAD + text)
    nine = next(c for c in report.program_counts if c.value == 9)
    assert nine.previous is None


def test_a_task_with_a_second_infinitive_keeps_its_own_stage() -> None:
    report = text_report(
        "План работы МОЦ на 2025 год\n\n"
        "Организовать экспертизу не менее 45 программ и обеспечить долю программ, прошедших экспертизу, не ниже 80 %."
    )
    (count,) = report.program_counts
    assert (count.value, count.program_type, count.kind) == (45, "qa_submitted", "target")


def test_stage_columns_under_an_assessment_caption_count_programs(tmp_path: Path) -> None:
    html = (
        "<html><body><p>Справка о результатах экспертизы за 2025 год</p>"
        "<p>Таблица 1. Итоги экспертизы по типам организаций</p><table>"
        "<tr><th>Тип организации</th><th>Представлено</th><th>Прошли</th></tr>"
        "<tr><td>Школы</td><td>40</td><td>33</td></tr>"
        "<tr><td>Детские сады</td><td>12</td><td>9</td></tr>"
        "<tr><td>Всего</td><td>52</td><td>42</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "spravka.html"
    path.write_text(html, encoding="utf-8")
    report = parse(path)
    found = {(c.value, c.program_type) for c in report.program_counts}
    assert {(40, "qa_submitted"), (33, "qa_passed"), (52, "qa_submitted"), (42, "qa_passed")} <= found


def test_a_breakdown_lead_in_list_is_part_of_the_count_before_it() -> None:
    text = (
        "В реестр социально значимых программ вошли 96 программ против 80 годом ранее. Из них по направленностям:\n"
        "1. техническая – 21;\n"
        "2. художественная – 30.\n"
    )
    rows = _count_rows(text)
    assert (21, "significant", "technical", "actual", 96) in rows
    assert (30, "significant", "arts", "actual", 96) in rows


def test_an_aside_in_brackets_does_not_type_the_count() -> None:
    text = "В реестр программ социального заказа (ранее – реестр сертифицированных программ) включены 77 программ."
    assert [(value, kind) for value, kind, *_ in _count_rows(text)] == [(77, "significant")]


def test_a_plan_in_the_bracket_restates_the_count_and_the_earlier_year_still_counts() -> None:
    report = text_report(
        HEAD + "В реестр сертифицированных программ включены 93 программы (план – 90, в 2023 году – 71)."
    )
    counts = {(c.value, c.program_type, c.kind) for c in report.program_counts}
    assert counts == {(93, "certified", "actual"), (90, "certified", "target")}
    actual = next(c for c in report.program_counts if c.value == 93)
    assert actual.previous is not None and (actual.previous.value, actual.previous.year) == (71, 2023)


def test_an_earlier_day_in_the_bracket_is_the_previous_even_within_the_report_year() -> None:
    report = text_report(HEAD + "По состоянию на 31.12.2024 опубликовано 301 программа (на 01.01.2024 – 277).")
    (count,) = report.program_counts
    assert count.previous is not None and (count.previous.value, count.previous.year) == (277, 2024)


def test_items_under_a_partitive_lead_in_are_parts_of_the_count_before() -> None:
    text = "В Навигаторе опубликовано 205 программ. Из общего количества:\n- модульных – 12;\n- сетевых программ – 7.\n"
    rows = _count_rows(text)
    assert (12, "modular", None, "actual", 205) in rows and (7, "network", None, "actual", 205) in rows


def test_phones_times_attachments_and_page_furniture_are_no_quantities() -> None:
    report = text_report(
        HEAD + "Отдел образования, тел./факс (41234) 3-15-20, тел. 8 (81234) 5-16-27. Приложение на 3 л. в 1 экз.\n\n"
        "Время проведения: 15.00 – 17.30, начало в 9:30.\n\nПросмотров: 2 418 · Олег Тимофеев\n"
    )
    assert report.quantities == [] and report.program_counts == []


def test_a_caption_label_is_not_the_unit_of_a_table() -> None:
    html = (
        "<html><body><p>Отчёт за 2024 год</p><p>Таблица 2. Финансирование сертификатов, тыс. руб.</p><table>"
        "<tr><th>Источник</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>Местный бюджет</td><td>5 100,0</td><td>6 250,5</td></tr></table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="fin.html")
    assert {q.unit for q in report.quantities} == {"рубль"}
    assert 6250500 in {q.value for q in report.quantities}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the later value of "в 2023 году – N, в 2024 году – M" names no noun: it counts what the earlier one counts
        ("В 2023 году сетевых программ было 12, в 2024 году – 17.", [(17, "network", None, (12, 2023), None)]),
        ("Адаптированных программ в 2023 году было две, в 2024 году – семь.", [(7, "adapted", None, (2, 2023), None)]),
        # an earlier clause without a year, then one of the current period
        (
            "В прошлом году модульных программ на экспертизу поступило три, в этом – восемь.",
            [(8, "qa_submitted", None, (3, 2023), None)],  # the stage before the form (annotation guide)
        ),
        # the compared value heads its clause, not the organisations it came from
        (
            "На экспертизу поступило 64 программы из 18 организаций – на 11 больше, чем в прошлом году.",
            [(64, "qa_submitted", None, (53, 2023), None)],
        ),
    ],
)
def test_comparisons_in_two_clauses(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert counts(sentence) == expected


def test_several_earlier_years_in_the_next_sentence_give_the_latest_as_previous() -> None:
    rows = counts(
        "В реестр сертифицированных программ включено 142 программы из 390. "
        "В 2023 году таких программ было 118 (31,0 % от 381), в 2022 году – 90 (25,4 % от 354)."
    )
    assert rows[0] == (142, "certified", 390, (118, 2023), None)  # a part of the 390 it is said of
    assert all(value not in {118, 90} for value, *_ in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Из них 58 программ можно оплатить социальным сертификатом.",
        "По социальным сертификатам реализуется 58 программ.",
        "За счёт социальных сертификатов обучение ведётся по 58 программам.",
    ],
)
def test_programs_paid_by_certificates_are_certified(sentence: str) -> None:
    assert [(value, kind) for value, kind, *_ in counts(sentence)] == [(58, "certified")]


def test_list_labels_with_an_audience_or_a_manner_lean_on_the_lead_in() -> None:
    rows = counts(
        "Программы распределяются по формам реализации следующим образом:\n"
        "- адаптированные для детей с ОВЗ и детей-инвалидов – 14;\n"
        "- с применением дистанционных образовательных технологий – 9;\n"
        "- разноуровневые – 31.\n"
    )
    assert [(value, kind) for value, kind, *_ in rows] == [(14, "adapted"), (9, "distance"), (31, "multilevel")]


def test_a_label_naming_its_own_noun_is_no_program_count() -> None:
    rows = counts(
        "Программы реализуют организации разных типов:\n"
        "- общеобразовательные организации – 24;\n"
        "- дошкольные образовательные организации – 19.\n"
    )
    assert rows == []


def test_bare_brackets_after_the_first_earlier_bracket_are_earlier_values_of_its_year() -> None:
    rows = counts(
        "По направленностям программы распределились так: техническая – 41 (в 2023 году – 35), "
        "художественная – 64 (60), туристско-краеведческая – 12 (12)."
    )
    assert [(value, previous) for value, _, _, previous, _ in rows] == [
        (41, (35, 2023)),
        (64, (60, 2023)),
        (12, (12, 2023)),
    ]


def test_a_bare_bracket_without_an_earlier_one_is_no_previous() -> None:
    rows = counts("Сетевых программ – 14 (12), модульных – 9 (7).")
    assert all(previous is None for _, _, _, previous, _ in rows)


def test_a_part_keeps_the_assessment_stage_of_its_whole_unless_it_names_a_stage() -> None:
    rows = counts("Экспертная группа провела экспертизу 118 программ, в том числе 40 новых.")
    assert [(value, kind, part) for value, kind, part, *_ in rows] == [
        (118, "qa_submitted", None),
        (40, "qa_submitted", 118),
    ]
    rows = counts("Из 23 отклонённых программ 17 были доработаны и повторно направлены на экспертизу.")
    assert [(value, kind) for value, kind, *_ in rows] == [(23, "qa_failed"), (17, "qa_submitted")]


def test_the_number_of_programs_before_a_colon_is_counted_after_it() -> None:
    rows = counts("Заметно выросло число модульных программ, созданных вместе с музеем: было три, стало восемь.")
    assert rows == [(8, "modular", None, (3, None), None)]


def test_training_costs_are_funding_and_a_caption_keeps_its_first_word() -> None:
    html = (
        "<html><body><p>План работы МОЦ на 2025 год</p><p>Таблица. Объём финансирования мероприятий, тыс. руб.</p>"
        "<table><tr><th>Мероприятие</th><th>2025</th></tr>"
        "<tr><td>Повышение квалификации педагогов</td><td>214,0</td></tr>"
        "<tr><td>Приобретение оборудования</td><td>1 350,0</td></tr></table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="plan.html")
    money = {q.value: q for q in report.quantities if q.unit == "рубль"}
    assert money[214000].indicator == "funding"
    assert money[214000].subject.startswith("Объём финансирования")


def test_a_persons_name_is_never_what_a_number_counts() -> None:
    report = text_report(HEAD + "12.03.2024, 09:15 · Автор: Ольга Пестова · Просмотров: 2 031 · Комментарии (4)\n")
    assert report.quantities == [] and report.program_counts == []


def test_a_stage_in_a_bracket_after_a_count_is_a_part_of_it_and_types_only_itself() -> None:
    text = (
        "На экспертизу направлены: социально-гуманитарной – 19 программ (одобрены 16), "
        "туристско-краеведческой – 8 (одобрены 6)."
    )
    rows = _count_rows(text)
    assert (19, "qa_submitted", "social_humanitarian", "actual", None) in rows
    assert (16, "qa_passed", "social_humanitarian", "actual", 19) in rows
    assert (8, "qa_submitted", "tourism", "actual", None) in rows
    assert (6, "qa_passed", "tourism", "actual", 8) in rows


def test_a_share_in_brackets_does_not_end_the_clause_of_its_count() -> None:
    rows = counts("Экспертизу прошли 140 программ: 121 из них (86 %) получили положительное заключение.")
    assert (121, "qa_passed", 140, None, None) in rows


def test_earlier_values_said_together_in_a_bracket_pair_with_values_of_the_same_shape() -> None:
    report = text_report(
        HEAD + "На экспертизу поступило 64 программы из 9 школ (в 2023 году – 52 программы из 7 школ). "
        "Одобрены 57 программ, или 89,1 % от поступивших (годом ранее – 44 программы, 84,6 %)."
    )
    previous = {c.value: c.previous for c in report.program_counts}
    assert previous[64] == PreviousValue(value=52, year=2023)
    assert previous[57] == PreviousValue(value=44, year=2023)
    (share,) = report.percentages
    assert share.previous == PreviousValue(value=84.6, year=2023)
    assert {q.value: q.previous for q in report.quantities}[9] == PreviousValue(value=7, year=2023)


def test_rows_under_a_total_are_parts_even_when_the_column_says_all(tmp_path: Path) -> None:
    html = (
        "<html><body><p>Справка о дополнительном образовании за 2024 год</p>"
        "<p>Таблица 3. Программы по организациям</p><table>"
        "<tr><th rowspan='2'>Организация</th><th colspan='2'>Количество программ</th></tr>"
        "<tr><th>всего</th><th>из них сетевых</th></tr>"
        "<tr><td>МБУ ДО «Дом творчества»</td><td>44</td><td>3</td></tr>"
        "<tr><td>Общеобразовательные организации</td><td>61</td><td>5</td></tr>"
        "<tr><td>Итого</td><td>105</td><td>8</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="spravka.html")
    types = {c.value: (c.program_type, c.part_of) for c in report.program_counts}
    assert types[105] == ("all", None)
    assert types[44] == (None, 105) and types[61] == (None, 105)


def test_a_plan_states_the_present_as_actual_and_its_tasks_as_targets() -> None:
    report = text_report(
        "План работы МОЦ Заозерного городского округа на 2025/2026 учебный год\n\n"
        "В округе проживает 5 318 детей в возрасте от 5 до 18 лет. Программы реализуют 19 организаций. "
        "Провести 14 семинаров для педагогов. В 2026 году будут открыты 4 новых объединения.\n"
    )
    kinds = {q.value: q.kind for q in report.quantities}
    assert kinds[5318] == "actual" and kinds[19] == "actual"
    assert kinds[14] == "target" and kinds[4] == "target"


def test_planned_and_achieved_volumes_of_an_activity_table_count_what_each_activity_does() -> None:
    html = (
        "<html><body><p>Отчёт о выполнении дорожной карты МОЦ за 2025 год</p><table>"
        "<tr><th rowspan='2'>№</th><th rowspan='2'>Мероприятие</th><th rowspan='2'>Ответственный</th>"
        "<th colspan='2'>Итого за год</th></tr><tr><th>план</th><th>факт</th></tr>"
        "<tr><td>1</td><td>Проведение обучающих вебинаров для педагогов (ед.)</td><td>Лаптева О.В.</td>"
        "<td>6</td><td>8</td></tr>"
        "<tr><td>2</td><td>Консультирование родителей по вопросам ПФДО (ед.)</td><td>Сомова И.И.</td>"
        "<td>40</td><td>52</td></tr>"
        "<tr><td>3</td><td>Экспертиза дополнительных общеразвивающих программ (программ)</td><td>МОЦ</td>"
        "<td>25</td><td>27</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="dorkarta.html")
    quantities = {(q.value, q.unit, q.kind) for q in report.quantities}
    assert {(6, "вебинар", "target"), (8, "вебинар", "actual")} <= quantities
    assert {(40, "консультация", "target"), (52, "консультация", "actual")} <= quantities
    counts = {(c.value, c.program_type, c.kind) for c in report.program_counts}
    assert {(25, "qa_submitted", "target"), (27, "qa_submitted", "actual")} <= counts
    assert len(report.activities) == 3


def test_a_table_after_a_list_takes_its_subject_from_the_lead_in_of_the_list() -> None:
    text = (
        "В Навигаторе размещено 64 программы, из них:\n"
        "- новых – 9;\n"
        "- сетевых – 5;\n\n"
        "Направленность\tВсего\tНовые\n"
        "Техническая\t20\t4\n"
        "Художественная\t44\t5\n"
        "Итого\t64\t9\n"
    )
    rows = _count_rows(text)
    assert (20, None, "technical", "actual", 64) in rows and (44, None, "arts", "actual", 64) in rows


def test_a_plan_in_brackets_is_an_aside_the_parts_break_down_the_count_before_it() -> None:
    rows = _count_rows("Разработано 11 новых программ (план – 10), в том числе 4 художественной направленности.")
    assert (11, "new", None, "actual", None) in rows
    assert (10, "new", None, "target", None) in rows
    assert (4, "new", "arts", "actual", 11) in rows


def test_a_sentence_about_teachers_does_not_type_the_programs_of_the_next_one() -> None:
    rows = _count_rows(
        "Курсы прошли 31 педагог, из них 8 – по программам работы с детьми с ОВЗ. Разработано 12 новых программ."
    )
    assert (12, "new", None, "actual", None) in rows


def test_a_total_column_beside_its_part_column_does_not_take_the_captions_stage(tmp_path: Path) -> None:
    html = (
        "<html><body><p>Справка о реализации ПФДО за 2025 год</p>"
        "<p>Таблица 2. Исполнители услуг по социальному сертификату</p><table>"
        "<tr><th>Организация</th><th>Программ всего</th><th>в т.ч. по соц. сертификату</th></tr>"
        "<tr><td>МАУ ДО «Дом творчества»</td><td>40</td><td>18</td></tr>"
        "<tr><td>МБОУ «СОШ № 3»</td><td>11</td><td>4</td></tr>"
        "<tr><td>Итого</td><td>51</td><td>22</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="pfdo.html")
    types = {c.value: c.program_type for c in report.program_counts}
    assert types[40] is None and types[11] is None and types[51] == "all"
    assert types[18] == "certified" and types[4] == "certified" and types[22] == "certified"


def test_two_forms_of_one_count_give_the_one_listed_first() -> None:
    rows = counts("Для летних лагерей с дневным пребыванием подготовлено 26 краткосрочных программ.")
    assert rows == [(26, "summer", None, None, None)]


def test_an_abbreviation_after_a_count_noun_names_programs_in_a_table_row() -> None:
    html = (
        "<html><body><p>Паспорт МОЦ, 2025 год</p><table>"
        "<tr><th>Показатель</th><th>2024</th><th>2025</th></tr>"
        "<tr><td>Количество ДООП в Навигаторе, всего</td><td>170</td><td>176</td></tr>"
        "<tr><td>в т.ч. новых</td><td>12</td><td>15</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="pasport.html")
    assert {(c.value, c.program_type) for c in report.program_counts} >= {(176, "all"), (15, "new")}
    assert not [q for q in report.quantities if q.value in {176, 15}]


def test_programs_that_passed_an_assessment_named_by_a_participle() -> None:
    rows = counts("Количество программ, прошедших независимую оценку качества, составило 44.")
    assert [(value, kind) for value, kind, *_ in rows] == [(44, "qa_passed")]


def test_a_number_in_a_name_counts_nothing_and_a_place_before_a_count_does_not_stop_it() -> None:
    report = text_report(
        HEAD + "МОЦ Озерского округа | Допобразование 74\n\nНовых программ разработано и внесено в Навигатор 31.\n"
    )
    assert report.quantities == []
    assert [(c.value, c.program_type) for c in report.program_counts] == [(31, "new")]


def test_a_relative_clause_about_another_noun_does_not_type_the_count() -> None:
    rows = counts("В реестр вошли 54 программы шести исполнителей, среди которых впервые — частная школа.")
    assert rows == [(54, "all", None, None, None)]
    rows = counts("Разработано 9 программ, которые впервые размещены в Навигаторе.")
    assert [(value, kind) for value, kind, *_ in rows] == [(9, "new")]


_GROUPED_HEADER_TABLE = """<html><body><h1>Справка о реализации ПФДО в районе за 2025 год</h1>
<p>Таблица 1. Реализация ПФДО в разрезе организаций</p>
<table border=1>
<tr><th rowspan=2>№</th><th rowspan=2>Организация</th><th colspan=2>Контингент</th>
<th rowspan=2>Оплачено по сертификатам, тыс. руб.</th></tr>
<tr><th>Детей, чел.</th><th>Сертификатов, шт.</th></tr>
<tr><td>1</td><td>Центр детского творчества</td><td>1 250</td><td>640</td><td>1 820,5</td></tr>
<tr><td>2</td><td>Спортивная школа</td><td>870</td><td>310</td><td>905,0</td></tr>
<tr><td></td><td>Итого</td><td>2 120</td><td>950</td><td>2 725,5</td></tr>
</table></body></html>"""


def test_a_column_counts_what_its_lowest_header_names_and_money_is_no_stage_of_programs() -> None:
    report = mocparse.parse(_GROUPED_HEADER_TABLE.encode(), name="pfdo.html")
    units = [(quantity.value, quantity.unit) for quantity in report.quantities]
    # "Сертификатов, шт." under "Контингент" counts certificates, not the organizations of the caption;
    # "Детей, чел." counts children (a counted noun that names people says more than "чел.": person_units)
    assert units[:3] == [(1250, "ребёнок"), (640, "сертификат"), (1820500, "рубль")]
    assert [value for value, unit in units if unit == "рубль"] == [1820500, 905000, 2725500]
    assert not report.program_counts  # "Оплачено по сертификатам" is money, not certified programs


def test_items_that_open_with_a_figure_lean_on_the_whole_of_their_lead_in() -> None:
    report = text_report(
        HEAD + "Если говорить о формах реализации, то из 280 программ:\n"
        "– 12 сетевых (в прошлом году было 8);\n"
        "– 7 реализуются с применением дистанционных технологий;\n"
        "– 40 разноуровневых;\n"
        "– 19 краткосрочных программ для летних лагерей.\n"
    )
    found = [(count.value, count.program_type, count.part_of, count.kind) for count in report.program_counts]
    # "Если говорить …" is the speaker's condition: the whole is an achieved figure, not a plan
    assert found[0] == (280, None, None, "actual")
    assert found[1:] == [
        (12, "network", 280, "actual"),
        (7, "distance", 280, "actual"),
        (40, "multilevel", 280, "actual"),
        (19, "summer", 280, "actual"),
    ]
    assert report.program_counts[1].previous == PreviousValue(value=8, year=2023)


def test_a_short_unmarked_line_after_a_marked_list_ends_the_list() -> None:
    report = text_report(
        HEAD + "Для лагерей подготовлено 30 краткосрочных программ, по направленностям:\n"
        "– 11 программ технической направленности;\n– 19 художественных.\n"
        "12 мая 2024\n"
        "Итоги года в цифрах\n"
        "– Программ в Навигаторе — 250.\n"
    )
    last = report.program_counts[-1]
    assert (last.value, last.part_of) == (250, None)
    assert last.form != "summer"


def test_a_count_before_from_and_a_figure_is_a_part_of_that_whole() -> None:
    report = text_report(
        HEAD + "Школы включили в систему ПФДО 23 программы из 61. "
        "Слабее всего участвует Лесная школа (1 сертифицированная программа из 6)."
    )
    found = [(count.value, count.program_type, count.part_of) for count in report.program_counts]
    # the words of the part ("сертифицированная") do not type its whole
    assert found == [(23, "certified", 61), (61, None, None), (1, "certified", 6), (6, None, None)]


def test_a_part_said_before_its_whole_takes_the_earlier_value_of_the_next_sentence() -> None:
    report = text_report(
        HEAD + "В реестр сертифицированных программ включены 120 программ из 300 опубликованных. "
        "В 2023 году таких программ было 95."
    )
    part = report.program_counts[0]
    assert (part.value, part.part_of, part.previous) == (120, 300, PreviousValue(value=95, year=2023))
    assert [count.value for count in report.program_counts] == [120, 300]


def test_the_whole_of_a_part_at_an_assessment_stage_was_submitted() -> None:
    report = text_report(HEAD + "В школах экспертизу прошли 44 программы из 52 (84,6 %).")
    found = [(count.value, count.program_type, count.part_of) for count in report.program_counts]
    assert found == [(44, "qa_passed", 52), (52, "qa_submitted", None)]


def test_approved_and_executed_columns_and_a_reference_year_give_target_actual_and_its_previous() -> None:
    report = text_report(
        HEAD + "Исполнение средств на сертификаты, тыс. руб.\n\n"
        "Источник\tУтверждено\tИсполнено\tСправочно: 2023 г.\n"
        "Бюджет округа, всего\t9 500,0\t9 310,2\t8 100,0\n"
    )
    found = [(q.value, q.unit, q.kind, q.previous) for q in report.quantities]
    assert found == [
        (9500000, "рубль", "target", None),
        (9310200, "рубль", "actual", PreviousValue(value=8100000, year=2023)),
    ]


def test_a_row_label_that_states_its_unit_after_a_comma_is_an_indicator_row() -> None:
    report = text_report(
        HEAD + "Динамика показателей ПФДО\n\nПоказатель\t2023 г.\t2024 г.\n"
        "Оформлено сертификатов учёта, ед.\t4 900\t5 210\nНоминал сертификата, руб.\t6 200\t6 800\n"
    )
    found = [(q.value, q.unit, q.previous) for q in report.quantities]
    assert found == [
        (5210, "сертификат", PreviousValue(value=4900, year=2023)),
        (6800, "рубль", PreviousValue(value=6200, year=2023)),
    ]


def test_a_year_earlier_is_counted_from_the_topic_year_before_the_colon() -> None:
    report = mocparse.parse(
        "План работы МОЦ Лесного округа на 2026 год\n\n"
        "Итоги 2025 года, на которые опирается план: в Навигаторе размещено 96 программ (годом ранее – 88).\n".encode(),
        name="plan.txt",
    )
    (count,) = report.program_counts
    assert (count.value, count.previous) == (96, PreviousValue(value=88, year=2024))


_ABBREVIATED_FOCUS_TABLE = """<html><body><h1>Мониторинг программ на 01.10.2026</h1>
<table border=1>
<tr><th rowspan=2>Организация</th><th rowspan=2>Всего программ</th><th colspan=3>в т.ч. по направленностям</th></tr>
<tr><th>техн.</th><th>худ.</th><th>физк.- спорт.</th></tr>
<tr><td>Центр творчества</td><td>30</td><td>9</td><td>14</td><td>7</td></tr>
<tr><td>Итого</td><td>30</td><td>9</td><td>14</td><td>7</td></tr>
</table></body></html>"""


def test_abbreviated_focus_headers_type_the_counts_of_their_columns() -> None:
    report = mocparse.parse(_ABBREVIATED_FOCUS_TABLE.encode(), name="monitoring.html")
    focus = [(count.value, count.focus) for count in report.program_counts if count.focus]
    assert focus == [(9, "technical"), (14, "arts"), (7, "sports"), (9, "technical"), (14, "arts"), (7, "sports")]
    assert not report.quantities  # "техн." is no unit


def test_registration_codes_are_no_quantities_and_a_count_of_acts_in_people_counts_people() -> None:
    report = text_report(
        HEAD + "МБУ ДО «Центр творчества», ОКПО 02108634, ОГРН 1027000000000\n\n"
        "Показатель\t2023 г.\t2024 г.\nЧисло зачислений на программы, чел.\t3 100\t3 420\n"
        "Численность детей 5–18 лет, чел.\t5 020\t5 110\n"
    )
    assert [(q.value, q.unit) for q in report.quantities] == [(3420, "человек"), (5110, "ребёнок")]


def test_the_sentence_after_a_table_breaks_down_the_tables_total() -> None:
    report = text_report(
        HEAD + "Направленность\tКоличество программ, ед.\nтехническая\t46\nхудожественная\t71\nВсего\t117\n\n"
        "Из общего числа программ 9 реализуются в сетевой форме, 6 являются адаптированными.\n"
    )
    after = [(count.value, count.program_type, count.part_of) for count in report.program_counts[3:]]
    assert after == [(9, "network", 117), (6, "adapted", 117)]


def test_columns_of_a_year_before_a_plans_period_are_history_not_items() -> None:
    report = mocparse.parse(
        "План работы МОЦ Лесного округа на 2027 год\n\n"
        "Показатель\tПлан на 2026 год\tДостигнуто в 2026 году\n"
        "Сетевые программы, ед.\t8\t9\nАдаптированные программы, ед.\t12\t12\n\n"
        "В 2027 году довести число сетевых программ до 12.\n".encode(),
        name="plan.txt",
    )
    assert [(count.value, count.program_type, count.kind) for count in report.program_counts] == [
        (12, "network", "target")
    ]


def test_a_cell_of_several_numbers_read_as_one_is_no_number() -> None:
    from mocparse.extract.tables import cell_number

    assert cell_number("1 487 1 243 83,6") is None  # three cells of a misread table row, not 1 487 124 383,6
    assert (cell_number("12 345,6"), cell_number("2 371"), cell_number("11,4 (44)")) == (12345.6, 2371, 11.4)


_STAGE_TABLE = (
    "Количество программ по направленностям:\n\n"
    "| Направленность | Подано | Прошли | Не прошли |\n"
    "|---|---|---|---|\n"
    "| Техническая | 14 | 12 | 2 |\n"
    "| Художественная | 21 | 17 | 4 |\n"
    "| Итого | 35 | 29 | 6 |\n"
)


def test_stage_columns_of_a_document_about_quality_assessment_are_its_stages() -> None:
    """ "Подано | Прошли" say nothing of assessment by themselves; the title of a справка on НОК does."""
    title = "Аналитическая справка по итогам независимой оценки качества дополнительных программ в 2024 году\n\n"
    report = text_report(title + _STAGE_TABLE)
    found = {(c.value, c.program_type, c.focus) for c in report.program_counts}
    assert {(14, "qa_submitted", "technical"), (12, "qa_passed", "technical"), (4, "qa_failed", "arts")} <= found
    assert (35, "qa_submitted", None) in found


def test_stage_columns_of_an_annual_report_stay_untyped() -> None:
    report = text_report(HEAD + _STAGE_TABLE)
    assert not {c.program_type for c in report.program_counts} & {"qa_submitted", "qa_passed"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("На обеспечение сертификатов в бюджете округа предусмотрено 22,4 млн рублей.", "target"),
        ("Объём финансового обеспечения утверждён в сумме 13 560,0 тыс. руб.", "target"),
        ("Фактически израсходовано 12 841,6 тыс. руб.", "actual"),
        ("В штатном расписании МОЦ предусмотрено 3,5 ставки.", "actual"),
        ("Номинал сертификата утверждён в размере 9 200 рублей.", "actual"),
    ],
)
def test_amounts_set_aside_in_a_budget_are_targets(sentence: str, kind: str) -> None:
    (quantity,) = text_report(HEAD + sentence).quantities
    assert quantity.kind == kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a part that passed: the whole went through the assessment
            "Независимую оценку качества в 2024 году прошла 31 программа, из них 28 получили положительное заключение.",
            {(31, "qa_submitted", None), (28, "qa_passed", None)},
        ),
        (  # a stage after the assessment stays the part's own
            "Независимую оценку качества прошли 58 программ, из них 31 включена в реестр сертифицированных программ.",
            {(58, "qa_passed", None), (31, "certified", None)},
        ),
        (  # the whole said first, with its направленность after its noun
            "Из 40 программ художественной направленности не прошли оценку 7.",
            {(40, "qa_submitted", "arts"), (7, "qa_failed", "arts")},
        ),
        (  # stages that add up to the count before them are its parts
            "Экспертизу прошли 38 программ, положительное заключение получили 34, четыре направлены на доработку.",
            {(38, "qa_submitted", None), (34, "qa_passed", None), (4, "qa_failed", None)},
        ),
        (  # a number right after the group it is taken from
            "Среди заявленных программ 11 реализуются в сетевой форме, из них 9 прошли экспертизу.",
            {(11, "qa_submitted", None), (9, "qa_passed", None)},
        ),
    ],
)
def test_stages_of_wholes_and_parts(sentence: str, expected: set[tuple[int, str, str | None]]) -> None:
    assert {(value, kind, focus) for value, kind, focus, *_ in _count_rows(sentence)} == expected


def test_bare_numbers_of_a_parallel_list_take_the_unit_of_its_first_item() -> None:
    text = (
        "Основные причины отрицательных заключений: несоответствие содержания – 9 случаев; "
        "отсутствие оценочных материалов – 6; некорректно составленный учебный план – 4."
    )
    report = text_report(HEAD + text)
    assert [(q.value, q.unit) for q in report.quantities] == [(9, "случай"), (6, "случай"), (4, "случай")]
    other = text_report(HEAD + "В округе работают 12 школ; учреждений дополнительного образования – 3.")
    assert [(q.value, q.unit) for q in other.quantities] == [(12, "школа"), (3, "учреждение")]


def test_a_column_dated_earlier_in_the_year_is_the_previous_value_of_the_later_one() -> None:
    text = (
        "Информация о работе МОЦ за I полугодие 2026 года\n\n"
        "Количество программ по направленностям:\n\n"
        "| Направленность | на 01.01.2026 | на 01.07.2026 |\n|---|---|---|\n"
        "| техническая | 40 | 46 |\n| художественная | 68 | 71 |\n"
    )
    found = [(c.value, c.focus, c.previous.value if c.previous else None) for c in text_report(text).program_counts]
    assert found == [(46, "technical", 40), (71, "arts", 68)]
    plan_fact = (
        "Информация о работе МОЦ за 2026 год\n\n"
        "| Показатель | План на 2026 г. | Факт на 01.10.2026 |\n|---|---|---|\n"
        "| Всего программ в Навигаторе | 196 | 188 |\n"
        "| в том числе технической направленности | 31 | 29 |\n"
    )  # plan and fact of one year: both stay
    assert {29, 31} <= {c.value for c in text_report(plan_fact).program_counts}


def test_a_column_of_participants_in_a_table_about_programs_counts_people() -> None:
    html = (
        "<html><body><p>Программы по направленностям, 2025 год</p><table>"
        "<tr><th>Направленность</th><th>Программ</th><th>из них серт.</th><th>Обучающихся</th></tr>"
        "<tr><td>техническая</td><td>12</td><td>5</td><td>310</td></tr>"
        "<tr><td>художественная</td><td>20</td><td>9</td><td>640</td></tr>"
        "<tr><td>Итого</td><td>32</td><td>14</td><td>950</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="programmy.html")
    counts_found = {(c.value, c.program_type, c.focus) for c in report.program_counts}
    # the total row of a column that names no stage counts every program of the table
    assert {(5, "certified", "technical"), (14, "certified", None), (32, "all", None)} <= counts_found
    assert not [c for c in report.program_counts if c.value in {310, 640, 950}]
    assert {(q.value, q.unit) for q in report.quantities} >= {(310, "обучающийся"), (950, "обучающийся")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Новых программ при плане 10 разработано одиннадцать.",
        "Новых программ разработано 11 при плане 10.",
        "Разработано 11 новых программ при плановом значении 10.",
    ],
)
def test_a_plan_said_in_an_aside_is_the_target_of_the_same_count(sentence: str) -> None:
    report = text_report(HEAD + sentence)
    assert sorted((c.value, c.program_type, c.kind) for c in report.program_counts) == [
        (10, "new", "target"),
        (11, "new", "actual"),
    ]


def test_the_type_before_a_plan_aside_types_the_achieved_count_after_it() -> None:
    report = text_report(HEAD + "Сетевых программ при плановом значении 12 реализовано 14.")
    assert sorted((c.value, c.form, c.kind) for c in report.program_counts) == [
        (12, "network", "target"),
        (14, "network", "actual"),
    ]


def test_a_plan_aside_after_a_quantity_is_not_part_of_its_subject() -> None:
    report = text_report(HEAD + "Проведено 24 семинара при плане 20.")
    assert [(q.value, q.unit, q.subject, q.kind) for q in report.quantities] == [
        (24, "семинар", "семинара", "actual"),
        (20, "семинар", "семинара", "target"),
    ]


def test_a_bracket_set_in_a_season_or_quarter_of_an_earlier_year_gives_the_previous_value() -> None:
    rows = counts("Летом 2024 года реализовывались 57 краткосрочных программ (летом 2023 года – 41).")
    assert rows == [(57, "summer", None, (41, 2023), None)]
    rows = counts("В IV квартале 2024 года открыто 12 новых программ (в IV квартале 2023 года – 7).")
    assert rows == [(12, "new", None, (7, 2023), None)]


def test_a_month_without_its_year_does_not_make_the_next_count_an_earlier_value() -> None:
    report = text_report(HEAD + "МОЦ провел 6 вебинаров, на осеннем семинаре в ноябре собрались 48 человек.")
    assert sorted((q.value, q.previous) for q in report.quantities) == [(6, None), (48, None)]


def test_a_lead_in_naming_all_programs_breaks_down_the_count_of_all_not_the_stage_said_last() -> None:
    rows = counts(
        "В Навигаторе размещено 186 программ. Независимую оценку качества прошли 57 программ.\n\n"
        "Из общего числа программ: сетевые – 9, адаптированные для детей с ОВЗ – 14."
    )
    assert rows == [
        (186, "all", None, None, None),
        (57, "qa_passed", None, None, None),
        (9, "network", 186, None, None),
        (14, "adapted", 186, None, None),
    ]
    # without a whole named, "Из них" still breaks down the count said last
    rows = counts("Независимую оценку качества прошли 57 программ. Из них сетевые – 9.")
    assert rows == [(57, "qa_passed", None, None, None), (9, "qa_passed", 57, None, None)]


def test_items_of_a_lead_in_naming_a_stage_keep_it_after_a_nested_breakdown() -> None:
    """ "в том числе 8 летних" breaks down the item before it only; the next "label – N" item is of the
    outer list again, takes the lead-in's stage over its own "реализуемых", and its bracket is its own."""
    report = text_report(
        "Аналитическая справка по итогам независимой оценки качества программ за 2024 год\n\n"
        "Среди поданных программ: краткосрочных – 15, в том числе 8 летних (прошли все 15), "
        "реализуемых с применением дистанционных технологий – 4 (прошли 2)."
    )
    rows = [(c.value, c.program_type, c.form, c.part_of) for c in report.program_counts]
    assert rows == [
        (15, "qa_submitted", "short_term", None),
        (8, "qa_submitted", "summer", 15),
        (15, "qa_passed", "summer", 15),
        (4, "qa_submitted", "distance", None),
        (2, "qa_passed", "distance", 4),
    ]


def test_a_label_with_a_participial_clause_in_commas_before_the_dash_types_its_count() -> None:
    rows = counts("Среди программ: сетевых — 8, новых, впервые размещённых в 2024 году, — 23.")
    assert [(value, kind) for value, kind, *_ in rows] == [(8, "network"), (23, "new")]
    rows = counts("Среди программ 2024 года:\n\n1. сетевых — 8;\n2. новых, впервые размещённых в 2024 году, — 23.")
    assert [(value, kind) for value, kind, *_ in rows] == [(8, "network"), (23, "new")]


def test_a_bracket_the_clause_ends_inside_and_the_low_end_of_a_range_type_no_count() -> None:
    """ "17 краткосрочных (включая летние … от 16 до 36 часов)": the aside does not make the 17 summer
    programs, and 16 is the low end of a range of hours, no count of programs or of hours."""
    report = text_report(
        HEAD + "Среди программ 17 краткосрочных (включая летние интенсивы продолжительностью от 16 до 36 часов) "
        "и 11 сетевых."
    )
    assert [(c.value, c.program_type) for c in report.program_counts] == [(17, "short_term"), (11, "network")]
    assert [(q.value, q.unit) for q in report.quantities] == [(36, "час")]


def test_a_pointing_word_takes_the_programs_named_before_in_the_sentence() -> None:
    rows = counts(
        "Методист отметила, что прирост охвата дали краткосрочные программы каникулярного периода, "
        "и рекомендовала разработать не менее пяти таких программ на зимние каникулы."
    )
    assert [(value, kind) for value, kind, *_ in rows] == [(5, "short_term")]
    rows = counts("Впервые размещены 19 программ; сетевых – 7, реализуемых дистанционно – 4.")
    assert [(value, kind) for value, kind, *_ in rows] == [(19, "new"), (7, "network"), (4, "distance")]


def test_a_comparison_after_a_plan_aside_is_said_of_the_achieved_count() -> None:
    rows = counts("Новых программ появилось 45 при плане 30 – на 11 больше, чем годом ранее.")
    assert sorted(rows) == [(30, "new", None, None, None), (45, "new", None, (34, 2023), None)]
    rows = counts("Количество сетевых программ – 68 при плане 72 (в 2023 году – 57).")
    assert sorted(rows) == [(68, "network", None, (57, 2023), None), (72, "network", None, None, None)]


def test_an_indicator_table_of_a_programme_years_after_the_fact_are_targets_and_sub_rows_are_parts() -> None:
    """The fact of the year before the programme is history (no item); the years after it are targets,
    also where a fact column is beside them."""
    html = (
        "<html><body><p>Подпрограмма «Развитие дополнительного образования» на 2024–2026 годы</p>"
        "<p>Целевые индикаторы подпрограммы</p><table>"
        "<tr><th>Наименование индикатора</th><th>Ед. изм.</th><th>2023 год факт</th>"
        "<th>2024 год</th><th>2025 год</th></tr>"
        "<tr><td>Количество программ, размещённых в Навигаторе</td><td>ед.</td>"
        "<td>223</td><td>230</td><td>240</td></tr>"
        "<tr><td>в том числе технической и естественнонаучной направленностей</td><td>ед.</td>"
        "<td>58</td><td>62</td><td>66</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="podprogramma.html")
    rows = {(c.value, c.program_type, c.kind, c.part_of) for c in report.program_counts}
    assert rows == {
        (230, "all", "target", None),
        (240, "all", "target", None),
        (62, None, "target", 230),
        (66, None, "target", 240),
    }
    assert not [q for q in report.quantities if q.value in {58, 62, 66}]


def test_a_column_under_a_title_whose_sibling_states_people_counts_people_and_note_marks_leave_figures() -> None:
    """«из них по сертификатам ПФДО» under «Охвачено» beside «всего, чел.» counts children, not
    certified programs; «162²» is 162 with a note mark."""
    html = (
        "<html><body><p>Самоанализ деятельности МОЦ за 2024/2025 учебный год</p>"
        "<table border='1'>"
        "<tr><th rowspan='2'>Территория</th><th colspan='2'>Охвачено в 2024/2025 уч. г.</th>"
        "<th rowspan='2'>Программ в Навигаторе, ед.</th></tr>"
        "<tr><th>всего, чел.</th><th>из них по сертификатам ПФДО</th></tr>"
        "<tr><td>пос. Луговой</td><td>702</td><td>151</td><td>22</td></tr>"
        "<tr><td>с. Заречное</td><td>229</td><td>44</td><td>9</td></tr>"
        "<tr><td>Итого</td><td>931</td><td>195</td><td>31²</td></tr>"
        "</table><p>² Сетевые программы учтены один раз.</p></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="samoanaliz.html")
    assert sorted(c.value for c in report.program_counts) == [9, 22, 31]
    people = {(q.value, q.unit) for q in report.quantities}
    assert {(151, "человек"), (44, "человек"), (195, "человек"), (931, "человек")} <= people


def test_a_share_of_the_plan_done_is_no_value_in_a_table_of_several_units_but_is_in_a_table_of_money() -> None:
    indicators = (
        "<html><body><p>Итоги работы МОЦ за 2025 год</p><table border='1'>"
        "<tr><th>Показатель</th><th>План на 2025 г.</th><th>Факт за 2025 г.</th><th>Исполнение, %</th></tr>"
        "<tr><td>Охват детей 5–18 лет дополнительным образованием, %</td><td>78,0</td><td>78,4</td><td>100,5</td></tr>"
        "<tr><td>Программ в Навигаторе, ед.</td><td>210</td><td>214</td><td>101,9</td></tr>"
        "<tr><td>Педагогов, прошедших КПК, чел.</td><td>40</td><td>46</td><td>115,0</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(indicators.encode("utf-8"), name="itogi.html")
    assert sorted(p.value for p in report.percentages) == [78.0, 78.4]
    assert not [q for q in report.quantities if q.value in {101.9, 115.0}]
    assert sorted(c.value for c in report.program_counts) == [210, 214]
    money = (
        "<html><body><p>Отчёт о реализации подпрограммы за 2025 год</p><table border='1'>"
        "<tr><th>Мероприятие</th><th>Предусмотрено, тыс. руб.</th><th>Исполнено, тыс. руб.</th>"
        "<th>% исполнения</th></tr>"
        "<tr><td>Обеспечение деятельности организаций</td><td>98 412,6</td><td>97 880,3</td><td>99,5</td></tr>"
        "<tr><td>Создание новых мест</td><td>12 784,2</td><td>9 613,9</td><td>75,2</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(money.encode("utf-8"), name="podprogramma.html")
    assert sorted(p.value for p in report.percentages) == [75.2, 99.5]


def test_an_earlier_years_share_column_named_by_the_noun_is_the_previous_of_the_participles_share() -> None:
    """«Охват в 2023/2024 уч. г., %» is the history of «Охвачено в 2024/2025 уч. г. | %» (one measure,
    a noun and its participle), not of the head count under the same title."""
    html = (
        "<html><body><p>Самоанализ деятельности МОЦ за 2024/2025 учебный год</p><table border='1'>"
        "<tr><th rowspan='2'>Территория</th><th colspan='2'>Охвачено в 2024/2025 уч. г.</th>"
        "<th rowspan='2'>Охват в 2023/2024 уч. г., %</th></tr>"
        "<tr><th>всего, чел.</th><th>%</th></tr>"
        "<tr><td>пос. Луговой</td><td>702</td><td>80,3</td><td>77,9</td></tr>"
        "<tr><td>с. Заречное</td><td>229</td><td>70,0</td><td>66,1</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="samoanaliz.html")
    shares = sorted((p.value, p.previous.value if p.previous else None) for p in report.percentages)
    assert shares == [(70.0, 66.1), (80.3, 77.9)]
    assert all(q.previous is None for q in report.quantities)


def test_a_row_name_with_a_breakdown_inside_counts_its_head_and_an_acronym_in_brackets_is_no_unit() -> None:
    html = (
        "<html><body><p>Информация о ходе реализации плана МОЦ за 9 месяцев 2025 года</p><table border='1'>"
        "<tr><th>Показатель</th><th>Ед. изм.</th><th>План на 2025 год</th><th>Факт за 9 месяцев 2025 г. всего</th></tr>"
        "<tr><td>Краткосрочные программы, в т.ч. летние</td><td>ед.</td><td>45</td><td>52</td></tr>"
        "<tr><td>Программы, прошедшие независимую оценку качества (НОК)</td><td>ед.</td><td>20</td><td>13</td></tr>"
        "<tr><td>Педагоги, прошедшие повышение квалификации</td><td>чел.</td><td>70</td><td>58</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="monitoring.html")
    assert sorted((c.value, c.program_type, c.kind) for c in report.program_counts) == [
        (13, "qa_passed", "actual"),
        (20, "qa_passed", "target"),
        (45, "short_term", "target"),
        (52, "short_term", "actual"),
    ]
    assert sorted(q.value for q in report.quantities) == [58, 70]


def test_a_stage_named_in_an_earlier_item_of_a_list_run_into_one_sentence_does_not_type_a_count() -> None:
    rows = counts(
        "К концу года: – доля детей, получающих услуги по социальным сертификатам, – не менее 25 процентов; "
        "– количество программ в Навигаторе – 260 единиц."
    )
    assert [(value, kind) for value, kind, *_ in rows] == [(260, "all")]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Из них сертифици-рованные", "Из них сертифицированные"),
        ("Обучаю-щихся", "Обучающихся"),
        ("научно-методический центр", "научно-методический центр"),
        ("туристско-краеведческой", "туристско-краеведческой"),
        ("педагог-психолог", "педагог-психолог"),
    ],
)
def test_a_word_hyphenated_at_the_end_of_a_cell_line_is_glued_and_a_compound_is_not(text: str, joined: str) -> None:
    from mocparse.nlp.morph import join_hyphenation

    assert join_hyphenation(text) == joined


def test_a_header_hyphenated_in_a_narrow_column_still_names_its_stage() -> None:
    html = (
        "<html><body><p>Программы по направленностям, 2023 год</p><table>"
        "<tr><th>Направленность</th><th>Всего программ</th><th>Из них сертифици-рованные</th></tr>"
        "<tr><td>Техническая</td><td>24</td><td>9</td></tr>"
        "<tr><td>Художественная</td><td>49</td><td>16</td></tr>"
        "<tr><td>Итого</td><td>73</td><td>25</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="napravlennosti.html")
    assert {(9, "certified"), (16, "certified"), (25, "certified")} <= {
        (c.value, c.program_type) for c in report.program_counts
    }
    assert not report.quantities


def test_a_direction_or_form_standing_for_programs_said_in_an_earlier_sentence_is_a_count() -> None:
    rows = counts(
        "Всего в Навигаторе опубликовано 263 программы. Больше всего художественных – 78; за ними идут "
        "социально-гуманитарные (57). Адаптированных для детей с ОВЗ стало 17, хотя годом ранее их было лишь 10."
    )
    assert [(value, kind, previous) for value, kind, _, previous, _ in rows] == [
        (263, "all", None),
        (78, None, None),
        (57, None, None),
        (17, "adapted", (10, 2023)),
    ]
    report = text_report(HEAD + "В округе проживает 7 400 детей. Больше всего художественных – 78.")
    assert report.program_counts == []


def test_a_number_in_a_bracketed_aside_does_not_cut_the_type_off_the_count_after_it() -> None:
    rows = counts("Краткосрочных программ (до 36 часов) реализовано 23, летних – 19.")
    assert [(value, kind) for value, kind, *_ in rows] == [(23, "short_term"), (19, "summer")]


def test_a_number_restated_in_brackets_in_words_or_digits_is_one_count() -> None:
    rows = counts("Размещено 214 программ, из них тридцать девять (39) программ разработаны впервые.")
    assert [(value, kind, part_of) for value, kind, part_of, *_ in rows] == [(214, "all", None), (39, "new", 214)]
    rows = counts("Размещено 214 программ, из них 39 (тридцать девять) программ разработаны впервые.")
    assert [(value, kind, part_of) for value, kind, part_of, *_ in rows] == [(214, "all", None), (39, "new", 214)]


def test_a_whole_named_by_a_participle_counts_the_noun_of_its_part() -> None:
    report = text_report(
        HEAD + "Курсы прошли 58 педагогов из 112 работающих в округе (51,8 %), "
        "из них 14 – по технической направленности."
    )
    assert [(q.value, q.unit) for q in report.quantities] == [(58, "педагог"), (112, "педагог"), (14, "педагог")]
    report = text_report(HEAD + "В объединениях занимаются 486 обучающихся.")
    assert [(q.value, q.unit) for q in report.quantities] == [(486, "обучающийся")]


def test_a_number_after_a_section_noun_in_capitals_labels_it_and_short_forms_of_a_header_name_the_unit() -> None:
    report = text_report(
        HEAD + "ПОДПРОГРАММА 3 «РАЗВИТИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ»\n\n1. ПАСПОРТ ПОДПРОГРАММЫ 3\n"
    )
    assert report.quantities == []
    html = (
        "<html><body><p>Охват по типам организаций, 2023 год</p><table>"
        "<tr><th>Тип организации</th><th>Кол-во орг.</th><th>Число обучающихся, чел.</th></tr>"
        "<tr><td>Общеобразовательные организации</td><td>14</td><td>2 415</td></tr>"
        "<tr><td>Дошкольные образовательные организации</td><td>6</td><td>352</td></tr>"
        "<tr><td>Итого</td><td>20</td><td>2 767</td></tr></table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="ohvat.html")
    assert {(q.value, q.unit) for q in report.quantities if q.value in {14, 6, 20}} == {
        (14, "организация"),
        (6, "организация"),
        (20, "организация"),
    }


def test_every_row_under_a_first_column_headed_indicator_names_a_measure() -> None:
    html = (
        "<html><body><h1>Подведены итоги 2026 года</h1><p>Коротко о главных показателях:</p><table>"
        "<tr><th>Показатель</th><th>2025</th><th>План 2026</th><th>Факт 2026</th></tr>"
        "<tr><td>Программ в Навигаторе</td><td>131</td><td>140</td><td>143</td></tr>"
        "<tr><td>в т.ч. сертифицированных</td><td>49</td><td>55</td><td>58</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="itogi.html")
    rows = {(c.value, c.program_type, c.kind) for c in report.program_counts}
    assert {
        (140, "all", "target"),
        (143, "all", "actual"),
        (55, "certified", "target"),
        (58, "certified", "actual"),
    } <= rows
    assert not [q for q in report.quantities if q.unit in {"план", "факт"}]


def test_a_value_after_pri_with_an_earlier_period_is_the_previous_value_and_a_plan_after_it_a_target() -> None:
    rows = counts("Рост отмечен в технической направленности: 38 программ при 29 в прошлом году, из них 11 – в школах.")
    assert [(value, previous) for value, _, _, previous, _ in rows] == [(38, (29, 2023)), (11, None)]
    assert [(value, kind) for value, kind, *_ in counts("Разработано 11 новых программ при плане 10.")] == [
        (11, "new"),
        (10, "new"),
    ]


def test_a_long_paragraph_before_a_table_types_it_only_with_a_sentence_that_leads_in() -> None:
    prose = (
        "Количество программ, опубликованных в Навигаторе, выросло до 296, что на 37 больше, чем в прошлом году. "
        "Из них в реестр сертифицированных включено 88 программ, в реестр значимых — 142. За год появилась "
        "сорок одна новая программа, большая часть из них — технической направленности."
    )
    table = (
        "<table><tr><th>Направленность</th><th>2022/2023</th><th>2023/2024</th></tr>"
        "<tr><td>Техническая</td><td>41</td><td>52</td></tr><tr><td>Художественная</td><td>88</td><td>92</td></tr>"
        "<tr><td>Итого</td><td>129</td><td>144</td></tr></table>"
    )
    html = f"<html><body><h1>Итоги 2023/2024 учебного года</h1><p>{prose}</p>{table}</body></html>"
    report = mocparse.parse(html.encode("utf-8"), name="itogi.html")
    from_table = [c for c in report.program_counts if c.rule == "program_counts.table" and c.value in {52, 92, 144}]
    assert sorted((c.value, c.program_type) for c in from_table) == [(52, None), (92, None), (144, "all")]
    lead_in = f"<p>{prose} Распределение программ, включённых в реестр сертифицированных, по направленностям:</p>"
    report = mocparse.parse(
        f"<html><body><h1>Итоги 2023/2024 учебного года</h1>{lead_in}{table}</body></html>".encode(), name="i.html"
    )
    assert {c.program_type for c in report.program_counts if c.rule == "program_counts.table"} == {"certified"}


def test_two_planned_milestones_of_a_plan_are_targets_each() -> None:
    html = (
        "<html><body><h1>План работы МОЦ на 2025/2026 учебный год</h1><p>Целевые показатели:</p><table>"
        "<tr><th>Наименование показателя</th><th>Ед. изм.</th><th>Базовое значение на 01.09.2025</th>"
        "<th>Плановое значение на 31.12.2025</th><th>Плановое значение на 31.05.2026</th></tr>"
        "<tr><td>Количество программ, опубликованных в Навигаторе</td><td>ед.</td>"
        "<td>142</td><td>148</td><td>155</td></tr></table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="plan.html")
    rows = {(c.value, c.kind) for c in report.program_counts}
    assert {(148, "target"), (155, "target")} <= rows


def test_a_count_after_and_takes_its_own_form_not_the_one_of_the_count_before() -> None:
    rows = counts("Опубликовано 142 программы, из них 8 адаптированных для детей с ОВЗ и лишь 3 сетевые.")
    assert [(value, kind, part_of) for value, kind, part_of, *_ in rows] == [
        (142, "all", None),
        (8, "adapted", 142),
        (3, "network", 142),
    ]


def test_a_count_of_an_abbreviation_in_capitals_is_no_rank() -> None:
    rows = counts("В отчетном году реализовывалось 214 ДООП против 189 годом ранее.")
    assert [(value, kind, previous) for value, kind, _, previous, _ in rows] == [(214, "all", (189, 2023))]


def test_a_total_row_named_by_programs_under_an_indicator_column_counts_programs() -> None:
    html = (
        "<html><body><h1>Приложение 3. Целевые показатели на 2025 год</h1><table>"
        "<tr><th>№</th><th>Показатель</th><th>Ед. изм.</th><th>Значение показателя 2024 г. (факт)</th>"
        "<th>Значение показателя 2025 г. (план)</th></tr>"
        "<tr><td>4</td><td>Количество программ, размещенных в Навигаторе, по направленностям:</td><td>ед.</td>"
        "<td></td><td></td></tr>"
        "<tr><td>4.1</td><td>техническая</td><td>ед.</td><td>36</td><td>40</td></tr>"
        "<tr><td>4.2</td><td>художественная</td><td>ед.</td><td>70</td><td>72</td></tr>"
        "<tr><td></td><td>Итого программ</td><td>ед.</td><td>106</td><td>112</td></tr></table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="prilozhenie.html")
    assert (112, "target") in {(c.value, c.kind) for c in report.program_counts}
    assert not [q for q in report.quantities if q.value in {106, 112}]


def test_a_plans_money_is_allotted_whatever_the_tense_and_a_planned_column_holds_targets() -> None:
    report = text_report(
        "План мероприятий МОЦ Заозерного городского округа на 2025 год\n\n"
        "Общий объём финансирования плана составляет 412 687,4 тыс. рублей. В округе проживает 6 742 ребёнка.\n"
    )
    assert {(q.value, q.kind) for q in report.quantities} == {(412_687_400, "target"), (6742, "actual")}
    html = (
        "<html><body><h1>О летних программах 2024 года</h1><table>"
        "<tr><th>Направленность</th><th>Программ</th><th>Планируемый охват, чел.</th></tr>"
        "<tr><td>техническая</td><td>4</td><td>60</td></tr><tr><td>художественная</td><td>6</td><td>85</td></tr>"
        "<tr><td>Итого</td><td>10</td><td>145</td></tr></table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="leto.html")
    assert {(q.value, q.kind) for q in report.quantities} == {(60, "target"), (85, "target"), (145, "target")}


def test_rows_after_a_total_that_closes_a_breakdown_break_down_that_total() -> None:
    html = (
        "<html><body><h1>Мониторинг за 2022/2023 учебный год</h1><table>"
        "<tr><th>№</th><th>Показатель</th><th>Ед. изм.</th><th>2021/2022 (факт)</th><th>2022/2023 (факт)</th></tr>"
        "<tr><td>2.1</td><td>Количество программ, размещённых в Навигаторе, по направленностям:</td>"
        "<td></td><td></td><td></td></tr>"
        "<tr><td>2.1.1</td><td>техническая</td><td>ед.</td><td>17</td><td>22</td></tr>"
        "<tr><td>2.1.2</td><td>художественная</td><td>ед.</td><td>40</td><td>43</td></tr>"
        "<tr><td></td><td>Итого по стр. 2.1</td><td>ед.</td><td>57</td><td>65</td></tr>"
        "<tr><td>2.2</td><td>из общего количества: сетевые</td><td>ед.</td><td>4</td><td>6</td></tr>"
        "<tr><td>2.3</td><td>включённые в реестр сертифицированных программ</td><td>ед.</td><td>18</td><td>21</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="monitoring.html")
    rows = {(c.value, c.program_type, c.part_of) for c in report.program_counts}
    assert {(6, "network", 65), (21, "certified", 65)} <= rows
    assert not [q for q in report.quantities if q.value in {6, 21}]


def test_forms_right_before_their_numbers_count_the_programs_said_before() -> None:
    rows = counts(
        "В Навигаторе размещено 126 программ. По формам реализации: сетевых 9 (в 2023 г. - 7), "
        "дистанционных 6, краткосрочных 24."
    )
    assert [(value, kind, previous) for value, kind, _, previous, _ in rows] == [
        (126, "all", None),
        (9, "network", (7, 2023)),
        (6, "distance", None),
        (24, "short_term", None),
    ]


def test_a_table_right_after_a_table_of_programs_counts_programs_too() -> None:
    html = (
        "<html><body><h1>Аналитическая справка за 2023/2024 учебный год</h1>"
        "<p>Таблица 1. Количество программ по направленностям и формам реализации</p><table>"
        "<tr><th>Направленность</th><th>2022/2023</th><th>2023/2024</th></tr>"
        "<tr><td>Техническая</td><td>24</td><td>31</td></tr><tr><td>Художественная</td><td>63</td><td>68</td></tr>"
        "<tr><td>Итого</td><td>87</td><td>99</td></tr></table>"
        "<table><tr><th>Форма реализации</th><th>2022/2023</th><th>2023/2024</th></tr>"
        "<tr><td>сетевые</td><td>14</td><td>19</td></tr><tr><td>дистанционные</td><td>9</td><td>11</td></tr></table>"
        "</body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="spravka.html")
    rows = {(c.value, c.program_type) for c in report.program_counts}
    assert {(19, "network"), (11, "distance")} <= rows


def test_a_hyphenated_compound_noun_is_the_unit_whole() -> None:
    report = text_report(HEAD + "По ним обучаются 63 ребёнка с ОВЗ, в т.ч. 17 детей-инвалидов.")
    assert [(q.value, q.unit) for q in report.quantities] == [(63, "ребёнок"), (17, "ребёнок-инвалид")]


def test_a_file_size_beside_a_link_is_no_quantity() -> None:
    html = (
        "<html><body><h1>Документы МОЦ</h1><ul><li><a href='1.pdf'>План работы МОЦ на 2025 год</a> "
        "(PDF, 240 Кб)</li><li>Проведено 12 семинаров для 240 педагогов.</li></ul></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="docs.html")
    assert [(q.value, q.unit) for q in report.quantities] == [(12, "семинар"), (240, "педагог")]


def test_a_qualifier_before_a_cells_figure_keeps_the_cell_a_value_with_its_qualifier() -> None:
    html = (
        "<html><body><p>План работы МОЦ на 2026 год</p><table border='1'>"
        "<tr><th>Показатель</th><th>Ед. изм.</th><th>Факт 2025 г.</th><th>План на 2026 г.</th></tr>"
        "<tr><td>Доля детей 5–18 лет, охваченных дополнительным образованием</td><td>процентов (человек)</td>"
        "<td>77,9 (4 318)</td><td>79,0 (4 380)</td></tr>"
        "<tr><td>Количество программ, прошедших НОК</td><td>ед.</td><td>14</td><td>не менее 20</td></tr>"
        "<tr><td>Количество педагогов, прошедших курсы</td><td>чел.</td><td>31</td><td>≥ 35</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="plan.html")
    (share,) = report.percentages
    assert (share.value, share.kind, share.head_count) == (79.0, "target", 4380)
    assert share.previous is not None and share.previous.value == 77.9
    (count,) = report.program_counts
    assert (count.value, count.kind, count.qualifier) == (20, "target", "не менее")
    assert count.previous is not None and count.previous.value == 14
    (people,) = report.quantities
    assert (people.value, people.unit, people.qualifier) == (35, "педагог", "не менее")


def test_a_change_column_counted_from_a_date_gives_the_first_value_its_previous() -> None:
    html = (
        "<html><body><p>Информация о реализации программ за первое полугодие 2025 года</p><table border='1'>"
        "<tr><th rowspan='2'>Направленность</th><th colspan='2'>Количество программ, ед.</th>"
        "<th rowspan='2'>Изменение к 01.01.2025, программ</th><th rowspan='2'>Отклонение от плана (+/-)</th></tr>"
        "<tr><th>всего</th><th>из них сертифиц.</th></tr>"
        "<tr><td>Техническая</td><td>21</td><td>9</td><td>+4</td><td>-1</td></tr>"
        "<tr><td>Художественная</td><td>48</td><td>17</td><td>+2</td><td>0</td></tr>"
        "<tr><td>Итого</td><td>69</td><td>26</td><td>+6</td><td>-1</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="info.html")
    rows = {
        (c.value, c.previous.value if c.previous else None, c.previous.year if c.previous else None)
        for c in report.program_counts
    }
    assert {(21, 17, 2025), (48, 46, 2025), (69, 63, 2025), (9, None, None), (26, None, None)} <= rows


def test_a_row_of_headers_inside_a_passport_table_heads_the_rows_below_it() -> None:
    """«Год | Всего | Местный бюджет | Областной бюджет» in the middle of a passport table, with the
    block's name merged down beside it, starts a table of its own captioned by that name."""
    html = (
        "<html><body><p>Паспорт подпрограммы на 2024–2025 годы</p><table border='1'>"
        "<tr><td>Ответственный исполнитель</td><td colspan='4'>Управление образования</td></tr>"
        "<tr><td>Сроки реализации</td><td colspan='4'>2024–2025 годы</td></tr>"
        "<tr><td rowspan='4'>Объёмы финансирования (тыс. рублей)</td><td>Год</td><td>Всего</td>"
        "<td>Местный бюджет</td><td>Областной бюджет</td></tr>"
        "<tr><td>2024 г.</td><td>56 077,4</td><td>48 612,4</td><td>7 465,0</td></tr>"
        "<tr><td>2025 г.</td><td>57 278,5</td><td>51 207,9</td><td>6 070,6</td></tr>"
        "<tr><td>Итого</td><td>113 355,9</td><td>99 820,3</td><td>13 535,6</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="pasport.html")
    money = sorted((q.value, q.unit) for q in report.quantities)
    assert money == sorted(
        (value * 1000, "рубль")
        for value in (56_077.4, 48_612.4, 7_465.0, 57_278.5, 51_207.9, 6_070.6, 113_355.9, 99_820.3, 13_535.6)
    )
    document = mocparse.read(html.encode("utf-8"), name="pasport.html")
    tables = [block.table for block in document.blocks if block.table is not None]
    assert tables[-1] is not None and tables[-1].column_headers == [
        "Год",
        "Всего",
        "Местный бюджет",
        "Областной бюджет",
    ]
    assert "Объёмы финансирования (тыс. рублей)" in [document.block_text(block) for block in document.blocks]


def test_in_a_report_over_two_years_each_years_columns_are_facts_of_their_own() -> None:
    html = (
        "<html><body><p>Приложение 1 к справке МОЦ за 2025 год</p><p>СВОДНАЯ ТАБЛИЦА</p>"
        "<p>показателей дополнительного образования Кедрового округа за 2024–2025 годы</p><table>"
        "<tr><th rowspan='2'>Показатель</th><th rowspan='2'>Ед. изм.</th>"
        "<th colspan='2'>2024 год</th><th colspan='2'>2025 год</th></tr>"
        "<tr><th>план</th><th>факт</th><th>план</th><th>факт</th></tr>"
        "<tr><td>Количество программ в Навигаторе, всего</td><td>ед.</td>"
        "<td>140</td><td>147</td><td>150</td><td>161</td></tr>"
        "<tr><td>в т.ч. сетевых</td><td>ед.</td><td>4</td><td>5</td><td>6</td><td>8</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="svodnaya.html")
    counts = {(c.value, c.kind, c.year, c.previous.value if c.previous else None) for c in report.program_counts}
    assert {(140, "target", 2024, None), (147, "actual", 2024, None)} <= counts
    assert {(150, "target", 2025, None), (161, "actual", 2025, None)} <= counts
    assert {(5, "actual", 2024, None), (8, "actual", 2025, None)} <= counts
    # in a report for 2025 alone the year before is the history of the fact
    single = mocparse.parse(html.replace("за 2024–2025 годы", "за 2025 год").encode("utf-8"), name="svodnaya.html")
    facts = {(c.value, c.previous.value if c.previous else None) for c in single.program_counts if c.kind == "actual"}
    assert (161, 147) in facts and all(value != 147 for value, _ in facts)


def test_a_passport_row_gives_the_figure_its_value_cell_opens_with_and_reads_the_words_after_it() -> None:
    html = (
        "<html><body><p>Паспорт муниципального опорного центра Кедрового округа</p><table>"
        "<tr><th>Наименование показателя</th><th>Сведения</th></tr><tr><td>1</td><td>2</td></tr>"
        "<tr><td>1.3. Адрес</td><td>617342, Энская область, пгт Кедровый, ул. Лесная, д. 9</td></tr>"
        "<tr><td>3.4. Программы, размещённые в Навигаторе, всего</td><td>184</td></tr>"
        "<tr><td>3.5. Программы, реализуемые в сетевой форме</td><td>12 (годом ранее – 7)</td></tr>"
        "<tr><td>3.9. Программы, включённые в реестр сертифицированных программ</td>"
        "<td>64 (34,8 % от общего количества)</td></tr>"
        "<tr><td>3.10. Экспертиза программ</td>"
        "<td>выполнена для 52 программ; 9 программ возвращены на доработку</td></tr>"
        "<tr><td>3.2. Охват детей 5–18 лет дополнительным образованием</td><td>5 037 чел. – 77,7 %</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="pasport.html")
    counts = {(c.value, c.program_type) for c in report.program_counts}
    assert {(184, "all"), (12, "network"), (64, "certified"), (9, "qa_failed")} <= counts
    certified = next(c for c in report.program_counts if c.value == 64)
    assert certified.evidence.span is not None and certified.evidence.span.text == "64"
    assert {p.value for p in report.percentages} >= {34.8, 77.7}
    quantities = {(q.value, q.unit) for q in report.quantities}
    assert (5037, "человек") in quantities
    assert all(q.value != 617342 for q in report.quantities)  # a postal code is no figure


def test_a_numbered_point_that_points_at_the_table_below_titles_it() -> None:
    text = (
        "Ответ на запрос о развитии дополнительного образования за 2024/2025 учебный год\n\n"
        "Управление образования сообщает следующее.\n\n"
        "1. В районе проживает 3 918 детей.\n"
        "2. В Навигаторе размещено 117 программ. Распределение программ по направленностям приведено в таблице.\n\n"
        "Направленность\t2023/2024 уч. год\t2024/2025 уч. год\n"
        "Техническая\t14\t17\n"
        "Художественная\t90\t100\n"
        "Итого\t104\t117\n"
    )
    report = text_report(text)
    counts = {(c.value, c.focus, c.previous.value if c.previous else None) for c in report.program_counts}
    assert {(17, "technical", 14), (100, "arts", 90)} <= counts
    assert all(q.value not in {17, 100} for q in report.quantities)


def test_a_sign_written_as_a_word_makes_a_change_not_a_count() -> None:
    report = text_report("Самый заметный рост — у технической направленности: плюс пять программ за год.")
    assert report.program_counts == []


def test_a_new_school_year_types_no_program_as_new_and_a_commission_check_is_an_assessment() -> None:
    report = text_report(
        "Муниципальная комиссия завершила проверку программ, которые организации подали для размещения "
        "в Навигаторе на новый учебный год. Одобрена 131 программа из 138 поступивших."
    )
    counts = {(c.value, c.program_type) for c in report.program_counts}
    assert counts == {(131, "qa_passed"), (138, "qa_submitted")}


def test_items_under_a_bare_breakdown_line_break_down_the_count_before_it() -> None:
    report = text_report(
        "В Навигаторе размещена 131 программа.\n\nВ том числе:\n\n"
        "- 12 краткосрочных, из них 8 рассчитаны на каникулы;\n\n"
        "- 3 программы реализуются с использованием дистанционных технологий.\n"
    )
    counts = {(c.value, c.program_type, c.part_of) for c in report.program_counts}
    assert {(12, "short_term", 131), (8, "short_term", 12), (3, "distance", 131)} <= counts


def test_numbers_in_words_with_scales_inside_and_decimal_parts() -> None:
    report = text_report(
        "На конец года охвачено шесть тысяч пятьсот двадцать семь детей. "
        "На оплату сертификатов ушло одиннадцать миллионов четыреста тысяч рублей. "
        "Охват составил семьдесят девять и три десятых процента. "
        "В Навигаторе опубликовано семьсот двенадцать программ."
    )
    assert {q.value for q in report.quantities} >= {6527, 11_400_000}
    assert [p.value for p in report.percentages] == [79.3]
    assert [c.value for c in report.program_counts] == [712]


def test_a_growth_from_one_figure_to_another_with_times_between_is_one_count_with_its_previous() -> None:
    report = text_report(
        "Количество программ, опубликованных в Навигаторе, выросло с 287 на начало года до 312 на конец полугодия."
    )
    assert [(c.value, c.previous.value if c.previous else None) for c in report.program_counts] == [(312, 287)]


def test_a_column_of_group_names_gives_way_to_the_names_beside_it_and_sub_rows_are_parts() -> None:
    """«Раздел | Показатель | …»: the group cell is written on the first row of each group only; the rows
    are named by the next column, and «из них …» rows are parts of the row above them."""
    html = (
        "<html><body><p>Мониторинг показателей МОЦ за 2025 год</p><table border='1'>"
        "<tr><th>Раздел</th><th>Показатель</th><th>Ед. изм.</th><th>2024 год (факт)</th><th>2025 год (факт)</th></tr>"
        "<tr><td rowspan='3'>Программы</td><td>Программы в Навигаторе, всего</td><td>ед.</td>"
        "<td>180</td><td>193</td></tr>"
        "<tr><td>из них новые</td><td>ед.</td><td>21</td><td>17</td></tr>"
        "<tr><td>из них реализуемые в сетевой форме</td><td>ед.</td><td>6</td><td>9</td></tr>"
        "<tr><td>Методическая работа</td><td>Проведено семинаров</td><td>ед.</td><td>14</td><td>16</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="monitoring.html")
    found = {(c.value, c.program_type, c.part_of) for c in report.program_counts}
    assert {(193, "all", None), (17, "new", 193), (9, "network", 193)} <= found
    assert not any(c.value in {14, 16} for c in report.program_counts)


def test_a_column_opening_with_v_tom_chisle_measures_what_the_column_before_it_measures() -> None:
    html = (
        "<html><body><p>Итоги приёма за 2025 год</p><table border='1'>"
        "<tr><th>Направленность</th><th>Программ</th><th>Зачислений</th><th>в т.ч. по сертификатам</th></tr>"
        "<tr><td>Техническая</td><td>12</td><td>430</td><td>121</td></tr>"
        "<tr><td>Художественная</td><td>30</td><td>1 040</td><td>302</td></tr>"
        "<tr><td>Итого</td><td>42</td><td>1 470</td><td>423</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="priem.html")
    assert sorted(c.value for c in report.program_counts) == [12, 30, 42]
    enrolments = {(q.value, q.unit) for q in report.quantities}
    assert {(121, "зачисление"), (423, "зачисление"), (1470, "зачисление")} <= enrolments


def test_an_indicator_table_with_item_numbers_and_people_with_their_share_in_one_cell() -> None:
    """«№ п/п | Показатель | Единица измерения | Значение» with «человек/%» values: the people are a
    quantity in people (the share is read after it); a one-word sub-row («высшая») is counted too."""
    html = (
        "<html><body><p>Отчёт о результатах самообследования за 2025 год</p><table border='1'>"
        "<tr><th>№ п/п</th><th>Показатель</th><th>Единица измерения</th><th>Значение</th></tr>"
        "<tr><td>1.1</td><td>Общая численность учащихся</td><td>человек</td><td>1 450</td></tr>"
        "<tr><td>1.2</td><td>Численность/удельный вес учащихся с ОВЗ</td><td>человек/%</td><td>58 / 4,0 %</td></tr>"
        "<tr><td>1.3</td><td>Численность педагогов с категорией, в том числе:</td><td>человек/%</td>"
        "<td>27 / 60,0 %</td></tr>"
        "<tr><td>1.3.1</td><td>высшая</td><td>человек/%</td><td>12 / 26,7 %</td></tr>"
        "<tr><td>1.4</td><td>Количество проведённых МОЦ консультаций</td><td>единиц</td><td>96</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="samoobsledovanie.html")
    quantities = {(q.value, q.unit) for q in report.quantities}
    # the sub-row «высшая» counts what its parent row counts: teachers
    assert {(1450, "человек"), (58, "человек"), (27, "педагог"), (12, "педагог"), (96, "консультация")} <= quantities
    assert {4.0, 26.7} <= {p.value for p in report.percentages}
    shares = {p.value: p for p in report.percentages}
    assert shares[4.0].subject == "Численность/удельный вес учащихся с ОВЗ" and shares[4.0].head_count == 58
    assert not any(q.value in {1.1, 1.2, 1.3} for q in report.quantities)


def test_a_three_row_header_counts_what_its_lowest_cells_name() -> None:
    html = (
        "<html><body><p>Аналитическая справка за 2025 год</p><table border='1'>"
        "<tr><th rowspan='3'>Направленность</th><th colspan='4'>Количество программ и обучающихся</th></tr>"
        "<tr><th colspan='2'>2024 год</th><th colspan='2'>2025 год</th></tr>"
        "<tr><th>программ</th><th>детей</th><th>программ</th><th>детей</th></tr>"
        "<tr><td>Техническая</td><td>20</td><td>610</td><td>24</td><td>702</td></tr>"
        "<tr><td>Художественная</td><td>31</td><td>1 120</td><td>33</td><td>1 184</td></tr>"
        "<tr><td>Итого</td><td>51</td><td>1 730</td><td>57</td><td>1 886</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="spravka.html")
    assert {24, 33, 57} <= {c.value for c in report.program_counts}
    assert not {702, 1184, 1886} & {c.value for c in report.program_counts}
    assert {(702, "ребёнок"), (1886, "ребёнок")} <= {(q.value, q.unit) for q in report.quantities}


def test_a_sentence_opening_with_the_whole_of_all_programs_types_it_as_all() -> None:
    assert counts("Из 120 дополнительных общеразвивающих программ: сетевых – 9, краткосрочных – 14.")[0][:3] == (
        120,
        "all",
        None,
    )
    assert counts("Из 31 допущенной программы 9 относятся к художественной направленности.")[0][:2] == (31, None)


def test_labels_of_a_spoken_breakdown_and_a_registry_pointed_back_at() -> None:
    report = text_report(
        HEAD + "В Навигаторе 151 программа. Больше всего художественных, их 44, затем социально-гуманитарные — 33 "
        "и физкультурно-спортивные — 27.\n\nЭкспертизу прошли 30 программ, 26 из них включены в реестр "
        "сертифицированных. Всего в этом реестре сейчас 58 программ.\n"
    )
    found = {(c.value, c.focus or c.program_type) for c in report.program_counts}
    assert {(44, "arts"), (33, "social_humanitarian"), (27, "sports"), (58, "certified")} <= found


def test_a_bare_number_ending_a_breakdown_clause_counts_what_its_whole_counts() -> None:
    report = text_report(
        HEAD + "Выдано 2 940 сертификатов дополнительного образования, из них использовано для записи на "
        "программы 2 511, или 85,4 %. Педагогов 64, из них совместителей 9.\n"
    )
    found = {(q.value, q.unit, q.subject) for q in report.quantities}
    assert (2511, "сертификат", "использовано для записи на программы") in found
    assert not any(q.value == 85.4 for q in report.quantities)


def test_the_words_after_a_passport_figure_break_down_the_rows_count() -> None:
    html = (
        "<html><body><p>Информационная карта МОЦ за 2025 год</p><table border='1'>"
        "<tr><th>Наименование показателя</th><th>Значение</th></tr>"
        "<tr><td>Краткосрочные программы</td><td>21, из них летних – 12</td></tr>"
        "<tr><td>Программы с применением дистанционных технологий</td><td>5</td></tr>"
        "<tr><td>Полное наименование МОЦ</td><td>Муниципальный опорный центр Ольховского района</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="karta.html")
    found = {(c.value, c.program_type) for c in report.program_counts}
    assert {(21, "short_term"), (12, "summer")} <= found
