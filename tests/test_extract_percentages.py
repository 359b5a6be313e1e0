"""Percentages: forms, kinds, tables."""

from __future__ import annotations

import pytest
from conftest import text_report

REPORT = "Отчет о работе МОЦ Лесного района за 2024 год\n\n"
PLAN = "План работы МОЦ Лесного района на 2025 год\n\n"

CASES = [
    (REPORT, "Охват детей в возрасте 5-18 лет составил 81,2 %.", [(81.2, "actual")]),
    (REPORT, "Охват достиг 79.6% при плановом показателе 78 %.", [(79.6, "actual"), (78.0, "target")]),
    (REPORT, "Доля детей с сертификатами – 37,3% от общего числа детей.", [(37.3, "actual")]),
    (REPORT, "Охват вырос с 68 процентов в 2015 году до более 77 процентов в 2021 году.", [(77.0, "actual")]),
    (REPORT, "Целевой показатель охвата – 70-75%.", [(70.0, "target"), (75.0, "target")]),
    (REPORT, "Охват с учетом повторных записей составил 108,5%.", [(108.5, "actual")]),
    (REPORT, "Число участников изменилось на -15,30% к прошлому году.", []),  # a change, not a share
    (PLAN, "Довести долю педагогов, прошедших КПК, до 90 %.", [(90.0, "target")]),
]


