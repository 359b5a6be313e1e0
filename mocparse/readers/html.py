"""HTML and Markdown readers: headings, paragraphs, lists, tables and footnotes of a web page.

HTML is parsed by lxml's HTML parser (no network, no entities beyond HTML's own); Markdown is
rendered to HTML by markdown-it-py (CommonMark with tables) and read the same way. Scripts,
styles, forms' hidden parts and navigation are left out.

* ``h1``-``h6`` are headings (level 1-6); ``p``, ``div`` and other blocks with text are paragraphs;
  a line break (``br``) stays a line break, and lines that each start with a typed label
  (``1. ...<br>2. ...``) become list items.
* ``li`` are list items: in an ``ol`` labelled ``1.``, ``2.`` (``start``, ``type="a|A|i|I"``
  followed), in a ``ul`` labelled ``-`` as Word bullets are; nesting gives the level.
* Tables keep ``colspan``/``rowspan``; header rows are those in ``thead`` or made only of ``th``
  cells (else the first row is tested as in TXT); a table inside a cell is a table of its own,
  after its container.
* Footnotes: a link to a note (LibreOffice's ``sdfootnote``/``sdendnote`` anchors, or a link
  inside ``sup`` to an element with an id like ``fn1``) is the reference mark; the note's text
  becomes a ``note`` block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from mocparse.document import BlockKind, Document, DocumentBuilder, RawCell, RawRow, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.readers.base import ReadOptions
from mocparse.readers.layout import (
    complete_header,
    header_depth,
    looks_like_header_row,
    numbered_lines,
    split_list_label,
)

_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "object", "select", "button"}
)
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "address",
        "figure", "figcaption", "center", "pre", "dl", "dt", "dd", "form", "fieldset", "body", "caption",
    }
)  # fmt: skip
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "menu"})
_NOTE_ID = re.compile(r"^(?:sd(?:foot|end)note\d+|fn[:\-_]?\w+|footnote[:\-_]?\w+)$", re.IGNORECASE)
_NOTE_LABEL = re.compile(r"^\[?(?:\d{1,3}|[ivx]{1,4}|\*{1,3})\]?$")
_MAX_DEPTH = 200
_CHARSET = re.compile(rb"charset\s*=|encoding\s*=", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def read(path: Path, source: SourceInfo, options: ReadOptions) -> Document:
    """Read an HTML page (or, for format ``md``, a Markdown file)."""
    data = path.read_bytes()
    if source.format == "md":
        from mocparse.readers.txt import decode_text

        text = decode_text(data)
        if text is None:
            raise DocumentReadError(path, "not a text file: binary content or an unknown encoding")
        return document_from_markdown(text, source)
    return document_from_html(data, source, path)


def document_from_markdown(text: str, source: SourceInfo) -> Document:
    """A Document from Markdown (CommonMark with tables, rendered by markdown-it-py). HTML written
    inside the Markdown (a ``<table>`` with merged header cells, which Markdown tables cannot hold)
    is kept and read like the rest of the page."""
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    return document_from_html(f"<html><body>{rendered}</body></html>".encode(), source, Path(source.path))


def document_from_html(data: bytes, source: SourceInfo, path: Path) -> Document:
    """A Document from the bytes of an HTML page."""
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, default_doctype=False)
    markup: bytes | str = data
    if not _CHARSET.search(data[:4096]):  # no declared encoding: UTF-8, UTF-16 or CP1251 as for TXT
        from mocparse.readers.txt import decode_text

        decoded = decode_text(data)
        if decoded is not None:
            markup = _XML_DECLARATION.sub("", decoded, count=1)
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, etree.LxmlError, ValueError) as error:
        raise DocumentReadError(path, f"corrupt HTML: {error}", kind=ErrorKind.CORRUPT) from error
    body = root.find("body")
    walker = _Walker(root)
    walker.walk(body if body is not None else root, 0)
    builder = DocumentBuilder(source)
    walker.emit(builder)
    return builder.build()


@dataclass
class _Text:
    kind: BlockKind
    text: str
    label: str | None = None
    level: int = 0


@dataclass
class _Table:
    rows: list[RawRow]
    separate: bool


@dataclass
class _Walker:
    """Walks the page in order, collecting blocks (emitted once the note marks are known)."""

    root: etree._Element
    ops: list[_Text | _Table] = field(default_factory=list)
    note_keys: list[str] = field(default_factory=list)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)
    _note_roots: set[etree._Element] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._note_roots = {element for element in self.root.iter() if _NOTE_ID.match(element.get("id") or "")}

    # -- blocks
    def walk(self, element: etree._Element, depth: int, list_level: int = -1) -> None:
        if depth > _MAX_DEPTH:
            return
        inline: list[etree._Element | str] = []
        if element.text:
            inline.append(element.text)
        for child in element:
            tag = _tag(child)
            if tag in _SKIPPED or child in self._note_roots or _hidden(child):
                if child in self._note_roots:
                    self._read_note(child)
                if child.tail:
                    inline.append(child.tail)
                continue
            if tag in _BLOCKS or tag in _HEADINGS or tag in _LISTS or tag in ("table", "li", "hr"):
                self._paragraph(inline)
                inline = []
                if tag in _HEADINGS:
                    self._add(_Text(BlockKind.HEADING, self._inline_text([child]), level=_HEADINGS[tag]))
                elif tag in _LISTS:
                    self._list(child, depth + 1, list_level + 1)
                elif tag == "table":
                    self._table(child, depth + 1, separate=False)
                elif tag != "hr" and _figure_card(child):
                    # "<div>236</div><div>программ в Навигаторе</div>": one statement
                    parts = [_text_of(part) for part in child if not _hidden(part) and _tag(part) not in _SKIPPED]
                    self._add(_Text(BlockKind.PARAGRAPH, _card_text(parts)))
                elif tag != "hr":
                    self.walk(child, depth + 1, list_level)
                if child.tail:
                    inline.append(child.tail)
            else:
                inline.append(child)
        self._paragraph(inline)

    def _paragraph(self, inline: list[etree._Element | str]) -> None:
        text = self._inline_text(inline)
        if not text.strip():
            return
        pieces = numbered_lines(text)
        if pieces:
            for label, body, level in pieces:
                self._add(_Text(BlockKind.PARAGRAPH if label is None else BlockKind.LIST_ITEM, body, label, level))
            return
        label, body, level = split_list_label(text.strip())
        if label is not None:
            self._add(_Text(BlockKind.LIST_ITEM, body, label, level))
        else:
            self._add(_Text(BlockKind.PARAGRAPH, text))

    def _list(self, element: etree._Element, depth: int, level: int) -> None:
        ordered = _tag(element) == "ol"
        number = _int(element.get("start"), 1)
        style = element.get("type") or "1"
        for child in element:
            if _tag(child) != "li":
                if _tag(child) in _LISTS:
                    self._list(child, depth + 1, level + 1)
                continue
            value = _int(child.get("value"), number)
            label = f"{_format(value, style)}." if ordered else "-"
            number = value + 1
            inline: list[etree._Element | str] = [child.text] if child.text else []
            nested: list[etree._Element] = []
            for part in child:
                if _tag(part) in _LISTS or _tag(part) == "table":
                    nested.append(part)
                else:
                    inline.append(part)
                if part.tail and _tag(part) in _LISTS:
                    inline.append(part.tail)
            self._add(_Text(BlockKind.LIST_ITEM, self._inline_text(inline), label, level))
            for part in nested:
                if _tag(part) == "table":
                    self._table(part, depth + 1, separate=False)
                else:
                    self._list(part, depth + 1, level + 1)

    def _table(self, element: etree._Element, depth: int, *, separate: bool) -> None:
        nested: list[etree._Element] = []
        rows: list[RawRow] = []
        occupied: dict[tuple[int, int], bool] = {}
        for row_index, (row, in_head) in enumerate(_table_rows(element)):
            cells: list[tuple[int, RawCell]] = []
            col = 0
            all_th = True
            for cell in row:
                if _tag(cell) not in ("td", "th"):
                    continue
                while occupied.get((row_index, col)):
                    col += 1
                colspan = min(max(_int(cell.get("colspan"), 1), 1), 63)
                rowspan = min(max(_int(cell.get("rowspan"), 1), 1), 1000)
                all_th = all_th and _tag(cell) == "th"
                parts: list[etree._Element | str] = [cell.text] if cell.text else []
                for part in cell:
                    if _tag(part) == "table":
                        nested.append(part)
                        if part.tail:
                            parts.append(part.tail)
                    else:
                        parts.append(part)
                cells.append((col, RawCell(text=self._inline_text(parts), rowspan=rowspan, colspan=colspan)))
                for r in range(row_index, row_index + rowspan):
                    for c in range(col, col + colspan):
                        occupied[r, c] = True
                col += colspan
            rows.append(RawRow(cells=cells, is_header=in_head or (all_th and bool(cells))))
        if rows and not any(row.is_header for row in rows) and len(rows) > 1:
            width = max((col + cell.colspan for row in rows for col, cell in row.cells), default=0)
            texts = [_grid(row, width) for row in rows]
            if looks_like_header_row(texts[0], texts[1:]):
                depth_rows = header_depth(rows, max((cell.rowspan for _, cell in rows[0].cells), default=1))
                for row in rows[:depth_rows]:
                    row.is_header = True
        complete_header(rows)
        if all(row.is_header for row in rows) and len(rows) > 1:
            rows[-1].is_header = False
        self._add(_Table(rows, separate))
        for table in nested:
            if depth < _MAX_DEPTH:
                self._table(table, depth + 1, separate=True)

    def _add(self, op: _Text | _Table) -> None:
        if isinstance(op, _Text) and not op.text.strip() and not op.label:
            return
        self.ops.append(op)

    # -- inline text
    def _inline_text(self, parts: list[etree._Element | str]) -> str:
        out: list[str] = []
        for part in parts:
            if isinstance(part, str):
                out.append(_spaces(part))
            else:
                if _apart(out, part):
                    out.append(" ")
                self._collect(part, out, 0)
        return "".join(out)

    def _collect(self, element: etree._Element, out: list[str], depth: int) -> None:
        tag = _tag(element)
        if tag in _SKIPPED or _hidden(element) or depth > _MAX_DEPTH:
            if element.tail:
                out.append(_spaces(element.tail))
            return
        if tag == "br":
            out.append("\n")
        elif tag == "a" and (key := self._note_key(element)) is not None:
            out.append(self._mark(key, _text_of(element)))
        elif tag == "sup" and len(element) == 1 and _tag(element[0]) == "a" and not (element.text or "").strip():
            key = self._note_key(element[0])
            if key is not None:
                out.append(self._mark(key, _text_of(element[0])))
            else:
                self._children(element, out, depth)
        elif tag == "sup" and _bare_mark(element, out):
            # "Всего<sup>2</sup>": a reference mark with no link to its note, kept off the word
            out.append(self._mark(f"unlinked-{_text_of(element).strip()}", _text_of(element)))
        else:
            self._children(element, out, depth)
            if tag in _BLOCKS or tag in ("li", "tr"):
                out.append("\n")
            elif tag in ("td", "th"):
                out.append(" ")
        if element.tail:
            if tag not in {"sup", "sub"} and _meet(out, element.tail):
                out.append(" ")  # "<b>3 710</b>детей": the figure's box ends where its label begins
            out.append(_spaces(element.tail))

    def _children(self, element: etree._Element, out: list[str], depth: int) -> None:
        if element.text:
            out.append(_spaces(element.text))
        for child in element:
            if _apart(out, child):
                out.append(" ")  # "<span>236</span><span>программ</span>": a figure and its label
            self._collect(child, out, depth + 1)

    # -- notes
    def _note_key(self, anchor: etree._Element) -> str | None:
        """The id of the note an anchor refers to (None: an ordinary link)."""
        target = (anchor.get("href") or "").partition("#")[2]
        label = _text_of(anchor)
        if not target or not _NOTE_LABEL.match(label):
            return None
        found = self._find_id(target)
        if found is None:
            return None
        for ancestor in (found, *found.iterancestors()):
            if ancestor in self._note_roots:
                return ancestor.get("id")
        return None

    def _find_id(self, name: str) -> etree._Element | None:
        for element in self.root.iter():
            if element.get("id") == name or (_tag(element) == "a" and element.get("name") == name):
                return element
        return None

    def _mark(self, key: str, label: str) -> str:
        if key not in self.note_keys:
            self.note_keys.append(key)
            self.notes.setdefault(key, (label.strip("[]"), ""))
        return chr(0xF0000 + self.note_keys.index(key))

    def _read_note(self, element: etree._Element) -> None:
        """A note's text, without its back-link label."""
        out: list[str] = []
        for part in [element.text or "", *element]:
            if isinstance(part, str):
                out.append(_spaces(part))
            elif _tag(part) == "a" and (part.get("href") or "").startswith("#") and _NOTE_LABEL.match(_text_of(part)):
                if part.tail:
                    out.append(_spaces(part.tail))
            else:
                self._note_collect(part, out)
        key = element.get("id") or ""
        label = self.notes.get(key, ("", ""))[0]
        self.notes[key] = (label, " ".join("".join(out).split()))

    def _note_collect(self, element: etree._Element, out: list[str]) -> None:
        """Note text: back-links (``1``, ``↩``) left out."""
        if _tag(element) == "a" and (element.get("href") or "").startswith("#"):
            text = _text_of(element)
            if _NOTE_LABEL.match(text) or text in ("↩", "↩︎", "^"):
                if element.tail:
                    out.append(_spaces(element.tail))
                return
        if element.text:
            out.append(_spaces(element.text))
        for child in element:
            self._note_collect(child, out)
        out.append(" ")
        if element.tail:
            out.append(_spaces(element.tail))

    # -- output
    def emit(self, builder: DocumentBuilder) -> None:
        for key in self.note_keys:
            builder.note_mark(key)
        for op in self.ops:
            if isinstance(op, _Table):
                builder.add_table(op.rows, separate=op.separate)
            else:
                builder.add_text(op.kind, op.text, label=op.label, level=op.level)
        for key in self.note_keys:
            label, text = self.notes.get(key, ("", ""))
            if text:
                builder.add_note(key, label or str(self.note_keys.index(key) + 1), text)


