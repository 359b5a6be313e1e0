"""Earlier values said after a contrast or in a series with other numbers around, breakdowns opened by a
word that spreads a count over its parts, children covered named by coverage alone, the base of a
partitive, and things counted in a table that are not programs. Sentences and tables written for these
tests."""

from __future__ import annotations

from conftest import count_facts, text_report

REPORT = "Отчёт о работе муниципального опорного центра за 2025 год\n\n"


def quantities(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.unit, q.indicator) for q in text_report(text).quantities]


# -- earlier values


def test_a_contrasted_clause_with_was_gives_the_earlier_value() -> None:
    found = count_facts(
        REPORT + "Программ, включённых в реестр сертифицированных, сейчас 63, а было 47.\n", "value", "previous"
    )
    assert [(value, previous.value if previous else None) for value, previous in found] == [(63, 47)]


def test_a_series_by_year_after_an_age_range_keeps_the_last_value_only() -> None:
    text = REPORT + (
        "Число детей в возрасте от 5 до 18 лет в округе снижается: 6 120 человек в 2023 году, "
        "6 045 – в 2024 году, 5 987 – в 2025 году.\n"
    )
    report = text_report(text)
    assert [(q.value, q.previous.value if q.previous else None) for q in report.quantities] == [(5987, 6045)]


def test_older_values_joined_to_a_compared_value_are_no_shares_of_their_own() -> None:
    report = text_report(REPORT + "Доля охвата выросла до 81,2 % против 79,5 % в 2024 году и 77,0 % в 2023 году.\n")
    assert [(p.value, p.previous.value if p.previous else None) for p in report.percentages] == [(81.2, 79.5)]


def test_a_later_value_of_another_measure_is_not_taken_for_an_older_one() -> None:
    found = quantities(REPORT + "Охвачено 812 детей против 790 в 2024 году и 45 педагогов.\n")
    assert (45, "педагог", "teachers_total") in found


# -- a word that spreads a count over its parts


def test_a_pronoun_and_a_distribution_word_break_down_the_count_before() -> None:
    found = count_facts(
        REPORT + "В реестр сертифицированных программ на 2025 год включено 64 программы. "
        "По направленностям они распределены так: технической – 12, художественной – 21, "
        "социально-гуманитарной – 17.\n",
        "value",
        "program_type",
        "focus",
        "part_of",
    )
    assert (12, "certified", "technical", 64) in found
    assert (21, "certified", "arts", 64) in found


def test_a_distribution_word_after_the_count_in_its_sentence_opens_its_breakdown() -> None:
    found = count_facts(
        REPORT + "Реализуются 58 сетевых программ, которые распределены по направленностям следующим "
        "образом: технической – 9, естественнонаучной – 7.\n",
        "value",
        "form",
        "focus",
        "part_of",
    )
    assert (9, "network", "technical", 58) in found


def test_a_distribution_heading_without_a_pronoun_links_to_nothing() -> None:
    found = count_facts(
        REPORT + "Всего реализуется 58 программ.\n\nРаспределение по направленностям: техническая – 14, "
        "художественная – 19.\n",
        "value",
        "part_of",
    )
    assert (14, None) in found


# -- children covered


def test_coverage_alone_names_the_children_covered() -> None:
    found = quantities(REPORT + "По итогам года охвачено 4 327 детей.\n")
    assert found == [(4327, "ребёнок", "children_covered")]


def test_coverage_by_summer_rest_is_not_additional_education() -> None:
    found = quantities(REPORT + "Летним отдыхом в лагерях с дневным пребыванием охвачено 900 детей.\n")
    assert found == [(900, "ребёнок", None)]


def test_a_coverage_column_gives_every_row_the_indicator() -> None:
    text = REPORT + (
        "Таблица 3. Программы и охват по направленностям\n\n"
        "Направленность\tКоличество программ\tОхват детей\n"
        "Техническая\t22\t612\n"
        "Художественная\t40\t1 406\n"
        "Итого\t62\t2 018\n"
    )
    found = quantities(text)
    assert (612, "ребёнок", "children_covered") in found
    assert (2018, "ребёнок", "children_covered") in found


def test_the_whole_of_a_partitive_is_the_base_and_the_part_is_covered() -> None:
    found = quantities(
        REPORT + "На 01.01.2026 из 6 240 детей в возрасте от 5 до 18 лет, проживающих на территории округа, "
        "дополнительным образованием охвачены 4 911 человек.\n"
    )
    assert (6240, "ребёнок", "children_5_18_total") in found
    assert (4911, "человек", "children_covered") in found


# -- what a table or a sentence counts


def test_a_column_counting_contracts_is_no_count_of_programs() -> None:
    text = REPORT + (
        "Таблица 2. Программы и договоры по организациям\n\n"
        "№\tОрганизация\tСертифицированных программ, ед.\tЗаключено договоров по сертификатам, ед.\n"
        "1\tМБУ ДО «Дом творчества»\t17\t804\n"
        "2\tМБОУ «СОШ № 2»\t6\t233\n"
        "\tИтого\t23\t1 037\n"
    )
    report = text_report(text)
    assert {count.value for count in report.program_counts} >= {17, 6}
    assert not {804, 233, 1037} & {count.value for count in report.program_counts}
    assert {(q.value, q.unit) for q in report.quantities} >= {(804, "договор"), (233, "договор")}


