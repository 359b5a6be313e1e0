"""The typed API as an analyst uses it: a notebook-style script runs, and ``mypy --strict`` accepts it
and refuses wrong calls."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

import mocparse
from mocparse.cli.main import app

NOTEBOOK = Path(__file__).parent / "notebook" / "analysis.py"
ROOT = Path(__file__).resolve().parent.parent


def _mypy(path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on one script; runs sharing ``cache`` (fresh per test) check the package once."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", str(cache), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )


def test_the_notebook_runs_and_gives_frames(tmp_path: Path) -> None:
    sys.path.insert(0, str(NOTEBOOK.parent))
    try:
        from analysis import analyse  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(NOTEBOOK.parent))
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted((CORPUS / "txt").glob("*.txt"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz_empty.txt").write_bytes(b"")  # unreadable: skipped
    frames = analyse(folder)
    assert len(frames["documents"]) == 3
    assert {"sha256", "municipality", "value", "program_type", "evidence_text", "value_as_written"} <= set(
        frames["programs"].columns
    )
    assert frames["by_municipality"]["value"].sum() == len(frames["programs"])


@pytest.mark.slow
def test_mypy_strict_accepts_the_notebook_and_refuses_wrong_calls(tmp_path: Path) -> None:
    cache = tmp_path / "mypy-cache"
    result = _mypy(NOTEBOOK, cache)
    assert result.returncode == 0, result.stdout + result.stderr
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "import mocparse\n"
        "mocparse.parse(123)\n"
        "mocparse.parse('a.docx', optins=None)\n"
        "report: mocparse.Report = mocparse.parse('a.docx')\n"
        "value: str = report.program_counts[0].value\n",
        encoding="utf-8",
    )
    result = _mypy(wrong, cache)
    assert result.returncode == 1
    assert 'Argument 1 to "parse" has incompatible type "int"' in result.stdout
    assert 'Unexpected keyword argument "optins"' in result.stdout
    assert 'Incompatible types in assignment (expression has type "int", variable has type "str")' in result.stdout


def test_parse_takes_a_path_bytes_or_a_binary_file() -> None:
    path = CORPUS / "txt" / "kirensky_2023-2024_report.txt"
    by_path = mocparse.parse(path)
    by_bytes = mocparse.parse(path.read_bytes(), name=path.name)
    by_file = mocparse.parse(io.BytesIO(path.read_bytes()))
    assert by_bytes.source.path == path.name and by_file.source.path == "<bytes>"
    assert by_path.model_dump(exclude={"source"}) == by_bytes.model_dump(exclude={"source"})
    assert by_path.source.sha256 == by_bytes.source.sha256 == by_file.source.sha256
    with pytest.raises(TypeError, match="binary mode"):
        mocparse.parse(io.StringIO("text"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path, bytes or a binary file"):
        mocparse.parse(123)  # type: ignore[arg-type]


def test_exports_and_repr_html() -> None:
    for name in ("ReadOptions", "Rules", "Report", "ProgramCount", "Evidence", "Corrections", "MocparseError"):
        assert getattr(mocparse, name).__name__ == name
    with pytest.raises(AttributeError):
        mocparse.NoSuchThing  # noqa: B018
    report = mocparse.parse_text("Отчет за 2024 год\n\nОпубликовано 20 программ.")
    html = report._repr_html_()
    assert html.startswith("<iframe srcdoc=") and "&lt;mark" in html
    again = mocparse.Report.model_validate_json(report.model_dump_json())  # no document: the evidence only
    assert "Полного текста документа нет" in again._repr_html_()


def test_parse_many_files_and_stdin(tmp_path: Path) -> None:
    paths = [str(path) for path in sorted((CORPUS / "txt").glob("*.txt"))[:2]]
    runner = CliRunner()
    result = runner.invoke(app, ["parse", *paths])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert [mocparse.Report.model_validate_json(line).source.path for line in lines] == paths  # JSONL
    text = (CORPUS / "txt" / "kirensky_2023-2024_report.txt").read_bytes()
    result = runner.invoke(app, ["parse", "-", "--format", "summary"], input=text)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<stdin>: report")
    missing = runner.invoke(app, ["parse", paths[0], "/no/such.docx"])
    assert missing.exit_code == 2
    assert "mocparse: error: /no/such.docx: file not found [not_found]" in missing.output
    assert mocparse.Report.model_validate_json(missing.stdout.strip().splitlines()[0])  # the others are written


def test_the_package_passes_mypy() -> None:
    """Every module type-checks (configuration in pyproject.toml: libraries without types are listed)."""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "mocparse"], cwd=root, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:]
