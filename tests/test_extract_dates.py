"""Dates: table-driven sentences written for these tests (other regions, other forms)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import text_report

import mocparse

ACADEMIC = "Отчет о деятельности МОЦ Приморского округа за 2022-2023 учебный год\n\n"
CALENDAR = "Отчет о деятельности МОЦ Приморского округа за 2023 год\n\n"

CASES = [
    # (document head, sentence, expected [(text, start, end, precision)])
    (CALENDAR, "Семинар прошел 19.02.2020.", [("19.02.2020", "2020-02-19", "2020-02-19", "day")]),
    (
        CALENDAR,
        "Совещание состоялось 06.03.23 г. в актовом зале.",
        [("06.03.23 г.", "2023-03-06", "2023-03-06", "day")],
    ),
    (CALENDAR, "Форум прошел 9 марта 2023 года.", [("9 марта 2023 года", "2023-03-09", "2023-03-09", "day")]),
    (CALENDAR, "Заседание прошло 6 июня.", [("6 июня", "2023-06-06", "2023-06-06", "day")]),
    (
        CALENDAR,
        "Приказ утвержден «14» ноября 2014 г.",
        [("«14» ноября 2014 г.", "2014-11-14", "2014-11-14", "day")],
    ),
    (
        CALENDAR,
        "Акция прошла в период с 15 ноября по 15 декабря 2022 года.",
        [("с 15 ноября по 15 декабря 2022 года", "2022-11-15", "2022-12-15", "range")],
    ),
    (
        CALENDAR,
        "Прием заявлений с 31 марта по 4 апреля.",
        [("с 31 марта по 4 апреля", "2023-03-31", "2023-04-04", "range")],
    ),
    (CALENDAR, "Данные приведены на 01.01.2022.", [("01.01.2022", "2022-01-01", "2022-01-01", "day")]),
    (
        CALENDAR,
        "Проект стартовал в августе 2021г.",
        [("августе 2021г.", "2021-08-01", "2021-08-31", "month")],
    ),
    (CALENDAR, "Итоги подведены в апреле.", [("апреле", "2023-04-01", "2023-04-30", "month")]),
    (
        CALENDAR,
        "Отчет сдан за IV квартал 2023 года.",
        [("IV квартал 2023 года", "2023-10-01", "2023-12-31", "quarter")],
    ),
    (
        CALENDAR,
        "Программа рассчитана на период 2020 - 2024 годов.",
        [("2020 - 2024 годов", "2020-01-01", "2024-12-31", "year")],
    ),
    (
        CALENDAR,
        "Срок подачи до 25 сентября 2024 г.",
        [("25 сентября 2024 г.", "2024-09-25", "2024-09-25", "day")],
    ),
    (CALENDAR, "Концепция действует до 2030 года.", [("2030 года", "2030-01-01", "2030-12-31", "year")]),
    (CALENDAR, "В 2023-м число участников выросло.", [("2023-м", "2023-01-01", "2023-12-31", "year")]),
    (CALENDAR, "Работа велась в течение года.", []),
    (CALENDAR, "Утверждаю «___» ______ 2022 г.", []),
    (
        ACADEMIC,
        "В 2022/2023 учебном году открыто 5 кружков.",
        [("2022/2023 учебном году", "2022-09-01", "2023-08-31", "academic_year")],
    ),
    (
        ACADEMIC,
        "В 2022 – 23 учебном году педагоги участвовали в конкурсах.",
        [("2022 – 23 учебном году", "2022-09-01", "2023-08-31", "academic_year")],
    ),
    (
        ACADEMIC,
        "Мониторинг проводился в сентябре и в мае.",
        [("сентябре", "2022-09-01", "2022-09-30", "month"), ("мае", "2023-05-01", "2023-05-31", "month")],
    ),
    (ACADEMIC, "Сроки: Октябрь-ноябрь.", [("Октябрь-ноябрь", "2022-10-01", "2022-11-30", "range")]),
]


@pytest.mark.parametrize(("head", "sentence", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_date_forms(head: str, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    report = text_report(head + sentence)
    title_block = 0
    found = [
        (date.text, date.start.isoformat(), date.end.isoformat(), date.precision.value)
        for date in report.dates
        if date.evidence.block != title_block
    ]
    assert found == expected


def test_document_period_from_title() -> None:
    report = text_report(ACADEMIC + "Текст.")
    assert report.document.period is not None
    assert (report.document.period.start.isoformat(), report.document.period.end.isoformat()) == (
        "2022-09-01",
        "2023-08-31",
    )


def test_every_date_evidence_slices_the_text() -> None:
    text = CALENDAR + "Семинар 12.05.2023 и конференция 3 июня 2023 года."
    report = text_report(text)
    from conftest import text_document

    canonical = text_document(text).text
    for date in report.dates:
        evidence = date.evidence
        assert canonical[evidence.start : evidence.end] == evidence.text
        assert date.text in evidence.text


# Error classes of issue 10 (dates), each in several forms; sentences written for these tests.
RANGES_AND_LISTS = [
    (
        CALENDAR,
        "Курсы проходили 05.02.2024 – 22.03.2024 в дистанционном формате.",
        [("05.02.2024 – 22.03.2024", "2024-02-05", "2024-03-22", "range")],
    ),
    (
        CALENDAR,
        "Прием заявок: 10.01.2023-31.01.2023.",
        [("10.01.2023-31.01.2023", "2023-01-10", "2023-01-31", "range")],
    ),
    (
        CALENDAR,
        "Фестиваль пройдет 12–14 апреля 2024 г. в Доме культуры.",
        [("12–14 апреля 2024 г.", "2024-04-12", "2024-04-14", "range")],
    ),
    (CALENDAR, "Слет состоялся 3-5 июня.", [("3-5 июня", "2023-06-03", "2023-06-05", "range")]),
    (
        CALENDAR,
        "Смена работала с 8 по 19 октября 2023 г.",
        [("с 8 по 19 октября 2023 г.", "2023-10-08", "2023-10-19", "range")],
    ),
    (
        CALENDAR,
        "Экспертиза проводилась с 25.03 по 05.04.2024.",
        [("с 25.03 по 05.04.2024", "2024-03-25", "2024-04-05", "range")],
    ),
    (
        CALENDAR,
        "Конкурс прошел 30 ноября – 2 декабря 2023 г.",
        [("30 ноября – 2 декабря 2023 г.", "2023-11-30", "2023-12-02", "range")],
    ),
    (
        CALENDAR,
        "Проект реализуется: октябрь 2025 – март 2026.",
        [("октябрь 2025 – март 2026", "2025-10-01", "2026-03-31", "range")],
    ),
    (
        CALENDAR,
        "Сбор данных шел с ноября 2022 по февраль 2023 года.",
        [("с ноября 2022 по февраль 2023 года", "2022-11-01", "2023-02-28", "range")],
    ),
    (ACADEMIC, "Сроки: декабрь – февраль.", [("декабрь – февраль", "2022-12-01", "2023-02-28", "range")]),
    (
        CALENDAR,
        "Открытые занятия прошли 16 марта, 2 июля и 27 октября 2021 г.",
        [
            ("16 марта", "2021-03-16", "2021-03-16", "day"),
            ("2 июля", "2021-07-02", "2021-07-02", "day"),
            ("27 октября 2021 г.", "2021-10-27", "2021-10-27", "day"),
        ],
    ),
    (
        CALENDAR,
        "Выезды прошли 3, 10 и 17 мая 2022 года.",
        [
            ("3", "2022-05-03", "2022-05-03", "day"),
            ("10", "2022-05-10", "2022-05-10", "day"),
            ("17 мая 2022 года", "2022-05-17", "2022-05-17", "day"),
        ],
    ),
]

PARTS_OF_A_YEAR = [
    (
        CALENDAR,
        "Итоги подведены в первом квартале 2023 года.",
        [("первом квартале 2023 года", "2023-01-01", "2023-03-31", "quarter")],
    ),
    (
        CALENDAR,
        "Во втором квартале проведено 5 семинаров.",
        [("втором квартале", "2023-04-01", "2023-06-30", "quarter")],
    ),
    (CALENDAR, "Отчет за I квартал сдан вовремя.", [("I квартал", "2023-01-01", "2023-03-31", "quarter")]),
    (CALENDAR, "Итоги IV квартала обсуждены.", [("IV квартала", "2023-10-01", "2023-12-31", "quarter")]),
    (CALENDAR, "План на 2 квартал 2024 г. утвержден.", [("2 квартал 2024 г.", "2024-04-01", "2024-06-30", "quarter")]),
    (CALENDAR, "Показатели за 1 кв. 2024 г. достигнуты.", [("1 кв. 2024 г.", "2024-01-01", "2024-03-31", "quarter")]),
    (CALENDAR, "За 3 квартала проведено 12 семинаров.", []),
    (
        CALENDAR,
        "Итоги первого полугодия 2024 года обсуждены.",
        [("первого полугодия 2024 года", "2024-01-01", "2024-06-30", "range")],
    ),
    (ACADEMIC, "Итоги первого полугодия учебного года обсуждены на совете.", []),
    (CALENDAR, "Летом 2024 года работали площадки.", [("Летом 2024 года", "2024-06-01", "2024-08-31", "range")]),
    (CALENDAR, "Центр работает с осени 2020 года.", [("осени 2020 года", "2020-09-01", "2020-11-30", "range")]),
    (CALENDAR, "Зимой 2024 года прошли соревнования.", [("Зимой 2024 года", "2023-12-01", "2024-02-29", "range")]),
    # a range of quarters runs from the first one's start
    (
        CALENDAR,
        "Срок исполнения: I – III кварталы 2024 г.",
        [("I – III кварталы 2024 г.", "2024-01-01", "2024-09-30", "range")],
    ),
    (
        CALENDAR,
        "Мониторинг пройдёт со II по IV квартал 2024 года.",
        [("со II по IV квартал 2024 года", "2024-04-01", "2024-12-31", "range")],
    ),
]

YEARS = [
    (
        CALENDAR,
        "Муниципальная программа на 2020–2024 годы продолжена.",
        [("2020–2024 годы", "2020-01-01", "2024-12-31", "year")],
    ),
    (
        CALENDAR,
        "Программа развития на 2024-2028 гг. утверждена.",
        [("2024-2028 гг.", "2024-01-01", "2028-12-31", "year")],
    ),
    (
        CALENDAR,
        "В 2025 и 2026 годах планируется открыть 3 кружка.",
        [("2025 и 2026 годах", "2025-01-01", "2026-12-31", "year")],
    ),
    (
        ACADEMIC,
        "Программы на 2025–2026 годы включены в реестр.",
        [("2025–2026 годы", "2025-01-01", "2026-12-31", "year")],
    ),
    (CALENDAR, "Семинары прошли с 2021 по 2024 год.", [("с 2021 по 2024 год", "2021-01-01", "2024-12-31", "year")]),
    (CALENDAR, "В 2020-х годах центр расширился.", []),
    (
        CALENDAR,
        "В 2024/2025 учебном году открыто 5 кружков.",
        [("2024/2025 учебном году", "2024-09-01", "2025-08-31", "academic_year")],
    ),
    (
        ACADEMIC,
        "В 2021 – 22 учебном году открыто 5 кружков.",
        [("2021 – 22 учебном году", "2021-09-01", "2022-08-31", "academic_year")],
    ),
    (
        CALENDAR,
        "Итоги 2023-2024 уч. г. подведены.",
        [("2023-2024 уч. г.", "2023-09-01", "2024-08-31", "academic_year")],
    ),
    (CALENDAR, "Занятия 2021/22 уч.год прошли.", [("2021/22 уч.год", "2021-09-01", "2022-08-31", "academic_year")]),
    (
        CALENDAR,
        "План на учебный год 2024-2025 утвержден.",
        [("2024-2025", "2024-09-01", "2025-08-31", "academic_year")],
    ),
    (
        CALENDAR,
        "Сравнение показателей 2023/2024 приведено ниже.",
        [("2023/2024", "2023-09-01", "2024-08-31", "academic_year")],
    ),
]

WRITTEN_FORMS = [
    (CALENDAR, "Данные на 01.03.2024г. представлены ниже.", [("01.03.2024г.", "2024-03-01", "2024-03-01", "day")]),
    (
        CALENDAR,
        "Справка составлена 31.12.2019г.Отдел образования утвердил ее.",
        [("31.12.2019г.", "2019-12-31", "2019-12-31", "day")],
    ),
    (CALENDAR, "Отчет принят «17» марта 2022 г.", [("«17» марта 2022 г.", "2022-03-17", "2022-03-17", "day")]),
    (CALENDAR, "Обновлено: 2023.11.14 16:05:42", [("2023.11.14", "2023-11-14", "2023-11-14", "day")]),
    (CALENDAR, "Опубликовано 20.02.2025 14:37", [("20.02.2025", "2025-02-20", "2025-02-20", "day")]),
    (CALENDAR, "Срок сдачи – на конец декабря.", [("декабря", "2023-12-01", "2023-12-31", "month")]),
    (CALENDAR, "Раздел 1.2.15 содержит таблицы.", []),
]

NOT_DATES = [
    (CALENDAR, "Победитель конкурса «Педагог года – 2024» награжден.", []),
    (CALENDAR, "Участники проекта «Вектор-2030» собрались в центре.", []),
    (CALENDAR, "Команда «РобоСтарт 2025» заняла первое место.", []),
    (CALENDAR, "Утверждаю «___» ______ 2022 г.", []),
    (CALENDAR, "Подпись ____________ 2023 г.", []),
    (CALENDAR, "© 2012–2025 Администрация района", []),
    (CALENDAR, "Фестиваль «Весна 2025» собрал 300 участников.", []),
    (CALENDAR, "Смотр «Сентябрь 2022» прошел в сентябре.", [("сентябре", "2023-09-01", "2023-09-30", "month")]),
    (
        CALENDAR,
        "Программа «Образование на 2020–2024» принята.",
        [("2020–2024", "2020-01-01", "2024-12-31", "year")],
    ),
    (CALENDAR, "Ссылка: /news/2025-11-17-seminar", []),
]

NEW_CASES = RANGES_AND_LISTS + PARTS_OF_A_YEAR + YEARS + WRITTEN_FORMS + NOT_DATES


@pytest.mark.parametrize(("head", "sentence", "expected"), NEW_CASES, ids=[case[1][:40] for case in NEW_CASES])
def test_date_error_classes(head: str, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    report = text_report(head + sentence)
    found = [
        (date.text, date.start.isoformat(), date.end.isoformat(), date.precision.value)
        for date in report.dates
        if date.evidence.block != 0
    ]
    assert found == expected


def test_calendar_words_come_from_the_rules(tmp_path: Path) -> None:
    """A methodologist adds a part of a year (a school term) in rules/calendar.yaml; no code changes."""
    import shutil

    from mocparse.pipeline import parse_document
    from mocparse.readers.txt import document_from_text
    from mocparse.rules import Rules, rules_dir

    shutil.copytree(rules_dir(), tmp_path / "rules")
    calendar = tmp_path / "rules" / "calendar.yaml"
    text = calendar.read_text(encoding="utf-8").replace(
        "  - {words: [полугодие], months: 6, precision: range}",
        "  - {words: [полугодие], months: 6, precision: range}\n  - {words: [треть], months: 4, precision: range}",
    )
    calendar.write_text(text, encoding="utf-8")
    rules = Rules.load(tmp_path / "rules")
    report = parse_document(document_from_text(CALENDAR + "Итоги второй трети 2024 года подведены."), rules)
    assert [(d.start.isoformat(), d.end.isoformat()) for d in report.dates if d.evidence.block != 0] == [
        ("2024-05-01", "2024-08-31")
    ]


_QUARTER_PLAN = """<html><body><h1>План работы МОЦ на 2026 год</h1>
<table border=1>
<tr><th rowspan=2>№</th><th rowspan=2>Мероприятие</th><th colspan=2>Срок исполнения</th>
<th rowspan=2>Ответственный</th></tr>
<tr><th>квартал</th><th>месяц</th></tr>
<tr><td>1</td><td>Совещание руководителей</td><td>I</td><td>январь</td><td>Петрова А.А.</td></tr>
<tr><td>2</td><td>Заседания совета</td><td>I, III</td><td>февраль, сентябрь</td><td>Петрова А.А.</td></tr>
<tr><td>3</td><td>Мониторинг охвата</td><td>I–IV</td><td>ежемесячно</td><td>Орлов Б.Б.</td></tr>
</table>
<table border=1>
<tr><th>Показатель</th><th>I квартал (план)</th><th>II квартал (план)</th></tr>
<tr><td>Семинары</td><td>2</td><td>3</td></tr><tr><td>Консультации</td><td>10</td><td>12</td></tr>
</table></body></html>"""


def test_roman_numerals_under_a_quarter_header_are_quarters_of_the_year_and_the_month_column_is_the_deadline() -> None:
    report = mocparse.parse(_QUARTER_PLAN.encode(), name="plan.html")
    quarters = [
        (d.text, d.start.isoformat(), d.end.isoformat(), d.precision)
        for d in report.dates
        if d.rule == "dates.column_part"
    ]
    assert quarters == [
        ("I", "2026-01-01", "2026-03-31", "quarter"),
        ("I", "2026-01-01", "2026-03-31", "quarter"),
        ("III", "2026-07-01", "2026-09-30", "quarter"),
        ("I–IV", "2026-01-01", "2026-12-31", "range"),
    ]
    # values under "II квартал (план)" are counts, not quarters
    assert not any(d.text in {"2", "3", "10", "12"} for d in report.dates)
    first = report.activities[0].deadline
    assert first is not None and (first.start.isoformat(), first.end.isoformat()) == ("2026-01-01", "2026-01-31")


def test_months_run_from_january_and_a_report_on_a_years_plan_resolves_whole_year_deadlines_to_that_year() -> None:
    """ "за 9 месяцев 2025 года" is January–September and is the period of a title that also names the
    plan's year; a whole-period deadline of the plan's rows is that year, not the nine months."""
    report = text_report(
        "ИНФОРМАЦИЯ о ходе реализации плана мероприятий МОЦ на 2025 год за 9 месяцев "
        "(по итогам III квартала) 2025 года\n\n"
        "№\tМероприятие\tСрок\tОтветственный\n"
        "1\tМодерация программ в Навигаторе\tв течение года\tКотова И.П.\n"
        "2\tСеминар для педагогов\tмарт 2025 г.\tКотова И.П.\n"
    )
    period = report.document.period
    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat()) == ("2025-01-01", "2025-09-30")
    deadlines = {a.title: a.deadline for a in report.activities}
    whole = deadlines["Модерация программ в Навигаторе"]
    assert whole is not None and whole.start is not None and whole.end is not None
    assert (whole.start.isoformat(), whole.end.isoformat()) == ("2025-01-01", "2025-12-31")
    plan = text_report(
        "План работы МОЦ на первое полугодие 2027 года\n\n"
        "№\tМероприятие\tСрок\tОтветственный\n"
        "1\tМониторинг сертификатов\tв течение года\tКотова И.П.\n"
        "2\tСеминар для педагогов\tмарт 2027 г.\tКотова И.П.\n"
    )
    within = plan.activities[0].deadline
    assert within is not None and within.end is not None and within.end.isoformat() == "2027-06-30"


def test_a_deadline_split_into_planned_and_actual_columns_is_the_planned_one() -> None:
    html = (
        "<html><body><p>Отчёт об исполнении плана мероприятий МОЦ за 2025 год</p><table border='1'>"
        "<tr><th rowspan='2'>№</th><th rowspan='2'>Мероприятие</th><th colspan='2'>Срок исполнения</th>"
        "<th rowspan='2'>Ответственный</th><th rowspan='2'>Отметка об исполнении</th></tr>"
        "<tr><th>по плану</th><th>фактически</th></tr>"
        "<tr><td>1.1</td><td>Семинар для педагогов</td><td>март 2025</td><td>14.04.2025</td>"
        "<td>Котова И.П.</td><td>Проведён, 46 участников</td></tr>"
        "<tr><td>1.2</td><td>Мониторинг охвата детей</td><td>октябрь 2025</td><td>октябрь 2025</td>"
        "<td>Рябов С.С.</td><td>Выполнено</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="otchet.html")
    first = report.activities[0]
    assert first.deadline is not None and first.deadline.text == "март 2025"
    assert first.result == "Проведён, 46 участников"
