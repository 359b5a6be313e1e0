"""``mocparse export``: the XLSX workbook opens with openpyxl with the expected sheets and numbers; CSV per table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from test_db import ERROR_RECORD, corpus_reports, write_jsonl
from typer.testing import CliRunner

from mocparse.cli.app import app
from mocparse.db import create_db_engine
from mocparse.db import schema as s
from mocparse.db.load import load_jsonl
from mocparse.records import Report

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
FAMILY_SHEETS = [
    "documents",
    "tasks",
    "activities",
    "program_counts",
    "quantities",
    "percentages",
    "dates",
    "persons",
    "organizations",
    "legal_acts",
    "perspectives",
    "warnings",
    "errors",
]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("export")
    url = f"sqlite:///{folder / 'regional.sqlite'}"
    load_jsonl(create_db_engine(url), write_jsonl(folder / "reports.jsonl", corpus_reports(), ERROR_RECORD))
    return url


@pytest.fixture(scope="module")
def workbook(database: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx") / "regional.xlsx"
    result = runner.invoke(app, ["export", "--db", database, "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    return out


def sheet_rows(path: Path, name: str) -> list[dict[str, object]]:
    sheet = load_workbook(path, read_only=True)[name]
    rows = list(sheet.iter_rows(values_only=True))
    width = len(rows[0])  # trailing empty cells are not stored
    return [dict(zip(rows[0], (*row, *[None] * (width - len(row))), strict=True)) for row in rows[1:]]


def test_workbook_has_a_summary_and_one_sheet_per_fact_family(workbook: Path) -> None:
    assert load_workbook(workbook, read_only=True).sheetnames == ["summary", *FAMILY_SHEETS]


def test_summary_per_municipality_and_period(workbook: Path) -> None:
    summary = {(row["municipality"], row["period"]): row for row in sheet_rows(workbook, "summary")}
    tambov = summary[("Тамбовский муниципальный округ", "2022-2023")]
    assert (tambov["programs_all"], tambov["programs_network"], tambov["programs_qa_submitted"]) == (256, 8, 94)
    assert tambov["coverage_pct"] == pytest.approx(74.15)
    assert "74,15 %" in str(tambov["coverage_evidence"])
    assert tambov["region"] == "Амурская область"
    nikolaevsky = summary[("Николаевский муниципальный район", "2023")]
    assert (nikolaevsky["documents"], nikolaevsky["programs_all"], nikolaevsky["programs_network"]) == (2, 246, 18)
    zarechny = summary[("Заречный муниципальный округ", "2022")]
    assert zarechny["coverage_pct"] == pytest.approx(75.5)  # the figure for 2022, not 2021's 72.8


def test_fact_sheets_carry_document_and_evidence(workbook: Path) -> None:
    reports = corpus_reports()
    counts = sheet_rows(workbook, "program_counts")
    assert len(counts) == sum(len(report.program_counts) for report in reports)
    assert {"municipality", "period_label", "document", "value", "evidence_text", "evidence_page"} <= set(counts[0])
    persons = {row["name"]: row for row in sheet_rows(workbook, "persons")}
    assert persons["Кокина М.В."]["roles"] == "старший методист; эксперт"
    assert persons["Кокина М.В."]["mentions"] == 4
    activities = sheet_rows(workbook, "activities")
    assert any(row["responsible"] == "Руководитель МОЦ" for row in activities)
    (error,) = sheet_rows(workbook, "errors")
    assert (error["path"], error["kind"]) == ("broken.docx", "corrupt")


def test_csv_one_file_per_table(database: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", database, "--csv", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    engine = create_db_engine(database)
    with engine.connect() as connection:
        for table in s.metadata.sorted_tables:
            with (tmp_path / "csv" / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            assert rows[0] == [column.name for column in table.c]
            assert len(rows) - 1 == connection.execute(select(func.count()).select_from(table)).scalar()
    engine.dispose()


def test_export_needs_a_target() -> None:
    assert runner.invoke(app, ["export"]).exit_code == 2


def test_report_schema_json_is_the_current_schema() -> None:
    written = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    assert written == Report.model_json_schema(), "regenerate: mocparse schema > docs/report.schema.json"
