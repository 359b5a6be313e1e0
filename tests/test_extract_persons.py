"""Persons: name orders, cases, sex, roles, splitting several names — sentences written for the tests."""

from __future__ import annotations

import pytest
from conftest import text_report

HEAD = "Отчет о работе МОЦ Озерского района за 2024 год\n\n"

CASES = [
    ("Методист Е.В. Смирнова провела 3 семинара.", [("Смирнова Е.В.", None, ["методист"])]),
    ("Директор И.И. Петров подписал приказ.", [("Петров И.И.", None, ["директор"])]),
    ("Методист МОЦ Е.В. Смирнова провела семинар.", [("Смирнова Е.В.", None, ["методист"])]),
    ("Семинар провела Н.И.Карпова.", [("Карпова Н.И.", None, [])]),
    ("Отчет подготовлен методистом МОЦ Соколовой А.Д.", [("Соколова А.Д.", None, ["методист"])]),
    ("Консультации вел администратором Навигатора назначенный Волков П.С.", [("Волков П.С.", None, [])]),
    (
        "Муниципальным администратором Беловым И.К. проведена сверка.",
        [("Белов И.К.", None, ["муниципальный администратор"])],
    ),
    (
        "Выступила Орлова Анна Петровна, старший методист.",
        [("Орлова А.П.", "Орлова Анна Петровна", ["старший методист"])],
    ),
    ("Слово предоставили Ирине Сергеевне Лаптевой.", [("Лаптева И.С.", "Лаптева Ирина Сергеевна", [])]),
    (
        "Контроль возложить на заместителя директора Н.В. Соколовскую.",
        [("Соколовская Н.В.", None, ["заместитель директора"])],
    ),
    ("Работу координирует руководитель МОЦ (Громова Т.А.).", [("Громова Т.А.", None, ["руководитель МОЦ"])]),
    ("Кружок ведет педагог (рук. Лебедева А.И.).", [("Лебедева А.И.", None, ["руководитель"])]),
    (
        "Лучшими экспертами признаны 2 эксперта (Ким В.А. и Ким О.Б.).",
        [("Ким В.А.", None, ["эксперт"]), ("Ким О.Б.", None, ["эксперт"])],
    ),
    ("Приказ подписал В.ЗАХАРОВ.", [("Захаров В.", None, [])]),
    ("Заседание провела Оксана Литвиненко.", [("Литвиненко О.", None, [])]),
    (
        "На заседании выступил методист Горбунов С.С., затем методист Горбунова Е.С.",
        [("Горбунов С.С.", None, ["методист"]), ("Горбунова Е.С.", None, ["методист"])],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_names_are_normalized_with_roles(sentence: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    report = text_report(HEAD + sentence)
    assert [(person.name, person.full_name, person.roles) for person in report.persons] == expected


def test_several_people_in_one_table_cell_and_column_role() -> None:
    report = text_report(
        HEAD + "№\tМероприятие\tОтветственный специалист МОЦ\n1.\tСеминар\tПетрова Л.П. Иванов К.К.\n"
        "2.\tКонкурс\tИванов К.К.\n"
    )
    people = {person.name: (person.roles, len(person.mentions)) for person in report.persons}
    assert people == {
        "Петрова Л.П.": (["ответственный специалист"], 1),
        "Иванов К.К.": (["ответственный специалист"], 2),
    }


def test_full_name_merges_with_initials_and_sex_comes_from_the_sentence() -> None:
    report = text_report(
        HEAD + "Доклад сделала Зайцева Ольга Игоревна. По итогам экспертом МОЦ Зайцевой О.И. подготовлены рекомендации."
    )
    (person,) = report.persons
    assert (person.name, person.full_name, person.roles) == ("Зайцева О.И.", "Зайцева Ольга Игоревна", ["эксперт"])
    assert len(person.mentions) == 2


def test_signature_line_takes_the_role_above() -> None:
    report = text_report(HEAD + "Директор МБУ ДО ЦДТ\n\n________ Е.С. Воронина\n")
    assert [(person.name, person.roles) for person in report.persons] == [("Воронина Е.С.", ["директор"])]


def test_mentions_point_at_their_sentences() -> None:
    text = HEAD + "Первое предложение. Методист Соколова А.Д. провела семинар."
    report = text_report(text)
    (person,) = report.persons
    (mention,) = person.mentions
    assert mention.text == "Методист Соколова А.Д. провела семинар."
