"""The command line: real processes for the contract (exit codes, one-line errors), CliRunner for the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, KIRENSKY
from typer.testing import CliRunner

from mocparse import __version__
from mocparse.cli.app import app
from mocparse.records import SCHEMA_VERSION

runner = CliRunner()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mocparse", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mocparse {__version__}"


def test_missing_file_is_one_line_on_stderr_without_traceback() -> None:
    result = run("parse", "/no/such/report.docx")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == ["mocparse: error: /no/such/report.docx: file not found [not_found]"]


def test_corrupt_docx_has_its_own_exit_code(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes((CORPUS / "docx" / f"{KIRENSKY}.docx").read_bytes()[:3000])
    result = run("read", str(broken))
    assert result.returncode == 5
    assert "broken.docx" in result.stderr
    assert "Traceback" not in result.stderr


def test_read_outline_and_json() -> None:
    path = CORPUS / "docx" / f"{KIRENSKY}.docx"
    outline = runner.invoke(app, ["read", str(path)])
    assert outline.exit_code == 0
    assert "table 14 rows x 5 columns" in outline.stdout
    as_json = runner.invoke(app, ["read", str(path), "--format", "json"])
    document = json.loads(as_json.stdout)
    assert document["source"]["format"] == "docx"
    assert any(block["kind"] == "table" for block in document["blocks"])


def test_parse_writes_report_json(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["parse", str(CORPUS / "pdf" / f"{KIRENSKY}.pdf"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["source"]["format"] == "pdf"
    assert len(report["activities"]) == 14
    assert all(item["evidence"]["page"] for item in report["activities"])


def test_parse_summary() -> None:
    result = runner.invoke(app, ["parse", str(CORPUS / "txt" / f"{KIRENSKY}.txt"), "-f", "summary"])
    assert result.exit_code == 0
    assert "Киренский муниципальный район" in result.stdout


def test_schema_is_the_report_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Report"
    assert {"tasks", "activities", "program_counts", "persons", "warnings"} <= set(schema["properties"])


def test_eval_prints_a_table_per_family() -> None:
    result = runner.invoke(app, ["eval", str(CORPUS), "--no-baseline", "--no-details"])
    assert result.exit_code == 0
    for family in ("dates", "percentages", "program_counts", "persons", "tasks", "activities", "document"):
        assert f"\n{family} " in result.stdout
