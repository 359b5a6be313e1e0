"""Forms met on unseen moderation notes, slide decks, subprogramme reports and quarterly reports.
Sentences and tables written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import count_facts, text_report

import mocparse
from mocparse.records import Report

MODERATION = "Справка по итогам модерации программ в Навигаторе за 2024 год\n\n"


def counts(text: str) -> list[tuple[int, str | None]]:
    return [(count.value, count.program_type) for count in text_report(text).program_counts]


# -- program counts: the stages of a moderation


def test_programs_checked_in_a_moderation_were_submitted_to_it() -> None:
    found = counts(MODERATION + "Всего в ходе модерации проверено 142 программы девяти организаций.\n")
    assert found == [(142, "qa_submitted")]


def test_programs_that_meet_the_requirements_or_got_remarks_passed_or_failed() -> None:
    found = counts(
        MODERATION + "Требованиям регламента полностью соответствуют 61 программа; замечания получили 23 программы.\n"
    )
    assert found == [(61, "qa_passed"), (23, "qa_failed")]


def test_a_column_of_programs_without_remarks_counts_passed_programs() -> None:
    found = counts(
        MODERATION + "Организация\tПроверено программ\tВозвращено на доработку\tБез замечаний\n"
        "ЦДТ «Радуга»\t30\t8\t22\n"
    )
    assert found == [(30, "qa_submitted"), (8, "qa_failed"), (22, "qa_passed")]


def test_checking_outside_an_assessment_types_nothing() -> None:
    found = counts("Отчёт о работе МОЦ за 2024 год\n\nМетодисты предложили проверить расчёт стоимости трёх программ.\n")
    assert all(kind != "qa_submitted" for _, kind in found)


# -- program counts: lines under a heading that names programs


def html_report(tmp_path: Path, body: str) -> Report:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><meta charset='utf-8'><title>МОЦ в цифрах</title></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return mocparse.parse(page)


def test_slide_bullets_under_a_heading_about_programs_count_programs(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Итоги работы МОЦ за 2025 год</h1><h2>Программы в Навигаторе</h2><ul>"
        "<li>реестр сертифицированных — 87</li><li>Сетевые — 14 (в 2024 г. — 9)</li>"
        "<li>Прошли независимую оценку качества — 33</li><li>иные — 40</li></ul>",
    )
    found = [(count.value, count.program_type) for count in report.program_counts]
    assert found == [(87, "certified"), (14, "network"), (33, "qa_passed"), (40, None)]
    assert report.program_counts[1].previous is not None and report.program_counts[1].previous.value == 9


def test_the_same_bullets_under_a_heading_about_something_else_count_no_programs(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Итоги работы МОЦ за 2025 год</h1><h2>Кадры</h2><ul><li>Прошли обучение — 33</li><li>иные — 40</li></ul>",
    )
    assert report.program_counts == []


def test_an_infographic_card_keeps_its_comparison_apart_and_counts_under_its_heading(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Итоги 2024/2025 учебного года</h1><h2>Программы</h2><div class='grid'>"
        "<div class='card'><div>52</div><div>прошли независимую оценку качества</div>"
        "<div>в 2024 году таких было 41</div></div>"
        "<div class='card'><div>118</div><div>включены в реестр сертифицированных программ</div>"
        "<div>на 12 больше, чем годом ранее</div></div></div>",
    )
    found = [(count.value, count.program_type) for count in report.program_counts]
    assert found == [(52, "qa_passed"), (118, "certified")]
    assert report.program_counts[0].previous is not None and report.program_counts[0].previous.value == 41


# -- slide decks: bullets, heads of labels, shares, the title


def test_square_bullets_mark_list_items() -> None:
    from mocparse.readers.layout import split_list_label

    assert split_list_label("■ Сетевые — 16")[1] == "Сетевые — 16"
    assert split_list_label("► Новые — 7")[1] == "Новые — 7"


def test_a_label_opened_by_another_noun_counts_that_noun_not_the_programs_after_it() -> None:
    report = text_report(
        "Итоги работы МОЦ за 2025 год\n\n"
        "Педагогов, реализующих ДООП, — 322.\n\n"
        "Школ без программ технической направленности — 6.\n\n"
        "Сетевых программ — 16.\n"
    )
    assert [(count.value, count.program_type) for count in report.program_counts] == [(16, "network")]
    assert {(quantity.value, quantity.unit) for quantity in report.quantities} >= {(322, "педагог"), (6, "школа")}


def test_the_whole_of_a_part_before_a_dashed_share_is_no_share() -> None:
    report = text_report("Итоги работы МОЦ за 2025 год\n\nДети с ОВЗ: охвачено 318 из 607 — 52,4 %.\n")
    assert [share.value for share in report.percentages] == [52.4]


def test_a_title_that_names_the_years_tasks_opens_no_task_list(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Итоги 2024/2025 учебного года и задачи на 2025/2026 учебный год</h1>"
        "<p>Августовская педагогическая конференция, 27 августа 2025 г.</p>"
        "<p>Докладчик: Сухорукова Н.А., руководитель МОЦ</p>"
        "<h2>Задачи на 2025/2026 учебный год</h2><ul><li>Охват детей 5–18 лет — не ниже 78,5 %</li>"
        "<li>Сертифицированных программ — не менее 140</li></ul>",
    )
    assert [task.text for task in report.tasks] == [
        "Охват детей 5–18 лет — не ниже 78,5 %",
        "Сертифицированных программ — не менее 140",
    ]


# -- plan and result written as a pair


def test_a_pair_under_a_plan_and_result_heading_gives_a_target_and_an_actual(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Итоги работы МОЦ за 2025 год</h1><h2>Выполнение показателей: план / факт</h2><ul>"
        "<li>Сертифицированные программы, ед. — 110 / 117</li>"
        "<li>Охват детей 5–18 лет, % — 76,0 / 76,8</li>"
        "<li>Новые места ДО, ед. — 120 / 120</li></ul>",
    )
    counts = [(count.value, count.program_type, count.kind) for count in report.program_counts]
    assert counts == [(110, "certified", "target"), (117, "certified", "actual")]
    assert [(share.value, share.kind) for share in report.percentages] == [(76.0, "target"), (76.8, "actual")]
    assert [(quantity.value, quantity.unit, quantity.kind) for quantity in report.quantities] == [
        (120, "место", "target"),
        (120, "место", "actual"),
    ]


def test_a_count_and_its_share_after_a_slash_stay_a_count_and_a_share() -> None:
    report = text_report("Итоги работы МОЦ за 2025 год\n\nОбучающиеся с ОВЗ, человек/% — 96 / 4,2 %.\n")
    assert [share.value for share in report.percentages] == [4.2]


def test_a_plan_beside_a_count_is_the_plan_of_the_same_programs() -> None:
    found = count_facts(
        "Итоги работы МОЦ за 2025 год\n\n"
        "Количество программ в Навигаторе составило 240, из них по сертификатам ПФДО "
        "реализовано 104 программы при плане 100.\n",
        "value",
        "program_type",
        "kind",
    )
    assert (104, "certified", "actual") in found and (100, "certified", "target") in found


def test_programs_named_before_a_colon_are_what_the_figures_after_it_count() -> None:
    found = count_facts(
        "Итоги работы МОЦ за 2025 год\n\n"
        "Плановое значение не достигнуто только по адаптированным программам: реализовано 11 вместо 13.\n",
        "value",
        "program_type",
        "kind",
    )
    assert found == [(11, "adapted", "actual"), (13, "adapted", "target")]


def test_units_after_a_figure_are_units_of_the_programs_the_clause_counts() -> None:
    found = count_facts(
        "Итоги работы МОЦ за 2025 год\n\nКоличество программ в Навигаторе выросло с 301 до 337 ед.\n",
        "value",
        "program_type",
    )
    assert (337, "all") in found


def test_a_smaller_count_with_a_positive_conclusion_shows_the_first_only_went_through_the_review() -> None:
    found = count_facts(
        "Отчёт о работе МОЦ за 2023 год\n\n"
        "В 2023 году экспертизу прошли 34 программы, положительное заключение получили 30; "
        "две программы рекомендованы к переработке.\n",
        "value",
        "program_type",
        "part_of",
    )
    assert found[:2] == [(34, "qa_submitted", None), (30, "qa_passed", 34)]
    assert found[2][1] == "qa_failed"


# -- quarterly tables


def test_dated_columns_inside_a_half_year_are_a_series_of_program_counts(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Анализ работы МОЦ за I полугодие 2025 года</h1><table>"
        "<tr><th rowspan='2'>Показатель</th><th colspan='3'>Количество программ, ед.</th></tr>"
        "<tr><th>на 01.01.2025</th><th>на 01.04.2025</th><th>на 30.06.2025</th></tr>"
        "<tr><td>Всего ДООП в Навигаторе</td><td>410</td><td>422</td><td>431</td></tr>"
        "<tr><td>в т.ч. в реестре сертифицированных</td><td>150</td><td>158</td><td>163</td></tr>"
        "</table>",
    )
    found = [(count.value, count.program_type) for count in report.program_counts]
    assert found == [
        (410, "all"),
        (422, "all"),
        (431, "all"),
        (150, "certified"),
        (158, "certified"),
        (163, "certified"),
    ]


def test_rows_under_a_distribution_of_programs_count_programs(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Мониторинг показателей за 2024 год</h1><table>"
        "<tr><th>№</th><th>Показатель</th><th>Ед. изм.</th><th>Значение</th></tr>"
        "<tr><td>2.1</td><td>Распределение ДООП по направленностям:</td><td></td><td></td></tr>"
        "<tr><td></td><td>- техническая</td><td>ед.</td><td>47</td></tr>"
        "<tr><td></td><td>- художественная</td><td>ед.</td><td>96</td></tr></table>",
    )
    assert [(count.value, count.focus) for count in report.program_counts] == [(47, "technical"), (96, "arts")]


def test_a_list_item_naming_a_registry_after_a_preposition_counts_programs_of_that_registry() -> None:
    found = count_facts(
        "Итоги работы МОЦ за 2024 год\n\n"
        "Школы разместили в Навигаторе 88 программ. Из них:\n"
        "- в реестре социально значимых – 52;\n"
        "- реализуются в сетевой форме – 5.\n",
        "value",
        "program_type",
        "part_of",
    )
    assert (52, "significant", 88) in found


# -- a speech: tasks announced by topic, counted, then named by ordinals


def test_tasks_named_by_ordinals_after_a_topic_sentence_and_their_count(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Выступление руководителя МОЦ на августовской конференции</h1>"
        "<p>За год мы провели двадцать мероприятий.</p>"
        "<p>Теперь о задачах на 2025/2026 учебный год. Их три.</p>"
        "<p>Первая – удержать охват не ниже восьмидесяти процентов.</p>"
        "<p>Вторая – довести число сертифицированных программ до семидесяти.</p>"
        "<p>Третья – открыть не менее пяти адаптированных программ.</p>",
    )
    assert [(task.number, task.text) for task in report.tasks] == [
        ("Первая", "удержать охват не ниже восьмидесяти процентов."),
        ("Вторая", "довести число сертифицированных программ до семидесяти."),
        ("Третья", "открыть не менее пяти адаптированных программ."),
    ]


def test_one_goal_after_a_run_in_title_and_a_colon_is_a_perspective() -> None:
    report = text_report(
        "Информация к совещанию руководителей ОО за 2024 год\n\n"
        "Охват детей составил 70,4 %.\n\n"
        "Перспектива на 2025 год: довести охват до 73 %, число программ школ – до 110.\n"
    )
    assert [item.text for item in report.perspectives] == ["довести охват до 73 %, число программ школ – до 110."]


def test_a_statement_after_a_run_in_title_is_no_list() -> None:
    report = text_report(
        "Анализ работы МОЦ за 2024 год\n\n"
        "Итоги и перспективы: анализ работы МОЦ за год показал, что задачи выполнены.\n"
    )
    assert report.perspectives == [] and report.tasks == []


# -- document: minutes with a dateline


def test_the_dateline_under_minutes_is_no_part_of_the_title_and_gives_its_year(tmp_path: Path) -> None:
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body>"
        "<p>Отдел образования администрации Заозёрного района</p><h1>ПРОТОКОЛ № 2</h1>"
        "<p>заседания районного методического объединения педагогов дополнительного образования</p>"
        "<p>от 16.11.2023г. пгт Заозёрный</p>"
        "<p>Присутствовали: 14 человек.</p><p>РЕШИЛИ: утвердить план работы на 2024 год.</p></body></html>",
        encoding="utf-8",
    )
    report = mocparse.parse(page)
    assert report.document.title == (
        "ПРОТОКОЛ № 2 заседания районного методического объединения педагогов дополнительного образования"
    )
    assert report.document.period is not None and report.document.period.start is not None
    assert report.document.period.start.year == 2023


def test_a_bracketed_other_name_or_abbreviation_in_a_row_label_is_no_unit(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        "<h1>Мониторинг показателей за 2024 год</h1><table>"
        "<tr><th>№</th><th>Показатель</th><th>Ед. изм.</th><th>Значение</th></tr>"
        "<tr><td>1.4</td><td>Количество сертификатов дополнительного образования, всего</td>"
        "<td>ед.</td><td>7 812</td></tr>"
        "<tr><td>1.4.1</td><td>из них сертификатов финансирования (соцсертификатов)</td><td>ед.</td><td>1 874</td></tr>"
        "<tr><td>3.3</td><td>Число организаций – поставщиков услуг</td><td>ед.</td><td>28</td></tr>"
        "<tr><td>3.3.1</td><td>из них негосударственных (НКО, ИП)</td><td>ед.</td><td>4</td></tr></table>",
    )
    units = {quantity.value: quantity.unit for quantity in report.quantities}
    assert units[1874] == "сертификат"
    assert units[4] == "организация"


def test_a_scale_glued_to_its_unit_scales_the_sum() -> None:
    report = text_report(
        "Отчёт о реализации подпрограммы за 2024 год\n\n"
        "Объём финансирования утверждён в сумме 41 386,7 тыс. рублей, фактически освоено 40 912,3 тыс.руб.\n"
    )
    assert [(quantity.value, quantity.unit) for quantity in report.quantities] == [
        (41_386_700, "рубль"),
        (40_912_300, "рубль"),
    ]


# -- spoken figures


def test_two_numbers_in_words_side_by_side_stay_two_numbers() -> None:
    report = text_report(
        "Выступление руководителя МОЦ за 2025 год\n\n"
        "Детей с ОВЗ у нас двести сорок семь. Из двухсот сорока семи шестьдесят два ребёнка получили сертификаты.\n"
    )
    assert [quantity.value for quantity in report.quantities] == [247, 62]


def test_a_direction_named_in_the_singular_before_a_dash_counts_programs() -> None:
    found = count_facts(
        "Выступление руководителя МОЦ за 2025 год\n\n"
        "Лидирует художественная – семьдесят девять программ. "
        "Дальше социально-гуманитарная – сорок одна, техническая – тридцать.\n",
        "value",
        "focus",
    )
    assert found == [(79, "arts"), (41, "social_humanitarian"), (30, "technical")]


def test_the_abbreviation_noko_names_the_quality_assessment_as_nok_does() -> None:
    found = [
        (count.value, count.program_type)
        for count in text_report("Отчёт о работе МОЦ за 2024 год\n\nПрограмм, прошедших НОКО, — 26.\n").program_counts
    ]
    assert found == [(26, "qa_passed")]


def test_an_outcome_noun_in_a_breakdown_of_programs_counts_programs_at_that_stage() -> None:
    found = count_facts(
        "Отчёт о работе МОЦ за 2024 год\n\n"
        "На экспертизу поступило 44 программы, из них положительное заключение – 37.\n",
        "value",
        "program_type",
        "part_of",
    )
    assert (37, "qa_passed", 44) in found
