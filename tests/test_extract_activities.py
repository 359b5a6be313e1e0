"""Activities: rows of plan tables with headers over two rows, section and total rows, rows broken
over a page, responsible cells and deadlines in the forms plans use — on tables written for the tests."""

from __future__ import annotations

from pathlib import Path

from conftest import text_report

from mocparse.pipeline import parse_document
from mocparse.readers import read
from mocparse.records import Activity, Report


def html_report(tmp_path: Path, body: str) -> Report:
    path = tmp_path / "plan.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    return parse_document(read(path))


def rows(activities: list[Activity]) -> list[tuple[str | None, str, list[str], str | None, str | None]]:
    return [
        (
            a.number,
            a.title,
            a.responsible,
            a.deadline.start.isoformat() if a.deadline and a.deadline.start else None,
            a.deadline.end.isoformat() if a.deadline and a.deadline.end else None,
        )
        for a in activities
    ]


PLAN_TABLE = """
<h1>План работы МОЦ Ольховского района на 2025/2026 учебный год</h1>
<table>
<tr><td rowspan="2">№ п/п</td><td rowspan="2">Наименование мероприятия</td><td colspan="2">Срок</td>
<td rowspan="2">Ответственный</td><td rowspan="2">Ожидаемый результат</td></tr>
<tr><td>начало</td><td>окончание</td></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td></tr>
<tr><td colspan="6">1. Организационная деятельность</td></tr>
<tr><td>1.1</td><td>Утверждение плана работы</td><td>01.09.2025</td><td>10.09.2025</td>
<td>Руководитель МОЦ Лаптева О.Н.</td><td>Приказ об утверждении</td></tr>
<tr><td>1.2</td><td>Совещание с кураторами</td><td>15.09.2025</td><td>15.09.2025</td>
<td>Лаптева О.Н., методист МОЦ Сорокин Д.Е.</td><td>Протокол</td></tr>
<tr><td colspan="6">2. Методическая работа</td></tr>
<tr><td>2.1</td><td>Семинар для педагогов</td><td>октябрь 2025</td><td>ноябрь 2025</td>
<td>Сорокин Д.Е., методист МОЦ</td><td>-</td></tr>
<tr><td colspan="4">Итого по разделу</td><td></td><td>2 мероприятия</td></tr>
</table>
"""


def test_two_row_header_start_and_end_columns_and_section_rows(tmp_path: Path) -> None:
    report = html_report(tmp_path, PLAN_TABLE)
    assert rows(report.activities) == [
        ("1.1", "Утверждение плана работы", ["Лаптева О.Н."], "2025-09-01", "2025-09-10"),
        ("1.2", "Совещание с кураторами", ["Лаптева О.Н.", "Сорокин Д.Е."], "2025-09-15", "2025-09-15"),
        ("2.1", "Семинар для педагогов", ["Сорокин Д.Е."], "2025-10-01", "2025-11-30"),
    ]
    first = report.activities[0]
    assert first.deadline is not None and first.deadline.text == "01.09.2025 10.09.2025"
    assert first.result == "Приказ об утверждении" and report.activities[2].result is None
    assert first.evidence.span is not None and first.evidence.span.text == "Утверждение плана работы"