def _table_rows(table: etree._Element) -> list[tuple[etree._Element, bool]]:
    """Rows of a table (not of tables nested in it), with whether they are in ``thead``."""
    rows: list[tuple[etree._Element, bool]] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append((child, False))
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend((row, tag == "thead") for row in child if _tag(row) == "tr")
    return rows


def _grid(row: RawRow, width: int) -> list[str]:
    texts = [""] * width
    for col, cell in row.cells:
        if col < width:
            texts[col] = " ".join(cell.text.split())
    return texts


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


_FIGURE = re.compile(
    r"(?:(?:более|свыше|около|почти|до|не менее|>|≈)\s*)?[+−-]?\d[\d\s]*(?:[.,]\d+)?\s*(?:%|тыс\.?|млн\.?)?\+?"
)


def _figure_card(element: etree._Element) -> bool:
    """A box of two or three short blocks, one of them a bare figure and another its label: an
    infographic card whose parts say one thing together."""
    children = [child for child in element if not _hidden(child) and _tag(child) not in _SKIPPED]
    if not 2 <= len(children) <= 3 or (element.text or "").strip():
        return False
    if any(_tag(child) in ("table", "ul", "ol", "li") or len(child) > 3 for child in children):
        return False
    texts = [_text_of(child) for child in children]
    if sum(len(text) for text in texts) > 200 or not all(texts):
        return False
    figures = [text for text in texts if _FIGURE.fullmatch(text.strip())]
    return len(figures) == 1 and any(re.search(r"[А-Яа-яЁё]{3}", text) for text in texts)


