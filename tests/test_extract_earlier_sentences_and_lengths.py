"""A sentence that only gives the earlier value of what the sentence before said (with a change said
beside it), a change written as the subject of its own clause, a plan word before a past-tense link
verb, and a program's length in hours. Sentences written for these tests."""

from __future__ import annotations

from conftest import text_report

REPORT = "Отчёт о работе муниципального опорного центра за 2025 год\n\n"


def test_an_earlier_count_in_the_next_sentence_beside_its_growth_is_the_previous_value() -> None:
    report = text_report(
        REPORT + "В этом учебном году работало 164 дополнительные общеразвивающие программы. "
        "Годом ранее их было 139, так что прирост составил 25 программ.\n"
    )
    found = [
        (c.value, c.previous.value if c.previous else None, c.previous.year if c.previous else None)
        for c in report.program_counts
    ]
    assert found == [(164, 139, 2024)]


def test_a_change_noun_linked_to_its_number_is_no_count() -> None:
    report = text_report(REPORT + "Рост за год составил 12 программ. Повышение квалификации – 31 педагог.\n")
    assert [c.value for c in report.program_counts] == []
    assert [(q.value, q.unit) for q in report.quantities] == [(31, "педагог")]


def test_an_earlier_share_after_its_plan_with_its_change_becomes_the_previous_value() -> None:
    report = text_report(
        REPORT + "- Охват детей 5–18 лет дополнительным образованием — 68,4 %. "
        "Плановое значение на 2025 год было 70,0 %.\n"
        "- Годом ранее охват составлял 66,1 %, рост за год — 2,3 процентного пункта.\n"
    )
    found = [(p.value, p.kind, p.previous.value if p.previous else None) for p in report.percentages]
    assert found == [(68.4, "actual", 66.1), (70.0, "target", None)]


def test_a_plan_said_in_the_next_sentence_is_no_earlier_value() -> None:
    report = text_report(
        REPORT + "Охват составил 71,3 %. Годом ранее, на ту же дату, показатель был 69,8 %, "
        "а плановое значение на 2025 год — 72 %.\n"
    )
    assert [p.value for p in report.percentages if p.previous is not None] == []


def test_an_earlier_count_with_its_share_goes_to_the_count_and_the_share_before() -> None:
    report = text_report(
        REPORT + "Сертификаты использовали 1 873 ребёнка – 58,2 % от числа выданных. "
        "Кварталом ранее их использовали 1 704 ребёнка (53,0 %), прирост составил 169 детей.\n"
    )
    assert [(q.value, q.previous.value if q.previous else None) for q in report.quantities] == [(1873, 1704)]
    assert [(p.value, p.previous.value if p.previous else None) for p in report.percentages] == [(58.2, 53.0)]


def test_a_programs_length_in_hours_is_no_quantity() -> None:
    report = text_report(
        REPORT + "Краткосрочные программы (до 36 часов) – 19. Летом работали 11 программ "
        "продолжительностью от 18 до 36 часов, их посещали 430 детей. "
        "Курсы для 22 педагогов прошли в объёме 72 часов.\n"
    )
    assert sorted((q.value, q.unit) for q in report.quantities) == [(22, "педагог"), (72, "час"), (430, "ребёнок")]


def test_a_bracket_with_an_earlier_date_of_the_reports_year_gives_the_previous_count() -> None:
    report = text_report(
        "Мониторинг использования сертификатов за III квартал 2025 года\n\n"
        "В реестр сертифицированных программ включено 84 программы (на 01.04.2025 – 77), "
        "в том числе сетевых – 5.\n"
    )
    found = [(c.value, c.previous.value if c.previous else None, c.part_of) for c in report.program_counts]
    assert found == [(84, 77, None), (5, None, 84)]


def test_an_age_before_a_dated_bracket_takes_no_earlier_value() -> None:
    report = text_report(
        "План работы на 2027 год\n\nЦель: доступность образования для детей от 5 до 18 лет, проживающих "
        "в округе (численность на 01.01.2027 – 8 640 чел.).\n"
    )
    assert [(q.value, q.previous) for q in report.quantities] == [(8640, None)]


def test_members_of_all_programs_named_before_the_numbers_are_parts_of_their_total() -> None:
    report = text_report(
        REPORT + "В навигаторе опубликовано 141 программа, из них 70 сертифицированных. "
        "Новых программ открыто 12.\nИз общего числа программ 9 являются сетевыми, 6 – адаптированными.\n"
    )
    parts = [(c.value, c.part_of) for c in report.program_counts if c.value in {9, 6}]
    assert parts == [(9, 141), (6, 141)]


