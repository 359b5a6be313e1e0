"""The family registry drives the pipeline, evaluation, the database and the outline: a toy family
registered here flows through all of them without any other change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import text_document
from openpyxl import load_workbook
from sqlalchemy import select

from mocparse import parse_text
from mocparse.db import schema
from mocparse.db.engine import create_db_engine
from mocparse.db.load import load_report
from mocparse.db.migrations import upgrade
from mocparse.evaluate import score_report
from mocparse.export import export_csv, export_xlsx
from mocparse.extract.base import ExtractionContext
from mocparse.families import REGISTRY, Evaluation, FactFamily, RegistryError, registry
from mocparse.nlp import AnnotatedDocument
from mocparse.outline import summary
from mocparse.records import Fact, Report
from mocparse.review import render_review

TEXT = "Отчет МОЦ за 2024 год\n\nВ 2024 году опубликовано 120 программ. Коэффициент бодрости 7 единиц."


class Mood(Fact):
    """A toy fact: a word of the text and whether it follows a year."""

    word: str
    after_year: bool = False


def extract_mood(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Mood]:
    years = [date for date in context.facts("dates") if date.precision.value == "year"]
    found = []
    for segment in annotated.text_segments():
        position = segment.text.find("бодрости")
        if position >= 0:
            after = any(date.evidence.span and date.evidence.span.end <= segment.start + position for date in years)
            found.append(
                Mood(
                    word="бодрость",
                    after_year=after,
                    evidence=segment.evidence(span=(position, position + len("бодрости"))),
                    rule="toy.word",
                    confidence=0.5,
                )
            )
    return found


def extract_nosy(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Mood]:
    context.facts("persons")  # not in requires: refused
    return []


@pytest.fixture
def toy_family() -> Iterator[FactFamily]:
    family = FactFamily(
        name="moods",
        record=Mood,
        extractor="test_registry:extract_mood",
        requires=("dates",),
        label_ru="Настроения",
        label_en="Moods",
        describe=lambda mood: f"{mood.word} ({'после года' if mood.after_year else 'без года'})",
        evaluation=Evaluation(key=lambda g, p: g["word"] == p["word"], describe=lambda i: i["word"]),
    )
    registry().register(family)
    yield family
    REGISTRY.unregister(family.name)
    schema.forget_family(family.name)


def test_toy_family_flows_through_parse_json_evaluation_database_and_outline(
    toy_family: FactFamily, tmp_path: Path
) -> None:
    report = parse_text(TEXT)
    (mood,) = report.facts("moods")
    assert mood.word == "бодрость" and mood.after_year
    assert mood.evidence.span is not None and mood.evidence.span.text == "бодрости"
    assert report.program_counts  # the built-in families still run

    again = Report.model_validate(json.loads(report.model_dump_json()))
    assert isinstance(again.facts("moods")[0], Mood)

    gold: dict[str, Any] = {"moods": [{"word": "бодрость", "quote": "Коэффициент бодрости"}], "document": {}}
    scores = score_report(report, gold, TEXT)
    assert scores["moods"].f1 == 1.0
    gold["moods"][0]["word"] = "грусть"
    assert score_report(report, gold, TEXT)["moods"].f1 == 0.0

    engine = create_db_engine(tmp_path / "toy.sqlite")
    upgrade(engine)
    with engine.begin() as connection:
        load_report(connection, report)
    with engine.connect() as connection:
        table = schema.metadata.tables["moods"]
        rows = connection.execute(select(table.c.word, table.c.after_year, table.c.span_text)).all()
    assert [tuple(row) for row in rows] == [("бодрость", True, "бодрости")]

    assert "moods: бодрость (после года)" in summary(report)

    # the review page: a legend entry, a section of rows and the highlight of the fact's own span
    html = render_review(text_document(TEXT), report)
    assert 'id="show-moods"' in html and "Настроения" in html and 'id="fact-moods-0"' in html
    mark = html.index('id="hl-moods-0"')
    assert html[html.index(">", mark) + 1 :].startswith("бодрости</mark>")
    assert "бодрость (после года)" in html

    # the export: a sheet named by the family's label, its own column and the evidence; a CSV of its table
    workbook = tmp_path / "toy.xlsx"
    export_xlsx(engine, workbook)
    sheet = load_workbook(workbook, read_only=True)["Настроения"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    row = dict(zip(header, rows[0], strict=False))
    assert row["word"] == "бодрость" and row["after_year"] == "да" and row["Значение как написано"] == "бодрости"
    export_csv(engine, tmp_path / "csv")
    assert "бодрость" in (tmp_path / "csv" / "moods.csv").read_text(encoding="utf-8-sig")
    engine.dispose()


def test_review_and_export_keep_no_list_of_families() -> None:
    """Family names appear in the registry only: the review page and the export read it."""
    root = Path(__file__).resolve().parent.parent / "mocparse"
    for module in ("review.py", "export.py", "corrections.py", "reviewing.py"):
        source = (root / module).read_text(encoding="utf-8")
        for family in registry():
            assert f'"{family.name}"' not in source and f"'{family.name}'" not in source, (module, family.name)


def test_run_order_puts_requirements_first() -> None:
    order = [family.name for family in registry().run_order]
    for family in registry():
        for needed in family.requires:
            assert order.index(needed) < order.index(family.name)


def test_unknown_and_circular_requirements_are_refused() -> None:
    base: dict[str, Any] = {"record": Mood, "extractor": "test_registry:extract_mood", "label_ru": "x", "label_en": "x"}
    with pytest.raises(RegistryError, match="unknown"):
        registry().register(FactFamily(name="a_toy", requires=("no_such_family",), **base))
    with pytest.raises(RegistryError, match="circle"):
        registry().register(
            FactFamily(name="b_toy", requires=("c_toy",), **base), FactFamily(name="c_toy", requires=("b_toy",), **base)
        )
    assert not {"a_toy", "b_toy", "c_toy"} & set(registry().names)  # nothing half-registered


def test_reading_a_family_that_is_not_required_is_an_error() -> None:
    family = FactFamily(name="nosy", record=Mood, extractor="test_registry:extract_nosy", label_ru="x", label_en="x")
    registry().register(family)
    try:
        with pytest.raises(RuntimeError, match="does not require"):
            parse_text(TEXT)
    finally:
        REGISTRY.unregister("nosy")