@pytest.mark.parametrize(("head", "sentence", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_percentages(head: str, sentence: str, expected: list[tuple[float, str]]) -> None:
    report = text_report(head + sentence)
    assert [(p.value, p.kind) for p in report.percentages] == expected


def test_subject_is_the_phrase_as_written_and_its_key_the_lemmas() -> None:
    report = text_report(REPORT + "Дополнительным образованием охвачено 75 % детей школьного возраста.")
    (percentage,) = report.percentages
    assert percentage.subject == "детей школьного возраста"
    assert percentage.subject_key == "ребёнок школьный возраст"


def test_table_cells_under_a_percent_header() -> None:
    report = text_report(
        REPORT + "Показатель\tПлан\tФакт\nОхват детей дополнительным образованием, %\t76\t78,5\nЧисло кружков\t40\t42\n"
    )
    assert [(p.value, p.kind) for p in report.percentages] == [(76.0, "target"), (78.5, "actual")]
    assert all("Охват" in p.subject for p in report.percentages)


def _indicators(text: str) -> list[tuple[float, str | None]]:
    report = text_report("Отчет о работе МОЦ за 2024 год\n\n" + text)
    return [(p.value, p.indicator) for p in report.percentages]


def test_a_planned_value_of_the_indicator_just_named_takes_its_indicator() -> None:
    text = (
        "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составил 80,1 %. "
        "Целевое значение показателя на 2025 год – 81 %."
    )
    assert _indicators(text) == [(80.1, "coverage_5_18"), (81, "coverage_5_18")]


def test_a_share_of_a_plan_done_is_no_indicator() -> None:
    text = "Охват детей дополнительным образованием составил 78 %, плановое значение выполнено на 101,3 %."
    assert _indicators(text) == [(78, "coverage_5_18"), (101.3, None)]


def test_a_year_opening_is_no_place_but_a_place_opening_is_a_part() -> None:
    text = (
        "В 2024 году охват детей-инвалидов дополнительным образованием составил 61 %. "
        "В сельских поселениях охват детей дополнительным образованием – 55 %."
    )
    assert _indicators(text) == [(61, "disabled_children_covered"), (55, None)]


def _head_counts(text: str) -> list[tuple[float, int | None]]:
    report = text_report("Отчет о работе МОЦ за 2024 год\n\n" + text)
    return [(p.value, p.head_count) for p in report.percentages]


def test_head_counts_of_people_restated_as_shares() -> None:
    text = (
        "Дополнительным образованием охвачено 6 204 ребёнка, или 80,3 % детей округа. "
        "Повышение квалификации прошли 52 человека, что составляет 41,6 % педагогов. "
        "Выдано 2 015 соцсертификатов (38,9 % детей)."
    )
    assert _head_counts(text) == [(80.3, 6204), (41.6, 52), (38.9, 2015)]


def test_counts_of_programs_are_no_head_counts() -> None:
    assert _head_counts("Технической направленности – 64 программы (17,2 %).") == [(17.2, None)]


def test_a_sentence_of_earlier_shares_gives_the_previous_of_the_share_before() -> None:
    report = text_report(
        "Отчет о работе МОЦ за 2024 год\n\n"
        "Охват детей дополнительным образованием составил 80,5 %. Годом ранее этот показатель составлял 78,1 %.\n\n"
        "Доля программ, прошедших экспертизу, – 88 %. Для сравнения: в 2023 году было 84 %, в 2022-м – 79 %."
    )
    shares = [(p.value, (p.previous.value, p.previous.year) if p.previous else None) for p in report.percentages]
    assert shares == [(80.5, (78.1, 2023)), (88, (84, 2023))]


def test_a_clause_pointing_back_with_the_measure_noun_gives_an_earlier_share() -> None:
    report = text_report(
        "Отчет о работе МОЦ за 2024 год\n\n"
        "В кружках занимаются 118 детей-инвалидов – 54,2 % от их общего числа (218 человек); годом ранее доля "
        "составляла 50,9 %."
    )
    (share,) = report.percentages
    assert share.previous is not None and (share.previous.value, share.previous.year) == (50.9, 2023)
    assert share.indicator == "disabled_children_covered"


def test_a_series_by_year_gives_the_last_value_its_earlier_one_and_the_measure_before_the_colon() -> None:
    report = text_report(
        REPORT + "Охват детей дополнительным образованием растёт год от года: 71,4 % в 2022 году, "
        "73,0 % в 2023 году и 74,8 % по итогам 2024 года."
    )
    (share,) = report.percentages
    assert (share.value, share.indicator, share.subject) == (
        74.8,
        "coverage_5_18",
        "Охват детей дополнительным образованием",
    )
    assert share.previous is not None and (share.previous.value, share.previous.year) == (73, 2023)


def test_a_plans_fulfilment_is_achieved_and_a_planned_share_stays_a_target() -> None:
    report = text_report(
        "Отчет о работе МОЦ Озерского района за 2024 год\n\n"
        "Годовой план консультаций выполнен на 97,4 %. Курсы прошли 30 педагогов при плане 24 (125,0 %). "
        "Выполнить плановый охват в 78,0 % не удалось."
    )
    kinds = {p.value: p.kind for p in report.percentages}
    assert kinds[97.4] == "actual" and kinds[125.0] == "actual" and kinds[78.0] == "target"


def test_a_measure_column_names_its_indicator_through_the_caption_on_the_total_row_only() -> None:
    text = (
        "Таблица 3. Итоги экспертизы по направленностям\n\n"
        "Направленность\tПодано\tДопущено\tДоля допущенных, %\n"
        "Техническая\t12\t10\t83,3\nХудожественная\t8\t8\t100\nИтого\t20\t18\t90,0\n"
    )
    # the shares of one focus are parts of the municipality: no indicator of their own
    assert _indicators(text) == [(83.3, None), (100.0, None), (90.0, "programs_qa_share")]


def test_a_share_column_beside_plan_and_fact_is_achieved_even_in_a_plan() -> None:
    report = text_report(
        PLAN + "Исполнение по мероприятиям (тыс. руб.):\n\nМероприятие\tПлан\tФакт\t%\n"
        "Поддержка МОЦ\t1 200,0\t1 150,0\t95,8\nПроведение конкурсов\t800,0\t760,0\t95,0\n"
    )
    assert [(p.value, p.kind) for p in report.percentages] == [(95.8, "actual"), (95.0, "actual")]


def test_a_value_compared_with_the_plan_is_achieved() -> None:
    report = text_report(REPORT + "Значение охвата 80,3 % превышает плановое на 1,3 п.п.")
    assert [(p.value, p.kind) for p in report.percentages] == [(80.3, "actual")]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Выдано 1 904 соцсертификата (41,3 % детей).", "certificate_share"),
        ("Доля детей, использующих сертификаты персонифицированного финансирования, – 24,7 %.", "certificate_share"),
        ("Использовано 1 874 сертификата, или 95,6 % от выданных.", None),
        ("Использовано 688 социальных сертификатов из 731 выданного (94,1 %).", None),
        ("Доля использованных сертификатов составила 94,1 %.", None),
        ("По 1 495 сертификатам (92,2 %) заключены договоры об образовании.", None),
    ],
)
def test_a_share_of_the_certificates_themselves_is_not_the_share_of_children_with_one(
    sentence: str, indicator: str | None
) -> None:
    assert [found for _, found in _indicators(sentence)] == [indicator]


