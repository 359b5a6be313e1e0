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