def test_half_years_and_running_totals_are_no_counted_things() -> None:
    found = quantities(
        REPORT + "В 1 полугодии 2025 года курсы прошли 14 педагогов. Число программ, прошедших оценку, "
        "планируется довести до 90 нарастающим итогом.\n"
    )
    assert [unit for _, unit, _ in found] == ["педагог"]


# -- shares of coverage


def shares(text: str) -> list[tuple[float, str | None]]:
    return [(p.value, p.indicator) for p in text_report(text).percentages]


def test_a_plan_said_beside_a_share_names_no_other_measure() -> None:
    found = shares(REPORT + "Доля охвата достигла 82,4 % при плановом значении муниципальной программы 81,0 %.\n")
    assert found == [(82.4, "coverage_5_18"), (81.0, "coverage_5_18")]


def test_a_coverage_column_gives_each_settlement_its_share() -> None:
    text = REPORT + (
        "Таблица 4. Охват по поселениям\n\n"
        "Поселение\tДетей 5–18 лет\tОхвачено дополнительным образованием, %\n"
        "Ключевское сельское поселение\t640\t71,4\n"
        "Городское поселение\t3 410\t83,0\n"
    )
    assert (71.4, "coverage_5_18") in shares(text)


def test_plan_fulfilment_and_a_part_of_the_total_coverage_are_no_coverage() -> None:
    text = REPORT + (
        "Таблица 5. Выполнение плана по охвату\n\n"
        "Организация\tПлан, чел.\tФакт, чел.\tВыполнение плана по охвату, %\tДоля в общем охвате, %\n"
        "МБУ ДО «Дом творчества»\t1 200\t1 230\t102,5\t41,0\n"
        "МБУ ДО «Спортивная школа»\t800\t770\t96,3\t25,7\n"
    )
    found = dict(shares(text))
    assert found.get(102.5, "absent") is None
    assert found.get(41.0, "absent") is None


# -- indicators of counted things


def test_certificates_counted_beside_their_nominal_are_certificates_not_the_nominal() -> None:
    found = quantities(
        REPORT + "В 2025 году выдано 1 240 сертификатов персонифицированного финансирования номиналом 7 100 руб.\n"
    )
    assert (1240, "сертификат", "certificates_issued") in found
    assert (7100, "рубль", "certificate_nominal") in found


def test_children_with_disabilities_named_in_a_breakdown_keep_their_indicator() -> None:
    found = quantities(REPORT + "По адаптированным программам занимаются 286 детей с ОВЗ, из них 31 ребёнок-инвалид.\n")
    assert (31, "ребёнок-инвалид", "disabled_children_covered") in found


def test_a_part_of_the_teachers_trained_is_trained_too() -> None:
    found = quantities(
        REPORT + "Курсы повышения квалификации прошли 48 педагогов, из них 15 – по работе с детьми с ОВЗ.\n"
    )
    assert (48, "педагог", "teachers_trained") in found
    assert (15, "педагог", "teachers_trained") in found


# -- a group of programs said before opens the breakdown


def test_a_sentence_opening_with_the_group_breaks_down_the_count_of_that_group() -> None:
    found = count_facts(
        REPORT + "В навигаторе опубликовано 152 программы, ещё шесть проходят модерацию. Из опубликованных "
        "программ сертифицированных – 61, значимых – 55, платных – 14.\n",
        "value",
        "program_type",
        "status",
        "part_of",
    )
    assert (61, "certified", "certified", 152) in found
    assert (14, None, "published", 152) in found


def test_programs_named_plainly_again_are_spread_over_directions_of_the_last_total() -> None:
    found = count_facts(
        REPORT + "Всего в округе реализуется 236 программ. Сетевых программ 12 при плане 14.\n\n"
        "По направленностям программы распределяются так: художественная – 71, техническая – 38.\n",
        "value",
        "focus",
        "form",
        "status",
        "part_of",
    )
    assert (71, "arts", None, None, 236) in found
    assert (38, "technical", None, None, 236) in found


def test_programs_of_one_form_spread_over_directions_are_no_breakdown_of_another_count() -> None:
    found = count_facts(
        REPORT + "В реестр сертифицированных включено 64 программы. Сетевые программы распределены по "
        "направленностям так: технической – 5, художественной – 3.\n",
        "value",
        "part_of",
    )
    assert (5, None) in found


def test_a_group_followed_by_a_colon_stays_a_lead_in_of_its_stage() -> None:
    found = count_facts(
        REPORT + "На экспертизу представлено 58 программ. Среди поданных программ: сетевых – 6, "
        "реализуемых с применением дистанционных технологий – 3.\n",
        "value",
        "status",
    )
    assert (3, "qa_submitted") in found


# -- a value to come said after the count


def test_a_bare_number_in_a_clause_of_a_value_to_come_is_the_plan_of_the_count_before() -> None:
    found = count_facts(
        REPORT + "Сетевых программ сейчас пять, будет не меньше восьми: к ним присоединится библиотека.\n",
        "value",
        "form",
        "kind",
    )
    assert found == [(5, "network", "actual"), (8, "network", "target")]


def test_a_clause_of_another_thing_to_come_is_no_plan_of_the_count() -> None:
    found = count_facts(REPORT + "Сетевых программ сейчас 5, будет 30 участников.\n", "value")
    assert found == [(5,)]
