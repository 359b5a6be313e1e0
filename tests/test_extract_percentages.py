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
