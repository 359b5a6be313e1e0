"""``mocparse export``: the XLSX workbook opens with openpyxl with the expected sheets and numbers; CSV per table."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from test_db import ERROR_RECORD, corpus_reports, write_jsonl
from typer.testing import CliRunner

from mocparse.cli.app import app
from mocparse.db import create_db_engine
from mocparse.db import schema as s
from mocparse.db.load import load_jsonl
from mocparse.families import registry

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


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


def test_workbook_sheets_follow_the_registry(workbook: Path) -> None:
    names = load_workbook(workbook, read_only=True).sheetnames
    assert names[:2] == ["Сводка", "Расхождения"]
    families = [family.label_ru for family in registry()]
    start = names.index("Документы")
    assert names[start:] == ["Документы", *families, "Предупреждения", "Ошибки"]
    assert "Пр. реализуемые в сетевой форме" in names[2:start]  # one sheet per indicator


def test_summary_has_actual_values_and_flags_conflicts(workbook: Path) -> None:
    summary = {(row["Муниципалитет"], row["Период"]): row for row in sheet_rows(workbook, "Сводка")}
    tambov = summary[("Тамбовский муниципальный округ", "2022-2023")]
    assert tambov["Программы: все программы"] == 256
    assert tambov["Регион"] == "Амурская область"
    nikolaevsky = summary[("Николаевский муниципальный район", "2023")]
    assert (nikolaevsky["Документов"], nikolaevsky["Программы: все программы"]) == (2, 246)
    # the TXT and the PDF state 18 network programs and the parts 11, 5, 1: not resolved by max
    assert nikolaevsky["Программы: реализуемые в сетевой форме"] is None
    assert "Программы: реализуемые в сетевой форме: 18 —" in nikolaevsky["Расхождения"]
    conflicts = sheet_rows(workbook, "Расхождения")
    assert {row["Значение"] for row in conflicts if row["Муниципалитет"] == "Николаевский муниципальный район"} >= {
        18,
        11,
    }


def test_workbook_is_for_russian_staff(workbook: Path) -> None:
    book = load_workbook(workbook)
    counts = book["Программы"]
    header = [cell.value for cell in counts[1]]
    assert header[:4] == ["Муниципалитет", "Период", "Документ", "Значение"]  # values first, evidence after
    assert header.index("Доказательство") > header.index("Тип программ")
    assert counts.freeze_panes == "A2"
    assert list(counts.tables) and counts.tables[next(iter(counts.tables))].ref.startswith("A1:")
    assert counts.page_setup.fitToWidth == 1 and counts.sheet_properties.pageSetUpPr.fitToPage
    assert counts.print_title_rows == "$1:$1"
    types = {row[header.index("Тип программ")].value for row in counts.iter_rows(min_row=2)}
    assert "реализуемые в сетевой форме" in types and "network" not in types  # readable names
    kinds = {row[header.index("Вид")].value for row in counts.iter_rows(min_row=2)}
    assert kinds <= {"факт", "план"}
    widths = {
        counts.cell(1, index + 1).value: counts.column_dimensions[get_column_letter(index + 1)]
        for index in range(len(header))
    }
    assert widths["Доказательство"].width == 60 and widths["Значение"].width < 20
    assert widths["Начало доказательства"].hidden and not widths["Доказательство"].hidden
    value = counts.cell(2, header.index("Значение") + 1)
    assert value.number_format == "#,##0"


def test_fact_sheets_carry_document_and_evidence(workbook: Path) -> None:
    reports = corpus_reports()
    counts = sheet_rows(workbook, "Программы")
    assert len(counts) == sum(len(report.program_counts) for report in reports)
    assert {"Муниципалитет", "Период", "Документ", "Значение", "Доказательство", "Стр."} <= set(counts[0])
    persons = {row["Имя"]: row for row in sheet_rows(workbook, "Персоны")}
    assert persons["Кокина М.В."]["Роли"] == "старший методист; эксперт"
    assert persons["Кокина М.В."]["Упоминаний"] == 4
    activities = sheet_rows(workbook, "Мероприятия")
    assert any(row["Ответственные"] == "Руководитель МОЦ" for row in activities)
    (error,) = sheet_rows(workbook, "Ошибки")
    assert (error["Файл"], error["Ошибка"]) == ("broken.docx", "corrupt")


def test_the_workbook_prints_on_few_pages(workbook: Path, tmp_path: Path) -> None:
    """LibreOffice renders it (as a person printing it would): the summary fits one page width."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice Calc is not installed (.ci/run installs libreoffice-calc-nogui)")
        pytest.skip("LibreOffice is not installed")
    result = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(workbook),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    pdf = tmp_path / f"{workbook.stem}.pdf"
    assert pdf.exists(), result.stderr.decode(errors="replace")
    pages = int(re.search(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", pdf.read_bytes(), re.S).group(1))
    assert pages < 80, pages  # was 1,490 before print settings


def test_csv_one_file_per_table_opens_in_russian_excel(database: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", database, "--csv", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    engine = create_db_engine(database)
    with engine.connect() as connection:
        for table in s.metadata.sorted_tables:
            raw = (tmp_path / "csv" / f"{table.name}.csv").read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads Cyrillic right
            with (tmp_path / "csv" / f"{table.name}.csv").open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle, delimiter=";"))
            hidden = {"report_json"} if table.name == "documents" else set()
            assert rows[0] == [column.name for column in table.c if column.name not in hidden]
            assert len(rows) - 1 == connection.execute(select(func.count()).select_from(table)).scalar()
    engine.dispose()
    percentages = (tmp_path / "csv" / "percentages.csv").read_text(encoding="utf-8-sig")
    assert "74,15" in percentages and "74.15" not in percentages  # decimal commas
    summary = (tmp_path / "csv" / "summary.csv").read_text(encoding="utf-8-sig")
    assert summary.startswith("Муниципалитет;Регион;Период;Документов;")


def test_plain_csv_for_programs(database: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", database, "--csv", str(tmp_path / "csv"), "--csv-dialect", "plain"])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "csv" / "percentages.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"74.15" in raw and raw.split(b"\n")[0].count(b",") > 3


def test_export_needs_a_target() -> None:
    assert runner.invoke(app, ["export"]).exit_code == 2
