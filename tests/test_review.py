"""The review page: every fact highlighted in place, escaping, well-nested HTML, CLI, and a real browser."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CORPUS, KIRENSKY, ORENBURG, corpus_report, text_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mocparse.cli.app import app
from mocparse.document import Document, SourceInfo
from mocparse.families import registry
from mocparse.pipeline import parse_document
from mocparse.readers import read
from mocparse.records import (
    Activity,
    DateFact,
    Evidence,
    Organization,
    Precision,
    ProgramCount,
    Report,
    ReportWarning,
    SourceRecord,
    Task,
    TextSpan,
)
from mocparse.review import render_review

NIKOLAEVSKY = "nikolaevsky_2023_report"
VOID = {"meta", "input", "br", "hr", "img", "link", "col", "wbr", "source", "area", "base", "embed", "track"}
FACT_LISTS = list(registry().names)


class Page(HTMLParser):
    """Parses a page, failing on any unbalanced tag; collects highlights, ids, links and the document text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.mark_text: dict[str, str] = {}
        self.fact_text: dict[str, str] = {}
        self._open_marks: list[dict[str, str]] = []
        self.doc_text: list[str] = []
        self._in_doc = 0
        self._skip: list[bool] = []
        self.body_attrs: dict[str, str] = {}
        self.feed(html)
        self.close()
        assert self.stack == [], f"unclosed tags: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag == "body":
            self.body_attrs = attributes
        if tag in VOID:
            return
        self.stack.append(tag)
        self._skip.append(bool({"page-marker", "page-badge"} & set(attributes.get("class", "").split())))
        if tag == "article":
            self._in_doc += 1
        if tag == "mark":
            self.marks.append(attributes)
            self._open_marks.append(attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> without an open tag"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        self._skip.pop()
        if tag == "article":
            self._in_doc -= 1
        if tag == "mark":
            self._open_marks.pop()

    def handle_data(self, data: str) -> None:
        if self._in_doc and not any(self._skip):
            self.doc_text.append(data)
        for mark in self._open_marks:
            if "id" in mark:
                self.mark_text[mark["id"]] = self.mark_text.get(mark["id"], "") + data
        for fact_id in {mark["data-fact-id"] for mark in self._open_marks}:
            self.fact_text[fact_id] = self.fact_text.get(fact_id, "") + data

    def fact_ids(self, family: str) -> set[str]:
        return {mark["data-fact-id"] for mark in self.marks if mark.get("data-family") == family}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _document_and_report(folder: str, stem: str) -> tuple[Document, Report]:
    path = CORPUS / folder / f"{stem}.{folder}"
    return read(path), corpus_report(path)


def _check_links(page: Page) -> None:
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    targets = set(page.ids)
    for href in page.hrefs:
        assert href.startswith("#"), f"external link {href}"
        assert href[1:] in targets, f"dangling link {href}"


# --------------------------------------------------------------------------- corpus reports


@pytest.mark.parametrize(("folder", "stem"), [("docx", KIRENSKY), ("pdf", NIKOLAEVSKY), ("docx", ORENBURG)])
def test_every_fact_of_a_corpus_report_has_a_highlight_of_its_family(folder: str, stem: str) -> None:
    document, report = _document_and_report(folder, stem)
    page = Page(render_review(document, report))
    _check_links(page)
    total = 0
    for family in FACT_LISTS:
        facts = getattr(report, family)
        total += len(facts)
        assert page.fact_ids(family) == {f"{family}-{index}" for index in range(len(facts))}, family
        for index in range(len(facts)):
            assert f"hl-{family}-{index}" in page.ids
            assert f"fact-{family}-{index}" in page.ids
            assert f"#hl-{family}-{index}" in page.hrefs
    for index, person in enumerate(report.persons):
        anchors = [f"hl-persons-{index}"] + [f"hl-persons-{index}-{k}" for k in range(1, len(person.mentions))]
        assert set(anchors) <= set(page.ids), person.name
    for index, warning in enumerate(report.warnings):
        assert f"warnings-{index}" in page.fact_ids("warnings") or warning.evidence is None
    assert total > 20
    # the document text is all there, in reading order
    assert _squash("".join(page.doc_text)) == _squash(document.text)


def test_highlights_are_the_facts_own_spans_and_tooltips_show_the_registry_description() -> None:
    document, report = _document_and_report("docx", KIRENSKY)
    html = render_review(document, report)
    page = Page(html)
    classes = {mark["id"]: mark["class"].split() for mark in page.marks if "id" in mark}
    spans = 0
    for family in registry():
        for index, fact in enumerate(report.facts(family.name)):
            evidence = fact.evidence if hasattr(fact, "evidence") else fact.mentions[0]
            anchor = f"hl-{family.name}-{index}"
            if evidence.span is not None:
                spans += 1
                assert page.mark_text[anchor] == evidence.span.text, anchor
                assert "value" in classes[anchor]
            else:  # no span of its own: the whole evidence, marked approximate unless a passage
                assert _squash(page.fact_text[f"{family.name}-{index}"]) == _squash(evidence.text), anchor
                assert ("approx" in classes[anchor]) is not family.passage
            if evidence.phrase is not None and evidence.phrase != evidence.span:
                assert page.mark_text[f"{anchor}-phrase"] == evidence.phrase.text
    assert spans > 20
    titles = {mark["data-fact-id"]: mark["title"] for mark in page.marks if "id" in mark}
    dates = registry()["dates"]
    assert titles["dates-0"].startswith(f"{dates.label_ru}: {dates.describe(report.dates[0])}")
    assert "dates.academic_year, 0.95" in titles["dates-0"]
    # legend and side panel, in Russian
    for family in registry():
        assert f'id="show-{family.name}"' in html and family.label_ru in html
    assert 'id="facts"' in html and "Предупреждений нет." in html and '<html lang="ru">' in html
    english = render_review(document, report, lang="en")
    assert '<html lang="en">' in english and "No warnings." in english and registry()["dates"].label_en in english


def test_person_mentions_are_located_by_name_and_warnings_are_listed_on_top() -> None:
    document, report = _document_and_report("pdf", NIKOLAEVSKY)
    html = render_review(document, report)
    page = Page(html)
    for index, person in enumerate(report.persons):
        surname = person.name.split()[0]
        assert page.mark_text[f"hl-persons-{index}"].startswith(surname[:4])
    assert report.warnings, "the corpus report has a parts_do_not_add_up warning"
    top = html[: html.index('<div class="layout">')]
    assert report.warnings[0].code in top
    assert 'href="#hl-warnings-0"' in top
    assert "page-2" in page.ids  # page markers from the PDF


def test_tables_are_html_tables_and_list_items_keep_their_labels() -> None:
    document, report = _document_and_report("docx", KIRENSKY)
    html = render_review(document, report)
    page = Page(html)
    assert '<table class="doc-table"' in html and "page-1" in page.ids
    assert '<th scope="col">' in html and "<thead>" in html
    assert '<span class="label">1. </span>' in html
    # an activity is a table row: its highlight sits in a cell
    activity_mark = html[html.index('id="hl-activities-0"') :]
    assert activity_mark.index("</mark>") < activity_mark.index("</td>")


# --------------------------------------------------------------------------- hand-made reports


def _evidence(document: Document, start: int, stop: int) -> Evidence:
    block = document.block_at(start)
    return Evidence(text=document.text[start:stop], start=start, end=stop, block=block.index if block else 0)


def _spanned(document: Document, start: int, stop: int, value: str, phrase: str | None = None) -> Evidence:
    """Evidence of ``[start, stop)`` whose value (and phrase) is the first occurrence of ``value`` in it."""
    evidence = _evidence(document, start, stop)
    wide = None
    around = start
    if phrase is not None:
        around = start + evidence.text.index(phrase)
        wide = TextSpan(start=around, end=around + len(phrase), text=phrase)
    at = around + document.text[around:stop].index(value)
    span = TextSpan(start=at, end=at + len(value), text=value)
    return evidence.model_copy(update={"span": span, "phrase": wide})


def _report(document: Document, **facts: object) -> Report:
    source = SourceRecord(path=document.source.path, sha256=document.source.sha256, format=document.source.format)
    return Report(source=source, **facts)


def test_text_and_attributes_are_escaped() -> None:
    document = text_document(
        'Отчет МОЦ <script>alert("x")</script> & «Гармония» за 2023 год\n\nОпубликовано 20 программ <b>жирно</b> & всё.'
    )
    name = 'ООО "Рога & <Копыта>"'
    start = document.text.index("<b>")
    organization = Organization(
        evidence=_evidence(document, start, start + len("<b>жирно</b>")),
        rule="organizations.test",
        confidence=0.5,
        name=name,
    )
    report = parse_document(document)
    report.organizations.append(organization)
    html = render_review(document, report)
    page = Page(html)
    assert html.count("<script>") == 1  # ours, at the end
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «Гармония»" in html
    assert "b" not in page.tags
    assert "&lt;b&gt;жирно&lt;/b&gt;</mark> &amp; всё" in html
    assert "Рога &amp; &lt;Копыта&gt;" in html
    assert "<Копыта>" not in html
    assert 'Отчет МОЦ <script>alert("x")</script> & «Гармония»' in "".join(page.doc_text)


def test_overlapping_and_crossing_facts_produce_well_nested_html() -> None:
    document = text_document(
        "Отчет за 2023 год\n\n"
        "В 2023 году опубликовано 20 программ и 5 сетевых программ.\n\n"
        "№\tМероприятие\tСрок\n1\tСеминар для 20 педагогов\tмарт 2023"
    )
    text = document.text

    def span(needle: str) -> tuple[int, int]:
        start = text.index(needle)
        return start, start + len(needle)

    sentence = span("В 2023 году опубликовано 20 программ и 5 сетевых программ.")
    row = span("1\tСеминар для 20 педагогов\tмарт 2023")
    report = _report(
        document,
        tasks=[Task(evidence=_evidence(document, *sentence), rule="tasks.test", confidence=0.9, number=None, text="x")],
        dates=[
            DateFact(
                evidence=_spanned(document, *sentence, "2023 году опубликовано"),
                rule="dates.test",
                confidence=0.9,
                text="2023 году опубликовано",
                start=dt.date(2023, 1, 1),
                end=dt.date(2023, 12, 31),
                precision=Precision.YEAR,
            ),
            DateFact(
                evidence=_spanned(document, *row, "март 2023"),
                rule="dates.test",
                confidence=0.9,
                text="март 2023",
                start=dt.date(2023, 3, 1),
                end=dt.date(2023, 3, 31),
                precision=Precision.MONTH,
            ),
        ],
        organizations=[
            Organization(evidence=_spanned(document, *sentence, "опубликовано 20"), rule="o", confidence=0.8, name="x"),
            Organization(evidence=_spanned(document, *sentence, "20 программ и 5"), rule="o", confidence=0.8, name="x"),
            Organization(evidence=_spanned(document, *row, "20 педагогов\tмарт"), rule="o", confidence=0.8, name="x"),
        ],
        program_counts=[
            ProgramCount(
                evidence=_spanned(document, *sentence, "20", "20 программ"), rule="p", confidence=0.9, value=20
            ),
            ProgramCount(
                evidence=_spanned(document, *sentence, "5", "5 сетевых программ"), rule="p", confidence=0.9, value=5
            ),
        ],
        activities=[
            Activity(evidence=_evidence(document, *row), rule="a", confidence=0.9, number="1", title="не в строке")
        ],
        warnings=[ReportWarning(code="test", message="a < b & c", evidence=_evidence(document, *sentence))],
    )
    html = render_review(document, report)
    page = Page(html)
    _check_links(page)
    assert _squash("".join(page.doc_text)) == _squash(text)
    fact_ids = [mark["data-fact-id"] for mark in page.marks]
    for family, count in {"tasks": 1, "dates": 2, "organizations": 3, "program_counts": 2, "activities": 1}.items():
        for index in range(count):
            assert f"hl-{family}-{index}" in page.ids
    assert fact_ids.count("activities-0") >= 3  # split over the row's cells
    assert fact_ids.count("organizations-2") == 2  # crosses a cell boundary
    assert any(fact_ids.count(f"organizations-{index}") > 1 for index in range(2))  # crossing spans are split
    assert page.mark_text["hl-program_counts-0"] == "20"
    assert page.fact_text["program_counts-0"] == "20 программ"  # the phrase, lighter, around the value
    assert "hl-program_counts-0-phrase" in page.ids
    assert page.fact_text["program_counts-1"] == "5 сетевых программ"
    assert page.fact_text["organizations-1"] == "20 программ и 5"
    assert page.fact_text["dates-1"] == "март 2023"
    approx = [mark for mark in page.marks if mark["data-fact-id"] == "activities-0"]
    # an activity is a passage without a value span: the whole row, underlined, not "approximate"
    assert all("evidence" in mark["class"] and "approx" not in mark["class"] for mark in approx)
    assert "a &lt; b &amp; c" in html


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 160), st.integers(1, 60)), min_size=1, max_size=12))
def test_any_set_of_spans_renders_balanced_html(spans: list[tuple[int, int]]) -> None:
    document = _SPANS_DOCUMENT
    text = document.text
    organizations = []
    for start, length in spans:
        start = min(start, len(text) - 1)
        stop = min(len(text), start + length)
        name = text[start:stop]
        organizations.append(
            Organization(evidence=_evidence(document, start, stop), rule="o", confidence=0.5, name=name or "x")
        )
    page = Page(render_review(document, _report(document, organizations=organizations)))
    _check_links(page)
    assert _squash("".join(page.doc_text)) == _squash(text)
    drawn = page.fact_ids("organizations")
    for index, organization in enumerate(organizations):
        if organization.evidence.text.strip():
            assert f"organizations-{index}" in drawn


