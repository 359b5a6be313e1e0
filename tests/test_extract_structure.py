"""Tasks, perspectives, activities, legal acts, document fields — on text written for the tests."""

from __future__ import annotations

from conftest import text_report

PLAN = (
    "План работы муниципального опорного центра Кедровского муниципального округа на 2024/2025 учебный год\n\n"
    "Задачи на 2024/2025 учебный год:\n"
    "а) обновить реестр программ;\n"
    "б) провести обучение экспертов;\n"
    "в) увеличить охват детей.\n\n"
    "В рамках реализации задач проведены мероприятия:\n"
    "- совещание;\n- семинар.\n\n"
    "№ п/п\tСодержание работы\tСроки проведения\tОтветственный\tОжидаемый результат\n"
    "1\t2\t3\t4\t5\n"
    "1.\tСеминар для экспертов\tОктябрь 2024\tметодист МОЦ Смирнова А.А.\tПротокол\n"
    "2.\tКонкурс программ\tноябрь-декабрь\tСмирнова А.А., Петров Б.Б.\t-\n"
    "3.\tМониторинг охвата\tв течение учебного года\tРуководитель МОЦ\tСправка\n"
    "4.\tПодготовка отчета\tдо 25 мая 2025 г.\tСпециалисты МОЦ, педагоги\t\n\n"
    "Перспективные направления работы:\n"
    "• развитие сетевых форм;\n"
    "• поддержка одаренных детей.\n"
)


def test_tasks_need_a_nominative_lead_in() -> None:
    report = text_report(PLAN)
    assert [(task.number, task.text) for task in report.tasks] == [
        ("а", "обновить реестр программ;"),
        ("б", "провести обучение экспертов;"),
        ("в", "увеличить охват детей."),
    ]


def test_perspectives_with_bullets() -> None:
    report = text_report(PLAN)
    assert [(item.number, item.text) for item in report.perspectives] == [
        (None, "развитие сетевых форм;"),
        (None, "поддержка одаренных детей."),
    ]


def test_activity_table_rows_deadlines_and_responsible() -> None:
    report = text_report(PLAN)
    rows = [
        (
            a.number,
            a.title,
            a.responsible,
            a.deadline.start.isoformat() if a.deadline and a.deadline.start else None,
            a.deadline.end.isoformat() if a.deadline and a.deadline.end else None,
            a.result,
        )
        for a in report.activities
    ]
    assert rows == [
        ("1", "Семинар для экспертов", ["Смирнова А.А."], "2024-10-01", "2024-10-31", "Протокол"),
        ("2", "Конкурс программ", ["Смирнова А.А.", "Петров Б.Б."], "2024-11-01", "2024-12-31", None),
        ("3", "Мониторинг охвата", ["Руководитель МОЦ"], "2024-09-01", "2025-08-31", "Справка"),
        ("4", "Подготовка отчета", ["Специалисты МОЦ", "педагоги"], "2025-05-25", "2025-05-25", None),
    ]


def test_document_fields() -> None:
    report = text_report(PLAN)
    info = report.document
    assert info.kind.value == "plan"
    assert info.municipality == "Кедровский муниципальный округ"
    assert info.period is not None and info.period.start is not None
    assert (info.period.start.isoformat(), info.period.end.isoformat() if info.period.end else None) == (
        "2024-09-01",
        "2025-08-31",
    )


def test_activity_sections() -> None:
    report = text_report(
        "Отчет МОЦ Речного района за 2022 год\n\n"
        "Задача 1. Поддержка педагогов.\n"
        "Мероприятие 1.1 «Проведение семинаров «Школа методиста»».\n"
        "Проведенные мероприятия и результаты их реализации:\n"
        "Проведено 4 семинара.\n"
        "Мероприятие 1.2 «Подготовка отчета».\n"
        "Проведенные мероприятия и результаты их реализации:\n"
    )
    assert [(task.number, task.text) for task in report.tasks] == [("1", "Поддержка педагогов.")]
    assert [(a.number, a.title, a.result) for a in report.activities] == [
        ("1.1", "Проведение семинаров «Школа методиста»", "Проведено 4 семинара."),
        ("1.2", "Подготовка отчета", None),
    ]


def test_legal_acts_in_several_forms() -> None:
    report = text_report(
        "Отчет МОЦ Речного района за 2023 год\n\n"
        "Методика утверждена приказом Минпросвещения России от 15.04.2019 N 170. "
        "Действует постановление администрации района № 157-ПП от 03.02.2021 «Об утверждении положения». "
        "Решение принято, Протокол № 4 от 01.03.2024г. "
        "В соответствии с Положением о МОЦ работа продолжена."
    )
    acts = [(act.kind, act.number, act.date.isoformat() if act.date else None, act.title) for act in report.legal_acts]
    assert acts == [
        ("приказ", "170", "2019-04-15", None),
        ("постановление", "157-ПП", "2021-02-03", "Об утверждении положения"),
        ("протокол", "4", "2024-03-01", None),
    ]


def test_approval_stamp_is_not_a_cited_act() -> None:
    report = text_report("УТВЕРЖДЕНО приказом директора от 01.09.2023 № 12\n\nПлан работы МОЦ на 2023 год\n")
    assert report.legal_acts == []


def test_a_year_written_with_g_ends_a_sentence_before_a_capitalized_word() -> None:
    from mocparse.nlp.annotate import split_sentences

    text = (
        "Летних программ – 19, в том числе 8 в лагерях с 3 по 28 июня 2024 г. Процедуру оценки прошли 17 программ. "
        "Центр работает в г. Озёрске (приказ от 01.02.2024 г. Управления образования)."
    )
    assert [text[start:stop] for start, stop in split_sentences(text)] == [
        "Летних программ – 19, в том числе 8 в лагерях с 3 по 28 июня 2024 г.",
        "Процедуру оценки прошли 17 программ.",
        "Центр работает в г. Озёрске (приказ от 01.02.2024 г. Управления образования).",
    ]
    rows = [(c.value, c.program_type) for c in text_report("Отчет МОЦ за 2024 год\n\n" + text).program_counts]
    assert rows == [(19, "summer"), (8, "summer"), (17, "qa_passed")]


def test_a_units_abbreviation_after_a_number_ends_a_sentence_before_a_capitalized_word() -> None:
    from mocparse.nlp.annotate import split_sentences
    from mocparse.rules import default_rules

    language = default_rules().language
    text = (
        "Доля выросла на 2,1 п.п. Плановое значение – 64 %. Из бюджета направлено 9,4 млн руб. В 2024 году – "
        "8,7 млн руб. Всего на курсах 41 чел., т.е. каждый третий. Совещание вёл Громов П. Е. по плану."
    )
    found = split_sentences(text, tuple(language.sentence_abbreviations), tuple(language.measure_abbreviations))
    assert [text[start:stop] for start, stop in found] == [
        "Доля выросла на 2,1 п.п.",
        "Плановое значение – 64 %.",
        "Из бюджета направлено 9,4 млн руб.",
        "В 2024 году – 8,7 млн руб.",
        "Всего на курсах 41 чел., т.е. каждый третий.",
        "Совещание вёл Громов П. Е. по плану.",
    ]
