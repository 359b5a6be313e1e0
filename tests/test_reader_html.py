"""HTML reader: figures and their labels set in separate elements of a web page."""

from __future__ import annotations

import mocparse


def _page(body: str) -> mocparse.Report:
    html = f"<html><body><h1>Итоги 2025 года</h1>{body}</body></html>"
    return mocparse.parse(html.encode("utf-8"), name="itogi.html")


def test_a_figure_and_its_label_in_adjacent_spans_are_one_statement() -> None:
    report = _page(
        '<div class="facts"><div class="item"><span class="num">118</span>'
        '<span class="label">программ в Навигаторе</span></div>'
        '<div class="item"><span class="num">79,4 %</span><span class="label">охват детей 5–18 лет</span></div></div>'
    )
    text = mocparse.read("<html><body><span>118</span><span>программ</span></body></html>".encode(), name="x.html").text
    assert text.strip() == "118 программ"
    assert [(c.value, c.program_type) for c in report.program_counts] == [(118, "all")]
    assert [p.value for p in report.percentages] == [79.4]


def test_an_infographic_card_of_blocks_is_one_paragraph_and_prose_divs_stay_apart() -> None:
    document = mocparse.read(
        (
            "<html><body><div class='card'><div class='n'>более 3 400</div><div class='l'>участников</div></div>"
            "<div class='card'><p>Охват детей 5–18 лет</p><p>84,2 %</p></div>"
            "<div><p>Первый абзац о работе центра.</p><p>Второй абзац.</p></div></body></html>"
        ).encode(),
        name="cards.html",
    )
    texts = [document.block_text(block) for block in document.blocks]
    assert texts == [
        "более 3 400 участников",
        "Охват детей 5–18 лет 84,2 %",
        "Первый абзац о работе центра.",
        "Второй абзац.",
    ]


def test_a_breadcrumb_trail_without_a_telling_class_is_left_out_and_a_prose_link_list_stays() -> None:
    html = (
        '<html><body><div class="crumbs"><a href="/">Главная</a> / <a href="/o">О центре</a> / Итоги года</div>'
        "<main><h1>Итоги 2023–2024 учебного года</h1>"
        '<p>Документы: <a href="/a">положение о МОЦ</a> / <a href="/b">план на 2024 год</a>, '
        "утверждённые приказом управления образования.</p></main></body></html>"
    )
    document = mocparse.read(html.encode("utf-8"), name="itogi.html")
    texts = [document.block_text(block) for block in document.blocks]
    assert texts[0] == "Итоги 2023–2024 учебного года"
    assert not any("Главная" in text for text in texts)
    assert any(text.startswith("Документы: положение о МОЦ") for text in texts)
    assert mocparse.parse(html.encode("utf-8"), name="itogi.html").document.title == "Итоги 2023–2024 учебного года"


_MARKDOWN_TABLE = """# Программы МОЦ

| Направленность | Количество программ |  | Зачислений, чел. |
|---|---|---|---|
|  | 2024 | 2025 |  |
| Техническая | 27 | 34 | 1 912 |
| Художественная | 58 | 61 | 3 870 |
"""


def test_a_markdown_row_of_years_under_a_spread_title_completes_the_header() -> None:
    document = mocparse.read(_MARKDOWN_TABLE.encode("utf-8"), name="moc.md")
    table = next(block.table for block in document.blocks if block.table is not None)
    assert [row.is_header for row in table.rows] == [True, True, False, False]
    assert table.column_headers[1:3] == ["Количество программ 2024", "Количество программ 2025"]


def test_the_same_table_as_a_web_page_and_as_plain_text_is_read_the_same() -> None:
    html = (
        "<html><body><table><tr><th>Направленность</th><th>Количество программ</th><th></th></tr>"
        "<tr><td></td><td>2024</td><td>2025</td></tr><tr><td>Техническая</td><td>27</td><td>34</td></tr>"
        "<tr><td>Художественная</td><td>58</td><td>61</td></tr></table></body></html>"
    )
    text = "Направленность\tКоличество программ\t\n\t2024\t2025\nТехническая\t27\t34\nХудожественная\t58\t61\n"
    for document in (
        mocparse.read(html.encode("utf-8"), name="page.html"),
        mocparse.read(text.encode("utf-8"), name="table.txt"),
    ):
        table = next(block.table for block in document.blocks if block.table is not None)
        assert table.column_headers[1:3] == ["Количество программ 2024", "Количество программ 2025"]


def test_a_row_of_figures_under_the_header_stays_a_row() -> None:
    text = "| Направленность | Программ |  |\n|---|---|---|\n|  | 27 | 34 |\n| Техническая | 5 | 6 |\n"
    document = mocparse.read(text.encode("utf-8"), name="t.md")
    table = next(block.table for block in document.blocks if block.table is not None)
    assert [row.is_header for row in table.rows][:2] == [True, False]
