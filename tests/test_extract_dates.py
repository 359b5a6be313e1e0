"""Dates: table-driven sentences written for these tests (other regions, other forms)."""

from __future__ import annotations

import pytest
from conftest import text_report

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
