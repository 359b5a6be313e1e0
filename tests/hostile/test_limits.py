"""Big inputs within documented bounds (a 200-page PDF, a 5 MB TXT) and the configurable size limits.

The two big documents are parsed at the same time in two fresh processes that report their own time
and peak resident memory (models included); docs/reliability.md records the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from mocparse.errors import ErrorKind
from mocparse.readers import ReadOptions, read
from mocparse.readers.txt import document_from_text

from .support import CORPUS, KIRENSKY_PDF, KIRENSKY_TXT, ROOT, read_error

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGES = 200
TXT_BYTES = 5 * 1024 * 1024
MAX_SECONDS = 60.0
MAX_RSS_MB = 1536.0
OPENINGS = (
    "В отчётном периоде в навигаторе",
    "По данным муниципального опорного центра",
    "Согласно сведениям образовательных организаций,",
    "За период работы центра",
    "В рамках реализации проекта",
    "По итогам мониторинга",
    "На основании приказа управления образования",
)

MEASURE = """
import json, resource, sys, time
import mocparse
from mocparse.batch import warm_up
warm_up()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
report = mocparse.parse(sys.argv[1])
seconds = time.perf_counter() - started
print(json.dumps({
    "seconds": round(seconds, 2),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    "models_rss_mb": round(base / 1024, 1),
    "pages": report.source.pages,
    "program_counts": len(report.program_counts),
    "percentages": len(report.percentages),
    "activities": len(report.activities),
    "dates": len(report.dates),
}))
"""


def _big_pdf(path: Path) -> Path:
    """200 pages, each with a paragraph of figures and a ruled 10-row activity table."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13)
    story: list[object] = [Paragraph("Отчет о деятельности муниципального опорного центра за 2023 год", style)]
    for page in range(1, PAGES + 1):
        # The opening words vary: a line that starts most pages alike (digits aside) is a running header.
        story.append(
            Paragraph(
                f"{OPENINGS[page % len(OPENINGS)]} опубликовано {100 + page} программ, из них {page} сетевых. "
                f"Охват детей составил {40 + page % 50},5 %. Семинар проведён 15 марта 2023 года.",
                style,
            )
        )
        rows = [["№", "Мероприятие", "Сроки", "Ответственный"]]
        rows += [[str(i), f"Семинар для педагогов {page}.{i}", "май 2023", "Руководитель МОЦ"] for i in range(1, 11)]
        table = Table(rows, colWidths=[30, 250, 80, 120])
        table.setStyle(
            TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
        )
        story += [table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def _big_txt(path: Path) -> Path:
    """The corpus TXT reports repeated up to 5 MB."""
    corpus = "\n\n".join(file.read_text(encoding="utf-8") for file in sorted((CORPUS / "txt").glob("*.txt")))
    repeats = TXT_BYTES // len(corpus.encode("utf-8")) + 1
    path.write_text("\n\n".join([corpus] * repeats), encoding="utf-8")
    assert path.stat().st_size >= TXT_BYTES
    return path


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if not FONT.exists():
        pytest.skip("DejaVu fonts not installed")
    folder = tmp_path_factory.mktemp("big")
    return {"pdf": _big_pdf(folder / "report_200_pages.pdf"), "txt": _big_txt(folder / "report_5mb.txt")}


@pytest.fixture(scope="module")
def measured(big_files: dict[str, Path]) -> Iterator[dict[str, dict[str, float]]]:
    """Both big files parsed at once, each in its own process; their figures by format."""
    processes = {
        fmt: subprocess.Popen(
            [sys.executable, "-c", MEASURE, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
        )
        for fmt, path in big_files.items()
    }
    figures: dict[str, dict[str, float]] = {}
    try:
        for fmt, process in processes.items():
            stdout, stderr = process.communicate(timeout=MAX_SECONDS * 3)
            assert process.returncode == 0, stderr.decode(errors="replace")[-2000:]
            figures[fmt] = json.loads(stdout.decode().strip().splitlines()[-1])
            print(f"{fmt}: {figures[fmt]}")  # the figures recorded in docs/reliability.md
        yield figures
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
                process.wait()


def test_200_page_pdf_within_time_and_memory(measured: dict[str, dict[str, float]]) -> None:
    figures = measured["pdf"]
    assert figures["pages"] == PAGES
    assert figures["seconds"] < MAX_SECONDS, figures
    assert figures["peak_rss_mb"] < MAX_RSS_MB, figures
    assert figures["program_counts"] >= PAGES and figures["activities"] >= PAGES * 10 * 0.9, figures


def test_5mb_txt_within_time_and_memory(measured: dict[str, dict[str, float]]) -> None:
    figures = measured["txt"]
    assert figures["seconds"] < MAX_SECONDS, figures
    assert figures["peak_rss_mb"] < MAX_RSS_MB, figures
    assert figures["program_counts"] > 100 and figures["activities"] > 100, figures


def test_page_limit_is_configurable(big_files: dict[str, Path]) -> None:
    read_error(big_files["pdf"], ErrorKind.TOO_LARGE, "200 pages", "max_pages", options=ReadOptions(max_pages=100))
    assert read(KIRENSKY_PDF, ReadOptions(max_pages=5)).source.pages == 5


def test_file_size_limit_is_configurable(big_files: dict[str, Path]) -> None:
    started = time.perf_counter()
    read_error(big_files["txt"], ErrorKind.TOO_LARGE, "max_file_bytes", options=ReadOptions(max_file_bytes=1_000_000))
    assert time.perf_counter() - started < 1  # refused before reading
    assert read(KIRENSKY_TXT, ReadOptions(max_file_bytes=1_000_000)).text


def test_text_length_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(KIRENSKY_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    read_error(path, ErrorKind.TOO_LARGE, "characters", options=ReadOptions(max_text_chars=1000))


def test_figure_limit_is_configurable(tmp_path: Path) -> None:
    """A text of more figures than ``max_figures`` is refused, in one line that says how to read it."""
    path = tmp_path / "figures.txt"
    path.write_text("".join(f"В {year} году опубликовано {year % 50} программ.\n" for year in range(2000, 2400)))
    read_error(path, ErrorKind.TOO_LARGE, "800 figures, over the limit of 500", options=ReadOptions(max_figures=500))
    assert read(path, ReadOptions(max_figures=800)).text


def test_a_very_wide_text_table_is_read_in_linear_time() -> None:
    """Regression: each row of a TXT table recomputed the header's lower-case key; a 100,000-column
    header over 2,000 rows took 51 s to read, now about 2 s."""
    header = "№\t" + "\t".join(["Колонка"] * 100_000)
    rows = "\n".join(f"{i}\tСеминар\tмай" for i in range(1, 2000))
    started = time.perf_counter()
    document = document_from_text(f"Отчет за 2023 год\n{header}\n{rows}\n")
    assert time.perf_counter() - started < 15
    assert len(document.tables[0].table.rows) == 2000  # type: ignore[union-attr]
