"""Shapes first seen on blind sets: counts whose noun is a pronoun for programs counted earlier in the
sentence, members of a group named with "из числа …", a plan given in a bracket before a colon,
"одна программа" as a subject, the total column beside its parts under one header title, HTML tables
inside a Markdown page, names in quotes, plans for two deadlines. Sentences and
tables written for these tests."""

from __future__ import annotations

from conftest import text_report

import mocparse

REPORT = "Отчёт о работе муниципального опорного центра за 2025 год\n\n"


def counts(report: mocparse.Report) -> list[tuple[int, str | None, str, int | None]]:
    return [(c.value, c.program_type, c.kind, c.previous.value if c.previous else None) for c in report.program_counts]


def test_a_pronoun_before_a_count_noun_stands_for_the_programs_counted_earlier_in_the_sentence() -> None:
    report = text_report(
        REPORT + "По итогам экспертизы в реестр сертифицированных программ войдут ещё 11 программ, что позволит "
        "увеличить их количество в округе с 96 до 107.\n"
    )
    assert counts(report) == [(11, "certified", "target", None), (107, "certified", "target", 96)]


def test_a_pronoun_in_the_next_sentence_points_back_though_its_change_starts_with_a_number() -> None:
    report = text_report(REPORT + "Сетевых программ в округе восемь. Их число выросло с 5 до 8 за два года.\n")
    assert (8, "network", "actual", 5) in counts(report)


def test_members_of_a_group_named_with_iz_chisla() -> None:
    report = text_report(
        REPORT + "На конкурс поступило 38 программ. Из числа конкурсных программ 6 являются адаптированными "
        "для детей с ОВЗ, 4 – сетевыми.\n"
    )
    assert counts(report)[1:] == [(6, "adapted", "actual", None), (4, "network", "actual", None)]


def test_a_plan_in_a_bracket_keeps_its_type_and_one_program_after_the_colon_is_counted() -> None:
    report = text_report(
        REPORT + "Показатель по программам, прошедшим независимую оценку качества, выполнен не полностью "
        "(31 при плане 33): одна программа возвращена на доработку.\n"
    )
    assert [(c.value, c.program_type, c.kind) for c in report.program_counts] == [
        (31, "qa_passed", "actual"),
        (33, "qa_passed", "target"),
        (1, "qa_failed", "actual"),
    ]


PAGE = """# Программы поставщиков

Таблица 1. Программы поставщиков ПФДО

<table>
<tr><th rowspan="2">Организация</th><th colspan="3">Число программ</th></tr>
<tr><th>всего</th><th>сертифицированных</th><th>значимых</th></tr>
<tr><td>Центр детского творчества</td><td>37</td><td>15</td><td>20</td></tr>
<tr><td>Детско-юношеская спортивная школа</td><td>27</td><td>9</td><td>18</td></tr>
<tr><td>Итого</td><td>64</td><td>24</td><td>38</td></tr>
</table>
"""


def test_an_html_table_inside_markdown_is_read_with_its_merged_header() -> None:
    document = mocparse.read(PAGE.encode(), name="programmy.md")
    (block,) = document.tables
    assert block.table is not None
    assert block.table.header == [
        "Организация",
        "Число программ всего",
        "Число программ сертифицированных",
        "Число программ значимых",
    ]


def test_the_total_column_beside_its_parts_under_one_title_is_not_typed_by_the_caption() -> None:
    report = mocparse.parse(PAGE.encode(), name="programmy.md")
    by_value = {c.value: c.program_type for c in report.program_counts}
    assert by_value[15] == "certified" and by_value[20] == "significant"
    assert by_value[37] != "certified" and by_value[27] != "certified"
    assert by_value[64] == "all"


def test_a_noun_inside_a_quoted_name_is_not_what_a_number_counts() -> None:
    report = text_report(
        REPORT + "Больше всего работ подано в номинации «Инженерное творчество» – 14, в номинации «Живая природа "
        "и экология» – 7, «Музыка и театр» – 5.\n"
    )
    assert [q.unit for q in report.quantities if q.unit in {"творчество", "природа", "музыка", "экология"}] == []


def test_values_for_two_deadlines_are_two_targets_not_an_earlier_and_a_later_value() -> None:
    report = text_report(
        REPORT + "Охват детей 5–18 лет составил 79,2 %. Муниципальной программой предусмотрено: к 2026 году – "
        "не менее 80,5 %, к 2030 году – 82 %.\n"
    )
    found = [(p.value, p.kind, p.year, p.previous) for p in report.percentages]
    assert (80.5, "target", 2026, None) in found
    assert (82.0, "target", 2030, None) in found


def test_one_child_who_may_attend_several_programs_is_no_count() -> None:
    report = text_report(REPORT + "Охвачено 5 120 детей; один ребёнок может заниматься по нескольким программам.\n")
    assert [q.value for q in report.quantities] == [5120]


def test_signature_lines_that_give_the_name_before_its_role() -> None:
    report = text_report(
        "Справка о реализации программ\n\nПрограммы размещены в навигаторе.\n\n"
        "Л.П. Гурьева И.о. начальника управления образования\n\n"
        "О.С. Мельник Руководитель МОЦ\n\n"
        "Исп.: Бойко Ирина Олеговна, тел. 2-14-05\n"
    )
    roles = {person.name: person.roles for person in report.persons}
    assert roles["Гурьева Л.П."] == ["начальник управления образования"]
    assert roles["Мельник О.С."] == ["руководитель МОЦ"]
    assert roles["Бойко И.О."] == []


def test_a_participle_standing_for_people_before_and_is_what_its_number_counts() -> None:
    report = text_report(
        REPORT + "В мероприятиях приняли участие 2 415 обучающихся и 188 педагогов. Выдано 1 702 сертификата "
        "(план – 1 650 шт.).\n"
    )
    found = [(q.value, q.unit, q.kind) for q in report.quantities]
    assert (2415, "обучающийся", "actual") in found
    assert (188, "педагог", "actual") in found
    assert (1650, "сертификат", "target") in found


def test_a_list_item_saying_what_the_people_of_the_item_before_did_counts_them() -> None:
    report = text_report(
        "Итоги года\n\nКадры\n\n"
        "■ Педагогов дополнительного образования — 296\n\n"
        "■ Прошли курсы повышения квалификации — 118\n\n"
        "■ Аттестованы — 37\n\n"
        "■ Вакансий — 9\n"
    )
    found = [(q.value, q.unit) for q in report.quantities]
    assert found == [(296, "педагог"), (118, "педагог"), (37, "педагог"), (9, "вакансия")]
