"""Program counts and quantities: sentences written for these tests, not from the samples."""

from __future__ import annotations

import pytest
from conftest import text_report

from mocparse.records import PreviousValue

HEAD = "Отчет о работе МОЦ Заозерного городского округа за 2024 год\n\n"


def counts(sentence: str) -> list[tuple[int, str | None, int | None, object, str | None]]:
    report = text_report(HEAD + sentence)
    return [
        (
            c.value,
            c.program_type,
            c.part_of,
            (c.previous.value, c.previous.year) if c.previous else None,
            c.qualifier,
        )
        for c in report.program_counts
    ]


PROGRAM_CASES = [
    ("В Навигаторе опубликовано 2 371 программа.", [(2371, "all", None, None, None)]),
    ("Реализуются 14 сетевых программ (в 2023 – 9).", [(14, "network", None, (9, 2023), None)]),
    (
        "Количество адаптированных программ для детей с ОВЗ составило 27, в 2023 году таких программ было 19.",
        [(27, "adapted", None, (19, 2023), None)],
    ),
    ("Разработано четыре краткосрочные программы.", [(4, "short_term", None, None, None)]),
    ("Внедрено не менее 40 модульных программ.", [(40, "modular", None, None, "не менее")]),
    (
        "Всего 310 программ, в т.ч. 45 дистанционных программ и 12 программ для сельских школ.",
        [(310, "all", None, None, None), (45, "distance", 310, None, None), (12, "rural", 310, None, None)],
    ),
    (
        "На экспертизу направлено 88 программ. Из них 70 прошли экспертизу.",
        [(88, "qa_submitted", None, None, None), (70, "qa_passed", 88, None, None)],
    ),
    (
        "Программ летнего отдыха (ЛОК) – 16, столько же, как и в 2023 году.",
        [(16, "summer", None, (16, 2023), None)],
    ),
    (
        "В 2024 году организовано 3 заочные школы по 5 программам заочных школ.",
        [(5, "correspondence_school", None, None, None)],
    ),
    ("Число участников конкурса выросло на 12 человек.", []),
    ("Программа «Юный эколог» рассчитана на 2 года.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PROGRAM_CASES, ids=[f"case{i}" for i in range(len(PROGRAM_CASES))])
def test_program_counts(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert counts(sentence) == expected


QUANTITY_CASES = [
    ("В округе 28 628 человек в возрасте от 5 до 18 лет.", [(28628.0, "человек", None)]),
    ("Выдано свыше 2,2 тысячи сертификатов.", [(2200.0, "сертификат", "свыше")]),
    ("Номинал сертификата составляет 12 000 рублей.", [(12000.0, "рубль", None)]),
    (
        "Проведено 15 консультаций и 3 семинара, заключено 11 соглашений.",
        [(15.0, "консультация", None), (3.0, "семинар", None), (11.0, "соглашение", None)],
    ),
    ("В 17-ти ОО созданы новые места.", [(17.0, "организация", None)]),
    ("Приняли участие трое экспертов.", [(3.0, "эксперт", None)]),
    ("Для прохождения НОК нужно набрать 25 и более баллов.", [(25.0, "балл", "не менее")]),
    ("На базе школы № 12 открыт кружок для 5-7 классов.", []),
    ("Заседания: совещания (4), вебинары (9).", [(4.0, "совещание", None), (9.0, "вебинар", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUANTITY_CASES, ids=[f"case{i}" for i in range(len(QUANTITY_CASES))])
def test_quantities(sentence: str, expected: list[tuple[object, ...]]) -> None:
    report = text_report(HEAD + sentence)
    assert [(q.value, q.unit, q.qualifier) for q in report.quantities] == expected


def test_year_columns_give_one_fact_per_row_with_the_earlier_year_as_previous() -> None:
    report = text_report(
        HEAD
        + "Показатель\t2023\t2024\nКоличество программ в сетевой форме, ед.\t9\t14\nЧисло организаций, ед.\t30\t32\n"
    )
    assert [(c.value, c.program_type, c.year, c.previous) for c in report.program_counts] == [
        (14, "network", 2024, PreviousValue(value=9, year=2023)),
    ]
    assert [(q.value, q.year, q.previous) for q in report.quantities] == [
        (32.0, 2024, PreviousValue(value=30, year=2023))
    ]


def test_parts_that_do_not_add_up_become_a_warning() -> None:
    report = text_report(HEAD + "Реализовано 20 сетевых программ, из них: 8 программ со школами, 7 программ с музеями.")
    codes = [warning.code for warning in report.warnings]
    assert "parts_do_not_add_up" in codes


def test_quantity_breakdown_lines_are_checked_against_the_total() -> None:
    adds_up = text_report(
        HEAD + "В округе 6 организаций, реализующих программы:\n\n2 организации дополнительного образования;\n\n"
        "4 общеобразовательные организации.\n"
    )
    assert [w.code for w in adds_up.warnings] == []
    does_not = text_report(
        HEAD + "В округе 7 организаций, реализующих программы:\n\n2 организации дополнительного образования;\n\n"
        "4 общеобразовательные организации.\n"
    )
    assert [w.code for w in does_not.warnings] == ["parts_do_not_add_up"]
    assert "2 + 4 = 6" in does_not.warnings[0].message
