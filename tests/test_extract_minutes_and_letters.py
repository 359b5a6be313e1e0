"""Forms met on unseen minutes, answer letters, self-assessment reports and subprogramme passports:
lists headed by proposals and recommendations, settlement rows of a table, roles after a second
apposition, deadlines inside a title, topic titles of letters, a share column beside head counts,
tasks set in a hanging indent in PDF. Sentences and tables written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import text_report

import mocparse
from mocparse.records import Report

HEAD = "Отчёт о работе МОЦ Заозёрного муниципального округа за 2024 год\n\n"
DATA = Path(__file__).resolve().parent / "data" / "pdf_layout"


def roles(report: Report) -> dict[str, list[str]]:
    return {person.name: person.roles for person in report.persons}


# -- lists


def test_a_task_noun_among_the_words_of_a_later_period_names_a_task_list() -> None:
    report = text_report(
        "Аналитическая справка о работе МОЦ за 2024/2025 учебный год\n\n"
        "7. Предложения и задачи на 2025/2026 учебный год:\n"
        "7.1. Довести долю детей, охваченных дополнительным образованием, до 81 %.\n"
        "7.2. Провести актуализацию программ в Навигаторе.\n"
    )
    assert [task.number for task in report.tasks] == ["7.1", "7.2"]
    assert report.perspectives == []


def test_recommendations_for_an_academic_year_begun_in_the_reported_year_are_perspectives() -> None:
    report = text_report(
        "Аналитическая справка по итогам мониторинга за 2025 год\n\n"
        "В 2025 году охват детей составил 79,2 %.\n\n"
        "Рекомендации на 2025/2026 учебный год\n"
        "– увеличить число сетевых программ до 12;\n"
        "– обеспечить прохождение НОК не менее 45 программами.\n"
    )
    assert len(report.perspectives) == 2
    assert report.tasks == []


# -- program counts


def test_a_named_rural_settlement_in_a_table_row_is_a_place_not_a_kind_of_program() -> None:
    report = text_report(
        HEAD
        + "| Поселение | Количество программ |\n|---|---|\n"
        + "| Моховское сельское поселение | 21 |\n| Кочкарёвское сельское поселение | 16 |\n| Итого | 37 |\n"
    )
    assert {count.value: count.form for count in report.program_counts if count.value in {21, 16}} == {
        21: None,
        16: None,
    }
    prose = text_report(HEAD + "В сельских поселениях реализуется 14 программ.")
    assert [(count.value, count.form) for count in prose.program_counts] == [(14, "rural")]


# -- roles and names


def test_the_head_of_a_department_of_education_is_a_head_not_the_head_of_an_administration() -> None:
    report = text_report(HEAD + "Начальник отдела образования администрации округа Пушкарёва Людмила Николаевна.")
    assert roles(report) == {"Пушкарёва Л.Н.": ["начальник"]}
    bracket = text_report(HEAD + "Мероприятия провёл отдел образования (начальник отдела – Хабибуллина Р.Н.).")
    assert roles(bracket) == {"Хабибуллина Р.Н.": ["начальник"]}
    management = text_report(HEAD + "Начальник управления образования Мезенцев А.В. открыл совещание.")
    assert roles(management) == {"Мезенцев А.В.": ["начальник управления образования"]}


def test_a_deputy_minister_is_a_deputy_head() -> None:
    report = text_report(HEAD + "Заместителю министра образования и науки области Г.П. Сотниковой")
    assert roles(report) == {"Сотникова Г.П.": ["заместитель руководителя"]}


def test_a_role_after_a_second_apposition_is_the_name_s() -> None:
    report = text_report(
        HEAD + "Приглашены: Зотова Н.А., индивидуальный предприниматель, руководитель студии робототехники."
    )
    assert roles(report) == {"Зотова Н.А.": ["руководитель"]}


def test_an_adjective_shaped_surname_before_a_first_name_and_patronymic() -> None:
    report = text_report(HEAD + "Функции МОЦ выполняет Дом детского творчества (директор — Бережная Алла Степановна).")
    assert [(person.name, person.full_name, person.roles) for person in report.persons] == [
        ("Бережная А.С.", "Бережная Алла Степановна", ["директор"])
    ]
    address = text_report(HEAD + "Уважаемая Валентина Игоревна! Дорогая Анна Петровна, поздравляем!")
    assert [person.name for person in address.persons if person.name.startswith(("Уважаем", "Дорог"))] == []


# -- the document


def test_a_deadline_year_inside_a_title_is_not_the_period() -> None:
    report = text_report(
        "ПРОТОКОЛ № 2\n\nзаседания муниципальной рабочей группы по реализации Концепции развития "
        "дополнительного образования детей до 2030 года\n\n"
        "По итогам 2023 года дополнительным образованием охвачено 3 906 детей.\n"
    )
    period = report.document.period
    assert period is not None and period.start is not None and period.start.year == 2023
    assert [act.number for act in report.legal_acts] == []  # the minutes' own number is no citation


def test_a_topic_title_is_a_letter_and_a_verb_headline_is_news() -> None:
    letter = text_report("О предоставлении информации о развитии дополнительного образования детей\n\nСообщаем ...")
    assert letter.document.kind == "other"
    news = text_report("Подведены итоги работы муниципального опорного центра за 2025 год\n\nВ районе ...")
    assert news.document.kind == "other"
    approval = text_report("Об утверждении плана работы муниципального опорного центра на 2025 год\n\nПриказываю ...")
    assert approval.document.kind == "plan"
    report = text_report("Итоги работы муниципального опорного центра за 2025 год\n\nВ районе ...")
    assert report.document.kind == "report"


# -- plan and fact


def test_a_now_word_in_brackets_after_a_target_makes_the_values_achieved() -> None:
    report = text_report(
        HEAD + "Задачи на 2025 год: сохранить долю детей с ОВЗ, занятых в дополнительном образовании, на уровне "
        "не ниже 82 % (сейчас 82,7 %, 187 человек из 226)."
    )
    assert {(p.value, p.kind) for p in report.percentages} == {(82.0, "target"), (82.7, "actual")}
    assert {(q.value, q.kind) for q in report.quantities} == {(187.0, "actual"), (226.0, "actual")}


# -- PDF made by LibreOffice


def test_a_bold_total_row_under_a_bold_header_is_a_row_of_data_and_its_share_column_gives_percentages() -> None:
    report = mocparse.parse(DATA / "hanging_tasks.pdf")
    table = next(block.table for block in mocparse.read(DATA / "hanging_tasks.pdf").blocks if block.table)
    assert [row.is_header for row in table.rows] == [True, True, False, False, False]
    assert sorted(p.value for p in report.percentages if p.evidence.cell is not None) == [14.0, 36.0, 100.0]


def test_a_task_set_in_a_hanging_indent_goes_on_into_its_lower_case_line() -> None:
    report = mocparse.parse(DATA / "hanging_tasks.pdf")
    assert [(task.number, task.text.endswith("за счёт сельских школ.")) for task in report.tasks][:1] == [("1", True)]
    assert report.tasks[1].text.endswith("подготовить их к экспертизе.")


# -- earlier values and wholes


def test_an_earlier_clause_naming_programs_points_back_at_the_programs_not_at_other_counts() -> None:
    report = text_report(
        HEAD + "В навигаторе округа размещено 187 программ двадцати одной организации, включая двух "
        "индивидуальных предпринимателей; годом ранее программ было 164."
    )
    assert [(c.value, c.previous.value if c.previous else None) for c in report.program_counts] == [(187, 164)]
    value = text_report(HEAD + "Активировано 11 056 сертификатов, что на 744 больше прошлогоднего значения (10 312).")
    assert [(q.value, q.previous.value if q.previous else None) for q in value.quantities] == [(11056.0, 10312)]


def test_a_whole_broken_down_into_registries_and_forms_is_not_the_assessed_programs() -> None:
    report = text_report(
        HEAD + "Из 137 программ в реестр сертифицированных включена 41, в сетевой форме реализуются три, "
        "независимую оценку качества прошли 30 программ."
    )
    found = {count.value: (count.status, count.part_of) for count in report.program_counts}
    assert found[137][0] != "qa_submitted"
    assert found[3] == ("published", 137) and found[30] == ("qa_passed", 137)


def test_a_footnote_whose_number_is_glued_to_its_text_is_a_note() -> None:
    # LibreOffice sets the note's number at the note's own size with no space after it ("1Данные на …")
    document = mocparse.read(DATA / "glued_note.pdf")
    notes = [document.block_body(block) for block in document.blocks if block.kind == "note"]
    assert notes == ["Данные на 31.12.2024; учитываются дети, зачисленные на программы объёмом не менее 72 часов."]
    assert not any(document.block_text(block).startswith("1Данные") for block in document.blocks)


def test_a_planned_whole_is_the_plan_of_its_part_and_a_missed_plan_s_gap_is_no_count() -> None:
    report = text_report(
        HEAD + "Независимую оценку качества прошла 41 программа из 50 запланированных. "
        "Плановое число сертифицированных программ (72) не достигнуто на две единицы."
    )
    found = {(c.value, c.status, c.kind) for c in report.program_counts}
    assert found == {(41, "qa_passed", "actual"), (50, "qa_passed", "target"), (72, "certified", "target")}


def test_items_of_a_list_after_a_colon_count_the_lead_s_things() -> None:
    report = text_report(
        HEAD + "В 2024 году создано 120 новых мест при плане 120: в школе № 2 — 60, в Ольховской школе — 30, "
        "в Заречной школе — 30."
    )
    items = [(q.value, q.unit, q.subject, q.kind) for q in report.quantities if q.rule == "quantities.ellipsis"]
    assert items == [
        (60.0, "место", "в школе № 2", "actual"),
        (30.0, "место", "в Ольховской школе", "actual"),
        (30.0, "место", "в Заречной школе", "actual"),
    ]


# -- percentages


def test_a_count_and_its_share_under_a_people_and_percent_unit_give_both() -> None:
    report = text_report(
        "Отчёт о самообследовании центра детского творчества за 2024 год\n\n"
        "| № п/п | Показатель | Единица измерения | Значение |\n|---|---|---|---|\n"
        "| 1.1 | Общая численность учащихся | человек | 1846 |\n"
        "| 1.2 | Численность/удельный вес численности учащихся с ОВЗ | человек/% | 58/3,1 |\n"
    )
    assert [(p.value, p.head_count) for p in report.percentages] == [(3.1, 58)]
    assert sorted(q.value for q in report.quantities) == [58.0, 1846.0]


def test_the_steps_of_a_rating_scale_are_no_shares_of_the_municipality() -> None:
    report = text_report(
        HEAD + "К1 – доля детей, охваченных дополнительным образованием: 80 % и выше – 10 баллов; "
        "от 75 до 79,9 % – 8 баллов; менее 75 % – 6 баллов. В округе охват составил 78,1 %."
    )
    assert [p.value for p in report.percentages] == [78.1]


def test_programs_named_only_as_what_they_are_are_all_programs() -> None:
    report = text_report(
        HEAD + "С 1 сентября кружки начали занятия по 203 дополнительным общеобразовательным программам."
    )
    assert [(c.value, c.program_type) for c in report.program_counts] == [(203, "all")]


# -- quantities in tables and web pages


def test_a_column_naming_what_is_counted_gives_the_unit_of_rows_that_name_events() -> None:
    report = text_report(
        HEAD + "| № | Мероприятие | Число участников |\n|---|---|---|\n"
        "| 1 | Семинар для разработчиков программ | 26 |\n| 2 | Фестиваль технического творчества | 164 |\n"
    )
    assert sorted((q.value, q.unit) for q in report.quantities) == [(26.0, "участник"), (164.0, "участник")]


def test_a_figure_in_its_own_box_before_its_label_on_a_web_page() -> None:
    report = mocparse.parse(
        b"<html><body><h1>\xd0\x9e \xd1\x86\xd0\xb5\xd0\xbd\xd1\x82\xd1\x80\xd0\xb5</h1>"
        + '<div class="figure"><b>3 710</b>детей 5–18 лет занимаются в объединениях</div></body></html>'.encode(),
        name="page.html",
    )
    assert [q.value for q in report.quantities] == [3710.0]


def test_a_plan_report_table_takes_each_row_s_unit_when_its_column_lists_several() -> None:
    report = text_report(
        "План-отчёт МОЦ Заозёрного муниципального округа за I полугодие 2025 года\n\n"
        "| № | Мероприятие | Срок | Ответственный | Запланировано (ед., чел., %) | Выполнено (ед., чел., %) |\n"
        "|---|---|---|---|---|---|\n"
        "| 2.2 | Перевод сертификатов учёта в статус сертификатов финансирования | до 31.05.2025 | специалист "
        "Шелестова М.И. | 900 | 861 |\n"
        "| 5.1 | Муниципальный фестиваль технического творчества «Старт», участников | 22.04.2025 | методист "
        "Лукин Г.П. | 180 | 204 |\n"
    )
    assert sorted((q.value, q.unit, q.kind) for q in report.quantities) == [
        (180.0, "участник", "target"),
        (204.0, "участник", "actual"),
        (861.0, "сертификат", "actual"),
        (900.0, "сертификат", "target"),
    ]


def test_pdf_cell_lines_of_a_word_broken_with_the_hyphen_carried_over_or_before_one_letter() -> None:
    from mocparse.readers.pdf import _LineJoiner

    joiner = _LineJoiner(set())
    assert joiner.join(["сертифици", "-рованные"]) == "сертифицированные"
    assert joiner.join(["прошедши", "е НОК"]) == "прошедшие НОК"
    assert joiner.join(["программы", "и проекты"]) == "программы и проекты"


def test_the_words_of_a_share_s_clause_do_not_type_the_count_after_it() -> None:
    report = text_report(
        HEAD + "Прошедшие НОК программы составляют 27,5 % (в среднем по группе — 22,2 %), а сетевых программ — 27."
    )
    assert [(c.value, c.program_type, c.status) for c in report.program_counts] == [(27, "network", None)]


def test_a_part_from_them_after_other_things_counted_is_not_a_part_of_the_programs_before() -> None:
    report = text_report(
        HEAD + "Адаптированных программ у нас одиннадцать. В округе 187 детей с ОВЗ и инвалидностью, "
        "занимаются в кружках 143 из них."
    )
    assert [c.value for c in report.program_counts] == [11]
    assert [(q.value, q.unit) for q in report.quantities] == [(187.0, "ребёнок"), (143.0, "ребёнок")]


def test_a_column_of_unit_codes_holds_no_values() -> None:
    report = text_report(
        "Отчёт о выполнении муниципального задания за 2024 год\n\n"
        "| № | Наименование показателя | Единица измерения | Код по ОКЕИ | Утверждено | Исполнено |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Сохранность контингента обучающихся | процент | 744 | 85,0 | 88,7 |\n"
    )
    assert 744.0 not in {q.value for q in report.quantities} | {p.value for p in report.percentages}
    assert sorted(p.value for p in report.percentages) == [85.0, 88.7]


def test_a_sign_column_is_a_change_and_a_people_unit_after_programs_counts_people() -> None:
    report = text_report(
        HEAD + "| Показатель | 2023 | 2024 | +/– |\n|---|---|---|---|\n"
        "| Занимаются по программам ДО, чел. | 4 967 | 5 118 | +151 |\n"
        "| Программ технической направленности | 30 | 38 | +8 |\n"
    )
    assert [(c.value, c.previous.value if c.previous else None) for c in report.program_counts] == [(38, 30)]
    assert [(q.value, q.unit) for q in report.quantities] == [(5118.0, "человек")]
