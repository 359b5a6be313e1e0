"""Render corpus documents to real multi-page PDFs, the test corpus of the PDF reader.

``python scripts/render_pdf.py`` reads every ``corpus/txt/<stem>.txt`` with the TXT reader
and writes ``corpus/pdf/<stem>.pdf`` with reportlab, deterministically (``invariant=1``).

The layout is what a real report looks like: DejaVu fonts (Cyrillic), bold larger
headings, justified paragraphs with a first-line indent, list items with their label in a
hanging indent, tables with grid lines and a bold header row repeated on every page (long
tables split across pages), a running header line and a ``Страница N`` footer on every
page, which the reader must drop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mocparse.document import Block, BlockKind, Document  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
PAGE_SIZE = A5
MARGIN = 1.5 * cm
BODY_SIZE = 9.0
RUNNING_HEADER = "Отчёт МОЦ"
CELL_PADDING = 3.0


def register_fonts() -> None:
    """Register the DejaVu regular and bold TTF fonts (idempotent)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))


def _styles() -> dict[str, ParagraphStyle]:
    leading = BODY_SIZE * 1.25
    return {
        "heading": ParagraphStyle(
            "heading",
            fontName=BOLD,
            fontSize=BODY_SIZE + 2,
            leading=(BODY_SIZE + 2) * 1.25,
            spaceBefore=8,
            spaceAfter=4,
            alignment=TA_LEFT,
        ),
        "paragraph": ParagraphStyle(
            "paragraph",
            fontName=REGULAR,
            fontSize=BODY_SIZE,
            leading=leading,
            firstLineIndent=0.8 * cm,
            spaceBefore=3,
            alignment=TA_JUSTIFY,
        ),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=BODY_SIZE - 1, leading=(BODY_SIZE - 1) * 1.2),
        "header_cell": ParagraphStyle(
            "header_cell", fontName=BOLD, fontSize=BODY_SIZE - 1, leading=(BODY_SIZE - 1) * 1.2
        ),
    }


def _list_style(level: int) -> ParagraphStyle:
    indent = 0.9 * cm + 0.6 * cm * level
    return ParagraphStyle(
        f"list{level}",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.25,
        leftIndent=indent,
        bulletIndent=indent - 0.9 * cm,
        bulletFontName=REGULAR,
        bulletFontSize=BODY_SIZE,
        spaceBefore=2,
        alignment=TA_JUSTIFY,
    )


def _markup(text: str) -> str:
    """Paragraph markup for plain text: XML-escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _table(block: Block, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """A reportlab table: grid lines, merged cells spanned, header rows repeated on each page."""
    table = block.table
    assert table is not None
    n_rows = len(table.rows)
    grid: list[list[Flowable | str]] = [[""] * table.n_cols for _ in range(n_rows)]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    lengths = [1.0] * table.n_cols
    min_widths = [12.0] * table.n_cols
    for row_index, row in enumerate(table.rows):
        style = styles["header_cell"] if row.is_header else styles["cell"]
        for cell in row.cells:
            grid[row_index][cell.col] = Paragraph(_markup(cell.text), style)
            if cell.colspan == 1:
                lengths[cell.col] = max(lengths[cell.col], min(len(cell.text), 60))
                longest = max(
                    (stringWidth(word, style.fontName, style.fontSize) for word in cell.text.split()),
                    default=0,
                )
                min_widths[cell.col] = max(min_widths[cell.col], longest + 2 * CELL_PADDING + 1)
            if cell.rowspan > 1 or cell.colspan > 1:
                last = (cell.col + cell.colspan - 1, row_index + cell.rowspan - 1)
                commands.append(("SPAN", (cell.col, row_index), last))
    # Every column is at least as wide as its longest word (no word is broken inside a
    # cell); the rest of the width goes by the amount of text.
    weights = [max(length, 6.0) ** 0.75 for length in lengths]
    spare = max(width - sum(min_widths), 0.0)
    col_widths = [minimum + spare * weight / sum(weights) for minimum, weight in zip(min_widths, weights, strict=True)]
    header_rows = 0
    while header_rows < n_rows and table.rows[header_rows].is_header:
        header_rows += 1
    return Table(grid, colWidths=col_widths, repeatRows=header_rows, style=TableStyle(commands))


def _flowables(document: Document) -> list[Flowable]:
    """One flowable per block, in order."""
    styles = _styles()
    width = PAGE_SIZE[0] - 2 * MARGIN
    story: list[Flowable] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE:
            story.append(Spacer(1, 6))
            story.append(_table(block, styles, width))
            story.append(Spacer(1, 6))
        elif block.kind is BlockKind.HEADING:
            # A heading is never split over a page break (it moves to the next page whole).
            story.append(KeepTogether([Paragraph(_markup(document.block_text(block)), styles["heading"])]))
        elif block.kind is BlockKind.LIST_ITEM and block.label:
            body = _markup(document.block_body(block))
            story.append(Paragraph(body, _list_style(block.level), bulletText=escape(block.label)))
        else:
            story.append(Paragraph(_markup(document.block_text(block)), styles["paragraph"]))
    return story


def _decorate(title: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """Draws the running header line and the ``Страница N`` footer of every page."""

    def draw(canvas: Canvas, template: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.drawString(MARGIN, PAGE_SIZE[1] - 0.8 * cm, f"{RUNNING_HEADER} · {title}")
        canvas.drawCentredString(PAGE_SIZE[0] / 2, 0.7 * cm, f"Страница {template.page}")
        canvas.restoreState()

    return draw


def render_pdf(document: Document, out: Path) -> None:
    """Render ``document`` to a multi-page PDF at ``out``."""
    register_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    title = Path(document.source.path).stem
    template = SimpleDocTemplate(
        str(out),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="mocparse",
        invariant=1,
    )
    decorate = _decorate(title)
    template.build(_flowables(document), onFirstPage=decorate, onLaterPages=decorate)


def main(argv: Sequence[str] | None = None) -> None:
    """Regenerate corpus/pdf/<stem>.pdf for every corpus/txt/<stem>.txt."""
    from mocparse.readers.base import read

    names = set(argv if argv is not None else sys.argv[1:])
    for source in sorted((ROOT / "corpus" / "txt").glob("*.txt")):
        if names and source.stem not in names:
            continue
        out = ROOT / "corpus" / "pdf" / f"{source.stem}.pdf"
        render_pdf(read(source), out)
        print(f"{out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
