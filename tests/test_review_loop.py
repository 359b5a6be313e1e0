"""The review loop end to end, in a real headless Chromium: a page built from a batch JSONL, keys and
clicks decide on facts, search and filters hide rows, the corrections file is downloaded,
``mocparse load --corrections`` applies it in SQLite and PostgreSQL, a reload keeps it, the page
built from the database shows the decisions, and ``mocparse eval --reviewed`` scores against it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Browser
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from mocparse.cli.main import app
from mocparse.corrections import read_corrections
from mocparse.db import create_db_engine
from mocparse.db import schema as s
from mocparse.pipeline import parse

runner = CliRunner()

TEXT = (
    "Отчет о деятельности муниципального опорного центра Условного района за 2024 год\n\n"
    "В 2024 году в навигаторе опубликовано 120 программ.\n\n"
    "Охват детей дополнительным образованием составил 78,5 %.\n\n"
    "Заключено 31 соглашение о сетевом взаимодействии. Проведено 14 семинаров для педагогов.\n"
)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A report file and the batch JSONL holding its Report."""
    folder = tmp_path_factory.mktemp("archive")
    source = folder / "otchet_2024.txt"
    source.write_text(TEXT, encoding="utf-8")
    report = parse(source)
    assert [count.value for count in report.program_counts] == [120]
    assert [quantity.value for quantity in report.quantities] == [31, 14]
    jsonl = folder / "batch.jsonl"
    jsonl.write_text(report.model_dump_json() + "\n", encoding="utf-8")
    return source, jsonl


def _state(browser: Browser) -> dict[str, Any]:
    result: dict[str, Any] = browser.js(
        "(function(){var rows=[].slice.call(document.querySelectorAll('tr.fact-row'));"
        "return {current:(document.querySelector('tr.current')||{dataset:{}}).dataset.factId||null,"
        "visible:rows.filter(function(r){return r.offsetParent!==null}).map(function(r){return r.dataset.factId}),"
        "decisions:Object.fromEntries(rows.map(function(r){return [r.dataset.factId, r.dataset.decision||'']}))};})()"
    )
    return result


