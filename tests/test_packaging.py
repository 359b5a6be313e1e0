"""Packaging: rules ship in the wheel, natasha works without pkg_resources, ruff is clean."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT


def test_wheel_contains_package_rules_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("mocparse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "mocparse/py.typed" in names
    for rule_file in (ROOT / "rules").glob("*.yaml"):
        assert f"mocparse/_rules/{rule_file.name}" in names


def test_natasha_baseline_loads_without_pkg_resources() -> None:
    code = (
        "import sys; sys.modules['pkg_resources'] = None\n"
        "from mocparse.nlp.baseline import natasha_extractors\n"
        "names, dates = natasha_extractors()\n"
        "print(len(list(dates('9 марта 2023 года'))))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYMORPHY2_DICT_PATH"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


def _python312() -> str | None:
    """A Python 3.12 that runs: on PATH, or a pyenv installation (pyenv's shim fails where no
    3.12 is selected)."""
    candidates = [shutil.which("python3.12"), *map(str, Path.home().glob(".pyenv/versions/3.12*/bin/python3.12"))]
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "--version"], capture_output=True, text=True, check=False)
        if probe.returncode == 0 and probe.stdout.startswith("Python 3.12"):
            return candidate
    return None


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh Python 3.12 venv with ``pip install .`` (not editable): what the README tells users to do.
    setuptools >= 81 (no pkg_resources) is what a fresh 3.12 venv gets."""
    python312 = _python312()
    if python312 is None:
        pytest.skip("no working python3.12 on this machine")
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([python312, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = venv / "bin" / "pip"
    subprocess.run([str(pip), "install", "-q", str(ROOT)], check=True, capture_output=True, timeout=900)
    return venv


@pytest.mark.slow
def test_fresh_install_on_python_312(fresh_install: Path, tmp_path: Path) -> None:
    code = (
        "import mocparse\n"
        "report = mocparse.parse_text('Отчет МОЦ за 2024 год\\n\\nМетодист Е.В. Смирнова провела 3 семинара.')\n"
        "assert report.persons[0].name == 'Смирнова Е.В.', report.persons\n"
        "from mocparse.nlp.baseline import natasha_extractors\n"
        "natasha_extractors()\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [str(fresh_install / "bin" / "python"), "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.slow
def test_edited_rules_take_effect_after_a_non_editable_install(fresh_install: Path, tmp_path: Path) -> None:
    """The installed package reads its own copy of rules/; --rules and $MOCPARSE_RULES point it at the
    methodologist's edited copy (issue 9, item 4), in the command, in batch workers and in the API."""
    from test_rules_dir import edited_rules, has_robotics

    rules = edited_rules(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "report.txt").write_text(
        "Отчет МОЦ за 2024 год\n\nОпубликовано 12 робототехнических программ.\n", encoding="utf-8"
    )
    env = {key: value for key, value in os.environ.items() if key != "MOCPARSE_RULES"}

    def installed(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(fresh_install / "bin" / "mocparse"), *args],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp_path,
            env={**env, **extra},
            check=False,
        )

    report = str(archive / "report.txt")

    def robotics(result: subprocess.CompletedProcess[str]) -> bool:
        assert result.returncode == 0, result.stderr
        return has_robotics(json.loads(result.stdout)["program_counts"])

    assert not robotics(installed("parse", report))  # the installed rules
    assert robotics(installed("parse", report, "--rules", str(rules)))
    assert robotics(installed("parse", report, MOCPARSE_RULES=str(rules)))
    batch = installed("batch", str(archive), "--out", str(tmp_path / "out.jsonl"), "--jobs", "1", "--rules", str(rules))
    assert batch.returncode == 0, batch.stderr
    assert '"robotics"' in (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    api = subprocess.run(
        [
            str(fresh_install / "bin" / "python"),
            "-c",
            "import sys, mocparse\nfrom mocparse.rules import Rules\n"
            "report = mocparse.parse(sys.argv[1], rules=Rules.load(sys.argv[2]))\n"
            "print(report.program_counts[0].model_dump_json())\n",
            report,
            str(rules),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert has_robotics([json.loads(api.stdout)]), api.stderr

    units = rules / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("  тысяча: 1000", "  тысяча: много"), encoding="utf-8")
    broken = installed("parse", report, "--rules", str(rules))
    assert broken.returncode == 15
    line = next(n for n, text in enumerate(units.read_text(encoding="utf-8").splitlines(), 1) if "много" in text)
    assert broken.stderr.splitlines() == [
        f"mocparse: error: {units}:{line}: scale_words.тысяча: Input should be a valid integer, "
        "unable to parse string as an integer [rules]"
    ]


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([str(ruff), *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
