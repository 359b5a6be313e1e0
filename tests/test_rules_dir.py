"""Methodologists' edits take effect (issue 9, item 4): ``--rules DIR`` on the commands, ``$MOCPARSE_RULES``,
``Rules.load(dir)`` in the API, batch workers on the same rules, and a broken rule file in one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

import mocparse
from mocparse.batch import iter_jsonl
from mocparse.pipeline import parse_document
from mocparse.readers import read
from mocparse.review import render_review
from mocparse.rules import RULES_ENV, RuleFileError, Rules, default_rules, rules_dir, rules_in_use, use_rules

REPORT = "Отчет МОЦ за 2024 год\n\nОпубликовано 12 робототехнических программ.\n"
ROBOTICS = {"id": "robotics", "label": "программы по робототехнике", "cues": ["робототехнический"]}


def add_robotics(rules: Path) -> None:
    """Add a program dimension with its cue to the first list of cue entries of program_types.yaml, as a
    methodologist would (whatever the list is called: the file's layout is the lead's to change)."""
    path = rules / "program_types.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = next(
        value
        for value in data.values()
        if isinstance(value, list) and value and isinstance(value[0], dict) and {"id", "cues"} <= set(value[0])
    )
    entries.append(ROBOTICS)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def edited_rules(folder: Path) -> Path:
    """A copy of the rules with a program type added, as a methodologist would do it."""
    rules = folder / "my_rules"
    shutil.copytree(ROOT / "rules", rules)
    add_robotics(rules)
    return rules


def has_robotics(counts: list[dict]) -> bool:
    return any(value == "robotics" for count in counts for value in count.values())


def broken_copy(folder: Path, name: str, old: str, new: str) -> Path:
    rules = folder / f"broken_{name}_{abs(hash((old, new)))}"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return rules


def robotics_in(report_json: str) -> bool:
    return has_robotics(json.loads(report_json)["program_counts"])


def line_of(path: Path, words: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if words in line)


def mocparse_cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != RULES_ENV}
    return subprocess.run(
        [sys.executable, "-m", "mocparse", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**environment, **(env or {})},
        cwd=cwd,
    )


# --------------------------------------------------------------------------- the API


def test_rules_load_in_the_api(tmp_path: Path) -> None:
    rules = Rules.load(edited_rules(tmp_path))
    counts = mocparse.parse_text(REPORT, rules=rules).program_counts
    assert [count.value for count in counts] == [12]
    assert has_robotics([count.model_dump(mode="json") for count in counts])
    assert not has_robotics([count.model_dump(mode="json") for count in mocparse.parse_text(REPORT).program_counts])


def test_use_rules_changes_the_default_and_a_broken_directory_changes_nothing(tmp_path: Path) -> None:
    edited = edited_rules(tmp_path)
    broken = broken_copy(tmp_path, "units.yaml", "  тысяча: 1000", "  тысяча: много")
    try:
        use_rules(edited)
        assert rules_in_use() == edited and default_rules().directory == edited
        with pytest.raises(RuleFileError):
            use_rules(broken)
        assert rules_in_use() == edited  # still the last good rules
    finally:
        use_rules(None)
    assert rules_in_use() == rules_dir()


@pytest.mark.parametrize(
    ("name", "old", "new", "where", "field", "words"),
    [
        ("units.yaml", "  тысяча: 1000", "  тысяча: много", "тысяча: много", "scale_words.тысяча", "valid integer"),
        ("roles.yaml", "cues:", "cuse:", "cuse:", "roles.0.cuse", "unknown field (a typo?)"),
        ("calendar.yaml", "months:", "mounths:", "mounths:", "mounths", "unknown field (a typo?)"),
        (
            "program_types.yaml",
            "  - id: qa_failed",
            "  - id: qa_failed\n   label: x",
            "   label: x",
            "",
            "not valid YAML",
        ),
        ("calendar.yaml", "month: 9,", "month: сентябрь,", "month: сентябрь", "academic_year_start.month", "integer"),
    ],
)
def test_a_broken_rule_file_is_one_line_with_file_line_and_field(
    tmp_path: Path, name: str, old: str, new: str, where: str, field: str, words: str
) -> None:
    rules = broken_copy(tmp_path, name, old, new)
    with pytest.raises(RuleFileError) as caught:
        Rules.load(rules)
    message = str(caught.value)
    assert "\n" not in message
    expected_line = line_of(rules / name, where)
    assert message.startswith(f"{rules / name}:{expected_line}: "), message
    assert field in message and words in message, message


def test_a_missing_rule_file_and_a_missing_directory(tmp_path: Path) -> None:
    rules = tmp_path / "partial"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "roles.yaml").unlink()
    with pytest.raises(RuleFileError, match=r"roles\.yaml: rule file not found"):
        Rules.load(rules)
    with pytest.raises(RuleFileError, match="not a rules directory"):
        use_rules(tmp_path / "nowhere")


# --------------------------------------------------------------------------- the command line


def test_rules_option_and_environment_variable_on_the_commands(tmp_path: Path) -> None:
    rules = edited_rules(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    plain = mocparse_cli("parse", str(report))
    assert plain.returncode == 0 and not robotics_in(plain.stdout)
    for args, env in (
        (["parse", str(report), "--rules", str(rules)], None),
        (["--rules", str(rules), "parse", str(report)], None),
        (["parse", str(report)], {RULES_ENV: str(rules)}),
    ):
        result = mocparse_cli(*args, env=env)
        assert result.returncode == 0, result.stderr
        assert robotics_in(result.stdout), (args, env)

    page = tmp_path / "review.html"
    shown = mocparse_cli("show", str(report), "--html", str(page), "--rules", str(rules))
    assert shown.returncode == 0, shown.stderr
    document = read(report)
    plain_page = render_review(document, parse_document(document))  # the installed rules, in this process
    assert page.read_text(encoding="utf-8") != plain_page  # the count reads otherwise

    # batch workers use the same rules, from the option and from the environment
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(report, archive)
    for name, args, env in (("env.jsonl", [], {RULES_ENV: str(rules)}),):  # the option: test_packaging.py
        out = tmp_path / name
        result = mocparse_cli("batch", str(archive), "--out", str(out), "--jobs", "1", *args, env=env)
        assert result.returncode == 0, result.stderr
        (line,) = [line.data for line in iter_jsonl(out)]
        assert line is not None and has_robotics(line["program_counts"])


def test_a_broken_rule_file_stops_every_command_in_one_line(tmp_path: Path) -> None:
    rules = broken_copy(tmp_path, "units.yaml", "  тысяча: 1000", "  тысяча: много")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    expected_start = f"mocparse: error: {rules / 'units.yaml'}:{line_of(rules / 'units.yaml', 'тысяча: много')}: "
    for args, env in (
        (["parse", str(report), "--rules", str(rules)], None),
        (["parse", str(report)], {RULES_ENV: str(rules)}),
        (["show", str(report), "--html", str(tmp_path / "x.html"), "--rules", str(rules)], None),
        (["batch", str(tmp_path), "--out", str(tmp_path / "x.jsonl"), "--rules", str(rules)], None),
        (["eval", str(ROOT / "corpus"), "--no-baseline", "--rules", str(rules)], None),
        (["read", str(report)], {RULES_ENV: str(rules)}),
    ):
        result = mocparse_cli(*args, env=env)
        assert result.returncode == 15, (args, result.stderr)
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith(expected_start) and line.endswith("[rules]"), line
        assert "scale_words.тысяча" in line
    assert not (tmp_path / "x.jsonl").exists() and not (tmp_path / "x.html").exists()
