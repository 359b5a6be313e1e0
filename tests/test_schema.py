"""JSON Schemas: every property described, vocabularies from the rules in effect as enums, and real
outputs of ``mocparse batch`` (reports and error records) valid line by line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CORPUS, corpus_report
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from mocparse.cli.main import app
from mocparse.rules import Rules, rules_dir
from mocparse.schema import jsonl_schema, report_schema
from mocparse.vocabulary import vocabularies

ROOT = Path(__file__).resolve().parent.parent


def _properties(schema: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(schema, dict):
        for name, sub in (schema.get("properties") or {}).items():
            found.append((f"{where}.{name}", sub))
        for key, value in schema.items():
            found.extend(_properties(value, f"{where}/{key}"))
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            found.extend(_properties(value, f"{where}[{index}]"))
    return found


def test_every_property_has_a_description() -> None:
    for schema in (report_schema(), jsonl_schema()):
        properties = _properties(schema)
        assert len(properties) > 100
        missing = [where for where, sub in properties if not sub.get("description")]
        assert not missing, missing


def test_vocabularies_are_enums_from_the_rules() -> None:
    definitions = report_schema()["$defs"]
    count = definitions["ProgramCount"]["properties"]
    vocab = vocabularies()
    for field in ("program_type", "focus", "form", "status"):
        (string,) = [branch for branch in count[field]["anyOf"] if branch.get("type") == "string"]
        assert string["enum"] == [term.id for term in vocab[field]], field
    (indicator,) = [b for b in definitions["Quantity"]["properties"]["indicator"]["anyOf"] if b.get("type") == "string"]
    assert "coverage_5_18" in indicator["enum"]
    assert definitions["DateFact"]["properties"]["precision"]["$ref"].endswith("Precision")


def test_a_type_added_to_the_rules_is_in_the_enum(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    path = folder / "program_types.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["form"].append({"id": "mentoring", "label": "программы наставничества", "cues": ["наставничество"]})
    data["type_order"].insert(0, "mentoring")
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    count = report_schema(Rules.load(folder))["$defs"]["ProgramCount"]["properties"]
    (string,) = [branch for branch in count["program_type"]["anyOf"] if branch.get("type") == "string"]
    assert string["enum"][0] == "mentoring"


def test_the_schema_files_in_docs_are_current() -> None:
    assert json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8")) == report_schema()
    assert json.loads((ROOT / "docs" / "jsonl.schema.json").read_text(encoding="utf-8")) == jsonl_schema()
    printed = CliRunner().invoke(app, ["schema", "--jsonl"])
    assert printed.exit_code == 0 and json.loads(printed.stdout) == jsonl_schema()


@pytest.mark.slow
def test_every_line_of_a_real_batch_jsonl_is_valid(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("kirensky_2023-2024_report.txt", "tambovsky_2022-2023_analysis.txt"):
        shutil.copy(CORPUS / "txt" / name, archive / name)
    shutil.copy(CORPUS / "pdf" / "nikolaevsky_2023_report.pdf", archive / "nikolaevsky.pdf")
    (archive / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (archive / "empty.txt").write_bytes(b"")
    out = tmp_path / "batch.jsonl"
    result = CliRunner().invoke(app, ["batch", str(archive), "--out", str(out), "--jobs", "1", "--quiet"])
    assert result.exit_code == 12, result.output  # some files failed: error records
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    validator = Draft202012Validator(jsonl_schema())
    errors = [record for record in lines if "error" in record]
    assert len(lines) == 5 and len(errors) == 2
    for record in lines:
        problems = [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(record)]
        assert not problems, problems
    report = next(record for record in lines if "error" not in record and record["program_counts"])
    wrong = json.loads(json.dumps(report))
    wrong["program_counts"][0]["program_type"] = "no_such_type"
    assert not validator.is_valid(wrong)
    broken = dict(errors[0], error={"kind": "exploded", "message": "x"})
    assert not validator.is_valid(broken)


def test_reports_of_every_corpus_format_are_valid() -> None:
    validator = Draft202012Validator(report_schema())
    for path in (CORPUS / "docx" / "kirensky_2023-2024_report.docx", CORPUS / "pdf" / "nikolaevsky_2023_report.pdf"):
        data = corpus_report(path).model_dump(mode="json")
        problems = [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(data)]
        assert not problems, problems
