"""Meaning that crosses a sentence or hides in a partitive: pronouns standing for the measure of the
sentence before, bare numbers after the words of a stage, wholes written as a bare number, colon
breakdowns, plainly named totals. Sentences and tables written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import count_facts, text_report

import mocparse

NOK_NOTE = "Аналитическая справка по итогам независимой оценки качества дополнительных общеобразовательных программ\n\n"
REPORT = "Отчёт о работе муниципального опорного центра за 2025 год\n\n"


def quantities(text: str) -> list[tuple[float, str, str, str | None]]:
    return [(q.value, q.unit, q.kind, q.indicator) for q in text_report(text).quantities]


# -- a pronoun stands for the measure of the sentence before


def test_a_pronoun_carries_the_quantity_and_its_measure_into_a_plan() -> None:
    found = quantities(
        REPORT + "За год дополнительным образованием охвачено 3 980 детей. В 2026 году их число "
        "предполагается увеличить до 4 150.\n"
    )
    assert found[0][:3] == (3980, "ребёнок", "actual")
    assert found[1] == (4150, "ребёнок", "target", found[0][3])


def test_an_opening_from_them_makes_a_bare_number_a_part_of_the_quantity_before() -> None:
    found = quantities(REPORT + "Выдано 1 870 сертификатов. Из них использовано 1 702.\n")
    assert (1702, "сертификат", "actual", None) in found  # a part: not every certificate issued


def test_a_pronoun_after_a_comma_stands_for_a_noun_of_its_own_sentence() -> None:
    found = quantities(
        REPORT + "Выдано 1 870 сертификатов. Тратить их можно на сертифицированные программы, их сейчас 48.\n"
    )
    assert all(value != 48 for value, *_ in found)


def test_a_pronoun_carries_the_kind_of_programs_counted_before() -> None:
    found = count_facts(
        REPORT + "В начале года в реестре было 44 сертифицированные программы. Сейчас их 51.\n", "value", "program_type"
    )
    assert (51, "certified") in found


def test_a_pronoun_with_its_own_direction_keeps_it() -> None:
    found = count_facts(
        REPORT + "В 2025 году открыто 12 новых программ технической направленности. По художественной "
        "направленности их осталось 33.\n",
        "value",
        "focus",
        "status",
    )
    assert (33, "arts", None) in found


def test_a_pronoun_carries_the_share_and_its_indicator_into_a_plan() -> None:
    shares = text_report(
        REPORT + "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, составила "
        "71,5 %. К 2026 году её планируется довести до 74 %.\n"
    ).percentages
    assert [(share.value, share.kind) for share in shares] == [(71.5, "actual"), (74.0, "target")]
    assert shares[1].indicator is not None and shares[1].indicator == shares[0].indicator
    assert shares[1].subject == shares[0].subject


# -- bare numbers after the words of a kind of programs


def test_bare_numbers_after_the_words_of_a_stage_count_the_programs_said_before() -> None:
    found = count_facts(
        NOK_NOTE + "На экспертизу поступила 31 программа. Экспертизу прошли 24, на доработку возвращены 7.\n",
        "value",
        "program_type",
    )
    assert found == [(31, "qa_submitted"), (24, "qa_passed"), (7, "qa_failed")]


def test_a_bare_number_after_the_words_of_a_status_counts_programs() -> None:
    found = count_facts(
        REPORT + "Центр реализует 64 программы, в том числе 20 сертифицированных. Вновь разработано восемь, "
        "из них три технической направленности.\n",
        "value",
        "program_type",
        "part_of",
    )
    assert (8, "new", None) in found
    assert (3, "new", 8) in found


def test_a_heading_number_or_the_top_of_a_score_counts_no_programs() -> None:
    found = count_facts(
        NOK_NOTE + "На экспертизу поступила 31 программа.\n\n4. Результаты экспертизы программ\n\n"
        "Экспертизу прошли 24 программы. Средний балл – 43,5 из 50 возможных; годом ранее он составлял 41,0.\n",
        "value",
    )
    assert found == [(31,), (24,)]


def test_the_top_of_a_score_is_a_score() -> None:
    found = quantities(NOK_NOTE + "Средний балл – 43,5 из 50 возможных; годом ранее он составлял 41,0.\n")
    assert [(value, unit) for value, unit, *_ in found][:2] == [(43.5, "балл"), (50, "балл")]


# -- partitives whose whole is a bare number


def test_the_words_after_a_bare_whole_are_said_of_the_part() -> None:
    found = count_facts(
        NOK_NOTE + "По итогам экспертизы 11 программ из 14 получили положительное заключение; две программы "
        "из шести возвращены на доработку.\n",
        "value",
        "program_type",
        "part_of",
    )
    assert found == [(11, "qa_passed", 14), (14, "qa_submitted", None), (2, "qa_failed", 6), (6, "qa_submitted", None)]


def test_a_bare_whole_keeps_the_participle_that_types_it() -> None:
    found = count_facts(
        REPORT + "Независимую оценку качества прошли 27 программ из 30 (тридцати) поданных.\n",
        "value",
        "program_type",
    )
    assert found == [(27, "qa_passed"), (30, "qa_submitted")]


def test_a_breakdown_after_a_part_breaks_the_part_down() -> None:
    found = count_facts(
        REPORT + "Положительное заключение получили 40 программ. Двенадцать из 40 – новые, в том числе 3 сетевые.\n",
        "value",
        "part_of",
    )
    assert (12, 40) in found
    assert (3, 12) in found


# -- breakdowns and totals


def test_a_colon_after_a_count_opens_its_breakdown() -> None:
    found = count_facts(
        REPORT + "В навигаторе опубликована 201 программа: сертифицированных – 57, социально значимых – 33.\n",
        "value",
        "program_type",
        "part_of",
    )
    assert found == [(201, "all", None), (57, "certified", 201), (33, "significant", 201)]


def test_a_count_of_programs_named_plainly_is_all_programs() -> None:
    assert count_facts(REPORT + "Количество программ составило 245.\n", "value", "program_type") == [(245, "all")]
    found = count_facts(
        REPORT + "Довести количество программ технической и естественнонаучной направленностей до 54.\n",
        "value",
        "program_type",
    )
    assert found == [(54, None)]


def test_from_them_after_a_sentence_naming_programs_breaks_down_the_last_total() -> None:
    found = count_facts(
        REPORT + "В 2025 году реализовывалась 291 дополнительная общеразвивающая программа. Все программы "
        "размещены в навигаторе. Из них 64 сертифицированы, 19 – платные.\n",
        "value",
        "part_of",
    )
    assert found[1:] == [(64, 291), (19, 291)]


def test_the_words_of_a_share_after_a_count_do_not_type_it() -> None:
    found = count_facts(
        REPORT + "Задача на 2026 год – организовать экспертизу не менее 90 программ с долей положительных "
        "заключений не ниже 85 %.\n",
        "value",
        "program_type",
    )
    assert found == [(90, "qa_submitted")]


def test_last_autumn_is_an_earlier_period() -> None:
    found = text_report(REPORT + "В навигаторе сейчас 190 программ. Прошлой осенью их было 160.\n").program_counts
    assert [(count.value, count.previous.value if count.previous else None) for count in found] == [(190, 160)]


# -- tables


def test_table_rows_naming_only_a_stage_count_programs_in_a_note_on_assessment() -> None:
    found = count_facts(
        NOK_NOTE + "Показатель\t2024 год\t2025 год\n"
        "Количество организаций-участников\t11\t13\n"
        "Прошли НОК, ед.\t38\t45\n"
        "Направлено на доработку, ед.\t9\t6\n",
        "value",
        "program_type",
    )
    assert found == [(45, "qa_passed"), (6, "qa_failed")]


def test_a_row_counting_programs_plainly_is_all_programs() -> None:
    found = count_facts(
        REPORT + "Показатель\t2024 год\t2025 год\nКоличество дополнительных общеразвивающих программ, ед.\t210\t232\n",
        "value",
        "program_type",
    )
    assert found == [(232, "all")]


def test_a_column_of_coverage_counts_children() -> None:
    found = quantities(REPORT + "Организация\tКоличество программ\tОхват детей\nЦДТ «Искра»\t40\t1 100\n")
    assert [(value, unit) for value, unit, *_ in found] == [(1100, "ребёнок")]


def test_a_column_reference_is_no_count() -> None:
    found = quantities(REPORT + "Примечание: гр. 6 – число обучающихся в организации.\n")
    assert found == []


def test_a_decisions_table_of_minutes_gives_activities(tmp_path: Path) -> None:
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Протокол № 2</title></head><body><h1>Протокол № 2</h1>"
        "<p>РЕШИЛИ:</p><table><tr><th>№</th><th>Решение</th><th>Срок</th><th>Ответственный</th></tr>"
        "<tr><td>1</td><td>Провести семинар для педагогов сельских школ</td><td>до 20.03.2025</td>"
        "<td>Ильина О.П., методист МОЦ</td></tr></table></body></html>",
        encoding="utf-8",
    )
    activities = mocparse.parse(page).activities
    assert [(activity.title, activity.responsible) for activity in activities] == [
        ("Провести семинар для педагогов сельских школ", ["Ильина О.П."])
    ]


def test_a_task_stops_before_its_deadline_line(tmp_path: Path) -> None:
    page = tmp_path / "tasks.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Публичный доклад</title></head><body><h1>Публичный доклад</h1>"
        "<p>Задачи на 2026 год:</p><ol><li>Обеспечить охват детей дополнительным образованием не ниже 80 %."
        "<br>Срок: до 31.12.2026. Ответственный: руководитель МОЦ.</li>"
        "<li>Довести число сертифицированных программ до 75.<br>Срок: до 01.09.2026.</li></ol></body></html>",
        encoding="utf-8",
    )
    tasks = mocparse.parse(page).tasks
    assert [task.text for task in tasks] == [
        "Обеспечить охват детей дополнительным образованием не ниже 80 %.",
        "Довести число сертифицированных программ до 75.",
    ]


# -- spoken forms and restated wholes


def test_a_whole_that_restates_a_count_is_that_count() -> None:
    found = count_facts(
        NOK_NOTE + "Экспертизу в 2025 году прошли 26 программ при плане 24; из 26 – двадцать одна получила "
        "положительное заключение, остальные направлены на доработку.\n",
        "value",
        "program_type",
        "kind",
        "part_of",
    )
    assert found == [
        (26, "qa_submitted", "actual", None),
        (24, "qa_submitted", "target", None),
        (21, "qa_passed", "actual", 26),
    ]


def test_respectively_pairs_bare_numbers_with_the_counts_before_it() -> None:
    found = count_facts(
        REPORT + "Сейчас в округе 5 сетевых программ и 9 модульных, а к концу года их число планируется "
        "довести соответственно до 8 и 12.\n",
        "value",
        "form",
        "kind",
    )
    assert found == [
        (5, "network", "actual"),
        (9, "modular", "actual"),
        (8, "network", "target"),
        (12, "modular", "target"),
    ]


def test_a_pronoun_answering_a_question_about_programs_counts_them() -> None:
    found = count_facts(
        REPORT + "– Сколько сегодня программ для детей в районе?\n\n– На начало мая их сто сорок две.\n",
        "value",
        "program_type",
    )
    assert found == [(142, "all")]


def test_a_plural_adjective_after_a_number_stands_for_the_programs_before() -> None:
    found = count_facts(
        REPORT + "По муниципальному заданию реализуются 96 программ, и ещё семь – платные.\n", "value", "status"
    )
    assert (7, None) in found
    people = count_facts(
        REPORT + "В навигаторе 118 программ. Кружки посещают 40 детей, из них 12 – новенькие.\n", "value"
    )
    assert (12,) not in people


def test_a_direction_named_with_its_noun_after_counts_of_programs() -> None:
    found = count_facts(
        REPORT + "Больше всего программ физкультурно-спортивной направленности – 46. Дальше художественная "
        "направленность – 39.\n",
        "value",
        "focus",
    )
    assert found == [(46, "sports"), (39, "arts")]


def test_a_status_adjective_before_among_them_counts_programs() -> None:
    found = count_facts(
        REPORT + "В навигаторе размещено 118 программ. Сертифицированных среди них 44.\n", "value", "status"
    )
    assert (44, "certified") in found


def test_a_noun_counted_by_another_number_is_not_programs() -> None:
    found = count_facts(
        REPORT + "В навигаторе 118 программ. Самые востребованные – технические студии: из 240 мест занято 196.\n",
        "value",
    )
    assert found == [(118,)]


def test_a_summer_named_with_its_year_is_a_period() -> None:
    dates = text_report(
        REPORT + "Итоги кампании Лето-2025 подведены; в летний период 2025 года работали 14 площадок.\n"
    ).dates
    summers = [(date.start.isoformat(), date.end.isoformat()) for date in dates if "ет" in date.text]
    assert summers == [("2025-06-01", "2025-08-31"), ("2025-06-01", "2025-08-31")]