def test_a_sentence_of_an_earlier_year_gives_each_count_before_it_its_earlier_value() -> None:
    report = text_report(
        "Справка о программах на 2025/2026 учебный год\n\n"
        "На 01.10.2025 опубликовано 133 программы, из них 61 сертифицированная. "
        "В 2024/2025 учебном году программ было 120, сертифицированных среди них – 49.\n"
    )
    found = [(c.value, c.previous.value if c.previous else None) for c in report.program_counts]
    assert found == [(133, 120), (61, 49)]


def test_programs_that_passed_certification_are_certified() -> None:
    report = text_report(REPORT + "Новых программ, прошедших сертификацию во втором полугодии, – 9.\n")
    assert [(c.value, c.program_type) for c in report.program_counts] == [(9, "certified")]


def test_a_count_compared_inside_a_bracket_is_no_earlier_value_of_the_count_before() -> None:
    report = text_report(REPORT + "Сертифицировано 3 сетевые программы (всего сетевых – 11 против 7 в 2024 году).\n")
    found = [(c.value, c.program_type, c.previous.value if c.previous else None) for c in report.program_counts]
    assert found == [(3, "network", None), (11, "network", 7)]


def test_a_label_before_a_qualifier_types_its_own_number() -> None:
    report = text_report(
        REPORT
        + "Задача на 2026 год – довести число программ до 205, в том числе сетевых до 15 и адаптированных до 18.\n"
    )
    parts = [(c.value, c.program_type, c.part_of) for c in report.program_counts if c.part_of]
    assert parts == [(15, "network", 205), (18, "adapted", 205)]


def test_one_that_closes_a_list_of_counts_is_a_count() -> None:
    report = text_report(
        REPORT + "Программы реализуют 23 организации: 12 школ, 2 организации дополнительного образования, "
        "8 детских садов и одна автономная некоммерческая организация. Один ребёнок может заниматься в двух кружках.\n"
    )
    assert [(q.value, q.unit) for q in report.quantities if q.value == 1] == [(1, "организация")]


def test_a_bare_number_with_its_own_predicate_counts_the_noun_said_before() -> None:
    report = text_report(
        REPORT + "В 2025 году 37 педагогов прошли курсы повышения квалификации, шесть впервые аттестованы "
        "на высшую категорию.\n"
    )
    assert [(q.value, q.unit) for q in report.quantities] == [(37, "педагог"), (6, "педагог")]


def test_a_plan_said_after_a_count_is_that_counts_target() -> None:
    report = text_report(REPORT + "Выдано 1 684 сертификата (31,9 %), план – 1 550.\n")
    found = [(q.value, q.unit, q.kind) for q in report.quantities]
    assert found == [(1684, "сертификат", "actual"), (1550, "сертификат", "target")]


def test_a_share_of_children_with_certificates_of_financing_is_the_certificate_share() -> None:
    report = text_report(REPORT + "Доля детей 5–18 лет, обеспеченных сертификатами финансирования, — 36,4 %.\n")
    assert [(p.value, p.indicator) for p in report.percentages] == [(36.4, "certificate_share")]


def test_children_studying_under_programs_are_coverage_but_one_direction_is_not() -> None:
    report = text_report(
        REPORT + "76,8 % детей в возрасте от 5 до 18 лет занимаются по дополнительным общеобразовательным программам. "
        "Доля детей, занимающихся по программам технической направленности, – 21,5 %.\n"
    )
    assert [(p.value, p.indicator) for p in report.percentages] == [(76.8, "coverage_5_18"), (21.5, None)]


def test_a_dash_before_a_qualifier_gives_a_program_count_its_label() -> None:
    report = text_report(
        "План работы МОЦ на 2027 год\n\nЦелевые показатели: сетевые программы — не менее 7 (в 2026 г. — 4); "
        "адаптированные программы для детей с ОВЗ — не менее 9.\n"
    )
    found = [(c.value, c.program_type, c.previous.value if c.previous else None) for c in report.program_counts]
    assert found == [(7, "network", 4), (9, "adapted", None)]


def test_raising_their_number_in_a_later_clause_is_the_plan_of_the_count_before() -> None:
    report = text_report(REPORT + "Модульных программ пять, планируем довести их число до восьми.\n")
    assert [(c.value, c.program_type) for c in report.program_counts] == [(5, "modular"), (8, "modular")]