def test_quarter_rows_and_rows_broken_over_a_page(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        """
<h1>Отчет о выполнении дорожной карты Кедровского округа за 2024 год</h1>
<table>
<tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Ответственный</td><td>Отметка о выполнении</td></tr>
<tr><td colspan="5">I квартал 2024 года</td></tr>
<tr><td>1</td><td>Окружной этап конкурса</td><td>Февраль 2024 г.</td><td>МОЦ</td><td>Выполнено. Победитель –</td></tr>
<tr><td></td><td>«Педагог года в дополнительном образовании»</td><td></td><td></td><td>Грачев А.В.</td></tr>
<tr><td>2</td><td>Обучение экспертов</td><td>Март 2024 г.</td><td>Отдел образования (Зимина Т.П.)</td>
<td>Выполнено</td></tr>
<tr><td></td><td>и наставников</td><td></td><td></td><td></td></tr>
<tr><td colspan="5">Мероприятия в течение года</td></tr>
<tr><td>3</td><td>Ведение страницы центра</td><td>Ежемесячно</td><td>МБУ ДО «Дом творчества» (МОЦ)</td>
<td>Выполнено</td></tr>
</table>
""",
    )
    assert [(a.number, a.title, a.result) for a in report.activities] == [
        (
            "1",
            "Окружной этап конкурса «Педагог года в дополнительном образовании»",
            "Выполнено. Победитель – Грачев А.В.",
        ),
        ("2", "Обучение экспертов и наставников", "Выполнено"),
        ("3", "Ведение страницы центра", "Выполнено"),
    ]
    assert [a.responsible for a in report.activities] == [
        ["МОЦ"],
        ["Отдел образования", "Зимина Т.П."],
        ["МБУ ДО «Дом творчества» (МОЦ)"],
    ]
    last = report.activities[2].deadline
    assert last is not None and last.start is not None and last.end is not None
    assert (last.start.isoformat(), last.end.isoformat()) == ("2024-01-01", "2024-12-31")


def test_responsible_groups_with_commas_in_quotes_and_a_conjunction() -> None:
    report = text_report(
        "План работы МОЦ на 2025 год\n\n"
        "№\tМероприятие\tСрок\tОтветственный\n"
        "1\tФорум\tМай–июль\tРуководители МАОУ «Лицей № 2, корпус 1», МБОУ «СОШ № 3»\n"
        "2\tКонкурс\tIV квартал 2025 г.\tОтдел образования и МОЦ\n"
        "3\tМониторинг\tдо 25 числа ежемесячно\tспециалисты МОЦ, Тарасов В.В.\n"
    )
    assert rows(report.activities) == [
        ("1", "Форум", ["Руководители МАОУ «Лицей № 2, корпус 1»", "МБОУ «СОШ № 3»"], "2025-05-01", "2025-07-31"),
        ("2", "Конкурс", ["Отдел образования", "МОЦ"], "2025-10-01", "2025-12-31"),
        ("3", "Мониторинг", ["специалисты МОЦ", "Тарасов В.В."], "2025-01-01", "2025-12-31"),
    ]


def test_rows_without_numbers_in_a_table_without_a_number_column() -> None:
    report = text_report(
        "Анализ работы МОЦ за 2024 год\n\n"
        "Мероприятие\tДата\tРезультат\n"
        "Слет юных туристов\tИюнь 2024 г.\t84 участника\n"
        "Фестиваль технического творчества\tНоябрь 2024 г.\t120 участников\n"
        "Итого\t\t204 участника\n"
    )
    assert [(a.title, a.result) for a in report.activities] == [
        ("Слет юных туристов", "84 участника"),
        ("Фестиваль технического творчества", "120 участников"),
    ]


def test_an_activity_named_in_prose_is_not_a_section() -> None:
    report = text_report(
        "Отчет МОЦ Речного района за 2024 год\n\n"
        "Мероприятие 1.1 «Семинар для экспертов».\n"
        "Проведенные мероприятия и результаты их реализации:\n"
        "Проведено два семинара.\n\n"
        "Мероприятие 7 «Запуск мобильного технопарка» не выполнено в связи с задержкой поставки.\n"
    )
    assert [(a.number, a.title) for a in report.activities] == [("1.1", "Семинар для экспертов")]


def test_headers_with_a_modifier_before_the_column_word() -> None:
    report = text_report(
        "План работы МОЦ на 2025 год\n\n"
        "N п/п\tСодержание мероприятия\tПланируемые сроки\tОтветственные лица\tПланируемый результат\n"
        "1\tСеминар для кураторов\tмарт 2025 г.\tметодисты МОЦ\tпамятка\n"
    )
    activity = report.activities[0]
    assert (activity.number, activity.title, activity.responsible, activity.result) == (
        "1",
        "Семинар для кураторов",
        ["методисты МОЦ"],
        "памятка",
    )
    assert activity.deadline is not None and activity.deadline.start is not None
    assert activity.deadline.start.isoformat() == "2025-03-01"