_SPANS_DOCUMENT = text_document(
    "Заголовок отчета\n\nАбзац <один> & два, 2023 год.\n\n1. Пункт списка\n\n№\tА\tБ\n1\tячейка\tещё ячейка"
)


def test_a_document_without_facts_and_an_empty_document() -> None:
    document = text_document("Отчет без фактов\n\nПросто текст.")
    html = render_review(document, _report(document))
    page = Page(html)
    assert page.marks == []
    assert "В документе не найдено ни одного факта." in html and "Предупреждений нет." in html
    empty = Document(text="", blocks=[], source=SourceInfo(path="empty.txt", format="txt", sha256="0" * 64))
    Page(render_review(empty, _report(empty)))


def test_the_page_is_self_contained() -> None:
    document, report = _document_and_report("docx", KIRENSKY)
    html = render_review(document, report)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert "@media print" in html
    assert html.startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------- command line


def test_show_writes_the_page_and_prints_its_path(tmp_path: Path) -> None:
    out = tmp_path / "review" / "kirensky.html"
    result = CliRunner().invoke(app, ["show", str(CORPUS / "txt" / f"{KIRENSKY}.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    Page(out.read_text(encoding="utf-8"))


def test_show_errors_are_one_line_with_the_exit_code_of_their_kind(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mocparse", "show", "/no/such/report.docx", "--html", str(tmp_path / "x.html")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["mocparse: error: /no/such/report.docx: file not found [not_found]"]
    assert not (tmp_path / "x.html").exists()


# --------------------------------------------------------------------------- a real browser


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail("chromium is not installed but CI is set (.ci/run installs the Debian package chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium); with CI=true this is a failure")


def _run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run([chromium, *flags, *args], capture_output=True, timeout=60, check=False)


def test_chromium_renders_the_highlights_and_takes_a_screenshot(tmp_path: Path) -> None:
    chromium = _chromium()
    document, report = _document_and_report("docx", KIRENSKY)
    html = render_review(document, report)
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    url = path.as_uri()

    dumped = _run_chromium(chromium, tmp_path / "profile", "--dump-dom", url)
    assert dumped.returncode == 0, dumped.stderr.decode(errors="replace")[-2000:]
    dom = Page(dumped.stdout.decode("utf-8"))
    assert dom.body_attrs.get("data-js") == "ready"  # the script ran
    assert len(dom.marks) == len(Page(html).marks)
    for family in FACT_LISTS:
        assert dom.fact_ids(family) == {f"{family}-{index}" for index in range(len(getattr(report, family)))}

    screenshot = tmp_path / "page.png"
    shot = _run_chromium(chromium, tmp_path / "profile", f"--screenshot={screenshot}", "--window-size=1400,1000", url)
    assert shot.returncode == 0, shot.stderr.decode(errors="replace")[-2000:]
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 30_000, "a page of highlighted text makes a large PNG"


def test_without_chromium_the_browser_test_skips_locally_and_fails_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        _chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        _chromium()
