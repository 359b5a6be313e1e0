"""Build the realism corpus (corpus/realism/) with real office software.

Two source documents, each saved by LibreOffice in every format mocparse reads:

* ``src/report.html`` -- a report written as a web page, with a footnote in LibreOffice's own HTML
  form, a two-row table header, a table with a column-number row under a repeated header, a
  Symbol-font character and manually numbered lines split by soft line breaks. LibreOffice
  imports it into Writer (``report.odt``) and saves that as DOCX, DOC, RTF and PDF.
* ``word_features.docx`` -- hand-written WordprocessingML for what LibreOffice does not write:
  ``w:sym`` characters, a content control showing its placeholder, a table of contents in a
  content control, a footnote and an endnote, a header row and a column-number row both marked
  "repeat as header row", a two-row header made of ``w:gridSpan``/``w:vMerge`` and a table nested
  in a cell. LibreOffice saves it as ODT, DOC, RTF and PDF.

Every conversion uses a private LibreOffice profile. Run: ``python scripts/render_realism.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "realism"
SOURCE = OUT / "src" / "report.html"
FORMATS = ("docx", "doc", "rtf", "pdf")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def soffice(source: Path, target: str, out_dir: Path, *, infilter: str | None = None) -> Path:
    """Convert ``source`` with LibreOffice into ``out_dir``; return the new file."""
    with tempfile.TemporaryDirectory(prefix="lo_realism_") as profile:
        command = [
            "soffice",
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(source),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
    made = out_dir / f"{source.stem}.{target.split(':')[0]}"
    if not made.is_file():
        raise SystemExit(f"LibreOffice did not write {made}")
    return made


# --------------------------------------------------------------------------- WordprocessingML


def _p(text: str, *, style: str | None = None, runs: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}{runs if runs is not None else _r(text)}</w:p>"


def _r(text: str, *, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _cell(content: str, *, span: int = 1, vmerge: str | None = None) -> str:
    properties = ""
    if span > 1:
        properties += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        properties += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        properties += "<w:vMerge/>"
    body = content if content.startswith("<w:") else _p(content)
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{body}</w:tc>"


def _row(cells: list[str], *, header: bool = False) -> str:
    properties = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{properties}{''.join(cells)}</w:tr>"


def _table(widths: list[int], rows: list[str]) -> str:
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def word_document() -> str:
    """word/document.xml of word_features.docx (invented municipality and people)."""
    toc = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        + _p("Оглавление", style="TOCHeading")
        + _p("Основные показатели\t1", style="TOC1")
        + _p("Мероприятия\t2", style="TOC1")
        + "</w:sdtContent></w:sdt>"
    )
    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
        '<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
        "<w:t>Место для ввода текста.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    symbol = _p(
        "",
        runs=_r("Доля детей, получивших сертификаты, составила ")
        + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>'
        + _r(" 30 %, охват программами составил 78,5 %."),
    )
    footnote = _p(
        "",
        runs=_r("Дополнительным образованием охвачено 2 960 детей")
        + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + _r(", из них 410 детей занимаются в кружках технической направленности."),
    )
    endnote = _p(
        "",
        runs=_r("В 2023 году реализовано 96 программ")
        + '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'
        + _r("."),
    )
    soft_breaks = _p(
        "",
        runs=_r("1. Провести мониторинг востребованности программ.")
        + "<w:r><w:br/></w:r>"
        + _r("2. Обновить раздел сайта центра.")
        + "<w:r><w:br/></w:r>"
        + _r("3. Организовать стажировки для педагогов."),
    )
    numbers_table = _table(
        [600, 4000, 1800, 2200],
        [
            _row([_cell(text) for text in ("№", "Мероприятие", "Сроки", "Ответственный")], header=True),
            _row([_cell(str(number)) for number in range(1, 5)], header=True),
            *(
                _row([_cell(str(number)), _cell(title), _cell(month), _cell(person)])
                for number, (title, month, person) in enumerate(
                    [
                        ("Совещание руководителей организаций", "январь 2023", "Бойко Т.С."),
                        ("Семинар по персонифицированному финансированию", "февраль 2023", "Бойко Т.С."),
                        ("Конкурс программ «Новый формат»", "март 2023", "Рыжова Е.П."),
                        ("Фестиваль робототехники", "апрель 2023", "Рыжова Е.П."),
                        ("Выездная школа вожатых", "июнь 2023", "Бойко Т.С."),
                        ("Летняя профильная смена", "июль 2023", "Рыжова Е.П."),
                        ("Обучение модераторов навигатора", "август 2023", "Бойко Т.С."),
                        ("Августовская секция педагогов", "август 2023", "Рыжова Е.П."),
                    ],
                    start=1,
                )
            ),
        ],
    )
    two_row_table = _table(
        [600, 3600, 1500, 1500, 2000],
        [
            _row(
                [
                    _cell("№", vmerge="restart"),
                    _cell("Мероприятие", vmerge="restart"),
                    _cell("Срок", span=2),
                    _cell("Ответственный", vmerge="restart"),
                ]
            ),
            _row(
                [
                    _cell("", vmerge="continue"),
                    _cell("", vmerge="continue"),
                    _cell("начало"),
                    _cell("окончание"),
                    _cell("", vmerge="continue"),
                ]
            ),
            _row(
                [
                    _cell("1"),
                    _cell("Курсы для педагогов"),
                    _cell("10.10.2023"),
                    _cell("20.10.2023"),
                    _cell("Бойко Т.С."),
                ]
            ),
            _row(
                [_cell("2"), _cell("Ярмарка программ"), _cell("01.11.2023"), _cell("03.11.2023"), _cell("Рыжова Е.П.")]
            ),
        ],
    )
    inner = _table(
        [1200, 1200],
        [_row([_cell("2022"), _cell("2023")]), _row([_cell("1 850"), _cell("2 104")])],
    )
    nested_table = _table(
        [4000, 3000],
        [
            _row([_cell("Показатель"), _cell("Значения по годам")]),
            _row([_cell("Число участников конкурсов"), _cell(inner + _p(""))]),
        ],
    )
    body = "".join(
        [
            _p(
                "Отчет о работе муниципального опорного центра Сосновоборского муниципального округа за 2023 год",
                style="Title",
            ),
            toc,
            _p("Основные показатели", style="Heading1"),
            placeholder,
            symbol,
            footnote,
            endnote,
            _p("Задачи на 2024 год:"),
            soft_breaks,
            _p("Мероприятия", style="Heading1"),
            numbers_table,
            _p("Курсы и ярмарка"),
            two_row_table,
            _p("Участники конкурсов"),
            nested_table,
            _p("Руководитель МОЦ Бойко Т.С."),
        ]
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" '
        'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )


def _notes(kind: str, text: str) -> str:
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    )
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    style = "FootnoteText" if kind == "footnote" else "EndnoteText"
    note = (
        f'<w:{kind} w:id="1"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {W}>{separators}{note}</w:{kind}s>'


def _styles() -> str:
    def style(style_id: str, name: str, extra: str = "", kind: str = "paragraph") -> str:
        return f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{extra}</w:style>'

    heading = (
        '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/>'
        '<w:sz w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault></w:docDefaults>'
        + style("Normal", "Normal").replace("<w:style ", '<w:style w:default="1" ')
        + style("Title", "Title", '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr>')
        + style("Heading1", "heading 1", heading)
        + style("TOCHeading", "TOC Heading", '<w:basedOn w:val="Heading1"/>')
        + style("TOC1", "toc 1", '<w:basedOn w:val="Normal"/>')
        + style("FootnoteText", "footnote text", '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr>')
        + style("EndnoteText", "endnote text", '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr>')
        + style(
            "FootnoteReference", "footnote reference", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', "character"
        )
        + style(
            "EndnoteReference", "endnote reference", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', "character"
        )
        + style("PlaceholderText", "Placeholder Text", '<w:rPr><w:color w:val="808080"/></w:rPr>', "character")
        + "</w:styles>"
    )


def write_word_features(path: Path) -> None:
    """Write word_features.docx from the WordprocessingML above."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/>'
            f'<Override PartName="/word/footnotes.xml" ContentType="{main}.footnotes+xml"/>'
            f'<Override PartName="/word/endnotes.xml" ContentType="{main}.endnotes+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/footnotes" Target="footnotes.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/endnotes" Target="endnotes.xml"/></Relationships>'
        ),
        "word/document.xml": word_document(),
        "word/styles.xml": _styles(),
        "word/footnotes.xml": _notes(
            "footnote", "По данным мониторинга на 31.12.2023 в округе 3 640 детей от 5 до 18 лет."
        ),
        "word/endnotes.xml": _notes("endnote", "Из них 12 программ реализуются в сетевой форме."),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def main() -> None:
    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    OUT.mkdir(parents=True, exist_ok=True)
    odt = soffice(SOURCE, "odt", OUT, infilter="HTML (StarWriter)")
    for fmt in FORMATS:
        soffice(odt, fmt, OUT)
    word = OUT / "word_features.docx"
    write_word_features(word)
    for fmt in ("odt", "doc", "rtf", "pdf"):
        soffice(word, fmt, OUT)
    print("\n".join(sorted(str(path.relative_to(ROOT)) for path in OUT.iterdir() if path.is_file())), file=sys.stderr)


if __name__ == "__main__":
    main()
