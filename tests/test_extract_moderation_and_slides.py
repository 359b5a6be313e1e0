"""Forms met on unseen moderation notes, slide decks, subprogramme reports and quarterly reports.
Sentences and tables written for these tests."""

from __future__ import annotations

from conftest import text_report

MODERATION = "Справка по итогам модерации программ в Навигаторе за 2024 год\n\n"


def counts(text: str) -> list[tuple[int, str | None]]:
    return [(count.value, count.program_type) for count in text_report(text).program_counts]


# -- program counts: the stages of a moderation


def test_programs_checked_in_a_moderation_were_submitted_to_it() -> None:
    found = counts(MODERATION + "Всего в ходе модерации проверено 142 программы девяти организаций.\n")
    assert found == [(142, "qa_submitted")]


def test_programs_that_meet_the_requirements_or_got_remarks_passed_or_failed() -> None:
    found = counts(
        MODERATION
        + "Требованиям регламента полностью соответствуют 61 программа; замечания получили 23 программы.\n"
    )
    assert found == [(61, "qa_passed"), (23, "qa_failed")]


def test_a_column_of_programs_without_remarks_counts_passed_programs() -> None:
    found = counts(
        MODERATION
        + "Организация\tПроверено программ\tВозвращено на доработку\tБез замечаний\n"
        "ЦДТ «Радуга»\t30\t8\t22\n"
    )
    assert found == [(30, "qa_submitted"), (8, "qa_failed"), (22, "qa_passed")]


def test_checking_outside_an_assessment_types_nothing() -> None:
    found = counts("Отчёт о работе МОЦ за 2024 год\n\nМетодисты предложили проверить расчёт стоимости трёх программ.\n")
    assert all(kind != "qa_submitted" for _, kind in found)
