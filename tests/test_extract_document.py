"""Document fields (kind, title, municipality, region, period) on heads written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import text_report

import mocparse

CASES = [
    # (text, kind, municipality, region, period start, period end)
    (
        "ОТЧЕТ О ДЕЯТЕЛЬНОСТИ МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА ЭНСКОГО ГОРОДСКОГО ОКРУГА ЗА 2023 ГОД\n\n"
        "В 2023 году работали 12 организаций. Справка составлена 12.05.2023 г. Отдел образования провел совещание.",
        "report",
        "Энский городской округ",
        None,
        ("2023-01-01", "2023-12-31"),
    ),
    (
        "АНАЛИЗ РАБОТЫ МОЦ КЕДРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ВОЛОГОДСКОЙ ОБЛАСТИ ЗА 2022–2023 УЧЕБНЫЙ ГОД\n\n"
        "Кедровский район участвует в проекте.",
        "analysis",
        "Кедровский муниципальный район",
        "Вологодская область",
        ("2022-09-01", "2023-08-31"),
    ),
    (
        "ПЛАН РАБОТЫ МОЦ ГОРОДА ОРЕНБУРГА НА 2024 ГОД\n\nВ городе Оренбурге работают 5 школ.",
        "plan",
        "город Оренбург",
        None,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "МУНИЦИПАЛЬНАЯ ПРОГРАММА «Развитие образования Сосновского района» на 2024–2028 годы\n\n"
        "Сосновский муниципальный район Энской области реализует программу.",
        "plan",
        "Сосновский муниципальный район",
        "Энская область",
        ("2024-01-01", "2028-12-31"),
    ),
    (
        "ПУБЛИЧНЫЙ ДОКЛАД управления образования Усть-Лесного городского округа за 2024 год\n\nТекст доклада.",
        "report",
        "Усть-Лесной городской округ",
        None,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "Главная > Центр > О центре\nО ЦЕНТРЕ\n"
        "Муниципальный опорный центр Липовского муниципального округа работает с 2021 года. "
        "В 2024 году охват составил 80 %.",
        "other",
        "Липовский муниципальный округ",
        None,
        ("2024-01-01", "2024-12-31"),
    ),
    (
        "В 2023 году центр Ольховского муниципального района продолжил работу. "
        "Семинар прошел 3 марта 2023 года в Республике Энсу.",
        "report",
        "Ольховский муниципальный район",
        "Республика Энсу",
        ("2023-01-01", "2023-12-31"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "municipality", "region", "period"), CASES, ids=[case[0][:30] for case in CASES]
)
def test_document_fields(text: str, kind: str, municipality: str, region: str | None, period: tuple[str, str]) -> None:
    info = text_report(text).document
    assert info.kind.value == kind
    assert info.municipality == municipality
    assert info.region == region
    assert info.period is not None and info.period.start is not None and info.period.end is not None
    assert (info.period.start.isoformat(), info.period.end.isoformat()) == period


def test_a_year_abbreviation_is_not_a_city() -> None:
    info = text_report(
        "Отчет МОЦ Кедрового муниципального округа за 2023 год\n\nСправка от 31.12.2023 г. Отдел образования."
    ).document
    assert info.municipality == "Кедровый муниципальный округ"


def test_title_in_capitals_is_kept_whole() -> None:
    info = text_report("О Т Ч Е Т\nо работе МОЦ Энского района за 2022 год\n\nТекст.").document
    assert info.title == "ОТЧЕТ о работе МОЦ Энского района за 2022 год"
    assert info.municipality == "Энский район"


def test_a_kind_word_in_prose_is_no_title() -> None:
    info = text_report(
        "Итоги работы центра были представлены на августовской конференции. С докладом выступила "
        "руководитель МОЦ.\n\nВ 2024 году охват детей Энского района вырос до 81 %."
    ).document
    assert info.title is None
    assert info.kind.value == "report"


def test_an_abbreviation_inside_a_title_ends_no_sentence() -> None:
    info = text_report("Отчет о работе МОЦ г. Энска за 2023 г.\n\nТекст отчета.").document
    assert info.title == "Отчет о работе МОЦ г. Энска за 2023 г."
    assert info.kind.value == "report"


def test_a_kind_word_in_a_heading_of_the_body_is_no_title() -> None:
    info = text_report(
        "Педагоги округа обсудили сетевые программы\n\n"
        "В феврале в Доме творчества прошел семинар для педагогов дополнительного образования, "
        "на котором обсуждали разработку сетевых программ и их публикацию в навигаторе.\n\n"
        "Итоги конкурса «Новая программа»\n\nПобедители награждены дипломами."
    ).document
    assert (info.kind.value, info.title) == ("other", "Педагоги округа обсудили сетевые программы")


def test_an_attachment_line_naming_a_report_in_the_dative_is_no_title() -> None:
    report = text_report(
        "Приложение 2 к годовому отчёту о реализации муниципальной программы за 2024 год\n\n"
        "ОТЧЁТ\nо выполнении подпрограммы «Дополнительное образование» за 2024 год\n\n"
        "В 2024 году подпрограмма выполнена в полном объёме.\n"
    )
    assert report.document.title == "ОТЧЁТ о выполнении подпрограммы «Дополнительное образование» за 2024 год"
    assert report.document.kind == "report"


def test_minutes_are_titled_below_the_letterhead_and_a_stamp_citation_is_no_title() -> None:
    minutes = text_report(
        "АДМИНИСТРАЦИЯ ОЗЁРНОГО ОКРУГА\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\n\n"
        "ПРОТОКОЛ № 3\nзаседания муниципального совета по дополнительному образованию детей\n\n"
        "Дата проведения: 14.03.2025.\n"
    )
    assert minutes.document.title == (
        "ПРОТОКОЛ № 3 заседания муниципального совета по дополнительному образованию детей"
    )
    assert minutes.document.kind == "other"
    plan = text_report(
        "Рассмотрено на заседании методического совета\nПротокол № 1 от 28.08.2024 г.\n\n"
        "ПЛАН РАБОТЫ\nмуниципального опорного центра на 2024/2025 учебный год\n\n"
        "Цель: развитие системы дополнительного образования.\n"
    )
    assert plan.document.kind == "plan"
    assert plan.document.title.startswith("ПЛАН РАБОТЫ")


def test_a_period_inside_a_programme_name_is_not_the_documents() -> None:
    report = text_report(
        "ОТЧЁТ о выполнении муниципальной программы «Развитие образования округа на 2021 – 2027 годы» "
        "за 2024 год\n\nВ 2024 году программа выполнена.\n"
    )
    assert report.document.period is not None
    assert (report.document.period.start.isoformat(), report.document.period.end.isoformat()) == (
        "2024-01-01",
        "2024-12-31",
    )


def test_a_bare_kind_word_line_joins_its_long_lower_case_continuation() -> None:
    report = text_report(
        "ОТЧЁТ\n\nо выполнении плана мероприятий («дорожной карты») по развитию муниципального опорного "
        "центра дополнительного образования детей Ольшанского муниципального округа за 2025 год\n\n"
        "В 2025 году план выполнен.\n"
    )
    assert report.document.title.startswith("ОТЧЁТ о выполнении плана мероприятий")
    assert report.document.kind == "report"


def test_an_approval_stamp_is_no_title_and_an_email_subject_is() -> None:
    stamp = text_report(
        "УТВЕРЖДЕНО\n\nИНФОРМАЦИОННАЯ КАРТА муниципального опорного центра\n\n"
        "Центр создан в 2020 году на базе дома детского творчества и работает со всеми школами округа.\n"
    )
    assert stamp.document.title == "ИНФОРМАЦИОННАЯ КАРТА муниципального опорного центра"
    letter = text_report(
        "От: МОЦ Ольшанского округа <moc@example.ru>\nКому: РМЦ <rmc@example.ru>\n"
        "Тема: Ответ на запрос о численности детей\n\nДобрый день! Направляем сведения.\n"
    )
    assert letter.document.title == "Ответ на запрос о численности детей"
    assert letter.document.kind == "other"


def test_an_act_is_titled_by_its_subject_line_under_the_kind_word() -> None:
    report = text_report(
        "П Р И К А З\n\n17.11.2025 № 436-од\n\nг. Энск\n\nОб итогах независимой оценки качества\n"
        "дополнительных общеобразовательных программ\n\n"
        "В соответствии с положением о независимой оценке качества приказываю утвердить итоги.\n"
    )
    assert report.document.title == "Об итогах независимой оценки качества дополнительных общеобразовательных программ"


@pytest.mark.parametrize(
    ("dateline", "title", "period"),
    [
        ("24.12.2025 · Просмотров: 312", "МОЦ подвёл итоги года", ("2025-01-01", "2025-12-31")),
        ("04.09.2025 | Новости", "Опорный центр подвёл итоги учебного года", ("2024-09-01", "2025-08-31")),
    ],
)
def test_a_news_dateline_is_no_part_of_its_title_and_dates_the_year_it_names(
    tmp_path: Path, dateline: str, title: str, period: tuple[str, str]
) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<html><body><div class='breadcrumbs'><a href='/'>Главная</a> / Новости / " + title + "</div>"
        f"<h1>{title}</h1><div class='meta'>{dateline}</div>"
        "<p>На совещании руководитель центра рассказала о работе за этот период. Охват детей вырос.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    report = mocparse.parse(page)
    assert report.document.title == title
    assert report.document.period is not None
    assert (str(report.document.period.start), str(report.document.period.end)) == period


def test_a_plan_without_a_dated_title_covers_the_years_it_is_made_for() -> None:
    report = text_report(
        "Приложение 3\nк муниципальной программе «Развитие образования Кедровского округа на 2024–2028 годы»\n\n"
        "ПОДПРОГРАММА 3 «РАЗВИТИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ»\n\n"
        "1. Целевые индикаторы\n\n"
        "Базовые значения индикаторов определены по итогам 2022 года, план составлен с учётом итогов.\n"
    )
    assert report.document.kind == "plan"
    assert report.document.period is not None
    assert (report.document.period.start.isoformat(), report.document.period.end.isoformat()) == (
        "2024-01-01",
        "2028-12-31",
    )


def test_a_stamp_note_in_brackets_is_no_title_and_a_quoted_name_under_the_kind_word_joins_it() -> None:
    report = text_report(
        "Приложение 3\nк муниципальной программе «Развитие образования»\n"
        "(в редакции постановления от 26.03.2024 № 312-па)\n\n"
        "ПОДПРОГРАММА 3\n\n«Развитие дополнительного образования детей»\n\n(далее – подпрограмма 3)\n\n"
        "Подпрограмма реализуется на 2024 – 2028 годы. В округе реализуются 286 программ. "
        "Из них по направленностям: художественная – 84, техническая – 41.\n"
    )
    assert report.document.title == "ПОДПРОГРАММА 3 «Развитие дополнительного образования детей»"
    assert report.document.kind == "plan"
    assert {(c.value, c.kind) for c in report.program_counts} == {(286, "actual"), (84, "actual"), (41, "actual")}


def test_the_date_and_place_line_of_minutes_is_no_part_of_their_title() -> None:
    report = text_report(
        "П Р О Т О К О Л № 3 заседания муниципального совета по развитию дополнительного образования детей\n\n"
        "17.10.2024г. г. Ласточкин, ул. Советская, 21\n\nПрисутствовали: 11 членов совета.\n"
    )
    assert (
        report.document.title
        == "ПРОТОКОЛ № 3 заседания муниципального совета по развитию дополнительного образования детей"
    )
    assert report.document.kind == "other"


def test_self_analysis_and_a_monitoring_form_have_their_kinds() -> None:
    assert text_report("САМОАНАЛИЗ деятельности МОЦ за 2024/2025 учебный год\n\nТекст.").document.kind == "analysis"
    assert text_report("ФОРМА МОНИТОРИНГА реализации программ на 01.10.2025\n\nТекст.").document.kind == "other"


def test_an_opening_heading_goes_on_in_the_line_that_names_its_period() -> None:
    report = text_report(
        "Приложение 2 к аналитической справке МОЦ за 2025 год\n\nСВОДНАЯ ТАБЛИЦА\n\n"
        "основных показателей дополнительного образования детей Кедрового округа за 2024–2025 годы\n\n"
        "Сведения подготовлены опорным центром по данным Навигатора и отчётов школ.\n"
    )
    assert report.document.title == (
        "СВОДНАЯ ТАБЛИЦА основных показателей дополнительного образования детей Кедрового округа за 2024–2025 годы"
    )
    assert report.document.period is not None
    assert (str(report.document.period.start), str(report.document.period.end)) == ("2024-01-01", "2025-12-31")


def test_an_explanatory_note_to_a_report_is_a_report_of_the_period_after_the_quoted_programme() -> None:
    report = text_report(
        "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n\nк отчёту о реализации муниципальной программы\n\n"
        "«Развитие образования Кедрового округа на 2024–2028 годы»\n\n"
        "(подпрограмма 3 «Дополнительное образование детей»)\n\nза 2025 год\n\n"
        "Ответственный исполнитель подпрограммы: управление образования администрации округа.\n"
    )
    assert report.document.kind == "report"
    assert report.document.title is not None and report.document.title.endswith("за 2025 год")
    assert report.document.period is not None
    assert (str(report.document.period.start), str(report.document.period.end)) == ("2025-01-01", "2025-12-31")


def test_a_dateline_with_the_time_of_posting_is_no_part_of_a_news_title() -> None:
    report = text_report(
        "В Кедровом прошёл семинар опорного центра\n\n20.11.2026 14:37 Категория: Новости Просмотров: 214\n\n"
        "На семинаре выступили 12 педагогов дополнительного образования из девяти школ округа.\n"
    )
    assert report.document.title == "В Кедровом прошёл семинар опорного центра"


def test_a_capitalized_line_under_a_heading_without_a_kind_word_is_no_part_of_the_title() -> None:
    report = text_report(
        "Выступление руководителя опорного центра Кедрового округа\n\n"
        "Августовское совещание педагогических работников, 27 августа 2025 года, актовый зал\n\n"
        "Добрый день, уважаемые коллеги! Я скажу о самом главном за прошедший год.\n"
    )
    assert report.document.title == "Выступление руководителя опорного центра Кедрового округа"


def test_a_title_goes_on_after_a_bracket_and_past_a_quoted_name_with_nested_quotes() -> None:
    roadmap = text_report(
        "ДОРОЖНАЯ КАРТА\n\n(план мероприятий) муниципального опорного центра Ольховского района на 2026 год\n\n"
        "Центр создан в 2023 году. Он работает с организациями района.\n"
    )
    assert roadmap.document.title == (
        "ДОРОЖНАЯ КАРТА (план мероприятий) муниципального опорного центра Ольховского района на 2026 год"
    )
    assert roadmap.document.period is not None and roadmap.document.period.start.year == 2026
    report = text_report(
        "ОТЧЁТ\n\nо результатах самообследования учреждения «Центр дополнительного образования «Орбита» "
        "(муниципальный опорный центр Ольховского округа) за 2024 год\n\n1. Общие положения\n"
    )
    assert report.document.title is not None and report.document.title.endswith("за 2024 год")
    assert report.document.period is not None and report.document.period.start.year == 2024


def test_an_act_whose_issuer_shares_the_line_of_its_kind_word_is_titled_by_its_subject() -> None:
    report = text_report(
        "АДМИНИСТРАЦИЯ ОЛЬХОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА ПОСТАНОВЛЕНИЕ\n\nот 14.11.2025 № 118-па\n\n"
        "О внесении изменений в муниципальную программу «Развитие образования» на 2024–2028 годы\n\n"
        "В соответствии с Федеральным законом администрация постановляет:\n"
    )
    assert report.document.title == (
        "О внесении изменений в муниципальную программу «Развитие образования» на 2024–2028 годы"
    )
    assert report.document.period is not None
    assert (report.document.period.start.year, report.document.period.end.year) == (2024, 2028)


def test_a_web_page_is_titled_by_its_top_heading_and_dated_by_its_dateline() -> None:
    html = (
        "<html><body><div>Вторник, 14 октября 2025 Ольховск: +5 °C</div>"
        "<p>Газета Ольховского округа. Выходит с 1952 года.</p>"
        "<h1>Кружки у дома: как растёт охват детей</h1><p>14.10.2025, 10:20 Автор: Н. Гусева</p>"
        "<p>В этом году в Навигаторе 171 программа, а в 2023-м было 150. Запись идёт с сентября.</p>"
        "</body></html>"
    )
    report = mocparse.parse(html.encode("utf-8"), name="gazeta.html")
    assert report.document.title == "Кружки у дома: как растёт охват детей"
    assert report.document.period is not None and report.document.period.start.year == 2025


def test_minutes_dated_after_the_year_they_report_on_keep_that_year() -> None:
    report = text_report(
        "ПРОТОКОЛ № 2\n\nсовещания руководителей образовательных организаций Ольховского округа\n\n"
        "18.03.2025 г.\n\nСЛУШАЛИ: об итогах работы МОЦ. В 2024 году в Навигаторе размещено 140 программ.\n"
    )
    assert report.document.period is not None and report.document.period.start.year == 2024


def test_a_newspaper_page_is_titled_by_its_headline_and_dated_by_its_issue() -> None:
    report = text_report(
        "ЛУГОВСКАЯ ПРАВДА\n\n"
        "Общественно-политическая газета Луговского района · № 22 (9 310) · 6 июня 2025 г.\n\n"
        "ОБРАЗОВАНИЕ | РАЗГОВОР НА ЗАДАННУЮ ТЕМУ\n\n"
        "«Каждому ребёнку – свой кружок»\n\n"
        "В районе работают 143 программы дополнительного образования; в прошлом году их было 120.\n"
    )
    assert report.document.title == "«Каждому ребёнку – свой кружок»"
    assert report.document.period is not None and report.document.period.start is not None
    assert report.document.period.start.year == 2025


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # an aside that gives an earlier value does not date the text
        ("В сетевой форме реализуются 17 программ (в 2024 году – 14). В 2025 году центр провёл 12 семинаров.", 2025),
        # an aside that names the period does
        ("Итоги оценки качества программ (2024/2025 учебный год) подведены на совещании.", 2025),
    ],
)
def test_a_year_in_an_aside_dates_the_text_only_when_it_names_the_period(sentence: str, year: int) -> None:
    report = text_report(f"Муниципальный опорный центр дополнительного образования детей\n\n{sentence}\n")
    assert report.document.period is not None and report.document.period.end is not None
    assert report.document.period.end.year == year
