"""The regional summary on the trap archive (corpus/traps/): actual figures, plan targets in their own
columns, breakdown parts in their own type columns, a conflict between two documents flagged with
both sources, never resolved by max; asserted cell by cell.

The hand-written reports say what the extraction should find in the trap documents; the summary
must be right from them today. The same cells from the parsed documents need the extraction of
kinds, dimensions and indicators (the meaning issue) and are expected to fail until then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS
from openpyxl import load_workbook
from sqlalchemy import Engine

from mocparse.db import create_db_engine
from mocparse.db.load import load_report
from mocparse.db.migrations import upgrade
from mocparse.export import export_xlsx, summary_table
from mocparse.pipeline import parse
from mocparse.records import (
    DocumentInfo,
    DocumentKind,
    Evidence,
    Percentage,
    Period,
    ProgramCount,
    Quantity,
    Report,
    SourceRecord,
    TextSpan,
)

TRAPS = CORPUS / "traps"
REPORT = TRAPS / "ozerny_2024_report.txt"
ANALYSIS = TRAPS / "ozerny_2024_analysis.txt"
MUNICIPALITY = "Озёрный муниципальный округ"


def _text(path: Path) -> str:
    from mocparse.readers import read

    return read(path).text


def _evidence(text: str, sentence: str, value: str) -> Evidence:
    """Evidence of the sentence containing ``sentence``, with ``value`` (inside it) as the span."""
    start = text.index(sentence)
    at = start + sentence.index(value)
    return Evidence(
        text=sentence,
        start=start,
        end=start + len(sentence),
        block=0,
        span=TextSpan(start=at, end=at + len(value), text=value),
    )


def _report(path: Path, kind: DocumentKind, facts: dict[str, list[Any]]) -> Report:
    import hashlib

    return Report(
        source=SourceRecord(path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest(), format="txt"),
        document=DocumentInfo(
            kind=kind,
            municipality=MUNICIPALITY,
            period=Period(text="за 2024 год", start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)),
        ),
        **facts,
    )


def hand_written_reports() -> list[Report]:
    """What the trap documents state, as the extraction should find it."""
    text = _text(REPORT)
    published = "опубликовано 140 программ, из них 12 программ реализуются в сетевой форме, 7 адаптированных"
    target = "Целевой показатель на 2024 год – 150 опубликованных программ."
    coverage = "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составил 81,2 %, что на 5,0 %"
    contest = "В конкурсе «Педагог дополнительного образования – 2024» приняли участие 35 педагогов."
    future = "довести число программ, реализуемых в сетевой форме, до 20."
    count = {"rule": "hand", "confidence": 1.0}
    report = _report(
        REPORT,
        DocumentKind.REPORT,
        {
            "program_counts": [
                ProgramCount(
                    evidence=_evidence(text, published, "140"), value=140, program_type="all", year=2024, **count
                ),
                ProgramCount(
                    evidence=_evidence(text, published, "12"), value=12, program_type="network", part_of=140, **count
                ),
                ProgramCount(
                    evidence=_evidence(text, published, "7"), value=7, program_type="adapted", part_of=140, **count
                ),
                ProgramCount(
                    evidence=_evidence(text, target, "150"),
                    value=150,
                    program_type="all",
                    kind="target",
                    year=2024,
                    **count,
                ),
                ProgramCount(
                    evidence=_evidence(text, future, "20"),
                    value=20,
                    program_type="network",
                    kind="target",
                    year=2025,
                    qualifier="до",
                    **count,
                ),
            ],
            "percentages": [
                Percentage(
                    evidence=_evidence(text, coverage, "81,2 %"),
                    value=81.2,
                    subject="охват детей",
                    indicator="coverage_5_18",
                    kind="actual",
                    **count,
                ),
                Percentage(evidence=_evidence(text, coverage, "5,0 %"), value=5.0, subject="рост охвата", **count),
            ],
            "quantities": [
                Quantity(
                    evidence=_evidence(text, contest, "35"),
                    value=35,
                    unit="педагог",
                    subject="педагогов",
                    indicator="event_participants",  # a contest is an event: its participants are the indicator's
                    **count,
                )
            ],
        },
    )
    text = _text(ANALYSIS)
    published = "По итогам 2024 года в Навигаторе опубликовано 138 программ."
    network = "В сетевой форме реализуются 12 программ."
    coverage = "Доля детей, охваченных дополнительным образованием, составила 81,2 %."
    analysis = _report(
        ANALYSIS,
        DocumentKind.ANALYSIS,
        {
            "program_counts": [
                ProgramCount(evidence=_evidence(text, published, "138"), value=138, program_type="all", **count),
                ProgramCount(evidence=_evidence(text, network, "12"), value=12, program_type="network", **count),
            ],
            "percentages": [
                Percentage(
                    evidence=_evidence(text, coverage, "81,2 %"),
                    value=81.2,
                    subject="доля детей",
                    indicator="coverage_5_18",
                    kind="actual",
                    **count,
                )
            ],
        },
    )
    return [report, analysis]


def _load(engine: Engine, reports: list[Report]) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        for report in reports:
            load_report(connection, report)


def check_summary(header: list[str], rows: list[list[Any]]) -> None:
    """The trap archive's summary, cell by cell."""
    (row,) = rows
    cells = dict(zip(header, row, strict=True))
    percent = [title for title in header if title.endswith(", %")]
    assert len(percent) == 1, header  # coverage; not the growth figure
    assert header == [
        "Муниципалитет",
        "Регион",
        "Период",
        "Документов",
        "Программы: все программы",
        "Программы: все программы — план",
        "Программы: адаптированные",
        "Программы: реализуемые в сетевой форме",
        "Участники мероприятий",
        percent[0],
        "Расхождения",
    ]
    assert (cells["Муниципалитет"], cells["Период"], cells["Документов"]) == (MUNICIPALITY, "2024", 2)
    assert cells["Программы: все программы"] is None  # 140 or 138: a conflict, not the larger
    assert cells["Программы: все программы — план"] == 150  # the target in its own column
    assert cells["Программы: адаптированные"] == 7  # a breakdown part in its own column
    assert cells["Программы: реализуемые в сетевой форме"] == 12  # both documents agree; not the 2025 target 20
    assert cells["Участники мероприятий"] == 35
    assert cells[percent[0]] == pytest.approx(81.2)
    assert cells["Расхождения"] == (
        "Программы: все программы: 140 — ozerny_2024_report.txt; 138 — ozerny_2024_analysis.txt"
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    sqlite = str(tmp_path / "traps.sqlite")
    url = sqlite if request.param == "sqlite" else request.getfixturevalue("pg_schema").url
    engine = create_db_engine(url)
    yield engine
    engine.dispose()


def test_summary_of_the_hand_written_trap_reports(engine: Engine, tmp_path: Path) -> None:
    _load(engine, hand_written_reports())
    with engine.connect() as connection:
        header, rows = summary_table(connection)
    check_summary(header, rows)
    # the same cells in the workbook, with the conflict's sources on their own sheet
    out = tmp_path / "traps.xlsx"
    export_xlsx(engine, out)
    book = load_workbook(out, read_only=True)
    sheet = [list(row) for row in book["Сводка"].iter_rows(values_only=True)]
    check_summary(
        [str(title) for title in sheet[0]], [[*row, *[None] * (len(sheet[0]) - len(row))] for row in sheet[1:]]
    )
    conflicts = [row for row in book["Расхождения"].iter_rows(values_only=True)][1:]
    assert {(row[4], row[5]) for row in conflicts} == {(140, str(REPORT)), (138, str(ANALYSIS))}
    network = [list(row) for row in book["Пр. реализуемые в сетевой форме"].iter_rows(values_only=True)]
    assert network == [["Муниципалитет", "2024", "Расхождения"], [MUNICIPALITY, 12, None]]


def test_summary_of_the_parsed_trap_documents(tmp_path: Path) -> None:
    engine = create_db_engine(tmp_path / "parsed.sqlite")
    _load(engine, [parse(REPORT), parse(ANALYSIS)])
    with engine.connect() as connection:
        header, rows = summary_table(connection)
    engine.dispose()
    check_summary(header, rows)
