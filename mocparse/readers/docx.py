"""DOCX reader: body order, heading styles, Word auto-numbering, merged cells, approximate pages.

python-docx opens the package (its lxml parser never resolves entities nor loads DTDs); the
body XML is walked here directly so that paragraphs and tables keep their order and so that
what python-docx does not expose (numbering labels, merges, page breaks) can be computed.

Pages are approximate: a DOCX stores no layout. The page counter starts at 1 and moves on at
every explicit page break (``<w:br w:type="page"/>``), at a paragraph with
``<w:pageBreakBefore/>`` (own or from its style), after a paragraph that ends a section of a
type other than ``continuous``, and at every ``<w:lastRenderedPageBreak/>`` that Word wrote
where it last laid out a page. A rendered break that directly follows an explicit one (no text
between) is the same break and is not counted twice. A document with none of these markers
gets ``page=None`` on its blocks and ``source.pages=None``; otherwise ``source.pages`` is the
last page reached.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from mocparse.document import BlockKind, Document, DocumentBuilder, RawCell, RawRow, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.normalize import is_symbol_font, symbol_char
from mocparse.readers.base import ReadOptions, detect_format
from mocparse.readers.layout import (
    PLACEHOLDER_TEXTS,
    header_depth,
    looks_like_header_row,
    numbered_lines,
    split_list_label,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_VAL = f"{{{W_NS}}}val"
_MAX_LEVELS = 9
_MAX_DEPTH = 20
_MAX_SPAN = 63
"""Word's widest table has 63 columns; larger ``w:gridSpan``/``w:gridBefore`` values are clamped
(``w:gridSpan="1000000000"`` would otherwise make a grid of a billion columns)."""
_ARTIFACT = re.compile(r"\[bookmark: [^\]]*\]")
_LEVEL_REF = re.compile(r"%([1-9])")
_HEADING_NAME = re.compile(r"^(?:heading|заголовок)\s*([1-9])$")
_TOC_NAME = re.compile(r"^(?:toc|contents|оглавление|содержание)(?:\s*[1-9]|\s+heading|\s+заголовок)$")
_TOC_GALLERY = "table of contents"
_TITLE_NAMES = frozenset({"title", "название", "заголовок"})
_BOLD_HEADING_MAX_CHARS = 200
_OFF_VALUES = frozenset({"0", "false", "off", "none"})
_DOCTYPE_MARKS = tuple("<!DOCTYPE".encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be"))
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_WORD_MAINS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Word's russianLower/russianUpper sequence leaves out ё, й, ъ, ы, ь.
_RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MAX_FORMATTED = 32767
"""Counters above this are written in decimal whatever their format (Word's own limit)."""
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_P, _TBL, _TR, _TC, _R, _SDT = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("sdt")
_WRAPPERS = frozenset({_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")})
_INLINE_WRAPPERS = _WRAPPERS | {_w(tag) for tag in ("hyperlink", "ins", "fldSimple", "dir", "bdo", "moveTo")}


# --------------------------------------------------------------------------- reading


def read(path: Path, source: SourceInfo, options: ReadOptions) -> Document:
    """Read a DOCX (also DOCM/DOTX) report."""
    package, damaged = _open_package(path, options)
    try:
        styles = _Styles(_part_element(package, RT.STYLES))
        numbering = WordNumbering.from_element(_part_element(package, RT.NUMBERING), styles.numbering_of)
        body = package.element.body
    except (etree.LxmlError, ValueError, KeyError, AttributeError, TypeError) as error:
        raise DocumentReadError(path, f"corrupt DOCX: cannot read its structure ({error})") from error
    if body is None:
        raise DocumentReadError(path, "corrupt DOCX: word/document.xml has no <w:body>")
    paragraphs = sum(1 for _ in body.iter(_P))
    if paragraphs > options.max_paragraphs:
        raise DocumentReadError(
            path,
            f"the document has {paragraphs:,} paragraphs, over the limit of {options.max_paragraphs:,} "
            "(raise ReadOptions.max_paragraphs to read it)",
            kind=ErrorKind.TOO_LARGE,
        )
    walker = _BodyWalker(styles, numbering)
    walker.walk(body)
    walker.read_notes(_part_element(package, RT.FOOTNOTES), _part_element(package, RT.ENDNOTES))
    document = walker.build(source)
    if damaged:
        document.warnings.append(f"damaged parts of the DOCX were left out: {', '.join(damaged[:10])}")
    return document


def _open_package(path: Path, options: ReadOptions) -> tuple[WordDocument, list[str]]:
    """Open the package with python-docx after checking size, encryption and DTD-free XML; also
    return the names of damaged non-XML parts (images...) that were replaced by empty ones."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head.startswith(b"PK"):
        fmt = detect_format(path, head)  # raises for encrypted Office files
        raise DocumentReadError(
            path, f"not a DOCX (ZIP) file: the content is {fmt.upper()}", kind=ErrorKind.UNSUPPORTED
        )
    try:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            data, damaged = _checked_package(path, archive, options)
        return docx.Document(io.BytesIO(data)), damaged
    except DocumentReadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise DocumentReadError(path, f"corrupt or truncated DOCX (ZIP) container ({error})") from error
    except RuntimeError as error:  # zipfile: "File ... is encrypted, password required for extraction"
        raise DocumentReadError(
            path, f"the DOCX (ZIP) container is password-protected ({error})", kind=ErrorKind.ENCRYPTED
        ) from error
    except NotImplementedError as error:  # zipfile: an unknown compression method
        raise DocumentReadError(path, f"corrupt DOCX (ZIP) container ({error})") from error
    except etree.XMLSyntaxError as error:
        raise DocumentReadError(path, f"corrupt DOCX: malformed XML ({error})") from error
    except (PackageNotFoundError, KeyError, ValueError, etree.LxmlError) as error:
        raise DocumentReadError(path, f"corrupt DOCX package ({error})") from error
    except (AttributeError, TypeError, IndexError) as error:  # python-docx on well-formed but wrong OPC XML
        raise DocumentReadError(path, f"corrupt DOCX package ({type(error).__name__}: {error})") from error


def _checked_package(path: Path, archive: zipfile.ZipFile, options: ReadOptions) -> tuple[bytes, list[str]]:
    """Refuse zip bombs and XML with a DOCTYPE; return package bytes python-docx accepts and the
    names of damaged non-XML parts, replaced by empty ones."""
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    if unpacked > options.max_unpacked_bytes:
        raise DocumentReadError(
            path,
            f"the DOCX unpacks to {unpacked:,} bytes, over the limit of {options.max_unpacked_bytes:,} "
            "(raise ReadOptions.max_unpacked_bytes to read it)",
            kind=ErrorKind.TOO_LARGE,
        )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise DocumentReadError(path, "corrupt DOCX: the package has no word/document.xml")
    # Every part is read here, never inflating more than its declared size (a ZIP entry may lie
    # about its size), and python-docx gets an uncompressed copy of exactly these bytes.
    parts: list[tuple[str, bytes]] = []
    damaged: list[str] = []
    for info in infos:
        if info.is_dir():
            continue
        try:
            parts.append((info.filename, _read_member(archive, info)))
        except (zipfile.BadZipFile, zlib.error, EOFError):
            if info.filename.endswith((".xml", ".rels")):
                raise
            parts.append((info.filename, b""))  # a damaged image does not cost the text
            damaged.append(info.filename)
    xml_parts = _xml_part_names(parts)
    for name, part in parts:
        if name in xml_parts and any(mark in part for mark in _DOCTYPE_MARKS):
            raise DocumentReadError(
                path,
                f"refused: the XML part {name} has a DOCTYPE declaration (DTDs and entities are "
                "not allowed in DOCX and are never resolved)",
            )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rewritten:
        for name, part in parts:
            if name == "[Content_Types].xml":
                # DOCM/DOTX/DOTM: same WordprocessingML; relabel the main part so python-docx opens it.
                for kind in _OTHER_WORD_MAINS:
                    part = part.replace(kind.encode(), _WORD_MAIN.encode())
            rewritten.writestr(name, part)
    return out.getvalue(), damaged


def _xml_part_names(parts: list[tuple[str, bytes]]) -> set[str]:
    """Names of the parts python-docx may parse as XML: ``.xml``/``.rels`` ones and any other
    whose content type (``[Content_Types].xml``) is XML, images (SVG) excepted."""
    names = {name for name, _ in parts if name.endswith((".xml", ".rels"))}
    types = next((part for name, part in parts if name == "[Content_Types].xml"), b"")
    if any(mark in types for mark in _DOCTYPE_MARKS):
        return names  # refused by the caller
    try:
        root = etree.fromstring(types, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.LxmlError:
        return names
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for element in root:
        tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if tag == "Default":
            defaults[(element.get("Extension") or "").lower()] = element.get("ContentType") or ""
        elif tag == "Override":
            overrides[(element.get("PartName") or "").lstrip("/")] = element.get("ContentType") or ""
    for name, _ in parts:
        content_type = overrides.get(name) or defaults.get(name.rpartition(".")[2].lower(), "")
        if content_type.endswith(("+xml", "/xml")) and not content_type.startswith("image/"):
            names.add(name)
    return names


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, inflating at most its declared size; a member whose data is longer or
    shorter than declared fails its CRC check (``BadZipFile``)."""
    with archive.open(info) as member:
        data = member.read(info.file_size) if info.file_size else b""
        if len(data) != info.file_size or member.read(1):
            raise zipfile.BadZipFile(f"the size of {info.filename!r} differs from the size declared in the archive")
    return data


def _part_element(package: WordDocument, reltype: str) -> etree._Element | None:
    try:
        part = package.part.part_related_by(reltype)
    except KeyError:
        return None
    element = getattr(part, "element", None)
    if element is None:  # a part python-docx did not parse as XML
        blob = part.blob
        if any(mark in blob for mark in _DOCTYPE_MARKS):
            raise ValueError(f"{part.partname} has a DOCTYPE declaration")
        element = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    return element


# --------------------------------------------------------------------------- XML helpers


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(_VAL)


def _child_val(parent: etree._Element | None, tag: str) -> str | None:
    return None if parent is None else _val(parent.find(_w(tag)))


def _on_off(element: etree._Element | None) -> bool | None:
    """A WordprocessingML toggle: absent -> None, ``<w:b/>`` -> True, ``w:val="0"`` -> False."""
    if element is None:
        return None
    value = element.get(_VAL)
    return value is None or value.lower() not in _OFF_VALUES


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _unwrap(parent: etree._Element, depth: int = 0) -> Iterator[etree._Element]:
    """Children of ``parent``, looking through content controls and custom XML wrappers; a content
    control that shows its placeholder or holds a table of contents is left out."""
    for child in parent:
        if child.tag == _SDT and _skipped_control(child):
            continue
        if child.tag in _WRAPPERS and depth < _MAX_DEPTH:
            yield from _unwrap(child, depth + 1)
        else:
            yield child


def _skipped_control(sdt: etree._Element) -> bool:
    """A content control still showing its placeholder ("Место для ввода текста."), or a table of contents."""
    properties = sdt.find(_w("sdtPr"))
    if properties is None:
        return False
    if _on_off(properties.find(_w("showingPlcHdr"))):
        return True
    gallery = properties.find(f"{_w('docPartObj')}/{_w('docPartGallery')}")
    return gallery is not None and (_val(gallery) or "").lower() == _TOC_GALLERY


# --------------------------------------------------------------------------- styles


@dataclass(slots=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None = None
    ilvl: int | None = None
    page_break_before: bool | None = None
    outline_level: int | None = None
    bold: bool | None = None


class _Styles:
    """Paragraph styles with their inherited (``basedOn``) properties."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        for element in root.iter(_w("style")):
            style_id = element.get(_w("styleId"))
            if not style_id or element.get(_w("type"), "paragraph") != "paragraph":
                continue
            if element.get(_w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id
            ppr = element.find(_w("pPr"))
            num_pr = ppr.find(_w("numPr")) if ppr is not None else None
            rpr = element.find(_w("rPr"))
            self._styles[style_id] = _Style(
                name=(_child_val(element, "name") or style_id).strip(),
                based_on=_child_val(element, "basedOn"),
                num_id=_child_val(num_pr, "numId"),
                ilvl=_int(_child_val(num_pr, "ilvl")),
                page_break_before=_on_off(ppr.find(_w("pageBreakBefore"))) if ppr is not None else None,
                outline_level=_int(_child_val(ppr, "outlineLvl")),
                bold=_on_off(rpr.find(_w("b"))) if rpr is not None else None,
            )

    def chain(self, style_id: str | None) -> list[_Style]:
        """The style and its ancestors, nearest first (cycles cut)."""
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles and len(chain) < _MAX_DEPTH:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def name(self, style_id: str | None) -> str | None:
        style = self._styles.get(style_id or "")
        return style.name if style else None

    def inherited(self, style_id: str | None, attribute: str) -> object:
        """First value of ``attribute`` set on the style or an ancestor."""
        for style in self.chain(style_id):
            value = getattr(style, attribute)
            if value is not None:
                return value
        return None

    def is_toc(self, style_id: str | None) -> bool:
        """A table-of-contents entry or title style (``toc 1``, ``Contents 2``, ``TOC Heading``)."""
        return any(_TOC_NAME.match(style.name.lower()) for style in self.chain(style_id))

    def heading_level(self, style_id: str | None) -> int | None:
        """Heading level from a style name (``Heading N``, ``Заголовок N``, ``Title``) or outline level."""
        for style in self.chain(style_id):
            name = style.name.lower()
            match = _HEADING_NAME.match(name)
            if match:
                return int(match.group(1))
            if name in _TITLE_NAMES:
                return 0
        outline = self.inherited(style_id, "outline_level")
        return outline + 1 if isinstance(outline, int) and 0 <= outline < _MAX_LEVELS else None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph of this style inherits."""
        num_id = self.inherited(style_id, "num_id")
        ilvl = self.inherited(style_id, "ilvl")
        return (num_id if isinstance(num_id, str) else None), (ilvl if isinstance(ilvl, int) else None)

    def numbering_of(self, style_id: str) -> str | None:
        """numId of a numbering style (target of ``w:numStyleLink``)."""
        return self.numbering(style_id)[0]


# --------------------------------------------------------------------------- numbering


@dataclass(frozen=True, slots=True)
class ListLevel:
    """One level of a Word numbering definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    style_id: str | None = None

    @classmethod
    def from_element(cls, element: etree._Element) -> ListLevel:
        """Parse a ``w:lvl`` element."""
        return cls(
            start=_int(_child_val(element, "start"), 0) or 0,
            fmt=_child_val(element, "numFmt") or "decimal",
            text=_child_val(element, "lvlText") or "",
            restart=_int(_child_val(element, "lvlRestart")),
            legal=bool(_on_off(element.find(_w("isLgl")))),
            style_id=_child_val(element, "pStyle"),
        )


@dataclass(slots=True)
class _Instance:
    abstract_id: str
    levels: dict[int, ListLevel] = field(default_factory=dict)
    start_overrides: dict[int, int] = field(default_factory=dict)


class WordNumbering:
    """Turns (numId, ilvl) of numbered paragraphs, in document order, into visible labels.

    Follows Word: counters belong to the abstract numbering definition, so numbering
    instances (``w:num``) that share one continue each other; an instance with a
    ``w:startOverride`` restarts its level the first time it is used there; using a level
    resets the deeper levels (unless their ``w:lvlRestart`` says otherwise). Bullets get the
    label ``"-"`` whatever their glyph.
    """

    def __init__(self, abstracts: dict[str, dict[int, ListLevel]], instances: dict[str, _Instance]) -> None:
        self._abstracts = abstracts
        self._instances = instances
        self._counters: dict[str, list[int | None]] = {}
        self._used: set[tuple[str, int]] = set()

    @classmethod
    def from_element(
        cls, root: etree._Element | None, style_numbering: Callable[[str], str | None] | None = None
    ) -> WordNumbering:
        """Parse ``w:numbering``; ``style_numbering`` maps a numbering style to its numId."""
        abstracts: dict[str, dict[int, ListLevel]] = {}
        links: dict[str, str] = {}
        instances: dict[str, _Instance] = {}
        if root is None:
            return cls(abstracts, instances)
        for element in root.iter(_w("abstractNum")):
            abstract_id = element.get(_w("abstractNumId"))
            if abstract_id is None:
                continue
            abstracts[abstract_id] = {
                _int(level.get(_w("ilvl")), 0) or 0: ListLevel.from_element(level) for level in element.iter(_w("lvl"))
            }
            link = _child_val(element, "numStyleLink")
            if link:
                links[abstract_id] = link
        for element in root.iter(_w("num")):
            num_id = element.get(_w("numId"))
            abstract_id = _child_val(element, "abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            instance = _Instance(abstract_id)
            for override in element.iter(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl")), 0) or 0
                start = _int(_child_val(override, "startOverride"))
                level = override.find(_w("lvl"))
                if level is not None:
                    instance.levels[ilvl] = ListLevel.from_element(level)
                    if start is None and level.find(_w("start")) is not None:
                        start = instance.levels[ilvl].start
                if start is not None:
                    instance.start_overrides[ilvl] = start
            instances[num_id] = instance
        # An abstract definition that only links to a numbering style uses that style's list.
        for instance in instances.values():
            for _ in range(_MAX_DEPTH):
                link = links.get(instance.abstract_id)
                target = style_numbering(link) if link and style_numbering else None
                linked = instances.get(target or "")
                if linked is None or linked.abstract_id == instance.abstract_id:
                    break
                instance.abstract_id = linked.abstract_id
        return cls(abstracts, instances)

    def level(self, num_id: str, ilvl: int) -> ListLevel | None:
        """The level definition in force for (numId, ilvl), overrides applied."""
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        if ilvl in instance.levels:
            return instance.levels[ilvl]
        return self._abstracts.get(instance.abstract_id, {}).get(ilvl)

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """The level whose ``w:pStyle`` names ``style_id`` (style-linked outline numbering)."""
        instance = self._instances.get(num_id)
        if instance is None or style_id is None:
            return None
        for ilvl, level in sorted(self._abstracts.get(instance.abstract_id, {}).items()):
            if level.style_id == style_id:
                return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Count one paragraph at (numId, ilvl) and return its visible label (None: no label)."""
        instance = self._instances.get(num_id)
        ilvl = min(max(ilvl, 0), _MAX_LEVELS - 1)
        level = self.level(num_id, ilvl)
        if instance is None or level is None:
            return None
        counters = self._counters.setdefault(instance.abstract_id, [None] * _MAX_LEVELS)
        current = counters[ilvl]
        if (num_id, ilvl) not in self._used and ilvl in instance.start_overrides:
            counters[ilvl] = instance.start_overrides[ilvl]
        elif current is None:
            counters[ilvl] = level.start
        else:
            counters[ilvl] = current + 1
        self._used.add((num_id, ilvl))
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            deeper_level = self.level(num_id, deeper)
            restart = deeper_level.restart if deeper_level and deeper_level.restart is not None else deeper
            if ilvl < restart:
                counters[deeper] = None
        return self._format(num_id, level, counters)

    def _format(self, num_id: str, level: ListLevel, counters: list[int | None]) -> str | None:
        if level.fmt == "bullet":
            return "-" if level.text.strip() else None

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            referenced = self.level(num_id, index) or ListLevel()
            value = counters[index]
            if value is None:
                value = referenced.start
            fmt = "decimal" if level.legal and referenced.fmt != "none" else referenced.fmt
            return format_number(value, fmt)

        label = _LEVEL_REF.sub(number, level.text).strip()
        return label or None


def format_number(value: int, fmt: str) -> str:
    """Format a list counter as Word does for ``numFmt`` (unknown formats fall back to decimal)."""
    if fmt in ("none", "bullet"):
        return ""
    if value <= 0 or value > _MAX_FORMATTED:  # a hostile w:start="10**12" would spell a 10**9-letter numeral
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    alphabets = {
        "lowerLetter": _LATIN_LETTERS,
        "upperLetter": _LATIN_LETTERS.upper(),
        "russianLower": _RUSSIAN_LETTERS,
        "russianUpper": _RUSSIAN_LETTERS.upper(),
    }
    if fmt in alphabets:
        letters = alphabets[fmt]
        return letters[(value - 1) % len(letters)] * ((value - 1) // len(letters) + 1)
    return str(value)


def _roman(value: int) -> str:
    parts: list[str] = []
    for number, letters in _ROMAN:
        count, value = divmod(value, number)
        parts.append(letters * count)
    return "".join(parts)


# --------------------------------------------------------------------------- pages


class _Slot:
    """The page where the first text of a span (block, row) fell."""

    __slots__ = ("page",)

    def __init__(self) -> None:
        self.page: int | None = None


class _Pages:
    """Approximate page counter driven by page-break markers (see the module docstring)."""

    def __init__(self) -> None:
        self.page = 1
        self.seen_marker = False
        self._fresh = False  # a break happened and no text followed yet
        self._started = False
        self._open: list[_Slot] = []

    def hard_break(self) -> None:
        self.page += 1
        self.seen_marker = self._fresh = True

    def break_before(self) -> None:
        self.seen_marker = True
        if self._started and not self._fresh:
            self.page += 1
            self._fresh = True

    def rendered_break(self) -> None:
        self.seen_marker = True
        if self._fresh:
            self._fresh = False
        else:
            self.page += 1

    def text(self) -> None:
        for slot in self._open:
            if slot.page is None:
                slot.page = self.page
        self._fresh = False
        self._started = True

    def begin(self) -> _Slot:
        """Start a span (block, row); :meth:`end` gives the page of its first text."""
        slot = _Slot()
        self._open.append(slot)
        return slot

    def end(self, slot: _Slot) -> int:
        self._open = [open_slot for open_slot in self._open if open_slot is not slot]
        return slot.page if slot.page is not None else self.page


# --------------------------------------------------------------------------- body


@dataclass(slots=True)
class _Paragraph:
    text: str
    label: str | None
    ilvl: int
    style_id: str | None
    heading_level: int | None
    bold: bool
    page: int
    text_boxes: list[etree._Element]


@dataclass(slots=True)
class _TextOp:
    kind: BlockKind
    text: str
    label: str | None
    level: int
    page: int
    style: str | None


@dataclass(slots=True)
class _TableOp:
    rows: list[RawRow]
    n_cols: int
    page: int
    separate: bool = False


@dataclass(slots=True)
class _GridCell:
    col: int
    span: int
    merge: str | None  # "restart", "continue" or None
    text: str


class _BodyWalker:
    """Walks ``w:body`` in order, collecting blocks for the builder."""

    def __init__(self, styles: _Styles, numbering: WordNumbering) -> None:
        self._styles = styles
        self._numbering = numbering
        self._pages = _Pages()
        self._ops: list[_TextOp | _TableOp] = []
        self._notes = _Notes()
        self._nested: list[tuple[etree._Element, int]] = []

    def walk(self, parent: etree._Element, depth: int = 0) -> None:
        for child in _unwrap(parent):
            if child.tag == _P:
                self._add_paragraph(child, depth)
            elif child.tag == _TBL:
                self._add_table(child, depth)

    def build(self, source: SourceInfo) -> Document:
        known = self._pages.seen_marker
        builder = DocumentBuilder(source.model_copy(update={"pages": self._pages.page if known else None}))
        for key in self._notes.keys:
            builder.note_mark(key)  # the same placeholders, in the same order, as _Notes gave out
        for op in self._ops:
            page = op.page if known else None
            if isinstance(op, _TableOp):
                rows = [row.model_copy(update={"page": row.page if known else None}) for row in op.rows]
                builder.add_table(rows, n_cols=op.n_cols, page=page, separate=op.separate)
            else:
                builder.add_text(op.kind, op.text, label=op.label, level=op.level, page=page, style=op.style)
        for key, label, text, page in self._notes.read:
            builder.add_note(key, label, text, page=page if known else None)
        return builder.build()

    def read_notes(self, footnotes: etree._Element | None, endnotes: etree._Element | None) -> None:
        """Read the text of every referenced footnote and endnote (after the body was walked)."""
        for kind, root in (("footnote", footnotes), ("endnote", endnotes)):
            if root is None:
                continue
            by_id = {element.get(_w("id")): element for element in root.iter(_w(kind))}
            for key, (note_kind, note_id, label, page) in self._notes.references.items():
                element = by_id.get(note_id) if note_kind == kind else None
                if element is None:
                    continue
                parts = [self._paragraph_text(paragraph, 1) for paragraph in element.iter(_P)]
                text = " ".join(" ".join(part.split()) for part in parts if part.strip())
                if text:
                    self._notes.read.append((key, label, text, page))

    # -- paragraphs
    def _add_paragraph(self, element: etree._Element, depth: int) -> None:
        paragraph = self._read_paragraph(element, depth)
        text = paragraph.text
        style = self._styles.name(paragraph.style_id)
        if self._styles.is_toc(paragraph.style_id) or " ".join(text.lower().split()) in PLACEHOLDER_TEXTS:
            return  # a table-of-contents entry repeats a heading; a placeholder is no text
        if paragraph.heading_level is None and paragraph.label is None and "\n" in text.strip():
            pieces = numbered_lines(text)
            if pieces:
                for piece_label, body, level in pieces:
                    kind = BlockKind.PARAGRAPH if piece_label is None else BlockKind.LIST_ITEM
                    self._ops.append(_TextOp(kind, body, piece_label, level, paragraph.page, style))
                return
        if paragraph.heading_level is not None:
            op = _TextOp(BlockKind.HEADING, text, paragraph.label, paragraph.heading_level, paragraph.page, style)
        elif paragraph.label is not None:
            op = _TextOp(BlockKind.LIST_ITEM, text, paragraph.label, paragraph.ilvl, paragraph.page, style)
        else:
            label, body, level = split_list_label(text.strip())
            if label is not None:
                op = _TextOp(BlockKind.LIST_ITEM, body, label, level, paragraph.page, style)
            elif paragraph.bold and len(text.strip()) <= _BOLD_HEADING_MAX_CHARS:
                op = _TextOp(BlockKind.HEADING, text, None, 0, paragraph.page, "bold")
            else:
                op = _TextOp(BlockKind.PARAGRAPH, text, None, 0, paragraph.page, style)
        if op.text.strip():
            self._ops.append(op)
        for box in paragraph.text_boxes:
            if depth < _MAX_DEPTH:
                self.walk(box, depth + 1)

    def _read_paragraph(self, element: etree._Element, depth: int) -> _Paragraph:
        ppr = element.find(_w("pPr"))
        style_id = _child_val(ppr, "pStyle") or self._styles.default_paragraph
        page_break = _on_off(ppr.find(_w("pageBreakBefore"))) if ppr is not None else None
        if page_break is None:
            page_break = bool(self._styles.inherited(style_id, "page_break_before"))
        if page_break:
            self._pages.break_before()
        slot = self._pages.begin()
        collector = _TextCollector(self._pages, self._styles.inherited(style_id, "bold") is True, self._notes)
        collector.collect(element)
        label, ilvl = self._label(ppr, style_id)
        page = self._pages.end(slot)
        section = ppr.find(_w("sectPr")) if ppr is not None else None
        if section is not None and _child_val(section, "type") != "continuous":
            self._pages.hard_break()
        heading_level = self._styles.heading_level(style_id)
        outline = _int(_child_val(ppr, "outlineLvl"))
        if outline is not None:
            heading_level = outline + 1 if 0 <= outline < _MAX_LEVELS else None
        text = _ARTIFACT.sub("", collector.text())
        return _Paragraph(
            text=text,
            label=label,
            ilvl=ilvl,
            style_id=style_id,
            heading_level=heading_level,
            bold=collector.all_bold(),
            page=page,
            text_boxes=collector.text_boxes if depth < _MAX_DEPTH else [],
        )

    def _label(self, ppr: etree._Element | None, style_id: str | None) -> tuple[str | None, int]:
        """The auto-numbering label of a paragraph (own numPr, else its style's), and its level."""
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _child_val(num_pr, "numId")
        ilvl = _int(_child_val(num_pr, "ilvl"))
        style_num_id, style_ilvl = self._styles.numbering(style_id)
        if num_id is None:
            num_id = style_num_id
            if ilvl is None:
                ilvl = style_ilvl
        if num_id is None or num_id == "0":
            return None, 0
        if ilvl is None:
            ilvl = self._numbering.level_for_style(num_id, style_id) or 0
        return self._numbering.next_label(num_id, ilvl), ilvl

    def _paragraph_text(self, element: etree._Element, depth: int) -> str:
        """Text of a paragraph inside a table cell, with its label and text-box text."""
        paragraph = self._read_paragraph(element, depth)
        parts = [f"{paragraph.label} {paragraph.text}" if paragraph.label else paragraph.text]
        parts.extend(self._container_text(box, depth + 1) for box in paragraph.text_boxes)
        return "\n".join(part for part in parts if part.strip())

    def _container_text(self, parent: etree._Element, depth: int) -> str:
        """Text of a cell or text box: its paragraphs and the cells of nested tables, one per line
        (the builder turns line breaks inside a cell into spaces)."""
        parts: list[str] = []
        if depth > _MAX_DEPTH:
            return ""
        for child in _unwrap(parent):
            if child.tag == _P:
                parts.append(self._paragraph_text(child, depth))
            elif child.tag == _TBL:
                self._nested.append((child, depth + 1))  # read as a table of its own after this one
        return "\n".join(part for part in parts if part.strip())

    # -- tables
    def _add_table(self, element: etree._Element, depth: int) -> None:
        table_slot = self._pages.begin()
        row_pages: list[int] = []
        grid = self._table_grid(element, depth, row_pages)
        page = self._pages.end(table_slot)
        header_flags = [bool(_on_off(row.find(f"{_w('trPr')}/{_w('tblHeader')}"))) for row in _rows(element)]
        raw_rows = _raw_rows(grid, row_pages)
        if not raw_rows:
            return
        header_count = 0
        while header_count < len(header_flags) and header_flags[header_count] and header_count < len(raw_rows) - 1:
            header_count += 1
        if header_count == 0:
            n_cols_guess = max((col + cell.colspan for row in raw_rows for col, cell in row.cells), default=0)
            texts = [_grid_texts(row, n_cols_guess) for row in raw_rows]
            if looks_like_header_row(texts[0], texts[1:]):
                header_count = max((cell.rowspan for _, cell in raw_rows[0].cells), default=1)
        header_count = header_depth(raw_rows, header_count)
        for index in range(min(header_count, len(raw_rows))):
            raw_rows[index].is_header = True
        n_cols = max((col + cell.colspan for row in raw_rows for col, cell in row.cells), default=0)
        self._ops.append(_TableOp(raw_rows, n_cols, page, separate=depth > 0))
        nested, self._nested = self._nested, []
        for table, table_depth in nested:
            if table_depth <= _MAX_DEPTH:
                self._add_table(table, table_depth)

    def _table_grid(
        self, element: etree._Element, depth: int, row_pages: list[int] | None = None
    ) -> list[list[_GridCell]]:
        """Rows of physical cells with grid columns, spans, vertical-merge state and text."""
        grid: list[list[_GridCell]] = []
        for row in _rows(element):
            slot = self._pages.begin()
            trpr = row.find(_w("trPr"))
            col = min(max(_int(_child_val(trpr, "gridBefore"), 0) or 0, 0), _MAX_SPAN)
            cells: list[_GridCell] = []
            for cell in _unwrap(row):
                if cell.tag != _TC:
                    continue
                tcpr = cell.find(_w("tcPr"))
                span = min(max(_int(_child_val(tcpr, "gridSpan"), 1) or 1, 1), _MAX_SPAN)
                text = self._container_text(cell, depth + 1)
                hmerge = tcpr.find(_w("hMerge")) if tcpr is not None else None
                if hmerge is not None and (_val(hmerge) or "continue") == "continue" and cells:
                    cells[-1].span += span  # legacy horizontal merge: widen the cell on the left
                    col += span
                    continue
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                merge = None if vmerge is None else (_val(vmerge) or "continue")
                cells.append(_GridCell(col=col, span=span, merge=merge, text=text))
                col += span
            grid.append(cells)
            page = self._pages.end(slot)
            if row_pages is not None:
                row_pages.append(page)
        return grid


class _Notes:
    """Footnote and endnote references in body order: their keys, labels and pages."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.references: dict[str, tuple[str, str, str, int]] = {}
        self.read: list[tuple[str, str, str, int]] = []
        self._counts = {"footnote": 0, "endnote": 0}

    def reference(self, kind: str, note_id: str, custom: str | None, page: int) -> str:
        """Placeholder for the reference of a note; labels count 1, 2, 3 (footnotes) and i, ii, iii
        (endnotes) unless the reference carries its own mark."""
        key = f"{kind}:{note_id}"
        if key not in self.references:
            if custom is None:
                self._counts[kind] += 1
                fmt = "decimal" if kind == "footnote" else "lowerRoman"
                custom = format_number(self._counts[kind], fmt)
            self.keys.append(key)
            self.references[key] = (kind, note_id, custom, page)
        index = self.keys.index(key)
        return chr(0xF0000 + index) if index < 0xFFFE else ""


def _rows(table: etree._Element) -> list[etree._Element]:
    return [child for child in _unwrap(table) if child.tag == _TR]


def _raw_rows(grid: list[list[_GridCell]], row_pages: list[int]) -> list[RawRow]:
    """Logical rows: a vertically merged cell appears once, in its first row, with its rowspan."""
    raw_rows: list[RawRow] = []
    for row_index, cells in enumerate(grid):
        logical: list[tuple[int, RawCell]] = []
        for cell in cells:
            continues_above = cell.merge == "continue" and _starts_at(grid, row_index - 1, cell.col)
            if continues_above:
                continue
            rowspan = 1
            if cell.merge is not None:
                while any(
                    other.col == cell.col and other.merge == "continue" for other in _row(grid, row_index + rowspan)
                ):
                    rowspan += 1
            logical.append((cell.col, RawCell(text=cell.text, rowspan=rowspan, colspan=cell.span)))
        raw_rows.append(RawRow(cells=logical, page=row_pages[row_index] if row_index < len(row_pages) else None))
    return raw_rows


def _row(grid: list[list[_GridCell]], index: int) -> list[_GridCell]:
    return grid[index] if 0 <= index < len(grid) else []


def _starts_at(grid: list[list[_GridCell]], index: int, col: int) -> bool:
    """True when row ``index`` has a vertically merged cell at grid column ``col``."""
    return any(cell.col == col and cell.merge is not None for cell in _row(grid, index))


def _grid_texts(row: RawRow, n_cols: int) -> list[str]:
    texts = [""] * n_cols
    for col, cell in row.cells:
        if col < n_cols:
            texts[col] = " ".join(cell.text.split())
    return texts


# --------------------------------------------------------------------------- runs


class _TextCollector:
    """Visible text of one paragraph: runs, hyperlinks, fields' results, insertions; not
    deletions, field codes or hidden runs. Text boxes are returned for separate reading."""

    def __init__(self, pages: _Pages, style_bold: bool, notes: _Notes | None = None) -> None:
        self._pages = pages
        self._style_bold = style_bold
        self._notes = notes
        self._parts: list[str] = []
        self._bold_runs = 0
        self._plain_runs = 0
        self.text_boxes: list[etree._Element] = []

    def text(self) -> str:
        return "".join(self._parts)

    def all_bold(self) -> bool:
        return self._bold_runs > 0 and self._plain_runs == 0

    def collect(self, parent: etree._Element, depth: int = 0) -> None:
        for child in parent:
            tag = child.tag
            if tag == _R:
                self._run(child)
            elif tag == _SDT and _skipped_control(child):
                continue
            elif tag in _INLINE_WRAPPERS and depth < _MAX_DEPTH:
                self.collect(child, depth + 1)
            elif tag == f"{{{_MC_NS}}}AlternateContent":
                self._alternate(child)
            elif tag in (f"{{{_M_NS}}}oMath", f"{{{_M_NS}}}oMathPara"):
                self._emit("".join(node.text or "" for node in child.iter(f"{{{_M_NS}}}t")))

    def _run(self, run: etree._Element) -> None:
        rpr = run.find(_w("rPr"))
        if rpr is not None and (_on_off(rpr.find(_w("vanish"))) or _on_off(rpr.find(_w("webHidden")))):
            return
        bold = _on_off(rpr.find(_w("b"))) if rpr is not None else None
        if bold is None:
            bold = self._style_bold
        before = len(self._parts)
        has_text = False
        fonts = rpr.find(_w("rFonts")) if rpr is not None else None
        font = None if fonts is None else fonts.get(_w("ascii")) or fonts.get(_w("hAnsi"))
        symbols = is_symbol_font(font)
        custom_mark = any(
            child.get(_w("customMarkFollows")) in ("1", "true", "on")
            for child in run
            if child.tag in (_w("footnoteReference"), _w("endnoteReference"))
        )
        for child in run:
            tag = child.tag
            if tag == _w("t"):
                text = child.text or ""
                if custom_mark:
                    continue  # the note's own mark, kept as its label
                if symbols:
                    text = "".join(symbol_char(ord(char), font) or char for char in text)
                if text:
                    self._emit(text)
                    has_text = has_text or bool(text.strip())
            elif tag in (_w("footnoteReference"), _w("endnoteReference")):
                self._reference(child, run, custom_mark)
            elif tag == _w("tab") or tag == _w("ptab"):
                self._parts.append(" ")
            elif tag == _w("br"):
                if child.get(_w("type")) == "page":
                    self._pages.hard_break()
                self._parts.append("\n")
            elif tag == _w("cr"):
                self._parts.append("\n")
            elif tag == _w("noBreakHyphen"):
                self._emit("-")
            elif tag == _w("sym"):
                self._symbol(child)
            elif tag == _w("lastRenderedPageBreak"):
                self._pages.rendered_break()
            elif tag in (_w("drawing"), _w("pict"), _w("object")):
                self._find_text_boxes(child)
            elif tag == f"{{{_MC_NS}}}AlternateContent":
                self._alternate(child)
        if has_text and len(self._parts) > before:
            if bold:
                self._bold_runs += 1
            else:
                self._plain_runs += 1

    def _emit(self, text: str) -> None:
        if text:
            self._parts.append(text)
            if text.strip():
                self._pages.text()

    def _symbol(self, element: etree._Element) -> None:
        """A ``w:sym`` character: a Symbol or Wingdings glyph becomes its Unicode character (``≥``);
        other private-use glyphs carry no text."""
        try:
            code = int(element.get(_w("char"), ""), 16)
        except ValueError:
            return
        font = element.get(_w("font"))
        if 0xF000 <= code <= 0xF0FF or (code < 0x100 and is_symbol_font(font)):
            mapped = symbol_char(code, font)
            if mapped:
                self._emit(mapped)
        elif 0 < code < 0x110000 and not 0xE000 <= code <= 0xF8FF:
            self._emit(chr(code))

    def _reference(self, element: etree._Element, run: etree._Element, custom_mark: bool) -> None:
        """A footnote or endnote reference: its placeholder (the builder records the offset)."""
        if self._notes is None:
            return
        kind = "footnote" if element.tag == _w("footnoteReference") else "endnote"
        custom = None
        if custom_mark:
            custom = "".join(node.text or "" for node in run.iter(_w("t"))).strip() or None
        self._parts.append(self._notes.reference(kind, element.get(_w("id"), ""), custom, self._pages.page))

    def _alternate(self, element: etree._Element) -> None:
        """Markup-compatibility block: read the first choice only (the fallback repeats it)."""
        choice = element.find(f"{{{_MC_NS}}}Choice")
        if choice is None:
            choice = element.find(f"{{{_MC_NS}}}Fallback")
        if choice is None:
            return
        for child in choice:
            if child.tag == _R:
                self._run(child)
            else:
                self._find_text_boxes(child)

    def _find_text_boxes(self, element: etree._Element) -> None:
        for box in element.iter(_w("txbxContent")):
            if not any(box is known or _is_descendant(box, known) for known in self.text_boxes):
                self.text_boxes.append(box)


def _is_descendant(element: etree._Element, ancestor: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False
