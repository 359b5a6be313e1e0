"""Personal data: ``--pseudonymize`` for ``parse``, ``batch`` and ``export`` (mocparse/privacy.py).

Same name -> same pseudonym, another key -> other pseudonyms, and no original name, phone number or
e-mail address anywhere in the pseudonymized JSON, JSONL, CSV or XLSX text.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from openpyxl import load_workbook

import mocparse
from mocparse.db import create_db_engine
from mocparse.db.load import load_jsonl
from mocparse.extract.persons import find_names
from mocparse.privacy import (
    EMAIL_MASK,
    KEY_ENV,
    PHONE_MASK,
    Pseudonymizer,
    PseudonymKeyError,
    load_key,
    mask_contacts,
)
from mocparse.records import Report

from .support import CORPUS, evidences, run_cli

KEY = b"0123456789abcdef-test-key"
OTHER_KEY = b"fedcba9876543210-other-key"
PSEUDONYM = re.compile(r"^person-[0-9a-f]{12}$")
SOURCES = (
    CORPUS / "txt" / "nikolaevsky_2023_report.txt",
    CORPUS / "txt" / "tambovsky_2022-2023_analysis.txt",
    CORPUS / "txt" / "orenburg_2022-2023_plan.txt",
    CORPUS / "heldout" / "txt" / "zarechny_2022_analysis.txt",  # a phone number and an e-mail address
    CORPUS / "heldout2" / "txt" / "maloyarsky_2022-2023_analysis.txt",
)
ENV = {KEY_ENV: KEY.decode()}


@cache
def original(path: Path) -> Report:
    return mocparse.parse(path)


def personal_strings(report: Report) -> set[str]:
    """What must not survive: names and full-name parts, every name form found in any evidence text,
    and the phone numbers and e-mail addresses in it."""
    found: set[str] = set()
    for person in report.persons:
        found.add(person.name)
        found.add(person.name.split()[0])
        if person.full_name:
            found.update(person.full_name.split())
    for _, evidence in evidences(report):
        for name in find_names(evidence.text):
            found.add(name.surname)
        found.update(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", evidence.text))
        found.update(re.findall(r"\d-\d\d-\d\d", evidence.text))
    return {item for item in found if len(item) >= 3}


def assert_clean(text: str, reports: list[Report]) -> None:
    leaks = sorted(item for report in reports for item in personal_strings(report) if item in text)
    assert leaks == []


# --------------------------------------------------------------------------- pseudonyms and keys


def test_same_name_same_pseudonym_and_other_keys_other_pseudonyms() -> None:
    privacy = Pseudonymizer(KEY)
    first = privacy.pseudonym("Кокина М.В.")
    assert PSEUDONYM.match(first)
    assert (
        first
        == privacy.pseudonym("Кокина М. В.")
        == privacy.pseudonym("  кокина  м.в. ")
        == Pseudonymizer(KEY).pseudonym("КОКИНА М.В.")
    )
    assert privacy.pseudonym("Кокина М.В.") != privacy.pseudonym("Кокина М.А.")
    assert Pseudonymizer(OTHER_KEY).pseudonym("Кокина М.В.") != first
    assert privacy.pseudonym("Ёлкина А.А.") == privacy.pseudonym("Елкина А.А.")


def test_a_key_is_required(tmp_path: Path) -> None:
    with pytest.raises(PseudonymKeyError, match=KEY_ENV):
        load_key(environ={})
    with pytest.raises(PseudonymKeyError, match="at least 16"):
        load_key(environ={KEY_ENV: "short"})
    assert load_key(environ=ENV) == KEY
    key_file = tmp_path / "key"
    key_file.write_bytes(OTHER_KEY + b"\n")
    assert load_key(key_file, environ=ENV) == OTHER_KEY  # the file wins
    with pytest.raises(PseudonymKeyError, match="cannot read"):
        load_key(tmp_path / "missing", environ=ENV)
    with pytest.raises(PseudonymKeyError):
        Pseudonymizer(b"short")


def test_scrubber_replaces_names_in_any_form_and_masks_contacts() -> None:
    privacy = Pseudonymizer(KEY)
    kokina = privacy.pseudonym("Кокина М.В.")
    scrub = privacy.scrubber([("Кокина М.В.", "Кокина Марина Владимировна"), ("Трошкин А.В.", None)])
    text = (
        "Экспертом Кокиной М.В. и КОКИНОЙ, а также Мариной Владимировной проведено 5 семинаров; "
        "администратор Трошкиным А.В., В.ЗАХАРОВ. Тел. 8 (83342) 2-17-45, +7 912 345-67-89, e-mail: moc.zar@yandex.ru"
    )
    cleaned = scrub(text)
    for leak in ("Кокин", "КОКИН", "Марин", "Владимировн", "Трошкин", "ЗАХАРОВ", "2-17-45", "345-67-89", "yandex"):
        assert leak not in cleaned, cleaned
    assert cleaned.count(kokina) == 3
    assert privacy.pseudonym("Трошкин А.В.") in cleaned
    assert cleaned.count(PHONE_MASK) == 2 and EMAIL_MASK in cleaned
    assert "5 семинаров" in cleaned


def test_scrubber_leaves_places_numbers_and_dates_alone() -> None:
    scrub = Pseudonymizer(KEY).scrubber([("Николаев А.А.", None)])
    text = "Николаевский муниципальный район: 2 371 программа, 74,15 %, 15.03.2023, 2022-2023 год, приказ № 101."
    assert scrub(text) == text
    assert mask_contacts("2 371 программа, 15.03.2023, 2022-2023, 1 500 000 руб.") == (
        "2 371 программа, 15.03.2023, 2022-2023, 1 500 000 руб."
    )


# --------------------------------------------------------------------------- parse


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.stem)
def test_pseudonymized_report_holds_no_personal_data(path: Path) -> None:
    report = original(path)
    assert report.persons
    privacy = Pseudonymizer(KEY)
    clean = privacy.report(report)
    assert_clean(clean.model_dump_json(), [report])
    assert [person.name for person in clean.persons] == [privacy.pseudonym(person.name) for person in report.persons]
    assert all(PSEUDONYM.match(person.name) for person in clean.persons)
    # offsets still point into the original document; only texts were rewritten
    before = [(where, evidence.start, evidence.end, evidence.block) for where, evidence in evidences(report)]
    after = [(where, evidence.start, evidence.end, evidence.block) for where, evidence in evidences(clean)]
    assert before == after
    # facts other than names are kept
    assert [count.value for count in clean.program_counts] == [count.value for count in report.program_counts]
    assert clean.document.municipality == report.document.municipality


def test_cli_parse_pseudonymize(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run_cli("parse", str(SOURCES[3]), "--pseudonymize", "--out", str(out), env=ENV)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert_clean(text, [original(SOURCES[3])])
    assert json.loads(text)["persons"][0]["name"] == Pseudonymizer(KEY).pseudonym(original(SOURCES[3]).persons[0].name)
    summary = run_cli("parse", str(SOURCES[3]), "--pseudonymize", "--format", "summary", env=ENV)
    assert summary.returncode == 0 and "persons: person-" in summary.stdout
    assert_clean(summary.stdout, [original(SOURCES[3])])


def test_cli_refuses_to_pseudonymize_without_a_key(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run_cli("parse", str(SOURCES[0]), "--pseudonymize", "--out", str(out), env={KEY_ENV: ""})
    assert result.returncode == 2
    assert "pseudonymization needs a secret key" in result.stderr and KEY_ENV in result.stderr
    assert not out.exists()
    key_file = tmp_path / "key"
    key_file.write_text(OTHER_KEY.decode(), encoding="utf-8")
    result = run_cli(
        "parse", str(SOURCES[0]), "--pseudonym-key-file", str(key_file), "--out", str(out), env={KEY_ENV: ""}
    )
    assert result.returncode == 0, result.stderr
    assert Pseudonymizer(OTHER_KEY).pseudonym(original(SOURCES[0]).persons[0].name) in out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- batch and export


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privacy")
    archive = folder / "archive"
    archive.mkdir()
    for path in SOURCES:
        shutil.copy(path, archive)
    (archive / "отчёт Петровой А.А.txt").write_bytes(b"")  # an error record whose path names a person
    out = folder / "reports.jsonl"
    result = run_cli("batch", str(archive), "--out", str(out), "--jobs", "2", "--pseudonymize", env=ENV)
    assert result.returncode == 12, result.stderr  # the empty file failed, as it should
    assert "(pseudonymized)" in result.stderr
    return out


def test_batch_pseudonymize(batch_out: Path) -> None:
    text = batch_out.read_text(encoding="utf-8")
    assert_clean(text, [original(path) for path in SOURCES])
    assert "Петров" not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == len(SOURCES) + 1
    assert sum("error" in line for line in lines) == 1


def test_batch_refuses_names_from_paths_with_pseudonymize(tmp_path: Path) -> None:
    result = run_cli(
        "batch", str(CORPUS / "txt"), "--out-dir", str(tmp_path / "json"), "--name", "path", "--pseudonymize", env=ENV
    )
    assert result.returncode == 2 and "--name path" in result.stderr


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("privacy_db")
    jsonl = folder / "reports.jsonl"
    jsonl.write_text("".join(original(path).model_dump_json() + "\n" for path in SOURCES), encoding="utf-8")
    url = f"sqlite:///{folder / 'regional.sqlite'}"
    engine = create_db_engine(url)
    load_jsonl(engine, jsonl)
    engine.dispose()
    return url


def test_export_pseudonymize_csv_and_xlsx(database: str, tmp_path: Path) -> None:
    csv_dir, xlsx = tmp_path / "csv", tmp_path / "regional.xlsx"
    result = run_cli("export", "--db", database, "--csv", str(csv_dir), "--xlsx", str(xlsx), "--pseudonymize", env=ENV)
    assert result.returncode == 0, result.stderr
    csv_text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(csv_dir.glob("*.csv")))
    workbook = load_workbook(xlsx, read_only=True)  # cell values: the XML may hold Cyrillic as character references
    xlsx_text = "\n".join(
        str(value) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for value in row
    )
    assert "Николаевский муниципальный район" in xlsx_text  # the reading sees Cyrillic text
    reports = [original(path) for path in SOURCES]
    assert_clean(csv_text, reports)
    assert_clean(xlsx_text, reports)
    privacy = Pseudonymizer(KEY)
    names = {privacy.pseudonym(person.name) for report in reports for person in report.persons}
    assert {name for name in names if name not in csv_text} == set()  # the same pseudonyms as in the JSON
    assert f"{privacy.pseudonym('Кокина М.В.')}|николаевский муниципальный район" in csv_text  # person_key


def test_export_without_pseudonymize_still_has_the_names(database: str, tmp_path: Path) -> None:
    result = run_cli("export", "--db", database, "--csv", str(tmp_path / "csv"))
    assert result.returncode == 0, result.stderr
    assert "Кокина М.В." in (tmp_path / "csv" / "persons.csv").read_text(encoding="utf-8")