@pytest.fixture(scope="module")
def reviewed(batch: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Review the page in Chromium as a methodologist would and return the downloaded corrections."""
    _, jsonl = batch
    folder = tmp_path_factory.mktemp("review")
    page = folder / "review.html"
    result = runner.invoke(app, ["show", "--jsonl", str(jsonl), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert '<html lang="ru">' in html and "Полного текста документа нет" not in html  # the source file was found
    downloads = folder / "downloads"
    downloads.mkdir()
    with Browser(folder / "profile", downloads) as browser:
        browser.open(page.as_uri())
        state = _state(browser)
        assert state["current"] is None and "program_counts-0" in state["visible"]

        # search hides rows that do not match, and their highlights
        browser.key("Slash")
        browser.type_text("семинар")
        assert _state(browser)["visible"] == ["quantities-1"]
        assert browser.js(
            "document.querySelector('mark[data-fact-id=\"quantities-0\"]').classList.contains('filtered-out')"
        )
        browser.key("Escape")
        browser.js("var q=document.getElementById('search'); q.value=''; q.dispatchEvent(new Event('input'))")

        # unticking a family in the legend hides its rows too
        browser.click("#show-dates")
        assert not any(fact.startswith("dates-") for fact in _state(browser)["visible"])
        browser.click("#show-dates")
        assert "dates-0" in _state(browser)["visible"]

        # keyboard: J to the first fact, E to correct it, a new value, Enter
        browser.key("KeyJ")
        assert _state(browser)["current"] == "program_counts-0"
        browser.key("KeyE")
        browser.js("var i=document.querySelector('form.editor input[name=value]'); i.focus(); i.select()")
        browser.type_text("125")
        browser.key("Enter", "\r")
        browser.wait_until("document.getElementById('fact-program_counts-0').dataset.decision === 'corrected'")
        assert "value = 125" in browser.js("document.querySelector('#fact-program_counts-0 .status').textContent")

        # J, A accepts and moves on; R rejects and moves on; K goes back
        browser.key("KeyJ")
        assert _state(browser)["current"] == "quantities-0"
        browser.key("KeyA")
        assert _state(browser)["current"] == "quantities-1"
        browser.key("KeyR")
        state = _state(browser)
        assert state["current"] == "percentages-0"
        assert state["decisions"]["quantities-0"] == "accepted" and state["decisions"]["quantities-1"] == "rejected"
        browser.key("KeyK")
        assert _state(browser)["current"] == "quantities-1"

        # the decision filter shows what is left undecided; the Next button walks through it
        browser.js(
            "var f=document.getElementById('filter-decision'); f.value='open'; f.dispatchEvent(new Event('change'))"
        )
        assert _state(browser)["visible"] == ["percentages-0", "dates-0", "dates-1"]
        browser.click("#next")
        assert _state(browser)["current"] == "percentages-0"
        browser.js(
            "var f=document.getElementById('filter-decision'); f.value='all'; f.dispatchEvent(new Event('change'))"
        )

        # the reviewer's name, the review complete, Ctrl+S saves the file
        browser.click("#reviewer")
        browser.type_text("Методист")
        browser.key("Escape")
        browser.js("document.getElementById('reviewer').dispatchEvent(new Event('change'))")
        browser.click("#complete")
        browser.wait_until("document.getElementById('complete').checked")
        browser.screenshot(folder / "review.png")
        browser.key("KeyS", ctrl=True)
        saved = browser.download()

        # the decisions survive a reload of the page (kept in the browser)
        browser.open(page.as_uri())
        browser.wait_until("document.getElementById('complete').checked", timeout=30)
        state = _state(browser)
        assert state["decisions"]["program_counts-0"] == "corrected"
        assert state["decisions"]["quantities-1"] == "rejected"
    yield saved


def test_the_downloaded_corrections_hold_every_decision(reviewed: Path, batch: tuple[Path, Path]) -> None:
    assert reviewed.name.startswith("corrections-") and reviewed.suffix == ".json"
    (review,) = read_corrections(reviewed).documents
    source, _ = batch
    assert review.path == str(source) and review.complete and review.reviewer == "Методист"
    decisions = {(item.family, item.index): (item.decision, item.changes) for item in review.facts}
    assert decisions == {
        ("program_counts", 0): ("corrected", {"value": 125}),
        ("quantities", 0): ("accepted", {}),
        ("quantities", 1): ("rejected", {}),
        ("percentages", 0): ("accepted", {}),  # undecided in a complete review: right
        ("dates", 0): ("accepted", {}),
        ("dates", 1): ("accepted", {}),
    }


def _facts(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            "program_counts": [
                tuple(row)
                for row in connection.execute(
                    select(s.program_counts.c.value, s.program_counts.c.review).order_by(s.program_counts.c.ordinal)
                )
            ],
            "quantities": [
                tuple(row)
                for row in connection.execute(
                    select(s.quantities.c.value, s.quantities.c.review).order_by(s.quantities.c.ordinal)
                )
            ],
        }


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_load_applies_the_corrections_and_a_reload_keeps_them(
    backend: str, reviewed: Path, batch: tuple[Path, Path], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    _, jsonl = batch
    url = str(tmp_path / "region.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_schema").url
    expected = {"program_counts": [(125, "corrected")], "quantities": [(31.0, "accepted")]}

    first = runner.invoke(app, ["load", str(jsonl), "--db", url])
    assert first.exit_code == 0, first.output
    engine = create_db_engine(url)
    assert _facts(engine) == {"program_counts": [(120, None)], "quantities": [(31.0, None), (14.0, None)]}

    applied = runner.invoke(app, ["load", "--corrections", str(reviewed), "--db", url])
    assert applied.exit_code == 0, applied.output
    assert "6 review decision(s) for 1 document(s)" in applied.output and "1 document(s) updated" in applied.output
    assert _facts(engine) == expected

    again = runner.invoke(app, ["load", str(jsonl), "--db", url])  # the same documents loaded again
    assert again.exit_code == 0, again.output
    assert _facts(engine) == expected

    # the page built from the database shows the decisions already made
    page = tmp_path / "from-db.html"
    shown = runner.invoke(app, ["show", "--db", url, "--document", "otchet", "--html", str(page)])
    assert shown.exit_code == 0, shown.output
    data = json.loads(
        page.read_text(encoding="utf-8")
        .split('<script type="application/json" id="review-data">')[1]
        .split("</script>")[0]
    )
    assert data["initial"]["decisions"]["program_counts-0"] == {
        "decision": "corrected",
        "changes": {"value": 125},
        "comment": None,
    }
    assert data["initial"]["complete"] is True
    engine.dispose()


def test_corrections_loaded_before_their_document_apply_when_it_arrives(
    reviewed: Path, batch: tuple[Path, Path], tmp_path: Path
) -> None:
    _, jsonl = batch
    url = str(tmp_path / "early.sqlite")
    early = runner.invoke(app, ["load", "--corrections", str(reviewed), "--db", url])
    assert early.exit_code == 0 and "1 not loaded yet" in early.output
    assert runner.invoke(app, ["load", str(jsonl), "--db", url]).exit_code == 0
    assert _facts(create_db_engine(url))["program_counts"] == [(125, "corrected")]


def test_a_complete_review_is_gold_for_eval(reviewed: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", "--reviewed", str(reviewed), "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))["reviewed"]
    # the corrected count (120 -> 125) is now a miss and a false hit; the rejected quantity a false hit
    assert (scores["program_counts"]["tp"], scores["program_counts"]["fp"], scores["program_counts"]["fn"]) == (0, 1, 1)
    assert (scores["quantities"]["tp"], scores["quantities"]["fp"], scores["quantities"]["fn"]) == (1, 1, 0)
    assert scores["percentages"]["f1"] == 1.0 and scores["dates"]["f1"] == 1.0


def test_an_incomplete_review_is_not_gold(reviewed: Path, tmp_path: Path) -> None:
    data = json.loads(reviewed.read_text(encoding="utf-8"))
    data["documents"][0]["complete"] = False
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--reviewed", str(partial)])
    assert result.exit_code == 2
    assert "the review is not complete" in result.output


def test_a_broken_corrections_file_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "mocparse-corrections", "version": 1, "documents": [{"sha256": 1}]}', encoding="utf-8"
    )
    result = runner.invoke(app, ["load", "--corrections", str(broken), "--db", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"mocparse: error: {broken}: not a mocparse corrections file")
    assert not (tmp_path / "x.sqlite").exists()