def _card_text(parts: list[str]) -> str:
    """The figure and the label beside it as one sentence; a third part after them (a comparison, a
    plan: "в 2023 году таких было 26") on a line of its own, a sentence that leans on the first."""
    figure = next(index for index, text in enumerate(parts) if _FIGURE.fullmatch(text.strip()))
    if len(parts) == 3 and figure < 2:
        return " ".join(parts[:2]) + "\n" + parts[2]
    return " ".join(parts)


def _bare_mark(element: etree._Element, out: list[str]) -> bool:
    """A ``sup`` of a note label alone right after a word of three letters or more, or of capitals
    ("Всего<sup>2</sup>", "ДО<sup>1</sup>"), not an exponent of a short unit ("м<sup>2</sup>", "км<sup>2</sup>")."""
    if len(element) or not _NOTE_LABEL.match(_text_of(element).strip()):
        return False
    before = "".join(out[-3:])
    word = re.search(r"([А-Яа-яЁёA-Za-z]+)\.?$", before)
    return word is not None and (len(word.group(1)) >= 3 or word.group(1).isupper())


def _apart(out: list[str], child: etree._Element) -> bool:
    """A figure and a word meet at the edge of an element with no space between them (a number
    in one box, its label in the next); not inside a word's own markup (``м<sup>2</sup>``)."""
    if not out or _tag(child) in {"sup", "sub"}:
        return False
    return _meet(out, next((text for text in child.itertext() if text), ""))