def test_tables_of_indicators_and_of_counts_by_period_are_not_activity_tables() -> None:
    report = text_report(
        "Отчет МОЦ за 2024 год\n\n"
        "Наименование показателя\tПлан\tФакт\tРезультат\n"
        "Охват детей, %\t80\t81\tдостигнут\n\n"
        "Период исполнения\tЗапланировано мероприятий\tВыполнено\n"
        "I квартал\t9\t8\n"
        "II квартал\t10\t9\n"
    )
    assert report.activities == []


def test_task_rows_of_a_plan_table_are_tasks_not_activities(tmp_path: Path) -> None:
    report = html_report(
        tmp_path,
        """
<h1>План мероприятий МОЦ Журавлинского округа на 2025 год</h1>
<table>
<tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Ответственный</td></tr>
<tr><td colspan="4">Задача 1. Обновление содержания программ</td></tr>
<tr><td>1.1</td><td>Экспертиза программ</td><td>март 2025 г.</td><td>Дроздов К.С.</td></tr>
<tr><td colspan="4">Задача 2. Поддержка педагогов</td></tr>
<tr><td>2.1</td><td>Школа молодого педагога</td><td>в течение года</td><td>методисты МОЦ</td></tr>
</table>
""",
    )
    assert [(task.number, task.text) for task in report.tasks] == [
        ("1", "Обновление содержания программ"),
        ("2", "Поддержка педагогов"),
    ]
    assert rows(report.activities) == [
        ("1.1", "Экспертиза программ", ["Дроздов К.С."], "2025-03-01", "2025-03-31"),
        ("2.1", "Школа молодого педагога", ["методисты МОЦ"], "2025-01-01", "2025-12-31"),
    ]


def test_a_register_of_programs_with_a_result_column_is_no_activity_table() -> None:
    import mocparse

    html = (
        "<html><body><p>Приложение к приказу об итогах экспертизы программ за 2025 год</p><table>"
        "<tr><th>№</th><th>Наименование программы</th><th>Организация</th><th>Балл</th><th>Результат</th></tr>"
        "<tr><td>1</td><td>«Юный эколог»</td><td>МБОУ «СОШ № 2»</td><td>84</td><td>рекомендована</td></tr>"
        "<tr><td>2</td><td>«Робототехника»</td><td>МБУ ДО «ЦДТ»</td><td>57</td><td>на доработку</td></tr>"
        "</table></body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="prilozhenie.html")
    assert report.activities == []


def test_a_plan_typed_without_a_table_gives_its_items_with_their_fields() -> None:
    """Numbered items with a hanging indent, each followed by "Срок:" and "Ответственный:" lines, in a
    plain-text plan typed with hard line breaks."""
    text = (
        "План работы муниципального опорного центра на 2027 год\n\n"
        "1.1. Актуализировать состав муниципального координационного совета по\n"
        "     развитию дополнительного образования детей.\n"
        "     Срок: до 15 февраля 2027 г.\n"
        "     Ответственный: С.Н. Воропаева — руководитель МОЦ.\n"
        "1.2. Провести муниципальный конкурс методических разработок педагогов\n"
        "     дополнительного образования.\n"
        "     (В 2026 году в конкурсе участвовали 23 педагога.)\n"
        "     Срок: март - апрель.\n"
        "     Ответственные: О.В. Пантюхина — методист МОЦ; руководители ОО.\n"
        "1.3. Вести учёт обращений родителей.\n"
    )
    report = text_report(text)
    found = [(a.number, a.title, a.responsible, a.deadline) for a in report.activities]
    assert [(number, title) for number, title, _, _ in found] == [
        (
            "1.1",
            "Актуализировать состав муниципального координационного совета по развитию "
            "дополнительного образования детей.",
        ),
        (
            "1.2",
            "Провести муниципальный конкурс методических разработок педагогов дополнительного образования. "
            "(В 2026 году в конкурсе участвовали 23 педагога.)",
        ),
    ]
    assert found[0][2] == ["Воропаева С.Н."]
    assert found[1][2] == ["Пантюхина О.В.", "руководители ОО"]
    assert found[0][3] is not None and str(found[0][3].end) == "2027-02-15"
    assert found[1][3] is not None and (str(found[1][3].start), str(found[1][3].end)) == ("2027-03-01", "2027-04-30")
