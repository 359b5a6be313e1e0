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