def _meet(out: list[str], text: str) -> bool:
    """A figure and a word would meet with no space between them."""
    last = out[-1][-1:] if out and out[-1] else ""
    first = text[:1]
    return bool(last and first) and (
        ((last.isdigit() or last == "%") and first.isalpha()) or (last.isalpha() and first.isdigit())
    )


def _hidden(element: etree._Element) -> bool:
    """Not shown, or site navigation that is no part of the text (a breadcrumb trail)."""
    style = (element.get("style") or "").replace(" ", "").lower()
    if element.get("hidden") is not None or "display:none" in style:
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('aria-label') or ''}".lower()
    return element.get("role") == "navigation" or "breadcrumb" in marks or "хлебн" in marks or _link_trail(element)


_TRAIL_SEPARATOR = re.compile(r"\s[/›»→>]\s")
_TRAIL_TAGS = {"div", "p", "nav", "span", "ol", "ul"}


def _link_trail(element: etree._Element) -> bool:
    """A breadcrumb trail whatever its class: short parts set apart by "/" (› » →; a "|" sets apart
    top-bar links, kept), every part but the last a link ("<a>Главная</a> / <a>О центре</a> / Итоги года")."""
    if _tag(element) not in _TRAIL_TAGS:
        return False
    links = [_text_of(link) for link in element.iter("{*}a", "a")]
    if len(links) < 2:
        return False
    parts = [part.strip() for part in _TRAIL_SEPARATOR.split(_text_of(element))]
    return (
        len(parts) >= len(links) >= len(parts) - 1
        and all(0 < len(part) <= _TRAIL_PART for part in parts)
        and all(link in parts for link in links)
    )


_TRAIL_PART = 60


def _text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _spaces(text: str) -> str:
    return re.sub(r"[ \t\r\n\f]+", " ", text)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format(value: int, style: str) -> str:
    if style in ("a", "A") and 0 < value <= 26 * 26:
        letters = "abcdefghijklmnopqrstuvwxyz"
        text = letters[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return text.upper() if style == "A" else text
    if style in ("i", "I") and 0 < value < 4000:
        parts = []
        for number, letters in _ROMAN:
            count, value = divmod(value, number)
            parts.append(letters * count)
        text = "".join(parts)
        return text.upper() if style == "I" else text
    return str(value)