@pytest.mark.parametrize(
    ("sentence", "head_count"),
    [
        ("Охват детей дополнительным образованием достиг 81,2 % – это 9 846 ребят.", 9846),
        ("Дополнительным образованием охвачено 5 704 ребёнка из 7 016 детей, что составляет 81,3 %.", 5704),
        ("Охват составил 78 %, 1 204 ребёнка посещают кружки при школах.", None),
    ],
)
def test_the_people_a_share_stands_for(sentence: str, head_count: int | None) -> None:
    (share,) = text_report("Отчет о работе МОЦ за 2024 год\n\n" + sentence).percentages
    assert share.head_count == head_count


def test_a_share_column_takes_its_head_count_from_the_people_column_under_the_same_header() -> None:
    text = (
        "Справка об охвате детей дополнительным образованием за 2025 год\n\n"
        "| Поселение | Проживает детей, чел. | Охвачено дополнительным образованием, чел. "
        "| Охвачено дополнительным образованием, % |\n"
        "|---|---|---|---|\n"
        "| Берёзовка | 1 412 | 1 190 | 84,3 |\n"
        "| Ольховка | 386 | 297 | 76,9 |\n"
    )
    report = text_report(text)
    assert [(share.value, share.head_count) for share in report.percentages] == [(84.3, 1190), (76.9, 297)]


def test_a_change_said_again_in_percent_is_no_share() -> None:
    head = "Отчет о работе МОЦ за 2025 год\n\n"
    for sentence in (
        "Общее число программ выросло со 131 в 2024 году до 144 (+13, или 9,9 %).",
        "Общее число программ выросло с 202 до 225, то есть на 23 программы, или на 11,4 %.",
    ):
        assert text_report(head + sentence).percentages == []
    shares = text_report(head + "Охват составил 80,1 %, или 4 120 детей.").percentages
    assert [(p.value, p.head_count) for p in shares] == [(80.1, 4120)]


def test_a_percent_sign_after_two_coordinated_figures_makes_both_shares() -> None:
    report = text_report(
        "Отчет о работе МОЦ за 2025 год\n\n"
        "В сельских поселениях охват детей дополнительным образованием составляет только 61 и 64 % соответственно."
    )
    assert sorted(p.value for p in report.percentages) == [61.0, 64.0]


def test_two_shares_joined_by_a_dash_in_one_token_are_both_values() -> None:
    report = text_report("В малокомплектных школах охват детей составляет 52–58 %. В 2024–2025 годах он не менялся.")
    assert [p.value for p in report.percentages] == [52, 58]
    spans = [p.evidence.span.text for p in report.percentages if p.evidence.span]
    assert [span[:2] for span in spans] == ["52", "58"]


def test_an_earlier_share_after_a_plan_aside_and_bracketed_counts_is_the_earlier_value_of_the_share() -> None:
    """Neither the counts restated in brackets nor the plan set beside the share compete with it for the
    earlier value after the semicolon."""
    report = text_report(
        "Справка о работе МОЦ за 2025 год\n\nДоля детей в возрасте от 5 до 18 лет, охваченных дополнительным "
        "образованием, составила 80,2 % (5 410 из 6 746 детей) при плановом показателе 79,0 %; в 2024 году — "
        "77,5 % (5 190 из 6 697).\n"
    )
    shares = {p.value: p for p in report.percentages}
    assert 77.5 not in shares
    assert shares[80.2].previous is not None and (shares[80.2].previous.value, shares[80.2].previous.year) == (
        77.5,
        2024,
    )
    assert shares[79.0].kind == "target" and shares[79.0].previous is None


def test_a_share_in_brackets_after_a_change_says_the_change_again() -> None:
    report = text_report(
        "Справка о работе МОЦ за 2025 год\n\nЧисло программ за год выросло со 160 до 184, то есть на 24 единицы "
        "(15,0 %). Охват вырос на 2 процента (с 76 % до 78 %).\n"
    )
    assert 15.0 not in {p.value for p in report.percentages}
    assert 78.0 in {p.value for p in report.percentages}
